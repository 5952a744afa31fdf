"""Build the seven fi1- data files of set heldout199 (local authority children's services plans).

Run with /work/main/.venv/bin/python fi1_make.py (openpyxl, python-docx).
"""
import csv
import datetime as dt
import os

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE = "00B0F0"
GREEN = "92D050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
NAVY = "1F3864"

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Peterborough YJS - HMI Probation inspection improvement plan (xlsx)
# ---------------------------------------------------------------------------
def peterborough():
    title = "Peterborough Youth Justice Service: HMI Probation Inspection Improvement Plan 2024–25"
    wb = openpyxl.Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov["A3"] = "Document control"
    cov["A3"].font = Font(bold=True)
    rows = [
        ("Version", "Date", "Author", "Status / approval"),
        ("0.3", d(2024, 8, 5), "Head of Youth Justice Service", "Draft for YJMB"),
        ("1.0", d(2024, 9, 18), "Head of Youth Justice Service",
         "Approved by Youth Justice Management Board 18/09/2024"),
        ("1.3", d(2025, 3, 14), "YJS Quality Assurance Officer", "Progress update for YJMB 20/03/2025"),
    ]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cov.cell(row=4 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill(GREY)
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    cov["A9"] = ("Inspection: HM Inspectorate of Probation, fieldwork 3–7 June 2024; report published "
                 "30 July 2024. Overall rating: Requires improvement.")
    cov["A11"] = "RAG key"
    cov["A11"].font = Font(bold=True)
    key = [("Blue", BLUE, "Action complete and evidenced"),
           ("Green", GREEN, "On track to deliver by target date"),
           ("Amber", AMBER, "Some slippage – recovery in hand"),
           ("Red", RED, "Off track – escalated to YJMB")]
    for i, (w, col, meaning) in enumerate(key):
        a = cov.cell(row=12 + i, column=1, value=w)
        a.fill = fill(col)
        a.border = BOX
        cov.cell(row=12 + i, column=2, value=meaning).border = BOX
    cov["A17"] = "Current RAG summary (March 2025)"
    cov["A17"].font = Font(bold=True)
    for i, (w, n) in enumerate([("Complete", 3), ("Green", 1), ("Amber", 3), ("Red", 1), ("Total", 8)]):
        cov.cell(row=18 + i, column=1, value=w).border = BOX
        cov.cell(row=18 + i, column=2, value=n).border = BOX
    cov["A22"].font = Font(bold=True)
    cov["B22"].font = Font(bold=True)
    cov.column_dimensions["A"].width = 16
    cov.column_dimensions["B"].width = 34
    cov.column_dimensions["C"].width = 30
    cov.column_dimensions["D"].width = 50

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Version 1.3 – progress as at 14 March 2025"
    ws["A2"].font = Font(italic=True)
    hdr = ["Recommendation", "Ref", "Action", "Lead", "Original target date", "Revised target date",
           "Previous RAG (Dec 2024)", "Current RAG (Mar 2025)", "Progress update"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.alignment = WRAP
        c.border = BOX
    ragfill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}

    def band(r, text):
        ws.cell(row=r, column=1, value=text)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        c = ws.cell(row=r, column=1)
        c.font = Font(bold=True)
        c.fill = fill("BDD7EE")

    def rec(r1, r2, text):
        ws.cell(row=r1, column=1, value=text)
        if r2 > r1:
            ws.merge_cells(start_row=r1, start_column=1, end_row=r2, end_column=1)
        ws.cell(row=r1, column=1).alignment = WRAP

    def act(r, ref, text, lead, orig, rev, prev, cur, upd, orig_fmt="dd/mm/yyyy"):
        vals = [None, ref, text, lead, orig, rev, prev, cur, upd]
        for j, v in enumerate(vals):
            if j == 0:
                continue
            c = ws.cell(row=r, column=1 + j, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = orig_fmt if j == 4 else "dd/mm/yyyy"
        for j in (7, 8):
            v = vals[j - 1]
            if v in ragfill:
                ws.cell(row=r, column=j).fill = fill(ragfill[v])
        ws.cell(row=r, column=1).border = BOX

    band(5, "The Head of Peterborough Youth Justice Service should:")
    rec(6, 7, "1. improve the quality of assessment and planning so that it consistently addresses the "
              "child’s safety and wellbeing and the risk of harm to others")
    act(6, "1.1", "Deliver a programme of practice workshops on AssetPlus assessment of risk of harm, "
                  "including contingency planning, for all case managers.",
        "Team Manager (Statutory Court Orders)", d(2024, 11, 30), None, "Amber", "Complete",
        "Four workshops delivered Oct–Nov 2024; 100% of case managers attended.")
    act(7, "1.2", "Introduce a monthly thematic audit of assessments and plans, with findings reported to "
                  "the Youth Justice Management Board each quarter.",
        "Head of Youth Justice Service / Quality Assurance Officer", d(2024, 12, 31), d(2025, 3, 31),
        "Amber", "Amber",
        "Audit tool agreed; three audits completed. First quarterly report to YJMB in March 2025.")
    rec(8, 9, "2. ensure that management oversight of out-of-court disposal cases is recorded and effective")
    act(8, "2.1", "Update the out-of-court disposal panel terms of reference so that the rationale for every "
                  "decision is recorded on ChildView.",
        "KW, DP", d(2024, 10, 31), None, "Green", "Complete",
        "Revised terms of reference in use from 1 October 2024.", orig_fmt="mmm-yy")
    act(9, "2.2", "Managers to complete and record a management oversight entry on every out-of-court case "
                  "within 10 working days of allocation.",
        "Operational Manager (Prevention and Diversion)", d(2025, 1, 31), d(2025, 4, 30), "Amber", "Red",
        "Compliance 58% in February 2025. Vacancy in the prevention team manager post; recruitment under way.")
    rec(10, 10, "3. ensure that work to keep victims safe is given sufficient priority")
    act(10, "3.1", "Recruit a dedicated Victim Liaison Officer and establish a victim contact protocol with "
                   "Cambridgeshire Constabulary.",
        "Head of Youth Justice Service; Victim Services Manager", d(2025, 3, 31), None, "Amber", "Green",
        "Officer appointed, starts 3 March 2025. Protocol in draft with the Constabulary.")
    band(11, "The Peterborough Youth Justice Management Board should:")
    rec(12, 13, "4. assure itself that children known to the service have timely access to speech, language "
                "and communication and emotional health support")
    act(12, "4.1", "Agree a service level agreement with the ICB for a speech and language therapist seconded "
                   "to the YJS for a minimum of 0.6 FTE.",
        "Chair of the YJMB", "Q4 2024/25", None, "Red", "Amber",
        "Funding agreed in principle by the ICB; SLA being drafted.")
    act(13, "4.2", "Add waiting times for CAMHS and SALT assessment for YJS children to the quarterly Board "
                   "performance report.",
        "Performance and Information Manager", d(2024, 12, 31), None, "Green", "Complete",
        "Included in the Q3 performance report (December 2024).")
    rec(14, 14, "5. ensure that board members understand and challenge disproportionality in the children the "
                "service works with")
    act(14, "5.1", "Hold a Board development session on disproportionality and refresh the disproportionality "
                   "action plan with named partner leads.",
        "Chair of the YJMB / Head of Youth Justice Service", d(2025, 2, 28), d(2025, 6, 30), "Amber", "Amber",
        "Development session moved to May 2025 to align with the new Board chair.")
    ws["A16"] = ("Note: Previous RAG is as reported to the Youth Justice Management Board on 12 December 2024. "
                 "Revised dates agreed by the Board are shown in column F.")
    ws["A16"].font = Font(italic=True)
    for col, w in zip("ABCDEFGHI", (38, 6, 48, 28, 13, 13, 12, 12, 44)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "C5"
    wb.save(os.path.join(HERE, "fi1-peterborough-yjs-hmip-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Somerset local area SEND accelerated progress plan (xlsx, fill-colour RAG)
# ---------------------------------------------------------------------------
def somerset():
    title = "Somerset Local Area SEND Accelerated Progress Plan (APP) 2023–24"
    wb = openpyxl.Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=14)
    info = [("Name of the local area", "Somerset"),
            ("Date of revisit", "November 2022"),
            ("Date of publication of revisit letter", "January 2023"),
            ("Accountable officers", "Executive Director of Children’s Services (Somerset Council); "
                                     "Chief Nursing Officer (NHS Somerset ICB)"),
            ("DfE / NHS England advisers", "DfE SEND Adviser; NHS England SEND Adviser")]
    for i, (k, v) in enumerate(info):
        a = sm.cell(row=3 + i, column=1, value=k)
        a.font = Font(bold=True)
        a.border = BOX
        sm.cell(row=3 + i, column=2, value=v).border = BOX
    sm["A9"] = "RAG key"
    sm["A9"].font = Font(bold=True)
    key = [(BLUE, "Completed"), (GREEN, "On track"), (AMBER, "Some progress – at risk"),
           (RED, "Not on track"), (None, "Not yet started")]
    for i, (col, meaning) in enumerate(key):
        a = sm.cell(row=10 + i, column=1)
        a.border = BOX
        if col:
            a.fill = fill(col)
        sm.cell(row=10 + i, column=2, value=meaning).border = BOX
    sm["A16"] = "Position at December 2023"
    sm["A16"].font = Font(bold=True)
    hdr = ["Area of weakness", "Actions", "Completed", "On track", "At risk", "Not on track", "Not started"]
    tab = [("1. EHC needs assessments and plans", 3, 1, 1, 1, 0, 0),
           ("2. Joint commissioning", 2, 0, 0, 1, 1, 0),
           ("3. Local offer and communication", 2, 0, 2, 0, 0, 0),
           ("4. Preparation for adulthood", 2, 0, 0, 1, 0, 1),
           ("Total", 9, 1, 3, 3, 1, 1)]
    for j, h in enumerate(hdr):
        c = sm.cell(row=17, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.border = BOX
    for i, r in enumerate(tab):
        for j, v in enumerate(r):
            c = sm.cell(row=18 + i, column=1 + j, value=v)
            c.border = BOX
            if r[0] == "Total":
                c.font = Font(bold=True)
    sm.column_dimensions["A"].width = 38
    sm.column_dimensions["B"].width = 60

    ws = wb.create_sheet("APP")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Progress position: December 2023 (reported to SEND Improvement Board 11/01/2024)"
    hdr = ["Ref", "Action", "Lead(s)", "Key partners", "Timescale", "RAG", "Measure of success",
           "Progress update"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.border = BOX
        c.alignment = WRAP

    def area(r, text):
        ws.cell(row=r, column=1, value=text)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        c = ws.cell(row=r, column=1)
        c.font = Font(bold=True)
        c.fill = fill(GREY)

    def act(r, ref, text, lead, partners, when, rag, measure, upd):
        for j, v in enumerate([ref, text, lead, partners, when, None, measure, upd]):
            c = ws.cell(row=r, column=1 + j, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        if rag:
            ws.cell(row=r, column=6).fill = fill(rag)

    area(5, "Area of weakness 1: The timeliness and quality of EHC needs assessments and plans")
    act(6, "1.1", "Commission additional educational psychology capacity to clear the backlog of overdue EHC "
                  "needs assessments.",
        "Head of SEND Services", "Educational Psychology Service", "Summer term 2023", BLUE,
        "Backlog of overdue assessments cleared", "Backlog cleared by July 2023; 20-week timeliness 54% in "
                                                  "November 2023.")
    act(7, "1.2", "Introduce a multi-agency EHC plan quality assurance framework with monthly moderation "
                  "panels, including parent carer representatives.",
        "Head of SEND Services\nDesignated Clinical Officer (ICB)", "Somerset Parent Carer Forum",
        "Sept 2023", GREEN, "75% of audited plans judged good or better",
        "Framework launched September 2023; four moderation panels held.")
    act(8, "1.3", "Ensure health and social care advice is returned within six weeks in at least 90% of cases, "
                  "monitored through the SEND performance dashboard.",
        "Designated Clinical Officer (ICB)\nService Manager – Children with Disabilities",
        "Somerset NHS Foundation Trust", "Termly", AMBER, "90% of advice returned within six weeks",
        "Health advice 81%; social care advice 64% within six weeks.")
    area(9, "Area of weakness 2: The local area’s joint commissioning arrangements")
    act(10, "2.1", "Publish a joint commissioning strategy for SEND agreed by the Council and NHS Somerset ICB.",
        "Strategic Commissioning Manager – Children", "NHS Somerset ICB", d(2023, 12, 31), AMBER,
        "Strategy approved by both governing bodies", "Draft strategy at ICB Board in January 2024.")
    act(11, "2.2", "Develop a jointly funded pathway for neurodevelopmental assessment, reducing the waiting "
                   "list for ASD assessment.",
        "ICB Associate Director for Children and Young People", "Somerset NHS Foundation Trust",
        "Spring term 2024", RED, "Waiting list reduced by 25%",
        "Waiting list has grown to 1,420 children; recovery proposal going to the Joint Commissioning Board.")
    area(12, "Area of weakness 3: The effectiveness of the local offer and communication with families")
    act(13, "3.1", "Relaunch the Somerset SEND Local Offer website, co-produced with Somerset Parent Carer "
                   "Forum.",
        "SEND Participation and Engagement Lead", "Somerset Parent Carer Forum", "Autumn term 2023", GREEN,
        "Increase in Local Offer visits and positive feedback", "New site in user testing with families.")
    act(14, "3.2", "Hold termly ‘Let’s Talk SEND’ drop-in sessions in each of the four localities and publish a "
                   "‘You said, we did’ summary after each round.",
        "SEND Participation and Engagement Lead / Somerset Parent Carer Forum", "Schools, health, SENDIAS",
        "Termly", GREEN, "Sessions held each term; summaries published",
        "Autumn round held in all four localities; summary published 4 December 2023.")
    area(15, "Area of weakness 4: Preparation for adulthood")
    act(16, "4.1", "Embed preparing for adulthood outcomes in all EHC plans from Year 9 annual reviews onwards.",
        "Preparing for Adulthood Manager", "Schools and colleges", "Summer term 2024", AMBER,
        "PfA outcomes in 90% of Year 9+ plans", "Audit shows PfA outcomes in 62% of Year 9+ plans.")
    act(17, "4.2", "Establish a transitions panel with adult social care and adult health services for young "
                   "people aged 17½ with EHC plans.",
        "Service Manager – Children with Disabilities\nHead of Adult Social Care Operations",
        "Adult Social Care", "31/03/2024", None, "Panel meets monthly",
        "Not yet started – terms of reference to be drafted in January 2024.")
    ws["A19"] = "RAG is shown by cell colour – see key on Summary sheet."
    ws["A19"].font = Font(italic=True)
    for col, w in zip("ABCDEFGH", (6, 50, 34, 24, 16, 8, 30, 44)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "fi1-somerset-council-send-accelerated-progress-plan.xlsx"))


# ---------------------------------------------------------------------------
# 3. Hertfordshire CC children's home Ofsted action plan (xlsx, refuse: 'Febuary 2025')
# ---------------------------------------------------------------------------
def hertfordshire():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ws["A1"] = "Hertfordshire County Council – Children’s Services"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Ofsted Children’s Home Inspection – Action Plan: Oakfield House (SC046812)"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = ("Inspection date: 22–23 October 2024    Overall experiences and progress of children and young "
                "people: Requires improvement to be good")
    ws["A4"] = "Registered manager: Karen Doyle    Responsible individual: Head of Residential and Short Breaks"
    hdr = ["No.", "Type", "Regulation / standard", "Ofsted requirement or recommendation", "Action",
           "Responsible", "Due date", "RAG", "Evidence / update"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=6, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("00594F")
        c.border = BOX
        c.alignment = WRAP
    ragfill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    rows = [
        (7, "1", "Requirement", "Regulation 12 – The protection of children standard",
         "The registered person must ensure that staff assess whether each child is at risk of harm, taking "
         "into account information in the child’s relevant plans, and, if necessary, make arrangements to "
         "reduce the risk of any harm to the child. (Regulation 12 (1) (2)(a)(i))\nTo be completed by: "
         "31 December 2024",
         "All risk assessments reviewed and updated following any incident of going missing, with the child’s "
         "social worker consulted.", "Registered Manager", "31/12/2024", "Green",
         "Risk assessments for all four children reviewed in November 2024."),
        (8, None, None, None, None,
         "Staff team to complete refresher training on the missing from care protocol and return home "
         "interviews.", "Deputy Manager", d(2024, 11, 30), "Complete",
         "Training delivered 12 November 2024; all permanent staff attended."),
        (9, "2", "Requirement", "Regulation 13 – The leadership and management standard",
         "The registered person must ensure that the registered manager monitors and reviews the home’s "
         "arrangements, records and the quality of care, and uses the findings to improve practice. "
         "(Regulation 13 (1)(b) (2)(h))\nTo be completed by: 31 January 2025",
         "Monthly audit of daily logs, incident records and key-work sessions by the registered manager, with "
         "findings shared at team meetings.", "Registered Manager", "January 2025", "Amber",
         "November and December audits completed; themes shared at team meeting."),
        (10, None, None, None, None,
         "Regulation 44 independent visitor to review the home’s monitoring under regulation 45 at each visit.",
         "Head of Residential and Short Breaks", "Febuary 2025", "Green",
         "Independent visitor briefed; first review in January 2025 visit."),
        (11, "3", "Requirement", "Regulation 32 – Fitness of workers",
         "The registered person must only employ an individual to work at the children’s home if full and "
         "satisfactory information is available in relation to the individual in respect of each of the "
         "matters in Schedule 2. (Regulation 32 (3)(d))\nTo be completed by: 15 November 2024",
         "Complete recruitment file audit and obtain any missing employment references for staff.",
         "HR Business Partner / Registered Manager", "15/11/2024", "Complete",
         "All 14 staff files audited; two missing references obtained."),
        (12, "4", "Recommendation", "Quality Standards guide, paragraph 8.14",
         "The registered person should ensure that each child’s placement plan is updated promptly to reflect "
         "their current education arrangements and progress.",
         "Key workers to update placement plans following each PEP and LAC review.", "Key workers",
         "March 2025", "Green", "Checklist added to the key-work file."),
        (13, "5", "Recommendation", "Quality Standards guide, paragraph 10.6",
         "The registered person should ensure that the home is homely and well maintained, and that children "
         "are involved in decisions about the décor of communal areas.",
         "Redecorate communal lounge and replace damaged furniture, with children choosing colours and "
         "furnishings.", "Property Services", "April 2025", "Amber", "Works order raised 4 December 2024."),
    ]
    for r, no, typ, reg, said, action, resp, due, rag, upd in rows:
        vals = [no, typ, reg, said, action, resp, due, rag, upd]
        for j, v in enumerate(vals):
            c = ws.cell(row=r, column=1 + j, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=8).fill = fill(ragfill[rag])
    for col in (1, 2, 3, 4):
        ws.merge_cells(start_row=7, start_column=col, end_row=8, end_column=col)
        ws.merge_cells(start_row=9, start_column=col, end_row=10, end_column=col)
    ws["A15"] = ("RAG: Complete = action completed and evidenced; Green = on track; Amber = in progress, some "
                 "risk; Red = overdue")
    ws["A16"] = ("Plan to be reviewed at each Regulation 44 visit and by the Head of Residential and Short Breaks "
                 "monthly.")
    for col, w in zip("ABCDEFGHI", (5, 15, 24, 52, 44, 24, 12, 10, 40)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "fi1-hertfordshire-county-council-childrens-home-ofsted-action-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for r in p.runs:
                r.font.bold = True


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)


# ---------------------------------------------------------------------------
# 4. Rotherham Corporate Parenting Partnership Board action plan (docx, table per promise)
# ---------------------------------------------------------------------------
def rotherham():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("Rotherham Corporate Parenting Partnership Board Action Plan 2024–2025", style="Title")
    doc.add_paragraph(
        "This action plan sets out how the Board will deliver the promises in our Corporate Parenting Strategy "
        "2023–2026 to Rotherham’s children in care and care leavers. Progress is reported to each meeting of "
        "the Board.")
    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in [("Owner", "Head of Service – Children in Care"), ("Version", "2.1"),
                 ("Date", "14 January 2025"), ("Next review", "April 2025"),
                 ("Approved by", "Corporate Parenting Partnership Board, 18 April 2024")]:
        cells = dc.add_row().cells
        cells[0].text = k
        cells[1].text = v
        shade(cells[0], "DEEAF6")
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("RAG rating key").bold = True
    kt = doc.add_table(rows=0, cols=2)
    kt.style = "Table Grid"
    for w, col, meaning in [("Red", RED, "Not started or off track"), ("Amber", AMBER, "In progress"),
                            ("Green", GREEN, "Completed")]:
        cells = kt.add_row().cells
        cells[0].text = w
        shade(cells[0], col)
        cells[1].text = meaning

    hdr = ["Ref", "What we will do", "Lead", "By when", "RAG", "Update (January 2025)"]
    ragfill = {"Red": RED, "Amber": AMBER, "Green": GREEN}
    promises = [
        ("Promise 1: We will make sure you feel safe and settled where you live", [
            ("1.1", "Increase the number of in-house foster carers through the Rotherham Fostering recruitment "
                    "campaign, with a target of 20 new households approved in 2024/25.",
             "Head of Service – Fostering and Residential", "March 2025", "Amber",
             "11 households approved to date; 6 assessments in progress."),
            ("1.2", "Review all children placed more than 20 miles from Rotherham at the Placement Sufficiency "
                    "Panel, with a plan to return those for whom it is right.",
             "Sufficiency Manager", "Q3 2024/25", "Green",
             "All 38 children reviewed; 7 have moved closer to home."),
            ("1.3", "Launch the ‘Mind of My Own’ app for all children in care aged 8 and over.",
             "Participation Officer; Head of Service – Children in Care", "End of September 2024", "Green",
             "Launched at the Children in Care Council event, 24 September 2024."),
        ]),
        ("Promise 2: We will help you do well in education and training", [
            ("2.1", "Every child in care to have a high-quality Personal Education Plan reviewed each term, with "
                    "95% completed within timescale.",
             "Virtual School Headteacher", "Termly", "Amber",
             "Autumn term: 91% of PEPs completed within timescale; 84% judged good quality."),
            ("2.2", "Create 10 ring-fenced apprenticeships within the council and partner organisations for care "
                    "leavers.",
             "Emma Clarke and Daniel Hughes", "Dec-24", "Red",
             "Four apprenticeships created. Partner pledges delayed; escalated to Board."),
        ]),
        ("Promise 3: We will look after your health and wellbeing", [
            ("3.1", "Initial health assessments to be completed within 20 working days of a child coming into "
                    "care.",
             "Designated Nurse for Children in Care", "Ongoing", "Amber",
             "72% in timescale in Quarter 3 (Quarter 2: 64%)."),
            ("3.2", "Commission a dedicated emotional wellbeing service for children in care and care leavers.",
             "Head of Commissioning (Children)", "By 31 January 2025", "Green",
             "Service contract awarded; service began 6 January 2025."),
        ]),
        ("Promise 4: We will support you as you move into adult life", [
            ("4.1", "Extend council tax exemption for care leavers living in Rotherham up to age 25.\n"
                    "Promote the exemption through the Care Leavers’ Local Offer.",
             "Leaving Care Service Manager / Revenues and Benefits Manager", "April 2025", "Amber",
             "Cabinet decision due February 2025."),
            ("4.2", "Agree a joint housing protocol for 16 and 17 year olds and care leavers with Housing "
                    "Options.",
             "Leaving Care Service Manager", "June 2025", "Red",
             "Not started – awaiting restructure of the Housing Options service."),
        ]),
    ]
    for heading, acts in promises:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for j, h in enumerate(hdr):
            t.rows[0].cells[j].text = h
            shade(t.rows[0].cells[j], "BDD7EE")
        bold_row(t.rows[0])
        for ref, text, lead, when, rag, upd in acts:
            cells = t.add_row().cells
            for j, v in enumerate([ref, text, lead, when, rag, upd]):
                cells[j].text = v
            shade(cells[4], ragfill[rag])
        doc.add_paragraph()
    doc.add_paragraph("Board members are asked to note progress and agree the revised timescales above.")
    doc.save(os.path.join(HERE, "fi1-rotherham-corporate-parenting-board-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. North Somerset ILACS improvement plan (docx, one table, theme + AFI merged rows)
# ---------------------------------------------------------------------------
def north_somerset():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("North Somerset Council – Children’s Services Improvement Plan", style="Title")
    doc.add_paragraph("Response to the Ofsted inspection of local authority children’s services (ILACS), "
                      "15–26 January 2024")
    p = doc.add_paragraph()
    p.add_run("Overall effectiveness: ").bold = True
    p.add_run("Requires improvement to be good")

    doc.add_heading("Version history", level=3)
    vh = doc.add_table(rows=1, cols=4)
    vh.style = "Table Grid"
    for j, h in enumerate(["Version", "Date", "Changes", "Author"]):
        vh.rows[0].cells[j].text = h
    bold_row(vh.rows[0])
    for r in [("1.0", "22/04/2024", "Plan submitted to Ofsted", "Director of Children’s Services"),
              ("1.1", "08/07/2024", "Quarter 1 update", "Head of Quality Assurance"),
              ("1.2", "07/10/2024", "Quarter 2 update; revised dates", "Head of Quality Assurance")]:
        cells = vh.add_row().cells
        for j, v in enumerate(r):
            cells[j].text = v

    doc.add_heading("Status key", level=3)
    sk = doc.add_table(rows=1, cols=2)
    sk.style = "Table Grid"
    sk.rows[0].cells[0].text = "Status"
    sk.rows[0].cells[1].text = "RAG"
    bold_row(sk.rows[0])
    for w, rag, col in [("Complete", "Blue", BLUE), ("On track", "Green", GREEN), ("At risk", "Amber", AMBER),
                        ("Off track", "Red", RED)]:
        cells = sk.add_row().cells
        cells[0].text = w
        cells[1].text = rag
        shade(cells[1], col)

    doc.add_heading("Improvement actions", level=2)
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for j, h in enumerate(["No.", "Action", "Lead officer", "Target date", "Status", "Update (Quarter 2)"]):
        t.rows[0].cells[j].text = h
        shade(t.rows[0].cells[j], "1F3864")
        for r in t.rows[0].cells[j].paragraphs[0].runs:
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    bold_row(t.rows[0])
    stfill = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED}

    def merged(text, colour, bold=True, italic=False):
        cells = t.add_row().cells
        m = cells[0].merge(cells[5])
        m.text = text
        for r in m.paragraphs[0].runs:
            r.font.bold = bold
            r.font.italic = italic
        shade(m, colour)

    def act(no, text, lead, when, status, upd):
        cells = t.add_row().cells
        for j, v in enumerate([no, text, lead, when, status, upd]):
            cells[j].text = v
        shade(cells[4], stfill[status])

    merged("Help and protection", "9DC3E6")
    merged("Area for improvement 1: The timeliness and quality of strategy discussions and the consistency of "
           "management oversight of section 47 enquiries", "DEEAF6", bold=False, italic=True)
    act("1.1", "Introduce a strategy discussion quality standard and a monthly multi-agency audit of strategy "
               "discussions.", "Head of Safeguarding and Quality Assurance", "30 September 2024", "Complete",
        "Standard agreed by the Safeguarding Partnership; audits in place since June 2024.")
    act("1.2", "Team managers to record a management oversight decision on every section 47 enquiry within 24 "
               "hours of its completion.", "JH/AM", "Jul-24", "On track",
        "Compliance 88% in September 2024 (target 95%).")
    merged("Area for improvement 2: The response to 16- and 17-year-olds who present as homeless", "DEEAF6",
           bold=False, italic=True)
    act("2.1", "Refresh the joint housing protocol for 16 and 17 year olds with the housing service, including "
               "joint assessment within 10 working days.", "Head of Service – Assessment and Intervention",
        "31/10/2024", "At risk", "Draft protocol with Housing; sign-off delayed to the October Executive.")
    merged("Children in care and care leavers", "9DC3E6")
    merged("Area for improvement 3: The quality and timeliness of children’s permanence planning, including for "
           "children placed with parents", "DEEAF6", bold=False, italic=True)
    act("3.1", "Establish a permanence tracking panel chaired by the Head of Service to review every child in "
               "care without a permanence plan by their second review.", "Head of Service – Children in Care",
        "Q2 2024/25", "Complete", "Panel meets fortnightly; 46 children reviewed.")
    act("3.2", "Review all children placed with parents under a care order and apply to discharge orders where it "
               "is safe to do so.", "Head of Service – Children in Care; Legal Services Manager",
        "December 2024", "Off track", "9 of 27 children reviewed; capacity in the legal team is limited.")
    merged("Area for improvement 4: The quality of pathway plans and the support to care leavers to access "
           "suitable accommodation", "DEEAF6", bold=False, italic=True)
    act("4.1", "Co-produce a new pathway plan template with the Children in Care Council and care leavers’ "
               "forum.", "Service Manager – Leaving Care", "31 August 2024", "Complete",
        "‘My Pathway’ template in use from 2 September 2024.")
    act("4.2", "Increase the supported lodgings offer by 8 placements.", "Commissioning Manager (Placements)",
        "March 2025", "On track", "3 new hosts approved; 4 in assessment.")
    merged("Leadership and management", "9DC3E6")
    merged("Area for improvement 5: The use of performance information and quality assurance to understand "
           "frontline practice", "DEEAF6", bold=False, italic=True)
    act("5.1", "Implement a revised quality assurance framework with practice learning days and feedback from "
               "children and families in every audit.", "Principal Social Worker", "Nov-24", "On track",
        "Framework approved; first practice learning day 14 October 2024.")
    act("5.2", "Launch a Power BI performance dashboard for team managers, with weekly data on visits, "
               "supervision and plans.", "Business Intelligence Manager", "Q3 2024/25", "At risk",
        "Supervision data not yet available from the case management system.")
    act("5.3", "Refresh the workforce strategy to reduce reliance on agency social workers to below 15%.",
        "Director of Children’s Services", "Ongoing", "On track",
        "Agency rate 19% in September 2024 (January 2024: 27%).")
    doc.add_paragraph()
    doc.add_paragraph("Next update to Children’s Services Improvement Board: January 2025.")
    doc.save(os.path.join(HERE, "fi1-north-somerset-council-ilacs-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Kirklees Early Support Strategy delivery plan (csv exported from Excel)
# ---------------------------------------------------------------------------
def kirklees():
    n = 8
    blank = [""] * (n - 1)
    rows = [
        ["Kirklees Early Support Strategy 2023–2026: Delivery Plan 2024/25"] + blank,
        ["Exported from the Early Support Partnership tracker 04/12/2024"] + blank,
        [""] * n,
        ["Priority", "Ref", "Action", "Lead", "Partners", "Timescale", "RAG", "Update"],
        ["1. Families get the right help at the right time", "ES1.1",
         "Publish a refreshed Kirklees continuum of need and practitioner guidance, co-produced with partners.",
         "Head of Early Support", "KSCP, schools, health", "Sep-24", "B",
         "Published 16 September 2024 and launched at the KSCP conference."],
        ["", "ES1.2",
         "Embed the Early Support Assessment on the partner portal.\nSchools and health partners to be able to "
         "start and update assessments online.",
         "Early Support Systems Lead / Head of Early Support", "Schools, Locala", "Q3 2024/25", "A",
         "Portal testing with 6 pilot schools; health access delayed by information governance sign-off."],
        ["", "ES1.3",
         "Reduce the number of contacts to the Front Door that result in no further action by 10%, through a "
         "consultation line for professionals.",
         "Front Door Service Manager", "West Yorkshire Police, schools", "Mar-25", "G",
         "Consultation line live since July; NFA rate down from 41% to 36%."],
        ["2. Family hubs in every community", "ES2.1",
         "Open family hubs in Dewsbury and Batley, with a published timetable of Start for Life services.",
         "Family Hubs Programme Manager", "Public Health, Locala, CHFT", "Apr 2024 – Mar 2025", "G",
         "Dewsbury hub open; Batley building works complete in January."],
        ["", "ES2.2",
         "Deliver infant feeding and perinatal mental health support through every family hub.",
         "L. Hartley; S. Begum", "Public Health, Midwifery", "Ongoing", "A",
         "Infant feeding in all hubs; perinatal mental health offer in 5 of 8 hubs."],
        ["", "ES2.3", "Recruit and train 40 family hub volunteers and peer supporters.",
         "Volunteer Coordinator", "Third Sector Leaders Kirklees", "Summer term 2025", "R",
         "12 volunteers recruited; coordinator post vacant since October."],
        ["3. A skilled early support workforce", "ES3.1",
         "Roll out the ‘Think Family’ practice model training to all early support practitioners and partner lead "
         "professionals.",
         "Early Support Workforce Development Officer", "KSCP", "31/01/2025", "G",
         "312 practitioners trained; final cohorts booked for January."],
        ["", "ES3.2",
         "Introduce quarterly multi-agency audits of early support plans, reporting to the Early Support "
         "Partnership Board.",
         "Early Support Partnership Manager / Public Health Lead", "KSCP QA subgroup", "Quarterly", "",
         "Audit tool to be agreed at the January Partnership Board."],
        [""] * n,
        ["RAG key: B = complete; G = on track; A = some delay; R = significant delay or not started"] + blank,
        ["Actions marked ‘Ongoing’ or ‘Quarterly’ are reviewed at each Partnership Board."] + blank,
    ]
    path = os.path.join(HERE, "fi1-kirklees-early-help-strategy-action-plan.csv")
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 7. Stockport SCP JTAI action plan (tab-separated text export)
# ---------------------------------------------------------------------------
def stockport():
    T = "\t"
    lines = [
        "Stockport Safeguarding Children Partnership – JTAI Action Plan",
        "Joint targeted area inspection of the multi-agency response to identification of initial need and risk, "
        "9–13 September 2024",
        "Letter of findings published 1 November 2024. Plan agreed by SSCP Executive 28 November 2024. "
        "Update: February 2025",
        "",
        T.join(["Ref", "Action", "Lead agency / officer", "Target date", "RAG", "Progress update"]),
        "Area for improvement 1: The quality of health information shared at strategy discussions",
        T.join(["1.1", "Develop a health strategy discussion template and guidance for health practitioners, agreed "
                       "across Stockport NHS FT and Pennine Care.",
                "Designated Nurse Safeguarding Children (NHS GM – Stockport)", "31/12/2024", "Blue",
                "Template in use from 2 December 2024."]),
        T.join(["1.2", "Named GP to attend or provide written information to every strategy discussion for "
                       "children under 5.",
                "Named GP for Safeguarding Children", "March 2025", "Amber",
                "GP practices reminded via the safeguarding leads network."]),
        T.join(["", "", "", "", "", "GP attendance or written information 61% in January 2025; target 90%."]),
        "Area for improvement 2: The timeliness of police notifications to the MASSH about children living with "
        "domestic abuse",
        T.join(["2.1", "Clear the backlog of public protection notifications awaiting review and maintain a 24-hour "
                       "triage standard.",
                "GMP Stockport DI Public Protection", "w/c 13/01/2025", "Green",
                "Backlog cleared; 24-hour standard met in 93% of notifications."]),
        T.join(["2.2", "Introduce daily domestic abuse triage between police, children’s social care and health in "
                       "the MASSH.",
                "Head of MASSH / GMP DI Public Protection", "30/11/24", "Blue",
                "Daily triage meeting started 4 November 2024."]),
        "Area for improvement 3: Partners’ understanding and use of the Stockport multi-agency thresholds guidance",
        T.join(["3.1", "Deliver threshold briefing sessions for schools, early years and health practitioners, and "
                       "publish a 7-minute briefing.",
                "SSCP Business Manager", "Jan 2025", "Green",
                "Six sessions delivered to 240 practitioners; 7-minute briefing published."]),
        T.join(["3.2", "Audit a sample of 30 contacts each quarter to test the application of thresholds, reporting "
                       "findings to the SSCP Quality Assurance subgroup.",
                "Chair of QA Subgroup; Head of Quality Assurance (CSC)", "Q4 2024/25", "Amber",
                "First audit completed; second audit rescheduled to March."]),
        T.join(["3.3", "Refresh the escalation and professional challenge policy and promote it through the SSCP "
                       "newsletter.",
                "SSCP Business Manager", "TBC", "Red",
                "Awaiting the Greater Manchester policy review."]),
        "",
        "RAG key: Blue = complete; Green = on track; Amber = at risk of delay; Red = delayed / off track",
        "Note: this plan is monitored by the SSCP Executive Group every eight weeks.",
    ]
    path = os.path.join(HERE, "fi1-stockport-scp-jtai-action-plan.txt")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    peterborough()
    somerset()
    hertfordshire()
    rotherham()
    north_somerset()
    kirklees()
    stockport()
    print("built", sorted(x for x in os.listdir(HERE) if x.startswith("fi1-") and not x.endswith(".yaml")))
