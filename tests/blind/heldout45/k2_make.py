"""Make the k2- blind cases (plans outside children's services).

Run with /work/main/.venv/bin/python k2_make.py  (needs python-docx and openpyxl).
Writes the document files beside this script; the .expected.yaml readings were written by hand first.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

D = dt.datetime

FILL = {
    "Blue": "0070C0", "B": "0070C0",
    "Green": "00B050", "G": "00B050",
    "Amber": "FFC000", "A": "FFC000",
    "Red": "FF0000", "R": "FF0000",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def solid(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def box_row(ws, row, ncols):
    for c in range(1, ncols + 1):
        cell = ws.cell(row=row, column=c)
        cell.border = BOX
        cell.alignment = WRAP


# ---------------------------------------------------------------------------
# 1. Kingston ASC CQC improvement plan (xlsx)
# ---------------------------------------------------------------------------
def kingston():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    widths = [7, 34, 48, 26, 11, 11, 9, 52]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[chr(64 + i)].width = w
    ncol = 8
    ws["A1"] = "Royal Borough of Kingston upon Thames – Adult Social Care Improvement Plan 2025/26"
    ws["A1"].font = Font(bold=True, size=14, color="FFFFFF")
    ws["A1"].fill = solid("1F3864")
    ws.merge_cells("A1:H1")
    ws["A2"] = "Response to the CQC Local Authority Assessment (report published July 2025)"
    ws["A2"].font = Font(italic=True, size=11)
    ws.merge_cells("A2:H2")
    ws["A3"] = "Progress position: November 2025    |    Plan owner: Director of Adult Social Services"
    ws.merge_cells("A3:H3")
    hdr = ["Ref", "Area for improvement (CQC)", "Action", "Lead", "Target date",
           "Revised target date", "RAG", "Progress update – November 2025"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = solid("2F5496")
    box_row(ws, 5, ncol)
    ws.freeze_panes = "A6"

    A1 = "People waited too long for reviews and reassessments of their care and support."
    A2 = "Unpaid carers were not always clear about what support they were entitled to or how to access it."
    A3 = "Respite and short-break provision did not always meet demand, particularly for people living with dementia."
    A4 = "Transitions from children's to adult services were not consistently planned early enough."
    A5 = "Feedback to people who raised safeguarding concerns about the outcome of enquiries was inconsistent."
    A6 = "Co-production and the voice of people with lived experience were not yet consistently shaping strategy and oversight."

    rows = [
        ("band", "Theme 1: Working with people"),
        ("act", "1.1", A1, "Recruit four additional reviewing officers and clear all reviews overdue by more than 12 months.",
         "Head of Assessment and Care Management", D(2026, 3, 31), None, "Amber",
         "Three of four posts filled; the fourth is out to advert. Reviews overdue by more than 12 months down from 412 to 238."),
        ("act", "1.2", A1, "Introduce a risk-based prioritisation tool for the review waiting list, with weekly oversight by team managers.",
         "Principal Social Worker", D(2025, 9, 30), None, "Blue",
         "Tool in use across all locality teams since September 2025; every case on the list is RAG-rated and reviewed weekly."),
        ("act", "1.3", A2, "Refresh the carers' offer and publish a single 'Support for carers' guide, co-produced with Kingston Carers' Network.",
         "Carers Commissioning Lead", D(2025, 12, 31), None, "Green",
         "Draft guide tested with the carers' reference group in October. Print and online versions due for launch in December."),
        ("act", "1.4", A2, "Offer every carer identified during an assessment or review a carer's assessment, and report the number completed monthly.",
         "Head of Assessment and Care Management", "Ongoing", None, "Green",
         "Carers' assessments completed rose from 61 in Q1 to 94 in Q2. Monthly figures now in the ASC performance report."),
        ("band", "Theme 2: Providing support"),
        ("act", "2.1", A3, "Commission additional bed-based respite capacity, including dementia-specialist beds, through the care home framework.",
         "Head of Commissioning", D(2025, 10, 31), D(2026, 1, 31), "Amber",
         "Two providers appointed; contract for the dementia-specialist beds delayed by provider CQC registration. Revised date agreed at Improvement Board."),
        ("act", "2.2", A3, "Pilot a home-based sitting service for carers of people living with dementia.",
         "Head of Commissioning / Kingston Carers' Network", "Q4 2025/26", None, "Green",
         "Pilot specification agreed and Carers' Network recruiting sitters. First carers referred in November."),
        ("band", "Theme 3: How the local authority ensures safety within the system"),
        ("act", "3.1", A4, "Establish a joint Preparing for Adulthood panel with Children's Services, tracking all young people with likely care needs from age 14.",
         "Transitions Service Manager", D(2025, 7, 31), None, "Blue",
         "Panel established in June 2025 and meets monthly. 46 young people are on the transitions tracker."),
        ("act", "3.2", A4, "Agree and publish a joint transitions protocol with Children's Services, SEND and health partners.",
         "Director of Adult Social Services / Director of Children's Services", D(2025, 10, 31), D(2026, 2, 28), "Amber",
         "Protocol drafted; awaiting sign-off by the ICB. Revised date reflects the partnership board meeting cycle."),
        ("act", "3.3", A5, "Introduce a standard outcome letter to referrers and the person at the close of each section 42 enquiry.",
         "Head of Safeguarding Adults", D(2025, 11, 30), None, "Green",
         "Letter templates agreed with the Safeguarding Adults Board. Go-live in the case management system planned for late November."),
        ("band", "Theme 4: Leadership"),
        ("act", "4.1", A6, "Establish a Co-production Board of people with lived experience and carers, co-chaired by a resident.",
         "Director of Adult Social Services", D(2025, 9, 30), None, "Red",
         "Target missed: recruitment of lived-experience members slower than planned. Five of eight places filled; first meeting not yet held."),
        ("act", "4.2", A6, "Report progress against this plan quarterly to the Adult Social Care Committee, including feedback from the Co-production Board.",
         "ASC Performance and Intelligence Manager", "Quarterly", None, "Green",
         "Q1 and Q2 reports presented to committee in July and October 2025."),
    ]
    r = 6
    merge_start = {}
    last_afi = None
    for item in rows:
        if item[0] == "band":
            ws.cell(row=r, column=1, value=item[1]).font = Font(bold=True, size=12)
            for c in range(1, ncol + 1):
                ws.cell(row=r, column=c).fill = solid("D9E1F2")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            last_afi = None
        else:
            _, ref, afi, action, lead, target, revised, rag, prog = item
            ws.cell(row=r, column=1, value=ref)
            if afi != last_afi:
                ws.cell(row=r, column=2, value=afi)
                merge_start[r] = r
                start = r
                last_afi = afi
            else:
                merge_start[start] = r
            ws.cell(row=r, column=3, value=action)
            ws.cell(row=r, column=4, value=lead)
            tc = ws.cell(row=r, column=5, value=target)
            if isinstance(target, dt.datetime):
                tc.number_format = "mmm-yy"
            rc = ws.cell(row=r, column=6, value=revised)
            if isinstance(revised, dt.datetime):
                rc.number_format = "mmm-yy"
            g = ws.cell(row=r, column=7, value=rag)
            g.fill = solid(FILL[rag])
            g.font = Font(bold=True, color="FFFFFF" if rag in ("Blue", "Red", "Green") else "000000")
            ws.cell(row=r, column=8, value=prog)
        box_row(ws, r, ncol)
        r += 1
    for s, e in merge_start.items():
        if e > s:
            ws.merge_cells(start_row=s, start_column=2, end_row=e, end_column=2)
    r += 1  # blank row
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    r += 1
    for word, meaning in [("Blue", "Complete – action delivered and evidenced"),
                          ("Green", "On track to deliver by the target date"),
                          ("Amber", "At risk of slipping – mitigating action in place"),
                          ("Red", "Off track or target date missed")]:
        k = ws.cell(row=r, column=1, value=word)
        k.fill = solid(FILL[word])
        ws.cell(row=r, column=2, value=meaning)
        r += 1
    ws.page_setup.orientation = "landscape"
    wb.save(os.path.join(HERE, "k2-kingston-asc-cqc-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)


def header_row(table, cells, fill="1F3864"):
    for i, h in enumerate(cells):
        c = table.rows[0].cells[i]
        c.text = ""
        run = c.paragraphs[0].add_run(h)
        run.bold = True
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        shade(c, fill)


def set_font(doc, size=10):
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 2. Guildford Housing Improvement Plan (docx)
# ---------------------------------------------------------------------------
def guildford():
    doc = Document()
    set_font(doc)
    landscape(doc)
    doc.add_paragraph("Housing Improvement Plan 2025–2026", style="Title")
    doc.add_paragraph("Guildford Borough Council – Housing Services")

    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in [("Version", "1.3"), ("Date", "14 October 2025"),
                 ("Owner", "Joint Strategic Director, Community Wellbeing"),
                 ("Approved", "Executive, 28 January 2025 (version 1.0)"),
                 ("Next review", "January 2026 (Housing Improvement Board)")]:
        row = dc.add_row().cells
        row[0].text = k
        row[0].paragraphs[0].runs[0].bold = True
        shade(row[0], "D9E2F3")
        row[1].text = v

    doc.add_heading("Introduction", level=1)
    doc.add_paragraph(
        "In 2024 the Regulator of Social Housing concluded that there were serious failings in how the "
        "council was delivering the outcomes of the consumer standards and gave a C3 grading. Around 1,700 "
        "of our 5,200 homes did not have an up-to-date electrical condition report, we could not evidence "
        "that some 1,300 fire safety actions had been completed, and we had not collected Tenant "
        "Satisfaction Measures as required.")
    doc.add_paragraph(
        "This plan sets out the actions we are taking to put this right, alongside wider improvements "
        "tenants have asked for. It is organised into six workstreams. Progress is reported monthly to the "
        "Housing Improvement Board and quarterly to the Executive, and shared with the Regulator.")

    doc.add_heading("Status key", level=1)
    key = doc.add_table(rows=1, cols=3)
    key.style = "Table Grid"
    header_row(key, ["Status", "RAG", "Meaning"])
    for st, rag, fill, meaning in [
            ("Complete", "Blue", "0070C0", "Action delivered and evidence provided to the Improvement Board"),
            ("On track", "Green", "00B050", "Expected to be delivered by the target date"),
            ("At risk", "Amber", "FFC000", "Target date at risk; recovery action in place"),
            ("Off track", "Red", "FF0000", "Target date missed or will be missed"),
            ("Not started", "–", None, "Action not yet due to start")]:
        row = key.add_row().cells
        row[0].text = st
        row[1].text = rag
        if fill:
            shade(row[1], fill)
        row[2].text = meaning

    doc.add_heading("Improvement actions", level=1)
    ws = [
        ("Workstream 1: Building Safety Compliance",
         "Outcome: every home and communal area has its statutory safety checks and the council can evidence this from reliable data.",
         [("1.1", "Complete electrical condition reports (EICRs) for all homes without an up-to-date certificate.",
           "Building Safety Manager", "31/08/2025", "Complete",
           "All outstanding EICRs completed by 22 August; 100% of homes now hold a certificate less than five years old."),
          ("1.2", "Evidence completion of all outstanding fire safety remedial actions, prioritising high-risk actions.",
           "Building Safety Manager", "30/09/2025", "Complete",
           "All high and medium-risk actions closed with photographic evidence; low-risk actions added to the planned programme."),
          ("1.3", "Validate asbestos, water hygiene and lift safety compliance data against the asset register and report exceptions monthly to the Housing Improvement Board.",
           "Compliance Data Officer", "December 2025", "On track",
           "Asbestos and lift data validated. Water hygiene validation under way, with 64% of records checked.")]),
        ("Workstream 2: Stock Condition and Repairs, including Damp and Mould",
         "Outcome: we know the condition of every home, repairs are completed within target, and damp and mould are dealt with quickly.",
         [("2.1", "Have no responsive repairs outstanding that are more than three months old.",
           "Head of Repairs and Maintenance", "30/09/2025", "Off track",
           "Target missed: 164 repairs over three months old remained open at 30 September. A recovery plan using a second contractor was agreed in October."),
          ("2.2", "Complete a 100% stock condition survey, including HHSRS assessments, and load the results into the asset database.",
           "Head of Asset Management", "31/12/2025", "At risk",
           "3,950 of 5,200 homes surveyed. No-access cases are slowing progress and the December date is at risk."),
          ("2.3", "Introduce a damp and mould triage, with every report inspected within 10 working days, in readiness for Awaab's Law.",
           "Head of Repairs and Maintenance", "October 2025", "Complete",
           "Triage live from 1 October 2025; 94% of reports inspected within 10 working days in the first month.")]),
        ("Workstream 3: Tenant Satisfaction and Complaints",
         "Outcome: tenants can see how we are performing, complaints are resolved fairly, and what tenants tell us changes how we work.",
         [("3.1", "Collect Tenant Satisfaction Measures for 2024/25 through an independent survey provider and publish the results to tenants and the Regulator.",
           "Tenant Engagement Manager", "30/06/2025", "Complete",
           "Survey completed by 1,210 tenants. Results submitted to the Regulator and published in the tenants' annual report."),
          ("3.2", "Hold 'learning from complaints' sessions with frontline repairs and tenancy staff.",
           "Complaints and Customer Insight Manager", "Quarterly", "On track",
           "Second quarterly session held in September, focusing on keeping tenants informed about delayed repairs.")]),
        ("Workstream 4: Data and Systems",
         "Outcome: staff, councillors and tenants can rely on accurate information about homes and their safety.",
         [("4.1", "Implement a single housing compliance database, replacing the spreadsheets held by individual teams.",
           "Housing Systems Manager", "March 2026", "At risk",
           "System procured. Data migration testing has found duplicate property records, putting the March go-live at risk.")]),
        ("Workstream 5: Governance and Oversight",
         "Outcome: councillors and tenants have clear oversight of housing performance, and staff have the skills to deliver it.",
         [("5.1", "Establish a Housing Improvement Board, chaired by the Lead Councillor for Housing, with two tenant members.",
           "Joint Strategic Director, Community Wellbeing", "31/01/2025", "Complete",
           "Board established and meeting monthly since January 2025."),
          ("5.2", "Launch a housing staff competency framework and build it into all appraisals.",
           "HR Business Partner (Housing)", "Q4 2025/26", "Not started",
           "Scheduled to start in January 2026 after staff engagement sessions.")]),
        ("Workstream 6: Policy and Procedure",
         "Outcome: up-to-date policies that tenants have helped shape and that staff follow consistently.",
         [("6.1", "Review and republish the Repairs, Damp and Mould, and Vulnerability policies after consultation with the Tenant Panel.",
           "Housing Policy Manager", "January 2026", "On track",
           "Consultation on the draft policies closes on 28 November 2025.")]),
    ]
    for head, outcome, acts in ws:
        doc.add_heading(head, level=2)
        p = doc.add_paragraph(outcome)
        p.runs[0].italic = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        header_row(t, ["Ref", "Action", "Accountable lead", "Target date", "Status", "Progress update (October 2025)"])
        for ref, action, lead, date, status, prog in acts:
            row = t.add_row().cells
            for i, v in enumerate([ref, action, lead, date, status, prog]):
                row[i].text = v
        doc.add_paragraph("")
    doc.add_paragraph("Progress updates are provided by accountable leads and checked by the Housing Improvement "
                      "Programme Office before each Improvement Board.")
    doc.save(os.path.join(HERE, "k2-guildford-housing-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 3. Humberside FRS HMICFRS AFI tracker (xlsx)
# ---------------------------------------------------------------------------
def humberside():
    wb = Workbook()
    ws = wb.active
    ws.title = "AFI Action Plan"
    widths = [40, 9, 46, 22, 12, 12, 10, 10, 50]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[chr(64 + i)].width = w
    ncol = 9
    ws["A1"] = "Humberside Fire & Rescue Service – HMICFRS Inspection 2024: Areas for Improvement Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Position as at 31 October 2025 – reported to the Governance, Audit and Scrutiny Committee"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:I2")
    hdr = ["Area for Improvement", "Action No.", "Action", "Owner", "Due Date", "Revised Due Date",
           "Previous RAG", "Current RAG", "Update / Evidence"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = solid("C00000")
    box_row(ws, 4, ncol)

    AFI1 = ("AFI 1 – The service should make sure its risk-based inspection programme targets its "
            "highest-risk premises and that it has enough qualified staff to deliver it.")
    AFI2 = ("AFI 2 – The service should make sure fire control has effective systems to give fire survival "
            "guidance to multiple callers and to share that information with incident commanders.")
    AFI3 = ("AFI 3 – The service should make sure it monitors, reviews and evaluates the benefits and "
            "outcomes of its collaboration activity.")
    AFI4 = ("AFI 4 – The service should make sure it has a clear and effective succession planning "
            "process for middle and senior managers.")
    AFI5 = ("AFI 5 – The service should improve how it engages with staff and acts on their feedback, "
            "including on equality, diversity and inclusion.")
    rows = [
        ("band", "Effectiveness"),
        ("act", AFI1, "1.1", "Review the risk-based inspection programme (RBIP) methodology against national guidance and local incident data, and present a revised premises risk profile to SLT.",
         "GM Protection", D(2025, 3, 31), None, "G", "B",
         "Revised RBIP approved by SLT on 18 March 2025. Highest-risk premises now re-inspected annually."),
        ("act", AFI1, "1.2", "Recruit and train four additional fire safety inspectors to Level 4 Diploma standard.",
         "GM Protection / Head of HR", D(2025, 12, 31), D(2026, 2, 28), "A", "A",
         "Two inspectors qualified. Two remain in training and are due to complete the Level 4 Diploma in February 2026."),
        ("act", AFI2, "2.1", "Procure and implement a fire survival guidance (FSG) information-sharing system between Fire Control and the incident ground.",
         "AM Emergency Response", D(2025, 6, 30), D(2025, 11, 30), "A", "R",
         "Supplier delays to integration with the mobilising system mean the revised date will be missed. Escalated to SLT; new date to be agreed."),
        ("act", AFI2, "2.2", "Run multi-caller FSG exercises with Fire Control and operational crews at least twice a year.",
         "Fire Control Manager", "Ongoing", None, "G", "G",
         "Exercises held in April and September 2025 with learning shared through the operational assurance process."),
        ("band", "Efficiency"),
        ("act", AFI3, "3.1", "Introduce a collaboration benefits register and evaluate each collaboration, including the on-call falls response with NHS partners, annually.",
         "Head of Corporate Assurance", D(2026, 3, 31), None, "G", "G",
         "Register in place covering 14 collaborations. Evaluation of the falls response partnership commissioned from the ICB analytics team."),
        ("band", "People"),
        ("act", AFI4, "4.1", "Develop a succession plan for all Station Manager roles and above, linked to the Strategic Workforce Plan.",
         "Head of HR", D(2025, 9, 30), None, "A", "B",
         "Succession plan approved at People Board in September 2025 and reviewed quarterly."),
        ("act", AFI4, "4.2", "Launch a middle managers' leadership development programme with a higher education partner.",
         "Head of Organisational Development", D(2026, 4, 30), None, None, None,
         "New action added October 2025. Programme design agreed; first cohort due to start April 2026."),
        ("act", AFI5, "5.1", "Carry out an all-staff cultural survey and publish a 'You said, we did' response.",
         "DCFO", D(2025, 5, 31), D(2025, 7, 31), "G", "B",
         "Survey closed with a 58% response rate. 'You said, we did' published on the intranet in July 2025."),
        ("act", AFI5, "5.2", "Establish staff networks (women, LGBT+, neurodiversity), each with an SLT sponsor.",
         "EDI Manager", D(2025, 12, 31), None, "G", "G",
         "Women's and neurodiversity networks launched; LGBT+ network launch event planned for December."),
    ]
    r = 5
    spans = {}
    last = None
    start = None
    for item in rows:
        if item[0] == "band":
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True, size=12, color="FFFFFF")
            for cc in range(1, ncol + 1):
                ws.cell(row=r, column=cc).fill = solid("404040")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            last = None
        else:
            _, afi, ref, action, owner, due, rev, prev, cur, upd = item
            if afi != last:
                ws.cell(row=r, column=1, value=afi)
                start = r
                spans[start] = r
                last = afi
            else:
                spans[start] = r
            ws.cell(row=r, column=2, value=ref)
            ws.cell(row=r, column=3, value=action)
            ws.cell(row=r, column=4, value=owner)
            dc = ws.cell(row=r, column=5, value=due)
            if isinstance(due, dt.datetime):
                dc.number_format = "dd/mm/yyyy"
            rc = ws.cell(row=r, column=6, value=rev)
            if isinstance(rev, dt.datetime):
                rc.number_format = "dd/mm/yyyy"
            for col, v in ((7, prev), (8, cur)):
                cell = ws.cell(row=r, column=col, value=v)
                cell.alignment = Alignment(horizontal="center", vertical="top")
                if v:
                    cell.fill = solid(FILL[v])
                    cell.font = Font(bold=True)
            ws.cell(row=r, column=9, value=upd)
        box_row(ws, r, ncol)
        for col in (7, 8):
            ws.cell(row=r, column=col).alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    for s, e in spans.items():
        if e > s:
            ws.merge_cells(start_row=s, start_column=1, end_row=e, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value="Key:").font = Font(bold=True)
    r += 1
    for letter, meaning in [("B", "Complete – evidence held"), ("G", "On track"),
                            ("A", "At risk – may miss due date"), ("R", "Off track – due date missed")]:
        k = ws.cell(row=r, column=2, value=letter)
        k.fill = solid(FILL[letter])
        k.alignment = Alignment(horizontal="center")
        ws.cell(row=r, column=3, value=meaning)
        r += 1
    ws.freeze_panes = "C5"
    wb.save(os.path.join(HERE, "k2-humberside-frs-hmicfrs-afi-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 4. Essex Police PEEL AFI tracker (csv export)
# ---------------------------------------------------------------------------
def essex():
    Q1 = "Responding to the public"
    Q2 = "Investigating crime"
    Q3 = "Providing a service to victims of crime"
    Q4 = "Protecting vulnerable people"
    Q5 = "Building, supporting and protecting the workforce"
    F1 = ("The force should make sure it answers emergency and non-emergency calls within national standards "
          "and reduces the number of non-emergency calls abandoned.")
    F2 = "The force should make sure repeat and vulnerable callers are identified at the first point of contact."
    F3 = ("The force should make sure investigations are allocated to officers with the right skills and that "
          "supervisory oversight is recorded.")
    F4 = ("The force should make sure it complies with the Victims' Code and records victims' wishes when "
          "evidence-led prosecutions are considered.")
    F5 = "The force should make sure it uses protective orders, such as DVPNs and DVPOs, in all appropriate cases."
    F6 = ("The force should make sure it understands the wellbeing needs of its workforce and that supervisors "
          "have the time to support their teams.")
    rows = [
        ("1.1", Q1, F1, "Recruit contact centre staff to the approved establishment and introduce a dedicated non-emergency call-back team.",
         "Head of Contact Management", "31/03/2023", "Amber",
         "34 of 41 vacancies filled; call-back team live since October. 101 abandonment rate down to 18% but still above target.", "05/01/2023"),
        ("1.2", Q1, F1, "Introduce daily call-handling performance meetings and report 999 and 101 answer times weekly to the ACC Local Policing.",
         "Supt Contact Management", "30/11/2022", "Complete",
         "Daily meetings in place since September 2022; weekly report to ACC established.", "02/12/2022"),
        ("2.1", Q1, F2, "Deliver THRIVE+ refresher training to all call handlers and dispatchers, including use of the repeat caller flag.",
         "Contact Management Training Manager", "31/01/2023", "Green",
         "87% of call handlers and dispatchers trained; remaining staff booked on January sessions.", "04/01/2023"),
        ("3.1", Q2, F3, "Revise the crime allocation policy and build a mandatory investigation plan template into Athena.",
         "DCI Rachel Osei", "28/02/2023", "Green",
         "Revised policy approved at Crime Board. Athena template change submitted to the consortium for the February release.", "09/01/2023"),
        ("3.2", Q2, F3, "Dip-sample 50 investigations a month for supervisory oversight and feed results back to LPA commanders.",
         "Crime Standards Unit / LPA Commanders", "Monthly", "Green",
         "Dip samples completed for October to December; supervisory oversight recorded in 78% of cases, up from 61%.", "09/01/2023"),
        ("4.1", Q3, F4, "Add a mandatory Victims' Code compliance check to the investigation closure process.",
         "Head of Victim Services", "31/12/2022", "Complete",
         "Closure check live on Athena from 12 December 2022.", "13/12/2022"),
        ("5.1", Q4, F5, "Issue DVPN/DVPO guidance and a decision-making aide-memoire to all frontline supervisors.",
         "Det Supt Public Protection", "31/03/2023", "Green",
         "Guidance published on the intranet; aide-memoire being printed for issue with pocket notebooks.", "06/01/2023"),
        ("5.2", Q4, F5, "Review domestic abuse cases where no protective order was considered and report findings to the Vulnerability Board.",
         "Supt Jo Barker & DCI Tom Hale", "Quarterly", "Red",
         "First quarterly review not completed because of a vacancy in the analyst post. Interim manual review agreed for Q4.", "10/01/2023"),
        ("6.1", Q5, F6, "Carry out a workforce wellbeing needs analysis and publish a wellbeing action plan.",
         "Head of HR", "31/05/2023", "Not started",
         "Survey questions being agreed with staff associations and the Police Federation; launch planned for February.", "03/01/2023"),
        ("6.2", Q5, F6, "Provide wellbeing conversation training for all sergeants and police staff supervisors.",
         "Wellbeing Lead", "30/06/2023", "Green",
         "Training package commissioned from Oscar Kilo; first sessions scheduled for March.", "03/01/2023"),
    ]
    path = os.path.join(HERE, "k2-essex-police-peel-afi-tracker.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Essex Police – PEEL 2021/22 Areas for Improvement – Action Tracker"])
        w.writerow(["Report run: 12/01/2023 09:14 by Strategic Change – Inspection and Audit"])
        w.writerow([])
        w.writerow(["Ref", "Core question", "Area for improvement", "Action", "Action owner",
                    "Target date", "Status", "Latest update", "Last updated"])
        for row in rows:
            w.writerow(row)


# ---------------------------------------------------------------------------
# 5. Wealden CPC action plan (docx)
# ---------------------------------------------------------------------------
def wealden():
    doc = Document()
    set_font(doc, 9)
    landscape(doc)
    doc.add_paragraph("Wealden District Council – LGA Corporate Peer Challenge Action Plan", style="Title")
    doc.add_paragraph("Peer challenge on site: 20–23 February 2024    Progress update: November 2024")

    vt = doc.add_table(rows=1, cols=4)
    vt.style = "Table Grid"
    header_row(vt, ["Version", "Date", "Author", "Change"], fill="385623")
    for v in [("1.0", "02/07/2024", "Policy and Performance Team", "Approved by Cabinet"),
              ("1.1", "11/11/2024", "Policy and Performance Team", "Progress update for Overview and Scrutiny Committee")]:
        row = vt.add_row().cells
        for i, x in enumerate(v):
            row[i].text = x
    doc.add_paragraph("")
    doc.add_paragraph(
        "The Local Government Association's peer team found Wealden to be a well-run council with a strong "
        "financial base and a clear ambition to change. The team made six recommendations. This plan sets out "
        "how the council is responding to each of them; progress is reported to Cabinet and to the Overview "
        "and Scrutiny Committee every six months, ahead of the LGA progress review.")

    R1 = "1. Develop a clear, shared narrative for Wealden as a place, setting out the council's long-term ambition for the district with its partners."
    R2 = "2. Improve planning performance and applicants' experience of the planning service, including validation times and communication."
    R3 = "3. Progress the Local Plan to submission with a clear and properly resourced timetable."
    R4 = "4. Strengthen member development, including induction and training for committee chairs and new Cabinet members."
    R5 = "5. Refresh the Medium Term Financial Strategy to show how the budget gap from 2026/27 will be closed, with savings plans owned by members."
    R6 = "6. Develop a customer and digital strategy to modernise how residents access council services."
    rows = [
        (R1, "1a", "Hold member and partner workshops to agree a place narrative and long-term ambition for Wealden.",
         "Chief Executive", "September 2024", "0070C0",
         "Workshops held in June and September 2024 with town and parish councils, health and business partners. Narrative agreed by Cabinet in October."),
        (R1, "1b", "Publish the place narrative alongside the Council Strategy and use it in partnership funding bids.",
         "Head of Policy and Performance", "March 2025", "00B050",
         "Design work under way; the narrative has already been used in the UK Shared Prosperity Fund bid."),
        (R2, "2a", "Commission an independent review of the development management service and implement its recommendations.",
         "Head of Planning", "Sept 2024 – March 2025", "FFC000",
         "Review completed by PAS in October. Implementation slower than planned because of two vacant team leader posts."),
        (R2, "2b", "Introduce a planning performance dashboard reported quarterly to Overview and Scrutiny Committee.",
         "Head of Planning / Head of Policy and Performance", "December 2024", "00B050",
         "Dashboard built and will first be reported to the December meeting."),
        (R3, "3a", "Publish a revised Local Development Scheme with milestones through to submission.",
         "Planning Policy Manager", "July 2024", "0070C0",
         "Revised LDS approved by Cabinet and published on 17 July 2024."),
        (R4, "4a", "Agree a Member Development Programme with a cross-party member steering group.",
         "Head of Democratic Services", "October 2024", "0070C0",
         "Programme agreed by the steering group on 8 October 2024."),
        (R4, "4b", "Offer chairing skills and scrutiny training to all committee chairs and vice-chairs.",
         "Head of Democratic Services", "Ongoing", "00B050",
         "Two sessions delivered by the LGA; 14 of 18 chairs and vice-chairs have attended."),
        (R5, "5a", "Set out a savings and income programme for 2025/26 to 2027/28 within the refreshed MTFS.",
         "Chief Finance Officer (s151)", "February 2025", "FFC000",
         "Savings proposals identified for 2025/26; later years still to be developed, so the February date is at risk."),
        (R5, "5b", "Hold budget workshops for all members ahead of budget setting.",
         "Chief Finance Officer (s151)", "January 2025", "00B050",
         "First workshop held in November; second booked for January 2025."),
        (R6, "6a", "Develop and consult on a Customer Access Strategy.",
         "Head of Customer Services", "By 31 March 2025", None,
         "Not yet started; scoping to begin in January 2025."),
        (R6, "6b", "Replace the council website's content management system.",
         "Head of IT and Digital", "2025/26", "00B050",
         "Procurement route agreed; specification being drafted with the digital team."),
    ]
    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    header_row(t, ["Peer recommendation", "No.", "Action", "Lead", "Timescale", "RAG", "Progress (November 2024)"],
               fill="385623")
    first_row_of = {}
    for rec, no, action, lead, when, colour, prog in rows:
        cells = t.add_row().cells
        if rec not in first_row_of:
            cells[0].text = rec
            first_row_of[rec] = len(t.rows) - 1
        cells[1].text = no
        cells[2].text = action
        cells[3].text = lead
        cells[4].text = when
        if colour:
            shade(cells[5], colour)
        cells[6].text = prog
    # merge the recommendation cell down over its actions
    recs = list(first_row_of.items())
    for i, (rec, start) in enumerate(recs):
        end = (recs[i + 1][1] - 1) if i + 1 < len(recs) else len(t.rows) - 1
        if end > start:
            top = t.cell(start, 0)
            top.merge(t.cell(end, 0))
            # merge() concatenates paragraphs; keep only the recommendation text
            for p in top.paragraphs[1:]:
                p._element.getparent().remove(p._element)
    widths = [Cm(6), Cm(1.1), Cm(6), Cm(3.6), Cm(2.6), Cm(1.2), Cm(6)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    doc.add_paragraph("")
    doc.add_paragraph("RAG key: Blue – complete; Green – on track; Amber – some slippage against timescale; "
                      "Red – significantly off track; no shading – not yet started.")
    doc.save(os.path.join(HERE, "k2-wealden-cpc-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Chichester internal audit tracker (xlsx) - revised date typed "Apirl 2026" on row 14
# ---------------------------------------------------------------------------
def chichester():
    wb = Workbook()
    ws = wb.active
    ws.title = "Outstanding Recs"
    widths = [7, 9, 40, 42, 24, 12, 12, 13, 46]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[chr(64 + i)].width = w
    ncol = 9
    ws["A1"] = "Chichester District Council – Outstanding Internal Audit Recommendations"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Appendix 1 – Corporate Governance & Audit Committee, 26 January 2026"
    ws.merge_cells("A2:I2")
    hdr = ["Rec No.", "Priority", "Recommendation", "Agreed management action", "Responsible officer",
           "Original target date", "Revised target date", "Status", "Update (January 2026)"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = solid("BDD7EE")
    box_row(ws, 4, ncol)
    rows = [
        ("band", "Car Parks Income 2023/24 – Limited Assurance"),
        ("rec", 1, "High", "Reconcile pay-and-display and cashless parking income to the ledger each month, with evidence of review.",
         "Introduce a monthly reconciliation signed off by the Parking Services Manager, with variances over £500 investigated.",
         "Parking Services Manager", D(2024, 9, 30), D(2025, 12, 31), "Overdue",
         "Reconciliations completed for April to October 2025; sign-off evidence for earlier months still to be provided."),
        ("rec", 2, "Medium", "Review user access to the cashless parking back-office system and remove leavers promptly.",
         "Carry out a quarterly access review with ICT and remove all leaver accounts within five working days.",
         "Parking Services Manager", D(2024, 10, 31), None, "In progress",
         "First access review completed in November 2025; seven leaver accounts removed."),
        ("rec", 3, "Medium", "Record and bank cash collected from machines within agreed timescales, with dual control.",
         "Update the cash collection procedure and retrain collection staff on dual-control requirements.",
         "Parking Operations Team Leader", D(2024, 12, 31), D(2026, 3, 31), "In progress",
         "Procedure revised; training to be delivered once the new collection contract starts."),
        ("band", "Payroll 2024/25 – Reasonable Assurance"),
        ("rec", 1, "Medium", "Ensure all changes to standing data are independently checked before the payroll run.",
         "Introduce a second-officer check of all standing data changes, evidenced on the payroll checklist.",
         "HR and Payroll Manager", D(2025, 6, 30), None, "In progress",
         "Checklist updated; compliance to be tested by Internal Audit in the February follow-up."),
        ("rec", 2, "Low", "Update the payroll procedure notes to reflect the new HR/payroll system.",
         "Rewrite the payroll procedure notes and store them on the HR SharePoint site.",
         "Payroll Team Leader", D(2025, 8, 31), D(2026, 1, 31), "In progress",
         "Procedure notes 80% complete."),
        ("band", "Procurement and Contract Management 2024/25 – Limited Assurance"),
        ("rec", 1, "High", "Maintain a complete contracts register covering all contracts over £5,000.",
         "Publish a complete contracts register and require services to confirm their entries each quarter.",
         "Procurement Manager", D(2025, 3, 31), D(2025, 9, 30), "Overdue",
         "Register published; two services have not yet confirmed their entries."),
        ("rec", 2, "High", "Ensure waivers of Contract Standing Orders are approved and recorded before the contract is let.",
         "Introduce an electronic waiver form with approval by the s151 Officer and Monitoring Officer, and report waivers to this Committee annually.",
         "Procurement Manager", D(2025, 6, 30), "Apirl 2026", "In progress",
         "Electronic form built in the procurement system; testing with services planned for March."),
        ("rec", 3, "Medium", "Carry out and record contract management meetings for all high-value contracts.",
         "Issue a contract management toolkit and require quarterly contract meetings for contracts over £100,000.",
         "Procurement Manager", D(2025, 9, 30), None, "In progress",
         "Toolkit issued to contract managers in December 2025."),
        ("band", "Disabled Facilities Grants 2024/25 – Reasonable Assurance"),
        ("rec", 1, "Medium", "Check that works are completed to specification before final payment is made to contractors.",
         "Require a signed completion inspection on every case before final payment is authorised.",
         "Housing Standards Manager", D(2025, 7, 31), D(2025, 12, 31), "In progress",
         "Inspection form introduced; retrospective checks on 2025 cases under way."),
    ]
    r = 5
    for item in rows:
        if item[0] == "band":
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True)
            for cc in range(1, ncol + 1):
                ws.cell(row=r, column=cc).fill = solid("F2F2F2")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        else:
            _, no, pri, rec, mact, off, orig, rev, status, upd = item
            vals = [no, pri, rec, mact, off, orig, rev, status, upd]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            pc = ws.cell(row=r, column=2)
            pc.fill = solid({"High": "F8CBAD", "Medium": "FFE699", "Low": "C6E0B4"}[pri])
        box_row(ws, r, ncol)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Status: Overdue – original (or revised) target date passed; In progress – "
                                  "action under way within target; Implemented – removed from the next report.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
    r += 1
    ws.cell(row=r, column=1, value="Priority: High – fundamental control weakness; Medium – important; Low – desirable.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
    wb.save(os.path.join(HERE, "k2-chichester-internal-audit-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 7. Safer Basildon Partnership delivery action plan (tab-delimited text)
# ---------------------------------------------------------------------------
def basildon():
    ncols = 6
    lines = [
        ["Safer Basildon Partnership – Partnership Plan 2024/25: Delivery Action Plan"],
        ["Version 3 – Q2 update (position at 30 September 2024) – for Partnership Board, 17 October 2024"],
        [],
        ["Ref", "Action", "Lead", "Timescale", "RAG", "Q2 Update"],
        ["Priority 1: Violence and Vulnerability"],
        ["1.1", "Deliver knife crime and exploitation awareness sessions in every secondary school in the borough.",
         "BBC Community Safety Team / Essex Police", "Mar-25", "Green",
         "Sessions delivered in 7 of 10 secondary schools; remaining three booked for the spring term."],
        ["1.2", "Maintain the knife amnesty bins at Basildon Police Station and Pitsea and publicise surrender figures each quarter.",
         "Essex Police", "Ongoing", "Green",
         "43 bladed articles surrendered in Q2. Figures published on social media in July."],
        ["1.3", "Run a week of action in Basildon town centre during Operation Sceptre, including test purchases of knives at retailers.",
         "Basildon CPT Inspector", "Nov-24", "Complete",
         "Week of action brought forward to May 2024. 12 test purchases made, all refused; 2 arrests for possession of a bladed article."],
        [],
        ["Priority 2: Anti-social Behaviour and Feeling Safe"],
        ["2.1", "Deploy Community Safety Wardens to hotspot locations identified through monthly partnership tasking.",
         "BBC Community Safety Manager", "Apr 24 – Mar 25", "Green",
         "Wardens deployed to Pitsea and Laindon town centres and Gloucester Park following tasking; ASB reports in Pitsea down 14% on Q1."],
        ["2.2", "Install additional CCTV cameras on the Pitsea and Wickford station approaches and cut back vegetation on identified footpaths.",
         "BBC CCTV Manager / BBC Street Scene", "Dec-24", "Amber",
         "Vegetation work completed. Camera installation delayed awaiting Network Rail consent."],
        ["2.3", "Hold community engagement events in each locality, giving out free crime prevention materials.",
         "Safer Basildon Partnership", "Quarterly", "Green",
         "Five events held in Q2, including Basildon Festival; 620 residents engaged."],
        [],
        ["Priority 3: Domestic Abuse and Violence against Women and Girls"],
        ["3.1", "Launch the Basildon Women's Safety Charter and train signatory businesses to provide safe spaces.",
         "BBC Community Safety Manager", "Jan-25", "Amber",
         "Charter drafted with partners; launch moved to January to align with the night-time economy campaign."],
        ["3.2", "Promote the domestic abuse perpetrator programme referral pathway to all partners.",
         "ECC Domestic Abuse Commissioning Lead", "Mar-25", "Red",
         "Referrals remain well below target (4 in Q2). Provider and ECC to relaunch the pathway at the November DA forum."],
        [],
        ["Priority 4: Drugs and Exploitation"],
        ["4.1", "Share intelligence on county lines through the Basildon Exploitation Panel and disrupt identified lines.",
         "Essex Police", "Ongoing", "Green",
         "Panel meets fortnightly. Three lines disrupted in Q2 and 9 young people referred for support."],
        ["4.2", "Train taxi drivers, hoteliers and takeaway staff to spot and report signs of exploitation.",
         "BBC Licensing / Essex Police", "Feb-25", "Green",
         "Training included in taxi licence renewals from September; hotel sessions scheduled for November."],
        [],
        ["RAG key: Green = on track; Amber = some slippage; Red = not on track; Complete = action delivered"],
        ["BBC = Basildon Borough Council; ECC = Essex County Council; CPT = Community Policing Team"],
    ]
    path = os.path.join(HERE, "k2-safer-basildon-csp-action-plan.txt")
    with open(path, "w", encoding="utf-8", newline="") as f:
        for cells in lines:
            if cells and len(cells) < ncols and cells[0].startswith("Priority"):
                cells = cells + [""] * (ncols - len(cells))
            f.write("\t".join(cells) + "\r\n")


if __name__ == "__main__":
    kingston()
    guildford()
    humberside()
    essex()
    wealden()
    chichester()
    basildon()
    print("done")
