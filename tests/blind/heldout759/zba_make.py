#!/usr/bin/env python3
"""Build the seven zba- blind test files (set heldout759).

Run with /work/main/.venv/bin/python zba_make.py  (writes next to this script).
Files:
  zba-surrey-local-area-send-accelerated-progress-plan.docx
  zba-merthyr-tydfil-cbc-ciw-childrens-services-improvement-check-action-plan.docx
  zba-sandwell-council-asc-cqc-assessment-improvement-plan.xlsx
  zba-oldham-council-fostering-service-development-plan-2025-26.xlsx
  zba-kirklees-council-plan-delivery-tracker-2025-26-q2-typo-month-refuse.xlsx
  zba-leeds-sab-thematic-sar-alcohol-related-harm-action-plan.csv
  zba-warwickshire-county-council-overview-scrutiny-recommendations-tracker.txt
"""
import csv
import datetime as dt
import io
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {  # RAG fills used across the files
    "blue": "00B0F0",
    "green": "00B050",
    "amber": "FFC000",
    "red": "FF0000",
    "grey": "D9D9D9",
    "navy": "1F3864",
    "pale": "DEEAF6",
    "sand": "FBE4D5",
}


# --------------------------------------------------------------------------
# Word helpers
# --------------------------------------------------------------------------
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9, fill=None):
    """Write text into a cell; '\n' in text becomes separate paragraphs."""
    parts = text.split("\n") if text else [""]
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.font.size = Pt(size)
    if fill:
        shade(cell, fill)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.5))


# --------------------------------------------------------------------------
# 1. Surrey local area SEND Accelerated Progress Plan (docx)
# --------------------------------------------------------------------------
SURREY_AREAS = [
    {
        "heading": "Area of weakness 1: The timeliness and quality of education, health and care (EHC) needs assessments and plans",
        "aim": "What we want to achieve: families receive timely, good-quality EHC plans that accurately describe their child’s needs and the provision that will meet them.",
        "rows": [
            ("1.1",
             "Recruit to the additional SEN case officer posts agreed in the SEND Recovery Plan and reduce caseloads to no more than 150 children per officer.",
             "Assistant Director – Inclusion and Additional Needs",
             "31/03/2022", "30/09/2022", "Amber",
             "14 of 18 posts filled. Average caseload reduced from 212 to 168. Final recruitment round closes August 2022."),
            ("1.2",
             "Introduce a multi-agency EHC plan quality assurance framework, with monthly audits moderated by Family Voice Surrey.",
             "Head of SEND Quality Assurance / Designated Clinical Officer",
             "Summer term 2022", "", "Blue",
             "Framework launched April 2022. Three moderated audit cycles completed; 71% of plans rated good or better in June 2022 (baseline 38%)."),
            ("1.3",
             "Ensure health advice for EHC needs assessments is returned within six weeks in at least 90% of cases.\nReport compliance monthly to the SEND Partnership Board.",
             "Designated Clinical Officer (Surrey Heartlands)",
             "December 2022", "", "Green",
             "Compliance 84% in May 2022, up from 61%. Community paediatrics now has a dedicated EHC advice clinic."),
            ("1.4",
             "Complete the annual review backlog for pupils in Year 9 and Year 11 so that preparing for adulthood planning starts on time.",
             "Head of SEND Operations",
             "31/07/2022", "31/12/2022", "Red",
             "Backlog of 1,140 reviews remains at 610. Additional agency capacity approved by Cabinet in June 2022; revised date agreed with DfE."),
        ],
    },
    {
        "heading": "Area of weakness 2: The involvement of parents and carers in planning, monitoring and evaluating services, and the effectiveness of the local offer",
        "aim": "What we want to achieve: parents and carers are equal partners in designing services and can easily find the information and support available to them.",
        "rows": [
            ("2.1",
             "Co-produce and publish a refreshed Local Offer website with Family Voice Surrey, including a ‘you said, we did’ page.",
             "Local Offer Manager and Family Voice Surrey",
             "Spring term 2022", "Autumn term 2022", "Green",
             "Content review complete. Website supplier appointed May 2022; user testing with parents booked for September."),
            ("2.2",
             "Run ‘SEND Listening Events’ in each quadrant of the county and report the themes to the SEND Partnership Board.",
             "Head of Participation",
             "Termly", "", "Green",
             "Summer term events held in all four quadrants (212 attendees). Themes report to Partnership Board 19 July 2022."),
            ("2.3",
             "Extend the SENCo network to include post-16 providers and publish a termly SENCo newsletter.",
             "Principal Educational Psychologist; Post-16 Lead",
             "Sept 2022 – March 2023", "", "Green",
             "Terms of reference agreed with the three FE colleges. First joint network meeting planned for October 2022."),
        ],
    },
    {
        "heading": "Area of weakness 3: Joint commissioning, including timely access to therapies and to emotional wellbeing and mental health support",
        "aim": "What we want to achieve: children and young people get the therapy and emotional wellbeing support they need without long waits.",
        "rows": [
            ("3.1",
             "Agree a jointly commissioned speech and language therapy offer for mainstream schools, funded through the Section 75 agreement.",
             "Associate Director for Children's Commissioning (ICB) & Head of Commissioning (SCC)",
             "Q4 2022/23", "", "Amber",
             "Options appraisal completed. Funding split still to be agreed at the Joint Commissioning Group in September 2022."),
            ("3.2",
             "Reduce waiting times for Mindworks emotional wellbeing and mental health assessments to 18 weeks.",
             "Mindworks Alliance Director",
             "31/03/2023", "", "Red",
             "Median wait 31 weeks (June 2022). Recruitment to the new neurodevelopmental pathway is behind plan."),
            ("3.3",
             "Publish the joint commissioning strategy for SEND 2022–2025 and align the high needs block recovery plan with it.",
             "Director – Commissioning (CFL)",
             "30/06/2022", "", "Blue",
             "Strategy approved by Cabinet and the ICB Board in June 2022 and published on the Local Offer."),
        ],
    },
]
RAG_FILL = {"Blue": FILL["blue"], "Green": FILL["green"], "Amber": FILL["amber"], "Red": FILL["red"]}


def make_surrey(path):
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Surrey Local Area SEND Accelerated Progress Plan", style="Title")
    doc.add_paragraph(
        "Annex A: Accelerated Progress Plan (APP) for a Local Area following the judgement by "
        "Ofsted/Care Quality Commission that sufficient progress had not been made against the "
        "weaknesses outlined by the Inspection")
    doc.add_paragraph("Version 6 – refreshed following the 18-month progress review with DfE and NHS England (July 2022)")

    info = [
        ("Name of the Local Area", "Surrey"),
        ("Date of revisit", "October 2019"),
        ("Date of publication of the revisit report", "December 2019"),
        ("Accountable Officers from the LA and ICB",
         "Executive Director – Children, Families and Lifelong Learning (Surrey County Council)\n"
         "Executive Director of Nursing (NHS Surrey Heartlands Integrated Care Board)"),
        ("SEND and NHS England Advisers", "DfE SEND Adviser (South East); NHS England SEND Adviser"),
        ("Date of 18-month review meeting", "7 July 2022"),
    ]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in info:
        r = t.add_row().cells
        set_cell(r[0], k, bold=True, fill=FILL["pale"])
        set_cell(r[1], v)

    doc.add_paragraph("")
    doc.add_heading("RAG rating key", level=2)
    key = [("Blue", "Action complete and impact evidenced"),
           ("Green", "On track to be delivered by the completion date"),
           ("Amber", "Some slippage – recovery action in place"),
           ("Red", "Off track – escalated to the SEND Partnership Board")]
    kt = doc.add_table(rows=0, cols=2)
    kt.style = "Table Grid"
    for k, v in key:
        r = kt.add_row().cells
        set_cell(r[0], k, bold=True, fill=RAG_FILL[k])
        set_cell(r[1], v)

    hdr = ["Ref", "Action", "Lead(s)", "Original completion date", "Revised completion date", "RAG",
           "Progress and evidence of impact (June 2022)"]
    for area in SURREY_AREAS:
        doc.add_heading(area["heading"], level=1)
        doc.add_paragraph(area["aim"])
        at = doc.add_table(rows=1, cols=len(hdr))
        at.style = "Table Grid"
        for c, h in zip(at.rows[0].cells, hdr):
            set_cell(c, h, bold=True, fill=FILL["grey"])
        for ref, action, lead, orig, rev, rag, prog in area["rows"]:
            r = at.add_row().cells
            vals = [ref, action, lead, orig, rev, rag, prog]
            for i, (c, v) in enumerate(zip(r, vals)):
                set_cell(c, v, fill=RAG_FILL[rag] if i == 5 else None)
        doc.add_paragraph("")

    doc.add_heading("Governance and monitoring", level=1)
    doc.add_paragraph(
        "Progress against this plan is reported monthly to the SEND Partnership Board and the SEND "
        "Improvement Board, and six-monthly to the Department for Education and NHS England. Family "
        "Voice Surrey attends both boards and co-chairs the monthly APP task group.")
    st = doc.add_table(rows=1, cols=3)
    st.style = "Table Grid"
    for c, h in zip(st.rows[0].cells, ["Signed on behalf of", "Role", "Date"]):
        set_cell(c, h, bold=True, fill=FILL["grey"])
    for who, role in [("Surrey County Council", "Executive Director – Children, Families and Lifelong Learning"),
                      ("NHS Surrey Heartlands ICB", "Executive Director of Nursing")]:
        r = st.add_row().cells
        set_cell(r[0], who)
        set_cell(r[1], role)
        set_cell(r[2], "15/07/2022")
    doc.save(path)


# --------------------------------------------------------------------------
# 2. Merthyr Tydfil CBC – CIW improvement check, children's services (docx)
# --------------------------------------------------------------------------
MERTHYR_SECTIONS = [
    {
        "heading": "1. People – voice and control",
        "afi": "Children’s views, wishes and feelings are not consistently recorded or reflected in assessments and care and support plans.",
        "rows": [
            ("1.1", "Introduce a mandatory ‘What matters to me’ section in the WCCIS assessment template and audit compliance monthly.",
             "Principal Social Worker", "Q3 2024/25",
             "Template change went live 2 December 2024. February audit: 88% of assessments completed the section.", "blue"),
            ("1.2", "Commission an independent advocacy ‘active offer’ for all children subject to initial child protection conferences.",
             "Commissioning Manager (Children)", "31/03/2025",
             "Regional contract variation agreed with the Cwm Taf Morgannwg advocacy provider. Offer starts April 2025.", "green"),
        ],
    },
    {
        "heading": "2. Prevention",
        "afi": "Too many contacts are re-referred within 12 months because early help is not consistently offered at the front door.",
        "rows": [
            ("2.1", "Co-locate Early Help Hub practitioners within the Information, Advice and Assistance (IAA) team and introduce a daily joint triage meeting.",
             "Team Manager IAA & Early Help Hub Manager", "January 2025",
             "Daily triage started 13 January 2025. Co-location delayed by accommodation works at the Civic Centre until May 2025.", "amber"),
            ("2.2", "Review the Team Around the Family threshold guidance with partners and relaunch it through the Cwm Taf Morgannwg Safeguarding Board.",
             "Head of Children’s Services", "Q1 2025/26",
             "Draft guidance shared with partners for comment; closes 30 April 2025.", "green"),
        ],
    },
    {
        "heading": "3. Partnerships and integration",
        "afi": "Strategy discussions do not always include health and education partners, and decisions are not consistently recorded.",
        "rows": [
            ("3.1", "Agree a revised strategy discussion protocol with South Wales Police and Cwm Taf Morgannwg University Health Board.",
             "Service Manager – Safeguarding and Quality Assurance", "December 2024",
             "Protocol signed off at the Safeguarding Board Executive on 18 December 2024.", "blue"),
            ("3.2", "Quality assure a sample of 20 strategy discussions each quarter and report findings to the Children’s Services Improvement Board.",
             "Service Manager – Safeguarding and Quality Assurance", "Quarterly",
             "Q3 sample: health attended 17 of 20 discussions (85%); education 12 of 20 (60%).", "green"),
        ],
    },
    {
        "heading": "4. Well-being",
        "afi": "Supervision is not consistently recorded and management oversight of caseloads in the child protection teams is variable.",
        "rows": [
            ("4.1", "Implement the revised Supervision Policy, with supervision recorded on WCCIS within five working days.",
             "Group Manager (Safeguarding)", "28/02/2025",
             "Policy launched. Recording within five days at 71% in February; team managers’ training booked for April.", "amber"),
            ("4.2", "Reduce average caseloads for social workers in the child protection teams to no more than 18 children.",
             "Head of Children’s Services / Head of HR", "By 30 September 2025",
             "Average caseload 23. Four overseas social workers due to start June 2025; market supplement under review.", "red"),
            ("4.3", "Establish a monthly practice-learning forum for newly qualified social workers, linked to the Social Care Wales consolidation programme.",
             "Principal Social Worker", "Ongoing",
             "Forum meeting monthly since October 2024; average attendance 11.", "green"),
        ],
    },
]


def make_merthyr(path):
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Children’s Services: Care Inspectorate Wales Improvement Check Action Plan", style="Title")
    p = doc.add_paragraph("Merthyr Tydfil County Borough Council – Social Services Directorate")
    p.runs[0].bold = True
    doc.add_paragraph(
        "This plan responds to the areas for improvement set out in Care Inspectorate Wales’ improvement "
        "check letter of November 2024. It is structured under the four principles of the Social Services "
        "and Well-being (Wales) Act 2014 and is monitored by the Children’s Services Improvement Board.")

    doc.add_heading("Document control", level=2)
    dc = doc.add_table(rows=1, cols=4)
    dc.style = "Table Grid"
    for c, h in zip(dc.rows[0].cells, ["Version", "Date", "Author", "Summary of changes"]):
        set_cell(c, h, bold=True, fill=FILL["grey"])
    for row in [("0.1", "02/12/2024", "Principal Social Worker", "First draft for Senior Management Team"),
                ("1.0", "19/12/2024", "Head of Children’s Services", "Approved by Corporate Director of Social Services"),
                ("1.2", "04/04/2025", "Business Support Officer", "Quarter 4 progress updates added")]:
        r = dc.add_row().cells
        for c, v in zip(r, row):
            set_cell(c, v)

    doc.add_heading("Progress key", level=2)
    kt = doc.add_table(rows=0, cols=2)
    kt.style = "Table Grid"
    for colour, meaning in [("blue", "Complete"), ("green", "On track"),
                            ("amber", "Some delay – action in hand"), ("red", "Not on track – escalate to Improvement Board")]:
        r = kt.add_row().cells
        set_cell(r[0], "", fill=FILL[colour])
        set_cell(r[1], meaning)
    doc.add_paragraph("")

    hdr = ["Ref", "Action", "Responsible officer", "Timescale", "Progress update (March 2025)", "RAG"]
    for sec in MERTHYR_SECTIONS:
        doc.add_heading(sec["heading"], level=1)
        t = doc.add_table(rows=1, cols=len(hdr))
        t.style = "Table Grid"
        # area for improvement row: label cell + merged text cell
        lab = t.rows[0].cells[0]
        set_cell(lab, "Area for improvement", bold=True, fill=FILL["sand"])
        merged = t.rows[0].cells[1].merge(t.rows[0].cells[len(hdr) - 1])
        set_cell(merged, sec["afi"], bold=True, fill=FILL["sand"])
        hr = t.add_row().cells
        for c, h in zip(hr, hdr):
            set_cell(c, h, bold=True, fill=FILL["grey"])
        for ref, action, lead, when, prog, rag in sec["rows"]:
            r = t.add_row().cells
            for c, v in zip(r[:5], [ref, action, lead, when, prog]):
                set_cell(c, v)
            set_cell(r[5], "", fill=FILL[rag])
        doc.add_paragraph("")

    doc.add_heading("Sign-off", level=2)
    so = doc.add_table(rows=2, cols=2)
    so.style = "Table Grid"
    set_cell(so.rows[0].cells[0], "Approved by", bold=True)
    set_cell(so.rows[0].cells[1], "Corporate Director of Social Services")
    set_cell(so.rows[1].cells[0], "Next review", bold=True)
    set_cell(so.rows[1].cells[1], "Children’s Services Improvement Board, July 2025")
    doc.save(path)


# --------------------------------------------------------------------------
# Excel helpers
# --------------------------------------------------------------------------
THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


# --------------------------------------------------------------------------
# 3. Sandwell Council – ASC CQC local authority assessment improvement plan (xlsx)
# --------------------------------------------------------------------------
SANDWELL_TITLE = "Sandwell Council – Adult Social Care: CQC Local Authority Assessment Improvement Plan 2025–26"
D = dt.datetime
SANDWELL_THEMES = [
    ("Theme 1: Working with people", [
        ("Assessing needs (score 2)",
         "People wait too long for Care Act assessments and reviews, and waiting lists are not consistently risk-rated.", [
            ("1.1", "Introduce a single risk-rating tool for everyone waiting for an assessment or review, with weekly oversight by team managers.",
             "Service Manager – Adult Social Care Front Door", D(2025, 9, 30), None, "Amber", "Complete",
             "Tool live in all locality teams from 15 September. Weekly waiting list huddles in place."),
            ("1.2", "Deliver the assessment waiting list recovery plan, reducing the number of people waiting over 28 days by 50%.",
             "Head of Assessment and Care Management", D(2025, 12, 31), D(2026, 3, 31), "Amber", "Amber",
             "Waiting over 28 days down from 612 to 401 (34%). Two agency assessment teams extended to March 2026."),
        ]),
        ("Supporting people to live healthier lives (score 2)",
         "Take-up of reablement is low and people are not always offered prevention and early help before long-term services.", [
            ("1.3", "Expand reablement capacity by 20% and introduce a ‘reablement first’ default for new home care requests.",
             "Head of Provider Services; Sandwell Place Director (ICB)", D(2026, 3, 31), None, "Green", "Green",
             "Eight additional reablement workers recruited. ‘Reablement first’ pathway agreed with the Better Care Fund board."),
        ]),
        ("Equity in experience and outcomes (score 2)",
         "Unpaid carers, and people from some ethnic minority communities, told CQC it was difficult to find and access support.", [
            ("1.4", "Co-produce and launch a refreshed All-Age Carers Strategy with Sandwell Carers Centre.",
             "Commissioning Manager – Carers", D(2025, 10, 31), D(2026, 1, 31), "Amber", "Green",
             "Co-production workshops complete. Strategy to Cabinet on 21 January 2026."),
            ("1.5", "Hold community outreach sessions with faith and community groups in each of the six towns and record equality data on all new contacts.",
             "Head of Commissioning; Principal Social Worker (Adults)", "Ongoing", None, "Green", "Green",
             "Nine sessions held since July. Equality data completion on new contacts 92%."),
        ]),
    ]),
    ("Theme 2: Providing support", [
        ("Care provision, integration and continuity (score 2)",
         "There is limited choice of home care in some areas and a reliance on out-of-borough residential placements for people with complex needs.", [
            ("2.1", "Recommission the home care framework on a zoned basis to improve coverage across the borough.",
             "Head of Commissioning", D(2026, 4, 30), None, "Green", "Amber",
             "Procurement timetable moved back four weeks following market engagement feedback."),
            ("2.2", "Publish an updated Market Position Statement and specialist accommodation plan.",
             "Head of Commissioning", D(2025, 11, 30), None, "Green", "Complete",
             "Market Position Statement published 20 November 2025."),
        ]),
    ]),
    ("Theme 3: How the local authority ensures safety within the system", [
        ("Safe systems, pathways and transitions (score 2)",
         "Transitions for young people moving from children’s to adult services are not always planned early enough.", [
            ("3.1", "Establish a joint Preparing for Adulthood panel with Sandwell Children’s Trust, reviewing all young people from age 14.",
             "Head of Learning Disability and Transitions", D(2025, 9, 30), None, "Amber", "Complete",
             "Panel met monthly since August; 146 young people reviewed."),
        ]),
        ("Safeguarding (score 2)",
         "Safeguarding enquiries are not always completed in a timely way and the voice of the person is not consistently recorded.", [
            ("3.2", "Introduce Making Safeguarding Personal outcome recording in all Section 42 enquiries and audit 30 cases each quarter.",
             "Safeguarding Adults Service Manager", "Q3 2025/26", None, "Green", "Green",
             "Recording fields added to the case management system. Q2 audit: desired outcomes recorded in 24 of 30 cases."),
            ("3.3", "Clear the backlog of safeguarding concerns awaiting triage and report performance monthly to the Sandwell Safeguarding Adults Board.",
             "Safeguarding Adults Service Manager", D(2025, 8, 31), D(2025, 11, 30), "Red", "Amber",
             "Backlog down from 188 to 42 concerns. Monthly report to the Board started October 2025."),
        ]),
    ]),
    ("Theme 4: Leadership", [
        ("Governance, management and sustainability (score 2)",
         "Performance data is not consistently used by managers to understand demand, waiting times and outcomes.", [
            ("4.1", "Roll out a Power BI performance dashboard to adult social care team managers, with monthly performance clinics.",
             "Head of Business Intelligence", D(2025, 10, 31), None, "Green", "Complete",
             "Dashboard live for all team managers; first performance clinics held in October and November."),
        ]),
        ("Learning, improvement and innovation (score 2)",
         "Learning from complaints, audits and feedback is not systematically used to improve practice.", [
            ("4.2", "Implement a quarterly practice learning cycle that brings together audit findings, complaints and feedback from people who draw on care and support.",
             "Principal Social Worker (Adults)", D(2026, 3, 31), None, "Green", "Green",
             "First learning cycle report presented to the ASC Leadership Team in November."),
        ]),
    ]),
]
RAGWORD_FILL = {"Green": FILL["green"], "Amber": FILL["amber"], "Red": FILL["red"], "Complete": FILL["blue"]}


def make_sandwell(path):
    wb = Workbook()
    ws0 = wb.active
    ws0.title = "Summary"
    ws0["A1"] = SANDWELL_TITLE
    ws0["A1"].font = Font(bold=True, size=14)
    ws0["A2"] = "Summary of progress – position at 12 December 2025"
    ws0["A4"] = "Theme"
    for j, h in enumerate(["Actions", "Complete", "Green", "Amber", "Red"], start=2):
        ws0.cell(row=4, column=j, value=h)
    for c in range(1, 7):
        ws0.cell(row=4, column=c).font = Font(bold=True)
        ws0.cell(row=4, column=c).fill = fill(FILL["grey"])
        ws0.cell(row=4, column=c).border = BORDER
    r = 5
    totals = [0, 0, 0, 0, 0]
    for theme, groups in SANDWELL_THEMES:
        acts = [a for g in groups for a in g[2]]
        counts = [len(acts)] + [sum(1 for a in acts if a[6] == k) for k in ("Complete", "Green", "Amber", "Red")]
        ws0.cell(row=r, column=1, value=theme)
        for j, v in enumerate(counts, start=2):
            ws0.cell(row=r, column=j, value=v)
        totals = [x + y for x, y in zip(totals, counts)]
        for c in range(1, 7):
            ws0.cell(row=r, column=c).border = BORDER
        r += 1
    ws0.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for j, v in enumerate(totals, start=2):
        ws0.cell(row=r, column=j, value=v).font = Font(bold=True)
    r += 2
    ws0.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    for k, meaning in [("Complete", "Action delivered and evidence of impact provided"),
                       ("Green", "On track"), ("Amber", "At risk – mitigation in place"),
                       ("Red", "Off track – escalated to the ASC Improvement Board")]:
        r += 1
        ws0.cell(row=r, column=1, value=k).fill = fill(RAGWORD_FILL[k])
        ws0.cell(row=r, column=2, value=meaning)
    widths(ws0, [62, 10, 10, 10, 10, 10])

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = SANDWELL_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Plan owner: Director of Adult Social Care    Governance: ASC Improvement Board (monthly)    Progress position at 12 December 2025"
    hdr = ["Ref", "Quality statement (CQC score)", "Area for improvement identified by CQC", "Action", "Lead officer",
           "Original target", "Revised target", "Previous RAG (Sept 2025)", "Current RAG (Dec 2025)", "Progress update"]
    HR = 4
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(row=HR, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["navy"])
        c.alignment = WRAP
        c.border = BORDER
    r = HR + 1
    for theme, groups in SANDWELL_THEMES:
        ws.cell(row=r, column=1, value=theme).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(hdr))
        ws.cell(row=r, column=1).fill = fill(FILL["pale"])
        r += 1
        for qs, afi, acts in groups:
            first = r
            for ref, action, lead, orig, rev, prev, cur, prog in acts:
                vals = [ref, None, None, action, lead, orig, rev, prev, cur, prog]
                for j, v in enumerate(vals, start=1):
                    c = ws.cell(row=r, column=j, value=v)
                    c.alignment = WRAP
                    c.border = BORDER
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=8).fill = fill(RAGWORD_FILL[prev])
                ws.cell(row=r, column=9).fill = fill(RAGWORD_FILL[cur])
                r += 1
            ws.cell(row=first, column=2, value=qs)
            ws.cell(row=first, column=3, value=afi)
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
                ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    widths(ws, [6, 24, 40, 50, 30, 13, 13, 12, 12, 50])
    ws.freeze_panes = ws.cell(row=HR + 1, column=1)
    wb.save(path)


# --------------------------------------------------------------------------
# 4. Oldham Council – Fostering Service Development Plan 2025–26 (xlsx)
# --------------------------------------------------------------------------
OLDHAM_TITLE = "Oldham Council – Fostering Service Development Plan 2025–26"
OLDHAM_PRIORITIES = [
    ("Priority 1: Increase the number of Oldham foster carers (sufficiency)", [
        ("1a", "Launch the Greater Manchester fostering recruitment campaign locally, with a dedicated Oldham enquiry line that responds within 24 hours.",
         "Enquiry-to-initial-visit conversion of 20%", "SB/KM", D(2025, 6, 30),
         "Campaign launched 2 June. Enquiry line live.", "Complete. 64 enquiries in Q1–Q2; conversion 23%.", "B"),
        ("1b", "Deliver 12 information events in community venues across the five districts, targeting carers for teenagers and sibling groups.",
         "12 events; 15 applications from events", "KM", D(2026, 3, 31),
         "3 events held.", "7 events held (41 attendees); 4 applications so far.", "G"),
        ("1c", "Reduce the average time from application to Fostering Panel to 6 months.",
         "Average 6 months (2024/25: 8.5 months)", "RA", D(2026, 3, 31),
         "Assessment tracker introduced.", "Average 7.8 months. Two assessing social worker vacancies.\nAgency assessor commissioned for Q3.", "A"),
    ]),
    ("Priority 2: Support and retain our foster carers", [
        ("2a", "Launch a second Mockingbird constellation hosted by an experienced Oldham foster carer.",
         "Second hub home carer approved; 8 satellite households", "SB", D(2025, 12, 31),
         "Hub home carer identified.", "Hub carer approved at Panel in September. Satellite recruitment under way.", "G"),
        ("2b", "Review foster carer fees and allowances against the national minimum allowance and neighbouring authorities and present options to Cabinet.",
         "Cabinet decision on revised scheme", "SB & Finance Business Partner", D(2025, 10, 31),
         "Benchmarking complete.", "Cabinet report deferred to the January 2026 budget round.", "R"),
        ("2c", "Refresh the foster carer learning and development offer, including trauma-informed practice and Staying Put training.",
         "90% of carers complete core training", "LT", "Sept 2025 – Mar 2026",
         "Training needs survey issued.", "New programme published; first trauma-informed cohort starts November.", "G"),
    ]),
    ("Priority 3: Improve the quality of practice and the stability of children’s homes with foster carers", [
        ("3a", "Ensure all foster carer annual reviews are completed within 12 months of approval or last review.",
         "100% of reviews in timescale", "RA/LT", "Monthly",
         "88% in timescale.", "91% in timescale; 6 overdue reviews booked for October.", "A"),
        ("3b", "Introduce placement stability meetings for any child with two or more moves in 12 months.",
         "Meeting held for 100% of children meeting the criteria", "Service Manager – Children in Care", D(2025, 9, 30),
         "Guidance drafted.", "Stability meetings in place from August; 14 held.", "B"),
    ]),
    ("Priority 4: Kinship (connected persons) fostering", [
        ("4a", "Complete connected persons viability assessments within 6 weeks and full assessments within 16 weeks.",
         "80% within timescale", "JM", D(2026, 3, 31),
         "Viability 70%; full 55% within timescale.", "Viability 76%; full 61% within timescale.", "A"),
        ("4b", "Develop a kinship support offer (peer support group and kinship allowance policy) in line with the national kinship care strategy.",
         "Kinship offer published", "JM and SB", D(2026, 1, 31),
         "Peer group scoping with Kinship charity.", "Peer support group running monthly; allowance policy in draft.", "G"),
    ]),
]
LETTER_FILL = {"B": FILL["blue"], "G": FILL["green"], "A": FILL["amber"], "R": FILL["red"]}


def make_oldham(path):
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    lines = [
        OLDHAM_TITLE,
        "Children’s Social Care – Fostering, Adoption and Permanence",
        "",
        "Version 1.3 – Quarter 2 update (October 2025)",
        "Owner: Head of Service – Fostering, Adoption and Permanence",
        "Reported to: Fostering Service Management Team (quarterly) and Corporate Parenting Panel (six-monthly)",
        "",
    ]
    for i, t in enumerate(lines, start=1):
        cv.cell(row=i, column=1, value=t)
    cv["A1"].font = Font(bold=True, size=14)
    r = len(lines) + 1
    cv.cell(row=r, column=1, value="Leads").font = Font(bold=True)
    r += 1
    for j, h in enumerate(["Initials", "Name", "Role"], start=1):
        cv.cell(row=r, column=j, value=h).font = Font(bold=True)
    for ini, name, role in [("SB", "Sara Bright", "Head of Service – Fostering, Adoption and Permanence"),
                            ("KM", "Kieran Molloy", "Recruitment and Marketing Officer"),
                            ("RA", "Rehana Ali", "Team Manager – Fostering Assessment"),
                            ("LT", "Lisa Thornley", "Team Manager – Fostering Support"),
                            ("JM", "Joanne Mellor", "Team Manager – Kinship and Connected Persons")]:
        r += 1
        cv.cell(row=r, column=1, value=ini)
        cv.cell(row=r, column=2, value=name)
        cv.cell(row=r, column=3, value=role)
    r += 2
    cv.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    for k, meaning in [("B", "Completed"), ("G", "On track"), ("A", "Some slippage"), ("R", "Off track / significant delay")]:
        r += 1
        c = cv.cell(row=r, column=1, value=k)
        c.fill = fill(LETTER_FILL[k])
        cv.cell(row=r, column=2, value=meaning)
    widths(cv, [12, 22, 55])

    ws = wb.create_sheet("Development Plan")
    ws["A1"] = OLDHAM_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Q2 update – position at 30 September 2025"
    hdr = ["No.", "Action", "Success measure", "Lead", "Target date", "Q1 update", "Q2 update", "RAG"]
    HR = 3
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(row=HR, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = fill(FILL["grey"])
        c.border = BORDER
    r = HR + 1
    for pri, acts in OLDHAM_PRIORITIES:
        ws.cell(row=r, column=1, value=pri).font = Font(bold=True, color="FFFFFF")
        ws.cell(row=r, column=1).fill = fill("7030A0")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(hdr))
        r += 1
        for no, action, measure, lead, target, q1, q2, rag in acts:
            for j, v in enumerate([no, action, measure, lead, target, q1, q2, rag], start=1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BORDER
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            ws.cell(row=r, column=8).fill = fill(LETTER_FILL[rag])
            ws.cell(row=r, column=8).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
    widths(ws, [6, 55, 30, 18, 12, 35, 45, 6])
    ws.freeze_panes = ws.cell(row=HR + 1, column=1)

    kp = wb.create_sheet("KPIs")
    kp["A1"] = "Fostering performance indicators 2025–26"
    kp["A1"].font = Font(bold=True)
    rows = [("Indicator", "2024/25 outturn", "2025/26 target", "Q1", "Q2"),
            ("Number of fostering enquiries", 96, 120, 31, 33),
            ("Mainstream fostering households approved", 9, 14, 2, 3),
            ("Foster carer de-registrations", 15, 10, 3, 2),
            ("Children in care placed with in-house foster carers (%)", "41%", "45%", "42%", "43%"),
            ("Annual reviews completed in timescale (%)", "84%", "100%", "88%", "91%")]
    for i, row in enumerate(rows, start=3):
        for j, v in enumerate(row, start=1):
            kp.cell(row=i, column=j, value=v)
    for j in range(1, 6):
        kp.cell(row=3, column=j).font = Font(bold=True)
    widths(kp, [55, 15, 15, 8, 8])
    wb.save(path)


# --------------------------------------------------------------------------
# 5. Kirklees Council – Council Plan 2025/26 delivery tracker, Q2 (xlsx, refuse)
# --------------------------------------------------------------------------
KIRKLEES_TITLE = "Kirklees Council – Council Plan 2025/26 Delivery Tracker"
KIRKLEES_PRIORITIES = [
    ("Priority 1: Getting the basics right", [
        ("1.1", "Waste and recycling", "Roll out weekly food waste collections to all households in line with Simpler Recycling requirements.",
         "Environmental Services", "Service Director – Environmental Strategy and Climate Change", "Mar-26", "On track",
         "Vehicles delivered; caddy distribution starts in January 2026."),
        ("1.2", "Highways", "Complete the 2025/26 carriageway resurfacing programme and make safe category 1 potholes within 24 hours.",
         "Highways and Streetscene", "Service Director – Highways and Streetscene", "Mar-26", "On track",
         "62% of the resurfacing programme complete. 97% of category 1 defects made safe within 24 hours."),
        ("1.3", "Customer access", "Launch the new customer contact platform for council tax and waste enquiries.",
         "Customer and Exchequer Services", "Head of Customer Experience", "Sep-25", "Complete",
         "Platform launched 8 September 2025."),
    ]),
    ("Priority 2: Protecting the vulnerable and achieving inclusion", [
        ("2.1", "SEND", "Deliver the SEND Transformation Plan actions due in 2025/26, including additional specialist places in mainstream schools.",
         "Learning and Early Support", "Service Director – Learning and Early Support", "Mar-26", "Delayed (under 3 months)",
         "Two of the four resourced provisions will open after Easter 2026."),
        ("2.2", "Adult social care", "Reduce the number of people waiting more than 28 days for a Care Act assessment.",
         "Adults and Health", "Service Director – Adults Social Care Operations", "Mar-26", "On track",
         "People waiting over 28 days down from 390 to 248."),
        ("2.3", "Children’s sufficiency", "Open two new council-run children’s homes as part of the Sufficiency Strategy.",
         "Children’s Social Care", "Service Director – Resources, Improvement and Partnerships", "Febuary 2026", "On track",
         "Registration application for the first home submitted to Ofsted in September."),
    ]),
    ("Priority 3: Thriving people and communities", [
        ("3.1", "Inclusive communities", "Agree the refreshed Inclusive Communities Framework action plan with partners.",
         "Communities and Access Services", "Head of Communities", "Nov-25", "On track",
         "Partner workshops held in July and September."),
        ("3.2", "Libraries", "Deliver the 2025/26 programme of library service improvements in town centre libraries.",
         "Communities and Access Services", "Head of Libraries and Information Centres", "Mar-26", "On track",
         "Self-service kiosks installed in four libraries."),
    ]),
    ("Priority 4: Local economic growth", [
        ("4.1", "Huddersfield Blueprint", "Progress the Huddersfield Blueprint programme, completing the next phase of the Cultural Heart scheme.",
         "Growth and Regeneration", "Service Director – Development", "Mar-26", "Delayed (under 3 months)",
         "Contractor programme revised; handover now expected June 2026."),
        ("4.2", "Local Plan", "Publish the Local Plan review for Regulation 18 consultation.",
         "Growth and Regeneration", "Head of Planning Policy", "Dec-25", "Will not be met within 3 months of target",
         "Evidence base delayed pending the new national housing targets; revised timetable to Cabinet in January 2026."),
    ]),
]


def make_kirklees(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Q2 2025-26"
    ws["A1"] = KIRKLEES_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Quarter 2: July – September 2025. Reported to Cabinet and the Overview and Scrutiny Management Committee."
    ws["A3"] = ("Status key: Complete | On track | Delayed (under 3 months) | "
                "Will not be met within 3 months of target")
    hdr = ["Ref", "Area of focus", "Key milestone", "Lead service", "Accountable officer", "Due", "Status", "Q2 commentary"]
    HR = 5
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(row=HR, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("00695C")
        c.border = BORDER
    status_fill = {"Complete": FILL["blue"], "On track": FILL["green"],
                   "Delayed (under 3 months)": FILL["amber"],
                   "Will not be met within 3 months of target": FILL["red"]}
    r = HR + 1
    for pri, acts in KIRKLEES_PRIORITIES:
        ws.cell(row=r, column=1, value=pri).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = fill("B2DFDB")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(hdr))
        r += 1
        for vals in acts:
            for j, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BORDER
            ws.cell(row=r, column=7).fill = fill(status_fill[vals[6]])
            r += 1
    widths(ws, [6, 20, 55, 26, 34, 12, 22, 50])
    ws.freeze_panes = ws.cell(row=HR + 1, column=1)

    nt = wb.create_sheet("Notes")
    nt["A1"] = "Notes"
    nt["A1"].font = Font(bold=True)
    nt["A2"] = "Milestones are taken from the Council Plan 2025/26 approved by Council on 5 March 2025."
    nt["A3"] = "Performance measures are reported separately in the Corporate Performance Report."
    widths(nt, [100])
    wb.save(path)


# --------------------------------------------------------------------------
# 6. Leeds SAB – thematic SAR action plan (csv)
# --------------------------------------------------------------------------
LEEDS_TITLE = ("Leeds Safeguarding Adults Board – Thematic Safeguarding Adults Review: "
               "Alcohol-related Harm (Adults A, B and C) – Action Plan")
LEEDS_RECS = [
    ("Recommendation 1: LSAB partners should adopt a shared approach to assessing mental capacity where a person's alcohol use may affect their executive functioning.", [
        ("1.1", "Develop multi-agency practice guidance on executive capacity and alcohol-related brain damage, and publish it on the LSAB website.",
         "LSAB Policy and Procedures Sub-group", "31/07/2023", "Guidance published July 2023 and promoted in the LSAB bulletin.", "Complete"),
        ("1.2", "Deliver four 'Mental Capacity and Alcohol' practice briefings for frontline staff and evaluate their impact.",
         "LSAB Learning and Development Sub-group", "31/03/2024", "Four briefings delivered to 312 staff. 87% reported increased confidence.", "Complete"),
    ]),
    ("Recommendation 2: Commissioners should ensure that alcohol treatment services have clear arrangements for following up people who disengage or are discharged from hospital after an alcohol-related admission.", [
        ("2.1", "Introduce a 'did not attend' follow-up protocol in Forward Leeds for people discharged from hospital after an alcohol-related admission.\nInclude assertive outreach for people with no fixed abode.",
         "Forward Leeds; Public Health (LCC)", "30/06/2024", "Protocol drafted and agreed with the Alcohol Care Team.\nOutreach pilot with the street support team started March 2024.", "Green"),
        ("2.2", "Extend Alcohol Care Team in-reach to weekends at Leeds Teaching Hospitals NHS Trust.",
         "Leeds Teaching Hospitals NHS Trust", "Q2 2024/25", "Business case approved; recruitment to two nurse posts under way.", "Amber"),
    ]),
    ("Recommendation 3: Partners should use the multi-agency high-risk pathway (Exceptional Risk Forum) for people with entrenched alcohol use who decline support.", [
        ("3.1", "Update the Leeds self-neglect procedure to include alcohol dependency as a specific prompt for escalation to the Exceptional Risk Forum.",
         "LSAB Business Unit", "31/12/2023", "Procedure updated December 2023.", "Complete"),
        ("3.2", "Audit 20 cases referred to the Exceptional Risk Forum to test whether alcohol use and capacity were considered.",
         "LSAB Quality Assurance Sub-group", "September 2024", "Audit tool agreed. Case sample to be drawn in June 2024.", "Green"),
        ("3.3", "Provide housing officers with training on recognising self-neglect and making safeguarding referrals.",
         "Leeds Housing Services", "Ongoing", "Included in the housing officer induction programme; 58 officers trained to date.", "Green"),
    ]),
    ("Recommendation 4: The Board should seek assurance that GP practices record and share information about alcohol-related risk at key transition points.", [
        ("4.1", "Issue a primary care briefing on recording alcohol-related risk (AUDIT-C) and sharing information at hospital discharge and change of address.",
         "NHS West Yorkshire ICB (Leeds Place) – Designated Professional for Safeguarding Adults", "31/05/2024",
         "Briefing drafted; awaiting sign-off by the Leeds Primary Care Safeguarding Leads group.", "Amber"),
        ("4.2", "Report back to the Board on GP practice compliance, using a sample audit of 10 practices.",
         "NHS West Yorkshire ICB (Leeds Place)", "December 2024", "Will start once action 4.1 is complete.", "Not started"),
    ]),
]


def make_leeds(path):
    ncol = 7
    rows = [
        [LEEDS_TITLE] + [""] * (ncol - 1),
        ["Version 4 – updated for the SAR Sub-group meeting on 16 April 2024"] + [""] * (ncol - 1),
        [""] * ncol,
        ["Recommendation", "Action No.", "Action", "Lead", "Target date", "Progress update (April 2024)", "RAG"],
    ]
    for rec, acts in LEEDS_RECS:
        for i, (no, action, lead, target, prog, rag) in enumerate(acts):
            rows.append([rec if i == 0 else "", no, action, lead, target, prog, rag])
    rows += [
        [""] * ncol,
        ["RAG key: Complete = delivered and evidenced; Green = on track; Amber = at risk of delay; Red = off track; Not started = not yet due to start"] + [""] * (ncol - 1),
        ["The full SAR report and executive summary are published on the LSAB website."] + [""] * (ncol - 1),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerows(rows)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


# --------------------------------------------------------------------------
# 7. Warwickshire County Council – O&S recommendations tracker (tab-separated txt)
# --------------------------------------------------------------------------
WARKS_TITLE = "Warwickshire County Council – Overview and Scrutiny Recommendations Tracker"
WARKS_SECTIONS = [
    ("Children and Young People OSC – Home to School Transport Task and Finish Group (Cabinet, 12 September 2024)", [
        ("CYP1", "Publish clear, accessible information on home to school transport eligibility, including for post-16 learners with SEND, before the annual application window opens.",
         "Accepted", "Head of Transport Operations", "31/03/2025",
         "Revised policy statement and easy-read guide drafted; to be published in February 2025.", "G"),
        ("CYP2", "Introduce a named point of contact for families of children with SEND whose transport arrangements change during the school year.",
         "Accepted", "Head of Transport Operations and Head of SEND", "Summer term 2025",
         "Role agreed in principle; funding for the post being identified in the 2025/26 budget.", "A"),
        ("CYP3", "Review the independent travel training offer and set a target for the number of young people supported each year.",
         "Accepted in part", "Assistant Director – Education Services", "Mar 2025",
         "Review completed December 2024; target of 60 young people a year agreed.", "Complete"),
    ]),
    ("Adult Social Care and Health OSC – Access to GP and Primary Care Services Task and Finish Group (Cabinet, 14 November 2024)", [
        ("ASCH1", "Work with Coventry and Warwickshire ICB to publish practice-level information on appointment availability.",
         "Accepted", "Director of Public Health", "Q1 2025/26",
         "ICB has agreed to add the data to its public dashboard.", "G"),
        ("ASCH2", "Include primary care estates needs in the Council's infrastructure planning and Section 106 negotiations.",
         "Accepted", "Strategy and Commissioning Manager (Infrastructure)", "Ongoing",
         "Primary care now a standing item at the Infrastructure Delivery Group.", "G"),
        ("ASCH3", "Promote community pharmacy and NHS 111 services through Council communication channels in rural areas.",
         "Accepted", "Head of Communications", "December 2024",
         "Winter campaign delivered through parish newsletters and libraries.", "Complete"),
    ]),
    ("Communities OSC – Flooding and Drainage Task and Finish Group (Cabinet, 11 July 2024)", [
        ("COM1", "Publish the gully cleansing schedule by parish on the Council website.",
         "Accepted", "Head of Highways Maintenance", "30/09/2024",
         "Publication delayed by mobilisation of the new drainage contract.", "R"),
        ("COM2", "Establish a Flood Resilience Community Fund for parish and town councils.",
         "Accepted in part", "Flood Risk Management Team Leader", "April 2025",
         "Fund criteria drafted; launch subject to budget approval in February 2025.", "A"),
        ("COM3", "Report to the Communities OSC on Section 19 flood investigations and the actions taken by risk management authorities.",
         "Accepted", "Flood Risk Management Team Leader", "Annually",
         "First annual report scheduled for the July 2025 meeting.", "G"),
    ]),
    ("Resources and Fire & Rescue OSC – Agency Staff Spend Review (Cabinet, 10 October 2024)", [
        ("RFR1", "Report agency spend by directorate to the Committee each quarter, with the reasons for long-term agency assignments.",
         "Accepted", "Director of Workforce", "Quarterly",
         "First quarterly report presented in December 2024.", "G"),
        ("RFR2", "Set a target to reduce the number of agency social workers in children's services by 25%.",
         "Accepted in part", "Director of Children and Families / Director of Workforce", "Mar-26",
         "Agency social workers down from 71 to 63 since October.", "A"),
    ]),
]


def make_warwickshire(path):
    lines = [
        WARKS_TITLE,
        "Position as at 15 January 2025 – for the Overview and Scrutiny Chairs and Spokespersons Group",
        "RAG: G = on track; A = at risk of delay; R = not on track; Complete = implemented and signed off by the committee",
        "",
        "\t".join(["Ref", "Recommendation", "Cabinet response", "Responsible officer", "Target date", "Update", "RAG"]),
    ]
    for heading, recs in WARKS_SECTIONS:
        lines.append(heading)
        for rec in recs:
            lines.append("\t".join(rec))
    lines += [
        "",
        "Recommendations marked Complete are removed from the tracker once the relevant committee has signed them off.",
    ]
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


FILES = {
    "zba-surrey-local-area-send-accelerated-progress-plan.docx": make_surrey,
    "zba-merthyr-tydfil-cbc-ciw-childrens-services-improvement-check-action-plan.docx": make_merthyr,
    "zba-sandwell-council-asc-cqc-assessment-improvement-plan.xlsx": make_sandwell,
    "zba-oldham-council-fostering-service-development-plan-2025-26.xlsx": make_oldham,
    "zba-kirklees-council-plan-delivery-tracker-2025-26-q2-typo-month-refuse.xlsx": make_kirklees,
    "zba-leeds-sab-thematic-sar-alcohol-related-harm-action-plan.csv": make_leeds,
    "zba-warwickshire-county-council-overview-scrutiny-recommendations-tracker.txt": make_warwickshire,
}


def main():
    for name, fn in FILES.items():
        fn(os.path.join(HERE, name))
        print("wrote", name)


if __name__ == "__main__":
    main()
