"""Build the seven he1- data files of blind set heldout247 (children's services plans).

Run with /work/main/.venv/bin/python he1_make.py ; it writes next to itself.
The .expected.yaml files beside them were written separately (once, from the same texts).
"""
import csv
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

FILL = {
    "red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "00B0F0",
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "00B0F0",
    "Red": "FF0000", "Amber": "FFC000", "Green": "00B050", "Blue": "00B0F0",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def solid(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Durham County Council - ILACS improvement plan (xlsx, cover/key/plan/summary)
# ---------------------------------------------------------------------------
DURHAM_TITLE = "Ofsted ILACS Improvement Plan 2022–2024"
DURHAM = [
    ("theme", "1. Children in need of help and protection"),
    ("afi", "The consistency of management oversight and supervision in the service for disabled children, so that children’s plans progress without delay.", [
        ("1.1", "Introduce a monthly practice oversight panel for all children open to the Children and Young People with Disabilities (CYPD) team, chaired by the Strategic Manager.",
         "Strategic Manager, CYPD", d(2022, 10, 31), None, "G", "B",
         "Panel established September 2022. All 212 children reviewed by December 2022; 31 plans escalated and progressed."),
        ("1.2", "Audit supervision records for every CYPD social worker and set improvement targets in each team’s practice plan.",
         "Team Manager CYPD / Principal Social Worker", d(2022, 11, 30), d(2023, 3, 31), "A", "A",
         "Audit of 40 records complete. Targets agreed for two of three teams; third team manager vacancy filled from February."),
        ("1.3", "Refresh the CYPD supervision policy and deliver briefings to all managers.",
         "Principal Social Worker", d(2022, 12, 31), None, "G", "G",
         "Policy approved by SLT 11 January 2023; briefings booked for February."),
    ]),
    ("afi", "The response to children who are privately fostered, including the timeliness of assessments and partner agencies’ awareness of their duty to notify.", [
        ("1.4", "Relaunch the private fostering awareness campaign with schools, health and language schools through the Durham Safeguarding Children Partnership.",
         "Private Fostering Lead / DSCP Business Manager", d(2023, 1, 31), None, "G", "G",
         "Campaign materials agreed; launch at DSCP conference 26 January 2023."),
        ("1.5", "Track every private fostering notification weekly through the performance clinic until 95% of assessments are completed within 42 days.",
         "Strategic Manager, Quality and Performance", d(2023, 3, 31), None, "R", "A",
         "Timeliness improved from 58% to 81% this quarter."),
    ]),
    ("theme", "2. Children in care and care leavers"),
    ("afi", "Planning for homeless 16- and 17-year-olds, so that young people are offered a joint assessment and understand their rights and entitlements.", [
        ("2.1", "Agree a joint housing and children’s services protocol for homeless 16- and 17-year-olds, with a single joint assessment.",
         "Head of Children in Care; Housing Solutions Manager", d(2022, 9, 30), d(2022, 12, 31), "A", "B",
         "Protocol signed off by both directors 14 December 2022 and in use."),
        ("2.2", "Produce a young person’s guide to rights and entitlements with the Investing in Children care leavers group.",
         "Care Leavers Service Manager", d(2022, 11, 30), None, "G", "B",
         "Guide launched at the care leavers’ celebration event in November."),
    ]),
    ("theme", "3. Leadership and management"),
    ("afi", "The use of performance information by frontline managers to identify and address weaker practice.", [
        ("3.1", "Roll out the Power BI team performance dashboards to all team managers, with training.",
         "Strategic Manager, Performance", d(2022, 10, 31), None, "G", "B",
         "Dashboards live for all 38 teams; 41 managers trained."),
        ("3.2", "Embed monthly performance clinics in each locality, with actions recorded and reviewed.",
         "Heads of Service (Localities)", d(2022, 12, 31), None, "G", "G",
         "Clinics running in four of five localities; Easington from February."),
        ("3.3", "Report to the Improvement Board on the findings of the practice audit programme and the actions taken.",
         "Principal Social Worker", "Quarterly", None, "G", "G",
         "Q3 audit report presented 15 December 2022."),
    ]),
]


def make_durham(path):
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Durham County Council"
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "Children and Young People’s Services"
    cov["A2"].font = Font(size=12)
    cov["A4"] = DURHAM_TITLE
    cov["A4"].font = Font(bold=True, size=14)
    cov["A6"] = "Inspection dates: 9 to 27 May 2022"
    cov["A7"] = "Report published: 8 July 2022"
    cov["A8"] = "Overall effectiveness: Good"
    cov["A10"] = "Document control"
    cov["A10"].font = Font(bold=True)
    rows = [
        ("Version", "Date", "Author", "Change"),
        ("0.3", "14/07/2022", "Strategic Manager, Quality and Performance", "Draft for CYPS Senior Leadership Team"),
        ("1.0", "28/07/2022", "Strategic Manager, Quality and Performance", "Approved by Children’s Services Improvement Board"),
        ("1.3", "20/10/2022", "Strategic Manager, Quality and Performance", "Quarter 2 progress update"),
        ("1.4", "31/01/2023", "Strategic Manager, Quality and Performance", "Quarter 3 progress update"),
    ]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cov.cell(row=11 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
                c.fill = solid("D9D9D9")
    for col, w in zip("ABCD", (12, 12, 42, 48)):
        cov.column_dimensions[col].width = w

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG rating key"
    key["A1"].font = Font(bold=True)
    for i, (word, letter, meaning) in enumerate([
        ("Blue", "B", "Action complete and impact evidenced"),
        ("Green", "G", "On track to deliver by target date"),
        ("Amber", "A", "Some slippage – revised date agreed by Improvement Board"),
        ("Red", "R", "Off track / significant risk to delivery"),
    ]):
        key.cell(row=3 + i, column=1, value=letter).fill = solid(FILL[letter])
        key.cell(row=3 + i, column=2, value=word)
        key.cell(row=3 + i, column=3, value=meaning)
    key.column_dimensions["C"].width = 60

    ws = wb.create_sheet("Improvement Plan")
    ws.merge_cells("A1:I1")
    ws["A1"] = DURHAM_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:I2")
    ws["A2"] = "Progress position at 31 January 2023 (Quarter 3) – reported to Children’s Services Improvement Board"
    ws["A2"].font = Font(italic=True)
    hdr = ["Ref", "Ofsted area for improvement", "Action", "Lead officer", "Original target date",
           "Revised target date", "Previous RAG (Oct 2022)", "Current RAG (Jan 2023)", "Progress update"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = solid("1F4E79")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for item in DURHAM:
        if item[0] == "theme":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True)
            c.fill = solid("DDEBF7")
            r += 1
            continue
        _, afi, acts = item
        first = r
        for (ref, text, lead, orig, rev, prev, cur, upd) in acts:
            vals = [ref, None, text, lead, orig, rev, prev, cur, upd]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            ws.cell(row=r, column=7).fill = solid(FILL[prev])
            ws.cell(row=r, column=8).fill = solid(FILL[cur])
            r += 1
        ws.cell(row=first, column=2, value=afi).alignment = WRAP
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Note: revised target dates were agreed by the Improvement Board on 15 December 2022. "
            "Original dates are retained for audit trail.").font = Font(italic=True)
    for col, w in zip("ABCDEFGHI", (6, 40, 55, 30, 12, 12, 11, 11, 50)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of current RAG ratings – January 2023"
    sm["A1"].font = Font(bold=True)
    counts = {"B": 0, "G": 0, "A": 0, "R": 0}
    for item in DURHAM:
        if item[0] == "afi":
            for a in item[2]:
                counts[a[6]] += 1
    for i, (lab, k) in enumerate([("Blue – complete", "B"), ("Green – on track", "G"),
                                  ("Amber – slippage", "A"), ("Red – off track", "R")]):
        sm.cell(row=3 + i, column=1, value=lab).fill = solid(FILL[k])
        sm.cell(row=3 + i, column=2, value=counts[k])
    sm.cell(row=7, column=1, value="Total actions").font = Font(bold=True)
    sm.cell(row=7, column=2, value=sum(counts.values())).font = Font(bold=True)
    sm.column_dimensions["A"].width = 24
    wb.active = 2
    wb.save(path)


# ---------------------------------------------------------------------------
# helpers for docx
# ---------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, italic=False):
    """Write text; inner \n become separate paragraphs in the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    run.italic = italic
    for part in parts[1:]:
        q = cell.add_paragraph()
        rr = q.add_run(part)
        rr.bold = bold
        rr.italic = italic


# ---------------------------------------------------------------------------
# 2. Portsmouth local area partnership - Area SEND priority action plan (docx)
# ---------------------------------------------------------------------------
PORTS_TITLE = "Portsmouth Local Area Partnership: Area SEND Priority Action Plan 2025–2026"
PORTS = [
    ("Priority 1: Timeliness and quality of EHC plans",
     "Leaders across education, health and care should urgently improve the timeliness and quality of education, health and care (EHC) needs assessments and plans, so that children and young people’s needs are accurately identified and met without delay.",
     [
         ("1.1", "Commission additional educational psychology capacity to clear the backlog of requests for EHC needs assessment advice.",
          "Principal Educational Psychologist", "March 2025",
          "Backlog cleared; 90% of EP advice returned within six weeks", "Blue"),
         ("1.2", "Introduce a weekly EHC tracking panel with the ICB, social care and SENDIASS to escalate delayed contributions.",
          "Head of SEND (PCC) / Designated Clinical Officer (ICB)", "April 2025",
          "60% of new EHC plans issued within 20 weeks by April 2025", "Green"),
         ("1.3", "Launch a multi-agency quality assurance framework for EHC plans.\nAudit 20 plans each half term, with findings reported to the SEND Partnership Board.",
          "SEND Quality Assurance Lead", "Autumn term 2025",
          "80% of audited plans rated good or better", "Amber"),
         ("1.4", "Train SEND case officers and school SENCos to write outcomes that are specific and measurable, co-delivered with Portsmouth Parent Voice.",
          "SEND Service Manager; Portsmouth Parent Voice Chair", "Summer term 2025",
          "Parent survey: 70% agree their child’s plan describes their needs", "Green"),
     ]),
    ("Priority 2: Neurodevelopmental pathway and support while waiting",
     "Leaders in the integrated care board and the local authority should reduce the long waits for autism and ADHD assessments and make sure that children and their families receive effective support while they wait.",
     [
         ("2.1", "Agree a recovery trajectory with Solent NHS Trust for the neurodevelopmental assessment waiting list, reviewed monthly at the ICB contract meeting.",
          "Associate Director of Children’s Commissioning (ICB)", "June 2025",
          "Longest wait reduced from 104 to 65 weeks", "Green"),
         ("2.2", "Publish a ‘waiting well’ offer on the Local Offer, including the sleep, behaviour and parent workshops available before diagnosis.",
          "Local Offer Manager", "31/05/2025",
          "Local Offer page views; workshop take-up", "Amber"),
         ("2.3", "Extend Mental Health Support Teams to a further 12 schools, prioritising schools with the most children on the waiting list.",
          "Head of Children’s Mental Health Commissioning / Headteacher representative", "September 2025",
          "12 additional schools covered", "Green"),
         ("2.4", "Survey families on their experience of waiting and report the results to the SEND Partnership Board.",
          "Portsmouth Parent Voice / Participation Lead", "Termly",
          "Survey response rate and satisfaction trend", "Green"),
     ]),
]


def make_portsmouth(path):
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(PORTS_TITLE, style="Title")
    doc.add_paragraph("Portsmouth City Council and NHS Hampshire and Isle of Wight Integrated Care Board")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in [("Version", "1.2"), ("Date", "12 May 2025"), ("Owner", "Portsmouth SEND Partnership Board"),
                 ("Status", "Submitted to Ofsted and CQC on 21 February 2025; progress update May 2025"),
                 ("Next review", "July 2025")]:
        row = t.add_row().cells
        set_cell(row[0], a, bold=True)
        shade(row[0], "D9E2F3")
        set_cell(row[1], b)

    doc.add_heading("Introduction", level=1)
    doc.add_paragraph(
        "Ofsted and the Care Quality Commission (CQC) inspected the Portsmouth local area partnership’s arrangements "
        "for children and young people with special educational needs and/or disabilities (SEND) between 25 November "
        "and 6 December 2024. The inspection found widespread and/or systemic failings and identified two areas for "
        "priority action. This plan sets out how partners will address them. Progress is reported to the SEND "
        "Partnership Board every eight weeks.")
    doc.add_heading("RAG key", level=2)
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for col, meaning in [("Blue", "Complete"), ("Green", "On track"), ("Amber", "At risk of delay"), ("Red", "Off track")]:
        row = k.add_row().cells
        set_cell(row[0], col, bold=True)
        shade(row[0], FILL[col])
        set_cell(row[1], meaning)

    for heading, apa, acts in PORTS:
        doc.add_heading(heading, level=1)
        p = doc.add_paragraph()
        p.add_run("Area for priority action").bold = True
        p2 = doc.add_paragraph()
        p2.add_run(apa).italic = True
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, ["Ref", "Action", "Lead(s)", "Completion by", "Success measure / impact", "RAG"]):
            set_cell(c, h, bold=True)
            shade(c, "1F3864")
            for run in c.paragraphs[0].runs:
                run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        for ref, text, lead, when, measure, rag in acts:
            cells = tb.add_row().cells
            for c, v in zip(cells, [ref, text, lead, when, measure, rag]):
                set_cell(c, v)
            shade(cells[5], FILL[rag])
        doc.add_paragraph()

    doc.add_heading("Governance and sign-off", level=1)
    doc.add_paragraph("The plan is owned by the SEND Partnership Board, which is jointly chaired by the Director of "
                      "Children’s Services and the ICB Chief Nursing Officer.")
    s = doc.add_table(rows=1, cols=3)
    s.style = "Table Grid"
    for c, h in zip(s.rows[0].cells, ["Signed on behalf of", "Role", "Date"]):
        set_cell(c, h, bold=True)
    for a, b, c_ in [("Portsmouth City Council", "Director of Children’s Services", "19/02/2025"),
                     ("NHS Hampshire and Isle of Wight ICB", "Chief Nursing Officer", "19/02/2025"),
                     ("Portsmouth Parent Voice", "Chair", "20/02/2025")]:
        cells = s.add_row().cells
        for cc, v in zip(cells, [a, b, c_]):
            set_cell(cc, v)
    doc.save(path)


# ---------------------------------------------------------------------------
# 3. Luton Safeguarding Children Partnership - JTAI action plan (xlsx, fill-only RAG)
# ---------------------------------------------------------------------------
LUTON_TITLE = "Joint Targeted Area Inspection (JTAI) – Multi-agency Action Plan"
LUTON = [
    ("1", "The quality and timeliness of information-sharing by health partners when a referral is made to the Multi-Agency Safeguarding Hub (MASH).", [
        ("1a", "Place a health practitioner in the MASH five days a week to research and share health information for every contact.",
         "BLMK ICB", "Designated Nurse Safeguarding Children", "31/12/2023", "blue",
         "Health MASH practitioner in post from 4 December 2023."),
        ("1b", "Audit 30 contacts where health information was requested and report timeliness to the Quality Assurance and Performance subgroup.",
         "BLMK ICB / Luton Council", "Designated Nurse Safeguarding Children / MASH Service Manager", "29/02/2024", "green",
         "Audit under way; report to QAP subgroup on 12 March."),
        ("1c", "Update the health information-sharing standard operating procedure for the MASH.",
         "Bedfordshire Hospitals NHS FT", "Named Nurse, Safeguarding Children", "Jan 2024", "blue",
         "SOP ratified at Health Safeguarding Forum 23/01/2024."),
    ]),
    ("2", "The consideration of children’s lived experience and family history in strategy discussions, including the contribution of police to decision-making.", [
        ("2a", "Revise the strategy discussion template so that chairs record the child’s lived experience, family history and each agency’s view.",
         "Luton Council", "Head of Service, Front Door", "31/01/2024", "blue",
         "New template in LCS from 15 January 2024."),
        ("2b", "Deliver joint training on strategy discussions to police Child Abuse Investigation Unit officers and MASH social workers.",
         "Bedfordshire Police", "DI Mark Ellison & Head of Service, Front Door", d(2024, 3, 31), "amber",
         "Two of four sessions delivered; remaining dates affected by police abstractions."),
        ("2c", "Dip-sample 10 strategy discussions through the multi-agency audit programme.",
         "LSCP", "LSCP Business Manager", "Quarterly from April 2024", "green",
         "First audit scheduled for April 2024."),
    ]),
    ("3", "Schools’ understanding and application of the threshold guidance, which results in a high number of contacts that do not meet the threshold for children’s social care.", [
        ("3a", "Refresh the Luton threshold guidance (‘Continuum of Need’) and relaunch it with briefings for designated safeguarding leads.",
         "LSCP", "LSCP Business Manager", "30/04/2024", "amber",
         "Draft with partners for comment; DSL briefings booked for summer term."),
        ("3b", "Introduce a consultation line so that schools can discuss concerns with a qualified social worker before making a referral.",
         "Luton Council / Education", "MASH Service Manager", "30/06/2024", "red",
         "Recruitment to the two consultation line posts unsuccessful; escalated to LSCP Executive 18/03/2024."),
    ]),
]


def make_luton(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "JTAI action plan"
    ws["A1"] = "Luton Safeguarding Children Partnership"
    ws["A1"].font = Font(bold=True, size=12, color="5B2C6F")
    ws["A2"] = LUTON_TITLE
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = ("Multi-agency response to children and families who need help (‘front door’): fieldwork 4 to 8 September 2023, "
                "letter published 26 October 2023")
    ws["A4"] = "Plan owner: LSCP Executive Group     Last updated: 18/03/2024"
    ws["A4"].font = Font(italic=True)
    hdr = ["No.", "Area for improvement (JTAI letter)", "Ref", "Action", "Agency", "Lead", "By when", "RAG", "Update / evidence"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=6, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = solid("E4DFEC")
        c.border = BOX
        c.alignment = WRAP
    r = 7
    for no, afi, acts in LUTON:
        first = r
        for ref, text, agency, lead, when, rag, upd in acts:
            for j, v in enumerate([None, None, ref, text, agency, lead, when, None, upd]):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            ws.cell(row=r, column=8).fill = solid(FILL[rag])
            r += 1
        ws.cell(row=first, column=1, value=no).alignment = WRAP
        ws.cell(row=first, column=2, value=afi).alignment = WRAP
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
        ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="RAG key (cell colour):").font = Font(bold=True)
    for i, (col, meaning) in enumerate([("blue", "Complete"), ("green", "On track"), ("amber", "At risk of slipping"),
                                        ("red", "Off track – escalated to LSCP Executive")]):
        ws.cell(row=r + 1 + i, column=1).fill = solid(FILL[col])
        ws.cell(row=r + 1 + i, column=2, value=meaning)
    r += 6
    ws.cell(row=r, column=1, value="Progress against this plan is reported to the LSCP Executive Group every two months "
                                   "and to Ofsted through the annual engagement meeting.").font = Font(italic=True)
    for col, w in zip("ABCDEFGHI", (5, 42, 5, 55, 22, 30, 12, 7, 45)):
        ws.column_dimensions[col].width = w
    wb.save(path)


# ---------------------------------------------------------------------------
# 4. Middlesbrough Youth Justice Service - HMIP improvement plan (csv export)
# ---------------------------------------------------------------------------
MIDD_TITLE = "Middlesbrough Youth Justice Service – HMIP Inspection Improvement Plan"
MIDD_HDR = ["Rec No", "Recommendation", "Action No", "Action", "Lead", "Target date", "RAG", "Progress update"]
MIDD = [
    ("1", "The Youth Justice Partnership Board should make sure that board members understand the work of the YJS and use performance and quality assurance information to challenge and support the service.", [
        ("1.1", "Deliver an induction programme for all board members, including observation of an out-of-court disposal panel and a case file walk-through.",
         "Chair of YJ Partnership Board / YJS Head of Service", "Mar-25", "Complete",
         "Induction delivered to 11 of 12 members; final member booked for April."),
        ("1.2", "Introduce a quarterly performance and quality report to the board, with a standing item on disproportionality.",
         "YJS Performance and Information Manager", "Apr-25", "Green",
         "Template agreed; first report to April board."),
        ("1.3", "Hold an annual board development day, with children and parents contributing to the agenda.",
         "Chair of YJ Partnership Board", "Jun-25", "Green", "Venue booked for 12 June 2025."),
    ]),
    ("2", "The Youth Justice Partnership Board should make sure that children have timely access to speech, language and communication and emotional health services.", [
        ("2.1", "Agree a service level agreement with the ICB for a 0.6 FTE speech and language therapist in the YJS.",
         "Head of Children's Commissioning (ICB)", "Q4 2024/25", "Amber",
         "SLA drafted; funding awaiting ICB sign-off."),
        ("2.2", "Screen every child at assessment using the AssetPlus speech, language and communication questions, and refer where needs are identified.",
         "YJS Operational Manager", "31/03/2025", "Green", "Screening in place for all new cases since January."),
    ]),
    ("3", "The YJS Head of Service should improve the quality of assessment and planning for keeping other people safe, including contingency planning.", [
        ("3.1", "Deliver risk and safety training to all case managers, covering:\n- analysis of risk to others\n- contingency plans that say who will do what",
         "YJS Practice Development Lead", "Feb-25", "Complete", "Delivered 5 and 12 February; 19 staff attended."),
        ("3.2", "Introduce management countersignature of all assessments and plans where risk of serious harm is rated high.",
         "YJS Operational Managers", "Jan-25", "Complete", "In place; checked in monthly audit."),
        ("3.3", "Audit 10 cases against the HMIP standards and share learning in team meetings.",
         "YJS Practice Development Lead / Quality Assurance Officer", "Monthly", "Green",
         "January and February audits complete."),
    ]),
    ("4", "The YJS Head of Service should make sure that victims are offered a service and that their safety is considered in planning.", [
        ("4.1", "Recruit a full-time victim liaison officer and review the victim contact process with Cleveland Police.",
         "YJS Head of Service", "Jan 2025 – June 2025", "Amber",
         "Post advertised twice; interim cover from restorative justice worker."),
        ("4.2", "Record victim safety considerations in every plan for a child who has offended against an identified victim.",
         "YJS Operational Manager", "30/04/2025", "Red",
         "February audit found 6 of 10 plans did not address victim safety; re-briefing arranged."),
    ]),
]


def make_middlesbrough(path):
    n = len(MIDD_HDR)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow([MIDD_TITLE] + [""] * (n - 1))
        w.writerow(["Inspection fieldwork 16 to 20 September 2024; report published 10 December 2024; overall rating: Requires improvement"] + [""] * (n - 1))
        w.writerow([""] * n)
        w.writerow(MIDD_HDR)
        for no, rec, acts in MIDD:
            for i, (ref, text, lead, when, rag, upd) in enumerate(acts):
                if i == 0:
                    w.writerow([no, rec, ref, text, lead, when, rag, upd])
                else:
                    w.writerow(["", "", ref, text, lead, when, rag, upd])
        w.writerow([""] * n)
        w.writerow(["RAG key: Complete = delivered and evidenced; Green = on track; Amber = some risk to delivery; Red = off track"] + [""] * (n - 1))
        w.writerow(["Exported from YJS Improvement Tracker 07/03/2025"] + [""] * (n - 1))


# ---------------------------------------------------------------------------
# 5. Plymouth City Council children's home - Ofsted action plan (docx)
# ---------------------------------------------------------------------------
PLYM_TITLE = "Ofsted Children’s Home Inspection – Action Plan"
PLYM_REQ = [
    ("The registered person must ensure that staff assess whether each child’s safety is at risk when they go missing from the home and take appropriate action to reduce the risk. (Regulation 12 (1)(2)(a)(i))", [
        ("R1.1", "Review each child’s missing from home risk assessment with their social worker and update it after every missing episode.",
         "Registered Manager", "30/04/2024", "B"),
        ("R1.2", "Deliver refresher training on the Plymouth missing protocol and return home interviews to all residential staff.",
         "Deputy Manager / Residential Training Officer", "31/05/2024", "B"),
    ]),
    ("The registered person must ensure that staff have the experience, qualifications and skills to meet the needs of each child. In particular, staff who have worked at the home for more than two years must hold the level 3 diploma. (Regulation 32 (3)(b))", [
        ("R2.1", "Enrol the four residential support workers without the level 3 diploma on the course, each with a named assessor.",
         "Registered Manager", "31/07/2024", "G"),
        ("R2.2", "Track diploma progress in supervision and report it to the Responsible Individual.",
         "Registered Manager", "Monthly", "G"),
    ]),
]
PLYM_REC = [
    ("The registered person should ensure that the home’s location risk assessment is reviewed at least annually and includes the views of the police and partner agencies. (‘Guide to the Children’s Homes Regulations, including the quality standards’, page 55, paragraph 10.24)", [
        ("C1.1", "Complete the annual location risk assessment with Devon and Cornwall Police and the exploitation team.",
         "Registered Manager & Responsible Individual", "End of June 2024", "A"),
    ]),
    ("The registered person should ensure that records of physical interventions are completed within 24 hours and that children’s views of the incident are recorded. (‘Guide to the Children’s Homes Regulations, including the quality standards’, page 49, paragraph 9.59)", [
        ("C2.1", "Introduce a weekly manager check of the physical intervention log against daily records.",
         "Deputy Manager", "30/04/2024", "B"),
        ("C2.2", "Add a ‘child’s view’ section to the physical intervention record and train staff in completing it.",
         "Registered Manager", "June 2024", "G"),
    ]),
]


def plym_table(doc, head2, groups):
    tb = doc.add_table(rows=1, cols=6)
    tb.style = "Table Grid"
    for c, h in zip(tb.rows[0].cells, ["Ref", head2, "Action", "Responsible", "Completion date", "RAG"]):
        set_cell(c, h, bold=True)
        shade(c, "BDD7EE")
    for text, acts in groups:
        first = len(tb.rows)
        for ref, act, who, when, rag in acts:
            cells = tb.add_row().cells
            for c, v in zip([cells[0], cells[2], cells[3], cells[4], cells[5]], [ref, act, who, when, rag]):
                set_cell(c, v)
            shade(cells[5], FILL[rag])
        last = len(tb.rows) - 1
        top = tb.cell(first, 1)
        if last > first:
            top = top.merge(tb.cell(last, 1))
        set_cell(top, text)


def make_plymouth(path):
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    h = doc.add_paragraph(PLYM_TITLE, style="Title")
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("Plymouth City Council – Children’s Residential Services").alignment = WD_ALIGN_PARAGRAPH.CENTER
    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for a, b in [("Home", "Oakwood House"), ("URN", "SC492817"), ("Inspection dates", "12 and 13 March 2024"),
                 ("Inspection type", "Full inspection"),
                 ("Overall experiences and progress of children and young people", "Requires improvement to be good"),
                 ("Registered Manager", "Gemma Pascoe"),
                 ("Responsible Individual", "Head of Service, Children’s Residential Services"),
                 ("Plan completed", "22 April 2024 (updated 3 June 2024)")]:
        cells = info.add_row().cells
        set_cell(cells[0], a, bold=True)
        shade(cells[0], "F2F2F2")
        set_cell(cells[1], b)
    doc.add_paragraph()
    doc.add_heading("Requirements", level=1)
    doc.add_paragraph("The registered person must comply with the following requirements within the timescales set by Ofsted.")
    plym_table(doc, "Requirement", PLYM_REQ)
    doc.add_paragraph()
    doc.add_heading("Recommendations", level=1)
    plym_table(doc, "Recommendation", PLYM_REC)
    doc.add_paragraph()
    doc.add_paragraph("RAG: B = complete, G = on track, A = at risk, R = not on track")
    doc.add_paragraph("This plan is reviewed at the monthly Regulation 44 visit and in the Registered Manager’s "
                      "supervision with the Responsible Individual.")
    sg = doc.add_table(rows=2, cols=3)
    sg.style = "Table Grid"
    for c, v in zip(sg.rows[0].cells, ["Signed", "Role", "Date"]):
        set_cell(c, v, bold=True)
    for c, v in zip(sg.rows[1].cells, ["G. Pascoe", "Registered Manager", "22/04/2024"]):
        set_cell(c, v)
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. Calderdale Early Help Strategy action plan (tab-separated text)
# ---------------------------------------------------------------------------
CALD_TITLE = "Calderdale Early Help Strategy 2024–2027: Year 1 Action Plan"
CALD_HDR = ["Priority", "Ref", "Action", "Lead(s)", "Partners involved", "Timescale", "RAG", "Progress"]
CALD = [
    ("Priority 1: Help is easy to find and access", [
        ("1.1", "Open family hubs in Halifax North and Brighouse, each with a named early help link worker.",
         "Family Hubs Manager", "Calderdale Council; voluntary and community sector", "Sept 2024 – March 2025", "G",
         "Halifax North hub opened 2 September; Brighouse on track for January."),
        ("1.2", "Launch the Start for Life and family hub online offer, with information translated into the five most spoken community languages.",
         "Early Help Service Manager; Communications Lead", "Public health; Health visiting", "December 2024", "A",
         "Web pages built; translation contract delayed."),
        ("1.3", "Publish a single early help request form for all partners on the Calderdale Safeguarding Children Partnership website.",
         "Head of Early Intervention and Prevention", "CSCP", "31/07/2024", "B", "Live from 22 July 2024."),
    ]),
    ("Priority 2: Families get the right help at the right time", [
        ("2.1", "Train 150 practitioners across schools, health and the voluntary sector as early help lead professionals.",
         "Early Help Workforce Development Officer", "Schools; Health visiting; School nursing", "Q4 2024/25", "G",
         "64 practitioners trained to date."),
        ("2.2", "Introduce a monthly early help panel in each locality to allocate families with multiple needs.",
         "Locality Early Help Team Managers", "West Yorkshire Police; Housing; Schools", "October 2024", "B",
         "Panels running in all four localities."),
        ("2.3", "Review step-up and step-down arrangements with children’s social care and audit 20 cases.",
         "Head of Early Intervention and Prevention / Service Manager, Assessment", "", "January 2025", "R",
         "Audit not started; capacity in the QA team. To be re-planned at November partnership meeting."),
    ]),
    ("Priority 3: Understanding our impact", [
        ("3.1", "Build an early help outcomes dashboard using the Supporting Families outcomes framework.",
         "Business Intelligence Manager", "", "March 2025", "A", "Data sources mapped; build starts November."),
        ("3.2", "Gather feedback from every family at case closure and report themes to the partnership.",
         "Early Help Service Manager", "Calderdale Parent Carer Forum", "Quarterly", "G", "Q1 themes reported in July."),
    ]),
]


def make_calderdale(path):
    n = len(CALD_HDR)
    lines = [CALD_TITLE,
             "Progress report to the Calderdale Children and Young People’s Partnership – Quarter 2 2024/25 (position at 30 September 2024)",
             "",
             "\t".join(CALD_HDR)]
    for prio, acts in CALD:
        lines.append(prio + "\t" * (n - 1))
        for ref, text, lead, partners, when, rag, upd in acts:
            lines.append("\t".join(["", ref, text, lead, partners, when, rag, upd]))
    lines += ["",
              "Key: B = complete   G = on track   A = some slippage   R = not on track",
              "Prepared by: Early Help Strategic Lead, 14 October 2024"]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------
# 7. Peterborough Corporate Parenting Board action plan - typo month (refuse)
# ---------------------------------------------------------------------------
PETE_TITLE = "Corporate Parenting Strategy Action Plan 2024–2026"
PETE = [
    ("Promise 1: You will have a safe, stable and caring home", [
        ("1.1", "Recruit 20 new mainstream foster carers through the Fostering Peterborough campaign, with a focus on teenagers and sibling groups.",
         "Head of Fostering and Permanence", "Mar-25", "Amber", "9 approved so far in 2024/25."),
        ("1.2", "Open a two-bed council children’s home in the city for children currently placed out of area.",
         "Head of Service, Placements and Sufficiency", "Dec-25", "Green", "Property identified; Ofsted registration application drafted."),
        ("1.3", "Review the placement stability meeting process so that every child with two moves in a year has a multi-agency review.",
         "IRO Service Manager", "Sep-25", "Green", ""),
    ]),
    ("Promise 2: We will help you do well in education", [
        ("2.1", "Every child in care aged 3 to 18 will have a good-quality Personal Education Plan reviewed each term.",
         "Virtual School Headteacher", "Ongoing", "Green", "PEP completion 96% in autumn term."),
        ("2.2", "Offer 10 paid apprenticeships a year within the council ring-fenced for care leavers.",
         "HR Business Partner / Leaving Care Team Manager", "0ct-25", "Amber", "6 apprenticeships filled."),
        ("2.3", "Provide tuition through the Virtual School for all Year 11 children in care predicted to miss a grade 4 in English or maths.",
         "Virtual School Headteacher", "Jul-25", "Green", ""),
    ]),
    ("Promise 3: You will be healthy and happy", [
        ("3.1", "Complete initial health assessments within 20 working days of a child coming into care.",
         "Designated Nurse for Children in Care (ICB)", "Mar-25", "Red", "Timeliness 48% in Q2 – escalated to ICB."),
        ("3.2", "Give every care leaver free leisure centre membership and a Max Card for the family they live with.",
         "Corporate Parenting Lead Member", "Jan-25", "Complete", "Launched at Care Leavers’ Week event."),
    ]),
]


def make_peterborough(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws.merge_cells("A1:F1")
    ws["A1"] = "Peterborough City Council – Corporate Parenting Board"
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells("A2:F2")
    ws["A2"] = PETE_TITLE
    ws["A2"].font = Font(bold=True, size=14)
    ws.merge_cells("A3:F3")
    ws["A3"] = "Update for the Corporate Parenting Board meeting of 9 December 2024"
    hdr = ["Ref", "What we will do", "Lead officer", "Timescale", "Status", "Comments"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = solid("007A87")
        c.border = BOX
    r = 6
    typo_row = None
    for promise, acts in PETE:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        c = ws.cell(row=r, column=1, value=promise)
        c.font = Font(bold=True)
        c.fill = solid("D0ECEF")
        r += 1
        for ref, text, lead, when, status, com in acts:
            for j, v in enumerate([ref, text, lead, when, status, com or None]):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.border = BOX
                c.alignment = WRAP
            fillkey = {"Complete": "blue"}.get(status, status)
            ws.cell(row=r, column=5).fill = solid(FILL[fillkey])
            if when.startswith("0ct"):
                typo_row = r
            r += 1
    for col, w in zip("ABCDEF", (6, 60, 36, 11, 10, 42)):
        ws.column_dimensions[col].width = w

    g = wb.create_sheet("Key and governance")
    g["A1"] = "Status key"
    g["A1"].font = Font(bold=True)
    for i, (s, m) in enumerate([("Complete", "Action delivered"), ("Green", "On track"),
                                ("Amber", "Some delay – lead to report reasons"), ("Red", "Not on track – Board to challenge")]):
        g.cell(row=2 + i, column=1, value=s).fill = solid(FILL[{"Complete": "blue"}.get(s, s)])
        g.cell(row=2 + i, column=2, value=m)
    g["A7"] = "Governance"
    g["A7"].font = Font(bold=True)
    g["A8"] = ("The Corporate Parenting Board reviews this plan at every meeting. The Children in Care Council "
               "(Voice) attends each Board and comments on progress.")
    g.column_dimensions["A"].width = 14
    g.column_dimensions["B"].width = 60
    wb.save(path)
    return typo_row


FILES = {
    "he1-durham-county-council-ilacs-improvement-plan.xlsx": make_durham,
    "he1-portsmouth-local-area-send-priority-action-plan.docx": make_portsmouth,
    "he1-luton-safeguarding-children-partnership-jtai-action-plan.xlsx": make_luton,
    "he1-middlesbrough-yjs-hmip-improvement-plan.csv": make_middlesbrough,
    "he1-plymouth-city-council-childrens-home-ofsted-action-plan.docx": make_plymouth,
    "he1-calderdale-early-help-strategy-action-plan.txt": make_calderdale,
    "he1-peterborough-corporate-parenting-board-action-plan-typo-month-refuse.xlsx": make_peterborough,
}


def main():
    for name, fn in FILES.items():
        out = fn(os.path.join(HERE, name))
        print(name, "" if out is None else f"(typo row {out})")


if __name__ == "__main__":
    main()
