"""Generator for the e1- cases of heldout39 (children's services and education plans).

Run with /work/main/.venv/bin/python e1_make.py (python-docx and openpyxl).
Writes seven documents beside this script.
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

BLUE = "5B9BD5"
GREEN = "70AD47"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"

thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Middlesbrough ILACS improvement plan (xlsx)
# ---------------------------------------------------------------------------
def middlesbrough():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    widths = [7, 52, 28, 13, 13, 55, 8, 38]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w

    ws["A1"] = "Middlesbrough Council Children's Services Improvement Plan 2020/21"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Response to the Ofsted Inspection of Local Authority Children's Services (ILACS), "
                "November – December 2019 (report published January 2020)")
    ws.merge_cells("A2:H2")
    ws["A3"] = ("Position at: 30 September 2020    |    Plan owner: Director of Children's Services    |    "
                "Reported to: Children's Services Improvement Board")
    ws.merge_cells("A3:H3")
    ws["A3"].font = Font(italic=True)

    hdr = ["Ref", "Action", "Lead officer", "Target date", "Revised target date",
           "Progress update (September 2020)", "RAG", "Evidence of impact / measure"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.alignment = WRAP
        cell.border = BOX

    MMMYY = "mmm-yy"
    DMY = "dd/mm/yyyy"
    rag_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}

    rows = [
        ("P", "Priority 1: Help and protection"),
        ("REC", "Ofsted recommendation 1: The timeliness and effectiveness of the response to children at "
                "risk of significant harm, including those at risk of exploitation and those who go missing."),
        ("A", "1.1", "Review every open section 47 enquiry older than 15 working days and agree a plan for each "
                     "child with the team manager and the Head of Service.",
         "Head of Service – Multi Agency Children's Hub (MACH)", (d(2020, 3, 31), MMMYY), None,
         "All 64 enquiries reviewed by the end of March; 11 children stepped up to an initial child protection "
         "conference. Weekly tracker now embedded in the MACH performance meeting.", "B",
         "Section 47s open over 15 days: 64 (Jan) to 3 (Sept)."),
        ("A", "1.2", "Strategy meetings to be held within 24 hours of the decision to convene, with police and "
                     "health attendance recorded on the child's file.",
         "Head of Service – Assessment & Safeguarding", (d(2020, 6, 30), DMY), (d(2020, 9, 30), DMY),
         "Virtual strategy meetings introduced during lockdown have improved police attendance (96%). Health "
         "attendance remains at 71%; escalated to the Designated Nurse.", "G",
         "Strategy meetings within 24 hours: 88%."),
        ("A", "1.3", "Establish a multi-agency Missing and Exploitation Team, with return home interviews offered "
                     "within 72 hours of every missing episode.",
         "Missing and Exploitation Team Manager", (d(2020, 9, 1), MMMYY), (d(2020, 12, 1), MMMYY),
         "Team manager appointed in August; two of four practitioner posts filled. Return home interviews are "
         "still being offered late for children placed out of area.", "A",
         "RHIs offered within 72 hours: 64%."),
        ("REC", "Ofsted recommendation 2: The identification of, and response to, children living with chronic "
                "neglect, so that they receive help before their circumstances reach crisis."),
        ("A", "2.1", "Roll out the Graded Care Profile 2 (GCP2) neglect tool across children's social care and "
                     "early help, with 200 practitioners trained.",
         "Principal Social Worker", (d(2020, 12, 31), MMMYY), None,
         "142 practitioners trained to date, including health visitors and school nurses. Remaining sessions "
         "booked for October and November.", "G", "GCP2 completed in 58% of neglect cases audited."),
        ("A", "2.2", "Audit all children who have been subject to a child protection plan for more than 12 months, "
                     "or for a second or subsequent time, and present the findings to the PLO panel.",
         "Head of Service (Children in Need / Child Protection)", ("Monthly", None), None,
         "Audits continue each month; 9 children moved into pre-proceedings as a result since April.", "G",
         "CP plans over 12 months: 41 to 17."),
        ("BLANK",),
        ("P", "Priority 2: Children in care and permanence"),
        ("REC", "Ofsted recommendation 3: Permanence planning for children in care, particularly very young "
                "children, so that plans are progressed without delay."),
        ("A", "3.1", "Permanence tracking panel to review every child in care aged under 5 at least every 6 weeks.",
         "Head of Service – Children Looked After", (d(2020, 4, 30), DMY), None,
         "Panel established in April and has met fortnightly since. Every child under 5 has a permanence plan "
         "agreed by the second review.", "B", "Children under 5 with a permanence plan: 100%."),
        ("A", "3.2", "Reduce the number of children placed with parents under the Placement with Parents "
                     "regulations where there is no plan to discharge the care order.",
         "Head of Service – Children Looked After", (d(2021, 3, 31), MMMYY), None,
         "Applications to discharge lodged for 14 children; court delays due to Covid-19 mean some hearings are "
         "not listed until the new year.", "A", "Placement with Parents: 78 to 60."),
        ("A", "3.3", "Increase in-house foster carer sufficiency through a refreshed recruitment campaign "
                     "(target: 25 new mainstream fostering households in 2020/21).",
         "Fostering Service Manager", ("Q4 2020/21", None), None,
         "Six households approved so far this year. Assessments were paused for 10 weeks during lockdown and the "
         "target is unlikely to be met.", "R", "New mainstream households approved: 6."),
        ("BLANK",),
        ("P", "Priority 3: Leadership, management and workforce"),
        ("REC", "Ofsted recommendation 4: The quality and impact of management oversight and supervision, so that "
                "drift in children's plans is identified and addressed."),
        ("A", "4.1", "Implement the revised supervision policy, with monthly case supervision recorded on the "
                     "child's file and 10% of files dip-sampled each month.",
         "Principal Social Worker / Head of Quality Assurance", (d(2020, 5, 31), DMY), (d(2020, 8, 31), DMY),
         "Policy launched in June and briefed to all managers. Recording template live on the case management "
         "system from August.", "B", "Supervision recorded within 4 weeks: 87%."),
        ("A", "4.2", "Recruit permanent team managers to all frontline teams, reducing the use of agency managers "
                     "to below 20%.",
         "HR Business Partner (Children's Services)", ("Ongoing", None), None,
         "Four permanent team managers appointed since April; three posts remain covered by agency staff.", "A",
         "Agency team managers: 42% to 27%."),
        ("A", "4.3", "Launch the Middlesbrough practice framework with a quarterly practice week led by senior "
                     "managers.",
         "Director of Children's Care", (d(2021, 1, 1), MMMYY), None,
         "Framework drafted with staff; launch planned for January.", "Not started", ""),
    ]

    r = 6
    for row in rows:
        kind = row[0]
        if kind == "BLANK":
            r += 1
            continue
        if kind == "P":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True, color="FFFFFF", size=12)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(row=r, column=1).fill = fill("2F5496")
            r += 1
            continue
        if kind == "REC":
            c = ws.cell(row=r, column=1, value=row[1])
            c.font = Font(bold=True, italic=True)
            c.fill = fill("D9E2F3")
            c.alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.row_dimensions[r].height = 32
            r += 1
            continue
        _, ref, action, lead, target, revised, prog, rag, impact = row
        vals = [ref, action, lead, target[0], revised[0] if revised else None, prog, rag, impact]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
        ws.cell(row=r, column=1).number_format = "@"
        if isinstance(target[0], dt.datetime):
            ws.cell(row=r, column=4).number_format = target[1]
        if revised:
            ws.cell(row=r, column=5).number_format = revised[1]
        if rag in rag_fill:
            ws.cell(row=r, column=7).fill = fill(rag_fill[rag])
            ws.cell(row=r, column=7).alignment = Alignment(horizontal="center", vertical="top")
        r += 1

    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    r += 1
    for code, colour, text in [("B", BLUE, "Complete – action delivered and impact evidenced"),
                               ("G", GREEN, "On track to deliver by the target date"),
                               ("A", AMBER, "Some slippage – delivery at risk, mitigation in place"),
                               ("R", RED, "Off track – will not be delivered without intervention")]:
        ws.cell(row=r, column=1, value=code).fill = fill(colour)
        ws.cell(row=r, column=2, value=text)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Revised target dates were agreed by the Improvement Board on 15 July 2020 "
                                   "following the impact of Covid-19.")
    ws.cell(row=r, column=1).font = Font(italic=True)
    wb.save(os.path.join(HERE, "e1-middlesbrough-ilacs-improvement-plan.xlsx"))


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


def set_cell(cell, text, bold=False, size=9, italic=False, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        run = p.add_run(line)
        run.bold = bold
        run.italic = italic
        run.font.size = Pt(size)
        if color:
            run.font.color.rgb = RGBColor.from_string(color)
        if i < len(lines) - 1:
            run.add_break()


# ---------------------------------------------------------------------------
# 2. Croydon monitoring visit action plan (docx)
# ---------------------------------------------------------------------------
def croydon():
    doc = Document()
    doc.add_paragraph("London Borough of Croydon – Children, Families and Education")
    doc.add_heading("Action Plan following Ofsted's Second Monitoring Visit: Services for Vulnerable "
                    "Adolescents", level=0)

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Comments"]):
        set_cell(t.rows[0].cells[i], h, bold=True)
    for row in [("0.3", "14/05/2018", "Improvement Programme Manager", "Draft for DMT"),
                ("1.0", "22/05/2018", "Improvement Programme Manager", "Approved by the Children's Improvement Board"),
                ("1.2", "17/07/2018", "Improvement Programme Manager", "July progress update")]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v)

    doc.add_paragraph()
    doc.add_paragraph(
        "Ofsted carried out the second monitoring visit of Croydon's children's services since the inspection "
        "judgement of inadequate in 2017. The visit focused on services for vulnerable adolescents, including "
        "children who go missing and those at risk of exploitation. Inspectors found that services remain highly "
        "variable and that the weaknesses seen at the first visit are still evident. This plan sets out our "
        "response to each of the findings. It sits beneath the overarching Children's Improvement Plan and is "
        "monitored monthly by the Children's Improvement Board.")

    doc.add_heading("Key to lead officers", level=2)
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for ini, post in [("DS", "Director of Early Help and Children's Social Care"),
                      ("KM", "Head of Service, Adolescents"),
                      ("PO", "Head of Service, Assessment and Child in Need")]:
        cells = k.add_row().cells
        set_cell(cells[0], ini, bold=True)
        set_cell(cells[1], post)

    doc.add_paragraph()
    doc.add_heading("Action plan", level=2)
    cols = ["No.", "Action", "Lead", "By when", "Progress update (July 2018)", "RAG"]
    tbl = doc.add_table(rows=1, cols=len(cols))
    tbl.style = "Table Grid"
    for i, h in enumerate(cols):
        set_cell(tbl.rows[0].cells[i], h, bold=True, color="FFFFFF")
        shade(tbl.rows[0].cells[i], "7030A0")

    rag_shade = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    content = [
        ("H", "1. Management direction and oversight are not consistently evident or effective in progressing "
              "plans for adolescents"),
        ("1.1", "All team managers to record a management decision and next steps on every adolescent's file at "
                "allocation and at each supervision, using the new management oversight template.",
         "DS/KM", "End of June 2018",
         "Template live on CRS from 4 June. Compliance in the June audit was 82%, up from 40% at the visit.",
         "Complete"),
        ("1.2", "Monthly practice learning audits of 10 adolescent cases, with findings reported to the Practice "
                "Quality Board.",
         "Head of Quality Assurance", "Ongoing – monthly",
         "May and June audits completed. Audits now moderated by the independent practice adviser.", "Green"),
        ("H", "2. Risks to adolescents are not clearly identified or analysed"),
        ("2.1", "Deliver risk analysis and contextual safeguarding training to all social workers in the "
                "adolescent service.",
         "PO", "31.07.18",
         "Four of five sessions delivered (48 staff). Final session booked for 26 July.", "Green"),
        ("2.2", "Introduce an adolescent risk assessment tool, completed with the young person and reviewed at "
                "every visit where a risk of exploitation has been identified.",
         "KM & PO", "September 2018",
         "Tool drafted with the Youth Offending Service and young people from Croydon Youth Council. Build on "
         "CRS delayed by the system upgrade.", "Amber"),
        ("H", "3. Written plans are brief and generalised, and pathway planning for older children is subject "
              "to drift"),
        ("3.1", "Rewrite the child in need and child protection plan templates so that each plan names the "
                "specific risks, the actions to reduce them, who will complete them and by when.",
         "Head of Service, Adolescents", "w/c 4 June 2018",
         "New templates launched in the week of 4 June with briefings for all teams.", "Complete"),
        ("3.2", "Every looked after young person aged 16 and over and every care leaver to have a pathway plan "
                "reviewed within the last six months.",
         "Head of Service – Care Leavers", "Oct 18",
         "Pathway plans in date: 71% (from 52%). Additional personal advisers starting in August.", "Amber"),
        ("H", "4. High turnover and reliance on agency staff mean that some young people have too many changes "
              "of social worker"),
        ("4.1", "Convert agency social workers to permanent posts through the recruitment campaign, reducing the "
                "proportion of agency staff in the adolescent service from 41% to 25%.",
         "Director of HR / DS", "March 2019",
         "12 conversions agreed; agency rate now 36%. Market supplement approved by Cabinet in June.", "Amber"),
        ("H", "5. Services for children who go missing or who are at risk of sexual exploitation are highly "
              "variable in quality"),
        ("5.1", "Bring the missing and CSE services together into a single Adolescent Support Team, with a "
                "co-located police officer.",
         "DS", "Aug 2018 – Nov 2018",
         "Staff consultation closes on 31 July. Police secondment agreed in principle with the BCU Commander.",
         "Green"),
        ("5.2", "Return home interviews to be offered within 72 hours of every missing episode, with compliance "
                "reported weekly to the Head of Service.",
         "Missing Persons Co-ordinator", "Weekly",
         "Compliance remains low (48%) because of vacancies in the commissioned service. Contract meeting held; "
         "improvement notice issued to the provider.", "Red"),
    ]
    ncol = len(cols)
    for item in content:
        row = tbl.add_row()
        cells = row.cells
        if item[0] == "H":
            merged = cells[0].merge(cells[ncol - 1])
            set_cell(merged, item[1], bold=True, size=10)
            shade(merged, "E4DFEC")
            continue
        ref, action, lead, when, prog, rag = item
        for i, v in enumerate([ref, action, lead, when, prog, rag]):
            set_cell(cells[i], v)
        shade(cells[5], rag_shade[rag])

    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("RAG key: ").bold = True
    p.add_run("Complete (blue) – action completed; Green – on track; Amber – some slippage, expected to be "
              "recovered; Red – off track, escalated to the Children's Improvement Board.")
    doc.save(os.path.join(HERE, "e1-croydon-monitoring-visit-action-plan.docx"))


# ---------------------------------------------------------------------------
# 3. Oxfordshire SEND priority action plan tracker (csv)
# ---------------------------------------------------------------------------
def oxfordshire():
    header = ["Ref", "Area for Priority Action", "Action", "Lead Officer", "Lead Organisation", "Due Date",
              "RAG", "Progress Update", "Last Updated"]
    n = len(header)
    apa1 = ("APA1 - Leaders across the partnership must urgently improve the timeliness and quality of EHC needs "
            "assessments and plans, so that plans accurately describe children and young people's needs and the "
            "provision to meet them")
    apa2 = ("APA2 - Leaders must reduce the number of children and young people with SEND who are not in the "
            "education provision they need, including those waiting for a specialist place")
    apa3 = ("APA3 - Leaders must improve communication with parents and carers and involve them in decisions "
            "about their children's support and in the design of services")
    rows = [
        ["1.1", apa1, "Clear the backlog of EHC needs assessments over 20 weeks, prioritising children without a "
                      "school place.", "Kavanagh, Ruth", "OCC", "31/03/2024", "Amber",
         "Backlog reduced from 412 to 156. Additional EP capacity commissioned from two agencies; the remaining "
         "cases are mainly those awaiting EP advice.", "08/04/2024"],
        ["1.2", apa1, "Introduce multi-agency quality assurance of draft EHC plans, auditing 10% of new plans each "
                      "month with the Parent Carer Forum.", "Kavanagh, Ruth; Osei, Daniel", "OCC / BOB ICB",
         "31/01/2024", "Blue - Complete",
         "QA framework signed off by the SEND Improvement Board in January. First two monthly audits complete; "
         "62% of plans rated good or better.", "08/04/2024"],
        ["1.3", apa1, "Agree a health advice standard with Oxford Health and OUH so that advice is returned within "
                      "6 weeks and describes the child's needs and outcomes.", "Osei, Daniel", "BOB ICB",
         "Q1 2024/25", "Green",
         "Draft standard agreed with both trusts; compliance reporting starts in May.", "05/04/2024"],
        ["2.1", apa2, "Open 120 additional specialist resource base places in mainstream schools for September "
                      "2024.", "Fairbairn, Alistair", "OCC", "01/09/2024", "Amber",
         "84 places confirmed across 9 schools. Capital works at two sites are behind schedule.", "10/04/2024"],
        ["2.2", apa2, "Track every child with SEND who is missing education or on a part-time timetable weekly "
                      "through the Inclusion Panel, with a named officer for each child.", "Fairbairn, Alistair",
         "OCC", "Weekly", "Green",
         "Weekly panel in place since November; 131 children currently tracked.", "10/04/2024"],
        ["2.3", apa2, "Commission additional alternative provision places for children awaiting a specialist "
                      "placement.", "Head of SEND Commissioning", "OCC", "Summer term 2024", "Red",
         "Procurement returned no compliant bids. Re-tender being prepared with a revised specification.",
         "11/04/2024"],
        ["3.1", apa3, "Co-produce a communication charter with Oxfordshire Parent Carer Forum, setting response "
                      "times for parents' enquiries.", "Mensah, Abena; OxPCF Chair", "OCC / OxPCF",
         "30/11/2023", "Blue - Complete",
         "Charter published on the Local Offer in November and sent to all families with an EHC plan.",
         "02/04/2024"],
        ["3.2", apa3, "Introduce a named SEND caseworker for every family with an EHC plan, with their contact "
                      "details shown on the plan.", "Kavanagh, Ruth", "OCC", "30/06/2024", "Not yet started",
         "Dependent on the SEND casework restructure, which is out to consultation until May.", "08/04/2024"],
        ["3.3", apa3, "Publish a quarterly 'You said, we did' update on the Local Offer.", "Mensah, Abena", "OCC",
         "Quarterly", "Green", "January update published; April update in draft with OxPCF.", "02/04/2024"],
    ]
    path = os.path.join(HERE, "e1-oxfordshire-send-priority-action-plan-tracker.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Oxfordshire Local Area Partnership - SEND Priority Action Plan: Action Tracker"] + [""] * (n - 1))
        w.writerow(["Position at 12/04/2024 (export from the SEND Improvement Programme workbook)"] + [""] * (n - 1))
        w.writerow([""] * n)
        w.writerow(header)
        for row in rows:
            w.writerow(row)


# ---------------------------------------------------------------------------
# 4. Somerset JTAI serious youth violence multi-agency action plan (xlsx)
# ---------------------------------------------------------------------------
def somerset():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    widths = [40, 6, 50, 22, 30, 14, 50, 11]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws["A1"] = "Somerset Safeguarding Children Partnership"
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Joint Targeted Area Inspection (JTAI) – Serious Youth Violence: Multi-Agency Action Plan"
    ws["A2"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:H2")
    ws["A3"] = ("Inspection fieldwork May 2024; inspection letter published 18 July 2024; plan submitted to the "
                "inspectorates 25 October 2024. Progress at January 2025.")
    ws.merge_cells("A3:H3")
    hdr = ["Area for improvement", "Ref", "Action", "Agency", "Lead", "Timescale", "Progress update (January 2025)",
           "Status"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill("BDD7EE")
        cell.border = BOX
        cell.alignment = WRAP

    status_fill = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED}
    afis = [
        ("1. The quality and timeliness of information sharing between the police and children's social care "
         "when children are arrested or found in possession of weapons.", [
            ("1.1", "Police to submit a public protection notice (PPN) for every child arrested for a weapon-related "
                    "offence, shared with the Front Door within 24 hours.", "Avon and Somerset Police",
             "DCI Public Protection", (d(2024, 12, 31), "dd/mm/yyyy"),
             "Briefing issued to all custody sergeants and response officers in November. PPN compliance for "
             "weapon-related arrests was 94% in December.", "Complete"),
            ("1.2", "Joint police and children's social care dip sample of 20 arrests each quarter, testing the "
                    "timeliness and quality of information shared.", "Somerset Council / Avon and Somerset Police",
             "Head of Front Door & DCI Public Protection", ("Quarterly", None),
             "First dip sample completed in December; findings reported to the SSCP Quality Assurance group.",
             "On track"),
            ("1.3", "Youth Justice Service to attend the daily custody review for all children held overnight.",
             "Somerset Council", "Head of Youth Justice Service", (d(2024, 10, 31), "mmm-yy"),
             "In place since October; attendance recorded on ChildView.", "Complete"),
        ]),
        ("2. Health practitioners' recognition and recording of children's exposure to violence and exploitation "
         "in emergency departments and sexual health services.", [
            ("2.1", "Introduce a mandatory exploitation screening question in paediatric triage at Musgrove Park and "
                    "Yeovil District hospitals.", "Somerset NHS Foundation Trust",
             "Named Nurse Safeguarding Children", ("Jan 2025", None),
             "Live at Musgrove Park. Yeovil go-live delayed by the electronic patient record upgrade.", "At risk"),
            ("2.2", "Deliver level 3 training on serious youth violence and contextual safeguarding to all ED and "
                    "sexual health staff.", "NHS Somerset ICB", "Designated Nurse Safeguarding Children",
             (d(2025, 3, 31), "mmm-yy"),
             "112 staff trained (58%); further dates booked in February and March.", "On track"),
        ]),
        ("3. The response to children who are suspended, excluded, on part-time timetables or missing education "
         "and who are at risk of serious youth violence.", [
            ("3.1", "Share daily suspension and exclusion notifications with the Youth Justice Service and Early "
                    "Help for children open to them.", "Somerset Council", "Head of Inclusion",
             (d(2024, 11, 30), "dd/mm/yyyy"),
             "Daily automated report in place from 18 November.", "Complete"),
            ("3.2", "Review all children on a part-time timetable for more than six weeks and agree a reintegration "
                    "plan through the Inclusion Panel.", "Somerset Council",
             "Head of Inclusion / Virtual School Headteacher", ("Spring term 2025", None),
             "47 of 83 children reviewed; reintegration plans agreed for 39.", "On track"),
        ]),
        ("4. The partnership's use of data and intelligence to understand the scale and nature of serious youth "
         "violence across Somerset.", [
            ("4.1", "Complete the serious violence strategic needs assessment (Serious Violence Duty), including "
                    "children's data from all partners.", "Safer Somerset Partnership",
             "Community Safety Partnership Manager", ("31/03/2025", None),
             "Education and health data not yet received; analyst post vacant since December.", "Off track"),
            ("4.2", "Establish a quarterly serious youth violence data dashboard reported to the SSCP Executive.",
             "SSCP", "SSCP Business Manager", ("By end of Q4 2024/25", None),
             "Dependent on 4.1.", ""),
        ]),
    ]
    r = 6
    for afi, acts in afis:
        start = r
        for ref, action, agency, lead, ts, prog, status in acts:
            vals = [afi if r == start else None, ref, action, agency, lead, ts[0], prog, status]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
            ws.cell(row=r, column=2).number_format = "@"
            if ts[1]:
                ws.cell(row=r, column=6).number_format = ts[1]
            if status in status_fill:
                ws.cell(row=r, column=8).fill = fill(status_fill[status])
            r += 1
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(row=start, column=1).font = Font(bold=True)
    r += 1
    ws.cell(row=r, column=1, value="Status key").font = Font(bold=True)
    r += 1
    for s, colour, text in [("Complete", BLUE, "Action delivered and evidenced"),
                            ("On track", GREEN, "Progressing as planned"),
                            ("At risk", AMBER, "Some slippage; mitigation in place"),
                            ("Off track", RED, "Will not meet the timescale without intervention")]:
        ws.cell(row=r, column=1, value=s).fill = fill(colour)
        ws.cell(row=r, column=3, value=text)
        r += 1

    vc = wb.create_sheet("Version control")
    for i, row in enumerate([("Version", "Date", "Changes", "Author"),
                             ("1.0", "25/10/2024", "Submitted to inspectorates", "SSCP Business Manager"),
                             ("1.1", "20/01/2025", "January progress update", "SSCP Business Manager")], 1):
        for c, v in enumerate(row, 1):
            vc.cell(row=i, column=c, value=v)
    wb.save(os.path.join(HERE, "e1-somerset-jtai-serious-youth-violence-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 5. Fife fostering service Care Inspectorate action plan (xlsx) - carries a data error
# ---------------------------------------------------------------------------
def fife():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    widths = [8, 45, 50, 26, 11, 48, 12]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws["A1"] = "Fife Council – Fostering Service (Family Placement Team)"
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Improvement Action Plan following the Care Inspectorate inspection of February 2024"
    ws["A2"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:G2")
    ws["A3"] = "Updated: 31 October 2024"
    ws.merge_cells("A3:G3")
    hdr = ["Ref", "Requirement / Area for improvement", "Action to be taken", "Responsible", "Timescale",
           "Progress", "Status"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("006A4E")
        cell.border = BOX
        cell.alignment = WRAP
    MY = "mmm-yy"
    status_fill = {"Complete": BLUE, "On track": GREEN, "Delayed": AMBER}
    sections = [
        ("Requirements", [
            ("By 31 May 2024, the provider must ensure that every foster carer has an annual review completed "
             "within the required timescales, and that each review takes account of the views of the children "
             "and young people in the placement.", [
                ("R1.1", "Review all overdue carer reviews and schedule each one with the independent reviewing "
                         "officer.", "Service Manager (Family Placement)", d(2024, 5, 31),
                 "All 23 overdue reviews held by the end of May.", "Complete"),
                ("R1.2", "Introduce a children's consultation form, sent to every child in placement four weeks "
                         "before the carer's review.", "LM/GR", d(2024, 6, 30),
                 "Form co-designed with young people from the Fife Champions Board; in use from June.", "Complete"),
                ("R1.3", "Monthly report of reviews due and overdue to the Service Manager.", "Business Support "
                         "Team Leader", "Ongoing", "Report produced each month since June.", "On track"),
            ]),
            ("By 30 September 2024, the provider must ensure that every fostering household has a safer caring "
             "plan that is reviewed at least annually and reflects the current needs of each child placed.", [
                ("R2.1", "Audit safer caring plans for all 146 fostering households and update any that are more "
                         "than 12 months old.", "Team Leader – Fostering", d(2024, 9, 30),
                 "138 of 146 plans updated. The remaining eight are with carers on leave or in the process of "
                 "resigning.", "Delayed"),
                ("R2.2", "Safer caring plans to be reviewed at every change of placement and recorded on SWIFT.",
                 "Supervising social workers", "Ongoing", "Included in the supervision checklist from July.",
                 "On track"),
            ]),
        ]),
        ("Areas for improvement", [
            ("1. To support children's wellbeing, the provider should ensure that foster carers receive the "
             "training they need, including in trauma-informed practice, and that completion of training is "
             "recorded and monitored.", [
                ("AFI1.1", "Deliver the trauma-informed practice programme to all mainstream and kinship carers.",
                 "Learning and Development Officer", d(2025, 3, 31),
                 "Four cohorts delivered (61 carers). Evening sessions added for working carers.", "On track"),
                ("AFI1.2", "Record each carer's training on the carer database and report completion at the annual "
                           "review.", "LM/GR", d(2024, 12, 31),
                 "Database field created; historic records being entered.", "On track"),
            ]),
            ("2. The provider should ensure that supervising social workers visit fostering households in line with "
             "the service's own standards and that visits are recorded promptly.", [
                ("AFI2.1", "Set a visiting standard of at least every six weeks, with visit records completed "
                           "within five working days, and audit compliance quarterly.", "Team Leader – Fostering",
                 d(2042, 6, 30), "Standard agreed at the team development day; first audit due in December.",
                 "On track"),
            ]),
            ("3. The provider should review the membership of the fostering panel so that it includes people with "
             "lived experience of care.", [
                ("AFI3.1", "Recruit two panel members with care experience and provide induction training.",
                 "Fostering Panel Adviser", d(2024, 11, 30),
                 "One member appointed in September; interviews for the second post in November.", "Delayed"),
            ]),
        ]),
    ]
    r = 6
    for sec, items in sections:
        c = ws.cell(row=r, column=1, value=sec)
        c.font = Font(bold=True, size=12)
        c.fill = fill("C6E0B4")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for text, acts in items:
            start = r
            for ref, action, resp, ts, prog, status in acts:
                vals = [ref, text if r == start else None, action, resp, ts, prog, status]
                for cc, v in enumerate(vals, 1):
                    cell = ws.cell(row=r, column=cc, value=v)
                    cell.alignment = WRAP
                    cell.border = BOX
                if isinstance(ts, dt.datetime):
                    ws.cell(row=r, column=5).number_format = MY
                if status in status_fill:
                    ws.cell(row=r, column=7).fill = fill(status_fill[status])
                r += 1
            if r - 1 > start:
                ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Status:").font = Font(bold=True)
    ws.cell(row=r, column=2, value="Complete (blue) – done and evidenced; On track (green); Delayed (amber) – "
                                   "behind timescale, revised plan in place; Not started (no colour).")
    wb.save(os.path.join(HERE, "e1-fife-fostering-care-inspectorate-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 6. Rotherham YOS improvement action plan (tab-separated text export)
# ---------------------------------------------------------------------------
def rotherham():
    lines = [
        "Rotherham Metropolitan Borough Council – Children and Young People's Services",
        "Youth Offending Services – Improvement Action Plan",
        "In response to the Short Quality Screening (SQS) of youth offending work, 12th–14th November 2012, by HM "
        "Inspectorate of Probation",
        "Progress update: July 2013",
        "",
    ]
    header = ["Ref No", "Area requiring improvement (recommendation)", "Action required", "Planned completion date",
              "Lead officer", "Progress against agreed action and impact monitoring", "RAG"]
    a1 = ("Timeliness of initial assessments (Asset). Assessments to be completed within 20 working days for "
          "Referral Orders and 15 working days for all other court orders.")
    a2 = ("Quality of risk of serious harm assessments, with a clear risk management plan for every child "
          "assessed as medium or high risk of serious harm.")
    a3 = ("Attention to safeguarding and vulnerability, with timely referral to Children's Social Care where "
          "required.")
    a4 = "Involvement of children and their parents/carers in assessment and planning."
    rows = [
        ["1a", a1, "Raise the proportion of Asset assessments completed on time from 78% (inspection finding) "
                   "to 95%.", "March 2013", "SF & CD",
         "53 assessments completed April–July 2013, 45 on time (84.9%). Most late assessments were because the "
         "young person missed appointments; the measure is being reviewed with the YOT Management Board.",
         "Amber"],
        ["1b", "", "Weekly report from YOIS to managers listing Asset due dates and the responsible case manager.",
         "January 2013", "Information Officer", "Report running weekly since January.", "Completed"],
        ["1c", "", "Address late assessments in supervision and record the action taken (target setting, "
                   "training or coaching) in supervision notes.", "March 2013", "SF & CD",
         "Supervision template amended; dip sample in June showed recording in 9 of 10 files.", "Green"],
        ["2a", a2, "Deliver risk of serious harm training to all case managers, jointly with the Probation Trust.",
         "31/05/13", "YOS Manager", "Two sessions delivered in April and May; 22 staff attended.", "Completed"],
        ["2b", "", "Introduce a Risk Management Panel, chaired by the YOS Manager, for all cases assessed as high "
                   "risk of serious harm.", "Apr-13", "YOS Manager",
         "Panel meets fortnightly; terms of reference agreed by the Management Board.", "Completed"],
        ["2c", "", "Countersigning of all risk of serious harm assessments by an Operations Manager within 5 "
                   "working days.", "Ongoing", "SF & CD",
         "Countersigning within 5 days: 91% (July).", "Green"],
        ["3a", a3, "Vulnerability management plans to be completed for every child assessed as medium or high "
                   "vulnerability.", "June 2013", "Senior Practitioner (Safeguarding)",
         "Plans in place for 31 of 38 children. Remaining plans to be completed by the end of August.", "Amber"],
        ["3b", "", "Agree an information sharing protocol with Children's Social Care so that case managers are "
                   "invited to child protection conferences and LAC reviews.", "September 2013",
         "YOS Manager / Service Manager, Safeguarding",
         "Draft protocol not yet agreed; raised at the Children's Safeguarding Board performance group.", "Red"],
        ["4a", a4, "Introduce the 'What do YOU think?' self-assessment with every new order and record the child's "
                   "views in the intervention plan.", "Quarterly audit", "Operations Manager (CD)",
         "Self-assessment in use since February; first quarterly audit found the child's views recorded in 80% of "
         "plans.", "Green"],
    ]
    out = lines + ["\t".join(header)] + ["\t".join(r) for r in rows]
    out += ["", "RAG: Completed – action complete; Green – on track; Amber – partially achieved / some slippage; "
                "Red – not achieved or at risk."]
    with open(os.path.join(HERE, "e1-rotherham-yos-improvement-action-plan.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


# ---------------------------------------------------------------------------
# 7. Tameside improvement board highlight report (docx)
# ---------------------------------------------------------------------------
def tameside():
    doc = Document()
    doc.add_heading("Tameside Children's Services Improvement Board: Highlight Report – March 2018", level=0)
    meta = doc.add_table(rows=0, cols=2)
    meta.style = "Table Grid"
    for k, v in [("Reporting period", "January – February 2018"),
                 ("Board meeting", "14 March 2018"),
                 ("Prepared by", "Improvement Programme Manager"),
                 ("Senior Responsible Officer", "Director of Children's Services")]:
        cells = meta.add_row().cells
        set_cell(cells[0], k, bold=True, size=10)
        set_cell(cells[1], v, size=10)

    doc.add_heading("Programme overview", level=1)
    doc.add_paragraph(
        "Good progress has been made on the Front Door and on practice standards. Caseloads in the locality "
        "teams remain too high and this is the main risk to the programme; a recovery plan is attached for the "
        "Board's consideration. One milestone (the ASYE academy) has not yet started and is not due to start "
        "until the summer.")
    ov = doc.add_table(rows=1, cols=4)
    ov.style = "Table Grid"
    for i, h in enumerate(["Workstream", "Workstream lead", "Overall RAG", "Direction of travel"]):
        set_cell(ov.rows[0].cells[i], h, bold=True)
        shade(ov.rows[0].cells[i], GREY)
    overall = [("1. Front Door and Early Help", "Assistant Director, Early Help", "Green", "Improving"),
               ("2. Quality of Practice", "Assistant Director, Children's Social Care", "Amber", "Stable"),
               ("3. Workforce", "Head of HR (People and Workforce)", "Amber", "Improving"),
               ("4. Children in Care and Care Leavers", "Assistant Director, Children's Social Care", "Green",
                "Improving")]
    shade_for = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Complete": BLUE}
    for row in overall:
        cells = ov.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v)
        shade(cells[2], shade_for[row[2]])

    cols = ["Milestone", "Owner", "Original date", "Revised date", "Status", "Commentary"]
    workstreams = [
        ("Workstream 1: Front Door and Early Help", [
            ("Relaunch the MASH with co-located police, health and Early Help staff", "Rachel Marsh", "Jan-18", "",
             "Complete", "Relaunched on 15 January. Contacts screened within 24 hours: 97%."),
            ("Replace the Early Help Assessment with a single family assessment on the case recording system",
             "Dev Patel and Claire Hughes", "Feb-18", "End April 2018", "Amber",
             "Build on the case recording system delayed by the supplier; revised date agreed at the February "
             "Board."),
            ("Refreshed threshold document ('Right Help, Right Time') signed off by the Safeguarding Children "
             "Board", "LSCB Business Manager", "23/03/2018", "", "On track",
             "Consultation with partners closed on 28 February."),
        ]),
        ("Workstream 2: Quality of Practice", [
            ("Practice standards launched and briefed to all staff", "Principal Social Worker", "Feb-18", "",
             "Complete", "Briefings delivered to 14 teams; standards published on the intranet."),
            ("Monthly case file audit programme, moderated by independent auditors", "Head of Quality Assurance",
             "Monthly", "", "On track",
             "January audit: 38% of cases good or better (December: 31%)."),
            ("Reduce average caseloads in the locality teams to 20 or fewer", "Head of Service – Localities",
             "Q1 18/19", "", "Red",
             "Average caseload 27. Contacts rose by 18% in January; recovery plan attached at Appendix 1."),
        ]),
        ("Workstream 3: Workforce", [
            ("Recruit 30 permanent social workers through the national and international recruitment campaign",
             "Karen Doyle (HR)", "Jun-18", "", "Amber",
             "17 offers accepted; 9 starters in post. Overseas registrations with the HCPC are taking longer than "
             "expected."),
            ("Launch the ASYE academy for newly qualified social workers (cohort 2)", "Principal Social Worker",
             "September 2018", "", "Not started", "Not due to start until the summer; on the forward plan."),
        ]),
        ("Workstream 4: Children in Care and Care Leavers", [
            ("Publish the care leavers' local offer", "Head of Service – Looked After Children", "Dec-17",
             "Mar-18", "On track",
             "Offer co-produced with the Care Leavers' Forum; Council tax exemption approved by Cabinet in "
             "February."),
            ("Every child in care to have an up-to-date care plan reviewed within statutory timescales",
             "Independent Reviewing Service Manager", "31/03/2018", "", "On track",
             "Reviews in timescale: 93%."),
            ("Placement sufficiency strategy 2018–21 approved", "Commissioning Manager (Children)", "Jan-18", "",
             "Complete", "Approved by the Executive Cabinet on 24 January."),
        ]),
    ]
    for title, ms in workstreams:
        doc.add_heading(title, level=1)
        doc.add_paragraph("Key milestones")
        t = doc.add_table(rows=1, cols=len(cols))
        t.style = "Table Grid"
        for i, h in enumerate(cols):
            set_cell(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], GREY)
        for m in ms:
            cells = t.add_row().cells
            for i, v in enumerate(m):
                set_cell(cells[i], v)
            st = m[4]
            sh = {"Complete": BLUE, "On track": GREEN, "Amber": AMBER, "Red": RED}.get(st)
            if sh:
                shade(cells[4], sh)
    doc.add_heading("Status key", level=1)
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for s, meaning in [("Complete", "Milestone delivered"), ("On track", "Expected to be delivered by the date shown"),
                       ("Amber", "At risk of slipping; mitigation in place"),
                       ("Red", "Will not be delivered by the date shown; Board decision needed"),
                       ("Not started", "Work not yet due to begin")]:
        cells = key.add_row().cells
        set_cell(cells[0], s, bold=True)
        set_cell(cells[1], meaning)
        sh = {"Complete": BLUE, "On track": GREEN, "Amber": AMBER, "Red": RED}.get(s)
        if sh:
            shade(cells[0], sh)
    doc.save(os.path.join(HERE, "e1-tameside-improvement-board-highlight-report.docx"))


if __name__ == "__main__":
    middlesbrough()
    croydon()
    oxfordshire()
    somerset()
    fife()
    rotherham()
    tameside()
    print("done")
