"""Generator for heldout4 blind cases (i-*). Run with /work/main/.venv/bin/python."""
import csv, io, os, datetime as dt
import yaml
from openpyxl import Workbook
from openpyxl.styles import PatternFill, Font, Alignment
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.dirname(os.path.abspath(__file__))

def dump(name, exp):
    with open(os.path.join(OUT, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(exp, f, sort_keys=False, allow_unicode=True, width=1000)

def A(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d

def csv_text(rows, delim=",", quoting=csv.QUOTE_MINIMAL, eol="\r\n"):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, quoting=quoting, lineterminator=eol)
    for r in rows:
        w.writerow(r)
    return buf.getvalue()

def line_of(text, needle):
    for i, ln in enumerate(text.splitlines(), 1):
        if needle in ln:
            return i
    raise ValueError(needle)

# ---------------------------------------------------------------- 1 ILACS csv (UTF-8 BOM, comma)
def ilacs():
    name = "i-ilacs-plan"
    T1 = "Theme 1: Help and protection – the quality and timeliness of practice at the front door"
    R1 = "Recommendation 1: The quality of strategy discussions, including the attendance of partner agencies and the recording of the rationale for decisions"
    R2 = "Recommendation 2: Management oversight and supervision of social workers in the assessment teams"
    T2 = "Theme 2: Children in care and care leavers"
    R3 = "Recommendation 3: The sufficiency of local placements for children in care, including for older children with complex needs"
    R4 = "Recommendation 4: The quality of pathway plans and the offer to care leavers aged 21 to 25"
    hdr = ["Ref", "Action", "Lead officer", "Lead agency", "Target date", "RAG", "Progress update (June 2024)"]
    rows = [
        ["Northmoor Borough Council – Children's Services Improvement Plan following the ILACS inspection (February 2024)", "", "", "", "", "", ""],
        ["Version 3.1 – updated 14/06/2024 – owner: Director of Children's Services", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        hdr,
        [T1, "", "", "", "", "", ""],
        [R1, "", "", "", "", "", ""],
        ["1.1", "Agree a revised multi-agency strategy discussion protocol with Police and Health, including minimum attendance standards", "Head of MASH", "Northmoor Council", "Sept 2024", "G", "Protocol drafted and shared with partners 03/06."],
        ["1.2", "Introduce a strategy discussion recording template on Mosaic with a mandatory field for the rationale for the decision\nTrain all MASH and duty staff on the template", "Head of Service / Principal Social Worker", "Northmoor Council", "31/03/2025", "A", "Mosaic change request raised; IT capacity is a risk."],
        ["", "", "", "", "", "", "Training dates booked for July and September."],
        ["1.3", "Monthly dip-sample audit of 20 strategy discussions by the multi-agency audit group", "DI Public Protection", "Northumbria Police", "Monthly", "G", "First two audits completed."],
        [R2, "", "", "", "", "", ""],
        ["2.1", "Refresh the supervision policy and set a four-weekly minimum for all case-holding social workers", "Service Manager (Assessment)", "Northmoor Council", "Q3 2024/25", "Complete", "Policy signed off by SLT 22/05/2024."],
        ["2.2", "Quarterly supervision compliance report to the Improvement Board", "Head of Quality Assurance", "Northmoor Council", "Dec-24 (was Sep-24)", "R", "Report format delayed by performance team vacancy."],
        [T2, "", "", "", "", "", ""],
        [R3, "", "", "", "", "", ""],
        ["3.1", "Publish an updated Sufficiency Strategy 2024–27 with a commissioning plan for two local children's homes", "Head of Commissioning", "Northmoor Council", "March 2025", "A", ""],
        ["3.2", "Recruit 15 additional in-house foster carers, prioritising carers for teenagers", "Fostering Team Manager", "Northmoor Council", "Ongoing", "G", "6 approved to date."],
        [R4, "", "", "", "", "", ""],
        ["4.1", "Pathway plan template co-produced with the Children in Care Council and care leavers", "PA Team Manager; Participation Officer", "Northmoor Council", "End of October 2024", "", ""],
        ["4.2", "Extend the local offer to care leavers up to 25, including council tax exemption and a named PA on request", "Head of Corporate Parenting", "Northmoor Council", "By 31 January 2025", "Yellow", "Council tax exemption agreed by Cabinet."],
        ["", "", "", "", "", "", ""],
        ["RAG key: R = off track, A = some slippage, G = on track, Complete = action finished", "", "", "", "", "", ""],
    ]
    text = csv_text(rows)
    with open(os.path.join(OUT, name + ".csv"), "w", encoding="utf-8-sig", newline="") as f:
        f.write(text)
    exp = {
        "source": "Imitates post-ILACS children's services improvement plans published by English councils (e.g. Bradford, Torbay, Sandwell 2022-24 plans): title and version line, a theme row and a recommendation row above numbered actions, lead officer with a lead agency column, mixed target-date styles, RAG letters and a progress column. Saved as UTF-8 with BOM CSV from Excel.",
        "reads": "A Northmoor children's services ILACS improvement plan: two themes, each with recommendations, with nine numbered actions. One row holds only a further progress note for action 1.2. The RAG key at the bottom is a note, not an action.",
        "outcome": "read",
        "accept_refusal": False,
        "title": rows[0][0],
        "actions": [
            A("1.1", [T1, R1], rows[6][1], ["Head of MASH"], "2024-09", "green"),
            A("1.2", [T1, R1], rows[7][1], ["Head of Service", "Principal Social Worker"], "2025-03", "amber"),
            A("1.3", [T1, R1], rows[9][1], ["DI Public Protection"], None, "green", "Monthly"),
            A("2.1", [T1, R2], rows[11][1], ["Service Manager (Assessment)"], "2024-12", "blue", "Q3 2024/25"),
            A("2.2", [T1, R2], rows[12][1], ["Head of Quality Assurance"], "2024-12", "red", "Dec-24 (was Sep-24)"),
            A("3.1", [T2, R3], rows[15][1], ["Head of Commissioning"], "2025-03", "amber"),
            A("3.2", [T2, R3], rows[16][1], ["Fostering Team Manager"], None, "green", "Ongoing"),
            A("4.1", [T2, R4], rows[18][1], ["PA Team Manager", "Participation Officer"], "2024-10", "unrated", "End of October 2024"),
            A("4.2", [T2, R4], rows[19][1], ["Head of Corporate Parenting"], "2025-01", "amber", "By 31 January 2025"),
        ],
    }
    dump(name, exp)

# ---------------------------------------------------------------- 2 SEND WSoA (semicolon, Windows-1252)
def send():
    name = "i-send-wsoa"
    P1 = "Priority 1 – Identification and assessment of need"
    W1 = "Weakness 1: The timeliness and quality of Education, Health and Care (EHC) plans"
    W2 = "Weakness 2: Waiting times for neurodevelopmental assessment (ASD/ADHD)"
    P2 = "Priority 2 – Preparing for adulthood"
    W3 = "Weakness 3: Transition planning from age 14, including for young people’s health care"
    hdr = ["Priority", "Area of weakness", "Ref", "Action", "Responsible", "Milestone date", "Status", "Evidence of impact"]
    r = [
        ["Westbrook Local Area SEND Written Statement of Action – Progress Tracker", "", "", "", "", "", "", ""],
        ["Report to SEND Improvement Board – 18 November 2024", "", "", "", "", "", "", ""],
        hdr,
        [P1, W1, "1a", "Recruit four additional EHC co-ordinators (funded £180k from the High Needs Block)", "Head of SEND", "End of January 2025", "On track", "Two appointed; 20-week compliance 48% (was 31%)"],
        [P1, W1, "1b", "Introduce multi-agency quality assurance of new EHC plans, with health and social care advice returned within 6 weeks", "Head of SEND / Designated Clinical Officer", "By 31 March 2025", "Amber", "QA panel started; health advice timeliness 62%"],
        [P1, W1, "1c", "Co-produce a ‘good EHC plan’ guide with the Parent Carer Forum", "Jones, Karen", "July 2025", "Not started", ""],
        [P1, W2, "2a", "Commission additional assessment capacity from an independent provider to reduce the backlog", "ICB Head of Children’s Commissioning", "Sept 2024 – March 2025", "Completed", "Contract awarded; 310 assessments completed"],
        [P1, W2, "2b", "Launch a ‘waiting well’ support offer for families, including parent workshops and a named contact", "CAMHS Service Manager", "Spring term 2025", "Red", "Venue and staffing not yet agreed"],
        [P2, W3, "3a", "Ensure every Year 9 annual review includes preparing-for-adulthood outcomes", "SENCo network lead", "Summer term 2025", "On track", ""],
        [P2, W3, "3b", "Agree a joint transition protocol between children’s and adult health services", "Designated Clinical Officer & Head of Adult Social Care", "31/05/2025", "Amber", "Draft protocol out for comment"],
        [P2, W3, "3c", "Publish a preparing-for-adulthood section on the Local Offer website, including supported internships and employment", "Local Offer Manager", "Dec-24", "Completed", "Live from 01/11/2024 – 1,240 visits"],
    ]
    text = csv_text(r, delim=";")
    with open(os.path.join(OUT, name + ".csv"), "w", encoding="cp1252", newline="") as f:
        f.write(text)
    exp = {
        "source": "Imitates SEND Written Statement of Action progress trackers taken to local area SEND improvement boards (Ofsted/CQC joint local area SEND inspections, 2019-2024): priority and area-of-weakness columns repeated on every row, milestone dates in words, school-term dates, status words. Exported from Excel as semicolon CSV in Windows-1252.",
        "reads": "A Westbrook SEND Written Statement of Action tracker with two priorities, three areas of weakness and eight lettered actions. The priority and weakness are columns on each row, giving the headings each action sits under.",
        "outcome": "read",
        "accept_refusal": False,
        "title": r[0][0],
        "actions": [
            A("1a", [P1, W1], r[3][3], ["Head of SEND"], "2025-01", "green", "End of January 2025"),
            A("1b", [P1, W1], r[4][3], ["Head of SEND", "Designated Clinical Officer"], "2025-03", "amber", "By 31 March 2025"),
            A("1c", [P1, W1], r[5][3], ["Jones, Karen"], "2025-07", "unrated"),
            A("2a", [P1, W2], r[6][3], ["ICB Head of Children’s Commissioning"], "2025-03", "blue", "Sept 2024 – March 2025"),
            A("2b", [P1, W2], r[7][3], ["CAMHS Service Manager"], None, "red", "Spring term 2025"),
            A("3a", [P2, W3], r[8][3], ["SENCo network lead"], None, "green", "Summer term 2025"),
            A("3b", [P2, W3], r[9][3], ["Designated Clinical Officer", "Head of Adult Social Care"], "2025-05", "amber"),
            A("3c", [P2, W3], r[10][3], ["Local Offer Manager"], "2024-12", "blue"),
        ],
    }
    dump(name, exp)

# ---------------------------------------------------------------- 3 Youth justice (UTF-16 Unicode Text, tab)
def yjs():
    name = "i-yjs-hmip"
    R1 = "1. The YJS Management Board should ensure that board members understand the needs of children in the youth justice system and use this to hold partners to account"
    R2 = "2. The Head of Service should improve the quality of assessment and planning for keeping other people safe"
    R3 = "3. The police and the YJS should review out-of-court disposal decision-making"
    hdr = ["Rec", "Recommendation", "Action No", "Action", "Owner", "Deadline", "Previous RAG", "Current RAG", "Update"]
    r = [
        ["Harfield Youth Justice Service – HMIP Inspection Improvement Plan 2024-25", "", "", "", "", "", "", "", ""],
        hdr,
        ["1", R1, "1.1", "Induction pack and training session for all new board members", "Chair of YJS Management Board", "31/10/2024", "Amber", "Complete", "Delivered 09/10/2024"],
        ["", "", "1.2", "Board to receive a quarterly data and disproportionality report, including children looked after and children excluded from school", "Head of Youth Justice", "Nov-24", "Amber", "Green", ""],
        ["", "", "1.3", "Each partner to present an annual report on its contribution to youth justice outcomes", "AB/CD", "Jan 2025", "", "Amber", "Education and Health dates agreed"],
        ["2", R2, "2.1", "Revise the AssetPlus quality assurance framework\nand introduce monthly case audits by managers", "YJS Operational Manager", "Monthly", "Red", "Amber", "Framework revised; audits started"],
        ["", "", "2.2", "Risk and safety panel to review all children assessed as high or very high risk of serious harm", "YJS Operational Manager; Police Sergeant (YJS)", "Dec 2024 - Feb 2025", "Green", "Green", ""],
        ["", "", "2.3", "Training on contingency planning for case managers", "Practice Development Lead", "March 2025", "", "", "Trainer sourced"],
        ["3", R3, "3.1", "Joint decision-making panel terms of reference updated with police and victim services", "Head of Youth Justice", "30/09/2024", "Red", "Red", "Police sign-off outstanding"],
        ["", "", "3.2", "Audit 10% of out-of-court disposals each quarter and report findings to the Board", "Quality Assurance Officer", "Q4 2024/25", "Amber", "Amber", ""],
    ]
    text = csv_text(r, delim="\t")
    with open(os.path.join(OUT, name + ".txt"), "w", encoding="utf-16", newline="") as f:
        f.write(text)
    exp = {
        "source": "Imitates youth justice service post-inspection improvement plans after HM Inspectorate of Probation inspections (published on council YJS pages 2022-24): recommendation number and text only on the first row of each group (merged cells flattened by export), Previous RAG and Current RAG columns. Saved from Excel as 'Unicode Text' (UTF-16, tab-separated).",
        "reads": "A Harfield YJS improvement plan answering three HMIP recommendations with eight numbered actions; the recommendation text is given once and applies to the actions below it. The current RAG is the status.",
        "outcome": "read",
        "accept_refusal": False,
        "title": r[0][0],
        "actions": [
            A("1.1", [R1], r[2][3], ["Chair of YJS Management Board"], "2024-10", "blue"),
            A("1.2", [R1], r[3][3], ["Head of Youth Justice"], "2024-11", "green"),
            A("1.3", [R1], r[4][3], ["AB", "CD"], "2025-01", "amber"),
            A("2.1", [R2], r[5][3], ["YJS Operational Manager"], None, "amber", "Monthly"),
            A("2.2", [R2], r[6][3], ["YJS Operational Manager", "Police Sergeant (YJS)"], "2025-02", "green", "Dec 2024 - Feb 2025"),
            A("2.3", [R2], r[7][3], ["Practice Development Lead"], "2025-03", "unrated"),
            A("3.1", [R3], r[8][3], ["Head of Youth Justice"], "2024-09", "red"),
            A("3.2", [R3], r[9][3], ["Quality Assurance Officer"], "2025-03", "amber", "Q4 2024/25"),
        ],
    }
    dump(name, exp)

# ---------------------------------------------------------------- 4 Planner export (CSV, UTF-8)
def planner():
    name = "i-planner-cqc"
    hdr = ["Task ID", "Task Name", "Bucket Name", "Progress", "Priority", "Assigned To", "Created By", "Created Date", "Start date", "Due date", "Is Recurring", "Late", "Completed Date", "Completed By", "Completed Checklist Items", "Checklist Items", "Labels", "Description"]
    B1, B2, B3 = "Working with people", "Providing support", "Ensuring safety"
    tasks = [
        ("Reduce the waiting list for Care Act assessments to under 300 people", B1, "In progress", "Urgent", "Priya Shah;Mark Ellis", "01/07/2024", "31/03/2025", "false", "", "Amber", "Weekly trajectory to ASC DMT"),
        ("Carers' strategy refresh co-produced with Carers' Partnership", B1, "Not started", "Medium", "Helen Ward", "01/08/2024", "30/06/2025", "false", "", "", ""),
        ("Publish accessible information about charging and financial assessment", B1, "Completed", "Medium", "Communications Lead", "15/05/2024", "30/09/2024", "false", "26/09/2024", "", "Easy read version included"),
        ("Market position statement and home care commissioning plan", B2, "In progress", "Important", "Head of Commissioning", "01/06/2024", "31/12/2024", "false", "", "Green", ""),
        ("Extend reablement capacity by 20% through the Better Care Fund", B2, "In progress", "Important", "Reablement Service Manager", "01/06/2024", "30/11/2024", "true", "", "Red", "Recruitment slower than planned"),
        ("Safeguarding adults triage – clear backlog of concerns awaiting screening", B3, "In progress", "Urgent", "Principal Social Worker;Safeguarding Adults Manager", "01/07/2024", "31/10/2024", "true", "", "", ""),
        ("Deprivation of Liberty Safeguards – prioritisation tool and quarterly performance report", B3, "Completed", "Medium", "DoLS Team Manager", "01/05/2024", "31/08/2024", "false", "20/08/2024", "", ""),
        ("Make safeguarding personal audit of 30 cases", B3, "Not started", "Low", "Lewis, Anna", "01/09/2024", "31/01/2025", "false", "", "", ""),
    ]
    rows = [["Plan name", "CQC Assessment – Adult Social Care Improvement Plan"],
            ["Plan ID", "kT3fQ2mZ7U-9x1nA0sYbE2QADxRh"],
            ["Date of export", "04/11/2024"],
            [],
            hdr]
    for i, t in enumerate(tasks):
        tn, b, pr, pri, who, st, due, late, comp, lab, desc = t
        rows.append([f"{'abcdefgh'[i]}Xq9{i}LmT2vE0k", tn, b, pr, pri, who, "Priya Shah", "24/06/2024", st, due, "false", late, comp, "Priya Shah" if comp else "", "", "", lab, desc])
    text = csv_text(rows)
    with open(os.path.join(OUT, name + ".csv"), "w", encoding="utf-8", newline="") as f:
        f.write(text)
    def st(pr, lab):
        if lab:
            return lab.lower()
        return {"Completed": "blue", "In progress": "unrated", "Not started": "unrated"}[pr]
    def ym(d):
        dd, mm, yy = d.split("/")
        return f"{yy}-{mm}"
    acts = []
    for t in tasks:
        tn, b, pr, pri, who, s, due, late, comp, lab, desc = t
        lead = who.split(";") if "Lewis" not in who else [who]
        acts.append(A(None, [b], tn, lead, ym(due), st(pr, lab)))
    exp = {
        "source": "Imitates a Microsoft Planner plan exported to Excel and saved as CSV, as used by adult social care teams to track a CQC local authority assessment improvement plan (2024): plan-name/ID/export-date header block, buckets as themes (CQC themes), Progress column, coloured labels named Red/Amber/Green, Assigned To separated by semicolons, UK dates.",
        "reads": "A Planner export of the CQC adult social care improvement plan: eight tasks in three buckets. Each task name is the action, the bucket its theme, the due date its end; the RAG label gives the status where set, otherwise Completed tasks are complete and others unrated.",
        "outcome": "read",
        "accept_refusal": False,
        "title": "CQC Assessment – Adult Social Care Improvement Plan",
        "actions": acts,
    }
    dump(name, exp)

# ---------------------------------------------------------------- 5 Pentana audit follow-up (refuse: 0ct)
def audit():
    name = "i-audit-pentana"
    hdr = ["Code", "Title", "Description", "Assigned To", "Original Due Date", "Due Date", "Status", "Progress", "Latest Note"]
    rows = [
        ["Internal Audit Recommendations – Children's Placement Commissioning (Report IA/24/17) – follow-up position at 30 September 2025"],
        [],
        hdr,
        ["IA2417-01", "Placement contracts", "All spot purchased placements to be covered by a signed individual placement agreement", "Head of Commissioning", "31-Mar-2025", "30-Jun-2025", "Completed", "100%", "Sample of 25 placements tested, all signed."],
        ["IA2417-02", "Placement approval", "Placements over £5,000 per week to be approved by the Placement Panel before start", "Head of Children in Care", "31-Mar-2025", "31-Mar-2025", "In Progress", "60%", "Panel terms of reference updated.\nEmergency placements out of hours still approved retrospectively.\nFurther update due at next panel."],
        ["IA2417-03", "Invoice matching", "Provider invoices to be matched to the placement record before payment", "Finance Business Partner; Exchequer Manager", "30-Jun-2025", "31-0ct-2025", "In Progress", "40%", "New Mosaic-to-ERP interface in testing."],
        ["IA2417-04", "Quality monitoring", "Annual quality monitoring visit for every provider with more than two placements", "Contracts and Quality Officer", "30-Sep-2025", "30-Sep-2025", "Not Started", "0%", ""],
        ["IA2417-05", "Sufficiency data", "Quarterly sufficiency report to be produced from reconciled placement data", "Placements Manager", "31-Dec-2025", "31-Dec-2025", "Not Started", "0%", ""],
        ["IA2417-06", "Reporting", "Placement spend and activity to be reported to Corporate Parenting Board twice yearly", "Head of Commissioning", "31-Mar-2025", "30-Sep-2025", "Completed", "100%", "Reported 11/09/2025"],
    ]
    text = csv_text(rows, quoting=csv.QUOTE_ALL)
    with open(os.path.join(OUT, name + ".csv"), "w", encoding="utf-8", newline="") as f:
        f.write(text)
    ra = line_of(text, "31-0ct-2025")
    exp = {
        "source": "Imitates an internal audit recommendation follow-up exported from Pentana (Ideagen) performance software as CSV, as reported to council Audit Committees: every field quoted, code/title/description/assigned to/original and revised due date/status/progress/latest note, multi-line notes.",
        "reads": "Six internal audit recommendations with owners, original and revised due dates and statuses. The revised due date of IA2417-03 is written '31-0ct-2025' with a zero for the O: a mistyped date, so a careful person stops and asks what was meant.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": ra,
        "title": rows[0][0],
    }
    dump(name, exp)
    return ra

# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)

def add_row(tbl, vals):
    cells = tbl.add_row().cells
    for c, v in zip(cells, vals):
        lines = v.split("\n")
        c.text = lines[0]
        for ln in lines[1:]:
            c.add_paragraph(ln)
    return cells

# ---------------------------------------------------------------- 6 JTAI docx
def jtai():
    name = "i-jtai-neglect"
    doc = Document()
    title = "Eastshire Safeguarding Children Partnership – Joint Targeted Area Inspection (Neglect) Action Plan"
    doc.add_heading(title, 0)
    doc.add_paragraph("Inspection: 9–13 September 2024. Letter published 22 October 2024. Owned by the Partnership Executive.")
    t0 = doc.add_table(rows=1, cols=3); t0.style = "Table Grid"
    for c, v in zip(t0.rows[0].cells, ["Version", "Date", "Author"]): c.text = v
    add_row(t0, ["0.3", "04/11/2024", "Partnership Business Manager"])
    add_row(t0, ["1.0", "02/12/2024", "Partnership Executive (approved)"])
    doc.add_paragraph("")
    doc.add_paragraph("Action plan")
    t = doc.add_table(rows=1, cols=6); t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, ["Ref", "Action", "Lead agency", "Lead officer", "Timescale", "RAG"]): c.text = v
    AF1 = "Area for improvement 1: The recognition of and response to the cumulative impact of neglect by practitioners in all agencies"
    AF2 = "Area for improvement 2: The use of the Graded Care Profile 2 (GCP2) across the partnership"
    AF3 = "Area for improvement 3: Information sharing between health visitors, schools and children's social care when children move between services"
    items = []
    def head(txt):
        cells = t.add_row().cells
        m = cells[0].merge(cells[5]); m.text = txt; shade(m, "D9E2F3")
    def act(ref, text, agency, officer, when, rag_text, fill):
        cells = add_row(t, [ref, text, agency, officer, when, rag_text])
        if fill: shade(cells[5], fill)
    RED, AMB, GRN, BLU = "FF0000", "FFC000", "00B050", "0070C0"
    head(AF1)
    act("1.1", "Deliver multi-agency neglect training to 400 practitioners, including cumulative harm and the lived experience of the child", "ESCP", "Partnership Learning and Development Lead", "March 2025", "", GRN)
    act("1.2", "Develop a neglect practice toolkit and one-minute guides for schools and GP practices", "ICB", "Designated Nurse Safeguarding Children", "31.01.2025", "Complete", BLU)
    act("1.3", "Multi-agency audit of 12 children subject to child protection plans for neglect", "Eastshire County Council", "Head of Quality Assurance and Safeguarding", "Q1 2025/26", "Amber", GRN)
    head(AF2)
    act("2.1", "Relaunch GCP2 with a named champion in every school and health visiting team", "Eastshire County Council", "Head of Early Help and Prevention", "Ongoing – reviewed quarterly", "", AMB)
    act("2.2", "Record GCP2 completion and scores on the early help system so use can be reported", "Eastshire County Council", "Business Intelligence Manager", "December 2024", "", RED)
    head(AF3)
    act("3.1", "Agree an information-sharing protocol for transfers between health visiting and school nursing", "Eastshire Community Health NHS Trust", "Head of 0-19 Services", "April 2025", "", "")
    act("3.2", "Police to share all domestic abuse notifications involving children with schools through Operation Encompass by 9am the next school day", "Eastshire Police", "DCI Public Protection", "Dec 2024 – Jun 2025", "Green", "")
    doc.add_paragraph("")
    doc.add_paragraph("RAG key")
    k = doc.add_table(rows=0, cols=2); k.style = "Table Grid"
    for lab, col, txt in [("Red", RED, "Not on track / significant risk"), ("Amber", AMB, "Some slippage, recoverable"), ("Green", GRN, "On track"), ("Blue", BLU, "Complete")]:
        cells = add_row(k, [lab, txt]); shade(cells[0], col)
    doc.add_paragraph("")
    s = doc.add_table(rows=1, cols=3); s.style = "Table Grid"
    for c, v in zip(s.rows[0].cells, ["Signed on behalf of", "Name", "Date"]): c.text = v
    add_row(s, ["Eastshire County Council", "Director of Children's Services", "02/12/2024"])
    add_row(s, ["Eastshire Police", "Assistant Chief Constable", "02/12/2024"])
    doc.save(os.path.join(OUT, name + ".docx"))
    rows = [r for r in t.rows]
    exp = {
        "source": "Imitates Joint Targeted Area Inspection (JTAI) multi-agency action plans published by safeguarding children partnerships (e.g. themed JTAIs on neglect / the multi-agency response to children at risk, 2023-24): document control table, one plan table with shaded full-width 'Area for improvement' rows, Lead agency beside Lead officer, RAG shown by cell colour, then a RAG key table and a sign-off table.",
        "reads": "The Eastshire partnership's JTAI neglect action plan: three areas for improvement with seven numbered actions, RAG shown mostly by cell fill. Where the RAG cell has words (Complete, Amber, Green) the words are the status even if the fill differs; action 3.1 has no RAG. The version table, RAG key and sign-off table are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": [
            A("1.1", [AF1], "Deliver multi-agency neglect training to 400 practitioners, including cumulative harm and the lived experience of the child", ["Partnership Learning and Development Lead"], "2025-03", "green"),
            A("1.2", [AF1], "Develop a neglect practice toolkit and one-minute guides for schools and GP practices", ["Designated Nurse Safeguarding Children"], "2025-01", "blue"),
            A("1.3", [AF1], "Multi-agency audit of 12 children subject to child protection plans for neglect", ["Head of Quality Assurance and Safeguarding"], "2025-06", "amber", "Q1 2025/26"),
            A("2.1", [AF2], "Relaunch GCP2 with a named champion in every school and health visiting team", ["Head of Early Help and Prevention"], None, "amber", "Ongoing – reviewed quarterly"),
            A("2.2", [AF2], "Record GCP2 completion and scores on the early help system so use can be reported", ["Business Intelligence Manager"], "2024-12", "red"),
            A("3.1", [AF3], "Agree an information-sharing protocol for transfers between health visiting and school nursing", ["Head of 0-19 Services"], "2025-04", "unrated"),
            A("3.2", [AF3], "Police to share all domestic abuse notifications involving children with schools through Operation Encompass by 9am the next school day", ["DCI Public Protection"], "2025-06", "green", "Dec 2024 – Jun 2025"),
        ],
    }
    dump(name, exp)

# ---------------------------------------------------------------- 7 CIW Wales docx, one table per area, key Green = completed
def ciw():
    name = "i-ciw-wales"
    doc = Document()
    title = "Cyngor Sir Dyffryn / Dyffryn County Council – Adult Services Improvement Plan following the CIW Performance Evaluation Inspection 2024"
    doc.add_paragraph(title).runs[0].bold = True
    doc.add_paragraph("This plan responds to the areas for improvement identified by Care Inspectorate Wales (CIW) in its letter of 15 May 2024. Progress is reported to Scrutiny Committee every quarter.")
    doc.add_paragraph("Key: Red = not on track; Amber = progressing with some delay; Green = completed.")
    RED, AMB, GRN = "FF0000", "FFC000", "92D050"
    H1 = "Area for improvement 1: People – voice and control. Ensure people's personal outcomes are recorded in their own words and reviewed."
    H2 = "Area for improvement 2: Prevention – information, advice and assistance (IAA) at the front door"
    H3 = "Area for improvement 3: Well-being – unpaid carers' assessments"
    acts = []
    def area(h, items):
        doc.add_heading(h, level=2)
        t = doc.add_table(rows=1, cols=5); t.style = "Table Grid"
        for c, v in zip(t.rows[0].cells, ["No.", "What we will do", "Who", "By when", "Progress"]): c.text = v
        for ref, what, who, when, txt, fill, lead, end, end_text, status in items:
            cells = add_row(t, [ref, what, who, when, txt])
            if fill: shade(cells[4], fill)
            acts.append(A(ref, [h], what, lead, end, status, end_text))
        doc.add_paragraph("")
    area(H1, [
        ("1", "Revise the 'What matters' conversation template so outcomes are recorded in the person's own words and in their language of choice (Welsh or English)", "Principal Officer – Practice Quality", "September 2024", "", GRN, ["Principal Officer – Practice Quality"], "2024-09", None, "blue"),
        ("2", "Audit 40 care and support plans each quarter for personal outcomes", "Community Team Managers", "Quarterly", "", AMB, ["Community Team Managers"], None, "Quarterly", "amber"),
        ("3", "Reviews of care and support plans to be completed on time for 90% of people", "Head of Adult Services", "31 March 2025", "", RED, ["Head of Adult Services"], "2025-03", None, "red"),
    ])
    area(H2, [
        ("4", "Single point of access to offer a proportionate assessment at first contact, with a Welsh-speaking worker on every shift", "Single Point of Access Manager", "January 2025", "Green", "", ["Single Point of Access Manager"], "2025-01", None, "blue"),
        ("5", "Update the Dewis Cymru directory entries for all community services", "Community Connectors Co-ordinator", "November 2024", "", AMB, ["Community Connectors Co-ordinator"], "2024-11", None, "amber"),
    ])
    area(H3, [
        ("6", "Commission a third-sector partner to offer carers' needs assessments", "Commissioning Manager / Carers Lead", "April 2025 (was December 2024)", "", AMB, ["Commissioning Manager", "Carers Lead"], "2025-04", "April 2025 (was December 2024)", "amber"),
        ("7", "Record every offer of a carer's assessment on WCCIS so take-up can be reported", "Systems and Performance Manager", "October 2024", "", GRN, ["Systems and Performance Manager"], "2024-10", None, "blue"),
        ("8", "Carers' information pack produced in Welsh and English", "Carers Lead", "TBC", "", "", ["Carers Lead"], None, "TBC", "unrated"),
    ])
    doc.save(os.path.join(OUT, name + ".docx"))
    exp = {
        "source": "Imitates Welsh local authority improvement plans after Care Inspectorate Wales (CIW) performance evaluation inspections of adult services (2022-24), published with Scrutiny Committee papers: bilingual council name, a key stated in a paragraph, a level-2 heading per area for improvement, each followed by its own table (No. / What we will do / Who / By when / Progress), progress shown as cell colour.",
        "reads": "Dyffryn County Council's CIW adult services improvement plan: three areas for improvement, each with its own table, eight numbered actions in all. The key says Green = completed, so green cells (and the word Green) mean complete; amber and red keep their meaning, and action 8 has no progress colour.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": acts,
    }
    dump(name, exp)

# ---------------------------------------------------------------- 8 CQC xlsx with merged theme/statement, hidden row, fills
def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)

def cqc():
    name = "i-cqc-asc-plan"
    wb = Workbook(); ws = wb.active; ws.title = "Action Plan"
    title = "Kingsmere Council – Adult Social Care: CQC Local Authority Assessment Improvement Plan"
    ws["A1"] = title; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Status at 31 January 2025. Overall rating: Requires improvement."
    hdr = ["Theme", "Quality statement", "Ref", "Action", "Lead", "Due date", "Revised due date", "RAG", "Update"]
    for i, v in enumerate(hdr, 1):
        ws.cell(4, i, v).font = Font(bold=True)
    RED, AMB, GRN, BLU = "FF0000", "FFC000", "00B050", "00B0F0"
    T1, T2, T3 = "Theme 1: Working with people", "Theme 2: Providing support", "Theme 4: Leadership"
    Q1, Q2, Q3, Q4 = "Assessing needs", "Supporting people to live healthier lives", "Care provision, integration and continuity", "Governance, management and sustainability"
    D = lambda y, m, d: dt.datetime(y, m, d)
    data = [
        # theme, qs, ref, action, lead, due, revised, rag_text, rag_fill, update, hidden
        (T1, Q1, "WP1", "Reduce the number of people waiting for a Care Act assessment for more than 28 days", "Head of Assessment and Care Management", D(2025, 3, 31), None, "", AMB, "Waiting list down from 640 to 410", False),
        (T1, Q1, "WP2", "Introduce strengths-based practice standards and a practice observation framework", "Principal Social Worker", D(2024, 12, 31), D(2025, 4, 30), "", GRN, "", False),
        (None, None, None, None, None, None, None, None, None, "Practice observations started in two teams; roll-out delayed by the PSW vacancy", False),
        (T1, Q2, "WP3", "Expand the falls prevention and technology-enabled care offer", "Prevention Lead", D(2025, 6, 30), None, "Yellow", None, "", False),
        (T1, Q2, "WP4", "Former action – merged into WP3", "Prevention Lead", D(2024, 9, 30), None, "", GRN, "Superseded", True),
        (T2, Q3, "PS1", "Joint commissioning plan for home care with the ICB, including rural rounds", "Director of Commissioning (Joint)", D(2025, 9, 30), None, "", RED, "Awaiting ICB approval", False),
        (T2, Q3, "PS2", "Hospital discharge: a single trusted assessor model across both acute trusts", "Head of Integrated Discharge", D(2024, 11, 30), None, "Completed", GRN, "Live since 04/11/2024", False),
        (T2, Q3, "PS3", "Market sustainability plan refreshed and published", "Head of Commissioning", D(2025, 3, 31), None, "", None, "", False),
        (T3, Q4, "L1", "Adult social care performance scorecard reported monthly to DMT and quarterly to Scrutiny", "Head of Performance & Intelligence", D(2024, 10, 31), None, "", BLU, "", False),
        (T3, Q4, "L2", "Co-production board with people who draw on care and support and unpaid carers", "Director of Adult Social Services", D(2025, 5, 31), None, "G", None, "Terms of reference agreed", False),
    ]
    r = 5
    starts = {}
    exp_acts = []
    for th, qs, ref, act, lead, due, rev, rtxt, rfill, upd, hidden in data:
        if ref is None:
            ws.cell(r, 9, upd)
        else:
            ws.cell(r, 1, th); ws.cell(r, 2, qs); ws.cell(r, 3, ref); ws.cell(r, 4, act); ws.cell(r, 5, lead)
            c = ws.cell(r, 6, due); c.number_format = "dd/mm/yyyy"
            if rev:
                c = ws.cell(r, 7, rev); c.number_format = "dd/mm/yyyy"
            if rtxt: ws.cell(r, 8, rtxt)
            if rfill: ws.cell(r, 8).fill = fill(rfill)
            if upd: ws.cell(r, 9, upd)
            if hidden:
                ws.row_dimensions[r].hidden = True
            else:
                end = (rev or due).strftime("%Y-%m")
                if rtxt:
                    st = {"Yellow": "amber", "Completed": "blue", "G": "green"}[rtxt]
                else:
                    st = {AMB: "amber", GRN: "green", RED: "red", BLU: "blue", None: "unrated"}[rfill]
                exp_acts.append(A(ref, [th, qs], act, [lead], end, st))
        r += 1
    # merge theme / quality statement cells vertically like the published sheet (keep top-left value)
    def merge_col(col):
        start = 5
        cur = ws.cell(5, col).value
        for rr in range(6, r + 1):
            v = ws.cell(rr, col).value if rr < r else "__END__"
            if v is None and rr < r:
                continue
            if v != cur or rr == r:
                if rr - 1 > start:
                    for k in range(start + 1, rr):
                        ws.cell(k, col).value = None
                    ws.merge_cells(start_row=start, start_column=col, end_row=rr - 1, end_column=col)
                start, cur = rr, v
            else:
                ws.cell(rr, col).value = v
        return
    # simpler explicit merges
    for rng in ["A5:A9", "B5:B7", "B8:B9", "A10:A12", "B10:B12", "A13:A14", "B13:B14"]:
        first = ws[rng.split(":")[0]].value
        ws.merge_cells(rng)
    ws.column_dimensions["D"].width = 60
    k = wb.create_sheet("RAG key")
    for i, (lab, col) in enumerate([("Red – off track", RED), ("Amber / Yellow – at risk", AMB), ("Green – on track", GRN), ("Blue – complete", BLU)], 1):
        k.cell(i, 1, lab).fill = fill(col)
    v = wb.create_sheet("Version control")
    v.append(["Version", "Date", "Changes"]); v.append(["1.0", "01/08/2024", "Approved by ASC DMT"]); v.append(["1.4", "31/01/2025", "WP4 merged into WP3"])
    wb.save(os.path.join(OUT, name + ".xlsx"))
    exp = {
        "source": "Imitates English councils' adult social care improvement plans after CQC local authority assessments (2024-25), published with scrutiny papers: title rows, theme and CQC quality statement in vertically merged cells, due date and revised due date, RAG mostly by cell fill, an update column, a hidden superseded row, and separate RAG key and version control sheets.",
        "reads": "Kingsmere's CQC adult social care improvement plan: eight visible actions under three CQC themes and their quality statements (merged cells cover the rows below them). Row 7 holds only a further update to WP2; the hidden row WP4 is not an action. Revised due dates replace the original ones; where the RAG cell has words they win over the fill.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": exp_acts,
    }
    dump(name, exp)

# ---------------------------------------------------------------- 9 Smartsheet export, hierarchy by indent
def smartsheet():
    name = "i-smartsheet-fostering"
    wb = Workbook(); ws = wb.active; ws.title = "Fostering Improvement Plan"
    hdr = ["Task Name", "Assigned To", "Start Date", "End Date", "Duration", "% Complete", "Status", "RAG", "Comments"]
    ws.append(hdr)
    for c in ws[1]: c.font = Font(bold=True)
    D = lambda y, m, d: dt.datetime(y, m, d)
    P1 = "Area 1: Recruitment and sufficiency of foster carers"
    Q1 = "Requirement 1: The registered manager must ensure that assessments of prospective foster carers are completed within 8 months (Reg 26)"
    Q2 = "Recommendation 1: Improve the use of exit interviews with foster carers who resign"
    P2 = "Area 2: Supervision and support of foster carers"
    Q3 = "Recommendation 2: Supervising social workers should record supervision visits within 5 working days"
    rows = []  # (level, text, who, start, end, dur, pct, status, rag, comments, expected or None)
    rows.append((0, P1, "", D(2024, 9, 1), D(2025, 6, 30), "217d", 0.45, "", "", "", None))
    rows.append((1, Q1, "", D(2024, 9, 1), D(2025, 3, 31), "151d", 0.5, "", "", "", None))
    rows.append((2, "Introduce an assessment tracker reviewed fortnightly by the fostering team manager", "Ruth Adeyemi", D(2024, 9, 1), D(2024, 10, 31), "44d", 1.0, "Complete", "", "", ("FR1", Q1, P1, ["Ruth Adeyemi"], "2024-10", "blue")))
    rows.append((2, "Commission an independent assessor pool to clear the backlog of Form F assessments", "Ruth Adeyemi, Gary Moss", D(2024, 10, 1), D(2025, 3, 31), "130d", 0.3, "In Progress", "Yellow", "2 assessors contracted", ("FR2", Q1, P1, ["Ruth Adeyemi", "Gary Moss"], "2025-03", "amber")))
    rows.append((2, "Fostering panel to receive a monthly report on assessments over 6 months", "Panel Adviser", D(2024, 11, 1), D(2025, 1, 31), "66d", 0.5, "In Progress", "Green", "", ("FR3", Q1, P1, ["Panel Adviser"], "2025-01", "green")))
    rows.append((1, Q2, "", D(2024, 10, 1), D(2025, 6, 30), "196d", 0.2, "", "", "", None))
    rows.append((2, "Independent exit interviews offered to every carer leaving the service, with themes reported to the Fostering Service Manager", "Fostering Service Manager", D(2024, 10, 1), D(2025, 6, 30), "196d", 0.2, "In Progress", "", "", ("FR4", Q2, P1, ["Fostering Service Manager"], "2025-06", "unrated")))
    rows.append((0, P2, "", D(2024, 9, 1), D(2025, 4, 30), "173d", 0.55, "", "", "", None))
    rows.append((1, Q3, "", D(2024, 9, 1), D(2025, 4, 30), "173d", 0.55, "", "", "", None))
    rows.append((2, "Change the supervision visit form so the date of recording is captured automatically", "Systems Lead", D(2024, 9, 1), D(2024, 12, 20), "80d", 1.0, "Complete", "Blue", "", ("FS1", Q3, P2, ["Systems Lead"], "2024-12", "blue")))
    rows.append((2, "Monthly compliance report by supervising social worker, discussed in team meetings", "Deputy Team Manager", D(2025, 1, 6), D(2025, 4, 30), "82d", 0.4, "In Progress", "Red", "Report not yet automated", ("FS2", Q3, P2, ["Deputy Team Manager"], "2025-04", "red")))
    rows.append((2, "Refresh the foster carer support group and out-of-hours support line", "Jenkins, Paul", D(2024, 9, 1), D(2025, 3, 31), "151d", 0.0, "Not Started", "", "", ("FS3", Q3, P2, ["Jenkins, Paul"], "2025-03", "unrated")))
    exp_acts = []
    for i, (lvl, text, who, s, e, dur, pct, stt, rag, com, ex) in enumerate(rows, 2):
        ws.cell(i, 1, text).alignment = Alignment(indent=lvl * 2 if lvl else 0)
        if lvl < 2: ws.cell(i, 1).font = Font(bold=True)
        ws.cell(i, 2, who or None)
        ws.cell(i, 3, s).number_format = "dd/mm/yy"
        ws.cell(i, 4, e).number_format = "dd/mm/yy"
        ws.cell(i, 5, dur)
        ws.cell(i, 6, pct).number_format = "0%"
        ws.cell(i, 7, stt or None); ws.cell(i, 8, rag or None); ws.cell(i, 9, com or None)
        if ex:
            _, q, p, lead, end, st = ex
            exp_acts.append(A(None, [p, q], text, lead, end, st))
        ws.row_dimensions[i].outlineLevel = lvl
    ws.column_dimensions["A"].width = 70
    wb.save(os.path.join(OUT, name + ".xlsx"))
    exp = {
        "source": "Imitates a Smartsheet project sheet exported to Excel, as used by fostering services to track an Ofsted (SCCIF) post-inspection improvement plan: no title row, hierarchy shown by indented, bold parent rows with rolled-up dates and % complete, Assigned To contact column, Status column, RAG symbol column exported as Red/Yellow/Green/Blue.",
        "reads": "A fostering service improvement plan with two areas, each holding Ofsted requirements/recommendations as indented parent rows and seven indented tasks beneath. Parent rows with rolled-up dates are headings, not actions. The RAG column gives the status (Yellow = amber); where it is blank, Complete means complete and In Progress / Not Started are unrated. The tasks have no refs.",
        "outcome": "read",
        "accept_refusal": False,
        "actions": exp_acts,
    }
    dump(name, exp)

# ---------------------------------------------------------------- 10 Scottish joint inspection xlsx (refuse: Mar-2O25)
def scot():
    name = "i-scot-jointinsp"
    wb = Workbook(); ws = wb.active; ws.title = "Improvement Plan"
    ws["A1"] = "Glenmuir Public Protection Committee – Joint Inspection of Services for Children and Young People at Risk of Harm: Improvement Plan"
    ws["A1"].font = Font(bold=True)
    ws["A2"] = "Care Inspectorate report published 27 August 2024"
    hdr = ["Area for improvement", "No.", "Improvement action", "Lead", "Timescale", "Progress", "RAG"]
    for i, v in enumerate(hdr, 1): ws.cell(4, i, v).font = Font(bold=True)
    AF1 = "1. Partners should ensure that chronologies are consistently used to identify risk"
    AF2 = "2. Partners should improve the involvement of children and families in Child Protection Planning Meetings"
    data = [
        (AF1, "1.1", "Single multi-agency chronology guidance agreed and launched", "Lead Officer, Child Protection", "Dec-24", "Guidance launched 02/12/2024", "Complete"),
        (AF1, "1.2", "Chronology quality audit of 30 records by the Quality Assurance Sub-group", "Chair of QA Sub-group", "Mar-2O25", "Audit tool agreed", "Amber"),
        (AF1, "1.3", "Training for health visitors and school nurses on chronologies", "NHS Glenmuir Child Protection Nurse Consultant", "June 2025", "", "Green"),
        (AF2, "2.1", "Introduce the 'Mind of My Own' app for children to share views before meetings", "Children's Rights Officer", "Sep-25", "", ""),
        (AF2, "2.2", "Independent advocacy offered to every child aged 8+ subject to a child protection planning meeting", "Service Manager, Children and Families", "Dec-25", "Advocacy contract extended", "Green"),
        (AF2, "2.3", "Parents' feedback survey after every initial CPPM, reported quarterly", "Chief Social Work Officer", "Quarterly", "", "Amber"),
    ]
    r = 5
    err_row = None
    for af, no, act, lead, ts, prog, rag in data:
        for i, v in enumerate([af, no, act, lead, ts, prog, rag], 1):
            ws.cell(r, i, v or None)
        if ts == "Mar-2O25": err_row = r
        r += 1
    wb.save(os.path.join(OUT, name + ".xlsx"))
    exp = {
        "source": "Imitates Scottish child protection / public protection committee improvement plans after Care Inspectorate joint inspections of services for children at risk of harm (2022-24): area for improvement repeated on every row, numbered improvement actions, timescales typed as text, progress and RAG columns.",
        "reads": "Six improvement actions under two areas for improvement. The timescale of action 1.2 is typed 'Mar-2O25' with a letter O in the year: a mistyped month, so a careful person stops and asks.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": err_row,
        "title": ws["A1"].value,
    }
    dump(name, exp)
    return err_row

if __name__ == "__main__":
    ilacs(); send(); yjs(); planner()
    print("audit refuse line", audit())
    jtai(); ciw(); cqc(); smartsheet()
    print("scot refuse row", scot())
