#!/usr/bin/env python3
"""Build the seven zpx- blind test files (set heldout731) and their expected readings.

Run with /work/main/.venv/bin/python (openpyxl, python-docx, pyyaml).
Every data file is written from the same lists that give its NAME.expected.yaml,
so the expected action text is the file's text character for character.
"""
import csv
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "0070C0"
GREY = "D9D9D9"
HEAD = "1F4E78"
LIGHT = "DDEBF7"

thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def path(name):
    return os.path.join(HERE, name)


def A(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def write_expected(name, source, reads, outcome, title, actions=None, refuse_at=None,
                   accept_refusal=False):
    d = {"source": source, "reads": reads, "outcome": outcome,
         "accept_refusal": accept_refusal}
    if refuse_at is not None:
        d["refuse_at"] = refuse_at
    if title is not None:
        d["title"] = title
    if outcome == "read":
        d["actions"] = actions
    with open(path(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(d, f, sort_keys=False, allow_unicode=True, width=100000,
                       default_flow_style=False)


def fill(c, colour):
    c.fill = PatternFill("solid", start_color=colour, end_color=colour)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. MKUH PSII safety action plan (xlsx)
# ---------------------------------------------------------------------------
def make_mkuh():
    name = "zpx-milton-keynes-university-hospital-nhsft-psii-hospital-associated-thrombosis-safety-action-plan.xlsx"
    title = "PSII Safety Action Plan – Hospital-associated thrombosis following elective hip replacement"
    afi1 = "Area for improvement 1: Reassessment of VTE risk after surgery and on transfer between wards"
    afi2 = "Area for improvement 2: Extended thromboprophylaxis on discharge"
    afi3 = "Area for improvement 3: Responding to concerns raised by patients after discharge"
    status_fill = {"On track": GREEN, "Complete": BLUE, "At risk": AMBER, "Off track": RED,
                   "Not started": None}
    # rows: (kind, ...)
    rows = [
        ("afi", afi1),
        ("act", "1.1",
         "Configure eCARE so that a VTE risk reassessment task is generated automatically 24 hours after surgery and whenever a patient is transferred between wards.",
         "Chief Clinical Information Officer", d(2025, 2, 28), d(2025, 4, 30),
         "eCARE build signed off; task live on all surgical wards",
         "Build tested in February; go-live moved to April to align with the eCARE upgrade window.",
         "On track", GREEN),
        ("act", "1.2",
         "Add VTE reassessment to the orthopaedic ward safety huddle checklist and to the post-operative day 1 ward round proforma.",
         "Ward Manager, Ward 15 / Orthopaedic Matron", d(2025, 1, 31), None,
         "Huddle checklist audit – 20 records per month",
         "Checklist and proforma in use since 20/01/2025. January audit 85%, February 95%.",
         "Complete", BLUE),
        ("act", "1.3",
         "Report monthly VTE reassessment compliance for surgical wards to the Thrombosis Committee, with ward-level exception reporting.",
         "Thrombosis Committee Chair", "Monthly", None,
         "Compliance of 95% or more for three consecutive months",
         "First report presented to Thrombosis Committee in March 2025.",
         "On track", GREEN),
        ("afi", afi2),
        ("act", "2.1",
         "Revise the Trust guideline for thromboprophylaxis in elective hip and knee arthroplasty to state the duration of extended prophylaxis and who prescribes it on the discharge (TTO) prescription.",
         "Consultant Haematologist (Thrombosis Lead)", d(2025, 3, 31), None,
         "Guideline approved and published on the intranet",
         "Approved at Clinical Guidelines Group 11/03/2025; published 18/03/2025.",
         "Complete", BLUE),
        ("act", "2.2",
         "Include a check for extended thromboprophylaxis in the pharmacy discharge medicines reconciliation for all arthroplasty patients.",
         "Lead Pharmacist, Surgery", d(2025, 3, 31), d(2025, 5, 31),
         "Monthly pharmacy audit of arthroplasty TTOs",
         "Delayed by pharmacy vacancies; interim manual check in place on Ward 15.",
         "At risk", AMBER),
        ("act", "2.3",
         "Give every arthroplasty patient written information on the signs of DVT and PE and who to contact, and record this on the discharge checklist.",
         "Patient Experience Lead / Orthopaedic Nurse Specialist", d(2025, 6, 30), None,
         "Discharge checklist audit",
         "Leaflet drafted with the patient reader panel; printing ordered.",
         None, GREEN),
        ("afi", afi3),
        ("act", "3.1",
         "Set up a dedicated orthopaedic advice line for patients in the first 28 days after discharge, with calls logged and triaged by a senior nurse.",
         "Head of Nursing, Surgery", d(2025, 9, 30), None,
         "Call log reviewed monthly",
         "Business case to go to Surgical Division Board in June.",
         "Not started", None),
        ("act", "3.2",
         "Share the learning from this investigation at the Trust Patient Safety Learning Forum and in the Safety Matters bulletin.",
         "Head of Patient Safety; Patient Safety Partner", d(2025, 3, 31), None,
         "Attendance record; bulletin published",
         "Presented at the Learning Forum on 27/02/2025; Safety Matters issue 41.",
         "Complete", BLUE),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14, color=HEAD)
    ws["A2"] = "Milton Keynes University Hospital NHS Foundation Trust"
    ws["A2"].font = Font(bold=True)
    info = [
        ("Incident reference", "PSII 2024/017 (InPhase 48213)"),
        ("Incident type", "Hospital-associated thrombosis – pulmonary embolism 19 days after elective total hip replacement"),
        ("Date of incident", "09/09/2024"),
        ("Investigation report approved", "Patient Safety Incident Response Group, 14/01/2025"),
        ("Executive sponsor", "Chief Medical Officer"),
        ("Plan owner", "Divisional Director of Operations, Surgery"),
        ("Monitoring", "Surgical Division Quality Board (monthly); Patient Safety Group (quarterly)"),
        ("Progress reported to", "31 March 2025"),
    ]
    r = 4
    for k, v in info:
        ws.cell(r, 1, k).font = Font(bold=True)
        ws.cell(r, 2, v).alignment = WRAP
        r += 1
    r += 1
    ws.cell(r, 1, "Status key").font = Font(bold=True)
    r += 1
    for label, col in [("Not started", GREY), ("Off track", RED), ("At risk", AMBER),
                       ("On track", GREEN), ("Complete", BLUE)]:
        c = ws.cell(r, 1, label)
        fill(c, col)
        c.border = BOX
        r += 1
    ws.column_dimensions["A"].width = 30
    ws.column_dimensions["B"].width = 90

    ws2 = wb.create_sheet("Safety actions")
    ws2["A1"] = title
    ws2["A1"].font = Font(bold=True, size=13, color=HEAD)
    ws2.merge_cells("A1:H1")
    ws2["A2"] = "Milton Keynes University Hospital NHS Foundation Trust | PSII 2024/017 | Progress at 31 March 2025"
    ws2.merge_cells("A2:H2")
    heads = ["Ref", "Safety action", "Action owner", "Original timescale", "Revised timescale",
             "Measurement / monitoring", "Progress update", "Status"]
    for i, h in enumerate(heads, 1):
        c = ws2.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        fill(c, HEAD)
        c.border = BOX
        c.alignment = WRAP
    r = 5
    actions = []
    cur = None
    for row in rows:
        if row[0] == "afi":
            cur = row[1]
            c = ws2.cell(r, 1, cur)
            c.font = Font(bold=True)
            fill(c, LIGHT)
            ws2.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
            continue
        _, ref, text, lead, orig, rev, meas, prog, stat, col = row
        vals = [ref, text, lead, orig, rev, meas, prog, stat]
        for i, v in enumerate(vals, 1):
            c = ws2.cell(r, i, v)
            c.border = BOX
            c.alignment = WRAP
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        if col:
            fill(ws2.cell(r, 8), col)
        r += 1
        # expected
        endv = rev if rev is not None else orig
        if isinstance(endv, dt.datetime):
            end, end_text = endv.strftime("%Y-%m"), None
        else:
            end, end_text = None, endv
        leads = {
            "Ward Manager, Ward 15 / Orthopaedic Matron": ["Ward Manager, Ward 15", "Orthopaedic Matron"],
            "Patient Experience Lead / Orthopaedic Nurse Specialist": ["Patient Experience Lead", "Orthopaedic Nurse Specialist"],
            "Head of Patient Safety; Patient Safety Partner": ["Head of Patient Safety", "Patient Safety Partner"],
        }.get(lead, [lead])
        status = {"On track": "green", "Complete": "blue", "At risk": "amber",
                  "Not started": "unrated", None: {GREEN: "green"}.get(col)}[stat]
        actions.append(A(ref, [cur], text, leads, end, status, end_text))
    r += 1
    ws2.cell(r, 1, "Notes: Actions are closed only when evidence has been reviewed by the Patient Safety Team. "
                   "Revised timescales were agreed at the Surgical Division Quality Board on 12/03/2025.")
    ws2.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    for col, w in zip("ABCDEFGH", [6, 60, 28, 14, 14, 30, 45, 12]):
        ws2.column_dimensions[col].width = w
    ws2.freeze_panes = "A5"
    wb.save(path(name))

    write_expected(
        name,
        source=("Imitates a trust PSII safety action plan as NHS acute trusts publish them with board and "
                "patient safety group papers under PSIRF (NHS England PSII report and safety action "
                "templates, https://www.england.nhs.uk/patient-safety/patient-safety-investigation/). "
                "Milton Keynes University Hospital NHS Foundation Trust, 2025, hospital-associated "
                "thrombosis PSII. Copies: a summary/cover sheet with incident details and a status key "
                "first, then the action sheet with areas for improvement as merged heading rows, safety "
                "actions numbered 1.1, original and revised timescale columns, measurement column, "
                "progress column, status words with fill colours (one status cell has fill only), job "
                "titles as owners, a notes line under the table."),
        reads=("A two-sheet workbook: the first sheet only describes the incident and the status key; the "
               "second sheet lists eight safety actions under three areas for improvement. Where a revised "
               "timescale is given it replaces the original; 1.3 is monthly reporting with no end month; "
               "2.3 has no status word but a green fill, which the key reads as On track."),
        outcome="read", title=title, actions=actions)
    return name, len(actions)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), colour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    """Write text into a cell; '\n' starts a new paragraph in the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    for part in parts[1:]:
        p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold


# ---------------------------------------------------------------------------
# 2. Birchgrove Surgery HIW GP inspection improvement plan (docx)
# ---------------------------------------------------------------------------
def make_birchgrove():
    name = "zpx-birchgrove-surgery-cardiff-hiw-gp-inspection-improvement-plan.docx"
    title = "Birchgrove Surgery – Improvement Plan"
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Healthcare Inspectorate Wales – Announced Primary Care (General Practice) Inspection")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Service:", "Birchgrove Surgery, Cardiff"),
                 ("Health board:", "Cardiff and Vale University Health Board"),
                 ("Date of inspection:", "18 October 2022"),
                 ("Date plan returned to HIW:", "2 December 2022")]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)

    heads = ["Improvement needed", "Standard", "Service action", "Responsible officer", "Timescale"]
    actions = []

    def plan_table(sections):
        tb = doc.add_table(rows=1, cols=5)
        tb.style = "Table Grid"
        for i, h in enumerate(heads):
            set_cell(tb.rows[0].cells[i], h, bold=True)
            shade(tb.rows[0].cells[i], "BDD7EE")
        for sec, items in sections:
            cells = tb.add_row().cells
            m = cells[0].merge(cells[4])
            set_cell(m, sec, bold=True)
            shade(m, "F2F2F2")
            for imp, std, act, officer, leads, when, end, end_text in items:
                cells = tb.add_row().cells
                for i, v in enumerate([imp, std, act, officer, when]):
                    set_cell(cells[i], v)
                actions.append(A(None, [sec, imp], act, leads, end, "unrated", end_text))
        return tb

    doc.add_heading("Appendix B – Immediate improvement plan", level=1)
    doc.add_paragraph("The table below includes any immediate concerns about patient safety identified during "
                      "the inspection where we require the service to complete an immediate improvement plan "
                      "telling us about the urgent actions they are taking.")
    plan_table([
        ("Delivery of safe and effective care", [
            ("The practice must ensure that emergency drugs and equipment are checked at least weekly, that checks are recorded and that expired items are replaced immediately.",
             "2.6 Medicines Management; 2.1 Managing Risk and Promoting Health and Safety",
             "Expired adrenaline ampoules and defibrillator pads were replaced on the day of inspection.\nA weekly checklist for emergency drugs, oxygen and the defibrillator has been introduced; it is completed by the duty nurse and countersigned monthly by the Practice Manager.",
             "Practice Manager / Lead Practice Nurse", ["Practice Manager", "Lead Practice Nurse"],
             "Immediate", None, "Immediate"),
            ("The practice must ensure that all clinical staff complete safeguarding children and adults training at the level required for their role.",
             "2.7 Safeguarding Children and Adults at Risk",
             "Training matrix reviewed and four clinicians booked onto Level 3 safeguarding training.\nCompliance will be reported at the monthly practice meeting.",
             "Dr Sian Rees (Safeguarding Lead)", ["Dr Sian Rees (Safeguarding Lead)"],
             "31 January 2023", "2023-01", None),
        ]),
    ])

    doc.add_heading("Appendix C – Improvement plan", level=1)
    doc.add_paragraph("The table below includes any other improvements identified during the inspection where "
                      "we require the service to complete an improvement plan telling us about the actions "
                      "they are taking to address these areas.")
    plan_table([
        ("Quality of the patient experience", [
            ("The practice must make information about how to raise a concern under NHS Putting Things Right available in the waiting room and on the practice website.",
             "6.3 Listening and Learning from Feedback",
             "Putting Things Right posters and leaflets displayed in reception, and the practice website updated.",
             "Practice Manager", ["Practice Manager"], "December 2022", "2022-12", None),
            ("The practice should improve telephone access at peak times, particularly between 8am and 10am.",
             "5.1 Timely Access",
             "Cloud telephony with call queueing and call-back to be installed.\nAn additional receptionist rostered on Monday and Friday mornings.",
             "Nia Howells (Practice Manager) and Ceri Morgan (Reception Supervisor)",
             ["Nia Howells (Practice Manager)", "Ceri Morgan (Reception Supervisor)"],
             "By 31 March 2023", "2023-03", None),
        ]),
        ("Delivery of safe and effective care", [
            ("The practice must ensure that the cleaning of clinical rooms is recorded and that clinical waste is stored securely while awaiting collection.",
             "2.4 Infection Prevention and Control (IPC) and Decontamination",
             "Cleaning schedules put in place in every clinical room.\nA lockable clinical waste bin has been ordered for the rear yard.",
             "Lead Practice Nurse", ["Lead Practice Nurse"], "End of January 2023", "2023-01", None),
            ("The practice should carry out a regular audit of patient records to check that consultations are recorded consistently, including the use of Read codes.",
             "3.5 Record Keeping",
             "Six-monthly notes audit introduced, led by a GP partner, with results shared at the clinical meeting.",
             "Dr A Khan, Dr L Pritchard", ["Dr A Khan", "Dr L Pritchard"],
             "Ongoing – six-monthly", None, "Ongoing – six-monthly"),
        ]),
        ("Quality of management and leadership", [
            ("The practice must ensure that all staff receive an annual appraisal.",
             "7.1 Workforce",
             "Appraisal schedule agreed for all non-clinical staff; outstanding appraisals to be completed.",
             "Practice Manager", ["Practice Manager"], "28/02/2023", "2023-02", None),
            ("The practice should hold regular whole-practice team meetings and keep minutes so that staff who cannot attend are kept informed.",
             "Governance, Leadership and Accountability",
             "Monthly whole-practice meeting set for the second Tuesday of each month; minutes saved on the shared drive.",
             "Partners / Practice Manager", ["Partners", "Practice Manager"], "January 2023", "2023-01", None),
        ]),
    ])

    doc.add_paragraph("The following section must be completed by a representative of the service who has overall "
                      "responsibility and accountability for ensuring the improvement plan is actioned.")
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    m = t.rows[0].cells[0].merge(t.rows[0].cells[1])
    set_cell(m, "Service representative", bold=True)
    for k, v in [("Name (print):", "Nia Howells"), ("Job role:", "Practice Manager"),
                 ("Date:", "2 December 2022")]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)
    doc.save(path(name))

    write_expected(
        name,
        source=("Imitates the improvement plan appendices that Healthcare Inspectorate Wales publishes at the end "
                "of its primary care (GP) inspection reports and that the practice completes (layout as in HIW "
                "reports such as https://vdocuments.net/follow-up-inspection-unannounced.html and "
                "https://www.hiw.org.uk). Birchgrove Surgery, Cardiff and Vale UHB, announced inspection "
                "October 2022. Copies: a service details table, 'Appendix B – Immediate improvement plan' and "
                "'Appendix C – Improvement plan' each in its own table with columns Improvement needed / "
                "Standard / Service action / Responsible officer / Timescale, the HIW report sections as "
                "merged rows, Health and Care Standards 2015 references, several paragraphs in one service "
                "action cell, posts and named GPs as responsible officers, and the closing service "
                "representative sign-off table."),
        reads=("A Word improvement plan with two plan tables (immediate and other improvements). Each row is an "
               "HIW improvement with the practice's action; the merged rows name the report section it falls "
               "under. Eight actions, no refs and no status column, so all are unrated; 'Immediate' and "
               "'Ongoing – six-monthly' give no end month."),
        outcome="read", title=title, actions=actions)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 3. NHS Ayrshire & Arran HIS Woodland View mental health inspection plan (xlsx)
# ---------------------------------------------------------------------------
def make_woodland():
    name = "zpx-nhs-ayrshire-and-arran-his-woodland-view-mental-health-inspection-improvement-action-plan.xlsx"
    title = "Woodland View – HIS Mental Health Inspection Improvement Action Plan"
    wb = Workbook()
    ws = wb.active
    ws.title = "Document control"
    ws["A1"] = "Document control"
    ws["A1"].font = Font(bold=True, size=13)
    r = 3
    for k, v in [("Title", title),
                 ("Service", "Adult Mental Health Inpatient Services, Woodland View, Irvine"),
                 ("Plan owner", "Head of Mental Health Services"),
                 ("Governance route", "Mental Health Quality and Safety Group → Healthcare Governance Committee"),
                 ("Current version", "1.3")]:
        ws.cell(r, 1, k).font = Font(bold=True)
        ws.cell(r, 2, v)
        r += 1
    r += 1
    for i, h in enumerate(["Version", "Date", "Change", "Author"], 1):
        c = ws.cell(r, i, h)
        c.font = Font(bold=True)
        fill(c, GREY)
    r += 1
    for v in [("1.0", d(2025, 7, 10), "Action plan submitted to Healthcare Improvement Scotland", "Lead Nurse, Mental Health Inpatient Services"),
              ("1.1", d(2025, 7, 31), "July progress update", "Lead Nurse, Mental Health Inpatient Services"),
              ("1.2", d(2025, 8, 14), "Estates actions added after condition survey", "Site Estates Manager"),
              ("1.3", d(2025, 9, 2), "August progress update; revised timescales for 1.2 and 4.2", "Lead Nurse, Mental Health Inpatient Services")]:
        for i, x in enumerate(v, 1):
            c = ws.cell(r, i, x)
            if isinstance(x, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        r += 1
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 70
    ws.column_dimensions["C"].width = 55
    ws.column_dimensions["D"].width = 40

    ws2 = wb.create_sheet("Action plan")
    ws2["A1"] = title
    ws2["A1"].font = Font(bold=True, size=13, color=HEAD)
    ws2.merge_cells("A1:J1")
    ws2["A2"] = ("NHS Ayrshire & Arran | Unannounced inspection 11–13 March 2025 | Report published 19 June 2025 "
                 "| Update: August 2025")
    ws2.merge_cells("A2:J2")
    heads = ["Req. no.", "Requirement / recommendation", "Ref", "Action planned", "Lead", "Original timescale",
             "Revised timescale", "Progress update (August 2025)", "Previous RAG", "Current RAG"]
    for i, h in enumerate(heads, 1):
        c = ws2.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        fill(c, HEAD)
        c.alignment = WRAP
        c.border = BOX
    rag_fill = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}
    rag_status = {"R": "red", "A": "amber", "G": "green", "B": "blue"}

    s2 = "Standard 2: Education to support the prevention and control of infection"
    s6 = "Standard 6: Infection prevention and control policies, procedures and guidance"
    s8 = "Standard 8: Decontamination"
    plan = [
        (s2, [
            ("Requirement 1",
             "NHS Ayrshire & Arran must ensure that all staff complete mandatory infection prevention and control training and that compliance is monitored.",
             [("1.1", "Issue monthly ward-level IPC training compliance reports from Turas Learn to each Senior Charge Nurse, naming staff whose training is overdue.",
               "Lead Nurse, Mental Health Inpatient Services", ["Lead Nurse, Mental Health Inpatient Services"],
               d(2025, 6, 30), None, "Reports issued monthly since May 2025. Compliance across the four wards has risen from 71% to 93%.", "A", "B"),
              ("1.2", "Roster protected time for each member of nursing staff to complete the SIPCEP Foundation layer modules.",
               "Senior Charge Nurses", ["Senior Charge Nurses"],
               d(2025, 7, 31), d(2025, 10, 31), "Protected time rostered on two of the four wards; remaining wards from September after summer leave.", "A", "A")]),
        ]),
        (s6, [
            ("Requirement 2",
             "NHS Ayrshire & Arran must ensure that patient equipment is clean and ready for use and that cleaning is recorded.",
             [("2.1", "Reintroduce cleaning indicator labels for shared patient equipment and include equipment cleaning in the daily ward safety brief.",
               "Senior Charge Nurses / Domestic Services Manager", ["Senior Charge Nurses", "Domestic Services Manager"],
               d(2025, 5, 31), None, "In place on all wards since 19/05/2025.", "G", "B"),
              ("2.2", "Add a weekly equipment cleanliness audit to the ward assurance schedule and review the results at the monthly Quality and Safety meeting.",
               "Lead Nurse, Mental Health Inpatient Services", ["Lead Nurse, Mental Health Inpatient Services"],
               ("mmm", d(2025, 8, 1)), None, "Audit tool agreed; first four weeks of results between 96% and 100%.", "G", "G")]),
            ("Requirement 3",
             "NHS Ayrshire & Arran must ensure that sharps are managed safely in line with current national guidance.",
             [("3.1", "Replace sharps containers on all wards, make sure each is labelled and the temporary closure is used, and carry out monthly spot checks.",
               "Infection Prevention and Control Nurse", ["Infection Prevention and Control Nurse"],
               d(2025, 6, 30), None, "Completed. Spot checks in July and August fully compliant.", "A", "B")]),
            ("Recommendation a",
             "NHS Ayrshire & Arran should display the results of infection prevention and control audits for patients, carers and visitors.",
             [("a.1", "Display IPC audit results on the 'How are we doing?' board at each ward entrance and update them monthly.",
               "Senior Charge Nurses", ["Senior Charge Nurses"],
               "September 2025", None, "Boards ordered.", None, "G")]),
        ]),
        (s8, [
            ("Requirement 4",
             "NHS Ayrshire & Arran must ensure that the care environment is maintained to allow effective cleaning, including the repair of damaged surfaces, fixtures and fittings.",
             [("4.1", "Complete an estates condition survey of all ward areas to identify damaged flooring, worktops, doors and furniture.",
               "Site Estates Manager", ["Site Estates Manager"],
               d(2025, 5, 31), None, "Survey completed 22/05/2025; 38 items identified.", "G", "B"),
              ("4.2", "Agree a prioritised programme of repairs, funded from the 2025/26 backlog maintenance budget, and report progress to the Mental Health Quality and Safety Group.",
               "Head of Estates / General Manager, Mental Health Services", ["Head of Estates", "General Manager, Mental Health Services"],
               d(2025, 12, 31), d(2026, 3, 31), "Flooring in two wards scheduled for November; remaining works depend on contractor availability.", "A", "R")]),
        ]),
    ]

    r = 5
    actions = []
    counts = {"B": 0, "G": 0, "A": 0, "R": 0}
    for std, reqs in plan:
        c = ws2.cell(r, 1, std)
        c.font = Font(bold=True)
        fill(c, LIGHT)
        ws2.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for reqno, reqtext, acts in reqs:
            first = r
            for ref, text, lead, leads, orig, rev, prog, prev, curr in acts:
                vals = [None, None, ref, text, lead, orig, rev, prog, prev, curr]
                for i, v in enumerate(vals, 1):
                    c = ws2.cell(r, i)
                    c.border = BOX
                    c.alignment = WRAP
                    if isinstance(v, tuple):
                        c.value = v[1]
                        c.number_format = "mmm-yy"
                    else:
                        c.value = v
                        if isinstance(v, dt.datetime):
                            c.number_format = "dd/mm/yyyy"
                if prev:
                    fill(ws2.cell(r, 9), rag_fill[prev])
                fill(ws2.cell(r, 10), rag_fill[curr])
                counts[curr] += 1
                endv = rev if rev is not None else orig
                if isinstance(endv, tuple):
                    endv = endv[1]
                if isinstance(endv, dt.datetime):
                    end = endv.strftime("%Y-%m")
                else:
                    end = {"September 2025": "2025-09"}[endv]
                actions.append(A(ref, [std, reqtext], text, leads, end, rag_status[curr]))
                r += 1
            ws2.cell(first, 1, reqno).font = Font(bold=True)
            ws2.cell(first, 2, reqtext)
            ws2.cell(first, 1).alignment = WRAP
            ws2.cell(first, 2).alignment = WRAP
            if r - 1 > first:
                ws2.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
                ws2.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws2.cell(r, 1, "Summary of current RAG").font = Font(bold=True)
    r += 1
    for key, label in [("B", "B – Complete"), ("G", "G – On track"), ("A", "A – Some slippage"),
                       ("R", "R – Off track")]:
        c = ws2.cell(r, 1, label)
        fill(c, rag_fill[key])
        ws2.cell(r, 2, counts[key])
        r += 1
    ws2.cell(r, 1, "Total")
    ws2.cell(r, 2, sum(counts.values()))
    r += 2
    ws2.cell(r, 1, "RAG key: B = complete and evidenced; G = on track to meet timescale; A = some slippage, "
                   "revised timescale agreed; R = off track / timescale at risk")
    for col, w in zip("ABCDEFGHIJ", [14, 45, 6, 55, 30, 14, 14, 45, 10, 10]):
        ws2.column_dimensions[col].width = w
    ws2.freeze_panes = "A5"
    wb.save(path(name))

    write_expected(
        name,
        source=("Imitates the improvement action plan an NHS Scotland board returns to Healthcare Improvement "
                "Scotland after an unannounced inspection of a mental health unit (HIS inspection of mental "
                "health units, initial focus on infection prevention and control: "
                "https://www.healthcareimprovementscotland.scot/inspections-reviews-and-regulation/inspections-of-nhs-hospitals-and-services/inspection-of-mental-health-units/), "
                "as kept by the board in Excel for its governance committee. NHS Ayrshire & Arran, Woodland "
                "View, 2025. Copies: document control sheet with version history first; on the action sheet "
                "IPC standard headings as merged rows, 'Requirement N' / 'Recommendation a' with its text in "
                "vertically merged cells beside its actions, original and revised timescales, previous and "
                "current RAG letters with fill, a summary block of RAG counts and a RAG key."),
        reads=("Eight actions under three IPC standards; each answers a requirement (or one recommendation) whose "
               "text is merged down beside its actions. The current RAG column gives the status and the revised "
               "timescale, where present, the end month. The document control sheet, the RAG summary and the key "
               "are not actions."),
        outcome="read", title=title, actions=actions)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 4. Kent Community Health NHSFT quality account priorities tracker (csv)
# ---------------------------------------------------------------------------
def make_kchft():
    name = "zpx-kent-community-health-nhsft-quality-account-priorities-tracker-2025-26.csv"
    title = "Quality Account 2025/26 – Quality Priorities Progress Tracker (Quarter 2)"
    rag = {"Blue": "blue", "Green": "green", "Amber": "amber", "Red": "red", "": "unrated"}
    p1 = "Priority 1 (Patient safety): Reduce avoidable harm from pressure ulcers for patients on community nursing caseloads"
    p2 = "Priority 2 (Clinical effectiveness): Improve the recognition and management of deterioration in community hospitals"
    p3 = "Priority 3 (Patient experience): Make it easier for children, young people and families to give feedback"
    p4 = "Priority 4 (Patient safety): Reduce medication incidents involving insulin in the community"
    plan = [
        (p1, [
            ("1a", "Roll out the PURPOSE-T pressure ulcer risk assessment to all adult community nursing teams.",
             "Tissue Viability Lead", ["Tissue Viability Lead"], "30/09/2025", "2025-09", None, "Green", "Blue",
             "Rolled out to all 26 teams by 15 September."),
            ("1b", "Provide pressure-relieving equipment within 48 hours of assessed need, monitored through the equipment service contract.",
             "Head of Adult Community Services", ["Head of Adult Community Services"], "Mar-26", "2026-03", None, "Amber", "Amber",
             "Average delivery time 3.1 days in Q2; escalated to the equipment provider at the September contract meeting."),
            ("1c", "Deliver SSKIN bundle training to care workers in the 20 care homes with the highest referral rates.",
             "Care Home Support Team Lead", ["Care Home Support Team Lead"], "Dec 2025", "2025-12", None, "Green", "Green",
             "11 of 20 homes trained."),
        ]),
        (p2, [
            ("2a", "Introduce NEWS2 with an escalation prompt in the electronic patient record at all community hospitals.",
             "Chief Clinical Information Officer", ["Chief Clinical Information Officer"], "31/07/2025", "2025-07", None, "Amber", "Blue",
             "Live at all community hospitals from 28 July."),
            ("2b", "Audit NEWS2 escalation monthly and report exceptions to the Patient Safety and Clinical Risk Group.",
             "Deputy Chief Nurse", ["Deputy Chief Nurse"], "Ongoing", None, "Ongoing", "Green", "Green",
             "Monthly audit in place.\nQ2 compliance 91% against a target of 95%."),
            ("2c", "Run deteriorating patient simulation training for registered nurses and healthcare assistants at each community hospital.",
             "Clinical Education Lead / Community Hospital Matrons", ["Clinical Education Lead", "Community Hospital Matrons"],
             "31/03/2026", "2026-03", None, "Red", "Amber",
             "Sessions restarted in August once the trainer vacancy was filled; 4 of 8 hospitals complete."),
        ]),
        (p3, [
            ("3a", "Launch an easy read and young person's version of the Friends and Family Test, co-designed with the Youth Forum.",
             "Head of Patient Experience", ["Head of Patient Experience"], "Oct 2025", "2025-10", None, "Green", "Green",
             "Co-design sessions held; launch set for 6 October."),
            ("3b", "Publish a quarterly 'You said, we did' summary of feedback about children's services on the Trust website.",
             "Children's Services Participation Lead", ["Children's Services Participation Lead"], "Quarterly", None, "Quarterly", "", "Green",
             "First summary published in August."),
            ("3c", "Train 0-19 service practitioners to ask about communication needs and record them with the Accessible Information Standard flag.",
             "Head of Children's Services", ["Head of Children's Services"], "31/01/2026", "2026-01", None, "", "",
             "Scheduled to start in November."),
        ]),
        (p4, [
            ("4a", "Introduce a second-check standard for insulin doses given by community nurses where the dose has changed in the previous 7 days.",
             "Chief Pharmacist", ["Chief Pharmacist"], "30/11/2025", "2025-11", None, "Amber", "Red",
             "Standard approved, but roll-out paused until the new EPR medicines module is live; revised date to be agreed."),
            ("4b", "Share learning from insulin incidents each month at the community nursing safety huddles.",
             "Medicines Safety Officer; Community Nursing Clinical Leads", ["Medicines Safety Officer", "Community Nursing Clinical Leads"],
             "Monthly", None, "Monthly", "Green", "Green",
             "Learning bulletin issued each month since June."),
        ]),
    ]
    ncol = 8
    rows = [
        ["Kent Community Health NHS Foundation Trust"] + [""] * (ncol - 1),
        [title] + [""] * (ncol - 1),
        ["Presented to Quality Committee, 21 October 2025"] + [""] * (ncol - 1),
        [""] * ncol,
        ["Priority", "Ref", "Action", "Lead", "Due", "Q1 RAG", "Q2 RAG", "Q2 progress update"],
    ]
    actions = []
    for pri, acts in plan:
        rows.append([pri] + [""] * (ncol - 1))
        for ref, text, lead, leads, due, end, end_text, q1, q2, upd in acts:
            rows.append(["", ref, text, lead, due, q1, q2, upd])
            actions.append(A(ref, [pri], text, leads, end, rag[q2], end_text))
    rows.append([""] * ncol)
    rows.append(["RAG key: Blue = complete; Green = on track; Amber = risk to delivery; Red = off track; blank = not yet started"] + [""] * (ncol - 1))
    rows.append(["Source: Quality Account 2024/25, Part 2 – our priorities for improvement in 2025/26"] + [""] * (ncol - 1))
    with open(path(name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)

    write_expected(
        name,
        source=("Imitates a community trust's in-year tracker of its Quality Account priorities for improvement "
                "(the Part 2 priorities required by the NHS (Quality Accounts) Regulations 2010, reg. 7, "
                "https://www.legislation.gov.uk/uksi/2010/279/regulation/7/made; priority wording styled on "
                "published trust pages such as https://www.newcastle-hospitals.nhs.uk/about/our-interim-strategy/quality-account-priorities), "
                "exported from Excel to CSV for the Quality Committee. Kent Community Health NHS Foundation "
                "Trust, 2025/26, Quarter 2. Copies: title lines, priority rows in the first column with the "
                "quality domain in brackets, actions below with refs 1a/1b, job-title leads, due dates in "
                "several forms, Q1 and Q2 RAG words, a quoted multi-line progress update and a RAG key and "
                "source note at the foot."),
        reads=("Eleven actions under four quality priorities. Status is the Q2 RAG (the current quarter); a blank "
               "Q2 RAG means not yet started. Ongoing, Quarterly and Monthly give no end month."),
        outcome="read", title=title, actions=actions)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 5. Nurseplus UK Maidstone CQC home care action plan (plain text export)
# ---------------------------------------------------------------------------
def make_nurseplus():
    name = "zpx-nurseplus-uk-maidstone-cqc-home-care-inspection-action-plan.txt"
    title = "CQC Inspection Action Plan – Nurseplus UK, Maidstone (Home Care)"
    rag = {"Complete": "blue", "On track": "green", "Amber": "amber", "Red": "red", "Not started": "unrated"}
    bar = "=" * 66
    r12 = ("Regulation 12 (Safe care and treatment): Risks to people's health and safety, including risks "
           "relating to medicines and moving and handling, were not always assessed or mitigated.")
    r19 = ("Regulation 19 (Fit and proper persons employed): Recruitment checks, including full employment "
           "histories and references, were not always completed before staff started work.")
    r17 = ("Regulation 17 (Good governance): Systems to monitor the quality and safety of the service were not "
           "effective and had not identified the concerns found at this inspection.")
    plan = [
        ("SAFE", [
            (r12, [
                ("1.1", "Review every person's care plan and risk assessments, starting with people who are supported with medicines or moving and handling.",
                 "Karen Ashdown (Registered Manager)", ["Karen Ashdown (Registered Manager)"], "31/07/2025", "2025-07", None,
                 "All 64 care plans reviewed; 12 moving and handling assessments updated with OT input.", "Complete"),
                ("1.2", "Introduce a weekly medicines audit:\n- MAR charts checked against the eMAR for every person supported with medicines\n- any gaps followed up with the care worker within 24 hours",
                 "Care Coordinator / Field Care Supervisor", ["Care Coordinator", "Field Care Supervisor"], "End of August 2025", "2025-08", None,
                 "Weekly audit running since 4 August.", "Complete"),
                ("1.3", "Arrange refresher medicines competency assessments for all care workers who administer medicines.",
                 "Field Care Supervisor", ["Field Care Supervisor"], "Sept 2025", "2025-09", None,
                 "41 of 48 care workers assessed.", "On track"),
            ]),
            (r19, [
                ("2.1", "Audit all staff recruitment files and obtain any missing references or explanations of gaps in employment.",
                 "Recruitment Administrator and Karen Ashdown", ["Recruitment Administrator", "Karen Ashdown"], "w/c 06/10/2025", "2025-10", None,
                 "Files audited; 5 references still outstanding.", "Amber"),
                ("2.2", "Use a pre-employment checklist, signed off by the Registered Manager, before any new care worker is given shifts.",
                 "Karen Ashdown (Registered Manager)", ["Karen Ashdown (Registered Manager)"], "Immediate and ongoing", None, "Immediate and ongoing",
                 "Checklist in use for all starters since July.", "On track"),
            ]),
        ]),
        ("WELL-LED", [
            (r17, [
                ("3.1", "Introduce a monthly quality dashboard covering missed and late calls, medicines errors, complaints and training, reviewed by the Nominated Individual.",
                 "Paul Fenwick (Nominated Individual)", ["Paul Fenwick (Nominated Individual)"], "30/11/2025", "2025-11", None,
                 "Dashboard template agreed; first full month to be reported in October.", "On track"),
                ("3.2", "Carry out spot checks and observed practice for each care worker at least every three months and record the outcome on the staff file.",
                 "Field Care Supervisor", ["Field Care Supervisor"], "31/12/2025", "2025-12", None,
                 "Behind schedule because of two supervisor vacancies.", "Amber"),
                ("3.3", "Send a quality survey to people using the service and their relatives, and share a 'You said, we did' summary.",
                 "Registered Manager", ["Registered Manager"], "January 2026", "2026-01", None,
                 "", "Not started"),
            ]),
        ]),
    ]
    lines = [
        title,
        "Location ID: 1-10834275621",
        "Inspection: 3 and 10 June 2025    Report published: 22 August 2025    Overall rating: Requires improvement",
        "Registered Manager: Karen Ashdown    Nominated Individual: Paul Fenwick",
        "Plan last updated: 29 September 2025",
        "",
        "RAG: Complete / On track / Amber = at risk / Red = overdue / Not started",
        "",
    ]
    actions = []
    for kq, regs in plan:
        lines += [bar, kq, bar, ""]
        for reg, acts in regs:
            lines += [reg, ""]
            for ref, text, lead, leads, when, end, end_text, prog, status in acts:
                lines.append(ref)
                lines.append("What we will do: " + text)
                lines.append("Who: " + lead)
                lines.append("By when: " + when)
                lines.append("Progress: " + prog if prog else "Progress:")
                lines.append("RAG: " + status)
                lines.append("")
                actions.append(A(ref, [kq, reg], text, leads, end, rag[status], end_text))
    lines += [bar, "End of action plan - exported from Nurseplus Quality Portal 29/09/2025 16:42"]
    with open(path(name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    write_expected(
        name,
        source=("Imitates a domiciliary care provider's action plan after a CQC inspection rated the branch "
                "Requires improvement with breaches of Regulations 12, 17 and 19, as kept in a provider's "
                "quality system and exported to plain text (CQC recovery/quality improvement plans as "
                "described at https://impact-guru.co.uk/blogs/news/using-quality-improvement-plans-to-evidence-cqc-recovery). "
                "Nurseplus UK, Maidstone branch (home care), 2025. Copies: header lines with location ID, "
                "inspection and rating, a RAG legend line, CQC key questions as ruled headings, the breached "
                "regulation and CQC's finding as one line above its actions, labelled action blocks "
                "(What we will do / Who / By when / Progress / RAG), one action with a bulleted list on "
                "following lines, a named manager with role in brackets, and an export footer."),
        reads=("A plain-text action plan: eight numbered action blocks under two key questions (Safe, Well-led) "
               "and three regulation breaches. Each block gives the action, who, by when and a RAG word; "
               "'Immediate and ongoing' gives no end month and 3.3 is not started."),
        outcome="read", title=title, actions=actions)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 6. Owen Mor Care Centre RQIA care inspection QIP (docx, one table per area)
# ---------------------------------------------------------------------------
def make_owenmor():
    name = "zpx-owen-mor-care-centre-rqia-care-inspection-quality-improvement-plan.docx"
    title = "Owen Mor Care Centre – Quality Improvement Plan"
    DGREEN = "92D050"
    DAMBER = "FFC000"
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Following the RQIA unannounced care inspection on 14 and 15 January 2025 (Inspection ID: IN046812)")
    doc.add_paragraph("Registered Manager: Siobhan McLaughlin        Plan updated: 24 March 2025")
    doc.add_paragraph("This inspection resulted in six areas for improvement: four in respect of The Nursing Homes "
                      "Regulations (Northern Ireland) 2005 and two in respect of the Care Standards for Nursing "
                      "Homes (December 2022). The tables below set out how the home is addressing each area.")
    p = doc.add_paragraph()
    p.add_run("Status key: ").bold = True
    p.add_run("Green – completed; Amber – in progress; no shading – not yet started.")

    regs = "Action required to ensure compliance with The Nursing Homes Regulations (Northern Ireland) 2005"
    stds = "Action required to ensure compliance with the Care Standards for Nursing Homes (December 2022)"
    G, Am, N = ("g", DGREEN, "blue"), ("a", DAMBER, "amber"), ("n", None, "unrated")
    plan = [
        (regs, [
            ("Area for improvement 1", "Ref: Regulation 13 (7)", "Stated: First time",
             "The registered person shall ensure that the infection prevention and control issues identified during this inspection are addressed, including the storage of equipment in bathrooms and the cleanliness of hoist slings.",
             [("1.1", "Remove stored equipment from bathrooms and reorganise the first floor store to hold wheelchairs and hoists.",
               "Deputy Manager", ["Deputy Manager"], "21/01/2025", "2025-01", None, G),
              ("1.2", "Introduce a named sling for each resident who needs one, with a laundry schedule and a weekly check by the nurse in charge.",
               "Registered Manager / Nurse in charge", ["Registered Manager", "Nurse in charge"], "28/02/2025", "2025-02", None, G)]),
            ("Area for improvement 2", "Ref: Regulation 12 (1) (a) and (b)", "Stated: First time",
             "The registered person shall ensure that the nursing care provided to residents with wounds is in keeping with their care plan, and that wound assessments and dressing changes are recorded at the frequency prescribed.",
             [("2.1", "Audit all wound care records and update care plans where the dressing regime has changed.",
               "Clinical Lead Nurse", ["Clinical Lead Nurse"], "31/01/2025", "2025-01", None, G),
              ("2.2", "Add wound care documentation to the monthly care records audit and share the findings at the registered nurse meeting.",
               "Registered Manager", ["Registered Manager"], "March 2025", "2025-03", None, Am)]),
            ("Area for improvement 3", "Ref: Regulation 27 (4) (d)", "Stated: Second time",
             "The registered person shall ensure that fire doors are not wedged or propped open and that fire safety checks are completed and recorded weekly.",
             [("3.1", "Fit hold-open devices linked to the fire alarm on the two lounge doors that residents want kept open, and add weekly fire door checks to the maintenance log.",
               "Maintenance Person / Registered Manager", ["Maintenance Person", "Registered Manager"], "With immediate effect", None, "With immediate effect", G)]),
            ("Area for improvement 4", "Ref: Regulation 20 (1) (c) (i)", "Stated: First time",
             "The registered person shall ensure that all staff complete mandatory training, including dysphagia awareness and the International Dysphagia Diet Standardisation Initiative (IDDSI) framework.",
             [("4.1", "Book all care and catering staff onto IDDSI training with the Speech and Language Therapy team.",
               "Home Administrator", ["Home Administrator"], "31/03/2025", "2025-03", None, Am),
              ("4.2", "Report training compliance to the Responsible Individual each month.",
               "Registered Manager", ["Registered Manager"], "Monthly", None, "Monthly", N)]),
        ]),
        (stds, [
            ("Area for improvement 5", "Ref: Standard 12", "Stated: First time",
             "The registered person shall ensure that the daily menu is displayed in a suitable format and that residents are offered a choice of meal, including those on modified diets.",
             [("5.1", "Introduce pictorial menus on each unit and record residents' meal choices the day before.",
               "Catering Manager", ["Catering Manager"], "28/02/2025", "2025-02", None, G)]),
            ("Area for improvement 6", "Ref: Standard 11", "Stated: First time",
             "The registered person shall ensure that a programme of activities is in place that reflects residents' preferences, and that participation is recorded.",
             [("6.1", "Recruit a second activity co-ordinator so that activities are provided seven days a week.",
               "Registered Manager", ["Registered Manager"], "April 2025", "2025-04", None, Am),
              ("6.2", "Complete a 'This is me' preferences profile with each resident and their family, and use it to plan the monthly activity programme.",
               "Activity Co-ordinator", ["Activity Co-ordinator"], "30/04/2025", "2025-04", None, N)]),
        ]),
    ]
    actions = []
    for heading, afis in plan:
        doc.add_heading(heading, level=1)
        for afi, ref, stated, req, acts in afis:
            t = doc.add_table(rows=3, cols=5)
            t.style = "Table Grid"
            m = t.rows[0].cells[0].merge(t.rows[0].cells[4])
            set_cell(m, f"{afi}        {ref}        {stated}", bold=True)
            shade(m, "D9E2F3")
            m = t.rows[1].cells[0].merge(t.rows[1].cells[4])
            set_cell(m, req)
            for i, h in enumerate(["No.", "Action to be taken", "Person responsible", "Complete by", "Status"]):
                set_cell(t.rows[2].cells[i], h, bold=True)
            for no, text, lead, leads, by, end, end_text, st in acts:
                cells = t.add_row().cells
                for i, v in enumerate([no, text, lead, by, ""]):
                    set_cell(cells[i], v)
                if st[1]:
                    shade(cells[4], st[1])
                actions.append(A(no, [heading, req], text, leads, end, st[2], end_text))
            doc.add_paragraph()
    t = doc.add_table(rows=2, cols=4)
    t.style = "Table Grid"
    for i, v in enumerate(["Completed by:", "Siobhan McLaughlin, Registered Manager", "Date:", "24/03/2025"]):
        set_cell(t.rows[0].cells[i], v, bold=(i % 2 == 0))
    for i, v in enumerate(["Approved by:", "Responsible Individual", "Date:", "25/03/2025"]):
        set_cell(t.rows[1].cells[i], v, bold=(i % 2 == 0))
    doc.save(path(name))

    write_expected(
        name,
        source=("Imitates a Northern Ireland nursing home's own quality improvement plan built from the QIP at the "
                "end of an RQIA care inspection report (RQIA areas for improvement with 'Ref: Regulation ...', "
                "'Stated: First/Second time', 'Action required to ensure compliance with The Nursing Homes "
                "Regulations (Northern Ireland) 2005' / 'the Care Standards for Nursing Homes' headings; e.g. "
                "https://vdocuments.mx/unannounced-care-inspection-report-3-november-2016-unannounced-care-inspection.html). "
                "Owen Mor Care Centre, 2025. Copies: title and inspection line, a status key that makes green "
                "mean completed, the two RQIA compliance headings, one Word table per area for improvement "
                "(area/ref/stated row, requirement text row, then numbered actions), status shown only by cell "
                "shading, and a sign-off table."),
        reads=("Ten actions in six tables, one per RQIA area for improvement, under the regulations heading "
               "(areas 1–4) and the care standards heading (areas 5–6). Status is only cell shading, read by "
               "the key: green = completed (blue), amber = in progress, unshaded = not started. 'With immediate "
               "effect' and 'Monthly' give no end month."),
        outcome="read", title=title, actions=actions)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 7. LSCft board assurance framework 2025/26 with a mistyped month (xlsx, refuse)
# ---------------------------------------------------------------------------
def make_lscft():
    name = "zpx-lancashire-and-south-cumbria-nhsft-board-assurance-framework-2025-26-typo-month-refuse.xlsx"
    title = "Board Assurance Framework 2025/26"
    wb = Workbook()
    ws = wb.active
    ws.title = "BAF summary"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14, color=HEAD)
    ws["A2"] = ("Lancashire & South Cumbria NHS Foundation Trust – Quarter 2 position, reported to the Board of "
                "Directors on 27 November 2025")
    heads = ["Risk ref", "Strategic objective", "Principal risk", "Executive owner", "Assurance committee",
             "Initial score", "Q1 score", "Q2 score", "Target score", "Trend"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        fill(c, HEAD)
        c.alignment = WRAP
    risks = [
        ("SR1", "Quality and safety of care",
         "There is a risk that the Trust cannot consistently deliver safe, high-quality care because of inpatient demand, out of area placements and workforce gaps, leading to avoidable harm.",
         "Chief Nurse", "Quality and Safety Committee", 20, 16, 16, 12, "↔"),
        ("SR2", "Workforce",
         "There is a risk that the Trust cannot recruit and retain enough skilled staff, particularly registered mental health nurses and consultant psychiatrists, to deliver its services.",
         "Chief People Officer", "People and Culture Committee", 16, 16, 12, 8, "↓"),
        ("SR3", "Financial sustainability",
         "There is a risk that the Trust does not deliver its 2025/26 financial plan, including the efficiency programme, and has to reduce services or draw on reserves.",
         "Chief Finance Officer", "Finance and Performance Committee", 20, 20, 20, 12, "↔"),
        ("SR4", "Flow and access",
         "There is a risk that adult acute inpatients continue to be placed out of area because of delayed discharges and limited community crisis capacity.",
         "Chief Operating Officer", "Finance and Performance Committee", 20, 16, 16, 9, "↔"),
    ]
    r = 5
    for rk in risks:
        for i, v in enumerate(rk, 1):
            c = ws.cell(r, i, v)
            c.alignment = WRAP
        for i in (6, 7, 8, 9):
            v = ws.cell(r, i).value
            fill(ws.cell(r, i), RED if v >= 15 else AMBER if v >= 8 else GREEN)
        r += 1
    r += 1
    ws.cell(r, 1, "Risk score = likelihood × consequence (5×5 matrix): 1–3 low; 4–6 moderate; 8–12 high; 15–25 extreme.")
    for col, w in zip("ABCDEFGHIJ", [9, 22, 70, 22, 28, 9, 9, 9, 9, 7]):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("BAF detail")
    ws2["A1"] = title + " – risk detail and actions to address gaps"
    ws2["A1"].font = Font(bold=True, size=13, color=HEAD)
    detail = {
        "SR1": ("Gaps: ligature risk assessments not yet digitised; physical health monitoring on inpatient wards below standard.",
                [("1.1", "Move ward ligature risk assessments onto the electronic environmental risk tool for all inpatient wards.", "Director of Estates", "31/12/2025", "Two of three inpatient sites complete.", "G"),
                 ("1.2", "Embed NEWS2 and physical health observations in the inpatient electronic record with automated escalation alerts.", "Chief Clinical Information Officer", "March 2026", "Build complete; testing on two wards.", "A"),
                 ("1.3", "Complete the Trust-wide sexual safety on inpatient wards improvement programme.", "Deputy Director of Nursing", "Febuary 2026", "Programme at phase 2 of 3.", "G")]),
        "SR2": ("Gaps: reliance on agency nursing on older adult wards; consultant vacancies in Cumbria.",
                [("2.1", "Deliver the international recruitment programme for 40 registered mental health nurses.", "Deputy Chief People Officer", "31/03/2026", "28 nurses in post.", "G"),
                 ("2.2", "Introduce a retention plan for newly qualified nurses, including preceptorship and flexible rostering.", "Head of Nursing Workforce", "Jan 2026", "Preceptorship refreshed; flexible rostering pilot in two wards.", "A")]),
        "SR3": ("Gaps: efficiency schemes not fully identified; out of area placement spend above plan.",
                [("3.1", "Identify and quality impact assess schemes for the remaining efficiency target.", "Chief Finance Officer / Divisional Directors", "31/10/2025", "£4.2m of £6.8m identified; QIAs in progress.", "R"),
                 ("3.2", "Report monthly forecast out-turn and recovery actions to the Finance and Performance Committee.", "Deputy Chief Finance Officer", "Monthly", "Reported monthly.", "G")]),
        "SR4": ("Gaps: delayed discharges above the agreed system trajectory; crisis house capacity in Lancashire.",
                [("4.1", "Open the second crisis house in central Lancashire with the voluntary sector partner.", "Chief Operating Officer", "December 2025", "Property secured; staff recruitment under way.", "A"),
                 ("4.2", "Agree a joint delayed discharge trajectory and weekly escalation call with the local authorities and the ICB.", "Director of Operations (Mental Health) and Director of Adult Social Care", "30/11/2025", "Weekly call in place since September.", "G")]),
    }
    r = 3
    typo_row = None
    n_actions = 0
    for ref, obj, risk, owner, comm, init, q1, q2, tgt, trend in risks:
        c = ws2.cell(r, 1, f"{ref} – {obj}")
        c.font = Font(bold=True, color="FFFFFF")
        fill(c, HEAD)
        ws2.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        r += 1
        for k, v in [("Principal risk", risk), ("Executive owner", owner), ("Assurance committee", comm),
                     ("Current score (Q2)", q2), ("Target score", tgt)]:
            ws2.cell(r, 1, k).font = Font(bold=True)
            ws2.cell(r, 2, v).alignment = WRAP
            ws2.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
            r += 1
        gaps, acts = detail[ref]
        ws2.cell(r, 1, "Gaps in control / assurance").font = Font(bold=True)
        ws2.cell(r, 2, gaps).alignment = WRAP
        ws2.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
        r += 1
        for i, h in enumerate(["Ref", "Actions to address gaps", "Lead", "Due date", "Progress (Q2)", "RAG"], 1):
            c = ws2.cell(r, i, h)
            c.font = Font(bold=True)
            fill(c, GREY)
            c.border = BOX
        r += 1
        for aref, text, lead, due, prog, rag in acts:
            for i, v in enumerate([aref, text, lead, due, prog, rag], 1):
                c = ws2.cell(r, i, v)
                c.alignment = WRAP
                c.border = BOX
            fill(ws2.cell(r, 6), {"R": RED, "A": AMBER, "G": GREEN}[rag])
            if due.startswith("Febuary"):
                typo_row = r
            n_actions += 1
            r += 1
        r += 1
    for col, w in zip("ABCDEF", [22, 60, 30, 14, 40, 7]):
        ws2.column_dimensions[col].width = w
    wb.save(path(name))
    assert typo_row is not None

    write_expected(
        name,
        source=("Imitates an NHS mental health trust's board assurance framework as presented to the public board "
                "each quarter (BAF structure per GGI guidance, https://www.good-governance.org.uk/publications/insights/how-to-develop-a-board-assurance-framework, "
                "and trust BAF board papers). Lancashire & South Cumbria NHS Foundation Trust, 2025/26 Q2. "
                "Copies: a summary sheet of strategic risks with scores coloured by the 5×5 matrix, then a "
                "detail sheet with one block per strategic risk (principal risk, owner, committee, scores, gaps "
                "in control/assurance) and an 'Actions to address gaps' table with lead, due date, Q2 progress "
                "and RAG."),
        reads=(f"Nine actions to address gaps under four strategic risks on the 'BAF detail' sheet. Action 1.3's "
               f"due date (row {typo_row} of 'BAF detail') reads 'Febuary 2026', a mistyped month, so a careful "
               f"reader stops there and asks what was meant before importing the plan."),
        outcome="refuse", title=title, refuse_at=typo_row)
    return name, n_actions


def main():
    made = [make_mkuh(), make_birchgrove(), make_woodland(), make_kchft(), make_nurseplus(),
            make_owenmor(), make_lscft()]
    for n, k in made:
        print(f"{k:3d}  {n}")


if __name__ == "__main__":
    main()
