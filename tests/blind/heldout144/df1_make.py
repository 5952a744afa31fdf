"""Generator for the df1- cases of heldout144 (blind corpus)."""
import csv, os
from datetime import datetime
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt

OUT = os.path.dirname(os.path.abspath(__file__))
P = lambda n: os.path.join(OUT, n)
thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
def fill(hexc): return PatternFill("solid", start_color=hexc, end_color=hexc)
HDR = fill("1F3864")

def header(ws, r, cols):
    for i, c in enumerate(cols, 1):
        cell = ws.cell(r, i, c); cell.font = Font(bold=True, color="FFFFFF"); cell.fill = HDR
        cell.alignment = WRAP; cell.border = BOX

def put(ws, r, vals, fmt=None):
    for i, v in enumerate(vals, 1):
        if v is None: continue
        c = ws.cell(r, i, v); c.alignment = WRAP; c.border = BOX
        if isinstance(v, datetime) and fmt: c.number_format = fmt

# 1. Wirral Met College PIAP (refuse: mistyped month)
def wirral():
    wb = Workbook(); ws = wb.active; ws.title = "PIAP 2023-24"
    ws["A1"] = "Wirral Metropolitan College – Post-Inspection Action Plan (PIAP)"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Following Ofsted inspection 14–17 November 2023 (further education and skills)"
    ws["A3"] = "Plan owner: Principal & CEO. Monitored by: Quality & Standards Committee. Updated: 12 January 2024"
    header(ws, 5, ["Ref", "Action", "Lead", "Target date", "Success measure", "Progress update", "RAG"])
    rows = [
        ("AFI", "AFI 1: Leaders and managers should improve the quality of education in apprenticeships so that apprentices make the progress expected of them."),
        ("1.1", "Introduce monthly progress reviews for every apprentice, attended by the employer, with off-the-job hours tracked on the e-portfolio.", "VP Apprenticeships", datetime(2024, 2, 29), "95% of apprentices have an in-date progress review", "Reviews scheduled for all engineering and construction apprentices; business and care to follow in February.", "G"),
        ("1.2", "Re-sequence the engineering apprenticeship curriculum so that workplace tasks follow the theory taught in college.", "HoS Engineering / Apprenticeship Quality Manager", datetime(2024, 4, 30), "Apprentices on planned end date rises to 70%", "Curriculum mapping under way with two main employers; slower than planned because of staff absence.", "A"),
        ("AFI", "AFI 2: Leaders should ensure that learners with high needs have access to meaningful work experience."),
        ("2.1", "Agree supported internship and work placement opportunities with at least ten local employers.", "Head of Inclusive Learning", datetime(2024, 3, 31), "All high needs learners have a planned placement", "Twelve employers signed up, including Wirral Council and Arrowe Park Hospital.", "Complete"),
        ("2.2", "Train job coaches to support learners on placement and record progress against EHCP outcomes.", "JT & SR", datetime(2024, 6, 30), "Placement reviews show progress against EHCP outcomes", "Two job coaches appointed; training booked for March.", "G"),
        ("AFI", "AFI 3: Teachers should ensure that adult learners receive precise feedback that helps them improve their work."),
        ("3.1", "Deliver CPD on written and verbal feedback to all adult learning teachers, followed by a sample of work scrutiny.", "Director of Quality", "Feburary 2024", "Work scrutiny shows 90% of feedback is developmental", "CPD session delivered on 9 January; work scrutiny planned.", "G"),
        ("3.2", "Include feedback quality in the teaching, learning and assessment observation framework for adult courses.", "Head of Adult Learning", datetime(2024, 7, 31), "Observation outcomes improve", "Framework revised; to be approved at the next Quality Improvement Group.", "A"),
    ]
    r = 6
    for row in rows:
        if row[0] == "AFI":
            ws.cell(r, 1, row[1]).font = Font(bold=True); ws.cell(r, 1).fill = fill("D9E1F2")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        else:
            put(ws, r, list(row), "mmm-yy")
            if row[0] == "2.2": r += 1  # blank row before AFI 3
        r += 1
    r += 1
    ws.cell(r, 1, "RAG key: G = on track   A = some slippage   R = off track   Complete = action closed")
    for col, w in zip("ABCDEFG", [7, 55, 26, 13, 34, 48, 10]): ws.column_dimensions[col].width = w
    wb.save(P("df1-wirral-met-college-ofsted-post-inspection-action-plan-typo-month-refuse.xlsx"))

# 2. Swansea University internal audit tracker
def swansea():
    wb = Workbook(); ws = wb.active; ws.title = "Tracker"
    ws["A1"] = "Swansea University – Internal Audit Recommendations Tracker"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit Committee – 12 March 2025. Position as at 28 February 2025."
    header(ws, 4, ["Ref", "Priority", "Recommendation", "Agreed management action", "Responsible officer",
                   "Original target date", "Revised target date", "RAG", "Update"])
    D = datetime
    rows = [
        ("H", "Cyber Security (SU-2324-07) – Limited assurance"),
        ("CS1", "High", "The University should complete the roll-out of multi-factor authentication to all staff and research accounts.",
         "MFA to be enforced for all remaining staff and postgraduate research accounts; exceptions to be approved by the CISO and logged.",
         "Chief Information Security Officer", D(2024, 7, 31), D(2024, 12, 31), "Blue",
         "MFA enforced on 100% of staff accounts from 2 December 2024. Exceptions register reviewed monthly."),
        ("CS2", "Medium", "Privileged access rights should be reviewed at least quarterly.",
         "Introduce a quarterly privileged access review, with sign-off by system owners.",
         "Head of Infrastructure", D(2024, 9, 30), D(2025, 3, 31), "Amber",
         "First review completed for the finance system. Remaining systems to be reviewed by the revised date."),
        ("CS3", "Low", "The IT disaster recovery test schedule should be documented.",
         "DR test schedule to be documented and approved by the IT Change Advisory Board.",
         "Head of Infrastructure", D(2025, 6, 30), None, "Green",
         "Draft schedule prepared; CAB approval scheduled for May."),
        ("H", "Student Records and Progression (SU-2324-11) – Reasonable assurance"),
        ("SR1", "Medium", "Extenuating circumstances decisions should be recorded consistently across faculties.",
         "Implement a single extenuating circumstances form within the student records system and issue guidance to faculty panels.",
         "Academic Registrar", D(2024, 10, 31), None, "Blue",
         "New form went live for semester 1 2024/25."),
        ("SR2", "Medium", "Progression board outcomes should be reconciled to the student record before results are released.",
         "Introduce a pre-release reconciliation check signed off by each Faculty Administration Manager.",
         "Academic Registrar / Faculty Administration Managers", D(2025, 1, 31), D(2025, 7, 31), "Amber",
         "Piloted in the Faculty of Science and Engineering at the January boards; roll-out to all faculties for the summer boards."),
        ("BLANK",),
        ("H", "Procurement – Non-Pay Expenditure (SU-2425-02) – Reasonable assurance"),
        ("PR1", "High", "Purchase orders should be raised before goods or services are ordered.",
         "Launch a 'No PO, No Pay' policy with supplier communications and monthly reporting of retrospective orders to the Finance Committee.",
         "Director of Finance", D(2025, 1, 31), D(2025, 4, 30), "Red",
         "Policy approved in December; supplier letters delayed by the new finance system go-live. Revised date agreed with the Audit Committee chair."),
        ("PR2", "Low", "Procurement thresholds in the Financial Regulations should be updated.",
         "Update the Financial Regulations to reflect the Procurement Act 2023 thresholds.",
         "Head of Procurement", D(2025, 2, 28), None, "Green",
         "Revised regulations going to Council on 26 February."),
    ]
    r = 5
    for row in rows:
        if row[0] == "H":
            ws.cell(r, 1, row[1]).font = Font(bold=True); ws.cell(r, 1).fill = fill("DDEBF7")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        elif row[0] == "BLANK":
            pass
        else:
            put(ws, r, list(row), "dd/mm/yyyy")
        r += 1
    r += 1
    ws.cell(r, 1, "Key: Blue – implemented | Green – on track to meet target date | Amber – revised date agreed / at risk | Red – overdue")
    for col, w in zip("ABCDEFGHI", [6, 9, 40, 45, 26, 12, 12, 8, 50]): ws.column_dimensions[col].width = w
    wb.save(P("df1-swansea-university-internal-audit-recommendations-tracker.xlsx"))

# 3. HMP Wymott HMIP action plan (fill-only RAG, key redefines green)
def wymott():
    wb = Workbook(); ws = wb.active; ws.title = "Action Plan"
    ws["A1"] = "Action Plan: HMP Wymott"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Action Plan Submitted: 14 March 2024"
    ws["A3"] = "A Response to the HMIP Inspection: 2–13 October 2023    Report Published: 30 January 2024"
    header(ws, 5, ["Ref", "Concern", "Agreed / Partly Agreed / Not Agreed", "Response", "Action Taken / Planned",
                   "Responsible Owner", "Target Date", "Progress"])
    G, A, R = "00B050", "FFC000", "FF0000"
    D = datetime
    concerns = [
        ("Priority concerns", None),
        (None, ("Too many prisoners were locked in their cells for most of the day, and around a third were unemployed.",
                "Agreed", "The prison will increase time out of cell and purposeful activity spaces.",
                [("1.1", "Complete a full regime review to increase time unlocked, with all residential units offering at least 6 hours out of cell on weekdays.", "Head of Residence", D(2024, 5, 31), G),
                 ("1.2", "Create 120 additional activity spaces in industries and education, including a new recycling workshop.", "Head of Reducing Reoffending", "Q3 2024/25", A)])),
        (None, ("Illicit drugs were too readily available, with a random mandatory drug testing positive rate of 27%.",
                "Agreed", "Supply reduction and demand reduction work will be strengthened.",
                [("2.1", "Implement the local drug strategy action plan, including enhanced searching of visitors and scanning of all incoming legal correspondence.", "Head of Security", D(2024, 6, 30), G),
                 ("2.2", "Expand the incentivised substance-free living unit from 40 to 80 spaces.", "Head of Safer Custody / Head of Healthcare", D(2024, 9, 30), A)])),
        ("Key concerns", None),
        (None, ("Applications and complaints were not always answered on time or adequately.",
                "Agreed", "Response times will be monitored by senior leaders.",
                [("3.1", "Introduce the digital applications system on all wings and monitor response times at the monthly Decency meeting.", "Deputy Governor", "Ongoing", A)])),
        (None, ("Release on temporary licence (ROTL) was underused for eligible prisoners.",
                "Partly Agreed", "The prison will review eligibility; ROTL numbers remain subject to risk assessment.",
                [("4.1", "Review the ROTL eligibility process and hold a quarterly board with the probation service to identify eligible prisoners.", "Head of Offender Management Delivery", D(2024, 7, 31), R)])),
        (None, ("The prison had not analysed data on the use of force by protected characteristic.",
                "Agreed", "Analysis will be added to routine reporting.",
                [("5.1", "Add protected characteristic analysis to the monthly use of force report and present findings to the Equality Action Team.", "Head of Safety", D(2024, 4, 30), G)])),
    ]
    r = 6
    for sec, c in concerns:
        if sec:
            ws.cell(r, 1, sec).font = Font(bold=True); ws.cell(r, 1).fill = fill("D9D9D9")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8); r += 1; continue
        text, agreed, resp, acts = c
        top = r
        for ref, act, owner, due, col in acts:
            put(ws, r, [ref, None, None, None, act, owner, due], "dd/mm/yyyy")
            ws.cell(r, 8).fill = fill(col); ws.cell(r, 8).border = BOX
            r += 1
        for ci, v in ((2, text), (3, agreed), (4, resp)):
            ws.cell(top, ci, v).alignment = WRAP
            if r - 1 > top: ws.merge_cells(start_row=top, start_column=ci, end_row=r - 1, end_column=ci)
    r += 1
    ws.cell(r, 1, "Progress key:").font = Font(bold=True)
    for col, txt in ((R, "Red – not started / off track"), (A, "Amber – in progress"), (G, "Green – complete")):
        r += 1; ws.cell(r, 1).fill = fill(col); ws.cell(r, 2, txt)
    for col, w in zip("ABCDEFGH", [6, 40, 14, 34, 50, 26, 12, 10]): ws.column_dimensions[col].width = w
    wb.save(P("df1-hmp-wymott-hmip-inspection-action-plan.xlsx"))

# 4. Ysgol Dyffryn Conwy Estyn PIAP (docx, table per recommendation)
def dyffryn():
    d = Document()
    d.add_heading("Ysgol Dyffryn Conwy – Post-Inspection Action Plan", 0)
    d.add_paragraph("Estyn inspection: March 2024. This plan addresses the four recommendations in the inspection "
                    "report and was approved by the governing body on 9 July 2024.")
    t = d.add_table(rows=2, cols=3); t.style = "Table Grid"
    for i, v in enumerate(["Version", "Date", "Author"]): t.cell(0, i).text = v
    for i, v in enumerate(["1.2", "09/07/2024", "Headteacher"]): t.cell(1, i).text = v
    recs = [
        ("R1: Improve the consistency of teaching so that all pupils make strong progress in lessons", [
            ("Deliver a programme of professional learning on questioning and feedback through the school's teaching and learning triads.", "Deputy Head (T&L)", "Autumn term 2024", "Lesson observations show consistently effective questioning", "Green"),
            ("Introduce learning walks by middle leaders, with findings reported to the senior leadership team.", "Heads of Department", "Termly", "Learning walk records show improvement over time", "Green")]),
        ("R2: Strengthen the provision for developing pupils' Welsh language skills across the curriculum", [
            ("Appoint a Welsh language co-ordinator and agree a whole-school Welsh language strategy.", "Headteacher", "September 2024", "Strategy approved by governors", "Complete"),
            ("Plan opportunities for pupils to use Welsh informally, including Welsh-medium clubs at lunchtime.", "Welsh Co-ordinator", "Spring term 2025", "Pupil voice shows increased use of Welsh outside lessons", "Amber")]),
        ("R3: Improve attendance, particularly for pupils eligible for free school meals", [
            ("Employ a family engagement officer to work with families of pupils whose attendance is below 90%.", "AHT (Wellbeing)", "October 2024", "eFSM attendance improves by 2 percentage points", "Complete"),
            ("Review the attendance policy with the local authority's education welfare service and share revised procedures with parents.", "AHT (Wellbeing) / EWO", "Summer term 2025", "Revised policy published", "Amber")]),
        ("R4: Ensure that self-evaluation focuses precisely on the impact of provision on pupils' learning", [
            ("Revise the self-evaluation calendar so that lesson observations, book scrutiny and pupil voice are triangulated.", "Headteacher", "December 2024", "SER evaluates impact on learning", "Green"),
            ("Train governors in using the school's data dashboard to challenge leaders.", "Chair of Governors / Headteacher", "Spring term 2025", "Governing body minutes show challenge", "Red")]),
    ]
    for rec, acts in recs:
        p = d.add_paragraph(); run = p.add_run(rec); run.bold = True
        t = d.add_table(rows=1, cols=5); t.style = "Table Grid"
        for i, v in enumerate(["Action", "Lead", "Timescale", "Success criteria", "Progress (RAG)"]):
            t.cell(0, i).text = v; t.cell(0, i).paragraphs[0].runs[0].bold = True
        for a in acts:
            cells = t.add_row().cells
            for i, v in enumerate(a): cells[i].text = v
        d.add_paragraph("")
    d.add_paragraph("RAG: Red – significant concerns; Amber – some concerns; Green – on track; Complete – action achieved.")
    d.save(P("df1-ysgol-dyffryn-conwy-estyn-post-inspection-action-plan.docx"))

# 5. South Ayrshire ASP joint inspection improvement plan (docx, merged PAI rows)
def south_ayrshire():
    d = Document()
    d.add_heading("South Ayrshire Adult Support and Protection Improvement Plan 2024–2025", 0)
    d.add_paragraph("Following the joint inspection of adult support and protection in South Ayrshire, published by the "
                    "Care Inspectorate on 27 February 2024, the Adult Protection Committee has developed this improvement "
                    "plan in response to the priority areas for improvement identified in the report.")
    t = d.add_table(rows=2, cols=4); t.style = "Table Grid"
    for i, v in enumerate(["Version", "Date", "Author", "Approved by"]): t.cell(0, i).text = v
    for i, v in enumerate(["0.4", "21/01/2025", "Lead Officer, Adult Protection", "Adult Protection Committee"]): t.cell(1, i).text = v
    d.add_paragraph("")
    plan = [
        ("Priority area for improvement 1: The partnership should ensure that chronologies are completed for all adults at risk of harm and are used to inform risk assessment.", [
            ("1.1", "Develop a single multi-agency chronology template and guidance, agreed by the Adult Protection Committee.", "Lead Officer, Adult Protection", "June 2024", "Template approved by APC on 18 June 2024 and published on the APC website.", "Complete"),
            ("1.2", "Deliver chronology training to all council officers and social workers; record attendance through the learning management system.", "Learning and Development Manager", "December 2024", "Six sessions delivered to 112 staff. Further sessions planned for the new year.", "Green"),
            ("1.3", "Audit a sample of 30 case files to test the quality of chronologies.", "Service Manager (Quality Assurance)", "March 2025", "Audit tool agreed; audit delayed to March because of staff vacancies.", "Amber")]),
        ("Priority area for improvement 2: The partnership should improve the involvement of adults at risk of harm and their unpaid carers in adult support and protection processes.", [
            ("2.1", "Introduce an independent advocacy referral as standard for all adults subject to an investigation, with uptake reported quarterly.", "Head of Community Health and Care Services", "September 2024", "Referral pathway in place with the local advocacy service; first quarterly report to APC in October.", "Green"),
            ("2.2", "Co-produce accessible information leaflets with people with lived experience.", "JMcK & LR", "Ongoing", "Two co-production sessions held with Ayrshire carers' groups.", "Amber")]),
        ("Priority area for improvement 3: Leaders should strengthen the partnership's quality assurance framework so that it provides robust evidence of outcomes for adults at risk of harm.", [
            ("3.1", "Agree a revised adult support and protection minimum dataset and quarterly performance report.", "Chief Social Work Officer", "31/12/2024", "Dataset agreed but reporting not yet produced owing to system changes.", "Red"),
            ("3.2", "Undertake an annual multi-agency self-evaluation using the Care Inspectorate quality indicator framework.", "Adult Protection Committee Chair", "Sept 2024 – March 2025", "Self-evaluation group formed; case file reading starts in February.", "Green")]),
    ]
    t = d.add_table(rows=1, cols=6); t.style = "Table Grid"
    for i, v in enumerate(["Ref", "Action", "Lead", "Timescale", "Progress update", "RAG status"]):
        t.cell(0, i).text = v; t.cell(0, i).paragraphs[0].runs[0].bold = True
    for pai, acts in plan:
        cells = t.add_row().cells
        m = cells[0].merge(cells[5]); m.text = pai; m.paragraphs[0].runs[0].bold = True
        for a in acts:
            cells = t.add_row().cells
            for i, v in enumerate(a): cells[i].text = v
    d.add_paragraph("")
    d.add_paragraph("RAG status key: Complete – action delivered; Green – on track; Amber – some slippage; Red – significant delay.")
    d.save(P("df1-south-ayrshire-hscp-asp-joint-inspection-improvement-plan.docx"))

# 6. Eastleigh BC corporate peer challenge action plan (CSV saved from Excel)
def eastleigh():
    rows = [
        ["Eastleigh Borough Council - LGA Corporate Peer Challenge Action Plan", "", "", "", "", "", ""],
        ["Last updated: 31 March 2025", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Ref", "Recommendation", "Action", "Lead Officer", "Timescale", "Status", "Progress Update"],
        ["1a", "1. Develop a clear, shared narrative for the council's medium-term financial position", "Publish a refreshed Medium Term Financial Strategy with savings proposals identified for 2025/26 to 2027/28.", "Chief Financial Officer", "Feb-25", "Complete", "MTFS approved by Council on 20 February 2025."],
        ["1b", "1. Develop a clear, shared narrative for the council's medium-term financial position", "Hold member briefings on the financial position ahead of each budget-setting cycle.", "Chief Financial Officer", "Annually", "On track", "All-member briefing held in November 2024; next planned for autumn 2025."],
        ["2a", "2. Strengthen the governance of the council's housing delivery company", "Commission an independent review of the shareholder arrangements.", "Monitoring Officer", "March 2025", "Complete", "Review reported to Cabinet in March 2025."],
        ["2b", "2. Strengthen the governance of the council's housing delivery company", "Establish a Shareholder Committee with agreed terms of reference.", "Chief Executive / Monitoring Officer", "June 2025", "Amber", "Terms of reference drafted; committee to be constituted at Annual Council in May 2025."],
        ["3a", "3. Invest in organisational development and workforce planning", "Develop a workforce strategy including succession planning for key roles.", "Head of HR", "Sept 2025", "On track", "Workforce data analysis complete; staff engagement sessions under way."],
        ["3b", "3. Invest in organisational development and workforce planning", "Relaunch the staff appraisal process with a focus on development conversations.", "Head of HR", "Q1 2025/26", "Not started", ""],
        ["4a", "4. Improve engagement with partners on the Local Plan", "Set up a quarterly developers' and partners' forum.", "Director of Place", "Ongoing", "Green", "First forum held in January 2025 with 24 attendees."],
        ["", "", "", "", "", "", ""],
        ["Status: Complete / On track (Green) / Amber - some slippage / Red - off track / Not started", "", "", "", "", "", ""],
    ]
    with open(P("df1-eastleigh-bc-corporate-peer-challenge-action-plan.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)

# 7. Abertay University TQER action plan (plain text, tab-separated tables under recommendation headings)
def abertay():
    L = ["Abertay University – TQER Institutional Action Plan 2025",
         "Response to the QAA Scotland Tertiary Quality Enhancement Review, report published March 2025",
         "Approved by Senate, 5 June 2025. Progress position at 30 September 2025.", ""]
    recs = [
        ("Recommendation 1: Ensure that the monitoring of student outcomes data is applied consistently across all schools.", [
            ("1.1", "Introduce a standard Power BI outcomes dashboard for annual programme monitoring.", "Director of Strategic Planning", "September 2025", "Complete"),
            ("1.2", "Require schools to report actions on attainment gaps through School Quality Committees, with a summary to Senate.", "Dean of Teaching and Learning", "December 2025", "On track")]),
        ("Recommendation 2: Strengthen the mechanisms for closing the feedback loop with students.", [
            ("2.1", "Agree a 'You said, we did' template with the Students' Association for use in all modules.", "AD (Student Experience) & SA President", "31 October 2025", "Amber"),
            ("2.2", "Review the module evaluation survey and response rates.", "Head of Academic Quality", "Jan-26", "Green")]),
        ("Recommendation 3: Provide greater clarity on the support available to postgraduate research students who teach.", [
            ("3.1", "Launch a mandatory training programme for PGR students who teach, aligned to Advance HE Descriptor 1.", "Head of Graduate School", "By 31 January 2026", "Not started"),
            ("3.2", "Publish guidance on pay, hours and supervision for PGR teaching assistants.", "Director of People / Head of Graduate School", "TBC", "Amber"),
            ("3.3", "Monitor the experience of PGR teaching assistants through the PRES survey.", "Head of Graduate School", "Annually", "Green")]),
    ]
    for rec, acts in recs:
        L.append(rec)
        L.append("Ref\tAction\tOwner\tDeadline\tStatus")
        for a in acts: L.append("\t".join(a))
        L.append("")
    L.append("Status key: Complete / On track (Green) / At risk (Amber) / Off track (Red) / Not started")
    with open(P("df1-abertay-university-qaa-tqer-action-plan.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")

if __name__ == "__main__":
    wirral(); swansea(); wymott(); dyffryn(); south_ayrshire(); eastleigh(); abertay()
