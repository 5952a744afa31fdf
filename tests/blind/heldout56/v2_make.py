"""Generator for the v2- cases of heldout56 (partnership and corporate plans).

Run with /work/main/.venv/bin/python v2_make.py ; writes the seven document files
beside this script.  The expected readings (*.expected.yaml) are written by hand
from the content below.

  v2-charnwood-csp-dhr-helen-action-plan.docx          DHR action plan, Home Office template
  v2-bnssg-icb-board-action-log.xlsx                   ICB Board action log, meeting bands, key
  v2-leeds-hwb-jhws-q2-highlight-report.docx           HWB strategy highlight report, prev/current RAG
  v2-lrsab-sar-mrs-p-action-plan.xlsx                  SAB SAR action plan, merged recs, fill-only RAG
  v2-ddscp-lcspr-kai-action-plan-export.csv            SCP LCSPR action plan, SharePoint-style export
  v2-kmpt-mr-t-independent-investigation-action-plan.txt  NHS trust plan, tab export (year 2202: refuse)
  v2-wmca-ags-governance-issues-action-plan.xlsx       Combined authority AGS action plan
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

# Colours as councils/trusts use them
RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "0070C0"
GREY = "D9D9D9"
HDR = "1F3864"


def path(name):
    return os.path.join(HERE, name)


# ----------------------------------------------------------------- docx helpers
def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, side, Cm(1.5))
    return s


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9, white=False, align=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)
        if white:
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        if align:
            p.alignment = align


def header_row(table, headings):
    for i, h in enumerate(headings):
        c = table.rows[0].cells[i]
        set_cell(c, h, bold=True, white=True)
        shade(c, HDR)
    # repeat header row on each page
    trPr = table.rows[0]._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


# ======================================================================
# 1. Charnwood CSP - DHR 'Helen' action plan (docx)
# ======================================================================
DHR_HEAD = [
    "Recommendation",
    "Scope of recommendation (local, regional or national)",
    "Action to take",
    "Lead Agency",
    "Key milestones achieved in enacting recommendation",
    "Target Date",
    "Date of completion and Outcome",
    "RAG",
]

DHR_OVERVIEW = [
    ("1. Charnwood CSP to seek assurance that partner agencies’ domestic abuse training "
     "addresses coercive and controlling behaviour in the relationships of older people.",
     "Local",
     [
         ("Carry out an audit of partner agency domestic abuse training content and report the "
          "findings to the CSP Strategic Group.",
          "Charnwood CSP",
          "Audit template agreed May 2023. Returns received from 9 of 11 partner agencies.",
          "December 2023",
          "January 2024 – audit report presented to the Strategic Group on 18/01/2024; gaps fed "
          "back to each agency.",
          "Complete"),
         ("Commission a multi-agency briefing on coercive control and older victims, co-delivered "
          "with Living Without Abuse.",
          "Charnwood CSP / LWA",
          "Two sessions delivered (20/02/2024 and 19/03/2024); 84 practitioners attended.",
          "March 2024",
          "March 2024 – evaluation shows 91% of attendees feel more confident to identify "
          "coercive control.",
          "Complete"),
     ]),
    ("2. Leicestershire Police and LLR ICB to improve how information about domestic abuse "
     "incidents is shared with GP practices.",
     "Local and regional",
     [
         ("Develop a notification pathway so that domestic abuse incidents attended by the police "
          "are shared with the victim’s registered GP practice.",
          "Leicestershire Police and LLR ICB",
          "Pathway drafted and agreed at the LLR Domestic Abuse Health Group. Information Sharing "
          "Agreement awaiting sign-off by both Information Governance leads.",
          "September 2024",
          "",
          "Amber"),
         ("Evaluate the pathway after six months of operation and report the findings to the DHR "
          "Oversight Group.",
          "LLR ICB",
          "Not yet started – dependent on the action above.",
          "March 2025",
          "",
          "Not started"),
     ]),
    ("3. Charnwood CSP to raise awareness among family, friends, neighbours and community groups "
     "of where to seek advice if they are worried about someone.",
     "Local",
     [
         ("Deliver a ‘Spot the Signs’ community campaign across Loughborough, Shepshed and Syston, "
          "targeting older people’s groups, faith settings and community pharmacies.",
          "Community Safety Manager, Charnwood Borough Council",
          "Campaign materials produced with Helen’s family. 40 community pharmacies signed up to "
          "display materials.",
          "November 2024",
          "Campaign launched 25/11/2024 (White Ribbon Day).",
          "Green"),
     ]),
]

DHR_SINGLE = [
    ("4. Leicestershire Police to ensure that DASH risk assessments are completed with the victim "
     "in the absence of the alleged perpetrator.",
     "Local",
     [
         ("Reissue guidance to response officers and include it in the force’s mandatory domestic "
          "abuse training.",
          "Leicestershire Police",
          "Guidance reissued February 2024.",
          "31/03/2024",
          "March 2024 – included in the 2024/25 training programme; 1,150 officers trained to date.",
          "Complete"),
     ]),
    ("5. Leicestershire Partnership NHS Trust (LPT) to strengthen routine enquiry about domestic "
     "abuse in community mental health teams.",
     "Local",
     [
         ("Add a mandatory routine enquiry question to the community mental health assessment "
          "template on SystmOne.",
          "LPT",
          "Template change tested in two teams in April 2024.",
          "June 2024",
          "10/06/2024 – template live across all community mental health teams.",
          "Complete"),
         ("Dip-sample 20 records each quarter to monitor compliance with routine enquiry and report "
          "the results to the LPT Safeguarding Committee.",
          "Named Nurse Safeguarding Adults, LPT",
          "Q1 compliance 68%; Q2 compliance 79%.",
          "Quarterly",
          "",
          "Green"),
     ]),
    ("6. Charnwood Borough Council Housing Services to record and act on disclosures of domestic "
     "abuse made during tenancy visits.",
     "Local",
     [
         ("Add domestic abuse prompts to the annual tenancy visit form and train all tenancy "
          "officers in their use.",
          "Head of Landlord Services",
          "Form updated October 2024. Training for 14 tenancy officers booked for January 2025.",
          "Q3 2024/25",
          "",
          "Amber"),
     ]),
]

RAG_FILL_WORDS = {"Complete": "9DC3E6", "Green": "A9D08E", "Amber": "FFD966", "Red": "FF7C80"}


def dhr_table(doc, recs):
    n = 1 + sum(len(r[2]) for r in recs)
    t = doc.add_table(rows=n, cols=len(DHR_HEAD))
    t.style = "Table Grid"
    header_row(t, DHR_HEAD)
    row = 1
    for rec, scope, actions in recs:
        first = row
        for (action, lead, miles, target, done, rag) in actions:
            cells = t.rows[row].cells
            set_cell(cells[2], action)
            set_cell(cells[3], lead)
            set_cell(cells[4], miles)
            set_cell(cells[5], target)
            set_cell(cells[6], done)
            set_cell(cells[7], rag, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
            if rag in RAG_FILL_WORDS:
                shade(cells[7], RAG_FILL_WORDS[rag])
            row += 1
        last = row - 1
        if last > first:
            m0 = t.cell(first, 0).merge(t.cell(last, 0))
            m1 = t.cell(first, 1).merge(t.cell(last, 1))
        else:
            m0, m1 = t.cell(first, 0), t.cell(first, 1)
        set_cell(m0, rec)
        set_cell(m1, scope)
    return t


def make_dhr():
    doc = Document()
    sec = landscape(doc)
    hp = sec.header.paragraphs[0]
    hp.text = "Charnwood Community Safety Partnership                                        OFFICIAL"
    doc.add_heading("Domestic Homicide Review ‘Helen’ – Action Plan", level=0)
    doc.add_paragraph("Progress update for the Charnwood CSP Strategic Group – 14 November 2024")
    doc.add_paragraph(
        "This action plan sets out the recommendations of the Domestic Homicide Review into the "
        "death of ‘Helen’, a 74-year-old resident of Loughborough, and the actions agreed by the "
        "Review Panel and partner agencies. The Overview Report was approved for publication by the "
        "Home Office Quality Assurance Panel in July 2023. Progress is monitored by the CSP’s DHR "
        "Oversight Group and reported to the Strategic Group each quarter.")

    vc = doc.add_table(rows=4, cols=4)
    vc.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Changes"]):
        set_cell(vc.rows[0].cells[i], h, bold=True)
        shade(vc.rows[0].cells[i], GREY)
    vrows = [
        ("1.0", "12/07/2023", "DHR Independent Chair", "Action plan approved with Overview Report"),
        ("1.1", "08/04/2024", "Community Safety Officer", "Q4 2023/24 progress added"),
        ("1.2", "04/11/2024", "Community Safety Officer", "Q2 2024/25 progress added"),
    ]
    for r, vals in enumerate(vrows, start=1):
        for i, v in enumerate(vals):
            set_cell(vc.rows[r].cells[i], v)
    doc.add_paragraph()

    doc.add_heading("Overview Report Recommendations", level=2)
    dhr_table(doc, DHR_OVERVIEW)
    doc.add_paragraph()
    doc.add_heading("Single Agency Recommendations", level=2)
    dhr_table(doc, DHR_SINGLE)
    doc.add_paragraph()
    p = doc.add_paragraph()
    r = p.add_run("RAG key: ")
    r.bold = True
    p.add_run("Complete – action completed and evidenced | Green – on track to be delivered by the "
              "target date | Amber – at risk of slipping, mitigation in place | Red – not on track | "
              "Not started – action not yet due to start")
    doc.save(path("v2-charnwood-csp-dhr-helen-action-plan.docx"))


# ======================================================================
# 2. BNSSG ICB Board action log (xlsx)
# ======================================================================
ICB_HEAD = ["Action No.", "Item", "Action", "Responsible", "Due date", "Revised due date",
            "Status", "Update"]
D = dt.datetime
ICB_ROWS = [
    ("band", "Actions arising from the meeting held on 3 October 2024"),
    (101, "8.2 Quality and Safety Committee report",
     "Provide the Board with a briefing on the CQC findings for the NHS 111 / Integrated Urgent "
     "Care service and the system’s response.",
     "RK", D(2024, 12, 5), D(2025, 2, 6), "Complete",
     "Briefing circulated to Board members 28/01/2025 and discussed at the February development "
     "session. Proposed for closure."),
    (102, "9 Finance report (Month 5)",
     "Set out the risks to delivery of the 2024/25 efficiency plans by organisation in the next "
     "finance report.",
     "SH", D(2024, 12, 5), None, "Complete",
     "Included in the Month 7 finance report to the December Board. Proposed for closure."),
    (103, "11 People Committee report",
     "Bring the refresh of the system workforce plan to a future Board development session.",
     "JH/DJ", D(2025, 4, 3), None, "On track",
     "Scheduled for the April development session."),
    ("band", "Actions arising from the meeting held on 5 December 2024"),
    (104, "6 Chief Executive’s report",
     "Circulate the winter communications plan and campaign evaluation to Board members.",
     "KR", D(2025, 2, 6), None, "Complete",
     "Circulated 10/01/2025. Proposed for closure."),
    (105, "7 Patient story",
     "Write to the family to thank them for sharing their experience and confirm how their "
     "feedback has been used in the discharge to assess pathway review.",
     "Chief Nursing Officer", D(2025, 1, 31), None, "Complete",
     "Letter sent 17/01/2025. Proposed for closure."),
    (106, "10 Urgent and emergency care update",
     "Report ambulance handover performance by hospital site, including the number of handovers "
     "over 60 minutes, in the Integrated Performance Report.",
     "DJ", D(2025, 2, 6), D(2025, 4, 3), "At risk",
     "Site-level data definitions agreed with providers; the new measure will be included from the "
     "March IPR. Revised date proposed."),
    (107, "12 Board Assurance Framework",
     "Review the risk score for the primary care access risk (BAF 4) in light of the dental "
     "recovery plan.",
     "RK, SH", D(2025, 2, 6), None, "Overdue",
     "Not yet reviewed – to be taken to the Audit and Risk Committee on 13 March."),
    ("band", "Actions arising from the meeting held on 6 February 2025"),
    (108, "5 Joint Forward Plan refresh",
     "Share the draft Joint Forward Plan 2025–30 with the three Health and Wellbeing Boards before "
     "final approval.",
     "SH", D(2025, 3, 31), None, "On track",
     "Draft shared with Bristol HWB; North Somerset and South Gloucestershire HWBs meet in March."),
    (109, "8 Healthier Together Partnership update",
     "Provide a progress update on the six Locality Partnerships’ delivery plans.",
     "JR", D(2025, 6, 5), None, "On track", ""),
    (110, "11 Finance report (Month 9)",
     "Confirm the 2025/26 financial plan submission timetable to Board members.",
     "SH", D(2025, 2, 20), None, "Complete",
     "Confirmed by email 14/02/2025. Proposed for closure."),
]
ICB_STATUS_FILL = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Overdue": RED}


def make_icb():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Log"
    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "NHS Bristol, North Somerset and South Gloucestershire ICB Board – Action Log"
    ws["A1"].font = Font(bold=True, size=14, color=HDR)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Meetings in public | Updated following the meeting held on 6 February 2025"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:H2")
    r = 4
    for i, h in enumerate(ICB_HEAD, start=1):
        c = ws.cell(row=r, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor=HDR)
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = box
    ws.freeze_panes = "A5"
    r = 5
    for row in ICB_ROWS:
        if row[0] == "band":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            for col in range(1, 9):
                ws.cell(row=r, column=col).fill = PatternFill("solid", fgColor=GREY)
                ws.cell(row=r, column=col).border = box
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
            continue
        no, item, action, resp, due, rev, status, upd = row
        vals = [no, item, action, resp, due, rev, status, upd]
        for i, v in enumerate(vals, start=1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = box
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        sc = ws.cell(row=r, column=7)
        sc.fill = PatternFill("solid", fgColor=ICB_STATUS_FILL[status])
        sc.font = Font(bold=True, color="FFFFFF" if status in ("Complete", "Overdue") else "000000")
        r += 1
    r += 1
    ws.cell(row=r, column=2, value="Status key").font = Font(bold=True)
    r += 1
    key = [("Complete", "Action completed – proposed for closure"),
           ("On track", "Action not yet due and on track"),
           ("At risk", "Due date at risk – revised date proposed"),
           ("Overdue", "Due date passed and action not complete")]
    for word, meaning in key:
        c = ws.cell(row=r, column=2, value=word)
        c.fill = PatternFill("solid", fgColor=ICB_STATUS_FILL[word])
        ws.cell(row=r, column=3, value=meaning)
        r += 1
    widths = [10, 26, 60, 14, 12, 12, 12, 55]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    wb.save(path("v2-bnssg-icb-board-action-log.xlsx"))


# ======================================================================
# 3. Leeds HWB - JHWS delivery highlight report Q2 2024/25 (docx)
# ======================================================================
HWB_HEAD = ["Ref", "Action", "Lead", "Timescale", "Previous RAG", "Current RAG",
            "Update this quarter"]
HWB = [
    ("People", [
        ("Priority 1: A child friendly city and the best start in life", [
            ("1.1", "Expand the Leeds Best Start family hub offer, including infant feeding support, "
                    "to all 16 Family Hub areas.",
             "Head of Public Health (Children and Families)", "March 2025", "G", "G",
             "13 of 16 areas now live; the remaining three are on schedule for February 2025."),
            ("1.2", "Recommission the 0-19 Public Health Integrated Nursing Service.",
             "Leeds City Council / Leeds Community Healthcare NHS Trust", "2024/25", "A", "A",
             "Procurement timeline extended by six weeks following market engagement; contract "
             "award now expected in March 2025."),
        ]),
        ("Priority 3: People live well with good mental health", [
            ("3.1", "Roll out the Mindwell ‘Front Door’ single point of access for adults needing "
                    "community mental health support.",
             "Leeds and York Partnership NHS FT", "Dec 2024", "A", "G",
             "Soft launch completed 30/09/2024; go-live confirmed for 2 December."),
            ("3.2", "Increase the proportion of people with serious mental illness receiving a full "
                    "annual physical health check to 60%.",
             "Head of Mental Health Commissioning, ICB in Leeds", "March 2025", "R", "A",
             "54.8% at Q2 (51.2% at Q1). Outreach clinics running in Harehills and Seacroft."),
        ]),
    ]),
    ("Place", [
        ("Priority 6: Housing and the environment enable all people of Leeds to be healthy", [
            ("6.1", "Complete damp and mould surveys for all council homes where damp or mould was "
                    "reported in 2023/24.",
             "Chief Officer Housing", "Sept 2024", "G", "B",
             "All 2,914 surveys completed by 27/09/2024. Remedial works are tracked through the "
             "Housing Improvement Board."),
            ("6.2", "Launch the Warm Homes Leeds advice line with Citizens Advice and Groundwork.",
             "Climate, Energy and Green Spaces Team", "Oct 2024", "G", "B",
             "Advice line launched 1 October 2024; 612 calls in the first four weeks."),
        ]),
        ("Priority 7: Strong, engaged and well-connected communities", [
            ("7.1", "Extend the Local Care Partnerships’ community health development programme to "
                    "the three remaining LCP areas.",
             "LCP Development Lead", "Sept 2024 – March 2025", "G", "G",
             "Community partners appointed in two of the three areas; the third is out to "
             "expressions of interest."),
            ("7.2", "Publish the Leeds Food Strategy action plan for 2024–26.",
             "Public Health Lead – Food and Healthy Weight", "Nov 2024", "G", "A",
             "Consultation closed. Publication moved to the December Executive Board."),
        ]),
    ]),
    ("Productivity", [
        ("Priority 10: A valued, well-trained and supported workforce", [
            ("10.1", "Agree a joint health and care workforce retention plan across the Leeds "
                     "Health and Care Academy partners.",
             "Director, Leeds Health and Care Academy", "January 2025", "A", "R",
             "Draft plan delayed by changes to national NHS workforce guidance; partner workshop "
             "rescheduled to January."),
            ("10.2", "Hold ‘Anchors’ recruitment events targeting residents of the 10% most "
                     "deprived neighbourhoods.",
             "Leeds Anchors Network Programme Manager", "Ongoing", "G", "G",
             "Two events held in Q2 (Beeston and Harehills); 47 residents offered roles."),
        ]),
    ]),
]
HWB_FILL = {"R": "FF0000", "A": "FFC000", "G": "00B050", "B": "00B0F0"}


def make_hwb():
    doc = Document()
    landscape(doc)
    doc.add_heading("Leeds Health and Wellbeing Strategy 2023–2030: Delivery Highlight Report – "
                    "Quarter 2 2024/25", level=0)
    doc.add_paragraph("Leeds Health and Wellbeing Board – 15 January 2025")
    rd = doc.add_table(rows=4, cols=2)
    rd.style = "Table Grid"
    for i, (k, v) in enumerate([("Report owner", "Chief Officer, Health Partnerships"),
                                ("Reporting period", "July – September 2024"),
                                ("Version", "1.2 (final)"),
                                ("Next report", "Quarter 3 – April 2025 Board")]):
        set_cell(rd.rows[i].cells[0], k, bold=True)
        shade(rd.rows[i].cells[0], GREY)
        set_cell(rd.rows[i].cells[1], v)
    doc.add_paragraph()
    doc.add_paragraph(
        "This report summarises progress against the delivery actions agreed by partners for each "
        "of the Strategy’s twelve priorities. Each action has a lead organisation or officer who "
        "provides a quarterly update and RAG rating. Only priorities with actions due in 2024/25 "
        "are shown; actions rated Red or Amber are discussed by exception at the Board.")
    for group, priorities in HWB:
        doc.add_heading(group, level=1)
        for prio, actions in priorities:
            doc.add_heading(prio, level=2)
            t = doc.add_table(rows=1 + len(actions), cols=len(HWB_HEAD))
            t.style = "Table Grid"
            header_row(t, HWB_HEAD)
            for r, (ref, action, lead, when, prev, cur, upd) in enumerate(actions, start=1):
                cells = t.rows[r].cells
                for i, v in enumerate([ref, action, lead, when, prev, cur, upd]):
                    set_cell(cells[i], v, bold=(i in (4, 5)),
                             align=WD_ALIGN_PARAGRAPH.CENTER if i in (4, 5) else None)
                shade(cells[4], HWB_FILL[prev])
                shade(cells[5], HWB_FILL[cur])
            doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("RAG key: ").bold = True
    p.add_run("B = Complete   G = On track   A = Some delay or risk to delivery   "
              "R = Significant delay / off track")
    doc.save(path("v2-leeds-hwb-jhws-q2-highlight-report.docx"))


# ======================================================================
# 4. LRSAB - SAR 'Mrs P' multi-agency action plan (xlsx, fill-only RAG)
# ======================================================================
SAR_HEAD = ["Ref", "SAR Recommendation", "Action", "Lead Agency", "Lead Officer", "Target Date",
            "Revised Target Date", "Progress Update", "Evidence of Impact", "RAG"]
SAR = [
    ("Recommendation 1: LRSAB partners should be assured that self-neglect and hoarding concerns "
     "are escalated through the multi-agency Self-Neglect Pathway where a person declines services.",
     [
         ("1.1", "Relaunch the LLR Self-Neglect and Hoarding Policy with a practitioner learning "
                 "event and 7-minute briefing.",
          "LRSAB Business Office", "SAB Business Manager", D(2024, 6, 30), None,
          "Policy relaunched at the June learning event; 7-minute briefing circulated to all "
          "partners.",
          "210 practitioners attended; 87% of respondents to the post-event survey feel confident "
          "using the pathway.", BLUE),
         ("1.2", "Audit a sample of self-neglect cases to test use of the escalation pathway.",
          "Leicestershire County Council Adult Social Care", "Principal Social Worker (Adults)",
          D(2024, 9, 30), D(2024, 12, 31),
          "Audit of 25 cases completed in November. Report to the January Audit Subgroup.",
          "Findings to be reported.", GREEN),
         ("1.3", "Include self-neglect escalation in the multi-agency training programme.",
          "LRSAB Training Subgroup", "Training Subgroup Chair", "Ongoing", None,
          "Included in the Level 3 multi-agency course from September 2024.",
          "", GREEN),
     ]),
    ("Recommendation 2: Health partners should ensure that a person’s mental capacity to make "
     "decisions about their care and treatment is assessed and recorded when there are repeated "
     "refusals of care.",
     [
         ("2.1", "Review the Mental Capacity Act audit tool used in primary care and add a prompt "
                 "on repeated refusals of care.",
          "LLR ICB", "Designated Safeguarding Adults Lead / MCA Lead", D(2025, 3, 31), None,
          "Revised tool drafted and GP Safeguarding Leads Forum consulted in December. "
          "Implementation delayed by the ICB restructure.",
          "", AMBER),
         ("2.2", "Deliver MCA refresher training to district nursing teams with a focus on "
                 "fluctuating capacity.",
          "Leicestershire Partnership NHS Trust", "Lisa Barker, Head of Safeguarding",
          D(2024, 12, 31), None,
          "Completed: 11 sessions delivered to 164 staff between September and December 2024.",
          "Record audit planned for Q1 2025/26 to test impact.", BLUE),
     ]),
    ("Recommendation 3: Leicestershire Fire and Rescue Service and partners should share "
     "information about fire risk where people who self-neglect smoke in the home.",
     [
         ("3.1", "Agree a referral route from adult social care and community health teams to "
                 "LFRS for Home Fire Safety Checks.",
          "Leicestershire Fire and Rescue Service", "Group Manager, Prevention", D(2024, 10, 31),
          None,
          "Referral form and route agreed and published on the LLR procedures site.",
          "38 referrals received October–December 2024.", BLUE),
         ("3.2", "Provide fire-retardant bedding and throws through the Home Safety scheme where "
                 "risk is identified.",
          "LFRS", "Station Manager Community Safety", D(2025, 3, 31), D(2025, 6, 30),
          "Funding bid submitted to the Better Care Fund; decision expected in February.",
          "", AMBER),
     ]),
    ("Recommendation 4: LRSAB should seek assurance that the learning from this review has been "
     "embedded in practice.",
     [
         ("4.1", "Undertake a multi-agency audit of self-neglect cases 12 months after publication "
                 "and report the findings to the Board.",
          "LRSAB", "Audit Subgroup Chair", D(2025, 7, 31), None,
          "Not yet due.", "", None),
     ]),
]


def make_sar():
    wb = Workbook()
    ws = wb.active
    ws.title = "SAR Mrs P Action Plan"
    thin = Side(style="thin", color="000000")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "LRSAB – Safeguarding Adults Review ‘Mrs P’: Multi-Agency Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:J1")
    ws["A2"] = ("Leicestershire and Rutland Safeguarding Adults Board | Owner: SAR Subgroup | "
                "Last updated: 09/01/2025")
    ws.merge_cells("A2:J2")
    r = 4
    for i, h in enumerate(SAR_HEAD, start=1):
        c = ws.cell(row=r, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="7030A0")
        c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        c.border = box
    r = 5
    for gi, (rec, actions) in enumerate(SAR):
        if gi:
            r += 1  # blank separator row between recommendations
        first = r
        for (ref, action, agency, officer, target, revised, prog, impact, fill) in actions:
            vals = [ref, None, action, agency, officer, target, revised, prog, impact, None]
            for i, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = Alignment(wrap_text=True, vertical="top")
                c.border = box
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            if fill:
                ws.cell(row=r, column=10).fill = PatternFill("solid", fgColor=fill)
            r += 1
        ws.cell(row=first, column=2, value=rec).alignment = Alignment(wrap_text=True,
                                                                      vertical="top")
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 2
    ws.cell(row=r, column=2, value="RAG key").font = Font(bold=True)
    r += 1
    for fill, meaning in [(RED, "Not on track / significant concerns"),
                          (AMBER, "Some slippage – revised date agreed or awaited"),
                          (GREEN, "On track"),
                          (BLUE, "Complete"),
                          (None, "No colour – not yet started")]:
        c = ws.cell(row=r, column=2)
        if fill:
            c.fill = PatternFill("solid", fgColor=fill)
        c.border = box
        ws.cell(row=r, column=3, value=meaning)
        r += 1
    widths = [6, 40, 45, 24, 26, 11, 11, 45, 35, 7]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A5"
    wb.save(path("v2-lrsab-sar-mrs-p-action-plan.xlsx"))


# ======================================================================
# 5. DDSCP - LCSPR 'Kai' action plan, SharePoint-style export (csv)
# ======================================================================
CSV_HEAD = ["Ref", "Review", "Learning theme", "Recommendation", "Action", "Agency",
            "Action owner", "Due date", "Revised due date", "RAG status", "Progress update",
            "Modified"]
T1 = "1. Safe sleep and parental vulnerability"
T2 = "2. Professional curiosity about fathers and male carers"
T3 = "3. Information sharing between adult and children's services"
T4 = "4. Assurance"
R1 = ("R1: Partners to ensure that safe sleep advice is tailored to families where parents use "
      "alcohol or substances.")
R2 = "R2: Agencies to routinely identify, assess and record information about fathers and male carers."
R3 = ("R3: Adult mental health and substance misuse services to share information about parents "
      "with children's services when risk is identified.")
R4 = "R4: The DDSCP to seek assurance that the learning from this review has made a difference."
REV = "LCSPR Kai (KDS23)"
CSV_ROWS = [
    ("1.1", T1, R1,
     "Update the DDSCP safe sleep guidance to cover:\n- co-sleeping after alcohol or drug use\n"
     "- sofa sleeping\nand relaunch it through a 7-minute briefing.",
     "DDSCP Business Unit", "Helen Ward", "31/10/2024", "", "Blue - Complete",
     "Guidance updated and relaunched 15/10/2024. Briefing downloaded 1,240 times.",
     "12/02/2025 09:14"),
    ("1.2", T1, R1,
     "Health visitors to complete a safe sleep assessment at the new birth visit and again at the "
     "6-8 week contact where parental substance use is known.",
     "Derbyshire Community Health Services NHS FT", "Sam Okafor; Rachel Price", "31/12/2024",
     "31/03/2025", "Amber",
     "Assessment added to the SystmOne template for new birth visits. Roll-out to the 6-8 week "
     "contact delayed by template testing.",
     "10/02/2025 16:02"),
    ("1.3", T1, R1,
     "Include the learning from Kai's review in the refresh of the Keeping Babies Safe strategy.",
     "Derby City Council", "Head of Early Help and Children's Centres", "30/06/2025", "", "Green",
     "Strategy refresh under way; draft to the DDSCP Executive in May.",
     "03/02/2025 11:40"),
    ("2.1", T2, R2,
     "Add mandatory fields for fathers and significant males to the Early Help Assessment and "
     "children's social care assessment templates.",
     "Derbyshire County Council", "Principal Social Worker", "31/01/2025", "", "Blue - Complete",
     "Fields live in Mosaic from 20/01/2025. Practice guidance issued to all teams.",
     "27/01/2025 08:55"),
    ("2.2", T2, R2,
     "Deliver 'Think Dad' multi-agency training to practitioners in midwifery, health visiting "
     "and early help.",
     "DDSCP Training Subgroup", "Claire Burton", "31/03/2025", "", "Green",
     "Four of six sessions delivered; 118 attendees so far.",
     "11/02/2025 14:21"),
    ("2.3", T2, R2,
     "Midwifery to record the father's details and any known risks at booking and share them with "
     "the health visiting service.",
     "University Hospitals of Derby and Burton NHS FT", "Named Midwife for Safeguarding",
     "30/11/2024", "28/02/2025", "Red",
     "Change to the digital maternity record has not yet been made. Escalated to the UHDB "
     "Safeguarding Committee.",
     "12/02/2025 10:05"),
    ("3.1", T3, R3,
     "Issue a practice note to adult substance misuse services on when and how to share "
     "information with children's social care.",
     "Derbyshire Recovery Partnership", "Service Manager, Derbyshire Recovery Partnership",
     "30/09/2024", "", "Blue - Complete",
     "Practice note issued 23/09/2024 and discussed at all team meetings.",
     "02/10/2024 15:47"),
    ("3.2", T3, R3,
     "Audit 30 cases open to both adult substance misuse services and children's social care to "
     "test the quality of information sharing.",
     "DDSCP Quality Assurance Subgroup", "Amrit Sandhu and Paul Reeve", "30/04/2025", "",
     "Not started", "Audit scheduled for April 2025.",
     "20/01/2025 09:30"),
    ("3.3", T3, R3,
     "Add a 'Think Family' prompt to the adult mental health care plan review.",
     "Derbyshire Healthcare NHS FT", "Head of Safeguarding (DHCFT)", "31/03/2025", "", "Amber",
     "Prompt designed; awaiting a SystmOne development slot.",
     "07/02/2025 13:12"),
    ("4.1", T4, R4,
     "Report progress on this action plan to the DDSCP Executive every six months.",
     "DDSCP Business Unit", "Helen Ward", "Six-monthly", "", "Green",
     "Last reported to the Executive 05/12/2024.",
     "12/02/2025 09:16"),
]


def make_csv():
    with open(path("v2-ddscp-lcspr-kai-action-plan-export.csv"), "w", encoding="utf-8-sig",
              newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(CSV_HEAD)
        for (ref, theme, rec, action, agency, owner, due, rev, rag, prog, mod) in CSV_ROWS:
            w.writerow([ref, REV, theme, rec, action, agency, owner, due, rev, rag, prog, mod])


# ======================================================================
# 6. KMPT - independent investigation 'Mr T' action plan, tab export (txt)
#    Action 2.1's target date is typed 30/09/2202: a year that cannot be right.
# ======================================================================
TXT_HEAD = ["Rec", "Issue identified", "Action no.", "Action to be taken", "Person responsible",
            "Target completion date", "Evidence", "Progress to date", "Status"]
I1 = ("The Trust must ensure that care plans for patients under the Community Mental Health Team "
      "include a crisis and contingency plan that reflects known risks.")
I2 = "The Trust should ensure that family members are involved in risk assessment where the patient consents."
I3 = ("Discharge from inpatient wards must include a documented handover to the community team "
      "within 72 hours.")
I4 = ("The Trust and commissioners should ensure that this action plan is monitored through to "
      "completion.")
TXT_ROWS = [
    ("1", I1, "1.1", "Revise the care plan template on RiO so that the crisis and contingency "
                     "section is mandatory.",
     "Head of Clinical Systems", "31/03/2021", "RiO template; audit results",
     "Template live from 08/03/2021.", "Complete"),
    ("1", I1, "1.2", "Audit 10% of CMHT care plans each quarter for the quality of crisis and "
                     "contingency plans.",
     "Care Group Quality Leads", "30/06/2021", "Quarterly audit reports",
     "First audit completed in April 2021 - 72% compliant. Re-audit due June.", "On track"),
    ("2", I2, "2.1", "Update the Carers and Families policy to include guidance on involving "
                     "families in risk assessment.",
     "Patient Experience Lead", "30/09/2202", "Ratified policy",
     "Draft policy with the Policy Ratification Group.", "On track"),
    ("2", I2, "2.2", "Deliver Triangle of Care training to all community teams.",
     "Carers Lead / Head of Nursing", "31/12/2021", "Training records",
     "Training programme agreed; first cohort booked for June 2021.", "On track"),
    ("3", I3, "3.1", "Introduce a discharge handover checklist on all adult acute wards.",
     "Acute Care Group Service Manager", "30/04/2021", "Checklist; ward audit",
     "Checklist in use on all wards since 19/04/2021.", "Complete"),
    ("3", I3, "3.2", "Monitor 72-hour follow-up after discharge through the Care Group performance "
                     "dashboard.",
     "Head of Performance", "Monthly", "Performance dashboard",
     "Reported monthly; 91% in April 2021.", "On track"),
    ("4", I4, "4.1", "Present quarterly progress on this action plan to the Kent and Medway CCG "
                     "Serious Incident Scrutiny Panel.",
     "Head of Patient Safety", "Quarterly", "Panel minutes",
     "Presented February 2021; next update August 2021.", "On track"),
]


def make_txt():
    lines = [
        "KMPT – Independent investigation into the care and treatment of Mr T: Trust action plan",
        "Kent and Medway NHS and Social Care Partnership Trust | Exported from Datix 14/05/2021",
        "",
        "\t".join(TXT_HEAD),
    ]
    for row in TXT_ROWS:
        lines.append("\t".join(row))
    with open(path("v2-kmpt-mr-t-independent-investigation-action-plan.txt"), "w",
              encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ======================================================================
# 7. WMCA - Annual Governance Statement significant issues action plan (xlsx)
# ======================================================================
AGS_HEAD = ["Ref", "Governance issue", "Action", "Responsible officer", "Original target date",
            "Revised target date", "Progress update (January 2025)", "Status"]
AGS = [
    ("Issues carried forward from the 2022/23 Annual Governance Statement", [
        ("1. Programme assurance – inconsistent application of the Single Assurance Framework "
         "across devolved funding programmes", [
            ("1.1", "Refresh the Single Assurance Framework and issue updated guidance to programme "
                    "sponsors.",
             "Head of Assurance", D(2024, 3, 31), D(2024, 9, 30),
             "Refreshed framework approved by the WMCA Board on 12/07/2024 and guidance issued to "
             "all programme sponsors.", "Complete"),
            ("1.2", "Introduce quarterly assurance reporting on devolved programmes to the Audit, "
                    "Risk and Assurance Committee.",
             "Head of Assurance", D(2024, 6, 30), None,
             "First quarterly report presented to ARAC in September 2024.", "Complete"),
        ]),
        ("2. Information governance – compliance with FOI and subject access request timescales", [
            ("2.1", "Implement a case management system for information requests.",
             "Data Protection Officer", D(2023, 12, 31), D(2025, 3, 31),
             "System procured; go-live planned for February 2025 after data migration testing.",
             "Amber"),
            ("2.2", "Report FOI and SAR performance to the Senior Leadership Team every month.",
             "Data Protection Officer", "Monthly", None,
             "Monthly reporting in place since April 2024; FOI compliance 88% in December.",
             "Green"),
        ]),
    ]),
    ("Issues identified in the 2023/24 Annual Governance Statement", [
        ("3. Integrated Settlement readiness – governance and accountability arrangements for the "
         "Integrated Settlement from 2025/26", [
            ("3.1", "Develop the accountability and outcomes frameworks for the Integrated "
                    "Settlement and agree them with government.",
             "Director of Finance", D(2025, 3, 31), None,
             "Draft accountability framework shared with MHCLG in December 2024; outcomes "
             "framework workshops with portfolio leads under way.", "Green"),
            ("3.2", "Review the WMCA constitution and scheme of delegation to reflect Integrated "
                    "Settlement decision-making.",
             "Monitoring Officer", "June 2025", None,
             "Review scoped; proposals to the Board for the 2025 annual meeting.", "Green"),
        ]),
        ("4. Workforce capacity – reliance on interim and agency staff in key finance and "
         "commercial roles", [
            ("4.1", "Recruit to the permanent finance and commercial structure approved in 2023/24.",
             "Director of People and Organisational Development", D(2024, 9, 30), D(2025, 3, 31),
             "14 of 19 posts filled permanently; remaining roles re-advertised in January 2025.",
             "Amber"),
            ("4.2", "Put a knowledge transfer plan in place for each interim role before the "
                    "contract ends.",
             "Director of Finance", D(2024, 12, 31), None,
             "Plans in place for 3 of 7 interim roles; two contracts ended without a handover "
             "plan. Escalated to the Senior Leadership Team.", "Red"),
        ]),
        ("5. Cyber security – recommendations from the 2023 external cyber assessment", [
            ("5.1", "Implement multi-factor authentication for all remote access and privileged "
                    "accounts.",
             "Head of Digital and IT", D(2024, 3, 31), None,
             "MFA enforced for all accounts from 18/03/2024.", "Complete"),
        ]),
    ]),
]
AGS_FILL = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}


def make_ags():
    wb = Workbook()
    ws = wb.active
    ws.title = "AGS Action Plan"
    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = ("West Midlands Combined Authority – Annual Governance Statement 2023/24: "
                "Significant Governance Issues Action Plan")
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Progress update to the Audit, Risk and Assurance Committee – 27 January 2025"
    ws.merge_cells("A2:H2")
    r = 4
    for i, h in enumerate(AGS_HEAD, start=1):
        c = ws.cell(row=r, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="002060")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = box
    r = 5
    for band, issues in AGS:
        ws.cell(row=r, column=1, value=band).font = Font(bold=True)
        for col in range(1, 9):
            ws.cell(row=r, column=col).fill = PatternFill("solid", fgColor=GREY)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for issue, actions in issues:
            first = r
            for (ref, action, officer, orig, rev, prog, status) in actions:
                vals = [ref, None, action, officer, orig, rev, prog, status]
                for i, v in enumerate(vals, start=1):
                    c = ws.cell(row=r, column=i, value=v)
                    c.alignment = Alignment(wrap_text=True, vertical="top")
                    c.border = box
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd mmm yyyy"
                sc = ws.cell(row=r, column=8)
                sc.fill = PatternFill("solid", fgColor=AGS_FILL[status])
                sc.font = Font(bold=True, color="FFFFFF" if status in ("Complete", "Red") else "000000")
                r += 1
            ws.cell(row=first, column=2, value=issue).alignment = Alignment(wrap_text=True,
                                                                            vertical="top")
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Status key").font = Font(bold=True)
    r += 1
    for word, meaning in [("Complete", "Action fully implemented"),
                          ("Green", "On track to meet the target date"),
                          ("Amber", "Behind the original target but expected to be delivered by "
                                    "the revised date"),
                          ("Red", "Not on track – at risk of not being delivered")]:
        c = ws.cell(row=r, column=1, value=word)
        c.fill = PatternFill("solid", fgColor=AGS_FILL[word])
        ws.cell(row=r, column=2, value=meaning)
        r += 1
    widths = [8, 40, 50, 28, 14, 14, 50, 11]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    wb.save(path("v2-wmca-ags-governance-issues-action-plan.xlsx"))


if __name__ == "__main__":
    make_dhr()
    make_icb()
    make_hwb()
    make_sar()
    make_csv()
    make_txt()
    make_ags()
    print("written")
