"""Build the seven ztj- blind cases (data files + expected readings)."""
import datetime as dt, os, yaml
from openpyxl import Workbook
from openpyxl.styles import PatternFill, Font, Alignment
from docx import Document
from docx.shared import RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

D = os.path.dirname(os.path.abspath(__file__))
def P(n): return os.path.join(D, n)
def fill(h): return PatternFill("solid", start_color=h, end_color=h)
RED, AMB, GRN, BLU, GREY = "FF0000", "FFC000", "00B050", "0070C0", "D9D9D9"
B = Font(bold=True)

def write_yaml(name, d):
    with open(P(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(d, f, sort_keys=False, allow_unicode=True, width=1000)

def A(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None: a["end_text"] = end_text
    a["status"] = status
    return a

# ---------------------------------------------------------------- 1 Stornoway board action log (xlsx)
n1 = "ztj-stornoway-port-authority-board-action-log.xlsx"
wb = Workbook(); ws = wb.active; ws.title = "Open Actions"
ws["A1"] = "Stornoway Port Authority – Board Action Log"; ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "Updated by the Board Secretary following the Board meeting of 18 September 2025"
hdr = ["No.", "Minute", "Action", "Owner", "Target date", "Revised date", "Status", "Update"]
ws.append([]); ws.append(hdr)
for c in ws[4]: c.font = B; c.fill = fill(GREY)
exp1 = []
groups = [
 ("Board meeting – 27 March 2025", [
  ("25/14", "5.2", "Commission an independent review of the Port’s pension deficit recovery plan and report options to the Board.", "FD", dt.datetime(2025,6,30), dt.datetime(2025,11,30), "A", "Actuary appointed July; draft report expected October."),
  ("25/15", "7.1", "Update the Delegated Authority Schedule to reflect the new Deep Water Terminal operating arrangements.", "CEO / Board Secretary", dt.datetime(2025,9,30), None, "G", "Draft circulated to Audit & Risk Committee."),
 ]),
 ("Board meeting – 26 June 2025", [
  ("25/22", "4.3", "Bring a paper on marine safety KPIs under the Port Marine Safety Code, including near-miss reporting trends.", "HM", dt.datetime(2025,9,18), dt.datetime(2025,12,11), "R", "Deferred – Harbour Master absence; now December Board."),
  ("25/23", "6.4", "Arrange Board member cyber security awareness training before the end of the calendar year.", "Board Secretary", dt.datetime(2025,12,31), None, "G", "Provider booked for 6 November."),
  ("25/24", "8.1", "Circulate the updated stakeholder engagement plan for the Harbour Masterplan refresh.", "CEO", dt.datetime(2025,8,31), None, "B", "Circulated 22 August."),
 ]),
 ("Board meeting – 18 September 2025", [
  ("25/31", "3.2", "Review the Board skills matrix and bring recruitment proposals for two vacant member posts, in line with Modern Trust Ports guidance.", "Chair; Board Secretary", dt.datetime(2026,1,31), None, "G", ""),
  ("25/32", "5.5", "Report the outcome of the harbour dues tariff consultation, with a recommended 2026 tariff.", "FD & Commercial Manager", dt.datetime(2025,12,11), None, "", ""),
 ]),
]
ST = {"G": "green", "A": "amber", "R": "red", "B": "blue", "": "unrated"}
r = 5
for g, rows in groups:
    ws.cell(r, 1, g).font = B; ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    ws.cell(r, 1).fill = fill("DDEBF7"); r += 1
    for no, mn, act, own, tgt, rev, st, upd in rows:
        vals = [no, mn, act, own, tgt, rev, st or None, upd or None]
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v)
            if isinstance(v, dt.datetime): c.number_format = "dd/mm/yyyy"
        if st: ws.cell(r, 7).fill = fill({"G": GRN, "A": AMB, "R": RED, "B": BLU}[st])
        end = (rev or tgt).strftime("%Y-%m")
        lead = {"CEO / Board Secretary": ["CEO", "Board Secretary"], "Chair; Board Secretary": ["Chair", "Board Secretary"],
                "FD & Commercial Manager": ["FD", "Commercial Manager"]}.get(own, [own])
        exp1.append(A(no, [g], act, lead, end, ST[st])); r += 1
r += 1
ws.cell(r, 1, "Status key: B = complete (to be moved to Closed Actions); G = on track; A = at risk of slipping; R = overdue / off track")
ws.cell(r+1, 1, "Owners: CEO – Chief Executive; FD – Finance Director; HM – Harbour Master")
for col, w in zip("ABCDEFGH", [8, 8, 70, 24, 13, 13, 8, 45]): ws.column_dimensions[col].width = w
ws2 = wb.create_sheet("Closed Actions")
ws2["A1"] = "Closed actions – 2025"; ws2["A1"].font = B
ws2.append(hdr[:5] + ["Date closed", "Status", "Closure note"])
for c in ws2[2]: c.font = B
closed = [
 ("25/03", "6.1", "Publish the 2024 Annual Report and Accounts on the Port website following Board approval.", "FD", dt.datetime(2025,5,31), dt.datetime(2025,5,20), "Complete", "Published 20 May."),
 ("25/09", "9.2", "Confirm insurance cover for the new ferry linkspan with the Port’s insurers.", "Commercial Manager", dt.datetime(2025,4,30), dt.datetime(2025,4,11), "Complete", "Confirmed by broker."),
]
for row in closed:
    ws2.append(list(row))
    for c in ws2[ws2.max_row]:
        if isinstance(c.value, dt.datetime): c.number_format = "dd/mm/yyyy"
    exp1.append(A(row[0], [], row[2], [row[3]], row[4].strftime("%Y-%m"), "blue"))
wb.save(P(n1))
write_yaml(n1, {
 "source": "Modelled on Scottish trust port board action logs (e.g. Stornoway/Lerwick/Aberdeen trust port board papers, 2025) and Transport Scotland's Modern Trust Ports guidance: title and 'updated by' line, actions grouped under merged meeting rows, action no. and minute columns, target and revised dates, status letter with fill, status key and owner abbreviations below, separate Closed Actions sheet.",
 "reads": "An open-actions sheet grouped by the Board meeting that raised each action, with target and revised dates and a B/G/A/R status, and a second sheet of closed actions. Seven open and two closed actions.",
 "outcome": "read", "accept_refusal": False,
 "title": "Stornoway Port Authority – Board Action Log", "actions": exp1})

# ---------------------------------------------------------------- 2 Plantlife strategic risk register (xlsx)
n2 = "ztj-plantlife-strategic-risk-register-2025-26.xlsx"
wb = Workbook(); c0 = wb.active; c0.title = "Cover"
c0["A1"] = "Plantlife International – The Wild Plant Conservation Charity"; c0["A1"].font = Font(bold=True, size=14)
c0["A2"] = "Strategic Risk Register 2025/26"
c0["A4"] = "Document control"; c0["A4"].font = B
for i, (k, v) in enumerate([("Version", "3.1"), ("Risk owner", "Chief Executive"), ("Prepared by", "Director of Finance & Resources"),
                             ("Reviewed by", "Audit & Risk Committee, 16 October 2025"), ("Next review", "January 2026")], 5):
    c0.cell(i, 1, k); c0.cell(i, 2, v)
ws = wb.create_sheet("Register")
ws["A1"] = "Strategic Risk Register 2025/26 – mitigating actions"; ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "Scores are likelihood x impact (1–5). Action RAG: Green = on track; Amber = some slippage; Red = off track; Blue = complete."
hdr = ["Risk", "Inherent score", "Residual score", "Ref", "Mitigating action", "Action owner", "Due", "Previous RAG", "Current RAG", "Commentary"]
for i, h in enumerate(hdr, 1):
    c = ws.cell(4, i, h); c.font = B; c.fill = fill(GREY); c.alignment = Alignment(wrap_text=True)
risks = [
 ("SR1: Income – unrestricted fundraising income falls below budget, limiting delivery of the 2030 strategy", 20, 12, [
   ("1.1", "Diversify income by launching a regular-giving upgrade programme and a legacy marketing campaign.", "Director of Fundraising; Head of Individual Giving", "Q3 2025/26", "2025-12", "Green", GRN, "green", "Upgrade journey live; legacy campaign in design."),
   ("1.2", "Reforecast the 2025/26 budget at month 6 and agree contingency savings with Trustees.", "Director of Finance & Resources", dt.datetime(2025,10,31), "2025-10", "Amber", BLU, "blue", "Reforecast approved by Finance Committee."),
 ]),
 ("SR2: Data and cyber – loss of supporter or species data through a cyber incident or data breach", 16, 9, [
   ("2.1", "Achieve Cyber Essentials Plus certification.\nComplete phishing simulation for all staff and volunteers with system access.", "Head of IT", dt.datetime(2026,3,31), "2026-03", "Amber", AMB, "amber", "Assessment booked February; simulation 70% complete."),
   ("2.2", "Refresh the data retention schedule and the record of processing activities.", "Data Protection Lead", "Ongoing", None, "Green", GRN, "green", ""),
   ("2.3", "Test the IT disaster recovery plan with a tabletop exercise.", "Head of IT and Director of Finance & Resources", "Jan-26", "2026-01", "Red", RED, "red", "Postponed twice; supplier availability."),
 ]),
 ("SR3: Reserves and land – unplanned costs on nature reserves (e.g. tree safety, ash dieback) exceed designated funds", 12, 8, [
   ("3.1", "Complete tree safety surveys on all 23 reserves and cost the ash dieback works programme.", "Director of Conservation", "Sept 2025 – March 2026", "2026-03", "Green", GRN, "green", "15 of 23 surveyed."),
   ("3.2", "Review the reserves policy and designated funds with the Audit & Risk Committee.", "Director of Finance & Resources", dt.datetime(2026,1,31), "2026-01", "", None, "unrated", "Not yet started – scheduled for January meeting."),
 ]),
]
exp2 = []; r = 5
for rtext, inh, res, acts in risks:
    top = r
    for ref, act, own, due, end, prev, curfill, st, com in acts:
        ws.cell(r, 4, ref); ws.cell(r, 5, act).alignment = Alignment(wrap_text=True); ws.cell(r, 6, own)
        c = ws.cell(r, 7, due)
        if isinstance(due, dt.datetime): c.number_format = "dd/mm/yyyy"
        ws.cell(r, 8, prev or None)
        if curfill: ws.cell(r, 9).fill = fill(curfill)
        ws.cell(r, 10, com or None)
        lead = {"Director of Fundraising; Head of Individual Giving": ["Director of Fundraising", "Head of Individual Giving"],
                "Head of IT and Director of Finance & Resources": ["Head of IT", "Director of Finance & Resources"]}.get(own, [own])
        a = A(ref, [rtext], act, lead, end, st)
        if end is None: a = A(ref, [rtext], act, lead, None, st, end_text=due)
        exp2.append(a); r += 1
    ws.cell(top, 1, rtext).alignment = Alignment(wrap_text=True, vertical="top")
    ws.cell(top, 2, inh); ws.cell(top, 3, res)
    for col in (1, 2, 3): ws.merge_cells(start_row=top, start_column=col, end_row=r-1, end_column=col)
r += 1
ws.cell(r, 1, "Summary of actions").font = B
for i, (k, v) in enumerate([("Blue (complete)", 1), ("Green", 3), ("Amber", 1), ("Red", 1), ("Not started", 1), ("Total", 7)]):
    ws.cell(r+1+i, 1, k); ws.cell(r+1+i, 2, v)
for col, w in zip("ABCDEFGHIJ", [40, 9, 9, 6, 60, 30, 14, 10, 10, 40]): ws.column_dimensions[col].width = w
wb.save(P(n2))
write_yaml(n2, {
 "source": "Modelled on charity strategic risk registers published with trustee/Audit & Risk Committee papers (Charity Commission CC26 style; e.g. conservation charities such as Plantlife, 2025): cover sheet with document control, risk description merged vertically over its mitigating actions, inherent/residual scores, previous RAG as text and current RAG as fill only, RAG key line, summary block of action counts.",
 "reads": "A cover sheet and a register where each strategic risk (SR1–SR3) sits in a merged cell beside its numbered mitigating actions. The status of each action is the colour of the Current RAG cell per the key; the counts at the foot are a summary.",
 "outcome": "read", "accept_refusal": False,
 "title": "Strategic Risk Register 2025/26", "actions": exp2})

# ---------------------------------------------------------------- 3 Magna internal audit tracker – REFUSE (xlsx)
n3 = "ztj-magna-housing-audit-risk-committee-internal-audit-tracker-typo-month-refuse.xlsx"
wb = Workbook(); s = wb.active; s.title = "Summary"
s["A1"] = "Magna Housing – Audit & Risk Committee"; s["A1"].font = Font(bold=True, size=14)
s["A2"] = "Internal audit recommendations: position at 31 October 2025"
for i, row in enumerate([("Priority", "Open", "Overdue", "Closed in period"), ("High", 2, 1, 1), ("Medium", 3, 0, 2), ("Low", 1, 0, 0), ("Total", 6, 1, 3)], 4):
    for j, v in enumerate(row, 1): s.cell(i, j, v)
ws = wb.create_sheet("Tracker")
ws["A1"] = "Internal Audit Recommendations Tracker 2025/26"; ws["A1"].font = Font(bold=True, size=13)
hdr = ["Audit", "Rec", "Priority", "Recommendation", "Agreed management action", "Responsible officer", "Original date", "Revised date", "Status"]
for i, h in enumerate(hdr, 1): c = ws.cell(3, i, h); c.font = B; c.fill = fill(GREY)
rows = [
 ("Tenancy Fraud (24/25-07)", "1", "High", "Tenancy audits should be completed for all new tenancies within 12 months.", "Introduce a tracker of tenancy audits due and report completion monthly to the Housing Management Team.", "Head of Housing Services", dt.datetime(2025,6,30), dt.datetime(2025,12,31), "Amber"),
 ("Tenancy Fraud (24/25-07)", "2", "Medium", "Fraud referrals should be logged centrally.", "Set up a central fraud referral log with the Counter Fraud Officer.", "Counter Fraud Officer", dt.datetime(2025,9,30), None, "Complete"),
 ("Building Safety – Fire Risk Assessments (25/26-02)", "1", "High", "Overdue FRA remedial actions should be escalated.", "Report overdue high-risk FRA actions to the Building Safety Group and Executive Team each month.", "Director of Assets; Building Safety Manager", dt.datetime(2025,10,31), "Febuary 2026", "Red"),
 ("Payroll (25/26-04)", "1", "Low", "Payroll amendments should be independently checked.", "Introduce a second-person check of all payroll amendments before each pay run.", "Payroll Manager", dt.datetime(2025,11,30), None, "Green"),
]
for i, row in enumerate(rows, 4):
    for j, v in enumerate(row, 1):
        c = ws.cell(i, j, v)
        if isinstance(v, dt.datetime): c.number_format = "mmm-yy"
wb.save(P(n3))
write_yaml(n3, {
 "source": "Modelled on housing association Audit & Risk Committee internal audit recommendation trackers (RSH governance and viability standard; e.g. Magna, Aster, Stonewater committee papers, 2025): summary sheet of open/overdue counts by priority, tracker sheet with audit, rec no., priority, recommendation, agreed action, responsible officer, original and revised dates, status.",
 "reads": "A tracker of agreed internal audit actions with original and revised dates. The revised date of the Building Safety FRA action on sheet row 6 of the Tracker sheet reads 'Febuary 2026', a mistyped month, so a careful reader stops there and asks.",
 "outcome": "refuse", "accept_refusal": False, "refuse_at": 6,
 "title": "Internal Audit Recommendations Tracker 2025/26"})

# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr(); sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), hexcol); tcPr.append(sh)
def row(t, vals, bold=False, sh=None):
    cells = t.add_row().cells
    for c, v in zip(cells, vals):
        c.text = v
        if bold:
            for p in c.paragraphs:
                for rn in p.runs: rn.bold = True
        if sh: shade(c, sh)
    return cells

# ---------------------------------------------------------------- 4 Sutton Coldfield TC internal audit action plan (docx)
n4 = "ztj-sutton-coldfield-town-council-internal-audit-action-plan.docx"
doc = Document()
doc.add_heading("Royal Sutton Coldfield Town Council", 0)
doc.add_heading("Internal Audit Report 2024/25 – Action Plan", 1)
t = doc.add_table(rows=0, cols=2); t.style = "Table Grid"
for k, v in [("Version", "1.2"), ("Date", "3 July 2025"), ("Author", "Town Clerk"), ("Presented to", "Finance & General Purposes Committee, 14 July 2025"), ("Internal auditor", "Independent internal auditor (AGAR 2024/25)")]:
    row(t, [k, v])
doc.add_paragraph("The internal auditor’s recommendations are set out below by control objective, each followed by the actions agreed by the Council. Status: Green = on track; Amber = at risk; Red = overdue; Complete = action closed.")
areas = [
 ("Area A: Appropriate accounting records", [
   ("The cashbook should be reconciled to the bank statements monthly and the reconciliation signed by a member.", [
     ("A1", "Monthly bank reconciliation to be reviewed and signed by the Chair of Finance & General Purposes Committee.", "RFO", "August 2025", "2025-08", "Complete", "blue"),
     ("A2", "Reconciliations to be reported to each F&GP Committee meeting.", "RFO", "Ongoing", None, "Green", "green")]),
 ]),
 ("Area C: Risk management and insurance", [
   ("The Council’s risk register should be reviewed and formally adopted at least annually.", [
     ("C1", "Refresh the corporate risk register, including events, Sutton Park land and cyber risks, and bring it to Full Council.", "Town Clerk / RFO", "By 30 September 2025", "2025-09", "Amber", "amber"),
     ("C2", "Confirm fidelity guarantee cover is adequate for the Council’s reserves.", "RFO", "30/09/2025", "2025-09", "Complete", "blue")]),
 ]),
 ("Area G: Payroll and Standing Orders", [
   ("Standing Orders and Financial Regulations should be updated to the latest NALC model.", [
     ("G1", "Adopt the 2025 NALC model Standing Orders and revised Financial Regulations.", "Town Clerk", "Nov-25", "2025-11", "Green", "green"),
     ("G2", "Provide training for councillors on the revised Financial Regulations and procurement thresholds.", "Town Clerk and Deputy Town Clerk", "Q4 2025/26", "2026-03", "Red", "red")]),
 ]),
]
exp4 = []
for area, recs in areas:
    doc.add_heading(area, 2)
    t = doc.add_table(rows=1, cols=5); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Ref", "Agreed action", "Responsible", "Target date", "Status"]):
        c.text = h; c.paragraphs[0].runs[0].bold = True
    for rec, acts in recs:
        cells = t.add_row().cells; m = cells[0].merge(cells[4]); m.text = rec; shade(m, "E7E6E6")
        for p in m.paragraphs:
            for rn in p.runs: rn.italic = True
        for ref, act, who, due, end, stw, st in acts:
            row(t, [ref, act, who, due, stw])
            lead = {"Town Clerk / RFO": ["Town Clerk", "RFO"], "Town Clerk and Deputy Town Clerk": ["Town Clerk", "Deputy Town Clerk"]}.get(who, [who])
            a = A(ref, [area, rec], act, lead, end, st) if end else A(ref, [area, rec], act, lead, None, st, end_text=due)
            exp4.append(a)
doc.add_heading("Sign-off", 2)
t = doc.add_table(rows=0, cols=2); t.style = "Table Grid"
row(t, ["Town Clerk", "Signed: ____________"]); row(t, ["Chair of F&GP Committee", "Signed: ____________"])
doc.save(P(n4))
write_yaml(n4, {
 "source": "Modelled on town council responses to the annual internal audit report (AGAR internal audit control objectives A–L, e.g. Sutton Coldfield, Frome, Salisbury town council F&GP papers 2025): title, document-control table, one table per control objective with the auditor's recommendation as a shaded merged row above the agreed actions, status words per a key, sign-off table.",
 "reads": "Three sections by internal audit control area; in each table the auditor's recommendation sits above two numbered agreed actions with responsible officer, target date and status. The document-control and sign-off tables are not the plan.",
 "outcome": "read", "accept_refusal": False,
 "title": "Internal Audit Report 2024/25 – Action Plan", "actions": exp4})

# ---------------------------------------------------------------- 5 NI Museums Council highlight report (docx)
n5 = "ztj-northern-ireland-museums-council-governance-programme-highlight-report.docx"
doc = Document()
doc.add_heading("Northern Ireland Museums Council", 0)
doc.add_heading("Governance Improvement Programme – Highlight Report No. 6", 1)
t = doc.add_table(rows=0, cols=4); t.style = "Table Grid"
row(t, ["Reporting period", "October 2025", "Report to", "Board (Audit and Risk Assurance Committee)"])
row(t, ["Senior Responsible Owner", "Chief Executive", "Overall RAG", "Amber"])
doc.add_heading("1. Summary of progress", 2)
doc.add_paragraph("Partnership Agreement with DfC signed; Board effectiveness review fieldwork complete. Procurement policy refresh slipped owing to CPD guidance changes.")
doc.add_heading("2. Milestones", 2)
doc.add_paragraph("RAG: R – off track, intervention needed; A – at risk; G – on track; B – complete.")
t = doc.add_table(rows=1, cols=6); t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["Ref", "Milestone", "Lead", "Baseline date", "Forecast date", "RAG"]):
    c.text = h; c.paragraphs[0].runs[0].bold = True
ws_ = [
 ("Workstream 1: Arm’s-length body governance", [
   ("1.1", "Sign the new Partnership Agreement with the Department for Communities and publish it on the website.", "Siobhan McAllister", "30/06/2025", "15/09/2025", "2025-09", "B", "blue"),
   ("1.2", "Complete the external Board effectiveness review and agree an action plan with the Board.", "Chair and Chief Executive", "31/10/2025", "31/01/2026", "2026-01", "A", "amber"),
   ("1.3", "Update the Management Statement/Financial Memorandum cross-references in the Scheme of Delegation.", "Ciaran O'Neill", "30/11/2025", "30/11/2025", "2025-11", "G", "green")]),
 ("Workstream 2: Financial control and procurement", [
   ("2.1", "Refresh the procurement policy in line with the latest Construction and Procurement Delivery guidance.", "Head of Finance", "30/09/2025", "31/03/2026", "2026-03", "R", "red"),
   ("2.2", "Implement the recommendations of the NIAO Report to those charged with governance 2024-25.", "Ciaran O'Neill / Ruth Gamble", "31/12/2025", "31/12/2025", "2025-12", "G", "green")]),
 ("Workstream 3: Information assurance", [
   ("3.1", "Roll out mandatory data protection and records management e-learning to all staff and Board members.", "Information Governance Officer", "31/12/2025", "28/02/2026", "2026-02", "A", "amber"),
   ("3.2", "Appoint a Senior Information Risk Owner and issue the annual SIRO assurance statement.", "Chief Executive", "31/03/2026", "31/03/2026", "2026-03", "", "unrated")]),
]
COL = {"B": "0070C0", "A": "FFC000", "G": "00B050", "R": "FF0000"}
exp5 = []
for wsn, items in ws_:
    cells = t.add_row().cells; m = cells[0].merge(cells[5]); m.text = wsn; m.paragraphs[0].runs[0].bold = True; shade(m, "DDEBF7")
    for ref, ms, lead, base, fc, end, rag, st in items:
        cells = row(t, [ref, ms, lead, base, fc, rag])
        if rag: shade(cells[5], COL[rag])
        ld = {"Chair and Chief Executive": ["Chair", "Chief Executive"], "Ciaran O'Neill / Ruth Gamble": ["Ciaran O'Neill", "Ruth Gamble"]}.get(lead, [lead])
        exp5.append(A(ref, [wsn], ms, ld, end, st))
doc.add_heading("3. Decisions required", 2)
doc.add_paragraph("The Committee is asked to note the revised forecast for milestone 2.1 and approve the re-baselined date.", style="List Bullet")
doc.add_heading("4. Top programme risks", 2)
t = doc.add_table(rows=1, cols=3); t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["Risk", "Rating", "Owner"]): c.text = h
row(t, ["Capacity in the finance team during year-end", "Amber", "Head of Finance"])
row(t, ["Delay to DfC guidance affecting procurement policy", "Red", "Chief Executive"])
doc.save(P(n5))
write_yaml(n5, {
 "source": "Modelled on NI arm's-length body programme highlight reports to Audit and Risk Assurance Committees (DfC sponsored bodies such as NIMC, Arts Council NI, 2025): title, header table with period, SRO and overall RAG, summary paragraph, milestone table with shaded workstream rows, baseline and forecast dates, RAG letter with fill, decisions and top-risks sections.",
 "reads": "A highlight report whose milestone table lists seven milestones under three workstreams, each with a lead, baseline and forecast dates and a RAG letter; the forecast date is the revised end. The header table and the risks table are not actions.",
 "outcome": "read", "accept_refusal": False,
 "title": "Governance Improvement Programme – Highlight Report No. 6", "actions": exp5})

# ---------------------------------------------------------------- 6 Cotswold Canals Trust Monday.com export (csv)
n6 = "ztj-cotswold-canals-trust-governance-code-action-plan-monday-export.csv"
import csv, io
groups6 = [
 ("Principle 2 – Leadership", [
   ("Agree a written role description for the Chair and Vice Chair", "Jane Hollis", "Done", "2025-05-01 - 2025-07-31", "2025-07", "blue", ""),
   ("Introduce an annual Chair appraisal led by the Vice Chair", "Jane Hollis, Mark Tern", "On track", "2025-09-01 - 2026-01-30", "2026-01", "green", "Questionnaire drafted")]),
 ("Principle 3 – Integrity", [
   ("Update the register of interests and add a standing declaration item to every Board agenda", "Company Secretary", "Done", "2025-04-01 - 2025-06-30", "2025-06", "blue", ""),
   ("Review the conflicts of interest policy for volunteer-led restoration contracts", "Mark Tern", "Stuck", "2025-07-01 - 2025-10-31", "2025-10", "red", "Waiting on legal advice")]),
 ("Principle 5 – Board effectiveness", [
   ("Complete a trustee skills audit and publish a recruitment pack for two new trustees", "Priya Desai", "On track", "2025-10-01 - 2026-02-27", "2026-02", "green", ""),
   ("Commission an external board review (every three years for larger charities)", "Jane Hollis", "", "2026-04-01 - 2026-09-30", "2026-09", "unrated", "")]),
 ("Principle 6 – Equality, diversity and inclusion", [
   ("Set EDI objectives for the Board and report progress in the Trustees’ Annual Report", "Priya Desai, Tom Blackwell", "Working on it", "2025-11-03 - 2026-03-31", "2026-03", "amber", "Draft objectives to January Board")]),
]
buf = io.StringIO(); w = csv.writer(buf, lineterminator="\n")
w.writerow(["Charity Governance Code Action Plan 2025-26"]); w.writerow([])
exp6 = []
for g, items in groups6:
    w.writerow([g]); w.writerow(["Name", "Person", "Status", "Timeline", "Notes"])
    for name, per, st, tl, end, s, note in items:
        w.writerow([name, per, st, tl, note])
        exp6.append(A(None, [g], name, [p.strip() for p in per.split(",")], end, s))
    w.writerow([])
open(P(n6), "w", encoding="utf-8", newline="").write(buf.getvalue())
write_yaml(n6, {
 "source": "Modelled on a small charity's Charity Governance Code action plan kept on a Monday.com board and exported to CSV (board name line, one block per group with repeated header line, Name/Person/Status/Timeline/Notes columns, Monday status labels Done/Working on it/Stuck, timeline as 'start - end').",
 "reads": "A Monday.com export of seven governance actions grouped by Charity Governance Code principle, each with its people, status label and timeline; the end is the last date of the timeline. Done is complete, Stuck red, Working on it amber, blank not started.",
 "outcome": "read", "accept_refusal": True,
 "title": "Charity Governance Code Action Plan 2025-26", "actions": exp6})

# ---------------------------------------------------------------- 7 South Staffs Water HSE improvement notice plan (txt, tab-separated)
n7 = "ztj-south-staffs-water-hse-improvement-notices-action-plan.txt"
L = ["South Staffs Water – HSE Improvement Notices: Compliance Action Plan",
     "Status at 7 November 2025 | Owner: Director of Health, Safety & Wellbeing | Reported to: Board Health & Safety Committee",
     "",
     "Ref\tAction\tOwner\tDue\tStatus"]
notices = [
 ("Improvement Notice 1 – Legionella control at Seedy Mill WTW (HSWA s.2, COSHH reg.7)", [
   ("IN1.1", "Appoint a competent Responsible Person for legionella and record the appointment in the water hygiene policy", "Head of Production", "31/08/2025", "2025-08", "Complete", "blue"),
   ("IN1.2", "Complete a new legionella risk assessment for all hot and cold water systems on site", "Water Hygiene Contractor / Site Manager", "30/09/2025", "2025-09", "Complete", "blue"),
   ("IN1.3", "Implement monthly temperature monitoring with records held on the CMMS", "Site Manager", "Dec-25", "2025-12", "On track", "green")]),
 ("Improvement Notice 2 – Work at height on reservoir access structures (WAHR reg.4)", [
   ("IN2.1", "Survey all reservoir ladders and walkways and prioritise remedial works", "Head of Asset Maintenance", "31/10/2025", "2025-10", "Amber", "amber"),
   ("IN2.2", "Introduce a permit to work for roof access on service reservoirs", "Health & Safety Business Partner", "Q4 2025/26", "2026-03", "On track", "green")]),
]
exp7 = []
for nh, items in notices:
    L.append(nh)
    for ref, act, own, due, end, sw, st in items:
        L.append("\t".join([ref, act, own, due, sw]))
        lead = [x.strip() for x in own.split("/")]
        exp7.append(A(ref, [nh], act, lead, end, st))
L += ["", "Notes: HSE compliance dates are 30/11/2025 (Notice 1) and 31/03/2026 (Notice 2). Evidence packs are held on the H&S SharePoint site."]
open(P(n7), "w", encoding="utf-8", newline="").write("\n".join(L) + "\n")
write_yaml(n7, {
 "source": "Modelled on water company action plans responding to HSE improvement notices as reported to board health & safety committees (e.g. South Staffs Water, Anglian Water, 2025): title and status line, tab-separated export with one heading line per notice above its numbered actions, owners as posts, dates day-first and quarter, notes line.",
 "reads": "A tab-separated plan of five actions under two HSE improvement notices, each with owner post(s), due date and status. The notes line gives HSE compliance dates, not actions.",
 "outcome": "read", "accept_refusal": False,
 "title": "South Staffs Water – HSE Improvement Notices: Compliance Action Plan", "actions": exp7})
print("built")
