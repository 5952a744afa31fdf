"""Build the seven zsj- blind test files (set heldout685).

Run with /work/main/.venv/bin/python zsj_make.py from any directory; files are
written beside this script. Only files starting with zsj- are written.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zsj-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers
FILL = {
    "blue": PatternFill("solid", fgColor="5B9BD5"),
    "green": PatternFill("solid", fgColor="00B050"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "red": PatternFill("solid", fgColor="FF0000"),
    "head": PatternFill("solid", fgColor="005EB8"),
    "band": PatternFill("solid", fgColor="D9E2F3"),
    "grey": PatternFill("solid", fgColor="E7E6E6"),
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
WHITE_BOLD = Font(bold=True, color="FFFFFF")


def d(y, m, day):
    return dt.datetime(y, m, day)


def header_row(ws, row, values):
    for i, v in enumerate(values, start=1):
        c = ws.cell(row=row, column=i, value=v)
        c.font = WHITE_BOLD
        c.fill = FILL["head"]
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX


def body_cell(ws, row, col, value, fmt=None):
    c = ws.cell(row=row, column=col, value=value)
    c.alignment = WRAP
    c.border = BOX
    if fmt and isinstance(value, dt.datetime):
        c.number_format = fmt
    return c


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


# ============================================================ 1. Barnsley PSII
def barnsley():
    wb = Workbook()
    dc = wb.active
    dc.title = "Document control"
    dc["A1"] = "Barnsley Hospital NHS Foundation Trust"
    dc["A1"].font = Font(bold=True, size=12)
    dc["A2"] = "PSII Safety Action Plan – document control"
    dc["A2"].font = Font(bold=True)
    header_row(dc, 4, ["Version", "Date", "Author", "Summary of changes"])
    rows = [
        ("0.1", d(2024, 10, 28), "Patient Safety Specialist",
         "First draft following PSII report sign-off"),
        ("1.0", d(2024, 11, 14), "Patient Safety Specialist",
         "Approved at Patient Safety Incident Oversight Group"),
        ("1.1", d(2025, 1, 20), "Head of Nursing – UEC",
         "January progress update; revised target dates for 1.1 and 3.2"),
    ]
    for r, vals in enumerate(rows, start=5):
        for c, v in enumerate(vals, start=1):
            body_cell(dc, r, c, v, "dd/mm/yyyy")
    dc["A9"] = "Executive lead"
    dc["B9"] = "Chief Nurse"
    dc["A10"] = "Reported to"
    dc["B10"] = "Quality and Governance Committee"
    widths(dc, [16, 14, 28, 60])

    ws = wb.create_sheet("Safety action plan")
    ws["A1"] = "Barnsley Hospital NHS Foundation Trust"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = ("PSII Safety Action Plan – Delayed recognition and escalation of "
                "sepsis in the Emergency Department")
    ws["A2"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:J2")
    ws["A3"] = ("Incident reference: PSII 2024/017   |   Date of incident: 03/06/2024"
                "   |   Report approved: 14/11/2024")
    ws["A4"] = ("Care group: Urgent and Emergency Care   |   Plan owner: Head of Nursing – UEC"
                "   |   Progress position at: 20/01/2025")
    ws.merge_cells("A3:J3")
    ws.merge_cells("A4:J4")
    header_row(ws, 6, [
        "Area for improvement (finding)", "Ref", "Safety action",
        "Action strength (hierarchy of intervention)", "Action owner", "Target date",
        "Revised target date", "Measure / evidence of completion",
        "Progress update – January 2025", "Status"])

    afis = [
        ("AFI 1: Sepsis screening at triage was not consistently completed for "
         "patients arriving by ambulance while the department was at OPEL 4."),
        ("AFI 2: NEWS2 escalation to the medical team was delayed because the medical "
         "rota did not identify which doctor was responsible for patients in the "
         "corridor and Fit to Sit areas."),
        ("AFI 3: The first dose of IV antibiotics was delayed because first-line "
         "antibiotics were not stocked in the corridor care area."),
        ("AFI 4: Learning from earlier sepsis incidents had not reached bank and "
         "agency nurses working in the Emergency Department."),
    ]
    actions = [
        (0, "1.1",
         "Build a mandatory sepsis screening question into the Nervecentre ED triage "
         "form so that triage cannot be completed without a screening outcome.",
         "Stronger – forcing function", "Digital Clinical Safety Officer",
         d(2025, 1, 31), d(2025, 3, 31),
         "Monthly report of triage records with no screening outcome (target 0%)",
         "Form change approved at Digital Design Authority; build scheduled for the "
         "March release.", "On track", "green"),
        (0, "1.2",
         "Add a sepsis check for every patient in the corridor care area to the "
         "two-hourly ED safety huddle while the department is at OPEL 3 or 4.",
         "Intermediate – checklist", "ED Matron", d(2024, 12, 31), None,
         "Huddle sheets audited weekly for 8 weeks",
         "Huddle template updated 02/12/2024; audit shows 94% completion.",
         "Complete", "blue"),
        (1, "2.1",
         "Amend the ED medical rota template to allocate a named doctor to the "
         "corridor and Fit to Sit areas on every shift, displayed on the department "
         "whiteboard.",
         "Intermediate – standardisation", "Clinical Director – Emergency Medicine",
         d(2025, 2, 28), None, "Rota template in use; spot check of 10 shifts",
         "Template drafted; awaiting agreement through consultant job planning.",
         "At risk", "amber"),
        (1, "2.2",
         "Audit the time from a NEWS2 score of 5 or more to medical review each month "
         "for six months and report the results to the UEC Care Group Quality Board.",
         "Weaker – audit",
         "ED Consultant Lead for Quality; Deteriorating Patient Nurse Specialist",
         d(2025, 6, 30), None, "Six monthly audit reports",
         "October and November audits complete (median 38 minutes).",
         "On track", "green"),
        (2, "3.1",
         "Stock a sealed sepsis grab bag (first-line IV antibiotics, blood culture "
         "sets and fluids) in the corridor care area and add it to the daily "
         "equipment checklist.",
         "Stronger – equipment / environment",
         "Lead Pharmacist – Urgent Care / ED Matron",
         d(2024, 11, 30), None, "Daily checklist completion",
         "Grab bags in place from 18/11/2024 and checked daily.",
         "Complete", "blue"),
        (2, "3.2",
         "Make 'time first antibiotic dose given' a mandatory field in the ePMA "
         "sepsis order set.",
         "Stronger – forcing function", "Chief Pharmacist",
         d(2025, 3, 31), d(2025, 6, 30), "ePMA configuration report",
         "Change request raised with supplier; awaiting a release date.",
         "Not started", None),
        (3, "4.1",
         "Add the sepsis screening and escalation standard to the ED local induction "
         "checklist completed by all bank and agency nurses.",
         "Weaker – training / education", "Practice Education Facilitator – ED",
         d(2024, 12, 31), None, "Induction checklists audited",
         "Checklist updated and in use from 09/12/2024.", "Complete", "blue"),
        (3, "4.2",
         "Share the learning from this PSII through the Patient Safety Learning "
         "Bulletin and the Trust 'Learning from Incidents' forum.",
         "Weaker – communication", "Patient Safety Specialist",
         d(2025, 1, 31), None, "Bulletin published; forum attendance",
         "Bulletin article drafted; forum presentation booked for 29/01/2025.",
         "On track", "green"),
    ]
    r = 7
    start = {}
    for afi, ref, text, strength, owner, tgt, rev, meas, prog, status, colour in actions:
        if afi not in start:
            start[afi] = r
            body_cell(ws, r, 1, afis[afi])
        else:
            body_cell(ws, r, 1, None)
        body_cell(ws, r, 2, ref)
        body_cell(ws, r, 3, text)
        body_cell(ws, r, 4, strength)
        body_cell(ws, r, 5, owner)
        body_cell(ws, r, 6, tgt, "dd/mm/yyyy")
        body_cell(ws, r, 7, rev, "dd/mm/yyyy")
        body_cell(ws, r, 8, meas)
        body_cell(ws, r, 9, prog)
        c = body_cell(ws, r, 10, status)
        if colour:
            c.fill = FILL[colour]
        r += 1
    for afi, s in start.items():
        ws.merge_cells(start_row=s, start_column=1, end_row=s + 1, end_column=1)
    # key and summary (r == 15)
    ws.cell(row=16, column=1, value="Status key").font = Font(bold=True)
    for i, (word, colour) in enumerate([("Complete", "blue"), ("On track", "green"),
                                        ("At risk", "amber"), ("Overdue", "red"),
                                        ("Not started", None)], start=2):
        c = ws.cell(row=16, column=i, value=word)
        c.border = BOX
        if colour:
            c.fill = FILL[colour]
    ws["A18"] = ("Summary: 8 safety actions – 3 Complete, 3 On track, 1 At risk, "
                 "0 Overdue, 1 Not started")
    ws["A19"] = ("Note: safety actions are monitored monthly at the UEC Care Group Quality "
                 "Board and reported to the Patient Safety Incident Oversight Group until "
                 "all are evidenced as complete.")
    widths(ws, [42, 6, 50, 22, 28, 12, 12, 30, 40, 12])
    ws.freeze_panes = "A7"
    wb.save(out("zsj-barnsley-hospital-nhsft-psii-delayed-sepsis-recognition-safety-action-plan.xlsx"))


# ============================================================ 2. Surrey Heartlands BAF
def surrey():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "NHS Surrey Heartlands Integrated Care Board"
    sm["A1"].font = Font(bold=True, size=12)
    sm["A2"] = "Board Assurance Framework 2025/26"
    sm["A2"].font = Font(bold=True, size=14)
    sm["A3"] = ("Position at Quarter 2 (30 September 2025) – presented to the ICB Board, "
                "6 November 2025")
    header_row(sm, 5, ["BAF ref", "Strategic risk", "Executive lead", "Assuring committee",
                       "Inherent score", "Q1 score", "Q2 score", "Target score", "Trend"])
    summary = [
        ("BAF 1", "Urgent and emergency care", "Chief Operating Officer",
         "Quality and Performance Committee", 25, 20, 20, 12, "↔"),
        ("BAF 2", "Financial sustainability", "Chief Finance Officer",
         "Finance and Investment Committee", 25, 16, 20, 10, "↑"),
        ("BAF 3", "Access to primary care", "Director of Primary Care",
         "Primary Care Commissioning Committee", 20, 16, 12, 8, "↓"),
    ]
    for i, vals in enumerate(summary, start=6):
        for j, v in enumerate(vals, start=1):
            c = body_cell(sm, i, j, v)
            if j in (6, 7) and isinstance(v, int):
                c.fill = FILL["red"] if v >= 15 else FILL["amber"]
    sm["A10"] = "Risk score = likelihood x consequence (5 x 5 matrix). Trend shows movement since Q1."
    sm["A11"] = ("Action RAG key: B – complete; G – on track; A – at risk of delay; "
                 "R – off track / overdue")
    widths(sm, [10, 34, 26, 36, 10, 9, 9, 10, 7])

    risks = [
        ("BAF 1", "BAF 1 – Urgent and emergency care",
         ("If demand for urgent and emergency care continues to exceed capacity across "
          "acute, community and social care, then patients will experience long waits in "
          "emergency departments and ambulance handover delays, resulting in avoidable harm."),
         "Improve access to urgent and emergency care", "Chief Operating Officer",
         "Quality and Performance Committee",
         "Inherent 5 x 5 = 25 | Current 4 x 5 = 20 | Target 3 x 4 = 12",
         ("System UEC Board with weekly performance review; OPEL escalation framework; "
          "care traffic control centre; virtual wards."),
         ("Monthly UEC performance report to the Quality and Performance Committee; "
          "NHS England tier 2 oversight meetings."),
         ("1. Care traffic control not yet in place at every acute site.\n"
          "2. Discharge to assess capacity insufficient for winter demand."),
         [
             ("1.1", "Expand the care traffic control centre to cover all acute trusts in "
                     "Surrey Heartlands, so that ambulance crews can refer directly to same "
                     "day emergency care and urgent community response.",
              "Director of Urgent and Emergency Care", d(2025, 12, 31), "A", "G",
              "Live at Royal Surrey and East Surrey; Ashford and St Peter's go-live planned "
              "for November."),
             ("1.2", "Agree the system winter plan 2025/26 with acute, community, social care "
                     "and ambulance partners, including escalation triggers.",
              "Chief Operating Officer", d(2025, 9, 30), "G", "B",
              "Winter plan approved by the ICB Board on 4 September 2025."),
             ("1.3", "Reduce ambulance handover delays over 45 minutes by implementing the "
                     "release to respond protocol at every acute site.",
              "Director of Urgent and Emergency Care / Place Managing Directors",
              "Q3 2025/26", "A", "A",
              "Protocol live at two of four sites; average handover time 38 minutes in "
              "September."),
             ("1.4", "Commission additional discharge to assess beds for winter through the "
                     "Better Care Fund.",
              "Director of Commissioning; Director of Adult Social Care (Surrey County Council)",
              "November 2025", "R", "A",
              "24 of 40 beds contracted; procurement for the remainder closes 17 October."),
         ]),
        ("BAF 2", "BAF 2 – Financial sustainability",
         ("If the system does not deliver its efficiency programme and control workforce "
          "growth, then the ICB will not meet its 2025/26 financial plan, leading to "
          "further regulatory intervention."),
         "Deliver a balanced system financial plan", "Chief Finance Officer",
         "Finance and Investment Committee",
         "Inherent 5 x 5 = 25 | Current 4 x 5 = 20 | Target 2 x 5 = 10",
         ("System financial plan agreed with NHS England; monthly system finance report; "
          "vacancy control panels in every organisation."),
         ("Internal audit of financial controls (substantial assurance, May 2025); "
          "monthly reporting to the Finance and Investment Committee."),
         ("1. Efficiency delivery behind plan at month 6.\n"
          "2. ICB running cost reduction not yet agreed."),
         [
             ("2.1", "Establish a system Financial Recovery Board with monthly reporting of "
                     "efficiency delivery against plan by organisation.",
              "Chief Finance Officer", d(2025, 6, 30), "G", "B",
              "Board established; first meeting held 12 June 2025."),
             ("2.2", "Complete the review of continuing healthcare packages costing more than "
                     "£3,000 per week and implement the agreed changes.",
              "Director of Continuing Healthcare", d(2026, 3, 31), "A", "A",
              "142 of 310 packages reviewed; savings to date £1.9m against £4.5m target."),
             ("2.3", "Implement the ICB organisational change programme to meet the 50% "
                     "running cost reduction required by NHS England.",
              "Chief People Officer / Chief Finance Officer", "Ongoing", "A", "R",
              "Consultation paused pending national guidance on the clustering of ICBs."),
         ]),
        ("BAF 3", "BAF 3 – Access to primary care",
         ("If general practice and dental capacity does not keep pace with demand, then "
          "patients will not be able to get timely appointments, increasing pressure on "
          "urgent care services."),
         "Improve access to primary care", "Director of Primary Care",
         "Primary Care Commissioning Committee",
         "Inherent 4 x 5 = 20 | Current 3 x 4 = 12 | Target 2 x 4 = 8",
         ("Primary care access recovery plan; PCN capacity and access improvement plans; "
          "local enhanced services."),
         ("GP patient survey results; monthly appointment data; dental access dashboard."),
         ("1. Digital telephony not yet in place in all practices.\n"
          "2. No agreed plan to restore NHS dental access."),
         [
             ("3.1", "Roll out cloud-based telephony and online consultation tools to all "
                     "practices under the Modern General Practice Access programme.",
              "Head of Primary Care Transformation", d(2026, 3, 31), "G", "G",
              "89 of 101 practices live."),
             ("3.2", "Recruit GPs through the Additional Roles Reimbursement Scheme into "
                     "primary care networks with the lowest appointment rates.",
              "Primary Care Workforce Lead", "January 2026", "A", "G",
              "11 GPs recruited; a further 6 offers made."),
             ("3.3", "Publish a dental access recovery plan with urgent dental care sessions "
                     "commissioned in each place.",
              "Head of Dental Commissioning", d(2025, 12, 31), None, "A",
              "New action at Q2; draft plan at Primary Care Commissioning Committee in "
              "November."),
         ]),
    ]
    rag_fill = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    for sheet, heading, risk, objective, lead, committee, score, controls, assur, gaps, acts in risks:
        ws = wb.create_sheet(sheet)
        ws["A1"] = heading
        ws["A1"].font = Font(bold=True, size=14)
        ws.merge_cells("A1:G1")
        labels = [("Strategic risk", risk), ("Strategic objective", objective),
                  ("Executive lead", lead), ("Assuring committee", committee),
                  ("Risk score (L x C)", score), ("Key controls", controls),
                  ("Sources of assurance", assur), ("Gaps in control / assurance", gaps)]
        for i, (lab, val) in enumerate(labels, start=3):
            c = ws.cell(row=i, column=1, value=lab)
            c.font = Font(bold=True)
            c.fill = FILL["band"]
            c.border = BOX
            body_cell(ws, i, 2, val)
            ws.merge_cells(start_row=i, start_column=2, end_row=i, end_column=7)
        ws.cell(row=12, column=1, value="Actions to address gaps").font = Font(bold=True, size=12)
        header_row(ws, 13, ["Ref", "Action", "Action lead", "Due date", "Previous RAG",
                            "Current RAG", "Progress update (Q2)"])
        for k, (ref, text, alead, due, prev, cur, upd) in enumerate(acts, start=14):
            body_cell(ws, k, 1, ref)
            body_cell(ws, k, 2, text)
            body_cell(ws, k, 3, alead)
            body_cell(ws, k, 4, due, "dd/mm/yyyy")
            c = body_cell(ws, k, 5, prev)
            if prev:
                c.fill = FILL[rag_fill[prev]]
            c = body_cell(ws, k, 6, cur)
            c.fill = FILL[rag_fill[cur]]
            body_cell(ws, k, 7, upd)
        widths(ws, [24, 55, 32, 13, 10, 10, 45])
    wb.save(out("zsj-nhs-surrey-heartlands-icb-board-assurance-framework-2025-26.xlsx"))


# ============================================================ 3. LPT quality account (refuse)
def lpt():
    wb = Workbook()
    ws = wb.active
    ws.title = "Q2 tracker"
    ws["A1"] = "Leicestershire Partnership NHS Trust"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Quality Account 2025/26 – Quality Priorities Delivery Tracker"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = ("Quarter 2 update (July – September 2025) for the Quality and Safety "
                "Committee, 28 October 2025")
    for rng in ("A1:G1", "A2:G2", "A3:G3"):
        ws.merge_cells(rng)
    header_row(ws, 5, ["Ref", "Key deliverable", "Lead", "Due", "Q1 RAG", "Q2 RAG",
                       "Q2 progress"])
    rag_fill = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    rows = [
        ("P", "Priority 1 – Safe: Reducing the use of restrictive practice on adult mental "
              "health inpatient wards"),
        ("1.1", "Roll out the Safewards model to all acute and PICU wards at the Bradgate "
                "Mental Health Unit, with a trained Safewards champion on each ward.",
         "Head of Nursing – Acute Mental Health", "Dec 2025", "G", "G",
         "Champions trained on 7 of 9 wards; remaining two wards booked for November."),
        ("1.2", "Introduce a post-incident debrief for patients and staff after every use of "
                "prone restraint or seclusion.",
         "Lead Nurse for Reducing Restrictive Practice", "Sept 2025", "A", "B",
         "Debrief template live on Ulysses since August; 82% completion in September."),
        ("1.3", "Report monthly restrictive practice data by ward to the Directorate "
                "Management Team, including use by ethnicity.",
         "Head of Patient Safety / Information Analyst", "Mar 2026", "G", "G",
         "Dashboard live; ethnicity breakdown added from Q2."),
        ("P", "Priority 2 – Effective: Improving physical health checks for people with "
              "severe mental illness"),
        ("2.1", "Complete all six elements of the annual physical health check for people on "
                "the community mental health team caseloads who are not registered with a GP.",
         "Physical Health Lead Nurse", "Mar 2026", "A", "A",
         "Checks completed for 61% of the cohort against a year-end target of 75%."),
        ("2.2", "Train community mental health staff to use the Lester tool when reviewing "
                "antipsychotic prescribing.",
         "Associate Director of Nursing (Community)", "Febuary 2026", "G", "A",
         "Training sessions delayed by vacancy in the practice education team."),
        ("2.3", "Share physical health check results with GP practices through the shared "
                "care record.",
         "Chief Clinical Information Officer", "Dec 2025", "R", "A",
         "Interface tested in two PCNs; wider roll-out subject to information governance "
         "agreement."),
        ("P", "Priority 3 – Caring: Supporting children and young people waiting for CAMHS "
              "treatment"),
        ("3.1", "Contact every young person waiting more than 18 weeks for CAMHS treatment "
                "at least monthly, with a risk review at each contact.",
         "CAMHS Service Manager", "Sept 2025", "A", "G",
         "Monthly contact achieved for 96% of long waiters in September."),
        ("3.2", "Launch a 'waiting well' digital offer with self-help resources co-produced "
                "with the CAMHS youth advisory group.",
         "Head of Patient Experience and Involvement", "Jan 2026", "G", "G",
         "Content agreed with the youth advisory group; web build under way."),
    ]
    r = 6
    for row in rows:
        if row[0] == "P":
            c = ws.cell(row=r, column=1, value=row[1])
            c.font = Font(bold=True)
            c.fill = FILL["band"]
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        else:
            ref, text, lead, due, q1, q2, prog = row
            body_cell(ws, r, 1, ref)
            body_cell(ws, r, 2, text)
            body_cell(ws, r, 3, lead)
            body_cell(ws, r, 4, due)
            body_cell(ws, r, 5, q1).fill = FILL[rag_fill[q1]]
            body_cell(ws, r, 6, q2).fill = FILL[rag_fill[q2]]
            body_cell(ws, r, 7, prog)
        r += 1
    # r == 17
    ws.cell(row=18, column=1, value=("RAG key: B – completed; G – on track; A – at risk, "
                                     "recovery plan in place; R – will not be delivered in "
                                     "year"))
    ws.cell(row=19, column=1, value=("Progress against the quality priorities is reported "
                                     "in Part 3 of the Quality Account 2025/26."))
    widths(ws, [8, 60, 34, 14, 8, 8, 50])

    ms = wb.create_sheet("Measures")
    ms["A1"] = "Quality priority measures 2025/26"
    ms["A1"].font = Font(bold=True, size=12)
    header_row(ms, 3, ["Priority", "Measure", "Baseline 2024/25", "Target 2025/26",
                       "Q1", "Q2"])
    meas = [
        ("1", "Prone restraints per 1,000 occupied bed days", 2.4, 1.8, 2.1, 1.9),
        ("1", "Seclusion episodes per month (acute and PICU)", 31, 25, 29, 26),
        ("2", "% of SMI cohort with all six physical health checks", "52%", "75%", "55%", "61%"),
        ("3", "% of CAMHS long waiters contacted monthly", "71%", "95%", "88%", "96%"),
    ]
    for i, vals in enumerate(meas, start=4):
        for j, v in enumerate(vals, start=1):
            body_cell(ms, i, j, v)
    widths(ms, [9, 50, 16, 15, 8, 8])
    wb.save(out("zsj-leicestershire-partnership-nhs-trust-quality-account-priorities-"
                "tracker-2025-26-typo-month-refuse.xlsx"))


# ============================================================ docx helpers
def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9, fill=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n") if text else [""]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)
    if fill:
        shade(cell, fill)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, side, Cm(1.8))


# ============================================================ 4. CTM HIW IR(ME)R
def ctm():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("Cwm Taf Morgannwg University Health Board")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_heading("Ionising Radiation (Medical Exposure) Regulations Inspection – "
                    "Radiology Department, Royal Glamorgan Hospital: Improvement Plan", level=1)
    doc.add_paragraph("Inspection date: 11 and 12 February 2025")

    doc.add_heading("Appendix B – Immediate improvement plan", level=2)
    doc.add_paragraph("Service: Radiology Department, Royal Glamorgan Hospital")
    hdr = ["Risk/finding/issue", "Improvement needed", "Standard / Regulation",
           "Service action", "Responsible officer", "Timescale"]
    t = doc.add_table(rows=2, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        set_cell(t.cell(0, i), h, bold=True, fill="D9D9D9")
    m = t.cell(1, 0).merge(t.cell(1, 5))
    set_cell(m, "No immediate non-compliance concerns were identified on this inspection.")

    doc.add_heading("Appendix C – Improvement plan", level=2)
    doc.add_paragraph("Service: Radiology Department, Royal Glamorgan Hospital")
    doc.add_paragraph("Date of inspection: 11 and 12 February 2025")
    doc.add_paragraph("The table below includes any other improvements identified during the "
                      "inspection where we require the service to complete an improvement plan "
                      "telling us about the actions they are taking to address these areas.")
    groups = [
        ("Employer's written procedures",
         "The employer must ensure that the procedure for identifying individuals to be "
         "exposed (Procedure 1) clearly sets out the checks required for patients who are "
         "unable to confirm their own identity.",
         "Regulation 6(1) and Schedule 2(1)(a)",
         [("Procedure 1 will be revised to include the identification process for "
           "unconscious, confused and non-English speaking patients, including use of the "
           "patient wristband and a second staff check.",
           "Radiology Services Manager", "30 April 2025"),
          ("The revised procedure will be shared with all operators and referrers through "
           "the Radiology Governance bulletin, with read receipts recorded.",
           "Radiology Governance Lead", "May 2025")]),
        ("Pregnancy enquiries",
         "The employer must ensure that pregnancy enquiries are documented consistently for "
         "all individuals of childbearing potential aged 12 to 55, as set out in the "
         "employer's procedure.",
         "Regulation 6(1) and Schedule 2(1)(c)",
         [("A mandatory pregnancy status field will be added to the Radiology Information "
           "System (RIS) examination record for all relevant patients, and compliance will "
           "be audited quarterly.",
           "RIS Manager / Radiology Services Manager", "30 June 2025")]),
        ("Diagnostic reference levels",
         "The employer must ensure that local diagnostic reference levels (DRLs) for CT are "
         "reviewed at the interval set in the employer's procedure and that exceedances are "
         "investigated.",
         "Regulation 6(5)(c)",
         [("Medical Physics will complete a dose audit of the ten most common CT examinations "
           "and update the local DRLs.",
           "Medical Physics Expert", "31 July 2025"),
          ("A DRL exceedance log will be introduced, reviewed monthly at the CT modality "
           "meeting and reported to the Radiation Protection Committee.",
           "CT Superintendent Radiographer", "June 2025")]),
        ("Training records",
         "The employer must ensure that training records for all practitioners and "
         "operators, including locum radiologists, are complete and show entitlement for "
         "each modality.",
         "Regulation 17(4)",
         [("An audit of all operator and practitioner training and entitlement records will "
           "be undertaken, and any gaps addressed through individual training plans.",
           "Deputy Radiology Services Manager", "31 May 2025"),
          ("Locum radiologist entitlement will be confirmed before their first session using "
           "a new pre-start checklist held by the Clinical Director's office.",
           "Clinical Director for Radiology", "Immediate and ongoing")]),
        ("Clinical audit",
         "The employer must develop a programme of clinical audit which covers compliance "
         "with the employer's procedures.",
         "Regulation 7",
         [("An annual IR(ME)R clinical audit programme will be agreed by the Radiation "
           "Protection Committee, with results reported to the Clinical Support Services "
           "Care Group Quality and Safety meeting.",
           "Radiology Governance Lead; Chair, Radiation Protection Committee",
           "September 2025")]),
    ]
    n = 1 + sum(len(g[3]) for g in groups)
    t = doc.add_table(rows=n, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        set_cell(t.cell(0, i), h, bold=True, fill="D9D9D9")
    row = 1
    for finding, improvement, reg, acts in groups:
        first = row
        for action, officer, when in acts:
            set_cell(t.cell(row, 3), action)
            set_cell(t.cell(row, 4), officer)
            set_cell(t.cell(row, 5), when)
            row += 1
        for col, text in ((0, finding), (1, improvement), (2, reg)):
            c = t.cell(first, col)
            if row - first > 1:
                c = c.merge(t.cell(row - 1, col))
            set_cell(c, text)

    doc.add_paragraph("The following section must be completed by a representative of the "
                      "service who has overall responsibility and accountability for ensuring "
                      "the improvement plan is actioned.")
    doc.add_paragraph("Service representative")
    t = doc.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate([("Job role", "Director of Operations, Clinical Support "
                                             "Services Care Group"),
                                ("Date", "14 April 2025")]):
        set_cell(t.cell(i, 0), a, bold=True)
        set_cell(t.cell(i, 1), b)
    doc.save(out("zsj-cwm-taf-morgannwg-uhb-hiw-irmer-royal-glamorgan-radiology-"
                 "improvement-plan.docx"))


# ============================================================ 5. NHSGGC HMP Low Moss
def lowmoss():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("NHS Greater Glasgow and Clyde")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_paragraph("Glasgow City Health and Social Care Partnership – Prison Healthcare")
    doc.add_heading("HMP Low Moss Healthcare Improvement Action Plan", level=0)
    doc.add_paragraph("Response to the HM Inspectorate of Prisons for Scotland full inspection "
                      "(31 January – 11 February 2022): Standard 9 – Health and Wellbeing, "
                      "inspected by Healthcare Improvement Scotland")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate([("Version", "1.3"), ("Date", "17 March 2023"),
                                ("Author", "Service Manager, Prison Healthcare"),
                                ("Approved by", "Prison Healthcare Clinical Governance Group"),
                                ("Next review", "June 2023")]):
        set_cell(t.cell(i, 0), a, bold=True, fill="DEEAF6")
        set_cell(t.cell(i, 1), b)

    doc.add_heading("RAG status key", level=2)
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    key = [("Complete", "Action completed and evidence held", "5B9BD5"),
           ("Green", "On track to be delivered within the timescale", "00B050"),
           ("Amber", "Some delay – expected to be delivered within three months of the "
                     "timescale", "FFC000"),
           ("Red", "Significant delay or not deliverable without further support", "FF0000")]
    for i, (a, b, f) in enumerate(key):
        set_cell(t.cell(i, 0), a, bold=True, fill=f)
        set_cell(t.cell(i, 1), b)

    sections = [
        ("Quality indicator 9.1 – Admission and health assessment",
         "Recommendation 1: NHS Greater Glasgow and Clyde should ensure that all people "
         "admitted to HMP Low Moss receive a secondary health assessment within 72 hours of "
         "admission.",
         [("1.1", "Review the nursing rota to protect two registered nurse sessions each "
                  "weekday for secondary health assessments.",
           "Lead Nurse, Prison Healthcare", "June 2022",
           "Protected sessions in place from May 2022.", "Complete"),
          ("1.2", "Introduce a weekly EMIS report of people waiting more than 72 hours for a "
                  "secondary assessment, reviewed at the healthcare daily huddle.",
           "Service Manager, Prison Healthcare", "31/08/2022",
           "Report in use; 91% of assessments completed within 72 hours in February 2023.",
           "Green")]),
        ("Quality indicator 9.4 – Mental health care",
         "Recommendation 2: NHS Greater Glasgow and Clyde should reduce waiting times for "
         "assessment by the mental health team so that urgent referrals are seen within 24 "
         "hours and routine referrals within 28 days.",
         [("2.1", "Recruit to two vacant band 6 mental health nurse posts and one band 7 "
                  "Advanced Nurse Practitioner post.",
           "Mental Health Team Leader", "December 2022",
           "Band 6 posts filled; ANP post advertised twice without appointment.", "Amber"),
          ("2.2", "Introduce daily triage of all new mental health referrals by a senior "
                  "mental health nurse, with urgent referrals seen the same day.",
           "Consultant Psychiatrist & Mental Health Team Leader", "September 2022",
           "Daily triage in place since August 2022.", "Complete")]),
        ("Quality indicator 9.6 – Medicines management",
         "Recommendation 3: NHS Greater Glasgow and Clyde should ensure that medicines are "
         "administered at times that meet people's clinical needs and that supervised "
         "medicines are not administered at cell doors.",
         [("3.1", "Agree a revised medicines administration schedule with SPS so that "
                  "evening medicines are given after 5pm in all residential halls.",
           "Pharmacy Team Leader / Head of Offender Outcomes (SPS)", "31/03/2023",
           "Trial completed in one residential hall; roll-out agreed with SPS for April "
           "2023.", "Amber"),
          ("3.2", "Identify a private room in each residential hall for the administration "
                  "of supervised medicines, so that no medicines are given at the cell door.",
           "Service Manager, Prison Healthcare", "Ongoing",
           "Rooms identified in two of four halls; estates works requested from SPS for "
           "the remainder.", "Red")]),
        ("Quality indicator 9.9 – Leadership and governance",
         "Recommendation 4: NHS Greater Glasgow and Clyde should ensure that healthcare "
         "staff have access to regular clinical supervision and that uptake is monitored.",
         [("4.1", "Implement the NHSGGC clinical supervision framework for all registered "
                  "nursing staff, with sessions at least every eight weeks.",
           "Lead Nurse, Prison Healthcare", "30 November 2022",
           "Framework launched; 68% of nurses had supervision in the last eight weeks.",
           "Green"),
          ("4.2", "Report clinical supervision uptake to the Prison Healthcare Clinical "
                  "Governance Group.",
           "Service Manager, Prison Healthcare", "Quarterly",
           "First report presented January 2023.", "Green")]),
    ]
    rag = {"Complete": "5B9BD5", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    for qi, rec, acts in sections:
        doc.add_heading(qi, level=2)
        t = doc.add_table(rows=2 + len(acts), cols=6)
        t.style = "Table Grid"
        m = t.cell(0, 0).merge(t.cell(0, 5))
        set_cell(m, rec, bold=True, fill="DEEAF6")
        for i, h in enumerate(["No.", "Action", "Lead", "Timescale",
                               "Progress update (March 2023)", "RAG"]):
            set_cell(t.cell(1, i), h, bold=True, fill="D9D9D9")
        for k, (no, action, lead, when, prog, status) in enumerate(acts, start=2):
            set_cell(t.cell(k, 0), no)
            set_cell(t.cell(k, 1), action)
            set_cell(t.cell(k, 2), lead)
            set_cell(t.cell(k, 3), when)
            set_cell(t.cell(k, 4), prog)
            set_cell(t.cell(k, 5), status, fill=rag[status])
        doc.add_paragraph("")

    doc.add_heading("Sign-off", level=2)
    t = doc.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Role", "Signed", "Date"]):
        set_cell(t.cell(0, i), h, bold=True, fill="D9D9D9")
    set_cell(t.cell(1, 0), "Head of Health and Social Care, Prison Healthcare")
    set_cell(t.cell(1, 1), "Signed copy held on file")
    set_cell(t.cell(1, 2), "17 March 2023")
    doc.save(out("zsj-nhs-greater-glasgow-and-clyde-hmp-low-moss-prison-healthcare-"
                 "his-inspection-improvement-action-plan.docx"))


# ============================================================ 6. Home Instead Harrogate CSV
def homeinstead():
    width = 8
    pad = lambda first: [first] + [""] * (width - 1)
    rows = [
        pad("Home Instead Harrogate – CQC Inspection Action Plan"),
        pad("Inspection: 2–9 September 2024 | Report published: 22 October 2024 | "
            "Overall rating: Requires Improvement"),
        pad("Prepared by: Registered Manager | Sent to CQC: 19/11/2024 | Last updated: "
            "13/01/2025"),
        pad(""),
        ["Ref", "Regulation", "What CQC found", "Action we will take", "Responsible person",
         "Target date", "Status", "Progress / evidence"],
        ["1.1", "Regulation 12: Safe care and treatment",
         "Risks to people's health were not always assessed; two people living with "
         "diabetes had no guidance for care professionals on recognising high or low "
         "blood sugar.",
         "Review every care plan for people living with diabetes, epilepsy or a catheter and "
         "add a specific risk assessment with guidance for care professionals.",
         "Registered Manager", "31/10/2024", "Completed",
         "All 14 care plans reviewed and updated by 25/10/2024."],
        ["1.2", "", "",
         "Deliver diabetes awareness training to all care professionals, covering hypo- and "
         "hyperglycaemia and what to do.",
         "Training Coordinator", "Nov-24", "Completed",
         "Training delivered 12/11 and 19/11; 46 of 48 care professionals attended."],
        ["1.3", "",
         "Medicine administration records (MARs) had gaps that had not been identified or "
         "followed up.",
         "Move all medicines records onto the electronic MAR in the care app, with real-time "
         "alerts to the office for missed or late medicines.\nOffice staff to follow up every "
         "alert on the same day.",
         "Care Manager; Field Care Supervisors", "End of December 2024", "On track",
         "eMAR live for 38 of 52 clients."],
        ["1.4", "", "",
         "Carry out monthly MAR audits and spot checks of medicines competency for each "
         "care professional.",
         "Field Care Supervisors", "Monthly", "On track",
         "October, November and December audits complete."],
        ["2.1", "Regulation 17: Good governance",
         "Quality assurance systems had not identified the shortfalls found at this "
         "inspection, and the provider's audits were not always completed.",
         "Introduce a monthly quality dashboard covering care plan reviews, MAR audits, late "
         "and missed visits, complaints and training, reviewed at the monthly quality "
         "meeting.",
         "Franchise Owner & Registered Manager", "30/11/2024", "Completed",
         "Dashboard in use from November quality meeting."],
        ["2.2", "", "",
         "Commission an independent mock inspection against CQC's quality statements and "
         "act on its findings.",
         "Franchise Owner", "Feb-25", "Not started", ""],
        ["3.1", "Regulation 18: Staffing",
         "Staff had not all received supervision and spot checks in line with the "
         "provider's policy.",
         "Set up a supervision and spot check schedule on the rostering system so that each "
         "care professional has supervision every three months and an annual appraisal.",
         "Care Coordinator", "31/12/2024", "On track",
         "Schedule set up; 71% of staff supervised in the last three months."],
        pad(""),
        pad("Status key: Completed = action complete and evidenced; On track = in progress "
            "within target date; Not started = not yet due to start"),
        pad("This action plan is reviewed at the monthly quality meeting and shared with "
            "North Yorkshire Council's quality team."),
    ]
    path = out("zsj-home-instead-harrogate-cqc-home-care-inspection-action-plan.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ============================================================ 7. Hillsborough Private Clinic TSV
def hillsborough():
    lines = [
        ["Hillsborough Private Clinic"],
        ["RQIA Quality Improvement Plan – Announced Inspection 23 April 2024"],
        ["Service type: Independent Hospital (IH) – Private Doctor / Endoscopy",
         "QIP returned to RQIA: 21 May 2024", "Tracker updated: 02/09/2024"],
        [],
        ["AFI", "Regulation / standard", "Stated", "Area for improvement", "No.",
         "Action taken / planned", "Responsible person", "To be completed by", "Status"],
        ["Action required to ensure compliance with The Independent Health Care Regulations "
         "(Northern Ireland) 2005"],
        ["Area for improvement 1", "Regulation 18 (2) (a)", "First time",
         "The responsible individual shall ensure that all staff complete mandatory training "
         "in safeguarding adults and children at the level appropriate to their role, and "
         "that training records are kept up to date.", "1.1",
         "Safeguarding training matrix reviewed; all clinical staff booked onto Level 3 adult "
         "and child safeguarding training.",
         "Registered Manager", "23 July 2024", "Complete"],
        ["", "", "", "", "1.2",
         "Safeguarding training compliance added as a standing item on the monthly clinic "
         "governance meeting agenda.",
         "Registered Manager", "23 July 2024", "Complete"],
        ["Area for improvement 2", "Regulation 15 (7)", "First time",
         "The responsible individual shall ensure that the decontamination of reusable "
         "endoscopes is validated and that daily test results for the automated endoscope "
         "reprocessor are recorded.", "2.1",
         "Daily test log for the automated endoscope reprocessor introduced in the "
         "decontamination room and checked weekly by the Theatre Lead.",
         "Theatre Lead", "With immediate effect", "Complete"],
        ["", "", "", "", "2.2",
         "Annual validation of the automated endoscope reprocessor booked with the "
         "manufacturer's engineer.",
         "Theatre Lead / Registered Manager", "30 September 2024", "On track"],
        ["Action required to ensure compliance with the Minimum Care Standards for "
         "Independent Healthcare Establishments (July 2014)"],
        ["Area for improvement 3", "Standard 5.2", "First time",
         "The registered person shall ensure that patients' written consent for procedures "
         "under sedation is obtained and recorded in line with the clinic's consent policy, "
         "including a cooling-off period where the procedure is elective.", "3.1",
         "Consent policy revised to include a two-stage consent process for procedures "
         "under sedation.",
         "Medical Director", "31 October 2024", "On track"],
        ["Area for improvement 4", "Standard 8.5", "First time",
         "The registered person shall ensure that a clinical audit programme is in place, "
         "including audit of patient records, and that findings and actions are shared with "
         "staff.", "4.1",
         "Annual clinical audit calendar agreed, covering patient records, consent, infection "
         "prevention and control, and medicines management.",
         "Registered Manager", "31 October 2024", "On track"],
        ["", "", "", "", "4.2",
         "Audit results to be shared at staff meetings and displayed on the staff "
         "noticeboard each quarter.",
         "Registered Manager; Nurse Manager", "31 October 2024", "Not started"],
        [],
        ["Status key: Complete / On track / Not started / Overdue"],
        ["QIP responses were submitted to RQIA through the RQIA Web Portal. Areas for "
         "improvement will be reviewed at the next RQIA inspection."],
    ]
    path = out("zsj-hillsborough-private-clinic-rqia-inspection-quality-improvement-plan.txt")
    with open(path, "w", encoding="utf-8", newline="") as f:
        for ln in lines:
            assert all("\t" not in x and "\n" not in x for x in ln)
            f.write("\t".join(ln) + "\r\n")


if __name__ == "__main__":
    barnsley()
    surrey()
    lpt()
    ctm()
    lowmoss()
    homeinstead()
    hillsborough()
    print("built 7 zsj- files in", HERE)
