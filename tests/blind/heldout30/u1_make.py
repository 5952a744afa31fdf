"""Generator for the u1- cases of heldout30 (blind corpus). Run with /work/main/.venv/bin/python."""
import csv
import os
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

OUT = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "blue": PatternFill("solid", fgColor="5B9BD5"),
    "green": PatternFill("solid", fgColor="92D050"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "red": PatternFill("solid", fgColor="FF0000"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "head": PatternFill("solid", fgColor="1F3864"),
    "sect": PatternFill("solid", fgColor="D9E1F2"),
}
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def d(y, m, dd):
    return datetime(y, m, dd)


def put(ws, row, col, value, fmt=None, fill=None, bold=False, white=False):
    c = ws.cell(row=row, column=col, value=value)
    c.alignment = WRAP
    c.border = BOX
    if fmt:
        c.number_format = fmt
    if fill:
        c.fill = FILL[fill]
    if bold or white:
        c.font = Font(bold=bold, color="FFFFFF" if white else "000000")
    return c


# ---------------------------------------------------------------- 1. Derbyshire SEND PAP (xlsx)
def derbyshire():
    wb = Workbook()
    ws = wb.active
    ws.title = "Priority Action Plan"
    widths = [9, 55, 30, 12, 12, 11, 50, 40]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[chr(64 + i)].width = w
    ws.merge_cells("A1:H1")
    ws["A1"] = "Derbyshire Local Area SEND Partnership – Priority Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:H2")
    ws["A2"] = ("Response to the Ofsted/CQC Area SEND inspection (report published 2024). "
                "Progress as at 31 January 2025, reported to the SEND Partnership Board.")
    hdr = ["Ref", "Action", "Lead(s)", "Start date", "Target date", "RAG",
           "Progress update (Jan 2025)", "Evidence of impact"]
    for i, h in enumerate(hdr, 1):
        put(ws, 4, i, h, fill="head", bold=True, white=True)

    def section(row, text):
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
        c = put(ws, row, 1, text, fill="sect", bold=True)
        ws.row_dimensions[row].height = 32

    MY = "mmm-yy"
    DMY = "dd/mm/yyyy"
    rows = {
        5: "sect:Area for priority action 1: Leaders across the partnership should urgently improve "
           "the timeliness and quality of education, health and care (EHC) needs assessments and plans.",
        6: ["1.1", "Establish a multi-agency EHC hub to triage and track all new requests for assessment, "
            "with weekly oversight by the Head of SEND Assessment.", "Head of SEND Assessment",
            d(2024, 6, 3), (d(2024, 9, 30), MY), ("Complete", "blue"),
            "Hub went live 2 September. All new requests logged and triaged within 5 working days.",
            "Weekly tracker; hub terms of reference"],
        7: ["1.2", "Recruit additional EHC coordinators and educational psychologists to clear the backlog "
            "of assessments over 20 weeks.", "AD Education & SEND / Principal Educational Psychologist",
            d(2024, 6, 3), (d(2025, 3, 31), MY), ("Amber", "amber"),
            "9 of 12 EHC coordinator posts filled. EP recruitment remains difficult; locum cover agreed "
            "until March.", "Backlog reduced from 640 to 410 cases"],
        8: ["1.3", "Introduce a quality assurance framework for EHC plans with monthly multi-agency audits, "
            "including health and social care advice.", "SEND Quality Assurance Lead; Designated Clinical Officer",
            d(2024, 7, 1), (d(2024, 12, 31), DMY), ("Green", "green"),
            "Framework agreed by the Board in November. First two audit cycles complete.",
            "Audit reports to Board"],
        9: ["1.4", "Report timeliness of EHC needs assessments monthly to the SEND Partnership Board, with "
            "exception reporting where completion within 20 weeks falls below 60%.",
            "Head of SEND Performance and Intelligence", d(2024, 6, 3), ("Monthly", None), ("G", "green"),
            "Monthly report in place since July.", "20-week timeliness 38% (Dec) up from 21% (Jun)"],
        10: "sect:Area for priority action 2: Leaders should improve how the partnership communicates and "
            "works with parents and carers, so that they understand what support is available and how to "
            "access it.",
        11: ["2.1", "Co-produce a partnership communication strategy with Derbyshire Parent Carer Voice.",
             "SEND Engagement Manager", d(2024, 6, 17), (d(2024, 10, 31), MY), ("Complete", "blue"),
             "Strategy signed off by the Board and Parent Carer Voice in October.", "Published strategy"],
        12: ["2.2", "Relaunch the Local Offer website following user testing with families and young people.",
             "Local Offer Manager", d(2024, 7, 1), (d(2025, 1, 31), MY), ("Red", "red"),
             "Launch delayed by website platform procurement. New date to be agreed at February Board.", ""],
        13: ["2.3", "Hold termly 'SEND surgeries' in each locality where parents can meet education, health "
             "and care officers.", "Locality SEND Managers", d(2025, 1, 6), ("Termly", None), ("", None),
             "First surgeries planned for the spring term 2025.", ""],
        15: "sect:Area for improvement 1: Health commissioners and providers should reduce waiting times for "
            "neurodevelopmental assessments and make sure that support is available while children wait.",
        16: ["AFI 1.1", "Agree a single neurodevelopmental pathway for 0-18 year olds across both acute trusts.",
             "ICB Head of Children's Commissioning", d(2024, 7, 1), ("Q4 2024/25", None), ("Amber", "amber"),
             "Pathway drafted; clinical sign-off expected March.", ""],
        17: ["AFI 1.2", "Commission a 'waiting well' support offer for families awaiting autism and ADHD "
             "assessment.", "ICB Children's Commissioning Manager", d(2024, 9, 2), (d(2025, 6, 30), MY),
             ("Green", "green"), "Provider selected; mobilisation from April.", ""],
        18: ["AFI 1.3", "Publish waiting times for neurodevelopmental assessment on the Local Offer, updated "
             "quarterly.", "DCO", d(2025, 2, 3), (d(2025, 4, 30), MY), ("Not started", None),
             "Dependent on the Local Offer relaunch (2.2).", ""],
    }
    for r, v in rows.items():
        if isinstance(v, str):
            section(r, v[5:])
            continue
        ref, action, lead, start, (end, efmt), (rag, rfill), prog, ev = v
        put(ws, r, 1, ref)
        put(ws, r, 2, action)
        put(ws, r, 3, lead)
        put(ws, r, 4, start, fmt=DMY)
        put(ws, r, 5, end, fmt=efmt)
        put(ws, r, 6, rag or None, fill=rfill)
        put(ws, r, 7, prog)
        put(ws, r, 8, ev or None)
    ws["A20"] = "Key"
    ws["A20"].font = Font(bold=True)
    key = [("Complete", "blue"), ("Green – on track", "green"),
           ("Amber – some slippage, mitigation in place", "amber"), ("Red – off track / at risk", "red")]
    for i, (t, f) in enumerate(key):
        ws.cell(row=21 + i, column=1).fill = FILL[f]
        ws.cell(row=21 + i, column=2, value=t)
    ws.freeze_panes = "A5"
    wb.save(os.path.join(OUT, "u1-derbyshire-send-priority-action-plan.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def set_text(cell, text, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(9)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width


HEX = {"blue": "5B9BD5", "green": "92D050", "amber": "FFC000", "red": "FF0000"}


# ---------------------------------------------------------------- 2. Gloucestershire ILACS (docx)
def gloucestershire():
    doc = Document()
    landscape(doc)
    doc.add_heading("Children's Services Improvement Plan 2023–24", level=0)
    doc.add_paragraph("Gloucestershire County Council – our response to the Ofsted inspection of local "
                      "authority children's services (ILACS), published 2022")
    dc = doc.add_table(rows=3, cols=4)
    dc.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Approved by"]):
        set_text(dc.rows[0].cells[i], h, bold=True)
    for r, vals in enumerate([["1.0", "14/12/2022", "Director of Children's Safeguarding", "Improvement Board"],
                              ["1.3", "22/06/2023", "Improvement Programme Manager", "Improvement Board"]], 1):
        for i, v in enumerate(vals):
            set_text(dc.rows[r].cells[i], v)
    doc.add_paragraph()
    doc.add_paragraph(
        "Ofsted judged our services for children to require improvement to be good. This plan sets out what "
        "we will do in response to each of the inspectors' recommendations. It is monitored monthly by the "
        "Children's Services Improvement Board, and the RAG rating in the final column shows progress at "
        "the June 2023 Board.")

    def rec_table(rows):
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for i, h in enumerate(["No.", "What we will do", "Lead", "By when", "Progress update", "RAG"]):
            c = t.rows[0].cells[i]
            set_text(c, h, bold=True)
            shade(c, "D9E1F2")
        for no, what, lead, when, prog, rag in rows:
            cells = t.add_row().cells
            for i, v in enumerate([no, what, lead, when, prog]):
                set_text(cells[i], v)
            set_text(cells[5], "")
            if rag:
                shade(cells[5], HEX[rag])
        doc.add_paragraph()

    doc.add_heading("1. The experiences and progress of children who need help and protection", level=1)
    doc.add_heading("Recommendation 1: The timeliness and quality of assessments for children in need of "
                    "help and protection", level=2)
    rec_table([
        ("1.1", "Introduce weekly assessment tracking meetings in each locality, chaired by the team manager, "
                "for all assessments open over 35 working days.", "Heads of Locality Social Work",
         "February 2023", "Tracking meetings in place in all four localities since January.", "blue"),
        ("1.2", "Refresh the assessment practice standards and deliver practice workshops to all social "
                "workers in the Assessment teams.", "Principal Social Worker", "April 2023",
         "Workshops delivered to 86% of staff; remaining sessions booked.", "green"),
        ("1.3", "Audit a monthly sample of assessments against the new standards and report findings to the "
                "Quality Assurance Board.", "Head of Quality Assurance and Safeguarding", "Monthly",
         "Audits completed January to May; 64% of assessments rated good or better in May.", "green"),
    ])
    doc.add_heading("Recommendation 2: Management oversight and supervision of child protection plans, so "
                    "that drift is identified and addressed", level=2)
    rec_table([
        ("2.1", "Implement a revised supervision policy with a recorded reflective supervision template on the "
                "case record.", "AD Safeguarding / PSW", "31/05/2023",
         "Policy agreed; template build in the case recording system delayed to July.", "amber"),
        ("2.2", "Child protection chairs to escalate any plan where there is no evidence of progress at the "
                "second review conference.", "Safeguarding Service Manager (CP chairs)", "Ongoing",
         "Escalation protocol in use; 11 escalations raised since March, all resolved.", "green"),
    ])
    doc.add_heading("2. The experiences and progress of children in care", level=1)
    doc.add_heading("Recommendation 3: The sufficiency of local placements, including foster carers, for "
                    "children in care", level=2)
    rec_table([
        ("3.1", "Launch a foster carer recruitment campaign with an enhanced fees and allowances offer.",
         "Head of Fostering", "Sept 2023",
         "Campaign launched but enquiries below target; revised fees offer awaiting Cabinet decision.", "red"),
        ("3.2", "Open two new council-run children's homes in the county.", "Head of Commissioning and "
         "Placements", "Dec 2023 – Sept 2024", "First property purchased; Ofsted registration application "
         "submitted.", "amber"),
        ("3.3", "Publish an updated Placement Sufficiency Strategy.", "Head of Commissioning and Placements",
         "End of June 2023", "Strategy published on 19 June.", "blue"),
    ])
    doc.add_heading("3. The experiences and progress of care leavers", level=1)
    doc.add_heading("Recommendation 4: Pathway plans that are co-produced with care leavers and are updated "
                    "when their circumstances change", level=2)
    rec_table([
        ("4.1", "Introduce a new pathway plan format co-designed with the Care Leavers' Forum.",
         "Leaving Care Service Manager", "Q3 2023/24", "Forum workshops held in May and June.", "green"),
        ("4.2", "Personal advisers to review every pathway plan at least every six months and at each change of "
                "accommodation, education or employment.", "Leaving Care Team Managers", "TBC",
         "To start once the new format (4.1) is in place.", None),
    ])
    doc.add_paragraph("RAG key: Blue – complete; Green – on track; Amber – at risk of slippage; Red – off track. "
                      "No colour – not yet started.")
    doc.save(os.path.join(OUT, "u1-gloucestershire-ilacs-improvement-plan.docx"))


# ---------------------------------------------------------------- 3. Leicestershire CQC ASC (xlsx)
def leicestershire():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    for col, w in zip("ABCDEFGHI", [24, 40, 6, 50, 28, 12, 12, 12, 48]):
        ws.column_dimensions[col].width = w
    ws.merge_cells("A1:I1")
    ws["A1"] = "Leicestershire County Council Adult Social Care – CQC Assessment Improvement Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:I2")
    ws["A2"] = "Last updated: 14/02/2025     Owner: Director of Adults and Communities"
    hdr = ["Quality statement", "CQC area for improvement", "Ref", "Action", "Owner", "Due date",
           "Revised due date", "Status", "Comments"]
    for i, h in enumerate(hdr, 1):
        put(ws, 4, i, h, fill="head", bold=True, white=True)
    DMY = "dd/mm/yyyy"
    SFILL = {"Complete": "blue", "Amber": "amber", "On track": "green", "Green": "green",
             "Not started": "grey", "Red": "red"}
    groups = [
        ("QS1 Assessing needs",
         "People waited too long for Care Act assessments and reviews, and there was limited oversight of risk "
         "while people waited.",
         [("A1", "Introduce a risk-based waiting list protocol with monthly contact for everyone awaiting "
                 "assessment.", "Head of Service – Locality Teams", d(2024, 10, 31), None, "Complete",
           "Protocol live from 1 October; contact calls recorded on LAS."),
          ("A2", "Deliver a 12-month review recovery project using an external review team.", "AD Care Pathway",
           d(2024, 12, 31), d(2025, 6, 30), "Amber",
           "External team started late (November). 1,140 overdue reviews completed; 860 remain."),
          ("A3", "Build a waiting-times dashboard in Power BI reported to the ASC Improvement Board.",
           "Business Intelligence Lead", d(2024, 11, 30), None, "Complete", "Dashboard presented in December.")]),
        ("QS2 Supporting people to live healthier lives",
         "The offer for unpaid carers was not well understood and carers' assessments were not always offered.",
         [("B1", "Refresh the Carers' Strategy with carers and the Carers' Centre.",
           "Commissioning Manager (Carers)", d(2025, 3, 31), None, "On track",
           "Four engagement events held; draft strategy out to consultation."),
          ("B2", "Train front-door staff to identify carers and offer an assessment at first contact.",
           "Customer Service Centre Manager", d(2025, 1, 31), None, "Green", "68 of 75 staff trained."),
          ("B3", "Introduce a carers' assessment quality audit in the practice quality assurance framework.",
           "PSW", d(2025, 4, 30), None, "Not started", "")]),
        ("QS7 Safe systems, pathways and transitions",
         "Transitions for young people moving to adult services were not always timely or well planned.",
         [("C1", "Establish a joint Preparing for Adulthood panel with Children and Family Services from age 14.",
           "Head of Service – Learning Disabilities / Head of SEND", d(2024, 9, 30), None, "Complete",
           "Panel meets monthly."),
          ("C2", "Agree a transitions protocol with health partners, including CHC and mental health.",
           "AD Integration and Partnerships", d(2025, 3, 31), d(2025, 7, 31), "Red",
           "Protocol drafted but awaiting ICB sign-off; escalated to the Joint Commissioning Board.")]),
        ("QS9 Governance, management and sustainability",
         "Performance data was not consistently used to understand outcomes for people.",
         [("D1", "Adopt an outcomes framework for ASC with quarterly reporting to the Cabinet Lead Member.",
           "Director of Adults and Communities", "Q1 2025/26", None, "Amber",
           "Framework drafted; data sources still being agreed.")]),
    ]
    r = 5
    for qs, afi, acts in groups:
        first = r
        for ref, action, owner, due, rev, status, comm in acts:
            put(ws, r, 1, qs if r == first else None)
            put(ws, r, 2, afi if r == first else None)
            put(ws, r, 3, ref)
            put(ws, r, 4, action)
            put(ws, r, 5, owner)
            put(ws, r, 6, due, fmt=DMY if isinstance(due, datetime) else None)
            put(ws, r, 7, rev, fmt=DMY)
            put(ws, r, 8, status, fill=SFILL[status])
            put(ws, r, 9, comm or None)
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    ws.freeze_panes = "C5"
    k = wb.create_sheet("Key")
    k["A1"] = "Status key"
    k["A1"].font = Font(bold=True)
    for i, (t, f) in enumerate([("Complete", "blue"), ("Green / On track", "green"),
                                ("Amber – at risk or revised date agreed", "amber"),
                                ("Red – off track", "red"), ("Not started", "grey")], 2):
        k.cell(row=i, column=1, value=t).fill = FILL[f]
    k.column_dimensions["A"].width = 45
    wb.save(os.path.join(OUT, "u1-leicestershire-cqc-asc-improvement-plan.xlsx"))


# ---------------------------------------------------------------- 4. Conwy CIW (docx)
def conwy():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    run = p.add_run("Conwy County Borough Council – Social Care and Education")
    run.font.size = Pt(11)
    doc.add_heading("CIW Performance Evaluation Inspection of Children's Services – Action Plan", level=1)
    doc.add_paragraph(
        "Care Inspectorate Wales (CIW) carried out a performance evaluation inspection of children's services "
        "in 2023. The areas for improvement in CIW's letter are set out below under the four principles of the "
        "Social Services and Well-being (Wales) Act 2014, with the actions we are taking. Progress is reported "
        "to the Social Care and Education Scrutiny Committee every six months.")
    hdr = ["Ref", "Area for improvement identified by CIW", "Action", "Responsible Officer", "Timescale", "RAG"]
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        set_text(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "BDD7EE")

    def principle(text):
        cells = t.add_row().cells
        m = cells[0].merge(cells[5])
        set_text(m, text, bold=True)
        shade(m, "E2EFDA")

    def afi(text, actions):
        start = len(t.rows)
        for ref, act, off, when, rag in actions:
            cells = t.add_row().cells
            set_text(cells[0], ref)
            set_text(cells[1], text if len(t.rows) - 1 == start else "")
            set_text(cells[2], act)
            set_text(cells[3], off)
            set_text(cells[4], when)
            set_text(cells[5], rag)
        if len(actions) > 1:
            t.cell(start, 1).merge(t.cell(len(t.rows) - 1, 1))

    principle("People – voice and control")
    afi("The local authority should ensure children's views and wishes are consistently recorded and inform "
        "their care and support plans.", [
            ("1.1", "Embed 'What matters' conversation recording templates in WCCIS for all assessments.",
             "Service Manager (Assessment and Care Planning)", "April 2024", "Complete"),
            ("1.2", "Commission a quarterly monitoring report on the independent advocacy 'active offer'.",
             "Commissioning Officer", "Quarterly", "G")])
    afi("Ensure the Welsh language 'active offer' is made and recorded consistently.", [
        ("1.3", "Record language preference at first contact and report compliance monthly.",
         "Head of Children's Services", "31/03/2024", "A")])
    principle("Prevention")
    afi("Improve the timeliness of Information, Advice and Assistance (IAA) responses at the front door.", [
        ("2.1", "Review staffing at the IAA hub and recruit two additional social workers.",
         "Head of Children's Services / Service Manager IAA", "Sept 2024", "A"),
        ("2.2", "Introduce daily triage huddles with Early Help and Family Support.", "Early Help Manager",
         "June 2024", "Complete")])
    principle("Well-being")
    afi("Improve the quality and consistency of supervision for practitioners.", [
        ("3.1", "Revise the supervision policy and audit tool in line with the All Wales practice standards.",
         "Principal Social Worker", "Q2 2024-25", "G"),
        ("3.2", "Quarterly audit of supervision records, with findings reported to the Quality Assurance Panel.",
         "Quality Assurance Lead", "Ongoing", "G")])
    principle("Partnerships and integration")
    afi("Strengthen multi-agency strategy discussions so that health and police attend consistently.", [
        ("4.1", "Agree attendance standards for strategy discussions with North Wales Police and BCUHB through "
                "the Regional Safeguarding Board.", "Head of Children's Services", "December 2024", "R"),
        ("4.2", "Pilot virtual strategy meetings via Teams for out-of-hours discussions.", "EDT Manager",
         "Mar-25", "")])
    doc.add_paragraph()
    doc.add_paragraph("RAG: R – not on track; A – some concerns, action in progress; G – on track; "
                      "Complete – action completed. Blank – not yet started.")
    doc.save(os.path.join(OUT, "u1-conwy-ciw-inspection-action-plan.docx"))


# ---------------------------------------------------------------- 5. Dudley focused visit (csv)
def dudley():
    W = 7
    rows = [
        ["Dudley Children's Services - Ofsted Focused Visit Action Plan (placement decision making for older "
         "children)"],
        ["Focused visit February 2024. Last updated 30 September 2024"],
        [],
        ["Area for improvement", "Ref", "Action", "Lead", "Target date", "RAG", "Update"],
        ["The quality and timeliness of assessments of older children's needs when they come into care", "1.1",
         "Complete a needs assessment for every child aged 14+ within 10 working days of coming into care",
         "Head of Children in Care", "31/05/2024", "Blue",
         "Tracker in place; 92% completed within timescale in August"],
        ["", "1.2", "Placement panel to require an up-to-date assessment before agreeing any unregistered or "
         "out-of-area placement", "Placements Service Manager", "Jun-24", "Blue",
         "Panel terms of reference revised and agreed"],
        ["", "1.3", "Quarterly audit of placement decisions for children aged 14+", "Head of QA", "0ct-24",
         "Green", "First audit completed in July; second audit scheduled"],
        ["Sufficiency of local homes for older children with complex needs", "2.1",
         "Open a four-bed local children's home for older children with complex needs",
         "Head of Commissioning", "Dec-24", "Amber", "Registration visit booked for November"],
        ["", "2.2", "Agree a regional framework with independent providers for 16-17 supported accommodation",
         "Head of Commissioning / Black Country Commissioning Lead", "Mar-25", "Green",
         "Tender documents issued"],
        ["Children's participation in decisions about where they live", "3.1",
         "Children in care council to co-design a 'moving home' guide for older children",
         "Participation Officer", "Sep-24", "Amber", "Draft guide with designers"],
        ["", "3.2", "IROs to record the child's view on every placement move at the next review",
         "IRO Service Manager", "Ongoing", "Green", "Dip sample shows views recorded in 8 of 10 moves"],
        [],
        ["Key: Blue = complete, Green = on track, Amber = some slippage, Red = off track"],
    ]
    with open(os.path.join(OUT, "u1-dudley-focused-visit-action-plan.csv"), "w", newline="",
              encoding="utf-8") as f:
        w = csv.writer(f)
        for row in rows:
            w.writerow(row + [""] * (W - len(row)))


# ---------------------------------------------------------------- 6. Sefton YJS HMIP (xlsx)
def sefton():
    wb = Workbook()
    ws = wb.active
    ws.title = "HMIP Improvement Plan"
    for col, w in zip("ABCDEFG", [6, 45, 50, 30, 11, 11, 50]):
        ws.column_dimensions[col].width = w
    ws.merge_cells("A1:G1")
    ws["A1"] = "Sefton Youth Justice Service – HMIP Inspection Improvement Plan 2024"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:G2")
    ws["A2"] = "Overseen by the Youth Justice Management Board. RAG as at Board meeting 12 December 2024."
    hdr = ["No.", "HMIP recommendation", "Action", "Owner", "Deadline", "RAG", "Progress"]
    for i, h in enumerate(hdr, 1):
        put(ws, 4, i, h, fill="head", bold=True, white=True)

    def sect(r, text):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        put(ws, r, 1, text, fill="sect", bold=True)

    MY = "mmm-yy"
    RF = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}

    def act(r, no, rec, ref_action, owner, deadline, rag, prog):
        put(ws, r, 1, no)
        put(ws, r, 2, rec)
        put(ws, r, 3, ref_action)
        put(ws, r, 4, owner)
        put(ws, r, 5, deadline, fmt=MY if isinstance(deadline, datetime) else None)
        put(ws, r, 6, rag, fill=RF[rag])
        put(ws, r, 7, prog)

    sect(5, "Recommendations for the Youth Justice Management Board")
    act(6, 1, "Ensure that the partnership's disproportionality action plan is used to reduce the "
              "over-representation of Black and mixed heritage children.",
        "1a. Refresh the disproportionality action plan with partner agencies, informed by children's views.",
        "Head of Youth Justice", d(2024, 11, 30), "Complete", "Refreshed plan agreed at November Board.")
    act(7, None, None, "1b. Add ethnicity breakdowns to the Board performance report for arrests, out-of-court "
                       "disposals and custody.", "YJS Information Officer", d(2025, 1, 31), "Green",
        "Data available from Q3 report.")
    act(8, 2, "Make sure that children known to the YJS have timely access to speech and language therapy and "
              "CAMHS.",
        "2a. Agree a service level agreement with Mersey Care for a seconded speech and language therapist.",
        "Board Chair / ICB Place Director", d(2052, 3, 31), "Amber",
        "Funding agreed in principle; SLA being drafted.")
    act(9, None, None, "2b. Introduce a CAMHS consultation slot in the weekly YJS case planning forum.",
        "CAMHS Team Manager", d(2025, 2, 28), "Green", "Slot trialled in November and December.")
    ws.merge_cells("A6:A7")
    ws.merge_cells("B6:B7")
    ws.merge_cells("A8:A9")
    ws.merge_cells("B8:B9")
    sect(10, "Recommendations for the Head of Youth Justice")
    act(11, 3, "Improve the quality of assessment of risk of harm to others, including consideration of victims.",
        "3a. Deliver AssetPlus risk of harm refresher training to all case managers.", "YJS Practice Manager",
        d(2024, 10, 31), "Complete", "Training delivered to all 14 case managers.")
    act(12, None, None, "3b. Introduce monthly management oversight audits of risk of harm assessments.",
        "Operations Manager", "Monthly", "Green", "Audits running since September.")
    ws.merge_cells("A11:A12")
    ws.merge_cells("B11:B12")
    act(13, 4, "Ensure that contingency planning is specific and shared with other agencies involved.",
        "4a. Revise the planning template to include named contingency actions and agency sign-off.",
        "YJS Practice Manager", d(2024, 12, 31), "Red", "Template not yet changed; IT supplier delay.")
    ws["A15"] = "RAG key: Red – not started or off track; Amber – in progress with risks; Green – on track; " \
                "Complete – achieved"
    wb.save(os.path.join(OUT, "u1-sefton-yjs-hmip-improvement-plan.xlsx"))


# ---------------------------------------------------------------- 7. Doncaster JTAI (txt, tab separated)
def doncaster():
    lines = [
        ["Doncaster Safeguarding Children Partnership – JTAI Multi-agency Action Plan"],
        ["Joint targeted area inspection of the multi-agency response to children and families who need help, "
         "March 2024"],
        [],
        ["Ref", "Area for improvement", "Action", "Lead", "Target date", "RAG", "Update"],
        ["Priority 1: Front door and early help"],
        ["1.1", "The quality of referrals from partner agencies to the front door",
         "Deliver multi-agency training on making a good referral, including use of the threshold guidance",
         "DSCP Business Manager", "July 2024", "Complete", "Six sessions delivered to 240 staff."],
        ["1.2", "The quality of referrals from partner agencies to the front door",
         "Introduce a feedback loop so that referrers are told the outcome of their referral within 3 working "
         "days", "Head of Front Door Services", "30/09/2024", "Green",
         "Automated outcome letters live for police and schools; health to follow."],
        ["1.3", "Consistency of the early help offer across localities",
         "Map early help provision across the four localities and publish a single early help directory",
         "Early Help Strategic Lead", "Dec 2024", "Amber", "Mapping complete in three localities."],
        ["Priority 2: Health involvement in strategy discussions"],
        ["2.1", "Attendance of health professionals at strategy meetings",
         "Agree a rota so that a named health professional attends every strategy meeting",
         "Designated Nurse Safeguarding Children & Head of Front Door Services", "w/c 04/11/2024", "Green",
         "Rota drafted with the safeguarding health team."],
        ["2.2", "Attendance of health professionals at strategy meetings",
         "Audit health attendance and contribution at strategy meetings quarterly",
         "DSCP Quality Assurance Subgroup Chair", "Quarterly", "Green", "First audit reported in October."],
        ["Priority 3: Understanding the impact of help"],
        ["3.1", "How well leaders understand the impact of help on children's lives",
         "Develop a partnership outcomes dashboard combining police, health, education and social care data",
         "DSCP Performance Lead; DCI Public Protection", "Q4 2024/25", "Amber",
         "Data sharing agreement signed; dashboard build started."],
        ["3.2", "How well leaders understand the impact of help on children's lives",
         "Hold a multi-agency 'learning from practice' event with families and frontline staff",
         "Independent Scrutineer", "Feb-25", "", "Date to be confirmed with venue."],
        ["3.3", "How well leaders understand the impact of help on children's lives",
         "Publish the partnership's response to the JTAI and a progress update in the DSCP annual report",
         "DSCP Business Manager", "By 30 September 2025", "Not started", ""],
        [],
        ["RAG: Complete / Green - on track / Amber - at risk / Red - off track"],
    ]
    with open(os.path.join(OUT, "u1-doncaster-jtai-action-plan.txt"), "w", encoding="utf-8",
              newline="\r\n") as f:
        for row in lines:
            f.write("\t".join(row) + "\n")


if __name__ == "__main__":
    derbyshire()
    gloucestershire()
    leicestershire()
    conwy()
    dudley()
    sefton()
    doncaster()
    print("done")
