"""Generator for the q1- cases of heldout51 (children's services plans).

Run with /work/main/.venv/bin/python q1_make.py  (python-docx + openpyxl).
Writes the seven document files beside this script.  The .expected.yaml
readings were written by hand from the content below.
"""
import datetime as dt
import os

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


D = dt.datetime
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex6):
    return PatternFill("solid", start_color=hex6, end_color=hex6)


BLUE, GREEN, AMBER, RED = "5B9BD5", "92D050", "FFC000", "FF0000"


# ---------------------------------------------------------------------------
# 1. Northamptonshire Children's Trust - ILACS improvement plan (xlsx)
# ---------------------------------------------------------------------------
def nct_ilacs():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    widths = [7, 38, 52, 26, 24, 12, 12, 48, 11]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w

    ws["A1"] = "Northamptonshire Children's Trust – ILACS Improvement Plan 2023/24"
    ws["A1"].font = Font(bold=True, size=14, color="1F3864")
    ws.merge_cells("A1:I1")
    ws["A2"] = ("Following the Ofsted inspection of local authority children's services (ILACS), "
                "3–14 October 2022. Overall effectiveness: Requires improvement to be good.")
    ws.merge_cells("A2:I2")
    ws["A3"] = ("Plan owner: Director of Children's Services | Reported to: Improvement and "
                "Assurance Board | Progress as at 31 January 2024")
    ws["A3"].font = Font(italic=True)
    ws.merge_cells("A3:I3")

    hdr = ["Ref", "Ofsted recommendation", "Action", "How we will know (impact measure)",
           "Lead", "Target date", "Revised date", "Progress update (January 2024)", "RAG"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX
    ws.freeze_panes = "A6"

    def theme(row, text):
        ws.cell(row=row, column=1, value=text).font = Font(bold=True)
        for c in range(1, 10):
            ws.cell(row=row, column=c).fill = fill("D9E1F2")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)

    def rec(r1, r2, text):
        ws.cell(row=r1, column=2, value=text)
        if r2 > r1:
            ws.merge_cells(start_row=r1, start_column=2, end_row=r2, end_column=2)

    ragfill = {"Complete": BLUE, "G": GREEN, "A": AMBER, "R": RED}

    def act(row, ref, action, measure, lead, target, revised, progress, rag,
            tfmt="dd/mm/yyyy", rfmt="mmm-yy"):
        vals = [ref, None, action, measure, lead, target, revised, progress, rag]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=row, column=c)
            if v is not None:
                cell.value = v
            cell.alignment = WRAP
            cell.border = BOX
        if isinstance(target, dt.datetime):
            ws.cell(row=row, column=6).number_format = tfmt
        if isinstance(revised, dt.datetime):
            ws.cell(row=row, column=7).number_format = rfmt
        rc = ws.cell(row=row, column=9)
        rc.fill = fill(ragfill[rag])
        rc.alignment = Alignment(horizontal="center", vertical="top")
        rc.font = Font(bold=True)

    theme(6, "Theme 1: Children at risk of exploitation and who go missing")
    rec(7, 9, "R1. The timeliness of return home interviews and how well the information "
              "from them is used to inform risk assessment and planning for children who go missing.")
    act(7, "1.1",
        "Recommission the return home interview (RHI) service so that every child is offered an "
        "interview within 72 hours of returning, with weekly compliance reporting to the Head of Service.",
        "95% of RHIs offered within 72 hours",
        "Head of Service – Exploitation and Missing",
        D(2023, 3, 31), D(2023, 6, 30),
        "New RHI contract went live on 1 May 2023. Offers within 72 hours have been above 90% in "
        "every month since July 2023 and are reported weekly.",
        "Complete")
    act(8, "1.2",
        "Establish a monthly Missing and Exploitation Panel, jointly chaired with Northamptonshire "
        "Police, to review every child with three or more missing episodes in a rolling 90-day period.",
        "All children meeting the threshold reviewed at panel",
        "KB / DCI Public Protection",
        D(2023, 4, 30), None,
        "Panel established in April 2023 and meets monthly. Terms of reference agreed with police "
        "and health partners.",
        "Complete", tfmt="mmm-yy")
    act(9, "1.3",
        "Audit 30 case files each quarter to test that information from return home interviews is "
        "recorded in the child's risk assessment and safety plan.",
        "70% of audited cases graded good or better",
        "Quality Assurance Service Manager",
        "Quarterly", None,
        "Q1 and Q2 audits completed (62% and 68% good or better). Learning shared at practice week "
        "in November 2023.",
        "G")

    theme(10, "Theme 2: Quality of practice and management oversight")
    rec(11, 13, "R2. The quality and consistency of management oversight and supervision, so that "
                "it challenges drift and moves children's plans forward.")
    act(11, "2.1",
        "Relaunch the supervision policy and recording template, setting a clear expectation of "
        "reflective discussion and SMART actions for each child, with compliance reported monthly "
        "in the performance scorecard.",
        "90% of children's records show supervision within timescale",
        "Principal Social Worker",
        D(2023, 3, 31), None,
        "Policy relaunched at the all-staff briefing in March 2023. Compliance at 87% in December 2023.",
        "Complete")
    act(12, "2.2",
        "Deliver the 'Leading Good Practice' development programme to all team managers and "
        "advanced practitioners (cohorts 1 to 3).",
        "All team managers and APs complete the programme",
        "Head of Workforce Development",
        "Sept 2023 – March 2024", None,
        "Cohorts 1 and 2 complete (34 managers). Cohort 3 started in January 2024.",
        "G")
    act(13, "2.3",
        "Service managers to dip sample ten supervision records each quarter and report findings "
        "to the Practice Improvement Board.",
        "Quarterly dip sample reports received by the Board",
        "Service Managers (CIN/CP)",
        D(2023, 6, 30), D(2023, 12, 31),
        "Dip sampling was delayed by vacancies in two service manager posts. Q3 sample completed; "
        "Q4 sample scheduled for February 2024.",
        "A", tfmt="mmm-yy")
    rec(14, 15, "R3. The quality of plans for children in need and children subject to child "
                "protection plans, so that they are specific, measurable and understood by families.")
    act(14, "3.1",
        "Revise the child in need and child protection plan templates in the case management "
        "system so that each outcome has a named person, a timescale and a measure of progress.",
        "New templates live in the case management system",
        "Head of Service – Safeguarding / Business Systems Manager",
        D(2023, 4, 30), None,
        "New templates went live on 24 April 2023 following testing with practitioners and parents.",
        "Complete")
    act(15, "3.2",
        "Child protection chairs to raise a practice alert when a plan is not SMART at review "
        "conference, with alerts tracked monthly and themes reported to the Practice Improvement Board.",
        "Reduction in practice alerts for plans over six months",
        "CP and IRO Service Manager",
        "Ongoing", None,
        "Alerts reducing from 41 in June 2023 to 18 in December 2023. Themes reported to the Board "
        "each month.",
        "G")

    theme(17, "Theme 3: Children in care and care leavers")
    rec(18, 19, "R4. The sufficiency of homes for children in care, so that fewer children live in "
                "unregistered provision or at a distance from Northamptonshire.")
    act(18, "4.1",
        "Open two new four-bed children's homes through the trust's sufficiency capital programme.",
        "Two homes registered with Ofsted",
        "AD Children in Care and Placements",
        D(2023, 12, 31), D(2024, 6, 30),
        "First home registered with Ofsted in November 2023. Purchase of the second property has "
        "fallen through and an alternative site is being sought; revised date agreed by the Board.",
        "R", tfmt="mmm-yy")
    act(19, "4.2",
        "Recruit 40 additional mainstream foster carers through the 'Foster for Northamptonshire' "
        "campaign.",
        "40 new fostering households approved",
        "Fostering Service Manager",
        D(2024, 3, 31), None,
        "19 households approved to date, with 11 in assessment. Recruitment is behind profile and "
        "the campaign has been refreshed for the new year.",
        "A", tfmt="mmm-yy")
    rec(20, 21, "R5. Care leavers' access to suitable accommodation and to a written summary of "
                "their health histories.")
    act(20, "5.1",
        "Offer every care leaver aged 18 and over a written summary of their health history, "
        "completed by the looked after children's health team.",
        "100% of care leavers offered a health summary",
        "Designated Nurse LAC (ICB) / Leaving Care Service Manager",
        "Q4 2023/24", None,
        "Summary template agreed with the ICB. 146 of 231 care leavers offered a summary so far.",
        "G")
    act(21, "5.2",
        "Agree a joint housing protocol with North and West Northamptonshire Councils giving care "
        "leavers priority banding and a named housing officer.",
        "Protocol signed by both councils",
        "Head of Service – Care Leavers",
        D(2023, 9, 30), None,
        "Protocol signed by both councils in September 2023 and launched with care leavers at the "
        "Participation Forum.",
        "Complete", tfmt="mmm-yy")

    ws["A23"] = "RAG key"
    ws["A23"].font = Font(bold=True)
    key = [("Complete", BLUE, "Action completed and evidenced"),
           ("G", GREEN, "On track to deliver by the target date"),
           ("A", AMBER, "At risk of slippage – mitigation in place"),
           ("R", RED, "Off track – escalated to the Improvement and Assurance Board")]
    for i, (k, col, txt) in enumerate(key):
        r = 24 + i
        ws.cell(row=r, column=1, value=k).fill = fill(col)
        ws.cell(row=r, column=2, value=txt)
    wb.save(out("q1-northamptonshire-childrens-trust-ilacs-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for m in ("left_margin", "right_margin"):
        setattr(s, m, Cm(1.5))
    s.top_margin = s.bottom_margin = Cm(1.5)


# ---------------------------------------------------------------------------
# 2. Birmingham SEND priority action plan (docx)
# ---------------------------------------------------------------------------
def birmingham_send():
    doc = Document()
    landscape(doc)
    doc.add_heading("Birmingham SEND Priority Action Plan 2024–2026", level=0)
    p = doc.add_paragraph("Birmingham City Council, NHS Birmingham and Solihull Integrated Care Board "
                          "and Birmingham Children's Trust, working with Birmingham Parent Carer Forum")
    p.runs[0].italic = True
    doc.add_paragraph(
        "This priority action plan sets out how the Birmingham local area partnership will respond to "
        "the areas for priority action identified in the area SEND inspection. Progress against each "
        "action is reported monthly to the SEND Improvement Board and to the Department for Education "
        "and NHS England. This version reports progress to the end of November 2024.")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Comments"]):
        set_cell(c, h, bold=True)
    for row in [("1.0", "14/06/2024", "SEND Improvement Lead", "Submitted to Ofsted and CQC"),
                ("1.3", "30/09/2024", "SEND Improvement Lead", "Quarter 2 progress added"),
                ("1.5", "29/11/2024", "SEND Improvement Lead", "November progress and RAG review")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)
    doc.add_paragraph()

    rag_shade = {"Complete": "5B9BD5", "Green": "92D050", "Amber": "FFC000", "Red": "FF0000",
                 "Not started": "FFFFFF"}

    def apa(num, text, actions):
        doc.add_heading(f"Area for Priority Action {num}", level=2)
        para = doc.add_paragraph()
        r = para.add_run(text)
        r.bold = True
        tbl = doc.add_table(rows=1, cols=6)
        tbl.style = "Table Grid"
        hdr = ["Ref", "Action", "Lead(s)", "By when", "Progress update", "RAG"]
        for c, h in zip(tbl.rows[0].cells, hdr):
            set_cell(c, h, bold=True)
            shade(c, "D9D9D9")
        repeat_header(tbl.rows[0])
        for a in actions:
            cells = tbl.add_row().cells
            for c, v in zip(cells, a):
                set_cell(c, v)
            shade(cells[5], rag_shade[a[5]])
        widths = [Cm(1.3), Cm(8.5), Cm(4.5), Cm(2.8), Cm(7.5), Cm(2.0)]
        for row in tbl.rows:
            for c, w in zip(row.cells, widths):
                c.width = w
        doc.add_paragraph()

    apa(1, "Leaders across the partnership should urgently improve the timeliness and quality of "
           "education, health and care (EHC) needs assessments and plans, including the "
           "contributions of health and social care.", [
        ("1.1", "Recruit additional educational psychologists and SEN case officers to clear the "
                "backlog of overdue EHC needs assessments.",
         "Head of SENAR", "December 2024",
         "Twelve SEN case officers and four educational psychologists recruited. The backlog has "
         "reduced from 1,460 to 910 assessments; clearance is now forecast for March 2025.", "Amber"),
        ("1.2", "Introduce a multi-agency quality assurance panel that audits a sample of 20 new EHC "
                "plans each month against the partnership's quality standard.",
         "Principal Educational Psychologist / Designated Clinical Officer", "Autumn term 2024",
         "Panel met for the first time in October 2024 and has audited 40 plans.", "Green"),
        ("1.3", "Agree a health advice pathway so that all health contributions to EHC needs "
                "assessments are returned within six weeks.",
         "Designated Clinical Officer (BSol ICB)", "31/10/2024",
         "Pathway agreed by all health providers. 88% of health advice returned within six weeks "
         "in October 2024.", "Complete"),
        ("1.4", "Train all social care practitioners in writing social care advice for EHC needs "
                "assessments.",
         "Head of Service – Children with Disabilities (Birmingham Children's Trust)",
         "Spring term 2025", "Training content being co-produced with the Parent Carer Forum.",
         "Not started"),
    ])
    apa(2, "Leaders should ensure that children and young people waiting for neurodevelopmental "
           "assessment, and their families, receive timely support while they wait.", [
        ("2.1", "Launch a 'waiting well' offer of advice, workshops and drop-in sessions for families "
                "waiting for an autism or ADHD assessment.",
         "Commissioning Manager – Neurodiversity (ICB)", "September 2024",
         "Offer launched on 9 September 2024; 312 families attended a session in the first two months.",
         "Complete"),
        ("2.2", "Commission additional assessment capacity from independent providers to reduce the "
                "longest waits for autism assessment.",
         "Associate Director of Commissioning, Children and Young People (ICB)", "March 2025",
         "Procurement completed but the new provider will not start until January 2025, later "
         "than planned.", "Amber"),
        ("2.3", "Make needs-led support available in schools without the need for a diagnosis, "
                "through the Communication and Autism Team.",
         "Helen Carter and Dev Mistry", "Summer term 2025",
         "Pilot running in 24 primary schools; evaluation due in spring 2025.", "Green"),
    ])
    apa(3, "Leaders should improve communication and co-production with parents and carers so that "
           "families know what support is available and how to access it.", [
        ("3.1", "Co-produce and publish a new Local Offer website with Birmingham Parent Carer Forum.",
         "Head of SEND Strategy / Birmingham Parent Carer Forum", "Jan 2025",
         "Content workshops held with 60 parents. Site in user testing.", "Green"),
        ("3.2", "Send a monthly SEND newsletter to families and settings setting out progress against "
                "this plan.",
         "SEND Communications Officer", "Monthly",
         "Newsletters issued in September, October and November 2024.", "Green"),
        ("3.3", "Introduce a single named contact for every family whose EHC needs assessment is "
                "under way.",
         "Head of SENAR", "April 2025",
         "Not yet in place; this depends on the SENAR restructure, which has been delayed. "
         "Escalated to the SEND Improvement Board in November 2024.", "Red"),
    ])

    doc.add_heading("RAG rating key", level=3)
    k = doc.add_table(rows=5, cols=2)
    k.style = "Table Grid"
    for row, (word, meaning) in zip(k.rows, [
            ("Complete", "Action delivered and evidenced"),
            ("Green", "On track to be delivered by the date shown"),
            ("Amber", "Some slippage – recovery in hand"),
            ("Red", "Significant slippage – escalated to the SEND Improvement Board"),
            ("Not started", "Action not yet due to start")]):
        set_cell(row.cells[0], word, bold=True)
        set_cell(row.cells[1], meaning)
        shade(row.cells[0], rag_shade[word])
    doc.save(out("q1-birmingham-send-priority-action-plan.docx"))


# ---------------------------------------------------------------------------
# 3. Glasgow joint inspection of services for children at risk of harm (docx)
# ---------------------------------------------------------------------------
def glasgow_jicrh():
    doc = Document()
    landscape(doc)
    h = doc.add_paragraph()
    r = h.add_run("Joint Inspection of Services for Children and Young People at Risk of Harm in "
                  "Glasgow – Improvement Plan 2025–26")
    r.bold = True
    r.font.size = Pt(16)
    r.font.color.rgb = RGBColor(0x1F, 0x38, 0x64)
    doc.add_paragraph("Glasgow Child Protection Committee, on behalf of Glasgow City Community "
                      "Planning Partnership")
    doc.add_paragraph(
        "The Care Inspectorate, Education Scotland, Healthcare Improvement Scotland and HM "
        "Inspectorate of Constabulary in Scotland carried out a joint inspection of services for "
        "children and young people at risk of harm in Glasgow. This plan responds to the areas for "
        "improvement agreed with inspectors. It was approved by the Chief Officers Group and is "
        "monitored by the Child Protection Committee. Status as at June 2025.")

    rag_shade = {"Complete": "5B9BD5", "Green": "92D050", "Amber": "FFC000", "Red": "FF0000",
                 "Not started": "FFFFFF"}
    hdr = ["No.", "Area for improvement", "Improvement action", "Lead", "Timescale",
           "Measure of success", "RAG"]
    groups = [
        ("1. Partners should ensure that children, young people and families receive timely help, "
         "including when services are closed or have long waiting lists.", [
            ("1.1", "Map waiting times for family support, CAMHS and third sector services and agree "
                    "interim support for families on waiting lists.",
             "Head of Children's Services (Strategy)", "June 2025",
             "Waiting list map reported to the Chief Officers Group", "Green"),
            ("1.2", "Extend the family support partnership with the third sector to include evening "
                    "and weekend support in each locality.",
             "Assistant Chief Officer, Children's Services / Glasgow Council for the Voluntary Sector",
             "December 2025", "Evening and weekend support available in all three localities",
             "Green"),
        ]),
        ("2. Partners should ensure that children, young people and their families are supported to "
         "participate meaningfully in meetings and to express their views.", [
            ("2.1", "Introduce an independent advocacy offer for all children and young people "
                    "attending child protection planning meetings.",
             "Child Protection Lead Officer", "31/03/2025",
             "80% of children aged 8 and over offered advocacy", "Complete"),
            ("2.2", "Revise the child protection planning meeting guidance so that parents receive "
                    "reports at least three working days before the meeting.",
             "Chair, Practice and Procedures Subgroup", "April 2025",
             "Audit shows reports shared on time in 90% of cases", "Complete"),
            ("2.3", "Survey children, young people and parents after each child protection planning "
                    "meeting and report themes to the Child Protection Committee.",
             "CPC Lead Officer", "Quarterly",
             "Survey response rate above 30%", "Green"),
        ]),
        ("3. Partners should strengthen the multi-agency response to young people at risk of harm in "
         "the community, including criminal exploitation.", [
            ("3.1", "Develop a multi-agency contextual safeguarding approach, with a risk outside the "
                    "home pathway for young people at risk of criminal exploitation.",
             "Detective Superintendent, Public Protection (Police Scotland)", "September 2025",
             "Pathway approved and in use", "Amber"),
            ("3.2", "Deliver joint training on child criminal exploitation and the National Referral "
                    "Mechanism to social work, police, education and health staff.",
             "Learning and Development Manager (CPC) / Police Scotland Divisional Training",
             "March 2026", "600 staff trained", "Green"),
            ("3.3", "Establish a multi-agency group to review young people at highest risk of harm in "
                    "the community every four weeks.",
             "Head of Justice Services", "Ongoing",
             "All young people meeting the criteria reviewed", "Green"),
        ]),
        ("4. Partners should improve the quality and consistency of key protective processes and put "
         "in place routine multi-agency quality assurance.", [
            ("4.1", "Agree and implement a multi-agency quality assurance framework, with a single "
                    "audit tool for inter-agency referral discussions (IRDs).",
             "CPC Quality Assurance Subgroup Chair", "August 2025",
             "Framework approved by the CPC", "Amber"),
            ("4.2", "Complete a multi-agency audit of IRDs every six months and report findings to "
                    "the Chief Officers Group.",
             "CPC Lead Officer; NHSGGC Child Protection Unit", "October 2025",
             "Two audits completed and reported", "Not started"),
            ("4.3", "Update the chronology guidance and deliver practice workshops so that "
                    "chronologies are used to identify patterns of concern.",
             "Principal Officer, Child Protection", "December 2025",
             "Improvement in chronology quality in audit", "Green"),
        ]),
    ]
    nrows = 1 + sum(len(g[1]) for g in groups)
    t = doc.add_table(rows=nrows, cols=7)
    t.style = "Table Grid"
    for c, hname in zip(t.rows[0].cells, hdr):
        set_cell(c, hname, bold=True)
        shade(c, "1F3864")
        for run in c.paragraphs[0].runs:
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    repeat_header(t.rows[0])
    r = 1
    for afi, acts in groups:
        first = r
        for ref, action, lead, when, measure, rag in acts:
            cells = t.rows[r].cells
            set_cell(cells[0], ref)
            set_cell(cells[2], action)
            set_cell(cells[3], lead)
            set_cell(cells[4], when)
            set_cell(cells[5], measure)
            set_cell(cells[6], rag)
            shade(cells[6], rag_shade[rag])
            r += 1
        top = t.cell(first, 1)
        if r - 1 > first:
            top = top.merge(t.cell(r - 1, 1))
        set_cell(top, afi)
    widths = [Cm(1.2), Cm(5.5), Cm(7.0), Cm(4.2), Cm(2.6), Cm(4.2), Cm(2.0)]
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = w

    doc.add_paragraph()
    doc.add_paragraph("RAG key: Complete (blue) – action delivered; Green – on track; Amber – delayed "
                      "but expected to be delivered; Red – significant risk to delivery; Not started – "
                      "not yet due to start.")
    doc.save(out("q1-glasgow-children-at-risk-joint-inspection-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 4. North Yorkshire SCP - JTAI action plan (xlsx) - contains a mistyped month
# ---------------------------------------------------------------------------
def nyscp_jtai():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "JTAI Action Plan"
    for i, w in enumerate([7, 55, 10, 30, 14, 50, 9], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws["A1"] = ("North Yorkshire Safeguarding Children Partnership – JTAI Action Plan: "
                "multi-agency response to identification of initial need and risk")
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:G1")
    ws["A2"] = ("Plan agreed by the NYSCP Executive, September 2024. Progress reviewed at each "
                "meeting of the Executive.")
    ws.merge_cells("A2:G2")
    hdr = ["Ref", "Action", "Agency", "Lead officer", "Target date", "Progress update", "RAG"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill("BDD7EE")
        cell.border = BOX
    ws.freeze_panes = "A5"

    def afi(row, text):
        ws.cell(row=row, column=1, value=text).font = Font(bold=True)
        for c in range(1, 8):
            ws.cell(row=row, column=c).fill = fill("F2F2F2")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=7)

    rf = {"G": GREEN, "A": AMBER, "R": RED, "B": BLUE}

    def act(row, ref, action, agency, lead, when, progress, rag):
        for c, v in enumerate([ref, action, agency, lead, when, progress, rag], 1):
            cell = ws.cell(row=row, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
        if isinstance(when, dt.datetime):
            ws.cell(row=row, column=5).number_format = "dd/mm/yyyy"
        if rag:
            ws.cell(row=row, column=7).fill = fill(rf[rag])

    afi(5, "Area for improvement 1: The consistency of health and education attendance at strategy "
           "discussions")
    act(6, "1.1", "Agree a partnership standard for health attendance at strategy discussions, with "
                  "a named health professional available every weekday.",
        "ICB", "Designated Nurse Safeguarding Children", D(2024, 10, 31),
        "Standard agreed by the Health Safeguarding Group in October 2024.", "B")
    act(7, "1.2", "Introduce a daily strategy discussion slot so that education safeguarding leads "
                  "can attend.",
        "NYC", "Head of MAST", D(2024, 9, 30),
        "Daily 10am slot in place from 2 September 2024.", "B")
    act(8, "1.3", "Audit attendance at strategy discussions each quarter and report to the NYSCP "
                  "Executive.",
        "NYSCP", "Partnership Business Manager", "Quarterly",
        "First audit completed in December 2024: health attendance 81%, education 64%.", "G")
    afi(9, "Area for improvement 2: The recording of the rationale for decisions at the front door, "
           "including when children are stepped down to early help")
    act(10, "2.1", "Revise the MAST decision-making template so that the rationale and the views of "
                   "partner agencies are recorded for every contact.",
        "NYC", "Head of MAST / Business Systems Lead", "Setpember 2024",
        "Template revised and tested with MAST practitioners.", "G")
    act(11, "2.2", "Monthly dip sample of 20 step-down decisions by MAST team managers, with "
                   "feedback to practitioners.",
        "NYC", "MAST Team Managers", "Monthly",
        "Dip samples completed October–December 2024; recording of rationale improving.", "G")
    act(12, "2.3", "Police Public Protection Notices to record the child's lived experience and the "
                   "officer's view of risk.",
        "NYP", "DI Safeguarding Hub", D(2025, 1, 31),
        "Briefing delivered to response officers. Compliance checked in force audit.", "A")
    afi(14, "Area for improvement 3: Partners' understanding and use of the threshold guidance")
    act(15, "3.1", "Refresh the NYSCP threshold guidance ('Continuum of Need') with partners and "
                   "relaunch it through multi-agency briefings.",
        "NYSCP", "HE, JR", D(2025, 3, 31),
        "Draft refreshed guidance out for consultation until February 2025.", "G")
    act(16, "3.2", "Add threshold training to the induction of all new GP practice safeguarding leads.",
        "ICB", "Named GP for Safeguarding Children", "TBC",
        "Awaiting agreement of the primary care training programme.", None)
    ws["A18"] = "RAG: B = complete, G = on track, A = at risk, R = off track"
    ws["A18"].font = Font(italic=True)
    wb.save(out("q1-north-yorkshire-scp-jtai-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 5. Cwm Taf YJS - HMIP improvement plan, Excel "Text (tab delimited)" export
# ---------------------------------------------------------------------------
def cwmtaf_yjs():
    ncol = 8
    rows = [
        ["Cwm Taf Youth Justice Service – HMI Probation Inspection Improvement Plan 2024-25"],
        ["Inspection fieldwork May 2024; report published August 2024. Monitored by the Cwm Taf YJS "
         "Management Board. Progress at December 2024."],
        [],
        ["HMIP recommendation", "Action no.", "Action", "Lead", "Target date", "Revised date",
         "Progress update", "RAG"],
        ["1. The Cwm Taf YJS Management Board should develop and implement a partnership "
         "exploitation and extra-familial harm framework, with clear roles and responsibilities "
         "for all agencies.",
         "1.1", "Draft a Cwm Taf exploitation and extra-familial harm framework with Rhondda Cynon Taf "
                "and Merthyr Tydfil children's services, South Wales Police and Cwm Taf Morgannwg UHB.",
         "YJS Manager / Safeguarding Board Business Manager", "31/12/2024", "31/03/2025",
         "Draft framework shared with partners in November 2024. Police comments awaited; revised "
         "date agreed at the December Board.", "A"],
        ["", "1.2", "Deliver multi-agency briefings on the framework to YJS staff, social workers, "
                    "police and education staff.",
         "YJS Operational Manager", "Q1 2025/26", "", "Dependent on 1.1.", ""],
        ["", "1.3", "Add exploitation and extra-familial harm as a standing item on every "
                    "Management Board agenda.",
         "Board Chair", "Oct-24", "", "In place from the October 2024 Board.", "B"],
        ["2. The Cwm Taf YJS Management Board should work with education partners to understand and "
         "address the links between exploitation and absence from education, particularly for "
         "children not in mainstream or full-time education.",
         "2.1", "Share YJS and education attendance data monthly to identify children who are not in "
                "full-time education and are at risk of exploitation.",
         "YJS Education Officer / Access and Inclusion Manager (RCT)", "Nov-24", "",
         "Data-sharing agreement signed. First monthly data match completed in November 2024; "
         "Merthyr Tydfil data to follow.", "G"],
        ["", "2.2", "Review the education offer for every YJS child on a reduced timetable or "
                    "educated other than at school, and escalate to the Head of Inclusion where "
                    "the offer is less than 25 hours a week.",
         "YJS Education Officer", "Ongoing", "",
         "18 children reviewed; 5 escalated and 3 now have a full-time offer.", "G"],
        ["3. The Cwm Taf YJS Management Board should formalise learning from the increase in "
         "remands, short custodial sentences and criminal behaviour orders, and apply it to "
         "practice.",
         "3.1", "Complete a thematic review of all remands and custodial sentences in 2023-24 and "
                "present the findings to the Board.",
         "LD & SW", "January 2025", "", "Case reviews complete; report being written.", "G"],
        ["", "3.2", 'Develop a "bail and remand" practice guide and deliver it to court officers '
                    'and case managers.',
         "Court and Remand Team Manager", "Mar-25", "",
         "Guide drafted with the Wales Youth Justice Board team.", "G"],
        ["4. The YJS Manager should ensure that assessment and planning for children subject to "
         "out-of-court disposals consistently address keeping the child and other people safe.",
         "4.1", "Introduce a revised out-of-court disposal assessment tool with mandatory safety and "
                "wellbeing and risk of harm sections.",
         "YJS Operational Manager", "30/09/2024", "", "Tool in use from 1 September 2024.", "B"],
        ["", "4.2", "Managers to countersign all out-of-court disposal assessments and plans, "
                    "with a monthly audit of 10 cases reported to the Board.",
         "Practice Development Lead", "Monthly", "",
         "Audits completed October and November 2024; 8 of 10 cases met the standard in November.",
         "G"],
        [],
        ["RAG key: B = complete; G = on track; A = delayed, action in hand; R = off track"],
    ]

    def enc(v):
        if any(ch in v for ch in '"\t\n'):
            return '"' + v.replace('"', '""') + '"'
        return v

    lines = []
    for row in rows:
        row = list(row) + [""] * (ncol - len(row))
        lines.append("\t".join(enc(v) for v in row))
    with open(out("q1-cwm-taf-yjs-hmip-improvement-plan.txt"), "w", encoding="utf-8",
              newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------------------
# 6. Edinburgh CPC learning review action plan (csv) - contains a year that cannot be right
# ---------------------------------------------------------------------------
def edinburgh_lr():
    import csv
    rows = [
        ["Edinburgh Child Protection Committee – Learning Review 'Child L' – Multi-agency Action Plan"],
        ["Approved by the Edinburgh Chief Officers Group in March 2025. Updated for the CPC meeting "
         "in June 2025."],
        [],
        ["No.", "Learning point", "Recommendation / action", "Lead agency", "Lead officer",
         "Target date", "RAG", "Update"],
        ["1", "Agencies did not share information about the family's frequent moves between "
              "temporary accommodation addresses.",
         "Agree a protocol with Housing for notifying children's services and health visiting when a "
         "family with a child on the child protection register moves temporary address.",
         "City of Edinburgh Council", "Service Manager, Homelessness", "30/06/2025", "Green",
         "Draft protocol agreed in principle; sign-off at the July CPC."],
        ["2", "Health visiting records did not show that the impact of the mother's mental health on "
              "the baby had been considered.",
         "Deliver a briefing to health visitors on assessing the impact of parental mental health on "
         "infants, using the learning from this review.",
         "NHS Lothian", "Nurse Consultant, Child Protection", "31/05/2025", "Complete",
         "Briefing delivered to all health visiting teams in May 2025."],
        ["3", "The IRD did not include the GP, who held important information about the father.",
         "Update the IRD guidance so that GP information is sought for every IRD involving a child "
         "under one.",
         "Police Scotland / NHS Lothian", "IRD Review Group Chair", "31/03/2052", "Amber",
         "Guidance being updated as part of the national IRD guidance review."],
        ["4", "Practitioners were not confident about challenging decisions across agencies.",
         "Relaunch the CPC escalation and resolving professional disagreement procedure with "
         "practitioner briefings.",
         "Edinburgh CPC", "CPC Lead Officer", "Sep-25", "Green",
         "Procedure updated; briefings planned for August and September 2025."],
        ["5", "Learning from the review should be shared widely.",
         "Publish a 7-minute briefing on the review and include it in multi-agency child protection "
         "training.",
         "Edinburgh CPC", "Learning and Development Officer (CPC)", "Ongoing", "Green",
         "7-minute briefing published April 2025."],
        [],
        ["RAG key: Complete = action closed; Green = on track; Amber = some delay; Red = off track"],
    ]
    ncol = 8
    with open(out("q1-edinburgh-cpc-learning-review-action-plan.csv"), "w", encoding="utf-8",
              newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in rows:
            w.writerow(list(row) + [""] * (ncol - len(row)))


# ---------------------------------------------------------------------------
# 7. Foster Wales Rhondda Cynon Taf - CIW inspection action plan (xlsx), fill-only RAG
# ---------------------------------------------------------------------------
def rct_fostering():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    for i, w in enumerate([6, 12, 40, 50, 28, 16, 45, 8], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws["A1"] = "Foster Wales Rhondda Cynon Taf – CIW Inspection Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Care Inspectorate Wales inspection of the local authority fostering service – "
                "inspection report published July 2024")
    ws.merge_cells("A2:H2")
    hdr = ["No.", "Regulation", "Area for improvement identified by CIW", "Action to be taken",
           "Responsible officer", "Timescale", "Progress", "RAG"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("7030A0")
        cell.alignment = Alignment(wrap_text=True)
        cell.border = BOX

    def theme(row, text):
        ws.cell(row=row, column=1, value=text).font = Font(bold=True, size=12)
        for c in range(1, 9):
            ws.cell(row=row, column=c).fill = fill("E4DFEC")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)

    def afi(r1, r2, reg, text):
        ws.cell(row=r1, column=2, value=reg)
        ws.cell(row=r1, column=3, value=text)
        if r2 > r1:
            ws.merge_cells(start_row=r1, start_column=2, end_row=r2, end_column=2)
            ws.merge_cells(start_row=r1, start_column=3, end_row=r2, end_column=3)

    rf = {"g": "00B050", "a": "FFC000", "r": "FF0000", "": None}

    def act(row, no, action, officer, when, fmt, progress, rag):
        for c, v in [(1, no), (4, action), (5, officer), (6, when), (7, progress)]:
            ws.cell(row=row, column=c, value=v)
        for c in range(1, 9):
            ws.cell(row=row, column=c).alignment = WRAP
            ws.cell(row=row, column=c).border = BOX
        if fmt:
            ws.cell(row=row, column=6).number_format = fmt
        if rf[rag]:
            ws.cell(row=row, column=8).fill = fill(rf[rag])

    theme(5, "Well-being")
    afi(6, 7, "Reg. 43", "Foster carers' annual reviews are not consistently completed within "
                          "timescale and do not always include the views of children placed.")
    act(6, 1, "Introduce a tracker of all annual foster carer reviews, monitored monthly by team "
              "managers.",
        "Team Manager – Supervising Social Workers", D(2024, 9, 30), "dd/mm/yyyy",
        "Tracker in place from August 2024. 96% of reviews in timescale at end of September.", "g")
    act(7, 2, "Revise the annual review template so that the views of every child in placement, and "
              "of the carers' own children, are sought and recorded.",
        "Independent Reviewing Officer (Fostering)", D(2024, 10, 31), "mmmm yyyy",
        "New template in use for all reviews from October 2024.", "g")
    theme(8, "Care and Support")
    afi(9, 10, "Reg. 31", "Personal plans for children in foster care are not always reviewed and "
                          "updated in line with their changing needs.")
    act(9, 3, "Audit the personal plans of 40 children in placement and address any gaps identified.",
        "Ceri Morgan, Service Manager", D(2024, 12, 31), "dd/mm/yyyy",
        "28 of 40 plans audited. Gaps mostly relate to health and education sections; social workers "
        "notified.", "a")
    act(10, 4, "Deliver refresher training to supervising social workers on personal plans and the "
               "review of placement agreements.",
        "Workforce Development Officer", "Ongoing – reviewed quarterly", None,
        "First session held November 2024; further sessions booked.", "a")
    afi(11, 11, "Reg. 30", "Placement matching records do not always evidence how the foster carers' "
                           "skills meet the child's assessed needs.")
    act(11, 5, "Introduce a matching record template that must be completed and signed by a manager "
               "before any planned placement is made.",
        "Team Manager – Placements", D(2024, 8, 31), "mmm-yy",
        "Template introduced August 2024 and used for all planned placements since.", "g")
    theme(12, "Leadership and Management")
    afi(13, 14, "Reg. 80", "The responsible individual's quality of care review does not fully "
                           "evaluate the views of children, foster carers and professionals.")
    act(13, 6, "Undertake six-monthly quality of care reviews that include surveys of children, "
               "foster carers and placing social workers.",
        "Responsible Individual", D(2025, 1, 31), "mmmm yyyy",
        "Surveys issued in November 2024; response rate from children is low and a session with the "
        "Children Looked After Forum has been arranged.", "a")
    act(14, 7, "Present the quality of care review report to the Corporate Parenting Board.",
        "Head of Service – Accommodation / Responsible Individual", D(2025, 3, 31), "mmmm yyyy",
        "Report delayed; now scheduled for the Corporate Parenting Board in April 2025.", "r")
    afi(15, 15, "Reg. 21", "Supervision of supervising social workers is not always recorded in "
                           "line with the service's policy.")
    act(15, 8, "Team managers to audit supervision records monthly, with compliance reported to the "
               "Head of Service.",
        "RJ/HP", D(2024, 11, 30), "dd/mm/yyyy",
        "To start once the second team manager post is filled.", "")

    ws["C17"] = "RAG key"
    ws["C17"].font = Font(bold=True)
    for i, (col, txt) in enumerate([("00B050", "Action completed"),
                                    ("FFC000", "Action in progress"),
                                    ("FF0000", "Action not progressing / overdue")]):
        ws.cell(row=18 + i, column=2).fill = fill(col)
        ws.cell(row=18 + i, column=3, value=txt)

    vh = wb.create_sheet("Version history")
    for r, row in enumerate([("Version", "Date", "Author", "Change"),
                             ("0.1", "05/08/2024", "Service Manager", "First draft for CIW"),
                             ("1.0", "20/08/2024", "Head of Service", "Submitted to CIW"),
                             ("1.2", "06/12/2024", "Service Manager", "Progress update for Scrutiny")],
                            1):
        for c, v in enumerate(row, 1):
            vh.cell(row=r, column=c, value=v)
    wb.save(out("q1-rhondda-cynon-taf-fostering-ciw-action-plan.xlsx"))


if __name__ == "__main__":
    nct_ilacs()
    birmingham_send()
    glasgow_jicrh()
    nyscp_jtai()
    cwmtaf_yjs()
    edinburgh_lr()
    rct_fostering()
    print("done")
