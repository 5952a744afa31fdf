# Generator for the seven iy2- cases of set heldout293.
# Run with /work/main/.venv/bin/python iy2_make.py  (writes the data files and their .expected.yaml)
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

BLUE, GREEN, AMBER, RED, GREY = "5B9BD5", "00B050", "FFC000", "FF0000", "D9D9D9"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return dt.datetime(y, m, day)


EXPECTED = {}


def expect(name, **kw):
    EXPECTED[name] = kw


def write_expected():
    for name, kw in EXPECTED.items():
        doc = {}
        for k in ("source", "reads", "outcome", "accept_refusal", "refuse_at", "title", "actions"):
            if k in kw:
                doc[k] = kw[k]
        with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
            yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100000)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


# ---------------------------------------------------------------------------------------------
# 1. Hastings Borough Council - internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------------------------
def hastings():
    name = "iy2-hastings-bc-internal-audit-recommendations-tracker.xlsx"
    title = "Hastings Borough Council – Internal Audit Recommendations Tracker"
    # (section, ref, priority, finding, recommendation, action, officer cell, leads,
    #  original date, revised date, status word, rag fill, update, expected status)
    S1 = "Council Tax Reduction Scheme (2024/25) – Limited Assurance"
    S2 = "Car Parking Income (2024/25) – Reasonable Assurance"
    S3 = "Temporary Accommodation: Procurement and Payments (2025/26) – Limited Assurance"
    S4 = "Cyber Security: Patch Management (2025/26) – Reasonable Assurance"
    rows = [
        (S1, "CTR.1", "High",
         "Changes in circumstances reported by claimants were not always processed within 14 days; 9 of 25 cases tested exceeded 30 days.",
         "Management should introduce a documented workflow with target timescales for processing changes in circumstances and monitor performance monthly.",
         "Workflow and 14-day target introduced in the Revenues and Benefits system; monthly performance report to the Chief Finance Officer.",
         "Revenues and Benefits Manager", ["Revenues and Benefits Manager"],
         d(2025, 3, 31), d(2025, 9, 30), "Complete", BLUE,
         "Workflow live from August 2025. Q2 performance 11.2 days average. Evidence provided to Internal Audit.", "blue"),
        (S1, "CTR.2", "Medium",
         "Quality checks on CTR assessments are not recorded and the 4% sample target is not being met.",
         "A quality assurance programme should be introduced with results recorded and reported.",
         "Introduce a monthly 4% quality check of CTR assessments, recorded on a QA log, with errors fed back to assessors.",
         "Revenues and Benefits Manager / Senior Benefits Officer",
         ["Revenues and Benefits Manager", "Senior Benefits Officer"],
         d(2025, 6, 30), d(2026, 3, 31), "In progress", AMBER,
         "QA log designed. Checks running at 2% due to vacancies; recruitment to Senior Benefits Officer post completed December 2025.",
         "amber"),
        (S2, "CPI.1", "Medium",
         "Cash collected from pay and display machines is not independently reconciled to machine audit reports.",
         "Cash collections should be reconciled to machine data by an officer independent of the collection process.",
         "Weekly reconciliation of cash banked to machine audit reports to be completed by Finance (Income team).",
         "Parking Services Manager", ["Parking Services Manager"],
         d(2025, 7, 31), None, "Complete", BLUE,
         "Reconciliations in place from June 2025 and reviewed by Internal Audit in October 2025.", "blue"),
        (S2, "CPI.2", "Low",
         "The fees and charges schedule for car parks published on the website did not match the tariff loaded on two machines.",
         "Tariff changes should be checked against the approved fees and charges schedule before go-live.",
         "Introduce a sign-off checklist for tariff changes, countersigned by Finance, and check all machines after each change.",
         "Parking Services Manager; Finance Manager (Income)",
         ["Parking Services Manager", "Finance Manager (Income)"],
         d(2025, 12, 31), d(2026, 5, 31), "In progress", GREEN,
         "Date revised to align with the April 2026 tariff change. Checklist drafted.", "green"),
        (S3, "TA.1", "High",
         "Nightly-paid accommodation was booked without a purchase order in 62% of cases tested and spend exceeded the procurement threshold with two providers.",
         "The Council should put in place a compliant procurement route (framework or dynamic purchasing system) for nightly-paid temporary accommodation.",
         "Procure a dynamic purchasing system for nightly-paid temporary accommodation with the Procurement team and report the route to Cabinet.",
         "Head of Housing and Built Environment", ["Head of Housing and Built Environment"],
         d(2025, 9, 30), None, "Overdue", RED,
         "Procurement delayed by capacity in the Procurement team. Cabinet report now scheduled for March 2026.", "red"),
        (S3, "TA.2", "High",
         "Invoices from providers were paid without confirmation that the household had occupied the accommodation for the nights charged.",
         "Occupancy should be verified before invoices are authorised for payment.",
         "Introduce a weekly occupancy return from providers, checked against the case management system before invoices are authorised.",
         "Housing Options Manager & Procurement Officer",
         ["Housing Options Manager", "Procurement Officer"],
         d(2025, 10, 31), d(2026, 3, 31), "In progress", AMBER,
         "Occupancy return in use with 5 of 8 providers.", "amber"),
        (S3, "TA.3", "Medium",
         "There is no regular review of households placed in temporary accommodation for more than six weeks.",
         "Long-stay placements should be reviewed regularly to confirm they remain suitable and value for money.",
         "Monthly placement review panel chaired by the Housing Options Manager for all placements over six weeks.",
         "Housing Options Manager", ["Housing Options Manager"],
         d(2026, 3, 31), None, "In progress", GREEN,
         "Panel established January 2026; terms of reference agreed.", "green"),
        (S4, "CYB.1", "Medium",
         "Critical security patches were not applied to 14 servers within the 14-day target set in the ICT Security Policy.",
         "Patch compliance should be monitored and exceptions risk-assessed and approved.",
         "Produce a monthly patch compliance report for the Digital Board, with a risk-accepted exceptions register signed off by the Chief Finance Officer.",
         "IT Infrastructure Manager", ["IT Infrastructure Manager"],
         d(2025, 12, 31), None, "Overdue", RED,
         "First report produced January 2026; exceptions register not yet in place.", "red"),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position as at 31 January 2026 – report to Audit Committee, 12 February 2026"
    hdr = ["Priority", "Total", "Complete", "In progress", "Overdue"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.border = BOX
    counts = {}
    for r in rows:
        counts.setdefault(r[2], {"Complete": 0, "In progress": 0, "Overdue": 0})
        counts[r[2]][r[10]] += 1
    rr = 5
    tot = [0, 0, 0, 0]
    for p in ("High", "Medium", "Low"):
        c = counts[p]
        vals = [p, sum(c.values()), c["Complete"], c["In progress"], c["Overdue"]]
        for i, v in enumerate(vals, 1):
            ws.cell(row=rr, column=i, value=v).border = BOX
        tot = [t + v for t, v in zip(tot, vals[1:])]
        rr += 1
    for i, v in enumerate(["Total"] + tot, 1):
        c = ws.cell(row=rr, column=i, value=v)
        c.font = Font(bold=True)
        c.border = BOX
    ws.cell(row=rr + 2, column=1,
            value="Detail of each open recommendation is on the 'Tracker' sheet. RAG definitions are on the 'Key' sheet.")
    ws.column_dimensions["A"].width = 14

    ws = wb.create_sheet("Tracker")
    ncol = 11
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A2"] = ("Report to Audit Committee, 12 February 2026. Recommendations from audits finalised in 2024/25 and "
                "2025/26 that were open at 1 April 2025 or raised since.")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    heads = ["Rec Ref", "Priority", "Finding", "Recommendation", "Agreed Management Action", "Responsible Officer",
             "Original Target Date", "Revised Target Date", "Status", "RAG", "Progress Update (January 2026)"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F4E78")
        c.alignment = WRAP
        c.border = BOX
    widths = [9, 9, 40, 40, 45, 26, 12, 12, 12, 6, 40]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[chr(64 + i)].width = w
    r = 5
    cur = None
    actions = []
    for (sec, ref, pri, finding, rec, action, officer, leads, orig, rev, st, rag, upd, exp) in rows:
        if sec != cur:
            c = ws.cell(row=r, column=1, value=sec)
            c.font = Font(bold=True)
            for i in range(1, ncol + 1):
                ws.cell(row=r, column=i).fill = fill(GREY)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            cur = sec
            r += 1
        vals = [ref, pri, finding, rec, action, officer, orig, rev, st, None, upd]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=10).fill = fill(rag)
        end_d = rev or orig
        actions.append(act(ref, [sec, rec], action, leads, end_d.strftime("%Y-%m"), exp))
        r += 1
    r += 1
    ws.cell(row=r, column=1,
            value="Notes: Revised target dates have been agreed with the Chief Auditor. Complete recommendations are removed after they have been reported once.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)

    ws = wb.create_sheet("Key")
    ws["A1"] = "RAG key"
    ws["A1"].font = Font(bold=True)
    key = [(BLUE, "Complete – implemented and evidence seen by Internal Audit"),
           (GREEN, "On track to meet the current (original or revised) target date"),
           (AMBER, "Some slippage – at risk of missing the current target date"),
           (RED, "Overdue – current target date has passed and the action is not implemented")]
    for i, (col, txt) in enumerate(key, 3):
        ws.cell(row=i, column=1).fill = fill(col)
        ws.cell(row=i, column=2, value=txt)
    ws["A8"] = "Priority: High – fundamental control weakness; Medium – significant; Low – good practice."
    ws.column_dimensions["B"].width = 80
    wb.save(os.path.join(HERE, name))

    expect(name,
           source=("Imitates a district council internal audit follow-up tracker reported to its Audit Committee, as "
                   "Hastings Borough Council's Audit Committee receives with its internal audit progress reports "
                   "(https://hastings.moderngov.co.uk, Audit Committee 2024-2025). Copies: summary sheet of totals by "
                   "priority first, tracker sheet with a merged grey row per audit (title, year and assurance opinion) "
                   "above its recommendations, finding / recommendation / agreed action columns, original and revised "
                   "target dates as date cells, a status word plus a RAG column that is fill colour only, a notes line, "
                   "and a separate Key sheet defining the colours."),
           reads=("Eight open internal audit recommendations from four audits, each grouped under its audit heading, with "
                  "the recommendation and the management action agreed for it. Each action has a responsible officer "
                  "(job titles, two posts in three cases), an original and in four cases a revised target date, and a "
                  "colour-only RAG cell that matches the status word (complete = blue)."),
           outcome="read", accept_refusal=False, title=title, actions=actions)


# ---------------------------------------------------------------------------------------------
# 2. Suffolk County Council - ASC CQC assessment improvement plan (xlsx)
# ---------------------------------------------------------------------------------------------
def suffolk():
    name = "iy2-suffolk-county-council-asc-cqc-assessment-improvement-plan.xlsx"
    title = "Suffolk County Council – Adult Social Care Improvement Plan 2025–26"
    T1 = "Theme 1: Working with people"
    T2 = "Theme 2: Providing support"
    T3 = "Theme 3: How the local authority ensures safety within the system"
    T4 = "Theme 4: Leadership"
    A1 = ("People waited too long for a Care Act assessment, with around 700 people waiting at the time of the "
          "assessment and some waiting over six months.")
    A2 = ("Unpaid carers did not always receive a carer's assessment, and some carers told CQC they did not know "
          "what support was available.")
    A3 = ("Not everyone could access information and advice in a way that met their needs, including people whose "
          "first language is not English.")
    A4 = ("There was a shortage of home care in rural parts of the county, particularly in West Suffolk, leading to "
          "delays in hospital discharge.")
    A5 = ("Young people moving from children's to adults' services did not always experience a smooth transition, "
          "and planning sometimes started late.")
    A6 = ("Safeguarding concerns were not always triaged within the local authority's own timescales.")
    A7 = ("Leaders did not have consistent assurance about the quality of practice across locality teams.")
    A8 = ("Feedback from people who use services was not routinely used to shape improvement.")
    QS = {
        A1: "QS1 Assessing needs", A2: "QS1 Assessing needs", A3: "QS3 Equity in experience and outcomes",
        A4: "QS4 Care provision, integration and continuity", A5: "QS6 Safe systems, pathways and transitions",
        A6: "QS7 Safeguarding", A7: "QS8 Governance, management and sustainability",
        A8: "QS9 Learning, improvement and innovation",
    }
    # (theme, afi, ref, action, lead cell, leads, date value, end, end_text, prev, cur, comment)
    rows = [
        (T1, A1, "1.1",
         "Deliver the assessment waiting list recovery plan, using a dedicated assessment hub and weekly oversight of waits over 28 days.",
         "Head of Assessment and Care Management", ["Head of Assessment and Care Management"],
         "Mar-26", "2026-03", None, "A", "G",
         "Waiting list reduced from 712 to 388; longest wait now 19 weeks."),
        (T1, A1, "1.2",
         "Introduce a 'waiting well' contact at six weeks for everyone awaiting assessment, with risk re-screening recorded on the case system.",
         "Principal Social Worker; Head of Practice Quality", ["Principal Social Worker", "Head of Practice Quality"],
         d(2025, 9, 30), "2025-09", None, "G", "B",
         "Contacts in place since September 2025; audit of 40 cases completed."),
        (T1, A2, "1.3",
         "Recommission the carers' support service to include carer's assessments under delegated arrangements and an online self-assessment.",
         "Head of Commissioning (Carers and Prevention)", ["Head of Commissioning (Carers and Prevention)"],
         "Q4 2025/26", "2026-03", None, "G", "G",
         "Tender evaluation complete; contract award due February 2026."),
        (T1, A3, "1.4",
         "Refresh the adult social care information and advice offer, including easy-read and translated versions of the ten most used pages, co-produced with the Suffolk Equality Panel.",
         "Head of Equality, Diversity and Inclusion", ["Head of Equality, Diversity and Inclusion"],
         "June 2026", "2026-06", None, "A", "A",
         "Co-production sessions delayed; new plan agreed with the Panel in November."),
        (T2, A4, "2.1",
         "Launch rural home care zones in West Suffolk with enhanced rates and guaranteed hours for providers.",
         "Head of Commissioning (Older People) / Head of Hospital Discharge",
         ["Head of Commissioning (Older People)", "Head of Hospital Discharge"],
         d(2026, 1, 31), "2026-01", None, "A", "R",
         "Only two of five zones have a provider in place; market engagement re-run in December."),
        (T2, A4, "2.2",
         "Expand the in-house reablement service by 20 posts to cover discharge delays while zones are established.",
         "Karen Aldous and Tom Reeve", ["Karen Aldous", "Tom Reeve"],
         "Nov-25", "2025-11", None, "G", "B",
         "All 20 posts recruited; service live from November 2025."),
        (T3, A5, "3.1",
         "Implement the joint Preparing for Adulthood protocol with Children and Young People's Services, with transition planning starting at age 14.",
         "Head of Transitions (Preparing for Adulthood)", ["Head of Transitions (Preparing for Adulthood)"],
         "Ongoing", None, "Ongoing", "G", "G",
         "Protocol signed off; monthly transitions panel operating."),
        (T3, A6, "3.2",
         "Strengthen oversight of safeguarding concerns awaiting triage:\n- daily RAG-rated review of the adult safeguarding queue by a team manager\n- weekly exception report to the Head of Safeguarding Adults\n- monthly audit of 20 closed enquiries",
         "Head of Safeguarding Adults", ["Head of Safeguarding Adults"],
         d(2025, 12, 31), "2025-12", None, "A", "G",
         "Daily review and weekly report in place; audit programme starts January."),
        (T4, A7, "4.1",
         "Introduce a practice quality assurance framework with monthly case audits in every locality team, reported to the ASC Improvement Board.",
         "Assistant Director – Practice and Quality", ["Assistant Director – Practice and Quality"],
         "Jan-26", "2026-01", None, "G", "G",
         "Framework approved; first audit cycle in progress."),
        (T4, A8, "4.2",
         "Set up a 'You said, we did' feedback loop using the annual survey, complaints and the Adult Social Care Experts by Experience group, reported quarterly.",
         "Head of Performance and Intelligence", ["Head of Performance and Intelligence"],
         "Q1 2026/27", "2026-06", None, "G", "G",
         "Experts by Experience group recruited; first quarterly report planned for April."),
    ]
    ragfill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    statusword = {"B": "blue", "G": "green", "A": "amber", "R": "red"}

    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Response to the CQC local authority assessment of adult social care (report published 2025)"
    ws["A4"] = "Document control"
    ws["A4"].font = Font(bold=True)
    dc = [("Version", "Date", "Author", "Change"),
          ("0.3", "14/05/2025", "ASC Improvement Lead", "Draft for Adult and Community Services DMT"),
          ("1.0", "02/06/2025", "ASC Improvement Lead", "Approved by ASC Improvement Board"),
          ("1.4", "03/12/2025", "ASC Improvement Lead", "Q3 progress update")]
    for i, row in enumerate(dc, 5):
        for j, v in enumerate(row, 1):
            c = ws.cell(row=i, column=j, value=v)
            c.border = BOX
            if i == 5:
                c.font = Font(bold=True)
                c.fill = fill(GREY)
    ws["A10"] = "Plan owner: Executive Director of Adult and Community Services"
    ws["A11"] = "Governance: ASC Improvement Board (monthly); Health and Wellbeing Board (quarterly)"
    for col, w in zip("ABCD", (12, 12, 24, 44)):
        ws.column_dimensions[col].width = w

    ws = wb.create_sheet("Improvement Plan")
    ncol = 9
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A2"] = "Progress position: December 2025 (Q3)"
    heads = ["Ref", "Quality statement", "CQC area for improvement", "Action", "Lead(s)", "Target date",
             "Previous RAG", "Current RAG", "Progress commentary"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("305496")
        c.alignment = WRAP
        c.border = BOX
    for col, w in zip("ABCDEFGHI", (6, 22, 42, 50, 28, 12, 9, 9, 40)):
        ws.column_dimensions[col].width = w
    r = 5
    cur_t = None
    actions = []
    groups = []  # (afi, first_row, last_row)
    for (th, afi, ref, action, leadcell, leads, dateval, end, end_text, prev, cur, comment) in rows:
        if th != cur_t:
            c = ws.cell(row=r, column=1, value=th)
            c.font = Font(bold=True)
            for i in range(1, ncol + 1):
                ws.cell(row=r, column=i).fill = fill("D9E1F2")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            cur_t = th
            r += 1
        if groups and groups[-1][0] == afi and groups[-1][2] == r - 1:
            groups[-1][2] = r
            first = False
        else:
            groups.append([afi, r, r])
            first = True
        vals = [ref, QS[afi] if first else None, afi if first else None, action, leadcell, dateval, prev, cur, comment]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=7).fill = fill(ragfill[prev])
        ws.cell(row=r, column=8).fill = fill(ragfill[cur])
        ws.cell(row=r, column=7).alignment = Alignment(horizontal="center", vertical="top")
        ws.cell(row=r, column=8).alignment = Alignment(horizontal="center", vertical="top")
        actions.append(act(ref, [th, afi], action, leads, end, statusword[cur], end_text))
        r += 1
    for afi, a, b in groups:
        if b > a:
            ws.merge_cells(start_row=a, start_column=2, end_row=b, end_column=2)
            ws.merge_cells(start_row=a, start_column=3, end_row=b, end_column=3)
    r += 1
    n = {k: sum(1 for x in rows if x[10] == k) for k in "BGAR"}
    ws.cell(row=r, column=1,
            value=f"Summary: {len(rows)} actions – {n['B']} complete (B), {n['G']} green, {n['A']} amber, {n['R']} red")
    ws.cell(row=r, column=1).font = Font(italic=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)

    ws = wb.create_sheet("RAG key")
    key = [("B", BLUE, "Complete – action delivered and impact evidenced"),
           ("G", GREEN, "On track to deliver by the target date"),
           ("A", AMBER, "Some risk to delivery – mitigation in place"),
           ("R", RED, "Off track – escalated to the ASC Improvement Board")]
    ws["A1"] = "RAG key"
    ws["A1"].font = Font(bold=True)
    for i, (l, col, txt) in enumerate(key, 2):
        ws.cell(row=i, column=1, value=l).fill = fill(col)
        ws.cell(row=i, column=2, value=txt)
    ws.column_dimensions["B"].width = 60
    wb.save(os.path.join(HERE, name))

    expect(name,
           source=("Imitates an English county council's post-CQC local authority assessment adult social care "
                   "improvement plan (the form B&NES, Sheffield and others took to Cabinet in 2025; CQC themes and "
                   "quality statements as set out in the LGA's analysis, "
                   "https://www2.local.gov.uk/publications/analyis-local-authority-cqc-assessment-reports-what-does-good-look). "
                   "Copies: cover sheet with a document-control table, plan sheet with merged theme rows, quality "
                   "statement and CQC area for improvement cells merged down over their actions, several leads in a "
                   "cell, mixed target-date forms (Mar-26, date cell, Q4 2025/26, Ongoing), Previous and Current RAG "
                   "letter columns with fills, a summary line, and a RAG key sheet."),
           reads=("Ten actions under the four CQC themes, each answering a CQC area for improvement written above it "
                  "(merged over two actions where it has two). Each has a lead (job titles, one pair of named people), "
                  "a target date in a mix of formats and a previous and current RAG; the current one is the status."),
           outcome="read", accept_refusal=False, title=title, actions=actions)


# ---------------------------------------------------------------------------------------------
# 3. Lancashire Fire and Rescue Service - HMICFRS AFI improvement plan (xlsx)
# ---------------------------------------------------------------------------------------------
def lancashire():
    name = "iy2-lancashire-fire-rescue-service-hmicfrs-afi-improvement-plan.xlsx"
    title = "Lancashire Fire and Rescue Service – HMICFRS Round 3 Areas for Improvement Action Plan"
    P1 = "Effectiveness – Preventing fire and other risks"
    P2 = "Effectiveness – Responding to major and multi-agency incidents"
    P3 = "Efficiency – Making best use of resources"
    P4 = "People – Promoting fairness and diversity"
    F1 = "AFI 1 – The service should make sure it evaluates its prevention activity so it understands what works."
    F2 = ("AFI 2 – The service should make sure it is well prepared to form part of a multi-agency response to a "
          "terrorist incident, and that its procedures are understood by all staff.")
    F3 = ("AFI 3 – The service should make sure its workforce plan takes full account of the skills and "
          "capabilities it needs to carry out its community risk management plan.")
    F4 = ("AFI 4 – The service should improve how it collects equality data so it can better understand its "
          "workforce and identify any barriers to recruitment, retention and progression.")
    # (pillar, afi, ref, action, owner cell, owners, target, revised, end, end_text, status, fill, update, exp)
    rows = [
        (P1, F1, "1.1",
         "Adopt the NFCC prevention evaluation toolkit and apply it to Home Fire Safety Checks and the Wasted Lives road safety programme.",
         "Group Manager – Prevention", ["Group Manager – Prevention"],
         d(2026, 3, 31), None, "2026-03", None, "On track", GREEN,
         "Toolkit adopted; evaluation of Home Fire Safety Checks under way with UCLan.", "green"),
        (P1, F1, "1.2",
         "Build a prevention outcomes dashboard in the performance system so evaluation findings are reported to the Performance Committee.",
         "Prevention Support Manager / Data and Business Intelligence Manager",
         ["Prevention Support Manager", "Data and Business Intelligence Manager"],
         "Q1 2026/27", None, "2026-06", None, "On track", GREEN,
         "Dashboard specification agreed.", "green"),
        (P2, F2, "2.1",
         "Deliver Marauding Terrorist Attack (MTA) refresher training to all operational crews, including on-call stations.",
         "Area Manager, Response and Emergency Planning", ["Area Manager, Response and Emergency Planning"],
         d(2025, 11, 30), None, "2025-11", None, "Complete", BLUE,
         "Training delivered to 100% of wholetime and 94% of on-call crews; remaining staff booked.", "blue"),
        (P2, F2, "2.2",
         "Run a joint MTA exercise with Lancashire Constabulary and North West Ambulance Service, testing JESIP principles and shared situational awareness.",
         "GM Operational Assurance", ["GM Operational Assurance"],
         d(2026, 1, 31), d(2026, 4, 30), "2026-04", None, "At risk", AMBER,
         "Exercise moved to April 2026 at the request of partners.", "amber"),
        (P3, F3, "3.1",
         "Refresh the Strategic Workforce Plan so that it is aligned to the 2022–27 CRMP and identifies specialist skills such as fire engineering and wildfire.",
         "Director of People and Development", ["Director of People and Development"],
         d(2026, 3, 31), None, "2026-03", None, "On track", GREEN,
         "Draft plan to Executive Board in February.", "green"),
        (P3, F3, "3.2",
         "Introduce annual skills and capability reviews for each department, feeding succession plans for critical roles.",
         "Head of HR; Head of Organisational Development", ["Head of HR", "Head of Organisational Development"],
         "Ongoing", None, None, "Ongoing", "On track", GREEN,
         "First round of reviews completed in December 2025.", "green"),
        (P4, F4, "4.1",
         "Run a 'Count Me In' campaign to raise staff declaration rates for protected characteristics on the HR system.",
         "EDI Manager", ["EDI Manager"],
         d(2025, 10, 31), None, "2025-10", None, "Complete", BLUE,
         "Declaration rate increased from 61% to 83%.", "blue"),
        (P4, F4, "4.2",
         "Analyse recruitment, promotion and leavers data by protected characteristic and report findings to the People Committee.",
         "EDI Manager & HR Business Partner", ["EDI Manager", "HR Business Partner"],
         d(2026, 2, 28), None, "2026-02", None, "On track", GREEN,
         "Data extracted; analysis in progress.", "green"),
        (P4, F4, "4.3",
         "Develop positive action plans for on-call recruitment in the districts where the workforce is least representative of the community.",
         "Area Manager – On-Call", ["Area Manager – On-Call"],
         d(2025, 12, 31), None, "2025-12", None, "Off track", RED,
         "Dependent on 4.2; district analysis not yet available.", "red"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "AFI Action Plan"
    ncol = 7
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14, color="C00000")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A2"] = "Inspection report published 14 August 2025 | Reported to Planning Committee, 16 February 2026"
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    heads = ["Ref", "Action", "Owner", "Target date", "Revised date", "Status", "Update"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("C00000")
        c.border = BOX
    for col, w in zip("ABCDEFG", (6, 60, 30, 12, 12, 11, 45)):
        ws.column_dimensions[col].width = w
    r = 5
    cp = cf = None
    actions = []
    for (p, f, ref, action, ownercell, owners, tgt, rev, end, end_text, st, fl, upd, exp) in rows:
        if p != cp:
            c = ws.cell(row=r, column=1, value=p)
            c.font = Font(bold=True, color="FFFFFF")
            for i in range(1, ncol + 1):
                ws.cell(row=r, column=i).fill = fill("404040")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            cp = p
            r += 1
        if f != cf:
            c = ws.cell(row=r, column=1, value=f)
            c.font = Font(bold=True, italic=True)
            c.alignment = WRAP
            for i in range(1, ncol + 1):
                ws.cell(row=r, column=i).fill = fill("F2F2F2")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            ws.row_dimensions[r].height = 30
            cf = f
            r += 1
        vals = [ref, action, ownercell, tgt, rev, st, upd]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=6).fill = fill(fl)
        actions.append(act(ref, [p, f], action, owners, end, exp, end_text))
        r += 1
    r += 1
    ws.cell(row=r, column=1,
            value=("Status key: Complete (blue) – action delivered and evidenced; On track (green); "
                   "At risk (amber) – revised date agreed; Off track (red) – escalated to Executive Board."))
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)

    ws = wb.create_sheet("Version control")
    vc = [("Version", "Date", "Author", "Summary of changes"),
          ("1.0", "15/09/2025", "Head of Service Improvement", "Action plan created from Round 3 report"),
          ("1.1", "17/11/2025", "Head of Service Improvement", "Updates for Planning Committee"),
          ("1.2", "02/02/2026", "Head of Service Improvement", "Updates for Planning Committee; 2.2 revised date")]
    for i, row in enumerate(vc, 1):
        for j, v in enumerate(row, 1):
            c = ws.cell(row=i, column=j, value=v)
            c.border = BOX
            if i == 1:
                c.font = Font(bold=True)
    ws.column_dimensions["C"].width = 28
    ws.column_dimensions["D"].width = 50

    ws = wb.create_sheet("Glossary")
    gl = [("Term", "Meaning"), ("AFI", "Area for improvement"), ("CRMP", "Community Risk Management Plan"),
          ("EDI", "Equality, diversity and inclusion"), ("GM", "Group Manager"),
          ("JESIP", "Joint Emergency Services Interoperability Principles"), ("MTA", "Marauding terrorist attack"),
          ("NFCC", "National Fire Chiefs Council")]
    for i, row in enumerate(gl, 1):
        for j, v in enumerate(row, 1):
            ws.cell(row=i, column=j, value=v).font = Font(bold=(i == 1))
    ws.column_dimensions["B"].width = 50
    wb.save(os.path.join(HERE, name))

    expect(name,
           source=("Imitates the HMICFRS areas-for-improvement action plan a fire and rescue authority keeps after its "
                   "inspection; Lancashire CFA's Planning Committee received HMICFRS Round 3 updates in 2025 "
                   "(https://cfa.lancsfirerescue.org.uk/ieListDocuments.aspx?CId=134&MId=502&Ver=4). The AFIs here are "
                   "illustrative. Copies: title and committee line, dark pillar/area rows, each AFI written in full in "
                   "a merged row above its numbered actions, owners as ranks/posts, target and revised date columns, a "
                   "status word with matching fill, a status key line, and version-control and glossary sheets."),
           reads=("Nine actions answering four HMICFRS areas for improvement, grouped by inspection pillar and area. "
                  "Each action has an owner (posts; two where separated by /, ; or &), a target date (one revised, one "
                  "given as a quarter, one ongoing) and a status word defined by the key at the foot."),
           outcome="read", accept_refusal=False, title=title, actions=actions)


# ---------------------------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    """Write text; '\n' in text starts a new paragraph in the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.font.size = Pt(size)


# ---------------------------------------------------------------------------------------------
# 4. Welsh Ambulance Services - Audit Wales structured assessment management response (docx)
# ---------------------------------------------------------------------------------------------
def wast():
    name = "iy2-welsh-ambulance-services-audit-wales-structured-assessment-2024-management-response.docx"
    title = "Audit Wales Structured Assessment 2024 – Management Response and Action Plan"
    doc = Document()
    doc.sections[0].header.paragraphs[0].text = "Welsh Ambulance Services University NHS Trust"
    doc.add_heading(title, level=0)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Report to", "Audit Committee"), ("Meeting date", "4 December 2025"),
                 ("Executive lead", "Director of Finance and Corporate Resources"),
                 ("Author", "Assistant Director of Corporate Governance"), ("Status", "For assurance")]:
        c = t.add_row().cells
        set_cell(c[0], k, bold=True)
        set_cell(c[1], v)
        shade(c[0], "E7E6E6")
    doc.add_paragraph("")
    doc.add_paragraph(
        "Audit Wales reported the findings of its 2024 structured assessment of the Trust in January 2025. The report "
        "made four recommendations. This paper sets out the Trust's management response and progress against each "
        "action at November 2025.")
    doc.add_paragraph(
        "Status key: Complete – action delivered; Green – on track to deliver by the completion date; "
        "Amber – risk to delivery, revised date agreed with the Audit Committee.")

    R1 = ("R1 The Trust should strengthen its Board Assurance Framework so that each principal risk shows the gaps in "
          "control and assurance and the actions to close them.")
    R2 = ("R2 The Trust should ensure that committee annual reports and self-assessments of effectiveness are "
          "completed and reported to the Board each year.")
    R3 = ("R3 The Trust should develop a delivery plan for its long-term strategy with measurable milestones, and "
          "report progress to the Board at least twice a year.")
    R4 = ("R4 The Trust should set out how it will achieve recurrent savings to address its underlying deficit, "
          "supported by a savings plan with clear ownership.")
    sections = [
        ("Governance arrangements", [
            (R1, "R1.1",
             "Redesign the Board Assurance Framework template to show gaps in control and assurance for each principal risk.\nPilot the new template with the Quality, Patient Experience and Safety Committee before Board adoption.",
             "Board Secretary", ["Board Secretary"], "March 2025", "2025-03", None, "Complete", "blue"),
            (R1, "R1.2",
             "Deliver a Board development session on risk appetite and use it to refresh the Trust's risk appetite statement.",
             "Assistant Director of Corporate Governance / Board Secretary",
             ["Assistant Director of Corporate Governance", "Board Secretary"],
             "30 June 2025", "2025-06", None, "Complete", "blue"),
            (R2, "R2.1",
             "Introduce a standard committee annual report and effectiveness self-assessment, with results reported to the Board each May.",
             "Board Secretary", ["Board Secretary"], "Ongoing", None, "Ongoing", "Green", "green"),
        ]),
        ("Strategic planning arrangements", [
            (R3, "R3.1",
             "Publish a delivery plan for the long-term strategy with milestones and outcome measures for each strategic ambition.",
             "Director of Strategy, Planning and Performance", ["Director of Strategy, Planning and Performance"],
             "September 2025\nRevised: March 2026", "2026-03", None, "Amber", "amber"),
            (R3, "R3.2",
             "Report progress against the delivery plan to the Board twice a year, aligned to the IMTP quarterly monitoring cycle.",
             "Director of Strategy, Planning and Performance", ["Director of Strategy, Planning and Performance"],
             "Q4 2025/26", "2026-03", None, "Green", "green"),
        ]),
        ("Managing financial resources", [
            (R4, "R4.1",
             "Establish a Financial Sustainability Programme Board, chaired by the Chief Executive, to oversee the recurrent savings plan.",
             "Director of Finance and Corporate Resources", ["Director of Finance and Corporate Resources"],
             "April 2025", "2025-04", None, "Complete", "blue"),
            (R4, "R4.2",
             "Agree owners and delivery milestones for each savings scheme, with monthly reporting to the Finance and Performance Committee.",
             "Deputy Director of Finance; Head of Financial Planning",
             ["Deputy Director of Finance", "Head of Financial Planning"],
             "31 December 2025", "2025-12", None, "Green", "green"),
        ]),
    ]
    actions = []
    for heading, items in sections:
        doc.add_heading(heading, level=1)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Recommendation", "Management response", "Responsible officer",
                                          "Completion date", "Status"]):
            set_cell(c, h, bold=True)
            shade(c, "003B5C")
            for run in c.paragraphs[0].runs:
                run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        first_row = {}
        for (rec, ref, action, offcell, offs, datecell, end, end_text, st, exp) in items:
            cells = t.add_row().cells
            set_cell(cells[0], ref)
            set_cell(cells[2], action)
            set_cell(cells[3], offcell)
            set_cell(cells[4], datecell)
            set_cell(cells[5], st)
            shade(cells[5], {"Complete": "5B9BD5", "Green": "92D050", "Amber": "FFC000"}[st])
            ri = len(t.rows) - 1
            if rec in first_row:
                a = t.cell(first_row[rec], 1)
                m = a.merge(t.cell(ri, 1))
                set_cell(m, rec)
            else:
                first_row[rec] = ri
                set_cell(cells[1], rec)
            actions.append(act(ref, [heading, rec], action, offs, end, exp, end_text))
        doc.add_paragraph("")
    doc.add_paragraph("Audit Wales will follow up these recommendations as part of the 2025 structured assessment.")
    doc.save(os.path.join(HERE, name))

    expect(name,
           source=("Imitates the management response and action plan an NHS Wales body takes to its Audit Committee "
                   "after the Audit Wales annual structured assessment (Audit Wales recommendations numbered R1, R2 ...; "
                   "see Audit Wales's local reports on www.audit.wales and the organisational-response form councils "
                   "present, e.g. http://democracy.anglesey.gov.uk/mgAi.aspx?ID=15836). Copies: cover-style "
                   "document-control table, a status key paragraph, one table per area of the assessment under a "
                   "heading, the Audit Wales recommendation in a vertically merged cell beside its actions, responsible "
                   "officers as posts, completion dates in words with one original and revised date in a cell, and a "
                   "status word with shading."),
           reads=("Seven management actions answering four Audit Wales recommendations, split into three areas "
                  "(governance, strategic planning, financial resources), each in its own table. Each action has a "
                  "responsible officer, a completion date (one revised from September 2025 to March 2026, one ongoing) "
                  "and a status of Complete, Green or Amber."),
           outcome="read", accept_refusal=False, title=title, actions=actions)


# ---------------------------------------------------------------------------------------------
# 5. North Yorkshire Council - RSH consumer standards housing improvement plan (docx)
# ---------------------------------------------------------------------------------------------
def nyc():
    name = "iy2-north-yorkshire-council-rsh-consumer-standards-housing-improvement-plan.docx"
    title = "Housing Improvement Plan – Regulator of Social Housing Consumer Standards"
    W1 = "Workstream 1: Stock condition and decent homes"
    W2 = "Workstream 2: Fire safety"
    W3 = "Workstream 3: Electrical, gas and carbon monoxide safety"
    W4 = "Workstream 4: Water hygiene, asbestos and lifts"
    W5 = "Workstream 5: Tenant Satisfaction Measures and tenant voice"
    W6 = "Workstream 6: Data, assurance and governance"
    # (ws, ref, action, lead cell, leads, due cell, end, end_text, rag text, rag fill, update, exp)
    rows = [
        (W1, "1.1", "Commission a 100% stock condition survey of all council homes over two years.",
         "Head of Housing Property Services", ["Head of Housing Property Services"],
         "April 2025 – March 2026", "2026-03", None, "Amber", "FFC000",
         "6,112 of 8,460 homes surveyed (72%). Access rate lower in Craven and Richmondshire.", "amber"),
        (W1, "1.2", "Load survey data into the asset management system and validate it against repairs history.",
         "Asset Manager", ["Asset Manager"], "Q3 2025/26", "2025-12", None, "Green", "92D050",
         "Validation rules agreed; data loaded for surveys to October.", "green"),
        (W1, "1.3", "Agree a revised 30-year HRA business plan reflecting the survey findings.",
         "Assistant Director – Housing; Strategic Finance Manager (HRA)",
         ["Assistant Director – Housing", "Strategic Finance Manager (HRA)"],
         "Sept 2026", "2026-09", None, "Green", "92D050", "Not due to start until survey completion.", "green"),
        (W2, "2.1", "Clear the backlog of overdue fire risk assessments for blocks with communal areas.",
         "Building Safety Manager", ["Building Safety Manager"], "Dec 2024", "2024-12", None, "Blue", "5B9BD5",
         "All 214 FRAs in date since December 2024.", "blue"),
        (W2, "2.2", "Complete all high-priority remedial actions arising from fire risk assessments.",
         "Building Safety Manager", ["Building Safety Manager"], "31/03/2025", "2025-03", None, "Red", "FF0000",
         "38 high-priority actions still open (fire doors); contractor capacity issue escalated to the Housing Improvement Board.",
         "red"),
        (W3, "3.1", "Complete electrical installation condition reports (EICRs) for all homes without a valid certificate.",
         "Compliance Manager (Electrical & Gas)", ["Compliance Manager (Electrical & Gas)"],
         "End of June 2025", "2025-06", None, "Blue", "5B9BD5", "EICR compliance 99.4% at 30 November.", "blue"),
        (W3, "3.2", "Fit carbon monoxide alarms in all homes with a fixed combustion appliance and record them on the compliance system.",
         "Jane Holt and Raj Mistry", ["Jane Holt", "Raj Mistry"], "31/10/2025", "2025-10", None, "Blue", "5B9BD5",
         "Programme complete; 212 no-access cases being pursued through tenancy enforcement.", "blue"),
        (W4, "4.1", "Review all water hygiene (legionella) risk assessments and complete recommended actions.",
         "Compliance Manager (Water and Asbestos)", ["Compliance Manager (Water and Asbestos)"],
         "Jan 2026", "2026-01", None, "Green", "92D050", "Reviews complete; 9 of 41 actions outstanding.", "green"),
        (W4, "4.2", "Bring asbestos management surveys for communal areas onto a single register with re-inspection dates.",
         "Compliance Manager (Water and Asbestos)", ["Compliance Manager (Water and Asbestos)"],
         "Q4 2025/26", "2026-03", None, "", "92D050", "Register procured; migration of records started.", "green"),
        (W5, "5.1", "Carry out the annual Tenant Satisfaction Measures perception survey and publish the results.",
         "Tenant Engagement Lead; Performance Manager", ["Tenant Engagement Lead", "Performance Manager"],
         "Annual", None, "Annual", "Green", "92D050",
         "2024/25 results published June 2025; 2025/26 survey commissioned.", "green"),
        (W5, "5.2", "Set up a tenant scrutiny panel to review the compliance performance report each quarter.",
         "Tenant Engagement Lead", ["Tenant Engagement Lead"], "Sept 2025", "2025-09", None, "Blue", "5B9BD5",
         "Panel of 11 tenants met in September and November.", "blue"),
        (W6, "6.1", "Report a monthly compliance dashboard covering the big six safety areas to the Housing Improvement Board and the Executive Member.",
         "Head of Housing Performance", ["Head of Housing Performance"], "Monthly", None, "Monthly", "Green", "92D050",
         "Dashboard reported monthly since October 2024.", "green"),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading(title, level=0)
    p = doc.add_paragraph()
    p.add_run("North Yorkshire Council – Housing Services").bold = True
    doc.add_paragraph("Progress update for the Housing Improvement Board: position at 30 November 2025")
    doc.add_paragraph(
        "In September 2024 the Regulator of Social Housing concluded that the council did not meet the outcomes of "
        "the Safety and Quality Standard and gave a C3 grading. This plan sets out the actions the council is taking "
        "to put things right. It is monitored monthly by the Housing Improvement Board and shared with the Regulator "
        "at each engagement meeting.")
    doc.add_heading("RAG key", level=2)
    kt = doc.add_table(rows=0, cols=2)
    kt.style = "Table Grid"
    for word, col, meaning in [("Blue", "5B9BD5", "Complete"), ("Green", "92D050", "On track"),
                               ("Amber", "FFC000", "At risk – mitigating action in place"),
                               ("Red", "FF0000", "Off track – escalated")]:
        c = kt.add_row().cells
        set_cell(c[0], word, bold=True)
        shade(c[0], col)
        set_cell(c[1], meaning)
    doc.add_paragraph("")
    doc.add_heading("Action plan", level=1)
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["No.", "Action", "Lead", "Due", "RAG", "Progress update"]):
        set_cell(c, h, bold=True)
        shade(c, "BDD7EE")
    cur = None
    actions = []
    for (w, ref, action, leadcell, leads, due, end, end_text, rag, ragfill, upd, exp) in rows:
        if w != cur:
            cells = t.add_row().cells
            m = cells[0].merge(cells[5])
            set_cell(m, w, bold=True)
            shade(m, "DEEAF6")
            cur = w
        cells = t.add_row().cells
        for c, v in zip(cells, [ref, action, leadcell, due, rag, upd]):
            set_cell(c, v)
        shade(cells[4], ragfill)
        actions.append(act(ref, [w], action, leads, end, exp, end_text))
    doc.add_paragraph("")
    doc.add_paragraph("Figures are taken from the Housing Compliance dashboard as at 30 November 2025.")
    doc.save(os.path.join(HERE, name))

    expect(name,
           source=("Imitates the housing improvement plan a stock-holding council publishes after a C3 consumer "
                   "standards judgement from the Regulator of Social Housing; North Yorkshire Council was graded C3 in "
                   "2024 and developed an improvement plan for its housing services "
                   "(https://housingtoday.co.uk/news/three-more-councils-found-in-breach-of-regulators-consumer-standards/5131560.article). "
                   "Details are illustrative. Copies: title, service and board lines, an intro paragraph, a RAG key "
                   "table, one action table with shaded merged workstream rows, RAG words with cell shading (one cell "
                   "shaded only), due dates in mixed forms (period, quarter, 'End of', Monthly, Annual) and a notes "
                   "line."),
           reads=("Twelve numbered actions in six workstreams (stock condition, fire, electrical/gas/CO, water/asbestos/"
                  "lifts, TSMs and tenant voice, data and governance). Each has a lead (posts; two named people in one "
                  "case), a due date and a RAG word read with the key (Blue = complete); action 4.2 has only a green "
                  "shaded RAG cell."),
           outcome="read", accept_refusal=False, title=title, actions=actions)


# ---------------------------------------------------------------------------------------------
# 6. Bassetlaw District Council - strategic risk register Q3 2025/26 (csv) - refuse
# ---------------------------------------------------------------------------------------------
def bassetlaw():
    name = "iy2-bassetlaw-dc-strategic-risk-register-q3-2025-26-typo-month-refuse.csv"
    title = "Bassetlaw District Council – Strategic Risk Register, Quarter 3 2025/26"
    import csv
    import io
    head = ["Risk Ref", "Risk Title", "Risk Owner", "Inherent Score", "Current Score", "Target Score",
            "Direction of Travel", "Further Action Planned", "Action Owner", "Action Due", "Action RAG"]
    n = len(head)

    def pad(*v):
        return list(v) + [""] * (n - len(v))

    lines = [
        pad(title),
        pad("Position at 31 December 2025 – presented to Audit and Risk Committee, 29 January 2026"),
        pad("Scores are Likelihood x Impact (1-5 each). Red 15-25; Amber 8-14; Green 1-7."),
        pad(),
        head,
        ["SR01", "Medium-term financial sustainability", "Director of Corporate Resources", "20", "16", "9",
         "Unchanged", "Deliver the 2026/27 savings programme and close the £2.1m budget gap", "Head of Finance",
         "Feb-26", "A"],
        ["", "", "", "", "", "", "", "Review reserves strategy as part of the MTFP refresh", "Head of Finance",
         "Mar-26", "G"],
        ["SR02", "Local Government Reorganisation in Nottinghamshire", "Chief Executive", "20", "20", "12",
         "Increased", "Submit final proposal for unitary structures to Government", "Chief Executive", "Nov-25", "B"],
        ["", "", "", "", "", "", "", "Establish LGR programme board and transition workstreams", "Head of Transformation",
         "Apr-26", "G"],
        ["SR03", "Cyber attack causing loss of systems or data", "Head of ICT", "25", "15", "10", "Unchanged",
         "Achieve Cyber Assessment Framework baseline and complete the annual penetration test", "Head of ICT",
         "Jun-26", "G"],
        ["SR04", "Housing compliance and building safety (council homes)", "Director of Housing", "20", "12", "8",
         "Reduced", "Complete remedial actions from 2025 fire risk assessments", "Head of Housing Property Services",
         "0ct-26", "A"],
        ["SR05", "Delivery of the Worksop town centre regeneration programme", "Director of Regeneration", "16",
         "12", "8", "Unchanged", "Agree revised funding profile for the Worksop Bus Station scheme with government",
         "Regeneration Programme Manager", "Mar-26", "A"],
        ["SR06", "Recruitment and retention in hard-to-fill professional roles", "Head of HR", "16", "12", "9",
         "Reduced", "Implement market supplements for planning and legal roles", "Head of HR", "Jan-26", "G"],
        ["SR07", "Civil emergency or major incident response", "Director of Corporate Resources", "15", "10", "8",
         "Unchanged", "Refresh the Emergency Plan and run a Local Resilience Forum exercise", "Emergency Planning Officer",
         "Jul-26", "G"],
        pad(),
        pad("Action RAG: B = complete, G = on track, A = at risk, R = overdue. Direction of travel compares with Q2 2025/26."),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerows(lines)
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())
    refuse_line = next(i for i, l in enumerate(buf.getvalue().split("\r\n"), 1) if "0ct-26" in l)

    expect(name,
           source=("Imitates a district council strategic risk register exported from Excel to CSV for the quarterly "
                   "report to an audit committee (cf. quarterly strategic risk monitoring reports such as "
                   "https://democracy.eastsussex.gov.uk/documents/s56868/Strategic%20Risk%20Monitoring%20-%20Quarter%203%202023.24.html). "
                   "Copies: title, position and scoring-key lines padded with commas, inherent/current/target scores, "
                   "direction of travel, further actions with owner, due month (Mmm-YY) and RAG letter, second actions "
                   "on rows with the risk columns left blank, and a key line at the foot."),
           reads=("Seven strategic risks with nine further actions, each with an owner, a due month written Mmm-YY and "
                  "a RAG letter. On the SR04 row the due month is written '0ct-26' with a zero for the letter O: a "
                  "mistyped month, so a careful reader stops and asks what was meant before importing."),
           outcome="refuse", accept_refusal=False, refuse_at=refuse_line, title=title)


# ---------------------------------------------------------------------------------------------
# 7. Glasgow City Council - annual audit report action plan progress (tab-separated txt)
# ---------------------------------------------------------------------------------------------
def glasgow():
    name = "iy2-glasgow-city-council-annual-audit-report-2023-24-action-plan.txt"
    title = "Glasgow City Council – 2023/24 Annual Audit Report: Action Plan Progress Update"
    RC1 = ("The council should set out how the cumulative budget gap will be closed over the medium term, "
           "identifying specific savings and transformation proposals.")
    RC2 = ("The council should keep the funding strategy for the remaining equal pay liabilities under review and "
           "report it regularly to elected members.")
    RC3 = ("The council should improve the profiling of its capital programme so that budgets reflect realistic "
           "delivery timescales.")
    RC4 = ("The council should strengthen its oversight of the arm's-length external organisations (ALEOs) that "
           "deliver services on its behalf.")
    RC5 = ("The council should develop a strategic workforce plan that addresses the age profile of its workforce "
           "and hard-to-fill posts.")
    RC6 = ("The council should complete the actions from its cyber resilience self-assessment and report progress to "
           "the Finance and Audit Scrutiny Committee.")
    RC7 = ("The council should carry out a full reconciliation of the fixed asset register to the property "
           "database.")
    # (no, year, area, issue, rec (blank for fill-down), action, officer cell, officers, date, revised, end,
    #  end_text, rag, update, under-rec, status)
    rows = [
        ("1", "2023/24", "Financial sustainability",
         "The council has identified a cumulative budget gap of £108 million for 2025/26 to 2027/28.", RC1,
         "Update the Medium-Term Financial Outlook to set out savings options and the contribution from the transformation programme, for approval at budget setting.",
         "Executive Director of Finance", ["Executive Director of Finance"], "28 February 2025", "",
         "2025-02", None, "B", "Budget and MTFO approved by Council on 20 February 2025."),
        ("2", "2023/24", "Equal pay",
         "Equal pay settlements are funded through the Glasgow Equal Pay Programme; further liabilities remain.", RC2,
         "Report the equal pay funding strategy to the City Administration Committee every six months.",
         "Executive Director of Finance; Director of Legal and Administration",
         ["Executive Director of Finance", "Director of Legal and Administration"], "Ongoing", "",
         None, "Ongoing", "G", "Reports made in June and December 2025."),
        ("3a", "2023/24", "Capital programme",
         "Capital expenditure was £96 million below budget in 2023/24, largely due to slippage.", RC3,
         "Introduce quarterly re-profiling of the capital programme by project sponsors, reviewed by the Capital Programme Board.",
         "Head of Financial Services", ["Head of Financial Services"], "30 September 2025", "",
         "2025-09", None, "B", "Quarterly re-profiling in place from Q1 2025/26."),
        ("3b", "", "", "", "",
         "Develop a capital prioritisation framework for new projects, including deliverability scoring.",
         "Executive Director of Neighbourhoods, Regeneration and Sustainability",
         ["Executive Director of Neighbourhoods, Regeneration and Sustainability"], "31 December 2025",
         "30 June 2026", "2026-06", None, "A", "Framework drafted; consultation with services extended."),
        ("4", "2023/24", "Governance of ALEOs",
         "Performance and risk reporting from ALEOs to committees was inconsistent.", RC4,
         "Introduce a standard annual governance and performance report for each ALEO, scrutinised by the Operational Performance and Delivery Scrutiny Committee.",
         "Head of Audit and Inspection", ["Head of Audit and Inspection"], "March 2025", "",
         "2025-03", None, "B", "First reports considered in March 2025."),
        ("5", "2023/24", "Workforce planning",
         "Around a third of the workforce is aged over 55 and some services rely on agency staff.", RC5,
         "Prepare a council-wide strategic workforce plan, with service-level plans for social work, planning and building standards.",
         "Director of Human Resources", ["Director of Human Resources"], "December 2025", "September 2026",
         "2026-09", None, "R", "Delayed pending the outcome of the organisational redesign; revised date agreed by CMT."),
        ("6", "2023/24", "Cyber security",
         "Actions from the Scottish Public Sector Cyber Resilience Framework self-assessment were not all complete.", RC6,
         "Complete outstanding cyber resilience actions and provide a six-monthly update to the committee.",
         "Chief Digital Officer / Head of ICT Security", ["Chief Digital Officer", "Head of ICT Security"],
         "30 June 2025", "", "2025-06", None, "B", "All actions complete; update reported August 2025."),
        ("PY1", "2022/23", "Fixed assets",
         "Differences were found between the fixed asset register and the property database.", RC7,
         "Complete a full reconciliation of the fixed asset register to the property database and correct differences.",
         "Head of Financial Services", ["Head of Financial Services"], "31 March 2024", "31 March 2026",
         "2026-03", None, "A", "Reconciliation 80% complete; remainder linked to the new asset system."),
    ]
    cols = ["No.", "Year raised", "Area", "Issue / risk", "Recommendation", "Agreed management action",
            "Responsible officer", "Agreed date", "Revised date", "RAG", "Progress update"]
    out = [
        title,
        "Finance and Audit Scrutiny Committee – 11 March 2026",
        "Report by the Executive Director of Finance",
        "",
        "Key: B = complete; G = on track; A = some slippage, revised date agreed; R = significant delay",
        "",
        "\t".join(cols),
    ]
    actions = []
    last_area = last_rec = None
    for (no, yr, area, issue, rec, action, offcell, offs, date, rev, end, end_text, rag, upd) in rows:
        out.append("\t".join([no, yr, area, issue, rec, action, offcell, date, rev, rag, upd]))
        if area:
            last_area, last_rec = area, rec
        actions.append(act(no, [last_area, last_rec], action, offs, end,
                           {"B": "blue", "G": "green", "A": "amber", "R": "red"}[rag], end_text))
    out += ["", "Recommendations marked B will be removed from the next update once the committee has noted them.",
            "Source: Audit Scotland, Glasgow City Council 2023/24 Annual Audit Report, Appendix 1 (action plan) and follow-up of prior year recommendations."]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(out) + "\n")

    expect(name,
           source=("Imitates the external audit action plan tracker a Scottish council keeps for its scrutiny committee "
                   "from the appointed auditor's Annual Audit Report (Audit Scotland, Glasgow City Council annual audit "
                   "reports, e.g. https://vdocuments.net/glasgow-city-council-audit-scotland-2019-5-22-glasgow-city-council-page-5.html). "
                   "Content is illustrative. Copies: a plain tab-separated export with title, committee and report-by "
                   "lines, a RAG key line, an area / issue / recommendation / agreed action row per point, agreed and "
                   "revised dates in words, a prior-year recommendation (PY1), a second action (3b) whose area and "
                   "recommendation cells are left blank, and notes lines at the end."),
           reads=("Eight agreed management actions answering seven auditor's recommendations, each under its area, "
                  "with a responsible officer (posts), an agreed date and in three cases a revised date, and a RAG "
                  "letter defined by the key. Action 3b belongs to the capital programme recommendation above it."),
           outcome="read", accept_refusal=False, title=title, actions=actions)


if __name__ == "__main__":
    hastings()
    suffolk()
    lancashire()
    wast()
    nyc()
    bassetlaw()
    glasgow()
    write_expected()
    print("written:", sorted(EXPECTED))
