# Generator for heldout20 i3-* files. Writes only i3-* files into this directory.
# Each file's expected reading is written by hand below (EXP dicts), next to the rows it describes.
import csv, datetime as dt, os, yaml
from openpyxl import Workbook
from openpyxl.styles import PatternFill, Font, Alignment
from docx import Document
from docx.shared import Pt
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

D = os.path.dirname(os.path.abspath(__file__))
def P(n): return os.path.join(D, n)
FILL = {k: PatternFill("solid", fgColor=v) for k, v in
        dict(red="FF0000", amber="FFC000", green="00B050", blue="00B0F0", grey="D9D9D9", sec="DDEBF7").items()}
WRAP = Alignment(wrap_text=True, vertical="top")
d = dt.datetime

def write_yaml(name, exp):
    with open(P(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(exp, f, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False)

def A(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a

# =====================================================================================
# 1. xlsx: internal audit recommendations tracker, % complete driving RAG letters
# =====================================================================================
N1 = "i3-audit-recs-tracker-pct-rag.xlsx"
wb = Workbook(); ws = wb.active; ws.title = "Tracker"
TITLE1 = "Implementation of Audit Recommendations Tracker – January 2026"
ws["A1"] = TITLE1; ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "High and medium risk Internal Audit recommendations outstanding, with updated management responses"
ws["A3"] = ("RAG: up to 25% complete = R; 26% to 75% = A; over 75% = G. Any recommendation less than 50% complete "
            "and past its agreed date is R. B = completed (will be removed from the next report).")
ws.append([])
hdr = ["Ref", "Audit", "Assurance opinion", "Risk", "Recommendation", "Agreed management action",
       "Responsible officer", "Agreed completion date", "Revised completion date", "% complete", "RAG",
       "Management update"]
ws.append(hdr)  # row 5
for c in ws[5]: c.font = Font(bold=True); c.fill = FILL["grey"]; c.alignment = WRAP
R1_PAY1 = "Starter and leaver forms should be independently checked before payroll changes are processed."
R1_PAY2 = "Overtime claims should be authorised by the budget holder before payment is made."
R1_CON = "A complete contracts register should be maintained and a contract manager assigned to every contract over £100,000."
R1_CY1 = "Multi-factor authentication should be enforced for all remote access to council systems."
R1_CY2 = "Backups should be tested by a documented restore at least once a year."
R1_HR1 = "Rent arrears write-offs should be approved in line with the Financial Regulations."
R1_HR2 = "Items in the rent suspense account should be cleared within one month."
rows1 = [
 ("IA-24-07.1", "Payroll 2024/25", "Limited", "High", R1_PAY1,
  "Introduce a second-officer check of all starter and leaver forms, evidenced by signature on the payroll change log.",
  "Payroll Manager", d(2025,10,31), d(2026,1,31), 0.8, "G", "Check in place since November; evidence log being sampled by Internal Audit."),
 ("IA-24-07.2", "Payroll 2024/25", "Limited", "Medium", R1_PAY2,
  "Remind budget holders of the overtime authorisation requirement and reject unauthorised claims at payroll cut-off.",
  "Head of HR and Payroll", d(2025,9,30), None, 1.0, "B", "Reminder issued 2 September; unauthorised claims now returned."),
 ("IA-24-11.1", "Contract Management 2024/25", "Limited", "High", R1_CON,
  "Publish a complete contracts register on the intranet and review it quarterly.",
  "Procurement Manager", d(2025,12,31), d(2026,3,31), 0.4, "A", "Register drafted; 38 contracts still to be verified with services."),
 ("IA-24-11.2", "Contract Management 2024/25", "Limited", "High", R1_CON,
  "Assign a named contract manager to every contract over £100,000 and record them on the register.",
  "Procurement Manager / Heads of Service", d(2025,12,31), None, 0.2, "R", "Awaiting nominations from three directorates."),
 ("IA-25-02.1", "Cyber Security 2025/26", "Reasonable", "Medium", R1_CY1,
  "Enforce MFA for all VPN and Microsoft 365 remote sign-ins, including service accounts where supported.",
  "ICT Security Manager", d(2026,2,28), None, 0.6, "A", "Enforced for all staff accounts; service accounts in progress."),
 ("IA-25-02.2", "Cyber Security 2025/26", "Reasonable", "Medium", R1_CY2,
  "Carry out and document a full test restore of the finance system from backup.",
  "Infrastructure Manager", d(2025,11,30), d(2026,4,30), 0.1, "R", "Test restore postponed owing to the finance system upgrade."),
 ("IA-25-05.1", "Housing Rents 2025/26", "Limited", "High", R1_HR1,
  "Obtain and record Section 151 Officer approval for all write-offs over £2,000.",
  "Income Manager", d(2025,8,31), None, 1.0, "B", "Approval form introduced and in use."),
 ("IA-25-05.2", "Housing Rents 2025/26", "Limited", "Medium", R1_HR2,
  "Clear the rent suspense account monthly and report items over 30 days to the Head of Housing Services.",
  "Income Manager", d(2026,3,31), None, 0.3, "A", "Monthly clearance started in December."),
]
rag1 = {"R": "red", "A": "amber", "G": "green", "B": "blue"}
for r in rows1:
    ws.append(list(r)); n = ws.max_row
    for c in ws[n]: c.alignment = WRAP
    ws.cell(n, 8).number_format = "dd/mm/yyyy"; ws.cell(n, 9).number_format = "dd/mm/yyyy"
    ws.cell(n, 10).number_format = "0%"
    ws.cell(n, 11).fill = FILL[rag1[r[10]]]
# recommendation of IA-24-11 covers rows 8-9: merge (value kept in top cell)
ws.merge_cells("E8:E9")
ws.append([])  # 14
ws.append(["Summary"]); ws.cell(ws.max_row, 1).font = Font(bold=True)  # 15
for lab, v in [("R", 2), ("A", 3), ("G", 1), ("B", 2), ("Total", 8)]:
    ws.append([lab, v])
for col, w in zip("ABCDEFGHIJKL", [12, 24, 12, 9, 45, 50, 24, 14, 14, 10, 6, 45]):
    ws.column_dimensions[col].width = w
wb.save(P(N1))
U = lambda a, r: [a, r]
write_yaml(N1, {
 "source": ("Imitates Reading Borough Council's 'Implementation of Audit Recommendations Tracker' reported to its Audit "
            "and Governance Committee (democracy.reading.gov.uk/mgAi.aspx?ID=9589 and ID=7356): high and medium risk "
            "recommendations, each with a percentage complete that maps to red/amber/green (up to 25% red, 26-75% amber, "
            "over 75% green; under 50% and past its date red), completed items to be removed, and a management update; "
            "plus the agreed and revised completion date columns of trackers such as Bromsgrove's Internal Audit "
            "Recommendation Tracker. Copied: title lines with the RAG rule above the header, audit name repeated on every "
            "row, Ref IA-yy-nn.n, assurance opinion and risk columns, recommendation merged over its two actions, real "
            "Excel dates, % complete, RAG letters with fills, summary counts under the table. Content invented."),
 "reads": ("Eight agreed management actions from four audits, each answering the recommendation beside it; RAG letters R/A/G/B "
           "with B meaning completed. Where a revised completion date is given it is the due month. The summary block "
           "under the table is counts, not actions."),
 "outcome": "read", "accept_refusal": False, "title": TITLE1,
 "actions": [
  A("IA-24-07.1", U("Payroll 2024/25", R1_PAY1), rows1[0][5], ["Payroll Manager"], "2026-01", "green"),
  A("IA-24-07.2", U("Payroll 2024/25", R1_PAY2), rows1[1][5], ["Head of HR and Payroll"], "2025-09", "blue"),
  A("IA-24-11.1", U("Contract Management 2024/25", R1_CON), rows1[2][5], ["Procurement Manager"], "2026-03", "amber"),
  A("IA-24-11.2", U("Contract Management 2024/25", R1_CON), rows1[3][5], ["Procurement Manager", "Heads of Service"], "2025-12", "red"),
  A("IA-25-02.1", U("Cyber Security 2025/26", R1_CY1), rows1[4][5], ["ICT Security Manager"], "2026-02", "amber"),
  A("IA-25-02.2", U("Cyber Security 2025/26", R1_CY2), rows1[5][5], ["Infrastructure Manager"], "2026-04", "red"),
  A("IA-25-05.1", U("Housing Rents 2025/26", R1_HR1), rows1[6][5], ["Income Manager"], "2025-08", "blue"),
  A("IA-25-05.2", U("Housing Rents 2025/26", R1_HR2), rows1[7][5], ["Income Manager"], "2026-03", "amber"),
 ]})

# =====================================================================================
# 2. xlsx: fire & rescue HMICFRS action plan, pillar rows, AFI merged down, Previous/Current RAG
# =====================================================================================
N2 = "i3-fire-hmicfrs-plan-pillars-current-rag.xlsx"
wb = Workbook(); ws = wb.active; ws.title = "Action Plan"
TITLE2 = "Northmoor Fire and Rescue Service – HMICFRS Inspection Action Plan 2025"
ws["A1"] = TITLE2; ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "Progress as at 31 October 2025 – report to the Fire Authority Audit and Governance Committee. RAG key on the 'Key' sheet."
ws.append([])
ws.append(["Ref", "Area for improvement / cause of concern", "Action", "Action owner", "Original completion date",
           "Revised completion date", "Previous RAG", "Current RAG", "Progress update"])  # row 4
for c in ws[4]: c.font = Font(bold=True); c.fill = FILL["grey"]; c.alignment = WRAP
AFI1 = "AFI 1: The service should make sure its firefighters have good access to relevant and up-to-date risk information."
AFI2 = "AFI 2: The service should evaluate its prevention work, so it understands the benefits better."
AFI3 = "AFI 3: The service should make sure it has effective arrangements for managing on-call availability."
CFC = ("Cause of concern: The service should make sure staff are confident to report inappropriate behaviour "
       "and that it acts on what they report.")
AFI5 = "AFI 5: The service should make sure it has an effective system to manage secondary employment."
rows2 = [
 ("SEC", "Effectiveness"),
 ("1.1", AFI1, "Complete the review of site-specific risk information for all high-risk premises and upload it to the mobile data terminals.",
  "Group Manager – Operational Risk", d(2025,3,31), d(2025,9,30), "A", "B", "All 412 high-risk premises reviewed and uploaded."),
 ("1.2", AFI1, "Introduce quarterly audits of the accuracy of risk information held on appliances.",
  "Station Manager – Risk Information", d(2025,6,30), d(2025,12,31), "G", "A", "First audit completed; audit tool needs rework."),
 ("2.1", AFI2, "Adopt the NFCC prevention evaluation framework and evaluate the home fire safety visit programme.",
  "Head of Prevention", d(2025,12,31), None, "G", "G", "Evaluation partner appointed."),
 ("SEC", "Efficiency"),
 ("3.1", AFI3, "Launch the on-call availability dashboard and set a minimum appliance availability target.",
  "Area Manager – Response", d(2026,3,31), None, "A", "A", "Dashboard in test."),
 ("3.2", AFI3, "Review on-call contracts at the six stations with the lowest availability.",
  "Area Manager – Response / HR Business Partner", d(2026,1,31), d(2026,6,30), "A", "R", "Delayed by negotiations with the representative bodies."),
 ("SEC", "People"),
 ("4.1", CFC, "Procure an independent confidential reporting line and publicise it to all staff.",
  "Head of HR", d(2025,12,31), None, "R", "G", "Contract awarded; launch planned for December."),
 ("4.2", CFC, "Train all supervisory managers in handling disclosures of inappropriate behaviour.",
  "Head of HR; Head of Learning and Development", d(2026,3,31), None, None, None, "Not started – training provider being procured."),
 ("5.1", AFI5, "Introduce a secondary employment register and an annual declaration for all staff.",
  "Head of HR", d(2025,9,30), None, "B", "B", "Register live; 96% of declarations returned."),
]
start = {}
for r in rows2:
    if r[0] == "SEC":
        ws.append([r[1]]); n = ws.max_row
        ws.merge_cells(start_row=n, start_column=1, end_row=n, end_column=9)
        ws.cell(n, 1).font = Font(bold=True); ws.cell(n, 1).fill = FILL["sec"]
        continue
    ws.append(list(r)); n = ws.max_row
    for c in ws[n]: c.alignment = WRAP
    ws.cell(n, 5).number_format = "dd/mm/yyyy"; ws.cell(n, 6).number_format = "dd/mm/yyyy"
    for col in (7, 8):
        v = ws.cell(n, col).value
        if v: ws.cell(n, col).fill = FILL[rag1[v]]
    start.setdefault(r[1], []).append(n)
for text, ns in start.items():
    if len(ns) > 1:
        ws.merge_cells(start_row=ns[0], start_column=2, end_row=ns[-1], end_column=2)
for col, w in zip("ABCDEFGHI", [7, 45, 50, 30, 14, 14, 10, 10, 40]):
    ws.column_dimensions[col].width = w
k = wb.create_sheet("Key")
k.append(["RAG key"]); k["A1"].font = Font(bold=True)
for lab, m, f in [("B", "Complete – action delivered and evidence held", "blue"),
                  ("G", "On track to complete by the completion date", "green"),
                  ("A", "At risk – some slippage, recovery in hand", "amber"),
                  ("R", "Off track – will not meet the completion date", "red"),
                  ("(blank)", "Not started", None)]:
    k.append([lab, m])
    if f: k.cell(k.max_row, 1).fill = FILL[f]
k.column_dimensions["B"].width = 50
wb.save(P(N2))
write_yaml(N2, {
 "source": ("Imitates the HMICFRS Inspection Report Action Plans fire and rescue services publish (e.g. Buckinghamshire Fire "
            "& Rescue Service, bucksfire.gov.uk/authority/hmicfrs-inspection-report-action-plan, 2019 inspection: areas "
            "for improvement and a cause of concern under the effectiveness, efficiency and people pillars; Leicestershire "
            "FRS improvement plan progress reports to its Corporate Governance Committee). Copied: service title line and "
            "'progress as at' line, pillar section rows merged across the sheet, the AFI / cause of concern text merged "
            "down over its actions, action owners as posts, original and revised completion dates, Previous and Current "
            "RAG letter columns with fills, RAG key on a second sheet. Content invented."),
 "reads": ("Eight actions (1.1-5.1) under the three inspection pillars and the area for improvement or cause of concern each "
           "answers. Status is the Current RAG read through the Key sheet (B complete, G on track, A at risk, R off track, "
           "blank not started); a revised completion date replaces the original."),
 "outcome": "read", "accept_refusal": False, "title": TITLE2,
 "actions": [
  A("1.1", ["Effectiveness", AFI1], rows2[1][2], ["Group Manager – Operational Risk"], "2025-09", "blue"),
  A("1.2", ["Effectiveness", AFI1], rows2[2][2], ["Station Manager – Risk Information"], "2025-12", "amber"),
  A("2.1", ["Effectiveness", AFI2], rows2[3][2], ["Head of Prevention"], "2025-12", "green"),
  A("3.1", ["Efficiency", AFI3], rows2[5][2], ["Area Manager – Response"], "2026-03", "amber"),
  A("3.2", ["Efficiency", AFI3], rows2[6][2], ["Area Manager – Response", "HR Business Partner"], "2026-06", "red"),
  A("4.1", ["People", CFC], rows2[8][2], ["Head of HR"], "2025-12", "green"),
  A("4.2", ["People", CFC], rows2[9][2], ["Head of HR", "Head of Learning and Development"], "2026-03", "unrated"),
  A("5.1", ["People", AFI5], rows2[10][2], ["Head of HR"], "2025-09", "blue"),
 ]})

# =====================================================================================
# 3. xlsx (REFUSE): police PEEL AFI tracker, one revised target date with an impossible year
# =====================================================================================
N3 = "i3-police-peel-afi-tracker-refuse.xlsx"
wb = Workbook(); ws = wb.active; ws.title = "AFI Tracker"
TITLE3 = "Northmoor Police – PEEL 2023–25 Areas for Improvement Tracker"
ws["A1"] = TITLE3; ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "Owner: Deputy Chief Constable. Updated 12/01/2026. Reported to the Joint Audit Committee."
ws.append([])
ws.append(["AFI ref", "PEEL area", "Area for improvement", "Action ref", "Action", "Lead", "Target date",
           "Revised target date", "Status"])  # row 4
for c in ws[4]: c.font = Font(bold=True); c.fill = FILL["grey"]; c.alignment = WRAP
P1 = "The force should make sure it answers emergency and non-emergency calls within national standards."
P2 = "The force should make sure victim needs assessments are completed and recorded."
P3 = "The force should improve how it manages registered sex offenders, to reduce the backlog of overdue visits."
P4 = "The force should make sure it understands the wellbeing needs of its workforce."
P5 = "The force should make sure its force management statement sets out the demand it will face."
rows3 = [
 ("AFI 1", "Responding to the public", P1, "1.1", "Recruit 24 additional call handlers and complete their training.",
  "Superintendent, Contact Management", d(2025,3,31), d(2025,9,30), "Complete"),
 ("AFI 1", "Responding to the public", P1, "1.2", "Introduce a call-back service for abandoned 101 calls.",
  "Chief Inspector, Force Control Room", d(2025,6,30), None, "Complete"),
 ("AFI 2", "Investigating crime", P2, "2.1", "Add a mandatory victim needs assessment field to the crime recording system.",
  "Head of Crime Systems", d(2025,12,31), None, "On track"),
 ("AFI 2", "Investigating crime", P2, "2.2", "Audit 100 crimes a month for compliance with the Victims' Code.",
  "Detective Superintendent, Public Protection", d(2026,3,31), None, "On track"),
 ("AFI 3", "Protecting vulnerable people", P3, "3.1", "Clear the backlog of overdue visits to registered sex offenders.",
  "Detective Chief Inspector, MOSOVO", d(2025,10,31), "Aug-62", "Delayed"),   # row 9: the error
 ("AFI 3", "Protecting vulnerable people", P3, "3.2", "Recruit two additional offender managers.",
  "Detective Chief Inspector, MOSOVO", d(2026,1,31), None, "On track"),
 ("AFI 4", "Building, supporting and protecting the workforce", P4, "4.1", "Run a staff wellbeing survey and publish the results.",
  "Head of People", d(2025,11,30), None, "Complete"),
 ("AFI 4", "Building, supporting and protecting the workforce", P4, "4.2",
  "Provide trauma risk management (TRiM) assessments to all officers in high-risk roles.",
  "Head of People / Occupational Health Manager", d(2026,6,30), None, "Not started"),
 ("AFI 5", "Strategic planning, organisational management and value for money", P5, "5.1",
  "Rebuild the demand model behind the force management statement using three years of incident data.",
  "Head of Strategic Planning", d(2026,3,31), None, "On track"),
]
for r in rows3:
    ws.append(list(r)); n = ws.max_row
    for c in ws[n]: c.alignment = WRAP
    ws.cell(n, 7).number_format = "mmm-yy"; ws.cell(n, 8).number_format = "mmm-yy"
assert ws.cell(9, 8).value == "Aug-62"
ws.append([])
ws.append(["Status: Complete – action delivered (blue); On track (green); Delayed – behind target date (amber); "
           "Overdue (red); Not started (no rating)"])
for col, w in zip("ABCDEFGHI", [8, 22, 45, 8, 50, 32, 11, 11, 12]):
    ws.column_dimensions[col].width = w
wb.save(P(N3))
write_yaml(N3, {
 "source": ("Imitates a police force's PEEL areas-for-improvement tracker reported to a Joint Audit Committee (the tracker "
            "layout forces and PCCs publish after HMICFRS PEEL inspections, same recommendation/AFI -> action -> owner -> "
            "target and revised target -> status pattern as fire service HMICFRS action plans such as Buckinghamshire "
            "FRS's). Copied: title and owner/update line, AFI ref and PEEL area repeated on every row, action refs 1.1, "
            "leads as rank and portfolio, target and revised target dates shown as mmm-yy, status words with a key line "
            "under the table. Content invented."),
 "reads": ("Nine actions against five PEEL areas for improvement, dated Mar-25 to Jun-26. On sheet row 9 (action 3.1, "
           "the sex offender visit backlog) the revised target date - the date that counts - is the text 'Aug-62', a "
           "year decades away from every other date in a 2025-26 tracker; it is a typing error whose intended year "
           "(2025? 2026?) a careful person would ask about before recording the action."),
 "outcome": "refuse", "accept_refusal": False, "refuse_at": 9, "title": TITLE3,
})

# =====================================================================================
# docx helpers
# =====================================================================================
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)
def hdr_row(t, labels):
    for i, l in enumerate(labels):
        c = t.rows[0].cells[i]; c.text = ""; run = c.paragraphs[0].add_run(l); run.bold = True; shade(c, "D9D9D9")
def set_text(cell, text):
    lines = text.split("\n")
    cell.text = lines[0]
    for l in lines[1:]:
        cell.add_paragraph(l)
HEX = dict(blue="00B0F0", green="00B050", amber="FFC000", red="FF0000")

# =====================================================================================
# 4. docx: corporate peer challenge action plan, recommendation merged down, status words + key table
# =====================================================================================
N4 = "i3-cpc-action-plan-merged-recs.docx"
doc = Document()
TITLE4 = "Corporate Peer Challenge Action Plan – Progress Update September 2025"
doc.add_heading(TITLE4, level=1)
doc.add_paragraph("The LGA Corporate Peer Challenge took place from 12 to 15 November 2024. The peer team made four "
                  "recommendations. This appendix sets out the actions agreed by Cabinet in March 2025 and progress "
                  "against them, for Overview and Scrutiny Committee before Cabinet.")
doc.add_paragraph("Status key").runs[0].bold = True
key = doc.add_table(rows=5, cols=2); key.style = "Table Grid"
for i, (w, m, col) in enumerate([("Complete", "Action delivered (blue)", "blue"), ("On track", "Progressing to timescale (green)", "green"),
                                 ("At risk", "Behind timescale, recovery planned (amber)", "amber"),
                                 ("Off track", "Will not be delivered to timescale (red)", "red"),
                                 ("Not started", "Not yet started (no colour)", None)]):
    key.rows[i].cells[0].text = w; key.rows[i].cells[1].text = m
    if col: shade(key.rows[i].cells[0], HEX[col])
doc.add_paragraph("")
REC = {
 1: "1. Refresh the Council Plan so that it sets out a small number of clear, measurable priorities.",
 2: "2. Develop a Medium Term Financial Strategy that closes the budget gap from 2026/27 without reliance on reserves.",
 3: "3. Strengthen the organisation's approach to project and programme management.",
 4: "4. Invest in member development, particularly for the chairs of scrutiny committees.",
}
rows4 = [
 (1, "1a", "Hold member and officer workshops to agree the Council Plan priorities for 2026–2030.",
  "Leader of the Council / Chief Executive", "July 2025", "Four workshops held; priorities agreed by Cabinet on 22 July.", "Complete"),
 (1, "1b", "Publish the refreshed Council Plan with a performance framework of no more than 20 measures.",
  "Policy and Strategy Manager", "December 2025", "Draft plan out to consultation until 31 October.", "On track"),
 (2, "2a", "Establish a savings programme board chaired by the Chief Executive.",
  "Director of Resources", "April 2025", "Board meets monthly.", "Complete"),
 (2, "2b", "Identify savings options of £2.1m for the 2026/27 budget and report them to Cabinet.",
  "Director of Resources; Service Directors", "Q3 2025/26", "£1.4m identified so far.", "At risk"),
 (3, "3a", "Adopt a corporate project management framework and templates.",
  "Head of Transformation", "Sept 2025 – March 2026", "Framework drafted and piloted on two projects.", "On track"),
 (3, "3b", "Train project leads in the new framework.",
  "Head of Transformation", "Ongoing", "To follow adoption of the framework.", "Not started"),
 (4, "4a", "Agree a member development programme with the Member Development Steering Group.",
  "Democratic Services Manager", "By 31 October 2025", "Programme to Steering Group on 14 October.", "On track"),
 (4, "4b", "Arrange external training for scrutiny chairs through the Centre for Governance and Scrutiny.",
  "Democratic Services Manager", "End of January 2026", "No budget identified yet; training cannot be booked.", "Off track"),
]
scol = {"Complete": "blue", "On track": "green", "At risk": "amber", "Off track": "red"}
t = doc.add_table(rows=1 + len(rows4), cols=7); t.style = "Table Grid"
hdr_row(t, ["Recommendation", "No.", "Action", "Lead", "Timescale", "Progress (September 2025)", "Status"])
prev = None; first = {}
for i, r in enumerate(rows4, start=1):
    cells = t.rows[i].cells
    if r[0] not in first:
        first[r[0]] = i; cells[0].text = REC[r[0]]
    for j, v in enumerate(r[1:], start=1):
        cells[j].text = v
    if r[6] in scol: shade(cells[6], HEX[scol[r[6]]])
for rec, i0 in first.items():
    i1 = max(i for i, r in enumerate(rows4, start=1) if r[0] == rec)
    if i1 > i0:
        t.cell(i0, 0).merge(t.cell(i1, 0))
        # merge() concatenates paragraphs of empty cells; keep just the text
        c = t.cell(i0, 0)
        for p in c.paragraphs[1:]:
            if not p.text: p._element.getparent().remove(p._element)
doc.add_paragraph("")
doc.add_paragraph("Document history").runs[0].bold = True
vh = doc.add_table(rows=3, cols=3); vh.style = "Table Grid"
for i, row in enumerate([("Version", "Date", "Author"), ("1.0", "18/03/2025", "Policy and Strategy Manager"),
                         ("1.1", "09/09/2025", "Policy and Strategy Manager")]):
    for j, v in enumerate(row): vh.rows[i].cells[j].text = v
doc.save(P(N4))
st4 = {"Complete": "blue", "On track": "green", "At risk": "amber", "Off track": "red", "Not started": "unrated"}
write_yaml(N4, {
 "source": ("Imitates the Corporate Peer Challenge action plan progress updates English district councils take to Overview "
            "and Scrutiny and Cabinet (e.g. North Hertfordshire District Council, 'Update on Corporate Peer Challenge "
            "Action Plan', democracy.north-herts.gov.uk, Appendix A, 2025), published under the LGA requirement to "
            "publish an action plan after a CPC (local.gov.uk). Copied: heading and short introduction, a status key table "
            "before the plan, one table with the peer team's numbered recommendation merged down over its actions, "
            "action numbers 1a/1b, lead as post(s), timescale as words (month, quarter, period, 'Ongoing'), progress "
            "narrative and a shaded status word, and a document history table after. Content invented."),
 "reads": ("Four peer challenge recommendations, each with two actions (1a-4b). Status words are read by the key: Complete "
           "blue, On track green, At risk amber, Off track red, Not started unrated. The key and document history tables "
           "are not actions."),
 "outcome": "read", "accept_refusal": False, "title": TITLE4,
 "actions": [
  A("1a", [REC[1]], rows4[0][2], ["Leader of the Council", "Chief Executive"], "2025-07", "blue"),
  A("1b", [REC[1]], rows4[1][2], ["Policy and Strategy Manager"], "2025-12", "green"),
  A("2a", [REC[2]], rows4[2][2], ["Director of Resources"], "2025-04", "blue"),
  A("2b", [REC[2]], rows4[3][2], ["Director of Resources", "Service Directors"], "2025-12", "amber"),
  A("3a", [REC[3]], rows4[4][2], ["Head of Transformation"], "2026-03", "green"),
  A("3b", [REC[3]], rows4[5][2], ["Head of Transformation"], None, "unrated", end_text="Ongoing"),
  A("4a", [REC[4]], rows4[6][2], ["Democratic Services Manager"], "2025-10", "green"),
  A("4b", [REC[4]], rows4[7][2], ["Democratic Services Manager"], "2026-01", "red"),
 ]})

# =====================================================================================
# 5. docx: housing improvement plan after RSH inspection; standard headings, finding paragraphs,
#    one table per finding, RAG letters with C = complete in the key
# =====================================================================================
N5 = "i3-housing-rsh-plan-finding-tables.docx"
doc = Document()
TITLE5 = "Housing Improvement Plan: Response to the Regulator of Social Housing Inspection"
doc.add_heading(TITLE5, level=0)
doc.add_paragraph("Version 1.3 – reported to Housing Overview and Scrutiny Committee, 4 December 2025")
dc = doc.add_table(rows=4, cols=4); dc.style = "Table Grid"
for i, row in enumerate([("Version", "Date", "Author", "Changes"),
                         ("1.0", "12/05/2025", "Assistant Director of Housing", "Plan agreed with the Regulator"),
                         ("1.2", "02/09/2025", "Housing Improvement Lead", "Quarter 1 progress"),
                         ("1.3", "20/11/2025", "Housing Improvement Lead", "Quarter 2 progress")]):
    for j, v in enumerate(row): dc.rows[i].cells[j].text = v
doc.add_paragraph("")
doc.add_paragraph("Following its inspection in February 2025 the Regulator of Social Housing graded the council C3. "
                  "This plan sets out the actions we are taking against each of the inspection findings. "
                  "Status is shown using the key at the end of this document.")
S1 = "1. Safety and Quality Standard"; S2 = "2. Transparency, Influence and Accountability Standard"; S3 = "3. Tenancy Standard"
F1 = ("Finding 1: The council could not evidence that remedial actions from fire risk assessments were completed within "
      "the required timescales.")
F2 = "Finding 2: The council does not hold up-to-date stock condition data for around 40% of its homes."
F3 = "Finding 3: Tenants were not given meaningful opportunities to influence and scrutinise the landlord's services."
F4 = "Finding 4: Allocations decisions were not always recorded in line with the published allocations policy."
plan5 = [
 (S1, F1, [
   ("1.1", "Load all outstanding fire risk assessment actions onto the compliance system with a risk-based target date.",
    "Building Safety Manager", "30/06/2025", "C"),
   ("1.2", "Clear the backlog of high-risk fire safety remedial actions.",
    "Building Safety Manager; Repairs Contracts Manager", "31/12/2025\nRevised: 31/03/2026", "A")]),
 (S1, F2, [
   ("2.1", "Commission stock condition surveys of the 3,200 homes without a survey in the last five years.",
    "Asset Manager", "Q1 2026/27", "G"),
   ("2.2", "Set up a damp and mould triage team to inspect all reported cases within 10 working days.",
    "Head of Repairs", "End of September 2025", "R")]),
 (S2, F3, [
   ("3.1", "Establish a Tenant Scrutiny Panel with terms of reference agreed with tenants.",
    "Tenant Engagement Manager", "November 2025", "G"),
   ("3.2", "Publish the tenant satisfaction measures and the annual complaints performance report on the council website.",
    "Performance and Insight Manager", "Annual", "G")]),
 (S3, F4, [
   ("4.1", "Audit a sample of 50 lettings each quarter against the allocations policy and report the results to the Housing Management Team.",
    "Lettings Team Leader", "Quarterly", ""),
   ("4.2", "Review the allocations policy and re-publish it after consultation.",
    "Strategic Housing Manager", "April 2026", "A")]),
]
lcol = {"C": "blue", "G": "green", "A": "amber", "R": "red"}
cur = None
for sec, fnd, acts in plan5:
    if sec != cur:
        doc.add_heading(sec, level=1); cur = sec
    p = doc.add_paragraph(); p.add_run(fnd).bold = True
    t = doc.add_table(rows=1 + len(acts), cols=5); t.style = "Table Grid"
    hdr_row(t, ["Ref", "Action", "Responsible officer", "Target date", "RAG"])
    for i, a in enumerate(acts, start=1):
        for j, v in enumerate(a):
            set_text(t.rows[i].cells[j], v)
        if a[4]: shade(t.rows[i].cells[4], HEX[lcol[a[4]]])
    doc.add_paragraph("")
doc.add_heading("Key", level=1)
kt = doc.add_table(rows=5, cols=2); kt.style = "Table Grid"
for i, (l, m, c) in enumerate([("C", "Complete", "blue"), ("G", "On track", "green"),
                               ("A", "Some slippage – recovery plan in place", "amber"),
                               ("R", "Off track or overdue", "red"), ("(blank)", "Not yet started", None)]):
    kt.rows[i].cells[0].text = l; kt.rows[i].cells[1].text = m
    if c: shade(kt.rows[i].cells[0], HEX[c])
doc.save(P(N5))
write_yaml(N5, {
 "source": ("Imitates the housing improvement plans stock-holding English councils publish after a C3 consumer-standards "
            "grading or regulatory notice from the Regulator of Social Housing (consumer standards and C1-C4 grades as "
            "summarised in Campbell Tickell's 2024 local authority consumer regulation briefing; earlier breach-notice "
            "plans such as Arun, Runnymede, Lambeth), as reported to housing scrutiny. Copied: title, version line and a "
            "document control table first, sections per consumer standard, each inspection finding as a bold paragraph "
            "followed by its own small action table (Ref / Action / Responsible officer / Target date / RAG), a revised "
            "date written inside the target cell, RAG letters with shading, and a key at the end in which C means "
            "complete. Content invented."),
 "reads": ("Eight actions (1.1-4.2) under three consumer standards and four inspection findings. RAG letters are read by "
           "the key (C complete, G on track, A some slippage, R off track, blank not started). Action 1.2's target was "
           "revised to March 2026; 3.2 (Annual) and 4.1 (Quarterly) have no end month. The document control and key "
           "tables are not actions."),
 "outcome": "read", "accept_refusal": False, "title": TITLE5,
 "actions": [
  A("1.1", [S1, F1], plan5[0][2][0][1], ["Building Safety Manager"], "2025-06", "blue"),
  A("1.2", [S1, F1], plan5[0][2][1][1], ["Building Safety Manager", "Repairs Contracts Manager"], "2026-03", "amber"),
  A("2.1", [S1, F2], plan5[1][2][0][1], ["Asset Manager"], "2026-06", "green"),
  A("2.2", [S1, F2], plan5[1][2][1][1], ["Head of Repairs"], "2025-09", "red"),
  A("3.1", [S2, F3], plan5[2][2][0][1], ["Tenant Engagement Manager"], "2025-11", "green"),
  A("3.2", [S2, F3], plan5[2][2][1][1], ["Performance and Insight Manager"], None, "green", end_text="Annual"),
  A("4.1", [S3, F4], plan5[3][2][0][1], ["Lettings Team Leader"], None, "unrated", end_text="Quarterly"),
  A("4.2", [S3, F4], plan5[3][2][1][1], ["Strategic Housing Manager"], "2026-04", "amber"),
 ]})

# =====================================================================================
# 6. csv: scrutiny recommendation tracker (York draft layout), Green = achieved in the key
# =====================================================================================
N6 = "i3-scrutiny-rec-tracker-green-achieved.csv"
TITLE6 = "Scrutiny Recommendation Tracker – position at 2 March 2026"
rows6 = [
 ("SR (24/25) 01", "CRP", "15/07/24", "Finance",
  "That the Executive receive a quarterly capital programme monitoring report showing slippage by scheme.",
  "05/09/24", "DM/PL", "Q4 2024/25", "Quarterly capital monitoring report introduced from Q3; first report to Executive February 2025.", "Green"),
 ("SR (24/25) 02", "CRP", "15/07/24", "Finance",
  "That fees and charges be benchmarked against comparator councils before the 2025/26 budget is set.",
  "05/09/24", "DM/KL", "31/01/2025", "Review of 140 fees completed, benchmarked with six councils.", "Green"),
 ("SR (24/25) 03", "PPL", "11/11/24", "ASC",
  "That a single point of contact be introduced for carers' assessments.",
  "12/12/24", "SS/LSW", "30/06/2025", "Carers hub contract varied; single phone number live; online form in development.", "Amber"),
 ("SR (24/25) 04", "PLC", "20/01/25", "Housing",
  "That the damp and mould policy be reviewed to include timescales for inspection and repair.",
  "13/02/25", "PR/LSW/MW", "TBC", "Review paused pending final Awaab's Law guidance; no revised date agreed.", "Red"),
 ("SR (25/26) 01", "CRP", "23/06/25", "Governance",
  "That all Executive reports include a climate and environment impact section.",
  "17/07/25", "JP/CD", "September 2025", "New report template in use from 1 September 2025.", "Green"),
 ("SR (25/26) 02", "PLC", "14/07/25", "Transport",
  "That a review of the school streets schemes be completed and reported back to the committee.",
  "07/08/25", "James Porter and Claire Dunn", "Summer term 2026", "Monitoring data being collected at nine schools.", "Amber"),
 ("SR (25/26) 03", "PPL", "15/09/25", "Public Health",
  "That the Director of Public Health report annually to the committee on progress against the tobacco control plan.",
  "09/10/25", "Smith, Peter", "Annually", "First annual report scheduled for the committee's work plan.", ""),
 ("SR (25/26) 04", "CRP", "17/11/25", "Finance",
  "That the commercial property portfolio be reviewed for disposal opportunities.",
  "11/12/25", "DM/PL", "31/05/2026", "Property review commissioned; report due to Executive in May 2026.", "Amber"),
]
with open(P(N6), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    E = [""] * 9
    w.writerow([TITLE6] + E)
    w.writerow(["Recommendations made by scrutiny committees and agreed by the Executive, with progress to date."] + E)
    w.writerow([""] * 10)
    w.writerow(["Reference", "Origin", "Date", "Area", "Recommendation", "Exec Date", "Lead Officer/EM",
                "Target date", "Action taken", "Status"])
    for r in rows6: w.writerow(list(r))
    w.writerow([""] * 10)
    w.writerow(["Key"] + E)
    w.writerow(["Origin: CRP = Corporate Scrutiny Committee; PPL = People Scrutiny Committee; PLC = Place Scrutiny Committee"] + E)
    w.writerow(["Status: Green = recommendation achieved, monitoring no longer required; Amber = acceptable progress made, "
                "continue monitoring; Red = unacceptable progress made, lead officer to attend committee; blank = not yet assessed"] + E)
st6 = {"Green": "blue", "Amber": "amber", "Red": "red", "": "unrated"}
exp6 = []
ends6 = ["2025-03", "2025-01", "2025-06", None, "2025-09", "2026-07", None, "2026-05"]
etext6 = [None, None, None, "TBC", None, None, "Annually", None]
leads6 = [["DM", "PL"], ["DM", "KL"], ["SS", "LSW"], ["PR", "LSW", "MW"], ["JP", "CD"],
          ["James Porter", "Claire Dunn"], ["Smith, Peter"], ["DM", "PL"]]
for r, e, et, l in zip(rows6, ends6, etext6, leads6):
    exp6.append(A(r[0], [r[3]], r[4], l, e, st6[r[9]], end_text=et))
write_yaml(N6, {
 "source": ("Imitates City of York Council's Scrutiny Recommendation Tracker (Annex A 'draft example' to the Corporate "
            "Scrutiny Committee report 'Scrutiny Recommendation Tracking', 2 March 2026, following the CfGS scrutiny "
            "review): columns Reference 'SR (yy/yy) nn' / Origin / Date / Area / Recommendation / Exec Date / Lead "
            "Officer/EM (initials joined by '/') / Action taken / Status, and a key below the table in which Green means "
            "the recommendation is achieved and monitoring no longer required. A Target date column is added, as "
            "many councils' trackers have. Saved as CSV with a title line above the header. Content invented."),
 "reads": ("Eight scrutiny recommendations agreed by the Executive, each tracked as the item to deliver, grouped by the Area "
           "column, with lead initials, a target date and a Status colour word. By the key, Green means achieved "
           "(complete), so it reads as blue; Amber and Red are in progress and off track; blank is not yet assessed. The "
           "Date and Exec Date columns are meeting dates, not due dates."),
 "outcome": "read", "accept_refusal": False, "title": TITLE6, "actions": exp6})

# =====================================================================================
# 7. csv: ombudsman orders / recommendations compliance tracker; case over order over action
# =====================================================================================
N7 = "i3-ombudsman-orders-tracker-extended-deadline.csv"
TITLE7 = "Housing Ombudsman and LGSCO determinations – compliance with orders and recommendations"
C1 = "HOS 202412345 – damp and mould, Riverside Court"
C2 = "LGSCO 24 013 880 – homelessness"
C3 = "HOS 202509876 – complaint handling failure"
rows7 = [
 (C1, "14/08/2025", "Order 1: Apologise to the resident in writing.",
  "Letter of apology from the Director of Housing sent to the resident.", "Director of Housing", "11/09/2025", "", "Complete", "Yes"),
 (C1, "14/08/2025", "Order 2: Pay the resident £1,250 compensation.",
  "Compensation raised and paid by BACS.", "Housing Complaints Manager", "11/09/2025", "", "Complete", "Yes"),
 (C1, "14/08/2025", "Order 3: Inspect the property and give the resident a schedule of works with timescales.",
  "Surveyor inspection carried out and schedule of works issued to the resident.", "Repairs Manager", "11/09/2025", "", "Complete", "Yes"),
 (C1, "14/08/2025", "Recommendation 1: Review the damp and mould policy against the Ombudsman's spotlight report.",
  "Revised policy to Housing Management Team and Cabinet Member for approval.", "Head of Housing Services", "13/11/2025", "31/03/2026", "On track", "No"),
 (C2, "02/10/2025", "Remedy (a): Pay Miss Y £500 for the distress caused.",
  "Payment made.", "Housing Options Manager", "30/10/2025", "", "Complete", "Yes"),
 (C2, "02/10/2025", "Remedy (b): Remind officers of the duty to review Personal Housing Plans.",
  "Briefing to all housing options officers and update of the PHP procedure.", "Housing Options Manager; Training Officer",
  "02/01/2026", "", "Overdue", "No"),
 (C2, "02/10/2025", "Remedy (c): Review the records of all applicants owed the relief duty for more than 56 days.",
  "Case review of relief-duty cases over 56 days, with a report to the Ombudsman.", "Housing Options Manager",
  "02/01/2026", "27/02/2026", "On track", "No"),
 (C3, "21/11/2025", "Order 1: Complete a self-assessment against the Complaint Handling Code and share it with the Ombudsman.",
  "Self-assessment to be completed and approved by the Member Responsible for Complaints.",
  "Complaints and Information Governance Manager", "19/12/2025", "30/01/2026", "Not started", "No"),
]
with open(P(N7), "w", encoding="utf-8-sig", newline="") as f:
    w = csv.writer(f, quoting=csv.QUOTE_MINIMAL)
    E = [""] * 8
    w.writerow([TITLE7] + E)
    w.writerow(["Report to Audit and Standards Committee, 20 January 2026"] + E)
    w.writerow(["Status key: Complete (blue) = order complied with and evidence sent to the Ombudsman; On track (green) = in "
                "progress within the deadline; Overdue (red) = deadline passed; Not started (no colour)"] + E)
    w.writerow([""] * 9)
    w.writerow(["Case", "Determination date", "Order / recommendation", "Agreed action", "Responsible officer",
                "Deadline", "Extended deadline", "Status", "Evidence sent"])
    for r in rows7: w.writerow(list(r))
    w.writerow([""] * 9)
    w.writerow(["Summary"] + E)
    for lab, v in [("Complete", 4), ("On track", 2), ("Overdue", 1), ("Not started", 1), ("Total", 8)]:
        w.writerow([lab, v] + [""] * 7)
st7 = {"Complete": "blue", "On track": "green", "Overdue": "red", "Not started": "unrated"}
ends7 = ["2025-09", "2025-09", "2025-09", "2026-03", "2025-10", "2026-01", "2026-02", "2026-01"]
leads7 = [["Director of Housing"], ["Housing Complaints Manager"], ["Repairs Manager"], ["Head of Housing Services"],
          ["Housing Options Manager"], ["Housing Options Manager", "Training Officer"], ["Housing Options Manager"],
          ["Complaints and Information Governance Manager"]]
write_yaml(N7, {
 "source": ("Imitates the ombudsman compliance trackers councils with housing stock report to audit or standards "
            "committees: Housing Ombudsman determinations (orders and recommendations with compliance deadlines, e.g. "
            "Barking and Dagenham Council 202009340) and LGSCO decisions with agreed remedies (e.g. London Borough of "
            "Harrow 24 013 880, apology, payment and service improvements). Copied: title and committee line, a status "
            "key line, case repeated on each row with its determination date, the order or remedy text, the agreed "
            "action, officer as post(s), deadline and extended deadline, status word, evidence sent flag, and a summary "
            "count block at the end. UTF-8 with BOM. Content invented."),
 "reads": ("Eight orders, remedies and recommendations from three ombudsman cases, each with one agreed action and a "
           "responsible officer. Status words are read by the key (Complete blue, On track green, Overdue red, Not "
           "started no colour); an extended deadline replaces the original. The summary block is counts, not actions."),
 "outcome": "read", "accept_refusal": False, "title": TITLE7,
 "actions": [A(None, [r[0], r[2]], r[3], l, e, st7[r[7]]) for r, l, e in zip(rows7, leads7, ends7)]})

print("done")
