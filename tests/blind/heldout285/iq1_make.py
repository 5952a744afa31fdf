"""Build the seven iq1- blind test files (set heldout285).

Run with /work/main/.venv/bin/python iq1_make.py ; files are written beside this script.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE = "0070C0"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
HEAD = "1F3864"
GREY = "D9D9D9"


def fill(hex_):
    return PatternFill(fill_type="solid", start_color=hex_, end_color=hex_)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Stockton-on-Tees local area SEND priority action plan (xlsx)
# ---------------------------------------------------------------------------
def stockton():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Stockton-on-Tees Local Area SEND Partnership – Priority Action Plan and Improvement Plan"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Response to the Area SEND Inspection (Ofsted and CQC), January 2025"
    cov["A3"] = "Inspection dates: 20–24 January 2025 | Report published: 11 March 2025"
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    rows = [
        ("Version", "Date", "Author", "Change"),
        ("1.0", d(2025, 4, 8), "SEND Improvement Lead", "Submitted to DfE and NHS England"),
        ("1.1", d(2025, 6, 16), "SEND Improvement Lead", "Revised target dates agreed by Board"),
        ("1.2", d(2025, 7, 21), "SEND Improvement Lead", "AFI tracker added"),
        ("1.3", d(2025, 9, 9), "SEND Improvement Lead", "Progress update for SEND Partnership Board 17/09/2025"),
    ]
    for i, r in enumerate(rows, start=6):
        for j, v in enumerate(r, start=1):
            c = cov.cell(row=i, column=j, value=v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if i == 6:
                c.font = Font(bold=True)
                c.fill = fill(GREY)
    cov["A12"] = ("Governance: SEND Partnership Board (monthly) reports to Stockton-on-Tees Health and "
                  "Wellbeing Board; DfE and NHS England six-monthly stocktake.")
    cov.column_dimensions["A"].width = 12
    cov.column_dimensions["B"].width = 14
    cov.column_dimensions["C"].width = 24
    cov.column_dimensions["D"].width = 50

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG rating key"
    key["A1"].font = Font(bold=True)
    for i, (name, col, meaning) in enumerate([
        ("Blue", BLUE, "Complete – evidence of impact"),
        ("Green", GREEN, "On track"),
        ("Amber", AMBER, "Some slippage – mitigation in place"),
        ("Red", RED, "Off track – escalated to SEND Partnership Board"),
    ], start=3):
        key.cell(row=i, column=1, value=name).fill = fill(col)
        key.cell(row=i, column=2, value=meaning)
    key.column_dimensions["B"].width = 50

    ws = wb.create_sheet("Priority Action Plan")
    ws["A1"] = "Priority Action Plan – Areas for Priority Action"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:K1")
    ws["A2"] = "Progress update: September 2025"
    hdr = ["Area for priority action", "Ref", "Action", "Lead", "Agency", "Original target date",
           "Revised target date", "Measure of impact", "Previous RAG (June 2025)",
           "Current RAG (Sept 2025)", "Progress update"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(HEAD)
        c.alignment = WRAP
        c.border = BOX
    apa1 = ("APA1 – Leaders across education, health and care should make sure that education, health "
            "and care (EHC) needs assessments are completed within statutory timescales and that EHC "
            "plans accurately reflect children and young people's needs and the outcomes they want to achieve.")
    apa2 = ("APA2 – Leaders should improve access to neurodevelopmental assessment pathways, so that "
            "children and young people receive the right support while they wait.")
    rag = {"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED, "Complete": BLUE}
    data = [
        ("1.1", "Recruit additional EHC coordinators and a locum educational psychology team to clear the "
                "backlog of assessments that are over 20 weeks.",
         "Head of SEND and Inclusion", "SBC", d(2025, 6, 30), d(2025, 9, 30),
         "95% of new EHC plans issued within 20 weeks", "Amber", "Green",
         "Backlog reduced from 112 to 19. Two EHC coordinators appointed permanently in August."),
        ("1.2", "Introduce a multi-agency EHC plan quality assurance framework, with monthly moderation "
                "panels that include health and social care advisers and parent carer representatives.",
         "DCO / Principal Educational Psychologist", "SBC / NENC ICB", d(2025, 7, 31), None,
         "80% of audited plans rated good or better", "Amber", "Amber",
         "Framework agreed. Three panels held; parent carer representation not yet at every panel."),
        ("1.3", "Reissue guidance and deliver training for health professionals on providing timely, "
                "outcome-focused advice for EHC needs assessments.",
         "Designated Clinical Officer (DCO)", "NENC ICB", d(2025, 3, 31), None,
         "Health advice returned within 6 weeks in 90% of cases", "Green", "Complete",
         "Training delivered to 164 practitioners. Health advice timeliness 93% (Q1)."),
        ("2.1", "Agree a single Tees Valley neurodevelopmental pathway with a 'waiting well' offer for "
                "families from the point of referral.",
         "J. Harland (ICB) / M. Kaur (TEWV)", "NENC ICB / TEWV", d(2025, 12, 31), None,
         "Every family on the waiting list contacted within 4 weeks of referral", "Amber", "Amber",
         "Draft pathway out for consultation with Stockton Parent Carer Forum."),
        ("2.2", "Commission additional autism assessment capacity from an independent provider to reduce "
                "the longest waits.",
         "Head of Children's Commissioning", "NENC ICB", d(2025, 8, 31), d(2025, 10, 31),
         "No child waiting more than 52 weeks", "Red", "Amber",
         "Contract awarded July 2025; first assessments started September."),
    ]
    r = 5
    for i, row in enumerate(data):
        ref, act, lead, agency, orig, rev, meas, prev, cur, upd = row
        vals = [None, ref, act, lead, agency, orig, rev, meas, prev, cur, upd]
        for j, v in enumerate(vals, start=1):
            c = ws.cell(row=r + i, column=j, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "mmm-yy"
        ws.cell(row=r + i, column=9).fill = fill(rag[prev])
        ws.cell(row=r + i, column=10).fill = fill(rag[cur])
    ws["A5"] = apa1
    ws.merge_cells("A5:A7")
    ws["A8"] = apa2
    ws.merge_cells("A8:A9")
    for cell in ("A5", "A8"):
        ws[cell].alignment = WRAP
        ws[cell].font = Font(bold=True)
    ws["A11"] = "Note: revised target dates were agreed by the SEND Partnership Board on 18 June 2025."
    for col, w in zip("ABCDEFGHIJK", (40, 6, 55, 26, 16, 12, 12, 30, 11, 11, 45)):
        ws.column_dimensions[col].width = w

    af = wb.create_sheet("Improvement Plan (AFIs)")
    af["A1"] = "Improvement Plan – Areas for Improvement"
    af["A1"].font = Font(bold=True, size=13)
    hdr = ["Ref", "Action", "Lead", "Target date", "Previous RAG", "Current RAG", "Progress update"]
    for j, h in enumerate(hdr, start=1):
        c = af.cell(row=3, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(HEAD)
        c.border = BOX
    afi = [
        ("AFI 1 – Leaders should strengthen how the views of children and young people with SEND shape "
         "strategic planning and commissioning.", [
            ("AFI1.1", "Establish a SEND Youth Forum and report its priorities to every SEND Partnership "
                       "Board meeting.", "Participation Manager", d(2025, 4, 30), GREEN, BLUE,
             "Forum launched April 2025; 14 members. Standing Board item since May."),
            ("AFI1.2", "Co-produce a 'You Said, We Did' summary with Stockton Parent Carer Forum and "
                       "publish it on the Local Offer.", "Assistant Director Education and Inclusion",
             "Termly", None, GREEN, "Summer term summary published 18 July 2025."),
        ]),
        ("AFI 2 – Leaders should make sure that the Local Offer is up to date and easy for families to "
         "find and use.", [
            ("AFI2.1", "Relaunch the SEND Local Offer website following user testing with parents and "
                       "young people.", "SEND Information Officer", "Jan-26 (was Sep-25)", AMBER, RED,
             "Supplier delay; new content management system not available until December."),
        ]),
        ("AFI 3 – Leaders should improve the quality and timeliness of annual reviews of EHC plans.", [
            ("AFI3.1", "Introduce an annual review tracker shared with SENCOs, with reminders issued eight "
                       "weeks before each review is due.", "SEND Casework Team Manager", d(2025, 11, 30),
             AMBER, GREEN, "Tracker live in 41 of 57 schools."),
        ]),
    ]
    r = 4
    for heading, acts in afi:
        c = af.cell(row=r, column=1, value=heading)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        af.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for ref, act, lead, target, prev, cur, upd in acts:
            vals = [ref, act, lead, target, None, None, upd]
            for j, v in enumerate(vals, start=1):
                c = af.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            if prev:
                af.cell(row=r, column=5).fill = fill(prev)
            af.cell(row=r, column=6).fill = fill(cur)
            r += 1
    for col, w in zip("ABCDEFG", (9, 60, 30, 18, 10, 10, 50)):
        af.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "iq1-stockton-on-tees-local-area-send-priority-action-plan.xlsx"))


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


def set_cell(cell, text, bold=False):
    """Text with '\n' becomes separate paragraphs in the cell."""
    parts = text.split("\n") if text else [""]
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    for part in parts[1:]:
        run = cell.add_paragraph().add_run(part)
        run.bold = bold


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


# ---------------------------------------------------------------------------
# 2. Southend-on-Sea City Council ILACS improvement plan (docx)
# ---------------------------------------------------------------------------
def southend():
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Children’s Services Improvement Plan – ILACS Response", style="Title")
    p = doc.add_paragraph()
    p.add_run("Southend-on-Sea City Council").bold = True
    doc.add_paragraph("Response to the Ofsted Inspection of Local Authority Children’s Services (ILACS), "
                      "14–25 October 2024. Overall effectiveness: Requires improvement to be good.")

    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("Version", "Date", "Author", "Status")):
        set_cell(c, h, bold=True)
    for row in [("0.3", "13/01/2025", "Head of Improvement and Performance", "Draft for Improvement Board"),
                ("1.0", "31/01/2025", "Head of Improvement and Performance", "Submitted to Ofsted"),
                ("1.1", "20/02/2025", "Head of Improvement and Performance", "First progress update")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)

    doc.add_paragraph("RAG key", style="Heading 2")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for letter, col, meaning in [("B", BLUE, "Complete"),
                                 ("G", GREEN, "On track to deliver by the target date"),
                                 ("A", AMBER, "At risk of delay – mitigation in place"),
                                 ("R", RED, "Off track – escalated to the Improvement Board")]:
        cells = t.add_row().cells
        set_cell(cells[0], letter, bold=True)
        shade(cells[0], col)
        set_cell(cells[1], meaning)

    doc.add_paragraph(
        "The plan is overseen by the Children’s Services Improvement Board, chaired by the Chief Executive, "
        "which meets every six weeks. Progress updates below are as at February 2025.")

    rag_col = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    themes = [
        ("Theme A: Help and protection", [
            ("Recommendation 1: The consistency and quality of management oversight and supervision, so that "
             "plans for children progress without delay.", [
                ("1.1", "Refresh the supervision policy and introduce a mandatory supervision recording template "
                        "across all social work teams.", "Principal Social Worker", "December 2024", "B",
                 "Policy approved 10/12/2024; template live in Liquidlogic."),
                ("1.2", "Deliver a programme of reflective supervision training for all team managers and "
                        "advanced practitioners.\nAttendance to be tracked through the Workforce Development "
                        "dashboard.", "Workforce Development Manager\nPrincipal Social Worker", "March 2025",
                 "G", "Cohorts 1 and 2 complete (31 of 44 managers)."),
                ("1.3", "Monthly thematic audit of management oversight on child in need and child protection "
                        "cases, with findings reported to the Improvement Board.", "Head of Quality Assurance",
                 "Ongoing", "G", "December and January audits completed; 68% of oversight rated good."),
            ]),
            ("Recommendation 2: The timeliness and quality of pre-proceedings work under the Public Law Outline.", [
                ("2.1", "Establish a weekly legal gateway panel chaired by the Head of Service to track all children "
                        "in pre-proceedings.", "Group Manager (Court Team)", "Q4 2024/25", "G",
                 "Panel meeting weekly since 6 January 2025."),
                ("2.2", "Review all pre-proceedings cases open longer than 16 weeks and agree an exit plan for "
                        "each child.", "T. Okafor, M. Reid", "31/01/2025", "A",
                 "27 of 35 cases reviewed; remaining 8 to be completed by 28 February."),
            ]),
        ]),
        ("Theme B: Children in care and care leavers", [
            ("Recommendation 3: The sufficiency of local foster homes, so that more children can live close to "
             "their families and communities.", [
                ("3.1", "Launch a refreshed foster carer recruitment campaign with an enhanced local offer, "
                        "including council tax exemption for approved carers.", "Head of Fostering and Adoption",
                 "June 2025", "A", "Council tax exemption approved by Cabinet; campaign launch moved to April."),
                ("3.2", "Open two additional in-house children’s homes for children aged 11–16.",
                 "Director of Children’s Services", "September 2025", "R",
                 "Planning consent for the second property delayed; options paper to March Improvement Board."),
            ]),
            ("Recommendation 4: Pathway plans for care leavers, so that they are co-produced, up to date and focus "
             "on young people’s aspirations.", [
                ("4.1", "Relaunch the pathway plan template, co-produced with the Children in Care Council and the "
                        "Care Leavers Forum.", "Leaving Care Service Manager", "July 2025", "",
                 "Not yet started – co-production sessions booked for April 2025."),
            ]),
        ]),
    ]
    for theme, recs in themes:
        doc.add_paragraph(theme, style="Heading 1")
        for rec, acts in recs:
            doc.add_paragraph(rec, style="Heading 2")
            t = doc.add_table(rows=1, cols=6)
            t.style = "Table Grid"
            for c, h in zip(t.rows[0].cells, ("Ref", "Action", "Lead", "By when", "RAG",
                                              "Progress update (February 2025)")):
                set_cell(c, h, bold=True)
                shade(c, GREY)
            for ref, act, lead, when, rag, upd in acts:
                cells = t.add_row().cells
                for c, v in zip(cells, (ref, act, lead, when, rag, upd)):
                    set_cell(c, v)
                if rag:
                    shade(cells[4], rag_col[rag])
    doc.add_paragraph("Next review: Children’s Services Improvement Board, 8 April 2025.")
    doc.save(os.path.join(HERE, "iq1-southend-city-council-ilacs-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 3. Hackney Youth Justice Service HMIP improvement plan (csv)
# ---------------------------------------------------------------------------
def hackney():
    n = 7
    rows = [
        ["Hackney Youth Justice Service – HMI Probation Inspection Improvement Plan"],
        ["Inspection report published 24 May 2023 – overall rating: Good"],
        ["Overseen by the Safer Young Hackney Management Board"],
        [],
        ["Recommendation", "Ref", "Action", "Lead", "Target date", "RAG", "Progress update (December 2023)"],
        ["1. The Safer Young Hackney Board should ensure that children are screened for needs and "
         "vulnerabilities before a decision is made about whether to progress them to court.", "1.1",
         "Agree a joint decision-making protocol with the Metropolitan Police so that all eligible children are "
         "considered for an out-of-court outcome before charge.", "HoS YJS; Met Police CE BCU Inspector",
         "Sep-23", "C", "Protocol signed off by the Board on 21/09/2023."],
        ["", "1.2", "Introduce an out-of-court screening tool completed by a YJS practitioner, speech and language "
         "therapist and nurse for every referral.", "YJS Operational Manager", "31/10/2023", "G",
         "Tool in use since October; first review of 40 screenings due January."],
        ["2. The Head of Service should improve the quality of assessments of children's safety and wellbeing in "
         "out-of-court work, so that all relevant information is analysed.", "2.1",
         "Deliver safety and wellbeing assessment training to all out-of-court practitioners, with follow-up "
         "practice observations.", "Practice Development Manager", "Jan 2024", "A",
         "Training delivered; observations delayed by two staff vacancies."],
        ["", "2.2", "Monthly dip-sample of out-of-court assessments by team managers, with findings reported to the "
         "Quality Assurance Panel.", "YJS Team Managers", "Monthly", "G",
         "Dip-samples completed October and November (12 cases)."],
        ["3. The Safer Young Hackney Board should make sure that the victim offer is consistently available to "
         "victims of children who receive out-of-court disposals.", "3.1",
         "Review the restorative justice and victim contact pathway, and record victim contact outcomes on "
         "ChildView.", "JB/ST", "Mar-24", "A", "Pathway review started; ChildView changes requested from ICT."],
        ["", "3.2", "Report victim contact and satisfaction data to the Board each quarter.",
         "Performance and Information Manager", "Quarterly", "G", "First report to Board, November 2023."],
        [],
        ["Key: C = complete; G = on track; A = some delay; R = off track"],
        ["Last updated 14/12/2023 by YJS Business Support"],
    ]
    path = os.path.join(HERE, "iq1-hackney-youth-justice-service-hmip-improvement-plan.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for r in rows:
            w.writerow(r + [""] * (n - len(r)))


# ---------------------------------------------------------------------------
# 4. Lincolnshire Safeguarding Children Partnership JTAI action plan (docx)
# ---------------------------------------------------------------------------
def lincolnshire():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("Lincolnshire Safeguarding Children Partnership")
    r.bold = True
    r.font.size = Pt(16)
    p = doc.add_paragraph()
    r = p.add_run("Joint Targeted Area Inspection: the multi-agency response to children who are victims of "
                  "domestic abuse – Multi-agency Action Plan")
    r.bold = True
    r.font.size = Pt(13)
    doc.add_paragraph("Inspection fieldwork: 5–9 February 2024 | Letter published: 16 April 2024 | "
                      "Progress position: January 2025")
    doc.add_paragraph(
        "This plan responds to the areas for improvement identified by Ofsted, the Care Quality Commission "
        "and HMICFRS. It is owned by the LSCP Strategic Management Group and reviewed at each meeting.")
    doc.add_paragraph("RAG rating: Green – action complete; Amber – action in progress; "
                      "Red – action delayed or at risk.")

    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("Area for improvement", "Action", "Lead agency / officer", "Timescale",
                                      "Progress update (January 2025)", "RAG")):
        set_cell(c, h, bold=True)
        shade(c, GREY)
    col = {"G": GREEN, "A": AMBER, "R": RED}
    themes = [
        ("1. Strategic leadership and oversight", [
            ("The effectiveness of the partnership’s oversight of the multi-agency response to children who are "
             "victims of domestic abuse, including how well leaders understand the impact of services.", [
                ("Develop a domestic abuse dataset for the LSCP Strategic Management Group, including police, "
                 "health and children’s social care measures for children.", "LSCP Business Manager",
                 "June 2024", "Dataset reported quarterly since July 2024.", "G"),
                ("Complete a multi-agency audit of 20 children’s records where domestic abuse is the presenting "
                 "need and report findings to the LSCP Executive.",
                 "LSCP Business Manager / Quality Assurance Subgroup Chair", "September 2024 – March 2025",
                 "Audit fieldwork complete; report drafted for March Executive.", "A"),
            ]),
        ]),
        ("2. Identification and response at the front door", [
            ("The timeliness and quality of police domestic abuse notifications to children’s services, so that "
             "children’s experiences are recorded and shared.", [
                ("Introduce a revised Public Protection Notice (PPN) template that captures the voice and lived "
                 "experience of each child present.", "Lincolnshire Police (D/Supt Public Protection)",
                 "By 31 July 2024", "New PPN live from 1 July 2024; compliance 88% in dip-sample.", "G"),
                ("Screen all domestic abuse notifications at the Children’s Services Customer Service Centre "
                 "within 24 hours, with daily triage attended by police and health.",
                 "CSC Front Door Service Manager", "Ongoing",
                 "Daily triage in place; health attendance 4 days out of 5.", "A"),
            ]),
            ("The consistency with which health practitioners in universal services ask about domestic abuse "
             "(routine enquiry) and record it.", [
                ("Relaunch routine enquiry training for health visitors, school nurses and midwives, with "
                 "completion monitored through provider safeguarding reports.",
                 "ICB Designated Nurse Safeguarding Children", "Autumn term 2024",
                 "Midwifery complete; 0–19 service at 71% completion.", "A"),
            ]),
        ]),
        ("3. Support for children and families", [
            ("The availability of specialist support for children who have experienced domestic abuse, including "
             "therapeutic help.", [
                ("Commission a children and young people’s domestic abuse recovery service across the county.",
                 "LCC Commissioning Manager (Domestic Abuse)", "March 2025",
                 "Procurement paused pending Domestic Abuse Act new burdens funding confirmation.", "R"),
                ("Map and publish the local offer of support for children affected by domestic abuse on the "
                 "LSCP website.", "LSCP Business Unit and Domestic Abuse Partnership Coordinator",
                 "December 2024", "Published 2 December 2024.", "G"),
            ]),
        ]),
    ]
    for theme, afis in themes:
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[5])
        set_cell(merged, theme, bold=True)
        shade(merged, "DEEAF6")
        for afi, acts in afis:
            first = None
            last = None
            for act, lead, when, upd, rag in acts:
                cells = t.add_row().cells
                set_cell(cells[1], act)
                set_cell(cells[2], lead)
                set_cell(cells[3], when)
                set_cell(cells[4], upd)
                shade(cells[5], col[rag])
                if first is None:
                    first = cells[0]
                last = cells[0]
            if last is not first:
                first = first.merge(last)
            set_cell(first, afi)

    doc.add_paragraph("")
    doc.add_paragraph("Signed on behalf of the Lincolnshire Safeguarding Children Partnership", style="Heading 2")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("Safeguarding partner", "Lead representative", "Date")):
        set_cell(c, h, bold=True)
    for row in [("Lincolnshire County Council", "Executive Director of Children’s Services", "22/04/2024"),
                ("Lincolnshire Police", "Deputy Chief Constable", "22/04/2024"),
                ("NHS Lincolnshire Integrated Care Board", "Director of Nursing", "23/04/2024")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)
    doc.save(os.path.join(HERE, "iq1-lincolnshire-safeguarding-children-partnership-jtai-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. East Riding of Yorkshire Council children's home Ofsted action plan (xlsx)
# ---------------------------------------------------------------------------
def east_riding():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = "East Riding of Yorkshire Council – Children's Residential Services"
    ws["A2"] = "Ofsted Inspection Action Plan – Field View Children's Home"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = ("URN: SC041877 | Inspection: 12–13 November 2024 | Overall experiences and progress of children "
                "and young people: Requires improvement to be good")
    ws["A4"] = "Registered Manager: K. Dawson | Responsible Individual: S. Whitaker"
    ws["A5"] = "Status key: Complete = blue | On track = green | Overdue = red | Not started = no colour"
    for r in range(1, 6):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    hdr = ["No.", "Requirement / recommendation", "Regulation / standard", "Ofsted compliance date", "Action",
           "Person responsible", "Target date", "Date completed", "Status"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(row=7, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.border = BOX
        c.alignment = WRAP
    status_col = {"Complete": BLUE, "On track": GREEN, "Overdue": RED, "Not started": None}
    parts = [
        ("Part A – Requirements", [
            ("1. The registered person must ensure that all incidents of physical intervention are recorded in "
             "full and reviewed by the registered manager within 48 hours.", "Regulation 35 (3)(a)(b)",
             d(2025, 1, 31), [
                ("1.1", "Refresher training on recording restraint for all residential staff, delivered by the "
                        "home's Team Teach trainer.", "Registered Manager", d(2024, 12, 20), d(2024, 12, 18),
                 "Complete"),
                ("1.2", "Registered manager to sign off every physical intervention record within 48 hours and log "
                        "the review on the PI tracker.", "RM / Deputy Manager", "Ongoing", None, "On track"),
            ]),
            ("2. The registered person must ensure that each child's placement plan and risk assessment are "
             "reviewed and updated after any significant incident.", "Regulation 14 (1)(a)(b)",
             d(2025, 2, 28), [
                ("2.1", "Audit all current children's risk assessments and placement plans against the last three "
                        "months of incident reports.", "Deputy Manager", d(2025, 1, 31), d(2025, 1, 29),
                 "Complete"),
                ("2.2", "Introduce a post-incident review checklist prompting key workers to update the risk "
                        "assessment within 72 hours.", "Senior Residential Practitioners", d(2025, 2, 28), None,
                 "On track"),
            ]),
        ]),
        ("Part B – Recommendations", [
            ("3. The registered person should ensure that staff work closely with schools so that children are "
             "supported to attend education every day.", "Guide to the Children's Homes Regulations, "
             "paragraph 5.9", None, [
                ("3.1", "Agree an attendance protocol with the Virtual School so that non-attendance is escalated "
                        "on the same day.", "Registered Manager & Virtual School Head", d(2025, 9, 30), None,
                 "Not started"),
            ]),
            ("4. The registered person should ensure that staff receive regular, reflective supervision.",
             "Guide to the Children's Homes Regulations, paragraph 10.5", None, [
                ("4.1", "Move to a six-weekly supervision schedule using a reflective supervision template, with "
                        "compliance reported monthly in the Regulation 45 review.", "Responsible Individual",
                 d(2025, 6, 30), None, "Overdue"),
            ]),
        ]),
    ]
    r = 8
    for part, reqs in parts:
        c = ws.cell(row=r, column=1, value=part)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(HEAD)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for text, reg, due, acts in reqs:
            for j, v in enumerate([None, text, reg, due], start=1):
                c = ws.cell(row=r, column=j, value=v)
                c.font = Font(bold=True)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            r += 1
            for ref, act, who, target, done, status in acts:
                vals = [ref, None, None, None, act, who, target, done, status]
                for j, v in enumerate(vals, start=1):
                    c = ws.cell(row=r, column=j, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                if status_col[status]:
                    ws.cell(row=r, column=9).fill = fill(status_col[status])
                r += 1
    r += 1
    ws.cell(row=r, column=1, value="Last reviewed at Regulation 45 review meeting, 15/07/2025.")
    for col, w in zip("ABCDEFGHI", (6, 50, 24, 14, 55, 28, 13, 13, 12)):
        ws.column_dimensions[col].width = w

    log = wb.create_sheet("Reg 44 visit log")
    log["A1"] = "Independent person (Regulation 44) visits – Field View"
    log["A1"].font = Font(bold=True)
    hdr = ["Month of visit", "Independent visitor", "Report received", "Key themes", "Manager response sent"]
    for j, h in enumerate(hdr, start=1):
        log.cell(row=3, column=j, value=h).font = Font(bold=True)
    for i, row in enumerate([
        ("December 2024", "Independent Visitor (Reg 44)", d(2024, 12, 23), "Restraint recording; staff morale", "Yes"),
        ("January 2025", "Independent Visitor (Reg 44)", d(2025, 1, 27), "Education attendance", "Yes"),
        ("February 2025", "Independent Visitor (Reg 44)", d(2025, 2, 24), "Risk assessments updated", "Yes"),
        ("March 2025", "Independent Visitor (Reg 44)", d(2025, 3, 28), "Supervision frequency", "No"),
    ], start=4):
        for j, v in enumerate(row, start=1):
            c = log.cell(row=i, column=j, value=v)
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    for col, w in zip("ABCDE", (16, 28, 15, 36, 20)):
        log.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "iq1-east-riding-council-childrens-home-ofsted-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 6. Oxfordshire Corporate Parenting Panel action plan (tab-separated text)
# ---------------------------------------------------------------------------
def oxfordshire():
    lines = [
        ["Oxfordshire County Council"],
        ["Corporate Parenting Panel Action Plan 2024-2026"],
        ["Progress update for Corporate Parenting Panel, 9 October 2025"],
        [],
        ["Priority", "No.", "What we will do", "Who", "When", "Progress", "RAG"],
        ["Priority 1: A stable and loving home"],
        ["", "1.1", "Increase the number of in-house foster carers by 20 households through the Fostering "
                    "Recruitment Hub.", "Head of Corporate Parenting", "March 2026",
         "11 new households approved since April 2024.", "A"],
        ["", "1.2", "Review every child placed more than 20 miles from Oxfordshire and record a plan to move closer "
                    "to home where this is in their interests.", "Service Manager Children We Care For", "Dec 2025",
         "64 of 92 reviews completed.", "G"],
        ["Priority 2: Good health and emotional wellbeing"],
        ["", "2.1", "Ensure initial health assessments are completed within 20 working days of a child coming into "
                    "care.", "Designated Nurse for Children We Care For / Head of Corporate Parenting", "Monthly",
         "August performance 71% (target 90%).", "A"],
        ["", "2.2", "Offer every care leaver a free leisure pass for council-run and partner leisure centres.",
         "Leaving Care Service Manager", "May 2025", "Passes issued to 214 care leavers.", "Complete"],
        ["Priority 3: Education, training and work"],
        ["", "3.1", "Virtual School to track the attendance of every child we care for weekly and intervene when "
                    "attendance falls below 90%.", "Virtual School Head", "Autumn term 2025",
         "Weekly tracking in place from September.", "G"],
        ["", "3.2", "Create 15 ring-fenced apprenticeships for care leavers across the county and district "
                    "councils.", "Head of HR and Virtual School Head", "July 2026",
         "6 apprenticeships ring-fenced; districts to confirm numbers.", "A"],
        ["Priority 4: Listening to children and young people"],
        ["", "4.1", "Children in Care Council to attend every Corporate Parenting Panel meeting and set one agenda "
                    "item per meeting.", "Participation Manager", "Ongoing",
         "CiCC attended all three Panels this year.", "G"],
        ["", "4.2", "Refresh the Pledge to children we care for, co-produced with the Children in Care Council.",
         "Participation Manager; Children in Care Council", "Summer term 2026",
         "Not started - planned for spring 2026.", ""],
        [],
        ["RAG: G = on track; A = some delay or risk; R = significant concern; Complete = action completed"],
        ["Next review: Corporate Parenting Panel, January 2026"],
    ]
    path = os.path.join(HERE, "iq1-oxfordshire-corporate-parenting-panel-action-plan.txt")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for ln in lines:
            f.write("\t".join(ln) + "\n")


# ---------------------------------------------------------------------------
# 7. Bradford early help partnership strategy delivery plan – mistyped month (xlsx, refuse)
# ---------------------------------------------------------------------------
def bradford():
    wb = Workbook()
    summ = wb.active
    summ.title = "Summary"
    ws = wb.create_sheet("Delivery Plan")
    ws["A1"] = "Bradford District Prevention and Early Help Partnership"
    ws["A2"] = "Early Help Strategy 2023–2026: Delivery Plan"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = ("Position at end of Quarter 3 2024/25 (reported to the Children's Strategic Partnership, "
                "February 2025)")
    hdr = ["Outcome", "Ref", "Action", "Lead", "Partners", "Timescale", "RAG", "Comments"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(HEAD)
        c.border = BOX
    col = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    outcomes = [
        ("Outcome 1: Families get the right help at the right time through Family Hubs", [
            ("EH1.1", "Open the remaining Family Hub sites in Keighley and Bradford South.",
             "Head of Prevention and Early Help", "Bradford Council; Better Start Bradford", "March 2025", "G",
             "Keighley hub opened November 2024; Bradford South fit-out under way."),
            ("EH1.2", "Publish a single Family Hubs directory on the Bradford Family Information Service website.",
             "FIS Manager", "Bradford Council", "Dec 2024", "B", "Directory live 9 December 2024."),
            ("EH1.3", "Roll out the Early Help Assessment on the EHM case management system to schools and health "
                      "partners.", "Early Help Systems Lead", "Schools; BDCFT", "September 2025", "A",
             "Pilot in 12 schools; health partner access awaiting data sharing agreement."),
        ]),
        ("Outcome 2: Partners use one shared approach to early help assessment and planning", [
            ("EH2.1", "Deliver family network and strengths-based practice training to 300 partner practitioners.",
             "Children's Workforce Development Lead", "All partners", "Q4 2024/25", "G",
             "212 practitioners trained to date."),
            ("EH2.2", "Launch an Early Help Champions network in every secondary school.",
             "Education Safeguarding Team", "Secondary schools; academy trusts", "Summer term 2025", "G",
             "Champions identified in 29 of 33 schools."),
            ("EH2.3", "Agree a step-up/step-down protocol between Early Help and Children's Social Care, audited "
                      "quarterly.", "Service Manager Early Help / Service Manager Front Door",
             "Children's Social Care", "Janaury 2025", "A",
             "Protocol drafted; sign-off at February Partnership meeting."),
        ]),
        ("Outcome 3: Fewer children need statutory intervention", [
            ("EH3.1", "Extend the Reducing Parental Conflict programme to all five localities.",
             "Early Help Locality Manager (Keighley)", "DWP; VCS partners", "June 2025", "R",
             "Grant funding for 2025/26 not yet confirmed by DWP."),
            ("EH3.2", "Report the rate of re-referrals within 12 months of early help closure to each Partnership "
                      "meeting.", "Performance and Intelligence Manager", "Children's Social Care", "Quarterly",
             "G", "Q3 re-referral rate 14.2%."),
            ("EH3.3", "Evaluate the Family Hubs Start for Life parent-infant relationship service.",
             "Start for Life Programme Manager", "Better Start Bradford; Bradford Institute for Health Research",
             "March 2026", "G", "Evaluation partner appointed."),
        ]),
    ]
    r = 6
    counts = {"B": 0, "G": 0, "A": 0, "R": 0}
    for outcome, acts in outcomes:
        c = ws.cell(row=r, column=1, value=outcome)
        c.font = Font(bold=True)
        c.fill = fill("E2EFDA")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for ref, act, lead, partners, when, rag, comment in acts:
            vals = [None, ref, act, lead, partners, when, rag, comment]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(row=r, column=7).fill = fill(col[rag])
            counts[rag] += 1
            r += 1
    for cl, w in zip("ABCDEFGH", (4, 8, 55, 30, 30, 16, 6, 45)):
        ws.column_dimensions[cl].width = w

    summ["A1"] = "Early Help Strategy 2023–2026: Delivery Plan – Summary"
    summ["A1"].font = Font(bold=True, size=13)
    summ["A2"] = "Quarter 3 2024/25"
    summ["A4"] = "RAG"
    summ["B4"] = "Number of actions"
    summ["A4"].font = summ["B4"].font = Font(bold=True)
    r = 5
    for k, name in (("B", "Blue – complete"), ("G", "Green – on track"), ("A", "Amber – some risk"),
                    ("R", "Red – off track")):
        summ.cell(row=r, column=1, value=name).fill = fill(col[k])
        summ.cell(row=r, column=2, value=counts[k])
        r += 1
    summ.cell(row=r, column=1, value="Total").font = Font(bold=True)
    summ.cell(row=r, column=2, value=sum(counts.values())).font = Font(bold=True)
    summ.column_dimensions["A"].width = 24
    summ.column_dimensions["B"].width = 18
    wb.save(os.path.join(HERE, "iq1-bradford-early-help-partnership-strategy-action-plan-typo-month-refuse.xlsx"))


if __name__ == "__main__":
    stockton()
    southend()
    hackney()
    lincolnshire()
    east_riding()
    oxfordshire()
    bradford()
    print("built 7 files in", HERE)
