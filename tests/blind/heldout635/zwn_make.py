#!/usr/bin/env python
"""Build the seven zwn- blind test files (set heldout635) and their expected readings.

Run with /work/main/.venv/bin/python zwn_make.py  (needs openpyxl, python-docx, pyyaml).
Only files whose names start with "zwn-" are written.
"""
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

FILL = {
    "blue": "0070C0",
    "green": "00B050",
    "amber": "FFC000",
    "red": "FF0000",
}


def d(y, m, day):
    return dt.datetime(y, m, day)


def solid(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def write_expected(name, meta, actions):
    doc = dict(meta)
    if actions is not None:
        doc["actions"] = actions
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
# 1. Great Places Housing Group - consumer standards improvement plan (xlsx)
# ---------------------------------------------------------------------------
def great_places():
    name = "zwn-great-places-housing-group-consumer-standards-improvement-plan.xlsx"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Great Places Housing Group"
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "Consumer Standards Improvement Plan 2025/26"
    cov["A2"].font = Font(bold=True, size=14)
    cov["A3"] = "Reporting to: Customer Services Committee and Group Board"
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    for c, v in zip("ABCD", ["Version", "Date", "Author", "Change"]):
        cov[c + "6"] = v
        cov[c + "6"].font = Font(bold=True)
    cov.append(["1.0", d(2025, 4, 14), "Head of Regulation and Assurance", "Approved by Group Board"])
    cov.append(["1.3", d(2025, 11, 3), "Regulatory Compliance Manager",
                "Q2 progress update; revised dates agreed at Customer Services Committee"])
    cov["B7"].number_format = "dd/mm/yyyy"
    cov["B8"].number_format = "dd/mm/yyyy"
    cov["A10"] = "RAG key"
    cov["A10"].font = Font(bold=True)
    key = [("Blue", "Complete", "blue"), ("Green", "On track", "green"),
           ("Amber", "At risk – delivery date may slip", "amber"),
           ("Red", "Off track – revised date required", "red")]
    for i, (w, m, col) in enumerate(key, start=11):
        cov.cell(row=i, column=1, value=w).fill = solid(FILL[col])
        cov.cell(row=i, column=2, value=m)
    cov.column_dimensions["A"].width = 16
    cov.column_dimensions["B"].width = 36
    cov.column_dimensions["C"].width = 34
    cov.column_dimensions["D"].width = 60

    summ = wb.create_sheet("Summary")
    summ["A1"] = "Summary of progress by standard – 31 October 2025"
    summ["A1"].font = Font(bold=True, size=12)
    hdr = ["Standard", "Actions", "Complete", "On track", "At risk", "Off track", "Not started"]
    summ.append([])
    summ.append(hdr)
    for c in range(1, 8):
        summ.cell(row=3, column=c).font = Font(bold=True)
    summ.append(["Safety and Quality", 4, 2, 1, 1, 0, 0])
    summ.append(["Transparency, Influence and Accountability", 2, 1, 0, 0, 1, 0])
    summ.append(["Neighbourhood and Community", 1, 0, 1, 0, 0, 0])
    summ.append(["Tenancy", 1, 0, 0, 0, 0, 1])
    summ.append(["Total", 8, 3, 2, 1, 1, 1])
    summ.cell(row=8, column=1).font = Font(bold=True)
    summ.column_dimensions["A"].width = 44

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = "Consumer Standards Improvement Plan 2025/26 – progress at 31 October 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:H1")
    heads = ["Ref", "Action", "Lead", "Original target date", "Revised target date",
             "Status", "Progress update", "Evidence"]
    for i, h in enumerate(heads, start=1):
        c = ws.cell(row=3, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = solid("1F3864")
        c.alignment = WRAP
        c.border = BOX

    U = {}
    std_sq = "Safety and Quality Standard"
    std_tia = "Transparency, Influence and Accountability Standard"
    std_nc = "Neighbourhood and Community Standard"
    std_ten = "Tenancy Standard"
    o11 = ("Required outcome 1.1 – Stock quality: we hold accurate, up-to-date and evidenced "
           "data on the condition of all our homes")
    o12 = ("Required outcome 1.2 – Health and safety: we meet all legal requirements for the "
           "health and safety of tenants in their homes")
    o21 = ("Required outcome 2.1 – Complaints: complaints are handled fairly, effectively and "
           "promptly")
    o31 = ("Required outcome 3.1 – Safety of shared spaces: communal areas are kept clean "
           "and safe")
    o41 = ("Required outcome 4.1 – Tenancy management: tenancies are managed fairly and "
           "reviewed where appropriate")

    rows = [
        ("band", std_sq),
        ("sub", o11),
        ("act", "SQ1", "Complete a 100% stock condition survey programme, prioritising homes "
                "with no survey in the last five years", "Director of Property Services",
         d(2025, 3, 31), d(2025, 9, 30), "Complete", "blue",
         "98.7% of homes surveyed. Remaining 112 homes are no-access cases passed to the "
         "Tenancy team.", "Board report Oct-25"),
        ("act", "SQ2", "Load survey data into the asset management system and reconcile it "
                "against the repairs and compliance systems", "Head of Asset Management",
         d(2025, 6, 30), d(2025, 12, 31), "At risk", "amber",
         "Data load complete; reconciliation delayed by system upgrade.", ""),
        ("sub", o12),
        ("act", "SQ3", "Clear all overdue high-priority fire risk assessment actions",
         "Head of Building Safety", d(2025, 12, 31), None, "On track", "green",
         "214 of 260 actions closed.", "FRA tracker"),
        ("act", "SQ4", "Introduce a 24-hour damp and mould triage for all new reports.\n"
                "Publish the triage standard to customers.",
         "Head of Repairs / Head of Customer Experience", d(2025, 10, 31), None,
         "Complete", "blue", "Triage live from 1 October 2025; standard on website.",
         "Customer newsletter"),
        ("band", std_tia),
        ("sub", o21),
        ("act", "TIA1", "Reduce the backlog of stage 1 complaints older than 10 working days "
                 "to zero", "Head of Customer Experience", d(2025, 6, 30), d(2025, 11, 30),
         "Off track", "red", "Backlog 63 at 31 October (was 140 in June). Escalated to ELT.", ""),
        ("act", "TIA2", "Publish quarterly complaints learning reports on the website",
         "Complaints and Insight Manager", d(2025, 7, 31), None, "Complete", "blue",
         "Q1 report published July 2025.", "Website"),
        ("band", std_nc),
        ("sub", o31),
        ("act", "NC1", "Carry out estate inspections of all blocks with communal areas every "
                "quarter and share the results with residents", "Neighbourhood Services Manager",
         "Quarterly", None, "On track", "green", "Q2 inspections complete for 96% of blocks.", ""),
        ("band", std_ten),
        ("sub", o41),
        ("act", "TEN1", "Complete tenancy audits for all tenancies starting before 2015 to "
                 "confirm occupancy and identify support needs", "Director of Housing",
         d(2026, 3, 31), None, "Not started", None, "Due to start January 2026.", ""),
    ]
    r = 4
    for row in rows:
        if row[0] == "band":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True, color="FFFFFF")
            ws.cell(row=r, column=1).fill = solid("2E75B6")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        elif row[0] == "sub":
            c = ws.cell(row=r, column=1, value=row[1])
            c.font = Font(italic=True, bold=True)
            c.fill = solid("DDEBF7")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        else:
            _, ref, text, lead, orig, rev, status, colour, prog, ev = row
            vals = [ref, text, lead, orig, rev, status, prog, ev]
            for i, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=i, value=v if v != "" else None)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if colour:
                ws.cell(row=r, column=6).fill = solid(FILL[colour])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Notes: Revised target dates were approved by the Customer "
            "Services Committee on 23 October 2025. Where no revised date is shown the "
            "original date stands.").font = Font(italic=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    for col, w in zip("ABCDEFGH", [7, 60, 30, 14, 14, 12, 50, 20]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A4"
    wb.save(os.path.join(HERE, name))

    A = [
        act("SQ1", [std_sq, o11], rows[2][2], ["Director of Property Services"], "2025-09", "blue"),
        act("SQ2", [std_sq, o11], rows[3][2], ["Head of Asset Management"], "2025-12", "amber"),
        act("SQ3", [std_sq, o12], rows[5][2], ["Head of Building Safety"], "2025-12", "green"),
        act("SQ4", [std_sq, o12], rows[6][2], ["Head of Repairs", "Head of Customer Experience"],
            "2025-10", "blue"),
        act("TIA1", [std_tia, o21], rows[9][2], ["Head of Customer Experience"], "2025-11", "red"),
        act("TIA2", [std_tia, o21], rows[10][2], ["Complaints and Insight Manager"], "2025-07",
            "blue"),
        act("NC1", [std_nc, o31], rows[13][2], ["Neighbourhood Services Manager"], None, "green",
            end_text="Quarterly"),
        act("TEN1", [std_ten, o41], rows[16][2], ["Director of Housing"], "2026-03", "unrated"),
    ]
    meta = {
        "source": (
            "Imitates the consumer standards improvement plans English housing associations "
            "publish or take to their customer committees after the Regulator of Social Housing's "
            "April 2024 consumer standards (e.g. RSH regulatory judgements and the board papers "
            "of large registered providers), 2025/26. Copied features: a cover sheet with "
            "document-control table and a RAG key whose words (On track / At risk / Off track / "
            "Complete) are the statuses; a Summary sheet of totals by standard; the plan sheet "
            "with merged standard band rows, merged 'Required outcome' rows above their actions, "
            "original and revised target dates, status words on fill colours, progress and "
            "evidence columns, and a notes line under the table."),
        "reads": (
            "Great Places' consumer standards improvement plan: a cover with document control "
            "and RAG key, a summary table of counts, then on the 'Improvement Plan' sheet eight "
            "actions under four consumer standards, each standard split into required outcomes. "
            "Where a revised target date is given it replaces the original; the status word "
            "follows the cover's key (At risk = amber, Off track = red, Complete = blue)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Consumer Standards Improvement Plan 2025/26",
    }
    write_expected(name, meta, A)


# ---------------------------------------------------------------------------
# 2. Staffordshire Fire and Rescue Service - corporate risk register (xlsx)
# ---------------------------------------------------------------------------
def staffordshire():
    name = "zwn-staffordshire-fire-rescue-service-corporate-risk-register-2025-26.xlsx"
    wb = Workbook()
    hm = wb.active
    hm.title = "Heat map"
    hm["A1"] = "Corporate risk heat map – Quarter 2 2025/26"
    hm["A1"].font = Font(bold=True, size=12)
    hm["A3"] = "Impact →  /  Likelihood ↓"
    for i, lab in enumerate(["1 Minimal", "2 Minor", "3 Moderate", "4 Major", "5 Critical"], 2):
        hm.cell(row=3, column=i, value=lab).font = Font(bold=True)
    grid = {5: {}, 4: {4: "CR1", 3: "CR2"}, 3: {5: "CR3"}, 2: {4: "CR4"}, 1: {}}
    for j, lik in enumerate([5, 4, 3, 2, 1], start=4):
        hm.cell(row=j, column=1, value=lik).font = Font(bold=True)
        for imp in range(1, 6):
            score = lik * imp
            col = "00B050" if score <= 4 else ("FFC000" if score <= 12 else "FF0000")
            c = hm.cell(row=j, column=imp + 1, value=grid[lik].get(imp))
            c.fill = solid(col)
            c.alignment = Alignment(horizontal="center")
    hm.column_dimensions["A"].width = 26

    ws = wb.create_sheet("Corporate Risk Register")
    ws["A1"] = "Staffordshire Fire and Rescue Service"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Corporate Risk Register 2025/26"
    ws["A2"].font = Font(bold=True, size=13)
    ws["A3"] = ("Quarter 2 review (September 2025). Register owner: Chief Fire Officer. Reviewed by "
                "the Strategic Leadership Team on 16/10/2025 and reported to the Ethics, "
                "Transparency and Audit Panel.")
    heads = ["Risk", "Cause and consequence", "Risk owner", "Likelihood", "Impact",
             "Current score", "Target score", "Further actions", "Action owner", "Target date",
             "Action status"]
    for i, h in enumerate(heads, start=1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = solid("C00000")
        c.alignment = WRAP
        c.border = BOX

    r1 = "CR1 Financial sustainability"
    r2 = "CR2 Availability of on-call crews"
    r3 = "CR3 Cyber security and ICT resilience"
    r4 = "CR4 Culture, values and behaviours"
    risks = [
        (r1, "Uncertain funding settlements, pay awards above budget and inflation lead to a "
             "budget gap, forcing unplanned cuts to services.", "Treasurer", 4, 4, 16, 8, [
            ("Refresh the Medium Term Financial Strategy to 2029/30 reflecting the 2026/27 "
             "funding settlement", "Treasurer", d(2026, 2, 28), "mmm-yy", "green"),
            ("Deliver the 2025/26 efficiency savings plan (£1.2m) and report progress quarterly "
             "to the Strategic Leadership Team", "Head of Finance", d(2026, 3, 31), "dd/mm/yyyy",
             "amber"),
        ]),
        (r2, "Falling on-call recruitment and retention reduce appliance availability, "
             "increasing response times in rural areas.", "ACFO Service Delivery", 4, 3, 12, 6, [
            ("Roll out the revised on-call contract and availability-based pay model",
             "ACFO Service Delivery", d(2025, 9, 30), "mmm-yy", "blue"),
            ("Run a targeted on-call recruitment campaign for the 12 stations with the lowest "
             "availability", "Area Manager – Response / Head of People", "Q4 2025/26", None,
             "amber"),
            ("Review the crewing model at day-crewed stations", "ACFO Service Delivery",
             d(2026, 6, 30), "dd/mm/yyyy", None),
        ]),
        (r3, "A cyber attack or system failure disables mobilising, communications or business "
             "systems, disrupting emergency response.", "Director of Governance", 3, 5, 15, 10, [
            ("Complete a cyber resilience exercise with Staffordshire and West Midlands Fire "
             "Control", "Head of ICT", d(2025, 11, 30), "dd/mm/yyyy", "red"),
            ("Achieve Cyber Essentials Plus accreditation", "Head of ICT", d(2026, 1, 31),
             "dd/mm/yyyy", "green"),
            ("Deliver mandatory phishing awareness training to all staff", "Head of ICT",
             "Ongoing", None, "green"),
        ]),
        (r4, "Poor behaviours or failure to act on the HMICFRS values and culture findings "
             "damage staff wellbeing, public trust and the Service's reputation.",
         "Chief Fire Officer", 2, 4, 8, 4, [
            ("Embed the Core Code of Ethics in appraisals.\nReport progress quarterly to the "
             "Ethics, Transparency and Audit Panel.", "Head of People", d(2026, 3, 31), "mmm-yy",
             "green"),
            ("Launch an independent confidential reporting line for staff",
             "Director of Governance", d(2025, 8, 31), "mmm-yy", "blue"),
        ]),
    ]
    r = 6
    for risk, cause, owner, li, im, sc, tg, acts in risks:
        top = r
        for (text, aowner, date, fmt, colour) in acts:
            ws.cell(row=r, column=8, value=text)
            ws.cell(row=r, column=9, value=aowner)
            c = ws.cell(row=r, column=10, value=date)
            if fmt:
                c.number_format = fmt
            if colour:
                ws.cell(row=r, column=11).fill = solid(FILL[colour])
            for col in range(1, 12):
                ws.cell(row=r, column=col).alignment = WRAP
                ws.cell(row=r, column=col).border = BOX
            r += 1
        bottom = r - 1
        for col, v in enumerate([risk, cause, owner, li, im, sc, tg], start=1):
            ws.cell(row=top, column=col, value=v)
            if bottom > top:
                ws.merge_cells(start_row=top, start_column=col, end_row=bottom, end_column=col)
        ws.cell(row=top, column=1).font = Font(bold=True)
        sc_col = "FF0000" if sc >= 15 else "FFC000"
        ws.cell(row=top, column=6).fill = solid(sc_col)
    r += 1
    ws.cell(row=r, column=8, value="Action status key").font = Font(bold=True)
    for txt, col in [("Complete", "blue"), ("On track", "green"),
                     ("Some slippage – within tolerance", "amber"), ("Off track", "red"),
                     ("Not yet started", None)]:
        r += 1
        ws.cell(row=r, column=8, value=txt)
        if col:
            ws.cell(row=r, column=11).fill = solid(FILL[col])
    for col, w in zip("ABCDEFGHIJK", [24, 40, 20, 10, 9, 9, 9, 55, 26, 12, 10]):
        ws.column_dimensions[col].width = w

    sco = wb.create_sheet("Scoring")
    sco["A1"] = "Risk scoring (likelihood x impact)"
    sco["A1"].font = Font(bold=True)
    sco.append(["Score", "Rating", "Tolerance"])
    sco.append(["15–25", "High", "Not tolerated – SLT monthly review"])
    sco.append(["8–12", "Medium", "Tolerated with active management"])
    sco.append(["1–6", "Low", "Accepted – directorate register"])
    wb.save(os.path.join(HERE, name))

    A = [
        act(None, [r1], risks[0][7][0][0], ["Treasurer"], "2026-02", "green"),
        act(None, [r1], risks[0][7][1][0], ["Head of Finance"], "2026-03", "amber"),
        act(None, [r2], risks[1][7][0][0], ["ACFO Service Delivery"], "2025-09", "blue"),
        act(None, [r2], risks[1][7][1][0], ["Area Manager – Response", "Head of People"],
            "2026-03", "amber"),
        act(None, [r2], risks[1][7][2][0], ["ACFO Service Delivery"], "2026-06", "unrated"),
        act(None, [r3], risks[2][7][0][0], ["Head of ICT"], "2025-11", "red"),
        act(None, [r3], risks[2][7][1][0], ["Head of ICT"], "2026-01", "green"),
        act(None, [r3], risks[2][7][2][0], ["Head of ICT"], None, "green", end_text="Ongoing"),
        act(None, [r4], risks[3][7][0][0], ["Head of People"], "2026-03", "green"),
        act(None, [r4], risks[3][7][1][0], ["Director of Governance"], "2025-08", "blue"),
    ]
    meta = {
        "source": (
            "Imitates an English fire and rescue service corporate risk register as reported "
            "quarterly to the fire authority's audit/ethics panel (cf. Lancashire FRS and "
            "Buckinghamshire FRS corporate risk register reports 2023-2025; NFCC-style registers), "
            "2025/26 Q2. Copied features: a heat-map sheet first, then the register with title "
            "block, one block per corporate risk with the risk, cause/consequence, owner and "
            "scores merged vertically over its further actions, action owner and target date per "
            "action, the action status shown only by fill colour with a colour key below the "
            "table, target dates as mmm-yy, dd/mm/yyyy, a financial quarter and 'Ongoing'; and a "
            "scoring sheet."),
        "reads": (
            "Staffordshire FRS's Q2 2025/26 corporate risk register: four corporate risks, each "
            "with two or three further mitigating actions (ten in all) with an action owner, "
            "target date and a colour-only status. The risk owner is the owner of the risk; the "
            "lead of each action is its action owner; the uncoloured status cell means not yet "
            "started."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Corporate Risk Register 2025/26",
    }
    write_expected(name, meta, A)


# ---------------------------------------------------------------------------
# 3. Lewisham and Greenwich NHS Trust - UEC improvement programme highlight report (xlsx)
# ---------------------------------------------------------------------------
def lewisham():
    name = "zwn-lewisham-and-greenwich-nhs-trust-uec-improvement-programme-highlight-report.xlsx"
    title = "Urgent and Emergency Care Improvement Programme – Highlight Report"
    rag_fill = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue",
                "G": "green", "A": "amber", "R": "red"}
    wb = Workbook()
    s = wb.active
    s.title = "Programme summary"
    s["A1"] = "Lewisham and Greenwich NHS Trust"
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = title
    s["A2"].font = Font(bold=True, size=13)
    s["A3"] = "Reporting period: October 2025   |   Programme SRO: Chief Operating Officer   |   " \
              "For: Finance and Performance Committee"
    for i, h in enumerate(["Workstream", "SRO", "Previous RAG", "Current RAG", "Key message"], 1):
        c = s.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = solid("005EB8")
    summary = [
        ("Workstream 1: Front Door (ED and SDEC)", "Chief Operating Officer", "Amber", "Amber",
         "Handover delays at QEH remain the main risk to the 78% four-hour standard."),
        ("Workstream 2: Inpatient Flow", "Chief Nurse", "Red", "Amber",
         "Bed management system now live on 70% of wards."),
        ("Workstream 3: Discharge", "Director of Integrated Care", "Amber", "Green",
         "Transfer of care hub operating with both councils."),
    ]
    for j, row in enumerate(summary, start=6):
        for i, v in enumerate(row, start=1):
            c = s.cell(row=j, column=i, value=v)
            c.alignment = WRAP
            if i in (3, 4):
                c.fill = solid(FILL[rag_fill[v]])
    s.cell(row=10, column=1, value="Four-hour performance (type 1-4), October 2025: 74.1% "
           "(trajectory 76.0%)")
    for col, w in zip("ABCDE", [40, 28, 13, 13, 70]):
        s.column_dimensions[col].width = w

    ws_defs = [
        ("WS1 Front Door", "Workstream 1: Front Door (ED and SDEC)", "Chief Operating Officer",
         "Amber", [
            ("FD01", "Extend Same Day Emergency Care at Queen Elizabeth Hospital to 22:00, seven "
                     "days a week", "Divisional Director of Operations – Medicine",
             d(2025, 6, 30), d(2025, 9, 1), "Amber", "Complete",
             "Extended hours live from 1 September."),
            ("FD02", "Introduce rapid assessment and treatment (RAT) for ambulance arrivals at "
                     "University Hospital Lewisham", "Dr Kemi Adeyemi / Sarah Lowe",
             d(2025, 10, 31), d(2025, 10, 31), "Green", "Green", "Pilot running weekdays."),
            ("FD03", "Achieve a 45-minute maximum ambulance handover at both sites",
             "ED Clinical Director (QEH) and ED Clinical Director (UHL)",
             d(2025, 9, 30), d(2025, 12, 31), "Amber", "Red",
             "Average handover 52 minutes at QEH in October; forecast moved to December."),
            ("FD04", "Stream suitable walk-in patients to the Urgent Treatment Centre using the "
                     "revised streaming protocol", "Head of Nursing – Emergency Medicine",
             d(2025, 8, 31), None, "Green", "Green", "Streaming rate 31% (target 30%)."),
         ],
         ["Rapid assessment pilot started at UHL on 6 October.",
          "SDEC extended hours live at QEH."],
         [("Ambulance surges from neighbouring sites", "Handover delays", "Daily call with LAS; "
           "cohorting area opened", 16)]),
        ("WS2 Flow", "Workstream 2: Inpatient Flow", "Chief Nurse", "Amber", [
            ("IF01", "Roll out the electronic bed management system to all adult inpatient wards",
             "Head of Patient Flow", d(2025, 7, 31), d(2025, 11, 30), "Red", "Amber",
             "Live on 31 of 44 wards."),
            ("IF02", "Hold daily board rounds before 10:00 on every medical ward",
             "Associate Director of Nursing – Medicine", d(2025, 9, 30), d(2025, 9, 30),
             "Green", "Complete", "Audit shows 92% compliance."),
            ("IF03", "Open 20 additional virtual ward beds for frailty and respiratory patients.\n"
                     "Agree step-up criteria with community partners.",
             "Virtual Ward Clinical Lead; Integrated Care Partnership Manager",
             d(2025, 12, 31), d(2026, 3, 31), "Amber", "Amber",
             "12 beds open; recruitment for remaining nurses under way."),
         ],
         ["Board rounds embedded on all medical wards."],
         [("Nurse vacancies on medical wards", "Slower flow", "Bank incentive scheme", 12)]),
        ("WS3 Discharge", "Workstream 3: Discharge", "Director of Integrated Care", "Green", [
            ("DC01", "Establish a transfer of care hub with Greenwich and Lewisham councils",
             "Director of Integrated Care", d(2025, 6, 30), d(2025, 8, 31), "Amber", "Complete",
             "Hub opened 18 August."),
            ("DC02", "Increase discharges before midday to 33% of all discharges",
             "Deputy Chief Operating Officer", d(2025, 12, 31), None, "Amber", "Amber",
             "October: 24%."),
            ("DC03", "Open a discharge lounge at University Hospital Lewisham",
             "Head of Patient Flow", d(2026, 1, 31), None, None, "Not started",
             "Estates works to be scheduled."),
         ],
         ["Transfer of care hub opened."],
         [("Care home capacity in Greenwich", "Delayed discharges", "Spot purchase agreed", 9)]),
    ]
    A = []
    for sheet, wsname, sro, overall, ms, achievements, risks in ws_defs:
        ws = wb.create_sheet(sheet)
        ws["A1"] = "Lewisham and Greenwich NHS Trust"
        ws["A1"].font = Font(bold=True)
        ws["A2"] = title
        ws["A2"].font = Font(bold=True, size=12)
        ws["A3"] = wsname
        ws["A3"].font = Font(bold=True, size=12, color="005EB8")
        ws["A4"] = "SRO: " + sro
        ws["E4"] = "Reporting period: October 2025"
        ws["A5"] = "Overall workstream RAG:"
        ws["B5"] = overall
        ws["B5"].fill = solid(FILL[rag_fill[overall]])
        ws["A7"] = "Key milestones"
        ws["A7"].font = Font(bold=True)
        heads = ["Ref", "Milestone", "Lead", "Baseline date", "Forecast date", "Previous RAG",
                 "Current RAG", "Commentary"]
        for i, h in enumerate(heads, start=1):
            c = ws.cell(row=8, column=i, value=h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = solid("005EB8")
            c.border = BOX
        r = 9
        for ref, text, lead, base, fc, prev, cur, comm in ms:
            for i, v in enumerate([ref, text, lead, base, fc, prev, cur, comm], start=1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if prev:
                ws.cell(row=r, column=6).fill = solid(FILL[rag_fill[prev]])
            if cur in rag_fill:
                ws.cell(row=r, column=7).fill = solid(FILL[rag_fill[cur]])
            r += 1
        r += 1
        ws.cell(row=r, column=1, value="Key achievements this period").font = Font(bold=True)
        for a in achievements:
            r += 1
            ws.cell(row=r, column=1, value="• " + a)
        r += 2
        ws.cell(row=r, column=1, value="Key risks and issues").font = Font(bold=True)
        r += 1
        for i, h in enumerate(["Risk / issue", "Impact", "Mitigation", "Score"], start=1):
            ws.cell(row=r, column=i, value=h).font = Font(bold=True)
        for rk in risks:
            r += 1
            for i, v in enumerate(rk, start=1):
                ws.cell(row=r, column=i, value=v)
        for col, w in zip("ABCDEFGH", [34, 55, 34, 13, 13, 12, 12, 45]):
            ws.column_dimensions[col].width = w
        status_map = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue",
                      "Not started": "unrated"}
        for ref, text, lead, base, fc, prev, cur, comm in ms:
            end = (fc or base).strftime("%Y-%m")
            leads = {
                "Dr Kemi Adeyemi / Sarah Lowe": ["Dr Kemi Adeyemi", "Sarah Lowe"],
                "ED Clinical Director (QEH) and ED Clinical Director (UHL)":
                    ["ED Clinical Director (QEH)", "ED Clinical Director (UHL)"],
                "Virtual Ward Clinical Lead; Integrated Care Partnership Manager":
                    ["Virtual Ward Clinical Lead", "Integrated Care Partnership Manager"],
            }.get(lead, [lead])
            A.append(act(ref, [wsname], text, leads, end, status_map[cur]))
    wb.save(os.path.join(HERE, name))

    meta = {
        "source": (
            "Imitates NHS acute trust urgent and emergency care (UEC) improvement programme "
            "highlight reports taken to board committees (e.g. Wye Valley 'Urgent Care "
            "Programme' project highlight pages, trust 'UEC improvement programme' board "
            "reports), October 2025. Copied features: a programme summary sheet with workstream "
            "RAGs, then one sheet per workstream with a title block (trust, report title, "
            "workstream, SRO, reporting period, overall RAG), a key milestones table with "
            "baseline and forecast dates and previous and current RAG (words on fill colours, "
            "'Complete' for done), commentary, then key achievements bullets and a risks and "
            "issues table."),
        "reads": (
            "Lewisham and Greenwich's UEC improvement programme highlight report for October "
            "2025: a summary sheet, then three workstream sheets each with a key milestones "
            "table (ten milestones in all). Each milestone's end is its forecast date (the "
            "baseline where no forecast is given) and its status the current RAG; the "
            "achievements and risks beneath the milestones are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, meta, A)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold


def header_row(table, heads, fill="D9E2F3"):
    for i, h in enumerate(heads):
        set_cell(table.rows[0].cells[i], h, bold=True)
        shade(table.rows[0].cells[i], fill)


# ---------------------------------------------------------------------------
# 4. Alvaston Medical Centre - CQC inspection action plan (docx)
# ---------------------------------------------------------------------------
def alvaston():
    name = "zwn-alvaston-medical-centre-cqc-inspection-action-plan.docx"
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    title = "Alvaston Medical Centre – CQC Inspection Action Plan"
    doc.add_heading(title, level=0)
    doc.add_paragraph("Inspection date: 14 May 2024. Report published: 2 July 2024. "
                      "Overall rating: Requires improvement (Safe and Well-led: Requires "
                      "improvement).")
    doc.add_paragraph("This action plan responds to the requirement notices and the areas where "
                      "the practice should improve set out in the CQC report. It is reviewed at "
                      "the monthly partners’ meeting and shared with the Patient Participation "
                      "Group.")
    t = doc.add_table(rows=3, cols=3)
    t.style = "Table Grid"
    header_row(t, ["Version", "Date", "Updated by"])
    for i, row in enumerate([("1", "29/07/2024", "Practice Manager"),
                             ("2", "09/10/2024", "Practice Manager")], start=1):
        for j, v in enumerate(row):
            set_cell(t.rows[i].cells[j], v)
    doc.add_paragraph("Status key: Completed – action finished and evidence held; On track – in "
                      "progress within timescale; Not started – not yet begun.")

    h1 = "Regulation 12 HSCA (RA) Regulations 2014: Safe care and treatment"
    q1 = "The provider must ensure care and treatment is provided in a safe way for service users."
    h2 = "Regulation 17 HSCA (RA) Regulations 2014: Good governance"
    q2 = ("The provider must establish effective systems and processes to ensure good governance "
          "in accordance with the fundamental standards of care.")
    heads = ["Ref", "What we will do", "Lead", "By when", "Progress / evidence", "Status"]
    sec1 = [
        ("1.1", "Carry out a full review of patients prescribed high-risk medicines "
                "(methotrexate, lithium, DOACs) and complete all overdue monitoring",
         "Dr R Sandhu (Lead GP)", "31/07/2024", "Review completed 22/07/2024; 41 patients "
                                                "recalled.", "Completed"),
        ("1.2", "Run a monthly search of the clinical system for patients overdue monitoring, "
                "with results reviewed at the clinical meeting",
         "Clinical Pharmacist & Dr R Sandhu", "Monthly", "Searches run August and September.",
         "On track"),
        ("1.3", "Check and record emergency medicines and oxygen weekly, and stock the missing "
                "items identified at inspection", "Nurse Manager", "End of June 2024",
         "Missing items stocked 20/05/2024; weekly checklist in place.", "Completed"),
        ("1.4", "Complete an infection prevention and control audit of both treatment rooms.\n"
                "Replace the fabric chairs in the waiting room.",
         "Practice Manager / IPC Lead Nurse", "Sept 2024",
         "Audit done; chairs ordered.", "On track"),
    ]
    sec2 = [
        ("2.1", "Set up a training matrix and make sure all staff complete safeguarding, basic "
                "life support and fire safety training", "Practice Manager", "30/09/2024",
         "Matrix in place; 88% compliance.", "On track"),
        ("2.2", "Review and update all practice policies, adding version control and review "
                "dates", "Practice Manager and Deputy Practice Manager", "31/10/2024", "",
         "Not started"),
        ("2.3", "Log and review every significant event and share the learning at the quarterly "
                "whole-practice meeting", "Partners", "Ongoing",
         "Standing agenda item from July 2024.", "On track"),
    ]
    for h, q, rows in [(h1, q1, sec1), (h2, q2, sec2)]:
        doc.add_heading(h, level=2)
        p = doc.add_paragraph()
        p.add_run(q).bold = True
        t = doc.add_table(rows=1 + len(rows), cols=6)
        t.style = "Table Grid"
        header_row(t, heads)
        for i, row in enumerate(rows, start=1):
            for j, v in enumerate(row):
                set_cell(t.rows[i].cells[j], v)

    h3 = "Areas where the practice should improve"
    doc.add_heading(h3, level=2)
    sec3 = [
        ("S1", "Continue to improve uptake of cervical screening.",
         "Send text reminders and offer Saturday morning screening clinics", "Nurse Manager",
         "March 2025", "On track"),
        ("S2", "Take action to improve patient satisfaction with telephone access.",
         "Install a cloud-based telephone system with call-back and queue position",
         "Practice Manager", "Dec 2024", "Not started"),
        ("S3", "Improve the identification of carers.",
         "Add a carers question to new patient registration and run a carers’ week campaign",
         "Care Co-ordinator", "30/11/2024", "Completed"),
    ]
    t = doc.add_table(rows=1 + len(sec3), cols=6)
    t.style = "Table Grid"
    header_row(t, ["Ref", "The practice should", "What we will do", "Lead", "By when", "Status"])
    for i, row in enumerate(sec3, start=1):
        for j, v in enumerate(row):
            set_cell(t.rows[i].cells[j], v)
    doc.add_paragraph("")
    doc.add_paragraph("Signed: Dr R Sandhu, Registered Manager, on behalf of the partners. "
                      "Next review: November 2024.")
    doc.save(os.path.join(HERE, name))

    A = [
        act("1.1", [h1, q1], sec1[0][1], ["Dr R Sandhu (Lead GP)"], "2024-07", "blue"),
        act("1.2", [h1, q1], sec1[1][1], ["Clinical Pharmacist", "Dr R Sandhu"], None, "green",
            end_text="Monthly"),
        act("1.3", [h1, q1], sec1[2][1], ["Nurse Manager"], "2024-06", "blue"),
        act("1.4", [h1, q1], sec1[3][1], ["Practice Manager", "IPC Lead Nurse"], "2024-09",
            "green"),
        act("2.1", [h2, q2], sec2[0][1], ["Practice Manager"], "2024-09", "green"),
        act("2.2", [h2, q2], sec2[1][1], ["Practice Manager", "Deputy Practice Manager"],
            "2024-10", "unrated"),
        act("2.3", [h2, q2], sec2[2][1], ["Partners"], None, "green", end_text="Ongoing"),
        act("S1", [h3, sec3[0][1]], sec3[0][2], ["Nurse Manager"], "2025-03", "green"),
        act("S2", [h3, sec3[1][1]], sec3[1][2], ["Practice Manager"], "2024-12", "unrated"),
        act("S3", [h3, sec3[2][1]], sec3[2][2], ["Care Co-ordinator"], "2024-11", "blue"),
    ]
    meta = {
        "source": (
            "Imitates the CQC inspection action plans English GP practices publish on their "
            "websites after a 'Requires improvement' rating (CQC encourages practices to publish "
            "them; MDU/BMA guidance on responding to requirement notices), 2024. Copied "
            "features: title, inspection summary paragraph, a version table, a status key line, "
            "one Word table per breached regulation under a heading naming the regulation with "
            "the requirement as a bold line above the table, and a final table for the 'should "
            "improve' points with the CQC's wording in its own column beside the practice's "
            "action; dates written as 31/07/2024, End of June 2024, Sept 2024, Monthly, Ongoing; "
            "a sign-off line."),
        "reads": (
            "Alvaston Medical Centre's action plan after its May 2024 CQC inspection: seven "
            "actions in two tables answering the Regulation 12 and Regulation 17 requirement "
            "notices, then three actions answering the 'should improve' points, each with a "
            "lead, a target date and a status word. The version table and key are not part of "
            "the plan."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, meta, A)


# ---------------------------------------------------------------------------
# 5. Didcot Girls' School - post-Ofsted action plan (docx)
# ---------------------------------------------------------------------------
def didcot():
    name = "zwn-didcot-girls-school-post-ofsted-action-plan.docx"
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    title = "Didcot Girls’ School – Post-Ofsted Action Plan 2024–25"
    p = doc.add_heading(title, level=1)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("Inspection: 12–13 June 2024 (graded inspection). Overall effectiveness: "
                      "Requires improvement.")
    doc.add_paragraph("This plan sets out how we will address the areas for improvement in the "
                      "inspection report. Progress is reported to the Local Governing Body at "
                      "each meeting and to the trust’s Education Committee termly.")
    doc.add_paragraph("RAG (shaded): Blue – complete; Green – on track; Amber – progress slower "
                      "than planned; Red – not on track. Unshaded – not yet due to start.")
    heads = ["Ref", "Action", "Who", "When", "Success criteria", "Monitoring", "RAG"]
    afi1 = ("Area for improvement 1: In some subjects, the curriculum does not identify the "
            "important knowledge pupils should learn and when. Leaders should ensure that all "
            "curriculum plans set out precisely what pupils need to know and remember.")
    afi2 = ("Area for improvement 2: Too many pupils, including disadvantaged pupils, are "
            "persistently absent. Leaders should continue to work with families to improve "
            "these pupils’ attendance.")
    afi3 = ("Area for improvement 3: Teachers do not consistently check pupils’ understanding "
            "before moving on. Leaders should make sure that assessment is used well in all "
            "lessons to identify and address gaps in pupils’ knowledge.")
    rows = [
        ("afi", afi1),
        ("1a", "Rewrite Key Stage 3 curriculum plans in history, geography and RE to set out the "
               "essential knowledge for each unit", "Heads of Department", "Autumn term 2024",
         "Plans published on shared drive; knowledge organisers in use", "SLT line management",
         "blue"),
        ("1b", "Deliver training on sequencing knowledge and retrieval practice to all teaching "
               "staff", "Deputy Headteacher (Curriculum)", "By October half term 2024",
         "All staff trained; retrieval starters seen in 90% of drop-ins", "Learning walks",
         "blue"),
        ("1c", "Quality assure the revised curriculum plans through subject deep dives with the "
               "trust’s curriculum leads",
         "Deputy Headteacher (Curriculum) / Trust Director of Education", "Spring term 2025",
         "Deep dive reports show plans are precise and followed", "LGB curriculum link",
         "green"),
        ("afi", afi2),
        ("2a", "Introduce first-day calling and home visits for pupils absent for three days or "
               "more", "Attendance Officer / Head of Year 9", "Sept 2024 – Feb 2025",
         "Persistent absence below 18%", "Weekly attendance meeting", "green"),
        ("2b", "Meet the families of persistently absent disadvantaged pupils to agree support "
               "plans", "Mrs J Pearce and Mr D Osei", "Termly",
         "Attendance of disadvantaged pupils up 3 percentage points", "Pupil premium governor",
         "amber"),
        ("afi", afi3),
        ("3a", "Launch the whole-school ‘Check for understanding’ focus.\nProvide fortnightly "
               "instructional coaching for all teachers.",
         "Assistant Headteacher – Teaching and Learning", "Summer term 2025",
         "Coaching logs; lesson visits show checking in most lessons", "Headteacher", "amber"),
        ("3b", "Review the assessment policy so that teachers use hinge questions and "
               "mini-whiteboards in every lesson", "Assistant Headteacher – Teaching and Learning",
         "July 2025", "Revised policy approved by LGB", "LGB", None),
    ]
    t = doc.add_table(rows=1 + len(rows), cols=7)
    t.style = "Table Grid"
    header_row(t, heads, fill="7030A0")
    for c in t.rows[0].cells:
        for r in c.paragraphs[0].runs:
            r.font.color.rgb = None
    for i, row in enumerate(rows, start=1):
        cells = t.rows[i].cells
        if row[0] == "afi":
            m = cells[0].merge(cells[6])
            set_cell(m, row[1], bold=True)
            shade(m, "E4DFEC")
            continue
        for j, v in enumerate(row[:6]):
            set_cell(cells[j], v)
        if row[6]:
            shade(cells[6], FILL[row[6]])
    doc.add_paragraph("")
    doc.add_paragraph("Approved by the Local Governing Body, 18 September 2024. Updated for the "
                      "LGB meeting of 4 March 2025.")
    doc.save(os.path.join(HERE, name))

    R = {r[0]: r for r in rows if r[0] != "afi"}
    A = [
        act("1a", [afi1], R["1a"][1], ["Heads of Department"], "2024-12", "blue"),
        act("1b", [afi1], R["1b"][1], ["Deputy Headteacher (Curriculum)"], "2024-10", "blue"),
        act("1c", [afi1], R["1c"][1],
            ["Deputy Headteacher (Curriculum)", "Trust Director of Education"], "2025-04",
            "green"),
        act("2a", [afi2], R["2a"][1], ["Attendance Officer", "Head of Year 9"], "2025-02",
            "green"),
        act("2b", [afi2], R["2b"][1], ["Mrs J Pearce", "Mr D Osei"], None, "amber",
            end_text="Termly"),
        act("3a", [afi3], R["3a"][1], ["Assistant Headteacher – Teaching and Learning"],
            "2025-07", "amber"),
        act("3b", [afi3], R["3b"][1], ["Assistant Headteacher – Teaching and Learning"],
            "2025-07", "unrated"),
    ]
    meta = {
        "source": (
            "Imitates English secondary school post-Ofsted action plans published on school "
            "websites (e.g. Shaw CofE Primary School post-Ofsted action plan; The Key's guidance "
            "on post-Ofsted action plans), 2024-25. Copied features: centred title, inspection "
            "summary and purpose paragraphs, a RAG key line for shaded cells, one Word table "
            "with each area for improvement (the report's wording) in a merged shaded row above "
            "its actions, columns Action / Who / When / Success criteria / Monitoring / RAG, "
            "dates as school terms, a half-term, a month range and 'Termly', RAG by cell "
            "shading only, and an approval line."),
        "reads": (
            "Didcot Girls' School's plan after its June 2024 inspection: three areas for "
            "improvement, each a merged row with the inspectors' text, followed by two or three "
            "actions (seven in all) with who, when and a shaded RAG cell. Terms end in their "
            "last month (Spring term 2025 = 2025-04, the Easter holiday month); an unshaded RAG "
            "cell means not yet started."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, meta, A)


# ---------------------------------------------------------------------------
# 6. Nottinghamshire Police - NCPI action plan, typo month -> refuse (csv)
# ---------------------------------------------------------------------------
def csv_field(v):
    v = str(v)
    if any(ch in v for ch in ',"\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def notts():
    name = "zwn-nottinghamshire-police-ncpi-child-protection-action-plan-typo-month-refuse.csv"
    n = 7
    blank = [""] * (n - 1)
    title = "HMICFRS National Child Protection Inspection – Action Plan"
    lines = [
        ["Nottinghamshire Police"] + blank,
        [title] + blank,
        ["Version 3 – updated 18/09/2025. Strategic lead: ACC Local Policing"] + blank,
        [""] * n,
        ["Rec", "Ref", "Action", "Owner", "Target date", "RAG", "Update"],
        ["Recommendation 1: Within six months, the force should improve how officers identify "
         "and record the voice of the child when attending incidents involving children."] + blank,
        ["1", "1.1", "Add a mandatory voice of the child question to the domestic abuse and child "
         "concern forms on mobile devices", "Head of Public Protection", "31/07/2025", "Complete",
         "Live from 14/07/2025"],
        ["1", "1.2", "Deliver voice of the child training to all frontline response officers",
         "Force Training Manager / DCI Safeguarding", "Sep-25", "Green",
         "82% of officers trained"],
        ["1", "1.3", "Dip-sample 50 child concern reports each month and feed back to supervisors",
         "Public Protection Quality Assurance Team", "Monthly", "Green",
         "Started June; compliance 71% in August"],
        ["Recommendation 2: Within three months, the force should make sure that a request for "
         "local authority accommodation is made for every child charged and detained in custody "
         "overnight."] + blank,
        ["2", "2.1", "Update the custody detention guidance and brief all custody sergeants on "
         "PACE transfer requests", "Chief Inspector Custody", "30/06/2025", "Complete",
         "Briefings completed"],
        ["2", "2.2", "Report monthly PACE transfer figures to the Nottinghamshire Safeguarding "
         "Children Partnership", "Chief Inspector Custody & Head of Public Protection",
         "Ocotber 2025", "Amber", "First report drafted; data quality checks under way"],
        ["Recommendation 3: Within six months, the force should improve the quality of its "
         "investigations when children go missing from home or care."] + blank,
        ["3", "3.1", "Introduce a missing child risk assessment review by a supervisor at 24 hours",
         "Missing Persons Coordinator", "30 November 2025", "Amber",
         "Process agreed; system change pending"],
        ["3", "3.2", "Hold return home interview information-sharing meetings with both local "
         "authorities every month", "Superintendent Public Protection", "Dec-25", "Green",
         "Meetings in place with city and county"],
        [""] * n,
        ["RAG: Complete / Green – on track / Amber – at risk / Red – off track"] + blank,
    ]
    text = "".join(",".join(csv_field(v) for v in row) + "\r\n" for row in lines)
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write(text)
    typo_line = next(i for i, row in enumerate(lines, start=1) if "Ocotber" in ",".join(row))
    meta = {
        "source": (
            "Imitates police force action plans responding to HMICFRS National Child Protection "
            "Inspection recommendations, as published by forces and PCCs and reported to joint "
            "audit/scrutiny panels (HMICFRS requires an action plan within six weeks of "
            "publication), 2025, exported from Excel to CSV. Copied features: force name, plan "
            "title and version line at the top, each recommendation in a row of its own above "
            "its numbered actions, owner as post or rank, target dates in several forms "
            "(31/07/2025, Sep-25, 30 November 2025, Monthly), RAG words with a key line at the "
            "foot."),
        "reads": (
            "Nottinghamshire Police's NCPI action plan: three recommendations with seven actions. "
            "Action 2.2's target date reads 'Ocotber 2025', a mistyped month, so a careful reader "
            "stops and asks what date was meant rather than guessing."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_line,
        "title": title,
    }
    write_expected(name, meta, None)
    return typo_line


# ---------------------------------------------------------------------------
# 7. General Pharmaceutical Council - PSA performance review action plan (txt)
# ---------------------------------------------------------------------------
def gphc():
    name = "zwn-general-pharmaceutical-council-psa-performance-review-action-plan.txt"
    title = ("Action plan in response to the Professional Standards Authority performance review "
             "2022/23")
    std = ("Standard 15: Fitness to practise cases are dealt with as quickly as is consistent "
           "with a fair resolution of the case")
    ta = "Theme A – Reducing the number of older cases"
    tb = "Theme B – Investigation capacity and quality"
    tc = "Theme C – Hearings and transparency"
    T = "\t"
    rows = {
        "A1": ("Set up a dedicated older cases team to progress all cases more than two years old",
               "Head of Investigations", "Oct-23", "", "Complete",
               "Team in place from 2 October 2023"),
        "A2": ("Agree a progression plan for every case older than 18 months and review it monthly",
               "Head of Investigations; Head of Case Progression", "Dec-23", "Mar-24", "Green",
               "Plans agreed for 140 of 162 cases"),
        "A3": ("Reduce the number of open cases older than two years to below 50",
               "Director of Fitness to Practise", "Mar-24", "Sep-24", "Amber",
               "68 at end of February 2024"),
        "B1": ("Recruit 8 additional investigating officers on fixed-term contracts",
               "Head of People", "Nov-23", "Jan-24", "Complete", "All 8 started by 15 January"),
        "B2": ("Introduce an investigation planning template and a quality check at three months",
               "Head of Quality and Improvement", "Q4 2023/24", "", "Green",
               "Template piloted in February"),
        "B3": ("Procure an external legal panel to support complex cases", "General Counsel",
               "Jun-24", "", "Red", "Tender returned no compliant bids; re-tender in April"),
        "C1": ("List every case referred to the Fitness to Practise Committee for hearing within "
               "six months of referral", "Hearings Manager", "Ongoing", "", "Green",
               "Median 5.1 months in Q3"),
        "C2": ("Publish quarterly fitness to practise performance data on our website",
               "Director of Fitness to Practise / Head of Communications", "30/04/2024", "",
               "Not started", "First publication planned for Q1 2024/25 data"),
    }
    lines = [
        "General Pharmaceutical Council",
        title,
        "Progress report to Council – March 2024",
        "",
        std,
        "",
        T.join(["Ref", "Action", "Owner", "Original date", "Revised date", "RAG",
                "Progress commentary"]),
    ]
    for theme, refs in [(ta, ["A1", "A2", "A3"]), (tb, ["B1", "B2", "B3"]), (tc, ["C1", "C2"])]:
        lines.append(theme)
        for ref in refs:
            lines.append(T.join([ref] + list(rows[ref])))
    lines += [
        "",
        "RAG key: Complete = action delivered; Green = on track; Amber = at risk of missing the "
        "date; Red = will miss the date, escalated to Council",
        "Notes: revised dates were agreed by the Senior Leadership Team in January 2024.",
    ]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")

    A = [
        act("A1", [std, ta], rows["A1"][0], ["Head of Investigations"], "2023-10", "blue"),
        act("A2", [std, ta], rows["A2"][0], ["Head of Investigations", "Head of Case Progression"],
            "2024-03", "green"),
        act("A3", [std, ta], rows["A3"][0], ["Director of Fitness to Practise"], "2024-09",
            "amber"),
        act("B1", [std, tb], rows["B1"][0], ["Head of People"], "2024-01", "blue"),
        act("B2", [std, tb], rows["B2"][0], ["Head of Quality and Improvement"], "2024-03",
            "green"),
        act("B3", [std, tb], rows["B3"][0], ["General Counsel"], "2024-06", "red"),
        act("C1", [std, tc], rows["C1"][0], ["Hearings Manager"], None, "green",
            end_text="Ongoing"),
        act("C2", [std, tc], rows["C2"][0],
            ["Director of Fitness to Practise", "Head of Communications"], "2024-04", "unrated"),
    ]
    meta = {
        "source": (
            "Imitates the action plan the General Pharmaceutical Council publishes and reports "
            "to Council in response to the Professional Standards Authority's annual performance "
            "review (PSA review of GPhC 2022/23 found Standard 15, timeliness of fitness to "
            "practise, not met; GPhC published a similar plan after the 2018/19 review), as a "
            "tab-separated plain-text export, March 2024. Copied features: organisation, title "
            "and report lines, the unmet Standard as the heading over the whole plan, theme "
            "lines above their actions, original and revised dates, RAG words with a key line "
            "and a notes line at the end."),
        "reads": (
            "The GPhC's plan to meet the PSA's Standard 15: eight actions in three themes, each "
            "with an owner (job titles, sometimes two), original and revised dates, a RAG word "
            "and commentary. The revised date where given is the end; Complete means done."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, meta, A)


if __name__ == "__main__":
    great_places()
    staffordshire()
    lewisham()
    alvaston()
    didcot()
    line = notts()
    gphc()
    print("built; csv typo on line", line)
