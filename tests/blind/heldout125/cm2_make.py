"""Generator for the cm2- cases (plans outside children's services)."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.dirname(os.path.abspath(__file__))
def P(name): return os.path.join(OUT, name)

FILL = {k: PatternFill("solid", fgColor=v) for k, v in {
    "red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "0070C0",
    "head": "1F4E79", "band": "D9E1F2", "grey": "EDEDED"}.items()}
thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")

def hdr(ws, row, names):
    for i, n in enumerate(names, 1):
        c = ws.cell(row=row, column=i, value=n)
        c.font = Font(bold=True, color="FFFFFF"); c.fill = FILL["head"]; c.alignment = WRAP; c.border = BOX

def band(ws, row, text, ncol):
    ws.cell(row=row, column=1, value=text).font = Font(bold=True)
    for i in range(1, ncol + 1):
        ws.cell(row=row, column=i).fill = FILL["band"]
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncol)

def put(ws, row, vals, fmt=None):
    for i, v in enumerate(vals, 1):
        c = ws.cell(row=row, column=i, value=v); c.alignment = WRAP; c.border = BOX
        if isinstance(v, (dt.date, dt.datetime)) and fmt:
            c.number_format = fmt

# ---------------------------------------------------------------- 1 LiveWest
def livewest():
    wb = Workbook(); ws = wb.active; ws.title = "CHC Action Plan"
    ws["A1"] = "LiveWest – Housing Ombudsman Complaint Handling Code: Self-Assessment Action Plan 2024/25"
    ws["A1"].font = Font(bold=True, size=14); ws.merge_cells("A1:G1")
    ws["A2"] = "Plan owner: Director of Customer Experience. Progress reported quarterly to the Customer Committee. Last updated 14 October 2024."
    ws.merge_cells("A2:G2")
    hdr(ws, 4, ["Ref", "Code provision", "Action", "Lead", "Target date", "RAG", "Progress update"])
    r = 5
    band(ws, r, "Section 1 – Definition of a complaint", 7); r += 1
    put(ws, r, ["1.1", "Expressions of dissatisfaction made through social media must be recognised and handled as complaints.",
                "Update the social media triage procedure so that any expression of dissatisfaction is logged as a complaint on Dynamics within one working day.",
                "Head of Customer Resolution", dt.date(2024, 6, 30), "Complete",
                "Procedure rewritten and social media team trained in June. Spot check of 40 posts in July found all complaints logged."], "mmm-yy"); r += 1
    put(ws, r, ["1.2", "A service request must not be treated as a complaint unless the resident is dissatisfied with the response.",
                "Introduce a 'service request' category in the repairs contact centre script and report monthly on requests that escalate to complaints.",
                "JP / KM", dt.date(2024, 9, 30), "On track",
                "Script changes live from 2 September. First monthly report due to Customer Experience Leadership Team in October."], "mmm-yy"); r += 1
    band(ws, r, "Section 3 – Accessibility and awareness", 7); r += 1
    put(ws, r, ["3.1", "Landlords must publicise the complaints policy and the Ombudsman's contact details in their tenancy literature.",
                "Refresh the complaints page on the website and add the Ombudsman's details to the tenancy handbook and annual report to residents.",
                "Communications Manager", dt.date(2024, 7, 31), None,
                "Website page refreshed. Tenancy handbook reprint scheduled with the new edition."], "mmm-yy")
    ws.cell(row=r, column=6).fill = FILL["green"]; r += 1
    put(ws, r, ["3.2", "Reasonable adjustments must be recorded and reviewed.",
                "Record reasonable adjustments on the customer record and review them at every complaint contact.",
                "Customer Insight Lead", "Ongoing", "Amber",
                "Field added to Dynamics; completion rate is 61% and needs to improve before the next self-assessment."]); r += 1
    r += 1  # blank row
    band(ws, r, "Section 5 – The complaint handling process", 7); r += 1
    put(ws, r, ["5.1", "Complaints must be acknowledged within five working days and responded to at stage 1 within ten working days.",
                "Rebuild the stage 1 workflow with automated reminders at day 3 and day 8 and escalation to the team leader at day 9.",
                "Sarah Trewin and Mark Polglase", dt.date(2024, 12, 31), "Amber",
                "Workflow built and in testing. Go-live moved from November to December because of the Dynamics upgrade."], "mmm-yy"); r += 1
    put(ws, r, ["5.2", "Where an extension is needed the resident must be told and given the Ombudsman's details.",
                "Create a standard extension letter and add an extension reason field to the case record.",
                "Head of Customer Resolution", "Q4 2024/25", "Not started",
                "Scheduled to follow the workflow rebuild at 5.1."]); r += 1
    put(ws, r, ["5.3", "Landlords must keep a full record of each complaint and its outcome.",
                "Audit a sample of 25 closed complaints each quarter for completeness of the record.",
                "Customer Resolution Manager", dt.date(2025, 1, 31), "Green",
                "Q1 and Q2 samples completed; actions from the Q2 audit shared at team briefing."], "mmm-yy"); r += 1
    band(ws, r, "Section 8 – Self-assessment, reporting and compliance", 7); r += 1
    put(ws, r, ["8.1", "The governing body must appoint a Member Responsible for Complaints.",
                "Appoint an MRC from the Board and agree the role description and reporting cycle.",
                "Company Secretary", dt.date(2024, 10, 31), "Complete",
                "MRC appointed at the September Board; role description approved."], "mmm-yy"); r += 1
    r += 1
    ws.cell(row=r, column=1, value="Key").font = Font(bold=True); r += 1
    for word, colour in [("Complete", "blue"), ("Green – on track", "green"), ("Amber – at risk", "amber"), ("Red – off track", "red")]:
        c = ws.cell(row=r, column=1, value=word); c.fill = FILL[colour]; r += 1
    for col, w in zip("ABCDEFG", [7, 45, 55, 26, 12, 12, 55]):
        ws.column_dimensions[col].width = w
    wb.save(P("cm2-livewest-housing-ombudsman-complaint-handling-code-action-plan.xlsx"))

# ---------------------------------------------------------------- 2 Stockport Homes (refuse)
def stockport():
    wb = Workbook(); ws = wb.active; ws.title = "Improvement Plan"
    ws["A1"] = "Stockport Homes Group – Regulatory Improvement Plan: Consumer Standards Inspection (C2)"
    ws["A1"].font = Font(bold=True, size=14); ws.merge_cells("A1:H1")
    ws["A2"] = "Version 0.4 – updated for Board, 22 January 2025"; ws.merge_cells("A2:H2")
    hdr(ws, 4, ["No.", "Standard", "Improvement action", "Accountable lead", "Original target", "Revised target", "Status", "Update"])
    r = 5
    band(ws, r, "Safety and Quality Standard", 8); r += 1
    rows1 = [
        ["SQ1", "Safety and Quality", "Complete a stock condition survey of 100% of homes on a five-year rolling programme, prioritising homes not surveyed since 2019.",
         "Director of Property Services", "March 2025", "", "On track", "6,412 surveys completed (52%). Survey contractor on target for the 2024/25 tranche."],
        ["SQ2", "Safety and Quality", "Clear the backlog of 214 overdue fire risk assessment actions in high-rise and sheltered blocks.",
         "Head of Building Safety", "December 2024", "February 2025", "Amber", "131 actions closed. Remaining actions need fire door replacements; door supplier lead times have pushed completion back."],
        ["SQ3", "Safety and Quality", "Introduce a damp and mould case management process with a 10-day inspection standard and follow-up visit at six weeks.",
         "Repairs Manager", "September 2024", "", "Complete", "Process live since August; 94% of inspections within 10 days in Q3."],
        ["SQ4", "Safety and Quality", "Report compliance with the big six safety areas to every Board meeting with exception commentary.",
         "Compliance Manager", "Ongoing", "", "Green", "Dashboard presented to November Board; format agreed."],
    ]
    for row in rows1:
        put(ws, r, row); r += 1
    band(ws, r, "Transparency, Influence and Accountability Standard", 8); r += 1
    rows2 = [
        ["TIA1", "Transparency, Influence and Accountability", "Publish Tenant Satisfaction Measures with a plain-English commentary and the actions we are taking in response.",
         "Head of Customer Insight", "November 2024", "Febuary 2025", "Amber", "Commentary drafted; waiting for the involved tenants' panel to review it."],
        ["TIA2", "Transparency, Influence and Accountability", "Set up a tenant scrutiny group with a forward plan agreed with residents.",
         "Customer Involvement Manager", "January 2025", "", "Green", "Eight residents recruited; first meeting held 9 January."],
    ]
    for row in rows2:
        put(ws, r, row); r += 1
    band(ws, r, "Neighbourhood and Community Standard", 8); r += 1
    rows3 = [
        ["NC1", "Neighbourhood and Community", "Review the anti-social behaviour policy with partners and publish it with the service standards.",
         "Neighbourhood Services Manager", "April 2025", "", "Not started", "Review to start after the Safer Stockport Partnership workshop in February."],
        ["NC2", "Neighbourhood and Community", "Carry out estate inspections with residents on every estate at least twice a year.",
         "AB / CD", "March 2025", "", "On track", "Autumn inspections completed on 27 of 30 estates."],
    ]
    for row in rows3:
        put(ws, r, row); r += 1
    for col, w in zip("ABCDEFGH", [6, 22, 55, 26, 14, 14, 12, 55]):
        ws.column_dimensions[col].width = w
    wb.save(P("cm2-stockport-homes-rsh-consumer-inspection-improvement-plan-typo-month-refuse.xlsx"))

# ---------------------------------------------------------------- 3 CPCA
def cpca():
    wb = Workbook(); cov = wb.active; cov.title = "Cover"
    cov["A1"] = "Cambridgeshire and Peterborough Combined Authority – Improvement Plan 2023/24"; cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Improvement Plan – response to the External Auditor's statutory recommendations and Best Value Notice"
    cov["A4"] = "Document control"; cov["A4"].font = Font(bold=True)
    for i, row in enumerate([["Version", "Date", "Author", "Change"],
                             ["1.0", "15/03/2023", "Head of Governance", "Approved by Combined Authority Board"],
                             ["1.3", "28/09/2023", "Programme Manager", "Q2 progress update"]], 5):
        for j, v in enumerate(row, 1):
            cov.cell(row=i, column=j, value=v).border = BOX
    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = "Improvement Plan 2023/24 – Progress at 30 September 2023"; ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:H1")
    hdr(ws, 3, ["Ref", "Recommendation", "Action", "Lead Officer", "Due Date", "Previous RAG", "Current RAG", "Commentary"])
    r = 4
    band(ws, r, "Theme 1: Governance and Culture", 8); r += 1
    rec1 = "R1: The Authority should review its governance arrangements to ensure that decision-making is transparent and that the roles of members and officers are clearly understood."
    put(ws, r, ["1.1", rec1, "Commission an independent review of the Constitution and bring revised standing orders to the Board.",
                "Monitoring Officer", dt.date(2023, 6, 30), "G", "B", "Revised Constitution adopted at the July Board."], "dd/mm/yyyy"); r += 1
    put(ws, r, ["1.2", None, "Deliver a member and officer induction programme on roles, responsibilities and the member/officer protocol.",
                "Head of Governance; Head of HR", "Sept 2023 – March 2024", "A", "G", "Four of six sessions delivered; remaining sessions booked for January and March."]); r += 1
    ws.merge_cells(start_row=r - 2, start_column=2, end_row=r - 1, end_column=2)
    rec2 = "R2: The Authority should address the culture and working relationships issues identified by the auditor."
    put(ws, r, ["1.3", rec2, "Run an all-staff culture survey and agree a culture action plan with staff representatives.",
                "Chief Executive", dt.date(2023, 11, 30), "A", "A", "Survey closed with a 71% response. Action plan drafting has slipped while the new Chief Executive is inducted."], "dd/mm/yyyy"); r += 1
    band(ws, r, "Theme 2: Financial Management", 8); r += 1
    rec3 = "R3: The Authority should strengthen its medium-term financial planning and budget monitoring."
    put(ws, r, ["2.1", rec3, "Produce a Medium-Term Financial Plan with scenario modelling and report it to the Audit and Governance Committee.",
                "Chief Finance Officer", dt.date(2024, 1, 31), "G", "G", "Draft MTFP on track for the January Board."], "dd/mm/yyyy"); r += 1
    put(ws, r, ["2.2", None, "Introduce monthly budget monitoring reports for each directorate.",
                "Chief Finance Officer", dt.date(2023, 7, 31), "B", "B", "Monthly reports in place since July."], "dd/mm/yyyy"); r += 1
    ws.merge_cells(start_row=r - 2, start_column=2, end_row=r - 1, end_column=2)
    rec4 = "R4: The Authority should close the outstanding audit recommendations on the Local Growth Fund."
    put(ws, r, ["2.3", rec4, "Agree a closure plan for the 11 open Local Growth Fund recommendations with Internal Audit.",
                "Head of Finance", dt.date(2023, 9, 30), "A", "R", "Only 4 of 11 closed by the due date; capacity in the finance team remains the main risk."], "dd/mm/yyyy"); r += 1
    r += 1  # blank row
    band(ws, r, "Theme 3: Organisational Capacity", 8); r += 1
    rec5 = "R5: The Authority should fill key statutory and senior posts on a permanent basis."
    put(ws, r, ["3.1", rec5, "Complete permanent recruitment to the Chief Executive, Monitoring Officer and Chief Finance Officer posts.",
                "Director of Resources", dt.date(2023, 12, 31), "A", "G", "Chief Executive and CFO appointed; Monitoring Officer interviews in November."], "dd/mm/yyyy"); r += 1
    put(ws, r, ["3.2", "R6: The Authority should put in place a workforce strategy.",
                "Develop a workforce strategy and action plan with the Employment Committee.",
                "Head of HR", "Ongoing", "G", "G", "Workforce data pack completed; strategy workshops continuing."]); r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key: B = Complete; G = On track; A = Some slippage, recoverable; R = Off track, intervention needed"); r += 1
    for col, w in zip("ABCDEFGH", [6, 45, 50, 24, 14, 10, 10, 50]):
        ws.column_dimensions[col].width = w
    wb.save(P("cm2-cpca-statutory-recommendations-improvement-plan.xlsx"))

# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr(); s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), hexcol); tcPr.append(s)

def table(doc, rows, bold_first=True):
    t = doc.add_table(rows=len(rows), cols=len(rows[0])); t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = t.cell(i, j); c.text = v
            if i == 0 and bold_first:
                for run in c.paragraphs[0].runs: run.bold = True
    return t

# ---------------------------------------------------------------- 4 MoD Police
def modp():
    doc = Document()
    doc.add_heading("Ministry of Defence Police – PEEL 2023–25 Inspection: Areas for Improvement Action Plan", 0)
    doc.add_paragraph("This plan sets out how the force will respond to the areas for improvement (AFIs) identified by "
                      "HM Inspectorate of Constabulary and Fire & Rescue Services in its PEEL inspection report. "
                      "Progress is reviewed monthly at the Force Improvement Board chaired by the Deputy Chief Constable.")
    doc.add_paragraph("Document control").runs[0].bold = True
    table(doc, [["Version", "Date", "Owner", "Status"],
                ["0.3", "04/11/2024", "Head of Strategic Planning", "Draft"],
                ["1.0", "10/12/2024", "Deputy Chief Constable", "Approved"]])
    doc.add_paragraph()
    H = ["Ref", "Action", "Owner", "Target date", "Status"]
    doc.add_heading("Preventing crime and anti-social behaviour", 1)
    doc.add_paragraph("AFI 1: The force should make sure it has an effective problem-solving approach that is understood by officers at its stations.")
    table(doc, [H,
        ["1.1", "Adopt the SARA problem-solving model and publish force guidance on the intranet.", "Supt Operational Support", "31 March 2025", "Complete"],
        ["1.2", "Train all station sergeants in problem-solving and record plans on the force system.", "Ch Insp Learning & Development", "Q2 2025/26", "On track"],
        ["1.3", "Dip-sample problem-solving plans each quarter and report findings to the Force Improvement Board.", "Head of Performance", "Ongoing", "Green"]])
    doc.add_paragraph()
    doc.add_heading("Responding to the public", 1)
    doc.add_paragraph("AFI 2: The force should improve how it records and monitors its attendance at incidents against its own response standards.")
    table(doc, [H,
        ["2.1", "Amend the command and control system so that arrival times are captured for all graded incidents.", "Head of ICT / Control Room Manager", "December 2025", "Amber"],
        ["2.2", "Publish a monthly response-time report for each divisional commander.", "Head of Performance", "June 2025", "Complete"]])
    doc.add_paragraph()
    doc.add_heading("Developing a positive workplace", 1)
    doc.add_paragraph("AFI 3: The force should make sure that its wellbeing provision meets the needs of officers at remote stations.")
    table(doc, [H,
        ["3.1", "Survey officers at remote stations on access to occupational health and wellbeing support.", "Wellbeing Lead", "30/04/2025", "Complete"],
        ["3.2", "Extend the trauma risk management (TRiM) network so that every station has a trained practitioner.", "Insp Emma Hartley", "September 2025", "Red"]])
    doc.add_paragraph("AFI 4: The force should improve the way it identifies and develops future leaders.")
    table(doc, [H,
        ["4.1", "Introduce a talent management scheme for constables and sergeants.", "Head of People Services", "Q4 2025/26", "Not started"],
        ["4.2", "Launch a reverse mentoring pilot with the Chief Officer Group.", "ACC Operations", "January 2026", "On track"]])
    doc.save(P("cm2-mod-police-hmicfrs-peel-afi-action-plan.docx"))

# ---------------------------------------------------------------- 5 Magenta Living
def magenta():
    doc = Document()
    doc.add_heading("Magenta Living – Tenant Scrutiny Panel Review of Damp, Mould and Condensation: Response and Action Plan", 1)
    doc.add_paragraph("The Tenant Scrutiny Panel carried out its review between September and December 2023 and made seven "
                      "recommendations. The Board accepted all seven on 31 January 2024. The table below sets out our response "
                      "and is updated for the Panel each quarter (last update: October 2024).")
    rows = [["Rec No.", "Panel recommendation", "Magenta Living response / action", "Responsible officer", "Timescale", "Progress"]]
    data = [
        ("1", "Set a clear timescale for inspecting every reported case of damp and mould.",
         "Introduce a 10 working day inspection standard for all damp and mould reports, with urgent cases inspected within 2 working days.",
         "Head of Repairs", "April 2024", "Complete", "00B050"),
        ("2", "Tell tenants in writing what works will be done and when.",
         "Send a written works schedule to the tenant after every damp and mould inspection.",
         "Repairs Planning Manager", "By 30 June 2024", "Complete", "00B050"),
        ("3", "Make sure staff who visit homes can spot and report damp and mould.",
         "Deliver damp and mould awareness training to all frontline staff, including neighbourhood officers and contractors.",
         "Learning and Development Partner", "Sept 2024", "In progress", "FFC000"),
        ("4", "Stop blaming tenants' lifestyle for condensation.",
         "Rewrite the damp and condensation advice leaflet with the Panel and remove lifestyle language from letters.",
         "Customer Communications Officer", "Q3 2024/25", "In progress", "FFC000"),
        ("5", "Check that works have fixed the problem.",
         "Carry out a follow-up visit or call six weeks after works are completed.",
         "Damp and Mould Surveyor", "March 2025", "Overdue", "FF0000"),
        ("6", "Report damp and mould performance to tenants.",
         "Include damp and mould performance in the quarterly performance report to the Panel and the tenant newsletter.",
         "Performance and Insight Manager", "Ongoing", "In progress", "FFC000"),
        ("7", "Use stock data to target homes at risk.",
         "Use stock condition and repairs data to identify at-risk homes and plan proactive visits.",
         "Asset Manager", "December 2024", "In progress", "FFC000"),
    ]
    for rec, text, act, lead, when, prog, col in data:
        rows.append([rec, text, act, lead, when, prog])
    t = table(doc, rows)
    for i, d in enumerate(data, 1):
        shade(t.cell(i, 5), d[6])
    doc.add_paragraph()
    doc.add_paragraph("Key: Green – complete; Amber – in progress; Red – not started or overdue")
    doc.save(P("cm2-magenta-living-tenant-scrutiny-damp-mould-review-action-plan.docx"))

# ---------------------------------------------------------------- 6 Sunderland SAB csv
def sunderland():
    rows = [["ID", "Learning theme", "SAR recommendation", "Action", "Agency", "Lead", "Due date", "Revised due date", "RAG", "Update"]]
    t1 = "Theme 1: Self-neglect and engagement"
    t2 = "Theme 2: Multi-agency information sharing"
    t3 = "Theme 3: Mental capacity"
    r1 = "Partners should use the multi-agency self-neglect procedure when a person repeatedly disengages from services."
    r2 = "The SAB should seek assurance that agencies share information about risk when a person is discharged from hospital."
    r3 = "Practitioners should carry out and record mental capacity assessments for specific decisions about care and accommodation."
    rows += [
        ["SAR-D 1.1", t1, r1, "Relaunch the self-neglect procedure with a practitioner briefing and a 7-minute guide.", "SSAB", "SAB Business Manager", "31/03/2024", "", "Complete", "Briefings delivered to 212 practitioners; 7-minute guide published on the SAB website."],
        ["SAR-D 1.2", t1, r1, "Audit a sample of self-neglect cases to test use of the procedure.", "SSAB", "Chair of Quality and Performance Subgroup", "30/06/2024", "30/09/2024", "Green", "Audit tool agreed; case sample selected. Revised date agreed by subgroup because of summer leave."],
        ["SAR-D 1.3", t1, r1, "Add a prompt about disengagement to the adult social care assessment form.", "Sunderland City Council", "Principal Social Worker (Adults)", "31/05/2024", "", "Complete", "Prompt live on the case management system."],
        ["SAR-D 2.1", t2, r2, "Review the hospital discharge information-sharing protocol with community health and adult social care.", "South Tyneside and Sunderland NHS FT", "Named Nurse Adult Safeguarding / Head of Integrated Discharge", "30/09/2024", "", "Amber", "Draft protocol out for comment; sign-off delayed while ICB discharge guidance is finalised."],
        ["SAR-D 2.2", t2, r2, "Provide the SAB with assurance reports on discharge referrals made without a safeguarding check.", "Sunderland City Council", "Head of Adult Safeguarding", "Quarterly", "", "Green", "First report presented to the SAB in July."],
        ["SAR-D 3.1", t3, r3, "Deliver MCA refresher training focusing on specific decisions and recording.", "All partners", "SAB Training Coordinator", "Dec-24", "", "Green", "Three sessions delivered; further sessions booked for November."],
        ["SAR-D 3.2", t3, r3, "Include MCA recording in the annual multi-agency audit programme.", "SSAB", "Chair of Quality and Performance Subgroup", "31/03/2025", "", "", ""],
        ["SAR-D 3.3", t3, r3, "Update GP practice guidance on capacity assessment for care decisions.", "Sunderland ICB place team", "Dr A Reid", "31/10/2024", "", "Red", "Guidance not yet updated; named GP post vacant since August."],
    ]
    with open(P("cm2-sunderland-sab-sar-adult-d-action-tracker-export.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)

# ---------------------------------------------------------------- 7 Public Health Scotland txt
def phs():
    lines = [
        "Public Health Scotland - Annual Audit Action Plan 2023/24: Progress Update (Audit and Risk Committee, June 2024)",
        "",
        "\t".join(["No.", "Issue/risk", "Recommendation", "Agreed management action", "Responsible officer", "Agreed date", "Status", "Progress"]),
        "\t".join(["1", "Financial sustainability", "PHS should update its medium-term financial plan to show how the recurring funding gap will be closed.",
                   "Update the medium-term financial plan with savings proposals and scenario analysis for the Board.", "Director of Finance", "31 March 2024", "Complete", "Updated plan approved by the Board in March 2024."]),
        "\t".join(["2", "Workforce planning", "PHS should complete its strategic workforce plan and link it to the financial plan.",
                   "Finalise the three-year workforce plan and align establishment figures with the budget.", "Director of People and Organisational Development", "Sep-24", "On track", "Draft plan discussed at Staff Governance Committee; final version due in September."]),
        "\t".join(["3", "Performance reporting", "Performance reports to the Board should include trend data and targets.",
                   "Redesign the Board performance report to include trends, targets and exception commentary.", "Head of Planning and Performance", "December 2024", "Amber", "New format piloted in May; target-setting for some measures is still under discussion."]),
        "\t".join(["4", "Information governance", "PHS should reduce the backlog of overdue Freedom of Information responses.",
                   "Introduce weekly FOI tracking and escalation to directors for requests at risk of breaching.", "Information Governance Manager", "Ongoing", "Green", "Weekly tracking in place; compliance rose to 87% in Q4."]),
        "",
        "\t".join(["5", "Best value", "PHS should demonstrate how it secures best value in its procurement activity.",
                   "Report procurement savings and contract compliance to the Audit and Risk Committee twice a year.", "Head of Procurement", "30/11/2024", "Not started", "First report planned for the November committee."]),
        "\t".join(["6", "Governance", "The Board should review the effectiveness of its committees.",
                   "Carry out a committee effectiveness self-assessment using the Blueprint for Good Governance.", "Board Secretary; Chair", "Q3 2024/25", "On track", "Survey issued to members in June."]),
        "",
        "Status key: Complete / On track / Amber (at risk) / Red (will not be met) / Not started",
    ]
    with open(P("cm2-public-health-scotland-annual-audit-action-plan-tab-export.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")

if __name__ == "__main__":
    livewest(); stockport(); cpca(); modp(); magenta(); sunderland(); phs()
