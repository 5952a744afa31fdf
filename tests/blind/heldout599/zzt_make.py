#!/usr/bin/env python3
"""Build the seven zzt- blind test files (set heldout599) and their expected readings.

Run with /work/main/.venv/bin/python (openpyxl, python-docx, pyyaml).
Only files whose names start with "zzt-" are written.
"""
import csv
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

BLUE = "00B0F0"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
NAVY = "1F3864"
FILL = {"blue": BLUE, "green": GREEN, "amber": AMBER, "red": RED}

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def path(name):
    assert name.startswith("zzt-") or name.startswith("zzt_")
    return os.path.join(HERE, name)


def solid(hexcol):
    return PatternFill(start_color=hexcol, end_color=hexcol, fill_type="solid")


def write_yaml(name, doc):
    with open(path(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100000)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def ym(d):
    return d.strftime("%Y-%m")


# ---------------------------------------------------------------------------
# 1. Royal Cornwall Hospitals NHS Trust - UEC improvement programme highlight report (xlsx)
# ---------------------------------------------------------------------------
def make_rcht():
    name = "zzt-royal-cornwall-hospitals-nhs-trust-uec-improvement-programme-highlight-report.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    widths = {"A": 9, "B": 58, "C": 34, "D": 12, "E": 12, "F": 10, "G": 10, "H": 60}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v

    title = "Urgent and Emergency Care Improvement Programme – Highlight Report"
    ws["A1"] = "Royal Cornwall Hospitals NHS Trust"
    ws["A1"].font = Font(bold=True, size=12, color=NAVY)
    ws.merge_cells("A1:H1")
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=16, color=NAVY)
    ws.merge_cells("A2:H2")
    ws["A3"] = "Reporting period: October 2025"
    ws.merge_cells("A3:C3")
    ws["D3"] = "Reporting to: Performance and Finance Committee, 20 November 2025"
    ws.merge_cells("D3:H3")
    ws["A4"] = "Senior Responsible Officer: Chief Operating Officer"
    ws.merge_cells("A4:C4")
    ws["D4"] = "Programme Lead: Director of Improvement"
    ws.merge_cells("D4:H4")

    ws["A6"] = "Overall programme RAG"
    ws.merge_cells("A6:B6")
    ws["C6"] = "AMBER"
    ws["C6"].fill = solid(AMBER)
    ws["C6"].font = Font(bold=True)
    ws["A7"] = "Key achievements this period"
    ws.merge_cells("A7:B7")
    ws["C7"] = ("RAT model live in ED majors from 29 September; Transfer of Care Hub launched 13 October "
                "with Cornwall Council and CFT; mean ambulance handover 38 minutes (Sept 51).")
    ws.merge_cells("C7:H7")
    ws["A8"] = "Key risks and issues"
    ws.merge_cells("A8:B8")
    ws["C8"] = ("Medical SDEC extended hours delayed by middle-grade vacancies (2.0 WTE); NCTR remains above 110 "
                "against a system trajectory of 90.")
    ws.merge_cells("C8:H8")
    ws["A9"] = "Decisions required"
    ws.merge_cells("A9:B9")
    ws["C9"] = "None this period"
    ws.merge_cells("C9:H9")
    for r in range(6, 10):
        ws.cell(r, 1).font = Font(bold=True)
        for c in range(1, 9):
            ws.cell(r, c).border = BOX
            ws.cell(r, c).alignment = WRAP
        ws.row_dimensions[r].height = 32

    ws["A11"] = "Milestone Tracker"
    ws["A11"].font = Font(bold=True, size=13, color=NAVY)
    ws["A12"] = "Key:"
    ws["A12"].font = Font(bold=True)
    key = [("B12", BLUE, "Delivered"), ("C12", GREEN, "On track to deliver"),
           ("D12", AMBER, "Some issues – narrative disclosure"), ("F12", RED, "Not on track to deliver")]
    for ref, col, txt in key:
        ws[ref] = txt
        ws[ref].fill = solid(col)
    ws.merge_cells("D12:E12")
    ws.merge_cells("F12:G12")

    hdr = ["Ref", "Milestone", "Lead(s)", "Baseline date", "Forecast date", "RAG Sept", "RAG Oct",
           "Commentary"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(14, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = solid(NAVY)
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX

    D = dt.datetime
    plan = [
        ("Workstream 1: Front Door and Emergency Department Flow", [
            ("WS1.1", "Implement Rapid Assessment and Treatment (RAT) model in ED majors 08:00–22:00, seven days a week",
             "Clinical Director – Emergency Medicine", ["Clinical Director – Emergency Medicine"],
             D(2025, 7, 31), D(2025, 9, 30), "A", "blue",
             "RAT live from 29 September. Evaluation (time to first assessment) to December committee."),
            ("WS1.2", "Open the ED Navigator (streaming) service at the front door, with direct streaming to UTC, SDEC and primary care",
             "Head of Nursing – Urgent Care / UTC Service Manager",
             ["Head of Nursing – Urgent Care", "UTC Service Manager"],
             D(2025, 10, 31), D(2025, 12, 31), "G", "amber",
             "Navigator role banding agreed; recruitment closes 14 November. Forecast moved to December."),
            ("WS1.3", "Introduce internal professional standards for specialty review in ED (referral to review within 60 minutes)",
             "Chief Medical Officer", ["Chief Medical Officer"],
             D(2025, 11, 30), D(2025, 11, 30), "G", "green",
             "Standards approved at Clinical Effectiveness Group; compliance audit to start November."),
        ]),
        ("Workstream 2: Same Day Emergency Care (SDEC)", [
            ("WS2.1", "Extend medical SDEC opening hours to 22:00 Monday to Friday",
             "Dr K. Treloar & Dr M. Hosking", ["Dr K. Treloar", "Dr M. Hosking"],
             D(2025, 9, 30), D(2026, 1, 31), "A", "red",
             "Unable to staff evening rota until 2.0 WTE middle grades are in post. Locum cover being sought."),
            ("WS2.2", "Establish surgical SDEC pathway for right upper quadrant pain and suspected appendicitis",
             "Care Group Director – Surgery", ["Care Group Director – Surgery"],
             D(2025, 12, 31), D(2025, 12, 31), "G", "green",
             "Pathway drafted; ultrasound slots ring-fenced from 1 December."),
            ("WS2.3", "Implement frailty same day assessment with direct access for South Western Ambulance Service crews",
             "Consultant Geriatrician (Frailty Lead)", ["Consultant Geriatrician (Frailty Lead)"],
             D(2026, 3, 31), D(2026, 3, 31), "G", "green",
             "SWASFT pathway agreed in principle; clinical governance sign-off due January."),
        ]),
        ("Workstream 3: Discharge and Out of Hospital Flow", [
            ("WS3.1", "Embed criteria-led discharge on all medical wards:\n- phase 1 wards live (Phoenix, Wheal Coates)\n- phase 2 remaining medical wards",
             "Deputy Chief Nursing Officer", ["Deputy Chief Nursing Officer"],
             D(2025, 8, 31), D(2025, 11, 30), "A", "amber",
             "Phase 1 live. Phase 2 delayed by EPR template change; now forecast end of November."),
            ("WS3.2", "Launch Transfer of Care Hub with Cornwall Council and Cornwall Partnership NHS Foundation Trust",
             "Director of Integrated Care; Head of Adult Social Care (Cornwall Council)",
             ["Director of Integrated Care", "Head of Adult Social Care (Cornwall Council)"],
             D(2025, 10, 31), D(2025, 10, 31), "G", "blue",
             "Hub launched 13 October; co-located at Treliske."),
            ("WS3.3", "Reduce no criteria to reside (NCTR) patients to 90 or fewer through weekly system escalation",
             "Chief Operating Officer", ["Chief Operating Officer"],
             D(2026, 3, 31), D(2026, 3, 31), "R", "amber",
             "NCTR 112 at 31 October (Sept 124). Improvement but not yet at trajectory."),
        ]),
        ("Workstream 4: Ambulance Handover", [
            ("WS4.1", "Roll out 45-minute ambulance handover (Release to Respond) protocol",
             "Deputy COO – Unscheduled Care", ["Deputy COO – Unscheduled Care"],
             D(2025, 6, 30), D(2025, 6, 30), "B", "blue",
             "Delivered June 2025. Mean handover 38 minutes in October."),
        ]),
    ]
    prevfill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    r = 15
    actions = []
    for ws_name, rows in plan:
        ws.cell(r, 1, ws_name).font = Font(bold=True)
        for c in range(1, 9):
            ws.cell(r, c).fill = solid(GREY)
            ws.cell(r, c).border = BOX
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for ref, text, lead_txt, lead, base, fc, prev, cur, comm in rows:
            vals = [ref, text, lead_txt, base, fc, prev, None, comm]
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v)
                c.border = BOX
                c.alignment = WRAP
            ws.cell(r, 4).number_format = "mmm-yy"
            ws.cell(r, 5).number_format = "mmm-yy"
            ws.cell(r, 6).fill = solid(prevfill[prev])
            ws.cell(r, 6).alignment = Alignment(horizontal="center", vertical="top")
            ws.cell(r, 7).fill = solid(FILL[cur])
            ws.row_dimensions[r].height = 48 if "\n" not in text else 62
            actions.append(act(ref, [ws_name], text, lead, ym(fc), cur))
            r += 1
    ws.freeze_panes = "A15"

    k = wb.create_sheet("KPIs")
    k["A1"] = "UEC Programme – Key Performance Indicators"
    k["A1"].font = Font(bold=True, size=13)
    krows = [
        ("Metric", "Standard / trajectory", "Aug-25", "Sep-25", "Oct-25"),
        ("ED 4-hour performance (all types)", "78%", "66.1%", "67.4%", "70.2%"),
        ("12-hour waits from arrival in ED", "<2% of attendances", "9.8%", "9.1%", "8.3%"),
        ("Mean ambulance handover time (minutes)", "45", "57", "51", "38"),
        ("Patients with no criteria to reside (month end)", "90", "129", "124", "112"),
        ("SDEC as % of emergency admissions", "40%", "31%", "33%", "34%"),
    ]
    for i, row in enumerate(krows, 3):
        for j, v in enumerate(row, 1):
            c = k.cell(i, j, v)
            c.border = BOX
            if i == 3:
                c.font = Font(bold=True)
    k.column_dimensions["A"].width = 48
    k.column_dimensions["B"].width = 22
    k["A10"] = "Source: Trust Integrated Performance Report, October 2025."
    wb.save(path(name))

    write_yaml(name, {
        "source": ("Imitates an NHS acute trust board-committee highlight report for an urgent and emergency "
                   "care (UEC) improvement programme (Royal Cornwall Hospitals NHS Trust, 2025, in the style of "
                   "published trust UEC recovery/improvement programme highlight reports and the Colchester "
                   "special-measures QIP key 'Delivered / On track to deliver / Some issues – narrative "
                   "disclosure / Not on track to deliver'). Copied features: organisation and report title block, "
                   "reporting period/SRO lines, overall RAG and achievements/risks/decisions summary block, "
                   "colour key, workstream band rows merged across the table, baseline and forecast dates, "
                   "previous-month RAG as letters and current-month RAG as fill colour only, several leads "
                   "in a cell, a multi-line milestone, and a separate KPI sheet."),
        "reads": ("A two-sheet highlight report. The Highlight Report sheet has a summary block, a colour key and "
                  "a milestone tracker of ten milestones in four workstreams; each has a baseline and a forecast "
                  "date and a September RAG (letter) and October RAG (colour only). The KPIs sheet is performance "
                  "data, not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# 2. Northamptonshire Fire and Rescue Service - internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def make_nfrs():
    name = "zzt-northamptonshire-fire-rescue-service-internal-audit-recommendations-tracker.xlsx"
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    title = "Internal Audit Recommendations – Implementation Tracker"
    s["A1"] = "Northamptonshire Commissioner Fire and Rescue Authority"
    s["A1"].font = Font(bold=True, size=12)
    s["A2"] = title
    s["A2"].font = Font(bold=True, size=15, color="C00000")
    s["A3"] = "Joint Independent Audit Committee – 4 December 2025"
    s["A4"] = "Prepared by: Chief Finance Officer (Enabling Services)"
    s["A6"] = "Audit"
    s["B6"] = "Assurance opinion"
    s["C6"] = "Actions"
    s["D6"] = "Implemented"
    s["E6"] = "Outstanding"
    s["F6"] = "Of which overdue"
    summ = [
        ("NFRS 2024/25 – Fleet and Equipment Management", "Limited", 4, 1, 3, 1),
        ("NFRS 2024/25 – Payroll and Pensions", "Moderate", 2, 2, 0, 0),
        ("NFRS 2025/26 – Health and Safety: Contaminants", "Moderate", 3, 0, 3, 0),
        ("Total", "", 9, 3, 6, 1),
    ]
    for i, row in enumerate(summ, 7):
        for j, v in enumerate(row, 1):
            s.cell(i, j, v).border = BOX
    for j in range(1, 7):
        s.cell(6, j).font = Font(bold=True)
        s.cell(6, j).fill = solid(GREY)
        s.cell(6, j).border = BOX
        s.cell(10, j).font = Font(bold=True)
    s["A12"] = "RAG key"
    s["A12"].font = Font(bold=True)
    keyrows = [("B", BLUE, "Implemented – evidence seen by internal audit"),
               ("G", GREEN, "Not yet due / on track to meet agreed date"),
               ("A", AMBER, "Revised date agreed by JIAC"),
               ("R", RED, "Overdue – original date passed and no revised date agreed")]
    for i, (l, col, txt) in enumerate(keyrows, 13):
        s.cell(i, 1, l).fill = solid(col)
        s.cell(i, 2, txt)
    s["A18"] = "Note: recommendations reported as implemented at two consecutive JIAC meetings are removed from the tracker."
    s.column_dimensions["A"].width = 50
    s.column_dimensions["B"].width = 50
    for c in "CDEF":
        s.column_dimensions[c].width = 13

    ws = wb.create_sheet("Recommendations")
    hdr = ["Rec ref", "Priority", "Recommendation", "Agreed management action", "Responsible officer",
           "Original date", "Revised date", "RAG", "Progress update (November 2025)"]
    widths = [10, 9, 48, 52, 32, 12, 12, 6, 52]
    for i, (h, w) in enumerate(zip(hdr, widths), 1):
        c = ws.cell(1, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = solid("C00000")
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, vertical="center")
        ws.column_dimensions[c.column_letter].width = w
    D = dt.datetime
    audits = [
        ("NFRS 2024/25 – Fleet and Equipment Management (Limited assurance)", [
            ("High", "The Service should ensure that all vehicle defects reported through the defect reporting app are reviewed and prioritised by Fleet within 24 hours, with evidence of the review retained.", [
                ("FEM 1a", "Introduce a daily defect triage by the Fleet Workshop Supervisor, recorded on the Tranman fleet system.",
                 "Head of Fleet & Equipment", ["Head of Fleet & Equipment"], D(2025, 3, 31), D(2025, 6, 30), "B",
                 "Daily triage in place from May 2025. Internal audit follow-up (Sept 2025) confirmed evidence."),
                ("FEM 1b", "Report defect triage performance to the Service Delivery Board monthly.",
                 "Head of Fleet & Equipment / Area Manager – Service Support",
                 ["Head of Fleet & Equipment", "Area Manager – Service Support"], D(2025, 4, 30), D(2025, 12, 31), "A",
                 "Tranman report being rebuilt after system upgrade; first report to December board."),
            ]),
            ("Medium", "Equipment test records held in the asset system should be reconciled to the physical inventory on each station at least annually.", [
                ("FEM 2", "Carry out a station-by-station inventory reconciliation, starting with wholetime stations.",
                 "Equipment Manager", ["Equipment Manager"], D(2025, 9, 30), None, "R",
                 "7 of 22 stations complete. Revised date to be proposed to the March JIAC."),
            ]),
            ("Low", "Fleet replacement programme assumptions should be refreshed and linked to the Medium Term Financial Plan.", [
                ("FEM 3", "Refresh the 10-year vehicle replacement programme and present it to the Commissioner's Executive Group alongside the MTFP.",
                 "Chief Finance Officer; Head of Fleet & Equipment", ["Chief Finance Officer", "Head of Fleet & Equipment"],
                 D(2026, 2, 28), None, "G", "Draft programme prepared; to be aligned with 2026/27 budget setting."),
            ]),
        ]),
        ("NFRS 2024/25 – Payroll and Pensions (Moderate assurance)", [
            ("Medium", "Overtime and additional hours claims should be authorised by a manager independent of the claimant before payment.", [
                ("PAY 1", "Amend the e-claims workflow so that claims cannot be self-approved, and issue guidance to station managers.",
                 "HR & Payroll Manager", ["HR & Payroll Manager"], D(2025, 5, 31), None, "B",
                 "Workflow changed 12 May 2025; guidance issued via Routine Notice."),
            ]),
            ("Low", "Pension scheme member data should be checked against payroll records before the annual benefit statement run.", [
                ("PAY 2", "Complete a data-match of FPS 2015 member records against payroll before the 2025 ABS run.",
                 "Pensions Officer (West Yorkshire Pension Fund liaison)", ["Pensions Officer (West Yorkshire Pension Fund liaison)"],
                 D(2025, 7, 31), None, "B", "Data-match completed July 2025; 14 records corrected."),
            ]),
        ]),
        ("NFRS 2025/26 – Health and Safety: Contaminants (Moderate assurance)", [
            ("High", "The Service should complete its contaminants action plan in line with the NFCC Firefighter Contaminants guidance, with clear timescales for each station.", [
                ("HSC 1a", "Install clean/dirty zoning at the remaining stations (Daventry, Towcester, Brackley, Oundle).",
                 "Estates Manager", ["Estates Manager"], D(2026, 3, 31), None, "G",
                 "Daventry and Towcester complete; Brackley works start January."),
                ("HSC 1b", "Issue a second set of structural fire kit to all on-call firefighters.",
                 "Area Manager (Operational Support)", ["Area Manager (Operational Support)"],
                 D(2025, 12, 31), D(2026, 3, 31), "A", "Supplier lead times extended; 60% issued."),
            ]),
            ("Medium", "Exposure records should be completed after every relevant incident and monitored centrally.", [
                ("HSC 2", "Introduce a mandatory contaminant exposure form on the incident recording system, with a monthly compliance report to the Health and Safety Committee.",
                 "Health, Safety & Wellbeing Manager", ["Health, Safety & Wellbeing Manager"], D(2026, 1, 31), None, "G",
                 "Form built; go-live planned for 5 January 2026."),
            ]),
        ]),
    ]
    stat = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    r = 2
    actions = []
    for aud, recs in audits:
        ws.cell(r, 1, aud).font = Font(bold=True)
        for c in range(1, 10):
            ws.cell(r, c).fill = solid("F2DCDB")
            ws.cell(r, c).border = BOX
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for prio, rec, acts in recs:
            first = r
            for ref, text, lead_txt, lead, orig, rev, rag, upd in acts:
                vals = [ref, prio if r == first else None, rec if r == first else None, text, lead_txt, orig, rev, rag, upd]
                for i, v in enumerate(vals, 1):
                    c = ws.cell(r, i, v)
                    c.border = BOX
                    c.alignment = WRAP
                ws.cell(r, 6).number_format = "dd/mm/yyyy"
                ws.cell(r, 7).number_format = "dd/mm/yyyy"
                ws.cell(r, 8).fill = solid(FILL[stat[rag]])
                ws.cell(r, 8).alignment = Alignment(horizontal="center", vertical="top")
                ws.row_dimensions[r].height = 60
                end = rev if rev is not None else orig
                actions.append(act(ref, [aud, rec], text, lead, ym(end), stat[rag]))
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
                ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    ws.freeze_panes = "A2"
    wb.save(path(name))

    write_yaml(name, {
        "source": ("Imitates an internal audit recommendations tracker taken to a police/fire Joint Independent "
                   "Audit Committee (Northamptonshire Commissioner Fire and Rescue Authority, 2025), in the style "
                   "of the follow-up trackers that fire authorities and PCC/PFCC audit committees publish. Copied "
                   "features: summary sheet with totals by audit and a RAG key with letters B/G/A/R, separate "
                   "recommendations sheet, audit band rows with assurance opinion, priority, recommendation merged "
                   "over its agreed actions, job titles as responsible officers (two in some cells), original and "
                   "revised dates, RAG letter with fill, progress update column."),
        "reads": ("A tracker of nine agreed management actions from three internal audits. Each audit is a band row; "
                  "each recommendation (merged where it has two actions) sits beside its agreed actions, with "
                  "responsible officer, original and (sometimes) revised date and a B/G/A/R RAG. The Summary sheet "
                  "is totals and a key."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# 3. University of Chester - strategic risk register (xlsx) - REFUSE (mistyped month)
# ---------------------------------------------------------------------------
def make_chester():
    name = "zzt-university-of-chester-strategic-risk-register-typo-month-refuse.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "SRR Nov 2025"
    title = "Strategic Risk Register 2025/26"
    ws["A1"] = "University of Chester"
    ws["A1"].font = Font(bold=True, size=12, color="7B2C3A")
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=15, color="7B2C3A")
    ws["A3"] = "Presented to: Audit and Risk Committee, 25 November 2025"
    ws["A4"] = "Register owner: University Secretary and Registrar | Scores are Likelihood x Impact (5x5)"
    hdr = ["Risk ref", "Strategic risk", "Risk owner", "Inherent score", "Current score", "Target score",
           "Trend", "Further actions required", "Action owner", "Due", "Status", "Commentary"]
    widths = [8, 46, 24, 9, 9, 9, 7, 50, 30, 12, 8, 44]
    for i, (h, w) in enumerate(zip(hdr, widths), 1):
        c = ws.cell(6, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = solid("7B2C3A")
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, vertical="center")
        ws.column_dimensions[c.column_letter].width = w
    risks = [
        ("SR1", "Student recruitment: failure to meet 2026/27 recruitment targets, particularly international postgraduate taught (PGT), leading to an income shortfall.",
         "Deputy Vice-Chancellor", 20, 16, 9, "↔", [
             ("Diversify international recruitment markets (West Africa, South Asia) through new agent agreements", "Director of International", "Jan 2026", "G", "Four new agents contracted; Nigeria recruitment fair attended October."),
             ("Launch January-start PGT programmes in Business and Nursing", "Pro Vice-Chancellor (Education); Dean of Chester Business School", "Jan 2026", "A", "Business on track; Nursing awaiting NMC approval."),
         ]),
        ("SR2", "Financial sustainability: inability to deliver the 2025/26 budgeted surplus and generate cash for investment.",
         "Chief Financial Officer", 20, 15, 10, "↓", [
             ("Deliver the Financial Sustainability Programme savings of £6.5m", "Chief Financial Officer", "July 2026", "A", "£4.1m secured to date; voluntary severance scheme closed."),
             ("Complete the academic portfolio review and close unviable programmes", "Deputy Vice-Chancellor / Deans", "Mar 2026", "G", "Review stage 2 under way."),
         ]),
        ("SR3", "Regulatory compliance: failure to meet OfS condition B3 (student outcomes) thresholds for continuation and completion in some subjects.",
         "Pro Vice-Chancellor (Education)", 16, 12, 8, "↓", [
             ("Implement course-level continuation and completion dashboards for all programme leaders", "Director of Planning and Insight", "Dec 2025", "G", "Dashboards in testing with two faculties."),
             ("Introduce targeted academic skills support for foundation year students", "Head of Learning and Teaching Institute", "Febuary 2026", "G", "Skills tutors appointed; timetable agreed."),
             ("Run a B3 mock assessment with external reviewer", "University Secretary and Registrar", "Apr 2026", "G", "Reviewer procured."),
         ]),
        ("SR4", "Cyber security: a cyber incident causes loss of systems, data or reputational damage.",
         "Chief Information Officer", 20, 12, 8, "↔", [
             ("Complete Cyber Essentials Plus recertification", "Head of Information Security", "Oct 2025", "B", "Certified 17 October 2025."),
             ("Deliver mandatory phishing awareness training to 95% of staff", "Head of Information Security", "Jan 2026", "A", "Completion at 78%; reminders issued via line managers."),
         ]),
    ]
    statfill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    r = 7
    refuse_row = None
    for rid, desc, owner, inh, cur, tgt, trend, acts in risks:
        first = r
        for text, aowner, due, st, comm in acts:
            if r == first:
                for i, v in enumerate([rid, desc, owner, inh, cur, tgt, trend], 1):
                    ws.cell(r, i, v)
            for i, v in enumerate([text, aowner, due, st, comm], 8):
                ws.cell(r, i, v)
            ws.cell(r, 11).fill = solid(statfill[st])
            for i in range(1, 13):
                ws.cell(r, i).border = BOX
                ws.cell(r, i).alignment = WRAP
            ws.row_dimensions[r].height = 45
            if due == "Febuary 2026":
                refuse_row = r
            r += 1
        for col in range(1, 8):
            ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
        for col, sc in ((4, inh), (5, cur), (6, tgt)):
            ws.cell(first, col).fill = solid(RED if sc >= 15 else AMBER if sc >= 8 else GREEN)
    ws.cell(r + 1, 1, "Status: B = complete, G = on track, A = some slippage, R = significantly behind. "
                      "Trend compares current score with the June 2025 register.")
    ws.freeze_panes = "A7"

    k = wb.create_sheet("Scoring")
    k["A1"] = "Risk scoring matrix (Likelihood x Impact)"
    k["A1"].font = Font(bold=True)
    k["A3"] = "Likelihood \\ Impact"
    for j in range(1, 6):
        k.cell(3, j + 1, j).font = Font(bold=True)
    for i in range(5, 0, -1):
        row = 4 + (5 - i)
        k.cell(row, 1, i).font = Font(bold=True)
        for j in range(1, 6):
            sc = i * j
            c = k.cell(row, j + 1, sc)
            c.fill = solid(RED if sc >= 15 else AMBER if sc >= 8 else GREEN)
    k["A10"] = "1-7 Low (green); 8-14 Medium (amber); 15-25 High (red)."
    wb.save(path(name))
    assert refuse_row is not None

    write_yaml(name, {
        "source": ("Imitates a university strategic risk register reported to the Audit and Risk Committee "
                   "(University of Chester, 2025/26), following the common HE layout (risk description, owner, "
                   "inherent/current/target L x I scores, trend, further actions with owners and due dates). "
                   "Copied features: title block, risk rows merged vertically over several further-action rows, "
                   "score cells coloured by band, status letter with fill, commentary column, notes line, and "
                   "a separate scoring-matrix sheet."),
        "reads": ("Four strategic risks, each with two or three further actions, owners and due months. The due "
                  "cell of the second SR3 action reads 'Febuary 2026', a mistyped month; a careful reader would "
                  "stop and ask rather than guess the date."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_row,
        "title": title,
    })


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


def header_row(table, texts, fill="D9E2F3"):
    for cell, t in zip(table.rows[0].cells, texts):
        cell.text = ""
        run = cell.paragraphs[0].add_run(t)
        run.bold = True
        shade(cell, fill)


# ---------------------------------------------------------------------------
# 4. Tollerton Surgery - CQC inspection action plan (docx)
# ---------------------------------------------------------------------------
def make_tollerton():
    name = "zzt-tollerton-surgery-cqc-inspection-action-plan.docx"
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    title = "Tollerton Surgery: CQC Inspection Action Plan"
    p = doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Following the Care Quality Commission inspection on 11 February 2025 "
                      "(report published 3 April 2025)")

    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    header_row(t, ["Version", "Date", "Author", "Approved by", "Summary of changes"])
    for row in [("0.1", "10/04/2025", "Practice Manager", "—", "First draft for partners"),
                ("1.0", "17/04/2025", "Practice Manager", "Partners' meeting", "Submitted to CQC"),
                ("1.1", "08/09/2025", "Practice Manager", "Dr R Hale", "Progress update for ICB primary care team")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v

    doc.add_paragraph()
    doc.add_paragraph("Overall rating: Requires improvement (Safe – Requires improvement; Effective – Good; "
                      "Caring – Good; Responsive – Requires improvement; Well-led – Requires improvement)")
    doc.add_paragraph("RAG key: Complete = action completed and evidence filed; Green = on track; "
                      "Amber = at risk of slipping; Red = overdue")

    actions = []

    def must_section(heading, musttext, rows):
        doc.add_heading(heading, level=2)
        mp = doc.add_paragraph()
        r = mp.add_run(musttext)
        r.italic = True
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        header_row(tb, ["No.", "Action", "Lead", "Completion date", "Progress update", "RAG"])
        for ref, text, lead_txt, lead, date_txt, end, end_text, prog, rag, status in rows:
            cells = tb.add_row().cells
            for c, v in zip(cells, [ref, text, lead_txt, date_txt, prog, rag]):
                c.text = v
            shade(cells[5], FILL[status])
            actions.append(act(ref, [heading, musttext], text, lead, end, status, end_text))
        doc.add_paragraph()

    must_section(
        "Requirement notice 1 – Regulation 12: Safe care and treatment",
        "The provider must ensure care and treatment is provided in a safe way to patients.",
        [
            ("A1", "Complete a full search of patients prescribed high-risk medicines (methotrexate, lithium, DOACs) and recall any patient overdue monitoring.",
             "Dr R Hale / Clinical Pharmacist", ["Dr R Hale", "Clinical Pharmacist"], "31/03/2025", "2025-03", None,
             "Searches run 20/03/2025; 23 patients recalled, all now monitored.", "Complete", "blue"),
            ("A2", "Introduce a monthly high-risk drug monitoring search run by the clinical pharmacist, with results reviewed at the clinical meeting.",
             "Clinical Pharmacist", ["Clinical Pharmacist"], "30/04/2025", "2025-04", None,
             "Standing agenda item from April clinical meeting.", "Complete", "blue"),
            ("A3", "Ensure all MHRA and patient safety alerts are logged and actioned, and re-run searches for historic alerts issued since January 2023.",
             "Practice Manager & Dr S Okafor", ["Practice Manager", "Dr S Okafor"], "30/06/2025", "2025-06", None,
             "Alerts log in place; historic searches 80% complete.", "Green", "green"),
        ])
    must_section(
        "Requirement notice 2 – Regulation 17: Good governance",
        "The provider must establish effective systems and processes to ensure good governance in accordance with the fundamental standards of care.",
        [
            ("A4", "Review and update all practice policies, assigning an owner and a review date to each.",
             "Practice Manager", ["Practice Manager"], "End of July 2025", "2025-07", None,
             "41 of 58 policies reviewed. Remaining HR policies awaiting PCN templates.", "Amber", "amber"),
            ("A5", "Implement a training matrix on TeamNet showing mandatory training for every staff member, and chase gaps monthly.",
             "Assistant Practice Manager", ["Assistant Practice Manager"], "31/05/2025", "2025-05", None,
             "Matrix live; compliance 94%.", "Complete", "blue"),
            ("A6", "Hold quarterly governance meetings with minutes and an action log covering significant events, complaints, audits and safety alerts.",
             "GP Partners", ["GP Partners"], "Ongoing – quarterly", None, "Ongoing – quarterly",
             "Meetings held May and August 2025.", "Green", "green"),
        ])

    doc.add_heading("Should do improvements", level=2)
    tb = doc.add_table(rows=1, cols=6)
    tb.style = "Table Grid"
    header_row(tb, ["Ref", "Should do", "Action", "Lead", "Target", "RAG"])
    shoulds = [
        ("B1", "Continue to improve the uptake of cervical screening.",
         "Offer Saturday morning smear clinics through the PCN enhanced access service and send text reminders to non-responders.",
         "Lead Practice Nurse", ["Lead Practice Nurse"], "Sept 2025", "2025-09", None, "Amber", "amber"),
        ("B2", "Take action to improve patient satisfaction with telephone access.",
         "Move to cloud-based telephony with call-back and queue position messages.\nPublish GP Patient Survey results and our actions in the waiting room and on the website.",
         "Practice Manager", ["Practice Manager"], "31/10/2025", "2025-10", None, "Green", "green"),
        ("B3", "Ensure the patient participation group is supported and its feedback is used to improve services.",
         "Re-launch the PPG with a virtual members group and quarterly meetings.",
         "Practice Manager / PPG Chair", ["Practice Manager", "PPG Chair"], "Q3 2025/26", "2025-12", None, "Green", "green"),
    ]
    for ref, should, text, lead_txt, lead, tgt, end, end_text, rag, status in shoulds:
        cells = tb.add_row().cells
        for c, v in zip(cells, [ref, should, text, lead_txt, tgt, rag]):
            c.text = v
        shade(cells[5], FILL[status])
        actions.append(act(ref, [should], text, lead, end, status, end_text))

    doc.add_paragraph()
    doc.add_paragraph("Signed on behalf of the partners: Dr R Hale, Senior Partner        Date: 08/09/2025")
    doc.save(path(name))

    write_yaml(name, {
        "source": ("Imitates a GP practice's action plan after a CQC inspection rated Requires improvement "
                   "(Tollerton Surgery, Nottinghamshire, 2025), in the form practices send to CQC and the ICB: "
                   "requirement notices (must do) by regulation, then should-do improvements. Copied features: "
                   "title and inspection line, document-control (version) table, overall rating line, RAG key "
                   "paragraph, a heading and italic must-do statement above each requirement table, numbered "
                   "actions with leads (GP and post, 'Practice Manager & Dr S Okafor'), UK dates, 'End of July 2025', "
                   "'Ongoing – quarterly', 'Q3 2025/26', should-do table with the should-do text in its own column, "
                   "RAG word with cell shading, and a sign-off line."),
        "reads": ("After a version table, two requirement-notice sections (Regulation 12 and Regulation 17) each "
                  "state what the provider must do and list three numbered actions; a should-do table then gives "
                  "three further actions, each beside the improvement it answers. Nine actions in all."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# 5. Oldbury Wells School - post-Ofsted action plan (docx)
# ---------------------------------------------------------------------------
def make_oldbury():
    name = "zzt-oldbury-wells-school-post-ofsted-action-plan.docx"
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    title = "Oldbury Wells School Post-Ofsted Action Plan"
    h = doc.add_heading(title, level=1)
    doc.add_paragraph("Inspection: 21–22 January 2025    Overall effectiveness: Requires improvement")
    doc.add_paragraph("Plan approved by the Local Governing Body: 6 March 2025. Reviewed at each Standards "
                      "Committee meeting.")
    kp = doc.add_paragraph()
    kp.add_run("Key: ").bold = True
    kp.add_run("the RAG column is shaded – Green: on track or achieved; Amber: some progress, needs attention; "
               "Red: not started or at risk.")

    D = dt.date
    priorities = [
        ("Priority 1: Consistency of curriculum implementation",
         "In some subjects, teachers do not check pupils’ understanding carefully enough before moving on. "
         "Leaders should ensure that teachers use assessment consistently well to identify and address gaps in "
         "pupils’ knowledge.",
         [
             ("Deliver whole-staff CPD on responsive teaching and hinge questions (INSET and fortnightly T&L briefings).",
              "Deputy Headteacher (Teaching and Learning)", ["Deputy Headteacher (Teaching and Learning)"],
              "Spring term 2025", "2025-04", None,
              "All staff trained; hinge questions seen in 80% of lessons visited.", "Headteacher", "green"),
             ("Introduce subject-specific ‘check for understanding’ routines in each department’s curriculum plans.",
              "Heads of Department", ["Heads of Department"], "Summer term 2025", "2025-07", None,
              "Routines written into every KS3 and KS4 curriculum plan.", "Deputy Headteacher (Teaching and Learning)", "green"),
             ("Carry out learning walks and book looks focused on assessment, with written feedback to departments.",
              "SLT link / HoD", ["SLT link", "HoD"], "Half-termly", None, "Half-termly",
              "Feedback shows consistent use of assessment across departments.", "Standards Committee", "amber"),
         ]),
        ("Priority 2: Support for pupils with SEND",
         "Pupils with special educational needs and/or disabilities (SEND) do not consistently receive the support "
         "they need in lessons. Leaders should ensure that staff use the information they have about pupils with "
         "SEND to adapt teaching effectively.",
         [
             ("Rewrite pupil passports with pupils and parents, including three practical classroom strategies for each pupil.",
              "SENDCo", ["SENDCo"], "March 2025", "2025-03", None,
              "All pupils on the SEND register have an updated passport.", "SEND Governor", "green"),
             ("Train all teaching assistants in scaffolding and adaptive support (Maximising the Impact of Teaching Assistants programme).",
              "SENDCo & Assistant SENDCo", ["SENDCo", "Assistant SENDCo"], "Autumn term 2025", "2025-12", None,
              "TA deployment seen to promote independence in lessons.", "Deputy Headteacher (Inclusion)", "amber"),
             ("Quality assure adaptive teaching for pupils with SEND through a termly SEND review.",
              "SENDCo / Deputy Headteacher (Inclusion)", ["SENDCo", "Deputy Headteacher (Inclusion)"], "Termly", None, "Termly",
              "Review findings show strategies from passports used in lessons.", "Standards Committee", "green"),
         ]),
        ("Priority 3: Attendance",
         "Some pupils, including disadvantaged pupils, are absent from school too often. Leaders should continue to "
         "work with families to improve the attendance of these pupils.",
         [
             ("Appoint an attendance officer and introduce first-day calling and home visits for persistent absentees.",
              "Headteacher", ["Headteacher"], "April 2025", "2025-04", None,
              "Attendance officer in post; first-day calling 100%.", "Chair of Governors", "green"),
             ("Hold weekly attendance meetings with the Education Welfare Officer and track the persistent absence of disadvantaged pupils.",
              "Assistant Headteacher (Behaviour and Attendance)", ["Assistant Headteacher (Behaviour and Attendance)"],
              "Summer term 2025", "2025-07", None,
              "Persistent absence of disadvantaged pupils below 25%.", "Standards Committee", "red"),
         ]),
    ]
    actions = []
    for heading, afi, rows in priorities:
        doc.add_heading(heading, level=2)
        lp = doc.add_paragraph()
        lp.add_run("Ofsted area for improvement:").bold = True
        doc.add_paragraph(afi)
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        header_row(tb, ["Action", "Lead", "Timescale", "Success criteria", "Monitored by", "RAG"], fill="E2EFD9")
        for text, lead_txt, lead, when, end, end_text, succ, mon, status in rows:
            cells = tb.add_row().cells
            for c, v in zip(cells, [text, lead_txt, when, succ, mon, ""]):
                c.text = v
            shade(cells[5], FILL[status])
            actions.append(act(None, [heading, afi], text, lead, end, status, end_text))
        doc.add_paragraph()
    doc.add_paragraph("Governor monitoring: the Standards Committee receives an update on this plan every half "
                      "term, and the link governors for SEND and attendance report after each visit.")
    doc.save(path(name))

    write_yaml(name, {
        "source": ("Imitates a secondary school's post-Ofsted action plan after a Requires improvement inspection "
                   "(Oldbury Wells School, Bridgnorth, 2025), in the layout schools publish for governors: a "
                   "priority heading per Ofsted area for improvement, the inspectors' wording quoted beneath it, and a "
                   "table per priority with action, lead, timescale, success criteria, monitoring and a shaded RAG "
                   "cell. Copied features: inspection line, approval line, key paragraph where green covers achieved "
                   "(no blue), school terms and 'Termly'/'Half-termly' timescales, job titles and 'SLT link / HoD' "
                   "as leads, curly apostrophes, unnumbered actions, a closing governor-monitoring paragraph."),
        "reads": ("Three priorities, each quoting an Ofsted area for improvement and followed by its own table of "
                  "actions (3, 3 and 2). Actions have no numbers; status is shown only by the shading of the RAG "
                  "cell, read by the key (green = on track or achieved)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# 6. Livv Housing Group - RSH consumer standards improvement plan (csv)
# ---------------------------------------------------------------------------
def make_livv():
    name = "zzt-livv-housing-group-rsh-consumer-standards-improvement-plan.csv"
    title = "Livv Housing Group – Consumer Standards Improvement Plan"
    ncol = 8
    lines = [
        [title],
        ["Following the Regulator of Social Housing regulatory judgement (C2) – position at 30 September 2025"],
        ["Report to: Customer Services Committee, 21 October 2025"],
        [],
        ["Standard", "Ref", "Required outcome", "Action", "Lead", "Target date", "Status", "Progress update"],
    ]
    SQ = "Safety and Quality Standard"
    TIA = "Transparency, Influence and Accountability Standard"
    NC = "Neighbourhood and Community Standard"
    o1 = "Stock quality: have an accurate, up to date and evidenced understanding of the condition of all homes"
    o2 = "Repairs, maintenance and planned improvements: provide an effective, efficient and timely repairs service"
    o3 = "Health and safety in the home: take all reasonable steps to ensure the health and safety of tenants in their homes"
    o4 = "Engagement with tenants: give tenants a wide range of meaningful opportunities to influence and scrutinise our services"
    o5 = "Performance information: collect, report and publish accurate Tenant Satisfaction Measures"
    o6 = "Complaints: ensure complaints are addressed fairly, effectively and promptly"
    o7 = "Safety of shared spaces: work with others to keep shared spaces clean and safe"
    o8 = "Anti-social behaviour and hate incidents: publish a policy and act promptly on reports"
    rows = [
        (SQ, "SQ1", o1, "Complete stock condition surveys of 100% of homes (currently 71%)",
         "Director of Assets & Sustainability", ["Director of Assets & Sustainability"], "Mar-26", "2026-03", None, "Green", "green",
         "Surveys on programme; 1,240 completed in Q2."),
        (None, "SQ2", None, "Load stock condition data into the asset management system and reconcile it with the compliance database",
         "Head of Asset Intelligence; Data & Insight Manager", ["Head of Asset Intelligence", "Data & Insight Manager"],
         "Dec-25", "2025-12", None, "Amber", "amber", "Data cleanse found 312 address mismatches; being resolved."),
        (None, "SQ3", o2, "Introduce appointment booking for all routine repairs, with text confirmation and a reminder the day before",
         "Head of Repairs", ["Head of Repairs"], "Jul-25", "2025-07", None, "Complete", "blue",
         "Live from 7 July 2025. First-time fix 88%."),
        (None, "SQ4", o3, "Clear the backlog of overdue fire risk assessment actions (high and medium priority)",
         "Building Safety Manager", ["Building Safety Manager"], "Q3 2025/26", "2025-12", None, "Red", "red",
         "High priority: 14 outstanding (was 61).\nMedium priority: 203 outstanding (was 290).\nContractor capacity increased from October."),
        (None, "SQ5", None, "Implement a damp and mould case management process in line with Awaab’s Law timescales",
         "Rigby, Dawn", ["Rigby, Dawn"], "27/10/2025", "2025-10", None, "Green", "green",
         "Process agreed; Orchard Housing case module configured."),
        (TIA, "TIA1", o4, "Establish a Tenant Scrutiny Panel with a published annual work programme",
         "Head of Customer Experience / Tenant Involvement Lead", ["Head of Customer Experience", "Tenant Involvement Lead"],
         "Sep-25", "2025-09", None, "Complete", "blue", "Panel of 9 tenants recruited; first review is complaints handling."),
        (None, "TIA2", o5, "Publish 2024/25 Tenant Satisfaction Measures and an annual report to tenants,\nco-produced with the Scrutiny Panel",
         "Performance & Insight Manager", ["Performance & Insight Manager"], "Nov-25", "2025-11", None, "Green", "green",
         "TSMs submitted to RSH; annual report in design."),
        (None, "TIA3", o6, "Respond to stage 1 complaints within 10 working days in at least 95% of cases",
         "Complaints and Resolution Manager", ["Complaints and Resolution Manager"], "Ongoing", None, "Ongoing", "Amber", "amber",
         "Q2 performance 86%."),
        (NC, "NC1", o7, "Carry out quarterly estate inspections with tenants on all estates with communal areas",
         "Neighbourhood Services Manager", ["Neighbourhood Services Manager"], "Quarterly", None, "Quarterly", "Not started", "unrated",
         "Inspection schedule to be agreed with Scrutiny Panel."),
        (None, "NC2", o8, "Review the ASB policy and publish a tenant-facing guide, including how to report hate incidents",
         "Head of Housing Services", ["Head of Housing Services"], "Jan-26", "2026-01", None, "Green", "green",
         "Draft policy out to tenant consultation."),
    ]
    actions = []
    cur_std = cur_out = None
    for std, ref, out, text, lead_txt, lead, tgt, end, end_text, stxt, status, upd in rows:
        cur_std = std or cur_std
        cur_out = out or cur_out
        lines.append([std or "", ref, out or "", text, lead_txt, tgt, stxt, upd])
        actions.append(act(ref, [cur_std, cur_out], text, lead, end, status, end_text))
    lines.append([])
    lines.append(["Status key: Complete = action delivered; Green = on track; Amber = at risk of delay; "
                  "Red = off track or overdue; Not started = not yet commenced"])
    lines.append(["Plan owner: Executive Director of Customers and Communities"])
    with open(path(name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        for ln in lines:
            w.writerow(ln + [""] * (ncol - len(ln)) if ln else [""] * ncol)

    write_yaml(name, {
        "source": ("Imitates a housing association's consumer standards improvement plan following a Regulator of "
                   "Social Housing regulatory judgement (Livv Housing Group, 2025), exported from a spreadsheet "
                   "to CSV as such plans are shared with tenant and board committees. Copied features: title, "
                   "judgement and committee lines at the top, one column per standard and required outcome written "
                   "only on the first row of each group (merged cells exported), refs per standard, job titles and "
                   "'Rigby, Dawn' (surname, forename) as leads, Mar-26 / Q3 2025/26 / Ongoing / Quarterly targets, "
                   "status words, a multi-line progress update and a status key and owner line at the foot."),
        "reads": ("Ten actions grouped under three consumer standards and their required outcomes; the standard and "
                  "outcome are given once and apply to the rows below until the next one. Each action has a lead, "
                  "a target date or frequency, a status word and an update; the last two lines are a key and the plan "
                  "owner."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# 7. Durham Constabulary / PCVC - Joint Audit Committee action log (tab-separated txt)
# ---------------------------------------------------------------------------
def make_durham():
    name = "zzt-durham-constabulary-and-pcvc-joint-audit-committee-action-log.txt"
    title = "Joint Audit Committee – Action Log"
    out = [
        title,
        "Police, Crime and Victims' Commissioner for County Durham and Darlington / Chief Constable of Durham Constabulary",
        "Position as at 1 December 2025",
        "",
        "\t".join(["No.", "Minute", "Action", "Owner", "Due", "RAG", "Update"]),
    ]
    meetings = [
        ("Meeting held 24 March 2025", [
            ("JAC/25/01", "5", ["Provide members with a breakdown of capital programme slippage by scheme, showing re-profiled budgets for 2025/26."],
             "Chief Finance Officer (Constabulary)", ["Chief Finance Officer (Constabulary)"], "May 2025", "2025-05", None, "B",
             "Circulated to members 12 May 2025."),
            ("JAC/25/02", "7", ["Arrange a private session for members with the Head of Internal Audit before the annual audit opinion is presented."],
             "Chief Finance Officer (OPCVC)", ["Chief Finance Officer (OPCVC)"], "Jun 2025", "2025-06", None, "B",
             "Session held 16 June 2025."),
            ("JAC/25/03", "9", ["Update the force strategic risk register to include the risk from further delay to the Emergency Services Network (ESN)",
                                "and report the revised risk score to the next meeting."],
             "Force Risk Manager", ["Force Risk Manager"], "Jul 2025", "2025-07", None, "B",
             "Risk SR14 added; reported 14 July 2025."),
        ]),
        ("Meeting held 14 July 2025", [
            ("JAC/25/04", "4", ["Circulate the external auditor's Annual Report on value for money arrangements to members once issued."],
             "CFO (OPCVC) / CFO (Constabulary)", ["CFO (OPCVC)", "CFO (Constabulary)"], "31/12/2025", "2025-12", None, "G",
             "Auditor has confirmed issue in December."),
            ("JAC/25/05", "6", ["Present the outcome of the follow-up audit of seized property and the revised property store procedures."],
             "Head of Internal Audit & Head of Criminal Justice", ["Head of Internal Audit", "Head of Criminal Justice"], "Dec 2025", "2025-12", None, "A",
             "Follow-up fieldwork slipped to November; report may move to March 2026 meeting."),
            ("JAC/25/06", "8", ["Provide a briefing on the force's approach to the Police Race Action Plan and the associated workforce data."],
             "Deputy Chief Constable", ["Deputy Chief Constable"], "Sep 2025", "2025-09", None, "B",
             "Briefing given at the September meeting."),
        ]),
        ("Meeting held 22 September 2025", [
            ("JAC/25/07", "5", ["Include the number of overdue internal audit recommendations, by age band, in each progress report."],
             "Head of Internal Audit", ["Head of Internal Audit"], "Ongoing", None, "Ongoing", "G",
             "Included from the December progress report."),
            ("JAC/25/08", "7", ["Review treasury management counterparty limits in light of the revised CIPFA Code and report back."],
             "Chief Finance Officer (OPCVC)", ["Chief Finance Officer (OPCVC)"], "March 2026", "2026-03", None, "G",
             "Advice requested from treasury advisers."),
            ("JAC/25/09", "10", ["Confirm the timetable for the audit of the 2024/25 statements of accounts, including the backstop date."],
             "CFO (Constabulary)", ["CFO (Constabulary)"], "Oct 2025", "2025-10", None, "R",
             "Awaiting confirmation from the external auditor; overdue."),
        ]),
    ]
    stat = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    actions = []
    for mtg, rows in meetings:
        out.append(mtg)
        for ref, minute, parts, owner_txt, owner, due, end, end_text, rag, upd in rows:
            out.append("\t".join([ref, minute, parts[0], owner_txt, due, rag, upd]))
            for cont in parts[1:]:
                out.append("\t".join(["", "", cont, "", "", "", ""]))
            actions.append(act(ref, [mtg], "\n".join(parts), owner, end, stat[rag], end_text))
    out.append("")
    out.append("RAG: B = complete; G = on track; A = minor delay; R = overdue or at risk")
    out.append("Completed actions are removed from the log once they have been reported to one meeting.")
    with open(path(name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")

    write_yaml(name, {
        "source": ("Imitates a police Joint Audit Committee action log (Durham Constabulary and the Police, Crime "
                   "and Victims' Commissioner for County Durham and Darlington, 2025), in the style of the 'matters "
                   "arising / action log' papers PCC-force audit committees publish, saved as a tab-separated text "
                   "export. Copied features: title and two-body heading lines, position date, header row, a line "
                   "per meeting above its actions, JAC/yy/nn refs and minute numbers, job titles as owners "
                   "(two in some cells), month and day dates and 'Ongoing', B/G/A/R letters with a key line, a "
                   "wrapped action continued on the next line, and a notes line."),
        "reads": ("Nine committee actions from three meetings, each listed under a 'Meeting held …' line with its "
                  "owner, due month and RAG letter. One action's text runs onto a continuation line. The last two "
                  "lines are the RAG key and a note."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


if __name__ == "__main__":
    make_rcht()
    make_nfrs()
    make_chester()
    make_tollerton()
    make_oldbury()
    make_livv()
    make_durham()
    print("done")
