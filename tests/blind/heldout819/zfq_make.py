"""Build the seven zfq- blind test files (set heldout819).

Run with /work/main/.venv/bin/python zfq_make.py ; files are written beside this script.
Each data structure below holds the text exactly as it appears in the file.
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
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))

D = dt.datetime

FILL_HEX = {
    "blue": "5B9BD5",
    "green": "70AD47",
    "amber": "FFC000",
    "red": "FF0000",
    "grey": "D9D9D9",
    "navy": "1F3864",
    "pale": "DEEAF6",
    "band": "BFBFBF",
}


def xfill(name):
    h = FILL_HEX[name]
    return PatternFill(fill_type="solid", start_color=h, end_color=h)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def shade(cell, name):
    """Shade a python-docx table cell."""
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), FILL_HEX[name])
    tcPr.append(shd)


def set_cell(cell, text, bold=False, italic=False, size=None, color=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)


# ---------------------------------------------------------------------------
# 1. Chelmsford City Council - LGA Corporate Peer Challenge action plan (xlsx)
# ---------------------------------------------------------------------------
CHELMSFORD_TITLE = "Chelmsford City Council – LGA Corporate Peer Challenge Action Plan"

# (theme, recommendation, [actions]) ; action = (ref, text, lead, portfolio, target, progress, status)
CHELMSFORD = [
    ("Organisational and place leadership",
     "1. Develop a clear, shared narrative for how the council will prepare for Local Government "
     "Reorganisation in Essex, protecting delivery of Our Chelmsford, Our Plan priorities during the transition.",
     [
         ("1.1", "Establish an LGR Programme Board chaired by the Chief Executive, with a dedicated programme "
                 "manager and agreed terms of reference.",
          "Chief Executive", "Leader", D(2025, 4, 30),
          "Programme Board established April 2025 and meeting fortnightly. Programme manager appointed on a "
          "fixed-term basis.", "Complete"),
         ("1.2", "Agree a set of ‘protected priorities’ from Our Chelmsford, Our Plan to be maintained through "
                 "reorganisation, and report delivery against them quarterly to Cabinet.",
          "Director of Connected Chelmsford", "Leader", "Dec 2025",
          "Draft protected priorities discussed at the Cabinet away day in September. Quarterly reporting "
          "format agreed.", "On track"),
         ("1.3", "Produce an internal and external communications plan for LGR, including regular staff "
                 "briefings and member sessions.",
          "Communications Manager", "Leader", D(2025, 6, 30),
          "Staff briefings held monthly since May. Member sessions held in June and September.", "Complete"),
     ]),
    ("Financial planning and management",
     "2. Refresh the Medium Term Financial Strategy to set out how the projected budget gap from 2026/27 "
     "will be closed, and link savings proposals clearly to the council’s priorities.",
     [
         ("2.1", "Present a refreshed MTFS to Cabinet setting out the scale of the gap and the options to close it.",
          "Director of Financial Services", "Fairer Chelmsford", D(2025, 7, 31),
          "MTFS refresh reported to Cabinet on 22 July 2025.", "Complete"),
         ("2.2", "Develop a savings and income programme for 2026/27 to 2028/29, with a business case for "
                 "each proposal.",
          "Chief Executive / Director of Financial Services", "Fairer Chelmsford", "31/01/2026",
          "Savings workshops held with all service areas. Some proposals depend on the decision on the "
          "future waste collection model, which has slipped to November.", "At risk"),
     ]),
    ("Capacity for improvement",
     "3. Build capacity in the senior leadership team and improve succession planning for key roles.",
     [
         ("3.1", "Complete a review of senior management capacity and structure, taking account of the LGR "
                 "workload.",
          "Chief Executive", "Leader", "Q3 2025/26",
          "Review started in September 2025 with external support.", "On track"),
         ("3.2", "Introduce a succession plan for business-critical roles and a development programme for "
                 "aspiring managers.",
          "People Services Manager", "Leader", D(2026, 3, 31),
          "Business-critical roles identified. Programme design not yet started, pending the outcome of "
          "the capacity review.", "Not started"),
     ]),
    ("Governance and culture",
     "4. Strengthen the role of scrutiny so that it adds more value to policy development and holds the "
     "executive to account on performance.",
     [
         ("4.1", "Agree a revised scrutiny work programme focused on fewer, higher-value topics, with input "
                 "from Cabinet and the Management Team.",
          "Legal and Democratic Services Manager", "Leader", "September 2025",
          "Work programme agreed by Overview and Scrutiny Committee in July 2025.", "Complete"),
         ("4.2", "Provide training for scrutiny members on questioning skills and the use of performance "
                 "data, delivered with the Centre for Governance and Scrutiny.",
          "Legal and Democratic Services Manager", "Leader", D(2025, 11, 30),
          "Session booked with CfGS for 12 November 2025.", "On track"),
     ]),
    ("Local priorities and outcomes",
     "5. Make better use of data and insight to understand the needs of Chelmsford’s growing and changing "
     "communities.",
     [
         ("5.1", "Create a single corporate performance and insight dashboard available to all members.",
          "Director of Connected Chelmsford", "Connected Chelmsford", D(2026, 3, 31),
          "Dashboard prototype built in Power BI. Data quality issues in housing data are delaying roll-out.",
          "At risk"),
         ("5.2", "Use Census 2021 and local survey data to refresh ward profiles and publish them on the "
                 "council’s website.",
          "Policy and Performance Manager", "Connected Chelmsford", "Ongoing",
          "Ward profiles for 12 wards published; the remainder are being added as they are completed.",
          "On track"),
     ]),
]

CHELMSFORD_STATUS_FILL = {"Complete": "blue", "On track": "green", "At risk": "amber", "Off track": "red"}


def make_chelmsford(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = CHELMSFORD_TITLE
    ws["A1"].font = Font(bold=True, size=16, color="1F3864")
    ws["A2"] = "Peer challenge on site: 3–6 December 2024  |  Feedback report published: February 2025"
    ws["A3"] = "Progress position as at 30 September 2025"
    ws["A3"].font = Font(italic=True)
    ws["A5"] = "Document control"
    ws["A5"].font = Font(bold=True, size=12)
    dc = [("Owner", "Chief Executive"),
          ("Prepared by", "Policy and Performance Team"),
          ("Version", "v1.3"),
          ("Last updated", "03/10/2025"),
          ("Approved", "Cabinet, 11 March 2025"),
          ("Reported to", "Overview and Scrutiny Committee – 17 November 2025")]
    for i, (k, v) in enumerate(dc):
        r = 6 + i
        ws.cell(r, 1, k).font = Font(bold=True)
        ws.cell(r, 2, v)
        for c in (1, 2):
            ws.cell(r, c).border = BOX
    ws["A13"] = "Status key"
    ws["A13"].font = Font(bold=True, size=12)
    key = [("Complete", "Action delivered and evidence of impact recorded", "blue"),
           ("On track", "Progressing to plan and expected to meet the target date", "green"),
           ("At risk", "Some slippage; may not meet the target date without intervention", "amber"),
           ("Off track", "Target date missed or significant barriers to delivery", "red"),
           ("Not started", "Action not yet due to start", None)]
    for i, (k, v, f) in enumerate(key):
        r = 14 + i
        ws.cell(r, 1, k).font = Font(bold=True)
        ws.cell(r, 2, v)
        if f:
            ws.cell(r, 1).fill = xfill(f)
        for c in (1, 2):
            ws.cell(r, c).border = BOX
    ws["A20"] = "Summary of progress"
    ws["A20"].font = Font(bold=True, size=12)
    ws.cell(21, 1, "Status").font = Font(bold=True)
    ws.cell(21, 2, "Number of actions").font = Font(bold=True)
    counts = {}
    for _, _, acts in CHELMSFORD:
        for a in acts:
            counts[a[6]] = counts.get(a[6], 0) + 1
    rows = ["Complete", "On track", "At risk", "Off track", "Not started"]
    for i, k in enumerate(rows):
        ws.cell(22 + i, 1, k)
        ws.cell(22 + i, 2, counts.get(k, 0))
    ws.cell(27, 1, "Total").font = Font(bold=True)
    ws.cell(27, 2, "=SUM(B22:B26)").font = Font(bold=True)
    for r in range(21, 28):
        for c in (1, 2):
            ws.cell(r, c).border = BOX
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 70

    ap = wb.create_sheet("Action Plan")
    ap["A1"] = CHELMSFORD_TITLE
    ap["A1"].font = Font(bold=True, size=14, color="1F3864")
    ap.merge_cells("A1:I1")
    ap["A2"] = "Progress update – September 2025"
    ap["A2"].font = Font(italic=True)
    hdr = ["CPC theme", "Peer team recommendation", "Ref", "Action", "Lead officer", "Cabinet portfolio",
           "Target date", "Progress update – September 2025", "Status"]
    for c, h in enumerate(hdr, 1):
        cell = ap.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = xfill("navy")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX
    r = 5
    for theme, rec, acts in CHELMSFORD:
        first = r
        for ref, text, lead, port, target, prog, status in acts:
            ap.cell(r, 3, ref)
            ap.cell(r, 4, text)
            ap.cell(r, 5, lead)
            ap.cell(r, 6, port)
            tc = ap.cell(r, 7, target)
            if isinstance(target, dt.datetime):
                tc.number_format = "mmm-yy"
            ap.cell(r, 8, prog)
            sc = ap.cell(r, 9, status)
            if status in CHELMSFORD_STATUS_FILL:
                sc.fill = xfill(CHELMSFORD_STATUS_FILL[status])
            sc.font = Font(bold=True)
            for c in range(1, 10):
                ap.cell(r, c).alignment = WRAP
                ap.cell(r, c).border = BOX
            r += 1
        ap.cell(first, 1, theme).font = Font(bold=True)
        ap.cell(first, 2, rec)
        if r - 1 > first:
            ap.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
            ap.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        ap.cell(first, 1).alignment = WRAP
        ap.cell(first, 2).alignment = WRAP
    r += 1
    ap.cell(r, 1, "Note: the action plan was approved by Cabinet on 11 March 2025. Updates are provided by lead "
                  "officers and collated by the Policy and Performance Team. Recommendations 6 to 9 of the "
                  "feedback report are being taken forward through the Chelmsford Partnership Plan and are "
                  "reported separately.").font = Font(italic=True)
    widths = [20, 45, 7, 50, 24, 18, 12, 50, 12]
    for i, w in enumerate(widths, 1):
        ap.column_dimensions[get_column_letter(i)].width = w
    ap.freeze_panes = "A5"
    wb.active = 0
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Torfaen CBC - Panel Performance Assessment response and action plan (docx)
# ---------------------------------------------------------------------------
TORFAEN_TITLE = ("Torfaen County Borough Council – Panel Performance Assessment: "
                 "Council Response and Action Plan")

# (heading, recommendation text, response, [actions]); action = (ref, text, lead, timescale, progress, rag)
TORFAEN = [
    ("Recommendation 1: Strategic direction and the County Plan",
     "Refresh the County Plan delivery framework so that there is a clearer line of sight from the "
     "Council’s well-being objectives to service plans, budgets and individual objectives.",
     "Council response: Accepted.",
     [
         ("R1.1", "Review the County Plan well-being objectives and agree a smaller number of priority "
                  "outcomes for the remainder of the Council term.",
          "Chief Executive", "December 2025",
          "Member workshops held in September and October 2025. Report to Cabinet scheduled for "
          "2 December.", "Green"),
         ("R1.2", "Introduce a single service planning template that links each service’s actions to the "
                  "well-being objectives, the Medium Term Financial Plan and workforce plans.",
          "Strategic Performance Manager", "March 2026",
          "Template drafted and piloted with three services.", "Green"),
     ]),
    ("Recommendation 2: Financial sustainability",
     "Develop a longer-term approach to financial planning, with a transformation programme that identifies "
     "savings and income beyond the current Medium Term Financial Plan period.",
     "Council response: Accepted.",
     [
         ("R2.1", "Extend the Medium Term Financial Plan to a five-year horizon and report scenarios to "
                  "Cabinet alongside the 2026/27 budget.",
          "Chief Finance Officer (Section 151 Officer)", "February 2026",
          "Five-year model built; scenarios being tested with the Corporate Leadership Team.", "Green"),
         ("R2.2", "Establish a Transformation Board with a programme of projects and a benefits realisation "
                  "framework.",
          "Chief Executive / Chief Finance Officer (Section 151 Officer)", "September 2025",
          "Board established and first tranche of six projects approved. Benefits framework still in "
          "development.", "Amber"),
     ]),
    ("Recommendation 3: Performance management and self-assessment",
     "Strengthen the use of performance information so that members and senior leaders have a timely and "
     "rounded view of performance, including resident feedback and benchmarking.",
     "Council response: Accepted.",
     [
         ("R3.1", "Develop a quarterly performance dashboard for Cabinet and scrutiny, bringing together "
                  "performance indicators, complaints, risk and finance.",
          "Strategic Performance Manager", "Q3 2025/26",
          "First version presented to the Overview and Scrutiny Committee in October.", "Green"),
         ("R3.2", "Use Data Cymru benchmarking in the annual self-assessment and include the views of "
                  "residents from the Torfaen residents’ survey.",
          "Strategic Performance Manager", "July 2025",
          "Included in the 2024/25 self-assessment approved by Council in July 2025.", "Blue"),
     ]),
    ("Recommendation 4: Workforce",
     "Address recruitment and retention challenges in hard-to-fill roles, and develop a workforce strategy "
     "that supports the Council’s transformation ambitions.",
     "Council response: Accepted.",
     [
         ("R4.1", "Publish a workforce strategy for 2025–2030 with an annual delivery plan.",
          "Head of Human Resources", "October 2025",
          "Draft strategy consulted on with trade unions; publication moved to January 2026 to align with "
          "the budget.", "Amber"),
         ("R4.2", "Review the approach to market supplements and career pathways for social work, planning "
                  "and legal roles.",
          "Head of Human Resources and Head of Legal Services", "Ongoing",
          "Social work career pathway introduced in April 2025. Planning and legal reviews to follow.",
          "Green"),
     ]),
    ("Recommendation 5: Partnership working and the Public Services Board",
     "Work with partners through the Gwent Public Services Board to make clearer the Council’s place-shaping "
     "role in Torfaen and the outcomes it expects from partnership working.",
     "Council response: Accepted in part. The Council will take this forward through the existing Torfaen "
     "local delivery group rather than a new partnership structure.",
     [
         ("R5.1", "Agree with Gwent PSB partners a set of Torfaen-specific local delivery priorities and report "
                  "progress to the Council’s scrutiny committee annually.",
          "Chief Executive", "By 31 March 2026",
          "Discussed at the Torfaen local delivery group in September.", "Green"),
         ("R5.2", "Hold a partnership summit with town and community councils, the third sector and local "
                  "businesses.",
          "Head of Stronger Communities", "June 2025",
          "Summit held at Cwmbran Stadium on 19 June 2025 with 80 attendees.", "Blue"),
     ]),
]

TORFAEN_FILL = {"Blue": "blue", "Green": "green", "Amber": "amber", "Red": "red"}


def make_torfaen(path):
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(TORFAEN_TITLE, level=0)
    p = doc.add_paragraph()
    r = p.add_run("Cyngor Bwrdeistref Sirol Torfaen – Asesiad Perfformiad Panel: Ymateb y Cyngor a "
                  "Chynllun Gweithredu")
    r.italic = True
    doc.add_paragraph("Document control").runs[0].bold = True
    dc = doc.add_table(rows=1, cols=4)
    dc.style = "Table Grid"
    for c, h in enumerate(["Version", "Date", "Author", "Change"]):
        set_cell(dc.rows[0].cells[c], h, bold=True)
        shade(dc.rows[0].cells[c], "grey")
    for row in [("0.1", "12/05/2025", "Strategic Performance Team", "First draft for Corporate Leadership Team"),
                ("0.3", "18/06/2025", "Strategic Performance Team",
                 "Changes following Governance and Audit Committee, 11 June 2025"),
                ("1.0", "15/07/2025", "Strategic Performance Team", "Approved by Council"),
                ("1.1", "06/11/2025", "Strategic Performance Team", "Quarter 2 progress update")]:
        cells = dc.add_row().cells
        for c, v in enumerate(row):
            set_cell(cells[c], v)

    doc.add_heading("Introduction", level=1)
    doc.add_paragraph(
        "The Local Government and Elections (Wales) Act 2021 requires the Council to arrange a Panel "
        "Performance Assessment once in each electoral cycle and to respond to the Panel’s report. The Panel "
        "visited the Council between 3 and 6 February 2025 and made five recommendations. This document sets "
        "out the Council’s response to each recommendation, the actions it intends to take and the progress "
        "made to the end of Quarter 2 2025/26.")
    doc.add_paragraph("Progress is reported using the following status key:")
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for word, meaning in [("Blue", "Complete"), ("Green", "On track"),
                          ("Amber", "Some slippage – corrective action in place"), ("Red", "Off track")]:
        cells = key.add_row().cells
        set_cell(cells[0], word, bold=True)
        shade(cells[0], TORFAEN_FILL[word])
        set_cell(cells[1], meaning)

    for heading, rec, response, acts in TORFAEN:
        doc.add_heading(heading, level=1)
        p = doc.add_paragraph()
        p.add_run(rec).italic = True
        doc.add_paragraph(response)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in enumerate(["Ref", "Action", "Lead officer", "Timescale", "Progress at Q2 2025/26", "RAG"]):
            set_cell(t.rows[0].cells[c], h, bold=True)
            shade(t.rows[0].cells[c], "pale")
        for ref, text, lead, when, prog, rag in acts:
            cells = t.add_row().cells
            for c, v in enumerate([ref, text, lead, when, prog, rag]):
                set_cell(cells[c], v, bold=(c == 5))
            shade(cells[5], TORFAEN_FILL[rag])
        doc.add_paragraph()

    doc.add_heading("Governance and Audit Committee recommendations", level=1)
    doc.add_paragraph(
        "The Governance and Audit Committee reviewed the draft response on 11 June 2025 and recommended that "
        "progress against this plan is reported to it twice a year. The Council has accepted this "
        "recommendation.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 3. Wirral Youth Justice Service - National Standards (At Court) improvement plan (csv)
# ---------------------------------------------------------------------------
WIRRAL_TITLE = ("Wirral Youth Justice Service - National Standards Self-Assessment 2023 "
                "(Standard 2: At Court) - Improvement Plan")
WIRRAL_HEADER = ["Ref", "Area", "Self-assessment finding", "Improvement action", "Owner", "Target date",
                 "Revised target date", "RAG", "Progress update"]
WIRRAL_ROWS = [
    ["S2.1", "Strategic: Governance and partnership",
     "The management board does not routinely receive data on outcomes for children at court, including "
     "remands and disparity by ethnicity.",
     "Add a quarterly court and remand data report to the management board agenda, including outcomes by "
     "ethnicity, gender and care status.",
     "YJS Head of Service", "31/03/2024", "", "B", "Standing agenda item since April 2024."],
    ["S2.2", "",
     "There is no current protocol with HMCTS and the youth bench.",
     "Refresh the youth court protocol with HMCTS, the youth bench and CPS:\n"
     "- agree arrangements for stand down reports\n"
     "- agree timescales for pre-sentence reports\n"
     "- agree how the YJS is told about listings for children in the adult court",
     "Court Team Manager", "30/06/2024", "31/12/2024", "A",
     "Draft protocol shared with the bench chair in November. Awaiting comments from HMCTS; sign-off now "
     "expected at the April Youth Court User Group."],
    ["S2.3", "", "",
     "Re-establish a Youth Court User Group meeting quarterly, with terms of reference.",
     "Court Team Manager", "30/06/2024", "", "B", "Meeting quarterly since May 2024."],
    ["O2.1", "Operational: Pre-sentence reports",
     "Pre-sentence reports did not consistently reflect the child's voice, their diversity needs or Child "
     "First principles.",
     "Revise the PSR template and quality assurance tool to include the child's views, diversity and identity, "
     "and a Child First proposal.",
     "Operations Manager (Court & Remand)", "30/04/2024", "", "B", "New template in use from May 2024."],
    ["O2.2", "", "",
     "Deliver PSR writing training to all case managers, with a focus on Child First and adultification bias.",
     "KM / JD", "30/09/2024", "31/03/2025", "G",
     "Two of three sessions delivered; final session booked for 20 March."],
    ["O2.3", "Operational: Bail and remand",
     "Not all children remanded to youth detention accommodation had a remand plan that was reviewed at each "
     "hearing.",
     "Introduce a remand review checklist for every hearing and a weekly remand tracker reviewed by the "
     "Operations Manager.",
     "Operations Manager (Court & Remand)", "31/05/2024", "", "G",
     "Tracker in place. Audit in January 2025 found the checklist used in 8 of 10 cases."],
    ["O2.4", "", "",
     "Work with Children's Services to increase the availability of local authority accommodation as an "
     "alternative to remand, including remand foster placements.",
     "YJS Head of Service; Assistant Director, Children's Resources", "31/12/2024", "30/09/2025", "R",
     "No remand foster carers recruited to date. Sufficiency strategy being refreshed; issue escalated to the "
     "management board in February."],
    ["O2.5", "Operational: Children in the adult court",
     "The YJS is not always notified when a child appears in the adult magistrates' court or the Crown Court.",
     "Agree a notification process with Merseyside Police custody and the adult court listing office, and test "
     "it through a dip sample.",
     "Court Team Manager", "Sept 2024", "", "A",
     "Process agreed with custody. Notification from the listing office still inconsistent; dip sample "
     "planned for April."],
    ["O2.6", "Operational: Transitions at court",
     "Planning for children who turn 18 during court proceedings was not always joined up with the Probation "
     "Service.",
     "Hold joint YJS and Probation transition meetings for every child aged 17½ or over with an open court "
     "matter.",
     "Seconded Probation Officer", "Ongoing", "", "G",
     "Joint meetings held for all 6 eligible children this quarter."],
]


def make_wirral(path):
    n = len(WIRRAL_HEADER)
    pad = lambda first: [first] + [""] * (n - 1)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(pad(WIRRAL_TITLE))
        w.writerow(pad("Monitored by: Wirral Youth Justice Management Board | Last updated: 04/03/2025"))
        w.writerow([""] * n)
        w.writerow(WIRRAL_HEADER)
        for row in WIRRAL_ROWS:
            w.writerow(row)
        w.writerow([""] * n)
        w.writerow(pad("RAG key: B = complete; G = on track; A = some slippage; R = off track or at risk"))
        w.writerow(pad("Total actions: 9 (B 3, G 3, A 2, R 1)"))


# ---------------------------------------------------------------------------
# 4. Herefordshire Health and Wellbeing Board - JLHWS delivery plan (tab-separated txt)
# ---------------------------------------------------------------------------
HEREFORD_TITLE = ("Herefordshire Health and Wellbeing Board - Joint Local Health and Wellbeing Strategy "
                  "2023-2033: Delivery Plan 2025/26")
HEREFORD_HEADER = ["Ref", "Action", "Lead", "Delivery group", "Due by", "RAG (Q1)", "RAG (Q2)", "Q2 update"]
# items: ("P", text) priority line ; ("O", text) outcome line ; ("A", [fields]) ; ("", "") blank
HEREFORD_ITEMS = [
    ("P", "PRIORITY 1: BEST START IN LIFE FOR CHILDREN"),
    ("O", "Outcome 1a: Children are ready for school, with good speech, language and communication"),
    ("A", ["1a.1", "Expand the Healthy Child Programme two-year review to include the Ages and Stages "
                   "Questionnaire for every child, with results shared with early years settings.",
           "Consultant in Public Health (Children and Young People)", "Children and Young People Partnership",
           "Mar-26", "Green", "Green", "ASQ completed in 87% of reviews in Q2 (target 90%)."]),
    ("A", ["1a.2", "Roll out the WellComm speech and language screening tool to all family hubs and funded "
                   "early years settings.",
           "Head of Early Help; Start for Life Programme Manager", "Early Years Partnership",
           "Sept 2025 – March 2026", "Amber", "Green", "38 of 52 settings trained. Remaining settings booked "
                                                        "for January."]),
    ("O", "Outcome 1b: Fewer children are overweight or obese by the end of primary school"),
    ("A", ["1b.1", "Deliver the Healthy Schools programme in the 20 primary schools with the highest rates of "
                   "excess weight at Reception or Year 6.",
           "Public Health Lead (Healthy Weight)", "Children and Young People Partnership", "Summer term 2026",
           "Green", "Amber", "11 schools signed up. Recruitment slower than planned in the Golden Valley and "
                             "Kington areas."]),
    ("A", ["1b.2", "Commission a family weight management service for children aged 4 to 12 and their families.",
           "NHS Herefordshire and Worcestershire ICB", "Children and Young People Partnership", "31/03/2026",
           "Red", "Red", "Procurement paused pending confirmation of ICB funding for 2026/27. Escalated to the "
                         "One Herefordshire Partnership."]),
    ("", ""),
    ("P", "PRIORITY 2: GOOD MENTAL WELLBEING THROUGHOUT LIFE"),
    ("O", "Outcome 2a: People know where to get support for their mental wellbeing and can get it early"),
    ("A", ["2a.1", "Launch a single online directory of mental wellbeing support, linked to Talk Community.",
           "Talk Community Programme Manager", "Mental Health Collaborative", "Jun-25", "Green", "Complete",
           "Directory launched 30 June 2025; 4,100 visits in Q2."]),
    ("A", ["2a.2", "Train 300 frontline staff and volunteers in mental health first aid and suicide awareness.",
           "Suicide Prevention Coordinator", "Adult Mental Health Partnership", "Mar-26", "Green", "Green",
           "164 people trained to date."]),
    ("O", "Outcome 2b: Fewer people die by suicide"),
    ("A", ["2b.1", "Implement the real-time surveillance system for suspected suicides with West Mercia Police "
                   "and the coroner.",
           "Director of Public Health", "Suicide Prevention Partnership", "Q3 2025/26", "Amber", "Amber",
           "Data sharing agreement with West Mercia Police signed. Awaiting agreement with the coroner's "
           "office."]),
    ("A", ["2b.2", "Deliver targeted suicide prevention work with farming and rural communities, working with "
                   "the Farming Community Network.",
           "Suicide Prevention Coordinator", "Suicide Prevention Partnership", "Ongoing", "Green", "Green",
           "Sessions held at Hereford Market and three Young Farmers' clubs."]),
    ("", ""),
    ("P", "SUPPORTING PRIORITIES"),
    ("O", "Improve housing and homelessness"),
    ("A", ["SP.1", "Establish a Warm Homes, Healthy People referral pathway from GP practices and community "
                   "health teams to the council's energy efficiency schemes.",
           "Housing Strategy Manager", "One Herefordshire Partnership", "October 2025", "Amber", "Amber",
           "Pathway agreed with two Primary Care Networks; roll-out to the remaining PCNs delayed."]),
]


def make_hereford(path):
    lines = [
        HEREFORD_TITLE,
        "Quarter 2 progress report - Health and Wellbeing Board, 8 December 2025",
        "",
        "RAG: Green = on track; Amber = some delay or risk; Red = significant concern; Complete = delivered",
        "",
        "\t".join(HEREFORD_HEADER),
        "",
    ]
    for kind, val in HEREFORD_ITEMS:
        if kind == "A":
            lines.append("\t".join(val))
        else:
            lines.append(val)
    lines += ["",
              "Note: actions owned by the Community Safety Partnership and the Herefordshire Safeguarding Adults "
              "Board are reported through those partnerships and are not included here."]
    with open(path, "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------
# 5. Lancashire County Council - Internal Audit EQA / GIAS improvement plan (xlsx)
# ---------------------------------------------------------------------------
LANCS_TITLE = ("Lancashire County Council – Internal Audit Service: External Quality Assessment "
               "Improvement Plan")
# ("band", text) or ("rec", rec_text, [actions]); action = (ref, gias, text, owner, orig, revised, prev, cur, update)
LANCS = [
    ("band", "Domain III: Governing the Internal Audit Function"),
    ("rec", "Update the internal audit charter to reflect the Global Internal Audit Standards and the UK public "
            "sector Application Note, and present it to the Audit, Risk and Governance Committee for approval.",
     [
         ("E1", "6.2", "Revise the internal audit charter and mandate, including the committee’s oversight "
                       "responsibilities.",
          "Head of Internal Audit", D(2025, 9, 30), None, "On track", "Complete",
          "Revised charter approved by the Committee on 22 September 2025."),
         ("E2", "6.2", "Hold a briefing for committee members on the new Standards and their role under Domain III.",
          "Head of Internal Audit", D(2025, 9, 30), D(2025, 11, 30), "Behind target", "Complete",
          "Briefing delivered on 17 November 2025."),
     ]),
    ("rec", "Agree with the Chair of the Audit, Risk and Governance Committee how the committee will assess the "
            "performance of the Head of Internal Audit and of the internal audit function.",
     [
         ("E3", "8.3", "Introduce an annual private meeting between the committee and the Head of Internal "
                       "Audit, and an annual effectiveness survey of committee members.",
          "Head of Internal Audit / Director of Finance", D(2026, 3, 31), None, "On track", "On track",
          "Private meeting scheduled for the March 2026 committee."),
     ]),
    ("band", "Domain IV: Managing the Internal Audit Function"),
    ("rec", "Develop an internal audit strategy that sets out how the service will support the council’s "
            "objectives and respond to emerging risks over the next three years.",
     [
         ("E4", "9.2", "Prepare a three-year internal audit strategy, aligned to the corporate strategy and the "
                       "strategic risk register.",
          "Head of Internal Audit", D(2025, 12, 31), D(2026, 3, 31), "On track", "Behind target",
          "Drafting delayed by a vacancy in the Audit Manager post. Draft to CLT in February."),
     ]),
    ("rec", "Complete a skills and competency assessment of the team against the Standards, and use it to "
            "inform a training plan that includes IT audit and data analytics.",
     [
         ("E5", "10.2", "Complete individual competency assessments for all audit staff.",
          "Audit Manager (Quality and Development)", D(2025, 10, 31), None, "On track", "Complete",
          "All 14 staff assessed in October."),
         ("E6", "10.3", "Procure data analytics software and train two auditors to use it on key financial "
                        "systems audits.",
          "Audit Manager (Quality and Development)", "31 March 2026", None, "Not started", "Not started",
          "Budget bid submitted as part of 2026/27 budget setting."),
     ]),
    ("rec", "Strengthen the quality assurance and improvement programme so that it includes periodic "
            "self-assessment against the Standards and reports the results to the committee.",
     [
         ("E7", "12.1", "Carry out an annual self-assessment against the Standards and report the results in the "
                        "Head of Internal Audit’s annual opinion report.",
          "Head of Internal Audit", D(2026, 6, 30), None, "On track", "On track",
          "Self-assessment template prepared. Assessment to be completed in April and May 2026."),
     ]),
    ("band", "Domain V: Performing Internal Audit Services"),
    ("rec", "Improve the follow-up of agreed management actions so that overdue actions are escalated promptly "
            "to senior management and the committee.",
     [
         ("E8", "15.2", "Introduce monthly reporting of overdue actions to Directorate Management Teams and "
                        "quarterly reporting to the committee, with escalation to the Chief Executive for "
                        "actions more than six months overdue.",
          "Audit Manager (Assurance)", D(2025, 9, 30), D(2026, 2, 28), "Behind target", "On track",
          "Monthly reports to DMTs began in December. First quarterly report to the committee is on this "
          "agenda."),
     ]),
]
LANCS_FILL = {"Complete": "blue", "On track": "green", "Behind target": "amber"}


def make_lancs(path):
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = LANCS_TITLE
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Global Internal Audit Standards in the UK Public Sector – conformance action plan"
    s["A3"] = "Report to Audit, Risk and Governance Committee: 26 January 2026"
    s["A3"].font = Font(italic=True)
    s["A5"] = "EQA overall assessment (CIPFA, June 2025): Generally conforms"
    s["A5"].font = Font(bold=True)
    acts = [a for it in LANCS if it[0] == "rec" for a in it[2]]
    hdr = ["Status", "Previous (Sept 2025)", "Current (Jan 2026)"]
    for c, h in enumerate(hdr, 1):
        s.cell(7, c, h).font = Font(bold=True)
        s.cell(7, c).fill = xfill("grey")
        s.cell(7, c).border = BOX
    order = ["Complete", "On track", "Behind target", "Not started"]
    for i, k in enumerate(order):
        r = 8 + i
        s.cell(r, 1, k)
        s.cell(r, 2, sum(1 for a in acts if a[6] == k))
        s.cell(r, 3, sum(1 for a in acts if a[7] == k))
        if k in LANCS_FILL:
            s.cell(r, 1).fill = xfill(LANCS_FILL[k])
        for c in (1, 2, 3):
            s.cell(r, c).border = BOX
    s.cell(12, 1, "Total").font = Font(bold=True)
    s.cell(12, 2, "=SUM(B8:B11)")
    s.cell(12, 3, "=SUM(C8:C11)")
    for c in (1, 2, 3):
        s.cell(12, c).border = BOX
    s["A14"] = "Status key"
    s["A14"].font = Font(bold=True)
    for i, (k, v, f) in enumerate([
            ("Complete", "Action implemented and evidence seen by the Audit Manager (Quality and Development)", "blue"),
            ("On track", "In progress and expected to be delivered by the target date", "green"),
            ("Behind target", "In progress but the target date has been missed or is at risk", "amber"),
            ("Not started", "Work has not yet begun", "grey")]):
        s.cell(15 + i, 1, k).fill = xfill(f)
        s.cell(15 + i, 2, v)
    s.column_dimensions["A"].width = 18
    s.column_dimensions["B"].width = 22
    s.column_dimensions["C"].width = 22

    p = wb.create_sheet("Improvement Plan")
    p["A1"] = "Internal Audit EQA Improvement Plan 2025/26"
    p["A1"].font = Font(bold=True, size=13)
    p["A2"] = "Owner: Head of Internal Audit. Status as at 9 January 2026."
    p["A2"].font = Font(italic=True)
    hdr = ["Ref", "GIAS ref", "EQA recommendation", "Agreed action", "Action owner", "Original target date",
           "Revised target date", "Previous status", "Current status", "Update"]
    for c, h in enumerate(hdr, 1):
        cell = p.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = xfill("navy")
        cell.alignment = Alignment(wrap_text=True)
        cell.border = BOX
    r = 5
    for it in LANCS:
        if it[0] == "band":
            p.cell(r, 1, it[1]).font = Font(bold=True)
            for c in range(1, 11):
                p.cell(r, c).fill = xfill("band")
            p.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
            r += 1
            continue
        _, rec, alist = it
        first = r
        for ref, gias, text, owner, orig, rev, prev, cur, upd in alist:
            p.cell(r, 1, ref)
            p.cell(r, 2, gias)
            p.cell(r, 4, text)
            p.cell(r, 5, owner)
            oc = p.cell(r, 6, orig)
            if isinstance(orig, dt.datetime):
                oc.number_format = "dd/mm/yyyy"
            if rev is not None:
                rc = p.cell(r, 7, rev)
                rc.number_format = "dd/mm/yyyy"
                rc.font = Font(color="C00000", bold=True)
            pc = p.cell(r, 8, prev)
            cc = p.cell(r, 9, cur)
            if prev in LANCS_FILL:
                pc.fill = xfill(LANCS_FILL[prev])
            if cur in LANCS_FILL:
                cc.fill = xfill(LANCS_FILL[cur])
            p.cell(r, 10, upd)
            for c in range(1, 11):
                p.cell(r, c).alignment = WRAP
                p.cell(r, c).border = BOX
            r += 1
        p.cell(first, 3, rec)
        if r - 1 > first:
            p.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
        p.cell(first, 3).alignment = WRAP
    widths = [6, 8, 48, 48, 26, 13, 13, 14, 14, 45]
    for i, w in enumerate(widths, 1):
        p.column_dimensions[get_column_letter(i)].width = w

    v = wb.create_sheet("Version history")
    for c, h in enumerate(["Version", "Date", "Summary of changes", "Author"], 1):
        v.cell(1, c, h).font = Font(bold=True)
    for i, row in enumerate([
            ("1.0", "14/07/2025", "Plan agreed following CIPFA EQA report", "Head of Internal Audit"),
            ("1.1", "15/09/2025", "Progress update for September committee", "Audit Manager (Quality and Development)"),
            ("1.2", "09/01/2026", "Progress update for January committee; E4 target revised",
             "Audit Manager (Quality and Development)")], 2):
        for c, val in enumerate(row, 1):
            v.cell(i, c, val)
    v.column_dimensions["C"].width = 55
    v.column_dimensions["D"].width = 38
    wb.active = 0
    wb.save(path)


# ---------------------------------------------------------------------------
# 6. Derby CSP - Serious Violence Duty strategy action plan (xlsx) - REFUSE (typo month)
# ---------------------------------------------------------------------------
DERBY_TITLE = "Derby Community Safety Partnership – Serious Violence Duty: Strategy Action Plan 2024–2027"
DERBY = [
    ("band", "Priority 1: Early intervention and prevention for children and young people"),
    ("1.1", "Extend the hospital youth work service in the Royal Derby Hospital emergency department to young "
            "people aged 11 to 25 attending with violence-related injuries.",
     "Derby and Derbyshire ICB", "Urgent Care Commissioning Manager", D(2025, 4, 1), D(2026, 3, 31), "Green",
     "Service extended from June 2025; 46 referrals in Q2."),
    ("1.2", "Deliver knife crime awareness sessions in all Derby secondary schools and the pupil referral unit.",
     "Derbyshire Constabulary", "Schools Engagement Sergeant", D(2025, 9, 1), D(2026, 7, 31), "Green",
     "Sessions delivered in 9 of 15 schools."),
    ("1.3", "Develop a contextual safeguarding response to locations of concern identified through the "
            "exploitation hub.",
     "Derby City Council – Children's Services", "Head of Service, Exploitation", D(2025, 4, 1), D(2025, 12, 31),
     "Amber", "Location assessments completed for 3 of 5 sites; partner attendance at planning meetings "
              "inconsistent."),
    ("band", "Priority 2: Tackling weapon-enabled violence and exploitation"),
    ("2.1", "Carry out weapon sweeps and test purchase operations in the hotspot locations identified in the "
            "strategic needs assessment.",
     "Derbyshire Constabulary", "Derby City Local Policing Inspector", D(2025, 4, 1), "Ongoing", "Green",
     "Monthly sweeps continuing; two test purchase operations in Q2 with one failure referred to Trading "
     "Standards."),
    ("2.2", "Install knife surrender bins in two further locations in the city centre and Normanton.",
     "Derby City Council – Community Safety", "Community Safety Manager", D(2025, 6, 1), "Febuary 2026", "Amber",
     "Locations agreed; planning consent for the Normanton site awaited."),
    ("2.3", "Provide trauma-informed mentoring through the Youth Justice Service for children at risk of "
            "criminal exploitation.",
     "Derby Youth Justice Service", "YJS Head of Service", D(2025, 4, 1), D(2026, 3, 31), "Green",
     "Two mentors in post; 21 children supported."),
    ("band", "Priority 3: Violence against women and girls"),
    ("3.1", "Deliver the night-time economy safety project, including welfare hubs and bystander training for "
            "licensed premises staff.",
     "Derby City Council – Community Safety", "Night-Time Economy Coordinator", D(2025, 9, 1), D(2026, 3, 31),
     "Green", "Welfare hub operating Friday and Saturday nights since September."),
    ("3.2", "Review the domestic abuse perpetrator programme offer and commission a programme for high-harm "
            "perpetrators.",
     "Office of the Police and Crime Commissioner", "Commissioning Manager", D(2025, 4, 1), D(2026, 1, 31), "Red",
     "Tender returned no compliant bids; options paper going to the February partnership board."),
    ("band", "Priority 4: Data, evidence and community engagement"),
    ("4.1", "Refresh the Serious Violence Strategic Needs Assessment using emergency department, police, youth "
            "justice and probation data.",
     "Derby City Council – Public Health", "Public Health Intelligence Manager", D(2025, 10, 1), D(2026, 3, 31),
     "Green", "Data sharing requests issued; ED data received."),
    ("4.2", "Hold community conversations in each of Derby's neighbourhood areas, with young people's views "
            "gathered through the youth council.",
     "Derby Community Safety Partnership", "Community Safety Manager", D(2025, 6, 1), D(2025, 11, 30), "Complete",
     "Eight community conversations held; summary report to the October board."),
]
DERBY_FILL = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue"}


def make_derby(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "SVD Action Plan"
    ws["A1"] = DERBY_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Year 2 (2025/26) delivery – position at end of Quarter 2"
    ws["A2"].font = Font(italic=True)
    ws["A3"] = ("Local definition: serious violence includes homicide, knife and weapon-enabled crime, violence "
                "with injury in public places, domestic abuse-related violence with injury, and sexual violence.")
    ws["A3"].alignment = Alignment(wrap_text=True)
    ws.merge_cells("A3:H3")
    ws.row_dimensions[3].height = 30
    hdr = ["No.", "Action", "Lead agency", "Lead officer", "Start", "Completion", "Q2 RAG", "Progress / comments"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(5, c, h)
        cell.font = Font(bold=True)
        cell.fill = xfill("grey")
        cell.border = BOX
    r = 6
    for item in DERBY:
        if item[0] == "band":
            ws.cell(r, 1, item[1]).font = Font(bold=True, color="FFFFFF")
            for c in range(1, 9):
                ws.cell(r, c).fill = xfill("navy")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        else:
            no, text, agency, officer, start, comp, rag, prog = item
            vals = [no, text, agency, officer, start, comp, rag, prog]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "mmm-yy"
            ws.cell(r, 7).fill = xfill(DERBY_FILL[rag])
        r += 1
    r += 1
    ws.cell(r, 1, "Note: completion dates are those agreed by the Community Safety Partnership Board on "
                  "14 May 2025. RAG ratings are provided by lead agencies.").font = Font(italic=True)
    for i, wdt in enumerate([6, 52, 28, 28, 9, 13, 10, 48], 1):
        ws.column_dimensions[get_column_letter(i)].width = wdt
    wb.save(path)


# ---------------------------------------------------------------------------
# 7. Cheshire East SAB - LGA safeguarding adults peer review action plan (docx)
# ---------------------------------------------------------------------------
CEAST_TITLE = "Cheshire East Safeguarding Adults Board: LGA Safeguarding Adults Peer Review Action Plan"
# (theme, rec, [actions]); action = (no, text, leads, target, progress, fill)
CEAST = [
    ("1. Governance and assurance",
     "The Board should develop a multi-agency performance and quality assurance framework that tells it how "
     "well adults are being safeguarded, not only how much activity is taking place.",
     [
         ("1.1", "Agree a core multi-agency dataset, including outcome measures and Making Safeguarding Personal "
                 "data, reported quarterly to the Board.",
          "SAB Business Manager\nChair of Performance and Quality Subgroup", "September 2025",
          "Dataset agreed at the May subgroup. First report due to the September Board.", "green"),
         ("1.2", "Introduce a programme of multi-agency case file audits, with two thematic audits each year.",
          "Chair of Performance and Quality Subgroup", "March 2026",
          "First audit (self-neglect) planned for October 2025.", "green"),
     ]),
    ("2. Making Safeguarding Personal",
     "Partners should make sure that the voice of adults with lived experience shapes the Board’s priorities "
     "and the way safeguarding enquiries are carried out.",
     [
         ("2.1", "Set up a lived experience reference group, supported by Healthwatch Cheshire East, to advise "
                 "the Board.",
          "SAB Business Manager", "31/03/2025",
          "Reference group met for the first time in April 2025.", "blue"),
         ("2.2", "Review the safeguarding enquiry feedback questionnaire and report the findings to the Board "
                 "every six months.",
          "Head of Adult Safeguarding, Cheshire East Council", "Q3 2025/26",
          "Revised questionnaire drafted with the reference group; testing delayed by staff changes.", "amber"),
     ]),
    ("3. Learning from Safeguarding Adults Reviews",
     "The Board should strengthen how it tracks the implementation of SAR recommendations and tests whether "
     "learning has changed practice.",
     [
         ("3.1", "Create a single SAR recommendations tracker with named agency leads, reviewed at every SAR "
                 "subgroup meeting.",
          "Chair of SAR Subgroup", "January 2025",
          "Tracker in use since January 2025.", "blue"),
         ("3.2", "Hold a learning event on the themes from the last three SARs (self-neglect, transition and "
                 "hoarding) and evaluate its impact on practice after six months.",
          "Designated Nurse for Safeguarding Adults, NHS Cheshire and Merseyside / SAB Business Manager",
          "June 2025 – December 2025",
          "Learning event held on 5 June 2025 with 140 attendees. Impact survey due in December.", "green"),
     ]),
    ("4. Partnership and workforce",
     "Partners should make sure that frontline staff across agencies understand the multi-agency safeguarding "
     "procedures and how to escalate concerns.",
     [
         ("4.1", "Refresh the multi-agency escalation and resolution protocol and publish a one-page guide for "
                 "staff.",
          "SAB Business Manager", "July 2025",
          "Draft protocol out for consultation; slipped because of a legal review of the information sharing "
          "section.", "amber"),
         ("4.2", "Include the safeguarding adults procedures in every partner’s induction for new staff and "
                 "report completion rates to the Board.",
          "All Board partner agencies", "Ongoing",
          "Assurance returns received from 9 of 12 partners. Three partners have not responded after two "
          "reminders; escalated to the Independent Chair.", "red"),
     ]),
]


def make_ceast(path):
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(CEAST_TITLE, level=1)
    p = doc.add_paragraph()
    p.add_run("Version 3 – updated following the Board meeting on 12 June 2025").italic = True
    doc.add_paragraph(
        "The Local Government Association carried out a safeguarding adults peer review for the Board in "
        "October 2024. The peer team identified strengths in the Board’s leadership and in partnership "
        "relationships, and made four recommendations. This plan sets out how the Board and its partners will "
        "respond. Progress is reviewed by the Board’s Business Group every two months and reported to each "
        "Board meeting.")
    doc.add_paragraph("RAG key").runs[0].bold = True
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for f, txt in [("blue", "Complete"), ("green", "On track"),
                   ("amber", "Some risk to delivery – mitigation in place"),
                   ("red", "Off track – escalated to the Board")]:
        cells = key.add_row().cells
        shade(cells[0], f)
        set_cell(cells[1], txt)
    doc.add_paragraph()

    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in enumerate(["No.", "Action", "Lead(s)", "Target date", "Progress update (June 2025)", "RAG"]):
        set_cell(t.rows[0].cells[c], h, bold=True, color="FFFFFF")
        shade(t.rows[0].cells[c], "navy")
    for theme, rec, acts in CEAST:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[5])
        set_cell(m, theme, bold=True)
        shade(m, "band")
        row = t.add_row()
        m = row.cells[0].merge(row.cells[5])
        set_cell(m, rec, italic=True)
        shade(m, "pale")
        for no, text, leads, target, prog, fill in acts:
            cells = t.add_row().cells
            for c, v in enumerate([no, text, leads, target, prog]):
                set_cell(cells[c], v)
            set_cell(cells[5], "")
            shade(cells[5], fill)
    doc.add_paragraph()
    so = doc.add_table(rows=0, cols=2)
    so.style = "Table Grid"
    for k, v in [("Approved by", "Independent Chair, Cheshire East Safeguarding Adults Board"),
                 ("Date", "12/06/2025"),
                 ("Next review", "September 2025 Board meeting")]:
        cells = so.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)
    doc.save(path)


FILES = {
    "zfq-chelmsford-city-council-corporate-peer-challenge-action-plan.xlsx": make_chelmsford,
    "zfq-torfaen-cbc-panel-performance-assessment-action-plan.docx": make_torfaen,
    "zfq-wirral-youth-justice-service-national-standards-at-court-improvement-plan.csv": make_wirral,
    "zfq-herefordshire-health-and-wellbeing-board-jlhws-delivery-plan.txt": make_hereford,
    "zfq-lancashire-county-council-internal-audit-eqa-improvement-plan.xlsx": make_lancs,
    "zfq-derby-community-safety-partnership-serious-violence-duty-action-plan-typo-month-refuse.xlsx": make_derby,
    "zfq-cheshire-east-safeguarding-adults-board-lga-peer-review-action-plan.docx": make_ceast,
}


def main():
    for name, fn in FILES.items():
        fn(os.path.join(HERE, name))
        print("wrote", name)


if __name__ == "__main__":
    main()
