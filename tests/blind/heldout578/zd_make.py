"""Build the seven zd- data files of set heldout578.

Run with /work/main/.venv/bin/python zd_make.py (from any directory).
Writes only files whose names start with zd-.
"""
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zd-")
    return os.path.join(HERE, name)


D = dt.datetime

RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "0070C0"
HEAD = "1F3864"
GREY = "D9D9D9"


def fill(hexcol):
    return PatternFill(start_color=hexcol, end_color=hexcol, fill_type="solid")


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def boxrow(ws, row, c1, c2):
    for c in range(c1, c2 + 1):
        ws.cell(row=row, column=c).border = BOX


# ---------------------------------------------------------------------------
# 1. Independent fostering agency: Ofsted IFA post-inspection action plan
# ---------------------------------------------------------------------------
def blue_sky():
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = "Blue Sky Fostering Ltd"
    cv["A1"].font = Font(bold=True, size=16, color=HEAD)
    cv["A2"] = "Post-Inspection Action Plan – Ofsted Inspection of Independent Fostering Agency"
    cv["A2"].font = Font(bold=True, size=13)
    info = [
        ("Unique reference number:", "SC412987"),
        ("Inspection dates:", "9 to 13 September 2024"),
        ("Overall experiences and progress of children and young people:",
         "Requires improvement to be good"),
        ("Registered Manager:", "Claire Ashdown"),
        ("Responsible Individual:", "Martin Oyelaran"),
    ]
    for i, (k, v) in enumerate(info, start=4):
        cv.cell(row=i, column=1, value=k).font = Font(bold=True)
        cv.cell(row=i, column=2, value=v)
    cv["A10"] = "Document control"
    cv["A10"].font = Font(bold=True, size=12)
    hdr = ["Version", "Date", "Author", "Summary of changes"]
    for c, h in enumerate(hdr, start=1):
        cell = cv.cell(row=11, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(HEAD)
    dc = [
        ("0.1", D(2024, 10, 7), "C. Ashdown", "First draft following receipt of final report"),
        ("1.0", D(2024, 10, 14), "C. Ashdown",
         "Approved by Responsible Individual and submitted to Ofsted"),
        ("1.3", D(2025, 2, 20), "C. Ashdown",
         "Quarterly update for Quality & Governance Committee"),
    ]
    for r, row in enumerate(dc, start=12):
        for c, v in enumerate(row, start=1):
            cell = cv.cell(row=r, column=c, value=v)
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        boxrow(cv, r, 1, 4)
    cv.column_dimensions["A"].width = 30
    cv.column_dimensions["B"].width = 34
    cv.column_dimensions["C"].width = 14
    cv.column_dimensions["D"].width = 60

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "Blue Sky Fostering – Ofsted Action Plan (update as at 20 February 2025)"
    ws["A1"].font = Font(bold=True, size=14, color=HEAD)
    ws.merge_cells("A1:H1")
    heads = ["Ref", "Action", "Lead", "Target date", "Revised date",
             "Previous RAG", "Current RAG", "Progress / evidence"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(row=3, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(HEAD)
        cell.alignment = WRAP
        cell.border = BOX

    rows = [
        ("section", "Requirements"),
        ("rec", "Requirement 1: The registered person must ensure that each foster carer's "
                "annual review considers whether the foster carer and their household continue "
                "to be suitable to act as foster carers (Regulation 28(2)(a))."),
        ("act", "1.1", "Introduce a revised annual review template that includes a household "
                       "suitability section and checks for any changes in household membership.",
         "Registered Manager", D(2024, 11, 30), None, AMBER, BLUE,
         "Template in use from 1 December 2024; 14 reviews completed on new template."),
        ("act", "1.2", "Independent reviewing officer to chair all annual reviews where the "
                       "foster carer has had an allegation or standards of care concern in the "
                       "review year.",
         "Independent Reviewing Officer / Registered Manager", D(2024, 12, 31), None, GREEN, BLUE,
         "Process in place; IRO chaired 3 reviews since December."),
        ("act", "1.3", "Audit 20% of completed annual reviews each quarter and report findings "
                       "to the Quality & Governance Committee.",
         "Quality Assurance Lead", D(2025, 3, 31), None, GREEN, GREEN,
         "Q3 audit completed (6 reviews); Q4 audit scheduled for March."),
        ("rec", "Requirement 2: The registered person must provide foster parents with such "
                "training, advice, information and support as appears necessary in the interests "
                "of children placed with them (Regulation 17(1))."),
        ("act", "2.1", "Refresh the mandatory training matrix so that safer caring, "
                       "de-escalation and online safety are completed by every approved foster "
                       "carer within 12 months of approval.",
         "Training and Development Officer", D(2025, 1, 31), D(2025, 4, 30), GREEN, AMBER,
         "Matrix refreshed. 9 households still to complete online safety; extra sessions "
         "booked for March and April."),
        ("act", "2.2", "Supervising social workers to record in each supervision visit whether "
                       "the carer's training is up to date, and agree a plan where it is not.",
         "Supervising Social Worker Team Manager", D(2024, 12, 31), None, AMBER, BLUE,
         "Supervision record amended; dip sample in January showed 92% compliance."),
        ("section", "Recommendations"),
        ("rec", "Recommendation 1: The registered person should ensure that the views of "
                "children and young people are sought and used to develop the service "
                "(Fostering Services: National Minimum Standards 1.7)."),
        ("act", "R1.1", "Launch a twice-yearly children's participation group and feed its "
                        "findings into the annual development plan.",
         "Participation Officer; Registered Manager", "June 2025", None, None, GREEN,
         "First group met at half term (11 young people)."),
        ("act", "R1.2", "Produce a young person's version of the annual review consultation "
                        "form.",
         "Participation Officer", D(2025, 1, 31), None, GREEN, RED,
         "Draft not yet agreed with the Children in Care Council; date missed."),
    ]
    r = 4
    for row in rows:
        kind = row[0]
        if kind == "section":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True, color="FFFFFF", size=12)
            for c in range(1, 9):
                ws.cell(row=r, column=c).fill = fill("2E75B6")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        elif kind == "rec":
            cell = ws.cell(row=r, column=1, value=row[1])
            cell.font = Font(bold=True, italic=True)
            cell.alignment = WRAP
            for c in range(1, 9):
                ws.cell(row=r, column=c).fill = fill("DEEAF6")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.row_dimensions[r].height = 32
        else:
            _, ref, text, lead, target, revised, prev, cur, prog = row
            vals = [ref, text, lead, target, revised, None, None, prog]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            if prev:
                ws.cell(row=r, column=6).fill = fill(prev)
            if cur:
                ws.cell(row=r, column=7).fill = fill(cur)
        boxrow(ws, r, 1, 8)
        r += 1
    r += 1
    ws.cell(row=r, column=1,
            value="Notes: Previous RAG is the position reported to the Quality & Governance "
                  "Committee on 21 November 2024. See the RAG Key sheet for colours.")
    ws.cell(row=r, column=1).font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFGH", [7, 55, 26, 12, 12, 10, 10, 45]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A4"

    key = wb.create_sheet("RAG Key")
    key["A1"] = "RAG Key"
    key["A1"].font = Font(bold=True, size=12)
    for i, (col, meaning) in enumerate([
            (BLUE, "Complete – evidence held"),
            (GREEN, "On track to meet target date"),
            (AMBER, "At risk of missing target date"),
            (RED, "Target date missed")], start=3):
        key.cell(row=i, column=1).fill = fill(col)
        key.cell(row=i, column=2, value=meaning)
    key.column_dimensions["B"].width = 40
    wb.save(out("zd-blue-sky-fostering-ofsted-ifa-inspection-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Central government department: programme highlight report
# ---------------------------------------------------------------------------
def dwp_htp():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "Department for Work and Pensions"
    s["A1"].font = Font(bold=True, size=12)
    s["A2"] = "Health Transformation Programme – Programme Highlight Report"
    s["A2"].font = Font(bold=True, size=15, color=HEAD)
    s["A3"] = "OFFICIAL"
    s["A3"].font = Font(bold=True, color="C00000")
    meta = [
        ("Reporting period:", "1–31 October 2025"),
        ("Senior Responsible Owner:", "Helen Barraclough"),
        ("Programme Director:", "Gareth Lowe"),
        ("Report to:", "HTP Programme Board, 12 November 2025"),
    ]
    for i, (k, v) in enumerate(meta, start=5):
        s.cell(row=i, column=1, value=k).font = Font(bold=True)
        s.cell(row=i, column=2, value=v)
    s["A10"] = "Delivery Confidence Assessment"
    s["A10"].font = Font(bold=True, size=12)
    for c, h in enumerate(["Dimension", "Last period", "This period", "Commentary"], start=1):
        cell = s.cell(row=11, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(HEAD)
    dca = [
        ("Overall", "Amber", "Amber/Red", "Digital PIP national roll-out has slipped to March "
                                           "2026; recovery plan to Board in November."),
        ("Schedule", "Amber", "Amber/Red", "Two milestones forecast later than baseline."),
        ("Cost", "Green", "Green", "Forecast outturn within 2025/26 budget."),
        ("Benefits", "Amber", "Amber", "Benefits profiles awaiting HM Treasury agreement."),
        ("Resources", "Amber", "Amber", "Six digital vacancies; interim contractors in place."),
    ]
    colour = {"Green": GREEN, "Amber": AMBER, "Amber/Red": "FF6600"}
    for r, row in enumerate(dca, start=12):
        for c, v in enumerate(row, start=1):
            cell = s.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            if c in (2, 3):
                cell.fill = fill(colour[v])
        boxrow(s, r, 1, 4)
    s["A18"] = "Key messages"
    s["A18"].font = Font(bold=True, size=12)
    msgs = [
        "• Wave 2 HAS supplier mobilisation completed on schedule on 1 September.",
        "• Apply for PIP national extension delayed by identity verification integration; "
        "recovery plan in preparation.",
        "• Board is asked to note the revised forecast for the HAS case management system.",
    ]
    for i, m in enumerate(msgs, start=19):
        s.cell(row=i, column=1, value=m)
    s["A23"] = "Risks and issues summary"
    s["A23"].font = Font(bold=True, size=12)
    tot = [("Open risks", 23), ("of which red", 4), ("Open issues", 7),
           ("Escalated to Programme Board", 2)]
    for i, (k, v) in enumerate(tot, start=24):
        s.cell(row=i, column=1, value=k)
        s.cell(row=i, column=2, value=v)
        boxrow(s, i, 1, 2)
    s.column_dimensions["A"].width = 30
    s.column_dimensions["B"].width = 36
    s.column_dimensions["C"].width = 14
    s.column_dimensions["D"].width = 60

    m = wb.create_sheet("Milestones")
    m["A1"] = "HTP Highlight Report – Key milestones and actions (October 2025)"
    m["A1"].font = Font(bold=True, size=13, color=HEAD)
    heads = ["ID", "Milestone / action", "Owner", "Baseline date", "Forecast date",
             "Previous RAG", "Current RAG", "Commentary"]
    for c, h in enumerate(heads, start=1):
        cell = m.cell(row=3, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(HEAD)
        cell.alignment = WRAP
        cell.border = BOX
    rag_fill = {"G": GREEN, "A": AMBER, "R": RED, "Complete": BLUE}
    rows = [
        ("ws", "Workstream 1 – Health Assessment Service (HAS)"),
        ("m", "M1.1", "Complete mobilisation of the Wave 2 HAS supplier in the North West and "
                      "Wales lot", "Deputy Director, HAS Commercial",
         D(2025, 9, 1), D(2025, 9, 1), "G", "Complete",
         "Service live 1 September; post-mobilisation review booked."),
        ("m", "M1.2", "Go-live of the HAS case management system for PIP assessments in the "
                      "first two HAS areas", "Priya Nair / Tom Whitlock",
         D(2025, 11, 30), D(2026, 1, 31), "A", "A",
         "Supplier test defects outstanding; revised go-live agreed at Design Authority."),
        ("m", "M1.3", "Agree the target operating model for in-house assessment capacity with "
                      "the Functional Assessment Services directorate",
         "Deputy Director, HAS Operations", D(2025, 10, 31), D(2025, 12, 31), "G", "R",
         "Dependent on spending review settlement; decision deferred by ExCo."),
        ("ws", "Workstream 2 – Digital: Apply for PIP"),
        ("m", "M2.1", "Extend online PIP application (Apply for PIP) to all claimants in "
                      "England", "Head of Digital PIP",
         D(2025, 9, 30), D(2026, 3, 31), "R", "R",
         "Identity verification integration not yet assured; see recovery plan."),
        ("m", "M2.2", "Complete accessibility audit and publish the accessibility statement for "
                      "the online service", "Service Owner, Apply for PIP",
         D(2025, 10, 31), D(2025, 10, 31), "G", "Complete",
         "Statement published 24 October."),
        ("m", "M2.3", "Deliver assisted digital support route through Citizens Advice "
                      "partnership pilot", "Head of Digital PIP; Partnerships Lead",
         D(2025, 12, 31), D(2025, 12, 31), "G", "G", "Pilot sites confirmed in Leeds and Cardiff."),
        ("ws", "Workstream 3 – Benefits realisation and evaluation"),
        ("m", "M3.1", "Baseline the claimant experience measures and agree benefits profiles "
                      "with HM Treasury spending team", "Benefits Realisation Manager",
         D(2025, 10, 31), D(2025, 11, 30), "A", "A", "Draft profiles shared 20 October."),
        ("m", "M3.2", "Commission the independent interim evaluation of HAS test sites",
         "Head of Analysis, Health Transformation", D(2026, 3, 31), D(2026, 3, 31), None, None,
         "Not yet started; specification in draft."),
    ]
    r = 4
    for row in rows:
        if row[0] == "ws":
            cell = m.cell(row=r, column=1, value=row[1])
            cell.font = Font(bold=True)
            for c in range(1, 9):
                m.cell(row=r, column=c).fill = fill(GREY)
            m.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        else:
            _, ref, text, owner, base, fc, prev, cur, comm = row
            vals = [ref, text, owner, base, fc, prev, cur, comm]
            for c, v in enumerate(vals, start=1):
                cell = m.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd-mmm-yy"
            if prev:
                m.cell(row=r, column=6).fill = fill(rag_fill[prev])
            if cur:
                m.cell(row=r, column=7).fill = fill(rag_fill[cur])
        boxrow(m, r, 1, 8)
        r += 1
    r += 1
    m.cell(row=r, column=1, value="RAG: G – on track to baseline; A – forecast later than "
                                  "baseline, recoverable; R – forecast later than baseline, not "
                                  "recoverable without Board intervention; Complete – milestone met")
    m.cell(row=r, column=1).font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFGH", [7, 55, 30, 12, 12, 10, 10, 45]):
        m.column_dimensions[col].width = w
    wb.save(out("zd-dwp-health-transformation-programme-highlight-report.xlsx"))


# ---------------------------------------------------------------------------
# 3. Combined authority: lessons-learned action plan
# ---------------------------------------------------------------------------
def wyca():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "West Yorkshire Combined Authority"
    s["A1"].font = Font(bold=True, size=12, color="E4003B")
    s["A2"] = "Bradford 2025 UK City of Culture – Transport Lessons Learned Action Plan"
    s["A2"].font = Font(bold=True, size=14)
    s["A3"] = "Summary of progress"
    s["A4"] = "Position at:"
    s["B4"] = "28 January 2026"
    for c, h in enumerate(["Status", "Number of actions"], start=1):
        cell = s.cell(row=6, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill(GREY)
    summ = [("Complete", 3, BLUE), ("On track", 3, GREEN), ("At risk", 2, AMBER),
            ("Off track", 0, RED), ("Not started", 1, None), ("Total", 9, None)]
    for i, (k, v, col) in enumerate(summ, start=7):
        s.cell(row=i, column=1, value=k)
        s.cell(row=i, column=2, value=v)
        if col:
            s.cell(row=i, column=1).fill = fill(col)
        if k == "Total":
            s.cell(row=i, column=1).font = Font(bold=True)
            s.cell(row=i, column=2).font = Font(bold=True)
        boxrow(s, i, 1, 2)
    s["A14"] = "Reported to: Transport Committee, 13 February 2026"
    s.column_dimensions["A"].width = 30
    s.column_dimensions["B"].width = 20

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "Bradford 2025 Transport Operations – Lessons Learned Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Review undertaken by Transport Policy & Delivery, November 2025. "
                "Owners are Heads of Service unless stated.")
    ws["A2"].font = Font(italic=True, size=9)
    ws.merge_cells("A2:H2")
    heads = ["Lesson identified", "Ref", "Action", "Owner(s)", "Original date", "Revised date",
             "Status", "Update"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("E4003B")
        cell.alignment = WRAP
        cell.border = BOX
    sfill = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED,
             "Not started": None}
    plan = [
        ("Theme A: Planning and partnership working", [
            ("Lesson 1: The event transport plan was agreed too late for bus operators to "
             "roster additional drivers for the opening weekend.", [
                ("A1.1", "Agree a standard major-events transport planning timeline, with operator "
                         "sign-off no later than 12 weeks before an event.",
                 "Head of Bus Services", D(2026, 3, 1), None, "Complete",
                 "Timeline agreed by Bus Operators' Forum 15 January 2026."),
                ("A1.2", "Include major events in the Enhanced Partnership board's quarterly "
                         "forward look.",
                 "Head of Bus Services; Enhanced Partnership Manager", D(2025, 12, 1), None,
                 "Complete", "Standing item from December 2025 meeting."),
            ]),
            ("Lesson 2: Partners held different versions of the road closure information.", [
                ("A2.1", "Set up a single shared road closure and diversion log for West Yorkshire "
                         "districts, operators and Metro travel centres.",
                 "Head of Transport Network Operations", D(2026, 1, 1), D(2026, 4, 1), "At risk",
                 "Data-sharing agreement with two districts still to be signed."),
            ]),
        ]),
        ("Theme B: Customer information", [
            ("Lesson 3: Real-time information did not show diverted or extra services, so "
             "customers at stops were not told about them.", [
                ("B3.1", "Work with operators to publish extra and diverted journeys through the "
                         "open data feed used by real-time displays and the MCard Mobile app.",
                 "Head of Customer Information", D(2026, 6, 1), None, "On track",
                 "Two operators testing; remaining operators from April."),
                ("B3.2", "Trial temporary stop notices with QR codes at the ten busiest stops for "
                         "the next major event.",
                 "Customer Information Manager", D(2026, 4, 1), None, "On track",
                 "Design approved; trial planned for Easter events."),
            ]),
            ("Lesson 4: Travel centre staff were not briefed on late changes to the event "
             "programme.", [
                ("B4.1", "Issue a daily briefing to Metro travel centre staff during major events, "
                         "owned by the event control room.",
                 "Travel Centres Manager", D(2026, 3, 1), None, "Complete",
                 "Briefing template in use since December."),
            ]),
        ]),
        ("Theme C: Accessibility and safety", [
            ("Lesson 5: Step-free routes between Bradford Interchange and event venues were not "
             "signed.", [
                ("C5.1", "Agree a step-free wayfinding plan with Bradford Council for the "
                         "Interchange and city centre venues.",
                 "Accessibility Lead / Bradford Council Highways", D(2026, 5, 1), None, "On track",
                 "Joint site walk held 9 January."),
                ("C5.2", "Review staffing of Bradford Interchange for evening events.\n"
                         "Include a safety assessment of late-evening queues.",
                 "Head of Bus Stations and Facilities", D(2026, 2, 1), D(2026, 7, 1), "At risk",
                 "Staffing review delayed by restructure consultation."),
                ("C5.3", "Commission an independent accessibility audit of the event-day "
                         "arrangements.",
                 "Accessibility Lead", D(2026, 9, 1), None, "Not started",
                 "To follow C5.1."),
            ]),
        ]),
    ]
    r = 5
    for theme, lessons in plan:
        ws.cell(row=r, column=1, value=theme).font = Font(bold=True, color="FFFFFF")
        for c in range(1, 9):
            ws.cell(row=r, column=c).fill = fill("595959")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for lesson, acts in lessons:
            first = r
            lc = ws.cell(row=r, column=1, value=lesson)
            lc.alignment = WRAP
            lc.font = Font(bold=True)
            for ref, text, owner, orig, rev, status, upd in acts:
                vals = [None, ref, text, owner, orig, rev, status, upd]
                for c, v in enumerate(vals, start=1):
                    if v is None:
                        continue
                    cell = ws.cell(row=r, column=c, value=v)
                    cell.alignment = WRAP
                    if isinstance(v, dt.datetime):
                        cell.number_format = "mmm-yy"
                if sfill[status]:
                    ws.cell(row=r, column=7).fill = fill(sfill[status])
                boxrow(ws, r, 1, 8)
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value="Status key: Complete (blue) – action delivered; On track "
                                   "(green); At risk (amber) – revised date agreed or delivery in "
                                   "doubt; Off track (red); Not started (no colour)")
    ws.cell(row=r, column=1).font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFGH", [40, 7, 55, 30, 11, 11, 12, 40]):
        ws.column_dimensions[col].width = w
    wb.save(out("zd-west-yorkshire-ca-bradford-2025-transport-lessons-learned-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def bold_cell(cell, text, colour=None):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True
    if colour:
        run.font.color.rgb = RGBColor.from_string(colour)


def plan_table(doc, heads, body, head_fill="1F3864", band_fill="DEEAF6"):
    """body: list of ('band', text) or ('row', [values])"""
    t = doc.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    for i, h in enumerate(heads):
        bold_cell(t.rows[0].cells[i], h, "FFFFFF")
        shade(t.rows[0].cells[i], head_fill)
    for kind, val in body:
        row = t.add_row()
        if kind == "band":
            merged = row.cells[0].merge(row.cells[-1])
            merged.text = ""
            run = merged.paragraphs[0].add_run(val)
            run.bold = True
            shade(merged, band_fill)
        else:
            for i, v in enumerate(val):
                row.cells[i].text = v
    return t


# ---------------------------------------------------------------------------
# 4. Independent school: ISI post-inspection action plan (Word)
# ---------------------------------------------------------------------------
def pocklington():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    doc.add_heading("Pocklington School: Action Plan following ISI Inspection (4–6 March 2025)", 0)
    doc.add_paragraph(
        "This plan sets out the school's response to the Independent Schools Inspectorate report "
        "published on 9 April 2025. It was approved by the Board of Governors on 19 May 2025 and "
        "is reviewed at each meeting of the Education and Welfare Committee.")
    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in [("Plan owner", "Headmaster"), ("Version", "2.1"),
                 ("Last reviewed", "24 September 2025"), ("Next review", "January 2026")]:
        row = dc.add_row()
        bold_cell(row.cells[0], k)
        row.cells[1].text = v
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("RAG key: ").bold = True
    p.add_run("B – complete; G – on track; A – at risk of slipping; R – off track")

    heads = ["Ref", "Action", "Lead", "By when", "Progress", "RAG"]
    doc.add_heading("Section 1: Standards not met", 2)
    doc.add_paragraph("The inspection found that the following standard was not met at the time "
                      "of inspection.")
    plan_table(doc, heads, [
        ("band", "Paragraph 16 – Risk assessment: The proprietor must ensure that the welfare of "
                 "pupils is promoted by the effective implementation of a written risk assessment "
                 "policy, and that appropriate action is taken to reduce risks identified."),
        ("row", ["1.1", "Review and reissue the whole-school risk assessment policy, including a "
                        "register of site-wide risk assessments with named owners and review dates.",
                 "Director of Finance and Operations", "30 April 2025",
                 "Policy approved by governors 28 April 2025; register held on the compliance "
                 "system.", "B"]),
        ("row", ["1.2", "Complete and record risk assessments for all boarding house activities "
                        "and off-site day trips, using the new EVOLVE template.",
                 "Deputy Head (Pastoral) / Head of Boarding", "Summer term 2025",
                 "All trip and boarding activity assessments now on EVOLVE.", "B"]),
        ("row", ["1.3", "Governors' Health and Safety Committee to sample ten risk assessments "
                        "each term and report to the full Board.",
                 "Chair of Health and Safety Committee", "Termly",
                 "First sample reported June 2025; next in November.", "G"]),
    ])
    doc.add_paragraph()
    doc.add_heading("Section 2: Recommended next steps", 2)
    doc.add_paragraph("Inspectors recommended that the school:")
    plan_table(doc, heads, [
        ("band", "Next step 1: Ensure that the use of assessment information in the sixth form is "
                 "consistent across subjects so that all students receive precise guidance on how "
                 "to improve."),
        ("row", ["2.1", "Introduce a common sixth-form assessment and feedback calendar, with two "
                        "data drops a term and a shared feedback proforma.",
                 "Deputy Head (Academic)", "Autumn term 2025",
                 "Calendar launched September 2025; first data drop due October.", "G"]),
        ("row", ["2.2", "Heads of Department to moderate a sample of Year 12 feedback each half "
                        "term and share findings at Academic Committee.",
                 "Heads of Department", "Ongoing",
                 "Moderation timetable agreed.", "G"]),
        ("band", "Next step 2: Strengthen the monitoring of pupils' use of mobile phones in the "
                 "boarding houses at night."),
        ("row", ["2.3", "Pilot a phone hand-in system in two boarding houses and evaluate it with "
                        "the boarders' councils before rolling out.",
                 "Head of Boarding", "31 January 2026",
                 "Pilot houses chosen; boarders' councils consulted in September.", "A"]),
        ("row", ["2.4", "Update the boarding staff handbook and induct all boarding staff on the "
                        "revised night-time routines.",
                 "Head of Boarding; HR Manager", "30 September 2025",
                 "Handbook redraft delayed pending pilot outcome; induction of new staff done.",
                 "R"]),
    ])
    doc.add_paragraph()
    doc.add_heading("Approval", 2)
    so = doc.add_table(rows=3, cols=3)
    so.style = "Table Grid"
    for i, h in enumerate(["Role", "Name", "Date"]):
        bold_cell(so.rows[0].cells[i], h)
    for r, vals in enumerate([["Headmaster", "T. Seymour", "19 May 2025"],
                              ["Chair of Governors", "Dr A. Whitfield", "19 May 2025"]], start=1):
        for i, v in enumerate(vals):
            so.rows[r].cells[i].text = v
    doc.save(out("zd-pocklington-school-isi-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Town council: internal audit action plan, a table per control objective (Word)
# ---------------------------------------------------------------------------
def chipping_campden():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Chipping Campden Town Council")
    r.bold = True
    r.font.size = Pt(16)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Internal Audit Report 2024/25: Action Plan")
    r.bold = True
    r.font.size = Pt(13)
    doc.add_paragraph(
        "Prepared by the Town Clerk in response to the internal auditor's report dated 22 April "
        "2025. Adopted at the Full Council meeting on 12 May 2025 (Minute 25/041). Progress is "
        "reviewed by the Finance & General Purposes Committee.")
    doc.add_paragraph("Updated: 8 September 2025")
    heads = ["No.", "Action agreed", "Responsibility", "Target date", "Status", "Comments"]
    sections = [
        ("B. This authority complied with its financial regulations, payments were supported by "
         "invoices, all expenditure was approved and VAT was appropriately accounted for.", [
            ("band", "Recommendation 1: The Council should adopt the 2024 NALC model Financial "
                     "Regulations and apply the revised thresholds for quotations and tenders."),
            ("row", ["1a", "Adopt the 2024 NALC model Financial Regulations, tailored to the "
                           "Council's thresholds.", "Town Clerk", "30/06/2025", "Completed",
                     "Adopted 9 June 2025 (Min 25/058)."]),
            ("row", ["1b", "Circulate the revised quotation thresholds to all councillors and "
                           "committee chairs.", "Town Clerk", "30/06/2025", "Done",
                     "Emailed 11 June 2025."]),
            ("band", "Recommendation 2: Two councillors should verify and initial each bank "
                     "payment authorised online, as required by the Financial Regulations."),
            ("row", ["2a", "Introduce a payment schedule signed by two councillors at each "
                           "meeting and retained with the bank statements.",
                     "RFO & Cllr M. Feeney", "Monthly", "On track",
                     "In place from June 2025."]),
        ]),
        ("C. This authority assessed the significant risks to achieving its objectives and "
         "reviewed the adequacy of arrangements to manage these.", [
            ("band", "Recommendation 3: The risk register should be reviewed and formally approved "
                     "by Council at least annually, and should include the cemetery and play "
                     "areas."),
            ("row", ["3a", "Review the risk register with the Finance & General Purposes "
                           "Committee and add the cemetery, play areas and the Town Hall lift.",
                     "Finance & General Purposes Committee", "September 2025", "On track",
                     "Draft on agenda for 22 September."]),
            ("row", ["3b", "Present the updated risk register to Full Council for approval.",
                     "Town Clerk", "10/11/2025", "Not started", ""]),
        ]),
        ("H. Asset and investments registers were complete and accurate and properly "
         "maintained.", [
            ("band", "Recommendation 4: The asset register should record the purchase date and "
                     "insurance value of every asset and be reconciled with the insurance "
                     "schedule."),
            ("row", ["4a", "Update the asset register with purchase dates, insurance values and "
                           "locations, and reconcile it to the 2025/26 insurance schedule.",
                     "Deputy Clerk", "31/07/2025", "Amber",
                     "Insurance values for street furniture still awaited from insurer; now "
                     "expected October 2025."]),
        ]),
        ("L. The authority published information on a website/webpage up to date at the time of "
         "the internal audit in accordance with any relevant transparency code requirements.", [
            ("band", "Recommendation 5: The Council's website should meet the accessibility "
                     "regulations and publish all items required by the Transparency Code, "
                     "including payments over £500."),
            ("row", ["5a", "Publish monthly lists of payments over £500 on the website.",
                     "Deputy Clerk", "Monthly", "Green", "Published to August 2025."]),
            ("row", ["5b", "Commission an accessibility check of the website and publish an "
                           "accessibility statement.", "Town Clerk", "31/03/2026", "Red",
                     "Quotation exceeded budget; to be considered at F&GP in October 2025."]),
        ]),
    ]
    for head, body in sections:
        h = doc.add_paragraph()
        run = h.add_run(head)
        run.bold = True
        run.font.color.rgb = RGBColor(0x2E, 0x54, 0x3B)
        plan_table(doc, heads, body, head_fill="2E543B", band_fill="EAF1DD")
        doc.add_paragraph()
    doc.add_paragraph("Signed: ______________________ (Chair of Council)    Date: ___________")
    doc.save(out("zd-chipping-campden-town-council-internal-audit-action-plan-2024-25.docx"))


# ---------------------------------------------------------------------------
# 6. Private firm answering the FCA: GRC export of a remediation tracker (CSV) - refuse
# ---------------------------------------------------------------------------
def lbgi():
    import csv
    import io
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["FCA Remediation Programme – Home Insurance Renewals: Action Tracker"])
    w.writerow(["Source: GRC action register export; extracted 03/11/2025 07:52; "
                "filter: Programme = RENEW-REM"])
    w.writerow(["Finding ID", "Finding", "Action ID", "Action", "Action Owner",
                "Original Due Date", "Revised Due Date", "Status", "RAG", "Latest Update"])
    f1 = ("Renewal notices did not show the previous year's premium for some customers whose "
          "policies auto-renewed")
    f2 = "Customers were not told clearly how to cancel auto-renewal"
    f3 = "Board and committee MI did not track renewal pricing outcomes by customer tenure"
    rows = [
        ["RR-F01", f1, "RR-A01.1", "Identify all affected customers from policy administration "
         "data for renewals between January 2022 and December 2024", "Kaur, Harpreet",
         "30-Jun-2025", "", "Closed", "Blue", "Population of 41,212 policies validated by "
         "Internal Audit"],
        ["RR-F01", f1, "RR-A01.2", "Calculate and pay redress with 8% simple interest to "
         "customers who paid more than the equivalent new-business price", "Bennett, Laura",
         "31-Aug-2025", "31-Dec-2025", "Open", "Amber", "Tranche 1 paid; tranche 2 awaiting "
         "data fix"],
        ["RR-F01", f1, "RR-A01.3", "Fix the renewal notice template so the previous premium is "
         "always shown, with a monthly sample check", "Okafor, Daniel", "31-Jul-2025", "",
         "Closed", "Blue", "Template change released 14 July 2025"],
        ["RR-F02", f2, "RR-A02.1", "Rewrite the renewal letter and online journey so the "
         "cancellation route is on the first page", "Okafor, Daniel", "30-Sep-2025",
         "31-0ct-2025", "Open", "Amber", "Customer testing complete; release in October "
         "change window"],
        ["RR-F02", f2, "RR-A02.2", "Train contact centre advisers on auto-renewal "
         "cancellation requests and add a call-quality check", "Head of Customer Operations",
         "30-Sep-2025", "", "Open", "Green", "1,180 of 1,260 advisers trained"],
        ["RR-F03", f3, "RR-A03.1", "Add renewal pricing by tenure band to the monthly Consumer "
         "Duty dashboard for the Board Risk Committee", "Fraser, Alison", "30-Nov-2025", "",
         "Open", "Green", "Prototype dashboard reviewed by CRO"],
        ["RR-F03", f3, "RR-A03.2", "Independent assurance review of remediation by second line "
         "Conduct Risk", "Conduct Risk Director", "31-Mar-2026", "", "Open", "Not started",
         ""],
    ]
    for row in rows:
        w.writerow(row)
    with open(out("zd-lloyds-bank-general-insurance-fca-renewals-remediation-tracker-"
                  "typo-month-refuse.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. National park authority: external annual audit action plan, plain-text board paper
# ---------------------------------------------------------------------------
CNPA_TXT = """WARNING - By their nature, text files cannot include scanned images and tables. The process of converting documents to text only, can cause formatting changes and misinterpretation of the contents can sometimes result. Wherever possible you should refer to the pdf version of this document.

CAIRNGORMS NATIONAL PARK AUTHORITY
Audit and Risk Committee Paper 2 Annex 2
26 September 2025

ANNUAL AUDIT REPORT 2024/25 – ACTION PLAN

The action plan below sets out the recommendations made by Forvis Mazars, the Authority's appointed external auditor, in the Annual Audit Report for the year ended 31 March 2025, the management responses agreed by the Senior Management Team, and the status of recommendations carried forward from 2023/24.

Priority levels: Level 1 – significant deficiency requiring prompt action; Level 2 – other deficiency; Level 3 – minor improvement.

A. INTERNAL CONTROL RECOMMENDATIONS

Recommendation 1 (Level 2)
Journals posted to the ledger by the Finance Manager were not subject to independent review before posting. The Authority should introduce a documented review of all manual journals above a set value.
Agreed action 1.1: A monthly report of manual journals over £5,000 will be reviewed and signed off by the Head of Finance, with evidence retained on the finance shared drive.
Responsible officer: Head of Finance
Target date: 31 October 2025

Recommendation 2 (Level 3)
The leavers checklist was not completed for two of the five leavers sampled, and system access for one leaver was removed 19 days after their leaving date. The Authority should make sure the checklist is completed and access is removed on the last working day.
Agreed action 2.1: HR will issue the leavers checklist to the line manager on receipt of a resignation, and ICT access will end automatically on the leaving date recorded in the HR system.
Responsible officer: HR Manager / ICT Manager
Target date: 30 November 2025

B. WIDER SCOPE RECOMMENDATIONS

Recommendation 3 (Financial sustainability)
The medium-term financial plan does not yet set out how the Authority will close the forecast funding gap from 2026/27. The Authority should update the plan with costed savings and income options and scenario analysis.
Agreed action 3.1: Update the medium-term financial plan with three funding scenarios and present it to the Resources Committee.
Responsible officer: Director of Corporate Services
Target date: December 2025
Agreed action 3.2: Develop a schedule of costed savings and income generation options, including car parking and commercial filming permits, for Board consideration alongside the 2026/27 budget.
Responsible officer: Director of Corporate Services; Head of Finance
Target date: March 2026

Recommendation 4 (Vision, leadership and governance)
Performance reports to the Board do not consistently show progress against the targets in the Corporate Plan 2022–27.
Agreed action 4.1: Revise the quarterly performance report so that each Corporate Plan target is shown with its baseline, current position and RAG rating.
Responsible officer: Strategic Planning Manager
Target date: Q3 2025/26

C. FOLLOW-UP OF PRIOR YEAR RECOMMENDATIONS (2023/24)

Recommendation 5 (2023/24 Recommendation 2)
Contract variations on the Cairngorms 2030 programme should be approved in line with the Scheme of Delegation and recorded on the contracts register.
Agreed action 5.1: Contract variation form introduced and contracts register updated to record all variations and approvals.
Responsible officer: Procurement Officer
Original target date: 31 March 2025
Status: Implemented

Recommendation 6 (2023/24 Recommendation 4)
The Authority should test its ICT disaster recovery arrangements at least annually.
Agreed action 6.1: Carry out a full disaster recovery test, including restoring the finance system from back-up, and report the results to the Audit and Risk Committee.
Responsible officer: ICT Manager
Original target date: 31 March 2025
Revised target date: 31 January 2026
Status: In progress (Amber)

Summary: 6 recommendations; 7 agreed actions; of the 2 prior year recommendations, 1 implemented and 1 in progress.

Page 1 of 1
"""


def cnpa():
    with open(out("zd-cairngorms-npa-annual-audit-report-2024-25-action-plan.txt"), "w",
              encoding="utf-8", newline="\r\n") as fh:
        fh.write(CNPA_TXT)


if __name__ == "__main__":
    blue_sky()
    dwp_htp()
    wyca()
    pocklington()
    chipping_campden()
    lbgi()
    cnpa()
    print("built 7 zd- files in", HERE)
