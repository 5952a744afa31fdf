"""Build the seven ei1- blind test files (set heldout173).

Run with a Python that has openpyxl and python-docx:
    python ei1_make.py
Files are written beside this script.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def d(y, m, day):
    return dt.datetime(y, m, day)


# --------------------------------------------------------------------------
# 1. Rotherham MBC - post-ILACS improvement plan (xlsx, cover + plan + key)
# --------------------------------------------------------------------------
ROTHERHAM_TITLE = "Post-ILACS Improvement Plan 2023–25"
ROTHERHAM_PLAN = [
    ("Recommendation 1: The consistency and quality of management oversight and supervision of social work practice.", [
        ("1.1", "Refresh the supervision policy and recording template so that reflective discussion, the child’s lived experience and clear actions with timescales are evident on every child’s record.",
         "Principal Social Worker", d(2023, 9, 30), None,
         "Policy and template launched 2 October 2023. Compliance audit in March 2024 found 87% of supervision records met the standard.",
         "Supervision audit March 2024", "G", "B"),
        ("1.2", "Deliver a management oversight development programme for all team managers and assistant team managers, including practice observations and audit moderation.",
         "Head of Service, Workforce Development / Principal Social Worker", d(2023, 12, 31), d(2024, 3, 31),
         "Cohort 2 delayed by Christmas sickness absence; all 38 managers completed the programme by 22 March 2024.",
         "Programme evaluation", "A", "B"),
        ("1.3", "Strengthen line of sight on practice through:\n• monthly performance clinics chaired by Heads of Service\n• quarterly thematic audits of children whose plans have drifted",
         "Assistant Director, Children’s Social Care", "Q4 2023/24", d(2024, 9, 30),
         "Performance clinics in place since January 2024. First thematic audit (children on CIN plans over 9 months) reported in May 2024; second audit scheduled for August 2024.",
         "", "G", "G"),
    ]),
    ("Recommendation 2: The timeliness and quality of assessments and plans for children in need and those subject to child protection plans.", [
        ("2.1", "Review the assessment framework and single assessment template with practitioners, so that assessments are proportionate and analysis is clearly recorded.",
         "Head of Service, Locality Social Work", d(2023, 10, 31), None,
         "Revised template live in Liquidlogic from 1 November 2023.",
         "Audit grading of assessments: 64% good or better (Q4), up from 48%", "G", "B"),
        ("2.2", "Implement a tracker for child protection plans over 12 months and repeat plans, reviewed fortnightly by Child Protection Chairs and Service Managers.",
         "Head of Safeguarding and Quality Assurance", d(2023, 11, 30), d(2024, 7, 31),
         "Tracker built; fortnightly reviews not yet consistent in two localities because of Chair vacancies. Interim Chairs start July 2024.",
         "", "A", "A"),
        ("2.3", "Embed the multi-agency Signs of Safety practice framework in core groups, with partner agencies trained in the use of safety plans.",
         "Head of Service, Locality Social Work; Rotherham Safeguarding Children Partnership Business Manager", d(2024, 12, 31), None,
         "Partner training dates published; 212 practitioners trained so far.",
         "", "G", "G"),
    ]),
    ("Recommendation 3: The sufficiency of suitable local homes for children in care, including foster homes.", [
        ("3.1", "Launch the refreshed foster carer recruitment campaign and enhanced fee and allowance offer to increase the number of in-house foster homes.",
         "Head of Service, Fostering and Adoption", d(2023, 9, 30), d(2025, 3, 31),
         "Net gain of 3 fostering households against a target of 20. Campaign being re-procured; escalated to Improvement Board on 18 June 2024.",
         "Fostering dashboard", "A", "R"),
        ("3.2", "Open two further in-house children’s homes under the residential sufficiency programme.",
         "Head of Service, Residential and Commissioning", d(2025, 3, 31), None,
         "Property for first home purchased; Ofsted registration application submitted May 2024.",
         "", "G", "G"),
    ]),
    ("Recommendation 4: The quality of pathway plans and the support for care leavers to access suitable accommodation.", [
        ("4.1", "Audit all pathway plans for care leavers aged 18–21 and re-write plans that do not reflect the young person’s views and current circumstances.",
         "Service Manager (Leaving Care)", d(2024, 1, 31), d(2024, 4, 30),
         "All 186 pathway plans audited; 71 re-written with young people. Complete.",
         "Pathway plan audit report", "A", "B"),
        ("4.2", "Agree a joint housing protocol with Strategic Housing, including ring-fenced tenancies and a staying close offer for care leavers.",
         "Service Manager (Leaving Care) / Head of Housing Options", d(2024, 3, 31), d(2024, 10, 31),
         "Draft protocol agreed at officer level; awaiting Cabinet Member sign-off.",
         "", "R", "A"),
    ]),
]


def make_rotherham():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "Rotherham Metropolitan Borough Council"
    ws["A2"] = "Children and Young People’s Services"
    ws["A3"] = ROTHERHAM_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A3"].font = Font(bold=True, size=16)
    ws["A5"] = "Document control"
    ws["A5"].font = Font(bold=True)
    rows = [
        ("Version", "3.2"),
        ("Status", "Live – reported to the Children’s Improvement Board"),
        ("Plan owner", "Strategic Director, Children and Young People’s Services"),
        ("Last updated", "28 June 2024"),
        ("Next review", "September 2024"),
    ]
    for i, (k, v) in enumerate(rows, start=6):
        ws.cell(i, 1, k).font = Font(bold=True)
        ws.cell(i, 2, v)
        for c in (1, 2):
            ws.cell(i, c).border = BOX
    ws["A12"] = "Version history"
    ws["A12"].font = Font(bold=True)
    hist = [
        ("Version", "Date", "Summary of changes"),
        ("1.0", "14/07/2023", "Plan submitted to Ofsted"),
        ("2.0", "31/01/2024", "Q3 progress updates; revised dates agreed at Improvement Board"),
        ("3.2", "28/06/2024", "Q1 2024/25 progress updates"),
    ]
    for i, row in enumerate(hist, start=13):
        for j, v in enumerate(row, start=1):
            c = ws.cell(i, j, v)
            c.border = BOX
            if i == 13:
                c.font = Font(bold=True)
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 60
    ws.column_dimensions["C"].width = 60

    ws = wb.create_sheet("Improvement Plan")
    ws.merge_cells("A1:I1")
    ws["A1"] = ROTHERHAM_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:I2")
    ws["A2"] = ("Inspection of local authority children’s services, 27 February – 10 March 2023. "
                "Overall effectiveness: Requires improvement to be good.")
    ws.merge_cells("A3:I3")
    ws["A3"] = "Progress position at: June 2024 (Q1 2024/25)"
    heads = ["Ref", "Action", "Lead officer", "Original target date", "Revised target date",
             "Progress update", "Evidence of impact", "Previous RAG", "Current RAG"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BOX
    r = 6
    for rec, acts in ROTHERHAM_PLAN:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        c = ws.cell(r, 1, rec)
        c.font = Font(bold=True)
        c.fill = fill("D9E1F2")
        c.alignment = WRAP
        ws.row_dimensions[r].height = 30
        r += 1
        for ref, act, lead, orig, rev, prog, evid, prev, cur in acts:
            vals = [ref, act, lead, orig, rev, prog, evid or None, prev, cur]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(r, j, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            for j, v in ((8, prev), (9, cur)):
                ws.cell(r, j).fill = fill(FILL[v])
                ws.cell(r, j).alignment = Alignment(horizontal="center", vertical="top")
                if v in ("B", "R"):
                    ws.cell(r, j).font = Font(color="FFFFFF", bold=True)
                else:
                    ws.cell(r, j).font = Font(bold=True)
            r += 1
    r += 1
    ws.cell(r, 1, "RAG summary – Q1 2024/25").font = Font(bold=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    r += 1
    counts = {"B": 0, "G": 0, "A": 0, "R": 0}
    for _, acts in ROTHERHAM_PLAN:
        for a in acts:
            counts[a[-1]] += 1
    for label, key in (("Blue (complete)", "B"), ("Green (on track)", "G"),
                       ("Amber (some slippage)", "A"), ("Red (off track)", "R")):
        ws.cell(r, 2, label).fill = fill(FILL[key])
        ws.cell(r, 3, counts[key])
        r += 1
    ws.cell(r, 2, "Total actions").font = Font(bold=True)
    ws.cell(r, 3, sum(counts.values())).font = Font(bold=True)
    widths = [7, 55, 28, 14, 14, 50, 30, 10, 10]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + j)].width = w
    ws.freeze_panes = "A6"

    ws = wb.create_sheet("RAG Key")
    ws["A1"] = "RAG key"
    ws["A1"].font = Font(bold=True)
    key = [("B", "Blue – Action complete and evidence of impact agreed"),
           ("G", "Green – On track to be delivered by the target date"),
           ("A", "Amber – Some slippage; remedial action in place"),
           ("R", "Red – Off track; escalated to the Improvement Board")]
    for i, (k, txt) in enumerate(key, start=2):
        ws.cell(i, 1, k).fill = fill(FILL[k])
        ws.cell(i, 2, txt)
    ws.column_dimensions["B"].width = 60
    wb.save(os.path.join(HERE, "ei1-rotherham-ilacs-improvement-plan.xlsx"))


# --------------------------------------------------------------------------
# docx helpers
# --------------------------------------------------------------------------
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def bold_cell(cell, text):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


RAGWORD_FILL = {"Blue": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000",
                "Complete": "0070C0"}

# --------------------------------------------------------------------------
# 2. Solihull Local Area Partnership - SEND priority action plan (docx)
# --------------------------------------------------------------------------
SOLIHULL_TITLE = "Solihull Local Area Partnership – SEND Priority Action Plan"
SOLIHULL_AREAS = [
    ("Area for priority action 1: Leaders across education, health and care should improve the timeliness and quality of education, health and care (EHC) needs assessments and plans, so that children’s needs are identified and met without delay.", [
        ("1.1", "Recruit to the additional SEND Assessment Officer and Educational Psychologist posts agreed in the SEND investment case.",
         "Head of SEND Assessment and Review / Principal Educational Psychologist", "June 2024", "Blue"),
        ("1.2", "Introduce a weekly multi-agency EHC needs assessment panel with health and social care representation, so that advice is requested and returned within 6 weeks.",
         "Head of SEND Assessment and Review; Designated Clinical Officer (SEND)", "By 30 September 2024", "Green"),
        ("1.3", "Quality assure a sample of 10% of new EHC plans each month using the partnership audit tool, with findings reported to the SEND Improvement Board.",
         "SEND Quality Assurance Lead", "Monthly from July 2024", "Green"),
        ("1.4", "Clear the backlog of annual reviews awaiting amendment, prioritising children at points of transition.",
         "Head of SEND Assessment and Review", "Autumn term 2024", "Amber"),
    ]),
    ("Area for priority action 2: Leaders of the ICB and its commissioned providers should reduce the waiting times for neurodevelopmental assessment and speech and language therapy, and make sure that children and families are supported while they wait.", [
        ("2.1", "Commission additional neurodevelopmental assessment capacity through an independent provider to reduce the autism assessment waiting list.",
         "Head of Children’s Commissioning, BSol ICB", "December 2024", "Amber"),
        ("2.2", "Launch the ‘Waiting Well’ offer, including a single point of contact and a graduated support pack for families on the neurodevelopmental pathway.",
         "Designated Clinical Officer (SEND)\nSolihull Parent Carer Voice", "October 2024", "Green"),
        ("2.3", "Review the speech and language therapy service specification with Birmingham Community Healthcare NHS Foundation Trust and agree trajectories for reducing waits to 18 weeks.",
         "Head of Children’s Commissioning, BSol ICB", "31/03/2025", "Not started"),
    ]),
    ("Area for improvement 1: Leaders should improve the co-production of preparing for adulthood pathways with young people and their families.", [
        ("3.1", "Co-produce a preparing for adulthood charter with the Solihull Youth Forum and Solihull Parent Carer Voice.",
         "Preparing for Adulthood Lead", "Summer term 2025", "Green"),
        ("3.2", "Publish a revised transitions protocol between children’s and adults’ social care and health services for young people aged 14–25.",
         "Head of Service, Children with Disabilities; Head of Service, Adult Social Care", "January 2025", "Red"),
    ]),
]


def make_solihull():
    doc = Document()
    landscape(doc)
    doc.add_paragraph(SOLIHULL_TITLE, style="Title")
    doc.add_paragraph("Response to the area SEND inspection by Ofsted and the Care Quality Commission, 15–19 January 2024")
    doc.add_paragraph("Version 1.3 – progress update for the SEND Improvement Board, 9 October 2024")
    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Document owner", "Director of Education, Skills and Inclusion, Solihull MBC"),
                 ("Health lead", "Chief Nursing Officer, NHS Birmingham and Solihull ICB"),
                 ("Approved by", "SEND Improvement Board, 11 April 2024"),
                 ("Review frequency", "Monthly to the SEND Improvement Board")]:
        row = t.add_row().cells
        bold_cell(row[0], k)
        row[1].text = v
    doc.add_heading("RAG key", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Blue", "Complete – evidence of impact agreed by the Board"),
                 ("Green", "On track"),
                 ("Amber", "Some risk to delivery – mitigations in place"),
                 ("Red", "Off track – escalated to the Board"),
                 ("Not started", "Action not yet due to start")]:
        row = t.add_row().cells
        row[0].text = k
        if k in RAGWORD_FILL:
            shade(row[0], RAGWORD_FILL[k])
        row[1].text = v
    doc.add_paragraph(
        "The inspection identified two areas for priority action and one area for improvement. "
        "Each is set out below with the actions agreed by the partnership.")
    for area, acts in SOLIHULL_AREAS:
        t = doc.add_table(rows=2, cols=5)
        t.style = "Table Grid"
        top = t.rows[0].cells
        m = top[0].merge(top[4])
        bold_cell(m, area)
        shade(m, "DEEAF6")
        for c, h in zip(t.rows[1].cells, ["Ref", "Action", "Lead(s)", "Timescale", "RAG"]):
            bold_cell(c, h)
        for ref, act, lead, when, rag in acts:
            row = t.add_row().cells
            row[0].text = ref
            row[1].text = act
            row[2].text = lead
            row[3].text = when
            row[4].text = rag
            if rag in RAGWORD_FILL:
                shade(row[4], RAGWORD_FILL[rag])
        for row in t.rows:
            for c, w in zip(row.cells, (Cm(1.4), Cm(11), Cm(6), Cm(3.5), Cm(2.4))):
                c.width = w
        doc.add_paragraph("")
    doc.add_heading("Sign-off", level=2)
    t = doc.add_table(rows=0, cols=3)
    t.style = "Table Grid"
    for r in [("Role", "Organisation", "Date"),
              ("Director of Children’s Services", "Solihull Metropolitan Borough Council", "11/04/2024"),
              ("Chief Nursing Officer", "NHS Birmingham and Solihull ICB", "11/04/2024")]:
        row = t.add_row().cells
        for c, v in zip(row, r):
            c.text = v
    doc.save(os.path.join(HERE, "ei1-solihull-send-priority-action-plan.docx"))


# --------------------------------------------------------------------------
# 3. Doncaster YJS - HMI Probation improvement plan (csv export)
# --------------------------------------------------------------------------
DONCASTER_TITLE = "Doncaster Youth Justice Service – HMI Probation Inspection Improvement Plan"
DONCASTER_PLAN = [
    ("Recommendation 1: The Management Board should develop its understanding of the quality of work with children, using audit and performance data to hold partners to account.", [
        ("1.1", "Introduce a quarterly quality assurance report to the Board, combining case audit findings, the voice of children and parents, and key performance indicators.",
         "YJS Head of Service", "30/04/2024", "Complete", "First report presented to the Board on 25 January 2024."),
        ("1.2", "Hold a Board development session on the role of partner agencies, including education, health and police representatives, in challenging performance.",
         "Chair, YJS Management Board", "Mar-24", "Green", "Session booked for 21 March 2024, facilitated by the YJB regional lead."),
    ]),
    ("Recommendation 2: The Youth Justice Service should improve the quality of assessment and planning to keep children and other people safe.", [
        ("2.1", "Deliver refresher training on AssetPlus risk of serious harm assessment and contingency planning to all case managers.",
         "YJS Practice Development Manager", "31/05/2024", "Green", "Two of three sessions delivered.\nFinal session booked for 14 May 2024."),
        ("2.2", "Introduce management oversight of all assessments rated high or very high risk of serious harm within five working days of completion.",
         "YJS Operations Manager; Team Manager (Court and Resettlement)", "Q1 2024/25", "Amber", "Oversight field added to Childview; compliance 62% in February."),
        ("2.3", "Establish a monthly risk and safety panel with police and children’s social care to review children with concerns about exploitation.",
         "YJS Operations Manager", "Ongoing", "Green", "Panel met in January and February 2024."),
    ]),
    ("Recommendation 3: The Youth Justice Service should make sure that victims’ needs are consistently assessed and that victims are kept informed.", [
        ("3.1", "Review the victim contact procedure and create a single victim safety plan template.",
         "Restorative Justice and Victim Officer", "31/03/2024", "Red", "Delayed due to staff absence. Draft procedure with Head of Service for sign-off."),
        ("3.2", "Audit a sample of 20 out-of-court disposal cases to check that victims’ views have been sought and recorded.",
         "YJS Practice Development Manager", "Jun-24", "Not started", ""),
    ]),
]


def make_doncaster():
    rows = [
        [DONCASTER_TITLE, "", "", "", "", ""],
        ["Inspection fieldwork 11–15 September 2023; report published 19 December 2023. Overall rating: Requires improvement", "", "", "", "", ""],
        ["Position as at: 29 February 2024", "", "", "", "", ""],
        ["", "", "", "", "", ""],
        ["Ref", "Recommendation / Action", "Owner", "Target date", "RAG", "Progress update"],
    ]
    for rec, acts in DONCASTER_PLAN:
        rows.append(["", rec, "", "", "", ""])
        for a in acts:
            rows.append(list(a))
    rows.append(["", "", "", "", "", ""])
    rows.append(["Key: Green = on track; Amber = some risk to target date; Red = target date missed; Complete = action completed and impact evidenced", "", "", "", "", ""])
    with open(os.path.join(HERE, "ei1-doncaster-yjs-hmip-improvement-plan.csv"), "w",
              newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# --------------------------------------------------------------------------
# 4. Gateshead SCP - JTAI action plan (docx, one table, merged area cells)
# --------------------------------------------------------------------------
GATESHEAD_TITLE = "Gateshead Safeguarding Children Partnership – JTAI Action Plan"
GATESHEAD_PLAN = [
    ("1. The recognition of, and response to, children who may be experiencing sexual abuse within the family, when concerns are first raised with the MASH.", [
        ("1a", "Deliver multi-agency training on recognising signs and indicators of child sexual abuse in the family environment, using the CSA Centre resources.",
         "GSCP Training Coordinator", "March 2025", "Green"),
        ("1b", "Review the MASH screening tool so that indicators of intra-familial sexual abuse prompt a strategy discussion.",
         "Gateshead Council – Service Manager, MASH\nNorthumbria Police – DI, Safeguarding", "End of November 2024", "Complete"),
    ]),
    ("2. The consistent involvement of health professionals, including GPs and school nurses, in strategy discussions and child protection enquiries.", [
        ("2a", "Agree a protocol for the timely invitation of health professionals to strategy discussions, with a virtual attendance option.",
         "Designated Nurse for Safeguarding Children, NENC ICB", "31/12/2024", "Amber"),
        ("2b", "Audit health attendance at strategy discussions for children where sexual abuse is suspected and report findings to the Quality and Performance Subgroup.",
         "Named GP for Safeguarding / Designated Nurse for Safeguarding Children, NENC ICB", "Quarterly", "Green"),
    ]),
    ("3. The availability of therapeutic support for children after disclosure, and support for non-abusing parents and carers.", [
        ("3a", "Map current therapeutic provision for children following disclosure and identify gaps in commissioning.",
         "Head of Commissioning, Children and Families", "January 2025", "Green"),
        ("3b", "Develop a support offer for non-abusing parents and carers, co-produced with parents who have experience of the child protection process.",
         "Service Director, Children’s Social Care; Head of Early Help", "Apr 2025 – Sept 2025", ""),
        ("3c", "Add child sexual abuse in the family environment as a standing theme in the GSCP multi-agency audit programme for 2025/26.",
         "GSCP Business Manager", "June 2025", "Green"),
    ]),
]


def make_gateshead():
    doc = Document()
    landscape(doc)
    doc.add_paragraph(GATESHEAD_TITLE, style="Title")
    doc.add_paragraph("Joint targeted area inspection of the multi-agency response to child sexual abuse "
                      "in the family environment, June 2024")
    doc.add_heading("Version control", level=2)
    t = doc.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    for i, r in enumerate([("Version", "Date", "Author", "Comments"),
                           ("0.1", "02/09/2024", "GSCP Business Manager", "First draft for the GSCP Executive"),
                           ("1.0", "30/09/2024", "GSCP Business Manager", "Agreed by the Statutory Safeguarding Partners"),
                           ("1.1", "15/01/2025", "GSCP Business Unit", "Progress update for the GSCP Executive")]):
        row = t.add_row().cells
        for c, v in zip(row, r):
            if i == 0:
                bold_cell(c, v)
            else:
                c.text = v
    doc.add_paragraph("")
    doc.add_paragraph("The inspectors identified the following areas for improvement. Progress against each "
                      "action is reported to the GSCP Executive every quarter.")
    heads = ["Area for improvement", "No.", "Action", "Lead agency and officer", "Timescale", "RAG"]
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, heads):
        bold_cell(c, h)
        shade(c, "D9D9D9")
    for area, acts in GATESHEAD_PLAN:
        first = len(t.rows)
        for no, act, lead, when, rag in acts:
            row = t.add_row().cells
            row[1].text = no
            row[2].text = act
            row[3].text = lead
            row[4].text = when
            row[5].text = rag
            if rag in RAGWORD_FILL:
                shade(row[5], RAGWORD_FILL[rag])
        last = len(t.rows) - 1
        t.cell(first, 0).text = area
        if last > first:
            t.cell(first, 0).merge(t.cell(last, 0))
    for row in t.rows:
        for c, w in zip(row.cells, (Cm(5.5), Cm(1.2), Cm(8.5), Cm(5), Cm(3), Cm(2))):
            c.width = w
    doc.add_paragraph("")
    doc.add_paragraph("RAG: Complete = action delivered; Green = on track; Amber = at risk of delay; "
                      "Red = off track. A blank RAG means the action is not yet due to start.")
    doc.add_paragraph("Agreed on behalf of the Statutory Safeguarding Partners: Gateshead Council, "
                      "Northumbria Police and North East and North Cumbria Integrated Care Board.")
    doc.save(os.path.join(HERE, "ei1-gateshead-scp-jtai-action-plan.docx"))


# --------------------------------------------------------------------------
# 5. Newham - early help improvement plan tracker (xlsx, sheet per workstream,
#    fill-only RAG, summary and key sheets)
# --------------------------------------------------------------------------
NEWHAM_TITLE = "Early Help Improvement Plan 2024–26"
NEWHAM_WS = [
    ("1 Front Door", "Workstream 1: Early Help Front Door",
     "Outcome: Families get the right help at the right time, with decisions made within one working day of contact.",
     "Head of Early Help and Family Hubs", [
         ("1.1", "Co-locate early help practitioners within the MASH so that contacts stepping down to early help are triaged on the same day.",
          "Head of Early Help and Family Hubs", d(2024, 4, 1), d(2024, 7, 31), "B",
          "Two practitioners co-located from 1 July 2024.", "95% of step-down contacts triaged same day"),
         ("1.2", "Publish a revised Newham Continuum of Need with partners and deliver briefings to schools, GPs and housing officers.",
          "Rahman, Amina", d(2024, 6, 1), d(2024, 12, 31), "G",
          "Draft agreed by the Early Help Partnership Board; 14 briefings booked.", "Partner feedback survey"),
         ("1.3", "Introduce a weekly step-up/step-down panel chaired jointly by the Early Help Front Door Manager and the MASH Team Manager.",
          "Early Help Front Door Manager / MASH Team Manager", d(2024, 7, 1), "Q3 2024/25", "A",
          "Terms of reference drafted; panel start delayed by MASH restructure.", "Re-referral rate below 15%"),
     ]),
    ("2 Family Hubs", "Workstream 2: Family Hubs and Start for Life",
     "Outcome: Every family can reach a family hub offer within walking distance or online.",
     "Family Hubs Programme Manager", [
         ("2.1", "Open the remaining two family hubs in Beckton and Forest Gate North, with a full Start for Life offer.",
          "Family Hubs Programme Manager", d(2024, 4, 1), d(2025, 3, 31), "R",
          "Beckton building works paused after asbestos survey; revised programme to Capital Board in October.", "8 hubs open"),
         ("2.2", "Launch a single family hub referral form on the Newham Families Portal.",
          "Okafor, Daniel; Digital Services Lead", d(2024, 5, 1), d(2024, 10, 31), "G",
          "Form in user testing with parents.", "Single form live"),
         ("2.3", "Recruit and train 40 volunteer family hub champions, with priority given to parents from communities that under-use early help.",
          "Community Engagement Manager", d(2025, 1, 6), "Ongoing", None,
          "", "40 champions recruited"),
     ]),
    ("3 Workforce & QA", "Workstream 3: Workforce and Quality Assurance",
     "Outcome: Practitioners across the partnership use one early help assessment and family plan, and the quality of practice is known.",
     "Head of Early Help and Family Hubs", [
         ("3.1", "Roll out the early help assessment and family plan training to all practitioners in family hubs, schools and the voluntary sector.",
          "Early Help Workforce Development Lead", d(2024, 5, 1), d(2025, 1, 31), "A",
          "312 of 520 practitioners trained; take-up from secondary schools low.", "All practitioners trained"),
         ("3.2", "Run a quarterly early help audit with case practitioners and families, and report learning to the Early Help Partnership Board.",
          "Early Help Quality Assurance Manager", d(2024, 4, 1), "Quarterly", "G",
          "Q2 audit of 25 family plans completed in September.", "70% of plans good or better"),
         ("3.3", "Align the Supporting Families outcomes framework with the early help performance scorecard.",
          "Head of Performance and Intelligence", d(2024, 4, 1), d(2024, 9, 30), "B",
          "Scorecard v2 published 27 September 2024.", "Single scorecard in use"),
     ]),
]


def make_newham():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = "London Borough of Newham – Children and Young People’s Services"
    ws["A2"] = NEWHAM_TITLE
    ws["A2"].font = Font(bold=True, size=16)
    ws["A3"] = "Progress tracker – Quarter 2 (July to September 2024)"
    heads = ["Workstream", "Workstream lead", "No. of actions", "Complete", "On track",
             "At risk", "Off track", "Not started"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True)
        c.border = BOX
        c.alignment = WRAP
    r = 6
    tot = [0] * 6
    for _, head, _, wlead, acts in NEWHAM_WS:
        n = len(acts)
        cnt = [sum(1 for a in acts if a[5] == k) for k in ("B", "G", "A", "R", None)]
        vals = [head, wlead, n] + cnt
        for j, v in enumerate(vals, start=1):
            ws.cell(r, j, v).border = BOX
        tot = [t + v for t, v in zip(tot, [n] + cnt)]
        r += 1
    ws.cell(r, 1, "Total").font = Font(bold=True)
    for j, v in enumerate(tot, start=3):
        ws.cell(r, j, v).font = Font(bold=True)
    for j, col in ((4, "B"), (5, "G"), (6, "A"), (7, "R")):
        ws.cell(5, j).fill = fill(FILL[col])
    ws.column_dimensions["A"].width = 44
    ws.column_dimensions["B"].width = 36

    for sheet, head, outcome, wlead, acts in NEWHAM_WS:
        ws = wb.create_sheet(sheet)
        ws.merge_cells("A1:H1")
        ws["A1"] = head
        ws["A1"].font = Font(bold=True, size=13)
        ws.merge_cells("A2:H2")
        ws["A2"] = outcome
        ws["A2"].font = Font(italic=True)
        ws["A3"] = "Workstream lead: " + wlead
        cols = ["Ref", "Action", "Lead", "Start", "Due", "RAG", "Progress this quarter", "Measure of success"]
        for j, h in enumerate(cols, start=1):
            c = ws.cell(5, j, h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("7030A0")
            c.border = BOX
        r = 6
        for ref, act, lead, start, due, rag, prog, meas in acts:
            vals = [ref, act, lead, start, due, None, prog or None, meas]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(r, j, v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if rag:
                ws.cell(r, 6).fill = fill(FILL[rag])
            r += 1
        for j, w in enumerate([6, 55, 30, 12, 12, 7, 45, 30], start=1):
            ws.column_dimensions[chr(64 + j)].width = w

    ws = wb.create_sheet("Key")
    ws["A1"] = "RAG key"
    ws["A1"].font = Font(bold=True)
    for i, (k, txt) in enumerate([("B", "Complete"), ("G", "On track"),
                                  ("A", "At risk – some slippage"), ("R", "Off track"),
                                  (None, "Not started")], start=2):
        if k:
            ws.cell(i, 1).fill = fill(FILL[k])
        ws.cell(i, 1).border = BOX
        ws.cell(i, 2, txt)
    ws["A8"] = "The RAG column is shaded only; see the Summary sheet for totals."
    wb.save(os.path.join(HERE, "ei1-newham-early-help-improvement-tracker.xlsx"))


# --------------------------------------------------------------------------
# 6. Stockport - corporate parenting action plan (tab-separated text export)
# --------------------------------------------------------------------------
STOCKPORT_TITLE = "Stockport Council – Corporate Parenting Action Plan 2024–25"
STOCKPORT_PLAN = [
    ("Priority 1: Safe and stable homes", [
        ("CP1.1", "Increase the number of Stockport foster carers by 15 households through the Fostering Recruitment and Retention Strategy.",
         "Fostering Service Manager", "March 2025", "On track", "9 new households approved since April 2024."),
        ("CP1.2", "Make sure every child in care who moves home has a placement stability meeting within 10 working days of the move.",
         "Head of Service, Children in Care", "31/10/2024", "Complete", "Now part of the placement move procedure."),
        ("CP1.3", "Complete the Staying Close pilot and agree a permanent model with the Council's housing partners.",
         "Head of Service, Children in Care; Housing Strategy Manager", "Oct 2024 – Mar 2025", "Some delay", "Evaluation report due April 2025."),
    ]),
    ("Priority 2: Health and wellbeing", [
        ("CP2.1", "Make sure initial health assessments are completed within 20 working days of a child coming into care.",
         "Designated Nurse for Children in Care", "Ongoing", "Off track", "Timeliness 58% in Q3; paediatric capacity escalated to the ICB."),
        ("CP2.2", "Offer every care leaver a free leisure pass and a health passport at their 18th birthday review.",
         "Leaving Care Team Manager / Active Communities Manager", "Sept 2024", "Complete", "Launched in Care Leavers Week."),
    ]),
    ("Priority 3: Education, employment and training", [
        ("CP3.1", "Extend the Virtual School's post-16 support to care leavers aged 18–21 who are not in education, employment or training.",
         "Virtual School Headteacher", "Summer term 2025", "On track", "Two post-16 advisers in post."),
        ("CP3.2", "Create 10 ring-fenced apprenticeships within the Council for care-experienced young people.",
         "Jo Bennett and Priya Shah", "31/03/2025", "Not started", "Awaiting HR policy change."),
    ]),
    ("Priority 4: Voice and participation", [
        ("CP4.1", "Hold quarterly 'Have Your Say' sessions between the Children in Care Council and members of the Corporate Parenting Board.",
         "Participation Lead", "Quarterly", "On track", "Sessions held in July and November 2024."),
        ("CP4.2", "Co-produce the refreshed Pledge to children in care and care leavers with the Children in Care Council.",
         "Participation Lead", "December 2024", "Some delay", "Young people asked for more time to consult their peers; now due for the April Board."),
    ]),
]


def make_stockport():
    lines = [
        STOCKPORT_TITLE,
        "Progress report to the Corporate Parenting Board – 12 March 2025",
        "",
        "Status key: Complete = blue; On track = green; Some delay = amber; Off track = red; Not started = not yet begun",
        "",
        "\t".join(["Priority", "Ref", "What we will do", "Responsible officer", "By when", "Status", "Update"]),
    ]
    counts = {}
    for pri, acts in STOCKPORT_PLAN:
        for i, a in enumerate(acts):
            lines.append("\t".join([pri if i == 0 else ""] + list(a)))
            counts[a[4]] = counts.get(a[4], 0) + 1
    lines.append("")
    total = sum(counts.values())
    lines.append("Total actions: %d | Complete: %d | On track: %d | Some delay: %d | Off track: %d | Not started: %d"
                 % (total, counts.get("Complete", 0), counts.get("On track", 0), counts.get("Some delay", 0),
                    counts.get("Off track", 0), counts.get("Not started", 0)))
    with open(os.path.join(HERE, "ei1-stockport-corporate-parenting-action-plan.txt"), "w",
              encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# --------------------------------------------------------------------------
# 7. Lewisham - focused visit action plan with a mistyped month (xlsx) -> refuse
# --------------------------------------------------------------------------
LEWISHAM_PLAN = [
    ("The quality and timeliness of permanence planning for children in care, including the use of early permanence.", [
        ("Introduce a permanence tracking meeting for all children in care under the age of 10, chaired by the Head of Service.",
         "Head of Service, Children in Care", "October 2024", "Complete", "Monthly meeting in place since 3 October."),
        ("Refresh the early permanence policy and deliver training to social workers and IROs on fostering for adoption.",
         "Service Manager, Permanence / Adopt London South", "December 2024", "On track", "Policy drafted; training booked for November."),
        ("Make sure every child has a permanence plan agreed by their second looked after review.",
         "IRO Service Manager", "March 2025", "On track", ""),
    ]),
    ("The consistency and quality of life-story work for children in care.", [
        ("Commission life-story work training for all social workers in the Children in Care and Care Leavers teams.",
         "Principal Social Worker", "November 2024", "Complete", "Four cohorts trained."),
        ("Audit life-story work for 30 children and report findings to the Children’s Services Improvement Board.",
         "Head of Quality Assurance", "Febuary 2025", "On track", "Audit tool agreed."),
    ]),
    ("Managers’ oversight of children living in unregistered or unregulated settings.", [
        ("Review every child living in an unregistered setting at a weekly Assistant Director panel until a registered home is found.",
         "Assistant Director, Children’s Social Care", "September 2024", "Complete", "Panel in place; 2 children remain in unregistered settings."),
        ("Report the number of children in unregistered settings, and the actions taken, to the Corporate Parenting Board.",
         "Head of Service, Children in Care", "Ongoing", "On track", "Standing item from October 2024."),
    ]),
]
STATUS_FILL = {"Complete": "0070C0", "On track": "00B050"}


def make_lewisham():
    wb = Workbook()
    ws = wb.active
    ws.title = "FV Action Plan"
    ws["A1"] = "London Borough of Lewisham – Children’s Social Care"
    ws["A2"] = "Ofsted Focused Visit (Children in Care) – Action Plan"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Focused visit: 5–6 June 2024. Letter published: 11 July 2024."
    cols = ["Area for improvement", "Action", "Lead", "Target date", "Status", "Comments"]
    for j, h in enumerate(cols, start=1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True)
        c.fill = fill("BDD7EE")
        c.border = BOX
    r = 6
    for area, acts in LEWISHAM_PLAN:
        first = r
        ws.cell(r, 1, area).alignment = WRAP
        for act, lead, when, status, comm in acts:
            vals = [None, act, lead, when, status, comm or None]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(r, j) if v is None else ws.cell(r, j, v)
                c.border = BOX
                c.alignment = WRAP
            ws.cell(r, 5).fill = fill(STATUS_FILL[status])
            if status == "Complete":
                ws.cell(r, 5).font = Font(color="FFFFFF")
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    for j, w in enumerate([40, 60, 32, 16, 12, 40], start=1):
        ws.column_dimensions[chr(64 + j)].width = w

    ws = wb.create_sheet("Version control")
    for i, row in enumerate([("Version", "Date", "Changes"),
                             ("1.0", "05/08/2024", "Submitted to Ofsted"),
                             ("1.1", "21/10/2024", "Progress update for Children’s Services Improvement Board")], start=1):
        for j, v in enumerate(row, start=1):
            ws.cell(i, j, v)
    wb.save(os.path.join(HERE, "ei1-lewisham-focused-visit-action-plan-typo-month-refuse.xlsx"))


if __name__ == "__main__":
    make_rotherham()
    make_solihull()
    make_doncaster()
    make_gateshead()
    make_newham()
    make_stockport()
    make_lewisham()
    print("built 7 files in", HERE)
