"""Build the seven xb- blind test files for heldout551.

Run with /work/main/.venv/bin/python xb_make.py (from any directory).
Data for each file is kept in module-level structures; xb_expected.py reads
them to write the NAME.expected.yaml files.
"""
import csv
import datetime as dt
import io
import os

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
FILL = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def d(y, m, day):
    return dt.datetime(y, m, day)


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. Dudley Group NHSFT - Board Assurance Framework (xlsx)
# ---------------------------------------------------------------------------
DUDLEY_FILE = "xb-dudley-group-nhsft-board-assurance-framework-2025-26.xlsx"
DUDLEY_TITLE = "The Dudley Group NHS Foundation Trust – Board Assurance Framework 2025/26"
DUDLEY_RISKS = [
    {
        "id": "SR1",
        "heading": "SR1 – Patient safety and quality",
        "desc": "If we do not consistently identify and respond to deteriorating patients and learn "
                "from incidents, then patients may come to avoidable harm, resulting in poor outcomes "
                "and loss of public confidence.",
        "lead": "Chief Nurse", "committee": "Quality Committee",
        "scores": ("Initial 4 x 5 = 20", "Current 4 x 4 = 16", "Target 2 x 4 = 8"),
        "controls": "Deteriorating Patient Group; NEWS2 policy; PSIRF plan and Patient Safety "
                    "Incident Response Plan; monthly ward accreditation.",
        "gaps": [("G1", "NEWS2 escalation compliance below 90% on medical wards"),
                 ("G2", "PSIRF safety actions not consistently closed within agreed timescales")],
        "actions": [
            ("1a", "G1", "Roll out the electronic observations (e-Obs) system with automated NEWS2 "
                         "escalation alerts to all adult inpatient wards.",
             "Chief Nursing Information Officer", d(2025, 9, 30), d(2026, 1, 31),
             "Live on 14 of 18 wards; remaining four wards scheduled for January go-live following "
             "Wi-Fi upgrade.", "At risk"),
            ("1b", "G1", "Deliver deteriorating patient training to all registered nurses and healthcare "
                         "support workers on medical wards.\nCompliance reported monthly to Quality "
                         "Committee.",
             "Deputy Chief Nurse / Head of Clinical Education", d(2025, 12, 31), None,
             "Compliance 88% against 90% target at end of November.", "On track"),
            ("1c", "G2", "Establish a Patient Safety Learning Panel to review overdue PSII safety actions "
                         "and confirm closure evidence.",
             "Chief Medical Officer", d(2025, 6, 30), None,
             "Panel established June 2025; meets fortnightly. Terms of reference approved by Quality "
             "Committee.", "Complete"),
        ],
    },
    {
        "id": "SR2",
        "heading": "SR2 – Workforce sustainability",
        "desc": "If we are unable to recruit, retain and develop sufficient staff with the right "
                "skills, then we will not maintain safe staffing levels, leading to increased reliance "
                "on temporary staffing and reduced quality of care.",
        "lead": "Chief People Officer", "committee": "People Committee",
        "scores": ("Initial 4 x 4 = 16", "Current 3 x 4 = 12", "Target 2 x 4 = 8"),
        "controls": "Workforce plan 2025/26; vacancy control panel; temporary staffing dashboard; "
                    "retention working group.",
        "gaps": [("G1", "Registered nurse vacancy rate above 8% in the Emergency Department and Medicine"),
                 ("G2", "Medical agency spend above the NHS England cap")],
        "actions": [
            ("2a", "G1", "Complete international recruitment of 40 registered nurses, with pastoral "
                         "support and OSCE preparation programme.",
             "Chief People Officer", d(2026, 3, 31), None,
             "32 nurses in post; final cohort of 8 arriving February 2026.", "On track"),
            ("2b", "G1", "Launch a ‘Stay Conversations’ retention programme for staff in their first "
                         "two years of employment.",
             "Head of Organisational Development", d(2025, 10, 31), d(2026, 2, 28),
             "Pilot complete in Medicine; trust-wide roll-out delayed pending manager training "
             "capacity.", "At risk"),
            ("2c", "G2", "Convert long-term medical agency locums to substantive or bank contracts in "
                         "line with the NHS England agency rules.",
             "Deputy Medical Director (Workforce)", "Q4 2025/26", None,
             "11 of 19 long-term locums converted; business case for remaining posts at Executive "
             "Committee in January.", "On track"),
        ],
    },
    {
        "id": "SR3",
        "heading": "SR3 – Estates and digital infrastructure",
        "desc": "If critical estate and digital infrastructure is not maintained and replaced, then "
                "there is a risk of service failure, cyber compromise or unplanned loss of clinical "
                "areas.",
        "lead": "Chief Finance Officer", "committee": "Finance and Productivity Committee",
        "scores": ("Initial 4 x 5 = 20", "Current 4 x 5 = 20", "Target 2 x 5 = 10"),
        "controls": "Capital programme 2025/26; authorised engineer audits; Cyber Security "
                    "Operations Centre; Data Security and Protection Toolkit submission.",
        "gaps": [("G1", "Backlog maintenance of £38m, including critical infrastructure risk in main "
                        "theatres ventilation"),
                 ("G2", "Cyber Essentials Plus not yet achieved; unsupported operating systems on 140 "
                        "devices")],
        "actions": [
            ("3a", "G1", "Replace theatre ventilation plant (Theatres 1–4) under the critical "
                         "infrastructure capital programme.",
             "Director of Estates and Facilities", d(2025, 8, 31), d(2026, 3, 31),
             "Contractor mobilisation delayed by supply of air handling units; Theatres 1 and 2 "
             "complete, 3 and 4 scheduled for Q4.", "Off track"),
            ("3b", "G2", "Remove or isolate all devices running unsupported operating systems.",
             "Chief Digital Information Officer", d(2025, 11, 30), d(2026, 1, 31),
             "Reduced from 140 to 23 devices; remaining devices are medical equipment awaiting "
             "supplier patches.", "At risk"),
        ],
    },
]
DUDLEY_STATUS_FILL = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED}


def make_dudley():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = DUDLEY_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A3"] = "Report to: Board of Directors (Public) – 8 January 2026"
    ws["A4"] = "Position as at: 31 December 2025 (Quarter 3)"
    ws["A6"] = "Document control"
    ws["A6"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Change"),
            ("v1.0", "10/04/2025", "Head of Corporate Governance", "BAF 2025/26 approved by Board"),
            ("v2.0", "09/07/2025", "Head of Corporate Governance", "Q1 review – SR2 score confirmed"),
            ("v3.0", "08/10/2025", "Head of Corporate Governance", "Q2 review – SR2 score reduced to 12"),
            ("v4.0", "31/12/2025", "Head of Corporate Governance", "Q3 review – actions updated")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = ws.cell(row=7 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
    ws["A13"] = "Action status key"
    ws["A13"].font = Font(bold=True)
    key = [("Complete", BLUE, "Action delivered and evidence received by lead committee"),
           ("On track", GREEN, "Action progressing and expected to deliver by the due date"),
           ("At risk", AMBER, "Action progressing but due date at risk, or revised date agreed"),
           ("Off track", RED, "Action will not deliver by revised date; escalated to Executive Committee")]
    for i, (w, col, txt) in enumerate(key):
        ws.cell(row=14 + i, column=1, value=w).fill = fill(col)
        ws.cell(row=14 + i, column=2, value=txt)
    ws.column_dimensions["A"].width = 16
    ws.column_dimensions["B"].width = 16
    ws.column_dimensions["C"].width = 30
    ws.column_dimensions["D"].width = 40

    # Summary sheet
    s = wb.create_sheet("Summary")
    s["A1"] = "BAF summary – Quarter 3 2025/26"
    s["A1"].font = Font(bold=True, size=12)
    hdr = ["Risk ID", "Strategic risk", "Executive lead", "Lead committee", "Initial score",
           "Q2 score", "Q3 score", "Target score", "Trend"]
    for j, h in enumerate(hdr):
        c = s.cell(row=3, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    summ = [("SR1", "Patient safety and quality", "Chief Nurse", "Quality Committee", 20, 16, 16, 8, "↔"),
            ("SR2", "Workforce sustainability", "Chief People Officer", "People Committee", 16, 16, 12, 8, "↓"),
            ("SR3", "Estates and digital infrastructure", "Chief Finance Officer",
             "Finance and Productivity Committee", 20, 20, 20, 10, "↔")]
    for i, r in enumerate(summ):
        for j, v in enumerate(r):
            s.cell(row=4 + i, column=1 + j, value=v).border = BOX
    s["A8"] = ("Actions to address gaps: 8 in total – Complete 1, On track 3, At risk 3, Off track 1")
    s["A8"].font = Font(italic=True)
    for col, w in zip("ABCDEFGHI", (9, 36, 22, 32, 12, 10, 10, 12, 8)):
        s.column_dimensions[col].width = w

    # One sheet per strategic risk
    for risk in DUDLEY_RISKS:
        r = wb.create_sheet(risk["id"])
        r.merge_cells("A1:G1")
        r["A1"] = risk["heading"]
        r["A1"].font = Font(bold=True, size=12, color="FFFFFF")
        r["A1"].fill = fill("1F3864")
        r["A2"] = "Risk description"
        r["A2"].font = Font(bold=True)
        r.merge_cells("B2:G2")
        r["B2"] = risk["desc"]
        r["B2"].alignment = WRAP
        r.row_dimensions[2].height = 45
        r["A3"] = "Executive lead"
        r["A3"].font = Font(bold=True)
        r["B3"] = risk["lead"]
        r["D3"] = "Lead committee"
        r["D3"].font = Font(bold=True)
        r["E3"] = risk["committee"]
        r["A4"] = "Risk score (L x C)"
        r["A4"].font = Font(bold=True)
        r["B4"], r["D4"], r["F4"] = risk["scores"]
        r["A5"] = "Key controls"
        r["A5"].font = Font(bold=True)
        r.merge_cells("B5:G5")
        r["B5"] = risk["controls"]
        r["B5"].alignment = WRAP
        r["A7"] = "Gaps in control / assurance and actions to address gaps"
        r["A7"].font = Font(bold=True)
        row = 8
        hdr = ["Ref", "Action to address gap", "Action lead", "Original due date",
               "Revised due date", "Progress update (Q3)", "Status"]
        for j, h in enumerate(hdr):
            c = r.cell(row=row, column=1 + j, value=h)
            c.font = Font(bold=True)
            c.fill = fill("D9E1F2")
            c.border = BOX
            c.alignment = WRAP
        row += 1
        for gref, gtxt in risk["gaps"]:
            r.merge_cells(start_row=row, start_column=1, end_row=row, end_column=7)
            c = r.cell(row=row, column=1, value=gref + " – " + gtxt)
            c.font = Font(bold=True, italic=True)
            c.fill = fill("F2F2F2")
            row += 1
            for (ref, gap, act, lead, orig, rev, prog, status) in risk["actions"]:
                if gap != gref:
                    continue
                vals = [ref, act, lead, orig, rev, prog, status]
                for j, v in enumerate(vals):
                    c = r.cell(row=row, column=1 + j, value=v)
                    c.border = BOX
                    c.alignment = WRAP
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                r.cell(row=row, column=7).fill = fill(DUDLEY_STATUS_FILL[status])
                row += 1
        for col, w in zip("ABCDEFG", (8, 50, 26, 13, 13, 45, 11)):
            r.column_dimensions[col].width = w
    wb.save(out(DUDLEY_FILE))


# ---------------------------------------------------------------------------
# 2. NHS Nottingham and Nottinghamshire ICB - Audit and Risk Committee action log (docx)
# ---------------------------------------------------------------------------
NOTTS_FILE = "xb-nhs-nottingham-and-nottinghamshire-icb-audit-and-risk-committee-action-log.docx"
NOTTS_TITLE = "Audit and Risk Committee Action Log"
NOTTS_ACTIONS = [
    ("ARC 24/112", "12/12/2024", "AR/24/089",
     "Present a revised Board Assurance Framework aligned to the ICB’s 2025/26 strategic objectives, "
     "including risk appetite statements for each principal risk.",
     "Director of Corporate Affairs", "June 2025",
     "BAF approved by Board in July 2025; risk appetite statements to be considered at Board "
     "development session in January 2026.", "R"),
    ("ARC 25/018", "13/03/2025", "AR/25/014",
     "Internal audit – Continuing Healthcare: confirm that the backlog of overdue CHC reviews has been "
     "cleared and report the position to the Committee.",
     "Director of Nursing; Head of All Age Continuing Care", "September 2025",
     "Backlog cleared at 31 August 2025; position reported to the September meeting.", "G"),
    ("ARC 25/041", "12/06/2025", "AR/25/037",
     "Refresh the Conflicts of Interest policy and undertake an audit of declarations made by staff at "
     "Band 8d and above.",
     "Head of Governance", "September 2025\nRevised: February 2026",
     "Policy refreshed; audit of declarations deferred to allow for the ICB restructure (agreed at the "
     "September meeting).", "A"),
    ("ARC 25/057", "11/09/2025", "AR/25/052",
     "Provide an update on progress against the Data Security and Protection Toolkit improvement plan, "
     "including mandatory training compliance.",
     "Senior Information Risk Owner", "December 2025",
     "Update provided – training compliance 94%. Toolkit submission on track for June 2026.", "G"),
    ("ARC 25/058", "11/09/2025", "AR/25/053",
     "Share the value for money benchmarking for ICBs in the Midlands region once published.",
     "External Audit Engagement Lead", "Ongoing",
     "Benchmarking not yet published.", "A"),
    ("ARC 25/066", "13/11/2025", "AR/25/061",
     "Report the outcome of the counter fraud proactive exercise on purchase card expenditure.",
     "Local Counter Fraud Specialist", "February 2026",
     "Exercise under way; findings to the February meeting.", "A"),
    ("ARC 25/067", "13/11/2025", "AR/25/062",
     "Circulate the Q2 register of waivers of Standing Financial Instructions to members outside the "
     "meeting.",
     "BW / KD", "28/11/2025",
     "Circulated 27 November 2025.", "G"),
]


def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for run in p.runs:
                run.bold = True


def make_notts():
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.orientation = 1
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    hp = sec.header.paragraphs[0]
    hp.text = "NHS Nottingham and Nottinghamshire Integrated Care Board"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_heading(NOTTS_TITLE, level=1)
    doc.add_paragraph("Updated following the meeting held on 11 December 2025. Actions shaded green are "
                      "complete and will be removed from the log once the Committee agrees closure.")
    doc.add_paragraph("Key")
    kt = doc.add_table(rows=3, cols=2)
    kt.style = "Table Grid"
    for i, (col, txt) in enumerate([(RED, "Action overdue, or revised date missed"),
                                    (AMBER, "Action in progress and not yet due"),
                                    (GREEN, "Action complete – Committee asked to agree closure")]):
        shade(kt.rows[i].cells[0], col)
        kt.rows[i].cells[1].text = txt
    doc.add_paragraph("")
    t = doc.add_table(rows=1, cols=8)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["No.", "Meeting date", "Minute ref", "Action", "Lead", "Due date",
                                      "Update", "RAG"]):
        c.text = h
        shade(c, "D9E1F2")
    bold_row(t.rows[0])
    for (no, mdate, mref, act, lead, due, upd, rag) in NOTTS_ACTIONS:
        cells = t.add_row().cells
        for c, v in zip(cells, [no, mdate, mref, act, lead, due, upd, ""]):
            c.text = v
        shade(cells[7], FILL[rag])
    doc.add_paragraph("")
    doc.add_paragraph("Committee Secretary: Corporate Governance Team. Next meeting: 12 February 2026.")
    doc.save(out(NOTTS_FILE))


# ---------------------------------------------------------------------------
# 3. Orchard Surgery - CQC inspection action plan (tab-separated text export)
# ---------------------------------------------------------------------------
ORCHARD_FILE = "xb-orchard-surgery-cqc-inspection-action-plan.txt"
ORCHARD_TITLE = "Orchard Surgery – CQC Inspection Action Plan"
# (section row) or (ref, finding, action, responsible, target, status, progress)
ORCHARD_ROWS = [
    "MUST DO – Regulation 12: Safe care and treatment",
    ("1.1", "The provider must ensure patients prescribed high-risk medicines are monitored in line with "
            "national guidance.",
     "Run weekly searches for patients on methotrexate, lithium, DOACs and ACE inhibitors with overdue "
     "blood monitoring; contact and recall all patients identified.",
     "Clinical Pharmacist", "31/07/2025", "Complete",
     "Searches embedded; 47 patients recalled; audit 31/07/25 shows 98% monitored."),
    ("1.2", "",
     "Add a ‘monitoring overdue’ alert to the prescribing template so that repeat requests are reviewed "
     "by a GP before issue.",
     "Dr P Hale (GP Partner)", "31/08/2025", "Complete", "Template live 12/08/25."),
    ("1.3", "The provider must ensure emergency medicines and equipment are checked and fit for use.",
     "Introduce a weekly documented check of the emergency trolley, oxygen and defibrillator, with a "
     "named deputy for leave.",
     "Nurse Manager & Healthcare Assistant", "30/06/2025", "Complete", "Checklist in place since 2 June."),
    "MUST DO – Regulation 17: Good governance",
    ("2.1", "The provider must establish effective systems to manage safety alerts and patient safety "
            "incidents.",
     "Create a safety alerts log with a named clinical lead, action taken and date closed for every MHRA "
     "and NatPSA alert.",
     "Practice Manager / Dr S Mistry", "31/07/2025", "Complete",
     "Log in use; reviewed at monthly clinical meeting."),
    ("2.2", "",
     "Re-run historic searches for MHRA alerts issued since April 2023 and act on any patients "
     "identified.",
     "Clinical Pharmacist", "Sep-25", "On track", "6 of 9 historic searches complete."),
    ("2.3", "The provider must ensure staff complete the training required for their role.",
     "Agree a mandatory training matrix and give staff protected time to complete safeguarding, "
     "infection control and basic life support training.",
     "Practice Manager", "31/10/2025", "On track", "Matrix agreed; compliance 81% (target 95%)."),
    "SHOULD DO",
    ("3.1", "The provider should take action to improve patient satisfaction with telephone access.",
     "Move to a cloud-based telephony system with call-back and queue position messages.",
     "Practice Manager & PCN Digital Lead", "Dec-25", "Not started",
     "Contract signed; installation booked for November."),
    ("3.2", "The provider should continue to improve the uptake of cervical screening.",
     "Send text reminders and offer Saturday clinics through the PCN extended access service.",
     "Nurse Manager", "Ongoing – reviewed monthly", "On track",
     "Uptake 74.2% (Aug-25), up from 71.0%."),
]


def make_orchard():
    lines = [
        ORCHARD_TITLE,
        "Inspection date:\t20 May 2025\tReport published:\t3 July 2025\tOverall rating:\tRequires improvement",
        "Provider:\tDr P Hale & Partners\tRegistered manager:\tMrs L Barker (Practice Manager)",
        "",
        "Ref\tFinding (CQC report)\tAction\tResponsible\tTarget date\tStatus\tProgress / evidence",
    ]
    for r in ORCHARD_ROWS:
        if isinstance(r, str):
            lines.append(r + "\t" * 6)
        else:
            lines.append("\t".join(r))
    lines += [
        "\t" * 6,
        "Status key: Complete = action finished and evidence held; On track = in progress and within "
        "target date; Not started = work not yet begun",
        "Plan reviewed at the practice meeting on 9 September 2025. Next review: December 2025.",
    ]
    with open(out(ORCHARD_FILE), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------------------
# 4. Northamptonshire Police - custody inspection action plan (csv, typo month -> refuse)
# ---------------------------------------------------------------------------
NORTHANTS_FILE = "xb-northamptonshire-police-custody-inspection-action-plan-typo-month-refuse.csv"
NORTHANTS_TITLE = "Northamptonshire Police – Custody Inspection Action Plan"
NORTHANTS_HEAD = [
    [NORTHANTS_TITLE],
    ["Unannounced inspection of police custody suites by HMICFRS and HM Inspectorate of Prisons – "
     "report published 27 August 2024"],
    ["Plan owner: Head of Criminal Justice", "", "", "Last updated: 14/02/2025"],
    [],
    ["Ref", "Type", "Recommendation / area for improvement", "Action", "Action owner",
     "Original target", "Revised target", "RAG", "Update"],
]
NORTHANTS_ROWS = [
    ["CC1.1", "Cause of concern",
     "The force should ensure that detainees' risk assessments are reviewed at each handover, and that "
     "the level of observation is appropriate to the risk identified.",
     "Introduce a structured handover template on the custody record system requiring review of the risk "
     "assessment and observation level.",
     "Custody Inspector (Policy & Standards)", "31/10/2024", "", "B",
     "Template live 1 October 2024; dip sample of 60 records shows 92% compliance."],
    ["CC1.2", "Cause of concern", "",
     "Dip sample 20 custody records per suite each month and report compliance to the Custody Governance "
     "Board.",
     "Head of Custody", "30/11/2024", "", "G", "Monthly sampling in place; results reported to December "
                                               "board."],
    ["R1", "Recommendation",
     "The force should improve its oversight of the use of force in custody, so that it can be assured "
     "that force is used proportionately and is recorded accurately.",
     "Record every use of force in custody on the force use of force form and review CCTV for a sample of "
     "incidents each month.",
     "Custody Chief Inspector; Professional Standards Department", "31/12/2024", "Febuary 2025", "A",
     "Recording compliance 78%; CCTV review panel first met in January."],
    ["R2", "Recommendation",
     "The force, with its partners, should ensure that detainees with mental ill health who need an "
     "assessment under the Mental Health Act are assessed and transferred promptly.",
     "Agree an escalation protocol with the mental health trust and the approved mental health "
     "professional service for assessments outstanding after four hours.",
     "Head of Custody", "31/01/2025", "31/03/2025", "A",
     "Protocol drafted; awaiting sign-off by the mental health trust."],
    ["AFI1", "Area for improvement",
     "The force should ensure that detainees are routinely offered a shower, exercise and reading "
     "material, and that this is recorded.",
     "Add prompts for showers, exercise and reading material to the custody record welfare check.",
     "Custody Inspector (Policy & Standards)", "30/11/2024", "", "B", "Complete – prompts added 18/11/24."],
    ["AFI2", "Area for improvement",
     "The force should ensure that children are not held overnight in custody when alternative "
     "accommodation should be provided by the local authority.",
     "Escalate every child detained overnight to the duty superintendent and record efforts to secure "
     "local authority accommodation.",
     "Duty Superintendent / Custody Inspector", "31/12/2024", "", "G",
     "Escalation in place; monthly report to the children's partnership."],
    ["AFI3", "Area for improvement",
     "The force should make sure that detainees who need an interpreter have one for all key processes.",
     "Remind custody staff of the telephone interpreting service and check use through dip sampling.",
     "Custody Sergeants' Development Lead", "31/01/2025", "", "G",
     "Briefing delivered; dip sample due February."],
    ["AFI4", "Area for improvement",
     "The force should work with its health care provider to ensure that detainees receive their "
     "prescribed medication promptly.",
     "Review the medication administration procedure with the health care provider and audit time to "
     "first dose.",
     "Head of Custody & Health Care Contract Manager", "28/02/2025", "", "A",
     "Audit tool agreed; first audit under way."],
    ["AFI5", "Area for improvement",
     "The force should ensure that custody suites are clean and that ligature points are removed.",
     "Complete the ligature point survey at Criminal Justice Centre and Kettering custody suites and carry "
     "out remedial works.",
     "Estates Manager", "31/03/2025", "", "R",
     "Survey complete; works not yet funded – escalated to Force Estates Board."],
]


def northants_lines():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    width = 9
    for r in NORTHANTS_HEAD:
        w.writerow(list(r) + [""] * (width - len(r)))
    for r in NORTHANTS_ROWS:
        w.writerow(r)
    w.writerow([""] * width)
    w.writerow(["Summary: 9 actions – Blue 2, Green 3, Amber 3, Red 1"] + [""] * (width - 1))
    return buf.getvalue()


def northants_refuse_line():
    text = northants_lines()
    for i, line in enumerate(text.split("\r\n"), start=1):
        if "Febuary 2025" in line:
            return i
    raise RuntimeError("typo not found")


def make_northants():
    with open(out(NORTHANTS_FILE), "w", encoding="utf-8", newline="") as f:
        f.write(northants_lines())


# ---------------------------------------------------------------------------
# 5. Avon Fire & Rescue Service - improvement programme highlight report (xlsx)
# ---------------------------------------------------------------------------
AVON_FILE = "xb-avon-fire-rescue-service-improvement-programme-highlight-report.xlsx"
AVON_TITLE = "Avon Fire & Rescue Service – HMICFRS Improvement Programme Highlight Report"
# workstream -> list of (ref, milestone, lead, baseline, forecast, prev RAG, current RAG, commentary)
AVON_WS = [
    ("WS1 Values, culture and fairness", "Director of People", [
        ("1.1", "Publish a revised Code of Ethics implementation plan and deliver Code of Ethics workshops "
                "to all watch managers.",
         "Head of Organisational Development", d(2025, 9, 30), d(2025, 9, 30), "G", "B",
         "All 64 watch managers attended; evaluation report to December Board."),
        ("1.2", "Introduce an independent, confidential reporting line for staff to raise concerns about "
                "bullying, harassment and discrimination.",
         "Director of People / Head of Legal Services", d(2025, 10, 31), d(2026, 1, 31), "A", "A",
         "Provider selected; contract award delayed by procurement challenge period."),
        ("1.3", "Complete a review of all open misconduct cases over six months old and set a target "
                "timescale for each.",
         "Head of Professional Standards", d(2025, 11, 30), d(2025, 11, 30), "G", "G",
         "Review complete for 9 of 11 cases."),
        ("1.4", "Train all supervisory managers in the revised grievance and dignity at work procedures.",
         "HR Business Partners", d(2026, 3, 31), d(2026, 3, 31), None, None,
         "Training materials in development; delivery from February."),
    ]),
    ("WS2 Protection", "Area Manager Prevention & Protection", [
        ("2.1", "Recruit and train additional Fire Safety Inspectors to deliver the risk-based inspection "
                "programme (RBIP).",
         "Area Manager Prevention & Protection", d(2025, 9, 30), d(2026, 3, 31), "R", "A",
         "Two of four posts filled; development programme for two trainee inspectors under way."),
        ("2.2", "Clear the backlog of high-risk premises audits overdue under the RBIP.",
         "Group Manager – Protection", d(2025, 12, 31), d(2026, 2, 28), "R", "R",
         "Backlog reduced from 212 to 147; not achievable by forecast date without additional capacity."),
        ("2.3", "Implement a quality assurance process for building regulations consultations, with "
                "sample checks of 10% of responses.",
         "Group Manager – Protection", d(2025, 10, 31), d(2025, 10, 31), "G", "B",
         "QA process in place from October; first sample showed 96% compliance."),
    ]),
    ("WS3 Performance and governance", "Head of Corporate Planning", [
        ("3.1", "Develop a performance dashboard for the Service Leadership Team, with measures linked to "
                "the Community Risk Management Plan.",
         "Head of Corporate Planning", d(2025, 12, 31), d(2025, 12, 31), "G", "G",
         "Dashboard prototype reviewed by SLT in November."),
        ("3.2", "Review the corporate risk register and embed monthly risk reviews at department "
                "management meetings.",
         "Head of Corporate Planning & Risk Manager", d(2025, 8, 31), d(2025, 8, 31), "A", "B",
         "Revised risk management policy approved; monthly reviews embedded in all departments."),
        ("3.3", "Report progress against all HMICFRS areas for improvement to the Fire Authority’s "
                "Performance Review and Scrutiny Committee each quarter.",
         "Deputy Chief Fire Officer", "Quarterly", "Quarterly", "G", "G",
         "Reported to the September 2025 committee; next report March 2026."),
    ]),
]


def make_avon():
    wb = openpyxl.Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = AVON_TITLE
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Reporting period: November 2025"
    s["A3"] = "Report to: Improvement Programme Board, 9 December 2025"
    s["A4"] = "Senior Responsible Owner: Deputy Chief Fire Officer"
    s["A6"] = "Overall programme RAG"
    s["A6"].font = Font(bold=True)
    s["B6"] = "Amber"
    s["B6"].fill = fill(AMBER)
    s["C6"] = "Previous: Red"
    s["A8"] = "Workstream summary"
    s["A8"].font = Font(bold=True)
    hdr = ["Workstream", "Workstream lead", "Milestones", "Complete", "Previous RAG", "Current RAG"]
    for j, h in enumerate(hdr):
        c = s.cell(row=9, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    ws_rag = {"WS1": ("A", "A"), "WS2": ("R", "A"), "WS3": ("G", "G")}
    row = 10
    tot_m = tot_c = 0
    for name, lead, ms in AVON_WS:
        n_c = sum(1 for m in ms if m[6] == "B")
        tot_m += len(ms)
        tot_c += n_c
        vals = [name, lead, len(ms), n_c, None, None]
        for j, v in enumerate(vals):
            s.cell(row=row, column=1 + j, value=v).border = BOX
        p, c_ = ws_rag[name[:3]]
        s.cell(row=row, column=5).fill = fill(FILL[p])
        s.cell(row=row, column=6).fill = fill(FILL[c_])
        row += 1
    s.cell(row=row, column=1, value="Total").font = Font(bold=True)
    s.cell(row=row, column=3, value=tot_m).font = Font(bold=True)
    s.cell(row=row, column=4, value=tot_c).font = Font(bold=True)
    row += 2
    s.cell(row=row, column=1, value="Key achievements this period").font = Font(bold=True)
    for t in ["• Independent culture review recommendations accepted in full by the Fire Authority.",
              "• Building regulations consultation QA process live (milestone 2.3).",
              "• Corporate risk reviews embedded in all departments (milestone 3.2)."]:
        row += 1
        s.cell(row=row, column=1, value=t)
    row += 2
    s.cell(row=row, column=1, value="Issues and risks for escalation").font = Font(bold=True)
    for t in ["• Recruitment to two Fire Safety Inspector posts unsuccessful; interim use of overtime agreed.",
              "• Procurement challenge period has delayed the confidential reporting line (milestone 1.2)."]:
        row += 1
        s.cell(row=row, column=1, value=t)
    row += 2
    s.cell(row=row, column=1, value="RAG key").font = Font(bold=True)
    for col, word, txt in [(BLUE, "Blue", "Milestone complete"),
                           (GREEN, "Green", "On track to deliver by forecast date"),
                           (AMBER, "Amber", "At risk – mitigation in place"),
                           (RED, "Red", "Off track – Board decision required")]:
        row += 1
        s.cell(row=row, column=1, value=word).fill = fill(col)
        s.cell(row=row, column=2, value=txt)
    for col, w in zip("ABCDEF", (38, 36, 12, 10, 13, 13)):
        s.column_dimensions[col].width = w

    m = wb.create_sheet("Milestones")
    m["A1"] = "Milestone tracker – November 2025"
    m["A1"].font = Font(bold=True, size=12)
    hdr = ["Workstream", "Ref", "Milestone", "Lead(s)", "Baseline date", "Forecast date",
           "Previous RAG", "Current RAG", "Commentary"]
    for j, h in enumerate(hdr):
        c = m.cell(row=2, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("C00000")
        c.border = BOX
        c.alignment = WRAP
    row = 3
    for name, _lead, ms in AVON_WS:
        first = row
        for (ref, text, lead, base, fc, prev, cur, comm) in ms:
            vals = [None, ref, text, lead, base, fc, None, None, comm]
            for j, v in enumerate(vals):
                c = m.cell(row=row, column=1 + j, value=v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            if prev:
                m.cell(row=row, column=7).fill = fill(FILL[prev])
            if cur:
                m.cell(row=row, column=8).fill = fill(FILL[cur])
            row += 1
        m.cell(row=first, column=1, value=name)
        m.cell(row=first, column=1).alignment = Alignment(wrap_text=True, vertical="center")
        m.cell(row=first, column=1).font = Font(bold=True)
        m.merge_cells(start_row=first, start_column=1, end_row=row - 1, end_column=1)
    for col, w in zip("ABCDEFGHI", (20, 6, 50, 28, 11, 11, 10, 10, 45)):
        m.column_dimensions[col].width = w
    wb.save(out(AVON_FILE))


# ---------------------------------------------------------------------------
# 6. Oakfield Primary School - post-Ofsted action plan (docx, one table per priority)
# ---------------------------------------------------------------------------
OAKFIELD_FILE = "xb-oakfield-primary-school-post-ofsted-action-plan.docx"
OAKFIELD_TITLE = "Oakfield Primary School – Post-Ofsted Action Plan 2024–25"
# (heading, area for improvement, [(ref, action, lead, timescale, monitored by, success criteria, rag)])
OAKFIELD_PRIORITIES = [
    ("Priority 1: Early reading and phonics",
     "Leaders should ensure that the phonics programme is taught consistently well, so that pupils who "
     "fall behind in the early stages of reading catch up quickly.",
     [("1.1", "Provide refresher training in the school’s validated phonics programme for all staff "
              "teaching reading in EYFS and Key Stage 1.",
       "Reading Lead", "September 2024", "HT",
       "All staff trained; learning walks show consistent delivery.", "B"),
      ("1.2", "Introduce daily same-day ‘keep-up’ sessions for pupils at risk of falling behind.",
       "Reading Lead & EYFS Lead", "Autumn term 2024", "DHT / governor for reading",
       "Half-termly phonics assessments show the gap closing.", "G"),
      ("1.3", "Match reading books to the sounds pupils know and remove decodable books that do not match "
              "the programme.",
       "KT, JB", "Spring term 2025", "HT",
       "Book audit complete; all pupils in Reception and Year 1 read fully decodable books.", "A")]),
    ("Priority 2: Curriculum in the foundation subjects",
     "Leaders should make sure that the curriculum in some foundation subjects identifies the important "
     "knowledge pupils should learn and the order in which they should learn it. Teachers should check "
     "what pupils remember over time.",
     [("2.1", "Rewrite curriculum overviews for history, geography and design and technology to set out "
              "the key knowledge and vocabulary for each unit.\nShare the overviews with governors and "
              "publish them on the school website.",
       "DHT (Curriculum)", "Spring term 2025", "Curriculum Committee",
       "Overviews in place for all three subjects; pupils can recall key knowledge in pupil voice.", "G"),
      ("2.2", "Train subject leaders to carry out subject deep dives, including pupil voice and book looks.",
       "HT", "Termly", "School Improvement Partner",
       "Each subject leader has completed one deep dive with a written report to governors.", "G"),
      ("2.3", "Introduce low-stakes retrieval quizzes at the start of each foundation subject lesson.",
       "Subject leaders", "Summer term 2025", "DHT",
       "Quizzes used in all classes; end-of-unit assessments show improved recall.", None)]),
    ("Priority 3: Attendance",
     "Leaders should take effective action to reduce the rate of persistent absence, particularly for "
     "disadvantaged pupils.",
     [("3.1", "Appoint an attendance officer and introduce first-day calling for all unexplained absences.",
       "School Business Manager", "October 2024", "HT",
       "Attendance officer in post; first-day calls made for 100% of unexplained absences.", "B"),
      ("3.2", "Hold attendance support meetings with families of pupils whose attendance falls below 90%, "
              "with referral to the local authority where attendance does not improve.",
       "Attendance Officer / Family Support Worker", "July 2025", "Governor for attendance",
       "Persistent absence reduced to 12% or below (currently 19%).", "R")]),
]


def make_oakfield():
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.orientation = 1
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    doc.add_heading(OAKFIELD_TITLE, level=0)
    doc.add_paragraph("Inspection: 11–12 June 2024. Overall effectiveness: Requires improvement. This plan "
                      "sets out how we will address the areas for improvement identified in the inspection "
                      "report. It is monitored by the Full Governing Body each term.")
    doc.add_paragraph("Document control").runs[0].bold = True
    dc = doc.add_table(rows=3, cols=4)
    dc.style = "Table Grid"
    for r, vals in zip(dc.rows, [("Version", "Date", "Prepared by", "Approved by"),
                                 ("1.0", "15 July 2024", "Headteacher", "FGB 16 July 2024"),
                                 ("1.1", "10 December 2024", "Headteacher",
                                  "Standards Committee (RAG update)")]):
        for c, v in zip(r.cells, vals):
            c.text = v
    bold_row(dc.rows[0])
    doc.add_paragraph("RAG key (December 2024 review): Blue – complete; Green – on track; Amber – some "
                      "slippage, action being taken; Red – significant concern; no colour – not yet started.")
    for heading, afi, actions in OAKFIELD_PRIORITIES:
        doc.add_heading(heading, level=2)
        doc.add_paragraph("Area for improvement").runs[0].bold = True
        doc.add_paragraph(afi).runs[0].italic = True
        t = doc.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead", "Timescale", "Monitored by",
                                          "Success criteria", "RAG"]):
            c.text = h
            shade(c, "E2EFDA")
        bold_row(t.rows[0])
        for (ref, act, lead, when, mon, sc, rag) in actions:
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, act, lead, when, mon, sc, ""]):
                c.text = v
            if rag:
                shade(cells[6], FILL[rag])
        doc.add_paragraph("")
    doc.add_paragraph("Sign-off").runs[0].bold = True
    so = doc.add_table(rows=2, cols=2)
    so.style = "Table Grid"
    so.rows[0].cells[0].text = "Headteacher"
    so.rows[0].cells[1].text = "Signed: ____________  Date: 16 July 2024"
    so.rows[1].cells[0].text = "Chair of Governors"
    so.rows[1].cells[1].text = "Signed: ____________  Date: 16 July 2024"
    doc.save(out(OAKFIELD_FILE))


# ---------------------------------------------------------------------------
# 7. emh group - consumer standards self-assessment action plan (xlsx, sheet per standard)
# ---------------------------------------------------------------------------
EMH_FILE = "xb-emh-group-consumer-standards-self-assessment-action-plan.xlsx"
EMH_TITLE = "emh group – Consumer Standards Self-Assessment Action Plan 2025/26"
# sheet name, heading, [(requirement, self-assessment, [(ref, action, owner, target, progress, rag)])]
EMH_SHEETS = [
    ("Safety & Quality", "Safety and Quality Standard", [
        ("2.1.1 Stock quality – accurate record of the condition of every home, based on a physical "
         "assessment", "Partially compliant", [
            ("SQ1", "Complete stock condition surveys for the 18% of homes without a survey in the last "
                    "five years.",
             "Director of Asset Management", d(2026, 3, 31),
             "2,140 of 3,600 outstanding surveys complete.", "A"),
            ("SQ2", "Load survey data into the asset management system and reconcile it with compliance "
                    "records.",
             "Asset Data Manager", d(2026, 6, 30), "Data cleansing under way.", "G")]),
        ("2.2.1 Health and safety – meet all legal requirements for gas, electrical, fire, asbestos, water "
         "and lift safety", "Compliant", [
            ("SQ3", "Introduce independent third-party quality assurance of 10% of electrical safety "
                    "certificates (EICRs).",
             "Head of Compliance; Building Safety Manager", d(2025, 9, 30),
             "Contract in place from September; first QA report received.", "B")]),
    ]),
    ("Transparency", "Transparency, Influence and Accountability Standard", [
        ("1.2 Diverse needs – use data to understand tenants’ diverse needs and deliver fair outcomes",
         "Partially compliant", [
            ("TIA1", "Increase tenant profiling data (including disability and language needs) from 62% to "
                     "85% of households.",
             "Head of Customer Experience", "Q4 2025/26",
             "Profiling at 71%; campaign in tenant newsletter planned for January.", "A")]),
        ("1.6 Complaints – address complaints fairly, effectively and promptly", "Compliant", [
            ("TIA2", "Publish the annual complaints self-assessment against the Housing Ombudsman Code, with "
                     "the Board’s response, on the website.",
             "Complaints Manager", d(2025, 6, 30), "Published 27 June 2025.", "B"),
            ("TIA3", "Report complaint learning and service changes to the Customer Voice Panel each "
                     "quarter.",
             "Complaints Manager & Tenant Engagement Manager", "Quarterly",
             "Reports taken in July and October 2025.", "G")]),
    ]),
    ("Neighbourhood & Community", "Neighbourhood and Community Standard", [
        ("1.2 Local cooperation – work with partners to promote social, environmental and economic "
         "wellbeing", "Compliant", [
            ("NC1", "Agree information-sharing protocols with the community safety partnerships in "
                    "Nottingham, Derby and Leicester.",
             "Director of Housing & Communities", d(2025, 12, 31),
             "Nottingham and Derby agreed; Leicester in draft.", "G")]),
        ("1.3 Safety of shared spaces – keep communal areas clean and safe", "Partially compliant", [
            ("NC2", "Introduce monthly estate inspections with tenant inspectors for all blocks with "
                    "communal areas.",
             "Neighbourhood Services Manager", d(2025, 10, 31),
             "Inspections started in 40 of 96 blocks; recruitment of tenant inspectors slower than "
             "planned.", "R")]),
    ]),
    ("Tenancy", "Tenancy Standard", [
        ("2.1 Allocations and lettings – allocate homes fairly and transparently", "Compliant", [
            ("T1", "Review the lettings policy to reflect the Tenancy Standard and local authority "
                   "nomination agreements.",
             "Head of Lettings", d(2026, 1, 31), "Draft policy out to tenant consultation.", "G")]),
        ("2.5 Tenancy sustainment and evictions – support tenants to maintain their tenancy",
         "Partially compliant", [
            ("T2", "Refer all tenants with rent arrears over £500 to the Money Advice team before any legal "
                   "action is taken.",
             "Income Manager", "Ongoing", "Referral process in place; 312 referrals since April.", "G")]),
    ]),
]


def make_emh():
    wb = openpyxl.Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = EMH_TITLE
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Reported to: Customer Services Committee, 20 November 2025"
    hdr = ["Standard", "Actions", "B", "G", "A", "R"]
    for j, h in enumerate(hdr):
        c = s.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.border = BOX
        if h in FILL:
            c.fill = fill(FILL[h])
    row = 5
    totals = [0, 0, 0, 0, 0]
    for _sheet, heading, reqs in EMH_SHEETS:
        acts = [a for _r, _s, al in reqs for a in al]
        counts = [len(acts)] + [sum(1 for a in acts if a[5] == k) for k in "BGAR"]
        totals = [x + y for x, y in zip(totals, counts)]
        for j, v in enumerate([heading] + counts):
            s.cell(row=row, column=1 + j, value=v).border = BOX
        row += 1
    for j, v in enumerate(["Total"] + totals):
        c = s.cell(row=row, column=1 + j, value=v)
        c.font = Font(bold=True)
        c.border = BOX
    row += 2
    s.cell(row=row, column=1, value="RAG key: B = complete; G = on track; A = at risk of missing target "
                                    "date; R = target date missed")
    row += 1
    s.cell(row=row, column=1, value="Self-assessment completed by the Executive Team and reviewed by the "
                                    "Customer Voice Panel, May 2025.")
    s.column_dimensions["A"].width = 52
    for col in "BCDEF":
        s.column_dimensions[col].width = 9

    for sheet, heading, reqs in EMH_SHEETS:
        w = wb.create_sheet(sheet)
        w.merge_cells("A1:H1")
        w["A1"] = heading
        w["A1"].font = Font(bold=True, size=13)
        hdr = ["Requirement", "Self-assessment", "Ref", "Further strengthening action", "Owner",
               "Target date", "Progress (Nov 2025)", "RAG"]
        for j, h in enumerate(hdr):
            c = w.cell(row=3, column=1 + j, value=h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("7030A0")
            c.border = BOX
            c.alignment = WRAP
        row = 4
        for req, sa, acts in reqs:
            first = row
            for (ref, act, owner, target, prog, rag) in acts:
                vals = [None, None, ref, act, owner, target, prog, rag]
                for j, v in enumerate(vals):
                    c = w.cell(row=row, column=1 + j, value=v)
                    c.border = BOX
                    c.alignment = WRAP
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                w.cell(row=row, column=8).fill = fill(FILL[rag])
                w.cell(row=row, column=8).alignment = Alignment(horizontal="center", vertical="top")
                row += 1
            w.cell(row=first, column=1, value=req)
            w.cell(row=first, column=2, value=sa)
            if row - 1 > first:
                w.merge_cells(start_row=first, start_column=1, end_row=row - 1, end_column=1)
                w.merge_cells(start_row=first, start_column=2, end_row=row - 1, end_column=2)
        for col, wd in zip("ABCDEFGH", (40, 14, 7, 50, 28, 12, 40, 6)):
            w.column_dimensions[col].width = wd
    wb.save(out(EMH_FILE))


def main():
    make_dudley()
    make_notts()
    make_orchard()
    make_northants()
    make_avon()
    make_oakfield()
    make_emh()
    print("built 7 files in", HERE)


if __name__ == "__main__":
    main()
