"""Build the seven zww- blind test files (set heldout640).

Run with /work/main/.venv/bin/python zww_make.py  (writes beside this script).
Only files starting with zww- are written.
"""
import csv
import io
import os
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zww-")
    return os.path.join(HERE, name)


FILL = {
    "blue": PatternFill(fill_type="solid", fgColor="FF0070C0"),
    "green": PatternFill(fill_type="solid", fgColor="FF00B050"),
    "amber": PatternFill(fill_type="solid", fgColor="FFFFC000"),
    "red": PatternFill(fill_type="solid", fgColor="FFFF0000"),
    "head": PatternFill(fill_type="solid", fgColor="FF1F3864"),
    "grey": PatternFill(fill_type="solid", fgColor="FFD9D9D9"),
    "pale": PatternFill(fill_type="solid", fgColor="FFDEEAF6"),
}
THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def box_row(ws, row, first, last):
    for c in range(first, last + 1):
        cell = ws.cell(row=row, column=c)
        cell.border = BOX
        cell.alignment = WRAP


# ---------------------------------------------------------------------------
# 1. Gwent Police and OPCC - Audit Wales recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def gwent():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Audit Wales Recommendations Tracker"
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "Office of the Police and Crime Commissioner for Gwent and Gwent Police"
    cov["A2"].font = Font(bold=True, size=12)
    cov["A3"] = "Joint Audit Committee – 11 December 2025"
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    control = [
        ("Owner", "Chief Finance Officer (OPCC) and Assistant Director of Finance (Force)"),
        ("Version", "v3.2"),
        ("Last updated", datetime(2025, 11, 28)),
        ("Reporting to", "Joint Audit Committee"),
        ("Classification", "OFFICIAL"),
    ]
    for i, (k, v) in enumerate(control, start=6):
        cov.cell(row=i, column=1, value=k).font = Font(bold=True)
        c = cov.cell(row=i, column=2, value=v)
        if isinstance(v, datetime):
            c.number_format = "dd/mm/yyyy"
        box_row(cov, i, 1, 2)
    cov["A12"] = ("This tracker records the recommendations made by Audit Wales in its reports to the "
                  "Police and Crime Commissioner and the Chief Constable, the agreed management response "
                  "and progress. Recommendations reported to the JAC as complete are archived at the next "
                  "meeting.")
    cov["A12"].alignment = WRAP
    cov.merge_cells("A12:B12")
    cov.row_dimensions[12].height = 60
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 70

    ws = wb.create_sheet("Tracker")
    headers = ["Ref", "Recommendation", "Priority", "Management response / agreed action",
               "Responsible officer", "Original target date", "Revised target date",
               "Previous RAG", "Current RAG", "Progress update (November 2025)"]
    ws["A1"] = "Audit Wales recommendations – position at 28 November 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:J1")
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(row=3, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = FILL["grey"]
    box_row(ws, 3, 1, 10)

    def group(row, text):
        ws.cell(row=row, column=1, value=text)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=10)
        ws.cell(row=row, column=1).font = Font(bold=True, color="FFFFFFFF")
        ws.cell(row=row, column=1).fill = FILL["head"]

    def rag(cell, word):
        cell.value = word
        key = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}.get(word)
        if key:
            cell.fill = FILL[key]
            if key in ("blue", "red"):
                cell.font = Font(color="FFFFFFFF", bold=True)

    def row(r, ref, rec, pri, act, lead, orig, rev, prev, cur, prog):
        vals = [ref, rec, pri, act, lead, orig, rev, None, None, prog]
        for c, v in enumerate(vals, start=1):
            cell = ws.cell(row=r, column=c, value=v)
            if isinstance(v, datetime):
                cell.number_format = "dd/mm/yyyy"
        rag(ws.cell(row=r, column=8), prev)
        rag(ws.cell(row=r, column=9), cur)
        box_row(ws, r, 1, 10)

    group(4, "Audit of Accounts Report 2023-24 (ISA 260) – Police and Crime Commissioner and Chief Constable")
    row(5, "AW24-01",
        "Strengthen the authorisation of manual journals so that all journals above £250,000 are independently approved before posting.",
        "Medium",
        "A monthly report of manual journals above £250,000 will be produced from the finance system and reviewed and signed off by the Head of Finance. Workflow in the ledger will be reconfigured so that preparers cannot post their own journals.",
        "Head of Finance", datetime(2025, 3, 31), datetime(2025, 9, 30), "Amber", "Complete",
        "Journal workflow reconfigured in September 2025 and monthly report in place. Audit Wales to verify during the 2024-25 audit.")
    row(6, "AW24-02",
        "Maintain a complete and accurate fixed asset register, including the reconciliation of vehicle disposals to the fleet management system.",
        "Medium",
        "Introduce a quarterly reconciliation between the fixed asset register and the Tranman fleet system, with disposals confirmed by the Fleet Manager.",
        "Financial Accountant; Fleet Manager", datetime(2024, 12, 31), None, "Green", "Complete",
        "Reconciliations completed for Q1 and Q2 2025-26 with no unreconciled items.")

    group(7, "Review of Estates Strategy and Asset Management – September 2024")
    rec1 = ("R1 The Commissioner and the Chief Constable should set out in the refreshed Estates Strategy how "
            "the future estate will support the Police and Crime Plan and the force operating model, with "
            "costed options and clear milestones.")
    row(8, "R1a", rec1, "High",
        "Refresh the Estates Strategy 2025-2030 with a costed delivery plan and present it to the Strategy and Performance Board for approval.",
        "Head of Estates", datetime(2025, 3, 31), datetime(2026, 1, 31), "Red", "Amber",
        "Draft strategy considered by the Strategy and Performance Board in June 2025. Final version with costed delivery plan due for approval in January 2026.")
    row(9, "R1b", None, None,
        "Align the capital programme to the milestones in the refreshed Estates Strategy and report progress against them to the Joint Audit Committee twice a year.",
        "Chief Finance Officer (OPCC) / Head of Estates", datetime(2025, 9, 30), None, "Green", "Green",
        "Capital programme 2026-27 being prepared on the basis of the draft strategy milestones.")
    ws.merge_cells("B8:B9")
    ws.merge_cells("C8:C9")
    rec2 = ("R2 Develop measures to evaluate the benefits realised from the new headquarters at Llantarnam, "
            "including operational, environmental and financial benefits.")
    row(10, "R2", rec2, "Medium",
        "Produce a benefits realisation report for the new headquarters covering running costs, energy consumption, staff co-location and response times, and present it to the Joint Audit Committee.",
        "Head of Estates", "Q4 2024/25", "Q3 2025/26", "Amber", "Red",
        "Energy data not yet available from the new building management system; report deferred and revised date at risk.")

    group(11, "Audit of Accounts Report 2024-25 (ISA 260) – Police and Crime Commissioner and Chief Constable")
    row(12, "AW25-01",
        "Ensure that the Annual Governance Statement is supported by a documented assurance map.",
        "High",
        "Develop an assurance map for the OPCC and the force, linking each element of the Annual Governance Statement to its source of assurance, and review it at the Joint Audit Committee before the draft statement is approved.",
        "Chief Executive (OPCC)", datetime(2026, 5, 31), None, "New", "Green",
        "Template agreed with the Joint Audit Committee chair; first draft in preparation.")
    row(13, "AW25-02",
        "Review the useful economic lives applied to ICT equipment and body-worn video devices.",
        "Low",
        "Review the useful economic lives of ICT equipment and body-worn video devices with the Head of Digital Services and update the accounting policy for the 2025-26 accounts.",
        "Financial Accountant", datetime(2026, 3, 31), None, "New", "Green",
        "Review scheduled for January 2026.")
    row(14, "AW25-03",
        "Improve the timeliness of responses to audit queries by agreeing named contacts and a response standard.",
        "Medium",
        "Agree an audit protocol with Audit Wales setting a five working day response standard and named contacts for each area of the accounts.",
        "Head of Finance", datetime(2025, 10, 31), None, "Green", "Complete",
        "Protocol agreed with Audit Wales on 14 October 2025.")

    ws["A16"] = "Summary by current RAG"
    ws["A16"].font = Font(bold=True)
    summary = [("Complete", 3), ("Green", 3), ("Amber", 1), ("Red", 1), ("Total", 8)]
    for i, (k, n) in enumerate(summary, start=17):
        ws.cell(row=i, column=1, value=k)
        ws.cell(row=i, column=2, value=n)
        box_row(ws, i, 1, 2)
    ws["A17"].fill = FILL["blue"]
    ws["A18"].fill = FILL["green"]
    ws["A19"].fill = FILL["amber"]
    ws["A20"].fill = FILL["red"]
    ws["A20"].font = Font(color="FFFFFFFF")
    ws["A21"].font = Font(bold=True)
    widths = [10, 45, 10, 55, 26, 14, 14, 12, 12, 45]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A4"

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    entries = [("Complete", "blue", "Action implemented and evidence provided to Audit Wales"),
               ("Green", "green", "On track to meet the target date"),
               ("Amber", "amber", "At risk of missing the target date"),
               ("Red", "red", "Target date missed or will not be met"),
               ("New", None, "Recommendation added since the last meeting")]
    for i, (w, f, d) in enumerate(entries, start=2):
        c = key.cell(row=i, column=1, value=w)
        if f:
            c.fill = FILL[f]
        key.cell(row=i, column=2, value=d)
    key.column_dimensions["B"].width = 60
    wb.save(out("zww-gwent-police-and-opcc-audit-wales-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 2. North West Independent Hospital - RQIA QIP (xlsx, refuse)
# ---------------------------------------------------------------------------
def nwih():
    wb = Workbook()
    ws = wb.active
    ws.title = "QIP"
    ws["A1"] = "North West Independent Hospital – Quality Improvement Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "RQIA announced inspection, 13 and 14 May 2025"
    ws["A3"] = "Inspection ID: IN047812    Establishment ID: 10873"
    ws["A4"] = ("The areas for improvement below were identified during the inspection and are stated against "
                "The Minimum Care Standards for Independent Healthcare Establishments (July 2014).")
    ws.merge_cells("A4:H4")
    ws["A4"].alignment = WRAP
    ws.row_dimensions[4].height = 30
    headers = ["Area for improvement", "Ref: Standard", "Stated", "Action required to ensure compliance",
               "Responsible person", "To be completed by", "Progress update", "RAG"]
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(row=6, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = FILL["pale"]
    box_row(ws, 6, 1, 8)

    def put(r, vals):
        for c, v in enumerate(vals, start=1):
            if v is not None:
                ws.cell(row=r, column=c, value=v)
        box_row(ws, r, 1, 8)

    put(7, ["Area for improvement 1\nThe registered person shall ensure that the WHO surgical safety checklist is fully completed for every patient undergoing a procedure in theatre.",
            "Standard 20.4", "First time",
            "Re-launch the WHO checklist with all theatre staff at the June governance day, with the sign out stage led by the scrub nurse.",
            "Theatre Manager", "30 June 2025", "Completed at governance day on 20 June 2025.", "Complete"])
    put(8, [None, None, None,
            "Audit 20 checklists each month and report compliance to the Medical Advisory Committee.",
            "Theatre Manager / Clinical Governance Lead", "31 August 2025",
            "June 96%, July 100%. Audit continues monthly.", "On track"])
    for col in (1, 2, 3):
        ws.merge_cells(start_row=7, start_column=col, end_row=8, end_column=col)
    put(9, ["Area for improvement 2\nThe registered person shall ensure that all staff complete mandatory training, including adult safeguarding and fire safety, within the timescales set out in the training policy.",
            "Standard 13.3", "Second time",
            "Produce a monthly training compliance report by department and escalate staff more than 30 days overdue to their line manager.",
            "HR Manager", "31 July 2025", "Report issued monthly from July 2025.", "Complete"])
    put(10, [None, None, None,
             "Book additional face-to-face fire safety sessions for theatre and ward staff.",
             "Registered Manager", "30 Setpember 2025",
             "Two sessions held; third booked.", "On track"])
    for col in (1, 2, 3):
        ws.merge_cells(start_row=9, start_column=col, end_row=10, end_column=col)
    put(11, ["Area for improvement 3\nThe registered person shall ensure that patient records are stored securely when not in use.",
             "Standard 8.5", "First time",
             "Install lockable notes trolleys on the ward and add records security to the daily ward walkround checklist.",
             "Ward Manager", "31 October 2025", "Trolleys ordered.", "At risk"])
    put(12, ["Area for improvement 4\nThe registered person shall ensure that the outcome of each complaint investigation is recorded, including whether the complainant was satisfied with the response.",
             "Standard 9.6", "First time",
             "Update the complaints log template to include outcome and satisfaction fields and review all complaints received since January 2025.",
             "Registered Manager", "30 November 2025", "", ""])
    for r in range(7, 13):
        ws.row_dimensions[r].height = 75
        st = ws.cell(row=r, column=8).value
        f = {"Complete": "blue", "On track": "green", "At risk": "amber"}.get(st)
        if f:
            ws.cell(row=r, column=8).fill = FILL[f]
    ws["A14"] = "*Please ensure this document is completed in full and returned via the Web Portal*"
    ws["A14"].font = Font(italic=True)
    ws["A15"] = "RAG: Complete = evidence in place; On track = progressing within timescale; At risk = timescale may not be met"
    widths = [48, 14, 12, 50, 26, 18, 34, 12]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    wb.save(out("zww-north-west-independent-hospital-rqia-qip-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# 3. Caldicot School - Estyn post-inspection action plan (xlsx)
# ---------------------------------------------------------------------------
def caldicot():
    wb = Workbook()
    fs = wb.active
    fs.title = "Front sheet"
    fs["A1"] = "Caldicot School – Post-Inspection Action Plan 2024-2025"
    fs["A1"].font = Font(bold=True, size=16)
    fs["A2"] = "In response to the recommendations of the Estyn inspection, 4–7 March 2024"
    info = [("School", "Caldicot School, Mill Lane, Caldicot, Monmouthshire"),
            ("Headteacher", "Mr R. Pritchard"),
            ("Chair of Governors", "Mrs H. Lloyd"),
            ("EAS Challenge Adviser", "Mr G. Hopkins"),
            ("Approved by the governing body", datetime(2024, 6, 26)),
            ("Progress reviewed", "Each half term by the Standards Committee; termly by the full governing body")]
    for i, (k, v) in enumerate(info, start=4):
        fs.cell(row=i, column=1, value=k).font = Font(bold=True)
        c = fs.cell(row=i, column=2, value=v)
        if isinstance(v, datetime):
            c.number_format = "dd/mm/yyyy"
        box_row(fs, i, 1, 2)
    fs.column_dimensions["A"].width = 32
    fs.column_dimensions["B"].width = 70

    ws = wb.create_sheet("PIAP")
    ws["A1"] = "Caldicot School – Post-Inspection Action Plan 2024-2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    headers = ["No.", "Action", "Lead(s)", "Timescale", "Resources", "Success criteria",
               "Monitoring (who / when)", "RAG July 2025"]
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(row=3, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = FILL["head"]
    box_row(ws, 3, 1, 8)

    rows = [
        ("R", "R1: Improve the consistency of teaching so that it challenges all pupils to make strong progress"),
        ("1.1", "Revise the teaching and learning framework to set out clear expectations for challenge, questioning and feedback, and launch it at the September INSET day.",
         "Deputy Headteacher (Teaching and Learning)", "Sept 2024", "INSET day; T&L budget £2,000",
         "Framework in use in all departments; learning walks show challenge in most lessons", "SLT – October 2024", "B"),
        ("1.2", "Run a programme of fortnightly coaching triads for all teaching staff, focused on planning for challenge.",
         "Assistant Headteacher (Professional Learning)", "Autumn term 2024 – Summer term 2025", "Directed time; cover for 6 days",
         "All teachers complete three coaching cycles", "AHT – half termly report to SLT", "G"),
        ("1.3", "Carry out termly learning walks and book looks with heads of department, with findings reported to governors.",
         "Headteacher; Heads of Department", "Termly", "Leadership time",
         "Reports show improving proportion of lessons with strong challenge", "Standards Committee – termly", "G"),
        ("R", "R2: Strengthen the provision for developing pupils' numeracy skills across the curriculum"),
        ("2.1", "Map opportunities for pupils to apply numeracy skills in each subject in Key Stage 3 and share the map with all departments.",
         "Numeracy Coordinator (Mrs L. Price)", "Dec 2024", "Release time 2 days",
         "Numeracy map published on the staff drive", "DHT – January 2025", "B"),
        ("2.2", "Provide training for non-specialist staff on common methods for calculation, graphs and data handling.",
         "Numeracy Coordinator; EAS Numeracy Lead", "Spring term 2025", "Twilight session x 2",
         "Consistent methods seen in book looks", "Numeracy Coordinator – April 2025", "G"),
        ("2.3", "Track pupils' numeracy progress in Years 7 to 9 using the national personalised assessments and target intervention at pupils below expected progress.",
         "AHT (Data) / Head of Maths", "Summer term 2025", "Intervention teacher 0.4 FTE",
         "80% of targeted pupils make expected progress", "Standards Committee – June 2025", "A"),
        ("R", "R3: Improve attendance, particularly for pupils eligible for free school meals"),
        ("3.1", "Appoint a Family Engagement Officer to work with families of pupils whose attendance is below 90%.",
         "Headteacher", "Sept 2024", "PDG funding",
         "Officer in post; caseload of 40 families", "FGB – Autumn term", "B"),
        ("3.2", "Introduce weekly attendance panels with the Education Welfare Officer and set individual attendance targets for persistently absent pupils.",
         "Head of Pastoral", "Oct 2024", "EWO time",
         "Persistent absence reduced by 3 percentage points", "DHT – monthly", "G"),
        ("3.3", "Report the attendance of pupils eligible for free school meals to the governing body's Pupil Wellbeing Committee each half term.",
         "Deputy Headteacher (Wellbeing)", "Half-termly", "None",
         "Gap between eFSM and non-eFSM attendance narrows", "Pupil Wellbeing Committee", "A"),
        ("R", "R4: Ensure that self-evaluation and improvement planning focus sharply on the impact of teaching on pupils' progress"),
        ("4.1", "Restructure the self-evaluation calendar so that each department review draws on lesson observation, work scrutiny and pupil voice evidence.",
         "Headteacher", datetime(2024, 10, 31), "SLT time",
         "Calendar published; all department reviews completed", "FGB – December 2024", "B"),
        ("4.2", "Train middle leaders to write department improvement plans with measurable success criteria linked to pupil progress.",
         "Deputy Headteacher (Teaching and Learning)", "Jan 2025", "Middle leader meeting time",
         "All department plans quality assured by SLT", "SLT – February 2025", "G"),
    ]
    r = 4
    for item in rows:
        if item[0] == "R":
            ws.cell(row=r, column=1, value=item[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(row=r, column=1).fill = FILL["pale"]
        else:
            for c, v in enumerate(item, start=1):
                cell = ws.cell(row=r, column=c, value=v)
                if isinstance(v, datetime):
                    cell.number_format = "dd/mm/yyyy"
            box_row(ws, r, 1, 8)
            fl = {"B": "blue", "G": "green", "A": "amber", "R": "red"}[item[7]]
            ws.cell(row=r, column=8).fill = FILL[fl]
            ws.cell(row=r, column=8).alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key:  B = Completed   G = On track   A = Some slippage – action needed   R = Not on track")
    ws.cell(row=r, column=1).font = Font(italic=True)
    widths = [6, 55, 28, 18, 24, 38, 26, 10]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    wb.save(out("zww-caldicot-school-estyn-post-inspection-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def bold_cell(cell, text):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True


# ---------------------------------------------------------------------------
# 4. Glasgow City Council - Education Scotland CLD progress visit improvement plan (docx)
# ---------------------------------------------------------------------------
def glasgow():
    d = Document()
    d.add_heading("Glasgow City Council – Community Learning and Development Improvement Plan 2024-25", level=1)
    d.add_paragraph("Prepared in response to the Education Scotland CLD progress visit report published on "
                    "30 January 2024. Approved by the Glasgow CLD Strategic Partnership on 14 March 2024.")

    d.add_paragraph().add_run("Document control").bold = True
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Changes"]):
        bold_cell(t.rows[0].cells[i], h)
    for v in [("0.1", "22/02/2024", "CLD Strategic Manager", "First draft for partners"),
              ("1.0", "14/03/2024", "CLD Strategic Manager", "Approved by Strategic Partnership"),
              ("1.3", "05/06/2025", "CLD Planning Officer", "Progress update for June 2025 Partnership meeting")]:
        cells = t.add_row().cells
        for i, x in enumerate(v):
            cells[i].text = x

    d.add_paragraph().add_run("Key to progress").bold = True
    k = d.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for fill, words in [("0070C0", "Complete"), ("00B050", "On track"),
                        ("FFC000", "Some delay – being managed"), ("FF0000", "Significant delay / at risk")]:
        cells = k.add_row().cells
        shade(cells[0], fill)
        cells[1].text = words

    sections = [
        ("Area for improvement 1",
         "Senior leaders and CLD partners should develop a shared approach to gathering and analysing data to demonstrate the impact of CLD provision across the city.",
         [("1.1", "Agree a core set of outcome measures for youth work, adult learning and community development, aligned to the CLD Plan 2024-27.",
           "CLD Strategic Manager", "Glasgow Life; GCVS", "June 2024",
           "Measures agreed at Partnership meeting on 12 June 2024.", "0070C0"),
          ("1.2", "Introduce a shared data dashboard, updated quarterly, drawing on partner returns and the Council's Power BI platform.",
           "Performance and Improvement Manager / Data Analyst (CLD)", "Glasgow Life", "March 2025",
           "Dashboard live from Q4 2024-25; partner returns at 80%.", "00B050"),
          ("1.3", "Train CLD staff and partner organisations in using the dashboard and in writing short impact reports.",
           "CLD Development Officers", "All partners", "April 2025 – September 2025",
           "Four of six sessions delivered; voluntary sector uptake low.", "FFC000")]),
        ("Area for improvement 2",
         "CLD partners should increase the range of community-based adult learning opportunities, including ESOL, in the areas of highest need.",
         [("2.1", "Open two new ESOL hubs in the North East and South sectors, co-located with community hubs.",
           "Adult Learning Manager", "Glasgow Clyde College; Glasgow Kelvin College", "August 2024",
           "Both hubs opened in August 2024 with 112 learners enrolled.", "0070C0"),
          ("2.2", "Deliver digital skills and family learning courses in the ten most deprived data zones in each sector.",
           "Jane Docherty and Sanjay Mehta", "Glasgow Life libraries", "Ongoing",
           "Courses running in 24 of 30 data zones.", "00B050"),
          ("2.3", "Carry out a learner survey in all adult learning groups and use the findings to plan the 2025-26 programme.",
           "Senior Development Officer (Adult Learning)", "GCVS", "31/05/2025",
           "Survey closed with 640 responses; analysis under way.", "00B050")]),
        ("Area for improvement 3",
         "Governance arrangements for the CLD Plan 2024-27 should be strengthened so that all partners are clear about their roles and accountability for delivery.",
         [("3.1", "Review the terms of reference and membership of the CLD Strategic Partnership and its three sector groups.",
           "Head of Communities and Neighbourhoods", "All partners", "October 2024",
           "Revised terms of reference agreed October 2024.", "0070C0"),
          ("3.2", "Report progress on the CLD Plan 2024-27 to the Wellbeing, Empowerment, Community and Citizen Engagement City Policy Committee twice a year.",
           "Executive Director of Neighbourhoods, Regeneration and Sustainability", "–", "Six-monthly",
           "First report November 2024; May 2025 report delayed to August.", "FFC000"),
          ("3.3", "Publish an annual CLD partnership report for learners and communities, including a plain-English summary.",
           "CLD Strategic Manager", "All partners", "September 2025",
           "Not yet started.", None)]),
    ]
    for heading, text, acts in sections:
        d.add_heading(heading, level=2)
        d.add_paragraph(text)
        t = d.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        for i, h in enumerate(["Ref", "Action", "Lead officer(s)", "Partners", "Timescale", "Progress", "RAG"]):
            bold_cell(t.rows[0].cells[i], h)
        for a in acts:
            cells = t.add_row().cells
            for i in range(6):
                cells[i].text = a[i]
            if a[6]:
                shade(cells[6], a[6])
    d.add_paragraph("Next review: CLD Strategic Partnership, September 2025.")
    d.save(out("zww-glasgow-city-council-education-scotland-cld-progress-visit-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Cylch Meithrin Aberaeron - CIW/Estyn joint inspection action plan (docx)
# ---------------------------------------------------------------------------
def cylch():
    d = Document()
    p = d.add_paragraph()
    r = p.add_run("Cylch Meithrin Aberaeron – Cynllun Gweithredu / Action Plan")
    r.bold = True
    r.font.size = Pt(16)
    d.add_paragraph("Yn dilyn arolygiad ar y cyd AGC ac Estyn / Following the joint CIW and Estyn inspection")

    info = d.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for a, b in [("Dyddiad yr arolygiad / Date of inspection", "12/11/2024"),
                 ("Person cofrestredig / Registered person", "Y Pwyllgor Rheoli / The Management Committee"),
                 ("Person â gofal / Person in charge", "Mrs Elin Jenkins"),
                 ("Diweddarwyd / Updated", "03/03/2025")]:
        cells = info.add_row().cells
        bold_cell(cells[0], a)
        cells[1].text = b
    d.add_paragraph("")

    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(["Maes i’w wella / Area to improve", "Cam gweithredu / Action",
                           "Pwy / Who", "Erbyn / By", "Cynnydd / Progress"]):
        bold_cell(t.rows[0].cells[i], h)

    def section(text):
        cells = t.add_row().cells
        m = cells[0].merge(cells[4])
        bold_cell(m, text)
        shade(m, "D9E2F3")

    def block(area, actions):
        first = len(t.rows)
        for act, who, by, prog in actions:
            cells = t.add_row().cells
            cells[1].text = act
            cells[2].text = who
            cells[3].text = by
            cells[4].text = prog
        t.cell(first, 0).text = area
        if len(actions) > 1:
            t.cell(first, 0).merge(t.cell(first + len(actions) - 1, 0))

    section("Diffyg cydymffurfio / Non-compliance")
    block("NC1: The registered person must ensure that the safeguarding policy is reviewed each year and reflects the Wales Safeguarding Procedures.",
          [("Update the safeguarding policy using the Mudiad Meithrin template and share it with all staff and parents.",
            "Leader", "December 2024", "Complete"),
           ("All staff to complete the Group A safeguarding training on the Social Care Wales website.",
            "Leader; Deputy Leader", "January 2025", "Complete")])
    block("NC2: Risk assessments must be carried out for the outdoor area and for outings, and kept under review.",
          [("Complete written risk assessments for the garden and for the weekly walk to the harbour, and review them each term.",
            "Deputy Leader", "Termly", "On track")])
    section("Argymhellion / Recommendations")
    block("R1: Improve the use of observations to plan the next steps in children's learning.",
          [("Introduce a simple observation sheet linked to the curriculum framework for funded non-maintained nursery settings, and hold a weekly planning meeting.",
            "Leader", "February 2025", "On track"),
           ("Attend the Mudiad Meithrin training on observing and planning for the next steps.",
            "Leader / Practitioners", "Spring term 2025", "Complete")])
    block("R2: Develop the committee's role in monitoring the quality of provision.",
          [("Add the action plan as a standing item on every committee meeting agenda.",
            "Chairperson of the Committee", "January 2025", "Complete"),
           ("The Chair and Treasurer to carry out a learning walk each term and report back to the committee.",
            "Chair / Treasurer", "Summer term 2025", "Not started")])
    d.add_paragraph("")
    d.add_paragraph("Llofnod / Signed: Cadeirydd y Pwyllgor / Chair of the Committee")
    d.save(out("zww-cylch-meithrin-aberaeron-ciw-estyn-joint-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Queens Bay Lodge - Care Inspectorate improvement plan (csv)
# ---------------------------------------------------------------------------
def queens_bay():
    W = 8
    rows = [
        ["Queens Bay Lodge – Care Inspectorate Improvement Plan"] + [""] * (W - 1),
        ["Unannounced inspection completed 17 October 2024; report published 12 November 2024"] + [""] * (W - 1),
        ["Plan owner: Fiona Gillespie, Home Manager. Last updated 6 January 2025"] + [""] * (W - 1),
        [""] * W,
        ["Key question", "Requirement / area for improvement", "Ref", "What we will do", "Who", "By when", "Progress", "RAG"],
        ["1. How well do we support people's wellbeing?",
         "Requirement 1: By 31 January 2025, the provider must ensure that people receive their medication as prescribed. To do this, the provider must, at a minimum, ensure that 'as required' medication protocols are in place and reviewed, and that medication administration records are fully completed.",
         "R1.1", "Review every 'as required' (PRN) protocol with the GP practice and the community pharmacist.",
         "Clinical Lead", "31/12/2024", "All 38 protocols reviewed and signed by GP.", "Complete"],
        ["", "", "R1.2", "Weekly medication audit by the nurse in charge, with a monthly overview by the Home Manager.",
         "Nurse in charge / Home Manager", "31/01/2025", "Weekly audits in place since 4 November.", "Green"],
        ["", "Area for improvement 1: To support people's health and wellbeing, the provider should ensure that people have access to meaningful activity that reflects their interests, including opportunities to go out into the community.",
         "A1.1", "Complete a 'Getting to know me' profile for every resident and plan activities from them.",
         "Activities Coordinator", "28/02/2025", "26 of 41 profiles complete.", "Amber"],
        ["", "", "A1.2", "Arrange weekly outings using the home's minibus, including trips along Portobello promenade.",
         "Activities Coordinator", "Ongoing", "Outings every Wednesday.", "Green"],
        ["2. How good is our leadership?",
         "Area for improvement 2: The provider should ensure that the service improvement plan is developed with input from people, relatives and staff, and that it is regularly reviewed.",
         "A2.1", "Hold quarterly residents' and relatives' meetings and add the agreed actions to the service improvement plan.",
         "Home Manager", "March 2025", "First meeting held 5 December 2024.", "Green"],
        ["4. How good is our setting?",
         "Requirement 2: By 28 February 2025, the provider must ensure that the environment is safe and well maintained. This includes repairing the sluice room flooring on the first floor and replacing worn mattresses.",
         "R2.1", "Replace the first floor sluice room flooring.",
         "Maintenance Manager", "14/02/2025", "Contractor booked for 10 February.", "Amber"],
        ["", "", "R2.2", "Carry out a full mattress audit and replace all mattresses that fail the check.",
         "Housekeeping Supervisor; Clinical Lead", "31/01/2025", "Audit done; 9 mattresses replaced.", "Complete"],
        ["5. How well is our care and support planned?",
         "Area for improvement 3: The provider should ensure that personal plans are reviewed at least every six months with the person and their representative, and that the review is recorded.",
         "A3.1", "Set up a six-monthly review schedule for all residents.\nInvite each person's representative to the review in writing.",
         "Depute Manager", "31 March 2025", "", ""],
        [""] * W,
        ["RAG key: Complete = action finished and evidenced; Green = on track; Amber = at risk of delay; Red = overdue"] + [""] * (W - 1),
    ]
    buf = io.StringIO()
    wr = csv.writer(buf, lineterminator="\r\n")
    wr.writerows(rows)
    with open(out("zww-queens-bay-lodge-care-inspectorate-improvement-plan.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. Regent House School - ETI inspection action plan (tab-separated txt)
# ---------------------------------------------------------------------------
def regent_house():
    lines = [
        ["Regent House School: ETI Inspection Action Plan"],
        ["In response to the ETI inspection report (inspected January 2024)"],
        ["Approved by the Board of Governors 19 March 2024 – progress at 27 June 2025"],
        [],
        ["Ref", "Action", "Lead", "Timescale", "Success criteria", "Progress", "RAG"],
        ["Area for improvement 1: To embed consistently the use of assessment information to plan lessons that meet the needs of all pupils, including those with special educational needs.", "", "", "", "", "", ""],
        ["1.1", "Provide departmental training on using SIMS assessment data to plan differentiated tasks.", "Vice-Principal (Curriculum)", "June 2024", "All departments trained", "Training delivered 11 June 2024", "B"],
        ["1.2", "Include a pupil profile for every pupil on the SEN register in teachers' planning files.", "SENCo; Heads of Department", "Sept 2024", "Profiles in 100% of planning files sampled", "Complete", "B"],
        ["1.3", "Quality assure planning through termly work scrutiny and lesson visits.", "Mrs K Moore / Mr D Irvine", "Termly", "Scrutiny shows planning adapted for identified pupils", "Autumn and spring reviews complete", "G"],
        ["Area for improvement 2: To develop further the provision for digital skills across Key Stage 3.", "", "", "", "", "", ""],
        ["2.1", "Audit digital skills coverage across Key Stage 3 subjects and identify gaps.", "Head of ICT", "Oct 2024", "Audit report to SLT", "Audit presented to SLT 22 October 2024", "B"],
        ["2.2", "Introduce a Year 8 digital skills passport, assessed through the CCEA Using ICT requirements.", "Head of ICT / Head of Year 8", "Sept 2024 – June 2025", "All Year 8 pupils hold a passport", "Passports issued; assessment under way", "G"],
        ["2.3", "Upgrade the wireless network in the Science and Technology block through the C2k programme.", "Bursar", "31/03/2025 (revised 31/10/2025)", "Full wireless coverage in the block", "Delayed by supplier; new date agreed with EA", "A"],
        ["Area for improvement 3: To improve the pastoral support for pupils' emotional health and wellbeing, particularly in Years 11 to 14.", "", "", "", "", "", ""],
        ["3.1", "Appoint a Senior Teacher with responsibility for pupil wellbeing.", "Principal", "Aug 2024", "Post filled", "Appointed from 1 August 2024", "B"],
        ["3.2", "Extend Independent Counselling Service for Schools sessions to two days each week.", "Senior Teacher (Wellbeing)", "Jan 2025", "Waiting time under two weeks", "Second day in place from January", "G"],
        ["3.3", "Survey pupils in Years 11 to 14 on wellbeing each year and report the results to the Board of Governors.", "Senior Teacher (Wellbeing); Pastoral Vice-Principal", "May 2025", "Survey response rate above 70%", "Survey not yet run; moved to September", "R"],
        [],
        ["RAG key: B = complete; G = on track; A = some slippage; R = not on track"],
        ["Note: success criteria are set out in full in the School Development Plan 2024-2027."],
    ]
    text = "\r\n".join("\t".join(l) for l in lines) + "\r\n"
    with open(out("zww-regent-house-school-eti-inspection-action-plan.txt"), "w", encoding="utf-8", newline="") as f:
        f.write(text)


if __name__ == "__main__":
    gwent()
    nwih()
    caldicot()
    glasgow()
    cylch()
    queens_bay()
    regent_house()
    print("built 7 files in", HERE)
