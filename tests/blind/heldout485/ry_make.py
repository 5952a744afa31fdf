"""Build the seven ry- cases of set heldout485 (data files and their expected readings).

Run with /work/main/.venv/bin/python ry_make.py  (writes beside this script).
Only files whose names start with ry- are written.
"""
import csv
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "0070C0",
    "grey": "D9D9D9", "band": "1F3864", "head": "D9E1F2", "pale": "F2F2F2",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(name):
    return PatternFill("solid", start_color=FILL[name], end_color=FILL[name])


def D(y, m, d):
    return dt.datetime(y, m, d)


def write_yaml(name, doc):
    path = os.path.join(HERE, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


# ---------------------------------------------------------------------------
# 1. Derbyshire Dales District Council - Derbyshire Dales Plan Q2 2025/26 (xlsx)
# ---------------------------------------------------------------------------
def derbyshire_dales():
    name = "ry-derbyshire-dales-district-council-corporate-plan-delivery-plan-q2-2025-26.xlsx"
    title = ("Derbyshire Dales District Council – Derbyshire Dales Plan 2024-28: "
             "Quarter 2 2025/26 Performance Report")
    status_fill = {"On Track": "green", "Some slippage": "amber", "Off Track": "red",
                   "Completed": "blue", "Not started": "grey"}
    P1 = "Priority 1: A thriving environment in the Derbyshire Dales"
    P2 = "Priority 2: Housing that meets the needs of Dales residents"
    P3 = "Priority 3: Prosperous and sustainable Dales communities and businesses"
    P4 = "Priority 4: Resources and services to enable communities to flourish"
    P5 = "Priority 5: A financially sound, fair and responsive District Council"
    # (ref, action, lead, original target, revised target, status, commentary, expected)
    rows = [
        (P1, [
            ("1.1", "Introduce weekly separate food waste collections for all households in the district",
             "Head of Community & Environmental Services", D(2026, 3, 31), None, "On Track",
             "Vehicles and kitchen caddies procured. Communications plan agreed with the contractor; "
             "roll-out remains on schedule for March 2026.",
             dict(lead=["Head of Community & Environmental Services"], end="2026-03", status="green")),
            ("1.2", "Adopt a Climate Change Strategy and Action Plan to deliver district net zero by 2040",
             "Climate Change Officer / Director of Regulatory Services", D(2025, 9, 30), D(2026, 1, 31),
             "Some slippage",
             "Draft strategy consulted on over the summer (412 responses). Adoption moved to the "
             "January 2026 meeting of Council to allow the responses to be reported.",
             dict(lead=["Climate Change Officer", "Director of Regulatory Services"], end="2026-01",
                  status="amber")),
        ]),
        (P2, [
            ("2.1", "Prepare and consult on a ‘whole District’ Housing Strategy",
             "Director of Housing", "Q4 2025/26", None, "On Track",
             "Evidence base complete; stakeholder workshops held with parish councils and registered providers.",
             dict(lead=["Director of Housing"], end="2026-03", end_text="Q4 2025/26", status="green")),
            ("2.2", "Deliver 24 affordable homes for rent on Council-owned land at Ashbourne (Phase 1)",
             "Housing Development Manager", D(2025, 12, 31), D(2026, 9, 30), "Off Track",
             "Main contractor entered administration in August 2025. Site secured; re-procurement "
             "through the regional framework is under way.",
             dict(lead=["Housing Development Manager"], end="2026-09", status="red")),
        ]),
        (P3, [
            ("3.1", "Deliver the UK Shared Prosperity Fund and Rural England Prosperity Fund programme for 2025/26",
             "Economic Development Manager", D(2026, 3, 31), None, "On Track",
             "58% of the 2025/26 allocation committed; rural business grant round 2 opened 1 September.",
             dict(lead=["Economic Development Manager"], end="2026-03", status="green")),
            ("3.2", "Complete the Crown Square public realm improvements in Matlock town centre",
             "Director of Place & Economy", D(2025, 6, 30), None, "Completed",
             "Works completed 20 June 2025 within budget.",
             dict(lead=["Director of Place & Economy"], end="2025-06", status="blue")),
        ]),
        (P4, [
            ("4.1", "Refurbish the changing village at Arc Leisure Matlock",
             "Leisure Contract Manager", D(2025, 11, 30), None, "On Track",
             "Contractor on site from 8 September; partial closure of the pool changing area communicated to users.",
             dict(lead=["Leisure Contract Manager"], end="2025-11", status="green")),
            ("4.2", "Administer the Community Grants scheme and report outcomes to the Community & Environment Committee",
             "Community Development Officer", "Annual", None, "On Track",
             "Round 1: 31 grants awarded totalling £46,200.",
             dict(lead=["Community Development Officer"], end=None, end_text="Annual", status="green")),
        ]),
        (P5, [
            ("5.1", "Agree a balanced budget for 2026/27 and a Medium Term Financial Plan to 2029/30",
             "Director of Resources", D(2026, 2, 28), None, "On Track",
             "Budget gap of £1.1m identified for 2026/27; savings proposals to go to Governance & "
             "Resources Committee in December.",
             dict(lead=["Director of Resources"], end="2026-02", status="green")),
            ("5.2", "Replace the Council’s customer relationship management (CRM) system",
             "Head of Digital Services", D(2026, 3, 31), None, "Not started",
             "Business case approved; procurement to begin in Quarter 3.",
             dict(lead=["Head of Digital Services"], end="2026-03", status="unrated")),
        ]),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Reporting period: 1 July – 30 September 2025. Report to Scrutiny Committee, 11 December 2025."
    ws.merge_cells("A2:G2")
    hdr = ["Priority", "On Track", "Some slippage", "Off Track", "Completed", "Not started", "Total"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill("head")
        cell.border = BOX
    r = 5
    totals = [0] * 6
    for prio, acts in rows:
        counts = [sum(1 for a in acts if a[5] == s) for s in hdr[1:6]]
        vals = [prio] + counts + [sum(counts)]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BOX
        totals = [t + n for t, n in zip(totals, counts)]
        r += 1
    vals = ["Total"] + totals + [sum(totals)]
    for c, v in enumerate(vals, 1):
        cell = ws.cell(row=r, column=c, value=v)
        cell.font = Font(bold=True)
        cell.border = BOX
    r += 2
    ws.cell(row=r, column=1, value="Status key").font = Font(bold=True)
    r += 1
    for label, meaning in [("On Track", "Green – project is progressing to plan"),
                           ("Some slippage", "Amber – minor delay, revised date agreed"),
                           ("Off Track", "Red – significant delay or issue requiring intervention"),
                           ("Completed", "Blue – project complete"),
                           ("Not started", "Grey – not yet due to start")]:
        ws.cell(row=r, column=1, value=label).fill = fill(status_fill[label])
        ws.cell(row=r, column=2, value=meaning)
        r += 1
    ws.column_dimensions["A"].width = 70
    for col in "BCDEFG":
        ws.column_dimensions[col].width = 14

    ws2 = wb.create_sheet("Projects")
    ws2["A1"] = "Derbyshire Dales Plan 2024-28 – Project Monitoring, Quarter 2 2025/26"
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.merge_cells("A1:G1")
    hdr2 = ["Ref", "Project / action", "Lead officer", "Original target date", "Revised target date",
            "Status at Q2", "Q2 progress commentary"]
    for c, h in enumerate(hdr2, 1):
        cell = ws2.cell(row=3, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill("head")
        cell.border = BOX
        cell.alignment = WRAP
    r = 4
    expected = []
    for prio, acts in rows:
        ws2.cell(row=r, column=1, value=prio).font = Font(bold=True, color="FFFFFF")
        for c in range(1, 8):
            ws2.cell(row=r, column=c).fill = fill("band")
        ws2.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for ref, text, lead, orig, rev, status, comment, exp in acts:
            vals = [ref, text, lead, orig, rev, status, comment]
            for c, v in enumerate(vals, 1):
                cell = ws2.cell(row=r, column=c, value=v)
                cell.border = BOX
                cell.alignment = WRAP
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            ws2.cell(row=r, column=6).fill = fill(status_fill[status])
            e = act(ref, [prio], text, exp["lead"], exp["end"], exp["status"], exp.get("end_text"))
            expected.append(e)
            r += 1
    r += 1
    ws2.cell(row=r, column=1,
             value="Note: revised target dates were agreed by the Corporate Leadership Team on 14 October 2025.")
    ws2.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    for col, w in zip("ABCDEFG", [7, 55, 32, 14, 14, 14, 60]):
        ws2.column_dimensions[col].width = w
    ws2.freeze_panes = "A4"

    ws3 = wb.create_sheet("KPIs")
    ws3["A1"] = "Key Performance Indicators – Quarter 2 2025/26"
    ws3["A1"].font = Font(bold=True)
    kh = ["Ref", "Indicator", "Target 2025/26", "Q1", "Q2", "Against target"]
    for c, h in enumerate(kh, 1):
        cell = ws3.cell(row=3, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill("head")
    kpis = [
        ("KPI 01", "Percentage of household waste sent for reuse, recycling and composting", "60%", "58.2%",
         "59.1%", "Below target"),
        ("KPI 04", "Major planning applications determined within 13 weeks or agreed time", "90%", "100%",
         "92%", "Meeting target"),
        ("KPI 07", "Average days to process new Housing Benefit and Council Tax Support claims", "18", "16.4",
         "17.9", "Meeting target"),
        ("KPI 12", "Working days lost to sickness absence per FTE (rolling 12 months)", "8.0", "8.6", "8.9",
         "Below target"),
    ]
    for i, k in enumerate(kpis, 4):
        for c, v in enumerate(k, 1):
            ws3.cell(row=i, column=c, value=v)
    ws3.column_dimensions["B"].width = 70
    wb.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": (
            "Imitates Derbyshire Dales District Council's quarterly corporate performance report on the "
            "Derbyshire Dales Plan 2024-28 (five priorities adopted by Council 25 July 2024; projects reported "
            "to Scrutiny Committee as on/off track; see derbyshiredales.gov.uk/your-council/council-performance "
            "and the Scrutiny Committee Q1/Q2 corporate performance reports). Copied: a Summary sheet of status "
            "counts per priority with a coloured status key, a Projects sheet with merged dark priority bands, "
            "original and revised target dates, word status with matching fill, Q2 commentary, a notes line, and "
            "a KPI sheet that is not the plan."),
        "reads": (
            "A three-sheet workbook: the summary and KPI sheets are not actions; the Projects sheet lists ten "
            "projects under five priority bands, each with a lead officer, a target date (revised where slipped), "
            "and a status word whose meaning the summary key gives (On Track green, Some slippage amber, Off Track "
            "red, Completed blue, Not started grey)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 2. London Borough of Waltham Forest - Strategic Risk Register 2025/26 (xlsx)
# ---------------------------------------------------------------------------
def waltham_forest():
    name = "ry-waltham-forest-council-strategic-risk-register-2025-26.xlsx"
    title = "London Borough of Waltham Forest – Strategic Risk Register 2025/26"
    rag_fill = {"G": "green", "A": "amber", "R": "red", "B": "blue"}
    risks = [
        ("SR01 – Financial sustainability",
         "Cause: sustained demand pressures in temporary accommodation and adults’ and children’s social care, "
         "and uncertainty over the multi-year settlement.\nEvent: the Council cannot deliver a balanced budget "
         "within the MTFS period.\nConsequence: unplanned use of reserves, emergency spending controls and "
         "potential s114 notice.",
         "Strategic Director – Resources", 20, 20, "↔", [
             ("1.1", "Deliver the 2025/26 savings programme (£14.2m) with monthly tracking through the Finance "
                     "and Performance Board", "Director of Finance (S151)", D(2026, 3, 31), "A",
              "£10.9m forecast to be delivered; £3.3m at risk and mitigations being developed.",
              dict(lead=["Director of Finance (S151)"], end="2026-03", status="amber")),
             ("1.2", "Refresh the Medium Term Financial Strategy 2026/27 – 2029/30 and present it to Cabinet",
              "Director of Finance (S151)", D(2026, 2, 10), "G",
              "Budget assumptions agreed by Corporate Leadership Team on 7 October.",
              dict(lead=["Director of Finance (S151)"], end="2026-02", status="green")),
             ("1.3", "Complete the spend control review of agency and consultancy contracts",
              "Head of Procurement; Director of HR", D(2025, 7, 31), "B",
              "Review complete; 37 contracts ended or converted to fixed-term posts.",
              dict(lead=["Head of Procurement", "Director of HR"], end="2025-07", status="blue")),
         ]),
        ("SR03 – Temporary accommodation demand and cost",
         "Cause: rising homelessness approaches and a shortage of affordable private rented homes.\nEvent: the "
         "number of households in temporary accommodation continues to rise.\nConsequence: budget overspend, use "
         "of unsuitable accommodation and legal challenge.",
         "Corporate Director – Housing and Neighbourhoods", 25, 20, "↓", [
             ("3.1", "Acquire 150 additional homes for use as temporary accommodation through the Council’s "
                     "acquisitions programme", "Director of Housing Needs / Head of Housing Delivery",
              D(2027, 3, 31), "A", "78 completions to date; a further 41 offers accepted.",
              dict(lead=["Director of Housing Needs", "Head of Housing Delivery"], end="2027-03",
                   status="amber")),
             ("3.2", "Open the homelessness prevention ‘Early Intervention’ hub at Walthamstow Town Hall",
              "Head of Housing Solutions", D(2025, 9, 30), "R",
              "Delayed by case management system integration; new go-live date to be agreed.",
              dict(lead=["Head of Housing Solutions"], end="2025-09", status="red")),
         ]),
        ("SR06 – Cyber security and resilience",
         "Cause: increasing volume and sophistication of cyber attacks on the public sector.\nEvent: a successful "
         "ransomware or data exfiltration attack.\nConsequence: loss of critical services, data breach, "
         "regulatory action and recovery costs.",
         "Chief Digital Officer", 16, 16, "↔", [
             ("6.1", "Achieve the Cyber Assessment Framework (CAF) baseline profile across critical systems",
              "Chief Information Security Officer", D(2025, 12, 31), "G",
              "11 of 14 CAF outcomes achieved; remaining three scheduled for November.",
              dict(lead=["Chief Information Security Officer"], end="2025-12", status="green")),
             ("6.2", "Continue monthly phishing simulations and mandatory cyber awareness training for all staff",
              "Chief Information Security Officer", "Ongoing", "G",
              "Training completion 93%; click rate on September simulation 3.1%.",
              dict(lead=["Chief Information Security Officer"], end=None, end_text="Ongoing", status="green")),
             ("6.3", "Run a cyber incident exercise with the Corporate Leadership Team",
              "Head of Resilience and Emergency Planning", D(2025, 11, 30), "G",
              "Exercise booked for 18 November with the London Office of Technology and Innovation.",
              dict(lead=["Head of Resilience and Emergency Planning"], end="2025-11", status="green")),
         ]),
        ("SR08 – Workforce capacity in statutory services",
         "Cause: national shortage of qualified social workers, planners and building control surveyors.\nEvent: "
         "the Council cannot recruit and retain staff in key statutory roles.\nConsequence: reliance on agency "
         "staff, higher cost and reduced quality of practice.",
         "Director of People & Organisational Development", 16, 12, "↓", [
             ("8.1", "Launch the social work recruitment and retention offer (market supplement and career "
                     "pathway)", "Director of People & Organisational Development", D(2025, 10, 31), "B",
              "Offer launched 1 October 2025; agency social workers reduced from 64 to 49.",
              dict(lead=["Director of People & Organisational Development"], end="2025-10", status="blue")),
         ]),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Quarter 2 review – position at 30 September 2025"
    ws["A3"] = "Reported to Audit and Governance Committee, 20 November 2025"
    ws["A5"] = "Document control"
    ws["A5"].font = Font(bold=True)
    for i, row in enumerate([("Version", "Date", "Reviewed by"),
                             ("1.0", "14/04/2025", "Corporate Leadership Team"),
                             ("1.1", "15/07/2025", "Corporate Leadership Team"),
                             ("1.2", "09/10/2025", "Corporate Leadership Team / Risk Management Group")], 6):
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=i, column=c, value=v)
            cell.border = BOX
            if i == 6:
                cell.font = Font(bold=True)
    ws["A11"] = "Risk scoring (likelihood × impact)"
    ws["A11"].font = Font(bold=True)
    for i, (band, meaning, col) in enumerate([("15 – 25", "High", "red"), ("8 – 12", "Medium", "amber"),
                                              ("1 – 6", "Low", "green")], 12):
        ws.cell(row=i, column=1, value=band).fill = fill(col)
        ws.cell(row=i, column=2, value=meaning)
    ws["A16"] = "Action RAG"
    ws["A16"].font = Font(bold=True)
    for i, (k, meaning) in enumerate([("G", "On track"), ("A", "At risk of slipping"),
                                      ("R", "Overdue / off track"), ("B", "Complete")], 17):
        ws.cell(row=i, column=1, value=k).fill = fill(rag_fill[k])
        ws.cell(row=i, column=2, value=meaning)
    ws.column_dimensions["A"].width = 30
    ws.column_dimensions["B"].width = 22
    ws.column_dimensions["C"].width = 45

    ws2 = wb.create_sheet("Register")
    ws2["A1"] = "Strategic Risk Register – Q2 2025/26"
    ws2["A1"].font = Font(bold=True, size=13)
    hdr = ["Risk", "Description (cause – event – consequence)", "Risk owner", "Previous score",
           "Current score", "Direction of travel", "No.", "Further action required", "Action owner",
           "Target date", "Action RAG", "Progress update"]
    for c, h in enumerate(hdr, 1):
        cell = ws2.cell(row=3, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("band")
        cell.alignment = WRAP
        cell.border = BOX
    r = 4
    expected = []
    for rtitle, desc, owner, prev, cur, dot, acts in risks:
        first = r
        for k, (no, text, aowner, due, rag, upd, exp) in enumerate(acts):
            if k == 0:
                for c, v in enumerate([rtitle, desc, owner, prev, cur, dot], 1):
                    ws2.cell(row=r, column=c, value=v)
            for c, v in enumerate([no, text, aowner, due, rag, upd], 7):
                cell = ws2.cell(row=r, column=c, value=v)
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            ws2.cell(row=r, column=11).fill = fill(rag_fill[rag])
            ws2.cell(row=r, column=11).alignment = Alignment(horizontal="center", vertical="top")
            for c in range(1, 13):
                ws2.cell(row=r, column=c).border = BOX
                if c != 11:
                    ws2.cell(row=r, column=c).alignment = WRAP
            expected.append(act(no, [rtitle], text, exp["lead"], exp["end"], exp["status"],
                                exp.get("end_text")))
            r += 1
        last = r - 1
        for c in (4, 5):
            score = ws2.cell(row=first, column=c).value
            ws2.cell(row=first, column=c).fill = fill("red" if score >= 15 else "amber" if score >= 8 else "green")
        if last > first:
            for c in range(1, 7):
                ws2.merge_cells(start_row=first, start_column=c, end_row=last, end_column=c)
    for col, w in zip("ABCDEFGHIJKL", [26, 48, 22, 9, 9, 9, 6, 50, 30, 12, 8, 48]):
        ws2.column_dimensions[col].width = w
    ws2.freeze_panes = "A4"
    wb.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": (
            "Imitates a London borough strategic (corporate) risk register as reported quarterly to an Audit and "
            "Governance Committee (layout after the registers described in LB Barking & Dagenham, Tower Hamlets "
            "and West Oxfordshire committee minutes: gross/current score, direction of travel, further actions "
            "with owners and deadlines). Copied: a Cover sheet with document-control table, scoring bands and "
            "action RAG key; a Register sheet where each risk's title, description, owner, previous/current score "
            "(fill-coloured by band) and direction of travel are merged down over its numbered further actions, "
            "each with action owner, target date, lettered and filled Action RAG and progress update."),
        "reads": (
            "Four strategic risks, each with one to three numbered further actions. The actions are the plan: a "
            "person reads each under its risk, takes the action owner as lead and the Action RAG letter (G/A/R/B "
            "per the cover key) as status; the risk scores and their red/amber fills describe the risk, not the "
            "action's progress."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 3. Lewisham Council - Transformation Programme highlight report (xlsx, refuse)
# ---------------------------------------------------------------------------
def lewisham():
    name = "ry-lewisham-council-transformation-programme-highlight-report-typo-month-refuse.xlsx"
    title = "Lewisham Council – Transformation Programme Highlight Report"
    rag_fill = {"G": "green", "A": "amber", "R": "red", "B": "blue"}
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Reporting period: October 2025   |   Prepared for: Transformation Board, 12 November 2025"
    ws.merge_cells("A2:H2")
    info = [("Programme SRO", "Chief Executive"), ("Programme manager", "Head of Transformation PMO"),
            ("Overall RAG – previous", "A"), ("Overall RAG – current", "A")]
    for i, (k, v) in enumerate(info, 4):
        ws.cell(row=i, column=1, value=k).font = Font(bold=True)
        ws.cell(row=i, column=2, value=v)
        if v in rag_fill:
            ws.cell(row=i, column=2).fill = fill(rag_fill[v])
    ws["A9"] = "Key achievements this period"
    ws["A9"].font = Font(bold=True)
    ws["A10"] = "• Strengths-based practice now in place in all four adult social care locality teams."
    ws["A11"] = "• Council tax and benefits contact moved onto the new customer contact platform (soft launch)."
    ws["A13"] = "Milestones"
    ws["A13"].font = Font(bold=True, size=12)
    hdr = ["Ref", "Workstream", "Milestone", "Owner", "Baseline date", "Forecast date", "RAG", "Commentary"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=14, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("band")
        cell.border = BOX
    ms = [
        ("TP-01", "Customer Access", "Go live with the new customer contact platform (phase 1 – council tax "
         "and benefits)", "Director of Customer Services", D(2025, 9, 30), D(2025, 11, 17), "A",
         "Soft launch 6 October; full go-live moved to allow data migration testing."),
        ("TP-02", "Customer Access", "Move the Laurence House reception to an appointment-only service",
         "Head of Customer Services", D(2025, 12, 31), D(2025, 12, 31), "G", "Equality analysis completed."),
        ("TP-03", "Adult Social Care", "Roll out strengths-based practice to all adult social care locality "
         "teams", "Director of Adult Social Care Operations", D(2025, 10, 31), D(2025, 10, 31), "B",
         "Complete."),
        ("TP-04", "Adult Social Care", "Re-commission home care on a neighbourhood model",
         "Head of Commissioning (Adults)", D(2026, 1, 31), "Febuary 2026", "R",
         "Market engagement extended after low response; award delayed."),
        ("TP-05", "Property & Assets", "Agree the disposal programme for surplus office buildings",
         "Director of Regeneration and Place", D(2025, 12, 31), D(2026, 3, 31), "A",
         "Cabinet report deferred to March."),
        ("TP-06", "Property & Assets", "Complete the move of back-office teams into the Civic Suite",
         "Head of Facilities Management", D(2026, 4, 30), D(2026, 4, 30), "G", "Space plans signed off."),
        ("TP-07", "Digital & Data", "Decommission the legacy document management system",
         "Chief Information Officer", D(2026, 3, 31), D(2026, 3, 31), "G", "Records migrated for 6 of 9 services."),
        ("TP-08", "Workforce", "Implement the new organisational design for Corporate Resources",
         "Director of People and Organisational Development", D(2025, 11, 30), D(2026, 1, 31), "A",
         "Consultation closed 24 October; 212 responses being considered."),
    ]
    r = 15
    refuse_row = None
    for m in ms:
        for c, v in enumerate(m, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BOX
            cell.alignment = WRAP
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=7).fill = fill(rag_fill[m[6]])
        if m[5] == "Febuary 2026":
            refuse_row = r
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Risks and issues").font = Font(bold=True, size=12)
    r += 1
    for c, h in enumerate(["Ref", "Risk / issue", "Impact", "Mitigation", "Owner", "Rating"], 1):
        cell = ws.cell(row=r, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill("head")
    r += 1
    for row in [("R1", "Home care market capacity", "Delay to new model; continued spot purchasing",
                 "Extended market engagement; interim framework", "Head of Commissioning (Adults)", "High"),
                ("I1", "Data migration defects on the contact platform", "Full go-live delayed",
                 "Supplier fix release scheduled 10 November", "Director of Customer Services", "Medium")]:
        for c, v in enumerate(row, 1):
            ws.cell(row=r, column=c, value=v)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Decisions required from the Board").font = Font(bold=True, size=12)
    r += 1
    ws.cell(row=r, column=1, value="1. Note the revised forecast date for TP-01 and TP-05.")
    r += 1
    ws.cell(row=r, column=1, value="2. Agree the extension of home care market engagement (TP-04).")
    for col, w in zip("ABCDEFGH", [9, 20, 55, 34, 13, 13, 7, 50]):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Benefits")
    ws2["A1"] = "Financial benefits tracker 2025/26 (£000)"
    ws2["A1"].font = Font(bold=True)
    for c, h in enumerate(["Workstream", "Target", "Forecast", "Variance"], 1):
        ws2.cell(row=3, column=c, value=h).font = Font(bold=True)
    for i, row in enumerate([("Customer Access", 1200, 950, -250), ("Adult Social Care", 2400, 2100, -300),
                             ("Property & Assets", 800, 800, 0), ("Digital & Data", 350, 350, 0),
                             ("Workforce", 1500, 1380, -120)], 4):
        for c, v in enumerate(row, 1):
            ws2.cell(row=i, column=c, value=v)
    ws2.column_dimensions["A"].width = 24
    wb.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": (
            "Imitates a London borough transformation programme highlight report to a Transformation Board "
            "(cf. the CIP portfolio highlight reports to Tower Hamlets' Transformation and Assurance Board, "
            "which review progress against milestones, risks and next steps). Copied: header block with SRO, "
            "programme manager and previous/current overall RAG, key achievements, a milestones table by "
            "workstream with owner, baseline and forecast dates and filled RAG letters, a risks and issues "
            "table, decisions required, and a benefits sheet."),
        "reads": (
            "A one-page highlight report listing eight transformation milestones with owners, baseline and "
            "forecast dates and RAG. The forecast date of TP-04 (re-commissioning home care) reads "
            "'Febuary 2026', a mistyped month in the end cell; a careful reader would stop and query it "
            "before taking the plan's dates."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_row,
        "title": title,
    })
    return name, refuse_row


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


def set_cell(cell, text, bold=False, size=9):
    """Put text in a cell; '\n' starts a new paragraph."""
    parts = text.split("\n")
    cell.text = ""
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
    s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, side, Cm(1.5))


# ---------------------------------------------------------------------------
# 4. Hackney - Ofsted focused visit action plan (docx)
# ---------------------------------------------------------------------------
def hackney():
    name = "ry-hackney-council-ofsted-focused-visit-action-plan.docx"
    title = "Ofsted Focused Visit to Children’s Services, 13–14 September 2022: Action Plan"
    rag_fill = {"B": FILL["blue"], "G": FILL["green"], "A": FILL["amber"], "R": FILL["red"]}
    afis = [
        ("The size of social workers’ caseloads in the Access and Assessment service and for newly qualified "
         "social workers.", [
             ("1.1", "Recruit to eight additional social work posts in the Access and Assessment service, funded "
                     "from the 2022/23 children’s services growth bid.",
              "Head of Service – Access and Assessment", "December 2022",
              "Six of eight posts filled; two covered by agency staff while recruitment continues.", "A",
              dict(lead=["Head of Service – Access and Assessment"], end="2022-12", status="amber")),
             ("1.2", "Cap caseloads for newly qualified social workers in their ASYE year at 15 children, with "
                     "weekly monitoring through the caseload dashboard.",
              "Principal Social Worker; Head of Service – Access and Assessment", "31/01/2023",
              "Cap in place; average ASYE caseload 13 at 6 January 2023.", "G",
              dict(lead=["Principal Social Worker", "Head of Service – Access and Assessment"], end="2023-01",
                   status="green")),
             ("1.3", "Review the social work recruitment and retention offer, including market supplements and "
                     "the career progression framework.",
              "Director of Children’s Social Care / Head of HR Business Partnering", "January – March 2023",
              "Benchmarking with North East London boroughs under way.", "G",
              dict(lead=["Director of Children’s Social Care", "Head of HR Business Partnering"], end="2023-03",
                   end_text="January – March 2023", status="green")),
         ]),
        ("The timeliness of the start of work with children and families, and of the completion and "
         "authorisation of assessments.", [
             ("2.1", "Introduce a daily ‘allocations huddle’ in Access and Assessment so that every child referred "
                     "is allocated to a social worker within one working day.",
              "Service Manager (Access and Assessment)", "October 2022",
              "Completed – huddles in place since 3 October 2022.", "B",
              dict(lead=["Service Manager (Access and Assessment)"], end="2022-10", status="blue")),
             ("2.2", "Clear the backlog of assessments awaiting manager authorisation.\nA weekly tracker will be "
                     "reported to the Director of Children’s Social Care until the backlog is cleared.",
              "Access and Assessment Team Managers", "30/11/2022",
              "Backlog reduced from 112 to 9 assessments.", "A",
              dict(lead=["Access and Assessment Team Managers"], end="2022-11", status="amber")),
             ("2.3", "Report the timeliness of assessments (within 45 working days) and of visits to the Children "
                     "and Families Performance Board each month.",
              "Head of Performance and Business Intelligence", "Monthly",
              "Included in the performance pack from November 2022.", "G",
              dict(lead=["Head of Performance and Business Intelligence"], end=None, end_text="Monthly",
                   status="green")),
         ]),
        ("The recording of managers’ reflective supervision and oversight on children’s case records.", [
             ("3.1", "Revise the supervision policy and recording template so that managers’ reflections and the "
                     "rationale for decisions are recorded on the child’s record.",
              "Principal Social Worker", "31/12/2022", "Completed – new template live on Mosaic from 12 December.",
              "B", dict(lead=["Principal Social Worker"], end="2022-12", status="blue")),
             ("3.2", "Deliver reflective supervision training for all team managers and practice leads.",
              "Workforce Development Manager", "February 2023", "Four of six cohorts booked.", "G",
              dict(lead=["Workforce Development Manager"], end="2023-02", status="green")),
             ("3.3", "Audit 40 case records each quarter for evidence of management oversight and reflective "
                     "supervision, reporting findings to the Quality Assurance Board.",
              "Head of Safeguarding and Learning", "Ongoing – quarterly",
              "Quarter 3 audit under way.", "G",
              dict(lead=["Head of Safeguarding and Learning"], end=None, end_text="Ongoing – quarterly",
                   status="green")),
         ]),
    ]
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.sections[0].header.paragraphs[0].text = "London Borough of Hackney – Children and Families Service"
    doc.add_heading(title, level=1)
    doc.add_paragraph("Version 3 – updated January 2023 for the Children and Families Improvement Board")

    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Document owner", "Director of Children’s Social Care"),
                                ("Approved by", "Group Director, Children and Education"),
                                ("Next review", "April 2023")]):
        set_cell(t.cell(i, 0), k, bold=True)
        set_cell(t.cell(i, 1), v)

    doc.add_heading("Introduction", level=2)
    doc.add_paragraph(
        "Ofsted carried out a focused visit to Hackney’s children’s services on 13 and 14 September 2022, looking "
        "at the local authority’s arrangements for the ‘front door’. Inspectors found that children receive "
        "proportionate responses that meet their needs and identified three areas for improvement. This plan "
        "sets out the actions we are taking on each of them.")
    doc.add_heading("RAG key", level=2)
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for i, (code, meaning) in enumerate([("B", "Completed"), ("G", "On track to be delivered by the timescale"),
                                         ("A", "Some delay – action in hand"),
                                         ("R", "Off track – escalated to the Improvement Board")]):
        set_cell(k.cell(i, 0), code, bold=True)
        shade(k.cell(i, 0), rag_fill[code])
        set_cell(k.cell(i, 1), meaning)

    expected = []
    hdr = ["Ref", "Action", "Lead", "Timescale", "Progress update (January 2023)", "RAG"]
    for n, (afi, acts) in enumerate(afis, 1):
        doc.add_heading(f"Area for improvement {n}", level=2)
        t = doc.add_table(rows=2 + len(acts), cols=6)
        t.style = "Table Grid"
        top = t.cell(0, 0).merge(t.cell(0, 5))
        set_cell(top, afi, bold=True, size=10)
        shade(top, FILL["head"])
        for c, h in enumerate(hdr):
            set_cell(t.cell(1, c), h, bold=True)
            shade(t.cell(1, c), FILL["pale"])
        for i, (ref, text, lead, when, upd, rag, exp) in enumerate(acts, 2):
            for c, v in enumerate([ref, text, lead, when, upd, rag]):
                set_cell(t.cell(i, c), v)
            shade(t.cell(i, 5), rag_fill[rag])
            expected.append(act(ref, [afi], text, exp["lead"], exp["end"], exp["status"], exp.get("end_text")))
        widths = [Cm(1.2), Cm(8.5), Cm(4.5), Cm(3.2), Cm(7.0), Cm(1.4)]
        for row in t.rows:
            for c, w in enumerate(widths):
                row.cells[c].width = w
        doc.add_paragraph("")

    doc.add_heading("Governance and sign-off", level=2)
    doc.add_paragraph("Progress against this plan is reported monthly to the Children and Families Improvement "
                      "Board and to the Lead Member for Children’s Social Care.")
    s = doc.add_table(rows=2, cols=3)
    s.style = "Table Grid"
    for c, h in enumerate(["Signed", "Role", "Date"]):
        set_cell(s.cell(0, c), h, bold=True)
    for c, v in enumerate(["[signed]", "Director of Children’s Social Care", "20/01/2023"]):
        set_cell(s.cell(1, c), v)
    doc.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": (
            "Imitates the London Borough of Hackney's action plan after the Ofsted focused visit of September 2022 "
            "to the children's services 'front door', which identified three areas for improvement: caseloads, "
            "delays in starting work and in assessments, and recording of managers' reflective feedback "
            "(news.hackney.gov.uk, 26 October 2022; Hackney Citizen, 9 November 2022). Copied: service line and "
            "heading title, version line, document-control table, introduction, RAG key table with shaded codes, "
            "then one Word table per area for improvement under an 'Area for improvement N' heading, whose first "
            "merged row carries the inspectors' wording above numbered actions with lead, timescale, progress "
            "update and a shaded RAG letter; sign-off table at the end."),
        "reads": (
            "Nine numbered actions in three tables, one per area for improvement; the headings only name the kind "
            "of part, so each action is read under the area's text in the table's first row. Leads are posts "
            "(two where joined by ';' or '/'), timescales are months, a date, a period, 'Monthly' or "
            "'Ongoing – quarterly', and status is the RAG letter per the key."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 5. Safer North Tyneside - DHR 'Jean' action plan (docx)
# ---------------------------------------------------------------------------
def north_tyneside():
    name = "ry-safer-north-tyneside-dhr-jean-action-plan.docx"
    title = "Safer North Tyneside Partnership: Domestic Homicide Review ‘Jean’ – Action Plan"
    rag_fill = {"Complete": FILL["blue"], "Green": FILL["green"], "Amber": FILL["amber"], "Red": FILL["red"]}
    SA = "Section A – Overview Report Recommendations"
    SB = "Section B – Single Agency Recommendations"
    sections = [
        (SA, [
            ("Recommendation 1: Safer North Tyneside Partnership to assure itself that agencies routinely ask "
             "about domestic abuse when an older person discloses a change in their caring relationship.",
             "Local", [
                 ("Develop a briefing for practitioners on domestic abuse in later life, including carer-related "
                  "abuse, and circulate it through all partner agencies.",
                  "North Tyneside Council (Domestic Abuse Coordinator)",
                  "Briefing drafted and agreed at DHR Standing Panel, January 2025.", "March 2025",
                  "Completed 21/03/2025 – briefing circulated to 14 agencies and published on the partnership "
                  "website.", "Complete",
                  dict(lead=["North Tyneside Council (Domestic Abuse Coordinator)"], end="2025-03",
                       status="blue")),
                 ("Include a routine enquiry question about domestic abuse in the carers’ assessment template.",
                  "North Tyneside Council – Adult Social Care",
                  "Revised template in user testing with the Carers Centre.", "30/09/2025", "", "Green",
                  dict(lead=["North Tyneside Council – Adult Social Care"], end="2025-09", status="green")),
             ]),
            ("Recommendation 2: Northumbria Police and North Tyneside Council to review how repeated ‘no further "
             "action’ domestic incidents involving the same couple are shared with MARAC.",
             "Local / Regional", [
                 ("Audit a sample of repeat standard-risk incidents from 2024 to test whether the repeat-incident "
                  "trigger was applied.", "Northumbria Police",
                  "Sample of 60 incidents identified; audit tool agreed.", "Q2 2025/26", "", "Amber",
                  dict(lead=["Northumbria Police"], end="2025-09", end_text="Q2 2025/26", status="amber")),
                 ("Amend the MARAC operating protocol to include a repeat-incident threshold of three incidents "
                  "in 12 months.", "Northumbria Police and North Tyneside MARAC Chair",
                  "Draft protocol to MARAC Steering Group in October 2025.", "December 2025", "", "Green",
                  dict(lead=["Northumbria Police", "North Tyneside MARAC Chair"], end="2025-12",
                       status="green")),
             ]),
            ("Recommendation 3: NHS North East and North Cumbria Integrated Care Board to work with GP practices "
             "to improve the recording and follow-up of domestic abuse disclosures.",
             "Local", [
                 ("Commission IRIS domestic abuse training and advocacy for GP practices in North Tyneside.",
                  "NHS North East and North Cumbria ICB",
                  "Funding bid submitted to the ICB primary care team.", "Within 12 months of publication", "",
                  "Amber",
                  dict(lead=["NHS North East and North Cumbria ICB"], end=None,
                       end_text="Within 12 months of publication", status="amber")),
             ]),
        ]),
        (SB, [
            ("CNTW 1: Cumbria, Northumberland, Tyne and Wear NHS Foundation Trust to ensure that carers’ needs "
             "are explored when a patient with dementia is discharged from an older people’s ward.",
             "Single agency", [
                 ("Update the discharge checklist so that staff ask about carer stress and safety at home, and "
                  "record the answer.", "CNTW – Older People’s Inpatient Services",
                  "Checklist revised; audit of compliance planned for October 2025.", "31/08/2025", "", "Green",
                  dict(lead=["CNTW – Older People’s Inpatient Services"], end="2025-08", status="green")),
             ]),
            ("NTC ASC 1: Adult Social Care to ensure that safeguarding concerns raised by the ambulance service "
             "are screened by a qualified practitioner.",
             "Single agency", [
                 ("Introduce a duty practitioner screening rota for all North East Ambulance Service safeguarding "
                  "referrals.", "North Tyneside Council – Adult Social Care",
                  "Rota in place from 1 April 2025.", "31/03/2025", "Completed April 2025 – dip sample shows 100% "
                  "screened by a qualified practitioner.", "Complete",
                  dict(lead=["North Tyneside Council – Adult Social Care"], end="2025-03", status="blue")),
             ]),
        ]),
    ]
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(title, level=0)
    doc.add_paragraph("Monitored by the DHR Standing Panel. Last updated: 4 June 2025.")
    doc.add_paragraph("Version control").runs[0].bold = True
    v = doc.add_table(rows=4, cols=3)
    v.style = "Table Grid"
    for i, row in enumerate([("Version", "Date", "Comment"),
                             ("1.0", "11/11/2024", "Agreed by the DHR panel with the final overview report"),
                             ("1.1", "13/02/2025", "Updated for Safer North Tyneside Partnership Board"),
                             ("1.2", "04/06/2025", "Updated for DHR Standing Panel")]):
        for c, val in enumerate(row):
            set_cell(v.cell(i, c), val, bold=(i == 0))
    doc.add_paragraph("")
    doc.add_paragraph(
        "‘Jean’ (a pseudonym chosen by her family) was 79 when she died at her home in North Tyneside in "
        "November 2022. The review was commissioned by the Safer North Tyneside Partnership in January 2023. "
        "RAG: Complete / Green (on track) / Amber (at risk) / Red (not on track).")

    hdr = ["Recommendation", "Scope", "Action to take", "Lead agency",
           "Key milestones achieved in enacting recommendation", "Target date",
           "Date of completion and outcome", "RAG"]
    widths = [Cm(5.0), Cm(1.8), Cm(5.0), Cm(3.2), Cm(4.0), Cm(2.2), Cm(3.8), Cm(1.5)]
    expected = []
    for sec, recs in sections:
        doc.add_heading(sec, level=1)
        nrows = 1 + sum(len(a) for _, _, a in recs)
        t = doc.add_table(rows=nrows, cols=8)
        t.style = "Table Grid"
        for c, h in enumerate(hdr):
            set_cell(t.cell(0, c), h, bold=True, size=8)
            shade(t.cell(0, c), FILL["head"])
        r = 1
        for rec, scope, acts in recs:
            first = r
            set_cell(t.cell(r, 0), rec, size=8)
            set_cell(t.cell(r, 1), scope, size=8)
            for text, lead, mile, target, done, rag, exp in acts:
                for c, val in enumerate([text, lead, mile, target, done, rag], 2):
                    set_cell(t.cell(r, c), val, size=8)
                shade(t.cell(r, 7), rag_fill[rag])
                expected.append(act(None, [sec, rec], text, exp["lead"], exp["end"], exp["status"],
                                    exp.get("end_text")))
                r += 1
            if r - 1 > first:
                t.cell(first, 0).merge(t.cell(r - 1, 0))
                t.cell(first, 1).merge(t.cell(r - 1, 1))
        for row in t.rows:
            for c, w in enumerate(widths):
                row.cells[c].width = w
        doc.add_paragraph("")
    doc.add_paragraph("Completed actions will be reported to the Home Office when the plan is closed by the "
                      "Safer North Tyneside Partnership Board.")
    doc.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": (
            "Imitates a community safety partnership's Domestic Homicide Review action plan in the Home Office "
            "template (Recommendation / Scope of recommendation / Action to take / Lead agency / Key milestones "
            "achieved in enacting recommendation / Target date / Date of completion and outcome; see gov.uk "
            "'Domestic homicide report guide' and DHR statutory guidance), as a partnership such as Safer North "
            "Tyneside would publish it with the overview report. Copied: title, monitoring line, version-control "
            "table, a narrative paragraph with the RAG key, then separate tables for overview-report and "
            "single-agency recommendations, with each recommendation and its scope merged down over its actions, "
            "and a shaded RAG column added for local monitoring."),
        "reads": (
            "Seven unnumbered actions answering five recommendations in two sections (overview report and single "
            "agency). Each action is read under its section and recommendation; leads are agencies (two where "
            "joined by 'and'); target dates are months, dates, a financial quarter or 'Within 12 months of "
            "publication'; status is the RAG word (Complete = blue)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 6. Southwark Council - internal audit recommendations tracker (csv)
# ---------------------------------------------------------------------------
def southwark():
    name = "ry-southwark-council-internal-audit-recommendations-tracker.csv"
    title = "London Borough of Southwark – Internal Audit Recommendations Tracker: position at 31 October 2025"
    hdr = ["Ref", "Audit", "Year", "Assurance opinion", "Priority", "Recommendation", "Agreed management action",
           "Responsible officer", "Original due date", "Revised due date", "Status", "RAG", "Latest update"]
    TA = "Temporary Accommodation – Nightly Paid Placements"
    CY = "Cyber Security – Third-Party Supply Chain"
    S106 = "Section 106 Agreements – Monitoring and Spend"
    GA = "Garages – Lettings and Income"
    DP = "Adult Social Care – Direct Payments"
    rows = [
        ("2425-03.1", TA, "2024/25", "Limited", "High",
         "Ensure all nightly paid placements are supported by a valid purchase order before the placement starts.",
         "Introduce a mandatory purchase order check in the placements workflow so that bookings cannot be "
         "confirmed without a PO number.", "Head of Temporary Accommodation", "31/03/2025", "30/09/2025",
         "Closed", "B", "Workflow change live from 15 September 2025; verified by internal audit.",
         dict(lead=["Head of Temporary Accommodation"], end="2025-09", status="blue")),
        ("2425-03.2", TA, "2024/25", "Limited", "High",
         "Reconcile nightly paid invoices to the placements system each month and investigate variances.",
         "Finance business partner and TA team to carry out a monthly reconciliation.\nVariances over £1,000 "
         "to be reported to the Director of Housing.",
         "Head of Temporary Accommodation; Finance Business Partner (Housing)", "30/06/2025", "31/12/2025",
         "Open", "A", "Reconciliations done for July and August; September outstanding.",
         dict(lead=["Head of Temporary Accommodation", "Finance Business Partner (Housing)"], end="2025-12",
              status="amber")),
        ("2425-07.1", CY, "2024/25", "Limited", "High",
         "Maintain a complete register of third-party suppliers with access to council systems and data.",
         "Build a supplier access register in the IT service management tool and require annual attestation "
         "from system owners.", "Head of Cyber Security", "31/12/2025", "", "Open", "G",
         "Register populated for 142 of 180 suppliers.",
         dict(lead=["Head of Cyber Security"], end="2025-12", status="green")),
        ("2425-07.2", CY, "2024/25", "Limited", "Medium",
         "Include minimum cyber security requirements in all new ICT contracts.",
         "Update the ICT contract template with standard cyber security clauses agreed with Legal Services.",
         "Head of Procurement", "30/04/2025", "31/01/2026", "Open", "A",
         "Clauses drafted; awaiting Legal sign-off.",
         dict(lead=["Head of Procurement"], end="2026-01", status="amber")),
        ("2425-11.1", S106, "2024/25", "Reasonable", "Medium",
         "Reconcile the S106 database to the general ledger on a quarterly basis.",
         "Introduce a quarterly reconciliation signed off by the Planning Business Manager.",
         "Planning Business Manager", "Q3 2025/26", "", "Open", "G",
         "First reconciliation (Q2) completed with no unexplained differences.",
         dict(lead=["Planning Business Manager"], end="2025-12", end_text="Q3 2025/26", status="green")),
        ("2526-02.1", GA, "2025/26", "Limited", "High",
         "Carry out a full survey of void garages and update the lettings system.",
         "Complete a physical survey of all 1,612 garage units and update the housing management system records.",
         "Garages Manager / Head of Estates Management", "31/10/2025", "", "Open", "R",
         "Survey 70% complete; delayed by a staff vacancy. Overdue.",
         dict(lead=["Garages Manager", "Head of Estates Management"], end="2025-10", status="red")),
        ("2526-02.2", GA, "2025/26", "Limited", "Medium",
         "Review garage rent charges and the arrears recovery procedure.",
         "Present a revised garage charging and arrears policy to the Cabinet Member for Council Homes.",
         "Head of Estates Management", "March 2026", "", "Open", "G", "Options paper being drafted.",
         dict(lead=["Head of Estates Management"], end="2026-03", status="green")),
        ("2526-05.1", DP, "2025/26", "Reasonable", "Medium",
         "Complete direct payment audits within 12 weeks of the first payment.",
         "Recruit a second direct payments finance officer and introduce a 12-week audit tracker.",
         "Head of Adult Social Care Finance", "30/11/2025", "", "Not started", "", "Recruitment approved.",
         dict(lead=["Head of Adult Social Care Finance"], end="2025-11", status="unrated")),
    ]
    expected = []
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        pad = [""] * (len(hdr) - 1)
        w.writerow([title] + pad)
        w.writerow(["Prepared for the Audit, Governance and Standards Committee. High and medium priority "
                    "recommendations only."] + pad)
        w.writerow([""] * len(hdr))
        w.writerow(hdr)
        for row in rows:
            w.writerow(row[:-1])
            exp = row[-1]
            expected.append(act(row[0], [row[1], row[5]], row[6], exp["lead"], exp["end"], exp["status"],
                                exp.get("end_text")))
        w.writerow([""] * len(hdr))
        w.writerow(["Total recommendations reported: 8"] + pad)
        w.writerow(["Closed: 1; Open: 6; Not started: 1 (of which overdue: 1)"] + pad)

    write_yaml(name, {
        "source": (
            "Imitates the London Borough of Southwark internal audit recommendations follow-up reported to its "
            "Audit, Governance and Standards Committee (BDO internal audit progress reports; committee minutes of "
            "2023-2025 on S106, garages and cyber security / third-party supply chain audits, "
            "moderngov.southwark.gov.uk). Laid out as a CSV export from an audit tracking system: title and "
            "purpose lines, blank line, header, one row per agreed management action with audit, year, assurance "
            "opinion, priority, recommendation, responsible officer, original and revised due dates, status, RAG "
            "letter and latest update (one action with a line break inside its quoted cell), then totals lines."),
        "reads": (
            "Eight agreed management actions from five audits, each read under its audit and the recommendation it "
            "answers. The responsible officer is the lead (two where joined by ';' or '/'), the revised due date "
            "replaces the original where given, and the RAG letter gives status (B complete; blank with 'Not "
            "started' unrated). The last lines are totals, not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 7. Kensington and Chelsea Health and Wellbeing Board - action log (txt, tab separated)
# ---------------------------------------------------------------------------
def kensington():
    name = "ry-kensington-chelsea-health-and-wellbeing-board-action-log.txt"
    title = "Royal Borough of Kensington and Chelsea Health and Wellbeing Board – Action Log"
    rows = [
        ("HWB-25-01", "30 January 2025", "Pharmaceutical Needs Assessment",
         "Publish the final Pharmaceutical Needs Assessment 2025–2028 on the Council website.",
         "Bi-borough Director of Public Health", "Sep-25", "Blue", "Published 29 September 2025.", None,
         dict(lead=["Bi-borough Director of Public Health"], end="2025-09", status="blue")),
        ("HWB-25-02", "30 January 2025", "Better Care Fund",
         "Circulate the Better Care Fund quarter 3 return to Board members for information.",
         "Head of Integrated Commissioning", "Feb-25", "Blue", "Circulated 14 February 2025.", None,
         dict(lead=["Head of Integrated Commissioning"], end="2025-02", status="blue")),
        ("HWB-25-03", "10 April 2025", "Joint Health and Wellbeing Strategy refresh",
         "Hold a development session with Board members on the draft priorities for the refreshed Joint Health "
         "and Wellbeing Strategy.", "Bi-borough Director of Public Health / Public Health Strategy Lead",
         "Dec-25", "Green", "Session booked for 4 December 2025.", None,
         dict(lead=["Bi-borough Director of Public Health", "Public Health Strategy Lead"], end="2025-12",
              status="green")),
        ("HWB-25-04", "10 April 2025", "Grenfell Health and Wellbeing Service",
         "Provide an update on waiting times for adult psychological therapies in the Grenfell Health and "
         "Wellbeing Service.", "CNWL Grenfell Service Director", "Next meeting", "Amber",
         "Data being validated; a verbal update will be given in January.",
         "Written report deferred at the request of the Chair.",
         dict(lead=["CNWL Grenfell Service Director"], end=None, end_text="Next meeting", status="amber")),
        ("HWB-25-05", "10 July 2025", "Healthwatch annual report",
         "Share Healthwatch Central West London’s findings on GP access with the ICB primary care team.",
         "Healthwatch Central West London", "31/08/2025", "Blue", "Shared 12 August 2025.", None,
         dict(lead=["Healthwatch Central West London"], end="2025-08", status="blue")),
        ("HWB-25-06", "10 July 2025", "Childhood immunisations",
         "Bring a joint action plan to improve MMR uptake in North Kensington to the Board.",
         "NHS North West London ICB (K&C Borough Director) and Bi-borough Director of Public Health",
         "January 2026", "Green", "Draft plan discussed at the immunisation steering group on 22 October.", None,
         dict(lead=["NHS North West London ICB (K&C Borough Director)", "Bi-borough Director of Public Health"],
              end="2026-01", status="green")),
        ("HWB-25-07", "2 October 2025", "Adult social care – CQC assessment",
         "Circulate the CQC local authority assessment report and the Council’s improvement plan to Board "
         "members.", "Executive Director of Adult Social Care and Health", "17/10/2025", "Blue",
         "Circulated 16 October 2025.", None,
         dict(lead=["Executive Director of Adult Social Care and Health"], end="2025-10", status="blue")),
        ("HWB-25-08", "2 October 2025", "Winter plan 2025/26",
         "Report on winter vaccination uptake among frontline social care staff.",
         "Head of Quality Assurance (Adult Social Care)", "January 2026", "Green",
         "Provider survey issued 20 October.", None,
         dict(lead=["Head of Quality Assurance (Adult Social Care)"], end="2026-01", status="green")),
        ("HWB-25-09", "2 October 2025", "Healthy weight",
         "Write to the Lead Member for Planning about restricting new hot food takeaways near schools.",
         "Chair of the Board", "31/10/2025", "Red", "Overdue – letter in draft.", None,
         dict(lead=["Chair of the Board"], end="2025-10", status="red")),
    ]
    lines = [
        title,
        "Updated following the Board meeting of 2 October 2025",
        "RAG: Blue = complete; Green = on track; Amber = at risk of missing due date; Red = overdue",
        "",
        "\t".join(["Ref", "Meeting", "Item", "Action", "Lead", "Due", "RAG", "Update"]),
    ]
    expected = []
    for ref, meet, item, text, lead, due, rag, upd, cont, exp in rows:
        lines.append("\t".join([ref, meet, item, text, lead, due, rag, upd]))
        if cont:
            lines.append("\t" * 7 + cont)
        expected.append(act(ref, [], text, exp["lead"], exp["end"], exp["status"], exp.get("end_text")))
    lines += ["", "Summary: 9 actions – Blue 4, Green 3, Amber 1, Red 1",
              "Completed (Blue) actions will be removed from the log after the next meeting."]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    write_yaml(name, {
        "source": (
            "Imitates the action log ('Minutes and actions arising' / outstanding actions) kept for the Royal "
            "Borough of Kensington and Chelsea Health and Wellbeing Board, which meets concurrently with "
            "Westminster's board (committees.westminster.gov.uk Health & Wellbeing Board agendas, 2020-2025). "
            "Laid out as a tab-separated text export: board name, log title with update date, RAG key line, "
            "blank, header, one line per action (ref, meeting date, agenda item, action, lead, due, RAG word, "
            "update), one continuation line carrying more of an update, then a summary line and a note."),
        "reads": (
            "Nine board actions from four meetings, each with a lead (a post or body; two where joined by '/' or "
            "'and'), a due month, date or 'Next meeting', and a RAG word read by the key line (Blue = complete). "
            "The indented continuation line only continues HWB-25-04's update, and the summary lines are not "
            "actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


if __name__ == "__main__":
    for fn in (derbyshire_dales, waltham_forest, lewisham, hackney, north_tyneside, southwark, kensington):
        print(*fn())
