#!/usr/bin/env python
"""Build the seven zax- blind test files (set heldout757).

Run with /work/main/.venv/bin/python zax_make.py ; files are written beside this script.
Each builder keeps its rows in a module-level list so the expected readings can be
checked against the same text.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "blue": "5B9BD5",
    "green": "00B050",
    "amber": "FFC000",
    "red": "FF0000",
    "grey": "D9D9D9",
    "head": "1F4E79",
    "pale": "DDEBF7",
    "nhs": "005EB8",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(c):
    return PatternFill("solid", start_color=FILL.get(c, c), end_color=FILL.get(c, c))


def D(y, m, d):
    return dt.datetime(y, m, d)


# ---------------------------------------------------------------------------
# 1. Northern Lincolnshire and Goole NHSFT - PSII safety action plan (xlsx)
# ---------------------------------------------------------------------------
NLAG_FILE = "zax-northern-lincolnshire-and-goole-nhsft-psii-inpatient-fall-safety-action-plan.xlsx"

# (area for improvement, safety recommendation, [actions])
# action: (ref, text, measure, owner, target, progress, status)  status -> fill only
NLAG_GROUPS = [
    (
        "Falls risk assessment on admission and transfer",
        "SR1: The Trust should review the multifactorial falls risk assessment in the electronic "
        "patient record so that it prompts completion within 6 hours of admission to a ward and on "
        "each transfer between wards.",
        [
            ("SA1.1",
             "Amend the Nervecentre falls risk assessment to include a mandatory prompt at ward transfer.",
             "Prompt live on all adult inpatient wards",
             "Digital Nursing Lead / Falls Prevention Practitioner",
             D(2025, 3, 31),
             "Change went live 24 March 2025. Confirmed by Digital Nursing Lead.",
             "blue"),
            ("SA1.2",
             "Audit completion of the falls risk assessment within 6 hours on Wards 22, 23 and the "
             "Acute Assessment Unit for three consecutive months.",
             "≥90% completion within 6 hours",
             "Ward Managers (Wards 22, 23 and AAU)",
             D(2025, 8, 31),
             "April 78%, May 84%, June 88%. Final month due August.",
             "green"),
        ],
    ),
    (
        "Enhanced observation when staffing is below plan",
        "SR2: The Trust should develop a decision-support tool for nurses in charge to prioritise "
        "enhanced care (cohort and 1:1 observation) when the ward is below planned staffing.",
        [
            ("SA2.1",
             "Co-design an enhanced care prioritisation tool with ward staff, the Falls Steering Group "
             "and the Safer Staffing team.",
             "Tool approved by Falls Steering Group",
             "Lead Nurse – Enhanced Care",
             D(2025, 4, 30),
             "Tool approved 16 April 2025.",
             "blue"),
            ("SA2.2",
             "Test the tool on Ward 22 using PDSA cycles and report the findings to the Falls Steering Group.",
             "Falls per 1,000 bed days on Ward 22 (SPC chart)",
             "Ward Manager, Ward 22 & Lead Nurse – Enhanced Care",
             D(2025, 7, 31),
             "Cycle 2 under way; early data reviewed at June Falls Steering Group.",
             "green"),
            ("SA2.3",
             "Add the enhanced care requirement to the twice-daily safer staffing huddle template so "
             "that redeployment decisions take account of patients needing cohort observation.",
             "Huddle template updated and in use at DPoW, SGH and Goole",
             "Head of Nursing – Medicine",
             D(2025, 5, 31),
             "Template drafted; awaiting approval at Nursing, Midwifery and AHP Board in August.",
             "amber"),
        ],
    ),
    (
        "Post-fall management and escalation",
        "SR3: The Trust should ensure that flat-lifting equipment and the post-fall medical review "
        "pathway are available and understood on all adult inpatient wards out of hours.",
        [
            ("SA3.1",
             "Complete a stock check of flat-lifting equipment on all adult inpatient wards at DPoW, "
             "SGH and Goole and fund any gaps.",
             "Every ward has access to flat-lifting equipment within 10 minutes",
             "Head of Medical Devices / Moving and Handling Lead",
             D(2025, 4, 30),
             "Stock check complete; two additional HoverJacks purchased for SGH.",
             "blue"),
            ("SA3.2",
             "Deliver simulation-based post-fall training, including use of flat-lifting equipment, "
             "to registered nurses and healthcare support workers on Ward 22.",
             "90% of Ward 22 staff trained",
             "Clinical Educator, Medicine",
             D(2025, 9, 30),
             "62% of staff trained to date; further sessions booked for August and September.",
             "amber"),
            ("SA3.3",
             "Add a 'post-fall – suspected fracture' prompt to the Hospital at Night handover so that "
             "the medical review is completed within 30 minutes.",
             "Post-fall medical review within 30 minutes (monthly audit)",
             "Clinical Lead, Hospital at Night",
             D(2025, 5, 31),
             "Not progressed – Hospital at Night clinical lead post vacant until July 2025.",
             "red"),
        ],
    ),
    (
        "Sharing the learning",
        "SR4: The Trust should share the learning from this investigation across the Medicine and "
        "Surgery divisions and evaluate whether it has been embedded.",
        [
            ("SA4.1",
             "Produce a 'Learning from PSII' briefing and present it at the Medicine and Surgery "
             "divisional governance meetings.",
             "Briefing presented at both divisional meetings",
             "Patient Safety Partner / Patient Safety Specialist",
             D(2025, 4, 30),
             "Presented 8 April (Medicine) and 15 April (Surgery).",
             "blue"),
            ("SA4.2",
             "Repeat the falls safety culture survey on Ward 22 six months after the changes and "
             "compare the results with the baseline survey.",
             "Improvement in survey score from baseline",
             "Falls Prevention Practitioner",
             "December 2025",
             "",
             None),
        ],
    ),
]


def build_nlag():
    wb = Workbook()
    ws = wb.active
    ws.title = "Safety action plan"
    widths = [28, 40, 10, 48, 30, 26, 13, 40, 10]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w

    ws["A1"] = "Patient Safety Incident Investigation (PSII) – Safety Action Plan"
    ws["A1"].font = Font(bold=True, size=14, color=FILL["nhs"])
    ws.merge_cells("A1:I1")
    ws["A2"] = "Northern Lincolnshire and Goole NHS Foundation Trust"
    ws["A2"].font = Font(bold=True, size=11)
    ws.merge_cells("A2:I2")
    info = [
        ("Incident reference:", "NLG-PSII-2024-017 (InPhase 118243)"),
        ("Incident:", "Unwitnessed inpatient fall resulting in a fractured neck of femur, Ward 22 "
                      "(Acute Medicine), Diana, Princess of Wales Hospital, Grimsby"),
        ("PSII report approved:", "Patient Safety Incident Review Group, 14 January 2025"),
        ("Accountable executive:", "Chief Nurse"),
        ("Plan monitored by:", "Falls Steering Group; exceptions to Quality and Safety Committee"),
        ("Last updated:", "30 June 2025"),
    ]
    r = 4
    for k, v in info:
        ws.cell(r, 1, k).font = Font(bold=True)
        ws.cell(r, 2, v)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
        r += 1
    # key row
    r += 1
    ws.cell(r, 1, "Status key:").font = Font(bold=True)
    for col, (c, txt) in enumerate([("blue", "Complete – evidence received"),
                                    ("green", "On track"),
                                    ("amber", "At risk of delay"),
                                    ("red", "Overdue / not progressing")], start=2):
        cell = ws.cell(r, col, txt)
        cell.fill = fill(c)
        cell.border = BOX
    key_row = r
    r += 2
    headers = ["Area for improvement", "Safety recommendation", "Safety action ref", "Safety action",
               "Measure of success", "Action owner(s)", "Target date", "Progress update", "Status"]
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("head")
        cell.alignment = WRAP
        cell.border = BOX
    header_row = r
    r += 1
    for afi, sr, acts in NLAG_GROUPS:
        first = r
        for ref, text, measure, owner, target, progress, status in acts:
            vals = [None, None, ref, text, measure, owner, target, progress, None]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
            if isinstance(target, dt.datetime):
                ws.cell(r, 7).number_format = "dd/mm/yyyy"
            if status:
                ws.cell(r, 9).fill = fill(status)
            r += 1
        last = r - 1
        ws.cell(first, 1, afi)
        ws.cell(first, 2, sr)
        ws.cell(first, 1).font = Font(bold=True)
        if last > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=last, end_column=1)
            ws.merge_cells(start_row=first, start_column=2, end_row=last, end_column=2)
    r += 1
    ws.cell(r, 1, "Note: actions are closed only when evidence has been reviewed by the Patient Safety "
                  "Team. Status is shown by cell colour (see key).").font = Font(italic=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    ws.freeze_panes = ws.cell(header_row + 1, 1)

    vc = wb.create_sheet("Version control")
    for row in [["Version", "Date", "Summary of changes", "Updated by"],
                ["0.1", "20/01/2025", "Draft action plan agreed with action owners", "Patient Safety Specialist"],
                ["1.0", "14/02/2025", "Approved by Patient Safety Incident Review Group", "Patient Safety Specialist"],
                ["1.1", "30/06/2025", "Q1 progress update", "Patient Safety Specialist"]]:
        vc.append(row)
    for c in vc[1]:
        c.font = Font(bold=True)
    vc.column_dimensions["C"].width = 50
    vc.column_dimensions["D"].width = 28
    wb.save(os.path.join(HERE, NLAG_FILE))
    return key_row, header_row


# ---------------------------------------------------------------------------
# 2. Gloucestershire Hospitals NHSFT - Board Assurance Framework 2025/26 (xlsx)
# ---------------------------------------------------------------------------
GHT_FILE = "zax-gloucestershire-hospitals-nhsft-board-assurance-framework-2025-26.xlsx"

# (risk heading, [(gap, [(ref, action, lead, original, revised, progress, prev, cur)])])
GHT_RISKS = [
    (
        "SR1 – Urgent and emergency care: risk that sustained crowding in the Emergency Departments "
        "at Gloucestershire Royal and Cheltenham General leads to avoidable harm",
        [
            ("Gap in control: the temporary escalation spaces (corridor care) SOP is not consistently "
             "applied out of hours",
             [
                 ("A1.1",
                  "Refresh the Trust-wide temporary escalation spaces SOP and relaunch it through the "
                  "site management team.",
                  "Chief Operating Officer", D(2025, 6, 30), D(2025, 9, 30),
                  "SOP ratified at Operational Delivery Group 24/09/25; relaunch briefings held with all "
                  "site managers.", "A", "B"),
                 ("A1.2",
                  "Undertake monthly spot-check audits of corridor care against the SOP and report the "
                  "results to the Quality and Performance Committee.",
                  "Chief Nurse", D(2025, 12, 31), None,
                  "Audits in place since July; first report to Q&P Committee in October.", "G", "G"),
             ]),
            ("Gap in assurance: no single validated measure of harm for patients spending more than "
             "12 hours in the department",
             [
                 ("A1.3",
                  "Implement a structured harm review for every patient with a time in department over "
                  "12 hours, with outcomes reported through the Patient Safety Group.",
                  "Medical Director / Chief Nurse", D(2025, 8, 31), D(2026, 1, 31),
                  "Review tool agreed; clinical capacity to complete reviews remains the constraint.",
                  "A", "A"),
             ]),
        ],
    ),
    (
        "SR2 – Workforce: risk that we are unable to recruit and retain enough registered nurses and "
        "medical staff to maintain safe staffing",
        [
            ("Gap in control: turnover of newly qualified nurses in their first 12 months remains above 15%",
             [
                 ("A2.1",
                  "Launch the preceptorship 'first year' retention programme, with protected "
                  "supernumerary time and a named Practice Education Facilitator for every newly "
                  "qualified nurse.",
                  "Director of People and Organisational Development", D(2025, 10, 31), None,
                  "Programme launched for the September cohort (64 nurses).", "G", "B"),
                 ("A2.2",
                  "Hold stay conversations with all band 5 nurses at 6 and 11 months in post.",
                  "Chief Nurse", D(2026, 3, 31), None,
                  "41 conversations held to date; themes fed into retention plan.", "G", "G"),
             ]),
            ("Gap in assurance: e-rostering data is not yet linked to the safe staffing dashboard",
             [
                 ("A2.3",
                  "Integrate HealthRoster and SafeCare data into the monthly Integrated Performance Report.",
                  "Chief Digital and Information Officer", D(2025, 9, 30), D(2025, 12, 31),
                  "Supplier interface delayed; escalated to Digital Programme Board in October.",
                  "A", "R"),
             ]),
        ],
    ),
    (
        "SR3 – Financial sustainability: risk that the Trust does not deliver its 2025/26 financial "
        "plan, including the efficiency programme",
        [
            ("Gap in control: 28% of the 2025/26 efficiency programme is not yet supported by worked-up schemes",
             [
                 ("A3.1",
                  "Convert unidentified efficiency savings into worked-up schemes, each with a quality "
                  "impact assessment signed off by the Chief Nurse and Medical Director.",
                  "Director of Finance", D(2025, 9, 30), D(2025, 11, 30),
                  "Gap reduced to £6.1m; 11 schemes in QIA review.", "R", "A"),
                 ("A3.2",
                  "Introduce a monthly vacancy control panel, chaired by the Chief Executive, for all "
                  "non-clinical posts.",
                  "Director of Finance / Director of People and Organisational Development",
                  D(2025, 7, 31), None,
                  "Panel in place from July 2025.", "B", "B"),
             ]),
        ],
    ),
]


def build_ght():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Board Assurance Framework 2025/26"
    cov["A1"].font = Font(bold=True, size=16, color=FILL["nhs"])
    cov["A2"] = "Gloucestershire Hospitals NHS Foundation Trust"
    cov["A2"].font = Font(bold=True, size=12)
    rows = [
        ("Position as at:", "31 October 2025"),
        ("Presented to:", "Public Trust Board, 13 November 2025"),
        ("Prepared by:", "Head of Corporate Governance"),
        ("Executive sponsor:", "Director of Integrated Governance"),
    ]
    r = 4
    for k, v in rows:
        cov.cell(r, 1, k).font = Font(bold=True)
        cov.cell(r, 2, v)
        r += 1
    r += 1
    cov.cell(r, 1, "Document control").font = Font(bold=True, size=12)
    r += 1
    for row in [("Version", "Date", "Reviewed by"),
                ("1.0", "24/04/2025", "Trust Board (approval of 2025/26 BAF)"),
                ("1.1", "17/07/2025", "Audit and Assurance Committee"),
                ("1.2", "16/10/2025", "Quality and Performance Committee")]:
        for c, v in enumerate(row, start=1):
            cell = cov.cell(r, c, v)
            cell.border = BOX
            if row[0] == "Version":
                cell.font = Font(bold=True)
        r += 1
    r += 1
    cov.cell(r, 1, "Action RAG ratings").font = Font(bold=True, size=12)
    r += 1
    for code, c, txt in [("B", "blue", "Complete"),
                         ("G", "green", "On track to deliver by the due date"),
                         ("A", "amber", "Risk of slippage against the due date"),
                         ("R", "red", "Overdue, or will not be delivered by the due date")]:
        cov.cell(r, 1, code).fill = fill(c)
        cov.cell(r, 2, txt)
        r += 1
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 60
    cov.column_dimensions["C"].width = 40

    summ = wb.create_sheet("BAF summary")
    hdr = ["BAF ref", "Strategic objective", "Principal risk", "Executive lead", "Assuring committee",
           "Initial score", "Q1 score", "Q2 score", "Target score", "Trend"]
    summ.append(hdr)
    for c in summ[1]:
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("head")
    summ.append(["SR1", "Excellent care for everyone", "Crowding in the Emergency Departments leads to avoidable harm",
                 "Chief Operating Officer", "Quality and Performance Committee", 20, 20, 16, 12, "↓"])
    summ.append(["SR2", "Great place to work", "Unable to recruit and retain enough registered staff",
                 "Director of People and Organisational Development", "People and OD Committee", 16, 16, 16, 9, "→"])
    summ.append(["SR3", "Effective use of resources", "Failure to deliver the 2025/26 financial plan",
                 "Director of Finance", "Finance and Digital Committee", 20, 20, 20, 12, "→"])
    for col, w in zip("ABCDEFGHIJ", [8, 26, 50, 36, 30, 11, 9, 9, 11, 7]):
        summ.column_dimensions[col].width = w

    act = wb.create_sheet("Actions")
    act["A1"] = "BAF actions to close gaps in control and assurance – October 2025"
    act["A1"].font = Font(bold=True, size=13)
    act.merge_cells("A1:I1")
    hdr = ["Gap in control / assurance", "Action ref", "Action", "Executive lead", "Original due date",
           "Revised due date", "Progress update (October 2025)", "Previous RAG", "Current RAG"]
    r = 3
    for c, h in enumerate(hdr, start=1):
        cell = act.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("head")
        cell.alignment = WRAP
        cell.border = BOX
    r += 1
    ragfill = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    for heading, gaps in GHT_RISKS:
        cell = act.cell(r, 1, heading)
        cell.font = Font(bold=True)
        cell.fill = fill("pale")
        act.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for gap, acts in gaps:
            for i, (ref, text, lead, orig, rev, prog, prev, cur) in enumerate(acts):
                vals = [gap if i == 0 else None, ref, text, lead, orig, rev, prog, prev, cur]
                for c, v in enumerate(vals, start=1):
                    cell = act.cell(r, c, v)
                    cell.alignment = WRAP
                    cell.border = BOX
                act.cell(r, 5).number_format = "dd/mm/yyyy"
                act.cell(r, 6).number_format = "dd/mm/yyyy"
                act.cell(r, 8).fill = fill(ragfill[prev])
                act.cell(r, 9).fill = fill(ragfill[cur])
                r += 1
    r += 1
    act.cell(r, 1, "Note: actions closed in Q1 2025/26 have been removed from this sheet and are recorded "
                   "in the BAF closed actions log.").font = Font(italic=True)
    act.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    for col, w in zip("ABCDEFGHI", [40, 9, 52, 30, 12, 12, 44, 10, 10]):
        act.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, GHT_FILE))


# ---------------------------------------------------------------------------
# 3. South Eastern HSCT - RQIA Lagan Valley Hospital QIP tracker (xlsx)
# ---------------------------------------------------------------------------
SET_FILE = "zax-south-eastern-hsct-rqia-lagan-valley-hospital-unannounced-inspection-qip-tracker.xlsx"

# (domain, [(afi label, afi text, detail line, [(ref, action, lead, target, progress, status)])])
SET_DOMAINS = [
    ("Is care safe?", [
        ("AFI 1",
         "The Trust shall ensure that nutritional risk screening (MUST) is completed within 24 hours of "
         "admission and that food and fluid balance charts are accurately completed and totalled.",
         "Ref: Standard 5 – Safe and Effective Care   |   Stated: First time   |   To be completed by: 30 September 2025",
         [
             ("1.1", "Relaunch MUST training for registered nurses on the medical wards through the "
                     "Practice Development team, with completion tracked weekly.",
              "Practice Development Lead", D(2025, 8, 31),
              "Training delivered to 94% of registered nurses on Wards 1A, 1B and 2.", "Complete"),
             ("1.2", "Add MUST and fluid balance compliance to the monthly Nursing Quality Indicator audit "
                     "and share the results at ward safety briefs.",
              "Lead Nurse, Medicine / Medical Ward Sisters", D(2025, 9, 30),
              "July 81%, August 89%. September audit in progress.", "On track"),
         ]),
        ("AFI 2",
         "The Trust shall ensure that all patients waiting in the Emergency Department for admission have "
         "a documented pressure ulcer risk assessment and that repositioning is recorded.",
         "Ref: Standard 5 – Safe and Effective Care   |   Stated: First time   |   To be completed by: 31 October 2025",
         [
             ("2.1", "Introduce a 'long wait' care bundle in ED for patients waiting over 12 hours, "
                     "including Purpose T assessment and the SSKIN bundle.",
              "Emergency Department Nurse Manager", D(2025, 10, 31),
              "Bundle approved at Unscheduled Care governance; go-live 6 October.", "On track"),
             ("2.2", "Provide pressure-relieving mattresses for all trolleys used in the ED overflow area.",
              "Head of Service, Unscheduled Care", D(2025, 7, 31),
              "Twelve mattresses delivered 18 July 2025.", "Complete"),
         ]),
    ]),
    ("Is care effective?", [
        ("AFI 3",
         "The Trust shall ensure that deteriorating patients are escalated in line with the regional "
         "NEWS2 escalation protocol and that medical reviews are documented.",
         "Ref: Standard 5 – Safe and Effective Care   |   Stated: First time   |   To be completed by: 30 November 2025",
         [
             ("3.1", "Complete a monthly audit of NEWS2 escalation on the medical wards and report the "
                     "results to the Medicine Directorate governance meeting.",
              "Clinical Director, Acute Medicine", D(2025, 11, 30),
              "Audits completed for July to September; results tabled at October governance.", "On track"),
             ("3.2", "Roll out electronic observations with automated escalation alerts in encompass to "
                     "Ward 2.",
              "Digital Services Manager", "Mar-26",
              "Go-live moved from October 2025 to March 2026 by the encompass programme board.", "Delayed"),
         ]),
    ]),
    ("Is the service well led?", [
        ("AFI 4",
         "The Trust shall ensure that staff have access to regular safety briefs and that learning from "
         "incidents and complaints is shared with ward teams.",
         "Ref: Standard 4 – Governance   |   Stated: First time   |   To be completed by: 31 July 2025",
         [
             ("4.1", "Reinstate daily safety briefs on all medical wards using the Trust safety brief template.",
              "Medical Ward Sisters", D(2025, 7, 31),
              "Safety briefs in place on all wards; compliance checked at Lead Nurse walkrounds.", "Complete"),
             ("4.2", "Publish a 'Learning Matters' bulletin for Lagan Valley Hospital staff.",
              "Governance Lead, Medicine and Emergency Care", "Quarterly",
              "First edition issued September 2025.", "On track"),
         ]),
    ]),
]
SET_STATUS_FILL = {"Complete": "blue", "On track": "green", "Delayed": "amber", "Not achieved": "red"}


def build_set():
    wb = Workbook()
    ws = wb.active
    ws.title = "QIP tracker"
    ws["A1"] = "RQIA Unannounced Inspection – Lagan Valley Hospital: Quality Improvement Plan Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:F1")
    ws["A2"] = "South Eastern Health and Social Care Trust"
    ws["A2"].font = Font(bold=True)
    ws.merge_cells("A2:F2")
    ws["A3"] = "Inspection dates: 3–5 June 2025 (medical wards and Emergency Department). QIP returned to RQIA 22 July 2025."
    ws.merge_cells("A3:F3")
    ws["A4"] = "Update for Trust Governance Committee – October 2025"
    ws["A4"].font = Font(italic=True)
    ws.merge_cells("A4:F4")
    r = 6
    for c, h in enumerate(["No.", "Action", "Lead(s)", "Target date", "Progress update", "Status"], start=1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("head")
        cell.border = BOX
    r += 1
    for domain, afis in SET_DOMAINS:
        cell = ws.cell(r, 1, domain)
        cell.font = Font(bold=True, size=12)
        cell.fill = fill("grey")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        r += 1
        for label, text, detail, acts in afis:
            ws.cell(r, 1, label).font = Font(bold=True)
            ws.cell(r, 1).fill = fill("pale")
            cell = ws.cell(r, 2, text)
            cell.font = Font(bold=True)
            cell.fill = fill("pale")
            cell.alignment = WRAP
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
            ws.row_dimensions[r].height = 32
            r += 1
            cell = ws.cell(r, 2, detail)
            cell.font = Font(italic=True, size=9)
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
            r += 1
            for ref, action, lead, target, progress, status in acts:
                vals = [ref, action, lead, target, progress, status]
                for c, v in enumerate(vals, start=1):
                    cell = ws.cell(r, c, v)
                    cell.alignment = WRAP
                    cell.border = BOX
                ws.cell(r, 4).number_format = "dd/mm/yyyy"
                ws.cell(r, 6).fill = fill(SET_STATUS_FILL[status])
                r += 1
    r += 1
    ws.cell(r, 1, "Status key: Complete = blue; On track = green; Delayed = amber; Not achieved = red")
    ws.cell(r, 1).font = Font(italic=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    for col, w in zip("ABCDEF", [14, 60, 34, 12, 50, 12]):
        ws.column_dimensions[col].width = w

    s = wb.create_sheet("Summary")
    s["A1"] = "Summary of progress – October 2025"
    s["A1"].font = Font(bold=True)
    rows = [("Status", "Number of actions"), ("Complete", 3), ("On track", 4), ("Delayed", 1),
            ("Not achieved", 0), ("Total", 8)]
    for i, (a, b) in enumerate(rows, start=3):
        s.cell(i, 1, a)
        s.cell(i, 2, b)
        if a in SET_STATUS_FILL:
            s.cell(i, 1).fill = fill(SET_STATUS_FILL[a])
        if a in ("Status", "Total"):
            s.cell(i, 1).font = Font(bold=True)
            s.cell(i, 2).font = Font(bold=True)
    s.column_dimensions["A"].width = 18
    s.column_dimensions["B"].width = 20
    wb.save(os.path.join(HERE, SET_FILE))


# ---------------------------------------------------------------------------
# helpers for Word
# ---------------------------------------------------------------------------
def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9, colour=None):
    """Write text; '\n' starts a new paragraph inside the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.font.size = Pt(size)
        if colour:
            run.font.color.rgb = RGBColor.from_string(colour)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)


# ---------------------------------------------------------------------------
# 4. NHS GGC - HIS maternity inspection, Princess Royal Maternity (docx)
# ---------------------------------------------------------------------------
GGC_FILE = "zax-nhs-greater-glasgow-and-clyde-his-princess-royal-maternity-inspection-improvement-action-plan.docx"
GGC_TITLE = "Improvement Action Plan – Princess Royal Maternity, NHS Greater Glasgow and Clyde"

# (domain heading, [(requirement text, [(ref, action, timescale, responsibility, progress, rag)])])
GGC_DOMAINS = [
    ("Domain 2 – Leadership and culture", [
        ("Requirement 1: NHS Greater Glasgow and Clyde must ensure that learning from adverse events and "
         "complaints is shared with all maternity staff, including staff working night shifts and bank staff.",
         [
             ("1.1", "Introduce a monthly maternity ‘Learning Summary’, circulated by email and displayed "
                     "on staff noticeboards in all clinical areas.",
              "30 June 2025", "Maternity Clinical Governance Lead",
              "First summary issued June 2025 and monthly since.", "B"),
             ("1.2", "Add a standing learning item to the multidisciplinary safety huddle, including the "
                     "night huddle.",
              "31 May 2025", "Senior Charge Midwives",
              "Huddle template updated May 2025.", "B"),
         ]),
    ]),
    ("Domain 4.1 – Pathways, procedures and policies", [
        ("Requirement 2: NHS Greater Glasgow and Clyde must ensure that all medicines, including "
         "controlled drugs, are stored securely and that medicine fridge temperatures are monitored and "
         "recorded daily.",
         [
             ("2.1", "Fit keypad locks to the medicine preparation rooms in the Maternity Assessment Unit "
                     "and the labour ward.",
              "31 August 2025", "Estates Manager (GRI site)",
              "Locks ordered; fitting scheduled for October 2025.", "A"),
             ("2.2", "Introduce a daily medicines fridge temperature checklist with an escalation flowchart, "
                     "audited weekly by the Senior Charge Midwife.",
              "30 June 2025", "Lead Pharmacist, Women and Children / Senior Charge Midwives",
              "Checklist in use in all areas; weekly audit shows 98% completion.", "B"),
         ]),
        ("Requirement 3: NHS Greater Glasgow and Clyde must ensure that women’s care records are completed "
         "in line with professional and board record-keeping standards, including documentation of "
         "fetal heart rate monitoring.",
         [
             ("3.1", "Carry out a monthly record-keeping audit of 10 sets of intrapartum notes per ward "
                     "using the board documentation audit tool.",
              "Ongoing (monthly)", "Practice Development Midwife",
              "Audits completed June–September; results shared at clinical governance.", "G"),
             ("3.2", "Include fetal monitoring documentation in the annual mandatory maternity skills day.",
              "31 March 2026", "Fetal Monitoring Lead Midwife and Consultant Obstetrician (Fetal Monitoring Lead)",
              "Session content agreed; first skills day with new content in November 2025.", "G"),
         ]),
    ]),
    ("Domain 4.3 – Workforce planning", [
        ("Requirement 4: NHS Greater Glasgow and Clyde must ensure that real-time staffing assessments "
         "and risk escalation are recorded in line with the Health and Care (Staffing) (Scotland) Act 2019.",
         [
             ("4.1", "Implement the SafeCare real-time staffing tool in all maternity inpatient areas, with "
                     "escalation recorded at each huddle.",
              "30 September 2025", "Chief Midwife",
              "Live in the labour ward and Ward 47; rollout to the remaining wards is under way.", "A"),
         ]),
        ("Recommendation a: NHS Greater Glasgow and Clyde should continue to support staff to complete "
         "mandatory training, including fire safety training.",
         [
             ("a.1", "Provide protected time on the rota for midwives and maternity care assistants to "
                     "complete mandatory e-learning.",
              "31 December 2025", "Clinical Service Manager, Maternity",
              "Four hours protected time per quarter built into the rota from October.", "G"),
         ]),
    ]),
]


def build_ggc():
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading(GGC_TITLE, level=1)
    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [("Hospital", "Princess Royal Maternity, Glasgow"),
                 ("NHS board", "NHS Greater Glasgow and Clyde"),
                 ("Inspection type", "Healthcare Improvement Scotland maternity services inspection (unannounced)"),
                 ("Inspection dates", "18–20 February 2025"),
                 ("Report published", "20 May 2025"),
                 ("Action plan updated", "7 October 2025")]:
        row = info.add_row()
        set_cell(row.cells[0], k, bold=True, size=10)
        set_cell(row.cells[1], v, size=10)
        shade(row.cells[0], "E7E6E6")
    doc.add_paragraph()
    doc.add_paragraph(
        "The NHS board must address the requirements. The NHS board must prioritise the requirements to "
        "meet national standards. Progress against this action plan is reported to the Women and "
        "Children’s Clinical Governance Group and the board Clinical and Care Governance Committee.")
    doc.add_paragraph("RAG status: B – complete; G – on track; A – some delay, recovery plan in place; "
                      "R – not on track.")
    cols = ["Ref", "Action planned", "Timescale to meet action", "Responsibility for taking action",
            "Progress / evidence", "RAG"]
    widths = [Cm(1.3), Cm(8.5), Cm(3.0), Cm(4.5), Cm(6.5), Cm(1.3)]
    for domain, reqs in GGC_DOMAINS:
        doc.add_heading(domain, level=2)
        t = doc.add_table(rows=1, cols=len(cols))
        t.style = "Table Grid"
        for i, h in enumerate(cols):
            set_cell(t.rows[0].cells[i], h, bold=True, colour="FFFFFF")
            shade(t.rows[0].cells[i], "003A70")
        for req, acts in reqs:
            row = t.add_row()
            merged = row.cells[0].merge(row.cells[-1])
            set_cell(merged, req, bold=True)
            shade(merged, "DDEBF7")
            for a in acts:
                row = t.add_row()
                for i, v in enumerate(a):
                    set_cell(row.cells[i], v)
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = w
    doc.add_paragraph()
    doc.add_heading("Sign-off", level=2)
    so = doc.add_table(rows=2, cols=4)
    so.style = "Table Grid"
    for i, v in enumerate(["Name", "Designation", "Signature", "Date"]):
        set_cell(so.rows[0].cells[i], v, bold=True)
    for i, v in enumerate(["Dr Alison McKenzie", "Director of Women and Children's Services", "(signed)", "08/10/2025"]):
        set_cell(so.rows[1].cells[i], v)
    doc.save(os.path.join(HERE, GGC_FILE))


# ---------------------------------------------------------------------------
# 5. Saundersfoot Medical Centre - HIW GP inspection improvement plan (docx)
# ---------------------------------------------------------------------------
SMC_FILE = "zax-saundersfoot-medical-centre-hiw-gp-inspection-improvement-plan.docx"
SMC_TITLE = "Healthcare Inspectorate Wales – GP Inspection Improvement Plan"

# (theme, [(finding, improvement needed, standard, service action, responsible officer, timescale)])
SMC_THEMES = [
    ("Quality of Patient Experience", [
        ("The practice leaflet and website did not contain up-to-date information on how to raise a "
         "concern under Putting Things Right.",
         "The practice must ensure that information about the NHS Wales Putting Things Right process is "
         "displayed in the waiting areas and on the practice website.",
         "Health and Care Quality Standards 2023 – Person-centred; NHS (Concerns, Complaints and Redress "
         "Arrangements) (Wales) Regulations 2011",
         "Putting Things Right posters are now displayed in both waiting areas.\n"
         "The practice website and leaflet have been updated with the concerns process and contact details for Llais.",
         "Practice Manager",
         "31 May 2025"),
        ("Not all written information for patients was available in Welsh.",
         "The practice must ensure it meets the Active Offer and that written information for patients is "
         "available bilingually.",
         "Welsh Language (Wales) Measure 2011; More than just words",
         "Bilingual signage and leaflets requested through the health board translation service.\n"
         "Welsh-speaking staff to wear ‘Iaith Gwaith’ badges.",
         "Practice Manager and Reception Team Leader",
         "30 September 2025"),
    ]),
    ("Delivery of Safe and Effective Care", [
        ("Two items in the emergency drugs kit were out of date and weekly checks were not recorded.",
         "The practice must implement a documented weekly check of emergency drugs and equipment.",
         "Health and Care Quality Standards 2023 – Safe; Resuscitation Council UK quality standards",
         "A weekly checklist has been introduced and is signed by the duty nurse.\n"
         "The Practice Nurse Lead will audit the checklist each month.",
         "Practice Nurse Lead",
         "Immediate and ongoing"),
        ("An infection prevention and control audit had not been completed since 2022.",
         "The practice must complete an annual infection prevention and control audit and act on its findings.",
         "Health and Care Quality Standards 2023 – Safe; Infection prevention and control",
         "IPC audit completed on 2 April 2025 using the health board primary care audit tool; the resulting "
         "action plan is reviewed at the monthly practice meeting.",
         "Dr Sian Pritchard (IPC Lead GP)",
         "30 April 2026"),
        ("Training records showed that three clinical staff had not completed Level 3 safeguarding training.",
         "The practice must ensure all clinical staff complete safeguarding training at the level "
         "appropriate to their role.",
         "Health and Care Quality Standards 2023 – Safe; Safeguarding",
         "Level 3 safeguarding training booked for the three staff through the health board safeguarding team.",
         "Safeguarding Lead GP / Practice Manager",
         "31 July 2025"),
    ]),
    ("Quality of Management and Leadership", [
        ("Annual appraisals were overdue for five members of non-clinical staff.",
         "The practice must ensure that all staff receive an annual appraisal.",
         "Health and Care Quality Standards 2023 – Workforce",
         "Appraisal schedule agreed; outstanding appraisals to be completed by the end of August.",
         "Practice Manager",
         "31 August 2025"),
        ("Minutes of practice meetings were not routinely shared with staff who could not attend.",
         "The practice should ensure that meeting minutes and actions are shared with all staff.",
         "Health and Care Quality Standards 2023 – Leadership",
         "Minutes are now saved to the shared drive and emailed to all staff within five working days.",
         "Assistant Practice Manager",
         "June 2025"),
    ]),
]


def build_smc():
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading(SMC_TITLE, level=1)
    p = doc.add_paragraph()
    r = p.add_run("Saundersfoot Medical Centre, Hywel Dda University Health Board")
    r.bold = True
    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [("Service:", "Saundersfoot Medical Centre"),
                 ("Date of inspection:", "4 March 2025"),
                 ("Date of improvement plan:", "16 May 2025")]:
        row = info.add_row()
        set_cell(row.cells[0], k, bold=True, size=10)
        set_cell(row.cells[1], v, size=10)
    doc.add_paragraph()
    doc.add_heading("Immediate improvement plan", level=2)
    doc.add_paragraph("No immediate assurance issues were identified during this inspection.")
    doc.add_heading("Improvement plan", level=2)
    doc.add_paragraph("The table below sets out the improvements identified by HIW and the actions the "
                      "practice is taking. Concerns that were resolved during the inspection are listed "
                      "in Appendix A.")
    cols = ["Risk / finding / issue", "Improvement needed", "Standard / Regulation", "Service action",
            "Responsible officer", "Timescale"]
    t = doc.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    for i, h in enumerate(cols):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "BDD7EE")
    for theme, items in SMC_THEMES:
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[-1])
        set_cell(merged, theme, bold=True, size=10)
        shade(merged, "F2F2F2")
        for item in items:
            row = t.add_row()
            for i, v in enumerate(item):
                set_cell(row.cells[i], v)
    doc.add_paragraph()
    doc.add_paragraph("The following section must be completed by a representative of the service who "
                      "has overall responsibility and accountability for ensuring the improvement plan is "
                      "actioned.")
    rep = doc.add_table(rows=3, cols=2)
    rep.style = "Table Grid"
    for i, (k, v) in enumerate([("Name (print):", "Dr Eleri Morgan"),
                                ("Job role:", "GP Partner"),
                                ("Date:", "16 May 2025")]):
        set_cell(rep.rows[i].cells[0], k, bold=True, size=10)
        set_cell(rep.rows[i].cells[1], v, size=10)
    doc.add_page_break()
    doc.add_heading("Appendix A – Summary of concerns resolved during the inspection", level=2)
    a = doc.add_table(rows=2, cols=4)
    a.style = "Table Grid"
    for i, h in enumerate(["Immediate concerns identified", "Impact/potential impact on patient care and treatment",
                           "How HIW escalated the concern", "How the concern was resolved"]):
        set_cell(a.rows[0].cells[i], h, bold=True)
    for i, v in enumerate(["The clinical waste bin in the treatment room was not locked.",
                           "Risk of access to clinical waste by members of the public.",
                           "Raised with the Practice Manager on the day.",
                           "The bin was locked and moved to the secure store during the inspection."]):
        set_cell(a.rows[1].cells[i], v)
    doc.save(os.path.join(HERE, SMC_FILE))


# ---------------------------------------------------------------------------
# 6. United Lincolnshire Teaching Hospitals - Quality Account priorities tracker (csv)
# ---------------------------------------------------------------------------
ULTH_FILE = "zax-united-lincolnshire-teaching-hospitals-quality-account-priorities-tracker-2025-26.csv"
ULTH_TITLE = "Quality Account 2025/26 – Quality Priorities Progress Tracker"

# (domain, priority, [(ref, action, lead, due, q1, q2, rag)])
ULTH_PRIORITIES = [
    ("PATIENT SAFETY",
     "Priority 1: Improving the recognition of and response to deteriorating patients, including Martha's Rule",
     [
         ("1.1", "Launch Martha's Rule on all adult inpatient wards:\n- posters and bedside leaflets in every bay\n"
                 "- 24/7 call-for-concern line to the Critical Care Outreach Team",
          "Deputy Chief Nurse; Critical Care Outreach Lead", "Q1 2025/26",
          "Launched at Lincoln County and Pilgrim 2 June; Grantham 16 June.", "Complete - 46 calls in Q2.", "B"),
         ("1.2", "Increase the proportion of NEWS2 observation sets recorded on time to 90% on adult inpatient wards",
          "Associate Medical Director for Patient Safety", "Q4 2025/26",
          "Baseline 81%.", "86% in September; ward-level dashboards live.", "G"),
         ("1.3", "Audit sepsis screening and antibiotics within 1 hour in the Emergency Departments at Lincoln, "
                 "Pilgrim and Grantham",
          "Sepsis Lead Nurse", "31/12/2025",
          "Audit tool agreed.", "Data collection delayed by EPR upgrade; Q3 recovery plan agreed.", "A"),
     ]),
    ("CLINICAL EFFECTIVENESS",
     "Priority 2: Reducing inpatient falls resulting in moderate or severe harm",
     [
         ("2.1", "Roll out 'Call, don't fall' bedside signage and enhanced observation bays on all adult medical wards",
          "Falls Prevention Lead", "Q2 2025/26",
          "Signage printed.", "In place on 14 of 16 medical wards; remaining two in October.", "G"),
         ("2.2", "Record lying and standing blood pressure within 24 hours of admission for 80% of patients aged 65 and over",
          "Falls Prevention Lead / Divisional Nurse, Medicine", "Mar-26",
          "Baseline 42%.", "Compliance 47% - escalated to Medicine divisional board.", "R"),
     ]),
    ("PATIENT EXPERIENCE",
     "Priority 3: Improving communication with patients and families at discharge",
     [
         ("3.1", "Introduce a 'Discharge Ready' conversation checklist on all adult inpatient wards",
          "Head of Patient Experience & Discharge Lead Nurse", "30/11/2025",
          "Checklist co-produced with patient panel.", "Tested on two wards at Pilgrim.", "G"),
         ("3.2", "Relaunch the 'What matters to you?' conversation at admission, with a quarterly audit of documentation",
          "Patient Experience Team", "Ongoing",
          "Relaunched June.", "Q2 audit: 71% documented.", "G"),
         ("3.3", "Publish a 'You said, we did' report on the Trust website each quarter",
          "Head of Communications", "Quarterly",
          "", "", ""),
     ]),
]


def build_ulth():
    rows = [
        [ULTH_TITLE, "", "", "", "", "", "", ""],
        ["United Lincolnshire Teaching Hospitals NHS Trust", "", "", "", "", "", "", ""],
        ["Reporting period: Quarter 2 (July – September 2025). Reported to Quality Governance Committee, October 2025",
         "", "", "", "", "", "", ""],
        ["RAG key: B = complete; G = on track; A = at risk, mitigation in place; R = off track", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["Ref", "Quality priority", "Action / milestone", "Lead", "Due", "Q1 update", "Q2 update", "RAG"],
    ]
    for domain, priority, acts in ULTH_PRIORITIES:
        rows.append([domain, "", "", "", "", "", "", ""])
        for i, (ref, action, lead, due, q1, q2, rag) in enumerate(acts):
            rows.append([ref, priority if i == 0 else "", action, lead, due, q1, q2, rag])
    rows.append(["", "", "", "", "", "", "", ""])
    rows.append(["Summary", "8 actions: B 1, G 4, A 1, R 1 (1 not yet rated)", "", "", "", "", "", ""])
    with open(os.path.join(HERE, ULTH_FILE), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 7. Human Support Group Nottingham - CQC home care action plan (txt, refuse)
# ---------------------------------------------------------------------------
HSG_FILE = "zax-human-support-group-nottingham-cqc-home-care-inspection-action-plan-typo-month-refuse.txt"
HSG_TITLE = "CQC Inspection Action Plan – Human Support Group, Nottingham (Domiciliary Care)"

HSG_ROWS = [
    ("S1", "Safe", "Regulation 12 Safe care and treatment: risk assessments were not in place for people with catheters or PEG feeds",
     "Complete clinical risk assessments for everyone receiving catheter or PEG care and upload them to the care planning system",
     "Registered Manager", "31/07/2025", "Complete"),
    ("S2", "Safe", "",
     "Deliver catheter and PEG awareness training to all care staff",
     "Clinical Lead / Training Coordinator", "Sept 2025", "On track"),
    ("S3", "Safe", "Regulation 12 Safe care and treatment: eMAR records showed missed and late time-critical medicines",
     "Set up real-time eMAR alerts to the on-call coordinator for missed or late time-critical medicines",
     "Care Coordinator", "31/08/2025", "Complete"),
    ("S4", "Safe", "",
     "Carry out monthly medicines competency spot checks for all care staff who administer medicines",
     "Field Care Supervisors", "Ocotber 2025", "On track"),
    ("E1", "Effective", "Regulation 11 Need for consent: mental capacity assessments were not decision-specific",
     "Review all care plans for people who may lack capacity and complete decision-specific assessments",
     "Registered Manager", "30/11/2025", "In progress"),
    ("W1", "Well-led", "Regulation 17 Good governance: provider audits did not identify the shortfalls found at inspection",
     "Introduce a monthly quality audit schedule covering care plans, eMAR and call monitoring, reviewed by the Area Manager",
     "Area Manager", "31/08/2025", "Complete"),
    ("W2", "Well-led", "",
     "Report audit findings and actions to the monthly branch governance meeting",
     "Registered Manager & Area Manager", "Monthly", "On track"),
]


def hsg_lines():
    lines = [
        HSG_TITLE,
        "Provider: Human Support Group Ltd   Location: Nottingham branch (domiciliary care agency)",
        "Inspection: 9–15 April 2025   Report published: 2 July 2025   Overall rating: Requires improvement",
        "Registered Manager: Karen Whitlock   Area Manager: Daniel Osei",
        "Exported from QMS 14/08/2025",
        "",
        "\t".join(["Ref", "Key question", "Breach / finding", "Action", "Responsible", "Target date", "Status"]),
    ]
    for row in HSG_ROWS:
        lines.append("\t".join(row))
    lines += [
        "",
        "Status: Complete / On track / In progress / Overdue",
        "Next review: branch governance meeting, September 2025",
    ]
    return lines


def build_hsg():
    with open(os.path.join(HERE, HSG_FILE), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(hsg_lines()) + "\n")


def main():
    build_nlag()
    build_ght()
    build_set()
    build_ggc()
    build_smc()
    build_ulth()
    build_hsg()
    print("built 7 files in", HERE)


if __name__ == "__main__":
    main()
