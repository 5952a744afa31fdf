"""Generator for the az1- blind cases (heldout86)."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime
thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
FILL = {"blue": "8DB4E2", "green": "92D050", "amber": "FFC000", "red": "FF0000",
        "grey": "D9D9D9", "head": "1F4E78", "band": "DDEBF7"}


def fill(c):
    return PatternFill("solid", start_color=FILL[c], end_color=FILL[c])


def wrap(ws):
    for row in ws.iter_rows():
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="top")

# ---------------------------------------------------------------- 1 GLLM Estyn PIAP (xlsx)
def gllm():
    wb = Workbook(); ws = wb.active; ws.title = "PIAP"
    ws["A1"] = "Grŵp Llandrillo Menai – Post-inspection Action Plan (Estyn inspection, March 2024)"
    ws["A1"].font = Font(bold=True, size=14); ws.merge_cells("A1:G1")
    ws["A2"] = "Progress update for Corporate Management Team – 14 January 2025"
    ws["A2"].font = Font(italic=True); ws.merge_cells("A2:G2")
    hdr = ["Ref", "Action", "Lead", "Success criteria", "Target date", "Progress update", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h); c.font = Font(bold=True, color="FFFFFF"); c.fill = fill("head"); c.border = BOX
    rows = [
        ("R", "Recommendation 1: Improve the consistency of teaching, learning and assessment across all sites"),
        ("1.1", "Introduce a developmental observation model with termly learning walks in every curriculum area",
         "Deputy Chief Executive (Curriculum & Quality)", "All curriculum areas complete a full cycle of learning walks; themes reported to Quality Board",
         D(2024, 7, 31), "Model launched April 2024 and all areas completed the first cycle by the end of July.", "Complete", "blue"),
        ("1.2", "Deliver a programme of staff development on questioning and checking learning, targeted at staff identified through learning walks",
         "Head of Teaching & Learning", "90% of identified staff attend; improvement seen at follow-up walk",
         D(2024, 12, 20), "Sessions delivered at all three sites in October and November. Follow-up coaching continues into the spring term.", "On track", "green"),
        ("1.3", "Review assessment practice in work-based learning so that assessors plan progress reviews with employers",
         "Director of Work-Based Learning", "Revised review template in use by all assessors",
         D(2025, 3, 31), "Revised template piloted in Engineering. Wider roll-out delayed while the e-portfolio contract is renewed.", "Amber", "amber"),
        ("R", "Recommendation 2: Strengthen the use of the Welsh language in learning and assessment"),
        ("2.1", "Set targets for each curriculum area to increase the number of learners completing assessments through the medium of Welsh",
         "Welsh Language Director", "Targets set and monitored at curriculum reviews",
         D(2024, 9, 30), "Targets agreed with all heads of area for 2024/25.", "Complete", "blue"),
        ("2.2", "Provide Welsh language training for lecturers identified as having intermediate skills",
         "HR Manager / Sgiliaith Manager", "Number of staff progressing one level on the language skills framework",
         "Ongoing", "32 staff enrolled on Cymraeg Gwaith courses this year.", "On track", "green"),
        None,
        ("R", "Recommendation 3: Improve attendance on full-time programmes"),
        ("3.1", "Implement the new attendance escalation procedure, with learning coaches contacting learners on the first day of absence",
         "Head of Learner Services", "Attendance on full-time programmes at or above 88%",
         D(2024, 10, 31), "Procedure in place since September. Attendance at the end of the autumn term was 86% (81% last year).", "On track", "green"),
        ("3.2", "Report attendance by site and curriculum area to the Quality and Standards Committee each term",
         "Vice Principal (Quality)", "Termly reports received by Committee",
         "Termly", "First report presented to Committee in November 2024.", "On track", "green"),
        ("3.3", "Review the impact of transport arrangements on attendance at the Dolgellau and Pwllheli sites",
         "Head of Learner Services", "Review completed and recommendations agreed with Gwynedd Council",
         D(2025, 3, 31), "", "Not started", None),
    ]
    r = 5
    for row in rows:
        if row is None:
            r += 1; continue
        if row[0] == "R":
            c = ws.cell(row=r, column=1, value=row[1]); c.font = Font(bold=True); c.fill = fill("band")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        else:
            for i, v in enumerate(row[:7], 1):
                c = ws.cell(row=r, column=i, value=v); c.border = BOX
                if isinstance(v, D):
                    c.number_format = "mmm-yy"
            if row[7]:
                ws.cell(row=r, column=7).fill = fill(row[7])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key: Complete = action completed (blue); On track = green; Amber = some slippage against target date; Red = significant risk of non-delivery").font = Font(italic=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    for col, w in zip("ABCDEFG", (7, 55, 30, 40, 12, 55, 12)):
        ws.column_dimensions[col].width = w
    wrap(ws)
    wb.save(os.path.join(OUT, "az1-grwp-llandrillo-menai-estyn-post-inspection-action-plan.xlsx"))

# ---------------------------------------------------------------- 2 Staffordshire FRS HMICFRS (xlsx, refuse)
def sfrs():
    wb = Workbook(); ws = wb.active; ws.title = "AFI Tracker"
    ws["A1"] = "Stoke-on-Trent and Staffordshire Fire and Rescue Service – HMICFRS 2023 Inspection: Areas for Improvement Action Plan"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Position as at 31 December 2024 – reported to Ethics, Transparency and Audit Panel"
    hdr = ["AFI No.", "Pillar", "Area for Improvement", "Action Ref", "Action", "Action Owner", "Target Date",
           "Revised Target Date", "Update", "Status"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h); c.font = Font(bold=True); c.fill = fill("grey"); c.border = BOX
    rows = [
        ("AFI 1", "Effectiveness", "The service should make sure it has an effective system for staff to use learning and debriefs to improve operational response.",
         "1a", "Refresh the operational debrief policy and introduce a single debrief recording system", "AM Response", D(2024, 6, 30), None,
         "Policy approved by SLT in June 2024; recording system live on all stations.", "Complete", "blue"),
        (None, None, None, "1b", "Publish quarterly operational learning bulletins to all stations", "GM Operational Assurance", D(2024, 9, 30), None,
         "Two bulletins issued; third due January.", "Complete", "blue"),
        ("AFI 2", "Effectiveness", "The service should make sure it targets its prevention work at the people most at risk from fire.",
         "2a", "Review the Safe and Well targeting model using partner data on vulnerability", "Head of Prevention", D(2024, 12, 31), D(2025, 3, 31),
         "Data sharing agreement with the ICB delayed. Revised date agreed at Performance Board in November.", "Amber", "amber"),
        (None, None, None, "2b", "Quality assure Safe and Well visits through a quarterly audit of 5% of visits", "Prevention Manager", "Quarterly", None,
         "Q3 audit completed; 92% of visits met the standard.", "Green", "green"),
        ("AFI 3", "Efficiency", "The service should make sure it has sound plans for using technology to improve productivity.",
         "3a", "Develop a Digital and Data Strategy 2025–2028", "Director of Corporate Services", D(2025, 3, 31), None,
         "Draft strategy out for consultation with staff and representative bodies.", "Green", "green"),
        (None, None, None, "3b", "Replace paper-based station inspection records with mobile forms", "ICT Manager", "Ocotber 2024", None,
         "Forms built and tested at two pilot stations.", "Amber", "amber"),
        ("AFI 4", "People", "The service should make sure all staff understand how to raise concerns and are confident to do so.",
         "4a", "Launch an independent confidential reporting line", "Head of People", D(2024, 4, 30), None,
         "Launched April 2024 with an external provider; promoted through station visits.", "Complete", "blue"),
        (None, None, None, "4b", "Deliver values and behaviours workshops for all supervisory managers", "Head of People / Head of Organisational Development",
         D(2025, 6, 30), None, "Eleven of 24 cohorts complete.", "Green", "green"),
    ]
    for r, row in enumerate(rows, 5):
        for i, v in enumerate(row[:10], 1):
            c = ws.cell(row=r, column=i, value=v); c.border = BOX
            if isinstance(v, D):
                c.number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=10).fill = fill(row[10])
    for col, w in zip("ABCDEFGHIJ", (8, 14, 45, 8, 45, 28, 13, 13, 45, 11)):
        ws.column_dimensions[col].width = w
    wrap(ws)
    ws.freeze_panes = "A5"
    wb.save(os.path.join(OUT, "az1-staffordshire-frs-hmicfrs-afi-action-plan-typo-month-refuse.xlsx"))

# ---------------------------------------------------------------- 3 NTU Ofsted apprenticeships PIAP (xlsx)
def ntu():
    wb = Workbook(); cv = wb.active; cv.title = "Cover"
    cv["A1"] = "Nottingham Trent University"; cv["A1"].font = Font(bold=True, size=14)
    cv["A2"] = "Apprenticeships Post-Inspection Action Plan (PIAP) 2024-25"; cv["A2"].font = Font(bold=True, size=12)
    cv["A4"] = "Version"; cv["B4"] = "Date"; cv["C4"] = "Author"; cv["D4"] = "Changes"
    for c in "ABCD":
        cv[c + "4"].font = Font(bold=True); cv[c + "4"].border = BOX
    for r, v in enumerate([("0.1", D(2024, 7, 15), "Apprenticeship Quality Manager", "First draft following Ofsted feedback"),
                           ("1.0", D(2024, 9, 2), "Head of Apprenticeships", "Approved by Apprenticeship Board"),
                           ("1.3", D(2025, 1, 20), "Apprenticeship Quality Manager", "January progress update")], 5):
        for i, x in enumerate(v, 1):
            c = cv.cell(row=r, column=i, value=x); c.border = BOX
            if isinstance(x, D):
                c.number_format = "dd/mm/yyyy"
    for col, w in zip("ABCD", (10, 12, 32, 45)):
        cv.column_dimensions[col].width = w

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "Apprenticeships Post-Inspection Action Plan (PIAP) 2024-25"; ws["A1"].font = Font(bold=True, size=13)
    hdr = ["Area for improvement", "Ref", "Action", "Responsible", "Impact measure", "Deadline", "Previous RAG", "Current RAG", "Commentary"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=3, column=i, value=h); c.font = Font(bold=True, color="FFFFFF"); c.fill = PatternFill("solid", start_color="5B2C6F", end_color="5B2C6F"); c.border = BOX
    afis = [
        ("1. Leaders should ensure that apprentices' off-the-job training is planned and coordinated with employers so that apprentices develop new knowledge, skills and behaviours.", [
            ("1.1", "Introduce tripartite progress reviews every 10–12 weeks, with employer attendance recorded on the e-portfolio", "Head of Apprenticeships",
             "95% of reviews on time with employer present", D(2024, 11, 30), "G", "B", "Review schedule in place for all cohorts; November data shows 96% on time."),
            ("1.2", "Train all workplace coaches in planning off-the-job training with line managers", "Apprenticeship Quality Manager",
             "All coaches trained; sample of training plans meet the standard", "Jan 2025", "A", "G", "Final two sessions booked for January."),
            ("1.3", "Audit off-the-job hours for all apprentices on Level 6 and 7 programmes", "AB/KT",
             "No apprentice below planned hours without an agreed plan", D(2025, 2, 28), "A", "A", "Audit 60% complete. Gaps found in two programmes are being followed up with employers."),
        ]),
        ("2. Leaders should ensure that apprentices receive useful feedback from tutors that helps them to improve the quality of their work.", [
            ("2.1", "Set a university-wide standard for written feedback on apprenticeship assessments", "Academic Lead for Degree Apprenticeships",
             "Standard approved and published to staff", D(2024, 12, 31), "G", "G", "Standard drafted and going to Academic Standards Committee in December."),
            ("2.2", "Sample feedback on 10% of assessed work each term through moderation panels", "School Apprenticeship Leads",
             "Moderation reports show feedback meets the standard", "Termly", None, "G", "First panels held in the autumn term."),
        ]),
        ("3. Leaders should ensure that apprentices are well prepared for their end-point assessment.", [
            ("3.1", "Hold mock professional discussions for all apprentices three months before gateway", "Programme Leaders",
             "All apprentices have a mock before gateway", D(2025, 4, 30), "R", "A", "Mocks now scheduled for the spring cohort; the autumn cohort was missed."),
            ("3.2", "Publish EPA preparation guidance for employers", "Employer Partnerships Manager",
             "Guidance issued to all employers", D(2025, 1, 31), "A", "R", "Not yet drafted because of staff absence. Escalated to the Apprenticeship Board."),
        ]),
    ]
    rag = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    r = 4
    for afi, acts in afis:
        start = r
        for a in acts:
            for i, v in enumerate(a[:5], 2):
                c = ws.cell(row=r, column=i, value=v); c.border = BOX
                if isinstance(v, D):
                    c.number_format = "dd-mmm-yy"
            c = ws.cell(row=r, column=6, value=a[4]); c.border = BOX
            if isinstance(a[4], D):
                c.number_format = "dd-mmm-yy"
            ws.cell(row=r, column=5, value=a[3]).border = BOX
            for col, v in ((7, a[5]), (8, a[6])):
                c = ws.cell(row=r, column=col, value=v); c.border = BOX; c.alignment = Alignment(horizontal="center")
                if v:
                    c.fill = fill(rag[v])
            ws.cell(row=r, column=9, value=a[7]).border = BOX
            r += 1
        ws.cell(row=start, column=1, value=afi).border = BOX
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value="RAG: B = complete, G = on track, A = some delay, R = off track / at risk").font = Font(italic=True)
    for col, w in zip("ABCDEFGHI", (45, 6, 50, 26, 36, 11, 10, 10, 50)):
        ws.column_dimensions[col].width = w
    wrap(ws)
    wb.save(os.path.join(OUT, "az1-nottingham-trent-university-ofsted-apprenticeships-piap.xlsx"))

# ---------------------------------------------------------------- 4 NHS Borders HIS SDoC (docx)
def set_cell(cell, text, bold=False):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text); run.bold = bold


def borders():
    doc = Document()
    doc.add_heading("Healthcare Improvement Scotland – Safe Delivery of Care Inspection, Borders General Hospital: Improvement Action Plan", level=1)
    t = doc.add_table(rows=3, cols=2); t.style = "Table Grid"
    for i, (k, v) in enumerate([("NHS board", "NHS Borders"), ("Date of inspection", "18–20 July 2023"),
                                ("Plan owner", "Director of Nursing, Midwifery and AHPs")]):
        set_cell(t.rows[i].cells[0], k, True); set_cell(t.rows[i].cells[1], v)
    doc.add_paragraph("This action plan sets out how NHS Borders will address the requirements made in the inspection report "
                      "published on 26 October 2023. Progress is reviewed monthly by the Clinical Governance Committee.")
    domains = [
        ("Domain 4.1 – Pathways, procedures and policies", [
            ("Requirement 1: NHS Borders must ensure that patient care documentation, including fluid balance charts, is accurately and fully completed.", [
                ("Weekly documentation audits of fluid balance charts in all acute wards, with results reported to the Senior Charge Nurse and Clinical Nurse Manager", "Ongoing", "Senior Charge Nurses", "Green"),
                ("Introduce a revised fluid balance chart following consultation with ward staff", "31 December 2023", "Lead Nurse for Practice Development", "Complete"),
            ]),
        ]),
        ("Domain 4.3 – Workforce planning", [
            ("Requirement 2: NHS Borders must ensure that there are effective systems to monitor and escalate staffing levels in real time.", [
                ("Implement the real-time staffing resource (SafeCare) across all inpatient areas", "March 2024", "Associate Director of Nursing (Acute)", "Amber"),
                ("Record and escalate all staffing risks through the daily safety huddle", "Ongoing", "Site Operational Manager", "Green"),
            ]),
            ("Requirement 3: NHS Borders must ensure that all staff complete mandatory infection prevention and control training.", [
                ("Issue monthly compliance reports to each Clinical Nurse Manager", "Monthly", "Learning & Development Manager", "Green"),
                ("Agree protected time for infection prevention and control training for bank staff", "30/06/2024", "Bank Office Manager", "Red"),
            ]),
        ]),
    ]
    for dom, reqs in domains:
        doc.add_heading(dom, level=2)
        for req, acts in reqs:
            p = doc.add_paragraph(); p.add_run(req).bold = True
            t = doc.add_table(rows=1, cols=4); t.style = "Table Grid"
            for i, h in enumerate(["Action planned", "Timescale to meet action", "Responsibility for taking action", "Progress (RAG)"]):
                set_cell(t.rows[0].cells[i], h, True)
            for a in acts:
                cells = t.add_row().cells
                for i, v in enumerate(a):
                    set_cell(cells[i], v)
            doc.add_paragraph()
    doc.add_paragraph("Name of person completing plan: Lead Nurse, Quality and Clinical Governance")
    doc.save(os.path.join(OUT, "az1-nhs-borders-his-bgh-sdoc-improvement-action-plan.docx"))

# ---------------------------------------------------------------- 5 GOC PSA action plan (docx, vmerged standard)
def goc():
    doc = Document()
    doc.add_heading("General Optical Council – Action plan in response to the Professional Standards Authority Performance Review 2023/24", level=1)
    doc.add_paragraph("The Authority found that we met 15 of the 18 Standards of Good Regulation. This plan sets out the actions we "
                      "are taking on the three Standards not met. It is monitored by the Audit, Risk and Finance Committee and "
                      "reported to Council each quarter.")
    t = doc.add_table(rows=1, cols=6); t.style = "Table Grid"
    for i, h in enumerate(["No.", "PSA Standard not met", "Action", "Owner", "Due date", "Status (RAG)"]):
        set_cell(t.rows[0].cells[i], h, True)
    groups = [
        ("Standard 15: The regulator's process for examining and investigating cases is fair, proportionate, deals with cases as quickly as is consistent with a fair resolution of the case and ensures that appropriate evidence is available.", [
            ("1", "Recruit additional case examiners and clear the backlog of cases awaiting a decision for over 12 months", "Director of Regulatory Operations", "Q4 2024/25", "Green"),
            ("2", "Introduce monthly case progression meetings for all cases over 52 weeks old", "Head of Fitness to Practise", "April 2024", "Complete"),
        ]),
        ("Standard 3: The regulator understands the diversity of its registrants and their patients and service users and of others who interact with the regulator.", [
            ("3", "Publish the equality, diversity and inclusion data report for registrants", "Head of Insight and Research", "September 2024", "Complete"),
            ("4", "Carry out an equality impact assessment of the revised Standards for Optical Businesses", "Head of Policy and Standards", "31 Dec 2024", "Amber"),
        ]),
        ("Standard 17: The regulator identifies and prioritises all cases which suggest a serious risk to the safety of patients or service users and seeks interim orders where appropriate.", [
            ("5", "Review the risk assessment tool used at triage, with independent quality assurance of a sample of decisions", "Director of Regulatory Operations; Head of Quality Assurance", "Q1 2025/26", "Not started"),
            ("6", "Report the timeliness of interim order applications to Council each quarter", "Chief Executive and Registrar", "Quarterly", "Green"),
        ]),
    ]
    for std, acts in groups:
        first = None
        for a in acts:
            cells = t.add_row().cells
            set_cell(cells[0], a[0]); set_cell(cells[2], a[1]); set_cell(cells[3], a[2]); set_cell(cells[4], a[3]); set_cell(cells[5], a[4])
            if first is None:
                first = cells[1]; set_cell(first, std)
            else:
                first = first.merge(cells[1])
    doc.add_paragraph()
    doc.add_paragraph("Status: Complete – action closed; Green – on track; Amber – at risk of delay; Red – will not meet due date; Not started.")
    doc.save(os.path.join(OUT, "az1-general-optical-council-psa-performance-review-action-plan.docx"))

# ---------------------------------------------------------------- 6 South West College ETI QIP (csv)
def swc():
    rows = [
        ["South West College - Quality Improvement Plan 2024-25 (following ETI inspection, November 2023)", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Area for Improvement", "Ref", "Planned Action", "Responsibility", "Timescale", "Progress to date", "RAG"],
        ["1. Improve the consistency of the quality of teaching, training and assessment in Essential Skills", "1.1",
         "Peer observation programme for all Essential Skills tutors, focused on planning for individual learner needs", "Head of Essential Skills", "Jan-25",
         "All tutors observed by December, ahead of schedule. Themes shared at February team day.", "Complete"],
        ["", "1.2", "Develop shared schemes of work for Level 1 and Level 2 Application of Number across all campuses", "Curriculum Manager (ES)", "Mar-25",
         "Draft schemes reviewed by the team in February.", "G"],
        ["2. Increase retention on Level 3 full-time programmes", "2.1",
         "Early-warning tracker to identify learners at risk of leaving in the first six weeks", "Head of Student Services / MIS Manager", "Oct-24",
         "Tracker live for the September 2024 intake.", "Complete"],
        ["", "2.2", "Enhanced mentoring for learners flagged as at risk on the tracker", "Student Mentors", "Ongoing",
         "41 learners currently receiving weekly mentoring.", "G"],
        ["", "2.3", "Exit interviews for all early leavers, analysed each term", "Quality Manager", "Termly",
         "Autumn analysis shows finance and travel as the main reasons for leaving. Response being considered by SMT.", "A"],
        ["3. Strengthen the tracking of apprentices' progress in the workplace", "3.1",
         "Introduce e-portfolio progress tracking for all ApprenticeshipsNI participants", "Head of Work-Based Learning", "Jun-25",
         "Procurement delayed; interim spreadsheet tracker in use.", "R"],
        ["", "3.2", "Employer visits at least once per term with a written summary of progress", "Training Officers", "Sept 2024 - June 2025", "", "G"],
        ["", "", "", "", "", "", ""],
        ["RAG: Complete / G = on track / A = some concern / R = significant concern", "", "", "", "", "", ""],
    ]
    with open(os.path.join(OUT, "az1-south-west-college-eti-quality-improvement-plan.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)

# ---------------------------------------------------------------- 7 Lasswade High School Education Scotland (txt, tab-separated blocks)
def lasswade():
    L = [
        "Lasswade High School - Action Plan following Education Scotland Inspection (May 2024)",
        "Midlothian Council Education Service",
        "This plan responds to the areas for improvement agreed with the inspection team. It is reviewed by the Senior Leadership Team each term and shared with the Parent Council.",
        "",
        "Area for improvement 1: Continue to improve the consistency of learning and teaching across the school, so that all learners experience appropriate pace and challenge.",
        "Ref\tAction\tLead\tTimescale\tProgress\tRAG",
        "1a\tWhole-staff professional learning on differentiation, led by the Learning and Teaching group\tDHT (Learning & Teaching)\tOctober 2024\tThree twilight sessions delivered; evaluations positive.\tComplete",
        "1b\tLearning walks by SLT and Principal Teachers each term, with feedback to departments\tSLT\tTermly\tAutumn walks complete; spring walks focus on plenaries.\tOn track",
        "1c\tPupil focus groups on pace and challenge in S1-S3\tPT Pupil Support\tFebruary 2025\tGroups formed in each year group; first meetings held in January.\tOn track",
        "",
        "Area for improvement 2: Raise attainment in literacy and numeracy in the broad general education, particularly for young people living in SIMD deciles 1-3.",
        "Ref\tAction\tLead\tTimescale\tProgress\tRAG",
        "2a\tTargeted literacy intervention for S1 pupils reading below their chronological age\tPT Literacy\tJune 2025\t38 pupils identified through baseline testing; intervention running four periods a week.\tOn track",
        "2b\tIntroduce a numeracy tracking tool shared by all departments\tPT Maths & Numeracy\tDec 2024\tTool built but not yet used consistently outwith the Maths department.\tAmber",
        "2c\tUse Pupil Equity Funding to appoint a family learning worker\tHead Teacher\tAug 2024\tWorker appointed and in post from August 2024.\tComplete",
        "",
        "Area for improvement 3: Develop further approaches to self-evaluation which involve young people, parents and partners.",
        "Ref\tAction\tLead\tTimescale\tProgress\tRAG",
        "3a\tEstablish a Parent Council sub-group for school improvement\tHT / DHT\tNov 2024\t\tNot started",
        "3b\tInclude pupil and partner evidence in each department's self-evaluation using How good is our school? (4th edition)\tPrincipal Teachers\tMarch 2025\tTemplate revised; departments to complete by end of March.\tOn track",
        "",
        "RAG: Complete / On track / Amber - some slippage / Red - not progressing",
    ]
    with open(os.path.join(OUT, "az1-lasswade-high-school-education-scotland-inspection-action-plan.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


if __name__ == "__main__":
    gllm(); sfrs(); ntu(); borders(); goc(); swc(); lasswade()
