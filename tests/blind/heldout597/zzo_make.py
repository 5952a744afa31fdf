"""Build the seven zzo- blind test files (set heldout597) and their expected readings.

Run with: /work/main/.venv/bin/python zzo_make.py
Writes only files whose names start with "zzo-" into this folder.
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

RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "00B0F0"
GREY = "D9D9D9"
HEAD = "1F3864"

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def fill(hexcol):
    return PatternFill(fill_type="solid", start_color=hexcol, end_color=hexcol)


def path(name):
    assert name.startswith("zzo-")
    return os.path.join(HERE, name)


def write_expected(name, exp):
    out = {}
    for k in ("source", "reads", "outcome", "accept_refusal", "refuse_at", "title", "actions"):
        if k in exp:
            out[k] = exp[k]
    with open(path(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(out, f, sort_keys=False, allow_unicode=True, width=100000)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


# ---------------------------------------------------------------------------
# 1. Warrington Borough Council - internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def warrington():
    name = "zzo-warrington-borough-council-internal-audit-recommendations-tracker.xlsx"
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    title = "Internal Audit Follow-up: Agreed Management Actions"
    s["A1"] = title
    s["A1"].font = Font(bold=True, size=14, color=HEAD)
    s["A2"] = "Warrington Borough Council – Audit and Corporate Governance Committee, 25 September 2025"
    s["A2"].font = Font(italic=True)
    s["A4"] = "Summary of actions followed up (position at 31 August 2025)"
    s["A4"].font = Font(bold=True)
    hdr = ["Priority", "Actions followed up", "Complete", "On track", "Risk of slippage", "Overdue"]
    rows = [["High", 3, 1, 1, 1, 0], ["Medium", 4, 1, 1, 1, 1], ["Total", 7, 2, 2, 2, 1]]
    for j, h in enumerate(hdr, 1):
        c = s.cell(row=5, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(HEAD)
        c.border = BOX
    for i, r in enumerate(rows, 6):
        for j, v in enumerate(r, 1):
            c = s.cell(row=i, column=j, value=v)
            c.border = BOX
            if r[0] == "Total":
                c.font = Font(bold=True)
    s["A10"] = ("Note: the tracker reports all High priority actions and all actions from audits given "
                "Limited or No Assurance. Low priority actions are followed up by Internal Audit but not reported.")
    s["A11"] = "Detail of each action is on the 'Action Tracker' sheet; status definitions are on the 'Key' sheet."
    s.column_dimensions["A"].width = 16
    for col in "BCDEF":
        s.column_dimensions[col].width = 18

    t = wb.create_sheet("Action Tracker")
    t["A1"] = "Internal Audit Action Tracker – position at 31 August 2025"
    t["A1"].font = Font(bold=True, size=13, color=HEAD)
    t.merge_cells("A1:J1")
    t["A2"] = "Extract from the audit action tracking system, 3 September 2025. Updates provided by responsible officers."
    t["A2"].font = Font(italic=True, size=9)
    t.merge_cells("A2:J2")
    headers = ["Action Ref", "Finding / Recommendation", "Priority", "Agreed Management Action",
               "Responsible Officer", "Original Target Date", "Revised Target Date", "Status",
               "Latest Update (August 2025)", "Audit Comment"]
    for j, h in enumerate(headers, 1):
        c = t.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(HEAD)
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    t.freeze_panes = "A5"

    D = dt.datetime
    status_fill = {"Complete": BLUE, "On track": GREEN, "Risk of slippage": AMBER, "Overdue": RED}
    groups = [
        ("Accounts Payable 2024/25 – Limited Assurance", [
            ("AP/01", "Duplicate payment checks are not run before each payment run.", "High",
             "Run the duplicate payments report before every BACS payment run and retain evidence of review "
             "signed off by the Payments Team Leader.",
             "Payments Team Leader", D(2025, 3, 31), None, "Complete",
             "Report run before each weekly run since March 2025.", "Evidence verified by Internal Audit, July 2025."),
            ("AP/02", "Changes to supplier bank details are not independently verified.", "High",
             "Introduce call-back verification to a known supplier contact for all bank detail change requests, "
             "with a second officer approving the change in the finance system.",
             "Head of Finance Operations / Payments Team Leader", D(2025, 4, 30), D(2025, 10, 31),
             "Risk of slippage",
             "Call-back in place. System workflow for second approval awaiting supplier release.", ""),
        ]),
        ("Direct Payments (Adult Social Care) 2024/25 – Limited Assurance", [
            ("DP/01", "Annual financial reviews of direct payment accounts are not completed in line with policy.",
             "Medium",
             "Clear the backlog of overdue direct payment financial reviews, prioritising accounts holding "
             "balances over £5,000.",
             "Direct Payments Team Manager", D(2025, 6, 30), D(2025, 11, 30), "On track",
             "142 of 210 overdue reviews completed. Temporary officer in post until November.", ""),
            ("DP/02", "Surplus balances on direct payment accounts are not recovered.", "Medium",
             "Agree and publish a surplus recovery procedure and recover balances above eight weeks' payments.",
             "Assistant Director – Commissioning; Finance Business Partner (Adults)", D(2025, 7, 31), None,
             "Overdue",
             "Procedure drafted, not yet approved by Adult Social Care DMT.",
             "Escalated to Director of Adult Social Care."),
        ]),
        ("ICT Asset Management 2024/25 – Reasonable Assurance (High priority action)", [
            ("ICT/01", "There is no complete register of end-user devices.", "High",
             "Reconcile the device management console to the ICT asset register and record every laptop "
             "against a named user.\nRecover or disable devices that have not connected for 90 days.",
             "ICT Service Delivery Manager", D(2025, 5, 31), D(2025, 9, 30), "On track",
             "Reconciliation 85% complete; 61 devices disabled.", ""),
        ]),
        ("Section 106 Agreements 2023/24 – Limited Assurance (follow-up)", [
            ("S106/03", "Monitoring of S106 trigger points relies on a spreadsheet that is not reconciled "
             "to the planning system.", "Medium",
             "Move S106 obligation monitoring into the planning obligations module and reconcile it to the "
             "planning system monthly.",
             "Development Management Manager", D(2024, 12, 31), D(2025, 3, 31), "Complete",
             "Module live from March 2025; monthly reconciliation in place.", "Verified June 2025."),
            ("S106/04", "Contributions approaching their repayment date are not reported to members.", "Medium",
             "Report S106 balances, and contributions at risk of repayment, to the Development Management "
             "Committee every six months.",
             "Finance Manager (Capital)", D(2025, 3, 31), D(2025, 9, 30), "Risk of slippage",
             "First report drafted for the October committee cycle.", ""),
        ]),
    ]
    r = 5
    actions = []
    for band, items in groups:
        c = t.cell(row=r, column=1, value=band)
        c.font = Font(bold=True)
        for j in range(1, 11):
            t.cell(row=r, column=j).fill = fill(GREY)
        t.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for (ref, rec, pri, action, lead, orig, rev, status, upd, com) in items:
            vals = [ref, rec, pri, action, lead, orig, rev, status, upd, com]
            for j, v in enumerate(vals, 1):
                c = t.cell(row=r, column=j, value=v)
                c.alignment = Alignment(wrap_text=True, vertical="top")
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            t.cell(row=r, column=8).fill = fill(status_fill[status])
            r += 1
            end = (rev or orig).strftime("%Y-%m")
            st = {"Complete": "blue", "On track": "green", "Risk of slippage": "amber", "Overdue": "red"}[status]
            leads = [x.strip() for x in lead.replace(";", "/").split("/")]
            actions.append(act(ref, [band, rec], action, leads, end, st))
    widths = [10, 40, 9, 55, 30, 13, 13, 14, 40, 28]
    for j, w in enumerate(widths):
        t.column_dimensions["ABCDEFGHIJ"[j]].width = w

    k = wb.create_sheet("Key")
    k["A1"] = "Status key"
    k["A1"].font = Font(bold=True)
    key = [("Complete", "Action implemented and evidence verified by Internal Audit", BLUE),
           ("On track", "Action in progress and expected to be implemented by the target date", GREEN),
           ("Risk of slippage", "Action in progress but the target date is at risk", AMBER),
           ("Overdue", "Target date has passed and the action has not been implemented", RED)]
    for i, (a, b, col) in enumerate(key, 2):
        k.cell(row=i, column=1, value=a).fill = fill(col)
        k.cell(row=i, column=2, value=b)
    k["A8"] = "Priority"
    k["A8"].font = Font(bold=True)
    pri = [("High", "Fundamental weakness in control; action required urgently"),
           ("Medium", "Significant weakness; action required within six months"),
           ("Low", "Improvement to control or efficiency; not reported to Committee")]
    for i, (a, b) in enumerate(pri, 9):
        k.cell(row=i, column=1, value=a)
        k.cell(row=i, column=2, value=b)
    k.column_dimensions["A"].width = 18
    k.column_dimensions["B"].width = 70
    wb.save(path(name))

    write_expected(name, {
        "source": ("Imitates a district/unitary council internal audit follow-up report to the audit committee "
                   "(Warrington Borough Council, Audit and Corporate Governance Committee, September 2025, "
                   "as published in committee papers by councils such as Warrington, Herefordshire and Reading). "
                   "Copies a Summary sheet with a totals table by priority, an Action Tracker sheet with audit "
                   "title band rows (merged, grey), finding/recommendation beside the agreed management action, "
                   "job-title responsible officers (two posts joined by '/' or ';'), original and revised target "
                   "dates as Excel dates, a status word with fill colour, and a separate Key sheet."),
        "reads": ("A three-sheet workbook: a summary of 7 followed-up audit actions, the tracker itself, and a "
                  "status/priority key. On the tracker each audit is a grey band row, and under it each row pairs "
                  "the auditor's finding with the agreed management action, its responsible officer, original "
                  "and revised dates and a status (Complete, On track, Risk of slippage, Overdue)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# 2. Wandsworth Health and Wellbeing Board - action log (xlsx, fill-only RAG)
# ---------------------------------------------------------------------------
def wandsworth():
    name = "zzo-wandsworth-health-and-wellbeing-board-action-log.xlsx"
    wb = Workbook()
    s = wb.active
    s.title = "Action Log"
    title = "Wandsworth Health and Wellbeing Board – Action Log"
    s["A1"] = title
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Updated: 10 September 2025 (for the meeting on 25 September 2025)"
    s["A3"] = "Actions shown as complete will be removed from the log after the next meeting."
    s["A3"].font = Font(italic=True, size=9)
    s["A4"] = "Key:"
    s["A4"].font = Font(bold=True)
    for col, (txt, colr) in zip("BCDE", [("Overdue", RED), ("Date revised / at risk", AMBER),
                                          ("On track", GREEN), ("Complete", BLUE)]):
        c = s[f"{col}4"]
        c.value = txt
        c.fill = fill(colr)
        c.border = BOX
    headers = ["Ref", "Action", "Owner", "Date due", "Update", "Status"]
    for j, h in enumerate(headers, 1):
        c = s.cell(row=6, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.border = BOX
    D = dt.datetime
    meetings = [
        ("Meeting held on 13 March 2025", [
            ("HWB 25/03-1",
             "Circulate the final Pharmaceutical Needs Assessment 2025–2028 to Board members ahead of publication.",
             "Director of Public Health", "Apr-25", "Circulated by email on 2 April 2025.", BLUE,
             ["Director of Public Health"], "2025-04", "blue"),
            ("HWB 25/03-2",
             "Bring a report on the uptake of childhood immunisations (MMR2) by ward, with the proposed actions "
             "of the Immunisation Steering Group.",
             "Consultant in Public Health (Health Protection)", D(2025, 7, 17),
             "Report presented on 17 July 2025. Follow-up action HWB 25/07-3.", BLUE,
             ["Consultant in Public Health (Health Protection)"], "2025-07", "blue"),
            ("HWB 25/03-3",
             "Arrange a Board development session on the refresh of the Joint Local Health and Wellbeing Strategy.",
             "Board Chair / Director of Public Health", "Oct-25",
             "Originally due June 2025. Session postponed owing to the pre-election period; now booked for "
             "8 October 2025.", AMBER,
             ["Board Chair", "Director of Public Health"], "2025-10", "amber"),
        ]),
        ("Meeting held on 17 July 2025", [
            ("HWB 25/07-1",
             "Share the Better Care Fund 2025–26 quarter 1 return with Board members for information.",
             "Head of Integrated Commissioning (Adults)", D(2025, 8, 29),
             "Not yet circulated – awaiting national sign-off of the return.", RED,
             ["Head of Integrated Commissioning (Adults)"], "2025-08", "red"),
            ("HWB 25/07-2",
             "Work with Healthwatch Wandsworth to include residents' experience of GP access in the next JSNA "
             "chapter on primary care.",
             "JSNA Lead; Healthwatch Wandsworth Manager", "Dec-25",
             "Survey questions agreed; fieldwork in October.", GREEN,
             ["JSNA Lead", "Healthwatch Wandsworth Manager"], "2025-12", "green"),
            ("HWB 25/07-3",
             "Provide a breakdown of MMR2 uptake for children looked after and children with a social worker.",
             "Consultant in Public Health (Health Protection) / Virtual School Head", "Nov-25",
             "Data sharing agreement with the GP practices being finalised.", GREEN,
             ["Consultant in Public Health (Health Protection)", "Virtual School Head"], "2025-11", "green"),
            ("HWB 25/07-4",
             "Add an item on winter vaccination planning to the Board's forward plan.",
             "Board Officer", "Sept 2025", "Added to the agenda for 25 September 2025.", BLUE,
             ["Board Officer"], "2025-09", "blue"),
        ]),
    ]
    r = 7
    actions = []
    for band, items in meetings:
        c = s.cell(row=r, column=1, value=band)
        c.font = Font(bold=True)
        c.fill = fill("DCE6F1")
        s.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        r += 1
        for (ref, action, owner, due, upd, colr, leads, end, st) in items:
            for j, v in enumerate([ref, action, owner, due, upd, None], 1):
                c = s.cell(row=r, column=j, value=v)
                c.alignment = Alignment(wrap_text=True, vertical="top")
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            s.cell(row=r, column=6).fill = fill(colr)
            r += 1
            actions.append(act(ref, [band], action, leads, end, st))
    for col, w in zip("ABCDEF", [14, 60, 34, 12, 50, 10]):
        s.column_dimensions[col].width = w
    wb.save(path(name))

    write_expected(name, {
        "source": ("Imitates a London borough Health and Wellbeing Board action log as appended to board papers "
                   "(Wandsworth Health and Wellbeing Board, September 2025; layout in the style of HWB action logs "
                   "published by London boroughs). Copies the board title block, an 'as at' line, a colour key "
                   "row, meeting-date band rows grouping actions, HWB minute-style refs, post-holder owners "
                   "(some two posts), due dates mixed as text ('Apr-25', 'Sept 2025') and Excel dates, and a "
                   "status column shown by fill colour only."),
        "reads": ("One sheet listing seven actions from the March and July 2025 board meetings, each under its "
                  "meeting band row. The status of each action is the colour of its Status cell, read against "
                  "the key at the top (red overdue, amber revised/at risk, green on track, blue complete)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# 3. Isle of Wight Council - strategic risk register (xlsx) - typo month -> refuse
# ---------------------------------------------------------------------------
def isle_of_wight():
    name = "zzo-isle-of-wight-council-strategic-risk-register-typo-month-refuse.xlsx"
    wb = Workbook()
    s = wb.active
    s.title = "Strategic Risk Register"
    title = "Isle of Wight Council – Strategic Risk Register"
    s["A1"] = title
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Quarter 2 2025/26 (July – September 2025)"
    s["A3"] = "Reported to Audit and Governance Committee, 24 November 2025"
    s["A3"].font = Font(italic=True)
    headers = ["Risk ref", "Risk title", "Risk owner", "Inherent score", "Current score", "Target score",
               "Direction of travel", "Further mitigating actions", "Action owner", "Target date",
               "Action status"]
    for j, h in enumerate(headers, 1):
        c = s.cell(row=5, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("00467F")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    risks = [
        ("SR01", "Failure to set and deliver a balanced budget for 2026/27 and over the medium term",
         "Director of Finance and S151 Officer", 25, 20, 12, "↔", [
             ("Deliver the 2025/26 savings programme and report any slippage monthly to the Corporate "
              "Management Team.", "Assistant Director of Finance", "March 2026", "Amber"),
             ("Complete the refresh of the Medium Term Financial Strategy for Cabinet.",
              "Director of Finance and S151 Officer", "December 2025", "Green"),
         ]),
        ("SR04", "Insufficient capacity in the island's adult social care market to meet assessed needs",
         "Director of Adult Social Care and Housing Needs", 20, 16, 9, "↓", [
             ("Re-procure the care at home framework with revised rural rates.", "Head of Commissioning",
              "January 2026", "Green"),
             ("Run a joint recruitment campaign for care workers with island providers.",
              "Head of Commissioning", "March 2026", "Green"),
         ]),
        ("SR07", "Disruption to cross-Solent travel affecting council services and residents' access to "
                 "mainland health services",
         "Director of Community Services", 20, 15, 10, "↔", [
             ("Agree contingency arrangements with ferry operators for essential staff and patient travel.",
              "Emergency Planning Manager", "Febuary 2026", "Amber"),
             ("Test the cross-Solent business continuity plan through a multi-agency exercise.",
              "Emergency Planning Manager", "November 2025", "Complete"),
         ]),
        ("SR09", "A successful cyber attack leading to loss of systems or data", "Director of Corporate Services",
         25, 16, 12, "↓", [
             ("Complete the move to multi-factor authentication for all remote users.",
              "Head of ICT and Digital Services", "October 2025", "Complete"),
             ("Commission an external penetration test and remediate all critical findings.",
              "Head of ICT and Digital Services", "January 2026", "Green"),
         ]),
    ]
    r = 6
    typo_row = None
    rag = {"Amber": AMBER, "Green": GREEN, "Complete": BLUE, "Red": RED}
    for (ref, rtitle, owner, inh, cur, tgt, dot, acts) in risks:
        first = r
        for (a, ao, date, st) in acts:
            for j, v in enumerate([a, ao, date, st], 8):
                c = s.cell(row=r, column=j, value=v)
                c.alignment = Alignment(wrap_text=True, vertical="top")
                c.border = BOX
            s.cell(row=r, column=11).fill = fill(rag[st])
            if "Febuary" in date:
                typo_row = r
            r += 1
        for j, v in enumerate([ref, rtitle, owner, inh, cur, tgt, dot], 1):
            c = s.cell(row=first, column=j, value=v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = BOX
            s.merge_cells(start_row=first, start_column=j, end_row=r - 1, end_column=j)
        for j, score in ((4, inh), (5, cur), (6, tgt)):
            colr = RED if score >= 15 else AMBER if score >= 8 else GREEN
            s.cell(row=first, column=j).fill = fill(colr)
    s.cell(row=r + 1, column=1, value="Direction of travel: ↑ risk increasing, ↔ no change, ↓ risk reducing "
                                      "since the last quarter.")
    for col, w in zip("ABCDEFGHIJK", [8, 40, 30, 10, 10, 10, 10, 55, 32, 15, 12]):
        s.column_dimensions[col].width = w

    m = wb.create_sheet("Scoring matrix")
    m["A1"] = "Risk score = Likelihood (1–5) x Impact (1–5)"
    m["A1"].font = Font(bold=True)
    m["A3"] = "15–25"
    m["B3"] = "Red – significant risk, reviewed monthly by CMT"
    m["A3"].fill = fill(RED)
    m["A4"] = "8–14"
    m["B4"] = "Amber – moderate risk, reviewed quarterly"
    m["A4"].fill = fill(AMBER)
    m["A5"] = "1–7"
    m["B5"] = "Green – low risk, managed within directorate"
    m["A5"].fill = fill(GREEN)
    m.column_dimensions["B"].width = 55
    wb.save(path(name))
    assert typo_row == 10, typo_row

    write_expected(name, {
        "source": ("Imitates a unitary council strategic risk register reported quarterly to its audit committee "
                   "(Isle of Wight Council, Q2 2025/26; layout in the style of council strategic risk registers "
                   "in committee papers). Copies the title block, risk rows merged vertically over their further "
                   "mitigating actions, inherent/current/target scores with score fills, direction-of-travel "
                   "arrows, action owners, target dates written as month and year, an action status column, and "
                   "a separate scoring-matrix sheet."),
        "reads": ("Four strategic risks, each with two further mitigating actions that have an owner, a target "
                  "month and a status. The target date of SR07's first action (sheet row 10) reads 'Febuary "
                  "2026', a mistyped month, so a careful reader stops and asks before reading the plan."),
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
    for c in row.cells:
        for p in c.paragraphs:
            for run in p.runs:
                run.font.bold = True
        if hexcol:
            shade(c, hexcol)


def set_cell(cell, text):
    """Set cell text; '\n' starts a new paragraph in the cell."""
    parts = text.split("\n")
    cell.text = parts[0]
    for extra in parts[1:]:
        cell.add_paragraph(extra)


# ---------------------------------------------------------------------------
# 4. Newham Safeguarding Children Partnership - CSPR Baby K action plan (docx)
# ---------------------------------------------------------------------------
def newham():
    name = "zzo-newham-safeguarding-children-partnership-cspr-baby-k-action-plan.docx"
    doc = Document()
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Newham Safeguarding Children Partnership"
    sec.footer.paragraphs[0].text = "OFFICIAL – for publication"
    title = "Local Child Safeguarding Practice Review: Baby K – Multi-agency Action Plan"
    doc.add_heading(title, level=0)
    doc.add_paragraph("Document control")
    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for a, b in [("Document owner", "NSCP Learning and Improvement Sub-group"), ("Version", "1.4"),
                 ("Date of this update", "14 March 2025"),
                 ("Approved by", "NSCP Executive, 20 November 2024"), ("Next review", "June 2025")]:
        row = dc.add_row()
        row.cells[0].text = a
        row.cells[1].text = b
        shade(row.cells[0], "E7E6E6")
    doc.add_paragraph("")
    doc.add_paragraph(
        "Baby K was eleven weeks old when admitted to hospital with serious injuries. The review, published in "
        "October 2024, made four recommendations for the partnership. This plan sets out the actions agreed by "
        "partners in response, grouped by the learning themes of the review. Progress is reported to the NSCP "
        "Executive each quarter.")
    doc.add_paragraph("RAG rating key")
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    keycol = {"B": "00B0F0", "G": "00B050", "A": "FFC000", "R": "FF0000"}
    for a, b in [("B", "Complete – evidence of impact received"), ("G", "On track"),
                 ("A", "Some slippage – within three months of timescale"),
                 ("R", "Not progressing or timescale missed")]:
        row = key.add_row()
        row.cells[0].text = a
        row.cells[1].text = b
        shade(row.cells[0], keycol[a])

    hdr = ["Ref", "Action", "Lead", "Timescale", "Progress update (March 2025)", "RAG"]
    themes = [
        ("Learning theme 1: Seeing the whole household", [
            ("Recommendation 1: Partners should ensure that all adults living in or regularly visiting the "
             "household of a new baby are identified, and their histories considered, in pre-birth and early "
             "postnatal assessments.", [
                ("1.1", "Revise the pre-birth assessment protocol to include a mandatory section on fathers and "
                        "other male carers, including checks with police and probation.",
                 "Head of Service, Assessment and Intervention", "December 2024",
                 "Protocol approved by the NSCP Executive on 20/11/2024 and published on the NSCP website.", "B",
                 ["Head of Service, Assessment and Intervention"], "2024-12", None, "blue"),
                ("1.2", "Record the name, date of birth and address of the baby's father, and of any partner of "
                        "the mother, at the midwifery booking appointment.",
                 "Named Midwife for Safeguarding, Newham Hospital (Barts Health)", "Q4 2024/25",
                 "Booking template changed in January 2025; audit of compliance due April 2025.", "G",
                 ["Named Midwife for Safeguarding, Newham Hospital (Barts Health)"], "2025-03", None, "green"),
                ("1.3", "Deliver briefing sessions for health visitors and early help practitioners on working "
                        "with fathers and 'hidden' men in the household.",
                 "Designated Nurse for Safeguarding Children (NEL ICB) / NSCP Training Coordinator",
                 "Sept 2024 – March 2025",
                 "Four sessions delivered to 96 practitioners; two further sessions booked.", "G",
                 ["Designated Nurse for Safeguarding Children (NEL ICB)", "NSCP Training Coordinator"],
                 "2025-03", "Sept 2024 – March 2025", "green"),
            ]),
        ]),
        ("Learning theme 2: Responding to bruising in non-mobile babies", [
            ("Recommendation 2: The NSCP should seek assurance that the multi-agency protocol for bruising in "
             "non-mobile infants is understood and followed by all agencies, including urgent care services and "
             "GP practices.", [
                ("2.1", "Relaunch the bruising in non-mobile infants protocol with a seven-minute briefing and a "
                        "practitioner flowchart.",
                 "NSCP Business Manager", "31/10/2024", "Relaunched on 16 October 2024.", "B",
                 ["NSCP Business Manager"], "2024-10", None, "blue"),
                ("2.2", "Audit a sample of referrals for bruising in non-mobile infants received by the MASH "
                        "between January and June 2025.",
                 "MASH Service Manager; Named GP for Safeguarding Children", "July 2025",
                 "Audit tool agreed; sample to be drawn in July.", "G",
                 ["MASH Service Manager", "Named GP for Safeguarding Children"], "2025-07", None, "green"),
                ("2.3", "Include the protocol in safeguarding training for GP practice leads and check "
                        "completion at practice level.",
                 "Named GP for Safeguarding Children", "Ongoing",
                 "Included in the spring 2025 GP safeguarding leads forum. Practice-level completion data is "
                 "not yet available.", "A",
                 ["Named GP for Safeguarding Children"], None, "Ongoing", "amber"),
            ]),
        ]),
        ("Learning theme 3: Information sharing when families move", [
            ("Recommendation 3: Agencies should ensure that when a family moves between London boroughs, "
             "records and open safeguarding concerns are transferred promptly and acted on by the receiving "
             "service.", [
                ("3.1", "Agree with neighbouring boroughs' 0–19 providers a protocol for transferring health "
                        "visiting records within five working days of a family moving.",
                 "Head of 0–19 Public Health Nursing", "Q1 2025/26",
                 "Draft protocol shared with neighbouring providers; responses awaited.", "A",
                 ["Head of 0–19 Public Health Nursing"], "2025-06", None, "amber"),
                ("3.2", "Check all open cases transferred in from other local authorities in the last 12 months "
                        "to confirm that previous concerns were considered.",
                 "Principal Social Worker", "January 2025",
                 "Not started – capacity within the Quality Assurance team.", "R",
                 ["Principal Social Worker"], "2025-01", None, "red"),
            ]),
        ]),
        ("Cross-cutting recommendation", [
            ("Recommendation 4: All partner agencies should provide assurance that safeguarding supervision for "
             "practitioners working with babies includes reflection on the baby's lived experience.", [
                ("4.1", "Each agency to complete a supervision audit and report the findings to the Learning and "
                        "Improvement Sub-group.",
                 "All partner agency safeguarding leads", "June 2025",
                 "Request issued to agencies in March 2025.", "",
                 ["All partner agency safeguarding leads"], "2025-06", None, "unrated"),
            ]),
        ]),
    ]
    actions = []
    for theme, recs in themes:
        doc.add_heading(theme, level=2)
        for rec, items in recs:
            tb = doc.add_table(rows=2, cols=6)
            tb.style = "Table Grid"
            top = tb.rows[0]
            merged = top.cells[0].merge(top.cells[5])
            merged.text = rec
            for run in merged.paragraphs[0].runs:
                run.font.bold = True
            shade(merged, "D9E2F3")
            for j, h in enumerate(hdr):
                tb.rows[1].cells[j].text = h
            bold_row(tb.rows[1], "F2F2F2")
            for (ref, action, lead, ts, upd, rag, leads, end, end_text, st) in items:
                row = tb.add_row()
                for j, v in enumerate([ref, action, lead, ts, upd, rag]):
                    set_cell(row.cells[j], v)
                if rag:
                    shade(row.cells[5], keycol[rag])
                actions.append(act(ref, [theme, rec], action, leads, end, st, end_text))
            doc.add_paragraph("")
    doc.add_paragraph("Next update to the NSCP Executive: June 2025.")
    doc.save(path(name))

    write_expected(name, {
        "source": ("Imitates a safeguarding children partnership's multi-agency action plan responding to a local "
                   "child safeguarding practice review (Newham Safeguarding Children Partnership, LCSPR 'Baby K', "
                   "update March 2025; layout in the style of LCSPR action plans published by London "
                   "partnerships). Copies the partnership name in the page header, a document-control table, a "
                   "RAG key table (B/G/A/R), learning-theme headings, one table per recommendation with the "
                   "recommendation in a merged top row above the column headings, job-title leads (some with "
                   "commas or parentheses, some two posts), timescales as months, quarters, a period, a date and "
                   "'Ongoing', and letter RAG ratings with cell shading."),
        "reads": ("A Word action plan with four learning-theme headings, each followed by one table per review "
                  "recommendation; the recommendation text heads the table and nine numbered actions sit below "
                  "it with lead, timescale, progress and a RAG letter read against the key. The document-control "
                  "and RAG key tables are not part of the plan; action 4.1 has no RAG yet."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# 5. Medway Council - One Medway Council Plan delivery plan Q2 2025/26 (docx)
# ---------------------------------------------------------------------------
def medway():
    name = "zzo-medway-council-one-medway-council-plan-delivery-plan-2025-26.docx"
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(10)
    title = "One Medway Council Plan 2024–2028: Delivery Plan 2025/26"
    doc.add_heading(title, level=0)
    p = doc.add_paragraph("Quarter 2 (July – September 2025) progress report")
    p.runs[0].font.bold = True
    ctl = doc.add_table(rows=0, cols=2)
    ctl.style = "Table Grid"
    for a, b in [("Prepared by", "Corporate Performance Team"), ("Reported to", "Cabinet, 11 November 2025"),
                 ("Appendix", "Appendix 2")]:
        row = ctl.add_row()
        row.cells[0].text = a
        row.cells[1].text = b
    doc.add_paragraph(
        "This appendix reports progress on the key deliverables that support the priorities of the One Medway "
        "Council Plan. Each deliverable has a lead officer and a milestone date. Status is reported as Complete, "
        "Green (on track), Amber (at risk of delay) or Red (will not be delivered by the milestone date).")
    hdr = ["Ref", "Key deliverable", "Lead officer", "Milestone date", "Q2 status", "Q2 commentary"]
    colr = {"Complete": "00B0F0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    priorities = [
        ("Priority 1: Delivering quality social care and community services", [
            ("Sub-priority 1.1: Supporting people to live independently", [
                ("1.1.1", "Open the Chatham extra care scheme (60 apartments) and complete the first lettings.",
                 "Assistant Director, Adult Social Care Commissioning", "Q3 2025/26", "Amber",
                 "Handover from the contractor delayed by six weeks; first lettings now expected in January 2026.",
                 ["Assistant Director, Adult Social Care Commissioning"], "2025-12", None, "amber"),
                ("1.1.2", "Offer technology enabled care to all new recipients of home care.",
                 "Head of Adult Social Care Transformation", "March 2026", "Green",
                 "Offer live in two of the three localities; third locality from December.",
                 ["Head of Adult Social Care Transformation"], "2026-03", None, "green"),
            ]),
            ("Sub-priority 1.2: Keeping children safe and supporting families", [
                ("1.2.1", "Open two further Family Hubs, in Gillingham and Strood.",
                 "Head of Early Help and Family Hubs", "September 2025", "Complete",
                 "Both hubs opened on 15 September 2025.",
                 ["Head of Early Help and Family Hubs"], "2025-09", None, "blue"),
                ("1.2.2", "Recruit 20 permanent social workers through the international recruitment programme "
                          "to reduce reliance on agency staff.",
                 "Director of Children's Services / Head of HR and Organisational Development", "Q4 2025/26",
                 "Green", "14 social workers in post; final cohort arriving in January 2026.",
                 ["Director of Children's Services", "Head of HR and Organisational Development"],
                 "2026-03", None, "green"),
            ]),
        ]),
        ("Priority 2: Benefitting from good education opportunities, quality jobs and a growing economy", [
            ("Sub-priority 2.1: Growing Medway's economy", [
                ("2.1.1", "Complete the refurbishment of the former department store in Chatham High Street for "
                          "community, health and business use.\nPhase 1 (ground floor) only in 2025/26.",
                 "Assistant Director, Regeneration", "31 March 2026", "Amber",
                 "Asbestos removal has added eight weeks to the programme; options to recover time are being "
                 "considered.",
                 ["Assistant Director, Regeneration"], "2026-03", None, "amber"),
                ("2.1.2", "Launch the Medway skills bootcamp programme with local further and higher education "
                          "partners.",
                 "Head of Skills and Employability", "Q2 2025/26", "Complete",
                 "Launched in July 2025; 48 learners enrolled on the first two bootcamps.",
                 ["Head of Skills and Employability"], "2025-09", None, "blue"),
            ]),
        ]),
        ("Priority 3: Enjoying clean, green, safe and connected communities", [
            ("Sub-priority 3.1: A cleaner and greener Medway", [
                ("3.1.1", "Introduce weekly food waste collections for all kerbside properties.",
                 "Head of Waste Services", "April 2026", "Green",
                 "Vehicles ordered; caddy delivery to households from February 2026.",
                 ["Head of Waste Services"], "2026-04", None, "green"),
                ("3.1.2", "Plant 5,000 trees across parks and open spaces as part of the Medway Tree Strategy.",
                 "Greenspaces Manager", "March 2026", "Red",
                 "External funding bid unsuccessful. A reduced programme of 2,000 trees is proposed for this "
                 "planting season.",
                 ["Greenspaces Manager"], "2026-03", None, "red"),
            ]),
        ]),
    ]
    actions = []
    counts = {}
    for prio, subs in priorities:
        doc.add_heading(prio, level=1)
        for sub, items in subs:
            doc.add_heading(sub, level=2)
            tb = doc.add_table(rows=1, cols=6)
            tb.style = "Table Grid"
            for j, h in enumerate(hdr):
                tb.rows[0].cells[j].text = h
            bold_row(tb.rows[0], "D9D9D9")
            for (ref, action, lead, due, status, comm, leads, end, end_text, st) in items:
                row = tb.add_row()
                for j, v in enumerate([ref, action, lead, due, status, comm]):
                    set_cell(row.cells[j], v)
                shade(row.cells[4], colr[status])
                counts[status] = counts.get(status, 0) + 1
                actions.append(act(ref, [prio, sub], action, leads, end, st, end_text))
    doc.add_heading("Summary of deliverable status at Quarter 2", level=2)
    sm = doc.add_table(rows=1, cols=2)
    sm.style = "Table Grid"
    sm.rows[0].cells[0].text = "Status"
    sm.rows[0].cells[1].text = "Number of deliverables"
    bold_row(sm.rows[0], "D9D9D9")
    for k in ("Complete", "Green", "Amber", "Red"):
        row = sm.add_row()
        row.cells[0].text = k
        row.cells[1].text = str(counts.get(k, 0))
    row = sm.add_row()
    row.cells[0].text = "Total"
    row.cells[1].text = str(sum(counts.values()))
    doc.save(path(name))

    write_expected(name, {
        "source": ("Imitates a unitary council's corporate delivery plan progress appendix to Cabinet (Medway "
                   "Council, One Medway Council Plan 2024–2028, Delivery Plan 2025/26, Q2 report November "
                   "2025; priorities as in the published One Medway Council Plan). Copies the title block, a "
                   "small control table, a status definition paragraph, Heading 1 per priority and Heading 2 per "
                   "sub-priority each followed by a deliverables table, job-title leads (some with commas, one "
                   "pair joined by '/'), milestone dates as quarters, months and a full date, a two-paragraph "
                   "deliverable cell, a shaded status word, and a closing summary-of-status table."),
        "reads": ("A Word report of eight key deliverables under three Council Plan priorities and their "
                  "sub-priorities, each with a lead officer, milestone date, Q2 status (Complete, Green, Amber, "
                  "Red) and commentary. The control table at the top and the status summary at the end are not "
                  "deliverables."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# 6. West Lancashire CSP - DHR 'Rebecca' action plan (csv)
# ---------------------------------------------------------------------------
def west_lancs():
    name = "zzo-west-lancashire-csp-dhr-rebecca-action-plan.csv"
    title = "Domestic Homicide Review 'Rebecca' – Action Plan"
    rows = [
        [title],
        ["West Lancashire Community Safety Partnership – updated for the CSP Executive Board, 9 October 2025"],
        [],
        ["Recommendation", "Action No.", "Action", "Lead", "Target date", "Progress update", "Status"],
    ]
    recs = [
        ("1. West Lancashire CSP to assure itself that agencies recognise and respond to economic abuse and "
         "coercive control experienced by older victims.", [
            ("1.1", "Deliver coercive control and economic abuse training to housing, adult social care and GP "
                    "practice staff.", "Domestic Abuse Coordinator", "31/03/2025",
             "Three sessions held (74 staff). Evaluation shows improved confidence.", "Complete",
             ["Domestic Abuse Coordinator"], "2025-03", None, "blue"),
            ("1.2", "Include economic abuse prompts in the local practice guidance for the DASH risk checklist.",
             "Domestic Abuse Coordinator", "June 2025", "Guidance updated and circulated to partners.",
             "Complete", ["Domestic Abuse Coordinator"], "2025-06", None, "blue"),
        ]),
        ("2. Lancashire Constabulary to ensure that repeat calls from the same address are linked and reviewed, "
         "even where no offence is recorded.", [
            ("2.1", "Brief all response and neighbourhood officers in West Lancashire on the repeat-caller flag "
                    "and the linking of incidents.", "Chief Inspector, West Lancashire Neighbourhood Policing",
             "Sept 2025", "Briefings delivered to four of five shifts; final shift in October.", "Amber",
             ["Chief Inspector, West Lancashire Neighbourhood Policing"], "2025-09", None, "amber"),
            ("2.2", "Dip-sample domestic incidents with no crime recorded to check that previous incidents at the "
                    "address were reviewed.", "Detective Inspector, Public Protection; Force Domestic Abuse Lead",
             "December 2025", "Sampling method agreed with the Force Domestic Abuse Lead.", "Green",
             ["Detective Inspector, Public Protection", "Force Domestic Abuse Lead"], "2025-12", None, "green"),
        ]),
        ("3. NHS Lancashire and South Cumbria ICB to promote routine enquiry about domestic abuse in GP practices "
         "in West Lancashire.", [
            ("3.1", "Roll out the IRIS domestic abuse training and referral programme to West Lancashire GP "
                    "practices.", "Named GP for Safeguarding Adults / Designated Nurse for Safeguarding Adults",
             "Q4 2025/26", "Funding agreed; provider procurement under way.", "Green",
             ["Named GP for Safeguarding Adults", "Designated Nurse for Safeguarding Adults"], "2026-03", None,
             "green"),
        ]),
        ("4. West Lancashire Borough Council to review how tenancy officers respond to disclosures of domestic "
         "abuse made during home visits.", [
            ("4.1", "Update the tenancy visit procedure to include a domestic abuse prompt and a referral route to "
                    "the IDVA service.", "Tenancy Services Manager", "Dec-24",
             "Procedure updated and signed off by the Head of Housing.", "Complete",
             ["Tenancy Services Manager"], "2024-12", None, "blue"),
            ("4.2", "Train all tenancy officers on the updated procedure.", "Tenancy Services Manager", "TBC",
             "Awaiting confirmation of dates from the training provider.", "Not started",
             ["Tenancy Services Manager"], None, "TBC", "unrated"),
        ]),
        ("5. The CSP to share the learning from this review with practitioners and the public.", [
            ("5.1", "Publish a seven-minute briefing and hold a practitioner learning event.", "CSP Manager",
             "Ongoing", "Briefing published; learning event planned for the 16 Days of Action in November.",
             "Green", ["CSP Manager"], None, "Ongoing", "green"),
        ]),
    ]
    actions = []
    counts = {}
    for rec, items in recs:
        for i, (ref, action, lead, due, upd, status, leads, end, end_text, st) in enumerate(items):
            rows.append([rec if i == 0 else "", ref, action, lead, due, upd, status])
            counts[status] = counts.get(status, 0) + 1
            actions.append(act(ref, [rec], action, leads, end, st, end_text))
    rows.append([])
    rows.append(["Status key: Complete; Green = on track; Amber = some slippage; Red = significant slippage or "
                 "no progress; Not started"])
    rows.append(["Total actions: %d" % len(actions), "Complete: %d" % counts.get("Complete", 0),
                 "Green: %d" % counts.get("Green", 0), "Amber: %d" % counts.get("Amber", 0),
                 "Not started: %d" % counts.get("Not started", 0)])
    with open(path(name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for r in rows:
            w.writerow(r)

    write_expected(name, {
        "source": ("Imitates a community safety partnership's domestic homicide review action plan as exported to "
                   "CSV from the partnership's tracker (West Lancashire Community Safety Partnership, DHR "
                   "'Rebecca', October 2025 update; layout in the style of DHR action plans published by "
                   "Lancashire district CSPs). Copies the title and partnership lines, a numbered recommendation "
                   "column filled only on the first row of each recommendation (as a merged cell exports), "
                   "numbered actions, job-title leads (some with commas, some two posts), target dates as a UK "
                   "date, months, a quarter, 'TBC' and 'Ongoing', status words, and a status key and totals line "
                   "at the foot."),
        "reads": ("A CSV of five DHR recommendations and eight numbered actions; each recommendation appears once "
                  "and the rows below it without one belong to it. Each action has a lead, target date, progress "
                  "note and status word; the key and totals lines at the end are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# 7. Hammersmith & Fulham Council - transformation programme highlight report (txt, tab-separated)
# ---------------------------------------------------------------------------
def hammersmith():
    name = "zzo-hammersmith-fulham-council-transformation-programme-highlight-report.txt"
    title = "Transformation Programme Highlight Report – August 2025"
    lines = [
        title,
        "Hammersmith & Fulham Council",
        "Report date: 05/09/2025",
        "Senior Responsible Owner: Strategic Director of Finance and Corporate Services",
        "Overall programme RAG: Amber (previous: Amber)",
        "",
        "Summary of the period",
        "Hybrid working policy in force from 1 July. File share migration recovery plan agreed by the "
        "Programme Board. Legacy housing system decommissioning now at risk.",
        "",
        "Milestones",
        "\t".join(["Workstream", "Ref", "Milestone", "Owner", "Baseline date", "Forecast date", "Previous RAG",
                   "Current RAG", "Comment"]),
    ]
    ws = [
        ("Customer Access", [
            ("CA-01", "Launch the new online customer account for council tax and housing repairs",
             "Head of Customer Services", "30/06/2025", "31/10/2025", "A", "A",
             "Integration testing with the repairs system extended by four weeks.",
             ["Head of Customer Services"], "2025-10", "amber"),
            ("CA-02", "Move face-to-face customer contact at the Town Hall to an appointment-based model",
             "Head of Customer Services", "01/09/2025", "01/09/2025", "G", "B",
             "Appointments-only service live from 1 September.",
             ["Head of Customer Services"], "2025-09", "blue"),
        ]),
        ("Digital and Data", [
            ("DD-01", "Migrate remaining on-premises file shares to SharePoint Online",
             "Head of Digital Services", "31/03/2025", "31/12/2025", "R", "A",
             "Recovery plan agreed; 70% of shares migrated.",
             ["Head of Digital Services"], "2025-12", "amber"),
            ("DD-02", "Decommission the legacy housing management system",
             "Head of Digital Services / Assistant Director, Housing Management", "31/01/2026", "31/03/2026",
             "A", "R", "Data migration defects outstanding; revised date at risk.",
             ["Head of Digital Services", "Assistant Director, Housing Management"], "2026-03", "red"),
            ("DD-03", "Complete the AI productivity pilot in three services and report findings to the "
                      "Programme Board",
             "Digital Innovation Lead", "31/10/2025", "31/10/2025", "G", "G",
             "Pilot running in Revenues, Planning and Children's Services.",
             ["Digital Innovation Lead"], "2025-10", "green"),
        ]),
        ("Commercial and Procurement", [
            ("CP-01", "Re-let the corporate cleaning and security contracts", "Head of Procurement",
             "Q3 2025/26", "Q3 2025/26", "G", "G", "Tender evaluation under way.",
             ["Head of Procurement"], "2025-12", "green"),
            ("CP-02", "Implement the contract management framework for all contracts over £500k",
             "Head of Procurement; Commercial Manager", "31/07/2025", "30/09/2025", "A", "G",
             "Framework approved; contract managers being trained.",
             ["Head of Procurement", "Commercial Manager"], "2025-09", "green"),
        ]),
        ("Workforce", [
            ("WF-01", "Introduce the new hybrid working policy following consultation with the trade unions",
             "Director of People and Talent", "30/04/2025", "30/06/2025", "A", "B",
             "Policy in force from 1 July 2025.",
             ["Director of People and Talent"], "2025-06", "blue"),
        ]),
    ]
    actions = []
    for wsname, items in ws:
        for i, (ref, ms, owner, base, fc, prev, cur, comm, leads, end, st) in enumerate(items):
            lines.append("\t".join([wsname if i == 0 else "", ref, ms, owner, base, fc, prev, cur, comm]))
            actions.append(act(ref, [wsname], ms, leads, end, st))
    lines += [
        "",
        "RAG key: G = on track; A = at risk, mitigation in place; R = off track, escalation required; "
        "B = complete",
        "",
        "Risks and issues for escalation",
        "Issue: data migration defects on the legacy housing system – Programme Board asked to agree "
        "additional supplier days.",
        "",
        "Next report: October 2025 Programme Board",
    ]
    with open(path(name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    write_expected(name, {
        "source": ("Imitates a London borough transformation programme highlight report saved as tab-separated "
                   "text (Hammersmith & Fulham Council, August 2025; layout in the style of council programme "
                   "highlight reports to programme boards and scrutiny). Copies the title, report date, SRO and "
                   "overall RAG lines, a short summary, a milestone table with the workstream written only on the "
                   "first row of each group, baseline and forecast dates, previous and current RAG letters, a "
                   "RAG key defining B as complete, and an escalation section."),
        "reads": ("A text highlight report whose milestone table lists eight milestones in four workstreams, each "
                  "with an owner, a baseline and a forecast (revised) date, and previous and current RAG letters. "
                  "The header lines, summary, key and escalation notes are not milestones; the current RAG and "
                  "the forecast date are the ones that count."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


if __name__ == "__main__":
    warrington()
    wandsworth()
    isle_of_wight()
    newham()
    medway()
    west_lancs()
    hammersmith()
    print("done")
