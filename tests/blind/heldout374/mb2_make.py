"""Build the seven mb2- blind test files (set heldout374).

Run with /work/main/.venv/bin/python mb2_make.py  (needs openpyxl and python-docx).
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))

RAGFILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "0070C0",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill(fill_type="solid", start_color=hexcol, end_color=hexcol)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. West Lothian APC learning review (Mr W) improvement action plan (xlsx)
# ---------------------------------------------------------------------------
WL_FILE = "mb2-west-lothian-apc-learning-review-mr-w-improvement-action-plan.xlsx"
WL_TITLE = ("West Lothian Adult Protection Committee \u2013 Learning Review (Mr W) "
            "Improvement Action Plan")
WL_PLAN = [
    ("theme", "Theme A: Chronologies and risk assessment"),
    ("rec", "Recommendation 1: The APC should seek assurance that multi-agency chronologies "
            "are started at the point of inquiry and are shared at every case conference."),
    ("act", "1.1",
     "Revise the ASP chronology practice guidance to set out when a chronology must be "
     "started, who holds it and how it is shared with partners.",
     "Senior Manager, Adult Social Care", d(2024, 12, 31), None,
     "Revised guidance approved by APC on 12 December 2024 and published on the public "
     "protection website.", "blue"),
    ("act", "1.2",
     "Audit a sample of 30 ASP cases to test whether chronologies were started at inquiry "
     "stage, and report findings to the APC Quality Assurance Subgroup.",
     "Lead Officer, Public Protection", d(2025, 3, 31), None,
     "Case sample drawn; audit fieldwork under way with findings due at the March QA "
     "Subgroup.", "green"),
    ("rec", "Recommendation 2: Partners should use a shared risk assessment and management "
            "approach for adults who self-neglect and decline support."),
    ("act", "2.1",
     "Agree a single multi-agency self-neglect risk assessment tool and embed it in the "
     "West Lothian ASP procedures.",
     "Senior Manager, Adult Social Care / Adult Protection Lead Nurse (NHS Lothian)",
     d(2025, 3, 31), d(2025, 6, 30),
     "Draft tool tested with two locality teams; NHS Lothian sign-off delayed until May "
     "2025.", "amber"),
    ("act", "2.2",
     "Deliver self-neglect and hoarding briefings to social work, housing and district "
     "nursing staff.",
     "Learning and Development Manager (Social Policy)", "Ongoing", None,
     "Four briefings delivered to 86 staff since October 2024; further dates booked.",
     "green"),
    ("theme", "Theme B: Information sharing and professional curiosity"),
    ("rec", "Recommendation 3: Police Scotland and the HSCP should ensure that concerns about "
            "an adult's capacity are clearly passed on when a concern report is shared."),
    ("act", "3.1",
     "Amend the concern hub screening process so that concerns about capacity are recorded "
     "and flagged to the Adult Social Care Enquiry Team.",
     "Detective Inspector, Public Protection Unit (Police Scotland)", d(2024, 9, 30), None,
     "Screening template amended from 2 September 2024.", "blue"),
    ("act", "3.2",
     "Review a sample of concern reports received between October and December 2024 to "
     "confirm that capacity concerns are being flagged.",
     "Detective Inspector, Public Protection Unit (Police Scotland); Team Manager, Adult "
     "Social Care Enquiry Team", d(2025, 1, 31), None,
     "40 reports reviewed; capacity flag present in 37. Findings reported to APC in "
     "February 2025.", "blue"),
    ("rec", "Recommendation 4: The APC should promote professional curiosity where an adult "
            "repeatedly declines care and support."),
    ("act", "4.1",
     "Publish a 7-minute briefing on the learning from Mr W's review and circulate it "
     "through all partner agencies.",
     "APC Lead Officer", d(2024, 11, 30), None,
     "Briefing published 18 November 2024.", "blue"),
    ("act", "4.2",
     "Hold two multi-agency learning events on professional curiosity and declined care, "
     "and evaluate their impact on practice through a follow-up survey.",
     "APC Lead Officer and Learning and Development Manager (Social Policy)",
     d(2025, 2, 28), d(2025, 5, 31),
     "First event postponed because of venue availability and now rescheduled for April "
     "2025.", "red"),
]


def build_west_lothian():
    wb = Workbook()
    ws0 = wb.active
    ws0.title = "Document control"
    ws0["A1"] = "West Lothian Adult Protection Committee"
    ws0["A1"].font = Font(bold=True, size=14)
    rows = [
        ("Document", "Learning Review (Mr W) \u2013 Improvement Action Plan"),
        ("Version", "3.0"),
        ("Date", "14 March 2025"),
        ("Owner", "APC Learning Review Subgroup"),
        ("Approved by", "West Lothian Chief Officers Group (Public Protection)"),
        ("Next review", "June 2025"),
    ]
    r = 3
    for k, v in rows:
        ws0.cell(r, 1, k).font = Font(bold=True)
        ws0.cell(r, 2, v)
        ws0.cell(r, 1).border = BOX
        ws0.cell(r, 2).border = BOX
        r += 1
    r += 1
    ws0.cell(r, 1, "Version history").font = Font(bold=True)
    r += 1
    for i, h in enumerate(["Version", "Date", "Summary of changes"], 1):
        c = ws0.cell(r, i, h)
        c.font = Font(bold=True)
        c.fill = fill("D9E1F2")
        c.border = BOX
    for row in [("1.0", "20/06/2024", "Action plan agreed by APC"),
                ("2.0", "05/11/2024", "Quarter 2 progress added"),
                ("3.0", "14/03/2025", "Quarter 3 progress added; revised target dates agreed "
                                      "for actions 2.1 and 4.2")]:
        r += 1
        for i, v in enumerate(row, 1):
            ws0.cell(r, i, v).border = BOX
    ws0.column_dimensions["A"].width = 16
    ws0.column_dimensions["B"].width = 55
    ws0.column_dimensions["C"].width = 60

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = WL_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Progress as at 14 March 2025 (reported to APC on 20 March 2025)"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:G2")
    heads = ["Ref", "Improvement action", "Lead", "Original target date",
             "Revised target date", "Progress update", "RAG"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F4E78")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for item in WL_PLAN:
        if item[0] in ("theme", "rec"):
            c = ws.cell(r, 1, item[1])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            if item[0] == "theme":
                c.font = Font(bold=True, color="FFFFFF")
                c.fill = fill("2F5597")
            else:
                c.font = Font(bold=True, italic=True)
                c.fill = fill("DDEBF7")
            c.alignment = WRAP
            ws.row_dimensions[r].height = 32 if item[0] == "rec" else 18
        else:
            _, ref, text, lead, orig, rev, prog, rag = item
            vals = [ref, text, lead, orig, rev, prog, None]
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(r, 7).fill = fill(RAGFILL[rag])
            ws.row_dimensions[r].height = 60
        r += 1
    r += 1
    ws.cell(r, 1, "RAG key").font = Font(bold=True)
    for rag, txt in [("blue", "Blue \u2013 action complete"),
                     ("green", "Green \u2013 on track to meet target date"),
                     ("amber", "Amber \u2013 at risk of slipping; revised date agreed"),
                     ("red", "Red \u2013 target date missed or not started")]:
        r += 1
        ws.cell(r, 1).fill = fill(RAGFILL[rag])
        ws.cell(r, 2, txt)
    for col, w in zip("ABCDEFG", [7, 55, 34, 13, 13, 45, 7]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.active = 1
    wb.save(os.path.join(HERE, WL_FILE))


# ---------------------------------------------------------------------------
# 2. Norfolk and Waveney LMNS equity and equality action plan (xlsx, sheet per priority)
# ---------------------------------------------------------------------------
NW_FILE = "mb2-norfolk-waveney-lmns-maternity-neonatal-equity-equality-action-plan.xlsx"
NW_TITLE = ("Norfolk and Waveney LMNS Maternity and Neonatal Equity and Equality Action Plan "
            "2022\u20132027")
NW_PRIORITIES = [
    ("P1 Restore services", "Priority 1: Restore NHS services inclusively", [
        ("1.1", "Offer enhanced midwifery continuity of carer to women from Black, Asian and "
                "Mixed ethnic groups and those living in the most deprived areas (IMD deciles "
                "1\u20132), starting with the Great Yarmouth and Norwich North teams.",
         "Director of Midwifery, JPUH", "March 2025", "A", "A",
         "Great Yarmouth team live from July 2024 (caseload 38). Norwich North team depends on "
         "recruitment of 4.2 WTE midwives."),
        ("1.2", "Introduce interpreter-booked antenatal booking appointments for women who do "
                "not speak English.",
         "Kelly Sharman & Ruth Akinola", "Q3 2024/25", "G", "G",
         "Booking template changed at NNUH and QEH; JPUH to follow in November."),
    ]),
    ("P2 Digital inclusion", "Priority 2: Mitigate against digital exclusion", [
        ("2.1", "Make the Badger Notes maternity app information available in the ten "
                "most-requested community languages.",
         "LMNS Digital Midwife", "Q4 2024/25", "G", "B",
         "All ten languages live from 16 September 2024."),
        ("2.2", "Provide data-enabled tablets on loan to women without digital access so they "
                "can use remote blood pressure monitoring.",
         "LMNS Digital Midwife; Head of Digital Transformation, NNUH", "June 2025", "A", "R",
         "Funding bid unsuccessful; escalated to LMNS Board for alternative funding."),
    ]),
    ("P3 Data", "Priority 3: Ensure datasets are complete and timely", [
        ("3.1", "Raise recording of ethnicity at booking to 95% or above in each trust's "
                "Maternity Services Data Set submission.",
         "LMNS Data Analyst", "Monthly", "G", "G",
         "September: NNUH 97%, JPUH 95%, QEH 93%."),
        ("3.2", "Publish an LMNS equity dashboard showing outcomes by ethnicity and deprivation "
                "quintile to the LMNS Board.",
         "Head of Maternity Commissioning (ICB)", d(2024, 9, 30), "A", "B",
         "Dashboard presented to LMNS Board on 26 September 2024."),
    ]),
    ("P4 Prevention", "Priority 4: Accelerate preventative programmes that engage those at "
                      "greatest risk of poor health outcomes", [
        ("4.1", "Roll out the tobacco dependence in pregnancy service to all three trusts, with "
                "CO monitoring at every antenatal contact.",
         "Public Health Principal (Norfolk County Council)", "Q1 2025/26", "G", "G",
         "Service live at NNUH and JPUH; QEH go-live planned for April 2025."),
        ("4.2", "Refer women with a previous gestational diabetes diagnosis to the NHS Diabetes "
                "Prevention Programme at the postnatal check.",
         "Consultant Obstetrician (diabetes lead), QEH", "December 2024", "R", "A",
         "Referral pathway agreed; GP practices to be briefed before launch."),
    ]),
    ("P5 Leadership", "Priority 5: Strengthen leadership and accountability", [
        ("5.1", "Appoint a named equity and equality lead midwife in each trust with protected "
                "time.",
         "LMNS Programme Director", "Apr-24", "B", "B",
         "All three leads in post since April 2024."),
        ("5.2", "Deliver the cultural safety training programme to maternity and neonatal staff, "
                "reaching 80% of staff by year end.",
         "LMNS Programme Director & MNVP Chair", d(2026, 3, 31), "A", "A",
         "54% of staff trained across the system (NNUH 61%, JPUH 49%, QEH 44%)."),
    ]),
]
NW_LETTERFILL = {"B": RAGFILL["blue"], "G": RAGFILL["green"], "A": RAGFILL["amber"],
                 "R": RAGFILL["red"]}


def build_norfolk_waveney():
    wb = Workbook()
    ov = wb.active
    ov.title = "Overview"
    ov["A1"] = NW_TITLE
    ov["A1"].font = Font(bold=True, size=14)
    ov["A2"] = "Progress report: Quarter 2 2024/25 (position at 30 September 2024)"
    ov["A3"] = ("Senior Responsible Officer: Chief Nursing Officer, NHS Norfolk and Waveney "
                "Integrated Care Board")
    ov["A5"] = "Summary of current RAG ratings"
    ov["A5"].font = Font(bold=True)
    heads = ["Priority", "Interventions", "B", "G", "A", "R"]
    for i, h in enumerate(heads, 1):
        c = ov.cell(6, i, h)
        c.font = Font(bold=True)
        c.fill = fill("D9D2E9")
        c.border = BOX
    r = 7
    tot = [0, 0, 0, 0, 0]
    for _, heading, acts in NW_PRIORITIES:
        counts = [len(acts)] + [sum(1 for a in acts if a[5] == k) for k in "BGAR"]
        tot = [x + y for x, y in zip(tot, counts)]
        ov.cell(r, 1, heading).border = BOX
        for i, v in enumerate(counts, 2):
            ov.cell(r, i, v).border = BOX
        r += 1
    ov.cell(r, 1, "Total").font = Font(bold=True)
    for i, v in enumerate(tot, 2):
        c = ov.cell(r, i, v)
        c.font = Font(bold=True)
        c.border = BOX
    r += 2
    ov.cell(r, 1, "RAG rating key").font = Font(bold=True)
    for k, txt in [("B", "B = complete"), ("G", "G = on track"),
                   ("A", "A = off track but recoverable"),
                   ("R", "R = off track, escalated to LMNS Board")]:
        r += 1
        ov.cell(r, 1, txt).fill = fill(NW_LETTERFILL[k])
    r += 2
    ov.cell(r, 1, "Each priority is set out on its own tab. Interventions are aligned to the "
                  "five NHS England inequalities priorities.")
    ov.column_dimensions["A"].width = 70
    for col in "BCDEF":
        ov.column_dimensions[col].width = 13

    for sheet, heading, acts in NW_PRIORITIES:
        ws = wb.create_sheet(sheet)
        ws["A1"] = heading
        ws["A1"].font = Font(bold=True, size=13, color="5B2C6F")
        ws.merge_cells("A1:G1")
        heads = ["Ref", "Intervention", "Lead", "Timescale", "Previous RAG (Q1)",
                 "Current RAG (Q2)", "Q2 update"]
        for i, h in enumerate(heads, 1):
            c = ws.cell(3, i, h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("5B2C6F")
            c.alignment = WRAP
            c.border = BOX
        r = 4
        for ref, text, lead, when, prev, cur, upd in acts:
            for i, v in enumerate([ref, text, lead, when, prev, cur, upd], 1):
                c = ws.cell(r, i, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(r, 5).fill = fill(NW_LETTERFILL[prev])
            ws.cell(r, 6).fill = fill(NW_LETTERFILL[cur])
            ws.cell(r, 5).alignment = Alignment(horizontal="center", vertical="top")
            ws.cell(r, 6).alignment = Alignment(horizontal="center", vertical="top")
            ws.row_dimensions[r].height = 62
            r += 1
        for col, w in zip("ABCDEFG", [6, 58, 32, 13, 11, 11, 48]):
            ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, NW_FILE))


# ---------------------------------------------------------------------------
# 3. Luton Council corporate risk register Q3 2025/26 - typo month, refuse (xlsx)
# ---------------------------------------------------------------------------
LU_FILE = "mb2-luton-council-corporate-risk-register-q3-2025-26-typo-month-refuse.xlsx"
LU_RISKS = [
    ("CR01", "Financial sustainability: the Council is unable to set a balanced budget for "
             "2026/27 and maintain an adequate level of reserves.",
     "Strategic Director, Finance", "5 x 5 = 25", "4 x 5 = 20", "3 x 4 = 12", [
         ("CR01.1", "Deliver the 2026/27 savings programme of \u00a318.4m, tracked monthly "
                    "through the Budget Board.", "Head of Finance (Strategic)", "March 2026",
          "On track", "\u00a315.1m of savings identified and profiled."),
         ("CR01.2", "Refresh the Medium Term Financial Strategy to 2029/30, including a "
                    "reserves strategy.", "Chief Finance Officer", "February 2026", "On track",
          "Draft MTFS to Executive on 9 February 2026."),
     ]),
    ("CR02", "Council-owned companies: reduced dividend from London Luton Airport Ltd and "
             "weaknesses in shareholder governance.",
     "Chief Executive", "4 x 5 = 20", "4 x 4 = 16", "3 x 3 = 9", [
         ("CR02.1", "Implement the revised shareholder agreement and company reporting "
                    "framework.", "Monitoring Officer", "January 2026", "Complete",
          "Agreed by Shareholder Committee 16 December 2025."),
         ("CR02.2", "Commission an independent review of airport company dividend forecasts.",
          "Strategic Director, Finance", "April 2026", "On track",
          "Terms of reference agreed."),
     ]),
    ("CR03", "Temporary accommodation: demand for temporary accommodation continues to rise, "
             "increasing cost and the use of bed and breakfast for families.",
     "Service Director, Housing", "5 x 4 = 20", "5 x 4 = 20", "3 x 3 = 9", [
         ("CR03.1", "Acquire 60 additional homes for use as temporary accommodation through "
                    "the Local Authority Housing Fund.", "Head of Housing Delivery",
          "March 2026", "Behind schedule", "38 of 60 homes acquired."),
         ("CR03.2", "Reduce the number of families in bed and breakfast for more than six weeks "
                    "to zero.", "Head of Housing Solutions", "Febuary 2026", "Behind schedule",
          "14 families over six weeks at 31 December (down from 27)."),
     ]),
    ("CR04", "Cyber security: a successful cyber attack disrupts critical services and leads "
             "to loss of data.",
     "Service Director, Digital and IT", "4 x 5 = 20", "3 x 5 = 15", "2 x 5 = 10", [
         ("CR04.1", "Complete the migration of remaining on-premise servers to the cloud and "
                    "decommission legacy systems.", "Head of IT Infrastructure", "June 2026",
          "On track", "72% of workloads migrated."),
         ("CR04.2", "Run a cyber incident exercise with the Corporate Leadership Team.",
          "Information Security Manager", "November 2025", "Complete",
          "Exercise held 20 November 2025; lessons log in place."),
     ]),
    ("CR05", "Workforce: the Council cannot recruit and retain staff in hard-to-fill roles, "
             "including social workers, planners and building control surveyors.",
     "Service Director, HR and OD", "4 x 4 = 16", "4 x 3 = 12", "3 x 3 = 9", [
         ("CR05.1", "Launch the market supplement scheme for hard-to-fill roles and review its "
                    "effect on vacancy rates.", "Head of HR Operations", "May 2026", "On track",
          "Scheme approved; first review due May."),
     ]),
]
LU_TYPO_ROW = None


def build_luton():
    global LU_TYPO_ROW
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Luton Council \u2013 Corporate Risk Register: Summary"
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Quarter 3 2025/26"
    for i, h in enumerate(["Risk ref", "Risk", "Risk owner", "Current score",
                           "Direction of travel"], 1):
        c = sm.cell(4, i, h)
        c.font = Font(bold=True)
        c.fill = fill("FCE4D6")
        c.border = BOX
    trav = ["\u2192", "\u2193", "\u2192", "\u2193", "\u2193"]
    for n, (ref, desc, owner, inh, cur, tgt, _) in enumerate(LU_RISKS):
        r = 5 + n
        for i, v in enumerate([ref, desc.split(":")[0], owner, cur, trav[n]], 1):
            sm.cell(r, i, v).border = BOX
    sm.column_dimensions["A"].width = 10
    sm.column_dimensions["B"].width = 30
    sm.column_dimensions["C"].width = 32
    sm.column_dimensions["D"].width = 14
    sm.column_dimensions["E"].width = 18

    ws = wb.create_sheet("Corporate Risk Register")
    ws["A1"] = "Luton Council \u2013 Corporate Risk Register"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Quarter 3 2025/26 \u2013 position at 31 December 2025 (Audit and Governance "
                "Committee, 26 January 2026)")
    heads = ["Risk ref", "Risk description / mitigating action", "Risk owner / action owner",
             "Inherent score (L x I)", "Current score (L x I)", "Target score (L x I)",
             "Target date", "Action status", "Progress"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("833C0B")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for ref, desc, owner, inh, cur, tgt, acts in LU_RISKS:
        for i, v in enumerate([ref, desc, owner, inh, cur, tgt, None, None, None], 1):
            c = ws.cell(r, i, v)
            c.font = Font(bold=True)
            c.fill = fill("F8CBAD")
            c.alignment = WRAP
            c.border = BOX
        ws.row_dimensions[r].height = 45
        r += 1
        for aref, text, aowner, when, status, prog in acts:
            for i, v in enumerate([aref, text, aowner, None, None, None, when, status, prog], 1):
                c = ws.cell(r, i, v)
                c.alignment = WRAP
                c.border = BOX
            if when == "Febuary 2026":
                LU_TYPO_ROW = r
            ws.row_dimensions[r].height = 40
            r += 1
    r += 1
    ws.cell(r, 1, "Scores: Likelihood (L) x Impact (I), each 1\u20135. See the Scoring matrix "
                  "tab.").font = Font(italic=True)
    for col, w in zip("ABCDEFGHI", [9, 60, 30, 12, 12, 12, 15, 16, 40]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    mx = wb.create_sheet("Scoring matrix")
    mx["A1"] = "Risk scoring matrix (Likelihood x Impact)"
    mx["A1"].font = Font(bold=True)
    mx["A3"] = "Likelihood \\ Impact"
    for i in range(1, 6):
        mx.cell(3, i + 1, i).font = Font(bold=True)
        mx.cell(3 + i, 1, 6 - i).font = Font(bold=True)
    for li in range(1, 6):
        for im in range(1, 6):
            L = 6 - li
            s = L * im
            c = mx.cell(3 + li, 1 + im, s)
            c.fill = fill(RAGFILL["red"] if s >= 15 else RAGFILL["amber"] if s >= 8
                          else RAGFILL["green"])
            c.border = BOX
    mx["A10"] = "15\u201325 High (red); 8\u201312 Medium (amber); 1\u20136 Low (green)"
    wb.active = 1
    wb.save(os.path.join(HERE, LU_FILE))


# ---------------------------------------------------------------------------
# helpers for docx
# ---------------------------------------------------------------------------
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    """Write text; '\n' starts a new paragraph in the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for n, part in enumerate(parts):
        if n:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.font.size = Pt(size)


def header_row(table, heads, hexcol="1F3864"):
    for i, h in enumerate(heads):
        c = table.rows[0].cells[i]
        set_cell(c, h, bold=True)
        shade(c, hexcol)
        for p in c.paragraphs:
            for run in p.runs:
                run.font.color.rgb = docx.shared.RGBColor(0xFF, 0xFF, 0xFF)


def landscape(doc):
    from docx.enum.section import WD_ORIENT
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = docx.shared.Cm(1.5)


# ---------------------------------------------------------------------------
# 4. Royal Wolverhampton NHS Trust - Trust Board (public) action log (docx)
# ---------------------------------------------------------------------------
RW_FILE = "mb2-royal-wolverhampton-nhs-trust-board-public-action-log.docx"
RW_TITLE = "The Royal Wolverhampton NHS Trust \u2013 Trust Board (Public) Action Log"
RW_ACTIONS = [
    ("TB/25/087", "08/07/2025", "TB.25.102",
     "Circulate the updated Board Assurance Framework heat map showing movement in SR6 "
     "(workforce) since April.",
     "Director of Assurance", "September 2025", "Circulated with the September Board papers.",
     "Complete"),
    ("TB/25/094", "09/09/2025", "TB.25.131",
     "Bring a report on corridor care in the Emergency Department to the November Board.\n"
     "The report to include the number of patients cared for in corridors for more than "
     "12 hours.",
     "Chief Operating Officer", "Nov-25", "Report received at the November meeting (item 11).",
     "Complete"),
    ("TB/25/101", "09/09/2025", "TB.25.138",
     "Provide a breakdown of agency and bank spend by division in the next Finance and "
     "Performance report.",
     "Director of Finance", "January 2026",
     "Divisional split provided for nursing; medical agency split to follow.", "Amber"),
    ("TB/25/112", "04/11/2025", "TB.25.167",
     "Arrange a Board development session on the Patient Safety Incident Response Framework "
     "(PSIRF) and the learning themes identified in its first year.",
     "Chief Medical Officer / Chief Nurse", "March 2026",
     "Session booked for the March Board development day.", "Green"),
    ("TB/25/115", "04/11/2025", "TB.25.172",
     "Confirm the trajectory for reducing the number of patients waiting over 65 weeks for "
     "treatment, by specialty, and report it through the Integrated Quality and Performance "
     "Report.",
     "Chief Operating Officer", "December 2025",
     "Specialty trajectories not yet agreed with the ICB; to be presented in February.",
     "Red"),
    ("TB/25/118", "04/11/2025", "TB.25.175",
     "Share the results of the staff survey sexual safety questions with the People "
     "Committee before publication.",
     "Chief People Officer", "Feb-26", "Results embargoed until March; on track.", "Green"),
    ("TB/26/003", "13/01/2026", "TB.26.008",
     "Include maternity workforce vacancy rates for midwives and obstetricians in the "
     "quarterly maternity and neonatal safety report.",
     "Chief Nurse; Director of Midwifery", "April 2026", "New action.", "Green"),
    ("TB/26/006", "13/01/2026", "TB.26.014",
     "Publish the refreshed Green Plan on the Trust website following Board approval.",
     "Director of Strategic Planning and Performance", "31/01/2026",
     "Awaiting final design; publication expected early February.", "Amber"),
]
RW_STATUSFILL = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}


def build_royal_wolverhampton():
    doc = docx.Document()
    landscape(doc)
    doc.add_heading(RW_TITLE, level=1)
    doc.add_paragraph("Updated following the meeting held on Tuesday 13 January 2026")
    doc.add_paragraph("Key: Red \u2013 overdue; Amber \u2013 due at the next meeting or slipped; "
                      "Green \u2013 not yet due; Blue (Complete) \u2013 complete, proposed for "
                      "closure")
    heads = ["Action No.", "Meeting date", "Minute ref", "Action", "Lead", "Due date",
             "Progress / update", "Status"]
    t = doc.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    header_row(t, heads)
    for a in RW_ACTIONS:
        row = t.add_row().cells
        for i, v in enumerate(a):
            set_cell(row[i], v)
        shade(row[7], RW_STATUSFILL[a[7]])
    doc.add_paragraph("")
    doc.add_paragraph("Actions marked Complete will be removed from the log once the Board has "
                      "agreed closure.")
    doc.save(os.path.join(HERE, RW_FILE))


# ---------------------------------------------------------------------------
# 5. Safer Ealing Partnership - DHR 'Priya' action plan (docx, table per section)
# ---------------------------------------------------------------------------
EA_FILE = "mb2-safer-ealing-partnership-dhr-priya-action-plan.docx"
EA_TITLE = ("Safer Ealing Partnership: Domestic Homicide Review into the death of \u2018Priya\u2019 "
            "\u2013 Action Plan")
EA_PARTS = [
    ("Part A: Overview report recommendations", [
        ("Recommendation 1: Ealing GP practices should routinely ask about domestic abuse when a "
         "patient presents with anxiety, low mood or unexplained injuries, and record the "
         "response.", [
             ("1.1", "Deliver IRIS domestic abuse training to all GP practices in Ealing, "
                     "prioritising practices that have not had training since 2021.",
              "NWL ICB (Ealing Borough Team)",
              "Training schedule agreed; 32 of 72 practices trained by December 2025",
              "March 2026", "", "Green"),
             ("1.2", "Add a domestic abuse enquiry prompt to the SystmOne mental health review "
                     "template used in Ealing practices.",
              "NWL ICB; Ealing GP Federation", "Template change tested with three practices",
              "September 2025", "Completed 22/09/2025 \u2013 prompt live in all practices.",
              "Complete"),
         ]),
        ("Recommendation 2: The Metropolitan Police Service and Ealing Council should ensure "
         "that, where a victim withdraws support for a prosecution, her safety plan is "
         "reviewed at MARAC.", [
             ("2.1", "Amend the MARAC operating protocol so that cases where the victim "
                     "withdraws support for a prosecution are automatically re-referred for "
                     "review.\nThe protocol change to be agreed by the MARAC Steering Group.",
              "MARAC Coordinator (LB Ealing)", "Protocol agreed at Steering Group, May 2025",
              "Jun-25", "Completed June 2025 \u2013 revised protocol in use.", "Complete"),
             ("2.2", "Audit MARAC re-referrals for a six-month period after the protocol change "
                     "and report the findings to the Safer Ealing Partnership Board.",
              "Head of Community Safety (LB Ealing)", "Audit tool agreed",
              "January 2026", "Audit delayed by MARAC data migration; fieldwork under way.",
              "Amber"),
         ]),
        ("Recommendation 3: Safer Ealing Partnership should raise awareness of economic abuse "
         "and coercive control within South Asian communities in the borough.", [
             ("3.1", "Commission a community-led awareness campaign on economic abuse with "
                     "local faith and community organisations.",
              "Head of Community Safety (LB Ealing)",
              "Grant agreement with Southall Black Sisters signed",
              "December 2025", "", "Amber"),
             ("3.2", "Translate the Ealing domestic abuse services leaflet into Punjabi, Urdu, "
                     "Gujarati and Tamil.",
              "LB Ealing Communications Team", "Translations checked by community reviewers",
              "Oct-25", "Completed October 2025 \u2013 leaflets distributed to GP surgeries "
                        "and libraries.", "Complete"),
         ]),
    ]),
    ("Part B: Single agency recommendations", [
        ("Metropolitan Police Service", [
            ("MPS1", "Ensure that DASH risk assessments are reviewed by a supervisor within 24 "
                     "hours where the victim declines to answer the questions.",
             "Detective Superintendent, Public Protection (West Area BCU)",
             "Reminder issued to all response and CID supervisors", "Ongoing",
             "Compliance monitored through monthly dip-sampling.", "Green"),
        ]),
        ("London North West University Healthcare NHS Trust", [
            ("LNWH1", "Introduce routine enquiry about domestic abuse at Ealing Hospital "
                      "Emergency Department triage, with a flag to the hospital IDVA.",
             "Named Nurse for Safeguarding Adults", "Triage form updated; IDVA referral "
                                                    "pathway agreed", "31/03/2026", "",
             "Green"),
            ("LNWH2", "Include the learning from this review in level 3 adult safeguarding "
                      "training.",
             "Named Nurse for Safeguarding Adults; Safeguarding Training Lead",
             "Case study drafted", "Q4 2025/26", "", "Green"),
        ]),
    ]),
]
EA_RAGFILL = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}


def build_ealing():
    doc = docx.Document()
    landscape(doc)
    doc.add_heading(EA_TITLE, level=0)
    doc.add_paragraph("Action plan updated: February 2026 (for the Safer Ealing Partnership "
                      "Board, 5 March 2026)")
    doc.add_paragraph("Document control").runs[0].bold = True
    dc = doc.add_table(rows=1, cols=4)
    dc.style = "Table Grid"
    header_row(dc, ["Version", "Date", "Author", "Comments"], hexcol="595959")
    for row in [("1.0", "14/11/2024", "DHR Independent Chair", "Agreed with the overview report"),
                ("1.1", "20/06/2025", "Community Safety Team", "Q1 progress added"),
                ("1.2", "18/02/2026", "Community Safety Team", "Q3 progress added")]:
        cells = dc.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v)
    heads = ["Ref", "Action to take", "Lead agency", "Key milestones", "Target date",
             "Completion date and outcome", "RAG"]
    for part, sections in EA_PARTS:
        doc.add_heading(part, level=1)
        for section, acts in sections:
            doc.add_heading(section, level=2)
            t = doc.add_table(rows=1, cols=len(heads))
            t.style = "Table Grid"
            header_row(t, heads)
            for a in acts:
                cells = t.add_row().cells
                for i, v in enumerate(a):
                    set_cell(cells[i], v)
                shade(cells[6], EA_RAGFILL[a[6]])
            doc.add_paragraph("")
    doc.add_paragraph("RAG key: Complete \u2013 action completed and evidenced; Green \u2013 on "
                      "track; Amber \u2013 delayed but recoverable; Red \u2013 off track.")
    doc.save(os.path.join(HERE, EA_FILE))


# ---------------------------------------------------------------------------
# 6. Broxtowe BC transformation programme highlight report (csv export)
# ---------------------------------------------------------------------------
BX_FILE = "mb2-broxtowe-bc-transformation-programme-highlight-report.csv"
BX_TITLE = "Broxtowe Borough Council \u2013 Transformation Programme Highlight Report"
BX_WORKSTREAMS = [
    ("Workstream 1: Customer Access and Digital", [
        ("T1.1", "Launch the new customer portal for council tax and benefits self-service",
         "Head of Revenues, Benefits and Customer Services", "30/09/2025", "30/09/2025", "Blue",
         "Went live 29 September; 1,240 accounts created in the first month."),
        ("T1.2", "Replace the telephony system and introduce call-back for the contact centre",
         "Head of ICT and Digital Services", "31/10/2025", "31/03/2026", "Amber",
         "Supplier delay on number porting; go-live moved to March 2026."),
        ("T1.3", "Move the remaining 14 paper forms to online forms",
         "Digital Lead / Web Manager", "31/12/2025", "28/02/2026", "Amber",
         "9 of 14 forms live."),
    ]),
    ("Workstream 2: Housing Repairs and Asset Management", [
        ("T2.1", "Procure and implement a new housing repairs scheduling system",
         "Head of Asset Management and Development", "31/01/2026", "31/01/2026", "Green",
         "Contract awarded; data migration testing in progress."),
        ("T2.2", "Complete stock condition surveys on 100% of council homes",
         "Asset Manager", "Mar-26", "Jun-26", "Red",
         "Surveys at 61%; no access at around 300 homes. Extra contractor resource needs a "
         "Board decision."),
    ]),
    ("Workstream 3: Workforce and Ways of Working", [
        ("T3.1", "Roll out Microsoft 365 and Teams telephony to all office-based staff",
         "Head of ICT and Digital Services", "30/11/2025", "30/11/2025", "Blue",
         "Complete."),
        ("T3.2", "Agree the new hybrid working policy with UNISON",
         "Head of HR & Organisational Development", "31/12/2025", "31/12/2025", "Blue",
         "Agreed at the Joint Consultative Committee on 10 December."),
        ("T3.3", "Launch the management development programme for team leaders",
         "Claire Wilkins and Sandeep Rai", "30/04/2026", "30/04/2026", "Green",
         "Provider appointed; first cohort of 16 confirmed."),
    ]),
    ("Workstream 4: Commercial and Income", [
        ("T4.1", "Introduce online renewals with direct debit for the garden waste subscription",
         "Head of Environment", "31/01/2026", "31/01/2026", "Green",
         "Renewal campaign starts 12 January."),
        ("T4.2", "Review fees and charges against neighbouring councils for the 2026/27 budget",
         "Chief Accountant", "31/12/2025", "31/01/2026", "Amber",
         "Benchmarking complete; report to Cabinet in February."),
    ]),
]


def build_broxtowe():
    ncol = 7
    rows = [
        [BX_TITLE],
        ["Reporting period: Quarter 3 2025/26 (October \u2013 December 2025)"],
        ["Programme sponsor: Deputy Chief Executive; Programme manager: Transformation and "
         "Improvement Manager"],
        [],
        ["Overall programme status", "Amber"],
        ["Status key: Blue = complete; Green = on track; Amber = at risk, mitigation in place; "
         "Red = off track, needs Transformation Board decision"],
        [],
        ["Ref", "Milestone / action", "Owner", "Baseline date", "Forecast date", "Status",
         "Commentary"],
    ]
    for ws_name, acts in BX_WORKSTREAMS:
        rows.append([ws_name])
        for a in acts:
            rows.append(list(a))
    counts = {}
    for _, acts in BX_WORKSTREAMS:
        for a in acts:
            counts[a[5]] = counts.get(a[5], 0) + 1
    rows += [
        [],
        ["Milestone summary"],
        ["Blue", str(counts.get("Blue", 0))],
        ["Green", str(counts.get("Green", 0))],
        ["Amber", str(counts.get("Amber", 0))],
        ["Red", str(counts.get("Red", 0))],
        ["Total", str(sum(counts.values()))],
        [],
        ["Key risks and issues"],
        ["Telephony go-live slippage may delay the contact centre restructure (T1.2)."],
        ["Decisions required from Transformation Board"],
        ["Approve additional contractor resource for stock condition surveys (T2.2)."],
    ]
    path = os.path.join(HERE, BX_FILE)
    with open(path, "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f)
        for row in rows:
            w.writerow(row + [""] * (ncol - len(row)))


# ---------------------------------------------------------------------------
# 7. Safer Swindon Partnership - CSP plan delivery plan 2025/26 (plain text export)
# ---------------------------------------------------------------------------
SW_FILE = "mb2-safer-swindon-partnership-community-safety-plan-2025-26-delivery-plan.txt"
SW_TITLE = ("Safer Swindon Partnership: Community Safety Partnership Plan 2025\u20132028 "
            "\u2013 Delivery Plan 2025/26")
SW_PRIORITIES = [
    ("PRIORITY 1: SERIOUS VIOLENCE AND KNIFE CRIME", [
        ("1.1", "Refresh the serious violence strategic needs assessment and publish the updated "
                "Serious Violence Duty strategy.",
         "Community Safety Manager (SBC)", "June 2025", "C", "Published 30 June 2025."),
        ("1.2", "Install two further bleed control kits in the town centre night-time economy "
                "area.",
         "Wiltshire Police & Swindon BID", "Sept 2025", "C",
         "Kits installed at Regent Circus and Theatre Square."),
        ("1.3", "Deliver knife crime awareness sessions in all secondary schools and the two "
                "pupil referral units.",
         "Violence Reduction Coordinator", "Q4 2025/26", "G", "11 of 16 settings visited."),
    ]),
    ("PRIORITY 2: DOMESTIC ABUSE AND VIOLENCE AGAINST WOMEN AND GIRLS", [
        ("2.1", "Recommission the community domestic abuse outreach and IDVA service from "
                "April 2026.",
         "Head of Commissioning (Adults and Communities)", "Mar 2026", "A",
         "Tender evaluation later than planned; contract award expected in March."),
        ("2.2", "Extend the Ask for ANGELA scheme to all licensed premises in Old Town and the "
                "town centre.",
         "Licensing Manager; Night Time Economy Coordinator", "Dec 2025", "R",
         "40% of premises signed up; relaunch with Swindon BID planned for February."),
        ("2.3", "Train 200 frontline staff across partner agencies in the use of the DASH risk "
                "checklist.",
         "Swindon Domestic Abuse Coordinator", "Ongoing", "G", "148 staff trained to date."),
    ]),
    ("PRIORITY 3: ANTI-SOCIAL BEHAVIOUR AND NEIGHBOURHOOD CRIME", [
        ("3.1", "Launch an online ASB Case Review (Community Trigger) request form on the "
                "council website.",
         "ASB Team Leader", "31/07/2025", "C", "Form live from 14 July 2025."),
        ("3.2", "Run joint days of action with Wiltshire Police and housing officers in Penhill "
                "and Pinehurst each quarter.",
         "Neighbourhood Policing Inspector (Swindon North)", "Quarterly", "G",
         "Q3 day of action held 27 November 2025."),
    ]),
    ("PRIORITY 4: DRUGS, ALCOHOL AND EXPLOITATION", [
        ("4.1", "Map county lines exploitation hotspots with the Missing, Exploited and "
                "Trafficked (MET) panel and agree a disruption plan.",
         "Swindon CID Detective Inspector", "Feb 2026", "G",
         "Mapping complete; disruption plan to MET panel in February."),
        ("4.2", "Open a second drug and alcohol treatment hub in west Swindon.",
         "Public Health Consultant (Substance Misuse) and Turning Point Service Manager",
         "Jul 2026", "NS", "Premises search to start in Q4."),
    ]),
]


def build_swindon():
    rule = "-" * 78
    out = [
        SW_TITLE,
        "Quarter 3 progress update \u2013 prepared for the Safer Swindon Partnership Board, "
        "21 January 2026",
        "",
        "Status key: C = complete; G = on track; A = some slippage; R = off track; "
        "NS = not started",
        "",
    ]
    n = {"C": 0, "G": 0, "A": 0, "R": 0, "NS": 0}
    total = 0
    for heading, acts in SW_PRIORITIES:
        out += [rule, heading, rule, ""]
        for ref, text, lead, due, status, upd in acts:
            out.append(f"{ref}  {text}")
            out.append(f"     Lead:   {lead}")
            out.append(f"     Due:    {due}")
            out.append(f"     Status: {status}")
            out.append(f"     Update: {upd}")
            out.append("")
            n[status] += 1
            total += 1
    out += [
        rule,
        f"Summary: {total} actions \u2013 {n['C']} complete, {n['G']} on track, "
        f"{n['A']} some slippage, {n['R']} off track, {n['NS']} not started",
        "",
        "Contact: Community Safety Team, Swindon Borough Council, Civic Offices, Euclid Street, "
        "Swindon SN1 2JH",
    ]
    with open(os.path.join(HERE, SW_FILE), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def main():
    build_west_lothian()
    build_norfolk_waveney()
    build_luton()
    build_royal_wolverhampton()
    build_ealing()
    build_broxtowe()
    build_swindon()
    print("Luton typo row:", LU_TYPO_ROW)


if __name__ == "__main__":
    main()
