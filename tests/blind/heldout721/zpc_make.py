#!/usr/bin/env python3
"""Build the seven zpc- blind test files (set heldout721) and their expected readings.

Run with /work/main/.venv/bin/python zpc_make.py (openpyxl, python-docx, pyyaml).
Only files whose names start with "zpc-" are written.
"""
import csv
import io
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

GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
BLUE = "0070C0"
GREY = "D9D9D9"
NAVY = "1F3864"

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_colour):
    return PatternFill("solid", start_color=hex_colour, end_color=hex_colour)


def path(name):
    assert name.startswith("zpc-")
    return os.path.join(HERE, name)


def write_expected(name, source, reads, outcome, title, actions=None,
                   refuse_at=None, accept_refusal=False):
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
            if a.get("end_text"):
                item["end_text"] = a["end_text"]
            item["status"] = a["status"]
            out.append(item)
        doc["actions"] = out
    with open(path(name + ".expected.yaml"), "w", encoding="utf-8") as fh:
        yaml.safe_dump(doc, fh, sort_keys=False, allow_unicode=True, width=100000)


def style_range(ws, row, c1, c2, **kw):
    for c in range(c1, c2 + 1):
        cell = ws.cell(row=row, column=c)
        for k, v in kw.items():
            setattr(cell, k, v)


# ---------------------------------------------------------------------------
# 1. Southampton City Council - scrutiny inquiry recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def southampton():
    name = "zpc-southampton-city-council-scrutiny-inquiry-recommendations-tracker.xlsx"
    title = "Scrutiny Inquiry Recommendations – Progress Tracker"
    pr_head = ("Scrutiny Inquiry Panel – How do we get a better deal for private "
               "renters in Southampton?")
    gh_head = "Scrutiny Inquiry Panel – Reducing Gambling Related Harms in Southampton"

    pr_recs = [
        ("1",
         "Develop a single ‘Renting in Southampton’ online hub bringing together advice for "
         "tenants and landlords on rights, repairs, deposits and how to report disrepair.",
         "Accepted",
         [
             dict(ref="1.1",
                  action="Scope content and user journeys for the online hub with tenant and "
                         "landlord representatives.",
                  lead_cell="Service Lead – Private Sector Housing",
                  lead=["Service Lead – Private Sector Housing"],
                  target="December 2024", revised="",
                  progress="Workshops held in November 2024 with Generation Rent Southampton "
                           "and the Southampton Landlords Forum.",
                  rag_text="Complete", rag_fill=BLUE,
                  end="2024-12", status="blue"),
             dict(ref="1.2",
                  action="Launch the ‘Renting in Southampton’ pages on the council website and "
                         "promote them through libraries and the Gateway.",
                  lead_cell="Service Lead – Private Sector Housing / Communications Manager",
                  lead=["Service Lead – Private Sector Housing", "Communications Manager"],
                  target="March 2025", revised="July 2025",
                  progress="Pages went live on 14 July 2025 after the website platform "
                           "migration; 6,200 page views to the end of December.",
                  rag_text="Complete", rag_fill=BLUE,
                  end="2025-07", status="blue"),
         ]),
        ("2",
         "Review the Additional HMO Licensing scheme in advance of its expiry and consult on "
         "extending licensing to all wards.",
         "Accepted",
         [
             dict(ref="2.1",
                  action="Carry out an evidence review of property conditions and anti-social "
                         "behaviour data across all wards and report the options to Cabinet.",
                  lead_cell="Head of Housing Strategy and Private Sector Housing",
                  lead=["Head of Housing Strategy and Private Sector Housing"],
                  target="Q4 2024/25", revised="Q2 2025/26",
                  progress="Evidence review complete. Statutory consultation ran July to "
                           "September 2025; Cabinet decision now due February 2026.",
                  rag_text="Amber", rag_fill=AMBER,
                  end="2025-09", end_text="Q2 2025/26", status="amber"),
         ]),
        ("3",
         "Increase proactive inspections of privately rented homes in the wards with the "
         "highest levels of Category 1 hazards.",
         "Partially accepted – subject to resources",
         [
             dict(ref="3.1",
                  action="Deliver a targeted inspection programme of 400 properties in Bevois, "
                         "Bargate and Portswood wards.",
                  lead_cell="Private Sector Housing Team Manager",
                  lead=["Private Sector Housing Team Manager"],
                  target="31/03/2026", revised="",
                  progress="286 inspections completed to the end of December 2025; 41 "
                           "Category 1 hazards removed.",
                  rag_text="Green", rag_fill=GREEN,
                  end="2026-03", status="green"),
         ]),
        ("4",
         "Work with Hampshire & Isle of Wight Fire and Rescue Service to share intelligence on "
         "unlicensed HMOs.",
         "Accepted",
         [
             dict(ref="4.1",
                  action="Agree an information sharing protocol with HIWFRS and hold quarterly "
                         "joint tasking meetings.",
                  lead_cell="Service Lead – Private Sector Housing; HIWFRS Station Manager "
                            "(Southampton)",
                  lead=["Service Lead – Private Sector Housing",
                        "HIWFRS Station Manager (Southampton)"],
                  target="September 2025", revised="",
                  progress="Protocol signed in August 2025; first joint tasking meeting held "
                           "on 2 October 2025.",
                  rag_text="", rag_fill=GREEN,
                  end="2025-09", status="green"),
         ]),
        ("5",
         "Ensure that the Tenancy Relations service offers an appointment within five working "
         "days to private tenants threatened with illegal eviction.",
         "Accepted",
         [
             dict(ref="5.1",
                  action="Introduce a five-day appointment standard and include performance "
                         "against it in the quarterly housing performance report.",
                  lead_cell="Housing Options Manager",
                  lead=["Housing Options Manager"],
                  target="Ongoing", revised="",
                  progress="Standard introduced April 2025; 91% of appointments offered within "
                           "five working days in Q3.",
                  rag_text="Green", rag_fill=GREEN,
                  end=None, end_text="Ongoing", status="green"),
         ]),
    ]

    gh_recs = [
        dict(ref="GH1",
             rec="Adopt a local area profile and strengthen the gambling harms content of the "
                 "Statement of Principles (Gambling Act 2005) at its next review.",
             response="Accepted",
             action="Draft a revised Statement of Principles including a local area profile, "
                    "and consult publicly.",
             lead_cell="Licensing Manager", lead=["Licensing Manager"],
             timescale="January 2026",
             update="Consultation closed 5 December 2025; report to Licensing Committee on "
                    "22 January 2026.",
             status_cell="On track", end="2026-01", status="green"),
        dict(ref="GH2",
             rec="Commission training for frontline staff so that they can recognise gambling "
                 "harm and signpost residents to support.",
             response="Accepted",
             action="Roll out brief intervention training on gambling harm to Housing, Customer "
                    "Services and Adult Social Care front door staff.\nTarget: 250 staff "
                    "trained.",
             lead_cell="Public Health Consultant (Healthy Lifestyles)",
             lead=["Public Health Consultant (Healthy Lifestyles)"],
             timescale="Q4 2025/26",
             update="84 staff trained so far; further cohorts booked for February and March "
                    "2026.",
             status_cell="On track", end="2026-03", end_text="Q4 2025/26", status="green"),
        dict(ref="GH3",
             rec="Restrict gambling advertising on council-owned land, buildings and vehicles.",
             response="Accepted",
             action="Update the Council’s Advertising and Sponsorship Policy to exclude "
                    "gambling advertising.",
             lead_cell="Head of Communications and Marketing",
             lead=["Head of Communications and Marketing"],
             timescale="December 2025",
             update="Revised policy approved by Cabinet on 16 December 2025.",
             status_cell="Complete", end="2025-12", status="blue"),
        dict(ref="GH4",
             rec="Lobby Government for a statutory levy on gambling operators to fund "
                 "treatment and prevention.",
             response="Accepted",
             action="Leader to write to the Secretary of State for Culture, Media and Sport "
                    "supporting the statutory levy and local ring-fencing.",
             lead_cell="Leader of the Council", lead=["Leader of the Council"],
             timescale="October 2025",
             update="Letter sent 20 October 2025; reply received 1 December 2025.",
             status_cell="Complete", end="2025-10", status="blue"),
    ]

    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = title
    cover["A1"].font = Font(bold=True, size=16, color=NAVY)
    cover["A2"] = "Southampton City Council – Overview and Scrutiny Management Committee"
    cover["A2"].font = Font(bold=True, size=12)
    cover["A4"] = "Position as at:"
    cover["B4"] = "31 January 2026"
    cover["A5"] = "Prepared by:"
    cover["B5"] = "Scrutiny Manager"
    cover["A6"] = "Meeting:"
    cover["B6"] = "OSMC, 12 February 2026 – item 7"
    for r in (4, 5, 6):
        cover.cell(row=r, column=1).font = Font(bold=True)
    hdr = ["Inquiry", "Final report", "Executive response", "Recommendations",
           "Complete", "Open"]
    for i, h in enumerate(hdr, 1):
        c = cover.cell(row=8, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.border = BOX
    rows = [
        ["Private renters", "June 2024", "Cabinet, 17 September 2024", 7, 3, 4],
        ["Gambling related harms", "June 2025", "Cabinet, 16 September 2025", 4, 2, 2],
        ["Total", "", "", 11, 5, 6],
    ]
    for r, vals in enumerate(rows, 9):
        for c, v in enumerate(vals, 1):
            cell = cover.cell(row=r, column=c, value=v)
            cell.border = BOX
            if vals[0] == "Total":
                cell.font = Font(bold=True)
    cover["A13"] = "RAG key"
    cover["A13"].font = Font(bold=True)
    key = [("Green", GREEN, "On track to deliver by the target date"),
           ("Amber", AMBER, "Delayed – revised date agreed"),
           ("Red", RED, "Not progressing / not deliverable"),
           ("Blue", BLUE, "Complete")]
    for r, (k, col, meaning) in enumerate(key, 14):
        cover.cell(row=r, column=1, value=k).fill = fill(col)
        cover.cell(row=r, column=2, value=meaning)
    cover.column_dimensions["A"].width = 26
    cover.column_dimensions["B"].width = 38
    cover.column_dimensions["C"].width = 28
    for col in "DEF":
        cover.column_dimensions[col].width = 16

    # --- Private renters sheet
    ws = wb.create_sheet("Private Renters")
    ws.merge_cells("A1:J1")
    ws["A1"] = pr_head
    ws["A1"].font = Font(bold=True, size=13, color=NAVY)
    ws.merge_cells("A2:J2")
    ws["A2"] = ("Final report approved by OSMC: 13 June 2024   |   Executive response: "
                "Cabinet, 17 September 2024")
    ws["A2"].font = Font(italic=True)
    headers = ["Rec", "Recommendation", "Executive response", "Ref", "Action proposed",
               "Lead officer", "Target date", "Revised date",
               "Progress update – January 2026", "RAG"]
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.alignment = WRAP
        c.border = BOX
    row = 5
    expected = []
    for num, rec, resp, acts in pr_recs:
        first = row
        for a in acts:
            ws.cell(row=row, column=4, value=a["ref"])
            ws.cell(row=row, column=5, value=a["action"])
            ws.cell(row=row, column=6, value=a["lead_cell"])
            ws.cell(row=row, column=7, value=a["target"])
            ws.cell(row=row, column=8, value=a["revised"] or None)
            ws.cell(row=row, column=9, value=a["progress"])
            rc = ws.cell(row=row, column=10, value=a["rag_text"] or None)
            rc.fill = fill(a["rag_fill"])
            if a["rag_fill"] in (BLUE, RED, GREEN):
                rc.font = Font(color="FFFFFF", bold=True)
            expected.append(dict(ref=a["ref"], under=[pr_head, rec], action=a["action"],
                                 lead=a["lead"], end=a["end"], end_text=a.get("end_text"),
                                 status=a["status"]))
            row += 1
        ws.cell(row=first, column=1, value=num)
        ws.cell(row=first, column=2, value=rec)
        ws.cell(row=first, column=3, value=resp)
        if row - 1 > first:
            for col in "ABC":
                ws.merge_cells(f"{col}{first}:{col}{row - 1}")
    for r in range(5, row):
        for c in range(1, 11):
            ws.cell(row=r, column=c).border = BOX
            ws.cell(row=r, column=c).alignment = WRAP
    ws.cell(row=row + 1, column=1,
            value="Note: Recommendations 6 and 7 (national lobbying on Renters’ Rights) were "
                  "addressed by the Leader’s letter to MHCLG of 8 October 2024 and are closed.")
    ws.cell(row=row + 1, column=1).font = Font(italic=True)
    widths = [6, 42, 18, 7, 46, 30, 14, 14, 46, 10]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A5"

    # --- Gambling harms sheet
    ws2 = wb.create_sheet("Gambling Harms")
    ws2.merge_cells("A1:H1")
    ws2["A1"] = gh_head
    ws2["A1"].font = Font(bold=True, size=13, color=NAVY)
    ws2.merge_cells("A2:H2")
    ws2["A2"] = ("Final report approved by OSMC: 12 June 2025   |   Executive response: "
                 "Cabinet, 16 September 2025")
    ws2["A2"].font = Font(italic=True)
    headers = ["Ref", "Recommendation", "Response", "Actions", "Lead", "Timescale",
               "Update", "Status"]
    for i, h in enumerate(headers, 1):
        c = ws2.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.border = BOX
    status_fill = {"On track": GREEN, "Complete": BLUE}
    for r, g in enumerate(gh_recs, 5):
        vals = [g["ref"], g["rec"], g["response"], g["action"], g["lead_cell"],
                g["timescale"], g["update"], g["status_cell"]]
        for c, v in enumerate(vals, 1):
            cell = ws2.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
        ws2.cell(row=r, column=8).fill = fill(status_fill[g["status_cell"]])
        expected.append(dict(ref=g["ref"], under=[gh_head, g["rec"]], action=g["action"],
                             lead=g["lead"], end=g["end"], end_text=g.get("end_text"),
                             status=g["status"]))
    widths = [6, 44, 12, 50, 30, 14, 44, 11]
    for i, w in enumerate(widths):
        ws2.column_dimensions[chr(65 + i)].width = w
    wb.save(path(name))

    write_expected(
        name,
        source=("Imitates the monitoring of scrutiny inquiry recommendations reported to "
                "Southampton City Council's Overview and Scrutiny Management Committee "
                "(southampton.gov.uk/modernGov, OSMC agendas 2024-2025), for its real Scrutiny "
                "Inquiry Panels on private renters (2023/24) and reducing gambling related "
                "harms (2024/25). Copied features: cover sheet with position date and a "
                "totals-by-inquiry block, RAG key, one sheet per inquiry with the inquiry title "
                "above the table, recommendation and executive response cells merged down over "
                "their actions, original and revised target dates, quarter-style dates, "
                "fill-colour RAG (one cell fill only), a closing notes line, and a second sheet "
                "with a different column set and Status words."),
        reads=("A two-inquiry scrutiny tracker: each inquiry sheet lists the panel's "
               "recommendations with the executive response and the officers' actions, lead, "
               "target (and revised) date, progress and RAG. The cover sheet only summarises "
               "counts and the key; the note under the private renters table closes two "
               "lobbying recommendations and is not an action."),
        outcome="read", title=title, actions=expected)
    return name, len(expected)


# ---------------------------------------------------------------------------
# 2. Middlesbrough Council - Council Plan workplan Q2 (xlsx) - REFUSE
# ---------------------------------------------------------------------------
def middlesbrough():
    name = ("zpc-middlesbrough-council-council-plan-workplan-delivery-tracker-q2-2025-26-"
            "typo-month-refuse.xlsx")
    title = ("Council Plan 2024-27 – Supporting Workplan: Delivery Status at Quarter Two "
             "2025/26")
    priorities = [
        ("Priority 1 – A successful and ambitious town: maximising economic growth, employment "
         "and prosperity, in an inclusive and environmentally sustainable way",
         [
             ("CP1.01", "Deliver Phase 1 of the Middlehaven residential scheme with Tees Valley "
                        "Combined Authority and Homes England.",
              "Regeneration", "Director of Regeneration", "March 2026", "",
              "On track", "On track",
              "Site remediation complete; developer procurement at preferred bidder stage."),
             ("CP1.02", "Submit the Middlesbrough Local Plan for examination and respond to the "
                        "Inspector’s matters.",
              "Regeneration", "Head of Planning", "December 2025", "June 2026",
              "On track", "Off track",
              "Further evidence on housing land supply requested; revised date proposed at "
              "Appendix 3."),
             ("CP1.03", "Open the Middlesbrough Skills and Employment Hub in the town centre.",
              "Regeneration", "Head of Economic Growth", "September 2025", "",
              "On track", "Complete",
              "Hub opened in Captain Cook Square on 8 September 2025."),
         ]),
        ("Priority 2 – A healthy place: helping residents to live longer and healthier lives, "
         "improving life chances and opportunities to thrive",
         [
             ("CP2.01", "Implement the Healthy Weight Declaration action plan across council "
                        "services.",
              "Public Health", "Director of Public Health", "March 2026", "",
              "On track", "On track",
              "Healthier catering standards adopted in all council-run cafés."),
             ("CP2.02", "Complete the review of the Adult Social Care front door and implement the "
                        "new early intervention and prevention model.",
              "Adult Social Care and Health Integration", "Head of Access and Safeguarding",
              "October 2025", "Febuary 2026", "Off track", "Off track",
              "Staff consultation extended to allow for the new case management system; "
              "go-live moved."),
             ("CP2.03", "Deliver the Family Hubs and Start for Life programme in all four hub "
                        "localities.",
              "Children’s Services", "Head of Early Help and Prevention", "March 2026", "",
              "On track", "On track", "Fourth hub (North Ormesby) opened October 2025."),
         ]),
        ("Priority 3 – Safe and resilient communities: creating a safer environment where "
         "residents can live more independent lives",
         [
             ("CP3.01", "Review the town centre Public Spaces Protection Order and extend CCTV "
                        "coverage to Linthorpe Road.",
              "Environment and Community Services", "Head of Community Safety",
              "November 2025", "", "On track", "On track",
              "Consultation on the PSPO closed 30 September; cameras installed."),
             ("CP3.02", "Deliver the 2025/26 priorities of the Children’s Services Improvement "
                        "Plan.",
              "Children’s Services", "Director of Children’s Care", "March 2026", "",
              "On track", "On track", "Reported separately to the Improvement Board."),
         ]),
        ("Priority 4 – Delivering best value: changing how we operate, to deliver affordable and "
         "cost-effective outcomes for residents and businesses",
         [
             ("CP4.01", "Deliver the 2025/26 savings within the Recover, Reset, Deliver "
                        "transformation portfolio.",
              "Finance", "Director of Finance (Section 151 Officer)", "March 2026", "",
              "On track", "Off track", "£1.9m of £6.4m savings at risk; mitigations in "
                                       "the Q2 budget report."),
             ("CP4.02", "Complete the corporate governance improvement actions arising from the "
                        "external auditor’s recommendations.",
              "Legal and Governance Services", "Director of Legal and Governance Services",
              "December 2025", "", "On track", "On track",
              "11 of 13 actions complete; two on track."),
             ("CP4.03", "Implement the new customer contact platform and move 60% of "
                        "transactions online.",
              "Legal and Governance Services", "Head of Strategy, Business and Customer",
              "March 2026", "", "On track", "On track",
              "Phase 1 (waste and council tax forms) live."),
         ]),
    ]
    wb = Workbook()
    summ = wb.active
    summ.title = "Summary"
    summ["A1"] = "Corporate Performance – Quarter Two 2025/26"
    summ["A1"].font = Font(bold=True, size=14)
    summ["A2"] = "Council Plan 2024-27 workplan: summary of delivery status"
    heads = ["Priority", "Initiatives", "On track", "Off track", "Complete"]
    for i, h in enumerate(heads, 1):
        c = summ.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
    counts = []
    for p, acts in priorities:
        q2 = [a[7] for a in acts]
        counts.append([p.split(":")[0], len(acts), q2.count("On track"), q2.count("Off track"),
                       q2.count("Complete")])
    counts.append(["Total", sum(c[1] for c in counts), sum(c[2] for c in counts),
                   sum(c[3] for c in counts), sum(c[4] for c in counts)])
    for r, vals in enumerate(counts, 5):
        for c, v in enumerate(vals, 1):
            summ.cell(row=r, column=c, value=v)
    summ.cell(row=5 + len(counts) - 1, column=1).font = Font(bold=True)
    summ["A11"] = "Expected standard: 90% of workplan initiatives on track or complete."
    summ.column_dimensions["A"].width = 60
    for col in "BCDE":
        summ.column_dimensions[col].width = 12

    ws = wb.create_sheet("Workplan")
    ws.merge_cells("A1:I1")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A2:I2")
    ws["A2"] = ("Appendix 2 to Corporate Performance Quarter Two 2025/26 report – Executive, "
                "November 2025")
    ws["A2"].font = Font(italic=True)
    ws["A3"] = "Status key: On track | Off track | Complete"
    headers = ["Ref", "Initiative", "Directorate", "Lead", "Original completion date",
               "Revised completion date", "Status Q1", "Status Q2", "Q2 commentary"]
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.alignment = WRAP
    sfill = {"On track": GREEN, "Off track": RED, "Complete": BLUE}
    row = 6
    typo_row = None
    for p, acts in priorities:
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)
        ws.cell(row=row, column=1, value=p).font = Font(bold=True)
        ws.cell(row=row, column=1).fill = fill("E4DFEC")
        row += 1
        for a in acts:
            for c, v in enumerate(a, 1):
                cell = ws.cell(row=row, column=c, value=v if v != "" else None)
                cell.alignment = WRAP
                cell.border = BOX
            ws.cell(row=row, column=7).fill = fill(sfill[a[6]])
            ws.cell(row=row, column=8).fill = fill(sfill[a[7]])
            if a[5] == "Febuary 2026":
                typo_row = row
            row += 1
    ws.cell(row=row + 1, column=1,
            value="Changes to completion dates are subject to Executive approval (Appendix 3).")
    widths = [9, 50, 26, 30, 14, 14, 11, 11, 44]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    wb.save(path(name))
    assert typo_row is not None

    write_expected(
        name,
        source=("Imitates Middlesbrough Council's quarterly Corporate Performance report to "
                "Executive (moderngov.middlesbrough.gov.uk, e.g. Quarter One 2025/26), whose "
                "Appendix 2 gives the delivery status of the Council Plan 2024-27 supporting "
                "workplan and Appendix 3 the proposed revised completion dates. Copied "
                "features: summary sheet with status counts per priority and a total row, the "
                "four Mayoral priorities as merged heading rows, original and revised completion "
                "dates, previous-quarter and current-quarter status with fill colours, a status "
                "key line and a closing note."),
        reads=("A council plan workplan tracker: initiatives under four priorities with "
               "directorate, lead, original and revised completion dates and Q1/Q2 status. The "
               "revised completion date for CP2.02 reads 'Febuary 2026', a mistyped month in an "
               "end cell, so a careful reader stops there and asks before reading the plan."),
        outcome="refuse", title=title, refuse_at=typo_row)
    return name, 0


# ---------------------------------------------------------------------------
# 3. Cardiff and Vale RSB - Child Protection Rapid Review improvement plan (xlsx)
# ---------------------------------------------------------------------------
def cardiff_vale():
    name = "zpc-cardiff-and-vale-rsb-child-protection-rapid-review-improvement-plan.xlsx"
    title = ("Child Protection Rapid Review (CIW, HIW and Estyn, September 2023) – Regional "
             "Improvement Plan")
    # rows: ('theme', text) | ('rec', text) | ('act', dict) | ('cont', text)
    t1 = "Theme 1: Information sharing"
    t2 = "Theme 2: The voice of the child"
    t3 = "Theme 3: Multi-agency training and workforce"
    r1 = ("Recommendation 1: Safeguarding partners should ensure that information is shared in "
          "a timely way throughout the child protection process, including before and after "
          "child protection conferences.")
    r2 = ("Recommendation 2: Practitioners should ensure that children’s lived experiences, "
          "wishes and feelings are recorded and inform all decisions about registration and "
          "de-registration.")
    r3 = ("Recommendation 3: Regional Safeguarding Boards should ensure that regular "
          "multi-agency training on the Wales Safeguarding Procedures and the threshold for "
          "significant harm is available to all practitioners.")
    r4 = ("Recommendation 4: Partners should understand and mitigate the impact of workforce "
          "instability on children subject to care and support protection plans.")
    plan = [
        ("theme", t1), ("rec", r1),
        ("act", dict(ref="1.1",
                     action="Review the regional information sharing protocol for child "
                            "protection conferences against the Wales Safeguarding Procedures "
                            "and re-issue it to all partners.",
                     lead_cell="CVRSB Business Manager", lead=["CVRSB Business Manager"],
                     orig="March 2024", rev="June 2024", prev=AMBER, cur=BLUE,
                     progress="Revised protocol endorsed by the Board on 11 July 2024 and "
                              "circulated to all partner agencies.",
                     end="2024-06", status="blue", under=[t1, r1])),
        ("act", dict(ref="1.2",
                     action="Introduce a standard multi-agency report template for initial and "
                            "review child protection conferences.",
                     lead_cell="Principal Manager – Safeguarding (Cardiff) / Principal Manager – "
                               "Safeguarding (Vale of Glamorgan)",
                     lead=["Principal Manager – Safeguarding (Cardiff)",
                           "Principal Manager – Safeguarding (Vale of Glamorgan)"],
                     orig="September 2024", rev="March 2025", prev=AMBER, cur=GREEN,
                     progress="Template in use in both local authorities since April 2025; "
                              "compliance by health and education being audited.",
                     end="2025-03", status="green", under=[t1, r1])),
        ("cont", "Audit sample of 40 conferences to report to the Quality Assurance Sub-group "
                 "in February 2026."),
        ("act", dict(ref="1.3",
                     action="Scope a shared digital route for exchanging conference reports "
                            "between the two local authorities, Cardiff and Vale UHB and South "
                            "Wales Police.",
                     lead_cell="Head of Digital Services (Cardiff Council)",
                     lead=["Head of Digital Services (Cardiff Council)"],
                     orig="March 2025", rev="March 2026", prev=RED, cur=AMBER,
                     progress="Dependent on the national WCCIS replacement; interim secure email "
                              "route agreed with SWP.",
                     end="2026-03", status="amber", under=[t1, r1])),
        ("theme", t2), ("rec", r2),
        ("act", dict(ref="2.1",
                     action="Embed the ‘My Voice’ pre-conference consultation tool for children "
                            "aged 8 and over, with an offer of an independent advocate in every "
                            "case.",
                     lead_cell="Independent Reviewing Service Manager",
                     lead=["Independent Reviewing Service Manager"],
                     orig="June 2024", rev="", prev=GREEN, cur=BLUE,
                     progress="In use since May 2024; advocacy take-up 38% (Q2 2025/26).",
                     end="2024-06", status="blue", under=[t2, r2])),
        ("act", dict(ref="2.2",
                     action="Audit the quality of recording of the child’s voice in conference "
                            "minutes across both local authorities.",
                     lead_cell="Chair of the CVRSB Quality Assurance Sub-group",
                     lead=["Chair of the CVRSB Quality Assurance Sub-group"],
                     orig="December 2024", rev="Q1 2025/26", prev=AMBER, cur=GREEN,
                     progress="Audit completed June 2025; re-audit planned for April 2026.",
                     end="2025-06", end_text="Q1 2025/26", status="green", under=[t2, r2])),
        ("theme", t3), ("rec", r3),
        ("act", dict(ref="3.1",
                     action="Deliver a rolling programme of multi-agency ‘Thresholds for "
                            "significant harm’ training, with at least six sessions a year.",
                     lead_cell="CVRSB Training Co-ordinator",
                     lead=["CVRSB Training Co-ordinator"],
                     orig="Ongoing", rev="", prev=GREEN, cur=GREEN,
                     progress="Five sessions delivered in 2025 (212 attendees); two booked for "
                              "Q4.",
                     end=None, end_text="Ongoing", status="green", under=[t3, r3])),
        ("act", dict(ref="3.2",
                     action="Include child protection conference chairing and minute-taking in "
                            "the induction for all new social work team managers.",
                     lead_cell="Workforce Development Manager (Cardiff) / Workforce Development "
                               "Manager (Vale of Glamorgan)",
                     lead=["Workforce Development Manager (Cardiff)",
                           "Workforce Development Manager (Vale of Glamorgan)"],
                     orig="September 2024", rev="", prev=GREEN, cur=BLUE,
                     progress="Module added to both induction programmes from September 2024.",
                     end="2024-09", status="blue", under=[t3, r3])),
        ("rec", r4),
        ("act", dict(ref="4.1",
                     action="Report quarterly to the Board on changes of allocated social worker "
                            "for children on the Child Protection Register, with exception "
                            "reporting where a child has had three or more workers in 12 months.",
                     lead_cell="Operational Manager – Performance and Improvement",
                     lead=["Operational Manager – Performance and Improvement"],
                     orig="Quarterly", rev="", prev=AMBER, cur=GREEN,
                     progress="Reported to the Board in July and October 2025.",
                     end=None, end_text="Quarterly", status="green", under=[t3, r4])),
    ]
    wb = Workbook()
    dc = wb.active
    dc.title = "Document control"
    dc["A1"] = "Document control"
    dc["A1"].font = Font(bold=True, size=13)
    dc_rows = [("Version", "Date", "Author", "Summary of changes"),
               ("0.1", "14/12/2023", "CVRSB Business Unit", "First draft for Executive Group"),
               ("1.0", "25/01/2024", "CVRSB Business Unit", "Approved by the Board; submitted to CIW"),
               ("1.4", "09/12/2025", "CVRSB Business Unit", "Progress update and RAG refresh for the January 2026 Board")]
    for r, vals in enumerate(dc_rows, 3):
        for c, v in enumerate(vals, 1):
            cell = dc.cell(row=r, column=c, value=v)
            cell.border = BOX
            if r == 3:
                cell.font = Font(bold=True)
                cell.fill = fill(GREY)
    dc["A8"] = "Plan owner:"
    dc["B8"] = "Chair of the CVRSB Executive Group"
    dc["A9"] = "Distribution:"
    dc["B9"] = "CVRSB members; Care Inspectorate Wales; Healthcare Inspectorate Wales; Estyn"
    for col, w in zip("ABCD", (14, 14, 24, 60)):
        dc.column_dimensions[col].width = w

    ws = wb.create_sheet("Improvement plan")
    ws.merge_cells("A1:H1")
    ws["A1"] = "Cardiff and Vale of Glamorgan Regional Safeguarding Board"
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells("A2:H2")
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=14, color=NAVY)
    ws.merge_cells("A3:H3")
    ws["A3"] = ("Progress position: December 2025   |   Owner: CVRSB Business Unit   |   "
                "Reported to: Board, 15 January 2026")
    headers = ["Ref", "Action", "Lead", "Original target", "Revised target", "Previous RAG",
               "Current RAG", "Progress update"]
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.alignment = WRAP
        c.border = BOX
    row = 6
    expected = []
    for kind, item in plan:
        if kind == "theme":
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
            c = ws.cell(row=row, column=1, value=item)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("2F5597")
        elif kind == "rec":
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
            c = ws.cell(row=row, column=1, value=item)
            c.font = Font(bold=True)
            c.fill = fill("DEEAF6")
            c.alignment = WRAP
            ws.row_dimensions[row].height = 32
        elif kind == "cont":
            c = ws.cell(row=row, column=8, value=item)
            c.alignment = WRAP
            for col in range(1, 9):
                ws.cell(row=row, column=col).border = BOX
        else:
            a = item
            vals = [a["ref"], a["action"], a["lead_cell"], a["orig"], a["rev"] or None,
                    None, None, a["progress"]]
            for c_, v in enumerate(vals, 1):
                cell = ws.cell(row=row, column=c_, value=v)
                cell.alignment = WRAP
                cell.border = BOX
            ws.cell(row=row, column=6).fill = fill(a["prev"])
            ws.cell(row=row, column=7).fill = fill(a["cur"])
            expected.append(a)
        row += 1
    row += 1
    ws.cell(row=row, column=1,
            value="Notes: RAG ratings agreed at the CVRSB Executive Group on 4 December 2025. "
                  "Actions rated Blue will be removed from the next iteration of the plan.")
    ws.cell(row=row, column=1).font = Font(italic=True)
    for col, w in zip("ABCDEFGH", (7, 52, 34, 14, 14, 11, 11, 48)):
        ws.column_dimensions[col].width = w

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for r, (col, meaning) in enumerate([(RED, "Red – significant risk; action unlikely to be "
                                              "delivered without Board intervention"),
                                        (AMBER, "Amber – some slippage; recovery in hand"),
                                        (GREEN, "Green – on track"),
                                        (BLUE, "Blue – complete and evidenced")], 3):
        key.cell(row=r, column=1).fill = fill(col)
        key.cell(row=r, column=2, value=meaning)
    key.column_dimensions["A"].width = 8
    key.column_dimensions["B"].width = 80
    wb.save(path(name))

    write_expected(
        name,
        source=("Imitates the regional improvement plans that Welsh Regional Safeguarding Boards "
                "submitted to CIW after the joint Child Protection Rapid Review (CIW with HIW and "
                "Estyn, published 28 September 2023; careinspectorate.wales/"
                "rapid-review-child-protection-arrangements and HIW's follow-up statement), here "
                "for the Cardiff and Vale of Glamorgan RSB. Copied features: document-control "
                "sheet with version history, board name and plan title rows, theme rows and "
                "recommendation rows merged across the table above their numbered actions, "
                "original and revised targets, previous and current RAG shown only as cell fill, "
                "a continuation row carrying only progress text, a separate RAG key sheet "
                "(Blue = complete) and a notes line."),
        reads=("A regional safeguarding board plan answering four rapid-review recommendations "
               "grouped in three themes; each numbered action has a lead, original and revised "
               "target, previous and current RAG colours and a progress note. The row with only "
               "a progress note continues action 1.2, and the document-control and key sheets "
               "hold no actions."),
        outcome="read", title=title, actions=expected)
    return name, len(expected)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 4. Isle of Anglesey County Council - CIW adult services PEI action plan (docx)
# ---------------------------------------------------------------------------
def anglesey():
    name = ("zpc-isle-of-anglesey-county-council-ciw-adult-services-performance-evaluation-"
            "action-plan.docx")
    title = ("Adult Services: Care Inspectorate Wales Performance Evaluation Inspection – "
             "Improvement Action Plan")
    p1 = "1. People – voice and control"
    p2 = "2. Prevention"
    p3 = "3. Partnerships and integration"
    p4 = "4. Well-being"
    a1 = ("The local authority should ensure that people’s views, wishes and personal outcomes "
          "are consistently recorded in assessments and care and support plans, including in "
          "their preferred language.")
    a2 = ("The local authority should improve the timeliness of carers’ needs assessments and "
          "ensure carers are offered an assessment in their own right.")
    a3 = ("The local authority should strengthen the information, advice and assistance offer so "
          "that people receive a proportionate response at first contact.")
    a4 = ("The local authority should ensure reablement capacity is sufficient to meet demand, "
          "reducing reliance on long-term domiciliary support.")
    a5 = ("Partners should develop a shared approach to hospital discharge planning so that "
          "people return home with the right support without delay.")
    a6 = ("The local authority should ensure that adult safeguarding enquiries are completed "
          "within statutory timescales and that outcomes are shared with the adult at risk.")
    sections = [
        (p1, [
            (a1, [dict(ref="1.1",
                       action="Refresh the ‘What matters’ conversation guidance and deliver "
                              "practice workshops to all adult social work teams.",
                       lead_cell="Principal Social Worker (Adults)",
                       lead=["Principal Social Worker (Adults)"], when="December 2025",
                       progress="Guidance re-issued October 2025; six of eight workshops "
                                "delivered.", rag="Green", end="2025-12", status="green"),
                  dict(ref="1.2",
                       action="Introduce a quarterly case file audit of the recording of "
                              "personal outcomes and the Welsh language active offer, reporting "
                              "to the Adult Services Quality Board.",
                       lead_cell="Service Manager – Quality and Practice",
                       lead=["Service Manager – Quality and Practice"], when="March 2026",
                       progress="Audit tool agreed; first audit slipped to January 2026 due to "
                                "staffing.", rag="Amber", end="2026-03", status="amber")]),
            (a2, [dict(ref="1.3",
                       action="Recruit two additional Carers Support Officers.\nClear the "
                              "backlog of carers’ assessments waiting over 28 days.",
                       lead_cell="Carers Lead Officer / Môn Carers Partnership Manager",
                       lead=["Carers Lead Officer", "Môn Carers Partnership Manager"],
                       when="Q4 2025-26",
                       progress="One officer appointed; backlog reduced from 63 to 29.",
                       rag="Amber", end="2026-03", end_text="Q4 2025-26", status="amber")]),
        ]),
        (p2, [
            (a3, [dict(ref="2.1",
                       action="Review the Single Point of Access triage pathway with Betsi "
                              "Cadwaladr University Health Board and introduce a same-day call "
                              "back standard.",
                       lead_cell="Service Manager – Community Support",
                       lead=["Service Manager – Community Support"], when="January 2026",
                       progress="Pathway mapped with BCUHB; standard to go live January 2026.",
                       rag="Green", end="2026-01", status="green")]),
            (a4, [dict(ref="2.2",
                       action="Increase reablement capacity by 15% by recruiting Reablement "
                              "Support Workers in the north and west of the island.",
                       lead_cell="Reablement Service Manager",
                       lead=["Reablement Service Manager"], when="June 2026",
                       progress="Campaign filled 4 of 12 posts; capacity unchanged.",
                       rag="Red", end="2026-06", status="red")]),
        ]),
        (p3, [
            (a5, [dict(ref="3.1",
                       action="Agree a joint discharge to recover then assess protocol with "
                              "BCUHB covering Ysbyty Gwynedd and Ysbyty Penrhos Stanley.",
                       lead_cell="Head of Adult Services / BCUHB Area Director (West)",
                       lead=["Head of Adult Services", "BCUHB Area Director (West)"],
                       when="September 2025",
                       progress="Protocol signed by both organisations on 24 September 2025.",
                       rag="Complete", end="2025-09", status="blue")]),
        ]),
        (p4, [
            (a6, [dict(ref="4.1",
                       action="Hold a weekly safeguarding performance huddle and escalate any "
                              "enquiry not completed within seven working days.",
                       lead_cell="Safeguarding Team Manager (Adults)",
                       lead=["Safeguarding Team Manager (Adults)"], when="Ongoing",
                       progress="Huddles in place since July 2025; 88% completed within "
                                "timescale in Q2.", rag="Green", end=None, end_text="Ongoing",
                       status="green"),
                  dict(ref="4.2",
                       action="Audit 30 safeguarding enquiries to test whether outcomes were "
                              "shared with the adult or their advocate.",
                       lead_cell="Service Manager – Quality and Practice",
                       lead=["Service Manager – Quality and Practice"], when="February 2026",
                       progress="Not yet started – audit scheduled for February 2026.",
                       rag="", end="2026-02", status="unrated")]),
        ]),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Cyngor Sir Ynys Môn – Isle of Anglesey County Council")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_heading(title, level=1)
    doc.add_paragraph("Inspection fieldwork: 9–13 June 2025   |   Report published: 18 September "
                      "2025   |   Plan updated: 28 November 2025")
    dc = doc.add_table(rows=4, cols=2)
    dc.style = "Table Grid"
    for i, (k, v) in enumerate([("Document owner", "Head of Adult Services"),
                                ("Version", "1.3"),
                                ("Approved by", "Social Services Scrutiny Panel, 14 October 2025"),
                                ("Next review", "March 2026")]):
        set_cell(dc.rows[i].cells[0], k, bold=True)
        set_cell(dc.rows[i].cells[1], v)
    doc.add_paragraph()
    doc.add_paragraph(
        "CIW carried out a performance evaluation inspection of adult services in June 2025. "
        "The report identified strengths and areas for improvement against the four principles "
        "of the Social Services and Well-being (Wales) Act 2014. This plan sets out how we will "
        "respond to each area for improvement. Progress is reported to the Social Services "
        "Scrutiny Panel every quarter.")
    doc.add_paragraph("RAG: Green – on track; Amber – some slippage; Red – significant risk to "
                      "delivery; Complete – action delivered.")
    expected = []
    headers = ["Ref", "Area for improvement (CIW)", "Action", "Lead officer", "Timescale",
               "Progress", "RAG"]
    ragfill = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Complete": BLUE}
    for heading, afis in sections:
        doc.add_heading(heading, level=2)
        n = sum(len(acts) for _, acts in afis)
        t = doc.add_table(rows=1 + n, cols=7)
        t.style = "Table Grid"
        for i, h in enumerate(headers):
            set_cell(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], "D9E2F3")
        r_i = 1
        for afi, acts in afis:
            first = r_i
            for a in acts:
                cells = t.rows[r_i].cells
                set_cell(cells[0], a["ref"])
                set_cell(cells[2], a["action"])
                set_cell(cells[3], a["lead_cell"])
                set_cell(cells[4], a["when"])
                set_cell(cells[5], a["progress"])
                set_cell(cells[6], a["rag"])
                if a["rag"]:
                    shade(cells[6], ragfill[a["rag"]])
                expected.append(dict(ref=a["ref"], under=[heading, afi], action=a["action"],
                                     lead=a["lead"], end=a["end"], end_text=a.get("end_text"),
                                     status=a["status"]))
                r_i += 1
            top = t.rows[first].cells[1]
            if r_i - 1 > first:
                top = top.merge(t.rows[r_i - 1].cells[1])
            set_cell(top, afi)
        doc.add_paragraph()
    doc.add_heading("Sign-off", level=2)
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for i, h in enumerate(["Role", "Name", "Date"]):
        set_cell(so.rows[0].cells[i], h, bold=True)
    set_cell(so.rows[1].cells[0], "Director of Social Services")
    set_cell(so.rows[1].cells[1], "Signed copy held by Business Support")
    set_cell(so.rows[1].cells[2], "28/11/2025")
    doc.save(path(name))

    write_expected(
        name,
        source=("Imitates a Welsh council's response plan to a Care Inspectorate Wales "
                "performance evaluation inspection (PEI) of adult services, as CIW describes in "
                "its Code of Practice for Review of Local Authority Social Services (2023) and "
                "as councils take to scrutiny; here the Isle of Anglesey County Council. Copied "
                "features: bilingual council name line, title heading, inspection/publication "
                "dates line, document-control table, RAG key sentence, one table per principle "
                "of the 2014 Act (People – voice and control, Prevention, Partnerships and "
                "integration, Well-being) under numbered headings, CIW area-for-improvement cell "
                "merged down over its actions, job titles as leads (two posts with a slash), "
                "a two-line action, RAG words with cell shading and a sign-off table."),
        reads=("An adult services inspection action plan in four principle sections; each table "
               "row answers a CIW area for improvement with an action, lead officer, timescale, "
               "progress and RAG. The document-control and sign-off tables are not the plan, and "
               "action 4.2 has not started (blank RAG)."),
        outcome="read", title=title, actions=expected)
    return name, len(expected)


# ---------------------------------------------------------------------------
# 5. Gloucestershire County Council - Fostering Service Development Plan (docx)
# ---------------------------------------------------------------------------
def gloucestershire():
    name = "zpc-gloucestershire-county-council-fostering-service-development-plan-2025-26.docx"
    title = "Gloucestershire Fostering Service – Service Development Plan 2025–26"
    th1 = "Theme 1 – Sufficiency: more foster carers for Gloucestershire children"
    th2 = "Theme 2 – Retention and support for foster carers"
    th3 = "Theme 3 – Kinship care"
    th4 = "Theme 4 – Quality and practice"
    hos = "Head of Service – Fostering, Kinship and Permanence"
    rows = [
        ("theme", th1),
        ("act", dict(ref="1a",
                     action="Deliver the 2025–26 recruitment campaign with Foster for "
                            "Gloucestershire, targeting carers for teenagers and sibling groups; "
                            "aim for 40 new mainstream fostering households.",
                     lead_cell="Fostering Recruitment Team Manager",
                     lead=["Fostering Recruitment Team Manager"], when="By 31 March 2026",
                     q2="A", q3="A",
                     update="23 households approved to date; enquiry conversion below target, "
                            "new information evenings from January.",
                     end="2026-03", end_text="By 31 March 2026", status="amber", under=[th1])),
        ("act", dict(ref="1b",
                     action="Launch a second Mockingbird constellation in the Forest of Dean.",
                     lead_cell="Mockingbird Programme Lead",
                     lead=["Mockingbird Programme Lead"], when="Sept 2025 – March 2026",
                     q2="G", q3="G",
                     update="Hub home carer recruited; launch event planned for February 2026.",
                     end="2026-03", end_text="Sept 2025 – March 2026", status="green",
                     under=[th1])),
        ("theme", th2),
        ("act", dict(ref="2a",
                     action="Implement the revised foster carer fees and allowances scheme "
                            "agreed by Cabinet.",
                     lead_cell=hos, lead=[hos], when="End of June 2025", q2="B", q3="B",
                     update="New rates paid from 1 June 2025.",
                     end="2025-06", end_text="End of June 2025", status="blue", under=[th2])),
        ("act", dict(ref="2b",
                     action="Introduce a foster carer buddying scheme and an annual foster carer "
                            "survey.",
                     lead_cell="Supervising Social Work Team Manager (North) / Supervising "
                               "Social Work Team Manager (South)",
                     lead=["Supervising Social Work Team Manager (North)",
                           "Supervising Social Work Team Manager (South)"],
                     when="Q3 2025/26", q2="G", q3="B",
                     update="Buddying scheme live; survey closed 12 December with 61% response.",
                     end="2025-12", end_text="Q3 2025/26", status="blue", under=[th2])),
        ("act", dict(ref="2c",
                     action="Offer therapeutic parenting (PACE) training to all foster carers.\n"
                            "Priority: carers of children with three or more placement moves.",
                     lead_cell="Clinical Psychologist – Fostering Support Team",
                     lead=["Clinical Psychologist – Fostering Support Team"],
                     when="March 2026", q2="G", q3="A",
                     update="Two cohorts delivered; third cohort postponed (trainer sickness).",
                     end="2026-03", status="amber", under=[th2])),
        ("theme", th3),
        ("act", dict(ref="3a",
                     action="Complete viability assessments for kinship carers within 10 working "
                            "days in at least 85% of cases.",
                     lead_cell="Kinship Assessment Team Manager",
                     lead=["Kinship Assessment Team Manager"], when="Ongoing", q2="R", q3="A",
                     update="78% within 10 days in Q3 (Q2: 64%).",
                     end=None, end_text="Ongoing", status="amber", under=[th3])),
        ("act", dict(ref="3b",
                     action="Publish a refreshed Kinship Local Offer in line with the national "
                            "kinship care strategy.",
                     lead_cell=hos, lead=[hos], when="December 2025", q2="A", q3="B",
                     update="Published on the council website on 15 December 2025.",
                     end="2025-12", status="blue", under=[th3])),
        ("theme", th4),
        ("act", dict(ref="4a",
                     action="Reduce the number of overdue foster carer annual reviews to below "
                            "5%.",
                     lead_cell="Independent Reviewing Officer (Fostering)",
                     lead=["Independent Reviewing Officer (Fostering)"], when="31/03/2026",
                     q2="A", q3="G", update="Overdue reviews down to 6% (December).",
                     end="2026-03", status="green", under=[th4])),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    doc.add_heading(title, level=0)
    doc.add_paragraph("Gloucestershire County Council – Children and Families – Fostering, "
                      "Kinship and Permanence")
    doc.add_paragraph("Position at: Quarter 3 (December 2025) – presented to the Corporate "
                      "Parenting Group, 21 January 2026")
    doc.add_heading("Purpose", level=2)
    doc.add_paragraph(
        "This plan sets out the priorities for the fostering service for 2025–26, drawn from "
        "the Fostering Service Annual Report, the Sufficiency Strategy and feedback from our "
        "foster carers and children. It is reviewed each quarter in line with Standard 25 of "
        "the Fostering Services National Minimum Standards.")
    doc.add_heading("RAG key", level=2)
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for i, (k, v, col) in enumerate([("B", "Complete", BLUE), ("G", "On track", GREEN),
                                     ("A", "Some slippage – recovery plan in place", AMBER),
                                     ("R", "Off track", RED)]):
        set_cell(key.rows[i].cells[0], k, bold=True)
        shade(key.rows[i].cells[0], col)
        set_cell(key.rows[i].cells[1], v)
    doc.add_heading("Development plan", level=2)
    headers = ["No.", "What we will do", "Lead", "Timescale", "Q2 RAG", "Q3 RAG", "Q3 update"]
    t = doc.add_table(rows=1 + len(rows), cols=7)
    t.style = "Table Grid"
    for i, h in enumerate(headers):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "BDD7EE")
    letter_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    expected = []
    for i, (kind, item) in enumerate(rows, 1):
        cells = t.rows[i].cells
        if kind == "theme":
            m = cells[0].merge(cells[6])
            set_cell(m, item, bold=True, size=10)
            shade(m, "DEEAF6")
            continue
        a = item
        set_cell(cells[0], a["ref"])
        set_cell(cells[1], a["action"])
        set_cell(cells[2], a["lead_cell"])
        set_cell(cells[3], a["when"])
        set_cell(cells[4], a["q2"])
        shade(cells[4], letter_fill[a["q2"]])
        set_cell(cells[5], a["q3"])
        shade(cells[5], letter_fill[a["q3"]])
        set_cell(cells[6], a["update"])
        expected.append(a)
    doc.add_paragraph()
    doc.add_paragraph("Note: Theme 4 will be expanded in the 2026–27 plan once the findings of "
                      "the next ILACS inspection are known.")
    doc.add_paragraph("Plan owner: Head of Service – Fostering, Kinship and Permanence. Next "
                      "update: April 2026.")
    doc.save(path(name))

    write_expected(
        name,
        source=("Imitates an English local authority fostering service development plan of the "
                "kind reported to corporate parenting boards alongside the annual fostering "
                "service report (Standard 25 review of quality of care), here for Gloucestershire "
                "County Council, and similar to the service development plans other councils "
                "publish for fostering and adoption. Copied features: title and directorate "
                "lines, position-at line, purpose text, RAG key table with letters B/G/A/R, a "
                "single plan table with theme rows merged across it, previous-quarter and "
                "current-quarter RAG letters with shading, a period timescale, 'By', 'End of' "
                "and Ongoing timescales, a two-paragraph action cell, a job title containing "
                "commas, and notes after the table."),
        reads=("A fostering service development plan with eight actions in four themes; each row "
               "gives what the service will do, the lead post, timescale, Q2 and Q3 RAG letters "
               "and an update. The Q3 RAG is the current status and the key defines B as "
               "complete; the RAG key table and the notes are not actions."),
        outcome="read", title=title, actions=expected)
    return name, len(expected)


# ---------------------------------------------------------------------------
# 6. Ealing Local Area Partnership - SEND inspection improvement plan (csv)
# ---------------------------------------------------------------------------
def ealing():
    name = "zpc-ealing-local-area-partnership-send-inspection-improvement-plan.csv"
    title = "Ealing Local Area Partnership – Area SEND Inspection Improvement Plan"
    afi1 = ("AFI 1: Leaders should improve the timeliness of EHC needs assessments and the "
            "quality of the plans produced, so that children and young people’s needs are "
            "accurately described and met.")
    afi2 = ("AFI 2: Partners should reduce waiting times for neurodevelopmental assessments and "
            "improve the support offered to families while they wait.")
    afi3 = ("AFI 3: Leaders should ensure that young people with SEND are well prepared for "
            "adulthood, including through timely transition planning from Year 9.")
    dco = "Designated Clinical Officer (NHS North West London)"
    acts = [
        (afi1, dict(ref="1.1",
                    action="Recruit to the vacant EHC coordinator and educational psychologist "
                           "posts and commission additional EP capacity to clear assessments over "
                           "20 weeks.",
                    lead_cell="Head of SEN Assessment and Review; Principal Educational "
                              "Psychologist",
                    lead=["Head of SEN Assessment and Review", "Principal Educational Psychologist"],
                    start="Dec-25", due="Apr-26", rag="Amber",
                    progress="EP locums in post from January; 112 assessments over 20 weeks "
                             "(down from 164).", end="2026-04", status="amber")),
        ("", dict(ref="1.2",
                  action="Introduce a multi-agency EHCP quality assurance framework with a "
                         "termly audit of 5% of new plans.",
                  lead_cell="SEND Quality Assurance Lead / " + dco,
                  lead=["SEND Quality Assurance Lead", dco],
                  start="Jan-26", due="Summer term 2026", rag="Green",
                  progress="Framework agreed at SEND Partnership Board 20 January 2026.",
                  end="2026-07", end_text="Summer term 2026", status="green")),
        ("", dict(ref="1.3",
                  action="Ensure health and social care advice for EHC needs assessments is "
                         "returned within six weeks in at least 90% of cases.",
                  lead_cell=dco, lead=[dco],
                  start="Dec-25", due="Mar-26", rag="Green",
                  progress="Health advice 87% in time (December); social care 92%.",
                  end="2026-03", status="green")),
        (afi2, dict(ref="2.1",
                    action="Implement the North West London neurodevelopmental ‘waiting well’ "
                           "offer, including parent workshops delivered with Ealing Parent Carer "
                           "Forum.",
                    lead_cell="Associate Director of Children’s Commissioning (NWL ICB)",
                    lead=["Associate Director of Children’s Commissioning (NWL ICB)"],
                    start="Jan-26", due="Jul-26", rag="Green",
                    progress="First four workshops booked; 160 families registered.",
                    end="2026-07", status="green")),
        ("", dict(ref="2.2",
                  action="Publish monthly autism and ADHD assessment waiting time data on the "
                         "Local Offer.",
                  lead_cell="SEND Data and Performance Manager",
                  lead=["SEND Data and Performance Manager"],
                  start="Mar-26", due="Monthly", rag="Not started",
                  progress="Data-sharing agreement with providers in draft.",
                  end=None, end_text="Monthly", status="unrated")),
        (afi3, dict(ref="3.1",
                    action="Deliver Preparing for Adulthood training for SENCOs in all "
                           "secondary schools and post-16 providers.",
                    lead_cell="Preparing for Adulthood Lead",
                    lead=["Preparing for Adulthood Lead"],
                    start="Jan-26", due="Autumn term 2026", rag="Green",
                    progress="Two of six sessions delivered; 31 settings attended.",
                    end="2026-12", end_text="Autumn term 2026", status="green")),
        ("", dict(ref="3.2",
                  action="Establish a joint 14–25 transitions panel with adult social care so "
                         "that every eligible young person with an EHC plan has a named "
                         "transitions worker by Year 11.",
                  lead_cell="Head of Adult Social Care Transitions/Head of Children with "
                            "Disabilities Service",
                  lead=["Head of Adult Social Care Transitions",
                        "Head of Children with Disabilities Service"],
                  start="Apr-26", due="Sep-26", rag="Not started",
                  progress="Terms of reference drafted.",
                  end="2026-09", status="unrated")),
        ("", dict(ref="3.3",
                  action="Refresh the Local Offer pages on supported internships and employment "
                         "pathways, co-produced with young people.",
                  lead_cell="Local Offer Manager", lead=["Local Offer Manager"],
                  start="Dec-25", due="Feb-26", rag="Complete",
                  progress="New pages live 28 January 2026, reviewed by the Youth SEND Forum.",
                  end="2026-02", status="blue")),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    ncol = 8
    w.writerow([title] + [""] * (ncol - 1))
    w.writerow(["Inspection: 22–26 September 2025 (report published 14 November 2025). "
                "Progress position: 31 January 2026"] + [""] * (ncol - 1))
    w.writerow([""] * ncol)
    w.writerow(["Area for improvement", "Ref", "Action", "Lead(s)", "Start", "Due", "RAG",
                "Progress update"])
    expected = []
    current = None
    for afi, a in acts:
        if afi:
            current = afi
        w.writerow([afi, a["ref"], a["action"], a["lead_cell"], a["start"], a["due"], a["rag"],
                    a["progress"]])
        a = dict(a)
        a["under"] = [current]
        expected.append(a)
    w.writerow([""] * ncol)
    w.writerow(["Key: Green = on track; Amber = at risk, mitigation in place; Red = off track; "
                "Complete = delivered and evidenced; Not started = not yet due to start"]
               + [""] * (ncol - 1))
    with open(path(name), "w", encoding="utf-8-sig", newline="") as fh:
        fh.write(buf.getvalue())

    write_expected(
        name,
        source=("Imitates the post-inspection improvement plan a London local area partnership "
                "(council and NHS North West London ICB) keeps after an Ofsted/CQC area SEND "
                "inspection under the 2023 framework; Ealing's inspection ran 22–26 September "
                "2025 (egfl.org.uk notice, September 2025; Children's Services Scrutiny Panel, "
                "25 November 2025). Copied features: CSV saved from Excel with title and "
                "inspection/progress lines padded with empty fields, a header row, the area for "
                "improvement written only on the first of its action rows (fill-down), month "
                "cells like Dec-25, term and 'Monthly' due dates, several leads joined by ';', "
                "' / ' and '/', RAG words including Not started and Complete, and a closing key "
                "line."),
        reads=("A SEND inspection improvement plan with eight actions under three areas for "
               "improvement; blank area cells continue the area above. Each row has a ref, "
               "action, leads, start and due dates, RAG word and progress; the key line at the "
               "end is not an action."),
        outcome="read", title=title, actions=expected)
    return name, len(expected)


# ---------------------------------------------------------------------------
# 7. Adoption South East - RAA service development plan (txt, tab-separated)
# ---------------------------------------------------------------------------
def adoption_south_east():
    name = "zpc-adoption-south-east-raa-service-development-plan-2025-26.txt"
    title = "Adoption South East (ASE) – Service Development Plan 2025/26"
    acts = [
        dict(ref="ASE-01", pri="Early permanence",
             action="Increase early permanence placements to at least 25% of children placed, "
                    "through a dedicated recruitment stream and fostering for adoption training.",
             lead_cell="Family Finding Team Manager", lead=["Family Finding Team Manager"],
             due="31/03/2026", rag="G",
             update="20 EP placements in 2024/25; 9 so far in 2025/26 (Q1–Q3).",
             end="2026-03", status="green"),
        dict(ref="ASE-02", pri="Early permanence",
             action="Agree a regional early permanence protocol with the four local authorities "
                    "and Cafcass.",
             lead_cell="Head of Service; Service Manager – Family Finding",
             lead=["Head of Service", "Service Manager – Family Finding"],
             due="30/09/2025", rag="B",
             update="Protocol signed off by the Partnership Board in September 2025.",
             end="2025-09", status="blue"),
        dict(ref="ASE-03", pri="Recruitment and sufficiency",
             action="Approve 70 adopter households in 2025/26, focusing on adopters for sibling "
                    "groups and children aged over 4.",
             lead_cell="Recruitment Team Manager", lead=["Recruitment Team Manager"],
             due="Q4 2025/26", rag="A",
             update="48 approvals to the end of December; stage 1 conversion lower than "
                    "forecast.",
             end="2026-03", end_text="Q4 2025/26", status="amber"),
        dict(ref="ASE-04", pri="Recruitment and sufficiency",
             action="Run a targeted campaign for Black and mixed heritage adopters with "
                    "community partners in Crawley and Brighton.",
             lead_cell="Marketing and Communications Lead",
             lead=["Marketing and Communications Lead"],
             due="Jan-26", rag="G", update="Two community events held; 14 enquiries.",
             end="2026-01", status="green"),
        dict(ref="ASE-05", pri="Adoption support",
             action="Reduce the average wait for an adoption support assessment to under 8 "
                    "weeks.",
             lead_cell="Adoption Support Team Manager", lead=["Adoption Support Team Manager"],
             due="31/03/2026", rag="R",
             update="Average wait 13.5 weeks; agency social workers start in January.",
             end="2026-03", status="red"),
        dict(ref="ASE-06", pri="Adoption support",
             action="Implement the education element of the Adoption England support offer "
                    "with the four virtual schools.",
             lead_cell="Adoption Support Team Manager / Virtual School Heads (x4)",
             lead=["Adoption Support Team Manager", "Virtual School Heads (x4)"],
             due="Ongoing", rag="G", update="Termly liaison meetings in place.",
             end=None, end_text="Ongoing", status="green"),
        dict(ref="ASE-07", pri="Keeping in touch and identity",
             action="Move letterbox exchanges onto the secure digital platform and offer all "
                    "birth parents support to write letters.",
             lead_cell="Keeping in Touch Coordinator", lead=["Keeping in Touch Coordinator"],
             due="Dec 2025", rag="B", update="Platform live; 71% of exchanges now digital.",
             end="2025-12", status="blue"),
        dict(ref="ASE-08", pri="Workforce",
             action="Complete the service restructure and fill all permanent social work posts.",
             lead_cell="Head of Service", lead=["Head of Service"],
             due="July 2025", rag="B", update="Restructure implemented 1 July 2025.",
             end="2025-07", status="blue"),
        dict(ref="ASE-09", pri="Workforce",
             action="Introduce a trauma-informed practice development programme for all staff "
                    "with the ASE Clinical Lead.",
             lead_cell="Principal Practitioner", lead=["Principal Practitioner"],
             due="Apr–Jun 2026", rag="", update="Programme design under way.",
             end="2026-06", end_text="Apr–Jun 2026", status="unrated"),
    ]
    lines = [
        title,
        "Regional Adoption Agency for Brighton & Hove, East Sussex, Surrey and West Sussex",
        "Exported from ASE Plan Tracker on 03/02/2026 – for the ASE Partnership Board, "
        "12 February 2026",
        "",
        "\t".join(["ID", "Priority", "Action", "Owner", "Target date", "RAG", "Latest update"]),
    ]
    expected = []
    for a in acts:
        lines.append("\t".join([a["ref"], a["pri"], a["action"], a["lead_cell"], a["due"],
                                a["rag"], a["update"]]))
        a = dict(a)
        a["under"] = [a["pri"]]
        expected.append(a)
    rags = [a["rag"] for a in acts]
    lines += [
        "",
        f"Summary: {len(acts)} actions | Blue {rags.count('B')} | Green {rags.count('G')} | "
        f"Amber {rags.count('A')} | Red {rags.count('R')} | Not rated {rags.count('')}",
        "RAG: B = complete, G = on track, A = some risk to delivery, R = off track",
    ]
    with open(path(name), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")

    write_expected(
        name,
        source=("Imitates a regional adoption agency's service development plan exported from "
                "its tracker for the partnership board, for Adoption South East, the RAA for "
                "Brighton & Hove, East Sussex, Surrey and West Sussex (launched 2020; its 2024/25 "
                "annual report went to East Sussex Corporate Parenting Panel, July 2025). Copied "
                "features: title, partnership line and export line at the top, a tab-separated "
                "header and rows with the priority repeated on every row, IDs like ASE-01, "
                "day-first dates, Jan-26 and Dec 2025 months, a quarter and a month-range target, "
                "RAG letters with a blank for not rated, and summary and key lines at the end."),
        reads=("A tab-separated plan export with nine actions grouped by a priority column; "
               "each has an owner, target date, RAG letter and latest update. The summary and "
               "RAG key lines at the foot are not actions."),
        outcome="read", title=title, actions=expected)
    return name, len(expected)


def main():
    made = [southampton(), middlesbrough(), cardiff_vale(), anglesey(), gloucestershire(),
            ealing(), adoption_south_east()]
    for n, k in made:
        print(f"{n}: {k} actions")


if __name__ == "__main__":
    main()
