#!/usr/bin/env python3
"""Make the x2- case files of heldout58 (partnership and corporate plans).

Run with /work/main/.venv/bin/python x2_make.py  (needs python-docx and openpyxl).
Writes, beside this script:
  x2-solent-nhs-trust-board-action-tracker.xlsx
  x2-north-east-lincolnshire-scp-lcspr-child-t-action-plan.docx
  x2-gedling-cpc-action-plan-system-export.csv
  x2-exeter-csp-dhr-claire-action-plan.txt
  x2-oxford-health-nhsft-cqc-action-plan.xlsx
  x2-lichfield-strategic-risk-register-actions.xlsx
  x2-gateshead-sab-sar-kenneth-action-plan.docx
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
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))

RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "00B0F0"
GREY = "D9D9D9"
HEAD = "1F4E79"

thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def fit_rows(ws, first_row):
    """Give wrapped rows a height that shows their text (as Excel autofit would)."""
    import math
    merged = {}
    for rng in ws.merged_cells.ranges:
        if rng.min_row != rng.max_row:
            merged[(rng.min_row, rng.min_col)] = rng.max_row - rng.min_row + 1
    for row in ws.iter_rows(min_row=first_row):
        lines = 1
        for c in row:
            if c.value is None or not isinstance(c.value, str):
                continue
            if any(c.coordinate in rng and rng.min_col != rng.max_col for rng in ws.merged_cells.ranges):
                continue
            width = ws.column_dimensions[c.column_letter].width or 10
            n = sum(max(1, math.ceil(len(part) / (width * 1.1))) for part in c.value.split("\n"))
            n = math.ceil(n / merged.get((c.row, c.column), 1))
            lines = max(lines, n)
        if lines > 1:
            ws.row_dimensions[row[0].row].height = 15 * lines


def d(y, m, day):
    return dt.datetime(y, m, day)


# ----------------------------------------------------------------------------
# 1. Solent NHS Trust - In Public Board action tracker (xlsx)
# ----------------------------------------------------------------------------
def make_solent():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Tracker"
    ws["A1"] = "Solent NHS Trust – In Public Board Action Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Open actions as at the meeting on 2 October 2023"
    ws["A2"].font = Font(italic=True)
    heads = ["Action No.", "Minute ref", "Action", "Lead", "Due date",
             "Progress update", "RAG"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(HEAD)
        cell.border = BOX
        cell.alignment = WRAP
    rows = [
        ("H", "Actions carried forward from the meeting held on 3 April 2023"),
        ("A", "A23/012", "PB 18/23",
         "Present the outcome of the review of Freedom to Speak Up arrangements, "
         "including benchmarking of the number of concerns raised against peer "
         "community trusts.",
         "CoS", "05/06/2023\nRevised: 02/10/2023",
         "Benchmarking data received from the National Guardian's Office in July. "
         "Paper to People Committee in September and then to Board in October.",
         AMBER),
        ("A", "A23/015", "PB 21/23",
         "Provide a summary of waiting times for children's therapy services by "
         "locality, with the trajectory for recovery.",
         "COO", d(2023, 6, 5),
         "Now included in the IPR from June 2023 (section 4.2). Proposed for closure.",
         GREEN),
        ("H", "Actions from the meeting held on 5 June 2023"),
        ("A", "A23/022", "PB 33/23",
         "Bring the Patient Safety Incident Response Framework (PSIRF) first-year "
         "review to Board, including the themes from patient safety investigations.",
         "CN", d(2023, 8, 7),
         "Review presented to Quality Assurance Committee on 18 July; summary in "
         "the August Board pack. Proposed for closure.",
         GREEN),
        ("A", "A23/023", "PB 35/23",
         "Confirm the approach to reducing agency spend and the controls being "
         "applied to off-framework bookings.",
         "CFO/CPO", d(2023, 8, 7),
         "Verbal update given in August. Written paper deferred because of the "
         "Finance and Infrastructure Committee timetable.",
         RED),
        ("A", "A23/024", "PB 36/23",
         "Share the refreshed Green Plan with the Board for comment before it is "
         "submitted to the ICB.",
         "Director of Estates and Facilities", "Sept 2023",
         "Draft with Executive team; to be circulated to Board members virtually.",
         AMBER),
        ("A", "A23/026", "PB 38/23",
         "Arrange a Board development session on health inequalities and the "
         "Core20PLUS5 approach.",
         "CMO", "TBC",
         "Date being agreed with the Chair's office; likely to be combined with "
         "the strategy session in the new year.",
         AMBER),
        ("H", "Actions from the meeting held on 7 August 2023"),
        ("A", "A23/031", "PB 52/23",
         "Include staff sickness absence by service line in the next Integrated "
         "Performance Report.",
         "CPO", d(2023, 10, 2),
         "Data validated with service lines; will be included in the October IPR.",
         AMBER),
        ("A", "A23/032", "PB 53/23",
         "Circulate the stakeholder feedback on the Quality Account 2022/23 to "
         "Board members.",
         "CN", d(2023, 9, 30),
         "Circulated by email on 22 August 2023. Proposed for closure.",
         GREEN),
        ("A", "A23/033", "PB 55/23",
         "Review the Board Assurance Framework risk on digital infrastructure "
         "(BAF 7) in the light of the cyber incident at a neighbouring trust, and "
         "report back.",
         "CFO; Chief Information Officer", d(2023, 10, 2),
         "Review completed by the Digital Assurance Group; BAF 7 re-scored and "
         "included in today's BAF paper.",
         AMBER),
        ("A", "A23/034", "PB 57/23",
         "Update the Board on the outcome of the CQC well-led preparation workshops.",
         "CoS", "Dec 2023",
         "Not yet due.",
         None),
    ]
    r = 5
    for row in rows:
        if row[0] == "H":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            for c in range(1, 8):
                ws.cell(row=r, column=c).fill = fill(GREY)
                ws.cell(row=r, column=c).border = BOX
        else:
            _, no, minute, action, lead, due, prog, rag = row
            vals = [no, minute, action, lead, due, prog, None]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.border = BOX
                cell.alignment = WRAP
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            if rag:
                ws.cell(row=r, column=7).fill = fill(rag)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    r += 1
    for col, text in ((RED, "Overdue / off track"),
                      (AMBER, "In progress – not yet due"),
                      (GREEN, "Complete – proposed for closure")):
        ws.cell(row=r, column=1).fill = fill(col)
        ws.cell(row=r, column=2, value=text)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value=(
        "Closed actions are removed from the tracker once closure has been agreed "
        "by the Board."))
    r += 1
    ws.cell(row=r, column=1, value=(
        "CN – Chief Nurse; CFO – Chief Finance Officer; CPO – Chief People Officer; "
        "COO – Chief Operating Officer; CMO – Chief Medical Officer; CoS – Chief of Staff"))
    for col, w in zip("ABCDEFG", (11, 11, 55, 22, 14, 55, 8)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    fit_rows(ws, 5)
    wb.save(os.path.join(HERE, "x2-solent-nhs-trust-board-action-tracker.xlsx"))


# ----------------------------------------------------------------------------
# docx helpers
# ----------------------------------------------------------------------------
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)
    s.top_margin = s.bottom_margin = Cm(1.5)
    return s


RAG_FILL = {"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED,
            "Complete": BLUE}


# ----------------------------------------------------------------------------
# 2. North East Lincolnshire SCP - LCSPR Child T action plan (docx)
# ----------------------------------------------------------------------------
def make_nel():
    doc = Document()
    sec = landscape(doc)
    hp = sec.header.paragraphs[0]
    hp.text = "North East Lincolnshire Safeguarding Children Partnership"
    hp.runs[0].font.size = Pt(9)
    doc.add_paragraph(
        "Child T – Local Child Safeguarding Practice Review: Multi-Agency Action Plan",
        style="Title")

    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate((
            ("Owner", "NELSCP Learning and Improvement Subgroup"),
            ("Version", "v1.4"),
            ("Date of this update", "28 March 2024"),
            ("Next review", "Learning and Improvement Subgroup – June 2024"))):
        set_cell(t.cell(i, 0), k, bold=True)
        set_cell(t.cell(i, 1), v)

    doc.add_paragraph()
    doc.add_paragraph(
        "The Local Child Safeguarding Practice Review in respect of Child T was "
        "published in October 2023. The review made four recommendations for the "
        "Partnership. This plan sets out the multi-agency actions agreed in response, "
        "the lead for each action and progress to date. Progress is reported to the "
        "Learning and Improvement Subgroup every quarter and by exception to the "
        "Safeguarding Partners Executive.")

    heads = ["No.", "Action", "Lead", "Timescale", "Progress update (March 2024)", "RAG"]
    plan = [
        ("R", "Recommendation 1: All agencies should ensure that practitioners consider "
              "the lived experience of babies and non-mobile children where there are "
              "concerns about parental substance misuse."),
        ("1.1", "Refresh the NELSCP protocol for bruising in non-mobile babies and "
                "relaunch it through a practitioner briefing and 7-minute guide.",
         "NELSCP Business Manager", "April 2024",
         "Protocol refreshed and signed off by the Executive in February 2024. "
         "Launch briefing held 12 March; 7-minute guide published on the website.",
         "Blue"),
        ("1.2", "Audit a sample of 20 cases open to Children's Social Care where parental "
                "substance misuse is a presenting factor, to test whether the baby's "
                "daily lived experience is recorded.",
         "NELC Head of Safeguarding and Quality Assurance", "Q1 2024/25",
         "Audit tool agreed by the Quality Assurance Subgroup. Case selection under way.",
         "Green"),
        ("R", "Recommendation 2: Health partners should strengthen information sharing "
              "between maternity, health visiting and GP practices for families with "
              "known vulnerabilities."),
        ("2.1", "Introduce a standard maternity to health visiting handover template for "
                "all families flagged as vulnerable in pregnancy.",
         "Designated Nurse Safeguarding Children", "31/03/2024",
         "Template launched January 2024. Compliance at 78% against a 95% target; "
         "re-audit planned for June 2024.",
         "Amber"),
        ("2.2", "Ensure GP practices receive notification of all Child Protection "
                "Conferences and are invited to submit a report.",
         "Named GP / Designated Doctor", "Sept 2023 – March 2024",
         "Conference invitations now go to practice safeguarding mailboxes. Report "
         "return rate has risen from 41% to 69%.",
         "Green"),
        ("R", "Recommendation 3: The Partnership should seek assurance that the Graded "
              "Care Profile 2 is used consistently where neglect is a concern."),
        ("3.1", "Deliver multi-agency GCP2 training to a further 60 practitioners across "
                "early help, health and education.",
         "NELSCP Training Coordinator", "Ongoing",
         "Four sessions delivered (48 practitioners). Further dates set for May and June.",
         "Green"),
        ("3.2", "Add GCP2 completion to the neglect dataset reported to the Performance "
                "and Quality Subgroup each quarter.",
         "NELC Performance Manager", "June 2024",
         "Not started – the data field is not yet available in the case management "
         "system. Raised with the Liquidlogic project team.",
         "Red"),
        ("R", "Recommendation 4: Humberside Police and Children's Social Care should "
              "review the arrangements for joint strategy discussions outside office "
              "hours."),
        ("4.1", "Dip sample out-of-hours strategy discussions to establish whether police "
                "attendance and recording met the expected standard.",
         "Detective Chief Inspector (PPU) & EDT Manager", "End of May 2024",
         "Sample identified. Dip sample delayed by staffing changes in the Public "
         "Protection Unit.",
         "Amber"),
        ("4.2", "Update the joint protocol for out-of-hours strategy discussions and "
                "circulate it to all EDT and police staff.",
         "NELC Head of Safeguarding and Quality Assurance", "December 2023",
         "Protocol updated and circulated on 14/12/2023.",
         "Complete"),
    ]
    tbl = doc.add_table(rows=1, cols=6)
    tbl.style = "Table Grid"
    for i, h in enumerate(heads):
        set_cell(tbl.rows[0].cells[i], h, bold=True)
        shade(tbl.rows[0].cells[i], "BDD7EE")
    for item in plan:
        cells = tbl.add_row().cells
        if item[0] == "R":
            m = cells[0].merge(cells[5])
            set_cell(m, item[1], bold=True)
            shade(m, "E7E6E6")
        else:
            for i, v in enumerate(item):
                set_cell(cells[i], v)
            shade(cells[5], RAG_FILL[item[5]])
    tbl.autofit = False
    widths = (Cm(1.2), Cm(7.5), Cm(4.2), Cm(3.0), Cm(7.5), Cm(2.0))
    for row in tbl.rows:
        for c, w in zip(row.cells, widths):
            c.width = w

    doc.add_paragraph()
    doc.add_paragraph("RAG rating key", style="Heading 3")
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for i, (col, txt) in enumerate(((BLUE, "Blue – action complete and embedded"),
                                    (GREEN, "Green – on track to meet timescale"),
                                    (AMBER, "Amber – some delay, remedial action in place"),
                                    (RED, "Red – off track or not started"))):
        shade(k.cell(i, 0), col)
        set_cell(k.cell(i, 1), txt)
    doc.save(os.path.join(HERE, "x2-north-east-lincolnshire-scp-lcspr-child-t-action-plan.docx"))


# ----------------------------------------------------------------------------
# 3. Gedling BC - LGA Corporate Peer Challenge action plan, system export (csv)
# ----------------------------------------------------------------------------
def make_gedling():
    n = 8
    rows = [
        ["Gedling Borough Council - LGA Corporate Peer Challenge 2022: Action Plan Progress"] + [""] * (n - 1),
        ["Report generated: 14/03/2023 09:31"] + [""] * (n - 1),
        ["Filter: Plan = CPC 2022; Status = All"] + [""] * (n - 1),
        [],
        ["Code", "Action", "Assigned To", "Original Due Date", "Due Date", "RAG",
         "Progress %", "Latest Note"],
        ["CPC-R1", "Recommendation 1: Refresh the Gedling Plan so that it sets out a clear "
                   "long-term ambition for the borough beyond 2023", "", "", "", "", "", ""],
        ["CPC-R1.01", "Hold member and officer workshops to agree the council's long-term "
                      "ambition and priorities for the new Gedling Plan 2023-27",
         "Mike Ellis", "31/10/2022", "31/10/2022", "Completed", "100",
         "Three workshops held in September and October 2022 with Cabinet, an all-member "
         "session and the Senior Leadership Team."],
        ["CPC-R1.02", "Consult residents and partners on the draft Gedling Plan",
         "Mike Ellis; Helen Stokes", "31/01/2023", "28/02/2023", "Green", "75",
         "Consultation ran 9 January to 5 February 2023 with 1,142 responses. Results "
         "being analysed for Cabinet in March."],
        ["CPC-R1.03", "Publish the new Gedling Plan with a performance framework of "
                      "measurable outcomes",
         "Director of Corporate Resources and Performance", "30/04/2023", "30/04/2023",
         "Green", "40",
         "Performance measures drafted with service managers. On track for Council "
         "approval in April."],
        ["CPC-R2", "Recommendation 2: Set out a credible plan to close the budget gap over "
                   "the medium term, including the contribution expected from "
                   "transformation", "", "", "", "", "", ""],
        ["CPC-R2.01", "Refresh the Medium Term Financial Plan and present savings options "
                      "for 2023/24 to 2026/27 to Cabinet",
         "Alison Carter", "31/12/2022", "09/02/2023", "Completed", "100",
         "Revised MTFP approved by Council on 2 March 2023 with a savings programme of "
         "£1.9m."],
        ["CPC-R2.02", "Establish a Transformation Board chaired by the Chief Executive to "
                      "oversee delivery of efficiency and income projects",
         "Chief Executive", "30/11/2022", "30/11/2022", "Completed", "100",
         "Board established; first meeting held 17 November 2022."],
        ["CPC-R2.03", "Develop business cases for the top five income generation "
                      "opportunities, including commercial property and garden waste "
                      "pricing",
         "Alison Carter; Paul Brennan", "31/03/2023", "30/06/2023", "Amber", "30",
         "Two business cases complete. The other three are delayed by capacity in "
         "Property Services; revised date agreed by SLT."],
        ["CPC-R3", "Recommendation 3: Invest in member development and strengthen the "
                   "member-officer working relationship", "", "", "", "", "", ""],
        ["CPC-R3.01", "Launch a refreshed member development programme, with a skills "
                      "audit for all councillors following the May 2023 elections",
         "Democratic Services Manager", "31/07/2023", "31/07/2023", "Not Started", "0",
         "Programme will be launched after the borough elections in May 2023."],
        ["CPC-R3.02", "Agree and publish a member-officer protocol",
         "Head of Governance and Customer Services", "31/12/2022", "31/03/2023", "Red",
         "60",
         "Draft considered by Standards Committee in January and further changes "
         "requested. Now going back to Standards Committee on 21 March."],
        ["CPC-R4", "Recommendation 4: Develop a workforce strategy that addresses "
                   "recruitment and retention pressures in key services",
         "", "", "", "", "", ""],
        ["CPC-R4.01", "Produce a workforce strategy and action plan informed by the staff "
                      "survey results",
         "HR Manager", "31/03/2023", "31/03/2023", "Green", "70",
         "Staff survey closed in January with a 63% response rate. Draft strategy to SLT "
         "on 28 March."],
        ["CPC-R4.02", "Review market supplements and career grades for planning, "
                      "environmental health and legal roles",
         "HR Manager; Head of Development and Place", "30/09/2023", "30/09/2023",
         "Green", "20",
         "Benchmarking with East Midlands Councils under way."],
        ["CPC-R5", "Recommendation 5: Strengthen the council's place leadership role with "
                   "partners, including the Integrated Care System and Nottinghamshire "
                   "County Council", "", "", "", "", "", ""],
        ["CPC-R5.01", "Agree a shared statement of priorities with the South "
                      "Nottinghamshire Place-Based Partnership",
         "Chief Executive", "31/03/2023", "30/06/2023", "Green", "50",
         "Priorities workshop held with PBP partners in February. Statement to be "
         "agreed at the PBP board in June."],
    ]
    with open(os.path.join(HERE, "x2-gedling-cpc-action-plan-system-export.csv"), "w",
              newline="", encoding="utf-8") as f:
        w = csv.writer(f, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        for row in rows:
            w.writerow(row)


# ----------------------------------------------------------------------------
# 4. Exeter CSP - DHR "Claire" action plan (plain text) - carries a mistyped month
# ----------------------------------------------------------------------------
DHR_LINES = [
    "Exeter Community Safety Partnership - Domestic Homicide Review \"Claire\" (DHR 2022/03): Action Plan",
    "Progress update for the CSP Board, 16 January 2025",
    "",
    "The Review Panel's recommendations were accepted by the Exeter Community Safety",
    "Partnership in March 2024 and the Home Office Quality Assurance Panel approved the",
    "report for publication in June 2024. Each agency has agreed the actions below.",
    "Progress is reported to the CSP Board every quarter.",
    "",
    "RAG:  Blue = complete   Green = on track   Amber = some slippage   Red = off track",
    "",
    "======================================================================",
    "RECOMMENDATION 1 (Local)",
    "All agencies should ensure that staff routinely ask about domestic abuse when an",
    "adult discloses low mood, self-harm or suicidal thoughts.",
    "======================================================================",
    "",
    "1.1  Action:       Add a routine enquiry prompt to the GP safeguarding template",
    "                   used by Exeter practices.",
    "     Lead:         Designated Nurse Safeguarding Adults (NHS Devon)",
    "     Target date:  September 2024",
    "     Update:       Prompt added to the SystmOne template and live in all Exeter",
    "                   practices from 2 September 2024.",
    "     RAG:          Blue",
    "",
    "1.2  Action:       Include routine enquiry in the Devon Partnership Trust",
    "                   adult mental health triage script.",
    "     Lead:         DPT Head of Safeguarding",
    "     Target date:  December 2024",
    "     Update:       Script revised and tested with the First Response Service.",
    "                   Roll-out to community teams under way.",
    "     RAG:          Green",
    "",
    "======================================================================",
    "RECOMMENDATION 2 (Local)",
    "The CSP should be assured that the risk of economic abuse is understood by",
    "housing and debt advice services.",
    "======================================================================",
    "",
    "2.1  Action:       Deliver economic abuse training, with Surviving Economic",
    "                   Abuse, to Exeter City Council housing options and revenues",
    "                   staff.",
    "     Lead:         Exeter City Council Community Safety Manager",
    "     Target date:  November 2024",
    "     Update:       Two sessions delivered to 38 staff in October and November.",
    "     RAG:          Blue",
    "",
    "2.2  Action:       Agree a referral route from Citizens Advice Exeter to the",
    "                   Devon Domestic Abuse Support Service for clients who",
    "                   disclose financial control by a partner.",
    "     Lead:         Citizens Advice Exeter / Splitz Support Service",
    "     Target date:  Janaury 2025",
    "     Update:       Draft referral route shared with both agencies for comment.",
    "     RAG:          Green",
    "",
    "======================================================================",
    "RECOMMENDATION 3 (Regional)",
    "Devon and Cornwall Police should review how repeat victims are identified when",
    "incidents are recorded under different names or addresses.",
    "======================================================================",
    "",
    "3.1  Action:       Review the repeat victim flag in the force Niche system and",
    "                   issue guidance to call handlers and attending officers.",
    "     Lead:         Devon and Cornwall Police - Head of Public Protection",
    "     Target date:  March 2025",
    "     Update:       Review completed; guidance drafted and with Force Crime",
    "                   Registrar for approval.",
    "     RAG:          Green",
    "",
    "3.2  Action:       Dip sample 50 domestic abuse incidents to test whether repeat",
    "                   victims are being identified and report findings to the CSP.",
    "     Lead:         Devon and Cornwall Police - Head of Public Protection",
    "     Target date:  June 2025",
    "     Update:       Not yet started; planned for Q1 2025/26.",
    "     RAG:          ",
    "",
    "======================================================================",
    "RECOMMENDATION 4 (Local)",
    "The CSP should share the learning from this review with practitioners across",
    "the partnership.",
    "======================================================================",
    "",
    "4.1  Action:       Publish a learning briefing and hold a multi-agency learning",
    "                   event.",
    "     Lead:         CSP Coordinator",
    "     Target date:  Ongoing",
    "     Update:       Learning briefing published July 2024. Event held 24 October",
    "                   2024 (71 attendees). Learning now included in the DA training",
    "                   offer.",
    "     RAG:          Green",
    "",
    "Document owner: Exeter CSP Coordinator. Next update: April 2025 CSP Board.",
]


def make_exeter():
    path = os.path.join(HERE, "x2-exeter-csp-dhr-claire-action-plan.txt")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(DHR_LINES) + "\n")
    for i, line in enumerate(DHR_LINES, 1):
        if "Janaury" in line:
            print("exeter: mistyped month on line", i)


# ----------------------------------------------------------------------------
# 5. Oxford Health NHS FT - CQC inspection action plan (xlsx)
# ----------------------------------------------------------------------------
def make_oxford():
    wb = Workbook()
    ws = wb.active
    ws.title = "CQC Action Plan"
    ws["A1"] = "Oxford Health NHS Foundation Trust – CQC Inspection Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Inspection 30 July – 25 September 2019; report published 13 December "
                "2019. Progress position at 31 March 2020.")
    ws["A2"].font = Font(italic=True)
    heads = ["Ref", "CQC Must Do / Should Do", "Action", "Responsible lead",
             "Target date", "Revised target date", "Progress update / evidence", "RAG"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("305496")
        cell.border = BOX
        cell.alignment = WRAP
    # ("S", section) ; ("Q", requirement, [actions]) where action =
    # (ref, action, lead, target, target_fmt, revised, progress, rag_letter)
    plan = [
        ("S", "Trust-wide (well-led)"),
        ("Q", "MD1 – The trust must ensure that all relevant staff complete Immediate "
              "Life Support training in line with the trust target.", [
            ("1.1", "Increase ILS course capacity by commissioning additional training "
                    "days from the resuscitation team.",
             "Director of Nursing and Clinical Standards", d(2020, 3, 31), "dd/mm/yyyy",
             d(2020, 6, 30),
             "Additional sessions scheduled from February. Face-to-face training paused "
             "from 23 March because of COVID-19; revised date agreed at Quality "
             "Committee.", "A"),
            ("1.2", "Report ILS compliance by team each month through the Quality and "
                    "Performance dashboard.",
             "Head of Learning and Development", d(2020, 2, 1), "mmm-yy", None,
             "Team-level compliance included in the dashboard from the February report.",
             "B"),
        ]),
        ("S", "Community-based mental health services for adults of working age"),
        ("Q", "MD2 – The trust must ensure that patient risk assessments are updated "
              "following every significant change in presentation.", [
            ("2.1", "Re-issue the clinical risk assessment standard to all adult community "
                    "teams with a practitioner briefing.",
             "Adult Directorate Clinical Director", d(2020, 1, 1), "mmm-yy", None,
             "Standard re-issued 8 January; briefings delivered at all team meetings.",
             "B"),
            ("2.2", "Audit 10 records per team each month and feed back the results "
                    "through team business meetings.",
             "Head of Nursing (Adult)", "Monthly from Feb-20", None, None,
             "February and March audits completed; compliance 81% and 86%.", "G"),
        ]),
        ("Q", "SD1 – The trust should ensure that patients waiting for allocation to a "
              "care co-ordinator are regularly contacted and their risk reviewed.", [
            ("2.3", "Introduce a waiting list protocol with a 4-weekly contact standard "
                    "and RAG-rated caseload review.",
             "Service Manager (Oxon AMHT) / Head of Nursing (Adult)", d(2020, 4, 30),
             "dd/mm/yyyy", None,
             "Protocol drafted but not yet ratified; the Clinical Governance meeting of "
             "15 April has been stood down.", "R"),
        ]),
        ("S", "Wards for older people with mental health problems"),
        ("Q", "MD3 – The trust must ensure that ligature risk assessments are up to date "
              "and that staff know the ligature risks on each ward.", [
            ("3.1", "Complete annual ligature risk assessments for all older adult wards "
                    "and hold them on the ward shared drive.",
             "Estates Compliance Manager", d(2019, 12, 1), "mmm-yy", None,
             "All assessments completed and uploaded; checked at the January "
             "environmental audit.", "B"),
            ("3.2", "Include ligature risk awareness in the local induction checklist for "
                    "all new and bank staff.",
             "Ward Managers", "Q4 2019/20", None, None,
             "Checklist amended and being rolled out across the wards.", "G"),
        ]),
        ("Q", "SD2 – The trust should ensure that patients' physical health observations "
              "are recorded using NEWS2 and escalated appropriately.", [
            ("3.3", "Roll out NEWS2 e-observations on the older adult wards.",
             "Physical Health Lead Nurse", "Sept 2020", None, None,
             "Dependent on the EPR upgrade; not started.", None),
        ]),
        ("S", "Mental health crisis services and health-based places of safety"),
        ("Q", "MD4 – The trust must ensure that the health-based place of safety is only "
              "opened when it can be safely staffed.", [
            ("4.1", "Agree an escalation protocol with Thames Valley Police for times when "
                    "the place of safety is closed.",
             "Head of Urgent Care", d(2020, 1, 31), "dd/mm/yyyy", None,
             "Protocol signed by both organisations on 27 January 2020.", "B"),
        ]),
    ]
    rag_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    r = 5
    for item in plan:
        if item[0] == "S":
            ws.cell(row=r, column=1, value=item[1]).font = Font(bold=True, color="FFFFFF")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            for c in range(1, 9):
                ws.cell(row=r, column=c).fill = fill("8EA9DB")
            r += 1
            continue
        _, req, actions = item
        top = r
        for (ref, act, lead, target, tfmt, revised, prog, rag) in actions:
            ws.cell(row=r, column=1, value=ref)
            ws.cell(row=r, column=3, value=act)
            ws.cell(row=r, column=4, value=lead)
            tc = ws.cell(row=r, column=5, value=target)
            if tfmt:
                tc.number_format = tfmt
            if revised is not None:
                rc = ws.cell(row=r, column=6, value=revised)
                rc.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=7, value=prog)
            if rag:
                ws.cell(row=r, column=8, value=rag).fill = fill(rag_fill[rag])
                ws.cell(row=r, column=8).alignment = Alignment(horizontal="center",
                                                               vertical="top")
            for c in range(1, 9):
                ws.cell(row=r, column=c).border = BOX
                if c != 8:
                    ws.cell(row=r, column=c).alignment = WRAP
            r += 1
        ws.cell(row=top, column=2, value=req)
        ws.cell(row=top, column=2).alignment = WRAP
        if r - 1 > top:
            ws.merge_cells(start_row=top, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    r += 1
    for letter, text in (("B", "Complete – evidence verified by the Quality team"),
                         ("G", "On track to meet target date"),
                         ("A", "At risk of not meeting target date"),
                         ("R", "Target date missed / off track")):
        ws.cell(row=r, column=1, value=letter).fill = fill(rag_fill[letter])
        ws.cell(row=r, column=2, value=text)
        r += 1
    for col, w in zip("ABCDEFGH", (6, 45, 50, 28, 13, 13, 50, 6)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    fit_rows(ws, 5)
    wb.save(os.path.join(HERE, "x2-oxford-health-nhsft-cqc-action-plan.xlsx"))


# ----------------------------------------------------------------------------
# 6. Lichfield DC - strategic risk register, further actions (xlsx, two sheets)
# ----------------------------------------------------------------------------
def make_lichfield():
    wb = Workbook()
    s1 = wb.active
    s1.title = "Summary"
    s1["A1"] = "Lichfield District Council – Strategic Risk Register Q2 2024/25"
    s1["A1"].font = Font(bold=True, size=14)
    s1["A2"] = "Reported to Audit Committee, 21 November 2024"
    heads = ["Risk", "Risk description", "Risk owner", "Inherent score",
             "Current score", "Target score", "Direction of travel"]
    for c, h in enumerate(heads, 1):
        cell = s1.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill(GREY)
        cell.border = BOX
    risks = [
        ("SR1", "Failure to deliver a balanced and sustainable Medium Term Financial "
                "Strategy", "Chief Executive", 20, 12, 8, "↔"),
        ("SR2", "Failure to adopt an up-to-date Local Plan", "Director of Place and "
                "Community", 16, 12, 6, "↑"),
        ("SR3", "Cyber attack resulting in loss of systems or data", "Head of Corporate "
                "Services", 20, 9, 6, "↓"),
        ("SR4", "Delivery of major projects (Burntwood Leisure Centre and Birmingham "
                "Road Site)", "Director of Place and Community", 16, 16, 8, "↑"),
    ]

    def score_fill(v):
        return RED if v >= 15 else (AMBER if v >= 8 else GREEN)

    r = 5
    for risk in risks:
        for c, v in enumerate(risk, 1):
            cell = s1.cell(row=r, column=c, value=v)
            cell.border = BOX
            cell.alignment = WRAP
            if c in (4, 5, 6):
                cell.fill = fill(score_fill(v))
        r += 1
    s1.cell(row=r + 1, column=1, value=(
        "Scores are likelihood x impact (1–5 each). Red 15–25, Amber 8–14, Green 1–7. "
        "Further actions for each risk are on the 'Further actions' sheet."))
    for col, w in zip("ABCDEFG", (7, 60, 32, 10, 10, 10, 10)):
        s1.column_dimensions[col].width = w
    fit_rows(s1, 5)

    ws = wb.create_sheet("Further actions")
    ws["A1"] = "Lichfield District Council – Strategic Risk Register Q2 2024/25"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Further actions to bring each strategic risk to its target score"
    heads = ["Ref", "Further action", "Action owner", "Target date", "Q2 progress",
             "Status"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill(GREY)
        cell.border = BOX
    st_fill = {"Complete": BLUE, "On track": GREEN, "Behind schedule": AMBER,
               "Significantly delayed": RED, "Not started": None}
    rows = [
        ("H", "SR1: Failure to deliver a balanced and sustainable Medium Term Financial "
              "Strategy"),
        ("SR1.1", "Deliver the 2024/25 savings and income programme and report progress "
                  "to Cabinet each quarter.", "Section 151 Officer",
         d(2025, 3, 31), "dd-mmm-yy",
         "£612k of the £890k target delivered at month 6; the remainder is forecast "
         "by year end.", "On track"),
        ("SR1.2", "Review the fees and charges policy and model options for the 2025/26 "
                  "budget.", "Section 151 Officer / Head of Corporate Services",
         d(2024, 12, 31), "dd-mmm-yy",
         "Options paper being prepared for the December Cabinet.", "On track"),
        ("H", "SR2: Failure to adopt an up-to-date Local Plan"),
        ("SR2.1", "Respond to the proposed changes to the National Planning Policy "
                  "Framework and agree a revised Local Development Scheme.",
         "Head of Spatial Planning", "Q3 2024/25", None,
         "Awaiting the final NPPF; the LDS will be revised within three months of "
         "publication.", "Behind schedule"),
        ("SR2.2", "Complete the update of the evidence base on housing need and "
                  "employment land.", "Head of Spatial Planning", d(2025, 3, 1),
         "mmm-yy", "Consultants appointed; housing need assessment at draft stage.",
         "On track"),
        ("H", "SR3: Cyber attack resulting in loss of systems or data"),
        ("SR3.1", "Complete the PSN compliance health check and remediate all critical "
                  "and high vulnerabilities.", "ICT Manager", d(2024, 9, 30),
         "dd-mmm-yy",
         "Health check completed in August 2024; all critical and high items "
         "remediated.", "Complete"),
        ("SR3.2", "Run a cyber incident tabletop exercise with Leadership Team.",
         "ICT Manager & Emergency Planning Officer", d(2025, 1, 1), "mmm-yy",
         "To be scheduled with the Local Resilience Forum.", "Not started"),
        ("SR3.3", "Achieve 95% completion of the mandatory cyber awareness training.",
         "Head of Corporate Services", "Ongoing", None,
         "Completion at 84%; reminders issued through managers.", "Behind schedule"),
        ("H", "SR4: Delivery of major projects (Burntwood Leisure Centre and Birmingham "
              "Road Site)"),
        ("SR4.1", "Agree the delivery route and funding strategy for the Birmingham Road "
                  "Site with Cabinet.", "Director of Place and Community",
         "30 November 2024", None,
         "Report deferred pending the outcome of the Government's review of Levelling "
         "Up funding.", "Significantly delayed"),
        ("SR4.2", "Hold monthly project board meetings for the new Burntwood Leisure "
                  "Centre with risk and budget reporting.", "Head of Operational Services",
         "Monthly", None,
         "Board meeting monthly; contingency drawdown reported to Cabinet in October.",
         "On track"),
    ]
    r = 5
    for row in rows:
        if row[0] == "H":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            for c in range(1, 7):
                ws.cell(row=r, column=c).fill = fill("DDEBF7")
                ws.cell(row=r, column=c).border = BOX
        else:
            ref, act, owner, target, tfmt, prog, status = row
            for c, v in enumerate((ref, act, owner, target, prog, status), 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.border = BOX
                cell.alignment = WRAP
            if tfmt:
                ws.cell(row=r, column=4).number_format = tfmt
            if st_fill[status]:
                ws.cell(row=r, column=6).fill = fill(st_fill[status])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Status key").font = Font(bold=True)
    r += 1
    for status in ("Complete", "On track", "Behind schedule", "Significantly delayed",
                   "Not started"):
        cell = ws.cell(row=r, column=1, value=status)
        if st_fill[status]:
            cell.fill = fill(st_fill[status])
        r += 1
    for col, w in zip("ABCDEF", (8, 55, 30, 14, 50, 20)):
        ws.column_dimensions[col].width = w
    fit_rows(ws, 5)
    wb.save(os.path.join(HERE, "x2-lichfield-strategic-risk-register-actions.xlsx"))


# ----------------------------------------------------------------------------
# 7. Gateshead SAB - SAR "Kenneth" action plan (docx)
# ----------------------------------------------------------------------------
def make_gateshead():
    doc = Document()
    landscape(doc)
    doc.add_paragraph(
        "Gateshead Safeguarding Adults Board – Safeguarding Adults Review 'Kenneth': "
        "Action Plan", style="Title")

    doc.add_paragraph("Version control", style="Heading 2")
    vc = doc.add_table(rows=4, cols=4)
    vc.style = "Table Grid"
    for i, row in enumerate((("Version", "Date", "Author", "Comments"),
                             ("0.3", "14/06/2024", "GSAB Business Manager",
                              "Draft for the Quality, Learning and Practice subgroup"),
                             ("1.0", "02/07/2024", "GSAB Business Manager",
                              "Approved by the Board"),
                             ("1.2", "28/01/2025", "Safeguarding Partnership Officer",
                              "Progress update for QLP subgroup"))):
        for j, v in enumerate(row):
            set_cell(vc.cell(i, j), v, bold=(i == 0))

    doc.add_paragraph()
    doc.add_paragraph(
        "Kenneth was 78 when he died at home in 2023. He lived alone, had been "
        "discharged from hospital three weeks earlier and had declined most offers of "
        "care and support. The review, carried out by an independent reviewer on behalf "
        "of the SAR and Complex Cases subgroup, made five recommendations. The actions "
        "below were agreed by partners and are monitored by the Quality, Learning and "
        "Practice (QLP) subgroup.")

    heads = ["No.", "Recommendation", "Action", "Lead", "Target date",
             "Progress update (January 2025)", "RAG"]
    plan = [
        ("T", "Theme 1: Self-neglect and hoarding"),
        ("R", "R1. Partners should assure the Board that the multi-agency self-neglect "
              "and hoarding protocol is understood and used by front-line practitioners.", [
            ("1.1", "Relaunch the self-neglect and hoarding protocol through practitioner "
                    "briefings and a 7-minute briefing on Kenneth's case.",
             "GSAB Business Manager", "October 2024",
             "Two briefings held (September and October 2024) attended by 112 "
             "practitioners. 7-minute briefing published on the GSAB website.", "Blue"),
            ("1.2", "Undertake a multi-agency audit of self-neglect cases referred in the "
                    "last 12 months to test use of the protocol and the quality of risk "
                    "assessment.",
             "Chair of QLP Subgroup", "Q4 24/25",
             "Audit tool agreed and 15 cases identified. Audit day booked for 5 March "
             "2025.", "Green"),
        ]),
        ("R", "R2. Gateshead Housing and Tyne and Wear Fire and Rescue Service should "
              "agree how fire risk information is shared where a tenant is known to "
              "hoard.", [
            ("2.1", "Develop a referral pathway from Gateshead Housing to TWFRS for Safe "
                    "and Well visits where hoarding is identified at a tenancy visit.",
             "Gateshead Housing & TWFRS", "Dec 2024 (revised to Feb 2025)",
             "Pathway drafted. Sign-off delayed while the data sharing agreement is "
             "updated; revised date agreed at QLP.", "Amber"),
        ]),
        ("T", "Theme 2: Mental capacity and executive functioning"),
        ("R", "R3. The Board should seek assurance that practitioners consider executive "
              "functioning when assessing the capacity of adults who decline care and "
              "support.", [
            ("3.1", "Commission MCA training on executive capacity for adult social care, "
                    "primary care and housing staff.",
             "Principal Social Worker (Adults)", "31st March 2025",
             "Trainer commissioned; four sessions scheduled for February and March 2025.",
             "Green"),
            ("3.2", "Add a prompt on executive functioning to the mental capacity "
                    "assessment form in the adult social care case recording system.",
             "Principal Social Worker (Adults) / Systems Team Manager", "End of June 2025",
             "Change request submitted; awaiting a slot in the development schedule.",
             "Amber"),
        ]),
        ("T", "Theme 3: Hospital discharge and transitions of care"),
        ("R", "R4. Gateshead Health NHS Foundation Trust and Adult Social Care should "
              "ensure that the discharge plan for a person who self-neglects includes a "
              "follow-up contact within 72 hours.", [
            ("4.1", "Amend the discharge checklist to include a 72-hour follow-up for "
                    "patients identified as self-neglecting.",
             "Head of Safeguarding (Gateshead Health NHS FT)", "September 2024",
             "Checklist amended and in use on all adult wards at the QE from 1 September "
             "2024.", "Blue"),
            ("4.2", "Audit compliance with the 72-hour follow-up standard after six "
                    "months.",
             "Head of Safeguarding (Gateshead Health NHS FT)", "March 2025",
             "Audit scheduled for March 2025.", "Green"),
        ]),
        ("R", "R5. All partners should ensure that the views of family members are sought "
              "and recorded when an adult's circumstances are deteriorating.", [
            ("5.1", "Include family involvement as a standing question in the GSAB "
                    "multi-agency case file audit programme.",
             "GSAB Business Manager", "Ongoing",
             "Question added to the audit tool from the January 2025 audit.", "Green"),
            ("5.2", "Each partner agency to give the Board a written assurance statement "
                    "on how family views are recorded in their agency.",
             "All GSAB partner agencies", "June 2025",
             "Request to be issued after the April Board.", ""),
        ]),
    ]
    tbl = doc.add_table(rows=1, cols=7)
    tbl.style = "Table Grid"
    for i, h in enumerate(heads):
        set_cell(tbl.rows[0].cells[i], h, bold=True)
        shade(tbl.rows[0].cells[i], "C5E0B3")
    for item in plan:
        if item[0] == "T":
            cells = tbl.add_row().cells
            m = cells[0].merge(cells[6])
            set_cell(m, item[1], bold=True, size=10)
            shade(m, "E2EFD9")
            continue
        _, rec, actions = item
        first = None
        last = None
        for (no, act, lead, target, prog, rag) in actions:
            cells = tbl.add_row().cells
            set_cell(cells[0], no)
            set_cell(cells[2], act)
            set_cell(cells[3], lead)
            set_cell(cells[4], target)
            set_cell(cells[5], prog)
            set_cell(cells[6], rag)
            if rag:
                shade(cells[6], RAG_FILL[rag])
            if first is None:
                first = cells[1]
            last = cells[1]
        if last is not first:
            first = first.merge(last)
        set_cell(first, rec)
    tbl.autofit = False
    widths = (Cm(1.1), Cm(5.5), Cm(6.0), Cm(3.6), Cm(2.8), Cm(5.5), Cm(1.6))
    for row in tbl.rows:
        for c, w in zip(row.cells, widths):
            c.width = w

    doc.add_paragraph()
    doc.add_paragraph("RAG rating", style="Heading 3")
    k = doc.add_table(rows=5, cols=2)
    k.style = "Table Grid"
    set_cell(k.cell(0, 0), "Rating", bold=True)
    set_cell(k.cell(0, 1), "Meaning", bold=True)
    for i, (name, txt) in enumerate((("Blue", "Complete"),
                                     ("Green", "On track"),
                                     ("Amber", "Some slippage / at risk"),
                                     ("Red", "Off track")), 1):
        set_cell(k.cell(i, 0), name)
        shade(k.cell(i, 0), RAG_FILL[name])
        set_cell(k.cell(i, 1), txt)
    doc.save(os.path.join(HERE, "x2-gateshead-sab-sar-kenneth-action-plan.docx"))


if __name__ == "__main__":
    make_solent()
    make_nel()
    make_gedling()
    make_exeter()
    make_oxford()
    make_lichfield()
    make_gateshead()
    print("done")
