"""Build the seven ga2- case files (set heldout217).

Run:  /work/main/.venv/bin/python ga2_make.py
Writes the data files beside this script. Each case's data is kept in a
structure here together with the reading a person makes of it (used only to
write the .expected.yaml files by a separate step).
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE = "00B0F0"
GREEN = "92D050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def bold_cell(cell, text, size=None):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True
    if size:
        run.font.size = Pt(size)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)


# ---------------------------------------------------------------------------
# 1. Bromley – ASC CQC assessment improvement plan (docx, table per theme)
# ---------------------------------------------------------------------------
BROMLEY_FILE = "ga2-bromley-council-asc-cqc-assessment-improvement-plan.docx"
BROMLEY_TITLE = "London Borough of Bromley – Adult Social Care CQC Assessment Improvement Plan 2025–26"
RAGFILL = {"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
# theme -> list of (area for improvement, [actions])
# action: (ref, text, lead_cell, due_cell, rag_cell, update, exp_lead, exp_end, exp_end_text, exp_status)
BROMLEY = [
    ("Theme 1: Working with people", [
        ("People wait too long for a Care Act assessment, and there is no consistent approach to reviewing risk while people are waiting.", [
            ("1.1", "Introduce a single waiting well protocol, with risk-rated contact for everyone awaiting a Care Act assessment at least every 6 weeks.",
             "Head of Assessment and Care Management", "December 2025", "Green",
             "Protocol drafted and tested in the Hospital Discharge Team; roll-out to locality teams from November.",
             ["Head of Assessment and Care Management"], "2025-12", None, "green"),
            ("1.2", "Commission additional assessment capacity to clear the backlog of assessments waiting more than 28 days.",
             "Head of Assessment and Care Management / Head of Commissioning", "31/03/2026", "Amber",
             "Procurement delayed by one month; contract award now expected mid-November.",
             ["Head of Assessment and Care Management", "Head of Commissioning"], "2026-03", None, "amber"),
        ]),
        ("Unpaid carers told CQC that they did not always know how to get a carer's assessment or what support was available.", [
            ("1.3", "Refresh the Carers Strategy with Bromley Well and carers, including a clear offer of support following a carer's assessment.",
             "Assistant Director, Integrated Commissioning", "Q4 2025/26", "Green",
             "Co-production workshops held in September and October 2025.",
             ["Assistant Director, Integrated Commissioning"], "2026-03", None, "green"),
            ("1.4", "Increase the number of carers' assessments completed and recorded on the case management system.",
             "Carers Lead", "March 2026", "Red",
             "Assessments completed by Bromley Well are not showing in the system. Fix agreed with system support; data cleanse to follow.",
             ["Carers Lead"], "2026-03", None, "red"),
        ]),
    ]),
    ("Theme 2: Providing support", [
        ("Commissioning of home care and nursing care does not yet meet demand, and some people are placed out of borough.", [
            ("2.1", "Complete a market position statement and a sufficiency analysis for nursing care beds.",
             "Head of Commissioning", "September 2025", "Blue",
             "Market Position Statement published 30 September 2025.",
             ["Head of Commissioning"], "2025-09", None, "blue"),
            ("2.2", "Introduce a zoned home care framework to improve capacity in the south of the borough.",
             "Head of Commissioning", "April 2026", "Green",
             "Tender documents issued 6 October 2025.",
             ["Head of Commissioning"], "2026-04", None, "green"),
        ]),
        ("Transitions from children's to adult services are not planned early enough for young people with complex needs.", [
            ("2.3", "Establish a Preparing for Adulthood panel which reviews every young person with likely eligible needs from age 14.",
             "Principal Social Worker; Head of Transitions", "November 2025", "Green",
             "Terms of reference agreed with Children's Social Care; first panel 12 November.",
             ["Principal Social Worker", "Head of Transitions"], "2025-11", None, "green"),
        ]),
    ]),
    ("Theme 3: How the local authority ensures safety within the system", [
        ("Safeguarding enquiries are not always completed in a timely way, and the outcomes people want are not consistently recorded.", [
            ("3.1", "Audit a sample of 40 section 42 enquiries each quarter and report the findings to the Safeguarding Adults Board.",
             "Principal Social Worker", "Quarterly", "Green",
             "Q2 audit completed; report to SAB Quality and Performance subgroup in December.",
             ["Principal Social Worker"], None, "Quarterly", "green"),
            ("3.2", "Update the safeguarding recording form so that desired outcomes (Making Safeguarding Personal) are captured at the start and end of each enquiry.",
             "Head of Safeguarding Adults", "31 January 2026", "Amber",
             "Form changes specified; system release slipped to January.",
             ["Head of Safeguarding Adults"], "2026-01", None, "amber"),
        ]),
    ]),
    ("Theme 4: Leadership", [
        ("The local authority's approach to using data and feedback to drive improvement is at an early stage.", [
            ("4.1", "Launch an adult social care performance dashboard for the ASC Leadership Team and Members, with monthly reporting.",
             "Head of Performance and Business Intelligence", "Q3 2025/26", "Green",
             "Dashboard in test; first monthly report due December 2025.",
             ["Head of Performance and Business Intelligence"], "2025-12", None, "green"),
            ("4.2", "Set up an Experts by Experience reference group to review the improvement plan twice a year.",
             "Director of Adult Social Services", "TBC", "Not started",
             "To be scoped with Healthwatch Bromley.",
             ["Director of Adult Social Services"], None, "TBC", "unrated"),
        ]),
    ]),
]


def make_bromley():
    doc = Document()
    landscape(doc)
    doc.add_paragraph(BROMLEY_TITLE, style="Title")
    doc.add_paragraph("Document control", style="Heading 2")
    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in [("Document", "Adult Social Care CQC Assessment Improvement Plan"),
                 ("Version", "1.3"),
                 ("Owner", "Director of Adult Social Services"),
                 ("Approved by", "ASC Improvement Board"),
                 ("Date of this update", "31 October 2025"),
                 ("Next review", "January 2026")]:
        r = dc.add_row().cells
        bold_cell(r[0], k)
        r[1].text = v
    doc.add_paragraph("Introduction", style="Heading 2")
    doc.add_paragraph(
        "The Care Quality Commission (CQC) published its assessment of how Bromley meets its duties under "
        "Part 1 of the Care Act 2014 on 27 June 2025, with an overall rating of Requires Improvement. "
        "This plan sets out our response to the areas for improvement in the report, under each of the "
        "four CQC themes. Progress is reported to the ASC Improvement Board every month and to the Adult "
        "Care and Health Policy Development and Scrutiny Committee every quarter.")
    doc.add_paragraph("RAG key", style="Heading 2")
    key = doc.add_table(rows=1, cols=2)
    key.style = "Table Grid"
    bold_cell(key.rows[0].cells[0], "RAG status")
    bold_cell(key.rows[0].cells[1], "Meaning")
    for k, v in [("Blue", "Action complete"),
                 ("Green", "On track to deliver by the due date"),
                 ("Amber", "Some slippage – recovery actions in hand"),
                 ("Red", "Off track – escalated to the ASC Improvement Board")]:
        r = key.add_row().cells
        r[0].text = k
        shade(r[0], RAGFILL[k])
        r[1].text = v
    doc.add_paragraph("")
    for theme, afis in BROMLEY:
        doc.add_paragraph(theme, style="Heading 1")
        t = doc.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        for i, h in enumerate(["Ref", "Area for improvement", "Action", "Lead", "Due by", "RAG",
                               "Progress update (October 2025)"]):
            bold_cell(t.rows[0].cells[i], h)
            shade(t.rows[0].cells[i], "1F3864")
            t.rows[0].cells[i].paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        for afi, acts in afis:
            first = len(t.rows)
            for a in acts:
                ref, text, lead, due, rag, upd = a[:6]
                r = t.add_row().cells
                r[0].text = ref
                r[2].text = text
                r[3].text = lead
                r[4].text = due
                r[5].text = rag
                if rag in RAGFILL:
                    shade(r[5], RAGFILL[rag])
                r[6].text = upd
            last = len(t.rows) - 1
            top = t.cell(first, 1)
            if last > first:
                top = top.merge(t.cell(last, 1))
            top.text = afi
        doc.add_paragraph("")
    doc.add_paragraph(
        "Note: actions rated Blue at two consecutive Improvement Board meetings are closed and moved to the "
        "completed actions log.")
    doc.save(os.path.join(HERE, BROMLEY_FILE))


# ---------------------------------------------------------------------------
# 2. North Ayrshire – Best Value thematic (workforce innovation) action plan (docx)
# ---------------------------------------------------------------------------
NAYR_FILE = "ga2-north-ayrshire-council-accounts-commission-best-value-improvement-action-plan.docx"
NAYR_TITLE = "Best Value Thematic Review 2023/24: Workforce Innovation – Improvement Action Plan"
STATUSFILL = {"Complete": BLUE, "On track": GREEN, "Slippage": AMBER, "Off track": RED}
NAYR = [
    ("Recommendation 1: The council should update its Workforce Strategy so that it is clearly linked to the Council Plan, the transformation programme and the medium-term financial outlook.", [
        ("1.1", "Refresh the Workforce Strategy for 2026–2029 and present it to Cabinet for approval.",
         "Head of People and ICT", "March 2026", "On track",
         "Draft strategy considered by the Executive Leadership Team on 14 October 2025.",
         ["Head of People and ICT"], "2026-03", None, "green"),
        ("1.2", "Develop service-level workforce plans for all directorates using the new corporate template, starting with the Health and Social Care Partnership and Education.",
         "Head of People and ICT / Directorate Business Partners", "31 January 2026", "Slippage",
         "Plans for four of six directorates complete. Remaining two delayed by restructure.",
         ["Head of People and ICT", "Directorate Business Partners"], "2026-01", None, "amber"),
    ]),
    ("Recommendation 2: The council should set out how digital technology and automation will change the way staff work, and the skills they will need.", [
        ("2.1", "Agree a digital skills framework and complete a skills baseline survey of all staff.",
         "Senior Manager (IT Strategy)", "June 2025", "Complete",
         "Survey closed 30 June 2025 with 2,418 responses. Framework agreed.",
         ["Senior Manager (IT Strategy)"], "2025-06", None, "blue"),
        ("2.2", "Run a Microsoft 365 Copilot pilot with 200 staff and evaluate the productivity benefits.",
         "Senior Manager (IT Strategy)", "Q4 2025/26", "On track",
         "Pilot live in Revenues and Benefits and Democratic Services.",
         ["Senior Manager (IT Strategy)"], "2026-03", None, "green"),
    ]),
    ("Recommendation 3: The council should evaluate the impact of hybrid and flexible working on service delivery and staff wellbeing.", [
        ("3.1", "Carry out an evaluation of hybrid working, using staff survey, absence and customer contact data.",
         "Head of People and ICT", "December 2025", "On track",
         "Data gathered; focus groups with staff in November.",
         ["Head of People and ICT"], "2025-12", None, "green"),
    ]),
    ("Recommendation 4: The council should build on joint working with partners to address recruitment and retention difficulties, particularly in social care.", [
        ("4.1", "Work with East Ayrshire and South Ayrshire councils on a joint Ayrshire social care recruitment campaign.",
         "Director (Health and Social Care Partnership)", "Ongoing", "On track",
         "Second phase of the ‘Care in Ayrshire’ campaign launched September 2025.",
         ["Director (Health and Social Care Partnership)"], None, "Ongoing", "green"),
        ("4.2", "Expand the Grow Your Own social work traineeship from 6 to 12 places a year.",
         "Chief Social Work Officer", "August 2026", "Not started",
         "Dependent on 2026/27 budget decision.",
         ["Chief Social Work Officer"], "2026-08", None, "unrated"),
    ]),
    ("Recommendation 5: The council should improve the workforce information reported to elected members, including on the impact of workforce changes.", [
        ("5.1", "Add a workforce section to the quarterly Council Plan performance report, covering vacancies, absence, turnover and agency spend.",
         "Senior Manager (Policy, Performance and Elections)", "September 2025", "Off track",
         "Data quality issues with the payroll extract; escalated to the Executive Leadership Team.",
         ["Senior Manager (Policy, Performance and Elections)"], "2025-09", None, "red"),
        ("5.2", "Hold a members’ seminar on workforce challenges and the new Workforce Strategy.",
         "Head of People and ICT", "February 2026", "On track",
         "Date set for 9 February 2026.",
         ["Head of People and ICT"], "2026-02", None, "green"),
    ]),
]


def make_nayr():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("Appendix 1")
    r.bold = True
    p = doc.add_paragraph()
    r = p.add_run("North Ayrshire Council")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_paragraph(NAYR_TITLE, style="Heading 1")
    doc.add_paragraph("Audit and Scrutiny Committee – 2 December 2025")
    doc.add_paragraph(
        "The Accounts Commission’s Best Value thematic review of workforce innovation was reported in the "
        "external auditor’s Annual Audit Report 2023/24. The review made five recommendations. The table "
        "below sets out the Council’s agreed actions and progress at 31 October 2025.")
    p = doc.add_paragraph()
    p.add_run("Status key").bold = True
    key = doc.add_table(rows=1, cols=5)
    key.style = "Table Grid"
    for i, (k, fill) in enumerate([("Complete", BLUE), ("On track", GREEN), ("Slippage", AMBER),
                                    ("Off track", RED), ("Not started", None)]):
        key.rows[0].cells[i].text = k
        if fill:
            shade(key.rows[0].cells[i], fill)
    doc.add_paragraph("")
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(["No.", "Improvement action", "Responsible officer", "Target date", "Status",
                           "Progress at October 2025"]):
        bold_cell(t.rows[0].cells[i], h)
        shade(t.rows[0].cells[i], "BDD7EE")
    for rec, acts in NAYR:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[5])
        bold_cell(m, rec)
        shade(m, GREY)
        for a in acts:
            ref, text, lead, due, st, upd = a[:6]
            c = t.add_row().cells
            c[0].text = ref
            c[1].text = text
            c[2].text = lead
            c[3].text = due
            c[4].text = st
            if st in STATUSFILL:
                shade(c[4], STATUSFILL[st])
            c[5].text = upd
    doc.add_paragraph("")
    doc.add_paragraph(
        "Note: actions shown as Complete will be removed from the next update once Internal Audit has "
        "verified the evidence.")
    doc.add_paragraph("Version history", style="Heading 2")
    vh = doc.add_table(rows=1, cols=3)
    vh.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Change"]):
        bold_cell(vh.rows[0].cells[i], h)
    for v in [("1.0", "04/03/2025", "Action plan agreed by Cabinet"),
              ("1.1", "03/06/2025", "Update to Audit and Scrutiny Committee"),
              ("1.2", "31/10/2025", "Update to Audit and Scrutiny Committee")]:
        c = vh.add_row().cells
        for i, x in enumerate(v):
            c[i].text = x
    doc.save(os.path.join(HERE, NAYR_FILE))


# ---------------------------------------------------------------------------
# 3. Pembrokeshire – Audit Wales recommendations tracker (xlsx, fill-only RAG)
# ---------------------------------------------------------------------------
PEMB_FILE = "ga2-pembrokeshire-county-council-audit-wales-recommendations-tracker.xlsx"
PEMB_TITLE = "Pembrokeshire County Council – Audit Wales Recommendations Tracker"
D = dt.datetime
# report -> list of (recommendation, [actions]); action: (ref, text, officer, orig, revised, fill, update, exp...)
PEMB = [
    ("Financial Sustainability Review (Audit Wales, April 2024)", [
        ("R1 The Council should strengthen its medium-term financial plan so that it includes a fully costed savings programme for 2025-26 to 2027-28.", [
            ("FS1.1", "Develop a fully costed three-year savings programme, linked to the Transformation Programme, and include it in the Medium Term Financial Plan.",
             "Head of Finance (S151 Officer)", D(2025, 3, 31), D(2025, 9, 30), AMBER,
             "Savings programme drafted; Cabinet workshop held July 2025. Final version to Cabinet September.",
             ["Head of Finance (S151 Officer)"], "2025-09", None, "amber"),
            ("FS1.2", "Report progress against the savings programme to Cabinet every quarter.",
             "Head of Finance (S151 Officer)", D(2025, 6, 30), None, BLUE,
             "Quarterly reporting in place from Q1 2025-26.",
             ["Head of Finance (S151 Officer)"], "2025-06", None, "blue"),
        ]),
        ("R2 The Council should review its approach to reserves, setting out the purpose and minimum level of each earmarked reserve.", [
            ("FS2.1", "Review all earmarked reserves and publish a revised Reserves Policy.",
             "Head of Finance (S151 Officer) / Chief Accountant", D(2024, 12, 31), None, BLUE,
             "Reserves Policy approved by Council, February 2025.",
             ["Head of Finance (S151 Officer)", "Chief Accountant"], "2024-12", None, "blue"),
        ]),
    ]),
    ("Digital Strategy Review (Audit Wales, September 2024)", [
        ("R1 The Council should set out how it will resource and fund its digital strategy over the medium term.", [
            ("DS1.1", "Produce a costed Digital Delivery Plan 2025-2028.",
             "Head of ICT", D(2025, 3, 31), D(2025, 12, 31), AMBER,
             "Delivery plan drafted; costings being validated with Finance.",
             ["Head of ICT"], "2025-12", None, "amber"),
            ("DS1.2", "Establish a Digital Programme Board chaired by the Director of Resources.",
             "Director of Resources", D(2025, 1, 31), None, BLUE,
             "Board meets monthly from January 2025.",
             ["Director of Resources"], "2025-01", None, "blue"),
        ]),
        ("R2 The Council should develop measures to show whether its digital services are improving outcomes for residents.", [
            ("DS2.1", "Agree a set of digital outcome measures and include them in the corporate performance framework.",
             "Head of ICT; Performance Manager", D(2025, 6, 30), None, RED,
             "Not yet complete – draft measures to be considered by the Corporate Management Team in September.",
             ["Head of ICT", "Performance Manager"], "2025-06", None, "red"),
        ]),
    ]),
    ("Setting of Well-being Objectives (Audit Wales, January 2025)", [
        ("R1 The Council should involve a more diverse range of people in setting its well-being objectives.", [
            ("WBO1.1", "Develop an involvement plan for the 2026 review of well-being objectives, including seldom-heard groups.",
             "Head of Policy and Partnerships", D(2026, 3, 31), None, GREEN,
             "Engagement with the Youth Assembly and 50+ Forum planned for the autumn.",
             ["Head of Policy and Partnerships"], "2026-03", None, "green"),
        ]),
        ("R2 The Council should strengthen how it applies the sustainable development principle when setting its objectives.", [
            ("WBO2.1", "Update the corporate planning guidance to include the five ways of working.",
             "Head of Policy and Partnerships", D(2025, 10, 31), None, GREEN,
             "Guidance being redrafted.",
             ["Head of Policy and Partnerships"], "2025-10", None, "green"),
            ("WBO2.2", "Deliver training on the Well-being of Future Generations (Wales) Act 2015 for Cabinet members and senior managers.",
             "Head of Policy and Partnerships / Learning and Development Manager", D(2025, 11, 30), None, GREEN,
             "Session with the Future Generations Commissioner's office booked for 12 November.",
             ["Head of Policy and Partnerships", "Learning and Development Manager"], "2025-11", None, "green"),
        ]),
    ]),
]

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def make_pemb():
    wb = Workbook()
    ws0 = wb.active
    ws0.title = "Summary"
    ws0["A1"] = PEMB_TITLE
    ws0["A1"].font = Font(bold=True, size=13)
    ws0["A2"] = "Summary of agreed actions by report – position at 31 August 2025"
    hdr = ["Report", "Actions", "Complete", "On track", "Revised date", "Overdue"]
    for i, h in enumerate(hdr, 1):
        c = ws0.cell(row=3, column=i, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    r = 4
    tot = [0, 0, 0, 0, 0]
    for rep, recs in PEMB:
        acts = [a for _, aa in recs for a in aa]
        counts = [len(acts),
                  sum(a[5] == BLUE for a in acts), sum(a[5] == GREEN for a in acts),
                  sum(a[5] == AMBER for a in acts), sum(a[5] == RED for a in acts)]
        ws0.cell(row=r, column=1, value=rep).border = BOX
        for j, n in enumerate(counts):
            ws0.cell(row=r, column=2 + j, value=n).border = BOX
            tot[j] += n
        r += 1
    ws0.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for j, n in enumerate(tot):
        c = ws0.cell(row=r, column=2 + j, value=n)
        c.font = Font(bold=True)
    ws0.column_dimensions["A"].width = 58

    ws = wb.create_sheet("Tracker")
    ws["A1"] = PEMB_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Governance and Audit Committee, 25 September 2025 – position at 31 August 2025"
    ws.merge_cells("A2:H2")
    heads = ["Ref", "Audit Wales recommendation", "Agreed action", "Responsible officer",
             "Original target date", "Revised target date", "RAG", "Progress update"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("203864")
        c.alignment = WRAP
        c.border = BOX
    row = 5
    for rep, recs in PEMB:
        ws.cell(row=row, column=1, value=rep).font = Font(bold=True)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
        ws.cell(row=row, column=1).fill = fill("DDEBF7")
        row += 1
        for rec, acts in recs:
            first = row
            for a in acts:
                ref, text, officer, orig, rev, rag, upd = a[:7]
                vals = [ref, None, text, officer, orig, rev, None, upd]
                for i, v in enumerate(vals, 1):
                    c = ws.cell(row=row, column=i, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                ws.cell(row=row, column=7).fill = fill(rag)
                row += 1
            ws.cell(row=first, column=2, value=rec).alignment = WRAP
            if row - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=row - 1, end_column=2)
    row += 1
    ws.cell(row=row, column=1, value="Note: RAG status is shown by cell colour – see the Key sheet.").font = Font(italic=True)
    for col, w in zip("ABCDEFGH", [9, 48, 48, 26, 13, 13, 7, 44]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    wk = wb.create_sheet("Key")
    wk["A1"] = "RAG key"
    wk["A1"].font = Font(bold=True)
    for i, (f, txt) in enumerate([(BLUE, "Complete – evidence of implementation received"),
                                   (GREEN, "On track – within original target date"),
                                   (AMBER, "Revised target date agreed"),
                                   (RED, "Overdue – past target date")], start=3):
        wk.cell(row=i, column=1).fill = fill(f)
        wk.cell(row=i, column=2, value=txt)
    wk.column_dimensions["B"].width = 50
    wb.save(os.path.join(HERE, PEMB_FILE))


# ---------------------------------------------------------------------------
# 4. Tower Hamlets – Best Value Improvement Plan progress report (xlsx)
# ---------------------------------------------------------------------------
TH_FILE = "ga2-tower-hamlets-council-best-value-improvement-plan-progress-report.xlsx"
TH_TITLE = "Best Value Improvement Plan 2024–2027 – Progress Report"
# theme -> (outcome, [milestones]); milestone: (ref, text, leads, lead member, orig, revised, prev, cur, comment, exp...)
TH = [
    ("Theme 1 – Culture and behaviours", "Outcome: Staff and members work to a shared set of values and feel safe to challenge.", [
        ("1.1", "Launch refreshed organisational values and behaviours framework, co-designed with staff networks.",
         "Director of HR and Organisational Development", "Cabinet Member for Resources", D(2025, 6, 1), None, "G", "B",
         "Launched at all-staff event on 26 June 2025.",
         ["Director of HR and Organisational Development"], "2025-06", None, "blue"),
        ("1.2", "Complete an independent review of the Speak Up (whistleblowing) arrangements and implement its recommendations.",
         "Monitoring Officer / Director of HR and Organisational Development", "Cabinet Member for Resources", D(2025, 9, 1), D(2025, 12, 1), "A", "A",
         "Review report received; 7 of 12 recommendations implemented.",
         ["Monitoring Officer", "Director of HR and Organisational Development"], "2025-12", None, "amber"),
        ("1.3", "Run a second all-staff culture survey and publish the results with an action plan.",
         "Director of HR and Organisational Development", "Cabinet Member for Resources", D(2026, 3, 1), None, "G", "G",
         "Survey to open in January 2026.",
         ["Director of HR and Organisational Development"], "2026-03", None, "green"),
    ]),
    ("Theme 2 – Leadership", "Outcome: A stable, permanent senior leadership team with clear roles for the Mayor, Cabinet and officers.", [
        ("2.1", "Agree a Member–Officer Relations Protocol and deliver training to all Cabinet Members and Corporate Directors.",
         "Monitoring Officer", "Mayor", D(2025, 7, 1), None, "A", "B",
         "Protocol adopted by Council on 16 July 2025; training delivered.",
         ["Monitoring Officer"], "2025-07", None, "blue"),
        ("2.2", "Recruit to the permanent post of Corporate Director, Communities.",
         "Chief Executive", "Mayor", D(2025, 10, 1), D(2026, 1, 1), "G", "R",
         "First recruitment round did not appoint; post re-advertised September 2025.",
         ["Chief Executive"], "2026-01", None, "red"),
    ]),
    ("Theme 3 – Governance and decision-making", "Outcome: Decisions are transparent, properly recorded and subject to effective scrutiny.", [
        ("3.1", "Review the Constitution, including the scheme of delegation to officers and the Mayor's executive decision-making process.",
         "Monitoring Officer", "Cabinet Member for Resources", D(2025, 12, 1), None, "G", "G",
         "Constitution Working Party meeting monthly.",
         ["Monitoring Officer"], "2025-12", None, "green"),
        ("3.2", "Introduce a forward plan of key decisions published 28 days ahead, with compliance reported to the Overview and Scrutiny Committee.",
         "Head of Democratic Services", "Cabinet Member for Resources", D(2025, 8, 1), None, "G", "B",
         "Forward plan published from August 2025; first compliance report to OSC in September.",
         ["Head of Democratic Services"], "2025-08", None, "blue"),
        ("3.3", "Strengthen the grants decision-making process so that all awards over £10,000 are assessed against published criteria.",
         "Chief Finance Officer; Head of Grants", "Cabinet Member for Equalities and Social Inclusion", D(2026, 3, 1), None, None, "G",
         "New milestone added July 2025.",
         ["Chief Finance Officer", "Head of Grants"], "2026-03", None, "green"),
    ]),
    ("Theme 4 – Partnerships and community engagement", "Outcome: Partners and the voluntary and community sector trust the council and are involved in shaping priorities.", [
        ("4.1", "Refresh the Tower Hamlets Partnership governance and agree a shared Partnership Plan.",
         "Director of Strategy, Improvement and Transformation", "Mayor", D(2025, 11, 1), None, "A", "A",
         "Partnership Executive workshop moved to November; plan now expected December.",
         ["Director of Strategy, Improvement and Transformation"], "2025-11", None, "amber"),
        ("4.2", "Set up a Voluntary and Community Sector Strategic Forum, meeting quarterly, with an independent chair.",
         "Director of Strategy, Improvement and Transformation", "Cabinet Member for Equalities and Social Inclusion", D(2025, 9, 1), None, "G", "B",
         "Forum met for the first time on 18 September 2025.",
         ["Director of Strategy, Improvement and Transformation"], "2025-09", None, "blue"),
    ]),
]
THFILL = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}


def make_th():
    wb = Workbook()
    wc = wb.active
    wc.title = "Cover"
    wc["A1"] = "London Borough of Tower Hamlets"
    wc["A1"].font = Font(bold=True, size=16)
    wc["A2"] = TH_TITLE
    wc["A2"].font = Font(bold=True, size=13)
    wc["A3"] = "Report to the Ministerial Envoy and the Transformation Advisory Board"
    for i, (k, v) in enumerate([("Reporting period", "July – September 2025"),
                                ("Version", "v0.4 FINAL"),
                                ("Owner", "Chief Executive"),
                                ("Prepared by", "Strategy, Improvement and Transformation Team"),
                                ("Date", "14 October 2025")], start=5):
        wc.cell(row=i, column=1, value=k).font = Font(bold=True)
        wc.cell(row=i, column=2, value=v)
    wc.column_dimensions["A"].width = 20
    wc.column_dimensions["B"].width = 50

    wd = wb.create_sheet("Dashboard")
    wd["A1"] = "Milestones by theme and current RAG"
    wd["A1"].font = Font(bold=True, size=13)
    for i, h in enumerate(["Theme", "Milestones", "B", "G", "A", "R"], 1):
        c = wd.cell(row=3, column=i, value=h)
        c.font = Font(bold=True)
        if h in THFILL:
            c.fill = fill(THFILL[h])
    r = 4
    tot = [0] * 5
    for theme, _, ms in TH:
        counts = [len(ms)] + [sum(m[7] == k for m in ms) for k in "BGAR"]
        wd.cell(row=r, column=1, value=theme)
        for j, n in enumerate(counts):
            wd.cell(row=r, column=2 + j, value=n)
            tot[j] += n
        r += 1
    wd.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for j, n in enumerate(tot):
        wd.cell(row=r, column=2 + j, value=n).font = Font(bold=True)
    wd.column_dimensions["A"].width = 48

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = TH_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Milestone tracker – Q2 2025/26 (July – September 2025)"
    ws.merge_cells("A2:I2")
    ws["A3"] = "RAG key:  B = complete   G = on track   A = at risk of slipping   R = off track / missed"
    ws.merge_cells("A3:I3")
    heads = ["Ref", "Milestone", "Lead officer(s)", "Lead member", "Original due", "Revised due",
             "Previous RAG (Q1)", "Current RAG (Q2)", "Commentary"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.alignment = WRAP
        c.border = BOX
    row = 6
    for theme, outcome, ms in TH:
        ws.cell(row=row, column=1, value=theme).font = Font(bold=True, size=12)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)
        ws.cell(row=row, column=1).fill = fill("E4DFEC")
        row += 1
        ws.cell(row=row, column=2, value=outcome).font = Font(italic=True)
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=9)
        row += 1
        for m in ms:
            ref, text, leads, member, orig, rev, prev, cur, com = m[:9]
            vals = [ref, text, leads, member, orig, rev, prev, cur, com]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=row, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            for col, k in ((7, prev), (8, cur)):
                if k:
                    ws.cell(row=row, column=col).fill = fill(THFILL[k])
                    ws.cell(row=row, column=col).alignment = Alignment(horizontal="center", vertical="top")
            row += 1
    row += 1
    ws.cell(row=row, column=1, value="Milestones rated B at two consecutive quarterly reports are archived and removed from this tracker.").font = Font(italic=True)
    for col, w in zip("ABCDEFGHI", [6, 52, 30, 26, 10, 10, 10, 10, 44]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, TH_FILE))


# ---------------------------------------------------------------------------
# 5. Thurrock – RSH consumer standards housing improvement plan (csv export)
# ---------------------------------------------------------------------------
THUR_FILE = "ga2-thurrock-council-rsh-consumer-standards-housing-improvement-plan.csv"
THUR_TITLE = "Thurrock Council Housing Improvement Plan – Consumer Standards (RSH regulatory judgement C3, March 2025)"
# rows: (standard, ref, outcome, action, lead, target, revised, rag, update, exp...)
THUR = [
    ("Safety and Quality Standard", "SQ1", "Required outcome: The council has accurate, up-to-date data on the condition of every home.",
     "Complete a 100% stock condition survey of council homes, prioritising properties not surveyed since 2019.",
     "Assistant Director Housing Assets", "Mar-26", "", "Green", "68% of homes surveyed by the end of October.",
     ["Assistant Director Housing Assets"], "2026-03", None, "green"),
    ("", "SQ2", "",
     "Load the stock condition data into the asset management system and validate it against the repairs history.",
     "Asset Manager; Data and Systems Lead", "Jun-26", "", "Amber", "System upgrade delayed by the supplier.",
     ["Asset Manager", "Data and Systems Lead"], "2026-06", None, "amber"),
    ("", "SQ3", "Required outcome: All statutory health and safety checks are completed on time and remedial actions are tracked.",
     "Clear the backlog of 1,146 overdue fire risk assessment actions, starting with high-risk actions in blocks over 18 metres.",
     "Head of Compliance; Fire Safety Manager", "31/12/2025", "31/03/2026", "Red",
     "612 actions cleared; contractor capacity remains the main risk.",
     ["Head of Compliance", "Fire Safety Manager"], "2026-03", None, "red"),
    ("", "SQ4", "",
     "Carry out electrical installation condition reports (EICRs) on all homes without a certificate less than five years old.",
     "Head of Compliance", "30/09/2025", "", "Complete", "100% compliance reported in September 2025.",
     ["Head of Compliance"], "2025-09", None, "blue"),
    ("", "SQ5", "Required outcome: Damp and mould is identified and dealt with quickly.",
     "Introduce damp and mould triage within 2 working days of a report, with an inspection within 10 working days.",
     "Repairs Manager", "Oct-25", "", "Complete", "Triage live since 1 October 2025.",
     ["Repairs Manager"], "2025-10", None, "blue"),
    ("Transparency, Influence and Accountability Standard", "TIA1", "Required outcome: Tenants can scrutinise the council's performance and influence decisions.",
     "Collect and publish Tenant Satisfaction Measures for 2025/26 in line with RSH requirements.",
     "Housing Performance Manager", "Jun-26", "", "Green", "Survey contractor appointed.",
     ["Housing Performance Manager"], "2026-06", None, "green"),
    ("", "TIA2", "",
     "Recruit and train a Tenant Scrutiny Panel of at least 10 tenants, reflecting the diversity of Thurrock's tenants.",
     "Resident Engagement Manager", "Jan-26", "", "Green", "8 tenants recruited; induction in December.",
     ["Resident Engagement Manager"], "2026-01", None, "green"),
    ("", "TIA3", "Required outcome: Complaints are handled fairly and learning is used to improve services.",
     "Review the housing complaints process against the Housing Ombudsman Complaint Handling Code each year.",
     "Complaints and Information Manager", "Ongoing", "", "Green", "Self-assessment published June 2025.",
     ["Complaints and Information Manager"], None, "Ongoing", "green"),
    ("Tenancy Standard", "TEN1", "Required outcome: Tenancy audits confirm that homes are occupied by the right tenants.",
     "Restart the annual tenancy audit programme, with a target of 2,000 visits in 2025/26.\nVisits to start with households who have had no contact for 3 years.",
     "Tenancy Services Manager", "Q4 2025/26", "", "Amber", "740 visits completed; two vacant officer posts.",
     ["Tenancy Services Manager"], "2026-03", None, "amber"),
    ("Neighbourhood and Community Standard", "NC1", "Required outcome: Communal areas are clean, safe and well maintained.",
     "Introduce monthly estate inspections with tenant representatives and publish the results online.",
     "Estates Services Manager", "Dec-25", "", "Not started", "",
     ["Estates Services Manager"], "2025-12", None, "unrated"),
]


def make_thur():
    ncol = 9
    rows = []
    rows.append([THUR_TITLE] + [""] * (ncol - 1))
    rows.append(["Progress update for Housing Overview and Scrutiny Committee – November 2025"] + [""] * (ncol - 1))
    rows.append([""] * ncol)
    rows.append(["Standard", "Ref", "Required outcome", "Action", "Lead officer", "Target date",
                 "Revised target date", "RAG", "Update"])
    for r in THUR:
        rows.append(list(r[:9]))
    rows.append([""] * ncol)
    counts = {k: sum(r[7] == k for r in THUR) for k in ["Complete", "Green", "Amber", "Red", "Not started"]}
    rows.append(["Summary: %d actions – Complete %d; Green %d; Amber %d; Red %d; Not started %d" % (
        len(THUR), counts["Complete"], counts["Green"], counts["Amber"], counts["Red"], counts["Not started"])]
        + [""] * (ncol - 1))
    rows.append(["RAG key: Green – on track; Amber – at risk; Red – off track; Complete – action delivered and evidenced"]
                + [""] * (ncol - 1))
    with open(os.path.join(HERE, THUR_FILE), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 6. East Devon – internal audit (SWAP) recommendations tracker (tab-separated text)
# ---------------------------------------------------------------------------
ED_FILE = "ga2-east-devon-dc-internal-audit-recommendations-tracker.txt"
ED_TITLE = "East Devon District Council – Internal Audit Recommendations Tracker"
# audit -> [ (rec no, priority, recommendation, action, officer, target, revised, rag, comment, exp...) ]
ED = [
    ("Council Tax and Business Rates 2024/25 – Reasonable assurance", [
        ("1", "2", "The council tax base in the Revenues system should be reconciled to the Valuation Office list each month, with evidence of review retained.",
         "Monthly reconciliation to be introduced and signed off by the Revenues Manager, with evidence held on the shared drive.",
         "Revenues and Benefits Manager", "31/10/2025", "", "B", "Implemented – reconciliations for October to December seen by SWAP.",
         ["Revenues and Benefits Manager"], "2025-10", None, "blue"),
        ("2", "3", "Suspense account items should be cleared within 30 days.",
         "Weekly review of suspense items; items over 30 days to be escalated to the Revenues Manager.",
         "Revenues Team Leader", "30/11/2025", "31/03/2026", "A", "Backlog reduced from 214 to 61 items.",
         ["Revenues Team Leader"], "2026-03", None, "amber"),
    ]),
    ("Procurement and Contract Management 2024/25 – Limited assurance", [
        ("1", "1", "A complete contracts register should be maintained and published in line with the Local Government Transparency Code.",
         "Procurement team to compile a full contracts register from finance system spend data and publish it quarterly.",
         "Procurement Manager", "30/09/2025", "30/11/2025", "R", "Register 80% complete; publication now overdue.",
         ["Procurement Manager"], "2025-11", None, "red"),
        ("2", "2", "Contract managers should be identified for all contracts over £100,000 and receive training.",
         "Named contract manager to be recorded for every contract over £100,000; contract management training for all named officers.",
         "Procurement Manager / Service Leads", "31/03/2026", "", "G", "Training sessions booked for February 2026.",
         ["Procurement Manager", "Service Leads"], "2026-03", None, "green"),
        ("3", "2", "Waivers of Contract Standing Orders should be reported to the Audit and Governance Committee.",
         "Six-monthly report of all waivers to the Audit and Governance Committee.",
         "Director of Finance", "Ongoing", "", "G", "First report presented in July 2025; next due January 2026.",
         ["Director of Finance"], None, "Ongoing", "green"),
    ]),
    ("Housing Repairs and Voids 2024/25 – Reasonable assurance", [
        ("1", "2", "Void property works should be inspected before the property is re-let, and the inspection recorded.",
         "Post-works inspection checklist to be completed by a Voids Surveyor for every void before the keys are returned.",
         "Property and Asset Manager", "31/08/2025", "", "B", "Implemented.",
         ["Property and Asset Manager"], "2025-08", None, "blue"),
        ("2", "3", "Repairs orders should be raised with the correct schedule of rates code so that costs can be validated.",
         "Refresher training for Repairs Planners; monthly sample check of 20 orders by the Repairs Manager.",
         "Repairs Manager", "Jan-26", "", "G", "Training completed; sample checks start in January.",
         ["Repairs Manager"], "2026-01", None, "green"),
    ]),
    ("Cyber Security 2025/26 – Reasonable assurance", [
        ("1", "2", "Multi-factor authentication should be enforced for all remote access accounts, including third-party suppliers.",
         "Enforce multi-factor authentication for all remaining supplier accounts.",
         "IT Security Lead (Strata Service Solutions)", "December 2025", "", "A", "Three supplier accounts outstanding; completion expected mid-January.",
         ["IT Security Lead (Strata Service Solutions)"], "2025-12", None, "amber"),
    ]),
]


def make_ed():
    lines = [
        ED_TITLE,
        "Audit and Governance Committee – 22 January 2026 (position at 31 December 2025)",
        "Internal audit provided by SWAP Internal Audit Services",
        "",
        "\t".join(["Rec", "Priority", "Recommendation", "Agreed action", "Responsible officer",
                   "Target date", "Revised date", "RAG", "Officer comment"]),
    ]
    for audit, recs in ED:
        lines.append(audit)
        for r in recs:
            lines.append("\t".join(r[:9]))
        lines.append("")
    n = sum(len(r) for _, r in ED)
    done = sum(1 for _, rr in ED for r in rr if r[7] == "B")
    lines.append("Recommendations on this tracker: %d (implemented since last report: %d; open: %d)" % (n, done, n - done))
    lines.append("RAG key: B – implemented; G – not yet due, on track; A – revised date agreed / at risk; R – overdue")
    lines.append("Priority: 1 – major; 2 – medium; 3 – minor (SWAP priority ratings)")
    with open(os.path.join(HERE, ED_FILE), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------
# 7. Durham – strategic risk register Q3 2025/26 with a mistyped month (xlsx, refuse)
# ---------------------------------------------------------------------------
DUR_FILE = "ga2-durham-county-council-strategic-risk-register-q3-2025-26-typo-month-refuse.xlsx"
DUR_TITLE = "Durham County Council – Strategic Risk Register"
DUR = [
    ("SR1", "Financial sustainability\nThe council is unable to set a balanced budget for 2026/27 and beyond because of rising demand, inflation and uncertainty over the Fair Funding Review.",
     "Corporate Director of Resources", "20 (5x4)", "12", "↔", [
         ("Deliver the 2026/27 budget and Medium Term Financial Plan (MTFP 17) to Cabinet and Council.", "Head of Corporate Finance and Commercial Services", "February 2026", "On track"),
         ("Identify further savings of £15m for 2027/28 through the Transformation Programme.", "Head of Transformation", "September 2026", "On track"),
         ("Lobby government on the Fair Funding Review outcome jointly with other North East councils.", "Chief Executive", "Ongoing", "On track"),
     ]),
    ("SR2", "SEND and the High Needs Block\nDemand for special educational needs and disabilities (SEND) support continues to exceed the High Needs Block budget, increasing the Dedicated Schools Grant deficit.",
     "Corporate Director of Children and Young People's Services", "20 (4x5)", "12", "↑", [
         ("Implement the SEND Sufficiency Strategy, opening 120 new specialist places.", "Head of Education and Skills", "September 2026", "On track"),
         ("Agree a deficit management plan with the Department for Education.", "Head of Corporate Finance and Commercial Services", "Febuary 2026", "At risk"),
     ]),
    ("SR3", "Cyber attack\nA successful cyber attack results in loss of systems and data, disrupting services.",
     "Corporate Director of Resources", "16 (4x4)", "8", "↔", [
         ("Complete the Cyber Assessment Framework self-assessment and improvement plan.", "Head of Digital and Customer Services", "June 2026", "On track"),
         ("Run a cyber incident exercise with the Corporate Management Team.", "Head of Digital and Customer Services", "March 2026", "On track"),
     ]),
    ("SR4", "Climate emergency\nThe council does not meet its target of an 80% reduction in its own carbon emissions by 2030.",
     "Corporate Director of Neighbourhoods and Climate Change", "12 (3x4)", "9", "↓", [
         ("Complete phase 2 of the heat decarbonisation programme in council buildings.", "Head of Environment", "March 2027", "On track"),
         ("Publish the Climate Emergency Response Plan 3 annual progress report.", "Head of Environment", "July 2026", "Not started"),
     ]),
]
DUR_TYPO_ROW = None  # filled in by make_dur


def make_dur():
    global DUR_TYPO_ROW
    wb = Workbook()
    ws = wb.active
    ws.title = "Strategic Risks"
    ws["A1"] = DUR_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:J1")
    ws["A2"] = "Quarter 3 2025/26 – position at 31 December 2025 (Audit Committee, 26 February 2026)"
    ws.merge_cells("A2:J2")
    heads = ["Ref", "Risk", "Risk owner", "Current score (I x L)", "Target score", "Trend",
             "Further action / mitigation", "Action owner", "Target date", "Action status"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("44546A")
        c.alignment = WRAP
        c.border = BOX
    row = 5
    for ref, risk, owner, score, target, trend, acts in DUR:
        first = row
        for text, aowner, due, st in acts:
            for col, v in zip(range(7, 11), (text, aowner, due, st)):
                c = ws.cell(row=row, column=col, value=v)
                c.alignment = WRAP
                c.border = BOX
            if due.startswith("Febuary"):
                DUR_TYPO_ROW = row
            row += 1
        for col, v in zip(range(1, 7), (ref, risk, owner, score, target, trend)):
            c = ws.cell(row=first, column=col, value=v)
            c.alignment = WRAP
            if row - 1 > first:
                ws.merge_cells(start_row=first, start_column=col, end_row=row - 1, end_column=col)
        sc = int(score.split()[0])
        ws.cell(row=first, column=4).fill = fill(RED if sc >= 15 else AMBER)
    row += 1
    ws.cell(row=row, column=1, value="Scoring: Impact (1–5) x Likelihood (1–5). 15–25 red, 8–12 amber, 1–6 green. Trend: ↑ increasing, ↔ stable, ↓ reducing.").font = Font(italic=True)
    for col, w in zip("ABCDEFGHIJ", [6, 50, 26, 12, 9, 7, 50, 30, 15, 12]):
        ws.column_dimensions[col].width = w

    wm = wb.create_sheet("Heat map")
    wm["A1"] = "Current risk scores – heat map"
    wm["A1"].font = Font(bold=True)
    wm["A3"] = "Likelihood / Impact"
    for i in range(1, 6):
        wm.cell(row=3, column=1 + i, value=i).font = Font(bold=True)
        wm.cell(row=3 + i, column=1, value=6 - i).font = Font(bold=True)
    placements = {(4, 5): "SR1", (5, 4): "SR2", (4, 4): "SR3", (4, 3): "SR4"}  # (likelihood, impact)
    for li in range(1, 6):
        for im in range(1, 6):
            s = li * im
            c = wm.cell(row=3 + (6 - li), column=1 + im)
            c.fill = fill(RED if s >= 15 else AMBER if s >= 8 else GREEN)
            refs = [v for (ll, ii), v in placements.items() if ll == li and ii == im]
            if refs:
                c.value = ", ".join(refs)
    wb.save(os.path.join(HERE, DUR_FILE))


def main():
    make_bromley()
    make_nayr()
    make_pemb()
    make_th()
    make_thur()
    make_ed()
    make_dur()
    print("typo row in Durham register:", DUR_TYPO_ROW)


if __name__ == "__main__":
    main()
