#!/usr/bin/env python3
"""Build the seven oj1- cases of set heldout430 (data files and their expected readings).

Run with /work/main/.venv/bin/python (openpyxl, python-docx, pyyaml).
Writes only files whose names start with "oj1-" in this script's folder.
"""
import csv
import re
import datetime as dt
import io
import os

import yaml
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("oj1-"), name
    return os.path.join(HERE, name)


def D(y, m, d):
    return dt.datetime(y, m, d)


def write_expected(name, doc):
    path = out(name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


# ---------------------------------------------------------------- common xlsx styling
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
FILL = {
    "R": PatternFill("solid", fgColor="FF0000"),
    "A": PatternFill("solid", fgColor="FFC000"),
    "G": PatternFill("solid", fgColor="00B050"),
    "B": PatternFill("solid", fgColor="0070C0"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "head": PatternFill("solid", fgColor="1F3864"),
    "band": PatternFill("solid", fgColor="DDEBF7"),
    "lred": PatternFill("solid", fgColor="F8CBAD"),
    "lamb": PatternFill("solid", fgColor="FFE699"),
}
STATUS = {"R": "red", "A": "amber", "G": "green", "B": "blue", "": "unrated"}


def header_row(ws, row, labels, fill="head"):
    for i, lab in enumerate(labels, start=1):
        c = ws.cell(row=row, column=i, value=lab)
        c.font = Font(bold=True, color="FFFFFF" if fill == "head" else "000000")
        c.fill = FILL[fill]
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX


# =========================================================================================
# 1. NHS Orkney corporate risk register (xlsx, read)
# =========================================================================================
def make_orkney():
    name = "oj1-nhs-orkney-corporate-risk-register-2025-26.xlsx"
    title = "NHS Orkney Corporate Risk Register 2025/26"
    risks = [
        {
            "title": "CRR 01 Sustainability of senior medical workforce",
            "desc": "There is a risk that NHS Orkney cannot recruit and retain sufficient senior medical "
                    "staff in key specialties (general medicine, anaesthetics, psychiatry), caused by "
                    "national shortages and island geography, resulting in reliance on locums, increased "
                    "cost and potential disruption to services at The Balfour.",
            "owner": "Medical Director",
            "score": 16, "level": "lred", "target": 9,
            "actions": [
                ("1.1", "Run a joint remote and rural consultant recruitment campaign with NHS Grampian, "
                        "including joint appointments in anaesthetics and general medicine.",
                 "Medical Director / Director of People and Culture", D(2026, 3, 31), None,
                 "Two joint posts advertised September 2025; interviews set for December.", "G"),
                ("1.2", "Reduce agency locum spend by moving to the national locum framework and building a "
                        "local bank of returning clinicians.",
                 "Director of Finance", D(2025, 9, 30), D(2026, 1, 31),
                 "National framework adopted in August. Local bank delayed by vacancy in medical staffing "
                 "team; revised date agreed by EMT.", "A"),
                ("1.3", "Agree a sustainable psychiatry model with NHS Grampian, with a visiting consultant "
                        "rota and tele-psychiatry clinics.",
                 "Chief Officer, Orkney Health and Care Partnership", "March 2026", None,
                 "Draft service level agreement with NHS Grampian under discussion.", "G"),
            ],
        },
        {
            "title": "CRR 02 Delivery of the 2025/26 financial plan",
            "desc": "There is a risk that the Board does not achieve financial balance in 2025/26, caused "
                    "by unmet savings targets, supplementary staffing costs and off-island patient travel, "
                    "resulting in the need for brokerage from Scottish Government.",
            "owner": "Director of Finance",
            "score": 20, "level": "lred", "target": 12,
            "actions": [
                ("2.1", "Deliver the £3.1m recurring savings programme, with monthly reporting to the Finance "
                        "and Performance Committee.",
                 "Director of Finance", D(2026, 3, 31), None,
                 "£1.9m identified, of which £1.2m recurring. Gap reported to FPC in October.", "A"),
                ("2.2", "Review the off-island patient travel and escort policy against national guidance.",
                 "Director of Acute Services", "December 2025", None,
                 "Review under way; paper to EMT in November.", "G"),
                ("2.3", "Complete the medium-term financial plan 2026/27 to 2028/29 for Board approval.",
                 "Director of Finance", D(2025, 9, 30), None,
                 "Approved by the Board on 25 September 2025.", "B"),
            ],
        },
        {
            "title": "CRR 03 Cyber security and resilience of digital systems",
            "desc": "There is a risk of a successful cyber attack on NHS Orkney systems, caused by evolving "
                    "threats and legacy infrastructure, resulting in loss of access to clinical systems and "
                    "patient information.",
            "owner": "Head of eHealth",
            "score": 15, "level": "lred", "target": 10,
            "actions": [
                ("3.1", "Deliver the Cyber Assessment Framework improvement plan agreed with the Scottish "
                        "Health Competent Authority.",
                 "Head of eHealth", "Ongoing", None,
                 "Compliance 84% at September audit (78% in 2024).", "G"),
                ("3.2", "Replace the remaining unsupported Windows servers at The Balfour and the Kirkwall "
                        "data centre.",
                 "Head of eHealth", D(2026, 2, 28), None,
                 "Supplier delays; 6 of 14 servers migrated.", "R"),
            ],
        },
        {
            "title": "CRR 04 Delayed discharge and patient flow",
            "desc": "There is a risk that delays in discharging patients to care at home or care homes "
                    "reduce bed availability at The Balfour, resulting in boarding, cancelled planned "
                    "activity and a poorer patient experience.",
            "owner": "Chief Officer, Orkney Health and Care Partnership",
            "score": 12, "level": "lamb", "target": 8,
            "actions": [
                ("4.1", "Expand the reablement team and introduce a discharge-to-assess pathway with Orkney "
                        "Islands Council.",
                 "Chief Officer, Orkney Health and Care Partnership", D(2025, 12, 31), None,
                 "Three reablement posts filled; pathway live on the surgical ward.", "G"),
                ("4.2", "Introduce daily multi-agency flow huddles and weekly long-stay reviews.",
                 "Director of Nursing, Midwifery and AHPs", D(2025, 8, 31), None,
                 "In place since August 2025.", "B"),
            ],
        },
    ]

    wb = Workbook()
    # --- sheet 1: document control
    ws = wb.active
    ws.title = "Document control"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    rows = [("Version", "3.2"), ("Date", "04/11/2025"), ("Owner", "Head of Corporate Governance"),
            ("Executive lead", "Chief Executive"),
            ("Reviewed by", "Audit and Risk Committee, 2 December 2025"), ("Next review", "February 2026")]
    for i, (k, v) in enumerate(rows, start=3):
        ws.cell(row=i, column=1, value=k).font = Font(bold=True)
        ws.cell(row=i, column=2, value=v)
        for c in (1, 2):
            ws.cell(row=i, column=c).border = BOX
    ws["A11"] = "Version history"
    ws["A11"].font = Font(bold=True)
    header_row(ws, 12, ["Version", "Date", "Change"], fill="grey")
    hist = [("3.0", "05/05/2025", "Annual refresh approved by the Board"),
            ("3.1", "29/07/2025", "CRR 04 added following Board development session"),
            ("3.2", "04/11/2025", "Quarter 2 update")]
    for i, r in enumerate(hist, start=13):
        for j, v in enumerate(r, start=1):
            ws.cell(row=i, column=j, value=v).border = BOX
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 44
    ws.column_dimensions["C"].width = 50

    # --- sheet 2: scoring key
    ks = wb.create_sheet("Scoring key")
    ks["A1"] = "Risk scoring (likelihood x impact)"
    ks["A1"].font = Font(bold=True)
    key = [("1 – 4", "Low", None), ("5 – 9", "Moderate", None), ("10 – 12", "High", "lamb"),
           ("15 – 25", "Very high", "lred")]
    for i, (s, lvl, f) in enumerate(key, start=2):
        ks.cell(row=i, column=1, value=s)
        c = ks.cell(row=i, column=2, value=lvl)
        if f:
            c.fill = FILL[f]
    ks["A8"] = "Action progress (RAG column)"
    ks["A8"].font = Font(bold=True)
    rag = [("B", "Complete"), ("G", "On track"), ("A", "Some slippage – recoverable"),
           ("R", "Off track / overdue")]
    for i, (code, meaning) in enumerate(rag, start=9):
        c = ks.cell(row=i, column=1, value=code)
        c.fill = FILL[code]
        ks.cell(row=i, column=2, value=meaning)
    ks.column_dimensions["B"].width = 30

    # --- sheet 3: the register
    rs = wb.create_sheet("Corporate Risk Register")
    rs["A1"] = title
    rs["A1"].font = Font(bold=True, size=14)
    rs.merge_cells("A1:L1")
    rs["A2"] = "Position as at 31 October 2025 – presented to the Audit and Risk Committee, 2 December 2025"
    rs.merge_cells("A2:L2")
    heads = ["Risk ID & title", "Risk description (cause / event / effect)", "Risk owner",
             "Current score (L x I)", "Target score", "Ref", "Further actions required",
             "Action owner", "Due date", "Revised date", "Progress update", "RAG"]
    header_row(rs, 4, heads)
    widths = [26, 48, 22, 10, 9, 6, 50, 28, 12, 12, 42, 6]
    for i, w in enumerate(widths, start=1):
        rs.column_dimensions[get_column_letter(i)].width = w
    row = 5
    expected = []
    for rk in risks:
        first = row
        for (ref, text, owner, due, revised, prog, ragc) in rk["actions"]:
            vals = [ref, text, owner, due, revised, prog, ragc]
            for j, v in enumerate(vals, start=6):
                c = rs.cell(row=row, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            rs.cell(row=row, column=12).fill = FILL[ragc]
            rs.cell(row=row, column=12).alignment = Alignment(horizontal="center", vertical="top")
            end_cell = revised if revised is not None else due
            if isinstance(end_cell, dt.datetime):
                end, et = end_cell.strftime("%Y-%m"), None
            elif end_cell == "Ongoing":
                end, et = None, "Ongoing"
            else:
                end, et = {"March 2026": "2026-03", "December 2025": "2025-12"}[end_cell], None
            expected.append(act(ref, [rk["title"]], text, [p.strip() for p in owner.split(" / ")],
                                end, STATUS[ragc], et))
            row += 1
        last = row - 1
        for j, v in enumerate([rk["title"], rk["desc"], rk["owner"], rk["score"], rk["target"]], start=1):
            c = rs.cell(row=first, column=j, value=v)
            c.alignment = WRAP
            c.border = BOX
            if j == 1:
                c.font = Font(bold=True)
            if last > first:
                rs.merge_cells(start_row=first, start_column=j, end_row=last, end_column=j)
        rs.cell(row=first, column=4).fill = FILL[rk["level"]]
    row += 1
    rs.cell(row=row, column=1, value="Risks scoring 15 or above are reported to every Board meeting. "
                                      "Actions marked B are removed at the next quarterly update.")
    rs.cell(row=row, column=1).font = Font(italic=True)
    rs.freeze_panes = "A5"
    wb.save(out(name))

    write_expected(name, {
        "source": "Imitates an NHS Scotland island board's corporate risk register as taken to its Audit and "
                  "Risk Committee (NHS Orkney, 2025/26, modelled on the CRR papers published with Orkney NHS "
                  "Board and Western Isles NHS Board agendas). Copies a document-control sheet with version "
                  "history, a scoring key sheet with the action RAG key, and a register sheet where each risk's "
                  "ID/title, description, owner and scores are merged down over its further-action rows, "
                  "current score filled by risk level, due and revised dates, progress comments and a "
                  "lettered RAG column with fill.",
        "reads": "A corporate risk register with four risks (CRR 01 to CRR 04), each carrying two or three "
                 "numbered further actions with an action owner, due date (sometimes revised), progress note "
                 "and B/G/A/R letter. The actions are read under their risk; the risk's score colour is not the "
                 "action's status.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# =========================================================================================
# 2. Scottish Fire and Rescue Service internal audit tracker (xlsx, read)
# =========================================================================================
def make_sfrs():
    name = "oj1-scottish-fire-and-rescue-service-internal-audit-recommendations-tracker.xlsx"
    title = "Scottish Fire and Rescue Service – Internal Audit Recommendations Tracker"
    audits = [
        ("Payroll and Expenses 2024/25 – Reasonable Assurance (final report March 2025)", [
            ("R1", "High",
             "Management should ensure that overtime claims are authorised by a manager independent of the "
             "claimant before processing, and that evidence of authorisation is retained.",
             [("Introduce an iTrent workflow requiring line manager approval of all overtime claims, with a "
               "monthly exception report of self-approved claims.",
               "Head of Finance and Procurement", D(2025, 6, 30), D(2025, 12, 31),
               "Workflow built and in user testing; go-live moved to the December pay run.", "A")]),
            ("R2", "Medium",
             "The expenses policy should be reviewed and reissued to budget holders, setting out the evidence "
             "required for subsistence claims.",
             [("Update the Expenses Policy and Procedure and issue it to all budget holders with a managers' "
               "briefing.",
               "Head of People", D(2025, 9, 30), None,
               "Policy approved by SLT on 12 August 2025 and published on iHub.", "B")]),
        ]),
        ("Fleet Management 2024/25 – Limited Assurance (final report May 2025)", [
            ("R1", "High",
             "The Service should ensure that all statutory vehicle inspections and pump tests are recorded on "
             "the fleet management system, and that overdue inspections are escalated.",
             [("Complete a data cleanse of the fleet management system so that every appliance's inspection "
               "record is current.",
               "Head of Asset Management", D(2025, 8, 31), D(2025, 11, 30),
               "Cleanse complete for North and West Service Delivery Areas; East to finish in November.", "A"),
              ("Report overdue inspections monthly to the Asset Management Board.",
               "Fleet Manager", D(2025, 10, 31), None,
               "First report presented in October 2025.", "B")]),
            ("R2", "Medium",
             "Vehicle replacement decisions should be supported by a documented whole-life cost appraisal.",
             [("Develop a whole-life costing template and apply it to the 2026/27 vehicle replacement "
               "programme.",
               "Head of Asset Management / Head of Finance and Procurement", D(2026, 3, 31), None,
               "Template drafted; to be tested on the 2026/27 programme.", "G")]),
        ]),
        ("Health and Safety – Management of Contaminants 2025/26 – Reasonable Assurance (final report August 2025)", [
            ("R1", "High",
             "The Service should complete the roll-out of contaminant controls at all stations within the "
             "agreed programme.",
             [("Complete clean and dirty zoning at the remaining 38 stations in the contaminants programme.",
               "Head of Safety and Assurance", D(2026, 3, 31), None,
               "24 of 38 stations complete.", "G")]),
            ("R2", "Low",
             "Contaminants awareness training should be recorded centrally so that completion can be "
             "monitored.",
             [("Record contaminants awareness training on the learning management system for all operational "
               "staff.",
               "Head of Training", D(2025, 10, 31), None,
               "Not started – awaiting course build on the learning management system.", "R")]),
        ]),
        ("Procurement – Contract Management 2024/25 – Limited Assurance (final report June 2025)", [
            ("R1", "High",
             "A complete contract register should be maintained, with a named contract manager for every "
             "contract.",
             [("Publish a complete contract register and assign a named contract manager to every contract "
               "over £50,000.",
               "Head of Finance and Procurement", D(2025, 9, 30), D(2026, 3, 31),
               "Register 85% complete; contract manager nominations outstanding for ICT contracts.", "A")]),
        ]),
    ]

    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Audit and Risk Assurance Committee – 25 November 2025"
    sm["A3"] = "Position at 14 November 2025"
    header_row(sm, 5, ["Audit", "Total", "Complete", "On track", "At risk", "Overdue"])
    tot = [0, 0, 0, 0, 0]
    r = 6
    for band, recs in audits:
        counts = [0, 0, 0, 0, 0]
        for rec in recs:
            for a in rec[3]:
                counts[0] += 1
                counts[{"B": 1, "G": 2, "A": 3, "R": 4}[a[5]]] += 1
        sm.cell(row=r, column=1, value=band.split(" – ")[0] if not band.startswith("Health") else
                "Health and Safety – Management of Contaminants 2025/26")
        for j, v in enumerate(counts, start=2):
            sm.cell(row=r, column=j, value=v)
            tot[j - 2] += v
        for j in range(1, 7):
            sm.cell(row=r, column=j).border = BOX
        r += 1
    sm.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for j, v in enumerate(tot, start=2):
        c = sm.cell(row=r, column=j, value=v)
        c.font = Font(bold=True)
    for j in range(1, 7):
        sm.cell(row=r, column=j).border = BOX
    r += 2
    sm.cell(row=r, column=1, value="RAG key (Tracker sheet, column I)").font = Font(bold=True)
    for code, meaning in [("B", "Complete – evidence provided to Internal Audit"),
                          ("G", "On track to meet due date"),
                          ("A", "At risk / revised date agreed"),
                          ("R", "Overdue")]:
        r += 1
        sm.cell(row=r, column=1).fill = FILL[code]
        sm.cell(row=r, column=2, value=meaning)
    sm.column_dimensions["A"].width = 60
    sm.column_dimensions["B"].width = 14

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "Internal audit recommendations – open and completed since last Committee"
    ws["A1"].font = Font(bold=True, size=12)
    heads = ["Rec No.", "Priority", "Recommendation", "Agreed Management Action", "Responsible Officer",
             "Original Due Date", "Revised Due Date", "Progress Update (November 2025)", "RAG"]
    header_row(ws, 3, heads)
    for i, w in enumerate([8, 9, 48, 48, 26, 12, 12, 44, 6], start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    row = 4
    expected = []
    for band, recs in audits:
        c = ws.cell(row=row, column=1, value=band)
        c.font = Font(bold=True)
        c.fill = FILL["band"]
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)
        row += 1
        for ref, prio, rec, actions in recs:
            first = row
            for (text, officer, due, revised, prog, ragc) in actions:
                for j, v in enumerate([text, officer, due, revised, prog], start=4):
                    cc = ws.cell(row=row, column=j, value=v)
                    cc.alignment = WRAP
                    cc.border = BOX
                    if isinstance(v, dt.datetime):
                        cc.number_format = "dd/mm/yyyy"
                ws.cell(row=row, column=9).fill = FILL[ragc]
                ws.cell(row=row, column=9).border = BOX
                endd = revised or due
                expected.append(act(ref, [band, rec], text, [p.strip() for p in officer.split(" / ")],
                                    endd.strftime("%Y-%m"), STATUS[ragc]))
                row += 1
            last = row - 1
            for j, v in enumerate([ref, prio, rec], start=1):
                cc = ws.cell(row=first, column=j, value=v)
                cc.alignment = WRAP
                cc.border = BOX
                if last > first:
                    ws.merge_cells(start_row=first, start_column=j, end_row=last, end_column=j)
    row += 1
    ws.cell(row=row, column=1, value="Note: actions shown as complete (blue) are removed from the tracker once "
                                     "Internal Audit has verified the evidence.").font = Font(italic=True)
    ws.freeze_panes = "A4"
    wb.save(out(name))

    write_expected(name, {
        "source": "Imitates a Scottish fire service's internal audit recommendations progress report to its Audit "
                  "and Risk Assurance Committee (Scottish Fire and Rescue Service, ARAC papers 2025, as "
                  "published on firescotland.gov.uk). Copies a summary sheet with counts by audit, a totals row "
                  "and a fill-colour RAG key, and a tracker sheet with one merged band row per audit report "
                  "(title, assurance level, report date), recommendation text beside the agreed management "
                  "action, recommendation cells merged over two actions, job titles as responsible officers, "
                  "original and revised due dates, and a RAG column that is fill colour only.",
        "reads": "A tracker of eight agreed management actions from four internal audit reports. Each action is "
                 "read under its audit report band and the recommendation it answers; where a revised due date "
                 "is given it is the end, and the unlabelled RAG cell's colour is the status per the key on the "
                 "Summary sheet.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# =========================================================================================
# 3. Cartrefi Cymru CIW improvement plan (xlsx, refuse: mistyped month)
# =========================================================================================
def make_cartrefi():
    name = "oj1-cartrefi-cymru-ciw-domiciliary-support-improvement-plan-typo-month-refuse.xlsx"
    title = "Cartrefi Cymru Co-operative – Improvement Plan: Ceredigion Domiciliary Support Service"
    afis = [
        ("Staff do not consistently receive supervision every three months and an annual appraisal.",
         "Regulation 36(2)(c)", [
             ("1.1", "Set up a supervision planner for all support workers, checked monthly by the Registered "
                     "Manager.", "Registered Manager", "October 2024",
              "Planner in place from 1 October 2024.", "G"),
             ("1.2", "Train two senior support workers to carry out supervisions.",
              "Registered Manager / Learning and Development Partner", "November 2024",
              "Training booked for 12 November.", "G"),
             ("1.3", "Complete all outstanding annual appraisals.", "Team Leaders", "Decmber 2024",
              "14 of 31 appraisals completed.", "A"),
         ]),
        ("Personal plans are not always reviewed with the individual at least every three months.",
         "Regulation 16(1)", [
             ("2.1", "Audit all personal plans and book overdue reviews with people and their families.",
              "Team Leaders", "31/10/2024", "All plans audited; 9 overdue reviews held.", "B"),
             ("2.2", "Add personal plan review dates to the care planning system dashboard.",
              "Business Support Officer", "January 2025", "Dashboard specification agreed.", "G"),
         ]),
        ("The six-monthly quality of care review was not completed within the required timescale.",
         "Regulation 80", [
             ("3.1", "Complete the quality of care review, including feedback from people, families and staff, "
                     "and share it with the Board.", "Responsible Individual", "March 2025",
              "Survey issued to people and families.", "G"),
             ("3.2", "Schedule future quality of care reviews in the Responsible Individual's annual calendar.",
              "Responsible Individual", "Ongoing", "", "G"),
         ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Following Care Inspectorate Wales inspection, 3 and 4 September 2024"
    ws["A3"] = "Responsible Individual: Head of Operations (West)     Registered Manager: Service Manager, Ceredigion"
    ws["A4"] = "Last updated: 15 November 2024"
    heads = ["Ref", "Area for improvement (CIW)", "Regulation", "What we will do", "Lead", "Target date",
             "Progress / evidence", "RAG"]
    header_row(ws, 6, heads)
    for i, w in enumerate([6, 44, 16, 48, 30, 14, 36, 6], start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    row = 7
    typo_row = None
    n = 0
    for afi, reg, actions in afis:
        first = row
        for ref, text, lead, date, prog, ragc in actions:
            for j, v in enumerate([ref], start=1):
                ws.cell(row=row, column=j, value=v).border = BOX
            for j, v in enumerate([text, lead, date, prog, ragc], start=4):
                c = ws.cell(row=row, column=j, value=v if v != "" else None)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(row=row, column=8).fill = FILL[ragc]
            if date == "Decmber 2024":
                typo_row = row
            n += 1
            row += 1
        last = row - 1
        for j, v in ((2, afi), (3, reg)):
            c = ws.cell(row=first, column=j, value=v)
            c.alignment = WRAP
            c.border = BOX
            ws.merge_cells(start_row=first, start_column=j, end_row=last, end_column=j)
    row += 1
    ws.cell(row=row, column=1, value="RAG: B = complete, G = on track, A = some delay, R = not on track")
    ws.cell(row=row, column=1).font = Font(italic=True)
    wb.save(out(name))
    assert typo_row == 9

    write_expected(name, {
        "source": "Imitates a Welsh not-for-profit provider's improvement plan after a Care Inspectorate Wales "
                  "inspection of a domiciliary support service (Cartrefi Cymru Co-operative, 2024; modelled on "
                  "CIW inspection reports' 'areas for improvement' with the regulation not met, and providers' "
                  "published responses). Copies a title block, each area for improvement and its regulation "
                  "merged down over its numbered actions, job titles as leads, month-and-year target dates, "
                  "progress notes and a lettered RAG column with fill.",
        "reads": "An improvement plan with three CIW areas for improvement and seven actions. The target date of "
                 "action 1.3 on sheet row 9 reads 'Decmber 2024', a mistyped month, so a careful reader stops "
                 "and asks before taking the plan in.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": title,
    })
    return name, n


# =========================================================================================
# docx helpers
# =========================================================================================
def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    """Put text in a cell; inner newlines become separate paragraphs."""
    lines = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(lines[0])
    r.bold = bold
    for ln in lines[1:]:
        p = cell.add_paragraph()
        r = p.add_run(ln)
        r.bold = bold


# =========================================================================================
# 4. Marie Curie Hospice Belfast RQIA QIP (docx, read)
# =========================================================================================
def make_marie_curie():
    name = "oj1-marie-curie-hospice-belfast-rqia-inspection-qip.docx"
    title = "Marie Curie Hospice, Belfast – Quality Improvement Plan"
    sec1 = "Areas for improvement under The Independent Health Care Regulations (Northern Ireland) 2005"
    sec2 = ("Areas for improvement under the Minimum Care Standards for Independent Healthcare "
            "Establishments (July 2014)")
    plan = [
        (sec1, [
            ("Area for improvement 1\nRef: Regulation 15 (7)\nStated: First time\nTo be completed by: "
             "19 June 2025",
             "The registered person shall ensure that controlled drugs are reconciled at each shift handover "
             "and that any discrepancy is escalated and recorded in line with the hospice's controlled drugs "
             "policy.", [
                 ("1.1", "Revise the controlled drugs policy to include reconciliation at handover and the "
                         "escalation of discrepancies.", "Lead Pharmacist", "30 April 2025", "Complete"),
                 ("1.2", "Carry out weekly controlled drugs audits on the In-Patient Unit for 12 weeks and "
                         "report the results to the Medicines Management Group.",
                  "Ward Sister / Lead Pharmacist", "30 June 2025", "Green"),
             ]),
            ("Area for improvement 2\nRef: Regulation 19 (2) Schedule 2\nStated: First time\nTo be completed "
             "by: 19 June 2025",
             "The registered person shall ensure that all pre-employment checks, including two written "
             "references and an enhanced AccessNI disclosure, are obtained and verified before a new member of "
             "staff starts work.", [
                 ("2.1", "Introduce a pre-employment checklist that the People Services Manager signs off before "
                         "a start date is confirmed.", "People Services Manager", "31 May 2025", "Complete"),
                 ("2.2", "Audit the personnel files of all staff recruited since April 2024 and put right any "
                         "gaps found.", "People Services Manager", "31 July 2025", "Amber"),
             ]),
        ]),
        (sec2, [
            ("Area for improvement 3\nRef: Standard 5.3\nStated: First time\nTo be completed by: "
             "19 September 2025",
             "The registered person shall ensure that patient care records reflect the patient's current pain "
             "assessment and are reviewed following any change in symptoms.", [
                 ("3.1", "Add the Abbey Pain Scale and symptom review prompts to the electronic patient record.",
                  "Head of Nursing", "August 2025", "Green"),
                 ("3.2", "Deliver record-keeping training to all registered nurses and healthcare assistants on "
                         "the In-Patient Unit.", "Clinical Nurse Educator", "September 2025", "Amber"),
             ]),
            ("Area for improvement 4\nRef: Standard 20.2\nStated: First time\nTo be completed by: "
             "19 May 2025",
             "The registered person shall ensure that environmental cleaning schedules are completed, signed "
             "and audited.", [
                 ("4.1", "Introduce daily signed cleaning schedules in every patient area, checked by the nurse "
                         "in charge.", "Housekeeping Supervisor", "30 April 2025", "Complete"),
                 ("4.2", "Include environmental cleanliness in the monthly infection prevention and control "
                         "audit and report results to the IPC Group.", "IPC Link Nurse", "Ongoing – monthly",
                  "Green"),
             ]),
        ]),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading(title, level=0)
    doc.add_paragraph("Progress report following the RQIA unannounced inspection of 18 and 19 March 2025 "
                      "(independent hospital – hospice)")
    doc.add_paragraph("This Quality Improvement Plan (QIP) sets out the areas for improvement identified by RQIA "
                      "and the actions the hospice is taking to address them. Progress is reported to the "
                      "Clinical Governance Committee each quarter.")
    doc.add_heading("Document control", level=2)
    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in [("Version", "1.3"), ("Prepared by", "Head of Quality and Governance"),
                 ("Approved by", "Clinical Governance Committee, 24 June 2025"),
                 ("Next review", "September 2025")]:
        cells = dc.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)

    doc.add_heading("Quality Improvement Plan", level=1)
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, lab in zip(t.rows[0].cells, ["Ref", "Action", "Lead", "Target date", "RAG"]):
        set_cell(c, lab, bold=True)
        shade(c, "4B2C6F")
        for p in c.paragraphs:
            for r in p.runs:
                r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    rag_fill = {"Complete": "9BC2E6", "Green": "A9D08E", "Amber": "FFD966", "Red": "FF7C80"}
    rag_status = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    expected = []
    for sec, areas in plan:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[4])
        set_cell(m, sec, bold=True)
        shade(m, "D9D2E9")
        for label, text, actions in areas:
            row = t.add_row()
            set_cell(row.cells[0], label, bold=False)
            m = row.cells[1].merge(row.cells[4])
            set_cell(m, text)
            shade(row.cells[0], "F2F2F2")
            for ref, atext, lead, when, rag in actions:
                cells = t.add_row().cells
                set_cell(cells[0], ref)
                set_cell(cells[1], atext)
                set_cell(cells[2], lead)
                set_cell(cells[3], when)
                set_cell(cells[4], rag)
                shade(cells[4], rag_fill[rag])
                months = {"30 April 2025": "2025-04", "30 June 2025": "2025-06", "31 May 2025": "2025-05",
                          "31 July 2025": "2025-07", "August 2025": "2025-08", "September 2025": "2025-09"}
                if when.startswith("Ongoing"):
                    end, et = None, when
                else:
                    end, et = months[when], None
                expected.append(act(ref, [sec, text], atext, [x.strip() for x in lead.split(" / ")], end,
                                    rag_status[rag], et))
    doc.add_paragraph("")
    doc.add_paragraph("RAG key: Complete – action completed and evidence held; Green – on track; Amber – some "
                      "slippage, recovery agreed; Red – not on track.")
    doc.add_heading("Sign-off", level=2)
    so = doc.add_table(rows=3, cols=3)
    so.style = "Table Grid"
    for c, lab in zip(so.rows[0].cells, ["", "Name", "Date"]):
        set_cell(c, lab, bold=True)
    set_cell(so.rows[1].cells[0], "Registered Manager")
    set_cell(so.rows[1].cells[2], "24/06/2025")
    set_cell(so.rows[2].cells[0], "Responsible Individual")
    set_cell(so.rows[2].cells[2], "24/06/2025")
    doc.save(out(name))

    write_expected(name, {
        "source": "Imitates the quality improvement plan a Northern Ireland hospice keeps after an RQIA "
                  "inspection (Marie Curie Hospice, Belfast, 2025; modelled on the QIP section of RQIA "
                  "independent hospital/hospice inspection reports on rqia.org.uk, with each area for "
                  "improvement's 'Ref / Stated / To be completed by' box, grouped under the Regulations and the "
                  "Minimum Care Standards). Copies a title and intro, a document-control table, one plan table "
                  "with merged full-width section rows and merged area-for-improvement rows above numbered "
                  "actions, shaded RAG words, a RAG key line and a sign-off table.",
        "reads": "Eight numbered actions answering four RQIA areas for improvement, two under the Regulations "
                 "and two under the Minimum Care Standards. Each action is read under its section and the area "
                 "for improvement text; its own target date (not RQIA's 'to be completed by' date) is the end, "
                 "and 'Complete' is read as blue per the key.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# =========================================================================================
# 5. Ysgol Gynradd Gymraeg Brynsierfel Estyn PIAP (docx, read)
# =========================================================================================
def make_brynsierfel():
    name = "oj1-ysgol-gynradd-gymraeg-brynsierfel-estyn-post-inspection-action-plan.docx"
    title = "Ysgol Gynradd Gymraeg Brynsierfel – Post-inspection Action Plan"
    recs = [
        ("R1 Improve the consistency of pupils’ extended writing across the curriculum", [
            ("1.1", "Introduce a whole-school writing progression framework for Years 1 to 6, in Welsh and "
                    "English.",
             "Framework used in every class; book scrutiny shows progress in the length and quality of writing.",
             "DHT", "Autumn term 2024", "Complete"),
            ("1.2", "Plan at least one extended writing task each half term in science and humanities.",
             "Pupils write at length in a range of forms in each Area of Learning and Experience.",
             "AoLE leaders", "Spring term 2025", "Green"),
            ("1.3", "Hold half-termly book scrutiny with leaders and the governors’ Standards Committee, "
                    "with feedback to staff.",
             "Scrutiny records show agreed next steps followed up.",
             "HT / DHT", "Termly", "Green"),
        ]),
        ("R2 Ensure that teachers’ feedback helps pupils to improve their work", [
            ("2.1", "Agree and implement a whole-school feedback policy, including time for pupils to respond "
                    "to feedback.",
             "Policy in place; pupils can explain how feedback helps them improve.",
             "DHT", "Autumn term 2024", "Complete"),
            ("2.2", "Provide professional learning on questioning and verbal feedback for teachers and "
                    "teaching assistants.",
             "All staff trained; learning walks show effective questioning in most lessons.",
             "HT", "January 2025", "Complete"),
            ("2.3", "Monitor the impact of feedback through learning walks and pupil voice sessions.",
             "Monitoring evidence shows consistent practice in all classes.",
             "SLT", "Summer term 2025", "Amber"),
        ]),
        ("R3 Strengthen the role of the governing body in evaluating the school’s work", [
            ("3.1", "Link each governor to a school improvement priority, with a termly visit and a written "
                    "report to the full governing body.",
             "Governors’ reports show first-hand knowledge of the school’s strengths and areas for improvement.",
             "Chair of Governors", "Spring term 2025", "Amber"),
            ("3.2", "Arrange training for governors on understanding school performance information.",
             "Governors ask challenging questions about standards, recorded in minutes.",
             "HT / Governor Support Officer", "November 2024", "Complete"),
        ]),
    ]
    ends = {"Autumn term 2024": "2024-12", "Spring term 2025": "2025-04", "Summer term 2025": "2025-07",
            "January 2025": "2025-01", "November 2024": "2024-11"}
    st_map = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    fills = {"Complete": "5B9BD5", "Green": "70AD47", "Amber": "FFC000", "Red": "FF0000"}

    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(title, level=0)
    doc.add_paragraph("Estyn core inspection: 4–6 March 2024. Plan agreed by the governing body on 9 May 2024 "
                      "and reviewed each term. Progress shown at 31 March 2025.")
    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [("School", "Ysgol Gynradd Gymraeg Brynsierfel, Llanelli"),
                 ("Local authority", "Carmarthenshire County Council"),
                 ("Estyn inspection", "4–6 March 2024"),
                 ("Date of next review", "Summer term 2025")]:
        cells = info.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)
    doc.add_paragraph("")
    doc.add_paragraph("Abbreviations: HT – Headteacher; DHT – Deputy Headteacher; SLT – Senior Leadership Team; "
                      "AoLE – Area of Learning and Experience.")
    expected = []
    for heading, actions in recs:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, lab in zip(t.rows[0].cells, ["No.", "Actions", "Success criteria", "Lead", "Timescale",
                                            "Progress (RAG)"]):
            set_cell(c, lab, bold=True)
            shade(c, "C6E0B4")
        for ref, text, sc, lead, when, rag in actions:
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, text, sc, lead, when, rag]):
                set_cell(c, v)
            shade(cells[5], fills[rag])
            if when == "Termly":
                end, et = None, "Termly"
            else:
                end, et = ends[when], None
            expected.append(act(ref, [heading], text, [x.strip() for x in lead.split(" / ")], end,
                                st_map[rag], et))
        doc.add_paragraph("")
    doc.add_heading("Summary of progress at 31 March 2025", level=2)
    sm = doc.add_table(rows=2, cols=5)
    sm.style = "Table Grid"
    for c, v in zip(sm.rows[0].cells, ["Complete", "Green", "Amber", "Red", "Total"]):
        set_cell(c, v, bold=True)
    for c, v in zip(sm.rows[1].cells, ["4", "2", "2", "0", "8"]):
        set_cell(c, v)
    doc.add_paragraph("")
    doc.add_paragraph("Signed: ______________________ Headteacher        ______________________ Chair of "
                      "Governors")
    doc.save(out(name))

    write_expected(name, {
        "source": "Imitates a Welsh-medium primary school's post-inspection action plan (PIAP) after an Estyn "
                  "core inspection (Ysgol Gynradd Gymraeg Brynsierfel, Llanelli, 2024–25; modelled on Estyn's "
                  "PIAP guidance and school PIAPs published on school and Carmarthenshire governor pages). "
                  "Copies a title, an inspection/approval line, a school details table, an abbreviations line, "
                  "one heading per Estyn recommendation (R1–R3) with its own table of numbered actions, success "
                  "criteria, initials and job titles as leads, school-term timescales and a shaded RAG column, "
                  "then a progress summary table and a signature line.",
        "reads": "Eight actions under three Estyn recommendations, each in its own table. Terms are read to "
                 "their last month (autumn to December, spring to the April Easter holiday in 2025, summer to "
                 "July), 'Termly' has no end month, and 'Complete' is blue; the summary table and the details "
                 "table are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# =========================================================================================
# 6. Scottish Police Authority board rolling action log (csv, read)
# =========================================================================================
def make_spa():
    name = "oj1-scottish-police-authority-board-rolling-action-log.csv"
    title = "Scottish Police Authority – Board Rolling Action Log"
    meetings = [
        ("Board meeting – 27 February 2025", [
            ("20250227-BRD-002", "4. Chief Constable’s Report",
             "Provide members with a briefing on the national roll-out of body worn video, including the "
             "timeline for each local policing division.",
             "Deputy Chief Constable", "May 2025", "", "Complete",
             "Briefing held for members on 14 May 2025. Proposed for closure."),
            ("20250227-BRD-005", "9. Financial Monitoring",
             "Include a breakdown of overtime costs by division in the next quarterly financial performance "
             "report.",
             "Chief Financial Officer", "22/05/2025", "", "Complete",
             "Included in the Q4 report to the May Board. Proposed for closure."),
        ]),
        ("Board meeting – 22 May 2025", [
            ("20250522-BRD-001", "3. SPA Chair’s Report",
             "Circulate the draft Board development programme for 2025/26 to members for comment.",
             "Board Secretary", "30/06/2025", "", "Complete", "Circulated 20 June 2025."),
            ("20250522-BRD-003", "6. Policing Performance Q4 2024/25",
             "Provide further analysis of the rise in recorded shoplifting, with comparison against other UK "
             "forces, to the Policing Performance Committee.\nInclude commentary on repeat offending.",
             "ACC Local Policing / Head of Analysis and Performance", "August 2025", "November 2025", "Amber",
             "Analysis being refreshed with Q1 2025/26 data; revised date agreed with the Committee Chair."),
            ("20250522-BRD-004", "7. Forensic Services Director’s Report",
             "Report on progress with accreditation of the new digital forensics laboratory.",
             "Forensic Services Director", "September 2025", "", "Green",
             "On the agenda for the 25 September 2025 Board."),
        ]),
        ("Board meeting – 26 June 2025", [
            ("20250626-BRD-002", "5. SPA Chief Executive’s Report",
             "Publish the SPA response to the HMICS thematic inspection of organisational culture.",
             "SPA Chief Executive", "31/07/2025", "", "Red",
             "Awaiting final sign-off; now expected October 2025."),
            ("20250626-BRD-004", "10. Estates Plan",
             "Bring a revised estates disposal schedule to the Board, showing the community engagement "
             "undertaken for each site.",
             "Chief Financial Officer; Director of Estates", "September 2025", "December 2025", "Amber",
             "Engagement with local authorities continuing in three divisions."),
            ("20250626-BRD-006", "12. Any Other Business",
             "Write to the Cabinet Secretary for Justice and Home Affairs on the 2026/27 capital budget "
             "position.",
             "SPA Chair", "TBC", "", "Green",
             "Letter drafted; timing to follow the Scottish Budget timetable."),
        ]),
    ]
    months = {"May 2025": "2025-05", "22/05/2025": "2025-05", "30/06/2025": "2025-06",
              "November 2025": "2025-11", "September 2025": "2025-09", "31/07/2025": "2025-07",
              "December 2025": "2025-12"}
    st_map = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    ncol = 8
    w.writerow([title] + [""] * (ncol - 1))
    w.writerow(["Status as at 10 September 2025"] + [""] * (ncol - 1))
    w.writerow([""] * ncol)
    w.writerow(["Action Ref", "Agenda Item", "Action", "Owner", "Due Date", "Revised Due Date", "Status",
                "Update"])
    expected = []
    for meeting, rows in meetings:
        w.writerow([meeting] + [""] * (ncol - 1))
        for ref, item, text, owner, due, rev, status, upd in rows:
            w.writerow([ref, item, text, owner, due, rev, status, upd])
            endc = rev or due
            if endc == "TBC":
                end, et = None, "TBC"
            else:
                end, et = months[endc], None
            leads = [x.strip() for x in re.split(r" / |; ", owner)]
            expected.append(act(ref, [meeting], text, leads, end, st_map[status], et))
    w.writerow([""] * ncol)
    w.writerow(["Key: Complete – action complete, proposed for closure; Green – on track; Amber – revised date "
                "agreed; Red – overdue"] + [""] * (ncol - 1))
    w.writerow(["Closed actions are removed from the log once the Board has agreed closure."] + [""] * (ncol - 1))
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())

    write_expected(name, {
        "source": "Imitates the rolling action log taken at item 2.2 of each Scottish Police Authority Board "
                  "meeting (SPA Board papers 2025, spa.police.uk), exported to CSV. Copies the SPA action "
                  "reference style (meeting date-BRD-number), agenda item column, a title and 'status as at' "
                  "line, a section row per Board meeting, job titles as owners (two owners joined by ' / ' or "
                  "'; '), a due and a revised due date column, a status word, update notes, a multi-line action "
                  "cell and a key line at the foot.",
        "reads": "A Board action log of eight actions from three meetings, each read under its meeting row. "
                 "The revised due date where given is the end, 'TBC' has no end month, and 'Complete' is read as "
                 "blue; the title, status-date line, key and note lines are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# =========================================================================================
# 7. Sgoil Lionacleit Education Scotland improvement action plan (txt, read)
# =========================================================================================
def make_lionacleit():
    name = "oj1-sgoil-lionacleit-education-scotland-inspection-improvement-action-plan.txt"
    title = "Sgoil Lionacleit: Education Scotland Inspection – Improvement Action Plan"
    afis = [
        ("1. Senior leaders and staff should continue to raise attainment in the senior phase, particularly for "
         "young people who face barriers to their learning.", [
             ("1.1", ["Introduce termly tracking meetings for S4–S6 with pupil support staff, focused on young "
                      "people at risk of not achieving their predicted grades."],
              "DHT (Senior Phase)", "October 2025", "B", "First meetings held 29 September–3 October."),
             ("1.2", ["Extend the senior phase offer with additional Foundation Apprenticeship and UHI Outer "
                      "Hebrides courses, including courses delivered online to Barra and Uist."],
              "Headteacher / DYW Coordinator", "August 2026", "G", "Two new courses agreed for 2026/27."),
             ("1.3", ["Provide targeted study support after school and during the Easter holidays for S4–S6."],
              "PT Pupil Support", "April 2026", "G", ""),
         ]),
        ("2. Teachers should ensure that learning in the broad general education is consistently well matched "
         "to the needs of all young people, with appropriate pace and challenge.", [
             ("2.1", ["Deliver a programme of professional learning on differentiation and assessment for "
                      "learning, led by the Learning and Teaching Group."],
              "DHT (Learning and Teaching)", "December 2025", "G", "Sessions 1 and 2 delivered at in-service."),
             ("2.2", ["Carry out termly learning visits in every faculty with an agreed focus on pace and "
                      "challenge;", "summarise findings for the Senior Leadership Team and the Parent Council."],
              "SLT", "Termly", "G", "Term 1 visits complete."),
             ("2.3", ["Review BGE course plans in Gàidhlig-medium subjects so that learning builds on young "
                      "people’s prior learning in primary."],
              "PT Gàidhlig", "March 2026", "A", "Delayed by staff absence; restarting in November."),
         ]),
        ("3. Senior leaders should develop further the use of data to track and monitor young people’s "
         "progress in the broad general education.", [
             ("3.1", ["Implement BGE tracking in SEEMiS Progress and Achievement for S1–S3 across all "
                      "curriculum areas."],
              "DHT (BGE)", "31/01/2026", "A", "Five faculties set up; remainder after February in-service."),
             ("3.2", ["Train principal teachers to use tracking data to plan interventions, and report progress "
                      "at quarterly review meetings with the Education Officer."],
              "Headteacher", "June 2026", "", ""),
         ]),
    ]
    ends = {"October 2025": "2025-10", "August 2026": "2026-08", "April 2026": "2026-04",
            "December 2025": "2025-12", "March 2026": "2026-03", "31/01/2026": "2026-01", "June 2026": "2026-06"}
    st_map = {"B": "blue", "G": "green", "A": "amber", "R": "red", "": "unrated"}
    lines = [
        title,
        "Comhairle nan Eilean Siar – Education, Skills and Children’s Services",
        "Inspection: February 2025 (report published 22 April 2025)",
        "Updated: 3 October 2025",
        "",
        "Areas for improvement agreed with the Headteacher and the local authority",
        "",
        "Ref\tAction\tLead\tTimescale\tRAG\tProgress comment",
    ]
    expected = []
    for heading, acts in afis:
        lines.append("")
        lines.append(heading)
        for ref, parts, lead, when, rag, comment in acts:
            lines.append("\t".join([ref, parts[0], lead, when, rag, comment]))
            for cont in parts[1:]:
                lines.append("\t" + cont + "\t\t\t\t")
            if when == "Termly":
                end, et = None, "Termly"
            else:
                end, et = ends[when], None
            expected.append(act(ref, [heading], "\n".join(parts), [x.strip() for x in lead.split(" / ")],
                                end, st_map[rag], et))
    lines += [
        "",
        "RAG key: B = complete; G = on track; A = some delay; R = significant concern; blank = not yet started",
        "Next review: Parent Council, 18 November 2025",
    ]
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    write_expected(name, {
        "source": "Imitates a Scottish secondary school's improvement action plan responding to the areas for "
                  "improvement in an Education Scotland inspection letter (Sgoil Lionacleit, Benbecula, "
                  "Comhairle nan Eilean Siar, 2025; modelled on Education Scotland's published letters to "
                  "parents and school improvement plans), saved from Word as tab-separated plain text. Copies "
                  "a title block, one numbered area-for-improvement line above its actions, a single header "
                  "line, initials and posts as leads (two joined by ' / '), a continuation line carrying the "
                  "rest of one action, lettered RAG with a blank for not started, and key and next-review lines "
                  "at the foot.",
        "reads": "Eight numbered actions under three areas for improvement. Action 2.2 runs on to a second line "
                 "whose only text is in the Action column; 'Termly' has no end month; the blank RAG on 3.2 is "
                 "unrated.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


if __name__ == "__main__":
    made = [make_orkney(), make_sfrs(), make_cartrefi(), make_marie_curie(), make_brynsierfel(), make_spa(),
            make_lionacleit()]
    for n, k in made:
        print(f"{n}: {k} actions")
