"""Build the seven kg1- blind test files (set heldout327).

Run with: /work/main/.venv/bin/python kg1_make.py
Writes next to this script: 3 x .xlsx (openpyxl), 2 x .docx (python-docx), 1 x .csv, 1 x .txt.
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

GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
BLUE = "0070C0"
GREY = "D9D9D9"
HEAD = "1F3864"


def D(y, m, d):
    return dt.datetime(y, m, d)


def fill(hexc):
    return PatternFill("solid", start_color=hexc, end_color=hexc)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


# ---------------------------------------------------------------------------
# 1. Surrey County Council - ILACS improvement plan (xlsx)
# ---------------------------------------------------------------------------
SURREY_THEMES = [
    ("Theme 1: Help and protection", [
        ("The quality and timeliness of assessments and plans for children in need, so that plans are specific about what needs to change and by when.", [
            ("1.1", "Refresh the Surrey practice standards for child and family assessments and child in need plans, co-produced with practitioners, and launch them through locality practice weeks.",
             "Assistant Director – Quality and Practice", D(2023, 3, 31), None, "Complete", "Complete",
             "Standards launched March 2023; 412 staff attended the locality practice weeks."),
            ("1.2", "Introduce a monthly thematic audit of child in need plans, with learning reported to the Practice Improvement Group.",
             "Head of Quality Assurance", D(2023, 6, 30), D(2023, 9, 30), "Green", "Complete",
             "Audit cycle in place from September 2023. Four thematic reports presented to PIG."),
            ("1.3", "Deliver SMART planning training to all Family Safeguarding and Children with Disabilities practitioners.",
             "Principal Social Worker / Head of Learning and Development", D(2023, 12, 31), D(2024, 4, 30), "Amber", "Amber",
             "78% of practitioners trained. Remaining sessions booked for March and April 2024."),
        ]),
        ("Management oversight and supervision, so that drift and delay for children subject to child protection plans is identified and addressed.", [
            ("1.4", "Implement the revised supervision policy, including recorded reflective supervision every six weeks for every practitioner.",
             "Assistant Director – Family Safeguarding", D(2023, 5, 31), None, "Green", "Green",
             "Compliance with six-weekly supervision at 86% (target 90%)."),
            ("1.5", "Establish a monthly child protection performance clinic chaired by the Director to track children subject to plans for more than 15 months.",
             "Director – Family Resilience and Safeguarding", D(2023, 4, 30), None, "Complete", "Complete",
             "Clinic running since April 2023; number of children on plans over 15 months down from 64 to 29."),
        ]),
    ]),
    ("Theme 2: Children in care and care leavers", [
        ("The sufficiency of local homes for children in care, so that more children live close to their families, schools and communities.", [
            ("2.1", "Open two new in-house children's homes in Surrey as part of the Children's Homes Capital Programme.",
             "Head of Commissioning (Children's Placements)", D(2024, 3, 31), D(2024, 9, 30), "Amber", "Red",
             "Planning consent for the second home delayed; Ofsted registration now expected August 2024."),
            ("2.2", "Launch a targeted foster carer recruitment campaign for sibling groups and older children, with an enhanced allowance offer.",
             "Head of Fostering", D(2023, 10, 31), None, "Green", "Complete",
             "Campaign launched October 2023; 23 enquiries converted to assessment."),
        ]),
        ("The quality of pathway plans for care leavers, and their access to suitable accommodation.", [
            ("2.3", "Review all pathway plans for care leavers aged 18–21 to ensure they are up to date and written with the young person.",
             "Head of Care Leavers Service", D(2023, 7, 31), None, "Complete", "Complete",
             "All 387 plans reviewed; 94% in date at January 2024."),
            ("2.4", "Agree a joint housing protocol with the eleven Surrey district and borough councils, including a ring-fenced supply of move-on accommodation.",
             "Head of Care Leavers Service; Chief Housing Officers' Group", D(2023, 12, 31), D(2024, 6, 30), "Amber", "Amber",
             "Protocol agreed by 9 of 11 councils. Two councils to sign off in March 2024."),
        ]),
    ]),
    ("Theme 3: Leadership, management and workforce", [
        ("The stability of the social work workforce, so that children do not experience frequent changes of social worker.", [
            ("3.1", "Reduce reliance on agency social workers through the 'Grow Our Own' academy and a refreshed recruitment and retention offer.",
             "Head of Workforce Development", D(2025, 3, 31), None, "Green", "Green",
             "Agency rate 19% (from 27% in November 2022). Second academy cohort of 32 started January 2024."),
            ("3.2", "Strengthen quality assurance reporting to the Corporate Parenting Board and Improvement Board through a quarterly practice quality report.",
             "Director – Quality and Performance", D(2023, 9, 30), None, "Green", "Complete",
             "First quarterly report presented to Improvement Board in October 2023."),
        ]),
    ]),
]

RAG_FILL = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}


def make_surrey():
    wb = Workbook()
    # --- Summary sheet (first) ---
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = "Surrey County Council – Children's Services Improvement Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Summary of progress at 31 January 2024 (for Improvement Board, 15 February 2024)"
    ws["A4"], ws["B4"], ws["C4"] = "Current RAG", "Number of actions", "Change since October 2023"
    for c in ("A4", "B4", "C4"):
        ws[c].font = Font(bold=True, color="FFFFFF")
        ws[c].fill = fill(HEAD)
    counts = {}
    for _t, afis in SURREY_THEMES:
        for _a, acts in afis:
            for a in acts:
                counts[a[6]] = counts.get(a[6], 0) + 1
    rows = [("Complete", counts.get("Complete", 0), "+2"), ("Green", counts.get("Green", 0), "-2"),
            ("Amber", counts.get("Amber", 0), "0"), ("Red", counts.get("Red", 0), "+1")]
    r = 5
    for name, n, ch in rows:
        ws.cell(r, 1, name).fill = fill(RAG_FILL[name])
        ws.cell(r, 2, n)
        ws.cell(r, 3, ch)
        r += 1
    ws.cell(r, 1, "Total").font = Font(bold=True)
    ws.cell(r, 2, sum(n for _x, n, _y in rows)).font = Font(bold=True)
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 20
    ws.column_dimensions["C"].width = 28

    # --- Plan sheet ---
    ws = wb.create_sheet("Improvement Plan")
    ncol = 9
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"] = "Surrey County Council – Children's Services Improvement Plan"
    ws["A1"].font = Font(bold=True, size=14, color="FFFFFF")
    ws["A1"].fill = fill(HEAD)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A2"] = ("Response to the Ofsted inspection of local authority children's services (ILACS): "
                "fieldwork 14–25 November 2022, report published 13 January 2023")
    ws.merge_cells(start_row=3, start_column=1, end_row=3, end_column=ncol)
    ws["A3"] = "Progress position at 31 January 2024. Plan owner: Executive Director – Children, Families and Lifelong Learning"
    ws["A3"].font = Font(italic=True)
    headers = ["Ref", "Ofsted area for improvement", "Action", "Lead officer", "Original target date",
               "Revised target date", "Previous RAG (Oct 23)", "Current RAG (Jan 24)", "Progress update"]
    for i, h in enumerate(headers, 1):
        c = ws.cell(5, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(HEAD)
        c.alignment = WRAP
        c.border = BOX
    r = 6
    for theme, afis in SURREY_THEMES:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        c = ws.cell(r, 1, theme)
        c.font = Font(bold=True)
        c.fill = fill("BDD7EE")
        r += 1
        for afi, acts in afis:
            first = r
            ws.cell(r, 2, afi).alignment = WRAP
            for ref, action, lead, orig, rev, prev, cur, upd in acts:
                ws.cell(r, 1, ref)
                ws.cell(r, 3, action)
                ws.cell(r, 4, lead)
                c5 = ws.cell(r, 5, orig)
                c5.number_format = "dd/mm/yyyy"
                if rev is not None:
                    c6 = ws.cell(r, 6, rev)
                    c6.number_format = "dd/mm/yyyy"
                c7 = ws.cell(r, 7, prev)
                c7.fill = fill(RAG_FILL[prev])
                c8 = ws.cell(r, 8, cur)
                c8.fill = fill(RAG_FILL[cur])
                if cur in ("Complete", "Red"):
                    c8.font = Font(color="FFFFFF", bold=True)
                ws.cell(r, 9, upd)
                for col in range(1, ncol + 1):
                    ws.cell(r, col).border = BOX
                    if col != 2:
                        ws.cell(r, col).alignment = WRAP
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
    ws.cell(r, 1, "Notes: Revised target dates were agreed by the Improvement Board on 7 December 2023. "
                  "RAG ratings show delivery of the action, not its impact; impact is reported in the quarterly practice quality report.")
    ws.cell(r, 1).font = Font(italic=True)
    for col, w in zip("ABCDEFGHI", (6, 38, 52, 30, 13, 13, 12, 12, 46)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"

    # --- Key and version control ---
    ws = wb.create_sheet("Key & Version")
    ws["A1"] = "RAG key"
    ws["A1"].font = Font(bold=True)
    key = [("Complete", "Action delivered and evidenced"), ("Green", "On track to deliver by the target date"),
           ("Amber", "At risk – some slippage, recovery in hand"), ("Red", "Off track – escalated to Improvement Board")]
    for i, (k, v) in enumerate(key, 2):
        ws.cell(i, 1, k).fill = fill(RAG_FILL[k])
        ws.cell(i, 2, v)
    ws["A8"] = "Version control"
    ws["A8"].font = Font(bold=True)
    ver = [("Version", "Date", "Change", "Author"),
           ("1.0", D(2023, 2, 24), "Plan submitted to Ofsted", "Improvement Programme Manager"),
           ("1.4", D(2023, 10, 31), "Q2 progress update", "Improvement Programme Manager"),
           ("1.5", D(2024, 1, 31), "Q3 progress update; revised dates for 1.2, 1.3, 2.1 and 2.4", "Improvement Programme Manager")]
    for i, row in enumerate(ver, 9):
        for j, v in enumerate(row, 1):
            c = ws.cell(i, j, v)
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if i == 9:
                c.font = Font(bold=True)
    ws.column_dimensions["A"].width = 14
    ws.column_dimensions["B"].width = 40
    ws.column_dimensions["C"].width = 52
    ws.column_dimensions["D"].width = 32
    wb.active = 1
    wb.save(os.path.join(HERE, "kg1-surrey-county-council-ilacs-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Warwickshire Youth Justice Service - HMIP improvement plan (csv)
# ---------------------------------------------------------------------------
WARKS_ROWS = [
    ["Warwickshire Youth Justice Service – Post-inspection Improvement Plan (HM Inspectorate of Probation, 2024)", "", "", "", "", ""],
    ["Fieldwork: 4–8 March 2024 | Report published: 11 June 2024 | Overall rating: Requires improvement | Plan approved by the Youth Justice Management Board: 16 July 2024", "", "", "", "", ""],
    ["", "", "", "", "", ""],
    ["Ref", "Recommendation / Action", "Lead", "Target date", "RAG", "Update – October 2024"],
    ["", "The Warwickshire Youth Justice Management Board should:", "", "", "", ""],
    ["", "1. Make sure that the partnership understands and responds to the over-representation of Black and mixed heritage children in the youth justice system", "", "", "", ""],
    ["1.1", "Commission a disproportionality audit of all out-of-court and court cases from the last 24 months and report the findings to the Board",
     "Head of Service (YJS)", "31/10/2024", "Green", "Audit of 212 cases complete; findings to the November Board."],
    ["1.2", "Agree a partnership disproportionality action plan with Warwickshire Police, health, education and the Crown Prosecution Service",
     "Chair of YJMB & Head of Service (YJS)", "31/12/2024", "Amber", "Draft plan shared. Police data for Q1 and Q2 still awaited."],
    ["", "2. Ensure that children have timely access to speech, language and communication and emotional wellbeing services", "", "", "", ""],
    ["2.1", "Recruit a dedicated speech and language therapist to the YJS, jointly funded by the ICB",
     "ICB Head of Children's Commissioning", "31/07/2024", "Complete", "Therapist in post from 1 July 2024."],
    ["2.2", "Introduce a screening pathway so that every child entering the service is screened for speech, language and communication needs and emotional health needs within 10 working days",
     "Operations Manager / CAMHS Clinical Lead", "30/11/2024", "Green", "Pathway live from 1 October. 31 of 33 new children screened on time."],
    ["", "The Head of Service for Warwickshire Youth Justice Service should:", "", "", "", ""],
    ["", "3. Improve the quality of assessment and planning for keeping other people safe", "", "", "", ""],
    ["3.1", "Deliver risk of harm training for all case managers, including contingency planning",
     "Practice Manager (Quality and Learning)", "30/09/2024", "Complete", "Two cohorts trained (27 staff). Evaluation positive."],
    ["3.2", "Introduce a management oversight checklist for all cases assessed as high or very high risk of serious harm\nChecklist to be signed off by an operations manager before the plan is finalised",
     "Operations Managers", "Dec-24", "Amber", "Checklist drafted; ChildView form change requested from the supplier."],
    ["", "4. Ensure that work to support the safety and wellbeing of victims is consistently delivered", "", "", "", ""],
    ["4.1", "Review the victim contact process with the Police Restorative Justice team so that every identified victim is offered contact within 5 working days",
     "Victim Liaison Officer; Restorative Justice Coordinator", "31/08/2024", "Complete", "New process in place since August 2024."],
    ["4.2", "Audit a sample of cases each quarter to check that victims' safety is reflected in plans",
     "Quality Assurance Lead", "Quarterly", "Green", "Q2 audit: 8 of 10 plans addressed victim safety."],
    ["", "", "", "", "", ""],
    ["Key: Complete = action delivered; Green = on track; Amber = some slippage, recoverable; Red = off track", "", "", "", "", ""],
    ["Next review: Youth Justice Management Board, 21 January 2025", "", "", "", "", ""],
]


def make_warks():
    path = os.path.join(HERE, "kg1-warwickshire-youth-justice-service-hmip-improvement-plan.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in WARKS_ROWS:
            w.writerow(row)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexc):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexc)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    """Write text into a cell; '\n' starts a new paragraph in the cell."""
    parts = text.split("\n")
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    run.font.size = Pt(size)
    for extra in parts[1:]:
        p = cell.add_paragraph()
        run = p.add_run(extra)
        run.bold = bold
        run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 3. Central Bedfordshire Safeguarding Children Partnership - JTAI (docx)
# ---------------------------------------------------------------------------
CBED_AFIS = [
    ("The quality and consistency of the information shared by partner agencies when they make referrals to the Access and Referral Hub, so that decisions are based on a full understanding of the child's circumstances.", [
        ("1.1", "Relaunch the multi-agency referral form with mandatory fields for the child's voice, family history and parental consent.",
         "CBC Head of Service – Access and Referral Hub", "April 2024", BLUE),
        ("1.2", "Deliver briefings on what makes a good referral to designated safeguarding leads in schools and to GP practice safeguarding leads.",
         "Education Safeguarding Lead (CBC)\nNamed GP for Safeguarding (BLMK ICB)", "End of June 2024", GREEN),
        ("1.3", "Audit 30 referrals each quarter from police, health and education to test their quality, and feed back the findings to each agency.",
         "CBSCP Quality Assurance Subgroup", "Quarterly from July 2024", GREEN),
    ]),
    ("The timeliness of police notifications of domestic abuse incidents to children's social care and to schools through Operation Encompass.", [
        ("2.1", "Implement a daily triage of overnight domestic abuse incidents involving children within the Police Safeguarding Hub.",
         "Bedfordshire Police – DCI Public Protection", "March 2024", BLUE),
        ("2.2", "Extend Operation Encompass notifications to early years settings and further education colleges in Central Bedfordshire.",
         "Bedfordshire Police – Operation Encompass Coordinator\nCBC Head of Education Safeguarding", "September 2024", AMBER),
        ("2.3", "Report the timeliness of notifications monthly to the CBSCP Executive as part of the partnership performance dashboard.",
         "CBSCP Business Manager", "Monthly", GREEN),
    ]),
    ("The consistency of health professionals' attendance at, and contribution to, strategy discussions.", [
        ("3.1", "Agree a health protocol setting out which health professional attends each strategy discussion and the expected response times.",
         "Designated Nurse for Safeguarding Children (BLMK ICB)", "31/05/2024", AMBER),
        ("3.2", "Enable virtual attendance at strategy discussions for Bedfordshire Hospitals and ELFT practitioners through a Teams booking system.",
         "Bedfordshire Hospitals Named Nurse and ELFT Named Nurse", "July 2024", RED),
    ]),
]


def make_cbed():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph("Central Bedfordshire Safeguarding Children Partnership – JTAI Partnership Action Plan", style="Title")
    doc.add_paragraph("Joint targeted area inspection: the multi-agency response to identification of initial need and risk", style="Subtitle")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Document owner", "CBSCP Business Manager"),
                 ("Approved by", "CBSCP Executive – Central Bedfordshire Council, Bedfordshire Police and BLMK ICB"),
                 ("Version", "1.3"),
                 ("Date approved", "19 March 2024"),
                 ("Progress as at", "30 April 2024"),
                 ("Next review", "July 2024 Executive meeting")]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)
        shade(row[0], GREY)

    doc.add_paragraph()
    doc.add_paragraph(
        "Ofsted, the Care Quality Commission and HM Inspectorate of Constabulary and Fire & Rescue Services carried out a joint "
        "targeted area inspection of the multi-agency response to identification of initial need and risk in Central Bedfordshire "
        "in December 2023. The letter of findings, published on 6 February 2024, identified three areas for improvement. "
        "This plan sets out how the three statutory safeguarding partners, with schools and other relevant agencies, will address them. "
        "Progress is rated using the colour key at the end of this plan.")

    for i, (afi, acts) in enumerate(CBED_AFIS, 1):
        doc.add_heading(f"Area for improvement {i}", level=2)
        p = doc.add_paragraph()
        run = p.add_run(afi)
        run.italic = True
        run.bold = True
        t = doc.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead agency / officer", "Timescale", "Progress"]):
            set_cell(c, h, bold=True)
            shade(c, "BDD7EE")
        for ref, action, lead, when, colour in acts:
            row = t.add_row().cells
            set_cell(row[0], ref)
            set_cell(row[1], action)
            set_cell(row[2], lead)
            set_cell(row[3], when)
            shade(row[4], colour)
        doc.add_paragraph()

    doc.add_heading("Progress colour key", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for colour, meaning in [(BLUE, "Blue: action completed and evidenced"),
                            (GREEN, "Green: on track"),
                            (AMBER, "Amber: some risk to delivery by the timescale"),
                            (RED, "Red: off track – escalated to the CBSCP Executive")]:
        row = t.add_row().cells
        shade(row[0], colour)
        set_cell(row[1], meaning)

    doc.add_paragraph()
    doc.add_heading("Sign-off by the statutory safeguarding partners", level=2)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Partner", "Lead safeguarding partner", "Date"]):
        set_cell(c, h, bold=True)
    for a, b, c in [("Central Bedfordshire Council", "Director of Children's Services", "19/03/2024"),
                    ("Bedfordshire Police", "Assistant Chief Constable", "19/03/2024"),
                    ("BLMK Integrated Care Board", "Chief Nursing Officer", "19/03/2024")]:
        row = t.add_row().cells
        set_cell(row[0], a)
        set_cell(row[1], b)
        set_cell(row[2], c)
    doc.save(os.path.join(HERE, "kg1-central-bedfordshire-safeguarding-children-partnership-jtai-action-plan.docx"))


# ---------------------------------------------------------------------------
# 4. Luton - Corporate Parenting Board action plan (tab-separated txt)
# ---------------------------------------------------------------------------
LUTON_LINES = [
    ["Luton Borough Council – Corporate Parenting Board Action Plan 2024/25"],
    ["Plan owner: Service Director, Children and Families. Last updated: 14 January 2025"],
    ["RAG key: B = completed   G = on track   A = at risk of delay   R = off track"],
    [],
    ["Priority", "Ref", "What we will do", "Lead", "By when", "RAG", "Update"],
    ["Priority 1: Listening to our children and young people", "1a",
     "Hold quarterly 'Takeover' sessions at which the Children in Care Council sets the Board agenda",
     "Participation Manager", "Quarterly", "G", "First takeover held October 2024; next in February."],
    ["", "1b", "Publish a 'You said, we did' newsletter after every Board meeting",
     "Participation Manager; Democratic Services Officer", "July 2024", "B", "Published July and October 2024."],
    ["", "1c", "Refresh the Pledge with children in care and care leavers, including a young-person-friendly version",
     "Head of Service – Children in Care", "Sept 2024", "B", "New Pledge launched at the Celebration Event on 26 September."],
    ["Priority 2: Good health and emotional wellbeing", "2a",
     "Ensure every child entering care has an initial health assessment within 20 working days",
     "Designated Nurse for Children Looked After", "Mar-25", "A", "Compliance 71% in Q3 (target 90%). Paediatric capacity raised with the ICB."],
    ["", "2b", "Offer every care leaver a health passport and a named contact in their GP practice",
     "Leaving Care Team Manager / Named GP", "Dec-24", "G", "Passports issued to 118 care leavers."],
    ["Priority 3: Education, employment and training", "3a",
     "Increase the number of care leavers in apprenticeships with the council and its partners",
     "Cllr Aisha Malik and Head of HR", "End of March 2025", "G", "Nine apprenticeships started; ring-fenced interviews agreed with London Luton Airport."],
    ["", "3b", "Virtual School to complete a PEP quality audit each term",
     "Virtual School Head", "Termly", "G", "Autumn audit: 84% of PEPs rated good or better."],
    ["Priority 4: Safe and stable homes", "4a",
     "Increase the number of in-house foster carers by 15 households through the Foster Luton campaign",
     "Head of Fostering and Adoption", "March 2025", "A", "8 new households approved to date; 5 in assessment."],
    ["", "4b", "Extend Staying Close support to care leavers leaving residential care, up to age 25",
     "Head of Service – Care Leavers", "30/11/2024", "R", "DfE funding bid unsuccessful; alternative model being costed."],
    ["", "4c", "Review the local offer for care leavers, including council tax exemption to age 25",
     "Head of Service – Care Leavers", "October 2024", "B", "Exemption agreed by the Executive on 9 September 2024."],
    [],
    ["Next Board meeting: 12 March 2025. Updates to the Corporate Parenting Officer by 26 February."],
]


def make_luton():
    path = os.path.join(HERE, "kg1-luton-corporate-parenting-board-action-plan.txt")
    with open(path, "w", encoding="utf-8", newline="") as f:
        for row in LUTON_LINES:
            f.write("\t".join(row) + "\r\n")


# ---------------------------------------------------------------------------
# 5. Kent County Council - short breaks children's home Ofsted action plan (docx)
# ---------------------------------------------------------------------------
KENT_GROUPS = [
    ("Requirements", [
        ("The registered person must ensure that staff are familiar with, and implement, each child's behaviour support plan, including the approved techniques for physical intervention. (Regulation 20(1)(a))",
         "30/04/2025", [
             ("Review every child's behaviour support plan with parents and the Positive Behaviour Support lead.",
              "Registered Manager", "11 April 2025", "Complete"),
             ("All staff to read and sign each child's updated plan; compliance to be checked in supervision.",
              "Registered Manager / Deputy Manager", "30 April 2025", "Complete"),
         ]),
        ("The registered person must ensure that each record of a restraint is completed within 24 hours and includes the child's views. (Regulation 35(3)(a))",
         "30/04/2025", [
             ("Introduce a restraint record checklist, signed off by a manager within 24 hours of each incident.",
              "Deputy Manager", "25 April 2025", "Complete"),
             ("Responsible individual to audit all restraint records each month and report to the Head of Disabled Children's Services.",
              "Responsible Individual", "Monthly – ongoing", "On track"),
         ]),
        ("The registered person must ensure that the independent person's monthly reports are sent to HMCI within the required timescale. (Regulation 44(7))",
         "31/03/2025", [
             ("Set up a shared calendar and tracker so that each Regulation 44 report is forwarded to Ofsted within 10 days of receipt.",
              "Business Support Officer", "31 March 2025", "Complete"),
         ]),
    ]),
    ("Recommendations", [
        ("The registered person should ensure that children's communication passports are up to date and are used by all staff. (‘Guide to the Children’s Homes Regulations including the quality standards’, page 33, paragraph 6.6)",
         "–", [
             ("Speech and language therapist to review and refresh each child's communication passport with the child and family.",
              "Registered Manager and NHS Speech and Language Therapist", "June 2025", "On track"),
         ]),
        ("The registered person should ensure that staff are trained in epilepsy care and the administration of rescue medication before they work alone with children who need it. (‘Guide to the Children’s Homes Regulations including the quality standards’, page 36, paragraph 7.14)",
         "–", [
             ("Book accredited epilepsy and buccal midazolam training for the six staff whose training has lapsed.",
              "Registered Manager", "31/05/2025", "Complete"),
             ("Add epilepsy training to the unit's mandatory training matrix, with annual refresher dates.",
              "Training and Development Officer", "Sept 2025", "Not started"),
         ]),
    ]),
]

STATUS_FILL = {"Complete": "9DC3E6", "On track": "C6EFCE", "Not started": "FFFFFF"}


def make_kent():
    doc = Document()
    sec = doc.sections[0]
    # landscape
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)

    p = doc.add_paragraph("Kent County Council – Orchard Lodge Short Breaks Unit: Ofsted Post-inspection Action Plan", style="Title")
    p = doc.add_paragraph()
    p.add_run("Disabled Children and Young People's Service").bold = True

    t = doc.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    info = [("Setting", "Orchard Lodge (children's home providing short breaks)", "URN", "SC047221"),
            ("Inspection dates", "12 and 13 March 2025", "Inspection type", "Full inspection"),
            ("Overall experiences and progress of children", "Requires improvement to be good", "Report published", "4 April 2025"),
            ("Registered manager", "Dawn Whitfield", "Responsible individual", "Marcus Ogunleye"),
            ("Plan returned to Ofsted", "17 April 2025", "Progress as at", "9 June 2025")]
    for a, b, c, d in info:
        row = t.add_row().cells
        set_cell(row[0], a, bold=True)
        set_cell(row[1], b)
        set_cell(row[2], c, bold=True)
        set_cell(row[3], d)
        shade(row[0], GREY)
        shade(row[2], GREY)

    doc.add_paragraph()
    doc.add_paragraph("The requirements and recommendations below are taken from the inspection report. "
                      "Requirements must be met by the date set by Ofsted.")

    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    hdr = ["Requirement / recommendation", "Ofsted due date", "Action", "Responsible", "Target date", "Status"]
    for c, h in zip(t.rows[0].cells, hdr):
        set_cell(c, h, bold=True)
        shade(c, "BDD7EE")
    for group, items in KENT_GROUPS:
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[5])
        set_cell(merged, group, bold=True, size=10)
        shade(merged, GREY)
        for text, due, acts in items:
            first_idx = len(t.rows)
            for action, resp, target, status in acts:
                cells = t.add_row().cells
                set_cell(cells[2], action)
                set_cell(cells[3], resp)
                set_cell(cells[4], target)
                set_cell(cells[5], status)
                shade(cells[5], STATUS_FILL[status])
            last_idx = len(t.rows) - 1
            a = t.cell(first_idx, 0)
            b = t.cell(first_idx, 1)
            if last_idx > first_idx:
                a = a.merge(t.cell(last_idx, 0))
                b = b.merge(t.cell(last_idx, 1))
            set_cell(a, text)
            set_cell(b, due)

    doc.add_paragraph()
    doc.add_paragraph("Signed: Dawn Whitfield, Registered Manager        Date: 9 June 2025")
    doc.add_paragraph("Countersigned: Marcus Ogunleye, Responsible Individual        Date: 10 June 2025")
    doc.save(os.path.join(HERE, "kg1-kent-county-council-short-breaks-childrens-home-ofsted-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Bracknell Forest - Early Help Strategy action plan (xlsx, one sheet per priority)
# ---------------------------------------------------------------------------
BF_PRIORITIES = [
    ("P1 Early identification", "Priority 1: Early identification – children and families get help as soon as needs emerge",
     "Head of Early Help", [
         ("1.1", "Roll out the Early Help Assessment e-form on the Family Information Portal for all schools and health visitors",
          "KM / JP", "Schools; Health Visiting (BHFT)", "Q2 2024/25", GREEN, "Live for schools; health visitor access due August."),
         ("1.2", "Publish a revised Continuum of Need threshold document with the Bracknell Forest Safeguarding Partnership",
          "Head of Early Help", "BFSP partners", "June 2024", BLUE, "Published 28 June 2024."),
         ("1.3", "Train 150 partner practitioners to act as Lead Professional for early help",
          "Early Help Workforce Lead", "Schools; health; housing; VCS", "Sept 2024 – March 2025", AMBER, "64 trained so far; sessions poorly attended in the autumn term."),
     ]),
    ("P2 Family Hubs", "Priority 2: Family Hubs – help that is easy to find, close to home and joined up",
     "Family Hubs Manager", [
         ("2.1", "Open the third Family Hub at Great Hollands, with a timetable co-produced with parents",
          "Family Hubs Manager", "Parent carer forum; libraries", "Q3 2024/25", GREEN, "Building works complete; opening event booked."),
         ("2.2", "Deliver the Start for Life offer (perinatal mental health, infant feeding and parent-infant relationships) through every Family Hub",
          "Public Health Consultant and Family Hubs Manager", "BHFT; midwifery", "March 2025", AMBER, "Infant feeding offer in place; perinatal mental health post vacant."),
         ("2.3", "Launch a Family Hubs virtual offer and digital front door",
          "Digital Services Manager", "Family Information Service", "Q4 2024/25", RED, "Supplier procurement paused pending budget decision."),
     ]),
    ("P3 Workforce", "Priority 3: A skilled and confident early help workforce across the partnership",
     "Early Help Workforce Lead", [
         ("3.1", "Introduce a shared early help practice framework across council and partner teams",
          "Head of Early Help", "All partners", "Dec 2024", GREEN, "Framework drafted; consultation closes 30 November."),
         ("3.2", "Run early help network meetings for school pastoral leads",
          "Early Help Locality Managers", "Schools", "Termly", GREEN, "Autumn meetings held in all three localities."),
         ("3.3", "Develop an early help outcomes dashboard for the Early Help Partnership Board",
          "BI Manager; Head of Early Help", "Performance and Intelligence", D(2025, 1, 31), BLUE, "Dashboard presented to the January Board."),
     ]),
]


def make_bracknell():
    wb = Workbook()
    ws = wb.active
    ws.title = "Overview"
    ws["A1"] = "Bracknell Forest Early Help Strategy 2023–2026: Action Plan 2024/25"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Owner: Early Help Partnership Board. Position at 31 January 2025."
    ws["A4"] = "Progress by priority"
    ws["A4"].font = Font(bold=True)
    hdr = ["Priority", "Actions", "Complete", "On track", "Some concerns", "Off track"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(5, i, h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
    r = 6
    for _sheet, heading, _lead, acts in BF_PRIORITIES:
        cols = [a[5] for a in acts]
        ws.cell(r, 1, heading.split(" – ")[0])
        ws.cell(r, 2, len(acts))
        ws.cell(r, 3, cols.count(BLUE))
        ws.cell(r, 4, cols.count(GREEN))
        ws.cell(r, 5, cols.count(AMBER))
        ws.cell(r, 6, cols.count(RED))
        r += 1
    ws.cell(r, 1, "Total").font = Font(bold=True)
    for col in range(2, 7):
        ws.cell(r, col, f"=SUM({chr(64 + col)}6:{chr(64 + col)}{r - 1})").font = Font(bold=True)
    r += 2
    ws.cell(r, 1, "RAG key (colour of the RAG cell on each priority sheet)").font = Font(bold=True)
    for colour, meaning in [(BLUE, "Complete"), (GREEN, "On track"), (AMBER, "Some concerns – may miss timescale"), (RED, "Off track – needs Board support")]:
        r += 1
        ws.cell(r, 1).fill = fill(colour)
        ws.cell(r, 2, meaning)
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 34
    for col in "CDEF":
        ws.column_dimensions[col].width = 14

    for sheet, heading, plead, acts in BF_PRIORITIES:
        ws = wb.create_sheet(sheet)
        ws.merge_cells("A1:G1")
        ws["A1"] = heading
        ws["A1"].font = Font(bold=True, size=12, color="FFFFFF")
        ws["A1"].fill = fill("7030A0")
        ws["A2"] = f"Priority lead: {plead}"
        ws["A2"].font = Font(italic=True)
        for i, h in enumerate(["No.", "Action", "Lead(s)", "Partners involved", "Timescale", "RAG", "Comments"], 1):
            c = ws.cell(4, i, h)
            c.font = Font(bold=True)
            c.fill = fill(GREY)
            c.border = BOX
        for j, (no, action, lead, partners, when, colour, comment) in enumerate(acts, 5):
            vals = [no, action, lead, partners, when, None, comment]
            for i, v in enumerate(vals, 1):
                c = ws.cell(j, i, v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(j, 6).fill = fill(colour)
        for col, w in zip("ABCDEFG", (6, 55, 26, 26, 20, 8, 45)):
            ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "kg1-bracknell-forest-early-help-strategy-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 7. Brighton & Hove - local area SEND priority action plan (xlsx, REFUSE: typo month)
# ---------------------------------------------------------------------------
BH_AREAS = [
    ("Area for priority action 1: Leaders across education, health and care should urgently improve the timeliness and quality of EHC needs assessments and plans, including the contributions from health and social care.", [
        ("1.1", "Recruit six additional EHC coordinators and clear the backlog of overdue needs assessments",
         "Head of SEN Service", D(2024, 12, 1), D(2025, 6, 30), "80% of EHC plans issued within 20 weeks by June 2025", "Amber"),
        ("1.2", "Introduce a multi-agency quality assurance panel that audits 10% of new EHC plans each month",
         "Principal Educational Psychologist / Designated Clinical Officer", D(2025, 1, 1), D(2025, 3, 31), "85% of audited plans rated good or better", "Green"),
        ("1.3", "Agree timescales for health and social care advice, with escalation to the Designated Medical Officer when advice is late",
         "Designated Medical Officer (NHS Sussex)", D(2024, 12, 1), D(2025, 2, 28), "95% of health advice returned within 6 weeks", "Complete"),
    ]),
    ("Area for priority action 2: Leaders should reduce waiting times for neurodevelopmental assessments and improve the support available to children and families while they wait.", [
        ("2.1", "Commission additional autism and ADHD assessment capacity from an independent provider",
         "Head of Children's Commissioning (NHS Sussex)", D(2025, 1, 1), D(2025, 9, 30), "Maximum wait reduced from 104 to 52 weeks", "Amber"),
        ("2.2", "Launch a 'waiting well' support offer through Family Hubs and the parent carer forum",
         "Head of Early Help and Family Hubs; Amaze", D(2025, 2, 1), D(2025, 5, 31), "Every family on the waiting list offered contact within 4 weeks", "Green"),
        ("2.3", "Pilot ordinarily available neurodiversity support in 12 primary schools",
         "Inclusion Support Service Manager", D(2025, 4, 1), "0ct-25", "Reduction in suspensions for pilot school pupils with SEND", "Green"),
    ]),
    ("Area for priority action 3: Leaders should improve preparation for adulthood, so that young people with SEND have clear pathways into employment, independent living and adult health services.", [
        ("3.1", "Establish a 14–25 transitions panel covering education, adult social care and adult health",
         "Head of Adult Social Care (Transitions) & Head of SEN Service", D(2025, 1, 1), D(2025, 4, 30), "All young people in Year 9 and above with an EHC plan have a PfA outcome", "Green"),
        ("3.2", "Expand the supported internship programme with the council and University Hospitals Sussex",
         "Employment Support Manager", D(2025, 3, 1), D(2025, 7, 31), "40 supported interns in 2025/26", "Green"),
    ]),
]

BH_RAG = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}


def make_brighton():
    wb = Workbook()
    ws = wb.active
    ws.title = "Priority Action Plan"
    ncol = 7
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"] = "Brighton & Hove Local Area Partnership – SEND Priority Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A2"] = "Area SEND inspection by Ofsted and the CQC, 9–13 September 2024. Inspection outcome published 5 November 2024."
    ws.merge_cells(start_row=3, start_column=1, end_row=3, end_column=ncol)
    ws["A3"] = ("Joint owners: Executive Director, Families, Children and Learning (Brighton & Hove City Council) and "
                "Chief Nursing Officer (NHS Sussex). Progress at SEND Partnership Board, 20 March 2025.")
    ws["A3"].font = Font(italic=True)
    hdr = ["Ref", "Action", "Lead", "Start", "End", "How we will measure success", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(5, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("00617F")
        c.border = BOX
    r = 6
    for area, acts in BH_AREAS:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        c = ws.cell(r, 1, area)
        c.font = Font(bold=True)
        c.fill = fill("DDEBF7")
        c.alignment = WRAP
        ws.row_dimensions[r].height = 32
        r += 1
        for ref, action, lead, start, end, measure, rag in acts:
            vals = [ref, action, lead, start, end, measure, rag]
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            ws.cell(r, 7).fill = fill(BH_RAG[rag])
            r += 1
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
    ws.cell(r, 1, "RAG: Complete (blue) = delivered; Green = on track; Amber = at risk; Red = off track. "
                  "Progress against each measure is reported in the SEND performance scorecard.")
    ws.cell(r, 1).font = Font(italic=True)
    for col, w in zip("ABCDEFG", (6, 55, 34, 10, 10, 40, 11)):
        ws.column_dimensions[col].width = w

    ws = wb.create_sheet("Version control")
    rows = [("Version", "Date", "Comment"),
            ("0.3", D(2024, 12, 12), "Draft shared with parent carer forum (Amaze)"),
            ("1.0", D(2025, 1, 10), "Submitted to Ofsted and the CQC"),
            ("1.1", D(2025, 3, 14), "Progress update for SEND Partnership Board")]
    for i, row in enumerate(rows, 1):
        for j, v in enumerate(row, 1):
            c = ws.cell(i, j, v)
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if i == 1:
                c.font = Font(bold=True)
    ws.column_dimensions["C"].width = 50
    wb.save(os.path.join(HERE, "kg1-brighton-hove-local-area-send-priority-action-plan-typo-month-refuse.xlsx"))


if __name__ == "__main__":
    make_surrey()
    make_warks()
    make_cbed()
    make_luton()
    make_kent()
    make_bracknell()
    make_brighton()
    print("built 7 files in", HERE)
