#!/usr/bin/env python3
"""Build the seven pe- cases of heldout449 (data files and their expected readings).

Run with /work/main/.venv/bin/python (openpyxl, python-docx, pyyaml).
Only files whose names start with pe- are written.
"""
import csv
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

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
FILLS = {"red": RED, "amber": AMBER, "green": GREEN, "blue": BLUE}


def out(name):
    assert name.startswith("pe-"), name
    return os.path.join(HERE, name)


def write_expected(name, doc):
    path = out(name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as fh:
        yaml.safe_dump(doc, fh, sort_keys=False, allow_unicode=True, width=10000)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def fill(hexcol):
    return PatternFill(start_color=hexcol, end_color=hexcol, fill_type="solid")


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


# ---------------------------------------------------------------------------
# 1. Cumberland Council - internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def cumberland():
    name = "pe-cumberland-council-internal-audit-recommendations-tracker.xlsx"
    title = "Cumberland Council – Internal Audit Recommendations Tracker"
    D = dt.datetime
    audits = [
        ("Payroll 2024/25", "Reasonable", [
            (1, "Medium",
             "Starter and leaver forms should be authorised by the budget holder before changes are processed in the payroll system.",
             "Payroll to reject any starter or leaver form not approved through the HR self-service workflow; a monthly exception report to be reviewed by the Payroll Manager.",
             "Payroll Manager", D(2025, 3, 31), D(2025, 12, 31), "green",
             "Workflow change tested in September 2025; go-live planned for the December payroll run.",
             ["Payroll Manager"], "2025-12"),
            (3, "High",
             "Overpayments identified through the monthly reconciliation should be recovered promptly and recorded on a central log.",
             "Set up a central overpayments log and agree a recovery procedure with Legal Services and Debt Recovery.\nReport the position on overpayments quarterly to the Finance Leadership Team.",
             "Payroll Manager / Head of Revenues and Benefits", D(2025, 6, 30), None, "blue",
             "Log in place from July 2025. First quarterly report taken to FLT on 14 October 2025.",
             ["Payroll Manager", "Head of Revenues and Benefits"], "2025-06"),
        ]),
        ("Cyber Security – Patch Management 2024/25", "Limited", [
            (1, "High",
             "A patching policy should set out timescales for applying critical and high-severity updates to servers and end-user devices.",
             "Draft and approve a Patch Management Policy with a 14-day timescale for critical updates and 30 days for high-severity updates.",
             "Head of ICT", D(2025, 5, 31), D(2025, 10, 31), "blue",
             "Patch Management Policy approved by ICT Board on 15 October 2025.",
             ["Head of ICT"], "2025-10"),
            (2, "High",
             "Servers running unsupported operating systems should be identified and either upgraded or isolated from the network.",
             "Complete discovery of unsupported servers inherited from the former councils and agree a decommissioning or isolation plan for each.",
             "Head of ICT; Infrastructure Manager", D(2025, 9, 30), D(2026, 3, 31), "amber",
             "212 of 240 inherited servers assessed. Decommissioning of the former Allerdale estate has slipped because of the data centre move.",
             ["Head of ICT", "Infrastructure Manager"], "2026-03"),
            (4, "Medium",
             "Patching compliance should be reported regularly to the Information Governance Board.",
             "Add a monthly patch compliance dashboard to the Information Governance Board agenda.",
             "Senior Information Risk Owner (SIRO)", D(2025, 7, 31), None, "red",
             "Dashboard drafted but not yet presented; the August IGB meeting was stood down.",
             ["Senior Information Risk Owner (SIRO)"], "2025-07"),
        ]),
        ("Fleet Management 2024/25", "Partial", [
            (2, "Medium",
             "Vehicle defect reports should be retained and linked to the completed repair job.",
             "Introduce electronic daily walk-round checks through the fleet management system for all refuse and highways vehicles.",
             "Fleet Manager", D(2025, 1, 31), D(2026, 1, 31), "amber",
             "Handheld devices issued at Carlisle and Workington depots; Whitehaven depot to follow in January.",
             ["Fleet Manager"], "2026-01"),
            (5, "Medium",
             "Fuel card transactions should be reconciled to vehicle mileage each month.",
             "Fleet administration to complete a monthly fuel card reconciliation and report exceptions to the Fleet Manager.",
             "Fleet Manager & Finance Business Partner", D(2025, 3, 31), None, "blue",
             "Reconciliations completed monthly since April 2025 and verified by Internal Audit in September.",
             ["Fleet Manager", "Finance Business Partner"], "2025-03"),
        ]),
        ("Schools Financial Value Standard (SFVS) 2024/25", "Reasonable", [
            (1, "Medium",
             "Schools should be reminded that SFVS returns require governing body sign-off before submission.",
             "Issue a reminder through the Schools Bulletin and add a governor sign-off checkpoint to the 2025/26 SFVS submission form.",
             "Schools Finance Manager", D(2025, 3, 31), None, "blue",
             "Reminder issued in the February 2025 bulletin; checkpoint added to the form.",
             ["Schools Finance Manager"], "2025-03"),
        ]),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "Outstanding actions"
    ncol = 11
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A2"] = "Outstanding agreed actions from finalised audits – position at 31 October 2025"
    ws["A2"].font = Font(bold=True)
    ws.merge_cells(start_row=3, start_column=1, end_row=3, end_column=ncol)
    ws["A3"] = ("Reported to Audit Committee, 24 November 2025. High and Medium priority actions only; "
                "Low priority actions are monitored by Internal Audit and reported by exception.")
    ws["A3"].font = Font(italic=True)
    headers = ["Audit review", "Assurance opinion", "Rec no.", "Priority", "Recommendation",
               "Agreed management action", "Responsible officer", "Original target date",
               "Revised target date", "RAG", "Management update (October 2025)"]
    for c, h in enumerate(headers, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F4E78")
        cell.alignment = WRAP
        cell.border = BOX
    widths = [26, 12, 7, 9, 45, 50, 26, 13, 13, 7, 45]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w

    expected = []
    r = 6
    for audit, opinion, recs in audits:
        first = r
        for (no, prio, rec, action, lead, orig, rev, rag, upd, lead_list, end) in recs:
            vals = [None, None, no, prio, rec, action, lead, orig, rev, None, upd]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "DD/MM/YYYY"
            ws.cell(row=r, column=10).fill = fill(FILLS[rag])
            expected.append(act(str(no), [audit, rec], action, lead_list, end, rag))
            r += 1
        ws.cell(row=first, column=1, value=audit).alignment = WRAP
        ws.cell(row=first, column=1).font = Font(bold=True)
        ws.cell(row=first, column=2, value=opinion).alignment = WRAP
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1,
            value="Note: the RAG key and a summary of open actions by priority are on the 'Summary' sheet.").font = Font(italic=True)

    s = wb.create_sheet("Summary")
    s["A1"] = "Summary of High and Medium priority actions – 31 October 2025"
    s["A1"].font = Font(bold=True, size=12)
    rows = [["Priority", "Total", "Complete", "On track", "Revised date agreed", "Overdue"],
            ["High", 3, 2, 0, 1, 0],
            ["Medium", 5, 2, 1, 1, 1],
            ["Total", 8, 4, 1, 2, 1]]
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            cell = s.cell(row=3 + i, column=1 + j, value=v)
            cell.border = BOX
            if i == 0 or i == 3:
                cell.font = Font(bold=True)
    s["A9"] = "RAG key"
    s["A9"].font = Font(bold=True)
    key = [(BLUE, "Action complete and verified by Internal Audit"),
           (GREEN, "On track to meet the agreed target date"),
           (AMBER, "Revised target date agreed with Internal Audit"),
           (RED, "Overdue – target date passed and no revised date agreed")]
    for i, (col, txt) in enumerate(key):
        s.cell(row=10 + i, column=1).fill = fill(col)
        s.cell(row=10 + i, column=2, value=txt)
    s.column_dimensions["A"].width = 14
    s.column_dimensions["B"].width = 50
    wb.save(out(name))

    write_expected(name, {
        "source": ("Imitates the internal audit follow-up appendix a unitary council (Cumberland Council, created 2023 "
                   "from Allerdale, Carlisle, Copeland and part of Cumbria County Council) takes to its Audit Committee, "
                   "2025. No single published file copied; features taken from Cumbria/Cumberland Audit Committee progress "
                   "reports (councilportal.cumbria.gov.uk, cumberland.moderngov.co.uk): audit review and assurance opinion "
                   "merged down the rows of each audit, recommendation beside the agreed management action, original and "
                   "revised target dates, fill-colour RAG cell with no text and the key on a second Summary sheet with a "
                   "totals block, job titles as responsible officers, one action with two paragraphs."),
        "reads": ("A tracker of eight outstanding High/Medium audit actions from four audits. Each row is one agreed "
                  "management action answering the recommendation beside it, under the audit named in the merged cell on "
                  "the left; the due month is the revised target date where one is given, otherwise the original; the RAG "
                  "is the fill colour of the RAG cell read with the key on the Summary sheet (blue = complete)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 2. City of London Corporation - corporate risk register (xlsx)
# ---------------------------------------------------------------------------
def city_of_london():
    name = "pe-city-of-london-corporation-corporate-risk-register.xlsx"
    title = "City of London Corporation – Corporate Risk Register"
    D = dt.datetime
    risks = [
        ("CR36 Protective Security", D(2019, 4, 10), "Chief Operating Officer",
         "Cause: A terrorist or hostile actor targets the Square Mile or a City Corporation site. "
         "Event: Protective security measures at City Corporation sites are inadequate. "
         "Effect: Loss of life or injury; disruption to City business; reputational damage.",
         16, RED, "Hostile vehicle mitigation works continue; Martyn's Law readiness assessments under way. 18 Nov 2025",
         8, AMBER, "31-Mar-2026\nReduce", "Constant",
         [("CR36 001", "Deliver the hostile vehicle mitigation programme at the Guildhall complex and the Barbican Centre.",
           "Guildhall Yard works complete. Barbican phase tendered; contractor appointment expected January 2026.",
           "Martin Cole", D(2025, 11, 18), D(2026, 6, 30), ["Martin Cole"], "2026-06"),
          ("CR36 002", "Complete readiness assessments for all enhanced-tier venues ahead of commencement of the Terrorism (Protection of Premises) Act 2025.",
           "Assessments complete at 6 of 11 venues; remaining venues scheduled before the end of Q4.",
           "Martin Cole; Priya Nair", D(2025, 11, 18), D(2026, 3, 31), ["Martin Cole", "Priya Nair"], "2026-03")]),
        ("CR39 Recruitment and Retention", D(2022, 6, 1), "Chief People Officer",
         "Cause: Pay and reward not competitive with the London market; long time-to-hire. "
         "Event: The City Corporation cannot recruit or retain staff with the skills it needs. "
         "Effect: Services and major programmes are delayed; increased reliance on agency staff.",
         12, AMBER, "Vacancy rate has fallen to 11.2%; pay and reward proposals out to consultation. 21 Nov 2025",
         8, AMBER, "30-Sep-2026\nReduce", "Decreasing",
         [("CR39 001", "Implement the outcomes of the pay and reward review for grades A to I, including the market supplement framework.",
           "Consultation with recognised trade unions closed on 31 October; report to Corporate Services Committee in January.",
           "Emma Lockwood", D(2025, 11, 21), D(2026, 3, 31), ["Emma Lockwood"], "2026-03"),
          ("CR39 003", "Launch the new applicant tracking system and report time-to-hire monthly to Chief Officers.",
           "Supplier configuration complete; user acceptance testing in December.",
           "Daniel Whitfield", D(2025, 11, 14), D(2026, 2, 28), ["Daniel Whitfield"], "2026-02")]),
        ("CR41 Tree Management", D(2024, 3, 5), "Executive Director, Environment",
         "Cause: Incomplete inspection records and ageing tree stock across highways, open spaces and housing estates. "
         "Event: A tree or limb fails in a public place. "
         "Effect: Injury or death; claims against the City Corporation; reputational damage.",
         12, AMBER, "Risk-based surveys progressing to plan; system procurement approved. 25 Nov 2025",
         6, GREEN, "31-Dec-2026\nReduce", "Decreasing",
         [("CR41 001", "Complete the risk-based survey of trees on highways, open spaces and housing estates, prioritising high-footfall sites.",
           "Epping Forest and Hampstead Heath surveys complete; City Gardens and housing estates to follow.",
           "Jacqueline Ferris", D(2025, 11, 25), D(2026, 1, 31), ["Jacqueline Ferris"], "2026-01"),
          ("CR41 002", "Procure a single tree asset management system covering all City Corporation sites.",
           "Procurement strategy approved by the Projects and Procurement Sub-Committee on 10 November.",
           "Jacqueline Ferris and Ahmed Karim", D(2025, 11, 25), D(2026, 9, 30), ["Jacqueline Ferris", "Ahmed Karim"], "2026-09")]),
        ("CR30 Climate Action", D(2019, 10, 8), "Executive Director, Environment",
         "Cause: Rising temperatures, flooding and water stress driven by climate change. "
         "Event: The City Corporation does not adapt its assets and services or meet its net zero targets. "
         "Effect: Damage to assets, harm to health, loss of confidence in the Square Mile.",
         12, AMBER, "Climate Action Strategy delivery on track; refresh of the strategy has started. 20 Nov 2025",
         8, AMBER, "31-Mar-2027\nReduce", "Constant",
         [("CR30 004", "Refresh the Climate Action Strategy for 2027–2032 and report to Policy and Resources Committee.",
           "Evidence base commissioned; member workshop held on 6 November.",
           "Helen Osei", D(2025, 11, 20), D(2026, 7, 31), ["Helen Osei"], "2026-07"),
          ("CR30 005", "Deliver the Cool Streets and Greening programme in the Eastern City Cluster.",
           "Phase 2 planting complete at St Helen's Place; phase 3 designs at consultation.",
           "Helen Osei", D(2025, 11, 20), D(2026, 12, 31), ["Helen Osei"], "2026-12")]),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "Detailed report"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Corporate risks – detailed report EXCLUDING COMPLETED ACTIONS"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Report Author: Corporate Strategy and Performance Team    Generated on: 02 December 2025"
    ws["A4"] = "Rows are sorted by Risk Score"
    ws["A4"].font = Font(italic=True)
    risk_hdr = ["Risk no, title", "Creation date", "Owner", "Risk Description (Cause, Event, Impact)",
                "Current Risk Rating & Score", "Risk Update and date of update", "Target Risk Rating & Score",
                "Target Date/Risk Approach", "Current Risk score change indicator"]
    act_hdr = ["Action no", "Action description", "Latest Note", "Action owner", "Latest Note Date", "Due Date"]
    for i, w in enumerate([22, 40, 40, 45, 14, 40, 14, 16, 16]):
        ws.column_dimensions[chr(65 + i)].width = w

    expected = []
    r = 6
    for (rt, created, owner, desc, cur, curcol, upd, tgt, tgtcol, tdate, trend, actions) in risks:
        for c, h in enumerate(risk_hdr, 1):
            cell = ws.cell(row=r, column=c, value=h)
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = fill("4F2D7F")
            cell.alignment = WRAP
        r += 1
        vals = [rt, created, owner, desc, cur, upd, tgt, tdate, trend]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "DD-MMM-YYYY"
        ws.cell(row=r, column=1).font = Font(bold=True)
        ws.cell(row=r, column=5).fill = fill(curcol)
        ws.cell(row=r, column=7).fill = fill(tgtcol)
        r += 1
        for c, h in enumerate(act_hdr, 1):
            cell = ws.cell(row=r, column=c, value=h)
            cell.font = Font(bold=True)
            cell.fill = fill("D9D2E9")
        r += 1
        for (ano, adesc, note, aowner, ndate, due, lead_list, end) in actions:
            vals = [ano, adesc, note, aowner, ndate, due]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "DD-MMM-YYYY"
            expected.append(act(ano, [rt], adesc, lead_list, end, "unrated"))
            r += 1
        r += 1

    s = wb.create_sheet("Risk summary")
    s["A1"] = "Corporate risks – summary (December 2025)"
    s["A1"].font = Font(bold=True)
    srows = [["Risk", "Owner", "Current score", "Target score", "Appetite"],
             ["CR36 Protective Security", "Chief Operating Officer", 16, 8, "Above appetite"],
             ["CR39 Recruitment and Retention", "Chief People Officer", 12, 8, "Above appetite"],
             ["CR41 Tree Management", "Executive Director, Environment", 12, 6, "Above appetite"],
             ["CR30 Climate Action", "Executive Director, Environment", 12, 8, "Above appetite"],
             ["Total corporate risks reported", 4, None, None, None]]
    for i, row in enumerate(srows):
        for j, v in enumerate(row):
            s.cell(row=3 + i, column=1 + j, value=v).border = BOX
    s.column_dimensions["A"].width = 32
    s.column_dimensions["B"].width = 32

    m = wb.create_sheet("Scoring matrix")
    m["A1"] = "Risk scoring: Likelihood (1 Rare – 4 Likely) x Impact (1 Minor – 8 Extreme)"
    m["A1"].font = Font(bold=True)
    for i, lk in enumerate([4, 3, 2, 1]):
        m.cell(row=3 + i, column=1, value=lk)
        for j, im in enumerate([1, 2, 4, 8]):
            sc = lk * im
            cell = m.cell(row=3 + i, column=2 + j, value=sc)
            cell.fill = fill(RED if sc >= 16 else AMBER if sc >= 6 else GREEN)
    m["A8"] = "Red 16–32; Amber 6–12; Green 1–4"
    wb.save(out(name))

    write_expected(name, {
        "source": ("Imitates the City of London Corporation's 'Corporate risks – detailed report EXCLUDING COMPLETED "
                   "ACTIONS' appendix to its Audit and Risk Management Committee risk update (Pentana export; e.g. "
                   "democracy.cityoflondon.gov.uk reports 2017–2020, risks CR36 Protective Security, CR39 Recruitment "
                   "and Retention, CR41 tree maintenance named in 2024 minutes), here December 2025. Copied: the risk "
                   "header row repeated for every risk, a risk row (code and title, creation date, owner, cause/event/"
                   "effect, fill-coloured current and target scores, update with date, trend), then an action sub-table "
                   "(Action no, description, latest note, owner, note date, due date); extra Risk summary and Scoring "
                   "matrix sheets."),
        "reads": ("Four corporate risks, each followed by its open mitigating actions; the eight actions are the rows "
                  "under each 'Action no' header, read under their risk. Each action's end is its Due Date; the actions "
                  "carry no RAG of their own (the coloured scores belong to the risks), so they are unrated."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 3. Wiltshire local area SEND partnership - priority action plan (xlsx, refuse)
# ---------------------------------------------------------------------------
def wiltshire():
    name = "pe-wiltshire-local-area-send-partnership-priority-action-plan-typo-month-refuse.xlsx"
    title = "Wiltshire Local Area SEND Partnership – Priority Action Plan"
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = "Wiltshire Local Area SEND Partnership"
    cv["A1"].font = Font(bold=True, size=16)
    cv["A2"] = "Priority Action Plan in response to the Ofsted and CQC area SEND inspection (June 2025)"
    cv["A2"].font = Font(bold=True)
    cv["A3"] = "Wiltshire Council and NHS Bath and North East Somerset, Swindon and Wiltshire Integrated Care Board"
    cv["A5"] = "Version control"
    cv["A5"].font = Font(bold=True)
    vrows = [["Version", "Date", "Author", "Changes"],
             ["0.3", "22/08/2025", "SEND Improvement Lead", "Draft for Partnership Board"],
             ["1.0", "10/09/2025", "SEND Improvement Lead", "Approved by SEND and AP Partnership Board; submitted to Ofsted"],
             ["1.2", "04/12/2025", "SEND Improvement Lead", "December progress update"]]
    for i, row in enumerate(vrows):
        for j, v in enumerate(row):
            c = cv.cell(row=6 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
    cv["A11"] = "Signed off by: Corporate Director, People (Wiltshire Council); Chief Nursing Officer (BSW ICB)"
    for col, w in zip("ABCD", [12, 14, 24, 60]):
        cv.column_dimensions[col].width = w

    ws = wb.create_sheet("Priority Action Plan")
    ncol = 10
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A2"] = "Progress update for the SEND and AP Partnership Board – December 2025"
    ws.merge_cells(start_row=3, start_column=1, end_row=3, end_column=ncol)
    ws["A3"] = "RAG: Blue = complete; Green = on track; Amber = some delay, recoverable; Red = off track"
    ws["A3"].font = Font(italic=True)
    hdr = ["Ref", "Action", "Success measure / impact", "Lead(s)", "Partners", "Start", "Due by",
           "Previous RAG", "Current RAG", "Progress update"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("00594F")
        cell.alignment = WRAP
    for i, w in enumerate([6, 48, 36, 28, 24, 11, 14, 10, 10, 42]):
        ws.column_dimensions[chr(65 + i)].width = w

    plan = [
        ("Area for priority action 1: Leaders across education, health and care should urgently improve the timeliness of EHC needs assessments and the quality of EHC plans, so that children's needs are accurately identified and met.", [
            ("1.1", "Recruit additional educational psychologists and SEND caseworkers to clear the backlog of assessments that have passed 20 weeks.",
             "Backlog cleared; 60% of EHC plans issued within 20 weeks by March 2026",
             "Head of SEND and Inclusion", "Educational Psychology Service", "Sept 2025", "March 2026", "Red", "Amber",
             "Four EPs and six caseworkers appointed; backlog down from 410 to 265."),
            ("1.2", "Introduce a monthly multi-agency quality assurance audit of a sample of new EHC plans, with findings reported to the Partnership Board.",
             "80% of audited plans rated good or better",
             "Principal Educational Psychologist / Designated Clinical Officer", "Health providers, social care", "Oct 2025", "Dec 2025", "Amber", "Green",
             "First two audits complete; audit tool agreed with Wiltshire Parent Carer Council."),
            ("1.3", "Agree a six-week turnaround standard for health advice with all health providers and monitor compliance through ICB contract meetings.",
             "90% of health advice returned within six weeks",
             "Designated Clinical Officer (BSW ICB)", "HCRG Care Group, Salisbury NHS FT, Oxford Health", "Sept 2025", "Febuary 2026", "Amber", "Amber",
             "Standard agreed with two of three main providers; compliance currently 71%."),
        ]),
        ("Area for priority action 2: Leaders should improve communication and co-production with parents and carers, so that families know what support is available and feel listened to.", [
            ("2.1", "Co-produce a SEND communications charter with Wiltshire Parent Carer Council, including response times for enquiries to the SEND service.",
             "Charter published; parent survey satisfaction up 15 percentage points",
             "Head of SEND and Inclusion & Chair, Wiltshire Parent Carer Council", "Schools, health", "Sept 2025", "Jan 2026", "Green", "Green",
             "Two co-production workshops held; draft charter out for comment."),
            ("2.2", "Relaunch the Local Offer website with a single SEND 'front door' for enquiries.",
             "Local Offer visits and enquiry resolution tracked monthly",
             "SEND Improvement Lead", "Wiltshire Parent Carer Council", "Nov 2025", "July 2026", "Green", "Green",
             "Supplier appointed; content review under way."),
        ]),
        ("Area for improvement 1: Leaders should improve the support for children and young people waiting for a neurodevelopmental assessment.", [
            ("3.1", "Commission a pre-diagnostic support offer for families waiting for autism and ADHD assessment.",
             "Families on the waiting list offered support within 12 weeks of referral",
             "Associate Director of Commissioning (BSW ICB)", "Wiltshire Council Children's Commissioning", "Sept 2025", "Sept 2025 – March 2026", "Amber", "Green",
             "Provider in place from November; 140 families contacted."),
            ("3.2", "Review the neurodevelopmental waiting list quarterly at the Partnership Board.",
             "Board receives waiting list data by age, locality and wait",
             "Designated Clinical Officer (BSW ICB)", "CAMHS, community paediatrics", "Sept 2025", "Ongoing", "Green", "Green",
             "September and December data presented."),
        ]),
    ]
    r = 6
    typo_row = None
    for heading, rows in plan:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        c = ws.cell(row=r, column=1, value=heading)
        c.font = Font(bold=True)
        c.fill = fill("D9EAD3")
        c.alignment = WRAP
        ws.row_dimensions[r].height = 32
        r += 1
        for row in rows:
            for ci, v in enumerate(row, 1):
                cell = ws.cell(row=r, column=ci, value=v)
                cell.alignment = WRAP
                cell.border = BOX
            for ci in (8, 9):
                ws.cell(row=r, column=ci).fill = fill(FILLS[ws.cell(row=r, column=ci).value.lower()])
            if row[6] == "Febuary 2026":
                typo_row = r
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Monitoring: progress is reported to each SEND and AP Partnership Board and to the DfE and NHS England stocktake.").font = Font(italic=True)
    wb.save(out(name))
    assert typo_row == 9, typo_row

    write_expected(name, {
        "source": ("Imitates a local area SEND partnership priority action plan of the kind published after an Ofsted/CQC "
                   "area SEND inspection with outcome 3 (areas for priority action plus an area for improvement), here "
                   "Wiltshire Council and BSW ICB, December 2025 update (no specific file found). Copied: cover sheet with "
                   "version control and sign-off, plan sheet with title, update line and RAG key, merged green band rows "
                   "naming each area for priority action / improvement, numbered actions with success measure, leads and "
                   "partners, start and due columns, previous and current RAG as filled words, progress update."),
        "reads": ("Seven numbered actions under two areas for priority action and one area for improvement. The Due by "
                  "cell of action 1.3 (sheet row 9) reads 'Febuary 2026' – a mistyped month in an end cell – so a careful "
                  "reader stops and asks before taking the plan in."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
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


def bold_row(row, hexcol=None):
    for cell in row.cells:
        for p in cell.paragraphs:
            for run in p.runs:
                run.bold = True
        if hexcol:
            shade(cell, hexcol)


def set_cell(cell, text, bold=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold


# ---------------------------------------------------------------------------
# 4. North Somerset Council - Ofsted focused visit action plan (docx)
# ---------------------------------------------------------------------------
def north_somerset():
    name = "pe-north-somerset-council-ofsted-focused-visit-action-plan.docx"
    title = "North Somerset Council Children's Services – Ofsted Focused Visit Action Plan"
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(title, level=0)
    doc.add_paragraph("Focused visit to North Somerset children's services, 8 and 9 October 2024: "
                      "children in need and children subject to a child protection plan.")
    doc.add_paragraph("Plan submitted to Ofsted: 13 December 2024. This version: progress update for the "
                      "Children's Improvement Board, June 2025.")

    doc.add_paragraph().add_run("Document control").bold = True
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Approved by"]):
        set_cell(c, h, bold=True)
    for row in [["1.0", "13/12/2024", "Head of Service – Safeguarding and Quality Assurance", "Director of Children's Services"],
                ["1.3", "16/06/2025", "Head of Service – Safeguarding and Quality Assurance", "Children's Improvement Board"]]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)

    doc.add_paragraph().add_run("RAG key").bold = True
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for col, word, meaning in [(BLUE, "Complete", "Action delivered and impact evidenced through audit"),
                               (GREEN, "Green", "On track"),
                               (AMBER, "Amber", "At risk of slipping; mitigation in place"),
                               (RED, "Red", "Off track; escalated to the Children's Improvement Board")]:
        cells = k.add_row().cells
        set_cell(cells[0], word, bold=True)
        shade(cells[0], col)
        set_cell(cells[1], meaning)

    areas = [
        ("Area for improvement 1",
         "The quality and consistency of assessments, including the use of chronologies and family history to understand risk and need.",
         [("1.1", "Relaunch the assessment practice standard with all social workers and team managers, including a mandatory chronology template.",
           "Principal Social Worker", "December 2024", "Complete",
           "Practice standard relaunched at six workshops; chronology template live in the case record since 2 December.",
           ["Principal Social Worker"], "2024-12", None, "blue"),
          ("1.2", "Deliver a programme of monthly thematic audits on assessment quality, with learning shared through practice week sessions.",
           "Head of Service – Safeguarding and Quality Assurance", "Q2 2025/26", "Green",
           "Five thematic audits completed; proportion of assessments graded good has risen from 38% to 55%.",
           ["Head of Service – Safeguarding and Quality Assurance"], "2025-09", None, "green"),
          ("1.3", "Embed the family network mapping tool in the case recording system so that it is completed at every assessment.",
           "Head of Service, Children in Need / Business Systems Manager", "End of March 2025", "Amber",
           "Configuration delayed by the case management system upgrade; tool in use on paper in the meantime.",
           ["Head of Service, Children in Need", "Business Systems Manager"], "2025-03", None, "amber")]),
        ("Area for improvement 2",
         "Management oversight and supervision, so that plans for children progress without delay and actions from supervision are followed up.",
         [("2.1", "Introduce a revised supervision policy and recording template with SMART actions and a 'review by' date.",
           "Assistant Director, Children's Social Care", "January 2025", "Complete",
           "Policy approved 20 January 2025; template in use across all teams.",
           ["Assistant Director, Children's Social Care"], "2025-01", None, "blue"),
          ("2.2", "Team managers to dip-sample five supervision records each month; results reported to the Children's Improvement Board.",
           "Team Managers", "Ongoing – monthly", "Green",
           "Dip-samples returned for every month since February; 82% of records now have SMART actions.",
           ["Team Managers"], None, "Ongoing – monthly", "green")]),
        ("Area for improvement 3",
         "The timeliness of initial child protection conferences and the quality of child protection plans.",
         [("3.1", "Increase Child Protection Chair capacity by one full-time post and track conference timeliness weekly.",
           "Head of Service – Safeguarding and Quality Assurance", "31/03/2025", "Red",
           "Recruitment unsuccessful twice; agency chair in place from May 2025. Timeliness 74% against a target of 90%.",
           ["Head of Service – Safeguarding and Quality Assurance"], "2025-03", None, "red"),
          ("3.2", "Co-produce a family-friendly child protection plan template with parents and the Participation Team.",
           "Principal Social Worker & Participation Manager", "July 2025", "Amber",
           "Two parent focus groups held; draft template being tested in two teams.",
           ["Principal Social Worker", "Participation Manager"], "2025-07", None, "amber")]),
    ]
    rag_fill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    expected = []
    for head, text, rows in areas:
        doc.add_heading(head, level=2)
        doc.add_paragraph(text)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["No.", "Action", "Lead", "By when", "RAG", "Progress (June 2025)"]):
            set_cell(c, h, bold=True)
            shade(c, "D9E2F3")
        for (no, action, lead, when, rag, prog, lead_list, end, end_text, status) in rows:
            cells = t.add_row().cells
            for c, v in zip(cells, [no, action, lead, when, rag, prog]):
                set_cell(c, v)
            shade(cells[4], rag_fill[rag])
            expected.append(act(no, [text], action, lead_list, end, status, end_text))
    doc.add_paragraph("Next review: Children's Improvement Board, September 2025.")
    doc.save(out(name))

    write_expected(name, {
        "source": ("Imitates the action plan an English unitary council sends Ofsted after a focused visit under ILACS "
                   "(North Somerset Council children's services, visit October 2024, June 2025 update; North Somerset "
                   "had ILACS judgements in 2020 and 2023 – no specific focused-visit plan found). Copied: title block, "
                   "visit line and submission/update line, document control table, RAG key table with shaded cells, one "
                   "heading 'Area for improvement n' per area followed by the area text and its own action table (No., "
                   "Action, Lead, By when, RAG word in shaded cell, Progress)."),
        "reads": ("Seven numbered actions in three tables, each table under the area for improvement whose text stands "
                  "above it (the 'Area for improvement n' heading only names the kind of part). Document control and RAG "
                  "key tables are not the plan. Ends are read from 'By when' (Q2 2025/26 = September 2025; 'Ongoing – "
                  "monthly' has no month), status from the RAG word (Complete = blue)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 5. North Tyneside Council - Our North Tyneside Plan delivery plan (docx)
# ---------------------------------------------------------------------------
def north_tyneside():
    name = "pe-north-tyneside-council-plan-delivery-plan-2025-26.docx"
    title = "Our North Tyneside Plan 2025–2029: Delivery Plan 2025/26"
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph()
    p.add_run("North Tyneside Council").bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_heading(title, level=0)
    doc.add_paragraph("Quarter 2 progress report (July to September 2025) – Cabinet, 24 November 2025")
    doc.add_paragraph("Status key: Complete – delivered; Green – on track; Amber – some risk to delivery, being "
                      "managed; Red – significant risk to delivery or off track.")
    ambitions = [
        ("Ambition 1: Better lives for all",
         "Priority 1.1 – Reduce health inequalities and support residents through the cost of living",
         [("BL1", "Launch the Healthy Weight Declaration action plan with partners across the borough.",
           "Director of Public Health", "March 2026", "Green",
           "Declaration signed by the Council and Northumbria Healthcare; action plan at consultation until December.",
           ["Director of Public Health"], "2026-03", None),
          ("BL2", "Extend the Warm Spaces network and the Household Support Fund offer for winter 2025/26.",
           "Head of Customer and Digital Services", "Q3 2025/26", "Green",
           "38 Warm Spaces confirmed, including all libraries and customer service centres.",
           ["Head of Customer and Digital Services"], "2025-12", None)]),
        ("Ambition 2: The best start in life",
         "Priority 2.1 – Every child ready for school and able to achieve",
         [("BS1", "Open two further Family Hubs at Wallsend and North Shields as part of the Start for Life programme.",
           "Director of Children's Services", "September 2025", "Complete",
           "Both hubs opened in September 2025.",
           ["Director of Children's Services"], "2025-09", None),
          ("BS2", "Deliver 120 additional specialist SEND places through the resource base programme.",
           "Director of Children's Services; Head of Capital Programmes", "September 2026", "Amber",
           "64 places delivered; two schemes delayed by planning conditions.",
           ["Director of Children's Services", "Head of Capital Programmes"], "2026-09", None)]),
        ("Ambition 3: Places to be proud of",
         "Priority 3.1 – Clean, green and safe neighbourhoods",
         [("PP1", "Roll out weekly food waste collections to all households.",
           "Director of Environment", "31/03/2026", "Green",
           "Vehicles and caddies delivered; phased roll-out starts in January 2026.",
           ["Director of Environment"], "2026-03", None),
          ("PP2", "Complete the next phase of public realm works in the North Shields Fish Quay masterplan.",
           "Director of Regeneration and Economic Development", "June 2026", "Amber",
           "Contractor appointed; utility diversions have added eight weeks to the programme.",
           ["Director of Regeneration and Economic Development"], "2026-06", None)]),
        ("Ambition 4: Good work and economic growth",
         "Priority 4.1 – More residents in good jobs",
         [("GW1", "Deliver the Working Well North Tyneside employment support programme, supporting 600 residents into work.",
           "Head of Employment and Skills", "Ongoing", "Green",
           "312 residents supported into work in the first half of the year.",
           ["Head of Employment and Skills"], None, "Ongoing")]),
        ("Ambition 5: Housing and neighbourhoods that enhance lives",
         "Priority 5.1 – More affordable homes and better council housing",
         [("HN1", "Deliver 300 new affordable homes in 2025/26 as part of the Affordable Homes Programme.",
           "Director of Housing and Property", "March 2026", "Amber",
           "141 homes completed at the end of Q2; two sites forecast to complete in 2026/27.",
           ["Director of Housing and Property"], "2026-03", None),
          ("HN2", "Complete damp and mould surveys of all council homes with an open disrepair case.",
           "Head of Housing Property Services", "December 2025", "Red",
           "Surveyor vacancies have slowed progress; 58% of surveys complete. Additional contractor capacity being procured.",
           ["Head of Housing Property Services"], "2025-12", None)]),
    ]
    st_fill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    st_read = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    expected = []
    for amb, prio, rows in ambitions:
        doc.add_heading(amb, level=1)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Key action 2025/26", "Lead", "Due", "Q2 status", "Q2 commentary"]):
            set_cell(c, h, bold=True)
            shade(c, "BDD7EE")
        pr = t.add_row()
        merged = pr.cells[0].merge(pr.cells[5])
        set_cell(merged, prio, bold=True)
        shade(merged, "F2F2F2")
        for (ref, action, lead, due, st, comm, lead_list, end, end_text) in rows:
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, action, lead, due, st, comm]):
                set_cell(c, v)
            shade(cells[4], st_fill[st])
            expected.append(act(ref, [amb, prio], action, lead_list, end, st_read[st], end_text))
        doc.add_paragraph()
    doc.add_paragraph("Performance measures for each ambition are reported separately in the Our North Tyneside "
                      "Plan Performance Report (Appendix 2).")
    doc.save(out(name))

    write_expected(name, {
        "source": ("Imitates a metropolitan borough's council plan delivery plan progress report to Cabinet: North "
                   "Tyneside Council, Our North Tyneside Plan 2025–2029 (five ambitions: Better lives for all; The best "
                   "start in life; Places to be proud of; Good work and economic growth; Housing and neighbourhoods that "
                   "enhance lives – beta.northtyneside.gov.uk/our-north-tyneside-plan), Q2 2025/26. Copied: council name "
                   "line, title, report line, status key paragraph, one section heading and table per ambition, a merged "
                   "priority row at the top of each table, Ref/Key action/Lead/Due/Status/Commentary columns, status "
                   "words in shaded cells."),
        "reads": ("Nine key actions across five ambition sections; each table opens with a merged priority row, so each "
                  "action is read under its ambition then its priority. Due dates are months or a quarter (Q3 2025/26 = "
                  "December 2025) or 'Ongoing'; status is the word in the Q2 status cell (Complete = blue)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 6. Wakefield Health and Wellbeing Board - action log (csv)
# ---------------------------------------------------------------------------
def wakefield():
    name = "pe-wakefield-health-and-wellbeing-board-action-log.csv"
    title = "Wakefield District Health and Wellbeing Board – Action Log"
    meetings = [
        ("Board meeting – 13 March 2025", [
            ("HWB 25/31", "Bring the refreshed Joint Strategic Needs Assessment (JSNA) work programme to a Board development session.",
             "Director of Public Health", "Jun-25", "B", "Presented at the development session on 15 May 2025. Close.",
             ["Director of Public Health"], "2025-06", None, "blue"),
            ("HWB 25/34", "Circulate the Better Care Fund 2025–26 plan to Board members for virtual sign-off before national submission.",
             "A Hartley / T Ryan", "31/03/2025", "B", "Signed off by the Chair on 27 March 2025. Close.",
             ["A Hartley", "T Ryan"], "2025-03", None, "blue"),
        ]),
        ("Board meeting – 12 June 2025", [
            ("HWB 25/47", "Healthwatch Wakefield to share the findings of its young carers engagement report with the Children and Young People's Partnership.",
             "Healthwatch Wakefield Manager", "Jul-25", "R", "Not yet shared – report delayed by staff absence. New date to be agreed.",
             ["Healthwatch Wakefield Manager"], "2025-07", None, "red"),
            ("HWB 25/49", "Wakefield Place Partnership to update the Board on:\n- winter planning and urgent care capacity\n- the discharge improvement work at Pinderfields Hospital",
             "J Webster & L Chambers", "Nov-25", "A", "Winter plan update moved to November because NHS guidance was issued late.",
             ["J Webster", "L Chambers"], "2025-11", None, "amber"),
            ("HWB 25/52", "Add tobacco control and vaping to the Board forward plan and keep under review.",
             "Board Manager", "Ongoing", "G", "On forward plan for January 2026.",
             ["Board Manager"], None, "Ongoing", "green"),
        ]),
        ("Board meeting – 11 September 2025", [
            ("HWB 25/63", "Agree the approach to refreshing the Joint Health and Wellbeing Strategy 2026–2031, including engagement with seldom-heard communities.",
             "Director of Public Health; Head of Policy and Partnerships", "Jan-26", "G", "Engagement plan drafted.",
             ["Director of Public Health", "Head of Policy and Partnerships"], "2026-01", None, "green"),
            ("HWB 25/64", "Provide a briefing on the suicide prevention action plan and real-time surveillance data.",
             "Consultant in Public Health", "Dec-25", "G", "",
             ["Consultant in Public Health"], "2025-12", None, "green"),
            ("HWB 25/66", "Write to NHS England on behalf of the Board about access to NHS dentistry in the district.",
             "Chair of the Board", "Oct-25", "G", "Draft letter with the Chair for approval.",
             ["Chair of the Board"], "2025-10", None, "green"),
        ]),
    ]
    rows = [[title, "", "", "", "", ""],
            ["Open and recently closed actions – updated 22 September 2025", "", "", "", "", ""],
            ["", "", "", "", "", ""],
            ["Action ref", "Action", "Lead", "Due date", "RAG", "Update / comment"]]
    expected = []
    for meeting, acts in meetings:
        rows.append([meeting, "", "", "", "", ""])
        for (ref, action, lead, due, rag, upd, lead_list, end, end_text, status) in acts:
            rows.append([ref, action, lead, due, rag, upd])
            expected.append(act(ref, [meeting], action, lead_list, end, status, end_text))
    rows += [["", "", "", "", "", ""],
             ["RAG key: B = complete (to be removed after the next meeting); G = on track; A = at risk; R = overdue", "", "", "", "", ""],
             ["Total actions: 8 (2 complete, 6 open)", "", "", "", "", ""]]
    with open(out(name), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerows(rows)

    write_expected(name, {
        "source": ("Imitates a health and wellbeing board action log as attached to board agendas (e.g. 'action log' / "
                   "'matters arising' appendices of metropolitan district HWBs), here Wakefield District Health and "
                   "Wellbeing Board, September 2025, saved from Excel as CSV (no specific file found). Copied: title and "
                   "'updated' line, minute-style action refs, a section row per meeting, initials and job titles as leads, "
                   "Mmm-yy due dates, single-letter RAG with the key and a totals line at the foot, one action with a "
                   "bulleted multi-line cell."),
        "reads": ("Eight actions from three board meetings, each read under the meeting row above it; refs are the HWB "
                  "minute numbers. RAG letters are read with the key at the bottom (B = complete); 'Ongoing' has no end "
                  "month. The key and totals lines are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 7. Bracknell Forest CSP - domestic homicide review action plan (txt, tab-separated)
# ---------------------------------------------------------------------------
def bracknell():
    name = "pe-bracknell-forest-csp-dhr-tessa-action-plan.txt"
    title = "Bracknell Forest Community Safety Partnership – Domestic Homicide Review 'Tessa' – Action Plan"
    recs = [
        ("1. Thames Valley Police and Bracknell Forest Council should ensure that domestic abuse risk assessments (DASH) are repeated when they learn of a change in the victim's circumstances.", "Local", [
            ("Issue a practice briefing to all response and neighbourhood officers on repeating the DASH risk assessment after a change in circumstances.",
             "Thames Valley Police", "Briefing approved by the Force Domestic Abuse Lead", "31/03/2025", "Blue",
             "Completed 21/03/2025 – briefing issued to all LPA officers.", ["Thames Valley Police"], "2025-03", None, "blue"),
            ("Add a prompt to the children's and early help case recording system to review risk when a change of household is recorded.",
             "Bracknell Forest Council (Children's Social Care)", "Specification agreed with the system supplier", "June 2025", "Amber",
             "", ["Bracknell Forest Council (Children's Social Care)"], "2025-06", None, "amber"),
        ]),
        ("2. Frimley ICB should remind GP practices of the importance of routine enquiry about domestic abuse and of recording disclosures.", "Local", [
            ("Include routine enquiry about domestic abuse at the GP Safeguarding Leads' Forum and in the primary care safeguarding newsletter.",
             "Frimley ICB", "Item presented at the forum on 14/05/2025", "Q1 2025/26", "Blue",
             "Completed May 2025.", ["Frimley ICB"], "2025-06", None, "blue"),
            ("Audit a sample of GP records across Bracknell practices for recording of disclosures and onward referral.",
             "Frimley ICB & Berkshire Healthcare NHS Foundation Trust", "Audit tool agreed; 4 of 11 practices audited", "December 2025", "Green",
             "", ["Frimley ICB", "Berkshire Healthcare NHS Foundation Trust"], "2025-12", None, "green"),
        ]),
        ("3. The Community Safety Partnership should raise awareness of economic abuse and coercive control among older people, their families and community groups.", "Local", [
            ("Deliver awareness sessions with older people's groups, carers' forums and faith groups.",
             "Bracknell Forest Council Community Safety Team", "Six sessions delivered to 140 people", "Ongoing", "Green",
             "", ["Bracknell Forest Council Community Safety Team"], None, "Ongoing", "green"),
            ("Publish a leaflet on economic abuse jointly with the Council's Revenues and Benefits service and local banks.",
             "Bracknell Forest Council Community Safety Team", "Leaflet designed and printed", "September 2025", "Blue",
             "Completed 12/09/2025 – leaflet published and distributed to libraries and GP surgeries.",
             ["Bracknell Forest Council Community Safety Team"], "2025-09", None, "blue"),
        ]),
        ("4. The Home Office should consider how older victims' experience of coercive control is reflected in the revised statutory guidance for domestic homicide reviews.", "National", [
            ("The CSP Chair to write to the Home Office sharing this recommendation and the learning from this review.",
             "Chair, Bracknell Forest CSP", "Letter sent", "31/01/2025", "Blue",
             "Completed 28/01/2025 – acknowledged by the Home Office.", ["Chair, Bracknell Forest CSP"], "2025-01", None, "blue"),
        ]),
    ]
    lines = [title,
             "Version 3 – progress as at 30 September 2025. Overview report approved by the Home Office Quality Assurance Panel in January 2025.",
             "",
             "\t".join(["Recommendation", "Scope of recommendation", "Action to take", "Lead agency",
                        "Key milestones achieved in enacting recommendation", "Target date", "RAG",
                        "Date of completion and outcome"])]
    expected = []
    for rec, scope, acts in recs:
        for i, (action, lead, miles, target, rag, outc, lead_list, end, end_text, status) in enumerate(acts):
            lines.append("\t".join([rec if i == 0 else "", scope if i == 0 else "", action, lead, miles, target, rag, outc]))
            expected.append(act(None, [rec], action, lead_list, end, status, end_text))
    lines += ["",
              "RAG: Blue – complete; Green – on track; Amber – behind target date; Red – not started or at risk.",
              "Actions rated Blue will be closed at the CSP Board meeting in December 2025."]
    with open(out(name), "w", encoding="utf-8", newline="") as fh:
        fh.write("\r\n".join(lines) + "\r\n")

    write_expected(name, {
        "source": ("Imitates a community safety partnership DHR action plan on the Home Office template (Recommendation, "
                   "Scope of recommendation, Action to take, Lead agency, Key milestones achieved, Target date, Date of "
                   "completion and outcome) with a RAG column added, as CSPs publish beside overview reports "
                   "(bracknell-forest.gov.uk domestic homicide reviews page); here Bracknell Forest CSP, pseudonymised "
                   "review 'Tessa', September 2025, saved from Word as tab-separated text. Copied: numbered recommendation "
                   "and scope written once, with the second action's row leaving them blank (merged cells in Word), "
                   "agencies as leads, mixed date forms, key and closing note lines."),
        "reads": ("Seven actions under four numbered recommendations; the recommendation text sits only on the first row "
                  "of each group and is read for the row below it. Actions have no ref of their own. The end is the "
                  "target date (Q1 2025/26 = June 2025; 'Ongoing' has none) and the status the RAG word (Blue = complete)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


if __name__ == "__main__":
    cumberland()
    city_of_london()
    wiltshire()
    north_somerset()
    north_tyneside()
    wakefield()
    bracknell()
    print("built", sorted(f for f in os.listdir(HERE) if f.startswith("pe-")))
