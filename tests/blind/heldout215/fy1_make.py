"""Build the seven fy1- blind test files (set heldout215).

Run with /work/main/.venv/bin/python fy1_make.py  (needs openpyxl and python-docx).
Writes the data files beside this script; the .expected.yaml files are written separately.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "0070C0",
    "grey": "D9D9D9",
    "head": "1F3864",
    "theme": "DDEBF7",
    "lilac": "E4DFEC",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Wakefield Council - ILACS improvement plan (xlsx, three sheets)
# ---------------------------------------------------------------------------
WAKEFIELD_TITLE = "Children and Young People's Services – ILACS Improvement Plan 2025–26"
WAKEFIELD = [
    ("Priority 1: Help and protection", [
        ("The timeliness and quality of strategy meetings and child protection enquiries, including the "
         "involvement of relevant partner agencies.", [
            ("1.1", "Introduce a daily strategy meeting slot in the Integrated Front Door, with police and health "
                    "colleagues attending in person or virtually.",
             "Service Manager, Integrated Front Door", d(2025, 6, 30), None,
             "Daily slot in place from 2 June 2025. Health attendance 94% in February.", "Green", "Blue"),
            ("1.2", "Audit a monthly sample of 20 section 47 enquiries against the revised practice standards and "
                    "report the findings to the Practice Improvement Group.",
             "Head of Service, Quality Assurance / Principal Social Worker", d(2025, 9, 30), d(2026, 1, 31),
             "Audits completed for Sept–Dec. January audit delayed by auditor vacancy.", "Green", "Amber"),
        ]),
        ("The quality of plans for children in need and children subject to child protection plans, so that "
         "they are specific and measurable.", [
            ("1.3", "Relaunch the SMART planning guidance and deliver workshops to all Assessment and "
                    "Safeguarding teams.",
             "Principal Social Worker", d(2025, 7, 31), None,
             "11 workshops delivered; 212 staff attended.", "Green", "Blue"),
            ("1.4", "Build the new child's plan template into Mosaic, with a mandatory contingency section.",
             "Mosaic Development Lead; Head of Safeguarding", d(2025, 10, 31), d(2026, 4, 30),
             "Template built and in user testing. Go-live moved to April 2026 to follow the Mosaic upgrade.",
             "Red", "Amber"),
        ]),
    ]),
    ("Priority 2: Children in care and care leavers", [
        ("The sufficiency of local foster care and residential placements, so that children can live close to "
         "home.", [
            ("2.1", "Deliver the \"Foster for Wakefield\" recruitment campaign, with a target of 30 new fostering "
                    "households in 2025–26.",
             "Head of Corporate Parenting", d(2026, 3, 31), None,
             "24 households approved to date; 9 assessments under way.", "Green", "Green"),
            ("2.2", "Open two new council-run children's homes, each for up to three children.",
             "Head of Residential Services", d(2025, 12, 31), "June 2026",
             "First home registered with Ofsted in January. Second home delayed by planning consent.",
             "Amber", "Amber"),
        ]),
        ("The timeliness of pathway plans for care leavers and the range of suitable accommodation available to "
         "them.", [
            ("2.3", "Review every pathway plan for care leavers aged 18 to 21 and update those that are out of date.",
             "Team Manager, Leaving Care", d(2025, 5, 31), None,
             "All 187 plans reviewed. 98% in date at end of February.", "Green", "Blue"),
            ("2.4", "Extend the Staying Close offer to care leavers living in semi-independent accommodation.",
             "Head of Corporate Parenting / Housing Options Manager", d(2026, 3, 31), None,
             "Six young people supported so far. Evaluation planned for April.", "Green", "Green"),
        ]),
    ]),
    ("Priority 3: Leadership and management", [
        ("The consistency and impact of management oversight and supervision across all teams.", [
            ("3.1", "Implement the revised supervision policy and audit compliance each quarter.",
             "Assistant Director, Children's Social Care", d(2026, 9, 30), None,
             "Policy launched October 2025. Q3 audit: 81% of supervisions in timescale.", "Amber", "Green"),
        ]),
    ]),
]


def build_wakefield():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "Wakefield Council"
    ws["A1"].font = Font(bold=True, size=16)
    ws["A2"] = WAKEFIELD_TITLE
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = ("In response to the Ofsted inspection of local authority children's services, "
                "4–15 November 2024 (report published 10 January 2025)")
    ws["A5"] = "Document control"
    ws["A5"].font = Font(bold=True)
    rows = [
        ("Version", "Date", "Author", "Change"),
        ("1.0", "14/02/2025", "Improvement Programme Manager", "Submitted to Ofsted"),
        ("1.1", "10/06/2025", "Improvement Programme Manager", "Q1 progress"),
        ("1.2", "11/11/2025", "Improvement Programme Manager", "Q2/Q3 progress; revised dates agreed"),
        ("1.3", "12/03/2026", "Improvement Programme Manager", "Progress update for Improvement Board"),
    ]
    for i, r in enumerate(rows, start=6):
        for j, v in enumerate(r, start=1):
            c = ws.cell(row=i, column=j, value=v)
            c.border = BOX
            if i == 6:
                c.font = Font(bold=True)
                c.fill = fill(FILL["grey"])
    ws["A12"] = "Plan owner:"
    ws["B12"] = "Corporate Director, Children and Young People"
    ws["A13"] = "Governance:"
    ws["B13"] = "Children's Services Improvement Board (monthly); Cabinet (six-monthly)"
    for col, w in zip("ABCD", (14, 14, 34, 44)):
        ws.column_dimensions[col].width = w

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG rating key"
    key["A1"].font = Font(bold=True)
    for i, (name, colour, meaning) in enumerate([
        ("Blue", "blue", "Action complete and impact being monitored"),
        ("Green", "green", "On track to be delivered by the target date"),
        ("Amber", "amber", "Some slippage; mitigation in place"),
        ("Red", "red", "Off track; escalated to Improvement Board"),
    ], start=2):
        key.cell(row=i, column=1, value=name).fill = fill(FILL[colour])
        key.cell(row=i, column=2, value=meaning)
    key.column_dimensions["B"].width = 50

    ws = wb.create_sheet("Improvement plan")
    headers = ["Ref", "What Ofsted said needs to improve", "Action", "Lead", "Original target date",
               "Revised target date", "Progress update (March 2026)", "Previous RAG", "Current RAG"]
    ws.merge_cells("A1:I1")
    ws["A1"] = "ILACS Improvement Plan – progress update March 2026"
    ws["A1"].font = Font(bold=True, size=14)
    for j, h in enumerate(headers, start=1):
        c = ws.cell(row=3, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["head"])
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    r = 4
    counts = {"Blue": 0, "Green": 0, "Amber": 0, "Red": 0}
    for theme, recs in WAKEFIELD:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        c = ws.cell(row=r, column=1, value=theme)
        c.font = Font(bold=True)
        c.fill = fill(FILL["theme"])
        r += 1
        for rec, acts in recs:
            top = r
            ws.cell(row=r, column=2, value=rec)
            for ref, text, lead, orig, rev, prog, prev, cur in acts:
                vals = [ref, None, text, lead, orig, rev, prog, prev, cur]
                for j, v in enumerate(vals, start=1):
                    if j == 2:
                        continue
                    c = ws.cell(row=r, column=j, value=v)
                    c.alignment = Alignment(wrap_text=True, vertical="top")
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                for j, v in ((8, prev), (9, cur)):
                    ws.cell(row=r, column=j).fill = fill(FILL[v.lower()])
                counts[cur] += 1
                r += 1
            if r - 1 > top:
                ws.merge_cells(start_row=top, start_column=2, end_row=r - 1, end_column=2)
            c = ws.cell(row=top, column=2)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = BOX
    r += 1
    ws.cell(row=r, column=1, value="Summary of current RAG").font = Font(bold=True)
    r += 1
    for name in ("Blue", "Green", "Amber", "Red"):
        ws.cell(row=r, column=1, value=name).fill = fill(FILL[name.lower()])
        ws.cell(row=r, column=2, value=counts[name])
        r += 1
    ws.cell(row=r, column=1, value="Total").font = Font(bold=True)
    ws.cell(row=r, column=2, value=sum(counts.values())).font = Font(bold=True)
    r += 2
    ws.cell(row=r, column=1,
            value="Notes: RAG ratings agreed at the Improvement Board on 12 March 2026. "
                  "Revised dates were approved by the Board on 11 November 2025.")
    for col, w in zip("ABCDEFGHI", (6, 42, 52, 30, 13, 13, 44, 10, 10)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A4"
    wb.save(os.path.join(HERE, "fy1-wakefield-council-ilacs-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Coventry Safeguarding Children Partnership - JTAI action plan (xlsx, fill-only RAG)
# ---------------------------------------------------------------------------
COVENTRY = [
    ("Area for improvement 1: The quality of referrals from partner agencies to the Multi-Agency Safeguarding "
     "Hub (MASH), so that they clearly set out the concern and what the referrer has already done.", [
        ("1a", "Revise the multi-agency referral form so that the referrer must record the concern, the child's "
               "lived experience and any action already taken.",
         "Coventry City Council", "Rachel Dunne", "Sept 2025",
         "New form live from 1 September 2025. Dip sample shows 78% of referrals now meet the standard.", "blue"),
        ("1b", "Deliver referral-quality briefings to designated safeguarding leads in all primary and secondary "
               "schools.",
         "Coventry City Council (Education)", "Mark Evans and Leanne Shah", "Q4 2025/26",
         "Briefings delivered to 96 of 117 schools.", "green"),
        ("1c", "Audit 50 police protection notices (PPNs) each quarter for quality and share the findings with "
               "the Quality Assurance subgroup.",
         "West Midlands Police", "DCI Tom Barker", "Quarterly",
         "Q2 and Q3 audits completed and reported.", "green"),
    ]),
    ("Area for improvement 2: The involvement of health professionals in strategy discussions, including GPs "
     "and the 0–19 service.", [
        ("2a", "Agree a protocol for health attendance at strategy discussions, with a named health "
               "representative available each working day.",
         "NHS Coventry and Warwickshire ICB", "Designated Nurse Safeguarding Children", "31/10/2025",
         "Protocol signed off by the Executive Group on 21 October 2025.", "blue"),
        ("2b", "Introduce a secure email route so that GP information is received before every strategy "
               "discussion.",
         "NHS Coventry and Warwickshire ICB", "Named GP for Safeguarding Children; Designated Doctor", "Jan 2026",
         "Secure mailbox in place. Only 41% of GP practices responding within timescale.", "amber"),
        ("2c", "Evaluate the impact of the protocol through a multi-agency audit of 20 strategy discussions.",
         "CSCP Business Unit", "Partnership Business Manager", "Apr – Jun 2026",
         "Audit tool drafted; audit to start in April.", None),
    ]),
    ("Area for improvement 3: The partnership's oversight of the impact of early help provided by partner "
     "agencies.", [
        ("3a", "Add early help measures from schools, health and the police to the partnership performance "
               "dashboard.",
         "CSCP Business Unit", "Performance and Intelligence Lead", "Dec 2025",
         "Health and police data not yet available. Escalated to Executive Group in January.", "red"),
        ("3b", "Hold a six-monthly assurance forum on early help, chaired by the Independent Scrutineer.",
         "CSCP Business Unit", "Independent Scrutineer", "Ongoing",
         "First forum held 26 November 2025.", "green"),
    ]),
]


def build_coventry():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = "Coventry Safeguarding Children Partnership – JTAI action plan: summary"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A3"] = "RAG key (colour only in the action plan)"
    ws["A3"].font = Font(bold=True)
    key = [("blue", "Complete"), ("green", "On track"), ("amber", "Some delay – action in hand"),
           ("red", "Significant delay – escalated"), (None, "Not yet started")]
    for i, (colour, words) in enumerate(key, start=4):
        c = ws.cell(row=i, column=1)
        c.border = BOX
        if colour:
            c.fill = fill(FILL[colour])
        ws.cell(row=i, column=2, value=words)
    ws["A10"] = "Position at 14 January 2026"
    ws["A10"].font = Font(bold=True)
    tally = {}
    for _, acts in COVENTRY:
        for a in acts:
            tally[a[6]] = tally.get(a[6], 0) + 1
    rows = [("Complete", tally.get("blue", 0)), ("On track", tally.get("green", 0)),
            ("Some delay", tally.get("amber", 0)), ("Significant delay", tally.get("red", 0)),
            ("Not yet started", tally.get(None, 0)), ("Total actions", sum(tally.values()))]
    for i, (k, v) in enumerate(rows, start=11):
        ws.cell(row=i, column=1, value=k)
        ws.cell(row=i, column=2, value=v)
    ws.column_dimensions["A"].width = 26
    ws.column_dimensions["B"].width = 34

    ws = wb.create_sheet("Action plan")
    ws["A1"] = "Coventry Safeguarding Children Partnership"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Joint Targeted Area Inspection (JTAI) – Multi-agency response to identification of initial "
                "need and risk")
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Multi-agency action plan – version 4, updated 14/01/2026"
    headers = ["No.", "Action", "Lead agency", "Lead officer(s)", "Timescale", "Progress / evidence of impact",
               "RAG"]
    for j, h in enumerate(headers, start=1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = fill(FILL["grey"])
        c.border = BOX
        c.alignment = Alignment(wrap_text=True)
    r = 6
    for area, acts in COVENTRY:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        c = ws.cell(row=r, column=1, value=area)
        c.font = Font(bold=True)
        c.fill = fill(FILL["lilac"])
        c.alignment = Alignment(wrap_text=True)
        ws.row_dimensions[r].height = 32
        r += 1
        for no, text, agency, officer, when, prog, rag in acts:
            for j, v in enumerate([no, text, agency, officer, when, prog, None], start=1):
                c = ws.cell(row=r, column=j, value=v)
                c.border = BOX
                c.alignment = Alignment(wrap_text=True, vertical="top")
            if rag:
                ws.cell(row=r, column=7).fill = fill(FILL[rag])
            r += 1
    for col, w in zip("ABCDEFG", (6, 56, 26, 30, 14, 48, 8)):
        ws.column_dimensions[col].width = w

    gl = wb.create_sheet("Glossary")
    for i, (a, b) in enumerate([
        ("Term", "Meaning"), ("CSCP", "Coventry Safeguarding Children Partnership"),
        ("ICB", "Integrated Care Board"), ("MASH", "Multi-Agency Safeguarding Hub"),
        ("PPN", "Public protection notice"), ("0–19 service", "Health visiting and school nursing"),
    ], start=1):
        gl.cell(row=i, column=1, value=a)
        gl.cell(row=i, column=2, value=b)
    gl.column_dimensions["A"].width = 16
    gl.column_dimensions["B"].width = 44
    wb.save(os.path.join(HERE, "fy1-coventry-safeguarding-children-partnership-jtai-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 3. Southwark Early Help Partnership - year 2 action plan (xlsx) - REFUSE: "Febuary 2026" in row 10
# ---------------------------------------------------------------------------
SOUTHWARK = [
    ("1. Help is easy to find", "1.1",
     "Publish a single early help directory on the Southwark Family Hub website.",
     "Family Hubs Manager", "Apr 2025", "Sep 2025", "Complete", "Directory live since 15/09/2025."),
    (None, "1.2", "Open two additional Family Hub spoke sites in Peckham and Walworth.",
     "Head of Early Help", "Apr 2025", "March 2026", "On track", "Walworth open; Peckham due March."),
    (None, "1.3", "Train staff at all hubs to give advice on money, housing and benefits.",
     "Family Hubs Manager; Welfare Rights Lead", "Jun 2025", "Dec 2025", "Complete", ""),
    ("2. The right help at the right time", "2.1",
     "Introduce a shared early help assessment for schools, health visitors and the voluntary sector.",
     "Early Help Partnership Manager", "May 2025", "Jan 2026", "At risk", "System build delayed."),
    (None, "2.2", "Hold a weekly multi-agency early help allocation meeting in each locality.",
     "Locality Team Managers", "Sep 2025", "Febuary 2026", "On track", "Two localities live."),
    (None, "2.3", "Review step-down arrangements from children's social care to early help.",
     "Head of Early Help / Head of Assessment", "Oct 2025", "Apr 2026", "Not started", ""),
    ("3. A skilled early help workforce", "3.1",
     "Deliver a partnership training programme on relational practice and family group conferencing.",
     "Workforce Development Lead", "Jun 2025", "Jul 2026", "On track", "4 of 10 sessions delivered."),
    (None, "3.2", "Set up an early help practice network for voluntary sector partners.",
     "Community Southwark", "Sep 2025", "Mar 2026", "On track", ""),
]


def build_southwark():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan 2025-26"
    ws["A1"] = "Southwark Early Help Partnership"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Early Help Strategy 2024–2027: Year 2 Action Plan (2025–26)"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Owner: Early Help Partnership Board | Last updated: 09/02/2026"
    headers = ["Priority", "No.", "What we will do", "Owner", "Start", "End", "Status", "Comments"]
    for j, h in enumerate(headers, start=1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.border = BOX
    status_fill = {"Complete": "blue", "On track": "green", "At risk": "amber", "Not started": None}
    for i, row in enumerate(SOUTHWARK, start=6):
        for j, v in enumerate(row, start=1):
            c = ws.cell(row=i, column=j, value=v)
            c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical="top")
        if status_fill[row[6]]:
            ws.cell(row=i, column=7).fill = fill(FILL[status_fill[row[6]]])
    r = 6 + len(SOUTHWARK) + 1
    ws.cell(row=r, column=1, value="Status key: Complete | On track | At risk | Not started")
    for col, w in zip("ABCDEFGH", (30, 6, 60, 32, 10, 14, 12, 34)):
        ws.column_dimensions[col].width = w

    log = wb.create_sheet("Change log")
    for i, r_ in enumerate([("Date", "Change", "By"),
                            ("12/06/2025", "Year 2 plan agreed by the Board", "Early Help Partnership Manager"),
                            ("09/02/2026", "Q3 status update", "Early Help Partnership Manager")], start=1):
        for j, v in enumerate(r_, start=1):
            log.cell(row=i, column=j, value=v)
    wb.save(os.path.join(HERE, "fy1-southwark-early-help-partnership-action-plan-typo-month-refuse.xlsx"))


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


def bold_cell(cell, text):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(1.8))


# ---------------------------------------------------------------------------
# 4. Suffolk Local Area Partnership - SEND priority action plan (docx, a table per area)
# ---------------------------------------------------------------------------
SUFFOLK_TITLE = "Suffolk Local Area Partnership: SEND Priority Action Plan"
SUFFOLK = [
    ("Area for priority action 1",
     "Leaders across education, health and care should urgently improve the timeliness and quality of education, "
     "health and care (EHC) needs assessments and plans, so that children and young people's needs are "
     "identified and met without delay.",
     [("APA1.1", "Recruit six additional EHC coordinators and two educational psychologists to clear the backlog "
                 "of assessments that have gone beyond 20 weeks.",
       "Head of SEND Services", "September 2025", "Backlog reduced from 412 to 96 cases.", "Complete"),
      ("APA1.2", "Set up a multi-agency quality assurance panel to review a sample of draft EHC plans every month.",
       "Head of SEND Services / Designated Clinical Officer", "Autumn term 2025",
       "Panel meeting monthly since October; 40 plans reviewed.", "Green"),
      ("APA1.3", "Publish a timeliness dashboard to the SEND Partnership Board and to parent carers through the "
                 "Local Offer.",
       "SEND Performance Manager", "Monthly", "20-week timeliness 38% (December), up from 11%.", "Green")],
     "Measures of success: 60% of EHC plans issued within 20 weeks by March 2026; 80% of audited plans rated "
     "good or better."),
    ("Area for priority action 2",
     "Leaders in Suffolk and North East Essex Integrated Care Board should reduce waiting times for "
     "neurodevelopmental assessment and speech and language therapy, and make sure families are supported "
     "while they wait.",
     [("APA2.1", "Commission additional autism and ADHD assessment capacity from an independent provider.",
       "ICB Director of Children's Commissioning", "31/12/2025",
       "Contract awarded November 2025; provider mobilising.", "Amber"),
      ("APA2.2", "Launch the ‘Waiting Well’ offer of advice line and parent workshops for families on the "
                 "neurodevelopmental pathway.",
       "Designated Clinical Officer", "June 2025", "Launched 2 June 2025; 630 families registered.", "Complete"),
      ("APA2.3", "Review the speech and language therapy service specification with schools and parent carers.",
       "Associate Director, Children and Young People (ICB)", "March 2026",
       "Review paused while the provider contract is extended.", "Red")],
     "Measures of success: no child waiting longer than 52 weeks for a neurodevelopmental assessment by "
     "September 2026."),
    ("Area for improvement 1",
     "Leaders should improve how children and young people with SEND are prepared for adulthood, including "
     "through annual reviews from Year 9.",
     [("AFI1.1", "Add preparing for adulthood outcomes to the annual review template from Year 9 onwards.",
       "Post-16 SEND Lead", "April 2026", "", "Not started"),
      ("AFI1.2", "Agree a transition protocol between children's and adult social care for young people with "
                 "complex needs.",
       "Head of Disabled Children's Service; Head of Transitions (Adult Services)", "Summer term 2026",
       "Draft protocol out for consultation.", "Amber")],
     "Measures of success: 90% of Year 9+ annual reviews include preparing for adulthood outcomes."),
    ("Area for improvement 2",
     "Leaders should strengthen co-production with parent carers so that their views shape the development of "
     "services.",
     [("AFI2.1", "Co-produce the new SEND and Alternative Provision Strategy with Suffolk Parent Carer Forum.",
       "Assistant Director, Inclusion", "January 2026", "Four co-production workshops held.", "Green"),
      ("AFI2.2", "Hold ‘You said, we did’ events in each area of the county.",
       "SEND Engagement Officer", "Termly", "Autumn events held in Ipswich, Bury and Lowestoft.", "Green")],
     "Measures of success: parent carer survey shows improved confidence in the partnership."),
]
SUFFOLK_RAG_FILL = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}


def build_suffolk():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(SUFFOLK_TITLE, style="Title")
    doc.add_paragraph("In response to the Ofsted and CQC area SEND inspection (February 2025). "
                      "Progress update: January 2026")
    t = doc.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate([("Version", "3.0"), ("Date", "20 January 2026"),
                                ("Author", "SEND Improvement Programme Lead"),
                                ("Approved by", "Suffolk SEND Partnership Board"),
                                ("Next review", "April 2026")]):
        bold_cell(t.cell(i, 0), a)
        t.cell(i, 1).text = b
    doc.add_heading("RAG key", level=1)
    k = doc.add_table(rows=1, cols=5)
    k.style = "Table Grid"
    for j, (word, hex_) in enumerate([("Complete", "0070C0"), ("Green – on track", "00B050"),
                                      ("Amber – some delay", "FFC000"), ("Red – off track", "FF0000"),
                                      ("Not started", "FFFFFF")]):
        k.cell(0, j).text = word
        shade(k.cell(0, j), hex_)
    doc.add_heading("Our plan", level=1)
    doc.add_paragraph("The inspection identified two areas for priority action and two areas for improvement. "
                      "Each is set out below with the actions the partnership has agreed.")
    for heading, finding, acts, measures in SUFFOLK:
        doc.add_heading(heading, level=2)
        p = doc.add_paragraph()
        p.add_run(finding).italic = True
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for j, h in enumerate(["Ref", "Action", "Lead", "By when", "Progress", "RAG"]):
            bold_cell(tb.cell(0, j), h)
            shade(tb.cell(0, j), "D9E2F3")
        for ref, text, lead, when, prog, rag in acts:
            cells = tb.add_row().cells
            for c, v in zip(cells, [ref, text, lead, when, prog, rag]):
                c.text = v
            if rag in SUFFOLK_RAG_FILL:
                shade(cells[5], SUFFOLK_RAG_FILL[rag])
        last = tb.add_row().cells
        m = last[0].merge(last[5])
        m.text = measures
        for row in tb.rows:
            for j, w in enumerate((Cm(1.8), Cm(8.5), Cm(4.5), Cm(3), Cm(6), Cm(2))):
                row.cells[j].width = w
        doc.add_paragraph()
    doc.save(os.path.join(HERE, "fy1-suffolk-send-local-area-partnership-priority-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Barnet - Corporate Parenting Advisory Panel action plan (docx, one table, pledge rows)
# ---------------------------------------------------------------------------
BARNET_TITLE = "Barnet Corporate Parenting Action Plan 2025–26"
BARNET = [
    ("Pledge 1: A safe and stable home", [
        ("1.1", "Increase the number of Barnet foster carers.\nTarget: 15 new mainstream fostering households by "
                "March 2026.",
         "Head of Fostering and Adoption", "March 2026", "9 households approved; 5 in assessment.", "A"),
        ("1.2", "Review all children placed more than 20 miles from Barnet at the Placement Stability Panel.",
         "Head of Placements; Service Manager, Children in Care", "Quarterly",
         "All 31 children reviewed in Q3.", "G"),
    ]),
    ("Pledge 2: Doing well at school and beyond", [
        ("2.1", "Every child in care to have a Personal Education Plan reviewed each term, with the child's views "
                "recorded.",
         "Virtual School Headteacher", "Termly", "PEP completion 96% in the autumn term.", "G"),
        ("2.2", "Offer ring-fenced apprenticeships within the council for care leavers.",
         "Jo Ferris & Dan Okafor", "September 2025", "Eight care leavers started in September.", "Completed"),
    ]),
    ("Pledge 3: Being healthy", [
        ("3.1", "Make sure initial health assessments are completed within 20 working days of a child coming "
                "into care.",
         "Designated Nurse for Children in Care (NCL ICB)", "Dec 2025",
         "Timeliness 54% in December. Paediatric capacity raised with the ICB.", "R"),
        ("3.2", "Extend the emotional wellbeing service for care leavers up to age 25.",
         "Head of Service – Leaving Care", "April 2026", "Funding agreed; recruitment under way.", "G"),
    ]),
    ("Pledge 4: Having a voice", [
        ("4.1", "Members of the Children in Care Council to attend the Panel every quarter and set one agenda "
                "item.",
         "Participation Lead", "Ongoing", "Young people led the October item on pocket money.", "G"),
        ("4.2", "Publish a revised Local Offer for Care Leavers, co-produced with Barnet care leavers.",
         "Head of Service – Leaving Care / Participation Lead", "Jan-26",
         "Draft reviewed by care leavers in December; design work outstanding.", "A"),
    ]),
]


def build_barnet():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10.5)
    doc.add_paragraph(BARNET_TITLE, style="Title")
    doc.add_paragraph("Corporate Parenting Advisory Panel – 22 January 2026")
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate([("Report of", "Executive Director, Children and Family Services"),
                                ("Officer contact", "Head of Service – Corporate Parenting"),
                                ("Status", "Public"),
                                ("Enclosures", "Appendix A – Corporate Parenting Action Plan 2025–26")]):
        bold_cell(t.cell(i, 0), a)
        t.cell(i, 1).text = b
    doc.add_paragraph()
    doc.add_paragraph("Our promise to children in care and care leavers is set out in our four pledges. The table "
                      "below shows what we said we would do under each pledge and where we are now.")
    tb = doc.add_table(rows=1, cols=6)
    tb.style = "Table Grid"
    for j, h in enumerate(["No.", "What we will do", "Who is responsible", "When", "Update (January 2026)",
                           "RAG"]):
        bold_cell(tb.cell(0, j), h)
        shade(tb.cell(0, j), "00788A")
    rag_fill = {"G": "00B050", "A": "FFC000", "R": "FF0000", "Completed": "0070C0"}
    for pledge, acts in BARNET:
        row = tb.add_row().cells
        m = row[0].merge(row[5])
        bold_cell(m, pledge)
        shade(m, "DAEEF3")
        for no, text, who, when, upd, rag in acts:
            cells = tb.add_row().cells
            for c, v in zip(cells, [no, text, who, when, upd, rag]):
                c.text = v
            shade(cells[5], rag_fill[rag])
    for row in tb.rows:
        for j, w in enumerate((Cm(1.2), Cm(8.5), Cm(5), Cm(2.6), Cm(7), Cm(1.8))):
            row.cells[j].width = w
    doc.add_paragraph()
    doc.add_paragraph("RAG: G – on track; A – some delay, action in hand; R – off track; Completed – action "
                      "finished.")
    doc.add_paragraph("Panel members are asked to note progress and agree the actions for the next quarter.")
    doc.save(os.path.join(HERE, "fy1-barnet-corporate-parenting-advisory-panel-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Buckinghamshire Council - council-run children's home Ofsted action plan (csv export)
# ---------------------------------------------------------------------------
BUCKS_TITLE = ("Orchard House children's home (Buckinghamshire Council) – Ofsted action plan following the "
               "full inspection on 14 and 15 October 2025")
BUCKS_HEADER = ["Type", "Regulation / guidance", "Requirement or recommendation", "No.", "Action",
                "Responsible person", "Due date", "RAG", "Update"]
BUCKS_ROWS = [
    ["Requirement", "Regulation 12 (1)(2)(a)(i)(ii)",
     "The registered person must ensure that staff follow the home's missing from care procedures, including "
     "telling the police and the placing authority without delay. To be completed by: 30 November 2025",
     "1", "Deliver refresher training on the missing from care procedure to all residential staff.",
     "Registered Manager", "14/11/2025", "Complete", "All 14 staff trained by 12/11/2025."],
    ["", "", "", "2",
     "Update each child's missing from care risk assessment within 24 hours of any return interview",
     "Deputy Manager", "30/11/2025", "Complete", "Checked at weekly staff meeting."],
    ["", "", "", "", "and share the updated assessment with the child's social worker.", "", "", "", ""],
    ["Requirement", "Regulation 13 (8)(a)",
     "The registered person must ensure that the home's monitoring systems identify shortfalls in the recording "
     "of physical interventions. To be completed by: 31 December 2025",
     "3", "Introduce a weekly audit of physical intervention records, with findings reported to the Responsible "
          "Individual.",
     "Registered Manager / Responsible Individual", "31/12/2025", "Green", "Weekly audits since 3/11/2025."],
    ["", "", "", "4", "Commission an independent review of all physical interventions since April 2025.",
     "Service Manager, Residential and Short Breaks", "31/01/2026", "Amber",
     "Reviewer appointed; report expected February."],
    ["Recommendation", "Guide to the Children's Homes Regulations, page 14, paragraph 3.9",
     "The registered person should ensure that children's placement plans reflect their wishes and feelings "
     "about time with their families.",
     "5", "Key workers to complete direct work with each child about family time and record their views in the "
          "placement plan.",
     "Key workers", "28/02/2026", "Green", "Three of four children completed."],
    ["", "", "", "6", "Registered Manager to sample two placement plans each month to check the child's views are "
                      "recorded.",
     "Registered Manager", "Monthly", "Green", ""],
    ["Recommendation", "Guide to the Children's Homes Regulations, page 55, paragraph 10.3",
     "The registered person should ensure that the home's statement of purpose is updated to reflect the current "
     "staffing structure.",
     "7", "Revise the statement of purpose and send it to Ofsted.", "Responsible Individual", "12/01/2026",
     "Not started", ""],
]


def build_bucks():
    path = os.path.join(HERE, "fy1-buckinghamshire-council-childrens-home-ofsted-action-plan.csv")
    n = len(BUCKS_HEADER)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow([BUCKS_TITLE] + [""] * (n - 1))
        w.writerow(["URN: SC487210", "", "Registered Manager: Claire Whitlock", "", "", "",
                    "Last updated: 19/01/2026", "", ""])
        w.writerow([""] * n)
        w.writerow(BUCKS_HEADER)
        for r in BUCKS_ROWS:
            w.writerow(r)
        w.writerow([""] * n)
        w.writerow(["RAG key: Complete = done and checked; Green = on track; Amber = some delay; "
                    "Not started = not yet begun"] + [""] * (n - 1))


# ---------------------------------------------------------------------------
# 7. Kensington and Chelsea YJS - HMIP improvement plan (tab-separated text export)
# ---------------------------------------------------------------------------
RBKC = [
    ("Domain one: Organisational delivery", [
        ("Recommendation 1: The YJS Management Board should ensure that statutory partners attend board meetings "
         "at the right level of seniority and hold the service to account for the quality of its work.", [
            ("1.1", "Refresh the board's terms of reference and membership, with named deputies for each statutory "
                    "partner.", "Chair of the YJS Management Board", "Dec-25", "", "B",
             "New terms of reference agreed 18/11/25."),
            ("1.2", "Introduce a quarterly performance and quality report to the board, including findings from "
                    "case audits.", "Head of Youth Justice Service; YJS Performance Officer", "Jan-26", "Mar-26",
             "A", "First report drafted; audit data to be added."),
        ]),
        ("Recommendation 2: The YJS Management Board should ensure that children have timely access to speech and "
         "language therapy and emotional wellbeing support.", [
            ("2.1", "Agree funding with the ICB for a dedicated speech and language therapist within the YJS.",
             "Director of Early Help and Prevention", "Mar-26", "", "G", "Business case with ICB."),
        ]),
    ]),
    ("Domain two: Court disposals", [
        ("Recommendation 3: The Head of Service should ensure that assessments and plans consistently address the "
         "risk of harm to others, drawing on information from all relevant agencies.", [
            ("3.1", "Deliver risk of harm training to all case managers, followed by observed practice.",
             "YJS Practice Lead", "Nov-25", "", "B", "Training delivered 6 and 13 November."),
            ("3.2", "Hold a monthly risk management panel for all children assessed as high or very high risk of "
                    "serious harm.", "Team Manager (Court & Intervention)", "Ongoing", "", "G",
             "Panel meeting since September."),
            ("3.3", "Audit 10 cases each quarter against the HMIP standards and share the learning at team meetings.",
             "Quality Assurance Lead", "Q4 2025/26", "", "G", "Q3 audit complete."),
        ]),
    ]),
    ("Domain three: Out-of-court disposals", [
        ("Recommendation 4: The Head of Service should ensure that the out-of-court disposal panel records its "
         "rationale and considers the child's needs and the views of victims.", [
            ("4.1", "Revise the out-of-court disposal policy with the Metropolitan Police and publish it to partners.",
             "Head of Youth Justice Service / Met Police Youth Justice Lead", "Feb-26", "", "R",
             "Awaiting Met sign-off; escalated to Board."),
            ("4.2", "Make sure a victim worker attends every out-of-court disposal panel.",
             "Restorative Justice and Victim Worker", "Jan-26", "", "", "Recruitment under way."),
        ]),
    ]),
]


def build_rbkc():
    cols = 7
    lines = [
        "Royal Borough of Kensington and Chelsea – Youth Justice Service",
        "HM Inspectorate of Probation inspection of youth justice services (July 2025): Post-inspection "
        "Improvement Plan",
        "Approved by the YJS Management Board 18 November 2025. Version 2 – progress at 31 January 2026",
        "",
        "\t".join(["Ref", "Recommendation / action", "Action owner", "Target date", "Revised date", "RAG",
                   "Progress"]),
    ]
    for domain, recs in RBKC:
        lines.append(domain + "\t" * (cols - 1))
        for rec, acts in recs:
            lines.append("\t" + rec + "\t" * (cols - 2))
            for a in acts:
                lines.append("\t".join(a))
    lines += [
        "",
        "RAG key: B = complete, G = on track, A = at risk of delay, R = off track, blank = not started",
        "Summary: 2 complete, 3 on track, 1 at risk, 1 off track, 1 not started (8 actions)",
    ]
    with open(os.path.join(HERE, "fy1-kensington-chelsea-yjs-hmip-improvement-plan.txt"), "w",
              encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    build_wakefield()
    build_coventry()
    build_southwark()
    build_suffolk()
    build_barnet()
    build_bucks()
    build_rbkc()
    print("built 7 files in", HERE)
