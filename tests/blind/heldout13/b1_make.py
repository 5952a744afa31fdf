"""Generator for the b1- blind cases (heldout13). Run with /work/main/.venv/bin/python."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Border, Side
from docx import Document
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
P = lambda n: os.path.join(HERE, n)
FILL = {k: PatternFill("solid", fgColor=v) for k, v in
        {"R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0", "H": "1F3864", "T": "D9E1F2"}.items()}
WRAP = Alignment(wrap_text=True, vertical="top")
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def kv_table(doc, rows):
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in rows:
        c = t.add_row().cells
        c[0].text = k
        c[1].text = v
        c[0].paragraphs[0].runs[0].bold = True
    return t


# ---------------------------------------------------------------- 1 SEND WSOA, field:value tables
def send_wsoa():
    d = Document()
    d.add_heading("Brackenfield Local Area SEND Written Statement of Action", 0)
    d.add_paragraph("Progress update for the SEND Improvement Board – March 2023")
    t = d.add_table(rows=2, cols=3); t.style = "Table Grid"
    for i, v in enumerate(["Version", "Date", "Author"]): t.cell(0, i).text = v
    for i, v in enumerate(["v3.2", "14/03/2023", "SEND Improvement Lead"]): t.cell(1, i).text = v
    d.add_heading("Introduction", 1)
    d.add_paragraph("Following the joint Ofsted and CQC inspection of the local area in September 2022, "
                    "three areas of significant weakness were identified. This statement sets out the "
                    "actions the partnership will take. Each action is shown in its own table with its "
                    "lead, timescale and current RAG rating.")
    areas = [
        ("Area of weakness 1: The timeliness and quality of education, health and care plans",
         "What we want to achieve: families receive good quality EHC plans within 20 weeks.",
         [("1.1", "Recruit four additional EHC coordinators and clear the backlog of assessments that are over 20 weeks.",
           "Head of SEND Statutory Services", "Brackenfield ICB", "By 31 March 2023",
           "60% of new EHC plans issued within 20 weeks", "Green",
           "Three coordinators in post from 06/02/2023; fourth starts in April."),
          ("1.2", "Introduce a multi-agency quality assurance panel that audits a sample of new EHC plans each month.",
           "Principal Educational Psychologist / Designated Clinical Officer", "Health and social care", "Summer term 2023",
           "80% of audited plans judged good", "Amber", "Terms of reference drafted."),
          ("1.3", "Co-produce a revised EHC plan template with the Parent Carer Forum.",
           "Strategic Lead for Inclusion", "Parent Carer Forum", "January 2023",
           "Template in use for all new plans", "Complete", "Template launched 16/01/2023.")]),
        ("Area of weakness 2: Waiting times for the neurodevelopmental (autism) assessment pathway",
         "What we want to achieve: no child waits more than 18 weeks for an assessment.",
         [("2.1", "Commission additional assessment capacity from an independent provider to reduce the waiting list.",
           "ICB Director of Children's Commissioning", "Community paediatrics", "June 2023",
           "Waiting list reduced by 40%", "Red", "Procurement delayed; contract not yet awarded."),
          ("2.2", "Publish a ‘waiting well’ offer for families, with support available before diagnosis.",
           "Designated Clinical Officer; Parent Carer Forum Chair", "Voluntary sector", "Ongoing",
           "Families report feeling supported while waiting", "Green", "Offer published on the local offer.")]),
        ("Area of weakness 3: The local offer",
         "What we want to achieve: families can find the information they need easily.",
         [("3.1", "Rebuild the local offer website with families, including an accessible search.",
           "Kerry Mason", "Digital Services", "Autumn term 2023",
           "Increase in unique visitors; positive user testing", "Amber", "Supplier appointed."),
          ("3.2", "Run termly ‘you said, we did’ sessions with young people on the local offer.",
           "Participation Manager", "Youth Forum", "Termly",
           "Young people's feedback shows changes made", "Not started", "")]),
    ]
    for head, aim, acts in areas:
        d.add_heading(head, 1)
        d.add_paragraph(aim)
        for ref, act, lead, partners, when, measure, rag, prog in acts:
            kv_table(d, [("Action ref", ref), ("Action", act), ("Lead", lead), ("Partners involved", partners),
                         ("Timescale", when), ("Success measure", measure), ("Progress update", prog),
                         ("RAG", rag)])
            d.add_paragraph("")
    d.add_heading("RAG key", 1)
    t = d.add_table(rows=4, cols=2); t.style = "Table Grid"
    for i, (a, b) in enumerate([("Red", "Off track – escalate to the Improvement Board"),
                                ("Amber", "Some slippage, recoverable"),
                                ("Green", "On track"), ("Complete", "Action delivered and evidenced")]):
        t.cell(i, 0).text = a; t.cell(i, 1).text = b
    d.save(P("b1-send-wsoa-fieldvalue-tables.docx"))


# ---------------------------------------------------------------- 2 Improvement board highlight report
def highlight():
    d = Document()
    d.add_heading("Eastwick Council Children's Services Improvement Board – Highlight Report", 0)
    d.add_paragraph("Meeting date: 22 January 2025. Reporting period: December 2024. "
                    "Report author: Improvement Programme Manager.")
    d.add_heading("1. Headlines", 1)
    d.add_paragraph("Good progress has been made at the front door since the ILACS inspection in March 2024. "
                    "The revised threshold document has been embedded and daily management oversight of "
                    "contacts is now in place across all MASH teams.")
    d.add_paragraph("Pathway planning for care leavers remains the area of greatest concern and is rated red. "
                    "A recovery plan will be brought to the February Board.")
    d.add_heading("2. Key risks and issues", 1)
    for s in ["Agency social worker rate remains at 27% against a target of 20%.",
              "Fostering sufficiency review is awaiting Cabinet scheduling."]:
        d.add_paragraph(s, style="List Bullet")
    d.add_heading("3. Decisions required from the Board", 1)
    d.add_paragraph("The Board is asked to note the progress below and agree the revised timescale for the care leavers pathway plan work.")
    d.add_heading("4. RAG summary", 1)
    t = d.add_table(rows=6, cols=2); t.style = "Table Grid"
    for i, (a, b) in enumerate([("Status", "Number of actions"), ("Red", "1"), ("Amber", "3"),
                                ("Green", "3"), ("Complete (Blue)", "2"), ("Total", "9")]):
        t.cell(i, 0).text = a; t.cell(i, 1).text = b
    d.add_heading("5. Progress against the improvement plan", 1)
    d.add_paragraph("RAG: R = off track, A = some slippage, G = on track, B = complete.")
    rows = [
        ("Priority 1: Quality of practice at the front door", [
            ("P1.1", "Embed the revised threshold document with partner agencies through multi-agency briefings.",
             "Head of MASH and Early Help", "Nov-24", "B", "Twelve briefings delivered to 340 staff."),
            ("P1.2", "Implement daily management oversight of contacts awaiting a decision for more than 24 hours.",
             "Sam Okafor and Priya Desai", "31/01/2025", "G", "In place in all three MASH teams."),
            ("P1.3", "Audit 40 contacts each quarter and report learning to the Practice Improvement Group.",
             "Principal Social Worker", "Quarterly", "G", "Q3 audit completed.")]),
        ("Priority 2: Children in care and care leavers", [
            ("P2.1", "Complete the sufficiency review of in-house fostering and present options to Cabinet.",
             "Service Director, Corporate Parenting", "March 2025", "A", "Awaiting Cabinet date."),
            ("P2.2", "Ensure every care leaver aged 19 to 21 has an up-to-date pathway plan.",
             "Head of Care Leavers Service", "Dec 2024 – Feb 2025", "R", "62% up to date; recovery plan in progress."),
            ("P2.3", "Relaunch the Local Offer for care leavers, co-produced with the Children in Care Council.",
             "Participation Lead/ Head of Care Leavers Service", "Oct-24", "B", "Launched at the October celebration event.")]),
        ("Priority 3: Workforce stability", [
            ("P3.1", "Reduce the agency social worker rate to below 20% through the recruitment and retention package.",
             "Director of Children's Social Care", "Q4 2024/25", "A", "27% at end of December."),
            ("P3.2", "Roll out the ASYE academy for the second cohort of newly qualified social workers.",
             "Principal Social Worker", "February 2025", "G", "14 NQSWs recruited."),
            ("P3.3", "Introduce exit and stay interviews across all social work teams.",
             "HR Business Partner", "TBC", "A", "Template agreed; roll-out date to be confirmed.")]),
    ]
    hdr = ["Priority", "Ref", "Action", "Lead officer", "Due", "RAG", "Commentary"]
    n = sum(len(a) for _, a in rows)
    t = d.add_table(rows=1 + n, cols=len(hdr)); t.style = "Table Grid"
    for i, h in enumerate(hdr):
        t.cell(0, i).text = h
        t.cell(0, i).paragraphs[0].runs[0].bold = True
    r = 1
    for pri, acts in rows:
        top = r
        for a in acts:
            for i, v in enumerate(a):
                t.cell(r, i + 1).text = v
            r += 1
        m = t.cell(top, 0).merge(t.cell(r - 1, 0))
        m.text = pri
    d.add_heading("6. Next steps", 1)
    d.add_paragraph("The next highlight report will be presented on 19 February 2025.")
    d.save(P("b1-improvement-board-highlight-report.docx"))


# ---------------------------------------------------------------- 3 Audit tracker with revised dates in date cell
def audit():
    wb = Workbook(); ws = wb.active; ws.title = "Tracker"
    ws["A1"] = "Internal Audit – Outstanding Recommendations Tracker"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit & Governance Committee, 12 March 2024"
    hdr = ["Audit Review", "Assurance", "Rec No.", "Priority", "Finding / Recommendation",
           "Agreed Management Action", "Responsible Officer", "Target Date", "% Complete", "RAG", "Management Update"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h); c.font = Font(bold=True, color="FFFFFF"); c.fill = FILL["H"]; c.alignment = WRAP
    D = lambda y, m, d: dt.datetime(y, m, d)
    rows = [
        ("Creditors (2022/23)", "Limited", "1", "High",
         "Supplier bank detail changes are not independently verified. Recommendation: introduce call-back verification for all changes.",
         "Introduce a call-back procedure to a known contact for every change of supplier bank details, with a second officer sign-off.",
         "Exchequer Services Manager", "30/09/2023 Revised: 31/01/2024", 1.0, "Completed", "Procedure live from January."),
        ("", "", "2", "Medium",
         "Purchase orders are raised retrospectively in a significant number of cases.",
         "Issue 'no PO, no pay' guidance to all budget holders and report retrospective orders to CMT quarterly.",
         "Head of Finance; Procurement Manager", D(2024, 3, 31), 0.5, "Amber", "Guidance issued; first CMT report due April."),
        ("Payroll (2023/24)", "Reasonable", "1", "Medium",
         "Starters were paid before contract documentation was returned.",
         "Amend the starter process so that payment is not set up until the signed contract and right to work check are received.",
         "Payroll Manager", "31/12/2023\nRevised: 30/04/2024", 0.75, "Green", "New workflow in testing."),
        ("", "", "2", "Low",
         "Overtime claims are not always authorised before payment.",
         "Remind managers of authorisation requirements and introduce an exception report of unauthorised claims.",
         "Payroll Manager", D(2024, 3, 31), 0.0, "Red", "Exception report not yet built owing to system resource."),
        ("Disabled Facilities Grants (2023/24)", "Limited", "1", "High",
         "Grant approvals exceeded the delegated limit without Head of Service sign-off.",
         "Update the scheme of delegation and add an approval limit check to the grants system.",
         "Head of Private Sector Housing", "Revised: 31/05/2024 (originally 31/12/2023)", 0.4, "Amber", "Scheme of delegation updated."),
        ("", "", "2", "Medium",
         "The contractor framework has expired.",
         "Re-procure the DFG contractor framework.",
         "Procurement Manager / Head of Private Sector Housing", D(2024, 6, 30), 0.1, "Green", "Tender documents in preparation."),
        ("", "", "3", "Low",
         "Case files lacked evidence of post-completion inspection.",
         "Introduce a post-completion inspection checklist to be held on every case file.",
         "Grants Officer", D(2023, 10, 31), 1.0, "Completed", "Checklist in use."),
        ("Information Governance – Subject Access Requests (2023/24)", "Limited", "1", "High",
         "Only 62% of subject access requests were answered within one month.",
         "Introduce a central SAR log with weekly monitoring by the Data Protection Officer.",
         "Data Protection Officer", "31/01/2024 – Revised: 30/06/2024", 0.6, "Amber", "Log in place; monitoring to start."),
        ("", "", "2", "Medium",
         "Service-level information champions have not had recent training.",
         "Deliver refresher SAR training to all service-level information champions.",
         "Information Governance Officer", "Ongoing", 0.5, "Green", "Two of four sessions delivered."),
    ]
    r = 5
    for row in rows:
        for i, v in enumerate(row, 1):
            c = ws.cell(r, i, v); c.alignment = WRAP; c.border = BOX
            if i == 8 and isinstance(v, dt.datetime): c.number_format = "dd/mm/yyyy"
            if i == 9: c.number_format = "0%"
        rag = row[9]
        ws.cell(r, 10).fill = FILL[{"Completed": "B", "Amber": "A", "Green": "G", "Red": "R"}[rag]]
        r += 1
    r += 1
    ws.cell(r, 1, "Summary").font = Font(bold=True); r += 1
    for a, b in [("Completed", 2), ("Green", 3), ("Amber", 3), ("Red", 1), ("Total outstanding recommendations", 9)]:
        ws.cell(r, 1, a); ws.cell(r, 2, b); r += 1
    for col, w in zip("ABCDEFGHIJK", [24, 11, 8, 9, 45, 45, 26, 22, 10, 11, 32]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(P("b1-audit-tracker-revised-in-date-cell.xlsx"))


# ---------------------------------------------------------------- 4 ILACS plan, merged area cells, previous / current RAG
def ilacs():
    wb = Workbook(); ws = wb.active; ws.title = "Improvement Plan"
    ws["A1"] = "Oldcastle Children's Services Improvement Plan 2025"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Response to the Ofsted ILACS inspection, November 2024 – progress at April 2025"
    hdr = ["Area for improvement (Ofsted ILACS, Nov 2024)", "Ref", "Action", "Lead", "Target date",
           "Previous RAG (Feb 25)", "Current RAG (Apr 25)", "Evidence / progress"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h); c.font = Font(bold=True); c.fill = FILL["T"]; c.alignment = WRAP; c.border = BOX
    D = lambda y, m, d: dt.datetime(y, m, d)
    areas = [
        ("1. The timeliness and quality of management oversight and supervision", [
            ("A1.1", "Launch the revised supervision policy and template, with a four-weekly minimum frequency.",
             "Head of Quality Assurance", D(2025, 1, 31), "A", "B", "Policy launched January 2025."),
            ("A1.2", "Monthly audit of supervision records by team managers, reported to the Performance Board.",
             "Heads of Service (CIN/CP)", "Monthly", "A", "A", "Audit tool agreed; completion rate 70%."),
            ("A1.3", "Deliver the 'Leading Good Practice' programme for all team managers and advanced practitioners.",
             "Principal Social Worker/ Workforce Development Manager", D(2025, 6, 30), "R", "A", "Cohort 1 under way.")]),
        ("2. Planning for children in need and children subject to child protection plans", [
            ("A2.1", "Refresh the child protection conference and core group guidance so that plans are SMART and child-focused.",
             "Safeguarding Unit Manager", D(2025, 3, 31), "G", "G", "Guidance refreshed; briefings held."),
            ("A2.2", "Introduce a tracker for children subject to a plan for more than 15 months, reviewed fortnightly.",
             "Jo Whitfield", D(2025, 5, 31), "A", "", "Tracker live; reviewed at every fortnightly panel."),
            ("A2.3", "Review the step-down process from child protection to child in need with partners.",
             "Head of Service (CIN/CP)", "Sept 2025", "", "R", "Partner workshop postponed twice.")]),
        ("3. Sufficiency of placements close to home", [
            ("A3.1", "Recruit 20 additional foster carers through the regional fostering hub.",
             "Fostering Service Manager", "March 2026", "A", "A", "6 households approved to date."),
            ("A3.2", "Open a two-bed local children's home for children with complex needs.",
             "Head of Commissioning", D(2025, 12, 1), "R", "R", "Property purchase delayed."),
            ("A3.3", "Agree a joint commissioning protocol with health for children with complex needs.",
             "Head of Commissioning & ICB Designated Nurse", "Q2 2025/26", "", "", "")]),
        ("4. Care leavers' access to suitable accommodation", [
            ("A4.1", "Extend the staying close offer to all care leavers leaving residential care.",
             "Leaving Care Service Manager", D(2025, 4, 30), "G", "B", "Offer extended from April."),
            ("A4.2", "Agree a housing protocol with the district councils, including priority banding.",
             "Director of Children's Services", "Ongoing", "G", "G", "Protocol signed by two of three districts.")]),
    ]
    r = 5
    for area, acts in areas:
        top = r
        for ref, act, lead, due, prev, cur, ev in acts:
            for i, v in enumerate([ref, act, lead, due, prev, cur, ev], 2):
                c = ws.cell(r, i, v if v != "" else None); c.alignment = WRAP; c.border = BOX
            if isinstance(due, dt.datetime):
                ws.cell(r, 5).number_format = "mmm-yy" if ref == "A3.2" else "dd/mm/yyyy"
            if prev: ws.cell(r, 6).fill = FILL[prev]
            if cur: ws.cell(r, 7).fill = FILL[cur]
            if ref == "A2.2": ws.cell(r, 7).fill = FILL["G"]   # colour only, no letter
            r += 1
        ws.cell(top, 1, area).alignment = Alignment(wrap_text=True, vertical="center")
        ws.merge_cells(start_row=top, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(r, 1, "Key: B = complete, G = on track, A = some slippage, R = off track. Blank = not yet started.")
    ws.cell(r + 1, 1, "Plan owner: Director of Children's Services. Reviewed monthly at the Improvement Board.")
    for col, w in zip("ABCDEFGH", [34, 7, 50, 30, 12, 11, 11, 36]):
        ws.column_dimensions[col].width = w
    wb.save(P("b1-ilacs-merged-areas-prev-current-rag.xlsx"))


# ---------------------------------------------------------------- 5 SAB delivery plan exported from tracking system
def sab_csv():
    hdr = ["ID", "Priority", "Action Ref", "Action", "Owner", "Subgroup", "Start Date", "Due Date",
           "Status", "% Complete", "Latest Update", "Modified", "Modified By"]
    P1 = "Priority 1 – Making Safeguarding Personal"
    P2 = "Priority 2 – Learning from Safeguarding Adults Reviews"
    P3 = "Priority 3 – Prevention and community awareness"
    rows = [
        ("101", P1, "1.1", "Audit a sample of 30 safeguarding enquiries each quarter to test whether desired outcomes were asked and recorded.",
         "Barton, Nicola", "Quality & Performance", "01/04/2024", "31/03/2025", "Green", "50",
         "Q1 and Q2 audits complete, findings to October Board.", "14/10/2024 09:12", "Barton, Nicola"),
        ("102", P1, "1.2", "Work with Healthwatch to gather feedback from adults who have been through a safeguarding enquiry.",
         "Healthwatch Manager; Head of Safeguarding Adults", "Quality & Performance", "01/04/2024", "30/09/2024", "Complete", "100",
         "Report received.\nThemes shared with operational teams.", "02/10/2024 15:40", "Raman, Dev"),
        ("103", P1, "1.3", "Publish an easy-read guide to the safeguarding process.",
         "Board Business Manager", "Policy & Procedures", "01/06/2024", "31/12/2024", "Amber", "60",
         "Draft with self-advocacy group for checking, slight delay.", "09/10/2024 11:05", "Business Unit"),
        ("104", P2, "2.1", "Publish a 7-minute briefing for each Safeguarding Adults Review completed in the year.",
         "SAR Subgroup Chair", "SAR", "01/04/2024", "", "Green", "70",
         "Briefings for Adult A and Adult C published.", "30/09/2024 10:00", "Business Unit"),
        ("105", P2, "2.2", "Hold a learning event on self-neglect and hoarding for frontline practitioners.",
         "Dev Raman", "Training", "01/11/2024", "28/02/2025", "Not started", "0",
         "", "01/08/2024 08:30", "Raman, Dev"),
        ("106", P2, "2.3", "Track implementation of the recommendations from the SAR for 'Adult B' and report to the Board.",
         "Head of Safeguarding Adults; Designated Nurse Safeguarding Adults", "SAR", "01/05/2024", "31/01/2025", "Red", "20",
         "Two agencies yet to provide evidence, escalated to Executive.", "11/10/2024 16:21", "Barton, Nicola"),
        ("108", P3, "3.1", "Deliver scams awareness sessions with Trading Standards in sheltered housing schemes.",
         "Trading Standards Manager", "Prevention", "01/04/2024", "31/03/2025", "Green", "40",
         "8 of 20 schemes visited.", "07/10/2024 13:47", "Business Unit"),
        ("109", P3, "3.2", "Refresh the Board website, including a page on how to report a concern.",
         "Comms Officer (Board Business Unit)", "Prevention", "01/07/2024", "30/11/2024", "Amber", "30",
         "Content drafted; waiting on web team.", "04/10/2024 12:02", "Business Unit"),
        ("110", P3, "3.3", "Run a campaign during National Safeguarding Adults Week.",
         "Board Business Manager", "Prevention", "01/09/2024", "30/11/2024", "Complete", "100",
         "Campaign ran 18-24 November, 41 partner organisations took part.", "26/11/2024 09:55", "Business Unit"),
    ]
    with open(P("b1-sab-delivery-plan-system-export.csv"), "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(hdr); w.writerows(rows)


# ---------------------------------------------------------------- 6 CIW action plan pasted into an email
EMAIL = """From: Rhian Pritchard <rhian.pritchard@glanrafon.gov.wales>
Sent: 04 June 2024 16:42
To: Social Services Improvement Group
Cc: Huw Bevan
Subject: RE: CIW PEI action plan - position for June SMT

Hi all,

Ahead of SMT on Tuesday, below is the current position on the action plan we agreed
following the CIW performance evaluation inspection of children's services (January 2024).
I've copied it out of the Word version so apologies for the formatting.

----------------------------------------------------------------------
CIW Performance Evaluation Inspection - Children's Services Action Plan
----------------------------------------------------------------------

Recommendation 1: Voice of the child
The local authority must ensure children's views are consistently recorded and inform their care and support plans.

  1.1  Add a mandatory 'what matters' section to the assessment and care and support plan templates on WCCIS.
       Lead: Service Manager - Safeguarding
       By: July 2024
       RAG: Green

  1.2  Commission an independent audit of the advocacy 'active offer' and act on its findings.
       Lead: HP/ GW
       By: 30/09/2024
       RAG: Amber (was Green)

Recommendation 2: Timeliness of assessments
Assessments must be completed within statutory timescales and be reviewed by a manager.

  2.1  Introduce a weekly performance clinic for team managers on assessments approaching 42 days.
       Lead: Head of Children's Services
       By: Ongoing
       RAG: Green

  2.2  Recruit to the three vacant social worker posts in the Information, Advice and Assistance team.
       Lead: Principal Officer Workforce; HR Business Partner
       By: End of August 2024
       RAG: Red

  2.3  Report monthly timeliness data to the Cabinet Member and the Scrutiny Committee.
       Lead: Performance and Information Manager
       By: Monthly
       RAG: Complete

Recommendation 3: Placement sufficiency
The local authority should develop its in-house fostering and residential provision in line with the Welsh Government commitment to eliminate profit from the care of children looked after.

  3.1  Launch a Foster Wales Glanrafon recruitment campaign with a target of 12 new carer households.
       Lead: Fostering Team Manager
       By: Q3 2024/25
       RAG: Amber

  3.2  Open the second in-house residential home at Tŷ Derwen.
       Lead: Catrin Lloyd and Owain Jenkins
       By: March 2025
       RAG: Amber (was Red)

  3.3  Complete the placement sufficiency assessment and market position statement.
       Lead: Head of Commissioning
       By: April 2024
       RAG: Complete

Let me know if anything needs changing before I send it to Huw for the SMT papers.

Diolch,
Rhian

Rhian Pritchard
Improvement and Performance Officer | Swyddog Gwella a Pherfformiad
Cyngor Sir Glanrafon / Glanrafon County Council

This email and any attachments are confidential. If you have received it in error please notify the sender.
Mae'r e-bost hwn ac unrhyw atodiadau yn gyfrinachol.
"""


def email():
    with open(P("b1-ciw-plan-pasted-email.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(EMAIL)


# ---------------------------------------------------------------- 7 CQC ASC plan with a mistyped month (refuse)
def cqc():
    wb = Workbook()
    cov = wb.active; cov.title = "Cover"
    cov["A1"] = "Ashvale Council – Adult Social Care CQC Assessment Action Plan"; cov["A1"].font = Font(bold=True, size=14)
    for i, (a, b) in enumerate([("Version", "1.4"), ("Owner", "Director of Adult Social Care"),
                                ("Approved by", "Adults Leadership Team, 2 June 2025"), ("Next review", "September 2025")], 3):
        cov.cell(i, 1, a).font = Font(bold=True); cov.cell(i, 2, b)
    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "Ashvale Council – Adult Social Care CQC Assessment Action Plan"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Following the CQC assessment report published 14 March 2025 (overall rating: Requires Improvement)"
    hdr = ["Quality statement", "No.", "What we will do", "Lead", "Due by", "Status"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h); c.font = Font(bold=True, color="FFFFFF"); c.fill = FILL["H"]
    D = lambda y, m, d: dt.datetime(y, m, d)
    body = [
        ("Theme 1: Working with people",),
        ("Assessing needs", "1.1", "Clear the backlog of Care Act assessments waiting more than 28 days.",
         "Head of Adult Social Care Operations", D(2025, 6, 1), "Green"),
        ("Assessing needs", "1.2", "Introduce a strengths-based assessment template and practice guidance.",
         "Principal Social Worker (Adults)", "Sept 2025", "Amber"),
        ("Supporting people to live healthier lives", "1.3", "Expand the reablement service to seven days a week.",
         "Reablement Service Manager", D(2025, 12, 1), "Not started"),
        ("Theme 2: Providing support",),
        ("Care provision, integration and continuity", "2.1", "Publish a refreshed market position statement for home care and nursing care.",
         "Head of Commissioning", D(2026, 3, 1), "Amber"),
        ("Partnerships and communities", "2.2", "Hold quarterly provider forums with the care market.",
         "Commissioning Manager", "Ongoing", "Green"),
        ("Theme 3: How the local authority ensures safety within the system",),
        ("Safe pathways, systems and transitions", "3.1", "Agree a joint transitions protocol with children's services for young people turning 18.",
         "Head of Adult Social Care Operations / Head of Disabled Children's Service", "Novmber 2025", "Red"),
        ("Safeguarding", "3.2", "Reduce the number of safeguarding concerns awaiting triage to under 20.",
         "Safeguarding Adults Manager", "31/10/2025", "Green"),
        ("Theme 4: Leadership",),
        ("Governance, management and sustainability", "4.1", "Establish an Adult Social Care Improvement Board chaired by the Chief Executive.",
         "Director of Adult Social Care", "Q4 2025/26", "Complete"),
        ("Learning, improvement and innovation", "4.2", "Launch a quarterly practice audit programme with learning reported to the Improvement Board.",
         "Principal Social Worker (Adults)", D(2026, 1, 1), "Amber"),
    ]
    r = 5
    for row in body:
        if len(row) == 1:
            c = ws.cell(r, 1, row[0]); c.font = Font(bold=True); c.fill = FILL["T"]
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        else:
            for i, v in enumerate(row, 1):
                c = ws.cell(r, i, v); c.alignment = WRAP; c.border = BOX
                if i == 5 and isinstance(v, dt.datetime): c.number_format = "mmm-yy"
        r += 1
    for col, w in zip("ABCDEF", [30, 6, 55, 34, 14, 12]):
        ws.column_dimensions[col].width = w
    wb.save(P("b1-cqc-asc-plan-typo-month.xlsx"))


if __name__ == "__main__":
    send_wsoa(); highlight(); audit(); ilacs(); sab_csv(); email(); cqc()
    print("done")
