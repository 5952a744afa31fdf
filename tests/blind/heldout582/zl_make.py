"""Build the seven zl- blind cases (data files and their .expected.yaml readings).

Run with /work/main/.venv/bin/python zl_make.py from any directory; files are written
beside this script.
"""
import datetime as dt
import json
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers
BLUE = "0070C0"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
DARK = "404040"
thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return dt.datetime(y, m, day)


def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    """Write text into a docx cell; '\n' in text becomes separate paragraphs."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(parts[0])
    r.bold = bold
    for part in parts[1:]:
        p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, side, Cm(1.8))


# Expected readings are collected here and written at the end.
EXPECTED = {}


def A(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


# ====================================================================
# 1. 132 Harley Street Limited - CQC inspection action plan (xlsx)
# ====================================================================
def harley_street():
    name = "zl-132-harley-street-cqc-inspection-action-plan.xlsx"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "132 Harley Street Limited"
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "CQC Inspection Action Plan"
    cov["A2"].font = Font(bold=True, size=13)
    cov["A3"] = "Location: 132 Harley Street, London W1G 7JX (consultant outpatient and diagnostic service)"
    cov["A4"] = "Inspection: announced comprehensive inspection; report published March 2024"
    cov["A5"] = "Overall rating: Requires improvement (Safe – Requires improvement; Well-led – Requires improvement)"
    cov["A7"] = "Document control"
    cov["A7"].font = Font(bold=True)
    rows = [
        ("Version", "Date", "Author", "Summary of changes"),
        ("0.1", "08/04/2024", "Service Manager", "First draft following publication of the report"),
        ("1.0", "22/04/2024", "Service Manager", "Approved by the Directors and returned to CQC"),
        ("1.3", "14/10/2024", "Service Manager", "Progress update; revised dates agreed at the governance meeting"),
    ]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cov.cell(row=8 + i, column=1 + j, value=v)
            c.border = BORDER
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill(GREY)
    cov["A13"] = "RAG key"
    cov["A13"].font = Font(bold=True)
    key = [(BLUE, "Complete – evidence held on file"), (GREEN, "On track"),
           (AMBER, "At risk / revised date agreed"), (RED, "Off track – escalate to Directors")]
    for i, (col, txt) in enumerate(key):
        cov.cell(row=14 + i, column=1).fill = fill(col)
        cov.cell(row=14 + i, column=1).border = BORDER
        cov.cell(row=14 + i, column=2, value=txt)
    cov.column_dimensions["A"].width = 14
    cov.column_dimensions["B"].width = 16
    cov.column_dimensions["C"].width = 20
    cov.column_dimensions["D"].width = 60

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "132 Harley Street Limited – CQC Inspection Action Plan (report published March 2024)"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Last updated: 14 October 2024      Plan owner: Service Manager (Registered Manager)"
    hdr = ["Ref", "CQC finding / requirement", "Action to be taken", "Responsible",
           "Original target date", "Revised target date", "Progress update", "RAG"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.border = BORDER
        c.alignment = WRAP

    must = "MUST DO"
    should = "SHOULD DO"
    f1 = ("Regulation 17 Good governance: The provider must ensure there are effective systems to "
          "assess, monitor and mitigate risks, including a programme of clinical audit for colposcopy "
          "procedures.")
    f2 = ("Regulation 12 Safe care and treatment: The provider must ensure that medicines, including "
          "emergency medicines, are stored, checked and recorded in line with national guidance.")
    f3 = ("The provider should ensure all staff complete safeguarding training at the level "
          "appropriate to their role.")
    f4 = ("The provider should review how patients are told about fees and chaperone availability "
          "before their appointment.")

    layout = [
        ("section", must),
        ("finding", f1, [
            ("M1.1", "Introduce an annual clinical audit programme covering colposcopy, biopsy results and "
                     "failsafe tracking, with results reported to the quarterly governance meeting.",
             "Directors", d(2024, 6, 30), d(2024, 9, 30),
             "Audit programme approved June 2024; first colposcopy audit presented 19/09/2024.", BLUE),
            ("M1.2", "Create a risk register for the service and review it monthly at the management meeting.",
             "Service Manager", d(2024, 5, 31), None,
             "Risk register in place since May 2024 and reviewed monthly.", BLUE),
        ]),
        ("finding", f2, [
            ("M2.1", "Introduce a weekly documented check of emergency medicines and equipment, with expiry "
                     "dates logged on the new checklist.",
             "Clinic Nurse", d(2024, 4, 30), None,
             "Weekly checklist in use; spot-checked by the Service Manager each month.", GREEN),
            ("M2.2", "Install a temperature-monitored medicines fridge with a data logger and train staff to act "
                     "on out-of-range readings.",
             "Service Manager / Clinic Nurse", d(2024, 5, 31), d(2024, 10, 31),
             "Fridge delivered August 2024; data logger on back order from supplier.", AMBER),
        ]),
        ("section", should),
        ("finding", f3, [
            ("S1.1", "Move all clinical staff to Level 3 adult and children safeguarding training and record "
                     "completion on the training matrix.",
             "Registered Manager", d(2024, 7, 31), d(2024, 12, 31),
             "4 of 6 clinicians completed; remaining 2 booked for November.", AMBER),
        ]),
        ("finding", f4, [
            ("S2.1", "Update the website and booking confirmation emails to show consultation fees and the "
                     "chaperone policy.",
             "Practice Personal Assistant", d(2024, 6, 30), None,
             "Website updated. Email template change still awaiting IT supplier.", RED),
            ("S2.2", "Display chaperone notices in every consulting room and at reception.",
             "Receptionist", d(2024, 5, 31), None,
             "Notices displayed in all rooms.", BLUE),
        ]),
    ]
    colour_status = {BLUE: "blue", GREEN: "green", AMBER: "amber", RED: "red"}
    ends = {}
    expected = []
    row = 5
    section = None
    for item in layout:
        if item[0] == "section":
            section = item[1]
            c = ws.cell(row=row, column=1, value=section)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill(DARK)
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
            row += 1
            continue
        _, finding, acts = item
        first = row
        for (ref, text, resp, orig, rev, prog, col) in acts:
            ws.cell(row=row, column=1, value=ref)
            ws.cell(row=row, column=3, value=text)
            ws.cell(row=row, column=4, value=resp)
            c = ws.cell(row=row, column=5, value=orig)
            c.number_format = "dd/mm/yyyy"
            if rev is not None:
                c = ws.cell(row=row, column=6, value=rev)
                c.number_format = "dd/mm/yyyy"
            ws.cell(row=row, column=7, value=prog)
            ws.cell(row=row, column=8).fill = fill(col)
            for j in range(1, 9):
                ws.cell(row=row, column=j).border = BORDER
                ws.cell(row=row, column=j).alignment = WRAP
            endd = rev or orig
            leads = [x.strip() for x in resp.split("/")]
            expected.append(A(ref, [section, finding], text, leads,
                              "%04d-%02d" % (endd.year, endd.month), colour_status[col]))
            row += 1
        ws.cell(row=first, column=2, value=finding)
        if row - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=row - 1, end_column=2)
        ws.cell(row=first, column=2).alignment = WRAP
    row += 1
    ws.cell(row=row, column=1, value="Summary: 7 actions – Complete 3; On track 1; At risk 2; Off track 1")
    ws.cell(row=row, column=1).font = Font(italic=True)
    for col, w in zip("ABCDEFGH", (7, 40, 50, 22, 13, 13, 40, 7)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    ev = wb.create_sheet("Evidence log")
    ev["A1"] = "Evidence log (documents held on the shared governance drive)"
    ev["A1"].font = Font(bold=True)
    for j, h in enumerate(["Ref", "Evidence", "Date added"]):
        ev.cell(row=3, column=1 + j, value=h).font = Font(bold=True)
    for i, r in enumerate([("M1.1", "Clinical audit programme 2024/25; colposcopy audit report Sept 2024", "20/09/2024"),
                           ("M1.2", "Service risk register v3", "03/06/2024"),
                           ("S2.2", "Photographs of chaperone notices", "28/05/2024")]):
        for j, v in enumerate(r):
            ev.cell(row=4 + i, column=1 + j, value=v)
    ev.column_dimensions["B"].width = 70
    ev.column_dimensions["C"].width = 14
    wb.active = 1
    wb.save(out(name))

    EXPECTED[name] = {
        "source": (
            "Imitates the action plan a small independent outpatient and diagnostic clinic returns to CQC after a "
            "Requires improvement report (132 Harley Street Limited, CQC report March 2024, "
            "https://www.cqc.org.uk/location/1-160368550). Copies the usual provider layout: a cover sheet with "
            "location, ratings, a document-control table and a colour-only RAG key; an action sheet split into "
            "MUST DO and SHOULD DO bands, the CQC finding in a vertically merged cell beside its actions, "
            "original and revised target dates as real dates, progress comments, a RAG column that is fill colour "
            "only, a summary line, and an evidence-log sheet. Finding wording and progress are invented."),
        "reads": (
            "A CQC action plan with seven actions in two bands (must do, should do), each under the CQC finding "
            "it answers. Where a revised target date is given it is the due month; the RAG is the colour of the "
            "last cell read through the cover sheet's key (blue = complete). The evidence log only lists documents."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "132 Harley Street Limited – CQC Inspection Action Plan",
        "actions": expected,
    }


# ====================================================================
# 2. ActionAid UK - Board of Trustees rolling action log (docx)
# ====================================================================
def actionaid():
    name = "zl-actionaid-uk-board-of-trustees-action-log.docx"
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("ActionAid UK Board of Trustees – Rolling Action Log", level=1)
    doc.add_paragraph("Paper B2 for the Board meeting on 20 March 2025. Open actions from previous meetings are "
                      "listed by meeting, most recent first. Completed actions are reported once and then removed.")
    doc.add_paragraph("RAG: B = complete; G = on track; A = at risk or date moved; R = overdue")
    t = doc.add_table(rows=2, cols=4)
    t.style = "Table Grid"
    for j, v in enumerate(["Actions carried forward", "Completed since last meeting", "At risk (A)", "Overdue (R)"]):
        set_cell(t.rows[0].cells[j], v, bold=True)
        shade(t.rows[0].cells[j], GREY)
    for j, v in enumerate(["7", "1", "2", "1"]):
        set_cell(t.rows[1].cells[j], v)

    hdr = ["No.", "Minute", "Action", "Owner", "Due", "RAG", "Update"]
    meetings = [
        ("Board meeting 4 December 2024", [
            ("24/41", "7.2", "Circulate the revised Safeguarding and PSEA Policy to trustees for approval by written resolution.",
             "Head of Safeguarding", "January 2025", "B", "Approved by written resolution on 22 January 2025.",
             ["Head of Safeguarding"], "2025-01", "blue", None),
            ("24/42", "8.1", "Bring a paper on options for the unrestricted reserves target, including the impact of the "
                             "2025/26 budget, to the Finance, Audit and Risk Committee.",
             "Director of Finance and Operations", "March 2025", "G", "On the FARC agenda for 11 March 2025.",
             ["Director of Finance and Operations"], "2025-03", "green", None),
            ("24/43", "9.3", "Commission an external review of the supporter care complaints process.\n"
                             "Report the findings and the management response to the Board.",
             "Director of Fundraising & Head of Supporter Care", "March 2025 (revised: June 2025)", "A",
             "Tender delayed by one month; revised date agreed with the Chair.",
             ["Director of Fundraising", "Head of Supporter Care"], "2025-06", "amber", None),
        ]),
        ("Board meeting 25 September 2024", [
            ("24/30", "6.4", "Agree a timetable for the trustee skills audit and share the results with the Nominations Committee.",
             "Chair; Company Secretary", "Q4 2024/25", "R", "Skills audit questionnaire not yet issued.",
             ["Chair", "Company Secretary"], "2025-03", "red", None),
            ("24/33", "10.1", "Provide trustees with a regular briefing on UK aid policy and its implications for partner funding.",
             "Chief Executive", "Ongoing", "G", "Standing item in the Chief Executive's report.",
             ["Chief Executive"], None, "green", "Ongoing"),
        ]),
        ("Board meeting 20 June 2024", [
            ("24/18", "5.2", "Review the country programme exit criteria as part of the strategy refresh.",
             "Director of Programmes and Policy", "31/03/2025", "A", "Draft criteria go to the Programmes Committee in April.",
             ["Director of Programmes and Policy"], "2025-03", "amber", None),
            ("24/21", "11", "Arrange a trustee visit to a partner programme in Kenya.",
             "Executive Assistant to the Chief Executive", "Nov-25", "G", "Provisional dates agreed with ActionAid Kenya.",
             ["Executive Assistant to the Chief Executive"], "2025-11", "green", None),
        ]),
    ]
    expected = []
    for heading, rows in meetings:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1, cols=len(hdr))
        t.style = "Table Grid"
        for j, h in enumerate(hdr):
            set_cell(t.rows[0].cells[j], h, bold=True)
            shade(t.rows[0].cells[j], "DEEAF6")
        for r in rows:
            cells = t.add_row().cells
            for j in range(7):
                set_cell(cells[j], r[j])
            expected.append(A(r[0], [heading], r[2], r[7], r[8], r[9], r[10]))
    doc.add_paragraph("")
    doc.add_paragraph("Owner abbreviations are not used in this log. Queries to the Company Secretary.")
    doc.save(out(name))

    EXPECTED[name] = {
        "source": (
            "Imitates the rolling action log (matters arising) paper that national charities put to their board of "
            "trustees (ActionAid UK, 2025; charity board papers and handbooks such as Barnett Waddingham's "
            "trustee meetings handbook describe the format). Copied features: a heading and cover note, a one-line "
            "RAG letter key, a small totals table, one table per board meeting under a meeting heading, minute "
            "references beside action numbers, job titles as owners (two joined with & or ;), an original and "
            "revised date in one cell, quarter and 'Ongoing' due dates, and an action cell of two paragraphs. "
            "Contents invented."),
        "reads": (
            "A board action log with seven open actions from three meetings, each table under its meeting heading. "
            "Status is the RAG letter from the key (B = complete). The totals table at the top is not an action."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "ActionAid UK Board of Trustees – Rolling Action Log",
        "actions": expected,
    }


# ====================================================================
# 3. Tees Valley CA - Tees Flex lessons learned action plan (xlsx)
# ====================================================================
def tees_valley():
    name = "zl-tees-valley-ca-tees-flex-lessons-learned-action-plan.xlsx"
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "Tees Valley Combined Authority"
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Tees Flex Demand Responsive Transport – Lessons Learned Action Plan"
    s["A2"].font = Font(bold=True, size=12)
    s["A3"] = "Prepared for: Transport Committee, 27 January 2026"
    s["A5"] = ("Cabinet agreed on 12 December 2025 not to extend Tees Flex beyond 31 March 2026 and to redirect the "
               "funding to two new hourly supported bus routes. This plan sets out the lessons identified from the "
               "six-year pilot and the actions to apply them to the transition and to any future demand responsive "
               "transport (DRT) proposal.")
    s["A5"].alignment = WRAP
    s.merge_cells("A5:F8")
    s["A10"] = "Status summary"
    s["A10"].font = Font(bold=True)
    summ = [("Status", "Number of actions"), ("Complete", 1), ("On track", 5), ("At risk", 2),
            ("Off track", 0), ("Not started", 1), ("Total", 9)]
    for i, (a, b) in enumerate(summ):
        s.cell(row=11 + i, column=1, value=a).border = BORDER
        s.cell(row=11 + i, column=2, value=b).border = BORDER
        if i in (0, len(summ) - 1):
            s.cell(row=11 + i, column=1).font = Font(bold=True)
            s.cell(row=11 + i, column=2).font = Font(bold=True)
    s.column_dimensions["A"].width = 22
    s.column_dimensions["B"].width = 20

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "Tees Flex DRT – Lessons Learned Action Plan"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Status key: Complete (Blue) | On track (Green) | At risk (Amber) | Off track (Red) | Not started"
    ws.merge_cells("A2:G2")
    hdr = ["Ref", "Lesson / action", "Lead officer", "Supported by", "Target date", "Status",
           "Commentary (January 2026)"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("00587C")
        c.border = BORDER
        c.alignment = WRAP
    status_fill = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED}
    status_map = {"Complete": "blue", "On track": "green", "At risk": "amber", "Not started": "unrated"}
    T1 = "Theme 1: Evidence, evaluation and value for money"
    T2 = "Theme 2: Contract and partnership management"
    T3 = "Theme 3: Passengers and communities"
    L1 = ("Lesson 1: Pilot objectives and success measures were not fixed at launch, so the value for money case "
          "could not be tested when extension decisions were taken.")
    L2 = "Lesson 2: Short, year-by-year extensions left the operator, staff and passengers without certainty."
    L3 = ("Lesson 3: Contract reporting did not give timely data on unmet booking requests and vehicle "
          "utilisation.")
    L4 = ("Lesson 4: Residents most reliant on Tees Flex (older and disabled people, students) were not engaged "
          "early enough in decisions about its future.")
    plan = [
        ("theme", T1),
        ("lesson", L1),
        ("1.1", "Set SMART objectives, a baseline and an evaluation plan (including cost per passenger trip) before "
                "any future DRT or supported-service pilot is approved.",
         "Head of Transport and Infrastructure", "Transport Policy Manager", d(2026, 3, 31), "mmm-yy", "On track",
         "Evaluation template drafted; goes to Transport Committee in March.", ["Head of Transport and Infrastructure"], "2026-03", None),
        ("1.2", "Publish the final Tees Flex evaluation report, including patronage, cost per trip and user survey results.",
         "Transport Policy Manager", "Research and Evaluation Team", "Q1 2026/27", None, "Not started",
         "Data collection continues to 31 March 2026.", ["Transport Policy Manager"], "2026-06", None),
        ("lesson", L2),
        ("2.1", "Agree a funding period of at least three years for the two replacement hourly routes from the Local "
                "Authority Bus Grant.",
         "Head of Transport and Infrastructure", "Finance Manager (Transport)", "By 31 March 2026", None, "On track",
         "Proposals to Cabinet in March 2026.", ["Head of Transport and Infrastructure"], "2026-03", None),
        ("theme", T2),
        ("lesson", L3),
        ("3.1", "Include monthly reporting of unmet requests, average wait time and vehicle utilisation as KPIs in all "
                "new supported-service contracts.",
         "Transport Contracts Manager", "Procurement Team", d(2026, 4, 30), "mmm-yy", "On track",
         "KPI schedule added to tender documents for the two new routes.", ["Transport Contracts Manager"], "2026-04", None),
        ("3.2", "Agree an exit plan with the operator covering vehicles, booking app data and customer records.",
         "Transport Contracts Manager", "Data Protection Officer", d(2026, 2, 28), "mmm-yy", "At risk",
         "Data transfer terms still being negotiated with the operator.", ["Transport Contracts Manager"], "2026-02", None),
        ("3.3", "Report supported bus network performance to Transport Committee.",
         "Transport Contracts Manager", "", "Quarterly", None, "On track",
         "First report due June 2026.", ["Transport Contracts Manager"], None, "Quarterly"),
        ("theme", T3),
        ("lesson", L4),
        ("4.1", "Write to all registered Tees Flex users with details of the replacement routes and other travel "
                "options at least eight weeks before the service ends.",
         "Communications and Marketing Manager", "Transport Policy Manager", d(2026, 1, 31), "mmm-yy", "Complete",
         "Letters and emails sent 19 January 2026.", ["Communications and Marketing Manager"], "2026-01", None),
        ("4.2", "Hold drop-in sessions in the rural wards of Hartlepool, Darlington and Stockton with the local "
                "authorities.",
         "Communications and Marketing Manager; Passenger Transport Officer", "Local authority transport teams",
         d(2026, 2, 28), "mmm-yy", "On track", "Six sessions booked for February.",
         ["Communications and Marketing Manager", "Passenger Transport Officer"], "2026-02", None),
        ("4.3", "Work with the local authorities to review community transport and dial-a-ride provision for "
                "residents who cannot reach the new routes.",
         "Head of Transport and Infrastructure", "Local authority passenger transport leads", "Sept 2026", None,
         "At risk", "Depends on local authority capacity; scope agreed.", ["Head of Transport and Infrastructure"],
         "2026-09", None),
    ]
    expected = []
    row = 5
    theme = lesson = None
    for item in plan:
        if item[0] == "theme":
            theme = item[1]
            c = ws.cell(row=row, column=1, value=theme)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("00587C")
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=7)
            row += 1
            continue
        if item[0] == "lesson":
            lesson = item[1]
            c = ws.cell(row=row, column=2, value=lesson)
            c.font = Font(bold=True, italic=True)
            c.alignment = WRAP
            ws.cell(row=row, column=1).fill = fill("DDEBF7")
            c.fill = fill("DDEBF7")
            ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=7)
            ws.row_dimensions[row].height = 30
            row += 1
            continue
        ref, text, lead, sup, tgt, fmt, status, comm, leads, end, end_text = item
        vals = [ref, text, lead, sup, tgt, status, comm]
        for j, v in enumerate(vals):
            c = ws.cell(row=row, column=1 + j, value=v if v != "" else None)
            c.border = BORDER
            c.alignment = WRAP
        if fmt:
            ws.cell(row=row, column=5).number_format = fmt
        if status in status_fill:
            ws.cell(row=row, column=6).fill = fill(status_fill[status])
        expected.append(A(ref, [theme, lesson], text, leads, end, status_map[status], end_text))
        row += 1
    for col, w in zip("ABCDEFG", (6, 55, 28, 26, 14, 12, 40)):
        ws.column_dimensions[col].width = w
    wb.save(out(name))

    EXPECTED[name] = {
        "source": (
            "Imitates a combined authority lessons-learned action plan taken to a transport committee after a pilot "
            "ends (Tees Valley Combined Authority, Tees Flex DRT, Cabinet decision of 12 December 2025 to end the "
            "service in March 2026 and fund two hourly routes, reported by The City Mail and Local Transport "
            "Today, January 2026). Copied features: a summary sheet with background text and a status totals "
            "table; an action sheet with a status key line, merged theme bands, lesson rows stating the lesson "
            "above its actions, separate lead and supporting officer columns, target dates mixing real dates "
            "shown as mmm-yy with text ('Q1 2026/27', 'By 31 March 2026', 'Sept 2026', 'Quarterly'), and "
            "status words with matching fills. Lessons and actions invented."),
        "reads": (
            "Nine actions under three themes and four lessons. The lead is the lead officer column (the "
            "supporting officers are not leads); statuses are read through the key (At risk = amber, "
            "Not started = unrated). The summary sheet's table is a totals block, not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Tees Flex Demand Responsive Transport – Lessons Learned Action Plan",
        "actions": expected,
    }


# ====================================================================
# 4. Ripon City Council - risk register 2025/26 (csv)
# ====================================================================
def csv_line(fields):
    outp = []
    for f in fields:
        f = "" if f is None else str(f)
        if any(ch in f for ch in ',"\n'):
            f = '"' + f.replace('"', '""') + '"'
        outp.append(f)
    return ",".join(outp)


def ripon():
    name = "zl-ripon-city-council-risk-register-2025-26.csv"
    ncol = 11
    lines = []

    def row(*fields):
        fields = list(fields) + [""] * (ncol - len(fields))
        lines.append(csv_line(fields))

    row("Ripon City Council – Risk Register 2025/26")
    row("Adopted by Full Council 2 June 2025 (Minute 25/061). Next full review: May 2026.")
    row()
    row("Ref", "Risk", "Possible consequence", "Existing controls", "L", "I", "Score",
        "Further action required", "Responsible", "Target date", "Action status")
    FIN, GOV, AST = "FINANCE", "GOVERNANCE", "ASSETS & EVENTS"
    R_F1 = "Precept insufficient to deliver council services and Neighbourhood Plan commitments"
    R_F2 = "Loss of council funds through error or banking fraud"
    R_G1 = "Failure to meet Transparency Code and statutory publication deadlines"
    R_G2 = "Councillors unaware of Code of Conduct and register of interests obligations"
    R_G3 = "Loss of key staff knowledge in a two-person office"
    R_A1 = "Injury to the public from council-owned street furniture or trees"
    R_A2 = "Christmas lights or temporary electrical installations cause injury or fail"
    data = [
        ("section", FIN),
        ("F1", R_F1, "Reduced services; use of reserves", "Budget set with committee scrutiny; quarterly budget monitoring",
         2, 4, 8, "Prepare a three-year medium-term financial plan and present it with the 2026/27 draft budget.",
         "RFO", "Nov-25", "On track", ["RFO"], "2025-11", "green", None),
        ("F2", R_F2, "Financial loss; reputational damage", "Two signatories; monthly bank reconciliation checked by a councillor",
         2, 5, 10, "Move to a bank account with dual online authorisation and payment limits.",
         "RFO", "31/10/2025", "Complete", ["RFO"], "2025-10", "blue", None),
        ("cont", None, None, None, None, None, None,
         "Increase fidelity guarantee insurance cover to match the current level of reserves.",
         "City Clerk", "Sept 2025", "Complete", ["City Clerk"], "2025-09", "blue", None),
        ("section", GOV),
        ("G1", R_G1, "Breach of statutory duty; external auditor qualification", "Publication checklist kept by the City Clerk",
         2, 3, 6, "Publish the 2024/25 AGAR, notice of public rights and internal audit report on the website.",
         "City Clerk", "30/06/2025", "Complete", ["City Clerk"], "2025-06", "blue", None),
        ("G2", R_G2, "Complaints to the Monitoring Officer; decisions challenged", "Code adopted; interests forms issued after election",
         2, 3, 6, "Arrange Code of Conduct training for all councillors with North Yorkshire Council's Monitoring Officer.",
         "City Clerk / Mayor", "Dec-25", "Not started", ["City Clerk", "Mayor"], "2025-12", "unrated", None),
        ("G3", R_G3, "Payments, payroll and bookings interrupted", "Shared diary; passwords held securely",
         3, 3, 9, "Write procedure notes for payroll, payments and bookings so they can be covered in absence.",
         "Deputy City Clerk", "31/01/2026", "On track", ["Deputy City Clerk"], "2026-01", "green", None),
        ("section", AST),
        ("A1", R_A1, "Injury claim; insurance excess", "Public liability insurance; annual asset inspection",
         3, 4, 12, "Commission a tree survey of council land and carry out the priority works identified.",
         "Amenities Committee", "Mar-26", "On track", ["Amenities Committee"], "2026-03", "green", None),
        ("cont", None, None, None, None, None, None,
         "Update the asset register with condition ratings and photographs after each annual inspection.",
         "Deputy City Clerk", "Annually (May)", "On track", ["Deputy City Clerk"], None, "green", "Annually (May)"),
        ("A2", R_A2, "Injury; cancellation of switch-on event", "Contractor holds public liability insurance; event risk assessment",
         2, 4, 8, "Obtain an electrical safety certificate for the Market Square Christmas lights before the switch-on event.",
         "City Clerk; Events Officer", "Nov-25", "Complete", ["City Clerk", "Events Officer"], "2025-11", "blue", None),
    ]
    expected = []
    section = risk = None
    status_ok = {"On track", "Complete", "Not started"}
    for item in data:
        if item[0] == "section":
            section = item[1]
            row(section)
            continue
        ref, rk, cons, ctrl, l, i, sc, act, resp, tgt, st, leads, end, stat, end_text = item
        assert st in status_ok
        if ref == "cont":
            row("", "", "", "", "", "", "", act, resp, tgt, st)
            expected.append(A(None, [section, risk], act, leads, end, stat, end_text))
        else:
            risk = rk
            row(ref, rk, cons, ctrl, l, i, sc, act, resp, tgt, st)
            expected.append(A(ref, [section, risk], act, leads, end, stat, end_text))
    row()
    row("Score = Likelihood (1-5) x Impact (1-5): 1-6 Low; 8-12 Medium; 15-25 High.")
    row("Action status: Complete / On track / Not started / Overdue")
    with open(out(name), "w", encoding="utf-8", newline="") as fh:
        fh.write("\r\n".join(lines) + "\r\n")

    EXPECTED[name] = {
        "source": (
            "Imitates a parish/town-tier council risk register exported to CSV (Ripon City Council, 2025/26), "
            "following the model registers parish councils publish (e.g. Tetford & Salmonby PC risk register "
            "with Ref / Risk / controls / L / S / RAG / further actions / Resp. / date; St Columb Major TC "
            "financial risk assessment; Honiton TC risk register). Copied features: title and adoption lines "
            "above the header, capitalised area rows (FINANCE, GOVERNANCE, ASSETS & EVENTS), likelihood x impact "
            "scores, a further-action column with a responsible officer and target date, a second action for a "
            "risk on a continuation row with the risk cells left blank, and key lines at the foot. Contents invented."),
        "reads": (
            "A risk register with seven risks in three areas and nine further actions; two risks carry a second "
            "action on an unlabelled continuation row, which belongs to the risk above and has no ref of its own. "
            "Status is the action status word (Complete = blue, On track = green, Not started = unrated)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Ripon City Council – Risk Register 2025/26",
        "actions": expected,
    }


# ====================================================================
# 5. Broads Authority - FiPL programme highlight report (txt, tab-separated)
# ====================================================================
def broads():
    name = "zl-broads-authority-fipl-programme-highlight-report.txt"
    T = "\t"
    L = []
    L.append("Broads Authority")
    L.append("Farming in Protected Landscapes (FiPL) Programme – Highlight Report")
    L.append("Reporting period:" + T + "Quarter 2 2025/26 (1 July – 30 September 2025)")
    L.append("Report to:" + T + "FiPL Programme Board, 16 October 2025")
    L.append("Senior Responsible Owner:" + T + "Director of Strategic Services")
    L.append("Programme Manager:" + T + "FiPL Programme Officer")
    L.append("Overall status this period:" + T + "Amber")
    L.append("Overall status last period:" + T + "Green")
    L.append("")
    L.append("Summary")
    L.append("Grant commitments stand at £612,400 of the £745,000 allocation for 2025/26 (82%). The final application "
             "window closed on 31 July. Two projects have asked for more time to complete capital works, and Defra has "
             "confirmed that all claims must be paid by 31 March 2026.")
    L.append("")
    L.append("RAG key: G = on track to baseline; A = forecast later than baseline or underspend risk; "
             "R = will miss programme close without intervention; C = complete")
    L.append("")
    L.append("Milestones and deliverables")
    L.append(T.join(["Ref", "Milestone / deliverable", "Owner", "Baseline date", "Forecast date",
                     "Last RAG", "RAG", "Commentary"]))
    W1 = "Workstream 1 – Grant round and assessment"
    W2 = "Workstream 2 – Project delivery and claims"
    W3 = "Workstream 3 – Monitoring, evaluation and closure"
    stat = {"G": "green", "A": "amber", "R": "red", "C": "blue"}
    items = [
        ("ws", W1),
        ("1.1", "Open the final 2025/26 application window and publish revised guidance for applicants",
         "FiPL Programme Officer", "Jun-25", "Jun-25", "G", "C",
         "Window opened 2 June; 31 applications received by the 31 July deadline.", ["FiPL Programme Officer"]),
        ("1.2", "Local Assessment Panel to determine all applications over £5,000",
         "FiPL Programme Officer; Panel Chair", "Jul-25", "Sep-25", "G", "A",
         "Second panel meeting moved to 24 September to achieve quorum.", ["FiPL Programme Officer", "Panel Chair"]),
        ("1.3", "Issue grant offer letters for all approved projects",
         "Grants Administrator", "Aug-25", "Oct-25", "G", "A",
         "18 offers issued; 6 awaiting landowner consents.", ["Grants Administrator"]),
        ("ws", W2),
        ("2.1", "Complete site visits for all capital projects before works start",
         "Farm Adviser (FiPL)", "Sep-25", "Nov-25", "A", "A",
         "Visits paused during August because of bird nesting constraints on two sites;", ["Farm Adviser (FiPL)"]),
        ("cont", "remaining 9 visits booked for October and November."),
        ("2.2", "Process and pay all grant claims received",
         "Finance Manager", "Mar-26", "Mar-26", "G", "G",
         "Claims processed within 20 working days this quarter.", ["Finance Manager"]),
        ("2.3", "Agree extensions or withdrawals for projects unable to finish by 31 March 2026",
         "FiPL Programme Officer", "Nov-25", "Jan-26", "G", "R",
         "Two projects at risk; Defra has said no spend can be carried into 2026/27.", ["FiPL Programme Officer"]),
        ("ws", W3),
        ("3.1", "Submit quarterly output and spend return to Defra",
         "FiPL Programme Officer", "Oct-25", "Oct-25", "G", "G",
         "Q2 return drafted; due 20 October.", ["FiPL Programme Officer"]),
        ("3.2", "Publish the Broads FiPL end-of-programme report and case studies",
         "Communications Officer & FiPL Programme Officer", "Jun-26", "Jun-26", "G", "G",
         "Case study visits being filmed through the autumn.", ["Communications Officer", "FiPL Programme Officer"]),
    ]
    expected = []
    ws = None
    for it in items:
        if it[0] == "ws":
            ws = it[1]
            L.append(ws)
            continue
        if it[0] == "cont":
            L.append(T * 7 + it[1])
            continue
        ref, text, owner, base, fc, last, now, comm, leads = it
        L.append(T.join([ref, text, owner, base, fc, last, now, comm]))
        mon = {"Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "May": 5, "Jun": 6, "Jul": 7, "Aug": 8,
               "Sep": 9, "Oct": 10, "Nov": 11, "Dec": 12}
        m, y = fc.split("-")
        expected.append(A(ref, [ws], text, leads, "20%s-%02d" % (y, mon[m]), stat[now]))
    L.append("")
    L.append("Key risks and issues")
    L.append("- Underspend: £132,600 uncommitted; a reserve list of 5 projects is ready if offers lapse. "
             "(Owner: FiPL Programme Officer)")
    L.append("- Landowner consents delaying offers on 6 projects. (Owner: Grants Administrator)")
    L.append("")
    L.append("Decisions required from the Programme Board")
    L.append("- None this period.")
    L.append("")
    L.append("Next report: Quarter 3 2025/26 (January 2026)")
    with open(out(name), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(L) + "\n")

    EXPECTED[name] = {
        "source": (
            "Imitates a quarterly programme highlight report for a national park authority's Farming in Protected "
            "Landscapes programme, saved as tab-separated text (Broads Authority FiPL, Q2 2025/26; FiPL is the "
            "Defra programme run by National Parks and the Broads, see defrafarming.blog.gov.uk and Peak District "
            "NPA committee FiPL updates). Copied features: a title block of label/value pairs (period, board, SRO, "
            "overall status this and last period), a summary paragraph, a RAG key line with C = complete, a "
            "milestone table with workstream heading lines, baseline and forecast dates, last and current RAG "
            "letters, a commentary that wraps onto a continuation line, and risk/decision bullets after the "
            "table. Figures and milestones invented."),
        "reads": (
            "Eight milestones in three workstreams. The forecast date is the due month (it replaces the baseline), "
            "the status is the current RAG letter (C = complete = blue), and the tab-indented line after 2.1 "
            "continues its commentary. The risks and decisions bullets are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Farming in Protected Landscapes (FiPL) Programme – Highlight Report",
        "actions": expected,
    }


# ====================================================================
# 6. Serious Fraud Office - Calvert-Smith and Altman reviews action plan (docx)
# ====================================================================
def sfo():
    name = "zl-serious-fraud-office-calvert-smith-altman-reviews-action-plan.docx"
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Serious Fraud Office")
    r.bold = True
    r.font.size = Pt(12)
    title = "Implementation of the Calvert-Smith and Altman Reviews: SFO Action Plan"
    doc.add_heading(title, level=1)
    doc.add_paragraph("Position at 30 June 2023. Reported to the SFO Board and to the Attorney General's Office.")
    dc = doc.add_table(rows=4, cols=2)
    dc.style = "Table Grid"
    for i, (k, v) in enumerate([("Version", "3.0"), ("Date", "30 June 2023"),
                                ("Owner", "Chief Capability Officer"), ("Classification", "OFFICIAL")]):
        set_cell(dc.rows[i].cells[0], k, bold=True)
        shade(dc.rows[i].cells[0], GREY)
        set_cell(dc.rows[i].cells[1], v)
    doc.add_paragraph("")
    doc.add_paragraph("RAG status key")
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for i, (k, col, v) in enumerate([("Complete", BLUE, "Action delivered and evidenced"),
                                      ("On track", GREEN, "Expected to be delivered by the target date"),
                                      ("Delayed", AMBER, "Some delay – revised date agreed"),
                                      ("Off track", RED, "Will not be delivered without intervention")]):
        set_cell(key.rows[i].cells[0], k, bold=True)
        shade(key.rows[i].cells[0], col)
        set_cell(key.rows[i].cells[1], v)
    smap = {"Complete": "blue", "On track": "green", "Delayed": "amber", "Off track": "red"}

    PA = "Part A: Independent Review of the SFO's handling of the Unaoil case (Sir David Calvert-Smith)"
    doc.add_heading(PA, level=2)
    doc.add_paragraph("Sir David made 11 recommendations. Recommendations for which no further SFO action is "
                      "needed are not shown.")
    recsA = [
        ("Recommendation 1: Every case should have a clearly identified senior owner who is accountable for case "
         "strategy, including disclosure.", [
            ("A1.1", "Appoint a Senior Responsible Officer at Director level for every case and record the "
                     "appointment on the case management system.",
             "Director of Case Operations", "31/10/2022", "", "Complete", ["Director of Case Operations"], "2022-10"),
            ("A1.2", "Introduce quarterly case assurance reviews chaired by the Senior Responsible Officer.",
             "Head of Case Assurance", "31/03/2023", "30/09/2023", "Delayed", ["Head of Case Assurance"], "2023-09"),
        ]),
        ("Recommendation 3: Investigators and prosecutors should work together under the Roskill model in a way "
         "characterised by frankness and challenge.", [
            ("A3.1", "Refresh the Roskill model guidance and include it in the induction programme for all case staff.",
             "Head of Learning and Development / General Counsel", "31/12/2022", "", "Complete",
             ["Head of Learning and Development", "General Counsel"], "2022-12"),
        ]),
        ("Recommendation 10: Staff should have a clear route to raise concerns about the conduct of a case.", [
            ("A10.1", "Launch a raising case concerns policy with an independent escalation route to the General Counsel.",
             "General Counsel", "30/11/2022", "", "Complete", ["General Counsel"], "2022-11"),
            ("A10.2", "Survey staff on awareness and use of the policy and report the results to the Board.",
             "Chief Capability Officer", "30/06/2023", "31/12/2023", "On track", ["Chief Capability Officer"], "2023-12"),
        ]),
    ]
    expected = []
    hdrA = ["Ref", "Action", "Lead", "Original date", "Revised date", "Status"]
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for j, h in enumerate(hdrA):
        set_cell(t.rows[0].cells[j], h, bold=True)
        shade(t.rows[0].cells[j], "D9E2F3")
    for rec, acts in recsA:
        cells = t.add_row().cells
        m = cells[0].merge(cells[5])
        set_cell(m, rec, bold=True)
        shade(m, "F2F2F2")
        for (ref, act, lead, o, rv, st, leads, end) in acts:
            c = t.add_row().cells
            for j, v in enumerate([ref, act, lead, o, rv, st]):
                set_cell(c[j], v)
            expected.append(A(ref, [PA, rec], act, leads, end, smap[st]))

    PB = "Part B: Review of R v Woods & Marshall (Brian Altman KC)"
    doc.add_heading(PB, level=2)
    doc.add_paragraph("Mr Altman made 18 recommendations; those below remain open or were closed in this period.")
    recsB = [
        ("Recommendation 6: Standardised methodologies for the disclosure process should be set out in the "
         "Operational Handbook.", [
            ("B6.1", "Publish a revised Disclosure chapter of the Operational Handbook with standard templates for "
                     "disclosure management documents.",
             "Head of Disclosure", "Dec 2022", "Complete", ["Head of Disclosure"], "2022-12", None),
            ("B6.2", "Require a quality assurance check before schedules of unused material are served on any case.",
             "Head of Disclosure; Head of Case Assurance", "Q2 2023/24", "On track",
             ["Head of Disclosure", "Head of Case Assurance"], "2023-09", None),
        ]),
        ("Recommendation 13: The roles and responsibilities of case team members should be reviewed and clarified.", [
            ("B13.1", "Issue refreshed role profiles for case controllers, disclosure officers and case lawyers.",
             "HR Director", "March 2023", "Complete", ["HR Director"], "2023-03", None),
        ]),
        ("Recommendation 16: Disclosure work should be properly resourced, with technology used to reduce manual "
         "review.", [
            ("B16.1", "Roll out the new document review platform to all new cases.",
             "Chief Technology Officer", "31/12/2023", "On track", ["Chief Technology Officer"], "2023-12", None),
            ("B16.2", "Establish a permanent disclosure resourcing pool of 20 FTE.",
             "Chief Capability Officer", "Ongoing", "Delayed", ["Chief Capability Officer"], None, "Ongoing"),
        ]),
    ]
    hdrB = ["No.", "Recommendation", "SFO action", "Owner", "Target", "Status"]
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for j, h in enumerate(hdrB):
        set_cell(t.rows[0].cells[j], h, bold=True)
        shade(t.rows[0].cells[j], "D9E2F3")
    for rec, acts in recsB:
        first = None
        for (ref, act, owner, tgt, st, leads, end, et) in acts:
            c = t.add_row().cells
            for j, v in enumerate([ref, None, act, owner, tgt, st]):
                if v is not None:
                    set_cell(c[j], v)
            if first is None:
                first = c[1]
            last = c[1]
            expected.append(A(ref, [PB, rec], act, leads, end, smap[st], et))
        m = first.merge(last) if first is not last else first
        set_cell(m, rec)
    doc.add_paragraph("")
    doc.add_paragraph("Progress against both reviews is reported to the Attorney General every six months.")
    doc.save(out(name))

    EXPECTED[name] = {
        "source": (
            "Imitates the SFO's published implementation plan and progress updates on the July 2022 Calvert-Smith "
            "review (Unaoil, 11 recommendations) and Altman KC review (R v Woods & Marshall, 18 recommendations) "
            "(gov.uk: 'Serious Fraud Office on track to implement Calvert-Smith review recommendations'; "
            "commentary by Peters & Peters, Dec 2022). Copied features: a body name line and heading, a "
            "position-date note, a document-control table, a RAG key table with coloured cells and the status word "
            "'Delayed' mapped to amber, and one table per review under Part A/Part B headings: Part A with "
            "recommendation bands merged across the table above their actions and original/revised date columns; "
            "Part B with the recommendation in a vertically merged column beside its actions and a single target "
            "column (month, quarter, Ongoing). Recommendation wording is paraphrased; actions invented."),
        "reads": (
            "Ten SFO actions in two parts, each under the review part and the recommendation it answers. Where a "
            "revised date is given it is the due month; statuses are read through the key (Delayed = amber). "
            "The document-control and key tables are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    }


# ====================================================================
# 7. Ticketmaster UK - ICO data breach remediation tracker (xlsx, REFUSE)
# ====================================================================
def ticketmaster():
    name = "zl-ticketmaster-uk-ico-data-breach-remediation-tracker-typo-month-refuse.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Remediation tracker"
    ws["A1"] = "Ticketmaster UK Limited"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "ICO enquiry – personal data breach notified May 2024: Remediation Tracker"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Prepared by: Data Protection Officer (UK)    Version 6    Status date: 30 June 2025"
    hdr = ["ID", "Workstream", "ICO observation", "Remediation action", "Action owner", "Target date",
           "Revised date", "Status", "Evidence submitted to ICO"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("026CDF")
        c.border = BORDER
        c.alignment = WRAP
    O1 = ("Access to the cloud data warehouse by a third-party contractor account was not protected by "
          "multi-factor authentication.")
    O2 = "Detection of bulk data export from the warehouse relied on manual log review."
    O3 = "UK customer records older than the retention period were held in the warehouse."
    O4 = "Governance of the remediation programme needs regular senior oversight."
    rows = [
        ("R01", "Third-party access", O1,
         "Enforce MFA on all accounts with access to the cloud data warehouse, including vendor and service accounts.",
         "Head of Information Security", d(2024, 7, 31), None, "Complete", "Yes – EV-014"),
        ("R02", "Third-party access", None,
         "Review third-party user access quarterly and remove accounts automatically after 30 days of inactivity.",
         "IT Service Owner; Vendor Manager", d(2024, 9, 30), d(2024, 12, 31), "Complete", "Yes – EV-021"),
        ("R03", "Monitoring", O2,
         "Deploy automated alerting for bulk query and export activity, routed to the 24/7 security operations centre.",
         "Security Operations Manager", d(2024, 12, 31), d(2025, 3, 31), "Complete", "Yes – EV-030"),
        ("R04", "Monitoring", None,
         "Run a tabletop exercise of the incident response plan with the UK leadership team.",
         "Data Protection Officer (UK)", d(2025, 9, 30), None, "On track", ""),
        ("R05", "Data retention", O3,
         "Delete UK customer records held beyond the six-year retention period and evidence the deletion.",
         "Data Governance Lead", "0ct-2025", None, "In progress", ""),
        ("R06", "Data retention", None,
         "Update the UK retention schedule and embed automated deletion jobs in the warehouse.",
         "Data Governance Lead", d(2025, 12, 31), None, "On track", ""),
        ("R07", "Governance", O4,
         "Report remediation progress monthly to the UK Audit & Risk Committee until the ICO closes its enquiry.",
         "Data Protection Officer (UK)", "Monthly", None, "On track", "Committee minutes on request"),
    ]
    status_fill = {"Complete": BLUE, "On track": GREEN, "In progress": AMBER}
    r = 6
    merge_start = None
    refuse_row = None
    for (idn, wsn, obs, act, own, tgt, rev, st, ev) in rows:
        vals = [idn, wsn, obs, act, own, tgt, rev, st, ev]
        for j, v in enumerate(vals):
            c = ws.cell(row=r, column=1 + j, value=v if v not in ("",) else None)
            c.border = BORDER
            c.alignment = WRAP
            if isinstance(v, dt.datetime):
                c.number_format = "dd-mmm-yyyy"
        ws.cell(row=r, column=8).fill = fill(status_fill[st])
        if obs is not None:
            if merge_start is not None and r - 1 > merge_start:
                ws.merge_cells(start_row=merge_start, start_column=3, end_row=r - 1, end_column=3)
            merge_start = r
        if tgt == "0ct-2025":
            refuse_row = r
        r += 1
    if r - 1 > merge_start:
        ws.merge_cells(start_row=merge_start, start_column=3, end_row=r - 1, end_column=3)
    r += 1
    ws.cell(row=r, column=1, value="Totals: 7 actions – 3 complete, 3 on track, 1 in progress, 0 overdue").font = Font(italic=True)
    for col, w in zip("ABCDEFGHI", (6, 18, 40, 50, 26, 14, 14, 12, 22)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"

    log = wb.create_sheet("Change log")
    for j, h in enumerate(["Version", "Date", "Change"]):
        log.cell(row=1, column=1 + j, value=h).font = Font(bold=True)
    for i, rr in enumerate([("5", "31/03/2025", "R03 closed; R04 added after ICO meeting"),
                            ("6", "30/06/2025", "Retention actions re-planned; R05 target moved")]):
        for j, v in enumerate(rr):
            log.cell(row=2 + i, column=1 + j, value=v)
    log.column_dimensions["C"].width = 50
    wb.save(out(name))
    assert refuse_row == 10, refuse_row

    EXPECTED[name] = {
        "source": (
            "Imitates the remediation tracker a private company keeps for the ICO after a personal data breach "
            "(Ticketmaster UK Limited; ICO monetary penalty of November 2020 for the 2018 chat-bot breach, and the "
            "2024 cloud data warehouse incident), laid out as firms' ICO/regulator trackers usually are. Copied "
            "features: title block with preparer, version and status date; ID, workstream, ICO observation "
            "(vertically merged over its actions), remediation action, owner, target and revised date columns, "
            "status words with fills, evidence references, a totals line and a change-log sheet. Contents invented."),
        "reads": (
            "A seven-action ICO remediation tracker. On sheet row 10 (action R05) the target date reads "
            "'0ct-2025' with a zero for the letter O, while every other date is a real date; a careful reader "
            "stops and asks what month was meant before importing."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_row,
        "title": "ICO enquiry – personal data breach notified May 2024: Remediation Tracker",
    }


# ---------------------------------------------------------------- yaml writer
def q(s):
    return json.dumps(s, ensure_ascii=False)


def folded(s, indent="  "):
    # wrap long text into a >- block
    words = s.split(" ")
    lines, cur = [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > 100:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    if cur:
        lines.append(cur)
    return ">-\n" + "\n".join(indent + ln for ln in lines)


def write_expected(name, e):
    L = []
    L.append("source: " + folded(e["source"]))
    L.append("reads: " + folded(e["reads"]))
    L.append("outcome: " + e["outcome"])
    L.append("accept_refusal: " + ("true" if e["accept_refusal"] else "false"))
    if "refuse_at" in e:
        L.append("refuse_at: %d" % e["refuse_at"])
    if e.get("title") is not None:
        L.append("title: " + q(e["title"]))
    if e["outcome"] == "read":
        L.append("actions:")
        for a in e["actions"]:
            L.append("  - ref: " + ("null" if a["ref"] is None else q(a["ref"])))
            L.append("    under: [" + ", ".join(q(u) for u in a["under"]) + "]")
            L.append("    action: " + q(a["action"]))
            L.append("    lead: [" + ", ".join(q(x) for x in a["lead"]) + "]")
            L.append("    end: " + ("null" if a["end"] is None else q(a["end"])))
            if "end_text" in a:
                L.append("    end_text: " + q(a["end_text"]))
            L.append("    status: " + a["status"])
    with open(out(name + ".expected.yaml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(L) + "\n")


if __name__ == "__main__":
    harley_street()
    actionaid()
    tees_valley()
    ripon()
    broads()
    sfo()
    ticketmaster()
    for n, e in EXPECTED.items():
        write_expected(n, e)
    print("\n".join(sorted(EXPECTED)))
