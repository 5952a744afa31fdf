"""Build the seven ztq- blind cases (data files + expected readings)."""
import os, yaml
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

D = os.path.dirname(os.path.abspath(__file__))
FILL = {"red": "FFC7CE", "amber": "FFC000", "green": "92D050", "blue": "00B0F0"}
def fill(c, col): c.fill = PatternFill("solid", fgColor=FILL[col])
def bold(c): c.font = Font(bold=True)
WR = Alignment(wrap_text=True, vertical="top")

def dump(name, meta, actions):
    d = dict(meta)
    if actions is not None:
        d["actions"] = actions
    with open(os.path.join(D, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(d, f, allow_unicode=True, sort_keys=False, width=1000)

def A(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text: a["end_text"] = end_text
    a["status"] = status
    return a

# ---------------------------------------------------------------- 1 HMP Erlestoke (xlsx)
def erlestoke():
    name = "ztq-hmp-erlestoke-hmip-recommendations-action-plan.xlsx"
    wb = Workbook(); ws = wb.active; ws.title = "Document control"
    rows = [["HMP Erlestoke – HMIP Inspection Action Plan"], [],
            ["Document owner", "Governing Governor"], ["Version", "v1.3"],
            ["Date of inspection", "05/02/2024 – 15/02/2024"], ["Report published", "June 2024"],
            ["Last updated", "14/10/2024"], ["Approved by", "Prison Group Director, South Central"]]
    for r in rows: ws.append(r)
    bold(ws["A1"])
    ws2 = wb.create_sheet("Action plan")
    ws2.append(["HMP Erlestoke – response to HMIP recommendations (report published June 2024)"])
    ws2.merge_cells("A1:I1"); bold(ws2["A1"])
    ws2.append(["RAG: R = off track, A = at risk, G = on track, B = complete"])
    ws2.append([])
    ws2.append(["Ref", "Recommendation", "Action", "Responsible", "Target date", "Revised target date",
                "Previous RAG", "Current RAG", "Progress update (Oct 2024)"])
    for c in ws2[4]: bold(c)
    data = [
      ("sec", "Priority concerns"),
      ("rec", "1", "Leaders should ensure that prisoners have sufficient time out of cell and access to purposeful activity."),
      ("act", "1.1", "Review the regime so that all prisoners are unlocked for at least 7.5 hours on weekdays.", "Head of Residence", "31/08/2024", "30/11/2024", "R", "A", "Revised core day drafted; consultation with POA under way."),
      ("act", "1.2", "Increase activity spaces in industries and education to match the population.", "Head of Reducing Reoffending / Head of Education, Skills and Work", "31/12/2024", "", "A", "G", "Two new workshops opened in September."),
      ("rec", "2", "The prison should reduce the supply of illicit drugs and support those who misuse substances."),
      ("act", "2.1", "Deploy the enhanced gate security team at the visits hall and the main gate.", "Head of Security", "30/09/2024", "", "G", "B", "Team in place since 2 September 2024."),
      ("act", "2.2", "Introduce a drug-free living unit on C wing with incentivised testing.", "Head of Safety; Substance Misuse Lead (Change Grow Live)", "31/03/2025", "", "A", "A", "Unit identified; staffing model awaiting sign-off."),
      ("sec", "Key concerns"),
      ("rec", "3", "Prisoners with disabilities should have their needs assessed and a personal evacuation plan in place."),
      ("act", "3.1", "Complete a PEEP for every prisoner identified with a mobility need and review it monthly.", "Equalities Manager", "Monthly", "", "G", "G", "All 41 PEEPs in place; monthly audit by Equalities Manager."),
      ("act", "3.2", "Train residential officers in recognising and recording disability needs on arrival.", "Head of Residence and Equalities Manager", "30/06/2024", "31/01/2025", "R", "R", "Training package delayed; new date agreed with Learning & Development."),
    ]
    for d in data:
        if d[0] == "sec":
            ws2.append([d[1]]); r = ws2.max_row; ws2.merge_cells(f"A{r}:I{r}"); bold(ws2[f"A{r}"])
        elif d[0] == "rec":
            ws2.append([d[1], d[2]]); r = ws2.max_row; ws2.merge_cells(f"B{r}:I{r}"); bold(ws2[f"B{r}"])
        else:
            ws2.append([d[1], "", d[2], d[3], d[4], d[5], d[6], d[7], d[8]])
    for col, w in zip("ABCDEFGHI", (6, 40, 50, 30, 14, 14, 10, 10, 45)):
        ws2.column_dimensions[col].width = w
    ws2.append([]); ws2.append(["Total actions: 6   Complete: 1   On track: 2   At risk: 2   Off track: 1"])
    wb.save(os.path.join(D, name))
    S, K = "Priority concerns", "Key concerns"
    r1 = "Leaders should ensure that prisoners have sufficient time out of cell and access to purposeful activity."
    r2 = "The prison should reduce the supply of illicit drugs and support those who misuse substances."
    r3 = "Prisoners with disabilities should have their needs assessed and a personal evacuation plan in place."
    acts = [
      A("1.1", [S, r1], "Review the regime so that all prisoners are unlocked for at least 7.5 hours on weekdays.", ["Head of Residence"], "2024-11", "amber"),
      A("1.2", [S, r1], "Increase activity spaces in industries and education to match the population.", ["Head of Reducing Reoffending", "Head of Education, Skills and Work"], "2024-12", "green"),
      A("2.1", [S, r2], "Deploy the enhanced gate security team at the visits hall and the main gate.", ["Head of Security"], "2024-09", "blue"),
      A("2.2", [S, r2], "Introduce a drug-free living unit on C wing with incentivised testing.", ["Head of Safety", "Substance Misuse Lead (Change Grow Live)"], "2025-03", "amber"),
      A("3.1", [K, r3], "Complete a PEEP for every prisoner identified with a mobility need and review it monthly.", ["Equalities Manager"], None, "green", "Monthly"),
      A("3.2", [K, r3], "Train residential officers in recognising and recording disability needs on arrival.", ["Head of Residence", "Equalities Manager"], "2025-01", "red"),
    ]
    dump(name, {"source": "Imitates an HMPPS establishment response to an HMIP inspection report (HMP Erlestoke, 2024), as prisons publish them: document-control sheet, then an action plan sheet with merged section rows (priority concerns / key concerns), numbered recommendation rows above their actions, target and revised target dates, previous and current RAG letters, progress update and a totals line.",
                "reads": "Two sheets: a document-control sheet and the action plan. The plan groups six actions under three HMIP recommendations in two sections, each with a target date (some revised), previous and current RAG letters and a progress note.",
                "outcome": "read", "accept_refusal": False,
                "title": "HMP Erlestoke – HMIP Inspection Action Plan"}, acts)

# ---------------------------------------------------------------- 2 Cornwall FRS (xlsx, fill RAG)
def cornwall():
    name = "ztq-cornwall-fire-rescue-service-hmicfrs-cause-of-concern-action-plan.xlsx"
    wb = Workbook(); ws = wb.active; ws.title = "Summary"
    ws.append(["HMICFRS Cause of Concern: Prevention and Protection – Action Plan 2024/25"]); bold(ws["A1"])
    ws.append(["Cornwall Fire and Rescue Service – summary for the Community Safety Board, January 2025"])
    ws.append([])
    ws.append(["Status", "Number of actions"])
    for r in (["Complete", 2], ["On track", 2], ["At risk", 2], ["Off track", 1], ["Total", 7]): ws.append(r)
    ws.append([]); ws.append(["Key"])
    for t, c in (("Off track", "red"), ("At risk", "amber"), ("On track", "green"), ("Complete", "blue")):
        ws.append(["", t]); fill(ws.cell(ws.max_row, 1), c)
    ws2 = wb.create_sheet("Cause of concern")
    ws2.append(["HMICFRS Cause of Concern: Prevention and Protection – Action Plan 2024/25"]); bold(ws2["A1"])
    ws2.merge_cells("A1:G1")
    ws2.append(["Status shown by cell colour – see key on Summary sheet"])
    ws2.append([])
    ws2.append(["No.", "Action", "Owner", "Start", "Due", "Status", "Update"])
    for c in ws2[4]: bold(c)
    data = [
      ("h", "Cause of concern: The service doesn’t have an effective system for targeting its prevention activity at the people most at risk."),
      ("h", "Recommendation 1 – By 31 March 2025, the service should make sure its prevention work is focused on those most at risk."),
      ("a", "1.1", "Adopt a person-centred risk model using Exeter data and partner referrals to prioritise home fire safety visits.", "Area Manager Prevention", "Apr-24", "Sep-24", "blue", "Model live from September."),
      ("a", "1.2", "Set a target that 80% of home fire safety visits go to households scored high or very high risk.", "Area Manager Prevention", "Jun-24", "Dec-24", "green", "78% in Q3."),
      ("a", "1.3", "Quality assure a 10% sample of completed visits each quarter.", "Prevention Manager", "Jul-24", "Quarterly", "amber", "First sample complete; QA form being revised."),
      ("h", "Recommendation 2 – By 31 March 2025, the service should have a risk-based inspection programme that targets high-risk premises."),
      ("a", "2.1", "Refresh the risk-based inspection programme using the NFCC premises risk methodology.", "Group Manager Protection", "Apr-24", "Oct-24", "blue", "Approved by SLT 15/10/24."),
      ("a", "2.2", "Recruit and develop four additional fire safety inspectors.", "Group Manager Protection\nHR Business Partner", "Apr-24", "Mar-25", "red", "Only one post filled; re-advertised."),
      ("a", "2.3", "Introduce monthly performance reporting on audits completed against the programme.", "Head of Performance and Data", "Sep-24", "Jan-25", "green", "Dashboard in test."),
      ("a", "2.4", "Agree joint inspection protocols with Cornwall Council building control and licensing.", "Group Manager Protection", "Oct-24", "Mar-25", "amber", "Draft protocol with council legal team."),
    ]
    for d in data:
        if d[0] == "h":
            ws2.append([d[1]]); r = ws2.max_row; ws2.merge_cells(f"A{r}:G{r}"); bold(ws2[f"A{r}"])
        else:
            ws2.append([d[1], d[2], d[3], d[4], d[5], "", d[7]]); r = ws2.max_row
            fill(ws2.cell(r, 6), d[6]); ws2.cell(r, 3).alignment = WR
    wb.save(os.path.join(D, name))
    cc = "Cause of concern: The service doesn’t have an effective system for targeting its prevention activity at the people most at risk."
    r1 = "Recommendation 1 – By 31 March 2025, the service should make sure its prevention work is focused on those most at risk."
    r2 = "Recommendation 2 – By 31 March 2025, the service should have a risk-based inspection programme that targets high-risk premises."
    acts = [
      A("1.1", [cc, r1], "Adopt a person-centred risk model using Exeter data and partner referrals to prioritise home fire safety visits.", ["Area Manager Prevention"], "2024-09", "blue"),
      A("1.2", [cc, r1], "Set a target that 80% of home fire safety visits go to households scored high or very high risk.", ["Area Manager Prevention"], "2024-12", "green"),
      A("1.3", [cc, r1], "Quality assure a 10% sample of completed visits each quarter.", ["Prevention Manager"], None, "amber", "Quarterly"),
      A("2.1", [cc, r2], "Refresh the risk-based inspection programme using the NFCC premises risk methodology.", ["Group Manager Protection"], "2024-10", "blue"),
      A("2.2", [cc, r2], "Recruit and develop four additional fire safety inspectors.", ["Group Manager Protection", "HR Business Partner"], "2025-03", "red"),
      A("2.3", [cc, r2], "Introduce monthly performance reporting on audits completed against the programme.", ["Head of Performance and Data"], "2025-01", "green"),
      A("2.4", [cc, r2], "Agree joint inspection protocols with Cornwall Council building control and licensing.", ["Group Manager Protection"], "2025-03", "amber"),
    ]
    dump(name, {"source": "Imitates a fire and rescue service's HMICFRS cause-of-concern action plan as reported to its scrutiny board (Cornwall FRS, 2024/25): a summary sheet with status totals and colour key, then a plan sheet with merged cause-of-concern and recommendation rows over numbered actions, start/due month cells and status shown only by fill colour.",
                "reads": "A summary sheet (totals and colour key) and a plan sheet with seven actions under one cause of concern and two recommendations. Status has no text; the Status cell is filled red/amber/green/blue per the key.",
                "outcome": "read", "accept_refusal": False,
                "title": "HMICFRS Cause of Concern: Prevention and Protection – Action Plan 2024/25"}, acts)

# ---------------------------------------------------------------- 3 Hartpury (xlsx, refuse)
def hartpury():
    name = "ztq-hartpury-college-ofsted-post-inspection-action-plan-typo-month-refuse.xlsx"
    wb = Workbook(); ws = wb.active; ws.title = "PIAP"
    ws.append(["Hartpury College – Post-Inspection Action Plan (Ofsted, November 2024)"]); bold(ws["A1"])
    ws.append(["Monitored by the Quality and Standards Committee"])
    ws.append([])
    ws.append(["Area for improvement", "Ref", "Action", "Lead", "Completion by", "RAG", "Impact / evidence"])
    for c in ws[4]: bold(c)
    rows = [
      ("Leaders should ensure that teachers of adult learners check what learners already know at the start of their course.", None, None, None, None, None),
      ("", "A1", "Introduce a skills scan at enrolment for all adult courses.", "Director of Adult Learning", "January 2025", "G"),
      ("", "A2", "Train adult tutors in using starting points to plan learning.", "Head of Teaching and Learning", "Febuary 2025", "A"),
      ("", "A3", "Audit individual learning plans for starting points each term.", "Quality Manager", "Termly", "G"),
      ("Leaders should improve attendance at English and mathematics lessons for 16 to 18 learners.", None, None, None, None, None),
      ("", "B1", "Daily follow-up of absence by progress coaches.", "Head of Student Services", "December 2024", "B"),
      ("", "B2", "Move English and maths lessons to the main vocational timetable blocks.", "Deputy Principal Curriculum", "September 2025", "A"),
    ]
    for r in rows:
        ws.append(list(r) + [""])
    wb.save(os.path.join(D, name))
    dump(name, {"source": "Imitates an FE college's Ofsted post-inspection action plan (Hartpury College, 2024): title and committee line, one sheet with area-for-improvement rows in column A above lettered actions, completion month written in words and RAG letters.",
                "reads": "Five actions under two Ofsted areas for improvement. Action A2's completion cell reads 'Febuary 2025', a mistyped month, so a careful reader stops at sheet row 7 and asks what was meant.",
                "outcome": "refuse", "accept_refusal": True, "refuse_at": 7,
                "title": "Hartpury College – Post-Inspection Action Plan (Ofsted, November 2024)"}, None)

# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr(); shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol); tcPr.append(shd)

def table(doc, rows, header=True):
    t = doc.add_table(rows=0, cols=len(rows[0])); t.style = "Table Grid"
    for i, r in enumerate(rows):
        cells = t.add_row().cells
        for c, v in zip(cells, r):
            c.text = v
            if header and i == 0:
                for p in c.paragraphs:
                    for run in p.runs: run.bold = True
    return t

# ---------------------------------------------------------------- 4 Ysgol Dyffryn Ogwen (docx, a table per recommendation)
def ogwen():
    name = "ztq-ysgol-dyffryn-ogwen-estyn-post-inspection-action-plan.docx"
    doc = Document()
    doc.add_heading("Ysgol Dyffryn Ogwen – Post-Inspection Action Plan", 0)
    doc.add_paragraph("Estyn inspection: March 2024. Plan agreed by the governing body: 2 July 2024.")
    table(doc, [["Version", "Date", "Author", "Change"],
                ["1.0", "02/07/2024", "Headteacher", "Approved by governors"],
                ["1.1", "21/01/2025", "Deputy Headteacher", "Spring term progress added"]])
    doc.add_paragraph("Progress key: Complete / On track / Some slippage / Not started")
    recs = [
      ("R1 Improve the consistency of feedback so that pupils know how to improve their work", [
        ("1a", "Agree a whole-school feedback policy with pupils and staff.", "Deputy Headteacher (Teaching and Learning)", "Autumn term 2024", "Complete"),
        ("1b", "Run departmental learning walks focused on feedback each half term.", "Heads of Department", "Spring term 2025", "On track"),
        ("1c", "Survey pupils on how useful feedback is and report to governors.", "DH (T&L) / Pupil Voice Co-ordinator", "Summer term 2025", "Not started"),
      ]),
      ("R2 Strengthen the provision for pupils’ Welsh language skills outside Welsh lessons", [
        ("2a", "Introduce a Siarter Iaith action group in every year.", "Siarter Iaith Co-ordinator", "Autumn term 2024", "On track"),
        ("2b", "Plan extended Welsh writing tasks in humanities and science schemes of work.", "Head of Humanities and Head of Science", "Summer term 2025", "Some slippage"),
      ]),
      ("R3 Address the safeguarding issue identified during the inspection", [
        ("3a", "Secure the gate on the lower site and complete a site safety audit.", "Business Manager", "April 2024", "Complete"),
      ]),
    ]
    for heading, acts in recs:
        doc.add_heading(heading, level=2)
        table(doc, [["Action", "What we will do", "Lead", "Timescale", "Progress"]] + [list(a) for a in acts])
        doc.add_paragraph("")
    doc.add_paragraph("Signed: Chair of Governors")
    doc.save(os.path.join(D, name))
    ends = {"Autumn term 2024": "2024-12", "Spring term 2025": "2025-04", "Summer term 2025": "2025-07", "April 2024": "2024-04"}
    st = {"Complete": "blue", "On track": "green", "Not started": "unrated", "Some slippage": "amber"}
    leads = {"DH (T&L) / Pupil Voice Co-ordinator": ["DH (T&L)", "Pupil Voice Co-ordinator"],
             "Head of Humanities and Head of Science": ["Head of Humanities", "Head of Science"]}
    out = []
    for heading, acts in recs:
        for a in acts:
            out.append(A(a[0], [heading], a[1], leads.get(a[2], [a[2]]), ends[a[3]], st[a[4]]))
    dump(name, {"source": "Imitates a Welsh secondary school's Estyn post-inspection action plan (Ysgol Dyffryn Ogwen, 2024): title, version table, progress key in words, and one heading per Estyn recommendation (R1, R2, R3) followed by its own action table with lead, term timescale and progress word.",
                "reads": "Six actions in three tables, each under an Estyn recommendation heading. Timescales are school terms; progress is written as Complete / On track / Some slippage / Not started.",
                "outcome": "read", "accept_refusal": False,
                "title": "Ysgol Dyffryn Ogwen – Post-Inspection Action Plan"}, out)

# ---------------------------------------------------------------- 5 Probation PDU (docx, single table, merged rec rows)
def probation():
    name = "ztq-probation-service-swansea-neath-port-talbot-pdu-hmip-inspection-action-plan.docx"
    doc = Document()
    p = doc.add_paragraph(); r = p.add_run("HM Prison and Probation Service – Wales"); r.bold = True
    doc.add_heading("Swansea, Neath Port Talbot PDU: HM Inspectorate of Probation Inspection Action Plan", 1)
    doc.add_paragraph("Inspection fieldwork: October 2024. Report published: February 2025. Owner: Head of PDU.")
    hdr = ["No.", "Action", "Owner", "Target date", "RAG", "Update"]
    recs = [
      ("1. Improve the quality of risk of serious harm assessments so that they draw on all available information.", [
        ("1.1", "Deliver risk of serious harm refresher training to all practitioners.", "Head of PDU / SPO", "30/06/2025", "Green", "78% trained by May."),
        ("1.2", "Make domestic abuse and safeguarding checks mandatory before the sentence plan is signed off.", "Senior Probation Officers", "31/05/2025", "Amber", "Checks built into the allocation meeting; compliance audit due."),
      ]),
      ("2. Reduce workloads so that practitioners can deliver good-quality work.", [
        ("2.1", "Recruit to vacant PO and PSO posts through the regional recruitment campaign.", "Head of PDU", "Q2 2025/26", "Red", "Four of nine vacancies filled."),
        ("2.2", "Agree a workload cap for newly qualified officers.", "Deputy Head of PDU", "31/03/2025", "Complete", "Cap agreed with unions."),
      ]),
      ("3. Strengthen partnership work with Swansea and Neath Port Talbot children’s services.", [
        ("3.1", "Place a named SPO at each children’s services front door meeting.", "Deputy Head of PDU", "Ongoing", "Green", "In place since March 2025."),
      ]),
    ]
    t = doc.add_table(rows=1, cols=6); t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, hdr): c.text = v
    for rec, acts in recs:
        row = t.add_row().cells; m = row[0].merge(row[5]); m.text = rec; shade(m, "D9E2F3")
        for a in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, a): c.text = v
    doc.add_paragraph("RAG key: Red – not on track; Amber – some risk; Green – on track; Complete – action closed.")
    doc.save(os.path.join(D, name))
    ends = {"30/06/2025": "2025-06", "31/05/2025": "2025-05", "Q2 2025/26": "2025-09", "31/03/2025": "2025-03", "Ongoing": None}
    st = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue"}
    leads = {"Head of PDU / SPO": ["Head of PDU", "SPO"]}
    out = []
    for rec, acts in recs:
        for a in acts:
            out.append(A(a[0], [rec], a[1], leads.get(a[2], [a[2]]), ends[a[3]], st[a[4]], "Ongoing" if a[3] == "Ongoing" else None))
    dump(name, {"source": "Imitates a probation delivery unit's response to an HMI Probation PDU inspection (Probation Service Wales, Swansea Neath Port Talbot PDU, 2025): bold service line, heading, one table with shaded recommendation rows merged across all columns above numbered actions, day-first target dates, a financial-quarter date and an 'Ongoing', and a RAG key line after the table.",
                "reads": "One table: five actions grouped under three numbered HMIP recommendations (merged shaded rows). Each has an owner post, a target date and a RAG word.",
                "outcome": "read", "accept_refusal": False,
                "title": "Swansea, Neath Port Talbot PDU: HM Inspectorate of Probation Inspection Action Plan"}, out)

# ---------------------------------------------------------------- 6 North Wales Police (csv)
def nwp():
    name = "ztq-north-wales-police-hmicfrs-digital-forensics-recommendations-tracker.csv"
    import csv, io
    recs = {"R1": "By March 2025, forces should make sure digital forensic examination backlogs are monitored and risk-assessed.",
            "R2": "Forces should make sure investigators receive training in the capture of digital evidence."}
    rows = [
      ("R1", "R1.1", "Introduce a weekly backlog review with THRIVE risk scoring for every device awaiting examination.", "DCI Digital Forensics Unit", "31/12/2024", "", "Complete", "Weekly review in place since November."),
      ("R1", "R1.2", "Report backlog and ageing figures to the Force Performance Board each month.", "Head of Digital Forensics; Performance Manager", "31/01/2025", "", "On track", "First report January 2025."),
      ("R1", "R1.3", "Secure funding for a second cyber kiosk in each area.", "Head of Digital Forensics", "31/03/2025", "30/09/2025", "Amber", "Bid in the 2025/26 capital programme."),
      ("R2", "R2.1", "Add digital evidence capture to the initial investigators' development programme.", "Head of Learning and Development", "30/06/2025", "", "On track", ""),
      ("R2", "R2.2", "Train all response sergeants in the use of cyber kiosks.", "Ch Insp Response, Ch Insp Learning and Development", "31/03/2025", "31/07/2025", "Red", "Trainer availability; revised date agreed at board."),
      ("R2", "R2.3", "Publish a \"digital first\" guide for frontline officers on the intranet.", "DCI Digital Forensics Unit", "28/02/2025", "", "Complete", "Published 20 Feb 2025."),
    ]
    buf = io.StringIO(); w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["HMICFRS Recommendations Tracker – Digital forensics inspection (North Wales Police)"])
    w.writerow(["Exported 03/03/2025"])
    w.writerow([])
    w.writerow(["Rec ID", "Recommendation", "Action ID", "Action", "Action Owner", "Original Due Date", "Revised Due Date", "Status", "Latest Update"])
    for r in rows:
        w.writerow([r[0], recs[r[0]], r[1], r[2], r[3], r[4], r[5], r[6], r[7]])
    with open(os.path.join(D, name), "w", encoding="utf-8", newline="") as f: f.write(buf.getvalue())
    st = {"Complete": "blue", "On track": "green", "Amber": "amber", "Red": "red"}
    leads = {"Head of Digital Forensics; Performance Manager": ["Head of Digital Forensics", "Performance Manager"],
             "Ch Insp Response, Ch Insp Learning and Development": ["Ch Insp Response", "Ch Insp Learning and Development"]}
    def ym(d): dd, mm, yy = d.split("/"); return f"{yy}-{mm}"
    out = [A(r[1], [recs[r[0]]], r[2], leads.get(r[4] if False else r[3], [r[3]]), ym(r[5] or r[4]), st[r[6]]) for r in rows]
    dump(name, {"source": "Imitates a police force's HMICFRS recommendations tracker exported from its tracking system to CSV (North Wales Police, digital forensics inspection, 2025): title and export-date lines, then one row per action with the recommendation text repeated on each row, original and revised due dates, status word and latest update.",
                "reads": "Six actions under two HMICFRS recommendations, the recommendation text repeated on every row. Where a revised due date is given it replaces the original.",
                "outcome": "read", "accept_refusal": False,
                "title": "HMICFRS Recommendations Tracker – Digital forensics inspection (North Wales Police)"}, out)

# ---------------------------------------------------------------- 7 St Swithun's (txt, tab-separated)
def swithun():
    name = "ztq-st-swithuns-school-isi-inspection-action-plan.txt"
    lines = [
      "St Swithun’s School, Winchester – ISI Inspection (May 2024) Action Plan for the Board of Governors",
      "",
      "Ref\tAction\tLead\tBy when\tStatus",
      "Recommendation 1: Ensure that the safer recruitment checks are recorded consistently in the single central record.",
      "1.1\tMonthly audit of the single central record by the Bursar and a nominated governor.\tBursar; Safeguarding Governor\tMonthly\tOn track",
      "1.2\tRetrain HR staff in the Keeping Children Safe in Education 2024 requirements.\tHR Manager\tSeptember 2024\tComplete",
      "Recommendation 2: Develop pupils’ independence in their learning in the Junior School.",
      "2.1\tIntroduce enquiry-based projects in Years 4 to 6.\tHead of Junior School\tSpring term 2025\tOn track",
      "2.2\tShare practice through paired lesson observations between Junior and Senior School staff.\tDeputy Head (Academic)\tSummer term 2025\tNot started",
      "2.3\tReview homework policy so that tasks promote independent research.\tDeputy Head (Academic) and Head of Junior School\tJuly 2025\tAmber",
      "",
      "Notes: status reviewed at each Education Committee meeting.",
    ]
    with open(os.path.join(D, name), "w", encoding="utf-8") as f: f.write("\n".join(lines) + "\n")
    r1 = "Recommendation 1: Ensure that the safer recruitment checks are recorded consistently in the single central record."
    r2 = "Recommendation 2: Develop pupils’ independence in their learning in the Junior School."
    out = [
      A("1.1", [r1], "Monthly audit of the single central record by the Bursar and a nominated governor.", ["Bursar", "Safeguarding Governor"], None, "green", "Monthly"),
      A("1.2", [r1], "Retrain HR staff in the Keeping Children Safe in Education 2024 requirements.", ["HR Manager"], "2024-09", "blue"),
      A("2.1", [r2], "Introduce enquiry-based projects in Years 4 to 6.", ["Head of Junior School"], "2025-04", "green"),
      A("2.2", [r2], "Share practice through paired lesson observations between Junior and Senior School staff.", ["Deputy Head (Academic)"], "2025-07", "unrated"),
      A("2.3", [r2], "Review homework policy so that tasks promote independent research.", ["Deputy Head (Academic)", "Head of Junior School"], "2025-07", "amber"),
    ]
    dump(name, {"source": "Imitates an independent school's ISI inspection action plan for governors (St Swithun's School, Winchester, 2024), saved as tab-separated text: a title line, a header line, recommendation lines standing alone above their numbered actions, term and month timescales, status words and a notes line.",
                "reads": "Five actions under two ISI recommendations. Timescales mix months, school terms and 'Monthly'; status words are On track, Complete, Not started and Amber.",
                "outcome": "read", "accept_refusal": False,
                "title": "St Swithun’s School, Winchester – ISI Inspection (May 2024) Action Plan for the Board of Governors"}, out)

if __name__ == "__main__":
    for f in (erlestoke, cornwall, hartpury, ogwen, probation, nwp, swithun): f()
    print("done")
