"""Build the seven il2- blind test files (set heldout280).

Run with: /work/main/.venv/bin/python il2_make.py
Writes the data files beside this script. The .expected.yaml files are written
separately and by hand from the same content.
"""
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_colour):
    return PatternFill("solid", start_color=hex_colour, end_color=hex_colour)


def D(y, m, d):
    return dt.datetime(y, m, d)


# ---------------------------------------------------------------------------
# 1. NHS South West London ICB - Board action log (xlsx)
# ---------------------------------------------------------------------------
SWL_OPEN = [
    ("ICB25/018", D(2025, 5, 14),
     "Provide the Board with an update on the recovery trajectory for the 62-day cancer standard, "
     "including the impact of the additional diagnostic capacity at Queen Mary's Hospital, Roehampton.",
     "Chief Operating Officer", "September 2025",
     "Update scheduled for the September Board as part of the integrated performance report.", AMBER),
    ("ICB25/021", D(2025, 5, 14),
     "Circulate the revised Board Assurance Framework, including the new risk on primary care estates, "
     "to all Board members.",
     "Director of Corporate Affairs", D(2025, 6, 30),
     "Revised BAF to be circulated once the Audit and Risk Committee has reviewed the estates risk. "
     "Now overdue.", RED),
    ("ICB25/024", D(2025, 5, 14),
     "Bring a paper on phase 2 of the delegation of specialised commissioning to a Board seminar.",
     "Chief Finance Officer / Director of Strategic Commissioning", "Oct-25",
     "Seminar provisionally booked for 8 October 2025.", AMBER),
    ("ICB25/030", D(2025, 7, 16),
     "Share the findings of the Healthwatch report on access to GP appointments with the Primary Care "
     "Commissioning Committee and report back on the actions agreed.",
     "Director of Primary Care", D(2025, 11, 30),
     "On the PCCC agenda for 11 September 2025.", AMBER),
    ("ICB25/031", D(2025, 7, 16),
     "Confirm the financial recovery plan savings delivered to month 4 by each place, with a breakdown by scheme.",
     "KM/AR", "Sep-25",
     "Breakdown included in the month 4 finance report circulated to Board members on 22 August 2025.", GREEN),
    ("ICB25/033", D(2025, 7, 16),
     "Work with the six place partnerships to set out how the winter plan will protect elective activity "
     "at Kingston and St George's.\nReport to the Board in public.",
     "Chief Operating Officer; Place Executive Leads", D(2025, 10, 31),
     "Draft winter plan presented to the Executive Committee on 3 September 2025.", AMBER),
    ("ICB25/035", D(2025, 7, 16),
     "Arrange a Board development session on population health management and the use of the "
     "shared care record.",
     "Chief Medical Officer", "Dec-25", "", None),
]
SWL_CLOSED = [
    ("ICB25/009", D(2025, 3, 12),
     "Publish the ICB's response to the Healthwatch report on non-emergency patient transport.",
     "Director of Communications and Engagement", "Apr-25",
     "Response published on the ICB website on 25 April 2025.", GREEN, D(2025, 5, 14)),
    ("ICB25/012", D(2025, 3, 12),
     "Provide an update on the plan to reduce inappropriate out-of-area placements for mental health.",
     "Director of Mental Health Commissioning", D(2025, 5, 14),
     "Update provided under item 9 at the May Board.", GREEN, D(2025, 5, 14)),
    ("ICB25/019", D(2025, 5, 14),
     "Add a quarterly report on the workforce race and disability equality indicators to the Board forward plan.",
     "Chief People Officer", "July 2025",
     "Added to the forward plan; first report received in July 2025.", GREEN, D(2025, 7, 16)),
]


def make_swl():
    wb = Workbook()
    ws = wb.active
    ws.title = "Open actions"
    ws["A1"] = "NHS South West London ICB Board – Action Log"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Board meeting in public, 17 September 2025 – actions arising from previous meetings"
    ws["A2"].font = Font(italic=True)
    ws["A4"] = "RAG key"
    ws["A4"].font = Font(bold=True)
    for r, (colour, text) in enumerate([
            (RED, "Overdue – due date passed and action not complete"),
            (AMBER, "In progress – on track to meet the due date"),
            (GREEN, "Complete – proposed for closure")], start=5):
        ws.cell(row=r, column=1).fill = fill(colour)
        ws.cell(row=r, column=2, value=text)
    headers = ["Action No.", "Meeting date", "Action", "Lead", "Due date", "Progress update", "RAG"]
    hr = 9
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(row=hr, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("005EB8")
        cell.border = BOX
        cell.alignment = WRAP
    r = hr + 1
    for ref, meet, action, lead, due, upd, rag in SWL_OPEN:
        vals = [ref, meet, action, lead, due, upd, None]
        for c, v in enumerate(vals, start=1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BOX
            cell.alignment = WRAP
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        if rag:
            ws.cell(row=r, column=7).fill = fill(rag)
        r += 1
    ws.cell(row=r + 1, column=1,
            value="Actions marked green will be removed from the log once closure is agreed by the Board.")
    ws.cell(row=r + 1, column=1).font = Font(italic=True)
    for col, w in zip("ABCDEFG", [12, 14, 60, 30, 14, 50, 8]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A10"

    ws2 = wb.create_sheet("Closed actions")
    ws2["A1"] = "Actions closed by the Board since March 2025"
    ws2["A1"].font = Font(bold=True, size=12)
    headers2 = headers + ["Date closed"]
    for c, h in enumerate(headers2, start=1):
        cell = ws2.cell(row=3, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("005EB8")
        cell.border = BOX
    r = 4
    for ref, meet, action, lead, due, upd, rag, closed in SWL_CLOSED:
        vals = [ref, meet, action, lead, due, upd, None, closed]
        for c, v in enumerate(vals, start=1):
            cell = ws2.cell(row=r, column=c, value=v)
            cell.border = BOX
            cell.alignment = WRAP
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        ws2.cell(row=r, column=7).fill = fill(rag)
        r += 1
    for col, w in zip("ABCDEFGH", [12, 14, 60, 30, 14, 50, 8, 14]):
        ws2.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "il2-nhs-south-west-london-icb-board-action-log.xlsx"))


# ---------------------------------------------------------------------------
# 2. Mid Cheshire Hospitals NHSFT - maternity and neonatal improvement plan (xlsx)
# ---------------------------------------------------------------------------
MCHT_THEMES = [
    ("Theme 1: Listening to and working with women and families with compassion", [
        ("1.1", "CQC SD2",
         "Introduce a standard process for responding to concerns raised through the Maternity and Neonatal "
         "Voices Partnership (MNVP), with a named midwife allocated to each concern.",
         "Head of Midwifery; Patient Experience Lead", D(2024, 12, 31), D(2025, 3, 31), "A", "B",
         "MNVP concerns pathway launched March 2025; May audit showed 92% of concerns had a named midwife."),
        ("1.2", "3YDP 1.4",
         "Publish translated antenatal information in the five most commonly spoken languages at Leighton Hospital.",
         "Consultant Midwife – Public Health", D(2025, 9, 30), None, "G", "G",
         "Polish, Romanian and Arabic versions published; remaining two with the translation service."),
        ("1.3", "Ockenden IEA 2",
         "Audit personalised care and support plans quarterly and share the findings with the MNVP.",
         "Matron – Community Midwifery", D(2025, 3, 31), D(2025, 11, 30), "A", "R",
         "Audit tool agreed; Q1 audit not completed because of staffing pressures. Revised date agreed at the "
         "Maternity Safety Champions meeting."),
    ]),
    ("Theme 2: Growing, retaining and supporting our workforce", [
        ("2.1", "MIS SA4",
         "Meet the BAPM standards for the neonatal medical workforce, including a business case for a second "
         "tier rota.",
         "Clinical Director – Neonatal Services\nDivisional Director of Operations", D(2025, 3, 31),
         D(2025, 9, 30), "A", "A",
         "Business case approved by the Investment Group; recruitment to two posts under way."),
        ("2.2", "3YDP 2.2",
         "Recruit to the midwifery establishment agreed in the 2024 Birthrate Plus review, bringing the vacancy "
         "rate below 5%.",
         "Director of Midwifery", "Mar-26", None, "G", "G",
         "Vacancy rate 6.8% in August (from 11.2% in April). 14 newly qualified midwives start in October."),
        ("2.3", "CQC MD2",
         "Train all delivery suite staff in the evacuation of the birthing pool and in emergency access to the "
         "blood fridge, with skills drills recorded on the training database.",
         "Practice Development Midwife / Obstetric Training Lead", D(2025, 1, 31), None, "G", "B",
         "Compliance 96% (midwives) and 91% (obstetricians) at 31 January 2025."),
    ]),
    ("Theme 3: Developing and sustaining a culture of safety, learning and support", [
        ("3.1", "CQC MD3",
         "Report all maternity incidents on Datix within 24 hours and review the backlog of open incidents "
         "at the weekly governance huddle.",
         "Maternity Governance Lead", D(2024, 10, 31), D(2025, 5, 31), "R", "G",
         "Backlog reduced from 212 to 18 open incidents; 24-hour reporting at 88% in July."),
        ("3.2", "Ockenden IEA 1",
         "Report all PSII-eligible maternity incidents to the Trust Board and the LMNS within the agreed timescales.",
         "Associate Director of Quality & Safety", "Ongoing", None, "G", "G",
         "Included in the monthly perinatal quality surveillance report to Board."),
        ("3.3", "3YDP 3.1",
         "Complete the SCORE culture survey and agree a culture improvement plan with the perinatal quadrumvirate.",
         "Perinatal Quadrumvirate", "Q3 2025/26", None, None, "Not started",
         "Survey dates agreed with NHS England for October 2025."),
    ]),
    ("Theme 4: Standards and structures that underpin safer, more personalised and more equitable care", [
        ("4.1", "CQC MD1",
         "Redesign the maternity triage area so that women waiting to be assessed can be seen by clinical staff, "
         "and complete the ligature risk assessment for the unit.",
         "Head of Estates", D(2025, 6, 30), D(2025, 8, 31), "R", "B",
         "Works completed 22 August 2025; ligature risk assessment signed off by the Security Manager."),
        ("4.2", "CQC MD4",
         "Provide a second obstetric theatre team so that two obstetric emergencies can be managed at the same time.",
         "Divisional Director of Operations; Clinical Director – Obstetrics", D(2025, 3, 31), D(2026, 1, 31),
         "A", "A",
         "Theatre staffing recruitment complete; second theatre commissioning delayed by estates work."),
        ("4.3", "MIS SA1",
         "Use the Perinatal Mortality Review Tool for all eligible deaths and report the findings to the Board.",
         "Consultant Obstetrician (PMRT Lead)", "Quarterly", None, "G", "G",
         "Q1 2025/26 report received by the Quality Governance Committee in July."),
    ]),
]


def make_mcht():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Maternity and Neonatal Improvement Plan 2024–2026"
    cov["A1"].font = Font(bold=True, size=16, color="7030A0")
    cov["A2"] = "Mid Cheshire Hospitals NHS Foundation Trust – Leighton Hospital"
    cov["A3"] = ("Brings together the actions from the CQC maternity inspection (September 2023, report April 2024), "
                 "the Ockenden immediate and essential actions, the Maternity Incentive Scheme year 7 safety actions "
                 "and the Three-Year Delivery Plan for maternity and neonatal services.")
    cov["A3"].alignment = WRAP
    cov.merge_cells("A3:E3")
    cov.row_dimensions[3].height = 48
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    for c, h in enumerate(["Version", "Date", "Author", "Approved by"], start=1):
        cell = cov.cell(row=6, column=c, value=h)
        cell.font = Font(bold=True)
        cell.border = BOX
    for r, row in enumerate([
            ("1.0", D(2024, 5, 20), "Director of Midwifery", "Quality Governance Committee"),
            ("1.4", D(2025, 6, 24), "Maternity Governance Lead", "Maternity and Neonatal Safety Group"),
            ("1.5", D(2025, 8, 28), "Maternity Governance Lead", "Board of Directors (4 September 2025)")],
            start=7):
        for c, v in enumerate(row, start=1):
            cell = cov.cell(row=r, column=c, value=v)
            cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
    cov["A11"] = "RAG key"
    cov["A11"].font = Font(bold=True)
    for r, (letter, colour, text) in enumerate([
            ("B", BLUE, "Complete – action delivered and evidence of assurance received"),
            ("G", GREEN, "On track to deliver by the completion date"),
            ("A", AMBER, "At risk of delay – mitigations in place"),
            ("R", RED, "Off track or past the completion date"),
            ("Not started", None, "Action not yet due to start")], start=12):
        cell = cov.cell(row=r, column=1, value=letter)
        if colour:
            cell.fill = fill(colour)
        cov.cell(row=r, column=2, value=text)
    cov["A18"] = "Source codes: CQC MD = must do; CQC SD = should do; IEA = Ockenden immediate and essential action; MIS SA = Maternity Incentive Scheme safety action; 3YDP = Three-Year Delivery Plan objective."
    cov.column_dimensions["A"].width = 14
    cov.column_dimensions["B"].width = 60
    cov.column_dimensions["C"].width = 28
    cov.column_dimensions["D"].width = 40

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = "Improvement plan – position at 31 August 2025"
    ws["A1"].font = Font(bold=True, size=13)
    headers = ["Ref", "Source", "Action", "Lead(s)", "Original completion date", "Revised completion date",
               "Previous RAG (June 2025)", "Current RAG (August 2025)", "Progress update / evidence"]
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(row=3, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("7030A0")
        cell.border = BOX
        cell.alignment = WRAP
    rag_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    r = 4
    for theme, actions in MCHT_THEMES:
        ws.cell(row=r, column=1, value=theme).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = fill("E4DFEC")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for ref, src, action, lead, orig, rev, prev, cur, upd in actions:
            vals = [ref, src, action, lead, orig, rev, prev, cur, upd]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.border = BOX
                cell.alignment = WRAP
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            for c, v in ((7, prev), (8, cur)):
                if v in rag_fill:
                    ws.cell(row=r, column=c).fill = fill(rag_fill[v])
            r += 1
    for col, w in zip("ABCDEFGHI", [6, 14, 60, 34, 14, 14, 12, 12, 55]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A4"

    sm = wb.create_sheet("RAG summary")
    sm["A1"] = "Summary of current RAG by theme (August 2025)"
    sm["A1"].font = Font(bold=True)
    cols = ["Theme", "B", "G", "A", "R", "Not started", "Total"]
    for c, h in enumerate(cols, start=1):
        sm.cell(row=3, column=c, value=h).font = Font(bold=True)
    tot = [0] * 5
    r = 4
    for i, (theme, actions) in enumerate(MCHT_THEMES, start=1):
        counts = [sum(1 for a in actions if a[7] == k) for k in ("B", "G", "A", "R", "Not started")]
        tot = [x + y for x, y in zip(tot, counts)]
        for c, v in enumerate([f"Theme {i}"] + counts + [sum(counts)], start=1):
            sm.cell(row=r, column=c, value=v)
        r += 1
    for c, v in enumerate(["Total"] + tot + [sum(tot)], start=1):
        sm.cell(row=r, column=c, value=v).font = Font(bold=True)
    wb.save(os.path.join(HERE, "il2-mid-cheshire-hospitals-nhsft-maternity-neonatal-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 3. Uttlesford DC - corporate risk register Q3 2025/26 (xlsx)
# ---------------------------------------------------------------------------
UDC_RISKS = [
    ("CR1 Medium-term financial sustainability", "Section 151 Officer", 16, 12, "↔", [
        ("1a", "Deliver the 2026/27 savings and income programme of £1.2m agreed by Cabinet in November 2025.",
         "Section 151 Officer", D(2026, 3, 31), "On track"),
        ("1b", "Review the commercial property investment portfolio and report options to Cabinet.",
         "Assistant Director – Corporate Services", "Jun-26", "Not started"),
    ]),
    ("CR2 Adoption of the Uttlesford Local Plan", "Strategic Director of Planning", 16, 12, "↓", [
        ("2a", "Submit the Regulation 19 Local Plan to the Secretary of State for examination.",
         "Strategic Director of Planning", "Q4 2025/26", "Some slippage"),
        ("2b", "Publish the updated five-year housing land supply statement.",
         "Planning Policy Manager", D(2025, 11, 30), "Complete"),
    ]),
    ("CR3 Cyber security and business continuity", "Director of Business Performance and People", 20, 15, "↔", [
        ("3a", "Complete the Public Services Network (PSN) compliance submission and close the remaining "
               "IT health check findings.",
         "ICT Manager", "Sept 2025 – Feb 2026", "Some slippage"),
        ("3b", "Run a corporate business continuity exercise with the Corporate Management Team.",
         "Emergency Planning and Business Continuity Officer", "Mar-26", "On track"),
        ("3c", "Deliver mandatory cyber awareness training to all staff and councillors.",
         "ICT Manager; HR Manager", "Ongoing", "On track"),
    ]),
    ("CR4 Recruitment and retention of key staff", "Director of Business Performance and People", 12, 12, "↑", [
        ("4a", "Implement the outcome of the market supplement review for hard-to-fill planning and "
               "environmental health posts.",
         "HR Manager", D(2026, 1, 31), "Off track"),
    ]),
    ("CR5 Demand for temporary accommodation", "Director of Housing, Health and Communities", 16, 16, "↑", [
        ("5a", "Buy 10 additional homes for use as temporary accommodation through round 3 of the Local "
               "Authority Housing Fund.",
         "Housing Strategy and Operations Manager", D(2026, 3, 31), "Some slippage"),
        ("5b", "Review the homelessness prevention offer and report recommendations to the Housing Board.",
         "Housing Options Manager", "Feb-26", "On track"),
    ]),
]
UDC_STATUS_FILL = {"Complete": BLUE, "On track": GREEN, "Some slippage": AMBER, "Off track": RED}


def score_fill(s):
    return RED if s >= 15 else AMBER if s >= 8 else GREEN


def make_udc():
    wb = Workbook()
    ws = wb.active
    ws.title = "Corporate Risk Register"
    ws["A1"] = "Uttlesford District Council – Corporate Risk Register, Quarter 3 2025/26"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position at 31 December 2025. Reported to the Governance, Audit and Performance Committee, 29 January 2026."
    headers = ["Risk", "Risk owner", "Inherent score", "Current score", "Trend", "Action ref",
               "Further actions to reduce the risk", "Action owner", "Target date", "Action status"]
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.border = BOX
        cell.alignment = WRAP
    r = 5
    for risk, owner, inh, cur, trend, actions in UDC_RISKS:
        first = r
        for aref, text, aowner, target, status in actions:
            vals = [None, None, None, None, None, aref, text, aowner, target, status]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.border = BOX
                cell.alignment = WRAP
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            if status in UDC_STATUS_FILL:
                ws.cell(row=r, column=10).fill = fill(UDC_STATUS_FILL[status])
            r += 1
        last = r - 1
        for c, v in enumerate([risk, owner, inh, cur, trend], start=1):
            cell = ws.cell(row=first, column=c, value=v)
            cell.alignment = WRAP
            if c in (3, 4):
                cell.fill = fill(score_fill(v))
            if last > first:
                ws.merge_cells(start_row=first, start_column=c, end_row=last, end_column=c)
    ws.cell(row=r + 1, column=1,
            value="Scores are likelihood x impact, each on a scale of 1 to 5. Risks with a current score of 15 or "
                  "more are reported to Cabinet each quarter.").font = Font(italic=True)
    ws.cell(row=r + 2, column=1,
            value="Trend: ↑ risk increasing, ↔ no change, ↓ risk reducing since Quarter 2.").font = Font(italic=True)
    for col, w in zip("ABCDEFGHIJ", [30, 26, 9, 9, 7, 8, 60, 30, 16, 14]):
        ws.column_dimensions[col].width = w

    key = wb.create_sheet("Scoring and key")
    key["A1"] = "Risk scoring matrix and action status key"
    key["A1"].font = Font(bold=True)
    key["A3"] = "Likelihood x Impact"
    for i in range(5):
        key.cell(row=4, column=i + 2, value=i + 1).font = Font(bold=True)
        key.cell(row=5 + i, column=1, value=5 - i).font = Font(bold=True)
        for j in range(5):
            s = (5 - i) * (j + 1)
            cell = key.cell(row=5 + i, column=j + 2, value=s)
            cell.fill = fill(score_fill(s))
    key["A12"] = "Action status"
    key["A12"].font = Font(bold=True)
    for r2, (word, text) in enumerate([
            ("Complete", "Action completed"),
            ("On track", "Action progressing to plan"),
            ("Some slippage", "Action delayed but expected to be delivered"),
            ("Off track", "Action not expected to meet the target date"),
            ("Not started", "Action not yet started")], start=13):
        cell = key.cell(row=r2, column=1, value=word)
        if word in UDC_STATUS_FILL:
            cell.fill = fill(UDC_STATUS_FILL[word])
        key.cell(row=r2, column=2, value=text)
    key.column_dimensions["A"].width = 18
    key.column_dimensions["B"].width = 12
    wb.save(os.path.join(HERE, "il2-uttlesford-dc-corporate-risk-register-q3-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(1.5))


# ---------------------------------------------------------------------------
# 4. Epping Forest CSP - DHR 'Olivia' action plan (docx)
# ---------------------------------------------------------------------------
EF_PARTS = [
    ("Part A: Overview report recommendations", [
        ("Recommendation 1: Epping Forest CSP to seek assurance that all partner agencies have a routine enquiry "
         "policy for domestic abuse that includes older victims.", [
            ("1.1", "Local",
             "Audit partner agency routine enquiry policies against SafeLives guidance on older victims of "
             "domestic abuse.",
             "Epping Forest CSP (Domestic Abuse Coordinator)",
             "Audit template agreed – Sept 2024\nReturns received from 9 of 9 agencies – Nov 2024",
             "December 2024", "Completed 19/12/2024 – audit report to CSP Board January 2025.", "Complete"),
            ("1.2", "Local",
             "Deliver briefing sessions on domestic abuse and older people to adult social care, GP practices "
             "and the Epping Forest District Council housing team.",
             "Essex County Council Adult Social Care; Epping Forest District Council",
             "Two of four sessions held – Feb 2025", "Original: April 2025\nRevised: November 2025",
             "", "Amber"),
        ]),
        ("Recommendation 2: Essex Police and The Princess Alexandra Hospital NHS Trust to review how information "
         "about non-fatal strangulation is shared with the MARAC.", [
            ("2.1", "Regional",
             "Add non-fatal strangulation as a specific question on the MARAC referral form and update the "
             "Essex MARAC operating protocol.",
             "Essex Police / Southend, Essex and Thurrock Domestic Abuse Board (SETDAB)",
             "Draft form consulted on – March 2025", "31 March 2025",
             "Completed – revised referral form in use across Essex from 1 May 2025.", "Complete"),
            ("2.2", "Local",
             "Train Emergency Department staff at Princess Alexandra Hospital to recognise and record "
             "non-fatal strangulation.",
             "The Princess Alexandra Hospital NHS Trust",
             "Training package approved by the Trust Safeguarding Committee", "Q3 2025/26", "", "Green"),
        ]),
        ("Recommendation 3: Epping Forest CSP to make sure the learning from this review reaches Olivia's local "
         "community, including faith groups.", [
            ("3.1", "Local",
             "Publish a seven-minute briefing on the review and circulate it to all CSP partners and to local faith "
             "and community groups.",
             "Epping Forest CSP", "Briefing drafted",
             "Within one month of Home Office approval", "", "Not started"),
        ]),
    ]),
    ("Part B: Single agency recommendations", [
        ("Essex Police – Recommendation 4: Officers to complete a DASH risk assessment at every domestic abuse "
         "incident, including where the victim declines to engage.", [
            ("4.1", "Local",
             "Dip-sample 50 domestic abuse incidents each quarter in the West Local Policing Area to check DASH "
             "completion and supervisory review.",
             "Essex Police (Detective Chief Inspector, West LPA)",
             "Q1 and Q2 dip samples completed – 94% compliance", "Quarterly", "", "Green"),
        ]),
        ("Epping Forest District Council – Recommendation 5: Include routine enquiry about domestic abuse in "
         "tenancy sustainment visits.", [
            ("5.1", "Local",
             "Revise the tenancy sustainment visit checklist to include routine enquiry about domestic abuse.",
             "Epping Forest District Council – Housing Management", "Checklist revised",
             "30/06/2025", "Completed June 2025 – new checklist in use.", "Complete"),
            ("5.2", "Local",
             "Work towards Domestic Abuse Housing Alliance (DAHA) accreditation for the council's housing service.",
             "Epping Forest District Council – Housing Management", "Gap analysis completed",
             "March 2026", "", "Amber"),
        ]),
        ("NHS Hertfordshire and West Essex ICB – Recommendation 6: GP practices to flag and review patients who "
         "disclose domestic abuse.", [
            ("6.1", "Local",
             "Roll out the domestic abuse coding and alert template to all GP practices in the Epping Forest "
             "primary care networks.",
             "HWE ICB Safeguarding Team", "Template agreed with the Local Medical Committee",
             "September 2025", "Roll-out paused while the clinical system supplier updates the template.",
             "Red"),
        ]),
    ]),
]


def make_ef():
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Domestic Homicide Review ‘Olivia’ – Action Plan", style="Title")
    doc.add_paragraph("Epping Forest Community Safety Partnership")
    doc.add_paragraph("Progress update for the CSP Board, October 2025")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in enumerate(["Version", "Date", "Author", "Comments"]):
        set_cell(t.rows[0].cells[c], h, bold=True)
    for row in [("1.0", "12/09/2024", "DHR Independent Chair", "Action plan agreed by the DHR panel"),
                ("1.1", "14/04/2025", "Community Safety Manager", "Progress update for CSP Board"),
                ("1.2", "09/10/2025", "Community Safety Manager", "Progress update for CSP Board")]:
        cells = t.add_row().cells
        for c, v in enumerate(row):
            set_cell(cells[c], v)

    doc.add_paragraph(
        "Status key: Complete = action completed and evidenced; Green = on track; Amber = some delay, recovery "
        "agreed; Red = not progressing; Not started = not yet due to begin.")

    headers = ["Ref", "Scope (local / regional)", "Action to take", "Lead agency", "Key milestones",
               "Target date", "Date of completion and outcome", "Status"]
    colour = {"Complete": "9DC3E6", "Green": "A9D08E", "Amber": "FFD966", "Red": "FF7C80"}
    for part, recs in EF_PARTS:
        doc.add_heading(part, level=2)
        t = doc.add_table(rows=1, cols=len(headers))
        t.style = "Table Grid"
        for c, h in enumerate(headers):
            set_cell(t.rows[0].cells[c], h, bold=True)
            shade(t.rows[0].cells[c], "D9D9D9")
        for rec, actions in recs:
            cells = t.add_row().cells
            m = cells[0].merge(cells[-1])
            set_cell(m, rec, bold=True)
            shade(m, "F2F2F2")
            for a in actions:
                cells = t.add_row().cells
                for c, v in enumerate(a):
                    set_cell(cells[c], v)
                if a[7] in colour:
                    shade(cells[7], colour[a[7]])
        doc.add_paragraph("")
    doc.add_paragraph(
        "The action plan is monitored by the Epping Forest DHR Steering Group and progress is reported to the "
        "CSP Board each quarter. Actions are closed only when evidence of completion has been received.")
    doc.save(os.path.join(HERE, "il2-epping-forest-csp-dhr-olivia-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Southampton SAB - thematic SAR 'Ahir and Peter' action plan (docx)
# ---------------------------------------------------------------------------
SSAB_THEMES = [
    ("Theme 1: Self-neglect and alcohol use", [
        ("Recommendation 1: The SSAB should seek assurance that the multi-agency self-neglect and hoarding "
         "guidance is understood and used by frontline practitioners in all partner agencies.", [
            ("1a", "Relaunch the self-neglect and hoarding guidance with a practitioner webinar and a one-page "
                   "practice guide.",
             "SSAB Business Manager", "January 2025",
             "Webinar held 23 January 2025 and attended by 148 practitioners.", "0070C0"),
            ("1b", "Audit ten self-neglect cases open to Adult Social Care to test use of the guidance and the "
                   "quality of risk assessment.",
             "Principal Social Worker (Adults)", "March 2025\nRevised: July 2025",
             "Audit completed in July; report to the Quality and Performance Sub-group in October.", "FFC000"),
        ]),
        ("Recommendation 2: Partner agencies should ensure that mental capacity assessments are decision-specific "
         "and are revisited when a person repeatedly declines support that places them at risk.", [
            ("2a", "Deliver training on mental capacity and executive functioning to community nursing, housing "
                   "and adult social care staff.",
             "MCA Lead, University Hospital Southampton; MCA Lead, Southampton City Council", "September 2025",
             "Four of six sessions delivered.", "00B050"),
            ("2b", "Add a prompt on executive functioning to the Adult Social Care case recording template.",
             "Head of Quality Assurance and Practice Development", "Q3 2025/26",
             "Template change submitted to the systems team.", "00B050"),
        ]),
    ]),
    ("Theme 2: Working together and escalation", [
        ("Recommendation 3: Partners should use a multi-agency risk management (MARM) approach when a person at "
         "high risk declines services, with a clear route for escalation.", [
            ("3a", "Launch the Southampton MARM framework and guidance across partner agencies.",
             "SSAB Business Manager", "April 2025", "Framework launched 7 April 2025.", "0070C0"),
            ("3b", "Report MARM activity data to the SSAB Quality and Performance Sub-group.",
             "Chair, Quality and Performance Sub-group", "Quarterly from July 2025",
             "First data report received in July 2025.", "00B050"),
            ("3c", "Review the escalation and resolution protocol so that it includes housing providers and the "
                   "ambulance service.",
             "SSAB Policy and Procedures Sub-group", "December 2025", "", None),
        ]),
        ("Recommendation 4: South Central Ambulance Service and primary care should share information about "
         "repeated falls and non-conveyance with Adult Social Care.", [
            ("4a", "Introduce a direct referral route from SCAS to the Adult Social Care front door for people with "
                   "three or more non-conveyed falls in a month.",
             "Head of Safeguarding, South Central Ambulance Service NHS FT", "31/10/2025",
             "Data-sharing agreement not yet signed by all parties.", "FF0000"),
        ]),
    ]),
    ("Theme 3: Fire safety and living conditions", [
        ("Recommendation 5: Hampshire and Isle of Wight Fire and Rescue Service and partners should make "
         "referrals for Safe and Well visits for people who self-neglect and smoke.", [
            ("5a", "Add fire risk screening questions to the self-neglect and hoarding guidance and the Adult "
                   "Social Care assessment form.",
             "HIWFRS Safeguarding Lead; SSAB Business Manager", "July 2025",
             "Questions added to both documents in June 2025.", "0070C0"),
            ("5b", "Promote the Safe and Well referral pathway to home care providers through the provider forum.",
             "Commissioning Manager, Integrated Commissioning Unit", "Ongoing",
             "Presented at the provider forum in May and September.", "00B050"),
        ]),
    ]),
]


def make_ssab():
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Thematic Safeguarding Adult Review ‘Ahir and Peter’ – Action Plan", style="Title")
    doc.add_paragraph("Southampton Safeguarding Adults Board (SSAB)")
    doc.add_paragraph("Progress position: October 2025. Owner: SSAB Case Review Group.")

    doc.add_paragraph("RAG key").runs[0].bold = True
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for i, (colour, text) in enumerate([
            ("0070C0", "Complete – action delivered and impact evidenced"),
            ("00B050", "On track"),
            ("FFC000", "Delayed but within tolerance"),
            ("FF0000", "Not progressing / overdue")]):
        shade(key.rows[i].cells[0], colour)
        set_cell(key.rows[i].cells[1], text)

    headers = ["No.", "Action", "Lead agency / officer", "Timescale", "Progress and evidence of impact", "RAG"]
    for theme, recs in SSAB_THEMES:
        doc.add_heading(theme, level=1)
        for rec, actions in recs:
            p = doc.add_paragraph()
            p.add_run(rec).bold = True
            t = doc.add_table(rows=1, cols=len(headers))
            t.style = "Table Grid"
            for c, h in enumerate(headers):
                set_cell(t.rows[0].cells[c], h, bold=True)
                shade(t.rows[0].cells[c], "D9E2F3")
            for no, action, lead, when, prog, rag in actions:
                cells = t.add_row().cells
                for c, v in enumerate([no, action, lead, when, prog, ""]):
                    set_cell(cells[c], v)
                if rag:
                    shade(cells[5], rag)
            doc.add_paragraph("")
    doc.add_paragraph(
        "Notes: the action plan will be reviewed at each meeting of the Case Review Group. Actions rated blue "
        "will be closed once the Board has seen the evidence of impact.")
    doc.save(os.path.join(HERE, "il2-southampton-sab-thematic-sar-ahir-peter-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Dacorum CSP - partnership plan 2025-26 delivery plan (tab-separated txt)
# ---------------------------------------------------------------------------
DCSP_LINES = [
    "Dacorum Community Safety Partnership – Partnership Plan 2025-26 Delivery Plan",
    "Quarter 2 progress update (July – September 2025)",
    "",
    "RAG key: G = on track; A = some risk to delivery; R = off track; C = complete",
    "",
    "Ref\tAction\tLead partner(s)\tTimescale\tQ2 progress\tRAG",
    "Priority 1: Reducing anti-social behaviour and its impact on communities",
    "1.1\tRun multi-agency days of action in Hemel Hempstead town centre and the Highfield estate.\t"
    "Dacorum BC Community Safety Team; Hertfordshire Constabulary\tQuarterly\t"
    "Day of action held in Highfield on 14 August 2025.\tG",
    "1.2\tLaunch an online ASB case review (Community Trigger) form and publicise it to residents.\t"
    "Dacorum BC Anti-Social Behaviour Team\tSeptember 2025\tOnline form live since 1 September 2025.\tC",
    "1.3\tRenew the Public Spaces Protection Order for Hemel Hempstead town centre.\t"
    "Dacorum BC Legal Services; Dacorum BC Community Safety Team\tBy 31 January 2026\t"
    "Public consultation launched 8 September 2025.\tG",
    "Priority 2: Tackling domestic abuse and violence against women and girls",
    "2.1\tComplete the White Ribbon accreditation action plan for Dacorum Borough Council.\t"
    "Dacorum BC Community Safety Manager\tNovember 2025\t"
    "Staff training behind schedule; ambassador recruitment complete.\tA",
    "2.2\tRecommission the Dacorum domestic abuse outreach service for a further two years.\t"
    "Hertfordshire County Council (Community Protection); Dacorum BC\tMarch 2026\t"
    "Procurement under way.\tG",
    "\t\t\t\tTender evaluation panel 20 October 2025.\t",
    "2.3\tRun 'Walk and Talk' sessions with women and girls in Berkhamsted and Tring town centres.\t"
    "Hertfordshire Constabulary – Dacorum Safer Neighbourhood Team\tQ3 2025/26\t"
    "Not yet started; first walk scheduled for October.\t",
    "Priority 3: Serious violence and exploitation",
    "3.1\tDeliver knife crime awareness sessions in all Dacorum secondary schools\t"
    "Hertfordshire Constabulary Schools Officers; Herts Youth Service\tSummer term 2026\t"
    "Sessions booked in 6 of 11 schools.\tG",
    "\tand the two education support centres.\t\t\t\t",
    "3.2\tMap county lines activity and cuckooed addresses and share it through the Dacorum Exploitation Panel.\t"
    "Hertfordshire Constabulary Intelligence Unit\tOngoing\tMonthly profile shared with panel members.\tG",
    "3.3\tAgree a Serious Violence Duty data-sharing agreement between the specified authorities.\t"
    "Hertfordshire Serious Violence Duty Lead\tJune 2025\t"
    "Agreement drafted; two partners have not yet signed.\tR",
    "Priority 4: Building safer and stronger communities",
    "4.1\tRecruit and train volunteers to run hate crime reporting centres at three community venues.\t"
    "Dacorum BC Community Partnerships Team\tDec-25\tTwo venues confirmed; volunteer training booked.\tA",
    "",
    "Summary: 10 actions – 1 complete, 5 green, 2 amber, 1 red, 1 not started",
    "Next update to the CSP Responsible Authorities Group: January 2026",
]


def make_dcsp():
    with open(os.path.join(HERE, "il2-dacorum-csp-partnership-plan-2025-26-delivery-plan.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(DCSP_LINES) + "\n")


# ---------------------------------------------------------------------------
# 7. Harlow Council - transformation programme highlight report (csv, refuse)
# ---------------------------------------------------------------------------
HARLOW_LINES = [
    "Building Harlow's Future – Transformation Programme Highlight Report,,,,,,",
    "Reporting period: September 2025,,,,,,",
    "Prepared by: Programme Management Office (PMO),,,,,,",
    "Overall programme status: Amber,,,,,,",
    ",,,,,,",
    "Ref,Milestone / action,Owner,Baseline date,Forecast date,RAG,Commentary",
    "Mission 1: Transform our council,,,,,,",
    "T1.1,Go live with the new customer portal for council tax and benefits,Head of Customer Services and Digital,"
    "30/06/2025,31/10/2025,Amber,Go-live moved to align with the revenues system upgrade",
    "T1.2,Complete the PMO review of all service business plans,Programme Management Office,"
    "31/07/2025,31/07/2025,Complete,Reviews reported to the Senior Leadership Team on 29 July",
    "T1.3,Implement the new HR and payroll system (phase 1: payroll),Head of HR and OD; ICT Manager,"
    "01/04/2025,01/12/2025,Red,\"Supplier delay to data migration; parallel run now planned for November\"",
    "Mission 2: Rebuild our town,,,,,,",
    "T2.1,Complete the Broad Walk public realm improvement works,Regeneration Programme Manager,"
    "30/09/2025,30/11/2025,Amber,Paving contractor remobilised after utilities diversion",
    "T2.2,Submit the full business case for the new town centre transport interchange,Head of Regeneration,"
    "31/12/2025,Febuary 2026,Amber,\"Business case to be aligned with the Essex County Council highways programme\"",
    "T2.3,Complete the acquisition of the Terminus House site,Head of Property and Facilities,"
    "31/03/2026,31/03/2026,Green,Heads of terms agreed",
    "Mission 4: Invest in our housing,,,,,,",
    "T4.1,Award the new responsive repairs contract for council homes,Head of Housing Property Services,"
    "31/01/2026,31/01/2026,Green,Tender evaluation under way",
    "T4.2,Complete damp and mould surveys of all council homes with an open case,Housing Compliance Manager,"
    "30/09/2025,30/09/2025,Complete,All 412 surveys completed",
    ",,,,,,",
    "RAG summary,Complete: 2,Green: 2,Amber: 3,Red: 1,,",
]


def make_harlow():
    with open(os.path.join(HERE, "il2-harlow-council-transformation-programme-highlight-report-typo-month-refuse.csv"),
              "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(HARLOW_LINES) + "\r\n")


if __name__ == "__main__":
    make_swl()
    make_mcht()
    make_udc()
    make_ef()
    make_ssab()
    make_dcsp()
    make_harlow()
    print("built 7 files in", HERE)
