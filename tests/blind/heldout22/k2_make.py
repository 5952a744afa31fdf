"""Generator for the k2- blind test files (heldout22)."""
import csv, datetime as dt, os
from docx import Document
from docx.shared import Pt
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment

OUT = os.path.dirname(os.path.abspath(__file__))
FILLS = {"red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "0070C0"}


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for r in p.runs:
                r.bold = True


def add_row(t, vals):
    r = t.add_row()
    for i, v in enumerate(vals):
        r.cells[i].text = v
    return r


def merged_row(t, text, fill="D9E2F3"):
    r = t.add_row()
    c = r.cells[0].merge(r.cells[-1])
    c.text = text
    for run in c.paragraphs[0].runs:
        run.bold = True
    shade(c, fill)
    return r


# ---------------------------------------------------------------- 1 YJS (Reading style)
def yjs():
    d = Document()
    d.add_heading("Reading Youth Justice Service – HMIP Inspection Improvement Plan 2024-25", 0)
    d.add_paragraph("Inspection fieldwork: 9–13 September 2024. Report published: 3 December 2024. "
                    "Plan endorsed by the Youth Justice Management Board and submitted to HMIP.")
    d.add_heading("Document control", 2)
    t = d.add_table(rows=1, cols=4); t.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Changes"]):
        t.rows[0].cells[i].text = h
    bold_row(t.rows[0])
    add_row(t, ["0.1", "12/12/2024", "YJS Manager", "First draft for Board"])
    add_row(t, ["1.0", "19/12/2024", "YJS Manager", "Endorsed by Management Board"])
    add_row(t, ["1.1", "14/03/2025", "QA Lead", "Progress update"])

    def plan_table():
        t = d.add_table(rows=1, cols=5); t.style = "Table Grid"
        for i, h in enumerate(["Ref", "Action", "Lead", "Target date", "RAG"]):
            t.rows[0].cells[i].text = h
        bold_row(t.rows[0])
        return t

    d.add_heading("Domain 1: Organisational delivery", 1)
    t = plan_table()
    merged_row(t, "Recommendation 1 – Ensure that the YJS is sufficiently resourced and structured to deliver high-quality interventions for children and the victims of crime")
    add_row(t, ["1.1", "Complete a staffing and caseload review and present a revised structure to the Management Board.", "YJS Manager", "31/01/2025", "Complete"])
    add_row(t, ["1.2", "Recruit to the two vacant case manager posts and the victim worker post.", "YJS Manager / HR Business Partner", "March 2025", "Green"])
    merged_row(t, "Recommendation 2 – Assure itself that the disproportionality action plan is being used effectively across the partnership")
    add_row(t, ["2.1", "Refresh the disproportionality action plan with partner leads and agree quarterly reporting to the Board.", "Board Chair", "Q4 2024/25", "Amber"])
    add_row(t, ["2.2", "Add ethnicity and care status breakdowns to the Board performance dashboard.", "Performance & Information Officer", "End of April 2025", "Green"])

    d.add_heading("Domain 2: Court disposals", 1)
    t = plan_table()
    merged_row(t, "Recommendation 3 – Ensure that assessing activity always considers how best to achieve safety for the child and the community")
    add_row(t, ["3.1", "Deliver refresher training on the AssetPlus safety and wellbeing and risk of harm sections to all case managers.", "Practice Development Lead", "Feb-25", "Complete"])
    add_row(t, ["3.2", "Introduce management countersignature of all assessments rated medium or above.", "Team Manager (Court and Intervention)", "Ongoing", "Green"])
    merged_row(t, "Recommendation 4 – Ensure that commensurate focus is given to the needs of victims")
    add_row(t, ["4.1", "Review the victim contact procedure so that victims are contacted within 10 working days of the outcome.", "Victim Worker; Team Manager (Out of Court)", "Q1 2025/26", "Red"])

    d.add_heading("Domain 3: Out-of-court disposals", 1)
    t = plan_table()
    merged_row(t, "Recommendation 5 – Ensure that planning activity is comprehensive and aligned with other services, including contingency arrangements")
    add_row(t, ["5.1", "Revise the out-of-court decision-making panel terms of reference to include health, education and police representatives.", "Team Manager (Out of Court)", "June 2025", "Amber"])
    add_row(t, ["5.2", "Audit 20 out-of-court plans for contingency planning and report the findings to the Board.", "QA Lead", "Sept 2025", ""])

    d.add_paragraph("RAG key: Complete – action delivered; Green – on track; Amber – at risk of slippage; Red – off track. "
                    "Blank – not yet started.")
    d.add_paragraph("Signed: Chair, Reading Youth Justice Management Board")
    d.save(os.path.join(OUT, "k2-reading-yjs-hmip-improvement-plan.docx"))


# ---------------------------------------------------------------- 2 YOS SQS (Rotherham style)
def yos():
    d = Document()
    p = d.add_paragraph(); r = p.add_run("Youth Offending Services - Improvement Action Plan"); r.bold = True; r.font.size = Pt(16)
    d.add_paragraph("In response to the Short Quality Screening (SQS) of youth offending work 12th-14th November 2012 by HM Inspectorate of Probation")
    hdr = ["Ref No", "Area requiring improvement (Recommendations)", "Action required", "Planned completion date",
           "Lead officer / agency", "RAG", "Progress against agreed action and impact monitoring"]
    t = d.add_table(rows=1, cols=7); t.style = "Table Grid"
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = h
    bold_row(t.rows[0])

    groups = [
        ("Timeliness of initial assessments (ASSET). Completion required within 20 working days for Referral Orders, 15 days for all other Court Orders.", [
            ("1a", "Raise completion of ASSET within timescale from 78% (inspection finding) to 98%.", "March 2013", "Operations Manager (SF)", "green", "Update (July 2013): 45 of 53 assessments completed on time (84.9%)."),
            ("1b", "Weekly information system report to managers detailing ASSET due dates, case manager responsible and days to completion.", "January 2013", "YOS Information Officer", "blue", "Report in place and circulated every Monday."),
            ("1c", "Address under-performance in supervision and record the actions taken (target setting, training, coaching).", "Original: March 2013\nRevised: September 2013", "Operations Managers", "amber", "Supervision template amended; dip sample due."),
        ]),
        ("Quality of risk of harm assessments and risk management plans.", [
            ("2a", "Deliver risk of harm training to all case managers with the Youth Justice Board trainer.", "w/c 11/02/13", "Training Co-ordinator", "blue", "Training delivered to 22 staff."),
            ("2b", "Establish a monthly Risk Management Panel chaired by the YOS Service Manager.", "April 2013", "YOS Service Manager", "green", "Terms of reference agreed; first panel held 18 April."),
            ("2c", "Quality assure 10% of risk management plans each quarter through the CYPS Performance & Quality team.", "Quarterly", "CYPS P&Q Manager", "green", "Quarter 1 sample completed."),
        ]),
        ("Engagement of children and young people in assessment and planning.", [
            ("3a", "Introduce a young person's self-assessment to be completed at the start of each order.", "June 2013", "Operations Manager (CD)", "red", "Form not yet agreed by case managers."),
            ("3b", "Pilot a young people's feedback survey at the end of each order and report the results to the YOS Management Board.", "Sept 2013 – March 2014", "Operations Manager (CD) / Participation Worker", None, "Not yet started."),
        ]),
    ]
    for area, rows in groups:
        first = None
        for ref, act, date, lead, rag, prog in rows:
            r = add_row(t, [ref, area if first is None else "", act, date, lead, "", prog])
            if rag:
                shade(r.cells[5], FILLS[rag])
            if first is None:
                first = r
            last = r
        a = first.cells[1].merge(last.cells[1])
        a.text = area
    d.add_paragraph("")
    d.add_paragraph("RAG: Blue – completed; Green – on track; Amber – some slippage, action in hand; "
                    "Red – off track, escalate to YOS Management Board.")
    d.save(os.path.join(OUT, "k2-rotherham-yos-sqs-action-plan.docx"))


# ---------------------------------------------------------------- 3 ASC CQC (B&NES style)
def asc():
    d = Document()
    d.add_heading("Adult Social Care Improvement Plan 2025–2027", 0)
    d.add_paragraph("Following the Care Quality Commission (CQC) Local Authority Assessment, the CQC published its report on "
                    "30 January 2025 and rated the Council as Requires Improvement. This plan sets out the priorities and "
                    "actions agreed by the ASC Leadership Team.")
    d.add_heading("Glossary", 2)
    t = d.add_table(rows=1, cols=2); t.style = "Table Grid"
    t.rows[0].cells[0].text = "Term"; t.rows[0].cells[1].text = "Meaning"; bold_row(t.rows[0])
    for a, b in [("ASC", "Adult Social Care"), ("CQC", "Care Quality Commission"), ("MCA", "Mental Capacity Act"),
                 ("DoLS", "Deprivation of Liberty Safeguards"), ("PSW", "Principal Social Worker")]:
        add_row(t, [a, b])
    hdr = ["No.", "What we will do", "How we will know", "Responsible officer", "By when", "Progress"]

    def table(rows):
        t = d.add_table(rows=1, cols=6); t.style = "Table Grid"
        for i, h in enumerate(hdr):
            t.rows[0].cells[i].text = h
        bold_row(t.rows[0])
        for r in rows:
            add_row(t, list(r))

    d.add_heading("Priority 1: Reducing waiting times for Care Act assessments", 1)
    table([
        ("P1.1", "Introduce a daily triage of new referrals at the front door using a trusted assessor model.", "Fewer than 150 people waiting", "Head of Operations", "Sept 2025", "Completed"),
        ("P1.2", "Commission additional assessment capacity from an external provider for six months to clear the backlog of overdue reviews.", "All overdue reviews allocated", "Sam Okafor and Jo Patel", "Dec-25", "On track"),
        ("P1.3", "Publish expected waiting times on the council website and update them each month.", "Page live and current", "Head of Customer Services", "Monthly", "On track"),
    ])
    d.add_heading("Priority 2: Support for unpaid carers", 1)
    table([
        ("P2.1", "Co-produce a refreshed All-Age Carers Strategy with carers and the Carers' Centre.", "Strategy adopted by Cabinet", "Commissioning Manager (Carers and Prevention)", "By 31 March 2026", "Amber"),
        ("P2.2", "Offer every carer identified at assessment a separate carer's assessment and record the offer on the case management system.", "90% of carers offered an assessment", "Principal Social Worker", "Q3 2025/26", "Not started"),
    ])
    d.add_heading("Priority 3: Safeguarding and Mental Capacity Act practice", 1)
    table([
        ("P3.1", "Deliver updated MCA and DoLS training to all qualified staff.", "95% of staff trained", "Head of Safeguarding and Quality Assurance", "June 2025", "Completed"),
        ("P3.2", "Introduce a monthly multi-agency safeguarding audit with health and police partners.", "Audit findings reported to the Board", "Safeguarding Adults Board Business Manager / Head of Safeguarding and Quality Assurance", "Ongoing", "On track"),
        ("P3.3", "Review the safeguarding threshold guidance with the Safeguarding Adults Board.", "Revised guidance published", "Patel, Jo", "Jan 2026", "Red"),
    ])
    d.add_paragraph("Progress key: Completed; On track; Amber – some delay, recovery plan in place; Red – significant delay; Not started.")
    d.save(os.path.join(OUT, "k2-bathnes-asc-cqc-improvement-plan.docx"))


# ---------------------------------------------------------------- 4 Housing xlsx (North Yorkshire style)
def housing():
    wb = Workbook()
    s = wb.active; s.title = "Summary"
    s["A1"] = "Housing Improvement Plan – Summary"; s["A1"].font = Font(bold=True, size=14)
    s.append([])
    s.append(["Workstream", "Actions", "Complete", "Green", "Amber", "Red", "Not started"])
    for r in [["1 Health and Safety Compliance", 3, 1, 2, 0, 0, 0],
              ["2 Repairs, including damp and mould", 3, 1, 0, 1, 0, 1],
              ["3 Learning from complaints", 2, 1, 0, 1, 0, 0],
              ["4 Oversight and workforce", 2, 0, 1, 0, 1, 0]]:
        s.append(r)
    s.append(["Total", 10, 3, 3, 2, 1, 1])

    p = wb.create_sheet("Improvement Plan")
    p["A1"] = "North Yorkshire Council – Housing Improvement Plan (response to RSH Regulatory Judgement C3)"
    p["A1"].font = Font(bold=True, size=14)
    p["A2"] = "Position at: 31 August 2025"
    hdr = ["Ref", "Action", "Lead Officer", "Start", "End", "Previous RAG", "Current RAG", "Comments"]
    for i, h in enumerate(hdr, 1):
        c = p.cell(row=4, column=i, value=h); c.font = Font(bold=True)
    D = lambda y, m, d: dt.datetime(y, m, d)
    rows = [
        ("S", "Workstream 1 – Health and Safety Compliance"),
        ("HS01", "Validate fire risk assessment data for every block and upload it to the asset management system.", "Asset Manager", D(2025, 4, 1), D(2025, 9, 30), "Amber", "Green", "78% of blocks validated."),
        ("HS02", "Clear all overdue high-risk fire safety remedial actions.", "Building Safety Manager", D(2025, 4, 1), D(2025, 7, 31), "Red", "Complete", "All 41 high-risk actions closed and verified."),
        ("HS03", "Introduce monthly compliance reporting on the big six (gas, electrical, fire, water, asbestos, lifts) to the Executive Member.", "Head of Housing Assets; Compliance Lead", D(2025, 5, 1), "Monthly", "Green", "Green", "Reports issued June, July, August."),
        ("S", "Workstream 2 – Repairs, including damp and mould"),
        ("RP01", "Adopt a damp and mould policy setting response times for inspection and remedy.", "Head of Housing Management", D(2025, 3, 1), D(2025, 5, 31), "Green", "Complete", "Adopted by Executive 20 May 2025."),
        ("RP02", "Complete a proactive damp and mould survey of all homes with a previous report.", "Repairs Manager", D(2025, 6, 1), D(2026, 3, 31), "Amber", "Amber", "Survey contractor mobilised late."),
        ("RP03", "Re-procure the responsive repairs contract for the Selby area.", "Procurement Lead / Repairs Manager", D(2025, 9, 1), D(2026, 6, 30), None, None, "Not started – procurement timetable agreed."),
        ("S", "Workstream 3 – Learning from complaints"),
        ("CO01", "Bring stage 1 and stage 2 complaint response times into line with the Housing Ombudsman Complaint Handling Code.", "Customer Resolution Manager", D(2025, 4, 1), D(2025, 10, 31), "Red", "Amber", "Stage 1 now 82% in time."),
        ("CO02", "Publish the annual complaints self-assessment and performance report.", "Customer Resolution Manager", D(2025, 5, 1), D(2025, 6, 30), "Green", "Complete", "Published 27 June 2025."),
        ("S", "Workstream 4 – Oversight and workforce"),
        ("OW01", "Establish a Housing Advisory Panel of tenants and members to oversee delivery of the plan.", "Corporate Director Community Development", D(2025, 4, 1), D(2025, 9, 30), "Amber", "Red", "Recruitment of tenant members below target."),
        ("OW02", "Deliver consumer standards training to all housing staff and members of the Executive.", "Housing Standards and Improvement Manager", D(2025, 6, 1), D(2025, 12, 31), "Green", "Green", "Three sessions held."),
    ]
    ragfill = {"Red": "FF0000", "Amber": "FFC000", "Green": "00B050", "Complete": "0070C0"}
    r = 5
    for row in rows:
        if row[0] == "S":
            p.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            p.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            p.cell(row=r, column=1).fill = PatternFill("solid", fgColor="D9E1F2")
        else:
            for i, v in enumerate(row, 1):
                c = p.cell(row=r, column=i, value=v)
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
                if i in (6, 7) and v in ragfill:
                    c.fill = PatternFill("solid", fgColor=ragfill[v])
                c.alignment = Alignment(wrap_text=True, vertical="top")
        r += 1
    r += 1
    p.cell(row=r, column=1, value="Key: Complete = action delivered and evidence verified; Green = on track; Amber = at risk; Red = off track / overdue; blank = not started")
    p.column_dimensions["B"].width = 60
    wb.save(os.path.join(OUT, "k2-northyorks-housing-improvement-plan.xlsx"))


# ---------------------------------------------------------------- 5 Welsh regulatory tracker xlsx
def wales():
    wb = Workbook(); s = wb.active; s.title = "Tracker"
    s["A1"] = "Regulatory Recommendations Tracker – Audit Wales and Care Inspectorate Wales"; s["A1"].font = Font(bold=True, size=13)
    s["A2"] = "Governance and Audit Committee – September 2025"
    s["A3"] = "Status key: B = implemented / closed; G = on target; A = risk to target date; R = target date missed"
    hdr = ["Report", "Rec No.", "Recommendation", "Agreed action", "Responsible officer", "Target date", "Revised target date", "Status"]
    for i, h in enumerate(hdr, 1):
        s.cell(row=5, column=i, value=h).font = Font(bold=True)
    D = lambda y, m, d: dt.datetime(y, m, d)
    am = "Audit Wales – Springing Forward: Strategic Asset Management (2023)"
    ciw = "CIW – Performance Evaluation Inspection of Adult Services (2024)"
    hom = "Audit Wales – Homelessness Services Review (2024)"
    rows = [
        (am, "R1", "The Council should set out how its asset management plan supports its wellbeing objectives.", "Revise the Corporate Asset Management Plan to map each asset priority against the wellbeing objectives.", "Head of Property Services", D(2024, 12, 31), D(2025, 6, 30), "A"),
        (am, "R2", "The Council should strengthen how it monitors the use of its office buildings.", "Install occupancy sensors in County Hall and report utilisation quarterly to the Asset Board.", "Jones, Rhian", "Mar-25", None, "B"),
        (ciw, "AFI 1", "Carers' needs assessments are not consistently offered or recorded.", "Introduce a mandatory carer's assessment offer field in WCCIS and audit compliance monthly.", "Service Manager (Localities)", D(2025, 3, 31), None, "G"),
        (ciw, "AFI 2", "Waiting times for occupational therapy assessment are too long.", "Recruit two additional occupational therapists and commission a trusted assessor pilot.", "Head of Adult Services / Workforce Lead", "Q2 2025/26", None, "R"),
        (ciw, "AFI 3", "The voice of the person is not always recorded in care and support plans.", "Revise the care and support plan template to include a 'what matters to me' section.", "Principal Social Worker", D(2025, 1, 31), None, "B"),
        (hom, "R1", "The Council should develop a plan to reduce its reliance on bed and breakfast accommodation.", "Agree a temporary accommodation plan with a target to end the use of B&B for families.", "Evans, Gareth and Price, Lowri", D(2025, 9, 30), D(2026, 3, 31), "A"),
        (hom, "R2", "The Council should improve the accuracy of its homelessness data returns.", "Reconcile the case management system with the Welsh Government quarterly return before submission.", "Housing Solutions Manager", "Ongoing", None, "G"),
    ]
    fills = {"R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0"}
    r = 6
    for row in rows:
        for i, v in enumerate(row, 1):
            c = s.cell(row=r, column=i, value=v)
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            c.alignment = Alignment(wrap_text=True, vertical="top")
        s.cell(row=r, column=8).fill = PatternFill("solid", fgColor=fills[row[7]])
        r += 1
    r += 1
    s.cell(row=r, column=1, value="Total recommendations: 7")
    s.cell(row=r, column=2, value="Implemented: 2")
    s.cell(row=r, column=3, value="Open: 5")
    for col in "ACD":
        s.column_dimensions[col].width = 45
    wb.save(os.path.join(OUT, "k2-audit-wales-ciw-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------- 6 CPC csv (Harrow / LGA style)
def cpc():
    rows = [
        ["LGA Corporate Peer Challenge 2023 – Council Action Plan"],
        ["Agreed by Cabinet October 2023; progress as at March 2024"],
        [],
        ["Recommendation", "Action", "Lead", "Timescale", "Progress update", "RAG"],
        ["R1 Develop a clear, shared narrative for the council's priorities that staff, partners and residents recognise",
         "Refresh the Corporate Plan with members and publish a 'plan on a page'.", "Chief Executive", "December 2023", "Plan agreed at Council on 14 December.", "Complete"],
        ["", "Run staff roadshows on the refreshed Corporate Plan.", "Director of HR and OD", "Feb-24", "", "Green"],
        ["R2 Strengthen the medium term financial strategy and the delivery of agreed savings",
         "Set a balanced budget for 2024/25 supported by a savings delivery tracker.", "Director of Finance / Head of Strategic Procurement", "February 2024", "Budget set 22 February.", "Green"],
        ["", "Review earmarked reserves and report the outcome to Cabinet.", "Director of Finance", "Ongoing", "", "Amber"],
        ["R3 Invest in member development, including scrutiny and committee chairing",
         "Agree a member development programme with the cross-party working group.", "Head of Democratic Services", "April 2024", "", "Amber"],
        ["", "Design a new member induction programme ahead of the May 2026 elections.", "Head of Democratic Services", "May 2026", "", "Not started"],
        ["R4 Improve the council's approach to performance management",
         "Introduce a quarterly performance and risk report to Cabinet.", "Head of Strategy & Performance", "Q4 2023/24", "First report delayed to June.", "Red"],
        ["", "Develop service plans for all directorates linked to the Corporate Plan.", "Directors", "31/03/2024", "", "Green"],
    ]
    with open(os.path.join(OUT, "k2-harrow-cpc-action-plan.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------- 7 Internal audit csv (refuse)
def audit():
    rows = [
        ["Internal Audit – Follow-up of Agreed Actions: Adults and Health Directorate"],
        ["Report to Audit Committee, 24 July 2025"],
        [],
        ["Audit Ref", "Audit Title", "Assurance", "Priority", "Agreed Management Action", "Responsible Officer", "Agreed Implementation Date", "Follow-up Status"],
        ["IA24/07", "Direct Payments", "Limited", "High", "Introduce annual reviews of direct payment accounts with recovery of surplus balances over 12 weeks.", "Head of Commissioning", "Sep-24", "Implemented"],
        ["IA24/07", "Direct Payments", "Limited", "Medium", "Update the direct payments agreement to reflect current policy.", "Direct Payments Team Manager", "Dec-24", "Implemented"],
        ["IA24/11", "Deprivation of Liberty Safeguards", "Reasonable", "High", "Prioritise the DoLS waiting list using the ADASS screening tool and report monthly.", "DoLS Lead", "Mar-25", "Partially implemented"],
        ["IA24/11", "Deprivation of Liberty Safeguards", "Reasonable", "Medium", "Reconcile DoLS authorisations with care home notifications quarterly.", "DoLS Lead", "Jun-52", "Not implemented"],
        ["IA24/15", "Client Financial Affairs", "Limited", "High", "Ensure two officers verify all appointee account transactions over £250.", "Client Finance Manager", "Jan-25", "Implemented"],
        ["IA24/15", "Client Financial Affairs", "Limited", "Medium", "Complete an annual reconciliation of client property held in safes.", "Client Finance Manager", "Apr-25", "Not implemented"],
    ]
    with open(os.path.join(OUT, "k2-internal-audit-adults-followup.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


if __name__ == "__main__":
    yjs(); yos(); asc(); housing(); wales(); cpc(); audit()
    print("done")
