"""Build the seven zoc- blind test files (set heldout734).

Run with /work/main/.venv/bin/python zoc_make.py from any directory; files are
written beside this script.  Each data structure below also carries the reading a
person makes of each action (end month, status) so the expected files can be
checked against it, but this script only writes the data files.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


# --------------------------------------------------------------------------
# shared helpers
# --------------------------------------------------------------------------
RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
FILLS = {"red": RED, "amber": AMBER, "green": GREEN, "blue": BLUE}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return dt.datetime(y, m, day)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.5))


def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def bold_cell(cell, text, size=None):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True
    if size:
        run.font.size = Pt(size)


def set_widths(table, widths_cm):
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


# ==========================================================================
# 1. HMP/YOI Forest Bank - HMIP inspection action plan (docx)
# ==========================================================================
FB_FILE = "zoc-hmp-forest-bank-hmip-inspection-action-plan.docx"
FB_TITLE = "Action Plan: HMP/YOI Forest Bank"
FB_SECTIONS = [
    ("Priority concerns", [
        ("1",
         "Prisoner-on-prisoner violence remained high and too many serious assaults were not "
         "followed up with effective support for victims or challenge for perpetrators.",
         "Agreed",
         [("1.1", "Introduce a weekly violence reduction meeting chaired by the Deputy Director to "
                  "review every serious assault, with a named case manager for each victim and "
                  "perpetrator.", "Deputy Director", "30 June 2025", "2025-06", None),
          ("1.2", "Refresh CSIP training for all residential custodial managers and audit a sample "
                  "of 20 CSIP cases each month for quality.",
           "Head of Safety / Head of Residence", "30 September 2025", "2025-09", None),
          ("1.3", "Analyse violence data by house block, age and time of day and share the findings "
                  "with staff and the prisoner council.",
           "Head of Safety", "Ongoing – reviewed quarterly", None, "Ongoing – reviewed quarterly")]),
        ("2",
         "Drugs and other illicit items were entering the prison in large quantities, despite "
         "some work to restrict supply.",
         "Agreed",
         [("2.1", "Complete the installation of enhanced gate security, including the X-ray body "
                  "scanner in reception and additional scanners at the staff entrance.",
           "Head of Security", "31 August 2025", "2025-08", None),
          ("2.2", "Increase intelligence-led cell and area searching, with a monthly target set and "
                  "monitored through the security committee.",
           "Head of Security / Head of Operations", "July 2025", "2025-07", None),
          ("2.3", "Work with Greater Manchester Police to pursue prosecutions for conveyance of "
                  "illicit items, including drone incursions.",
           "Head of Security", "Ongoing", None, "Ongoing")]),
        ("3",
         "Officer shortages led to unacceptable delays in escorting patients to hospital for "
         "acute and potentially life-threatening conditions.",
         "Partly Agreed",
         [("3.1", "Introduce a daily escort planning meeting between healthcare and operations so "
                  "that urgent hospital escorts are prioritised over routine activity.",
           "Head of Operations; Head of Healthcare", "30 June 2025", "2025-06", None),
          ("3.2", "Report every delayed emergency escort to the Director within 24 hours and review "
                  "them at the monthly Local Delivery Board.",
           "Director", "31 July 2025", "2025-07", None)]),
    ]),
    ("Key concerns", [
        ("4",
         "Remanded and unsentenced prisoners did not receive enough help with legal matters, "
         "housing and planning for release.",
         "Agreed",
         [("4.1", "Recruit two additional resettlement caseworkers for remand prisoners and add a "
                  "remand module to the induction programme.",
           "Head of Reducing Reoffending", "October 2025", "2025-10", None),
          ("4.2", "Set up a bail information service with the Probation Service, holding weekly "
                  "surgeries on each house block.",
           "Head of Reducing Reoffending / Senior Probation Officer", "31 December 2025",
           "2025-12", None)]),
        ("5",
         "Levels of self-harm were high and ACCT case management was not consistently good.",
         "Agreed",
         [("5.1", "Quality-assure 10 ACCT documents each week and feed the findings back to case "
                  "managers through the safer custody newsletter.",
           "Head of Safety", "Weekly", None, "Weekly")]),
    ]),
]


def build_forest_bank():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(FB_TITLE, level=0)
    for line in ("Action Plan Submitted: 30 May 2025",
                 "A Response to the HMIP Inspection: 9–20 December 2024",
                 "Report Published: 8 April 2025"):
        p = doc.add_paragraph()
        p.add_run(line).bold = True
    doc.add_heading("INTRODUCTION", level=1)
    doc.add_paragraph(
        "HM Inspectorate of Prisons (HMIP) is an independent inspectorate which reports on the "
        "conditions for and treatment of those held in prisons and young offender institutions in "
        "England and Wales. Following each inspection, HM Prison and Probation Service (HMPPS) "
        "prepares an action plan which confirms whether each concern is agreed, partly agreed or "
        "not agreed, and sets out the steps that will be taken, with an owner and a target date "
        "for each step. HMP/YOI Forest Bank is operated under contract by Sodexo Justice Services; "
        "delivery of this plan is monitored by the HMPPS Controller.")
    doc.add_paragraph(
        "The inspection report identified priority concerns and key concerns. The categories used "
        "in the response column are defined below.")
    terms = doc.add_table(rows=1, cols=3)
    terms.style = "Table Grid"
    for c, h in zip(terms.rows[0].cells, ("Term", "Definition", "Additional comment")):
        bold_cell(c, h)
        shade(c, "D9D9D9")
    for t, dfn, com in (
        ("Agreed", "All of the concern is agreed with, can be achieved and is affordable.",
         "The response sets out how the concern will be addressed, with SMART actions and "
         "timescales that can be tracked."),
        ("Partly Agreed", "Only part of the concern is agreed with, is achievable and affordable.",
         "The response states clearly which part will be addressed and why the remainder cannot "
         "be."),
        ("Not Agreed", "The concern is not agreed with and will not be addressed.",
         "The response explains the reasons, for example commissioning, policy or affordability."),
    ):
        r = terms.add_row().cells
        r[0].text, r[1].text, r[2].text = t, dfn, com
    set_widths(terms, (3.5, 10, 12))

    header = ("No.", "Concern", "Response", "Ref", "Action taken / planned",
              "Responsible owner", "Target date")
    widths = (1.2, 6.0, 2.2, 1.2, 8.0, 4.0, 3.0)
    for section, concerns in FB_SECTIONS:
        doc.add_paragraph()
        doc.add_heading(section, level=1)
        table = doc.add_table(rows=1, cols=7)
        table.style = "Table Grid"
        for c, h in zip(table.rows[0].cells, header):
            bold_cell(c, h)
            shade(c, "BDD7EE")
        for no, concern, resp, actions in concerns:
            first = None
            for i, (ref, action, owner, date, _end, _et) in enumerate(actions):
                row = table.add_row().cells
                if i == 0:
                    row[0].text, row[1].text, row[2].text = no, concern, resp
                    first = row
                row[3].text, row[4].text, row[5].text, row[6].text = ref, action, owner, date
                if i > 0:
                    for col in (0, 1, 2):
                        first[col].merge(row[col])
        set_widths(table, widths)
    doc.add_paragraph()
    doc.add_paragraph(
        "Note: target dates have been agreed with the HMPPS Controller. Progress against this plan "
        "is reviewed each month at the Local Delivery Board and will be assessed by HMIP at the next "
        "independent review of progress.")
    doc.save(out(FB_FILE))


# ==========================================================================
# 2. South Yorkshire Police - PPDA recommendations tracker (xlsx)
# ==========================================================================
SYP_FILE = "zoc-south-yorkshire-police-ppda-super-complaint-recommendations-tracker.xlsx"
SYP_TITLE = ("South Yorkshire Police – Police Perpetrated Domestic Abuse (PPDA) "
             "Recommendations Tracker")
SYP_PART_A = ("Part A – Centre for Women’s Justice super-complaint: recommendations to chief "
              "constables (report published 30 June 2022)")
SYP_PART_B = "Part B – IOPC PPDA handling review: calls to action"
# (ref, action, owner, original, revised, prev, current, update, end, end_text, status)
SYP_A = [
    ("Recommendation 1: Chief constables should audit all live PPDA cases and those closed in the "
     "previous 12 months, act where cases were not handled as complaint or conduct matters, and "
     "report how the force response will improve.", [
        ("1.1", "Complete a dip-sample audit of all live PPDA cases and cases closed between 1 July "
                "2021 and 30 June 2022, using the national audit template.",
         "DCI, Professional Standards", d(2022, 12, 31), None, "G", "B",
         "Audit of 64 cases completed; findings reported to Chief Officer Team in January 2023.",
         "2022-12", None, "blue"),
        ("1.2", "Refer any case identified by the audit as wrongly handled back to PSD for "
                "reassessment as a complaint or conduct matter.",
         "Head of Professional Standards", d(2023, 3, 31), None, "G", "B",
         "Seven cases reassessed; two now subject to gross misconduct proceedings.",
         "2023-03", None, "blue"),
        ("1.3", "Provide the force’s written response on improvements to the College of Policing, "
                "IOPC and HMICFRS via the NPCC.",
         "Deputy Chief Constable", d(2022, 12, 30), None, "G", "B",
         "Response submitted 21 December 2022.", "2022-12", None, "blue"),
    ]),
    ("Recommendation 2: Chief constables should make sure PPDA allegations are investigated by "
     "officers independent of the suspect’s command, or by another force where a conflict of "
     "interest cannot be managed, and that victims have a consistent point of contact.", [
        ("2.1", "Amend the PPDA investigation policy so that every PPDA crime is allocated outside "
                "the suspect’s own district, with a documented conflict-of-interest check.",
         "Head of Public Protection / Head of Professional Standards", d(2023, 3, 31),
         d(2023, 6, 30), "A", "B", "Policy published June 2023 and briefed to all district commanders.",
         "2023-06", None, "blue"),
        ("2.2", "Agree a reciprocal arrangement with a neighbouring force for the investigation of "
                "PPDA cases involving officers of the rank of chief inspector and above.",
         "ACC Crime", d(2023, 9, 30), d(2026, 3, 31), "A", "A",
         "Draft memorandum of understanding with legal services; regional agreement now being "
         "pursued through the Yorkshire and Humber collaboration board.",
         "2026-03", None, "amber"),
        ("2.3", "Appoint two IDVAs co-located with PSD to act as the single point of contact for "
                "victims in PPDA cases.",
         "Head of Public Protection", d(2023, 12, 31), d(2025, 11, 30), "R", "G",
         "Funding agreed with the OPCC in July 2025; both posts advertised.",
         "2025-11", None, "green"),
    ]),
    ("Recommendation 3: Chief constables should make sure officers and staff recognise the signs "
     "of PPDA and know how to report concerns, and that safeguarding and risk management continue "
     "while misconduct proceedings are under way.", [
        ("3.1", "Deliver PPDA awareness training to all supervisors through the Leadership "
                "Academy, covering coercive control and abuse of police position.",
         "Head of Learning & Development", d(2024, 3, 31), d(2025, 10, 31), "A", "A",
         "71% of sergeants and inspectors trained; remaining sessions booked for October.",
         "2025-10", None, "amber"),
        ("3.2", "Publish guidance on the intranet setting out how officers and staff can report "
                "PPDA concerns, including the confidential Integrity Line.",
         "Head of Corporate Communications", d(2023, 6, 30), None, "B", "B",
         "Published May 2023; refreshed during 16 Days of Action 2024.", "2023-06", None, "blue"),
        ("3.3", "Hold a PPDA risk panel (PSD, Public Protection and HR) to review risk management "
                "and restrictions for every officer or staff member under investigation.",
         "Head of Professional Standards", "Monthly", None, "G", "G",
         "Panel meeting monthly since March 2023; terms of reference reviewed August 2025.",
         None, "Monthly", "green"),
    ]),
]
SYP_B = [
    ("Call to action 1: Forces should flag every PPDA report on their complaints and conduct "
     "case management system so that cases can be identified and monitored.", [
        ("CTA1.1", "Add a mandatory PPDA flag to the PSD case management system and back-record all "
                   "cases open since April 2023.",
         "PSD Business Manager", d(2025, 5, 31), None, "G", "B",
         "Flag live from 12 May 2025; back-record check completed.", "2025-05", None, "blue"),
    ]),
    ("Call to action 2: Forces should make sure victim-survivors are kept updated and are "
     "referred to specialist support.", [
        ("CTA2.1", "Introduce a 28-day contact standard for victim-survivors in PPDA cases and "
                   "monitor compliance in the PSD performance pack.",
         "Head of Professional Standards", d(2025, 7, 31), d(2025, 12, 31), "G", "A",
         "Standard agreed; reporting field not yet available in the case management system.",
         "2025-12", None, "amber"),
        ("CTA2.2", "Commission an independent review of victim-survivor experience from a local "
                   "specialist domestic abuse service.",
         "DCC / OPCC Policy Officer", d(2026, 3, 31), None, None, "G",
         "Scope agreed with the OPCC; procurement under way.", "2026-03", None, "green"),
    ]),
]
RAG_HEX = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}


def _syp_sheet(ws, part_title, recs):
    headers = ("Ref", "Action", "Action owner", "Original target date", "Revised target date",
               "Previous RAG", "Current RAG", "Progress update (September 2025)")
    widths = (9, 60, 30, 14, 14, 10, 10, 55)
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.merge_cells("A1:H1")
    ws["A1"] = part_title
    ws["A1"].font = Font(bold=True, size=12, color="FFFFFF")
    ws["A1"].fill = fill("1F3864")
    for c, h in enumerate(headers, 1):
        cell = ws.cell(row=2, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill("D9E1F2")
        cell.alignment = WRAP
        cell.border = BOX
    ws.freeze_panes = "A3"
    r = 3
    for rec, actions in recs:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        c = ws.cell(row=r, column=1, value=rec)
        c.font = Font(bold=True)
        c.fill = fill("F2F2F2")
        c.alignment = WRAP
        ws.row_dimensions[r].height = 32
        r += 1
        for (ref, action, owner, orig, rev, prev, cur, upd, *_rest) in actions:
            vals = (ref, action, owner, orig, rev, prev, cur, upd)
            for col, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=col, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
                if col in (6, 7) and v:
                    cell.fill = fill(RAG_HEX[v])
                    cell.alignment = Alignment(horizontal="center", vertical="top")
                    cell.font = Font(bold=True, color="FFFFFF" if v in "BR" else "000000")
            r += 1
    return r


def build_syp():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 70
    ws["A1"] = SYP_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A3"] = "Document control"
    ws["A3"].font = Font(bold=True)
    rows = [("Owner", "Head of Professional Standards"),
            ("Governance", "Organisational Learning & Integrity Board"),
            ("Version", "v3.1"),
            ("Last updated", d(2025, 9, 16)),
            ("Classification", "OFFICIAL")]
    for i, (k, v) in enumerate(rows, 4):
        ws.cell(row=i, column=1, value=k).font = Font(bold=True)
        c = ws.cell(row=i, column=2, value=v)
        if isinstance(v, dt.datetime):
            c.number_format = "dd/mm/yyyy"
            c.alignment = Alignment(horizontal="left")
    ws["A10"] = "RAG key"
    ws["A10"].font = Font(bold=True)
    for i, (k, label) in enumerate((("B", "Complete – closure evidence accepted by the Board"),
                                    ("G", "On track"),
                                    ("A", "Some slippage – revised date agreed"),
                                    ("R", "Off track – escalated to the Board")), 11):
        c = ws.cell(row=i, column=1, value=k)
        c.fill = fill(RAG_HEX[k])
        c.alignment = Alignment(horizontal="center")
        ws.cell(row=i, column=2, value=label)
    ws["A16"] = ("Part A sets out the force’s actions against the three recommendations made to "
                 "chief constables. Part B records actions against the IOPC calls to action.")
    ws2 = wb.create_sheet("Part A - CWJ")
    r = _syp_sheet(ws2, SYP_PART_A, SYP_A)
    ws2.cell(row=r + 1, column=1,
             value="Note: where a revised target date is shown it has been approved by the "
                   "Organisational Learning & Integrity Board.").font = Font(italic=True)
    ws3 = wb.create_sheet("Part B - IOPC")
    _syp_sheet(ws3, SYP_PART_B, SYP_B)
    wb.save(out(SYP_FILE))


# ==========================================================================
# 3. Cleveland Fire Brigade - misconduct handling recommendations tracker (csv)
# ==========================================================================
CFB_FILE = ("zoc-cleveland-fire-brigade-hmicfrs-misconduct-handling-"
            "recommendations-tracker.csv")
CFB_TITLE = ("Cleveland Fire Brigade – HMICFRS Standards of Behaviour: Handling of Misconduct – "
             "Recommendations Tracker")
CFB_HEADER = ["Rec No", "Theme", "HMICFRS recommendation", "Action Ref", "Action", "Action Owner",
              "Due Date", "Revised Due Date", "RAG", "Latest Update"]
T_CULT = "Culture and standards of behaviour"
T_RAISE = "Raising concerns"
T_PROC = "Misconduct processes"
T_GOV = "Governance and oversight"
CFB_R1 = ("By 1 February 2025, chief fire officers should, as a priority, make sure staff understand "
          "and apply the Core Code of Ethics and that it is embedded in all relevant policies and "
          "practices.")
CFB_R2 = ("By 1 February 2025, chief fire officers should have a probation policy that allows "
          "probationers who fall short of the required standards of behaviour to be dismissed.")
CFB_R3 = ("By 1 May 2025, chief fire officers should make sure workforce plans allow staff to be "
          "moved between watches or stations, and that firefighters who are promoted, including "
          "temporarily for two months or more, are posted to a different watch or station.")
CFB_R6 = ("By 1 August 2025, chief fire officers should make sure staff have a confidential and "
          "independent route to raise concerns, and that people who raise concerns are kept "
          "informed and supported.")
CFB_R9 = ("By 1 August 2025, chief fire officers should make sure everyone who investigates or "
          "hears misconduct cases is suitably trained, and that the service has access to a "
          "professional standards function.")
CFB_R14 = ("By 1 May 2025, fire and rescue authorities should assure themselves that misconduct is "
           "handled fairly and consistently, using regular data on cases and outcomes.")
# (rec no, theme, rec, ref, action, owner, due, revised, rag, update, end, end_text, status)
CFB_ROWS = [
    ("1", T_CULT, CFB_R1, "R1.1",
     "Review all HR and operational policies against the Core Code of Ethics and add a code "
     "statement to the policy template.", "Head of HR", "31/01/2025", "", "Complete",
     "All 46 people policies reviewed; template updated January 2025.", "2025-01", None, "blue"),
    ("1", T_CULT, CFB_R1, "R1.2",
     "Deliver Code of Ethics workshops to every wholetime watch and on-call station, led by a "
     "principal officer.", "Chief Fire Officer; Director of People & OD", "31/01/2025",
     "31/05/2025", "Complete", "Final on-call sessions completed May 2025.", "2025-05", None,
     "blue"),
    ("2", T_CULT, CFB_R2, "R2.1",
     "Revise the probation policy and trainee firefighter contract to include behavioural "
     "standards and the option of dismissal.", "HR Business Partner", "31/01/2025", "",
     "Complete", "Approved by Executive Leadership Team 14/01/2025.", "2025-01", None, "blue"),
    ("3", T_CULT, CFB_R3, "R3.1",
     "Amend the promotion and temporary promotion procedure so that newly promoted supervisory "
     "managers are posted to a different watch.", "Area Manager – Operational Response",
     "30/04/2025", "31/10/2025", "Amber",
     "Consultation with representative bodies ongoing; revised procedure drafted.", "2025-10",
     None, "amber"),
    ("3", T_CULT, CFB_R3, "R3.2",
     "Introduce an annual watch rotation review as part of workforce planning.",
     "Head of HR / Area Manager – Operational Response", "31/03/2026", "", "Green",
     "First review scheduled for January 2026.", "2026-03", None, "green"),
    ("6", T_RAISE, CFB_R6, "R6.1",
     "Launch an independent, confidential reporting line and publicise it at every station and "
     "on the intranet.", "Director of People & OD", "30/06/2025", "", "Complete",
     "Reporting line live from 2 June 2025; posters issued to all stations.", "2025-06", None,
     "blue"),
    ("6", T_RAISE, CFB_R6, "R6.2",
     "Introduce a case update standard so that people who raise concerns are contacted at least "
     "every 28 days.", "Professional Standards Manager", "31/08/2025", "", "Red",
     "Recruitment to the Professional Standards Manager post delayed; interim cover from HR.",
     "2025-08", None, "red"),
    ("9", T_PROC, CFB_R9, "R9.1",
     "Train a pool of 12 investigating officers to the NFCC misconduct investigation standard.",
     "Head of HR", "31/07/2025", "31/12/2025", "Amber",
     "Eight officers trained; second cohort booked for November.", "2025-12", None, "amber"),
    ("9", T_PROC, CFB_R9, "R9.2",
     "Establish a shared professional standards function with a neighbouring fire and rescue "
     "service.", "Assistant Chief Fire Officer", "TBC", "", "Amber",
     "Options paper to go to the Fire Authority in December 2025.", None, "TBC", "amber"),
    ("14", T_GOV, CFB_R14, "R14.1",
     "Provide a misconduct and grievance data report to the Fire Authority’s Audit & Governance "
     "Committee.", "Director of People & OD", "Quarterly", "", "Green",
     "Q1 2025/26 report presented 25/07/2025.", None, "Quarterly", "green"),
]


def build_cfb():
    with open(out(CFB_FILE), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow([CFB_TITLE])
        w.writerow(["Report run: 19/09/2025 10:42 – Owner: Director of People & OD"])
        w.writerow([])
        w.writerow(CFB_HEADER)
        for row in CFB_ROWS:
            w.writerow(list(row[:10]))
        w.writerow([])
        w.writerow(["Total actions: 10 – Complete 4, Green 2, Amber 3, Red 1"])


# ==========================================================================
# 4. Beech Hill Primary School - post-Ofsted action plan (xlsx)
# ==========================================================================
BH_FILE = "zoc-beech-hill-primary-school-post-ofsted-action-plan.xlsx"
BH_TITLE = "Beech Hill Primary School – Post-Ofsted Action Plan 2024–25"
# (no, action, lead, when, cost, success, monitored, aut, spr, sum, end, end_text, status)
BH_AREAS = [
    ("Area for improvement 1: The curriculum in some foundation subjects is not yet sequenced well "
     "enough. Leaders should set out precisely the knowledge pupils must learn and when, so that "
     "pupils build securely on what they already know.", [
        ("1.1", "Rewrite the history, geography and science long-term plans so that the key "
                "knowledge for each unit is identified and sequenced from EYFS to Year 6.",
         "DHT / Curriculum lead", d(2024, 10, 1), "2 staff meetings; subject leader release time",
         "Knowledge organisers in place for all foundation units; pupils recall prior learning in "
         "pupil voice.", "Curriculum committee", "green", "green", None,
         "2024-10", None, "blue"),
        ("1.2", "Train subject leaders to carry out half-termly deep dives and report the findings "
                "to SLT.", "HT", "Autumn term 2024", "LA subject leader network (£450)",
         "Every subject leader has completed a deep dive and can explain strengths and next "
         "steps.", "HT report to FGB", "amber", "green", None, "2024-12", None, "blue"),
        ("1.3", "Introduce retrieval quizzes at the start of foundation lessons and check their use "
                "through learning walks.", "Subject leaders", "Ongoing", "None",
         "Learning walks show retrieval practice in most lessons.", "SLT learning walks",
         "amber", "amber", None, None, "Ongoing", "amber"),
    ]),
    ("Area for improvement 2: Some pupils at the early stages of reading read books that are not "
     "matched closely enough to the sounds they know. Leaders should make sure the phonics "
     "programme is taught consistently and that all staff are well trained.", [
        ("2.1", "Complete phonics refresher training for all EYFS and KS1 staff, including teaching "
                "assistants.", "Reading lead", d(2024, 9, 1), "Programme training modules",
         "All staff trained; phonics lessons observed follow the programme consistently.",
         "Reading governor", "green", None, None, "2024-09", None, "blue"),
        ("2.2", "Audit and replace decodable reading books so that every book sent home matches "
                "the child’s phonics stage.", "Reading lead & Office manager", d(2024, 12, 1),
         "£3,500 (English budget)", "Book audit complete; 100% of books sent home are matched.",
         "Reading governor", "red", "amber", None, "2024-12", None, "amber"),
        ("2.3", "Run daily keep-up sessions for pupils who fall behind, tracked through six-weekly "
                "phonics assessments.", "KS1 phase leader", "Summer term 2025",
         "TA time (1 hour daily)", "At least 85% of Year 1 pupils meet the phonics screening "
         "check standard.", "HT / Reading governor", None, "amber", None, "2025-07", None,
         "amber"),
    ]),
    ("Area for improvement 3: Governors do not check closely enough the impact of leaders’ "
     "actions. They should hold leaders to account more rigorously for the quality of "
     "education.", [
        ("3.1", "Commission an external review of governance and act on its recommendations.",
         "Chair of Governors", d(2025, 1, 1), "NGA review (£1,100)",
         "Review completed and action plan adopted by the FGB.", "FGB", "amber", "green", None,
         "2025-01", None, "blue"),
        ("3.2", "Link each governor to a subject or priority area, with a termly visit and written "
                "report to the FGB.", "Chair of Governors / HT", "Termly", "None",
         "Visit reports received for every link area each term.", "Clerk to governors",
         "amber", "red", None, None, "Termly", "red"),
        ("3.3", "Provide governors with a half-termly headteacher’s report on attendance, phonics "
                "outcomes and curriculum monitoring.", "HT", d(2024, 11, 1), "None",
         "Governors’ minutes show challenge on each report.", "FGB", "green", "green", None,
         "2024-11", None, "blue"),
    ]),
]


def build_beech_hill():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    widths = (6, 52, 18, 14, 22, 40, 20, 7, 7, 7)
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.merge_cells("A1:J1")
    ws["A1"] = BH_TITLE
    ws["A1"].font = Font(bold=True, size=14, color="1F4E78")
    ws.merge_cells("A2:J2")
    ws["A2"] = ("Ofsted inspection 14–15 May 2024: Requires improvement. Plan agreed by the Full "
                "Governing Body on 9 July 2024 and reviewed each term.")
    ws["A3"] = "RAG key:"
    ws["A3"].font = Font(bold=True)
    for col, (hex_, label) in zip("BCD", ((RED, "Not on track"), (AMBER, "In progress"),
                                          (GREEN, "Achieved"))):
        ws[f"{col}3"] = label
        ws[f"{col}3"].fill = fill(hex_)
    ws.merge_cells("H4:J4")
    ws["H4"] = "RAG review"
    ws["H4"].font = Font(bold=True)
    ws["H4"].alignment = Alignment(horizontal="center")
    headers = ("No.", "Action", "Lead(s)", "Timescale", "Resources / cost", "Success criteria",
               "Monitored by", "Aut", "Spr", "Sum")
    for c, h in enumerate(headers, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F4E78")
        cell.border = BOX
        cell.alignment = WRAP
    r = 6
    for area, actions in BH_AREAS:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        c = ws.cell(row=r, column=1, value=area)
        c.font = Font(bold=True)
        c.fill = fill("DDEBF7")
        c.alignment = WRAP
        ws.row_dimensions[r].height = 45
        r += 1
        for (no, action, lead, when, cost, success, mon, aut, spr, summ, *_x) in actions:
            for col, v in enumerate((no, action, lead, when, cost, success, mon), 1):
                cell = ws.cell(row=r, column=col, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "mmm-yy"
                    cell.alignment = Alignment(horizontal="left", vertical="top")
            for col, colour in zip((8, 9, 10), (aut, spr, summ)):
                cell = ws.cell(row=r, column=col)
                cell.border = BOX
                if colour:
                    cell.fill = fill(FILLS[colour])
            r += 1
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
    ws.cell(row=r, column=1,
            value="Notes: reviewed with the local authority school improvement adviser in "
                  "December 2024 and March 2025. Summer review to take place in July 2025.")
    ws.cell(row=r, column=1).font = Font(italic=True)
    wb.save(out(BH_FILE))


# ==========================================================================
# 5. Cadoxton Primary School - Estyn post-inspection action plan (txt)
# ==========================================================================
CAD_FILE = "zoc-cadoxton-primary-school-estyn-post-inspection-action-plan.txt"
CAD_TITLE = "Cadoxton Primary School – Post-Inspection Action Plan (PIAP) 2025–26"
CAD_R1 = ("R1: Improve the consistency of teaching so that all pupils, particularly the more able, "
          "are challenged appropriately")
CAD_R2 = "R2: Strengthen the provision for developing pupils’ Welsh language skills across the school"
CAD_R3 = ("R3: Ensure that self-evaluation and improvement planning focus sharply on the impact of "
          "teaching on pupils’ progress")
# (ref, action lines, lead, timescale, success, monitoring, progress, end, end_text, status)
CAD_RECS = [
    (CAD_R1, [
        ("1a", ["Agree a whole-school set of teaching principles, including planning for "
                "challenge, and share them with all teaching staff."],
         "Headteacher", "September 2025",
         "All staff plan using the principles; learning walks show challenge in most lessons",
         "SLT learning walks (half-termly)", "Complete", "2025-09", None, "blue"),
        ("1b", ["Run a programme of peer observation in triads, focused on questioning and "
                "adapting tasks for more able pupils,",
                "with feedback recorded on the school’s professional learning log."],
         "Deputy Headteacher", "Autumn term 2025",
         "Every teacher has observed and been observed twice; log shows agreed next steps",
         "Headteacher", "Green", "2025-12", None, "green"),
        ("1c", ["Provide targeted coaching for two teachers through the local authority school "
                "improvement partner."],
         "Headteacher / LA school improvement partner", "December 2025",
         "Lesson observations show teaching is consistently good",
         "LA termly visit", "Amber", "2025-12", None, "amber"),
    ]),
    (CAD_R2, [
        ("2a", ["Appoint a Welsh language champion and relaunch the Siarter Iaith with a pupil "
                "Criw Cymraeg."],
         "Welsh coordinator", "October 2025",
         "Criw Cymraeg meets weekly; Siarter Iaith bronze award achieved",
         "Governing body (Welsh link governor)", "Complete", "2025-10", None, "blue"),
        ("2b", ["Plan short daily Welsh sessions in every class and check them during learning "
                "walks."],
         "Welsh coordinator and Deputy Headteacher", "Ongoing",
         "Pupils use incidental Welsh confidently around the school",
         "SLT learning walks", "Green", None, "Ongoing", "green"),
    ]),
    (CAD_R3, [
        ("3a", ["Revise the monitoring calendar so that book scrutiny, pupil voice and learning "
                "walks are triangulated each term."],
         "Headteacher", "Termly",
         "Self-evaluation report identifies the impact of teaching on progress for each class",
         "Governing body", "Green", None, "Termly", "green"),
        ("3b", ["Train governors on the school’s improvement planning cycle and link each governor "
                "to a PIAP recommendation."],
         "Chair of Governors", "January 2026",
         "Governors’ visit reports refer to the PIAP success criteria",
         "Clerk to governors", "Not started", "2026-01", None, "unrated"),
        ("3c", ["Produce a progress report on this PIAP for the governing body and the local "
                "authority."],
         "Headteacher", "Summer term 2026",
         "Report shows all success criteria met or on track",
         "Governing body / LA", "Not started", "2026-07", None, "unrated"),
    ]),
]


def cad_lines():
    lines = [CAD_TITLE,
             "Estyn core inspection: 10–13 March 2025. Report published: 20 May 2025. "
             "Approved by the governing body: 1 July 2025.",
             "",
             "Progress key: Green = on track; Amber = some delay; Red = at risk; "
             "Complete = achieved and impact evaluated; Not started = not yet due to begin",
             ""]
    header = "\t".join(("Ref", "Action", "Lead", "Timescale", "Success criteria", "Monitoring",
                        "Progress"))
    for rec, actions in CAD_RECS:
        lines.append(rec)
        lines.append(header)
        for ref, alines, lead, when, success, mon, prog, *_x in actions:
            lines.append("\t".join((ref, alines[0], lead, when, success, mon, prog)))
            for extra in alines[1:]:
                lines.append("\t".join(("", extra, "", "", "", "", "")))
        lines.append("")
    lines.append("Notes: This plan is reviewed at each meeting of the full governing body. Estyn "
                 "has not identified the school as needing follow-up; the local authority will "
                 "monitor progress through its termly visits.")
    return lines


def build_cadoxton():
    with open(out(CAD_FILE), "w", encoding="utf-8", newline="") as fh:
        fh.write("\r\n".join(cad_lines()) + "\r\n")


# ==========================================================================
# 6. Blackburn College - Ofsted monitoring visit action plan (xlsx, refuse)
# ==========================================================================
BC_FILE = "zoc-blackburn-college-ofsted-monitoring-visit-action-plan-typo-month-refuse.xlsx"
BC_TITLE = "Blackburn College – Ofsted Monitoring Visit Action Plan 2024–25"
BC_TYPO_ROW = 12
BC_THEMES = [
    ("Theme 1: What progress have leaders made in ensuring that teachers use assessment "
     "effectively to identify and close gaps in learners’ knowledge?", "Reasonable progress", [
        ("T1.1", "Deliver a CPD programme on formative assessment and questioning for all "
                 "study programme teachers.", "Head of Teaching & Learning", d(2025, 4, 1),
         "Sessions 1–3 delivered; 92% attendance.", "G"),
        ("T1.2", "Introduce diagnostic assessment at the start of each unit in English, maths and "
                 "science.", "Heads of Faculty", d(2025, 6, 1),
         "Diagnostics in place in maths and science; English from June.", "A"),
        ("T1.3", "Check the use of assessment through termly deep dives and share findings at the "
                 "Quality Improvement Board.", "Vice Principal Curriculum & Quality", "Termly",
         "Spring deep dives completed in four curriculum areas.", "G"),
    ]),
    ("Theme 2: What progress have leaders and managers made in improving apprentices’ "
     "attendance and timely achievement?", "Insufficient progress", [
        ("T2.1", "Introduce fortnightly progress reviews with employers for every apprentice "
                 "beyond their planned end date.", "Head of Apprenticeships", d(2025, 3, 1),
         "Reviews now fortnightly for 38 out-of-funding apprentices.", "A"),
        ("T2.2", "Recruit two additional skills coaches for engineering and construction "
                 "apprenticeships.", "Director of HR", "0ct-25",
         "One coach appointed; second post re-advertised.", "A"),
        ("T2.3", "Report apprentice attendance weekly to curriculum managers and follow up "
                 "absence within 48 hours.", "Head of Apprenticeships", d(2025, 5, 1),
         "Weekly report in place since April.", "G"),
    ]),
    ("Theme 3: How much progress have leaders made in ensuring that learners with high needs "
     "receive effective support to achieve their EHCP outcomes?", "Significant progress", [
        ("T3.1", "Rewrite learning plans for all high needs learners so that targets are linked "
                 "to EHCP outcomes.", "Head of Inclusion", d(2025, 1, 1),
         "All 64 plans rewritten and quality-assured.", "C"),
        ("T3.2", "Train learning support assistants in supporting independence and preparation "
                 "for adulthood.", "Head of Inclusion", d(2025, 7, 1),
         "Training delivered to 80% of LSAs.", "G"),
    ]),
]
BC_RAG = {"G": GREEN, "A": AMBER, "R": RED, "C": BLUE}


def build_blackburn():
    wb = Workbook()
    ws = wb.active
    ws.title = "MV action plan"
    widths = (8, 60, 30, 13, 50, 8)
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws["A1"] = BC_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Monitoring visit: 11–12 February 2025 (following full inspection in March 2024 "
                "– Requires improvement)")
    ws["A3"] = ("Plan owner: Vice Principal Curriculum & Quality | Monitored by: Quality & "
                "Standards Committee | RAG: C = complete, G = on track, A = some slippage, "
                "R = off track")
    headers = ("Ref", "Action", "Lead", "Target date", "Progress to date", "RAG")
    for c, h in enumerate(headers, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("7030A0")
        cell.border = BOX
    r = 6
    for theme, judgement, actions in BC_THEMES:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        c = ws.cell(row=r, column=1, value=theme)
        c.font = Font(bold=True)
        c.alignment = WRAP
        c.fill = fill("E4DFEC")
        j = ws.cell(row=r, column=6, value=judgement)
        j.font = Font(bold=True, size=8)
        j.alignment = WRAP
        ws.row_dimensions[r].height = 32
        r += 1
        for ref, action, lead, when, prog, rag in actions:
            for col, v in enumerate((ref, action, lead, when, prog, rag), 1):
                cell = ws.cell(row=r, column=col, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "mmm-yy"
                    cell.alignment = Alignment(horizontal="left", vertical="top")
                if col == 4 and isinstance(v, str):
                    cell.alignment = Alignment(horizontal="left", vertical="top")
            rc = ws.cell(row=r, column=6)
            rc.fill = fill(BC_RAG[rag])
            rc.alignment = Alignment(horizontal="center", vertical="top")
            r += 1
    assert ws.cell(row=BC_TYPO_ROW, column=4).value == "0ct-25"
    ws2 = wb.create_sheet("Summary")
    ws2["A1"] = "Summary by RAG"
    ws2["A1"].font = Font(bold=True)
    for i, (k, n) in enumerate((("Complete", 1), ("On track", 4), ("Some slippage", 3),
                                ("Off track", 0), ("Total", 8)), 2):
        ws2.cell(row=i, column=1, value=k)
        ws2.cell(row=i, column=2, value=n)
    wb.save(out(BC_FILE))


# ==========================================================================
# 7. The Dean Trust - Trust Improvement Plan 2025-26 (docx)
# ==========================================================================
DT_FILE = "zoc-the-dean-trust-trust-improvement-plan-2025-26.docx"
DT_TITLE = "The Dean Trust – Trust Improvement Plan 2025–26"
# (ref, action, lead, deadline, success, rag colour or None, end, end_text, status)
DT_PRIORITIES = [
    ("Priority 1 – Quality of education",
     "Intended outcome: every academy provides a good or better quality of education, with "
     "outcomes at KS2 and KS4 at or above national averages.", [
        ("1.1", "Implement the trust-wide curriculum quality assurance cycle in all secondary "
                "academies, with termly subject reviews led by trust subject leads.",
         "Director of Education (Secondary)", "Dec 2025",
         "Every subject reviewed at least once; review findings acted on within six weeks.",
         "green", "2025-12", None, "green"),
        ("1.2", "Roll out the trust reading strategy in all primary academies, including a shared "
                "reading fluency assessment.", "Director of Education (Primary)",
         "Summer term 2026", "Fluency assessed three times a year; gaps close for disadvantaged "
         "pupils.", "green", "2026-07", None, "green"),
        ("1.3", "Provide intensive support to the two academies currently judged requires "
                "improvement, including monthly trust review visits.",
         "CEO; Director of Education (Secondary)", "Jul 2026",
         "Monthly review notes show actions completed; external review confirms improvement.",
         "amber", "2026-07", None, "amber"),
    ]),
    ("Priority 2 – Inclusion, SEND and attendance",
     "Intended outcome: pupils with SEND and disadvantaged pupils attend well and achieve as "
     "well as their peers.", [
        ("2.1", "Appoint a Trust Director of Inclusion and set up a half-termly SENDCo network.",
         "CEO", "Sep 2025", "Director in post; network meeting every half term.", "blue",
         "2025-09", None, "blue"),
        ("2.2", "Reduce persistent absence through a trust attendance team working alongside each "
                "academy’s attendance lead.", "Director of Inclusion", "Ongoing",
         "Persistent absence below national average in every academy.", "amber", None,
         "Ongoing", "amber"),
        ("2.3", "Review alternative provision placements and quality-assure every provider used "
                "by trust academies.", "Director of Inclusion / Trust Safeguarding Lead",
         "31 March 2026", "All providers visited and rated; unsuitable placements ended.",
         "red", "2026-03", None, "red"),
    ]),
    ("Priority 3 – People and leadership",
     "Intended outcome: the trust recruits, develops and retains high-quality staff.", [
        ("3.1", "Launch the trust leadership development programme for middle and senior "
                "leaders.", "Director of People", "Jan 2026",
         "Two cohorts enrolled; participant evaluation at least 90% positive.", "green",
         "2026-01", None, "green"),
        ("3.2", "Complete a workload and wellbeing survey of all staff and publish an action plan "
                "in response.", "Director of People", "Autumn term 2025",
         "Response rate above 70%; action plan agreed with staff forum.", None, "2025-12", None,
         "unrated"),
    ]),
    ("Priority 4 – Finance, estates and sustainability",
     "Intended outcome: the trust is financially sustainable and its buildings are safe and "
     "well maintained.", [
        ("4.1", "Set a balanced three-year budget for every academy and reduce the trust’s "
                "reliance on reserves.", "Chief Financial Officer", "May 2026",
         "Board approves balanced budgets for 2026–27 to 2028–29.", "green", "2026-05", None,
         "green"),
        ("4.2", "Submit Condition Improvement Fund bids for roofing and heating works at three "
                "academies.", "Head of Estates", "Dec 2025",
         "Bids submitted by the DfE deadline.", "green", "2025-12", None, "green"),
    ]),
]


def build_dean_trust():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(DT_TITLE, level=0)
    doc.add_paragraph(
        "This plan sets out the trust’s improvement priorities for 2025–26. It sits beneath the "
        "Strategic Plan 2024–2027 and above each academy’s own improvement plan.")
    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in (("Document owner", "Chief Executive Officer"),
                 ("Approved by", "Board of Trustees, 15 October 2025"),
                 ("Review", "Termly by the Standards Committee"),
                 ("Version", "1.2")):
        r = dc.add_row().cells
        bold_cell(r[0], k)
        shade(r[0], "E7E6E6")
        r[1].text = v
    set_widths(dc, (5, 12))
    doc.add_paragraph()
    doc.add_paragraph().add_run("RAG key").bold = True
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for colour, label in (("blue", "Complete"), ("green", "On track"),
                          ("amber", "At risk – mitigation in place"), ("red", "Off track"),
                          (None, "Not yet rated")):
        r = key.add_row().cells
        if colour:
            shade(r[0], FILLS[colour])
        r[1].text = label
    set_widths(key, (2, 8))
    headers = ("Ref", "Action", "Lead", "Deadline", "Success criteria", "RAG (Dec 2025)")
    widths = (1.3, 9.0, 4.5, 3.0, 7.0, 2.2)
    for heading, outcome, actions in DT_PRIORITIES:
        doc.add_heading(heading, level=1)
        doc.add_paragraph(outcome)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, headers):
            bold_cell(c, h)
            shade(c, "D9E1F2")
        for ref, action, lead, deadline, success, colour, *_x in actions:
            r = t.add_row().cells
            r[0].text, r[1].text, r[2].text, r[3].text, r[4].text = (ref, action, lead, deadline,
                                                                      success)
            if colour:
                shade(r[5], FILLS[colour])
        set_widths(t, widths)
        doc.add_paragraph()
    doc.add_paragraph(
        "Progress against this plan is reported to the Standards Committee each term and to the "
        "Board of Trustees in December, April and July.")
    doc.save(out(DT_FILE))


def main():
    build_forest_bank()
    build_syp()
    build_cfb()
    build_beech_hill()
    build_cadoxton()
    build_blackburn()
    build_dean_trust()


if __name__ == "__main__":
    main()
