"""Generate the j1- blind test files (heldout21)."""
import csv, os
from datetime import datetime
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.dirname(os.path.abspath(__file__))
BOLD = Font(bold=True)
def fill(hexc): return PatternFill("solid", start_color=hexc, end_color=hexc)
GREY, RED, AMBER, GREEN, BLUE = "D9D9D9", "FF0000", "FFC000", "00B050", "0070C0"

# ---------------------------------------------------------------- 1 xlsx ILACS
def f1():
    wb = Workbook(); ws = wb.active; ws.title = "Action Plan"
    ws["A1"] = "Cheshire East Children's Services – Ofsted ILACS Action Plan"; ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Progress update for the Children and Families Committee – October 2020"
    ws.merge_cells("A2:G2")
    hdr = ["Ref", "Ofsted recommendation", "Action", "Lead officer", "Timescale", "Previous RAG", "Current RAG"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(4, c, h); cell.font = BOLD; cell.fill = fill(GREY)
    recs = [
        ("The quality and impact of management oversight and supervision", [
            ("1.1", "Refresh the supervision policy and introduce a supervision audit tool", "Head of Service for Quality Assurance", datetime(2020, 6, 30), "A", "B"),
            ("1.2", "Quarterly thematic audit of management oversight, reported to the Improvement Board", "Principal Social Worker", "Quarterly", "G", "G"),
            ("1.3", "Team manager development programme to include a reflective supervision module", "Workforce Development Manager", datetime(2021, 3, 31), "A", "A"),
        ]),
        ("The consistency of the response to children at risk of exploitation", [
            ("2.1", "Embed the Child Exploitation Risk Assessment tool across all locality teams", "Head of Service (Child in Need / Child Protection)", "Q2 2020/21", "R", "A"),
            ("2.2", "Return home interviews to be completed within 72 hours and analysed monthly by the Missing and Exploitation Panel", "Missing from Home Coordinator; Service Manager (Exploitation)", "Sep-20", "A", "G"),
            ("2.3", "Deliver multi-agency exploitation training to 200 practitioners", "LSCP Business Manager", datetime(2020, 12, 31), "A", "R"),
        ]),
        ("The timeliness of permanence planning for children in care", [
            ("3.1", "Introduce a monthly permanence tracking meeting chaired by the Head of Service", "Head of Cared for Children and Care Leavers", datetime(2020, 10, 31), "G", "B"),
            ("3.2", "Review all children subject to placement orders for more than six months", "IRO Service Manager", datetime(2021, 1, 31), None, None),
        ]),
    ]
    r = 5
    for rec, acts in recs:
        start = r
        for ref, act, lead, due, prev, cur in acts:
            ws.cell(r, 1, ref); ws.cell(r, 3, act); ws.cell(r, 4, lead)
            c = ws.cell(r, 5, due)
            if isinstance(due, datetime): c.number_format = "mmm-yy"
            ws.cell(r, 6, prev); ws.cell(r, 7, cur)
            r += 1
        ws.cell(start, 2, rec).alignment = Alignment(vertical="top", wrap_text=True)
        ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "RAG key: R = off track; A = some slippage; G = on track; B = complete").font = Font(italic=True)
    for col, w in zip("ABCDEFG", [6, 40, 60, 36, 12, 12, 12]): ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "j1-ilacs-progress-rec-merged-down-prev-current-rag-letters.xlsx"))

# ---------------------------------------------------------------- 2 xlsx SEND WSoA
def f2():
    wb = Workbook(); ws = wb.active; ws.title = "WSoA tracker"
    ws["A1"] = "Central Bedfordshire Local Area SEND – Written Statement of Action"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Monitoring tracker – updated January 2022"
    ws["A3"] = "Key:"; ws["A3"].font = BOLD
    for col, (txt, colr) in zip("BCDE", [("Off track", RED), ("At risk", AMBER), ("On track", GREEN), ("Complete", BLUE)]):
        ws[f"{col}3"] = txt; ws[f"{col}3"].fill = fill(colr)
    hdr = ["Ref", "Area of weakness", "Action", "Lead(s)", "By when", "RAG"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(5, c, h); cell.font = Font(bold=True, color="FFFFFF"); cell.fill = fill("1F3864")
    W1 = "Existing EHC plans are not of sufficient quality to ensure that the needs of children and young people are identified and met"
    W2 = "Area leaders do not have a shared understanding of the outcomes they want for children and young people with SEND"
    W3 = "The area's SEND strategy is not clear"
    W4 = "Co-production is not well informed by the views of children, young people and their families"
    W5 = "The Local Offer is not effective"
    rows = [
        ("Theme 1: Quality of EHC plans",),
        ("A1", W1, "Re-write the EHC plan template with parents through SNAP", "Head of SEND / SNAP Chair", "Autumn term 2021", GREEN),
        ("A2", W1, "Quality assure 10% of new EHC plans each month through the multi-agency QA panel", "SEND Quality Assurance Lead", "Monthly", GREEN),
        ("A3", W1, "Clear the backlog of EHC plan annual reviews", "Sarah Jones and Paul Reid", "Spring term 2022", AMBER),
        ("Theme 2: Shared outcomes and strategy",),
        ("B1", W2, "Agree a SEND outcomes framework across education, health and care", "Assistant Director Education and SEND", "Summer term 2021", BLUE),
        ("B2", W2, "Report the SEND dashboard to the SEND Partnership Board each term", "Performance and Intelligence Manager", "Termly", GREEN),
        ("B3", W3, "Co-produce and publish the SEND Strategy 2021-2025", "Designated Clinical Officer (CCG) and Head of SEND", "July 2021", RED),
        ("Theme 3: Co-production and the Local Offer",),
        ("C1", W4, "Establish a young people's SEND participation group", "Participation Officer", "Autumn term 2021", None),
        ("C2", W5, "Relaunch the Local Offer website following user testing with families", "Local Offer Manager", datetime(2022, 3, 31), AMBER),
    ]
    r = 6
    for row in rows:
        if len(row) == 1:
            ws.cell(r, 1, row[0]).font = BOLD
            for c in range(1, 7): ws.cell(r, c).fill = fill("D9E1F2")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        else:
            ref, w, act, lead, due, colr = row
            for c, v in enumerate([ref, w, act, lead, due], 1):
                cell = ws.cell(r, c, v); cell.alignment = Alignment(wrap_text=True, vertical="top")
            if isinstance(due, datetime): ws.cell(r, 5).number_format = "dd/mm/yyyy"
            if colr: ws.cell(r, 6).fill = fill(colr)
        r += 1
    for col, w in zip("ABCDEF", [6, 45, 55, 35, 18, 8]): ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "j1-send-wsoa-theme-rows-term-dates-fill-rag-key-above.xlsx"))

# ---------------------------------------------------------------- 3 xlsx YJS (refuse)
def f3():
    wb = Workbook(); ws = wb.active; ws.title = "Improvement Plan"
    ws["A1"] = "Reading Youth Justice Service – HMIP Inspection Improvement Plan"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Endorsed by the Youth Justice Management Board, December 2024"
    hdr = ["No.", "Action", "Owner", "Deadline", "Status"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(4, c, h); cell.font = BOLD; cell.fill = fill(GREY)
    rows = [
        ("Recommendation 1 – The YJS manager should ensure that quality assurance arrangements, oversight of practice and supervision consistently support staff development",),
        ("1.1", "Introduce monthly case audits using the HMIP standards, with findings reported to the Management Board", "YJS Manager", datetime(2025, 2, 28), "Green"),
        ("1.2", "Revise the supervision policy so that every case is discussed at least monthly", "Deputy YJS Manager", datetime(2025, 3, 31), "Amber"),
        ("Recommendation 2 – The YJS manager should ensure that assessing activity always considers how best to achieve safety for the child and the community",),
        ("2.1", "Safety and risk training for all case managers", "Practice Lead / Workforce Development Officer", datetime(2025, 4, 30), "Green"),
        ("2.2", "Countersigning of all AssetPlus assessments by a manager", "Deputy YJS Manager", "Ongoing", "Green"),
        ("Recommendation 3 – The Management Board should ensure that the YJS is sufficiently resourced and structured",),
        ("3.1", "Complete a staffing review and fill all vacant posts", "Head of Early Help and Youth Justice", "30/13/2025", "Amber"),
        ("3.2", "Secure a seconded probation officer and police officer", "Chair of the Management Board", datetime(2025, 6, 30), "Red"),
        ("3.3", "Board induction pack and development session for all members", "Board Business Manager", datetime(2025, 5, 31), "Not started"),
    ]
    r = 5
    for row in rows:
        if len(row) == 1:
            ws.cell(r, 1, row[0]).font = BOLD
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        else:
            for c, v in enumerate(row, 1):
                cell = ws.cell(r, c, v)
                if isinstance(v, datetime): cell.number_format = "dd/mm/yyyy"
        r += 1
    for col, w in zip("ABCDE", [6, 70, 40, 14, 12]): ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "j1-yjs-hmip-plan-rec-merged-rows-month-13-refuse.xlsx"))

# ---------------------------------------------------------------- docx helpers
def shade(cell, hexc):
    tcPr = cell._tc.get_or_add_tcPr(); shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexc); tcPr.append(shd)

def table(doc, header, rows):
    t = doc.add_table(rows=1, cols=len(header)); t.style = "Table Grid"
    for i, h in enumerate(header):
        t.rows[0].cells[i].text = h; t.rows[0].cells[i].paragraphs[0].runs[0].bold = True; shade(t.rows[0].cells[i], GREY)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row): cells[i].text = v
    return t

# ---------------------------------------------------------------- 4 docx ASC CQC
def f4():
    doc = Document()
    doc.add_heading("Adult Social Care Improvement Plan 2025–2026", 0)
    doc.add_paragraph("Bath and North East Somerset Council – our response to the CQC Local Authority Assessment report published on 30 January 2025.")
    doc.add_paragraph("Document control").runs[0].bold = True
    table(doc, ["Version", "Date", "Author", "Changes"], [
        ["0.1", "14/02/2025", "ASC Improvement Lead", "First draft"],
        ["1.0", "06/03/2025", "Director of Adult Social Care", "Approved by ASC Leadership Team"],
    ])
    pri = [
        ("Priority 1: Assessment and review waiting times", [
            ["1.1", "Introduce single waiting list triage with risk-rated contact every four weeks", "Head of Adult Social Care Operations", "By 31 March 2025", "Complete"],
            ["1.2", "Recruit six additional occupational therapists to the community team", "Principal Occupational Therapist", "End of June 2025", "On track"],
            ["1.3", "Agree a trusted assessor model with the hospital discharge team", "Head of Adult Social Care Operations / Hospital Discharge Lead", "Q3 2025/26", "Amber"],
        ]),
        ("Priority 2: Support for unpaid carers", [
            ["2.1", "Refresh the carers' strategy with the Carers' Centre", "Commissioning Manager (Carers)", "September 2025", "Not started"],
            ["2.2", "Offer every carer a carer's assessment at the point of the cared-for person's assessment", "Principal Social Worker", "Ongoing", "Green"],
        ]),
        ("Priority 3: Safeguarding", [
            ["3.1", "Reduce the number of safeguarding concerns awaiting triage to fewer than 20", "Head of Safeguarding and Quality Assurance", "Dec 2025", "Red"],
            ["3.2", "Commission an independent audit of Section 42 enquiries", "Emma Clarke and Dev Patel", "Nov-25", "Amber"],
            ["3.3", "Launch a Making Safeguarding Personal feedback survey", "Safeguarding Adults Board Manager", "Oct 2025 – Jan 2026", "Green"],
        ]),
    ]
    for head, rows in pri:
        doc.add_heading(head, 1)
        table(doc, ["Ref", "Action", "Lead", "Target date", "Status"], rows)
    doc.add_heading("Status key", 2)
    table(doc, ["Status", "Meaning"], [
        ["Complete", "Action delivered and evidenced"], ["Green / On track", "On track to deliver by the target date"],
        ["Amber", "Some risk to delivery"], ["Red", "Off track – escalated to the Improvement Board"], ["Not started", "Not yet due to start"],
    ])
    doc.save(os.path.join(OUT, "j1-asc-cqc-plan-priority-headings-table-per-priority-doc-control.docx"))

# ---------------------------------------------------------------- 5 docx CIW
def f5():
    doc = Document()
    p = doc.add_paragraph(); run = p.add_run("Bridgend County Borough Council – Action Plan in response to the CIW Inspection of Older Adults Services (September 2019)"); run.bold = True
    doc.add_paragraph("Social Services and Wellbeing Directorate. Progress reported to Cabinet Committee Corporate Parenting and Scrutiny.")
    recs = [
        ("Recommendation 1: The local authority should ensure people's views and personal outcomes are clearly recorded in assessments and care and support plans.", [
            ["1a", "Revise the 'What matters' assessment template and case recording guidance", "Jones, Carys", "Sept 2019 – March 2020", "Green"],
            ["1b", "Practice workshops on outcome-focused recording for all community teams", "Group Manager – Assessment and Care Management", "April 2020", "Amber"],
            ["1c", "Monthly audit of ten care and support plans", "JD, KM", "Ongoing", "Green"],
        ]),
        ("Recommendation 2: Carers should be consistently offered an assessment of their own needs.", [
            ["2a", "Carers' assessment offer to be recorded as a mandatory field in WCCIS", "Evans, Rhian", "31/01/2020", "Blue"],
            ["2b", "Commission the carers' centre to complete carers' assessments on behalf of the council", "Head of Adult Social Care", "June 2020", "Red"],
        ]),
        ("Recommendation 3: The local authority should strengthen quality assurance of practice and ensure learning is shared.", [
            ["3a", "Establish a quality assurance framework for adult social care", "Head of Adult Social Care", "March 2020", "Amber"],
            ["3b", "Quality and learning report to the Senior Management Team", "Principal Officer – Quality Assurance", "Quarterly", ""],
        ]),
    ]
    t = doc.add_table(rows=1, cols=5); t.style = "Table Grid"
    for i, h in enumerate(["No.", "Action", "Responsible Officer", "Timescale", "RAG"]):
        t.rows[0].cells[i].text = h; t.rows[0].cells[i].paragraphs[0].runs[0].bold = True; shade(t.rows[0].cells[i], GREY)
    for rec, acts in recs:
        cells = t.add_row().cells
        m = cells[0].merge(cells[4]); m.text = rec; m.paragraphs[0].runs[0].bold = True; shade(m, "DEEAF6")
        for a in acts:
            cs = t.add_row().cells
            for i, v in enumerate(a): cs[i].text = v
    doc.add_paragraph("RAG: Red – not on track / significant delay; Amber – started, some delay; Green – on track; Blue – complete.")
    doc.save(os.path.join(OUT, "j1-ciw-action-plan-rec-gridspan-rows-surname-forename-leads.docx"))

# ---------------------------------------------------------------- 6 csv
def f6():
    R1 = "Senior leaders should ensure performance information is used to drive improvement"
    R2 = "Elected members should receive regular reports on the quality of practice"
    R3 = "Ensure that thresholds are understood and consistently applied by partners"
    R4 = "Improve the timeliness of assessments"
    R5 = "Ensure care plans are reviewed within timescale and reflect the views of the child"
    rows = [
        ["Kirklees Children's Services Improvement Plan", "", "", "", "", "", ""],
        ["Submitted to Ofsted March 2017", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Theme", "Ref", "Recommendation", "Action", "Lead", "Due", "RAG"],
        ["1. Leadership and management", "1.1", R1, "Introduce a monthly performance clinic for all team managers", "SD/JR", "Apr-17", "G"],
        ["", "1.2", R1, "Publish a quarterly performance report to the Corporate Parenting Panel", "JR", "Jun-17", "A"],
        ["", "1.3", R2, "Member briefing on audit findings every six months", "Democratic Services Manager", "Sep-17", "B"],
        ["2. Front door and assessment", "2.1", R3, "Relaunch the threshold document with multi-agency briefings", "KH & MB", "May-17", "G"],
        ["", "2.2", R3, "Dip sample 50 contacts per month for threshold decisions", "Service Manager (Duty and Assessment)", "Monthly", "G"],
        ["", "2.3", R4, "Track assessment timeliness weekly at team level", "KH", "31/07/2017", "R"],
        ["3. Children looked after", "3.1", R5, "IROs to escalate any review outside timescale within 5 working days", "IRO Manager", "Jul-17", "A"],
        ["", "3.2", R5, "Record the child's views in every review record", "IRO Manager; Principal Social Worker", "Dec-17", ""],
        ["", "", "", "", "", "", ""],
        ["Summary", "", "", "", "", "", ""],
        ["Total actions", "8", "", "", "", "", ""],
        ["Green", "3", "", "", "", "", ""],
        ["Amber", "2", "", "", "", "", ""],
        ["Red", "1", "", "", "", "", ""],
        ["Blue", "1", "", "", "", "", ""],
        ["Not rated", "1", "", "", "", "", ""],
        ["RAG key: G = on track, A = some risk, R = off track, B = complete", "", "", "", "", "", ""],
    ]
    with open(os.path.join(OUT, "j1-childrens-plan-export-theme-first-row-only-totals-block.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)

# ---------------------------------------------------------------- 7 txt (tab)
def f7():
    A1 = "The quality of decision-making in the MASH"
    lines = [
        ["Herefordshire Council – Children's Services Improvement Plan"],
        ["Response to the Ofsted ILACS inspection, July 2022 – version 1.3, updated 14/02/2023"],
        [],
        ["Ref", "Area for improvement", "Action", "Lead", "Original end date", "Revised end date", "Status"],
        ["Priority 1: Early help and the front door"],
        ["P1.1", A1, "MASH team managers to record the rationale for every threshold decision", "Head of Service – MASH and Early Help", "30/11/2022", "", "Complete"],
        ["P1.2", A1, "Weekly multi-agency audit of strategy discussions", "Service Manager (MASH) / Detective Inspector, West Mercia Police", "31/12/2022", "31/03/2023", "Amber"],
        ["P1.3", "Step-down from social care to early help", "Agree a step-down protocol with early help providers", "Early Help Manager", "January 2023", "", "Green"],
        ["Priority 2: Children in need and child protection"],
        ["P2.1", "Management oversight of child protection plans", "Revise the child protection plan template to include SMART outcomes", "Head of Safeguarding", "December 2022", "February 2023", "Complete"],
        ["P2.2", "Management oversight of child protection plans", "Audit of children subject to a plan for more than 18 months", "Amy Hughes and Tom Walsh", "March 2023", "", "Red"],
        ["P2.3", "Timeliness of the Public Law Outline pre-proceedings", "Legal gateway panel to track all PLO cases weekly", "Legal Services Manager", "Ongoing", "", "Green"],
        ["Priority 3: Workforce"],
        ["P3.1", "Social worker caseloads are too high", "Recruit 12 permanent social workers through the international recruitment scheme", "Workforce Lead", "March 2023", "June 2023", "Amber"],
        ["P3.2", "Social worker caseloads are too high", "Report the caseload dashboard monthly to the Improvement Board", "Head of Performance", "Monthly", "", "Not started"],
        [],
        ["Status key: Complete / Green = on track / Amber = at risk / Red = off track / Not started"],
    ]
    with open(os.path.join(OUT, "j1-post-ofsted-tab-priority-lines-original-revised-end.txt"), "w", encoding="utf-8") as f:
        for l in lines: f.write("\t".join(l) + "\n")

for fn in (f1, f2, f3, f4, f5, f6, f7): fn()
print("done")
