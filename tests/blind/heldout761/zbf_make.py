#!/usr/bin/env python3
"""Build the seven zbf- blind test files (set heldout761) and their expected readings.

Run with /work/main/.venv/bin/python zbf_make.py from any directory; files are
written beside this script. Only files whose names start with "zbf-" are written.
"""
import csv
import json
import datetime as dt
import os

import yaml
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
RAGFILL = {"blue": BLUE, "green": GREEN, "amber": AMBER, "red": RED}


def out(name):
    assert name.startswith("zbf-"), name
    return os.path.join(HERE, name)


def fill(hex6):
    return PatternFill(fill_type="solid", start_color="FF" + hex6, end_color="FF" + hex6)


THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def _q(s):
    return json.dumps(s, ensure_ascii=False)


def write_expected(name, meta, actions=None):
    L = [f"source: {_q(meta['source'])}",
         f"reads: {_q(meta['reads'])}",
         f"outcome: {meta['outcome']}",
         f"accept_refusal: {'true' if meta.get('accept_refusal') else 'false'}"]
    if "refuse_at" in meta:
        L.append(f"refuse_at: {meta['refuse_at']}")
    if "title" in meta:
        L.append(f"title: {_q(meta['title'])}")
    if actions is not None:
        L.append("actions:")
        for a in actions:
            L.append(f"  - ref: {'null' if a['ref'] is None else _q(a['ref'])}")
            L.append("    under: [" + ", ".join(_q(u) for u in a["under"]) + "]")
            L.append(f"    action: {_q(a['action'])}")
            L.append("    lead: [" + ", ".join(_q(x) for x in a["lead"]) + "]")
            L.append(f"    end: {'null' if a['end'] is None else _q(a['end'])}")
            if a.get("end_text"):
                L.append(f"    end_text: {_q(a['end_text'])}")
            L.append(f"    status: {a['status']}")
    with open(out(name + ".expected.yaml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(L) + "\n")


def A(ref, under, action, lead, end, status, end_text=None):
    return {"ref": ref, "under": under, "action": action, "lead": lead, "end": end,
            "status": status, "end_text": end_text}


# ---------------------------------------------------------------------------
# 1. NHS Forth Valley - HIS adult mental health safe delivery of care inspection (xlsx)
# ---------------------------------------------------------------------------
def build_forth_valley():
    name = "zbf-nhs-forth-valley-his-adult-mental-health-safe-delivery-of-care-inspection-improvement-action-plan.xlsx"
    title = ("NHS Forth Valley Improvement Action Plan – HIS Safe Delivery of Care Inspection: "
             "Adult Mental Health Inpatient Services")
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov.column_dimensions["A"].width = 30
    cov.column_dimensions["B"].width = 22
    cov.column_dimensions["C"].width = 22
    cov.column_dimensions["D"].width = 60
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14, color="FF003087")
    cov.merge_cells("A1:D1")
    rows = [
        ("Hospital / site:", "Forth Valley Royal Hospital, Larbert – Adult Mental Health Inpatient Wards (5 wards)"),
        ("Date of inspection:", "5–7 August 2025"),
        ("Date of report publication:", "13 November 2025"),
        ("Inspection findings:", "8 areas of good practice, 1 recommendation, 19 requirements"),
        ("Action plan owner:", "Executive Nurse Director"),
        ("Governance route:", "MH&LD Clinical Governance Group → Clinical Governance Committee → NHS Board"),
    ]
    r = 3
    for k, v in rows:
        cov.cell(r, 1, k).font = Font(bold=True)
        cov.cell(r, 2, v)
        cov.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
        r += 1
    r += 1
    cov.cell(r, 1, "Version control").font = Font(bold=True, size=12)
    r += 1
    for c, h in enumerate(["Version", "Date", "Author", "Summary of change"], 1):
        cell = cov.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = fill("003087")
        cell.border = BOX
    for ver in [("0.1", "27/11/2025", "Clinical Governance Facilitator", "First draft following publication"),
                ("1.0", "10/12/2025", "Head of Nursing – Mental Health", "Submitted to Healthcare Improvement Scotland"),
                ("1.3", "18/02/2026", "Clinical Governance Facilitator", "Progress update for Clinical Governance Committee")]:
        r += 1
        for c, v in enumerate(ver, 1):
            cov.cell(r, c, v).border = BOX
    r += 2
    cov.cell(r, 1, "RAG status key").font = Font(bold=True, size=12)
    for col, txt in [(BLUE, "Complete – evidence submitted"), (GREEN, "On track"),
                     (AMBER, "Some slippage – mitigation in place"),
                     (RED, "Off track / past timescale")]:
        r += 1
        cov.cell(r, 1).fill = fill(col)
        cov.cell(r, 1).border = BOX
        cov.cell(r, 2, txt)
        cov.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
    r += 1
    cov.cell(r, 1).border = BOX
    cov.cell(r, 2, "No colour – not yet started")

    ws = wb.create_sheet("Action Plan")
    widths = [9, 58, 15, 15, 30, 48, 14, 8]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws["A1"] = ("Improvement Action Plan – Adult Mental Health Inpatient Services, Forth Valley Royal "
                "Hospital (inspected 5–7 August 2025)")
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Progress position as at 18 February 2026 – for Clinical Governance Committee, 3 March 2026."
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:H2")
    hdr = ["Action ref", "Action planned", "Timescale to meet action", "Revised timescale",
           "Responsibility for taking action", "Progress against action", "Date completed", "RAG"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = fill("003087")
        cell.alignment = WRAP
        cell.border = BOX
    ws.freeze_panes = "A5"

    D = lambda y, m, d: dt.datetime(y, m, d)
    d2 = "Domain 2 – Leadership and culture"
    req1 = ("Requirement 1: NHS Forth Valley must ensure that adverse events are reviewed within the "
            "timescales set out in the national framework and local policy, and that learning is shared "
            "with ward teams.")
    d41 = "Domain 4.1 – Pathways, procedures and policies"
    req2 = ("Requirement 2: NHS Forth Valley must ensure ligature risk assessments are completed for all "
            "clinical areas in line with its own ligature risk assessment policy, and that identified "
            "risks are mitigated and recorded.")
    d43 = "Domain 4.3 – Workforce planning"
    req3 = ("Requirement 3: NHS Forth Valley must ensure that all staff complete mandatory basic life "
            "support and child protection training, and that compliance is monitored.")
    d5 = "Domain 5 – Delivery of care"
    req4 = ("Requirement 4: NHS Forth Valley must ensure that adult support and protection procedures are "
            "followed, including the assessment and management of sexual safety risks for all patients.")
    d3 = "Domain 3 – Co-design, co-production"
    reca = ("Recommendation a: NHS Forth Valley should involve patients and carers in planning the "
            "environmental improvements to the ward areas.")

    # (kind, payload)
    layout = [
        ("domain", d2), ("req", req1),
        ("act", ["1.1", "Establish a weekly Mental Health Adverse Events Huddle, chaired by the Clinical Nurse "
                 "Manager, to review all open Datix reports older than 14 days and agree an owner for each "
                 "outstanding review.", D(2025, 12, 31), None, "Clinical Nurse Manager (Inpatients)",
                 "Huddle established 2 December 2025. Open reviews reduced from 61 to 18.", D(2025, 12, 2),
                 "blue"], ["Clinical Nurse Manager (Inpatients)"], "2025-12"),
        ("act", ["1.2", "Introduce a monthly ‘Learning from Events’ bulletin for all five wards and record its "
                 "discussion at ward safety briefs.", D(2026, 3, 31), None,
                 "Senior Charge Nurses / Clinical Governance Facilitator",
                 "Bulletins issued January and February 2026. Audit of safety brief records due March.", None,
                 "green"], ["Senior Charge Nurses", "Clinical Governance Facilitator"], "2026-03"),
        ("domain", d41), ("req", req2),
        ("act", ["2.1", "Complete a full ligature risk assessment of all five wards, jointly with Estates, using "
                 "the revised NHS Forth Valley assessment tool.", D(2025, 11, 30), None,
                 "Inpatient Service Manager; Head of Estates",
                 "All five ward assessments completed and signed off by Head of Nursing.", D(2025, 11, 21),
                 "blue"], ["Inpatient Service Manager", "Head of Estates"], "2025-11"),
        ("act", ["2.2", "Add ligature risk assessment compliance to the monthly ward quality dashboard and report "
                 "exceptions to the MH&LD Clinical Governance Group.", D(2026, 1, 31), D(2026, 4, 30),
                 "Head of Nursing – Mental Health",
                 "Dashboard build delayed by eHealth capacity; interim manual report in place from January.",
                 None, "amber"], ["Head of Nursing – Mental Health"], "2026-04"),
        ("domain", d43), ("req", req3),
        ("act", ["3.1", "Protect two basic life support training dates per ward per month, with bookings managed "
                 "centrally by the Practice Development team.", D(2026, 3, 31), None,
                 "Lead Nurse – Practice Development",
                 "BLS compliance 58% (August 2025) rising to 79% (January 2026); target 90%.", None, "amber"],
         ["Lead Nurse – Practice Development"], "2026-03"),
        ("act", ["3.2", "Send individual reminders to staff with outstanding Child Protection Level 2 eLearning "
                 "and escalate non-completion after 30 days to the Senior Charge Nurse.", D(2025, 12, 31),
                 D(2026, 2, 28), "Senior Charge Nurses",
                 "Compliance 71%. Escalation process agreed January 2026 but not yet applied on all wards.",
                 None, "red"], ["Senior Charge Nurses"], "2026-02"),
        ("domain", d5), ("req", req4),
        ("act", ["4.1", "Introduce a sexual safety risk assessment, recorded on the electronic patient record, "
                 "for every patient admitted to an adult acute ward.", D(2026, 1, 31), None,
                 "Associate Medical Director (Mental Health) / Head of Nursing – Mental Health",
                 "Assessment template live on EPR from 12 January 2026. Compliance audit planned for March.",
                 None, "green"],
         ["Associate Medical Director (Mental Health)", "Head of Nursing – Mental Health"], "2026-01"),
        ("act", ["4.2", "Deliver adult support and protection refresher sessions to all registered nurses.\n"
                 "Record attendance by ward and report it monthly to the Head of Nursing.", D(2026, 3, 31), None,
                 "Lead Officer – Adult Support and Protection",
                 "Six of ten sessions delivered; 64% of registered nurses attended to date.", None, "green"],
         ["Lead Officer – Adult Support and Protection"], "2026-03"),
        ("domain", d3), ("req", reca),
        ("act", ["a.1", "Hold a patient and carer engagement session on each ward to inform the 2026/27 ward "
                 "refurbishment programme, supported by the Patient Experience team.", "June 2026", None,
                 "Patient Experience Lead", "Sessions scheduled for April and May 2026.", None, None],
         ["Patient Experience Lead"], "2026-06"),
    ]
    r = 5
    cur_domain = cur_req = None
    expected = []
    for item in layout:
        kind = item[0]
        if kind == "domain":
            cur_domain = item[1]
            ws.cell(r, 1, item[1]).font = Font(bold=True, color="FFFFFFFF")
            ws.cell(r, 1).fill = fill("5B9BD5")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        elif kind == "req":
            cur_req = item[1]
            ws.cell(r, 1, item[1]).font = Font(bold=True)
            ws.cell(r, 1).fill = fill("D9E1F2")
            ws.cell(r, 1).alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.row_dimensions[r].height = 32
        else:
            vals, lead, end = item[1], item[2], item[3]
            ref, text, tsc, rev, resp, prog, done, rag = vals
            for c, v in enumerate([ref, text, tsc, rev, resp, prog, done], 1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            ws.cell(r, 8).border = BOX
            if rag:
                ws.cell(r, 8).fill = fill(RAGFILL[rag])
            expected.append(A(ref, [cur_domain, cur_req], text, lead, end, rag or "unrated"))
        r += 1

    sm = wb.create_sheet("Summary")
    sm["A1"] = "RAG summary at 18 February 2026"
    sm["A1"].font = Font(bold=True, size=12)
    sm.column_dimensions["A"].width = 36
    sm.column_dimensions["B"].width = 18
    for c, h in enumerate(["Status", "Number of actions"], 1):
        sm.cell(3, c, h).font = Font(bold=True)
    counts = [("Complete", 2, BLUE), ("On track", 3, GREEN), ("Some slippage", 2, AMBER),
              ("Off track", 1, RED), ("Not yet started", 1, None)]
    rr = 4
    for lab, n, col in counts:
        sm.cell(rr, 1, lab)
        sm.cell(rr, 2, n)
        if col:
            sm.cell(rr, 1).fill = fill(col)
        rr += 1
    sm.cell(rr, 1, "Total").font = Font(bold=True)
    sm.cell(rr, 2, 9).font = Font(bold=True)
    rr += 2
    sm.cell(rr, 1, "Requirements 5–19 are tracked in the separate Facilities, Workforce and Governance "
                    "workbooks held by the Clinical Governance team.")
    wb.save(out(name))

    meta = {
        "source": (
            "Imitates the improvement action plan an NHS Scotland board returns to Healthcare Improvement "
            "Scotland after a Safe Delivery of Care inspection, here the HIS inspection of NHS Forth Valley's "
            "adult acute mental health inpatient wards (August 2025; 19 requirements, 1 recommendation on "
            "ligature assessment, adult support and protection/sexual safety, adverse event review and BLS / "
            "child protection training; reported e.g. https://www.newsbeep.com/ca/443662). Copies the HIS "
            "template columns (Action ref, Action planned, Timescale to meet action, Responsibility for "
            "taking action, Progress against action, Date completed) with a board-added Revised timescale "
            "column and fill-only RAG column, QAF domain rows and requirement rows merged across the sheet, "
            "a cover sheet with inspection details, version control and RAG key, and a Summary sheet of RAG "
            "counts."),
        "reads": (
            "A three-sheet workbook: a cover with the inspection details, version control and a colour key; "
            "the action plan where each HIS domain heads one requirement (or the recommendation) and its "
            "numbered actions, with timescales, some revised, leads and a colour-only RAG cell; and a RAG "
            "count summary. Nine actions in all; the revised timescale is the end where given, the RAG is "
            "read from the fill (blank = not started)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, meta, expected)
    return name, len(expected)


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


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    parts = text.split("\n")
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 2. Ashgrove Surgery, Pontypridd - HIW GP inspection improvement plan (docx)
# ---------------------------------------------------------------------------
def build_ashgrove():
    name = "zbf-ashgrove-surgery-pontypridd-hiw-gp-inspection-improvement-plan.docx"
    title = "Ashgrove Surgery, Pontypridd – HIW General Practice Inspection Improvement Plan"
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(title, level=0)
    det = doc.add_table(rows=0, cols=2)
    det.style = "Table Grid"
    for k, v in [("Service", "Ashgrove Surgery, Pontypridd"),
                 ("Health board", "Cwm Taf Morgannwg University Health Board"),
                 ("Type of inspection", "General Practice Inspection (Announced)"),
                 ("Date of inspection", "21 January 2025"),
                 ("Date improvement plan returned to HIW", "14 March 2025")]:
        cells = det.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)
    doc.add_paragraph()
    doc.add_heading("Immediate improvement plan", level=1)
    doc.add_paragraph("No immediate non-compliance concerns were identified on this inspection.")
    doc.add_paragraph(
        "The tables below include any other issues of concern identified during the inspection where we "
        "require the service to complete an improvement plan telling us about the actions they are taking "
        "to address these areas.")

    hdr = ["No.", "Risk/finding/issue", "Improvement needed", "Standard / Regulation", "Service action",
           "Responsible officer", "Timescale"]
    sections = [
        ("Quality of Patient Experience", [
            ("1", "The practice leaflet and website did not include information on how to access services "
                  "in Welsh.",
             "The practice must ensure information about its services is available bilingually, in line "
             "with the Active Offer.",
             "Health and Care Quality Standards 2023 – Equitable",
             "Practice leaflet to be translated and reissued in English and Welsh. Bilingual versions of the "
             "website home page and appointments page to be published.",
             "Practice Manager", "30 April 2025", ["Practice Manager"], "2025-04"),
            ("2", "Patients told us it was difficult to get through on the telephone first thing in the "
                  "morning.",
             "The practice should review its telephone access arrangements and tell patients about any "
             "changes made.",
             "Health and Care Quality Standards 2023 – Timely",
             "Call-handling data reviewed with the health board Primary Care team.\nA call-back queuing "
             "function will be installed and patients informed through the website and the waiting room "
             "screen.",
             "Practice Manager / Deputy Practice Manager", "June 2025",
             ["Practice Manager", "Deputy Practice Manager"], "2025-06"),
        ]),
        ("Delivery of Safe and Effective Care", [
            ("3", "Checks of emergency drugs and equipment were not consistently recorded.",
             "The practice must ensure emergency equipment and drugs are checked weekly and that the checks "
             "are recorded.",
             "Health and Care Quality Standards 2023 – Safe",
             "Weekly checklist introduced for the emergency trolley, defibrillator and oxygen, signed by the "
             "duty nurse and reviewed monthly by the Lead Practice Nurse.",
             "Lead Practice Nurse", "28 February 2025", ["Lead Practice Nurse"], "2025-02"),
            ("4", "Not all clinical staff had completed safeguarding training at the level appropriate to "
                  "their role.",
             "The practice must ensure all staff complete safeguarding training to the appropriate level "
             "and keep a training matrix.",
             "Health and Care Quality Standards 2023 – Safe; Wales Safeguarding Procedures",
             "Training matrix created. All GPs and practice nurses booked onto Level 3 safeguarding "
             "training.",
             "Dr Carys Morgan (Safeguarding Lead)", "31 May 2025", ["Dr Carys Morgan (Safeguarding Lead)"],
             "2025-05"),
            ("5", "An infection prevention and control audit had not been completed in the last 12 months "
                  "and sharps bins were not dated.",
             "The practice must complete an annual infection prevention and control audit and act on its "
             "findings.",
             "Health and Care Quality Standards 2023 – Safe",
             "IPC audit to be undertaken with the health board IPC nurse. Sharps bins are now labelled and "
             "dated on assembly.",
             "Lead Practice Nurse; Practice Manager", "30 June 2025",
             ["Lead Practice Nurse", "Practice Manager"], "2025-06"),
        ]),
        ("Quality of Management and Leadership", [
            ("6", "Several practice policies had not been reviewed since 2021 and some referred to outdated "
                  "guidance.",
             "The practice must ensure policies and procedures are reviewed, version controlled and shared "
             "with staff.",
             "Health and Care Quality Standards 2023 – Leadership",
             "Rolling policy review schedule agreed at the practice meeting. All policies to be reviewed and "
             "saved to the shared drive with version control.",
             "Practice Manager", "September 2025", ["Practice Manager"], "2025-09"),
            ("7", "Annual appraisals were overdue for four members of the administrative team.",
             "The practice should ensure all staff receive an annual appraisal.",
             "Health and Care Quality Standards 2023 – Workforce",
             "Appraisals booked for all administrative staff and added to the annual HR calendar.",
             "Deputy Practice Manager", "31 May 2025", ["Deputy Practice Manager"], "2025-05"),
        ]),
    ]
    expected = []
    for heading, rows in sections:
        doc.add_heading(heading, level=1)
        t = doc.add_table(rows=1, cols=len(hdr))
        t.style = "Table Grid"
        for i, h in enumerate(hdr):
            set_cell(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], "D9D9D9")
        for (no, risk, need, std, act, resp, when, lead, end) in rows:
            cells = t.add_row().cells
            for i, v in enumerate([no, risk, need, std, act, resp, when]):
                set_cell(cells[i], v)
            expected.append(A(no, [heading, need], act, lead, end, "unrated"))
        doc.add_paragraph()

    doc.add_paragraph(
        "The following section must be completed by a representative of the service who has overall "
        "responsibility and accountability for ensuring the improvement plan is actioned.")
    doc.add_heading("Service representative", level=3)
    sig = doc.add_table(rows=0, cols=2)
    sig.style = "Table Grid"
    for k, v in [("Name (print):", "Dr Carys Morgan"), ("Job role:", "Senior GP Partner"),
                 ("Date:", "14 March 2025")]:
        cells = sig.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)
    doc.save(out(name))

    meta = {
        "source": (
            "Imitates the improvement plan a Welsh GP practice returns to Healthcare Inspectorate Wales after "
            "an announced General Practice inspection (HIW report appendices 'Immediate improvement plan' / "
            "'Improvement plan'; https://www.hiw.org.uk). Copies HIW's table columns Risk/finding/issue, "
            "Improvement needed, Standard / Regulation, Service action, Responsible officer, Timescale, the "
            "'no immediate concerns' line, the HIW themes (Quality of Patient Experience, Delivery of Safe "
            "and Effective Care, Quality of Management and Leadership) as one Word table per section, the "
            "Health and Care Quality Standards 2023 references and the service representative sign-off "
            "table, with a practice-added No. column and cover details table."),
        "reads": (
            "A practice's returned HIW improvement plan: a details table, a note that there were no "
            "immediate concerns, then three themed tables. Each row is one finding, the improvement HIW "
            "asked for and the practice's action, with a responsible officer (job titles or a named GP) and "
            "a target date; no progress or RAG is recorded, so every action is unrated. Seven actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, meta, expected)
    return name, len(expected)


# ---------------------------------------------------------------------------
# 3. NHS Birmingham and Solihull ICB - BAF 2025/26 (xlsx) - REFUSE (typo month)
# ---------------------------------------------------------------------------
def build_bsol_baf():
    name = "zbf-nhs-birmingham-and-solihull-icb-board-assurance-framework-2025-26-typo-month-refuse.xlsx"
    title = "NHS Birmingham and Solihull Integrated Care Board – Board Assurance Framework 2025/26"
    wb = Workbook()
    sm = wb.active
    sm.title = "BAF Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=14)
    sm.merge_cells("A1:H1")
    sm["A2"] = "Quarter 3 position (to 31 December 2025) – ICB Board meeting in public, 29 January 2026"
    sm["A2"].font = Font(italic=True)
    sm.merge_cells("A2:H2")
    heads = ["BAF ref", "Strategic risk", "Executive lead", "Lead committee", "Initial score",
             "Q2 score", "Q3 score", "Target score"]
    for c, h in enumerate(heads, 1):
        cell = sm.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = fill("005EB8")
        cell.border = BOX
        cell.alignment = WRAP
    risks = [
        ("BAF 1", "Urgent and emergency care: demand and flow pressures prevent delivery of the 4-hour and "
                  "ambulance handover standards, leading to avoidable harm.",
         "Chief Delivery Officer", "Performance and Delivery Committee", 20, 20, 16, 12),
        ("BAF 2", "Elective and cancer recovery: the system does not meet the 18-week RTT and 62-day cancer "
                  "standards for the people of Birmingham and Solihull.",
         "Chief Delivery Officer", "Performance and Delivery Committee", 16, 16, 16, 9),
        ("BAF 3", "Financial sustainability: the ICS does not deliver its 2025/26 financial plan and "
                  "efficiency programme.",
         "Chief Finance Officer", "Finance and Productivity Committee", 20, 20, 20, 12),
        ("BAF 4", "Primary care access: patients cannot access timely general practice, community pharmacy "
                  "and dental services.",
         "Chief Strategy Officer", "Primary Care Commissioning Committee", 16, 12, 12, 8),
        ("BAF 5", "Health inequalities: the ICB does not reduce the gap in healthy life expectancy between "
                  "the most and least deprived communities.",
         "Director of Public Health (ICB)", "Population Health and Inequalities Committee", 16, 16, 16, 12),
    ]
    for i, rk in enumerate(risks):
        for c, v in enumerate(rk, 1):
            cell = sm.cell(5 + i, c, v)
            cell.border = BOX
            cell.alignment = WRAP
    for col, w in zip("ABCDEFGH", [9, 60, 24, 30, 9, 9, 9, 9]):
        sm.column_dimensions[col].width = w
    sm.cell(11, 1, "Scores are likelihood x consequence (5x5 matrix). Risk appetite statements are set out in "
                   "the ICB Risk Management Framework.")

    ws = wb.create_sheet("BAF Detail")
    for col, w in zip("ABCDEFG", [6, 42, 52, 30, 16, 48, 8]):
        ws.column_dimensions[col].width = w
    ws["A1"] = title + " – detail"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Actions to close gaps in control and assurance – Q3 2025/26 update"
    ws.merge_cells("A2:G2")

    blocks = [
        (risks[0], [
            ("1a", "Inconsistent use of same day emergency care (SDEC) across acute sites",
             "Agree a system-wide SDEC operating model and monitor utilisation weekly through the UEC Board.",
             "Director of Urgent and Emergency Care", "March 2026",
             "Model agreed at UEC Board 4 December; utilisation dashboard in build.", "G"),
            ("1b", "Limited assurance on ambulance handover delays over 60 minutes at Heartlands Hospital",
             "Implement the 45-minute ‘release to respond’ handover protocol at all acute sites.",
             "Chief Delivery Officer / WMAS Director of Operations", "January 2026",
             "Live at Heartlands and Good Hope; Queen Elizabeth Hospital from 12 January.", "A"),
        ]),
        (risks[1], [
            ("2a", "No single view of long waiters across independent sector providers",
             "Extend the system waiting list dashboard to include independent sector activity.",
             "Head of Elective Care", "February 2026",
             "Data sharing agreements signed with three of four providers.", "A"),
            ("2b", "Diagnostic capacity gap in endoscopy",
             "Open additional endoscopy lists at Solihull Community Diagnostic Centre.",
             "Director of Planned Care", "December 2025",
             "Additional lists running from 1 December.", "B"),
        ]),
        (risks[2], [
            ("3a", "Efficiency programme not fully identified (£38m unidentified at Month 6)",
             "Convert pipeline schemes into fully worked-up plans with named system leads.",
             "Chief Finance Officer", "Febuary 2026",
             "£21m moved to delivery; remaining gap reported monthly to Finance and Productivity Committee.",
             "R"),
            ("3b", "Limited grip on temporary staffing spend across providers",
             "Introduce a system agency cap and weekly reporting of off-framework agency use.",
             "Chief People Officer; Chief Finance Officer", "November 2025",
             "Cap in place from 1 November; off-framework use down 40%.", "B"),
        ]),
        (risks[3], [
            ("4a", "Variation in practice uptake of cloud-based telephony",
             "Support remaining practices to move to cloud-based telephony with call-back functionality.",
             "Head of Primary Care Transformation", "March 2026",
             "214 of 231 practices migrated.", "G"),
        ]),
        (risks[4], [
            ("5a", "Core20PLUS5 indicators not reported at place level",
             "Publish a quarterly inequalities dashboard at Birmingham and Solihull place level.",
             "Director of Public Health (ICB)", "April 2026",
             "First draft presented to the Population Health and Inequalities Committee in December.", "G"),
            ("5b", "Limited assurance that providers' waiting list prioritisation reflects deprivation",
             "Agree and apply a shared approach to prioritising waiting lists by deprivation and ethnicity.",
             "Chief Medical Officer", "June 2026", "Approach in development with provider medical directors.",
             "G"),
        ]),
    ]
    ragcol = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    r = 4
    refuse_row = None
    for rk, acts in blocks:
        ws.cell(r, 1, f"{rk[0]}: {rk[1]}").font = Font(bold=True, color="FFFFFFFF")
        ws.cell(r, 1).fill = fill("005EB8")
        ws.cell(r, 1).alignment = WRAP
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.row_dimensions[r].height = 30
        r += 1
        info = [("Executive lead:", rk[2]), ("Lead committee:", rk[3]), ("Q3 score:", rk[6]),
                ("Target score:", rk[7])]
        ws.cell(r, 1, "Executive lead:").font = Font(bold=True)
        ws.cell(r, 2, rk[2])
        ws.cell(r, 3, "Lead committee: " + rk[3])
        ws.cell(r, 4, f"Q3 score: {rk[6]}")
        ws.cell(r, 5, f"Target: {rk[7]}")
        r += 1
        for c, h in enumerate(["Ref", "Gap in control / assurance", "Action to close gap", "Action owner",
                               "Due date", "Progress (Q3)", "RAG"], 1):
            cell = ws.cell(r, c, h)
            cell.font = Font(bold=True)
            cell.fill = fill("D9E1F2")
            cell.border = BOX
        r += 1
        for a in acts:
            for c, v in enumerate(a, 1):
                cell = ws.cell(r, c, v)
                cell.border = BOX
                cell.alignment = WRAP
            ws.cell(r, 7).fill = fill(ragcol[a[6]])
            if a[4] == "Febuary 2026":
                refuse_row = r
            r += 1
        r += 1
    ws.cell(r, 1, "RAG key: B = complete; G = on track; A = at risk of missing due date; R = off track.")
    wb.save(out(name))
    assert refuse_row is not None

    meta = {
        "source": (
            "Imitates an ICB board assurance framework as taken to a public ICB Board meeting (e.g. the "
            "quarterly BAF papers of NHS Birmingham and Solihull ICB and other ICBs): a summary sheet of "
            "strategic risks with executive lead, lead committee and initial / Q2 / Q3 / target scores, and "
            "a detail sheet with one block per BAF risk (risk banner, lead line, then gaps in control or "
            "assurance with actions, owners, due dates, Q3 progress and a lettered, coloured RAG), plus a "
            "RAG key."),
        "reads": (
            "Five strategic risks, each with one or two actions to close a gap in control. The due date of "
            f"action 3a (financial sustainability) on the 'BAF Detail' sheet, row {refuse_row}, reads "
            "'Febuary 2026', a mistyped month; a careful reader stops and asks rather than guess the due "
            "month."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_row,
        "title": title,
    }
    write_expected(name, meta, None)
    return name, 0


# ---------------------------------------------------------------------------
# 4. Maidstone and Tunbridge Wells NHS Trust - PSII safety action plan (csv)
# ---------------------------------------------------------------------------
def build_mtw_psii():
    name = ("zbf-maidstone-and-tunbridge-wells-nhs-trust-psii-unacknowledged-histology-result-"
            "safety-action-plan.csv")
    title = ("Maidstone and Tunbridge Wells NHS Trust – PSII Safety Action Plan: delayed action on an "
             "unacknowledged histology result")
    ncol = 9
    pad = lambda *v: list(v) + [""] * (ncol - len(v))
    sr1 = ("SR1: The Trust should ensure every histology and cytology result requested from an outpatient "
           "clinic is attributed to a named responsible consultant for electronic acknowledgement.")
    sr2 = ("SR2: The Trust should ensure that unacknowledged results reported as suspicious of malignancy are "
           "escalated before the patient's pathway is delayed.")
    sr3 = ("SR3: The Trust should strengthen how outpatient administrative teams track results that are "
           "still outstanding when a patient is discharged from clinic.")
    sr4 = "SR4: The Trust should share the learning from this investigation across all divisions."
    header = ["Safety recommendation", "Action ref", "Safety action", "Action owner",
              "Measure of effectiveness", "Original target date", "Revised target date", "RAG",
              "Progress update"]
    rows = [
        (sr1, "1.1", "Make the responsible consultant field mandatory on the order communications system "
                     "for all outpatient cellular pathology requests.",
         "Head of Digital Clinical Systems", "100% of outpatient requests carry a named consultant (monthly "
         "report)", "30/11/2025", "31/01/2026", "A",
         "Build complete; go-live moved to January because of the system upgrade change freeze.",
         ["Head of Digital Clinical Systems"], "2026-01", "amber"),
        ("", "1.2", "Update the Results Acknowledgement Policy to set out who is responsible when the "
                    "requesting clinician has left or rotated.",
         "Deputy Chief Medical Officer", "Policy ratified", "31/10/2025", "", "B",
         "Ratified 22/10/2025 and published on the intranet.", ["Deputy Chief Medical Officer"], "2025-10",
         "blue"),
        (sr2, "2.1", "Introduce a daily report of histology results coded 'suspicious of malignancy' that "
                     "remain unacknowledged after 7 days, sent to the relevant cancer MDT coordinator.",
         "Cancer Services Manager; Cellular Pathology Service Manager",
         "Number of results unacknowledged >7 days (weekly)", "31/12/2025", "", "G",
         "Pilot running in colorectal and urology from 1 December.",
         ["Cancer Services Manager", "Cellular Pathology Service Manager"], "2025-12", "green"),
        ("", "2.2", "Add a direct telephone escalation step from the reporting histopathologist to the "
                    "responsible consultant for unexpected malignant diagnoses.\nThe call is to be recorded "
                    "on the laboratory information system.",
         "Clinical Director – Cellular Pathology", "Quarterly audit of 20 unexpected malignant reports",
         "30/09/2025", "", "B", "In place since 15/09/2025. Q3 audit: 19 of 20 compliant.",
         ["Clinical Director – Cellular Pathology"], "2025-09", "blue"),
        ("", "2.3", "Audit compliance with the escalation standard and report the findings to the Patient "
                    "Safety and Quality Committee.",
         "Dr P. Nair / Dr S. Whitfield", "Audit report received by committee", "31/03/2026", "", "",
         "Not yet due.", ["Dr P. Nair", "Dr S. Whitfield"], "2026-03", "unrated"),
        (sr3, "3.1", "Roll out the 'results pending at discharge' task list in the electronic patient record "
                     "to General Surgery and Gynaecology outpatients.",
         "Outpatient Transformation Lead", "Task list in use in both specialties", "31/01/2026",
         "31/03/2026", "R", "Delayed: clinical sign-off of the task list is still outstanding.",
         ["Outpatient Transformation Lead"], "2026-03", "red"),
        ("", "3.2", "Train medical secretaries and outpatient booking staff to use the results pending task "
                    "list.",
         "Outpatient Transformation Lead & Medical Secretaries Manager", "85% of staff trained",
         "28/02/2026", "30/04/2026", "A", "Training materials drafted; sessions depend on 3.1.",
         ["Outpatient Transformation Lead", "Medical Secretaries Manager"], "2026-04", "amber"),
        (sr4, "4.1", "Present the findings at the Trust-wide Learning from Patient Safety Events forum and "
                     "publish a Safety Briefing.",
         "Head of Patient Safety", "Safety Briefing published", "31/10/2025", "", "B",
         "Presented 16/10/2025; Safety Briefing no. 27 issued.", ["Head of Patient Safety"], "2025-10",
         "blue"),
    ]
    lines = [
        pad(title),
        pad("Incident reference: W412876. Investigation approved by the Patient Safety Incident Response "
            "Group on 14/08/2025. Executive lead: Chief Medical Officer."),
        pad(),
        header,
    ]
    expected = []
    cur = None
    for row in rows:
        sr, ref, act, owner, meas, orig, rev, rag, prog, lead, end, status = row
        if sr:
            cur = sr
        lines.append([sr, ref, act, owner, meas, orig, rev, rag, prog])
        expected.append(A(ref, [cur], act, lead, end, status))
    lines += [
        pad(),
        pad("RAG key: B = complete; G = on track; A = at risk of missing target date; R = overdue / off "
            "track; blank = not yet started"),
        pad("Exported from the Trust incident management system (safety actions module) on 09/02/2026."),
    ]
    with open(out(name), "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        for ln in lines:
            w.writerow(ln)

    meta = {
        "source": (
            "Imitates a PSIRF patient safety incident investigation (PSII) safety action plan exported from an "
            "NHS trust's incident management system to CSV (acute trusts publish these with PSII reports and "
            "in Patient Safety and Quality Committee papers; PSIRF 2022 safety action plan fields). Copies "
            "the safety recommendation written once above its actions (the cell left empty on continuation "
            "rows, as a merged column exports), action refs, owners, measures of effectiveness, original and "
            "revised target dates, lettered RAG, progress updates, a title line and incident details above "
            "the header row and a RAG key and export line below, every row padded with commas."),
        "reads": (
            "A one-table safety action plan for a PSII into a delayed response to an unacknowledged "
            "histology result: four safety recommendations, each with one to three numbered safety actions, "
            "an owner (posts or two named doctors), target dates (revised where given, so the revised date "
            "is the end) and a B/G/A/R rating. Eight actions; 2.2 has a line break inside its action cell."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, meta, expected)
    return name, len(expected)


# ---------------------------------------------------------------------------
# 5. Helping Hands Home Care Derby - CQC home care inspection action plan (txt)
# ---------------------------------------------------------------------------
def build_helping_hands():
    name = "zbf-helping-hands-home-care-derby-cqc-home-care-inspection-action-plan.txt"
    title = "Helping Hands Home Care Derby – CQC Inspection Action Plan"
    safe = "Key question – Safe"
    well = "Key question – Well-led"
    resp = "Key question – Responsive"
    b1 = ("Breach 1 – Regulation 12 (Safe care and treatment): Risks to people's health and safety, "
          "including risks from their medicines and moving and handling needs, were not always assessed "
          "and mitigated.")
    b2 = ("Breach 2 – Regulation 19 (Fit and proper persons employed): Recruitment checks were not always "
          "completed before staff started work.")
    b3 = ("Breach 3 – Regulation 17 (Good governance): Quality assurance systems did not identify the "
          "issues found at this inspection.")
    rec = ("Recommendation – We recommend the provider reviews how people's preferences for call times and "
           "the gender of their care worker are recorded and met.")
    # (heading, breach, [(ref, text, lead_line, due_line, status_word, lead, end, end_text, status)])
    content = [
        (safe, [
            (b1, [
                ("1.1", "Review every client's medicines risk assessment and MAR chart against the current "
                        "prescription, starting with clients on time-critical medicines.",
                 "Registered Manager / Care Coordinator", "30/04/2025", "Blue",
                 ["Registered Manager", "Care Coordinator"], "2025-04", None, "blue"),
                ("1.2", "Carry out a competency-based medicines observation for every care worker who "
                        "administers medicines, and repeat it annually.",
                 "Field Care Supervisor", "June 2025", "Green", ["Field Care Supervisor"], "2025-06", None,
                 "green"),
                ("1.3", "Make sure a trained assessor completes a moving and handling risk assessment for "
                        "every client who uses a hoist or standing aid.",
                 "Moving and Handling Trainer", "31/05/2025 (revised 31/07/2025)", "Amber",
                 ["Moving and Handling Trainer"], "2025-07", None, "amber"),
            ]),
            (b2, [
                ("2.1", "Audit the files of all staff recruited since January 2024 for full employment "
                        "history, two references and an enhanced DBS, and close any gaps found.",
                 "Branch Administrator; Registered Manager", "31/05/2025", "Blue",
                 ["Branch Administrator", "Registered Manager"], "2025-05", None, "blue"),
            ]),
        ]),
        (well, [
            (b3, [
                ("3.1", "Introduce a monthly branch quality audit of care records, MAR charts and call "
                        "monitoring, with findings reviewed by the Regional Quality Manager.",
                 "Registered Manager", "Monthly (from May 2025)", "Green", ["Registered Manager"], None,
                 "Monthly (from May 2025)", "green"),
                ("3.2", "Use the electronic call monitoring reports every week to identify late and missed "
                        "calls, and record the action taken for each one.",
                 "Care Coordinators", "30/06/2025", "Red", ["Care Coordinators"], "2025-06", None, "red"),
            ]),
        ]),
        (resp, [
            (rec, [
                ("4.1", "Record each person's preferred call window and care worker preferences at their "
                        "next care plan review, and pass any changes to the rota team.",
                 "Field Care Supervisors", "Ongoing – at each care review", "Green",
                 ["Field Care Supervisors"], None, "Ongoing – at each care review", "green"),
            ]),
        ]),
    ]
    L = [
        title,
        "Location: Helping Hands Derby (domiciliary care agency – regulated activity: personal care)",
        "Inspection site visit: 4 March 2025    Report published: 23 April 2025    Overall rating: "
        "Requires improvement",
        "Plan owner: Registered Manager    Reviewed with: Regional Quality Manager    Last updated: "
        "02/07/2025",
        "",
        "Status key: Blue = complete | Green = on track | Amber = behind plan | Red = not achieved by due "
        "date",
        "",
    ]
    expected = []
    rule = "=" * 78
    for heading, breaches in content:
        L += [rule, heading.upper(), rule, ""]
        for breach, acts in breaches:
            L.append(breach)
            L.append("")
            for (ref, text, leadline, due, st, lead, end, end_text, status) in acts:
                L.append(f"{ref}  {text}")
                L.append(f"     Lead: {leadline}")
                L.append(f"     Due: {due}")
                L.append(f"     Status: {st}")
                L.append("")
                expected.append(A(ref, [heading.upper(), breach], text, lead, end, status, end_text))
    L += [
        rule,
        "Notes:",
        "- This plan was sent to CQC through the provider portal on 14/05/2025.",
        "- Evidence for completed actions is kept in the branch quality folder (SharePoint).",
        "- Next review: branch quality meeting, August 2025.",
    ]
    with open(out(name), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(L) + "\n")

    meta = {
        "source": (
            "Imitates the action plan a domiciliary care (home care) branch sends CQC after an inspection "
            "finds breaches of the Health and Social Care Act 2008 (Regulated Activities) Regulations 2014 "
            "(requirement notices for Regulations 12, 17 and 19 and a CQC 'We recommend the provider...' "
            "recommendation), saved as a plain-text export. Copies the title block with location, inspection "
            "and publication dates and rating, a status key, key question banners, the breach / "
            "recommendation text above numbered actions, labelled Lead / Due / Status lines, a revised due "
            "date in brackets and a notes block."),
        "reads": (
            "A plain-text plan grouped by CQC key question (Safe, Well-led, Responsive); under each, the "
            "breach or recommendation is written out and followed by numbered actions, each with Lead, Due "
            "and Status lines. Seven actions; 1.3's due date was revised to July 2025, 3.1 is monthly and "
            "4.1 ongoing (no end month)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, meta, expected)
    return name, len(expected)


# ---------------------------------------------------------------------------
# 6. Ben Madigan Care Home - RQIA care inspection QIP progress (docx)
# ---------------------------------------------------------------------------
def build_ben_madigan():
    name = "zbf-ben-madigan-care-home-rqia-care-inspection-quality-improvement-plan.docx"
    title = "Ben Madigan Care Home – Quality Improvement Plan: Progress Report"
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10.5)
    h = doc.add_heading(title, level=0)
    det = doc.add_table(rows=0, cols=2)
    det.style = "Table Grid"
    for k, v in [("Service", "Ben Madigan Care Home, Newtownabbey (Nursing Home)"),
                 ("RQIA ID / Inspection ID", "1187 / IN047352"),
                 ("Type of inspection", "Unannounced care inspection"),
                 ("Date of inspection", "9 and 10 September 2025"),
                 ("Registered Manager", "Mrs Aoife McCann"),
                 ("Progress reported to", "Responsible Individual – monthly monitoring visit, 15 January 2026")]:
        cells = det.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)
    doc.add_paragraph()
    doc.add_paragraph("RAG key")
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for col, txt in [(BLUE, "Achieved – evidence available for RQIA"), (GREEN, "On track"),
                     (AMBER, "Partially achieved / some slippage"), (RED, "Not achieved by target date")]:
        cells = key.add_row().cells
        shade(cells[0], col)
        set_cell(cells[1], txt)
    cells = key.add_row().cells
    set_cell(cells[1], "No shading – not yet started")
    doc.add_paragraph()

    sec1 = ("Action required to ensure compliance with The Nursing Homes Regulations (Northern Ireland) 2005")
    sec2 = "Action required to ensure compliance with the Care Standards for Nursing Homes (December 2022)"
    afis = [
        (sec1, "Area for improvement 1    Ref: Regulation 13 (7)    Stated: First time    To be completed by: "
               "With immediate effect (10 September 2025)",
         "The registered person shall ensure that the infection prevention and control issues identified "
         "during the inspection are managed to minimise the risk and spread of infection.",
         [("1.1", "Daily IPC walkaround by the nurse in charge using the home’s environmental checklist; "
                  "findings recorded and actioned the same day.",
           "Nurse in Charge", "30/09/2025", "blue", ["Nurse in Charge"], "2025-09"),
          ("1.2", "Replace the damaged bedrail bumpers and the torn armchair in the first floor lounge.",
           "Home Manager / Maintenance Person", "31/10/2025", "blue",
           ["Home Manager", "Maintenance Person"], "2025-10")]),
        (sec1, "Area for improvement 2    Ref: Regulation 12 (1)(a)(b)    Stated: Second time    To be "
               "completed by: 31 October 2025",
         "The registered person shall ensure that care records for residents at risk of choking accurately "
         "reflect the recommendations of the speech and language therapist, including the IDDSI level of "
         "diet and fluids.",
         [("2.1", "Audit every care plan that has SALT recommendations and update it to the current IDDSI "
                  "level.",
           "Deputy Manager", "30/09/2025", "blue", ["Deputy Manager"], "2025-09"),
          ("2.2", "Display each resident’s IDDSI diet and fluid level on the servery information sheet, "
                  "checked weekly by the cook and the nurse in charge.",
           "Cook; Nurse in Charge", "31/10/2025", "green", ["Cook", "Nurse in Charge"], "2025-10")]),
        (sec1, "Area for improvement 3    Ref: Regulation 20 (1)(c)(i)    Stated: First time    To be "
               "completed by: 30 November 2025",
         "The registered person shall ensure that all staff complete mandatory training, including adult "
         "safeguarding and fire safety, and that compliance is monitored.",
         [("3.1", "Training matrix reviewed weekly by the Home Manager; staff with overdue training are "
                  "rostered onto protected training time.\nCompliance reported monthly to the Responsible "
                  "Individual.",
           "Home Manager", "30/11/2025", "amber", ["Home Manager"], "2025-11")]),
        (sec2, "Area for improvement 4    Ref: Standard 4    Stated: First time    To be completed by: "
               "31 December 2025",
         "The registered person shall ensure that care plans are person centred and are reviewed and "
         "evaluated monthly, or more often if the resident’s needs change.",
         [("4.1", "Introduce a monthly ‘resident of the day’ review so that each care plan is evaluated with "
                  "the resident or their representative.",
           "Named Nurses", "31/12/2025", "green", ["Named Nurses"], "2025-12")]),
        (sec2, "Area for improvement 5    Ref: Standard 12    Stated: First time    To be completed by: "
               "31 January 2026",
         "The registered person shall ensure that the dining experience is reviewed so that residents are "
         "offered choice and meals are served in a timely manner.",
         [("5.1", "Complete a dining experience audit on each floor, including resident feedback, and act on "
                  "the findings.",
           "Activity Coordinator & Deputy Manager", "January 2026", None,
           ["Activity Coordinator", "Deputy Manager"], "2026-01")]),
    ]
    hdr = ["Ref", "Action taken / planned", "Responsible", "Target date", "RAG"]
    expected = []
    tables = {}
    for sec, label, text, acts in afis:
        if sec not in tables:
            doc.add_heading(sec, level=1)
            t = doc.add_table(rows=1, cols=5)
            t.style = "Table Grid"
            for i, hh in enumerate(hdr):
                set_cell(t.rows[0].cells[i], hh, bold=True)
                shade(t.rows[0].cells[i], "BDD7EE")
            tables[sec] = t
        t = tables[sec]
        row = t.add_row()
        m = row.cells[0].merge(row.cells[4])
        set_cell(m, label, bold=True)
        shade(m, "F2F2F2")
        row = t.add_row()
        m = row.cells[0].merge(row.cells[4])
        set_cell(m, text)
        for (ref, act, resp, when, rag, lead, end) in acts:
            cells = t.add_row().cells
            set_cell(cells[0], ref)
            set_cell(cells[1], act)
            set_cell(cells[2], resp)
            set_cell(cells[3], when)
            set_cell(cells[4], "")
            if rag:
                shade(cells[4], RAGFILL[rag])
            expected.append(A(ref, [sec, text], act, lead, end, rag or "unrated"))
        if sec == sec1 and label.startswith("Area for improvement 3"):
            doc.add_paragraph()
    doc.add_paragraph()
    doc.add_paragraph("Completed by: Aoife McCann, Registered Manager        Date: 12 January 2026")
    doc.add_paragraph("Reviewed by: Responsible Individual        Date: 15 January 2026")
    doc.save(out(name))

    meta = {
        "source": (
            "Imitates a Northern Ireland nursing home's own progress version of the RQIA Quality Improvement "
            "Plan that follows an unannounced care inspection (RQIA inspection reports, www.rqia.org.uk). "
            "Copies RQIA's QIP sections 'Action required to ensure compliance with The Nursing Homes "
            "Regulations (Northern Ireland) 2005' and '... the Care Standards for Nursing Homes (December "
            "2022)', each area for improvement with its Ref / Stated / To be completed by line and 'The "
            "registered person shall ensure...' text, here as merged rows above the home's numbered actions, "
            "with responsible posts, target dates, a colour-only RAG cell, a details table, a RAG key table "
            "and a sign-off."),
        "reads": (
            "A Word progress report: a details table, a colour key, then two tables (regulations, then care "
            "standards). In each, an area for improvement label row and its text run across the table, "
            "followed by the home's actions with a responsible post, a target date and a shaded RAG cell "
            "(unshaded = not started). Seven actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, meta, expected)
    return name, len(expected)


# ---------------------------------------------------------------------------
# 7. Harrogate and District NHSFT - quality account priorities tracker 2025/26 (xlsx)
# ---------------------------------------------------------------------------
def build_harrogate():
    name = "zbf-harrogate-and-district-nhsft-quality-account-priorities-tracker-2025-26.xlsx"
    title = "Quality Account Priorities 2025/26 – Quarter 3 Progress Tracker"
    wb = Workbook()
    ws = wb.active
    ws.title = "Q3 Tracker"
    for col, w in zip("ABCDEFG", [7, 62, 34, 14, 8, 8, 56]):
        ws.column_dimensions[col].width = w
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14, color="FF005EB8")
    ws.merge_cells("A1:G1")
    ws["A2"] = "Harrogate and District NHS Foundation Trust – Quality Committee, 28 January 2026"
    ws.merge_cells("A2:G2")
    hdr = ["Ref", "Priority / milestone", "Lead", "Due", "Q2 RAG", "Q3 RAG", "Q3 update"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = fill("005EB8")
        cell.border = BOX
    ps, ce, pe = "Patient Safety", "Clinical Effectiveness", "Patient Experience"
    p1 = "Priority 1 – Improve the recognition and timely escalation of deteriorating adult inpatients (NEWS2)"
    p2 = "Priority 2 – Reduce inpatient falls resulting in moderate or severe harm"
    p3 = "Priority 3 – Improve the timeliness of antibiotics for patients with suspected sepsis in the Emergency Department"
    p4 = "Priority 4 – Improve communication with patients and families when they leave hospital"
    D = lambda y, m: dt.datetime(y, m, 1)
    layout = [
        ("dom", ps), ("pri", p1),
        ("act", "P1.1", "Roll out the electronic NEWS2 escalation alert to all adult inpatient wards at Harrogate "
                        "District Hospital.", "Deputy Chief Nurse", D(2025, 9), "G", "B",
         "Live on all 14 adult wards since 29 September.", ["Deputy Chief Nurse"], "2025-09", None),
        ("act", "P1.2", "Deliver deteriorating patient simulation training to 85% of registered nurses on "
                        "medical wards.", "Resuscitation and Deteriorating Patient Lead", "Q4 2025/26", "A",
         "G", "72% trained; additional sessions booked February and March.",
         ["Resuscitation and Deteriorating Patient Lead"], "2026-03", None),
        ("pri", p2),
        ("act", "P2.1", "Implement enhanced supervision (bay tagging) on all elderly care wards.",
         "Matron – Elderly Care", D(2025, 12), "G", "A",
         "In place on 3 of 4 wards; Byland ward start delayed by staffing.", ["Matron – Elderly Care"],
         "2025-12", None),
        ("act", "P2.2", "Complete a thematic review of 2024/25 falls incidents and agree three improvement "
                        "actions.", "Falls Prevention Practitioner / Head of Patient Safety", D(2025, 10), "G",
         "B", "Review presented to Patient Safety Group in October; three actions agreed.",
         ["Falls Prevention Practitioner", "Head of Patient Safety"], "2025-10", None),
        ("dom", ce), ("pri", p3),
        ("act", "P3.1", "Introduce a sepsis grab bag and an antibiotic patient group direction for ED triage "
                        "nurses.", "ED Consultant Lead for Sepsis", D(2026, 2), "A", "G",
         "PGD approved by Medicines Committee in December; grab bags in use.",
         ["ED Consultant Lead for Sepsis"], "2026-02", None),
        ("act", "P3.2", "Audit time to antibiotics monthly and report the results to the Deteriorating Patient "
                        "Group.", "Sepsis Nurse Specialist", "Monthly", "G", "G",
         "Median time to antibiotics 52 minutes in December (target 60).", ["Sepsis Nurse Specialist"], None,
         "Monthly"),
        ("dom", pe), ("pri", p4),
        ("act", "P4.1", "Launch the ‘Going Home’ discharge information leaflet on all adult wards.",
         "Head of Patient Experience", D(2025, 12), "G", "B", "Launched 1 December.",
         ["Head of Patient Experience"], "2025-12", None),
        ("act", "P4.2", "Introduce a follow-up phone call within 72 hours for patients over 75 discharged from "
                        "elderly care wards.", "Matron – Elderly Care; Discharge Coordinator Lead", D(2026, 3),
         None, "R", "Not started: volunteer call team not yet recruited. Recovery plan to February Quality "
                    "Committee.",
         ["Matron – Elderly Care", "Discharge Coordinator Lead"], "2026-03", None),
        ("act", "P4.3", "Review discharge-related complaints and Friends and Family Test comments each quarter "
                        "and share the themes with divisions.", "Head of Patient Experience",
         "Sept 2025 – March 2026", "G", "G", "Q3 themes shared at divisional governance meetings.",
         ["Head of Patient Experience"], "2026-03", None),
    ]
    rag = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    rstat = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    r = 5
    dom = pri = None
    expected = []
    counts = {"B": 0, "G": 0, "A": 0, "R": 0}
    for item in layout:
        if item[0] == "dom":
            dom = item[1]
            ws.cell(r, 1, item[1].upper()).font = Font(bold=True, color="FFFFFFFF")
            ws.cell(r, 1).fill = fill("41B6E6")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        elif item[0] == "pri":
            pri = item[1]
            ws.cell(r, 1, item[1]).font = Font(bold=True)
            ws.cell(r, 1).fill = fill("E8EDEE")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        else:
            _, ref, text, lead_txt, due, q2, q3, upd, lead, end, end_text = item
            for c, v in enumerate([ref, text, lead_txt, due, q2, q3, upd], 1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
            if isinstance(due, dt.datetime):
                ws.cell(r, 4).number_format = "mmm-yy"
            for c, v in [(5, q2), (6, q3)]:
                if v:
                    ws.cell(r, c).fill = fill(rag[v])
                    ws.cell(r, c).alignment = Alignment(horizontal="center", vertical="top")
            counts[q3] += 1
            expected.append(A(ref, [dom.upper(), pri], text, lead, end, rstat[q3], end_text))
        r += 1
    r += 1
    ws.cell(r, 1, "Q3 summary").font = Font(bold=True)
    r += 1
    for k, lab in [("B", "Completed"), ("G", "On track"), ("A", "At risk"), ("R", "Off track")]:
        ws.cell(r, 2, lab)
        ws.cell(r, 3, counts[k])
        ws.cell(r, 2).fill = fill(rag[k])
        r += 1
    ws.cell(r, 2, "Total milestones").font = Font(bold=True)
    ws.cell(r, 3, sum(counts.values())).font = Font(bold=True)
    r += 2
    ws.cell(r, 1, "Key: B = completed; G = on track; A = at risk of not being delivered by the due date; "
                  "R = off track / not delivered.")
    r += 1
    ws.cell(r, 1, "Measures of success for each priority are reported on the 'Measures' tab.")

    ms = wb.create_sheet("Measures")
    for col, w in zip("ABCDEFG", [10, 60, 12, 12, 10, 10, 10]):
        ms.column_dimensions[col].width = w
    ms["A1"] = "Quality Account 2025/26 – measures of success"
    ms["A1"].font = Font(bold=True, size=12)
    for c, h in enumerate(["Priority", "Measure", "Baseline 2024/25", "Target 2025/26", "Q1", "Q2", "Q3"], 1):
        ms.cell(3, c, h).font = Font(bold=True)
    for i, row in enumerate([
        ("1", "% of NEWS2 ≥5 escalated to a doctor within 30 minutes", "78%", "90%", "81%", "86%", "89%"),
        ("2", "Falls with moderate or severe harm per 1,000 bed days", "0.19", "0.15", "0.18", "0.16", "0.17"),
        ("3", "% of ED patients with suspected sepsis given antibiotics within 60 minutes", "64%", "80%",
         "66%", "71%", "77%"),
        ("4", "% of inpatients reporting they were told who to contact after discharge (local survey)", "61%",
         "75%", "63%", "66%", "70%"),
    ], 4):
        for c, v in enumerate(row, 1):
            ms.cell(i, c, v)
    wb.save(out(name))

    meta = {
        "source": (
            "Imitates an NHS foundation trust's in-year tracker of its Quality Account priorities (patient "
            "safety, clinical effectiveness and patient experience priorities set in the annual Quality "
            "Account, e.g. Harrogate and District NHSFT, and reported quarterly to the Quality Committee). "
            "Copies the domain banner rows, priority rows merged above numbered milestones, lead, due (month "
            "cells, a financial quarter, 'Monthly' and a period), previous and current quarter RAG letters on "
            "coloured fills, a Q3 summary block and key under the table, and a second 'Measures' sheet of "
            "measures of success that is not the plan."),
        "reads": (
            "One tracker sheet: three quality domains, four priorities, and nine numbered milestones, each "
            "with a lead, a due date, a Q2 and a Q3 RAG and a Q3 update; the Q3 RAG is the current status. "
            "A summary and a key follow, and a separate Measures sheet holds metrics only."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, meta, expected)
    return name, len(expected)


if __name__ == "__main__":
    for fn in (build_forth_valley, build_ashgrove, build_bsol_baf, build_mtw_psii, build_helping_hands,
               build_ben_madigan, build_harrogate):
        n, k = fn()
        print(f"{n}: {k} actions")
