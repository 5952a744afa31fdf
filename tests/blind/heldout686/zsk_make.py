"""Build the seven zsk- blind test files (set heldout686).

Run with: /work/main/.venv/bin/python zsk_make.py
Writes only files whose names start with 'zsk-' into this folder.
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

BLUE = "0070C0"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
NAVY = "1F3864"


def out(name):
    assert name.startswith("zsk-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, italic=False, size=None, white=False):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.italic = italic
    if size:
        run.font.size = Pt(size)
    if white:
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    return cell


# =================================================================== 1. HMP Full Sutton (docx)
FS_NAME = "zsk-hmp-full-sutton-hmip-inspection-action-plan.docx"
FS_TITLE = "Action Plan: HMP Full Sutton"
FS_SECTIONS = [
    ("Priority concerns", [
        ("1. Levels of self-harm had increased by more than 60% since the last inspection, and the "
         "quality of ACCT case management was too variable. Leaders should make sure that prisoners "
         "at risk of self-harm receive consistent, well-coordinated support.",
         "Agreed",
         [("1.1", "Deliver refreshed ACCT case manager training to all supervising officers and custodial "
                  "managers, and quality assure a minimum of 10 open ACCT documents each month through the "
                  "Safety Intervention Meeting.", "Head of Safety", "30 June 2025"),
          ("1.2", "Introduce a weekly multidisciplinary review, chaired by the Head of Safety with the mental "
                  "health in-reach team, for every prisoner subject to three or more ACCTs in the previous "
                  "six months.", "Head of Safety / Head of Healthcare", "April 2025")]),
        ("2. Too many prisoners spent over 22 hours a day locked in their cells, and the regime was "
         "frequently curtailed at short notice. Leaders should provide a predictable regime that gives "
         "all prisoners meaningful time out of cell.",
         "Partly Agreed",
         [("2.1", "Review the regime management plan against current staffing profiles and publish a core "
                  "day that guarantees a minimum of two hours unlock for all prisoners on normal location.",
           "Head of Residence and Operations", "31/05/2025"),
          ("2.2", "Record and analyse every regime curtailment at the daily operational meeting and report "
                  "trends to the Governor each month. The establishment cannot commit to the level of time "
                  "out of cell described in the concern until the staffing shortfall is resolved.",
           "Deputy Governor", "Ongoing")]),
        ("3. Illicit drugs were too readily available, and 27% of random mandatory drug tests were "
         "positive. Leaders should implement an effective strategy to reduce both the supply of and the "
         "demand for drugs.",
         "Agreed",
         [("3.1", "Refresh the local drug strategy with a supply reduction action plan covering mail, visits "
                  "and staff corruption, overseen by a monthly Drug Strategy Committee.",
           "Head of Security", "Q1 2025/26"),
          ("3.2", "Expand the incentivised substance-free living unit on C wing from 20 to 40 spaces and "
                  "make sure that Forward Trust caseworkers see every new arrival within five days.",
           "Head of Reducing Reoffending", "September 2025")]),
    ]),
    ("Key concerns", [
        ("4. Prisoners had little confidence in the complaints system, and too many responses were late "
         "or did not address the issue raised.",
         "Agreed",
         [("4.1", "Audit 20 complaint responses each month for timeliness and quality, give feedback to the "
                  "responding manager and report themes to the Senior Leadership Team.",
           "Head of Business Assurance", "31 May 2025")]),
        ("5. Attendance at education, skills and work activities was low, and too many activity places "
         "were left unfilled.",
         "Agreed",
         [("5.1", "Introduce a daily allocations and attendance meeting and reallocate any prisoner who has "
                  "been absent for three consecutive sessions without good reason.",
           "Head of Education, Skills and Work", "April 2025"),
          ("5.2", "Work with the education provider to open an additional 24 part-time places in the "
                  "industries workshop on D wing.",
           "Head of Education, Skills and Work", "31 December 2025")]),
        ("6. Too many long-term prisoners did not have an up-to-date OASys assessment or sentence plan, "
         "which limited their ability to progress.",
         "Agreed",
         [("6.1", "Clear the backlog of overdue OASys reviews through a recovery plan agreed with the "
                  "Regional Probation Director, prioritising prisoners within three years of their parole "
                  "eligibility date.",
           "Head of Offender Management Delivery", "31/03/2026")]),
    ]),
]


def build_full_sutton():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph(FS_TITLE, style="Title")
    for line in ["Action Plan Submitted: 14 March 2025",
                 "A Response to the HMIP Inspection: 7–18 October 2024",
                 "Report Published: 11 February 2025"]:
        p = doc.add_paragraph()
        p.add_run(line).bold = True
    doc.add_heading("INTRODUCTION", level=1)
    doc.add_paragraph(
        "HM Inspectorate of Prisons (HMIP) is an independent inspectorate which reports on the conditions "
        "for and treatment of those in prison, young offender institutions and court custody. Since May "
        "2022 HMIP reports have identified priority and key concerns rather than numbered recommendations. "
        "In response to the report HMPPS is required to draft an action plan which confirms whether each "
        "concern is agreed, partly agreed or not agreed, and which sets out the specific steps that will be "
        "taken, with the owner and timescale of each step clearly identified.")
    doc.add_paragraph(
        "Progress against this plan is monitored by the Prison Group Director and reviewed at the "
        "establishment's monthly Senior Leadership Team meeting.")
    key = doc.add_table(rows=1, cols=2)
    key.style = "Table Grid"
    set_cell(key.rows[0].cells[0], "Term", bold=True)
    set_cell(key.rows[0].cells[1], "Definition", bold=True)
    for term, definition in [
        ("Agreed", "All of the concern is accepted and the actions set out will address it in full."),
        ("Partly Agreed", "Only part of the concern is accepted, or it can only be addressed in part because "
                          "of operational, policy or resource constraints. The response explains which part "
                          "will be addressed."),
        ("Not Agreed", "The concern is not accepted. The response explains why."),
    ]:
        r = key.add_row().cells
        set_cell(r[0], term, bold=True)
        set_cell(r[1], definition)
    doc.add_paragraph()
    doc.add_heading("ACTION PLAN", level=1)
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["No.", "Concern", "Agreed / Partly Agreed / Not Agreed", "Action",
                                      "Responsible Owner", "Target Date"]):
        set_cell(c, h, bold=True, white=True)
        shade(c, NAVY)
    for section, concerns in FS_SECTIONS:
        row = t.add_row().cells
        merged = row[0].merge(row[5])
        set_cell(merged, section, bold=True)
        shade(merged, GREY)
        for concern, agreed, actions in concerns:
            first = None
            last = None
            for i, (ref, text, owner, date) in enumerate(actions):
                r = t.add_row().cells
                set_cell(r[0], ref)
                if i == 0:
                    set_cell(r[1], concern)
                    set_cell(r[2], agreed)
                    first = r
                set_cell(r[3], text)
                set_cell(r[4], owner)
                set_cell(r[5], date)
                last = r
            if len(actions) > 1:
                first[1].merge(last[1])
                first[2].merge(last[2])
    doc.add_paragraph()
    doc.add_paragraph("Note: target dates were agreed with the Prison Group Director on 10 March 2025.")
    doc.save(out(FS_NAME))


# =================================================================== 2. Probation PDU (csv, refuse)
PR_NAME = ("zsk-probation-service-bristol-and-south-gloucestershire-pdu-hmip-inspection-action-plan"
           "-typo-month-refuse.csv")
PR_TITLE = "Bristol and South Gloucestershire PDU – HMI Probation Inspection Action Plan"
PR_ROWS = [
    [PR_TITLE, "", "", "", "", "", "", "", "", ""],
    ["Probation Service South West | Inspection fieldwork September 2024; report published January 2025",
     "", "", "", "", "", "", "", "", ""],
    ["Position at 30 June 2025 – reviewed monthly at the PDU Senior Management Team", "", "", "", "", "", "",
     "", "", ""],
    ["", "", "", "", "", "", "", "", "", ""],
    ["Rec", "Recommendation", "Agreed / Partly Agreed", "Action No.", "Action", "Owner", "Target Date",
     "Revised Date", "RAG", "Update"],
    ["1", "Improve the quality of assessments of risk of harm, so that they draw on all available information "
          "and identify who is at risk and in what way", "Agreed", "1.1",
     "Deliver risk of serious harm assessment workshops to all POs and PSOs, led by the PDU Quality "
     "Development Officer", "Quality Development Officer", "Mar-25", "", "B",
     "Complete – 41 of 44 practitioners attended; remaining 3 booked for July"],
    ["", "", "", "1.2",
     "Introduce monthly audits of 10 RoSH assessments per team using the HMPPS quality assurance tool, with "
     "findings reported to the PDU SMT", "Senior Probation Officers", "Jun-25", "Sep-25", "A",
     "Audits started in April; two teams behind because of SPO vacancies"],
    ["2", "Make sure that domestic abuse and child safeguarding enquiries are requested, and their outcomes "
          "recorded and analysed, at the start of the order", "Agreed", "2.1",
     "Agree a revised information-sharing protocol with Avon and Somerset Police for domestic abuse call-out "
     "information at court and at allocation", "Head of PDU", "Apr-25", "Jul-25", "G",
     "Protocol agreed with the police DA lead; to be signed at the Local Criminal Justice Board in July"],
    ["", "", "", "2.2",
     "Add a mandatory safeguarding enquiry check to the allocation checklist and report compliance weekly "
     "through the PDU performance dashboard", "Court and Allocations SPO", "May-25", "", "G",
     "Checklist live from 12 May; compliance 87% in June"],
    ["3", "Strengthen management oversight so that it is recorded, identifies deficits in practice and is "
          "followed up", "Partly Agreed", "3.1",
     "Set a minimum standard for recorded management oversight at allocation, review and change in risk, and "
     "include it in SPO supervision", "Deputy Head of PDU", "Jul-25", "", "G",
     "Standard drafted; partly agreed because SPO capacity will not allow oversight of every case"],
    ["", "", "", "3.2",
     "Recruit to the two vacant SPO posts in the Bristol North team and provide interim cover from the "
     "regional SPO pool", "Head of PDU", "Febuary 2026", "", "A",
     "One post offered; the second has been re-advertised"],
    ["4", "Improve practitioners' knowledge of the interventions and services available locally, including "
          "for women and for people with neurodivergent needs", "Agreed", "4.1",
     "Publish a PDU services directory on the intranet and hold quarterly partner showcase events",
     "Interventions Lead", "Sep-25", "", "G", "Directory in draft; first showcase held on 5 June"],
    ["", "", "", "4.2",
     "Train a neurodiversity champion in each team and introduce the neurodiversity screening tool at "
     "induction appointments", "Interventions Lead & Neurodiversity Lead", "Dec-25", "", "R",
     "Not started – awaiting national training dates"],
    ["5", "(Region) Reduce the workloads of probation practitioners to a manageable level, in line with the "
          "workload measurement tool", "Partly Agreed", "5.1",
     "Monitor caseloads weekly and rebalance cases across teams where any practitioner exceeds 110% WMT",
     "Head of PDU / Regional Head of Operations", "Ongoing", "", "A",
     "Average WMT 114% in June; six PQiPs qualify in October"],
    ["", "", "", "", "", "", "", "", "", ""],
    ["Key: B = complete; G = on track; A = at risk of missing target date; R = off track or not started",
     "", "", "", "", "", "", "", "", ""],
]
PR_REFUSE_LINE = 11  # 1-based line of the 'Febuary 2026' row


def build_probation():
    with open(out(PR_NAME), "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f)  # Excel style, CRLF line ends
        for row in PR_ROWS:
            w.writerow(row)


# =================================================================== 3. Shropshire FRS values & culture (xlsx)
SH_NAME = "zsk-shropshire-fire-rescue-service-hmicfrs-values-culture-recommendations-tracker.xlsx"
SH_TITLE = "Shropshire Fire and Rescue Service – HMICFRS Values and Culture Recommendations Tracker"
# (theme, [(rec no, rec text, deadline, [(action no, action, lead, revised date or None, prev, current, update)])])
SH_THEMES = [
    ("Theme 1: Raising concerns", [
        ("R1", "By 1 October 2023, chief fire officers should make sure their services provide a confidential "
               "way for staff to raise concerns and that staff are aware of whistleblowing processes.",
         "1 October 2023",
         [("1.1", "Procure an independent confidential reporting line and relaunch the Raising Concerns "
                  "(Whistleblowing) policy through station visits and the intranet.",
           "Head of People and Organisational Development", None, "G", "B",
           "Reporting line live since 1 September 2023; 11 reports received to date.")]),
        ("R4", "By 1 June 2023, chief fire officers should assure themselves that updates on how concerns are "
               "being handled are shared with those who have raised them.",
         "1 June 2023",
         [("4.1", "Introduce a case-tracking log in the Professional Standards function, with a maximum of 20 "
                  "working days between updates to anyone who has raised a concern.",
           "Professional Standards Manager", dt.datetime(2024, 1, 31), "A", "B",
           "Log in use. Audit in September 2024 found 94% of updates were made within 20 working days.")]),
    ]),
    ("Theme 2: Misconduct and professional standards", [
        ("R8", "By 1 December 2023, chief fire officers should make sure that all staff understand the "
               "service's misconduct process and that managers have the training they need to carry out "
               "investigations.",
         "1 December 2023",
         [("8.1", "Train 30 managers as investigating officers through an accredited workplace investigations "
                  "course.",
           "Area Manager – Service Delivery / Head of Human Resources", None, "G", "B",
           "32 managers trained; refresher planned for 2025."),
          ("8.2", "Publish a misconduct process guide for all staff and include it in new-starter induction.",
           "Head of Human Resources", dt.datetime(2024, 12, 31), "A", "A",
           "Guide drafted; consultation with representative bodies extended at their request.")]),
        ("R11", "By 1 October 2023, chief fire officers should make sure they monitor misconduct cases and "
                "outcomes by protected characteristic, to identify and address any disproportionality.",
         "1 October 2023",
         [("11.1", "Add protected-characteristic fields to the case management system and report anonymised "
                   "misconduct outcomes to the People Committee twice a year.",
           "Professional Standards Manager", dt.datetime(2025, 3, 31), "R", "G",
           "System change tested in October; first report due to the People Committee in March 2025.")]),
    ]),
    ("Theme 3: Background checks", [
        ("R12", "By 1 January 2024, chief fire officers should make sure that standard or enhanced background "
                "checks are carried out for all existing and new staff, in line with Fire Standards Board "
                "guidance.",
         "1 January 2024",
         [("12.1", "Complete standard DBS checks for all existing operational and support staff who have not "
                   "previously been checked.",
           "Head of Human Resources", dt.datetime(2024, 3, 31), "A", "B",
           "All 486 checks complete; no disclosures requiring further action."),
          ("12.2", "Introduce a three-yearly DBS re-check cycle and record it in the HR information system.",
           "HR Business Partner", dt.datetime(2025, 4, 30), "A", "G",
           "Re-check schedule agreed; HR system configuration booked for January 2025.")]),
    ]),
    ("Theme 4: Equality, diversity and inclusion", [
        ("R15", "By 1 December 2023, chief fire officers should review their equality, diversity and "
                "inclusion training, make sure it is delivered to all staff and evaluate its effect on "
                "behaviour.",
         "1 December 2023",
         [("15.1", "Commission refreshed EDI training for all staff, including on-call staff at drill nights.",
           "Equality, Diversity and Inclusion Officer", None, "G", "B",
           "Delivered to 97% of staff; evaluation survey results reported to SLT in May 2024.")]),
    ]),
    ("Theme 5: Leadership", [
        ("R30", "By 1 March 2024, chief fire officers should implement a 360-degree feedback process for all "
                "senior leaders and managers in their service.",
         "1 March 2024",
         [("30.1", "Roll out 360-degree feedback to all Group Managers and above, followed by Station and Watch "
                   "Managers.",
           "Assistant Chief Fire Officer", dt.datetime(2025, 9, 30), "A", "A",
           "Group Managers and above complete; supplier for the wider roll-out not yet appointed.")]),
    ]),
]
RAG_FILL = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}


def fill(hex_colour):
    return PatternFill(fill_type="solid", start_color="FF" + hex_colour, end_color="FF" + hex_colour)


THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def build_shropshire():
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = SH_TITLE
    cover["A1"].font = Font(bold=True, size=14, color="FFC00000")
    cover["A2"] = "Values and culture in fire and rescue services (HMICFRS spotlight report, 30 March 2023)"
    cover["A2"].font = Font(italic=True)
    rows = [("Document owner", "Assistant Chief Fire Officer"),
            ("Version", "5.0"),
            ("Date", "14 November 2024"),
            ("Reported to", "Standards, Audit and Performance Committee"),
            ("Next review", "February 2025")]
    cover["A4"] = "Document control"
    cover["A4"].font = Font(bold=True)
    for i, (k, v) in enumerate(rows, start=5):
        cover.cell(i, 1, k).font = Font(bold=True)
        cover.cell(i, 2, v)
        cover.cell(i, 1).border = BOX
        cover.cell(i, 2).border = BOX
    cover["A11"] = "Version history"
    cover["A11"].font = Font(bold=True)
    for j, h in enumerate(["Version", "Date", "Change"], start=1):
        c = cover.cell(12, j, h)
        c.font = Font(bold=True)
        c.border = BOX
    for i, r in enumerate([("4.0", "12 August 2024", "Quarter 1 update"),
                           ("5.0", "14 November 2024", "Quarter 2 update; revised dates agreed by SLT")],
                          start=13):
        for j, v in enumerate(r, start=1):
            cover.cell(i, j, v).border = BOX
    cover.column_dimensions["A"].width = 22
    cover.column_dimensions["B"].width = 48
    cover.column_dimensions["C"].width = 46

    summ = wb.create_sheet("Summary")
    summ["A1"] = "Summary of current RAG status"
    summ["A1"].font = Font(bold=True, size=12)
    counts = {"B": 0, "G": 0, "A": 0, "R": 0}
    for _, recs in SH_THEMES:
        for _, _, _, acts in recs:
            for a in acts:
                counts[a[5]] += 1
    summ["A3"], summ["B3"] = "Status", "Actions"
    summ["A3"].font = summ["B3"].font = Font(bold=True)
    for i, (k, label) in enumerate([("B", "Complete"), ("G", "On track"), ("A", "At risk"),
                                    ("R", "Off track")], start=4):
        summ.cell(i, 1, label).fill = fill(RAG_FILL[k])
        summ.cell(i, 2, counts[k])
    summ["A8"] = "Total"
    summ["A8"].font = Font(bold=True)
    summ["B8"] = sum(counts.values())
    summ.column_dimensions["A"].width = 18

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "HMICFRS Values and Culture – Service Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:J1")
    ws["A2"] = "Position as at 31 October 2024"
    ws["A2"].font = Font(italic=True)
    headers = ["Rec No.", "HMICFRS recommendation", "HMICFRS deadline", "Action No.", "SFRS action",
               "Lead officer", "Revised date", "Previous RAG", "Current RAG", "Progress update (October 2024)"]
    for j, h in enumerate(headers, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("C00000")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for theme, recs in SH_THEMES:
        ws.cell(r, 1, theme).font = Font(bold=True)
        for j in range(1, 11):
            ws.cell(r, j).fill = fill(GREY)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for recno, rectext, deadline, acts in recs:
            start = r
            for (ano, atext, lead, revised, prev, cur, update) in acts:
                if r == start:
                    ws.cell(r, 1, recno)
                    ws.cell(r, 2, rectext)
                    ws.cell(r, 3, deadline)
                ws.cell(r, 4, ano)
                ws.cell(r, 5, atext)
                ws.cell(r, 6, lead)
                if revised is not None:
                    c = ws.cell(r, 7, revised)
                    c.number_format = "dd/mm/yyyy"
                p = ws.cell(r, 8, prev)
                p.fill = fill(RAG_FILL[prev])
                q = ws.cell(r, 9, cur)
                q.fill = fill(RAG_FILL[cur])
                ws.cell(r, 10, update)
                for j in range(1, 11):
                    ws.cell(r, j).alignment = WRAP
                    ws.cell(r, j).border = BOX
                r += 1
            if len(acts) > 1:
                for col in (1, 2, 3):
                    ws.merge_cells(start_row=start, start_column=col, end_row=r - 1, end_column=col)
    r += 1
    ws.cell(r, 1, "Note: recommendations addressed to national bodies (NFCC, LGA, Home Office and the Fire "
                  "Standards Board) are monitored nationally and are not included in this tracker.")
    ws.cell(r, 1).font = Font(italic=True)
    for col, wdt in zip("ABCDEFGHIJ", [8, 48, 16, 9, 48, 30, 13, 10, 10, 48]):
        ws.column_dimensions[col].width = wdt
    ws.freeze_panes = "A5"

    key = wb.create_sheet("Key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (k, meaning) in enumerate([
            ("B", "Complete – recommendation implemented and evidence held"),
            ("G", "On track to meet the deadline or revised date"),
            ("A", "At risk – revised date agreed by the Strategic Leadership Team"),
            ("R", "Off track – deadline missed and no revised date agreed")], start=3):
        key.cell(i, 1, k).fill = fill(RAG_FILL[k])
        key.cell(i, 2, meaning)
    key.column_dimensions["B"].width = 70
    wb.save(out(SH_NAME))


# =================================================================== 4. GMP vetting (xlsx)
GM_NAME = "zsk-greater-manchester-police-hmicfrs-vetting-misconduct-misogyny-recommendations-tracker.xlsx"
GM_TITLE = "Greater Manchester Police – HMICFRS Vetting, Misconduct and Misogyny Recommendations Tracker"
# sheet name, theme heading, [(rec label or '', rec text or '', action ref, action, owner, date, status, update)]
GM_SHEETS = [
    ("A - Vetting", "Theme A – Vetting", [
        ("Rec 2", "By 31 October 2023, chief constables should make sure their force vetting units are "
                  "adequately resourced to clear backlogs and complete vetting within agreed timescales.",
         "A2.1", "Increase the Force Vetting Unit establishment by 12 posts and clear the backlog of overdue "
                 "vetting renewals.", "Head of Vetting", dt.datetime(2023, 10, 31), "Complete",
         "Backlog cleared in September 2023; renewals now within 30 days."),
        ("Rec 5", "By 30 April 2023, chief constables should make sure vetting decision-makers record a clear "
                  "rationale for every decision where adverse information is found.",
         "A5.1", "Introduce a mandatory rationale template for all decisions with adverse information, "
                 "dip-sampled monthly by the Vetting Manager.", "Vetting Manager", dt.datetime(2023, 4, 28),
         "Complete", "Template in use since April 2023; monthly dip-sample shows full compliance."),
        ("Rec 8", "By 31 October 2023, chief constables should make sure that aftercare arrangements, "
                  "including annual integrity health checks, identify changes in the circumstances of "
                  "officers and staff.",
         "A8.1", "Launch annual integrity health checks for all officers and staff through the PDR process.",
         "Head of Vetting / Head of HR Operations", dt.datetime(2024, 3, 29), "Complete",
         "Integrity health check included in all 2024 PDRs."),
        ("", "",
         "A8.2", "Carry out a Police National Database re-check of the whole workforce and repeat it each year.",
         "Vetting Manager", dt.datetime(2025, 6, 30), "On track",
         "Second annual re-check 80% complete."),
    ]),
    ("B - Counter-corruption", "Theme B – Counter-corruption", [
        ("Rec 12", "By 30 April 2023, chief constables should make sure their counter-corruption units have "
                   "enough resources, with the right skills, to seek intelligence proactively about abuse of "
                   "position for a sexual purpose.",
         "B12.1", "Recruit four additional intelligence officers to the Counter Corruption Unit and complete "
                  "College of Policing abuse of position training.", "D/Supt Helen Marsh",
         dt.datetime(2023, 9, 29), "Complete", "Four officers in post; training completed August 2023."),
        ("Rec 15", "By 31 March 2024, chief constables should make sure their forces can monitor all force IT "
                   "systems to identify data misuse.",
         "B15.1", "Complete procurement and roll-out of IT monitoring software across all force systems, "
                  "including mobile devices.", "Head of Information Security & D/Supt Helen Marsh",
         dt.datetime(2025, 12, 31), "At risk",
         "Software live on desktop systems; mobile device roll-out depends on the national contract."),
        ("Rec 18", "By 31 October 2023, chief constables should make sure that all reports of abuse of position "
                   "for a sexual purpose are recorded and assessed promptly.",
         "B18.1", "Introduce a daily assessment meeting in PSB to triage all abuse of position intelligence "
                  "within 24 hours and refer qualifying cases to the IOPC.",
         "Ch Insp Dan Byrne & Insp Priya Shah", dt.datetime(2023, 10, 31), "Complete",
         "Daily meeting in place since July 2023."),
    ]),
    ("C - Misconduct & misogyny", "Theme C – Misconduct and misogyny", [
        ("Rec 25", "By 31 October 2023, chief constables should make sure that all allegations of sexual "
                   "misconduct are investigated by the professional standards department.",
         "C25.1", "Transfer all sexual misconduct allegations to the PSB Complaints and Misconduct Unit and "
                  "amend the local resolution policy.", "Head of PSB", dt.datetime(2023, 7, 31), "Complete",
         "Policy amended July 2023."),
        ("Rec 29", "By 30 September 2023, chief constables should make sure that victims of sexual misconduct "
                   "by officers and staff are offered support and kept informed of progress.",
         "C29.1", "Appoint a victim liaison officer in PSB for every internal sexual misconduct investigation.",
         "Insp Priya Shah", dt.datetime(2024, 1, 31), "Complete", "Liaison officers allocated in all 23 open cases."),
        ("Rec 33", "By 31 March 2024, chief constables should train supervisors to identify and challenge "
                   "misogynistic and predatory behaviour.",
         "C33.1", "Deliver the 'Upstander' behaviours workshop to all sergeants, inspectors and police staff "
                  "supervisors.", "Head of Learning & Development", dt.datetime(2025, 3, 31), "Off track",
         "62% of supervisors trained; delivery paused during the summer public order period."),
    ]),
]


def build_gmp():
    wb = Workbook()
    d = wb.active
    d.title = "Dashboard"
    d["A1"] = GM_TITLE
    d["A1"].font = Font(bold=True, size=14, color="FF002060")
    d["A2"] = "Update to the Deputy Mayor's Police and Crime Accountability Board – May 2025"
    d["A3"] = ("Source: HMICFRS, An inspection of vetting, misconduct, and misogyny in the police service "
               "(2 November 2022). Only recommendations for chief constables are tracked.")
    d["A3"].font = Font(italic=True, size=9)
    hdr = ["Theme", "Actions", "Complete", "On track", "At risk", "Off track"]
    for j, h in enumerate(hdr, start=1):
        c = d.cell(5, j, h)
        c.font = Font(bold=True)
        c.border = BOX
    tot = [0, 0, 0, 0, 0]
    for i, (sheet, theme, rows) in enumerate(GM_SHEETS, start=6):
        stat = [len(rows)] + [sum(1 for r in rows if r[6] == s)
                              for s in ("Complete", "On track", "At risk", "Off track")]
        d.cell(i, 1, theme).border = BOX
        for j, v in enumerate(stat, start=2):
            d.cell(i, j, v).border = BOX
        tot = [a + b for a, b in zip(tot, stat)]
    i = 6 + len(GM_SHEETS)
    d.cell(i, 1, "Total").font = Font(bold=True)
    for j, v in enumerate(tot, start=2):
        d.cell(i, j, v).font = Font(bold=True)
    i += 2
    d.cell(i, 1, "Status key").font = Font(bold=True)
    for k, (s, colour, meaning) in enumerate([
            ("Complete", BLUE, "Action implemented and evidence signed off by the Head of PSB"),
            ("On track", GREEN, "In progress and expected to meet the target date"),
            ("At risk", AMBER, "Amber – target date may be missed"),
            ("Off track", RED, "Red – target date missed")], start=i + 1):
        d.cell(k, 1, s).fill = fill(colour)
        d.cell(k, 2, meaning)
    d.column_dimensions["A"].width = 34
    for col in "BCDEF":
        d.column_dimensions[col].width = 11

    status_fill = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED}
    for sheet, theme, rows in GM_SHEETS:
        ws = wb.create_sheet(sheet)
        ws["A1"] = theme
        ws["A1"].font = Font(bold=True, size=12)
        heads = ["HMICFRS Rec", "Recommendation", "Action ref", "GMP action", "Action owner", "Target date",
                 "Status", "Latest update"]
        for j, h in enumerate(heads, start=1):
            c = ws.cell(2, j, h)
            c.font = Font(bold=True, color="FFFFFFFF")
            c.fill = fill("002060")
            c.border = BOX
        for i, (rec, rtext, ref, action, owner, date, status, update) in enumerate(rows, start=3):
            vals = [rec or None, rtext or None, ref, action, owner, date, status, update]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(i, j, v)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(i, 6).number_format = "mmm-yy"
            ws.cell(i, 7).fill = fill(status_fill[status])
        for col, wdt in zip("ABCDEFGH", [10, 50, 9, 50, 30, 11, 11, 45]):
            ws.column_dimensions[col].width = wdt
        ws.freeze_panes = "A3"
    wb.save(out(GM_NAME))


# =================================================================== 5. North Herts College PIAP (xlsx)
NH_NAME = "zsk-north-hertfordshire-college-ofsted-post-inspection-action-plan.xlsx"
NH_TITLE = "North Hertfordshire College – Post-Inspection Action Plan (Ofsted, March 2025)"
NH_AFIS = [
    ("Area for improvement 1: Leaders and managers should ensure that teachers of education programmes for "
     "young people check learners' understanding carefully and adapt their teaching so that learners "
     "remember more over time.", [
         ("1.1", "Deliver a CPD programme on checking for understanding and retrieval practice for all study "
                 "programme teachers, using the college's Teaching and Learning Framework.",
          "Director of Teaching, Learning and Assessment", dt.datetime(2025, 7, 18),
          "Learning walks show effective checking of understanding in 85% of lessons", GREEN,
          "Four CPD sessions delivered; learning walk figure 78% in June."),
         ("1.2", "Introduce fortnightly low-stakes assessment in all level 1 and level 2 vocational courses, "
                 "with results reviewed at curriculum team meetings.",
          "Heads of Faculty", "Termly",
          "Assessment results used to re-plan teaching in all course files", GREEN,
          "In place in 31 of 36 courses."),
         ("1.3", "Pair teachers whose practice requires improvement with a teaching and learning coach for a "
                 "six-week coaching cycle.",
          "Teaching and Learning Coaches; Head of Quality", dt.datetime(2025, 6, 30),
          "Coached teachers' practice judged consistently good at follow-up", BLUE,
          "Complete – 14 staff coached; 11 now consistently good."),
     ]),
    ("Area for improvement 2: Leaders should ensure that apprentices receive timely, well-planned off-the-job "
     "training and that employers are fully involved in reviewing apprentices' progress.", [
         ("2.1", "Review the off-the-job training schedule for every apprenticeship standard so that it is "
                 "planned and timetabled from the start of the programme.",
          "Head of Apprenticeships", dt.datetime(2025, 5, 31),
          "Every standard has a published off-the-job schedule", BLUE,
          "Complete for all 17 standards."),
         ("2.2", "Hold tripartite progress reviews at least every 10 weeks, with employers attending and "
                 "contributing to targets.",
          "Apprenticeship Skills Coaches / Head of Apprenticeships", "Sept 2025",
          "95% of reviews on time with employer attendance", AMBER,
          "72% of reviews within 10 weeks; employer attendance 64%."),
         ("2.3", "Introduce an employer engagement dashboard to track off-the-job hours, reviewed monthly.",
          "MIS Manager", dt.datetime(2025, 9, 30),
          "Dashboard used at monthly apprenticeship performance meetings", RED,
          "Not started – dashboard build delayed by the MIS system upgrade."),
     ]),
    ("Area for improvement 3: Leaders should improve attendance at English and mathematics lessons for "
     "learners on study programmes.", [
         ("3.1", "Introduce same-day absence calls and a three-stage attendance intervention process for "
                 "English and mathematics.",
          "Head of English and Maths", dt.datetime(2025, 4, 30),
          "Attendance at English and maths rises from 78% to 88%", BLUE,
          "Complete – process live from 28 April."),
         ("3.2", "Timetable English and mathematics lessons on the same days as vocational sessions rather than "
                 "on separate days.",
          "Assistant Principal Curriculum Planning", "September 2025",
          "All study programme timetables for 2025/26 meet the new model", GREEN,
          "Draft timetables agreed with faculties."),
         ("3.3", "Report English and mathematics attendance weekly to curriculum managers and monthly to the "
                 "Quality and Standards Committee.",
          "Head of English and Maths; MIS Manager", "Ongoing",
          "Attendance reports received on time every week", GREEN,
          "Weekly report in place since May."),
     ]),
]


def build_north_herts():
    wb = Workbook()
    io = wb.active
    io.title = "Inspection outcomes"
    io["A1"] = "Ofsted inspection 11–14 March 2025 – judgements"
    io["A1"].font = Font(bold=True, size=12)
    io["A3"], io["B3"] = "Judgement", "Grade"
    io["A3"].font = io["B3"].font = Font(bold=True)
    for i, (k, v) in enumerate([
            ("Overall effectiveness", "Requires improvement"),
            ("The quality of education", "Requires improvement"),
            ("Behaviour and attitudes", "Good"),
            ("Personal development", "Good"),
            ("Leadership and management", "Requires improvement"),
            ("Education programmes for young people", "Requires improvement"),
            ("Adult learning programmes", "Good"),
            ("Apprenticeships", "Requires improvement"),
            ("Provision for learners with high needs", "Good")], start=4):
        io.cell(i, 1, k)
        io.cell(i, 2, v)
    io.column_dimensions["A"].width = 42
    io.column_dimensions["B"].width = 24

    ws = wb.create_sheet("PIAP")
    ws["A1"] = NH_TITLE
    ws["A1"].font = Font(bold=True, size=14, color="FF7030A0")
    ws.merge_cells("A1:G1")
    ws["A2"] = ("Overall effectiveness: Requires improvement | Plan approved by the Quality and Standards "
                "Committee, 24 April 2025")
    ws.merge_cells("A2:G2")
    ws["A3"] = "Progress review: 30 June 2025"
    ws["A3"].font = Font(italic=True)
    heads = ["Ref", "Action", "Lead(s)", "Target date", "Measure of success / impact", "RAG",
             "Progress (June 2025)"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("7030A0")
        c.border = BOX
        c.alignment = WRAP
    r = 6
    for afi, acts in NH_AFIS:
        c = ws.cell(r, 1, afi)
        c.font = Font(bold=True)
        c.alignment = WRAP
        for j in range(1, 8):
            ws.cell(r, j).fill = fill("E4DFEC")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.row_dimensions[r].height = 32
        r += 1
        for ref, action, lead, date, measure, rag, progress in acts:
            vals = [ref, action, lead, date, measure, None, progress]
            for j, v in enumerate(vals, start=1):
                cc = ws.cell(r, j, v)
                cc.alignment = WRAP
                cc.border = BOX
            if isinstance(date, dt.datetime):
                ws.cell(r, 4).number_format = "dd/mm/yyyy"
            ws.cell(r, 6).fill = fill(rag)
            r += 1
    r += 1
    ws.cell(r, 1, "RAG key:").font = Font(bold=True)
    for j, (colour, label) in enumerate([(BLUE, "Completed"), (GREEN, "On track"), (AMBER, "Some slippage"),
                                         (RED, "Not on track")], start=2):
        ws.cell(r, j, label).fill = fill(colour)
    r += 1
    ws.cell(r, 1, "Actions are reviewed monthly by the Senior Leadership Team and termly by the Quality and "
                  "Standards Committee.").font = Font(italic=True)
    for col, wdt in zip("ABCDEFG", [7, 55, 30, 13, 40, 7, 42]):
        ws.column_dimensions[col].width = wdt

    sm = wb.create_sheet("Summary")
    sm["A1"] = "PIAP progress summary – June 2025"
    sm["A1"].font = Font(bold=True)
    counts = {}
    for _, acts in NH_AFIS:
        for a in acts:
            counts[a[5]] = counts.get(a[5], 0) + 1
    for i, (colour, label) in enumerate([(BLUE, "Completed"), (GREEN, "On track"), (AMBER, "Some slippage"),
                                         (RED, "Not on track")], start=3):
        sm.cell(i, 1, label).fill = fill(colour)
        sm.cell(i, 2, counts.get(colour, 0))
    sm.cell(7, 1, "Total actions").font = Font(bold=True)
    sm.cell(7, 2, sum(counts.values())).font = Font(bold=True)
    sm.column_dimensions["A"].width = 18
    wb.save(out(NH_NAME))


# =================================================================== 6. St Bees School ISI (docx)
SB_NAME = "zsk-st-bees-school-isi-inspection-action-plan.docx"
SB_TITLE = "St Bees School: ISI Post-Inspection Action Plan 2025–26"
SB_SECTIONS = [
    ("1. Leadership and management, and governance",
     "Governors should strengthen their oversight of the school's self-evaluation so that they can "
     "challenge leaders' judgements about the impact of new initiatives.",
     [("Introduce termly link-governor visits focused on the school development plan priorities, with "
       "written visit notes reported to the Education Committee.", "Chair of Governors", "Autumn term 2025",
       "Visit notes received for every priority", "Green"),
      ("Provide governor training on interpreting attainment and value-added data.",
       "Deputy Head (Academic) / Clerk to Governors", "October 2025",
       "Training delivered; committee minutes show governors questioning data", "Blue")]),
    ("2. Quality of education, training and recreation",
     "Leaders should ensure that marking and feedback in the lower school consistently help pupils to "
     "understand how to improve their work.",
     [("Revise the feedback policy to set out clear expectations for written and verbal feedback in Years 7 "
       "to 9.", "Deputy Head (Academic)", "31 October 2025", "Revised policy approved and shared with staff",
       "Blue"),
      ("Carry out book looks in every department, with findings shared at Heads of Department meetings.",
       "Heads of Department", "Half-termly", "Book looks show consistent use of the feedback policy", "Green"),
      ("Survey pupils in Years 7 to 9 on how useful they find feedback, and compare the responses with the "
       "March 2025 baseline.", "Director of Teaching and Learning", "Summer term 2026",
       "At least 80% of pupils say feedback helps them improve", "Red")]),
    ("3. Pupils' physical and mental health and emotional wellbeing",
     "Leaders should make sure that pupils in the junior boarding house have consistent opportunities to "
     "share their views about boarding life.",
     [("Establish a junior boarders' council that meets twice each half-term, with minutes reviewed by the "
       "Head of Boarding.", "Head of Boarding", "September 2025", "Council meeting and minutes on file", "Blue"),
      ("Add a boarders' voice section to the termly boarding survey and act on the findings.",
       "Head of Boarding / Deputy Head (Pastoral)", "Termly", "Survey actions published to boarders", "Green"),
      ("Review the induction programme for new junior boarders, including a buddy scheme.",
       "Deputy Head (Pastoral)", "January 2026", "All new boarders allocated a buddy in their first week",
       "Amber")]),
]
SB_RAG = {"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}


def build_st_bees():
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    h = doc.add_paragraph(SB_TITLE, style="Title")
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in [("Document owner", "Head"),
                 ("Approved by", "Board of Governors (Education Committee)"),
                 ("Version", "2.1"),
                 ("Date of this version", "15 September 2025"),
                 ("Next review", "January 2026")]:
        r = dc.add_row().cells
        set_cell(r[0], k, bold=True)
        shade(r[0], "DEEAF6")
        set_cell(r[1], v)
    doc.add_paragraph()
    doc.add_paragraph(
        "ISI routine inspection: 18–20 March 2025. The report, published on 6 May 2025, confirmed that the "
        "school meets the Standards and that safeguarding is effective. Inspectors set out three recommended "
        "next steps, which are shown in italics below each section heading together with the actions the "
        "school is taking.")
    doc.add_paragraph("RAG key", style="Heading 3")
    kt = doc.add_table(rows=1, cols=2)
    kt.style = "Table Grid"
    set_cell(kt.rows[0].cells[0], "Colour", bold=True)
    set_cell(kt.rows[0].cells[1], "Meaning", bold=True)
    for colour, meaning in [("Blue", "Action complete"), ("Green", "On track"),
                            ("Amber", "Started but behind schedule"), ("Red", "Not started / significant concern")]:
        r = kt.add_row().cells
        set_cell(r[0], colour)
        shade(r[0], SB_RAG[colour])
        set_cell(r[1], meaning)
    for heading, step, actions in SB_SECTIONS:
        doc.add_heading(heading, level=2)
        p = doc.add_paragraph()
        p.add_run(step).italic = True
        t = doc.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for c, hd in zip(t.rows[0].cells, ["Action", "Lead", "By when", "Success criteria", "RAG"]):
            set_cell(c, hd, bold=True)
            shade(c, "DEEAF6")
        for action, lead, when, success, rag in actions:
            r = t.add_row().cells
            set_cell(r[0], action)
            set_cell(r[1], lead)
            set_cell(r[2], when)
            set_cell(r[3], success)
            set_cell(r[4], rag)
            shade(r[4], SB_RAG[rag])
    doc.add_paragraph()
    doc.add_paragraph("Progress against this plan is reported to each meeting of the Education Committee.")
    so = doc.add_table(rows=2, cols=2)
    so.style = "Table Grid"
    set_cell(so.rows[0].cells[0], "Signed (Head)", bold=True)
    set_cell(so.rows[0].cells[1], "Signed (Chair of Governors)", bold=True)
    set_cell(so.rows[1].cells[0], "Date:")
    set_cell(so.rows[1].cells[1], "Date:")
    doc.save(out(SB_NAME))


# =================================================================== 7. Kirkby Stephen Primary SDP (txt, TSV)
KS_NAME = "zsk-kirkby-stephen-primary-school-development-plan-2024-25.txt"
KS_TITLE = "Kirkby Stephen Primary School – School Development Plan 2024–25"
KS_PRIORITIES = [
    ("Priority 1: Reading – all pupils read fluently and widely by the end of KS2", [
        ("1.1", "Train all teaching assistants in the school's phonics programme and run refresher sessions for "
                "teachers.", "English lead", "£850", "Autumn term 2024",
         "Phonics screening check pass rate at or above 85% (2024: 76%)", "HT learning walks; governor visit",
         "B"),
        ("1.2", "Introduce daily keep-up sessions for pupils in Reception to Year 2 who fall behind in phonics.",
         "English lead / EYFS lead", "–", "September 2024 – July 2025",
         "Keep-up pupils assessed every 6 weeks and gaps closing", "HT pupil progress meetings", "G"),
        ("1.3", "Refresh the KS2 class libraries and reading spines, and launch a reading ambassador scheme.",
         "Mrs Atkinson and Miss Nelson", "£1,500", "Spring term 2025",
         "Pupil voice shows more pupils reading for pleasure", "English governor", "A"),
    ]),
    ("Priority 2: Mathematics – secure number fluency and reasoning across the school", [
        ("2.1", "Implement the NCETM Mastering Number programme in Reception, Year 1 and Year 2.", "Maths lead",
         "Nil (Maths Hub funded)", "Summer term 2025",
         "All KS1 pupils recall number bonds to 10 fluently", "Maths lead; FGB", "G"),
        ("2.2", "Run weekly times tables practice and a practice multiplication check in Year 4, tracking scores "
                "half-termly.", "Year 4 teacher", "£120", "June 2025",
         "Multiplication tables check average of 22+/25", "Maths lead", "G"),
        ("2.3", "Maths lead to observe and team-teach in each class, focusing on reasoning and the use of "
                "manipulatives.", "Maths lead", "Release time 1 day per half-term", "Termly",
         "Reasoning evident in books in all classes", "HT", "A"),
    ]),
    ("Priority 3: Personal development and SEND – every child included and ready to learn", [
        ("3.1", "Review the SEND register with the local authority SEND adviser and update all pupil support "
                "plans.", "SENCo", "£300", "October 2024", "All plans reviewed and shared with parents",
         "SEND governor", "B"),
        ("3.2", "Train a teaching assistant as an ELSA and set up weekly emotional literacy sessions for "
                "identified pupils.", "SENCo/HT", "£1,100", "By 31 March 2025",
         "Boxall profiles show improvement for all pupils supported", "SEND governor", "G"),
        ("3.3", "Develop outdoor learning in the school grounds for all classes, one afternoon per fortnight, "
                "led by the Forest School leader.", "Forest School leader", "£2,000 (PE and sport premium)",
         "Ongoing", "Behaviour logs show fewer incidents during afternoon sessions", "HT; FGB", "R"),
    ]),
]


def build_kirkby_stephen():
    ncol = 8
    lines = [KS_TITLE,
             "Headteacher: Mrs H. Atkinson\tChair of Governors: Mr D. Bell",
             "RAG shows progress at the mid-year review (February 2025). Key: R = not started / behind; "
             "A = started, some concerns; G = on track; B = complete",
             "",
             "\t".join(["Ref", "Action", "Lead", "Cost", "Timescale", "Success criteria", "Monitoring", "RAG"])]
    for prio, acts in KS_PRIORITIES:
        lines.append(prio + "\t" * (ncol - 1))
        for a in acts:
            assert len(a) == ncol
            lines.append("\t".join(a))
    lines += ["",
              "Next review of this plan: full governing body meeting, 8 July 2025.",
              "Signed: H. Atkinson (Headteacher)\tD. Bell (Chair of Governors)"]
    with open(out(KS_NAME), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    build_full_sutton()
    build_probation()
    build_shropshire()
    build_gmp()
    build_north_herts()
    build_st_bees()
    build_kirkby_stephen()
    print("built 7 files")
