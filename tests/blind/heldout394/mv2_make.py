"""Build the seven mv2- data files of set heldout394.

Run with /work/main/.venv/bin/python mv2_make.py (writes beside this script).
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "R": "FF0000",
    "A": "FFC000",
    "G": "00B050",
    "B": "00B0F0",
}
THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def out(name):
    return os.path.join(HERE, name)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Somerset NHS FT - Board of Directors (Part A) action schedule (xlsx)
# ---------------------------------------------------------------------------
def somerset_board_log():
    wb = Workbook()
    ws = wb.active
    ws.title = "Open Actions"
    ws["A1"] = "Somerset NHS Foundation Trust – Board of Directors (Part A) Action Schedule"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:J1")
    ws["A2"] = ("Schedule of actions arising from Board meetings held in public – "
                "position as at 25 November 2025")
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:J2")
    ws["A3"] = "RAG key:"
    ws["A3"].font = Font(bold=True)
    key = [("B", "B = Action complete – proposed for closure"),
           ("G", "G = On track / not yet due"),
           ("A", "A = At risk of missing due date"),
           ("R", "R = Overdue")]
    for i, (k, txt) in enumerate(key):
        c = ws.cell(row=3, column=2 + i, value=txt)
        c.fill = fill(FILL[k])
    head = ["Action No.", "Date of Meeting", "Minute Ref", "Agenda Item", "Action",
            "Lead", "Due Date", "Revised Due Date", "Progress Update", "RAG"]
    for j, h in enumerate(head, 1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.border = BORDER
        c.alignment = WRAP
    rows = [
        ["BoD/25/18", d(2025, 5, 6), "PB 052/25", "Integrated Performance Report",
         "Provide the Board with a recovery trajectory for the 62-day cancer standard by tumour "
         "site, including the expected impact of additional dermatology capacity.",
         "Chief Operating Officer", d(2025, 9, 30), d(2026, 1, 31),
         "Trajectory drafted. Dermatology insourcing contract delayed to December; revised date "
         "agreed by the Finance and Performance Committee on 21 October 2025.", "A"],
        ["BoD/25/24", d(2025, 7, 1), "PB 081/25", "Patient Story",
         "Provide a follow-up report on the Accessible Information Standard actions arising from "
         "the patient story, including large-print and text-message appointment letters for "
         "patients with sight loss.",
         "Chief Nursing Officer / Director of Digital Services", d(2025, 12, 2), None,
         "Scheduled on the December Board agenda.", "G"],
        ["BoD/25/27", d(2025, 7, 1), "PB 086/25", "Freedom to Speak Up Guardian Report",
         "Benchmark the number of concerns raised by medical staff against peer trusts in the "
         "National Guardian's Office data and report the findings to the People Committee.",
         "Director of People and Organisational Development", "Sept 2025", "Dec 2025",
         "Benchmarking presented to People Committee on 18 November 2025; findings to be "
         "triangulated with the 2025 staff survey before reporting to Board.", "A"],
        ["BoD/25/33", d(2025, 9, 2), "PB 109/25", "Maternity and Neonatal Safety Report",
         "Confirm the timetable for full compliance with Saving Babies' Lives Care Bundle element 4 "
         "(effective fetal monitoring during labour) at Musgrove Park Hospital and Yeovil District "
         "Hospital.",
         "CNO", "Nov-25", None,
         "Compliance 91% at end of October; shortfall relates to CTG training at Yeovil. "
         "Timetable not yet confirmed.", "R"],
        ["BoD/25/35", d(2025, 9, 2), "PB 112/25", "Green Plan Annual Report",
         "Set out a trajectory for decarbonising the heating of the acute estate at both acute "
         "sites in the next annual Green Plan report.",
         "Director of Strategy and Digital Development", d(2026, 9, 30), None,
         "Not yet due.", "G"],
        ["BoD/25/38", d(2025, 10, 7), "PB 128/25", "Board Assurance Framework",
         "Review the risk appetite statement for financial sustainability in light of the 2025/26 "
         "deficit position.\nProposal to be brought to the January Board development session.",
         "CFO, DCS", "Jan-26", None,
         "Development session booked for 13 January 2026.", "G"],
        ["BoD/25/40", d(2025, 10, 7), "PB 131/25", "Estates and Facilities Safety Report",
         "Provide assurance on the completion of fire compartmentation remedial works in Ward 10 "
         "and the Duchess Building at Musgrove Park Hospital.",
         "Director of Estates and Facilities", "31/03/2026", None,
         "New action – first update due January 2026.", None],
    ]
    r = 6
    for row in rows:
        for j, v in enumerate(row, 1):
            c = ws.cell(row=r, column=j, value=v)
            c.border = BORDER
            c.alignment = WRAP
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy" if j == 2 else "mmm-yy"
        if rows.index(row) == 1:
            ws.cell(row=r, column=7).number_format = "dd/mm/yyyy"
        rag = row[9]
        if rag:
            ws.cell(row=r, column=10).fill = fill(FILL[rag])
            ws.cell(row=r, column=10).alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    r += 1
    ws.cell(row=r, column=1, value=("Note: actions rated B are proposed for closure and will be moved "
                                    "to the Closed Actions tab once closure is agreed by the Board."))
    ws.cell(row=r, column=1).font = Font(italic=True)
    widths = [11, 12, 11, 22, 60, 26, 11, 11, 50, 6]
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[chr(64 + j)].width = w

    ws2 = wb.create_sheet("Closed Actions")
    ws2["A1"] = "Board of Directors (Part A) – Closed Actions 2025/26"
    ws2["A1"].font = Font(bold=True, size=12)
    ws2.merge_cells("A1:J1")
    head2 = ["Action No.", "Date of Meeting", "Minute Ref", "Agenda Item", "Action", "Lead",
             "Due Date", "Date Closed", "Closure Note", "RAG"]
    for j, h in enumerate(head2, 1):
        c = ws2.cell(row=3, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.border = BORDER
    closed = [
        ["BoD/25/12", d(2025, 3, 4), "PB 031/25", "Urgent and Emergency Care Winter Review",
         "Circulate the lessons learned from the winter 2024/25 OPEL 4 declarations to all Board "
         "members.", "Chief Operating Officer", "Apr-25", d(2025, 4, 14),
         "Circulated 14 April 2025.", "B"],
        ["BoD/25/21", d(2025, 5, 6), "PB 058/25", "Annual Plan 2025/26",
         "Confirm the capital allocation for the endoscopy expansion at Yeovil District Hospital.",
         "Chief Finance Officer", d(2025, 6, 30), d(2025, 6, 24),
         "Confirmed at Finance and Performance Committee, June 2025.", "B"],
        ["BoD/25/29", d(2025, 7, 1), "PB 090/25", "Guardian of Safe Working Hours Report",
         "Include exception reports broken down by specialty in future reports to the People "
         "Committee.", "Chief Medical Officer", "Sep-25", d(2025, 9, 16),
         "Included in the Q1 report.", "B"],
    ]
    r = 4
    for row in closed:
        for j, v in enumerate(row, 1):
            c = ws2.cell(row=r, column=j, value=v)
            c.border = BORDER
            c.alignment = WRAP
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        ws2.cell(row=r, column=10).fill = fill(FILL["B"])
        r += 1
    for j, w in enumerate(widths, 1):
        ws2.column_dimensions[chr(64 + j)].width = w
    wb.save(out("mv2-somerset-nhsft-board-of-directors-public-action-log.xlsx"))


# ---------------------------------------------------------------------------
# 2. North Somerset Council - corporate risk register Q3 (xlsx, refuse)
# ---------------------------------------------------------------------------
def north_somerset_crr():
    wb = Workbook()
    ws = wb.active
    ws.title = "CRR Q3 2025-26"
    ws["A1"] = "North Somerset Council – Corporate Risk Register"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Quarter 3 2025/26 (position at 31 December 2025)"
    ws["A3"] = "Presented to Audit Committee – 29 January 2026"
    ws["A3"].font = Font(italic=True)
    head = ["Risk Ref", "Risk Description (Cause – Event – Effect)", "Risk Owner",
            "Inherent Risk (L x I)", "Key Controls in Place", "Current Risk (L x I)",
            "Further Actions Required", "Action Owner", "Target Date", "Target Risk (L x I)",
            "Direction of Travel"]
    for j, h in enumerate(head, 1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F4E78")
        c.border = BORDER
        c.alignment = WRAP

    def score_fill(s):
        n = int(s.split("=")[1])
        if n >= 15:
            return "FF0000"
        if n >= 8:
            return "FFC000"
        return "92D050"

    risks = [
        ("CR1",
         "Financial sustainability: rising demand and inflation outstrip funding, so the Council "
         "cannot set a balanced budget for 2026/27 and the medium term, leading to unplanned "
         "service reductions or a section 114 notice.",
         "Director of Corporate Services (S151 Officer)", "5 x 5 = 25",
         "Monthly budget monitoring to Executive; savings tracker; spending controls panel; "
         "reserves strategy.", "4 x 5 = 20", "3 x 4 = 12", "↔",
         [("Deliver the 2026/27 budget savings programme of £18.4m and report progress monthly to "
           "the Corporate Leadership Team.", "Director of Corporate Services", "31/03/2026"),
          ("Refresh the Medium Term Financial Strategy to 2029/30 following the provisional local "
           "government finance settlement.", "Head of Finance", "Feb-26"),
          ("Complete the review of the adequacy of general and earmarked reserves.",
           "Head of Finance", "March 2026")]),
        ("CR2",
         "High Needs Block deficit: demand for EHC plans and independent specialist placements "
         "continues to grow, increasing the cumulative Dedicated Schools Grant deficit when the "
         "statutory override ends.",
         "Director of Children's Services", "5 x 4 = 20",
         "DBV in SEND programme; SEND sufficiency plan; Schools Forum oversight.",
         "5 x 4 = 20", "4 x 3 = 12", "↑",
         [("Deliver the High Needs Block deficit management plan and report progress to Schools "
           "Forum.", "Director of Children's Services", "Termly"),
          ("Open 48 additional specialist resource base places in mainstream schools.",
           "Head of SEND and Inclusion", "Sept 2026")]),
        ("CR3",
         "Adult social care market: provider failure or insufficient homecare and nursing capacity "
         "means people cannot be discharged from hospital or supported at home.",
         "Director of Adult Social Services", "4 x 4 = 16",
         "Market position statement; provider risk dashboard; hospital discharge funding.",
         "3 x 4 = 12", "2 x 4 = 8", "↓",
         [("Complete the fair cost of care exercise for homecare and agree 2026/27 fee uplifts.",
           "Director of Adult Social Services", "Jan-26"),
          ("Commission additional extra care housing capacity in Weston-super-Mare.",
           "Assistant Director, Commissioning", "Febuary 2026")]),
        ("CR4",
         "Cyber security: a successful cyber attack disrupts council systems and data, leading to "
         "loss of services, data breach and reputational damage.",
         "Chief Digital Officer", "5 x 5 = 25",
         "Firewalls and endpoint protection; PSN compliance; staff phishing training; offline "
         "backups.", "3 x 5 = 15", "2 x 5 = 10", "↔",
         [("Test the ICT disaster recovery plan with a full restore of priority systems from "
           "offline backups.", "Head of ICT Infrastructure", "30/04/2026"),
          ("Achieve Cyber Assessment Framework baseline compliance.", "Chief Digital Officer",
           "June 2026")]),
        ("CR5",
         "Workforce: difficulty recruiting and retaining staff in social work, planning and "
         "environmental health leads to service delays and reliance on agency staff.",
         "Director of Corporate Services", "4 x 4 = 16",
         "Recruitment and retention strategy; market supplements; apprenticeships.",
         "4 x 3 = 12", "3 x 3 = 9", "↔",
         [("Launch the 'Grow our own' social work academy for the 2026 cohort.",
           "Head of HR and Organisational Development", "September 2026")]),
    ]
    r = 6
    for ref, desc, owner, inh, ctrl, cur, tgt, trend, actions in risks:
        first = r
        for (act, aown, date) in actions:
            ws.cell(row=r, column=7, value=act)
            ws.cell(row=r, column=8, value=aown)
            ws.cell(row=r, column=9, value=date)
            for j in range(1, 12):
                ws.cell(row=r, column=j).border = BORDER
                ws.cell(row=r, column=j).alignment = WRAP
            r += 1
        last = r - 1
        vals = {1: ref, 2: desc, 3: owner, 4: inh, 5: ctrl, 6: cur, 10: tgt, 11: trend}
        for col, v in vals.items():
            ws.cell(row=first, column=col, value=v)
            if last > first:
                ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
        ws.cell(row=first, column=4).fill = fill(score_fill(inh))
        ws.cell(row=first, column=6).fill = fill(score_fill(cur))
        ws.cell(row=first, column=10).fill = fill(score_fill(tgt))
    r += 1
    ws.cell(row=r, column=1, value="Direction of travel: ↑ risk increasing  ↔ no change  ↓ risk reducing")
    ws.cell(row=r + 1, column=1, value="Scores: Likelihood (L) x Impact (I), each 1–5. "
                                       "15–25 Red, 8–12 Amber, 1–6 Green. See Scoring Matrix tab.")
    widths = [8, 45, 22, 12, 36, 12, 50, 26, 13, 12, 10]
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[chr(64 + j)].width = w

    ws2 = wb.create_sheet("Scoring Matrix")
    ws2["A1"] = "Risk scoring matrix"
    ws2["A1"].font = Font(bold=True)
    ws2["A3"] = "Likelihood \\ Impact"
    for i in range(1, 6):
        ws2.cell(row=3, column=1 + i, value=i)
        ws2.cell(row=3 + i, column=1, value=6 - i)
        for j in range(1, 6):
            s = (6 - i) * j
            c = ws2.cell(row=3 + i, column=1 + j, value=s)
            c.fill = fill("FF0000" if s >= 15 else "FFC000" if s >= 8 else "92D050")
    wb.save(out("mv2-north-somerset-council-corporate-risk-register-q3-2025-26-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# 3. UHBW - maternity and neonatal improvement plan (xlsx)
# ---------------------------------------------------------------------------
def uhbw_maternity():
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = "Maternity and Neonatal Improvement Plan 2025/26"
    cv["A1"].font = Font(bold=True, size=16)
    cv["A2"] = "University Hospitals Bristol and Weston NHS Foundation Trust – Women's and Children's Division"
    cv["A4"] = "Document control"
    cv["A4"].font = Font(bold=True)
    ctrl = [("Version", "3.2"),
            ("Date", d(2025, 10, 14)),
            ("Plan owner", "Director of Midwifery and Nursing"),
            ("Executive sponsor", "Chief Nursing Officer (Board Maternity Safety Champion)"),
            ("Reporting to", "Maternity and Neonatal Assurance Group; Quality and Outcomes Committee"),
            ("Next review", "January 2026")]
    for i, (k, v) in enumerate(ctrl, 5):
        cv.cell(row=i, column=1, value=k).font = Font(bold=True)
        c = cv.cell(row=i, column=2, value=v)
        if isinstance(v, dt.datetime):
            c.number_format = "dd/mm/yyyy"
        cv.cell(row=i, column=1).border = BORDER
        cv.cell(row=i, column=2).border = BORDER
    cv["A12"] = "RAG rating key"
    cv["A12"].font = Font(bold=True)
    keyrows = [("B", "Blue", "Complete – evidence of sustained delivery"),
               ("G", "Green", "On track to deliver by the completion date"),
               ("A", "Amber", "At risk – mitigation in place"),
               ("R", "Red", "Off track – will not deliver by the completion date"),
               (None, "No colour", "Not yet started")]
    for i, (k, name, txt) in enumerate(keyrows, 13):
        c = cv.cell(row=i, column=1, value=name)
        if k:
            c.fill = fill(FILL[k])
        cv.cell(row=i, column=2, value=txt)
    cv.column_dimensions["A"].width = 22
    cv.column_dimensions["B"].width = 70

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = "Maternity and Neonatal Improvement Plan – progress at 30 September 2025"
    ws["A1"].font = Font(bold=True, size=13)
    head = ["Ref", "Source / driver", "Action", "Lead(s)", "Original completion date",
            "Revised completion date", "Progress update", "Evidence / assurance",
            "Previous RAG (Jun-25)", "Current RAG (Sep-25)"]
    for j, h in enumerate(head, 1):
        c = ws.cell(row=3, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.border = BORDER
        c.alignment = WRAP
    T = "theme"
    O = "obj"
    plan = [
        (T, "Theme 1: Listening to and working with women and families with compassion"),
        (O, "Objective 1: Care that is personalised"),
        ("1.1", "Three-year delivery plan; CQC maternity survey 2024",
         "Offer every woman a personalised care and support plan at booking, reviewed at 28 and 36 "
         "weeks, and audit completion quarterly.",
         "Consultant Midwife – Public Health", d(2025, 3, 31), d(2025, 12, 31),
         "Personalised care plan in BadgerNet pilot; Q2 audit 78% completion at 36 weeks.",
         "Quarterly audit report to MNAG", "A", "G"),
        ("1.2", "MNVP 15 Steps for Maternity",
         "Co-produce the revised induction of labour information leaflet and video with the "
         "Maternity and Neonatal Voices Partnership (MNVP).",
         "Patient Experience Midwife / MNVP Lead", "30/06/2025", None,
         "Leaflet launched July 2025; video available in six languages.",
         "MNVP sign-off minutes", "G", "B"),
        (O, "Objective 3: Care that is equitable"),
        ("1.3", "LMNS Equity and Equality Action Plan",
         "Implement the equity and equality action plan for Black, Asian and mixed ethnicity "
         "women, including continuity of carer for the Lawrence Hill and Easton community team.",
         "Director of Midwifery and Nursing", "Q4 2025/26", None,
         "Continuity team 60% staffed; recruitment to remaining posts under way.",
         "BNSSG LMNS equity dashboard", "A", "A"),
        (T, "Theme 2: Growing, retaining and supporting our workforce"),
        (O, "Objective 4: Grow our workforce"),
        ("2.1", "Birthrate Plus review 2024",
         "Recruit to the funded midwifery establishment identified by the 2024 Birthrate Plus "
         "review (a further 14.6 WTE midwives).",
         "Deputy Director of Midwifery", d(2025, 9, 30), d(2026, 3, 31),
         "8.2 WTE recruited; international recruitment cohort delayed by visa processing.",
         "Monthly safe staffing report to Board", "R", "R"),
        (O, "Objective 5: Value and retain our workforce"),
        ("2.2", "NHS England retention midwife programme",
         "Launch the preceptorship and legacy mentor programme for newly qualified and "
         "late-career midwives.",
         "Practice Development Midwife", d(2025, 6, 30), None,
         "Programme launched June 2025; 22 preceptees enrolled.",
         "Programme evaluation", "G", "B"),
        ("2.3", "Neonatal critical care review / BAPM standards",
         "Achieve 70% of neonatal nurses Qualified in Speciality (QIS) in the Neonatal Intensive "
         "Care Unit.",
         "Neonatal Matron / Neonatal Lead Nurse", "March 2026", None,
         "QIS at 64%; six nurses on the 2025/26 course.",
         "Neonatal workforce tool", "A", "A"),
        (T, "Theme 3: Developing and sustaining a culture of safety, learning and support"),
        (O, "Objective 7: Develop a positive safety culture"),
        ("3.1", "Perinatal Culture and Leadership Programme",
         "Turn the SCORE culture survey diagnostic findings into a local culture improvement plan "
         "owned by the perinatal leadership team.",
         "Director of Midwifery and Nursing / Obstetric Clinical Director", d(2025, 12, 31), None,
         "Listening events held in August and September; draft plan to MNAG in November.",
         "SCORE survey results; MNAG minutes", "G", "G"),
        (O, "Objective 8: Learning and improving"),
        ("3.2", "PSIRF maternity priorities",
         "Complete the thematic review of postpartum haemorrhage over 1500ml under the Patient "
         "Safety Incident Response Framework and implement the resulting actions.",
         "Maternity Governance Lead", d(2025, 10, 31), "Jan-26",
         "Thematic review complete; quality improvement project on PPH risk assessment started.",
         "Thematic review report", "A", "G"),
        (T, "Theme 4: Standards and structures that underpin safer, more personalised, and more "
            "equitable care"),
        (O, "Objective 10: Standards to ensure best practice"),
        ("4.1", "Maternity Incentive Scheme year 7",
         "Achieve full compliance with all ten Maternity Incentive Scheme (year 7) safety actions "
         "and submit the Board declaration.",
         "Head of Maternity Governance and Assurance", "03/03/2026", None,
         "Eight of ten safety actions on track; safety action 8 (training) at risk.",
         "MIS evidence tracker", "G", "G"),
        ("4.2", "Saving Babies' Lives Care Bundle v3",
         "Audit compliance with Saving Babies' Lives Care Bundle v3 element 2 (fetal growth "
         "restriction) and report through the LMNS.",
         "Fetal Medicine Lead Consultant", "Quarterly", None,
         "Q2 audit 88% compliance with uterine artery Doppler pathway.",
         "LMNS SBLCBv3 implementation tool", "G", "G"),
        (O, "Objective 12: Make better use of digital technology in maternity and neonatal services"),
        ("4.3", "Three-year delivery plan; digital maternity record",
         "Go live with the BadgerNet maternity electronic patient record at St Michael's Hospital "
         "and in the community midwifery teams.",
         "Digital Midwife / Chief Clinical Information Officer", d(2025, 11, 30), d(2026, 2, 28),
         "Go-live rescheduled to February 2026; build and testing start in November.",
         "Project board highlight report", None, None),
    ]
    r = 4
    for item in plan:
        if item[0] == T:
            ws.cell(row=r, column=1, value=item[1])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
            ws.cell(row=r, column=1).font = Font(bold=True, color="FFFFFF")
            ws.cell(row=r, column=1).fill = fill("7030A0")
        elif item[0] == O:
            ws.cell(row=r, column=1, value=item[1])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
            ws.cell(row=r, column=1).font = Font(bold=True, italic=True)
            ws.cell(row=r, column=1).fill = fill("E4DFEC")
        else:
            ref, src, act, lead, orig, rev, upd, ev, prev, cur = item
            vals = [ref, src, act, lead, orig, rev, upd, ev, prev, None]
            for j, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=j, value=v)
                c.border = BORDER
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if prev:
                ws.cell(row=r, column=9).fill = fill(FILL[prev])
            if cur:
                ws.cell(row=r, column=10).fill = fill(FILL[cur])
            ws.cell(row=r, column=10).border = BORDER
        r += 1
    widths = [6, 24, 55, 28, 13, 13, 45, 26, 10, 10]
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[chr(64 + j)].width = w

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary by current RAG (September 2025)"
    sm["A1"].font = Font(bold=True)
    summ = [("Complete", 2), ("On track", 5), ("At risk", 2), ("Off track", 1),
            ("Not yet started", 1), ("Total actions", 11)]
    for i, (k, n) in enumerate(summ, 3):
        sm.cell(row=i, column=1, value=k)
        sm.cell(row=i, column=2, value=n)
    sm.column_dimensions["A"].width = 20
    wb.save(out("mv2-university-hospitals-bristol-and-weston-nhsft-maternity-neonatal-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def bold_cell(cell, text):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True


# ---------------------------------------------------------------------------
# 4. Devon Partnership NHS Trust - SAR Mr T single agency action plan (docx)
# ---------------------------------------------------------------------------
def dpt_sar():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    p.add_run("Devon Partnership NHS Trust").bold = True
    doc.add_paragraph("Safeguarding Adults Review ‘Mr T’ – Single Agency Action Plan", style="Title")
    doc.add_paragraph("Torbay and Devon Safeguarding Adults Partnership (TDSAP) – SAR published 10 June 2025")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Document owner", "Named Professional for Safeguarding Adults"),
                 ("Version", "1.3"),
                 ("Date of this update", "03/11/2025"),
                 ("Monitored by", "Trust Safeguarding Group and TDSAP SAR Core Group")]:
        row = t.add_row().cells
        bold_cell(row[0], k)
        row[1].text = v

    doc.add_heading("Purpose", level=2)
    doc.add_paragraph(
        "This plan sets out the Trust's response to the three recommendations of the SAR that are "
        "addressed to partner agencies. Progress is reported to the Trust Safeguarding Group "
        "every two months and to the TDSAP SAR Core Group quarterly.")

    doc.add_paragraph().add_run("RAG rating").bold = True
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for name, hex_, txt in [("Blue", "00B0F0", "Action complete and evidenced"),
                            ("Green", "00B050", "On track"),
                            ("Amber", "FFC000", "Some slippage – revised date agreed"),
                            ("Red", "FF0000", "Off track – escalated to Safeguarding Group")]:
        row = k.add_row().cells
        row[0].text = name
        shade(row[0], hex_)
        row[1].text = txt

    recs = [
        ("Recommendation 1: Self-neglect and professional curiosity",
         "TDSAP recommends that partner agencies assure the Board that practitioners apply the "
         "self-neglect guidance, including exploring the person's history and the reasons for "
         "disengagement, before closing a case for non-attendance.",
         [("1.1", "Review the Trust's Did Not Attend / Was Not Brought policy so that no adult with a "
                  "severe mental illness is discharged for non-engagement without a "
                  "multidisciplinary discussion and a documented risk assessment.",
           "Associate Director of Nursing (Community Mental Health)", "30th September 2025",
           "Policy revised and ratified at Clinical Effectiveness Group 22/09/2025.", "Blue"),
          ("1.2", "Deliver self-neglect and professional curiosity training to all community mental "
                  "health team practitioners, with attendance reported monthly to the Safeguarding "
                  "Group.",
           "Named Professional for Safeguarding Adults / Safeguarding Training Lead", "March 2026",
           "64% of CMHT practitioners trained at end of October.", "Green")]),
        ("Recommendation 2: Multi-agency risk management",
         "Partner agencies should ensure that practitioners know how to convene a multi-agency risk "
         "management meeting where an adult's risk is escalating and a single agency cannot manage "
         "it.",
         [("2.1", "Embed the TDSAP multi-agency risk management (MARM) guidance in the Trust's "
                  "safeguarding adults policy and the community mental health framework.",
           "Head of Safeguarding", "Q3 2025/26",
           "Policy update drafted; awaiting TDSAP revised MARM guidance (expected December 2025).",
           "Amber"),
          ("2.2", "Audit a sample of 20 cases where a MARM was indicated to test whether one was "
                  "convened, and report the findings to the Safeguarding Group.",
           "Safeguarding Adults Practitioner", "End of February 2026",
           "Audit tool agreed; sampling to start in January.", "Not started")]),
        ("Recommendation 3: Physical health of people with severe mental illness",
         "Agencies should assure the Board that the physical health needs of adults with severe "
         "mental illness are identified and followed up, including when the person declines or "
         "does not attend appointments.",
         [("3.1", "Introduce a physical health alert in the electronic patient record for patients on "
                  "the SMI register who have missed two or more physical health checks.",
           "Physical Health Lead Nurse / Head of Clinical Systems", "31/01/2026",
           "Alert specified; build scheduled for December release.", "Green"),
          ("3.2", "Agree an information-sharing pathway with GP practices so that missed annual SMI "
                  "health checks are shared with the care coordinator.",
           "Deputy Director of Nursing", "Ongoing – reviewed quarterly with NHS Devon ICB",
           "Pathway piloted with two primary care networks in Exeter.", "Amber"),
          ("3.3", "Share the learning from SAR Mr T through a 7-minute briefing and the Trust's "
                  "Safeguarding Adults Week 2025 programme.",
           "Named Professional for Safeguarding Adults", "November 2025",
           "7-minute briefing published on the intranet; learning session held 19/11/2025.", "Blue")]),
    ]
    rag_fill = {"Blue": "00B0F0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    for heading, text, acts in recs:
        doc.add_heading(heading, level=2)
        doc.add_paragraph(text)
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, ["Ref", "Action", "Lead", "Target date",
                                          "Progress / evidence", "RAG"]):
            bold_cell(c, h)
            shade(c, "D9E2F3")
        for a in acts:
            cells = tb.add_row().cells
            for c, v in zip(cells, a):
                c.text = v
            if a[5] in rag_fill:
                shade(cells[5], rag_fill[a[5]])
        doc.add_paragraph()

    doc.add_heading("Sign-off", level=2)
    s = doc.add_table(rows=1, cols=4)
    s.style = "Table Grid"
    vals = ["Approved by", "Director of Nursing and Professions (Executive Lead for Safeguarding)",
            "Date", "05/11/2025"]
    for c, v in zip(s.rows[0].cells, vals):
        c.text = v
    doc.save(out("mv2-devon-partnership-nhs-trust-sar-mr-t-single-agency-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Safer Somerset Partnership - DHR 'Maria' action plan (docx)
# ---------------------------------------------------------------------------
def somerset_dhr():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(9)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)
    sec.header.paragraphs[0].text = "Safer Somerset Partnership – OFFICIAL"
    doc.add_paragraph("Domestic Homicide Review ‘Maria’ – Action Plan", style="Title")
    doc.add_paragraph(
        "The recommendations of the overview report were accepted by the Safer Somerset "
        "Partnership Board on 12 March 2025. Progress is monitored by the DHR Action Plan "
        "Monitoring Group; position as at 30 September 2025.")
    doc.add_paragraph("RAG: Blue – complete; Green – on track; Amber – some delay; "
                      "Red – significant delay or barrier.")

    cols = ["No.", "Recommendation", "Scope of recommendation i.e. local or regional",
            "Action to take", "Lead Agency", "Key milestones achieved in enacting recommendation",
            "Target Date", "Date of completion and Outcome", "RAG"]
    tb = doc.add_table(rows=1, cols=len(cols))
    tb.style = "Table Grid"
    for c, h in zip(tb.rows[0].cells, cols):
        bold_cell(c, h)
        shade(c, "BDD7EE")

    sections = [
        ("Overview Report Recommendations", [
            ("1. Safer Somerset Partnership to seek assurance that all agencies' domestic abuse "
             "training includes economic abuse and coercive control in older people's "
             "relationships.", "Local", [
                ("1.1", "Commission a training needs analysis of partner agencies' domestic abuse "
                        "training content against the Domestic Abuse Statutory Guidance (2022).",
                 "Safer Somerset Partnership",
                 "TNA questionnaire issued to 14 agencies July 2025; 11 returns received.",
                 "December 2025", "", "Green"),
                ("1.2", "Deliver a programme of briefings on economic abuse and older victims to adult "
                        "social care, housing and primary care staff.",
                 "Somerset Council – Domestic Abuse Service / NHS Somerset ICB",
                 "Four briefings delivered (186 staff).", "Mar-26", "", "Green")]),
            ("2. Avon and Somerset Constabulary to ensure that where a DASH risk assessment is "
             "refused, officers record their professional judgement of risk and consider referral "
             "to MARAC.", "Local", [
                ("2.1", "Issue a force-wide briefing and update the domestic abuse investigation "
                        "guidance so that a refused DASH assessment requires a supervisor-reviewed "
                        "professional judgement of risk.",
                 "Avon and Somerset Constabulary",
                 "Briefing issued 3 April 2025. Guidance updated May 2025.", "30/06/2025",
                 "Completed 19/05/2025 – dip-sample of 50 cases showed 94% compliance.", "Blue"),
                ("2.2", "Dip-sample refused DASH cases quarterly for 12 months and report the results "
                        "to the DHR Action Plan Monitoring Group.",
                 "Avon and Somerset Constabulary", "Q1 and Q2 dip-samples reported.", "June 2026",
                 "", "Green")]),
        ]),
        ("Single Agency Recommendations (from Individual Management Reviews)", [
            ("3. Somerset NHS Foundation Trust to ensure that routine enquiry about domestic abuse "
             "is made in the Emergency Department when the patient is seen alone.",
             "Single agency", [
                ("3.1", "Add a mandatory routine enquiry question to the ED nursing assessment in the "
                        "electronic record, with a prompt to ask when the patient is alone.",
                 "Somerset NHS Foundation Trust",
                 "Change request submitted to Digital Services; build delayed by EPR upgrade.",
                 "Q4 2025/26", "", "Amber")]),
            ("4. Somerset Council Adult Social Care to review how carer's assessments consider the "
             "risk of abuse where the carer is also the partner.", "Single agency", [
                ("4.1", "Amend the carer's assessment template to include questions on the "
                        "relationship and any concerns about abuse or control.",
                 "Somerset Council (Adult Social Care)",
                 "Draft template with the Principal Social Worker for approval.",
                 "Within 6 months of publication", "", "Amber"),
                ("4.2", "Audit 30 carer's assessments completed after the template change and report "
                        "the findings to the Safer Somerset Partnership.",
                 "Principal Social Worker", "", "September 2026", "", "")]),
            ("5. Somerset Council Housing to ensure that tenancy officers are trained to recognise "
             "signs of domestic abuse during tenancy visits.", "Single agency", [
                ("5.1", "Achieve Domestic Abuse Housing Alliance (DAHA) accreditation for the "
                        "council's landlord services.",
                 "Somerset Council – Housing Landlord Services",
                 "Self-assessment against the eight DAHA standards completed.",
                 "By 31 March 2027", "", "Green")]),
        ]),
    ]
    rag_fill = {"Blue": "00B0F0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    for sec_title, recs in sections:
        row = tb.add_row()
        merged = row.cells[0].merge(row.cells[-1])
        bold_cell(merged, sec_title)
        shade(merged, "DEEAF6")
        for rec_text, scope, acts in recs:
            first = len(tb.rows)
            for (no, act, lead, miles, target, done, rag) in acts:
                cells = tb.add_row().cells
                cells[0].text = no
                cells[3].text = act
                cells[4].text = lead
                cells[5].text = miles
                cells[6].text = target
                cells[7].text = done
                cells[8].text = rag
                if rag in rag_fill:
                    shade(cells[8], rag_fill[rag])
            last = len(tb.rows) - 1
            for col, v in ((1, rec_text), (2, scope)):
                top = tb.cell(first, col)
                if last > first:
                    top = top.merge(tb.cell(last, col))
                top.text = v
    doc.add_paragraph()
    doc.add_paragraph("Agencies are asked to send updates to the Safer Somerset Partnership DHR "
                      "coordinator two weeks before each Monitoring Group meeting.")
    doc.save(out("mv2-safer-somerset-partnership-dhr-maria-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Devon County Council - transformation programme highlight report (csv)
# ---------------------------------------------------------------------------
def devon_highlight():
    W = 8
    rows = [
        ["Devon County Council – Transformation Programme Highlight Report"],
        ["Reporting period: September 2025"],
        ["Overall programme status: Amber"],
        ["Key: B = Complete; G = On track; A = At risk – recoverable; R = Off track – Programme Board decision needed"],
        [],
        ["Ref", "Milestone / action", "SRO / Lead", "Baseline Date", "Forecast Date", "RAG",
         "Progress this period", "Next steps"],
        ["Workstream 1: Adult Social Care – Promoting Independence"],
        ["1.1", "Expand the reablement service to 650 hours per week using the Market Sustainability "
                "and Improvement Fund allocation.", "Director of Integrated Adult Social Care",
         "31/10/2025", "31/01/2026", "A",
         "Recruitment of 12 reablement workers completed; 4 still in training.",
         "Trial rostering changes in Exeter and Mid Devon."],
        ["1.2", "Launch the Technology Enabled Care offer for all new homecare packages.",
         "Head of Commissioning / TEC Programme Manager", "Sep-25", "Sep-25", "B",
         "Live from 1 September 2025.", "Benefits tracking to Programme Board quarterly."],
        ["1.3", "Review all residential placements costing over £1,500 per week against the Care "
                "Act eligibility criteria.", "Jo Kingsley & Tom Pryce", "Dec-25", "Mar-26", "R",
         "Only 38 of 112 reviews completed due to social worker vacancies.",
         "Programme Board decision needed on funding an agency reviewing team."],
        ["Workstream 2: Children and Young People's Futures – Placement Sufficiency"],
        ["2.1", "Open two council-run children's homes in North Devon and the South Hams.",
         "Head of Service – Children in Care", "Jun-25", "Apr-26", "A",
         "Planning granted for the North Devon home; Ofsted registration application submitted.",
         "Ofsted registration visit expected in November."],
        ["2.2", "Recruit 40 additional in-house foster carers through the Fostering Friendly employer "
                "scheme and enhanced allowances.", "Fostering Service Manager",
         "31/03/2026", "31/03/2026", "G", "19 approvals to date against a trajectory of 18.",
         "Autumn recruitment campaign launched."],
        ["Workstream 3: Customer and Digital"],
        ["3.1", "Move the top 20 customer transactions onto the new customer portal.",
         "Head of Digital Transformation", "Nov-25", "Nov-25", "G",
         "14 of 20 transactions live.", "Remaining six scheduled in two releases."],
        ["3.2", "Decommission the legacy social care case management system after data migration.",
         "Chief Digital Officer / Director of Integrated Adult Social Care", "Q3 2025/26",
         "Q1 2026/27", "A",
         "Migration testing identified 2,300 records requiring manual correction.",
         "Revised plan to Programme Board in October."],
        ["Workstream 4: Property and Assets"],
        ["4.1", "Consolidate office use at County Hall and release one office block for disposal.",
         "Head of Property", "March 2026", "March 2026", "G",
         "Desk-booking data confirms 58% average occupancy.", "Staff moves planned for January."],
        [],
        ["Summary"],
        ["Complete", "1"],
        ["On track", "3"],
        ["At risk", "3"],
        ["Off track", "1"],
        ["Total milestones", "8"],
        [],
        ["Decision required: Programme Board to approve funding for an agency reviewing team (milestone 1.3)."],
    ]
    with open(out("mv2-devon-county-council-transformation-programme-highlight-report.csv"),
              "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        for r in rows:
            w.writerow(r + [""] * (W - len(r)))


# ---------------------------------------------------------------------------
# 7. Exeter CSP - Partnership Plan 2025-26 delivery plan (tab-separated txt)
# ---------------------------------------------------------------------------
def exeter_csp():
    lines = [
        "Exeter Community Safety Partnership – Partnership Plan 2025-26 Delivery Plan",
        "Quarter 2 update (July to September 2025)",
        "Status key: Green = on track; Amber = some slippage; Red = off track; Complete = delivered",
        "",
        "\t".join(["Ref", "Action", "Lead partner(s)", "By when", "Q2 update", "Status"]),
        "Priority 1: Tackling serious violence and violence against women and girls",
        "\t".join(["1a", "Deliver the city centre actions in the Serious Violence Duty response "
                         "strategy, including the Safer Streets lighting and CCTV improvements on the "
                         "river path.", "Exeter City Council / Devon and Cornwall Police",
                   "March 2026", "Lighting works complete; CCTV installed at two of four locations.",
                   "Green"]),
        "\t".join(["1b", "Refresh 'Ask for Angela' and WAVE (Welfare and Vulnerability Engagement) "
                         "training for all licensed premises in the night-time economy.",
                   "Exeter City Council Licensing Team", "Sept 2025",
                   "84 premises trained; refresher now a licence condition.", "Complete"]),
        "\t".join(["1c", "Establish a multi-agency VAWG hotspot problem-solving group for the Sidwell "
                         "Street area.", "Devon and Cornwall Police", "Dec 2025",
                   "Terms of reference agreed; first meeting delayed to October.", "Amber"]),
        "Priority 2: Anti-social behaviour and community cohesion",
        "\t".join(["2a", "Run ASB Case Review (Community Trigger) awareness sessions with residents' "
                         "associations and publish the revised procedure on the council website.",
                   "Exeter City Council Community Safety Team", "Ongoing",
                   "Procedure published July 2025; two sessions held.", "Green"]),
        "\t".join(["2b", "Deliver summer diversionary youth activities in Wonford and Beacon Heath.",
                   "Exeter City Council / Exeter City Community Trust", "August 2025",
                   "412 attendances over six weeks.", "Complete"]),
        "\t".join(["2c", "Review the Public Spaces Protection Order for the city centre ahead of its "
                         "renewal date.", "Exeter City Council Legal Services", "Q4 2025/26",
                   "Scoping to begin in Q3.", "Not started"]),
        "Priority 3: Drugs, alcohol and exploitation",
        "\t".join(["3a", "Agree a joint cuckooing protocol with registered housing providers, including "
                         "use of closure orders.", "Devon and Cornwall Police / Exeter City Council Housing",
                   "31/01/2026", "Draft protocol circulated to registered providers.", "Green"]),
        "\t".join(["3b", "Increase referrals from night-time economy outreach into local drug and "
                         "alcohol treatment services.", "Devon County Council Public Health",
                   "March 2026", "Referrals down 12% on Q1 because of an outreach staffing gap.",
                   "Red"]),
        "",
        "Next review: Exeter CSP Executive Group, 15 January 2026",
    ]
    with open(out("mv2-exeter-csp-community-safety-partnership-plan-2025-26-action-plan.txt"),
              "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    somerset_board_log()
    north_somerset_crr()
    uhbw_maternity()
    dpt_sar()
    somerset_dhr()
    devon_highlight()
    exeter_csp()
    print("built 7 files")
