"""Build the seven xs- data files of set heldout560.

Run:  /work/main/.venv/bin/python xs_make.py   (writes beside this script)
"""
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "0070C0"
NAVY = "1F3864"
GREY = "D9D9D9"
LIGHT = "DEEAF6"

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill(start_color=hex_, end_color=hex_, fill_type="solid")


def d(y, m, day):
    return dt.datetime(y, m, day)


def style_row(ws, row, ncols, bold=False, bg=None, font_color=None):
    for c in range(1, ncols + 1):
        cell = ws.cell(row=row, column=c)
        cell.alignment = WRAP
        cell.border = BOX
        if bold or font_color:
            cell.font = Font(bold=bold, color=font_color)
        if bg:
            cell.fill = fill(bg)


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


# ---------------------------------------------------------------------------
# 1. Dumfries and Galloway IJB - strategic risk register (xlsx, read)
# ---------------------------------------------------------------------------
def make_dg_ijb():
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = "Dumfries and Galloway Integration Joint Board – Strategic Risk Register 2025/26"
    cover["A1"].font = Font(bold=True, size=14, color=NAVY)
    cover["A2"] = ("Position as at 31 October 2025 – reported to the IJB Audit and Risk Committee, "
                   "4 December 2025")
    cover["A2"].font = Font(italic=True)
    cover["A4"] = "Document control"
    cover["A4"].font = Font(bold=True)
    rows = [
        ("Version", "Date", "Author", "Summary of changes"),
        ("0.1", "12/05/2025", "Risk Officer, HSCP", "Draft refresh following IJB development session"),
        ("1.0", "26/06/2025", "Chief Finance Officer", "Approved by the IJB"),
        ("1.1", "31/10/2025", "Risk Officer, HSCP", "Quarter 2 update of action progress; SR05 added"),
    ]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            cover.cell(row=5 + i, column=1 + j, value=v)
        style_row(cover, 5 + i, 4, bold=(i == 0), bg=(GREY if i == 0 else None))
    cover["A10"] = "Risk appetite and scoring are set out in the IJB Risk Management Strategy (2024)."
    widths(cover, [14, 14, 26, 55])

    summ = wb.create_sheet("Risk Summary")
    summ["A1"] = "Strategic Risk Summary – October 2025"
    summ["A1"].font = Font(bold=True, size=12)
    hdr = ["Risk ID", "Risk title", "Risk owner", "Inherent score", "Current score (Jun 25)",
           "Current score (Oct 25)", "Target score", "Direction of travel"]
    for j, v in enumerate(hdr, start=1):
        summ.cell(row=3, column=j, value=v)
    style_row(summ, 3, len(hdr), bold=True, bg=GREY)
    risks = [
        ("SR01", "Financial Sustainability", "Chief Finance Officer", 25, 20, 20, 12, "↔"),
        ("SR02", "Workforce Capacity and Sustainability", "Chief Officer", 20, 16, 16, 9, "↔"),
        ("SR03", "Delivery of the Strategic Commissioning Plan", "Chief Officer", 16, 12, 12, 8, "↔"),
        ("SR04", "Whole System Flow and Delayed Discharge", "Chief Officer", 20, 20, 16, 12, "↓"),
        ("SR05", "Cyber Security and Digital Resilience", "Chief Officer", 16, None, 12, 8, "New"),
    ]

    def score_fill(s):
        if s is None:
            return None
        return RED if s >= 15 else (AMBER if s >= 8 else GREEN)

    for i, r in enumerate(risks):
        row = 4 + i
        for j, v in enumerate(r, start=1):
            summ.cell(row=row, column=j, value=v)
        style_row(summ, row, len(hdr))
        for col in (4, 5, 6, 7):
            f = score_fill(summ.cell(row=row, column=col).value)
            if f:
                summ.cell(row=row, column=col).fill = fill(f)
    summ["A10"] = "Scores are likelihood x impact (1–25): 15–25 Very High (red); 8–12 High (amber); 1–6 Moderate/Low (green)."
    widths(summ, [9, 44, 24, 10, 12, 12, 10, 12])

    ap = wb.create_sheet("Action Plan")
    ap["A1"] = "Strategic Risk Register 2025/26 – further actions to reduce risk"
    ap["A1"].font = Font(bold=True, size=12)
    ap["A2"] = ("Action RAG: B = complete; G = on track to meet target date; "
                "A = at risk of missing target date; R = target date missed / action off track")
    ap["A2"].font = Font(italic=True, size=9)
    hdr = ["Ref", "Further action required", "Action owner", "Target date", "Revised date",
           "Progress update (October 2025)", "Previous RAG (Jun 25)", "Current RAG (Oct 25)"]
    for j, v in enumerate(hdr, start=1):
        ap.cell(row=4, column=j, value=v)
    style_row(ap, 4, 8, bold=True, bg=GREY)
    rag_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}

    plan = [
        ("SR01 – Financial Sustainability", [
            ("SR01.1",
             "Develop a three-year financial recovery plan with NHS Dumfries and Galloway and "
             "Dumfries and Galloway Council, including savings proposals for 2026/27.",
             "Chief Finance Officer", d(2026, 3, 31), None,
             "Draft recovery plan discussed at IJB development session on 2 October; savings "
             "proposals being costed with partners.", "G", "G"),
            ("SR01.2",
             "Review the IJB reserves strategy and report the outcome to the Audit and Risk Committee.",
             "Chief Finance Officer", d(2025, 9, 30), None,
             "Revised reserves strategy approved by the IJB on 25 September 2025.", "G", "B"),
            ("SR01.3",
             "Introduce monthly budget monitoring for the commissioned care at home budget, with "
             "variance reports to the HSCP Senior Management Team.",
             "Head of Finance (HSCP) / Head of Community Health and Social Care", d(2025, 10, 31),
             d(2025, 12, 31),
             "Reporting template agreed; first monthly report delayed by the change of finance system.",
             "G", "A"),
        ]),
        ("SR02 – Workforce Capacity and Sustainability", [
            ("SR02.1",
             "Deliver the year one actions of the Integrated Workforce Plan 2025–2028, including the "
             "international recruitment programme for nursing and social care staff.",
             "Chief Officer; Head of Workforce", d(2026, 3, 31), None,
             "12 of 20 international recruits in post. Accommodation in Stranraer remains a barrier.",
             "A", "A"),
            ("SR02.2",
             "Run a single recruitment campaign for care at home across the Wigtownshire and "
             "Stewartry localities.",
             "Locality Manager (Wigtownshire)", d(2025, 9, 30), None,
             "Campaign ran July–September 2025; 31 appointments made.", "G", "B"),
        ]),
        ("SR03 – Delivery of the Strategic Commissioning Plan", [
            ("SR03.1",
             "Publish the annual delivery plan for 2026/27 under the Strategic Commissioning Plan "
             "2025–2028.",
             "Head of Strategic Planning and Commissioning", d(2026, 3, 31), None,
             "Locality engagement sessions scheduled for January 2026.", "G", "G"),
            ("SR03.2",
             "Complete the review of commissioned care at home contracts and agree a market "
             "facilitation statement with providers.",
             "Head of Strategic Planning and Commissioning", d(2025, 8, 31), None,
             "Review not completed; provider engagement paused pending national care home "
             "contract rates.", "A", "R"),
        ]),
        ("SR04 – Whole System Flow and Delayed Discharge", [
            ("SR04.1",
             "Extend the Discharge to Assess model to Galloway Community Hospital.",
             "General Manager, Community Health and Social Care; Clinical Director",
             "Q4 2025/26", None,
             "Test of change started on 1 October 2025 on Ward A.", "A", "G"),
            ("SR04.2",
             "Agree a whole system flow trajectory with NHS Dumfries and Galloway and report "
             "progress to each IJB meeting.",
             "Chief Officer", "Ongoing – reported to each IJB meeting", None,
             "Trajectory agreed; delayed discharges down from 68 to 52 since April.", "G", "G"),
        ]),
        ("SR05 – Cyber Security and Digital Resilience", [
            ("SR05.1",
             "Test HSCP business continuity plans against a loss of the social care case "
             "management system.",
             "Head of Digital and Business Support", d(2026, 2, 28), None,
             "Exercise to be scheduled with the council's Resilience team.", None, "Not started"),
        ]),
    ]
    row = 5
    for banner, acts in plan:
        ap.cell(row=row, column=1, value=banner)
        ap.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
        ap.cell(row=row, column=1).font = Font(bold=True, color="FFFFFF")
        ap.cell(row=row, column=1).fill = fill(NAVY)
        row += 1
        for ref, text, owner, tgt, rev, prog, prev, cur in acts:
            vals = [ref, text, owner, tgt, rev, prog, prev, cur]
            for j, v in enumerate(vals, start=1):
                ap.cell(row=row, column=j, value=v)
            style_row(ap, row, 8)
            for col in (4, 5):
                c = ap.cell(row=row, column=col)
                if isinstance(c.value, dt.datetime):
                    c.number_format = "mmm-yy" if ref == "SR02.1" else "dd/mm/yyyy"
            for col, v in ((7, prev), (8, cur)):
                if v in rag_fill:
                    ap.cell(row=row, column=col).fill = fill(rag_fill[v])
                    ap.cell(row=row, column=col).alignment = Alignment(horizontal="center",
                                                                       vertical="top")
            row += 1
    row += 1
    ap.cell(row=row, column=1,
            value="Note: actions marked B will be removed from the register once the Audit and "
                  "Risk Committee has noted completion.")
    ap.cell(row=row, column=1).font = Font(italic=True, size=9)
    widths(ap, [9, 58, 30, 13, 13, 48, 11, 11])
    ap.freeze_panes = "A5"
    wb.active = 2
    wb.save(os.path.join(HERE, "xs-dumfries-and-galloway-ijb-strategic-risk-register-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 2. Rathfriland Manor Nursing Home - RQIA QIP tracker (xlsx, read)
# ---------------------------------------------------------------------------
def make_rathfriland():
    wb = Workbook()
    ws = wb.active
    ws.title = "QIP Tracker"
    ws["A1"] = "Rathfriland Manor Nursing Home – Quality Improvement Plan (QIP) Action Tracker"
    ws.merge_cells("A1:J1")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("RQIA unannounced care inspection 14 May 2025 (Inspection ID: IN046118)  |  "
                "QIP returned to RQIA: 20 June 2025  |  Tracker updated: 3 October 2025")
    ws.merge_cells("A2:J2")
    ws["A3"] = ("The areas for improvement below are copied from the RQIA inspection report. "
                "Progress is reviewed at the monthly governance meeting and in the Regulation 29 "
                "monitoring visit.")
    ws.merge_cells("A3:J3")
    ws["A3"].font = Font(italic=True, size=9)
    hdr = ["AFI", "Regulation / Standard", "Stated", "Area for improvement (RQIA)", "No.",
           "Action taken / planned by the home", "Responsible person", "To be completed by",
           "RAG", "Evidence / comments"]
    for j, v in enumerate(hdr, start=1):
        ws.cell(row=5, column=j, value=v)
    style_row(ws, 5, 10, bold=True, bg=LIGHT)

    sections = [
        ("Action required to ensure compliance with The Nursing Homes Regulations (Northern Ireland) 2005", [
            ("1", "Regulation 13 (1) (b)", "First time",
             "The registered person shall ensure that the recommendations of the speech and language "
             "therapist (SALT) are accurately reflected in patients’ care plans and that staff adhere "
             "to the recommended consistency of food and fluids.",
             [("1.1",
               "All SALT recommendations checked against care plans and choking risk assessments; "
               "discrepancies corrected on 16 May 2025.",
               "Mrs K McAlinden (Registered Manager)", "Immediate and ongoing", BLUE,
               "Audit of 41 care plans on file."),
              ("1.2",
               "Dysphagia and IDDSI training to be completed by all care and catering staff, with "
               "competency checks at mealtimes.",
               "Deputy Manager / Catering Manager", "31 July 2025", GREEN,
               "38 of 44 staff trained; remainder booked for October.")]),
            ("2", "Regulation 27 (4) (c)", "Second time",
             "The registered person shall ensure that fire doors are not wedged open and that the "
             "actions in the fire risk assessment are addressed within the timescales specified by "
             "the fire risk assessor.",
             [("2.1",
               "Fire door hold-open devices linked to the fire alarm fitted to the lounge and dining "
               "room doors.",
               "Maintenance Officer", "30 June 2025", BLUE, "Installed 11 June 2025; certificate on file."),
              ("2.2",
               "Daily check of fire doors added to the nurse in charge walk-round; compliance audited "
               "weekly.",
               "Nurse in charge; Registered Manager", "From the date of inspection", GREEN,
               "Weekly audits 100% compliant since July.")]),
        ]),
        ("Action required to ensure compliance with the Care Standards for Nursing Homes (December 2022)", [
            ("3", "Standard 4 Criteria (9)", "First time",
             "The registered person shall ensure that wound care records are completed "
             "contemporaneously and include the frequency of dressing renewal as prescribed by the "
             "tissue viability nurse.",
             [("3.1",
               "Monthly wound care documentation audit introduced; results discussed at staff nurse "
               "meetings.",
               "Clinical Lead", "31 August 2025", AMBER, "July audit 70%; August audit 85%."),
              ("3.2",
               "Refresher training on wound assessment and wound charts arranged with the Southern "
               "Trust tissue viability team.",
               "Clinical Lead", "30 September 2025", RED,
               "Session on 12 September cancelled by the Trust; new date awaited.")]),
            ("4", "Standard 12", "First time",
             "The registered person shall ensure that the daily menu is displayed in a suitable "
             "format and that patients are offered a choice of meal at each mealtime.",
             [("4.1",
               "Pictorial menus introduced in both dining rooms and reviewed with the Residents’ Forum.",
               "Activities Co-ordinator & Catering Manager", "31 July 2025", BLUE,
               "Residents’ Forum minutes 24 July 2025.")]),
            ("5", "Standard 35", "First time",
             "The registered person shall ensure that the monthly monitoring reports under "
             "Regulation 29 include an action plan with timescales and that progress is reviewed at "
             "the next visit.",
             [("5.1",
               "Regulation 29 report template to be amended to include an action plan; progress to "
               "be reviewed at each visit.",
               "Responsible Individual", "31 October 2025", None, "")]),
        ]),
    ]
    row = 6
    for sec, afis in sections:
        ws.cell(row=row, column=1, value=sec)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=10)
        ws.cell(row=row, column=1).font = Font(bold=True)
        ws.cell(row=row, column=1).fill = fill(GREY)
        row += 1
        for afi, reg, stated, text, acts in afis:
            first = row
            for no, act, who, when, rag, ev in acts:
                ws.cell(row=row, column=5, value=no)
                ws.cell(row=row, column=6, value=act)
                ws.cell(row=row, column=7, value=who)
                ws.cell(row=row, column=8, value=when)
                ws.cell(row=row, column=10, value=ev if ev else None)
                style_row(ws, row, 10)
                if rag:
                    ws.cell(row=row, column=9).fill = fill(rag)
                row += 1
            ws.cell(row=first, column=1, value=afi)
            ws.cell(row=first, column=2, value=reg)
            ws.cell(row=first, column=3, value=stated)
            ws.cell(row=first, column=4, value=text)
            if row - first > 1:
                for col in (1, 2, 3, 4):
                    ws.merge_cells(start_row=first, start_column=col, end_row=row - 1, end_column=col)
    row += 1
    ws.cell(row=row, column=1, value="RAG key").font = Font(bold=True)
    key = [(BLUE, "Completed and embedded"), (GREEN, "On track"),
           (AMBER, "Partially achieved – further work required"), (RED, "Not achieved / overdue")]
    for i, (colr, txt) in enumerate(key, start=1):
        ws.cell(row=row + i, column=1).fill = fill(colr)
        ws.cell(row=row + i, column=2, value=txt)
    widths(ws, [6, 16, 11, 45, 6, 45, 24, 16, 7, 32])
    ws.freeze_panes = "A6"
    wb.save(os.path.join(HERE, "xs-rathfriland-manor-nursing-home-rqia-care-inspection-qip-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 3. Hay-on-Wye Medical Practice - HIW improvement plan (xlsx, REFUSE: typo month)
# ---------------------------------------------------------------------------
def make_hay():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = "Hay-on-Wye Medical Practice – HIW Improvement Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Healthcare Inspectorate Wales – General Practice Inspection (announced), 9 April 2025  |  "
                "Powys Teaching Health Board")
    ws["A3"] = "Progress update for the Practice Partners meeting – 14 January 2026"
    ws["A3"].font = Font(italic=True)
    hdr = ["Ref", "Improvement needed", "Standard / Regulation", "Service action",
           "Responsible officer", "Timescale", "Revised timescale", "Progress", "RAG"]
    for j, v in enumerate(hdr, start=1):
        ws.cell(row=5, column=j, value=v)
    style_row(ws, 5, 9, bold=True, bg="C6E0B4")
    rag_fill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    plan = [
        ("Quality of Patient Experience", [
            ("1",
             "The practice must ensure that information on how to raise a concern under Putting "
             "Things Right is displayed in the waiting area and on the practice website.",
             "Health and Care Quality Standards 2023 – Person centred",
             "Putting Things Right posters and leaflets displayed in both waiting areas; website "
             "updated with bilingual information.",
             "Practice Manager", d(2025, 5, 31), None, "Done – checked by HIW on follow-up call.",
             "Complete"),
            ("2",
             "The practice should actively offer patients the opportunity to receive services in "
             "Welsh and record their language preference.",
             "Welsh Language (Wales) Measure 2011; Effective",
             "Language preference added to the new patient registration form; ‘Iaith Gwaith’ "
             "lanyards issued to Welsh-speaking staff.",
             "Practice Manager / Reception Team Leader", d(2025, 6, 30), d(2025, 9, 30),
             "Form live from September; existing patients to be asked at next contact.", "Green"),
        ]),
        ("Delivery of Safe and Effective Care", [
            ("3",
             "The practice must ensure that emergency drugs and equipment are checked weekly and "
             "that the checks are documented.",
             "Safe",
             "Weekly checklist introduced for the emergency trolley, defibrillator and oxygen; "
             "checks audited monthly by the Lead Practice Nurse.",
             "Lead Practice Nurse", "Immediate", None, "In place since 10 April 2025.", "Complete"),
            ("4",
             "The practice must ensure that all clinical staff complete safeguarding training at the "
             "level appropriate to their role.",
             "Safe; Safeguarding",
             "Training matrix reviewed; outstanding Level 3 safeguarding training booked through "
             "the health board.",
             "Practice Manager; Safeguarding Lead GP", d(2025, 8, 31), "Janaury 2026",
             "Two GPs still to attend – health board course in October was cancelled.", "Amber"),
            ("5",
             "The practice should complete an infection prevention and control audit of the "
             "treatment rooms and act on its findings.",
             "Safe; Infection prevention and control",
             "IPC audit completed with the health board IPC nurse; replacement of the fabric "
             "chairs in treatment room 2 ordered.",
             "Lead Practice Nurse", d(2025, 7, 31), None, "Chairs on back order.", "Amber"),
        ]),
        ("Quality of Management and Leadership", [
            ("6",
             "The practice must ensure that annual appraisals are completed for all staff.",
             "Leadership; Workforce",
             "Appraisal schedule drawn up for 2025/26; all appraisals to be completed by the end "
             "of the financial year.",
             "Practice Manager", d(2026, 3, 31), None, "9 of 17 appraisals completed.", "Green"),
            ("7",
             "The practice should hold regular minuted practice meetings and share learning from "
             "significant events with the whole team.",
             "Learning, improvement and research",
             "Monthly whole-practice meeting introduced with a standing item on significant "
             "events; minutes shared on the practice intranet.",
             "Senior Partner (Dr R Prosser)", "Monthly from June 2025", None,
             "Meetings held every month since June.", "Green"),
        ]),
    ]
    row = 6
    for sec, acts in plan:
        ws.cell(row=row, column=1, value=sec)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)
        ws.cell(row=row, column=1).font = Font(bold=True)
        ws.cell(row=row, column=1).fill = fill("E2EFDA")
        row += 1
        for vals in acts:
            for j, v in enumerate(vals, start=1):
                c = ws.cell(row=row, column=j, value=v)
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy" if v.month == 3 and v.year == 2026 else "dd/mm/yyyy"
            style_row(ws, row, 9)
            ws.cell(row=row, column=9).fill = fill(rag_fill[vals[-1]])
            row += 1
    row += 1
    ws.cell(row=row, column=1, value="Service representative")
    ws.cell(row=row, column=1).font = Font(bold=True)
    ws.cell(row=row + 1, column=1, value="Name:")
    ws.cell(row=row + 1, column=2, value="Sian Vaughan")
    ws.cell(row=row + 2, column=1, value="Job role:")
    ws.cell(row=row + 2, column=2, value="Practice Manager")
    ws.cell(row=row + 3, column=1, value="Date:")
    ws.cell(row=row + 3, column=2, value="30 May 2025")
    widths(ws, [6, 44, 24, 44, 24, 13, 13, 36, 10])

    key = wb.create_sheet("Key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (colr, a, b) in enumerate([(BLUE, "Complete", "Action completed and evidence held"),
                                       (GREEN, "Green", "On track"),
                                       (AMBER, "Amber", "Some delay – revised timescale set"),
                                       (RED, "Red", "Not progressing – escalate to partners")],
                                      start=2):
        key.cell(row=i, column=1, value=a).fill = fill(colr)
        key.cell(row=i, column=2, value=b)
    widths(key, [12, 44])
    wb.save(os.path.join(
        HERE, "xs-hay-on-wye-medical-practice-hiw-gp-inspection-improvement-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def bold_row(row, bg=None):
    for cell in row.cells:
        for p in cell.paragraphs:
            for r in p.runs:
                r.bold = True
        if bg:
            shade(cell, bg)


def add_table(doc, rows, header_bg="D9D9D9", style="Table Grid"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            t.cell(i, j).text = "" if v is None else v
    bold_row(t.rows[0], header_bg)
    return t


# ---------------------------------------------------------------------------
# 4. Ysgol Gynradd Llanbedrog - Estyn post-inspection action plan (docx, read)
# ---------------------------------------------------------------------------
def make_llanbedrog():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Ysgol Gynradd Llanbedrog – Post-Inspection Action Plan", level=0)
    p = doc.add_paragraph("Cynllun Gweithredu Ôl-arolygiad")
    p.runs[0].italic = True
    doc.add_paragraph("Estyn inspection: 3–5 February 2025   |   Report published: 8 April 2025   |   "
                      "Plan agreed by the Governing Body: 15 May 2025")
    doc.add_paragraph("Document control").runs[0].bold = True
    add_table(doc, [
        ["Version", "Date", "Amended by", "Summary"],
        ["1.0", "15/05/2025", "Headteacher", "Plan agreed by the Governing Body and sent to Estyn"],
        ["1.1", "10/07/2025", "Headteacher", "Summer term progress added"],
        ["1.2", "12/11/2025", "Deputy Headteacher", "Autumn half-term progress added"],
    ])
    doc.add_paragraph()
    doc.add_paragraph("Progress key / Allwedd cynnydd").runs[0].bold = True
    key = add_table(doc, [
        ["Code", "Meaning"],
        ["B", "Complete"],
        ["G", "On track"],
        ["A", "Some slippage – action being taken"],
        ["R", "Significant concern – Chair of Governors informed"],
    ])
    for i, colr in ((1, BLUE), (2, GREEN), (3, AMBER), (4, RED)):
        shade(key.cell(i, 0), colr)
    doc.add_paragraph()
    doc.add_paragraph(
        "Estyn’s report made four recommendations. Each is addressed in a separate section below. "
        "Progress is reported to the Governing Body’s Standards Committee each term and to the local "
        "authority’s Supporting Improvement Adviser.")
    hdr = ["Ref", "Action", "Person(s) responsible", "Success criteria", "Timescale", "Monitoring",
           "Progress"]
    recs = [
        ("R1: Raise standards in pupils’ extended writing in English and Welsh across the school", [
            ("1.1", "Audit extended writing opportunities in each class and agree a whole-school "
                    "progression in writing genres.",
             "Headteacher / Literacy lead", "Progression map in use in every class",
             "Summer term 2025", "Standards Committee, June 2025", "B"),
            ("1.2", "Introduce fortnightly moderation of extended writing, alternating between English "
                    "and Welsh, including joint moderation with cluster schools.",
             "DHT", "Moderation records show consistent judgements",
             "Autumn term 2025", "Book looks each half term", "A"),
            ("1.3", "Provide professional learning for all teaching assistants on modelling shared "
                    "writing (ysgrifennu ar y cyd).",
             "Literacy lead; Local authority Supporting Improvement Adviser",
             "All TAs observed modelling writing effectively", "October 2025",
             "Learning walks", "G"),
        ]),
        ("R2: Improve the consistency of teaching so that all pupils are challenged appropriately", [
            ("2.1", "Agree and implement a whole-school teaching and learning policy setting out "
                    "expectations for planning and challenge.",
             "Headteacher", "Policy agreed by governors and seen in practice", "July 2025",
             "Governing Body, July 2025", "B"),
            ("2.2", "Carry out learning walks and book looks with governors, focusing on challenge "
                    "for more able pupils.",
             "HT, DHT", "Most pupils are appropriately challenged in lessons", "Termly",
             "Standards Committee", "G"),
            ("2.3", "Set up peer coaching pairs for teachers, with release time funded from the "
                    "school development grant.",
             "DHT", "Every teacher has completed one coaching cycle", "February 2026",
             "Headteacher’s report to governors", "G"),
        ]),
        ("R3: Strengthen self-evaluation and improvement planning so that leaders focus precisely on "
         "the impact on pupils’ learning", [
            ("3.1", "Revise the self-evaluation calendar so that first-hand evidence (lesson "
                    "observations, book scrutiny, pupil voice) informs each priority in the School "
                    "Development Plan.",
             "Headteacher", "SDP 2025–26 priorities are based on first-hand evidence",
             "September 2025", "Supporting Improvement Adviser visit", "G"),
            ("3.2", "Train governors in their role as critical friends and arrange link governor "
                    "visits for each SDP priority.",
             "Chair of Governors / Headteacher", "Link governor visit notes show challenge",
             "Autumn term 2025", "Governing Body minutes", "A"),
        ]),
        ("R4: Address the site security issues raised during the inspection", [
            ("4.1", "Install a lockable gate on the lower playground and a buzzer entry system at the "
                    "main entrance.",
             "Headteacher; Gwynedd Council Property Service", "Site secure during the school day",
             "By 31 May 2025", "Health and safety governor", "B"),
            ("4.2", "Update the site risk assessment and share the revised drop-off and collection "
                    "arrangements with parents.",
             "Headteacher", "Parents informed; risk assessment signed off", "June 2025",
             "Health and safety governor", "B"),
        ]),
    ]
    rag = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    for heading, acts in recs:
        doc.add_heading(heading, level=2)
        t = add_table(doc, [hdr] + [list(a) for a in acts], header_bg="BDD7EE")
        for i, a in enumerate(acts, start=1):
            shade(t.cell(i, 6), rag[a[6]])
        doc.add_paragraph()
    doc.add_paragraph("Signed on behalf of the Governing Body").runs[0].bold = True
    add_table(doc, [
        ["Role", "Name", "Date"],
        ["Headteacher", "Mrs Elen Hughes", "15/05/2025"],
        ["Chair of Governors", "Mr Dafydd Owen", "15/05/2025"],
    ])
    doc.save(os.path.join(HERE, "xs-ysgol-gynradd-llanbedrog-estyn-post-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Eildon View Care Home, Galashiels - Care Inspectorate improvement plan (docx, read)
# ---------------------------------------------------------------------------
def make_eildon():
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    doc.add_heading("Eildon View Care Home – Improvement Plan", level=0)
    doc.add_paragraph("Following the Care Inspectorate unannounced inspection, 10–12 June 2025 "
                      "(report published 8 July 2025)")
    doc.add_paragraph("Provider: Tweed Valley Care Ltd   |   Manager: Fiona Laidlaw   |   "
                      "Plan last updated: 29 September 2025")
    doc.add_paragraph("Our grades").runs[0].bold = True
    add_table(doc, [
        ["Key question", "Grade"],
        ["How well do we support people’s wellbeing?", "3 – Adequate"],
        ["How good is our leadership?", "4 – Good"],
        ["How good is our staff team?", "4 – Good"],
        ["How good is our setting?", "3 – Adequate"],
        ["How well is our care and support planned?", "3 – Adequate"],
    ])
    doc.add_paragraph()
    doc.add_paragraph("Status: Complete  |  Green – on track  |  Amber – some delay  |  "
                      "Red – not achieved by the date set")
    hdr = ["Ref", "Action", "Who", "By when", "Progress / evidence", "Status"]
    status_fill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    kqs = [
        ("Key question 1: How well do we support people’s wellbeing?", [
            ("Requirement 1",
             "By 31 August 2025, the provider must ensure that people receive their medication "
             "safely and as prescribed, including ‘as required’ (PRN) medication, which must have "
             "a protocol that is followed and reviewed.", [
                 ("R1.1", "Write a PRN protocol for every person prescribed ‘as required’ medication, "
                          "agreed with the GP practice and community pharmacist.",
                  "Depute Manager", "31/07/2025", "Protocols in place for all 14 people prescribed PRN.",
                  "Complete"),
                 ("R1.2", "Introduce a weekly medication audit, with results reviewed at the monthly "
                          "clinical governance meeting.",
                  "Home Manager / Depute Manager", "Aug 2025",
                  "Weekly audits since 4 August; errors down from 9 to 2 a month.", "Complete"),
                 ("R1.3", "All senior carers to complete refresher medication training and an "
                          "observed competency assessment.",
                  "Home Manager", "31/10/2025",
                  "10 of 12 completed. Date moved from 31/08/2025 – two staff on leave.", "Amber"),
             ]),
            ("Area for improvement 1",
             "To support people’s wellbeing, the provider should ensure that people have regular "
             "opportunities to take part in meaningful activities that reflect their interests, both "
             "in the home and in the local community.", [
                 ("AFI1.1", "Complete ‘What matters to me’ profiles with each person and their family, "
                            "and use them to plan a weekly activity programme.",
                  "Lorna Dickson (Activities Co-ordinator)", "30 September 2025",
                  "31 of 36 profiles completed.", "Green"),
                 ("AFI1.2", "Arrange monthly community outings and record who takes part and what "
                            "they enjoyed.",
                  "Activities Co-ordinator; Senior Carer on shift", "Monthly",
                  "Outings in July, August and September.", "Green"),
             ]),
        ]),
        ("Key question 4: How good is our setting?", [
            ("Area for improvement 2",
             "The provider should ensure that the environment supports people living with dementia "
             "to be as independent as possible, using the King’s Fund environmental assessment tool "
             "or similar.", [
                 ("AFI2.1", "Complete the King’s Fund environmental assessment with residents and "
                            "relatives and agree priorities for improvement.",
                  "Home Manager", "31/08/2025", "Assessment completed 19 August 2025.", "Complete"),
                 ("AFI2.2", "Replace signage on the first floor with pictorial dementia-friendly signs "
                            "and repaint bedroom doors in contrasting colours.",
                  "Maintenance Officer", "December 2025", "Signs ordered; painting to start November.",
                  "Amber"),
             ]),
        ]),
        ("Key question 5: How well is our care and support planned?", [
            ("Requirement 2",
             "By 30 November 2025, the provider must ensure that each person’s personal plan sets "
             "out how their health, welfare and safety needs will be met, and is reviewed at least "
             "once every six months with the person and their representative.", [
                 ("R2.1", "Review all personal plans using the new care planning template and record "
                          "the next six-monthly review date on the review tracker.",
                  "Senior Carers (keyworkers)", "30 November 2025", "22 of 36 plans moved to the new "
                  "template.", "Green"),
                 ("R2.2", "Hold a six-monthly review meeting with each person and their representative "
                          "and send them a copy of the outcomes.",
                  "Home Manager", "Ongoing", "", "Not started"),
             ]),
        ]),
    ]
    for kq, items in kqs:
        doc.add_heading(kq, level=1)
        for label, text, acts in items:
            doc.add_paragraph(label).runs[0].bold = True
            doc.add_paragraph(text)
            t = add_table(doc, [hdr] + [list(a) for a in acts], header_bg="E2EFDA")
            for i, a in enumerate(acts, start=1):
                if a[5] in status_fill:
                    shade(t.cell(i, 5), status_fill[a[5]])
            doc.add_paragraph()
    doc.add_paragraph("This plan is shared with residents, families and staff and will be sent to "
                      "the Care Inspectorate inspector on request.")
    doc.save(os.path.join(HERE, "xs-eildon-view-care-home-galashiels-care-inspectorate-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Ballycastle High School - ETI inspection action plan (csv, read)
# ---------------------------------------------------------------------------
def csv_field(v):
    v = "" if v is None else str(v)
    if any(ch in v for ch in ',"\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def make_ballycastle():
    ncol = 7
    rows = [
        ["Ballycastle High School – Action Plan in response to ETI Inspection (February 2025)"],
        ["Approved by the Board of Governors: 27 March 2025. Progress updated: 10 November 2025"],
        [],
        ["Area for improvement", "Ref", "Action", "Lead(s)", "Timescale", "Success criteria",
         "Progress (RAG)"],
        ["Improve the quality of learning and teaching in Key Stage 3 mathematics so that all pupils "
         "are challenged to reach their potential.", "1.1",
         "Introduce a revised Key Stage 3 mathematics scheme of work with planned challenge tasks in "
         "each unit.", "Head of Mathematics", "Jun-25",
         "All units include challenge tasks, evident in lesson observations", "Complete"],
        ["", "1.2",
         "Paired lesson observations and sharing of practice within the mathematics department, "
         "supported by the Education Authority.", "Head of Mathematics/Vice-Principal (Curriculum)",
         "Dec-25", "Observed lessons judged good or better", "On track"],
        ["", "1.3",
         "Track the progress of Year 8 to 10 pupils in mathematics each term using standardised "
         "assessment and put intervention in place for pupils who are underachieving.",
         "Data Manager; Head of Mathematics", "Termly",
         "Fewer pupils underachieving against their standardised score", "On track"],
        ["Develop further the use of the school's pastoral and attendance data to identify and "
         "support pupils who are at risk of not attending school regularly.", "2.1",
         "Set up an attendance panel meeting fortnightly to review pupils whose attendance is below "
         "90%.", "Vice-Principal (Pastoral)", "Apr-25", "Panel minutes; attendance of target group "
         "improves", "Complete"],
        ["", "2.2",
         "Introduce a staged response to low attendance:\n"
         "- Stage 1 form teacher contact with home\n"
         "- Stage 2 Head of Year meeting with parents\n"
         "- Stage 3 referral to the Education Welfare Service",
         "Heads of Year", "Sep-25", "Staged response used consistently", "Amber"],
        ["", "2.3",
         "Provide training for all form teachers on using SIMS attendance and behaviour data.",
         "ICT Co-ordinator", "31/10/2025", "All form teachers trained", "Red"],
        ["Ensure that self-evaluation and development planning at all levels focus on the impact on "
         "learners' outcomes.", "3.1",
         "Revise the School Development Plan 2025-28 so that each priority has measurable targets "
         "for learners' outcomes.", "Principal", "Jun-25", "SDP approved by governors", "Complete"],
        ["", "3.2",
         "Heads of department to complete an annual departmental self-evaluation and present it to "
         "the Senior Leadership Team.", "Principal/Senior Leadership Team", "Jan-26",
         "All departments have completed a self-evaluation", "Not started"],
        ["", "3.3",
         "Provide the Board of Governors with a termly report on progress against this action plan.",
         "Principal", "Ongoing", "Governors' minutes record challenge and support", "On track"],
        [],
        ["Key: Complete = action completed and evidenced; On track = progressing to timescale; "
         "Amber = behind schedule; Red = significant delay, escalated to the Principal"],
    ]
    lines = []
    for r in rows:
        r = list(r) + [""] * (ncol - len(r))
        lines.append(",".join(csv_field(v) for v in r))
    with open(os.path.join(HERE, "xs-ballycastle-high-school-eti-inspection-action-plan.csv"), "w",
              encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------------------
# 7. Stirling Council - annual audit report 2024/25 action plan (txt, read)
# ---------------------------------------------------------------------------
def make_stirling():
    text = """Stirling Council – 2024/25 Annual Audit Report: Action Plan Progress Update
Audit and Risk Committee – 11 December 2025

This appendix sets out the recommendations in the external auditor's 2024/25 Annual Audit Report, the actions agreed by management, and progress at 30 November 2025.
RAG: Complete = action implemented; Green = on track; Amber = delayed, revised date agreed; Red = not progressing.

Recommendation 1 – Financial sustainability
Issue/risk
The council has identified a cumulative budget gap of £24.6 million over the three years to 2027/28. Savings plans to close the gap have not yet been fully identified.
Recommendation
The council should develop and approve savings and transformation proposals that address the full medium-term budget gap.
Agreed management action
1a. Present a three-year budget strategy, including identified savings and transformation proposals, to Council for approval.
Responsible officer: Chief Finance Officer
Agreed date: February 2026
Progress: Budget options considered at member workshops in October and November 2025.
RAG: Green

1b. Establish a Transformation Programme Board with quarterly reporting of savings delivery to elected members.
Responsible officer: Senior Manager – Transformation
Agreed date: 30 September 2025
Progress: Board established in August 2025; first quarterly report to members in November 2025.
RAG: Complete

Recommendation 2 – Capital programme
Issue/risk
Capital expenditure in 2024/25 was £38.1 million against a revised budget of £61.5 million. Slippage has been significant for several years.
Recommendation
The council should improve the accuracy of capital budget setting and monitoring to reduce the level of slippage.
Agreed management action
2a. Introduce a capital gateway process so that projects are included in the annual capital budget only once a full business case has been approved.
Responsible officer: Chief Finance Officer / Chief Operating Officer (Infrastructure)
Agreed date: 31 March 2026
Progress: Gateway process drafted; to be considered by the Capital Programme Board in January 2026.
RAG: Amber

Recommendation 3 – Workforce planning
Issue/risk
The council's workforce plan covers 2022 to 2025 and has not been updated to reflect the savings and service redesign now planned.
Recommendation
The council should update its workforce plan so that it supports the budget strategy and the Council Plan.
Agreed management action
3a. Publish an updated Strategic Workforce Plan 2026–2029 aligned to the Council Plan and the budget strategy.
Responsible officer: Chief Officer – People
Agreed date: 31 December 2025
Revised date: 31 March 2026
Progress: Revised to align with the 2026/27 budget decisions.
RAG: Amber

Recommendation 4 – Payroll controls
Issue/risk
Monthly payroll exception reports were not reviewed and signed off between October 2024 and March 2025 because of staff vacancies in the payroll team.
Recommendation
Management should ensure that payroll exception reports are reviewed and signed off each month and that evidence of the review is retained.
Agreed management action
4a. Reinstate the monthly review and sign-off of payroll exception reports, with evidence of the review retained.
Responsible officer: Payroll Team Leader
Agreed date: September 2025
Progress: Review and sign-off in place from the September 2025 payroll.
RAG: Complete

4b. Internal Audit to test the operation of the control as part of the 2025/26 internal audit plan.
Responsible officer: Chief Internal Auditor
Agreed date: Q4 2025/26
Progress: Scheduled for February 2026.
RAG: Not started

Recommendation 5 – Public performance reporting
Issue/risk
Performance reports to committees are detailed, but the council's public performance reporting does not clearly show progress against the Council Plan outcomes.
Recommendation
The council should improve its public performance reporting so that it clearly shows progress against the Council Plan outcomes and how the council compares with others.
Agreed management action
5a. Develop a public performance dashboard on the council website, updated quarterly and including LGBF comparisons.
Responsible officer: Senior Manager – Performance and Business Support
Agreed date: 30 June 2026
Progress: Dashboard design agreed; data feeds being built.
RAG: Green

Prior year recommendations are reported separately in the Internal Audit follow-up report.
"""
    with open(os.path.join(HERE, "xs-stirling-council-annual-audit-report-2024-25-action-plan.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write(text)


if __name__ == "__main__":
    make_dg_ijb()
    make_rathfriland()
    make_hay()
    make_llanbedrog()
    make_eildon()
    make_ballycastle()
    make_stirling()
    print("built 7 files")
