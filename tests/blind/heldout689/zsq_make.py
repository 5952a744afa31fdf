"""Build the seven zsq- blind test files for heldout689.

Run with /work/main/.venv/bin/python zsq_make.py (from any directory).
Writes only files whose names start with "zsq-".
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

BLUE = "5B9BD5"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
HEAD = "1F3864"

thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def out(name):
    assert name.startswith("zsq-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. Salford local area SEND strategic improvement plan (xlsx)
# ---------------------------------------------------------------------------
def salford():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Salford Local Area Partnership SEND Strategic Improvement Plan 2025–2026"
    cov["A1"].font = Font(bold=True, size=16, color=HEAD)
    cov["A2"] = ("Special educational needs and/or disabilities – our response to the area SEND "
                 "inspection, January 2025")
    cov["A2"].font = Font(italic=True, size=12)
    cov["A4"] = ("Area SEND inspection: 13–17 January 2025 (Ofsted and CQC). Outcome: the local area "
                 "partnership’s arrangements lead to inconsistent experiences and outcomes for children "
                 "and young people with SEND.")
    cov["A4"].alignment = WRAP
    cov.merge_cells("A4:D4")
    cov.row_dimensions[4].height = 48
    cov["A6"] = "Document control"
    cov["A6"].font = Font(bold=True)
    hdr = ["Version", "Date", "Author", "Summary of changes"]
    rows = [
        ["0.3", "28/02/2025", "SEND Improvement Lead", "Draft for SEND Partnership Board"],
        ["1.0", "20/03/2025", "SEND Improvement Lead", "Approved by SEND Partnership Board and published"],
        ["1.2", "15/07/2025", "SEND Improvement Lead",
         "Q1 progress update; revised timescales agreed for 1.1, 1.3 and 3.2"],
    ]
    for j, h in enumerate(hdr, 1):
        c = cov.cell(row=7, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(HEAD)
        c.border = BOX
    for i, r in enumerate(rows, 8):
        for j, v in enumerate(r, 1):
            c = cov.cell(row=i, column=j, value=v)
            c.border = BOX
            c.alignment = WRAP
    cov["A12"] = ("Governance: SEND Partnership Board, co-chaired by the Strategic Director for People and "
                  "the ICB Place-Based Lead for Salford. Progress is reported to the Board every two months "
                  "and to the Department for Education and NHS England at six-monthly stocktakes.")
    cov["A12"].alignment = WRAP
    cov.merge_cells("A12:D12")
    cov.row_dimensions[12].height = 60
    for col, w in zip("ABCD", (14, 14, 24, 50)):
        cov.column_dimensions[col].width = w

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True, size=14)
    for i, (lab, txt, col) in enumerate([
        ("Blue", "Complete – action delivered and impact evidenced", BLUE),
        ("Green", "On track to deliver within the timescale", GREEN),
        ("Amber", "Some slippage – mitigation in place", AMBER),
        ("Red", "Off track – escalated to SEND Partnership Board", RED),
        ("Not started", "Action not yet due to start", None),
    ], 3):
        a = key.cell(row=i, column=1, value=lab)
        b = key.cell(row=i, column=2, value=txt)
        a.border = b.border = BOX
        if col:
            a.fill = fill(col)
    key.column_dimensions["A"].width = 14
    key.column_dimensions["B"].width = 55

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = "Strategic Improvement Plan – progress tracker (position at 30 June 2025)"
    ws["A1"].font = Font(bold=True, size=13, color=HEAD)
    headers = ["Ref", "Action", "Lead(s)", "Original timescale", "Revised timescale",
               "Success measure / evidence of impact", "Progress update (June 2025)", "RAG"]
    for j, h in enumerate(headers, 1):
        c = ws.cell(row=3, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(HEAD)
        c.border = BOX
        c.alignment = WRAP
    d = dt.datetime
    plan = [
        ("AFI", "Area for improvement 1: Leaders across education, health and care should improve the "
                "timeliness and quality of education, health and care (EHC) needs assessments and plans, so "
                "that plans accurately reflect children’s needs and are updated following annual reviews."),
        ("1.1", "Recruit to the additional EHC coordinator and educational psychologist posts agreed in the "
                "2025/26 budget and reduce caseloads to no more than 120 per coordinator.",
         "Head of SEND Services", d(2025, 3, 1), d(2025, 6, 1),
         "New EHC plans issued within 20 weeks rise from 41% to 65%",
         "Four of five EHC coordinator posts filled; two educational psychologist posts out to advert for "
         "the third time.", "Amber"),
        ("1.2", "Introduce a multi-agency quality assurance panel that audits 10% of new and amended EHC "
                "plans each month, including the health and social care advice.",
         "Principal Educational Psychologist; Designated Clinical Officer", d(2025, 4, 1), None,
         "80% of audited plans graded good or better",
         "Panel launched April 2025. 62 plans audited to date; 71% good or better.", "Green"),
        ("1.3", "Clear the backlog of overdue annual review amendments, prioritising children moving between "
                "key stages in September 2025.",
         "Head of SEND Services", d(2025, 7, 1), d(2025, 12, 1),
         "No annual review amendment outstanding beyond 12 weeks",
         "Backlog reduced from 412 to 268. Timescale revised with Board agreement on 15/07/2025.", "Red"),
        ("AFI", "Area for improvement 2: Leaders should make sure that children and young people waiting for "
                "neurodevelopmental assessment, speech and language therapy and other therapies receive "
                "timely support while they wait."),
        ("2.1", "Launch a ‘waiting well’ offer for families on the neurodevelopmental pathway, including a "
                "named contact and parent workshops run with Salford Parent Carer Forum.",
         "Head of Children’s Community Health Services (NCA)", "Summer term 2025", None,
         "Families on the pathway report feeling supported while waiting (survey)",
         "Offer launched 2 June 2025; 140 families contacted. Complete.", "Blue"),
        ("2.2", "Commission additional speech and language therapy capacity for the early years, using the "
                "Early Years Inclusion Fund to reach 300 more children a year.",
         "ICB Head of Children’s Commissioning / Early Years Inclusion Lead", d(2025, 9, 1), None,
         "Waiting time for early years SLT assessment under 18 weeks",
         "Business case approved; procurement under way.", "Green"),
        ("AFI", "Area for improvement 3: Leaders should strengthen the partnership’s work on preparation "
                "for adulthood, so that young people with SEND have clear pathways into employment, training "
                "and independent living."),
        ("3.1", "Agree and publish a joint preparing for adulthood protocol between children’s and adults’ "
                "services, health and post-16 providers.",
         "Assistant Director – Adult Social Care (Transitions)", d(2025, 5, 31), None,
         "Protocol in use by all partners",
         "Protocol signed off 22 May 2025 and published on the Local Offer.", "Blue"),
        ("3.2", "Expand supported internships from 18 to 40 places a year with at least six new employer "
                "partners, including the city council and Salford Royal.",
         "Head of Skills and Work", d(2025, 7, 1), d(2026, 1, 1),
         "40 supported internship places filled",
         "24 places confirmed for September 2025; employer engagement continuing.", "Amber"),
        ("3.3", "Make sure every young person with an EHC plan in Year 9 and above has their preparation "
                "for adulthood outcomes reviewed at each annual review.",
         "Head of SEND Services", "Ongoing – reviewed termly", None,
         "95% of Year 9+ annual reviews include PfA outcomes", "", "Not started"),
    ]
    rag_fill = {"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    r = 4
    for item in plan:
        if item[0] == "AFI":
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True)
            c.fill = fill("DEEAF6")
            c.alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.row_dimensions[r].height = 36
        else:
            ref, act, lead, orig, rev, meas, prog, rag = item
            vals = [ref, act, lead, orig, rev, meas, prog, rag]
            for j, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=j, value=v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy" if v.day != 1 else "mmm-yy"
            if rag in rag_fill:
                ws.cell(row=r, column=8).fill = fill(rag_fill[rag])
            ws.row_dimensions[r].height = 62
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Summary of RAG ratings").font = Font(bold=True)
    r += 1
    for lab, n in [("Blue", 2), ("Green", 2), ("Amber", 2), ("Red", 1), ("Not started", 1),
                   ("Total actions", 8)]:
        ws.cell(row=r, column=1, value=lab)
        ws.cell(row=r, column=2, value=n)
        r += 1
    for col, w in zip("ABCDEFGH", (7, 48, 26, 13, 13, 28, 40, 11)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A4"
    wb.save(out("zsq-salford-local-area-send-strategic-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Adoption East Midlands RAA service development plan (xlsx)
# ---------------------------------------------------------------------------
def aem():
    wb = Workbook()
    ws = wb.active
    ws.title = "SDP 2025-26"
    ws["A1"] = "Adoption East Midlands – Service Development Plan 2025-26"
    ws["A1"].font = Font(bold=True, size=15, color="5B2C6F")
    ws["A2"] = ("Regional Adoption Agency for Derby City, Derbyshire, Nottingham City and "
                "Nottinghamshire")
    ws["A3"] = "Quarter 2 review – October 2025"
    ws["A3"].font = Font(italic=True)
    # RAG key to the right of the title block
    ws["K1"] = "RAG key"
    ws["K1"].font = Font(bold=True)
    for i, (col, txt) in enumerate([
        (BLUE, "Complete"),
        (GREEN, "On track"),
        (AMBER, "Some delay – action in hand"),
        (RED, "Off track – escalated to Partnership Board"),
    ], 2):
        ws.cell(row=i, column=11).fill = fill(col)
        ws.cell(row=i, column=11).border = BOX
        ws.cell(row=i, column=12, value=txt)
    headers = ["Priority", "Ref", "What we will do", "How we will know", "Lead", "By when",
               "Q1 RAG", "Q2 RAG", "Q2 update"]
    hr = 7
    for j, h in enumerate(headers, 1):
        c = ws.cell(row=hr, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("5B2C6F")
        c.border = BOX
        c.alignment = WRAP
    G, A, R, B = GREEN, AMBER, RED, BLUE
    prios = [
        ("1. Sufficiency of adopters", [
            ("1.1", "Run two targeted recruitment campaigns alongside the national ‘You Can Adopt’ campaign, "
                    "focused on adopters for sibling groups and children aged over four.",
             "Approved adoptive households rise from 88 to 100 in 2025-26",
             "Marketing and Recruitment Manager", "Sept 2025", G, B,
             "Both campaigns delivered; 61 enquiries in Q2 (Q2 2024-25: 39)."),
            ("1.2", "Reduce the time from registration of interest to approval to an average of six months "
                    "or less.",
             "Average stage one and two timescale of 183 days or less",
             "Team Manager – Recruitment and Assessment", "31/03/2026", A, A,
             "Average 214 days; two assessing social worker vacancies being covered by sessional workers."),
        ]),
        ("2. Early permanence", [
            ("2.1", "Embed early permanence as a standing consideration at legal planning meetings in all "
                    "four local authorities.",
             "Early permanence considered and recorded for every child with a plan for adoption",
             "Practice Manager – Early Permanence", "Q3 2025-26", G, G,
             "Guidance agreed with all four legal teams; audit booked for December."),
            ("2.2", "Approve at least 12 early permanence carer households, including dual-approved foster "
                    "to adopt carers.",
             "12 early permanence households approved",
             "Service Manager – Family Finding", "Mar-26", G, R,
             "Four households approved to date; recruitment approach under review with the Board."),
        ]),
        ("3. Matching and family finding", [
            ("3.1", "Hold quarterly regional Adoption Activity Days in partnership with neighbouring RAAs.",
             "Children matched following an activity day",
             "Service Manager – Family Finding", "Ongoing", G, G,
             "July event held with Family Adoption Links; 9 children featured, 3 links made."),
            ("3.2", "Introduce a family-finding tracker so that every child with a placement order has a "
                    "family-finding plan within 10 working days.",
             "100% of children with a placement order have a plan within 10 working days",
             "Business Support Manager; Service Manager – Family Finding", "Jul-25", G, B,
             "Tracker live from 1 July 2025."),
        ]),
        ("4. Adoption support", [
            ("4.1", "Launch a regional therapeutic parenting programme for adopters whose children are aged 8 "
                    "to 12.",
             "Two cohorts delivered; parent-reported confidence improves",
             "Adoption Support Team Manager", "Jan 2026", A, G,
             "Provider commissioned; first cohort starts November."),
            ("4.2", "Review the Adoption and Special Guardianship Support Fund application process to cut the "
                    "average time from assessment to therapy starting.",
             "Average time from assessment to therapy start under 8 weeks",
             "Adoption Support Team Manager", "Dec-25", G, A,
             "Review under way; delays in fund approvals nationally."),
        ]),
        ("5. Lifelong links and the voice of adopted people", [
            ("5.1", "Co-produce a new later life letter template with the AEM adopted young people’s group.",
             "Template in use for all new matches",
             "Participation Officer", "June 2026", None, None,
             "Not yet due to start – scheduled for Q4."),
        ]),
    ]
    r = hr + 1
    for prio, acts in prios:
        start = r
        for ref, what, how, lead, when, q1, q2, upd in acts:
            vals = [prio if r == start else None, ref, what, how, lead, when, None, None, upd]
            for j, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=j, value=v)
                c.border = BOX
                c.alignment = WRAP
            if q1:
                ws.cell(row=r, column=7).fill = fill(q1)
            if q2:
                ws.cell(row=r, column=8).fill = fill(q2)
            ws.row_dimensions[r].height = 58
            r += 1
        if r - start > 1:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(row=start, column=1).font = Font(bold=True)
        ws.cell(row=start, column=1).fill = fill("E8DAEF")
    r += 1
    ws.cell(row=r, column=1,
            value="Note: RAG ratings agreed at the AEM Partnership Board on 14 October 2025. "
                  "Q1 ratings are shown for comparison.")
    ws.cell(row=r, column=1).font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFGHIJKL", (22, 6, 46, 30, 26, 12, 8, 8, 38, 2, 6, 36)):
        ws.column_dimensions[col].width = w
    wb.save(out("zsq-adoption-east-midlands-raa-service-development-plan-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 3. Foster Care Leeds fostering service development plan (xlsx) – refuse case
# ---------------------------------------------------------------------------
def leeds_fostering():
    wb = Workbook()
    fs = wb.active
    fs.title = "Front sheet"
    fs["A1"] = "Foster Care Leeds – Fostering Service Development Plan 2025/26"
    fs["A1"].font = Font(bold=True, size=15, color="00796B")
    fs["A2"] = "Leeds City Council, Children and Families Directorate"
    fs["A4"] = ("This plan sets out the development priorities for the fostering service for 2025/26. "
                "It draws on the fostering service annual report 2024/25, the findings of the Ofsted "
                "inspection of local authority children’s services and feedback from foster carers, "
                "children and young people.")
    fs["A4"].alignment = WRAP
    fs.merge_cells("A4:F4")
    fs.row_dimensions[4].height = 64
    fs["A6"] = "Approved by: Chief Officer, Social Work and Social Care Services – 2 June 2025"
    fs["A7"] = "Monitored by: Fostering Service Management Team (monthly) and Corporate Parenting Board (quarterly)"
    fs.column_dimensions["A"].width = 20

    ws = wb.create_sheet("Development Plan")
    ws["A1"] = "Fostering Service Development Plan 2025/26 – progress at Quarter 2"
    ws["A1"].font = Font(bold=True, size=13)
    headers = ["Objective", "No.", "Action", "Responsible", "Target date", "RAG",
               "Progress at Q2 (September 2025)"]
    for j, h in enumerate(headers, 1):
        c = ws.cell(row=3, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("00796B")
        c.border = BOX
    rows = [
        ("Increase the number of Leeds foster carers", 1,
         "Route all first fostering enquiries through the Yorkshire and Humber fostering recruitment hub "
         "from April 2025.",
         "Service Delivery Manager – Recruitment", "Apr-25", "Complete",
         "Live since 7 April 2025; 212 enquiries received through the hub in Q1 and Q2."),
        (None, 2,
         "Hold monthly fostering information events in community hubs, with targeted sessions for people "
         "who could offer homes to teenagers.",
         "Marketing Officer (Fostering)", "Monthly", "Green",
         "Six events held; 38 households attended."),
        ("Improve support for foster carers", 3,
         "Extend the Mockingbird family model from three to five constellations.",
         "Team Manager – Supervising Social Workers", "Febuary 2026", "Amber",
         "Fourth hub home carer recruited; fifth constellation waiting for a hub home."),
        (None, 4,
         "Review the foster carer fees and allowances structure and benchmark it against neighbouring "
         "authorities.",
         "Head of Service – Fostering and Adoption", "Dec-25", "Green",
         "Benchmarking complete; proposals being costed."),
        ("Kinship care", 5,
         "Reduce the average time for connected persons’ assessments to 16 weeks.",
         "Kinship Team Manager", "Mar-26", "Amber",
         "Average currently 19 weeks; additional assessor in post from October."),
        (None, 6,
         "Launch a kinship carers’ peer support group in each wedge of the city.",
         "Kinship Support Worker", "Jan-26", "Green",
         "Two of three groups running."),
    ]
    rag = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    typo_row = None
    for i, row in enumerate(rows, 4):
        for j, v in enumerate(row, 1):
            c = ws.cell(row=i, column=j, value=v)
            c.border = BOX
            c.alignment = WRAP
        ws.cell(row=i, column=6).fill = fill(rag[row[5]])
        if row[4] == "Febuary 2026":
            typo_row = i
    n = 4 + len(rows) + 1
    ws.cell(row=n, column=1, value="RAG: Complete (blue) / Green – on track / Amber – at risk / Red – off track")
    ws.cell(row=n, column=1).font = Font(italic=True, size=9)

    kp = wb.create_sheet("Key measures")
    kp["A1"] = "Key measures"
    kp["A1"].font = Font(bold=True)
    for i, r in enumerate([
        ("Measure", "31/03/2025", "30/09/2025", "Target 31/03/2026"),
        ("Mainstream fostering households", 402, 409, 430),
        ("Kinship (connected persons) households", 233, 241, None),
        ("Children placed with Leeds foster carers", 651, 660, 690),
    ], 3):
        for j, v in enumerate(r, 1):
            kp.cell(row=i, column=j, value=v).border = BOX
    for col, w in zip("ABCDEFG", (30, 6, 48, 32, 14, 10, 44)):
        ws.column_dimensions[col].width = w
    wb.save(out("zsq-leeds-city-council-fostering-service-development-plan-2025-26-typo-month-refuse.xlsx"))
    return typo_row


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


# ---------------------------------------------------------------------------
# 4. Pembrokeshire County Council scrutiny recommendations tracker (docx)
# ---------------------------------------------------------------------------
def pembrokeshire():
    doc = Document()
    doc.add_heading("Pembrokeshire County Council – Overview and Scrutiny Recommendations Tracker", level=1)
    p = doc.add_paragraph("Report to the Corporate Overview and Scrutiny Committee – 20 November 2025")
    p.runs[0].italic = True
    doc.add_paragraph(
        "This tracker records the recommendations made by the Council’s overview and scrutiny committees "
        "and their task and finish groups, the action agreed by Cabinet in response and the progress made. "
        "Recommendations shown as Green are proposed for closure.")
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    set_cell(key.cell(0, 0), "Status", bold=True)
    set_cell(key.cell(0, 1), "Meaning", bold=True)
    for i, (lab, txt, col) in enumerate([
        ("Green", "Action implemented – proposed for closure", GREEN),
        ("Amber", "In progress", AMBER),
        ("Red", "Not started or overdue", RED),
    ], 1):
        set_cell(key.cell(i, 0), lab)
        shade(key.cell(i, 0), col)
        set_cell(key.cell(i, 1), txt)
    doc.add_paragraph()

    sections = [
        ("1. Schools and Learning Overview and Scrutiny Committee – Elective Home Education Task and "
         "Finish Group (Cabinet, 3 March 2025)", [
            ("The Council should keep a register of all children known to be electively home educated and "
             "share it, with appropriate safeguards, with the health visiting and school nursing services.", [
                ("1.1", "Agree an information-sharing protocol for the elective home education register with "
                        "Hywel Dda University Health Board.",
                 "Head of Inclusion", "30/06/2025",
                 "Protocol signed by both organisations on 11 June 2025.", "Green"),
                ("1.2", "Offer an annual welfare visit to every electively home educated child and record the "
                        "outcome on the education management system.",
                 "Elective Home Education Officer", "Summer term 2026",
                 "Visits offered to 312 of 405 children; 268 accepted.", "Amber"),
            ]),
            ("Cabinet should write to the Welsh Government asking for the statutory guidance on elective home "
             "education to be brought into force.", [
                ("1.3", "Cabinet Member for Education and the Welsh Language to write to the Cabinet Secretary "
                        "for Education.",
                 "Director of Education", "April 2025",
                 "Letter sent 14 April 2025; reply received 2 June 2025.", "Green"),
            ]),
        ]),
        ("2. Social Care Overview and Scrutiny Committee – Support for Unpaid Carers (Cabinet, 9 June 2025)", [
            ("A carer’s assessment should be offered at the point of hospital discharge for every adult "
             "returning home with care and support needs.", [
                ("2.1", "Add a carer’s assessment prompt to the discharge to recover and assess checklist used "
                        "at Withybush General Hospital.",
                 "Head of Adult Services / Carers Lead Officer", "Oct-25",
                 "Prompt added to the checklist; audit of use due in December.", "Amber"),
            ]),
            ("Information for carers should be available in Welsh and English in every library and leisure "
             "centre.", [
                ("2.2", "Refresh the bilingual carers’ information pack and distribute it to all libraries and "
                        "leisure centres.",
                 "Carers Lead Officer", "September 2025",
                 "Print order delayed; revised pack with translation service.", "Red"),
            ]),
        ]),
        ("3. Corporate Overview and Scrutiny Committee – Review of Council Tax Premiums (Cabinet, 14 July 2025)", [
            ("The Council should publish each year how the income from the second homes premium has been spent "
             "on affordable housing.", [
                ("3.1", "Include a statement of second homes premium spending in the annual budget book from "
                        "2026-27.",
                 "Chief Finance Officer (Section 151 Officer)", "Feb 2026",
                 "Format agreed; first statement will go with the February budget report.", "Amber"),
            ]),
            ("Cabinet should review the exceptions policy for properties genuinely on the market for sale or "
             "let.", [
                ("3.2", "Bring a revised council tax premiums exceptions policy to Cabinet for approval.",
                 "Head of Revenues and Benefits", "31 January 2026",
                 "Draft policy prepared; legal review under way.", "Amber"),
            ]),
        ]),
    ]
    rag = {"Green": GREEN, "Amber": AMBER, "Red": RED}
    headers = ["No.", "Recommendation", "Agreed action", "Lead officer", "Target date",
               "Update – October 2025", "Status"]
    for title, recs in sections:
        doc.add_heading(title, level=2)
        n_rows = 1 + sum(len(a) for _, a in recs)
        t = doc.add_table(rows=n_rows, cols=7)
        t.style = "Table Grid"
        for j, h in enumerate(headers):
            set_cell(t.cell(0, j), h, bold=True, color="FFFFFF")
            shade(t.cell(0, j), "2E5E4E")
        r = 1
        for rec, acts in recs:
            first = r
            for ref, act, lead, when, upd, status in acts:
                set_cell(t.cell(r, 0), ref)
                set_cell(t.cell(r, 2), act)
                set_cell(t.cell(r, 3), lead)
                set_cell(t.cell(r, 4), when)
                set_cell(t.cell(r, 5), upd)
                set_cell(t.cell(r, 6), status)
                shade(t.cell(r, 6), rag[status])
                r += 1
            if r - first > 1:
                merged = t.cell(first, 1).merge(t.cell(r - 1, 1))
                set_cell(merged, rec)
            else:
                set_cell(t.cell(first, 1), rec)
        doc.add_paragraph()
    doc.add_paragraph(
        "Recommendations closed at previous meetings are archived and available from the Scrutiny Support "
        "Team on request.").runs[0].font.size = Pt(9)
    doc.save(out("zsq-pembrokeshire-county-council-scrutiny-recommendations-tracker.docx"))


# ---------------------------------------------------------------------------
# 5. West Glamorgan Safeguarding Board SUSR action plan (docx)
# ---------------------------------------------------------------------------
def west_glamorgan():
    doc = Document()
    h = doc.add_heading("West Glamorgan Safeguarding Board – SUSR 01/2025 (Adult D) Multi-agency Action Plan",
                        level=1)
    p = doc.add_paragraph("Bwrdd Diogelu Gorllewin Morgannwg – Cynllun Gweithredu Amlasiantaethol")
    p.runs[0].italic = True

    dc = doc.add_table(rows=5, cols=2)
    dc.style = "Table Grid"
    for i, (a, b) in enumerate([
        ("Review reference", "WGSB SUSR 01/2025"),
        ("Review type", "Single Unified Safeguarding Review (Adult Practice Review and Domestic Homicide "
                        "Review criteria met)"),
        ("Action plan owner", "Practice Review Management Group"),
        ("Version", "1.3 – updated 10 October 2025"),
        ("Next review", "Practice Review Management Group, January 2026"),
    ]):
        set_cell(dc.cell(i, 0), a, bold=True)
        shade(dc.cell(i, 0), "D9E2F3")
        set_cell(dc.cell(i, 1), b)
    doc.add_paragraph()
    doc.add_paragraph(
        "This plan sets out how partner agencies will act on the four recommendations of the review. "
        "Agencies report progress to the Practice Review Management Group, which will recommend closure to "
        "the Board when the learning has been embedded.")

    themes = [
        ("Learning Theme 1: Professional curiosity and the voice of the adult", [
            ("Recommendation 1: All partner agencies should make sure that practitioners explore the reasons "
             "behind repeated missed appointments and cancelled visits, and record the adult’s own account of "
             "their circumstances.", [
                ("1.1", "Deliver a regional professional curiosity briefing, using the learning from this "
                        "review, to adult social care, community nursing and GP practice staff.",
                 "WGSB Business Unit", "Regional Safeguarding Training Coordinator", "31/12/2025",
                 "Three of five sessions delivered; 146 staff attended.", "Green"),
                ("1.2", "Amend the ‘did not attend’ policy so that two missed contacts for an adult with care "
                        "and support needs trigger a review by the allocated practitioner’s manager.",
                 "Swansea Bay University Health Board", "Head of Safeguarding", "30/09/2025",
                 "Revised policy ratified by the Health Board’s Safeguarding Committee on 18 September 2025.",
                 "Complete"),
            ]),
            ("Recommendation 2: Swansea Council and Neath Port Talbot Council should make sure that a carer’s "
             "needs are assessed separately when the person they care for is the subject of an adult "
             "safeguarding enquiry.", [
                ("2.1", "Add a mandatory carer’s assessment prompt to the adult safeguarding enquiry template "
                        "on WCCIS.",
                 "Swansea Council and Neath Port Talbot Council",
                 "Head of Adult Services (Swansea) & Head of Adult Services (NPT)",
                 "31/07/2025 revised to 30/11/2025",
                 "Delayed by the WCCIS release schedule; change now in testing.", "Amber"),
            ]),
        ]),
        ("Learning Theme 2: Domestic abuse affecting older adults", [
            ("Recommendation 3: South Wales Police and partner agencies should make sure that domestic abuse "
             "risk assessments (DASH) are completed for older victims where the person causing harm is a "
             "family member.", [
                ("3.1", "Issue a practice note to frontline officers on completing DASH in cases of adult "
                        "family abuse, and audit a sample of 30 cases.",
                 "South Wales Police", "Detective Chief Inspector (Public Protection)", "March 2026",
                 "Practice note issued in August; audit scheduled for February 2026.", "Green"),
                ("3.2", "Include older victims and adult family violence in the next MARAC training refresh.",
                 "West Glamorgan VAWDASV Partnership", "VAWDASV Regional Adviser", "Q4 2025/26",
                 "", "Not started"),
            ]),
            ("Recommendation 4: The Safeguarding Board should seek assurance within 12 months that the "
             "learning from this review has been embedded.", [
                ("4.1", "Carry out a multi-agency audit of adult safeguarding enquiries involving family carers "
                        "and report the findings to the Board.",
                 "WGSB Quality and Performance Management Group",
                 "Chair of the Quality and Performance Management Group", "June 2026",
                 "", "Not started"),
            ]),
        ]),
    ]
    rag = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Complete": BLUE}
    headers = ["Ref", "Action", "Agency", "Lead", "Target date", "Progress update", "RAG"]
    for theme, recs in themes:
        doc.add_heading(theme, level=2)
        for rec, acts in recs:
            t = doc.add_table(rows=2 + len(acts), cols=7)
            t.style = "Table Grid"
            top = t.cell(0, 0).merge(t.cell(0, 6))
            set_cell(top, rec, bold=True, size=10)
            shade(top, "D9E2F3")
            for j, hh in enumerate(headers):
                set_cell(t.cell(1, j), hh, bold=True)
                shade(t.cell(1, j), "F2F2F2")
            for i, (ref, act, agency, lead, when, prog, status) in enumerate(acts, 2):
                for j, v in enumerate([ref, act, agency, lead, when, prog, status]):
                    set_cell(t.cell(i, j), v)
                if status in rag:
                    shade(t.cell(i, 6), rag[status])
            doc.add_paragraph()

    doc.add_heading("Glossary", level=2)
    gl = doc.add_table(rows=6, cols=2)
    gl.style = "Table Grid"
    for i, (a, b) in enumerate([
        ("Abbreviation", "Meaning"),
        ("DASH", "Domestic Abuse, Stalking and Harassment and Honour Based Violence risk checklist"),
        ("MARAC", "Multi-Agency Risk Assessment Conference"),
        ("SUSR", "Single Unified Safeguarding Review"),
        ("VAWDASV", "Violence against Women, Domestic Abuse and Sexual Violence"),
        ("WCCIS", "Welsh Community Care Information System"),
    ]):
        set_cell(gl.cell(i, 0), a, bold=(i == 0))
        set_cell(gl.cell(i, 1), b, bold=(i == 0))
    doc.save(out("zsq-west-glamorgan-safeguarding-board-susr-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Northumberland County Council corporate plan delivery tracker (csv)
# ---------------------------------------------------------------------------
def northumberland():
    rows = [
        ["Northumberland County Council - Corporate Plan 2023-26: Delivery Tracker 2025-26"],
        ["Quarter 2 position (to 30 September 2025)"],
        [],
        ["Priority", "Ref", "Key deliverable", "Accountable officer", "Due", "Q1 status", "Q2 status",
         "Q2 commentary"],
        ["Achieving Value for Money", "AVM1",
         "Deliver the 2025-26 savings programme of £18.4m, tracked monthly through the BEST programme board.",
         "Director of Finance and Procurement", "Mar-26", "On track", "On track",
         "£11.2m delivered or on track; £1.9m at risk with mitigations identified."],
        ["Achieving Value for Money", "AVM2",
         "Move 20 high-volume council transactions onto the new online customer portal.",
         "Director of Digital and IT", "Dec 2025", "On track", "At risk",
         "12 transactions live; supplier delays on the remaining 8."],
        ["Achieving Value for Money", "AVM3",
         "Complete the review of council office accommodation and release two surplus buildings for disposal.",
         "Executive Director - Place and Regeneration; Director of Finance and Procurement", "Q4 2025/26",
         "At risk", "Off track", "Staff moves paused pending the new ways of working policy."],
        ["Tackling Inequalities", "TI1",
         "Open two further family hubs, in Blyth and Berwick.",
         "Director of Children's Early Help and Prevention", "Sep-25", "On track", "Complete",
         "Both hubs opened in September 2025."],
        ["Tackling Inequalities", "TI2",
         "Fit energy efficiency measures to 450 council and private rented homes through the warm homes "
         "retrofit scheme",
         "Director of Housing and Planning", "Mar-26", "On track", "On track",
         "186 homes completed to date."],
        ["", "", "(phase 2 subject to confirmation of Warm Homes: Local Grant funding)", "", "", "", "", ""],
        ["Tackling Inequalities", "TI3",
         "Reduce to zero the number of families with children in bed and breakfast accommodation for more "
         "than six weeks.",
         "Head of Housing Services", "Ongoing", "At risk", "At risk",
         "Three families over six weeks at 30 September; additional units being leased."],
        ["Driving Economic Growth", "DEG1",
         "Start construction of the Energy Central Learning Hub in Blyth.",
         "Executive Director - Place and Regeneration", "Jun-25", "Complete", "Complete",
         "Contractor on site from May 2025."],
        ["Driving Economic Growth", "DEG2",
         "Deliver phase 1 of the Ashington town centre public realm works.",
         "Head of Economic Development", "Nov-25", "On track", "On track",
         "Works 70% complete; on programme."],
        ["Driving Economic Growth", "DEG3",
         "Launch the Northumberland Skills Academy pilot with 200 learner places.",
         "Head of Employability and Skills", "Apr-26", "", "Not started",
         "Due to start in Q4 once the provider framework is in place."],
        [],
        ["Status key: Complete = delivered (Blue); On track = Green; At risk = Amber; Off track = Red"],
        ["Source: corporate performance system extract, 14/10/2025"],
    ]
    with open(out("zsq-northumberland-county-council-corporate-plan-delivery-tracker-2025-26.csv"), "w",
              newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        for r in rows:
            w.writerow(r)


# ---------------------------------------------------------------------------
# 7. Kirklees YJS national standards improvement plan (tab-separated txt)
# ---------------------------------------------------------------------------
def kirklees():
    lines = [
        "Kirklees Youth Justice Service – National Standards Self-Assessment 2023 (Standard 2: At Court) – "
        "Improvement Plan",
        "Progress update for the Youth Justice Management Board, 12 February 2025",
        "",
        "\t".join(["Ref", "Area for development", "Action", "Lead", "Target date", "RAG", "Progress"]),
        "STRATEGIC SELF-ASSESSMENT",
        "\t".join(["S1", "Management Board oversight of children appearing at court",
                   "Add a quarterly court performance report to the Management Board agenda, covering remands, "
                   "outcomes by ethnicity and the timeliness of pre-sentence reports.",
                   "Head of Service (YJS)", "30/06/2024", "B",
                   "First report presented July 2024; now a standing item."]),
        "\t".join(["S2", "",
                   "Agree a protocol with HMCTS and the Youth Court bench on sharing the findings of "
                   "pre-sentence reports with children before the hearing.",
                   "Court Team Manager & Legal Team Manager (HMCTS)", "Sept 2024 – Mar 2025", "G",
                   "Draft protocol with HMCTS for comment."]),
        "\t".join(["S3", "Disproportionality in remand and sentencing outcomes",
                   "Commission an analysis of remand decisions for Black and mixed heritage children over the "
                   "last three years and present the findings to the Board.",
                   "Performance and Information Manager", "Dec-24", "A",
                   "Data extract completed; analysis delayed by staff absence."]),
        "OPERATIONAL SELF-ASSESSMENT",
        "\t".join(["O1", "Quality of pre-sentence reports",
                   "Introduce a PSR quality assurance tool and have a manager quality assure every PSR that "
                   "proposes custody.",
                   "SM/JB", "31/05/2024", "B",
                   "Tool in use since May 2024; 100% of custody proposals quality assured."]),
        "\t".join(["O2", "",
                   "Deliver training on child first report writing and speech, language and communication "
                   "needs to all court officers.",
                   "Practice Development Lead", "Oct-24", "B",
                   "Delivered in September and October 2024."]),
        "\t".join(["O3", "Children’s understanding of court outcomes",
                   "Make sure a YJS worker sees every child on the day of sentence to explain the outcome and "
                   "what happens next.",
                   "Court Team Manager", "Ongoing", "G",
                   "Achieved in 47 of 52 cases in Q3."]),
        "\t".join(["O4", "",
                   "Produce an easy-read leaflet on court orders, co-produced with the YJS participation group.",
                   "Participation Worker; Speech and Language Therapist", "Mar-25", "R",
                   "Not yet started because of the participation worker vacancy."]),
        "\t".join(["O5", "Bail and remand support",
                   "Develop an intensive bail supervision and support package as an alternative to remand to "
                   "youth detention accommodation.",
                   "Head of Service (YJS)", "June 2025", "A",
                   "Option appraisal completed; funding request to go to the Board in March."]),
        "",
        "RAG: B = complete and evidenced; G = on track; A = at risk of slipping; R = off track",
    ]
    with open(out("zsq-kirklees-youth-justice-service-national-standards-improvement-plan.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    salford()
    aem()
    row = leeds_fostering()
    print("Leeds typo row (Development Plan sheet):", row)
    pembrokeshire()
    west_glamorgan()
    northumberland()
    kirklees()
    print("done")
