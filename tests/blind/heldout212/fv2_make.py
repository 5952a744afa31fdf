#!/usr/bin/env python3
"""Build the seven fv2- blind test files (set heldout212).

Partnership, NHS and corporate plans:
  1. Keeping Bristol Safe Partnership  - SAR 'Ryan' multi-agency action plan      (.xlsx)
  2. Sefton Council                    - transformation programme highlight report (.xlsx)
  3. Dacorum Borough Council           - strategic risk register Q3 2024/25        (.xlsx, refuse)
  4. Safer Northumberland Partnership  - DHR 'Lindsay' action plan                 (.docx)
  5. Cwm Taf Morgannwg UHB             - maternity & neonatal improvement plan     (.docx)
  6. Mersey and West Lancashire THT    - Trust Board (public) action log           (.csv)
  7. Safer Sunderland Partnership      - partnership plan 2024-25 delivery plan    (.txt, tab-separated)

Run with: /work/main/.venv/bin/python fv2_make.py
Each action tuple also carries the reading (under/lead/end/status) used for the expected yaml.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))

D = dt.datetime

FILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "0070C0",
    "grey": "D9D9D9",
    "head": "1F3864",
    "band": "DDEBF7",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(c):
    return PatternFill("solid", start_color=FILL.get(c, c), end_color=FILL.get(c, c))


# ---------------------------------------------------------------------------
# 1. Keeping Bristol Safe Partnership - SAR 'Ryan' action plan (xlsx)
# ---------------------------------------------------------------------------
BRISTOL_FILE = "fv2-keeping-bristol-safe-partnership-sar-ryan-action-plan.xlsx"
BRISTOL_TITLE = "Keeping Bristol Safe Partnership – Safeguarding Adults Review ‘Ryan’ – Multi-Agency Action Plan"

BRISTOL_RECS = [
    ("Recommendation 1: KBSP should seek assurance from partner agencies that practitioners understand and apply "
     "the Mental Capacity Act 2005 when a person repeatedly declines support, including consideration of "
     "executive functioning.", [
        # ref, action, lead agency, lead officer, target, revised, progress, evidence, rag(fill), reading
        ("1.1", "Refresh the KBSP multi-agency Mental Capacity Act guidance to include a section on executive "
                "functioning and repeated refusal of care.",
         "Keeping Bristol Safe Partnership", "KBSP Business Manager", D(2024, 10, 31), None,
         "Guidance refreshed and published on KBSP website October 2024.\nLaunched at practitioner briefing 05/11/2024.",
         "Guidance document v2.0; briefing attendance list", "blue",
         dict(lead=["KBSP Business Manager"], end="2024-10", status="blue")),
        ("1.2", "Deliver a programme of MCA and executive functioning learning sessions for front-line "
                "practitioners across adult social care, housing and health.",
         "Bristol City Council", "Principal Social Worker (Adults)", D(2025, 3, 31), None,
         "Four of six sessions delivered (186 practitioners). Remaining sessions booked for February and March 2025.",
         "Attendance and evaluation data", "green",
         dict(lead=["Principal Social Worker (Adults)"], end="2025-03", status="green")),
        ("1.3", "Audit a sample of 20 cases where capacity has been assessed in relation to self-neglect to test "
                "the quality of assessments.",
         "BNSSG ICB", "Designated Nurse Safeguarding Adults / MCA Lead, Sirona care & health",
         D(2025, 2, 28), D(2025, 4, 30),
         "Audit tool agreed. Case selection delayed by record access issues; revised date agreed at SAR Sub-Group.",
         "", "amber",
         dict(lead=["Designated Nurse Safeguarding Adults", "MCA Lead, Sirona care & health"], end="2025-04",
              status="amber")),
    ]),
    ("Recommendation 2: KBSP partners should ensure that self-neglect and hoarding concerns are escalated through "
     "the multi-agency risk management (MARM) process when single-agency approaches have not reduced risk.", [
        ("2.1", "Review the Bristol MARM guidance and referral pathway and relaunch it with partners.",
         "Bristol City Council", "Head of Service, Safeguarding Adults", D(2024, 9, 30), None,
         "Relaunched at KBSP practitioner event 26/09/2024.", "Revised MARM guidance", "blue",
         dict(lead=["Head of Service, Safeguarding Adults"], end="2024-09", status="blue")),
        ("2.2", "Establish quarterly reporting to the SAR Sub-Group on the number of MARM referrals by agency and "
                "outcome.",
         "Bristol City Council", "Performance and Intelligence Manager", D(2024, 10, 31), D(2025, 1, 31),
         "Q2 data provided. Q3 report not yet produced – data field changes in the case management system still "
         "outstanding.", "", "red",
         dict(lead=["Performance and Intelligence Manager"], end="2025-01", status="red")),
        ("2.3", "Include hoarding and fire risk in the Avon Fire & Rescue Service Home Fire Safety Visit referral "
                "criteria shared with adult social care.",
         "Avon Fire & Rescue Service", "Station Manager, Prevention", D(2024, 12, 31), None,
         "Criteria agreed; awaiting sign-off at AF&RS Prevention Board 20/01/2025.", "", "green",
         dict(lead=["Station Manager, Prevention"], end="2024-12", status="green")),
    ]),
    ("Recommendation 3: Housing providers should ensure tenancy sustainment staff recognise and respond to signs of "
     "self-neglect and know how to raise a safeguarding concern.", [
        ("3.1", "Include self-neglect and the safeguarding referral pathway in the induction for all tenancy "
                "sustainment officers.",
         "Bristol City Council (Housing & Landlord Services)", "Tenancy Sustainment Manager", D(2024, 12, 31), None,
         "Induction module updated and in use from December 2024.", "Induction pack", "blue",
         dict(lead=["Tenancy Sustainment Manager"], end="2024-12", status="blue")),
        ("3.2", "Share the learning briefing from SAR ‘Ryan’ with Bristol Housing Partnership members and request "
                "confirmation of dissemination.",
         "Keeping Bristol Safe Partnership", "KBSP Business Manager", "March 2025", None,
         "Briefing circulated 10/12/2024; 7 of 12 members have confirmed dissemination.", "", "green",
         dict(lead=["KBSP Business Manager"], end="2025-03", status="green")),
    ]),
    ("Recommendation 4: The ICB should seek assurance that GP practices follow up people who do not attend "
     "appointments and who are known to be at risk of self-neglect.", [
        ("4.1", "Issue guidance on responding to adults at risk who repeatedly do not attend appointments to all GP "
                "practices in Bristol.",
         "BNSSG ICB", "Named GP for Safeguarding Adults", D(2024, 11, 30), D(2025, 3, 31),
         "Draft guidance out to consultation with the Local Medical Committee; revised date agreed.", "", "amber",
         dict(lead=["Named GP for Safeguarding Adults"], end="2025-03", status="amber")),
        ("4.2", "Add a self-neglect prompt to the primary care safeguarding audit tool and report results to the SAR "
                "Sub-Group.",
         "BNSSG ICB", "Named GP for Safeguarding Adults", D(2025, 6, 30), None,
         "Not yet started – scheduled for Q1 2025/26.", "", None,
         dict(lead=["Named GP for Safeguarding Adults"], end="2025-06", status="unrated")),
    ]),
    ("Recommendation 5: KBSP should evaluate the impact of this review’s learning twelve months after publication.", [
        ("5.1", "Undertake a practitioner survey and multi-agency case audit to evaluate whether practice has changed.",
         "Keeping Bristol Safe Partnership", "Chair, SAR Sub-Group", D(2025, 6, 30), None,
         "Survey questions drafted with the KBSP Learning and Development Sub-Group.", "", "green",
         dict(lead=["Chair, SAR Sub-Group"], end="2025-06", status="green")),
    ]),
]


def make_bristol():
    wb = Workbook()
    ws = wb.active
    ws.title = "Document control"
    ws["A1"] = BRISTOL_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:D1")
    rows = [
        ("Version", "1.4"),
        ("Date of this version", D(2025, 1, 14)),
        ("Owner", "KBSP Business Unit"),
        ("Monitored by", "KBSP Safeguarding Adults Review Sub-Group"),
        ("Approved by", "KBSP Adults Executive Group – 09/05/2024"),
        ("Published", "June 2024"),
    ]
    r = 3
    for k, v in rows:
        ws.cell(r, 1, k).font = Font(bold=True)
        c = ws.cell(r, 2, v)
        if isinstance(v, dt.datetime):
            c.number_format = "dd/mm/yyyy"
        c.alignment = Alignment(horizontal="left")
        for cc in (1, 2):
            ws.cell(r, cc).border = BOX
        r += 1
    r += 1
    ws.cell(r, 1, "Version history").font = Font(bold=True, size=12)
    r += 1
    for i, h in enumerate(["Version", "Date", "Summary of change"], 1):
        c = ws.cell(r, i, h)
        c.font = Font(bold=True)
        c.fill = fill("grey")
        c.border = BOX
    hist = [
        ("1.0", D(2024, 5, 9), "Plan agreed by KBSP Adults Executive Group"),
        ("1.2", D(2024, 9, 17), "Q2 progress updates added; revised target dates agreed for actions 1.3 and 4.1"),
        ("1.4", D(2025, 1, 14), "Q3 progress updates added; revised target date agreed for action 2.2"),
    ]
    for v in hist:
        r += 1
        for i, x in enumerate(v, 1):
            c = ws.cell(r, i, x)
            c.border = BOX
            if isinstance(x, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 44
    ws.column_dimensions["C"].width = 70

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "SAR ‘Ryan’ – Action Plan (Q3 2024/25 update)"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:J1")
    ws["A2"] = ("RAG status is shown by the colour of the cell in column J – see the Key tab. "
                "Revised target dates were agreed at the SAR Sub-Group.")
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:J2")
    heads = ["Recommendation", "Ref", "Action", "Lead Agency", "Lead Officer", "Target Date",
             "Revised Target Date", "Progress update (January 2025)", "Evidence / assurance", "RAG"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("head")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for rec, acts in BRISTOL_RECS:
        first = r
        for (ref, act, agency, officer, tgt, rev, prog, evid, rag, _rd) in acts:
            vals = [None, ref, act, agency, officer, tgt, rev, prog, evid or None, None]
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if rag:
                ws.cell(r, 10).fill = fill(rag)
            r += 1
        ws.cell(first, 1, rec).alignment = WRAP
        ws.cell(first, 1).font = Font(bold=True)
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(r, 1, "Note: Actions rated Blue will be proposed for closure at the KBSP Adults Executive Group on "
                  "13/03/2025.").font = Font(italic=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
    widths = [42, 6, 48, 26, 30, 13, 13, 48, 28, 8]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "C5"

    ws = wb.create_sheet("Key")
    ws["A1"] = "RAG key"
    ws["A1"].font = Font(bold=True, size=12)
    key = [
        ("blue", "Blue – Action complete"),
        ("green", "Green – On track to be delivered by the target date"),
        ("amber", "Amber – Some risk to delivery; revised date agreed"),
        ("red", "Red – Not on track / overdue"),
        (None, "No colour – Not yet started"),
    ]
    for i, (col, txt) in enumerate(key, 3):
        c = ws.cell(i, 1)
        c.border = BOX
        if col:
            c.fill = fill(col)
        ws.cell(i, 2, txt)
    ws.column_dimensions["A"].width = 8
    ws.column_dimensions["B"].width = 60
    wb.save(os.path.join(HERE, BRISTOL_FILE))


# ---------------------------------------------------------------------------
# 2. Sefton Council - transformation programme highlight report (xlsx)
# ---------------------------------------------------------------------------
SEFTON_FILE = "fv2-sefton-council-transformation-programme-highlight-report.xlsx"
SEFTON_TITLE = "Sefton Council – Transformation Programme Highlight Report"

SEFTON_WS = [
    ("Workstream 1 – Customer Access and Digital", [
        # ref, milestone, lead, baseline, forecast, prev, curr, commentary, reading
        ("T1.1", "Launch new customer contact platform (phase 1: council tax and waste enquiries)",
         "Head of Customer Services", D(2024, 9, 30), D(2024, 9, 30), "G", "B", "Went live 23/09/2024.",
         dict(lead=["Head of Customer Services"], end="2024-09", status="blue")),
        ("T1.2", "Move 60% of telephone transactions for waste services to online self-service",
         "Head of Customer Services / Digital Lead", D(2024, 12, 31), D(2025, 2, 28), "G", "A",
         "Currently 44%. Missed bin reporting form redesigned; relaunch planned January.",
         dict(lead=["Head of Customer Services", "Digital Lead"], end="2025-02", status="amber")),
        ("T1.3", "Decommission legacy CRM system and archive records", "ICT Programme Manager",
         "Q4 2024/25", "Q4 2024/25", "G", "G", "Data migration test complete.",
         dict(lead=["ICT Programme Manager"], end="2025-03", end_text="Q4 2024/25", status="green")),
    ]),
    ("Workstream 2 – Workforce and Organisational Design", [
        ("T2.1", "Complete spans and layers review of Tier 3 and Tier 4 management posts",
         "Chief Personnel Officer", D(2024, 10, 31), D(2024, 10, 31), "A", "B",
         "Review complete and reported to Executive Leadership Team 29/10/2024.",
         dict(lead=["Chief Personnel Officer"], end="2024-10", status="blue")),
        ("T2.2", "Consult on revised management structure\n(statutory 45-day consultation)",
         "Chief Personnel Officer", D(2024, 11, 30), D(2025, 1, 31), "A", "R",
         "Consultation start delayed pending Cabinet decision; revised timeline to Transformation Board 11/12/24.",
         dict(lead=["Chief Personnel Officer"], end="2025-01", status="red")),
        ("T2.3", "Implement new flexible working policy and hybrid working guidance",
         "HR Business Partner (Corporate Resources)", D(2025, 3, 31), D(2025, 3, 31), "G", "G",
         "Policy agreed with trade unions; manager briefings scheduled.",
         dict(lead=["HR Business Partner (Corporate Resources)"], end="2025-03", status="green")),
    ]),
    ("Workstream 3 – Assets and Accommodation", [
        ("T3.1", "Agree disposal list for surplus operational buildings (tranche 1)",
         "Assistant Director – Strategic Property", D(2024, 12, 31), D(2024, 12, 31), "G", "G",
         "Draft list to Cabinet Member briefing 05/12/2024.",
         dict(lead=["Assistant Director – Strategic Property"], end="2024-12", status="green")),
        ("T3.2", "Vacate Magdalen House floors 3–5 and consolidate staff into Bootle Town Hall",
         "Assistant Director – Strategic Property; Facilities Manager", D(2025, 1, 31), D(2025, 4, 30), "A", "A",
         "Fit-out works delayed by asbestos survey findings.",
         dict(lead=["Assistant Director – Strategic Property", "Facilities Manager"], end="2025-04",
              status="amber")),
        ("T3.3", "Procure asset management system", "Head of Strategic Property", D(2025, 3, 31), D(2025, 6, 30),
         "G", "R", "Procurement paused – budget under review as part of 2025/26 budget setting.",
         dict(lead=["Head of Strategic Property"], end="2025-06", status="red")),
    ]),
    ("Workstream 4 – Demand Management (Adults and Home to School Transport)", [
        ("T4.1", "Implement strengths-based ‘front door’ model in Adult Social Care",
         "Assistant Director – Adult Social Care (Operations)", D(2024, 12, 31), D(2024, 12, 31), "G", "G",
         "Pilot in Southport locality evaluated; borough-wide roll-out on track.",
         dict(lead=["Assistant Director – Adult Social Care (Operations)"], end="2024-12", status="green")),
        ("T4.2", "Review home to school transport eligibility policy and consult on changes",
         "Head of Education Excellence / Transport Commissioning Manager", D(2025, 1, 31), D(2025, 3, 31), "G", "A",
         "Consultation to open once Cabinet has considered draft policy (February 2025).",
         dict(lead=["Head of Education Excellence", "Transport Commissioning Manager"], end="2025-03",
              status="amber")),
        ("T4.3", "Introduce independent travel training offer for post-16 learners", "SEND Transport Lead",
         "September 2025", "September 2025", "G", "G", "Provider engagement event held 14/11/2024.",
         dict(lead=["SEND Transport Lead"], end="2025-09", status="green")),
    ]),
]

RAGFILL = {"B": "blue", "G": "green", "A": "amber", "R": "red"}


def make_sefton():
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight"
    ws["A1"] = SEFTON_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:E1")
    ws["A2"] = "Period 8 (November 2024)"
    ws["A2"].font = Font(bold=True, size=12)
    info = [
        ("Programme SRO", "Executive Director of Corporate Resources and Customer Services"),
        ("Programme Manager", "Head of Transformation"),
        ("Reporting to", "Transformation Board – 11 December 2024"),
        ("Overall programme RAG", "A"),
    ]
    r = 4
    for k, v in info:
        ws.cell(r, 1, k).font = Font(bold=True)
        c = ws.cell(r, 2, v)
        ws.cell(r, 1).border = BOX
        c.border = BOX
        if k.startswith("Overall"):
            c.fill = fill("amber")
            c.font = Font(bold=True)
        r += 1
    r += 1
    ws.cell(r, 1, "Key messages").font = Font(bold=True, size=12)
    for msg in [
        "• Customer contact platform phase 1 is live; channel shift for waste services is behind trajectory.",
        "• Management restructure consultation has slipped to January 2025 pending Cabinet decision.",
        "• 2024/25 savings forecast is £0.6m below target; mitigations are set out in the finance section.",
    ]:
        r += 1
        ws.cell(r, 1, msg)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
    r += 2
    ws.cell(r, 1, "Savings summary (£000)").font = Font(bold=True, size=12)
    r += 1
    for i, h in enumerate(["Workstream", "2024/25 target", "Forecast", "Variance"], 1):
        c = ws.cell(r, i, h)
        c.font = Font(bold=True)
        c.fill = fill("grey")
        c.border = BOX
    sav = [("Customer Access and Digital", 850, 620), ("Workforce and Organisational Design", 1200, 1050),
           ("Assets and Accommodation", 400, 330), ("Demand Management", 1500, 1350)]
    for name, t, f in sav:
        r += 1
        for i, x in enumerate([name, t, f, f - t], 1):
            ws.cell(r, i, x).border = BOX
    r += 1
    tot = [sum(x[1] for x in sav), sum(x[2] for x in sav)]
    for i, x in enumerate(["Total", tot[0], tot[1], tot[1] - tot[0]], 1):
        c = ws.cell(r, i, x)
        c.font = Font(bold=True)
        c.border = BOX
    r += 2
    ws.cell(r, 1, "Milestone RAG summary").font = Font(bold=True, size=12)
    counts = {"B": 0, "G": 0, "A": 0, "R": 0}
    for _, ms in SEFTON_WS:
        for m in ms:
            counts[m[6]] += 1
    r += 1
    for i, (lab, k) in enumerate([("Blue", "B"), ("Green", "G"), ("Amber", "A"), ("Red", "R")], 1):
        ws.cell(r, i, lab).fill = fill(RAGFILL[k])
        ws.cell(r + 1, i, counts[k])
    ws.cell(r, 5, "Total").font = Font(bold=True)
    ws.cell(r + 1, 5, sum(counts.values())).font = Font(bold=True)
    r += 3
    ws.cell(r, 1, "RAG key").font = Font(bold=True, size=12)
    for k, txt in [("B", "Complete"), ("G", "On track"), ("A", "At risk – mitigation in place"),
                   ("R", "Off track – escalation required")]:
        r += 1
        c = ws.cell(r, 1, k)
        c.fill = fill(RAGFILL[k])
        c.alignment = Alignment(horizontal="center")
        ws.cell(r, 2, txt)
    ws.column_dimensions["A"].width = 36
    ws.column_dimensions["B"].width = 60
    for col in "CDE":
        ws.column_dimensions[col].width = 14

    ws = wb.create_sheet("Milestones")
    ws["A1"] = "Transformation Programme – Milestone Tracker (Period 8)"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:H1")
    heads = ["Ref", "Milestone", "Lead", "Baseline date", "Forecast date", "Previous RAG", "Current RAG",
             "Commentary"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(3, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("head")
        c.alignment = WRAP
        c.border = BOX
    r = 4
    for wsname, ms in SEFTON_WS:
        c = ws.cell(r, 1, wsname)
        c.font = Font(bold=True)
        for i in range(1, 9):
            ws.cell(r, i).fill = fill("band")
            ws.cell(r, i).border = BOX
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for (ref, text, lead, base, fc, prev, cur, comm, _rd) in ms:
            vals = [ref, text, lead, base, fc, prev, cur, comm]
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd-mmm-yy"
            for i, k in ((6, prev), (7, cur)):
                ws.cell(r, i).fill = fill(RAGFILL[k])
                ws.cell(r, i).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
    r += 1
    ws.cell(r, 1, "Totals").font = Font(bold=True)
    ws.cell(r, 2, "Milestones reported: %d" % sum(counts.values()))
    ws.cell(r + 1, 2, "Blue %d | Green %d | Amber %d | Red %d" % (counts["B"], counts["G"], counts["A"], counts["R"]))
    widths = [7, 50, 36, 13, 13, 10, 10, 50]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(os.path.join(HERE, SEFTON_FILE))


# ---------------------------------------------------------------------------
# 3. Dacorum BC - strategic risk register Q3 2024/25 (xlsx) - REFUSE (0ct-25)
# ---------------------------------------------------------------------------
DACORUM_FILE = "fv2-dacorum-bc-strategic-risk-register-q3-2024-25-typo-month-refuse.xlsx"
DACORUM_TITLE = "Strategic Risk Register – Quarter 3 2024/25"

DACORUM_RISKS = [
    ("F1", "Financial sustainability – the Council is unable to deliver a balanced budget over the medium term",
     "Chief Finance Officer", "4 x 4 = 16",
     "Medium Term Financial Strategy; monthly budget monitoring to CLT; savings tracker; general fund reserves "
     "policy", "3 x 4 = 12", "↔", [
        ("Deliver the 2025/26 savings programme of £1.9m and report progress monthly to CLT",
         "Assistant Director – Finance", "Mar-26", "On track"),
        ("Refresh the Medium Term Financial Strategy for 2025/26 – 2029/30", "Chief Finance Officer", "Feb-25",
         "On track"),
    ]),
    ("H1", "Housing – failure to meet the Regulator of Social Housing consumer standards",
     "Strategic Director – Housing and Property", "4 x 5 = 20",
     "Compliance dashboard; Housing and Community Overview and Scrutiny; tenant scrutiny panel", "3 x 4 = 12", "↓", [
        ("Complete stock condition surveys of 100% of council homes", "Assistant Director – Property", "Sep-25",
         "Behind schedule"),
        ("Implement the new damp and mould case management process", "Head of Housing Operations", "Dec-24",
         "Complete"),
        ("Submit self-assessment against the Tenant Satisfaction Measures to Housing Board",
         "Head of Tenant Engagement", "Jun-25", "On track"),
    ]),
    ("C1", "Cyber security – loss of systems or data through a cyber attack",
     "Assistant Director – Corporate and Contracted Services", "4 x 5 = 20",
     "Firewalls and endpoint protection; mandatory e-learning; backups tested quarterly", "2 x 5 = 10", "↔", [
        ("Achieve PSN compliance recertification", "Head of ICT", "Jun-25", "On track"),
        ("Run a cyber incident response exercise with the Corporate Leadership Team", "Head of ICT", "0ct-25",
         "Not started"),
    ]),
    ("P1", "Local Plan – the Local Plan is not adopted within the agreed timetable",
     "Strategic Director – Place", "4 x 4 = 16", "Local Development Scheme; Member working group", "3 x 4 = 12",
     "↑", [
        ("Submit the Local Plan to the Secretary of State for examination", "Head of Strategic Planning",
         "Nov-25", "On track"),
    ]),
]


def make_dacorum():
    wb = Workbook()
    ws = wb.active
    ws.title = "SRR Q3"
    ws["A1"] = "Dacorum Borough Council"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = DACORUM_TITLE
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Reported to Audit Committee – 12 February 2025"
    ws["A3"].font = Font(italic=True)
    heads = ["Risk Ref", "Risk Title", "Risk Owner", "Inherent Score (L x I)", "Key Controls in Place",
             "Residual Score (L x I)", "Direction of Travel", "Further Action Planned", "Action Owner",
             "Target Date", "Action Status"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(5, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("head")
        c.alignment = WRAP
        c.border = BOX
    r = 6
    typo_row = None
    for (ref, title, owner, inh, ctl, res, dot, acts) in DACORUM_RISKS:
        first = r
        for (act, aown, tgt, st) in acts:
            for i, v in enumerate([act, aown, tgt, st], 8):
                c = ws.cell(r, i, v)
                c.alignment = WRAP
                c.border = BOX
            if tgt.startswith("0"):
                typo_row = r
            r += 1
        for i, v in enumerate([ref, title, owner, inh, ctl, res, dot], 1):
            c = ws.cell(first, i, v)
            c.alignment = WRAP
            for rr in range(first, r):
                ws.cell(rr, i).border = BOX
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=i, end_row=r - 1, end_column=i)
        resid = int(res.split("=")[1])
        ws.cell(first, 6).fill = fill("red" if resid >= 15 else "amber" if resid >= 8 else "green")
    r += 1
    ws.cell(r, 1, "Summary").font = Font(bold=True)
    ws.cell(r + 1, 1, "Strategic risks: %d" % len(DACORUM_RISKS))
    ws.cell(r + 2, 1, "Residual score 15–25 (High): 0 | 8–12 (Medium): %d | 1–6 (Low): 0" % len(DACORUM_RISKS))
    ws.cell(r + 3, 1, "Direction of travel: ↑ increased  ↓ reduced  ↔ unchanged since Q2")
    widths = [8, 40, 26, 12, 44, 12, 10, 46, 28, 12, 16]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(os.path.join(HERE, DACORUM_FILE))
    return typo_row


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


def set_text(cell, text, bold=False, size=9):
    """Write text into a cell; '\n' starts a new paragraph inside the cell."""
    parts = text.split("\n") if text else [""]
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(1.5))


def header_row(table, heads, fillhex="1F3864"):
    for i, h in enumerate(heads):
        c = table.rows[0].cells[i]
        set_text(c, h, bold=True)
        shade(c, fillhex)
        for run in c.paragraphs[0].runs:
            run.font.color.rgb = docx.shared.RGBColor(0xFF, 0xFF, 0xFF)


# ---------------------------------------------------------------------------
# 4. Safer Northumberland Partnership - DHR 'Lindsay' action plan (docx)
# ---------------------------------------------------------------------------
NLD_FILE = "fv2-safer-northumberland-partnership-dhr-lindsay-action-plan.docx"
NLD_TITLE = "Domestic Homicide Review ‘Lindsay’ – Action Plan"
NLD_HEADS = ["Recommendation", "Scope of recommendation", "Action to take", "Lead Agency",
             "Key milestones achieved in enacting recommendation", "Target date",
             "Date of completion and outcome", "RAG"]

NLD_SECTIONS = [
    ("Section A: Overview Report Recommendations", [
        ("1. The Safer Northumberland Partnership should seek assurance that all partner agencies have a routine "
         "enquiry policy for domestic abuse and that staff are trained to use it.", "Local", [
            ("Audit partner agencies’ routine enquiry policies using a self-assessment template circulated via the "
             "DHR Sub-Group.", "Safer Northumberland Partnership",
             "Template circulated 02/05/2024; 9 of 11 returns received.", "September 2024",
             "Completed 30/09/2024 – findings reported to SNP Board October 2024.", "Blue",
             dict(lead=["Safer Northumberland Partnership"], end="2024-09", status="blue")),
            ("Commission routine enquiry training for frontline staff in partner agencies that have no current "
             "training offer.", "Northumberland County Council (Public Health)",
             "Training specification agreed; provider identified.", "31/03/2025", "", "Green",
             dict(lead=["Northumberland County Council (Public Health)"], end="2025-03", status="green")),
        ]),
        ("2. Northumbria Police should ensure that repeat victims of domestic abuse are identified and referred to "
         "MARAC in line with the repeat victim criteria.", "Local / Regional", [
            ("Re-issue MARAC repeat victim guidance to all response and neighbourhood officers and include it in the "
             "domestic abuse refresher training.", "Northumbria Police",
             "Guidance re-issued 18/11/2024.", "December 2024",
             "Completed – refresher delivered to 412 officers by 20/12/2024.", "Blue",
             dict(lead=["Northumbria Police"], end="2024-12", status="blue")),
            ("Dip sample 50 repeat-victim incidents each quarter to confirm that MARAC referrals were made.",
             "Northumbria Police", "First dip sample completed Q3 2024/25 (86% compliance).", "Quarterly", "",
             "Green",
             dict(lead=["Northumbria Police"], end=None, end_text="Quarterly", status="green")),
        ]),
        ("3. The Safer Northumberland Partnership should raise awareness of economic abuse and coercive control "
         "among older people and their families.", "Local", [
            ("Develop and deliver an awareness campaign on coercive control in later life.\nInclude information in "
             "GP surgeries, pharmacies and libraries.", "Safer Northumberland Partnership",
             "Campaign materials in design with Age UK Northumberland; launch moved from the 16 Days of Action to "
             "spring 2025.", "April 2025", "", "Amber",
             dict(lead=["Safer Northumberland Partnership"], end="2025-04", status="amber")),
        ]),
        ("4. The Home Office should consider including guidance on adult family homicide in the revised statutory "
         "guidance for Domestic Homicide Reviews.", "National", [
            ("Write to the Home Office Domestic Homicide Review team highlighting this recommendation.",
             "Safer Northumberland Partnership", "", "May 2024", "Letter sent 21/05/2024.", "Blue",
             dict(lead=["Safer Northumberland Partnership"], end="2024-05", status="blue")),
        ]),
    ]),
    ("Section B1: Single agency recommendations – Northumbria Healthcare NHS Foundation Trust", [
        ("NHCFT 1. The Trust should strengthen the recording of safeguarding conversations in the Emergency "
         "Department when a patient discloses domestic abuse.", "Single agency", [
            ("Add a mandatory domestic abuse routine enquiry field to the Emergency Department electronic patient "
             "record.", "Northumbria Healthcare NHS Foundation Trust",
             "Change request submitted; awaiting release by the digital team.", "31/01/2025", "", "Red",
             dict(lead=["Northumbria Healthcare NHS Foundation Trust"], end="2025-01", status="red")),
            ("Deliver refresher training on recording disclosures to Emergency Department nursing and medical staff.",
             "Northumbria Healthcare NHS Foundation Trust", "Sessions added to ED mandatory training days.",
             "March 2025", "", "Green",
             dict(lead=["Northumbria Healthcare NHS Foundation Trust"], end="2025-03", status="green")),
        ]),
    ]),
    ("Section B2: Single agency recommendations – Cumbria, Northumberland, Tyne and Wear NHS Foundation Trust", [
        ("CNTW 1. The Trust should ensure that carers’ assessments consider the risk of domestic abuse where the "
         "carer is also a family member.", "Single agency", [
            ("Amend the carer’s assessment template to include a prompt on domestic abuse and family relationships.",
             "Cumbria, Northumberland, Tyne and Wear NHS Foundation Trust", "Template amended and tested.",
             "30/06/2024", "Completed 28/06/2024.", "Blue",
             dict(lead=["Cumbria, Northumberland, Tyne and Wear NHS Foundation Trust"], end="2024-06",
                  status="blue")),
        ]),
    ]),
    ("Section B3: Single agency recommendations – Northumberland County Council Adult Social Care", [
        ("ASC 1. Adult Social Care should ensure that safeguarding enquiries where a family member is the alleged "
         "perpetrator consider domestic abuse and use the DASH risk assessment where appropriate.", "Single agency", [
            ("Update the Section 42 enquiry practice guidance to include domestic abuse and the DASH risk assessment.",
             "Northumberland County Council (Adult Social Care)", "Guidance updated and published on the intranet.",
             "31/12/2024", "Completed 16/12/2024.", "Blue",
             dict(lead=["Northumberland County Council (Adult Social Care)"], end="2024-12", status="blue")),
            ("Audit 20 Section 42 enquiries with a family member as alleged perpetrator to test compliance with the "
             "updated guidance.", "Northumberland County Council (Adult Social Care)", "", "July 2025", "",
             "Not started",
             dict(lead=["Northumberland County Council (Adult Social Care)"], end="2025-07", status="unrated")),
        ]),
    ]),
]

RAGHEX = {"Blue": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000",
          "B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}


def make_northumberland():
    doc = docx.Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("Safer Northumberland Partnership")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_heading(NLD_TITLE, level=0)
    doc.add_paragraph("Overview report recommendations and single agency recommendations")
    doc.add_paragraph("Version 3 – updated February 2025 for the Safer Northumberland Partnership Board")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Document owner", "Community Safety Manager, Northumberland County Council"),
                 ("DHR reference", "DHR 2023/02"),
                 ("Home Office Quality Assurance Panel", "Overview report approved for publication 14/03/2024"),
                 ("Monitoring", "Quarterly by the DHR Sub-Group; exceptions to the SNP Board")]:
        row = t.add_row()
        set_text(row.cells[0], k, bold=True)
        shade(row.cells[0], "D9D9D9")
        set_text(row.cells[1], v)
    doc.add_paragraph()
    doc.add_paragraph("RAG: Blue – completed; Green – on track; Amber – at risk of not meeting the target date; "
                      "Red – target date missed; Not started – action not yet due to start.")
    for sec, recs in NLD_SECTIONS:
        doc.add_heading(sec, level=1)
        nrows = sum(len(a) for _, _, a in recs)
        t = doc.add_table(rows=1 + nrows, cols=len(NLD_HEADS))
        t.style = "Table Grid"
        header_row(t, NLD_HEADS)
        ri = 1
        for rec, scope, acts in recs:
            first = ri
            for (act, lead, ms, tgt, done, rag, _rd) in acts:
                cells = t.rows[ri].cells
                set_text(cells[2], act)
                set_text(cells[3], lead)
                set_text(cells[4], ms)
                set_text(cells[5], tgt)
                set_text(cells[6], done)
                set_text(cells[7], rag, bold=True)
                if rag in RAGHEX:
                    shade(cells[7], RAGHEX[rag])
                ri += 1
            set_text(t.rows[first].cells[0], rec, bold=True)
            set_text(t.rows[first].cells[1], scope)
            if ri - 1 > first:
                for col in (0, 1):
                    t.cell(first, col).merge(t.cell(ri - 1, col))
        doc.add_paragraph()
    doc.add_paragraph("Actions rated Blue are reported to the SNP Board for closure. The plan will be closed when "
                      "all actions are complete and the learning has been evaluated.")
    doc.save(os.path.join(HERE, NLD_FILE))


# ---------------------------------------------------------------------------
# 5. Cwm Taf Morgannwg UHB - maternity & neonatal improvement plan (docx)
# ---------------------------------------------------------------------------
CTM_FILE = "fv2-cwm-taf-morgannwg-uhb-maternity-neonatal-improvement-plan.docx"
CTM_TITLE = "Maternity and Neonatal Improvement Plan 2024/25"

CTM_THEMES = [
    ("Theme 1: Leadership and Culture", False, [
        # ref, action, lead, due, revised(None if no col), progress, rag, reading
        ("LC1", "Appoint a substantive Clinical Director for Obstetrics and Gynaecology for the Prince Charles "
                "Hospital site.", "Chief Operating Officer", "September 2024", None,
         "Appointed; commenced in post 02/09/2024.", "B",
         dict(lead=["Chief Operating Officer"], end="2024-09", status="blue")),
        ("LC2", "Deliver the action plan arising from the maternity and neonatal staff culture survey, with "
                "quarterly pulse surveys.", "Director of Midwifery / Clinical Director, Neonates", "31/03/2025", None,
         "Second pulse survey completed December 2024 (response rate 38%).", "G",
         dict(lead=["Director of Midwifery", "Clinical Director, Neonates"], end="2025-03", status="green")),
        ("LC3", "Hold monthly listening events for midwifery and neonatal nursing staff at each site, led by the "
                "senior leadership team.", "Director of Midwifery", "Monthly", None,
         "Events held at Prince Charles and Royal Glamorgan Hospitals in November, December and January.", "G",
         dict(lead=["Director of Midwifery"], end=None, end_text="Monthly", status="green")),
    ]),
    ("Theme 2: Safe and Effective Care", False, [
        ("SE1", "Achieve 90% compliance with fetal monitoring (CTG) competency assessment for midwives and "
                "obstetricians.", "Fetal Surveillance Lead Midwife", "30/11/2024", None,
         "Midwives 93%; obstetric medical staff 81%. Additional sessions booked for December and January.", "A",
         dict(lead=["Fetal Surveillance Lead Midwife"], end="2024-11", status="amber")),
        ("SE2", "Introduce a monthly audit of Maternity Early Warning Score (MEWS) completion and escalation on both "
                "obstetric units.", "Consultant Midwife, Quality and Safety", "October 2024", None,
         "Audit embedded; results reported to Maternity Quality and Safety Group monthly.", "B",
         dict(lead=["Consultant Midwife, Quality and Safety"], end="2024-10", status="blue")),
        ("SE3", "Ensure daily checks of resuscitaires and obstetric emergency trolleys are completed and recorded "
                "(HIW immediate assurance, Prince Charles Hospital).", "Labour Ward Manager (PCH)", "March 2024",
         None, "Daily checklist in place; weekly spot checks by Matron show 100% compliance since April 2024.", "B",
         dict(lead=["Labour Ward Manager (PCH)"], end="2024-03", status="blue")),
        ("SE4", "Reduce the number of maternity incidents open for more than 60 days to fewer than 20.",
         "Head of Quality and Safety, Family Care Group", "31/12/2024", None,
         "41 incidents open for more than 60 days (down from 57). Recovery trajectory agreed with the Care Group.",
         "R",
         dict(lead=["Head of Quality and Safety, Family Care Group"], end="2024-12", status="red")),
    ]),
    ("Theme 3: Neonatal Improvement Plan – Outstanding Actions", True, [
        ("NN1", "Recruit to the neonatal nursing establishment in line with BAPM standards, including two additional "
                "Qualified in Speciality (QIS) nurses.", "Head of Neonatal Nursing", "September 2024", "April 2025",
         "One QIS nurse appointed; second post re-advertised.", "A",
         dict(lead=["Head of Neonatal Nursing"], end="2025-04", status="amber")),
        ("NN2", "Implement the neonatal transitional care pathway at Prince Charles Hospital.",
         "Consultant Neonatologist (Neonatal Lead); Head of Neonatal Nursing", "31/12/2024", "",
         "Pathway went live 09/12/2024.", "B",
         dict(lead=["Consultant Neonatologist (Neonatal Lead)", "Head of Neonatal Nursing"], end="2024-12",
              status="blue")),
        ("NN3", "Complete the Family Integrated Care (FICare) accreditation self-assessment for both neonatal units.",
         "Neonatal Family Care Lead", "June 2025", "", "Self-assessment started; parent panel convened.", "G",
         dict(lead=["Neonatal Family Care Lead"], end="2025-06", status="green")),
    ]),
]


def make_ctm():
    doc = docx.Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("Cwm Taf Morgannwg University Health Board")
    r.bold = True
    r.font.size = Pt(13)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Agenda item", "6.2"),
                 ("Meeting", "Quality, Safety and Risk Committee"),
                 ("Date of meeting", "20 February 2025"),
                 ("Report title", "Maternity and Neonatal Improvement Plan 2024/25 – Progress Report"),
                 ("Executive lead", "Executive Director of Nursing"),
                 ("Report author", "Director of Midwifery; Neonatal Improvement Programme Manager"),
                 ("Purpose", "For assurance")]:
        row = t.add_row()
        set_text(row.cells[0], k, bold=True)
        shade(row.cells[0], "DEEAF6")
        set_text(row.cells[1], v)
    doc.add_paragraph()
    doc.add_heading(CTM_TITLE, level=1)
    doc.add_paragraph("Position as at 31 January 2025")
    doc.add_paragraph("This plan brings together the remaining actions from the de-escalation criteria agreed with "
                      "Welsh Government, the neonatal improvement plan and the HIW inspection of maternity services "
                      "at Prince Charles Hospital. Completed actions remain on the plan until the Committee agrees "
                      "that evidence of embedding is sufficient.")
    doc.add_paragraph("RAG key")
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for code, txt in [("B", "Complete and evidence of embedding"), ("G", "On track"),
                      ("A", "At risk – mitigation in place"), ("R", "Off track – escalated to Executive Director")]:
        row = k.add_row()
        set_text(row.cells[0], code, bold=True)
        shade(row.cells[0], RAGHEX[code])
        set_text(row.cells[1], txt)
    for theme, revised, acts in CTM_THEMES:
        doc.add_heading(theme, level=2)
        heads = (["Ref", "Action", "Lead", "Original due", "Revised due", "Progress this period", "RAG"] if revised
                 else ["Ref", "Action", "Lead", "Due", "Progress this period", "RAG"])
        t = doc.add_table(rows=1, cols=len(heads))
        t.style = "Table Grid"
        header_row(t, heads, "7030A0")
        for (ref, act, lead, due, rev, prog, rag, _rd) in acts:
            vals = [ref, act, lead, due] + ([rev] if revised else []) + [prog, rag]
            row = t.add_row()
            for i, v in enumerate(vals):
                set_text(row.cells[i], v or "", bold=(i == len(vals) - 1))
            shade(row.cells[len(vals) - 1], RAGHEX[rag])
        doc.add_paragraph()
    doc.add_paragraph("Recommendation: The Committee is asked to note the progress reported and the actions rated "
                      "Red and Amber.")
    doc.save(os.path.join(HERE, CTM_FILE))


# ---------------------------------------------------------------------------
# 6. Mersey and West Lancashire Teaching Hospitals - Trust Board action log (csv)
# ---------------------------------------------------------------------------
MWL_FILE = "fv2-mersey-west-lancashire-teaching-hospitals-board-public-action-log.csv"
MWL_TITLE = "Mersey and West Lancashire Teaching Hospitals NHS Trust – Trust Board (Public) Action Log"
MWL_HEADS = ["Action No", "Date of Meeting", "Minute Ref", "Action", "Lead", "Due Date", "Progress Update", "RAG"]
MWL_ROWS = [
    ("TB24/041", "31/07/2024", "Min 112/24",
     "Provide a breakdown of 12-hour waits in the Emergency Department by site (Whiston and Southport) in the next "
     "Integrated Performance Report.", "Chief Operating Officer", "25/09/2024",
     "Included in the September 2024 IPR.", "Green",
     dict(lead=["Chief Operating Officer"], end="2024-09", status="blue")),
    ("TB24/048", "25/09/2024", "Min 131/24",
     "Bring the outcome of the review of maternity services at Ormskirk to Board.",
     "Chief Nurse / Director of Midwifery", "March 2025 Board",
     "Review report received by Quality Committee 16/01/2025.\nBoard presentation scheduled for March.", "Amber",
     dict(lead=["Chief Nurse", "Director of Midwifery"], end="2025-03", end_text="March 2025 Board",
          status="amber")),
    ("TB24/052", "25/09/2024", "Min 135/24",
     "Share Freedom to Speak Up themes by staff group with the People Committee.", "Director of HR & OD",
     "30/11/2024", "Presented to People Committee 19/11/2024.", "Green",
     dict(lead=["Director of HR & OD"], end="2024-11", status="blue")),
    ("TB24/055", "27/11/2024", "Min 156/24",
     "Review the risk appetite for financial risks (BAF risk 6) at a Board development session.",
     "Director of Corporate Services", "January 2025",
     "Deferred to the February development session due to agenda pressures.", "Red",
     dict(lead=["Director of Corporate Services"], end="2025-01", status="red")),
    ("TB24/057", "27/11/2024", "Min 158/24",
     "Provide an analysis of agency and bank spend against the NHS England agency cap by staff group.",
     "Director of Finance & Information", "29/01/2025", "Included in the Month 9 finance report.", "Green",
     dict(lead=["Director of Finance & Information"], end="2025-01", status="blue")),
    ("TB24/058", "27/11/2024", "Min 160/24",
     "Write to the patient and family to thank them for sharing their experience of discharge from Ward 5B.",
     "Chair", "31/12/2024", "Letter sent 04/12/2024.", "Green",
     dict(lead=["Chair"], end="2024-12", status="blue")),
    ("TB25/001", "29/01/2025", "Min 007/25",
     "Add a metric on ambulance handovers over 45 minutes to the IPR from April 2025.",
     "Chief Operating Officer / Director of Informatics", "April 2025", "", "Amber",
     dict(lead=["Chief Operating Officer", "Director of Informatics"], end="2025-04", status="amber")),
    ("TB25/002", "29/01/2025", "Min 009/25",
     "Provide an update on the CQC must-do action on medicines storage at Southport Hospital.", "Chief Nurse",
     "26/03/2025", "", "Amber",
     dict(lead=["Chief Nurse"], end="2025-03", status="amber")),
    ("TB25/003", "29/01/2025", "Min 012/25",
     "Circulate the electronic patient record (EPR) convergence timeline to Board members.", "JM/SH",
     "Next meeting", "", "Amber",
     dict(lead=["JM", "SH"], end=None, end_text="Next meeting", status="amber")),
    ("TB25/004", "29/01/2025", "Min 015/25",
     "Bring the 2024 NHS Staff Survey action plan to Board following People Committee review.",
     "Director of HR & OD", "May 2025 Board", "", "Amber",
     dict(lead=["Director of HR & OD"], end="2025-05", end_text="May 2025 Board", status="amber")),
]


def make_mwl():
    n = len(MWL_HEADS)
    pad = lambda *xs: list(xs) + [""] * (n - len(xs))
    rows = [
        pad(MWL_TITLE),
        pad("Updated following the meeting held on 29 January 2025"),
        pad("Key: Red = overdue; Amber = in progress, not yet due; Green = complete – proposed for closure"),
        pad(),
        MWL_HEADS,
    ]
    for r in MWL_ROWS:
        rows.append(list(r[:8]))
    rows.append(pad())
    rows.append(pad("Actions agreed as closed at the meeting held on 29 January 2025 have been removed from this log."))
    greens = sum(1 for r in MWL_ROWS if r[7] == "Green")
    rows.append(pad("Open actions: %d; proposed for closure: %d" % (len(MWL_ROWS) - greens, greens)))
    with open(os.path.join(HERE, MWL_FILE), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 7. Safer Sunderland Partnership - partnership plan 2024-25 delivery plan (txt)
# ---------------------------------------------------------------------------
SUN_FILE = "fv2-safer-sunderland-partnership-plan-2024-25-delivery-plan.txt"
SUN_TITLE = "Safer Sunderland Partnership – Partnership Plan 2024-25 Delivery Plan"
SUN_HEADS = ["Ref", "Action", "Lead", "Supporting partners", "Timescale", "RAG", "Q2 update"]
SUN_PLAN = [
    ("PRIORITY 1: REDUCING ANTI-SOCIAL BEHAVIOUR", [
        ("Outcome 1.1: Fewer people experience repeat anti-social behaviour", [
            ("1.1.1", "Embed the ASB Case Review (Community Trigger) process and publish annual data",
             "ASB Lead Officer, SCC", "Northumbria Police; Gentoo", "Jul-24", "B", "Annual data published July 2024.",
             dict(lead=["ASB Lead Officer, SCC"], end="2024-07", status="blue")),
            ("1.1.2", "Hold monthly multi-agency problem-solving (LMAPS) hotspot reviews in each of the five areas",
             "Area Community Safety Officers", "Northumbria Police NPT; TWFRS", "Monthly", "G",
             "All five LMAPS meeting monthly; 14 hotspots reviewed in Q2.",
             dict(lead=["Area Community Safety Officers"], end=None, end_text="Monthly", status="green")),
        ]),
        ("Outcome 1.2: Young people are diverted from anti-social behaviour and offending", [
            ("1.2.1", "Deliver the summer diversionary activity programme in Hendon, Millfield and Southwick",
             "Youth Development Group Manager / NPT Inspector", "Together for Children; Sunderland AFC Foundation of Light",
             "Sept 2024", "B", "Programme delivered; 1,240 attendances.",
             dict(lead=["Youth Development Group Manager", "NPT Inspector"], end="2024-09", status="blue")),
            ("1.2.2", "Extend the SAIL city centre partnership hub to Friday and Saturday evenings",
             "SAIL Partnership Manager", "Sunderland BID; Northumbria VRU", "Oct 2024 – Mar 2025", "A",
             "Friday evenings in place; Saturday staffing rota not yet agreed.",
             dict(lead=["SAIL Partnership Manager"], end="2025-03", end_text="Oct 2024 – Mar 2025", status="amber")),
        ]),
    ]),
    ("PRIORITY 2: TACKLING DOMESTIC ABUSE AND VIOLENCE AGAINST WOMEN AND GIRLS", [
        ("Outcome 2.1: Victims of domestic abuse get the right support at the right time", [
            ("2.1.1", "Re-procure community-based domestic abuse support services for April 2025",
             "Strategic Manager, Domestic Abuse", "SCC Procurement; ICB", "Mar-25", "G",
             "Tender published 02/09/2024; evaluation in October.",
             dict(lead=["Strategic Manager, Domestic Abuse"], end="2025-03", status="green")),
            ("2.1.2", "Deliver Domestic Abuse Act 2021 refresher training to 300 frontline practitioners",
             "Domestic Abuse Partnership Co-ordinator", "All partners", "Q4 2024/25", "A",
             "112 practitioners trained; additional trainer being sourced.",
             dict(lead=["Domestic Abuse Partnership Co-ordinator"], end="2025-03", end_text="Q4 2024/25",
                  status="amber")),
        ]),
        ("Outcome 2.2: Perpetrators are held to account and supported to change", [
            ("2.2.1", "Launch a behaviour change programme for medium-risk perpetrators",
             "Head of Sunderland PDU, Probation Service", "OPCC; Northumbria Police", "Jan-25", "R",
             "OPCC funding decision delayed; start date at risk.",
             dict(lead=["Head of Sunderland PDU, Probation Service"], end="2025-01", status="red")),
        ]),
    ]),
    ("PRIORITY 3: REDUCING SERIOUS VIOLENCE AND KNIFE CRIME", [
        ("Outcome 3.1: Fewer young people carry weapons", [
            ("3.1.1", "Deliver knife crime education sessions in all secondary schools",
             "Schools Liaison Officer & YJS Prevention Manager", "Northumbria VRU", "31/03/2025", "G",
             "Sessions delivered in 9 of 17 schools.",
             dict(lead=["Schools Liaison Officer", "YJS Prevention Manager"], end="2025-03", status="green")),
            ("3.1.2", "Install two further bleed control kits in the city centre night-time economy area",
             "SAIL Partnership Manager", "Sunderland BID; TWFRS", "Dec-24", "G", "Locations agreed with BID.",
             dict(lead=["SAIL Partnership Manager"], end="2024-12", status="green")),
        ]),
        ("Outcome 3.2: The Serious Violence Duty strategy is delivered", [
            ("3.2.1", "Refresh the Serious Violence Strategic Needs Assessment for 2025",
             "Public Health Intelligence Lead", "Northumbria VRU", "TBC", "",
             "Awaiting regional VRU data release.",
             dict(lead=["Public Health Intelligence Lead"], end=None, end_text="TBC", status="unrated")),
        ]),
    ]),
]


def make_sunderland():
    n = len(SUN_HEADS)
    lines = [
        SUN_TITLE,
        "Quarter 2 progress update (April – September 2024)",
        "",
        "Key: B = complete; G = on track; A = some slippage; R = significant concern",
        "",
        "\t".join(SUN_HEADS),
    ]
    counts = {"B": 0, "G": 0, "A": 0, "R": 0, "": 0}
    for pri, outs in SUN_PLAN:
        lines.append(pri + "\t" * (n - 1))
        for out, acts in outs:
            lines.append(out + "\t" * (n - 1))
            for a in acts:
                lines.append("\t".join(a[:7]))
                counts[a[5]] += 1
    lines += [
        "",
        "RAG summary (Q2): B %d | G %d | A %d | R %d | Not rated %d | Total %d"
        % (counts["B"], counts["G"], counts["A"], counts["R"], counts[""], sum(counts.values())),
        "Note: Supporting partners are listed for information; the named lead is accountable for delivery.",
        "Produced by the Safer Sunderland Partnership support team for the Strategic Board, 24 October 2024.",
    ]
    with open(os.path.join(HERE, SUN_FILE), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def main():
    make_bristol()
    make_sefton()
    row = make_dacorum()
    print("Dacorum typo row:", row)
    make_northumberland()
    make_ctm()
    make_mwl()
    make_sunderland()


if __name__ == "__main__":
    main()
