#!/usr/bin/env python
"""Build the seven zgk- blind test files (set heldout829).

Run with /work/main/.venv/bin/python zgk_make.py  (writes beside this script).
Each case's data also carries the expected reading (lead list, end month,
status) so that zgk_yaml.py can write the .expected.yaml files from the same
text, character for character.
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

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"


def A(ref, under, action, lead, lead_exp, end, end_exp, status, status_exp,
      end_text=None, **extra):
    d = dict(ref=ref, under=under, action=action, lead=lead, lead_exp=lead_exp,
             end=end, end_exp=end_exp, status=status, status_exp=status_exp,
             end_text=end_text)
    d.update(extra)
    return d


# ---------------------------------------------------------------------------
# helpers: docx
# ---------------------------------------------------------------------------

def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9, italic=False, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        run = p.add_run(line)
        run.bold = bold
        run.italic = italic
        run.font.size = Pt(size)
        if color:
            run.font.color.rgb = RGBColor.from_string(color)
        if i < len(lines) - 1:
            run.add_break()


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


# ---------------------------------------------------------------------------
# 1. Tandridge District Council - LGA Corporate Peer Challenge action plan (docx)
# ---------------------------------------------------------------------------

TAN_FILE = "zgk-tandridge-district-council-corporate-peer-challenge-action-plan.docx"
TAN_TITLE = "Tandridge District Council: Corporate Peer Challenge Action Plan"
TAN_T1 = "1. Financial planning and management"
TAN_T2 = "2. Governance and culture"
TAN_T3 = "3. Capacity for improvement"
TAN_R = {
    1: "Continue to strengthen the Medium-Term Financial Strategy so that the savings required from 2025/26 onwards are identified, owned and tracked alongside the Future Tandridge Programme.",
    2: "Review the Housing Revenue Account business plan to make sure that investment in existing homes and the council house building programme remain affordable over the 30-year period.",
    3: "Build on the improved relationships between members and officers by agreeing a refreshed protocol and a member development programme that all political groups sign up to.",
    4: "Review the committee system to streamline decision-making and reduce the number of reports that go to more than one committee.",
    5: "Develop a workforce strategy that tackles recruitment and retention in hard-to-fill professional roles, particularly in planning.",
    6: "Agree a communications and engagement strategy that sets out how the council will tell its story to residents, businesses and partners.",
}
TAN_SECTIONS = [
    (TAN_T1, [1, 2]),
    (TAN_T2, [3, 4]),
    (TAN_T3, [5, 6]),
]
TAN_ACTIONS = {
    1: [
        A("1.1", [TAN_T1, TAN_R[1]],
          "Produce a savings tracker for 2025/26 and 2026/27 with named budget holders, reported monthly to the Corporate Leadership Team and quarterly to Strategy & Resources Committee.",
          "Chief Finance Officer (s151)", ["Chief Finance Officer (s151)"],
          "March 2025", "2025-03", "Green", "green",
          progress="Tracker in place since November 2024. First quarterly report to Strategy & Resources Committee on 30 January 2025."),
        A("1.2", [TAN_T1, TAN_R[1]],
          "Align the Future Tandridge Programme phase 2 business cases with the MTFS so that each proposal shows its contribution to closing the budget gap.",
          "Chief Executive / Chief Finance Officer (s151)", ["Chief Executive", "Chief Finance Officer (s151)"],
          "Q4 2024/25", "2025-03", "Amber", "amber",
          progress="Business case template revised. Three of the five phase 2 cases now show MTFS impact; the remaining two are held pending the 2025/26 settlement."),
    ],
    2: [
        A("2.1", [TAN_T1, TAN_R[2]],
          "Commission an independent review of the HRA 30-year business plan, using updated stock condition data, and report the findings to Housing Committee.",
          "Head of Housing", ["Head of Housing"],
          "June 2025", "2025-06", "Green", "green",
          progress="Stock condition survey 70% complete. Brief for the independent review agreed."),
    ],
    3: [
        A("3.1", [TAN_T2, TAN_R[3]],
          "Co-produce a refreshed Member–Officer Protocol with the group leaders and adopt it at Full Council.",
          "Head of Legal Services and Monitoring Officer", ["Head of Legal Services and Monitoring Officer"],
          "February 2025", "2025-02", "Complete", "blue",
          progress="Adopted by Full Council on 5 December 2024."),
        A("3.2", [TAN_T2, TAN_R[3]],
          "Launch a member development programme for 2025/26, including chairing skills and finance training open to all members.",
          "Democratic Services Manager", ["Democratic Services Manager"],
          "April 2025", "2025-04", "Green", "green",
          progress="Draft programme discussed with the Member Development Steering Group on 14 January 2025."),
    ],
    4: [
        A("4.1", [TAN_T2, TAN_R[4]],
          "Set up a cross-party working group to review the committee system and bring options for streamlining to Full Council.",
          "Head of Legal Services and Monitoring Officer; Democratic Services Manager",
          ["Head of Legal Services and Monitoring Officer", "Democratic Services Manager"],
          "July 2025", "2025-07", "Amber", "amber",
          progress="Terms of reference agreed. First meeting of the working group moved to February 2025."),
    ],
    5: [
        A("5.1", [TAN_T3, TAN_R[5]],
          "Publish a Workforce Strategy 2025-2028 with actions on pay and reward, career pathways and apprenticeships.",
          "Head of People", ["Head of People"],
          "31/03/2025", "2025-03", "Green", "green",
          progress="Pay and reward review reported in December 2024. Strategy being drafted."),
        A("5.2", [TAN_T3, TAN_R[5]],
          "Introduce a planning ‘grow our own’ scheme, funding two graduate planners and one planning apprentice from 2025.",
          "Chief Planning Officer", ["Chief Planning Officer"],
          "September 2025", "2025-09", "Amber", "amber",
          progress="Funding included in the draft 2025/26 budget; recruitment not yet started."),
    ],
    6: [
        A("6.1", [TAN_T3, TAN_R[6]],
          "Adopt a communications and engagement strategy and run a residents’ survey to set a baseline for satisfaction and trust.",
          "Head of Communications", ["Head of Communications"],
          "Ongoing", None, "Green", "green", end_text="Ongoing",
          progress="Strategy adopted October 2024. Residents’ survey fieldwork booked for spring 2025."),
    ],
}


def build_tandridge():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph(TAN_TITLE, style="Title")
    doc.add_paragraph("Response to the Local Government Association feedback report – peer challenge held 16-18 July 2024")

    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Version", "1.2"),
                 ("Status", "Quarter 3 progress update"),
                 ("Date", "28 January 2025"),
                 ("Owner", "Chief Executive"),
                 ("Approved", "Strategy & Resources Committee, 12 December 2024")]:
        r = t.add_row().cells
        set_cell(r[0], k, bold=True)
        set_cell(r[1], v)

    doc.add_paragraph("")
    doc.add_paragraph(
        "The peer team’s report was published on the council’s website in October 2024. "
        "This plan sets out the actions the council will take in response to each recommendation, "
        "grouped under the core themes of the peer challenge. Progress is reported to Strategy & Resources "
        "Committee every quarter, and the peer team will return for a progress review in 2025.")

    hdr = ["Ref", "Action", "Lead officer", "Target date", "Progress (January 2025)", "RAG"]
    widths = None
    for theme, recs in TAN_SECTIONS:
        doc.add_paragraph(theme, style="Heading 1")
        for rn in recs:
            doc.add_paragraph(f"Recommendation {rn}", style="Heading 2")
            p = doc.add_paragraph()
            run = p.add_run(TAN_R[rn])
            run.italic = True
            t = doc.add_table(rows=1, cols=len(hdr))
            t.style = "Table Grid"
            for c, h in zip(t.rows[0].cells, hdr):
                set_cell(c, h, bold=True, color="FFFFFF")
                shade(c, "1F3864")
            repeat_header(t.rows[0])
            for a in TAN_ACTIONS[rn]:
                cells = t.add_row().cells
                vals = [a["ref"], a["action"], a["lead"], a["end"], a["progress"], a["status"]]
                for c, v in zip(cells, vals):
                    set_cell(c, v)
                fill = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Complete": BLUE}[a["status"]]
                shade(cells[5], fill)
            doc.add_paragraph("")

    doc.add_paragraph(
        "Note: actions arising from the English Devolution White Paper (December 2024) and any proposals "
        "for local government reorganisation in Surrey will be reported separately and are not included in this plan.")

    doc.add_paragraph("RAG key", style="Heading 2")
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    set_cell(t.rows[0].cells[0], "RAG status", bold=True)
    set_cell(t.rows[0].cells[1], "Meaning", bold=True)
    for k, v, f in [("Complete", "Action delivered", BLUE),
                    ("Green", "On track to deliver by the target date", GREEN),
                    ("Amber", "Some slippage or risk to delivery", AMBER),
                    ("Red", "Significant delay – intervention needed", RED)]:
        r = t.add_row().cells
        set_cell(r[0], k, bold=True)
        shade(r[0], f)
        set_cell(r[1], v)
    doc.save(os.path.join(HERE, TAN_FILE))


# ---------------------------------------------------------------------------
# 2. Devon County Council - ASC preparation for assurance peer challenge (xlsx)
# ---------------------------------------------------------------------------

DEV_FILE = "zgk-devon-county-council-asc-preparation-for-assurance-peer-challenge-action-plan.xlsx"
DEV_TITLE = "Devon County Council – LGA Adult Social Care Preparation for Assurance Peer Challenge: Action Plan"
DEV_TH = {
    1: "Theme 1: Working with people",
    2: "Theme 2: Providing support",
    3: "Theme 3: How the local authority ensures safety within the system",
    4: "Theme 4: Leadership",
}
DEV_REC = {
    "a": "Reduce waiting lists for Care Act assessments and reviews, with clear oversight of the risk to people while they wait.",
    "b": "Develop the provider market, particularly home care in rural areas, and reduce reliance on small single-location providers.",
    "c": "Strengthen practice assurance, including case file audit and supervision, so that leaders have a consistent view of practice quality.",
    "d": "Make sure safeguarding enquiries are timely and that Making Safeguarding Personal outcomes are recorded and reported.",
    "e": "Show how transformation and improvement plans are being delivered and what difference they make, with summary reporting to members and partners.",
}
D = dt.datetime
DEV_ROWS = [
    ("theme", 1),
    ("rec", "a", [
        A("1.1", [DEV_TH[1], DEV_REC["a"]],
          "Introduce a single waiting-list dashboard with a weekly risk review of everyone waiting, led by team managers.",
          "Head of Adult Social Care Operations", ["Head of Adult Social Care Operations"],
          D(2023, 12, 31), "2023-12", None, "green", orig=D(2023, 12, 31), rev=None, prev="A",
          fill=GREEN, progress="Dashboard live from November 2023; weekly reviews in place in all locality teams."),
        A("1.2", [DEV_TH[1], DEV_REC["a"]],
          "Run a targeted review programme for people in long-term support who have not had a review for more than 12 months.",
          "Head of Adult Social Care Operations; Principal Social Worker",
          ["Head of Adult Social Care Operations", "Principal Social Worker"],
          D(2024, 6, 30), "2024-06", None, "amber", orig=D(2024, 3, 31), rev=D(2024, 6, 30), prev="A",
          fill=AMBER, progress="2,140 reviews outstanding (down from 3,050 in July). Revised date agreed at Assurance Board in January."),
    ]),
    ("theme", 2),
    ("rec", "b", [
        A("2.1", [DEV_TH[2], DEV_REC["b"]],
          "Complete the re-procurement of the Living Well at Home framework, with geographic zones and incentives for rural rounds.",
          "Deputy Director – Commissioning", ["Deputy Director – Commissioning"],
          D(2024, 4, 30), "2024-04", None, "green", orig=D(2024, 4, 30), rev=None, prev="G",
          fill=GREEN, progress="Tenders evaluated; new contracts start 1 April 2024."),
        A("2.2", [DEV_TH[2], DEV_REC["b"]],
          "Publish an updated Market Position Statement co-produced with providers and the Devon Care Homes Collaborative.",
          "Senior Commissioning Manager", ["Senior Commissioning Manager"],
          D(2023, 11, 30), "2023-11", None, "blue", orig=D(2023, 11, 30), rev=None, prev="G",
          fill=BLUE, progress="Published November 2023."),
    ]),
    ("theme", 3),
    ("rec", "c", [
        A("3.1", [DEV_TH[3], DEV_REC["c"]],
          "Implement the new practice quality assurance framework, with monthly case file audits completed by every team manager.",
          "Principal Social Worker", ["Principal Social Worker"],
          D(2024, 1, 31), "2024-01", None, "green", orig=D(2024, 1, 31), rev=None, prev="A",
          fill=GREEN, progress="Framework launched December 2023; 86% of January audits completed."),
    ]),
    ("rec", "d", [
        A("3.2", [DEV_TH[3], DEV_REC["d"]],
          "Clear the backlog of safeguarding concerns awaiting triage in the Care Direct safeguarding hub.",
          "Head of Safeguarding", ["Head of Safeguarding"],
          D(2024, 3, 31), "2024-03", None, "amber", orig=D(2023, 12, 31), rev=D(2024, 3, 31), prev="R",
          fill=AMBER, progress="Backlog reduced from 410 to 95 concerns. Additional triage capacity funded to March."),
        A("3.3", [DEV_TH[3], DEV_REC["d"]],
          "Add Making Safeguarding Personal outcome fields to the case recording system and report MSP performance quarterly to the Safeguarding Adults Partnership.",
          "Head of Safeguarding / ASC Systems Lead", ["Head of Safeguarding", "ASC Systems Lead"],
          D(2024, 3, 31), "2024-03", None, "green", orig=D(2024, 3, 31), rev=None, prev="G",
          fill=GREEN, progress="System change tested; goes live February 2024."),
    ]),
    ("theme", 4),
    ("rec", "e", [
        A("4.1", [DEV_TH[4], DEV_REC["e"]],
          "Produce a single adult social care improvement and transformation plan, with quarterly highlight reports to the Cabinet Member and the Health and Adult Care Scrutiny Committee.",
          "Director of Integrated Adult Social Care", ["Director of Integrated Adult Social Care"],
          D(2023, 12, 31), "2023-12", None, "blue", orig=D(2023, 12, 31), rev=None, prev="G",
          fill=BLUE, progress="Plan agreed by Leadership Team; first highlight report to Scrutiny on 16 November 2023."),
    ]),
]

thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def build_devon():
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = DEV_TITLE
    cv["A1"].font = Font(bold=True, size=14)
    cv["A2"] = "Integrated Adult Social Care"
    cv["A3"] = "Peer challenge on site: July 2023. Feedback report received September 2023."
    cv["A5"] = "Version control"
    cv["A5"].font = Font(bold=True)
    for j, h in enumerate(["Version", "Date", "Author", "Changes"], 1):
        c = cv.cell(row=6, column=j, value=h)
        c.font = Font(bold=True)
        c.border = BORDER
    for i, row in enumerate([
        ("0.1", D(2023, 9, 15), "ASC Assurance Lead", "First draft following feedback report"),
        ("1.0", D(2023, 10, 10), "ASC Assurance Lead", "Approved by ASC Leadership Team"),
        ("1.3", D(2024, 1, 31), "ASC Assurance Lead", "Quarter 3 progress update"),
    ], 7):
        for j, v in enumerate(row, 1):
            c = cv.cell(row=i, column=j, value=v)
            c.border = BORDER
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    cv["A12"] = "RAG key"
    cv["A12"].font = Font(bold=True)
    for i, (txt, meaning, f) in enumerate([
        ("Blue", "Complete", BLUE),
        ("Green", "On track", GREEN),
        ("Amber", "Some risk to delivery – mitigations in place", AMBER),
        ("Red", "Off track – escalate to ASC Assurance Board", RED),
    ], 13):
        c = cv.cell(row=i, column=1, value=txt)
        c.fill = PatternFill("solid", fgColor=f)
        cv.cell(row=i, column=2, value=meaning)
    cv.column_dimensions["A"].width = 14
    cv.column_dimensions["B"].width = 16
    cv.column_dimensions["C"].width = 22
    cv.column_dimensions["D"].width = 40

    ws = wb.create_sheet("Action Plan")
    ncol = 9
    ws["A1"] = DEV_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A2"] = "Position at 31 January 2024. Current RAG is shown by colour – see key on Cover sheet."
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    hdr = ["Ref", "Peer challenge recommendation", "Action", "Lead", "Original target date",
           "Revised target date", "Previous RAG (Oct 23)", "Current RAG (Jan 24)", "Progress update"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
        c.alignment = WRAP
        c.border = BORDER
    r = 5
    for item in DEV_ROWS:
        if item[0] == "theme":
            c = ws.cell(row=r, column=1, value=DEV_TH[item[1]])
            c.font = Font(bold=True)
            for j in range(1, ncol + 1):
                ws.cell(row=r, column=j).fill = PatternFill("solid", fgColor="D9E1F2")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            r += 1
            continue
        _, key, acts = item
        first = r
        ws.cell(row=r, column=2, value=DEV_REC[key])
        for a in acts:
            vals = [a["ref"], None, a["action"], a["lead"], a["orig"], a["rev"], a["prev"], None, a["progress"]]
            for j, v in enumerate(vals, 1):
                if j == 2:
                    continue
                c = ws.cell(row=r, column=j, value=v)
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=8).fill = PatternFill("solid", fgColor=a["fill"])
            for j in range(1, ncol + 1):
                ws.cell(row=r, column=j).alignment = WRAP
                ws.cell(row=r, column=j).border = BORDER
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Notes: RAG ratings are agreed at the monthly ASC Assurance Board. "
            "Where a revised target date is shown it has been approved by the Director.")
    r += 2
    ws.cell(row=r, column=1, value="Summary (Jan 24)").font = Font(bold=True)
    for k, n, f in [("Complete", 2, BLUE), ("Green", 4, GREEN), ("Amber", 2, AMBER), ("Red", 0, RED)]:
        r += 1
        c = ws.cell(row=r, column=1, value=k)
        c.fill = PatternFill("solid", fgColor=f)
        ws.cell(row=r, column=2, value=n)
    r += 1
    ws.cell(row=r, column=1, value="Total")
    ws.cell(row=r, column=2, value=8)
    for col, w in zip("ABCDEFGHI", [7, 38, 48, 28, 13, 13, 11, 11, 45]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    gl = wb.create_sheet("Glossary")
    for i, (k, v) in enumerate([
        ("Term", "Meaning"),
        ("CQC", "Care Quality Commission"),
        ("DASS", "Director of Adult Social Services"),
        ("MSP", "Making Safeguarding Personal"),
        ("PSW", "Principal Social Worker"),
        ("LWAH", "Living Well at Home (home care framework)"),
    ], 1):
        gl.cell(row=i, column=1, value=k)
        gl.cell(row=i, column=2, value=v)
    wb.active = 1
    wb.save(os.path.join(HERE, DEV_FILE))


# ---------------------------------------------------------------------------
# 3. Bolton Safeguarding Adults Board - LGA peer review action plan (xlsx)
# ---------------------------------------------------------------------------

BOL_FILE = "zgk-bolton-safeguarding-adults-board-lga-peer-review-action-plan.xlsx"
BOL_TITLE = "Bolton Safeguarding Adults Board – LGA Peer Review Action Plan 2024-25"
BOL_P = {
    1: "Priority 1: Board governance and leadership",
    2: "Priority 2: Making Safeguarding Personal and the voice of the person",
    3: "Priority 3: Learning and assurance",
}
BOL_R = {
    1: "The Board should refresh its strategic plan so that priorities are few, measurable and owned by named partners.",
    2: "Strengthen the Board’s scrutiny role, including how partners are held to account for their safeguarding performance.",
    3: "Make sure the experience of people who have been through a safeguarding enquiry informs the Board’s work, including feedback from people with lived experience and their families.",
    4: "Speed up the completion of Safeguarding Adults Reviews and be able to evidence how learning has changed practice.",
}
BOL_ROWS = [
    ("pri", 1),
    ("rec", 1, [
        A("1.1", [BOL_P[1], BOL_R[1]],
          "Hold a Board development session to agree no more than four strategic priorities for 2024-2027.",
          "Independent Chair", ["Independent Chair"],
          "June 2024", "2024-06", "Completed", "blue",
          jul="Development session held 6 June 2024; four priorities agreed.", oct=""),
        A("1.2", [BOL_P[1], BOL_R[1]],
          "Publish the Strategic Plan 2024-27 with an outcomes framework and a named partner lead for each priority.",
          "BSAB Business Manager", ["BSAB Business Manager"],
          D(2024, 9, 30), "2024-09", "Green", "green",
          jul="Draft plan out to partners for comment.", oct="Plan approved at September Board; outcomes framework being finalised."),
    ]),
    ("rec", 2, [
        A("2.1", [BOL_P[1], BOL_R[2]],
          "Introduce a quarterly partner assurance report and a ‘challenge log’ recording the questions put to partners and the responses received.",
          "Independent Chair / BSAB Business Manager", ["Independent Chair", "BSAB Business Manager"],
          "Q3 2024/25", "2024-12", "Green", "green",
          jul="Report template agreed by Executive Group.", oct="First partner reports due at December Board; challenge log in use since September."),
    ]),
    ("pri", 2),
    ("rec", 3, [
        A("3.1", [BOL_P[2], BOL_R[3]],
          "Commission Healthwatch Bolton to gather feedback from people and their families after a Section 42 enquiry.",
          "Head of Safeguarding Adults (Bolton Council)", ["Head of Safeguarding Adults (Bolton Council)"],
          "December 2024", "2024-12", "Amber", "amber",
          jul="Specification agreed with Healthwatch.", oct="Start delayed – contract variation needed. Expected to begin November."),
        A("3.2", [BOL_P[2], BOL_R[3]],
          "Make lived experience a standing item at every Board meeting, with a person’s story or a summary of feedback.",
          "BSAB Business Manager", ["BSAB Business Manager"],
          "Ongoing", None, "Green", "green", end_text="Ongoing",
          jul="Standing item from July Board.", oct="In place; September item presented by a family carer."),
    ]),
    ("pri", 3),
    ("rec", 4, [
        A("4.1", [BOL_P[3], BOL_R[4]],
          "Agree a SAR timescale standard (six months from the decision to commission to the draft report) and report compliance to every SAR Sub-Group meeting.",
          "Chair of SAR Sub-Group", ["Chair of SAR Sub-Group"],
          D(2024, 10, 31), "2024-10", "Amber", "amber",
          jul="", oct="Standard agreed in August; two current reviews are outside the timescale."),
        A("4.2", [BOL_P[3], BOL_R[4]],
          "Carry out a ‘learning into practice’ audit six months after each SAR is published to test whether its recommendations have changed practice.",
          "Chair of Quality & Assurance Sub-Group; Designated Nurse – Adult Safeguarding (NHS GM Bolton)",
          ["Chair of Quality & Assurance Sub-Group", "Designated Nurse – Adult Safeguarding (NHS GM Bolton)"],
          "March 2025", "2025-03", "Not started", "unrated",
          jul="", oct="Audit tool drafted; first audit (Adult G) planned for January 2025."),
    ]),
]


def build_bolton():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ncol = 7
    ws["A1"] = BOL_TITLE
    ws["A1"].font = Font(bold=True, size=14, color="3A1F5D")
    ws.merge_cells("A1:G1")
    ws["A2"] = ("Peer review on site 20-22 February 2024  |  Plan agreed by the Board 18 April 2024  |  "
                "Updated for Board meeting 17 October 2024")
    ws.merge_cells("A2:G2")
    hdr = ["Ref", "What we will do", "Lead(s)", "By when", "Progress – July 2024",
           "Progress – October 2024", "RAG"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="5B2C6F")
        c.alignment = WRAP
        c.border = BORDER
    fills = {"Completed": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    r = 5
    for item in BOL_ROWS:
        if item[0] == "pri":
            c = ws.cell(row=r, column=1, value=BOL_P[item[1]])
            c.font = Font(bold=True, color="FFFFFF")
            for j in range(1, ncol + 1):
                ws.cell(row=r, column=j).fill = PatternFill("solid", fgColor="7D3C98")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            r += 1
            continue
        _, rn, acts = item
        c = ws.cell(row=r, column=1, value=f"Rec {rn}")
        c.font = Font(bold=True)
        c = ws.cell(row=r, column=2, value=BOL_R[rn])
        c.font = Font(italic=True, bold=True)
        c.alignment = WRAP
        for j in range(1, ncol + 1):
            ws.cell(row=r, column=j).fill = PatternFill("solid", fgColor="E8DAEF")
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=ncol)
        ws.row_dimensions[r].height = 30
        r += 1
        for a in acts:
            vals = [a["ref"], a["action"], a["lead"], a["end"], a["jul"], a["oct"], a["status"]]
            for j, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=j, value=(v if v != "" else None))
                c.alignment = WRAP
                c.border = BORDER
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            if a["status"] in fills:
                ws.cell(row=r, column=7).fill = PatternFill("solid", fgColor=fills[a["status"]])
            r += 1
    for col, w in zip("ABCDEFG", [9, 52, 30, 13, 36, 40, 12]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    k = wb.create_sheet("Key")
    k["A1"] = "RAG key"
    k["A1"].font = Font(bold=True)
    for i, (t, m, f) in enumerate([
        ("Completed", "Action complete and evidence provided to the Business Unit", BLUE),
        ("Green", "On track", GREEN),
        ("Amber", "Delayed but recoverable", AMBER),
        ("Red", "Off track – escalate to Executive Group", RED),
        ("Not started", "Not yet due to start", None),
    ], 2):
        c = k.cell(row=i, column=1, value=t)
        if f:
            c.fill = PatternFill("solid", fgColor=f)
        k.cell(row=i, column=2, value=m)
    k["A9"] = "Abbreviations"
    k["A9"].font = Font(bold=True)
    for i, (a_, b_) in enumerate([("BSAB", "Bolton Safeguarding Adults Board"),
                                  ("SAR", "Safeguarding Adults Review"),
                                  ("MSP", "Making Safeguarding Personal"),
                                  ("NHS GM", "NHS Greater Manchester Integrated Care")], 10):
        k.cell(row=i, column=1, value=a_)
        k.cell(row=i, column=2, value=b_)
    k.column_dimensions["A"].width = 14
    k.column_dimensions["B"].width = 60
    wb.save(os.path.join(HERE, BOL_FILE))


# ---------------------------------------------------------------------------
# 4. Bracknell Forest Council - SESLIP children's services peer challenge (xlsx, refuse)
# ---------------------------------------------------------------------------

BRK_FILE = "zgk-bracknell-forest-council-seslip-childrens-services-peer-challenge-action-plan-typo-month-refuse.xlsx"
BRK_TITLE = "Bracknell Forest Council – SESLIP Children’s Services Peer Challenge: Action Plan"
BRK_K = {
    1: "KLOE 1: How well do we understand the quality of practice at the front door?",
    2: "KLOE 2: How effective is our support for care leavers into education, employment and training?",
    3: "KLOE 3: How well do leaders use performance information to drive improvement?",
}
# rows: (kloe, ref, action, owner, deadline, status, comments)
BRK_ROWS = [
    (1, "1.1", "Introduce a monthly multi-agency audit of contacts that did not progress to a referral.",
     "Head of Service – MASH and Assessment", D(2024, 12, 31), "Complete", "First audit completed in December; findings shared with partners."),
    (1, "1.2", "Refresh the threshold document with partners and deliver briefings to schools and health staff.",
     "Bracknell Forest Safeguarding Board Business Manager", D(2025, 3, 31), "On track", "Draft with partners for comment."),
    (1, "1.3", "Add consent and voice-of-the-child prompts to the MASH recording template.",
     "MASH Team Manager", D(2025, 1, 31), "Complete", "Template changed 20/01/2025."),
    (2, "2.1", "Appoint a care leavers’ EET personal adviser with the Virtual School.",
     "Head of Looked After Children and Care Leavers", "Janaury 2025", "Delayed",
     "Recruitment round 1 unsuccessful; re-advertised."),
    (2, "2.2", "Offer ring-fenced council apprenticeships to care leavers and report take-up to the Corporate Parenting Panel.",
     "Head of HR / Head of Looked After Children and Care Leavers", D(2025, 4, 30), "On track", ""),
    (2, "2.3", "Agree a local offer refresh with care leavers through the Children in Care Council.",
     "Participation Lead", D(2025, 6, 30), "On track", "Workshops planned for half term."),
    (3, "3.1", "Develop a monthly performance scorecard for the DCS and Lead Member with exception commentary.",
     "Performance and Business Intelligence Manager", D(2025, 2, 28), "Complete", "In use from February."),
]
BRK_TYPO_ROW = None  # set when built


def build_bracknell():
    global BRK_TYPO_ROW
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = BRK_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Children, Young People and Learning – peer challenge held 12-14 November 2024"
    ws["A3"] = "Owner: Executive Director: People  |  Last updated 14/03/2025"
    hdr = ["Key line of enquiry", "Ref", "Action", "Owner", "Deadline", "Status", "Comments"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="00607A")
        c.border = BORDER
        c.alignment = WRAP
    stfill = {"Complete": BLUE, "On track": GREEN, "Delayed": AMBER}
    r = 6
    start = {}
    for k, ref, act, own, dl, stt, com in BRK_ROWS:
        if k not in start:
            start[k] = r
            ws.cell(row=r, column=1, value=BRK_K[k])
        vals = [None, ref, act, own, dl, stt, com or None]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=j, value=v) if v is not None else ws.cell(row=r, column=j)
            c.alignment = WRAP
            c.border = BORDER
            if isinstance(v, dt.datetime):
                c.number_format = "mmmm yyyy"
        ws.cell(row=r, column=6).fill = PatternFill("solid", fgColor=stfill[stt])
        if isinstance(dl, str):
            BRK_TYPO_ROW = r
        r += 1
    rows_by_k = {}
    rr = 6
    for k, *_ in BRK_ROWS:
        rows_by_k.setdefault(k, []).append(rr)
        rr += 1
    for k, rows in rows_by_k.items():
        if len(rows) > 1:
            ws.merge_cells(start_row=rows[0], start_column=1, end_row=rows[-1], end_column=1)
    r += 1
    ws.cell(row=r, column=1, value="Status key: Complete (blue) – On track (green) – Delayed (amber) – Off track (red)")
    for col, w in zip("ABCDEFG", [34, 6, 50, 32, 15, 11, 40]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, BRK_FILE))


# ---------------------------------------------------------------------------
# 5. Hounslow Youth Justice Service - National Standards (At Court) plan (txt)
# ---------------------------------------------------------------------------

HOU_FILE = "zgk-hounslow-youth-justice-service-national-standards-at-court-improvement-plan.txt"
HOU_TITLE = "Hounslow Youth Justice Service – National Standards 2023 (Standard 2: At Court) Improvement Plan"
HOU_S = "Strategic self-assessment"
HOU_O = "Operational self-assessment"
HOU_AR = {
    1: "Partnership Board members do not receive regular information about children appearing at court, including remands and outcomes by ethnicity.",
    2: "There is no written protocol with Children’s Social Care for children remanded to local authority accommodation.",
    3: "Pre-sentence reports did not consistently reflect the child’s voice or a Child First approach.",
    4: "Information given to the court about children’s diversity needs, including SEND and speech, language and communication needs, was inconsistent.",
    5: "Bail support and remand management packages were not always offered at first appearance.",
}
HOU_ACTIONS = [
    A("S1", [HOU_S, HOU_AR[1]],
      "Add a quarterly court and remand dataset, broken down by ethnicity, to the Partnership Board performance report.",
      "Head of Youth Justice Service", ["Head of Youth Justice Service"],
      "Mar-24", "2024-03", "Green", "green", area=1,
      update="First dataset presented to the Board on 22/02/2024."),
    A("S2", [HOU_S, HOU_AR[1]],
      "Agree with HMCTS a named court liaison contact for the Board and invite them to attend twice a year.",
      "Head of Youth Justice Service & Chair of Partnership Board",
      ["Head of Youth Justice Service", "Chair of Partnership Board"],
      "30/04/2024", "2024-04", "Amber", "amber", area=None,
      update="HMCTS contact identified; attendance not yet confirmed."),
    A("S3", [HOU_S, HOU_AR[2]],
      "Agree a joint remand protocol with Children’s Social Care covering PACE transfers, remand to local authority accommodation and bail support.",
      "RB/AK", ["RB", "AK"],
      "Q1 2024/25", "2024-06", "Amber", "amber", area=2,
      update="Draft protocol with Legal Services for comment."),
    A("O1", [HOU_O, HOU_AR[3]],
      "Deliver pre-sentence report quality training for all case managers and introduce a PSR gatekeeping checklist.",
      "Operational Manager (Court & Interventions)", ["Operational Manager (Court & Interventions)"],
      "31/01/2024", "2024-01", "Complete", "blue", area=3,
      update="Training delivered 12/12/2023 and 16/01/2024. Checklist in use from January."),
    A("O2", [HOU_O, HOU_AR[3]],
      "Audit ten PSRs each quarter against the checklist and report the findings to the YJS Management Team.",
      "Practice Development Lead", ["Practice Development Lead"],
      "Ongoing", None, "Green", "green", end_text="Ongoing", area=None,
      update="Q4 audit: 8 of 10 PSRs rated good or better."),
    A("O3", [HOU_O, HOU_AR[4]],
      "Add a SEND and SLCN section to the court information sheet and confirm EHCP status with the SEND team before every first hearing.",
      "Court Team Manager", ["Court Team Manager"],
      "June 2024", "2024-06", "Not started", "unrated", area=4,
      update="Depends on SEND team capacity to confirm EHCP status within 24 hours –",
      cont="to be discussed at the SEND Partnership Board in April 2024."),
    A("O4", [HOU_O, HOU_AR[5]],
      "Introduce a bail support and ISS offer template for case managers to use at first appearance.",
      "Court Team Manager / Senior Practitioner (Bail & Remand)",
      ["Court Team Manager", "Senior Practitioner (Bail & Remand)"],
      "May-24", "2024-05", "Green", "green", area=5,
      update="Template drafted and shared with the Legal Advisers at Feltham Magistrates’ Court."),
]


def build_hounslow():
    lines = [
        HOU_TITLE,
        "Self-assessment submitted to the YJB 27/10/2023. Plan monitored by the Youth Justice Partnership Board. Last updated 05/03/2024",
        "",
        "\t".join(["Ref", "Area for improvement (from self-assessment)", "Action", "Lead", "Target date", "RAG", "Update"]),
    ]
    section = None
    for a in HOU_ACTIONS:
        sec = a["under"][0]
        if sec != section:
            lines.append(sec)
            section = sec
        area = HOU_AR[a["area"]] if a["area"] else ""
        lines.append("\t".join([a["ref"], area, a["action"], a["lead"], a["end"], a["status"], a["update"]]))
        if a.get("cont"):
            lines.append("\t" * 6 + a["cont"])
    lines += [
        "",
        "RAG key: Complete = action finished; Green = on track; Amber = at risk; Red = overdue; Not started = not yet due to start",
    ]
    with open(os.path.join(HERE, HOU_FILE), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------------------
# 6. Cyngor Gwynedd - internal audit EQA improvement plan (csv)
# ---------------------------------------------------------------------------

GWY_FILE = "zgk-gwynedd-council-internal-audit-eqa-improvement-plan.csv"
GWY_TITLE = "Cyngor Gwynedd – Internal Audit External Quality Assessment: Improvement Plan"
GWY_S1 = "Attribute Standards"
GWY_S2 = "Performance Standards"
GWY_S3 = "Global Internal Audit Standards (UK Public Sector) – readiness"
GWY_ACTIONS = [
    A("1", [GWY_S1, "The Internal Audit Charter should be reviewed and re-approved by the Governance and Audit Committee, including the safeguards for independence where the Audit Manager has other responsibilities."],
      "Revise the Internal Audit Charter and present it to the Governance and Audit Committee for approval.",
      "Audit Manager", ["Audit Manager"], "31/03/2025", "2025-03", "G", "green",
      comment="Draft charter prepared for the March Committee."),
    A("2", [GWY_S1, "Declarations of interest should be completed annually by all auditors and kept on file."],
      "Introduce an annual declaration of interests and Code of Ethics sign-off for all staff in the Audit Unit.",
      "Audit Manager", ["Audit Manager"], "30/11/2024", "2024-11", "B", "blue",
      comment="All declarations completed November 2024."),
    A("3", [GWY_S1, "A training needs analysis should be completed for the team and linked to a competency framework."],
      "Complete a skills and training needs analysis and agree individual CPD plans through the performance appraisal process.",
      "Audit Manager / Principal Auditor", ["Audit Manager", "Principal Auditor"], "Q1 2025/26", "2025-06", "A", "amber",
      comment="Delayed by a vacancy in the team; revised timescale agreed with the Head of Finance."),
    A("4", [GWY_S2, "The risk-based audit plan should show more clearly how it links to the corporate risk register and the council's assurance framework."],
      "Map the 2025/26 audit plan to the corporate risks and include an assurance map in the annual plan report.",
      "Audit Manager", ["Audit Manager"], "April 2025", "2025-04", "G", "green",
      comment=""),
    A("5", [GWY_S2, "Review of working papers should be evidenced consistently before reports are issued."],
      "Add a mandatory reviewer sign-off step in the audit management software and check compliance each quarter.",
      "Principal Auditor", ["Principal Auditor"], "31/12/2024", "2024-12", "B", "blue",
      comment="Implemented from December 2024."),
    A("6", [GWY_S2, "Follow-up of agreed actions should be reported to the Committee with an ageing analysis of overdue actions."],
      "Include an ageing analysis of overdue actions in each quarterly progress report to the Committee.",
      "Audit Manager", ["Audit Manager"], "May-25", "2025-05", "G", "green",
      comment="Format agreed with the Chair."),
    A("7", [GWY_S3, "Prepare for the Global Internal Audit Standards in the UK Public Sector, which apply from 1 April 2025."],
      "Complete a gap analysis against the new Standards and update the Internal Audit Strategy and the QAIP.",
      "Audit Manager", ["Audit Manager"], "Sept 2025", "2025-09", "A", "amber",
      comment="Gap analysis 60% complete."),
    A("8", [GWY_S3, "Agree how the Committee and senior management will meet the essential conditions set out in the new Standards."],
      "Report the essential conditions to the Governance and Audit Committee and agree how the Committee and the Chief Executive will meet them.",
      "Head of Finance Department (s151) & Audit Manager", ["Head of Finance Department (s151)", "Audit Manager"],
      "Q2 2025/26", "2025-09", "", "unrated",
      comment="Not yet started – follows action 7."),
]


def build_gwynedd():
    rows = [
        [GWY_TITLE, "", "", "", "", "", ""],
        ["EQA by peer review (Welsh Chief Auditors Group), October 2024. Overall opinion: the service generally conforms with the PSIAS. Presented to the Governance and Audit Committee 13/02/2025.", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["No.", "Recommendation (EQA report)", "Agreed action", "Responsible officer", "Target date", "RAG", "Comment"],
    ]
    section = None
    for a in GWY_ACTIONS:
        if a["under"][0] != section:
            section = a["under"][0]
            rows.append([section, "", "", "", "", "", ""])
        rows.append([a["ref"], a["under"][1], a["action"], a["lead"], a["end"], a["status"], a["comment"]])
    rows.append(["", "", "", "", "", "", ""])
    rows.append(["Key: B = implemented; G = on track; A = some risk to the target date; R = overdue", "", "", "", "", "", ""])
    with open(os.path.join(HERE, GWY_FILE), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 7. Conwy CBC - Shared Lives Scheme CIW inspection improvement plan (docx)
# ---------------------------------------------------------------------------

CON_FILE = "zgk-conwy-cbc-shared-lives-scheme-ciw-inspection-improvement-plan.docx"
CON_TITLE = "Conwy County Borough Council – Shared Lives Scheme: CIW Inspection Improvement Plan"
CON_T = {1: "Well-being", 2: "Care and Support", 3: "Leadership and Management"}
CON_AR = {
    1: "People’s personal plans should record the outcomes they want in their own words and be reviewed with them at least every three months.",
    2: "Regulation 21 (Standards of care and support): medication support arrangements must be recorded for each person, and shared lives carers must be assessed as competent to support people with their medication.",
    3: "Regulation 36 (Supervision and appraisal): shared lives carers must receive regular support and supervision, and their approval must be reviewed every year.",
    4: "Regulation 80 (Quality of care review): the responsible individual should complete the six-monthly quality of care review and share the report with people, carers and staff.",
}
# colour in the RAG cell; key: Green = completed, Amber = in progress, Red = overdue
CON_ACTIONS = [
    A("1", [CON_T[1], CON_AR[1]],
      "Revise the personal plan template to include a ‘What matters to me’ section completed with the person.",
      "Shared Lives Scheme Manager", ["Shared Lives Scheme Manager"],
      "January 2025", "2025-01", GREEN, "blue", theme=1, area=1,
      progress="New template in use from 13 January 2025."),
    A("2", [CON_T[1], CON_AR[1]],
      "Audit all personal plans to check that reviews have taken place within three months and that the person’s views are recorded.",
      "Senior Practitioner – Shared Lives", ["Senior Practitioner – Shared Lives"],
      "Quarterly", None, AMBER, "amber", end_text="Quarterly", theme=1, area=1,
      progress="First audit (March 2025): 27 of 31 plans reviewed on time."),
    A("3", [CON_T[2], CON_AR[2]],
      "Complete medication competency assessments for all 34 approved shared lives carers.",
      "Senior Practitioner – Shared Lives", ["Senior Practitioner – Shared Lives"],
      "By 31 March 2025", "2025-03", GREEN, "blue", theme=2, area=2,
      progress="All 34 assessments completed and recorded on WCCIS."),
    A("4", [CON_T[2], CON_AR[2]],
      "Add a medication support plan to each person’s personal plan, agreed with the person and their carer.",
      "Shared Lives Scheme Manager", ["Shared Lives Scheme Manager"],
      "End of February 2025", "2025-02", GREEN, "blue", theme=2, area=2,
      progress="Completed for all people who need support with medication."),
    A("5", [CON_T[2], CON_AR[2]],
      "Check medication records at every six-monthly carer monitoring visit.",
      "Shared Lives Workers", ["Shared Lives Workers"],
      "April 2025", "2025-04", AMBER, "amber", theme=2, area=2,
      progress="Monitoring visit form updated; visits under way."),
    A("6", [CON_T[3], CON_AR[3]],
      "Schedule and record supervision for every carer household at least quarterly, using the new supervision record.",
      "Team Manager / Senior Practitioner – Shared Lives", ["Team Manager", "Senior Practitioner – Shared Lives"],
      "March 2025", "2025-03", RED, "red", theme=3, area=3,
      progress="Nine households without recorded supervision this quarter owing to staff absence."),
    A("7", [CON_T[3], CON_AR[3]],
      "Complete the overdue annual reviews of carer approval and present them to the Shared Lives Panel.",
      "Shared Lives Scheme Manager", ["Shared Lives Scheme Manager"],
      "June 2025", "2025-06", AMBER, "amber", theme=3, area=3,
      progress="Five of eight overdue reviews presented to Panel in April."),
    A("8", [CON_T[3], CON_AR[4]],
      "Complete the quality of care review for October 2024 – March 2025 and publish an easy-read summary.",
      "Responsible Individual", ["Responsible Individual"],
      "May 2025", "2025-05", GREEN, "blue", theme=3, area=4,
      progress="Review completed; easy-read summary sent to people and carers on 30 April 2025."),
]


def build_conwy():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph(CON_TITLE, style="Title")
    p = doc.add_paragraph("Cyngor Bwrdeistref Sirol Conwy – Cynllun Cysylltu Bywydau: Cynllun Gwella yn dilyn arolygiad AGC")
    p.runs[0].italic = True

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Service", "Conwy Shared Lives Scheme (adult placement service)"),
                 ("Responsible Individual", "Head of Adult Social Care"),
                 ("Inspection dates", "19 and 20 November 2024"),
                 ("Report published", "23 January 2025"),
                 ("Plan last updated", "2 May 2025")]:
        r = t.add_row().cells
        set_cell(r[0], k, bold=True)
        shade(r[0], "E2EFD9")
        set_cell(r[1], v)

    doc.add_paragraph("")
    doc.add_paragraph(
        "Care Inspectorate Wales (CIW) inspected the scheme in November 2024. No priority action notices were issued. "
        "The inspection identified three areas for improvement and one further recommendation, which are set out below "
        "under the CIW themes with the action we are taking on each.")

    hdr = ["No.", "Area for improvement / recommendation", "Action", "Responsible person", "Timescale",
           "Progress", "RAG"]
    t = doc.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, hdr):
        set_cell(c, h, bold=True, color="FFFFFF")
        shade(c, "385623")
    repeat_header(t.rows[0])
    theme = None
    area_start = {}
    for a in CON_ACTIONS:
        if a["theme"] != theme:
            theme = a["theme"]
            row = t.add_row()
            merged = row.cells[0].merge(row.cells[-1])
            set_cell(merged, CON_T[theme], bold=True)
            shade(merged, "C5E0B3")
        row = t.add_row()
        cells = row.cells
        set_cell(cells[0], a["ref"])
        set_cell(cells[2], a["action"])
        set_cell(cells[3], a["lead"])
        set_cell(cells[4], a["end"])
        set_cell(cells[5], a["progress"])
        set_cell(cells[6], "")
        shade(cells[6], a["status"])
        if a["area"] not in area_start:
            area_start[a["area"]] = cells[1]
            set_cell(cells[1], CON_AR[a["area"]])
        else:
            top = area_start[a["area"]]
            top.merge(cells[1])
    doc.add_paragraph("")
    doc.add_paragraph("RAG key: Green = action completed; Amber = in progress; Red = overdue or not progressing")
    doc.add_paragraph("Progress on this plan is reported to the Social Care and Health Overview and Scrutiny Committee "
                      "and shared with CIW at the quarterly engagement meeting.")
    doc.save(os.path.join(HERE, CON_FILE))


CASES = [
    (TAN_FILE, build_tandridge),
    (DEV_FILE, build_devon),
    (BOL_FILE, build_bolton),
    (BRK_FILE, build_bracknell),
    (HOU_FILE, build_hounslow),
    (GWY_FILE, build_gwynedd),
    (CON_FILE, build_conwy),
]

if __name__ == "__main__":
    for name, fn in CASES:
        fn()
        print("wrote", name)
    print("typo row in Bracknell sheet:", BRK_TYPO_ROW)
