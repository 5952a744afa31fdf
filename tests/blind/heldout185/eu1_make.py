"""Build the seven eu1- blind cases (children's services plans) in this folder.

Run with: /work/main/.venv/bin/python eu1_make.py
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


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    """Write text into a docx cell; '\n' starts a new paragraph in the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        r.font.size = Pt(size)


def header_row(table, labels, fill="1F3864"):
    for c, lab in zip(table.rows[0].cells, labels):
        set_cell(c, lab, bold=True)
        c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        shade(c, fill)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_rgb):
    return PatternFill(start_color=hex_rgb, end_color=hex_rgb, fill_type="solid")


XL_RAG = {
    "Blue": "5B9BD5", "Complete": "5B9BD5", "B": "5B9BD5",
    "Green": "70AD47", "G": "70AD47",
    "Amber": "FFC000", "A": "FFC000",
    "Red": "FF0000", "R": "FF0000",
}


# ------------------------------------------------- 1. Medway ILACS (docx)
def medway():
    doc = Document()
    doc.add_heading("Medway Council Children's Services Improvement Plan 2023–2025", level=0)
    doc.add_paragraph(
        "Response to the Ofsted inspection of local authority children's services (ILACS), "
        "17 to 28 July 2023 – overall effectiveness: Good")
    doc.add_paragraph(
        "Progress position as at 31 March 2024. Reported to the Children's Services "
        "Improvement and Assurance Board.")

    doc.add_heading("Document control", level=2)
    dc = doc.add_table(rows=5, cols=2)
    dc.style = "Table Grid"
    for row, (k, v) in zip(dc.rows, [
        ("Document owner", "Assistant Director, Children's Social Care"),
        ("Version", "1.3"),
        ("Date", "08/04/2024"),
        ("Approved by", "Director of People – Children and Adults Services"),
        ("Next review", "June 2024"),
    ]):
        set_cell(row.cells[0], k, bold=True)
        set_cell(row.cells[1], v)

    doc.add_heading("RAG key", level=2)
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for row, (k, v, f) in zip(key.rows, [
        ("Complete", "Action completed and impact evidenced", "5B9BD5"),
        ("Green", "On track to deliver by the target date", "70AD47"),
        ("Amber", "Some slippage – recoverable within the quarter", "FFC000"),
        ("Red", "Off track or target date missed", "FF0000"),
    ]):
        set_cell(row.cells[0], k, bold=True)
        shade(row.cells[0], f)
        set_cell(row.cells[1], v)

    sections = [
        ("1. Children aged 16 and 17 who are at risk of homelessness",
         "The response to 16- and 17-year-old children who are at risk of homelessness.",
         [
             ("1.1", "Refresh the joint housing protocol for 16 and 17 year olds with Medway Housing "
                     "Solutions so that every young person presenting as homeless is offered a joint "
                     "assessment on the day they present.",
              "Head of Service, Assessment and Safeguarding / Head of Housing Solutions",
              "December 2023", "Complete",
              "Protocol signed off by both directorates in December 2023 and launched at joint briefings."),
             ("1.2", "Audit all 16 and 17 year olds who presented as homeless in the last six months to "
                     "check the quality of assessment and that each young person was told about their "
                     "right to become looked after.",
              "Principal Social Worker", "31/03/2024", "Green",
              "Audit of 23 young people under way; findings to the May Board."),
         ]),
        ("2. Children at risk of exploitation",
         "The consistency of the response to children at risk of exploitation, including the quality "
         "of return home interviews and exploitation risk assessments.",
         [
             ("2.1", "Launch the revised Medway child exploitation risk assessment tool and train all "
                     "children's social work teams in its use.",
              "Service Manager, Adolescent Safeguarding", "Jan 2024", "Complete",
              "Tool live on Mosaic from 8 January 2024; 142 staff trained."),
             ("2.2", "Bring return home interviews back in house so that they are completed within 72 "
                     "hours and the learning is shared with the allocated social worker.\n"
                     "Monthly performance to be reported to the Improvement and Assurance Board.",
              "Service Manager, Adolescent Safeguarding; Head of Early Help", "June 2024", "Amber",
              "Two of three RHI workers recruited. Timeliness 61% in March."),
             ("2.3", "Strengthen the link between the Medway Exploitation Panel and strategy discussions "
                     "so that actions agreed at panel are recorded on the child's record.",
              "Kent Police DCI (Exploitation); Head of Service, Assessment and Safeguarding",
              "Ongoing", "Green",
              "Panel minutes now uploaded to the child's record by the panel coordinator."),
         ]),
        ("3. Disabled children",
         "The quality of practice for disabled children, which, although improving, remains inconsistent.",
         [
             ("3.1", "Complete the move of the Children with Disabilities team into the Children's Social "
                     "Care practice framework, including use of the standard assessment and child in "
                     "need plan templates.",
              "Head of Service, Disabled Children and Young People", "September 2024", "Green",
              "Templates in use since February 2024; practice week planned for July."),
             ("3.2", "Introduce quarterly thematic audits of practice with disabled children, moderated by "
                     "the Principal Social Worker.",
              "Head of Quality Assurance", "Quarterly", "",
              "First audit scheduled for April 2024."),
         ]),
        ("4. Emotional and mental health support for care leavers",
         "The availability and accessibility of emotional and mental health support for care leavers.",
         [
             ("4.1", "Agree with Kent and Medway ICB a commissioned emotional wellbeing offer for care "
                     "leavers aged 18 to 25, with a named clinician linked to the Leaving Care team.",
              "Head of Service, Children in Care and Care Leavers; ICB Designated Nurse for Children in Care",
              "Q2 2024/25", "Amber",
              "Business case with the ICB; funding decision expected in June."),
             ("4.2", "Train all personal advisers in trauma-informed practice and in how to help care "
                     "leavers get access to adult mental health services.",
              "Leaving Care Team Manager", "July 2024", "Red",
              "Procurement of the training provider delayed; new date to be agreed."),
         ]),
    ]
    rag_fill = {"Complete": "5B9BD5", "Green": "70AD47", "Amber": "FFC000", "Red": "FF0000"}
    labels = ["Area for improvement", "Ref", "Action", "Lead officer", "Target date", "RAG",
              "Progress update March 2024"]
    for heading, afi, actions in sections:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1 + len(actions), cols=len(labels))
        t.style = "Table Grid"
        header_row(t, labels)
        for i, (ref, act, lead, due, rag, prog) in enumerate(actions, start=1):
            cells = t.rows[i].cells
            set_cell(cells[1], ref)
            set_cell(cells[2], act)
            set_cell(cells[3], lead)
            set_cell(cells[4], due)
            set_cell(cells[5], rag, bold=True)
            if rag:
                shade(cells[5], rag_fill[rag])
            set_cell(cells[6], prog)
        top = t.cell(1, 0)
        if len(actions) > 1:
            top = top.merge(t.cell(len(actions), 0))
        set_cell(top, afi, bold=True)
        shade(top, "D9E2F3")
        doc.add_paragraph("")
    doc.add_paragraph(
        "Next update: Children's Services Improvement and Assurance Board, June 2024.")
    doc.save(out("eu1-medway-council-ilacs-improvement-plan.docx"))


# ------------------------------------------------- 2. Wirral JTAI (docx)
def wirral():
    doc = Document()
    doc.add_heading("Wirral Safeguarding Children Partnership: JTAI Action Plan", level=0)
    doc.add_paragraph(
        "Joint targeted area inspection of the multi-agency response to children and families who "
        "need help (early help), 5 to 9 December 2022")
    doc.add_paragraph(
        "This plan responds to the inspection findings letter of 16 February 2023. It was submitted to "
        "Ofsted on 19 May 2023 and is monitored by the WSCP Executive Group. Updated for the Executive "
        "Group meeting of 23 January 2024.")

    p = doc.add_paragraph()
    p.add_run("Status key (shading in the Status column)").bold = True
    key = doc.add_table(rows=1, cols=4)
    key.style = "Table Grid"
    for c, (lab, f) in zip(key.rows[0].cells, [
        ("Blue – complete", "5B9BD5"), ("Green – on track", "70AD47"),
        ("Amber – at risk of slippage", "FFC000"), ("Red – off track", "FF0000")]):
        set_cell(c, lab, bold=True)
        shade(c, f)
    doc.add_paragraph("")

    bands = [
        ("1. How effectively the early help offer is further developed to ensure greater consistency "
         "of access for children across the local authority area",
         [
             ("1.1", "Map the early help offer across all four constituencies, including voluntary and "
                     "community sector provision, and publish a single directory of early help on the "
                     "WSCP and Family Hub websites.",
              "Head of Early Help and Prevention (Wirral Council)", "September 2023",
              "Directory live since 4 September 2023.", "5B9BD5"),
             ("1.2", "Open family hubs in Birkenhead and Wallasey, with outreach sessions in the Wirral "
                     "West and Wirral South areas where take-up of early help is lowest.",
              "Assistant Director, Early Help and Prevention", "Mar 2024",
              "Birkenhead hub open; Wallasey hub opening 12 February 2024.", "70AD47"),
         ]),
        ("2. The proportion of children receiving early help who benefit from a coordinated "
         "multi-agency plan to coordinate that support and to help ensure that it is as effective as "
         "possible",
         [
             ("2.1", "Introduce a single multi-agency early help assessment and plan (EHAP) on the Liquid "
                     "Logic Early Help Module, available to schools, health visitors and school nurses.",
              "Head of Early Help and Prevention; Head of ICT Systems", "31/10/2023",
              "EHAP live from 30 October 2023; 61 schools trained.", "5B9BD5"),
             ("2.2", "Set a partnership target that 75% of children receiving early help from partner "
                     "agencies have an EHAP, and report this quarterly to the Executive Group.",
              "WSCP Business Manager", "Quarterly",
              "Q3 figure 58%, up from 41% in Q2.", "70AD47"),
             ("2.3", "Deliver early help lead professional training to practitioners in health, education "
                     "and the police.",
              "WSCP Learning and Development Officer", "April 2023 – March 2024",
              "Four of six cohorts delivered; police attendance low.", "FFC000"),
         ]),
        ("3. How well the early help needs of children with special educational needs and/or "
         "disabilities are met",
         [
             ("3.1", "Add SEND to the early help assessment so that practitioners record a child's SEN "
                     "support or EHC plan and involve the SENCO in the plan.",
              "Head of SEND and Inclusion", "December 2023",
              "SEND section added to the EHAP; guidance issued to SENCOs.", "5B9BD5"),
             ("3.2", "Commission a short breaks and early support offer for families of children with SEND "
                     "who do not meet the threshold for the disabled children's team.",
              "Commissioning Lead, Children and Families", "June 2024",
              "Tender did not attract bids; market engagement to be repeated.", "FF0000"),
         ]),
        ("4. The coordination of early help between education providers and the wider partnership",
         [
             ("4.1", "Establish termly early help network meetings for designated safeguarding leads in "
                     "every school cluster, attended by the locality early help team and the police "
                     "schools' officer.",
              "Education Safeguarding Manager", "Summer term 2023",
              "Networks running in all 8 clusters.", "5B9BD5"),
             ("4.2", "Add education representation to the Early Help Partnership Board and the WSCP "
                     "Executive Group, nominated by the Wirral headteachers' forums.",
              "WSCP Independent Scrutineer / Director of Children, Families and Education", "July 2023",
              "Primary and secondary heads attending from July 2023.", "5B9BD5"),
         ]),
    ]
    labels = ["No.", "Action", "Lead agency / officer", "Timescale", "Progress to date", "Status"]
    n_rows = 1 + sum(1 + len(a) for _, a in bands)
    t = doc.add_table(rows=n_rows, cols=len(labels))
    t.style = "Table Grid"
    header_row(t, labels, fill="44546A")
    r = 1
    for band, actions in bands:
        row = t.rows[r]
        m = row.cells[0].merge(row.cells[len(labels) - 1])
        set_cell(m, band, bold=True)
        shade(m, "D9D9D9")
        r += 1
        for ref, act, lead, due, prog, f in actions:
            cells = t.rows[r].cells
            set_cell(cells[0], ref)
            set_cell(cells[1], act)
            set_cell(cells[2], lead)
            set_cell(cells[3], due)
            set_cell(cells[4], prog)
            set_cell(cells[5], "")
            shade(cells[5], f)
            r += 1
    doc.add_paragraph("")
    doc.add_paragraph("Signed off by the WSCP Executive Group (statutory safeguarding partners): "
                      "Wirral Council, NHS Cheshire and Merseyside (Wirral Place), Merseyside Police.")
    doc.save(out("eu1-wirral-safeguarding-children-partnership-jtai-action-plan.docx"))


# ------------------------------------- 3. Devon SEND APP (xlsx, 3 sheets)
def devon():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Devon Local Area SEND Accelerated Progress Plan (APP) 2023-24"
    cov["A1"].font = Font(bold=True, size=14)
    rows = [
        ("Date of inspection:", "23 – 25 May 2022"),
        ("Date of publication of the revisit report:", "7 June 2022"),
        ("Accountable officers:", "Chief Executive, Devon County Council; Chief Executive, NHS Devon; "
                                  "Director of Children and Young People's Futures"),
        ("Monitored by:", "Department for Education and NHS England (quarterly review)"),
        ("Progress position:", "March 2024"),
    ]
    for i, (k, v) in enumerate(rows, start=3):
        cov.cell(i, 1, k).font = Font(bold=True)
        cov.cell(i, 2, v).alignment = WRAP
    cov["A9"] = "RAG key"
    cov["A9"].font = Font(bold=True)
    for i, (k, v) in enumerate([
        ("Complete", "Action delivered"),
        ("Green", "On track"),
        ("Amber", "Some risk to delivery – mitigation in place"),
        ("Red", "Off track – escalated to the SEND Improvement Partnership Board"),
    ], start=10):
        c = cov.cell(i, 1, k)
        c.fill = fill(XL_RAG[k])
        c.font = Font(bold=True)
        cov.cell(i, 2, v)
    cov.column_dimensions["A"].width = 42
    cov.column_dimensions["B"].width = 90

    ws = wb.create_sheet("APP")
    ws["A1"] = "Accelerated Progress Plan – action tracker"
    ws["A1"].font = Font(bold=True, size=12)
    hdr = ["Ref", "Action", "Responsible officer (action lead)", "Senior responsible officer",
           "Due date", "Revised due date", "Previous RAG", "Current RAG", "Progress update (March 2024)"]
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(3, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F4E78")
        cell.alignment = WRAP
        cell.border = BOX
    D = lambda y, m: dt.datetime(y, m, 1)
    plan = [
        ("A. Strategy – The fact that strategic plans and the local area's SEND arrangements are not "
         "embedded or widely understood by stakeholders, including schools, settings, staff, and parents.",
         [
             ("A1", "Complete a review of SEND partnership governance arrangements so that they are "
                    "effective in driving improvement.",
              "SEND Programme Manager", "Deputy Director, Transformation and Business Services",
              D(2023, 11), None, "Amber", "Complete",
              "Review approved by the Board in November 2023; new terms of reference in place."),
             ("A2", "Publish the Devon SEND Strategy 2024-2029, co-produced with Parent Carer Forum Devon, "
                    "and hold launch events in each locality.",
              "Head of SEND Strategy; Participation Lead, Parent Carer Forum Devon",
              "Director of Children and Young People's Futures",
              D(2024, 1), D(2024, 4), "Amber", "Amber",
              "Consultation extended by six weeks at the request of parents."),
             ("A3", "Deliver SEND strategy briefings to SENCO networks, early years settings and health "
                    "practitioners, with a feedback survey after each session.",
              "Inclusion Service Manager", "Head of Education and Learning",
              D(2024, 3), None, "Green", "Green",
              "11 briefings held; 83% of respondents understand the strategy."),
         ]),
        ("B. Communications – The significant concerns that were reported about communication with key "
         "stakeholders, particularly with parents and families.",
         [
             ("B1", "Refresh the Local Area SEND communication strategy and plan, including a monthly SEND "
                    "newsletter for families.",
              "Strategic Media and PR Manager, DCC; Clinical Lead for SEND, NHS Devon",
              "Deputy Director, Transformation and Business Services",
              D(2023, 10), None, "Green", "Complete",
              "Strategy published; newsletter has 6,400 subscribers."),
             ("B2", "Introduce a named caseworker for every family going through an EHC needs assessment, "
                    "with contact details sent in the first letter.",
              "Head of SEN Statutory Services", "Director of Children and Young People's Futures",
              D(2023, 12), D(2024, 6), "Red", "Amber",
              "Named caseworkers in place for new requests; backlog cases being allocated."),
             ("B3", "Set up a complaints and enquiries triage so that families receive a response within "
                    "10 working days.",
              "Customer Relations Manager", "Head of Education and Learning",
              D(2024, 2), None, "Amber", "Red",
              "Response rate within 10 days is 54%; additional staffing requested."),
         ]),
        ("C. EHC Plans Timeliness and Quality – The time it takes to issue Education, Health, and Care "
         "(EHC) plans and the variable quality of these plans.",
         [
             ("C1", "Recruit permanent caseworkers and co-ordinators to the 0-25 team to reduce permanent "
                    "vacancies by 50%.",
              "Head of SEN Statutory Services; HR Business Partner",
              "Director of Children and Young People's Futures",
              D(2024, 1), None, "Amber", "Green",
              "Vacancies reduced from 38 to 17 posts."),
             ("C2", "Introduce a multi-agency EHC plan quality assurance framework, with monthly moderation "
                    "of a sample of new plans.",
              "Principal Educational Psychologist", "Head of Education and Learning",
              D(2024, 3), None, "Green", "Green",
              "Framework agreed; first three moderation panels held."),
         ]),
        ("D. Autism – Weaknesses in the identification, assessment, diagnosis and support of those "
         "children and young people with autism spectrum disorder (ASD).",
         [
             ("D1", "Commission additional autism assessment capacity to reduce the waiting list for "
                    "children and young people aged 5 to 18.",
              "Associate Director of Commissioning, NHS Devon", "Chief Nursing Officer, NHS Devon",
              D(2024, 3), D(2024, 9), "Amber", "Red",
              "Second provider contract not yet signed; waiting list 2,950."),
             ("D2", "Launch a 'support while you wait' offer for families waiting for an autism "
                    "assessment, including parent workshops and a telephone advice line.",
              "Neurodiversity Programme Lead", "Chief Nursing Officer, NHS Devon",
              D(2023, 12), None, "Green", "Complete",
              "Advice line live; 14 workshops delivered."),
         ]),
    ]
    r = 4
    for band, actions in plan:
        ws.cell(r, 1, band).font = Font(bold=True)
        ws.cell(r, 1).fill = fill("DDEBF7")
        ws.cell(r, 1).alignment = WRAP
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(hdr))
        ws.row_dimensions[r].height = 32
        r += 1
        for ref, act, lead, sro, due, rev, prev, cur, prog in actions:
            vals = [ref, act, lead, sro, due, rev, prev, cur, prog]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "mmm-yy"
            ws.cell(r, 7).fill = fill(XL_RAG[prev])
            ws.cell(r, 8).fill = fill(XL_RAG[cur])
            r += 1
    for col, w in zip("ABCDEFGHI", [6, 60, 30, 30, 10, 10, 10, 10, 45]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A4"

    sm = wb.create_sheet("RAG summary")
    sm["A1"] = "Current RAG by area of significant weakness – March 2024"
    sm["A1"].font = Font(bold=True)
    heads = ["Area", "Complete", "Green", "Amber", "Red", "Total"]
    for c, h in enumerate(heads, start=1):
        sm.cell(3, c, h).font = Font(bold=True)
    data = [("A. Strategy", 1, 1, 1, 0), ("B. Communications", 1, 0, 1, 1),
            ("C. EHC Plans Timeliness and Quality", 0, 2, 0, 0), ("D. Autism", 1, 0, 0, 1)]
    for i, (a, b, g, am, rd) in enumerate(data, start=4):
        for c, v in enumerate([a, b, g, am, rd, b + g + am + rd], start=1):
            sm.cell(i, c, v)
    tot = ["Total"] + [sum(d[k] for d in data) for k in range(1, 5)]
    tot.append(sum(tot[1:]))
    for c, v in enumerate(tot, start=1):
        sm.cell(8, c, v).font = Font(bold=True)
    sm.column_dimensions["A"].width = 38
    wb.save(out("eu1-devon-send-accelerated-progress-plan.xlsx"))


# ------------------------------------------- 4. Leicester City YJS (xlsx)
def leicester():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = ("Leicester City Children and Young People's Justice Service – HMIP Inspection "
                "Improvement Plan 2025")
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:G1")
    ws["A2"] = ("Inspection of youth justice work with children and victims – fieldwork January 2025 – "
                "overall rating: Requires improvement")
    ws.merge_cells("A2:G2")
    ws["A3"] = ("Plan owner: Head of Service, Youth Justice and Adolescent Services. Approved by the Youth "
                "Justice Management Board on 10 June 2025.")
    ws.merge_cells("A3:G3")
    hdr = ["Recommendation", "Ref", "Action", "Lead(s)", "Target date", "RAG",
           "Progress / evidence of impact"]
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(5, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("7030A0")
        cell.border = BOX
        cell.alignment = WRAP
    D = lambda y, m, d: dt.datetime(y, m, d)
    groups = [
        ("The Head of Service for Leicester City CYPJS should:", [
            ("1. improve the identification and analysis of risks to other people, so that assessments "
             "and plans address the safety of victims and potential victims", [
                ("1.1", "Deliver risk of harm refresher training to all case managers, using case examples "
                        "from the inspection.",
                 "YJ Practice Manager (Quality)", D(2025, 7, 31), "B",
                 "Two sessions delivered in July; 100% of case managers attended."),
                ("1.2", "Add a mandatory 'risk to others' section to the management oversight template and "
                        "audit 20 cases a quarter against it.",
                 "SM / JK", D(2025, 9, 30), "G",
                 "Template changed in ChildView; first audit due September."),
            ]),
            ("2. make sure that contingency plans are specific to each child and say what staff will do "
             "if risks increase", [
                ("2.1", "Revise the AssetPlus planning guidance with examples of specific contingency plans "
                        "and share it at the practice development day.",
                 "Practice Development Lead", D(2025, 8, 31), "G",
                 "Draft guidance with practice leads for comment."),
                ("2.2", "Include the quality of contingency planning in monthly supervision and in the "
                        "quarterly practice audit.",
                 "Team Managers", "Monthly", "G",
                 "Supervision template updated."),
            ]),
            ("3. make sure victims are offered restorative justice and are kept informed throughout the "
             "child's intervention", [
                ("3.1", "Recruit a second victim liaison officer and introduce a victim contact log reviewed "
                        "weekly by the victim team manager.",
                 "Victim and RJ Team Manager & Police YJ Sergeant", D(2025, 10, 31), "A",
                 "Post advertised twice; interim cover from the police."),
            ]),
        ]),
        ("The Leicester City Youth Justice Management Board should:", [
            ("4. make sure partners provide timely access to speech, language and communication and "
             "emotional health services for children in the youth justice service", [
                ("4.1", "Agree a service level agreement with Leicestershire Partnership NHS Trust for a "
                        "dedicated speech and language therapist for 0.6 FTE.",
                 "Chair of YJMB; Head of Commissioning (ICB)", "Q3 2025/26", "A",
                 "Funding agreed in principle; SLA being drafted."),
                ("4.2", "Add waiting times for CAMHS and SALT for children open to CYPJS to the Board's "
                        "quarterly performance report.",
                 "YJ Information Officer", D(2025, 9, 30), "B",
                 "Included in the Q1 performance report."),
            ]),
            ("5. improve how the partnership analyses and responds to disproportionality for Black and "
             "mixed heritage children", [
                ("5.1", "Complete a disproportionality deep dive with the police and the courts and agree an "
                        "action plan at the December Board.",
                 "Head of Service, Youth Justice and Adolescent Services", D(2025, 12, 31), None,
                 "Not started – data request to police submitted."),
            ]),
        ]),
    ]
    r = 6
    for addressee, recs in groups:
        ws.cell(r, 1, addressee).font = Font(bold=True, italic=True)
        ws.cell(r, 1).fill = fill("E4DFEC")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(hdr))
        r += 1
        for rec, actions in recs:
            first = r
            for ref, act, lead, due, rag, prog in actions:
                vals = [None, ref, act, lead, due, rag, prog]
                for c, v in enumerate(vals, start=1):
                    if v is None:
                        continue
                    cell = ws.cell(r, c, v)
                    cell.alignment = WRAP
                    cell.border = BOX
                    if isinstance(v, dt.datetime):
                        cell.number_format = "dd/mm/yyyy"
                if rag:
                    ws.cell(r, 6).fill = fill(XL_RAG[rag])
                    ws.cell(r, 6).alignment = Alignment(horizontal="center", vertical="top")
                r += 1
            ws.cell(first, 1, rec).alignment = WRAP
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(r, 1, "Key: B – complete; G – on track; A – some slippage; R – off track")
    ws.cell(r + 1, 1, "Progress is reported to the Youth Justice Management Board quarterly. "
                      "Next update: September 2025.")
    for col, w in zip("ABCDEFG", [45, 6, 55, 28, 12, 6, 40]):
        ws.column_dimensions[col].width = w
    wb.save(out("eu1-leicester-city-cypjs-hmip-improvement-plan.xlsx"))


# ------------------------------- 5. Hull monitoring visit (xlsx, refuse)
HULL_TYPO_ROW = None


def hull():
    global HULL_TYPO_ROW
    wb = Workbook()
    ws = wb.active
    ws.title = "MV action plan"
    ws["A1"] = "Hull City Council – Ofsted Monitoring Visit Action Plan"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Children, Young People and Family Services – monitoring visit of 20 and 21 July 2022 "
                "(early help and child in need assessments)")
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Version 2 – updated 14 November 2022"
    hdr = ["Theme", "No.", "Action", "Lead", "Original target", "Revised target", "Status", "Comments"]
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(5, c, h)
        cell.font = Font(bold=True)
        cell.fill = fill("BDD7EE")
        cell.border = BOX
    themes = [
        ("Early help", [
            ("EH1", "Introduce a step-up/step-down panel between early help and children's social care, "
                    "chaired by a service manager.",
             "Head of Early Help", "Sept 2022", "", "Complete", "Panel meeting weekly since 5 September."),
            ("EH2", "Review all early help cases open longer than 12 months to check that plans are "
                    "progressing and children's circumstances are improving.",
             "Early Help Service Manager", "Oct 2022", "Dec 2022", "Amber",
             "212 of 340 cases reviewed."),
        ]),
        ("Child in need assessments", [
            ("CIN1", "Issue revised practice standards for child in need assessments, including timescales "
                     "for seeing the child and recording their views.",
             "Principal Social Worker", "Sept 2022", "", "Complete", "Standards issued 26 September."),
            ("CIN2", "Dip sample 10 child in need assessments per team each month and report themes to the "
                     "performance clinic.",
             "Head of Quality and Practice Improvement", "Nov 2022", "Janaury 2023", "Green",
             "First two months of sampling complete."),
            ("CIN3", "Reduce the number of child in need plans without a recorded review in the last three "
                     "months to below 5%.",
             "Service Manager, Children in Need", "Dec 2022", "", "Amber", "Currently 9%."),
        ]),
        ("Management oversight", [
            ("MO1", "Refresh the supervision policy so that supervision records show reflective discussion "
                    "and clear actions with timescales.",
             "Assistant Director, Children's Social Care", "Dec 2022", "", "Green",
             "Draft policy out for consultation with staff."),
        ]),
    ]
    st_fill = {"Complete": "5B9BD5", "Green": "70AD47", "Amber": "FFC000", "Red": "FF0000"}
    r = 6
    for theme, actions in themes:
        first = r
        for no, act, lead, orig, rev, st, com in actions:
            for c, v in enumerate([None, no, act, lead, orig, rev, st, com], start=1):
                if v is None:
                    continue
                cell = ws.cell(r, c, v if v != "" else None)
                cell.alignment = WRAP
                cell.border = BOX
            ws.cell(r, 7).fill = fill(st_fill[st])
            if rev == "Janaury 2023":
                HULL_TYPO_ROW = r
            r += 1
        ws.cell(first, 1, theme).font = Font(bold=True)
        ws.cell(first, 1).alignment = WRAP
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    for col, w in zip("ABCDEFGH", [18, 6, 60, 30, 12, 12, 10, 35]):
        ws.column_dimensions[col].width = w

    k = wb.create_sheet("Key")
    k["A1"] = "Status key"
    k["A1"].font = Font(bold=True)
    for i, (s, d) in enumerate([("Complete", "Action completed"), ("Green", "On track"),
                                ("Amber", "Some delay"), ("Red", "Not on track")], start=2):
        k.cell(i, 1, s).fill = fill(st_fill[s])
        k.cell(i, 2, d)
    k["A7"] = "Monitored monthly by the Children's Services Improvement Board."
    wb.save(out("eu1-hull-city-council-monitoring-visit-action-plan-typo-month-refuse.xlsx"))
    print("Hull typo row:", HULL_TYPO_ROW)


# ---------------------------------------- 6. Essex children's home (csv)
def essex():
    rows = [
        ["Cherry Tree Lodge (Essex County Council) – Ofsted inspection action plan"],
        ["Full inspection 8 and 9 October 2024 – overall experiences and progress of children: "
         "Requires improvement to be good"],
        [],
        ["Type", "Regulation / standard", "What Ofsted said", "Action no.", "Action",
         "Responsible person", "Due date", "Status", "Update"],
        ["Requirement 1", "Regulation 12 – The protection of children standard",
         "The registered person must ensure that all incidents of restraint are recorded within 24 hours "
         "and that each record is reviewed by the registered manager.",
         "R1.1", "Re-issue the restraint recording procedure to all staff and check understanding at the "
                 "team meeting.",
         "Registered Manager", "15/11/2024", "Complete", "Discussed at team meeting 6 November 2024."],
        ["", "", "", "R1.2", "Registered manager to review every restraint record within 48 hours and sign "
                             "the review on the record; monthly audit by the responsible individual.",
         "Registered Manager / Responsible Individual", "30/11/2024", "Complete",
         "All records since 1 November reviewed and signed."],
        ["Requirement 2", "Regulation 14 – The care planning standard",
         "The registered person must ensure that each child's relevant plans are up to date and that the "
         "home has the documents it needs before a child arrives for a short break.",
         "R2.1", "Agree with the Children with Disabilities team a checklist of documents to be received "
                 "before any new child's first stay.",
         "Registered Manager; CWD Team Manager", "31/12/2024", "Complete", "Checklist in use."],
        ["", "", "", "R2.2", "Keyworkers to review each child's placement plan at least every three months.\n"
                             "Changes to be sent to the child's social worker within 5 working days.",
         "Deputy Manager", "31/01/2025", "On track", "11 of 14 plans reviewed."],
        ["Recommendation 1", "Leadership and management standard – Guide paragraph 10.17",
         "The registered person should ensure that staff receive supervision at least monthly and that "
         "supervision records show the discussion of children's needs.",
         "Rec1.1", "Set a supervision schedule for the year and record dates on the staff supervision "
                   "tracker.",
         "Registered Manager", "28/02/2025", "On track", "Schedule set to March 2026."],
        ["Recommendation 2", "Children's views, wishes and feelings – Guide paragraph 2.7",
         "The registered person should ensure that children's views about their short breaks are gathered "
         "in ways that suit their communication needs.",
         "Rec2.1", "Introduce visual and Makaton feedback forms after each stay and show children's views "
                   "in the Regulation 45 review.",
         "Deputy Manager & Speech and Language Therapist", "March 2025", "Not started", ""],
        [],
        ["Responsible individual: Service Manager, Residential and Short Breaks. Plan sent to Ofsted 4 "
         "November 2024."],
    ]
    with open(out("eu1-essex-county-council-childrens-home-ofsted-action-plan.csv"), "w",
              newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        for row in rows:
            w.writerow(row)


# ------------------------------------ 7. Cornwall corporate parenting (txt)
def cornwall():
    lines = [
        "Cornwall Council Corporate Parenting Board – Action Plan 2024-25",
        "Our promises to children in care and care leavers: progress report to the Corporate Parenting "
        "Board, 21 November 2024",
        "",
        "Ref\tWhat we will do\tWho will lead\tBy when\tRAG\tUpdate",
        "Promise 1: We will make sure you have a safe, stable and loving home",
        "1.1\tIncrease the number of Cornwall foster carers by recruiting 40 new fostering households "
        "during the year.\tHead of Fostering and Adoption\tMarch 2025\tA\t22 households approved by the end "
        "of October; campaign extended.",
        "1.2\tOpen two new council-run children's homes in west Cornwall so that fewer children live outside "
        "the county.\tHead of Residential Services & Property Strategy Manager\tQ4 2024/25\tR\tSecond home "
        "delayed by planning; opening now expected summer 2025.",
        "Promise 2: We will help you do well at school, college and work",
        "2.1\tMake sure every child in care has a Personal Education Plan reviewed each term, with the "
        "child's views recorded.\tVirtual School Headteacher\tTermly\tG\t96% of PEPs completed in the summer "
        "term.",
        "2.2\tCreate 15 ring-fenced apprenticeships for care leavers across Cornwall Council and its "
        "partners.\tHead of Employment and Skills / Care Leavers Service Manager\tDecember 2024\tB\t17 "
        "apprenticeships created; target met.",
        "2.3\tTrain designated teachers in every secondary school in attachment and trauma-aware practice."
        "\tVirtual School Headteacher\tAutumn term 2024\tG\t24 of 31 schools trained.",
        "Promise 3: We will look after your health and wellbeing",
        "3.1\tMake sure initial health assessments are completed within 20 working days of a child coming "
        "into care.\tDesignated Nurse for Children in Care and Head of Children in Care\tMonthly\tA\t"
        "68% on time in Q2; paediatric capacity being reviewed.",
        "3.2\tOffer every care leaver a free leisure pass and a named health contact up to age 25.\tCare "
        "Leavers Service Manager\t31/01/2025\tG\tFree leisure passes agreed with the leisure provider.",
        "Promise 4: We will listen to you and act on what you tell us",
        "4.1\tHold a Corporate Parenting Board takeover day, planned and chaired by the Children in Care "
        "Council.\tParticipation Manager\tOctober 2024\tB\tTakeover day held in Redruth on 31 October 2024.",
        "4.2\tPublish a 'You said, we did' report after every Board meeting on the Cornwall Council "
        "website.\tDemocratic Services Officer (Corporate Parenting)\tOngoing\tG\tReports published for "
        "July and September meetings.",
        "",
        "RAG: B = complete, G = on track, A = some risk, R = off track",
        "Prepared by: Strategic Lead, Children in Care and Care Leavers",
    ]
    with open(out("eu1-cornwall-council-corporate-parenting-board-action-plan.txt"), "w",
              encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    medway()
    wirral()
    devon()
    leicester()
    hull()
    essex()
    cornwall()
    print("done")
