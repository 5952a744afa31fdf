"""Generator for the g1- cases of heldout41 (children's services and education plans).

Run with /work/main/.venv/bin/python g1_make.py (python-docx and openpyxl).
Writes seven documents beside this script:
  g1-wigan-ilacs-improvement-plan.xlsx
  g1-enfield-focused-visit-action-plan.docx
  g1-southampton-send-post-inspection-improvement-plan.docx
  g1-nottinghamshire-jtai-partnership-action-plan.xlsx
  g1-lincolnshire-virtual-school-improvement-plan.csv
  g1-warrington-care-leavers-improvement-plan.xlsx
  g1-sunderland-yjs-hmip-improvement-plan.txt
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE = "00B0F0"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"

thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return dt.datetime(y, m, day)


def out(name):
    return os.path.join(HERE, name)


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


def set_cell(cell, text, bold=False, size=9, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)
    sec.top_margin = sec.bottom_margin = Cm(1.5)


# ---------------------------------------------------------------------------
# 1. Wigan ILACS improvement plan (xlsx) - RAG by fill colour only
# ---------------------------------------------------------------------------
def wigan():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    for col, w in zip("ABCDEF", [7, 60, 10, 11, 62, 8]):
        ws.column_dimensions[col].width = w

    ws["A1"] = "Wigan Council – Children's Services Improvement Plan 2022–2024"
    ws["A1"].font = Font(bold=True, size=14, color="1F3864")
    ws.merge_cells("A1:F1")
    ws["A2"] = ("Our response to the Ofsted inspection of local authority children's services (ILACS), "
                "May 2022")
    ws.merge_cells("A2:F2")
    ws["A3"] = ("Plan owner: Director of Children's Services   |   Monitored by: Children's Improvement "
                "Board   |   Update: March 2023")
    ws["A3"].font = Font(italic=True)
    ws.merge_cells("A3:F3")

    hdr = ["No.", "What we will do", "Lead", "By when",
           "Progress / evidence of impact (March 2023)", "RAG"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.alignment = WRAP
        cell.border = BOX

    rag = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    rows = [
        ("P", "Priority 1: Getting the right help at the right time"),
        ("REC", "Recommendation 1: The consistent application of thresholds between children's social care "
                "and early help, so that children and families have their needs met without delay."),
        ("A", "1.1", "Refresh the Wigan Continuum of Need guidance with partners and relaunch it through "
                     "multi-agency briefings in each locality.", "JB", d(2022, 10, 31),
         "Refreshed guidance signed off by the Safeguarding Partnership in October; 14 briefings "
         "delivered to 420 practitioners.", "B"),
        ("A", "1.2", "Introduce a daily joint triage of contacts between the Start Well early help hub and "
                     "the MASH, with step-up and step-down decisions recorded on the child's record.",
         "JB/KM", d(2022, 12, 1),
         "Joint triage in place since November. Audit in February found the decision recorded in 46 of "
         "50 contacts.", "B"),
        ("A", "1.3", "Report threshold decisions at the front door to the Safeguarding Partnership's Quality "
                     "and Performance Group, with a multi-agency dip sample each quarter.", "KM",
         "Quarterly",
         "First two quarterly reports presented (November and February). Re-referrals within 12 months "
         "down from 24% to 19%.", "G"),
        ("REC", "Recommendation 2: The quality of intervention with families in the locality teams."),
        ("A", "2.1", "Train all locality social workers and team managers in the Wigan practice model "
                     "(strengths-based, relational practice).", "PH", d(2023, 3, 31),
         "Cohorts 1–4 complete (112 staff). Final cohort booked for 22 March.", "G"),
        ("A", "2.2", "Hold a monthly practice week in each locality, with audits of children's records and "
                     "feedback to the social worker within ten working days.", "PH & LW", d(2023, 6, 30),
         "Practice weeks held in three of four localities; feedback within ten days in 61% of audits. "
         "Audit capacity in the Central locality is being increased.", "A"),
        ("BLANK",),
        ("P", "Priority 2: Children in our care"),
        ("REC", "Recommendation 3: The sufficiency of placements for older children and those with more "
                "complex needs."),
        ("A", "3.1", "Open two new in-house children's homes for older children with complex needs.", "SR",
         d(2023, 12, 31),
         "Property for the first home purchased and the Ofsted registration application submitted. "
         "Second property not yet identified.", "A"),
        ("A", "3.2", "Recruit 30 additional fostering households, with a targeted campaign for carers of "
                     "teenagers.", "SR", d(2024, 3, 31),
         "Nine new households approved since June 2022, two for teenagers. Net numbers are falling "
         "because of retirements; the campaign is being reviewed with the regional fostering hub.", "R"),
        ("A", "3.3", "Publish a refreshed Placement Sufficiency Strategy 2023–26, approved by Cabinet.", "CD",
         d(2023, 4, 30),
         "Draft strategy consulted on with the Children in Care Council; due at Cabinet on 20 April.", "G"),
        ("BLANK",),
        ("P", "Priority 3: A stable, skilled workforce"),
        ("REC", "Recommendation 4: Reducing reliance on agency social workers, so that children experience "
                "fewer changes of worker."),
        ("A", "4.1", "Launch the Wigan Social Work Academy with a second cohort of newly qualified social "
                     "workers (ASYE).", "AT", d(2022, 9, 30),
         "Academy launched in September 2022 with 18 ASYEs; recruitment to the third cohort is open.", "B"),
        ("A", "4.2", "Agree a market supplement and retention payment for experienced social workers in "
                     "frontline teams.", "CD/AT", d(2023, 1, 31),
         "Approved by Cabinet in January; paid from February.", "B"),
        ("A", "4.3", "Reduce agency social workers to below 15% of the social work workforce.", "AT",
         d(2024, 3, 31), "Agency rate 21% in February 2023 (32% in May 2022).", "G"),
    ]
    r = 6
    for row in rows:
        kind = row[0]
        if kind == "P":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True, color="FFFFFF", size=12)
            for c in range(1, 7):
                ws.cell(row=r, column=c).fill = fill("2F5597")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        elif kind == "REC":
            cell = ws.cell(row=r, column=1, value=row[1])
            cell.font = Font(bold=True, italic=True)
            cell.alignment = Alignment(wrap_text=True, vertical="center")
            for c in range(1, 7):
                ws.cell(row=r, column=c).fill = fill("DEEAF6")
                ws.cell(row=r, column=c).border = BOX
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            ws.row_dimensions[r].height = 30
        elif kind == "A":
            _, ref, action, lead, when, progress, status = row
            vals = [ref, action, lead, when, progress, None]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
            if isinstance(when, dt.datetime):
                ws.cell(row=r, column=4).number_format = "mmm-yy"
            ws.cell(row=r, column=6).fill = fill(rag[status])
        r += 1

    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    r += 1
    for colour, meaning in [(BLUE, "Complete"), (GREEN, "On track"),
                            (AMBER, "Some slippage – recovery action in place"),
                            (RED, "Off track – escalated to the Children's Improvement Board")]:
        ws.cell(row=r, column=1).fill = fill(colour)
        ws.cell(row=r, column=2, value=meaning)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Lead officers").font = Font(bold=True)
    r += 1
    for text in ["CD – Director of Children's Services",
                 "JB – Assistant Director, Early Help and Prevention",
                 "KM – Head of Service, MASH and Front Door",
                 "PH – Head of Service, Localities",
                 "LW – Principal Social Worker",
                 "SR – Head of Service, Children in Care and Placements",
                 "AT – Head of Workforce Development"]:
        ws.cell(row=r, column=1, value=text)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        r += 1
    ws.freeze_panes = "A6"
    wb.save(out("g1-wigan-ilacs-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Enfield focused visit action plan (docx)
# ---------------------------------------------------------------------------
def enfield():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)

    doc.add_heading("Enfield Children's Services – Ofsted Focused Visit Action Plan", level=1)
    doc.add_paragraph("Focused visit: arrangements for children in need of help and protection, "
                      "September 2018")

    doc.add_paragraph().add_run("Document control").bold = True
    dc = doc.add_table(rows=1, cols=4)
    dc.style = "Table Grid"
    for c, h in enumerate(["Version", "Date", "Author", "Comments"]):
        set_cell(dc.rows[0].cells[c], h, bold=True)
        shade(dc.rows[0].cells[c], GREY)
    for v in [("0.1", "12/10/2018", "Head of Quality Assurance", "First draft for DMT"),
              ("1.0", "01/11/2018", "Head of Quality Assurance", "Approved by the Improvement Board"),
              ("1.1", "14/12/2018", "Head of Quality Assurance", "December progress update")]:
        cells = dc.add_row().cells
        for c, t in enumerate(v):
            set_cell(cells[c], t)

    doc.add_paragraph()
    doc.add_paragraph(
        "Ofsted carried out a focused visit to Enfield in September 2018, looking at the local "
        "authority's arrangements for children in need of help and protection. Inspectors found that "
        "senior leaders, staff and partners continue to work hard to help and protect children, and that "
        "most referrals are dealt with promptly. They also identified areas where practice must improve. "
        "This plan sets out the actions we are taking in response. Progress is reported monthly to the "
        "Departmental Management Team (DMT) and to the Children's Services Improvement Board.")

    hdr = ["No.", "Area for improvement (Ofsted)", "Action", "Lead officer", "Timescale",
           "Progress update – December 2018", "RAG"]
    areas = [
        ("Thresholds: the application of thresholds for children who have suffered significant harm, so "
         "that they are progressed to a strategy discussion and child protection medical examinations are "
         "considered.", [
            ("1.1", "Review all cases in the service area identified by inspectors that were closed or "
                    "stepped down to early help in the six months before the visit, and re-open any where "
                    "the threshold for a strategy discussion was met.",
             "Head of Service, Single Point of Entry (SPOE)", "By 31 October 2018",
             "146 cases reviewed by two senior managers; 9 re-opened, of which 4 proceeded to section 47 "
             "enquiries. Findings reported to DMT on 30 October.", "Complete"),
            ("1.2", "Agree practice guidance on strategy discussions and child protection medicals with the "
                    "police and the designated doctor, and brief all SPOE and assessment staff.",
             "Head of Service, SPOE / Designated Doctor for Safeguarding", "Nov-18",
             "Guidance issued on 19 November; briefings delivered to all teams.", "Complete"),
            ("1.3", "Dip-sample 20 contacts a month for threshold decisions, through the Quality Assurance "
                    "Service, and report findings to DMT.",
             "Head of Quality Assurance", "Monthly from October 2018",
             "October and November samples complete: threshold correctly applied in 38 of 40 contacts. "
             "The two exceptions were escalated to team managers the same day.", "Green"),
        ]),
        ("Caseloads: social work caseloads in the referral and assessment teams are too high.", [
            ("2.1", "Recruit six additional permanent social workers to the referral and assessment teams, "
                    "using the growth agreed by Cabinet in October 2018.",
             "Assistant Director, Children's Social Care", "January 2019",
             "Four offers made; two start dates confirmed for January. Rolling advert remains open.",
             "Amber"),
            ("2.2", "Set a caseload ceiling of 20 children per social worker in the assessment teams and "
                    "report caseloads weekly to the Assistant Director.",
             "Service Manager, Referral and Assessment", "w/c 05/11/18",
             "Weekly caseload report in place; average caseload 21, down from 30 at the time of the visit.",
             "Green"),
            ("2.3", "Commission an agency project team of four social workers to complete overflow "
                    "assessments until the permanent recruits are in post.",
             "Assistant Director, Children's Social Care", "Oct 2018 – Mar 2019",
             "Project team started on 15 October; 63 assessments completed to date.", "Green"),
        ]),
        ("Management oversight: supervision does not consistently record reflective discussion or clear "
         "direction for the child.", [
            ("3.1", "Relaunch the supervision policy with a recording template that sets out the reflective "
                    "discussion and the actions agreed for the child.",
             "Principal Social Worker", "End of December 2018",
             "Template agreed. Relaunch of the policy moved to January so that it goes live with the new "
             "case recording system.", "Amber"),
            ("3.2", "Deliver management oversight training to all team managers and senior practitioners.",
             "Learning and Development Manager", "Q4 2018/19",
             "The training provider withdrew in November. Re-procurement is under way and the first "
             "sessions are not expected before March.", "Red"),
        ]),
    ]
    rag_fill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    t = doc.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for c, h in enumerate(hdr):
        set_cell(t.rows[0].cells[c], h, bold=True, color="FFFFFF")
        shade(t.rows[0].cells[c], "203864")
    for area, acts in areas:
        first = None
        for i, (no, action, lead, when, prog, rag) in enumerate(acts):
            cells = t.add_row().cells
            set_cell(cells[0], no)
            if i == 0:
                set_cell(cells[1], area, bold=True)
                first = cells[1]
            set_cell(cells[2], action)
            set_cell(cells[3], lead)
            set_cell(cells[4], when)
            set_cell(cells[5], prog)
            set_cell(cells[6], rag, bold=True)
            shade(cells[6], rag_fill[rag])
        if len(acts) > 1:
            last = t.rows[len(t.rows) - 1].cells[1]
            first.merge(last)
            # python-docx keeps the text of both cells when merging: keep only the area text
            for p in first.paragraphs[1:]:
                p._element.getparent().remove(p._element)
    widths = [Cm(1.2), Cm(5), Cm(6.5), Cm(3.5), Cm(2.8), Cm(6.5), Cm(1.8)]
    for row in t.rows:
        for c, w in enumerate(widths):
            row.cells[c].width = w

    doc.add_paragraph()
    doc.add_paragraph("RAG: Complete (blue) – action delivered; Green – on track to be delivered by the "
                      "timescale; Amber – at risk of slippage; Red – off track or not started.")
    doc.save(out("g1-enfield-focused-visit-action-plan.docx"))


# ---------------------------------------------------------------------------
# 3. Southampton SEND post-inspection improvement plan (docx) - one table per recommendation
# ---------------------------------------------------------------------------
def southampton():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10.5)

    doc.add_heading("Southampton Local Area SEND Partnership – SEND Post-Inspection Improvement Plan "
                    "2024–2026", level=0)
    doc.add_heading("Context", level=2)
    doc.add_paragraph(
        "The Southampton local area SEND partnership had a full area SEND inspection by Ofsted and the "
        "Care Quality Commission in May 2024. Inspectors found that the local area partnership's "
        "arrangements lead to inconsistent experiences and outcomes for children and young people with "
        "special educational needs and/or disabilities (SEND), and that the partnership must work jointly "
        "to make improvements.")
    doc.add_paragraph(
        "This improvement plan sets out the actions the partnership will take in response to the "
        "recommendations in the inspection report. It has been co-produced with parents and carers, "
        "children and young people, schools and colleges, and health and care partners.")
    doc.add_heading("Governance", level=2)
    doc.add_paragraph(
        "Overall responsibility for the timely delivery of the plan is held by the SEND Partnership "
        "Board, chaired by the Director of Children's Services. Each recommendation has an accountable "
        "board, named in its action table below.")
    g = doc.add_table(rows=1, cols=3)
    g.style = "Table Grid"
    for c, h in enumerate(["Board / group", "Chair", "Meets"]):
        set_cell(g.rows[0].cells[c], h, bold=True, size=10)
        shade(g.rows[0].cells[c], GREY)
    for v in [("SEND Partnership Board", "Director of Children's Services", "Every six weeks"),
              ("EHCP Quality and Timeliness Group", "Head of SEND", "Monthly"),
              ("Neurodevelopmental Pathway Group", "ICB Deputy Director of Children's Commissioning",
               "Monthly"),
              ("Preparing for Adulthood Board", "Director of Adult Social Care", "Quarterly")]:
        cells = g.add_row().cells
        for c, t in enumerate(v):
            set_cell(cells[c], t, size=10)

    st_fill = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED,
               "Not started": None}
    hdr = ["Action", "Lead(s)", "Timescale", "How we will know", "Progress (December 2024)", "Status"]
    recs = [
        ("Recommendation 1",
         "Leaders across education, health and care should improve the timeliness of education, health "
         "and care (EHC) needs assessments and the quality of EHC plans, so that plans accurately describe "
         "children and young people's needs and the provision to meet them.",
         "SEND Partnership Board (delivery: EHCP Quality and Timeliness Group)",
         [
             ("Recruit four additional SEN caseworkers and two educational psychologists to reduce the "
              "number of EHC needs assessments open beyond 20 weeks.", "Head of SEND", "By March 2025",
              "80% of new EHC plans issued within 20 weeks.",
              "Three caseworkers appointed; educational psychologist posts advertised twice. Timeliness "
              "54% in November (41% in May).", "On track"),
             ("Set up a multi-agency EHC plan quality assurance panel that reviews a sample of new plans "
              "every month, using a shared audit tool.", "Amy Clarke and Tom Whitfield",
              "Autumn term 2024", "Panel meets monthly; 75% of audited plans rated good or better.",
              "Panel in place since October; 36 plans audited, 58% rated good or better.", "Complete"),
             ("Train SENCOs and EHC coordinators to write outcomes that are specific and measurable and "
              "are reviewed at each annual review.", "Amy Clarke", "Spring term 2025",
              "All SENCOs offered training; outcomes rated specific in 80% of audited plans.",
              "Two of four SENCO network sessions delivered.", "On track"),
         ]),
        ("Recommendation 2",
         "Leaders should reduce waiting times for neurodevelopmental assessment and for speech and "
         "language therapy, and make sure that children and families receive support while they wait.",
         "SEND Partnership Board (delivery: Neurodevelopmental Pathway Group)",
         [
             ("Commission additional autism assessment capacity to bring the longest waits under 52 "
              "weeks.", "Deputy Director of Children's Commissioning (ICB)", "Jan 2025 – Dec 2025",
              "No child waits more than 52 weeks for an autism assessment.",
              "Contract awarded in November and the provider starts in January. It is recruiting more "
              "slowly than planned, so capacity in the first months will be lower.", "At risk"),
             ("Launch a 'waiting well' offer for families, including parent workshops and a single point "
              "of contact.", "Tom Whitfield", "Summer term 2025",
              "Offer published on the Local Offer; feedback from families who use it.",
              "Scoping with the parent carer forum to begin in January.", "Not started"),
             ("Publish waiting times for neurodevelopmental and therapy services on the Local Offer.",
              "ICB Business Intelligence Lead", "Quarterly",
              "Waiting times published each quarter.",
              "First publication in October; next due in January.", "On track"),
         ]),
        ("Recommendation 3",
         "Leaders should improve the preparation for adulthood of young people with SEND, including "
         "post-16 pathways and the transition to adult health and social care services.",
         "Preparing for Adulthood Board",
         [
             ("Agree a joint transitions protocol between children's and adults' social care and health, "
              "with planning starting at age 14.", "Head of Transitions; Service Lead, Adult Social Care",
              "September 2025", "Protocol signed by all partners; transition plan in place at 14 for "
              "young people with an EHC plan and social care needs.",
              "Draft protocol shared with partners for comment.", "On track"),
             ("Extend supported internships to 40 places with local employers.", "Post-16 SEND Manager",
              "Summer term 2025", "40 supported internship places available for September 2025.",
              "22 places secured; two employers have withdrawn.", "Off track"),
         ]),
        ("Recommendation 4",
         "Leaders should strengthen co-production with children, young people and families, and improve "
         "communication so that parents and carers know what support is available.",
         "SEND Partnership Board",
         [
             ("Relaunch the SEND Local Offer website, with content co-produced with the parent carer "
              "forum.", "Local Offer Officer", "Dec-24",
              "Increase in visits to the Local Offer; parents report it is easier to find information.",
              "New site live on 2 December.", "Complete"),
             ("Hold a SEND family engagement event each term, hosted jointly by the council, the ICB and "
              "the parent carer forum.", "Rachel Dunn", "Termly",
              "Three events a year; 'you said, we did' published after each.",
              "Autumn event held on 14 November with 85 families.", "On track"),
         ]),
    ]
    for heading, text, board, acts in recs:
        doc.add_heading(heading, level=2)
        doc.add_paragraph(text).runs[0].italic = True
        p = doc.add_paragraph()
        p.add_run("Accountable board: ").bold = True
        p.add_run(board)
        t = doc.add_table(rows=1, cols=len(hdr))
        t.style = "Table Grid"
        for c, h in enumerate(hdr):
            set_cell(t.rows[0].cells[c], h, bold=True, color="FFFFFF")
            shade(t.rows[0].cells[c], "7030A0")
        for a in acts:
            cells = t.add_row().cells
            for c, v in enumerate(a):
                set_cell(cells[c], v)
            if st_fill[a[5]]:
                shade(cells[5], st_fill[a[5]])
        doc.add_paragraph()

    doc.add_heading("Status key", level=2)
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for st, meaning in [("Complete", "Action delivered (blue)"),
                        ("On track", "On track to deliver by the timescale (green)"),
                        ("At risk", "Some slippage; may not deliver by the timescale (amber)"),
                        ("Off track", "Will not deliver by the timescale without intervention (red)"),
                        ("Not started", "Not yet due to start")]:
        cells = k.add_row().cells
        set_cell(cells[0], st, bold=True)
        set_cell(cells[1], meaning)
        if st_fill[st]:
            shade(cells[0], st_fill[st])

    doc.add_heading("Glossary", level=2)
    gl = doc.add_table(rows=0, cols=2)
    gl.style = "Table Grid"
    for a, b in [("EHC", "Education, health and care"), ("ICB", "Integrated Care Board"),
                 ("SENCO", "Special educational needs co-ordinator"),
                 ("PfA", "Preparing for adulthood")]:
        cells = gl.add_row().cells
        set_cell(cells[0], a)
        set_cell(cells[1], b)
    doc.save(out("g1-southampton-send-post-inspection-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 4. Nottinghamshire JTAI partnership action plan (xlsx) - target and revised dates
# ---------------------------------------------------------------------------
def nottinghamshire():
    wb = Workbook()
    ws = wb.active
    ws.title = "JTAI Action Plan"
    for col, w in zip("ABCDEFGHI", [6, 36, 52, 24, 28, 12, 12, 55, 6]):
        ws.column_dimensions[col].width = w

    ws["A1"] = "Nottinghamshire Safeguarding Children Partnership – JTAI Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = ("Joint targeted area inspection: the multi-agency response to children and families who need "
                "help. Inspection December 2024; findings letter published February 2025.")
    ws.merge_cells("A2:I2")
    ws["A3"] = "Position at 31 July 2025 – for the Safeguarding Assurance and Improvement Group (SAIG)"
    ws["A3"].font = Font(italic=True)
    ws.merge_cells("A3:I3")

    hdr = ["Ref", "Area for improvement", "Action", "Lead agency", "Lead officer", "Target date",
           "Revised date", "Progress update", "RAG"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill("BDD7EE")
        cell.alignment = WRAP
        cell.border = BOX

    rag_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED, None: None}
    ncc = "Nottinghamshire County Council"
    groups = [
        ("AFI 1: Early help assessments and plans are not consistently of good quality across partner "
         "agencies, so children's needs are not always understood and plans are not specific.", [
            ("1.1", "Agree a single early help assessment and plan template for use by all partner agencies, "
                    "and withdraw agency-specific forms.", ncc, "Group Manager, Early Help",
             d(2025, 3, 31), None,
             "Template agreed at SAIG in March and live on the Early Help portal from 1 April.", "B"),
            ("1.2", "Deliver multi-agency training on early help assessment and SMART planning to lead "
                    "professionals in schools, health and the police.", "NSCP",
             "NSCP Learning and Development Manager", d(2025, 6, 30), d(2025, 9, 30),
             "Eight of twelve sessions delivered (214 attendees). The remaining sessions have moved to the "
             "autumn term so that school staff can attend.", "A"),
            ("1.3", "Audit 30 early help plans each quarter against the new standard and report findings to "
                    "SAIG.", "NSCP", "NSCP Business Manager / Group Manager, Quality and Improvement",
             "Quarterly", None,
             "Q1 audit complete: 19 of 30 plans met the standard. Themes shared through the practitioner "
             "bulletin.", "G"),
            ("1.4", "Set up a lead professional advice line staffed by early help practitioners.", ncc,
             "Group Manager, Early Help", d(2025, 5, 31), None,
             "Advice line opened on 12 May; 96 calls in the first ten weeks, mostly from schools.", "B"),
        ]),
        ("AFI 2: Health partners, including GPs, do not consistently share information or contribute to "
         "early help assessments.", [
            ("2.1", "Issue guidance to GP practices on sharing information for early help, with a named "
                    "safeguarding lead in every practice.", "NHS Nottingham and Nottinghamshire ICB",
             "Named GP for Safeguarding Children", d(2025, 4, 30), None,
             "Guidance issued in April; named leads confirmed in 88 of 91 practices.", "B"),
            ("2.2", "Add an early help prompt to the health visiting and school nursing record so that "
                    "practitioners consider an early help assessment whenever needs are identified.",
             "Nottinghamshire Healthcare NHS FT", "Head of Healthy Families", d(2025, 7, 31),
             d(2025, 10, 31),
             "Change request approved; system supplier has given a release date of October.", "A"),
            ("2.3", "Report health agencies' contributions to early help assessments in the quarterly "
                    "partnership performance dataset.", "NHS Nottingham and Nottinghamshire ICB",
             "Designated Nurse, Safeguarding Children", d(2025, 9, 30), None,
             "Data fields agreed with the Early Help performance team; first report due for the Q2 "
             "dataset.", "G"),
        ]),
        ("AFI 3: The partnership does not have a clear understanding of the impact of early help, because "
         "multi-agency audit and performance information are not used together.", [
            ("3.1", "Develop an early help outcomes framework with a small set of shared measures, agreed "
                    "by the three safeguarding partners.", "NSCP", "NSCP Business Manager",
             d(2025, 6, 30), d(2025, 12, 31),
             "Draft measures agreed, but police and education data are not yet available. The data sharing "
             "agreement with schools is outstanding and has been escalated to the Strategic Leadership "
             "Group.", "R"),
            ("3.2", "Hold an annual early help summit with families and practitioners to review what has "
                    "changed.", "All partners", "Service Director, Early Help and Youth", d(2025, 11, 30),
             None, "Not yet started – planning begins in September.", None),
        ]),
    ]
    r = 6
    for afi, acts in groups:
        start = r
        for i, (ref, action, agency, officer, target, revised, prog, rag) in enumerate(acts):
            vals = [ref, afi if i == 0 else None, action, agency, officer, target, revised, prog, rag]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
            for c in (6, 7):
                if isinstance(ws.cell(row=r, column=c).value, dt.datetime):
                    ws.cell(row=r, column=c).number_format = "dd/mm/yyyy"
            if rag_fill[rag]:
                ws.cell(row=r, column=9).fill = fill(rag_fill[rag])
                ws.cell(row=r, column=9).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
        ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
        ws.cell(row=start, column=2).font = Font(bold=True)

    r += 1
    ws.cell(row=r, column=1, value="RAG: B = Complete;  G = On track;  A = Some slippage, revised date "
                                   "agreed;  R = Off track / at risk;  blank = not yet started")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    ws.cell(row=r + 1, column=1, value="NSCP = Nottinghamshire Safeguarding Children Partnership;  "
                                       "ICB = Integrated Care Board;  FT = Foundation Trust")
    ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=9)
    ws.freeze_panes = "A6"

    vc = wb.create_sheet("Version control")
    for c, h in enumerate(["Version", "Date", "Changes", "Author"], 1):
        vc.cell(row=1, column=c, value=h).font = Font(bold=True)
    for i, v in enumerate([("0.1", d(2025, 2, 28), "First draft following the findings letter",
                            "NSCP Business Manager"),
                           ("1.0", d(2025, 3, 20), "Agreed by the Strategic Leadership Group",
                            "NSCP Business Manager"),
                           ("1.2", d(2025, 7, 31), "July update for SAIG", "NSCP Business Manager")], 2):
        for c, x in enumerate(v, 1):
            vc.cell(row=i, column=c, value=x)
        vc.cell(row=i, column=2).number_format = "dd/mm/yyyy"
    vc.column_dimensions["C"].width = 45
    vc.column_dimensions["D"].width = 25
    wb.save(out("g1-nottinghamshire-jtai-partnership-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 5. Lincolnshire Virtual School improvement plan (csv) - one mistyped month
# ---------------------------------------------------------------------------
def lincolnshire():
    n = 8
    rows = [
        ["Lincolnshire Virtual School – Virtual School Improvement Plan (VSIP) 2025-26"] + [""] * (n - 1),
        ["Virtual School Headteacher: VSH | Reviewed by the Virtual School Governing Board: January 2026"]
        + [""] * (n - 1),
        [""] * n,
        ["Priority", "Ref", "Key objective", "Key actions", "Lead", "Timescale",
         "Impact / progress (January 2026)", "RAG"],
        ["Priority 1: Leadership and management", "1.1", "Strengthen governance of the Virtual School",
         "Recruit two additional members to the Virtual School Governing Board, including a designated "
         "teacher from a secondary academy.", "VSH", "Autumn term 2025",
         "One new member (designated teacher, secondary academy) joined in October; second vacancy "
         "re-advertised.", "G"],
        ["", "1.2", "", "Present the VSH annual report to the Corporate Parenting Panel and publish it on the "
         "council website.", "VSH", "Dec-25", "Presented on 4 December and published.", "Complete"],
        ["Priority 2: Attendance and inclusion", "2.1",
         "Improve attendance and reduce suspensions of children in care",
         "Track daily attendance for all children on roll through the commissioned attendance service, "
         "with same-day follow-up when a child is absent without a reason.", "Deputy VSH", "Ongoing",
         "Attendance 93.1% in the autumn term (91.4% last year).", "G"],
        ["", "2.2", "", "Hold a reintegration planning meeting, led by a Virtual School adviser, after every "
         "suspension.", "Deputy VSH / Inclusion Adviser", "Novemebr 2025",
         "Meetings held after 41 of 52 suspensions; gaps were mainly for children placed out of county.",
         "A"],
        ["", "2.3", "", "Agree a protocol with Lincolnshire secondary academy trusts that the VSH is "
         "consulted before any permanent exclusion of a child in care.", "VSH", "Summer term 2026",
         "Draft protocol discussed at the secondary heads' forum.", "G"],
        ["Priority 3: Quality of Personal Education Plans (PEPs)", "3.1",
         "Improve the quality of PEPs so that every PEP has SMART targets and the child's voice",
         "Quality-assure every PEP each term against the Virtual School rubric, returning any rated "
         "'requires improvement' to the school within 10 school days.", "PEP Quality Lead", "Termly",
         "Autumn term: 86% of PEPs rated good or better (78% in summer term).", "G"],
        ["", "3.2", "", "Deliver PEP training to all newly qualified social workers and new designated "
         "teachers.", "PEP Quality Lead", "Spring term 2026",
         "Social worker sessions booked for February; designated teacher sessions delivered in "
         "November.", "G"],
        ["Priority 4: Post-16 and transitions", "4.1",
         "Increase the proportion of care-experienced young people in education, employment or training",
         "Link a post-16 adviser to every Year 11 child in care, with a PEP target for a confirmed "
         "destination by February.", "Post-16 Lead", "Feb-26",
         "Adviser linked for 118 of 131 Year 11 children; destinations confirmed for 64.", "A"],
        ["", "4.2", "", "Run a careers fair for care-experienced young people with Lincoln College and the "
         "University of Lincoln.", "Post-16 Lead", "March 2026", "Not started – venue being agreed.", "R"],
        [""] * n,
        ["RAG key: Complete = action completed; G = on track; A = some concern, action being taken; "
         "R = not on track"] + [""] * (n - 1),
    ]
    with open(out("g1-lincolnshire-virtual-school-improvement-plan.csv"), "w", newline="",
              encoding="utf-8") as f:
        w = csv.writer(f)
        for row in rows:
            w.writerow(row)


# ---------------------------------------------------------------------------
# 6. Warrington care leavers improvement plan (xlsx) - one due date typed as Jun-52
# ---------------------------------------------------------------------------
def warrington():
    wb = Workbook()
    ws = wb.active
    ws.title = "Care Leavers Plan"
    for col, w in zip("ABCDEFGH", [30, 6, 55, 24, 9, 9, 12, 55]):
        ws.column_dimensions[col].width = w

    ws["A1"] = "Warrington Borough Council – Care Leavers Improvement Plan 2024/25"
    ws["A1"].font = Font(bold=True, size=14, color="833C0B")
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Responding to the Ofsted ILACS recommendation on the quality of pathway planning and "
                "the range of suitable accommodation for care leavers")
    ws.merge_cells("A2:H2")
    ws["A3"] = ("Owner: Head of Service, Children in Care and Care Leavers   |   Reported to: Corporate "
                "Parenting Board   |   Last updated: 14/02/2025")
    ws["A3"].font = Font(italic=True, size=9)
    ws.merge_cells("A3:H3")

    hdr = ["Outcome we want", "Ref", "Action", "Owner", "Start", "Due", "Status", "Update"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("C55A11")
        cell.alignment = WRAP
        cell.border = BOX

    st_fill = {"Complete": BLUE, "On track": GREEN, "Some delay": AMBER, "Off track": RED}
    groups = [
        ("1. Every care leaver has an up-to-date pathway plan written with them", [
            ("1a", "Review all pathway plans more than six months old and update them with the young "
                   "person.", "Hughes, Claire", d(2024, 6, 1), d(2024, 9, 30), "Complete",
             "All 74 out-of-date plans reviewed by the end of September."),
            ("1b", "Introduce a new pathway plan template co-designed with the Care Leavers' Forum.",
             "Hughes, Claire; Osei, Daniel", d(2024, 7, 1), d(2025, 1, 31), "Complete",
             "New template live on the case recording system from 13 January."),
            ("1c", "Report pathway plan timeliness to the Corporate Parenting Board every month.",
             "Osei, Daniel", d(2024, 9, 1), "Monthly", "On track",
             "Timeliness 88% in January (67% in June 2024)."),
        ]),
        ("2. Care leavers live in safe, suitable homes", [
            ("2a", "Agree a joint housing protocol with the council's Housing Solutions service, with a "
                   "guaranteed offer of a tenancy for care leavers up to 25.", "Patel, Nisha",
             d(2024, 9, 1), d(1952, 6, 1), "On track",
             "Protocol drafted with Housing Solutions; to go to the Corporate Parenting Board in March."),
            ("2b", "Commission 12 additional supported accommodation places for 16 to 21-year-olds.",
             "Patel, Nisha", d(2024, 10, 1), d(2025, 3, 31), "Some delay",
             "Seven places commissioned. The provider for the remaining five withdrew in January; "
             "re-tender under way."),
        ]),
        ("3. More care leavers are in education, employment or training", [
            ("3a", "Ring-fence 10 council apprenticeships for care leavers each year.", "Morgan, Lee",
             d(2024, 4, 1), d(2025, 4, 30), "On track", "Six care leavers started apprenticeships since April."),
            ("3b", "Extend the council tax exemption and free leisure pass to care leavers up to 25 living "
                   "outside the borough.", "Morgan, Lee", d(2024, 11, 1), d(2025, 4, 30), "Off track",
             "Needs a Cabinet decision; not yet on the forward plan."),
        ]),
    ]
    r = 6
    error_row = None
    for outcome, acts in groups:
        start = r
        for i, (ref, action, owner, start_d, due, status, update) in enumerate(acts):
            vals = [outcome if i == 0 else None, ref, action, owner, start_d, due, status, update]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
            for c in (5, 6):
                if isinstance(ws.cell(row=r, column=c).value, dt.datetime):
                    ws.cell(row=r, column=c).number_format = "mmm-yy"
            ws.cell(row=r, column=7).fill = fill(st_fill[status])
            if isinstance(due, dt.datetime) and due.year < 2000:
                error_row = r
            r += 1
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(row=start, column=1).font = Font(bold=True)
    assert error_row == 9, error_row

    r += 1
    ws.cell(row=r, column=1, value="Status key").font = Font(bold=True)
    for i, (st, meaning) in enumerate([("Complete", "Action finished"),
                                       ("On track", "Progressing to the due date"),
                                       ("Some delay", "Behind schedule, recovery in hand"),
                                       ("Off track", "Will miss the due date – needs a decision")], 1):
        ws.cell(row=r + i, column=1, value=st).fill = fill(st_fill[st])
        ws.cell(row=r + i, column=3, value=meaning)
    ws.freeze_panes = "A6"
    wb.save(out("g1-warrington-care-leavers-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 7. Sunderland YJS HMIP improvement plan (tab-separated text export)
# ---------------------------------------------------------------------------
def sunderland():
    lines = [
        ["Sunderland Youth Justice Service – Post-Inspection Improvement Plan"],
        ["Response to HM Inspectorate of Probation's inspection of youth justice services"],
        ["Inspection fieldwork: June 2025. Report published: September 2025. Plan agreed by the Youth "
         "Justice Management Board: 21 October 2025. Update: January 2026"],
        [],
        ["Ref", "Recommendation", "Action", "Owner", "Due", "Status", "Update"],
        ["Recommendations for the Youth Justice Management Board", "", "", "", "", "", ""],
        ["MB1.1", "Ensure that all statutory partners attend Board meetings consistently and at the right "
                  "level of seniority.",
         "Refresh the Board's terms of reference and membership, with named deputies for each statutory "
         "partner.", "Board Chair", "Dec-25", "Complete",
         "Revised terms of reference agreed at the December Board; deputies named for all partners."],
        ["MB1.2", "", "Report partner attendance at every Board meeting and escalate two consecutive "
                      "absences to the partner's chief officer.", "Head of YJS", "Ongoing", "On track",
         "Attendance dashboard introduced in November; police and health attended both meetings since."],
        ["MB2.1", "Ensure that children known to the service have timely access to speech, language and "
                  "communication, and emotional health support.",
         "Agree with the ICB a seconded speech and language therapist post (0.6 FTE) in the YJS.",
         "Board Chair / ICB Director of Nursing", "Q4 25/26", "Delayed",
         "Funding agreed in principle; recruitment cannot start until the ICB restructure concludes."],
        ["MB2.2", "", "Screen every child on a statutory order for speech, language and communication needs "
                      "within 15 working days of the order.", "YJS Health Lead", "31.03.26", "On track",
         "Screening tool agreed; 27 of 33 children screened within 15 days since November."],
        ["Recommendations for the Head of the Youth Justice Service", "", "", "", "", "", ""],
        ["HS3.1", "Improve the quality of assessment and planning to keep other people safe, including "
                  "contingency planning.",
         "Deliver risk of serious harm and contingency planning training to all case managers, with "
         "follow-up case discussions.", "GM & LT", "Nov-25", "Complete",
         "Training delivered to 19 staff in October and November."],
        ["HS3.2", "", "Introduce a weekly risk management meeting for all children assessed as high risk of "
                      "serious harm.", "Team Manager (Court & Post-Court)", "w/c 03/11/25", "Complete",
         "Meeting running weekly since 3 November."],
        ["HS3.3", "", "Audit 20 cases each quarter against the HMIP standards and report findings to the "
                      "Board.", "Quality Assurance Officer", "Quarterly", "On track",
         "Q3 audit complete: safety planning sufficient in 14 of 20 cases (8 of 20 at inspection)."],
        ["HS4.1", "Make sure that the needs and wishes of victims are considered in all work with "
                  "children.", "Recruit a second restorative justice and victim worker.", "Head of YJS",
         "End Feb 2026", "Not started", "Post approved; advert to go out in January."],
        ["HS4.2", "", "Add a victim safety section to the review template and the case audit tool.", "GM",
         "Jan-26", "Off track", "Change request with the case management system supplier not yet actioned."],
        [],
        ["Status key: Complete – blue; On track – green; Delayed – amber; Off track – red; Not started – "
         "no rating"],
    ]
    with open(out("g1-sunderland-yjs-hmip-improvement-plan.txt"), "w", encoding="utf-8", newline="\n") as f:
        for row in lines:
            f.write("\t".join(row) + "\n")


if __name__ == "__main__":
    wigan()
    enfield()
    southampton()
    nottinghamshire()
    lincolnshire()
    warrington()
    sunderland()
    print("done")
