#!/usr/bin/env python3
"""Build the seven xa- blind cases of set heldout551 (data files and their expected readings).

Run with /work/main/.venv/bin/python xa_make.py  (openpyxl, python-docx, pyyaml).
Only files whose names start with xa- are written.
"""
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

FILL = {"green": "00B050", "amber": "FFC000", "red": "FF0000", "blue": "0070C0", "grey": "D9D9D9",
        "navy": "1F3864", "teal": "DDEBF7", "lilac": "E4DFEC"}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def path(name):
    assert name.startswith("xa-") or name.startswith("xa_")
    return os.path.join(HERE, name)


def write_expected(name, doc):
    with open(path(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=1000)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def fill(c, key):
    c.fill = PatternFill("solid", fgColor=FILL[key])


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def bold_cell(cell, text):
    cell.text = ""
    r = cell.paragraphs[0].add_run(text)
    r.bold = True


# ---------------------------------------------------------------------------
# 1. Tendring District Council - Our Vision highlight priority actions 2024/25 (xlsx)
# ---------------------------------------------------------------------------
def tendring():
    name = "xa-tendring-dc-corporate-plan-delivery-plan-2024-25.xlsx"
    title = "Tendring District Council – Our Vision: Highlight Priority Actions 2024/25"
    T1 = "Theme 1: Pride in our area and services to residents"
    T2 = "Theme 2: Raising aspirations and creating opportunities"
    T3 = "Theme 3: Championing our local environment"
    T4 = "Theme 4: Working with partners to improve quality of life"
    T5 = "Theme 5: Promoting our heritage offer, attracting visitors and encouraging them to stay longer"
    T6 = "Theme 6: Financial sustainability and openness"
    # rows: (theme, ref, action, portfolio, lead cell, target cell, q2, q3, comment, expected lead, end, end_text, status)
    rows = [
        (T1, "1.1", "Complete the Housing Stock Condition Survey and agree a five-year investment programme for the Council's 3,000 homes",
         "Housing and Planning", "Assistant Director (Building and Public Realm)", dt.datetime(2025, 3, 31), "Amber", "Green",
         "Survey fieldwork complete (92% of properties accessed). Draft investment programme to Cabinet in February 2025.",
         ["Assistant Director (Building and Public Realm)"], "2025-03", None, "green"),
        (T1, "1.2", "Review the Customer Service Standards and introduce a new corporate complaints procedure in line with the Ombudsman's Complaint Handling Code",
         "Corporate Finance and Governance", "Head of Customer and Commercial Services", "31/12/2024", "Green", "Complete",
         "New procedure adopted and published in December 2024; staff training delivered.",
         ["Head of Customer and Commercial Services"], "2024-12", None, "blue"),
        (T2, "2.1", "Deliver the Clacton Civic Quarter Levelling Up Fund project, including the relocation of Clacton Library and Adult Community Learning",
         "Economic Growth, Regeneration and Tourism", "Kate Barlow / Tom Gardiner", dt.datetime(2025, 3, 31), "Green", "Green",
         "Full business case approved by DLUHC. Contractor appointed; enabling works on site from January 2025.",
         ["Kate Barlow", "Tom Gardiner"], "2025-03", None, "green"),
        (T2, "2.2", "Bring the Jaywick Sands Market and Enterprise Centre to full occupation and launch the business support offer",
         "Economic Growth, Regeneration and Tourism", "Sarah Quinn & Ben Hollis", "Sept 2024 – March 2025", "Green", "Amber",
         "Market stalls 70% let. Business support offer delayed to February while the provider contract is re-tendered.",
         ["Sarah Quinn", "Ben Hollis"], "2025-03", "Sept 2024 – March 2025", "amber"),
        (T3, "3.1", "Implement the year one actions of the Climate Change Action Plan 2024-2028",
         "Environment", "Climate Change Officer", "Q4 2024/25", "Green", "Green",
         "11 of 16 year one actions complete. Solar PV installed at the Town Hall.",
         ["Climate Change Officer"], "2025-03", "Q4 2024/25", "green"),
        (T3, "3.2", "Run a food waste collection trial in two wards ahead of the national weekly food waste requirement",
         "Environment", "Head of Waste and Environmental Services", dt.datetime(2025, 2, 1), "Amber", "Red",
         "Vehicle delivery delayed by the supplier until April 2025; trial start will move into 2025/26.",
         ["Head of Waste and Environmental Services"], "2025-02", None, "red"),
        (T4, "4.1", "Host the Clacton Airshow and the Tour de Tendring in partnership with Essex Police and the town councils",
         "Leisure and Public Realm", "Events and Tourism Manager", "August 2024", "Complete", "Complete",
         "Both events delivered; estimated 200,000 visitors to the Airshow.",
         ["Events and Tourism Manager"], "2024-08", None, "blue"),
        (T4, "4.2", "Work with Essex Police and the Community Safety Partnership on targeted action against anti-social behaviour in Clacton and Jaywick",
         "Partnerships", "Community Safety Manager", "Ongoing", "Green", "Green",
         "Joint patrols and two dispersal orders in place over the summer; Public Spaces Protection Order review under way.",
         ["Community Safety Manager"], None, "Ongoing", "green"),
        (T5, "5.1", "Develop a Heritage Strategy for the district, including a refreshed Harwich heritage trail",
         "Economic Growth, Regeneration and Tourism", "Tom Gardiner", "June 2025", "Not started", "Not started",
         "Scoping to begin in Q4 once the Heritage Officer post is filled.",
         ["Tom Gardiner"], "2025-06", None, "unrated"),
        (T6, "6.1", "Set a balanced budget for 2025/26 and update the Long Term Financial Forecast",
         "Corporate Finance and Governance", "Section 151 Officer", dt.datetime(2025, 2, 1), "Green", "Green",
         "Initial budget proposals agreed by Cabinet in December 2024 for consultation.",
         ["Section 151 Officer"], "2025-02", None, "green"),
        (T6, "6.2", "Review and adopt a new Communications Strategy for 2024-2028",
         "Leader of the Council", "Communications Manager / Head of Democratic Services", "April 2024", "Complete", "Complete",
         "Strategy adopted by Cabinet on 19 April 2024.",
         ["Communications Manager", "Head of Democratic Services"], "2024-04", None, "blue"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Performance Dashboard – Quarter 3 (October to December 2024) – Cabinet, 14 February 2025"
    ws["A4"] = "Q3 status"
    ws["B4"] = "Number of actions"
    for c in ("A4", "B4"):
        ws[c].font = Font(bold=True)
    counts = [("Complete", "blue"), ("Green", "green"), ("Amber", "amber"), ("Red", "red"), ("Not started", None)]
    r = 5
    for label, col in counts:
        ws.cell(r, 1, label)
        ws.cell(r, 2, sum(1 for x in rows if x[7] == label))
        if col:
            fill(ws.cell(r, 1), col)
        r += 1
    ws.cell(r, 1, "Total").font = Font(bold=True)
    ws.cell(r, 2, len(rows)).font = Font(bold=True)
    ws.cell(r + 2, 1, "RAG key")
    ws.cell(r + 2, 1).font = Font(bold=True)
    key = [("Complete", "Action delivered", "blue"), ("Green", "On track to meet the target date", "green"),
           ("Amber", "Some slippage – within the year", "amber"), ("Red", "Target date will be missed", "red"),
           ("Not started", "Work not yet begun", None)]
    for i, (k, v, col) in enumerate(key):
        ws.cell(r + 3 + i, 1, k)
        ws.cell(r + 3 + i, 2, v)
        if col:
            fill(ws.cell(r + 3 + i, 1), col)
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 40

    ws2 = wb.create_sheet("Delivery Plan")
    ws2["A1"] = title
    ws2["A1"].font = Font(bold=True, size=14)
    ws2["A2"] = "Quarter 3 2024/25 – progress against the highlight priority actions agreed by Cabinet"
    hdr = ["Ref", "Highlight Priority Action", "Portfolio", "Lead Officer", "Target date", "Q2 Status", "Q3 Status", "Q3 Progress Commentary"]
    for i, h in enumerate(hdr, 1):
        c = ws2.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        fill(c, "navy")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    theme = None
    colmap = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue"}
    for x in rows:
        if x[0] != theme:
            theme = x[0]
            ws2.cell(r, 1, theme).font = Font(bold=True)
            for col in range(1, 9):
                fill(ws2.cell(r, col), "teal")
            ws2.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
        vals = [x[1], x[2], x[3], x[4], x[5], x[6], x[7], x[8]]
        for i, v in enumerate(vals, 1):
            c = ws2.cell(r, i, v)
            c.alignment = WRAP
            c.border = BOX
        if isinstance(x[5], dt.datetime):
            ws2.cell(r, 5).number_format = "mmm-yy"
        for ci, s in ((6, x[6]), (7, x[7])):
            if s in colmap:
                fill(ws2.cell(r, ci), colmap[s])
        r += 1
    r += 1
    ws2.cell(r, 1, "Notes: Target dates are those agreed by Cabinet on 19 April 2024. Actions shown as Complete will be removed from the Q4 dashboard.")
    ws2.cell(r + 1, 1, "Specific milestones for each action are agreed by the Leader of the Council and monitored monthly by Management Team.")
    for col, w in zip("ABCDEFGH", (6, 55, 24, 30, 16, 12, 12, 55)):
        ws2.column_dimensions[col].width = w
    ws2.freeze_panes = "A5"
    wb.save(path(name))

    actions = [act(x[1], [x[0]], x[2], x[9], x[10], x[12], x[11]) for x in rows]
    write_expected(name, {
        "source": "Tendring District Council, 2024/25: the Cabinet-agreed 'highlight priority actions' that deliver the "
                  "Our Vision corporate plan 2024-28 (six themes), reported quarterly to Cabinet in a Performance Dashboard "
                  "(https://tendringdc.gov.uk/news/new-corporate-plan-adopted-by-tendring-district-council; Gazette 18 April 2024 "
                  "on the 2024/25 priority actions). Copied: Summary sheet with counts by Q3 status and a RAG key, delivery sheet "
                  "with merged fill-coloured theme rows, Portfolio and Lead Officer columns, Q2 and Q3 status columns with fill, "
                  "mixed target dates (date cells, 31/12/2024, a period, Q4 2024/25, Ongoing), notes lines under the table.",
        "reads": "A two-sheet workbook: a summary of the Q3 position, then the delivery plan listing eleven numbered priority "
                 "actions under the six Our Vision themes, each with a lead officer, a target date, last quarter's status and this "
                 "quarter's status. The Q3 status is the current one.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# 2. North Northamptonshire Council - corporate risk register 2025/26 (xlsx)
# ---------------------------------------------------------------------------
def nnc():
    name = "xa-north-northamptonshire-council-corporate-risk-register-2025-26.xlsx"
    title = "North Northamptonshire Council – Corporate Risk Register 2025/26"
    risks = [
        ("CR01 – Medium Term Financial Plan and budget gap", "Executive Director of Finance and Performance (S151)", "4 x 5 = 20", "3 x 4 = 12", [
            ("CR01.1", "Deliver the 2025/26 savings programme and report monthly budget variances to the Executive",
             "Assistant Director of Finance and Strategy", dt.datetime(2026, 3, 31), "G",
             "£9.8m of £12.4m savings delivered or on track at month 6.", ["Assistant Director of Finance and Strategy"], "2026-03", None, "green"),
            ("CR01.2", "Refresh the Medium Term Financial Plan for 2026/27 to 2029/30 and present the draft budget to the Executive",
             "Executive Director of Finance and Performance (S151)", dt.datetime(2025, 12, 31), "A",
             "Fair Funding Review outcome awaited; draft budget report moved to the January Executive.",
             ["Executive Director of Finance and Performance (S151)"], "2025-12", None, "amber"),
        ]),
        ("CR02 – Children's social care demand and placement sufficiency", "Executive Director of Children's Services", "4 x 4 = 16", "3 x 4 = 12", [
            ("CR02.1", "Agree the revised contract sum for 2025/26 with Northamptonshire Children's Trust and complete the annual contract review",
             "Director of Children's Services / NCT Chief Executive", dt.datetime(2025, 9, 30), "B",
             "Contract sum agreed by both councils' Executives in September 2025.",
             ["Director of Children's Services", "NCT Chief Executive"], "2025-09", None, "blue"),
            ("CR02.2", "Open two additional in-house children's homes under the Placement Sufficiency Strategy",
             "Assistant Director – Commissioning and Partnerships", "March 2026", "R",
             "Planning consent for the second property refused; alternative site being sought. Ofsted registration for home one submitted.",
             ["Assistant Director – Commissioning and Partnerships"], "2026-03", None, "red"),
        ]),
        ("CR03 – Cyber security and resilience of ICT systems", "Chief Information Officer", "4 x 5 = 20", "2 x 5 = 10", [
            ("CR03.1", "Complete the migration of legacy sovereign council systems onto the single North Northamptonshire network",
             "Head of ICT Infrastructure", "TBC", "A",
             "Revenues and benefits system migration paused pending the supplier's upgrade; new date to be agreed.",
             ["Head of ICT Infrastructure"], None, "TBC", "amber"),
            ("CR03.2", "Deliver mandatory cyber awareness training to all staff and councillors and report completion rates",
             "Chief Information Officer", "Quarterly", "G",
             "Completion at 88% of staff and 71% of councillors.",
             ["Chief Information Officer"], None, "Quarterly", "green"),
        ]),
        ("CR04 – SEND demand and the High Needs Block deficit", "Executive Director of Children's Services", "5 x 4 = 20", "4 x 4 = 16", [
            ("CR04.1", "Implement the Delivering Better Value in SEND grant plan and report impact to the Schools Forum",
             "Assistant Director – Education", dt.datetime(2026, 3, 31), "G",
             "Early intervention workstream live in 42 schools.",
             ["Assistant Director – Education"], "2026-03", None, "green"),
            ("CR04.2", "Increase local specialist places through new resourced provision in mainstream schools",
             "Head of SEND", dt.datetime(2026, 9, 1), "A",
             "Two of four units approved; capital works at the Kettering site delayed by one term.",
             ["Head of SEND"], "2026-09", None, "amber"),
        ]),
        ("CR05 – Health and safety compliance in council-owned housing", "Executive Director of Place and Economy", "3 x 5 = 15", "2 x 5 = 10", [
            ("CR05.1", "Complete the outstanding high-risk fire risk assessment remedial actions in residential blocks",
             "Head of Housing Compliance", dt.datetime(2025, 12, 31), "A",
             "41 of 56 high-risk actions closed; fire door replacement contract mobilising.",
             ["Head of Housing Compliance"], "2025-12", None, "amber"),
        ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Quarter 2 position (as at 30 September 2025)"
    ws["A4"] = "Document control"
    ws["A4"].font = Font(bold=True)
    dc = [("Version", "2.2"), ("Owner", "Risk and Insurance Manager"), ("Reviewed by", "Corporate Leadership Team, 21 October 2025"),
          ("Reported to", "Audit and Governance Committee, 17 November 2025"), ("Next review", "Quarter 3 (January 2026)")]
    for i, (k, v) in enumerate(dc):
        ws.cell(5 + i, 1, k).border = BOX
        ws.cell(5 + i, 2, v).border = BOX
        ws.cell(5 + i, 1).font = Font(bold=True)
    ws["A11"] = "Version history"
    ws["A11"].font = Font(bold=True)
    vh = [("Version", "Date", "Change"), ("2.0", "14/04/2025", "New register for 2025/26 agreed by CLT"),
          ("2.1", "15/07/2025", "Q1 update; CR05 added"), ("2.2", "21/10/2025", "Q2 update")]
    for i, row in enumerate(vh):
        for j, v in enumerate(row):
            ws.cell(12 + i, 1 + j, v).border = BOX
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 48
    ws.column_dimensions["C"].width = 40

    ws2 = wb.create_sheet("Corporate Risk Register")
    ws2["A1"] = title
    ws2["A1"].font = Font(bold=True, size=14)
    ws2["A2"] = "Quarter 2 position (as at 30 September 2025) – Audit and Governance Committee, 17 November 2025"
    hdr = ["Risk", "Risk Owner", "Current Score (L x I)", "Target Score (L x I)", "Action Ref", "Further Action Required",
           "Action Owner", "Target Date", "RAG", "Progress Update"]
    for i, h in enumerate(hdr, 1):
        c = ws2.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        fill(c, "navy")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    colmap = {"G": "green", "A": "amber", "R": "red", "B": "blue"}
    actions = []
    for risk, owner, cur, tgt, acts in risks:
        start = r
        for a in acts:
            vals = [None, None, None, None, a[0], a[1], a[2], a[3], a[4], a[5]]
            for i, v in enumerate(vals, 1):
                c = ws2.cell(r, i, v)
                c.alignment = WRAP
                c.border = BOX
            if isinstance(a[3], dt.datetime):
                ws2.cell(r, 8).number_format = "dd/mm/yyyy"
            fill(ws2.cell(r, 9), colmap[a[4]])
            ws2.cell(r, 9).alignment = Alignment(horizontal="center", vertical="top")
            actions.append(act(a[0], [risk], a[1], a[6], a[7], a[9], a[8]))
            r += 1
        for i, v in enumerate([risk, owner, cur, tgt], 1):
            c = ws2.cell(start, i, v)
            c.alignment = WRAP
            if i == 1:
                c.font = Font(bold=True)
            if r - 1 > start:
                ws2.merge_cells(start_row=start, start_column=i, end_row=r - 1, end_column=i)
    for col, w in zip("ABCDEFGHIJ", (34, 30, 12, 12, 9, 55, 32, 13, 6, 50)):
        ws2.column_dimensions[col].width = w
    ws2.freeze_panes = "A5"

    ws3 = wb.create_sheet("Scoring Key")
    ws3["A1"] = "Risk scoring and action RAG key"
    ws3["A1"].font = Font(bold=True)
    ws3["A3"] = "Likelihood (L) and Impact (I) are each scored 1 (very low) to 5 (very high). Score = L x I."
    ws3["A4"] = "15–25 High; 8–12 Medium; 1–6 Low"
    ws3["A6"] = "Action RAG"
    ws3["A6"].font = Font(bold=True)
    for i, (k, v) in enumerate([("B", "Action complete"), ("G", "On track"), ("A", "Some slippage – within tolerance"),
                                ("R", "Off track – intervention required")]):
        c = ws3.cell(7 + i, 1, k)
        fill(c, colmap[k])
        ws3.cell(7 + i, 2, v)
    ws3.column_dimensions["B"].width = 40
    wb.save(path(name))

    write_expected(name, {
        "source": "North Northamptonshire Council, 2025/26: the corporate risk register appended to the quarterly risk "
                  "management update to the Audit and Governance Committee (meeting of 18 August 2025 noted the risk management "
                  "update; https://opencouncil.network/meetings/77276). Copied: cover sheet with document control and version "
                  "history tables, register sheet with one block per risk (risk, owner, current and target L x I scores merged "
                  "down over its further actions), numbered further actions with action owner, target date (date cells, "
                  "'March 2026', TBC, Quarterly), fill-and-letter RAG, and a separate scoring/RAG key sheet.",
        "reads": "A risk register in which each of five corporate risks carries one or two further actions to be taken. A "
                 "reader takes each further action as a plan action under its risk, with the action owner as lead, the target "
                 "date as end and the action RAG as status.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# 3. Rotherham MBC - internal audit outstanding recommendations (xlsx, refuse)
# ---------------------------------------------------------------------------
def rotherham():
    name = "xa-rotherham-mbc-internal-audit-recommendations-tracker-typo-month-refuse.xlsx"
    title = "Internal Audit Progress Report – Appendix B: Outstanding Audit Recommendations"
    audits = [
        ("Accounts Payable 2024/25", "Finance and Customer Services", "Reasonable", [
            ("AP/01", "Medium", "Supplier bank detail changes should be independently verified by call-back to a known contact before being processed.",
             "Introduce a mandatory call-back check and a second-person authorisation in the finance system for all bank detail changes.",
             "Head of Exchequer Services", dt.datetime(2025, 6, 30), dt.datetime(2025, 12, 31), "Partially implemented",
             "Call-back procedure in place; system workflow change scheduled for the December release."),
            ("AP/02", "Medium", "Duplicate payment reports should be run and reviewed before each payment run.",
             "Run the duplicate payment report before every BACS run and retain evidence of review.",
             "Exchequer Services Manager", dt.datetime(2025, 9, 30), None, "Overdue",
             "Report run weekly; evidence of review not yet retained consistently."),
        ]),
        ("Home to School Transport", "Children and Young People's Services", "Partial", [
            ("HST/01", "High", "Eligibility decisions should be recorded on the case management system with the evidence relied upon.",
             "Configure the transport module to require eligibility evidence to be attached before a route is allocated.",
             "Head of Access to Education", dt.datetime(2025, 7, 31), dt.datetime(2025, 11, 30), "Not yet due (revised)",
             "Configuration tested; go-live planned for November half term."),
            ("HST/02", "High", "Contracts for taxi and minibus routes should be retendered where they have expired.",
             "Retender the expired routes through the Dynamic Purchasing System in two lots.",
             "Transport Commissioning Manager / Procurement Category Manager", dt.datetime(2025, 8, 31), dt.datetime(2025, 12, 31), "Partially implemented",
             "Lot 1 awarded from September; Lot 2 evaluation under way."),
            ("HST/03", "Medium", "Driver and passenger assistant DBS checks should be verified at contract award and annually.",
             "Add annual DBS verification to the contract monitoring schedule and report exceptions to the Head of Service.",
             "Transport Commissioning Manager", dt.datetime(2025, 9, 30), "Febuary 2026", "Not yet due (revised)",
             "Monitoring schedule drafted; first annual check to run with the spring term contract review."),
        ]),
        ("Disabled Facilities Grants", "Adult Care, Housing and Public Health", "Partial", [
            ("DFG/01", "High", "Grant approvals above £30,000 should be authorised by a second officer in line with the Housing Assistance Policy.",
             "Amend the approval workflow so that grants above £30,000 are authorised by the Housing Solutions Manager.",
             "Head of Housing Options", dt.datetime(2025, 10, 31), None, "Not yet due",
             "Workflow change requested from the system supplier."),
            ("DFG/02", "Medium", "Completed works should be inspected before the final payment to the contractor is released.",
             "Introduce a completion inspection checklist signed by the Technical Officer before final payment.",
             "Senior Technical Officer", dt.datetime(2025, 8, 31), None, "Overdue",
             "Checklist drafted; awaiting sign-off by Head of Housing Options."),
        ]),
        ("ICT Asset Management", "Assistant Chief Executive's", "Reasonable", [
            ("ICT/01", "Medium", "The ICT asset register should be reconciled to the device management console at least quarterly.",
             "Carry out a quarterly reconciliation of the asset register to Intune and record the outcome.",
             "ICT Service Desk Manager", dt.datetime(2025, 12, 31), None, "Not yet due",
             "First reconciliation completed in October; 63 devices to be traced."),
            ("ICT/02", "Low", "Leavers' devices should be returned and recorded before the final salary payment.",
             "Link the leavers' process in the HR system to an automated device return request.",
             "Head of Digital Services", dt.datetime(2026, 3, 31), None, "Not yet due",
             "Scoped with HR; change request raised."),
        ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = "Rotherham Metropolitan Borough Council"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = title
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Audit Committee – 25 November 2025 (position at 31 October 2025)"
    hdr = ["Directorate", "Outstanding", "Of which High priority", "Overdue", "Revised date agreed"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(5, i, h)
        c.font = Font(bold=True)
        c.border = BOX
    r = 6
    tot = [0, 0, 0, 0]
    for a in audits:
        recs = a[3]
        vals = [len(recs), sum(1 for x in recs if x[1] == "High"), sum(1 for x in recs if x[7] == "Overdue"),
                sum(1 for x in recs if x[6] is not None)]
        ws.cell(r, 1, a[1]).border = BOX
        for j, v in enumerate(vals):
            ws.cell(r, 2 + j, v).border = BOX
            tot[j] += v
        r += 1
    ws.cell(r, 1, "Total").font = Font(bold=True)
    for j, v in enumerate(tot):
        ws.cell(r, 2 + j, v).font = Font(bold=True)
    ws.cell(r + 2, 1, "Recommendations implemented since the last report are listed in Appendix C and are not repeated here.")
    ws.column_dimensions["A"].width = 40
    for col in "BCDE":
        ws.column_dimensions[col].width = 16

    ws2 = wb.create_sheet("Appendix B")
    ws2["A1"] = "Rotherham Metropolitan Borough Council"
    ws2["A1"].font = Font(bold=True, size=14)
    ws2["A2"] = title + " (position at 31 October 2025)"
    ws2["A2"].font = Font(bold=True)
    hdr = ["Audit", "Directorate", "Assurance", "Rec No.", "Priority", "Recommendation", "Agreed Management Action",
           "Responsible Officer", "Original Target Date", "Revised Target Date", "Status", "Latest Update"]
    for i, h in enumerate(hdr, 1):
        c = ws2.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        fill(c, "navy")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    refuse_row = None
    for audit, direc, assur, recs in audits:
        start = r
        for x in recs:
            vals = [None, None, None] + list(x)
            for i, v in enumerate(vals, 1):
                c = ws2.cell(r, i, v)
                c.alignment = WRAP
                c.border = BOX
            for ci in (9, 10):
                if isinstance(ws2.cell(r, ci).value, dt.datetime):
                    ws2.cell(r, ci).number_format = "dd/mm/yyyy"
            if x[6] == "Febuary 2026":
                refuse_row = r
            if x[1] == "High":
                fill(ws2.cell(r, 5), "red")
            r += 1
        for i, v in enumerate([audit, direc, assur], 1):
            ws2.cell(start, i, v).alignment = WRAP
            ws2.cell(start, i).border = BOX
            if r - 1 > start:
                ws2.merge_cells(start_row=start, start_column=i, end_row=r - 1, end_column=i)
    for col, w in zip("ABCDEFGHIJKL", (22, 24, 12, 8, 9, 45, 45, 28, 13, 13, 16, 45)):
        ws2.column_dimensions[col].width = w
    ws2.freeze_panes = "A5"
    wb.save(path(name))
    assert refuse_row == 9, refuse_row

    write_expected(name, {
        "source": "Rotherham Metropolitan Borough Council, 2025: the appendix of outstanding internal audit recommendations "
                  "in the quarterly Internal Audit Progress Report to the Audit Committee, which reports open recommendations and "
                  "those whose original due date was deferred (https://moderngov.rotherham.gov.uk/mgAi.aspx?ID=99294). Copied: "
                  "summary sheet of counts by directorate, appendix sheet with audit/directorate/assurance merged down over each "
                  "audit's recommendations, rec number, priority, recommendation beside the agreed management action, responsible "
                  "officer, original and revised target dates (date cells), status and latest update.",
        "reads": "An outstanding-recommendations tracker for four audits, nine agreed management actions. On the Appendix B "
                 "sheet, row 9 (Home to School Transport, HST/03) has a revised target date typed as 'Febuary 2026' - a "
                 "mistyped month that the reader would query before taking the tracker's dates as read.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": 9,
        "title": title,
    })


# ---------------------------------------------------------------------------
# 4. Hammersmith & Fulham Health & Wellbeing Board action log (docx)
# ---------------------------------------------------------------------------
def lbhf():
    name = "xa-hammersmith-fulham-health-and-wellbeing-board-action-log.docx"
    title = "Health & Wellbeing Board: Action Log"
    # ref, meeting, item, action, lead cell, due cell, fill colour, update, exp lead, end, end_text, status
    rows = [
        ("HWB/25/03", "11 March 2025", "Pharmaceutical Needs Assessment 2025–2028",
         "Circulate the final Pharmaceutical Needs Assessment to Board members and publish it on the council website.",
         "Director of Public Health", "Oct 2025", "green", "Published on 29 September 2025 and circulated.",
         ["Director of Public Health"], "2025-10", None, "blue"),
        ("HWB/25/04", "11 March 2025", "Better Care Fund 2025/26",
         "Bring each Better Care Fund quarterly return to the Board for sign-off, or to the Chair under delegation where the deadline falls between meetings.",
         "Jo Lambert / Matthew Okafor", "Quarterly", "amber", "Q1 return signed off by the Chair on 29 July 2025; Q2 return on this agenda.",
         ["Jo Lambert", "Matthew Okafor"], None, "Quarterly", "amber"),
        ("HWB/25/07", "25 June 2025", "Joint Health and Wellbeing Strategy refresh",
         "Hold a development session for Board members on the draft strategy priorities, including the findings of the residents’ engagement.",
         "Head of Health and Care Policy", "Sept 2025", "green", "Session held on 9 September 2025.",
         ["Head of Health and Care Policy"], "2025-09", None, "blue"),
        ("HWB/25/08", "25 June 2025", "Childhood immunisations",
         "Provide a breakdown of MMR2 uptake at age 5 by primary care network and ward, with the actions being taken in the lowest-uptake areas.",
         "Consultant in Public Health (Children and Young People)", "17/09/2025", "red",
         "Data request with NHS England (London); now expected for the December meeting.",
         ["Consultant in Public Health (Children and Young People)"], "2025-09", None, "red"),
        ("HWB/25/09", "25 June 2025", "Healthwatch annual report 2024/25",
         "Respond in writing to the Healthwatch recommendations on access to GP appointments and share the response with the Board.",
         "Director of the H&F Borough Partnership", "Next meeting", "amber", "Draft response with primary care leads.",
         ["Director of the H&F Borough Partnership"], None, "Next meeting", "amber"),
        ("HWB/25/12", "17 September 2025", "Winter plan 2025/26",
         "Share the winter communications plan, including the flu and COVID-19 vaccination campaign, with all Board partners for cascade.",
         "NHS North West London Communications Lead", "October 2025", "green", "Circulated on 3 October 2025.",
         ["NHS North West London Communications Lead"], "2025-10", None, "blue"),
        ("HWB/25/13", "17 September 2025", "Core20PLUS5 and health inequalities",
         "Map the community health champion programmes operating in the borough and report back on options to bring them together.",
         "Community Partnerships Manager; Healthwatch Manager", "Mar-26", "amber", "Mapping under way with the voluntary sector forum.",
         ["Community Partnerships Manager", "Healthwatch Manager"], "2026-03", None, "amber"),
        ("HWB/25/14", "17 September 2025", "Suicide prevention",
         "Add a progress update on the suicide prevention action plan to the Board’s forward plan.",
         "Committee Coordinator", "Dec 2025", "green", "Added to the forward plan for March 2026.",
         ["Committee Coordinator"], "2025-12", None, "blue"),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    run = p.add_run("London Borough of Hammersmith & Fulham")
    run.font.size = Pt(9)
    run.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    doc.add_heading(title, level=0)
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Meeting", "Health & Wellbeing Board, 10 December 2025"),
                                ("Agenda item", "2(b) – Outstanding actions"),
                                ("Prepared by", "Committee Coordinator, Governance and Scrutiny"),
                                ("Last updated", "2 December 2025")]):
        bold_cell(t.cell(i, 0), k)
        t.cell(i, 1).text = v
    doc.add_paragraph()
    doc.add_paragraph("The Board is asked to note progress on the actions agreed at its previous meetings. "
                      "Actions rated green are complete and will be removed from the log after this meeting.")
    hdr = ["Ref", "Meeting", "Item", "Action", "Lead", "Due", "RAG", "Update"]
    t2 = doc.add_table(rows=1, cols=len(hdr))
    t2.style = "Table Grid"
    for i, h in enumerate(hdr):
        bold_cell(t2.rows[0].cells[i], h)
        shade(t2.rows[0].cells[i], "D9D9D9")
    for x in rows:
        cells = t2.add_row().cells
        vals = [x[0], x[1], x[2], x[3], x[4], x[5], "", x[7]]
        for i, v in enumerate(vals):
            cells[i].text = v
        shade(cells[6], FILL[x[6]])
    doc.add_paragraph()
    doc.add_paragraph("RAG key: Green – action complete; Amber – in progress or not yet due; Red – overdue.")
    doc.add_paragraph("Contact: Committee Coordinator, Governance and Scrutiny, Hammersmith Town Hall.")
    doc.save(path(name))

    actions = [act(x[0], [], x[3], x[8], x[9], x[11], x[10]) for x in rows]
    write_expected(name, {
        "source": "London Borough of Hammersmith & Fulham Health & Wellbeing Board, 2025: the 'Minutes and Actions' item "
                  "at which the Board notes its outstanding actions (e.g. https://democracy.lbhf.gov.uk/ieListDocuments.aspx?CId=463&MId=7309&Ver=4). "
                  "Copied: small org line and title, a meeting/prepared-by header table, one action log table with ref, meeting, "
                  "agenda item, action, lead, due, a RAG column shown by cell shading only, and update, followed by a RAG key "
                  "in which green means complete (no blue).",
        "reads": "A board action log of eight actions from three meetings. The RAG cells carry only a colour; the key under "
                 "the table says green is complete, amber in progress or not yet due and red overdue, so green cells read as "
                 "complete. No theme headings: the item column is a column, not a heading.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# 5. Wigan Safeguarding Partnership - LCSPR Child K action plan (docx)
# ---------------------------------------------------------------------------
def wigan():
    name = "xa-wigan-safeguarding-partnership-cspr-child-k-action-plan.docx"
    title = "Local Child Safeguarding Practice Review: Child K – Multi-Agency Action Plan"
    TH1 = "Theme 1: Seeing the child – lived experience and professional curiosity"
    TH2 = "Theme 2: Working with fathers and male carers"
    TH3 = "Theme 3: Information sharing and escalation"
    R1 = ("Recommendation 1: Wigan Safeguarding Partnership should seek assurance that practitioners in all agencies record and act "
          "on the lived experience of babies and pre-verbal children.")
    R2 = ("Recommendation 2: Partner agencies should ensure that practitioners understand and apply the protocol for bruising and "
          "injuries in non-mobile children.")
    R3 = ("Recommendation 3: The Partnership should develop a shared approach to identifying, assessing and engaging fathers and male "
          "carers, including those who do not live in the household.")
    R4 = ("Recommendation 4: Safeguarding partners should assure themselves that police domestic abuse notifications about families with "
          "a child under one are shared with health visiting and GPs within 24 hours.")
    R5 = ("Recommendation 5: The Partnership should refresh and relaunch the Resolving Professional Disagreements (Escalation) policy "
          "and monitor how it is used.")
    # theme, rec, no, action, lead cell, timescale, progress, rag letter, exp lead, end, end_text, status
    plan = [
        (TH1, R1, "1.1", "Refresh the WSP Voice of the Child practice guidance to include non-verbal cues and observation of babies, and relaunch it through a 7-minute briefing.",
         "WSP Learning and Development Officer", "End of June 2025", "Guidance refreshed and 7-minute briefing issued 19 June 2025.", "B",
         ["WSP Learning and Development Officer"], "2025-06", None, "blue"),
        (TH1, R1, "1.2", "Carry out a multi-agency audit of 20 cases of children under two to test whether the child’s daily lived experience is recorded and informs plans.",
         "Quality Assurance Subgroup Chair", "Q3 2025/26", "Audit tool agreed; case selection complete. Fieldwork in November.", "A",
         ["Quality Assurance Subgroup Chair"], "2025-12", "Q3 2025/26", "amber"),
        (TH1, R2, "2.1", "Add the non-mobile children protocol to the induction of all health visitors, midwives and GP practice staff.",
         "Named Nurse Safeguarding Children (WWL)\nNamed GP for Safeguarding", "By 31 March 2025", "Included in induction packs from February 2025.", "B",
         ["Named Nurse Safeguarding Children (WWL)", "Named GP for Safeguarding"], "2025-03", None, "blue"),
        (TH1, R2, "2.2", "Audit compliance with the protocol in emergency department and urgent treatment centre attendances of children under one.",
         "Named Nurse Safeguarding Children (WWL)", "Sept 2025", "Audit not started owing to vacancy in the safeguarding team; escalated to the Executive.", "R",
         ["Named Nurse Safeguarding Children (WWL)"], "2025-09", None, "red"),
        (TH2, R3, "3.1", "Co-produce an ‘Include Dads’ practice standard with practitioners and with fathers who have lived experience of services.",
         "Head of Service – Early Help / Principal Social Worker", "Q2 2025/26", "Two co-production workshops held; draft standard out for comment.", "G",
         ["Head of Service – Early Help", "Principal Social Worker"], "2025-09", "Q2 2025/26", "green"),
        (TH2, R3, "3.2", "Update single and multi-agency assessment templates to include a mandatory section on fathers and male carers.",
         "Principal Social Worker", "December 2025", "Children’s social care template updated; health visiting template in testing.", "G",
         ["Principal Social Worker"], "2025-12", None, "green"),
        (TH2, R3, "3.3", "Deliver ‘Invisible Men’ training to practitioners in maternity, health visiting and children’s social care.",
         "WSP Learning and Development Officer", "Ongoing", "Four sessions delivered to 112 practitioners; further dates booked.", "G",
         ["WSP Learning and Development Officer"], None, "Ongoing", "green"),
        (TH3, R4, "4.1", "Review the Operation Encompass early years process so that notifications are also sent to health visiting teams.",
         "Detective Chief Inspector (GMP Wigan District)", "31/07/2025", "Process live from 1 July 2025.", "B",
         ["Detective Chief Inspector (GMP Wigan District)"], "2025-07", None, "blue"),
        (TH3, R4, "4.2", "Test the 24-hour standard through a dip sample of 30 notifications and report the findings to the WSP Executive.",
         "WSP Business Manager", "TBC", "Dip sample to follow the new process bedding in; date to be set by the Executive.", "A",
         ["WSP Business Manager"], None, "TBC", "amber"),
        (TH3, R5, "5.1", "Relaunch the escalation policy through the designated safeguarding lead networks and a briefing for every school.",
         "Education Safeguarding Lead", "Autumn term 2025", "Briefings delivered in 3 of 5 DSL network meetings.", "G",
         ["Education Safeguarding Lead"], "2025-12", "Autumn term 2025", "green"),
        (TH3, R5, "5.2", "Report the number and outcome of escalations to the Performance and Quality Assurance Subgroup.",
         "WSP Business Manager", "Quarterly", "Q1 and Q2 reports received; escalations from schools remain low.", "G",
         ["WSP Business Manager"], None, "Quarterly", "green"),
    ]
    shade_of = {"B": FILL["blue"], "G": FILL["green"], "A": FILL["amber"], "R": FILL["red"]}
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Wigan Safeguarding Partnership")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_heading(title, level=0)
    t = doc.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Version", "1.3"), ("Date", "October 2025"),
                                ("Owner", "WSP Learning and Improvement Subgroup"),
                                ("Approved", "WSP Executive Group, 12 February 2025"),
                                ("Review published", "January 2025")]):
        bold_cell(t.cell(i, 0), k)
        t.cell(i, 1).text = v
    doc.add_paragraph()
    doc.add_paragraph("This plan sets out the partnership response to the five recommendations of the Local Child Safeguarding "
                      "Practice Review about Child K. Progress is reported to each meeting of the Learning and Improvement Subgroup "
                      "and, by exception, to the WSP Executive Group.")
    doc.add_paragraph("RAG: R – off track or not started; A – progressing with some delay; G – on track; B – complete and impact evidenced.")
    theme = None
    rec = None
    table = None
    for x in plan:
        if x[0] != theme:
            theme = x[0]
            doc.add_heading(theme, level=1)
        if x[1] != rec:
            rec = x[1]
            doc.add_paragraph()
            table = doc.add_table(rows=2, cols=6)
            table.style = "Table Grid"
            top = table.rows[0].cells
            m = top[0].merge(top[5])
            bold_cell(m, rec)
            shade(m, "DEEAF6")
            for i, h in enumerate(["No.", "Action", "Lead", "Timescale", "Progress (October 2025)", "RAG"]):
                bold_cell(table.rows[1].cells[i], h)
        cells = table.add_row().cells
        for i, v in enumerate([x[2], x[3], x[4], x[5], x[6], x[7]]):
            cells[i].text = v
        shade(cells[5], shade_of[x[7]])
    doc.add_paragraph("Sign-off: Independent Scrutineer, Wigan Safeguarding Partnership.")
    doc.save(path(name))

    actions = [act(x[2], [x[0], x[1]], x[3], x[8], x[9], x[11], x[10]) for x in plan]
    write_expected(name, {
        "source": "Wigan Safeguarding Partnership, 2025: a multi-agency action plan answering the recommendations of a Local "
                  "Child Safeguarding Practice Review (WSP publishes LCSPRs with partnership action plans: "
                  "https://www.wiganlscb.com/Professionals/Serious-case-reviews/Local-Child-Safeguarding-Practice-Review.aspx). "
                  "Copied: partnership line and title, document control table, RAG key paragraph with blue as complete, learning "
                  "themes as Word headings, one table per recommendation with the recommendation text in a merged shaded top row "
                  "and numbered actions below, several leads in one cell on separate lines, timescales in words (End of June 2025, "
                  "Q3 2025/26, By 31 March 2025, Autumn term 2025, Ongoing, TBC, Quarterly), RAG letters in shaded cells.",
        "reads": "An LCSPR action plan for Child K: three learning themes, five recommendations, each in its own table with "
                 "its numbered actions, a lead, a timescale, an October 2025 progress note and a RAG letter. Each action reads "
                 "under its theme and its recommendation.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# 6. Hull City Council - Ofsted focused visit action plan (csv)
# ---------------------------------------------------------------------------
def csvq(v):
    v = "" if v is None else str(v)
    if any(ch in v for ch in ',"\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def hull():
    name = "xa-hull-city-council-ofsted-focused-visit-action-plan.csv"
    title = "Hull City Council: Ofsted Focused Visit Action Plan"
    A1 = "1. The quality of children's plans, so that they are specific, time-bound and understood by children and their families"
    A2 = "2. Management oversight and supervision, so that drift and delay for children are identified and addressed"
    A3 = "3. The timeliness of initial child protection conferences"
    # area, ref, action, lead, target, revised, rag, update, exp lead, end, end_text, status
    rows = [
        (A1, "1.1", "Relaunch the practice standard for child protection and child in need plans:\n- plans reviewed at every core group\n- plans written to children and families in plain English",
         "Head of Service – Safeguarding", "31/12/2024", "", "Blue", "Practice standard relaunched at the November practice week.",
         ["Head of Service – Safeguarding"], "2024-12", None, "blue"),
        (A1, "1.2", "Deliver plan-writing workshops for all social workers and team managers in the assessment and safeguarding teams",
         "Principal Social Worker", "31/01/2025", "31/03/2025", "Amber", "6 of 9 workshops delivered; remaining dates in March.",
         ["Principal Social Worker"], "2025-03", None, "amber"),
        (A1, "1.3", "Add a plan quality measure to the monthly practice audit and report findings to the Children's Improvement Board",
         "Head of Quality Assurance; Performance Manager", "Monthly", "", "Green", "Measure added from January audit cycle: 58% of plans rated good or better.",
         ["Head of Quality Assurance", "Performance Manager"], None, "Monthly", "green"),
        (A2, "2.1", "Introduce a supervision dashboard showing supervision frequency for every child, by team",
         "Performance Manager", "30/11/2024", "", "Blue", "Dashboard live in Power BI from 25 November 2024.",
         ["Performance Manager"], "2024-11", None, "blue"),
        (A2, "2.2", "Team managers to record a case direction at every supervision, with a clear timescale for the next step",
         "Group Managers (Safeguarding)", "31/03/2025", "", "Green", "Case direction template in use; dip sample shows 81% compliance.",
         ["Group Managers (Safeguarding)"], "2025-03", None, "green"),
        (A2, "2.3", "Complete a thematic audit of children who have been subject to a child protection plan for more than 18 months",
         "Head of Quality Assurance", "28/02/2025", "30/04/2025", "Red", "Audit delayed by the Christmas surge in contacts; auditors now allocated.",
         ["Head of Quality Assurance"], "2025-04", None, "red"),
        (A3, "3.1", "Review capacity in the Child Protection Chairs service and recruit two additional Child Protection Chairs",
         "Head of Safeguarding and Quality Assurance", "31/03/2025", "", "", "Recruitment to start in March following budget approval.",
         ["Head of Safeguarding and Quality Assurance"], "2025-03", None, "unrated"),
        (A3, "3.2", "Track conference timeliness weekly at the Front Door performance meeting until 90% of conferences are held within 15 working days",
         "Jo Whitfield / Mark Ellis", "Weekly", "", "Amber", "Timeliness 74% in January, up from 61% at the visit.",
         ["Jo Whitfield", "Mark Ellis"], None, "Weekly", "amber"),
    ]
    ncol = 8
    lines = []

    def line(vals):
        vals = list(vals) + [""] * (ncol - len(vals))
        lines.append(",".join(csvq(v) for v in vals))

    line([title])
    line(["Focused visit 1 and 2 October 2024: arrangements for children in need and children subject to a child protection plan"])
    line(["Version 4 – progress at 28 February 2025 – Children's Improvement Board"])
    line([])
    line(["Area for improvement", "Ref", "Action", "Lead", "Target date", "Revised target date", "RAG", "Progress update"])
    area = None
    for x in rows:
        a = x[0] if x[0] != area else ""
        area = x[0]
        line([a, x[1], x[2], x[3], x[4], x[5], x[6], x[7]])
    line([])
    line(["Summary"])
    for lab, key in (("Blue (complete)", "Blue"), ("Green (on track)", "Green"), ("Amber (some slippage)", "Amber"),
                     ("Red (off track)", "Red"), ("Not started", "")):
        line([lab, str(sum(1 for x in rows if x[6] == key))])
    line(["Total", str(len(rows))])
    line([])
    line(["RAG key: Blue - complete; Green - on track; Amber - some slippage, within tolerance; Red - off track; blank - not started"])
    with open(path(name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    actions = [act(x[1], [x[0]], x[2], x[8], x[9], x[11], x[10]) for x in rows]
    write_expected(name, {
        "source": "Hull City Council children's services, 2024/25: an action plan answering the areas for improvement in an "
                  "Ofsted ILACS focused visit letter (Hull's earlier focused visit and improvement reporting: "
                  "https://news.hull.gov.uk/01/03/2018/council-welcomes-ofsted-review-of-%c2%91front-door%c2%92-services-for-children-in-hull/). "
                  "Copied as a CSV saved from the Excel tracker: three title lines, area for improvement written once per group "
                  "(merged cells flattened to blanks), numbered actions, an action with a bulleted list on inner lines, target and "
                  "revised target dates day-first, word RAG with a blank for not started, summary counts and key lines at the end.",
        "reads": "A focused visit action plan with three numbered areas for improvement and eight actions. Each action takes "
                 "the area above it (blank area cells continue the one above); the revised target date, where given, is the "
                 "end; a blank RAG means not started.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# 7. Gateshead Council - Corporate Peer Challenge action plan highlight report (txt)
# ---------------------------------------------------------------------------
def gateshead():
    name = "xa-gateshead-council-corporate-peer-challenge-action-plan-highlight-report.txt"
    title = "Gateshead Council – Corporate Peer Challenge Action Plan: Highlight Report"
    REC1 = ("Recommendation 1: Develop a longer-term financial strategy and demand management approach that closes the "
            "budget gap over the medium term")
    REC2 = ("Recommendation 2: Strengthen performance management so that it drives improvement consistently across all services")
    REC3 = ("Recommendation 3: Develop a workforce strategy that addresses recruitment and retention in hard-to-fill roles")
    REC4 = ("Recommendation 4: Improve digital and cyber resilience, learning the lessons from the cyber incident")
    # rec, ref, action, lead, orig, revised, prev, cur, commentary, exp lead, end, end_text, status
    rows = [
        (REC1, "1.1", "Publish a refreshed Medium Term Financial Strategy covering 2026/27 to 2029/30",
         "Strategic Director – Resources and Digital", "Oct-25", "Feb-26", "Green", "Amber",
         "Moved to align with the provisional local government finance settlement.",
         ["Strategic Director – Resources and Digital"], "2026-02", None, "amber"),
        (REC1, "1.2", "Establish a cross-council demand management board covering adult social care, children's social care and homelessness",
         "Chief Executive", "Jun-25", "", "Amber", "Complete", "Board established; first meeting 12 June 2025.",
         ["Chief Executive"], "2025-06", None, "blue"),
        (REC1, "1.3", "Agree a savings and income programme for 2026/27 with a named lead officer for each proposal",
         "Service Director – Financial Management", "Dec-25", "", "Green", "Green", "Proposals at Star Chamber stage.",
         ["Service Director – Financial Management"], "2025-12", None, "green"),
        (REC2, "2.1", "Launch the Performance Management and Improvement Framework with six-monthly reporting to Cabinet and scrutiny",
         "Head of Policy and Performance", "Apr-25", "", "Complete", "Complete", "Framework in place; six-month report taken in November.",
         ["Head of Policy and Performance"], "2025-04", None, "blue"),
        (REC2, "2.2", "Hold service performance clinics for the ten indicators furthest from target",
         "Head of Policy and Performance / Service Directors", "Q3 2025/26", "", "Amber", "Amber", "Four clinics held; six to be scheduled.",
         ["Head of Policy and Performance", "Service Directors"], "2025-12", "Q3 2025/26", "amber"),
        (REC3, "3.1", "Take the Workforce Strategy 2025–2028 to Cabinet for approval",
         "Service Director – Human Resources", "Jul-25", "Sep-25", "Amber", "Complete", "Approved by Cabinet 23 September 2025.",
         ["Service Director – Human Resources"], "2025-09", None, "blue"),
        (REC3, "3.2", "Launch a grow-our-own apprenticeship and graduate scheme for planning, legal and social work roles",
         "Head of Organisational Development", "Jan-26", "", "Green", "Green", "Scheme design agreed; recruitment campaign from January.",
         ["Head of Organisational Development"], "2026-01", None, "green"),
        (REC3, "3.3", "Run the employee engagement survey and publish the resulting action plan to all staff",
         "Head of Organisational Development", "Annual", "", "Green", "Green", "2025 survey closed with a 41% response rate.",
         ["Head of Organisational Development"], None, "Annual", "green"),
        (REC4, "4.1", "Complete the independent lessons-learned review of the cyber incident and report it to the Audit and Standards Committee",
         "Chief Digital Officer", "Mar-25", "Jul-25", "Amber", "Complete", "Reported to Audit and Standards Committee on 21 July 2025.",
         ["Chief Digital Officer"], "2025-07", None, "blue"),
        (REC4, "4.2", "Meet the Cyber Assessment Framework baseline for all critical systems",
         "Chief Digital Officer; Information Security Manager", "Mar-26", "", "Amber", "Red",
         "Two critical systems cannot meet the baseline without supplier upgrades; funding bid to be made.",
         ["Chief Digital Officer", "Information Security Manager"], "2026-03", None, "red"),
    ]
    L = []
    L.append(title)
    L.append("")
    L.append("Reporting period:\tJuly to September 2025 (Quarter 2)")
    L.append("Report to:\tCorporate Resources Overview and Scrutiny Committee – 3 November 2025")
    L.append("Senior Responsible Owner:\tChief Executive")
    L.append("Report author:\tPolicy, Performance and Improvement Team")
    L.append("Overall status:\tGreen")
    L.append("")
    L.append("SUMMARY")
    L.append("The action plan answers the ten recommendations of the LGA Corporate Peer Challenge held on 11 to 14 November 2024. "
             "This report shows the milestones for the four recommendations reviewed this quarter. Of all 40 actions in the plan, "
             "28 are green, 6 amber, 1 red and 5 complete.")
    L.append("")
    L.append("MILESTONE TRACKER")
    L.append("\t".join(["Ref", "Action", "Lead", "Original date", "Revised date", "Previous RAG", "Current RAG", "Commentary"]))
    rec = None
    for x in rows:
        if x[0] != rec:
            rec = x[0]
            L.append(rec)
        L.append("\t".join([x[1], x[2], x[3], x[4], x[5], x[6], x[7], x[8]]))
    L.append("")
    L.append("RISKS AND ISSUES FOR ESCALATION")
    L.append("The cyber baseline (4.2) depends on supplier upgrades that are not funded in 2025/26; a capital bid will go to the "
             "February budget round.")
    L.append("")
    L.append("DECISIONS REQUIRED")
    L.append("None this period.")
    L.append("")
    L.append("RAG key: Green - on track; Amber - at risk, recovery in hand; Red - off track; Complete - delivered.")
    with open(path(name), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(L) + "\n")

    actions = [act(x[1], [x[0]], x[2], x[9], x[10], x[12], x[11]) for x in rows]
    write_expected(name, {
        "source": "Gateshead Council, 2025: quarterly highlight report on the action plan answering the LGA Corporate Peer "
                  "Challenge of November 2024 (ten recommendations, forty actions, RAG-rated; "
                  "https://www.gateshead.gov.uk/article/35199/Progress-Review-Feedback and "
                  "https://www.local.gov.uk/our-support/council-assurance-and-peer-challenge/peer-challenges-we-offer/corporate-peer-94). "
                  "Copied as a plain-text (tab-separated) export: title, key/value header block, summary paragraph, milestone "
                  "tracker with recommendation lines above their numbered actions, original and revised dates (Mmm-yy, Q3 2025/26, "
                  "Annual), previous and current RAG, then risks, decisions and key lines.",
        "reads": "A highlight report whose milestone tracker lists ten numbered actions under four peer challenge "
                 "recommendations. Each has a lead, an original date and sometimes a revised one (the revised is the end), and a "
                 "previous and a current RAG (the current one is the status).",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


if __name__ == "__main__":
    tendring()
    nnc()
    rotherham()
    lbhf()
    wigan()
    hull()
    gateshead()
    print("done")
