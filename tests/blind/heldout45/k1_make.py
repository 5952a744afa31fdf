"""Generator for the k1- cases of heldout45 (children's services plans).

Run with /work/main/.venv/bin/python k1_make.py ; writes the document files beside this script.
"""
import csv
import os
from datetime import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE = "5B9BD5"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"

thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. West Berkshire ILACS action plan (xlsx)
# ---------------------------------------------------------------------------
def west_berkshire():
    wb = Workbook()
    ws = wb.active
    ws.title = "ILACS Action Plan"
    widths = {"A": 7, "B": 60, "C": 28, "D": 12, "E": 12, "F": 55, "G": 12}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v

    ws["A1"] = "West Berkshire Council Children and Family Services – Ofsted ILACS Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Inspection of local authority children's services, 2022  |  Progress update: March 2023"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:G2")

    hdr = ["Ref", "Action", "Lead Officer", "Target Date", "Revised Target Date",
           "Progress Update", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F4E78")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BORDER

    rag_fill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}

    rows = [
        ("rec", "Recommendation 1: The full exploration of children's ethnicity and culture, "
                "to inform assessments and plans."),
        ("1.1", "Refresh the single assessment template and practice guidance so that identity, "
                "ethnicity, culture, faith and language are explored with the child and family and "
                "recorded in the analysis section.",
         "Head of Service, Quality Assurance", d(2022, 12, 31), None,
         "Template amended and live on Mosaic from 5 December 2022. Practice guidance issued at "
         "the all-staff briefing.", "Complete"),
        ("1.2", "Deliver 'Identity and Belonging' cultural competence training to all social "
                "workers and team managers in the Contact, Advice and Assessment Service and the "
                "Child in Need teams.",
         "Principal Social Worker", d(2023, 3, 31), d(2023, 6, 30),
         "62% of staff trained by the end of February. Two further sessions booked for April and "
         "May; date revised so that new starters can attend.", "Amber"),
        ("1.3", "Add a specific question on ethnicity and culture to the monthly practice audit "
                "tool and report themes to the Quality Assurance Board each quarter.",
         "Quality Assurance Manager", d(2023, 1, 31), None,
         "Audit tool updated in January. First thematic report presented to the QA Board on "
         "16 February 2023.", "Complete"),
        ("rec", "Recommendation 2: The quality of recording of social work visits to children."),
        ("2.1", "Agree minimum recording standards for statutory visits (what the child said, what "
                "was observed and what will happen next) and publish them in the practice "
                "standards handbook.",
         "Service Manager (CP and Court)", d(2022, 11, 30), None,
         "Standards agreed at the Practice Leadership Group and published in the handbook.",
         "Complete"),
        ("2.2", "Team managers to dip-sample two visit records per worker each month and feed "
                "back through supervision.",
         "Team Managers / Service Manager (CP and Court)", "Monthly", None,
         "Dip sampling in place since December. Compliance 85% in February; some teams are not "
         "yet recording the feedback on the child's file.", "Green"),
        ("2.3", "Add 'visits recorded within 5 working days' as a measure in the weekly "
                "performance report.",
         "Performance and Information Manager", d(2023, 1, 31), None,
         "Measure included from w/c 9 January. Current performance 78% against a 90% target.",
         "Green"),
        ("rec", "Recommendation 3: The implementation of the sufficiency strategy, to provide "
                "homes locally for children in care."),
        ("3.1", "Refresh the Placement Sufficiency Strategy 2023–2026 and take it to the "
                "Executive for approval.",
         "Service Director, Children and Family Services", d(2023, 2, 28), d(2023, 4, 30),
         "Draft completed. Executive date moved to April to include the outcome of the foster "
         "carer fees review.", "Amber"),
        ("3.2", "Launch a targeted foster carer recruitment campaign with the Berkshire West "
                "fostering partnership, aiming for 10 new mainstream fostering households.",
         "Fostering Team Manager", d(2023, 9, 30), None,
         "Campaign launched 1 March 2023. 14 enquiries received and 3 assessments started.",
         "Green"),
        ("3.3", "Scope a two-bed local children's home with the commissioning team and bring an "
                "options paper to Corporate Board.",
         "Head of Commissioning / Head of Children in Care", "Sept 2023", None,
         "Not yet started – will begin once the strategy is approved.", "Not started"),
    ]
    r = 5
    for row in rows:
        if row[0] == "rec":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            for col in range(1, 8):
                ws.cell(row=r, column=col).fill = fill("DDEBF7")
                ws.cell(row=r, column=col).border = BORDER
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.row_dimensions[r].height = 30
            ws.cell(row=r, column=1).alignment = Alignment(wrap_text=True, vertical="center")
        else:
            ref, action, lead, target, revised, progress, rag = row
            vals = [ref, action, lead, target, revised, progress, rag]
            for col, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=col, value=v)
                c.alignment = WRAP
                c.border = BORDER
                if isinstance(v, datetime):
                    c.number_format = "mmm-yy"
            rc = ws.cell(row=r, column=7)
            if rag in rag_fill:
                rc.fill = fill(rag_fill[rag])
            rc.alignment = Alignment(horizontal="center", vertical="top", wrap_text=True)
        r += 1

    r += 1  # blank row
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    r += 1
    for word, hex_, meaning in [
        ("Complete", BLUE, "Action completed"),
        ("Green", GREEN, "On track to deliver by target date"),
        ("Amber", AMBER, "Some slippage – revised date agreed"),
        ("Red", RED, "Off track / at risk"),
    ]:
        c = ws.cell(row=r, column=1, value=word)
        c.fill = fill(hex_)
        ws.cell(row=r, column=2, value=meaning)
        r += 1
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, "k1-west-berkshire-ilacs-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Merton focused visit action plan (docx)
# ---------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


def merton():
    doc = Document()
    landscape(doc)
    doc.add_heading("Merton Children's Social Care: Ofsted Focused Visit Action Plan", 0)
    p = doc.add_paragraph()
    r = p.add_run("Focused visit to children in need and children subject to a child protection "
                  "plan, March 2019  |  Progress update: September 2019")
    r.italic = True

    doc.add_heading("1. Introduction", level=2)
    doc.add_paragraph(
        "Ofsted carried out a focused visit to Merton Children's Social Care in March "
        "2019, looking at the local authority's arrangements for children in need and children "
        "subject to a child protection plan. Inspectors identified three areas for improvement. "
        "This plan sets out the actions we are taking in response. Progress is reported monthly "
        "to the Director's Leadership Team and to the Merton Children's Improvement Board.")

    doc.add_heading("2. Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Status"]):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], GREY)
    for row in [("0.3", "24/05/2019", "Head of Quality Assurance", "Draft for DLT"),
                ("1.0", "07/06/2019", "Head of Quality Assurance", "Final – published"),
                ("1.2", "16/09/2019", "Head of Quality Assurance", "September progress update")]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v)

    doc.add_heading("3. Action plan", level=2)
    hdr = ["No.", "Action", "Lead", "By when", "Progress update (September 2019)", "RAG"]
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "BDD7EE")

    rag_fill = {"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    rows = [
        ("area", "Area for improvement 1: Social workers' understanding and recording of "
                 "children's lived experience, so that it informs assessments, plans and "
                 "decisions"),
        ("1", "Make the child's lived experience the first item in every case discussion, "
              "supervision and group supervision, and update the supervision template "
              "accordingly.", "Head of Service, CIN/CP", "June 2019",
         "Supervision and group supervision templates updated on 3 June. August audits show the "
         "child's experience discussed in 80% of supervision records.", "Blue"),
        ("2", "Develop and deliver an age-appropriate 'writing to and for children' development "
              "package for all social work staff.", "Principal Social Worker", "Sept 2019",
         "Package developed with young people from the Children in Care Council. 6 of 8 "
         "sessions delivered; the remaining two are in early October.", "Amber"),
        ("3", "Introduce direct work toolkits in each unit and record direct work as a separate "
              "case note type on Mosaic.", "Practice Development Manager / Systems Lead",
         "31/07/2019", "Case note type live from 15 July. Toolkits distributed to all units.",
         "Blue"),
        ("4", "Audit 40 CIN and CP cases to test whether children's lived experience is evident "
              "in assessments and plans, and report findings to the Children's Improvement "
              "Board.", "Head of Quality Assurance", "Dec 2019",
         "Audit scheduled for November 2019.", ""),
        ("area", "Area for improvement 2: The robustness of risk assessments of fathers, male "
                 "partners and other dominant adults in the household"),
        ("5", "Publish new risk assessment guidance for working with perpetrators of domestic "
              "abuse, including male partners who do not live in the household.",
         "AD Safeguarding / Head of Service, MASH and Assessment", "End of June 2019",
         "Guidance published 28 June 2019 and launched at the all-staff briefing.", "Blue"),
        ("6", "Commission Safe & Together training for all social workers, consultant social "
              "workers and team managers.", "Workforce Development Manager", "July – Dec 2019",
         "Two cohorts trained (54 staff). Third cohort booked for November.", "Green"),
        ("7", "Strengthen the link between MARAC and strategy discussions so that information on "
              "perpetrators held by police and probation is routinely shared.",
         "DS Public Protection (Met) & Head of MASH", "30/09/2019",
         "Information sharing agreement revised; police attendance at strategy discussions now "
         "95%. Probation input is still inconsistent.", "Amber"),
        ("area", "Area for improvement 3: The timeliness of help and protection for children, "
                 "including drift in child in need plans"),
        ("8", "Roll out the live performance reporting system to all unit managers, with weekly "
              "tracking of visits, assessments and plan reviews.", "Head of Performance",
         "w/c 1 July 2019", "Live reporting rolled out on 1 July 2019.", "Blue"),
        ("9", "Review every child in need case open for more than 12 months through a monthly "
              "panel chaired by the Head of Service.", "Head of Service, CIN/CP", "Monthly",
         "112 cases reviewed since June: 31 stepped down or closed and 14 escalated to child "
         "protection.", "Green"),
        ("10", "Reduce caseloads to an average of 16 children per social worker by recruiting to "
               "vacant consultant social worker posts.",
         "Director of Children and Families / HR Business Partner", "March 2020",
         "Average caseload 18.5 in August. Recruitment campaign continuing; 5 posts filled.",
         "Amber"),
    ]
    for row in rows:
        cells = t.add_row().cells
        if row[0] == "area":
            merged = cells[0].merge(cells[5])
            set_cell(merged, row[1], bold=True)
            shade(merged, "DEEAF6")
            continue
        for i, v in enumerate(row):
            set_cell(cells[i], v)
        if row[5] in rag_fill:
            shade(cells[5], rag_fill[row[5]])
    widths = [Cm(1.2), Cm(8.5), Cm(4.0), Cm(2.6), Cm(7.5), Cm(1.6)]
    for row in t.rows:
        for i, w in enumerate(widths):
            if i < len(row.cells):
                row.cells[i].width = w

    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("RAG key: ").bold = True
    p.add_run("Blue = completed; Green = on track; Amber = some slippage, recovery plan in "
              "place; Red = off track.")
    doc.save(os.path.join(HERE, "k1-merton-focused-visit-action-plan.docx"))


# ---------------------------------------------------------------------------
# 3. North Somerset SEND WSoA progress tracker (xlsx, fill-only RAG)
# ---------------------------------------------------------------------------
def north_somerset():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov.column_dimensions["A"].width = 14
    cov.column_dimensions["B"].width = 16
    cov.column_dimensions["C"].width = 28
    cov.column_dimensions["D"].width = 45
    cov["A1"] = "North Somerset SEND Written Statement of Action – Progress Tracker"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = ("North Somerset Council and Bristol, North Somerset and South Gloucestershire "
                 "Clinical Commissioning Group")
    cov["A3"] = "Following the joint Ofsted/CQC local area SEND inspection, May 2018"
    cov["A5"] = "Version control"
    cov["A5"].font = Font(bold=True)
    for i, h in enumerate(["Version", "Date", "Author", "Change"], 1):
        c = cov.cell(row=6, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.border = BORDER
    for r, row in enumerate([
        ("1.0", d(2018, 8, 24), "SEND Programme Manager", "WSoA approved by Ofsted/CQC"),
        ("1.3", d(2019, 1, 17), "SEND Programme Manager", "January update for Improvement Board"),
        ("1.4", d(2019, 3, 14), "SEND Programme Manager", "March update for Improvement Board"),
    ], 7):
        for i, v in enumerate(row, 1):
            c = cov.cell(row=r, column=i, value=v)
            c.border = BORDER
            if isinstance(v, datetime):
                c.number_format = "dd/mm/yyyy"
    cov["A11"] = "RAG key"
    cov["A11"].font = Font(bold=True)
    for r, (hex_, meaning) in enumerate([
        (BLUE, "Complete"),
        (GREEN, "On track"),
        (AMBER, "Some risk to delivery / date revised"),
        (RED, "Off track – escalate to Improvement Board"),
    ], 12):
        cov.cell(row=r, column=1).fill = fill(hex_)
        cov.cell(row=r, column=2, value=meaning)

    ws = wb.create_sheet("WSoA Tracker")
    for k, v in {"A": 6, "B": 55, "C": 30, "D": 26, "E": 13, "F": 13, "G": 55, "H": 8}.items():
        ws.column_dimensions[k].width = v
    ws["A1"] = "North Somerset SEND Written Statement of Action – Progress Tracker"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Position at 14 March 2019"
    ws["A2"].font = Font(italic=True)
    hdr = ["Ref", "Action", "Lead officer(s)", "Partner(s)", "Completion date", "Revised date",
           "Progress / evidence of impact", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill("BDD7EE")
        c.border = BORDER
        c.alignment = Alignment(wrap_text=True, vertical="center")

    rows = [
        ("area", "Area of weakness 1: The lack of a SEND strategy and weak strategic leadership "
                 "across education, health and care"),
        ("1.1", "Co-produce and publish a SEND Strategy 2019–2022 with parents, carers, young "
                "people and schools.", "Head of Inclusion / Designated Clinical Officer (CCG)",
         "North Somerset Parent Carers Working Together; schools", d(2018, 12, 31),
         d(2019, 3, 31), "Strategy co-produced through four workshops (October to December). "
         "Final draft to the Executive on 20 March 2019; date revised to fit the Executive "
         "cycle.", AMBER),
        ("1.2", "Establish a SEND Improvement Board, independently chaired, with education, "
                "health, social care and parent carer representation, meeting monthly.",
         "Director of People and Communities", "CCG; NSPCWT", d(2018, 9, 30), None,
         "Board established in September 2018 and has met monthly since. Terms of reference "
         "agreed.", BLUE),
        ("1.3", "Appoint a Designated Clinical Officer (DCO) for SEND.",
         "CCG Director of Nursing and Quality", "", d(2018, 10, 31), d(2019, 1, 31),
         "DCO appointed and started in post on 7 January 2019.", BLUE),
        ("area", "Area of weakness 2: The timeliness and quality of education, health and care "
                 "(EHC) plans, including the conversion of statements"),
        ("2.1", "Complete all outstanding transfers of statements of SEN to EHC plans.",
         "SEN Team Manager", "", d(2018, 11, 30), None,
         "All 46 outstanding transfers completed by 23 November 2018.", BLUE),
        ("2.2", "Introduce a multi-agency quality assurance framework for EHC plans, auditing "
                "10% of new plans each term.", "Principal Educational Psychologist & DCO",
         "Health and social care", d(2019, 1, 31), None,
         "Framework agreed in December 2018. First multi-agency audit of 24 plans completed in "
         "January 2019; report to the Board in March.", GREEN),
        ("2.3", "Improve the timeliness of new EHC plans so that at least 60% are issued within "
                "20 weeks.", "SEN Team Manager", "", d(2019, 7, 31), None,
         "20-week timeliness was 41% in February 2019 (rolling three months), up from 18% in "
         "August 2018. Additional case officer capacity recruited.", AMBER),
        ("blank",),
        ("area", "Area of weakness 3: Weak monitoring and evaluation of the effectiveness of the "
                 "local area's arrangements for SEND"),
        ("3.1", "Develop a SEND outcomes dashboard combining education, health and care data, "
                "reported to every Improvement Board.", "Business Intelligence Manager",
         "CCG Performance Team", d(2018, 12, 31), d(2019, 2, 28),
         "First version presented in February 2019. Therapy waiting time data still to be "
         "added.", GREEN),
        ("3.2", "Carry out a joint self-evaluation of the local area's SEND arrangements and "
                "refresh it annually.", "Head of Inclusion", "All partners", d(2019, 4, 30),
         None, "Self-evaluation workshop booked for 2 April 2019.", None),
        ("area", "Area of weakness 4: The poor engagement of, and communication with, parents "
                 "and carers"),
        ("4.1", "Agree a co-production charter with North Somerset Parent Carers Working "
                "Together and use it for all service developments.", "Head of Inclusion",
         "NSPCWT", d(2019, 1, 31), None,
         "Charter signed at the Improvement Board in January 2019.", BLUE),
        ("4.2", "Relaunch the Local Offer website after testing with parent carers, and publish a "
                "'You said, we did' update each term.",
         "Local Offer Officer / Communications Manager", "NSPCWT", d(2019, 4, 30), None,
         "Testing sessions held with 12 parents. Relaunch planned for April.", GREEN),
    ]
    r = 5
    for row in rows:
        if row[0] == "blank":
            r += 1
            continue
        if row[0] == "area":
            c = ws.cell(row=r, column=1, value=row[1])
            c.font = Font(bold=True)
            for col in range(1, 9):
                ws.cell(row=r, column=col).fill = fill(GREY)
                ws.cell(row=r, column=col).border = BORDER
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
            continue
        ref, action, lead, partners, comp, rev, prog, rag = row
        for col, v in enumerate([ref, action, lead, partners, comp, rev, prog], 1):
            c = ws.cell(row=r, column=col, value=v if v != "" else None)
            c.alignment = WRAP
            c.border = BORDER
            if isinstance(v, datetime):
                c.number_format = "dd/mm/yyyy"
        rc = ws.cell(row=r, column=8)
        rc.border = BORDER
        if rag:
            rc.fill = fill(rag)
        r += 1
    r += 1
    ws.cell(row=r, column=1,
            value="RAG key on Cover sheet. Revised dates agreed by the SEND Improvement Board.")
    ws.cell(row=r, column=1).font = Font(italic=True, size=9)
    ws.freeze_panes = "C5"
    wb.save(os.path.join(HERE, "k1-north-somerset-send-wsoa-progress-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 4. Wandsworth YOT HMIP improvement plan (xlsx, merged recommendation cells)
# ---------------------------------------------------------------------------
def wandsworth():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    for k, v in {"A": 42, "B": 6, "C": 50, "D": 26, "E": 13, "F": 11, "G": 50}.items():
        ws.column_dimensions[k].width = v
    ws["A1"] = "Wandsworth Youth Offending Team – HMI Probation Inspection 2019: Improvement Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = ("Monitored by the Wandsworth YOT Management Board. Inspection rating: Good. "
                "Update as at January 2020.")
    ws.merge_cells("A2:G2")
    hdr = ["Recommendation", "Ref", "Action", "Owner", "Deadline", "Status", "Update"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("44546A")
        c.border = BORDER

    sfill = {"Complete": BLUE, "On track": GREEN, "Green": GREEN, "Amber": AMBER, "Red": RED}
    plan = [
        ("band", "The Wandsworth YOT Management Board should:"),
        ("rec", "1. Work with schools and the police to agree a consistent response to children "
                "found carrying knives on school premises, so that children are not brought into "
                "the youth justice system unnecessarily.", [
            ("1.1", "Map current school responses to knife incidents through a survey of all "
                    "secondary schools and alternative provision.", "Education Safeguarding Lead",
             d(2019, 6, 30), "Complete",
             "Survey returned by 14 of 16 schools. Findings presented to the Management Board "
             "in July 2019."),
            ("1.2", "Agree a borough-wide protocol for responding to weapons in schools with the "
                    "Safer Schools Officers and head teachers.",
             "DB / Safer Schools Inspector (MPS)", d(2019, 12, 31), "Amber",
             "Draft protocol consulted on at the secondary heads' forum in November. Sign-off "
             "moved to the February 2020 Board."),
            ("1.3", "Deliver knife crime awareness sessions in every secondary school and the "
                    "pupil referral unit.", "YOT Prevention Team Manager",
             "Sept 2019 – July 2020", "On track",
             "9 of 16 schools have had sessions; the rest are booked for the spring term."),
        ]),
        ("rec", "2. Review the use of out-of-court disposals, including police cautions, to make "
                "sure that children receive the right disposal at the right time.", [
            ("2.1", "Set up a joint YOT and police decision-making panel for all out-of-court "
                    "disposals.", "Head of Youth Justice", d(2019, 9, 30), "Complete",
             "Joint panel started in September 2019 and meets weekly."),
            ("2.2", "Audit a sample of 20 cautions given in 2018/19 and report the findings to "
                    "the Management Board.", "YOT Quality Assurance Manager", d(2019, 11, 30),
             "Complete", "Audit completed and reported in November 2019. Learning shared with "
                         "custody sergeants."),
        ]),
        ("band", "The Head of Youth Justice should:"),
        ("rec", "3. Improve the quality of planning to keep other people safe, including clear "
                "contingency plans.", [
            ("3.1", "Deliver refresher training on risk of harm and contingency planning to all "
                    "case managers.", "Operational Manager (Court Team)", d(2020, 1, 31),
             "On track", "Two of three sessions delivered. Final session on 28 January 2020."),
            ("3.2", "Introduce monthly management oversight audits of risk of harm plans using "
                    "the HMIP case assessment tool.", "Operational Managers", "Monthly", "Green",
             "Audits taking place. 72% of plans rated sufficient in December, up from 58% in "
             "September."),
        ]),
        ("rec", "4. Make sure that victims are offered restorative justice and that their wishes "
                "are taken into account in planning.", [
            ("4.1", "Review the victim contact process with the Restorative Justice Coordinator "
                    "and the police victim unit.", "Restorative Justice Coordinator",
             d(2020, 3, 31), "Not started",
             "Due to start in February 2020 once the new coordinator is in post."),
        ]),
    ]
    r = 5
    for item in plan:
        if item[0] == "band":
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True, italic=True)
            for col in range(1, 8):
                ws.cell(row=r, column=col).fill = fill("D6DCE4")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            r += 1
            continue
        _, rec, actions = item
        first = r
        ws.cell(row=r, column=1, value=rec)
        for ref, action, owner, deadline, status, update in actions:
            for col, v in enumerate([ref, action, owner, deadline, status, update], 2):
                c = ws.cell(row=r, column=col, value=v)
                c.alignment = WRAP
                c.border = BORDER
                if isinstance(v, datetime):
                    c.number_format = "mmm-yy"
            if status in sfill:
                ws.cell(row=r, column=6).fill = fill(sfill[status])
            ws.cell(row=r, column=1).border = BORDER
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(row=first, column=1).alignment = WRAP
    r += 1
    ws.cell(row=r, column=1, value="Key").font = Font(bold=True)
    r += 1
    for word, hex_ in [("Complete", BLUE), ("On track / Green", GREEN),
                       ("Amber – some slippage", AMBER), ("Red – off track", RED)]:
        c = ws.cell(row=r, column=1, value=word)
        c.fill = fill(hex_)
        r += 1
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, "k1-wandsworth-yot-hmip-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 5. North Tyneside SCP LCSPR Child R action plan (csv) – year error
# ---------------------------------------------------------------------------
def north_tyneside():
    n = 8
    lines = [
        ["North Tyneside Safeguarding Children Partnership – LCSPR 'Child R' Multi-agency "
         "Action Plan"] + [""] * (n - 1),
        ["Version 3 – updated 12/01/2023 for the Learning and Improvement Sub-group"]
        + [""] * (n - 1),
        [""] * n,
        ["Rec", "Recommendation", "Action", "Lead agency", "Lead officer", "Target date",
         "Progress update", "RAG"],
        ["1", "The Partnership should seek assurance that practitioners in all agencies recognise "
              "and respond to the signs of neglect in pre-school children, using the Graded Care "
              "Profile 2.",
         "Relaunch Graded Care Profile 2 (GCP2) training as a multi-agency offer, with places "
         "reserved for health visitors and early years settings.", "NTSCP",
         "Training Coordinator", "31/03/2023", "Four sessions scheduled January to March 2023; "
         "48 places booked.", "Green"],
        ["", "", "Audit the use of GCP2 in a sample of 15 neglect cases and report to the Learning "
                 "and Improvement Sub-group.", "NTSCP", "Partnership Business Manager",
         "30/06/2023", "Audit tool agreed. Sample to be drawn in April.", "Amber"],
        ["2", "Health partners should ensure that missed health appointments for children under "
              "five are shared with the child's health visitor and GP.",
         "Introduce a 'was not brought' policy across the acute trust and community health "
         "services.", "Northumbria Healthcare NHS FT", "Named Nurse Safeguarding Children",
         "28/02/2023", "Policy approved by the Trust Safeguarding Committee in December 2022.",
         "Complete"],
        ["", "", "Add a missed appointments flag to the child health record, visible to health "
                 "visitors and school nurses.", "Northumbria Healthcare NHS FT",
         "Head of Safeguarding", "30/11/2203", "Change request submitted to the system supplier.",
         "Amber"],
        ["3", "Children's social care and police should make sure that strategy discussions "
              "include all agencies that know the family, including health visiting.",
         "Review the strategy discussion guidance so that the health visitor or school nurse is "
         "always invited.", "North Tyneside Council / Northumbria Police",
         "Head of Service, Front Door", "31/01/2023",
         "Guidance reissued in January 2023.", "Complete"],
        ["", "", "Share the learning from Child R through a 7-minute briefing and a multi-agency "
                 "learning event.", "NTSCP", "Partnership Business Manager", "31/03/2023",
         "7-minute briefing published. Learning event booked for 9 March 2023.", "Green"],
        ["4", "The Partnership should seek assurance that the voice and daily lived experience of "
              "very young children is recorded by all agencies.",
         "Include a 'day in the life of the child' question in the multi-agency audit programme "
         "for 2023/24.", "NTSCP", "Chair, Quality Assurance Sub-group", "30/09/2023",
         "Not started.", ""],
        [""] * n,
        ["RAG: Complete = action completed; Green = on track; Amber = some slippage; "
         "Red = not on track"] + [""] * (n - 1),
    ]
    with open(os.path.join(HERE, "k1-north-tyneside-scp-lcspr-child-r-action-plan.csv"), "w",
              newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in lines:
            w.writerow(row)


# ---------------------------------------------------------------------------
# 6. East Riding area SEND inspection improvement plan (tab-separated txt)
# ---------------------------------------------------------------------------
def east_riding():
    L = [
        "East Riding of Yorkshire SEND Partnership – Area SEND Inspection Improvement Plan",
        "Tracker export 03/02/2025 – for the SEND Partnership Board",
        "",
        "Ref\tAction\tLead\tTimescale\tStatus\tProgress update",
        "Area for improvement 1: Leaders across education, health and care should improve the "
        "timeliness of EHC needs assessments and make sure that annual reviews lead to plans being "
        "updated promptly.",
        "1.1\tRecruit four additional EHC coordinators and a senior educational psychologist to "
        "reduce the backlog of assessments.\tHead of SEND Assessment and Review\tAutumn term 2024"
        "\tComplete\tAll posts filled by November 2024.",
        "1.2\tIntroduce weekly tracking of every assessment against the 20-week timescale, with "
        "escalation at week 12.\tSEND Casework Manager\tJan 2025\tComplete\tTracker live from "
        "6 January 2025. Timeliness 52% in January (rolling 12 months), up from 34% in June 2024.",
        "1.3\tReview the annual review process so that amended plans are issued within four weeks "
        "of the review meeting.\tSEND Casework Manager / Principal Educational Psychologist\t"
        "Spring term 2025\tOn track\tNew process piloted with 10 schools. Full rollout after "
        "February half term.",
        "1.4\tDeliver training on writing outcomes in EHC plans to SENCOs and health and care "
        "professionals.\tSEND Training Lead\tTermly\tGreen\tAutumn sessions attended by 63 SENCOs "
        "and 18 health professionals.",
        "",
        "Area for improvement 2: Leaders should improve the identification of, and support for, "
        "children and young people with SEND who are not attending school regularly, including "
        "those on part-time timetables.",
        "2.1\tCreate a single register of children with SEND on part-time timetables and review "
        "it monthly with schools.\tHead of Inclusion\tBy end of March 2025\tAmber\tRegister built; "
        "38 schools have submitted data so far. Data sharing with two academy trusts still to be "
        "agreed.",
        "2.2\tExtend the emotionally based school avoidance (EBSA) pilot to all secondary schools."
        "\tEducational Psychology Service Manager & Mental Health Support Team Lead\tSummer term "
        "2025\tOn track\tSix secondary schools joined in January; the remaining schools join after "
        "Easter.",
        "2.3\tPublish guidance for parents on part-time timetables and their rights, co-produced "
        "with the parent carer forum.\tHead of Inclusion\tFeb 2025\tNot started\tParent carer "
        "forum workshop booked for 20 February 2025.",
        "",
        "Area for improvement 3: Health leaders should reduce waiting times for neurodevelopmental "
        "assessments and make sure families receive support while they wait.",
        "3.1\tCommission additional autism assessment capacity from an independent provider for "
        "300 assessments.\tICB Head of Children's Commissioning\t31/03/2025\tGreen\tContract "
        "awarded December 2024; 96 assessments completed.",
        "3.2\tIntroduce a 'waiting well' offer, including parent workshops and a sleep clinic, for "
        "families on the neurodevelopmental pathway.\tDCO (ICB)\tSpring term 2025\tAmber\tParent "
        "workshops running since November. Sleep clinic start delayed by recruitment.",
        "3.3\tReport neurodevelopmental waiting times to every SEND Partnership Board.\tDCO (ICB)"
        "\tOngoing\tComplete\tStanding item on the Board agenda since October 2024.",
        "",
        "Status key: Complete = delivered; On track / Green = on track; Amber = some risk; "
        "Red = off track; Not started = not yet started",
    ]
    with open(os.path.join(HERE, "k1-east-riding-send-area-inspection-improvement-plan.txt"),
              "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")


# ---------------------------------------------------------------------------
# 7. Redbridge SCP JTAI multi-agency action plan (docx, a table per area, no refs)
# ---------------------------------------------------------------------------
def redbridge():
    doc = Document()
    landscape(doc)
    doc.add_heading("Redbridge Safeguarding Children Partnership – Joint Targeted Area Inspection "
                    "(JTAI): Multi-agency Action Plan", 0)
    p = doc.add_paragraph()
    p.add_run("JTAI of the multi-agency response to children and families who need help  |  "
              "Plan agreed by the Safeguarding Partners: March 2024  |  Update: September 2024"
              ).italic = True

    doc.add_heading("Version control", level=2)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Comment"]):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], GREY)
    for row in [("1.0", "28/03/2024", "Agreed by Safeguarding Partners"),
                ("1.1", "19/09/2024", "Progress update for Partnership Executive")]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v)

    doc.add_heading("RAG key", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for letter, hex_, meaning in [("B", BLUE, "Complete"), ("G", GREEN, "On track"),
                                  ("A", AMBER, "Some slippage – mitigation in place"),
                                  ("R", RED, "Off track / not started and overdue")]:
        cells = t.add_row().cells
        set_cell(cells[0], letter, bold=True)
        shade(cells[0], hex_)
        set_cell(cells[1], meaning)

    rag_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    areas = [
        ("Area for improvement 1: The quality and consistency of early help assessments and "
         "plans across partner agencies, so that children's needs are understood and help is "
         "well targeted",
         "Inspectors found that early help assessments completed by schools and health partners "
         "varied in quality and that plans were not always clear about what needed to change.",
         [
             ("Refresh the multi-agency early help assessment and plan template, with a single "
              "family plan used by all agencies.", "Redbridge Council", "Head of Early Help",
              "30/06/2024", "New template co-designed with schools and health; launched "
              "1 July 2024.", "B"),
             ("Deliver early help assessment training to school designated safeguarding leads "
              "and health visitors.", "Redbridge Council / NEL ICB",
              "Early Help Practice Lead; Designated Nurse", "Sept 2024",
              "146 practitioners trained. Further sessions for GP practices planned for the "
              "autumn.", "G"),
             ("Introduce a quarterly multi-agency audit of early help plans, reported to the "
              "Partnership Executive.", "RSCP", "RSCP Business Manager", "Q2 2024/25",
              "First audit of 20 plans completed in August; findings go to the Executive in "
              "October.", "G"),
         ]),
        ("Area for improvement 2: The timeliness of information sharing by police with the MASH "
         "when children are present at domestic abuse incidents",
         "Inspectors found delays of up to five days in some police notifications reaching the "
         "MASH.",
         [
             ("Review police triage of domestic abuse notifications to remove delays in sending "
              "them to the MASH.", "Metropolitan Police (East Area BCU)",
              "Detective Inspector, Public Protection", "31/05/2024",
              "Review complete. Dedicated MASH researcher in post; notifications now sent within "
              "24 hours in 91% of cases.", "B"),
             ("Report weekly on the timeliness of police notifications to the MASH Strategic "
              "Board.", "Metropolitan Police / Redbridge Council",
              "DI Public Protection & MASH Head of Service", "Weekly",
              "Weekly reporting in place since June 2024.", "G"),
         ]),
        ("Area for improvement 3: The involvement of adult services, including mental health and "
         "substance misuse services, in assessments and plans for children",
         "Inspectors found that adult practitioners were not routinely invited to contribute to "
         "assessments and child protection conferences.",
         [
             ("Agree a 'think family' joint working protocol between children's social care, "
              "adult mental health and the substance misuse service.",
              "Redbridge Council / NELFT",
              "Head of Adult Mental Health Social Work / Head of Service, Family Services",
              "30/09/2024", "Protocol drafted; consultation with the trust closes on "
              "30 September.", "A"),
             ("Include adult practitioners in the multi-agency safeguarding training programme.",
              "RSCP", "RSCP Training Coordinator", "March 2025",
              "Not started – training coordinator post vacant until October 2024.", "R"),
             ("Add an 'adults in the household' prompt to the child protection conference report "
              "template for all agencies.", "Redbridge Council",
              "Head of Safeguarding and Quality Assurance", "December 2024",
              "Prompt drafted; change to the conference report form is with IT.", "A"),
         ]),
    ]
    hdr = ["Action", "Lead agency", "Lead officer", "Timescale", "Progress (September 2024)",
           "RAG"]
    widths = [Cm(8.0), Cm(3.6), Cm(4.2), Cm(2.4), Cm(6.5), Cm(1.3)]
    for heading, finding, actions in areas:
        doc.add_heading(heading, level=2)
        p = doc.add_paragraph()
        p.add_run("What inspectors found: ").bold = True
        p.add_run(finding)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for i, h in enumerate(hdr):
            set_cell(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], "D9E2F3")
        for row in actions:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                set_cell(cells[i], v, bold=(i == 5))
            shade(cells[5], rag_fill[row[5]])
            cells[5].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = w
        doc.add_paragraph()
    doc.add_paragraph("Progress against this plan is reported to each meeting of the Redbridge "
                      "Safeguarding Children Partnership Executive.")
    doc.save(os.path.join(HERE, "k1-redbridge-scp-jtai-action-plan.docx"))


if __name__ == "__main__":
    west_berkshire()
    merton()
    north_somerset()
    wandsworth()
    north_tyneside()
    east_riding()
    redbridge()
    print("done")
