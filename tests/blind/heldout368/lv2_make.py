"""Build the seven lv2- blind test files for set heldout368.

Run with /work/main/.venv/bin/python lv2_make.py (writes beside this script).
xlsx with openpyxl, docx with python-docx, csv/txt written directly.
"""
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

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
GREY, DARK, PALE = "D9D9D9", "1F3864", "DDEBF7"

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def p(name):
    return os.path.join(HERE, name)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. MWL maternity and neonatal improvement plan (xlsx)
# ---------------------------------------------------------------------------
def make_mwl():
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = "Mersey and West Lancashire Teaching Hospitals NHS Trust"
    cv["A1"].font = Font(bold=True, size=14, color=DARK)
    cv["A2"] = "Maternity and Neonatal Improvement Plan 2024/25"
    cv["A2"].font = Font(bold=True, size=16)
    cv["A3"] = ("Incorporating the Three Year Delivery Plan for Maternity and Neonatal "
                "Services and the CQC Maternity Survey 2024 actions")
    cv["A3"].font = Font(italic=True)
    cv["A5"] = "Document control"
    cv["A5"].font = Font(bold=True)
    control = [
        ("Version", "3.2"),
        ("Date", "14/01/2025"),
        ("Author", "Quality & Safety Lead Midwife"),
        ("Executive sponsor", "Chief Nurse"),
        ("Reporting to", "Maternity & Neonatal Safety Champions; Quality Committee"),
        ("Next review", "March 2025"),
    ]
    for i, (k, v) in enumerate(control, start=6):
        cv.cell(i, 1, k).font = Font(bold=True)
        cv.cell(i, 1).fill = fill(GREY)
        cv.cell(i, 2, v)
        for c in (1, 2):
            cv.cell(i, c).border = BOX
    cv["A13"] = "RAG key"
    cv["A13"].font = Font(bold=True)
    key = [
        (BLUE, "Blue", "Complete – evidence submitted to the LMNS"),
        (GREEN, "Green", "On track to deliver by the due date"),
        (AMBER, "Amber", "At risk of slippage – mitigation in place"),
        (RED, "Red", "Off track or overdue – escalated to Quality Committee"),
    ]
    for i, (col, word, meaning) in enumerate(key, start=14):
        cv.cell(i, 1, word).fill = fill(col)
        cv.cell(i, 2, meaning)
    cv.column_dimensions["A"].width = 22
    cv.column_dimensions["B"].width = 70

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of progress – position at 31 December 2024"
    sm["A1"].font = Font(bold=True, size=13)
    hdr = ["Theme", "No. of actions", "Blue", "Green", "Amber", "Red"]
    for c, h in enumerate(hdr, start=1):
        sm.cell(3, c, h).font = Font(bold=True)
        sm.cell(3, c).fill = fill(GREY)
    rows = [
        ("Theme 1 – Listening to women and families", 3, 1, 1, 1, 0),
        ("Theme 2 – Workforce", 2, 1, 0, 0, 1),
        ("Theme 3 – Culture of safety", 2, 0, 2, 0, 0),
        ("Theme 4 – Standards and structures", 1, 0, 0, 1, 0),
        ("Total", 8, 2, 3, 2, 1),
    ]
    for r, row in enumerate(rows, start=4):
        for c, v in enumerate(row, start=1):
            sm.cell(r, c, v).border = BOX
        if row[0] == "Total":
            for c in range(1, 7):
                sm.cell(r, c).font = Font(bold=True)
    sm.column_dimensions["A"].width = 44

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "Maternity and Neonatal Improvement Plan 2024/25 – Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Position at 31 December 2024. Previous RAG = position reported to "
                "Quality Committee in October 2024.")
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:H2")
    headers = ["Ref", "Action", "Lead(s)", "Original due date", "Revised due date",
               "Progress update / evidence", "Previous RAG", "Current RAG"]
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(DARK)
        cell.alignment = WRAP
        cell.border = BOX

    T, O = "theme", "objective"
    plan = [
        (T, "Theme 1: Listening to and working with women and families with compassion"),
        (O, "Objective 1 – Care that is personalised"),
        ("1.1",
         "Implement the revised personalised care and support plan (PCSP) across all antenatal "
         "pathways:\n• launch the digital PCSP in BadgerNet\n• audit 20 records per month for "
         "completion at booking and at 36 weeks",
         "Director of Midwifery / Digital Midwife", d(2024, 9, 30), d(2025, 3, 31),
         "Digital PCSP live from November 2024. Audit shows 71% completion at booking; "
         "36-week completion 58%. Revised date agreed at October Quality Committee.",
         AMBER, AMBER),
        ("1.2",
         "Introduce a Birth Reflections clinic with a consultant midwife available within 6 weeks "
         "of referral at both Whiston and Ormskirk sites.",
         "Consultant Midwife", d(2024, 12, 31), None,
         "Clinic running at both sites since 4 November 2024. Evidence pack submitted to LMNS.",
         GREEN, BLUE),
        (O, "Objective 3 – Work with service users to improve care"),
        ("1.3",
         "Co-produce a 15 Steps for Maternity walk-round with the Maternity and Neonatal Voices "
         "Partnership (MNVP) and publish the ‘You said, we did’ board quarterly.",
         "Head of Midwifery; MNVP Chair", "Q3 2024/25", "Q4 2024/25",
         "Walk-round at Whiston completed; Ormskirk booked for February 2025.",
         GREEN, GREEN),
        (T, "Theme 2: Growing, retaining and supporting our workforce"),
        (O, "Objective 5 – Grow our workforce"),
        ("2.1",
         "Recruit to the midwifery establishment agreed following the Birthrate Plus review "
         "(additional 11.6 WTE), including international recruitment cohort 3.",
         "Chief Nurse", d(2025, 3, 31), None,
         "Cohort 3 delayed by NMC OSCE capacity; 6.2 WTE vacancy remains. Escalated to People "
         "Committee.",
         AMBER, RED),
        (O, "Objective 6 – Value and retain our workforce"),
        ("2.2",
         "Launch the Midwifery Retention Plan, including the legacy mentor scheme and a flexible "
         "working request pathway; report leaver rates to People Committee quarterly.",
         "Retention and Pastoral Support Midwife", d(2024, 7, 31), d(2024, 10, 31),
         "Plan launched October 2024; first quarterly report received by People Committee.",
         AMBER, BLUE),
        (T, "Theme 3: Developing and sustaining a culture of safety, learning and support"),
        (O, "Objective 9 – Learning and improving"),
        ("3.1",
         "Transition maternity incident management to PSIRF: complete the maternity patient safety "
         "incident response plan and train all band 7 coordinators in After Action Review.",
         "Associate Director of Governance\nMaternity Governance Lead", d(2024, 6, 30),
         d(2024, 11, 30),
         "Response plan approved. 34 of 41 coordinators trained; remaining sessions booked.",
         AMBER, GREEN),
        ("3.2",
         "Embed the findings of the perinatal culture and leadership programme diagnostic into a "
         "maternity and neonatal culture improvement plan, and repeat the SCORE survey in 2025.",
         "Perinatal Quadrumvirate", "June 2025", None,
         "Diagnostic complete; improvement plan in draft for February Safety Champions meeting.",
         GREEN, GREEN),
        (T, "Theme 4: Standards and structures that underpin safer, more personalised and more "
            "equitable care"),
        (O, "Objective 11 – Data to inform learning"),
        ("4.1",
         "Achieve full compliance with Saving Babies’ Lives Care Bundle version 3 (all six "
         "elements) as validated by the LMNS implementation tool.",
         "Obstetric Clinical Director / Neonatal Clinical Lead", d(2025, 3, 31), None,
         "Overall compliance 84%. Element 2 (fetal growth) below threshold; QI project under way.",
         AMBER, AMBER),
    ]
    r = 5
    for row in plan:
        if row[0] in (T, O):
            ws.cell(r, 1, row[1])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            if row[0] == T:
                ws.cell(r, 1).font = Font(bold=True, color="FFFFFF")
                ws.cell(r, 1).fill = fill("2F5597")
            else:
                ws.cell(r, 1).font = Font(bold=True, italic=True)
                ws.cell(r, 1).fill = fill(PALE)
        else:
            ref, action, lead, orig, rev, upd, prev, cur = row
            vals = [ref, action, lead, orig, rev, upd, None, None]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            ws.cell(r, 7).fill = fill(prev)
            ws.cell(r, 8).fill = fill(cur)
        r += 1
    r += 1
    ws.cell(r, 1, "Notes: Actions rated Blue stay on the plan until the LMNS accepts the evidence, "
                  "and are then archived to the Completed Actions log.")
    ws.cell(r, 1).font = Font(italic=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    widths = [7, 60, 28, 14, 14, 50, 10, 10]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A5"
    wb.save(p("lv2-mersey-west-lancashire-teaching-hospitals-maternity-neonatal-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. South Yorkshire MCA corporate risk register (xlsx)
# ---------------------------------------------------------------------------
def make_symca():
    wb = Workbook()
    hm = wb.active
    hm.title = "Heat map"
    hm["A1"] = "South Yorkshire Mayoral Combined Authority"
    hm["A1"].font = Font(bold=True, size=14)
    hm["A2"] = "Corporate Risk Register – Quarter 3 2025/26"
    hm["A2"].font = Font(bold=True, size=13)
    hm["A3"] = "Audit, Standards and Risk Committee – 29 January 2026"
    hm["A5"] = "Current risk position (likelihood x impact)"
    hm["A5"].font = Font(bold=True)
    hm["A6"] = "Likelihood ↓ / Impact →"
    for i in range(1, 6):
        hm.cell(6, 1 + i, i).font = Font(bold=True)
    placements = {(4, 4): "CR01", (3, 4): "CR02", (3, 5): "CR03"}
    for li in range(5, 0, -1):
        row = 7 + (5 - li)
        hm.cell(row, 1, li).font = Font(bold=True)
        for im in range(1, 6):
            score = li * im
            col = GREEN if score <= 4 else (AMBER if score <= 10 else RED)
            c = hm.cell(row, 1 + im, placements.get((li, im)))
            c.fill = fill(col)
            c.border = BOX
    hm["A13"] = "Scoring: 1–4 Low (green); 5–10 Medium (amber); 12–25 High (red)."
    hm["A13"].font = Font(italic=True)
    hm.column_dimensions["A"].width = 24

    ws = wb.create_sheet("Corporate Risk Register")
    ws["A1"] = "Corporate Risk Register – Q3 2025/26"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Action status key: Green – on track; Amber – minor slippage; Red – significant "
                "slippage; Complete – action delivered; Not started.")
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:H2")
    headers = ["Ref", "Risk / further mitigating action", "Owner", "Current score (L x I)",
               "Target score (L x I)", "Target date", "Action status", "Q3 commentary"]
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(DARK)
        cell.alignment = WRAP
        cell.border = BOX

    R = "risk"
    rows = [
        (R, "CR01 – Financial sustainability: funding is insufficient to deliver the Mayor’s "
            "priorities and to close the medium-term financial strategy gap from 2026/27",
         "Chief Finance Officer", "4 x 4 = 16", "3 x 3 = 9", RED,
         "Score unchanged. Settlement announcement awaited."),
        ("CR01.1", "Refresh the Medium Term Financial Strategy to 2028/29 and present a balanced "
                   "budget proposal to the MCA Board.",
         "Chief Finance Officer", d(2026, 3, 31), "Green",
         "Draft MTFS considered at Board workshop on 8 December 2025."),
        ("CR01.2", "Complete the review of gainshare and Integrated Settlement allocations with "
                   "HM Treasury and MHCLG ahead of the 2026/27 settlement.",
         "Chief Finance Officer; Director of Policy and Strategy", "Feb-26", "Amber",
         "Government timetable slipped; officials’ meeting now set for January."),
        ("CR01.3", "Introduce monthly capital programme slippage reporting to the Senior "
                   "Leadership Team.",
         "Head of Finance (Capital)", "Oct-25", "Complete",
         "First report to SLT on 14 October 2025; now business as usual."),
        (R, "CR02 – Bus franchising transition: delay or cost overrun in moving to a franchised "
            "bus network (Tranche 1)",
         "Executive Director of Transport", "3 x 4 = 12", "2 x 4 = 8", RED,
         "Procurement on programme; depot acquisition is the critical path."),
        ("CR02.1", "Award Tranche 1 franchise contracts following completion of the procurement "
                   "evaluation.",
         "Executive Director of Transport", "Q4 2025/26", "Green",
         "Evaluation under way; moderation scheduled for February."),
        ("CR02.2", "Agree the depot acquisition strategy and complete due diligence on the two "
                   "preferred depot sites.",
         "Executive Director of Transport / Head of Property", "31 January 2026", "Red",
         "Vendor negotiations on one site have stalled; alternative options being appraised."),
        ("CR02.3", "Operate Bus Franchising Programme Board assurance gateway reviews (Gateways 2 "
                   "and 3).",
         "Programme Director – Bus Reform", "Ongoing", "Green",
         "Gateway 2 passed November 2025."),
        (R, "CR03 – Cyber security: a successful cyber attack disrupts MCA and Travel South "
            "Yorkshire systems and services",
         "Managing Director", "3 x 5 = 15", "2 x 5 = 10", RED,
         "Threat level remains heightened across the public sector."),
        ("CR03.1", "Achieve Cyber Essentials Plus re-certification and close the high-priority "
                   "findings from the 2025 penetration test.",
         "Head of ICT", d(2025, 12, 31), "Amber",
         "Four of six high findings closed; two depend on firewall replacement in January."),
        ("CR03.2", "Run a cyber incident exercise with the Senior Leadership Team and test the "
                   "business continuity plan for Travel South Yorkshire.",
         "Head of ICT and Head of Resilience", "March 2026", "Not started",
         "Exercise provider being procured."),
    ]
    r = 5
    for row in rows:
        if row[0] == R:
            _, text, owner, cur, tgt, col, comm = row
            ws.cell(r, 1, text)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
            ws.cell(r, 3, owner)
            ws.cell(r, 4, cur).fill = fill(col)
            ws.cell(r, 5, tgt)
            ws.cell(r, 8, comm)
            for c in range(1, 9):
                ws.cell(r, c).font = Font(bold=True)
                ws.cell(r, c).alignment = WRAP
                ws.cell(r, c).border = BOX
                if c != 4:
                    ws.cell(r, c).fill = fill(GREY)
        else:
            ref, text, owner, date, status, comm = row
            vals = [ref, text, owner, None, None, date, status, comm]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
        r += 1
    widths = [9, 62, 30, 13, 13, 14, 12, 46]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    wb.save(p("lv2-south-yorkshire-mca-corporate-risk-register-q3-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 3. Rugby BC transformation programme highlight report (xlsx)
# ---------------------------------------------------------------------------
def make_rugby():
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    ws["A1"] = "Rugby Borough Council"
    ws["A1"].font = Font(bold=True, size=12, color=DARK)
    ws["A2"] = "Transformation Programme – Highlight Report"
    ws["A2"].font = Font(bold=True, size=15)
    ws["A3"] = "Reporting period: 1–30 November 2025"
    ws["A4"] = "Programme sponsor: Chief Executive    Programme manager: Transformation Programme Manager"
    ws["A5"] = "Overall programme status:"
    ws["A5"].font = Font(bold=True)
    ws["C5"] = "AMBER"
    ws["C5"].fill = fill(AMBER)
    ws["C5"].font = Font(bold=True)

    ws["A7"] = "1. Workstream summary"
    ws["A7"].font = Font(bold=True, size=12)
    sh = ["Workstream", "SRO", "Time", "Cost", "Benefits", "Overall"]
    for c, h in enumerate(sh, start=1):
        ws.cell(8, c, h).font = Font(bold=True)
        ws.cell(8, c).fill = fill(GREY)
        ws.cell(8, c).border = BOX
    summary = [
        ("Customer & Digital", "Chief Officer – Digital and Communications", "A", "G", "G", "A"),
        ("Workforce & Ways of Working", "Chief Officer – Legal and Governance", "G", "G", "A", "G"),
        ("Assets & Accommodation", "Chief Officer – Finance and Performance", "R", "A", "A", "R"),
        ("Commercial & Income", "Chief Officer – Operations", "G", "G", "A", "A"),
    ]
    cmap = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}
    for r, row in enumerate(summary, start=9):
        for c, v in enumerate(row, start=1):
            cell = ws.cell(r, c, v)
            cell.border = BOX
            if c >= 3:
                cell.fill = fill(cmap[v])
                cell.alignment = Alignment(horizontal="center")

    ws["A14"] = "2. Key milestones"
    ws["A14"].font = Font(bold=True, size=12)
    mh = ["Workstream", "Ref", "Milestone", "Milestone owner", "Baseline date",
          "Forecast date", "Status", "Commentary"]
    for c, h in enumerate(mh, start=1):
        cell = ws.cell(15, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(DARK)
        cell.border = BOX
        cell.alignment = WRAP
    groups = [
        ("Customer & Digital", [
            ("CD1", "Launch new customer portal (Phase 1 – waste, council tax and benefits forms)",
             "Head of Digital & Customer Services", d(2025, 9, 1), d(2026, 1, 1), "A",
             "Integration with the revenues system failed UAT; supplier fix due mid-December."),
            ("CD2", "Decommission legacy CRM and migrate open cases",
             "ICT Infrastructure Manager", d(2026, 3, 1), d(2026, 3, 1), "G",
             "Dependent on CD1; data cleanse 60% complete."),
            ("CD3", "Deploy AI telephony assistant for out-of-hours calls (pilot)",
             "Customer Services Manager", d(2025, 11, 1), d(2025, 11, 1), "B",
             "Pilot live 10 November; evaluation report to Board in February."),
        ]),
        ("Workforce & Ways of Working", [
            ("WW1", "Agree new hybrid working policy with UNISON and publish",
             "Head of HR / OD Business Partner", d(2025, 7, 1), d(2025, 10, 1), "B",
             "Policy published 27 October 2025."),
            ("WW2", "Complete leadership development programme cohort 2 (Tiers 3 and 4)",
             "OD Business Partner", d(2026, 2, 1), d(2026, 4, 1), "A",
             "Two modules rescheduled to avoid budget-setting period."),
        ]),
        ("Assets & Accommodation", [
            ("AA1", "Consolidate office accommodation into the Town Hall (floors 1 and 2) and "
                    "vacate the depot offices",
             "Assets Manager", d(2025, 12, 1), d(2026, 6, 1), "R",
             "Asbestos survey found works needed on floor 2. Exception report attached; Board "
             "decision required."),
            ("AA2", "Complete condition surveys for the 14 operational buildings and agree the "
                    "disposals list",
             "Assets Manager; Estates Surveyor", d(2025, 10, 1), d(2025, 12, 1), "G",
             "11 of 14 surveys complete."),
        ]),
        ("Commercial & Income", [
            ("CI1", "Introduce new garden waste subscription tariff and direct debit option",
             "Head of Operations", d(2026, 4, 1), d(2026, 4, 1), "G",
             "Tariff approved by Cabinet 3 November."),
            ("CI2", "Review of fees and charges – benchmarking report to Cabinet",
             "Chief Finance Officer", d(2025, 11, 1), d(2026, 2, 1), "A",
             "Benchmarking data from CIPFA delayed; report moved to February Cabinet."),
        ]),
    ]
    r = 16
    for ws_name, items in groups:
        start = r
        for ref, ms, owner, base, fc, st, comm in items:
            vals = [None, ref, ms, owner, base, fc, st, comm]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "mmm-yy"
            ws.cell(r, 7).fill = fill(cmap[st])
            ws.cell(r, 7).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
        ws.cell(start, 1, ws_name).font = Font(bold=True)
        ws.cell(start, 1).alignment = WRAP
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    ws.cell(r, 1, "Status key: B = complete; G = on track; A = at risk, recoverable; "
                  "R = off track – Board decision required.")
    ws.cell(r, 1).font = Font(italic=True, size=9)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    r += 2
    ws.cell(r, 1, "3. Decisions required from Transformation Board").font = Font(bold=True, size=12)
    r += 1
    ws.cell(r, 1, "The Board is asked to approve the revised forecast date of June 2026 for AA1 "
                  "and the release of £45,000 from the transformation reserve for the floor 2 works.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    ws.cell(r, 1).alignment = WRAP
    widths = [20, 6, 52, 30, 11, 11, 8, 50]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w

    bn = wb.create_sheet("Benefits")
    bn["A1"] = "Benefits tracker – 2025/26 (£000)"
    bn["A1"].font = Font(bold=True, size=13)
    bh = ["Workstream", "Target", "Forecast", "Variance"]
    for c, h in enumerate(bh, start=1):
        bn.cell(3, c, h).font = Font(bold=True)
        bn.cell(3, c).fill = fill(GREY)
    ben = [("Customer & Digital", 180, 150), ("Workforce & Ways of Working", 95, 95),
           ("Assets & Accommodation", 210, 120), ("Commercial & Income", 260, 240)]
    for r, (n, t, f) in enumerate(ben, start=4):
        bn.cell(r, 1, n)
        bn.cell(r, 2, t)
        bn.cell(r, 3, f)
        bn.cell(r, 4, f - t)
    bn.cell(8, 1, "Total").font = Font(bold=True)
    bn.cell(8, 2, sum(b[1] for b in ben))
    bn.cell(8, 3, sum(b[2] for b in ben))
    bn.cell(8, 4, sum(b[2] - b[1] for b in ben))
    bn.column_dimensions["A"].width = 32
    wb.save(p("lv2-rugby-bc-transformation-programme-highlight-report.xlsx"))


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


def set_text(cell, text, bold=False, size=9):
    cell.text = ""
    lines = text.split("\n")
    para = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            para = cell.add_paragraph()
        run = para.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, side, Cm(1.5))


RAGFILL = {"Blue": "00B0F0", "Green": "92D050", "Amber": "FFC000", "Red": "FF0000",
           "Complete": "00B0F0", "Not started": "FFFFFF"}


# ---------------------------------------------------------------------------
# 4. Cardiff and Vale RSB adult practice review action plan (docx)
# ---------------------------------------------------------------------------
def make_cvrsb():
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Cardiff and Vale Regional Safeguarding Board", style="Title")
    doc.add_heading("Adult Practice Review CVRSB 04/2023 – Multi-Agency Action Plan", level=1)

    ctrl = [("Version", "1.3"),
            ("Approved by", "Cardiff and Vale Regional Safeguarding Adults Board"),
            ("Date approved", "12 March 2024"),
            ("Monitored by", "Practice Review Sub Group"),
            ("Last updated", "30 September 2025")]
    t = doc.add_table(rows=len(ctrl), cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate(ctrl):
        set_text(t.cell(i, 0), k, bold=True)
        shade(t.cell(i, 0), "D9D9D9")
        set_text(t.cell(i, 1), v)
    doc.add_paragraph("")
    doc.add_paragraph(
        "Progress is reported to the Practice Review Sub Group each quarter. RAG rating: "
        "Blue – complete and evidenced; Green – on track; Amber – delayed but recoverable; "
        "Red – not progressing, escalate to the Board.")

    headers = ["No.", "Action", "Lead agency / officer", "Timescale",
               "Progress update (September 2025)", "RAG"]
    widths = [Cm(1.3), Cm(8.5), Cm(4.5), Cm(3.2), Cm(7.0), Cm(1.8)]

    def rec_table(rec_text, actions):
        tb = doc.add_table(rows=2 + len(actions), cols=6)
        tb.style = "Table Grid"
        top = tb.cell(0, 0).merge(tb.cell(0, 5))
        set_text(top, rec_text, bold=True, size=10)
        shade(top, "DEEAF6")
        for c, h in enumerate(headers):
            set_text(tb.cell(1, c), h, bold=True)
            shade(tb.cell(1, c), "BFBFBF")
        for r, row in enumerate(actions, start=2):
            for c, v in enumerate(row):
                set_text(tb.cell(r, c), v)
            shade(tb.cell(r, 5), RAGFILL[row[5]])
        for row in tb.rows:
            for c, w in enumerate(widths):
                row.cells[c].width = w
        doc.add_paragraph("")

    doc.add_heading("Learning Theme 1: Self-neglect and hoarding", level=2)
    rec_table(
        "Recommendation 1: The Board should seek assurance that partner agencies apply the "
        "all-Wales self-neglect guidance consistently, including the use of multi-agency "
        "professionals meetings where an adult declines support.",
        [
            ("1.1", "Relaunch the regional self-neglect and hoarding protocol with a practitioner "
                    "briefing and a 7-minute briefing.",
             "RSB Business Unit", "June 2024",
             "Protocol relaunched May 2024; 312 staff attended briefings.", "Blue"),
            ("1.2", "Audit a sample of 20 self-neglect cases across Cardiff and the Vale of "
                    "Glamorgan for use of multi-agency professionals meetings.",
             "Quality Assurance Sub Group Chair", "Sept 2024 – March 2025",
             "Audit fieldwork complete; findings to the Board in October 2025.", "Green"),
        ])
    rec_table(
        "Recommendation 2: Cardiff and Vale University Health Board and both local authorities "
        "should ensure that fire safety risk is considered in every assessment where hoarding "
        "is identified.",
        [
            ("2.1", "Embed a referral route to South Wales Fire and Rescue Service Safe and Well "
                    "visits in the adult services assessment and the CVUHB community nursing "
                    "templates.",
             "Cardiff Council OM Safeguarding / CVUHB Head of Safeguarding", "31/12/2024",
             "Template change live in Cardiff. Vale of Glamorgan and CVUHB changes delayed by "
             "a system upgrade.", "Amber"),
            ("2.2", "Deliver joint training on hoarding and fire risk with South Wales Fire and "
                    "Rescue Service for district nurses and social workers.",
             "South Wales Fire and Rescue Service; Vale of Glamorgan Council", "March 2025",
             "Four sessions delivered (96 staff).", "Blue"),
        ])
    doc.add_heading("Learning Theme 2: Mental capacity and executive functioning", level=2)
    rec_table(
        "Recommendation 3: Partner agencies should strengthen practice in assessing mental "
        "capacity where there are concerns about executive functioning, and record how the "
        "person’s decisions were tested.",
        [
            ("3.1", "Include executive functioning in the regional MCA training offer and in the "
                    "MCA assessment template.",
             "Regional MCA Lead", "Ongoing",
             "Training updated; template revision with the all-Wales group.", "Green"),
            ("3.2", "Undertake a multi-agency audit of capacity assessments completed for adults "
                    "who self-neglect.",
             "Quality Assurance Sub Group Chair", "June 2025\nRevised: December 2025",
             "Deferred so that it follows the self-neglect audit (1.2).", "Amber"),
            ("3.3", "Share the learning from this review through a regional learning event and a "
                    "7-minute briefing for practitioners.",
             "RSB Business Unit", "30/11/2024",
             "Learning event held 21 November 2024.", "Blue"),
        ])

    doc.add_heading("Sign-off", level=2)
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for c, h in enumerate(["Name", "Role", "Date"]):
        set_text(so.cell(0, c), h, bold=True)
    for c, v in enumerate(["[signed]", "Chair, Practice Review Sub Group", "30/09/2025"]):
        set_text(so.cell(1, c), v)
    doc.save(p("lv2-cardiff-and-vale-rsb-adult-practice-review-cvrsb-04-2023-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Newcastle-under-Lyme CSP DHR 'Rebecca' action plan (docx)
# ---------------------------------------------------------------------------
def make_dhr():
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Newcastle-under-Lyme Community Safety Partnership").runs[0].bold = True
    doc.add_heading("Domestic Homicide Review ‘Rebecca’ – Action Plan", level=1)
    doc.add_paragraph("Status as at 31 October 2025. Owner: DHR Standing Panel on behalf of the "
                      "Community Safety Partnership Executive.")

    doc.add_heading("Part A – Overview Report Recommendations", level=2)
    ha = ["Recommendation", "Scope of recommendation (local or regional)", "Action to take",
          "Lead Agency", "Key milestones achieved in enacting recommendation", "Target Date",
          "Date of completion and Outcome", "Status"]
    recs = [
        ("1. The Community Safety Partnership should seek assurance that domestic abuse training "
         "for primary care staff covers economic abuse and the coercive control of older victims.",
         "Local",
         [
             ("Ask the Staffordshire and Stoke-on-Trent ICB safeguarding team to update the "
              "primary care domestic abuse training package to cover economic abuse and older "
              "victims.",
              "Staffordshire and Stoke-on-Trent ICB",
              "Draft package reviewed by DHR panel July 2025.", "September 2025",
              "Completed 18/09/2025 – package live on the ICB learning platform.", "Complete"),
             ("Deliver IRIS refresher sessions to GP practices in Newcastle-under-Lyme.",
              "IRIS Advocate Educator; ICB Named GP for Safeguarding",
              "9 of 17 practices attended to date.", "31/03/2026", "", "Green"),
         ]),
        ("2. Staffordshire Police and Staffordshire County Council should review how "
         "right-to-ask applications made by family members under the Domestic Violence "
         "Disclosure Scheme (Clare’s Law) are progressed and fed back.",
         "Regional",
         [
             ("Audit a sample of DVDS right-to-ask applications made by third parties between "
              "April 2024 and March 2025.",
              "Staffordshire Police",
              "Sample of 40 applications identified.", "Q2 2025/26", "", "Amber"),
             ("Publish a family and friends guide to the Domestic Violence Disclosure Scheme on "
              "the CSP and Staffordshire Police websites.",
              "Staffordshire Police / Newcastle-under-Lyme Borough Council",
              "Draft guide agreed with the family.", "December 2025", "", "Green"),
         ]),
        ("3. The CSP should ensure that housing providers operating in the borough have a "
         "domestic abuse policy that meets the DAHA accreditation standards.",
         "Local",
         [
             ("Write to all registered providers with stock in the borough asking for their "
              "domestic abuse policy and DAHA accreditation status, and report the findings to "
              "the CSP Executive.",
              "Newcastle-under-Lyme Borough Council", "", "January 2026", "", "Not started"),
         ]),
    ]
    nrows = 1 + sum(len(r[2]) for r in recs)
    ta = doc.add_table(rows=nrows, cols=8)
    ta.style = "Table Grid"
    for c, h in enumerate(ha):
        set_text(ta.cell(0, c), h, bold=True, size=8)
        shade(ta.cell(0, c), "D9D9D9")
    r = 1
    for rec, scope, acts in recs:
        start = r
        for a in acts:
            for c, v in enumerate(a):
                set_text(ta.cell(r, 2 + c), v, size=8)
            shade(ta.cell(r, 7), RAGFILL[a[5]])
            r += 1
        rc = ta.cell(start, 0)
        sc = ta.cell(start, 1)
        if r - 1 > start:
            rc = rc.merge(ta.cell(r - 1, 0))
            sc = sc.merge(ta.cell(r - 1, 1))
        set_text(rc, rec, size=8)
        set_text(sc, scope, size=8)
    doc.add_paragraph("")

    doc.add_heading("Part B – Single Agency Recommendations (from IMRs)", level=2)
    hb = ["Agency", "Recommendation", "Action to take", "Lead officer", "Target Date",
          "Date of completion and Outcome", "Status"]
    single = [
        ("Midlands Partnership University NHS Foundation Trust",
         "MPFT 1: Routine enquiry about domestic abuse to be completed and recorded at every "
         "community mental health assessment.",
         "Add a mandatory routine enquiry field to the assessment form on the electronic record "
         "and audit compliance quarterly.",
         "Head of Safeguarding (MPFT)", "30/06/2025",
         "Completed – compliance 87% in the Q2 audit.", "Complete"),
        ("Aspire Housing",
         "AH 1: Tenancy staff to be trained to recognise coercive control where a tenant’s "
         "finances are managed by a partner.",
         "Deliver coercive control and economic abuse training to all Tenancy Sustainment "
         "Officers.",
         "Head of Housing Services", "Nov 2025", "", "Green"),
    ]
    tb = doc.add_table(rows=1 + len(single), cols=7)
    tb.style = "Table Grid"
    for c, h in enumerate(hb):
        set_text(tb.cell(0, c), h, bold=True, size=8)
        shade(tb.cell(0, c), "D9D9D9")
    for r, row in enumerate(single, start=1):
        for c, v in enumerate(row):
            set_text(tb.cell(r, c), v, size=8)
        shade(tb.cell(r, 6), RAGFILL[row[6]])
    doc.add_paragraph("")
    doc.add_paragraph("Glossary: DAHA – Domestic Abuse Housing Alliance; DVDS – Domestic Violence "
                      "Disclosure Scheme; IMR – Individual Management Review; IRIS – Identification "
                      "and Referral to Improve Safety.")
    doc.save(p("lv2-newcastle-under-lyme-csp-dhr-rebecca-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. South Warwickshire CSP partnership plan delivery plan (csv) – refuse case
# ---------------------------------------------------------------------------
def make_sw_csp():
    import csv
    import io
    rows = [
        ["South Warwickshire Community Safety Partnership", "", "", "", "", "", "", ""],
        ["Partnership Plan 2025-26 – Delivery Plan", "", "", "", "", "", "", ""],
        ["Q2 monitoring (July – September 2025)", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["Priority", "Ref", "Action", "Lead agency", "Supporting partners", "Target date",
         "Q2 progress", "RAG"],
        ["Priority 1: Tackling violence against women and girls, including domestic abuse",
         "1.1", "Extend the Walk and Talk scheme with Warwickshire Police to Stratford-upon-Avon "
                "and Leamington Spa town centres.",
         "Warwickshire Police", "Stratford-on-Avon DC; Warwick DC", "Sep-25",
         "Walks held in both towns in August and September.", "G"],
        ["", "1.2", "Deliver Ask for Angela and bystander training to licensed premises staff "
                    "before the Christmas night-time economy period.",
         "Warwick DC Licensing", "Warwickshire Police; Pubwatch", "Decmber 2025",
         "Training dates set for October and November.", "G"],
        ["", "1.3", "Promote the Domestic Abuse Support Service and the Respect helpline through "
                    "a White Ribbon Day campaign.",
         "Warwickshire County Council", "Both district councils", "Nov-25",
         "Campaign materials ordered.", "G"],
        ["Priority 2: Serious violence and exploitation", "2.1",
         "Complete the South Warwickshire section of the Warwickshire Serious Violence Strategic "
         "Needs Assessment refresh.",
         "Warwickshire County Council", "Warwickshire Police; Youth Justice Service", "Jan-26",
         "Data requests issued.", "A"],
        ["", "2.2", "Run county lines awareness sessions in all secondary schools in the two "
                    "districts.",
         "Warwickshire Police", "Schools; Children's Services", "Jul-26",
         "11 of 16 schools booked.", "G"],
        ["Priority 3: Anti-social behaviour and rural crime", "3.1",
         "Hold quarterly rural crime surgeries with the Rural Crime Team and the NFU.",
         "Warwickshire Police", "Stratford-on-Avon DC", "Mar-26",
         "Surgeries held at Shipston and Southam.", "G"],
        ["", "3.2", "Review the use of Community Protection Notices and publish an ASB case "
                    "review (Community Trigger) leaflet.",
         "Stratford-on-Avon DC", "Warwick DC; Orbit Housing", "Dec-25",
         "Leaflet drafted; CPN review not yet started.", "A"],
        ["", "", "", "", "", "", "", ""],
        ["RAG key: G = on track; A = some slippage; R = off track; B = complete", "", "", "", "",
         "", "", ""],
    ]
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    with open(p("lv2-south-warwickshire-csp-community-safety-partnership-plan-2025-26-action-"
                "plan-typo-month-refuse.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. NHS Kent and Medway ICB primary care commissioning committee action log (txt)
# ---------------------------------------------------------------------------
def make_km_pccc():
    T = "\t"
    lines = [
        "NHS Kent and Medway Integrated Care Board",
        "Primary Care Commissioning Committee (meeting in public) – Action Log",
        "Updated following the meeting held on 4 December 2025",
        "RAG key: R = overdue; A = due date revised; G = on track / not yet due; "
        "B = complete – recommended for closure",
        "",
        T.join(["Action no.", "Minute ref", "Action", "Lead", "Due date", "Revised due date",
                "Update", "RAG"]),
        "Meeting held 7 August 2025",
        T.join(["0825-01", "PCCC 25/46",
                "Provide a breakdown of urgent dental care activity by district, including the "
                "number of additional urgent slots filled.",
                "Director of Primary Care", "02/10/2025", "",
                "Included in the dental commissioning report to the October meeting.", "B"]),
        T.join(["0825-02", "PCCC 25/48",
                "Bring the outcome of the GP premises prioritisation under the Primary Care "
                "Estates Strategy to a future meeting.",
                "Head of Primary Care Estates", "Oct-25", "Feb-26",
                "Prioritisation delayed pending confirmation of the 2026/27 capital allocation;", "A"]),
        T.join(["", "", "", "", "", "",
                "now scheduled for the February 2026 meeting. Interim verbal update given in December.",
                ""]),
        "Meeting held 2 October 2025",
        T.join(["1025-01", "PCCC 25/61",
                "Circulate Pharmacy First uptake data by primary care network to committee members.",
                "SM/JB", "06/11/2025", "", "Circulated 3 November 2025.", "B"]),
        T.join(["1025-02", "PCCC 25/63",
                "Review the access improvement plan trajectories for the 12 practices below the "
                "online consultation threshold and report back.",
                "Deputy Director of Primary Care; Head of Digital Primary Care", "04/12/2025",
                "05/02/2026", "Practice visits in progress; 7 of 12 completed.", "A"]),
        T.join(["1025-03", "PCCC 25/65",
                "Write to NHS England South East about the backlog in optometry contract "
                "reconciliation payments.",
                "Chief Finance Officer", "30/11/2025", "",
                "Letter not yet sent – awaiting confirmation of figures.", "R"]),
        "Meeting held 4 December 2025",
        T.join(["1225-01", "PCCC 25/78",
                "Present the primary care resilience plan for Medway and Swale, including list "
                "dispersal options for the practice whose contract ends on 31 March 2026.",
                "Director of Primary Care", "February 2026", "", "Not yet due.", "G"]),
        T.join(["1225-02", "PCCC 25/80",
                "Update the risk register entry for the primary care workforce to reflect the "
                "ARRS funding changes for 2026/27.",
                "Head of Primary Care Workforce", "TBC", "", "Awaiting national guidance.", "G"]),
        T.join(["1225-03", "PCCC 25/81",
                "Arrange a development session for committee members on delegated commissioning "
                "of community pharmacy, optometry and dental services.",
                "Board Secretary", "Q4 2025/26", "", "", "G"]),
        "",
        "Closed actions are removed from the log after the meeting at which closure is agreed.",
    ]
    with open(p("lv2-nhs-kent-medway-icb-primary-care-commissioning-committee-action-log.txt"),
              "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_mwl()
    make_symca()
    make_rugby()
    make_cvrsb()
    make_dhr()
    make_sw_csp()
    make_km_pccc()
    print("built 7 files in", HERE)
