#!/usr/bin/env python
"""Build the seven hi2- blind cases (set heldout251) and their expected readings.

Run with /work/main/.venv/bin/python hi2_make.py  (needs openpyxl, python-docx, pyyaml).
Each case: a data file and NAME.expected.yaml beside it.
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

RAG_HEX = {"red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "0070C0"}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill(fill_type="solid", start_color="FF" + hexcol, end_color="FF" + hexcol)


def write_expected(name, source, reads, outcome, title, actions=None, refuse_at=None,
                   accept_refusal=False):
    doc = {"source": source, "reads": reads, "outcome": outcome,
           "accept_refusal": accept_refusal}
    if refuse_at is not None:
        doc["refuse_at"] = refuse_at
    if title is not None:
        doc["title"] = title
    if outcome == "read":
        out = []
        for a in actions:
            item = {"ref": a["ref"], "under": a["under"], "action": a["action"],
                    "lead": a["lead"], "end": a["end"]}
            if a.get("end_text") is not None:
                item["end_text"] = a["end_text"]
            item["status"] = a["status"]
            out.append(item)
        doc["actions"] = out
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100000)


# ---------------------------------------------------------------------------
# 1. Croydon ASC CQC assessment improvement plan (xlsx, read)
# ---------------------------------------------------------------------------
def croydon():
    name = "hi2-croydon-council-asc-cqc-assessment-improvement-plan.xlsx"
    title = "Adult Social Care Improvement Plan 2025–26"
    D = dt.datetime
    plan = [
        ("theme", "Theme 1: Working with people"),
        ("afi", "People waited too long for Care Act assessments and reviews, and waiting lists "
                "were not consistently risk-managed.", [
            dict(ref="WP1.1",
                 action="Introduce a single risk-rated waiting list for assessments across all "
                        "locality teams, with weekly oversight by team managers.",
                 lead_cell="Head of Localities (Assessment and Care Management)",
                 lead=["Head of Localities (Assessment and Care Management)"],
                 orig=D(2025, 9, 30), rev=D(2025, 12, 31), prev="A", cur="green",
                 progress="Single waiting list live in all four localities from November. "
                          "Weekly RAG huddles in place.",
                 end="2025-12"),
            dict(ref="WP1.2",
                 action="Commission additional review capacity to clear annual reviews overdue "
                        "by more than 12 months.",
                 lead_cell="Head of Localities (Assessment and Care Management) / Head of "
                           "Commissioning and Procurement",
                 lead=["Head of Localities (Assessment and Care Management)",
                       "Head of Commissioning and Procurement"],
                 orig=D(2026, 3, 31), rev=None, prev="G", cur="amber",
                 progress="Agency review team started in October; 412 of 690 overdue reviews "
                          "completed. Trajectory at risk over Christmas period.",
                 end="2026-03"),
        ]),
        ("afi", "Unpaid carers told CQC they were not always offered a carer’s assessment or "
                "told what support was available.", [
            dict(ref="WP2.1",
                 action="Refresh the All-Age Carers Strategy with carers and the Croydon Carers "
                        "Partnership Board.",
                 lead_cell="Strategic Lead for Carers", lead=["Strategic Lead for Carers"],
                 orig=D(2025, 6, 30), rev=None, prev="G", cur="blue",
                 progress="Strategy approved by Cabinet in July 2025.", end="2025-06"),
            dict(ref="WP2.2",
                 action="Add a mandatory carer identification step to the adult assessment form "
                        "in the case management system and report take-up monthly.",
                 lead_cell="Principal Social Worker (Adults)",
                 lead=["Principal Social Worker (Adults)"],
                 orig=D(2025, 10, 31), rev=D(2026, 1, 31), prev="R", cur="amber",
                 progress="System change delayed by supplier release; now scheduled for "
                          "January release.",
                 end="2026-01"),
        ]),
        ("theme", "Theme 2: Providing support"),
        ("afi", "There was a shortage of local nursing and specialist dementia care home "
                "provision, leading to out-of-borough placements.", [
            dict(ref="PS1.1",
                 action="Publish a revised Market Position Statement setting out the nursing and "
                        "dementia capacity the council will commission.",
                 lead_cell="Head of Commissioning and Procurement",
                 lead=["Head of Commissioning and Procurement"],
                 orig=D(2025, 11, 30), rev=None, prev="G", cur="blue",
                 progress="Published 18 November 2025.", end="2025-11"),
            dict(ref="PS1.2",
                 action="Work with two providers to develop 40 additional nursing beds in the "
                        "borough.",
                 lead_cell="Director of Adult Social Care Commissioning",
                 lead=["Director of Adult Social Care Commissioning"],
                 orig="Mar-27", rev=None, prev="G", cur="green",
                 progress="Heads of terms agreed with first provider (24 beds).", end="2027-03"),
        ]),
        ("theme", "Theme 3: Ensuring safety within the system"),
        ("afi", "Safeguarding enquiries were not always completed in a timely way and the "
                "outcomes for people were not routinely recorded.", [
            dict(ref="ES1.1",
                 action="Implement a safeguarding triage hub with a daily decision-making "
                        "meeting.",
                 lead_cell="Head of Safeguarding Adults", lead=["Head of Safeguarding Adults"],
                 orig=D(2025, 8, 31), rev=None, prev="A", cur="blue",
                 progress="Hub launched 4 August 2025.", end="2025-08"),
            dict(ref="ES1.2",
                 action="Quarterly multi-agency audit of Section 42 enquiries, reported to the "
                        "Safeguarding Adults Board.",
                 lead_cell="Head of Safeguarding Adults / SAB Business Manager",
                 lead=["Head of Safeguarding Adults", "SAB Business Manager"],
                 orig="Quarterly", rev=None, prev="G", cur="green",
                 progress="Q2 audit reported to the SAB in October; Q3 audit booked.",
                 end=None, end_text="Quarterly"),
        ]),
        ("theme", "Theme 4: Leadership"),
        ("afi", "Performance data was not consistently used to understand equity of outcomes "
                "for different communities.", [
            dict(ref="L1.1",
                 action="Develop an adult social care equality dashboard showing assessment and "
                        "service outcomes by ethnicity, age and disability.",
                 lead_cell="Head of ASC Business Intelligence",
                 lead=["Head of ASC Business Intelligence"],
                 orig=D(2025, 12, 31), rev=D(2026, 4, 30), prev="A", cur="red",
                 progress="Data quality issues in ethnicity recording (31% not stated). "
                          "Data cleanse under way before the dashboard can be built.",
                 end="2026-04"),
        ]),
    ]

    wb = Workbook()
    # --- Cover sheet
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = title
    cv["A1"].font = Font(bold=True, size=16)
    cv["A2"] = "London Borough of Croydon – Adult Social Care and Health Directorate"
    cv["A3"] = "Our response to the CQC Local Authority Assessment"
    cv["A5"] = "Document control"
    cv["A5"].font = Font(bold=True)
    dc = [("Version", "Date", "Author", "Comments"),
          ("0.3", "14/07/2025", "ASC Improvement Programme Manager", "Draft for DMT"),
          ("1.0", "05/08/2025", "ASC Improvement Programme Manager", "Approved by Cabinet"),
          ("1.3", "16/01/2026", "ASC Improvement Programme Manager",
           "January 2026 progress update")]
    for i, row in enumerate(dc):
        for j, v in enumerate(row):
            c = cv.cell(row=6 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
    cv["A11"] = "RAG key"
    cv["A11"].font = Font(bold=True)
    key = [("blue", "Complete"), ("green", "On track"),
           ("amber", "Some slippage – recovery in place"), ("red", "Off track – escalated to "
                                                             "ASC Improvement Board")]
    for i, (col, txt) in enumerate(key):
        cv.cell(row=12 + i, column=1).fill = fill(RAG_HEX[col])
        cv.cell(row=12 + i, column=2, value=txt)
    cv.column_dimensions["A"].width = 14
    cv.column_dimensions["B"].width = 16
    cv.column_dimensions["C"].width = 36
    cv.column_dimensions["D"].width = 30

    # --- Summary sheet (counts by current RAG)
    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of progress – January 2026"
    sm["A1"].font = Font(bold=True, size=13)
    hdr = ["Theme", "Actions", "Complete", "Green", "Amber", "Red"]
    for j, h in enumerate(hdr):
        c = sm.cell(row=3, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    r = 4
    theme = None
    counts = {}
    order = []
    for item in plan:
        if item[0] == "theme":
            theme = item[1]
            order.append(theme)
            counts[theme] = {"blue": 0, "green": 0, "amber": 0, "red": 0}
        else:
            for a in item[2]:
                counts[theme][a["cur"]] += 1
    tot = {"blue": 0, "green": 0, "amber": 0, "red": 0}
    for th in order:
        cs = counts[th]
        vals = [th, sum(cs.values()), cs["blue"], cs["green"], cs["amber"], cs["red"]]
        for j, v in enumerate(vals):
            sm.cell(row=r, column=1 + j, value=v).border = BOX
        for k in tot:
            tot[k] += cs[k]
        r += 1
    vals = ["Total", sum(tot.values()), tot["blue"], tot["green"], tot["amber"], tot["red"]]
    for j, v in enumerate(vals):
        c = sm.cell(row=r, column=1 + j, value=v)
        c.font = Font(bold=True)
        c.border = BOX
    sm.column_dimensions["A"].width = 44

    # --- Improvement plan sheet
    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Progress position as at 16 January 2026. Current RAG shown by colour only – see " \
               "key on Cover sheet."
    ws["A2"].font = Font(italic=True)
    headers = ["Ref", "What CQC told us (area for improvement)", "Action", "Lead officer",
               "Original target date", "Revised target date", "Previous RAG (Oct 25)",
               "Current RAG", "Progress update"]
    for j, h in enumerate(headers):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    expected = []
    theme = None
    for item in plan:
        if item[0] == "theme":
            theme = item[1]
            ws.cell(row=r, column=1, value=theme).font = Font(bold=True)
            for j in range(1, 10):
                ws.cell(row=r, column=j).fill = fill("D9E1F2")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            continue
        afi, acts = item[1], item[2]
        first = r
        for a in acts:
            ws.cell(row=r, column=1, value=a["ref"])
            ws.cell(row=r, column=3, value=a["action"])
            ws.cell(row=r, column=4, value=a["lead_cell"])
            c = ws.cell(row=r, column=5, value=a["orig"])
            if isinstance(a["orig"], dt.datetime):
                c.number_format = "mmm-yy"
            if a["rev"] is not None:
                c = ws.cell(row=r, column=6, value=a["rev"])
                c.number_format = "mmm-yy"
            ws.cell(row=r, column=7, value=a["prev"]).alignment = Alignment(horizontal="center")
            ws.cell(row=r, column=8).fill = fill(RAG_HEX[a["cur"]])
            ws.cell(row=r, column=9, value=a["progress"])
            for j in range(1, 10):
                ws.cell(row=r, column=j).border = BOX
                if j not in (7, 8):
                    ws.cell(row=r, column=j).alignment = WRAP
            expected.append(dict(ref=a["ref"], under=[theme, afi], action=a["action"],
                                 lead=a["lead"], end=a["end"], end_text=a.get("end_text"),
                                 status=a["cur"]))
            r += 1
        ws.cell(row=first, column=2, value=afi).alignment = WRAP
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    widths = [8, 40, 48, 30, 12, 12, 11, 9, 48]
    for j, w in enumerate(widths):
        ws.column_dimensions[chr(65 + j)].width = w
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, name))

    write_expected(
        name,
        source="Imitates a London borough's adult social care improvement plan written after its "
               "CQC local authority assessment (2025), as taken to Cabinet and the ASC "
               "Improvement Board (cf. the B&NES ASC Improvement Plan progress report, "
               "democracy.bathnes.gov.uk ID=2324, and the LGA guides to the CQC's four themes). "
               "Copied features: cover sheet with document control table and colour-only RAG "
               "key, a summary sheet of counts by theme, plan sheet with merged theme rows for the "
               "four CQC themes, the CQC area for improvement merged down over its actions, job "
               "titles as leads (two posts split by '/'), original and revised target dates as "
               "Excel dates, previous RAG as a letter and current RAG as fill colour only.",
        reads="A three-sheet workbook: a cover (title, document control, RAG key), a summary of "
              "counts, and the improvement plan. The plan lists nine actions under four CQC "
              "themes, each under the CQC finding it answers; the current RAG is the cell colour "
              "and where a revised date is given it replaces the original.",
        outcome="read", title=title, actions=expected)
    return name, len(expected)


# ---------------------------------------------------------------------------
# 2. Ashfield DC internal audit recommendations tracker (xlsx, read)
# ---------------------------------------------------------------------------
def ashfield():
    name = "hi2-ashfield-dc-internal-audit-recommendations-tracker.xlsx"
    title = "Ashfield District Council – Internal Audit Recommendations Tracker"
    status_rag = {"Complete": "blue", "On track": "green", "Revised date": "amber",
                  "Overdue": "red"}
    audits = [
        ("Council Tax and Business Rates (2024/25) – Reasonable Assurance", [
            ("Reconciliations between the council tax system and the Valuation Office list "
             "should be completed monthly and independently reviewed.", "Medium", [
                dict(ref="1", action="Monthly VOA schedule reconciliation to be completed by the "
                                     "Senior Revenues Officer and signed off by the Revenues "
                                     "Manager.",
                     lead_cell="Revenues Manager", lead=["Revenues Manager"],
                     orig="30/06/2025", rev=None, nrev=0, status="Complete",
                     update="Reconciliations evidenced for July–December 2025.",
                     end="2025-06"),
            ]),
            ("Long-standing credit balances should be reviewed and refunded or written off in "
             "line with the Financial Regulations.", "Medium", [
                dict(ref="2", action="Review of all credit balances over 12 months old.\nRefunds "
                                     "processed or write-offs submitted for approval.",
                     lead_cell="Revenues Manager / Chief Accountant",
                     lead=["Revenues Manager", "Chief Accountant"],
                     orig="30/09/2025", rev="31/01/2026", nrev=1, status="Revised date",
                     update="£41k of £63k balances cleared. Remaining write-offs to go to "
                            "the S151 Officer in January.",
                     end="2026-01"),
            ]),
        ]),
        ("Housing Repairs – Void Properties (2024/25) – Limited Assurance", [
            ("Void works should be inspected on completion before the contractor’s invoice is "
             "paid.", "High", [
                dict(ref="1a", action="Introduce a post-inspection checklist signed by a Voids "
                                      "Surveyor before the job is closed on the repairs system.",
                     lead_cell="Voids Manager", lead=["Voids Manager"],
                     orig="31/07/2025", rev=None, nrev=0, status="Complete",
                     update="Checklist in use from 14 July 2025; tested by Internal Audit at "
                            "follow-up.",
                     end="2025-07"),
                dict(ref="1b", action="Monthly re-inspection of a 10% sample of closed voids by "
                                      "the Housing Technical Manager, with results reported to "
                                      "the Housing Leadership Team.",
                     lead_cell="Housing Technical Manager", lead=["Housing Technical Manager"],
                     orig="31/10/2025", rev="31/12/2025", nrev=1, status="Overdue",
                     update="Only October sample completed due to vacancy in the surveying "
                            "team.",
                     end="2025-12"),
            ]),
            ("Void rent loss should be reported to the Housing Leadership Team each month.",
             "Medium", [
                dict(ref="2", action="Add void rent loss to the monthly housing performance "
                                     "dashboard.",
                     lead_cell="Head of Housing", lead=["Head of Housing"],
                     orig="30/09/2025", rev=None, nrev=0, status="Complete",
                     update="Included from the September dashboard.", end="2025-09"),
            ]),
        ]),
        ("Cyber Security – Patch Management (2025/26) – Limited Assurance", [
            ("Critical security patches should be applied within 14 days of release, with any "
             "exceptions approved and recorded.", "High", [
                dict(ref="1", action="Adopt a patching policy with a 14-day target for critical "
                                     "patches and an exceptions log reviewed at the ICT Security "
                                     "Group.",
                     lead_cell="ICT Infrastructure Manager", lead=["ICT Infrastructure Manager"],
                     orig="31/03/2026", rev=None, nrev=0, status="On track",
                     update="Draft policy at ICT Security Group on 12 February.",
                     end="2026-03"),
            ]),
            ("Unsupported server operating systems should be removed from the network or "
             "isolated.", "High", [
                dict(ref="2", action="Migrate the remaining four Windows Server 2012 R2 servers "
                                     "to supported versions.",
                     lead_cell="Head of ICT / ICT Infrastructure Manager",
                     lead=["Head of ICT", "ICT Infrastructure Manager"],
                     orig="31/12/2025", rev="30/06/2026", nrev=1, status="Revised date",
                     update="Two servers migrated. Remaining two host the legacy planning "
                            "system, replacement due May 2026.",
                     end="2026-06"),
            ]),
        ]),
        ("Procurement – Contract Waivers (2025/26) – Reasonable Assurance", [
            ("A central register of contract waivers should be maintained and reported to the "
             "Audit Committee annually.", "Low", [
                dict(ref="1", action="Set up a waiver register on SharePoint and report to the "
                                     "Audit Committee in the 2026/27 cycle.",
                     lead_cell="Procurement and Contracts Manager",
                     lead=["Procurement and Contracts Manager"],
                     orig="31/07/2026", rev=None, nrev=0, status="On track",
                     update="Register live; 7 waivers recorded since April 2025.",
                     end="2026-07"),
            ]),
        ]),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit Committee – 9 February 2026. Position as at 31 January 2026."
    ws["A3"] = "High and medium priority recommendations from limited and reasonable assurance " \
               "reports, plus low priority recommendations where a date has been agreed."
    ws["A3"].font = Font(italic=True)
    headers = ["Rec No.", "Recommendation", "Priority", "Agreed management action",
               "Responsible officer", "Original implementation date",
               "Revised implementation date", "No. of revisions", "Status", "Latest update"]
    HR = 5
    for j, h in enumerate(headers):
        c = ws.cell(row=HR, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("BDD7EE")
        c.border = BOX
        c.alignment = WRAP
    r = HR + 1
    expected = []
    tally = {k: 0 for k in status_rag}
    for banner, recs in audits:
        ws.cell(row=r, column=1, value=banner).font = Font(bold=True, color="FFFFFF")
        for j in range(1, 11):
            ws.cell(row=r, column=j).fill = fill("2F5597")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for rec, prio, acts in recs:
            first = r
            for a in acts:
                ws.cell(row=r, column=1, value=a["ref"])
                ws.cell(row=r, column=4, value=a["action"])
                ws.cell(row=r, column=5, value=a["lead_cell"])
                ws.cell(row=r, column=6, value=a["orig"])
                if a["rev"]:
                    ws.cell(row=r, column=7, value=a["rev"])
                ws.cell(row=r, column=8, value=a["nrev"])
                c = ws.cell(row=r, column=9, value=a["status"])
                c.fill = fill(RAG_HEX[status_rag[a["status"]]])
                if status_rag[a["status"]] in ("blue", "red"):
                    c.font = Font(color="FFFFFF", bold=True)
                ws.cell(row=r, column=10, value=a["update"])
                for j in range(1, 11):
                    ws.cell(row=r, column=j).border = BOX
                    ws.cell(row=r, column=j).alignment = WRAP
                tally[a["status"]] += 1
                expected.append(dict(ref=a["ref"], under=[banner, rec], action=a["action"],
                                     lead=a["lead"], end=a["end"],
                                     status=status_rag[a["status"]]))
                r += 1
            ws.cell(row=first, column=2, value=rec)
            ws.cell(row=first, column=3, value=prio)
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
                ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    # summary block below the tracker
    r += 1
    ws.cell(row=r, column=1, value="Summary").font = Font(bold=True)
    r += 1
    for k in ["Complete", "On track", "Revised date", "Overdue"]:
        ws.cell(row=r, column=1, value=k).fill = fill(RAG_HEX[status_rag[k]])
        ws.cell(row=r, column=2, value=tally[k])
        r += 1
    ws.cell(row=r, column=1, value="Total").font = Font(bold=True)
    ws.cell(row=r, column=2, value=sum(tally.values())).font = Font(bold=True)
    widths = [10, 42, 10, 46, 26, 14, 14, 10, 14, 44]
    for j, w in enumerate(widths):
        ws.column_dimensions[chr(65 + j)].width = w
    ws.freeze_panes = "A6"

    ky = wb.create_sheet("Key")
    ky["A1"] = "Status key"
    ky["A1"].font = Font(bold=True)
    keyrows = [("Complete", "Action implemented and evidence provided to Internal Audit"),
               ("On track", "Not yet due; expected to be implemented by the original date"),
               ("Revised date", "Original date missed; revised date agreed with the Head of "
                                "Internal Audit"),
               ("Overdue", "Revised date missed, or more than two revisions")]
    for i, (k, v) in enumerate(keyrows):
        ky.cell(row=2 + i, column=1, value=k).fill = fill(RAG_HEX[status_rag[k]])
        ky.cell(row=2 + i, column=2, value=v)
    ky["A8"] = "Priority"
    ky["A8"].font = Font(bold=True)
    prows = [("High", "Fundamental control weakness – action within 3 months"),
             ("Medium", "Significant control weakness – action within 6 months"),
             ("Low", "Improvement to control environment – action within 12 months")]
    for i, (k, v) in enumerate(prows):
        ky.cell(row=9 + i, column=1, value=k)
        ky.cell(row=9 + i, column=2, value=v)
    ky.column_dimensions["A"].width = 16
    ky.column_dimensions["B"].width = 80
    wb.save(os.path.join(HERE, name))

    write_expected(
        name,
        source="Imitates a district council's internal audit recommendations tracker as "
               "appended to an Audit Committee follow-up report (cf. Reading's 'Implementation "
               "of Audit Recommendations Tracker' and Bromsgrove's recommendation tracker with "
               "target and revised target completion dates). Copied features: title and "
               "'position as at' lines, one merged banner row per audit (name, year, assurance "
               "opinion), recommendation and priority merged down over split actions 1a/1b, "
               "agreed management action as the action, job titles as responsible officers, "
               "original and revised implementation dates (dd/mm/yyyy text), number of "
               "revisions, a worded status with fill colour defined on a separate Key sheet, and "
               "a summary count block under the table.",
        reads="One tracker sheet listing eight agreed management actions from four internal "
              "audits, each under its audit banner and the auditor's recommendation; the Key "
              "sheet defines the four statuses (Complete, On track, Revised date, Overdue) by "
              "colour. Where a revised implementation date is given it is the due date; the "
              "summary block at the bottom is not an action.",
        outcome="read", title=title, actions=expected)
    return name, len(expected)


# ---------------------------------------------------------------------------
# 3. Lancashire Constabulary vetting/misconduct/misogyny tracker (xlsx, refuse)
# ---------------------------------------------------------------------------
def lancashire():
    name = ("hi2-lancashire-constabulary-hmicfrs-vetting-misconduct-misogyny-recommendations-"
            "tracker-typo-month-refuse.xlsx")
    title = ("HMICFRS – An inspection of vetting, misconduct, and misogyny in the police "
             "service: Recommendations Tracker")
    sections = [
        ("Vetting", [
            ("2", "By 31 July 2023, chief constables should make sure that their vetting units "
                  "record the rationale for vetting decisions where adverse information is "
                  "identified.",
             "Vetting decision rationale template introduced; monthly dip-sample of 20 files "
             "by the Force Vetting Manager.",
             "Head of Professional Standards / Force Vetting Manager", "July 2023", "Complete",
             "Template live from May 2023. Dip-sample results reported to the PSD Board."),
            ("6", "By 31 October 2023, chief constables should make sure that their forces "
                  "carry out a review of vetting clearances whenever an officer or staff member "
                  "is subject to a misconduct investigation.",
             "Automatic referral from the Centurion case system to the Vetting Unit for all "
             "misconduct investigations.",
             "Force Vetting Manager", "October 2023", "Complete",
             "Referral trigger built into Centurion; 46 reviews completed."),
            ("9", "By 30 April 2024, chief constables should make sure that their forces have "
                  "enough trained vetting staff to meet demand.",
             "Business case for four additional vetting officers and a vetting supervisor.",
             "Director of Resources", "April 2024", "In progress",
             "Business case approved at Chief Officer Group. Recruitment under way."),
        ]),
        ("Counter-corruption", [
            ("14", "By 31 October 2023, chief constables should make sure that their "
                   "counter-corruption units have the capability to monitor all force IT "
                   "systems.",
             "Procure and implement an IT monitoring solution covering all force systems.",
             "Head of Digital Services / Head of Anti-Corruption Unit", "Febuary 2024",
             "In progress",
             "Contract awarded December 2023; go-live planned for spring."),
            ("17", "By 31 October 2023, chief constables should make sure that their forces "
                   "use the corruption and abuse of position for a sexual purpose (APSP) "
                   "intelligence categories.",
             "Update intelligence recording guidance and brief all ACU staff.",
             "Head of Anti-Corruption Unit", "October 2023", "Complete",
             "Guidance published on the intranet."),
        ]),
        ("Misconduct", [
            ("25", "By 31 March 2024, chief constables should make sure that all misconduct "
                   "allegations of a sexual nature are assessed by an appropriately trained "
                   "appropriate authority.",
             "Train all PSD assessors in the College of Policing sexual misconduct module.",
             "Head of Professional Standards", "March 2024", "In progress",
             "11 of 14 assessors trained."),
        ]),
        ("Misogyny and predatory behaviour", [
            ("32", "By 30 September 2023, chief constables should introduce a means for "
                   "officers and staff to report concerns about misogynistic behaviour "
                   "anonymously.",
             "Promote the Crimestoppers integrity line and add an anonymous reporting form to "
             "the intranet.",
             "Deputy Chief Constable", "September 2023", "Complete",
             "Form launched; 23 reports received to date."),
            ("35", "By 31 March 2024, chief constables should make sure that their forces "
                   "have a plan to understand and tackle misogyny in the workplace.",
             "Develop a Force Culture and Standards Plan informed by the staff survey.",
             "Deputy Chief Constable / Head of People", "March 2024", "In progress",
             "Staff survey closed; plan to Chief Officer Group in April."),
        ]),
    ]
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Lancashire Constabulary"
    sm["A2"] = title
    sm["A2"].font = Font(bold=True, size=13)
    sm["A3"] = "Published by HMICFRS 2 November 2022 – 43 recommendations, of which 29 " \
               "are for chief constables. Position at 31 January 2024."
    counts = {"Complete": 0, "In progress": 0}
    for _, acts in sections:
        for a in acts:
            counts[a[5]] += 1
    sm["A5"], sm["B5"] = "Status", "No. tracked"
    sm["A5"].font = sm["B5"].font = Font(bold=True)
    sm["A6"], sm["B6"] = "Complete", counts["Complete"]
    sm["A7"], sm["B7"] = "In progress", counts["In progress"]
    sm["A8"], sm["B8"] = "Total", sum(counts.values())
    sm.column_dimensions["A"].width = 30

    ws = wb.create_sheet("Tracker")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Professional Standards Department – reported to the Police and Crime " \
               "Commissioner’s Accountability Board"
    headers = ["Rec", "HMICFRS recommendation", "Force action", "Lead", "Due", "Status",
               "Update"]
    for j, h in enumerate(headers):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("002060")
        c.border = BOX
    r = 5
    refuse_row = None
    for sec, acts in sections:
        ws.cell(row=r, column=1, value=sec).font = Font(bold=True)
        for j in range(1, 8):
            ws.cell(row=r, column=j).fill = fill("DDEBF7")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for a in acts:
            for j, v in enumerate(a):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
            st = ws.cell(row=r, column=6)
            st.fill = fill(RAG_HEX["blue"] if a[5] == "Complete" else RAG_HEX["green"])
            if a[4] == "Febuary 2024":
                refuse_row = r
            r += 1
    widths = [6, 50, 44, 30, 14, 12, 42]
    for j, w in enumerate(widths):
        ws.column_dimensions[chr(65 + j)].width = w
    wb.save(os.path.join(HERE, name))
    assert refuse_row is not None

    write_expected(
        name,
        source="Imitates a police force's tracker of its response to the HMICFRS thematic "
               "report 'An inspection of vetting, misconduct, and misogyny in the police "
               "service' (2 November 2022, 43 recommendations; cf. the Warwickshire and Surrey "
               "PCC section 55 responses on their websites). Copied features: a summary sheet of "
               "counts, a tracker sheet with merged section rows per chapter (Vetting, "
               "Counter-corruption, Misconduct, Misogyny and predatory behaviour), the HMICFRS "
               "recommendation (with its own 'By 31 July 2023' deadline) beside the force "
               "action, posts as leads, due month, status and update.",
        reads="A two-sheet force tracker of eight actions against selected HMICFRS "
              "recommendations. The due cell of recommendation 14 on the Tracker sheet reads "
              "'Febuary 2024', a mistyped month, so a careful reader stops there and asks before "
              "recording the plan.",
        outcome="refuse", title=title, refuse_at=refuse_row)
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


def set_cell(cell, text, bold=False, color=None, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        if color:
            run.font.color.rgb = RGBColor.from_string(color)
        if size:
            run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 4. North Wales FRA – Audit Wales recommendations action plan (docx, read)
# ---------------------------------------------------------------------------
def nwfra():
    name = ("hi2-north-wales-fire-rescue-authority-audit-wales-recommendations-action-plan."
            "docx")
    title = "Audit Wales Recommendations and Proposals for Improvement – Action Plan"
    status_rag = {"Complete": "blue", "On track": "green", "Some slippage": "amber",
                  "Off track": "red", "Not started": "unrated"}
    shade_hex = {"blue": "9DC3E6", "green": "A9D08E", "amber": "FFD966", "red": "FF7C80"}
    sections = [
        ("1. Fire and Rescue Authorities – governance (Auditor General national report, "
         "September 2024)", [
            ("Recommendation 1: Fire and Rescue Authorities should review their arrangements "
             "for the induction and ongoing training of members so that members have the "
             "knowledge and skills to govern a specialist service effectively.", [
                dict(ref="R1.1",
                     action="Develop a member development programme covering the Authority’s "
                            "statutory functions, finance, and scrutiny, agreed with the "
                            "Executive Panel.",
                     lead_cell="Deputy Clerk", lead=["Deputy Clerk"],
                     date="June 2025", rev="", status="Complete",
                     end="2025-06"),
                dict(ref="R1.2",
                     action="Offer every member an annual personal development review with the "
                            "Chair.",
                     lead_cell="Chair of the Authority / Deputy Clerk",
                     lead=["Chair of the Authority", "Deputy Clerk"],
                     date="Annually", rev="", status="On track",
                     end=None, end_text="Annually"),
            ]),
            ("Recommendation 2: Fire and Rescue Authorities should strengthen their scrutiny of "
             "performance by making sure reports to members are clear about what is working "
             "well and what needs to improve.", [
                dict(ref="R2.1",
                     action="Redesign the quarterly performance report to include trend data, "
                            "commentary on exceptions and benchmarking with the other two Welsh "
                            "fire and rescue services.",
                     lead_cell="Head of Corporate Planning and Performance",
                     lead=["Head of Corporate Planning and Performance"],
                     date="Q2 2025/26", rev="", status="Some slippage",
                     end="2025-09"),
            ]),
        ]),
        ("2. Workforce planning review (July 2023)", [
            ("Proposal for improvement 1: The Authority should develop a long-term workforce "
             "plan that reflects the changing demands on the Service, including on-call "
             "availability.", [
                dict(ref="P1.1",
                     action="Publish a Strategic Workforce Plan 2025–2030 aligned to the "
                            "Community Risk Management Plan.",
                     lead_cell="Head of People and Organisational Development",
                     lead=["Head of People and Organisational Development"],
                     date="March 2025", rev="September 2025", status="Some slippage",
                     end="2025-09"),
                dict(ref="P1.2",
                     action="Introduce an on-call availability dashboard reviewed monthly by "
                            "Area Managers.",
                     lead_cell="Area Manager (Response)", lead=["Area Manager (Response)"],
                     date="December 2024", rev="April 2025", status="Off track",
                     end="2025-04"),
            ]),
        ]),
        ("3. Setting of well-being objectives (2024)", [
            ("Recommendation 1: The Authority should involve a wider range of people in "
             "setting its well-being objectives, including people with protected "
             "characteristics.", [
                dict(ref="W1.1",
                     action="Consult on the draft 2026-27 well-being objectives as part of the "
                            "Community Risk Management Plan consultation, including targeted "
                            "sessions with seldom-heard groups.",
                     lead_cell="Head of Corporate Communications",
                     lead=["Head of Corporate Communications"],
                     date="April – September 2025", rev="", status="On track",
                     end="2025-09", end_text="April – September 2025"),
                dict(ref="W1.2",
                     action="Publish an Easy Read and a Welsh-language summary of the "
                            "objectives.",
                     lead_cell="Welsh Language Officer / Head of Corporate Communications",
                     lead=["Welsh Language Officer", "Head of Corporate Communications"],
                     date="31/10/2025", rev="", status="Not started",
                     end="2025-10"),
            ]),
        ]),
    ]

    doc = Document()
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Awdurdod Tân ac Achub Gogledd Cymru / North Wales Fire " \
                                    "and Rescue Authority"
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Audit Committee – 16 June 2025. Progress position at 30 May 2025.")
    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    rows = [("Version", "Date", "Author", "Change"),
            ("1.0", "10/02/2025", "Corporate Planning Manager", "First version"),
            ("1.1", "17/03/2025", "Corporate Planning Manager", "Audit Committee March 2025"),
            ("1.2", "30/05/2025", "Corporate Planning Manager", "Audit Committee June 2025")]
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            set_cell(t.cell(i, j), v, bold=(i == 0))
    doc.add_heading("Status key", level=2)
    k = doc.add_table(rows=5, cols=2)
    k.style = "Table Grid"
    keyrows = [("Complete", "Action fully implemented", "blue"),
               ("On track", "Action progressing to the agreed date", "green"),
               ("Some slippage", "Action behind schedule; a revised date has been agreed",
                "amber"),
               ("Off track", "Action significantly behind; escalated to the Senior Leadership "
                             "Team", "red"),
               ("Not started", "Action not yet due to start", None)]
    for i, (a, b, col) in enumerate(keyrows):
        set_cell(k.cell(i, 0), a, bold=True)
        set_cell(k.cell(i, 1), b)
        if col:
            shade(k.cell(i, 0), shade_hex[col])

    expected = []
    headers = ["Ref", "Agreed action", "Responsible officer", "Target date", "Revised date",
               "Status"]
    for heading, recs in sections:
        doc.add_heading(heading, level=1)
        nrows = 1 + sum(1 + len(acts) for _, acts in recs)
        tb = doc.add_table(rows=nrows, cols=6)
        tb.style = "Table Grid"
        for j, h in enumerate(headers):
            set_cell(tb.cell(0, j), h, bold=True, color="FFFFFF")
            shade(tb.cell(0, j), "C00000")
        ri = 1
        for rec, acts in recs:
            m = tb.cell(ri, 0).merge(tb.cell(ri, 5))
            set_cell(m, rec, bold=True)
            shade(m, "F2F2F2")
            ri += 1
            for a in acts:
                vals = [a["ref"], a["action"], a["lead_cell"], a["date"], a["rev"],
                        a["status"]]
                for j, v in enumerate(vals):
                    set_cell(tb.cell(ri, j), v)
                col = status_rag[a["status"]]
                if col in shade_hex:
                    shade(tb.cell(ri, 5), shade_hex[col])
                expected.append(dict(ref=a["ref"], under=[heading, rec], action=a["action"],
                                     lead=a["lead"], end=a["end"], end_text=a.get("end_text"),
                                     status=col))
                ri += 1
        doc.add_paragraph("")
    doc.add_paragraph("Note: actions shown as Complete are removed from the next report once the "
                      "Audit Committee has noted them. Audit Wales will review progress as part "
                      "of its 2025-26 audit work.")
    doc.save(os.path.join(HERE, name))

    write_expected(
        name,
        source="Imitates a Welsh fire and rescue authority's tracker of Audit Wales "
               "recommendations and proposals for improvement taken to its Audit Committee "
               "(cf. North Wales FRA papers on the Audit Wales review of corporate resilience, "
               "and the Auditor General's September 2024 national report on FRA governance). "
               "Copied features: bilingual page header, title and meeting line, document "
               "control table, status key table with shading, one numbered heading and one "
               "table per Audit Wales report, the recommendation or proposal for improvement as "
               "a full-width merged row above its actions, target and revised date columns, "
               "worded status with cell shading, and a closing note.",
        reads="A Word action plan with three sections, one per Audit Wales report, each with a "
              "table of agreed actions under the recommendation or proposal they answer (seven "
              "actions). Status is the word in the Status column as defined in the key; where a "
              "revised date is given it is the due date; one action is annual and one is due "
              "over a period ending September 2025.",
        outcome="read", title=title, actions=expected)
    return name, len(expected)


# ---------------------------------------------------------------------------
# 5. Vale of Glamorgan – Panel Performance Assessment action plan (docx, read)
# ---------------------------------------------------------------------------
def vale():
    name = "hi2-vale-of-glamorgan-council-panel-performance-assessment-action-plan.docx"
    title = "Panel Performance Assessment: Council Response and Action Plan"
    rag_map = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red",
               "Not started": "unrated"}
    themes = [
        ("Theme A: Vision and strategic direction", [
            ("Recommendation 1 – Make sure the Corporate Plan 2025-30 is underpinned by a clear "
             "set of measures so that members and residents can see what success will look "
             "like.", [
                dict(ref="1a", action="Develop a Corporate Plan performance framework with "
                                      "outcome measures and targets for each Well-being "
                                      "Objective.",
                     lead_cell="Head of Policy and Business Transformation",
                     lead=["Head of Policy and Business Transformation"],
                     when="June 2025", rag="Complete", end="2025-06"),
                dict(ref="1b", action="Publish an annual ‘Vale in numbers’ summary alongside "
                                      "the Annual Self-Assessment.",
                     lead_cell="Head of Policy and Business Transformation / Head of "
                               "Communications",
                     lead=["Head of Policy and Business Transformation",
                           "Head of Communications"],
                     when="October 2025", rag="Green", end="2025-10"),
            ]),
        ]),
        ("Theme B: Reshaping and financial sustainability", [
            ("Recommendation 2 – Accelerate the Reshaping Programme, prioritising a small "
             "number of larger transformational projects with clear savings and benefits.", [
                dict(ref="2a", action="Refocus the Reshaping Programme on five priority projects "
                                      "with benefits realisation plans approved by Cabinet.",
                     lead_cell="Director of Corporate Resources",
                     lead=["Director of Corporate Resources"],
                     when="September 2025", rag="Amber", end="2025-09"),
                dict(ref="2b", action="Establish a Reshaping Programme Board chaired by the "
                                      "Chief Executive, meeting monthly.",
                     lead_cell="Chief Executive", lead=["Chief Executive"],
                     when="May 2025", rag="Complete", end="2025-05"),
            ]),
            ("Recommendation 3 – Develop a longer-term approach to the use of reserves and the "
             "capital programme within the Medium Term Financial Plan.", [
                dict(ref="3a", action="Extend the Medium Term Financial Plan to 2029/30, with a "
                                      "reserves strategy and a ten-year capital investment "
                                      "plan.",
                     lead_cell="Head of Finance", lead=["Head of Finance"],
                     when="February 2026", rag="Green", end="2026-02"),
            ]),
        ]),
        ("Theme C: Working with partners and communities", [
            ("Recommendation 4 – Build on strong partnership working to agree shared priorities "
             "with the Public Services Board and the Regional Partnership Board.", [
                dict(ref="4a", action="Agree three joint priorities with the Vale of Glamorgan "
                                      "Public Services Board for 2025-2027.",
                     lead_cell="Head of Policy and Business Transformation",
                     lead=["Head of Policy and Business Transformation"],
                     when="December 2025", rag="Amber", end="2025-12"),
                dict(ref="4b", action="Report progress on the joint priorities to the Corporate "
                                      "Performance and Resources Scrutiny Committee.",
                     lead_cell="Head of Policy and Business Transformation",
                     lead=["Head of Policy and Business Transformation"],
                     when="Six-monthly", rag="Not started", end=None,
                     end_text="Six-monthly"),
            ]),
        ]),
        ("Theme D: Governance and organisational culture", [
            ("Recommendation 5 – Continue to invest in the development of staff and managers, "
             "with particular attention to succession planning for senior roles.", [
                dict(ref="5a", action="Launch a Leadership and Management Development Programme "
                                      "for all third- and fourth-tier managers.",
                     lead_cell="Head of Human Resources and Organisational Development",
                     lead=["Head of Human Resources and Organisational Development"],
                     when="January 2026", rag="Green", end="2026-01"),
                dict(ref="5b", action="Prepare succession plans for all Director and Head of "
                                      "Service posts.",
                     lead_cell="Chief Executive / Head of Human Resources and Organisational "
                               "Development",
                     lead=["Chief Executive",
                           "Head of Human Resources and Organisational Development"],
                     when="March 2026", rag="Red", end="2026-03"),
            ]),
        ]),
    ]
    doc = Document()
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Vale of Glamorgan Council"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Appendix B – Cabinet, 6 March 2025 (progress updated November 2025)")
    doc.add_heading("1. Our response", level=1)
    doc.add_paragraph("The Council accepts the conclusions of the Panel and intends to follow "
                      "all five of its recommendations. The actions below set out how we will "
                      "do so. They have been reviewed by the Governance and Audit Committee as "
                      "required by section 93 of the Local Government and Elections (Wales) Act "
                      "2021.")
    doc.add_paragraph("RAG: Complete – action delivered; Green – on track; Amber – some risk to "
                      "delivery; Red – off track; Not started – not yet due to begin.")
    doc.add_heading("2. Action plan", level=1)
    nrows = 1 + sum(1 + sum(len(a) for _, a in recs) for _, recs in themes)
    tb = doc.add_table(rows=nrows, cols=6)
    tb.style = "Table Grid"
    headers = ["Panel recommendation", "Ref", "What we will do", "Lead", "Timescale", "RAG"]
    for j, h in enumerate(headers):
        set_cell(tb.cell(0, j), h, bold=True)
        shade(tb.cell(0, j), "BDD7EE")
    shade_hex = {"blue": "9DC3E6", "green": "A9D08E", "amber": "FFD966", "red": "FF7C80"}
    ri = 1
    expected = []
    for theme, recs in themes:
        m = tb.cell(ri, 0).merge(tb.cell(ri, 5))
        set_cell(m, theme, bold=True)
        shade(m, "1F4E79")
        m.paragraphs[0].runs[0].font.color.rgb = RGBColor.from_string("FFFFFF")
        ri += 1
        for rec, acts in recs:
            first = ri
            for a in acts:
                for j, v in enumerate([a["ref"], a["action"], a["lead_cell"], a["when"],
                                       a["rag"]]):
                    set_cell(tb.cell(ri, 1 + j), v)
                col = rag_map[a["rag"]]
                if col in shade_hex:
                    shade(tb.cell(ri, 5), shade_hex[col])
                expected.append(dict(ref=a["ref"], under=[theme, rec], action=a["action"],
                                     lead=a["lead"], end=a["end"], end_text=a.get("end_text"),
                                     status=col))
                ri += 1
            mc = tb.cell(first, 0)
            if ri - 1 > first:
                mc = mc.merge(tb.cell(ri - 1, 0))
            set_cell(mc, rec)
    doc.add_paragraph("")
    doc.add_paragraph("Progress against this plan will be reported to Cabinet and to the "
                      "Governance and Audit Committee every six months, and summarised in the "
                      "Annual Self-Assessment 2025/26.")
    doc.save(os.path.join(HERE, name))

    write_expected(
        name,
        source="Imitates a Welsh principal council's response and action plan following its "
               "Panel Performance Assessment under the Local Government and Elections (Wales) "
               "Act 2021 (the Vale of Glamorgan's PPA took place in November 2024 and was "
               "reported to Cabinet in February 2025; cf. the Denbighshire Governance and Audit "
               "Committee item on its draft PPA response and action plan). Copied features: "
               "council name in the page header, Title line and appendix/cabinet line, a "
               "statement of response, a RAG key as a sentence, a single action table with "
               "full-width theme rows, the panel recommendation merged down the first column "
               "over its actions, refs 1a/1b, job titles as leads (two split by '/'), month "
               "timescales, one frequency, and a RAG word column with shading.",
        reads="A short Word response with one action table: nine actions under four themes, "
              "each beside the Panel recommendation it answers (recommendation merged down the "
              "first column). RAG words give the status; 'Six-monthly' has no end month.",
        outcome="read", title=title, actions=expected)
    return name, len(expected)


# ---------------------------------------------------------------------------
# 6. Reading BC strategic risk register – specific actions (csv, read)
# ---------------------------------------------------------------------------
def reading():
    name = "hi2-reading-borough-council-strategic-risk-register-q3-2025-26.csv"
    title = "Reading Borough Council – Strategic Risk Register: Specific Actions"
    rag_map = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    risks = [
        ("SR01 Finance – unable to deliver a balanced budget because of demand pressures and "
         "cost of living increases", "Executive Director of Resources", "20", "12", [
            dict(ref="1.1", action="Deliver the 2026/27 savings programme and report progress "
                                   "monthly to CMT.",
                 lead_cell="Assistant Director of Finance",
                 lead=["Assistant Director of Finance"], date="31/03/2026", rag="Amber",
                 mon="CMT", freq="Monthly", end="2026-03"),
            dict(ref="1.2", action="Review fees and charges against inflation and benchmark "
                                   "with the other Berkshire unitary authorities.",
                 lead_cell="Okafor, Daniel", lead=["Okafor, Daniel"], date="28/02/2026",
                 rag="Green", mon="Finance Board", freq="Monthly", end="2026-02"),
            dict(ref="1.3", action="Refresh the Medium Term Financial Strategy to 2029/30.",
                 lead_cell="Assistant Director of Finance",
                 lead=["Assistant Director of Finance"], date="Q4 2025/26", rag="Green",
                 mon="Policy Committee", freq="Quarterly", end="2026-03"),
        ]),
        ("SR02 Cyber – risk of loss from cyber attack", "Executive Director of Resources", "16",
         "12", [
            dict(ref="2.1", action="Complete the Cyber Assessment Framework self-assessment and "
                                   "submit it to MHCLG.",
                 lead_cell="Head of Digital and ICT; Information Security Manager",
                 lead=["Head of Digital and ICT", "Information Security Manager"],
                 date="30/11/2025", rag="Complete", mon="Information Governance Board",
                 freq="Quarterly", end="2025-11"),
            dict(ref="2.2", action="Run a phishing simulation for all staff every quarter and "
                                   "target training at repeat clickers.",
                 lead_cell="Information Security Manager",
                 lead=["Information Security Manager"], date="Ongoing", rag="Green",
                 mon="Information Governance Board", freq="Quarterly", end=None,
                 end_text="Ongoing"),
        ]),
        ("SR03 Safeguarding – failure to safeguard vulnerable adults and children",
         "Executive Director of Communities and Adult Social Care; Executive Director of "
         "Children’s Services", "15", "10", [
            dict(ref="3.1", action="Deliver the adult social care improvement plan agreed after "
                                   "the CQC local authority assessment.",
                 lead_cell="Assistant Director of Adult Social Care Operations",
                 lead=["Assistant Director of Adult Social Care Operations"],
                 date="30/06/2026", rag="Amber", mon="ASC Improvement Board",
                 freq="Monthly", end="2026-06"),
            dict(ref="3.2", action="Multi-agency audit of transitions from children’s to adult "
                                   "services, reported to the Safeguarding Adults Board.",
                 lead_cell="Patel, Nisha", lead=["Patel, Nisha"], date="31/01/2026",
                 rag="Red", mon="Safeguarding Adults Board", freq="Quarterly", end="2026-01"),
        ]),
        ("SR04 Climate – failure to deliver zero carbon commitments",
         "Executive Director of Economic Growth and Neighbourhood Services", "12", "8", [
            dict(ref="4.1", action="Complete heat decarbonisation plans for the ten "
                                   "highest-emitting council buildings.",
                 lead_cell="Climate Strategy Manager & Head of Property",
                 lead=["Climate Strategy Manager", "Head of Property"], date="March 2026",
                 rag="Amber", mon="Climate Emergency Board", freq="Quarterly",
                 end="2026-03"),
            dict(ref="4.2", action="Install solar PV on three further council buildings.",
                 lead_cell="Head of Property", lead=["Head of Property"], date="30/09/2025",
                 rag="Complete", mon="Climate Emergency Board", freq="Quarterly",
                 end="2025-09"),
        ]),
    ]
    header = ["Risk", "Risk owner", "Current score", "Target score", "Action ref",
              "Specific action", "Action owner", "Target date", "RAG", "Monitored through",
              "Frequency"]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([title] + [""] * 10)
    w.writerow(["Quarter 3 2025/26 – reviewed by CMT 13 January 2026"] + [""] * 10)
    w.writerow([""] * 11)
    w.writerow(header)
    expected = []
    n = 0
    for risk, owner, cur, tgt, acts in risks:
        for i, a in enumerate(acts):
            head = [risk, owner, cur, tgt] if i == 0 else ["", "", "", ""]
            w.writerow(head + [a["ref"], a["action"], a["lead_cell"], a["date"], a["rag"],
                               a["mon"], a["freq"]])
            expected.append(dict(ref=a["ref"], under=[risk], action=a["action"],
                                 lead=a["lead"], end=a["end"], end_text=a.get("end_text"),
                                 status=rag_map[a["rag"]]))
            n += 1
    w.writerow([""] * 11)
    w.writerow(["RAG: Complete = action delivered; Green = on track; Amber = at risk of "
                "slipping; Red = off track or overdue"] + [""] * 10)
    w.writerow([f"Total specific actions: {n}"] + [""] * 10)
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())

    write_expected(
        name,
        source="Imitates the specific-actions part of a unitary council's Strategic Risk "
               "Register exported to CSV for the Audit and Governance Committee (cf. Reading "
               "Borough Council committee minutes describing risk cards that separate existing "
               "controls from specific actions, each with target date, status, where it is "
               "monitored and how often; red risks on cyber, safeguarding, net zero and budget). "
               "Copied features: title and quarter lines above the header, the risk (ref and "
               "title in one cell), owner and scores only on the first row of each risk (blank "
               "on continuation rows, as exported from merged cells), action refs 1.1, "
               "'Surname, Forename' owners, two owners joined by ';' and '&', day-first dates, "
               "Q4 2025/26, Ongoing, a RAG word, and a key and total line at the foot.",
        reads="A CSV of nine specific actions against four strategic risks; the risk cell is "
              "filled only on each risk's first row and the actions below it belong to that "
              "risk. The RAG column gives status (Complete = blue), the key and total lines at "
              "the end are not actions.",
        outcome="read", title=title, actions=expected)
    return name, n


# ---------------------------------------------------------------------------
# 7. Isle of Anglesey – council care home CIW inspection improvement plan (txt, read)
# ---------------------------------------------------------------------------
def anglesey():
    name = "hi2-isle-of-anglesey-council-care-home-ciw-inspection-improvement-plan.txt"
    title = "Garreglwyd Residential Home – CIW Inspection Improvement Plan"
    rag_map = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    sections = [
        ("WELL-BEING", [
            ("Area for improvement (Regulation 21): People must be supported to take part in "
             "activities that are meaningful to them, including through the medium of Welsh.", [
                dict(ref="1.1", action="Recruit an activities coordinator (20 hours per week) and "
                                       "agree an activities programme with residents and "
                                       "families.",
                     lead_cell="Registered Manager / Responsible Individual",
                     lead=["Registered Manager", "Responsible Individual"],
                     when="September 2025", progress="Coordinator started 1 September 2025.",
                     rag="B", end="2025-09"),
                dict(ref="1.2", action="Record each person’s preferred language and offer "
                                       "Welsh-language activities in line with the ‘Active "
                                       "Offer’.",
                     lead_cell="Deputy Manager", lead=["Deputy Manager"], when="31/10/2025",
                     progress="Language preferences recorded for 24 of 28 residents.",
                     rag="G", end="2025-10"),
            ]),
        ]),
        ("CARE AND SUPPORT", [
            ("Area for improvement (Regulation 16): Personal plans must be reviewed at least "
             "every three months and fully reflect people’s current needs and risks.", [
                dict(ref="2.1", action="Review all 28 personal plans with the person and their "
                                       "representative.",
                     lead_cell="Registered Manager", lead=["Registered Manager"],
                     when="31/08/2025", progress="All reviews completed 22 August 2025.",
                     rag="B", end="2025-08"),
                dict(ref="2.2", action="Introduce a monthly audit of personal plans, with "
                                       "findings reported to the Responsible Individual.",
                     lead_cell="Deputy Manager", lead=["Deputy Manager"], when="Monthly",
                     progress="July, August and September audits completed.", rag="G",
                     end=None, end_text="Monthly"),
            ]),
            ("Area for improvement (Regulation 58): Medicines must be stored and administered "
             "safely, including clear protocols for ‘as required’ (PRN) medication.", [
                dict(ref="2.3", action="Put in place a PRN protocol for every person prescribed "
                                       "‘as required’ medication, agreed with the GP practice.",
                     lead_cell="Registered Manager and Community Pharmacist",
                     lead=["Registered Manager", "Community Pharmacist"], when="Jul-25",
                     progress="Protocols in place and signed by the GP.", rag="B",
                     end="2025-07"),
                dict(ref="2.4", action="All senior care workers to complete a medication "
                                       "competency reassessment.",
                     lead_cell="Deputy Manager", lead=["Deputy Manager"], when="Oct-25",
                     progress="9 of 12 completed; 3 staff on long-term sickness absence.",
                     rag="A", end="2025-10"),
            ]),
        ]),
        ("ENVIRONMENT", [
            ("Area for improvement (Regulation 44): The premises must be kept in a good state "
             "of repair; the first-floor bathroom and sluice room need refurbishment.", [
                dict(ref="3.1", action="Refurbish the first-floor bathroom and sluice room "
                                       "through the Council’s property maintenance "
                                       "programme.",
                     lead_cell="Property Services Manager", lead=["Property Services Manager"],
                     when="March 2026", progress="Works ordered; contractor starts January.",
                     rag="G", end="2026-03"),
            ]),
        ]),
        ("LEADERSHIP AND MANAGEMENT", [
            ("Area for improvement (Regulation 36): Staff must receive supervision at least "
             "every three months and an annual appraisal.", [
                dict(ref="4.1", action="Set up a supervision matrix and make sure all staff have "
                                       "had supervision in the quarter.",
                     lead_cell="Registered Manager", lead=["Registered Manager"],
                     when="30/09/2025",
                     progress="74% of staff supervised in the quarter – target not met.",
                     rag="R", end="2025-09"),
                dict(ref="4.2", action="Complete annual appraisals for all staff.",
                     lead_cell="Registered Manager", lead=["Registered Manager"],
                     when="December 2025", progress="Appraisal programme under way.", rag="A",
                     end="2025-12"),
            ]),
        ]),
    ]
    lines = [
        "Isle of Anglesey County Council – Adult Services",
        title,
        "Inspection: 14 and 15 May 2025\tReport published: 2 July 2025\tPlan updated: "
        "30 September 2025",
        "",
        "Ref\tAction\tResponsible\tTimescale\tProgress\tRAG",
    ]
    expected = []
    for sec, afis in sections:
        lines.append(sec)
        for afi, acts in afis:
            lines.append(afi)
            for a in acts:
                lines.append("\t".join([a["ref"], a["action"], a["lead_cell"], a["when"],
                                        a["progress"], a["rag"]]))
                expected.append(dict(ref=a["ref"], under=[sec, afi], action=a["action"],
                                     lead=a["lead"], end=a["end"], end_text=a.get("end_text"),
                                     status=rag_map[a["rag"]]))
        lines.append("")
    lines.append("RAG: B = complete; G = on track; A = at risk; R = not achieved by the "
                 "timescale")
    lines.append("No priority action notices were issued at this inspection.")
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")

    write_expected(
        name,
        source="Imitates a Welsh council's improvement plan for one of its own residential care "
               "homes after a Care Inspectorate Wales inspection (CIW reports under RISCA 2016 "
               "are organised by Well-being, Care and support, Environment, and Leadership and "
               "management, with areas for improvement citing the regulation), kept as a tab-"
               "separated text export. Copied features: council/service line, title line, "
               "inspection and update dates on one tab-separated line, a header row, "
               "capitalised theme lines, each area for improvement as its own line citing the "
               "regulation, numbered action rows, posts as responsible people (two joined by "
               "'/' or 'and'), mixed date styles (month name, dd/mm/yyyy, Jul-25, Monthly), "
               "B/G/A/R letters, a RAG key and a closing note.",
        reads="A tab-separated plan of nine actions under four CIW themes, each under the area "
              "for improvement line above it. The RAG letter is the status (B = complete); "
              "'Monthly' has no end month; the key and the note about priority action notices "
              "are not actions.",
        outcome="read", title=title, actions=expected)
    return name, len(expected)


if __name__ == "__main__":
    for fn in (croydon, ashfield, lancashire, nwfra, vale, reading, anglesey):
        print(fn())
