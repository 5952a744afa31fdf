"""Build the seven fd2- data files of set heldout194.

Run with /work/main/.venv/bin/python fd2_make.py (openpyxl, python-docx).
"""
import csv
import os
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE, GREY, LIGHT = "FF0000", "FFC000", "00B050", "0070C0", "D9D9D9", "DDEBF7"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", fgColor=hex_)


def d(y, m, dd):
    return datetime(y, m, dd)


def put_row(ws, r, values, bold=False, border=True, date_fmt="dd/mm/yyyy"):
    for c, v in enumerate(values, start=1):
        cell = ws.cell(row=r, column=c, value=v)
        cell.alignment = WRAP
        if bold:
            cell.font = Font(bold=True)
        if border:
            cell.border = BOX
        if isinstance(v, datetime):
            cell.number_format = date_fmt


def band(ws, r, text, ncols, colour, bold=True, font_colour=None):
    ws.cell(row=r, column=1, value=text)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
    cell = ws.cell(row=r, column=1)
    cell.fill = fill(colour)
    cell.font = Font(bold=bold, color=font_colour) if font_colour else Font(bold=bold)
    cell.alignment = Alignment(vertical="center")


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


# ---------------------------------------------------------------------------
# 1. NHS Cornwall and Isles of Scilly ICB - Board meeting in public action log
# ---------------------------------------------------------------------------
def make_icb():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action log"
    ncols = 8
    ws["A1"] = "NHS Cornwall and Isles of Scilly ICB – Board Meeting in Public: Action Log"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Updated for the meeting on 4 November 2025. Actions shown as complete will be "
                "removed from the log once the Board has agreed closure.")
    ws.merge_cells("A2:H2")
    ws["A4"] = "Key:"
    ws["A4"].font = Font(bold=True)
    for col, (txt, colr) in zip("BCDE", [("Complete / closed", BLUE), ("On track", GREEN),
                                         ("Revised date agreed", AMBER), ("Overdue", RED)]):
        ws[f"{col}4"] = txt
        ws[f"{col}4"].fill = fill(colr)
        ws[f"{col}4"].border = BOX
    put_row(ws, 6, ["Action ref", "Minute ref", "Action", "Lead", "Date due", "Revised date",
                    "Update", "RAG"], bold=True)
    for c in range(1, ncols + 1):
        ws.cell(row=6, column=c).fill = fill(GREY)

    rows = [
        ("band", "Meeting held on 1 July 2025"),
        ("ICB25-041", "25/062",
         "Provide the Board with a breakdown of ambulance handover delays at Royal Cornwall "
         "Hospital by hour of day and day of week, including the effect of the new rapid "
         "assessment and treatment area.",
         "Chief Operating Officer", d(2025, 9, 2), None,
         "Included in the integrated performance report to the September Board.", BLUE),
        ("ICB25-042", "25/064",
         "Circulate the updated system winter plan to Board members before it is submitted to "
         "NHS England.",
         "Director of Strategy / Chief Operating Officer", d(2025, 8, 15), None,
         "Circulated to members on 11 August 2025.", BLUE),
        ("ICB25-043", "25/066",
         "Bring a report on the dental access recovery plan for Cornwall and the Isles of Scilly, "
         "including the number of urgent dental appointments commissioned in each locality.",
         "Director of Primary Care", d(2025, 9, 2), d(2025, 11, 4),
         "Deferred to November so that Q2 activity data can be included. Agreed by the Chair.",
         AMBER),
        ("band", "Meeting held on 2 September 2025"),
        ("ICB25-051", "25/081",
         "Review the wording of the system risk on children and young people's mental health "
         "waiting times and report the revised risk score to the Audit and Risk Committee.",
         "Chief Nursing Officer; Director of Mental Health Commissioning", d(2025, 10, 14), None,
         "Risk wording revised; on the Audit and Risk Committee agenda for 14 October.", GREEN),
        ("ICB25-052", "25/083",
         "Share the findings of the Isles of Scilly health and care services review with the "
         "Council of the Isles of Scilly and publish a summary on the ICB website.",
         "Chief Executive", d(2025, 10, 31), None,
         "Summary being finalised with the Council.", GREEN),
        ("ICB25-053", "25/085",
         "Send a written response to the public question on the temporary overnight closure of "
         "the minor injuries unit.",
         "Chief Medical Officer", d(2025, 9, 30), None,
         "Response drafted but not yet sent.", RED),
        ("ICB25-054", "25/087",
         "Develop an outline business case for a single system-wide electronic patient record "
         "and present it to the Board for approval.\nTo include the capital funding position "
         "agreed with NHS England.",
         "Ruth Pascoe (Chief Digital Officer)", d(2026, 1, 13), None,
         "Procurement route under review with the regional digital team.", GREEN),
        ("band", "Meeting held on 7 October 2025 (extraordinary)"),
        ("ICB25-061", "25/096",
         "Confirm the 2025/26 financial recovery plan trajectory with each provider chief "
         "executive and report any variance from plan at month 7.",
         "Chief Finance Officer", "December 2025", None,
         "Month 6 position reported; trajectories being agreed.", GREEN),
        ("ICB25-062", "25/097",
         "Update the Board Assurance Framework to reflect the ICB's new operating model and "
         "reduced running cost allowance.",
         "Director of Corporate Governance", "Ongoing", None,
         "Standing item for each Board meeting.", GREEN),
    ]
    r = 7
    for row in rows:
        if row[0] == "band":
            band(ws, r, row[1], ncols, GREY)
        else:
            put_row(ws, r, list(row[:7]) + [None])
            ws.cell(row=r, column=8).fill = fill(row[7])
        r += 1
    widths(ws, [12, 10, 60, 28, 12, 12, 45, 8])
    ws.freeze_panes = "A7"

    ws2 = wb.create_sheet("Notes")
    notes = [
        "How this log is used",
        "Actions are recorded by the Board Secretary from the minutes of each meeting in public.",
        "Leads update the log two weeks before each meeting.",
        "A revised date can only be agreed by the Chair; the original date is kept in the Date due column.",
        "Closed actions are archived in the Board papers library.",
    ]
    for i, t in enumerate(notes, start=1):
        ws2.cell(row=i, column=1, value=t)
    ws2["A1"].font = Font(bold=True)
    ws2.column_dimensions["A"].width = 100
    wb.save(os.path.join(HERE, "fd2-nhs-cornwall-ios-icb-board-action-log.xlsx"))


# ---------------------------------------------------------------------------
# 2. Dorset County Hospital - maternity and neonatal improvement plan
# ---------------------------------------------------------------------------
def make_maternity():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Dorset County Hospital NHS Foundation Trust"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Maternity and Neonatal Improvement Plan 2024–2026"
    cov["A2"].font = Font(bold=True, size=12)
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    dc = [("Version", "2.3"), ("Date", "18 September 2025"), ("Plan owner", "Director of Midwifery"),
          ("Executive lead", "Chief Nursing Officer"),
          ("Reporting route", "Maternity and Neonatal Safety Group > Quality Committee > Trust Board"),
          ("Next review", "November 2025")]
    r = 5
    for k, v in dc:
        put_row(cov, r, [k, v])
        cov.cell(row=r, column=1).font = Font(bold=True)
        r += 1
    r += 1
    cov.cell(row=r, column=1, value="Version history").font = Font(bold=True)
    r += 1
    put_row(cov, r, ["Version", "Date", "Summary of changes"], bold=True)
    for v in [("2.1", "15/05/2025", "Updated following LMNS assurance visit"),
              ("2.2", "17/07/2025", "Q1 progress added"),
              ("2.3", "18/09/2025", "Q2 progress added; revised dates approved by Quality Committee")]:
        r += 1
        put_row(cov, r, list(v))
    widths(cov, [20, 30, 70])

    plan_rows = [
        ("theme", "Theme 1: Listening to and working with women and families with compassion"),
        ("obj", "Objective 1: Care that is personalised"),
        ("1.1", "Offer every woman a personalised care and support plan at booking, reviewed at 28 "
                "and 36 weeks, using the national template on BadgerNet.",
         "Community Matron; Digital Midwife", d(2024, 12, 31), d(2025, 3, 31), "G", "B",
         "Audit August 2025: 94% of women had their plan reviewed at 36 weeks."),
        ("1.2", "Provide information on place of birth options in the five most spoken community "
                "languages.",
         "Patient Experience Midwife", d(2025, 3, 31), d(2025, 9, 30), "A", "A",
         "Translations complete for three languages; two with the translation service."),
        ("obj", "Objective 2: Improve equity for mothers and babies"),
        ("2.1", "Implement an enhanced continuity of carer pathway for women from Black, Asian and "
                "mixed ethnic groups and women living in the most deprived areas (IMD deciles 1–2).",
         "Consultant Midwife (Public Health)", d(2026, 3, 31), None, "G", "G",
         "Team recruited; caseload starts January 2026."),
        ("obj", "Objective 3: Work with service users to improve care"),
        ("3.1", "Agree a jointly funded work plan with the Maternity and Neonatal Voices "
                "Partnership, including a 15 Steps walkround of the birthing unit.",
         "Director of Midwifery / MNVP Chair", d(2025, 6, 30), None, "G", "B",
         "Work plan signed off at LMNS board on 12/06/2025; walkround held 3 July."),
        ("theme", "Theme 2: Growing, retaining and supporting our workforce"),
        ("obj", "Objective 5: Value and retain our workforce"),
        ("5.1", "Implement the national preceptorship framework for newly registered midwives, "
                "with protected supernumerary time.",
         "Practice Development Midwife", d(2025, 9, 30), None, "G", "G",
         "First cohort of 11 preceptees started in September 2025."),
        ("5.2", "Complete a Birthrate Plus workforce review and present the findings and funding "
                "requirement to the Trust Board.",
         "Director of Midwifery", d(2025, 3, 31), d(2025, 12, 31), "A", "R",
         "Report received; funding decision deferred to Q3 business planning."),
        ("theme", "Theme 3: Developing and sustaining a culture of safety, learning and support"),
        ("obj", "Objective 7: Develop a positive safety culture"),
        ("7.1", "Complete the perinatal culture and leadership programme and agree a staff-led "
                "action plan in response to the SCORE survey results.",
         "Obstetric Clinical Director, Head of Midwifery, Neonatal Clinical Lead",
         d(2025, 3, 31), d(2025, 11, 30), "A", "A",
         "Listening events held; action plan drafted for staff feedback."),
        ("obj", "Objective 8: Learning and improving"),
        ("8.1", "Carry out a thematic review of postpartum haemorrhage over 1.5 litres under PSIRF "
                "and share the learning at the monthly perinatal forum.",
         "Maternity Governance Lead", d(2025, 6, 30), None, "G", "B",
         "Review completed; learning shared at the June and July forums."),
        ("theme", "Theme 4: Standards and structures that underpin safer, more personalised, and "
                  "more equitable care"),
        ("obj", "Objective 12: Make better use of digital technology in maternity and neonatal "
                "services"),
        ("12.1", "Roll out BadgerNet to the neonatal unit and retire the paper neonatal record.",
         "Digital Midwife; Neonatal Matron", "Q4 2025/26", None, None, "G",
         "Go-live planned for February 2026."),
        ("12.2", "Install central CTG monitoring on the labour ward with alerts to the coordinator "
                 "station.",
         "Labour Ward Lead Midwife", d(2025, 10, 31), None, "G", "R",
         "Supplier delivery has slipped; a new date will be agreed at the Q3 review."),
    ]

    summ = wb.create_sheet("Summary")
    summ["A1"] = "Summary of progress – Q2 2025/26"
    summ["A1"].font = Font(bold=True, size=12)
    put_row(summ, 3, ["Theme", "Actions", "Complete (B)", "On track (G)", "At risk (A)",
                      "Off track (R)"], bold=True)
    counts = []
    cur = None
    for row in plan_rows:
        if row[0] == "theme":
            cur = [row[1], 0, 0, 0, 0, 0]
            counts.append(cur)
        elif row[0] != "obj":
            cur[1] += 1
            cur[{"B": 2, "G": 3, "A": 4, "R": 5}[row[6]]] += 1
    r = 4
    for c in counts:
        put_row(summ, r, c)
        r += 1
    tot = ["Total"] + [sum(c[i] for c in counts) for i in range(1, 6)]
    put_row(summ, r, tot, bold=True)
    widths(summ, [80, 10, 14, 14, 14, 14])

    ws = wb.create_sheet("Improvement plan")
    ncols = 8
    ws["A1"] = "Maternity and Neonatal Improvement Plan 2024–2026 – progress at Q2 2025/26"
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("RAG key:  B = complete and evidenced   G = on track   A = at risk of missing "
                "the date   R = date missed / off track")
    ws.merge_cells("A2:H2")
    put_row(ws, 4, ["Ref", "Action", "Lead(s)", "Original completion date",
                    "Revised completion date", "Previous RAG (Q1)", "Current RAG (Q2)",
                    "Progress update and evidence"], bold=True)
    rag_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    r = 5
    for row in plan_rows:
        if row[0] == "theme":
            band(ws, r, row[1], ncols, "1F3864", font_colour="FFFFFF")
        elif row[0] == "obj":
            band(ws, r, row[1], ncols, LIGHT)
        else:
            put_row(ws, r, list(row))
            for col in (6, 7):
                v = row[col - 1]
                c = ws.cell(row=r, column=col)
                c.alignment = Alignment(horizontal="center", vertical="top")
                if v:
                    c.fill = fill(rag_fill[v])
        r += 1
    widths(ws, [7, 60, 30, 14, 14, 10, 10, 50])
    ws.freeze_panes = "A5"
    wb.active = 2
    wb.save(os.path.join(HERE, "fd2-dorset-county-hospital-maternity-neonatal-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 3. Calderdale Council - corporate risk register (risk cards, one sheet each)
# ---------------------------------------------------------------------------
def make_risk():
    status_fill = {"Complete": BLUE, "On track": GREEN, "Some slippage": AMBER, "Off track": RED}
    risks = [
        ("CR01", "Financial sustainability",
         "If the Council cannot close the budget gap in the Medium Term Financial Plan, it may have "
         "to make unplanned cuts to services or use reserves below the minimum level.",
         "Director of Resources (S151 Officer)", 25, 20, 20, 12, "→",
         "Medium Term Financial Plan refreshed annually; monthly budget monitoring reported to "
         "Cabinet; reserves strategy; spending controls panel.",
         [("CR01.1", "Agree savings proposals of £9.2m for 2026/27 for consultation, as part of "
                     "the Budget Strategy report to Cabinet.",
           "Chief Executive / Director of Resources", "December 2025", "On track",
           "Proposals considered by the Corporate Leadership Team on 30/09/2025."),
          ("CR01.2", "Complete the review of earmarked reserves and release uncommitted balances "
                     "to the general fund.",
           "Assistant Director – Finance", d(2025, 7, 31), "Complete",
           "£3.1m released; reported to Cabinet in September 2025."),
          ("CR01.3", "Deliver the first phase of the asset rationalisation programme, disposing of "
                     "surplus office buildings.",
           "Assistant Director – Corporate Estate", "Q4 2025/26", "Some slippage",
           "Two disposals delayed by legal title issues.")]),
        ("CR02", "Demand for adult social care",
         "If demand for adult social care continues to grow faster than the budget, the Council "
         "may not be able to meet its duties under the Care Act 2014 within available resources.",
         "Director of Adult Services and Wellbeing", 20, 16, 16, 12, "→",
         "Demand modelling; brokerage panel for packages over £1,000 a week; market position "
         "statement.",
         [("CR02.1", "Extend the reablement service to seven days a week to reduce the number of "
                     "people leaving hospital with a long-term care package.",
           "Assistant Director – Adult Social Care Operations", d(2025, 11, 30), "On track",
           "Weekend rota agreed; recruitment to four posts under way."),
          ("CR02.2", "Commission additional extra care housing places through the Housing with "
                     "Care framework.",
           "Head of Commissioning", "Ongoing", "On track",
           "18 places commissioned in Q2.")]),
        ("CR03", "Safeguarding children",
         "If the Council and its partners do not identify and respond to risk to children in a "
         "timely way, a child may suffer serious harm.",
         "Director of Children and Young People's Services", 20, 15, 15, 10, "↓",
         "Calderdale Safeguarding Children Partnership arrangements; quality assurance framework; "
         "weekly performance clinic.",
         [("CR03.1", "Recruit to the vacant permanent team manager posts in the Assessment and "
                     "Intervention service and reduce agency social workers to below 15%.",
           "Service Director – Children's Social Care", d(2026, 3, 31), "On track",
           "Two of three team manager posts filled; agency rate 19%."),
          ("CR03.2", "Refresh the multi-agency threshold document with the Calderdale Safeguarding "
                     "Children Partnership.",
           "Head of Safeguarding and Quality Assurance", d(2025, 9, 30), "Off track",
           "Partnership sign-off has not yet been scheduled.")]),
        ("CR04", "Cyber security",
         "If the Council suffers a successful cyber attack, critical systems and data may be "
         "unavailable for a long period and personal data may be lost.",
         "Head of Digital and ICT", 25, 16, 16, 12, "→",
         "Firewalls and endpoint protection; multi-factor authentication; mandatory training; "
         "offline back-ups.",
         [("CR04.1", "Achieve Cyber Essentials Plus certification for the corporate network.",
           "Head of Digital and ICT", d(2026, 1, 31), "On track",
           "Pre-assessment completed; remediation in progress."),
          ("CR04.2", "Run a cyber incident exercise with the Corporate Leadership Team and test the "
                     "business continuity plans of critical services.",
           "Head of Digital and ICT / Emergency Planning Manager", d(2025, 10, 31), "Complete",
           "Exercise held on 8 October 2025; lessons learned report to CLT."),
          ("CR04.3", "Move the remaining on-premises servers to the cloud hosting platform and "
                     "decommission the old data centre.",
           "Head of Digital and ICT", "June 2026", None,
           "Not due to start until January 2026.")]),
    ]
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "Calderdale Council"
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Corporate Risk Register – Quarter 2 2025/26 (position at 30 September 2025)"
    s["A2"].font = Font(bold=True, size=12)
    s["A3"] = "Reported to Audit Committee, 24 November 2025"
    put_row(s, 5, ["Risk ref", "Risk", "Risk owner", "Inherent score", "Current score (Q1)",
                   "Current score (Q2)", "Target score", "Direction of travel"], bold=True)
    r = 6
    for rk in risks:
        put_row(s, r, [rk[0], rk[1], rk[3], rk[4], rk[5], rk[6], rk[7], rk[8]])
        sc = rk[6]
        s.cell(row=r, column=6).fill = fill(RED if sc >= 15 else AMBER if sc >= 8 else GREEN)
        r += 1
    r += 1
    s.cell(row=r, column=1, value="Scoring: likelihood (1–5) x impact (1–5). 15–25 high (red); "
                                  "8–12 medium (amber); 1–6 low (green).")
    r += 1
    s.cell(row=r, column=1, value="Action status key:").font = Font(bold=True)
    for col, txt in zip(range(2, 6), ["Complete", "On track", "Some slippage", "Off track"]):
        c = s.cell(row=r, column=col, value=txt)
        c.fill = fill(status_fill[txt])
        c.border = BOX
    r += 1
    s.cell(row=r, column=1, value="Each risk has its own sheet (CR01–CR04) showing controls and "
                                  "further actions.")
    widths(s, [12, 32, 40, 10, 12, 12, 10, 12])

    for rk in risks:
        ws = wb.create_sheet(rk[0])
        ws["A1"] = f"{rk[0]}: {rk[1]}"
        ws["A1"].font = Font(bold=True, size=13)
        ws.merge_cells("A1:F1")
        info = [("Risk description", rk[2]), ("Risk owner", rk[3]), ("Inherent score", rk[4]),
                ("Current score", rk[6]), ("Target score", rk[7]), ("Existing controls", rk[9])]
        r = 2
        for k, v in info:
            ws.cell(row=r, column=1, value=k).font = Font(bold=True)
            ws.cell(row=r, column=2, value=v).alignment = WRAP
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
            r += 1
        r += 1
        ws.cell(row=r, column=1, value="Further actions required").font = Font(bold=True)
        r += 1
        put_row(ws, r, ["Ref", "Action", "Action owner", "Due date", "Status", "Q2 update"],
                bold=True)
        for a in rk[10]:
            r += 1
            put_row(ws, r, list(a))
            if a[4]:
                ws.cell(row=r, column=5).fill = fill(status_fill[a[4]])
        r += 2
        ws.cell(row=r, column=1, value="Risk reviewed by the Corporate Leadership Team on 7 October 2025.")
        widths(ws, [20, 60, 34, 14, 14, 45])
    wb.save(os.path.join(HERE, "fd2-calderdale-council-corporate-risk-register-q2-2025-26.xlsx"))


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


def bold_cell(cell):
    for p in cell.paragraphs:
        for run in p.runs:
            run.font.bold = True


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)


# ---------------------------------------------------------------------------
# 4. Ealing SAB - SAR Mr P action plan (one table per recommendation)
# ---------------------------------------------------------------------------
def make_sar():
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Ealing Safeguarding Adults Board: Safeguarding Adults Review Mr P – "
                      "Action Plan", style="Title")
    doc.add_paragraph("Multi-agency action plan – progress update, October 2025")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Document", "SAR Mr P – multi-agency action plan"), ("Version", "1.4"),
                 ("Author", "SAB Business Manager"),
                 ("Approved by", "SAR Subgroup, 9 October 2025"), ("Next review", "January 2026")]:
        cells = t.add_row().cells
        cells[0].text, cells[1].text = k, v
        bold_cell(cells[0])
        shade(cells[0], "D9D9D9")

    doc.add_paragraph()
    doc.add_paragraph(
        "Mr P was a 67-year-old man who died at home in March 2023. The review was commissioned "
        "under section 44 of the Care Act 2014 and published in June 2024. It made four "
        "recommendations, all of which were accepted by the Board. Partner agencies report "
        "progress to the SAR Subgroup each quarter.")

    doc.add_paragraph("RAG rating key", style="Heading 2")
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for k, v, c in [("Blue", "Complete – evidence of impact received", "0070C0"),
                    ("Green", "On track", "00B050"),
                    ("Amber", "Some delay – mitigations in place", "FFC000"),
                    ("Red", "Not on track – escalated to the Board", "FF0000")]:
        cells = key.add_row().cells
        cells[0].text, cells[1].text = k, v
        shade(cells[0], c)

    colours = {"Blue": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    sections = [
        ("Learning theme A: Responding to self-neglect", [
            ("Recommendation 1: Ealing SAB should seek assurance that partner agencies use the "
             "multi-agency self-neglect and hoarding protocol, including escalation to a "
             "multi-agency risk management meeting where risk remains high.", [
                ("1.1", "Relaunch the self-neglect and hoarding protocol with a 7-minute briefing "
                        "and two lunchtime learning sessions.",
                 "SAB Business Manager", "December 2024",
                 "Briefing published; 212 people attended the two sessions.", "Blue"),
                ("1.2", "Audit a sample of 20 self-neglect concerns to test whether risk management "
                        "meetings were held where risk remained high.",
                 "Head of Adult Safeguarding (Ealing Council); CNWL Safeguarding Lead",
                 "Q2 2025/26",
                 "Audit completed; report to the Quality Assurance Subgroup in November 2025.",
                 "Green"),
                ("1.3", "Add a self-neglect flag to the housing management system so that tenancy "
                        "officers can see when a resident has a multi-agency plan.",
                 "Director of Housing", "March 2025 (revised: January 2026)",
                 "System change approved; waiting for the supplier's release.", "Amber"),
            ]),
            ("Recommendation 2: All agencies should ensure that mental capacity assessments are "
             "decision-specific and, where a person repeatedly refuses care, consider executive "
             "capacity.", [
                ("2.1", "Deliver mental capacity training on executive capacity to adult social "
                        "care, community health and ambulance staff.",
                 "Principal Social Worker; NWL ICB Designated Professional for Safeguarding Adults",
                 "September 2025", "Completed – four sessions, 96 staff trained.", "Blue"),
                ("2.2", "Include decision-specific capacity assessments in the annual adult social "
                        "care case file audit programme.",
                 "Principal Social Worker", "Ongoing – annual",
                 "Included in the 2025/26 audit programme.", "Green"),
            ]),
        ]),
        ("Learning theme B: Working together", [
            ("Recommendation 3: Ealing Council, the Metropolitan Police and health partners should "
             "agree how information about fire risk is shared when a person who self-neglects is "
             "known to more than one agency.", [
                ("3.1", "Agree a referral pathway to London Fire Brigade for home fire safety "
                        "visits for adults who hoard or smoke in bed.",
                 "London Fire Brigade (Ealing Borough Commander)", "June 2025",
                 "Pathway live from 2 June 2025.", "Blue"),
                ("3.2", "Add fire risk questions to the adult social care assessment and the "
                        "district nursing initial assessment.",
                 "Head of Adult Safeguarding (Ealing Council) / District Nursing Service Lead (CNWL)",
                 "January 2026",
                 "Adult social care form updated; district nursing change awaiting EPR release.",
                 "Amber"),
            ]),
            ("Recommendation 4: Ealing SAB should seek assurance that GP practices follow up "
             "missed appointments by adults with care and support needs who are known to be "
             "self-neglecting.", [
                ("4.1", "Issue guidance to GP practices on following up 'was not brought' and "
                        "'did not attend' appointments for adults at risk.",
                 "NWL ICB Named GP for Safeguarding Adults", "March 2026",
                 "Not yet started – waiting for the London-wide guidance.", None),
            ]),
        ]),
    ]
    for theme, recs in sections:
        doc.add_paragraph(theme, style="Heading 2")
        for rec, acts in recs:
            tb = doc.add_table(rows=2, cols=6)
            tb.style = "Table Grid"
            top = tb.rows[0].cells
            merged = top[0].merge(top[5])
            merged.text = rec
            bold_cell(merged)
            shade(merged, "DDEBF7")
            hdr = tb.rows[1].cells
            for i, h in enumerate(["Ref", "Action", "Lead", "Target date", "Progress update",
                                   "RAG"]):
                hdr[i].text = h
                bold_cell(hdr[i])
                shade(hdr[i], "D9D9D9")
            for a in acts:
                cells = tb.add_row().cells
                for i in range(5):
                    cells[i].text = a[i]
                if a[5]:
                    cells[5].text = a[5]
                    shade(cells[5], colours[a[5]])
            doc.add_paragraph()
    doc.add_paragraph("Sign-off: action plan agreed by Ealing Safeguarding Adults Board, "
                      "23 July 2024.")
    doc.save(os.path.join(HERE, "fd2-ealing-sab-sar-mr-p-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Kirklees Council - transformation programme highlight report
# ---------------------------------------------------------------------------
def make_highlight():
    doc = Document()
    doc.add_paragraph("Kirklees Council Transformation Programme – Highlight Report",
                      style="Title")
    doc.add_paragraph("Reporting period: 1–31 October 2025    Report to: Transformation Board, "
                      "12 November 2025")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Programme sponsor", "Chief Executive"),
                 ("Programme manager", "Head of Transformation"),
                 ("Overall status – last period", "Amber"),
                 ("Overall status – this period", "Amber"),
                 ("Savings target 2025/26", "£6.4m"),
                 ("Savings forecast 2025/26", "£5.1m")]:
        cells = t.add_row().cells
        cells[0].text, cells[1].text = k, v
        bold_cell(cells[0])
        shade(cells[0], "D9D9D9")
        if v == "Amber":
            shade(cells[1], "FFC000")

    doc.add_paragraph("Programme summary", style="Heading 1")
    doc.add_paragraph(
        "The programme remains amber overall. Customer Access and Digital has moved to green "
        "following go-live of the new contact centre telephony. Adults Demand Management remains "
        "red because of delays to the Technology Enabled Care procurement, and the savings "
        "forecast has reduced by £0.4m this period.")
    s = doc.add_table(rows=1, cols=3)
    s.style = "Table Grid"
    for i, h in enumerate(["Dimension", "Last period", "This period"]):
        s.rows[0].cells[i].text = h
        bold_cell(s.rows[0].cells[i])
    for dim, a, b in [("Time", "A", "A"), ("Cost", "A", "R"), ("Scope", "G", "G"),
                      ("Benefits", "A", "A")]:
        cells = s.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = dim, a, b
    doc.add_paragraph(
        "RAG key: Complete – milestone delivered; G – on track to forecast date; A – at risk, "
        "forecast date later than baseline; R – baseline missed and recovery not yet agreed.")

    fills = {"Complete": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}
    workstreams = [
        ("Workstream 1: Customer Access and Digital",
         "Workstream lead: Service Director – Customer and Digital. Status this period: Green.", [
             ("CA1", "Go live with the new cloud contact centre telephony for all council helplines",
              "Head of Customer Services", "Sep-25", "Oct-25", "Complete"),
             ("CA2", "Launch the My Kirklees account with council tax, benefits and bin collection "
                     "services",
              "Digital Programme Manager", "Dec-25", "Dec-25", "G"),
             ("CA3", "Move face-to-face customer enquiries to an appointment-only service in the "
                     "three town centre libraries",
              "Head of Customer Services / Head of Libraries", "Jan-26", "Mar-26", "A"),
         ]),
        ("Workstream 2: Adults Demand Management",
         "Workstream lead: Service Director – Adult Social Care. Status this period: Red.", [
             ("AD1", "Award the Technology Enabled Care contract",
              "Head of Commissioning (Adults)", "Aug-25", "Jan-26", "R"),
             ("AD2", "Deliver strengths-based practice training to all adult social care "
                     "assessment teams",
              "Principal Social Worker", "Oct-25", "Nov-25", "A"),
             ("AD3", "Review all home care packages of more than 20 hours a week against the new "
                     "support planning framework",
              "Sam Ellison (Head of Assessment and Care Management)", "Mar-26", "Mar-26", "G"),
         ]),
        ("Workstream 3: Property and Accommodation",
         "Workstream lead: Service Director – Development. Status this period: Amber.", [
             ("PA1", "Vacate the Civic Centre annexe and relocate staff to the main office",
              "Head of Facilities", "Nov-25", "Nov-25", "G"),
             ("PA2", "Agree the disposal strategy for surplus depots with Cabinet",
              "Service Director – Development", "Oct-25", "Dec-25", "A"),
             ("PA3", "Complete the office accommodation staff survey and publish the hybrid "
                     "working guidance",
              "HR Business Partner; Head of Facilities", "Sep-25", "Sep-25", "Complete"),
         ]),
    ]
    for head, lead_line, ms in workstreams:
        doc.add_paragraph(head, style="Heading 2")
        doc.add_paragraph(lead_line)
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for i, h in enumerate(["Ref", "Milestone", "Owner", "Baseline date", "Forecast date",
                               "RAG"]):
            tb.rows[0].cells[i].text = h
            bold_cell(tb.rows[0].cells[i])
            shade(tb.rows[0].cells[i], "D9D9D9")
        for m in ms:
            cells = tb.add_row().cells
            for i, v in enumerate(m):
                cells[i].text = v
            shade(cells[5], fills[m[5]])
    doc.add_paragraph("Key risks and issues", style="Heading 1")
    for b in ["The TEC procurement has received a clarification challenge from a bidder; a further "
              "delay to contract award would reduce 2025/26 savings by £0.3m.",
              "Disposal of depots depends on relocating the fleet workshop; options appraisal due "
              "in December."]:
        doc.add_paragraph(b, style="List Bullet")
    doc.add_paragraph("Decisions required", style="Heading 1")
    doc.add_paragraph("The Transformation Board is asked to approve the revised forecast dates for "
                      "AD1 and PA2.")
    doc.save(os.path.join(HERE, "fd2-kirklees-council-transformation-programme-highlight-report.docx"))


# ---------------------------------------------------------------------------
# 6. Safer Hillingdon Partnership - DHR action plan (Home Office template, CSV export)
# ---------------------------------------------------------------------------
def make_dhr():
    header = ["Recommendation", "Scope (local / regional / national)", "Action ref",
              "Action to take", "Lead agency", "Key milestones achieved", "Target date",
              "Date of completion and outcome", "RAG"]
    n = len(header)
    rows = [
        ["Safer Hillingdon Partnership – Domestic Homicide Review Amrit (DHR 2023/02): "
         "Action Plan"] + [""] * (n - 1),
        ["Progress update as at 30 September 2025"] + [""] * (n - 1),
        [""] * n,
        header,
        ["1. Safer Hillingdon Partnership to assure itself that domestic abuse training for "
         "front-line staff covers abuse by adult family members, including economic abuse.",
         "Local", "1.1",
         "Review the partnership domestic abuse training offer against the learning from this "
         "review and add a module on abuse by adult family members.",
         "Hillingdon Council – Domestic Abuse Strategic Lead",
         "Module drafted with specialist by-and-for services", "31/03/2025",
         "Completed March 2025 – module live on the learning hub", "Complete"],
        ["", "Local", "1.2",
         "Deliver the module to housing, adult social care and children's services front-line "
         "staff.",
         "Hillingdon Council – Domestic Abuse Strategic Lead", "248 staff trained to date",
         "Mar-26", "", "Green"],
        ["2. The Metropolitan Police should ensure that officers attending domestic abuse "
         "incidents where the suspect is an adult child of the victim complete a DASH risk "
         "assessment and consider a referral to adult social care.",
         "Regional", "2.1",
         "Issue a West Area BCU briefing on DASH completion for adult family violence incidents.",
         "Metropolitan Police – West Area BCU", "Briefing agreed with the DA lead", "Dec-24",
         "Completed 09/12/2024 – briefing on the police intranet", "Complete"],
        ["", "Regional", "2.2",
         "Dip-sample 30 adult family violence incidents each quarter for DASH completion and "
         "referrals.\nReport the results to the Domestic Abuse Strategic Board.",
         "Metropolitan Police – West Area BCU", "Q1: 82% compliance; Q2: 88%", "Quarterly", "",
         "Green"],
        ["3. Hillingdon Council Housing and registered providers should ask about domestic "
         "abuse when a tenant asks to add an adult family member to their tenancy or household.",
         "Local", "3.1",
         "Add a domestic abuse routine enquiry question to the housing register change of "
         "circumstances form.",
         "Head of Housing Needs / Head of Tenancy Management",
         "Form change approved by the Housing Management Team",
         "30/06/2025 revised 31/12/2025", "", "Amber"],
        ["", "Local", "3.2",
         "Brief registered provider partners on the learning from this review at the Housing "
         "Partnership Forum.",
         "Head of Tenancy Management", "Briefing delivered 14/05/2025", "May-25",
         "Completed 14/05/2025", "Complete"],
        ["4. NHS North West London ICB should seek assurance that GP practices in Hillingdon "
         "record and act on disclosures of domestic abuse by older patients, including referral "
         "to the IRIS service.",
         "Local", "4.1",
         "Include domestic abuse by adult family members in the IRIS training delivered to GP "
         "practices.",
         "NWL ICB Designated Nurse Safeguarding Adults; IRIS Advocate Educator",
         "Training content updated", "Within 6 months of publication", "", "Green"],
        ["", "Local", "4.2",
         "Audit the coding of domestic abuse disclosures in five Hillingdon GP practices.",
         "NWL ICB Designated Nurse Safeguarding Adults", "Practices identified",
         "Sept 2025 – Mar 2026", "", "Green"],
        [""] * n,
        ["RAG: Complete = action completed and evidenced; Green = on track; Amber = delayed; "
         "Red = not started or at risk"] + [""] * (n - 1),
    ]
    with open(os.path.join(HERE, "fd2-safer-hillingdon-partnership-dhr-amrit-action-plan.csv"),
              "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 7. Gateshead Community Safety Board - delivery plan 2025/26 (tab-separated export, typo)
# ---------------------------------------------------------------------------
def make_csp():
    lines = [
        "Gateshead Community Safety Board – Delivery Plan 2025/26",
        "Community Safety Partnership Plan 2025–2028",
        "Q2 progress report (July – September 2025)",
        "",
        "\t".join(["Ref", "What we will do", "Lead", "Partners", "By when", "Q2 progress", "RAG"]),
        "PRIORITY 1: REDUCING ANTI-SOCIAL BEHAVIOUR",
        "\t".join(["P1.1", "Run a summer diversionary activity programme in the four wards with "
                           "the highest levels of youth-related anti-social behaviour",
                   "Community Safety Manager", "Northumbria Police; Gateshead Youth Service",
                   "September 2025", "14 sessions delivered; ASB in target wards down 11%", "C"]),
        "\t".join(["P1.2", "Review the use of Community Protection Notices and agree a single "
                           "escalation process across council teams",
                   "Community Safety Manager", "Environmental Enforcement; Housing",
                   "December 2025", "Draft process out for comment", "G"]),
        "PRIORITY 2: TACKLING DOMESTIC ABUSE AND VIOLENCE AGAINST WOMEN AND GIRLS",
        "\t".join(["P2.1", "Recommission the community domestic abuse outreach service",
                   "Domestic Abuse Coordinator", "Public Health; Northumbria PCC",
                   "March 2026", "Tender published 1 September", "G"]),
        "\t".join(["P2.2", "Deliver Ask for Angela and bystander training to licensed premises in "
                           "the town centre and at the Metrocentre",
                   "Licensing Manager", "Northumbria Police; Business Improvement District",
                   "Feburary 2026", "32 premises trained", "G"]),
        "\t".join(["P2.3", "Complete the DHR action plans for Gateshead reviews published in "
                           "2024 and report progress to the Board",
                   "Domestic Abuse Coordinator", "All Board partners",
                   "Quarterly", "Two of three plans complete", "A"]),
        "PRIORITY 3: SERIOUS VIOLENCE AND EXPLOITATION",
        "\t".join(["P3.1", "Refresh the local serious violence strategic needs assessment with the "
                           "Northumbria Violence Reduction Unit",
                   "Serious Violence Duty Lead", "Northumbria VRU", "January 2026",
                   "Data request with partners", "G"]),
        "\t".join(["P3.2", "Introduce a multi-agency child exploitation hotspot meeting",
                   "Head of Children's Social Care", "Northumbria Police; Education",
                   "November 2025", "Terms of reference not yet agreed", "R"]),
        "PRIORITY 4: REDUCING REOFFENDING",
        "\t".join(["P4.1", "Expand the Integrated Offender Management cohort to include "
                           "domestic abuse perpetrators",
                   "Probation Service Head of Gateshead PDU", "Northumbria Police",
                   "March 2026", "Cohort criteria agreed", "G"]),
        "",
        "RAG: C = complete, G = on track, A = some slippage, R = significant concern",
    ]
    with open(os.path.join(
            HERE, "fd2-gateshead-community-safety-board-delivery-plan-2025-26-typo-month-refuse.txt"),
            "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_icb()
    make_maternity()
    make_risk()
    make_sar()
    make_highlight()
    make_dhr()
    make_csp()
    print("done")
