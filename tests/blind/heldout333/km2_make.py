"""Build the seven km2- blind cases of set heldout333 (plans outside children's services).

Run with /work/main/.venv/bin/python km2_make.py  (needs openpyxl, python-docx, pyyaml).
Writes each data file and, beside it, NAME.expected.yaml (the reading a person makes of it).
"""
import csv
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

FILL = {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0",
    "grey": "D9D9D9", "head": "1F3864", "band": "DEEAF6",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def d(y, m, day):
    return dt.datetime(y, m, day)


def write_expected(name, source, reads, outcome, title, actions=None, refuse_at=None,
                   accept_refusal=False):
    doc = {"source": source, "reads": reads, "outcome": outcome,
           "accept_refusal": accept_refusal}
    if refuse_at is not None:
        doc["refuse_at"] = refuse_at
    if title is not None:
        doc["title"] = title
    if actions is not None:
        out = []
        for a in actions:
            item = {"ref": a["ref"], "under": a["under"], "action": a["action"],
                    "lead": a["lead"], "end": a["end"]}
            if a.get("end_text") is not None:
                item["end_text"] = a["end_text"]
            item["status"] = a["status"]
            out.append(item)
        doc["actions"] = out
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as fh:
        yaml.safe_dump(doc, fh, sort_keys=False, allow_unicode=True, width=100)


def hdr_cells(ws, row, headers, widths=None):
    for i, h in enumerate(headers, start=1):
        c = ws.cell(row=row, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor=FILL["head"])
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    if widths:
        for i, w in enumerate(widths):
            ws.column_dimensions[chr(65 + i)].width = w


# ---------------------------------------------------------------------------
# 1. Waltham Forest ASC CQC assessment improvement plan (xlsx, read)
# ---------------------------------------------------------------------------
def waltham_forest():
    name = "km2-waltham-forest-council-asc-cqc-assessment-improvement-plan.xlsx"
    title = "London Borough of Waltham Forest – Adult Social Care CQC Assessment Improvement Plan 2025/26"
    groups = [
        ("QS1: Assessing needs",
         "People waited too long for Care Act assessments and reviews, and waiting lists were not "
         "consistently risk-managed.",
         [
             dict(ref="1.1",
                  action="Introduce a single waiting-list triage and risk-rating tool across the Assessment, "
                         "Hospital Discharge and Long-Term teams, with weekly management oversight of everyone "
                         "waiting over 28 days.",
                  lead_cell="Head of Assessment and Care Management",
                  lead=["Head of Assessment and Care Management"],
                  target=d(2025, 6, 30), revised=d(2025, 9, 30), prev="A", cur="B",
                  end="2025-09", status="blue",
                  update="Tool live in all three teams from 1 September. Weekly oversight meeting chaired by "
                         "the Head of Service."),
             dict(ref="1.2",
                  action="Deliver a reviews recovery plan to clear the backlog of overdue annual reviews, "
                         "prioritising people in residential care and those with direct payments.",
                  lead_cell="Head of Assessment and Care Management / Reviewing Team Manager",
                  lead=["Head of Assessment and Care Management", "Reviewing Team Manager"],
                  target=d(2026, 3, 31), revised=None, prev="A", cur="A",
                  end="2026-03", status="amber",
                  update="Overdue reviews down from 1,140 to 868. Agency reviewing capacity ends December; "
                         "recruitment to two permanent posts under way."),
         ]),
        ("QS3: Equity in experience and outcomes",
         "The council did not have a clear understanding of how well it met the needs of its diverse "
         "communities, and data on protected characteristics was incomplete.",
         [
             dict(ref="3.1",
                  action="Improve recording of ethnicity, language and sexual orientation on Mosaic so that "
                         "90% of open cases have complete equalities data.",
                  lead_cell="Performance and Intelligence Manager",
                  lead=["Performance and Intelligence Manager"],
                  target="Dec-25", revised=None, prev="G", cur="G",
                  end="2025-12", status="green",
                  update="Completeness at 81% (ethnicity 94%). Mandatory fields added to the assessment form."),
             dict(ref="3.2",
                  action="Co-produce an equity action plan with the Disability Resource Centre and local faith "
                         "and community groups, and report outcomes to the Health and Wellbeing Board.",
                  lead_cell="Director of Adult Social Care; Engagement and Co-production Lead",
                  lead=["Director of Adult Social Care", "Engagement and Co-production Lead"],
                  target="Q4 2025/26", revised=None, prev="G", cur="A",
                  end="2026-03", status="amber",
                  update="Two of four workshops held. Health and Wellbeing Board slot moved to March."),
         ]),
        ("QS4: Care provision, integration and continuity",
         "There was limited choice of home care for people with complex needs, and some people were "
         "placed out of borough.",
         [
             dict(ref="4.1",
                  action="Retender the home care framework with a new specialist lot for people living with "
                         "dementia and complex needs.",
                  lead_cell="Head of Commissioning (Adults)",
                  lead=["Head of Commissioning (Adults)"],
                  target=d(2026, 1, 31), revised=d(2026, 4, 30), prev="A", cur="R",
                  end="2026-04", status="red",
                  update="Procurement paused pending Cabinet decision on the London Living Wage uplift. "
                         "Escalated to the Improvement Board."),
             dict(ref="4.2",
                  action="Publish a Market Position Statement 2025–2028 setting out the accommodation and "
                         "support the council will commission.",
                  lead_cell="Head of Commissioning (Adults)",
                  lead=["Head of Commissioning (Adults)"],
                  target=d(2025, 7, 31), revised=None, prev="G", cur="B",
                  end="2025-07", status="blue",
                  update="Published on the council website on 24 July 2025."),
         ]),
        ("QS6: Safe systems, pathways and transitions",
         "Young people moving from children’s to adults’ services did not always have a transition plan "
         "in place by age 17½.",
         [
             dict(ref="6.1",
                  action="Establish a joint Preparing for Adulthood panel with Children and Family Services, "
                         "meeting monthly from age 14, and track every young person on a shared transitions "
                         "register.",
                  lead_cell="Head of Service, Preparing for Adulthood",
                  lead=["Head of Service, Preparing for Adulthood"],
                  target=d(2025, 11, 30), revised=None, prev="A", cur="G",
                  end="2025-11", status="green",
                  update="Panel has met three times; register holds 212 young people."),
         ]),
        ("QS7: Safeguarding",
         "Safeguarding concerns were not always screened within the council’s 24-hour timescale.",
         [
             dict(ref="7.1",
                  action="Restructure the Safeguarding Adults Hub front door so that all concerns are screened "
                         "by a qualified social worker within one working day.",
                  lead_cell="Principal Social Worker",
                  lead=["Principal Social Worker"],
                  target=d(2025, 9, 30), revised=None, prev="G", cur="B",
                  end="2025-09", status="blue",
                  update="New rota in place; 97% of concerns screened within one working day in September."),
             dict(ref="7.2",
                  action="Audit 30 closed Section 42 enquiries each quarter and share the learning through "
                         "practice forums.",
                  lead_cell="Principal Social Worker",
                  lead=["Principal Social Worker"],
                  target="Quarterly", revised=None, prev="G", cur="G",
                  end=None, end_text="Quarterly", status="green",
                  update="Q2 audit completed; themes on making safeguarding personal shared at the October "
                         "forum."),
         ]),
    ]

    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Owner: Corporate Director, Adults and Health"
    cov["A3"] = "CQC assessment report published 14 March 2025 – overall rating: Requires improvement"
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    hdr_cells(cov, 6, ["Version", "Date", "Author", "Summary of changes"], [14, 14, 28, 60])
    for r, row in enumerate([
        ("1.0", d(2025, 5, 2), "ASC Improvement Lead", "Plan agreed at ASC Improvement Board"),
        ("1.2", d(2025, 7, 15), "ASC Improvement Lead", "Q1 progress update"),
        ("1.3", d(2025, 10, 10), "ASC Improvement Lead", "Q2 progress update; revised dates agreed by Board"),
    ], start=7):
        for c, v in enumerate(row, start=1):
            cell = cov.cell(row=r, column=c, value=v)
            cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
    cov["A12"] = "RAG key"
    cov["A12"].font = Font(bold=True)
    for r, (k, txt) in enumerate([
        ("B", "Complete"), ("G", "On track"), ("A", "Some slippage – recovery in place"),
        ("R", "Off track – escalated to Improvement Board"),
    ], start=13):
        c = cov.cell(row=r, column=1, value=k)
        c.fill = PatternFill("solid", fgColor=FILL[k])
        c.font = Font(bold=True, color="FFFFFF")
        c.alignment = Alignment(horizontal="center")
        cov.cell(row=r, column=2, value=txt)

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = "ASC CQC Improvement Plan – Progress at 30 September 2025 (Q2 2025/26)"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:J1")
    ws["A2"] = "Reported to: ASC Improvement Board, 21 October 2025"
    ws.merge_cells("A2:J2")
    headers = ["Ref", "Quality statement", "What CQC told us we need to improve", "Action",
               "Lead officer", "Target date", "Revised date", "Previous RAG (Q1)", "Current RAG (Q2)",
               "Progress update"]
    hdr_cells(ws, 4, headers, [7, 20, 40, 55, 28, 12, 12, 10, 10, 50])
    ws.freeze_panes = "A5"
    row = 5
    actions = []
    for qs, afi, items in groups:
        first = row
        for it in items:
            vals = [it["ref"], qs if row == first else None, afi if row == first else None, it["action"],
                    it["lead_cell"], it["target"], it["revised"], it["prev"], it["cur"], it["update"]]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(row=row, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            for c, k in ((8, it["prev"]), (9, it["cur"])):
                cell = ws.cell(row=row, column=c)
                cell.fill = PatternFill("solid", fgColor=FILL[k])
                cell.font = Font(bold=True, color="FFFFFF")
                cell.alignment = Alignment(horizontal="center", vertical="top")
            actions.append(dict(ref=it["ref"], under=[qs, afi], action=it["action"], lead=it["lead"],
                                end=it["end"], end_text=it.get("end_text"), status=it["status"]))
            row += 1
        if row - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=row - 1, end_column=2)
            ws.merge_cells(start_row=first, start_column=3, end_row=row - 1, end_column=3)

    sm = wb.create_sheet("Summary")
    sm["A1"] = "RAG summary – Q2 2025/26"
    sm["A1"].font = Font(bold=True)
    hdr_cells(sm, 2, ["Current RAG", "Number of actions"], [24, 18])
    counts = {"B": 0, "G": 0, "A": 0, "R": 0}
    for _, _, items in groups:
        for it in items:
            counts[it["cur"]] += 1
    for r, (k, lab) in enumerate([("B", "Complete"), ("G", "On track"), ("A", "Some slippage"),
                                  ("R", "Off track")], start=3):
        sm.cell(row=r, column=1, value=lab).fill = PatternFill("solid", fgColor=FILL[k])
        sm.cell(row=r, column=2, value=counts[k])
    sm.cell(row=7, column=1, value="Total").font = Font(bold=True)
    sm.cell(row=7, column=2, value=sum(counts.values())).font = Font(bold=True)

    wb.save(os.path.join(HERE, name))
    write_expected(
        name,
        source="Imitates a London borough's adult social care improvement plan written after its CQC local "
               "authority assessment (CQC Care Act Part 1 assessments, 2024–25; councils such as B&NES and "
               "Thurrock take such plans to an ASC Improvement Board and Cabinet). Copied features: cover "
               "sheet with title, owner and document-control table, RAG key (B/G/A/R), plan sheet with a "
               "reporting-period banner, quality statement and CQC finding in vertically merged cells over "
               "their actions, target and revised date columns, previous and current RAG as coloured letter "
               "cells, progress updates, and a separate RAG summary sheet.",
        reads="A three-sheet workbook: a cover with document control and RAG key, the improvement plan of nine "
              "numbered actions grouped under five CQC quality statements each with what CQC said must "
              "improve, and a summary count of RAG ratings. Status is the Q2 (current) RAG; where a revised "
              "date is given it replaces the target date.",
        outcome="read", title=title, actions=actions)


# ---------------------------------------------------------------------------
# 2. East Lindsey internal audit agreed-actions tracker (xlsx, read)
# ---------------------------------------------------------------------------
def east_lindsey():
    name = "km2-east-lindsey-dc-internal-audit-recommendations-tracker.xlsx"
    title = "East Lindsey District Council – Internal Audit Agreed Actions Tracker"
    groups = [
        ("Council Tax and NNDR 2024/25 – Limited Assurance (final report 12/11/2024)", [
            dict(ref="CT1", pri="High",
                 rec="Reconcile the council tax valuation list to the Valuation Office Agency schedules each "
                     "month and investigate differences promptly.",
                 action="Monthly VOA reconciliation to be introduced, signed off by the Revenues Manager, with a "
                        "log of unresolved differences.",
                 lead_cell="Revenues Manager, PSPS Limited", lead=["Revenues Manager, PSPS Limited"],
                 orig=d(2025, 1, 31), rev=d(2025, 3, 31), st="B", end="2025-03", status="blue",
                 upd="Reconciliations completed monthly since February 2025; evidence provided to Internal "
                     "Audit."),
            dict(ref="CT2", pri="Medium",
                 rec="Review single person discounts through a data-matching exercise at least annually.",
                 action="Annual SPD review to be commissioned using the National Fraud Initiative data match, "
                        "with the first exercise completed by the end of Q1 2025/26.",
                 lead_cell="Revenues Manager, PSPS Limited", lead=["Revenues Manager, PSPS Limited"],
                 orig=d(2025, 6, 30), rev=None, st="G", end="2025-06", status="green",
                 upd="NFI matches received; review letters issued to 1,900 households."),
            dict(ref="CT3", pri="Medium",
                 rec="Ensure write-offs above £5,000 are approved in line with the Financial Procedure Rules.",
                 action="Write-off schedule to be updated to show the approving officer, and all write-offs "
                        "over £5,000 reported to the S151 Officer quarterly.",
                 lead_cell="Revenues Manager / Deputy Chief Finance Officer",
                 lead=["Revenues Manager", "Deputy Chief Finance Officer"],
                 orig=d(2025, 3, 31), rev=d(2025, 9, 30), st="A", end="2025-09", status="amber",
                 upd="Schedule amended. First quarterly report delayed by the finance system upgrade; revised "
                     "date agreed."),
        ]),
        ("Disabled Facilities Grants 2024/25 – Limited Assurance (final report 28/01/2025)", [
            dict(ref="DFG1", pri="High",
                 rec="Introduce a documented prioritisation process for DFG referrals so that urgent cases are "
                     "progressed first.",
                 action="Prioritisation matrix to be agreed with Lincolnshire County Council occupational "
                        "therapy and the waiting list re-triaged against it.",
                 lead_cell="Housing Strategy and Enabling Manager",
                 lead=["Housing Strategy and Enabling Manager"],
                 orig=d(2025, 3, 31), rev=None, st="R", end="2025-03", status="red",
                 upd="Matrix drafted; awaiting sign-off by LCC. Revised date to be agreed at the next Better "
                     "Care Fund meeting."),
            dict(ref="DFG2", pri="Medium",
                 rec="Obtain and retain three quotes, or a schedule of rates price, for every grant-funded "
                     "adaptation over £10,000.",
                 action="Procurement checklist added to every DFG case file and checked at approval stage.",
                 lead_cell="Home Improvement Agency Team Leader",
                 lead=["Home Improvement Agency Team Leader"],
                 orig=d(2025, 4, 30), rev=None, st="B", end="2025-04", status="blue",
                 upd="Checklist in use from April 2025."),
            dict(ref="DFG3", pri="Low",
                 rec="Update the Housing Assistance Policy to reflect the current discretionary grant offer.",
                 action="Revised Housing Assistance Policy to be taken to the Portfolio Holder for approval.",
                 lead_cell="Housing Strategy and Enabling Manager",
                 lead=["Housing Strategy and Enabling Manager"],
                 orig=d(2025, 6, 30), rev=None, st="G", end="2025-06", status="green",
                 upd="Draft policy out for consultation with partners."),
        ]),
        ("Cyber Security – Patch Management 2024/25 – Reasonable Assurance (final report 03/03/2025)", [
            dict(ref="CY1", pri="High",
                 rec="Ensure all critical security patches are applied to servers within 14 days of release.",
                 action="Patch compliance dashboard to be reviewed weekly by the ICT Infrastructure Manager, "
                        "with exceptions escalated to the Head of ICT.",
                 lead_cell="ICT Infrastructure Manager", lead=["ICT Infrastructure Manager"],
                 orig=d(2025, 4, 30), rev=d(2025, 7, 31), st="A", end="2025-07", status="amber",
                 upd="Dashboard built; weekly review to start once the new monitoring tool licence is in "
                     "place."),
            dict(ref="CY2", pri="Medium",
                 rec="Remove or isolate unsupported operating systems from the network.",
                 action="Decommission the remaining Windows Server 2012 R2 hosts as part of the data centre "
                        "migration.",
                 lead_cell="Head of ICT / ICT Infrastructure Manager",
                 lead=["Head of ICT", "ICT Infrastructure Manager"],
                 orig=d(2025, 12, 31), rev=None, st="G", end="2025-12", status="green",
                 upd="4 of 9 hosts decommissioned."),
        ]),
        ("Corporate Health and Safety 2023/24 – Limited Assurance (follow-up)", [
            dict(ref="HS1", pri="Medium",
                 rec="Complete fire risk assessments for all operational buildings and record them centrally.",
                 action="Fire risk assessments for the eight outstanding depots and public conveniences to be "
                        "completed by an accredited assessor.",
                 lead_cell="Corporate Health and Safety Advisor", lead=["Corporate Health and Safety Advisor"],
                 orig=d(2024, 10, 31), rev=d(2025, 5, 31), st="B", end="2025-05", status="blue",
                 upd="All eight assessments completed and uploaded to the property database."),
            dict(ref="HS2", pri="Medium",
                 rec="Report health and safety performance to the Corporate Management Team quarterly.",
                 action="Quarterly H&S report to CMT to include accident statistics, outstanding actions and "
                        "training compliance.",
                 lead_cell="Assistant Director – Corporate", lead=["Assistant Director – Corporate"],
                 orig=d(2024, 12, 31), rev=d(2025, 9, 30), st="A", end="2025-09", status="amber",
                 upd="Report template agreed; first report scheduled for the July CMT."),
        ]),
    ]
    key = [("R", "Overdue – no revised date agreed"), ("A", "Overdue – revised date agreed"),
           ("G", "Not yet due"), ("B", "Implemented")]

    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Agreed actions – position at 31 May 2025"
    hdr_cells(sm, 4, ["Priority", "Total", "Implemented", "Not yet due", "Overdue (revised date)",
                      "Overdue (no revised date)"], [14, 10, 14, 14, 22, 24])
    tally = {}
    for _, items in groups:
        for it in items:
            t = tally.setdefault(it["pri"], {"B": 0, "G": 0, "A": 0, "R": 0})
            t[it["st"]] += 1
    r = 5
    tot = {"B": 0, "G": 0, "A": 0, "R": 0}
    for p in ("High", "Medium", "Low"):
        t = tally[p]
        vals = [p, sum(t.values()), t["B"], t["G"], t["A"], t["R"]]
        for c, v in enumerate(vals, start=1):
            sm.cell(row=r, column=c, value=v).border = BOX
        for k in tot:
            tot[k] += t[k]
        r += 1
    vals = ["Total", sum(tot.values()), tot["B"], tot["G"], tot["A"], tot["R"]]
    for c, v in enumerate(vals, start=1):
        cell = sm.cell(row=r, column=c, value=v)
        cell.font = Font(bold=True)
        cell.border = BOX
    sm.cell(row=r + 2, column=1, value="Status key").font = Font(bold=True)
    for i, (k, txt) in enumerate(key):
        c = sm.cell(row=r + 3 + i, column=1, value=k)
        c.fill = PatternFill("solid", fgColor=FILL[k])
        c.font = Font(bold=True, color="FFFFFF")
        sm.cell(row=r + 3 + i, column=2, value=txt)

    ws = wb.create_sheet("Action Tracker")
    ws["A1"] = "East Lindsey District Council"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Audit and Governance Committee – 25 June 2025"
    ws["A3"] = "Appendix 3: Internal Audit – Agreed Actions Follow-up (Assurance Lincolnshire)"
    ws["A3"].font = Font(bold=True)
    headers = ["Ref", "Priority", "Finding / Recommendation", "Agreed Action", "Responsible Officer",
               "Original Date", "Revised Date", "Status", "Management Update"]
    hdr_cells(ws, 5, headers, [7, 10, 45, 50, 30, 13, 13, 8, 50])
    ws.freeze_panes = "A6"
    row = 6
    actions = []
    for heading, items in groups:
        ws.cell(row=row, column=1, value=heading).font = Font(bold=True)
        for c in range(1, 10):
            ws.cell(row=row, column=c).fill = PatternFill("solid", fgColor=FILL["band"])
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)
        row += 1
        for it in items:
            vals = [it["ref"], it["pri"], it["rec"], it["action"], it["lead_cell"], it["orig"], it["rev"],
                    it["st"], it["upd"]]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(row=row, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            sc = ws.cell(row=row, column=8)
            sc.fill = PatternFill("solid", fgColor=FILL[it["st"]])
            sc.font = Font(bold=True, color="FFFFFF")
            sc.alignment = Alignment(horizontal="center", vertical="top")
            actions.append(dict(ref=it["ref"], under=[heading, it["rec"]], action=it["action"],
                                lead=it["lead"], end=it["end"], status=it["status"]))
            row += 1
    ws.cell(row=row + 1, column=1,
            value="Note: actions marked B (implemented) will be removed from the next report once verified "
                  "by Internal Audit.").font = Font(italic=True)

    wb.save(os.path.join(HERE, name))
    write_expected(
        name,
        source="Imitates a district council's internal audit follow-up appendix to its Audit and Governance "
               "Committee (East Lindsey DC committee papers 2022–25; audit by Assurance Lincolnshire, with "
               "revenues and ICT delivered by PSPS Limited). Copied features: a summary sheet first with counts "
               "by priority and a status key, a tracker sheet with a committee title block, merged band rows "
               "naming each audit and its assurance opinion, finding/recommendation beside the agreed action, "
               "original and revised implementation dates, a status letter in a coloured cell, management "
               "updates and a closing note line.",
        reads="A two-sheet workbook: a summary of agreed actions by priority and status with a key, and the "
              "tracker of ten agreed actions from four audits, each under its audit heading and answering the "
              "recommendation beside it. The revised date, where given, is the end; the status letter follows "
              "the key (B = implemented).",
        outcome="read", title=title, actions=actions)


# ---------------------------------------------------------------------------
# 3. Oxfordshire FRS HMICFRS AFI improvement plan (xlsx, refuse: typo month)
# ---------------------------------------------------------------------------
def oxfordshire_frs():
    name = "km2-oxfordshire-fire-rescue-service-hmicfrs-afi-improvement-plan-typo-month-refuse.xlsx"
    title = "Oxfordshire Fire and Rescue Service – HMICFRS Areas for Improvement: Fire Improvement Pipeline"
    rows = [
        ("AFI 1", "Understanding the risk of fire and other emergencies",
         "The service should make sure it gathers and records relevant and up-to-date risk information to "
         "help protect firefighters, the public and property during an emergency.",
         "Review all level 3 and level 4 site-specific risk information records and move them onto the new "
         "mobile data terminal platform.", "Operational Risk Manager", "March 2026", "Green",
         "312 of 540 records reviewed. MDT platform live on all front-line appliances."),
        ("AFI 3", "Preventing fires and other risks",
         "The service should make sure it targets its prevention work at the people most at risk.",
         "Agree data-sharing with adult social care and Thames Valley Police to identify high-risk households "
         "for Safe and Well visits.", "Head of Prevention", "December 2025", "Amber",
         "Data-sharing agreement with the police signed; adult social care agreement with legal."),
        ("", "", "",
         "Introduce a quality assurance process for Safe and Well visits, sampling 5% of visits each quarter.",
         "Prevention Manager", "Janaury 2026", "Green", "QA form drafted and piloted at Banbury and Abingdon."),
        ("AFI 7", "Responding to fires and other emergencies",
         "The service should make sure it has an effective system for learning from operational incidents.",
         "Implement the new operational assurance and debrief procedure, with monthly learning bulletins.",
         "Station Manager – Operational Assurance", "September 2025", "Complete",
         "Procedure launched 1 September; first bulletin issued."),
        ("AFI 12", "Making best use of resources",
         "The service should make sure its workforce is as productive as possible, including by reducing the "
         "time spent attending unwanted fire signals.",
         "Introduce a call-challenge policy for automatic fire alarms at non-residential premises during "
         "daytime hours.", "Head of Protection / Control Manager", "April 2026", "Amber",
         "Policy drafted; consultation with representative bodies to start in November."),
        ("AFI 18", "Promoting the right values and culture",
         "The service should make sure staff feel confident to challenge and report bullying and harassment.",
         "Launch an independent confidential reporting line and publicise it at every station.",
         "Head of People", "July 2025", "Complete", "Line live since 1 July; 11 contacts to date."),
        ("", "", "", "Deliver respectful workplace training to all supervisory and middle managers.",
         "Head of People", "March 2026", "Green", "142 of 230 managers trained."),
        ("AFI 22", "Promoting fairness and diversity",
         "The service should improve the diversity of its workforce.",
         "Run positive action on-call recruitment campaigns aimed at under-represented groups in Banbury and "
         "Oxford.", "Recruitment and Positive Action Lead", "June 2026", "Green",
         "Two taster days held; 38 expressions of interest."),
        ("AFI 25", "Managing performance and developing leaders",
         "The service should put in place an open and fair process to identify, develop and support "
         "high-potential staff and aspiring leaders.",
         "Introduce a talent management framework and development centre for aspiring leaders.",
         "Head of Learning and Development", "October 2026", "Not started",
         "Scheduled to start after the training centre review."),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Pipeline"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "HMICFRS effectiveness, efficiency and people inspection 2023–25 (report published July 2024)"
    ws["A3"] = "Fire Improvement Board – position at 31 October 2025"
    headers = ["AFI", "Inspection area", "Area for improvement (HMICFRS)", "Improvement action",
               "Action owner", "Target date", "Status", "Board update"]
    hdr_cells(ws, 5, headers, [8, 26, 45, 50, 28, 14, 12, 45])
    status_fill = {"Green": "G", "Amber": "A", "Complete": "B", "Red": "R"}
    typo_row = None
    r = 6
    for afi, area, text, action, owner, date, status, upd in rows:
        vals = [afi or None, area or None, text or None, action, owner, date, status, upd]
        for c, v in enumerate(vals, start=1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
        if status in status_fill:
            ws.cell(row=r, column=7).fill = PatternFill("solid", fgColor=FILL[status_fill[status]])
        if date == "Janaury 2026":
            typo_row = r
        r += 1
    # merge AFI / area / text down over the second action of an AFI
    for start in range(6, r):
        if ws.cell(row=start, column=1).value and start + 1 < r and ws.cell(row=start + 1, column=1).value is None:
            for c in (1, 2, 3):
                ws.merge_cells(start_row=start, start_column=c, end_row=start + 1, end_column=c)
    ws.cell(row=r + 1, column=1, value="Status key: Complete (blue) – Green: on track – Amber: at risk – "
                                       "Red: off track – Not started")
    gv = wb.create_sheet("Governance")
    gv["A1"] = "Governance and reporting"
    gv["A1"].font = Font(bold=True)
    gv["A2"] = "The Fire Improvement Board meets every six weeks and reports to the Place Overview and " \
               "Scrutiny Committee twice a year."
    gv["A3"] = "Areas for improvement already closed through existing delivery plans are listed in the " \
               "2024/25 Statement of Assurance."
    wb.save(os.path.join(HERE, name))
    assert typo_row == 8, typo_row
    write_expected(
        name,
        source="Imitates Oxfordshire Fire and Rescue Service's 'Fire Improvement Pipeline' for the 26 areas for "
               "improvement in its HMICFRS 2023–25 report (July 2024), monitored by a Fire Improvement Board "
               "and reported to Cabinet in September 2024. Copied features: title block with inspection and "
               "board date, AFI number, inspection area and HMICFRS wording merged over two actions where an "
               "AFI has two, action owner job titles, target month written as words, status words with fill, "
               "board update column, a key line and a governance sheet.",
        reads="A single plan sheet of nine improvement actions against seven HMICFRS areas for improvement. "
              "The target date of the second action under AFI 3 (sheet row 8) reads 'Janaury 2026', a "
              "mistyped month; a careful reader would stop and ask what was meant before reading the plan.",
        outcome="refuse", title=title, refuse_at=typo_row)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_color):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_color)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, white=False, size=None):
    """Write text; '\n' in text becomes separate paragraphs in the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        if white:
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        if size:
            run.font.size = Pt(size)


def header_row(table, headers):
    for i, h in enumerate(headers):
        c = table.rows[0].cells[i]
        set_cell(c, h, bold=True, white=True)
        shade(c, FILL["head"])


# ---------------------------------------------------------------------------
# 4. West Lothian Council annual audit report action plan (docx, read)
# ---------------------------------------------------------------------------
def west_lothian():
    name = "km2-west-lothian-council-annual-audit-report-2024-25-action-plan.docx"
    title = "West Lothian Council: 2024/25 Annual Audit Report – Action Plan"
    sections = [
        ("Financial management", [
            dict(ref="1",
                 issue="Capital programme slippage\nOnly 71% of the 2024/25 general services capital budget was "
                       "spent, and re-phasing was reported to members late in the year.",
                 rec="The council should improve the realism of capital budget profiles and report re-phasing "
                     "to members as soon as it is identified.",
                 action="Capital project managers will re-profile budgets at the start of each year, and "
                        "re-phasing will be reported in every quarterly capital monitoring report to the "
                        "Council Executive.",
                 lead_cell="Head of Finance and Property Services", lead=["Head of Finance and Property Services"],
                 date="31 March 2026", end="2026-03"),
            dict(ref="2",
                 issue="Journal authorisation\nOur testing found three journals over £1 million with no evidence "
                       "of independent review before posting.",
                 rec="Ensure all journals above the authorisation threshold are independently reviewed before "
                     "they are posted.",
                 action="The ledger workflow has been amended so that journals over £250,000 cannot be posted "
                        "without second-officer approval.\nCompliance will be sample-checked by Internal Audit "
                        "in 2025/26.",
                 lead_cell="Financial Management Unit Manager", lead=["Financial Management Unit Manager"],
                 date="August 2025", end="2025-08"),
        ]),
        ("Financial sustainability", [
            dict(ref="3",
                 issue="Budget gap\nThe medium-term financial strategy shows a cumulative gap of £43.2 million "
                       "over 2026/27 to 2028/29, with £18.6 million of savings still to be identified.",
                 rec="The council should identify and agree recurring savings to close the budget gap, with "
                     "clear delivery plans and timescales.",
                 action="Officers will bring a balanced five-year budget strategy and detailed savings proposals "
                        "to Council for approval.",
                 lead_cell="Chief Executive / Depute Chief Executive",
                 lead=["Chief Executive", "Depute Chief Executive"],
                 date="February 2026", end="2026-02"),
            dict(ref="4",
                 issue="Use of reserves\nThe 2025/26 budget relies on £6.4 million of uncommitted reserves, "
                       "which is not sustainable beyond the short term.",
                 rec="The council should set out a reserves strategy that limits the use of uncommitted "
                     "reserves to balance the budget.",
                 action="The reserves strategy will be refreshed and approved alongside each revenue budget, "
                        "with a minimum uncommitted general fund balance of £2 million.",
                 lead_cell="Head of Finance and Property Services", lead=["Head of Finance and Property Services"],
                 date="Ongoing – reviewed annually as part of budget setting", end=None,
                 end_text="Ongoing – reviewed annually as part of budget setting"),
        ]),
        ("Vision, leadership and governance", [
            dict(ref="5",
                 issue="Public performance reporting\nThe annual performance report did not clearly link "
                       "outcomes to the priorities in the Corporate Plan.",
                 rec="Public performance reporting should show progress against each Corporate Plan priority, "
                     "including where targets are not met.",
                 action="The Corporate Plan performance framework will be redesigned, with a public dashboard "
                        "reporting every priority indicator and a narrative on under-performance.",
                 lead_cell="Performance and Improvement Service Manager",
                 lead=["Performance and Improvement Service Manager"],
                 date="30 June 2026", end="2026-06"),
            dict(ref="6",
                 issue="Registers of interests\nFour of the ten senior officer declarations we sampled had not "
                       "been updated for more than two years.",
                 rec="Ensure registers of interests for senior officers are reviewed and updated annually.",
                 action="An annual declaration exercise for all officers at Head of Service level and above will "
                        "be run each April and reported to the Governance and Risk Committee.",
                 lead_cell="Governance Manager", lead=["Governance Manager"],
                 date="30 April 2026", end="2026-04"),
        ]),
        ("Use of resources to improve outcomes", [
            dict(ref="7",
                 issue="Best Value self-assessment\nThe council has not carried out a self-assessment against "
                       "the 2020 Best Value statutory guidance.",
                 rec="The council should complete a Best Value self-assessment and use it to inform its "
                     "improvement priorities.",
                 action="A Best Value self-assessment will be carried out with elected members and reported to "
                        "the Partnership and Resources Policy Development and Scrutiny Panel, and the resulting "
                        "improvement actions built into the Corporate Plan.",
                 lead_cell="Chief Executive; Performance and Improvement Service Manager",
                 lead=["Chief Executive", "Performance and Improvement Service Manager"],
                 date="December 2025", end="2025-12"),
        ]),
    ]
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(title, level=1)
    doc.add_paragraph("Prepared by Audit Scotland for West Lothian Council and the Controller of Audit – "
                      "September 2025")
    doc.add_paragraph("The table below sets out the recommendations arising from our 2024/25 audit and the "
                      "management actions agreed with officers. Progress will be followed up in our 2025/26 "
                      "Annual Audit Report.")
    actions = []
    headers = ["No.", "Issue/risk", "Recommendation", "Agreed management action", "Responsible officer",
               "Agreed date"]
    for heading, items in sections:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1, cols=len(headers))
        t.style = "Table Grid"
        header_row(t, headers)
        for it in items:
            cells = t.add_row().cells
            set_cell(cells[0], it["ref"])
            # issue title in bold, then the text
            ititle, itext = it["issue"].split("\n", 1)
            cells[1].text = ""
            cells[1].paragraphs[0].add_run(ititle).bold = True
            cells[1].add_paragraph(itext)
            set_cell(cells[2], it["rec"])
            set_cell(cells[3], it["action"])
            set_cell(cells[4], it["lead_cell"])
            set_cell(cells[5], it["date"])
            actions.append(dict(ref=it["ref"], under=[heading, it["rec"]], action=it["action"],
                                lead=it["lead"], end=it["end"], end_text=it.get("end_text"),
                                status="unrated"))
        doc.add_paragraph("")
    p = doc.add_paragraph("Source: Audit Scotland, West Lothian Council 2024/25 Annual Audit Report, "
                          "Appendix 1.")
    p.runs[0].italic = True
    doc.save(os.path.join(HERE, name))
    write_expected(
        name,
        source="Imitates the action plan appendix of an Audit Scotland annual audit report to a Scottish "
               "council (West Lothian Council, 2024/25), as taken to the council's audit committee. Copied "
               "features: heading and preparer line, an introduction paragraph, one table per wider-scope "
               "audit area (financial management, financial sustainability, vision/leadership/governance, use "
               "of resources) with No., issue/risk (bold title over its text), recommendation, agreed "
               "management action, responsible officer and agreed date, and a source line.",
        reads="Four sections, each a table of the auditor's recommendations with the management action agreed "
              "in response: seven actions in all, each read under its audit area and the recommendation it "
              "answers. There is no progress column, so every action is unrated; one agreed date is "
              "'Ongoing – reviewed annually as part of budget setting'.",
        outcome="read", title=title, actions=actions)


# ---------------------------------------------------------------------------
# 5. Flintshire Adult Learning Partnership Estyn PIAP (docx, read)
# ---------------------------------------------------------------------------
def flintshire_alp():
    name = "km2-flintshire-adult-learning-partnership-estyn-post-inspection-action-plan.docx"
    title = "Flintshire Adult Learning Partnership – Post-Inspection Action Plan"
    recs = [
        ("R1 Improve the quality of teaching and assessment so that all tutors plan effectively for "
         "learners’ progress", [
             dict(ref="1.1",
                  action="Introduce a common scheme of work and individual learning plan template for all "
                         "accredited and non-accredited courses.",
                  lead_cell="ALP Manager\nColeg Cambria Curriculum Lead",
                  lead=["ALP Manager", "Coleg Cambria Curriculum Lead"],
                  crit="All tutors use the templates; learning walks show clear planning for progress.",
                  time="September 2025", rag="B", end="2025-09", status="blue"),
             dict(ref="1.2",
                  action="Carry out a programme of supportive learning walks and peer observations each term, "
                         "with development plans for tutors whose practice needs to improve.",
                  lead_cell="Quality and Standards Officer", lead=["Quality and Standards Officer"],
                  crit="Every tutor observed at least once a year; development plans reviewed within six weeks.",
                  time="Termly", rag="G", end=None, end_text="Termly", status="green"),
             dict(ref="1.3",
                  action="Deliver professional learning for all tutors on assessment for learning and giving "
                         "helpful feedback.",
                  lead_cell="Quality and Standards Officer / Adult Learning Wales Regional Manager",
                  lead=["Quality and Standards Officer", "Adult Learning Wales Regional Manager"],
                  crit="90% of tutors attend; sampled learner files show written feedback on next steps.",
                  time="Autumn term 2025", rag="A", end="2025-12", status="amber"),
         ]),
        ("R2 Strengthen the provision for developing learners’ Welsh language skills and increase the number "
         "of courses offered bilingually", [
             dict(ref="2.1",
                  action="Map current Welsh-medium and bilingual provision across partners and agree targets "
                         "with Learn Welsh North East.",
                  lead_cell="ALP Manager", lead=["ALP Manager"],
                  crit="Baseline agreed; targets included in the partnership delivery plan.",
                  time="July 2025", rag="B", end="2025-07", status="blue"),
             dict(ref="2.2",
                  action="Recruit and train two bilingual tutors for digital and essential skills courses.",
                  lead_cell="ALP Manager; HR Business Partner (Education)",
                  lead=["ALP Manager", "HR Business Partner (Education)"],
                  crit="Two bilingual tutors in post; at least six bilingual courses offered in 2026/27.",
                  time="Summer term 2026", rag="A", end="2026-07", status="amber"),
         ]),
        ("R3 Improve the use of data to evaluate the partnership’s provision and plan for improvement", [
             dict(ref="3.1",
                  action="Develop a shared partnership data dashboard showing enrolments, retention and "
                         "attainment by provider, course and learner group.",
                  lead_cell="Information and Data Officer", lead=["Information and Data Officer"],
                  crit="Dashboard updated each term and used at every Strategic Board meeting.",
                  time="December 2025", rag="G", end="2025-12", status="green"),
             dict(ref="3.2",
                  action="Use the dashboard in the annual self-evaluation report and set improvement targets "
                         "for each partner.",
                  lead_cell="ALP Manager\nStrategic Board Chair", lead=["ALP Manager", "Strategic Board Chair"],
                  crit="Self-evaluation report includes partner-level targets agreed by the Board.",
                  time="September 2025 – March 2026", rag="G", end="2026-03", status="green"),
         ]),
        ("R4 Ensure that the Strategic Board holds all partners to account for the quality of their "
         "provision", [
             dict(ref="4.1",
                  action="Revise the partnership agreement and terms of reference so that each partner reports "
                         "on quality and performance at every Board meeting.",
                  lead_cell="Chief Officer (Education and Youth)", lead=["Chief Officer (Education and Youth)"],
                  crit="Revised agreement signed by all partners; Board minutes record challenge.",
                  time="31/03/2026", rag="R", end="2026-03", status="red"),
         ]),
    ]
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(title, level=1)
    doc.add_paragraph("Estyn inspection of adult learning in the community: 13–17 January 2025. Report "
                      "published 25 March 2025.")
    doc.add_paragraph("Partners: Flintshire County Council, Coleg Cambria, Adult Learning Wales, Learn Welsh "
                      "North East")
    doc.add_paragraph("Plan approved by the Partnership Strategic Board on 8 May 2025. Progress update: "
                      "October 2025.")
    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Version", "Date", "Author", "Changes"])
    for row in [("1.0", "08/05/2025", "Adult Learning Partnership Manager", "First version submitted to Estyn"),
                ("1.1", "14/10/2025", "Adult Learning Partnership Manager", "Autumn progress update added")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)
    doc.add_heading("RAG key", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, txt in [("B", "Action complete"), ("G", "On track"), ("A", "Some delay – recovery in place"),
                   ("R", "Significant delay – escalated to the Strategic Board")]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True, white=True)
        shade(cells[0], FILL[k])
        set_cell(cells[1], txt)
    doc.add_paragraph("")
    actions = []
    headers = ["Ref", "Actions", "Lead(s)", "Success criteria", "Timescale", "RAG"]
    for heading, items in recs:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1, cols=len(headers))
        t.style = "Table Grid"
        header_row(t, headers)
        for it in items:
            cells = t.add_row().cells
            set_cell(cells[0], it["ref"])
            set_cell(cells[1], it["action"])
            set_cell(cells[2], it["lead_cell"])
            set_cell(cells[3], it["crit"])
            set_cell(cells[4], it["time"])
            set_cell(cells[5], it["rag"], bold=True, white=True)
            shade(cells[5], FILL[it["rag"]])
            actions.append(dict(ref=it["ref"], under=[heading], action=it["action"], lead=it["lead"],
                                end=it["end"], end_text=it.get("end_text"), status=it["status"]))
        doc.add_paragraph("")
    doc.add_paragraph("Progress against this plan is reported to the Partnership Strategic Board each term "
                      "and to the Education, Youth and Culture Overview and Scrutiny Committee annually.")
    doc.save(os.path.join(HERE, name))
    write_expected(
        name,
        source="Imitates a Welsh adult learning in the community partnership's post-inspection action plan "
               "after an Estyn inspection (Estyn inspects ACL partnerships; e.g. Cardiff and Vale and Merthyr "
               "Tydfil partnerships reported PIAP progress to cabinet/scrutiny). Copied features: title and "
               "inspection/approval lines, partners line, a document-control table and a RAG key table (not "
               "the plan), then one heading per Estyn recommendation (R1–R4) with its own table of Ref, "
               "actions, leads (two posts on two lines in one cell), success criteria, timescale in words "
               "(month, term, 'Termly', a period) and a shaded RAG letter.",
        reads="After the document control and RAG key, four recommendation headings each head a table of "
              "actions: eight actions in all, read under their recommendation. Terms read as their last month "
              "(Autumn term 2025 = December 2025, Summer term 2026 = July 2026), a period by its end, and "
              "'Termly' has no end month.",
        outcome="read", title=title, actions=actions)


# ---------------------------------------------------------------------------
# 6. Tamworth BC RSH consumer standards housing improvement plan (csv, read)
# ---------------------------------------------------------------------------
def tamworth():
    name = "km2-tamworth-bc-rsh-consumer-standards-housing-improvement-plan.csv"
    title = "Tamworth Borough Council – Housing Improvement Plan (Consumer Standards)"
    groups = [
        ("Safety and Quality Standard", [
            ("The council could not evidence that fire risk assessment actions had been completed, with 412 "
             "actions overdue, 38 of them high risk.", [
                 dict(ref="SQ1",
                      action="Clear all high-risk overdue fire risk assessment actions and introduce weekly "
                             "tracking of remedial works through the compliance system.",
                      lead_cell="Head of Asset Management", lead=["Head of Asset Management"],
                      target="31/08/2025", revised="31/10/2025", rag="Complete", end="2025-10", status="blue",
                      upd="All 38 high-risk actions closed on 17 October.\nMedium-risk actions now reported "
                          "weekly (96 open)."),
                 dict(ref="SQ2",
                      action="Commission a new programme of Type 1 fire risk assessments for all 61 blocks with "
                             "communal areas.",
                      lead_cell="Building Safety Manager", lead=["Building Safety Manager"],
                      target="Mar-26", revised="", rag="Green", end="2026-03", status="green",
                      upd="Contract awarded; 22 of 61 assessments completed."),
             ]),
            ("The council did not have up-to-date stock condition information for 46% of its homes.", [
                 dict(ref="SQ3",
                      action="Complete a 100% stock condition survey, including HHSRS assessments, by a "
                             "specialist contractor.",
                      lead_cell="Head of Asset Management", lead=["Head of Asset Management"],
                      target="31/03/2026", revised="30/09/2026", rag="Amber", end="2026-09", status="amber",
                      upd="Access rates lower than planned (58%). Contract extended to September 2026."),
                 dict(ref="SQ4",
                      action="Load stock condition data into the asset management system and produce a 30-year "
                             "HRA investment plan for Cabinet.",
                      lead_cell="Head of Asset Management; Finance Business Partner (HRA)",
                      lead=["Head of Asset Management", "Finance Business Partner (HRA)"],
                      target="Dec-26", revised="", rag="Not started", end="2026-12", status="unrated",
                      upd="Depends on SQ3."),
             ]),
            ("Damp and mould cases were not consistently inspected within target timescales.", [
                 dict(ref="SQ5",
                      action="Adopt a damp and mould policy and case management procedure in line with "
                             "Awaab’s Law requirements.",
                      lead_cell="Repairs Manager", lead=["Repairs Manager"],
                      target="31/10/2025", revised="", rag="Complete", end="2025-10", status="blue",
                      upd="Policy approved by Cabinet 16 October 2025."),
             ]),
        ]),
        ("Transparency, Influence and Accountability Standard", [
            ("Tenants did not have effective opportunities to scrutinise landlord services, and learning from "
             "complaints was not reported.", [
                 dict(ref="TIA1",
                      action="Set up a Tenant Scrutiny Panel, with training from TPAS, to review one service "
                             "area each quarter.",
                      lead_cell="Tenant Engagement Manager", lead=["Tenant Engagement Manager"],
                      target="Q3 2025/26", revised="", rag="Amber", end="2025-12", status="amber",
                      upd="Seven tenants recruited; training booked for November."),
                 dict(ref="TIA2",
                      action="Publish an annual complaints performance and service improvement report, "
                             "including learning from Housing Ombudsman cases.",
                      lead_cell="Customer Experience Manager", lead=["Customer Experience Manager"],
                      target="30/06/2025", revised="", rag="Complete", end="2025-06", status="blue",
                      upd="Published 27 June 2025."),
                 dict(ref="TIA3",
                      action="Publish the Tenant Satisfaction Measures, with a \"you said, we did\" summary, "
                             "on the council website and in the tenant newsletter.",
                      lead_cell="Tenant Engagement Manager", lead=["Tenant Engagement Manager"],
                      target="Ongoing", revised="", rag="Green", end=None, end_text="Ongoing",
                      status="green", upd="2024/25 TSMs published in August."),
             ]),
        ]),
        ("Neighbourhood and Community Standard", [
            ("The anti-social behaviour policy was out of date and case records did not show regular contact "
             "with victims.", [
                 dict(ref="NC1",
                      action="Review and publish the Anti-Social Behaviour Policy and procedure, consulting "
                             "tenants and Staffordshire Police.",
                      lead_cell="Community Safety and ASB Manager", lead=["Community Safety and ASB Manager"],
                      target="30/11/2025", revised="31/01/2026", rag="Amber", end="2026-01", status="amber",
                      upd="Consultation extended at the request of the Tenants' Forum."),
                 dict(ref="NC2",
                      action="Introduce a victim contact standard (fortnightly contact as a minimum) and audit "
                             "10 ASB cases a month.",
                      lead_cell="Community Safety and ASB Manager / Housing Services Team Leader",
                      lead=["Community Safety and ASB Manager", "Housing Services Team Leader"],
                      target="31/12/2025", revised="", rag="Green", end="2025-12", status="green",
                      upd="Standard in place; September audit found 8 of 10 cases compliant."),
             ]),
        ]),
        ("All standards – governance and assurance", [
            ("Councillors did not receive regular assurance on compliance with the consumer standards.", [
                 dict(ref="GV1",
                      action="Report a quarterly landlord compliance and consumer standards dashboard to "
                             "Cabinet and the Housing Scrutiny Committee.",
                      lead_cell="Assistant Director Neighbourhoods", lead=["Assistant Director Neighbourhoods"],
                      target="Quarterly", revised="", rag="Green", end=None, end_text="Quarterly",
                      status="green", upd="Q1 and Q2 dashboards reported."),
             ]),
        ]),
    ]
    ncol = 9
    lines = [
        [title] + [""] * (ncol - 1),
        ["Following the Regulator of Social Housing inspection and regulatory judgement (June 2025)"]
        + [""] * (ncol - 1),
        ["Position as at 31 October 2025 – reported to Cabinet 20 November 2025"] + [""] * (ncol - 1),
        [""] * ncol,
        ["Consumer Standard", "Ref", "Regulator's finding", "Action", "Lead officer", "Target date",
         "Revised target date", "RAG", "Progress update"],
    ]
    actions = []
    counts = {}
    for std, findings in groups:
        first_std = True
        for finding, items in findings:
            first_f = True
            for it in items:
                lines.append([std if first_std else "", it["ref"], finding if first_f else "", it["action"],
                              it["lead_cell"], it["target"], it["revised"], it["rag"], it["upd"]])
                first_std = first_f = False
                counts[it["rag"]] = counts.get(it["rag"], 0) + 1
                actions.append(dict(ref=it["ref"], under=[std, finding], action=it["action"],
                                    lead=it["lead"], end=it["end"], end_text=it.get("end_text"),
                                    status=it["status"]))
    lines.append([""] * ncol)
    lines.append(["Summary of RAG status"] + [""] * (ncol - 1))
    for k in ("Complete", "Green", "Amber", "Red", "Not started"):
        lines.append([k, str(counts.get(k, 0))] + [""] * (ncol - 2))
    lines.append(["Total actions", str(sum(counts.values()))] + [""] * (ncol - 2))
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerows(lines)
    write_expected(
        name,
        source="Imitates a stock-holding district council's housing improvement plan written after a Regulator "
               "of Social Housing consumer standards inspection (2024–25 regime, C1–C4 gradings; councils such "
               "as Castle Point and Redditch publish such plans to Cabinet), saved from Excel as CSV. Copied "
               "features: three title lines, a blank line, the consumer standard and the regulator's finding "
               "given only on the first row of each group (merged cells saved to CSV), target and revised "
               "target dates, RAG words including 'Complete' and 'Not started', a multi-line progress cell, "
               "quoted text inside an action, and a RAG summary block with totals at the end.",
        reads="Eleven actions grouped by consumer standard and by the regulator's finding they answer, the "
              "standard and finding carried down over the blank cells below them. The revised target date, "
              "where present, is the end; the closing summary block is not part of the plan.",
        outcome="read", title=title, actions=actions)


# ---------------------------------------------------------------------------
# 7. Teignbridge DC transformation programme highlight report (txt, tab-separated, read)
# ---------------------------------------------------------------------------
def teignbridge():
    name = "km2-teignbridge-dc-transformation-programme-highlight-report.txt"
    title = "Teignbridge District Council – Modernisation Programme Highlight Report"
    workstreams = [
        ("Workstream 1 – Digital and customer access", [
            dict(ref="1.1", action="Launch new customer portal with council tax and waste self-service",
                 lead_cell="Digital Services Manager", lead=["Digital Services Manager"],
                 base="Jun-25", fc="Jul-25", rag="C", end="2025-07", status="blue",
                 com="Went live 14 July; 3,200 accounts created."),
            dict(ref="1.2", action="Move planning and building control forms to the portal",
                 lead_cell="Digital Services Manager / Planning Support Team Leader",
                 lead=["Digital Services Manager", "Planning Support Team Leader"],
                 base="Sep-25", fc="Nov-25", rag="A", end="2025-11", status="amber",
                 com="Integration with the planning system needs a supplier patch."),
            dict(ref="1.3", action="Switch off legacy telephony and move contact centre to cloud platform",
                 lead_cell="Head of Customer Services", lead=["Head of Customer Services"],
                 base="Dec-25", fc="Dec-25", rag="G", end="2025-12", status="green",
                 com="User acceptance testing under way."),
        ]),
        ("Workstream 2 – Accommodation and agile working", [
            dict(ref="2.1", action="Vacate Forde House east wing and relocate Revenues and Benefits team",
                 lead_cell="Estates Manager", lead=["Estates Manager"],
                 base="Aug-25", fc="Oct-25", rag="A", end="2025-10", status="amber",
                 com="Move delayed by data cabling works; new date agreed with the team."),
            dict(ref="2.2", action="Agree heads of terms for letting of vacated space",
                 lead_cell="Estates Manager; Legal Services Manager",
                 lead=["Estates Manager", "Legal Services Manager"],
                 base="Mar-26", fc="Mar-26", rag="G", end="2026-03", status="green",
                 com="Two public sector tenants interested."),
            dict(ref="2.3", action="Roll out laptops and Teams Rooms to all office-based staff",
                 lead_cell="ICT Manager", lead=["ICT Manager"],
                 base="Jul-25", fc="Jul-25", rag="C", end="2025-07", status="blue",
                 com="Complete."),
        ]),
        ("Workstream 3 – Waste and recycling service redesign", [
            dict(ref="3.1", action="Approve new collection rounds from round-optimisation modelling",
                 lead_cell="Head of Waste and Street Scene", lead=["Head of Waste and Street Scene"],
                 base="Sep-25", fc="Jan-26", rag="R", end="2026-01", status="red",
                 com="Modelling delayed by vehicle telematics data issues; exception report to Programme Board."),
            dict(ref="3.2", action="Procure six replacement refuse collection vehicles",
                 lead_cell="Fleet Manager", lead=["Fleet Manager"],
                 base="Feb-26", fc="Apr-26", rag="A", end="2026-04", status="amber",
                 com="Lead times from the framework supplier have lengthened."),
            dict(ref="3.3", action="Consult residents on changes to food waste collection days",
                 lead_cell="Communications Manager", lead=["Communications Manager"],
                 base="Oct-25", fc="Oct-25", rag="G", end="2025-10", status="green",
                 com="Survey opens 13 October."),
        ]),
        ("Workstream 4 – Financial benefits", [
            dict(ref="4.1", action="Validate 2025/26 savings of £420k in the benefits register",
                 lead_cell="Chief Finance Officer (S151)", lead=["Chief Finance Officer (S151)"],
                 base="Q3 2025/26", fc="", rag="G", end="2025-12", status="green",
                 com="£310k validated to date."),
        ]),
    ]
    out = [
        title,
        "Reporting period: September 2025\tReport date: 08/10/2025",
        "Programme sponsor: Chief Executive\tProgramme manager: Transformation Programme Manager",
        "Overall status this period: AMBER\tLast period: AMBER",
        "RAG key: G = on track; A = issues, within tolerance; R = exceeds tolerance, escalated to Programme "
        "Board; C = complete",
        "",
        "Ref\tMilestone / action\tOwner\tBaseline date\tForecast date\tRAG\tCommentary",
    ]
    actions = []
    for ws_name, items in workstreams:
        out.append("")
        out.append(ws_name)
        for it in items:
            out.append("\t".join([it["ref"], it["action"], it["lead_cell"], it["base"], it["fc"], it["rag"],
                                  it["com"]]))
            actions.append(dict(ref=it["ref"], under=[ws_name], action=it["action"], lead=it["lead"],
                                end=it["end"], status=it["status"]))
    out += [
        "",
        "Top risks",
        "Risk\tScore\tMitigation",
        "Loss of key ICT staff during the telephony migration\t12 (Amber)\tInterim contractor budget agreed",
        "Vehicle delivery delays push back new rounds\t16 (Red)\tShort-term hire of two vehicles",
        "",
        "Decisions required from Programme Board: approve revised timetable for waste rounds (3.1).",
        "Next report: November 2025",
    ]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(out) + "\n")
    write_expected(
        name,
        source="Imitates a district council's transformation programme highlight report to its Programme "
               "Board, exported as tab-separated text (council highlight reports of the kind taken to "
               "scrutiny, e.g. Dorset's LGR programme highlight reports). Copied features: title, reporting "
               "period and report date, sponsor and manager, overall status this period and last, a one-line "
               "RAG key with C = complete, column header, workstream heading lines, baseline and forecast "
               "dates as Mon-YY, a top-risks block and a decisions/next-report footer.",
        reads="Ten milestones under four workstream headings, each with owner, baseline and forecast dates, "
              "RAG letter and commentary. The forecast date is the end where given (baseline otherwise); C "
              "means complete. The risks and footer lines are not actions.",
        outcome="read", title=title, actions=actions)


if __name__ == "__main__":
    waltham_forest()
    east_lindsey()
    oxfordshire_frs()
    west_lothian()
    flintshire_alp()
    tamworth()
    teignbridge()
    print("done")
