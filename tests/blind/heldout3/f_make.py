# Generator for heldout3 blind cases (f-*). Writes each file and its expected.yaml.
import datetime as dt, os, yaml
from docx import Document
from docx.shared import Pt
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from openpyxl import Workbook
from openpyxl.styles import PatternFill, Font, Alignment
from openpyxl.styles.colors import Color

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

def A(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d

def write_yaml(name, source, reads, title, actions=None, outcome="read", refuse_at=None):
    d = {"source": source, "reads": reads, "outcome": outcome, "accept_refusal": False}
    if refuse_at is not None:
        d["refuse_at"] = refuse_at
    if title is not None:
        d["title"] = title
    if outcome == "read":
        d["actions"] = actions
    with open(os.path.join(OUT, name + ".expected.yaml"), "w") as f:
        yaml.safe_dump(d, f, sort_keys=False, allow_unicode=True, width=1000)

# ---------- docx helpers
def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd'); shd.set(qn('w:val'), 'clear'); shd.set(qn('w:color'), 'auto'); shd.set(qn('w:fill'), hexfill)
    tcPr.append(shd)

def set_text(cell, text, bold=False):
    lines = text.split("\n")
    p = cell.paragraphs[0]
    r = p.add_run(lines[0]); r.bold = bold
    for ln in lines[1:]:
        r = cell.add_paragraph().add_run(ln); r.bold = bold

def add_table(doc, header, rows=0):
    t = doc.add_table(rows=1, cols=len(header)); t.style = 'Table Grid'
    for i, h in enumerate(header):
        set_text(t.rows[0].cells[i], h, bold=True)
    return t

def add_row(t, values):
    cells = t.add_row().cells
    for i, v in enumerate(values):
        if v:
            set_text(cells[i], v)
    return cells

def add_span_row(t, text, fill=None):
    cells = t.add_row().cells
    m = cells[0].merge(cells[-1])
    set_text(m, text, bold=True)
    if fill: shade(m, fill)

# ---------- xlsx helpers
def solid(rgb=None, theme=None, tint=0.0):
    if theme is not None:
        return PatternFill(fill_type='solid', fgColor=Color(theme=theme, tint=tint))
    return PatternFill(fill_type='solid', fgColor=rgb)

BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical='top')

# =====================================================================
# 1. f-ilacs-appendix.docx
def f_ilacs_appendix():
    name = "f-ilacs-appendix.docx"
    doc = Document()
    title = "Appendix A – ILACS Improvement Plan: Progress Update (September 2019)"
    doc.add_heading(title, level=1)
    doc.add_paragraph("Report to Children and Young People Scrutiny Committee, 24 September 2019")
    dc = add_table(doc, ["Version", "Date", "Author", "Status"])
    add_row(dc, ["0.3", "02/09/2019", "Improvement Programme Manager", "Draft"])
    add_row(dc, ["1.0", "12/09/2019", "Improvement Programme Manager", "Final for Committee"])
    doc.add_paragraph("Key: Blue = complete; Green = on track; Amber = at risk of delay; Red = off track.")
    hdr = ["Ref", "Recommendation", "Action", "Lead", "Timescale", "Progress update", "RAG"]
    themes = [
      ("Theme 1: Management oversight and supervision", [
        ("Improve the consistency and quality of management oversight and supervision so that plans for children progress without delay.", [
          ("1.1", "Refresh the supervision policy and practice standards, including minimum frequency for children subject to child protection plans.", "RG", "March 2019", "Policy signed off at SMT 14/03/19 and launched at all-staff briefing.", "Complete", "2019-03", None, "blue"),
          ("1.2", "Deliver management oversight training to all team managers and practice managers.", "RG/JF", "31/07/2019", "Cohort 1 and 2 trained (34 managers). Final cohort booked.", "Green", "2019-07", None, "green"),
          ("1.3", "Monthly audit of supervision records by Heads of Service, with findings reported to the Improvement Board.", "JF", "Monthly", "Audits completed April to August; 71% of records good or better.", "Green", None, "Monthly", "green"),
        ])]),
      ("Theme 2: Assessments, plans and participation", [
        ("Ensure that assessments and plans for children in need are specific, measurable and reflect the child's lived experience.", [
          ("2.1", "Introduce a revised single assessment template co-produced with practitioners.", "AB", "Q2 2019/20", "Template tested in two teams; system build delayed by supplier.", "Amber", "2019-09", "Q2 2019/20", "amber"),
          ("2.2", "Embed SMART planning workshops for all CIN and CP social workers.", "AB; KM", "Sept 2019 – Jan 2020", "First workshops held 9 September.", "Amber", "2020-01", "Sept 2019 – Jan 2020", "amber"),
        ]),
        ("Strengthen the participation of children in their child protection conferences.", [
          ("2.3", "Commission independent advocacy for all children aged 8 and over subject to an initial child protection conference.", "Head of Safeguarding and Quality Assurance", "December 2019", "Procurement not yet started; funding not confirmed.", "Red", "2019-12", None, "red"),
          ("2.4", "Develop a child-friendly conference report template.", "Head of Safeguarding and Quality Assurance", "Ongoing", "", "Not started", None, "Ongoing", "unrated"),
        ])]),
      ("Theme 3: Care leavers", [
        ("Improve the quality of pathway plans so that they are written to young people and address their accommodation needs.", [
          ("3.1", "Audit all pathway plans for care leavers aged 19–21 and update where required.", "LP", "Oct-19", "112 of 140 plans audited.", "Green", "2019-10", None, "green"),
          ("3.2", "Launch the care leaver local offer on the council website, co-produced with the Children in Care Council.", "LP & SD", "By 30 November 2019", "Draft agreed with CiCC.", "Amber", "2019-11", "By 30 November 2019", "amber"),
          ("3.3", "Review accommodation options for care leavers with the Housing service\nand commission additional supported lodgings.", "LP", "March 2020", "Housing review paused pending restructure.", "Red", "2020-03", None, "red"),
        ])]),
    ]
    actions = []
    for th, recs in themes:
        doc.add_heading(th, level=2)
        t = add_table(doc, hdr)
        for rec, acts in recs:
            first = len(t.rows)
            for i, (ref, act, lead, tsc, prog, rag, end, et, st) in enumerate(acts):
                add_row(t, [ref, rec if i == 0 else "", act, lead, tsc, prog, rag])
                actions.append(A(ref, [th, rec], act, lead.replace("RG/JF", "RG|JF").replace("AB; KM", "AB|KM").replace("LP & SD", "LP|SD").split("|"), end, st, et))
            last = len(t.rows) - 1
            if last > first:
                t.cell(first, 1).merge(t.cell(last, 1))
    doc.add_paragraph("Report author: Improvement Programme Manager. Background papers: Ofsted ILACS report, published 18 January 2019.")
    doc.save(os.path.join(OUT, name))
    write_yaml(name,
        "Imitates a county council scrutiny-committee appendix reporting progress on its ILACS improvement plan (2019): document-control table before the plan, theme headings between tables, recommendation cell merged down over its actions, RAG as words with a key paragraph.",
        "An ILACS improvement plan appendix with a version table, then three themed tables. Each recommendation is merged down beside its numbered actions, with lead initials, a timescale, a progress note and a RAG word.",
        title, actions)

# =====================================================================
# 2. f-send-wsoa.xlsx
def f_send_wsoa():
    name = "f-send-wsoa.xlsx"
    wb = Workbook(); ws = wb.active; ws.title = "WSoA"
    title = "Local Area SEND Inspection – Written Statement of Action"
    ws["A1"] = title; ws["A1"].font = Font(bold=True, size=14); ws.merge_cells("A1:H1")
    ws["A2"] = "Northshire County Council and Northshire CCG – progress at 31 January 2020"; ws.merge_cells("A2:H2")
    hdr = ["Ref", "Action", "Lead officer", "Lead agency", "Start date", "End date", "Evidence of impact", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h); c.font = BOLD
    RED = solid("FFFF0000"); AMB = solid("FFFFC000"); GRN = solid("FF00B050"); BLU = solid("FF0070C0")
    # default openpyxl theme (Office 2007): theme 6 = accent3 9BBB59 green, theme 9 = accent6 F79646 orange
    TGRN = solid(theme=6); TGRN_T = solid(theme=6, tint=0.3999); TAMB = solid(theme=9); YEL = solid("FFFFFF00"); LBLU = solid("FF00B0F0")
    areas = [
      ("Area of weakness 1: The quality and timeliness of education, health and care (EHC) plans", [
        ("A1.1", "Recruit four additional EHC coordinators to reduce caseloads to no more than 1:130.", "Head of SEND", "NCC", D(2019,9,1), D(2019,12,31), "Caseloads at 1:126 (Dec 2019).", LBLU, "blue", False),
        ("A1.2", "Introduce a multi-agency quality assurance panel for all draft EHC plans.", "SEND Quality Lead", "NCC / CCG", D(2019,10,1), D(2020,3,31), "Panel meets fortnightly; 40 plans reviewed.", TGRN, "green", False),
        ("A1.3", "Implement a new EHC tracking system with weekly timeliness reports to the SEND Board.", "Head of SEND", "NCC", D(2019,11,1), D(2020,6,30), "Supplier delay; interim spreadsheet in use.", TAMB, "amber", False),
        ("A1.4", "Pilot an EHC hub in the north locality (withdrawn – replaced by A1.2).", "Head of SEND", "NCC", D(2019,9,1), D(2019,12,31), "", GRN, None, True),
        ("A1.4", "Train SENCOs on writing outcomes in EHC plans.", "SEND Quality Lead", "NCC", D(2020,1,6), D(2020,4,30), "Training not yet scheduled.", RED, "red", False),
      ]),
      ("Area of weakness 2: Co-production with parents and carers at a strategic level", [
        ("A2.1", "Agree a co-production charter with Northshire Parent Carer Forum.", "Assistant Director, Education and Inclusion", "NCC", D(2019,9,1), D(2019,11,30), "Charter signed 20/11/2019.", BLU, "blue", False),
        ("A2.2", "Parent carer forum representation on the SEND Partnership Board and every workstream.", "Assistant Director, Education and Inclusion", "NCC", D(2019,9,1), D(2020,1,31), "Forum members on 5 of 6 workstreams.", GRN, "green", False),
        ("A2.3", "Quarterly 'You said, we did' newsletter to families.", "Communications Manager", "NCC", D(2020,4,1), D(2020,7,31), "", None, "unrated", False),
      ]),
      ("Area of weakness 3: Waiting times for neurodevelopmental assessment", [
        ("A3.1", "Commission additional ASD assessment capacity to clear the backlog.", "Designated Clinical Officer", "CCG", D(2019,10,1), D(2020,5,31), "Contract awarded; backlog 410 (was 520).", AMB, "amber", False),
        ("A3.2", "Establish a pre-diagnosis support offer for families waiting for assessment.", "Designated Clinical Officer", "CCG", D(2019,10,1), D(2020,3,31), "Workshops designed with the Forum.", YEL, "amber", False),
        ("A3.3", "Publish waiting times on the Local Offer every month.", "DCO / Local Offer Manager", "CCG / NCC", D(2019,12,1), D(2020,2,29), "First publication January 2020.", TGRN_T, "green", False),
      ]),
    ]
    r = 5; actions = []
    for area, acts in areas:
        ws.cell(r, 1, area).font = BOLD; ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(r, 1).fill = solid("FFD9E1F2"); r += 1
        for ref, act, lead, ag, s, e, ev, fill, st, hidden in acts:
            vals = [ref, act, lead, ag, s, e, ev, None]
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v); c.alignment = WRAP
                if isinstance(v, dt.datetime): c.number_format = "dd/mm/yyyy"
            if fill is not None: ws.cell(r, 8).fill = fill
            if hidden:
                ws.row_dimensions[r].hidden = True
            else:
                leads = ["DCO", "Local Offer Manager"] if lead == "DCO / Local Offer Manager" else [lead]
                actions.append(A(ref, [area], act, leads, e.strftime("%Y-%m"), st))
            r += 1
    r += 1
    ws.cell(r, 1, "RAG key").font = BOLD; r += 1
    for fill, txt in [(BLU, "Complete"), (GRN, "On track"), (AMB, "Some slippage – mitigation in place"), (RED, "Off track – escalated to SEND Board")]:
        ws.cell(r, 1).fill = fill; ws.cell(r, 2, txt); r += 1
    for col, w in zip("ABCDEFGH", [8, 60, 28, 12, 12, 12, 40, 8]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, name))
    write_yaml(name,
        "Imitates a local area SEND Written Statement of Action progress workbook (council and CCG, 2019-20): title in merged first rows, areas of weakness as merged band rows, lead officer plus lead agency columns, start and end dates, RAG shown only as cell fill (plain and theme colours) with a key beneath.",
        "A WSoA tracker with three areas of significant weakness as band rows, each over A-numbered actions with officer, agency, start/end dates and an evidence note; the RAG column is coloured cells only. A withdrawn row is hidden.",
        title, actions)

# =====================================================================
# 3. f-focused-visit.docx
def f_focused_visit():
    name = "f-focused-visit.docx"
    doc = Document()
    title = "Focused Visit Action Plan – Children in Need and Child Protection (June 2019)"
    doc.add_heading(title, level=1)
    doc.add_paragraph("Ofsted carried out a focused visit on 14 and 15 May 2019 looking at services for children in need and those subject to a child protection plan. This plan sets out how we will respond to the areas for improvement in the letter.")
    t = add_table(doc, ["Area for improvement", "What we will do", "Who", "By when", "How we will know", "RAG"])
    recA = "The timeliness of initial child protection conferences."
    recB = "Management oversight of decisions to step down from child protection to child in need plans."
    recC = "The quality of written plans for children in need."
    recD = "Supervision that reflects on children's progress."
    rows = [
        (recA, "Daily tracking of strategy discussions through to ICPC by the Child Protection Chair service.", "Service Manager (CIN/CP)", "End of June 2019", "Weekly tracker to Head of Service.", "G", ["Service Manager (CIN/CP)"], "2019-06", "End of June 2019", "green"),
        ("", "Escalation to Head of Service whenever an ICPC cannot be held within 15 working days.", "Head of Service / Principal Social Worker", "w/c 15/07/19", "Escalation log in place.", "B", ["Head of Service", "Principal Social Worker"], "2019-07", "w/c 15/07/19", "blue"),
        ("", "", "", "", "Monthly performance report shows 90% of ICPCs within timescale.", "", None, None, None, None),
        (recB, "Step-down checklist completed and signed by the team manager before any CP plan ends.", "Team Managers", "Sept 2019 – March 2020", "Audit of 20 step-down cases each quarter.", "A", ["Team Managers"], "2020-03", "Sept 2019 – March 2020", "amber"),
        ("", "Thematic audit of step-down cases reported to the Quality Assurance Board.", "Principal Social Worker", "Termly", "Audit reports.", "A", ["Principal Social Worker"], None, "Termly", "amber"),
        (recC, "Relaunch the CIN plan template with SMART outcomes.", "PSW", "Aug-19", "Template live on system.", "R", ["PSW"], "2019-08", None, "red"),
        ("", "Practice workshops on writing plans with families.", "PSW & Workforce Development Lead", "Autumn term 2019", "Attendance and evaluation.", "", ["PSW", "Workforce Development Lead"], None, "Autumn term 2019", "unrated"),
        ("", "Team managers to review every CIN plan at the three-monthly review point.", "Team Managers", "Ongoing", "Case audit findings.", "G", ["Team Managers"], None, "Ongoing", "green"),
        (recD, "Group supervision introduced in all CIN teams, using the systemic model.", "Service Manager (CIN/CP)", "October 2019", "Supervision audit.", "G", ["Service Manager (CIN/CP)"], "2019-10", None, "green"),
    ]
    actions = []; cur = None
    for rec, act, who, when, how, rag, leads, end, et, st in rows:
        add_row(t, [rec, act, who, when, how, rag])
        if rec: cur = rec
        if act:
            actions.append(A(None, [cur], act, leads, end, st, et))
    doc.add_paragraph("RAG: R – not on track; A – some progress, risk of delay; G – on track; B – completed.")
    doc.add_paragraph("Signed: Director of Children's Services")
    doc.save(os.path.join(OUT, name))
    write_yaml(name,
        "Imitates a short focused-visit action plan published by a unitary council after a 2019 Ofsted focused visit: single table, area for improvement written once at the top of its group, no refs, RAG letters, a row carrying only a further 'how we will know' note.",
        "A one-table action plan answering four areas for improvement from a focused visit. Each area is written once with its actions on following rows; one line only adds a measure to the action above.",
        title, actions)

# =====================================================================
# 4. f-lscp-business.xlsx
def f_lscp_business():
    name = "f-lscp-business.xlsx"
    wb = Workbook(); cov = wb.active; cov.title = "Cover"
    title = "Northshire Safeguarding Children Partnership – Business Plan 2020-22"
    cov["A1"] = title; cov["A1"].font = Font(bold=True, size=16)
    cov["A3"] = "Version"; cov["B3"] = "2.1"
    cov["A4"] = "Reporting period"; cov["B4"] = "Quarter 3 2020/21"
    cov["A5"] = "Owner"; cov["B5"] = "Partnership Business Manager"
    cov["A7"] = "RAG key"; cov["A7"].font = BOLD
    key = [("Blue", "Complete"), ("Green", "On track"), ("Amber", "Some slippage"), ("Red", "Off track")]
    for i, (k, v) in enumerate(key):
        cov.cell(8 + i, 1, k); cov.cell(8 + i, 2, v)
    summ = wb.create_sheet("Summary")
    summ.append(["Priority", "Blue", "Green", "Amber", "Red", "Not rated", "Total"])
    summ.append(["1 Neglect", 1, 1, 0, 1, 1, 4])
    summ.append(["2 Exploitation", 0, 1, 2, 0, 2, 5])
    summ.append(["3 Voice", 1, 1, 1, 0, 0, 3])
    summ.append(["Total", 2, 3, 3, 1, 3, 12])
    hdr = ["Ref", "Objective", "Action", "Lead(s)", "Partner agency", "Deadline", "Previous RAG", "Current RAG", "Update"]
    sheets = [
      ("P1 Neglect", "Priority 1: Tackling neglect", [
        ("1.A Practitioners recognise and respond early to neglect", [
          ("P1.1", "Launch the revised Neglect Strategy and Graded Care Profile 2 (GCP2) toolkit.", "Sam Lee and Jo Patel", "All partners", "Q2 2020/21", "Amber", "Green", "Launched virtually Sept 2020.", ["Sam Lee", "Jo Patel"], "2020-09", "Q2 2020/21", "green"),
          ("P1.2", "Train 300 multi-agency practitioners in GCP2.", "Lee, Sam", "All partners", "Mar-21", "G", "B", "312 trained.", ["Lee, Sam"], "2021-03", None, "blue"),
        ]),
        ("1.B Leaders know the impact of multi-agency work on neglect", [
          ("P1.3", "Multi-agency audit of neglect cases, reported to the Executive.", "QA Sub-group Chair", "Health, Police, CSC", "Jan 2021", "A", "R", "Audit postponed twice – capacity in health.", ["QA Sub-group Chair"], "2021-01", None, "red"),
          ("P1.4", "Develop a neglect dataset for the partnership dashboard.", "Performance & Intelligence Manager", "", "TBC", "", "", "", ["Performance & Intelligence Manager"], None, "TBC", "unrated"),
        ]),
      ]),
      ("P2 Exploitation", "Priority 2: Child exploitation", [
        ("2.A Children at risk of exploitation are identified and safeguarded", [
          ("P2.1", "Embed the Child Exploitation Risk Assessment Framework across agencies.", "DI Karen Moss", "Northshire Police", "December 2020", "Green", "Amber", "Uptake low in schools.", ["DI Karen Moss"], "2020-12", None, "amber"),
          ("P2.2", "Monthly multi-agency child exploitation (MACE) panel to review all high-risk children.", "KM / RT", "Police, CSC, YOS", "Monthly", "G", "G", "", ["KM", "RT"], None, "Monthly", "green"),
          ("P2.3", "Map locations and perpetrators through contextual safeguarding meetings.", "RT", "Community Safety", "June 2021 (was March 2021)", "A", "A", "Revised date agreed by Executive.", ["RT"], "2021-06", "June 2021 (was March 2021)", "amber"),
        ]),
        ("2.B Safe transitions to adult services for exploited young people", [
          ("P2.4", "Agree a transitional safeguarding protocol with Adult Social Care.", "Head of Adolescent Services", "Adult Social Care", "31/03/2021", "", "Not started", "", ["Head of Adolescent Services"], "2021-03", None, "unrated"),
          ("P2.5", "Test the protocol through a multi-agency case review.", "Head of Adolescent Services", "Adult Social Care", "Sept 2021", "", "", "", ["Head of Adolescent Services"], "2021-09", None, "unrated"),
        ]),
      ]),
      ("P3 Voice", "Priority 3: Voice of the child", [
        ("3.A Children's views shape partnership priorities", [
          ("P3.1", "Hold an annual young people's safeguarding summit.", "Partnership Business Manager", "Schools", "Annually", "B", "B", "Held online 12/11/2020.", ["Partnership Business Manager"], None, "Annually", "blue"),
          ("P3.2", "Young people's advisory group to review partnership publications.", "Partnership Business Manager; Youth Participation Officer", "", "April 2021", "", "Green", "", ["Partnership Business Manager", "Youth Participation Officer"], "2021-04", None, "green"),
          ("P3.3", "Single-agency audits to include a question on the child's voice.", "Each agency's safeguarding lead", "All partners", "Q4 2020/21", "G", "Amber", "Police and CCG audit tools amended.", ["Each agency's safeguarding lead"], "2021-03", "Q4 2020/21", "amber"),
        ]),
      ]),
    ]
    actions = []
    for sname, head, objs in sheets:
        ws = wb.create_sheet(sname)
        ws["A1"] = head; ws["A1"].font = Font(bold=True, size=13)
        for i, h in enumerate(hdr, 1):
            ws.cell(3, i, h).font = BOLD
        r = 4
        for obj, acts in objs:
            r0 = r
            for j, (ref, act, lead, partner, dl, prev, cur, upd, leads, end, et, st) in enumerate(acts):
                vals = [ref, obj if j == 0 else None, act, lead, partner or None, dl, prev or None, cur or None, upd or None]
                for i, v in enumerate(vals, 1):
                    ws.cell(r, i, v).alignment = WRAP
                actions.append(A(ref, [head, obj], act, leads, end, st, et))
                r += 1
            if r - 1 > r0:
                ws.merge_cells(start_row=r0, start_column=2, end_row=r - 1, end_column=2)
        for col, w in zip("ABCDEFGHI", [7, 30, 55, 26, 18, 16, 10, 10, 34]):
            ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, name))
    write_yaml(name,
        "Imitates a local safeguarding children partnership business plan tracker (2020-22) kept as a workbook: cover sheet with title and RAG key, a summary totals sheet, one sheet per priority with the priority heading in row 1, objectives merged down, previous and current RAG columns.",
        "A partnership business plan with three priority sheets after a cover and a summary. Each priority sheet lists P-numbered actions under merged objectives, with named leads, partner agencies, deadlines and a previous and current RAG.",
        title, actions)

# =====================================================================
# 5. f-improvement-tracker.xlsx
def f_improvement_tracker():
    name = "f-improvement-tracker.xlsx"
    wb = Workbook(); ws = wb.active; ws.title = "Improvement Plan"
    title = "Children's Services Improvement Plan 2019/20 – Tracker"
    ws["A1"] = title; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Last updated: 14/10/2019"
    hdr = ["Theme", "Recommendation", "Ref", "Action", "Priority", "Lead", "Target date", "Revised date", "Budget", "Risk", "Status", "Last updated"]
    for i, h in enumerate(hdr, 1):
        ws.cell(4, i, h).font = BOLD
    rec1 = "Leaders should strengthen performance management so that they have an accurate understanding of the quality of frontline practice."
    rec2 = "Improve the timeliness and quality of decision-making at the front door (MASH)."
    rec3 = "Children in care should have timely permanence plans, including early consideration of adoption and special guardianship."
    rows = [
      ("Leadership", rec1, [
        ("R1.1a", "Develop a monthly performance scorecard with service-level targets.", "High", "AD Performance", D(2019,6,30), None, "", "Low", "Closed", D(2019,7,2), "2019-06", None, "blue", ["AD Performance"]),
        ("R1.1b", "Performance clinics chaired by the DCS for each service area.", "High", "DCS", "Monthly", None, "", "Low", "Ongoing", D(2019,10,1), None, "Monthly", "unrated", ["DCS"]),
        ("R1.2a", "Quality assurance framework refreshed to link audit findings to learning.", "Medium", "Head of QA", D(2019,8,31), D(2019,11,30), "", "Medium", "Yellow", D(2019,10,9), "2019-11", None, "amber", ["Head of QA"]),
      ]),
      ("Front door", rec2, [
        ("R2.1a", "Recruit a permanent MASH team manager and two senior practitioners.", "High", "Head of MASH", D(2019,5,31), None, "£96,000", "High", "Completed", D(2019,6,3), "2019-05", None, "blue", ["Head of MASH"]),
        ("R2.1b", "Review the thresholds document with partners and relaunch it.", "Medium", "Head of MASH / LSCP Manager", "Q3 2019/20", None, "", "Medium", "Green", D(2019,10,9), "2019-12", "Q3 2019/20", "green", ["Head of MASH", "LSCP Manager"]),
        ("R2.2a", "Daily MASH RAG meeting with police and health.", "High", "Head of MASH", "Ongoing", None, "", "Low", "In progress", D(2019,9,12), None, "Ongoing", "unrated", ["Head of MASH"]),
        ("R2.2b", "Audit of 50 contacts per month by MASH practice managers.", "Medium", "PM MASH", D(2019,12,31), None, "", "High", "Red", D(2019,10,9), "2019-12", None, "red", ["PM MASH"]),
      ]),
      ("Children in care", rec3, [
        ("R3.1a", "Permanence tracking meeting every fortnight for all children in care under 12.", "High", "Head of Children in Care", D(2019,7,31), D(2019,10,31), "", "Medium", "Green", D(2019,10,1), "2019-10", None, "green", ["Head of Children in Care"]),
        ("R3.1b", "Introduce permanence planning guidance for social workers and IROs.", "Medium", "Head of Children in Care", D(2019,9,30), None, "", "Low", "Open", None, "2019-09", None, "unrated", ["Head of Children in Care"]),
        ("R3.2a", "Commission specialist training on special guardianship assessments for 40 social workers.", "Medium", "Workforce Development Manager", "Jan-20", None, "£12,000", "Medium", "Amber", D(2019,10,9), "2020-01", None, "amber", ["Workforce Development Manager"]),
        ("R3.2b", "Review the SGO support package and allowances policy.", "Low", "Head of Children in Care", D(2020,3,31), None, "£45,000", "High", "Yellow", D(2019,10,9), "2020-03", None, "amber", ["Head of Children in Care"]),
      ]),
    ]
    r = 5; actions = []
    for theme, rec, acts in rows:
        r0 = r
        for j, (ref, act, pr, lead, tgt, rev, bud, risk, status, upd, end, et, st, leads) in enumerate(acts):
            vals = [theme, rec if j == 0 else None, ref, act, pr, lead, tgt, rev, bud or None, risk, status, upd]
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v); c.alignment = WRAP
                if isinstance(v, dt.datetime): c.number_format = "dd/mm/yyyy"
            actions.append(A(ref, [theme, rec], act, leads, end, st, et))
            r += 1
        ws.merge_cells(start_row=r0, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "Note: revised dates agreed at the Improvement Board on 02/09/2019. Status: Open / In progress / Ongoing / Closed, or RAG where reviewed by the Board.")
    for col, w in zip("ABCDEFGHIJKL", [14, 40, 8, 50, 9, 26, 12, 12, 10, 8, 12, 12]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, name))
    write_yaml(name,
        "Imitates a metropolitan borough's post-ILACS improvement plan tracker (2019/20) kept by a programme office: theme repeated in a column, recommendation merged down, lettered refs (R1.1a), target and revised date columns, budget/risk/priority/last-updated columns, status a mixture of workflow words and RAG words.",
        "A single-sheet tracker of eleven actions under three themes and their recommendations. Each action has a priority, lead post, a target date (some revised later), budget, risk and a status that is either a workflow word or a RAG colour.",
        title, actions)

# =====================================================================
# 6. f-practice-plan.docx
def f_practice_plan():
    name = "f-practice-plan.docx"
    doc = Document()
    title = "Practice Improvement Plan 2018-19"
    p = doc.add_paragraph(); r = p.add_run(title); r.bold = True; r.font.size = Pt(18)
    doc.add_paragraph("Following the Ofsted inspection of services for children in need of help and protection, children looked after and care leavers (published January 2018).")
    t = add_table(doc, ["No.", "Action", "Responsible", "Deadline", "RAG"])
    BLUE, GREEN, AMBER, RED = "0070C0", "00B050", "FFC000", "FF0000"
    plan = [
      ("Priority 1: A stable and skilled workforce", [
        ("Objective 1: Reduce reliance on agency social workers to below 15%", [
          ("1", "Launch a recruitment microsite and refer-a-friend scheme.", "Head of HR", "Apr-18", "", BLUE, ["Head of HR"], "2018-04", None, "blue"),
          ("2", "Introduce a market supplement for experienced social workers in child protection teams.", "DCS / Head of HR", "30.06.18", "", GREEN, ["DCS", "Head of HR"], "2018-06", None, "green"),
          ("3", "Convert agency team managers to permanent contracts where possible.", "AD Safeguarding", "Ongoing", "", AMBER, ["AD Safeguarding"], None, "Ongoing", "amber"),
        ]),
        ("Objective 2: Newly qualified social workers are supported through their ASYE", [
          ("4", "Establish an ASYE academy with protected caseloads.", "Principal Social Worker", "September 2018", "Complete", GREEN, ["Principal Social Worker"], "2018-09", None, "blue"),
          ("5", "Pair every ASYE social worker with an advanced practitioner mentor.", "Principal Social Worker", "Sept 2018", "", None, ["Principal Social Worker"], "2018-09", None, "unrated"),
        ]),
      ]),
      ("Priority 2: Quality of practice", [
        ("Objective 3: Chronologies are up to date and used in assessments", [
          ("6", "Issue a chronology practice standard and template.", "AD Safeguarding", "May 2018", "", BLUE, ["AD Safeguarding"], "2018-05", None, "blue"),
          ("7", "Dip sample 10% of chronologies every month.", "Service Managers", "Monthly from June 2018", "", RED, ["Service Managers"], None, "Monthly from June 2018", "red"),
        ]),
        ("Objective 4: The child's voice is evident in records", [
          ("8", "Introduce a 'day in the life' section in all assessments.", "Principal Social Worker", "31 October 2018", "", AMBER, ["Principal Social Worker"], "2018-10", None, "amber"),
          ("9", "Appoint a Children's Champion in each team.", "Team Managers", "Dec-18", "", GREEN, ["Team Managers"], "2018-12", None, "green"),
        ]),
      ]),
      ("Priority 3: Partnership working", [
        ("Objective 5: Partners apply thresholds consistently", [
          ("10", "Joint threshold training with police, health and schools.", "LSCB Business Manager", "Jan 2019 – Mar 2019", "", GREEN, ["LSCB Business Manager"], "2019-03", "Jan 2019 – Mar 2019", "green"),
          ("11", "Review and reissue the threshold document.", "LSCB Business Manager & AD Safeguarding", "March 2019", "", AMBER, ["LSCB Business Manager", "AD Safeguarding"], "2019-03", None, "amber"),
        ]),
      ]),
    ]
    actions = []
    for pri, objs in plan:
        add_span_row(t, pri, fill="D9D9D9")
        for obj, acts in objs:
            add_span_row(t, obj)
            for no, act, resp, dl, ragtxt, fill, leads, end, et, st in acts:
                cells = add_row(t, [no, act, resp, dl, ragtxt])
                if fill: shade(cells[4], fill)
                actions.append(A(no, [pri, obj], act, leads, end, st, et))
    doc.add_paragraph("RAG is shown by shading: Blue – complete; Green – on track; Amber – at risk; Red – not on track.")
    so = add_table(doc, ["Name", "Role", "Signature", "Date"])
    add_row(so, ["Helen Ward", "Director of Children's Services", "", "12/02/2018"])
    add_row(so, ["Cllr P. Moore", "Lead Member for Children", "", "12/02/2018"])
    doc.save(os.path.join(OUT, name))
    write_yaml(name,
        "Imitates a small unitary council's post-SIF practice improvement plan (2018-19) in Word: bold title paragraph, one long table with priorities and objectives as full-width merged rows, numbered actions, RAG shown only by cell shading with a key line, and a sign-off table after the plan.",
        "One table of eleven numbered actions grouped under three priorities, each split into objectives written as full-width rows. The RAG column is shaded rather than written, except one cell that says Complete; a sign-off table follows.",
        title, actions)

# =====================================================================
# 7. f-jtai-partnership.docx
def f_jtai_partnership():
    name = "f-jtai-partnership.docx"
    doc = Document()
    title = "JTAI Multi-Agency Action Plan: The Response to Children Living with Domestic Abuse"
    doc.add_heading(title, level=1)
    doc.add_paragraph("Northshire Local Safeguarding Children Board – submitted to Ofsted, HMICFRS, CQC and HMI Probation, May 2018. Progress at October 2018.")
    k = add_table(doc, ["Status", "Meaning"])
    for a, b in [("R", "Off track"), ("A", "At risk"), ("G", "On track"), ("B", "Complete")]:
        add_row(k, [a, b])
    finds = [
      ("Finding 1: Information sharing in the MASH about domestic abuse notifications", [
        ("F1.1", "Police to share all domestic abuse notifications involving children with the MASH within 24 hours.", "Police", "Det Supt Clare Evans", "Jul-18", "G", ["Det Supt Clare Evans"], "2018-07", None, "green"),
        ("F1.2", "Health visitors and school nurses to receive domestic abuse notifications for under-5s and school-age children.", "Health", "Dr Nadia Shah", "Q1 2018/19", "A", ["Dr Nadia Shah"], "2018-06", "Q1 2018/19", "amber"),
        ("F1.3", "MARAC actions to be recorded on the child's social care file.", "Children's Social Care", "Head of MASH", "By 31 March 2019", "B", ["Head of MASH"], "2019-03", "By 31 March 2019", "blue"),
      ]),
      ("Finding 2: Work with perpetrators of domestic abuse", [
        ("F2.1", "Commission a perpetrator programme that is accessible to fathers.", "Community Safety", "Community Safety Manager", "TBC", "R", ["Community Safety Manager"], None, "TBC", "red"),
        ("F2.2", "Probation to attend every initial child protection conference where the perpetrator is known to probation.", "NPS / CRC", "Senior Probation Officer", "Immediate", "G", ["Senior Probation Officer"], None, "Immediate", "green"),
      ]),
      ("Finding 3: Children's experiences and the impact of domestic abuse on them", [
        ("F3.1", "Multi-agency training on coercive control and its impact on children.", "LSCB", "LSCB Training Coordinator", "September 2018 to January 2019", "A", ["LSCB Training Coordinator"], "2019-01", "September 2018 to January 2019", "amber"),
        ("F3.2", "Audit 20 cases to test whether children's lived experience is recorded by every agency.", "LSCB", "QA Sub-group", "Six-monthly", "G", ["QA Sub-group"], None, "Six-monthly", "green"),
        ("F3.3", "Develop a 'Think Family' domestic abuse pathway.", "All agencies", "LSCB Business Manager / Community Safety Manager", "Dec 2018", "", ["LSCB Business Manager", "Community Safety Manager"], "2018-12", None, "unrated"),
      ]),
    ]
    actions = []
    for f, acts in finds:
        doc.add_heading(f, level=2)
        t = add_table(doc, ["Ref", "Action", "Lead agency", "Lead officer", "Timescale", "Status"])
        for ref, act, ag, lead, ts, stt, leads, end, et, st in acts:
            add_row(t, [ref, act, ag, lead, ts, stt])
            actions.append(A(ref, [f], act, leads, end, st, et))
    doc.add_paragraph("The Board will monitor this plan at each meeting. Glossary: MASH – Multi-Agency Safeguarding Hub; MARAC – Multi-Agency Risk Assessment Conference.")
    doc.save(os.path.join(OUT, name))
    write_yaml(name,
        "Imitates a safeguarding board's JTAI (domestic abuse strand, 2018) multi-agency action plan: a status key table first, then one table per inspection finding under headings, lead agency beside lead officer, status letters, timescales as quarters, phrases and words.",
        "A multi-agency JTAI action plan with a status key and three finding headings, each over a table of F-numbered actions naming the agency and the officer leading, a timescale and a status letter.",
        title, actions)

# =====================================================================
# 8. f-send-revisit.xlsx
def f_send_revisit():
    name = "f-send-revisit.xlsx"
    wb = Workbook(); ws = wb.active; ws.title = "Action plan"
    title = "SEND Improvement Action Plan – Update for SEND Partnership Board"
    ws["B2"] = title; ws["B2"].font = Font(bold=True, size=14)
    ws["B3"] = "Meeting: 11 February 2020"
    hdr = ["Area of concern", "Ref", "Action", "Responsible", "Completion", "Previous RAG", "Current RAG", "Progress narrative"]
    for i, h in enumerate(hdr, 2):
        ws.cell(5, i, h).font = BOLD
    a1 = "Leaders' understanding of the local area's effectiveness"
    a2 = "Identification of SEND in the early years"
    a3 = "Preparation for adulthood"
    rows = [
      (a1, "1a", "Refresh the joint SEND self-evaluation with health and parent carers.", "Director of Education", "Jan-20", "A", "G", "Draft shared with Forum.", ["Director of Education"], "2020-01", None, "green"),
      (a1, "1b", "Agree a SEND outcomes framework reported quarterly to the Health and Wellbeing Board.", "Director of Education & CCG Director of Commissioning", D(2020,3,31), "R", "A", "Framework drafted; indicators being agreed.", ["Director of Education", "CCG Director of Commissioning"], "2020-03", None, "amber"),
      (a2, "2a", "Roll out the integrated two-year check in every children's centre.", "Head of Early Years", D(2019,12,31), "G", "B", "All 14 centres live.", ["Head of Early Years"], "2019-12", None, "blue"),
      (a2, "2b", "Revise the early years SEND inclusion fund criteria.", "Head of Early Years", "Summer term 2020", "", "A", "Consultation with providers planned.", ["Head of Early Years"], None, "Summer term 2020", "amber"),
      (a2, "2c", "Speech and language therapy drop-ins in every family hub.", "SALT Service Lead", "Feb 2020", "A", "R", "Vacancies in SALT team.", ["SALT Service Lead"], "2020-02", None, "red"),
      (a3, "3a", "Preparing for Adulthood protocol agreed by education, health and social care.", "PfA Lead", D(2020,1,31), "A", "A", "", ["PfA Lead"], "2020-01", None, "amber"),
      (a3, "3b", "Post-16 annual reviews of EHC plans to include a careers adviser.", "PfA Lead", "Ongoing", "G", "G", "", ["PfA Lead"], None, "Ongoing", "green"),
      (a3, "3c", "Increase supported internship places from 10 to 25.", "Head of Skills; PfA Lead", "Sept 2020", "", "G", "18 places confirmed.", ["Head of Skills", "PfA Lead"], "2020-09", None, "green"),
    ]
    fills = {"R": solid("FFFF0000"), "A": solid("FFFFC000"), "G": solid("FF00B050"), "B": solid("FF0070C0")}
    r = 6; actions = []
    for area, ref, act, resp, comp, prev, cur, narr, leads, end, et, st in rows:
        vals = [area, ref, act, resp, comp, prev or None, cur or None, narr or None]
        for i, v in enumerate(vals, 2):
            c = ws.cell(r, i, v); c.alignment = WRAP
            if isinstance(v, dt.datetime): c.number_format = "mmm-yy"
        if prev: ws.cell(r, 7).fill = fills[prev]
        if cur: ws.cell(r, 8).fill = fills[cur]
        actions.append(A(ref, [area], act, leads, end, st, et))
        r += 1
    r += 1
    ws.cell(r, 2, "Summary of current RAG").font = BOLD; r += 1
    for k, v in [("Blue (complete)", 1), ("Green", 3), ("Amber", 3), ("Red", 1), ("Total", 8)]:
        ws.cell(r, 2, k); ws.cell(r, 3, v); r += 1
    r += 1
    ws.cell(r, 2, "Notes: dates shown as month of completion. Previous RAG is from the November 2019 Board.")
    for col, w in zip("BCDEFGHI", [34, 6, 55, 32, 14, 10, 10, 36]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, name))
    write_yaml(name,
        "Imitates a SEND partnership board update on a local area SEND improvement plan (2020): title offset into column B, area of concern repeated on every row, short refs (1a, 2b), completion as mixed real dates (shown mmm-yy) and text, previous and current RAG letters on coloured cells, a summary count and a notes line below.",
        "An eight-row SEND improvement action plan for a partnership board, each row naming its area of concern, an action, the responsible post, a completion month or phrase, and a previous and current RAG letter. A RAG summary and a note follow.",
        title, actions)

# =====================================================================
# 9. f-care-leavers.docx
def f_care_leavers():
    name = "f-care-leavers.docx"
    doc = Document()
    title = "Improvement Plan: Services for Care Leavers"
    doc.add_heading(title, level=0)
    vh = add_table(doc, ["Version", "Date", "Changes", "Author"])
    add_row(vh, ["1.0", "05/07/2019", "First version agreed by Corporate Parenting Board", "JP"])
    add_row(vh, ["1.1", "18/10/2019", "Progress updated; action 5 completed", "AK"])
    doc.add_paragraph("Status key: Completed (blue); On track (green); At risk (amber); Off track (red); Not started.")
    secs = [
      ("Section A: Support for care leavers", [
        ("Recommendation 1: Ensure that all care leavers have an up-to-date pathway plan that they have contributed to.", [
          ("1", "Redesign the pathway plan template with the Care Leavers' Forum.", "JP", "End of October 2019", "Template in use from 21/10/2019.", "Completed", ["JP"], "2019-10", "End of October 2019", "blue"),
          ("2", "Personal advisers to review every pathway plan at least six-monthly.", "Team Manager, Leaving Care", "Six-monthly", "", "On track", ["Team Manager, Leaving Care"], None, "Six-monthly", "green"),
          ("3", "Quarterly audit of pathway plans with feedback to personal advisers.", "JP & AK", "Nov-19", "First audit slipped to November.", "At risk", ["JP", "AK"], "2019-11", None, "amber"),
        ]),
        ("Recommendation 2: Improve access to suitable accommodation and to education, employment and training.", [
          ("4", "Agree a ring-fenced social housing allocation for care leavers with the Housing service.", "Jo Patel and Amir Khan", "By end of 2019/20", "Housing allocations policy review delayed.", "Off track", ["Jo Patel", "Amir Khan"], "2020-03", "By end of 2019/20", "red"),
          ("5", "Guaranteed interview scheme for care leavers applying for council apprenticeships.", "AK", "w/c 12/08/19", "Scheme launched; 6 interviews so far.", "Completed", ["AK"], "2019-08", "w/c 12/08/19", "blue"),
        ]),
      ]),
      ("Section B: Health", [
        ("Recommendation 3: Make sure that care leavers have their health histories and know how to access health services.", [
          ("6", "Issue a health passport to every young person leaving care at 18.", "Designated Nurse for Children in Care", "January 2020", "", "Not started", ["Designated Nurse for Children in Care"], "2020-01", None, "unrated"),
          ("7", "Publicise care leavers' entitlement to free prescriptions and leisure passes in the Local Offer.", "Participation Officer", "December 2019", "Leaflet drafted by young people.", "On track", ["Participation Officer"], "2019-12", None, "green"),
        ]),
      ]),
    ]
    actions = []
    for sec, recs in secs:
        doc.add_heading(sec, level=1)
        for rec, acts in recs:
            doc.add_heading(rec, level=2)
            t = add_table(doc, ["No.", "Action", "Lead", "Due", "Update", "Status"])
            for no, act, lead, due, upd, stt, leads, end, et, st in acts:
                add_row(t, [no, act, lead, due, upd, stt])
                actions.append(A(no, [sec, rec], act, leads, end, st, et))
    doc.save(os.path.join(OUT, name))
    write_yaml(name,
        "Imitates a corporate parenting board care leavers improvement plan (2019) in Word: version-history table, status key line, section headings with recommendation sub-headings and a small table per recommendation, status as words.",
        "A care leavers improvement plan in two sections; under each numbered recommendation heading is a short table of numbered actions with lead, due date, update and a status word.",
        title, actions)

# =====================================================================
# 10. REFUSE: f-early-help-typo.xlsx (mistyped month)
def f_early_help_typo():
    name = "f-early-help-typo.xlsx"
    wb = Workbook(); ws = wb.active; ws.title = "Early Help"
    title = "Early Help Improvement Plan – Response to ILACS 2020"
    ws["A1"] = title; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Owner: Head of Early Help | Reviewed monthly at Early Help Partnership"
    hdr = ["Theme", "Ref", "Action", "Lead", "Timescale", "Status", "Comments"]
    for i, h in enumerate(hdr, 1):
        ws.cell(4, i, h).font = BOLD
    rows = [
        ("Front door", "EH1", "Early help assessment available to partners through the online portal.", "CW", "Mar-21", "Green", ""),
        ("Front door", "EH2", "Step-across protocol between MASH and early help agreed and published.", "CW/DH", "Jan-21", "Complete", "Published 18/01/21."),
        ("Front door", "EH3", "Early help consultation line staffed by a senior practitioner.", "DH", "Apr-21", "Amber", "Recruitment under way."),
        ("Quality", "EH4", "Audit of 30 early help assessments by lead professionals in schools.", "QA Lead", "Jun-21", "Amber", ""),
        ("Quality", "EH5", "Early help practice standards refreshed and launched with partners.", "QA Lead", "Spet-21", "Green", ""),
        ("Quality", "EH6", "Family Support Workers trained in motivational interviewing.", "Workforce Lead", "Jul-21", "Red", "Training provider withdrew."),
        ("Partnership", "EH7", "Schools early help champions network relaunched.", "CW", "Oct-21", "", ""),
        ("Partnership", "EH8", "Annual early help conference for partners.", "Head of Early Help", "Annually", "Green", ""),
    ]
    r = 5; bad = None
    for row in rows:
        for i, v in enumerate(row, 1):
            ws.cell(r, i, v or None).alignment = WRAP
        if row[4] == "Spet-21": bad = r
        r += 1
    for col, w in zip("ABCDEFG", [14, 6, 60, 16, 12, 10, 28]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, name))
    write_yaml(name,
        "Imitates an early help improvement plan tracker kept by a children's services department after a 2020 ILACS: title rows, theme repeated in a column, EH refs, month-year timescales typed as text, RAG words.",
        "A one-sheet early help plan of eight actions across three themes. One timescale reads 'Spet-21', a mistyped month that cannot be read safely, so a careful reader stops and asks.",
        title, outcome="refuse", refuse_at=bad)
    return bad

# =====================================================================
# 11. REFUSE: f-wsoa-twotables.docx (two conflicting plan tables)
def f_wsoa_twotables():
    name = "f-wsoa-twotables.docx"
    doc = Document()
    title = "Written Statement of Action – Local Area SEND Inspection"
    doc.add_heading(title, level=1)
    doc.add_paragraph("Area of significant weakness 1: The effectiveness of the local area's joint commissioning arrangements.")
    hdr = ["Ref", "Action", "Lead", "Deadline", "RAG"]
    t1 = add_table(doc, hdr)
    v1 = [
        ("1.1", "Establish a joint commissioning group for SEND with the CCG.", "AD Commissioning", "Oct-19", "Green"),
        ("1.2", "Complete a joint strategic needs assessment for SEND.", "Public Health Consultant", "Dec-19", "Amber"),
        ("1.3", "Agree a pooled budget for therapies.", "AD Commissioning / CCG Head of Children's Commissioning", "Mar-20", "Amber"),
        ("1.4", "Publish a joint commissioning strategy co-produced with parent carers.", "AD Commissioning", "Jun-20", "Red"),
        ("1.5", "Report commissioning outcomes to the Health and Wellbeing Board.", "Director of Public Health", "Sep-20", ""),
    ]
    for row in v1: add_row(t1, list(row))
    doc.add_paragraph("Area of significant weakness 1: The effectiveness of the local area's joint commissioning arrangements.")
    t2 = add_table(doc, hdr)
    v2 = [
        ("1.1", "Establish a joint commissioning group for SEND with the CCG.", "AD Commissioning", "Jan-20", "Complete"),
        ("1.2", "Complete a joint strategic needs assessment for SEND.", "Public Health Consultant", "Dec-19", "Green"),
        ("1.3", "Agree a pooled budget for therapies.", "Head of Finance", "Sep-20", "Red"),
        ("1.4", "Publish a joint commissioning strategy co-produced with parent carers.", "AD Commissioning", "Jun-20", "Amber"),
        ("1.5", "Report commissioning outcomes to the Health and Wellbeing Board.", "Director of Public Health", "Sep-20", ""),
    ]
    for row in v2: add_row(t2, list(row))
    doc.add_paragraph("Monitoring: this statement is reviewed by the SEND Partnership Board every six weeks.")
    doc.save(os.path.join(OUT, name))
    # tables: t1 rows 1-6 (header + 5), t2 header row 7, first data row 8 (1.1 repeated with a different deadline and RAG)
    write_yaml(name,
        "Imitates a local area SEND Written Statement of Action in Word (2019-20) where an updated table was pasted below the original: the same area heading and the same refs appear twice with different deadlines, leads and RAG, and neither table is marked as current.",
        "Two tables under the same area-of-weakness heading list the same actions 1.1 to 1.5, but with different deadlines, leads and RAG ratings. Nothing says which one is current, so a careful reader stops and asks.",
        title, outcome="refuse", refuse_at=8)

# =====================================================================
# 12. REFUSE: f-rag-fills-purple.xlsx (a fill the key cannot place)
def f_rag_purple():
    name = "f-rag-fills-purple.xlsx"
    wb = Workbook(); ws = wb.active; ws.title = "Action Plan"
    title = "Ofsted Monitoring Visit Action Plan – Children Looked After"
    ws["A1"] = title; ws["A1"].font = Font(bold=True, size=14); ws.merge_cells("A1:F1")
    ws["A2"] = "Key:"; ws["B2"] = "Red – not started / off track"; ws["B2"].fill = solid("FFFF0000")
    ws["C2"] = "Amber – in progress"; ws["C2"].fill = solid("FFFFC000")
    ws["D2"] = "Green – achieved"; ws["D2"].fill = solid("FF00B050")
    hdr = ["Ref", "Action", "Lead", "Target", "Progress", "RAG"]
    for i, h in enumerate(hdr, 1):
        ws.cell(4, i, h).font = BOLD
    R, Am, G, P = solid("FFFF0000"), solid("FFFFC000"), solid("FF00B050"), solid("FF7030A0")
    groups = [
      ("1. Placement stability", [
        ("1.1", "Placement stability meeting for every child with two moves in 12 months.", "Head of Children in Care", D(2020,11,30), "Meetings in place since September.", G),
        ("1.2", "Expand the in-house foster carer support offer, including out-of-hours support.", "Fostering Service Manager", D(2021,1,31), "Out-of-hours line live; training outstanding.", Am),
        ("1.3", "Sufficiency strategy refreshed with a market position statement.", "Head of Commissioning", D(2021,3,31), "", R),
      ]),
      ("2. Health of children in care", [
        ("2.1", "Initial health assessments completed within 20 working days.", "Designated Nurse", D(2020,12,31), "Escalation route agreed with CCG.", P),
        ("2.2", "Strengths and Difficulties Questionnaires used to inform care plans.", "IRO Manager", D(2021,2,28), "", Am),
        ("2.3", "Care leavers given a summary of their health history.", "Designated Nurse", D(2021,3,31), "", R),
      ]),
    ]
    r = 5; bad = None
    for g, acts in groups:
        ws.cell(r, 1, g).font = BOLD; ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6); r += 1
        for ref, act, lead, tgt, prog, fill in acts:
            for i, v in enumerate([ref, act, lead, tgt, prog or None], 1):
                c = ws.cell(r, i, v); c.alignment = WRAP
                if isinstance(v, dt.datetime): c.number_format = "dd/mm/yyyy"
            ws.cell(r, 6).fill = fill
            if fill is P: bad = r
            r += 1
    for col, w in zip("ABCDEF", [6, 60, 26, 12, 36, 8]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, name))
    write_yaml(name,
        "Imitates a children looked after monitoring-visit action plan workbook (2020-21): merged title, a colour key in row 2, theme band rows, RAG shown only as fill colour.",
        "Six actions under two themes with RAG shown by fill alone, keyed red/amber/green. One RAG cell is filled purple, a colour the key does not define, so its status cannot be placed and a careful reader stops to ask.",
        title, outcome="refuse", refuse_at=bad)
    return bad

if __name__ == "__main__":
    f_ilacs_appendix(); f_send_wsoa(); f_focused_visit(); f_lscp_business(); f_improvement_tracker()
    f_practice_plan(); f_jtai_partnership(); f_send_revisit(); f_care_leavers()
    print("typo row", f_early_help_typo()); f_wsoa_twotables(); print("purple row", f_rag_purple())
