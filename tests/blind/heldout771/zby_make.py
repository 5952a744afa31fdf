"""Build the seven zby- blind test files (set heldout771).

Run with /work/main/.venv/bin/python zby_make.py  (writes beside this script).
Each case keeps its display text and the reading a person makes of it side by side
(lead list, end month, status) so that the .expected.yaml files can be written from it.
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

FILL = {
    "blue": "5B9BD5",
    "green": "00B050",
    "amber": "FFC000",
    "red": "FF0000",
    "grey": "D9D9D9",
    "head": "1F3864",
    "theme": "DDEBF7",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def fill(name):
    return PatternFill("solid", start_color=FILL[name], end_color=FILL[name])


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Trafford Council - Ofsted monitoring visit action plan (xlsx)
# ---------------------------------------------------------------------------
TRAFFORD_TITLE = "Trafford Council Children's Services: Ofsted Monitoring Visit Action Plan"
TRAFFORD = [
    {
        "theme": "Ambition 1: Leaders and managers at every level understand and influence practice to be consistently good",
        "findings": [
            {
                "text": "Audit activity is significant, but the quality of auditing is variable and audit actions are not always followed up in a timely way.",
                "actions": [
                    dict(ref="1.1",
                         action="Revise the quality assurance framework so that every practice audit includes a conversation with the family and the allocated practitioner.",
                         lead_cell="Head of Safeguarding & Quality Assurance",
                         lead=["Head of Safeguarding & Quality Assurance"],
                         orig=(d(2022, 9, 30), "dd/mm/yyyy"), rev=None,
                         prev="G", cur="blue",
                         update="Revised QA framework signed off by DMT 14/09/22. Family feedback now captured in 62% of audits.",
                         end="2022-09", status="blue"),
                    dict(ref="1.2",
                         action="Introduce a monthly audit action tracker, reviewed at Performance Clinic, so that actions arising from audits are completed within 20 working days.",
                         lead_cell="Head of Safeguarding & Quality Assurance / Performance & Intelligence Manager",
                         lead=["Head of Safeguarding & Quality Assurance", "Performance & Intelligence Manager"],
                         orig=(d(2022, 8, 31), "dd/mm/yyyy"), rev=(d(2022, 10, 31), "dd/mm/yyyy"),
                         prev="A", cur="green",
                         update="Tracker live from September. 71% of September audit actions completed within timescale.",
                         end="2022-10", status="green"),
                ],
            },
            {
                "text": "Supervision is regular, but its quality is inconsistent and it does not always provide reflection or clear direction for children's plans.",
                "actions": [
                    dict(ref="1.3",
                         action="Deliver supervision training for all team managers and advanced practitioners, using the Trafford practice model.",
                         lead_cell="Principal Social Worker",
                         lead=["Principal Social Worker"],
                         orig=(d(2022, 9, 1), "mmm-yy"), rev=(d(2022, 11, 1), "mmm-yy"),
                         prev="A", cur="amber",
                         update="Two of three cohorts trained. Final cohort rescheduled to November due to trainer sickness.",
                         end="2022-11", status="amber"),
                    dict(ref="1.4",
                         action="Dip-sample 10% of supervision records each quarter and report the findings to the Practice Improvement Group.",
                         lead_cell="Service Manager (Quality Assurance)",
                         lead=["Service Manager (Quality Assurance)"],
                         orig=("Quarterly", None), rev=None,
                         prev="G", cur="green",
                         update="Q2 dip sample completed: 58% of records good or better (Q1: 41%).",
                         end=None, end_text="Quarterly", status="green"),
                ],
            },
        ],
    },
    {
        "theme": "Ambition 3: Quality of Practice is consistently good across the service so that it makes a difference to our children and families",
        "findings": [
            {
                "text": "Assessments for children in need are not consistently analytical and do not always take account of the child's history.",
                "actions": [
                    dict(ref="3.1",
                         action="Embed the Child Impact Chronology in all child in need assessments and check its use through the monthly audit programme.",
                         lead_cell="Head of Service (CIN/CP)",
                         lead=["Head of Service (CIN/CP)"],
                         orig=(d(2022, 12, 31), "dd/mm/yyyy"), rev=None,
                         prev="G", cur="green",
                         update="Chronology compliance 84% at end of September (target 90%).",
                         end="2022-12", status="green"),
                    dict(ref="3.2",
                         action="Run practice workshops on analysis and risk for social workers in the children in need teams, led by advanced practitioners.",
                         lead_cell="Principal Social Worker; Advanced Practitioners",
                         lead=["Principal Social Worker", "Advanced Practitioners"],
                         orig=(d(2022, 10, 31), "dd/mm/yyyy"), rev=None,
                         prev="G", cur="blue",
                         update="Six workshops delivered; 48 practitioners attended.",
                         end="2022-10", status="blue"),
                    dict(ref="3.3",
                         action="Review all child in need cases open for longer than 12 months to make sure plans are progressing and that step-down or escalation decisions are timely.",
                         lead_cell="SM CIN North / SM CIN South",
                         lead=["SM CIN North", "SM CIN South"],
                         orig=(d(2022, 11, 30), "dd/mm/yyyy"), rev=(d(2023, 1, 31), "dd/mm/yyyy"),
                         prev="A", cur="red",
                         update="214 cases identified and 96 reviewed. Capacity issues in the South locality; agency team commissioned to complete the review by January.",
                         end="2023-01", status="red"),
                ],
            },
            {
                "text": "Child in need plans are too broad and lack clear timescales, so progress for children is not measured.",
                "actions": [
                    dict(ref="3.4",
                         action="Relaunch the SMART planning template in Liquidlogic and issue guidance for practitioners and child in need review chairs.",
                         lead_cell="Head of Service (CIN/CP)",
                         lead=["Head of Service (CIN/CP)"],
                         orig=(d(2022, 9, 1), "mmm-yy"), rev=None,
                         prev="G", cur="blue",
                         update="Template live from 05/09/22; guidance published in the online procedures manual.",
                         end="2022-09", status="blue"),
                    dict(ref="3.5",
                         action="Introduce independent chairing of child in need reviews for children who have been on a plan for more than six months.",
                         lead_cell="Head of Safeguarding & Quality Assurance",
                         lead=["Head of Safeguarding & Quality Assurance"],
                         orig=(d(2023, 1, 1), "mmm-yy"), rev=None,
                         prev=None, cur=None,
                         update="Scoping paper to DMT in November. Planned start January 2023.",
                         end="2023-01", status="unrated"),
                ],
            },
        ],
    },
]


def build_trafford(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = TRAFFORD_TITLE
    ws["A1"].font = Font(bold=True, size=14, color=FILL["head"])
    ws["A2"] = "Fourth monitoring visit, 24 and 25 May 2022: children in need and children subject to a child protection plan"
    ws["A2"].font = Font(italic=True)
    ws["A4"] = "Document control"
    ws["A4"].font = Font(bold=True)
    rows = [
        ("Version", "1.3"),
        ("Owner", "Corporate Director of Children's Services"),
        ("Reported to", "Children's Services Improvement Board"),
        ("Date of last update", d(2022, 10, 18)),
        ("Next review", d(2022, 12, 13)),
    ]
    for i, (k, v) in enumerate(rows, start=5):
        ws.cell(i, 1, k).font = Font(bold=True)
        c = ws.cell(i, 2, v)
        if isinstance(v, dt.datetime):
            c.number_format = "dd/mm/yyyy"
        ws.cell(i, 1).border = BOX
        c.border = BOX
    ws["A11"] = "RAG key"
    ws["A11"].font = Font(bold=True)
    key = [
        ("Blue", "Action complete and impact evidenced", "blue"),
        ("Green", "On track to deliver by target date", "green"),
        ("Amber", "At risk of slippage - mitigation in place", "amber"),
        ("Red", "Off track - escalated to Improvement Board", "red"),
    ]
    for i, (k, v, col) in enumerate(key, start=12):
        ws.cell(i, 1, k).fill = fill(col)
        ws.cell(i, 2, v)
    ws["A17"] = "The current RAG rating on the Action Plan sheet is shown by colour only."
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 60

    ws = wb.create_sheet("Action Plan")
    ws.merge_cells("A1:I1")
    ws["A1"] = "Ofsted Monitoring Visit 4 - Action Plan (updated October 2022)"
    ws["A1"].font = Font(bold=True, size=13)
    heads = ["Ref", "What Ofsted found", "Action", "Lead", "Original target",
             "Revised target", "Previous RAG (Jul-22)", "Current RAG (Oct-22)",
             "Progress update"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(3, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("head")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    r = 4
    for theme in TRAFFORD:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        c = ws.cell(r, 1, theme["theme"])
        c.font = Font(bold=True)
        c.fill = fill("theme")
        r += 1
        for f in theme["findings"]:
            first = r
            for a in f["actions"]:
                ws.cell(r, 1, a["ref"])
                ws.cell(r, 3, a["action"])
                ws.cell(r, 4, a["lead_cell"])
                v, fmt = a["orig"]
                c = ws.cell(r, 5, v)
                if fmt:
                    c.number_format = fmt
                if a["rev"]:
                    v, fmt = a["rev"]
                    c = ws.cell(r, 6, v)
                    c.number_format = fmt
                if a["prev"]:
                    ws.cell(r, 7, a["prev"]).alignment = Alignment(horizontal="center")
                if a["cur"]:
                    ws.cell(r, 8).fill = fill(a["cur"])
                ws.cell(r, 9, a["update"])
                for j in range(1, 10):
                    ws.cell(r, j).border = BOX
                    if j != 7:
                        ws.cell(r, j).alignment = Alignment(wrap_text=True, vertical="top")
                r += 1
            ws.cell(first, 2, f["text"])
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
            ws.cell(first, 2).alignment = Alignment(wrap_text=True, vertical="top")
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    ws.cell(r, 1, "Notes: Original target dates are those agreed with the DfE Improvement Adviser in July 2022. "
                  "Revised dates require Improvement Board approval.").font = Font(italic=True)
    for col, w in zip("ABCDEFGHI", (6, 40, 50, 28, 12, 12, 11, 11, 45)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A4"

    ws = wb.create_sheet("RAG Summary")
    ws["A1"] = "RAG summary - October 2022"
    ws["A1"].font = Font(bold=True)
    counts = {}
    for t in TRAFFORD:
        for f in t["findings"]:
            for a in f["actions"]:
                counts[a["status"]] = counts.get(a["status"], 0) + 1
    ws.append([])
    ws.append(["Current RAG", "Number of actions"])
    for name, label in (("blue", "Blue"), ("green", "Green"), ("amber", "Amber"),
                        ("red", "Red"), ("unrated", "Not yet rated")):
        ws.append([label, counts.get(name, 0)])
    ws.append(["Total", sum(counts.values())])
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. South Gloucestershire local area SEND accelerated progress plan (docx)
# ---------------------------------------------------------------------------
SGLOS_TITLE = "South Gloucestershire Local Area SEND Accelerated Progress Plan"
SGLOS = [
    {
        "heading": "Area of weakness 1: The timeliness and quality of education, health and care (EHC) plans",
        "found": "What the revisit found: too many EHC needs assessments were completed outside the 20-week timescale and the "
                 "quality of new plans was variable, with health and social care advice often missing or generic.",
        "actions": [
            dict(ref="1.1",
                 action="Clear the backlog of EHC needs assessments over 20 weeks through the EHC Recovery Plan, with weekly reporting to the SEND Improvement Board.",
                 lead_cell="Head of SEND Services", lead=["Head of SEND Services"],
                 when="February 2022",
                 progress="Backlog cleared in January 2022. 20-week timeliness 58% (February to May 2022), up from 9%.",
                 rag="Complete", end="2022-02", status="blue"),
            dict(ref="1.2",
                 action="Introduce multi-agency quality assurance of new EHC plans, with education, health and social care auditing a monthly sample together.",
                 lead_cell="Head of SEND Services / Designated Clinical Officer",
                 lead=["Head of SEND Services", "Designated Clinical Officer"],
                 when="Autumn term 2022",
                 progress="Monthly multi-agency QA panel running since October 2021. 64% of audited plans rated good or better; target 70% by December.",
                 rag="Green", end="2022-12", end_text="Autumn term 2022", status="green"),
            dict(ref="1.3",
                 action=["Provide training for health and social care practitioners on writing outcomes-focused advice for EHC needs assessments.",
                         "Training to be repeated termly for new starters."],
                 lead_cell="Designated Clinical Officer; Principal Social Worker",
                 lead=["Designated Clinical Officer", "Principal Social Worker"],
                 when="Summer term 2022",
                 progress="Four sessions delivered to 87 practitioners. Social care advice returned within six weeks in 71% of cases.",
                 rag="Amber", end="2022-07", end_text="Summer term 2022", status="amber"),
        ],
    },
    {
        "heading": "Area of weakness 2: Co-production with parents and carers",
        "found": "What the revisit found: parents and carers did not feel listened to and co-production was not embedded in the "
                 "local area's strategic planning.",
        "actions": [
            dict(ref="2.1",
                 action="Agree a co-production charter with South Gloucestershire Parents and Carers (SGPC) and publish it on the Local Offer.",
                 lead_cell="Assistant Director (Education, Learning and Skills)",
                 lead=["Assistant Director (Education, Learning and Skills)"],
                 when="January 2022",
                 progress="Charter agreed with SGPC and launched at the SEND conference on 20 January 2022.",
                 rag="Complete", end="2022-01", status="blue"),
            dict(ref="2.2",
                 action="Hold termly 'You said, we did' events with families and report what has changed to the SEND Improvement Board.",
                 lead_cell="SEND Participation Lead", lead=["SEND Participation Lead"],
                 when="Termly",
                 progress="Events held in November 2021, March 2022 and June 2022.",
                 rag="Green", end=None, end_text="Termly", status="green"),
        ],
    },
    {
        "heading": "Area of weakness 3: Outcomes for children and young people with SEND, including exclusions and absence",
        "found": "What the revisit found: rates of fixed-term exclusion and persistent absence for pupils with SEND remained "
                 "higher than national averages.",
        "actions": [
            dict(ref="3.1",
                 action="Target support from the Inclusion Team at the 12 secondary schools with the highest rates of fixed-term exclusion for pupils with SEND.",
                 lead_cell="Head of Inclusion", lead=["Head of Inclusion"],
                 when="31/07/2022",
                 progress="Fixed-term exclusions for pupils on SEN support down 14% on the same period last year.",
                 rag="Green", end="2022-07", status="green"),
            dict(ref="3.2",
                 action="Introduce a SEND attendance protocol between schools, the Education Welfare Service and the SEND casework team.",
                 lead_cell="Head of Inclusion & Education Welfare Manager",
                 lead=["Head of Inclusion", "Education Welfare Manager"],
                 when="March 2022 (revised: September 2022)",
                 progress="Protocol drafted. Consultation with headteachers extended so that SGPC can contribute.",
                 rag="Amber", end="2022-09", status="amber"),
            dict(ref="3.3",
                 action="Develop a post-16 pathways guide and introduce preparing-for-adulthood reviews from Year 9 for all young people with an EHC plan.",
                 lead_cell="Preparing for Adulthood Lead", lead=["Preparing for Adulthood Lead"],
                 when="End of March 2023",
                 progress="Due to start in September 2022.",
                 rag="", end="2023-03", status="unrated"),
        ],
    },
]


def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None, colour=None):
    """Write text (a string, or a list of paragraphs) into a docx table cell."""
    paras = text if isinstance(text, list) else [text]
    cell.text = ""
    for i, ptxt in enumerate(paras):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        run = p.add_run(ptxt)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if colour:
            run.font.color.rgb = RGBColor.from_string(colour)


def build_sglos(path):
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(SGLOS_TITLE, level=0)
    doc.add_paragraph(
        "Annex A: Accelerated Progress Plan (APP) for a Local Area following the judgement by Ofsted/Care Quality "
        "Commission that sufficient progress had not been made against the weaknesses outlined by the Inspection")
    info = [
        ("Name of the Local Area", "South Gloucestershire"),
        ("Date of Revisit", "1st - 3rd March 2021"),
        ("Date of Publication of the revisit report", "20th April 2021"),
        ("Accountable Officers from the LA and CCG",
         "Director of Children, Adults and Health (South Gloucestershire Council) and Director of Nursing and Quality (BNSSG CCG)"),
        ("SEND and NHS England Advisers", "Jane Holloway and Dr Mark Ainsworth"),
        ("Version", "Version 5 - updated for the 12 month progress review, June 2022"),
    ]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in info:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        shade(row[0], "D9E2F3")
        set_cell(row[1], v)
    doc.add_paragraph()
    doc.add_heading("Governance and accountability", level=2)
    doc.add_paragraph(
        "Progress against this plan is reported monthly to the SEND Improvement Board, chaired by the Chief Executive, "
        "and every six months to the Department for Education and NHS England at the formal progress review. "
        "South Gloucestershire Parents and Carers (SGPC) sit on the Board and co-chair the co-production workstream.")
    doc.add_paragraph("RAG rating key")
    kt = doc.add_table(rows=0, cols=2)
    kt.style = "Table Grid"
    for word, meaning, col in (("Complete", "Action completed and evidence of impact seen", "5B9BD5"),
                               ("Green", "On track", "00B050"),
                               ("Amber", "Some progress, but risk to timescale", "FFC000"),
                               ("Red", "Not on track", "FF0000")):
        row = kt.add_row().cells
        set_cell(row[0], word, bold=True)
        shade(row[0], col)
        set_cell(row[1], meaning)
    for area in SGLOS:
        doc.add_heading(area["heading"], level=1)
        doc.add_paragraph(area["found"])
        tbl = doc.add_table(rows=1, cols=6)
        tbl.style = "Table Grid"
        for c, h in zip(tbl.rows[0].cells, ["Ref", "Action", "Lead", "Timescale", "Progress at June 2022", "RAG"]):
            set_cell(c, h, bold=True, colour="FFFFFF")
            shade(c, "1F3864")
        for a in area["actions"]:
            cells = tbl.add_row().cells
            set_cell(cells[0], a["ref"])
            set_cell(cells[1], a["action"])
            set_cell(cells[2], a["lead_cell"])
            set_cell(cells[3], a["when"])
            set_cell(cells[4], a["progress"])
            set_cell(cells[5], a["rag"])
            if a["rag"]:
                shade(cells[5], {"Complete": "5B9BD5", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}[a["rag"]])
        doc.add_paragraph()
    doc.add_heading("Impact measures", level=1)
    mt = doc.add_table(rows=1, cols=4)
    mt.style = "Table Grid"
    for c, h in zip(mt.rows[0].cells, ["Measure", "Baseline (March 2021)", "12 month target", "Position (May 2022)"]):
        set_cell(c, h, bold=True)
    for m in (("New EHC plans issued within 20 weeks", "9%", "60%", "58%"),
              ("Audited EHC plans rated good or better", "31%", "70%", "64%"),
              ("Fixed-term exclusions, pupils on SEN support (per 100 pupils)", "11.2", "9.0", "9.6"),
              ("Parents who feel listened to (SGPC survey)", "28%", "50%", "46%")):
        cells = mt.add_row().cells
        for c, v in zip(cells, m):
            set_cell(c, v)
    doc.add_paragraph()
    st = doc.add_table(rows=2, cols=2)
    st.style = "Table Grid"
    set_cell(st.cell(0, 0), "Signed on behalf of South Gloucestershire Council", bold=True)
    set_cell(st.cell(0, 1), "Signed on behalf of BNSSG Clinical Commissioning Group", bold=True)
    set_cell(st.cell(1, 0), "Director of Children, Adults and Health")
    set_cell(st.cell(1, 1), "Director of Nursing and Quality")
    doc.save(path)


# ---------------------------------------------------------------------------
# 3. Lewisham Council - fostering service improvement plan (xlsx, refuse)
# ---------------------------------------------------------------------------
LEWISHAM_TITLE = "London Borough of Lewisham - Fostering Service Improvement Plan 2024/25"
LEWISHAM = [
    ("Objective 1: Increase the number of Lewisham foster carers", [
        ("1.1", "Launch a refreshed recruitment campaign aimed at carers for teenagers and sibling groups, with monthly information events.",
         "Fostering Recruitment Manager", "September 2024",
         "Campaign launched 2 September; 41 enquiries in the first six weeks.", "Green"),
        ("1.2", "Reduce the time from initial enquiry to fostering panel to an average of six months by streamlining Form F assessments.",
         "Assessment Team Manager", "March 2025",
         "Average currently 7.4 months. Two additional assessing social workers started in October.", "Amber"),
        ("1.3", "Run joint marketing with neighbouring boroughs through the South London fostering recruitment partnership.",
         "Fostering Recruitment Manager", "Ongoing",
         "Joint advert on local radio in October.", "Green"),
    ]),
    ("Objective 2: Improve support for foster carers so that they stay with us", [
        ("2.1", "Introduce a foster carer peer mentoring scheme, with every newly approved household matched to an experienced carer.",
         "Supervising Social Work Team Manager", "January 2025",
         "Eight mentors recruited and trained.", "Green"),
        ("2.2", "Review the foster carer handbook and the delegated authority guidance with the Lewisham Foster Carers' Association.",
         "Head of Fostering and Adoption Support", "Novmber 2024",
         "Draft handbook shared with the Association for comment.", "Amber"),
        ("2.3", "Increase the fee for carers who look after children with complex needs, in line with the 2024/25 budget decision.",
         "Head of Fostering and Adoption Support", "31/03/2025",
         "Proposal agreed at Mayor and Cabinet.", "Green"),
    ]),
    ("Objective 3: Strengthen the quality of practice and fostering panel", [
        ("3.1", "Audit 20 foster carer annual reviews and act on the findings.",
         "Quality Assurance Manager", "December 2024",
         "Audit tool agreed; 9 reviews audited.", "Green"),
        ("3.2", "Recruit two new independent members to the fostering panel central list, including a care-experienced adult.",
         "Panel Adviser", "February 2025",
         "Advert closes 15 December.", ""),
    ]),
]
LEWISHAM_TYPO_ROW = None  # filled in by build_lewisham


def build_lewisham(path):
    global LEWISHAM_TYPO_ROW
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws.merge_cells("A1:F1")
    ws["A1"] = LEWISHAM_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:F2")
    ws["A2"] = "Reported to: Corporate Parenting Board. Plan owner: Head of Fostering and Adoption Support"
    ws.merge_cells("A3:F3")
    ws["A3"] = "Position as at: 30 November 2024"
    heads = ["No.", "Action", "Lead officer", "Target date", "Progress update", "RAG"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", start_color="7030A0", end_color="7030A0")
        c.border = BOX
    r = 6
    for objective, actions in LEWISHAM:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        c = ws.cell(r, 1, objective)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", start_color="E4DFEC", end_color="E4DFEC")
        r += 1
        for ref, action, lead, when, progress, rag in actions:
            for j, v in enumerate((ref, action, lead, when, progress, rag), start=1):
                c = ws.cell(r, j, v)
                c.border = BOX
                c.alignment = Alignment(wrap_text=True, vertical="top")
            if rag:
                ws.cell(r, 6).fill = fill(rag.lower())
            if when.startswith("Novmber"):
                LEWISHAM_TYPO_ROW = r
            r += 1
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    ws.cell(r, 1, "RAG: Green - on track; Amber - at risk; Red - off track; Blue - complete. "
                  "Blank - not yet started.").font = Font(italic=True)
    for col, w in zip("ABCDEF", (6, 60, 30, 14, 45, 8)):
        ws.column_dimensions[col].width = w
    wb.save(path)


# ---------------------------------------------------------------------------
# 4. Salford City Council - scrutiny recommendations tracker (tab-separated txt)
# ---------------------------------------------------------------------------
SALFORD_TITLE = "Scrutiny Recommendations Tracker 2023/24"
SALFORD = [
    ("Children's Services Scrutiny Panel", [
        dict(ref="CS-01", date="12/06/2023",
             action="That the Council publishes a clear guide for parents who choose elective home education, setting out the support available and the role of the EHE team.",
             response="Accepted", lead_cell="Head of Access and Inclusion", lead=["Head of Access and Inclusion"],
             when="30/09/2023", rag="B", update="Guide published on the Council website in September 2023.",
             end="2023-09", status="blue"),
        dict(ref="CS-02", date="12/06/2023",
             action="That the panel receives six-monthly data on children missing education, broken down by ward and by SEND status.",
             response="Accepted", lead_cell="Head of Access and Inclusion", lead=["Head of Access and Inclusion"],
             when="Six-monthly", rag="G", update="First report received November 2023; next due May 2024.",
             end=None, end_text="Six-monthly", status="green"),
        dict(ref="CS-03", date="09/10/2023",
             action="That the Lead Member for Children's Services writes to the Secretary of State about the shortage of educational psychologists and its impact on EHC assessment timescales.",
             response="Accepted", lead_cell="Lead Member for Children's Services / Strategic Director People",
             lead=["Lead Member for Children's Services", "Strategic Director People"],
             when="31/12/2023", rag="A", update="Letter drafted; awaiting sign-off following the change of Lead Member in December.",
             end="2023-12", status="amber"),
    ]),
    ("Health and Social Care Scrutiny Panel", [
        dict(ref="HSC-01", date="17/07/2023",
             action="That the Council and NHS Greater Manchester (Salford) review the discharge to assess pathway so that no resident waits more than seven days in hospital for a social care assessment.",
             response="Accepted in part", lead_cell="AD Adult Social Care & Director of Place-Based Care",
             lead=["AD Adult Social Care", "Director of Place-Based Care"],
             when="Q4 2023/24", rag="G", update="Joint review under way; average wait 5.8 days in December.",
             end="2024-03", end_text="Q4 2023/24", status="green"),
        dict(ref="HSC-02", date="17/07/2023",
             action="That a carers' assessment is offered to every unpaid carer identified at hospital discharge, and that uptake is reported to the panel.",
             response="Accepted", lead_cell="Carers Lead", lead=["Carers Lead"],
             when="31/03/2024", rag="A", update="Offer in place at Salford Royal; uptake data not yet available from the hospital discharge team.",
             end="2024-03", status="amber"),
        dict(ref="HSC-03", date="13/11/2023",
             action="That a task and finish group examines access to NHS dentistry for children in Salford.",
             response="Noted - for the panel to lead", lead_cell="Scrutiny Support Officer", lead=["Scrutiny Support Officer"],
             when="April 2024", rag="", update="Terms of reference agreed; first meeting 12 March 2024.",
             end="2024-04", status="unrated"),
    ]),
    ("Growth and Prosperity Scrutiny Panel", [
        dict(ref="GP-01", date="25/09/2023",
             action="That the Council includes a social value target of at least 10% in all regeneration contracts above £1m.",
             response="Accepted", lead_cell="Head of Procurement", lead=["Head of Procurement"],
             when="31/10/2023", rag="B", update="Included in the revised Social Value Policy approved by Procurement Board in October 2023.",
             end="2023-10", status="blue"),
        dict(ref="GP-02", date="25/09/2023",
             action="That the panel is updated every six months on the delivery of the Salford Crescent masterplan.",
             response="Accepted", lead_cell="Strategic Director Place", lead=["Strategic Director Place"],
             when="Ongoing", rag="G", update="Update scheduled for the March 2024 panel.",
             end=None, end_text="Ongoing", status="green"),
        dict(ref="GP-03", date="27/11/2023",
             action="That the Council reviews the business rates relief scheme for independent retailers in district centres before the 2024/25 budget is set.",
             response="Accepted", lead_cell="Head of Revenues and Benefits", lead=["Head of Revenues and Benefits"],
             when="End of February 2024", rag="R", update="Review delayed by budget pressures; to be reported to Budget Scrutiny on 7 February.",
             end="2024-02", status="red"),
    ]),
]


def build_salford(path):
    lines = [
        "Salford City Council",
        SALFORD_TITLE,
        "Position as at 31 January 2024 - report to Overview and Scrutiny Board, 19 February 2024",
        "",
        "\t".join(["Ref", "Date agreed", "Recommendation", "Executive response", "Lead officer",
                   "Target date", "RAG", "Update"]),
    ]
    counts = {}
    for panel, recs in SALFORD:
        lines.append(panel)
        for a in recs:
            lines.append("\t".join([a["ref"], a["date"], a["action"], a["response"], a["lead_cell"],
                                    a["when"], a["rag"], a["update"]]))
            counts[a["rag"] or "-"] = counts.get(a["rag"] or "-", 0) + 1
    n = sum(counts.values())
    lines += [
        "",
        f"Summary: {n} recommendations - Complete {counts.get('B', 0)}, Green {counts.get('G', 0)}, "
        f"Amber {counts.get('A', 0)}, Red {counts.get('R', 0)}, Not yet rated {counts.get('-', 0)}",
        "Key: B = complete; G = on track; A = some slippage; R = not progressing, referred back to the panel; "
        "blank = not yet rated",
    ]
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------
# 5. Pembrokeshire County Council - CIW improvement check action plan (docx)
# ---------------------------------------------------------------------------
PEMBS_TITLE = "Children's Services: Care Inspectorate Wales Improvement Check - Action Plan"
PEMBS = [
    ("1. People - voice and choice",
     "The voice of the child is not consistently evident in assessments and care and support plans.",
     [
         dict(ref="1.1", action="Revise the assessment template in WCCIS so that the child's own words are recorded in a dedicated section.",
              lead_cell="Quality Assurance Principal Officer", lead=["Quality Assurance Principal Officer"],
              when="June 2024", progress="New template live from 3 June 2024.", rag="Complete",
              end="2024-06", status="blue"),
         dict(ref="1.2", action="Commission Tros Gynnal Plant to offer independent advocacy to every child at an initial child protection conference.",
              lead_cell="Commissioning Manager (Children)", lead=["Commissioning Manager (Children)"],
              when="Q3 2024/25", progress="Active offer take-up 78% in Q2, up from 51%.", rag="Green",
              end="2024-12", end_text="Q3 2024/25", status="green"),
     ]),
    ("2. Prevention",
     "The early help offer is not well understood by partners and step-down from statutory services is not always timely.",
     [
         dict(ref="2.1", action="Publish a multi-agency early help and step-down guide and deliver briefings to schools, health visitors and the police.",
              lead_cell="Early Help Service Manager", lead=["Early Help Service Manager"],
              when="September 2024", progress="Guide published; 14 briefings delivered.", rag="Complete",
              end="2024-09", status="blue"),
         dict(ref="2.2", action="Introduce a weekly step-down panel chaired by the Team Around the Family manager.",
              lead_cell="Team Around the Family Manager", lead=["Team Around the Family Manager"],
              when="31/07/2024", progress="Panel running; average time to step down reduced from 19 to 11 days.", rag="Complete",
              end="2024-07", status="blue"),
     ]),
    ("3. Partnerships",
     "Strategy discussions do not always include health and education, and their outcomes are not consistently recorded.",
     [
         dict(ref="3.1", action="Agree a protocol with Hywel Dda University Health Board and Dyfed-Powys Police for attendance at strategy discussions.",
              lead_cell="Head of Children's Services / Head of Safeguarding (Hywel Dda UHB)",
              lead=["Head of Children's Services", "Head of Safeguarding (Hywel Dda UHB)"],
              when="December 2024", progress="Draft protocol agreed by the regional safeguarding board sub-group; sign-off expected in November.",
              rag="Amber", end="2024-12", status="amber"),
         dict(ref="3.2", action="Audit a sample of 20 strategy discussions each quarter and report the findings to the Local Operational Safeguarding Group.",
              lead_cell="Quality Assurance Principal Officer", lead=["Quality Assurance Principal Officer"],
              when="Quarterly", progress="Q1 and Q2 audits complete; education attended 55% of the discussions sampled.", rag="Green",
              end=None, end_text="Quarterly", status="green"),
     ]),
    ("4. Well-being",
     "Sufficiency of placements close to home remains a significant challenge and too many children live outside Pembrokeshire.",
     [
         dict(ref="4.1", action="Open two small group homes in the county as part of the Welsh Government's programme to eliminate profit from children's care.",
              lead_cell="Head of Children's Services; Commissioning Manager (Children)",
              lead=["Head of Children's Services", "Commissioning Manager (Children)"],
              when="March 2025 (revised: September 2025)",
              progress="First property purchased and registration application submitted to CIW. Second property delayed by planning.",
              rag="Amber", end="2025-09", status="amber"),
         dict(ref="4.2", action="Increase the number of Foster Wales Pembrokeshire carers by 10 households through targeted recruitment.",
              lead_cell="Fostering Team Manager", lead=["Fostering Team Manager"],
              when="31 March 2025", progress="Net gain of 3 households to date.", rag="Red",
              end="2025-03", status="red"),
         dict(ref="4.3", action=["Ensure every child placed out of county is visited by their social worker at least every six weeks.",
                                 "Compliance to be reported monthly to the Director."],
              lead_cell="Looked After Children Service Manager", lead=["Looked After Children Service Manager"],
              when="Ongoing", progress="Compliance 92% in September 2024.", rag="Green",
              end=None, end_text="Ongoing", status="green"),
     ]),
]


def build_pembs(path):
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run("Pembrokeshire County Council | Cyngor Sir Penfro")
    run.bold = True
    run.font.size = Pt(12)
    doc.add_heading(PEMBS_TITLE, level=0)
    doc.add_paragraph("Improvement check visit: 22 - 25 January 2024. Letter published: 28 March 2024.")
    doc.add_heading("Document control", level=2)
    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in (("Version", "2.0"), ("Author", "Head of Children's Services"),
                 ("Approved by", "Director of Social Care and Housing"),
                 ("Reported to", "Social Care Overview and Scrutiny Committee"),
                 ("Last updated", "14 October 2024")):
        cells = dc.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)
    doc.add_paragraph()
    doc.add_paragraph(
        "CIW's letter sets out its findings against the four principles of the Social Services and Well-being (Wales) "
        "Act 2014. The areas for improvement are listed under each principle, with the actions we are taking.")
    doc.add_heading("RAG status", level=2)
    kt = doc.add_table(rows=1, cols=4)
    kt.style = "Table Grid"
    for c, (word, col) in zip(kt.rows[0].cells, (("Complete", "5B9BD5"), ("Green - on track", "00B050"),
                                                  ("Amber - some delay", "FFC000"), ("Red - off track", "FF0000"))):
        set_cell(c, word, bold=True)
        shade(c, col)
    for heading, afi, actions in PEMBS:
        doc.add_heading(heading, level=1)
        tbl = doc.add_table(rows=1, cols=6)
        tbl.style = "Table Grid"
        for c, h in zip(tbl.rows[0].cells, ["Ref", "Action", "Responsible officer", "Timescale",
                                            "Progress (October 2024)", "RAG"]):
            set_cell(c, h, bold=True, colour="FFFFFF")
            shade(c, "00543C")
        arow = tbl.add_row().cells
        merged = arow[0].merge(arow[5])
        set_cell(merged, afi, bold=True)
        shade(merged, "E2EFDA")
        for a in actions:
            cells = tbl.add_row().cells
            set_cell(cells[0], a["ref"])
            set_cell(cells[1], a["action"])
            set_cell(cells[2], a["lead_cell"])
            set_cell(cells[3], a["when"])
            set_cell(cells[4], a["progress"])
            set_cell(cells[5], a["rag"])
            shade(cells[5], {"Complete": "5B9BD5", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}[a["rag"]])
        doc.add_paragraph()
    doc.add_heading("Glossary", level=2)
    gt = doc.add_table(rows=0, cols=2)
    gt.style = "Table Grid"
    for k, v in (("CIW", "Care Inspectorate Wales"), ("WCCIS", "Welsh Community Care Information System"),
                 ("UHB", "University Health Board")):
        cells = gt.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. Rochdale Borough Council - fostering service development plan (xlsx)
# ---------------------------------------------------------------------------
ROCHDALE_TITLE = "Rochdale Borough Council - Fostering Service Development Plan 2024-25"
ROCHDALE = [
    ("Priority 1: Sufficiency - more children live with Rochdale foster carers close to home", [
        dict(ref="1a", action="Hold a monthly fostering information event in each township, with a stall at community events over the summer.",
             measure="More enquiries convert to applications (target 20%)",
             lead_cell="Recruitment and Marketing Officer", lead=["Recruitment and Marketing Officer"],
             when=("Monthly", None), q=["G", "G"], comment="23 events held; conversion 17%.",
             end=None, end_text="Monthly", status="green"),
        dict(ref="1b", action="Develop a specialist scheme for carers looking after teenagers at risk of exploitation.",
             measure="Scheme approved and 4 carers recruited",
             lead_cell="Fostering Service Manager", lead=["Fostering Service Manager"],
             when=(d(2024, 12, 1), "mmm-yy"), q=["A", "A"], comment="Scheme designed; enhanced fee agreed by Cabinet in October.",
             end="2024-12", status="amber"),
        dict(ref="1c", action="Review fostering allowances and fees against the North West regional benchmark.",
             measure="Revised fees in place from April 2025",
             lead_cell="Head of Service - Children in Care", lead=["Head of Service - Children in Care"],
             when=(d(2025, 1, 31), "dd/mm/yyyy"), q=["G", "B"], comment="Review complete and new structure approved.",
             end="2025-01", status="blue"),
    ]),
    ("Priority 2: Support - foster carers feel supported and stay with us", [
        dict(ref="2a", action="Introduce the Mockingbird family model with two constellations.",
             measure="Two hub homes operating",
             lead_cell="Fostering Team Manager (Support)", lead=["Fostering Team Manager (Support)"],
             when=(d(2025, 3, 1), "mmm-yy"), q=["G", "G"], comment="First hub home carer approved; satellite families being matched.",
             end="2025-03", status="green"),
        dict(ref="2b", action="Make sure every foster carer has a named supervising social worker and monthly supervision.",
             measure="100% supervision compliance",
             lead_cell="Fostering Team Manager (Support)", lead=["Fostering Team Manager (Support)"],
             when=("Ongoing", None), q=["A", "G"], comment="Compliance 97% in September.",
             end=None, end_text="Ongoing", status="green"),
        dict(ref="2c", action="Deliver the core training programme, including therapeutic parenting, with evening and weekend options.",
             measure="90% of carers complete core training",
             lead_cell="Learning and Development Officer / Fostering Team Manager (Support)",
             lead=["Learning and Development Officer", "Fostering Team Manager (Support)"],
             when=(d(2025, 6, 1), "mmm-yy"), q=["R", "A"], comment="Weekend sessions added from September; completion 71%.",
             end="2025-06", status="amber"),
    ]),
    ("Priority 3: Quality - assessments and panel are timely and of good quality", [
        dict(ref="3a", action="Complete Form F assessments within six months of application.",
             measure="Average assessment time six months or less",
             lead_cell="Fostering Team Manager (Assessment)", lead=["Fostering Team Manager (Assessment)"],
             when=(d(2024, 9, 1), "mmm-yy"), q=["A", "R"], comment="Average 8.2 months; two assessments paused awaiting medicals.",
             end="2024-09", status="red"),
        dict(ref="3b", action="Refresh the fostering panel central list and appoint an independent vice-chair.",
             measure="Panel quorate at every meeting",
             lead_cell="Panel Adviser", lead=["Panel Adviser"],
             when=(d(2024, 11, 1), "mmm-yy"), q=["", ""], comment="Advert to be placed in October.",
             end="2024-11", status="unrated"),
    ]),
]
QFILL = {"G": "green", "A": "amber", "R": "red", "B": "blue"}


def build_rochdale(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Introduction"
    ws["A1"] = ROCHDALE_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    intro = [
        "This plan sets out how the fostering service will improve during 2024-25. It responds to the Annual Fostering "
        "Report 2023-24 and to the sufficiency priorities in the Children in Care and Care Leavers Strategy.",
        "Progress is reported to the Corporate Parenting Board each quarter. RAG ratings are updated at the end of each "
        "quarter; columns for later quarters are left blank until the quarter ends.",
        "",
        "RAG key: B = complete; G = on track; A = some risk to delivery; R = not on track.",
    ]
    for i, t in enumerate(intro, start=3):
        ws.cell(i, 1, t).alignment = Alignment(wrap_text=True)
    ws.column_dimensions["A"].width = 110

    ws = wb.create_sheet("Development Plan")
    ws.merge_cells("A1:K1")
    ws["A1"] = ROCHDALE_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A2:K2")
    ws["A2"] = "Quarterly RAG for Corporate Parenting Board - Quarter 2 (July to September 2024)"
    heads = ["Priority", "Ref", "What we will do", "How we will know", "Who", "By when",
             "Q1 RAG", "Q2 RAG", "Q3 RAG", "Q4 RAG", "Comments"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", start_color="203864", end_color="203864")
        c.alignment = Alignment(wrap_text=True)
        c.border = BOX
    r = 5
    for prio, actions in ROCHDALE:
        first = r
        for a in actions:
            ws.cell(r, 2, a["ref"])
            ws.cell(r, 3, a["action"])
            ws.cell(r, 4, a["measure"])
            ws.cell(r, 5, a["lead_cell"])
            v, fmt = a["when"]
            c = ws.cell(r, 6, v)
            if fmt:
                c.number_format = fmt
            for k, q in enumerate(a["q"]):
                if q:
                    c = ws.cell(r, 7 + k, q)
                    c.fill = fill(QFILL[q])
                    c.alignment = Alignment(horizontal="center")
            ws.cell(r, 11, a["comment"])
            for j in range(1, 12):
                ws.cell(r, j).border = BOX
                if j < 7 or j == 11:
                    ws.cell(r, j).alignment = Alignment(wrap_text=True, vertical="top")
            r += 1
        ws.cell(first, 1, prio)
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(first, 1).alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(first, 1).font = Font(bold=True)
        ws.cell(first, 1).fill = PatternFill("solid", start_color="D9E1F2", end_color="D9E1F2")
    for col, w in zip("ABCDEFGHIJK", (30, 6, 50, 30, 28, 12, 8, 8, 8, 8, 40)):
        ws.column_dimensions[col].width = w

    ws = wb.create_sheet("Measures")
    ws.append(["Measure", "2023-24 outturn", "2024-25 target", "Q1", "Q2"])
    for row in (("Enquiries received", 212, 250, 61, 70),
                ("Households approved", 14, 20, 3, 5),
                ("Households de-registered", 17, 12, 4, 2),
                ("Children in care placed with in-house carers (%)", "38%", "45%", "39%", "40%")):
        ws.append(list(row))
    for c in ws[1]:
        c.font = Font(bold=True)
    ws.column_dimensions["A"].width = 50
    wb.save(path)


# ---------------------------------------------------------------------------
# 7. Thurrock Council - overview and scrutiny recommendations tracker (csv)
# ---------------------------------------------------------------------------
THURROCK_TITLE = "Thurrock Council - Overview and Scrutiny Recommendations Tracker 2024/25"
THURROCK = [
    dict(ref="1", committee="Children's Services Overview and Scrutiny Committee", date="10/09/2024",
         item="Home to School Transport Review",
         action="That the Council reviews the eligibility criteria for post-16 SEND transport and consults parents before any changes are made.",
         response="Agreed. Consultation to run alongside the 2025/26 transport policy review.",
         lead_cell="Assistant Director Education and Skills", lead=["Assistant Director Education and Skills"],
         when="31/03/2025", rag="Green", update="Consultation opened 6 January 2025 and closes 17 February.",
         end="2025-03", status="green"),
    dict(ref="2", committee="Children's Services Overview and Scrutiny Committee", date="10/09/2024",
         item="Home to School Transport Review",
         action="That independent travel training is offered to every eligible Year 11 student with an EHC plan.",
         response="Agreed", lead_cell="SEND Transport Manager", lead=["SEND Transport Manager"],
         when="Summer term 2025", rag="Amber", update="Provider procured; start delayed to May because of staffing.",
         end="2025-07", end_text="Summer term 2025", status="amber"),
    dict(ref="3", committee="Health and Wellbeing Overview and Scrutiny Committee", date="03/10/2024",
         item="GP Access in Thurrock",
         action="That the Integrated Care Board is asked to report back on the opening of the Tilbury and Chadwell Integrated Medical Centre.",
         response="Agreed - ICB invited to the March meeting", lead_cell="Director of Public Health", lead=["Director of Public Health"],
         when="06/03/2025", rag="Green", update="ICB has confirmed attendance on 6 March 2025.",
         end="2025-03", status="green"),
    dict(ref="4", committee="Health and Wellbeing Overview and Scrutiny Committee", date="03/10/2024",
         item="Adult Social Care Charging Policy",
         action="That the revised charging policy is accompanied by an easy-read guide for residents and carers.",
         response="Agreed", lead_cell="ASC Finance Strategic Lead", lead=["ASC Finance Strategic Lead"],
         when="30/11/2024", rag="Complete", update="Easy-read guide published November 2024.",
         end="2024-11", status="blue"),
    dict(ref="5", committee="Housing Overview and Scrutiny Committee", date="14/11/2024",
         item="Damp and Mould Update",
         action="That the Committee receives a quarterly update on damp and mould cases, including:\n- the number of open cases;\n- the average time to complete repairs.",
         response="Agreed", lead_cell="Head of Housing Repairs / Housing Performance Manager",
         lead=["Head of Housing Repairs", "Housing Performance Manager"],
         when="Quarterly", rag="Green", update="First update to the January 2025 Committee.",
         end=None, end_text="Quarterly", status="green"),
    dict(ref="6", committee="Housing Overview and Scrutiny Committee", date="14/11/2024",
         item="Tenant Satisfaction Measures",
         action="That the Council publishes a tenants' action plan responding to the 2023/24 Tenant Satisfaction Measures results.",
         response="Agreed", lead_cell="Assistant Director Housing", lead=["Assistant Director Housing"],
         when="December 2024", rag="Red",
         update="Draft action plan not yet approved.\nAwaiting the outcome of the Housing Ombudsman review.",
         end="2024-12", status="red"),
    dict(ref="7", committee="Corporate Overview and Scrutiny Committee", date="21/01/2025",
         item="Council Tax Support Scheme 2025/26",
         action="That the impact of the revised Council Tax Support scheme on working-age households is reviewed after six months.",
         response="Agreed", lead_cell="Head of Revenues and Benefits", lead=["Head of Revenues and Benefits"],
         when="October 2025", rag="Not started", update="",
         end="2025-10", status="unrated"),
    dict(ref="8", committee="Cleaner, Greener and Safer Overview and Scrutiny Committee", date="28/01/2025",
         item="Fly-tipping Enforcement",
         action="That the Council extends the use of mobile CCTV at fly-tipping hotspots identified by ward councillors.",
         response="Agreed, subject to budget", lead_cell="Environmental Enforcement Manager",
         lead=["Environmental Enforcement Manager"],
         when="By 31 March 2025", rag="Amber",
         update="Two additional cameras purchased; deployment plan being agreed with Essex Police.",
         end="2025-03", status="amber"),
]
THURROCK_HEAD = ["Rec No", "Committee", "Meeting Date", "Report / Item", "Recommendation",
                 "Cabinet Member / Officer Response", "Responsible Officer", "Target Date", "RAG",
                 "Progress Update"]


def build_thurrock(path):
    width = len(THURROCK_HEAD)
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerow([THURROCK_TITLE] + [""] * (width - 1))
        w.writerow(["Extracted 03/02/2025 from the Democratic Services tracker"] + [""] * (width - 1))
        w.writerow([""] * width)
        w.writerow(THURROCK_HEAD)
        for a in THURROCK:
            w.writerow([a["ref"], a["committee"], a["date"], a["item"], a["action"], a["response"],
                        a["lead_cell"], a["when"], a["rag"], a["update"]])


# ---------------------------------------------------------------------------
FILES = {
    "zby-trafford-council-ofsted-monitoring-visit-action-plan.xlsx": build_trafford,
    "zby-south-gloucestershire-local-area-send-accelerated-progress-plan.docx": build_sglos,
    "zby-lewisham-council-fostering-service-improvement-plan-typo-month-refuse.xlsx": build_lewisham,
    "zby-salford-city-council-scrutiny-recommendations-tracker.txt": build_salford,
    "zby-pembrokeshire-county-council-ciw-childrens-services-improvement-check-action-plan.docx": build_pembs,
    "zby-rochdale-borough-council-fostering-service-development-plan.xlsx": build_rochdale,
    "zby-thurrock-council-overview-and-scrutiny-recommendations-tracker.csv": build_thurrock,
}


def main():
    for name, builder in FILES.items():
        builder(os.path.join(HERE, name))
        print("wrote", name)
    print("Lewisham typo row:", LEWISHAM_TYPO_ROW)


if __name__ == "__main__":
    main()
