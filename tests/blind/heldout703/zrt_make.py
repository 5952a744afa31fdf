"""Build the seven zrt- blind test files (set heldout703).

Run with /work/main/.venv/bin/python zrt_make.py  (writes next to this script).
Only files whose names start with "zrt-" are written.
"""
import csv
import datetime as dt
import io
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zrt-")
    return os.path.join(HERE, name)


def D(y, m, d):
    return dt.datetime(y, m, d)


# ---------------------------------------------------------------- xlsx helpers
FILL = {
    "B": PatternFill("solid", fgColor="5B9BD5"),
    "G": PatternFill("solid", fgColor="70AD47"),
    "A": PatternFill("solid", fgColor="FFC000"),
    "R": PatternFill("solid", fgColor="FF0000"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "navy": PatternFill("solid", fgColor="1F3864"),
    "pale": PatternFill("solid", fgColor="DEEAF6"),
    "teal": PatternFill("solid", fgColor="005EB8"),
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def put(ws, row, values, bold=False, fill=None, border=True, fmt=None):
    for i, v in enumerate(values, start=1):
        if v is None:
            if border:
                ws.cell(row=row, column=i).border = BOX
            continue
        c = ws.cell(row=row, column=i, value=v)
        c.alignment = WRAP
        if bold:
            c.font = Font(bold=True, color="FFFFFF" if fill in ("navy", "teal") else "000000")
        if fill:
            c.fill = FILL[fill]
        if border:
            c.border = BOX
        if isinstance(v, dt.datetime):
            c.number_format = (fmt or {}).get(i, "dd/mm/yyyy")


def widths(ws, ws_widths):
    for col, w in ws_widths.items():
        ws.column_dimensions[col].width = w


# =========================================================== 1. NHS Devon ICB BAF
BAF_NAME = "zrt-nhs-devon-icb-board-assurance-framework-2025-26.xlsx"

BAF_RISKS = [
    {
        "sheet": "SR1",
        "heading": "BAF risk SR1: Financial sustainability",
        "description": (
            "If the Devon system does not deliver its 2025/26 financial plan and reduce its underlying "
            "deficit, then the ICB will not meet its statutory break-even duty and will remain in "
            "segment 4 of the NHS Oversight Framework, limiting investment in local services."
        ),
        "objective": "SO4: Make the best use of our collective resources",
        "owner": "Chief Finance Officer",
        "committee": "Finance and Investment Committee",
        "scores": (20, 20, 20, 12),
        "appetite": "Cautious",
        "controls": [
            "System financial recovery plan agreed with NHS England (April 2025)",
            "Monthly system Finance Directors' group and ICB Finance and Investment Committee",
            "Vacancy control and investment panel",
        ],
        "assurance": [
            "Month 6 finance report to Board: plan delivered year to date with £4.1m of non-recurrent support",
            "Internal audit of financial controls (reasonable assurance, July 2025)",
        ],
        "gaps": [
            "G1 – Continuing healthcare costs growing faster than plan",
            "G2 – No agreed system workforce control total at start of year",
        ],
        "actions": [
            ("1.1",
             "Deliver the ICB element of the system financial recovery plan, including the £38.6m efficiency programme, with monthly reporting to the Finance and Investment Committee.",
             "G1", "Chief Finance Officer", D(2026, 3, 31), None, "On track",
             "£17.9m delivered at month 6 against a plan of £18.2m; recovery actions agreed for the shortfall."),
            ("1.2",
             "Complete the review of all continuing healthcare packages costing more than £3,000 a week and implement the revised brokerage model.",
             "G1", "Director of Nursing / Head of All Age Continuing Care", D(2025, 9, 30), D(2025, 12, 31), "At risk",
             "412 of 640 packages reviewed. Brokerage model delayed by procurement; revised date agreed at Finance and Investment Committee in October."),
            ("1.3",
             "Agree a system-wide workforce control total with the NHS providers and establish the joint vacancy control panel.",
             "G2", "Chief People Officer", D(2025, 6, 30), None, "Complete",
             "Control total agreed by all providers in June 2025; panel meets weekly."),
        ],
    },
    {
        "sheet": "SR2",
        "heading": "BAF risk SR2: Urgent and emergency care",
        "description": (
            "If demand for urgent and emergency care continues to exceed capacity, then patients will "
            "experience long waits in emergency departments and delayed ambulance responses, leading to "
            "avoidable harm and poor experience."
        ),
        "objective": "SO1: Improve access to safe, high quality care",
        "owner": "Chief Operating Officer",
        "committee": "Quality and Performance Committee",
        "scores": (20, 20, 16, 12),
        "appetite": "Minimal",
        "controls": [
            "Devon UEC improvement plan and system control centre",
            "Daily system calls and OPEL escalation framework",
        ],
        "assurance": [
            "UEC dashboard to Quality and Performance Committee (monthly)",
            "NHS England Tier 1 UEC oversight meetings",
        ],
        "gaps": [
            "G3 – Ambulance handover delays above the 45-minute standard at two acute sites",
            "G4 – Limited assurance on NHS 111 clinical assessment capacity",
        ],
        "actions": [
            ("2.1",
             "Implement the Devon winter plan 2025/26, including 40 additional virtual ward beds and the single care co-ordination hub.",
             "G3", "Chief Operating Officer", D(2025, 11, 30), None, "On track",
             "Virtual ward capacity at 31 of 40 beds; care co-ordination hub went live on 1 October 2025."),
            ("2.2",
             "Reduce ambulance handover delays at the Royal Devon and Exeter Hospital and Derriford Hospital to no more than 45 minutes, using the release to respond protocol.",
             "G3", "Chief Operating Officer / Associate Director of Urgent and Emergency Care", D(2025, 12, 31), None, "Off track",
             "Average handover at Derriford 71 minutes in September. Escalated to the Tier 1 meeting; recovery trajectory due in November."),
            ("2.3",
             "Commission an independent review of NHS 111 and out-of-hours clinical assessment capacity.",
             "G4", "Director of Commissioning", "Q3 2025/26", "Q4 2025/26", "At risk",
             "Scope agreed with the regional 111 commissioning lead; procurement of the reviewer delayed."),
        ],
    },
    {
        "sheet": "SR3",
        "heading": "BAF risk SR3: Primary care access and resilience",
        "description": (
            "If general practice and dental services in Devon cannot meet demand, then people will not "
            "be able to get timely appointments, increasing pressure on urgent care and widening health "
            "inequalities."
        ),
        "objective": "SO2: Tackle unequal outcomes and access",
        "owner": "Director of Primary Care",
        "committee": "Primary Care Commissioning Committee",
        "scores": (16, 16, 12, 9),
        "appetite": "Open",
        "controls": [
            "Primary care access recovery plan",
            "Dental recovery plan and flexible commissioning scheme",
        ],
        "assurance": [
            "GP appointment data reported to Primary Care Commissioning Committee",
            "Healthwatch Devon access survey (May 2025)",
        ],
        "gaps": [
            "G5 – No early warning of practices at risk of failure",
        ],
        "actions": [
            ("3.1",
             "Roll out the modern general practice access programme to all 119 Devon practices, with cloud-based telephony in place.",
             "G5", "Director of Primary Care", D(2026, 3, 31), None, "On track",
             "104 practices live with cloud-based telephony; remaining 15 scheduled by February 2026."),
            ("3.2",
             "Publish the Devon dental recovery plan, including urgent dental access sessions in North Devon and Torridge.",
             "G5", "Head of Dental Commissioning", D(2025, 10, 31), None, "Complete",
             "Plan published 14 October 2025; 1,200 urgent sessions commissioned."),
            ("3.3",
             "Put in place a GP practice resilience framework and early warning dashboard.",
             "G5", "Deputy Director of Primary Care", "TBC – dependent on national contract changes", None, "Not started",
             "Awaiting the outcome of the 2026/27 GP contract negotiations."),
        ],
    },
]

STATUS_FILL = {"On track": "G", "At risk": "A", "Off track": "R", "Complete": "B"}


def build_baf():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "NHS Devon Integrated Care Board"
    ws["A1"].font = Font(bold=True, size=14, color="005EB8")
    ws["A2"] = "Board Assurance Framework 2025/26"
    ws["A2"].font = Font(bold=True, size=16)
    ws["A3"] = "Quarter 2 position (as at 30 September 2025)"
    rows = [("Report to:", "NHS Devon ICB Board – 6 November 2025"),
            ("Executive sponsor:", "Chief Executive"),
            ("Prepared by:", "Head of Corporate Governance and Risk")]
    for i, (a, b) in enumerate(rows, start=5):
        ws.cell(row=i, column=1, value=a).font = Font(bold=True)
        ws.cell(row=i, column=2, value=b)
    ws["A9"] = "Document control"
    ws["A9"].font = Font(bold=True)
    put(ws, 10, ["Version", "Date", "Summary of changes"], bold=True, fill="grey")
    put(ws, 11, ["v0.3", D(2025, 10, 7), "Q2 updates from risk owners"])
    put(ws, 12, ["v0.4", D(2025, 10, 16), "Reviewed by Audit Committee; SR2 current score reduced from 20 to 16"])
    put(ws, 13, ["v1.0", D(2025, 10, 28), "Final version for Board"])
    ws["A15"] = "Action status key"
    ws["A15"].font = Font(bold=True)
    key = [("Complete", "B", "Action delivered and closed by the risk owner"),
           ("On track", "G", "Action progressing to the agreed date"),
           ("At risk", "A", "Action may not be delivered by the agreed date"),
           ("Off track", "R", "Agreed date missed or action stalled"),
           ("Not started", None, "Action not yet commenced")]
    for i, (word, f, meaning) in enumerate(key, start=16):
        c = ws.cell(row=i, column=1, value=word)
        c.border = BOX
        if f:
            c.fill = FILL[f]
        ws.cell(row=i, column=2, value=meaning).border = BOX
    ws["A22"] = ("Risk scores are consequence x likelihood on a 5x5 matrix. The target score is the "
                 "position expected by 31 March 2026.")
    widths(ws, {"A": 22, "B": 44, "C": 60})

    # Summary sheet
    ss = wb.create_sheet("Summary")
    ss["A1"] = "BAF summary – principal risks 2025/26 (Q2)"
    ss["A1"].font = Font(bold=True, size=13)
    put(ss, 3, ["Ref", "Strategic risk", "Strategic objective", "Executive owner", "Assuring committee",
                "Inherent", "Q1", "Q2", "Target", "Trend"], bold=True, fill="teal")
    trend = {"SR1": "↔", "SR2": "↓", "SR3": "↓"}
    r = 4
    for risk in BAF_RISKS:
        inh, q1, q2, tgt = risk["scores"]
        put(ss, r, [risk["sheet"], risk["heading"].split(": ", 1)[1], risk["objective"], risk["owner"],
                    risk["committee"], inh, q1, q2, tgt, trend[risk["sheet"]]])
        r += 1
    r += 1
    ss.cell(row=r, column=1, value="Actions to address gaps – Q2 totals").font = Font(bold=True)
    r += 1
    counts = {}
    for risk in BAF_RISKS:
        for a in risk["actions"]:
            counts[a[6]] = counts.get(a[6], 0) + 1
    put(ss, r, ["Status", "Number of actions"], bold=True, fill="grey")
    for word in ["Complete", "On track", "At risk", "Off track", "Not started"]:
        r += 1
        put(ss, r, [word, counts.get(word, 0)])
    r += 1
    put(ss, r, ["Total", sum(counts.values())], bold=True)
    widths(ss, {"A": 8, "B": 40, "C": 40, "D": 26, "E": 34, "F": 9, "G": 6, "H": 6, "I": 8, "J": 7})

    # One sheet per risk
    for risk in BAF_RISKS:
        ws = wb.create_sheet(risk["sheet"])
        ws.merge_cells("A1:H1")
        ws["A1"] = risk["heading"]
        ws["A1"].font = Font(bold=True, size=13, color="FFFFFF")
        ws["A1"].fill = FILL["teal"]
        ws.merge_cells("A2:H2")
        ws["A2"] = risk["description"]
        ws["A2"].alignment = WRAP
        ws.row_dimensions[2].height = 48
        inh, q1, q2, tgt = risk["scores"]
        fields = [("Strategic objective", risk["objective"]),
                  ("Executive owner", risk["owner"]),
                  ("Assuring committee", risk["committee"]),
                  ("Risk score (C x L)", f"Inherent {inh} | Q1 {q1} | Q2 {q2} | Target {tgt}"),
                  ("Risk appetite", risk["appetite"])]
        r = 4
        for a, b in fields:
            ws.cell(row=r, column=1, value=a).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=8)
            ws.cell(row=r, column=2, value=b)
            r += 1
        for title, items in (("Key controls", risk["controls"]),
                             ("Sources of assurance", risk["assurance"]),
                             ("Gaps in control / assurance", risk["gaps"])):
            r += 1
            c = ws.cell(row=r, column=1, value=title)
            c.font = Font(bold=True)
            c.fill = FILL["pale"]
            for it in items:
                r += 1
                ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=8)
                ws.cell(row=r, column=2, value=it)
        r += 2
        ws.cell(row=r, column=1, value="Actions to address gaps in control and assurance").font = Font(bold=True)
        r += 1
        put(ws, r, ["Ref", "Action", "Gap", "Action owner", "Due date", "Revised due date", "Status",
                    "Q2 progress update"], bold=True, fill="grey")
        for ref, text, gap, owner, due, rev, status, upd in risk["actions"]:
            r += 1
            put(ws, r, [ref, text, gap, owner, due, rev, status, upd])
            if status in STATUS_FILL:
                ws.cell(row=r, column=7).fill = FILL[STATUS_FILL[status]]
        widths(ws, {"A": 20, "B": 60, "C": 6, "D": 30, "E": 12, "F": 14, "G": 11, "H": 60})
    wb.save(out(BAF_NAME))


# ================================================ 2. EMAS PSII safety action plan (refuse)
PSII_NAME = "zrt-east-midlands-ambulance-service-psii-delayed-stroke-response-safety-action-plan-typo-month-refuse.xlsx"

PSII_AFIS = [
    ("AFI 1: Welfare call-backs to patients waiting for a Category 2 response were not completed within "
     "the 30-minute standard while the Trust was at REAP level 4.",
     [("SA1.1",
       "Introduce a dedicated welfare call-back clinician on each EOC shift when the Trust is at REAP level 3 or above.",
       "Head of EOC (North)", D(2025, 7, 31),
       "Percentage of Category 2 welfare calls completed within 30 minutes (target 90%)",
       "Rota changes in place from 1 July 2025. August compliance 84%.", "G"),
      ("SA1.2",
       "Update the welfare call-back SOP so that any caller reporting new or worsening symptoms is passed to a clinician for re-triage.",
       "EOC Clinical Governance Lead", "Sept 2025",
       "SOP ratified; audit of 50 calls per month", "SOP ratified at Clinical Governance Group 17/09/2025.", "B"),
      ("SA1.3",
       "Add welfare call-back compliance to the daily EOC performance dashboard.",
       "Business Intelligence Manager / Head of EOC (North)", "Q3 2025/26",
       "Dashboard live and reviewed at daily 10:00 call", "Build in progress; test version shared.", "G")]),
    ("AFI 2: The Clinical Assessment Team (CAT) did not have a prompt to re-triage stroke-type presentations "
     "when the caller reported new symptoms.",
     [("SA2.1",
       "Configure a FAST-positive re-triage prompt in the CAD for calls awaiting a Category 2 response.",
       "Head of Clinical Systems", "December 2025",
       "Prompt live; number of re-triaged calls reported monthly", "Change request raised with the CAD supplier.", "A"),
      ("SA2.2",
       "Deliver stroke recognition refresher training to all CAT clinicians.",
       "Clinical Assessment Team Manager", "Febuary 2026",
       "Training compliance (target 95%)", "Training package drafted with the stroke network.", "G")]),
    ("AFI 3: Crews held at the emergency department could not be released to respond despite a release to "
     "respond request.",
     [("SA3.1",
       "Agree a joint release to respond protocol with United Lincolnshire Teaching Hospitals, including a 45-minute maximum handover.",
       "Divisional Director (Lincolnshire)", D(2026, 3, 31),
       "Number of declined release to respond requests (target zero)",
       "Draft protocol discussed at the system UEC Board in October.", "A"),
      ("SA3.2",
       "Share the learning from this investigation with the family and with EOC and CAT staff through a learning bulletin.",
       "Patient Safety Partner / Family Liaison Officer", "Ongoing – monthly",
       "Bulletin issued; family feedback recorded", "Family met on 3 June 2025; bulletin issued July 2025.", "B")]),
]


def build_psii():
    wb = Workbook()
    ws = wb.active
    ws.title = "Safety action plan"
    ws["A1"] = "East Midlands Ambulance Service NHS Trust"
    ws["A1"].font = Font(bold=True, size=13, color="005EB8")
    ws["A2"] = "Patient Safety Incident Investigation (PSII) – Safety Action Plan"
    ws["A2"].font = Font(bold=True, size=14)
    meta = [("PSII reference:", "PSII-2025-011"),
            ("Incident:", "Delayed response to a Category 2 call for a patient with stroke symptoms (Lincolnshire)"),
            ("Incident date:", D(2025, 1, 14)),
            ("Approved by:", "Patient Safety Incident Review Group, 22/05/2025"),
            ("Plan owner:", "Deputy Director of Quality (Patient Safety)"),
            ("Last updated:", D(2025, 10, 8))]
    for i, (a, b) in enumerate(meta, start=3):
        ws.cell(row=i, column=1, value=a).font = Font(bold=True)
        c = ws.cell(row=i, column=2, value=b)
        if isinstance(b, dt.datetime):
            c.number_format = "dd/mm/yyyy"
            c.alignment = Alignment(horizontal="left")
    hdr = 10
    put(ws, hdr, ["Area for improvement", "Ref", "Safety action", "Responsible owner",
                  "Timescale for implementation", "Measurement", "Progress update", "RAG"],
        bold=True, fill="navy")
    r = hdr + 1
    for afi, actions in PSII_AFIS:
        first = r
        for ref, text, owner, when, measure, upd, rag in actions:
            put(ws, r, [afi if r == first else None, ref, text, owner, when, measure, upd, rag])
            ws.cell(row=r, column=8).fill = FILL[rag]
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value=("RAG key: R – not started or overdue; A – in progress, timescale at risk; "
                                    "G – in progress, on track; B – complete and evidence submitted"))
    r += 1
    ws.cell(row=r, column=1, value=("Safety actions are monitored monthly at the Patient Safety Group and "
                                    "reported quarterly to the Quality and Governance Committee."))
    widths(ws, {"A": 42, "B": 8, "C": 55, "D": 30, "E": 16, "F": 34, "G": 45, "H": 6})

    so = wb.create_sheet("Sign-off")
    so["A1"] = "Safety action plan sign-off"
    so["A1"].font = Font(bold=True)
    put(so, 3, ["Role", "Name", "Date"], bold=True, fill="grey")
    put(so, 4, ["Investigation lead", "Patient Safety Incident Investigator", D(2025, 5, 9)])
    put(so, 5, ["Executive sign-off", "Director of Quality and Chief Nurse", D(2025, 5, 22)])
    put(so, 6, ["Shared with ICB", "NHS Lincolnshire ICB Patient Safety Team", D(2025, 5, 30)])
    widths(so, {"A": 24, "B": 44, "C": 12})
    wb.save(out(PSII_NAME))
    # the row of the mistyped month, for the expected file
    row = hdr + 1
    for afi, actions in PSII_AFIS:
        for a in actions:
            if a[3] == "Febuary 2026":
                return row
            row += 1


# ================================================ 3. BHRUT CQC must / should do
CQC_NAME = "zrt-barking-havering-redbridge-university-hospitals-cqc-must-should-do-action-plan.xlsx"

CQC_MUST = [
    ("Urgent and emergency care – Queen's Hospital", [
        ("MD1", "The trust must ensure that patients in the emergency department receive a timely initial "
                "assessment and are triaged within 15 minutes of arrival. (Regulation 12: Safe care and treatment)", [
            ("MD1.1", "Introduce a dedicated streaming and triage nurse at the front door 24/7, supported by the revised ED triage standard operating procedure.",
             "Divisional Director of Nursing – Emergency Care", D(2025, 7, 31), None, "G", "B",
             "Triage nurse on every shift since 14 July 2025; SOP approved."),
            ("MD1.2", "Audit time to triage weekly and report compliance to the Emergency Care Divisional Board.",
             "Clinical Director ED / Head of Nursing ED", D(2025, 8, 31), D(2025, 11, 30), "A", "A",
             "Median time to triage 19 minutes in October; audit tool moved onto Nervecentre."),
        ]),
        ("MD2", "The trust must ensure that medicines, including controlled drugs, are stored securely and at "
                "the correct temperature in the emergency department. (Regulation 12: Safe care and treatment)", [
            ("MD2.1", "Install temperature monitoring with remote alarms on all ED medicines fridges and clinical rooms.",
             "Chief Pharmacist", D(2025, 9, 30), D(2025, 12, 31), "A", "R",
             "Supplier delay; 6 of 14 fridges fitted. Manual twice-daily checks continue."),
        ]),
    ]),
    ("Medical care – King George Hospital", [
        ("MD3", "The trust must ensure that staff complete mandatory training, including level 3 safeguarding "
                "adults and children, in line with trust targets. (Regulation 18: Staffing)", [
            ("MD3.1", "Set ward-level trajectories to reach 90% compliance and review them monthly at divisional performance meetings.",
             "Divisional Director of Operations – Medicine", D(2025, 12, 31), None, "G", "G",
             "Compliance 86% (September 84%)."),
            ("MD3.2", "Provide additional face-to-face level 3 safeguarding sessions on the King George Hospital site.",
             "Named Nurse for Safeguarding Adults & Named Nurse for Safeguarding Children", D(2025, 10, 31), None, "G", "B",
             "Eight extra sessions delivered in September and October."),
        ]),
    ]),
]

CQC_SHOULD = [
    ("Urgent and emergency care – Queen's Hospital", [
        ("SD1", "The trust should ensure that patients' pain is assessed and reassessed, and that pain relief "
                "is given in a timely way.", [
            ("SD1.1", "Add a mandatory pain score to the ED observations chart and include pain reassessment in the monthly nursing quality audit.",
             "Lead Nurse – Emergency Department", D(2025, 11, 30), None, "G", "G",
             "Pain score field live; first audit results due November."),
        ]),
    ]),
    ("Medical care – King George Hospital", [
        ("SD2", "The trust should ensure that discharge summaries are completed and sent to GPs within 24 hours.", [
            ("SD2.1", "Roll out the electronic discharge summary template to all medical wards at King George Hospital.",
             "Chief Clinical Information Officer", D(2026, 1, 31), None, "A", "A",
             "Live on 5 of 9 wards."),
            ("SD2.2", "Report discharge summary timeliness on the medical division performance dashboard.",
             "Head of Performance – Medicine", "Q3 2025/26", None, None, "B",
             "Metric added to the dashboard in October 2025."),
        ]),
        ("SD3", "The trust should ensure that mental capacity assessments are recorded when patients may lack "
                "capacity to consent to care and treatment.", [
            ("SD3.1", "Deliver targeted Mental Capacity Act training to ward managers and audit MCA documentation quarterly.",
             "Named Professional for MCA and DoLS", "Ongoing – quarterly audit", None, "G", "G",
             "Q2 audit: 78% of records compliant."),
        ]),
    ]),
]


def _cqc_sheet(wb, title, heading, sections, fill_only):
    ws = wb.create_sheet(title)
    ws["A1"] = "Barking, Havering and Redbridge University Hospitals NHS Trust"
    ws["A1"].font = Font(bold=True, size=12, color="005EB8")
    ws["A2"] = heading
    ws["A2"].font = Font(bold=True, size=13)
    put(ws, 4, ["Ref", "Action", "Lead(s)", "Original completion date", "Revised completion date",
                "Previous RAG (Sep-25)", "Current RAG (Oct-25)", "Progress update and evidence"],
        bold=True, fill="navy")
    r = 5
    for sec, reqs in sections:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        c = ws.cell(row=r, column=1, value=sec)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["teal"]
        r += 1
        for rref, rtext, actions in reqs:
            put(ws, r, [rref, rtext], fill="pale")
            ws.cell(row=r, column=1).font = Font(bold=True)
            ws.cell(row=r, column=2).font = Font(italic=True)
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=8)
            r += 1
            for ref, text, lead, orig, rev, prev, cur, upd in actions:
                vals = [ref, text, lead, orig, rev,
                        None if fill_only else prev, None if fill_only else cur, upd]
                put(ws, r, vals)
                if prev:
                    ws.cell(row=r, column=6).fill = FILL[prev]
                ws.cell(row=r, column=7).fill = FILL[cur]
                r += 1
    widths(ws, {"A": 8, "B": 60, "C": 34, "D": 13, "E": 13, "F": 11, "G": 11, "H": 50})
    return ws


def build_cqc():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = "Barking, Havering and Redbridge University Hospitals NHS Trust"
    ws["A1"].font = Font(bold=True, size=12, color="005EB8")
    ws["A2"] = "CQC inspection 2025 – Must do and Should do action plan"
    ws["A2"].font = Font(bold=True, size=15)
    ws["A3"] = ("Core services inspected: Urgent and emergency care (Queen's Hospital) and Medical care "
                "(King George Hospital), February 2025. Report published 30 May 2025.")
    ws["A4"] = "Position at 31 October 2025 – reported to Quality Assurance Committee, 19 November 2025"
    put(ws, 6, ["Current RAG", "Must do", "Should do", "Total"], bold=True, fill="grey")

    def count(sections, letter):
        return sum(1 for _, reqs in sections for _, _, acts in reqs for a in acts if a[6] == letter)
    r = 7
    for letter, word in (("B", "B – Complete"), ("G", "G – On track"), ("A", "A – At risk"), ("R", "R – Off track")):
        m, s = count(CQC_MUST, letter), count(CQC_SHOULD, letter)
        put(ws, r, [word, m, s, m + s])
        ws.cell(row=r, column=1).fill = FILL[letter]
        r += 1
    mt = sum(len(acts) for _, reqs in CQC_MUST for _, _, acts in reqs)
    st = sum(len(acts) for _, reqs in CQC_SHOULD for _, _, acts in reqs)
    put(ws, r, ["Total actions", mt, st, mt + st], bold=True)
    r += 2
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    for letter, meaning in (("B", "B = Complete and evidence validated by the Quality Compliance Team"),
                            ("G", "G = On track to deliver by the completion date"),
                            ("A", "A = At risk of slippage"),
                            ("R", "R = Off track or past the completion date")):
        r += 1
        c = ws.cell(row=r, column=1, value=meaning)
        c.fill = FILL[letter]
    r += 2
    ws.cell(row=r, column=1, value=("On the Should do sheet the RAG columns are shown by cell colour only. "
                                    "Where a revised completion date has been agreed by the executive lead it "
                                    "replaces the original date."))
    widths(ws, {"A": 60, "B": 10, "C": 10, "D": 8})
    _cqc_sheet(wb, "Must do", "CQC MUST DO actions", CQC_MUST, fill_only=False)
    _cqc_sheet(wb, "Should do", "CQC SHOULD DO actions", CQC_SHOULD, fill_only=True)
    wb.save(out(CQC_NAME))


# ================================================ 4. Devon Partnership NHS Trust QA csv
QA_NAME = "zrt-devon-partnership-nhs-trust-quality-account-priorities-tracker-2025-26.csv"

QA_PRIORITIES = [
    ("Priority 1 – Patient safety: Reduce the use of restrictive practice on our inpatient wards", [
        ("1.1", "Roll out the Safewards model to all adult acute and psychiatric intensive care wards.",
         "Associate Director of Nursing (Inpatients)", "Sep-25", "Green", "Complete",
         "All nine wards have completed Safewards training and the ten interventions are in place."),
        ("1.2", "Offer every patient a post-incident debrief within 72 hours of any restraint.\nRecord the debrief on RiO and report completion monthly to the Reducing Restrictive Practice Group.",
         "Reducing Restrictive Practice Lead", "31/12/2025", "Amber", "Amber",
         "Debriefs offered in 71% of cases in Q2 (Q1 64%). RiO form went live in August."),
        ("1.3", "Reduce prone restraint by 25% against the 2024/25 baseline.",
         "Associate Director of Nursing (Inpatients) / Clinical Director for Inpatients", "Q4 2025/26", "Amber", "Red",
         "Prone restraint rose in Q2 following two high-acuity admissions to Ocean ward; deep-dive commissioned."),
    ]),
    ("Priority 2 – Clinical effectiveness: Improve physical health checks for people with serious mental illness", [
        ("2.1", "Complete all six core physical health checks for community patients on the SMI register.",
         "Head of Physical Health", "March 2026", "Amber", "Green",
         "Q2 completion 58% against a year-end trajectory of 75%."),
        ("2.2", "Introduce a lipid and HbA1c monitoring protocol for people prescribed clozapine or depot antipsychotics.",
         "Chief Pharmacist; Head of Physical Health", "Jan 2026", "Green", "Green",
         "Protocol approved by Drugs and Therapeutics Committee in September."),
    ]),
    ("Priority 3 – Patient experience: Involve carers in care planning (Triangle of Care)", [
        ("3.1", "Complete the Triangle of Care self-assessment for all community mental health teams.",
         "Carer Lead", "30/09/2025", "Green", "Complete",
         "Self-assessments submitted to the Carers Trust in September."),
        ("3.2", "Record a named carer and carer involvement in the care plan for at least 80% of inpatients.",
         "Ruth Ellison (Head of Patient Experience)", "Q3 2025/26", "Amber", "Amber",
         "Q2 audit 69%. Ward champions in place on all wards."),
        ("3.3", "Hold quarterly carer listening events in each locality.",
         "Carer Lead", "Ongoing", "Green", "Green",
         "Events held in Exeter, Torbay and Barnstaple in Q2."),
    ]),
]


def build_qa():
    rows = []
    blank = [""] * 7
    rows.append(["Devon Partnership NHS Trust – Quality Account 2025/26: quality priorities tracker"] + [""] * 6)
    rows.append(["Reporting period: Quarter 2 (July to September 2025). Reported to the Quality and Safety Committee on 12 November 2025."] + [""] * 6)
    rows.append(blank)
    rows.append(["Ref", "Quality priority / action", "Lead", "Due", "Q1 RAG", "Q2 RAG", "Q2 update"])
    for heading, actions in QA_PRIORITIES:
        rows.append([heading] + [""] * 6)
        for a in actions:
            rows.append(list(a))
    rows.append(blank)
    tally = {}
    for _, actions in QA_PRIORITIES:
        for a in actions:
            tally[a[5]] = tally.get(a[5], 0) + 1
    rows.append(["Q2 summary", "Complete", str(tally.get("Complete", 0)), "", "", "", ""])
    rows.append(["", "Green", str(tally.get("Green", 0)), "", "", "", ""])
    rows.append(["", "Amber", str(tally.get("Amber", 0)), "", "", "", ""])
    rows.append(["", "Red", str(tally.get("Red", 0)), "", "", "", ""])
    rows.append(["", "Total", str(sum(tally.values())), "", "", "", ""])
    rows.append(blank)
    rows.append(["Key: Green – on track; Amber – some slippage, recovery plan in place; Red – off track; Complete – delivered, impact being measured."] + [""] * 6)
    rows.append(["Note: the Q2 RAG is the current position agreed by the executive lead (Chief Nurse)."] + [""] * 6)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for row in rows:
        w.writerow(row)
    with open(out(QA_NAME), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ================================================ docx helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, italic=False, size=None):
    cell.text = ""
    parts = text.split("\n")
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.italic = italic
        if size:
            run.font.size = Pt(size)


def add_table(doc, header, widths_=None, hdr_fill="D9D9D9"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], hdr_fill)
    return t


def full_row(t, text, fill, bold=True, italic=False):
    row = t.add_row()
    c = row.cells[0].merge(row.cells[-1])
    set_cell(c, text, bold=bold, italic=italic)
    shade(c, fill)
    return row


# ================================================ 5. Meddygfa Rhydbach HIW GP
HIW_NAME = "zrt-meddygfa-rhydbach-hiw-gp-inspection-improvement-plan.docx"
HIW_TITLE = "Meddygfa Rhydbach, Botwnnog – HIW General Practice Inspection: Improvement Plans"

HIW_IMMEDIATE = [
    ("The practice must ensure that emergency drugs and equipment are checked weekly and that any out-of-date items are replaced immediately.",
     "Health and Care Quality Standards 2023 – Safe",
     "Weekly emergency drugs and equipment checklist introduced, signed by the duty nurse.\nExpired items were replaced on the day of the inspection and compliance with the checklist will be checked monthly.",
     "Practice Manager / Practice Nurse", "11 June 2025"),
    ("The practice must ensure that all clinical staff have completed safeguarding training at the level appropriate to their role.",
     "Health and Care Quality Standards 2023 – Safe; Safeguarding",
     "Training matrix reviewed. The two clinicians without level 3 safeguarding children training have been booked onto the health board session.",
     "Practice Manager", "31 July 2025"),
]

HIW_PLAN = [
    ("Quality of the patient experience", [
        ("The practice must ensure that patients can contact the practice and book appointments in a timely way, including by telephone at 8am.",
         "Health and Care Quality Standards 2023 – Timely",
         "Install a call-queuing telephone system with a call-back function and add two reception staff to the 8am to 10am rota.",
         "Practice Manager", "30 September 2025"),
        ("The practice should ensure that information for patients is available bilingually, in line with its Welsh language responsibilities.",
         "Health and Care Quality Standards 2023 – Person-centred",
         "Replace English-only notices in the waiting room with bilingual versions and add a Welsh-language option to the practice website.",
         "Reception Supervisor", "31 October 2025"),
    ]),
    ("Delivery of safe and effective care", [
        ("The practice must ensure that cleaning schedules for clinical rooms are completed and retained.",
         "Health and Care Quality Standards 2023 – Safe; Infection prevention and control",
         "Daily cleaning schedules placed in each clinical room and checked weekly by the infection prevention and control lead nurse.",
         "Practice Nurse", "31 August 2025"),
        ("The practice must implement a system to ensure that patient safety alerts are received, actioned and recorded.",
         "Health and Care Quality Standards 2023 – Safe",
         "A patient safety alerts log has been created. Alerts are reviewed at the weekly clinical meeting and the action taken is recorded in the log.",
         "Dr Elin Pritchard (GP Partner)", "End of September 2025"),
    ]),
    ("Quality of management and leadership", [
        ("The practice must ensure that all staff receive an annual appraisal.",
         "Health and Care Quality Standards 2023 – Workforce",
         "Appraisal schedule agreed for all non-clinical staff; appraisals to be completed by the Practice Manager and a GP partner.",
         "Practice Manager / GP Partners", "December 2025"),
        ("The practice should hold regular, minuted whole-practice meetings to share learning.",
         "Health and Care Quality Standards 2023 – Leadership",
         "Monthly practice meetings held on the first Wednesday of each month, with minutes shared on the practice intranet.",
         "Practice Manager", "Ongoing"),
    ]),
]

HIW_HDR = ["Improvement needed", "Standard / Regulation", "Service action", "Responsible officer", "Timescale"]


def _rep_table(doc, name, role, date):
    doc.add_paragraph("Service representative:")
    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate((("Name (print):", name), ("Job role:", role), ("Date:", date))):
        set_cell(t.rows[i].cells[0], a, bold=True)
        set_cell(t.rows[i].cells[1], b)


def build_hiw():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(HIW_TITLE, level=1)
    doc.add_paragraph("Betsi Cadwaladr University Health Board")
    doc.add_paragraph("Inspection date: 10 June 2025")
    doc.add_paragraph("Publication date: 11 September 2025")

    doc.add_heading("Appendix A – Summary of concerns resolved during the inspection", level=2)
    doc.add_paragraph("The table below summarises the concerns identified and escalated during our inspection. "
                      "Due to the impact/potential impact on patient care and treatment these concerns needed to "
                      "be addressed straight away, during the inspection.")
    t = add_table(doc, ["Immediate concerns identified", "Impact/potential impact on patient care and treatment",
                        "How HIW escalated the concern", "How the concern was resolved"])
    row = t.add_row().cells
    for c, txt in zip(row, ["A sharps bin in the treatment room was over-filled and not dated.",
                            "Risk of needlestick injury to staff.",
                            "Raised with the Practice Nurse during the inspection.",
                            "The sharps bin was sealed and replaced, and the practice nurse cascaded the correct process to staff."]):
        set_cell(c, txt)

    doc.add_heading("Appendix B – Immediate improvement plan", level=2)
    doc.add_paragraph("Service: Meddygfa Rhydbach")
    doc.add_paragraph("Date of inspection: 10 June 2025")
    doc.add_paragraph("The table below includes any immediate concerns about patient safety identified during the "
                      "inspection where we require the service to complete an immediate improvement plan telling "
                      "us about the urgent actions they are taking.")
    t = add_table(doc, HIW_HDR)
    for item in HIW_IMMEDIATE:
        row = t.add_row().cells
        for c, txt in zip(row, item):
            set_cell(c, txt)
    doc.add_paragraph("The following section must be completed by a representative of the service who has overall "
                      "responsibility and accountability for ensuring the improvement plan is actioned.")
    _rep_table(doc, "Siân Hughes", "Practice Manager", "18 June 2025")

    doc.add_heading("Appendix C – Improvement plan", level=2)
    doc.add_paragraph("Service: Meddygfa Rhydbach")
    doc.add_paragraph("Date of inspection: 10 June 2025")
    doc.add_paragraph("The table below includes any other improvements identified during the inspection where we "
                      "require the service to complete an improvement plan telling us about the actions they are "
                      "taking to address these areas.")
    t = add_table(doc, HIW_HDR)
    for theme, items in HIW_PLAN:
        full_row(t, theme, "BDD7EE")
        for item in items:
            row = t.add_row().cells
            for c, txt in zip(row, item):
                set_cell(c, txt)
    doc.add_paragraph("The following section must be completed by a representative of the service who has overall "
                      "responsibility and accountability for ensuring the improvement plan is actioned.")
    _rep_table(doc, "Siân Hughes", "Practice Manager", "4 August 2025")
    doc.save(out(HIW_NAME))


# ================================================ 6. Priory Hospital Glasgow HIS
HIS_NAME = "zrt-priory-hospital-glasgow-his-inspection-improvement-action-plan.docx"
HIS_TITLE = "Improvement Action Plan – The Priory Hospital Glasgow"

HIS_DOMAINS = [
    ("Domain 2 – Leadership and culture", [], [
        ("a", "The service should ensure that staff supervision sessions are recorded consistently across all wards.",
         "Supervision template added to the electronic staff record; ward managers to audit completion monthly and report to the senior management team.",
         "October 2025", "Ward Managers"),
    ]),
    ("Domain 5 – Planning for quality", [
        ("1", "The provider must ensure that every patient has an up-to-date risk assessment for self-harm and suicide, reviewed after any incident or change in presentation.",
         "All patient risk assessments audited by ward managers against the revised risk assessment policy.\nRisk assessment review added as a standing item at daily safety huddles and weekly multidisciplinary team meetings.",
         "31 July 2025", "Director of Clinical Services"),
        ("2", "The provider must ensure that ligature risk assessments are reviewed annually and following any change to the environment.",
         "Ligature risk assessments for all wards to be reviewed by the estates team and ward managers, with a schedule of annual review added to the health and safety calendar.",
         "30 September 2025", "Hospital Director / Estates Manager"),
    ], [
        ("b", "The service should audit the completion of patient care plans and share the results with staff.",
         "Quarterly care plan audit introduced; results to be shared at ward team meetings and the clinical governance meeting.",
         "December 2025", "Quality and Compliance Lead"),
    ]),
    ("Domain 7 – Quality control", [
        ("3", "The provider must ensure that controlled drugs are checked and recorded in line with its medicines management policy.",
         "Twice-daily controlled drug checks by two registered nurses reinstated on all wards, with weekly pharmacy spot checks.",
         "Immediate and ongoing", "Consultant Pharmacist"),
    ], [
        ("c", "The service should consider how patients are involved in developing the hospital's quality improvement plan.",
         "Patient representatives will be invited to the quality improvement slot at the monthly community meeting and to the annual service review.",
         "31 January 2026", "Hospital Director"),
    ]),
]

HIS_HDR = ["No.", "Requirement / recommendation", "Action planned", "Timescale to meet action",
           "Responsibility for taking action"]


def build_his():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph("Healthcare Improvement Scotland – Independent Healthcare")
    p.runs[0].font.color.rgb = RGBColor(0x5A, 0x2D, 0x82)
    doc.add_heading(HIS_TITLE, level=1)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in (("Service:", "The Priory Hospital Glasgow"),
                 ("Service provider:", "Priory Healthcare Limited"),
                 ("Address:", "38–40 Mansionhouse Road, Langside, Glasgow G41 3DW"),
                 ("Date of inspection:", "3 and 4 June 2025"),
                 ("Date action plan submitted:", "4 August 2025")):
        row = t.add_row().cells
        set_cell(row[0], a, bold=True)
        set_cell(row[1], b)
    doc.add_paragraph("")
    doc.add_paragraph("This improvement action plan sets out the actions the service will take in response to the "
                      "requirements and recommendations made in the inspection report. Requirements are numbered and "
                      "recommendations are lettered, as in the report. Domains with no requirements or "
                      "recommendations are not shown.")
    for dom, reqs, recs in HIS_DOMAINS:
        doc.add_heading(dom, level=2)
        t = add_table(doc, HIS_HDR, hdr_fill="E4DFEC")
        for label, items in (("Requirements", reqs), ("Recommendations", recs)):
            if not items:
                continue
            full_row(t, label, "F2F2F2")
            for no, text, action, when, who in items:
                row = t.add_row().cells
                for c, txt in zip(row, (no, text, action, when, who)):
                    set_cell(c, txt)
    doc.add_paragraph("")
    doc.add_paragraph("Sign-off")
    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate((("Name of individual completing the plan:", "Lorna McKechnie"),
                                ("Job title:", "Hospital Director"),
                                ("Date:", "4 August 2025"))):
        set_cell(t.rows[i].cells[0], a, bold=True)
        set_cell(t.rows[i].cells[1], b)
    doc.save(out(HIS_NAME))


# ================================================ 7. Greenhaw Lodge RQIA QIP tracker (txt)
RQIA_NAME = "zrt-greenhaw-lodge-care-centre-rqia-care-inspection-qip-tracker.txt"
RQIA_TITLE = "Greenhaw Lodge Care Centre – RQIA Quality Improvement Plan action tracker"

RQIA_SECTIONS = [
    ("Action required to ensure compliance with The Nursing Homes Regulations (Northern Ireland) 2005", [
        ("1", "Regulation 13 (7)", "Second time",
         "The registered person shall ensure that the infection prevention and control issues identified during the inspection are managed to minimise the risk and spread of infection.",
         "Daily IPC walkaround by the nurse in charge of each unit; weekly hand hygiene and PPE audits reviewed by the Home Manager.",
         "Home Manager", "With immediate effect", "G"),
        ("2", "Regulation 12 (1) (a) and (b)", "First time",
         "The registered person shall ensure that the post-falls management of patients is in keeping with best practice guidance, including neurological observations.",
         "Post-falls protocol re-issued to all nurses; supervision completed with each registered nurse; monthly falls audit.",
         "Deputy Manager / Clinical Lead", "30 September 2025", "B"),
        ("3", "Regulation 27 (4) (b)", "First time",
         "The registered person shall ensure that fire doors are not wedged or propped open.",
         "Wedges removed; magnetic door guards fitted to the two lounge doors; fire safety awareness included in staff huddles.",
         "Home Manager; Maintenance Person", "31 August 2025", "B"),
    ]),
    ("Action required to ensure compliance with the Care Standards for Nursing Homes (December 2022)", [
        ("1", "Standard 4.9", "First time",
         "The registered person shall ensure that care records are reviewed and updated following any change in a patient's needs.",
         "Care records audit schedule introduced (ten records per unit each month); named nurses to update records within 24 hours of any change.",
         "Clinical Lead", "31 October 2025", "A"),
        ("2", "Standard 12", "Second time",
         "The registered person shall ensure that the dining experience is reviewed so that patients receive their meals in a timely manner and the menu is displayed in a suitable format.",
         "Pictorial menus displayed in each dining room; mealtime co-ordinator allocated on each unit; dining audit monthly.",
         "Hospitality Manager", "30 November 2025", "G"),
        ("3", "Standard 41", "First time",
         "The registered person shall ensure that staff meetings are held at least quarterly and that minutes are made available to staff.",
         "Staff meeting schedule for 2025/26 agreed; minutes to be kept in the staff room and on the staff app.",
         "Home Manager", "30/09/2025", "R"),
        ("4", "Standard 23", "First time",
         "The registered person shall ensure that repositioning charts are completed contemporaneously and reflect the frequency in the care plan.",
         "Repositioning charts checked at each handover by the nurse in charge; monthly pressure area care audit.",
         "Nurse in charge (each unit)", "Ongoing – monthly audit", "G"),
    ]),
]

RQIA_HDR = ["AFI", "Regulation / standard", "Stated", "Area for improvement", "Action taken / planned",
            "Lead", "To be completed by", "Status"]


def rqia_lines():
    lines = [RQIA_TITLE,
             "Unannounced care inspection 19 and 20 August 2025 (Inspection ID IN047512)",
             "Registered Manager: Aoife Doherty\tLast reviewed: 03/11/2025",
             "Status key: B = complete, G = on track, A = at risk, R = overdue",
             "",
             "\t".join(RQIA_HDR)]
    for heading, items in RQIA_SECTIONS:
        lines.append(heading)
        for it in items:
            assert not any("\t" in x or "\n" in x for x in it)
            lines.append("\t".join(it))
    lines += ["",
              "Note: areas for improvement are numbered separately for regulations and for standards, as in the RQIA report.",
              "This tracker is reviewed at the monthly governance meeting with the Responsible Individual."]
    return lines


def build_rqia():
    with open(out(RQIA_NAME), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(rqia_lines()) + "\r\n")


def build_all():
    build_baf()
    row = build_psii()
    build_cqc()
    build_qa()
    build_hiw()
    build_his()
    build_rqia()
    return row


if __name__ == "__main__":
    r = build_all()
    print("built; PSII typo row", r)
