"""Build the seven zrx- blind test files (set heldout705).

Run with /work/main/.venv/bin/python zrx_make.py from any directory; files are
written beside this script. Each data structure below also carries the reading a
person makes of it (keys starting x_), used to write the .expected.yaml files.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "B": "FF0070C0",
    "G": "FF00B050",
    "A": "FFFFC000",
    "R": "FFFF0000",
    "NS": "FFFFFFFF",
    "HEAD": "FF1F3864",
    "BAND": "FFD9E1F2",
    "GREY": "FFF2F2F2",
}
THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(code):
    return PatternFill("solid", start_color=FILL[code], end_color=FILL[code])


def d(y, m, day):
    return dt.datetime(y, m, day)


def box_row(ws, row, c1, c2):
    for c in range(c1, c2 + 1):
        cell = ws.cell(row=row, column=c)
        cell.border = BOX
        cell.alignment = WRAP


# ---------------------------------------------------------------------------
# 1. EMAS PSII safety action plan (xlsx)
# ---------------------------------------------------------------------------
EMAS_FILE = "zrx-east-midlands-ambulance-service-psii-delayed-response-safety-action-plan.xlsx"
EMAS_TITLE = ("East Midlands Ambulance Service NHS Trust \u2013 PSII Safety Action Plan "
              "(EMAS-PSII-2025-014)")
EMAS_AREAS = [
    {
        "area": "Area for improvement 1: Monitoring of patients waiting for an ambulance response",
        "recs": [
            {
                "rec": ("SR1: The Trust should strengthen the welfare call-back process so that "
                        "older patients who have fallen and are waiting beyond the Category 2 "
                        "response standard are re-contacted and re-triaged at set intervals."),
                "actions": [
                    dict(ref="1.1",
                         action=("Revise the EOC welfare call standard operating procedure so that "
                                 "Category 2 patients aged 65 and over who have fallen receive a "
                                 "welfare call at 60 minutes and every 60 minutes thereafter."),
                         owner="EOC Head of Operations", target=d(2025, 6, 30), revised=d(2025, 8, 31),
                         measure="SOP approved at Clinical Governance Group; audit of compliance (see 3.2)",
                         progress=("SOP v4.2 approved 12/08/2025 and issued to all EOC staff with a "
                                   "read-and-sign briefing."),
                         rag="B", rag_text=True,
                         x_lead=["EOC Head of Operations"], x_end="2025-08", x_status="blue"),
                    dict(ref="1.2",
                         action=("Add an automated CAD prompt to flag welfare calls that are overdue "
                                 "by more than 15 minutes to the EOC Duty Manager."),
                         owner="Head of EOC Systems / CAD Manager", target=d(2025, 9, 30),
                         revised=d(2025, 12, 31),
                         measure="Prompt live on CAD; monthly report of overdue welfare calls",
                         progress=("Change request raised with the CAD supplier; testing slipped "
                                   "because of the winter software freeze. Revised date agreed at "
                                   "PSIRG 16/09/2025."),
                         rag="A", rag_text=True,
                         x_lead=["Head of EOC Systems", "CAD Manager"], x_end="2025-12",
                         x_status="amber"),
                ],
            },
            {
                "rec": ("SR2: The Trust should ensure that clinicians in the Clinical Assessment "
                        "Team review long-lie falls before the patient has been on the floor for "
                        "two hours."),
                "actions": [
                    dict(ref="1.3",
                         action=("Introduce a long-lie clinical review trigger for the Clinical "
                                 "Assessment Team at 2 hours from call connect, with the outcome of "
                                 "the review recorded on the CAD incident log."),
                         owner="CAT Clinical Lead", target=d(2025, 7, 31), revised=None,
                         measure="% of long-lie falls with a recorded CAT review within 2 hours",
                         progress=("Trigger live from 21/07/2025. August data: 78% of long-lie "
                                   "falls reviewed within 2 hours (target 90%)."),
                         rag="G", rag_text=False,
                         x_lead=["CAT Clinical Lead"], x_end="2025-07", x_status="green"),
                ],
            },
        ],
    },
    {
        "area": "Area for improvement 2: Alternative responses for patients who have fallen",
        "recs": [
            {
                "rec": ("SR3: The Trust should work with NHS Lincolnshire ICB and community "
                        "partners to provide a timely non-ambulance response for patients who "
                        "have fallen without injury."),
                "actions": [
                    dict(ref="2.1",
                         action=("Agree a direct referral protocol from EOC to the Lincolnshire "
                                 "community falls response service for non-injured fallers, "
                                 "including out-of-hours cover."),
                         owner=("Deputy Director of Operations (Lincolnshire); Urgent Care Lead, "
                                "NHS Lincolnshire ICB"),
                         target="Q3 2025/26", revised=None,
                         measure="Number of EOC referrals accepted by the falls response service",
                         progress=("Draft protocol agreed in principle at the Lincolnshire UEC "
                                   "Board on 04/09/2025; out-of-hours funding being confirmed."),
                         rag="G", rag_text=True,
                         x_lead=["Deputy Director of Operations (Lincolnshire)",
                                 "Urgent Care Lead, NHS Lincolnshire ICB"],
                         x_end="2025-12", x_end_text="Q3 2025/26", x_status="green"),
                    dict(ref="2.2",
                         action=("Provide lifting equipment and training to Community First "
                                 "Responder groups in Lincolnshire West."),
                         owner="Community Response Manager", target=d(2026, 3, 31), revised=None,
                         measure="Number of CFR groups equipped and trained",
                         progress="Bid submitted to EMAS charitable funds; decision due in November.",
                         rag="NS", rag_text=True,
                         x_lead=["Community Response Manager"], x_end="2026-03",
                         x_status="unrated"),
                ],
            },
        ],
    },
    {
        "area": "Area for improvement 3: Sharing learning and assurance",
        "recs": [
            {
                "rec": ("SR4: The Trust should share the learning from this investigation and "
                        "seek assurance that the changes to welfare calls are embedded."),
                "actions": [
                    dict(ref="3.1",
                         action=("Share the learning summary from this PSII in the Trust "
                                 "\u2018Learning from incidents\u2019 bulletin and at EOC team "
                                 "briefings, and with the patient\u2019s family as agreed."),
                         owner="Patient Safety Specialist", target=d(2025, 5, 31), revised=None,
                         measure="Bulletin published; briefing attendance records",
                         progress=("Bulletin issue 27 published 22/05/2025. Family met with the "
                                   "investigator on 15/05/2025."),
                         rag="B", rag_text=True,
                         x_lead=["Patient Safety Specialist"], x_end="2025-05", x_status="blue"),
                    dict(ref="3.2",
                         action=("Audit a sample of 50 Category 2 falls each quarter for compliance "
                                 "with the revised welfare call standard and report the results to "
                                 "the Patient Safety Incident Response Group."),
                         owner="Clinical Audit Manager", target="Quarterly", revised=None,
                         measure="Compliance with welfare call standard (target 95%)",
                         progress="Q2 audit: 88% compliance. Q3 audit scheduled for January 2026.",
                         rag="G", rag_text=True,
                         x_lead=["Clinical Audit Manager"], x_end=None, x_end_text="Quarterly",
                         x_status="green"),
                ],
            },
        ],
    },
]


def build_emas():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = EMAS_TITLE
    cov["A1"].font = Font(bold=True, size=14)
    rows = [
        ("Incident reference", "EMAS-PSII-2025-014 (LFPSE ref. W118734)"),
        ("Date of incident", "03/01/2025"),
        ("Division", "Lincolnshire"),
        ("Incident summary", ("Delayed response to a Category 2 call for an 87-year-old patient who "
                              "had fallen at home; the patient was on the floor for 9 hours 40 "
                              "minutes before an ambulance arrived.")),
        ("Type of response", "Patient safety incident investigation (PSII) under PSIRF"),
        ("Executive sponsor", "Director of Nursing, Quality and Clinical Care"),
        ("Investigation approved", "Patient Safety Incident Response Group, 19/05/2025"),
        ("Monitoring", "Quality and Governance Committee (quarterly)"),
    ]
    r = 3
    for k, v in rows:
        cov.cell(row=r, column=1, value=k).font = Font(bold=True)
        cov.cell(row=r, column=2, value=v)
        box_row(cov, r, 1, 2)
        r += 1
    r += 1
    cov.cell(row=r, column=1, value="Version control").font = Font(bold=True, size=12)
    r += 1
    for i, h in enumerate(["Version", "Date", "Author", "Changes"], start=1):
        c = cov.cell(row=r, column=i, value=h)
        c.font = Font(bold=True)
    box_row(cov, r, 1, 4)
    for v in [("1.0", "19/05/2025", "Patient Safety Investigator", "Approved at PSIRG"),
              ("1.1", "18/07/2025", "Patient Safety Specialist", "Q1 progress added"),
              ("1.2", "30/09/2025", "Patient Safety Specialist",
               "Q2 progress; revised dates for 1.1 and 1.2")]:
        r += 1
        for i, val in enumerate(v, start=1):
            cov.cell(row=r, column=i, value=val)
        box_row(cov, r, 1, 4)
    cov.column_dimensions["A"].width = 26
    cov.column_dimensions["B"].width = 80
    cov.column_dimensions["C"].width = 28
    cov.column_dimensions["D"].width = 40

    ws = wb.create_sheet("Safety action plan")
    ws["A1"] = EMAS_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Incident: delayed response to a Category 2 call \u2013 fall with long lie "
                "(Lincolnshire division)")
    ws["A3"] = "Progress position as at 30/09/2025 \u2013 for Quality and Governance Committee, October 2025"
    ws["A3"].font = Font(italic=True)
    heads = ["Ref", "Safety action", "Action owner", "Target date", "Revised target date",
             "Measure of success / monitoring", "Progress update", "RAG"]
    hr = 5
    for i, h in enumerate(heads, start=1):
        c = ws.cell(row=hr, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("HEAD")
    box_row(ws, hr, 1, 8)
    r = hr
    for area in EMAS_AREAS:
        r += 1
        ws.cell(row=r, column=1, value=area["area"]).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(row=r, column=1).fill = fill("BAND")
        for rec in area["recs"]:
            r += 1
            ws.cell(row=r, column=1, value=rec["rec"]).font = Font(italic=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(row=r, column=1).fill = fill("GREY")
            ws.cell(row=r, column=1).alignment = WRAP
            ws.row_dimensions[r].height = 32
            for a in rec["actions"]:
                r += 1
                vals = [a["ref"], a["action"], a["owner"], a["target"], a["revised"],
                        a["measure"], a["progress"], a["rag"] if a["rag_text"] else None]
                for i, v in enumerate(vals, start=1):
                    c = ws.cell(row=r, column=i, value=v)
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                box_row(ws, r, 1, 8)
                rc = ws.cell(row=r, column=8)
                rc.fill = fill(a["rag"])
                rc.alignment = Alignment(horizontal="center", vertical="top")
                if a["rag"] == "B":
                    rc.font = Font(color="FFFFFFFF", bold=True)
                else:
                    rc.font = Font(bold=True)
    widths = [7, 55, 28, 13, 13, 34, 50, 7]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGH"[i]].width = w
    ws.freeze_panes = "A6"

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG rating key"
    key["A1"].font = Font(bold=True, size=12)
    for i, (code, label) in enumerate([
            ("B", "Complete \u2013 evidence received and accepted by PSIRG"),
            ("G", "On track to deliver by the target date"),
            ("A", "At risk of delay / revised date agreed"),
            ("R", "Off track or overdue \u2013 escalate to Quality and Governance Committee"),
            ("NS", "Not yet started")], start=3):
        c = key.cell(row=i, column=1, value=code)
        c.fill = fill(code)
        c.border = BOX
        key.cell(row=i, column=2, value=label).border = BOX
    key.column_dimensions["B"].width = 70
    wb.save(os.path.join(HERE, EMAS_FILE))


# ---------------------------------------------------------------------------
# 2. NHS West Yorkshire ICB board assurance framework (xlsx)
# ---------------------------------------------------------------------------
BAF_FILE = "zrx-nhs-west-yorkshire-icb-board-assurance-framework-2025-26.xlsx"
BAF_TITLE = "NHS West Yorkshire Integrated Care Board \u2013 Board Assurance Framework 2025/26"
BAF_RISKS = [
    {
        "sheet": "BAF 1 UEC",
        "heading": "BAF Risk 1: Urgent and emergency care capacity and flow",
        "description": ("If demand for urgent and emergency care continues to exceed capacity across "
                        "West Yorkshire, then patients may wait longer in emergency departments and "
                        "for ambulance handover, resulting in avoidable harm and poor experience."),
        "objective": "Improve access to, and outcomes from, health and care services",
        "exec": "Chief Operating Officer",
        "committee": "Finance, Investment and Performance Committee",
        "scores": ("4 x 5 = 20", "4 x 5 = 20", "4 x 4 = 16", "3 x 4 = 12"),
        "controls": ("West Yorkshire UEC Programme Board; daily system coordination centre; place "
                     "UEC delivery boards; 2025/26 UEC plan agreed with NHS England."),
        "assurance": ("Monthly integrated performance report to Board; NHS England oversight "
                      "meetings; internal audit of system escalation (reasonable assurance, 2024/25)."),
        "gaps": ("G1 Handover trajectories not yet agreed with every acute trust.\n"
                 "G2 Urgent community response capacity below the national standard in two places."),
        "actions": [
            dict(ref="1.1",
                 action=("Implement the West Yorkshire winter plan 2025/26, including a single point "
                         "of access for care homes in each place."),
                 gap="G1", lead="Chief Operating Officer", due=d(2025, 10, 31), revised=None,
                 q1="G", q2="B",
                 progress="Winter plan approved by Board 16/09/2025; SPOA live in all five places.",
                 x_lead=["Chief Operating Officer"], x_end="2025-10", x_status="blue"),
            dict(ref="1.2",
                 action=("Agree and monitor ambulance handover improvement trajectories with each "
                         "acute trust through the West Yorkshire Association of Acute Trusts."),
                 gap="G1", lead="Chief Operating Officer; Director of Nursing and Quality",
                 due=d(2025, 9, 30), revised=d(2026, 1, 31), q1="G", q2="A",
                 progress=("Trajectories agreed with four of six trusts; remaining two to be agreed "
                           "after the November capacity review."),
                 x_lead=["Chief Operating Officer", "Director of Nursing and Quality"],
                 x_end="2026-01", x_status="amber"),
            dict(ref="1.3",
                 action=("Expand two-hour urgent community response capacity in Kirklees and "
                         "Wakefield to meet the 70% national standard."),
                 gap="G2", lead="Kirklees Place Lead & Wakefield Place Lead", due="Q4 2025/26",
                 revised=None, q1="A", q2="A",
                 progress="Kirklees at 64% and Wakefield at 61% in September; recruitment under way.",
                 x_lead=["Kirklees Place Lead", "Wakefield Place Lead"], x_end="2026-03",
                 x_end_text="Q4 2025/26", x_status="amber"),
        ],
    },
    {
        "sheet": "BAF 2 Finance",
        "heading": "BAF Risk 2: Financial sustainability of the West Yorkshire system",
        "description": ("If the ICB and its partner organisations do not deliver the 2025/26 "
                        "financial plan, then the system will fail to meet its statutory breakeven "
                        "duty and may be subject to further regulatory intervention."),
        "objective": "Make the best use of our collective resources",
        "exec": "Chief Finance Officer",
        "committee": "Finance, Investment and Performance Committee",
        "scores": ("4 x 4 = 16", "4 x 4 = 16", "5 x 4 = 20", "3 x 4 = 12"),
        "controls": ("System financial plan and efficiency programme; ICB scheme of delegation; "
                     "monthly system finance reporting."),
        "assurance": ("Month 6 finance report; external audit value for money opinion 2024/25; "
                      "NHS England financial oversight."),
        "gaps": ("G3 Continuing healthcare and high-cost placement spend above plan.\n"
                 "G4 Running cost reductions not yet fully identified."),
        "actions": [
            dict(ref="2.1",
                 action=("Deliver the ICB running cost reduction programme agreed with NHS England "
                         "for 2025/26."),
                 gap="G4", lead="Chief Finance Officer", due=d(2026, 3, 31), revised=None,
                 q1="G", q2="G",
                 progress="Voluntary redundancy scheme closed; 82% of the saving identified.",
                 x_lead=["Chief Finance Officer"], x_end="2026-03", x_status="green"),
            dict(ref="2.2",
                 action=("Complete the system-wide review of continuing healthcare and high-cost "
                         "placements and report savings to the Finance, Investment and Performance "
                         "Committee."),
                 gap="G3", lead="Director of Nursing and Quality", due=d(2025, 12, 1), revised=None,
                 q1="A", q2="R",
                 progress=("Review delayed by vacancies in the CHC team; savings of \u00a32.1m "
                           "identified against a target of \u00a36.0m."),
                 due_fmt="mmm-yy",
                 x_lead=["Director of Nursing and Quality"], x_end="2025-12", x_status="red"),
            dict(ref="2.3",
                 action=("Establish monthly system financial recovery meetings with all provider "
                         "chief finance officers."),
                 gap="G3", lead="Chief Finance Officer", due=d(2025, 6, 30), revised=None,
                 q1="B", q2="B",
                 progress="Meetings in place since May 2025.",
                 x_lead=["Chief Finance Officer"], x_end="2025-06", x_status="blue"),
        ],
    },
    {
        "sheet": "BAF 3 Workforce",
        "heading": "BAF Risk 3: Workforce supply, retention and ICB organisational change",
        "description": ("If the system cannot recruit and retain enough staff, and the ICB's own "
                        "organisational change is not well managed, then services and the ICB's "
                        "statutory functions may not be delivered safely."),
        "objective": "Support our workforce to deliver high quality care",
        "exec": "Director of People",
        "committee": "Transformation Committee",
        "scores": ("4 x 4 = 16", "4 x 4 = 16", "4 x 4 = 16", "3 x 3 = 9"),
        "controls": ("West Yorkshire People Plan; Looking After Our People programme; ICB change "
                     "management policy agreed with staff side."),
        "assurance": "Workforce dashboard to Board; staff survey results; staff side partnership forum.",
        "gaps": ("G5 Turnover of practice nurses above the regional average.\n"
                 "G6 Timetable for the national ICB model not yet confirmed."),
        "actions": [
            dict(ref="3.1",
                 action=("Implement the West Yorkshire retention programme in primary care, with a "
                         "focus on practice nurses in their first two years."),
                 gap="G5", lead="Director of People", due=d(2026, 3, 31), revised=None,
                 q1="G", q2="G",
                 progress="Preceptorship offer launched in all five places; 118 nurses enrolled.",
                 x_lead=["Director of People"], x_end="2026-03", x_status="green"),
            dict(ref="3.2",
                 action=("Agree the ICB organisational change process and staff consultation "
                         "arising from the national ICB model blueprint."),
                 gap="G6", lead="Director of People / Chief Executive", due="Ongoing", revised=None,
                 q1="A", q2="A",
                 progress=("Consultation timetable dependent on national guidance; staff briefings "
                           "held monthly."),
                 x_lead=["Director of People", "Chief Executive"], x_end=None,
                 x_end_text="Ongoing", x_status="amber"),
        ],
    },
]


def build_baf():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = BAF_TITLE
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Position at Quarter 2 \u2013 presented to the Board meeting in public, 18 November 2025"
    s["A2"].font = Font(italic=True)
    heads = ["BAF ref", "Principal risk", "Executive lead", "Lead committee", "Initial score",
             "Q1 score", "Q2 score", "Target score"]
    for i, h in enumerate(heads, start=1):
        c = s.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("HEAD")
    box_row(s, 4, 1, 8)
    r = 4
    for n, risk in enumerate(BAF_RISKS, start=1):
        r += 1
        ini, q1, q2, tgt = risk["scores"]
        for i, v in enumerate([f"BAF {n}", risk["heading"].split(": ", 1)[1], risk["exec"],
                               risk["committee"], ini, q1, q2, tgt], start=1):
            s.cell(row=r, column=i, value=v)
        box_row(s, r, 1, 8)
    r += 2
    s.cell(row=r, column=1, value="Summary of actions at Q2").font = Font(bold=True)
    counts = {"B": 0, "G": 0, "A": 0, "R": 0}
    for risk in BAF_RISKS:
        for a in risk["actions"]:
            counts[a["q2"]] += 1
    for code, label in [("B", "Complete"), ("G", "On track"), ("A", "At risk"), ("R", "Off track")]:
        r += 1
        c = s.cell(row=r, column=1, value=code)
        c.fill = fill(code)
        s.cell(row=r, column=2, value=label)
        s.cell(row=r, column=3, value=counts[code])
        box_row(s, r, 1, 3)
    r += 1
    s.cell(row=r, column=2, value="Total actions").font = Font(bold=True)
    s.cell(row=r, column=3, value=sum(counts.values())).font = Font(bold=True)
    box_row(s, r, 1, 3)
    r += 2
    s.cell(row=r, column=1, value=("RAG key: B = complete; G = on track to deliver by the due date; "
                                   "A = at risk of slippage; R = off track, exception report to "
                                   "lead committee."))
    s.cell(row=r + 1, column=1, value=("Risk scores are likelihood x impact (5 x 5 matrix). Detailed "
                                       "BAF entries are on the following tabs."))
    for col, w in zip("ABCDEFGH", [10, 60, 26, 36, 12, 12, 12, 12]):
        s.column_dimensions[col].width = w

    for risk in BAF_RISKS:
        ws = wb.create_sheet(risk["sheet"])
        ws["A1"] = risk["heading"]
        ws["A1"].font = Font(bold=True, size=13)
        ini, q1, q2, tgt = risk["scores"]
        fields = [
            ("Risk description", risk["description"]),
            ("Strategic objective", risk["objective"]),
            ("Executive lead", risk["exec"]),
            ("Lead committee", risk["committee"]),
            ("Initial / current / target score", f"{ini} / {q2} / {tgt}"),
            ("Key controls", risk["controls"]),
            ("Sources of assurance", risk["assurance"]),
            ("Gaps in control / assurance", risk["gaps"]),
        ]
        r = 3
        for k, v in fields:
            ws.cell(row=r, column=1, value=k).font = Font(bold=True)
            ws.cell(row=r, column=1).fill = fill("GREY")
            ws.cell(row=r, column=2, value=v)
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=9)
            box_row(ws, r, 1, 9)
            r += 1
        r += 1
        ws.cell(row=r, column=1, value="Actions to address gaps").font = Font(bold=True, size=12)
        r += 1
        heads = ["Ref", "Action", "Gap ref", "Action lead", "Due date", "Revised due date",
                 "Q1 RAG", "Q2 RAG", "Progress at Q2"]
        for i, h in enumerate(heads, start=1):
            c = ws.cell(row=r, column=i, value=h)
            c.font = Font(bold=True, color="FFFFFFFF")
            c.fill = fill("HEAD")
        box_row(ws, r, 1, 9)
        for a in risk["actions"]:
            r += 1
            vals = [a["ref"], a["action"], a["gap"], a["lead"], a["due"], a["revised"], a["q1"],
                    a["q2"], a["progress"]]
            for i, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=i, value=v)
                if isinstance(v, dt.datetime):
                    c.number_format = a.get("due_fmt", "dd/mm/yyyy") if i == 5 else "dd/mm/yyyy"
            box_row(ws, r, 1, 9)
            for col, code in ((7, a["q1"]), (8, a["q2"])):
                c = ws.cell(row=r, column=col)
                c.fill = fill(code)
                c.alignment = Alignment(horizontal="center", vertical="top")
        for col, w in zip("ABCDEFGHI", [26, 55, 8, 30, 12, 12, 8, 8, 50]):
            ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, BAF_FILE))


# ---------------------------------------------------------------------------
# 3. NHS Highland HIS New Craigs improvement action plan (xlsx)
# ---------------------------------------------------------------------------
HIS_FILE = ("zrx-nhs-highland-his-new-craigs-hospital-mental-health-inspection-"
            "improvement-action-plan.xlsx")
HIS_TITLE = "NHS Highland \u2013 New Craigs Hospital Improvement Action Plan"
HIS_DOMAINS = [
    {
        "domain": "Domain 2 \u2013 Impact on people experiencing care, carers and families",
        "reqs": [
            {
                "req": ("Requirement 1: NHS Highland must ensure that patient care plans are "
                        "person-centred, regularly reviewed and reflect each patient's current "
                        "needs and risks."),
                "actions": [
                    dict(ref="1.1",
                         action=("Introduce a weekly multidisciplinary care plan review on each "
                                 "adult acute ward, recorded on the revised care plan template."),
                         time="31 August 2025", resp="Senior Charge Nurses (adult acute wards)",
                         progress="Template approved 14/07/2025; reviews in place on four of five wards.",
                         status="On track", code="G",
                         x_lead=["Senior Charge Nurses (adult acute wards)"], x_end="2025-08",
                         x_status="green"),
                    dict(ref="1.2",
                         action=("Audit ten care plans per ward each month against the revised "
                                 "standard and report the results to the Mental Health Clinical "
                                 "Governance Group."),
                         time="Monthly (ongoing)", resp="Clinical Nurse Manager / Practice Development Nurse",
                         progress="July audit 72%, August 81%, September 86% compliant.",
                         status="On track", code="G",
                         x_lead=["Clinical Nurse Manager", "Practice Development Nurse"], x_end=None,
                         x_end_text="Monthly (ongoing)", x_status="green"),
                ],
            },
            {
                "req": ("Requirement 2: NHS Highland must ensure that patients detained under the "
                        "Mental Health (Care and Treatment) (Scotland) Act 2003 have their rights "
                        "explained to them and that this is recorded."),
                "actions": [
                    dict(ref="2.1",
                         action=("Add a prompt to the admission checklist to confirm that rights "
                                 "have been explained, with a repeat discussion recorded at day 7."),
                         time="30 June 2025", resp="Senior Charge Nurses",
                         progress="Checklist updated and in use from 09/06/2025.",
                         status="Complete", code="B",
                         x_lead=["Senior Charge Nurses"], x_end="2025-06", x_status="blue"),
                ],
            },
        ],
    },
    {
        "domain": "Domain 4.1 \u2013 Pathways, procedures and policies",
        "reqs": [
            {
                "req": ("Requirement 3: NHS Highland must ensure that environmental ligature risk "
                        "assessments are completed for all ward areas and that identified risks "
                        "are mitigated."),
                "actions": [
                    dict(ref="3.1",
                         action=("Complete the annual environmental ligature risk assessment for "
                                 "all inpatient wards and the extra care area, using the national "
                                 "ligature assessment tool."),
                         time="30 September 2025\nRevised: 31 December 2025",
                         resp="Estates Manager (New Craigs); Lead Nurse, Mental Health",
                         progress=("Four wards complete. Remaining two wards delayed by decant "
                                   "arrangements; revised date agreed by the Clinical Governance Group."),
                         status="Some delay", code="A",
                         x_lead=["Estates Manager (New Craigs)", "Lead Nurse, Mental Health"],
                         x_end="2025-12", x_status="amber"),
                    dict(ref="3.2",
                         action=("Replace the remaining door hinges and fittings in en-suite "
                                 "bathrooms that were identified as ligature points in the 2024 "
                                 "assessment."),
                         time="March 2026", resp="Head of Estates",
                         progress=("Capital funding not yet confirmed; interim mitigation by "
                                   "enhanced observation in place."),
                         status="Not on track", code="R",
                         x_lead=["Head of Estates"], x_end="2026-03", x_status="red"),
                ],
            },
            {
                "req": ("Requirement 4: NHS Highland must ensure that infection prevention and "
                        "control audits are carried out regularly and that results are acted on."),
                "actions": [
                    dict(ref="4.1",
                         action=("Reinstate monthly hand hygiene and environmental cleanliness "
                                 "audits on all wards, with results displayed on ward quality boards."),
                         time="31 July 2025", resp="Infection Prevention and Control Nurse",
                         progress="Audits reinstated from June 2025; results on quality boards.",
                         status="Complete", code="B",
                         x_lead=["Infection Prevention and Control Nurse"], x_end="2025-07",
                         x_status="blue"),
                ],
            },
        ],
    },
    {
        "domain": "Domain 4.3 \u2013 Workforce planning, monitoring and deployment",
        "reqs": [
            {
                "req": ("Requirement 5: NHS Highland must ensure that staff complete mandatory "
                        "training, including training in the safe management of violence and "
                        "aggression, and that compliance is monitored."),
                "actions": [
                    dict(ref="5.1",
                         action=("Agree a training trajectory to reach 90% compliance with "
                                 "Promoting Safe and Therapeutic Services training."),
                         time=d(2026, 3, 31), resp="Lead Nurse, Mental Health",
                         progress="Compliance 71% at end of September (trajectory 75%).",
                         status=None, code="A",
                         x_lead=["Lead Nurse, Mental Health"], x_end="2026-03", x_status="amber"),
                    dict(ref="5.2",
                         action=("Use the real-time staffing assessment on every shift and "
                                 "escalate unmitigated staffing risks through the hospital safety "
                                 "huddle."),
                         time="Immediate and ongoing", resp="Senior Charge Nurses / Site Duty Manager",
                         progress="Real-time staffing tool in use on all wards since April 2025.",
                         status="On track", code="G",
                         x_lead=["Senior Charge Nurses", "Site Duty Manager"], x_end=None,
                         x_end_text="Immediate and ongoing", x_status="green"),
                ],
            },
        ],
    },
]


def build_his():
    wb = Workbook()
    dc = wb.active
    dc.title = "Document control"
    dc["A1"] = HIS_TITLE
    dc["A1"].font = Font(bold=True, size=14)
    info = [
        ("NHS board", "NHS Highland"),
        ("Hospital", "New Craigs Hospital, Inverness"),
        ("Inspection", "Healthcare Improvement Scotland unannounced mental health inpatient inspection"),
        ("Date of inspection", "4\u20136 March 2025"),
        ("Report published", "12 June 2025"),
        ("Action plan owner", "Director of Nursing and Midwifery"),
        ("Governance route", "Mental Health Clinical Governance Group \u2192 Clinical and Care Governance Committee"),
    ]
    r = 3
    for k, v in info:
        dc.cell(row=r, column=1, value=k).font = Font(bold=True)
        dc.cell(row=r, column=2, value=v)
        box_row(dc, r, 1, 2)
        r += 1
    r += 1
    for i, h in enumerate(["Version", "Date", "Author", "Comments"], start=1):
        dc.cell(row=r, column=i, value=h).font = Font(bold=True)
    box_row(dc, r, 1, 4)
    for v in [("0.1", "26/06/2025", "Lead Nurse, Mental Health", "Draft for HIS"),
              ("1.0", "03/07/2025", "Lead Nurse, Mental Health", "Submitted to HIS"),
              ("1.3", "06/10/2025", "Quality Improvement Facilitator", "Progress update for CCGC")]:
        r += 1
        for i, val in enumerate(v, start=1):
            dc.cell(row=r, column=i, value=val)
        box_row(dc, r, 1, 4)
    dc.column_dimensions["A"].width = 22
    dc.column_dimensions["B"].width = 80
    dc.column_dimensions["C"].width = 30
    dc.column_dimensions["D"].width = 30

    ws = wb.create_sheet("Improvement action plan")
    ws["A1"] = HIS_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Healthcare Improvement Scotland unannounced mental health inpatient inspection, "
                "4\u20136 March 2025 (report published 12 June 2025)")
    ws["A3"] = "Progress update: October 2025"
    ws["A3"].font = Font(italic=True)
    heads = ["Requirement", "Ref", "Action planned", "Timescale to meet action",
             "Responsibility for taking action", "Progress against actions", "Status"]
    hr = 5
    for i, h in enumerate(heads, start=1):
        c = ws.cell(row=hr, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("HEAD")
        c.alignment = WRAP
    box_row(ws, hr, 1, 7)
    r = hr
    for dom in HIS_DOMAINS:
        r += 1
        ws.cell(row=r, column=1, value=dom["domain"]).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = fill("BAND")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        for req in dom["reqs"]:
            first = r + 1
            for a in req["actions"]:
                r += 1
                vals = [req["req"] if r == first else None, a["ref"], a["action"], a["time"],
                        a["resp"], a["progress"], a["status"]]
                for i, v in enumerate(vals, start=1):
                    c = ws.cell(row=r, column=i, value=v)
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                box_row(ws, r, 1, 7)
                sc = ws.cell(row=r, column=7)
                sc.fill = fill(a["code"])
                if a["code"] == "B":
                    sc.font = Font(color="FFFFFFFF")
            if r > first:
                ws.merge_cells(start_row=first, start_column=1, end_row=r, end_column=1)
    r += 2
    ws.cell(row=r, column=1, value="Status key").font = Font(bold=True)
    for code, label in [("B", "Complete"), ("G", "On track"), ("A", "Some delay"),
                        ("R", "Not on track")]:
        r += 1
        c = ws.cell(row=r, column=1, value=label)
        c.fill = fill(code)
        c.border = BOX
        if code == "B":
            c.font = Font(color="FFFFFFFF")
    r += 2
    ws.cell(row=r, column=1, value=("Note: HIS will follow up progress against this action plan "
                                    "at the next inspection of New Craigs Hospital."))
    for col, w in zip("ABCDEFG", [48, 6, 50, 20, 30, 46, 12]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, HIS_FILE))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    """Write text into a cell; inner '\n' become separate paragraphs."""
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
# 4. Skanda Vale Hospice HIW improvement plan (docx)
# ---------------------------------------------------------------------------
HIW_FILE = "zrx-skanda-vale-hospice-hiw-inspection-improvement-plan.docx"
HIW_TITLE = "Skanda Vale Hospice \u2013 HIW Inspection Improvement Plan"
HIW_SECTIONS = [
    {
        "section": "Quality of Patient Experience",
        "rows": [
            dict(need=("The registered person must ensure that information on how to raise a "
                       "concern, including contact details for HIW, is displayed and available in "
                       "Welsh and English."),
                 reg="Regulation 24 (5)",
                 action=("The concerns leaflet has been revised to include HIW contact details and "
                         "translated into Welsh.\nBilingual posters are now displayed in reception "
                         "and in the day therapy lounge."),
                 officer="Hospice Manager", time="30 November 2024",
                 x_lead=["Hospice Manager"], x_end="2024-11"),
        ],
    },
    {
        "section": "Delivery of Safe and Effective Care",
        "rows": [
            dict(need=("The registered person must ensure that controlled drug registers are "
                       "checked and signed by two registered nurses at every stock check."),
                 reg="Regulation 15 (5)(a)",
                 action=("The controlled drugs policy has been updated to require a two-nurse check "
                         "at every weekly stock check.\nCompliance will be audited monthly by the "
                         "visiting pharmacist and reported to the Clinical Governance Committee."),
                 officer="Head of Nursing / Registered Manager", time="Immediate and ongoing",
                 x_lead=["Head of Nursing", "Registered Manager"], x_end=None,
                 x_end_text="Immediate and ongoing"),
            dict(need=("The registered person must ensure that falls risk assessments are "
                       "completed within 24 hours of admission and reviewed after any fall."),
                 reg="Regulation 15 (1)(a)",
                 action=("The falls risk assessment has been added to the admission bundle. The "
                         "nurse in charge will check completion at the daily safety huddle."),
                 officer="Ward Sister", time="January 2025",
                 x_lead=["Ward Sister"], x_end="2025-01"),
            dict(need=("The registered person must ensure that the resuscitation trolley is checked "
                       "daily and that the checks are documented."),
                 reg="Regulation 15 (1)(b); Regulation 26 (1)",
                 action=("A daily checklist has been introduced and trolley checks have been added "
                         "to the monthly audit schedule."),
                 officer="Clinical Nurse Specialist (Resuscitation Lead)", time="31/12/2024",
                 x_lead=["Clinical Nurse Specialist (Resuscitation Lead)"], x_end="2024-12"),
        ],
    },
    {
        "section": "Quality of Management and Leadership",
        "rows": [
            dict(need=("The registered person must ensure that all staff complete mandatory "
                       "training, and that compliance with safeguarding adults training is "
                       "improved to at least 85%."),
                 reg="Regulation 20 (2)(a)",
                 action=("The training matrix has been reviewed and training dates booked for all "
                         "staff with outstanding modules. Compliance will be reported to the Board "
                         "of Trustees each quarter."),
                 officer="Education Lead", time="March 2025",
                 x_lead=["Education Lead"], x_end="2025-03"),
            dict(need=("The registered person must ensure that the responsible individual visits "
                       "the hospice and completes a quality of service review at least every six "
                       "months."),
                 reg="Regulation 28",
                 action=("A six-monthly visit schedule has been agreed with the Board of Trustees. "
                         "The first report will be completed and shared with HIW."),
                 officer="Responsible Individual", time="April 2025",
                 x_lead=["Responsible Individual"], x_end="2025-04"),
        ],
    },
]


def build_hiw():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading(HIW_TITLE, level=0)
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([
            ("Service", "Skanda Vale Hospice, Saron, Llandysul"),
            ("Type of inspection", "Independent healthcare inspection (announced)"),
            ("Date of inspection", "8 and 9 October 2024"),
            ("Date improvement plan returned to HIW", "13 December 2024")]):
        set_cell(t.cell(i, 0), k, bold=True)
        set_cell(t.cell(i, 1), v)

    doc.add_heading("Appendix A \u2013 Summary of concerns resolved during the inspection", level=1)
    doc.add_paragraph("The table below summarises the concerns identified and resolved during our "
                      "inspection. These are not included in the improvement plan.")
    t = doc.add_table(rows=2, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Immediate concerns identified",
                           "Impact/potential impact on patient care and treatment",
                           "How HIW escalated the concern", "How the concern was resolved"]):
        set_cell(t.cell(0, i), h, bold=True)
    for i, v in enumerate(["Out-of-date sterile dressings were found in the treatment room.",
                           "Risk of infection.", "Raised with the nurse in charge.",
                           "All stock was checked and out-of-date items were removed on the day."]):
        set_cell(t.cell(1, i), v)

    doc.add_heading("Appendix B \u2013 Immediate improvement plan", level=1)
    doc.add_paragraph("Service: Skanda Vale Hospice")
    doc.add_paragraph("No immediate non-compliance concerns were identified on this inspection.")

    doc.add_heading("Appendix C \u2013 Improvement plan", level=1)
    doc.add_paragraph("Service: Skanda Vale Hospice")
    doc.add_paragraph("Date of inspection: 8 and 9 October 2024")
    doc.add_paragraph("The table below includes any other improvements identified during the "
                      "inspection where we require the service to complete an improvement plan "
                      "telling us about the actions they are taking to address these areas.")
    n_rows = 1 + sum(1 + len(s["rows"]) for s in HIW_SECTIONS)
    t = doc.add_table(rows=n_rows, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(["Improvement needed", "Regulation / Standard", "Service action",
                           "Responsible officer", "Timescale"]):
        set_cell(t.cell(0, i), h, bold=True)
        shade(t.cell(0, i), "D9E2F3")
    r = 0
    for sec in HIW_SECTIONS:
        r += 1
        m = t.cell(r, 0).merge(t.cell(r, 4))
        set_cell(m, sec["section"], bold=True)
        shade(m, "F2F2F2")
        for row in sec["rows"]:
            r += 1
            for i, v in enumerate([row["need"], row["reg"], row["action"], row["officer"],
                                   row["time"]]):
                set_cell(t.cell(r, i), v)

    doc.add_paragraph("")
    doc.add_paragraph("The following section must be completed by a representative of the service "
                      "who has overall responsibility and accountability for ensuring the "
                      "improvement plan is actioned.")
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    set_cell(t.cell(0, 0), "Service representative", bold=True)
    t.cell(0, 0).merge(t.cell(0, 1))
    for i, (k, v) in enumerate([("Name (print):", "Swami Karunananda"),
                                ("Job role:", "Responsible Individual"),
                                ("Date:", "13 December 2024")], start=1):
        set_cell(t.cell(i, 0), k, bold=True)
        set_cell(t.cell(i, 1), v)
    doc.save(os.path.join(HERE, HIW_FILE))


# ---------------------------------------------------------------------------
# 5. Mullaghmore Care Home RQIA quality improvement plan (docx)
# ---------------------------------------------------------------------------
RQIA_FILE = "zrx-mullaghmore-care-home-omagh-rqia-care-inspection-quality-improvement-plan.docx"
RQIA_TITLE = "Quality Improvement Plan \u2013 Mullaghmore Care Home, Omagh"
RQIA_SECTIONS = [
    {
        "heading": ("Action required to ensure compliance with The Nursing Homes Regulations "
                    "(Northern Ireland) 2005"),
        "areas": [
            dict(n="1", ref="Regulation 13 (7)", stated="First time",
                 by="Immediate action required",
                 req=("The registered person shall ensure that the infection prevention and control "
                      "issues identified during the inspection are addressed, including the "
                      "storage of equipment in communal bathrooms."),
                 sect="Ref: 5.2.3",
                 response=("All equipment has been removed from communal bathrooms and a storage "
                           "room has been allocated on each floor. The manager completes a weekly "
                           "IPC walkround and records actions taken."),
                 x_end=None, x_end_text="Immediate action required"),
            dict(n="2", ref="Regulation 12 (1)(a)(b)", stated="First time",
                 by="30 June 2025",
                 req=("The registered person shall ensure that wound care is delivered in "
                      "accordance with the patient's care plan and the recommendations of the "
                      "tissue viability nurse."),
                 sect="Ref: 5.2.2",
                 response=("Wound care plans for all patients have been reviewed against the TVN "
                           "recommendations. A wound care audit is completed by the deputy manager "
                           "each month and findings are discussed at the staff meeting."),
                 x_end="2025-06"),
            dict(n="3", ref="Regulation 30", stated="Second time",
                 by="From the date of inspection",
                 req=("The registered person shall ensure that RQIA is notified of any event in "
                      "the nursing home which adversely affects the wellbeing or safety of any "
                      "patient."),
                 sect="Ref: 5.1 and 5.2.5",
                 response=("Notifiable events guidance has been re-issued to all nurses in charge. "
                           "The manager reviews the accident and incident log each week to confirm "
                           "that all notifiable events have been reported to RQIA."),
                 x_end=None, x_end_text="From the date of inspection"),
        ],
    },
    {
        "heading": ("Action required to ensure compliance with the Care Standards for Nursing "
                    "Homes (December 2022)"),
        "areas": [
            dict(n="1", ref="Standard 4.9", stated="First time", by="31 July 2025",
                 req=("The registered person shall ensure that repositioning records are "
                      "completed accurately and reflect the frequency set out in the care plan."),
                 sect="Ref: 5.2.2",
                 response=("Repositioning charts have been replaced with the electronic record on "
                           "the care system. Nurses in charge check charts at the end of each shift "
                           "and the manager audits a sample each week."),
                 x_end="2025-07"),
            dict(n="2", ref="Standard 12.10", stated="First time", by="22 August 2025",
                 req=("The registered person shall ensure that the daily menu is displayed in a "
                      "suitable format and that patients are offered a choice of meal at each "
                      "mealtime."),
                 sect="Ref: 5.2.4",
                 response=("A pictorial menu is now displayed in each dining room and the catering "
                           "manager has introduced a daily choice sheet completed with each "
                           "patient."),
                 x_end="2025-08"),
        ],
    },
]


def build_rqia():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading(RQIA_TITLE, level=0)
    doc.add_paragraph("Mullaghmore Care Home, 41 Dublin Road, Omagh, BT78 1HE")
    doc.add_paragraph("Type of service: Nursing Home    RQIA ID: 11328    Inspection ID: IN047219")
    doc.add_paragraph("Unannounced care inspection: 22 May 2025    Inspector: RQIA Care Inspector")

    doc.add_heading("6.0 Quality Improvement Plan (QIP)", level=1)
    doc.add_paragraph("Areas for improvement have been identified where action is required to "
                      "ensure compliance with The Nursing Homes Regulations (Northern Ireland) 2005 "
                      "and the Care Standards for Nursing Homes (December 2022).")
    t = doc.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["", "Regulations", "Standards"]):
        set_cell(t.cell(0, i), h, bold=True)
    for i, v in enumerate(["Total number of Areas for Improvement", "3*", "2"]):
        set_cell(t.cell(1, i), v)
    doc.add_paragraph("* the total number of areas for improvement includes one regulation that "
                      "has been stated for a second time.")
    doc.add_paragraph("Areas for improvement and details of the Quality Improvement Plan were "
                      "discussed with the Manager as part of the inspection process. The timescales "
                      "for completion commence from the date of inspection.")

    for sec in RQIA_SECTIONS:
        n_rows = 1 + 2 * len(sec["areas"])
        t = doc.add_table(rows=n_rows, cols=2)
        t.style = "Table Grid"
        m = t.cell(0, 0).merge(t.cell(0, 1))
        set_cell(m, sec["heading"], bold=True)
        shade(m, "D9E2F3")
        r = 0
        for a in sec["areas"]:
            r += 1
            left = t.cell(r, 0).merge(t.cell(r + 1, 0))
            set_cell(left, (f"Area for improvement {a['n']}\n\nRef: {a['ref']}\n\n"
                            f"Stated: {a['stated']}\n\nTo be completed by:\n{a['by']}"))
            left.paragraphs[0].runs[0].bold = True
            set_cell(t.cell(r, 1), f"{a['req']}\n\n{a['sect']}")
            set_cell(t.cell(r + 1, 1), ("Response by registered person detailing the actions "
                                        f"taken:\n{a['response']}"))
            t.cell(r + 1, 1).paragraphs[0].runs[0].bold = True
            r += 1
        doc.add_paragraph("")
    p = doc.add_paragraph("*Please ensure this document is completed in full and returned via "
                          "the Web Portal*")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.save(os.path.join(HERE, RQIA_FILE))


# ---------------------------------------------------------------------------
# 6. Guardian Angel Carers (Oxford) CQC action plan, csv with a mistyped month
# ---------------------------------------------------------------------------
GAC_FILE = ("zrx-guardian-angel-carers-oxford-cqc-home-care-inspection-action-plan-"
            "typo-month-refuse.csv")
GAC_TITLE = "Guardian Angel Carers (Oxford) - CQC Action Plan"
GAC_ROWS = [
    ["Safe", "Regulation 12 Safe care and treatment",
     "Risk assessments for people with catheters and PEG feeding were not always in place.",
     "Review the care plans of everyone with catheter or PEG care and add specific risk assessments and guidance for care staff.",
     "CH", "Apr-25", "Complete", "All 9 care plans reviewed and signed off 28/03/25."],
    ["", "Regulation 12 Safe care and treatment",
     "Gaps in electronic medicines records (eMAR) were not followed up.",
     "Set up daily eMAR exception alerts and record the follow-up of every missed or late medicine visit.",
     "CH / Field Care Supervisors", "May-25", "Complete", "Alerts live 06/05/25; office checks daily at 11:00 and 19:00."],
    ["", "Regulation 19 Fit and proper persons employed",
     "Full employment histories had not been obtained for three care workers.",
     "Audit all staff files and obtain full employment histories with written explanations of any gaps.",
     "DO", "Jun-25", "In progress", "41 of 56 files audited."],
    ["Effective", "Regulation 11 Need for consent",
     "Mental capacity assessments were not decision-specific.",
     "Deliver MCA training to care coordinators and redo capacity assessments where decisions about care are made on someone's behalf.",
     "CH", "Jul-25", "In progress", "Training booked with Oxfordshire County Council for 17/07/25."],
    ["Responsive", "Regulation 9 Person-centred care",
     "Care plans did not record people's preferences about the gender of their carer.",
     "Add a preferences section to the care plan template and review it with each person at their next care review.",
     "Field Care Supervisors", "Sep-25", "Not started", ""],
    ["Well-led", "Regulation 17 Good governance",
     "Audits had not identified the issues found at inspection.",
     "Introduce a monthly quality audit schedule covering care plans, eMAR, call times and staff files, reported to the Nominated Individual.",
     "DO", "0ct-25", "Not started", "Audit tool drafted."],
    ["", "Regulation 17 Good governance",
     "Late and missed calls were not analysed for patterns.",
     "Produce a monthly call-monitoring report by run and by care worker, and discuss it at the management meeting.",
     "CH / DO", "Nov-25", "Not started", ""],
]


def build_gac():
    path = os.path.join(HERE, GAC_FILE)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow([GAC_TITLE, "", "", "", "", "", "", ""])
        w.writerow(["Domiciliary care agency. Inspection 10-12 February 2025, report published 2 April 2025. Overall rating: Requires improvement", "", "", "", "", "", "", ""])
        w.writerow(["Leads: CH = Claire Hutchins (Registered Manager), DO = Daniel Okafor (Nominated Individual)", "", "", "", "", "", "", ""])
        w.writerow(["Plan last updated 30/06/2025", "", "", "", "", "", "", ""])
        w.writerow([])
        w.writerow(["Key question", "Regulation", "What CQC found", "Action", "Lead", "Target date",
                    "Status", "Update"])
        for row in GAC_ROWS:
            w.writerow(row)
    # line of the mistyped month, as the user finds it (1-based)
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, start=1):
            if "0ct-25" in line:
                return n
    return None


# ---------------------------------------------------------------------------
# 7. CNWL quality account priorities tracker (plain text export)
# ---------------------------------------------------------------------------
CNWL_FILE = "zrx-cnwl-nhsft-quality-account-priorities-tracker-2025-26.txt"
CNWL_TITLE = ("Central and North West London NHS Foundation Trust - Quality Account 2025/26 "
              "Quality Priorities Progress Tracker")
CNWL_PRIORITIES = [
    {
        "heading": "QUALITY PRIORITY 1: REDUCING PRESSURE ULCERS",
        "aim": ("Aim: reduce category 3 and 4 pressure ulcers that develop on our community "
                "nursing caseloads by 25% against the 2023/24 baseline."),
        "exec": "Executive lead: Chief Nurse",
        "actions": [
            dict(ref="1.1",
                 action=("Roll out the PURPOSE-T risk assessment tool to all district nursing teams "
                         "in Hillingdon, Milton Keynes and Camden."),
                 lead="Associate Director of Nursing (Community Health Services)",
                 due="30/06/2025", rag="B",
                 update=["Rolled out to all 14 teams. August audit: 91% of new patients assessed "
                         "within 24 hours."],
                 x_lead=["Associate Director of Nursing (Community Health Services)"],
                 x_end="2025-06", x_status="blue"),
            dict(ref="1.2",
                 action=("Provide pressure ulcer prevention training for carers and care agency "
                         "staff supporting housebound patients."),
                 lead="Tissue Viability Lead / Community Matrons", due="Q3 2025/26", rag="G",
                 update=["Six sessions delivered to 118 carers; two further sessions booked for "
                         "November."],
                 x_lead=["Tissue Viability Lead", "Community Matrons"], x_end="2025-12",
                 x_end_text="Q3 2025/26", x_status="green"),
            dict(ref="1.3",
                 action=("Review every category 3 and 4 pressure ulcer through the weekly "
                         "PSIRF learning panel and share themes with all community teams."),
                 lead="Head of Patient Safety", due="Ongoing", rag="G",
                 update=["Panel meets every Tuesday; themes bulletin issued in July and "
                         "September."],
                 x_lead=["Head of Patient Safety"], x_end=None, x_end_text="Ongoing",
                 x_status="green"),
        ],
    },
    {
        "heading": "QUALITY PRIORITY 2: REDUCING RESTRICTIVE INTERVENTIONS",
        "aim": ("Aim: reduce the use of prone restraint and seclusion on adult acute and PICU "
                "wards, and improve the experience of patients where restraint is used."),
        "exec": "Executive lead: Chief Medical Officer",
        "actions": [
            dict(ref="2.1",
                 action=("Introduce Safewards interventions on the remaining six adult acute "
                         "wards at the Park Royal Centre and St Charles Hospital."),
                 lead="Reducing Restrictive Practice Lead", due="March 2026", rag="G",
                 update=["Four of six wards trained; Mutual Help Meetings running on all four."],
                 x_lead=["Reducing Restrictive Practice Lead"], x_end="2026-03",
                 x_status="green"),
            dict(ref="2.2",
                 action=("Ensure every patient who is restrained is offered a post-incident "
                         "debrief within 72 hours, and record it on the incident form."),
                 lead="Dr Asha Mensah; Tom Byrne", due="31 Dec 2025", rag="A",
                 update=["Debrief offered in 63% of cases in Q2 (target 90%). New prompt added to",
                         "the incident form on 01/10/2025; ward managers to review weekly."],
                 x_lead=["Dr Asha Mensah", "Tom Byrne"], x_end="2025-12", x_status="amber"),
            dict(ref="2.3",
                 action=("Co-produce a restrictive practice information leaflet with service users "
                         "and carers."),
                 lead="Head of Service User Involvement", due="Q4 2025/26", rag="R",
                 update=["Co-production group not yet recruited; recovery plan to the November "
                         "meeting."],
                 x_lead=["Head of Service User Involvement"], x_end="2026-03",
                 x_end_text="Q4 2025/26", x_status="red"),
        ],
    },
    {
        "heading": "QUALITY PRIORITY 3: BETTER PATIENT OUTCOMES",
        "aim": ("Aim: increase the number of patients in community mental health teams with a "
                "paired outcome measure (DIALOG) recorded at the start and review of care."),
        "exec": "Executive lead: Chief Medical Officer",
        "actions": [
            dict(ref="3.1",
                 action=("Add DIALOG to the electronic patient record care plan review form so "
                         "that scores are recorded in one place."),
                 lead="Chief Clinical Information Officer", due="End of January 2026", rag="G",
                 update=["Form built and in user testing with two teams."],
                 x_lead=["Chief Clinical Information Officer"], x_end="2026-01",
                 x_status="green"),
            dict(ref="3.2",
                 action=("Publish a monthly outcomes dashboard for each community mental health "
                         "team, showing paired DIALOG rates."),
                 lead="Okafor, Grace", due="30/09/2025", rag="B",
                 update=["Dashboard live on the Trust intranet from September."],
                 x_lead=["Okafor, Grace"], x_end="2025-09", x_status="blue"),
        ],
    },
]


def build_cnwl():
    bar = "=" * 72
    lines = [
        CNWL_TITLE,
        "Report to: Quality and Performance Committee, 11 November 2025",
        "Reporting period: Quarter 2 (July - September 2025)",
        "Prepared by: Head of Quality Governance",
        "",
        "RAG key: B = complete; G = on track; A = some slippage, recovery plan in place; R = off track",
        "",
    ]
    for pr in CNWL_PRIORITIES:
        lines += [bar, pr["heading"], bar, pr["aim"], pr["exec"], ""]
        for a in pr["actions"]:
            lines.append(f"{a['ref']}  {a['action']}")
            lines.append(f"     Lead:   {a['lead']}")
            lines.append(f"     Due:    {a['due']}")
            lines.append(f"     RAG:    {a['rag']}")
            lines.append(f"     Update: {a['update'][0]}")
            for cont in a["update"][1:]:
                lines.append(f"             {cont}")
            lines.append("")
    counts = {}
    for pr in CNWL_PRIORITIES:
        for a in pr["actions"]:
            counts[a["rag"]] = counts.get(a["rag"], 0) + 1
    lines += [bar, "SUMMARY AT Q2", bar]
    total = sum(counts.values())
    lines.append(f"Actions: {total}   B: {counts.get('B', 0)}   G: {counts.get('G', 0)}   "
                 f"A: {counts.get('A', 0)}   R: {counts.get('R', 0)}")
    lines.append("")
    lines.append("Note: actions rated B will be closed at the Q3 report once the evidence has been "
                 "reviewed by the Quality Governance Team.")
    with open(os.path.join(HERE, CNWL_FILE), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def main():
    build_emas()
    build_baf()
    build_his()
    build_hiw()
    build_rqia()
    line = build_gac()
    build_cnwl()
    print("built 7 files; mistyped month in csv on line", line)


if __name__ == "__main__":
    main()
