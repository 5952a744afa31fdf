"""Build the seven hs2- data files of set heldout261.

Run:  /work/main/.venv/bin/python hs2_make.py
Writes next to this script:
  hs2-coventry-city-council-asc-cqc-assessment-improvement-plan.xlsx
  hs2-royal-borough-of-greenwich-rsh-consumer-standards-housing-improvement-plan.xlsx
  hs2-humberside-police-custody-inspection-action-plan-typo-month-refuse.xlsx
  hs2-bristol-city-council-auditors-annual-report-vfm-recommendations-action-plan.docx
  hs2-nottinghamshire-fire-rescue-service-hmicfrs-values-culture-recommendations-progress-report.docx
  hs2-tandridge-dc-internal-audit-recommendations-tracker.csv
  hs2-blaenau-gwent-cbc-ciw-adult-services-performance-evaluation-action-plan.txt
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


D = dt.datetime

# ---------------------------------------------------------------- xlsx helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)
FILLS = {
    "B": PatternFill("solid", fgColor="0070C0"),
    "G": PatternFill("solid", fgColor="00B050"),
    "A": PatternFill("solid", fgColor="FFC000"),
    "R": PatternFill("solid", fgColor="FF0000"),
}
HEAD_FILL = PatternFill("solid", fgColor="1F3864")
THEME_FILL = PatternFill("solid", fgColor="D9E1F2")
GREY_FILL = PatternFill("solid", fgColor="EDEDED")


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def header_row(ws, row, labels):
    for c, lab in enumerate(labels, start=1):
        cell = ws.cell(row=row, column=c, value=lab)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = HEAD_FILL
        cell.alignment = CENTRE
        cell.border = BOX


def boxed(ws, row, ncols):
    for c in range(1, ncols + 1):
        cell = ws.cell(row=row, column=c)
        cell.border = BOX
        if cell.alignment is None or not cell.alignment.wrap_text:
            cell.alignment = WRAP


# ===================================================================== 1 ASC
def coventry_asc():
    wb = Workbook()
    title = ("Coventry City Council \u2013 Adult Social Care Improvement Plan "
             "(CQC Local Authority Assessment)")

    # --- Cover sheet: title, document control, RAG key
    ws = wb.active
    ws.title = "Cover"
    widths(ws, [26, 70])
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A3"] = "Document control"
    ws["A3"].font = Font(bold=True)
    control = [
        ("Version", "2.1"),
        ("Date", "14 July 2025"),
        ("Plan owner", "Director of Adult Services and Housing"),
        ("Governance", "Adult Social Care Improvement Board (monthly); "
                       "Scrutiny Board 5 (Health and Social Care) (quarterly)"),
        ("Position", "Progress to 30 June 2025 (Quarter 1 2025/26)"),
    ]
    r = 4
    for k, v in control:
        ws.cell(row=r, column=1, value=k).font = Font(bold=True)
        ws.cell(row=r, column=2, value=v)
        boxed(ws, r, 2)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    r += 1
    key = [
        ("B", "Complete \u2013 action delivered and evidence of impact reviewed"),
        ("G", "On track \u2013 will be delivered by the target date"),
        ("A", "At risk \u2013 some slippage, mitigations in place"),
        ("R", "Off track \u2013 escalated to the Improvement Board"),
    ]
    for k, v in key:
        c = ws.cell(row=r, column=1, value=k)
        c.fill = FILLS[k]
        c.alignment = CENTRE
        ws.cell(row=r, column=2, value=v)
        boxed(ws, r, 2)
        r += 1

    # --- Summary sheet: totals by theme (not actions)
    ws = wb.create_sheet("Summary")
    widths(ws, [52, 10, 8, 8, 8, 8, 12])
    ws["A1"] = "Summary of progress \u2013 June 2025"
    ws["A1"].font = Font(bold=True, size=12)
    header_row(ws, 3, ["Theme", "Actions", "B", "G", "A", "R", "Not started"])
    summary = [
        ("Theme 1: Working with people", 3, 0, 2, 1, 0, 0),
        ("Theme 2: Providing support", 3, 1, 1, 1, 0, 0),
        ("Theme 3: How the local authority ensures safety within the system",
         2, 1, 0, 1, 0, 0),
        ("Theme 4: Leadership", 2, 0, 1, 0, 0, 1),
    ]
    r = 4
    for row in summary:
        for c, v in enumerate(row, start=1):
            ws.cell(row=r, column=c, value=v)
        boxed(ws, r, 7)
        r += 1
    tot = ["Total"] + [sum(s[i] for s in summary) for i in range(1, 7)]
    for c, v in enumerate(tot, start=1):
        ws.cell(row=r, column=c, value=v).font = Font(bold=True)
    boxed(ws, r, 7)

    # --- Action plan sheet
    ws = wb.create_sheet("Action Plan")
    widths(ws, [7, 40, 55, 30, 13, 13, 11, 11, 50])
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("CQC assessment report published 7 February 2025 \u2013 overall "
                "rating: Requires improvement. Position as at 30 June 2025.")
    ws["A2"].font = Font(italic=True)
    header_row(ws, 4, ["Ref", "CQC area for improvement", "Action",
                       "Lead officer(s)", "Original target", "Revised target",
                       "Previous RAG (Mar-25)", "Current RAG (Jun-25)",
                       "Progress update"])
    ws.row_dimensions[4].height = 32

    plan = [
        ("Theme 1: Working with people", [
            ("Waiting times for Care Act assessments were too long, with some "
             "people waiting up to six months for an assessment by the Long "
             "Term Team.", [
                ("1.1", "Introduce a single waiting list triage tool across all "
                 "adult social care teams, with risk-based prioritisation "
                 "reviewed weekly by team managers.",
                 "Head of Adult Social Care Localities", D(2025, 3, 31),
                 D(2025, 9, 30), "A", "G",
                 "Tool live in two of four localities; remaining teams go live "
                 "in August after changes to the case management system."),
                ("1.2", "Commission additional assessment capacity through a "
                 "12-month project team to clear the backlog of people waiting "
                 "over 28 days.",
                 "Head of Adult Social Care Localities; Strategic Lead for "
                 "Commissioning", D(2025, 6, 30), None, "G", "A",
                 "Project team started 2 June (two weeks later than planned). "
                 "Backlog down from 612 to 455."),
            ]),
            ("Unpaid carers told us they were not always offered a carer\u2019s "
             "assessment or told what support was available.", [
                ("1.3", "Refresh the Carers Strategy with carers and partners and "
                 "relaunch carer\u2019s assessments through the Coventry Carers "
                 "Hub.",
                 "Strategic Lead for Commissioning", "Q3 2025/26", None,
                 "G", "G",
                 "Co-production sessions held with 48 carers in May and June. "
                 "Draft strategy to Cabinet Member in October."),
            ]),
        ]),
        ("Theme 2: Providing support", [
            ("There was limited choice of home care and nursing care for people "
             "with complex needs, particularly dementia nursing.", [
                ("2.1", "Refresh the Market Position Statement, setting out "
                 "demand for complex dementia nursing to 2030.",
                 "Head of Commissioning and Quality", D(2025, 4, 30), None,
                 "A", "B",
                 "Market Position Statement published on the council website "
                 "on 28 April 2025."),
                ("2.2", "Work with providers through the Provider Forum to "
                 "develop two new specialist dementia nursing schemes.",
                 "Head of Commissioning and Quality", D(2026, 3, 31), None,
                 "G", "G",
                 "Expressions of interest received from three providers."),
            ]),
            ("People did not always experience joined-up hospital discharge, "
             "with delays in arranging reablement.", [
                ("2.3", "Implement a Transfer of Care Hub with University "
                 "Hospitals Coventry and Warwickshire and the ICB, co-locating "
                 "social workers, therapists and brokerage.",
                 "Head of Hospital and Reablement Services / ICB Director of "
                 "Operations", D(2025, 6, 30), D(2025, 10, 31), "A", "A",
                 "Estates works at University Hospital delayed; revised go-live "
                 "agreed by the Place Board."),
            ]),
        ]),
        ("Theme 3: How the local authority ensures safety within the system", [
            ("Safeguarding enquiries were not always completed in a timely way, "
             "and there was a backlog of Deprivation of Liberty Safeguards "
             "(DoLS) applications.", [
                ("3.1", "Set and monitor a 28-day standard for completing "
                 "Section 42 enquiries, with weekly exception reporting to the "
                 "Principal Social Worker.",
                 "Principal Social Worker", D(2025, 5, 31), None, "G", "B",
                 "Standard in place from 1 May. 81% of enquiries completed "
                 "within 28 days in June."),
                ("3.2", "Clear the backlog of DoLS applications awaiting a Best "
                 "Interests Assessment, prioritising with the ADASS screening "
                 "tool.",
                 "DoLS Service Manager", D(2025, 12, 31), None, "R", "A",
                 "Backlog reduced from 1,140 to 860. Additional BIA capacity "
                 "agreed from July."),
            ]),
        ]),
        ("Theme 4: Leadership", [
            ("The local authority\u2019s approach to learning from complaints, "
             "feedback and quality assurance was not yet embedded.", [
                ("4.1", "Launch a Practice Quality Assurance Framework, including "
                 "monthly practice audits and a moderation panel chaired by the "
                 "Principal Social Worker.",
                 "Principal Social Worker", D(2025, 9, 30), None, "G", "G",
                 "Framework approved by Adult Social Care Management Team on "
                 "10 June. First audit cycle in July."),
                ("4.2", "Establish a Lived Experience Panel to co-produce service "
                 "changes and report quarterly to the Adult Social Care "
                 "Improvement Board.",
                 "Director of Adult Services and Housing", D(2025, 11, 30),
                 None, None, "Not started",
                 "Recruitment of panel members to begin in September."),
            ]),
        ]),
    ]

    r = 5
    for theme, afis in plan:
        ws.cell(row=r, column=1, value=theme).font = Font(bold=True)
        for c in range(1, 10):
            ws.cell(row=r, column=c).fill = THEME_FILL
            ws.cell(row=r, column=c).border = BOX
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for afi, actions in afis:
            first = r
            for (ref, action, lead, orig, rev, prev, cur, upd) in actions:
                ws.cell(row=r, column=1, value=ref)
                ws.cell(row=r, column=3, value=action)
                ws.cell(row=r, column=4, value=lead)
                for col, val in ((5, orig), (6, rev)):
                    cell = ws.cell(row=r, column=col, value=val)
                    if isinstance(val, dt.datetime):
                        cell.number_format = "dd/mm/yyyy"
                for col, val in ((7, prev), (8, cur)):
                    cell = ws.cell(row=r, column=col, value=val)
                    if val in FILLS:
                        cell.fill = FILLS[val]
                ws.cell(row=r, column=9, value=upd)
                boxed(ws, r, 9)
                for col in (1, 5, 6, 7, 8):
                    ws.cell(row=r, column=col).alignment = CENTRE
                r += 1
            ws.cell(row=first, column=2, value=afi)
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1,
                               end_column=2)
            ws.cell(row=first, column=2).alignment = WRAP
    r += 1
    ws.cell(row=r, column=1,
            value="Note: where a target has been revised, the revised date was "
                  "agreed by the Adult Social Care Improvement Board.").font = \
        Font(italic=True, size=9)
    ws.freeze_panes = "A5"
    wb.save(out("hs2-coventry-city-council-asc-cqc-assessment-improvement-plan.xlsx"))


# ================================================================= 2 Housing
def greenwich_housing():
    wb = Workbook()
    title = ("Royal Borough of Greenwich \u2013 Housing Improvement Plan "
             "(Regulator of Social Housing Consumer Standards)")
    status_fill = {"Complete": FILLS["B"], "On track": FILLS["G"],
                   "At risk": FILLS["A"], "Off track": FILLS["R"]}

    ws = wb.active
    ws.title = "Summary"
    widths(ws, [44, 70])
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Regulatory judgement published 25 June 2025: C3. Plan approved "
                "by Cabinet on 17 September 2025. Update for Housing and Safer "
                "Communities Scrutiny Panel, January 2026.")
    ws["A2"].alignment = Alignment(wrap_text=False)
    ws["A4"] = "Status key"
    ws["A4"].font = Font(bold=True)
    keyrows = [("Complete", "Action delivered and evidence provided to the "
                            "Housing Improvement Board"),
               ("On track", "Will be delivered by the due date"),
               ("At risk", "Slippage of up to three months or a dependency at "
                           "risk"),
               ("Off track", "Will not be delivered by the due date \u2013 "
                             "escalated"),
               ("Not started", "Not yet due to start")]
    r = 5
    for k, v in keyrows:
        c = ws.cell(row=r, column=1, value=k)
        if k in status_fill:
            c.fill = status_fill[k]
        ws.cell(row=r, column=2, value=v)
        boxed(ws, r, 2)
        r += 1
    r += 1
    header_row(ws, r, ["Consumer standard", "Actions (complete / on track / "
                                            "at risk / off track / not started)"])
    r += 1
    for k, v in (("Safety and Quality Standard", "5 (1 / 2 / 1 / 0 / 1)"),
                 ("Transparency, Influence and Accountability Standard",
                  "2 (1 / 1 / 0 / 0 / 0)"),
                 ("Neighbourhood and Community Standard",
                  "2 (0 / 1 / 0 / 1 / 0)")):
        ws.cell(row=r, column=1, value=k)
        ws.cell(row=r, column=2, value=v)
        boxed(ws, r, 2)
        r += 1

    sheets = [
        ("Safety & Quality", "Safety and Quality Standard", [
            ("RSH finding 1: The council does not have up-to-date stock "
             "condition information for around 40% of its homes, including "
             "HHSRS assessments.", [
                ("SQ1.1", "Procure and complete a 100% stock condition survey, "
                 "including HHSRS assessments, over two years.",
                 "Contract award Jul-25; 50% surveyed Mar-26; 100% Mar-27",
                 "Director of Housing and Safer Communities", D(2027, 3, 31),
                 "On track",
                 "Contract awarded to surveyor in July 2025. 3,912 homes "
                 "surveyed to date."),
                ("SQ1.2", "Load survey data into the asset management system and "
                 "produce a five-year investment programme aligned to the HRA "
                 "business plan.",
                 "Data migration; draft programme to Cabinet",
                 "Head of Asset Management; Head of Finance \u2013 HRA",
                 "Q4 2026/27", "Not started", "Dependent on SQ1.1."),
            ]),
            ("RSH finding 2: A significant number of remedial actions from fire "
             "risk assessments were overdue, including high-risk actions.", [
                ("SQ2.1", "Clear all overdue high-risk fire risk assessment "
                 "actions and report progress monthly to the Building Safety "
                 "Board.",
                 "Weekly tracker; monthly Board report",
                 "Head of Building Safety and Compliance", D(2025, 12, 31),
                 "At risk",
                 "212 of 287 high-risk actions closed. Fire door contractor "
                 "capacity is the main constraint."),
                ("SQ2.2", "Complete outstanding electrical installation "
                 "condition reports (EICRs) so that every home has a "
                 "certificate less than five years old.",
                 "Access procedure for no-access cases",
                 "Head of Building Safety and Compliance", "Mar-26",
                 "On track", "Compliance at 91.4% (target 100%)."),
            ]),
            ("RSH finding 3: Damp and mould cases were not consistently tracked "
             "through to resolution.", [
                ("SQ3.1", "Implement a single damp and mould case management "
                 "process with timescales in line with Awaab\u2019s Law, and "
                 "post-inspection follow-up at six weeks.",
                 "Process live; staff trained; first audit",
                 "Head of Repairs and Maintenance", D(2025, 10, 27),
                 "Complete",
                 "Process went live on 27 October 2025 when Awaab\u2019s Law "
                 "came into force."),
            ]),
        ]),
        ("Transparency & Influence", "Transparency, Influence and "
                                     "Accountability Standard", [
            ("RSH finding 4: The council could not show that it was using "
             "tenant feedback and complaints data to improve services.", [
                ("TIA4.1", "Publish Tenant Satisfaction Measures results with an "
                 "explanation of the actions taken in response.",
                 "Annual report to tenants",
                 "Head of Tenant Engagement", D(2025, 11, 30), "Complete",
                 "Published in the Tenants\u2019 Annual Report, November 2025."),
                ("TIA4.2", "Establish a Tenant Scrutiny Panel with a work "
                 "programme agreed with tenants, reporting to Cabinet twice a "
                 "year.",
                 "Recruitment; training; first review",
                 "Head of Tenant Engagement / Cabinet Member for Housing",
                 "Ongoing", "On track",
                 "Eleven tenants recruited. First review topic: repairs "
                 "communication."),
            ]),
        ]),
        ("Neighbourhood & Community", "Neighbourhood and Community Standard", [
            ("RSH finding 5: The council did not have an up-to-date anti-social "
             "behaviour policy, and tenants reported that ASB cases were closed "
             "without being resolved.", [
                ("NC5.1", "Review and publish an Anti-social Behaviour Policy "
                 "and procedure, co-produced with the Tenant Scrutiny Panel.",
                 "Consultation; Cabinet approval",
                 "Head of Tenancy Services", "Feb-26", "Off track",
                 "Consultation extended at tenants\u2019 request; Cabinet date "
                 "now April 2026."),
                ("NC5.2", "Introduce case reviews for all ASB cases open longer "
                 "than 90 days, with outcomes reported to tenants.",
                 "Monthly case review panel",
                 "Head of Tenancy Services", D(2026, 4, 30), "On track",
                 "Panel has met twice; 37 cases reviewed."),
            ]),
        ]),
    ]
    for sheet_name, heading, findings in sheets:
        ws = wb.create_sheet(sheet_name)
        widths(ws, [9, 55, 32, 34, 13, 12, 50])
        ws["A1"] = "Royal Borough of Greenwich \u2013 Housing Improvement Plan"
        ws["A1"].font = Font(bold=True, size=12)
        ws["A2"] = heading
        ws["A2"].font = Font(bold=True, size=12, color="1F3864")
        header_row(ws, 4, ["Ref", "Action", "Key milestones",
                           "Accountable lead", "Due", "Status",
                           "Update (December 2025)"])
        r = 5
        for finding, actions in findings:
            ws.cell(row=r, column=1, value=finding).font = Font(bold=True)
            for c in range(1, 8):
                ws.cell(row=r, column=c).fill = GREY_FILL
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.cell(row=r, column=1).alignment = WRAP
            ws.row_dimensions[r].height = 30
            r += 1
            for (ref, action, miles, lead, due, status, upd) in actions:
                vals = [ref, action, miles, lead, due, status, upd]
                for c, v in enumerate(vals, start=1):
                    cell = ws.cell(row=r, column=c, value=v)
                    if isinstance(v, dt.datetime):
                        cell.number_format = "dd/mm/yyyy"
                if status in status_fill:
                    ws.cell(row=r, column=6).fill = status_fill[status]
                boxed(ws, r, 7)
                r += 1
        ws.freeze_panes = "A5"
    wb.save(out("hs2-royal-borough-of-greenwich-rsh-consumer-standards-"
                "housing-improvement-plan.xlsx"))


# ============================================================ 3 Custody (refuse)
def humberside_custody():
    wb = Workbook()
    ws = wb.active
    ws.title = "Custody Action Plan"
    widths(ws, [6, 20, 50, 55, 34, 13, 13, 45])
    ws["A1"] = "Humberside Police \u2013 Police Custody Inspection Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Unannounced inspection of police custody suites in Humberside "
                "by HMICFRS and CQC, 2\u201313 September 2024 (report published "
                "January 2025)")
    ws["A3"] = ("Plan owner: Chief Superintendent, Criminal Justice and Custody  "
                "|  Governance: Custody Strategic Board  |  Last updated: "
                "28 March 2025")
    ws["A3"].font = Font(italic=True)
    header_row(ws, 5, ["No.", "Type", "Inspectorate finding", "Force action",
                       "Action owner", "Target date", "Status", "Update"])
    sections = [
        ("Leadership, accountability and partnerships", [
            ("1", "Area for improvement",
             "The force should improve its oversight of custody performance, "
             "including data on the length of detention and the use of force.",
             "Develop a custody performance dashboard covering detention times, "
             "use of force and strip searches, reviewed at the monthly Custody "
             "Strategic Board.",
             "Custody Inspector \u2013 Performance and Standards", "Mar-2025",
             "Complete", "Dashboard live from February 2025."),
            ("2", "Area for improvement",
             "The force should make sure that custody staff receive regular "
             "refresher training, including in first aid and de-escalation.",
             "Introduce an annual custody refresher training day for all "
             "custody sergeants and detention officers.",
             "Head of Learning and Development", "Sept-2025", "In progress",
             "Training package drafted; first cohort booked."),
        ]),
        ("Pre-custody: first point of contact", [
            ("3", "Recommendation",
             "The force should make sure that children are brought into "
             "custody only when there is no alternative.",
             "Issue guidance to frontline officers on alternatives to custody "
             "for children and review every child detention at the daily "
             "management meeting.",
             "Superintendent, Criminal Justice and Custody", "Jun-2025",
             "In progress", "Guidance issued 14 March 2025."),
        ]),
        ("In the custody suite: booking in, individual needs and legal rights", [
            ("4", "Cause of concern",
             "Risk assessments at booking in were not always thorough, and "
             "information about detainees\u2019 risks was not always shared "
             "with staff caring for them.",
             "Revise the booking-in risk assessment and handover template, and "
             "audit 20 custody records per suite each month.",
             "Custody Inspector \u2013 Performance and Standards", "Jul-2025",
             "In progress", "Template revised; audits started in March."),
            ("5", "Area for improvement",
             "The force should make sure that detainees\u2019 dignity is "
             "protected, including privacy at the booking-in desk.",
             "Install privacy screens at the booking-in desks at Clough Road "
             "and Grimsby custody suites.",
             "Estates Manager \u2013 Custody", "0ct-2025", "Not started",
             "Quotes obtained."),
        ]),
        ("In the custody cell: safeguarding and health care", [
            ("6", "Area for improvement",
             "The force should make sure that detainees are offered a shower, "
             "exercise and reading materials during longer stays.",
             "Update the custody care plan to prompt staff to offer showers, "
             "exercise and reading materials to detainees held over 12 hours.",
             "Custody Inspector \u2013 Performance and Standards", "May-2025",
             "In progress", ""),
            ("7", "Recommendation",
             "The force and its health care provider should make sure that "
             "detainees receive their prescribed medication promptly.",
             "Agree a medicines management protocol with the custody health "
             "care provider, with monthly assurance reporting.",
             "Chief Inspector, Custody; Health Care Contract Manager",
             "Aug-2025", "In progress", "Draft protocol under review."),
        ]),
        ("Release and transfer from custody", [
            ("8", "Area for improvement",
             "The force should make sure that pre-release risk assessments "
             "address the risks detainees face on leaving custody.",
             "Add a pre-release safety plan to the custody record, including "
             "signposting to support services.",
             "Custody Inspector \u2013 Performance and Standards", "Dec-2025",
             "Not started", ""),
        ]),
    ]
    r = 6
    for sec, rows in sections:
        ws.cell(row=r, column=1, value=sec).font = Font(bold=True)
        for c in range(1, 9):
            ws.cell(row=r, column=c).fill = THEME_FILL
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for row in rows:
            for c, v in enumerate(row, start=1):
                ws.cell(row=r, column=c, value=v)
            boxed(ws, r, 8)
            r += 1
    ws.freeze_panes = "A6"
    wb.save(out("hs2-humberside-police-custody-inspection-action-plan-"
                "typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def bold_cell(cell, text, fill=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = True
    if fill:
        shade(cell, fill)


def set_cell(cell, text):
    """Put text in a cell; '\n' starts a new paragraph in the cell."""
    parts = text.split("\n")
    cell.text = parts[0]
    for extra in parts[1:]:
        cell.add_paragraph(extra)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, side, Cm(1.8))


RAG_HEX = {"Blue": "0070C0", "Green": "00B050", "Amber": "FFC000",
           "Red": "FF0000", "Complete": "0070C0"}


# =========================================================== 4 External audit
def bristol_aar():
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Bristol City Council \u2013 Auditor\u2019s Annual Report "
                      "2023/24: Management Action Plan", style="Title")
    p = doc.add_paragraph()
    p.add_run("Audit Committee \u2013 27 January 2025").bold = True
    doc.add_paragraph("Report of the Director of Finance (S151 Officer). "
                      "Appendix A.")

    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Changes"]):
        bold_cell(t.rows[0].cells[i], h, "D9E1F2")
    for row in (("0.1", "06/12/2024", "Finance Business Partner \u2013 "
                 "Corporate", "First draft following receipt of draft AAR"),
                ("1.0", "17/12/2024", "Director of Finance (S151 Officer)",
                 "Management responses agreed by Corporate Leadership Board"),
                ("1.1", "15/01/2025", "Finance Business Partner \u2013 "
                 "Corporate", "Progress updates added for Audit Committee")):
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v

    doc.add_paragraph(
        "Grant Thornton UK LLP, the Council\u2019s external auditor, issued its "
        "Auditor\u2019s Annual Report (AAR) for 2023/24 in December 2024. The "
        "auditor identified one significant weakness in the Council\u2019s "
        "arrangements for financial sustainability, resulting in a key "
        "recommendation, and made five improvement recommendations. The "
        "tables below set out the agreed management actions and progress "
        "against each, grouped by the three value for money criteria.")

    header = ["Ref", "Agreed action", "Responsible officer", "Target date",
              "Status", "Progress at January 2025"]
    sections = [
        ("1. Financial sustainability", [
            ("Key recommendation KR1: The Council should develop a robust, "
             "fully costed plan to recover the Dedicated Schools Grant (DSG) "
             "deficit and to deliver the savings required in the Medium Term "
             "Financial Plan, with clear ownership and monitoring.", [
                ("KR1.1", "Submit a revised DSG deficit management plan to the "
                 "Department for Education, costed by workstream and "
                 "reviewed monthly by the Schools Forum.",
                 "Executive Director: Children and Education; Director of "
                 "Finance (S151 Officer)", "31 March 2025", "Amber",
                 "Draft plan shared with DfE in December; high needs "
                 "workstream costings being finalised."),
                ("KR1.2", "Introduce savings delivery plans for every MTFP "
                 "saving over \u00a3250k, each with a named officer and "
                 "milestones.",
                 "Director of Finance (S151 Officer)", "February 2025",
                 "Green", "Template agreed; 31 of 38 plans received."),
            ]),
            ("Improvement recommendation IR1: The Council should strengthen "
             "the monitoring of savings delivery by reporting RAG-rated "
             "progress on each saving to members.", [
                ("IR1.1", "Report RAG-rated progress on each saving in the "
                 "quarterly finance report to the Strategy and Resources "
                 "Policy Committee.",
                 "Head of Financial Planning", "Quarterly", "Green",
                 "First RAG-rated report taken to committee in November 2024."),
            ]),
        ]),
        ("2. Governance", [
            ("Improvement recommendation IR2: The Council should review how "
             "the committee model introduced in May 2024 is working, "
             "including the timeliness of decision making.", [
                ("IR2.1", "Commission an independent review of the committee "
                 "system after its first year of operation, with findings "
                 "reported to Full Council.",
                 "Director: Legal and Democratic Services", "June 2025\n"
                 "Revised: October 2025", "Amber",
                 "Review deferred to allow a full year of evidence; scope "
                 "agreed with group leaders."),
                ("IR2.2", "Update the Constitution and scheme of delegation to "
                 "reflect any changes agreed following the review.",
                 "Director: Legal and Democratic Services",
                 "December 2025", "Green", "Not yet due."),
            ]),
            ("Improvement recommendation IR3: The Council should make sure "
             "that internal audit recommendations are implemented on time and "
             "that overdue actions are escalated.", [
                ("IR3.1", "Report overdue internal audit actions to the Audit "
                 "Committee at every meeting, with the responsible director "
                 "attending for any action more than three months overdue.",
                 "Head of Internal Audit", "31/01/2025", "Blue",
                 "In place from the January 2025 committee."),
            ]),
        ]),
        ("3. Improving economy, efficiency and effectiveness", [
            ("Improvement recommendation IR4: The Council should strengthen "
             "the management of major contracts, including regular "
             "performance reviews and a complete contracts register.", [
                ("IR4.1", "Complete and publish the contracts register and "
                 "introduce quarterly performance reviews for all Tier 1 "
                 "contracts.",
                 "Head of Procurement and Contract Management",
                 "September 2025", "Green",
                 "Register 85% complete; Tier 1 contracts identified."),
            ]),
            ("Improvement recommendation IR5: The Council should set out how "
             "its digital programme will deliver the efficiencies assumed in "
             "the Medium Term Financial Plan.", [
                ("IR5.1", "Produce a benefits realisation plan for the digital "
                 "transformation programme, linked to MTFP savings.",
                 "Director: Policy, Strategy and Digital", "30 June 2025",
                 "Red",
                 "Programme re-baselining has delayed the benefits plan; "
                 "escalated to Corporate Leadership Board."),
            ]),
        ]),
    ]
    for heading, recs in sections:
        doc.add_paragraph(heading, style="Heading 1")
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for i, h in enumerate(header):
            bold_cell(t.rows[0].cells[i], h, "1F3864")
        for rec, actions in recs:
            cells = t.add_row().cells
            m = cells[0].merge(cells[5])
            bold_cell(m, rec, "D9E1F2")
            for (ref, act, lead, due, status, prog) in actions:
                cells = t.add_row().cells
                for i, v in enumerate((ref, act, lead, due, status, prog)):
                    set_cell(cells[i], v)
                shade(cells[4], RAG_HEX[status])
        doc.add_paragraph("")

    doc.add_paragraph("Status key", style="Heading 2")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in (("Blue", "Complete"), ("Green", "On track"),
                 ("Amber", "Minor slippage \u2013 revised date agreed or at "
                           "risk"),
                 ("Red", "Significant delay \u2013 escalated")):
        cells = t.add_row().cells
        cells[0].text = k
        shade(cells[0], RAG_HEX[k])
        cells[1].text = v
    doc.save(out("hs2-bristol-city-council-auditors-annual-report-vfm-"
                 "recommendations-action-plan.docx"))


# ======================================================== 5 Fire values/culture
def notts_fire():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    p.add_run("NOTTINGHAMSHIRE AND CITY OF NOTTINGHAM FIRE AND RESCUE "
              "AUTHORITY").bold = True
    p = doc.add_paragraph()
    p.add_run("HUMAN RESOURCES COMMITTEE").bold = True
    doc.add_paragraph("HMICFRS Values and Culture in Fire and Rescue Services "
                      "\u2013 Progress Against Recommendations", style="Title")
    t = doc.add_table(rows=0, cols=2)
    for k, v in (("Report of:", "Chief Fire Officer"),
                 ("Date:", "17 January 2025"),
                 ("Purpose:", "To update Members on progress against the "
                              "recommendations for fire and rescue services in "
                              "the HMICFRS spotlight report \u2018Values and "
                              "culture in fire and rescue services\u2019 "
                              "(March 2023)."),
                 ("Contact officer:", "Area Manager \u2013 People and Culture")):
        cells = t.add_row().cells
        cells[0].text = k
        cells[1].text = v
    doc.add_paragraph("1. BACKGROUND", style="Heading 2")
    doc.add_paragraph(
        "1.1 In March 2023 HMICFRS published its spotlight report on values "
        "and culture, containing 35 recommendations, 20 of which are for chief "
        "fire officers. The Service has reported progress to this Committee "
        "since July 2023. Recommendations that were complete at the last "
        "report are not repeated; this appendix shows the five recommendations "
        "with actions still open or completed since the last meeting.")
    doc.add_paragraph("2. RECOMMENDATIONS", style="Heading 2")
    doc.add_paragraph("That Members note the progress set out in Appendix A.")

    doc.add_page_break()
    doc.add_paragraph("APPENDIX A \u2013 PROGRESS AGAINST HMICFRS "
                      "RECOMMENDATIONS", style="Heading 1")
    doc.add_paragraph("RAG key", style="Heading 3")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in (("Blue", "Complete"), ("Green", "On track"),
                 ("Amber", "Some slippage \u2013 within tolerance"),
                 ("Red", "Off track")):
        cells = t.add_row().cells
        cells[0].text = k
        shade(cells[0], RAG_HEX[k])
        cells[1].text = v
    doc.add_paragraph("")

    recs = [
        ("Recommendation 3: By 1 June 2023, chief fire officers should make "
         "sure their services have a way for staff to raise concerns "
         "confidentially, including outside their line management chain.", [
            ("3a", "Launch an independent confidential reporting line, "
             "available 24/7 to all staff, and publicise it through station "
             "visits and the intranet.",
             "Head of People and Organisational Development", "01/06/2023",
             "Blue"),
            ("3b", "Report anonymised themes from confidential reports to the "
             "Strategic Leadership Team and this Committee.",
             "Head of People and Organisational Development", "Quarterly",
             "Green"),
        ]),
        ("Recommendation 5: By 1 October 2023, chief fire officers should make "
         "sure all staff have background checks appropriate to their role "
         "through the Disclosure and Barring Service.", [
            ("5a", "Risk assess all roles against the NFCC guidance and "
             "identify roles requiring standard or enhanced DBS checks.",
             "Head of People and Organisational Development", "31/10/2023",
             "Blue"),
            ("5b", "Complete DBS checks for all existing staff in eligible "
             "roles and introduce rechecks every three years.",
             "Area Manager \u2013 Service Delivery; Head of People and "
             "Organisational Development", "31/03/2025", "Amber"),
        ]),
        ("Recommendation 13: By 1 March 2024, chief fire officers should make "
         "sure they have measures in place to understand the values and "
         "culture of their service, including through regular staff surveys.", [
            ("13a", "Run a staff culture survey every two years through an "
             "independent provider, and publish the results and action plan "
             "to all staff.",
             "Head of Corporate Communications", "Dec 2024", "Blue"),
            ("13b", "Include culture indicators (grievances, exit interview "
             "themes, sickness absence and survey results) in the quarterly "
             "People Performance Report.",
             "Head of People and Organisational Development / Head of "
             "Corporate Communications", "June 2025", "Green"),
        ]),
        ("Recommendation 15: By 1 December 2023, chief fire officers should "
         "make sure all staff receive equality, diversity and inclusion "
         "training, including on appropriate workplace behaviour.", [
            ("15a", "Deliver mandatory EDI and active bystander training to "
             "all operational and support staff, including on-call "
             "firefighters.",
             "EDI Manager", "Ongoing \u2013 new starters and annual refresh",
             "Green"),
        ]),
        ("Recommendation 20: By 1 June 2024, chief fire officers should put in "
         "place a 360-degree feedback process for senior leaders and "
         "managers.", [
            ("20a", "Introduce 360-degree feedback for all Group Manager roles "
             "and above, linked to the annual appraisal.",
             "Deputy Chief Fire Officer", "30/06/2024", "Blue"),
            ("20b", "Extend 360-degree feedback to Station Managers and support "
             "staff managers at an equivalent grade.\nEvaluate take-up and "
             "impact after the first cycle and report to the Strategic "
             "Leadership Team.",
             "Area Manager \u2013 People and Culture", "Sept 2025", "Amber"),
        ]),
    ]
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(["HMICFRS recommendation", "Ref", "NFRS action",
                           "Lead", "Deadline", "RAG"]):
        bold_cell(t.rows[0].cells[i], h, "BDD7EE")
    for rec, actions in recs:
        first = None
        for (ref, act, lead, due, rag) in actions:
            cells = t.add_row().cells
            if first is None:
                first = cells[0]
                first.text = rec
            for i, v in enumerate((ref, act, lead, due, rag), start=1):
                set_cell(cells[i], v)
            shade(cells[5], RAG_HEX[rag])
            last = cells[0]
        if last is not first:
            first.merge(last)
            # merge leaves an empty paragraph from the lower cell; drop it
            paras = first.paragraphs
            for extra in paras[1:]:
                if not extra.text:
                    extra._element.getparent().remove(extra._element)
    doc.add_paragraph("")
    doc.add_paragraph("Recommendations 1, 2, 4, 6\u201312, 14, 16\u201319 were "
                      "reported as complete to the Committee in 2023 and 2024.")
    doc.save(out("hs2-nottinghamshire-fire-rescue-service-hmicfrs-values-"
                 "culture-recommendations-progress-report.docx"))


# ================================================================ 6 IA tracker
def tandridge_csv():
    rows = [
        ["Tandridge District Council \u2013 Internal Audit Management Actions "
         "Tracker"],
        ["Audit and Scrutiny Committee, 18 March 2025 \u2013 open actions and "
         "actions closed since the last report (Southern Internal Audit "
         "Partnership)"],
        [],
        ["Audit", "Year", "Assurance opinion", "Ref", "Priority",
         "Agreed management action", "Action owner", "Original due date",
         "Revised due date", "Status", "Latest update"],
        ["Procurement and Contract Management", "2023/24", "Limited", "PCM1",
         "High", "Update Contract Standing Orders to require a documented "
         "procurement route and approval for all contracts over \u00a325,000.",
         "Head of Legal Services", "31/10/2024", "31/03/2025",
         "Amber - revised date agreed",
         "Revised CSOs drafted, going to Strategy & Resources Committee on "
         "27 March 2025."],
        ["", "", "", "PCM2", "High", "Publish and maintain a complete contracts "
         "register on the Council's website in line with the Local Government "
         "Transparency Code.", "Procurement Manager", "30/09/2024", "",
         "Complete", "Register published September 2024 and updated "
         "quarterly."],
        ["", "", "", "PCM3", "Medium", "Deliver procurement training to all "
         "budget holders, with attendance recorded and reported to the "
         "Corporate Management Team.", "Procurement Manager", "31/12/2024",
         "30/06/2025", "Green - on track", "Two of four sessions held."],
        ["Payroll", "2023/24", "Reasonable", "PAY1", "Medium", "Introduce a "
         "monthly independent check of payroll amendments (starters, leavers "
         "and changes) against source documents.", "HR Manager; Payroll "
         "Manager", "31/08/2024", "", "Complete", "Checks evidenced for "
         "September 2024 to February 2025."],
        ["", "", "", "PAY2", "Low", "Remove leavers' access to the HR and "
         "payroll system within five working days of their leaving date.",
         "HR Manager", "30/11/2024", "28/02/2025", "Red - overdue",
         "Automated leaver notification from the HR system not yet "
         "working.\nInterim manual process in place from March 2025."],
        ["Cyber Security", "2024/25", "Limited", "CYB1", "High", "Complete the "
         "rollout of multi-factor authentication to all remote access "
         "accounts, including councillors.", "Head of ICT", "31/05/2025", "",
         "Green - on track", "All staff accounts complete; councillor "
         "accounts in progress."],
        ["", "", "", "CYB2", "Medium", "Test the ICT disaster recovery plan at "
         "least annually and report the results to the Corporate Management "
         "Team.", "Head of ICT", "30/09/2025", "", "Not started", ""],
        ["Housing Rents", "2024/25", "Reasonable", "HR1", "Medium",
         "Reconcile the rent accounting system to the general ledger monthly, "
         "with sign-off by a second officer.", "Housing Income Manager; Chief "
         "Accountant", "31/03/2025", "", "Green - on track",
         "Reconciliations completed for January and February."],
        ["", "", "", "HR2", "Low", "Update the former tenant arrears write-off "
         "procedure and obtain approval under the scheme of delegation.",
         "Housing Income Manager", "31/05/2025", "", "Not started", ""],
        [],
        ["Summary"],
        ["Actions open", "7"],
        ["Actions closed since last report", "2"],
        ["Actions past revised due date", "1"],
    ]
    with open(out("hs2-tandridge-dc-internal-audit-recommendations-"
                  "tracker.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for r in rows:
            w.writerow(r)


# ================================================================== 7 CIW txt
def blaenau_gwent_txt():
    T = "\t"
    ncol = 6

    def line(*cells):
        cells = list(cells) + [""] * (ncol - len(cells))
        return T.join(cells)

    lines = [
        line("Blaenau Gwent County Borough Council \u2013 Adult Services: CIW "
             "Performance Evaluation Inspection Action Plan"),
        line("Inspection carried out 4\u20138 March 2024; report published "
             "30 May 2024. Progress reported to Social Services Scrutiny "
             "Committee, 1 October 2024."),
        line("RAG: B = complete; G = on track; A = some slippage; R = off "
             "track"),
        line(),
        line("Ref", "Action", "Lead officer", "Timescale", "RAG",
             "Progress update (September 2024)"),
        line("1. People \u2013 voice and control"),
        line("Area for improvement 1: What matters conversations are not "
             "consistently recorded in assessments and care and support "
             "plans, and people\u2019s own words are not always captured."),
        line("1.1", "Refresh practice guidance on strengths-based, "
             "outcome-focused recording and deliver workshops for all adult "
             "social work and occupational therapy staff.",
             "Team Manager \u2013 Practice Development", "December 2024", "G",
             "Guidance drafted; four workshops booked for October and "
             "November."),
        line("1.2", "Introduce a monthly audit of ten case files per team, "
             "with findings reported to the Adult Services Quality Assurance "
             "Group.", "Service Manager \u2013 Safeguarding and Quality "
             "Assurance", "Q4 2024/25", "A",
             "Audit tool agreed; first audits delayed by staff vacancies."),
        line("Area for improvement 2: Carers are not always offered a "
             "separate carer\u2019s assessment, and the offer is not "
             "consistently recorded."),
        line("1.3", "Make the offer of a carer\u2019s assessment a mandatory "
             "field in WCCIS and report completion rates monthly.",
             "WCCIS Systems Lead / Team Manager \u2013 Carers", "August 2024",
             "B", "Mandatory field live from 5 August 2024."),
        line("2. Prevention"),
        line("Area for improvement 3: People wait too long for occupational "
             "therapy assessments and minor adaptations."),
        line("2.1", "Introduce trusted assessor training for community "
             "connectors and reablement staff so that minor adaptations can "
             "be provided without an OT assessment.",
             "Principal Occupational Therapist", "March 2025", "G",
             "First cohort of 12 staff trained."),
        line("2.2", "Reduce the OT waiting list to under eight weeks through "
             "a time-limited waiting list initiative.",
             "Principal Occupational Therapist; Head of Adult Services",
             "By 31 January 2025", "R",
             "Agency OT recruitment unsuccessful; waiting time currently "
             "14 weeks."),
        line("3. Partnerships and integration"),
        line("Area for improvement 4: Hospital discharge arrangements with "
             "Aneurin Bevan University Health Board do not always provide "
             "timely, joined-up support."),
        line("3.1", "Agree a joint discharge to recover then assess (D2RA) "
             "protocol with ABUHB, with shared data on delays reported to the "
             "Regional Partnership Board.", "Head of Adult Services",
             "Jan-25", "A", "Protocol drafted; data sharing agreement "
             "outstanding."),
        line("4. Well-being"),
        line("Area for improvement 5: Adult safeguarding enquiries are not "
             "consistently completed within seven working days."),
        line("4.1", "Hold a daily safeguarding triage meeting and produce a "
             "weekly report on enquiries completed within seven working "
             "days.", "Adult Safeguarding Manager", "September 2024", "B",
             "In place since July; 88% completed within timescale in "
             "August."),
        line("4.2", "Review capacity in the Adult Safeguarding Team and "
             "recruit to two additional social worker posts.",
             "Head of Adult Services", "Ongoing", "G",
             "One post filled; second post out to advert."),
        line(),
        line("Version 3 \u2013 prepared by the Adult Services Management Team. "
             "Next update: March 2025."),
    ]
    with open(out("hs2-blaenau-gwent-cbc-ciw-adult-services-performance-"
                  "evaluation-action-plan.txt"), "w", encoding="utf-8",
              newline="\r\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    coventry_asc()
    greenwich_housing()
    humberside_custody()
    bristol_aar()
    notts_fire()
    tandridge_csv()
    blaenau_gwent_txt()
    print("done")
