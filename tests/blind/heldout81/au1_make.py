"""Generator for the au1- cases of heldout81 (children's services plans)."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

HERE = os.path.dirname(os.path.abspath(__file__))
P = lambda n: os.path.join(HERE, n)
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
FILL = {k: PatternFill("solid", fgColor=v) for k, v in
        dict(green="00B050", amber="FFC000", red="FF0000", blue="0070C0",
             head="1F3864", band="D9E1F2", grey="D9D9D9").items()}
WRAP = Alignment(wrap_text=True, vertical="top")
D = dt.datetime


# ---------------------------------------------------------------- 1 South Lanarkshire
def south_lanarkshire():
    wb = Workbook(); ws = wb.active; ws.title = "Improvement Plan"
    ws["A1"] = ("South Lanarkshire Partnership – Joint Inspection of Services for Children and "
                "Young People in Need of Care and Protection: Improvement Plan")
    ws["A1"].font = Font(bold=True, size=14); ws.merge_cells("A1:F1")
    ws["A2"] = "Progress update: March 2021 (reported to the Chief Officers Group)"
    ws["A2"].font = Font(italic=True); ws.merge_cells("A2:F2")
    hdr = ["Ref", "Improvement action", "Lead officer / partner", "Timescale", "Progress update", "RAG"]
    for c, h in enumerate(hdr, 1):
        x = ws.cell(4, c, h); x.font = Font(bold=True, color="FFFFFF"); x.fill = FILL["head"]; x.border = BOX
    rows = [
        ("band", "Area for improvement 1: Partners should strengthen strategic oversight of corporate parenting so that they are assured that the needs of care experienced children and young people are being met."),
        ("1.1", "Refresh the Corporate Parenting Strategy and action plan with care experienced young people, setting out measurable outcomes for each corporate parent.", "Head of Children and Justice Services", D(2021, 6, 30), "Draft strategy co-produced with Champions Board members in February 2021. Final version to go to the Corporate Parenting Group in June.", "Green"),
        ("1.2", "Establish a quarterly corporate parenting performance report to the Chief Officers Group, including health, education and housing outcomes for care experienced young people.", "Children's Services Planning Manager; NHS Lanarkshire Nurse Consultant LAC", D(2020, 12, 31), "First report presented to COG in December 2020 and is now a standing agenda item.", "Complete"),
        ("1.3", "Increase the number of care experienced young people in positive destinations through the Family Firm approach.", "Head of Education Resources (Inclusion)", "Ongoing", "Family Firm placements were paused during lockdown; 9 young people have started placements since October 2020.", "Amber"),
        None,
        ("band", "Area for improvement 2: Partners should ensure that all children and young people in need of care and protection have a high quality chronology and assessment of risk and need that informs their plan."),
        ("2.1", "Roll out the revised multi-agency chronology guidance and template across social work, health and education.", "Child Protection Lead Officer", D(2021, 3, 31), "Guidance launched November 2020. 420 staff have attended briefing sessions.", "Complete"),
        ("2.2", "Undertake a multi-agency case file audit of 60 records to test the quality of chronologies and risk assessments.", "CPC Quality Assurance Sub-group Chair", "Sept 2021", "Audit tool agreed; audit scheduled for August–September 2021.", "Green"),
        ("2.3", "Deliver Safe and Together training to social workers and team leaders to improve assessment where there is domestic abuse.", "Service Manager, Children and Families (Hamilton/Clydesdale)", D(2021, 12, 31), "Two cohorts trained; third cohort postponed due to COVID-19 restrictions.", "Amber"),
        None,
        ("band", "Area for improvement 3: Partners should strengthen the way they gather and use the views of children, young people and families to inform service planning and improvement."),
        ("3.1", "Expand the use of the Mind Of My Own app to all children subject to child protection and looked after processes.", "Participation and Engagement Officer", D(2021, 9, 30), "App licences purchased. Rollout to the Looked After teams started in March 2021.", "Green"),
        ("3.2", "Publish a 'You said, we did' report to children, young people and families twice a year.", "Children's Services Planning Manager", "Six-monthly", "First report published December 2020.", "Green"),
    ]
    r = 5
    ragfill = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue"}
    for row in rows:
        if row is None:
            r += 1; continue
        if row[0] == "band":
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            for c in range(1, 7):
                ws.cell(r, c).fill = FILL["band"]; ws.cell(r, c).border = BOX
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            ws.cell(r, 1).alignment = WRAP; ws.row_dimensions[r].height = 32
        else:
            for c, v in enumerate(row, 1):
                x = ws.cell(r, c, v); x.alignment = WRAP; x.border = BOX
                if isinstance(v, dt.datetime):
                    x.number_format = "mmm-yy"
            ws.cell(r, 6).fill = FILL[ragfill[row[5]]]
        r += 1
    r += 1
    ws.cell(r, 1, "Key").font = Font(bold=True); r += 1
    for word, k, meaning in [("Blue", "blue", "Action complete"), ("Green", "green", "On track"),
                             ("Amber", "amber", "Some slippage – remedial action in place"),
                             ("Red", "red", "Significant concern / off track")]:
        ws.cell(r, 1, word).fill = FILL[k]; ws.cell(r, 2, meaning); r += 1
    for col, w in zip("ABCDEF", (8, 55, 32, 12, 55, 11)):
        ws.column_dimensions[col].width = w
    wb.save(P("au1-south-lanarkshire-care-protection-joint-inspection-improvement-plan.xlsx"))


# ---------------------------------------------------------------- 2 Harris Academy Tottenham
def harris():
    wb = Workbook(); ws = wb.active; ws.title = "Action plan"
    ws["A1"] = "Harris Academy Tottenham – Post-Ofsted Action Plan 2023-24"
    ws["A1"].font = Font(bold=True, size=14); ws.merge_cells("A1:G1")
    ws["A2"] = "Inspection: 7–8 June 2023. Overall effectiveness: Requires Improvement. Reviewed at LGB each half term."
    ws.merge_cells("A2:G2")
    hdr = ["What the school needs to do to improve", "Action", "Lead", "Success criteria",
           "By when", "Monitored by", "RAG (Spring 2)"]
    for c, h in enumerate(hdr, 1):
        x = ws.cell(4, c, h); x.font = Font(bold=True); x.fill = FILL["grey"]; x.border = BOX; x.alignment = WRAP
    recs = [
        ("Leaders should ensure that the curriculum in all subjects identifies the important knowledge pupils should learn and the order in which they should learn it.", [
            ("Subject leaders to rewrite Key Stage 3 curriculum maps in humanities, computing and MFL, identifying the core knowledge for each unit.", "SMc", "Curriculum maps published on the website; knowledge organisers in use in all KS3 lessons.", "Autumn term 2023", "LGB / Trust Director of Education", "blue"),
            ("Trust subject networks to quality assure revised curriculum maps through subject deep dives.", "SMc / KA", "Deep dive reports show curriculum is well sequenced in all three subjects.", "Spring term 2024", "Trust Director of Education", "green")]),
        ("Leaders should make sure that teachers check pupils' understanding systematically and address misconceptions before moving on.", [
            ("Whole-staff CPD programme on responsive teaching and hinge questions, delivered through weekly Tuesday briefings.", "JOD", "Learning walks show hinge questions used in 80% of lessons observed.", "Spring term 2024", "SLT", "green"),
            ("Instructional coaching for all early career teachers and identified staff, with fortnightly drop-ins.", "JOD", "All ECTs and identified staff have a coach and an action step log.", "Summer term 2024", "Headteacher", "amber"),
            ("Learning walks each half term to check the use of assessment for learning strategies, with findings reported to SLT.", "SLT", "Findings show consistent practice across departments.", "Half termly", "LGB", "green")]),
        ("Leaders should ensure that pupils' attendance improves, particularly for disadvantaged pupils and those with SEND.", [
            ("Appoint an attendance officer and introduce daily first-day calling for absent pupils.", "Headteacher", "Attendance officer in post; first-day calling log complete.", "September 2023", "LGB", "blue"),
            ("Fortnightly attendance panels with families of persistently absent pupils, with Early Help referrals where needed.", "AK", "Persistent absence reduced from 31% to below 20%.", "July 2024", "Headteacher", "red"),
            ("Report attendance of disadvantaged pupils and pupils with SEND to the Local Governing Body each term.", "AK / SENCo", "Governors' minutes show challenge on attendance of these groups.", "Termly", "Chair of LGB", None)]),
    ]
    r = 5
    for rec, acts in recs:
        first = r
        ws.cell(r, 1, rec).alignment = WRAP
        for a in acts:
            for c, v in enumerate(a[:5], 2):
                x = ws.cell(r, c, v); x.alignment = WRAP
            ws.cell(r, 7).value = None
            if a[5]:
                ws.cell(r, 7).fill = FILL[a[5]]
            for c in range(1, 8):
                ws.cell(r, c).border = BOX
            r += 1
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(r, 1, "RAG key").font = Font(bold=True); r += 1
    for k, meaning in [("blue", "Completed"), ("green", "On track"), ("amber", "Some slippage"), ("red", "Off track / at risk")]:
        ws.cell(r, 1).fill = FILL[k]; ws.cell(r, 2, meaning); r += 1
    for col, w in zip("ABCDEFG", (45, 50, 10, 40, 16, 22, 12)):
        ws.column_dimensions[col].width = w
    wb.save(P("au1-harris-academy-tottenham-post-ofsted-action-plan.xlsx"))


# ---------------------------------------------------------------- 3 LPT CQC CAMHS (refuse)
def lpt():
    wb = Workbook(); ws = wb.active; ws.title = "CAMHS action plan"
    ws["A1"] = ("Leicestershire Partnership NHS Trust – CQC Inspection Action Plan: Specialist Community "
                "Mental Health Services for Children and Young People")
    ws["A1"].font = Font(bold=True, size=13); ws.merge_cells("A1:I1")
    ws["A2"] = "Report published: 14 March 2024. Plan owner: Director of Nursing, AHPs and Quality. Update for Quality and Safety Committee, September 2024."
    ws.merge_cells("A2:I2")
    hdr = ["Ref", "Must do / Should do", "Regulation", "Action", "Lead", "Target date",
           "Revised date", "Progress update", "RAG"]
    for c, h in enumerate(hdr, 1):
        x = ws.cell(4, c, h); x.font = Font(bold=True, color="FFFFFF"); x.fill = FILL["head"]; x.border = BOX; x.alignment = WRAP
    groups = [
        ("MUST DO: The trust must ensure that young people waiting for assessment and treatment in the community CAMHS teams are regularly reviewed and their risks assessed.", "Reg 12 Safe care and treatment", [
            ("MD1.1", "Implement a waiting list risk review protocol with a monthly contact for every young person waiting more than 4 weeks.", "Head of Service, FYPC Mental Health", D(2024, 5, 31), None, "Protocol approved at FYPC Quality Board in May. Compliance with monthly contacts is 92% (August).", "Complete"),
            ("MD1.2", "Recruit to the 8 WTE vacant band 6 clinical posts in the community CAMHS teams.", "Head of Service, FYPC Mental Health", D(2024, 7, 31), "Ocotber 2024", "5 posts appointed, 3 candidates awaiting pre-employment checks.", "Amber"),
            ("MD1.3", "Report waiting times and risk review compliance to the Quality and Safety Committee each month.", "Deputy Director of Nursing", "Monthly", None, "Standing item since April 2024.", "Green")]),
        ("MUST DO: The trust must ensure that staff complete mandatory training, including level 3 safeguarding children training.", "Reg 18 Staffing", [
            ("MD2.1", "Team leaders to agree training trajectories with each member of staff below compliance.", "CAMHS Team Leaders", D(2024, 6, 30), None, "Trajectories in place for all staff below compliance.", "Complete"),
            ("MD2.2", "Book additional level 3 safeguarding children sessions through the Safeguarding Team.", "Named Nurse Safeguarding Children", D(2024, 9, 30), D(2024, 11, 30), "Compliance is 81% against 90% target; extra sessions booked for October and November.", "Amber")]),
        ("SHOULD DO: The trust should ensure that care plans are personalised and show the views of young people and their families.", "Reg 9 Person-centred care", [
            ("SD1.1", "Revise the CAMHS care plan template on SystmOne to include a 'What matters to me' section.", "Clinical Systems Lead", D(2024, 8, 31), None, "Template changes tested with the Youth Advisory Board; go-live planned for September.", "Green")]),
    ]
    r = 5
    for text, reg, acts in groups:
        first = r
        ws.cell(r, 2, text).alignment = WRAP; ws.cell(r, 3, reg).alignment = WRAP
        for a in acts:
            vals = [a[0], None, None, a[1], a[2], a[3], a[4], a[5], a[6]]
            for c, v in enumerate(vals, 1):
                if c in (2, 3):
                    ws.cell(r, c).border = BOX; continue
                x = ws.cell(r, c, v); x.alignment = WRAP; x.border = BOX
                if isinstance(v, dt.datetime):
                    x.number_format = "dd/mm/yyyy"
            ws.cell(r, 9).fill = FILL[{"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}[a[6]]]
            r += 1
        ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    for col, w in zip("ABCDEFGHI", (8, 40, 16, 45, 26, 12, 12, 45, 10)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(P("au1-leicestershire-partnership-nhs-trust-cqc-camhs-must-should-do-action-plan.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for run in p.runs:
                run.bold = True


# ---------------------------------------------------------------- 4 Bradford College
def bradford():
    d = Document()
    d.add_heading("Bradford College – Post-Inspection Action Plan (PIAP)", 1)
    d.add_paragraph("Ofsted inspection: 20–23 February 2024")
    d.add_paragraph("This plan sets out the actions the College is taking in response to the areas for "
                    "improvement identified by Ofsted. It is monitored monthly by the Senior Leadership Team "
                    "and reported to each meeting of the Quality and Standards Committee.")
    t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
    for k, v in [("Version", "3.0"), ("Date", "18 October 2024"), ("Owner", "Vice Principal – Quality and Learner Experience"),
                 ("Approved by", "Quality and Standards Committee")]:
        c = t.add_row().cells; c[0].text = k; c[1].text = v
    d.add_paragraph()
    d.add_heading("Areas for improvement", 2)
    hdr = ["Ref", "Area for improvement", "Action(s)", "Lead", "Timescale", "Progress to date", "RAG"]
    t = d.add_table(rows=1, cols=7); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, hdr):
        c.text = h
    bold_row(t.rows[0])
    afis = [
        ("Leaders and managers should ensure that learners on study programmes attend their lessons regularly and punctually, particularly in English and mathematics.", [
            ("1.1", "Introduce a daily attendance dashboard for curriculum managers, with follow-up of absence by progress coaches within 24 hours.", "Assistant Principal – Learner Services", "April 2024", "Dashboard live from 15 April. Attendance in English and maths rose from 78% to 84% by the end of the summer term.", "Complete"),
            ("1.2", "Timetable GCSE English and maths lessons on the same day as vocational lessons for full-time study programme learners.", "Director of English and Maths", "September 2024", "Timetabling complete for 90% of programmes; construction and motor vehicle groups will move in January.", "Amber")]),
        ("Teachers of apprentices should plan off-the-job training so that it builds on what apprentices already know and can do and is linked to their workplace.", [
            ("2.1", "Carry out initial assessment of skills and behaviours with the employer at the start of each apprenticeship and use it to set the training plan.", "Head of Apprenticeships / Employer Engagement Manager", "31/07/2024", "New starter process in place for all September starts; 96% of training plans signed by employers.", "Green"),
            ("2.2", "Hold tripartite progress reviews every 10 weeks, with employers contributing to targets.", "Head of Apprenticeships", "Ongoing", "Review schedule on the e-portfolio; 88% of reviews held on time this term.", "Green"),
            ("2.3", "Train all apprenticeship tutors in using the new e-portfolio to record off-the-job hours and progress.", "Digital Learning Manager", "Dec-24", "Two of four training sessions delivered.", "Amber")]),
        ("Governors should hold senior leaders to account more rigorously for the quality of education in apprenticeships.", [
            ("3.1", "Add a standing apprenticeship quality report to each Quality and Standards Committee meeting.", "Clerk to the Corporation", "June 2024", "Standing item from June 2024 committee.", "Complete"),
            ("3.2", "Appoint a link governor for apprenticeships and arrange termly learning walks.", "Chair of Governors", "Summer term 2024", "Link governor appointed in May; first learning walk in July.", "Green")]),
    ]
    shades = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    for afi, acts in afis:
        first = None
        for a in acts:
            cells = t.add_row().cells
            cells[0].text = a[0]; cells[2].text = a[1]; cells[3].text = a[2]
            cells[4].text = a[3]; cells[5].text = a[4]; cells[6].text = a[5]
            shade(cells[6], shades[a[5]])
            if first is None:
                first = cells[1]; cells[1].text = afi
            else:
                first = first.merge(cells[1])
    d.add_paragraph()
    d.add_paragraph("RAG: Complete = action completed and impact evidenced; Green = on track; "
                    "Amber = some slippage against timescale; Red = off track.")
    d.save(P("au1-bradford-college-ofsted-post-inspection-action-plan.docx"))


# ---------------------------------------------------------------- 5 Hertfordshire SCP JTAI
def herts():
    d = Document()
    d.add_heading("Hertfordshire Safeguarding Children Partnership – JTAI Action Plan", 1)
    d.add_paragraph("Joint Targeted Area Inspection: the multi-agency response to "
                    "children and families who need help").runs[0].bold = True
    d.add_paragraph("The JTAI took place in October 2024. Ofsted, CQC and HMICFRS identified the areas for "
                    "improvement below. The plan is owned by the HSCP Executive and progress is reviewed by "
                    "the Performance and Quality Assurance sub-group every six weeks. Updated May 2025.")
    areas = [
        ("The quality and consistency of information shared by partners at the point of referral to the Children's Services front door, particularly by schools and health services.", [
            ("1.1", "Relaunch the multi-agency referral form with mandatory fields for consent, presenting need and the child's voice.", "HCC Head of Front Door Services", "January 2025", "New form live from 6 January 2025. Early sampling shows consent recorded in 94% of referrals.", "Complete"),
            ("1.2", "Deliver referral quality briefings to designated safeguarding leads in all schools through the termly DSL network.", "HfL Education Safeguarding Lead", "Summer term 2025", "Briefings delivered to primary DSL networks; secondary network in June.", "Green"),
            ("1.3", "Audit a sample of 50 health referrals each quarter and feed back findings to named safeguarding professionals.", "Designated Nurse Safeguarding Children (ICB)", "Quarterly", "Q4 audit complete: 38 of 50 referrals rated good.", "Green")]),
        ("Oversight and review of early help plans, so that children do not experience drift when the lead professional is from a partner agency.", [
            ("2.1", "Introduce 12-week review points for all early help plans, recorded on the Early Help Module.", "HCC Early Help Service Manager", "31/03/2025", "Review points built into the EHM; reporting shows 71% of plans reviewed on time, so more work is needed with schools.", "Amber"),
            ("2.2", "Establish a step-up/step-down panel chaired jointly by Early Help and Family Safeguarding.", "Head of Early Help / Head of Family Safeguarding", "Feb-25", "Panel has met fortnightly since February 2025.", "Complete")]),
        ("Partners' understanding of the impact of domestic abuse and parental mental health on children, so that this is reflected in assessments and plans.", [
            ("3.1", "Commission multi-agency training on the impact of domestic abuse on children, with a target of 400 practitioners trained.", "HSCP Business Manager", "Q4 2025/26", "Training commissioned from the domestic abuse partnership; 120 places booked.", "Green"),
            ("3.2", "Include a section on the child's lived experience in all MARAC referrals.", "Herts Police – Domestic Abuse Investigation and Safeguarding Unit", "September 2025", "Revised referral form agreed; awaiting system change.", "Amber")]),
    ]
    shades = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    for i, (text, acts) in enumerate(areas, 1):
        d.add_heading(f"Area for improvement {i}", 2)
        d.add_paragraph(text)
        t = d.add_table(rows=1, cols=6); t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["No.", "Action", "Agency lead", "Completion date", "Update", "Status"]):
            c.text = h
        bold_row(t.rows[0])
        for a in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, a):
                c.text = v
            shade(cells[5], shades[a[5]])
        d.add_paragraph()
    d.add_paragraph("Status key: Complete – action delivered; Green – on track; Amber – delayed but recoverable; Red – off track, escalated to the HSCP Executive.")
    d.save(P("au1-hertfordshire-scp-jtai-action-plan.docx"))


# ---------------------------------------------------------------- 6 Stockport YJS HMIP (csv)
def stockport():
    hdr = ["Recommendation No.", "Recommendation", "Action No.", "Action", "Lead", "Target Date", "Progress", "RAG"]
    R1 = "Make sure that board members understand the needs of children and use this to drive the service's priorities"
    R2 = "Improve the quality of assessment and planning for keeping other people safe, including contingency planning"
    R3 = "Ensure that children who receive an out of court disposal have access to the same range of interventions and education, training and employment support as those on statutory orders"
    rows = [
        ["1", R1, "1.1", "Deliver a board induction and development session on the profile of children open to the service, including disproportionality data.", "YJS Head of Service", "30/11/2023", "Development session held 14 November 2023; 11 of 13 board members attended.", "Complete"],
        ["", "", "1.2", "Each board member to 'adopt' a priority area and attend a practice forum twice a year.", "Chair of YJS Management Board", "31/03/2024", "Priority leads agreed at the January board. First visits booked.", "Green"],
        ["2", R2, "2.1", "Introduce a risk and safety management panel for all children assessed as high or very high risk of serious harm.", "YJS Operational Manager", "31/12/2023", "Panel in place and meets weekly.", "Complete"],
        ["", "", "2.2", "Deliver risk of serious harm training for all case managers, with a refresher for seconded staff.", "YJS Practice Development Lead", "29/02/2024", "Training delivered to 14 staff; seconded police and probation officers to attend the March session.", "Amber"],
        ["", "", "2.3", "Audit ten cases each quarter against the HMIP standards for keeping other people safe.", "YJS Operational Manager / QA Officer", "Quarterly", "First quarterly audit completed in January 2024.", "Green"],
        ["3", R3, "3.1", "Review the out of court disposal policy with Greater Manchester Police and agree joint decision-making criteria.", "YJS Head of Service & GMP Inspector (Stockport)", "31/01/2024", "Draft policy and criteria agreed at the joint decision-making panel.", "Green"],
        ["", "", "3.2", "Extend the ETE worker offer to all children receiving an out of court disposal.", "ETE Coordinator", "30/04/2024", "", "Not started"],
    ]
    with open(P("au1-stockport-yjs-hmip-improvement-plan.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Stockport Youth Justice Service - HMIP Inspection Improvement Plan (updated February 2024)"] + [""] * 7)
        w.writerow([""] * 8)
        w.writerow(hdr)
        w.writerows(rows)


# ---------------------------------------------------------------- 7 Western HSCT RQIA QIP (txt)
def western():
    S1 = "Action required to ensure compliance with The Children's Homes Regulations (Northern Ireland) 2005"
    S2 = "Action required to ensure compliance with the Minimum Standards for Children's Homes (2023)"
    lines = [
        "Western Health and Social Care Trust - Children's Residential Services RQIA Quality Improvement Plan tracker",
        "Children's home, Omagh locality. Unannounced care inspection 12 March 2024. Tracker updated 2 July 2024",
        "",
        "\t".join(["No.", "Area for improvement", "Regulation / Standard", "Action taken / planned", "Responsible person", "To be completed by", "Status"]),
        S1,
        "\t".join(["AFI 1", "The registered person shall ensure that the home's fire risk assessment recommendations are actioned and that fire drills include all young people and staff.", "Regulation 27 (4)", "Fire door closers replaced 20 March 2024. Fire drill schedule revised so that every young person and staff member takes part in a drill each quarter.", "Registered Manager", "Immediate and ongoing", "Complete"]),
        "\t".join(["AFI 2", "The registered person shall ensure that notifications of events are submitted to RQIA without delay.", "Regulation 30", "Notifications checklist added to the shift handover; Deputy Manager to check each event record within 24 hours.", "Registered Manager / Deputy Manager", "30 April 2024", "Green"]),
        S2,
        "\t".join(["AFI 3", "The registered person shall ensure that each young person's placement plan is reviewed within the required timescale and reflects their views.", "Standard 6.3", "Review tracker introduced; key workers to complete 'My Views' with each young person before each review.", "Principal Social Worker (Residential)", "30 June 2024", "Green"]),
        "\t".join(["AFI 4", "The registered person shall ensure that staff supervision takes place at least every four weeks and is recorded.", "Standard 19.2", "Supervision matrix in place. Two staff on long-term sick leave; supervision rescheduled on return.", "Registered Manager", "31/05/2024", "Amber"]),
        "\t".join(["AFI 5", "The registered person shall ensure that the environment is maintained, with particular regard to the kitchen and the upstairs bathroom.", "Standard 23.1", "Estates works request raised for kitchen replacement; bathroom redecorated in April.", "Head of Service, Residential and Short Breaks", "September 2024", "Amber"]),
        "",
        "Status: Complete / Green (on track) / Amber (delayed) / Red (not progressed)",
    ]
    with open(P("au1-western-hsct-rqia-childrens-home-qip-tracker.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    south_lanarkshire(); harris(); lpt(); bradford(); herts(); stockport(); western()
