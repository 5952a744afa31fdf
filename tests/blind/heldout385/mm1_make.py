"""Build the seven mm1- data files of set heldout385 (children's services plans).

Run with: /work/main/.venv/bin/python mm1_make.py
Writes three .xlsx (openpyxl), two .docx (python-docx), one .csv and one .txt
into the folder this script sits in.
"""
import csv
import os
from datetime import datetime as D

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "blue": "FF0070C0",
    "green": "FF00B050",
    "amber": "FFFFC000",
    "red": "FFFF0000",
    "grey": "FFD9D9D9",
    "head": "FF1F3864",
    "theme": "FFDDEBF7",
}
THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def solid(key):
    return PatternFill(fill_type="solid", start_color=FILL[key], end_color=FILL[key])


# ---------------------------------------------------------------------------
# 1. Herefordshire Council - Fostering Service Development Plan (xlsx)
#    merged objective column, fill-only RAG, original + revised dates,
#    RAG summary block and a Key sheet.
# ---------------------------------------------------------------------------
HEREFORD_TITLE = "Herefordshire Council – Fostering Service Development Plan 2024/25"
HEREFORD = [
    ("1. Increase the number of Herefordshire foster carers", [
        ("1.1", "Launch a targeted recruitment campaign in Hereford, Leominster and Ross-on-Wye, using foster carer ambassadors at community events.",
         "Fostering Recruitment Team Manager", D(2024, 9, 30), None,
         "Campaign launched in June; 41 enquiries received to end of September.", "blue"),
        ("1.2", "Join the West Midlands regional fostering recruitment hub and respond to all enquiries within 24 hours.",
         "Fostering Recruitment Team Manager / Marketing Officer", D(2024, 12, 31), D(2025, 3, 31),
         "Hub go-live moved by the region to March 2025. Interim 24-hour response target met in 86% of enquiries.", "amber"),
        ("1.3", "Extend the Mockingbird programme to a second constellation with a new hub home carer.",
         "Service Manager – Fostering", D(2025, 3, 31), None,
         "Hub home carer identified; satellite families being matched.", "green"),
    ]),
    ("2. Support and retain our foster carers", [
        ("2.1", "Refresh the foster carer learning and development framework.\nMake trauma-informed practice training mandatory for all newly approved carers.",
         "Fostering Team Manager (Supervising Social Workers)", D(2025, 2, 28), None,
         "Framework drafted and shared with the Foster Carer Association for comment.", "green"),
        ("2.2", "Implement the revised fees and allowances scheme agreed by Cabinet.",
         "Head of Service – Placements and Sufficiency", D(2024, 4, 1), None,
         "New rates paid from 1 April 2024.", "blue"),
        ("2.3", "Complete every foster carer annual review within timescale, with the views of children in the household recorded.",
         "Independent Reviewing Officer Manager", "Ongoing", None,
         "Only 64% of reviews in timescale in Q3; backlog plan agreed with IRO service.", "red"),
    ]),
    ("3. Kinship care and connected persons", [
        ("3.1", "Reduce delay in connected persons (Regulation 24) assessments so that 90% are completed within 16 weeks.",
         "Kinship Team Manager", D(2025, 1, 31), D(2025, 2, 28),
         "Two additional assessing social workers started in December; 72% in timescale.", "amber"),
        ("3.2", "Publish a Herefordshire kinship local offer in line with the national kinship care strategy.",
         "Kinship Team Manager; Participation Officer", "Q4 2024/25", None,
         "Not yet started – scheduled for Q4.", None),
    ]),
]


def build_hereford(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Development Plan"
    ws["A1"] = HEREFORD_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Plan owner: Service Director – Corporate Parenting"
    ws["A3"] = "Last updated: 16/01/2025 (for Fostering Service Quality Board)"
    head = ["Ref", "Objective", "Action", "Lead", "Target date", "Revised date",
            "Progress update (January 2025)", "RAG"]
    for c, h in enumerate(head, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = solid("head")
        cell.border = BOX
        cell.alignment = WRAP
    r = 6
    for objective, acts in HEREFORD:
        first = r
        for ref, action, lead, target, revised, progress, rag in acts:
            ws.cell(row=r, column=1, value=ref)
            ws.cell(row=r, column=3, value=action)
            ws.cell(row=r, column=4, value=lead)
            t = ws.cell(row=r, column=5, value=target)
            if isinstance(target, D):
                t.number_format = "dd/mm/yyyy"
            if revised is not None:
                rv = ws.cell(row=r, column=6, value=revised)
                rv.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=7, value=progress)
            if rag:
                ws.cell(row=r, column=8).fill = solid(rag)
            for c in range(1, 9):
                ws.cell(row=r, column=c).border = BOX
                ws.cell(row=r, column=c).alignment = WRAP
            r += 1
        ws.cell(row=first, column=2, value=objective).font = Font(bold=True)
        ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=2, value="RAG summary").font = Font(bold=True)
    summary = [("Complete", 2, "blue"), ("On track", 2, "green"),
               ("Some slippage", 2, "amber"), ("Off track", 1, "red"),
               ("Not yet started", 1, None), ("Total actions", 8, None)]
    for label, n, colour in summary:
        r += 1
        ws.cell(row=r, column=2, value=label)
        ws.cell(row=r, column=3, value=n)
        if colour:
            ws.cell(row=r, column=2).fill = solid(colour)
    r += 2
    ws.cell(row=r, column=1, value="Note: RAG is shown by cell colour only – see the Key sheet.")
    widths = {"A": 6, "B": 24, "C": 55, "D": 28, "E": 12, "F": 12, "G": 45, "H": 8}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws.freeze_panes = "A6"

    key = wb.create_sheet("Key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (colour, text) in enumerate([
            ("blue", "Complete"), ("green", "On track to deliver by target date"),
            ("amber", "Some slippage – revised date agreed"), ("red", "Off track – escalated to Quality Board"),
            (None, "No colour – not yet started")], start=3):
        if colour:
            key.cell(row=i, column=1).fill = solid(colour)
        key.cell(row=i, column=2, value=text)
    key.column_dimensions["B"].width = 45
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Barnsley - Early Help Strategy Delivery Plan (xlsx)
#    cover sheet with document control and summary, RAG key sheet,
#    one sheet per priority, previous/current RAG, update continuation row.
# ---------------------------------------------------------------------------
BARNSLEY_TITLE = "Barnsley Early Help Strategy 2024–2027: Delivery Plan"
RAGFILL = {"Blue": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
BARNSLEY = [
    ("Priority 1", "Priority 1: Right help, right time",
     "What difference will it make: more families get help early, in their own community, and fewer children need a statutory service.",
     [
         ("P1.1", "Open the remaining two Family Hubs in Dearne and Penistone and publish the hub timetables on the Family Hubs website.",
          "Family Hubs Programme Lead", D(2025, 4, 1), D(2025, 9, 30), "Amber", "Blue",
          "Both hubs open from 8 September 2025. Timetables live.", None),
         ("P1.2", "Embed the Early Help Request for Support form on the Barnsley Safeguarding Children Partnership website, replacing email referrals.",
          "Head of Early Help / Business Support Manager", D(2025, 5, 1), D(2025, 12, 31), "Green", "Green",
          "Form built and tested with schools; go-live planned for November.", None),
         ("P1.3", "Train 150 practitioners from schools and health in the Early Help Assessment (EHA) and the lead professional role.",
          "Early Help Workforce Development Officer", D(2025, 4, 1), D(2026, 3, 31), "Green", "Amber",
          "68 practitioners trained to date; take-up from health partners is low.",
          "Continued: a second health-only cohort is planned for February 2026."),
     ]),
    ("Priority 2", "Priority 2: Strong families, strong communities",
     "What difference will it make: parents feel confident, relationships are healthier and families can find support close to home.",
     [
         ("P2.1", "Extend the Reducing Parental Conflict programme to all Family Hubs.",
          "SG & KT", D(2025, 4, 1), "Q3 2025/26", "Amber", "Amber",
          "Delivered in 4 of 6 hubs; facilitator recruitment under way.", None),
         ("P2.2", "Commission a peer-support offer for parents of children with emerging SEND needs, co-produced with the Barnsley Parent Carer Forum.",
          "Commissioning Manager (Children's)", D(2025, 6, 1), D(2026, 1, 31), "Red", "Amber",
          "Specification agreed with the Forum; tender opens in October.", None),
         ("P2.3", "Deliver the Start for Life infant feeding and perinatal mental health offer in every Family Hub.",
          "Start for Life Lead; Public Health Principal", D(2024, 4, 1), "Ongoing", "Green", "Green",
          "Offer in place in all hubs; breastfeeding peer supporters recruited.", None),
     ]),
    ("Priority 3", "Priority 3: A confident, skilled early help partnership",
     "What difference will it make: partners understand their role in early help and we know the difference our help makes.",
     [
         ("P3.1", "Launch the early help outcomes framework and report it quarterly to the Early Help Partnership Board.",
          "Performance and Intelligence Manager", D(2025, 4, 1), D(2025, 6, 30), "Amber", "Blue",
          "First quarterly report presented to the Board in July 2025.", None),
         ("P3.2", "Carry out a multi-agency audit of cases stepped down from children's social care to early help.",
          "Quality Assurance Lead (Early Help)", D(2025, 9, 1), D(2025, 11, 30), None, "Not started",
          "Audit tool agreed; fieldwork begins in October.", None),
         ("P3.3", "Refresh the Barnsley Continuum of Need guidance with the Safeguarding Children Partnership.",
          "Head of Early Help", D(2025, 7, 1), D(2026, 3, 31), "Green", "Red",
          "Paused: awaiting the partnership's revised threshold arrangements under Working Together 2023.", None),
     ]),
]


def build_barnsley(path):
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = BARNSLEY_TITLE
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "Year 2 update – Quarter 2 2025/26"
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    rows = [("Version", "2.1"), ("Owner", "Head of Early Help"),
            ("Date of update", "14/10/2025"),
            ("Reported to", "Barnsley Early Help Partnership Board"),
            ("Next update", "January 2026")]
    for i, (k, v) in enumerate(rows, start=5):
        cov.cell(row=i, column=1, value=k).font = Font(bold=True)
        cov.cell(row=i, column=2, value=v)
        cov.cell(row=i, column=1).border = BOX
        cov.cell(row=i, column=2).border = BOX
    cov["A11"] = "Summary of current RAG (Q2)"
    cov["A11"].font = Font(bold=True)
    for i, (k, v, f) in enumerate([("Blue (complete)", 2, "blue"), ("Green", 2, "green"),
                                   ("Amber", 3, "amber"), ("Red", 1, "red"),
                                   ("Not started", 1, None), ("Total", 9, None)], start=12):
        cov.cell(row=i, column=1, value=k)
        cov.cell(row=i, column=2, value=v)
        if f:
            cov.cell(row=i, column=1).fill = solid(f)
    cov.column_dimensions["A"].width = 28
    cov.column_dimensions["B"].width = 40

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (w, d) in enumerate([("Blue", "Complete"), ("Green", "On track"),
                                ("Amber", "At risk – some delay, being managed"),
                                ("Red", "Off track – needs Board support"),
                                ("Not started", "Action not yet due to start")], start=2):
        key.cell(row=i, column=1, value=w)
        if w in RAGFILL:
            key.cell(row=i, column=1).fill = solid(RAGFILL[w])
        key.cell(row=i, column=2, value=d)
    key.column_dimensions["B"].width = 40

    head = ["Ref", "Action", "Lead", "Start", "End", "Previous RAG (Q1)",
            "Current RAG (Q2)", "Q2 update"]
    for sheet, heading, outcome, acts in BARNSLEY:
        ws = wb.create_sheet(sheet)
        ws["A1"] = heading
        ws["A1"].font = Font(bold=True, size=13)
        ws["A1"].fill = solid("theme")
        ws.merge_cells("A1:H1")
        ws["A2"] = outcome
        ws["A2"].font = Font(italic=True)
        ws.merge_cells("A2:H2")
        for c, h in enumerate(head, 1):
            cell = ws.cell(row=4, column=c, value=h)
            cell.font = Font(bold=True, color="FFFFFFFF")
            cell.fill = solid("head")
            cell.alignment = WRAP
        r = 5
        for ref, action, lead, start, end, prev, cur, upd, cont in acts:
            ws.cell(row=r, column=1, value=ref)
            ws.cell(row=r, column=2, value=action)
            ws.cell(row=r, column=3, value=lead)
            s = ws.cell(row=r, column=4, value=start)
            s.number_format = "mmm-yy"
            e = ws.cell(row=r, column=5, value=end)
            if isinstance(end, D):
                e.number_format = "mmm-yy"
            if prev:
                p = ws.cell(row=r, column=6, value=prev)
                if prev in RAGFILL:
                    p.fill = solid(RAGFILL[prev])
            cu = ws.cell(row=r, column=7, value=cur)
            if cur in RAGFILL:
                cu.fill = solid(RAGFILL[cur])
            ws.cell(row=r, column=8, value=upd)
            for c in range(1, 9):
                ws.cell(row=r, column=c).alignment = WRAP
                ws.cell(row=r, column=c).border = BOX
            r += 1
            if cont:
                ws.cell(row=r, column=8, value=cont).alignment = WRAP
                for c in range(1, 9):
                    ws.cell(row=r, column=c).border = BOX
                r += 1
        for k, v in {"A": 7, "B": 55, "C": 30, "D": 9, "E": 11, "F": 11, "G": 11, "H": 45}.items():
            ws.column_dimensions[k].width = v
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. Calderdale - Corporate Parenting Board action plan (xlsx) - REFUSE
#    promise heading rows merged across, text timescales, one mistyped month.
# ---------------------------------------------------------------------------
CALDERDALE_TITLE = "Calderdale Corporate Parenting Board – Action Plan 2025–26"
CALDERDALE = [
    ("Promise 1: We will make sure you have a safe, stable and loving home", [
        ("1.1", "Increase the number of children in care living with Calderdale foster carers, through the Fostering Recruitment and Retention Programme.",
         "Service Manager – Fostering", "March 2026", "Net gain of 6 fostering households since April.", "A"),
        ("1.2", "Hold a stability meeting for every child who has had two or more moves in the last 12 months.",
         "Head of Children in Care Service", "December 2025", "Meetings held for 23 of 27 children.", "G"),
        ("1.3", "Listen to children's views on their homes through the Bright Spots survey and act on what they tell us.",
         "Participation and Engagement Lead", "Ongoing", "Survey closes 30 September; results to January Board.", "G"),
    ]),
    ("Promise 2: We will help you to do well at school and college", [
        ("2.1", "Make sure every child in care has an up-to-date Personal Education Plan (PEP) each term.",
         "Virtual School Headteacher", "July 2025", "98% of PEPs in date at the end of the summer term.", "B"),
        ("2.2", "Give every young person in Year 11 a named post-16 adviser and a planned next step before they leave school.",
         "Virtual School Headteacher / Post-16 Adviser", "Novmber 2025", "Year 11 cohort identified; advisers allocated.", "A"),
        ("2.3", "Offer tuition to children in care who are below expected standards in English or maths.",
         "Virtual School Deputy Headteacher", "February 2026", "Tutoring provider contracted in August.", "G"),
    ]),
    ("Promise 3: We will help you get ready for adult life", [
        ("3.1", "Exempt care leavers living in Calderdale from Council Tax until their 25th birthday.",
         "Head of Revenues and Benefits", "April 2025", "Exemption in place from 1 April 2025.", "B"),
        ("3.2", "Ring-fence apprenticeships in council services for care leavers and support them through the application process.",
         "HR Business Partner; Leaving Care Team Manager", "January 2026", "Four apprenticeships ring-fenced; two filled.", "G"),
        ("3.3", "Sign up local employers and partners to the Care Leaver Covenant.",
         "Corporate Parenting Lead", "Sept 2025", "11 organisations signed up.", "G"),
    ]),
]
CALDERDALE_RAG = {"B": "blue", "G": "green", "A": "amber", "R": "red"}


def build_calderdale(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = CALDERDALE_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:F1")
    ws["A2"] = "Our promises to children in care and care leavers"
    ws["A2"].font = Font(italic=True)
    ws["A3"] = "Progress report for the Board meeting of 9 September 2025"
    head = ["Ref", "What we will do", "Who is leading", "By when", "How are we doing?", "RAG"]
    for c, h in enumerate(head, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = solid("head")
    r = 6
    for promise, acts in CALDERDALE:
        ws.cell(row=r, column=1, value=promise).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = solid("theme")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        r += 1
        for ref, action, lead, when, prog, rag in acts:
            vals = [ref, action, lead, when, prog, rag]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
            ws.cell(row=r, column=6).fill = solid(CALDERDALE_RAG[rag])
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG: B = completed, G = on track, A = some delay, R = not on track")
    for k, v in {"A": 7, "B": 60, "C": 32, "D": 15, "E": 45, "F": 6}.items():
        ws.column_dimensions[k].width = v
    wb.save(path)


# ---------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------
def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def bold_text(cell, text):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)


# ---------------------------------------------------------------------------
# 4. Adopt North East - RAA Service Development Plan (docx)
#    document control + RAG key tables, a table per section, development-area
#    rows merged across inside the tables, letter RAG with shading.
# ---------------------------------------------------------------------------
ANE_TITLE = "Adopt North East – Service Development Plan 2024–25"
ANE = [
    ("1. Recruitment and assessment of adopters", [
        ("We need more adopters for the children who wait longest: brothers and sisters, children over 4 and children with additional needs.", [
            ("1.1", "Run a targeted ‘Siblings Together’ recruitment campaign with the communications teams of the five local authorities.",
             "Marketing and Recruitment Manager", "31 October 2024",
             "Campaign ran September–October; 19 enquiries from prospective sibling adopters.", "B"),
            ("1.2", "Reduce the time from registration of interest to approval so that 80% of adopters are approved within 6 months.",
             "Assessment Team Manager", "31 March 2025",
             "71% approved within 6 months in Q3; medicals remain the main delay.", "A"),
            ("1.3", "Hold quarterly information events in each local authority area, including an online evening session.",
             "Marketing and Recruitment Manager / Senior Practitioner (Assessment)", "Quarterly",
             "Events held in all five areas in Q2 and Q3.", "G"),
        ]),
    ]),
    ("2. Family finding and matching", [
        ("Early permanence is not used consistently across the region.", [
            ("2.1", "Agree a regional early permanence policy and practice guidance with all five local authorities.",
             "Head of Service", "Q3 2024/25",
             "Draft agreed by four local authorities; final sign-off at February Partnership Board.", "A"),
            ("2.2", "Deliver early permanence training to local authority children’s social workers and IROs.",
             "Family Finding Team Manager", "End of June 2025",
             "Training commissioned; first sessions booked for April.", "G"),
        ]),
        ("Children’s profiles and matching information are not always kept up to date.", [
            ("2.3", "Introduce a monthly tracking meeting for every child with a placement order who is not yet matched.",
             "Family Finding Team Manager; LA Permanence Leads", "September 2024",
             "Tracking meeting in place since August 2024.", "B"),
        ]),
    ]),
    ("3. Adoption support", [
        (None, [
            ("3.1", "Complete an adoption support needs analysis with adopted young people and adult adoptees.",
             "Adoption Support Team Manager", "31/03/2025",
             "Survey closed in December with 212 responses; focus groups in February.", "G"),
            ("3.2", "Launch a birth relative support service in partnership with a voluntary adoption agency.",
             "Head of Service", "TBC",
             "Not started – depends on the outcome of the Adoption and Special Guardianship Support Fund review.", ""),
        ]),
    ]),
]
ANE_SHADE = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}


def build_ane(path):
    doc = Document()
    landscape(doc)
    doc.add_paragraph(ANE_TITLE, style="Title")
    doc.add_paragraph("Regional Adoption Agency for Gateshead, Newcastle, North Tyneside, "
                      "Northumberland and South Tyneside")
    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Version", "1.3"), ("Date", "03/02/2025"), ("Author", "ANE Business Manager"),
                 ("Approved by", "Adopt North East Partnership Board"), ("Next review", "May 2025")]:
        row = t.add_row().cells
        bold_text(row[0], k)
        row[1].text = v
    doc.add_heading("RAG key", level=2)
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for letter, meaning in [("B", "Complete"), ("G", "On track"),
                            ("A", "Some delay – mitigation in place"), ("R", "Significant delay – escalated")]:
        row = k.add_row().cells
        row[0].text = letter
        shade(row[0], ANE_SHADE[letter])
        row[1].text = meaning
    doc.add_paragraph("Progress updates are as at January 2025.")
    head = ["Ref", "Action", "Lead", "By when", "Progress update (January 2025)", "RAG"]
    for section, areas in ANE:
        doc.add_heading(section, level=1)
        tbl = doc.add_table(rows=1, cols=6)
        tbl.style = "Table Grid"
        for c, h in enumerate(head):
            bold_text(tbl.rows[0].cells[c], h)
            shade(tbl.rows[0].cells[c], "D9E2F3")
        for area, acts in areas:
            if area:
                cells = tbl.add_row().cells
                merged = cells[0].merge(cells[5])
                merged.text = ""
                run = merged.paragraphs[0].add_run(area)
                run.bold = True
                run.italic = True
                shade(merged, "F2F2F2")
            for ref, action, lead, when, prog, rag in acts:
                cells = tbl.add_row().cells
                for c, v in enumerate([ref, action, lead, when, prog, rag]):
                    cells[c].text = v
                if rag:
                    shade(cells[5], ANE_SHADE[rag])
        doc.add_paragraph("")
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. Bradford Children and Families Trust - monitoring visit action plan (docx)
#    one table, visit rows merged across, Ofsted finding vertically merged
#    beside its actions, original and revised timescale, word status.
# ---------------------------------------------------------------------------
BCFT_TITLE = "Bradford Children and Families Trust: Ofsted Monitoring Visit Action Plan"
BCFT = [
    ("Monitoring visit 5: Children in need and children subject to child protection plans (18–19 July 2023)", [
        ("Some children experience drift and delay because child in need plans are not reviewed regularly and do not have clear, measurable outcomes.", [
            ("1", "Introduce a revised child in need plan template with SMART outcomes and contingency planning.",
             "Head of Service – Children in Need", "31/08/2023", "", "Complete"),
            ("2", "Team managers to chair CIN reviews at least every three months, with compliance reported weekly to the Performance Clinic.",
             "Team Managers (Assessment and CIN)", "30/09/2023", "30/11/2023", "Complete"),
            ("3", "Audit a sample of 40 CIN plans to test whether outcomes are measurable and progress is evidenced.",
             "Head of Quality Assurance", "February 2024", "", "On track"),
        ]),
        ("Management oversight and supervision are not consistently recorded and do not always set clear actions for social workers.", [
            ("4", "Relaunch the supervision policy and recording template, with mandatory ‘actions and timescales’ fields in the child’s record.",
             "Principal Social Worker", "31/10/2023", "", "Complete"),
            ("5", "Deliver reflective supervision training to all team managers and advanced practitioners.",
             "Principal Social Worker / Workforce Development Manager", "December 2023", "March 2024", "At risk"),
        ]),
    ]),
    ("Monitoring visit 6: Children in care and care leavers (24–25 October 2023)", [
        ("Too many care leavers live in unsuitable accommodation, and pathway plans are not routinely updated when their circumstances change.", [
            ("6", "Review every care leaver in unsuitable accommodation at a monthly housing panel with Bradford Council Housing Options.",
             "Head of Leaving Care Service", "Monthly", "", "On track"),
            ("7", "Refresh pathway plan guidance and co-produce a new pathway plan format with the Care Leavers’ Forum.",
             "Head of Leaving Care Service; Participation Lead", "31/01/2024", "", "Off track"),
        ]),
        ("Life-story work is not started early enough for children who are in long-term foster care.", [
            ("8", "Make sure that every child with a plan for permanence has life-story work started by their second looked after review.",
             "Service Manager (Permanence)", "31/03/2024", "", "On track"),
            ("9", "Commission life-story training from an external provider for supervising social workers and foster carers.",
             "Workforce Development Manager", "30/04/2024", "", ""),
        ]),
    ]),
]
BCFT_SHADE = {"Complete": "9BC2E6", "On track": "A9D08E", "At risk": "FFD966", "Off track": "FF7C80"}


def build_bcft(path):
    doc = Document()
    landscape(doc)
    doc.add_paragraph(BCFT_TITLE, style="Title")
    doc.add_paragraph("Version 4 – updated 15 January 2024 for the Improvement Board. "
                      "Plan owner: Director of Practice.")
    doc.add_paragraph("This plan brings together the actions agreed after each Ofsted monitoring visit. "
                      "Actions from visits 1 to 4 that are complete have been moved to the closed actions log.")
    doc.add_paragraph("Status key")
    k = doc.add_table(rows=1, cols=4)
    k.style = "Table Grid"
    for c, (word, meaning) in enumerate([("Complete", "Complete"), ("On track", "On track"),
                                         ("At risk", "At risk (amber)"), ("Off track", "Off track (red)")]):
        k.rows[0].cells[c].text = meaning
        shade(k.rows[0].cells[c], BCFT_SHADE[word])
    doc.add_paragraph("")
    head = ["No.", "What Ofsted said", "Action", "Responsible officer",
            "Original timescale", "Revised timescale", "Status"]
    tbl = doc.add_table(rows=1, cols=7)
    tbl.style = "Table Grid"
    for c, h in enumerate(head):
        bold_text(tbl.rows[0].cells[c], h)
        shade(tbl.rows[0].cells[c], "BDD7EE")
    for visit, findings in BCFT:
        cells = tbl.add_row().cells
        m = cells[0].merge(cells[6])
        bold_text(m, visit)
        shade(m, "DEEAF6")
        for finding, acts in findings:
            first_row = None
            for no, action, resp, orig, rev, status in acts:
                cells = tbl.add_row().cells
                if first_row is None:
                    first_row = cells
                cells[0].text = no
                cells[2].text = action
                cells[3].text = resp
                cells[4].text = orig
                cells[5].text = rev
                cells[6].text = status
                if status:
                    shade(cells[6], BCFT_SHADE[status])
            last = cells
            fc = first_row[1].merge(last[1])
            fc.text = finding
    doc.add_paragraph("")
    doc.add_paragraph("Closed actions are reported separately in the closed actions log.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. Hartlepool - children's home Ofsted post-inspection action plan (csv)
#    spreadsheet export: title lines, requirement/recommendation section rows,
#    requirement text only on the first of its actions, no refs, footer totals.
# ---------------------------------------------------------------------------
HARTLEPOOL_TITLE = "Hartlepool Borough Council - Children's Residential Services: post-inspection action plan"
REQ1 = ("The registered person must ensure that staff assess whether each child is at risk of harm, taking into account "
        "information in the child's relevant plans, and, if necessary, make arrangements to reduce the risk of any harm "
        "to the child. (Regulation 12 (1)(2)(a)(i))")
REQ2 = ("The registered person must ensure that all employees undertake appropriate continuing professional development, "
        "including training in physical intervention. (Regulation 33 (4)(a))")
REC1 = ("The registered manager should ensure that children's records are written in a way that they can understand, "
        "should they wish to read them in the future. ('Guide to the Children's Homes Regulations, including the "
        "quality standards', page 62, paragraph 14.4)")
REC2 = ("The registered manager should ensure that the home's location risk assessment is reviewed with partner "
        "agencies and updated at least annually. ('Guide to the Children's Homes Regulations, including the quality "
        "standards', page 55, paragraph 10.3)")
HARTLEPOOL = [
    ("Requirements", [
        (REQ1, [
            ("Review and update every child's risk assessment and missing-from-home protocol, and share them with the placing social worker.",
             "Registered Manager", "14/03/2025", "10/03/2025", "Complete", "Risk assessments signed off by RI."),
            ("Introduce a weekly risk review at the staff handover meeting, recorded in the home's daily log.",
             "Registered Manager / Deputy Manager", "31/03/2025", "28/03/2025", "Complete", "In place since 21/03/2025."),
        ]),
        (REQ2, [
            ("Book all staff onto refresher Team Teach training and record completion on the training matrix.",
             "Deputy Manager", "30/04/2025", "", "Amber", "9 of 12 staff trained; remaining 3 booked for June."),
            ("Support two senior residential workers to enrol on the Level 3 Diploma for Residential Childcare.",
             "Registered Manager", "30/09/2025", "", "Green", "Both enrolled with Hartlepool College."),
        ]),
    ]),
    ("Recommendations", [
        (REC1, [
            ("Deliver a staff workshop on writing to the child, using anonymised examples from the home's own records.",
             "Registered Manager", "31/05/2025", "22/05/2025", "Complete", "Workshop delivered at team day."),
            ("Sample five children's records each month and feed back to staff in supervision.",
             "Responsible Individual", "Monthly", "", "Green", "April and May samples completed."),
        ]),
        (REC2, [
            ("Review the location risk assessment with Cleveland Police and the Hartlepool community safety team.",
             "Registered Manager", "30/06/2025", "", "Not started", "Meeting requested with neighbourhood police team."),
        ]),
    ]),
]


def build_hartlepool(path):
    n = 7
    rows = [
        [HARTLEPOOL_TITLE] + [""] * (n - 1),
        ["Ofsted full inspection of Hart Road children's home (SC480217), 18 and 19 February 2025. "
         "Overall experiences and progress of children: requires improvement to be good"] + [""] * (n - 1),
        ["Prepared by: Registered Manager. Reviewed by: Responsible Individual. Last updated: 02/06/2025"] + [""] * (n - 1),
        [""] * n,
        ["Requirement / recommendation", "Action", "Person responsible", "Due date",
         "Date completed", "RAG", "Evidence / comments"],
    ]
    for section, items in HARTLEPOOL:
        rows.append([section] + [""] * (n - 1))
        for text, acts in items:
            for i, (action, who, due, done, rag, comment) in enumerate(acts):
                rows.append([text if i == 0 else "", action, who, due, done, rag, comment])
    rows.append([""] * n)
    rows.append(["Total actions: 7", "Complete: 3", "Green: 2", "Amber: 1", "Not started: 1", "", ""])
    rows.append(["Signed off by Responsible Individual on 02/06/2025"] + [""] * (n - 1))
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)


# ---------------------------------------------------------------------------
# 7. Sutton Safeguarding Children Partnership - JTAI action plan (txt)
#    tab-separated plain-text export; area-for-improvement lines as headings.
# ---------------------------------------------------------------------------
SUTTON_TITLE = "Sutton Safeguarding Children Partnership – JTAI Action Plan"
SUTTON = [
    ("Area for improvement 1: The quality of early help assessments and plans, so that they consistently focus on children’s needs and their lived experience", [
        ("1.1", "Relaunch the Early Help Assessment and Plan template across the partnership, with a mandatory section on the child’s voice.",
         "Head of Early Help (LBS)", "May 2024", "B", "Relaunched at the partnership briefing on 14 May 2024."),
        ("1.2", "Deliver multi-agency training on writing SMART early help plans to lead professionals in schools, health and the voluntary sector.",
         "SSCP Learning and Development Lead", "Sept 2024 – March 2025", "G", "Six of eight sessions delivered; 131 attendees."),
        ("1.3", "Carry out a multi-agency audit of 30 early help plans and report the findings to the Quality Assurance Subgroup.",
         "QA Subgroup Chair", "31/01/2025", "A", "Audit complete; report deferred to the April subgroup."),
    ]),
    ("Area for improvement 2: Partners’ understanding and use of the Sutton threshold guidance when children step down from children’s social care to early help", [
        ("2.1", "Revise the step-down protocol and publish it on the SSCP website.",
         "Head of Early Help (LBS) / Head of MASH and Assessment (LBS)", "30/06/2024", "B", "Published June 2024."),
        ("2.2", "Hold a joint step-down meeting with the allocated social worker, the lead professional and the family for every step-down.",
         "Service Manager (Assessment)", "Ongoing", "G", "Compliance 88% in Q3 (dip sample of 25)."),
    ]),
    ("Area for improvement 3: The response of health partners when children are not brought to appointments", [
        ("3.1", "Implement the ‘Was Not Brought’ policy across GP practices, community health and acute services.",
         "Designated Nurse Safeguarding Children (SWL ICB); Named GP", "Q2 2024/25", "A", "Adopted by acute and community; 18 of 24 GP practices."),
        ("3.2", "Add ‘was not brought’ data to the SSCP multi-agency dataset and report it quarterly to the Executive.",
         "SSCP Business Manager", "December 2024", "R", "Data flow from primary care not yet agreed."),
        ("3.3", "Make sure health visiting and school nursing follow up every missed developmental review within 10 working days.",
         "Head of Children’s Community Services (Sutton Health and Care)", "March 2025", "G", "Standard operating procedure in place."),
    ]),
]


def build_sutton(path):
    lines = [
        SUTTON_TITLE,
        "Joint targeted area inspection of the multi-agency response to children and families who need help",
        "Inspection: 4 to 8 December 2023\tLetter published: 30 January 2024\tPlan updated: 11 March 2025",
        "",
        "Ref\tAction\tLead\tTimescale\tRAG\tProgress",
    ]
    for afi, acts in SUTTON:
        lines.append("")
        lines.append(afi)
        for a in acts:
            lines.append("\t".join(a))
    lines += [
        "",
        "RAG key: B = complete; G = on track; A = some slippage; R = off track",
        "Note: progress as reported to the SSCP Executive on 11 March 2025. LBS = London Borough of Sutton; SWL ICB = South West London Integrated Care Board.",
    ]
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")


FILES = {
    "mm1-herefordshire-council-fostering-service-development-plan.xlsx": build_hereford,
    "mm1-barnsley-early-help-strategy-delivery-plan.xlsx": build_barnsley,
    "mm1-calderdale-corporate-parenting-board-action-plan-typo-month-refuse.xlsx": build_calderdale,
    "mm1-adopt-north-east-raa-service-development-plan.docx": build_ane,
    "mm1-bradford-children-and-families-trust-monitoring-visit-action-plan.docx": build_bcft,
    "mm1-hartlepool-borough-council-childrens-home-ofsted-action-plan.csv": build_hartlepool,
    "mm1-sutton-safeguarding-children-partnership-jtai-action-plan.txt": build_sutton,
}


def main():
    for name, fn in FILES.items():
        fn(os.path.join(HERE, name))
        print("wrote", name)


if __name__ == "__main__":
    main()
