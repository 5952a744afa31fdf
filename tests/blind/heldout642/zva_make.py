#!/usr/bin/env python
"""Build the seven zva- cases of set heldout642 (data files and their expected readings).

Run with /work/main/.venv/bin/python zva_make.py  (from any directory).
Only files whose names start with "zva-" are written.
"""
import csv
import datetime as dt
import io
import os

import yaml
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zva-")
    return os.path.join(HERE, name)


def write_expected(name, data):
    path = out(name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as fh:
        yaml.safe_dump(data, fh, sort_keys=False, allow_unicode=True, width=100)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, size=9):
    """Write text into a cell; '\n' becomes a new paragraph inside the cell."""
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
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, side, Cm(1.8))


# ---------------------------------------------------------------- xlsx helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
FILL = {
    "B": PatternFill("solid", fgColor="4F81BD"),
    "G": PatternFill("solid", fgColor="00B050"),
    "A": PatternFill("solid", fgColor="FFC000"),
    "R": PatternFill("solid", fgColor="FF0000"),
    "HEAD": PatternFill("solid", fgColor="1F3864"),
    "BAND": PatternFill("solid", fgColor="D9E1F2"),
    "GREY": PatternFill("solid", fgColor="EDEDED"),
}
WHITE_BOLD = Font(bold=True, color="FFFFFF")


def header_row(ws, row, headers):
    for c, h in enumerate(headers, 1):
        cell = ws.cell(row=row, column=c, value=h)
        cell.font = WHITE_BOLD
        cell.fill = FILL["HEAD"]
        cell.alignment = WRAP
        cell.border = BOX


def d(y, m, day):
    return dt.datetime(y, m, day)


# =============================================================================
# 1. Brae High School (Shetland) – Education Scotland post-inspection action plan (docx)
# =============================================================================
def brae():
    name = "zva-brae-high-school-education-scotland-inspection-action-plan.docx"
    title = "Brae High School – Post-Inspection Action Plan 2025/26"
    GREEN, AMBER, RED = "00B050", "FFC000", "FF0000"
    # key in the document: Green = achieved (so green reads as blue / complete)
    rag_status = {GREEN: "blue", AMBER: "amber", RED: "red"}

    areas = [
        (
            "QI 1.3 Leadership of change",
            "Senior leaders, working with staff, young people and parents, should refresh the "
            "school’s vision, values and aims and use them to set a clear, manageable strategic "
            "direction for improvement.",
            [
                ("1.1", "Hold consultation sessions with staff, pupils, parents and the Parent Council "
                 "to refresh the vision, values and aims.", "HT", ["HT"], "October 2025",
                 "2025-10", None, "Sessions held 9–23 September; refreshed values launched at assembly "
                 "on 6 October.", GREEN),
                ("1.2", "Reduce the School Improvement Plan to three priorities, each with measurable "
                 "outcomes, and share a pupil-friendly version.", "HT / DHT (Curriculum)",
                 ["HT", "DHT (Curriculum)"], "December 2025", "2025-12", None,
                 "Draft priorities agreed by SLT; pupil version being designed by S3 Pupil Council.",
                 AMBER),
                ("1.3", "Introduce termly self-evaluation weeks using How good is our school? (4th "
                 "edition), with faculty reports to SLT.", "DHT (Curriculum)", ["DHT (Curriculum)"],
                 "Termly", None, "Termly", "First self-evaluation week held in November.", AMBER),
            ],
        ),
        (
            "QI 2.3 Learning, teaching and assessment",
            "Develop a shared understanding of what high-quality learning and teaching looks like "
            "across the school, so that all young people experience consistently well-paced, "
            "appropriately challenging lessons.",
            [
                ("2.1", "Agree a Brae High School learning and teaching standard with staff, including "
                 "clear learning intentions and success criteria.", "PT Learning & Teaching",
                 ["PT Learning & Teaching"], "November 2025", "2025-11", None,
                 "Standard agreed at in-service day, 17 November.", GREEN),
                ("2.2", "Programme of peer observation (learning visits) in every faculty, with "
                 "follow-up professional dialogue.\nFocus for Term 3: differentiation and pace.",
                 "All PTs (Curriculum)", ["All PTs (Curriculum)"], "March 2026", "2026-03", None,
                 "Timetable of visits issued; 11 of 24 visits completed.", AMBER),
                ("2.3", "Moderate assessment evidence in the BGE with the associated primary schools, "
                 "using the national Benchmarks.", "DHT (BGE) and Cluster QIO",
                 ["DHT (BGE)", "Cluster QIO"], "Session 2025/26", "2026-06", "Session 2025/26",
                 "Not yet started – cluster moderation dates to be agreed with QIO.", RED),
            ],
        ),
        (
            "QI 3.2 Raising attainment and achievement",
            "Improve the tracking and monitoring of young people’s progress in the senior phase so "
            "that targeted support raises attainment, particularly for young people facing barriers "
            "to learning.",
            [
                ("3.1", "Introduce a single tracking and monitoring system for S4–S6 with three data "
                 "points per year.", "DHT (Senior Phase)", ["DHT (Senior Phase)"], "November 2025",
                 "2025-11", None, "Tracking system live; first data point collected 31 October.",
                 GREEN),
                ("3.2", "Mentoring for young people identified as at risk of underachieving, led by "
                 "Pupil Support staff.", "PT Pupil Support", ["PT Pupil Support"], "June 2026",
                 "2026-06", None, "14 young people identified; mentoring starts after the February "
                 "break.", AMBER),
                ("3.3", "Analyse 2025 SQA results with each faculty at attainment review meetings and "
                 "agree faculty targets for 2026.", "HT; DHT (Senior Phase)",
                 ["HT", "DHT (Senior Phase)"], "31/10/2025", "2025-10", None,
                 "All faculty reviews held; targets recorded in the tracking system.", GREEN),
            ],
        ),
    ]

    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(title, level=0)
    p = doc.add_paragraph("Shetland Islands Council – Children’s Services Directorate")
    p.runs[0].italic = True
    doc.add_paragraph(
        "Education Scotland full inspection: May 2025. Letter to parents and summarised inspection "
        "findings published September 2025.")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [
        ("School", "Brae High School, Brae, Shetland"),
        ("Plan owner", "Head Teacher"),
        ("Supported by", "Quality Improvement Officer, Schools Service"),
        ("Version", "2.0 – progress update, 14 January 2026"),
        ("Next review", "Parent Council and Education & Families Committee, March 2026"),
    ]:
        row = t.add_row().cells
        cell_text(row[0], k, bold=True)
        cell_text(row[1], v)
        shade(row[0], "D9E1F2")

    doc.add_paragraph()
    doc.add_paragraph(
        "HM Inspectors agreed the following areas for improvement with the school and Shetland "
        "Islands Council. The actions below set out how we will address them. Progress is shown by "
        "the colour of the final column.")
    key = doc.add_paragraph()
    key.add_run("Progress key: ").bold = True
    key.add_run("Green – achieved;  Amber – in progress and on track;  Red – not yet started or "
                "at risk.")

    expected = []
    headers = ["No.", "Action", "Lead", "Timescale", "Measures of success / evidence",
               "Progress update (January 2026)", "RAG"]
    measures = {
        "1.1": "Staff, pupil and parent survey responses; values displayed and used in assemblies.",
        "1.2": "SIP 2025/26 published with three priorities and success measures.",
        "1.3": "Faculty self-evaluation reports received each term.",
        "2.1": "Standard used in all learning visits.",
        "2.2": "Learning visit records; staff survey on professional dialogue.",
        "2.3": "Moderation records; increased confidence in CfE level judgements.",
        "3.1": "Tracking reports to SLT after each data point.",
        "3.2": "Mentees’ tracking grades improve between data points 2 and 3.",
        "3.3": "Faculty targets set and shared with young people.",
    }
    for qi, afi, rows in areas:
        doc.add_heading(qi, level=2)
        tbl = doc.add_table(rows=2, cols=7)
        tbl.style = "Table Grid"
        top = tbl.rows[0].cells
        cell_text(top[0], "Area for improvement", bold=True)
        shade(top[0], "D9E1F2")
        merged = top[1].merge(top[6])
        cell_text(merged, afi, bold=True)
        shade(merged, "D9E1F2")
        for i, h in enumerate(headers):
            cell_text(tbl.rows[1].cells[i], h, bold=True)
            shade(tbl.rows[1].cells[i], "BFBFBF")
        for ref, action, lead_txt, lead, when, end, end_text, progress, fill in rows:
            cells = tbl.add_row().cells
            cell_text(cells[0], ref)
            cell_text(cells[1], action)
            cell_text(cells[2], lead_txt)
            cell_text(cells[3], when)
            cell_text(cells[4], measures[ref])
            cell_text(cells[5], progress)
            shade(cells[6], fill)
            expected.append(act(ref, [qi, afi], action, lead, end, rag_status[fill], end_text))
        doc.add_paragraph()

    doc.add_paragraph("Sign-off")
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for i, h in enumerate(["Role", "Signed", "Date"]):
        cell_text(so.rows[0].cells[i], h, bold=True)
    cell_text(so.rows[1].cells[0], "Head Teacher")
    cell_text(so.rows[1].cells[1], "")
    cell_text(so.rows[1].cells[2], "14/01/2026")
    doc.save(out(name))

    write_expected(name, {
        "source": "Imitates the post-inspection action plan a Shetland secondary school publishes after "
                  "an Education Scotland full inspection (2025 summarised inspection findings; "
                  "Education Scotland / local authority school improvement guidance). Copied features: "
                  "title heading with council line beneath, school details table, progress key in which "
                  "Green means achieved, one table per quality indicator with the area for improvement in "
                  "a merged top row, Scottish timescales (Termly, Session 2025/26), initials/posts as "
                  "leads, fill-only RAG column, sign-off table.",
        "reads": "A landscape Word plan with a details table and three QI headings (1.3, 2.3, 3.2). "
                 "Each QI has one table whose first row gives the inspectors' area for improvement and "
                 "whose rows are nine numbered actions with lead, timescale, measures, progress and a "
                 "coloured RAG cell; the key says green is achieved, so green cells are complete.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# =============================================================================
# 2. Walsingham Support – CIW inspection improvement plan (docx)
# =============================================================================
def walsingham():
    name = "zva-walsingham-support-north-wales-ciw-supported-living-inspection-improvement-plan.docx"
    title = ("Walsingham Support – North Wales Supported Living Service: CIW Inspection "
             "Improvement Plan")
    status_map = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red",
                  "Not started": "unrated"}
    themes = [
        ("Well-being", [
            ("Regulation 21 – Standards of care and support\nPeople are not always supported to take "
             "part in the activities they have told us are important to them.", [
                ("1.1", "Each person’s keyworker to review ‘what matters’ conversations and record "
                 "agreed activity goals in the personal plan.", "Team Leaders", ["Team Leaders"],
                 "28/02/2026", "2026-02", None,
                 "Reviews done for 9 of 16 people; activity goals now a standing item at "
                 "keyworker sessions.", "Amber"),
            ]),
        ]),
        ("Care and Support", [
            ("Regulation 16 – Review of personal plans\nPersonal plans were not always reviewed with "
             "the person at least every three months.", [
                ("2.1", "Introduce a review tracker showing the date of each person’s last and next "
                 "personal plan review.", "Registered Manager", ["Registered Manager"], "31/12/2025",
                 "2025-12", None, "Tracker in place and checked at monthly management meeting.",
                 "Complete"),
                ("2.2", "Audit 100% of personal plans and complete any overdue reviews with people and "
                 "their representatives.", "Registered Manager & Team Leaders",
                 ["Registered Manager", "Team Leaders"], "31/01/2026", "2026-01", None,
                 "All 16 plans audited; 5 overdue reviews completed by 20 January.", "Complete"),
            ]),
            ("Regulation 58 – Medicines\nMedication administration records (MAR) were not always "
             "fully completed, and ‘as required’ (PRN) protocols were missing for some people.", [
                ("3.1", "Write a PRN protocol for every ‘as required’ medicine, agreed with the "
                 "prescriber.", "Team Leaders / Community Pharmacist",
                 ["Team Leaders", "Community Pharmacist"], "14/02/2026", "2026-02", None,
                 "Protocols drafted for 11 medicines; awaiting GP sign-off for 3.", "Green"),
                ("3.2", "Weekly MAR audits by the shift lead, with monthly medication competency checks "
                 "for all staff.", "Shift Leads; Registered Manager",
                 ["Shift Leads", "Registered Manager"], "Weekly – ongoing", None,
                 "Weekly – ongoing", "Audits in place since 3 November; two recording errors found "
                 "and addressed through supervision.", "Green"),
            ]),
        ]),
        ("Leadership and Management", [
            ("Regulation 36 – Supporting and developing staff\nNot all staff received supervision every "
             "three months, and some had not completed mandatory training.", [
                ("4.1", "Set a supervision schedule for all 38 staff and report compliance at the "
                 "monthly management meeting.", "Registered Manager", ["Registered Manager"],
                 "January 2026", "2026-01", None, "Supervision compliance 95% at end of December.",
                 "Complete"),
                ("4.2", "Book outstanding mandatory training (safeguarding, moving and handling, "
                 "medication) and report completion rates to the Responsible Individual.",
                 "Learning and Development Partner", ["Learning and Development Partner"],
                 "31/03/2026", "2026-03", None,
                 "Safeguarding complete; moving and handling course places limited until March.",
                 "Amber"),
            ]),
            ("Regulation 80 – Quality of care review\nThe quality of care review did not include the "
             "views of people using the service and their families.", [
                ("5.1", "Send easy-read questionnaires to people and families and hold two listening "
                 "events before the next six-monthly review.", "Responsible Individual",
                 ["Responsible Individual"], "April 2026", "2026-04", None, "", "Not started"),
            ]),
        ]),
    ]

    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    h = doc.add_paragraph(style="Title")
    h.add_run(title)
    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [
        ("Service type", "Domiciliary support service (supported living)"),
        ("Registered provider", "Walsingham Support"),
        ("CIW inspection dates", "21 and 22 October 2025"),
        ("Report published", "3 December 2025"),
        ("Plan prepared by", "Registered Manager, with the Responsible Individual"),
        ("Version", "v1.2 – 23 January 2026"),
    ]:
        r = info.add_row().cells
        cell_text(r[0], k, bold=True, size=10)
        cell_text(r[1], v, size=10)
    doc.add_paragraph()
    doc.add_paragraph(
        "Care Inspectorate Wales (CIW) identified the areas for improvement below. No priority action "
        "notices were issued. This plan will be reviewed at each Responsible Individual visit.")

    headers = ["Ref", "Area for improvement (Regulation)", "What we will do", "Who",
               "By when", "Progress update", "Status"]
    tbl = doc.add_table(rows=1, cols=7)
    tbl.style = "Table Grid"
    for i, hd in enumerate(headers):
        cell_text(tbl.rows[0].cells[i], hd, bold=True)
        shade(tbl.rows[0].cells[i], "7030A0")
    expected = []
    for theme, afis in themes:
        band = tbl.add_row().cells
        m = band[0].merge(band[6])
        cell_text(m, theme, bold=True, size=10)
        shade(m, "E4DFEC")
        for afi, actions in afis:
            first_row = None
            last_row = None
            for (ref, action, lead_txt, lead, when, end, end_text, progress, status) in actions:
                cells = tbl.add_row().cells
                if first_row is None:
                    first_row = cells
                    cell_text(cells[1], afi)
                last_row = cells
                cell_text(cells[0], ref)
                cell_text(cells[2], action)
                cell_text(cells[3], lead_txt)
                cell_text(cells[4], when)
                cell_text(cells[5], progress)
                cell_text(cells[6], status)
                expected.append(act(ref, [theme, afi], action, lead, end, status_map[status],
                                    end_text))
            if last_row is not first_row:
                first_row[1].merge(last_row[1])
    doc.add_paragraph()
    doc.add_paragraph("Status key: Complete; Green – on track; Amber – some delay; Red – at risk; "
                      "Not started.")
    doc.add_paragraph("Signed: ____________________  Responsible Individual        "
                      "Date: 23/01/2026")
    doc.save(out(name))

    write_expected(name, {
        "source": "Imitates the improvement plan a third-sector provider in Wales (Walsingham Support) "
                  "keeps after a Care Inspectorate Wales inspection of a domiciliary support / supported "
                  "living service under RISCA 2016 (CIW inspection code of practice; CIW reports set "
                  "areas for improvement by theme and regulation). Copied features: title paragraph, "
                  "service details table, single plan table with merged CIW theme rows (Well-being, "
                  "Care and Support, Leadership and Management), area for improvement with its "
                  "regulation on two lines in a cell merged down over its actions, Complete/Green/Amber/"
                  "Not started status words, status key and signature line after the table.",
        "reads": "A landscape Word plan: a details table, then one table with three theme bands. Under "
                 "each theme the CIW area for improvement (regulation heading and finding) sits in a "
                 "vertically merged cell beside the numbered actions, each with who, by when, progress "
                 "and a status word; eight actions in all.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# =============================================================================
# 3. Gwent Police – HMICFRS national child protection inspection action plan (xlsx)
# =============================================================================
def gwent():
    name = "zva-gwent-police-hmicfrs-national-child-protection-inspection-action-plan.xlsx"
    title = "Gwent Police – HMICFRS National Child Protection Inspection: Force Action Plan"
    rag_word = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    recs = [
        ("Within six months, Gwent Police should improve the quality of its initial risk assessments "
         "for children at risk, making sure the voice of the child is captured and recorded.", [
            ("1.1", "Revise the Public Protection Notice (PPN) to add a mandatory ‘voice of the child’ "
             "field.", "DI Safeguarding Hub", ["DI Safeguarding Hub"], d(2023, 3, 31), None,
             "B", "B", "2023-03", None, "New PPN live on Niche from 20 March 2023."),
            ("1.2", "Deliver a ‘Voice of the Child’ input to all response and neighbourhood officers "
             "through the CPD programme.", "Head of L&D / PPU Training Sergeant",
             ["Head of L&D", "PPU Training Sergeant"], d(2023, 6, 30), d(2023, 12, 31), "A", "B",
             "2023-12", None, "1,046 officers trained (97%). Closed at Safeguarding Board Jan 2024."),
            ("1.3", "Monthly dip-sample of 30 PPNs by the Public Protection Review Team, with findings "
             "reported to the Force Safeguarding Board.", "Supt Public Protection",
             ["Supt Public Protection"], "Monthly", None, "G", "G", None, "Monthly",
             "Dip-sample compliance 88% in February (target 85%)."),
        ]),
        ("Within three months, the force should make sure that children detained in custody overnight "
         "are transferred to local authority accommodation wherever possible, and that the reasons are "
         "recorded when they are not.", [
            ("2.1", "Agree a joint protocol on the transfer of children charged and refused bail with "
             "the five Gwent local authorities.", "Chief Inspector Custody",
             ["Chief Inspector Custody"], d(2023, 1, 31), d(2023, 7, 31), "A", "B", "2023-07", None,
             "Protocol signed by all five authorities July 2023."),
            ("2.2", "Custody inspectors to complete a PACE s.38(6) certificate for every child not "
             "transferred, reviewed daily by the Custody Chief Inspector.", "Custody Inspectors",
             ["Custody Inspectors"], d(2023, 3, 31), None, "G", "B", "2023-03", None,
             "Embedded in custody daily review."),
            ("2.3", "Quarterly multi-agency audit of children held overnight, reported to the Gwent "
             "Safeguarding Board.", "Chief Inspector Custody; Head of Children’s Services (Newport)",
             ["Chief Inspector Custody", "Head of Children’s Services (Newport)"], "Q4 2023/24", None,
             "A", "A", "2024-03", None,
             "Two audits held; Q4 audit date not yet agreed with partners."),
        ]),
        ("Within six months, the force should review how it manages registered sex offenders so that "
         "home visits are carried out on time and risk management plans are kept up to date.", [
            ("3.1", "Clear the backlog of overdue ARMS assessments through a dedicated MOSOVO review "
             "team.", "DCI MOSOVO", ["DCI MOSOVO"], d(2023, 6, 30), d(2023, 9, 30), "R", "G",
             "2023-09", None, "Backlog reduced from 164 to 21; remaining cases allocated."),
            ("3.2", "Introduce a weekly performance dashboard showing overdue visits by offender "
             "manager.", "Head of Performance & Insight", ["Head of Performance & Insight"],
             d(2023, 8, 31), None, "G", "B", "2023-08", None, "Dashboard live in Power BI."),
        ]),
        ("The force should make sure that officers consistently share information about children with "
         "children’s services in a timely way.", [
            ("4.1", "Review the MASH referral pathway with partners so that all PPNs relating to "
             "children are shared within 24 hours.", "DI Safeguarding Hub", ["DI Safeguarding Hub"],
             d(2023, 12, 31), d(2024, 4, 30), "A", "A", "2024-04", None,
             "Pathway agreed with 4 of 5 authorities; Caerphilly sign-off expected April."),
            ("4.2", "Publish performance on timeliness of referrals in the quarterly Public Protection "
             "report to the OPCC.", "Supt Public Protection", ["Supt Public Protection"],
             d(2024, 6, 1), None, "", "G", "2024-06", None, "First report scheduled for June 2024 "
             "Strategic Performance Board."),
        ]),
    ]

    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=15)
    cov["A2"] = "Heddlu Gwent Police – Public Protection Portfolio"
    cov["A2"].font = Font(italic=True)
    rows = [
        ("Inspection", "HMICFRS National Child Protection Inspection – report published September 2022"),
        ("Strategic lead", "ACC Crime & Public Protection"),
        ("Plan owner", "Head of Public Protection (Det Supt)"),
        ("Governance", "Force Safeguarding Board; progress reported to the Joint Audit Committee"),
        ("Version", "v7 – position at 29 February 2024"),
    ]
    for i, (k, v) in enumerate(rows, start=4):
        cov.cell(row=i, column=1, value=k).font = Font(bold=True)
        cov.cell(row=i, column=2, value=v)
    cov["A11"] = "RAG key"
    cov["A11"].font = Font(bold=True)
    for i, (k, v) in enumerate([("B", "Complete – evidence held, proposed for closure"),
                                ("G", "On track"), ("A", "At risk of slipping"),
                                ("R", "Off track / overdue")], start=12):
        c = cov.cell(row=i, column=1, value=k)
        c.fill = FILL[k]
        cov.cell(row=i, column=2, value=v)
    cov.column_dimensions["A"].width = 18
    cov.column_dimensions["B"].width = 90

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "HMICFRS NCPI – Recommendations and Force Actions"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Position as at 29 February 2024"
    ws["A2"].font = Font(italic=True)
    headers = ["HMICFRS recommendation", "Action ref", "Action", "Action owner",
               "Original due date", "Revised due date", "Previous RAG", "Current RAG",
               "Progress update"]
    header_row(ws, 4, headers)
    widths = [48, 9, 52, 30, 13, 13, 10, 10, 46]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[chr(64 + i)].width = w
    r = 5
    expected = []
    for rec, actions in recs:
        start = r
        ws.cell(row=r, column=1, value=rec)
        for (ref, action, lead_txt, lead, orig, rev, prev, cur, end, end_text, upd) in actions:
            vals = [None, ref, action, lead_txt, orig, rev, prev, cur, upd]
            for c, v in enumerate(vals, 1):
                if c == 1:
                    continue
                cell = ws.cell(row=r, column=c, value=v if v != "" else None)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            if prev:
                ws.cell(row=r, column=7).fill = FILL[prev]
            ws.cell(row=r, column=8).fill = FILL[cur]
            expected.append(act(ref, [rec], action, lead, end, rag_word[cur], end_text))
            r += 1
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
        top = ws.cell(row=start, column=1)
        top.alignment = WRAP
        top.fill = FILL["BAND"]
        top.font = Font(bold=True)
        for rr in range(start, r):
            ws.cell(row=rr, column=1).border = BOX
    ws.freeze_panes = "A5"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "RAG summary by recommendation (current position)"
    sm["A1"].font = Font(bold=True)
    header_row(sm, 3, ["Recommendation", "B", "G", "A", "R", "Total"])
    counts = []
    for i, (rec, actions) in enumerate(recs, 1):
        cur = [a[7] for a in actions]
        counts.append([f"Recommendation {i}", cur.count("B"), cur.count("G"), cur.count("A"),
                       cur.count("R"), len(cur)])
    for j, row in enumerate(counts, start=4):
        for c, v in enumerate(row, 1):
            sm.cell(row=j, column=c, value=v)
    tot = 4 + len(counts)
    sm.cell(row=tot, column=1, value="Total").font = Font(bold=True)
    for c in range(2, 7):
        sm.cell(row=tot, column=c, value=sum(row[c - 1] for row in counts)).font = Font(bold=True)
    sm.column_dimensions["A"].width = 22
    wb.save(out(name))

    write_expected(name, {
        "source": "Imitates the force action plan Gwent Police keeps against the HMICFRS National Child "
                  "Protection Inspection (Gwent report published 22 September 2022, "
                  "hmicfrs.justiceinspectorates.gov.uk/publication-html/gwent-national-child-protection-"
                  "inspection/), as reported to the Force Safeguarding Board and Joint Audit Committee. "
                  "Copied features: cover sheet with governance and RAG key, action plan sheet with each "
                  "recommendation merged down over its actions, original and revised due dates as real "
                  "dates, previous and current RAG letters with fills, rank/post leads, a summary sheet "
                  "with RAG totals.",
        "reads": "Three sheets: a cover with the RAG key, the action plan, and a RAG totals summary. "
                 "The action plan lists four HMICFRS recommendations, each merged down the first column "
                 "beside its numbered force actions (ten in all) with owner, original and revised due "
                 "dates, previous and current RAG and progress; the current RAG and the revised date "
                 "(where given) are the ones that count.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# =============================================================================
# 4. NHS Grampian – corporate risk register 2025/26 (xlsx)
# =============================================================================
def grampian():
    name = "zva-nhs-grampian-corporate-risk-register-2025-26.xlsx"
    title = "NHS Grampian – Corporate Risk Register 2025/26"
    rag_fill = {"Blue": "B", "Green": "G", "Amber": "A", "Red": "R"}
    rag_status = {"Blue": "blue", "Green": "green", "Amber": "amber", "Red": "red", "": "unrated"}
    risks = [
        ("Risk 3204 – Unscheduled care capacity and patient flow",
         "There is a risk that demand for unscheduled care exceeds available bed and workforce "
         "capacity, because of delayed discharges and rising attendances, resulting in long waits, "
         "crowding in the Emergency Department and patient harm.",
         "Chief Officer – Acute Services", "20 (Very High)", "10 (Medium)", "Moderate", [
            ("3204.1", "Implement the Rapid Discharge Pathway on all ARI medical wards, with daily "
             "board rounds completed before 10:00.", "Chief Officer – Acute Services",
             ["Chief Officer – Acute Services"], d(2025, 12, 31), "2025-12", None,
             "Live on 9 of 14 wards; roll-out paused during September staffing pressures.", "Amber"),
            ("3204.2", "Expand Hospital at Home to 50 virtual beds across Aberdeen City and "
             "Aberdeenshire.", "Chief Officer, Aberdeen City HSCP / Chief Officer, Aberdeenshire HSCP",
             ["Chief Officer, Aberdeen City HSCP", "Chief Officer, Aberdeenshire HSCP"],
             d(2026, 3, 31), "2026-03", None, "38 virtual beds open.", "Green"),
            ("3204.3", "Agree the Winter Plan 2025/26 surge beds and staffing model with the three "
             "HSCPs.", "Director of Planning, Innovation and Programmes",
             ["Director of Planning, Innovation and Programmes"], d(2025, 10, 31), "2025-10", None,
             "Winter Plan approved by the Board on 2 October 2025.", "Blue"),
        ]),
        ("Risk 2876 – Workforce: recruitment and retention of key clinical staff",
         "There is a risk that NHS Grampian cannot recruit and retain sufficient registered clinical "
         "staff, because of national shortages and the local cost of living, resulting in reliance on "
         "supplementary staffing and reduced service resilience.",
         "Director of People and Culture", "16 (High)", "12 (High)", "Cautious", [
            ("2876.1", "International recruitment of 60 registered nurses and midwives, with pastoral "
             "support on arrival.", "Director of Nursing, Midwifery and Allied Health Professions",
             ["Director of Nursing, Midwifery and Allied Health Professions"], d(2026, 3, 31),
             "2026-03", None, "41 arrived; 12 awaiting NMC registration.", "Green"),
            ("2876.2", "Reduce supplementary staffing spend by 15% through the agency-free rostering "
             "programme.", "Director of People and Culture; Director of Finance",
             ["Director of People and Culture", "Director of Finance"],
             "Ongoing – reviewed monthly at Performance Assurance", None,
             "Ongoing – reviewed monthly at Performance Assurance",
             "Spend down 9% year to date against a 15% target.", "Amber"),
            ("2876.3", "Roll out eRostering (Health Roster) to all remaining inpatient wards.",
             "eHealth Programme Manager", ["eHealth Programme Manager"], d(2026, 6, 30), "2026-06",
             None, "Supplier resource delayed; 22 wards outstanding.", "Red"),
        ]),
        ("Risk 3412 – Financial sustainability 2025/26",
         "There is a risk that the Board does not deliver a balanced financial position in 2025/26, "
         "because savings plans are not fully delivered and cost pressures continue, resulting in "
         "brokerage from Scottish Government and escalation on the NHS Scotland Support and "
         "Intervention Framework.",
         "Director of Finance", "20 (Very High)", "12 (High)", "Moderate", [
            ("3412.1", "Deliver the £45.5m Value and Sustainability savings programme, with monthly "
             "tracking by the Delivery Board.", "Director of Finance", ["Director of Finance"],
             "Q4 2025/26", "2026-03", None, "£27.1m delivered or identified at month 6.", "Amber"),
            ("3412.2", "Complete the medium-term financial plan 2026/27–2028/29 for Board approval.",
             "Director of Finance", ["Director of Finance"], d(2026, 3, 31), "2026-03", None,
             "Assumptions agreed with the Chief Executive Team.", "Green"),
        ]),
        ("Risk 2591 – Cyber security and resilience of digital systems",
         "There is a risk of a successful cyber attack or major system failure, because of legacy "
         "infrastructure and an evolving threat, resulting in loss of clinical systems and data.",
         "Chief Digital and Information Officer", "15 (High)", "10 (Medium)", "Minimal", [
            ("2591.1", "Complete the high-rated actions from the NIS (Scotland) audit improvement "
             "plan.", "Chief Digital and Information Officer",
             ["Chief Digital and Information Officer"], d(2025, 12, 31), "2025-12", None,
             "7 of 9 high-rated actions complete.", "Green"),
            ("2591.2", "Run a Board-level cyber incident exercise with the Scottish Government Cyber "
             "Resilience Unit.", "Chief Digital and Information Officer",
             ["Chief Digital and Information Officer"], d(2026, 2, 28), "2026-02", None,
             "Not yet started – exercise date being agreed.", ""),
        ]),
    ]

    wb = Workbook()
    fs = wb.active
    fs.title = "Front sheet"
    fs["A1"] = title
    fs["A1"].font = Font(bold=True, size=14)
    fs["A2"] = "Audit and Risk Committee – 28 October 2025"
    fs["A3"] = "Position at 30 September 2025 (extracted from Datix)"
    fs["A5"] = "Risk scores are Likelihood × Impact on the 5 × 5 NHS Grampian risk matrix."
    fs["A7"] = "Action progress key"
    fs["A7"].font = Font(bold=True)
    for i, (k, v) in enumerate([("Blue", "Action complete"), ("Green", "On track"),
                                ("Amber", "Some slippage – recoverable"),
                                ("Red", "Significant slippage – escalation required"),
                                ("(blank)", "Not yet started")], start=8):
        c = fs.cell(row=i, column=1, value=k)
        if k in rag_fill:
            c.fill = FILL[rag_fill[k]]
        fs.cell(row=i, column=2, value=v)
    fs.column_dimensions["A"].width = 14
    fs.column_dimensions["B"].width = 60

    ws = wb.create_sheet("Corporate Risks")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Mitigating actions – position at 30 September 2025"
    header_row(ws, 4, ["Ref", "Mitigating action", "Action owner", "Due date", "Progress",
                       "Action RAG"])
    for col, w in zip("ABCDEF", [10, 58, 34, 14, 46, 11]):
        ws.column_dimensions[col].width = w
    r = 5
    expected = []
    for head, desc, exec_lead, cur, tgt, appetite, actions in risks:
        ws.cell(row=r, column=1, value=head).font = Font(bold=True, color="FFFFFF")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="305496")
        r += 1
        ws.cell(row=r, column=1, value="Description: " + desc).alignment = WRAP
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        ws.row_dimensions[r].height = 45
        r += 1
        ws.cell(row=r, column=1,
                value=f"Executive lead: {exec_lead}    Current score: {cur}    Target score: {tgt}    "
                      f"Risk appetite: {appetite}").font = Font(italic=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        ws.cell(row=r, column=1).fill = FILL["GREY"]
        r += 1
        for ref, action, lead_txt, lead, due, end, end_text, prog, rag in actions:
            vals = [ref, action, lead_txt, due, prog, rag or None]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "mmm-yy"
            if rag:
                ws.cell(row=r, column=6).fill = FILL[rag_fill[rag]]
            expected.append(act(ref, [head], action, lead, end, rag_status[rag], end_text))
            r += 1
        r += 1  # blank spacer row between risks

    hm = wb.create_sheet("Heat map summary")
    hm["A1"] = "Corporate risks by current score band"
    hm["A1"].font = Font(bold=True)
    header_row(hm, 3, ["Band", "Number of risks"])
    for i, (band, n) in enumerate([("Very High (20–25)", 2), ("High (12–16)", 2),
                                   ("Medium (8–10)", 0), ("Low (1–6)", 0)], start=4):
        hm.cell(row=i, column=1, value=band)
        hm.cell(row=i, column=2, value=n)
    hm.cell(row=8, column=1, value="Total").font = Font(bold=True)
    hm.cell(row=8, column=2, value=4).font = Font(bold=True)
    hm.column_dimensions["A"].width = 22
    wb.save(out(name))

    write_expected(name, {
        "source": "Imitates the NHS Grampian corporate risk register as taken to the Board's Audit and "
                  "Risk Committee (risks held in Datix, cause–event–consequence descriptions, 5x5 "
                  "matrix; nhsgrampian.org strategic risk pages and Board risk papers). Copied features: "
                  "front sheet with action progress key (Blue = complete, blank = not started), a risk "
                  "band row merged across the sheet for each Datix risk, a merged description row and a "
                  "scores/appetite row, then numbered mitigating actions with owner, due date "
                  "(mmm-yy dates, Q4 2025/26, Ongoing), progress and a coloured RAG word; several "
                  "post-holder leads containing commas; a heat-map totals sheet.",
        "reads": "The Corporate Risks sheet lists four corporate risks, each as a banded heading row "
                 "followed by a description and a scores row, then its mitigating actions (ten in all) "
                 "with owner, due date, progress and action RAG. The front sheet and heat map are key "
                 "and totals only.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# =============================================================================
# 5. South Wales FRS – HMICFRS inspection AFI action plan, with a mistyped month (xlsx, refuse)
# =============================================================================
def swfrs():
    name = ("zva-south-wales-fire-rescue-service-hmicfrs-inspection-action-plan-typo-month-"
            "refuse.xlsx")
    title = ("South Wales Fire and Rescue Service – HMICFRS Inspection 2024/25: Areas for "
             "Improvement Action Plan")
    afis = [
        ("AFI 1", "Effectiveness",
         "The service should make sure its community risk management plan is informed by a "
         "comprehensive understanding of current and future risk.", [
            ("1a", "Commission an independent Strategic Assessment of Risk to inform the next CRMP.",
             "Head of Strategic Planning", d(2025, 9, 30), None,
             "Assessment received and presented to Commissioners.", "Complete"),
            ("1b", "Consult publicly on the draft CRMP 2026–2030.", "Head of Corporate Communications",
             d(2026, 1, 31), None, "Consultation opened 5 January 2026.", "Green"),
        ]),
        ("AFI 2", "Effectiveness",
         "The service should make sure operational staff have good access to relevant and up-to-date "
         "risk information.", [
            ("2a", "Clear the backlog of Site Specific Risk Information (SSRI) visits to very high and "
             "high-risk premises.", "Area Manager – Operational Risk", d(2025, 12, 31), "Febuary 2026",
             "412 of 530 overdue visits completed.", "Amber"),
            ("2b", "Make SSRI available on all appliance mobile data terminals, with quarterly "
             "audit of currency.", "Head of ICT / Area Manager – Operational Risk", d(2026, 3, 31),
             None, "MDT software update tested at Cardiff Gate.", "Green"),
        ]),
        ("AFI 3", "Effectiveness",
         "The service should make sure it prioritises its prevention activity on the people most at "
         "risk from fire.", [
            ("3a", "Introduce a person-centred triage for Home Fire Safety Checks using partner "
             "referral data.", "Head of Prevention", d(2025, 11, 30), d(2026, 3, 31),
             "Data sharing agreement with the two health boards awaited.", "Amber"),
        ]),
        ("AFI 4", "Effectiveness",
         "The service should make sure its risk-based inspection programme targets its highest-risk "
         "premises and is resourced to do so.", [
            ("4a", "Recruit and train six additional fire safety inspecting officers.",
             "Head of Business Fire Safety", d(2026, 6, 30), None,
             "Four appointed; two posts re-advertised.", "Green"),
        ]),
        ("AFI 5", "People",
         "The service should make sure it is effective in tackling bullying, harassment and "
         "discrimination.", [
            ("5a", "Launch the independent reporting line and publish quarterly data on cases "
             "and outcomes.", "Director of People Services", d(2025, 7, 31), None,
             "Line operating since July 2025; Q2 data published.", "Complete"),
            ("5b", "Deliver ‘Respect at Work’ training to all managers, supervisory and above.",
             "Director of People Services", d(2026, 3, 31), None,
             "63% of managers trained.", "Amber"),
        ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "AFI Action Plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Service Improvement Board – progress update 14 January 2026"
    headers = ["AFI", "Pillar", "Area for improvement", "Ref", "Action", "Action owner",
               "Target date", "Revised date", "Progress", "RAG"]
    header_row(ws, 4, headers)
    for col, w in zip("ABCDEFGHIJ", [8, 13, 44, 6, 50, 30, 12, 14, 42, 10]):
        ws.column_dimensions[col].width = w
    word_fill = {"Complete": "B", "Green": "G", "Amber": "A", "Red": "R"}
    r = 5
    typo_row = None
    n = 0
    for afi, pillar, text, actions in afis:
        start = r
        ws.cell(row=r, column=1, value=afi)
        ws.cell(row=r, column=2, value=pillar)
        ws.cell(row=r, column=3, value=text)
        for ref, action, owner, target, revised, prog, rag in actions:
            for c, v in zip(range(4, 11), [ref, action, owner, target, revised, prog, rag]):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=10).fill = FILL[word_fill[rag]]
            if revised == "Febuary 2026":
                typo_row = r
            n += 1
            r += 1
        for c in (1, 2, 3):
            if r - 1 > start:
                ws.merge_cells(start_row=start, start_column=c, end_row=r - 1, end_column=c)
            cell = ws.cell(row=start, column=c)
            cell.alignment = WRAP
            cell.fill = FILL["BAND"]
    ws.freeze_panes = "A5"

    key = wb.create_sheet("RAG key")
    for i, (k, v) in enumerate([("Complete", "Action delivered and evidence held"),
                                ("Green", "On track to target date"),
                                ("Amber", "Delayed – revised date agreed"),
                                ("Red", "Off track – escalate to Service Improvement Board")], 1):
        c = key.cell(row=i, column=1, value=k)
        c.fill = FILL[word_fill[k]]
        key.cell(row=i, column=2, value=v)
    key.column_dimensions["A"].width = 12
    key.column_dimensions["B"].width = 55
    wb.save(out(name))
    assert typo_row is not None

    write_expected(name, {
        "source": "Imitates the action plan South Wales Fire and Rescue Service reports to its "
                  "Commissioners' Service Improvement Board after the HMICFRS inspection of "
                  "effectiveness, efficiency and people (report published 22 May 2025, "
                  "hmicfrs.justiceinspectorates.gov.uk/publication-html/inspection-of-south-wales-frs-"
                  "effectiveness-efficiency-and-people). Copied features: title and board update line, "
                  "AFI number, pillar and area-for-improvement text merged down over lettered actions, "
                  "owners as posts, target and revised dates, progress, RAG words with fills, a RAG key "
                  "sheet.",
        "reads": "One plan sheet of five HMICFRS areas for improvement with eight actions, each with a "
                 "target date and, for some, a revised date. The revised date for action 2a reads "
                 "'Febuary 2026', a mistyped month in an end cell, so a careful reader stops and asks "
                 "before reading the plan.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": title,
    })
    return name, 0


# =============================================================================
# 6. Belfast HSC Trust – NIAO report to those charged with governance tracker (csv)
# =============================================================================
def belfast():
    name = ("zva-belfast-hsct-niao-report-to-those-charged-with-governance-recommendations-"
            "tracker.csv")
    title = ("Belfast Health and Social Care Trust – NIAO Report to Those Charged with Governance: "
             "Recommendations Tracker")
    rag = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    rows = [
        ("1", "2023/24", "1",
         "Overtime – the Trust should strengthen controls over the authorisation of overtime, so that "
         "all overtime is approved before it is worked.",
         "Extend e-timesheet pre-approval to all directorates; retrospective claims to be reported "
         "monthly to the Director of Finance.",
         "Assistant Director of Finance (Payroll Services)", ["Assistant Director of Finance (Payroll Services)"],
         "31/03/2025", "30/09/2025", "Fully implemented", "B", "2025-09", None,
         "Pre-approval live in all directorates from September 2025."),
        ("2", "2023/24", "2",
         "Contract management – the Trust should maintain a complete register of contracts, including "
         "direct award contracts (DACs), and report DACs to the Audit and Risk Assurance Committee.",
         "Publish a single contracts register on the procurement system and report all DACs over "
         "£30,000 to each ARAC meeting.",
         "Head of Procurement / Director of Finance", ["Head of Procurement", "Director of Finance"],
         "30/06/2024", "31/03/2026", "Partially implemented", "A", "2026-03", None,
         "DAC reporting in place; register 80% complete for estates contracts."),
        ("3", "2024/25", "1",
         "Agency staffing – the Trust should review its use of off-contract nursing agencies and "
         "make sure rates paid are in line with the regional framework.",
         "Cease use of off-contract agencies except with Executive Director of Nursing approval; report "
         "weekly usage and rates to the Executive Team.",
         "Executive Director of Nursing, Midwifery and AHPs",
         ["Executive Director of Nursing, Midwifery and AHPs"],
         "31/12/2025", "", "Partially implemented", "A", "2025-12", None,
         "Off-contract shifts down 62% since April; ICU and ED exceptions remain."),
        ("4", "2024/25", "2",
         "Asset verification – the Trust should carry out a physical verification of medical "
         "equipment recorded on the fixed asset register.",
         "Complete a rolling verification of medical equipment over £5,000, starting with Royal "
         "Victoria Hospital critical care areas.",
         "Head of Capital Accounting; Head of Medical Physics",
         ["Head of Capital Accounting", "Head of Medical Physics"],
         "31/03/2026", "", "Not yet due", "G", "2026-03", None,
         "RVH critical care verified; Mater and BCH scheduled for Q4."),
        ("5", "2024/25", "2",
         "Patients’ monies – the Trust should make sure reconciliations of residents’ accounts in "
         "statutory residential homes are completed and reviewed monthly.",
         "Issue a revised patients’ private property procedure and train home managers on monthly "
         "reconciliations.",
         "Co-Director, Older People’s Services", ["Co-Director, Older People’s Services"],
         "30/11/2025", "", "Fully implemented", "B", "2025-11", None,
         "Procedure issued October 2025; all eight homes reconciled for November."),
        ("6", "2024/25", "3",
         "Declarations of interest – the Trust should remind all staff at Band 8B and above to "
         "complete an annual declaration of interests.",
         "Annual reminder issued by the Chief Executive, with compliance reported to ARAC.",
         "Board Secretary", ["Board Secretary"],
         "Annual", "", "Ongoing", "G", None, "Annual",
         "2025 exercise: 91% of declarations returned."),
        ("7", "2024/25", "1",
         "Payroll overpayments – the Trust should improve the timeliness of leaver notifications to "
         "payroll to reduce overpayments.",
         "Managers to submit leaver forms through HRPTS at least four weeks before the leaving date; "
         "monthly exception report to directors.",
         "Director of Human Resources & Organisational Development",
         ["Director of Human Resources & Organisational Development"],
         "31/01/2026", "30/04/2026", "Partially implemented", "R", "2026-04", None,
         "Overpayments still rising in Q3; HRPTS workflow change delayed."),
    ]
    ncol = 11
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    pad = lambda xs: list(xs) + [""] * (ncol - len(xs))
    w.writerow(pad([title]))
    w.writerow(pad(["Position at 31 December 2025 – Audit and Risk Assurance Committee, 5 February 2026"]))
    w.writerow(pad([]))
    w.writerow(["Ref", "Report year", "Priority", "NIAO recommendation",
                "Management response / agreed action", "Responsible officer", "Target date",
                "Revised target date", "Status", "RAG", "Progress update"])
    expected = []
    for (ref, yr, pri, rec, action, lead_txt, lead, tgt, rev, status, r, end, end_text,
         upd) in rows:
        w.writerow([ref, yr, pri, rec, action, lead_txt, tgt, rev, status, r, upd])
        expected.append(act(ref, [rec], action, lead, end, rag[r], end_text))
    w.writerow(pad([]))
    w.writerow(pad(["Summary"]))
    for k, v in [("Fully implemented", 2), ("Partially implemented", 3), ("Not yet due", 1),
                 ("Ongoing", 1), ("Total", 7)]:
        w.writerow(pad([k, str(v)]))
    w.writerow(pad([]))
    w.writerow(pad(["Priority 1 – significant weakness; Priority 2 – important issue; Priority 3 – "
                    "good practice. RAG: B = implemented, G = on track, A = partially implemented, "
                    "R = behind revised target."]))
    with open(out(name), "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())

    write_expected(name, {
        "source": "Imitates the tracker of Northern Ireland Audit Office Report to Those Charged with "
                  "Governance recommendations that HSC trusts take to their Audit and Risk Assurance "
                  "Committee (Belfast HSC Trust annual report and ARAC papers; NIAO priority 1–3 "
                  "grading). Copied features: Excel CSV export with padding commas, three title lines, "
                  "recommendations from two report years, priority, agreed management action, "
                  "responsible officers as posts (one containing commas, two joined by '/' or ';'), "
                  "target and revised dates, implementation status plus RAG letter, a summary totals "
                  "block and a key line.",
        "reads": "A CSV export: title lines, then one row per NIAO recommendation (seven) giving the "
                 "recommendation, the Trust's agreed action, responsible officer, target and revised "
                 "dates, status and RAG; a summary of statuses and a key follow. Each row's agreed "
                 "action is the action and the recommendation is what it answers.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# =============================================================================
# 7. Comhairle nan Eilean Siar – Audit and Scrutiny Committee action log (txt, tab-separated)
# =============================================================================
def cnes():
    name = "zva-comhairle-nan-eilean-siar-audit-and-scrutiny-committee-action-log.txt"
    title = "Comhairle nan Eilean Siar – Audit and Scrutiny Committee Action Log"
    rag = {"B": "blue", "G": "green", "A": "amber", "R": "red", "": "unrated"}
    meetings = [
        ("Meeting of 18 June 2025", [
            ("AS/25/01", "4", "Provide members with a breakdown, by department, of Internal Audit "
             "follow-up actions that are more than six months overdue.", "Chief Internal Auditor",
             ["Chief Internal Auditor"], "September 2025", "2025-09", None, "B",
             "Reported to September meeting."),
            ("AS/25/02", "5", "Bring a report on progress against the Best Value improvement actions "
             "to the next meeting.", "Chief Executive / Head of Strategic Planning",
             ["Chief Executive", "Head of Strategic Planning"], "24/09/2025", "2025-09", None, "B",
             "Report considered 24 September."),
            ("AS/25/03", "7", "Arrange a members’ seminar on the revised Risk Management Strategy and "
             "corporate risk register.", "Chief Officer (Law and Governance)",
             ["Chief Officer (Law and Governance)"], "Oct-25", "2025-10", None, "A",
             "Seminar moved to 2 December to fit the Comhairle diary."),
            ("AS/25/04", "8", "Confirm with the external auditor the revised timetable for the 2024/25 "
             "annual audit and the reasons for the delay.", "Chief Officer (Strategic Finance)",
             ["Chief Officer (Strategic Finance)"], "30 Sept 2025", "2025-09", None, "B",
             "Letter from external auditor circulated 12 September."),
        ]),
        ("Meeting of 24 September 2025", [
            ("AS/25/05", "3", "Circulate the updated Internal Audit Charter to all members for comment "
             "before approval.", "Chief Internal Auditor", ["Chief Internal Auditor"],
             "October 2025", "2025-10", None, "B", "Circulated 6 October; no comments received."),
            ("AS/25/06", "5", "Report on the management of sickness absence in Education, Skills and "
             "Children’s Services, including return-to-work interview compliance.",
             "Head of HR & Workforce Development", ["Head of HR & Workforce Development"],
             "February 2026", "2026-02", None, "G", "Data collection under way."),
            ("AS/25/07", "6", "Provide a breakdown of the £1.2m overspend on inter-island transport "
             "contracts and the recovery plan.",
             "Chief Officer (Strategic Finance) & Chief Officer (Economic and Community Regeneration)",
             ["Chief Officer (Strategic Finance)", "Chief Officer (Economic and Community Regeneration)"],
             "December 2025", "2025-12", None, "A",
             "Breakdown complete; recovery plan awaiting transport tender outcome."),
            ("AS/25/08", "7", "Bring the review of the Counter Fraud Policy and whistleblowing "
             "arrangements to committee.", "Chief Internal Auditor", ["Chief Internal Auditor"],
             "TBC", None, "TBC", "", ""),
            ("AS/25/09", "9", "Add the risk of loss of key island transport links to the corporate risk "
             "register and report the mitigations.", "Risk Manager", ["Risk Manager"], "Mar-26",
             "2026-03", None, "G", "Risk drafted for CMT review in January."),
        ]),
    ]
    lines = [title, "Position as at 17 November 2025", "",
             "\t".join(["Ref", "Minute", "Action", "Responsible Officer", "Due", "RAG", "Update"])]
    expected = []
    for heading, rows in meetings:
        lines.append(heading)
        for ref, minute, action, lead_txt, lead, due, end, end_text, r, upd in rows:
            lines.append("\t".join([ref, minute, action, lead_txt, due, r, upd]))
            expected.append(act(ref, [heading], action, lead, end, rag[r], end_text))
        lines.append("")
    lines.append("RAG: B = complete; G = on track; A = at risk of slipping; R = overdue")
    lines.append("Completed (B) actions are removed from the log once they have been reported to one "
                 "meeting.")
    with open(out(name), "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(lines) + "\n")

    write_expected(name, {
        "source": "Imitates the action log that Comhairle nan Eilean Siar's Audit and Scrutiny "
                  "Committee keeps between meetings (cne-siar.gov.uk committee pages; Scottish council "
                  "audit and scrutiny committee minutes), exported as tab-separated text. Copied "
                  "features: title line and 'position as at' line, one column-header row, a section "
                  "line per meeting, AS/25/nn refs with minute item numbers, post leads (two joined by "
                  "'/' or '&'), due dates in mixed forms (September 2025, 24/09/2025, Oct-25, 30 Sept "
                  "2025, TBC), RAG letters, footer key and note.",
        "reads": "A plain tab-separated action log under a title line: nine actions grouped under two "
                 "meeting lines (18 June 2025 and 24 September 2025), each with ref, minute number, "
                 "action, responsible officer, due date, RAG letter and update; a RAG key follows.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


def main():
    made = [brae(), walsingham(), gwent(), grampian(), swfrs(), belfast(), cnes()]
    for name, n in made:
        print(f"{name}: {n} actions")


if __name__ == "__main__":
    main()
