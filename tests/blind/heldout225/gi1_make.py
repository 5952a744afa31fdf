"""Build the seven gi1- blind test files (set heldout225).

Run with: /work/main/.venv/bin/python gi1_make.py
Writes into the folder this script lives in.
"""
import csv
import datetime as dt
import os

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE = "FF0070C0"
GREEN = "FF00B050"
AMBER = "FFFFC000"
RED = "FFFF0000"
GREY = "FFD9D9D9"
HEAD = "FF1F3864"


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Stoke-on-Trent City Council - ILACS improvement plan (xlsx)
# ---------------------------------------------------------------------------
STOKE_RECS = [
    ("Recommendation 1: The quality and consistency of management oversight and supervision, "
     "so that decisions are clearly recorded and plans for children progress without delay.", [
        ("1.1", "Relaunch the supervision policy with a revised recording template that sets out "
                "reflective discussion, actions and timescales for each child.",
         "Head of Service – Quality, Practice and Performance", d(2023, 6, 30), None, "B", "B",
         "Policy relaunched June 2023. Compliance with the template 91% in the May 2024 audit.",
         "Supervision audit May 2024"),
        ("1.2", "Deliver the 'Leading Great Practice' programme to all team managers and advanced "
                "practitioners.",
         "Principal Social Worker / Workforce Development Manager", d(2023, 12, 31), "March 2024",
         "A", "B", "Cohort 3 completed March 2024; 38 of 40 managers have completed the programme.",
         "Training records"),
        ("1.3", "Introduce monthly practice weeks in which senior leaders observe supervision and "
                "feed back to managers.",
         "Assistant Director – Children's Social Care", "Monthly", None, "G", "G",
         "Practice weeks held each month since September 2023; themes reported to DMT.",
         "Practice week reports"),
    ]),
    ("Recommendation 2: The timeliness and quality of life-story work for children in care, so "
     "that children understand their history and why they are in care.", [
        ("2.1", "Complete a baseline audit of life-story work for all children with a plan of "
                "permanence.",
         "Head of Service – Children in Care", d(2023, 9, 30), None, "B", "B",
         "Audit of 214 children completed; findings presented to the Improvement Board in October 2023.",
         "Audit report"),
        ("2.2", "Recruit two dedicated life-story workers and create a library of life-story "
                "resources for foster carers and social workers.",
         "Head of Service – Children in Care", d(2024, 3, 31), d(2024, 9, 30), "A", "A",
         "One worker in post from April 2024; second post re-advertised. Resource library launched.",
         ""),
        ("2.3", "Ensure every child adopted or in long-term foster care receives a later-life letter "
                "within 20 working days of the final hearing or matching panel.",
         "Adoption Service Manager; Fostering Service Manager", d(2024, 6, 30), None, "G", "R",
         "Performance 62% in Q1 2024/25. Recovery plan agreed with Together4Children.",
         "Q1 performance report"),
    ]),
    ("Recommendation 3: The quality of case recording, so that records are written to the child "
     "and clearly explain the reasons for decisions.", [
        ("3.1", "Roll out 'Writing to the child' recording guidance and templates in the case "
                "management system (Mosaic).",
         "Head of Service – Quality, Practice and Performance", d(2023, 10, 31), None, "B", "B",
         "Templates live in Mosaic since October 2023; guidance on the practice hub.", ""),
        ("3.2", "Include a recording quality measure in the monthly thematic audit programme and "
                "report findings to the Performance Board.",
         "Quality Assurance Manager", "Q2 2024/25", None, "G", "G",
         "Measure added to the audit tool; first quarterly report due September 2024.", ""),
    ]),
    ("Recommendation 4: Workforce capacity and stability, so that caseloads are manageable and "
     "children benefit from consistent relationships with their social workers.", [
        ("4.1", "Implement the recruitment and retention strategy, including the market supplement "
                "for experienced social workers and the 'grow our own' apprenticeship route.",
         "Head of Workforce Development / HR Business Partner", d(2024, 3, 31), "31/12/2024",
         "A", "A",
         "Market supplement in place; agency use down from 27% to 19%. Apprenticeship cohort 2 "
         "starts September 2024.", "Workforce dashboard"),
        ("4.2", "Reduce average caseloads in the Assessment and Locality teams to no more than 18 "
                "children per social worker.",
         "Assistant Director – Children's Social Care", d(2024, 9, 30), None, "A", "G",
         "Average caseload 19.2 in June 2024 (22.5 in March 2024).", "Caseload report"),
    ]),
]

RAG_FILL = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}


def make_stoke():
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = "Children and Family Services"
    cover["A1"].font = Font(size=11, italic=True)
    cover["A3"] = "Stoke-on-Trent ILACS Improvement Plan 2023–2025"
    cover["A3"].font = Font(size=18, bold=True, color=HEAD)
    cover["A4"] = ("Our response to the Ofsted inspection of local authority children's services "
                   "(ILACS), 3–14 October 2022 (report published 25 November 2022)")
    cover["A6"] = "Document control"
    cover["A6"].font = Font(bold=True)
    rows = [("Version", "3.2"), ("Date", "28/06/2024"),
            ("Plan owner", "Director of Children and Family Services"),
            ("Governance", "Children's Services Improvement Board"),
            ("Next review", "September 2024")]
    for i, (k, v) in enumerate(rows, start=7):
        cover.cell(row=i, column=1, value=k).font = Font(bold=True)
        cover.cell(row=i, column=2, value=v)
        for c in (1, 2):
            cover.cell(row=i, column=c).border = BOX
    cover.column_dimensions["A"].width = 22
    cover.column_dimensions["B"].width = 48

    key = wb.create_sheet("RAG Key")
    key["A1"] = "RAG"
    key["B1"] = "Meaning"
    for c in ("A1", "B1"):
        key[c].font = Font(bold=True)
    for i, (k, txt) in enumerate([
            ("B", "Complete – action delivered and impact evidenced"),
            ("G", "On track to deliver by the target date"),
            ("A", "Some slippage – revised date agreed by the Improvement Board"),
            ("R", "Off track – escalated to the Improvement Board")], start=2):
        key.cell(row=i, column=1, value=k).fill = fill(RAG_FILL[k])
        key.cell(row=i, column=2, value=txt)
    key.column_dimensions["B"].width = 60

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = "ILACS Improvement Plan 2023–2025 – progress at June 2024"
    ws["A1"].font = Font(size=14, bold=True, color=HEAD)
    ws.merge_cells("A1:I1")
    ws["A2"] = ("Overall effectiveness: Requires improvement to be good. Children in care and care "
                "leavers: Good.")
    ws.merge_cells("A2:I2")
    headers = ["Ref", "Action", "Lead officer", "Original target date", "Revised target date",
               "RAG Mar-24", "RAG Jun-24", "Progress update (June 2024)", "Evidence"]
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = fill(HEAD)
        cell.alignment = WRAP
        cell.border = BOX
    r = 5
    for rec, actions in STOKE_RECS:
        ws.cell(row=r, column=1, value=rec).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = fill(GREY)
        ws.cell(row=r, column=1).alignment = WRAP
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.row_dimensions[r].height = 32
        r += 1
        for ref, act, lead, orig, rev, prev, cur, upd, ev in actions:
            vals = [ref, act, lead, orig, rev, prev, cur, upd, ev or None]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=6).fill = fill(RAG_FILL[prev])
            ws.cell(row=r, column=7).fill = fill(RAG_FILL[cur])
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Summary of current RAG (June 2024)").font = Font(bold=True)
    r += 1
    counts = {"B": 0, "G": 0, "A": 0, "R": 0}
    for _, actions in STOKE_RECS:
        for a in actions:
            counts[a[6]] += 1
    for label, k in [("Complete (B)", "B"), ("On track (G)", "G"), ("Some slippage (A)", "A"),
                     ("Off track (R)", "R")]:
        ws.cell(row=r, column=2, value=label)
        ws.cell(row=r, column=3, value=counts[k]).fill = fill(RAG_FILL[k])
        r += 1
    ws.cell(row=r, column=2, value="Total actions").font = Font(bold=True)
    ws.cell(row=r, column=3, value=sum(counts.values())).font = Font(bold=True)
    r += 2
    ws.cell(row=r, column=1, value=("Note: revised target dates were agreed by the Children's "
                                    "Services Improvement Board on 14 May 2024."))
    for col, w in zip("ABCDEFGHI", [7, 50, 30, 14, 14, 10, 10, 45, 22]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "C5"
    wb.active = 2
    wb.save(os.path.join(HERE, "gi1-stoke-on-trent-city-council-ilacs-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# helpers for Word
# ---------------------------------------------------------------------------
def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    """Write text (inner \n -> separate paragraphs) into a cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 2. City of York local area SEND partnership - priority action plan (docx)
# ---------------------------------------------------------------------------
YORK_PROGRESS_SHADE = {"Completed": "0070C0", "On track": "00B050",
                       "Progressing but delayed": "FFC000", "Not on track": "FF0000",
                       "Not started": None}

YORK_SECTIONS = [
    ("Areas for priority action", [
        ("Area for priority action 1",
         "Leaders across education, health and care should urgently improve the timeliness and "
         "quality of education, health and care (EHC) needs assessments and plans, so that children "
         "and young people receive the support they need without delay.", [
            ("1.1", "Clear the backlog of EHC needs assessments that are beyond 20 weeks, using "
                    "additional commissioned educational psychology capacity.",
             "Head of Integrated SEND\nPrincipal Educational Psychologist",
             "April 2025 – September 2025",
             "No EHC needs assessment open beyond 20 weeks without an agreed exception.",
             "Progressing but delayed"),
            ("1.2", "Introduce a multi-agency quality assurance panel that audits a sample of new "
                    "EHC plans each month, with health and social care advice audited alongside "
                    "education advice.",
             "SEND Quality Assurance Lead\nDesignated Clinical Officer", "By 30 June 2025",
             "85% of audited plans judged good or better.", "Completed"),
            ("1.3", "Co-produce a revised annual review process with York Parent Carer Forum, "
                    "including a clear route for families to request an early review.",
             "SEND Improvement Lead", "Summer term 2025",
             "Revised process published on the local offer; parent survey shows improved "
             "confidence.", "Completed"),
            ("1.4", "Deliver training on writing outcomes-focused plans to all SEND case officers "
                    "and health advice writers.",
             "Workforce Development Lead (SEND)", "Termly",
             "All case officers trained; audit shows outcomes are specific and measurable.",
             "On track"),
        ]),
        ("Area for priority action 2",
         "Leaders in the integrated care board and the local authority should reduce waiting "
         "times for neurodevelopmental assessments and ensure that children, young people and "
         "their families are well supported while they wait.", [
            ("2.1", "Commission additional autism and ADHD assessment capacity through the "
                    "independent sector to reduce the longest waits.",
             "Deputy Director of Commissioning (Humber and North Yorkshire ICB)", "Q3 2025/26",
             "No child waiting more than 52 weeks for a first appointment.", "On track"),
            ("2.2", "Launch a 'waiting well' offer for families, with a single point of contact, "
                    "parent workshops and access to the Autism Hub before diagnosis.",
             "Designated Clinical Officer\nHead of Inclusive Education", "October 2025",
             "Families on the waiting list report that they know where to get help.",
             "Not started"),
        ]),
    ]),
    ("Areas for improvement", [
        ("Area for improvement 1",
         "Leaders should ensure that the local offer is accurate, accessible and kept up to date, "
         "so that families know what support is available and how to access it.", [
            ("3.1", "Review every local offer entry with providers and the Parent Carer Forum, and "
                    "publish a quarterly 'You said, we did' update.",
             "Local Offer Manager", "31 December 2025",
             "All entries reviewed in the last 12 months; increased use of the local offer.",
             "On track"),
        ]),
        ("Area for improvement 2",
         "Leaders should strengthen preparation for adulthood for young people with SEND aged 14 "
         "to 25, including access to supported internships and adult health services.", [
            ("4.1", "Expand the supported internship programme to 30 places with two new employer "
                    "partners.",
             "Post-16 SEND Manager", "September 2026",
             "30 supported interns in 2026/27; 60% move into paid employment.", "On track"),
            ("4.2", "Agree joint transition protocols between children's and adults' community "
                    "health services.",
             "Designated Clinical Officer / Head of Adult Community Services", "March 2026",
             "Protocol signed off by the SEND Partnership Board.", "Progressing but delayed"),
        ]),
    ]),
]


def make_york():
    doc = docx.Document()
    doc.add_paragraph(
        "City of York Local Area SEND Partnership – Priority Action Plan 2025–2026",
        style="Title")
    doc.add_paragraph("Area SEND inspection of City of York Local Area Partnership (Ofsted and "
                      "CQC), 13–31 January 2025")
    doc.add_paragraph(
        "Inspection outcome: There are widespread and/or systemic failings leading to significant "
        "concerns about the experiences and outcomes of children and young people with special "
        "educational needs and/or disabilities (SEND), which the local area partnership must "
        "address urgently.")
    doc.add_heading("Document control", level=1)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Approved by"]):
        set_cell(c, h, bold=True)
    for row in [("0.4", "24/03/2025", "Head of Integrated SEND", "SEND Partnership Board (draft)"),
                ("1.0", "10/04/2025", "Head of Integrated SEND", "SEND Partnership Board"),
                ("1.3", "09/10/2025", "SEND Improvement Lead", "SEND Partnership Board")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)
    doc.add_heading("Progress key", level=1)
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for word, meaning in [("Completed", "Action delivered and evidence of impact held"),
                          ("On track", "Action progressing within the agreed timescale"),
                          ("Progressing but delayed", "Action under way but behind the agreed timescale"),
                          ("Not on track", "Action at risk – escalated to the SEND Partnership Board"),
                          ("Not started", "Action not yet due to start")]:
        cells = k.add_row().cells
        set_cell(cells[0], word, bold=True)
        set_cell(cells[1], meaning)
        if YORK_PROGRESS_SHADE[word]:
            shade(cells[0], YORK_PROGRESS_SHADE[word])
    for sec, parts in YORK_SECTIONS:
        doc.add_heading(sec, level=1)
        for kind, text, actions in parts:
            doc.add_heading(kind, level=2)
            doc.add_paragraph(text)
            t = doc.add_table(rows=1, cols=6)
            t.style = "Table Grid"
            for c, h in zip(t.rows[0].cells, ["No.", "Action", "Lead(s)", "Timescale",
                                              "Measure of success", "Progress (RAG)"]):
                set_cell(c, h, bold=True)
                shade(c, "D9E2F3")
            for ref, act, lead, when, measure, prog in actions:
                cells = t.add_row().cells
                for c, v in zip(cells, [ref, act, lead, when, measure, prog]):
                    set_cell(c, v)
                if YORK_PROGRESS_SHADE[prog]:
                    shade(cells[5], YORK_PROGRESS_SHADE[prog])
            doc.add_paragraph("")
    doc.add_paragraph("Progress against this plan is reported to the SEND Partnership Board every "
                      "six weeks and to the Department for Education and NHS England at "
                      "monitoring meetings.")
    doc.save(os.path.join(HERE, "gi1-city-of-york-council-local-area-send-priority-action-plan.docx"))


# ---------------------------------------------------------------------------
# 3. Clackmannanshire Council adoption service - Care Inspectorate plan (docx)
# ---------------------------------------------------------------------------
CLACKS_KQS = [
    ("Key question 1: How well do we support people's wellbeing?", [
        ("Requirement 1: By 31 January 2024, the provider must ensure that adoptive families "
         "receive support that meets their needs. To do this, the provider must, at a minimum, "
         "review all post-adoption support plans and adoption allowances and make regular contact "
         "with each adoptive family.", [
            ("Allocate a named worker to every adoptive family and contact each family to agree "
             "their current support needs.",
             "Team Manager, Family Placement", "15 January 2024",
             "All 47 families contacted by 12 January 2024; named workers confirmed in writing.",
             "Achieved"),
            ("Review all post-adoption support plans and adoption allowances, recording the outcome "
             "of each review on the family's file.",
             "Team Manager, Family Placement / Senior Practitioner (Adoption)", "31 January 2024",
             "Reviews completed and recorded; 9 allowances revised.", "Achieved"),
            ("Re-establish the adoption support group and quarterly newsletter, co-designed with "
             "adoptive parents.",
             "Senior Practitioner (Adoption)", "End of March 2024",
             "First group meeting held 29 February 2024; newsletter in draft.", "On track"),
        ]),
        ("Requirement 2: By 31 January 2024, the provider must repair working relationships with "
         "caregiver families and restore their confidence in the service. To do this, the provider "
         "must seek the views of caregivers and act on them.", [
            ("Hold listening events for adopters with the Chief Social Work Officer and publish the "
             "actions agreed.",
             "Chief Social Work Officer", "January 2024",
             "Two events held (10 and 17 January 2024); 'You said, we did' sent to all families.",
             "Achieved"),
            ("Carry out a survey of adoptive families and report the results to the Children's "
             "Services Management Team.",
             "Service Manager, Children and Families", "May 2024",
             "Survey questions agreed with the adopters' reference group.", "On track"),
        ]),
    ]),
    ("Key question 2: How good is our leadership?", [
        ("Area for improvement 1: To support continuous improvement, the provider should develop a "
         "quality assurance framework that includes regular audit of case files and seeks the views "
         "of people who use the service.", [
            ("Develop and implement a quality assurance framework for the fostering and adoption "
             "service, including a six-monthly case file audit.",
             "Service Manager, Children and Families", "30 June 2024",
             "Draft framework prepared; audit tool being tested. Completion expected August 2024.",
             "Delayed"),
        ]),
    ]),
    ("Key question 3: How good is our staff team?", [
        ("Area for improvement 2: To ensure that people are supported by staff with the right "
         "skills, the provider should ensure that workload is monitored and that staff receive "
         "regular supervision.", [
            ("Introduce a caseload weighting tool and review workload allocation at monthly team "
             "meetings.",
             "Team Manager, Family Placement", "Ongoing",
             "Weighting tool in use from February 2024.", "On track"),
            ("Ensure all staff receive supervision at least every four weeks, recorded on the "
             "supervision template.",
             "Team Manager, Family Placement", "Monthly",
             "Supervision compliance 58% in February 2024 due to two vacant posts.",
             "Not on track"),
        ]),
    ]),
]

CLACKS_SHADE = {"Achieved": "0070C0", "On track": "00B050", "Delayed": "FFC000",
                "Not on track": "FF0000"}


def make_clacks():
    doc = docx.Document()
    doc.add_paragraph("Clackmannanshire Council Adoption Service: Care Inspectorate Improvement "
                      "Action Plan", style="Title")
    doc.add_paragraph("Short-notice inspection completed 8 November 2023; report published "
                      "19 December 2023. Service registration: adoption service.")
    doc.add_heading("Evaluations awarded", level=2)
    g = doc.add_table(rows=1, cols=2)
    g.style = "Table Grid"
    set_cell(g.rows[0].cells[0], "Key question", bold=True)
    set_cell(g.rows[0].cells[1], "Grade", bold=True)
    for kq, grade in [("How well do we support people's wellbeing?", "1 – Unsatisfactory"),
                      ("How good is our leadership?", "2 – Weak"),
                      ("How good is our staff team?", "3 – Adequate"),
                      ("How well is our care and support planned?", "2 – Weak")]:
        cells = g.add_row().cells
        set_cell(cells[0], kq)
        set_cell(cells[1], grade)
    doc.add_paragraph("")
    doc.add_paragraph("Status key: Achieved – met and evidenced; On track – in progress within the "
                      "timescale; Delayed – timescale at risk (amber); Not on track – escalated to "
                      "the Head of Service (red).")
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Requirement / area for improvement", "Action to be taken",
                                      "Responsible person(s)", "Timescale",
                                      "Progress update (March 2024)", "Status"]):
        set_cell(c, h, bold=True)
        shade(c, "BDD7EE")
    for kq, reqs in CLACKS_KQS:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[5])
        set_cell(m, kq, bold=True)
        shade(m, "E7E6E6")
        for req, actions in reqs:
            first_row_idx = len(t.rows)
            for act, lead, when, upd, status in actions:
                cells = t.add_row().cells
                for c, v in zip(cells[1:], [act, lead, when, upd, status]):
                    set_cell(c, v)
                shade(cells[5], CLACKS_SHADE[status])
            top = t.rows[first_row_idx].cells[0]
            bottom = t.rows[len(t.rows) - 1].cells[0]
            merged = top.merge(bottom) if bottom._tc is not top._tc else top
            set_cell(merged, req)
    doc.add_paragraph("")
    doc.add_heading("Sign-off", level=2)
    s = doc.add_table(rows=1, cols=3)
    s.style = "Table Grid"
    for c, h in zip(s.rows[0].cells, ["Plan agreed by", "Designation", "Date"]):
        set_cell(c, h, bold=True)
    cells = s.add_row().cells
    for c, v in zip(cells, ["Chief Social Work Officer", "Clackmannanshire Council",
                            "22/12/2023"]):
        set_cell(c, v)
    doc.save(os.path.join(
        HERE, "gi1-clackmannanshire-council-adoption-service-care-inspectorate-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 4. Sandwell Early Help Partnership - strategy action plan (csv)
# ---------------------------------------------------------------------------
SANDWELL_ROWS = [
    ("Priority 1: Early identification – families get the right help at the earliest point", [
        ("1.1", "Refresh the Right Help, Right Time threshold guidance with partners and launch it "
                "at the Early Help Conference.",
         "Early Help Strategic Lead", "SCSP, Sandwell Children's Trust", "Sep-24", "G", "Complete",
         "Launched at the conference on 19 September 2024; 412 practitioners attended."),
        ("1.2", "Increase the number of Early Help Assessments led by schools and health partners.",
         "Early Help Partnership Manager; Designated Nurse Safeguarding Children",
         "Schools, Black Country ICB", "Mar-25", "A", "A",
         "School-led assessments up 11% on 2023/24; health-led assessments static."),
        ("1.3", "Prepare a Families First pilot in Oldbury, bringing together the Assessment and "
                "Intervention team and the Strengthening Families team.\nTest daily multi-agency "
                "family allocation meetings in the MASH.",
         "Head of Early Help (SCT)", "West Midlands Police, Black Country ICB", "Q4 2024/25",
         "G", "G", "Design workshops held in October; pilot governance agreed."),
    ]),
    ("Priority 2: Family Hubs – help is available in every town", [
        ("2.1", "Open a Family Hub in each of the six towns with a published timetable of services.",
         "Family Hubs Programme Manager", "VCS partners, Public Health", "31/03/2025", "G", "G",
         "Four of six hubs open; Rowley Regis and Tipton on track for February 2025."),
        ("2.2", "Deliver the Start for Life parenting offer in every Family Hub, including "
                "perinatal mental health and infant feeding support.",
         "Start for Life Lead / Public Health Consultant (CYP)", "Midwifery, Health Visiting",
         "Jan-25", "A", "R",
         "Infant feeding peer supporter recruitment delayed; escalated to the Family Hubs Board."),
        ("2.3", "Launch the Family Hubs digital offer and online self-referral form.",
         "Family Hubs Programme Manager", "", "Dec-24", "A", "A",
         "Website content drafted; accessibility testing in November."),
    ]),
    ("Priority 3: Workforce – a confident, skilled early help workforce", [
        ("3.1", "Deliver the multi-agency Early Help Assessment and Lead Professional training "
                "programme (six cohorts a year).",
         "Early Help Workforce Development Officer", "SCSP", "Ongoing", "G", "G",
         "Three cohorts delivered in Q1–Q2 (96 practitioners)."),
        ("3.2", "Establish a Lead Professional peer support network across schools, health and the "
                "voluntary sector.",
         "Early Help Partnership Manager", "SCVO", "Nov-24", "G", "Complete",
         "Network launched 10 October 2024; meets monthly."),
    ]),
    ("Priority 4: Measuring impact – we know what difference early help makes", [
        ("4.1", "Develop an early help outcomes dashboard aligned to the Supporting Families "
                "outcomes framework.",
         "Business Intelligence Manager", "Sandwell Children's Trust", "Feb-25", "A", "G",
         "Data model built; dashboard in user testing."),
        ("4.2", "Carry out a thematic audit of step-down from children's social care to early help "
                "and report the findings to the SCSP.",
         "Early Help Quality Assurance Lead", "SCSP, Sandwell Children's Trust", "Q3 2024/25",
         "G", "A", "Audit sample agreed; fieldwork moved to December because of staff absence."),
    ]),
]


def make_sandwell():
    path = os.path.join(HERE, "gi1-sandwell-early-help-partnership-strategy-action-plan.csv")
    n = 9
    rows = [
        ["Sandwell Early Help Partnership – Early Help Strategy Action Plan 2024/25"] + [""] * (n - 1),
        ["Early Help Strategy 2022–2025 | Reporting to: Early Help Partnership Board | "
         "Last updated: 18/11/2024"] + [""] * (n - 1),
        [""] * n,
        ["RAG: G = on track; A = at risk of delay; R = off track; Complete = delivered"]
        + [""] * (n - 1),
        [""] * n,
        ["Priority", "Ref", "What we will do", "Lead officer(s)", "Partners involved", "By when",
         "Q1 RAG", "Q2 RAG", "Q2 update"],
    ]
    totals = {}
    for prio, actions in SANDWELL_ROWS:
        for i, (ref, act, lead, partners, when, q1, q2, upd) in enumerate(actions):
            rows.append([prio if i == 0 else "", ref, act, lead, partners, when, q1, q2, upd])
            totals[q2] = totals.get(q2, 0) + 1
    rows.append([""] * n)
    rows.append(["Totals (Q2): Complete %d | G %d | A %d | R %d" % (
        totals.get("Complete", 0), totals.get("G", 0), totals.get("A", 0), totals.get("R", 0))]
        + [""] * (n - 1))
    rows.append(["Next review: Early Help Partnership Board, 20 February 2025"] + [""] * (n - 1))
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 5. Bolton Safeguarding Children Partnership - JTAI action plan (txt, tab-separated)
# ---------------------------------------------------------------------------
BOLTON_AFIS = [
    ("AFI 1: The quality and consistency of early help assessments and plans across partner "
     "agencies, so that they are focused on outcomes and reviewed regularly.", [
        ("1.1", ["Introduce a single multi-agency early help assessment and plan template on the "
                 "Early Help Module, with SMART outcomes."],
         "Bolton Council", "Head of Early Help and Prevention", "Apr-25", "Complete",
         "Template live from 1 April 2025."),
        ("1.2", ["Deliver a programme of multi-agency audits of early help plans, reporting findings "
                 "to the BSCP Quality and Assurance Group."],
         "BSCP", "BSCP Business Manager & Head of Quality Assurance (Bolton Council)", "30/09/2025",
         "On track", "Two audits completed (June, August); third scheduled for September."),
        ("1.3", ["Provide refresher training on early help assessment for school designated "
                 "safeguarding leads."],
         "Bolton Council / Schools", "Education Safeguarding Lead", "Sept 2025", "Complete",
         "Training delivered to 112 DSLs at the summer term network."),
    ]),
    ("AFI 2: The timeliness and quality of information shared by health partners when children are "
     "referred to the Multi-Agency Safeguarding Hub (MASH).", [
        ("2.1", ["Agree an information-sharing protocol that sets a 24-hour response time for health "
                 "checks requested by the MASH."],
         "NHS GM – Bolton", "Designated Nurse Safeguarding Children", "Jun-25", "Complete",
         "Protocol signed by all health providers in June 2025."),
        ("2.2", ["Deliver briefing sessions for GP practices on their role in MASH enquiries and "
                 "strategy discussions.",
                 "Follow up with a practice-level audit of response times six months after the "
                 "briefings."],
         "NHS GM – Bolton", "Named GP for Safeguarding Children", "Q3 2025/26", "On track",
         "Briefings booked for October and November protected learning time."),
    ]),
    ("AFI 3: The partnership's understanding of the impact of early help, including the use of data "
     "on repeat referrals and step-down to early help.", [
        ("3.1", ["Develop a partnership early help performance scorecard, including repeat referral "
                 "and step-down measures."],
         "BSCP", "BSCP Performance and Intelligence Lead", "Dec-25", "Delayed",
         "Health data feed not yet agreed; revised plan to the Executive in October."),
        ("3.2", ["Hold a six-monthly BSCP Executive session on early help impact, with feedback from "
                 "children and families."],
         "BSCP", "Independent Scrutineer; BSCP Business Manager", "Six-monthly", "On track",
         "First session held 16 September 2025."),
        ("3.3", ["Publish a 'What children and families told us' summary on the BSCP website."],
         "BSCP", "BSCP Business Manager", "Mar-26", "Not started", ""),
    ]),
]


def make_bolton():
    path = os.path.join(HERE, "gi1-bolton-safeguarding-children-partnership-jtai-action-plan.txt")
    lines = [
        "Bolton Safeguarding Children Partnership – JTAI Multi-agency Action Plan",
        "Joint targeted area inspection: the multi-agency response to children and families who "
        "need help",
        "Inspection: 3–7 February 2025 | Letter of findings published: 25 March 2025",
        "Plan owner: BSCP Executive (Bolton Council, Greater Manchester Police, NHS Greater "
        "Manchester – Bolton)",
        "",
        "Status key: Complete (blue) / On track (green) / Delayed (amber) / Off track (red)",
        "",
        "\t".join(["Ref", "Action", "Agency", "Lead", "Target date", "Status",
                   "Update (September 2025)"]),
    ]
    counts = {}
    for afi, actions in BOLTON_AFIS:
        lines.append(afi + "\t" * 6)
        for ref, parts, agency, lead, when, status, upd in actions:
            lines.append("\t".join([ref, parts[0], agency, lead, when, status, upd]))
            for extra in parts[1:]:
                lines.append("\t".join(["", extra, "", "", "", "", ""]))
            counts[status] = counts.get(status, 0) + 1
    lines.append("")
    total = sum(counts.values())
    lines.append("Actions: %d | Complete: %d | On track: %d | Delayed: %d | Not started: %d" % (
        total, counts.get("Complete", 0), counts.get("On track", 0), counts.get("Delayed", 0),
        counts.get("Not started", 0)))
    lines.append("Approved by the BSCP Executive on 14 April 2025; progress reviewed on 16 September "
                 "2025.")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------------------
# 6. Wigan Corporate Parenting Board - action plan (xlsx, a sheet per priority)
# ---------------------------------------------------------------------------
WIGAN_PRIORITIES = [
    ("1. Homes", "Priority 1: Safe and stable homes – 'I want to live somewhere I feel safe and "
                 "settled'", [
        ("1.1", "Open two new council-run children's homes in the borough so that more children can "
                "live close to their family and school.",
         "Fewer children living more than 20 miles from Wigan",
         "Assistant Director – Children in Care and Placements", "March 2026", AMBER,
         "First home registered with Ofsted in August 2025; second home delayed by planning."),
        ("1.2", "Recruit 25 new foster carer households through the Foster for Wigan campaign.",
         "Net gain in in-house foster carers", "Fostering Service Manager", d(2026, 3, 31), GREEN,
         "14 households approved since April 2024; 9 in assessment."),
        ("1.3", "Ensure every care leaver aged 18–21 has a tenancy-ready plan and access to the "
                "Staying Close offer.",
         "Care leavers in suitable accommodation", "Care Leavers Service Manager; Housing Options "
                                                   "Manager", "Ongoing", GREEN,
         "96% of care leavers aged 19–21 in suitable accommodation (Q2)."),
    ]),
    ("2. Health", "Priority 2: Health and wellbeing – 'I want to feel well and have someone to talk "
                  "to'", [
        ("2.1", "Reduce waiting times for initial health assessments so that 90% are completed within "
                "20 working days of a child coming into care.",
         "IHA timeliness reported monthly",
         "Designated Nurse for Children in Care (NHS GM – Wigan)", "December 2025", RED,
         "Timeliness 64% in Q2; paediatric capacity escalated to the ICB."),
        ("2.2", "Offer every child in care a free leisure pass for them and their carer.",
         "Uptake of leisure passes", "Head of Leisure / Corporate Parenting Lead", d(2025, 6, 30),
         BLUE, "Passes issued to all children in care from June 2025."),
        ("2.3", "Commission a dedicated emotional wellbeing service for children in care, "
                "co-designed with the Children in Care Council.",
         "Children in care report improved wellbeing (annual survey)",
         "Head of Commissioning (Children)", "Q4 2025/26", None,
         "Specification to be drafted with the Children in Care Council in November 2025."),
    ]),
    ("3. Education & Work", "Priority 3: Education, training and work – 'I want to learn and have "
                            "a good job'", [
        ("3.1", "Ensure every child in care has a high-quality Personal Education Plan reviewed each "
                "term.",
         "PEP quality audit by the Virtual School", "Virtual School Headteacher", "Termly", GREEN,
         "98% of PEPs completed in the summer term; 81% rated good."),
        ("3.2", "Provide 15 ring-fenced apprenticeships for care leavers across council services.",
         "Number of care leavers starting apprenticeships",
         "Head of Organisational Development / Post-16 Virtual School Lead", "Sept 2026", AMBER,
         "6 apprenticeships filled; campaign with managers planned for January 2026."),
        ("3.3", "Hold an annual celebration of achievement event for children in care and care "
                "leavers.",
         "Event held; feedback from young people", "Corporate Parenting Lead", "Summer term 2025",
         BLUE, "'Proud of You' awards held 10 July 2025 at the Life Centre."),
    ]),
]


def make_wigan():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = ("Wigan Corporate Parenting Board – Corporate Parenting Strategy Action Plan "
               "2024–2027")
    s["A1"].font = Font(size=14, bold=True, color=HEAD)
    s["A2"] = "Progress report to the Corporate Parenting Board, 15 October 2025"
    hdr = ["Priority", "Actions", "Complete", "On track", "At risk", "Off track", "Not started"]
    for c, h in enumerate(hdr, start=1):
        cell = s.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.border = BOX
    colour_col = {BLUE: 3, GREEN: 4, AMBER: 5, RED: 6, None: 7}
    r = 5
    for sheet, prio, actions in WIGAN_PRIORITIES:
        counts = [0] * 8
        for a in actions:
            counts[colour_col[a[5]]] += 1
        s.cell(row=r, column=1, value=prio.split(" – ")[0])
        s.cell(row=r, column=2, value=len(actions))
        for c in range(3, 8):
            s.cell(row=r, column=c, value=counts[c])
        for c in range(1, 8):
            s.cell(row=r, column=c).border = BOX
        r += 1
    s.cell(row=r + 1, column=1, value="RAG key (colour of the RAG cell on each priority sheet)").font = \
        Font(bold=True)
    for i, (colour, label) in enumerate([(BLUE, "Complete"), (GREEN, "On track"),
                                         (AMBER, "At risk"), (RED, "Off track"),
                                         (None, "No colour – not started")]):
        cell = s.cell(row=r + 2 + i, column=1, value=label)
        if colour:
            cell.fill = fill(colour)
    s.column_dimensions["A"].width = 40

    for sheet, prio, actions in WIGAN_PRIORITIES:
        ws = wb.create_sheet(sheet)
        ws["A1"] = prio
        ws["A1"].font = Font(size=13, bold=True, color=HEAD)
        ws.merge_cells("A1:G1")
        headers = ["No.", "What we will do", "How we will know", "Lead", "When", "RAG",
                   "Update – October 2025"]
        for c, h in enumerate(headers, start=1):
            cell = ws.cell(row=3, column=c, value=h)
            cell.font = Font(bold=True)
            cell.fill = fill(GREY)
            cell.border = BOX
        for i, (ref, act, measure, lead, when, colour, upd) in enumerate(actions, start=4):
            vals = [ref, act, measure, lead, when, None, upd]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(row=i, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            if colour:
                ws.cell(row=i, column=6).fill = fill(colour)
        for col, w in zip("ABCDEFG", [6, 50, 32, 34, 14, 8, 45]):
            ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "gi1-wigan-corporate-parenting-board-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 7. Bath and North East Somerset YJS - HMIP improvement plan (xlsx, refuse case)
# ---------------------------------------------------------------------------
BANES_GROUPS = [
    ("The Youth Justice Partnership Board should:", [
        ("1", "ensure that partners provide sufficient resources, including police and health staff, "
              "for the service to deliver high-quality work with children", [
            ("1.1", "Agree a revised partnership funding and secondment agreement with Avon and "
                    "Somerset Police and the ICB.",
             "Chair of the YJ Partnership Board", "Dec-2024", "Agreed at the Board on 10 December "
                                                               "2024.", "Complete"),
            ("1.2", "Review board membership and attendance, and induct new members.",
             "YJS Service Manager", "Jan-2025", "Induction pack issued; attendance 88%.",
             "Complete"),
        ]),
        ("2", "improve its understanding of disproportionality, including the over-representation of "
              "Black and mixed-heritage children", [
            ("2.1", "Publish a disproportionality action plan informed by local data.",
             "Head of Young People's Prevention Services", "Mar-2025", "Data analysis complete; "
                                                                      "plan drafted.", "On track"),
            ("2.2", "Consult children and families from minority ethnic backgrounds on their "
                    "experience of the service.",
             "Participation Officer", "0ct-2025", "", "Not started"),
        ]),
    ]),
    ("The YJS Service Manager should:", [
        ("3", "improve the quality of assessment and planning for keeping children and other people "
              "safe", [
            ("3.1", "Introduce monthly case audits focused on safety and wellbeing and risk of harm "
                    "to others.",
             "YJS Team Manager", "Feb-2025", "Audits running since November 2024.", "Complete"),
            ("3.2", "Deliver risk and safety training for all case managers.",
             "YJS Practice Lead", "Jun-2025", "Trainer commissioned; dates set.", "On track"),
        ]),
        ("4", "ensure that out-of-court disposal decisions are informed by a full assessment of the "
              "child's needs", [
            ("4.1", "Revise the terms of reference of the joint decision-making panel with the "
                    "police.",
             "YJS Service Manager / OOCD Police Lead", "Apr-2025", "Draft shared with the police.",
             "On track"),
            ("4.2", "Complete an assessment before every joint decision-making panel and record it "
                    "on ChildView.",
             "YJS Team Manager", "Apr-2025", "", "On track"),
        ]),
    ]),
]

BANES_FILL = {"Complete": BLUE, "On track": GREEN, "Not started": None}


def make_banes():
    wb = Workbook()
    ws = wb.active
    ws.title = "HMIP Improvement Plan"
    ws["A1"] = ("Bath and North East Somerset Youth Justice Service – HMIP Post-inspection "
                "Improvement Plan")
    ws["A1"].font = Font(size=14, bold=True, color=HEAD)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Inspection fieldwork: April 2024 | Report published: 16 July 2024 | Overall "
                "rating: Requires improvement")
    ws.merge_cells("A2:H2")
    ws["A3"] = "Owner: Youth Justice Partnership Board | Updated: 04/03/2025"
    ws.merge_cells("A3:H3")
    headers = ["Rec", "Recommendation", "Ref", "Action", "Owner", "Deadline", "Progress", "RAG"]
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = fill(HEAD)
        cell.border = BOX
    r = 6
    for group, recs in BANES_GROUPS:
        ws.cell(row=r, column=1, value=group).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = fill(GREY)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for num, rec, actions in recs:
            start = r
            ws.cell(row=r, column=1, value=num)
            ws.cell(row=r, column=2, value=rec)
            for ref, act, owner, when, prog, rag in actions:
                vals = [ref, act, owner, when, prog or None, rag]
                for c, v in enumerate(vals, start=3):
                    cell = ws.cell(row=r, column=c, value=v)
                    cell.alignment = WRAP
                    cell.border = BOX
                if BANES_FILL[rag]:
                    ws.cell(row=r, column=8).fill = fill(BANES_FILL[rag])
                r += 1
            for c in (1, 2):
                ws.cell(row=start, column=c).alignment = WRAP
                if r - 1 > start:
                    ws.merge_cells(start_row=start, start_column=c, end_row=r - 1, end_column=c)
    r += 1
    ws.cell(row=r, column=1, value="RAG: Complete (blue), On track (green), At risk (amber), "
                                   "Off track (red), Not started (no colour).")
    for col, w in zip("ABCDEFGH", [5, 40, 6, 48, 30, 12, 36, 12]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(
        HERE, "gi1-bath-north-east-somerset-yjs-hmip-improvement-plan-typo-month-refuse.xlsx"))


if __name__ == "__main__":
    make_stoke()
    make_york()
    make_clacks()
    make_sandwell()
    make_bolton()
    make_wigan()
    make_banes()
    print("written")
