"""Build the seven oa1- blind test files (set heldout421).

Run:  /work/main/.venv/bin/python oa1_make.py
Writes the data files next to this script. The .expected.yaml files are written by hand.
"""
import csv
import datetime as dt
import io
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))

# ----------------------------------------------------------------- shared helpers
RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "0070C0"
GREY = "D9D9D9"
HEAD = "1F3864"

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return dt.datetime(y, m, day)


def xl_header(ws, row, headers, color=HEAD):
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=row, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(color)
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w


def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


# ===================================================================== 1
# Suffolk County Council - internal audit recommendations tracker (xlsx)
SUFFOLK_TITLE = "Suffolk County Council – Internal Audit Follow-up of Agreed Management Actions"

SUFFOLK_AUDITS = [
    ("2023/24-14 Home to School Transport – Contract Management", "Partial", [
        ("HST-01", "High",
         "Contract variations for route changes should be approved in line with Contract Procedure Rules and recorded on the contract management system.",
         "Introduce a variation approval form with sign-off by the Transport Commissioning Manager and record every variation on the contract management system.",
         "Head of Passenger Transport", d(2024, 7, 31), d(2025, 3, 31), AMBER,
         "Form in use since October 2024; back-loading of historic variations 70% complete."),
        ("HST-02", "Medium",
         "Operator performance should be reviewed at regular, minuted contract meetings.",
         "Hold quarterly performance meetings with the ten largest operators, using a standard agenda and KPI pack.",
         "Transport Commissioning Manager", d(2024, 9, 30), None, BLUE,
         "Implemented – meetings held in September and December 2024."),
        ("HST-03", "Medium",
         "Route costs should be benchmarked before contracts are re-tendered.",
         "Benchmark route costs against the 2023 baseline before each re-tender and report the outcome to the Passenger Transport Board.",
         "Transport Commissioning Manager / Finance Business Partner (CYP)", d(2024, 12, 31), d(2025, 6, 30), AMBER,
         "Baseline agreed. Re-tender timetable moved to spring 2025, revised date agreed with Internal Audit."),
    ]),
    ("2024/25-03 Payroll – Starters and Leavers", "Reasonable", [
        ("PAY-01", "High",
         "Leaver notifications should be received and processed before the payroll cut-off so that overpayments are avoided.",
         "Issue a reminder to all managers of the leavers deadline and report late notifications monthly to directorate management teams.\nRecover the overpayments identified by the audit.",
         "HR Operations Manager", d(2024, 10, 31), None, RED,
         "Reminder issued in August. Monthly reporting not yet started; two of the six overpayments still being recovered."),
        ("PAY-02", "Medium",
         "New starters should not be set up on the payroll until an authorised starter form has been received.",
         "Configure the HR system so that a new starter cannot be set up without an authorised starter form attached.",
         "Payroll Manager and ERP Systems Lead", d(2025, 3, 31), None, GREEN,
         "Change request raised with the ERP supplier; testing planned for March."),
    ]),
    ("2024/25-07 Cyber Security – Patch Management", "Partial", [
        ("CYB-01", "High",
         "Patching timescales should be defined by severity and compliance should be monitored.",
         "Define patching timescales by severity in the Vulnerability Management Standard and report compliance to the Information Governance Board each quarter.",
         "Head of IT Security", d(2024, 11, 30), d(2025, 2, 28), AMBER,
         "Standard drafted; goes to the Information Governance Board on 18 February 2025."),
        ("CYB-02", "High",
         "Unsupported operating systems should be removed from the network or their risk formally accepted.",
         "Remove or isolate the 23 unsupported servers identified, or record a risk acceptance signed by the Chief Digital Officer.",
         "Infrastructure Manager", d(2025, 1, 31), None, GREEN,
         "19 of 23 servers decommissioned; remaining four isolated pending migration."),
        ("CYB-03", "Medium",
         "Devices managed by third parties should be included in patch compliance reporting.",
         "Add third-party managed devices to the patch reporting dashboard.",
         "Infrastructure Manager", d(2025, 3, 31), None, None,
         "Not yet started – work is scheduled to begin in February 2025."),
    ]),
]


def build_suffolk(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = SUFFOLK_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position as at 31 January 2025 – report to Audit Committee, 27 February 2025"
    ws["A2"].font = Font(italic=True)
    xl_header(ws, 4, ["Priority", "Open at last report", "Implemented since last report",
                      "New actions added", "Open now", "of which overdue"])
    rows = [("High", 3, 0, 1, 4, 1), ("Medium", 4, 1, 0, 3, 0), ("Low", 4, 4, 0, 0, 0)]
    r = 5
    for row in rows:
        for i, v in enumerate(row, 1):
            ws.cell(row=r, column=i, value=v).border = BOX
        r += 1
    ws.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for col in range(2, 7):
        ws.cell(row=r, column=col, value=f"=SUM({get_column_letter(col)}5:{get_column_letter(col)}7)").font = Font(bold=True)
    ws.cell(row=r + 2, column=1,
            value="Low priority actions are followed up by Internal Audit but are not reported to the Committee. "
                  "The detailed position for High and Medium priority actions is on the 'Action tracker' sheet.")
    widths(ws, [14, 18, 22, 16, 12, 16])

    t = wb.create_sheet("Action tracker")
    t["A1"] = SUFFOLK_TITLE
    t["A1"].font = Font(bold=True, size=14)
    t["A2"] = "Outstanding High and Medium priority actions – Audit Committee, 27 February 2025"
    t["A2"].font = Font(italic=True)
    headers = ["Audit (ref and title)", "Assurance opinion", "Action ref", "Priority", "Recommendation",
               "Agreed management action", "Responsible officer", "Original target date",
               "Revised target date", "RAG", "Management update (January 2025)"]
    xl_header(t, 4, headers)
    r = 5
    for audit, opinion, acts in SUFFOLK_AUDITS:
        first = r
        for ref, prio, rec, act, lead, orig, rev, rag, upd in acts:
            vals = [audit if r == first else None, opinion if r == first else None, ref, prio, rec, act, lead,
                    orig, rev, None, upd]
            for i, v in enumerate(vals, 1):
                c = t.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
                if i in (8, 9) and v is not None:
                    c.number_format = "dd/mm/yyyy"
            if rag:
                t.cell(row=r, column=10).fill = fill(rag)
            r += 1
        if r - 1 > first:
            t.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
            t.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    t.cell(row=r + 1, column=1, value="Source: action tracking system extract, 31/01/2025. RAG key on the 'Key' sheet.").font = Font(italic=True, size=9)
    widths(t, [30, 12, 10, 9, 40, 48, 26, 12, 12, 6, 44])
    t.freeze_panes = "C5"

    k = wb.create_sheet("Key")
    k["A1"] = "RAG key"
    k["A1"].font = Font(bold=True)
    key = [(BLUE, "Implemented – evidence seen by Internal Audit"),
           (GREEN, "In progress – on course for the original target date"),
           (AMBER, "Revised target date agreed with Internal Audit"),
           (RED, "Overdue – target date passed and no revised date agreed"),
           (None, "No colour – not yet started")]
    for i, (colr, txt) in enumerate(key, 2):
        if colr:
            k.cell(row=i, column=1).fill = fill(colr)
        k.cell(row=i, column=1).border = BOX
        k.cell(row=i, column=2, value=txt)
    k["A9"] = "Priority"
    k["A9"].font = Font(bold=True)
    k["A10"], k["B10"] = "High", "Fundamental control weakness – action expected within 3 months"
    k["A11"], k["B11"] = "Medium", "Significant weakness – action expected within 6 months"
    k["A12"], k["B12"] = "Low", "Good practice – action expected within 12 months"
    widths(k, [10, 70])
    wb.save(path)


# ===================================================================== 2
# Bracknell Forest Council - corporate risk register (xlsx)
BRACKNELL_TITLE = "Bracknell Forest Council – Corporate Risk Register, Quarter 3 2025/26"

BRACKNELL_RISKS = [
    ("CR1 Financial sustainability",
     "Funding reform, inflation and demand in social care and SEND mean the Council cannot set a balanced budget over the medium term without use of reserves.",
     "Executive Director: Resources", 20, RED, "↔", [
        ("CR1.1", "Deliver the 2026/27 budget proposals, including £4.2m of savings, for Council approval in February 2026.",
         "Assistant Director: Finance", d(2026, 2, 1), "G", "Proposals agreed by Executive on 16 December; consultation closed 12 January."),
        ("CR1.2", "Refresh the Medium Term Financial Strategy to 2029/30 and test it against the Fair Funding Review settlement.",
         "Assistant Director: Finance", d(2026, 3, 1), "A", "Provisional settlement later than expected; modelling under way."),
        ("CR1.3", "Report high-needs and children's placement spend to CMT through monthly budget monitoring.",
         "Executive Director: People / Assistant Director: Finance", "Monthly", "G", "In place."),
    ]),
    ("CR2 Cyber attack and loss of ICT",
     "A cyber attack or major ICT failure stops critical services and causes loss or disclosure of personal data.",
     "Executive Director: Delivery", 16, RED, "↓", [
        ("CR2.1", "Complete the migration of the remaining on-premise servers to the cloud hosting platform.",
         "Head of Digital and ICT", d(2026, 6, 1), "A", "Two legacy systems need supplier upgrades before they can move."),
        ("CR2.2", "Run a cyber incident exercise with CMT and the Emergency Planning team.",
         "Head of Digital and ICT; Emergency Planning Manager", d(2025, 11, 1), "C", "Exercise held 20 November 2025; lessons log agreed."),
        ("CR2.3", "Renew the PSN compliance certificate for 2026.",
         "IT Security Lead", "Q4 2025/26", "G", "IT health check booked for February."),
    ]),
    ("CR3 Adult social care demand and market sustainability",
     "Rising demand and fragile provider markets mean the Council cannot meet eligible needs within budget.",
     "Executive Director: People", 16, RED, "↔", [
        ("CR3.1", "Implement the new Home Care framework and move existing packages across before the current contracts end.",
         "Head of Commissioning", "31/03/2026", "A", "Framework awarded; transfer of packages slower than planned."),
        ("CR3.2", "Extend the reablement service to seven-day working.",
         "Head of Adult Community Team", d(2025, 9, 1), "R", "Recruitment delayed; now expected April 2026."),
    ]),
    ("CR4 Workforce recruitment and retention",
     "The Council cannot recruit or keep staff with the skills it needs, especially in social work, planning and legal services.",
     "Assistant Chief Executive", 12, AMBER, "↑", [
        ("CR4.1", "Launch the refreshed People Strategy and workforce plan.",
         "Head of HR and Organisational Development", d(2026, 4, 1), "G", "Draft considered by Employment Committee in January."),
        ("CR4.2", "Review market supplements for hard-to-recruit social work and planning posts.",
         "Head of HR and Organisational Development", "Ongoing", "G", "Reviewed every six months; next review March 2026."),
    ]),
]


def build_bracknell(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "CRR Q3 2025-26"
    ws["A1"] = BRACKNELL_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Reviewed by Corporate Management Team 14 January 2026; Governance and Audit Committee 28 January 2026"
    ws["A2"].font = Font(italic=True)
    ws["A4"] = ("Action status: C = complete, G = on track, A = minor slippage, "
                "R = significant slippage / will not be delivered by the target date")
    ws["A4"].font = Font(size=9)
    # two-tier header
    ws.cell(row=6, column=1, value="The risk")
    ws.cell(row=6, column=5, value="Current risk")
    ws.cell(row=6, column=7, value="Further actions to reduce the risk")
    ws.merge_cells("A6:D6")
    ws.merge_cells("E6:F6")
    ws.merge_cells("G6:L6")
    for col in range(1, 13):
        c = ws.cell(row=6, column=col)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("2F5496")
        c.alignment = Alignment(horizontal="center")
    xl_header(ws, 7, ["Risk", "Description", "Risk owner", "Previous score", "Score (L x I)", "Trend",
                      "Ref", "Action", "Action owner", "Target date", "Status", "Update"])
    prev_scores = {"CR1": 20, "CR2": 20, "CR3": 16, "CR4": 9}
    r = 8
    for title, desc, owner, score, colr, trend, acts in BRACKNELL_RISKS:
        first = r
        for ref, act, lead, target, status, upd in acts:
            vals = [title if r == first else None, desc if r == first else None, owner if r == first else None,
                    prev_scores[title[:3]] if r == first else None, score if r == first else None,
                    trend if r == first else None, ref, act, lead, target, status, upd]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
            tc = ws.cell(row=r, column=10)
            if isinstance(target, dt.datetime):
                tc.number_format = "mmm-yy"
            sc = ws.cell(row=r, column=11)
            sc.alignment = Alignment(horizontal="center", vertical="top")
            sc.fill = fill({"C": BLUE, "G": GREEN, "A": AMBER, "R": RED}[status])
            r += 1
        ws.cell(row=first, column=5).fill = fill(colr)
        ws.cell(row=first, column=1).font = Font(bold=True)
        for col in range(1, 7):
            ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
    ws.cell(row=r + 1, column=1, value="Scores: likelihood (1–5) x impact (1–5). 15–25 red, 8–12 amber, 1–6 green. "
                                      "See the 'Scoring' sheet.").font = Font(italic=True, size=9)
    widths(ws, [24, 36, 18, 9, 9, 7, 8, 46, 26, 11, 7, 40])
    ws.freeze_panes = "G8"

    s = wb.create_sheet("Scoring")
    s["A1"] = "Risk scoring matrix"
    s["A1"].font = Font(bold=True)
    s["A3"] = "Likelihood \\ Impact"
    for i in range(1, 6):
        s.cell(row=3, column=i + 1, value=i).font = Font(bold=True)
        s.cell(row=3 + i, column=1, value=6 - i).font = Font(bold=True)
        for j in range(1, 6):
            v = (6 - i) * j
            c = s.cell(row=3 + i, column=j + 1, value=v)
            c.fill = fill(RED if v >= 15 else AMBER if v >= 8 else GREEN)
            c.border = BOX
    wb.save(path)


# ===================================================================== 3
# South Gloucestershire Safeguarding Children Partnership - JTAI action plan (xlsx)
SGLOS_TITLE = "South Gloucestershire Safeguarding Children Partnership – JTAI Action Plan"

SGLOS_PRIORITIES = [
    ("Priority 1: Information sharing at the front door", [
        ("The timeliness of information sharing by health partners and the police with the Access and Response Team, so that decisions about risk are made on full information.", [
            ("1.1", "Agree and publish a multi-agency standard for the time taken to respond to information requests from the Access and Response Team.",
             "Head of Service – Access and Response", d(2024, 12, 1), "Mar 2025", "Amber", "Complete",
             "Standard published 17 March 2025 and included in the partnership procedures."),
            ("1.2", "Set up a daily police research slot so that Avon and Somerset Police checks are returned within 24 hours.",
             "DI Lighthouse Safeguarding Unit (Avon and Somerset Police)", d(2025, 1, 1), None, "Green", "Complete",
             "In place since 13 January 2025; 91% of checks returned within 24 hours in May."),
            ("1.3", "Monitor response times monthly through the partnership data dashboard and escalate persistent delays to the Partnership Executive.",
             "Partnership Business Manager", "Monthly", None, "Green", "Green",
             "Dashboard measure live; no escalations needed since April."),
        ]),
    ]),
    ("Priority 2: Hearing and recording the voice of the child", [
        ("Children’s views and lived experience are not routinely gathered and recorded by referring agencies when concerns are first raised.", [
            ("2.1", "Revise the multi-agency request for support form so that it prompts referrers to record what the child has said and how they appear.",
             "Head of Service – Access and Response / Designated Nurse Safeguarding Children", d(2025, 2, 1), "Jul 2025", "Amber", "Amber",
             "Revised form tested with schools and GPs; system change booked for July."),
            ("2.2", "Deliver ‘voice of the child’ briefings to designated safeguarding leads in schools and early years settings.",
             "Education Safeguarding Lead", "Summer term 2025", None, "Green", "Green",
             "Four of six briefings delivered; 118 DSLs attended."),
        ]),
        ("Practitioners do not consistently consider the needs of brothers and sisters when a referral is about one child.", [
            ("2.3", "Add a siblings prompt to the Access and Response Team decision-making template and audit its use.",
             "Practice Improvement Manager", d(2025, 4, 1), None, "Green", "Red",
             "Template change held up by the case management system upgrade; no new date yet."),
        ]),
    ]),
    ("Priority 3: Learning and assurance", [
        ("The partnership does not have a clear enough understanding of the quality of multi-agency practice at the front door.", [
            ("3.1", "Run a multi-agency audit of 25 front door contacts every six months and report the learning to the Partnership Executive.",
             "Chair of the Quality Assurance Subgroup", "Six-monthly", None, "Green", "Green",
             "First audit completed February 2025; second audit due August."),
            ("3.2", "Publish a front door learning briefing for all partner agencies.",
             "Partnership Business Manager; Workforce Development Lead", d(2025, 6, 1), None, "Not started", "Green",
             "Briefing drafted from the February audit findings."),
        ]),
    ]),
]

RAG_FILL = {"Red": RED, "Amber": AMBER, "Green": GREEN, "Complete": BLUE, "Not started": None}


def build_sglos(path):
    wb = Workbook()
    dc = wb.active
    dc.title = "Document control"
    dc["A1"] = SGLOS_TITLE
    dc["A1"].font = Font(bold=True, size=14)
    info = [("Plan owner", "Partnership Executive (statutory safeguarding partners)"),
            ("Monitoring", "JTAI Action Plan Group (monthly); Partnership Executive (quarterly)"),
            ("Inspection", "Joint targeted area inspection – multi-agency response to identification of initial need and risk, "
                           "June 2024 (letter published 2 September 2024)")]
    for i, (a, b) in enumerate(info, 3):
        dc.cell(row=i, column=1, value=a).font = Font(bold=True)
        dc.cell(row=i, column=2, value=b)
    xl_header(dc, 7, ["Version", "Date", "Author", "Summary of changes"])
    hist = [("0.2", d(2024, 10, 8), "Partnership Business Manager", "Draft for statutory partners"),
            ("1.0", d(2024, 11, 27), "Partnership Business Manager", "Submitted to Ofsted"),
            ("1.4", d(2025, 6, 18), "Partnership Business Manager", "June 2025 progress update; RAG refreshed")]
    for i, row in enumerate(hist, 8):
        for j, v in enumerate(row, 1):
            c = dc.cell(row=i, column=j, value=v)
            c.border = BOX
            if j == 2:
                c.number_format = "dd/mm/yyyy"
    widths(dc, [14, 70, 28, 40])

    ws = wb.create_sheet("Action plan")
    ws["A1"] = SGLOS_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Progress update for the Partnership Executive – June 2025"
    ws["A2"].font = Font(italic=True)
    ws["A4"] = "RAG key:"
    ws["A4"].font = Font(bold=True)
    for col, (word, meaning) in zip((2, 3, 4, 5), [("Complete", "Complete"), ("Green", "Green – on track"),
                                                   ("Amber", "Amber – at risk"), ("Red", "Red – off track / overdue")]):
        c = ws.cell(row=4, column=col, value=meaning)
        c.fill = fill(RAG_FILL[word])
        c.border = BOX
    headers = ["Ref", "JTAI area for improvement", "Action", "Lead(s)", "Original completion date",
               "Revised completion date", "Previous RAG (March 2025)", "Current RAG (June 2025)", "Progress update"]
    xl_header(ws, 6, headers)
    r = 7
    for theme, afis in SGLOS_PRIORITIES:
        ws.cell(row=r, column=1, value=theme).font = Font(bold=True)
        for col in range(1, 10):
            ws.cell(row=r, column=col).fill = fill(GREY)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for afi, acts in afis:
            first = r
            for ref, act, lead, orig, rev, prev, cur, upd in acts:
                vals = [ref, afi if r == first else None, act, lead, orig, rev, prev, cur, upd]
                for i, v in enumerate(vals, 1):
                    c = ws.cell(row=r, column=i, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                if isinstance(orig, dt.datetime):
                    ws.cell(row=r, column=5).number_format = "mmm-yy"
                for col, word in ((7, prev), (8, cur)):
                    if RAG_FILL[word]:
                        ws.cell(row=r, column=col).fill = fill(RAG_FILL[word])
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    ws.cell(row=r + 1, column=1, value="Summary at June 2025: 2 complete, 4 green, 1 amber, 1 red (8 actions).").font = Font(italic=True)
    widths(ws, [7, 34, 50, 30, 12, 12, 11, 11, 46])
    ws.freeze_panes = "C7"
    wb.save(path)


# ===================================================================== 4
# Hertsmere Community Safety Partnership - DHR action plan (docx)
HERTSMERE_TITLE = "Domestic Homicide Review ‘Adele’ – Action Plan"

HERTSMERE_SECTIONS = [
    ("Section 1 – Overview report recommendations (multi-agency)", [
        ("1. Hertsmere Community Safety Partnership should make sure that all agencies use the same domestic abuse risk identification checklist and refer to MARAC at the agreed threshold.", [
            ("1.1", "Relaunch the DASH risk checklist and MARAC referral guidance with partner agencies, including a briefing for front-line practitioners.",
             "Hertsmere Borough Council (Community Safety)", "31 March 2025", "B",
             "Guidance relaunched 12 February 2025; 214 practitioners attended briefings."),
            ("1.2", "Audit MARAC referrals each quarter to check that the threshold is applied consistently.",
             "Hertfordshire MARAC Coordinator / Hertsmere Borough Council (Community Safety)", "March 2025 – March 2026", "G",
             "Q1 and Q2 audits completed; findings to the VAWG Strategic Group."),
        ]),
        ("2. Primary care should routinely ask about domestic abuse when a patient presents with anxiety, depression or repeated minor injuries, and record the response.", [
            ("2.1", "Roll out IRIS (Identification and Referral to Improve Safety) training to all GP practices in Hertsmere.",
             "Hertfordshire and West Essex ICB", "September 2025\nRevised: January 2026", "A",
             "11 of 16 practices trained; remaining practices booked for the autumn."),
            ("2.2", "Add a domestic abuse prompt to the mental health review template used in GP practices.",
             "Hertfordshire and West Essex ICB / GP Clinical Lead for Safeguarding", "December 2025", "G",
             "Template change agreed with the clinical systems team."),
        ]),
        ("3. Housing providers should be able to recognise economic abuse and respond when rent arrears appear alongside other warning signs.", [
            ("3.1", "Deliver economic abuse training to Hertsmere Borough Council housing officers and housing association neighbourhood staff.",
             "Hertsmere Borough Council (Housing) / Clarion Housing", "Ongoing", "G",
             "First two sessions delivered; included in the housing induction programme."),
        ]),
    ]),
    ("Section 2 – Single agency recommendations", [
        ("4. Hertfordshire Constabulary should make sure that officers attending domestic abuse incidents complete the risk assessment and check for previous reports.", [
            ("4.1", "Issue a practice reminder on risk assessment completion to Hertsmere response and Safer Neighbourhood teams and dip-sample 20 forms a month.",
             "Hertfordshire Constabulary (Hertsmere Local Policing)", "30/06/2025", "B",
             "Reminder issued; dip-sampling shows 94% completion over three months."),
        ]),
        ("5. West Hertfordshire Teaching Hospitals NHS Trust should make sure that routine enquiry about domestic abuse takes place in the Emergency Department at Watford General Hospital.", [
            ("5.1", "Add routine enquiry to the Emergency Department triage record and report compliance to the Trust Safeguarding Committee.",
             "Named Nurse for Safeguarding Adults", "End of November 2025", "R",
             "Electronic record change not yet scheduled by the supplier; escalated to the Chief Nursing Officer."),
        ]),
    ]),
]

BRAG_FILL = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}


def build_hertsmere(path):
    doc = Document()
    landscape(doc)
    doc.add_heading(HERTSMERE_TITLE, level=0)
    doc.add_paragraph("Hertsmere Community Safety Partnership")
    doc.add_paragraph("Status of actions at 30 September 2025 – for the DHR Oversight Group")

    doc.add_paragraph("Document control").runs[0].bold = True
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Changes", "Author"]):
        set_cell(t.rows[0].cells[i], h, bold=True)
    for row in [("1.0", "14/01/2025", "Action plan agreed by the DHR panel", "DHR Coordinator"),
                ("1.2", "30/09/2025", "Q2 2025/26 progress added", "DHR Coordinator")]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v)

    doc.add_paragraph(
        "BRAG key: B – complete, evidence received; G – on track; A – delayed, revised date agreed; "
        "R – off track, escalated to the Hertsmere Community Safety Partnership Board.")

    for heading, recs in HERTSMERE_SECTIONS:
        doc.add_heading(heading, level=1)
        t = doc.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        for i, h in enumerate(["Recommendation", "Ref", "Action", "Lead agency", "Target date",
                               "Progress / evidence", "BRAG"]):
            set_cell(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], "D9E2F3")
        for rec, acts in recs:
            first = None
            for ref, act, lead, target, brag, prog in acts:
                cells = t.add_row().cells
                if first is None:
                    first = cells[0]
                    set_cell(cells[0], rec)
                set_cell(cells[1], ref)
                set_cell(cells[2], act)
                set_cell(cells[3], lead)
                set_cell(cells[4], target)
                set_cell(cells[5], prog)
                set_cell(cells[6], brag, bold=True)
                shade(cells[6], BRAG_FILL[brag])
                last = cells[0]
            if last is not first:
                m = first.merge(last)
                # keep only the recommendation text in the merged cell
                for p in m.paragraphs[1:]:
                    p._element.getparent().remove(p._element)
        doc.add_paragraph("")
    doc.add_paragraph("Actions rated B are removed from the plan once the DHR Oversight Group has seen the evidence. "
                      "The plan will be closed when all actions are B and the Home Office has been notified.")
    doc.save(path)


# ===================================================================== 5
# Oxfordshire Health and Wellbeing Board - action log (docx)
OXON_TITLE = "Oxfordshire Health and Wellbeing Board – Action Log"

OXON_ACTIONS = [
    ("HWB/24/18", "14 Nov 2024",
     "Circulate the draft Joint Health and Wellbeing Strategy outcomes framework to Board members for comment.",
     "Director of Public Health", "January 2025", "Circulated 20 December 2024; comments included in the final version.", "Complete"),
    ("HWB/25/02", "13 Mar 2025",
     "Bring the Better Care Fund 2025/26 plan, including the discharge fund, to the Board for sign-off.",
     "Director of Adult Social Services / ICB Place Director", "12/06/2025", "Plan signed off at the June meeting.", "Complete"),
    ("HWB/25/03", "13 Mar 2025",
     "Healthwatch Oxfordshire to share its report on access to NHS dentistry with the Integrated Care Board and with Board members.",
     "Healthwatch Oxfordshire Chief Executive", "June 2025", "Report delayed by additional survey work; now expected for the September meeting.", "Overdue"),
    ("HWB/25/04", "13 Mar 2025",
     "Set up a task and finish group on childhood immunisation uptake with UKHSA and the ICB.",
     "Consultant in Public Health (Children and Young People)", "July 2025", "First meeting held 2 May 2025; terms of reference agreed.", "On track"),
    ("HWB/25/07", "12 Jun 2025",
     "Add a session on the Marmot Place programme to the Board development day.",
     "Health and Wellbeing Board Manager", "October 2025", "Development day booked for 23 October 2025.", "On track"),
    ("HWB/25/08", "12 Jun 2025",
     "Write to NHS England on behalf of the Board about community pharmacy closures, and circulate the reply.",
     "Chair of the Board", "31 July 2025", "Letter drafted for the Chair’s signature.", "On track"),
    ("HWB/25/09", "12 Jun 2025",
     "Report progress on Healthy Place Shaping with the district councils to each meeting.",
     "Director of Public Health; Head of Healthy Place Shaping", "Ongoing – standing item", "", ""),
]

OXON_FILL = {"Complete": "9DC3E6", "On track": "A9D18E", "Overdue": "FF7C80"}


def build_oxon(path):
    doc = Document()
    landscape(doc)
    h = doc.add_paragraph()
    run = h.add_run(OXON_TITLE)
    run.bold = True
    run.font.size = Pt(16)
    doc.add_paragraph("Last updated: 19 June 2025 (following the Board meeting on 12 June 2025)")

    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for a, b in [("Chair", "Cllr Helen Marsh"),
                 ("Board officer", "Health and Wellbeing Board Manager"),
                 ("Next meeting", "18 September 2025, County Hall, Oxford")]:
        cells = info.add_row().cells
        set_cell(cells[0], a, bold=True)
        set_cell(cells[1], b)

    doc.add_paragraph("")
    doc.add_paragraph("Status key: Complete (blue) – action done, to be removed from the log after the next meeting; "
                      "On track (green) – in hand and not yet due; Overdue (red) – the due date has passed.")
    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    for i, hd in enumerate(["Ref", "Meeting", "Action", "Owner", "Due", "Update", "Status"]):
        set_cell(t.rows[0].cells[i], hd, bold=True)
        shade(t.rows[0].cells[i], "BFBFBF")
    for ref, meeting, act, owner, due, upd, status in OXON_ACTIONS:
        cells = t.add_row().cells
        for i, v in enumerate([ref, meeting, act, owner, due, upd, status]):
            set_cell(cells[i], v)
        if status:
            shade(cells[6], OXON_FILL[status])
    doc.add_paragraph("")
    doc.add_paragraph("Please send updates to the Health and Wellbeing Board Manager by 1 September 2025.")
    doc.save(path)


# ===================================================================== 6
# North Tyneside Council - Ofsted focused visit action plan (plain text export)
NTYNE_TITLE = "North Tyneside Council – Children's Services Ofsted Focused Visit Action Plan"

NTYNE_AFIS = [
    ("1. The consistency of management oversight and supervision, so that agreed actions are followed up and children's plans progress without delay.", [
        ("1.1", "Introduce a revised supervision template that records actions, timescales and the child's lived experience, and audit its use monthly.",
         "Service Manager (CIN/CP)", "January 2025", "Complete",
         ["Template live from 6 January 2025. First monthly audit found 82% of supervision",
          "records used the template fully."]),
        ("1.2", "Team managers to hold a case review for every child in need whose plan has not progressed for three months.",
         "Head of Service – Children in Need and Child Protection", "Monthly", "Green",
         ["Reviews held in December, January and February; 37 children reviewed."]),
        ("1.3", "Deliver management oversight workshops for all team managers and assistant team managers.",
         "Principal Social Worker / Workforce Development Manager", "March 2025", "Amber",
         ["Two of four workshops delivered; the remaining two moved to late March because of",
          "sickness absence."]),
    ]),
    ("2. The quality of child in need and child protection plans, which are not always specific about what needs to change and by when.", [
        ("2.1", "Relaunch the SMART planning guidance and use the practice model briefings to embed it.",
         "Principal Social Worker", "End of December 2024", "Complete",
         ["Guidance relaunched 10 December 2024; 143 staff attended the briefings."]),
        ("2.2", "Child protection chairs and independent reviewing officers to quality-assure every plan at review and raise a practice alert where a plan is not specific.",
         "Safeguarding Unit Manager", "April – June 2025", "Green",
         ["Practice alert process agreed; reporting starts in April."]),
        ("2.3", "Complete a thematic audit of 30 child in need plans and report the findings to the Continuous Improvement Board.",
         "Quality Assurance Manager", "May 2025", "Not started",
         ["Scheduled for April 2025."]),
    ]),
    ("3. The timeliness of step-down from child protection plans to child in need support, and of closure when needs have been met.", [
        ("3.1", "Add a step-down checkpoint to the child protection review conference record.",
         "Safeguarding Unit Manager; Liquidlogic Systems Lead", "Q4 2024/25", "Red",
         ["Change request is behind other system priorities; escalated to the Assistant",
          "Director on 20 February."]),
        ("3.2", "Report the number of children in need open for more than 12 months to the weekly performance clinic.",
         "Head of Performance and Intelligence", "Weekly", "Green",
         ["Report in place since 3 February 2025."]),
    ]),
]


def ntyne_lines():
    L = [NTYNE_TITLE,
         "Focused visit: 22 and 23 October 2024 – children in need and children subject to a child protection plan",
         "Plan owner: Director of Children's Services",
         "Progress at: 28 February 2025",
         "",
         "RAG: Green = on track; Amber = some delay; Red = off track; Complete = action finished and impact being monitored",
         "",
         "AREAS FOR IMPROVEMENT IDENTIFIED BY OFSTED",
         ""]
    for afi, acts in NTYNE_AFIS:
        L.append(afi)
        L.append("")
        for ref, act, lead, when, rag, prog in acts:
            L.append(f"Action {ref}")
            L.append(f"What we will do: {act}")
            L.append(f"Lead: {lead}")
            L.append(f"By when: {when}")
            L.append(f"RAG: {rag}")
            L.append(f"Progress: {prog[0]}")
            L.extend(prog[1:])
            L.append("")
    L.append("Next review of this plan: Continuous Improvement Board, April 2025.")
    return L


def build_ntyne(path):
    with open(path, "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(ntyne_lines()) + "\n")


# ===================================================================== 7
# Wakefield Council - Council Plan delivery plan, Q2 2025/26 (csv) - refuse: mistyped month
WAKEFIELD_HEADER = ["Priority", "Ref", "Action", "Lead officer", "Service area", "Due", "Q1 RAG", "Q2 RAG",
                    "Q2 commentary"]
WAKEFIELD_ROWS = [
    ("1. Children and young people have the best start in life", "P1.1",
     "Open two further Family Hubs in the south-east of the district.", "Service Director – Early Help",
     "Children and Young People", "Mar-26", "G", "G", "Sites agreed in Hemsworth and South Elmsall."),
    ("", "P1.2", "Increase the take-up of funded two-year-old childcare places to 80%.",
     "Head of Early Years", "Children and Young People", "Dec-25", "A", "A",
     "Take-up 74% at the end of September."),
    ("", "P1.3", "Publish the refreshed SEND Sufficiency Strategy.", "Service Director – Education and Inclusion",
     "Children and Young People", "Nov-25", "G", "G", "Consultation closed 15 September."),
    ("2. A strong economy with good jobs", "P2.1",
     "Deliver the Wakefield city centre masterplan first-phase public realm works.", "Service Director – Regeneration",
     "Regeneration and Economic Growth", "Jun-26", "G", "A", "Contractor start delayed by six weeks."),
    ("", "P2.2", "Launch the Adult Skills Fund 2025/26 commissioning round.", "Head of Employment and Skills",
     "Regeneration and Economic Growth", "0ct-25", "G", "G", "Prospectus drafted."),
    ("", "P2.3", "Support 300 residents into work through the Connect to Work programme.",
     "Head of Employment and Skills", "Regeneration and Economic Growth", "Mar-26", "G", "G",
     "112 residents supported into work so far."),
    ("3. Safe, clean and green communities", "P3.1",
     "Introduce weekly food waste collections for all households.", "Service Director – Environment and Streetscene",
     "Communities, Environment and Climate Change", "Mar-26", "A", "A", "Vehicles delivered; crews being recruited."),
    ("", "P3.2", "Plant 25,000 trees as part of the White Rose Forest programme.", "Head of Climate Change",
     "Communities, Environment and Climate Change", "Mar-26", "G", "G", "Planting season starts in November."),
    ("4. A council that is efficient and listens", "P4.1",
     "Move 60% of customer transactions online through the new customer portal.", "Chief Digital Officer",
     "Corporate Services", "Sep-26", "G", "G", "Portal live for council tax and waste services."),
]
WAKEFIELD_TYPO_REF = "P2.2"


def wakefield_text():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    n = len(WAKEFIELD_HEADER)
    w.writerow(["Wakefield Council – Council Plan 2025-2028 Delivery Plan"] + [""] * (n - 1))
    w.writerow(["Quarter 2 2025/26 update (position at 30 September 2025)"] + [""] * (n - 1))
    w.writerow([""] * n)
    w.writerow(WAKEFIELD_HEADER)
    for row in WAKEFIELD_ROWS:
        w.writerow(row)
    w.writerow([""] * n)
    w.writerow(["RAG: G = on track; A = at risk; R = off track; B = complete"] + [""] * (n - 1))
    return buf.getvalue()


def build_wakefield(path):
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write(wakefield_text())


FILES = {
    "oa1-suffolk-county-council-internal-audit-recommendations-tracker.xlsx": build_suffolk,
    "oa1-bracknell-forest-council-corporate-risk-register.xlsx": build_bracknell,
    "oa1-south-gloucestershire-safeguarding-children-partnership-jtai-action-plan.xlsx": build_sglos,
    "oa1-hertsmere-csp-dhr-adele-action-plan.docx": build_hertsmere,
    "oa1-oxfordshire-health-and-wellbeing-board-action-log.docx": build_oxon,
    "oa1-north-tyneside-council-focused-visit-action-plan.txt": build_ntyne,
    "oa1-wakefield-council-plan-delivery-plan-q2-typo-month-refuse.csv": build_wakefield,
}

if __name__ == "__main__":
    for name, fn in FILES.items():
        fn(os.path.join(HERE, name))
        print("wrote", name)
