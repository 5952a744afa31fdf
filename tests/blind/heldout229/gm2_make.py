"""Build the seven gm2- blind test files (set heldout229).

Run with: /work/main/.venv/bin/python gm2_make.py
Writes the data files next to this script. Each case's data is kept in CASES so
that the expected readings (written separately) quote exactly the same text.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "00B0F0"
FILL = {"red": RED, "amber": AMBER, "green": GREEN, "blue": BLUE}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


# ---------------------------------------------------------------------------
# 1. Hampshire and Isle of Wight FRS - HMICFRS improvement plan (xlsx, read)
# ---------------------------------------------------------------------------
HIWFRS_FILE = "gm2-hampshire-isle-of-wight-fire-rescue-hmicfrs-afi-improvement-plan.xlsx"
HIWFRS_TITLE = ("Hampshire and Isle of Wight Fire and Rescue Service – "
                "HMICFRS Improvement Plan 2023–25")
# pillar -> findings -> actions
# action: ref, text, owner, original, revised, prev, cur, update, expected(lead, end, end_text, status)
HIWFRS = [
    ("Effectiveness", [
        ("Cause of concern 2 – The service needs to improve its mobilisation system "
         "so that emergency calls are handled and resources sent without unnecessary delay.", [
            dict(ref="CoC2.1",
                 text="Commission an independent technical review of the mobilising system and agree a "
                      "remediation plan with the Networked Fire Services Partnership.",
                 owner="Area Manager, Control and Mobilising",
                 orig=D(2025, 3, 31), rev=D(2025, 9, 30), prev="Amber", cur="Blue",
                 upd="Review reported in August 2025. Remediation plan signed off by the NFSP board on 16/09/2025.",
                 lead=["Area Manager, Control and Mobilising"], end="2025-09", status="blue"),
            dict(ref="CoC2.2",
                 text="Introduce a daily mobilising performance dashboard, reviewed at the Service Delivery "
                      "tactical meeting.",
                 owner="AM Control / Head of Performance",
                 orig=D(2025, 12, 31), rev="Mar 2026", prev="Green", cur="Amber",
                 upd="Dashboard in test. Data feed from the mobilising system delayed by supplier patch.",
                 lead=["AM Control", "Head of Performance"], end="2026-03", status="amber"),
        ]),
        ("AFI 4 – The service should make sure it participates in a programme of cross-border "
         "exercises, with learning from them obtained and shared.", [
            dict(ref="E4.1",
                 text="Agree a two-year cross-border exercise calendar with Dorset & Wiltshire, Surrey, "
                      "West Sussex and Royal Berkshire FRSs.",
                 owner="Group Manager, Operational Assurance",
                 orig=D(2025, 6, 30), rev=None, prev="Green", cur="Blue",
                 upd="Calendar agreed at the South East regional operational group. Six exercises booked for 2025–27.",
                 lead=["Group Manager, Operational Assurance"], end="2025-06", status="blue"),
            dict(ref="E4.2",
                 text="Record the debrief from every cross-border exercise on the operational learning "
                      "system and publish a quarterly learning bulletin.",
                 owner="GM Operational Assurance; Operational Learning Manager",
                 orig="Ongoing – quarterly", rev=None, prev="Green", cur="Green",
                 upd="First bulletin issued October 2025.",
                 lead=["GM Operational Assurance", "Operational Learning Manager"], end=None,
                 end_text="Ongoing – quarterly", status="green"),
        ]),
    ]),
    ("Efficiency", [
        ("AFI 11 – The service needs to show a clear rationale for the resources allocated between "
         "prevention, protection and response activities.", [
            dict(ref="F11.1",
                 text="Develop a resource-to-risk methodology that links station workload modelling to "
                      "the risk profile in the Community Risk Management Plan 2025–30.",
                 owner="Head of Strategic Planning",
                 orig=D(2025, 6, 30), rev=D(2025, 12, 31), prev="Amber", cur="Red",
                 upd="Modelling contractor withdrew in November. Re-procurement under way; revised date will be missed.",
                 lead=["Head of Strategic Planning"], end="2025-12", status="red"),
        ]),
    ]),
    ("People", [
        ("Cause of concern 1 – The service should develop a system that brings together workforce, "
         "succession and training plans at a service level that clearly supports its CRMP.", [
            dict(ref="CoC1.1",
                 text="Publish a Strategic Workforce Plan 2025–2028 approved by the Executive Group.",
                 owner="Director of People and Organisational Development",
                 orig=D(2025, 3, 31), rev=D(2025, 7, 31), prev="Amber", cur="Blue",
                 upd="Approved by Executive Group 22/07/2025 and published on the intranet.",
                 lead=["Director of People and Organisational Development"], end="2025-07", status="blue"),
            dict(ref="CoC1.2",
                 text="Establish a Workforce Planning Board, chaired by the Chief Fire Officer, with central "
                      "oversight of all recruitment and promotion activity.",
                 owner="Chief Fire Officer",
                 orig=D(2025, 4, 30), rev=None, prev="Green", cur="Blue",
                 upd="Board meets monthly from April 2025.",
                 lead=["Chief Fire Officer"], end="2025-04", status="blue"),
            dict(ref="CoC1.3",
                 text="Map succession risk for all middle and strategic manager roles and agree "
                      "development pathways for identified successors.",
                 owner="Head of Talent and Development",
                 orig=D(2025, 12, 31), rev=D(2026, 3, 31), prev="Green", cur="Amber",
                 upd="Middle manager mapping complete. Strategic manager mapping delayed by restructure.",
                 lead=["Head of Talent and Development"], end="2026-03", status="amber"),
        ]),
        ("AFI 17 – The service should make sure its grievance procedures are understood and "
         "trusted by staff.", [
            dict(ref="P17.1",
                 text="Relaunch the grievance and Fairness at Work procedure, with line manager briefings "
                      "at every station and department.",
                 owner="HR Business Partner (Service Delivery)",
                 orig=D(2025, 11, 30), rev=None, prev="Green", cur="Green",
                 upd="Briefings delivered at 38 of 51 stations.",
                 lead=["HR Business Partner (Service Delivery)"], end="2025-11", status="green"),
        ]),
    ]),
]


def build_hiwfrs(path):
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = HIWFRS_TITLE
    cover["A1"].font = Font(bold=True, size=16, color="B22222")
    cover["A3"] = "HMICFRS Effectiveness, efficiency and people 2023–25 inspection (report published 14 August 2025)"
    cover["A4"] = "Causes of concern and areas for improvement: service response and progress"
    cover["A6"] = "Document control"
    cover["A6"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Change"),
            ("1.0", "26/09/2025", "Service Improvement Team", "First draft for Executive Group"),
            ("1.2", "18/11/2025", "Service Improvement Team", "Owners confirmed; revised dates added"),
            ("1.3", "09/01/2026", "Service Improvement Team", "December 2025 progress for Standards and Governance Committee")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cover.cell(row=7 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
    cover["A13"] = "RAG key"
    cover["A13"].font = Font(bold=True)
    key = [("Blue", "Complete and evidenced", BLUE), ("Green", "On track to meet the completion date", GREEN),
           ("Amber", "At risk – revised date may be needed", AMBER), ("Red", "Off track – escalated to Service Improvement Board", RED)]
    for i, (k, v, col) in enumerate(key):
        a = cover.cell(row=14 + i, column=1, value=k)
        a.fill = fill(col)
        cover.cell(row=14 + i, column=2, value=v)
    cover.column_dimensions["A"].width = 14
    cover.column_dimensions["B"].width = 40
    cover.column_dimensions["C"].width = 26
    cover.column_dimensions["D"].width = 60

    # Summary sheet (totals block, not actions)
    summ = wb.create_sheet("Summary")
    summ["A1"] = "Summary of current RAG by pillar – December 2025"
    summ["A1"].font = Font(bold=True, size=13)
    hdr = ["Pillar", "Blue", "Green", "Amber", "Red", "Total"]
    for j, h in enumerate(hdr):
        c = summ.cell(row=3, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    r = 4
    totals = [0, 0, 0, 0]
    for pillar, findings in HIWFRS:
        counts = [0, 0, 0, 0]
        for _, acts in findings:
            for a in acts:
                counts[["Blue", "Green", "Amber", "Red"].index(a["cur"])] += 1
        summ.cell(row=r, column=1, value=pillar).border = BOX
        for j, n in enumerate(counts):
            summ.cell(row=r, column=2 + j, value=n).border = BOX
            totals[j] += n
        summ.cell(row=r, column=6, value=sum(counts)).border = BOX
        r += 1
    summ.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for j, n in enumerate(totals):
        summ.cell(row=r, column=2 + j, value=n).font = Font(bold=True)
    summ.cell(row=r, column=6, value=sum(totals)).font = Font(bold=True)
    summ.column_dimensions["A"].width = 18

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = HIWFRS_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Progress position: December 2025 | Reported to Standards and Governance Committee, 27 January 2026"
    ws.merge_cells("A2:I2")
    heads = ["Ref", "HMICFRS finding", "Action", "Action owner", "Original completion date",
             "Revised completion date", "Previous RAG (Sep 25)", "Current RAG (Dec 25)", "Progress update"]
    for j, h in enumerate(heads):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for pillar, findings in HIWFRS:
        c = ws.cell(row=r, column=1, value=pillar)
        c.font = Font(bold=True, size=12)
        for j in range(1, 10):
            ws.cell(row=r, column=j).fill = fill("D9E1F2")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for finding, acts in findings:
            top = r
            ws.cell(row=r, column=2, value=finding)
            for a in acts:
                ws.cell(row=r, column=1, value=a["ref"])
                ws.cell(row=r, column=3, value=a["text"])
                ws.cell(row=r, column=4, value=a["owner"])
                for col, key_ in ((5, "orig"), (6, "rev")):
                    v = a[key_]
                    c = ws.cell(row=r, column=col, value=v)
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                for col, key_ in ((7, "prev"), (8, "cur")):
                    c = ws.cell(row=r, column=col, value=a[key_])
                    c.fill = fill({"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}[a[key_]])
                    c.alignment = Alignment(horizontal="center", vertical="top")
                ws.cell(row=r, column=9, value=a["upd"])
                for j in range(1, 10):
                    ws.cell(row=r, column=j).border = BOX
                    if j not in (7, 8):
                        ws.cell(row=r, column=j).alignment = WRAP
                r += 1
            if r - 1 > top:
                ws.merge_cells(start_row=top, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Note: revised completion dates were agreed by the Service Improvement Board on 9 December 2025.")
    ws.cell(row=r, column=1).font = Font(italic=True)
    widths = [9, 45, 55, 30, 14, 14, 11, 11, 50]
    for j, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHI"[j]].width = w
    ws.freeze_panes = "A5"
    cover.sheet_view.tabSelected = False
    wb.active = 2
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Calderdale Council - ASC CQC assessment improvement plan (xlsx, read)
# ---------------------------------------------------------------------------
CALD_FILE = "gm2-calderdale-council-asc-cqc-assessment-improvement-plan.xlsx"
CALD_TITLE = "Adult Social Care CQC Assessment Improvement Plan 2025/26"
CALD = [
    ("Theme 1: Working with people", [
        ("People waited too long for Care Act assessments and reviews, and not everyone on a "
         "waiting list had their risks checked while they waited.", [
            dict(ref="1.1",
                 text="Introduce a single risk-rated waiting list across all adult social care teams, "
                      "with prioritisation reviewed weekly by team managers.",
                 lead_cell="Service Manager – Assessment and Care Management", when=D(2025, 9, 30),
                 fmt="mmm-yy", rag="blue",
                 upd="Live from 1 September 2025. Weekly review evidenced in team minutes.",
                 lead=["Service Manager – Assessment and Care Management"], end="2025-09", status="blue"),
            dict(ref="1.2",
                 text="Reduce the number of people waiting more than 28 days for an assessment to "
                      "below 50 through a targeted assessment sprint.",
                 lead_cell="Head of Adult Social Care Operations", when=D(2026, 3, 31),
                 fmt="mmm-yy", rag="green",
                 upd="Waiting over 28 days down from 212 (April) to 97 (October).",
                 lead=["Head of Adult Social Care Operations"], end="2026-03", status="green"),
            dict(ref="1.3",
                 text="Complete overdue annual reviews, starting with people in long-term residential "
                      "care placed outside Calderdale.",
                 lead_cell="Reviewing Team Manager / Quality Assurance Lead", when="Q4 2025/26",
                 fmt=None, rag="amber",
                 upd="Out-of-area reviews 60% complete; agency reviewer contract ends December.",
                 lead=["Reviewing Team Manager", "Quality Assurance Lead"], end="2026-03",
                 end_text="Q4 2025/26", status="amber"),
        ]),
        ("Unpaid carers said carers' assessments were hard to get and did not always lead to "
         "support.", [
            dict(ref="1.4",
                 text="Co-produce a refreshed Carers' Offer with members of the Calderdale Carers "
                      "Partnership Board.",
                 lead_cell="Commissioning Manager (Carers)", when="December 2025",
                 fmt=None, rag="green",
                 upd="Three co-production workshops held; draft offer out for comment.",
                 lead=["Commissioning Manager (Carers)"], end="2025-12", status="green"),
            dict(ref="1.5",
                 text="Delegate carers' assessments to the commissioned carers' support service, "
                      "with monthly audit of a sample of completed assessments.",
                 lead_cell="Head of Commissioning & Partnerships", when=D(2026, 1, 31),
                 fmt="mmm-yy", rag="red",
                 upd="Legal advice on the delegation agreement awaited; January date at risk.",
                 lead=["Head of Commissioning & Partnerships"], end="2026-01", status="red"),
        ]),
    ]),
    ("Theme 2: Providing support", [
        ("There was not enough home care in parts of the upper Calder Valley, which delayed some "
         "hospital discharges.", [
            dict(ref="2.1",
                 text="Recommission home care on a zoned model, with a rural rate for rounds in the "
                      "upper Calder Valley.",
                 lead_cell="Head of Commissioning & Partnerships", when=D(2026, 3, 31),
                 fmt="dd/mm/yyyy", rag="green",
                 upd="Tender issued 6 October 2025; evaluation panel booked.",
                 lead=["Head of Commissioning & Partnerships"], end="2026-03", status="green"),
        ]),
    ]),
    ("Theme 3: Ensuring safety within the system", [
        ("Safeguarding concerns were not always screened within local timescales, and audit of "
         "section 42 enquiries was not embedded.", [
            dict(ref="3.1",
                 text="Set up a daily safeguarding triage huddle in the Adult Gateway to screen all "
                      "new concerns within one working day.",
                 lead_cell="Safeguarding Adults Service Manager", when=D(2025, 7, 31),
                 fmt="mmm-yy", rag="blue",
                 upd="In place since July. 96% of concerns screened within one working day in Q2.",
                 lead=["Safeguarding Adults Service Manager"], end="2025-07", status="blue"),
            dict(ref="3.2",
                 text="Run a monthly multi-agency audit of section 42 enquiries and report themes to "
                      "the Calderdale Safeguarding Adults Board.",
                 lead_cell="Principal Social Worker; SAB Business Manager", when="Ongoing",
                 fmt=None, rag="green",
                 upd="Audits held in August, September and October.",
                 lead=["Principal Social Worker", "SAB Business Manager"], end=None,
                 end_text="Ongoing", status="green"),
        ]),
    ]),
    ("Theme 4: Leadership", [
        ("Performance information was not always timely or used to drive improvement at team "
         "level.", [
            dict(ref="4.1",
                 text="Launch a Power BI dashboard for team managers covering waiting times, reviews "
                      "and safeguarding timescales.",
                 lead_cell="Head of Business Intelligence", when=D(2025, 11, 30),
                 fmt="mmm-yy", rag="amber",
                 upd="Waiting times and reviews pages live; safeguarding page awaiting data cleanse.",
                 lead=["Head of Business Intelligence"], end="2025-11", status="amber"),
            dict(ref="4.2",
                 text="Hold quarterly performance clinics, chaired by the Director of Adult Services "
                      "and Wellbeing, with each service manager.",
                 lead_cell="Director of Adult Services and Wellbeing", when="Quarterly",
                 fmt=None, rag=None,
                 upd="First clinic booked for January 2026.",
                 lead=["Director of Adult Services and Wellbeing"], end=None,
                 end_text="Quarterly", status="unrated"),
        ]),
    ]),
]


def build_calderdale(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = "Calderdale Council – Adult Services and Wellbeing"
    ws["A1"].font = Font(bold=True, size=12, color="004B87")
    ws["A2"] = CALD_TITLE
    ws["A2"].font = Font(bold=True, size=16)
    ws["A3"] = "Position at 31 October 2025 – for Adults Health and Social Care Scrutiny Panel"
    for rr in (1, 2, 3):
        ws.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=7)
    heads = ["Ref", "What CQC told us", "What we will do", "Lead(s)", "By when", "RAG",
             "Progress and evidence"]
    for j, h in enumerate(heads):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("004B87")
        c.border = BOX
        c.alignment = WRAP
    r = 6
    for theme, afis in CALD:
        ws.cell(row=r, column=1, value=theme).font = Font(bold=True, size=12)
        for j in range(1, 8):
            ws.cell(row=r, column=j).fill = fill("DDEBF7")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for afi, acts in afis:
            top = r
            ws.cell(row=r, column=2, value=afi)
            for a in acts:
                ws.cell(row=r, column=1, value=a["ref"])
                ws.cell(row=r, column=3, value=a["text"])
                ws.cell(row=r, column=4, value=a["lead_cell"])
                c = ws.cell(row=r, column=5, value=a["when"])
                if a["fmt"]:
                    c.number_format = a["fmt"]
                if a["rag"]:
                    ws.cell(row=r, column=6).fill = fill(FILL[a["rag"]])
                ws.cell(row=r, column=7, value=a["upd"])
                for j in range(1, 8):
                    ws.cell(row=r, column=j).border = BOX
                    ws.cell(row=r, column=j).alignment = WRAP
                r += 1
            if r - 1 > top:
                ws.merge_cells(start_row=top, start_column=2, end_row=r - 1, end_column=2)
    widths = [6, 42, 52, 30, 12, 7, 45]
    for j, w in enumerate(widths):
        ws.column_dimensions["ABCDEFG"[j]].width = w
    ws.freeze_panes = "A6"

    key = wb.create_sheet("Key and notes")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True, size=12)
    items = [(BLUE, "Complete – evidence of impact held"), (GREEN, "On track"),
             (AMBER, "Some slippage – recovery action in place"), (RED, "Off track – escalated to Adults DMT"),
             (None, "No colour – not yet started")]
    for i, (col, txt) in enumerate(items):
        c = key.cell(row=2 + i, column=1)
        if col:
            c.fill = fill(col)
        c.border = BOX
        key.cell(row=2 + i, column=2, value=txt)
    key["A8"] = "Notes"
    key["A8"].font = Font(bold=True)
    key["A9"] = ("The CQC assessment report for Calderdale was published in 2025. Actions are grouped "
                 "under the four CQC assessment themes.")
    key["A10"] = "Owner of this plan: Director of Adult Services and Wellbeing. Updated monthly."
    key.column_dimensions["A"].width = 12
    key.column_dimensions["B"].width = 50
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. Exeter City Council - strategic risk register Q3 2025/26 (xlsx, refuse)
# ---------------------------------------------------------------------------
EXETER_FILE = "gm2-exeter-city-council-strategic-risk-register-q3-2025-26-typo-month-refuse.xlsx"
EXETER_TITLE = "Exeter City Council – Strategic Risk Register"
EXETER = [
    dict(ref="SRR01", risk="Financial sustainability\nThe council cannot set a balanced budget over the medium term "
                           "because of inflation, demand pressures and uncertain funding settlements.",
         owner="Strategic Director for Corporate Resources", inh="4 x 5 = 20",
         controls="Medium Term Financial Plan; quarterly budget monitoring to Executive; earmarked reserves.",
         res="4 x 4 = 16", trend="↔",
         actions=[("Deliver the 2026/27 savings programme of £2.1m agreed by Council in February 2025.",
                   "Head of Finance (S151)", D(2026, 3, 31), "Amber"),
                  ("Review fees and charges against neighbouring districts and report options to Executive.",
                   "Head of Finance (S151)", "October 2025", "Blue")]),
    dict(ref="SRR02", risk="Net zero 2030\nThe council does not deliver its share of the Net Zero Exeter 2030 plan.",
         owner="Strategic Director for Place", inh="4 x 4 = 16",
         controls="Net Zero Risk Register; Net Zero Programme Board; decarbonisation funding bids.",
         res="3 x 4 = 12", trend="↓",
         actions=[("Complete heat decarbonisation plans for the Civic Centre and leisure estate.",
                   "Net Zero Programme Manager", D(2026, 6, 30), "Green"),
                  ("Report progress against the council's own carbon reduction trajectory to Audit and Governance Committee.",
                   "Net Zero Programme Manager", "Six-monthly", "Green")]),
    dict(ref="SRR03", risk="Cyber security\nA successful cyber attack disrupts council services and compromises personal data.",
         owner="Strategic Director for Corporate Resources", inh="5 x 5 = 25",
         controls="Strata Service Solutions security operations; MFA; annual PSN compliance; backups tested.",
         res="3 x 5 = 15", trend="↔",
         actions=[("Deliver cyber awareness e-learning to all staff and councillors, with completion reported monthly.",
                   "Strata ICT Security Lead", D(2026, 1, 31), "Green"),
                  ("Run a cyber incident exercise with Strategic Management Board, using the LGA exercise pack.",
                   "Emergency Planning Officer / Strata ICT Security Lead", "Jnue 2026", "Green")]),
    dict(ref="SRR04", risk="Temporary accommodation\nRising homelessness demand increases temporary accommodation costs and use of B&B.",
         owner="Strategic Director for People and Communities", inh="5 x 4 = 20",
         controls="Homelessness prevention team; acquisition programme; weekly TA placements review.",
         res="4 x 4 = 16", trend="↑",
         actions=[("Acquire a further 20 homes for use as temporary accommodation through the Local Authority Housing Fund.",
                   "Head of Housing Needs and Homelessness", D(2026, 3, 31), "Amber")]),
    dict(ref="SRR05", risk="Workforce capacity\nThe council cannot recruit and retain staff with the skills it needs.",
         owner="Chief Executive", inh="4 x 4 = 16",
         controls="People Strategy; market supplements policy; apprenticeship programme.",
         res="3 x 4 = 12", trend="↔",
         actions=[("Complete the pay and grading review and implement outcomes.",
                   "Head of HR", D(2026, 4, 30), "Red")]),
]


def build_exeter(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "SRR Q3 2025-26"
    ws["A1"] = EXETER_TITLE
    ws["A1"].font = Font(bold=True, size=15)
    ws["A2"] = "Quarter 3 2025/26 – position at 31 December 2025"
    ws["A3"] = "Reviewed by Strategic Management Board on 13 January 2026; reported to Audit and Governance Committee."
    heads = ["Risk ref", "Risk title and description", "Risk owner", "Inherent score (L x I)",
             "Existing controls", "Further actions", "Action owner", "Target date",
             "Current score (L x I)", "Trend", "Action RAG"]
    for j, h in enumerate(heads):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("00594F")
        c.alignment = WRAP
        c.border = BOX
    r = 6
    typo_row = None
    for risk in EXETER:
        top = r
        ws.cell(row=r, column=1, value=risk["ref"])
        ws.cell(row=r, column=2, value=risk["risk"])
        ws.cell(row=r, column=3, value=risk["owner"])
        ws.cell(row=r, column=4, value=risk["inh"])
        ws.cell(row=r, column=5, value=risk["controls"])
        ws.cell(row=r, column=9, value=risk["res"])
        ws.cell(row=r, column=10, value=risk["trend"])
        for text, owner, when, rag in risk["actions"]:
            ws.cell(row=r, column=6, value=text)
            ws.cell(row=r, column=7, value=owner)
            c = ws.cell(row=r, column=8, value=when)
            if isinstance(when, dt.datetime):
                c.number_format = "mmm yyyy"
            if when == "Jnue 2026":
                typo_row = r
            c = ws.cell(row=r, column=11, value=rag)
            c.fill = fill({"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}[rag])
            for j in range(1, 12):
                ws.cell(row=r, column=j).border = BOX
                ws.cell(row=r, column=j).alignment = WRAP
            r += 1
        if r - 1 > top:
            for col in (1, 2, 3, 4, 5, 9, 10):
                ws.merge_cells(start_row=top, start_column=col, end_row=r - 1, end_column=col)
    widths = [9, 40, 24, 10, 36, 48, 26, 12, 10, 7, 9]
    for j, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHIJK"[j]].width = w
    m = wb.create_sheet("Scoring matrix")
    m["A1"] = "Risk scoring: Likelihood (1–5) x Impact (1–5)"
    m["A1"].font = Font(bold=True)
    bands = [("15–25", "High", RED), ("8–14", "Medium", AMBER), ("1–7", "Low", GREEN)]
    for i, (s, b, col) in enumerate(bands):
        m.cell(row=3 + i, column=1, value=s)
        c = m.cell(row=3 + i, column=2, value=b)
        c.fill = fill(col)
    m["A7"] = "Action RAG: Blue = complete; Green = on track; Amber = some slippage; Red = off track."
    wb.save(path)
    return typo_row


# ---------------------------------------------------------------------------
# 4. Blaenau Gwent CBC - Audit Wales recommendations action plan (docx, read)
# ---------------------------------------------------------------------------
BG_FILE = "gm2-blaenau-gwent-cbc-audit-wales-recommendations-action-plan.docx"
BG_TITLE = "Audit Wales Recommendations – Action Plan and Progress Update"
BG = [
    ("1. Planning Services (report issued June 2023)", [
        ("R1 The Council should review the Development and Estates business plan so that it reflects "
         "the planning service’s strategic role in delivering the Council’s corporate objectives.", [
            dict(ref="PS1.1",
                 text="Revise the Development and Estates business plan for 2024/25 to include a planning "
                      "service section setting out its contribution to the Corporate Plan priorities.",
                 officer="Service Manager – Development", date="March 2024", status="Complete",
                 lead=["Service Manager – Development"], end="2024-03", exp="blue"),
            dict(ref="PS1.2",
                 text="Include planning performance indicators in the quarterly business plan monitoring "
                      "report to Place Scrutiny Committee.",
                 officer="Service Manager – Development / Performance and Improvement Manager",
                 date="Q2 2024/25", status="Complete",
                 lead=["Service Manager – Development", "Performance and Improvement Manager"],
                 end="2024-09", end_text="Q2 2024/25", exp="blue"),
        ]),
        ("R2 The Council should increase the pace of its review of Planning Committee governance "
         "arrangements.", [
            dict(ref="PS2.1",
                 text="Complete the review of the Planning Protocol and the Planning Committee terms of "
                      "reference and present the revised documents to Council.",
                 officer="Head of Legal and Corporate Compliance", date=["December 2024", "Revised: July 2025"],
                 status="Complete",
                 lead=["Head of Legal and Corporate Compliance"], end="2025-07",
                 end_text="December 2024\nRevised: July 2025", exp="blue"),
            dict(ref="PS2.2",
                 text="Deliver annual planning training for all Planning Committee members, including "
                      "substitute members.",
                 officer="Team Leader – Development Management", date="Annually (May)", status="On target",
                 lead=["Team Leader – Development Management"], end=None, end_text="Annually (May)",
                 exp="green"),
        ]),
    ]),
    ("2. Springing Forward – Assets and Workforce (report issued January 2023)", [
        ("R1 The Council should develop a longer-term asset strategy informed by its understanding of "
         "future service and workforce needs.", [
            dict(ref="SF1.1",
                 text="Adopt a Strategic Asset Management Plan 2024–2029 setting out the Council’s future "
                      "office and community building requirements.",
                 officer="Corporate Director of Regeneration and Community Services", date="30/09/2024",
                 status="Complete",
                 lead=["Corporate Director of Regeneration and Community Services"], end="2024-09", exp="blue"),
            dict(ref="SF1.2",
                 text="Complete the review of office accommodation at the General Offices, Ebbw Vale, in "
                      "line with the hybrid working policy.",
                 officer="Head of Estates", date="31/03/2026", status="Behind target",
                 lead=["Head of Estates"], end="2026-03", exp="amber"),
        ]),
        ("R2 The Council should make sure Integrated Impact Assessments are completed and used to inform "
         "decisions about changes to services.", [
            dict(ref="SF2.1",
                 text="Refresh the Integrated Impact Assessment guidance and provide training for report "
                      "authors and the Corporate Leadership Team.",
                 officer="Policy and Partnerships Manager", date="December 2025", status="On target",
                 lead=["Policy and Partnerships Manager"], end="2025-12", exp="green"),
        ]),
    ]),
    ("3. Use of Performance Information: Service User Perspective and Outcomes (report issued October 2023)", [
        ("R1 The Council should strengthen the information it gives senior leaders and members about the "
         "perspective of service users and the outcomes of its services.", [
            dict(ref="PI1.1",
                 text="Add a service user feedback section, drawing on complaints, compliments and "
                      "consultation results, to the Joint Finance and Performance Report.",
                 officer="Performance and Improvement Manager", date="Q4 2025/26", status="Not started",
                 lead=["Performance and Improvement Manager"], end="2026-03", end_text="Q4 2025/26",
                 exp="unrated"),
            dict(ref="PI1.2",
                 text="Develop outcome measures for each Well-being Objective in the refreshed Corporate "
                      "Plan 2026–2031.",
                 officer="Head of Governance and Partnerships", date="June 2026", status="Not started",
                 lead=["Head of Governance and Partnerships"], end="2026-06", exp="unrated"),
        ]),
    ]),
]
BG_STATUS_FILL = {"Complete": "5B9BD5", "On target": "92D050", "Behind target": "FFC000",
                  "Significantly behind target": "FF0000", "Not started": None}


def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, italic=False, size=9):
    """Write text (str or list of paragraphs) into an empty cell."""
    paras = text if isinstance(text, list) else [text]
    first = True
    for p_text in paras:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        run = p.add_run(p_text)
        run.bold = bold
        run.italic = italic
        run.font.size = Pt(size)


def build_bg(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Blaenau Gwent County Borough Council")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_heading(BG_TITLE, level=0)
    doc.add_paragraph("Governance and Audit Committee – 2 February 2026\nAppendix 1")
    doc.add_paragraph(
        "This appendix sets out the Council’s agreed actions in response to recommendations made by the "
        "Auditor General for Wales in local performance audit reports, with progress as at 31 December 2025. "
        "Recommendations that were fully implemented and reported as closed before April 2025 are not included.")
    doc.add_heading("Status key", level=2)
    kt = doc.add_table(rows=1, cols=2)
    kt.style = "Table Grid"
    set_cell(kt.rows[0].cells[0], "Status", bold=True)
    set_cell(kt.rows[0].cells[1], "Meaning", bold=True)
    key_rows = [("Complete", "Blue – action completed and evidence held"),
                ("On target", "Green – on track to complete by the date shown"),
                ("Behind target", "Amber – some slippage, revised date likely"),
                ("Significantly behind target", "Red – will not be delivered without intervention"),
                ("Not started", "No colour – not due to start yet")]
    for k, v in key_rows:
        cells = kt.add_row().cells
        set_cell(cells[0], k)
        set_cell(cells[1], v)
        if BG_STATUS_FILL[k]:
            shade(cells[0], BG_STATUS_FILL[k])

    heads = ["Recommendation", "Ref", "Agreed action", "Responsible officer", "Completion date",
             "Status (Dec 2025)"]
    for section, recs in BG:
        doc.add_heading(section, level=1)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for j, h in enumerate(heads):
            set_cell(t.rows[0].cells[j], h, bold=True)
            shade(t.rows[0].cells[j], "D9D9D9")
        for rec, acts in recs:
            first_idx = len(t.rows)
            for a in acts:
                cells = t.add_row().cells
                set_cell(cells[1], a["ref"])
                set_cell(cells[2], a["text"])
                set_cell(cells[3], a["officer"])
                set_cell(cells[4], a["date"])
                set_cell(cells[5], a["status"])
                if BG_STATUS_FILL[a["status"]]:
                    shade(cells[5], BG_STATUS_FILL[a["status"]])
            last_idx = len(t.rows) - 1
            top = t.cell(first_idx, 0)
            if last_idx > first_idx:
                top = top.merge(t.cell(last_idx, 0))
            set_cell(top, rec)
        doc.add_paragraph()
    doc.add_heading("Summary", level=2)
    counts = {}
    for _, recs in BG:
        for _, acts in recs:
            for a in acts:
                counts[a["status"]] = counts.get(a["status"], 0) + 1
    stt = doc.add_table(rows=1, cols=2)
    stt.style = "Table Grid"
    set_cell(stt.rows[0].cells[0], "Status", bold=True)
    set_cell(stt.rows[0].cells[1], "Number of actions", bold=True)
    for k in ["Complete", "On target", "Behind target", "Not started"]:
        cells = stt.add_row().cells
        set_cell(cells[0], k)
        set_cell(cells[1], str(counts.get(k, 0)))
    cells = stt.add_row().cells
    set_cell(cells[0], "Total", bold=True)
    set_cell(cells[1], str(sum(counts.values())), bold=True)
    doc.add_paragraph("Contact officer: Performance and Improvement Manager, Governance and Partnerships.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. City of Edinburgh Council - Best Value improvement action plan (docx, read)
# ---------------------------------------------------------------------------
EDI_FILE = "gm2-city-of-edinburgh-council-best-value-improvement-action-plan.docx"
EDI_TITLE = "Best Value Improvement Action Plan 2025–27"
EDI = [
    ("1. Strategic priorities and performance", [
        ("Recommendation 1: The council should set out clear, measurable outcomes for each of its "
         "strategic priorities and report progress against them at least annually.", [
            dict(ref="1.1",
                 text="Agree a Council Business Plan performance framework with a small set of outcome "
                      "measures for each priority.",
                 lead_cell="Head of Strategic Change and Delivery", due="31 March 2026", rag="G",
                 upd="Draft framework considered by Corporate Leadership Team in November 2025.",
                 lead=["Head of Strategic Change and Delivery"], end="2026-03", status="green"),
            dict(ref="1.2",
                 text="Publish an annual performance and Best Value report to full Council and on the "
                      "council’s website.",
                 lead_cell="Head of Strategic Change and Delivery", due="September 2026", rag="G",
                 upd="Report template agreed; first report due for Council in September 2026.",
                 lead=["Head of Strategic Change and Delivery"], end="2026-09", status="green"),
        ]),
    ]),
    ("2. Financial sustainability", [
        ("Recommendation 2: The council should develop a medium-term financial plan that shows how the "
         "projected budget gap will be closed, including the savings expected from transformation.", [
            dict(ref="2.1",
                 text="Present a five-year Medium-Term Financial Strategy, with scenario planning and "
                      "stress testing, to Finance and Resources Committee.",
                 lead_cell="Service Director: Finance and Procurement", due="February 2026", rag="B",
                 upd="Strategy approved by Finance and Resources Committee on 4 December 2025.",
                 lead=["Service Director: Finance and Procurement"], end="2026-02", status="blue"),
            dict(ref="2.2",
                 text="Establish a Transformation Portfolio Board to track delivery of all savings "
                      "proposals over £250,000.",
                 lead_cell="Executive Director of Corporate Services", due="Dec-25", rag="A",
                 upd="Terms of reference drafted; first meeting moved to January 2026.",
                 lead=["Executive Director of Corporate Services"], end="2025-12", status="amber"),
        ]),
    ]),
    ("3. Workforce planning", [
        ("Recommendation 3: The council should finalise its strategic workforce plan and make sure "
         "service-level workforce plans are in place across the organisation.", [
            dict(ref="3.1",
                 text="Approve the Strategic Workforce Plan 2025–2030 at Policy and Sustainability "
                      "Committee.",
                 lead_cell="Service Director: Human Resources", due="30/06/2025", rag="B",
                 upd="Approved 24 June 2025.",
                 lead=["Service Director: Human Resources"], end="2025-06", status="blue"),
            dict(ref="3.2",
                 text="Complete service-level workforce plans for every directorate, identifying "
                      "hard-to-fill roles and succession risks.",
                 lead_cell="Service Director: Human Resources; Directorate Heads of Service",
                 due="June 2026", rag="A",
                 upd="Plans complete for Place and Corporate Services; Children, Education and Justice "
                     "Services plan delayed.",
                 lead=["Service Director: Human Resources", "Directorate Heads of Service"], end="2026-06",
                 status="amber"),
        ]),
    ]),
    ("4. Community engagement and empowerment", [
        ("Recommendation 4: The council should work with the Edinburgh Partnership to give communities "
         "a stronger voice in decision making, including through locality improvement plans.", [
            dict(ref="4.1",
                 text="Refresh the four Locality Improvement Plans with community planning partners, "
                      "using the results of the 2025 consultation.",
                 lead_cell="Head of Neighbourhoods and Localities",
                 due="TBC – subject to Edinburgh Partnership Board", rag="R",
                 upd="Partnership Board asked for a revised approach; timetable not yet agreed.",
                 lead=["Head of Neighbourhoods and Localities"], end=None,
                 end_text="TBC – subject to Edinburgh Partnership Board", status="red"),
            dict(ref="4.2",
                 text="Introduce a consistent community engagement toolkit for officers, with training "
                      "through the Leadership Academy.",
                 lead_cell="Senior Policy Manager, Community Empowerment", due="Ongoing", rag="G",
                 upd="Toolkit launched October 2025; 140 officers trained.",
                 lead=["Senior Policy Manager, Community Empowerment"], end=None, end_text="Ongoing",
                 status="green"),
        ]),
    ]),
]
EDI_RAG_FILL = {"R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0"}


def build_edinburgh(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("THE CITY OF EDINBURGH COUNCIL")
    r.bold = True
    r.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
    doc.add_heading(EDI_TITLE, level=0)
    doc.add_paragraph(
        "Response to the Controller of Audit’s report on Best Value in the City of Edinburgh Council "
        "and the findings of the Accounts Commission")
    doc.add_heading("Document control", level=2)
    dc = doc.add_table(rows=1, cols=4)
    dc.style = "Table Grid"
    for j, h in enumerate(["Version", "Date", "Author", "Approved by"]):
        set_cell(dc.rows[0].cells[j], h, bold=True)
    for row in [("0.3", "12 August 2025", "Strategic Change and Delivery", "Corporate Leadership Team"),
                ("1.0", "2 September 2025", "Strategic Change and Delivery", "Policy and Sustainability Committee"),
                ("1.1", "8 January 2026", "Strategic Change and Delivery", "Governance, Risk and Best Value Committee (progress)")]:
        cells = dc.add_row().cells
        for j, v in enumerate(row):
            set_cell(cells[j], v)
    doc.add_heading("RAG status", level=2)
    kt = doc.add_table(rows=0, cols=2)
    kt.style = "Table Grid"
    for k, v in [("B", "Complete"), ("G", "On track"), ("A", "Some risk to delivery by the due date"),
                 ("R", "Significant risk – not expected to be delivered by the due date")]:
        cells = kt.add_row().cells
        set_cell(cells[0], k, bold=True)
        shade(cells[0], EDI_RAG_FILL[k])
        set_cell(cells[1], v)
    doc.add_paragraph()
    doc.add_heading("Improvement actions", level=1)
    heads = ["Ref", "Improvement action", "Lead officer", "Due date", "Progress update (December 2025)", "RAG"]
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for j, h in enumerate(heads):
        set_cell(t.rows[0].cells[j], h, bold=True)
        shade(t.rows[0].cells[j], "BFBFBF")
    for area, recs in EDI:
        row = t.add_row()
        c = row.cells[0].merge(row.cells[5])
        set_cell(c, area, bold=True, size=10)
        shade(c, "1F3864")
        for run in c.paragraphs[0].runs:
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        for rec, acts in recs:
            row = t.add_row()
            c = row.cells[0].merge(row.cells[5])
            set_cell(c, rec, italic=True)
            shade(c, "DEEAF6")
            for a in acts:
                cells = t.add_row().cells
                set_cell(cells[0], a["ref"])
                set_cell(cells[1], a["text"])
                set_cell(cells[2], a["lead_cell"])
                set_cell(cells[3], a["due"])
                set_cell(cells[4], a["upd"])
                set_cell(cells[5], a["rag"], bold=True)
                shade(cells[5], EDI_RAG_FILL[a["rag"]])
    doc.add_paragraph()
    doc.add_paragraph(
        "Progress against this plan is reported six-monthly to the Governance, Risk and Best Value "
        "Committee. The next update is due in June 2026.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. Lancaster City Council - RSH housing improvement plan (csv, read)
# ---------------------------------------------------------------------------
LAN_FILE = "gm2-lancaster-city-council-rsh-consumer-standards-housing-improvement-plan.csv"
LAN_TITLE = "Lancaster City Council - Council Housing Improvement Plan"
LAN = [
    ("Safety and Quality Standard", [
        ("Stock condition data is incomplete: around 40% of homes have had no survey in the last five years.", [
            dict(ref="SQ1",
                 text="Commission a 100% stock condition survey programme over three years.\n"
                      "Priority: homes with no survey since 2019.",
                 resp="Head of Repairs and Maintenance", target="31/03/2026", status="On track",
                 upd="Year 1 contract awarded; 1,120 surveys completed to date.",
                 lead=["Head of Repairs and Maintenance"], end="2026-03", exp="green"),
            dict(ref="SQ2",
                 text="Load stock condition data into the asset management system and validate it against "
                      "the Decent Homes Standard.",
                 resp="Asset Manager", target="Jun-26", status="Not started",
                 upd="Dependent on SQ1 year 1 data.",
                 lead=["Asset Manager"], end="2026-06", exp="unrated"),
        ]),
        ("Fire risk assessment remedial actions were overdue in high-rise and sheltered blocks.", [
            dict(ref="SQ3",
                 text="Clear all high and medium priority fire risk assessment remedial actions, with weekly "
                      "reporting to the Building Safety Group.",
                 resp="Building Safety Manager", target="December 2025", status="Behind schedule",
                 upd="High priority actions complete; 64 medium priority actions outstanding.",
                 lead=["Building Safety Manager"], end="2025-12", exp="amber"),
            dict(ref="SQ4",
                 text="Appoint a Compliance Data Officer to hold a single compliance dataset across the "
                      "\"big six\" safety areas.",
                 resp="Head of Repairs and Maintenance", target="Sep-25", status="Complete",
                 upd="Officer started 1 September 2025.",
                 lead=["Head of Repairs and Maintenance"], end="2025-09", exp="blue"),
        ]),
    ]),
    ("Transparency, Influence and Accountability Standard", [
        ("Tenant Satisfaction Measures were not published in line with the regulator's requirements.", [
            dict(ref="TIA1",
                 text="Publish 2024/25 TSM results, with a tenant-friendly summary, on the council website "
                      "and in Tenant News.",
                 resp="Tenant Engagement Manager", target="Aug-25", status="Complete",
                 upd="Published 29 August 2025.",
                 lead=["Tenant Engagement Manager"], end="2025-08", exp="blue"),
            dict(ref="TIA2",
                 text="Set up a Tenant Scrutiny Panel, with terms of reference agreed with the district "
                      "tenants' forum.",
                 resp="Tenant Engagement Manager / Housing Services Manager", target="Q4 2025/26",
                 status="On track",
                 upd="Eight tenants recruited; induction in February.",
                 lead=["Tenant Engagement Manager", "Housing Services Manager"], end="2026-03",
                 end_text="Q4 2025/26", exp="green"),
        ]),
    ]),
    ("Tenancy Standard", [
        ("Void and lettings processes were not applied consistently.", [
            dict(ref="T1",
                 text="Review the voids standard and agree a lettable standard with tenant representatives.",
                 resp="Voids and Lettings Team Leader", target="28/02/2026", status="Off track",
                 upd="Contractor capacity issues; revised plan going to Housing DMT in January.",
                 lead=["Voids and Lettings Team Leader"], end="2026-02", exp="red"),
        ]),
    ]),
    ("Neighbourhood and Community Standard", [
        ("Anti-social behaviour cases were not consistently risk assessed.", [
            dict(ref="NC1",
                 text="Introduce an ASB risk assessment matrix for all new cases and train housing officers "
                      "in its use.",
                 resp="Tenancy Services Manager", target="January 2026", status="On track",
                 upd="Matrix agreed; training booked for 14 and 21 January.",
                 lead=["Tenancy Services Manager"], end="2026-01", exp="green"),
            dict(ref="NC2",
                 text="Report ASB case outcomes to the Council Housing Advisory Group each quarter.",
                 resp="Tenancy Services Manager", target="Quarterly", status="On track",
                 upd="Q2 report presented November 2025.",
                 lead=["Tenancy Services Manager"], end=None, end_text="Quarterly", exp="green"),
        ]),
    ]),
]


def build_lancaster(path):
    rows = [
        [LAN_TITLE, "", "", "", "", "", "", ""],
        ["Response to the Regulator of Social Housing regulatory judgement (consumer grade C3) - progress at 31 December 2025",
         "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["Consumer standard", "Ref", "Issue identified", "Action", "Responsible officer", "Target date",
         "Status", "Progress update"],
    ]
    counts = {}
    for std, issues in LAN:
        first_std = True
        for issue, acts in issues:
            first_issue = True
            for a in acts:
                rows.append([std if first_std else "", a["ref"], issue if first_issue else "", a["text"],
                             a["resp"], a["target"], a["status"], a["upd"]])
                counts[a["status"]] = counts.get(a["status"], 0) + 1
                first_std = first_issue = False
    rows.append(["", "", "", "", "", "", "", ""])
    rows.append(["Key: Complete = Blue | On track = Green | Behind schedule = Amber | Off track = Red | Not started = not yet due",
                 "", "", "", "", "", "", ""])
    n = sum(counts.values())
    rows.append([f"Total actions: {n}; Complete: {counts.get('Complete', 0)}; On track: {counts.get('On track', 0)}; "
                 f"Behind schedule: {counts.get('Behind schedule', 0)}; Off track: {counts.get('Off track', 0)}; "
                 f"Not started: {counts.get('Not started', 0)}", "", "", "", "", "", "", ""])
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 7. Lewes District Council - internal audit recommendations tracker (txt, read)
# ---------------------------------------------------------------------------
LEW_FILE = "gm2-lewes-dc-internal-audit-recommendations-tracker.txt"
LEW_TITLE = "Lewes District Council: Internal Audit Recommendations Tracker"
LEW = [
    dict(audit="Procurement and Contract Management 2024/25", rdate="14/06/2024", ass="Partial", no="1",
         pri="High", rec="Contracts over £25,000 were not all recorded on the contracts register.",
         text="Reconcile the contracts register to creditor payments over £25,000 each quarter and chase "
              "missing entries with contract managers.",
         resp="Procurement Lead", orig="30/09/2024", rev="31/03/2025", rag="Blue - implemented",
         upd="Q1 and Q2 reconciliations evidenced; follow-up audit confirmed.",
         lead=["Procurement Lead"], end="2025-03", status="blue"),
    dict(audit="Procurement and Contract Management 2024/25", rdate="14/06/2024", ass="Partial", no="2",
         pri="Medium", rec="Waivers of Contract Procedure Rules were not always approved before the contract was let.",
         text="Amend the waiver form so that it cannot be submitted without Section 151 Officer approval "
              "recorded in advance.",
         resp="Procurement Lead; Section 151 Officer", orig="31/12/2024", rev="", rag="Blue - implemented",
         upd="New e-form live from December 2024.",
         lead=["Procurement Lead", "Section 151 Officer"], end="2024-12", status="blue"),
    dict(audit="Housing Rents and Arrears 2024/25", rdate="02/10/2024", ass="Reasonable", no="3",
         pri="Medium", rec="Arrears cases were not always escalated in line with the Rent Arrears Procedure.",
         text="Set up automated escalation stages in the housing management system and monitor exceptions "
              "monthly.",
         resp="Income Recovery Manager", orig="31/03/2025", rev="30/09/2025", rag="Amber - revised date passed",
         upd="System upgrade went live November 2025; exception reporting still being tested.",
         lead=["Income Recovery Manager"], end="2025-09", status="amber"),
    dict(audit="Cyber Security 2024/25", rdate="11/12/2024", ass="Partial", no="1", pri="High",
         rec="Not all privileged accounts were protected by multi-factor authentication.",
         text="Enforce MFA on all privileged and remote access accounts, with any exceptions approved by the "
              "Head of Digital.",
         resp="ICT Infrastructure Manager", orig="28/02/2025", rev="31/01/2026", rag="Green - on track",
         upd="All but four service accounts enrolled; remaining accounts due this month.",
         lead=["ICT Infrastructure Manager"], end="2026-01", status="green"),
    dict(audit="Cyber Security 2024/25", rdate="11/12/2024", ass="Partial", no="2", pri="Medium",
         rec="The ICT disaster recovery plan had not been tested since 2021.",
         text="Carry out a full disaster recovery test of the secondary data centre and report the results to "
              "the Corporate Management Team.",
         resp="Sarah Finch and Dan Okafor", orig="30/06/2025", rev="31/03/2026", rag="Amber - revised date agreed",
         upd="Test window booked for March 2026 with the hosting supplier.",
         lead=["Sarah Finch", "Dan Okafor"], end="2026-03", status="amber"),
    dict(audit="Council Tax Reduction 2024/25", rdate="20/02/2025", ass="Reasonable", no="1", pri="Low",
         rec="Quality checks on CTR assessments were not recorded consistently.",
         text="Record all quality checks in the QA log and report the error rate to the Revenues and Benefits "
              "Manager monthly.",
         resp="Benefits Team Leader", orig="31/05/2025", rev="", rag="Red - overdue",
         upd="No update received.",
         lead=["Benefits Team Leader"], end="2025-05", status="red"),
    dict(audit="Payroll 2025/26", rdate="15/07/2025", ass="Substantial", no="1", pri="Low",
         rec="Starter forms were occasionally processed without a signed offer letter on file.",
         text="Add an offer letter check to the payroll starter checklist.",
         resp="Payroll Manager", orig="31/10/2025", rev="", rag="Blue - implemented",
         upd="Checklist updated 1 October 2025.",
         lead=["Payroll Manager"], end="2025-10", status="blue"),
    dict(audit="Health and Safety - Lone Working 2025/26", rdate="03/09/2025", ass="Partial", no="1",
         pri="High", rec="Lone working risk assessments were missing for 6 of the 15 roles tested.",
         text="Complete lone working risk assessments for all relevant roles and upload them to the health "
              "and safety system.",
         resp="Corporate Health and Safety Advisor", orig="31/03/2026", rev="", rag="Green - on track",
         upd="4 of 6 assessments complete.",
         lead=["Corporate Health and Safety Advisor"], end="2026-03", status="green"),
]


def build_lewes(path):
    lines = [
        LEW_TITLE,
        "Outstanding and recently implemented recommendations - position at 5 January 2026",
        "Audit and Standards Committee, 19 January 2026 (Appendix B)",
        "Report run: 05/01/2026 09:14 by Internal Audit (shared service with Eastbourne Borough Council)",
        "",
    ]
    hdr = ["Audit", "Report date", "Assurance", "Rec no.", "Priority", "Recommendation", "Agreed action",
           "Responsible officer", "Original due date", "Revised due date", "Status (RAG)", "Latest update"]
    lines.append("\t".join(hdr))
    for a in LEW:
        lines.append("\t".join([a["audit"], a["rdate"], a["ass"], a["no"], a["pri"], a["rec"], a["text"],
                                a["resp"], a["orig"], a["rev"], a["rag"], a["upd"]]))
    counts = {}
    for a in LEW:
        k = a["rag"].split(" - ")[0]
        counts[k] = counts.get(k, 0) + 1
    lines.append("")
    lines.append(f"Summary: {len(LEW)} recommendations listed; {counts.get('Blue', 0)} implemented (blue), "
                 f"{counts.get('Green', 0)} green, {counts.get('Amber', 0)} amber, {counts.get('Red', 0)} red.")
    lines.append("Implemented recommendations will be removed from the next report once verified by Internal Audit.")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def main():
    build_hiwfrs(os.path.join(HERE, HIWFRS_FILE))
    build_calderdale(os.path.join(HERE, CALD_FILE))
    typo_row = build_exeter(os.path.join(HERE, EXETER_FILE))
    build_bg(os.path.join(HERE, BG_FILE))
    build_edinburgh(os.path.join(HERE, EDI_FILE))
    build_lancaster(os.path.join(HERE, LAN_FILE))
    build_lewes(os.path.join(HERE, LEW_FILE))
    print("built 7 files; Exeter typo on sheet row", typo_row)


if __name__ == "__main__":
    main()
