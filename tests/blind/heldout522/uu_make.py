#!/usr/bin/env python3
"""Build the seven uu- blind cases (data files + NAME.expected.yaml) for set heldout522.

Run with /work/main/.venv/bin/python uu_make.py  (openpyxl, python-docx, pyyaml).
Only writes files whose names start with "uu-".
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

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
GREY, NAVY, PALE = "D9D9D9", "1F3864", "DDEBF7"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def write_yaml(name, data):
    path = os.path.join(HERE, name + ".expected.yaml")
    assert os.path.basename(path).startswith("uu-")
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(data, f, allow_unicode=True, sort_keys=False, width=100000,
                       default_flow_style=False)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


# ---------------------------------------------------------------------------
# 1. Llandudno Town Council – corporate risk register (xlsx, read)
# ---------------------------------------------------------------------------
def llandudno():
    name = "uu-llandudno-town-council-corporate-risk-register-2025-26.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Risk Register 2025-26"
    widths = [7, 30, 26, 34, 5, 5, 7, 9, 44, 24, 13, 10, 40]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws["A1"] = "Llandudno Town Council – Corporate Risk Register 2025-26"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Cyngor Tref Llandudno – Cofrestr Risg Gorfforaethol 2025-26"
    ws["A2"].font = Font(italic=True, size=12)
    ws["A3"] = ("Adopted: Full Council, 21 May 2025   |   Last reviewed: Finance & General Purposes "
                "Committee, 12 November 2025   |   Risk owner: Town Clerk")
    for r in (1, 2, 3):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=13)
    ws["A5"] = ("Scoring: Likelihood (L) 1–5 × Severity (S) 1–5 = Score.   Level: 1–6 Low (green), "
                "8–12 Medium (amber), 15–25 High (red).")
    ws["A6"] = "Action status: G = on track   A = some slippage   R = off track   C = complete"
    ws.merge_cells("A5:M5")
    ws.merge_cells("A6:M6")
    hdr = ["Ref", "Risk", "Consequence", "Existing controls", "L", "S", "Score", "Level",
           "Further action required", "Responsible", "Target date", "Action status",
           "Progress / comments (Nov 2025)"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=8, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(NAVY)
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX

    S1, S2, S3 = "1. Finance and Governance", "2. Assets and Property", "3. Events and Community"
    rows = [
        ("section", S1),
        ("FG1", "Precept and reserves insufficient to meet the council’s commitments",
         "Services or projects curtailed; unplanned precept rise",
         "Annual budget set in January; monthly budget monitoring to F&GP; general reserve policy (3–6 months’ expenditure)",
         3, 4,
         "Prepare a three-year medium-term financial plan and present it to F&GP Committee alongside the 2026-27 precept.",
         "Town Clerk / RFO", dt.datetime(2026, 1, 20), "G",
         "Draft prepared; to F&GP 20 January 2026.",
         (["Town Clerk", "RFO"], "2026-01", None, "green")),
        ("FG2", "Weak internal financial control",
         "Error or fraud; qualified opinion on the annual return from Audit Wales",
         "Financial Regulations; dual authorisation of payments; independent internal auditor",
         2, 4,
         "Implement the 2024-25 internal audit recommendations: update Financial Regulations to the 2024 model and introduce quarterly bank reconciliation sign-off by a non-signatory councillor.",
         "Town Clerk", "Sept 2025", "C",
         "Financial Regulations adopted 17/09/2025; Q2 reconciliation signed off by Cllr Evans.",
         (["Town Clerk"], "2025-09", None, "blue")),
        ("FG3", "Cyber attack or loss of council data",
         "Loss of records; data protection breach; reputational damage",
         "Cloud back-up; anti-virus; password policy",
         3, 3,
         "Migrate council email and website to the gov.wales domain and enable multi-factor authentication on all accounts.",
         "Deputy Clerk", dt.datetime(2025, 12, 31), "A",
         "Website migrated. Email migration delayed awaiting supplier – now expected January.",
         (["Deputy Clerk"], "2025-12", None, "amber")),
        ("FG4", "Councillors not adequately trained for their roles",
         "Poor decision-making; breach of the Code of Conduct",
         "Induction for new councillors; One Voice Wales training courses",
         2, 3,
         "Adopt a councillor training plan under s.67 of the Local Government and Elections (Wales) Act 2021 and publish it on the council website.",
         "Town Clerk", "Nov-25", "G",
         "Training needs survey returned by 14 of 20 members; plan to Full Council 19/11/2025.",
         (["Town Clerk"], "2025-11", None, "green")),
        ("section", S2),
        ("AP1", "Injury to a child using council play equipment",
         "Harm to users; liability claim",
         "Weekly visual checks by Amenities team; public liability insurance (£10m)",
         2, 5,
         "Commission an independent annual RoSPA inspection of all five play areas and act on any high-risk findings within 28 days.",
         "Amenities Officer", "Annual", "G",
         "2025 inspection completed 3 June; two high-risk items repaired by 24 June.",
         (["Amenities Officer"], None, "Annual", "green")),
        ("AP2", "Deterioration of the fabric of the council offices (listed building)",
         "Water ingress; closure of rooms; high repair cost",
         "Reactive repairs; annual buildings insurance review",
         4, 4,
         "Obtain a condition survey of the roof and clock tower and prepare a costed five-year maintenance schedule.",
         "Town Clerk & Amenities Officer", "31/03/2026", "R",
         "Tender returned no compliant bids; re-tender approved October 2025.",
         (["Town Clerk", "Amenities Officer"], "2026-03", None, "red")),
        ("AP3", "Allotment tenancy disputes",
         "Officer time; complaints",
         "Tenancy agreement; allotment rules; twice-yearly site inspections",
         2, 2,
         "None – existing controls adequate", "–", "–", "", "", None),
        ("section", S3),
        ("EC1", "Serious incident at a council-run event",
         "Injury; liability claim; event cancelled",
         "Event risk assessments; licensed stewards; event insurance",
         3, 5,
         "Submit the event management plan and risk assessment for the 2026 summer events programme to the Conwy Safety Advisory Group at least 12 weeks before the first event.",
         "Events Officer", dt.datetime(2026, 2, 6), "G",
         "Draft EMP circulated to North Wales Police and North Wales Fire and Rescue Service for comment.",
         (["Events Officer"], "2026-02", None, "green")),
        ("EC2", "Withdrawal of sponsorship for the Christmas lights",
         "Reduced display; additional cost to the precept",
         "Three-year sponsorship agreements; earmarked reserve for lights",
         3, 2,
         "Secure two additional business sponsors for the Christmas lights and report the funding position to Full Council.",
         "Cllr G. Roberts (Chair, Events Working Group)", "Oct-25", "R",
         "One sponsor secured; shortfall of £2,400 met from earmarked reserve.",
         (["Cllr G. Roberts (Chair, Events Working Group)"], "2025-10", None, "red")),
    ]
    actions = []
    section = None
    r = 9
    for row in rows:
        if row[0] == "section":
            section = row[1]
            ws.cell(row=r, column=1, value=section).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=13)
            ws.cell(row=r, column=1).fill = fill(GREY)
            r += 1
            continue
        ref, risk, cons, ctrl, L, S, action, resp, target, st, prog, exp = row
        score = L * S
        level = "High" if score >= 15 else ("Medium" if score >= 8 else "Low")
        vals = [ref, risk, cons, ctrl, L, S, score, level, action, resp, target, st, prog]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
        ws.cell(row=r, column=8).fill = fill({"High": RED, "Medium": AMBER, "Low": GREEN}[level])
        if isinstance(target, dt.datetime):
            ws.cell(row=r, column=11).number_format = "dd/mm/yyyy"
        if st:
            ws.cell(row=r, column=12).fill = fill({"G": GREEN, "A": AMBER, "R": RED, "C": BLUE}[st])
            ws.cell(row=r, column=12).alignment = Alignment(horizontal="center", vertical="top")
        if exp is not None:
            lead, end, end_text, status = exp
            actions.append(act(ref, [section], action, lead, end, status, end_text))
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Notes:").font = Font(bold=True)
    ws.cell(row=r + 1, column=1, value="1. Risks scoring 15 or above are reported to every meeting of the Finance & General Purposes Committee.")
    ws.cell(row=r + 2, column=1, value="2. Next full review of the register: Annual Meeting of the Council, May 2026.")
    ws.freeze_panes = "A9"
    wb.save(os.path.join(HERE, name))
    write_yaml(name, {
        "source": ("Llandudno Town Council (Conwy, Wales), 2025-26, corporate risk register. No published register of this "
                   "council was found; it imitates the risk registers Welsh town and community councils publish "
                   "(e.g. the Taff's Well and Nantgarw Community Council risk assessment schedule, "
                   "https://docsbay.net/doc/891625/one-voice-wales, and model parish registers such as "
                   "https://tetford.parish.lincolnshire.gov.uk/council-business/risk-register-draft): bilingual "
                   "title lines, adoption/review line, L x S scoring key, risk-level column shaded by fill, a separate "
                   "action-status key (G/A/R/C), grey area rows, one risk with no further action, dates as real Excel "
                   "dates and as text, notes under the table."),
        "reads": ("A single-sheet town council risk register with three numbered areas. Each risk row has a further action "
                  "with a responsible officer, target date and an action status letter (C = complete), separate from the "
                  "risk level. The allotments risk has no further action ('None – existing controls adequate'), so it is "
                  "not an action; eight actions in all."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Llandudno Town Council – Corporate Risk Register 2025-26",
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------------------
# 2. NHS National Services Scotland – annual audit report action plan (xlsx, read)
# ---------------------------------------------------------------------------
def nss():
    name = "uu-nhs-national-services-scotland-annual-audit-report-2024-25-action-plan.xlsx"
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv.column_dimensions["A"].width = 28
    cv.column_dimensions["B"].width = 70
    cv["A1"] = "NHS National Services Scotland – 2024/25 Annual Audit Report: Management Action Plan Progress Update"
    cv["A1"].font = Font(bold=True, size=14)
    cv["A2"] = "Audit and Risk Committee – 9 December 2025"
    for r in (1, 2):
        cv.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    meta = [("Document owner", "Director of Finance"),
            ("Prepared by", "Head of Governance and Risk"),
            ("Version", "v3.0 – November 2025 update"),
            ("Purpose", "To report progress with the management actions agreed in response to the external "
                        "auditor's 2024/25 Annual Audit Report, and with prior year recommendations that remain open.")]
    r = 5
    for k, v in meta:
        cv.cell(row=r, column=1, value=k).font = Font(bold=True)
        cv.cell(row=r, column=2, value=v).alignment = WRAP
        r += 1
    r += 1
    cv.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    r += 1
    key = [("B", BLUE, "Complete – evidence provided to external audit"),
           ("G", GREEN, "On track to meet the agreed (or revised) date"),
           ("A", AMBER, "At risk – revised date agreed with external audit"),
           ("R", RED, "Overdue – past agreed or revised date"),
           ("", "FFFFFF", "Not yet started")]
    for k, col, txt in key:
        c = cv.cell(row=r, column=1, value=k)
        c.fill = fill(col)
        c.border = BOX
        cv.cell(row=r, column=2, value=txt).border = BOX
        r += 1
    r += 1
    cv.cell(row=r, column=1, value="Summary of current position").font = Font(bold=True)
    r += 1
    summary = [("Status", "Number of actions"), ("Complete (B)", 4), ("On track (G)", 3), ("At risk (A)", 1),
               ("Overdue (R)", 1), ("Not yet started", 1), ("Total", 10)]
    for a, b in summary:
        cv.cell(row=r, column=1, value=a).border = BOX
        cv.cell(row=r, column=2, value=b).border = BOX
        if a in ("Status", "Total"):
            cv.cell(row=r, column=1).font = Font(bold=True)
            cv.cell(row=r, column=2).font = Font(bold=True)
        r += 1

    ws = wb.create_sheet("Action plan")
    for col, w in zip("ABCDEFGH", [8, 52, 26, 17, 17, 11, 11, 48]):
        ws.column_dimensions[col].width = w
    ws["A1"] = "NHS National Services Scotland – 2024/25 Annual Audit Report: Management Action Plan"
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells("A1:H1")
    hdr = ["Ref", "Agreed management action", "Responsible officer", "Agreed date", "Revised date",
           "Previous RAG (Aug 2025)", "Current RAG (Nov 2025)", "Progress update"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=3, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(NAVY)
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX
    rag_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    status_of = {"B": "blue", "G": "green", "A": "amber", "R": "red", "": "unrated"}

    FM, FS = "Financial management", "Financial sustainability"
    VLG, UR = "Vision, leadership and governance", "Use of resources to improve outcomes"
    PY = "Prior year recommendations (2023/24) – still open"
    R1 = ("Recommendation 1 – Lease accounting: Management should ensure that lease modifications are identified and "
          "assessed under IFRS 16 when they occur, rather than at the year-end.")
    R2 = ("Recommendation 2 – Savings delivery: NSS should set out how recurring savings will be delivered to close the "
          "financial gap in its three-year financial plan, and report progress to the Finance, Procurement and "
          "Performance Committee.")
    R3 = ("Recommendation 3 – Board self-assessment: The Board should complete its self-assessment against the "
          "Blueprint for Good Governance and agree an improvement plan.")
    R4 = ("Recommendation 4 – Performance reporting: NSS should strengthen its public performance reporting so that "
          "it is clear how its services contribute to outcomes for NHSScotland.")
    P5 = ("2023/24 Recommendation 5 – Cyber resilience: NSS should complete the outstanding actions from its "
          "assessment against the Scottish Public Sector Cyber Resilience Framework.")
    P7 = ("2023/24 Recommendation 7 – Workforce planning: NSS should publish a workforce plan that is aligned to its "
          "financial plan.")
    plan = [
        ("sec", FM), ("rec", R1),
        ("1.1", "Introduce a quarterly lease register review between Estates and Financial Accounting, with any modifications assessed and documented in the quarter in which they arise.",
         "Head of Financial Accounting", "30 September 2025", "31 December 2025", "G", "A",
         "Q1 review held; Q2 review delayed by year-end staffing. Revised date agreed with external audit.",
         ["Head of Financial Accounting"], "2025-12", None),
        ("1.2", "Provide IFRS 16 refresher training to Estates and Procurement staff who negotiate lease terms.",
         "Head of Financial Accounting / Head of Estates", "31 October 2025", "–", "G", "B",
         "Training delivered 15 October 2025 to 23 staff.",
         ["Head of Financial Accounting", "Head of Estates"], "2025-10", None),
        ("sec", FS), ("rec", R2),
        ("2.1", "Develop a savings delivery plan with named schemes, phasing and risk-adjusted values for 2025/26 to 2027/28.",
         "Director of Finance", "31 December 2025", "–", "G", "G",
         "Schemes identified for 82% of the 2025/26 target; plan to FPPC in December.",
         ["Director of Finance"], "2025-12", None),
        ("2.2", "Report savings delivery against plan to each meeting of the Finance, Procurement and Performance Committee.",
         "Director of Finance", "Quarterly", "–", "G", "G",
         "Reported to FPPC in June and September 2025.",
         ["Director of Finance"], None, "Quarterly"),
        ("sec", VLG), ("rec", R3),
        ("3.1", "Complete the Blueprint for Good Governance self-assessment survey and hold a Board development session on the results.",
         "Board Secretary", "30 November 2025", "–", "A", "B",
         "Survey closed 26 September; development session held 6 November 2025.",
         ["Board Secretary"], "2025-11", None),
        ("3.2", "Agree and publish a governance improvement plan arising from the self-assessment.",
         "Board Secretary; Chair", "31 March 2026", "–", "G", "G",
         "Draft improvement plan to Board in January 2026.",
         ["Board Secretary", "Chair"], "2026-03", None),
        ("sec", UR), ("rec", R4),
        ("4.1", "Refresh the key performance indicator set and include trend and benchmark data in the annual performance report.",
         "Director of Strategy, Performance and Communications", "30 June 2026", "–", "", "",
         "Not yet started – scheduled to begin in Q4 2025/26.",
         ["Director of Strategy, Performance and Communications"], "2026-06", None),
        ("sec", PY), ("rec", P5),
        ("PY5.1", "Complete the outstanding Cyber Resilience Framework controls, including privileged access management for cloud services.",
         "Chief Information Security Officer", "31 March 2025", "30 September 2025", "A", "R",
         "Privileged access tool procured; deployment to cloud tenancies not yet complete.",
         ["Chief Information Security Officer"], "2025-09", None),
        ("PY5.2", "Test the cyber incident response plan through a tabletop exercise with the Executive Management Team.",
         "Chief Information Security Officer; Director of Digital and Security", "31 March 2025", "–", "G", "B",
         "Exercise held 19 March 2025; lessons learned report to Audit and Risk Committee.",
         ["Chief Information Security Officer", "Director of Digital and Security"], "2025-03", None),
        ("rec", P7),
        ("PY7.1", "Publish the three-year workforce plan aligned to the medium-term financial plan.",
         "Director of HR and Workforce Development", "31 August 2024", "31 July 2025", "A", "B",
         "Workforce plan 2025–28 approved by the Board and published July 2025.",
         ["Director of HR and Workforce Development"], "2025-07", None),
    ]
    actions = []
    sec = rec = None
    r = 4
    for row in plan:
        if row[0] == "sec":
            sec = row[1]
            c = ws.cell(row=r, column=1, value=sec)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("2F5597")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
            continue
        if row[0] == "rec":
            rec = row[1]
            c = ws.cell(row=r, column=1, value=rec)
            c.font = Font(italic=True, bold=True)
            c.fill = fill(PALE)
            c.alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.row_dimensions[r].height = 32
            r += 1
            continue
        ref, action, resp, agreed, revised, prev, cur, upd, lead, end, end_text = row
        vals = [ref, action, resp, agreed, revised, prev, cur, upd]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
        for c, v in ((6, prev), (7, cur)):
            if v:
                ws.cell(row=r, column=c).fill = fill(rag_fill[v])
                ws.cell(row=r, column=c).alignment = Alignment(horizontal="center", vertical="top")
        actions.append(act(ref, [sec, rec], action, lead, end, status_of[cur], end_text))
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Closed actions will be removed from the next update once external audit has confirmed the evidence.")
    ws.freeze_panes = "A4"
    wb.save(os.path.join(HERE, name))
    write_yaml(name, {
        "source": ("NHS National Services Scotland, 2025, progress update on the management action plan of the 2024/25 "
                   "Annual Audit Report (Audit Scotland appointed auditor), as taken to an Audit and Risk Committee. No NSS "
                   "copy was found; it imitates the 'Appendix 1: Management action plan' of Audit Scotland annual audit "
                   "reports to NHS boards (e.g. NHS 24 and National Waiting Times Centre Board annual audit reports) turned "
                   "into a committee tracker: a cover sheet with document control, RAG key and summary totals, then an "
                   "action sheet with wider-scope area rows, merged recommendation rows above their actions, agreed and "
                   "revised dates, previous and current RAG letters on fill, and a prior-year section."),
        "reads": ("Two sheets: a cover (key and totals, no actions) and the action plan. Actions are numbered under "
                  "recommendation rows, which sit under the four wider-scope audit areas and a prior-year section. Where a "
                  "revised date is given it is the end; the status is the current (Nov 2025) RAG, and the blank RAG of 4.1 "
                  "is not started."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "NHS National Services Scotland – 2024/25 Annual Audit Report: Management Action Plan Progress Update",
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------------------
# 3. Coleraine Grammar School – ETI inspection action plan (xlsx, REFUSE)
# ---------------------------------------------------------------------------
def coleraine():
    name = "uu-coleraine-grammar-school-eti-inspection-action-plan-typo-month-refuse.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    for col, w in zip("ABCDEFGHI", [34, 6, 46, 22, 13, 18, 34, 28, 36]):
        ws.column_dimensions[col].width = w
    ws["A1"] = "Coleraine Grammar School: Action Plan in response to the Education and Training Inspectorate (ETI) Inspection Report (published May 2025)"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Areas for improvement identified in the report of the inspection of 3–6 March 2025"
    ws["A2"].font = Font(italic=True, size=11)
    ws["A3"] = "Submitted to the Department of Education on behalf of the Board of Governors – 26 June 2025   |   Progress reviewed: December 2025"
    for r in (1, 2, 3):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    hdr = ["Area for improvement", "Ref", "Action", "Responsibility", "Timescale", "Resources",
           "Success criteria", "Monitoring / evaluation", "Progress (December 2025)"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("7B2C3F")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX
    A1 = ("1. Develop further the use of assessment information at key stage 3 to identify and address "
          "underachievement in a timely way.")
    A2 = ("2. Review and update the pastoral care and safeguarding policies so that they reflect fully current "
          "Department of Education guidance, including on the use of reasonable force and safe handling.")
    A3 = "3. Extend the opportunities for pupils to develop and apply their digital skills across the curriculum."
    plan = [
        (A1, [
            ("1.1", "Establish a KS3 tracking calendar with three data capture points per year, using SIMS and CAT4 baseline data.",
             "VP (Curriculum)", "Sept 2025", "SIMS licence; INSET time",
             "All KS3 subjects enter data at each capture point.", "SLT review after each capture point",
             "Calendar in place; first capture point completed October 2025.", GREEN),
            ("1.2", "Train heads of department in analysing KS3 data and agreeing intervention for pupils identified as underachieving.",
             "VP (Curriculum) / Head of Learning Support", "Nov 2025", "Baker day 3; EA support officer",
             "Intervention plans in place in all departments.", "Line management meetings",
             "Training delivered 10 November 2025.", BLUE),
            ("1.3", "Report KS3 underachievement and impact of interventions to the Board of Governors' Curriculum Committee.",
             "Principal", "Termly", "—",
             "Governors able to challenge progress.", "Curriculum Committee minutes",
             "First report to Committee 2 December 2025.", GREEN),
        ]),
        (A2, [
            ("2.1", "Update the Child Protection and Safeguarding Policy in line with the latest DE circulars and share with all staff and parents.",
             "Designated Teacher (VP Pastoral)", "Oct 2025", "DE circulars; EA CPSS",
             "Updated policy ratified by governors and on the school website.", "Safeguarding team; Board of Governors",
             "Ratified 30 September 2025.", BLUE),
            ("2.2", "Develop a Reasonable Force and Safe Handling policy and deliver training to all teaching and non-teaching staff.",
             "Designated Teacher (VP Pastoral) & Bursar", "Jan 2026", "Training provider; staff meeting time",
             "All staff trained; policy in place.", "Training register",
             "Draft policy with governors; training booked for January.", GREEN),
            ("2.3", "Audit the pastoral care and anti-bullying policies against the Addressing Bullying in Schools Act and consult pupils through the School Council.",
             "Head of Pastoral Care", "Febuary 2026", "Pupil survey",
             "Policies updated reflecting pupil voice.", "Pastoral team meetings",
             "Pupil survey being designed with School Council.", AMBER),
        ]),
        (A3, [
            ("3.1", "Map digital skills opportunities across all KS3 schemes of work against the Digital Skills Framework.",
             "Head of ICT", "March 2026", "Department time",
             "Each department has at least two planned digital tasks per year group.", "Scheme of work review",
             "Mapping under way in 9 of 14 departments.", AMBER),
            ("3.2", "Provide staff professional learning on using C2k Google Workspace and Microsoft Teams for collaborative tasks.",
             "Head of ICT; Digital Champions", "Dec 2025", "C2k training; Digital Champions",
             "Increased use of digital tasks evidenced in book and drive scrutiny.", "Learning walks",
             "Two twilight sessions delivered; third scheduled 9 December.", GREEN),
            ("3.3", "Introduce a digital skills module within the Year 8 Learning for Life and Work programme.",
             "Head of LLW", "Sept 2026", "LLW budget",
             "Module delivered to all Year 8 classes.", "Pupil evaluations",
             "Not started.", None),
        ]),
    ]
    r = 6
    typo_row = None
    for area, acts in plan:
        start = r
        for (ref, action, resp, when, res, succ, mon, prog, col) in acts:
            vals = [None, ref, action, resp, when, res, succ, mon, prog]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
            if col:
                ws.cell(row=r, column=9).fill = fill(col)
            if when == "Febuary 2026":
                typo_row = r
            r += 1
        ws.cell(row=start, column=1, value=area).alignment = WRAP
        ws.cell(row=start, column=1).font = Font(bold=True)
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value="Progress shading: blue = completed, green = on track, amber = some slippage, red = not on track, no shading = not yet started.")
    ws.cell(row=r + 1, column=1, value="Signed on behalf of the Board of Governors: Chair of Governors   Principal")
    k = wb.create_sheet("Inspection findings")
    k["A1"] = "ETI inspection: 3–6 March 2025"
    k["A2"] = "Overall effectiveness: The school demonstrates the capacity to identify and bring about improvement in the interest of all the learners."
    k["A3"] = "The ETI will monitor how the school sustains improvement."
    k.column_dimensions["A"].width = 120
    wb.save(os.path.join(HERE, name))
    assert typo_row is not None
    write_yaml(name, {
        "source": ("Coleraine Grammar School (Co. Londonderry, Northern Ireland), 2025, action plan in response to an ETI "
                   "inspection, as a school would send to the Department of Education. No published plan of this school "
                   "was found; it follows the ETI post-inspection process (https://www.etini.gov.uk/inspection-outcome-and-"
                   "what-happens-next) and the usual NI school action-plan grid: title block, area for improvement merged "
                   "down column A over its actions, responsibility, timescale, resources, success criteria, monitoring, "
                   "progress shaded by colour, a shading note and sign-off line, and a second sheet with the inspection outcome."),
        "reads": ("A grid of nine actions under three numbered areas for improvement, each with a timescale. Action 2.3 has "
                  "the timescale 'Febuary 2026', a mistyped month; a careful reader stops there and asks rather than "
                  "guessing the month."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": "Coleraine Grammar School: Action Plan in response to the Education and Training Inspectorate (ETI) Inspection Report (published May 2025)",
    })
    return name, 9


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


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 4. Bishop of Llandaff CiW High School – Estyn PIAP (docx, read)
# ---------------------------------------------------------------------------
def llandaff():
    name = "uu-bishop-of-llandaff-high-school-estyn-post-inspection-action-plan.docx"
    doc = Document()
    doc.add_paragraph("Bishop of Llandaff Church in Wales High School – Post-Inspection Action Plan", style="Title")
    doc.add_paragraph("Following the Estyn core inspection of 20–23 January 2025. Approved by the Governing Body on 25 March 2025.")

    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in enumerate(["Version", "Date", "Author", "Changes"]):
        set_cell(t.rows[0].cells[c], h, bold=True)
    for row in [("1.0", "17/03/2025", "Headteacher", "Draft for governors"),
                ("1.1", "25/03/2025", "Headteacher", "Approved by the Governing Body"),
                ("1.2", "10/11/2025", "Deputy Headteacher", "Autumn term progress update")]:
        cells = t.add_row().cells
        for c, v in enumerate(row):
            set_cell(cells[c], v)

    doc.add_paragraph("RAG key", style="Heading 2")
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for col, txt in [(BLUE, "Completed"), (GREEN, "On track"), (AMBER, "Some slippage – action being taken"),
                     (RED, "Not on track – governors to be informed"), ("FFFFFF", "Not yet started")]:
        cells = k.add_row().cells
        shade(cells[0], col)
        set_cell(cells[1], txt)

    R1 = "R1: Improve the quality of teaching and feedback so that all pupils, particularly the more able, are challenged to make strong progress"
    R2 = "R2: Improve attendance, particularly of pupils eligible for free school meals"
    R3 = "R3: Strengthen the role of middle leaders in evaluating and improving provision in their areas"
    R4 = "R4: Develop pupils’ Welsh language skills and their confidence to use Welsh beyond lessons"
    recs = [
        (R1, [
            ("1.1", "Launch a whole-school teaching and learning framework focused on questioning and challenge, supported by fortnightly professional learning sessions.",
             "DHT (Teaching & Learning)", "Summer term 2025", "Framework used in all lessons observed", "Learning walks; lesson observations", BLUE,
             ["DHT (Teaching & Learning)"], "2025-07", None, "blue"),
            ("1.2", "Introduce termly learning walks and book looks by middle leaders, with findings reported to SLT.",
             "Heads of Faculty / AHT (Quality Assurance)", "Termly", "QA calendar completed each term", "SLT meeting minutes", GREEN,
             ["Heads of Faculty", "AHT (Quality Assurance)"], None, "Termly", "green"),
            ("1.3", "Establish an enrichment and challenge programme for more able pupils in Years 7 to 9.",
             "More Able and Talented Coordinator", "Autumn term 2025", "Programme running; pupil voice positive", "Pupil voice; MAT register", AMBER,
             ["More Able and Talented Coordinator"], "2025-12", None, "amber"),
        ]),
        (R2, [
            ("2.1", "Appoint a Family Engagement Officer to work with the families of persistently absent pupils.",
             "Headteacher", "April 2025", "Officer in post", "Governors’ Staffing Committee", BLUE,
             ["Headteacher"], "2025-04", None, "blue"),
            ("2.2", "Implement a tiered attendance response with weekly attendance panel meetings and referrals to the Education Welfare Service.",
             "AHT (Wellbeing) and Pastoral Leaders", "Sept 2025", "Persistent absence reduced by 5 percentage points", "Weekly attendance data", GREEN,
             ["AHT (Wellbeing)", "Pastoral Leaders"], "2025-09", None, "green"),
            ("2.3", "Track the attendance of eFSM pupils weekly and report to the governing body’s Pupil Wellbeing Committee each half term.",
             "Data Manager", "Ongoing", "Gap between eFSM and non-eFSM attendance narrows", "Pupil Wellbeing Committee", RED,
             ["Data Manager"], None, "Ongoing", "red"),
        ]),
        (R3, [
            ("3.1", "Provide a middle leadership development programme in partnership with the local authority school improvement team.",
             "Headteacher", "Dec 2025", "All heads of faculty complete the programme", "Performance management", GREEN,
             ["Headteacher"], "2025-12", None, "green"),
            ("3.2", "Revise faculty self-evaluation and improvement plans to a common format linked to whole-school priorities.",
             "DHT (Curriculum)", "31/07/2025", "All faculty plans in the common format", "SLT link meetings", BLUE,
             ["DHT (Curriculum)"], "2025-07", None, "blue"),
        ]),
        (R4, [
            ("4.1", "Introduce daily ‘Cymraeg bob dydd’ activities in form time and a Welsh language ambassadors scheme in Years 7 and 8.",
             "Head of Welsh", "Jan 2026", "Increase in pupils using Welsh outside lessons (Siarter Iaith survey)", "Siarter Iaith survey", None,
             ["Head of Welsh"], "2026-01", None, "unrated"),
        ]),
    ]
    actions = []
    for rec, acts in recs:
        doc.add_paragraph(rec, style="Heading 2")
        t = doc.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        for c, h in enumerate(["Ref", "Actions", "Lead", "Timescale", "Success criteria", "Monitoring", "RAG"]):
            set_cell(t.rows[0].cells[c], h, bold=True)
            shade(t.rows[0].cells[c], GREY)
        for (ref, action, lead_txt, when, succ, mon, col, lead, end, end_text, status) in acts:
            cells = t.add_row().cells
            for c, v in enumerate([ref, action, lead_txt, when, succ, mon, ""]):
                set_cell(cells[c], v)
            if col:
                shade(cells[6], col)
            actions.append(act(ref, [rec], action, lead, end, status, end_text))
        doc.add_paragraph("")
    doc.add_paragraph("Monitoring by the governing body", style="Heading 2")
    doc.add_paragraph("The Headteacher will report progress against this plan to each meeting of the full governing body. "
                      "The local authority will review progress with the school each half term.")
    doc.save(os.path.join(HERE, name))
    write_yaml(name, {
        "source": ("Bishop of Llandaff Church in Wales High School (Cardiff), 2025, Estyn post-inspection action plan. "
                   "No published PIAP for this school was found; it imitates Welsh secondary school PIAPs drawn up after "
                   "Estyn core inspections (Estyn follow-up guidance, https://estyn.gov.wales/inspection-guidance-type/"
                   "follow-up-en): title, document control table, a RAG key table of shaded cells, then one heading and "
                   "one table per recommendation (R1–R4) with ref, action, lead, timescale, success criteria, monitoring "
                   "and a RAG cell shown by shading only."),
        "reads": ("A Word plan with a version table and a colour key (not actions), then four recommendations, each a "
                  "heading over its own table; nine actions in all. Status comes from the fill of the RAG cell (blue = "
                  "completed); 4.1 has no shading and is not yet started. School terms are read as their last month."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Bishop of Llandaff Church in Wales High School – Post-Inspection Action Plan",
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------------------
# 5. Pembrokeshire County Council – domiciliary support service CIW improvement plan (docx, read)
# ---------------------------------------------------------------------------
def pembrokeshire():
    name = "uu-pembrokeshire-county-council-domiciliary-support-service-ciw-inspection-improvement-plan.docx"
    doc = Document()
    p = doc.add_paragraph("Pembrokeshire County Council | Cyngor Sir Penfro")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph("Domiciliary Support Service – CIW Inspection Improvement Plan", style="Title")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Service", "Pembrokeshire County Council Domiciliary Support Service (home care and reablement)"),
                 ("Regulator", "Care Inspectorate Wales (CIW)"),
                 ("Inspection dates", "8–10 April 2025"),
                 ("Inspection report published", "3 June 2025"),
                 ("Plan owner", "Responsible Individual"),
                 ("Last updated", "14 November 2025")]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        shade(cells[0], GREY)
        set_cell(cells[1], v)
    doc.add_paragraph("")
    doc.add_paragraph("Status key: Complete – action finished and evidence held; Green – on track; Amber – at risk of "
                      "delay; Red – overdue; Not started.")

    SA = "Section A – Priority Action Notices"
    SB = "Section B – Areas for Improvement"
    A1 = ("Regulation 35: Fitness of staff – recruitment files did not contain all the information required by "
          "Schedule 1, including full employment histories and current DBS certificates.")
    A2 = ("Regulation 36: Supporting and developing staff – care staff had not received supervision at least "
          "quarterly and several annual appraisals were overdue.")
    B1 = ("Regulation 16: Review of personal plan – personal plans were not consistently reviewed at least every "
          "three months with the individual and their representatives.")
    B2 = ("Regulation 80: Quality of care review – the six-monthly quality of care report did not include the views "
          "of individuals and staff.")
    sections = [
        (SA, [
            (A1, [
                ("A1", "Audit all 46 staff recruitment files against Schedule 1 and obtain any missing information, including full employment histories with gaps explained.",
                 "Registered Manager", "31/07/2025", "Complete", ["Registered Manager"], "2025-07", None, "blue"),
                ("A2", "Introduce a pre-start checklist signed off by the Registered Manager before any new member of staff is placed on the rota.",
                 "Registered Manager", "30/06/2025", "Complete", ["Registered Manager"], "2025-06", None, "blue"),
                ("A3", "Set up a DBS renewal tracker with alerts eight weeks before expiry, reviewed at the monthly management meeting.",
                 "Business Support Officer / Registered Manager", "31/08/2025", "Green",
                 ["Business Support Officer", "Registered Manager"], "2025-08", None, "green"),
            ]),
            (A2, [
                ("A4", "Deliver one-to-one supervision to every care worker at least quarterly and record it on the supervision matrix.",
                 "Senior Care Coordinators", "Quarterly", "Green", ["Senior Care Coordinators"], None, "Quarterly", "green"),
                ("A5", "Complete the outstanding annual appraisals for all staff employed for more than 12 months.",
                 "Registered Manager", "30 September 2025", "Amber", ["Registered Manager"], "2025-09", None, "amber"),
            ]),
        ]),
        (SB, [
            (B1, [
                ("B1", "Schedule three-monthly personal plan reviews for every individual and record the individual’s own views in each review.",
                 "Care Coordinators", "Oct 2025", "Green", ["Care Coordinators"], "2025-10", None, "green"),
            ]),
            (B2, [
                ("B2", "Send a feedback questionnaire to individuals, families and staff before each quality of care review and include an analysis of the responses in the report.",
                 "Responsible Individual", "Dec 2025", "Not started", ["Responsible Individual"], "2025-12", None, "unrated"),
                ("B3", "Present the quality of care report to the Adult Services management team and publish an easy-read summary for individuals.",
                 "Responsible Individual and Head of Adult Services", "March 2026", "Not started",
                 ["Responsible Individual", "Head of Adult Services"], "2026-03", None, "unrated"),
            ]),
        ]),
    ]
    actions = []
    for sec, groups in sections:
        doc.add_paragraph(sec, style="Heading 1")
        for finding, acts in groups:
            t = doc.add_table(rows=2, cols=5)
            t.style = "Table Grid"
            top = t.rows[0].cells[0].merge(t.rows[0].cells[4])
            set_cell(top, finding, bold=True)
            shade(top, PALE)
            for c, h in enumerate(["No.", "Action", "Lead", "Target date", "Status"]):
                set_cell(t.rows[1].cells[c], h, bold=True)
                shade(t.rows[1].cells[c], GREY)
            for (ref, action, lead_txt, when, st, lead, end, end_text, status) in acts:
                cells = t.add_row().cells
                for c, v in enumerate([ref, action, lead_txt, when, st]):
                    set_cell(cells[c], v)
                actions.append(act(ref, [sec, finding], action, lead, end, status, end_text))
            doc.add_paragraph("")
    doc.add_paragraph("Progress against this plan is reported monthly to the Director of Social Care and to CIW at the "
                      "follow-up inspection.")
    s = doc.add_table(rows=2, cols=2)
    s.style = "Table Grid"
    set_cell(s.rows[0].cells[0], "Signed (Responsible Individual)", bold=True)
    set_cell(s.rows[0].cells[1], "")
    set_cell(s.rows[1].cells[0], "Date", bold=True)
    set_cell(s.rows[1].cells[1], "14/11/2025")
    doc.save(os.path.join(HERE, name))
    write_yaml(name, {
        "source": ("Pembrokeshire County Council (Wales), 2025, improvement plan after a Care Inspectorate Wales inspection of "
                   "its in-house domiciliary support service. No published plan of this service was found; it imitates "
                   "the provider improvement plans written in response to CIW reports under RISCA 2016 (priority action "
                   "notices and areas for improvement citing the Regulated Services (Service Providers and Responsible "
                   "Individuals) (Wales) Regulations 2017): bilingual header line, service details table, status key line, "
                   "two section headings, and one table per regulation whose merged top row gives CIW's finding above "
                   "the actions, then a sign-off table."),
        "reads": ("Two sections (priority action notices, areas for improvement), each with tables whose first row is the "
                  "regulation and what CIW found, followed by numbered actions with lead, target date and a status word. "
                  "Eight actions; the service details, key and sign-off are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Domiciliary Support Service – CIW Inspection Improvement Plan",
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------------------
# 6. Inverness College UHI – Education Scotland progress visit action plan (csv, read)
# ---------------------------------------------------------------------------
def csvq(v):
    v = "" if v is None else str(v)
    if any(ch in v for ch in [",", '"', "\n"]):
        return '"' + v.replace('"', '""') + '"'
    return v


def inverness():
    name = "uu-inverness-college-uhi-education-scotland-progress-visit-action-plan.csv"
    ncol = 8
    lines = []

    def line(vals):
        vals = list(vals) + [""] * (ncol - len(vals))
        lines.append(",".join(csvq(v) for v in vals))

    line(["Inverness College UHI – Education Scotland Progress Visit (February 2025): Action Plan"])
    line(["Learning and Teaching Committee – 4 November 2025"])
    line([])
    line(["Area for development", "Ref", "Action", "Action owner(s)", "Target date", "Revised target",
          "RAG", "Update"])
    D1 = ("1. The college should ensure that all curriculum teams use learner attainment data consistently to "
          "evaluate and improve programme outcomes.")
    D2 = ("2. The college should strengthen learner voice so that all learners, including those studying at outreach "
          "centres and online, are able to influence improvements.")
    D3 = ("3. The college should continue to develop its approaches to supporting learners who disclose mental health "
          "concerns, ensuring that staff are confident in making referrals.")
    plan = [
        ("1", D1, [
            ("1.1", "Deliver data literacy workshops for all curriculum team leaders on using the Power BI attainment dashboard.",
             "Head of Quality and Learner Experience", "30/06/2025", "", "Complete",
             "Five workshops held; 31 of 33 team leaders attended.",
             ["Head of Quality and Learner Experience"], "2025-06", None, "blue"),
            ("1.2", "Embed a standard programme review template, with mandatory attainment and retention analysis, in the annual self-evaluation cycle.",
             "Vice Principal Curriculum", "31/10/2025", "31/01/2026", "Amber",
             "Template agreed; roll-out delayed until after the Semester 1 boards.",
             ["Vice Principal Curriculum"], "2026-01", None, "amber"),
            ("1.3", "Introduce mid-year review meetings for programmes with successful completion below 65%:\n- agree improvement actions with the curriculum manager\n- track progress through the Quality Committee",
             "Head of Quality and Learner Experience; Curriculum Managers", "Feb-26", "", "Green",
             "Programmes identified from 2024-25 outcomes.",
             ["Head of Quality and Learner Experience", "Curriculum Managers"], "2026-02", None, "green"),
        ]),
        ("2", D2, [
            ("2.1", "Recruit and train class representatives for all full-time and part-time programmes, including online cohorts.",
             "Student Association President; Student Engagement Coordinator", "31/10/2025", "", "Complete",
             "212 class reps trained by sparqs, 18% more than last year.",
             ["Student Association President", "Student Engagement Coordinator"], "2025-10", None, "blue"),
            ("2.2", "Hold learner focus groups each term at the Beechwood campus and at the outreach learning centres.",
             "Student Engagement Coordinator", "Termly", "", "Green",
             "Autumn focus groups held at Beechwood, Aviemore and Portree.",
             ["Student Engagement Coordinator"], None, "Termly", "green"),
            ("2.3", "Publish a 'You said, we did' summary on the student portal after each round of focus groups.",
             "Marketing and Communications Manager", "Dec-25", "", "Amber",
             "Portal page in development.",
             ["Marketing and Communications Manager"], "2025-12", None, "amber"),
        ]),
        ("3", D3, [
            ("3.1", "Roll out Scotland's Mental Health First Aid training to all student-facing staff.",
             "Head of Student Services", "June 2026", "", "Green",
             "64% of student-facing staff trained.",
             ["Head of Student Services"], "2026-06", None, "green"),
            ("3.2", "Review the student support referral pathway with NHS Highland and publish a staff guide.",
             "Head of Student Services / Student Support Manager", "31/03/2026", "", "Not started",
             "Meeting with NHS Highland arranged for January.",
             ["Head of Student Services", "Student Support Manager"], "2026-03", None, "unrated"),
        ]),
    ]
    actions = []
    for afd, text, acts in plan:
        first = True
        for (ref, action, owner, tgt, rev, rag, upd, lead, end, end_text, status) in acts:
            line([text if first else "", ref, action, owner, tgt, rev, rag, upd])
            first = False
            actions.append(act(ref, [text], action, lead, end, status, end_text))
    line([])
    line(["RAG key: Complete = action closed; Green = on track; Amber = at risk or date revised; Red = overdue; Not started"])
    line(["Total actions: 8 (Complete 2; Green 3; Amber 2; Red 0; Not started 1)"])
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")
    write_yaml(name, {
        "source": ("Inverness College UHI, 2025, action plan after an Education Scotland progress visit to the college, as "
                   "reported to a board committee. No published plan was found; it imitates college responses to "
                   "Education Scotland reviews (areas for development with actions, owners, target and revised dates, "
                   "RAG words and updates) exported from Excel to CSV: title lines padded with empty fields, the area "
                   "for development given only on the first row of its group, a multi-line quoted action cell, and a key "
                   "and totals line at the end."),
        "reads": ("A CSV table of eight actions under three areas for development, the area text shown once on the first "
                  "of its rows. Action 1.2 has a revised target, which is its end; 'Termly' has no end month. The key and "
                  "totals lines at the bottom are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Inverness College UHI – Education Scotland Progress Visit (February 2025): Action Plan",
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------------------
# 7. Argyll and Bute Council – Education Scotland CLD progress visit plan (txt, read)
# ---------------------------------------------------------------------------
def argyll():
    name = "uu-argyll-and-bute-council-education-scotland-cld-progress-visit-action-plan.txt"
    L = []
    L += ["ARGYLL AND BUTE COUNCIL",
          "Community Learning and Development Partnership",
          "",
          "EDUCATION SCOTLAND CLD PROGRESS VISIT – IMPROVEMENT ACTION PLAN",
          "Progress visit: 10-12 September 2024",
          "Plan agreed by the CLD Strategic Partnership: 5 December 2024",
          "Progress update: November 2025 (Community Services Committee, 11 December 2025)",
          "",
          "Status key: COMPLETE = action finished | ON TRACK = green | SOME DELAY = amber | OFF TRACK = red | NOT STARTED",
          ""]
    bar = "-" * 90
    A1 = ("Partners should develop a shared approach to self-evaluation so that they can demonstrate the collective "
          "impact of CLD across Argyll and Bute.")
    A2 = ("The council and its partners should improve the collection and use of data on learner progress, "
          "particularly for adult learners in island and remote communities.")
    A3 = ("Leaders should ensure that young people have more opportunities to influence the planning and delivery "
          "of CLD provision.")
    # progress given as list of lines; second line is a wrapped continuation
    plan = [
        ("AREA FOR IMPROVEMENT 1", A1, [
            ("1.1", "Establish a CLD partners' self-evaluation working group using How good is our community learning and development? (HGIOCLD).",
             "CLD Team Leader (Adult Learning)", "March 2025", None, "COMPLETE",
             ["Working group of 11 partners meets bi-monthly; first joint self-evaluation",
              "completed January 2025 and shared with the Strategic Partnership."],
             ["CLD Team Leader (Adult Learning)"], "2025-03", None, "blue"),
            ("1.2", "Agree a common set of outcome measures for adult learning, youth work and community development, aligned to the CLD Plan 2024-27.",
             "CLD Manager; Argyll and Bute TSI Development Officer", "June 2025", "November 2025", "SOME DELAY",
             ["Draft measures consulted on over the summer; sign-off moved to the November",
              "Strategic Partnership meeting."],
             ["CLD Manager", "Argyll and Bute TSI Development Officer"], "2025-11", None, "amber"),
            ("1.3", "Publish an annual CLD impact report for the Community Planning Partnership Management Committee.",
             "CLD Manager", "March 2026", None, "ON TRACK",
             ["Data collection for the first report under way."],
             ["CLD Manager"], "2026-03", None, "green"),
        ]),
        ("AREA FOR IMPROVEMENT 2", A2, [
            ("2.1", "Introduce a single learner registration and progress form across all adult learning providers, including ESOL.",
             "Adult Learning Coordinator", "August 2025", None, "COMPLETE",
             ["Form in use by all seven providers from August 2025."],
             ["Adult Learning Coordinator"], "2025-08", None, "blue"),
            ("2.2", "Train tutors on Mull, Islay and Tiree to record learner progress on the shared database.",
             "Adult Learning Coordinator / Islands CLD Worker", "Q4 2025/26", None, "ON TRACK",
             ["Mull and Islay tutors trained online in October; Tiree session planned for",
              "February 2026 to fit ferry timetable."],
             ["Adult Learning Coordinator", "Islands CLD Worker"], "2026-03", None, "green"),
            ("2.3", "Report learner progress data by locality to the CLD Strategic Partnership twice a year.",
             "CLD Manager", "Ongoing", None, "ON TRACK",
             ["First locality report presented September 2025."],
             ["CLD Manager"], None, "Ongoing", "green"),
        ]),
        ("AREA FOR IMPROVEMENT 3", A3, [
            ("3.1", "Support the re-establishment of area youth forums in Bute and Cowal, Helensburgh and Lomond, Mid Argyll, Kintyre and the Islands, and Oban, Lorn and the Isles.",
             "Youth Services Manager", "31 December 2025", None, "SOME DELAY",
             ["Forums running in three areas; Oban, Lorn and the Isles forum to launch in",
              "January 2026."],
             ["Youth Services Manager"], "2025-12", None, "amber"),
            ("3.2", "Involve young people in the recruitment of youth work staff and in allocating the youth participatory budgeting fund.",
             "Youth Services Manager and Youth Work Team Leaders", "April 2026", None, "NOT STARTED",
             ["Will start once all area forums are in place."],
             ["Youth Services Manager", "Youth Work Team Leaders"], "2026-04", None, "unrated"),
        ]),
    ]
    actions = []
    lab = lambda s: (s + ":").ljust(11)
    for head, text, acts in plan:
        L += [bar, head, text, bar, ""]
        for (ref, action, lead_txt, due, revised, status_txt, prog, lead, end, end_text, status) in acts:
            L.append(ref.ljust(5) + lab("Action") + action)
            L.append(" " * 5 + lab("Lead") + lead_txt)
            L.append(" " * 5 + lab("Due") + due)
            if revised:
                L.append(" " * 5 + lab("Revised") + revised)
            L.append(" " * 5 + lab("Status") + status_txt)
            L.append(" " * 5 + lab("Progress") + prog[0])
            for cont in prog[1:]:
                L.append(" " * 16 + cont)
            L.append("")
            actions.append(act(ref, [text], action, lead, end, status, end_text))
    L += [bar,
          "SUMMARY: 8 actions – 2 complete, 3 on track, 2 some delay, 0 off track, 1 not started.",
          "Contact: CLD Manager, Education Service, Kilmory, Lochgilphead."]
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")
    write_yaml(name, {
        "source": ("Argyll and Bute Council with its CLD partners, 2024-25, improvement action plan after an Education "
                   "Scotland community learning and development progress visit, with a November 2025 update for "
                   "committee. No published plan for this council was found; it imitates council CLD progress-visit "
                   "plans (areas for improvement from the visit, e.g. https://pkc1-prd.gosshosted.com/article/24403/"
                   "Community-Learning-and-Development-Plan-Education-Scotland-Progress-Visit) as a plain-text export: "
                   "title block, status key line, ruled 'AREA FOR IMPROVEMENT n' blocks with the area's text, then "
                   "labelled Action/Lead/Due/Revised/Status/Progress records with wrapped progress continuation lines, and "
                   "a summary line."),
        "reads": ("A plain-text plan of eight numbered actions in three blocks; each block's heading 'AREA FOR IMPROVEMENT n' "
                  "only names the part, so the area's text under it is what the actions answer. Revised due dates are "
                  "the end; status words are read through the key (NOT STARTED = unrated)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "EDUCATION SCOTLAND CLD PROGRESS VISIT – IMPROVEMENT ACTION PLAN",
        "actions": actions,
    })
    return name, len(actions)


if __name__ == "__main__":
    for fn in (llandudno, nss, coleraine, llandaff, pembrokeshire, inverness, argyll):
        n, k = fn()
        print(f"{n}: {k} actions")
