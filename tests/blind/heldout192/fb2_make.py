#!/usr/bin/env python3
"""Build the seven fb2- blind test files (set heldout192).

Run with /work/main/.venv/bin/python fb2_make.py  (writes beside this script).
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE, GREY = "FF0000", "FFC000", "00B050", "0070C0", "BFBFBF"


# ----------------------------------------------------------------- helpers
def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)


def fill(hex_colour):
    return PatternFill(fill_type="solid", start_color=hex_colour, end_color=hex_colour)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


# ------------------------------------------------ 1. Oldham SAB SAR (docx)
def oldham_sar():
    doc = Document()
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Oldham Safeguarding Adults Board"
    sec.footer.paragraphs[0].text = "OSAB SAR Adult R action plan v4.0 – OFFICIAL"

    doc.add_heading("Safeguarding Adults Review – Adult R: Multi-Agency Action Plan", 0)

    dc = doc.add_table(rows=5, cols=2)
    dc.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("Version", "v4.0"),
        ("Date", "12 March 2025"),
        ("Plan owner", "SAR Subgroup"),
        ("Approved by", "OSAB Executive, 20 February 2025"),
        ("Next review", "June 2025"),
    ]):
        set_cell(dc.cell(i, 0), k, bold=True)
        set_cell(dc.cell(i, 1), v)

    doc.add_heading("Introduction", 1)
    doc.add_paragraph(
        "Adult R was a 71-year-old man who lived alone in a privately rented flat in Oldham. "
        "He died in March 2023 following a fire at his home. The review was commissioned by the "
        "Oldham Safeguarding Adults Board under section 44 of the Care Act 2014 and was published "
        "in November 2024. The review made four recommendations, grouped below under two learning "
        "themes. Each partner agency has agreed the actions it will take in response."
    )
    doc.add_paragraph(
        "Progress is reported to the SAR Subgroup every two months and to the OSAB Executive quarterly."
    )

    doc.add_heading("RAG rating key", 2)
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for i, (k, v, c) in enumerate([
        ("Blue", "Action complete and evidence of impact provided", BLUE),
        ("Green", "On track to be completed by the target date", GREEN),
        ("Amber", "At risk of slipping or only partially complete", AMBER),
        ("Red", "Off track, or not started and past the target date", RED),
    ]):
        set_cell(key.cell(i, 0), k, bold=True)
        shade(key.cell(i, 0), c)
        set_cell(key.cell(i, 1), v)

    themes = [
        ("Theme 1: Self-neglect and hoarding", [
            ("Recommendation 1: OSAB should seek assurance that partner agencies apply the Greater "
             "Manchester self-neglect policy, including the use of multi-agency risk management "
             "meetings where an adult declines support.", [
                ("1.1", "Re-launch the GM Self-Neglect Policy and Practice Guidance through a 7-minute "
                        "briefing and two partnership learning events.",
                 "SAB Business Manager", "30/06/2025",
                 "Briefing published January 2025; first learning event held 4 March 2025 (62 attendees).",
                 "Green"),
                ("1.2", "Audit a sample of 20 self-neglect cases to test whether a multi-agency risk "
                        "management (MARM) meeting was convened where the adult declined support.",
                 "Head of Adult Safeguarding (Oldham Council) / Named Nurse for Safeguarding Adults (NCA)",
                 "Sept 2025",
                 "Audit tool agreed. Case sample delayed by the change of case management system.",
                 "Amber"),
            ]),
            ("Recommendation 2: Adult social care and housing providers should agree a joint protocol "
             "for responding to hoarding where there is a risk of fire.", [
                ("2.1", "Develop a joint hoarding protocol with First Choice Homes Oldham and Greater "
                        "Manchester Fire and Rescue Service, including use of the clutter image rating scale.",
                 "Principal Social Worker (Adults); Head of Tenancy Services (First Choice Homes Oldham)",
                 "31/05/2025",
                 "Draft protocol circulated for comment; sign-off at SAR Subgroup in May.",
                 "Green"),
                ("2.2", "Promote referrals for Safe and Well visits from GMFRS for adults who self-neglect.",
                 "GMFRS Prevention Manager", "31/01/2025",
                 "Referral pathway added to the adult social care front door. Referrals up from 11 to 38 a quarter.",
                 "Blue"),
            ]),
        ]),
        ("Theme 2: Mental capacity and professional curiosity", [
            ("Recommendation 3: Partner agencies should ensure that mental capacity assessments are "
             "completed and recorded where an adult repeatedly makes unwise decisions that place them "
             "at serious risk.", [
                ("3.1", "Deliver Mental Capacity Act refresher training focused on executive capacity to "
                        "adult social care, primary care and district nursing staff.",
                 "MCA Lead (Oldham Council) and Designated Nurse Adult Safeguarding (NHS GM – Oldham)",
                 "31/03/2025",
                 "Three of five sessions delivered; remaining two scheduled for April 2025.",
                 "Amber"),
                ("3.2", "Add a prompt on executive capacity to the adult social care assessment template "
                        "and the GP safeguarding template.",
                 "Head of Adult Safeguarding (Oldham Council)", "December 2025",
                 "Not yet started – awaiting system developer capacity.",
                 "Red"),
            ]),
            ("Recommendation 4: OSAB should seek assurance that agencies use professional curiosity when "
             "a carer or family member restricts access to the adult.", [
                ("4.1", "Include the learning from Adult R in the OSAB professional curiosity training "
                        "module and the multi-agency safeguarding adults training offer.",
                 "OSAB Learning and Development Subgroup", "30/09/2025",
                 "Module being revised; case study drafted.",
                 "Green"),
                ("4.2", "GMP to brief neighbourhood officers on recording the outcome of welfare checks "
                        "where access to an adult is refused.",
                 "DCI Public Protection (GMP Oldham)", "June 2025",
                 "Briefing note prepared for district training day.",
                 "Green"),
                ("4.3", "Seek assurance reports from all partner agencies on implementation of the learning "
                        "from this review.",
                 "OSAB Independent Chair", "Quarterly to OSAB Executive",
                 "First assurance reports due to the OSAB Executive in July 2025.",
                 ""),
            ]),
        ]),
    ]
    colours = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Blue": BLUE}
    header = ["Ref", "Action", "Lead agency / officer", "Target date",
              "Progress update (March 2025)", "RAG"]
    doc.add_heading("Action plan", 1)
    for theme, recs in themes:
        doc.add_heading(theme, 2)
        for rec, acts in recs:
            t = doc.add_table(rows=2 + len(acts), cols=6)
            t.style = "Table Grid"
            m = t.cell(0, 0).merge(t.cell(0, 5))
            set_cell(m, rec, bold=True)
            shade(m, "D9E2F3")
            for j, h in enumerate(header):
                set_cell(t.cell(1, j), h, bold=True)
                shade(t.cell(1, j), "1F3864")
            for i, a in enumerate(acts):
                for j, v in enumerate(a):
                    set_cell(t.cell(2 + i, j), v)
                if a[5]:
                    shade(t.cell(2 + i, 5), colours[a[5]])
            doc.add_paragraph("")

    doc.add_heading("Monitoring", 1)
    doc.add_paragraph(
        "Actions rated Blue will be closed by the SAR Subgroup once evidence of impact has been "
        "reviewed. The plan will be closed when all actions are Blue."
    )
    doc.save(os.path.join(HERE, "fb2-oldham-sab-sar-adult-r-action-plan.docx"))


# ------------------------------- 2. Sherwood Forest maternity plan (docx)
def sherwood_maternity():
    doc = Document()
    for s in doc.sections:
        s.orientation = 1
        s.page_width, s.page_height = s.page_height, s.page_width
    doc.sections[0].header.paragraphs[0].text = "Sherwood Forest Hospitals NHS Foundation Trust"

    doc.add_heading("Maternity and Neonatal Improvement Plan – February 2025 Update", 0)

    cover = doc.add_table(rows=7, cols=2)
    cover.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("Meeting:", "Board of Directors Meeting in Public"),
        ("Date:", "6 March 2025"),
        ("Subject:", "Maternity and Neonatal Improvement Plan – progress report"),
        ("Prepared by:", "Director of Midwifery"),
        ("Approved by:", "Chief Nurse"),
        ("Presented by:", "Director of Midwifery"),
        ("Purpose:", "Assurance"),
    ]):
        set_cell(cover.cell(i, 0), k, bold=True)
        set_cell(cover.cell(i, 1), v)

    doc.add_heading("Executive Summary", 1)
    doc.add_paragraph(
        "The Maternity and Neonatal Improvement Plan brings together the actions arising from the CQC "
        "maternity inspection (2023), the Ockenden immediate and essential actions and the NHS England "
        "three-year delivery plan for maternity and neonatal services. It is organised under the four "
        "themes of the three-year plan. Progress is overseen monthly by the Maternity and Neonatal "
        "Safety Champions and reported to the Quality Committee."
    )
    doc.add_paragraph(
        "Of the 10 actions in the plan, 2 are complete, 4 are on track, 2 are at risk and 1 is off "
        "track. One action has not yet started. The Board is asked to note the revised due dates for "
        "MIP01, MIP04, MIP07 and MIP09."
    )

    doc.add_heading("Summary of status", 2)
    summ = doc.add_table(rows=7, cols=2)
    summ.style = "Table Grid"
    for i, (k, v, c) in enumerate([
        ("Status", "Number of actions", None),
        ("Complete", "2", BLUE),
        ("On track", "4", GREEN),
        ("At risk", "2", AMBER),
        ("Off track", "1", RED),
        ("Not started", "1", GREY),
        ("Total", "10", None),
    ]):
        set_cell(summ.cell(i, 0), k, bold=(i in (0, 6)))
        set_cell(summ.cell(i, 1), v, bold=(i in (0, 6)))
        if c:
            shade(summ.cell(i, 0), c)

    doc.add_paragraph(
        "Key: Complete (Blue) – action delivered and evidence accepted by the Safety Champions; "
        "On track (Green) – will be delivered by the due date; At risk (Amber) – may miss the due date, "
        "recovery actions in place; Off track (Red) – will miss the due date, escalated to the Quality "
        "Committee; Not started (Grey)."
    )

    doc.add_heading("Maternity and Neonatal Improvement Plan", 1)
    colour = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED,
              "Not started": GREY}
    plan = [
        ("Theme 1 – Listening to and working with women and families", [
            ("MIP01", "Co-produce a revised personalised care and support plan with the Maternity and "
                      "Neonatal Voices Partnership (MNVP).",
             "Consultant Midwife / MNVP Lead", "31/12/2024", "31/03/2025",
             "Draft plan tested with 40 women; printing delayed by the change to the regional template.",
             "At risk"),
            ("MIP02", "Introduce a bereavement care pathway compliant with the National Bereavement Care "
                      "Pathway standards.",
             "Bereavement Midwife", "30/09/2024", "",
             "All nine NBCP standards met; evidence accepted September 2024.",
             "Complete"),
            ("MIP03", "Publish a quarterly ‘You said, we did’ report from complaints, PALS and Friends and "
                      "Family Test feedback.",
             "Head of Midwifery", "Quarterly", "",
             "Q3 report published January 2025 and shared with the MNVP.",
             "On track"),
        ]),
        ("Theme 2 – Growing, retaining and supporting our workforce", [
            ("MIP04", "Recruit to the midwifery establishment agreed in the Birthrate Plus review "
                      "(14.6 WTE).",
             "Director of Midwifery", "31/03/2025", "30/06/2025",
             "9.2 WTE recruited. International recruitment cohort delayed to May 2025.",
             "Off track"),
            ("MIP05", "Implement a preceptorship programme for newly qualified midwives aligned to the "
                      "national framework.",
             "Practice Development Midwife", "30/11/2024", "",
             "Programme launched; NMC preceptorship standards met.",
             "Complete"),
            ("MIP06", "Achieve 90% compliance with PROMPT and fetal monitoring training for all staff groups.",
             "Clinical Director (Obstetrics) / Practice Development Midwife", "31/03/2025", "",
             "Midwives 94%, obstetricians 88%, anaesthetists 91%.",
             "On track"),
        ]),
        ("Theme 3 – Developing and sustaining a culture of safety", [
            ("MIP07", "Complete the Perinatal Culture and Leadership Programme diagnostic and share the "
                      "action plan with staff.",
             "Perinatal Quadrumvirate", "31/01/2025", "30/04/2025",
             "SCORE survey closed; listening events in March 2025.",
             "On track"),
            ("MIP08", "Transition maternity incident review to PSIRF, including a weekly multidisciplinary "
                      "incident review meeting.",
             "Maternity Governance Lead", "31/05/2025", "",
             "Weekly meeting in place since December 2024; learning response guidance being finalised.",
             "On track"),
        ]),
        ("Theme 4 – Meeting and improving standards and structures", [
            ("MIP09", "Achieve full compliance with Saving Babies’ Lives Care Bundle version 3 across all "
                      "six elements.",
             "Consultant Obstetrician – SBLCB Lead", "31/03/2025", "30/09/2025",
             "Elements 1, 2, 4 and 6 compliant. Elements 3 and 5 require digital changes.",
             "At risk"),
            ("MIP10", "Replace the cardiotocography (CTG) central monitoring system on the labour ward.",
             "Head of Midwifery / Associate Director of Estates", "Q2 2025/26", "",
             "Business case to be submitted to the Capital Group in April 2025.",
             "Not started"),
        ]),
    ]
    header = ["Ref", "Action", "Lead", "Original due date", "Revised due date",
              "Progress / evidence", "Status"]
    nrows = 1 + sum(1 + len(a) for _, a in plan)
    t = doc.add_table(rows=nrows, cols=7)
    t.style = "Table Grid"
    for j, h in enumerate(header):
        set_cell(t.cell(0, j), h, bold=True)
        shade(t.cell(0, j), "D9D9D9")
    r = 1
    for theme, acts in plan:
        m = t.cell(r, 0).merge(t.cell(r, 6))
        set_cell(m, theme, bold=True)
        shade(m, "DEEAF6")
        r += 1
        for a in acts:
            for j, v in enumerate(a):
                set_cell(t.cell(r, j), v, size=9)
            shade(t.cell(r, 6), colour[a[6]])
            r += 1

    doc.add_heading("Recommendation", 1)
    doc.add_paragraph(
        "The Board is asked to note the progress made and the actions at risk, and to approve the "
        "revised due dates."
    )
    doc.save(os.path.join(HERE, "fb2-sherwood-forest-hospitals-nhsft-maternity-improvement-plan.docx"))


# ------------------------------ 3. MSE ICB board action log (xlsx, refuse)
def mse_icb():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Log"
    ws["A1"] = "NHS Mid and South Essex Integrated Care Board"
    ws["A1"].font = Font(bold=True, size=14, color="005EB8")
    ws["A2"] = "Board Meeting in Public – Action Log"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "As at: 16 January 2025"
    header = ["Action No.", "Meeting Date", "Minute Ref", "Action", "Lead", "Due Date", "Update",
              "Status"]
    for j, h in enumerate(header, 1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.border = BOX
        c.alignment = WRAP
    rows = [
        ("BD/24/041", dt.datetime(2024, 7, 18), "Min 12",
         "Provide the Board with an update on the Community Diagnostic Centre programme, including the "
         "Thurrock and Southend sites.",
         "Director of Strategy and Partnerships", "September 2024",
         "Update included in the Chief Executive's report, September 2024.", "Closed"),
        ("BD/24/047", dt.datetime(2024, 9, 19), "Min 8",
         "Circulate the revised Board Assurance Framework heat map to members.",
         "Director of Corporate Governance", dt.datetime(2024, 10, 31),
         "Circulated 28 October 2024.", "Closed"),
        ("BD/24/052", dt.datetime(2024, 9, 19), "Min 15",
         "Bring a report on the financial recovery plan and month 6 forecast to the November Board.",
         "Executive Chief Finance Officer", "November 2024",
         "Report received at the November meeting (item 11).", "Closed"),
        ("BD/24/058", dt.datetime(2024, 11, 21), "Min 9",
         "Provide a briefing on winter resilience and ambulance handover delays at Basildon, Broomfield "
         "and Southend hospitals.",
         "Chief Executive / Executive Director of Performance", "January 2025",
         "On the January agenda.", "Open"),
        ("BD/24/061", dt.datetime(2024, 11, 21), "Min 11",
         "Review the primary care access recovery plan and report on GP appointment availability by "
         "alliance.",
         "Director of Primary Care", "Febuary 2025",
         "Data being validated with the four alliances.", "Open"),
        ("BD/24/063", dt.datetime(2024, 11, 21), "Min 14",
         "Arrange a Board development session on population health management.",
         "Director of Corporate Governance", "March 2025",
         "Date being agreed with the Chair.", "Open"),
        ("BD/25/002", dt.datetime(2025, 1, 16), "Min 7",
         "Share the findings of the mental health urgent care pathway review with Board members.",
         "Executive Chief Nurse", "May 2025", "", "Open"),
    ]
    for i, row in enumerate(rows):
        r = 6 + i
        for j, v in enumerate(row, 1):
            c = ws.cell(r, j, v)
            c.border = BOX
            c.alignment = WRAP
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        st = ws.cell(r, 8)
        st.fill = fill("C6EFCE" if row[7] == "Closed" else "FFEB9C")
    ws.cell(14, 1, "Key: Open – action in progress; Closed – action completed and will be removed "
                   "from the log after the next meeting.")
    ws.cell(14, 1).font = Font(italic=True)
    for col, w in zip("ABCDEFGH", (12, 13, 10, 60, 32, 15, 45, 10)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    wb.save(os.path.join(HERE, "fb2-mid-and-south-essex-icb-board-action-log-typo-month-refuse.xlsx"))


# ------------------------------ 4. Rugby BC corporate risk register (xlsx)
def rugby_risk():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "Rugby Borough Council – Corporate Risk Register"
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Summary of corporate risks – Quarter 1 2025/26"
    hdr = ["Ref", "Risk", "Risk owner", "Previous score", "Current score", "Target score",
           "Direction of travel"]
    for j, h in enumerate(hdr, 1):
        c = s.cell(4, j, h)
        c.font = Font(bold=True)
        c.fill = fill("D9D9D9")
        c.border = BOX
    summ = [
        ("CR1", "Financial sustainability", "Chief Officer – Finance and Performance", 16, 16, 9, "↔"),
        ("CR2", "Cyber security", "Chief Officer – Digital and Communications", 15, 15, 10, "↔"),
        ("CR3", "Local Government Reorganisation", "Chief Executive", 12, 16, 8, "↑"),
        ("CR4", "Housing and homelessness demand", "Chief Officer – Communities and Homes", 16, 12, 8, "↓"),
    ]
    scol = lambda v: RED if v >= 15 else (AMBER if v >= 8 else GREEN)
    for i, row in enumerate(summ):
        for j, v in enumerate(row, 1):
            c = s.cell(5 + i, j, v)
            c.border = BOX
            if j in (4, 5, 6):
                c.fill = fill(scol(v))
    s["A10"] = "Scores are likelihood x impact (1–5 each). Red 15–25, Amber 8–14, Green 1–7."
    for col, w in zip("ABCDEFG", (8, 36, 40, 15, 14, 13, 18)):
        s.column_dimensions[col].width = w

    ws = wb.create_sheet("Register")
    ws["A1"] = "Corporate Risk Register – risk detail and further actions"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Quarter 1 2025/26 (reviewed by Leadership Team 8 July 2025)"
    hdr = ["Risk", "Description (cause, event, consequence)", "Risk owner", "Previous score",
           "Current score (L x I)", "Target score", "Existing controls", "Further actions",
           "Action owner", "Due date", "Action RAG"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.alignment = WRAP
        c.border = BOX
    risks = [
        ("CR1 Financial sustainability",
         "Failure to set a balanced budget and deliver the Medium Term Financial Strategy because of "
         "reduced funding, inflation and demand pressures, leading to unplanned service reductions.",
         "Chief Officer – Finance and Performance", "4 x 4 = 16", "4 x 4 = 16", "3 x 3 = 9",
         "MTFS refreshed annually; monthly budget monitoring to Leadership Team; reserves strategy.",
         [
             ("Deliver the 2025/26 savings programme (£1.2m) and report progress monthly to Cabinet.",
              "Chief Officer – Finance and Performance", dt.datetime(2026, 3, 31), GREEN),
             ("Respond to the Fair Funding Review consultation and model the impact on the MTFS.",
              "Deputy S151 Officer", dt.datetime(2025, 8, 31), BLUE),
             ("Review fees and charges and commercial income assumptions for 2026/27.",
              "Deputy S151 Officer / Head of Growth and Investment", "Q3 2025/26", AMBER),
         ]),
        ("CR2 Cyber security",
         "A successful cyber attack or ransomware incident results in loss of systems and data, "
         "inability to deliver services and reputational damage.",
         "Chief Officer – Digital and Communications", "3 x 5 = 15", "3 x 5 = 15", "2 x 5 = 10",
         "Firewalls and endpoint protection; multi-factor authentication; annual penetration test; "
         "mandatory e-learning.",
         [
             ("Complete the LGA Cyber 360 review and implement the resulting action plan.",
              "Head of Digital and ICT", dt.datetime(2025, 12, 31), GREEN),
             ("Achieve PSN compliance re-certification.",
              "ICT Infrastructure Manager", dt.datetime(2025, 6, 30), BLUE),
             ("Run a cyber incident exercise with Leadership Team and test the business continuity plans.",
              "Head of Digital and ICT / Emergency Planning Officer", dt.datetime(2025, 10, 31), RED),
         ]),
        ("CR3 Local Government Reorganisation",
         "Uncertainty and capacity pressures arising from Local Government Reorganisation in "
         "Warwickshire affect delivery of Corporate Strategy priorities and staff retention.",
         "Chief Executive", "3 x 4 = 12", "4 x 4 = 16", "2 x 4 = 8",
         "LGR programme board; joint working with Warwickshire districts; regular staff briefings.",
         [
             ("Submit the final proposal for unitary local government in Warwickshire jointly with the "
              "district and borough councils.",
              "Chief Executive", dt.datetime(2025, 11, 28), GREEN),
             ("Agree a staff engagement and retention plan for the reorganisation period.",
              "Head of People and Organisational Development", "Ongoing", GREEN),
         ]),
        ("CR4 Housing and homelessness demand",
         "Rising homelessness presentations and use of temporary accommodation exceed the available "
         "budget and supply of homes.",
         "Chief Officer – Communities and Homes", "4 x 4 = 16", "3 x 4 = 12", "2 x 4 = 8",
         "Homelessness prevention fund; weekly temporary accommodation panel; landlord incentive scheme.",
         [
             ("Complete the acquisition of 12 homes for use as temporary accommodation through the Local "
              "Authority Housing Fund.",
              "Head of Communities and Homes", dt.datetime(2025, 9, 30), AMBER),
             ("Refresh the Homelessness and Rough Sleeping Strategy 2025–2030.",
              "Housing Advice and Options Manager", dt.datetime(2025, 7, 31), None),
         ]),
    ]
    r = 5
    for (name, desc, owner, prev, cur, tgt, ctrls, acts) in risks:
        first = r
        for (act, aowner, due, rag) in acts:
            for j, v in ((8, act), (9, aowner), (10, due)):
                c = ws.cell(r, j, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            c = ws.cell(r, 11)
            c.border = BOX
            if rag:
                c.fill = fill(rag)
            r += 1
        last = r - 1
        for j, v in enumerate((name, desc, owner, prev, cur, tgt, ctrls), 1):
            c = ws.cell(first, j, v)
            c.alignment = WRAP
            c.border = BOX
            if j == 1:
                c.font = Font(bold=True)
            if last > first:
                ws.merge_cells(start_row=first, start_column=j, end_row=last, end_column=j)
    r += 1
    ws.cell(r, 1, "Action RAG key").font = Font(bold=True)
    for txt, col in (("Complete", BLUE), ("On track", GREEN), ("At risk of delay", AMBER),
                     ("Overdue or off track", RED), ("Not yet started (no colour)", None)):
        r += 1
        k = ws.cell(r, 1)
        if col:
            k.fill = fill(col)
        k.border = BOX
        ws.cell(r, 2, txt)
    for col, w in zip("ABCDEFGHIJK", (22, 42, 24, 11, 13, 11, 38, 50, 30, 13, 10)):
        ws.column_dimensions[col].width = w

    m = wb.create_sheet("Scoring Matrix")
    m["A1"] = "Risk scoring matrix (likelihood x impact)"
    m["A1"].font = Font(bold=True)
    m["A3"] = "Likelihood / Impact"
    for i in range(1, 6):
        m.cell(3, 1 + i, i).font = Font(bold=True)
        m.cell(3 + i, 1, 6 - i).font = Font(bold=True)
        for k in range(1, 6):
            v = (6 - i) * k
            c = m.cell(3 + i, 1 + k, v)
            c.fill = fill(scol(v))
    m["A10"] = "Likelihood: 1 Rare, 2 Unlikely, 3 Possible, 4 Likely, 5 Almost certain"
    m["A11"] = "Impact: 1 Negligible, 2 Minor, 3 Moderate, 4 Major, 5 Critical"
    wb.save(os.path.join(HERE, "fb2-rugby-bc-corporate-risk-register-q1-2025-26.xlsx"))


# ------------------------- 5. Bristol transformation highlight report (xlsx)
def bristol_transformation():
    wb = Workbook()
    d = wb.active
    d.title = "Dashboard"
    d["A1"] = "Bristol City Council – Transformation Programme Highlight Report"
    d["A1"].font = Font(bold=True, size=14)
    d["A2"] = "Reporting period: September 2025 (Period 6)"
    d["A3"] = "Programme Sponsor: Chief Executive    Programme Director: Director of Transformation"
    hdr = ["Workstream", "Senior Responsible Officer", "Overall", "Schedule", "Budget", "Benefits",
           "Headline"]
    for j, h in enumerate(hdr, 1):
        c = d.cell(5, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("A50034")
        c.border = BOX
    rag = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}
    dash = [
        ("WS1 Customer Experience and Digital", "Director of Transformation", "A", "A", "G", "A",
         "Contact platform go-live moved to October to allow further user testing."),
        ("WS2 Adult Social Care Demand Management", "Director of Adult Social Care", "A", "A", "G", "R",
         "Package review slipping; savings forecast £0.4m below target."),
        ("WS3 Property and Assets", "Executive Director Growth and Regeneration", "G", "A", "G", "G",
         "Operational Property Review agreed by Cabinet in August."),
        ("WS4 Workforce and Organisational Design", "Director of HR and Change", "A", "A", "A", "G",
         "Job evaluation timetable extended following trade union consultation."),
        ("Programme overall", "Chief Executive", "A", "A", "G", "A", ""),
    ]
    for i, row in enumerate(dash):
        for j, v in enumerate(row, 1):
            c = d.cell(6 + i, j, v)
            c.border = BOX
            c.alignment = WRAP
            if j in (3, 4, 5, 6):
                c.fill = fill(rag[v])
                c.alignment = Alignment(horizontal="center")
        if row[0] == "Programme overall":
            for j in range(1, 8):
                d.cell(6 + i, j).font = Font(bold=True)
    d["A13"] = "Decisions required from Programme Board"
    d["A13"].font = Font(bold=True)
    d["A14"] = "None this period."
    for col, w in zip("ABCDEFG", (40, 38, 9, 9, 9, 9, 60)):
        d.column_dimensions[col].width = w

    ws = wb.create_sheet("Milestones")
    ws["A1"] = "Key milestones and actions"
    ws["A1"].font = Font(bold=True, size=13)
    hdr = ["Ref", "Milestone / action", "Responsible officer", "Baseline date", "Forecast date",
           "Previous RAG", "Current RAG", "Commentary"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(3, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("A50034")
        c.alignment = WRAP
        c.border = BOX
    D = dt.datetime
    plan = [
        ("WS1 – Customer Experience and Digital", [
            ("1.1", "Launch the new customer contact platform and single front door for council tax and "
                    "benefits enquiries.", "Head of Customer Services", D(2025, 6, 30), D(2025, 10, 31),
             "A", "A", "User acceptance testing extended; go-live now 27 October."),
            ("1.2", "Migrate 80% of high-volume transactions to online self-service forms.",
             "Head of Digital Transformation", D(2025, 12, 31), D(2025, 12, 31), "G", "G",
             "62% migrated at end of September."),
            ("1.3", "Decommission the legacy CRM system.",
             "Head of Digital Transformation / Head of ICT Operations", D(2026, 3, 31), D(2026, 6, 30),
             "G", "A", "Dependent on 1.1; contract extension agreed to June 2026."),
        ]),
        ("WS2 – Adult Social Care Demand Management", [
            ("2.1", "Expand the reablement service to increase capacity by 25%.",
             "Director of Adult Social Care", D(2025, 9, 30), D(2025, 9, 30), "G", "B",
             "Additional capacity in place from 1 September."),
            ("2.2", "Implement a strength-based practice review of all packages of care over £1,000 per week.",
             "Head of Service – Adult Care Operations", D(2025, 11, 30), D(2026, 1, 31), "A", "R",
             "214 of 460 packages reviewed. Social work capacity is the main constraint."),
            ("2.3", "Launch the technology-enabled care offer with the provider partner.",
             "Commissioning Manager (TEC)", D(2025, 7, 31), D(2025, 7, 31), "G", "B",
             "Launched 14 July; 180 referrals to date."),
        ]),
        ("WS3 – Property and Assets", [
            ("3.1", "Agree the Operational Property Review and confirm sites for disposal.",
             "Director of Property, Assets and Infrastructure", D(2025, 8, 31), D(2025, 8, 31), "A", "B",
             "Approved by Cabinet 5 August 2025."),
            ("3.2", "Complete the move of staff from 100 Temple Street to City Hall.",
             "Head of Facilities Management", D(2026, 1, 31), D(2026, 3, 31), "G", "A",
             "Fit-out works tender returned over budget; value engineering under way."),
            ("3.3", "Deliver £2.0m capital receipts from surplus asset disposals.",
             "Head of Estates", D(2026, 3, 31), D(2026, 3, 31), "G", "G",
             "£0.9m completed; three further sales under offer."),
        ]),
        ("WS4 – Workforce and Organisational Design", [
            ("4.1", "Implement the new senior management structure (tiers 1–3).",
             "Director of HR and Change", D(2025, 7, 1), D(2025, 7, 1), "G", "B",
             "All posts filled; structure live from 1 July."),
            ("4.2", "Launch the hybrid working policy and accommodation standards.",
             "Head of HR Policy", D(2025, 10, 31), D(2025, 12, 31), "A", "A",
             "Policy out to consultation; linked to 3.2."),
            ("4.3", "Complete the job evaluation and pay review for grades 1–9.",
             "Director of HR and Change / Head of Finance", D(2026, 3, 31), "Q1 2026/27", "A", "R",
             "Timetable extended following trade union consultation; revised plan to Programme Board "
             "in October."),
        ]),
    ]
    r = 4
    for ws_name, acts in plan:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        c = ws.cell(r, 1, ws_name)
        c.font = Font(bold=True)
        c.fill = fill("F2DCDB")
        r += 1
        for a in acts:
            for j, v in enumerate(a, 1):
                c = ws.cell(r, j, v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
                if j in (6, 7):
                    c.fill = fill(rag[v])
                    c.alignment = Alignment(horizontal="center", vertical="top")
            r += 1
    for col, w in zip("ABCDEFGH", (6, 55, 36, 13, 13, 10, 10, 55)):
        ws.column_dimensions[col].width = w

    b = wb.create_sheet("Benefits")
    b["A1"] = "Financial benefits tracker 2025/26 (£000)"
    b["A1"].font = Font(bold=True)
    for j, h in enumerate(["Workstream", "Target", "Forecast", "Variance"], 1):
        b.cell(3, j, h).font = Font(bold=True)
    for i, row in enumerate([
        ("WS1 Customer Experience and Digital", 1500, 1350),
        ("WS2 Adult Social Care Demand Management", 4200, 3800),
        ("WS3 Property and Assets", 900, 950),
        ("WS4 Workforce and Organisational Design", 1100, 1100),
    ]):
        b.cell(4 + i, 1, row[0])
        b.cell(4 + i, 2, row[1])
        b.cell(4 + i, 3, row[2])
        b.cell(4 + i, 4, f"=C{4 + i}-B{4 + i}")
    b.cell(8, 1, "Total").font = Font(bold=True)
    b.cell(8, 2, "=SUM(B4:B7)")
    b.cell(8, 3, "=SUM(C4:C7)")
    b.cell(8, 4, "=C8-B8")
    b.column_dimensions["A"].width = 42

    k = wb.create_sheet("Key")
    k["A1"] = "RAG definitions"
    k["A1"].font = Font(bold=True)
    for i, (l, t) in enumerate([
        ("R", "Milestone will be missed or has been missed; Programme Board decision needed"),
        ("A", "Milestone at risk; recovery action in hand within the workstream"),
        ("G", "On track to meet the forecast date"),
        ("B", "Complete"),
    ]):
        c = k.cell(3 + i, 1, l)
        c.fill = fill(rag[l])
        k.cell(3 + i, 2, t)
    k["A8"] = "Baseline date = date agreed in the programme plan (April 2025). Forecast date = current expected date."
    wb.save(os.path.join(HERE, "fb2-bristol-city-council-transformation-programme-highlight-report.xlsx"))


# --------------------------------- 6. Salford CSP delivery plan (csv)
def salford_csp():
    rows = [
        ["Salford Community Safety Partnership – Community Safety Plan 2025-26 Delivery Plan",
         "", "", "", "", "", "", ""],
        ["Quarter 2 update (July to September 2025)", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["Priority", "Ref", "Action", "Lead partner", "Supporting partners", "Timescale",
         "Q2 progress update", "RAG"],
        ["Priority 1: Tackling serious violence and knife crime", "1.1",
         "Deliver the Serious Violence Duty strategy actions, including the Violence Reduction Unit "
         "funded youth outreach in Broughton and Little Hulton.",
         "Salford City Council", "GMP Salford; Youth Justice Service; GM VRU", "Mar-26",
         "Outreach team in place in both areas since July.", "G"],
        ["", "1.2",
         "Roll out knife crime education sessions to all Year 8 pupils in Salford secondary schools.",
         "GMP Salford", "Salford secondary schools; Youth Service", "Jul-26",
         "Sessions delivered in 9 of 16 schools; remaining schools booked for the spring term.", "A"],
        ["", "1.3",
         "Establish a serious violence hotspots group meeting every six weeks.",
         "GMP Salford / Salford City Council", "TfGM; Salford Youth Service", "Jun-25",
         "Group established in May 2025 and meeting as planned.", "Complete"],
        ["Priority 2: Domestic abuse and violence against women and girls", "2.1",
         "Recommission the domestic abuse safe accommodation and community support service.",
         "Salford City Council (Commissioning)", "Domestic Abuse Partnership Board", "Apr-26",
         "Tender published August 2025; evaluation in November.", "G"],
        ["", "2.2",
         "Deliver Operation Encompass notifications to all schools within 24 hours of a domestic abuse "
         "incident.\nMonitor compliance quarterly through the Domestic Abuse Partnership Board.",
         "GMP Salford", "Salford schools; Children's Services", "Quarterly",
         "Q2 compliance 96%.", "G"],
        ["", "2.3",
         "Launch a Safer Streets night-time economy campaign in Salford Quays and Chapel Street, "
         "including Ask for Angela training for licensed premises.",
         "Salford City Council Licensing / GMP Salford", "Pubwatch; Salford Business Improvement District",
         "Dec-25", "Campaign materials agreed; training for 40 premises booked for November.", "A"],
        ["Priority 3: Anti-social behaviour and neighbourhood crime", "3.1",
         "Refresh the Anti-social Behaviour Case Review (Community Trigger) process in line with the "
         "2025 Home Office guidance.",
         "Salford City Council", "GMP Salford; Salix Homes", "Sep-25",
         "Delayed pending publication of the revised statutory guidance.", "R"],
        ["", "3.2",
         "Increase use of Community Protection Notices for persistent anti-social behaviour in Eccles "
         "town centre.",
         "Eccles Neighbourhood Team", "GMP Salford", "Ongoing",
         "11 CPNs and 3 fixed penalty notices issued in Q2.", "G"],
        ["Priority 4: Drugs and alcohol", "4.1",
         "Deliver the Combating Drugs Partnership treatment expansion plan, increasing the number of "
         "adults in treatment by 10%.",
         "Director of Public Health", "Achieve Recovery Services; Probation Service", "Mar-26",
         "Numbers in treatment up 6% on baseline.", "A"],
        ["", "4.2",
         "Expand naloxone provision to hostels and supported accommodation.",
         "Achieve Recovery Services", "Salford City Council (Housing)", "31/12/2025",
         "Not yet started - funding confirmed from October 2025.", ""],
        ["", "", "", "", "", "", "", ""],
        ["RAG: G = on track; A = some delay, recovery plan in place; R = significant delay; "
         "Complete = action completed", "", "", "", "", "", "", ""],
        ["This delivery plan is monitored by the Salford CSP Board, which meets quarterly.",
         "", "", "", "", "", "", ""],
    ]
    path = os.path.join(HERE, "fb2-salford-csp-community-safety-plan-2025-26-delivery-plan.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------- 7. Redcar & Cleveland DHR (txt, TSV)
def redcar_dhr():
    lines = [
        ["Redcar & Cleveland Community Safety Partnership"],
        ["Domestic Homicide Review: ‘Amy’ – Action Plan"],
        ["Updated: 28 February 2025 (DHR Steering Group)"],
        [],
        ["Recommendation", "Scope (local/regional/national)", "Action No.", "Action to take",
         "Lead agency", "Key milestones", "Target date", "Date of completion and outcome", "Status"],
        ["1. The Community Safety Partnership should ensure that partner agencies’ domestic abuse "
         "training covers coercive and controlling behaviour in relationships involving older victims.",
         "Local", "1.1",
         "Review the multi-agency domestic abuse training offer to include a module on older victims "
         "and coercive control.",
         "Redcar & Cleveland Borough Council", "Training needs analysis completed October 2024",
         "31/03/2025", "", "Green"],
        ["", "", "1.2",
         "Deliver briefings on the learning from this review to GP practices through the Practice "
         "Safeguarding Leads forum.",
         "NHS North East and North Cumbria ICB (Tees Valley)", "Briefing agreed by Designated Nurse",
         "December 2024", "Completed 12/12/2024 – 14 practices represented", "Complete"],
        ["2. Tees, Esk and Wear Valleys NHS Foundation Trust should ensure that routine enquiry about "
         "domestic abuse is made when a patient’s carer is also their partner.",
         "Local", "2.1",
         "Audit compliance with routine enquiry in community mental health teams and report the "
         "findings to the Trust Safeguarding Committee.",
         "TEWV", "Audit tool approved January 2025", "June 2025", "", "Green"],
        ["", "", "2.2",
         "Update the carer’s assessment template to prompt practitioners to consider domestic abuse.",
         "TEWV / Redcar & Cleveland Borough Council", "", "Sept 2025", "", "Not started"],
        ["3. Cleveland Police should review how repeat calls from the same address are identified "
         "where no offence is recorded.",
         "Regional", "3.1",
         "Introduce an automated repeat-location flag in the command and control system for addresses "
         "with three or more domestic-related calls in 12 months.",
         "Cleveland Police", "System change request raised November 2024", "31/01/2025", "", "Red"],
        ["", "", "3.2",
         "Provide refresher training to call handlers on identifying domestic abuse in calls about a "
         "‘concern for welfare’.",
         "Cleveland Police", "Training package drafted", "30/06/2025", "", "Amber"],
        ["4. The Community Safety Partnership should raise awareness of the domestic abuse support "
         "available to older people through community and faith groups.",
         "Local", "4.1",
         "Run a 16 Days of Action campaign aimed at older residents, working with Age UK Teesside and "
         "local faith groups.",
         "Community Safety Team (RCBC)", "", "December 2025", "", "Green"],
        ["", "", "4.2",
         "Distribute information on Harbour Support Services to pharmacies and GP surgeries in Redcar, "
         "Guisborough and East Cleveland.",
         "Harbour Support Services / Community Safety Team (RCBC)", "Leaflets printed October 2024",
         "30/11/2024", "Completed November 2024 – 62 sites supplied", "Complete"],
        [],
        ["Scope: Local = Redcar & Cleveland; Regional = Tees (Cleveland Police area); National = Home "
         "Office or national bodies."],
        ["This action plan is monitored by the Redcar & Cleveland CSP DHR Steering Group and reported "
         "to the CSP Board twice a year."],
    ]
    path = os.path.join(HERE, "fb2-redcar-cleveland-csp-dhr-amy-action-plan.txt")
    with open(path, "w", encoding="utf-8", newline="") as f:
        for ln in lines:
            f.write("\t".join(ln) + "\r\n")


if __name__ == "__main__":
    oldham_sar()
    sherwood_maternity()
    mse_icb()
    rugby_risk()
    bristol_transformation()
    salford_csp()
    redcar_dhr()
    print("built 7 files in", HERE)
