#!/usr/bin/env python3
"""Build the seven zaw- blind test files (set heldout757).

Run with /work/main/.venv/bin/python zaw_make.py ; it writes only files whose
names start with "zaw-" in this folder.
"""
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))

D = dt.datetime

BLUE, GREEN, AMBER, RED = "0070C0", "00B050", "FFC000", "FF0000"
FILL = {"blue": BLUE, "green": GREEN, "amber": AMBER, "red": RED}


def fill(hexcol):
    return PatternFill(fill_type="solid", fgColor="FF" + hexcol, bgColor="FF" + hexcol)


THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


# ---------------------------------------------------------------------------
# 1. Wigan Council fostering service development plan (xlsx)
# ---------------------------------------------------------------------------
WIGAN_FILE = "zaw-wigan-council-fostering-service-development-plan-2025-26.xlsx"
WIGAN_TITLE = "Wigan Council Fostering Service Development Plan 2025/26"
WIGAN_PRIORITIES = [
    ("Priority 1: More loving homes in Wigan – recruitment and sufficiency", [
        dict(ref="1.1",
             action="Deliver the 2025/26 recruitment campaign with the Greater Manchester Fostering Recruitment Hub, with targeted messaging for carers for teenagers, sibling groups and parent and child arrangements.",
             lead="Team Manager – Recruitment and Assessment", target=D(2026, 3, 31), revised=None,
             progress="Two GM hub campaign bursts completed (June and September). 112 enquiries in Q1–Q2, 9 applications.",
             rag="green"),
        dict(ref="1.2",
             action="Reduce the average time from initial enquiry to panel for mainstream assessments from 8.2 months to 6 months.",
             lead="RM / KT", target=D(2025, 12, 31), revised=None,
             progress="Average currently 7.4 months. Two assessing social worker vacancies are covered by sessional workers.",
             rag="amber"),
        dict(ref="1.3",
             action="Refresh the Deal for Foster Carers, including the council tax discount and Be Well leisure pass, and publish it on the fostering micro-site.",
             lead="Head of Service – Cared for Children", target=D(2025, 9, 30), revised=None,
             progress="Refreshed Deal launched at the foster carer celebration event on 19 September 2025.",
             rag="blue"),
    ]),
    ("Priority 2: Supporting and keeping our foster carers", [
        dict(ref="2.1",
             action="Launch a Mockingbird constellation in Leigh with one hub home carer and up to 10 satellite fostering households.",
             lead="Fostering Service Manager; Mockingbird Liaison Worker", target=D(2026, 1, 31), revised=None,
             progress="Hub home carer recruited; 6 satellite households signed up. Launch event booked for 15 January 2026.",
             rag="green"),
        dict(ref="2.2",
             action="Offer an exit interview to every fostering household that resigns and report the themes quarterly to the Fostering Management Group.",
             lead="Fostering Service Manager", target="Ongoing – quarterly report", revised=None,
             progress="4 resignations in Q2; 3 exit interviews held. Themes: retirement (2), change in family circumstances (1).",
             rag="green"),
        dict(ref="2.3",
             action="Ensure all newly approved foster carers complete the Training, Support and Development Standards within 12 months of approval (18 months for connected carers).",
             lead="Learning and Development Lead", target=D(2026, 3, 31), revised=None,
             progress="Only 58% of carers approved in 2024/25 completed within timescale. Workbook support sessions to run monthly from November.",
             rag="red"),
    ]),
    ("Priority 3: Family and friends (kinship) care", [
        dict(ref="3.1",
             action="Review every Regulation 24 temporary approval before 16 weeks, with Head of Service sign-off for any extension to 24 weeks.",
             lead="Team Manager – Kinship", target=D(2025, 10, 31), revised=None,
             progress="Tracker in place. 3 of 17 temporary approvals went beyond 16 weeks without sign-off in Q2.",
             rag="amber"),
        dict(ref="3.2",
             action="Develop a kinship support offer in line with the national kinship care strategy, including a named kinship support worker and a peer support group.",
             lead="Head of Service – Cared for Children", target=D(2025, 11, 30), revised=D(2026, 2, 28),
             progress="Delayed pending confirmation of kinship grant funding. Draft offer to go to Corporate Parenting Board in February.",
             rag="amber"),
    ]),
    ("Priority 4: Quality, panel and oversight", [
        dict(ref="4.1",
             action="Review the fostering panel central list and deliver joint training for panel members and the agency decision maker.",
             lead="Panel Adviser", target="Q3 2025/26", revised=None,
             progress="Not yet started – scheduled for Q3.",
             rag=None),
        dict(ref="4.2",
             action="Audit 20 foster carer annual reviews each quarter against the fostering quality standard and report findings to the Quality Assurance Board.",
             lead="Independent Reviewing Officer (Fostering)", target="Quarterly", revised=None,
             progress="Q2 audit completed: 16 of 20 rated good or better.",
             rag="green"),
    ]),
]


def build_wigan():
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    widths(cv, [14, 18, 30, 60])
    cv["A1"] = WIGAN_TITLE
    cv["A1"].font = Font(bold=True, size=16, color="FF1F4E79")
    cv["A3"] = "Children and Families – Cared for Children and Care Leavers Service"
    cv["A5"] = "Document control"
    cv["A5"].font = Font(bold=True, size=12)
    rows = [("Version", "Date", "Author", "Summary of changes"),
            ("0.1", D(2025, 4, 14), "Fostering Service Manager", "First draft for Fostering Management Group"),
            ("1.0", D(2025, 5, 6), "Fostering Service Manager", "Approved by Corporate Parenting Board"),
            ("1.1", D(2025, 10, 3), "Fostering Service Manager", "Q2 progress update added")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cv.cell(row=6 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill("D9E1F2")
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    cv["A12"] = "RAG key"
    cv["A12"].font = Font(bold=True, size=12)
    key = [(BLUE, "Complete"), (GREEN, "On track – will be delivered by the target date"),
           (AMBER, "Some slippage – action in place to recover"), (RED, "Off track – escalate to Head of Service")]
    for i, (col, txt) in enumerate(key):
        cv.cell(row=13 + i, column=1).fill = fill(col)
        cv.cell(row=13 + i, column=1).border = BOX
        cv.cell(row=13 + i, column=2, value=txt)
    cv["A18"] = ("Progress is reported quarterly to the Fostering Management Group and six-monthly to the "
                 "Corporate Parenting Board. The plan is reviewed alongside the annual Fostering Service report "
                 "and Statement of Purpose.")

    ws = wb.create_sheet("Development Plan")
    widths(ws, [7, 60, 30, 14, 14, 55, 8])
    ws.merge_cells("A1:G1")
    ws["A1"] = "Fostering Service Development Plan 2025/26 – Q2 update (July to September 2025)"
    ws["A1"].font = Font(bold=True, size=14, color="FF1F4E79")
    hdr = ["Ref", "Action", "Lead", "Target date", "Revised date", "Progress update (Q2)", "RAG"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(row=3, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("1F4E79")
        c.border = BOX
        c.alignment = WRAP
    r = 4
    for prio, acts in WIGAN_PRIORITIES:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        c = ws.cell(row=r, column=1, value=prio)
        c.font = Font(bold=True)
        c.fill = fill("DDEBF7")
        r += 1
        for a in acts:
            vals = [a["ref"], a["action"], a["lead"], a["target"], a["revised"], a["progress"], None]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=j, value=v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if a["revised"] is not None:
                ws.cell(row=r, column=5).font = Font(italic=True)
            if a["rag"]:
                ws.cell(row=r, column=7).fill = fill(FILL[a["rag"]])
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Notes: revised dates have been agreed with the Head of Service – Cared for Children. "
                                   "RAG rating is shown by colour only; see the key on the Cover sheet.")
    ws.cell(row=r, column=1).font = Font(italic=True, size=9)
    ws.freeze_panes = "A4"

    kp = wb.create_sheet("Performance")
    widths(kp, [44, 12, 12, 16, 14])
    kp["A1"] = "Key performance measures – fostering"
    kp["A1"].font = Font(bold=True, size=12)
    data = [("Measure", "2023/24", "2024/25", "2025/26 target", "Q2 2025/26"),
            ("Number of fostering households (end of period)", 224, 231, 240, 229),
            ("Enquiries received", 430, 490, 500, 112),
            ("Applications received", 26, 30, 36, 9),
            ("New fostering households approved", 14, 12, 18, 5),
            ("Fostering households deregistered", 19, 21, "<15", 7),
            ("Children in care living with Wigan foster carers (%)", "52%", "51%", "55%", "53%")]
    for i, row in enumerate(data):
        for j, v in enumerate(row, start=1):
            c = kp.cell(row=3 + i, column=j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
    wb.active = 1
    wb.save(os.path.join(HERE, WIGAN_FILE))


# ---------------------------------------------------------------------------
# 2. Dorset Council scrutiny recommendations tracker (docx)
# ---------------------------------------------------------------------------
DORSET_FILE = "zaw-dorset-council-overview-scrutiny-recommendations-tracker.docx"
DORSET_TITLE = "Scrutiny Recommendations Tracker – November 2025"
DORSET_REVIEWS = [
    ("2. Review of Home to School Transport (Cabinet, 2 July 2024)",
     "The task and finish group report was considered by Cabinet on 2 July 2024. All four recommendations were accepted.",
     [
         dict(no="1",
              rec="Publish the home to school transport policy and the appeals process in plain English on the council’s website, with a one-page guide for parents of children with SEND.",
              resp="Accepted", lead="Service Manager, Travel Operations", date="By 31 March 2025",
              update="Guide published in February 2025, co-produced with Dorset Parent Carer Council.",
              status="Complete"),
         dict(no="2",
              rec="Introduce a personal travel budget option for eligible families as an alternative to a taxi or minibus place.",
              resp="Accepted", lead="Head of SEND Services / Service Manager, Travel Operations", date="Summer term 2025",
              update="Pilot with 38 families from April 2025. Evaluation due to Cabinet in December.",
              status="Green"),
         dict(no="3",
              rec="Review the independent travel training offer so that every eligible young person in Year 9 and above is offered training before transport is renewed.",
              resp="Accepted", lead="Service Manager, Travel Operations", date="September 2025",
              update="Offer reviewed, but capacity is limited to 40 places a year; business case for two further trainers being prepared.",
              status="Amber"),
         dict(no="4",
              rec="Report annual spend and passenger numbers for home to school transport to this committee each autumn.",
              resp="Accepted", lead="Corporate Director for Education and Learning", date="Annually (autumn)",
              update="First annual report is on this agenda.",
              status="Green"),
     ]),
    ("3. Review of Fly-tipping and Enforcement (Cabinet, 5 November 2024)",
     "Three of the four recommendations were accepted or accepted in part. Recommendation 4 (a council-funded reward scheme) was not accepted and is not tracked.",
     [
         dict(no="1",
              rec="Set up a single online reporting form for fly-tipping that automatically routes reports on private land to the landowner liaison officer.",
              resp="Accepted", lead="Head of Commercial Waste and Strategy", date="Q4 2024/25",
              update="Form went live on 3 March 2025; 2,140 reports received to the end of September.",
              status="Complete"),
         dict(no="2",
              rec="Publish the number of fixed penalty notices and prosecutions for fly-tipping each quarter, by town and parish area.",
              resp="Accepted in part", lead="Service Manager, Environmental Protection", date="Quarterly from April 2025",
              update="Data published for Q1 and Q2. A breakdown by parish is not yet possible from the case management system.",
              status="Amber"),
         dict(no="3",
              rec="Work with Dorset Police and the Environment Agency on a joint operation targeting waste carriers operating without a licence.",
              resp="Accepted", lead="Service Manager, Environmental Protection; Dorset Police rural crime team", date="January 2026",
              update="Two days of action held with Dorset Police in August; the Environment Agency will join from January.",
              status="Green"),
     ]),
    ("4. Review of Support for Unpaid Carers (Cabinet, 11 March 2025)",
     "The review was carried out by the People and Health Scrutiny Committee. All three recommendations were accepted.",
     [
         dict(no="1",
              rec="Carry out a carers’ survey every two years and publish a ‘you said, we did’ summary.",
              resp="Accepted", lead="Head of Strategy and Commissioning – Adult Social Care", date="December 2025",
              update="Survey closed on 30 September with 1,012 responses. Summary being drafted.",
              status="Green"),
         dict(no="2",
              rec="Make sure every carer’s assessment records whether the carer wants a carer’s emergency card, and report take-up to the committee.",
              resp="Accepted", lead="Principal Social Worker (Adults)", date="31/10/2025",
              update="Field added to the case management system in June. Take-up is 31% against a target of 50%.",
              status="Amber"),
         dict(no="3",
              rec="Agree with NHS Dorset how GP practices will identify carers and refer them to the commissioned carers support service.",
              resp="Accepted", lead="Head of Strategy and Commissioning – Adult Social Care / NHS Dorset Primary Care Lead",
              date="March 2026",
              update="Not started – waiting for the new primary care contract arrangements.",
              status="Red"),
     ]),
]


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def bold_row(row, fillhex=None):
    for c in row.cells:
        for p in c.paragraphs:
            for run in p.runs:
                run.bold = True
        if fillhex:
            shade(c, fillhex)


def set_col_widths(table, cms):
    for row in table.rows:
        for idx, w in enumerate(cms):
            row.cells[idx].width = Cm(w)


def build_dorset():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph(DORSET_TITLE, style="Title")
    p = doc.add_paragraph("Dorset Council – Place and Resources Scrutiny Committee and People and Health Scrutiny Committee")
    p.runs[0].bold = True

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Meeting date", "20 November 2025"),
                 ("Report author", "Senior Democratic Services Officer (Scrutiny)"),
                 ("Purpose", "To update the committee on progress with recommendations from scrutiny reviews agreed by Cabinet."),
                 ("Recommendation", "That the committee notes the progress made and agrees which completed recommendations can be removed from the tracker.")]:
        cells = t.add_row().cells
        cells[0].text = k
        cells[1].text = v
        cells[0].paragraphs[0].runs[0].bold = True
    set_col_widths(t, [4, 12])

    doc.add_heading("1. Introduction", level=1)
    doc.add_paragraph(
        "This tracker lists every recommendation made by a scrutiny review that Cabinet agreed, or agreed in part, "
        "in 2024 and 2025. Lead officers provided the updates in October 2025. Recommendations reported as Complete at "
        "two consecutive meetings are removed from the tracker.")
    doc.add_paragraph("Status key", style="Heading 3")
    kt = doc.add_table(rows=1, cols=2)
    kt.style = "Table Grid"
    kt.rows[0].cells[0].text = "Status"
    kt.rows[0].cells[1].text = "Meaning"
    bold_row(kt.rows[0])
    for s, m, col in [("Complete", "Recommendation fully implemented", "9DC3E6"),
                      ("Green", "On track to be implemented by the target date", "A9D08E"),
                      ("Amber", "Some delay, but expected to be implemented", "FFD966"),
                      ("Red", "Significant delay, or not expected to be implemented", "FF7C80")]:
        cells = kt.add_row().cells
        cells[0].text = s
        cells[1].text = m
        shade(cells[0], col)
    set_col_widths(kt, [3, 13])

    doc.add_paragraph("Summary", style="Heading 3")
    sm = doc.add_table(rows=1, cols=6)
    sm.style = "Table Grid"
    for i, h in enumerate(["Review", "Recommendations", "Complete", "Green", "Amber", "Red"]):
        sm.rows[0].cells[i].text = h
    bold_row(sm.rows[0], "D9D9D9")
    tot = [0, 0, 0, 0, 0]
    for head, _, recs in DORSET_REVIEWS:
        name = head.split(". ", 1)[1].split(" (")[0]
        counts = [len(recs)] + [sum(1 for r in recs if r["status"] == s) for s in ("Complete", "Green", "Amber", "Red")]
        tot = [a + b for a, b in zip(tot, counts)]
        cells = sm.add_row().cells
        cells[0].text = name
        for i, n in enumerate(counts):
            cells[i + 1].text = str(n)
    cells = sm.add_row().cells
    cells[0].text = "Total"
    for i, n in enumerate(tot):
        cells[i + 1].text = str(n)
    bold_row(sm.rows[-1])

    for head, intro, recs in DORSET_REVIEWS:
        doc.add_heading(head, level=1)
        doc.add_paragraph(intro)
        tb = doc.add_table(rows=1, cols=7)
        tb.style = "Table Grid"
        for i, h in enumerate(["No.", "Recommendation", "Cabinet response", "Lead officer", "Target date",
                               "Progress update (October 2025)", "Status"]):
            tb.rows[0].cells[i].text = h
        bold_row(tb.rows[0], "D9D9D9")
        for r in recs:
            cells = tb.add_row().cells
            for i, v in enumerate([r["no"], r["rec"], r["resp"], r["lead"], r["date"], r["update"], r["status"]]):
                cells[i].text = v
        set_col_widths(tb, [1, 5.5, 2, 3, 2.2, 4.5, 1.8])

    doc.add_heading("5. Background papers", level=1)
    doc.add_paragraph("Task and finish group reports and Cabinet minutes of 2 July 2024, 5 November 2024 and 11 March 2025.")
    doc.save(os.path.join(HERE, DORSET_FILE))


# ---------------------------------------------------------------------------
# 3. Lancashire County Council council plan delivery tracker (xlsx)
# ---------------------------------------------------------------------------
LANCS_FILE = "zaw-lancashire-county-council-council-plan-delivery-tracker-2025-26.xlsx"
LANCS_TITLE = "Lancashire County Council Plan 2025-30 – Annual Delivery Plan 2025/26"
LANCS = [
    ("Ambition 1: Delivering better services for residents", [
        ("A1.1", "Make it easier for residents to contact us and get things done online", "RES", "Helen Dobson", [
            dict(ref="A1.1.1",
                 text="Launch the new customer portal with the 20 most requested services available online",
                 dirn="RES", owner="Helen Dobson", due="Oct 2025", q1="Green", q2="Complete",
                 comm="Portal launched on 29 September with 22 services.",
                 pros="Phase 2 (highways and waste) planned for spring 2026."),
            dict(ref="A1.1.2",
                 text="Reduce the average call waiting time at the Customer Access Centre to under 5 minutes",
                 dirn="RES", owner="Helen Dobson", due="Mar 2026", q1="Amber", q2="Amber",
                 comm="Average wait 7m 40s in Q2 (Q1: 9m 10s). Recruitment to 12 vacant adviser posts is under way.",
                 pros="Expect to reach the target in Q4 once new advisers are trained."),
        ]),
        ("A1.2", "Improve the condition of Lancashire's roads", "GET", "Mark Ainsworth", [
            dict(ref="A1.2.1",
                 text="Complete the 2025/26 resurfacing programme of 320 km of carriageway",
                 dirn="GET", owner="Mark Ainsworth", due="Sept 2025 – March 2026", q1="Green", q2="Green",
                 comm="176 km completed to the end of September.", pros="On track."),
            dict(ref="A1.2.2",
                 text="Repair 90% of category 1 potholes within 4 working hours of being reported",
                 dirn="GET", owner="Mark Ainsworth & Joanne Reed", due="Monthly", q1="Amber", q2="Red",
                 comm="81% in Q2; performance affected by the August storms and contractor capacity.",
                 pros="Additional repair gang from November; unlikely to reach 90% before Q4."),
        ]),
    ]),
    ("Ambition 2: Caring for our most vulnerable residents", [
        ("A2.1", "Support more older people to live independently at home", "AS", "Gemma Hartley", [
            dict(ref="A2.1.1",
                 text="Increase the number of people starting reablement within 7 days of hospital discharge to 1,250 a quarter",
                 dirn="AS", owner="Gemma Hartley", due="31/03/2026", q1="Green", q2="Green",
                 comm="1,191 people in Q2.", pros="On track."),
            dict(ref="A2.1.2",
                 text="Open two new extra care schemes, in Burnley and Chorley, with 120 apartments in total",
                 dirn="AS", owner="Gemma Hartley; Strategic Housing Lead", due="Jan 2026", q1="Amber", q2="Amber",
                 comm="Chorley scheme handed over in August. Burnley scheme delayed by 3 months after the contractor went into administration.",
                 pros="Burnley now expected in April 2026."),
        ]),
        ("A2.2", "Improve outcomes for children in our care", "ECS", "Daniel Okafor", [
            dict(ref="A2.2.1",
                 text="Open three new council-run children's homes for children with complex needs",
                 dirn="ECS", owner="Daniel Okafor", due="Dec 2025", q1="Red", q2="Red",
                 comm="First home registered with Ofsted in July. Second and third homes delayed by a planning appeal.",
                 pros="Revised timetable to go to Cabinet in December."),
            dict(ref="A2.2.2",
                 text="Make sure 95% of children in care have an up-to-date personal education plan",
                 dirn="ECS", owner="Virtual School Head", due="Termly", q1="Green", q2="Green",
                 comm="96% at the end of the summer term.", pros="On track."),
        ]),
    ]),
    ("Ambition 3: Supporting economic growth", [
        ("A3.1", "Help more Lancashire residents into good jobs", "GET", "Rachel Whitfield", [
            dict(ref="A3.1.1",
                 text="Deliver the adult learning programme to 4,000 learners",
                 dirn="GET", owner="Rachel Whitfield", due="Jul-26", q1="Not yet due", q2="Green",
                 comm="Term 1 enrolments of 1,420 learners.", pros="On track."),
            dict(ref="A3.1.2",
                 text="Agree a skills and employment plan for Lancashire with the combined county authority",
                 dirn="GET", owner="Rachel Whitfield", due="TBC", q1="Not yet due", q2="Not yet due",
                 comm="Waiting for the combined county authority's skills board to be set up.",
                 pros="Date to be set once the board has met."),
        ]),
    ]),
]
LANCS_STATUS_FILL = {"Complete": "9BC2E6", "Green": "C6EFCE", "Amber": "FFEB9C", "Red": "FFC7CE"}


def build_lancs():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    widths(sm, [52, 12, 11, 9, 9, 9, 13])
    sm["A1"] = LANCS_TITLE
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Quarter 2 progress report – position at 30 September 2025"
    sm["A2"].font = Font(italic=True)
    hdr = ["Ambition", "Milestones", "Complete", "Green", "Amber", "Red", "Not yet due"]
    for j, h in enumerate(hdr, start=1):
        c = sm.cell(row=4, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("D9D9D9")
        c.border = BOX
    r = 5
    totals = [0] * 6
    for amb, commits in LANCS:
        ms = [m for _, _, _, _, mlist in commits for m in mlist]
        counts = [len(ms)] + [sum(1 for m in ms if m["q2"] == s) for s in ("Complete", "Green", "Amber", "Red", "Not yet due")]
        totals = [a + b for a, b in zip(totals, counts)]
        sm.cell(row=r, column=1, value=amb).border = BOX
        for j, n in enumerate(counts, start=2):
            sm.cell(row=r, column=j, value=n).border = BOX
        r += 1
    sm.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for j, n in enumerate(totals, start=2):
        c = sm.cell(row=r, column=j, value=n)
        c.font = Font(bold=True)
        c.border = BOX
    r += 2
    sm.cell(row=r, column=1, value="Status key").font = Font(bold=True)
    for s, m in [("Complete", "Milestone achieved"), ("Green", "On track"),
                 ("Amber", "At risk of slipping – recovery action in place"),
                 ("Red", "Will not be met by the due date"), ("Not yet due", "Work has not started yet")]:
        r += 1
        c = sm.cell(row=r, column=1, value=f"{s} – {m}")
        if s in LANCS_STATUS_FILL:
            c.fill = fill(LANCS_STATUS_FILL[s])
    r += 2
    sm.cell(row=r, column=1, value="Directorates: AS = Adult Services; ECS = Education and Children's Services; "
                                   "GET = Growth, Environment and Transport; RES = Resources")
    sm.cell(row=r, column=1).font = Font(size=9, italic=True)

    ws = wb.create_sheet("Delivery Plan")
    widths(ws, [9, 58, 11, 26, 20, 12, 12, 48, 40])
    ws["A1"] = "Annual Delivery Plan 2025/26 – Council Plan commitments and milestones"
    ws["A1"].font = Font(bold=True, size=13)
    hdr = ["Ref", "Commitment / milestone", "Directorate", "Owner", "Due", "Q1 status", "Q2 status",
           "Q2 commentary", "What are the prospects for the future?"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(row=3, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("002060")
        c.alignment = WRAP
        c.border = BOX
    r = 4
    for amb, commits in LANCS:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        c = ws.cell(row=r, column=1, value=amb)
        c.font = Font(bold=True, size=12, color="FF002060")
        c.fill = fill("BDD7EE")
        r += 1
        for cref, ctext, cdir, cown, mlist in commits:
            for j, v in enumerate([cref, ctext, cdir, cown], start=1):
                c = ws.cell(row=r, column=j, value=v)
                c.font = Font(bold=True, italic=True)
                c.fill = fill("F2F2F2")
                c.border = BOX
            for j in range(5, 10):
                ws.cell(row=r, column=j).fill = fill("F2F2F2")
                ws.cell(row=r, column=j).border = BOX
            r += 1
            for m in mlist:
                vals = [m["ref"], m["text"], m["dirn"], m["owner"], m["due"], m["q1"], m["q2"], m["comm"], m["pros"]]
                for j, v in enumerate(vals, start=1):
                    c = ws.cell(row=r, column=j, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                for j in (6, 7):
                    s = vals[j - 1]
                    if s in LANCS_STATUS_FILL:
                        ws.cell(row=r, column=j).fill = fill(LANCS_STATUS_FILL[s])
                r += 1
    ws.freeze_panes = "C4"
    wb.save(os.path.join(HERE, LANCS_FILE))


# ---------------------------------------------------------------------------
# 4. Wokingham local area SEND priority action plan (xlsx, one sheet per priority)
# ---------------------------------------------------------------------------
WOK_FILE = "zaw-wokingham-local-area-send-priority-action-plan.xlsx"
WOK_TITLE = "Wokingham Local Area SEND Partnership – Priority Action Plan"
WOK = [
    ("Priority 1", "Priority 1: Timeliness and quality of EHC plans", "Area for priority action",
     "Leaders across the partnership should urgently improve the timeliness and quality of education, health and care (EHC) needs assessments and plans, so that children and young people’s needs are accurately identified and met without delay.",
     [
         dict(ref="1.1",
              action="Recruit two additional educational psychologists and commission locum EP capacity to clear the backlog of overdue psychological advice.",
              lead="Principal Educational Psychologist", org="WBC", start=D(2025, 9, 1), end=D(2026, 1, 31),
              impact="All psychological advice returned within 6 weeks by January 2026.",
              progress="One EP appointed; locum contract in place since 1 September. Backlog down from 146 to 92.",
              rag="Amber"),
         dict(ref="1.2",
              action="Introduce a multi-agency quality assurance panel that audits 10% of new EHC plans every month, with health and social care advice included.",
              lead="Head of SEND / Designated Clinical Officer", org="WBC / BOB ICB", start=D(2025, 7, 1), end="Autumn term 2025",
              impact="80% of audited plans rated good or better by December 2025.",
              progress="Panel meeting monthly since July. 64% of plans audited in September rated good.",
              rag="Green"),
         dict(ref="1.3",
              action="Publish a monthly EHC plan timeliness dashboard for the SEND Improvement and Assurance Board and for parents through the Local Offer.",
              lead="SEND Data and Performance Lead", org="WBC", start=D(2025, 8, 1), end=D(2025, 10, 31),
              impact="Dashboard published every month.",
              progress="First dashboard published on the Local Offer on 3 October.",
              rag="Blue"),
     ]),
    ("Priority 2", "Priority 2: Timely access to neurodevelopmental and therapy services", "Area for priority action",
     "Leaders in the ICB and the local authority should work together to reduce the long waits for autism and ADHD assessments and for speech and language therapy, and make sure families receive support while they wait.",
     [
         dict(ref="2.1",
              action="Commission additional autism assessment capacity from an independent provider to reduce the waiting list for children aged 5 to 18.",
              lead="Head of Children’s Commissioning (BOB ICB)", org="BOB ICB", start=D(2025, 6, 1), end=D(2026, 3, 31),
              impact="Longest wait reduced from 118 weeks to under 65 weeks.",
              progress="Contract awarded in August; 140 assessments completed. Longest wait now 104 weeks.",
              rag="Amber"),
         dict(ref="2.2",
              action="Launch a ‘waiting well’ offer, with online workshops for parents and a named contact for every family on the neurodevelopmental waiting list.",
              lead="Neurodevelopmental Service Manager", org="Berkshire Healthcare", start=D(2025, 9, 1), end=D(2025, 12, 31),
              impact="90% of families on the waiting list contacted at least every 3 months.",
              progress="Workshops running since September; named contact role recruited.",
              rag="Green"),
         dict(ref="2.3",
              action="Agree a joint speech and language therapy commissioning plan covering universal, targeted and specialist support in schools.",
              lead="Assistant Director Education and SEND (WBC) & Head of Children’s Commissioning (BOB ICB)",
              org="WBC / BOB ICB", start=D(2025, 9, 1), end="Summer term 2026",
              impact="Joint plan agreed by both organisations' boards.",
              progress="Scoping started; joint workshop with schools held on 14 October.",
              rag="Green"),
     ]),
    ("Priority 3", "Priority 3: Preparing for adulthood", "Area for improvement",
     "Leaders should make sure that preparation for adulthood starts from Year 9 in all EHC plan annual reviews and that young people have a clear plan for moving into adult health and social care services.",
     [
         dict(ref="3.1",
              action="Embed preparing for adulthood outcomes in the annual review template from Year 9 and train SENCOs to use it.",
              lead="SEND Service Manager (Post-16)", org="WBC", start=D(2025, 9, 1), end="Dec 2025",
              impact="95% of Year 9+ annual reviews include preparing for adulthood outcomes.",
              progress="Template updated; three SENCO training sessions delivered.",
              rag="Green"),
         dict(ref="3.2",
              action="Set up a transitions panel for young people aged 14 to 25 who are likely to need adult social care or continuing healthcare.",
              lead="Head of Adult Social Care Operations / Designated Clinical Officer", org="WBC / BOB ICB",
              start=D(2025, 10, 1), end=D(2026, 4, 30),
              impact="All eligible young people known to the panel by age 17.",
              progress="Not started – terms of reference in draft.",
              rag=None),
     ]),
]
WOK_RAG_FILL = {"Blue": "9BC2E6", "Green": "A9D08E", "Amber": "FFD966", "Red": "FF7C80"}


def build_wokingham():
    wb = Workbook()
    ov = wb.active
    ov.title = "Overview"
    widths(ov, [16, 16, 26, 44])
    ov["A1"] = WOK_TITLE
    ov["A1"].font = Font(bold=True, size=15)
    ov["A2"] = "Response to the area SEND inspection of Wokingham (Ofsted and CQC, June 2025)"
    ov["A3"] = "Wokingham Borough Council and NHS Buckinghamshire, Oxfordshire and Berkshire West Integrated Care Board"
    ov["A5"] = "Inspection outcome"
    ov["A5"].font = Font(bold=True)
    ov.merge_cells("A6:D7")
    ov["A6"] = ("There are widespread and/or systemic failings leading to significant concerns about the experiences "
                "and outcomes of children and young people with SEND, which the local area partnership must address urgently.")
    ov["A6"].alignment = WRAP
    ov.row_dimensions[6].height = 30
    ov["A9"] = "Version control"
    ov["A9"].font = Font(bold=True)
    vc = [("Version", "Date", "Status", "Approved by"),
          ("1.0", D(2025, 8, 12), "Submitted to Ofsted", "SEND Improvement and Assurance Board"),
          ("1.1", D(2025, 10, 20), "October progress update", "SEND Improvement and Assurance Board")]
    for i, row in enumerate(vc):
        for j, v in enumerate(row, start=1):
            c = ov.cell(row=10 + i, column=j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    ov["A14"] = "RAG rating"
    ov["A14"].font = Font(bold=True)
    for i, (k, m) in enumerate([("Blue", "Action complete and impact evidenced"), ("Green", "On track"),
                                ("Amber", "Behind schedule – mitigations in place"),
                                ("Red", "Not on track – escalated to the Board")]):
        c = ov.cell(row=15 + i, column=1, value=k)
        c.fill = fill(WOK_RAG_FILL[k])
        c.border = BOX
        ov.cell(row=15 + i, column=2, value=m)
    ov["A20"] = ("Governance: the plan is overseen by the SEND Improvement and Assurance Board, chaired by an independent "
                 "chair, and monitored by the DfE and NHS England. Each priority has its own sheet.")

    hdr = ["Action no.", "Action", "Lead(s)", "Organisation", "Start date", "Completion date",
           "Impact / success measure", "Progress update – October 2025", "RAG"]
    for sheet, prio, label, finding, acts in WOK:
        ws = wb.create_sheet(sheet)
        widths(ws, [11, 50, 30, 15, 11, 15, 34, 40, 8])
        ws.merge_cells("A1:I1")
        ws["A1"] = prio
        ws["A1"].font = Font(bold=True, size=13, color="FFFFFFFF")
        ws["A1"].fill = fill("7030A0")
        ws["A2"] = label
        ws["A2"].font = Font(bold=True)
        ws["A2"].alignment = WRAP
        ws.merge_cells("B2:I2")
        ws["B2"] = finding
        ws["B2"].alignment = WRAP
        ws.row_dimensions[2].height = 45
        for j, h in enumerate(hdr, start=1):
            c = ws.cell(row=4, column=j, value=h)
            c.font = Font(bold=True)
            c.fill = fill("E4DFEC")
            c.border = BOX
            c.alignment = WRAP
        r = 5
        for a in acts:
            vals = [a["ref"], a["action"], a["lead"], a["org"], a["start"], a["end"], a["impact"], a["progress"], a["rag"]]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            if a["rag"]:
                ws.cell(row=r, column=9).fill = fill(WOK_RAG_FILL[a["rag"]])
            r += 1
        r += 1
        ws.cell(row=r, column=1, value="Note: leads send progress updates to the SEND Programme Office by the 10th of each month.")
        ws.cell(row=r, column=1).font = Font(italic=True, size=9)
    wb.save(os.path.join(HERE, WOK_FILE))


# ---------------------------------------------------------------------------
# 5. Hampshire County Council strategic plan delivery tracker (csv, refuse)
# ---------------------------------------------------------------------------
HANTS_FILE = "zaw-hampshire-county-council-strategic-plan-delivery-tracker-2025-26-typo-month-refuse.csv"
HANTS_TITLE = "Hampshire County Council - Strategic Plan 2025-2028 Delivery Tracker"
HANTS_LINES = [
    '"Hampshire County Council - Strategic Plan 2025-2028 Delivery Tracker",,,,,,,,',
    '"Report generated 16/01/2026 from the Corporate Performance System - Quarter 3 2025/26",,,,,,,,',
    ',,,,,,,,',
    'Priority,Ref,Action,Responsible Officer,Directorate,Original Due Date,Revised Due Date,Status,Latest Update',
    'Economy and infrastructure,HCC-SP1.01,Submit the Local Transport Plan 4 implementation plan to Cabinet,Director of Universal Services,Universal Services,31/12/2025,,Complete,Approved by Cabinet on 9 December 2025.',
    'Economy and infrastructure,HCC-SP1.02,"Deliver the 2025/26 highways maintenance programme, including 1,100 km of surface dressing","Assistant Director, Highways",Universal Services,31/03/2026,,On track,"Surface dressing season completed; 1,084 km delivered."',
    'Economy and infrastructure,HCC-SP1.03,Agree the devolution implementation plan with partner authorities,Director of Hampshire 2050,Hampshire 2050,30/11/2025,Febuary 2026,At risk,Timetable depends on the government decision on the date of the mayoral election.',
    "Children and families,HCC-SP2.01,Open two new council-run children's homes in Basingstoke and Havant,Director of Children's Services,Children's Services,31/03/2026,,On track,Basingstoke home registered with Ofsted in November 2025.",
    "Children and families,HCC-SP2.02,Reduce the proportion of EHC needs assessments completed outside 20 weeks to below 40%,Assistant Director - SEND,Children's Services,31/03/2026,,Off track,58% outside 20 weeks in Q3; recovery plan agreed with the DfE adviser.",
    "Adults and health,HCC-SP3.01,\"Extend technology enabled care to 12,000 people\",Director of Adults' Health and Care,Adults' Health and Care,30/09/2026,,On track,\"10,460 users at the end of December.\"",
    "Adults and health,HCC-SP3.02,Publish the CQC assessment improvement plan and report progress to the Health and Adult Social Care Select Committee,Director of Adults' Health and Care,Adults' Health and Care,31/10/2025,,Complete,Plan published on 22 October 2025.",
    'Our council,HCC-SP4.01,Secure the remaining savings in the Savings Programme to 2025,Director of Corporate Operations,Corporate Operations,31/03/2026,30/06/2026,At risk,"£118m secured; the remaining £14m depends on transformation business cases."',
]
HANTS_REFUSE_LINE = 7


def build_hants():
    with open(os.path.join(HERE, HANTS_FILE), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(HANTS_LINES) + "\r\n")


# ---------------------------------------------------------------------------
# 6. Sefton Council scrutiny working group recommendations monitoring (tab-delimited txt)
# ---------------------------------------------------------------------------
SEFTON_FILE = "zaw-sefton-council-overview-scrutiny-recommendations-tracker.txt"
SEFTON_TITLE = "Sefton Council - Overview and Scrutiny: Monitoring of Working Group Recommendations"
SEFTON_GROUPS = [
    ("Working Group: Effectiveness of the Council's Enforcement Activity (Overview and Scrutiny Committee (Regulatory, Compliance and Corporate Services))", [
        dict(no="1",
             rec="That a single corporate enforcement policy be adopted, replacing the separate policies for licensing, environmental health, planning and highways.",
             dec="Approved 5 December 2024", lead="Chief Legal and Democratic Officer", time="End of March 2025",
             upd="Corporate Enforcement Policy adopted by Cabinet on 6 March 2025.", rag="C"),
        dict(no="2",
             rec="That enforcement officers across services be authorised to issue fixed penalty notices for littering and fly-tipping (cross-authorisation).",
             dec="Approved 5 December 2024", lead="Assistant Director - Highways and Public Protection / Head of Green Sefton",
             time="Sept 2025 – March 2026", upd="Delegations agreed; training for 24 officers booked for January.", rag="G"),
        dict(no="3",
             rec="That an annual enforcement activity report be presented to this Committee.",
             dec="Approved 5 December 2024", lead="Assistant Director - Highways and Public Protection", time="Annually",
             upd="First report scheduled for the March 2026 meeting.", rag="G"),
    ]),
    ("Working Group: Housing for Care Leavers (Overview and Scrutiny Committee (Children's Services and Safeguarding))", [
        dict(no="1",
             rec="That the Council's allocations policy be amended so that care leavers are given the highest priority band up to age 25.\nThe change to be reviewed after 12 months.",
             dec="Approved 13 February 2025", lead="Head of Housing / Service Manager - Leaving Care", time="w/c 12/01/26",
             upd="Draft policy amendment out to consultation until 19 December.", rag="A"),
        dict(no="2",
             rec="That a supported lodgings scheme for care leavers be commissioned, with at least 10 placements.",
             dec="Approved 13 February 2025", lead="Assistant Director of Children's Social Care (Corporate Parenting)",
             time="July 2025", upd="Procurement paused; no compliant bids received.", rag="R"),
        dict(no="3",
             rec="That care leavers be exempt from council tax up to age 25.",
             dec="Approved 13 February 2025", lead="Executive Director - Corporate Services and Commercial",
             time="01/04/2025", upd="Exemption in place from 1 April 2025 and included in the council tax support scheme.", rag="C"),
    ]),
    ("Working Group: Elective Home Education (Overview and Scrutiny Committee (Children's Services and Safeguarding))", [
        dict(no="1",
             rec="That every family who elects to home educate be offered a visit from the Elective Home Education team within 20 school days of notification.",
             dec="Approved 10 July 2025", lead="Service Manager - Education Welfare and EHE", time="End of December 2025",
             upd="Visits offered to 87% of families notifying since September.", rag="G"),
        dict(no="2",
             rec="That the Cabinet Member write to the Secretary of State supporting a statutory register of children not in school.",
             dec="Approved 10 July 2025", lead="Cabinet Member - Education", time="August 2025",
             upd="Letter sent on 4 August 2025.", rag="C"),
    ]),
]


def tsv_cell(v):
    if any(ch in v for ch in ('"', "\n", "\t")):
        return '"' + v.replace('"', '""') + '"'
    return v


def build_sefton():
    ncol = 7
    lines = []

    def line(cells):
        cells = list(cells) + [""] * (ncol - len(cells))
        lines.append("\t".join(tsv_cell(c) for c in cells))

    line([SEFTON_TITLE])
    line(["Position at 31 October 2025"])
    line(["RAG: C = Complete, G = On track, A = Some delay, R = Not progressing"])
    line([])
    line(["Rec No.", "Recommendation", "Cabinet decision", "Lead Officer", "Timescale", "Update", "RAG"])
    for grp, recs in SEFTON_GROUPS:
        line([grp])
        for r in recs:
            line([r["no"], r["rec"], r["dec"], r["lead"], r["time"], r["upd"], r["rag"]])
    line([])
    line(["Completed recommendations are removed after they have been reported as complete once."])
    with open(os.path.join(HERE, SEFTON_FILE), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------------------
# 7. Derby City Council fostering service development plan (docx, one table per section)
# ---------------------------------------------------------------------------
DERBY_FILE = "zaw-derby-city-council-fostering-service-development-plan-2025-26.docx"
DERBY_TITLE = "Derby City Council Fostering Service Development Plan 2025-26"
DERBY_SECTIONS = [
    ("Section A: Recruitment and assessment",
     "Objective A: Increase the number of approved mainstream fostering households from 142 to 155 by March 2026.",
     [
         dict(no="A1",
              what=["Run four targeted recruitment campaigns with the regional fostering recruitment hub, including one aimed at carers for children aged 11 and over."],
              who="Marketing and Recruitment Officer", when="March 2026",
              prog="Two campaigns delivered (May and September); 64 enquiries.", rag="green"),
         dict(no="A2",
              what=["Introduce a ‘fast-track’ assessment for experienced carers transferring from independent fostering agencies, completed within 16 weeks."],
              who="Team Manager, Fostering Assessment", when="31/12/2025",
              prog="Transfer protocol agreed; first transferring household approved at panel in August.", rag="green"),
         dict(no="A3",
              what=["Hold a fostering information event in every area of the city at least twice a year."],
              who="Marketing and Recruitment Officer / Fostering Ambassadors", when="Six-monthly",
              prog="Events held in Normanton, Allestree and Sinfin; Chaddesden and Mickleover still to be arranged.", rag="amber"),
     ]),
    ("Section B: Support and retention",
     "Objective B: Keep our foster carers – reduce the number of fostering households leaving for reasons other than retirement.",
     [
         dict(no="B1",
              what=["Review the foster carer fees and allowances scheme against neighbouring authorities.",
                    "Report options to the Corporate Parenting Committee, including a skills-based fee for carers of children with complex needs."],
              who="Head of Service, Fostering and Permanence", when="November 2025",
              prog="Benchmarking complete. Report deferred to the January committee because of the budget timetable.", rag="red"),
         dict(no="B2",
              what=["Provide a fostering social worker on call every weekend, in addition to the emergency duty team."],
              who="Team Manager, Fostering Support", when="From September 2025 – ongoing",
              prog="Weekend rota in place since 6 September.", rag="green"),
         dict(no="B3",
              what=["Set up a foster carer reference group that meets quarterly with the Head of Service and the Cabinet Member."],
              who="Head of Service, Fostering and Permanence", when="July 2025",
              prog="First meeting held on 17 July 2025; 14 carers attended.", rag="blue"),
     ]),
    ("Section C: Quality assurance and compliance",
     "Objective C: Make sure the service meets the Fostering Services (England) Regulations 2011 and the National Minimum Standards.",
     [
         dict(no="C1",
              what=["Complete at least one unannounced visit to every fostering household each year and record it on the child and carer records."],
              who="Team Managers, Fostering Support", when="31 March 2026",
              prog="62% of households visited so far this year.", rag="green"),
         dict(no="C2",
              what=["Update the Statement of Purpose and the children’s guide and present them to the Corporate Parenting Committee."],
              who="Fostering Service Manager", when="Sept-25",
              prog="Approved by the committee on 23 September 2025.", rag="blue"),
         dict(no="C3",
              what=["Introduce a feedback form for children in placement to contribute to their foster carers’ annual reviews, with an easy read version."],
              who="Independent Reviewing Officer (Fostering)", when="Jan 2026",
              prog="Not yet started.", rag=None),
     ]),
]
DERBY_SHADE = {"blue": "5B9BD5", "green": "70AD47", "amber": "FFC000", "red": "FF0000"}


def build_derby():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    doc.add_paragraph(DERBY_TITLE, style="Title")
    doc.add_paragraph("Children’s Services – Fostering and Permanence", style="Subtitle")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Document owner", "Head of Service, Fostering and Permanence"),
                 ("Approved by", "Corporate Parenting Committee, 24 June 2025"),
                 ("Progress update", "September 2025"),
                 ("Next review", "March 2026")]:
        cells = t.add_row().cells
        cells[0].text = k
        cells[1].text = v
        cells[0].paragraphs[0].runs[0].bold = True
        shade(cells[0], "DEEAF6")
    set_col_widths(t, [4.5, 11])

    doc.add_paragraph()
    doc.add_paragraph(
        "This development plan sits alongside the Fostering Service annual report and Statement of Purpose. "
        "It sets out what the service will do in 2025-26 under three headings. Progress is rated by the colour "
        "of the final column.")
    kt = doc.add_table(rows=1, cols=4)
    kt.style = "Table Grid"
    for i, (col, txt) in enumerate([("blue", "Complete"), ("green", "On track"), ("amber", "Some slippage"),
                                    ("red", "Not on track")]):
        kt.rows[0].cells[i].text = txt
        shade(kt.rows[0].cells[i], DERBY_SHADE[col])
        kt.rows[0].cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER

    for sec, obj, acts in DERBY_SECTIONS:
        doc.add_heading(sec, level=1)
        tb = doc.add_table(rows=2, cols=6)
        tb.style = "Table Grid"
        top = tb.rows[0].cells[0].merge(tb.rows[0].cells[5])
        top.text = obj
        top.paragraphs[0].runs[0].bold = True
        shade(top, "DEEAF6")
        for i, h in enumerate(["No.", "What we will do", "Who", "By when", "Progress (September 2025)", "RAG"]):
            tb.rows[1].cells[i].text = h
        bold_row(tb.rows[1], "BDD6EE")
        for a in acts:
            cells = tb.add_row().cells
            cells[0].text = a["no"]
            cells[1].text = a["what"][0]
            for extra in a["what"][1:]:
                cells[1].add_paragraph(extra)
            cells[2].text = a["who"]
            cells[3].text = a["when"]
            cells[4].text = a["prog"]
            if a["rag"]:
                shade(cells[5], DERBY_SHADE[a["rag"]])
        set_col_widths(tb, [1.1, 6, 3.2, 2.3, 4.5, 1.2])
        doc.add_paragraph()

    doc.add_heading("Sign-off", level=1)
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for i, h in enumerate(["Role", "Name", "Date"]):
        so.rows[0].cells[i].text = h
    so.rows[1].cells[0].text = "Head of Service, Fostering and Permanence"
    so.rows[1].cells[1].text = "Signed"
    so.rows[1].cells[2].text = "30/09/2025"
    doc.save(os.path.join(HERE, DERBY_FILE))


def main():
    build_wigan()
    build_dorset()
    build_lancs()
    build_wokingham()
    build_hants()
    build_sefton()
    build_derby()
    print("built 7 files in", HERE)


if __name__ == "__main__":
    main()
