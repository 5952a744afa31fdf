#!/usr/bin/env python3
"""Build the seven tm- blind test files (set heldout505) and their expected readings.

Run with /work/main/.venv/bin/python tm_make.py  (needs openpyxl, python-docx, pyyaml).
Only files starting with tm- are written.
"""
import csv
import datetime as dt
import io
import os

import yaml
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "00B0F0",
}


def D(y, m, d):
    return dt.datetime(y, m, d)


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
            e = {"ref": a["ref"], "under": a["under"], "action": a["action"],
                 "lead": a["lead"], "end": a["end"]}
            if a.get("end_text") is not None:
                e["end_text"] = a["end_text"]
            e["status"] = a["status"]
            out.append(e)
        doc["actions"] = out
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100000)


thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def style_row(ws, r, c1, c2, bold=False, fill=None):
    for c in range(c1, c2 + 1):
        cell = ws.cell(row=r, column=c)
        cell.border = BORDER
        cell.alignment = WRAP
        if bold:
            cell.font = BOLD
        if fill:
            cell.fill = PatternFill("solid", fgColor=fill)


# ---------------------------------------------------------------------------
# 1. Lincolnshire County Council - ILACS post-inspection action plan (xlsx)
# ---------------------------------------------------------------------------
def lincolnshire():
    name = "tm-lincolnshire-county-council-ilacs-improvement-plan.xlsx"
    title = ("Lincolnshire County Council – ILACS Post-Inspection Action Plan "
             "(Inspection April 2023)")
    rec1 = ("The consistency and purposefulness of contact with care leavers who are in "
            "custody.")
    rec2 = ("The accuracy of case records, so that they reflect all attempts made by "
            "workers to contact care leavers.")
    rec3 = ("The sufficiency of suitable supported accommodation for 16- and 17-year-old "
            "children in care and care leavers.")
    acts = [
        dict(ref="1.1", rec=rec1,
             action="Review the Leaving Care practice standards to set a minimum frequency "
                    "of contact (visits, calls and letters) for care leavers in custody, and "
                    "publish them to all Personal Advisers.",
             lead_text="Head of Service – Leaving Care", lead=["Head of Service – Leaving Care"],
             target=D(2023, 10, 31), revised=None, end="2023-10", status="blue",
             progress="Revised practice standards launched at the Leaving Care service day "
                      "on 19/10/2023."),
        dict(ref="1.2", rec=rec1,
             action="Agree an information-sharing protocol with HMPPS and the Youth Justice "
                    "Service so that Personal Advisers are told within 2 working days when a "
                    "care leaver is remanded or sentenced.",
             lead_text="Head of Service – Leaving Care / Head of Youth Justice",
             lead=["Head of Service – Leaving Care", "Head of Youth Justice"],
             target=D(2023, 12, 31), revised=D(2024, 3, 31), end="2024-03", status="amber",
             progress="Draft protocol with HMPPS regional safeguarding lead. Sign-off "
                      "delayed by prison service restructure; revised date agreed at QA Board."),
        dict(ref="1.3", rec=rec1,
             action="Team Managers to dip sample the case records of every care leaver in "
                    "custody each month and report findings to the Leaving Care Performance "
                    "Clinic.",
             lead_text="Team Manager, Leaving Care (North)",
             lead=["Team Manager, Leaving Care (North)"],
             target="Monthly", revised=None, end=None, end_text="Monthly", status="green",
             progress="Dip sampling in place since September 2023; 11 records sampled to date."),
        dict(ref="2.1", rec=rec2,
             action="Add an 'attempted contact' case note type to Mosaic so that unsuccessful "
                    "visits and calls are recorded and counted.",
             lead_text="Mosaic Business Systems Lead", lead=["Mosaic Business Systems Lead"],
             target=D(2023, 11, 30), revised=None, end="2023-11", status="blue",
             progress="Case note type live from 06/11/2023. Reporting added to Leaving Care "
                      "dashboard."),
        dict(ref="2.2", rec=rec2,
             action="Deliver recording workshops for all Personal Advisers and Team Managers, "
                    "with a focus on writing to the young person.",
             lead_text="Principal Social Worker", lead=["Principal Social Worker"],
             target=D(2024, 1, 31), revised=None, end="2024-01", status="green",
             progress="4 of 5 workshops delivered; final session booked 25/01/2024."),
        dict(ref="2.3", rec=rec2,
             action="Include contact recording in the quarterly Leaving Care audit cycle and "
                    "report findings to the Quality Assurance Board.",
             lead_text="Head of Quality Assurance", lead=["Head of Quality Assurance"],
             target="Q4 2023/24", revised=None, end="2024-03", status="unrated",
             progress="Not yet started – first audit in the cycle is scheduled for March 2024."),
        dict(ref="3.1", rec=rec3,
             action="Complete a sufficiency review of supported accommodation for 16- and "
                    "17-year-olds following the introduction of Ofsted registration for "
                    "providers.",
             lead_text="Head of Commissioning (Children)", lead=["Head of Commissioning (Children)"],
             target=D(2024, 3, 31), revised=D(2024, 6, 30), end="2024-06", status="amber",
             progress="Market engagement complete. Review extended to include provider "
                      "registration outcomes from April 2024."),
        dict(ref="3.2", rec=rec3,
             action="Report progress against this plan to the Children and Young People "
                    "Scrutiny Committee.",
             lead_text="Executive Director – Children's Services",
             lead=["Executive Director – Children's Services"],
             target="Six-monthly", revised=None, end=None, end_text="Six-monthly",
             status="green",
             progress="First report to Committee on 15/09/2023; next due March 2024."),
    ]

    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Children's Services – Quality and Standards"
    cov["A4"] = "Document control"
    cov["A4"].font = BOLD
    dc = [("Version", "Date", "Author", "Approved by"),
          ("1.0", D(2023, 7, 12), "Head of Quality Assurance", "Children's Services Leadership Team"),
          ("1.1", D(2023, 10, 2), "Head of Quality Assurance", "Quality Assurance Board"),
          ("1.2", D(2024, 2, 5), "Head of Quality Assurance", "Quality Assurance Board")]
    for i, row in enumerate(dc):
        for j, v in enumerate(row):
            c = cov.cell(row=5 + i, column=1 + j, value=v)
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        style_row(cov, 5 + i, 1, 4, bold=(i == 0))
    cov["A11"] = "RAG key"
    cov["A11"].font = BOLD
    key = [("blue", "Blue – action complete and impact evidenced"),
           ("green", "Green – on track to be delivered by the target date"),
           ("amber", "Amber – at risk of slippage; mitigation in place"),
           ("red", "Red – off track or overdue"),
           (None, "No colour – not yet started")]
    for i, (col, txt) in enumerate(key):
        r = 12 + i
        c = cov.cell(row=r, column=1)
        if col:
            c.fill = PatternFill("solid", fgColor=FILL[col])
        c.border = BORDER
        cov.cell(row=r, column=2, value=txt)
    cov.column_dimensions["A"].width = 14
    cov.column_dimensions["B"].width = 55
    cov.column_dimensions["C"].width = 30
    cov.column_dimensions["D"].width = 36

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Inspection dates: 24 April to 5 May 2023 | Report published: 16 June 2023 | "
                "Overall effectiveness: Outstanding")
    ws.merge_cells("A2:H2")
    ws["A3"] = "Progress position as at 31 January 2024"
    ws.merge_cells("A3:H3")
    hdr = ["Ref", "What needs to improve (Ofsted recommendation)", "Action", "Lead officer",
           "Target date", "Revised target date", "Progress update", "RAG"]
    for j, h in enumerate(hdr):
        ws.cell(row=5, column=1 + j, value=h)
    style_row(ws, 5, 1, 8, bold=True, fill="D9E1F2")
    r = 6
    groups = {}
    for a in acts:
        groups.setdefault(a["rec"], []).append(r)
        ws.cell(row=r, column=1, value=a["ref"])
        ws.cell(row=r, column=3, value=a["action"])
        ws.cell(row=r, column=4, value=a["lead_text"])
        c = ws.cell(row=r, column=5, value=a["target"])
        if isinstance(a["target"], dt.datetime):
            c.number_format = "dd/mm/yyyy"
        if a["revised"] is not None:
            c = ws.cell(row=r, column=6, value=a["revised"])
            c.number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=7, value=a["progress"])
        style_row(ws, r, 1, 8)
        if a["status"] != "unrated":
            ws.cell(row=r, column=8).fill = PatternFill("solid", fgColor=FILL[a["status"]])
        r += 1
    for rec, rows in groups.items():
        ws.cell(row=rows[0], column=2, value=rec)
        if len(rows) > 1:
            ws.merge_cells(start_row=rows[0], start_column=2, end_row=rows[-1], end_column=2)
    ws.cell(row=r + 1, column=1,
            value="Note: RAG ratings are agreed at the Quality Assurance Board. "
                  "See the Cover sheet for the RAG key.")
    for col, w in zip("ABCDEFGH", (6, 38, 55, 30, 13, 13, 48, 7)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "RAG summary – position as at 31 January 2024"
    sm["A1"].font = BOLD
    counts = [("Blue (complete)", 2), ("Green", 3), ("Amber", 2), ("Red", 0),
              ("Not started", 1), ("Total actions", 8)]
    sm.cell(row=3, column=1, value="Status")
    sm.cell(row=3, column=2, value="Number of actions")
    style_row(sm, 3, 1, 2, bold=True)
    for i, (k, v) in enumerate(counts):
        sm.cell(row=4 + i, column=1, value=k)
        sm.cell(row=4 + i, column=2, value=v)
        style_row(sm, 4 + i, 1, 2, bold=(k == "Total actions"))
    sm.column_dimensions["A"].width = 22
    sm.column_dimensions["B"].width = 20
    wb.save(os.path.join(HERE, name))

    exp = []
    for a in acts:
        exp.append(dict(ref=a["ref"], under=[a["rec"]], action=a["action"], lead=a["lead"],
                        end=a["end"], end_text=a.get("end_text"), status=a["status"]))
    write_expected(
        name,
        source=("Imitates a county council's post-ILACS action plan workbook of the kind "
                "Lincolnshire County Council reported to its Children and Young People "
                "Scrutiny Committee after the April/May 2023 inspection (judged outstanding, "
                "care leavers good; inspectors' concerns were contact with care leavers in "
                "custody and records of contact attempts). Copied features: Cover sheet with "
                "document-control table and fill-colour RAG key, action sheet with title "
                "block, the 'what needs to improve' recommendation merged down column B over "
                "its actions, original and revised target dates, fill-only RAG cells, a "
                "notes line, and a separate RAG summary sheet."),
        reads=("A three-sheet workbook: the Action Plan sheet lists eight numbered actions "
               "(1.1-3.2) under three Ofsted recommendations, each merged down beside its "
               "actions, with a lead post, target and revised dates and a RAG colour with no "
               "text. Cover and Summary sheets hold document control, the key and counts, "
               "not actions."),
        outcome="read", title=title, actions=exp)


# ---------------------------------------------------------------------------
# 2. Horsham District Council - internal audit follow-up tracker (xlsx, refuse)
# ---------------------------------------------------------------------------
def horsham():
    name = "tm-horsham-dc-internal-audit-recommendations-tracker-typo-month-refuse.xlsx"
    title = "Horsham District Council – Internal Audit: Follow-up of Agreed Management Actions"
    rows = [
        ("Procurement and Contract Management 2024/25", "Partial", "1", "High",
         "Publish a refreshed Contract Procedure Rules guide on the intranet and require all "
         "budget managers to complete the procurement e-learning module.",
         "Procurement Manager", D(2025, 6, 30), D(2025, 9, 30), "Implemented",
         "Guide published 12/09/2025; e-learning completion 87%."),
        ("", "", "2", "High",
         "Maintain a single contracts register with contract owners, values and expiry dates, "
         "reviewed quarterly by the Senior Leadership Team.",
         "Procurement Manager / Head of Finance and Performance", D(2025, 6, 30),
         D(2025, 12, 31), "In progress", "Register migrated to new system; Q3 SLT review booked."),
        ("", "", "3", "Medium",
         "Record waivers of Contract Procedure Rules in a waiver log with the reason and "
         "approval by the Director of Resources.",
         "Procurement Manager", D(2025, 3, 31), None, "Implemented", "Waiver log in use since April 2025."),
        ("Car Parking Income 2024/25", "Partial", "1", "High",
         "Reconcile pay-and-display and cashless income to the ledger monthly and investigate "
         "variances over £500.",
         "Parking Services Manager", D(2025, 7, 31), D(2025, 10, 31), "In progress",
         "Monthly reconciliations started August 2025; two variances under investigation."),
        ("", "", "2", "Medium",
         "Renew the cash collection contract and add key-holder controls for machine "
         "cash boxes.",
         "Parking Services Manager", D(2025, 9, 30), "Febuary 2026", "In progress",
         "Contract extension agreed; key-holder procedure drafted."),
        ("Housing Benefit Subsidy 2024/25", "Reasonable", "1", "Medium",
         "Introduce a 4% quality check of overpayment classifications before the subsidy "
         "claim is prepared.",
         "Revenues and Benefits Manager", D(2025, 4, 30), None, "Implemented",
         "Checks in place; results reported to the Director of Resources."),
        ("", "", "2", "Low",
         "Update the subsidy working-paper checklist to reflect the DWP 2024/25 guidance.",
         "Benefits Team Leader", D(2025, 5, 31), None, "Implemented", "Checklist updated May 2025."),
        ("Cyber Security 2025/26", "Partial", "1", "High",
         "Complete multi-factor authentication roll-out to all remote-access accounts, "
         "including councillors.",
         "Head of Technology Services", D(2025, 10, 31), D(2025, 12, 31), "In progress",
         "92% of accounts enrolled; councillor accounts being completed."),
        ("", "", "2", "Medium",
         "Test the ICT disaster recovery plan and report the outcome to the Audit Committee.",
         "Head of Technology Services", D(2026, 1, 31), None, "Not started",
         "Test scheduled for January 2026."),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Outstanding actions"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A3"] = "Audit Committee, 10 December 2025 – position as at 31 October 2025"
    hdr = ["Audit", "Assurance opinion", "Rec no.", "Priority", "Agreed management action",
           "Responsible officer", "Original target date", "Revised target date", "Status",
           "Latest update"]
    for j, h in enumerate(hdr):
        ws.cell(row=5, column=1 + j, value=h)
    style_row(ws, 5, 1, 10, bold=True, fill="DDEBF7")
    r = 6
    refuse_row = None
    for row in rows:
        for j, v in enumerate(row):
            if v is None or v == "":
                continue
            c = ws.cell(row=r, column=1 + j, value=v)
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        if row[7] == "Febuary 2026":
            refuse_row = r
        style_row(ws, r, 1, 10)
        r += 1
    ws.cell(row=r + 1, column=1,
            value="Priority: High – fundamental control weakness; Medium – important control "
                  "weakness; Low – good practice.")
    for col, w in zip("ABCDEFGHIJ", (30, 12, 7, 9, 55, 30, 13, 13, 12, 45)):
        ws.column_dimensions[col].width = w
    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of agreed actions by priority"
    sm["A1"].font = BOLD
    tab = [("Priority", "Implemented", "In progress", "Not started", "Total"),
           ("High", 1, 3, 0, 4), ("Medium", 2, 1, 1, 4), ("Low", 1, 0, 0, 1),
           ("Total", 4, 4, 1, 9)]
    for i, t in enumerate(tab):
        for j, v in enumerate(t):
            sm.cell(row=3 + i, column=1 + j, value=v)
        style_row(sm, 3 + i, 1, 5, bold=(i in (0, 4)))
    wb.save(os.path.join(HERE, name))
    assert refuse_row is not None
    write_expected(
        name,
        source=("Imitates a district council's quarterly internal audit follow-up report to "
                "the Audit Committee (Horsham District Council's 'Internal Audit – Quarterly "
                "Update' with its appendix of agreed management actions). Copied features: "
                "council/title/position-date block, audit title and assurance opinion given "
                "only on the first row of each audit, recommendation numbers restarting per "
                "audit, priority, original and revised target dates, status words, a priority "
                "key line, and a summary sheet of counts."),
        reads=("A tracker of nine agreed management actions from four audits, each with a "
               "responsible officer, original and revised target dates and a status. The "
               "revised target date for Car Parking Income action 2 reads 'Febuary 2026', a "
               "mistyped month in the date column, so a careful reader stops there and asks "
               "what date was meant."),
        outcome="refuse", title=title, refuse_at=refuse_row)


# ---------------------------------------------------------------------------
# 3. Barnet Council - Our Plan for Barnet delivery plan Q2 (xlsx)
# ---------------------------------------------------------------------------
def barnet():
    name = "tm-barnet-council-our-plan-for-barnet-delivery-plan-2025-26.xlsx"
    title = "Our Plan for Barnet 2023–2026 – Delivery Plan 2025/26 (Quarter 2)"
    themes = [
        ("Caring for People", [
            ("Children and young people are safe, healthy and able to achieve their potential", [
                dict(ref="PE1.1",
                     action="Open the third Family Hub in Burnt Oak, with health visiting and "
                            "parenting support on site.",
                     lead_text="Executive Director, Children and Family Services",
                     lead=["Executive Director, Children and Family Services"],
                     due=D(2025, 9, 30), end="2025-09", q1="Green", q2="Complete",
                     status="blue",
                     upd="Burnt Oak Family Hub opened on 22 September 2025."),
                dict(ref="PE1.2",
                     action="Increase in-borough specialist school places for children with "
                            "EHCPs by 60 through the SEND sufficiency programme.",
                     lead_text="Director of Education and Skills",
                     lead=["Director of Education and Skills"],
                     due="September 2025 – March 2026", end="2026-03",
                     end_text="September 2025 – March 2026", q1="Amber", q2="Amber",
                     status="amber",
                     upd="36 places open; building works at the second resource base are "
                         "running six weeks late."),
            ]),
            ("Residents live independent and fulfilled lives, with care and support when they "
             "need it", [
                dict(ref="PE2.1",
                     action="Deliver the Prevention and Wellbeing strategy action plan for "
                            "2025/26, including falls prevention classes in all libraries.",
                     lead_text="Director of Adult Social Care / Director of Public Health",
                     lead=["Director of Adult Social Care", "Director of Public Health"],
                     due="Q4 2025/26", end="2026-03", q1="Green", q2="Green", status="green",
                     upd="Falls classes running in 9 of 14 libraries."),
                dict(ref="PE2.2",
                     action="Reduce the number of people waiting for a Care Act assessment "
                            "to under 150.",
                     lead_text="Director of Adult Social Care",
                     lead=["Director of Adult Social Care"],
                     due=D(2025, 12, 31), end="2025-12", q1="Red", q2="Amber", status="amber",
                     upd="Waiting list down from 312 to 204; additional assessors in post "
                         "from October."),
            ]),
        ]),
        ("Caring for our Places", [
            ("Safe, clean and well-maintained streets and town centres", [
                dict(ref="PL1.1",
                     action="Complete the 2025/26 footway and carriageway resurfacing "
                            "programme.",
                     lead_text="Assistant Director, Highways and Transportation",
                     lead=["Assistant Director, Highways and Transportation"],
                     due="Mar-26", end="2026-03", q1="Green", q2="Green", status="green",
                     upd="58% of schemes complete."),
                dict(ref="PL1.2",
                     action="Launch the town centre ambassador scheme in Edgware and North "
                            "Finchley.",
                     lead_text="Head of Community Safety", lead=["Head of Community Safety"],
                     due="Q3 2025/26", end="2025-12", q1="Amber", q2="Red", status="red",
                     upd="Provider procurement failed; retender under way."),
            ]),
            ("More good-quality affordable homes", [
                dict(ref="PL2.1",
                     action="Start on site at 3 council-led housing schemes delivering 210 "
                            "affordable homes.",
                     lead_text="Strategic Lead – Housing Delivery",
                     lead=["Strategic Lead – Housing Delivery"],
                     due="Q1 2026/27", end="2026-06", q1="Green", q2="Green", status="green",
                     upd="Two schemes on site; third awaiting planning decision."),
            ]),
        ]),
        ("Caring for the Planet", [
            ("A net zero council by 2030 and a net zero borough by 2042", [
                dict(ref="PN1.1",
                     action="Replace street lighting lanterns with LED units on the remaining "
                            "residential roads.",
                     lead_text="Assistant Director, Highways and Transportation",
                     lead=["Assistant Director, Highways and Transportation"],
                     due=D(2026, 3, 31), end="2026-03", q1="Green", q2="Green", status="green",
                     upd="4,120 of 5,000 lanterns replaced."),
                dict(ref="PN1.2",
                     action="Publish the annual Sustainability Progress Report.",
                     lead_text="Head of Sustainability", lead=["Head of Sustainability"],
                     due="July 2025", end="2025-07", q1="Green", q2="Complete", status="blue",
                     upd="Published July 2025 and reported to Cabinet."),
                dict(ref="PN1.3",
                     action="Work with schools and community groups to plant 2,000 trees each "
                            "planting season.",
                     lead_text="Greenspaces Manager", lead=["Greenspaces Manager"],
                     due="Ongoing", end=None, end_text="Ongoing", q1="Green", q2="Green",
                     status="green",
                     upd="Autumn planting programme agreed with 14 schools."),
            ]),
        ]),
    ]

    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=13)
    sm["A2"] = "Summary of Q2 RAG status by theme"
    hdr = ("Theme", "Complete", "Green", "Amber", "Red", "Total")
    for j, h in enumerate(hdr):
        sm.cell(row=4, column=1 + j, value=h)
    style_row(sm, 4, 1, 6, bold=True, fill="E2EFDA")
    totals = [0, 0, 0, 0, 0]
    rr = 5
    for theme, pris in themes:
        cnt = {"Complete": 0, "Green": 0, "Amber": 0, "Red": 0}
        for _, al in pris:
            for a in al:
                cnt[a["q2"]] += 1
        vals = [cnt["Complete"], cnt["Green"], cnt["Amber"], cnt["Red"], sum(cnt.values())]
        sm.cell(row=rr, column=1, value=theme)
        for j, v in enumerate(vals):
            sm.cell(row=rr, column=2 + j, value=v)
            totals[j] += v
        style_row(sm, rr, 1, 6)
        rr += 1
    sm.cell(row=rr, column=1, value="Total")
    for j, v in enumerate(totals):
        sm.cell(row=rr, column=2 + j, value=v)
    style_row(sm, rr, 1, 6, bold=True)
    sm.cell(row=rr + 2, column=1,
            value="RAG: Complete – delivered; Green – on track; Amber – some risk to delivery; "
                  "Red – will not be delivered by the due date without intervention.")
    sm.column_dimensions["A"].width = 26

    ragfill = {"Green": "C6EFCE", "Amber": "FFEB9C", "Red": "FFC7CE", "Complete": "BDD7EE"}
    exp = []
    for theme, pris in themes:
        ws = wb.create_sheet(theme)
        ws["A1"] = title
        ws["A1"].font = Font(bold=True, size=12)
        ws["A2"] = theme
        ws["A2"].font = Font(bold=True, size=12, color="FFFFFF")
        ws["A2"].fill = PatternFill("solid", fgColor="1F4E78")
        ws.merge_cells("A2:H2")
        hdr = ["Ref", "Priority", "Action", "Lead officer", "Due", "Q1 RAG", "Q2 RAG",
               "Q2 update"]
        for j, h in enumerate(hdr):
            ws.cell(row=4, column=1 + j, value=h)
        style_row(ws, 4, 1, 8, bold=True, fill="D9D9D9")
        r = 5
        for pri, al in pris:
            first = r
            for a in al:
                ws.cell(row=r, column=1, value=a["ref"])
                ws.cell(row=r, column=3, value=a["action"])
                ws.cell(row=r, column=4, value=a["lead_text"])
                c = ws.cell(row=r, column=5, value=a["due"])
                if isinstance(a["due"], dt.datetime):
                    c.number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=6, value=a["q1"])
                ws.cell(row=r, column=7, value=a["q2"])
                ws.cell(row=r, column=8, value=a["upd"])
                style_row(ws, r, 1, 8)
                ws.cell(row=r, column=6).fill = PatternFill("solid", fgColor=ragfill[a["q1"]])
                ws.cell(row=r, column=7).fill = PatternFill("solid", fgColor=ragfill[a["q2"]])
                exp.append(dict(ref=a["ref"], under=[theme, pri], action=a["action"],
                                lead=a["lead"], end=a["end"], end_text=a.get("end_text"),
                                status=a["status"]))
                r += 1
            ws.cell(row=first, column=2, value=pri)
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        for col, w in zip("ABCDEFGH", (8, 34, 52, 32, 16, 9, 10, 45)):
            ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, name))
    write_expected(
        name,
        source=("Imitates a London borough's corporate plan delivery-plan monitoring workbook, "
                "modelled on Barnet Council's 'Our Plan for Barnet 2023-2026' (themes Caring "
                "for People, our Places and the Planet) quarterly performance reporting to "
                "Cabinet and Overview and Scrutiny. Copied features: a summary sheet of RAG "
                "counts by theme with a RAG key line, one sheet per theme with a coloured "
                "theme banner, priority outcome merged down over its actions, theme-coded "
                "refs, job titles as leads (one cell with two posts), mixed due formats "
                "(dates, Mar-26, quarters of the financial year, a period, Ongoing), and "
                "previous-quarter and current-quarter RAG words."),
        reads=("A four-sheet workbook: after a summary sheet, each theme sheet lists the "
               "actions under priority outcomes, with a lead officer, due date, Q1 and Q2 RAG "
               "and an update. Ten actions in all; the status is the Q2 (current) RAG, with "
               "Complete read as blue."),
        outcome="read", title=title, actions=exp)


# ---------------------------------------------------------------------------
# 4. Kent Health and Wellbeing Board - action log (csv)
# ---------------------------------------------------------------------------
def kent():
    name = "tm-kent-health-and-wellbeing-board-action-log.csv"
    title = "Kent Health and Wellbeing Board – Action Log"
    meetings = [
        ("Meeting held on 11 February 2025", [
            dict(ref="HWB 25-01", minute="51",
                 action="Circulate the Director of Public Health's briefing on the 2025-26 "
                        "Public Health Grant allocation to all Board members.",
                 owner="Director of Public Health", lead=["Director of Public Health"],
                 due="Mar-25", end="2025-03", rag="B", status="blue",
                 update="Circulated by email 04/03/2025."),
            dict(ref="HWB 25-02", minute="53",
                 action="Bring the refreshed Joint Strategic Needs Assessment (JSNA) work "
                        "programme to the Board,\nincluding the new chapter on children and "
                        "young people's mental health.",
                 owner="Consultant in Public Health / Head of Analytics",
                 lead=["Consultant in Public Health", "Head of Analytics"],
                 due="25/06/2025", end="2025-06", rag="B", status="blue",
                 update="Presented at June meeting (minute 62)."),
            dict(ref="HWB 25-03", minute="55",
                 action="Write to the Secretary of State for Health and Social Care about the "
                        "per-head Public Health Grant allocation for Kent.",
                 owner="Chairman", lead=["Chairman"],
                 due="By 31 March 2025", end="2025-03", rag="B", status="blue",
                 update="Letter sent 20/03/2025; reply received 12/05/2025."),
        ]),
        ("Meeting held on 25 June 2025", [
            dict(ref="HWB 25-04", minute="62",
                 action="Set up a task and finish group on the Better Care Fund 2025-26 "
                        "plan and report back with a proposed timetable.",
                 owner="Chief Strategy and Partnerships Officer, Kent and Medway ICB",
                 lead=["Chief Strategy and Partnerships Officer, Kent and Medway ICB"],
                 due="Next meeting", end=None, end_text="Next meeting", rag="G",
                 status="green", update="Group has met twice; timetable on October agenda."),
            dict(ref="HWB 25-05", minute="64",
                 action="Provide district-level data on smoking in pregnancy to the district "
                        "council representatives.",
                 owner="R. Kaur / M. Davies", lead=["R. Kaur", "M. Davies"],
                 due="Sept 2025", end="2025-09", rag="A", status="amber",
                 update="Data sharing agreement with maternity providers awaiting signature."),
        ]),
        ("Meeting held on 1 October 2025", [
            dict(ref="HWB 25-06", minute="71",
                 action="Agree the Board's forward plan for 2026 with the Vice-Chairman and "
                        "circulate it to members.",
                 owner="Democratic Services Officer", lead=["Democratic Services Officer"],
                 due="November 2025", end="2025-11", rag="G", status="green",
                 update="Draft forward plan shared with Vice-Chairman 09/10/2025."),
            dict(ref="HWB 25-07", minute="73",
                 action="Report on progress with the Kent Suicide Prevention Strategy action "
                        "plan, including the real-time surveillance system.",
                 owner="Director of Public Health", lead=["Director of Public Health"],
                 due="Feb-26", end="2026-02", rag="G", status="green", update=""),
            dict(ref="HWB 25-08", minute="74",
                 action="Keep the Board informed of winter pressures across health and social "
                        "care at each meeting.",
                 owner="Corporate Director Adult Social Care and Health",
                 lead=["Corporate Director Adult Social Care and Health"],
                 due="Ongoing", end=None, end_text="Ongoing", rag="G", status="green",
                 update="Standing item from December 2025."),
        ]),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([title, "", "", "", "", "", ""])
    w.writerow(["Last updated: 14 October 2025", "", "", "", "", "", ""])
    w.writerow([""] * 7)
    w.writerow(["Ref", "Minute", "Action", "Owner", "Due date", "RAG", "Update"])
    exp = []
    for mtg, al in meetings:
        w.writerow([mtg, "", "", "", "", "", ""])
        for a in al:
            w.writerow([a["ref"], a["minute"], a["action"], a["owner"], a["due"], a["rag"],
                        a["update"]])
            exp.append(dict(ref=a["ref"], under=[mtg], action=a["action"], lead=a["lead"],
                            end=a["end"], end_text=a.get("end_text"), status=a["status"]))
    w.writerow([""] * 7)
    w.writerow(["RAG key: B = complete; G = on track; A = some delay; R = overdue",
                "", "", "", "", "", ""])
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())
    write_expected(
        name,
        source=("Imitates the action log attached to a county Health and Wellbeing Board "
                "agenda (Kent Health and Wellbeing Board, meetings at Sessions House in "
                "2025: Public Health Grant allocation update, JSNA, Better Care Fund), saved "
                "from Excel as CSV. Copied features: title and last-updated lines, meeting "
                "section rows, refs by year, minute numbers, owners as posts or initials "
                "(one cell with two people), due dates in mixed forms (Mar-25, dd/mm/yyyy, "
                "'By 31 March 2025', 'Sept 2025', 'Next meeting', 'Ongoing'), RAG letters "
                "and a RAG key line at the foot; one action text wraps over two lines inside "
                "its quoted field."),
        reads=("An action log of eight actions grouped under three meeting rows, each with a "
               "ref, minute number, owner, due date, RAG letter and update. The key at the "
               "foot defines B as complete, so B reads blue, G green and A amber."),
        outcome="read", title=title, actions=exp)


# ---------------------------------------------------------------------------
# 5. Kirklees Council - Ofsted focused visit action plan (tab-separated txt)
# ---------------------------------------------------------------------------
def kirklees():
    name = "tm-kirklees-council-ofsted-focused-visit-action-plan.txt"
    title = "Kirklees Council – Ofsted Focused Visit Action Plan"
    afis = [
        ("Area for improvement 1: The quality of child in need and child protection plans, "
         "so that they are specific, measurable and understood by families.", [
            dict(ref="1.1",
                 action="Relaunch the plan template with SMART outcome fields and a "
                        "family-friendly summary section written to the child and parents.",
                 lead_text="Principal Social Worker", lead=["Principal Social Worker"],
                 by="31/01/2026", end="2026-01", prog="Template live in Liquidlogic from "
                 "12/01/2026.", st="Complete", status="blue"),
            dict(ref="1.2",
                 action="Run a planning practice week for all Child Protection and Children in "
                        "Need teams, followed by observed practice by Team Managers.",
                 lead_text="Head of Service, Child Protection / Workforce Development Manager",
                 lead=["Head of Service, Child Protection", "Workforce Development Manager"],
                 by="End of March 2026", end="2026-03", prog="Practice week booked for "
                 "9–13 March 2026.", st="On track", status="green"),
        ]),
        ("Area for improvement 2: Management oversight and supervision, so that drift in "
         "children in need plans is identified and addressed.", [
            dict(ref="2.1",
                 action="Introduce monthly performance clinics for Team Managers using the "
                        "children in need drift report.",
                 lead_text="SM/JR", lead=["SM", "JR"], by="Feb-26", end="2026-02",
                 prog="Drift report built; first clinic 4 February 2026.", st="On track",
                 status="green"),
            dict(ref="2.2",
                 action="Audit 40 children in need cases open for more than 9 months and "
                        "escalate any case showing drift to the Head of Service.",
                 lead_text="Head of Quality Assurance", lead=["Head of Quality Assurance"],
                 by="Q4 2025/26", end="2026-03", prog="", st="Not started",
                 status="unrated"),
            dict(ref="2.3",
                 action="Refresh the supervision policy so that supervision records include "
                        "the child's lived experience and progress against the plan.",
                 lead_text="Lee, Sam", lead=["Lee, Sam"], by="April 2026", end="2026-04",
                 prog="Draft with trade unions for comment.", st="Some delay",
                 status="amber"),
        ]),
        ("Area for improvement 3: The consistency of partner attendance at core groups and "
         "child protection conferences.", [
            dict(ref="3.1",
                 action="Report partner attendance at core groups and conferences to the "
                        "Kirklees Safeguarding Children Partnership Executive.",
                 lead_text="Head of Safeguarding Partnerships",
                 lead=["Head of Safeguarding Partnerships"], by="Quarterly", end=None,
                 end_text="Quarterly", prog="First report to Executive on 21/01/2026.",
                 st="On track", status="green"),
            dict(ref="3.2",
                 action="Agree an escalation route with health and education partners for "
                        "repeated non-attendance at core groups.",
                 lead_text="Rachel Oates and Imran Bashir",
                 lead=["Rachel Oates", "Imran Bashir"], by="June 2026", end="2026-06",
                 prog="Discussed at Partnership Executive; draft route to follow.",
                 st="On track", status="green"),
        ]),
    ]
    lines = [
        title,
        "Children and Families Service",
        "Visit dates: 18–19 November 2025. Focus of the visit: children in need and children "
        "subject to a child protection plan.",
        "Plan owner: Service Director, Family Support and Child Protection. Monitored monthly "
        "by the Children's Improvement Board.",
        "Version 1.2 – position at 30 January 2026",
        "",
        "\t".join(["No.", "Action", "Lead", "By when", "Progress", "Status"]),
    ]
    exp = []
    for afi, al in afis:
        lines.append(afi + "\t\t\t\t\t")
        for a in al:
            lines.append("\t".join([a["ref"], a["action"], a["lead_text"], a["by"], a["prog"],
                                    a["st"]]))
            exp.append(dict(ref=a["ref"], under=[afi], action=a["action"], lead=a["lead"],
                            end=a["end"], end_text=a.get("end_text"), status=a["status"]))
    lines += [
        "",
        "Status key: Complete (blue); On track (green); Some delay (amber); Off track (red); "
        "Not started (no rating).",
        "Leads: SM – Service Manager, Children in Need (North); JR – Service Manager, Children "
        "in Need (South).",
    ]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")
    write_expected(
        name,
        source=("Imitates a metropolitan council's action plan answering an Ofsted focused "
                "visit letter on children in need and child protection (Kirklees Council "
                "children's services, judged good at its July 2024 ILACS; a focused visit "
                "would follow), exported from a Word/Excel table to tab-separated text. "
                "Copied features: title and service lines, visit dates and focus, plan owner "
                "and version lines, each area for improvement from the letter as a full-width "
                "band row above its numbered actions, leads as posts, initials, a "
                "surname-first name and two named people, mixed 'by when' entries, status "
                "words, and a status key and initials key at the foot."),
        reads=("A tab-separated plan of seven actions (1.1-3.2) under three areas for "
               "improvement from the Ofsted letter, each with a lead, a 'by when', progress "
               "and a status word that the key at the foot maps to a colour."),
        outcome="read", title=title, actions=exp)


# ---------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def bold_cell(cell, text):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True


# ---------------------------------------------------------------------------
# 6. Devon Safeguarding Children Partnership - LCSPR Child K action plan (docx)
# ---------------------------------------------------------------------------
def devon():
    name = "tm-devon-scp-lcspr-child-k-action-plan.docx"
    title = ("Devon Safeguarding Children Partnership – Local Child Safeguarding Practice "
             "Review Child K: Multi-Agency Action Plan")
    recs = [
        ("Recommendation 1",
         "Devon SCP should seek assurance that agencies understand and use the escalation and "
         "resolution policy when professionals disagree about the level of risk to a child.", [
            dict(ref="1.1",
                 action="Relaunch the escalation and resolution policy through a 7-minute "
                        "briefing and a workshop at SaFest 2025.",
                 lead_text="DSCP Business Manager", lead=["DSCP Business Manager"],
                 target="June 2025", end="2025-06",
                 prog="Briefing issued May 2025; SaFest workshop attended by 140 "
                      "practitioners.", rag="Blue", status="blue"),
            dict(ref="1.2",
                 action="Add questions on escalation to the next multi-agency case file audit "
                        "on neglect and report the findings to the Learning and Improvement "
                        "Group.",
                 lead_text="Chair, Quality Assurance Sub-group",
                 lead=["Chair, Quality Assurance Sub-group"],
                 target="30/09/2025", end="2025-09",
                 prog="Audit tool amended; audit fieldwork under way.", rag="Green",
                 status="green"),
        ]),
        ("Recommendation 2",
         "Partner agencies should ensure that the voice and lived experience of disabled "
         "children and children with communication needs are recorded and inform safety "
         "planning.", [
            dict(ref="2.1",
                 action="Review the MASH recording template so that the child's communication "
                        "needs and views are captured at the point of referral.",
                 lead_text="Head of Service, MASH / Detective Inspector, Public Protection",
                 lead=["Head of Service, MASH", "Detective Inspector, Public Protection"],
                 target="September 2025 – December 2025", end="2025-12",
                 end_text="September 2025 – December 2025",
                 prog="Template changes agreed by Police; awaiting system change request.",
                 rag="Amber", status="amber"),
            dict(ref="2.2",
                 action="Deliver training on communicating with non-verbal children to school "
                        "Designated Safeguarding Leads.",
                 lead_text="Education Safeguarding Lead Officer",
                 lead=["Education Safeguarding Lead Officer"],
                 target="Autumn term 2025", end="2025-12", end_text="Autumn term 2025",
                 prog="Three network sessions booked.", rag="Green", status="green"),
            dict(ref="2.3",
                 action="Audit a sample of health records for children with SEND to test how "
                        "the child's voice is recorded.",
                 lead_text="Designated Nurse Safeguarding Children, NHS Devon",
                 lead=["Designated Nurse Safeguarding Children, NHS Devon"],
                 target="31/03/2026", end="2026-03", prog="", rag="Not started",
                 status="unrated"),
        ]),
        ("Recommendation 3",
         "Devon SCP should assure itself that the learning from this review is shared and "
         "embedded across the partnership.", [
            dict(ref="3.1",
                 action="Publish a learning brief for Child K and share it with all partner "
                        "agencies and on the Devon SCP website.",
                 lead_text="DSCP Business Manager", lead=["DSCP Business Manager"],
                 target="April 2025", end="2025-04", prog="Published 28/04/2025.",
                 rag="Blue", status="blue"),
            dict(ref="3.2",
                 action="Evaluate the impact of the learning through a practitioner survey "
                        "twelve months after publication.",
                 lead_text="DSCP Learning and Development Officer",
                 lead=["DSCP Learning and Development Officer"],
                 target="March 2026", end="2026-03", prog="Survey questions drafted.",
                 rag="Green", status="green"),
        ]),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading(title, level=1)
    doc.add_paragraph("Document control").runs[0].bold = True
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(("Version", "Date", "Author", "Comments")):
        bold_cell(t.rows[0].cells[i], h)
    for row in (("0.3", "14/02/2025", "DSCP Business Manager", "Draft for Learning and Improvement Group"),
                ("1.0", "12/03/2025", "DSCP Business Manager", "Agreed by Delegated Safeguarding Partners"),
                ("1.2", "06/10/2025", "DSCP Business Manager", "Q2 2025/26 progress update")):
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    doc.add_paragraph("")
    doc.add_paragraph(
        "This action plan responds to the three recommendations of the Local Child "
        "Safeguarding Practice Review for Child K, published on 12 March 2025. Progress is "
        "reported to the Devon SCP Learning and Improvement Group each quarter and to the "
        "Delegated Safeguarding Partners twice a year.")
    exp = []
    for head, text, al in recs:
        doc.add_heading(head, level=2)
        p = doc.add_paragraph(text)
        p.runs[0].italic = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for i, h in enumerate(("No.", "Action", "Lead", "Target date", "Progress / evidence of impact", "RAG")):
            bold_cell(t.rows[0].cells[i], h)
            shade(t.rows[0].cells[i], "D9E2F3")
        for a in al:
            cells = t.add_row().cells
            vals = (a["ref"], a["action"], a["lead_text"], a["target"], a["prog"], a["rag"])
            for i, v in enumerate(vals):
                cells[i].text = v
            exp.append(dict(ref=a["ref"], under=[text], action=a["action"], lead=a["lead"],
                            end=a["end"], end_text=a.get("end_text"), status=a["status"]))
        doc.add_paragraph("")
    doc.add_heading("RAG key", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in (("Blue", "Complete – evidence of impact provided"), ("Green", "On track"),
                 ("Amber", "Some slippage – revised plan agreed"), ("Red", "Off track – escalated to Delegated Safeguarding Partners"),
                 ("Not started", "Action not yet due to start")):
        cells = t.add_row().cells
        cells[0].text = k
        cells[1].text = v
    doc.save(os.path.join(HERE, name))
    write_expected(
        name,
        source=("Imitates a safeguarding children partnership's published action plan for a "
                "local child safeguarding practice review (Devon Safeguarding Children "
                "Partnership, Devon SCP, which reports learning from reviews through its "
                "Learning and Improvement Group and SaFest events). Copied features: heading "
                "title, document-control table, introductory paragraph, each recommendation "
                "as a 'Recommendation N' heading with the recommendation text in italics "
                "beneath it and its own action table, multi-agency leads as posts (one cell "
                "with two posts from different agencies), target dates as months, a date, a "
                "period and a school term, RAG words, and a RAG key table at the end."),
        reads=("A Word action plan with one table per recommendation: seven numbered actions "
               "(1.1-3.2), each under its recommendation text, with a lead, target date, "
               "progress and a RAG word. The document-control and RAG key tables are not "
               "part of the plan."),
        outcome="read", title=title, actions=exp)


# ---------------------------------------------------------------------------
# 7. Durham County Council - transformation programme highlight report (docx)
# ---------------------------------------------------------------------------
def durham():
    name = "tm-durham-county-council-transformation-programme-highlight-report.docx"
    title = "Durham County Council – Transformation Programme Highlight Report"
    ws = [
        ("Workstream 1 – Customer Access and Digital", [
            dict(action="Launch new online account for council tax and benefits (Phase 1)",
                 lead_text="Head of Digital and Customer Services",
                 lead=["Head of Digital and Customer Services"],
                 base="Sep-25", fc="Sep-25", end="2025-09", prev="green", cur="blue",
                 comm="Launched 15 September; 4,800 accounts created in first two weeks."),
            dict(action="Migrate 12 high-volume web forms to the new customer platform",
                 lead_text="Head of Digital and Customer Services",
                 lead=["Head of Digital and Customer Services"],
                 base="Nov-25", fc="Jan-26", end="2026-01", prev="green", cur="amber",
                 comm="Integration with the waste system needs supplier fix; 5 forms migrated."),
            dict(action="Telephony re-procurement: contract award",
                 lead_text="Strategic Manager – ICT / Procurement Lead",
                 lead=["Strategic Manager – ICT", "Procurement Lead"],
                 base="Dec-25", fc="Dec-25", end="2025-12", prev="amber", cur="green",
                 comm="Tender evaluation complete; award report to Corporate Management Team."),
        ]),
        ("Workstream 2 – Workforce and Accommodation", [
            dict(action="Options appraisal for the future office estate agreed by Cabinet",
                 lead_text="Head of Corporate Property and Land",
                 lead=["Head of Corporate Property and Land"],
                 base="Oct-25", fc="Feb-26", end="2026-02", prev="amber", cur="red",
                 comm="Cabinet date moved to February to include the county hall disposal "
                      "valuation. Exception report to Programme Board."),
            dict(action="Complete consultation with trade unions on the hybrid working policy",
                 lead_text="Head of People and Talent Management",
                 lead=["Head of People and Talent Management"],
                 base="Oct-25", fc="Oct-25", end="2025-10", prev="green", cur="green",
                 comm="Consultation closes 24 October."),
            dict(action="Roll out the manager development programme to Cohort 2",
                 lead_text="LW, DM", lead=["LW", "DM"],
                 base="Jan-26", fc="Jan-26", end="2026-01", prev=None, cur="green",
                 comm="New milestone this period. 38 managers nominated."),
        ]),
        ("Workstream 3 – Commissioning and Procurement", [
            dict(action="Implement the contract management framework across all tier 1 "
                        "contracts",
                 lead_text="Head of Procurement and Sales",
                 lead=["Head of Procurement and Sales"],
                 base="Mar-26", fc="Mar-26", end="2026-03", prev="green", cur="green",
                 comm="21 of 34 tier 1 contracts now have a named contract manager and "
                      "quarterly reviews."),
            dict(action="Deliver £1.2m third-party spend savings (2025/26 target)",
                 lead_text="Corporate Director of Resources",
                 lead=["Corporate Director of Resources"],
                 base="Mar-26", fc="Mar-26", end="2026-03", prev="amber", cur="amber",
                 comm="£0.71m secured to date; pipeline covers a further £0.38m."),
        ]),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading(title, level=1)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in (("Programme", "Transformation Programme 2024–2027"),
                 ("Senior Responsible Owner", "Corporate Director of Resources"),
                 ("Programme Manager", "Transformation Programme Manager"),
                 ("Reporting period", "1 September – 30 September 2025"),
                 ("Report to", "Transformation Programme Board, 14 October 2025"),
                 ("Overall status", "")):
        cells = t.add_row().cells
        bold_cell(cells[0], k)
        cells[1].text = v
    shade(t.rows[5].cells[1], FILL["amber"])
    doc.add_paragraph("")
    doc.add_heading("Summary of progress this period", level=2)
    doc.add_paragraph(
        "Phase 1 of the online account went live on time. The programme remains amber "
        "overall because the office estate options appraisal has moved to February 2026 and "
        "web form migration is two months behind its baseline.")
    doc.add_heading("Key milestones", level=2)
    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    for i, h in enumerate(("Milestone", "Lead", "Baseline date", "Forecast date", "Previous",
                           "Current", "Commentary")):
        bold_cell(t.rows[0].cells[i], h)
        shade(t.rows[0].cells[i], "D9D9D9")
    exp = []
    for wsname, al in ws:
        cells = t.add_row().cells
        m = cells[0].merge(cells[6])
        bold_cell(m, wsname)
        shade(m, "DEEAF6")
        for a in al:
            cells = t.add_row().cells
            for i, v in enumerate((a["action"], a["lead_text"], a["base"], a["fc"], "", "",
                                   a["comm"])):
                cells[i].text = v
            if a["prev"]:
                shade(cells[4], FILL[a["prev"]])
            shade(cells[5], FILL[a["cur"]])
            exp.append(dict(ref=None, under=[wsname], action=a["action"], lead=a["lead"],
                            end=a["end"], status=a["cur"]))
    doc.add_paragraph(
        "RAG key: Green – on track; Amber – at risk, mitigation in place; Red – off track, "
        "escalation required; Blue – complete. A blank Previous cell means the milestone is "
        "new this period.")
    doc.add_heading("Key risks and issues", level=2)
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(("ID", "Risk / issue", "Owner", "Mitigation", "Rating")):
        bold_cell(t.rows[0].cells[i], h)
    for row in (("R04", "Supplier capacity to fix waste system integration delays web form "
                 "migration.", "Head of Digital and Customer Services",
                 "Escalated to supplier account director; weekly calls.", "Amber"),
                ("R07", "Savings from third-party spend fall short of the £1.2m target.",
                 "Corporate Director of Resources",
                 "Pipeline reviewed monthly at Commissioning Board.", "Amber")):
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    doc.add_heading("Decisions required from Programme Board", level=2)
    doc.add_paragraph("Approve the revised baseline for the office estate options appraisal "
                      "(February 2026).", style="List Bullet")
    doc.save(os.path.join(HERE, name))
    write_expected(
        name,
        source=("Imitates a county council transformation programme highlight report to a "
                "Programme Board (Durham County Council's transformation programme), in the "
                "style of council programme highlight reports that give a summary box, key "
                "milestones by workstream with baseline and forecast dates and previous and "
                "current RAG, then risks and decisions. Copied features: title heading, summary table with a fill-only overall status, workstream band rows "
                "merged across the milestone table, milestones without refs, baseline and "
                "forecast (revised) months, previous and current RAG as cell shading with no "
                "text, a RAG key paragraph, a risks table and a decisions bullet."),
        reads=("A Word highlight report whose milestone table lists eight milestones under "
               "three workstream band rows, each with a lead, baseline and forecast month and "
               "coloured previous/current RAG cells; the forecast month is the end and the "
               "current colour the status. The summary and risks tables are not actions."),
        outcome="read", title=title, actions=exp)


if __name__ == "__main__":
    lincolnshire()
    horsham()
    barnet()
    kent()
    kirklees()
    devon()
    durham()
    print("done")
