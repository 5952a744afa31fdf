"""Build the seven xu- blind cases of set heldout561 and their expected readings.

Run with /work/main/.venv/bin/python xu_make.py (openpyxl, python-docx, pyyaml).
Writes only files whose names start with "xu-" into this folder.
"""
import csv
import datetime as dt
import io
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

FILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "0070C0",
    "grey": "D9D9D9",
    "head": "1F3864",
    "theme": "DDEBF7",
}


def path(name):
    assert name.startswith("xu-")
    return os.path.join(HERE, name)


def write_expected(name, data):
    assert name.startswith("xu-")
    with open(path(name) + ".expected.yaml", "w", encoding="utf-8") as f:
        yaml.safe_dump(data, f, sort_keys=False, allow_unicode=True, width=4096,
                       default_flow_style=False)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


# ---------------------------------------------------------------------------
# 1. Hillingdon – internal audit recommendations tracker (xlsx, read)
# ---------------------------------------------------------------------------
def hillingdon():
    name = "xu-hillingdon-council-internal-audit-recommendations-tracker.xlsx"
    title = "London Borough of Hillingdon: Internal Audit Outstanding Recommendations Tracker"
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = title
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Audit Committee – 15 January 2026 (position at 31 December 2025)"
    s["A4"] = "Summary of High and Medium priority recommendations"
    s["A4"].font = Font(bold=True)
    hdr = ["Priority", "Open at last report", "Implemented (B)", "In progress – on track (G)",
           "Revised date agreed (A)", "Overdue (R)"]
    for c, v in enumerate(hdr, 1):
        cell = s.cell(row=5, column=c, value=v)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(FILL["head"])
        cell.border = BOX
        cell.alignment = Alignment(wrap_text=True)
    rows = [["High", 5, 2, 1, 1, 1], ["Medium", 2, 0, 2, 0, 0], ["Total", 7, 2, 3, 1, 1]]
    for r, row in enumerate(rows, 6):
        for c, v in enumerate(row, 1):
            cell = s.cell(row=r, column=c, value=v)
            cell.border = BOX
            if row[0] == "Total":
                cell.font = Font(bold=True)
    s["A10"] = "RAG key"
    s["A10"].font = Font(bold=True)
    key = [("B", "blue", "Implemented – verified by Internal Audit"),
           ("G", "green", "In progress – on track to meet the agreed date"),
           ("A", "amber", "Revised target date agreed with Internal Audit"),
           ("R", "red", "Overdue – agreed date passed, no revised date agreed or revised date at risk")]
    for i, (k, col, txt) in enumerate(key, 11):
        s.cell(row=i, column=1, value=k).fill = fill(FILL[col])
        s.cell(row=i, column=2, value=txt)
    s.column_dimensions["A"].width = 14
    for col in "BCDEF":
        s.column_dimensions[col].width = 22

    t = wb.create_sheet("Tracker")
    t["A1"] = "Outstanding High and Medium Priority Recommendations as at 31 December 2025"
    t["A1"].font = Font(bold=True, size=12)
    heads = ["Ref", "Audit Title", "Assurance", "Priority", "Recommendation",
             "Agreed Management Action", "Responsible Officer", "Original Target Date",
             "Revised Target Date", "RAG", "Management Update (December 2025)"]
    HR = 3
    for c, v in enumerate(heads, 1):
        cell = t.cell(row=HR, column=c, value=v)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(FILL["head"])
        cell.border = BOX
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    t.freeze_panes = "A4"
    widths = [11, 24, 11, 9, 45, 50, 30, 13, 13, 6, 50]
    for i, w in enumerate(widths):
        t.column_dimensions[chr(65 + i)].width = w

    D = dt.datetime
    # (section, ref, audit, assurance, priority, rec, action, officer, orig, revised, rag, update, expected)
    sec_place = "Place Directorate"
    sec_fin = "Finance and Corporate Services"
    sec_cyp = "Children and Young People's Services"
    rec_ta1 = ("Nightly-paid temporary accommodation placements should only be made with providers on "
               "the approved framework. Any off-framework placement should be authorised by the Head "
               "of Housing Needs and the reason recorded on the case file.")
    rec_ta2 = ("Invoices from temporary accommodation providers should be reconciled to placement "
               "records before payment is authorised.")
    rec_s278 = ("Section 278 agreements should not be signed until the bond and the inspection fee have "
                "been received and recorded on the agreements register.")
    rec_pay = ("Leaver notifications should be processed in the payroll system before the leaver's final "
               "pay date, and any overpayments identified should be pursued promptly.")
    rec_cyber = ("Privileged (administrator) accounts should be reviewed at least quarterly and accounts "
                 "that are no longer required should be disabled.")
    rec_dp = ("Direct payment accounts should be audited annually in line with the Direct Payments "
              "Policy, and surplus balances recovered.")
    items = [
        (sec_place, None),
        (None, ("IA24-07.1", "Temporary Accommodation Procurement", "Limited", "High", rec_ta1,
                "Issue an instruction to all Housing Needs officers that off-framework placements require "
                "Head of Service approval, and add a mandatory approval field to the Jigsaw placement record.",
                "Head of Housing Needs", D(2025, 6, 30), D(2025, 9, 30), "B",
                "Instruction issued 12/05/2025. Mandatory approval field live in Jigsaw from 1 September "
                "2025; sample testing by Internal Audit in November confirmed compliance.",
                ["Head of Housing Needs"], "2025-09", "blue")),
        (None, ("IA24-07.2", "Temporary Accommodation Procurement", "Limited", "High", rec_ta2,
                "Introduce a monthly reconciliation of provider invoices to Jigsaw occupancy reports, "
                "signed off before the payment run.",
                "Temporary Accommodation Manager / Finance Business Partner (Place)", D(2025, 3, 31),
                D(2026, 1, 31), "A",
                "Reconciliation template agreed. Delay caused by the Jigsaw reporting upgrade; first full "
                "reconciliation scheduled for the January 2026 payment run.",
                ["Temporary Accommodation Manager", "Finance Business Partner (Place)"], "2026-01", "amber")),
        (None, ("IA25-02.1", "Highways – Section 278 Agreements", "Reasonable", "Medium", rec_s278,
                "Update the Section 278 procedure note and agreements register so that the bond and "
                "inspection fee are confirmed by Finance before the agreement is sealed.",
                "Highways Development Control Manager", D(2025, 11, 30), None, "G",
                "Procedure note redrafted and with Legal Services for comment.",
                ["Highways Development Control Manager"], "2025-11", "green")),
        (sec_fin, None),
        (None, ("IA24-15.1", "Payroll – Starters and Leavers", "Limited", "High", rec_pay,
                "Implement an automated leaver workflow in the HR/payroll system so that a leaver form "
                "submitted after the final working day cannot be processed without HR Business Partner "
                "approval.",
                "Head of HR Operations", D(2025, 7, 31), D(2026, 3, 31), "R",
                "Workflow build delayed by the system supplier; go-live now planned for March 2026. "
                "Interim manual check in place.",
                ["Head of HR Operations"], "2026-03", "red")),
        (None, ("IA24-15.2", "Payroll – Starters and Leavers", "Limited", "High", None,
                "Produce a monthly overpayments report for the Payroll Manager and refer unrecovered "
                "balances over £500 to Corporate Debt Recovery.",
                "Payroll Manager", D(2025, 9, 30), None, "B",
                "Monthly report in place since August 2025; 11 cases referred to Corporate Debt Recovery.",
                ["Payroll Manager"], "2025-09", "blue")),
        (None, ("IA25-04.1", "Cyber Security – Privileged Access", "Limited", "High", rec_cyber,
                "Carry out a full review of privileged accounts across all platforms and disable those "
                "no longer required.\nIntroduce a quarterly privileged access review, reported to the "
                "Information Governance Board.",
                "Chief Information Officer", D(2025, 12, 31), None, "G",
                "First full review completed October 2025 (37 accounts disabled). Quarterly review "
                "scheduled in the IT service calendar.",
                ["Chief Information Officer"], "2025-12", "green")),
        (sec_cyp, None),
        (None, ("IA25-09.1", "Direct Payments – Children with Disabilities", "Reasonable", "Medium",
                rec_dp,
                "Establish an annual audit schedule for all children's direct payment accounts and "
                "recover surplus balances above eight weeks of the agreed payment.",
                "Service Manager – Children with Disabilities", D(2026, 2, 28), None, "G",
                "Audit schedule drafted; Finance support for recovery agreed.",
                ["Service Manager – Children with Disabilities"], "2026-02", "green")),
    ]
    r = HR + 1
    expected = []
    section = None
    merge_from = None
    for sec, it in items:
        if sec:
            section = sec
            t.cell(row=r, column=1, value=sec).font = Font(bold=True)
            for c in range(1, 12):
                t.cell(row=r, column=c).fill = fill(FILL["theme"])
            t.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
            r += 1
            continue
        (ref, audit, assur, prio, rec, action, officer, orig, rev, rag, upd, lead, end, status) = it
        vals = [ref, audit, assur, prio, rec, action, officer, orig, rev, rag, upd]
        for c, v in enumerate(vals, 1):
            if c == 5 and rec is None:
                continue
            cell = t.cell(row=r, column=c, value=v)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        t.cell(row=r, column=10).fill = fill(FILL[{"B": "blue", "G": "green", "A": "amber", "R": "red"}[rag]])
        if rec is None:
            # recommendation shared with the row above: merge vertically
            t.merge_cells(start_row=r - 1, start_column=5, end_row=r, end_column=5)
            rec_text = prev_rec
        else:
            rec_text = rec
        prev_rec = rec_text
        expected.append(act(ref, [section, rec_text], action, lead, end, status))
        r += 1
    r += 1
    t.cell(row=r, column=1,
           value="Note: recommendations rated B will be removed from the next report once verified by "
                 "Internal Audit. Low priority recommendations are monitored by management and are not "
                 "reported to Committee.").font = Font(italic=True)
    wb.save(path(name))

    write_expected(name, {
        "source": ("Imitates the outstanding internal audit recommendations trackers that London boroughs "
                   "(e.g. Hillingdon, Bromley, Reading) take to Audit Committee each quarter, 2025-26. "
                   "Copied: a Summary sheet with a totals-by-priority block and RAG key, a Tracker sheet "
                   "with directorate band rows, audit title / assurance / priority columns, the "
                   "recommendation beside its agreed management action (one recommendation merged "
                   "vertically over two actions), job titles as responsible officers (one cell naming "
                   "two posts), original and revised target dates, fill-colour RAG with a letter, and a "
                   "closing note line."),
        "reads": ("A two-sheet workbook: a summary of High and Medium priority recommendations with a B/G/A/R "
                  "key, then the tracker listing seven agreed management actions grouped by directorate. "
                  "Each action answers the recommendation beside it; where a revised target date is given "
                  "it replaces the original."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return len(expected)


# ---------------------------------------------------------------------------
# 2. South Tyneside – transformation programme highlight report (xlsx, read)
# ---------------------------------------------------------------------------
def south_tyneside():
    name = "xu-south-tyneside-council-transformation-programme-highlight-report.xlsx"
    title = "South Tyneside Council – Transformation Programme Highlight Report"
    wb = Workbook()
    s = wb.active
    s.title = "Highlight Report"
    s["A1"] = title
    s["A1"].font = Font(bold=True, size=14, color="FFFFFF")
    for c in range(1, 9):
        s.cell(row=1, column=c).fill = fill(FILL["head"])
    s.merge_cells("A1:H1")
    info = [("Reporting period:", "1 October – 30 November 2025"),
            ("Report to:", "Transformation Board, 9 December 2025"),
            ("Senior Responsible Owner:", "Corporate Director of Resources"),
            ("Programme Manager:", "Transformation Programme Manager")]
    for i, (k, v) in enumerate(info, 2):
        s.cell(row=i, column=1, value=k).font = Font(bold=True)
        s.cell(row=i, column=2, value=v)
        s.merge_cells(start_row=i, start_column=2, end_row=i, end_column=4)
    s["F2"] = "Overall RAG – previous period"
    s["F3"] = "Overall RAG – this period"
    s["G2"].fill = fill(FILL["amber"])
    s["G3"].fill = fill(FILL["amber"])
    s["A7"] = "Summary of progress this period"
    s["A7"].font = Font(bold=True)
    s["A8"] = ("The MyAccount customer portal went live on 15 September and 41% of council tax enquiries "
               "are now self-served. Building works at Westoe Road completed and staff have relocated. The "
               "TEC-first hospital discharge offer is off track following the delay to the ICB-funded "
               "equipment contract; the Board is asked to note the revised timeline.")
    s["A8"].alignment = Alignment(wrap_text=True, vertical="top")
    s.merge_cells("A8:H8")
    s.row_dimensions[8].height = 48
    s["A10"] = "Key milestones"
    s["A10"].font = Font(bold=True)
    HR = 11
    heads = ["No.", "Milestone / deliverable", "Lead", "Baseline date", "Forecast / actual date",
             "Previous RAG", "Current RAG", "Commentary"]
    for c, v in enumerate(heads, 1):
        cell = s.cell(row=HR, column=c, value=v)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(FILL["head"])
        cell.border = BOX
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for col, w in zip("ABCDEFGH", [6, 52, 34, 12, 12, 10, 10, 52]):
        s.column_dimensions[col].width = w

    D = dt.datetime
    ws1 = "Workstream 1 – Customer Access and Digital"
    ws2 = "Workstream 2 – Adult Social Care Practice and Demand"
    ws3 = "Workstream 3 – Property and Assets"
    rows = [
        (ws1, None),
        (None, ("1.1", "Launch the MyAccount customer portal for council tax and benefits enquiries",
                "Head of Customer Services", D(2025, 9, 1), D(2025, 9, 1), "green", "blue",
                "Live 15/09/2025. Take-up being monitored weekly.",
                ["Head of Customer Services"], "2025-09", "blue")),
        (None, ("1.2", "Migrate the remaining 14 service telephone lines to the contact centre platform "
                       "and switch off the legacy IVR",
                "Head of Customer Services / ICT Infrastructure Manager", D(2025, 11, 1), D(2026, 2, 1),
                "amber", "amber",
                "9 of 14 lines migrated. Revenues and Benefits lines moved to February to avoid annual "
                "billing.",
                ["Head of Customer Services", "ICT Infrastructure Manager"], "2026-02", "amber")),
        (None, ("1.3", "Introduce a web chatbot for bulky waste bookings and missed bin reports",
                "Digital Programme Manager", D(2026, 1, 1), D(2026, 1, 1), "green", "green",
                "User testing with residents' panel complete.",
                ["Digital Programme Manager"], "2026-01", "green")),
        (ws2, None),
        (None, ("2.1", "Deliver strengths-based practice training to all adult social care teams "
                       "(c.180 staff)",
                "Principal Social Worker (Adults)", D(2025, 10, 1), D(2025, 12, 1), "green", "amber",
                "142 staff trained. Two sessions re-scheduled due to trainer sickness.",
                ["Principal Social Worker (Adults)"], "2025-12", "amber")),
        (None, ("2.2", "Establish a Technology Enabled Care (TEC) first offer for people leaving hospital",
                "Service Manager – Reablement and TEC", D(2025, 12, 1), D(2026, 3, 1), "amber", "red",
                "Equipment contract award delayed by the ICB. Interim stock agreed for a pilot on two "
                "wards.",
                ["Service Manager – Reablement and TEC"], "2026-03", "red")),
        (None, ("2.3", "Complete the review of all long-term home care packages over 21 hours per week",
                "Head of Adult Social Care Operations", D(2026, 3, 1), D(2026, 3, 1), "green", "green",
                "61 of 118 reviews completed.",
                ["Head of Adult Social Care Operations"], "2026-03", "green")),
        (ws3, None),
        (None, ("3.1", "Relocate staff from the Westoe Road offices and vacate the building",
                "Strategic Property Manager", D(2025, 8, 1), D(2025, 10, 1), "amber", "blue",
                "Building vacated 24/10/2025; handed to Estates for disposal.",
                ["Strategic Property Manager"], "2025-10", "blue")),
        (None, ("3.2", "Complete condition surveys for the 42 operational buildings in Phase 2",
                "Asset Management Team Leader", D(2026, 1, 1), D(2026, 1, 1), None, "green",
                "New milestone this period. Surveyor appointed.",
                ["Asset Management Team Leader"], "2026-01", "green")),
        (None, ("3.3", "Cabinet decision on the community hub co-location model",
                "Corporate Director of Regeneration and Environment", D(2025, 11, 1), D(2026, 2, 1),
                "amber", "red",
                "Report withdrawn from November Cabinet pending further consultation with ward members.",
                ["Corporate Director of Regeneration and Environment"], "2026-02", "red")),
    ]
    r = HR + 1
    expected = []
    ws = None
    for w, it in rows:
        if w:
            ws = w
            s.cell(row=r, column=1, value=w).font = Font(bold=True)
            for c in range(1, 9):
                s.cell(row=r, column=c).fill = fill(FILL["grey"])
            s.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
            continue
        no, ms, lead_txt, base, fc, prev, cur, comm, lead, end, status = it
        for c, v in enumerate([no, ms, lead_txt, base, fc, None, None, comm], 1):
            cell = s.cell(row=r, column=c, value=v)
            cell.border = BOX
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if isinstance(v, dt.datetime):
                cell.number_format = "mmm-yy"
        if prev:
            s.cell(row=r, column=6).fill = fill(FILL[prev])
        s.cell(row=r, column=7).fill = fill(FILL[cur])
        expected.append(act(no, [ws], ms, lead, end, status))
        r += 1
    r += 1
    s.cell(row=r, column=1, value="Decisions / support required from the Board").font = Font(bold=True)
    s.cell(row=r + 1, column=1,
           value="The Board is asked to note the revised forecast dates for milestones 1.2, 2.2 and 3.3 "
                 "and the interim TEC pilot arrangements.")
    s.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=8)

    k = wb.create_sheet("RAG Key")
    k["A1"] = "RAG definitions (milestones)"
    k["A1"].font = Font(bold=True)
    for i, (col, txt) in enumerate([
            ("blue", "Complete"),
            ("green", "On track to deliver by the forecast date"),
            ("amber", "At risk – issues being managed within the workstream"),
            ("red", "Off track – Board intervention or decision required"),
            (None, "No fill – milestone new this period, no previous rating")], 3):
        if col:
            k.cell(row=i, column=1).fill = fill(FILL[col])
        k.cell(row=i, column=2, value=txt)
    k.column_dimensions["B"].width = 60
    wb.save(path(name))

    write_expected(name, {
        "source": ("Imitates a unitary council transformation programme highlight report of the kind "
                   "metropolitan boroughs (South Tyneside, Stockton, Walsall) take to a Transformation "
                   "Board, 2025. Copied: a banner title and reporting-period/SRO block, previous and "
                   "current overall RAG as fill-only cells, a narrative summary, a Key milestones table "
                   "grouped by merged workstream rows, baseline and forecast dates formatted mmm-yy, "
                   "previous and current milestone RAG as fill colour with no text, a decisions line and "
                   "a separate RAG key sheet where blue means complete."),
        "reads": ("A one-page highlight report for the council's transformation programme with nine "
                  "milestones under three workstreams. Each milestone has a lead post, a baseline and a "
                  "forecast date (the forecast is the end) and previous/current RAG shown only by cell "
                  "colour; the current colour is the status."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return len(expected)


# ---------------------------------------------------------------------------
# 3. Stockton-on-Tees – council plan delivery plan (xlsx, REFUSE: Febuary 2026)
# ---------------------------------------------------------------------------
def stockton():
    name = "xu-stockton-on-tees-bc-council-plan-delivery-plan-2025-26-typo-month-refuse.xlsx"
    title = "Stockton-on-Tees Borough Council – Council Plan 2025-2028: Delivery Plan 2025/26"
    wb = Workbook()
    s = wb.active
    s.title = "Delivery Plan 2025-26"
    s["A1"] = title
    s["A1"].font = Font(bold=True, size=13)
    s["A2"] = "Quarter 2 progress report (position at 30 September 2025)"
    s["A3"] = "Status: G = on track; A = some slippage; R = significant risk to delivery; C = complete"
    s["A3"].font = Font(italic=True)
    HR = 5
    heads = ["Ref", "Key action", "Lead officer", "Portfolio", "Target date", "Q1 status", "Q2 status",
             "Q2 progress commentary"]
    for c, v in enumerate(heads, 1):
        cell = s.cell(row=HR, column=c, value=v)
        cell.font = Font(bold=True)
        cell.fill = fill(FILL["theme"])
        cell.border = BOX
    for col, w in zip("ABCDEFGH", [7, 55, 36, 22, 16, 9, 9, 55]):
        s.column_dimensions[col].width = w
    rows = [
        ("Ambition 1: A fairer Stockton-on-Tees", None),
        (None, ["1.1", "Extend the Holiday Activities and Food programme to cover October half term",
                "Director of Children's Services", "Children and Young People", "October 2025", "G", "C",
                "Delivered across 23 venues; 2,140 children attended."]),
        (None, ["1.2", "Launch the Household Support Fund 2025/26 application scheme and publish the "
                       "eligibility policy",
                "Assistant Director – Revenues and Benefits", "Access, Communities and Community Safety",
                "March 2026", "G", "G", "Scheme live from 1 April; 62% of fund committed."]),
        (None, ["1.3", "Agree the Tackling Inequalities Framework action plan with partners",
                "Director of Public Health", "Health, Leisure and Culture", "December 2025", "A", "A",
                "Draft considered by Health and Wellbeing Board in September."]),
        ("Ambition 2: A thriving economy", None),
        (None, ["2.1", "Complete phase 1 of the Stockton Waterfront urban park and open to the public",
                "Director of Regeneration and Inclusive Growth", "Regeneration and Housing",
                "Febuary 2026", "A", "A", "Contractor programme re-baselined after the wet summer."]),
        (None, ["2.2", "Adopt the Local Plan Review Issues and Options consultation document",
                "Head of Planning, Economic Growth and Development Services", "Regeneration and Housing",
                "January 2026", "G", "G", "On programme for Cabinet in January."]),
        ("Ambition 3: A place where people are safe and healthy", None),
        (None, ["3.1", "Recommission the drug and alcohol treatment service",
                "Director of Public Health", "Health, Leisure and Culture", "Q4 2025/26", "G", "R",
                "Procurement paused pending national grant confirmation."]),
        (None, ["3.2", "Deliver the Adult Social Care Market Position Statement refresh",
                "Director of Adults, Health and Wellbeing", "Adult Social Care", "November 2025", "G", "G",
                "Provider engagement sessions held in September."]),
    ]
    r = HR + 1
    typo_row = None
    n = 0
    for theme, vals in rows:
        if theme:
            s.cell(row=r, column=1, value=theme).font = Font(bold=True)
            s.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
            continue
        for c, v in enumerate(vals, 1):
            cell = s.cell(row=r, column=c, value=v)
            cell.border = BOX
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        if vals[4] == "Febuary 2026":
            typo_row = r
        n += 1
        r += 1
    wb.save(path(name))
    assert typo_row == 11, typo_row

    write_expected(name, {
        "source": ("Imitates a borough council's Council Plan annual delivery plan with quarterly "
                   "progress, as Stockton-on-Tees and other Tees Valley councils report to Cabinet, "
                   "2025-26. Copied: title and quarter lines, a status key line (G/A/R/C), ambition rows "
                   "merged across the sheet, job-title leads, a portfolio column, target dates written as "
                   "month words or a financial quarter, Q1 and Q2 status letters and commentary."),
        "reads": ("A delivery plan listing seven key actions under three ambitions, each with a lead "
                  "officer, target date and Q1/Q2 status. The target date of action 2.1 reads "
                  "'Febuary 2026', a mistyped month that a careful reader would query before recording "
                  "the plan."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": title,
    })
    return n


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


def set_cell(cell, text, bold=False, size=None):
    parts = text.split("\n")
    cell.text = parts[0]
    for p in parts[1:]:
        cell.add_paragraph(p)
    for p in cell.paragraphs:
        for run in p.runs:
            run.bold = bold
            if size:
                run.font.size = Pt(size)


def header_row(table, heads, hex_="1F3864"):
    for i, h in enumerate(heads):
        c = table.rows[0].cells[i]
        set_cell(c, h, bold=True)
        shade(c, hex_)
        for p in c.paragraphs:
            for run in p.runs:
                run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


# ---------------------------------------------------------------------------
# 4. Kensington & Chelsea and Westminster SCP – LCSPR Child W (docx, read)
# ---------------------------------------------------------------------------
def bi_borough_lcspr():
    name = "xu-kensington-chelsea-westminster-scp-lcspr-child-w-action-plan.docx"
    title = "Local Child Safeguarding Practice Review: Child W – Multi-agency Action Plan"
    doc = Document()
    p = doc.add_paragraph("Bi-borough Safeguarding Children Partnership")
    p.runs[0].bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = doc.add_paragraph("Royal Borough of Kensington and Chelsea  |  Westminster City Council")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_heading(title, level=1)
    doc.add_paragraph(
        "This action plan responds to the four recommendations of the Local Child Safeguarding Practice "
        "Review (LCSPR) concerning Child W, an infant who suffered a serious non-accidental injury in "
        "January 2025. The review was published on 10 July 2025. Progress is monitored by the "
        "Partnership’s Learning and Improvement Sub-group and reported to the Executive Board quarterly.")

    dc = doc.add_table(rows=5, cols=2)
    dc.style = "Table Grid"
    for i, (k, v) in enumerate([("Document owner", "Partnership Business Manager"),
                                ("Version", "v1.4"),
                                ("Last updated", "8 December 2025"),
                                ("Approved by", "Safeguarding Partnership Executive Board, 18 September 2025"),
                                ("Next review", "March 2026 Executive Board")]):
        set_cell(dc.rows[i].cells[0], k, bold=True)
        set_cell(dc.rows[i].cells[1], v)
    doc.add_paragraph()
    doc.add_paragraph("Status key").runs[0].bold = True
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for i, (col, word, txt) in enumerate([
            ("0070C0", "Complete", "Action completed and evidence of impact received by the Sub-group"),
            ("00B050", "On track", "Progressing and expected to be completed by the target date"),
            ("FFC000", "Some slippage", "Delay, but expected to complete within the next quarter"),
            ("FF0000", "Off track", "Significant delay or barrier; escalated to the Executive Board")]):
        set_cell(key.rows[i].cells[0], word, bold=True)
        shade(key.rows[i].cells[0], col)
        set_cell(key.rows[i].cells[1], txt)
    doc.add_paragraph()

    recs = [
        ("Recommendation 1: The Partnership should seek assurance that the Bruising in Non-Mobile Infants "
         "protocol is understood and applied by all practitioners, including those in urgent care and "
         "community settings.",
         [("1.1", "Relaunch the Bi-borough Bruising in Non-Mobile Infants protocol through a 7-minute "
                  "briefing and practitioner webinars.",
           "Partnership Business Manager", "October 2025", "Complete",
           "Briefing published 22/09/2025; two webinars held (186 attendees).",
           ["Partnership Business Manager"], "2025-10", None, "blue"),
          ("1.2", "Undertake a multi-agency audit of referrals for bruising in non-mobile infants "
                  "received between April and December 2025.",
           "Head of Safeguarding, Review and Quality Assurance", "February 2026", "On track",
           "Audit tool agreed; case sample drawn.",
           ["Head of Safeguarding, Review and Quality Assurance"], "2026-02", None, "green"),
          ("1.3", "Include the protocol in induction for urgent treatment centre and GP out-of-hours "
                  "staff.",
           "Designated Nurse for Safeguarding Children (NW London ICB)", "31/12/2025", "Some slippage",
           "Agreed with two of the three providers; third provider’s induction is being rewritten.",
           ["Designated Nurse for Safeguarding Children (NW London ICB)"], "2025-12", None, "amber")]),
        ("Recommendation 2: Agencies should ensure that the voice and lived experience of fathers and "
         "male carers are sought and recorded in pre-birth and early-years assessments.",
         [("2.1", "Revise the pre-birth assessment template to include a mandatory section on fathers "
                  "and male carers.\nBrief all Family Hub and health visiting team managers on the "
                  "revised template.",
           "Head of Early Help and Family Hubs; Head of Children’s Public Health Nursing",
           "Q3 2025/26", "On track",
           "Template revised and in testing in the Westminster Family Hubs.",
           ["Head of Early Help and Family Hubs", "Head of Children’s Public Health Nursing"], "2025-12",
           "Q3 2025/26", "green"),
          ("2.2", "Commission the ‘Think Dad’ training for children’s social care, midwifery and health "
                  "visiting practitioners.",
           "Partnership Training Lead", "Sept 2025 – March 2026", "On track",
           "Three of six cohorts delivered.",
           ["Partnership Training Lead"], "2026-03", "Sept 2025 – March 2026", "green")]),
        ("Recommendation 3: Health partners should strengthen information sharing between maternity "
         "services, GPs and health visitors when a family moves between boroughs during pregnancy.",
         [("3.1", "Agree a transfer-in/transfer-out standard operating procedure between the two "
                  "maternity units and the Bi-borough health visiting service.",
           "Named Midwife for Safeguarding, Imperial College Healthcare NHS Trust", "January 2026",
           "Off track",
           "Draft SOP not yet agreed; escalated to the ICB Safeguarding Assurance Group.",
           ["Named Midwife for Safeguarding, Imperial College Healthcare NHS Trust"], "2026-01", None,
           "red"),
          ("3.2", "Test the SOP through a dip sample of 20 families who moved borough during "
                  "pregnancy.",
           "Designated Nurse for Safeguarding Children (NW London ICB)", "Ongoing – quarterly dip "
           "sample", "Not started",
           "Will begin once the SOP is agreed.",
           ["Designated Nurse for Safeguarding Children (NW London ICB)"], None,
           "Ongoing – quarterly dip sample", "unrated")]),
        ("Recommendation 4: The Partnership should assure itself that practitioners know how to "
         "escalate professional disagreements, and that escalations are tracked to resolution.",
         [("4.1", "Refresh the Resolution and Escalation Protocol and publish a one-page practitioner "
                  "guide.",
           "Partnership Business Manager", "November 2025", "Complete",
           "Refreshed protocol published 3/11/2025.",
           ["Partnership Business Manager"], "2025-11", None, "blue"),
          ("4.2", "Introduce quarterly reporting of escalations by agency to the Learning and "
                  "Improvement Sub-group.",
           "Partnership Business Manager / Detective Chief Inspector, Central West BCU Safeguarding",
           "March 2026", "On track",
           "First report due to the January Sub-group.",
           ["Partnership Business Manager", "Detective Chief Inspector, Central West BCU Safeguarding"],
           "2026-03", None, "green")]),
    ]
    heads = ["No.", "Action", "Lead", "Target date", "Progress update (December 2025)", "Status"]
    colours = {"Complete": "0070C0", "On track": "00B050", "Some slippage": "FFC000",
               "Off track": "FF0000"}
    expected = []
    for rec, acts in recs:
        t = doc.add_table(rows=2 + len(acts), cols=6)
        t.style = "Table Grid"
        top = t.rows[0].cells[0].merge(t.rows[0].cells[5])
        set_cell(top, rec, bold=True)
        shade(top, "DDEBF7")
        for i, h in enumerate(heads):
            c = t.rows[1].cells[i]
            set_cell(c, h, bold=True)
            shade(c, "1F3864")
            for run in c.paragraphs[0].runs:
                run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        for j, (ref, action, lead_txt, when, status_word, upd, lead, end, end_text, status) in enumerate(acts):
            cells = t.rows[2 + j].cells
            for c, v in zip(cells, [ref, action, lead_txt, when, upd, status_word]):
                set_cell(c, v)
            if status_word in colours:
                shade(cells[5], colours[status_word])
            expected.append(act(ref, [rec], action, lead, end, status, end_text))
        doc.add_paragraph()
    doc.add_paragraph("Actions marked Complete remain on the plan until the Sub-group has seen evidence of "
                      "impact through audit.")
    doc.save(path(name))

    write_expected(name, {
        "source": ("Imitates the multi-agency LCSPR action plans that London safeguarding children "
                   "partnerships publish with a review (e.g. the bi-borough Kensington and Chelsea and "
                   "Westminster partnership), 2025. Copied: partnership name block, title heading and "
                   "introduction, a document-control table, a status key table with shaded cells, then "
                   "one table per recommendation with the recommendation in a merged, shaded first row "
                   "above a header row and its numbered actions; agency job titles as leads (some cells "
                   "with two posts), target dates as months, a dd/mm/yyyy date, a financial quarter, a "
                   "range and an 'Ongoing' period, a two-paragraph action, and status words shaded per "
                   "the key."),
        "reads": ("A Word action plan answering four review recommendations, each in its own table with "
                  "two or three numbered actions. The status words follow the document's key (Complete, "
                  "On track, Some slippage = amber, Off track = red); one action is not started. The "
                  "closing line is a note, not an action."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return len(expected)


# ---------------------------------------------------------------------------
# 5. South Gloucestershire – Ofsted focused visit action plan (docx, read)
# ---------------------------------------------------------------------------
def south_glos():
    name = "xu-south-gloucestershire-council-ofsted-focused-visit-action-plan.docx"
    title = "Ofsted Focused Visit (10–11 June 2025): Action Plan"
    doc = Document()
    p = doc.add_paragraph("South Gloucestershire Council – Children, Adults and Health")
    p.runs[0].bold = True
    doc.add_heading(title, level=1)
    doc.add_paragraph(
        "Ofsted carried out a focused visit on 10 and 11 June 2025 looking at the local authority’s "
        "arrangements for children in need and children subject to a child protection plan. Inspectors "
        "identified three areas for improvement. This plan sets out what we will do, who is responsible "
        "and how we will know it has made a difference. It is overseen by the Children’s Services "
        "Improvement Board.")
    meta = doc.add_table(rows=2, cols=4)
    meta.style = "Table Grid"
    for i, h in enumerate(["Plan owner", "Version", "Date", "Overseen by"]):
        set_cell(meta.rows[0].cells[i], h, bold=True)
        shade(meta.rows[0].cells[i], "D9D9D9")
    for i, v in enumerate(["Director of Children’s Services", "Version 3 (RAG updated)",
                           "24/11/2025", "Children’s Services Improvement Board"]):
        set_cell(meta.rows[1].cells[i], v)
    doc.add_paragraph()
    doc.add_paragraph("RAG rating: Blue – completed; Green – on track; Amber – at risk of delay; "
                      "Red – off track or overdue.")

    afis = [
        ("1. The timeliness and quality of child in need plans, so that they are specific about what "
         "needs to change for the child and by when.",
         [("1.1", "Relaunch the child in need plan template with SMART outcomes and a review date for "
                  "every action.", "Head of Service, Safeguarding and Family Support",
           "End of September 2025", "Blue", "All CIN plans on the new template from 1 October.",
           ["Head of Service, Safeguarding and Family Support"], "2025-09", None, "blue"),
          ("1.2", "Weekly performance clinic with team managers on child in need plans overdue for "
                  "review.", "Service Manager (Child in Need) and Principal Social Worker",
           "31/01/2026", "Green", "Plans reviewed within timescale rise from 71% to 90%.",
           ["Service Manager (Child in Need)", "Principal Social Worker"], "2026-01", None, "green"),
          ("1.3", "Practice week: themed audit of 40 child in need plans, with feedback to each social "
                  "worker.", "Head of Quality Assurance", "February 2026", "Amber",
           "At least 70% of audited plans graded good or better.",
           ["Head of Quality Assurance"], "2026-02", None, "amber")]),
        ("2. Management oversight and supervision, so that it consistently sets clear actions and "
         "timescales and is recorded on the child’s file.",
         [("2.1", "Introduce a revised supervision recording template in Mosaic with mandatory actions and "
                  "timescales.", "Principal Social Worker", "November 2025", "Blue",
           "Template live; used in 96% of supervision records in November.",
           ["Principal Social Worker"], "2025-11", None, "blue"),
          ("2.2", "Deliver reflective supervision training to all team managers and assistant team "
                  "managers.", "Workforce Development Manager", "Sept 2025 – March 2026", "Green",
           "Supervision audits show actions and timescales in 85% of records.",
           ["Workforce Development Manager"], "2026-03", "Sept 2025 – March 2026", "green")]),
        ("3. The response to children who are privately fostered, so that notifications are followed up "
         "and assessments are completed within timescales.",
         [("3.1", "Run a private fostering awareness campaign with schools, GP practices and faith "
                  "groups.", "Head of Early Help", "Autumn term 2025", "Green",
           "Increase in notifications from schools.",
           ["Head of Early Help"], "2025-12", "Autumn term 2025", "green"),
          ("3.2", "Assign a named private fostering lead in the Fostering Service and track every "
                  "notification to completed assessment.", "Fostering Service Manager", "December 2025",
           "Red", "100% of private fostering assessments completed within 42 days.",
           ["Fostering Service Manager"], "2025-12", None, "red"),
          ("3.3", "Report private fostering performance to the Corporate Parenting Board.",
           "Fostering Service Manager", "Quarterly", "Green", "Standing item on the Board’s work plan.",
           ["Fostering Service Manager"], None, "Quarterly", "green")]),
    ]
    heads = ["Area for improvement", "Ref", "What we will do", "Lead", "By when",
             "How we will know", "RAG"]
    nrows = 1 + sum(len(a) for _, a in afis)
    t = doc.add_table(rows=nrows, cols=7)
    t.style = "Table Grid"
    header_row(t, heads)
    colours = {"Blue": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    r = 1
    expected = []
    for afi, acts in afis:
        first = r
        for ref, action, lead_txt, when, rag, measure, lead, end, end_text, status in acts:
            cells = t.rows[r].cells
            for c, v in zip(cells[1:], [ref, action, lead_txt, when, measure, rag]):
                set_cell(c, v)
            shade(cells[6], colours[rag])
            expected.append(act(ref, [afi], action, lead, end, status, end_text))
            r += 1
        m = t.rows[first].cells[0].merge(t.rows[r - 1].cells[0])
        set_cell(m, afi)
    doc.add_paragraph()
    doc.add_paragraph("Signed: Director of Children’s Services          Date: 24/11/2025")
    doc.save(path(name))

    write_expected(name, {
        "source": ("Imitates a council's post focused visit action plan (Ofsted ILACS focused visit on "
                   "children in need and child protection), as English councils such as South "
                   "Gloucestershire take to an improvement board, 2025. Copied: directorate line and "
                   "title heading, an introduction, a plan-owner/version table, a one-line RAG key, a "
                   "single plan table whose first column holds each numbered area for improvement merged "
                   "down over its actions, job-title leads (one naming two posts), dates as month words, "
                   "'End of September 2025', dd/mm/yyyy, a period, a school term and 'Quarterly', shaded "
                   "RAG words, and a sign-off line."),
        "reads": ("A Word plan answering Ofsted's three areas for improvement with eight numbered actions. "
                  "Each action sits beside the area for improvement it answers (merged cell), with a lead, "
                  "a 'by when' and a RAG word (Blue = completed)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return len(expected)


# ---------------------------------------------------------------------------
# 6. Cheshire East HWB – action log (csv, read)
# ---------------------------------------------------------------------------
def cheshire_east():
    name = "xu-cheshire-east-health-and-wellbeing-board-action-log.csv"
    title = "Cheshire East Health and Wellbeing Board – Action Log"
    rows = [
        [title, "", "", "", "", "", "", "", ""],
        ["Updated following the Board meeting on 25 November 2025", "", "", "", "", "", "", "", ""],
        ["Status key: Complete = action closed; Green = on track; Amber = at risk / date revised; "
         "Red = overdue; Not started", "", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", "", ""],
        ["Action No.", "Meeting Date", "Agenda Item", "Action", "Responsible", "Original Due Date",
         "Revised Due Date", "Status", "Update"],
    ]
    acts = [
        ["HWB/25/09", "22/07/2025", "Better Care Fund Plan 2025-26",
         "Circulate the final BCF Plan 2025-26 and the signed Section 75 agreement to Board members.",
         "Director of Commissioning", "31/08/2025", "", "Complete", "Circulated 14/08/2025.",
         ["Director of Commissioning"], "2025-08", None, "blue"],
        ["HWB/25/11", "22/07/2025", "Pharmaceutical Needs Assessment",
         "Establish a PNA steering group and agree the timetable for the 2025 PNA refresh.",
         "Consultant in Public Health", "30/09/2025", "", "Complete",
         "Steering group met 9 September; timetable agreed.",
         ["Consultant in Public Health"], "2025-09", None, "blue"],
        ["HWB/25/14", "23/09/2025", "Joint Local Health and Wellbeing Strategy – Outcome 3",
         "Bring a report on the uptake of NHS Health Checks by ward, with proposals to target the\n"
         "lowest-uptake areas in Crewe and Macclesfield.",
         "Dr Priya Menon and Alex Thorne", "25/11/2025", "27/01/2026", "Amber",
         "GP data extract delayed; report moved to the January meeting.",
         ["Dr Priya Menon", "Alex Thorne"], "2026-01", None, "amber"],
        ["HWB/25/15", "23/09/2025", "Cheshire East Place Partnership update",
         "Share the \"Team Around the Person\" evaluation with Board members once finalised.",
         "Place Director (Cheshire East), Cheshire and Merseyside ICB", "31/10/2025", "", "Red",
         "Evaluation not yet signed off by the ICB.",
         ["Place Director (Cheshire East), Cheshire and Merseyside ICB"], "2025-10", None, "red"],
        ["HWB/25/18", "25/11/2025", "Director of Public Health Annual Report 2025",
         "Arrange a development session on the Annual Report recommendations on loneliness and social "
         "isolation.",
         "Director of Public Health", "March 2026", "", "Green", "Date being agreed with the Chair.",
         ["Director of Public Health"], "2026-03", None, "green"],
        ["HWB/25/19", "25/11/2025", "Suicide Prevention Strategy",
         "Each partner organisation to confirm its named lead for the real-time surveillance system.",
         "All Board member organisations", "Ongoing", "", "Green", "Five of nine leads confirmed.",
         ["All Board member organisations"], None, "Ongoing", "green"],
        ["HWB/25/20", "25/11/2025", "Pharmaceutical Needs Assessment",
         "Publish the draft PNA for the statutory 60-day consultation.",
         "Consultant in Public Health; Communications Manager", "30/01/2026", "", "Not started", "",
         ["Consultant in Public Health", "Communications Manager"], "2026-01", None, "unrated"],
    ]
    expected = []
    for a in acts:
        rows.append(a[:9])
        no, _, _, action = a[:4]
        lead, end, end_text, status = a[9:]
        expected.append(act(no, [], action, lead, end, status, end_text))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerows(rows)
    with open(path(name), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())

    write_expected(name, {
        "source": ("Imitates a health and wellbeing board action log kept by the democratic services "
                   "officer of an English unitary council (Cheshire East style), 2025, exported to CSV. "
                   "Copied: title and 'updated following' lines, a status key line, action numbers of the "
                   "form HWB/25/nn, meeting date and agenda item columns, named people and posts as "
                   "responsible (some cells with two), original and revised due dates, status words and "
                   "an update column; one action wraps onto a second line inside its quoted cell."),
        "reads": ("An action log from three Board meetings listing seven actions, each with a number, the "
                  "responsible person(s), an original and sometimes a revised due date, and a status from "
                  "the key (Complete, Green, Amber, Red, Not started). The revised due date, where given, "
                  "is the end."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return len(expected)


# ---------------------------------------------------------------------------
# 7. Southend-on-Sea – corporate risk register (tab-separated txt, read)
# ---------------------------------------------------------------------------
def southend():
    name = "xu-southend-on-sea-city-council-corporate-risk-register-2025-26.txt"
    title = "Southend-on-Sea City Council – Corporate Risk Register 2025/26"
    lines = [
        title,
        "Quarter 2 update (position at 30 September 2025) – report to Audit Committee, 26 November 2025",
        "",
        "Scores are Likelihood x Impact (1-5 each). Action RAG: B = complete, G = on track, "
        "A = at risk of slipping, R = overdue.",
        "",
        "\t".join(["Ref", "Mitigating action", "Action owner", "Due date", "Action RAG", "Q2 update"]),
    ]
    risks = [
        ("CR01 Financial sustainability",
         "Risk owner: Executive Director (Finance and Resources)\tCurrent score: 20 (Red)\tTarget score: 12 (Amber)",
         [("CR01a", ["Deliver the 2026/27 savings and income proposals and present a balanced budget to "
                     "Council"], "Director of Financial Services", "Feb 2026", "A",
           "£4.1m of the £6.8m gap identified.", ["Director of Financial Services"], "2026-02", None,
           "amber"),
          ("CR01b", ["Complete the fees and charges review"], "Head of Corporate Finance", "31/12/2025",
           "G", "Draft schedule with Cabinet Members.", ["Head of Corporate Finance"], "2025-12", None,
           "green"),
          ("CR01c", ["Monthly budget monitoring to Corporate Management Team with recovery plans for "
                     "overspending services"], "Director of Financial Services", "Ongoing", "G",
           "In place.", ["Director of Financial Services"], None, "Ongoing", "green")]),
        ("CR04 Safeguarding children",
         "Risk owner: Executive Director (Children and Public Health)\tCurrent score: 16 (Red)\tTarget score: 8 (Amber)",
         [("CR04a", ["Implement the Families First for Children pathfinder model in the two locality "
                     "teams"], "Director of Children's Services", "Q4 2025/26", "G",
           "Locality 1 live from October.", ["Director of Children's Services"], "2026-03", "Q4 2025/26",
           "green"),
          ("CR04b", ["Reduce agency social worker rate below 15% through the recruitment and retention "
                     "offer"], "Head of Workforce Development", "Mar 2026", "A", "Currently 19%.",
           ["Head of Workforce Development"], "2026-03", None, "amber")]),
        ("CR07 Cyber security",
         "Risk owner: Executive Director (Strategy, Change and Governance)\tCurrent score: 16 (Red)\tTarget score: 12 (Amber)",
         [("CR07a", ["Achieve Cyber Assessment Framework (CAF) baseline for all critical systems,",
                     "including the social care and revenues systems"], "Head of ICT Security",
           "30/11/2025", "R", "Two systems outstanding; supplier patches awaited.",
           ["Head of ICT Security"], "2025-11", None, "red"),
          ("CR07b", ["Run a cyber incident exercise with Corporate Management Team"],
           "Head of ICT Security / Emergency Planning Manager", "Sep 2025", "B",
           "Exercise held 17 September 2025.", ["Head of ICT Security", "Emergency Planning Manager"],
           "2025-09", None, "blue")]),
        ("CR09 Temporary accommodation demand",
         "Risk owner: Executive Director (Environment and Place)\tCurrent score: 20 (Red)\tTarget score: 15 (Red)",
         [("CR09a", ["Acquire 40 additional homes for temporary accommodation through the Housing "
                     "Revenue Account acquisitions programme"], "Director of Housing", "Jun 2026", "G",
           "23 completions to date.", ["Director of Housing"], "2026-06", None, "green")]),
    ]
    expected = []
    for head, info, acts in risks:
        lines.append(head)
        lines.append(info)
        for ref, text_lines, owner, due, rag, upd, lead, end, end_text, status in acts:
            lines.append("\t".join([ref, text_lines[0], owner, due, rag, upd]))
            for cont in text_lines[1:]:
                lines.append("\t".join(["", cont, "", "", "", ""]))
            expected.append(act(ref, [head], "\n".join(text_lines), lead, end, status, end_text))
        lines.append("")
    lines.append("Risks CR02, CR03, CR05, CR06 and CR08 are within target score and are reported by "
                 "exception only.")
    with open(path(name), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")

    write_expected(name, {
        "source": ("Imitates a unitary council corporate risk register exported from a risk system to "
                   "tab-separated text for Audit Committee (Southend-on-Sea style), Q2 2025-26. Copied: "
                   "title and quarter lines, a scoring and action-RAG key line, one column header line, "
                   "each risk as a heading line followed by an owner/score line, mitigating actions with "
                   "lettered refs, job-title owners (one with two posts), due dates as Mon YYYY, "
                   "dd/mm/yyyy, a financial quarter and 'Ongoing', B/G/A/R letters, a continuation line "
                   "where one action's text wraps onto the next line, and a closing note."),
        "reads": ("A risk register listing four corporate risks, each with its risk owner and scores, "
                  "and under each the mitigating actions being taken (eight in all) with owner, due date "
                  "and action RAG. The risk scores are not the actions' status; the action RAG letters "
                  "are."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return len(expected)


if __name__ == "__main__":
    counts = {}
    for fn in (hillingdon, south_tyneside, stockton, bi_borough_lcspr, south_glos, cheshire_east,
               southend):
        counts[fn.__name__] = fn()
    print(counts)
