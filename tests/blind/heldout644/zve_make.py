"""Build the seven zve- blind cases (data files and their .expected.yaml).

Run with /work/main/.venv/bin/python zve_make.py from any directory.
Only writes files whose names start with "zve-".
"""
import csv
import io
import os
from datetime import datetime

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE = "0070C0"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
RAGFILL = {"blue": BLUE, "green": GREEN, "amber": AMBER, "red": RED}

THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def out(name):
    assert name.startswith("zve-")
    return os.path.join(HERE, name)


def write_yaml(name, data):
    path = out(name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(data, f, sort_keys=False, allow_unicode=True, width=4096,
                       default_flow_style=False)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def fill(hexcol):
    return PatternFill(fill_type="solid", start_color=hexcol, end_color=hexcol)


def d(y, m, dd):
    return datetime(y, m, dd)


def setdate(cell, value):
    cell.value = value
    if isinstance(value, datetime):
        cell.number_format = "dd/mm/yyyy"


# ---------------------------------------------------------------------------
# 1. SPS HMP Low Moss – HMIPS full inspection action plan (xlsx)
# ---------------------------------------------------------------------------
def low_moss():
    name = "zve-sps-hmp-low-moss-hmips-full-inspection-action-plan.xlsx"
    title = "HMP Low Moss – HMIPS Full Inspection Action Plan"
    # (standard heading, rec no, rec text, [actions])
    # action: (ref, text, owner cell, [leads], target, revised, progress, status, end)
    plan = [
        ("Standard 2 – Decency", "1",
         "HMP Low Moss should ensure that all prisoners have access to clean bedding and clothing at least "
         "weekly, and that laundry equipment in the residential halls is kept in working order.",
         [("1a", "Review the hall laundry rota with Residential First Line Managers and publish a weekly "
                 "schedule in each hall.",
           "Residential Manager", ["Residential Manager"], d(2024, 11, 30), None,
           "Revised rota in place in all halls since December 2024.", "blue", "2024-11"),
          ("1b", "Replace the industrial washing machines in the two halls where equipment is beyond "
                 "economic repair.",
           "Head of Operations / Estates Manager", ["Head of Operations", "Estates Manager"],
           d(2025, 3, 31), d(2025, 11, 30),
           "Machines delivered August 2025; installation awaiting contractor date.", "amber", "2025-11")]),
        ("Standard 3 – Personal Safety", "2",
         "SPS should ensure that Talk to Me case reviews are consistently multidisciplinary and that care "
         "plans are reviewed within the required timescales.",
         [("2a", "Introduce a daily Talk to Me tracker, held by the Safer Custody Team and reviewed at the "
                 "morning management meeting.",
           "Safer Custody Manager", ["Safer Custody Manager"], d(2024, 10, 31), None,
           "Tracker in use since October 2024; compliance audited monthly.", "blue", "2024-10"),
          ("2b", "Deliver refresher Talk to Me training to all residential officers, prioritising staff who "
                 "have not attended in the past three years.",
           "Training Manager; Safer Custody Manager", ["Training Manager", "Safer Custody Manager"],
           d(2025, 3, 31), d(2025, 12, 31),
           "82% of residential officers trained; remaining sessions scheduled for October and November.",
           "green", "2025-12")]),
        ("Standard 6 – Purposeful Activity", "3",
         "HMP Low Moss should increase the number of prisoners engaged in purposeful activity and reduce the "
         "time prisoners spend locked in their cells during the working day.",
         [("3a", "Complete a regime review to release staff to the activities area and reopen the textiles "
                 "and recycling workshops.",
           "Head of Offender Outcomes", ["Head of Offender Outcomes"], "March 2025", "September 2025",
           "Textiles workshop reopened May 2025. Recycling workshop remains closed owing to staff "
           "shortfall; escalated to Operations Directorate.", "red", "2025-09"),
          ("3b", "Work with the learning centre provider to increase class places and introduce twilight "
                 "classes on two evenings per week.",
           "Learning Centre Manager", ["Learning Centre Manager"], d(2026, 1, 31), None,
           "Additional Tuesday and Thursday evening classes started September 2025.", "green", "2026-01")]),
        ("Standard 8 – Equality, Dignity and Respect", "4",
         "SPS should ensure that professional interpretation is used at reception and during first night "
         "interviews for prisoners who do not speak English.",
         [("4a", "Make telephone interpreting available in reception and the First Night Centre and keep a "
                 "log of use, reviewed monthly by the Equality and Diversity Manager.",
           "First Line Manager (Reception)", ["First Line Manager (Reception)"], d(2024, 9, 30), None,
           "Handsets installed; log reviewed monthly.", "blue", "2024-09")]),
        ("Standard 9 – Health and Wellbeing", "5",
         "NHS Greater Glasgow and Clyde should ensure that patients referred to the mental health team are "
         "assessed within the agreed timescale.",
         [("5a", "Recruit to the two vacant mental health nurse posts.",
           "Health Centre Manager (NHSGGC)", ["Health Centre Manager (NHSGGC)"], d(2024, 12, 31), None,
           "Both posts filled January 2025.", "blue", "2024-12"),
          ("5b", "Introduce a weekly mental health triage clinic and report waiting times to the Prison "
                 "Healthcare Partnership Board each quarter.",
           "Clinical Service Manager, Prison Healthcare", ["Clinical Service Manager, Prison Healthcare"],
           d(2025, 6, 30), None,
           "Clinic running since March 2025; waiting times reported quarterly.", "blue", "2025-06")]),
    ]

    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Scottish Prison Service"
    cov["A1"].font = Font(bold=True, size=12, color="1F3864")
    cov["A3"] = title
    cov["A3"].font = Font(bold=True, size=16)
    rows = [("Inspection dates:", "19 February – 1 March 2024"),
            ("Report published:", "July 2024"),
            ("Plan owner:", "Governor in Charge"),
            ("Position as at:", "30 September 2025")]
    for i, (k, v) in enumerate(rows, start=5):
        cov.cell(i, 1, k).font = Font(bold=True)
        cov.cell(i, 2, v)
    cov["A10"] = "Document control"
    cov["A10"].font = Font(bold=True)
    dc = [("Version", "Date", "Author", "Comments"),
          ("0.1", "12/08/2024", "Business Improvement Manager", "Initial draft following publication of report"),
          ("1.0", "02/09/2024", "Business Improvement Manager", "Agreed by Senior Management Team"),
          ("1.4", "30/09/2025", "Business Improvement Manager", "Quarterly progress update")]
    for r, row in enumerate(dc, start=11):
        for c, v in enumerate(row, start=1):
            cell = cov.cell(r, c, v)
            cell.border = BORDER
            if r == 11:
                cell.font = Font(bold=True)
                cell.fill = fill(GREY)
    cov["A16"] = "Summary of progress"
    cov["A16"].font = Font(bold=True)
    statuses = [a[7] for s in plan for a in s[3]]
    summ = [("Status", "Number of actions"),
            ("Complete", statuses.count("blue")),
            ("On track", statuses.count("green")),
            ("Some slippage", statuses.count("amber")),
            ("Off track", statuses.count("red")),
            ("Total", len(statuses))]
    for r, row in enumerate(summ, start=17):
        for c, v in enumerate(row, start=1):
            cell = cov.cell(r, c, v)
            cell.border = BORDER
            if r in (17, 22):
                cell.font = Font(bold=True)
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 30
    cov.column_dimensions["C"].width = 30
    cov.column_dimensions["D"].width = 44

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Progress update: 30 September 2025 (RAG shown by cell colour – see Key)"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:I2")
    heads = ["Rec No.", "HMIPS Recommendation", "Action No.", "Action(s) to be taken", "Responsible Owner",
             "Target Date", "Revised Target Date", "Progress Update", "RAG"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.alignment = WRAP
        cell.border = BORDER
    r = 5
    expected = []
    for std, recno, rectext, actions in plan:
        ws.cell(r, 1, std).font = Font(bold=True)
        for c in range(1, 10):
            ws.cell(r, c).fill = fill(GREY)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        first = r
        ws.cell(r, 1, recno)
        ws.cell(r, 2, rectext)
        for a in actions:
            ref, text, owner, leads, target, revised, progress, status, end = a
            ws.cell(r, 3, ref)
            ws.cell(r, 4, text)
            ws.cell(r, 5, owner)
            setdate(ws.cell(r, 6), target)
            setdate(ws.cell(r, 7), revised)
            ws.cell(r, 8, progress)
            ws.cell(r, 9).fill = fill(RAGFILL[status])
            for c in range(1, 10):
                ws.cell(r, c).border = BORDER
                ws.cell(r, c).alignment = WRAP
            expected.append(act(ref, [std, rectext], text, leads, end, status))
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "Note: actions under Recommendation 5 are owned by NHS Greater Glasgow and Clyde and are "
                  "reported through the Prison Healthcare Partnership Board.").font = Font(italic=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    widths = [8, 42, 9, 46, 24, 12, 12, 44, 7]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHI"[i]].width = w

    key = wb.create_sheet("Key")
    key["A1"] = "RAG Key"
    key["A1"].font = Font(bold=True)
    for i, (col, txt) in enumerate([(BLUE, "Complete"),
                                    (GREEN, "On track – will be delivered by target date"),
                                    (AMBER, "Some slippage – revised target date agreed"),
                                    (RED, "Off track – escalated to Senior Management Team")], start=3):
        key.cell(i, 1).fill = fill(col)
        key.cell(i, 2, txt)
    key.column_dimensions["B"].width = 50
    wb.save(out(name))

    write_yaml(name, {
        "source": "Imitates the action plan the Scottish Prison Service publishes for an establishment after a "
                  "full inspection by HM Inspectorate of Prisons for Scotland (HMIPS), here HMP Low Moss after "
                  "its 2024 full inspection (reports at prisonsinspectoratescotland.gov.uk are organised by the "
                  "HMIPS Standards). Copied features: cover sheet with title block, document-control table and "
                  "a progress summary; action plan on a second sheet with merged grey Standard rows, the "
                  "recommendation number and text merged vertically over their actions, lettered action "
                  "numbers, target and revised target dates, progress update, RAG shown only by cell fill, "
                  "a note line under the table and a RAG key on its own sheet.",
        "reads": "A three-sheet workbook: a cover, the action plan and a key. The plan groups five HMIPS "
                 "recommendations under their Standards, each recommendation merged beside one or two actions "
                 "(9 actions in all) with owners, target and revised dates, progress and a colour-only RAG "
                 "cell read from the key (blue complete, green on track, amber slippage, red off track).",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, expected


# ---------------------------------------------------------------------------
# 2. Translink – NIAO RTTCWG recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def translink():
    name = "zve-translink-niao-report-to-those-charged-with-governance-recommendations-tracker.xlsx"
    title = "Translink – NIAO Report to Those Charged with Governance: Recommendations Tracker"
    sec1 = "2023-24 Report to Those Charged with Governance – recommendations carried forward"
    sec2 = "2024-25 Report to Those Charged with Governance (issued July 2025)"
    # sections: (heading, [(rec heading, [actions])])
    # action: (ref, text, officer cell, leads, original, revised, prev, curr(text), status, update, end)
    data = [
        (sec1, [
            ("Recommendation 2 (Priority 2): NITHC should review its fixed asset register to identify fully "
             "depreciated assets that are no longer in use and ensure that disposals are recorded promptly.",
             [("2.1", "Complete a physical verification of fleet and infrastructure assets held at nil net book "
                      "value and remove disposed items from the register.",
               "Group Financial Controller", ["Group Financial Controller"], d(2024, 3, 31), d(2025, 3, 31),
               "Amber", "Complete", "blue",
               "Verification completed February 2025; 1,214 items removed. Evidence provided to NIAO May 2025.",
               "2025-03")]),
            ("Recommendation 4 (Priority 2): Translink should ensure that all staff complete mandatory fraud "
             "awareness training and that completion rates are reported to the Audit & Risk Committee.",
             [("4.1", "Roll out the fraud awareness e-learning module to all staff, with classroom sessions for "
                      "operational staff who do not have regular system access.",
               "Head of Risk & Compliance / Head of People Development",
               ["Head of Risk & Compliance", "Head of People Development"], d(2024, 9, 30), d(2026, 3, 31),
               "Red", "Amber", "amber",
               "Office-based staff completion 91%; depot sessions for drivers scheduled January–March 2026.",
               "2026-03")]),
        ]),
        (sec2, [
            ("Recommendation 1 (Priority 1): Translink should ensure that all direct award contracts are "
             "approved before the contract is awarded, and that any retrospective approvals are reported to "
             "the Audit & Risk Committee.",
             [("1.1", "Issue revised guidance to all budget holders on the direct award contract (DAC) approval "
                      "process.",
               "Head of Procurement", ["Head of Procurement"], d(2025, 10, 31), None,
               "Green", "Complete", "blue", "Guidance issued 14 October 2025 and published on the intranet.",
               "2025-10"),
              ("1.2", "Introduce a quarterly DAC report to the Audit & Risk Committee, listing all retrospective "
                      "approvals with reasons.",
               "Head of Procurement; Group Finance Director", ["Head of Procurement", "Group Finance Director"],
               "Dec-25", None, "Green", "Green", "green", "First report scheduled for the December 2025 meeting.",
               "2025-12")]),
            ("Recommendation 2 (Priority 2): Management should carry out a monthly reconciliation between the HR "
             "system and payroll, with evidence of independent review retained.",
             [("2.1", "Introduce a documented monthly HR to payroll reconciliation, prepared by Payroll and "
                      "reviewed by the Financial Accountant.",
               "Payroll Manager", ["Payroll Manager"], "31 January 2026", None, "Green", "Green", "green",
               "Reconciliation template agreed; September and October reconciliations completed.", "2026-01")]),
            ("Recommendation 3 (Priority 3): Translink should ensure that its register of interests is complete "
             "for all Board members and senior managers and is reviewed annually.",
             [("3.1", "Issue the annual declaration of interests request to all Board members and senior "
                      "managers.",
               "Company Secretary", ["Company Secretary"], d(2025, 9, 30), None, "Green", "Complete", "blue",
               "Requests issued 1 September 2025.", "2025-09"),
              ("3.2", "Follow up outstanding declarations and report compliance rates to the Audit & Risk "
                      "Committee.",
               "Company Secretary", ["Company Secretary"], d(2025, 11, 30), d(2026, 2, 28), "Green", "Amber",
               "amber", "Six declarations outstanding; revised date agreed with the Committee Chair.",
               "2026-02")]),
        ]),
    ]
    statfill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}

    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Northern Ireland Transport Holding Company – Audit & Risk Committee, 20 November 2025"
    sm["A4"] = "Position by current status"
    sm["A4"].font = Font(bold=True)
    allacts = [a for _, recs in data for _, acts in recs for a in acts]
    cur = [a[7] for a in allacts]
    table = [("Report", "Complete", "Green", "Amber", "Red", "Total")]
    for sec, recs in data:
        c = [a[7] for _, acts in recs for a in acts]
        label = "2023-24 RTTCWG (carried forward)" if sec == sec1 else "2024-25 RTTCWG"
        table.append((label, c.count("Complete"), c.count("Green"), c.count("Amber"), c.count("Red"), len(c)))
    table.append(("Total", cur.count("Complete"), cur.count("Green"), cur.count("Amber"), cur.count("Red"),
                  len(cur)))
    for r, row in enumerate(table, start=5):
        for c, v in enumerate(row, start=1):
            cell = sm.cell(r, c, v)
            cell.border = BORDER
            if r == 5 or row[0] == "Total":
                cell.font = Font(bold=True)
    sm["A10"] = ("Priority 1 – significant issue requiring urgent attention; Priority 2 – important issue; "
                 "Priority 3 – good practice.")
    sm["A10"].font = Font(italic=True)
    sm.column_dimensions["A"].width = 36

    ws = wb.create_sheet("Tracker")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Audit & Risk Committee – 20 November 2025"
    ws.merge_cells("A2:H2")
    heads = ["Ref", "Agreed Action", "Responsible Officer", "Original Target Date", "Revised Target Date",
             "Previous Status (Sept 2025)", "Current Status (Nov 2025)", "Progress Update"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True)
        cell.fill = fill("BDD7EE")
        cell.alignment = WRAP
        cell.border = BORDER
    r = 5
    expected = []
    for sec, recs in data:
        ws.cell(r, 1, sec).font = Font(bold=True, color="FFFFFF")
        for c in range(1, 9):
            ws.cell(r, c).fill = fill("1F3864")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for rec, acts in recs:
            ws.cell(r, 1, rec).font = Font(bold=True)
            ws.cell(r, 1).alignment = WRAP
            for c in range(1, 9):
                ws.cell(r, c).fill = fill("DEEAF6")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.row_dimensions[r].height = 32
            r += 1
            for a in acts:
                ref, text, officer, leads, orig, rev, prev, curr, status, upd, end = a
                ws.cell(r, 1, ref)
                ws.cell(r, 2, text)
                ws.cell(r, 3, officer)
                setdate(ws.cell(r, 4), orig)
                setdate(ws.cell(r, 5), rev)
                ws.cell(r, 6, prev).fill = fill(statfill[prev])
                ws.cell(r, 7, curr).fill = fill(statfill[curr])
                ws.cell(r, 8, upd)
                for c in range(1, 9):
                    ws.cell(r, c).border = BORDER
                    ws.cell(r, c).alignment = WRAP
                expected.append(act(ref, [sec, rec], text, leads, end, status))
                r += 1
    r += 1
    ws.cell(r, 1, "Status key: Complete – action implemented and evidence provided to NIAO; Green – on track "
                  "for target date; Amber – revised target date agreed or at risk; Red – overdue with no agreed "
                  "revised date.").font = Font(italic=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    for i, w in enumerate([8, 50, 28, 13, 13, 13, 13, 44]):
        ws.column_dimensions["ABCDEFGH"[i]].width = w
    wb.save(out(name))

    write_yaml(name, {
        "source": "Imitates the tracker a Northern Ireland arm's-length body takes to its Audit & Risk Committee "
                  "on recommendations in the NI Audit Office's Report to Those Charged with Governance (RTTCWG), "
                  "here Translink (Northern Ireland Transport Holding Company) in November 2025. Copied "
                  "features: summary sheet with a status-by-report totals table and a priority definition note; "
                  "tracker sheet with section bands for the earlier year's carried-forward recommendations and "
                  "the current year's, each NIAO recommendation (with its priority) as a merged band above its "
                  "agreed actions, original and revised target dates, previous and current status with fill "
                  "colours, and a status key line under the table.",
        "reads": "Seven agreed actions answering five NIAO recommendations in two report years. Each action "
                 "row has a numbered ref, responsible officer(s), original and sometimes revised target dates and "
                 "a previous and a current status; the current status is the one read, with Complete read as "
                 "blue.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, expected


# ---------------------------------------------------------------------------
# 3. Historic Environment Scotland – strategic risk register (xlsx)
# ---------------------------------------------------------------------------
def hes():
    name = "zve-historic-environment-scotland-strategic-risk-register-2025-26.xlsx"
    title = "Historic Environment Scotland – Strategic Risk Register 2025-26"
    # risk: (title cell, description, owner, inherent, controls, residual, target, trend, [actions])
    # action: (ref, text, owner cell, leads, due, status text, status, end, end_text)
    risks = [
        ("SR01 Governance and accountability",
         "Weaknesses in governance, procurement and decision-making identified through the 2024-25 external "
         "audit are not addressed quickly enough, leading to loss of Ministerial, Parliamentary and public "
         "confidence.",
         "Interim Chief Operating Officer", "5 x 5 = 25",
         "Governance Improvement Plan; monthly reporting to Board; Scheme of Delegation refreshed September 2025",
         "4 x 4 = 16", "8", "↔",
         [("SR01.1", "Deliver the Governance Improvement Plan agreed by the Board in response to the Auditor "
                     "General's section 22 report.",
           "Interim Chief Operating Officer", ["Interim Chief Operating Officer"], d(2026, 3, 31), "A", "amber",
           "2026-03", None),
          ("SR01.2", "Complete the recruitment of a permanent Chief Executive and Accountable Officer.",
           "Chair; Director of People", ["Chair", "Director of People"], "December 2025", "G", "green",
           "2025-12", None)]),
        ("SR02 Financial sustainability",
         "Grant-in-aid, visitor and commercial income do not keep pace with rising costs, so that HES cannot "
         "balance its budget without reducing services.",
         "Director of Finance", "4 x 5 = 20",
         "Medium-term financial plan; monthly budget monitoring; commercial income dashboard",
         "4 x 4 = 16", "12", "↑",
         [("SR02.1", "Refresh the medium-term financial plan to reflect the 2026-27 budget settlement and "
                     "updated commercial income forecasts.",
           "Director of Finance", ["Director of Finance"], d(2026, 2, 28), "G", "green", "2026-02", None),
          ("SR02.2", "Strengthen controls over complimentary tickets and events income following the internal "
                     "audit review.",
           "Director of Commercial and Tourism", ["Director of Commercial and Tourism"], d(2025, 10, 31),
           "Complete", "blue", "2025-10", None)]),
        ("SR03 Condition of properties in care",
         "Deterioration of historic fabric, accelerated by climate change, results in unplanned closures of "
         "properties in care and risks to the safety of visitors and staff.",
         "Director of Conservation", "5 x 4 = 20",
         "High-level masonry inspection programme; site risk assessments; conservation maintenance budget",
         "4 x 4 = 16", "12", "↔",
         [("SR03.1", "Continue the high-level masonry inspection programme and keep access information for each "
                     "affected site up to date on the website.",
           "Director of Conservation", ["Director of Conservation"], "Ongoing", "G", "green", None, "Ongoing"),
          ("SR03.2", "Agree a prioritised capital investment programme for properties in care with the Scottish "
                     "Government sponsor team.",
           "Director of Conservation / Director of Finance", ["Director of Conservation", "Director of Finance"],
           "Q4 2025/26", "A", "amber", "2026-03", None)]),
        ("SR04 Information governance and cyber security",
         "Personal or sensitive data is lost or disclosed, or a cyber attack disrupts systems, resulting in "
         "regulatory action, harm to individuals and reputational damage.",
         "Director of Corporate Services", "4 x 5 = 20",
         "Data protection policy and breach procedure; mandatory training; network monitoring and backups",
         "3 x 4 = 12", "8", "↓",
         [("SR04.1", "All staff to complete refreshed data protection training following the personal data "
                     "breaches reported in 2024-25.",
           "Data Protection Officer", ["Data Protection Officer"], d(2025, 11, 30), "R", "red", "2025-11", None),
          ("SR04.2", "Achieve Cyber Essentials Plus re-certification.",
           "Head of Digital", ["Head of Digital"], "March 2026", "G", "green", "2026-03", None)]),
    ]
    statfill = {"G": GREEN, "A": AMBER, "R": RED, "Complete": BLUE}

    wb = Workbook()
    dc = wb.active
    dc.title = "Document Control"
    dc["A1"] = title
    dc["A1"].font = Font(bold=True, size=14)
    rows = [("Version", "Date", "Summary of changes", "Reviewed by"),
            ("3.0", "03/06/2025", "Register refreshed for 2025-26", "Board"),
            ("3.1", "09/09/2025", "SR01 rescored following section 22 report", "Audit and Risk Committee"),
            ("3.2", "02/12/2025", "Quarter 3 review of actions and scores", "Audit and Risk Committee")]
    for r, row in enumerate(rows, start=3):
        for c, v in enumerate(row, start=1):
            cell = dc.cell(r, c, v)
            cell.border = BORDER
            if r == 3:
                cell.font = Font(bold=True)
                cell.fill = fill(GREY)
    dc["A8"] = "Risk owner for the register: Head of Risk and Assurance"
    for col, w in zip("ABCD", [10, 12, 46, 28]):
        dc.column_dimensions[col].width = w

    ws = wb.create_sheet("Strategic Risk Register")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:M1")
    ws["A2"] = "Version 3.2 | Reviewed by Audit and Risk Committee: 2 December 2025"
    ws.merge_cells("A2:M2")
    heads = ["Risk", "Description (cause / event / consequence)", "Risk Owner", "Inherent Score (L x I)",
             "Key Controls", "Residual Score (L x I)", "Target Score", "Trend", "Ref", "Further Mitigating Actions",
             "Action Owner", "Due Date", "Status"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("385723")
        cell.alignment = WRAP
        cell.border = BORDER
    r = 5
    expected = []
    for rk in risks:
        rtitle, desc, owner, inh, ctrl, res, tgt, trend, acts = rk
        first = r
        for c, v in enumerate([rtitle, desc, owner, inh, ctrl, res, tgt, trend], start=1):
            ws.cell(r, c, v)
        ws.cell(r, 1).font = Font(bold=True)
        for a in acts:
            ref, text, aowner, leads, due, stext, status, end, end_text = a
            ws.cell(r, 9, ref)
            ws.cell(r, 10, text)
            ws.cell(r, 11, aowner)
            setdate(ws.cell(r, 12), due)
            sc = ws.cell(r, 13, stext)
            sc.fill = fill(statfill[stext])
            sc.alignment = Alignment(horizontal="center", vertical="top")
            expected.append(act(ref, [rtitle], text, leads, end, status, end_text))
            r += 1
        for c in range(1, 14):
            for rr in range(first, r):
                ws.cell(rr, c).border = BORDER
                if c != 13:
                    ws.cell(rr, c).alignment = WRAP
        for c in range(1, 9):
            ws.merge_cells(start_row=first, start_column=c, end_row=r - 1, end_column=c)
        # residual score colour
        ws.cell(first, 6).fill = fill(AMBER if res.endswith("12") else RED)
    for col, w in zip("ABCDEFGHIJKLM", [20, 40, 18, 10, 34, 10, 8, 7, 8, 44, 22, 12, 10]):
        ws.column_dimensions[col].width = w

    mx = wb.create_sheet("Scoring Matrix")
    mx["A1"] = "Risk scoring: Likelihood (1–5) x Impact (1–5)"
    mx["A1"].font = Font(bold=True)
    mx["A3"] = "Impact →"
    for i in range(1, 6):
        mx.cell(3, i + 1, i).font = Font(bold=True)
    for L in range(5, 0, -1):
        row = 4 + (5 - L)
        mx.cell(row, 1, f"Likelihood {L}").font = Font(bold=True)
        for I in range(1, 6):
            s = L * I
            cell = mx.cell(row, I + 1, s)
            cell.fill = fill(RED if s >= 15 else AMBER if s >= 8 else GREEN)
            cell.border = BORDER
    mx["A11"] = "Action status"
    mx["A11"].font = Font(bold=True)
    for i, (t, col, desc) in enumerate([("G", GREEN, "On track"), ("A", AMBER, "At risk of delay"),
                                        ("R", RED, "Overdue / off track"), ("Complete", BLUE, "Action completed")],
                                       start=12):
        mx.cell(i, 1, t).fill = fill(col)
        mx.cell(i, 2, desc)
    mx["A17"] = "Trend: ↑ increasing  ↔ stable  ↓ decreasing"
    mx.column_dimensions["A"].width = 14
    mx.column_dimensions["B"].width = 22
    wb.save(out(name))

    write_yaml(name, {
        "source": "Imitates the strategic risk register a Scottish non-departmental public body takes to its "
                  "Audit and Risk Committee, here Historic Environment Scotland for 2025-26 (after the Auditor "
                  "General's section 22 report on HES governance, discussed at the Scottish Parliament in "
                  "January 2026). Copied features: a document-control sheet first; a register sheet with one "
                  "block per risk, the risk columns (risk, description, owner, inherent/residual/target scores, "
                  "controls, trend arrow) merged vertically beside its further mitigating actions, each with an "
                  "action ref, owner, due date (dates, a month, a quarter, 'Ongoing') and a G/A/R/Complete "
                  "status cell with fill; a scoring-matrix sheet with a 5x5 heat map, action status key and "
                  "trend key.",
        "reads": "Four strategic risks, each with two further mitigating actions (8 in all), read under the risk "
                 "they mitigate. Owners are job titles (two given for two actions), due dates are mostly months, "
                 "one is 'Ongoing' and one a financial quarter, and status letters G/A/R read as green, amber, "
                 "red with Complete as blue.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, expected


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
    for cell in row.cells:
        for p in cell.paragraphs:
            for run in p.runs:
                run.bold = True
        if hexcol:
            shade(cell, hexcol)


def set_cell(cell, text):
    parts = text.split("\n")
    cell.text = parts[0]
    for p in parts[1:]:
        cell.add_paragraph(p)


# ---------------------------------------------------------------------------
# 4. Brynteg School – Estyn post-inspection action plan (docx)
# ---------------------------------------------------------------------------
def brynteg():
    name = "zve-brynteg-school-estyn-post-inspection-action-plan.docx"
    title = "Brynteg School – Post-Inspection Action Plan"
    ragcol = {"G": GREEN, "A": AMBER, "R": RED}
    ragstat = {"G": "blue", "A": "amber", "R": "red"}  # key: Green = Achieved
    recs = [
        ("R1: Improve the consistency of teaching so that all pupils, particularly the more able, are "
         "challenged to make strong progress",
         [("1.1", "Deliver a programme of professional learning on challenge and questioning for all teaching "
                  "staff, led by the Teaching and Learning Group.",
           "DHT (Teaching & Learning)", ["DHT (Teaching & Learning)"], "Autumn term 2024",
           "All staff have completed three sessions; observations show more frequent higher-order questioning.",
           "G", "2024-12", "Autumn term 2024"),
          ("1.2", "Introduce termly learning walks and book looks focused on challenge for more able pupils.\n"
                  "Share findings with Heads of Faculty at the following line management meeting.",
           "DHT (Teaching & Learning) / Heads of Faculty", ["DHT (Teaching & Learning)", "Heads of Faculty"],
           "Spring term 2025", "Learning walks show challenge evident in at least 80% of lessons seen.",
           "A", "2025-04", "Spring term 2025"),
          ("1.3", "Review faculty schemes of work to build extension tasks for more able pupils into every unit.",
           "Heads of Faculty", ["Heads of Faculty"], "Summer term 2025",
           "Revised schemes of work in place in all faculties.", "A", "2025-07", "Summer term 2025")]),
        ("R2: Improve pupils’ attendance, particularly that of pupils eligible for free school meals",
         [("2.1", "Appoint a Family Engagement Officer to work with families of pupils whose attendance is below "
                  "90%.",
           "Headteacher", ["Headteacher"], "September 2024",
           "Officer in post; caseload of targeted families established.", "G", "2024-09", None),
          ("2.2", "Hold a weekly attendance panel with the Education Welfare Officer to agree actions for pupils "
                  "with persistent absence.",
           "AHT (Wellbeing)", ["AHT (Wellbeing)"], "Ongoing",
           "Persistent absence of eFSM pupils reduced by 5 percentage points.", "A", None, "Ongoing")]),
        ("R3: Strengthen the planning for the progressive development of pupils’ Welsh language skills across "
         "the school",
         [("3.1", "Appoint a Welsh Language Champion in each faculty and audit opportunities for pupils to use "
                  "Welsh outside Welsh lessons.",
           "Head of Welsh", ["Head of Welsh"], "Autumn term 2024",
           "Champions in place; audit completed and shared with staff.", "G", "2024-12", "Autumn term 2024"),
          ("3.2", "Achieve the Siarter Iaith bronze award.",
           "Head of Welsh / Siarter Iaith group", ["Head of Welsh", "Siarter Iaith group"], "Summer term 2025",
           "Bronze award achieved.", "R", "2025-07", "Summer term 2025")]),
        ("R4: Ensure that self-evaluation and improvement planning focus sharply on the impact of teaching on "
         "pupils’ learning",
         [("4.1", "Revise the school’s quality assurance calendar so that lesson observations, book looks and "
                  "pupil voice are triangulated each term.",
           "Headteacher", ["Headteacher"], "Autumn term 2024",
           "Calendar published; first triangulated reports received by SLT.", "G", "2024-12", "Autumn term 2024"),
          ("4.2", "Train middle leaders in evaluating the impact of provision on pupils’ progress and in writing "
                  "faculty improvement plans.",
           "DHT (Teaching & Learning)", ["DHT (Teaching & Learning)"], "July 2025",
           "All faculty improvement plans evaluate impact on pupils’ progress.", "G", "2025-07", None),
          ("4.3", "Report progress against this plan to the Governing Body’s Curriculum and Standards Committee "
                  "each term.",
           "Headteacher / Chair of Governors", ["Headteacher", "Chair of Governors"], "Termly",
           "Governors’ minutes record challenge on progress against each recommendation.", "A", None, "Termly")]),
    ]

    doc = Document()
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Estyn inspection: 10–13 June 2024   |   Plan agreed by the Governing Body: 8 October 2024   "
                      "|   Progress review: July 2025")
    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    for i, row in enumerate([("Version", "Date", "Approved by"),
                             ("1.0", "08/10/2024", "Full Governing Body"),
                             ("1.1", "05/02/2025", "Curriculum and Standards Committee"),
                             ("1.2", "08/07/2025", "Curriculum and Standards Committee")]):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    bold_row(t.rows[0], "D9D9D9")
    doc.add_paragraph()
    doc.add_paragraph("Progress key (RAG)").runs[0].bold = True
    k = doc.add_table(rows=3, cols=2)
    k.style = "Table Grid"
    for i, (lab, col, txt) in enumerate([("R", RED, "Limited progress – significant concern"),
                                         ("A", AMBER, "Progress made – further work needed"),
                                         ("G", GREEN, "Achieved")]):
        k.cell(i, 0).text = lab
        shade(k.cell(i, 0), col)
        k.cell(i, 1).text = txt
    doc.add_paragraph()
    doc.add_paragraph("The plan addresses the four recommendations in Estyn’s report. Each recommendation has its "
                      "own table below.")
    expected = []
    for rec, acts in recs:
        doc.add_heading(rec, level=2)
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for j, h in enumerate(["Ref", "Action", "Lead", "Timescale", "Success criteria", "RAG (July 2025)"]):
            tb.rows[0].cells[j].text = h
        bold_row(tb.rows[0], "DEEAF6")
        for a in acts:
            ref, text, leadcell, leads, tscale, crit, rag, end, end_text = a
            cells = tb.add_row().cells
            cells[0].text = ref
            set_cell(cells[1], text)
            cells[2].text = leadcell
            cells[3].text = tscale
            cells[4].text = crit
            cells[5].text = rag
            shade(cells[5], ragcol[rag])
            expected.append(act(ref, [rec], text, leads, end, ragstat[rag], end_text))
        doc.add_paragraph()
    doc.add_heading("Sign-off", level=2)
    s = doc.add_table(rows=2, cols=3)
    s.style = "Table Grid"
    for i, row in enumerate([("Headteacher", "Signed: ____________________", "Date: 08/10/2024"),
                             ("Chair of Governors", "Signed: ____________________", "Date: 08/10/2024")]):
        for j, v in enumerate(row):
            s.cell(i, j).text = v
    doc.save(out(name))

    write_yaml(name, {
        "source": "Imitates the post-inspection action plan (PIAP) a Welsh maintained secondary school writes after "
                  "an Estyn core inspection to address the report's recommendations (Estyn follow-up guidance at "
                  "estyn.gov.wales), here Brynteg School, Bridgend, after a June 2024 inspection. Copied features: "
                  "title and inspection/approval line, document-control table, a RAG key whose green means "
                  "'Achieved' (no blue), one Word table per recommendation R1–R4 under its heading, ref/action/"
                  "lead/timescale/success criteria/RAG columns, school terms and 'Ongoing'/'Termly' as timescales, "
                  "a two-paragraph action cell, leads as school post abbreviations, and a sign-off table.",
        "reads": "Ten actions in four tables, one per Estyn recommendation. Timescales are mostly school terms "
                 "(autumn ends December, spring at the Easter holiday in April 2025, summer in July), plus a month "
                 "and 'Ongoing'/'Termly'. The RAG letters are read by the document's own key, where green means "
                 "achieved, so G is complete (blue).",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, expected


# ---------------------------------------------------------------------------
# 5. Social Care Wales – business plan Q2 delivery report (docx)
# ---------------------------------------------------------------------------
def scw():
    name = "zve-social-care-wales-business-plan-2025-26-q2-delivery-report.docx"
    title = "Social Care Wales Business Plan 2025-26 – Quarter 2 Delivery Report"
    ragcol = {"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    pri = [
        ("Priority 1: Supporting the social care workforce to develop and progress", [
            ("1.1 Improve access to qualifications and career pathways", [
                ("1.1.1", "Launch the revised induction framework for social care workers, with accompanying "
                          "guidance for managers.",
                 "Director of Improvement and Development", ["Director of Improvement and Development"],
                 "September 2025", "Blue", "Launched 16 September 2025; 1,900 downloads in the first fortnight.",
                 "2025-09"),
                ("1.1.2", "Publish a career pathway tool for early years and childcare workers.",
                 "Head of Early Years and Childcare", ["Head of Early Years and Childcare"], "Q4 2025-26", "Green",
                 "Content drafted with sector reference group; user testing planned for January.", "2026-03")]),
            ("1.2 Support the wellbeing of the workforce", [
                ("1.2.1", "Run four regional wellbeing events for registered managers.",
                 "Head of Workforce Development", ["Head of Workforce Development"], "March 2026", "Amber",
                 "Two events held (North and West Wales); venues for the remaining two still being confirmed.",
                 "2026-03")]),
        ]),
        ("Priority 2: Protecting the public through workforce regulation", [
            ("2.1 Make our fitness to practise processes timelier", [
                ("2.1.1", "Reduce the average time from referral to final hearing to 18 months.",
                 "Director of Regulation", ["Director of Regulation"], "March 2026", "Red",
                 "Average currently 23 months. Recovery plan presented to the Regulation Committee in October.",
                 "2026-03"),
                ("2.1.2", "Introduce case triage within 10 working days of a referral being received.",
                 "Head of Fitness to Practise", ["Head of Fitness to Practise"], "Q2 2025-26", "Blue",
                 "Triage in place from July 2025; 94% of referrals triaged within 10 working days.", "2025-09")]),
            ("2.2 Maintain an accurate and accessible Register", [
                ("2.2.1", "Complete the annual renewal for domiciliary care workers and follow up lapsed "
                          "registrations with employers.",
                 "Head of Registration", ["Head of Registration"], "Q3 2025-26", "Green",
                 "Renewal window open; reminders issued to employers with low renewal rates.", "2025-12")]),
        ]),
        ("Priority 3: Using research, data and evidence to drive improvement", [
            ("3.1 Improve the quality of workforce data", [
                ("3.1.1", "Publish the 2025 social care workforce report using data from the Register and local "
                          "authority returns.",
                 "Head of Research, Data and Intelligence", ["Head of Research, Data and Intelligence"],
                 "December 2025", "Green", "Data collection closed; analysis under way.", "2025-12"),
                ("3.1.2", "Agree a data-sharing protocol with Care Inspectorate Wales and Welsh Government.",
                 "Director of Corporate Services; Head of Research, Data and Intelligence",
                 ["Director of Corporate Services", "Head of Research, Data and Intelligence"],
                 "31 March 2026", "Amber", "Draft protocol with partners’ legal teams; sign-off expected Q4.",
                 "2026-03")]),
        ]),
    ]
    rag2stat = {"Blue": "blue", "Green": "green", "Amber": "amber", "Red": "red"}

    doc = Document()
    ctl = doc.add_table(rows=4, cols=2)
    ctl.style = "Table Grid"
    for i, (k, v) in enumerate([("Report to", "Board"), ("Date of meeting", "27 November 2025"),
                                ("Author", "Head of Planning and Performance"),
                                ("Purpose", "For assurance")]):
        ctl.cell(i, 0).text = k
        ctl.cell(i, 1).text = v
        shade(ctl.cell(i, 0), "D9D9D9")
    doc.add_paragraph()
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("This report sets out progress at the end of quarter 2 (30 September 2025) against the "
                      "actions in our Business Plan 2025-26, the fourth year of our Strategic Plan 2022-27. "
                      "Actions are grouped by strategic priority and objective.")
    doc.add_heading("RAG key", level=2)
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for i, (lab, txt) in enumerate([("Blue", "Complete"), ("Green", "On track"),
                                    ("Amber", "Some delay – expected to recover within the year"),
                                    ("Red", "Significant delay or at risk of not being delivered")]):
        k.cell(i, 0).text = lab
        shade(k.cell(i, 0), ragcol[lab])
        k.cell(i, 1).text = txt
    expected = []
    counts = {"Blue": 0, "Green": 0, "Amber": 0, "Red": 0}
    for ph, objs in pri:
        doc.add_heading(ph, level=2)
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for j, h in enumerate(["Ref", "What we will do", "Lead", "Due", "Q2 RAG", "Q2 progress"]):
            tb.rows[0].cells[j].text = h
        bold_row(tb.rows[0], "C00000")
        for oh, acts in objs:
            row = tb.add_row()
            m = row.cells[0].merge(row.cells[5])
            m.text = oh
            m.paragraphs[0].runs[0].bold = True
            shade(m, "F2F2F2")
            for a in acts:
                ref, text, leadcell, leads, due, rag, prog, end = a
                cells = tb.add_row().cells
                cells[0].text = ref
                cells[1].text = text
                cells[2].text = leadcell
                cells[3].text = due
                cells[4].text = rag
                shade(cells[4], ragcol[rag])
                cells[5].text = prog
                counts[rag] += 1
                expected.append(act(ref, [ph, oh], text, leads, end, rag2stat[rag]))
        doc.add_paragraph()
    doc.add_heading("Summary of quarter 2 position", level=2)
    st = doc.add_table(rows=2, cols=5)
    st.style = "Table Grid"
    for j, h in enumerate(["Blue", "Green", "Amber", "Red", "Total actions"]):
        st.cell(0, j).text = h
        st.cell(1, j).text = str(counts[h]) if h in counts else str(sum(counts.values()))
    bold_row(st.rows[0], "D9D9D9")
    doc.add_paragraph("Actions rated Red are reported by exception to the relevant Board committee.")
    doc.save(out(name))

    write_yaml(name, {
        "source": "Imitates a quarterly delivery report against a Welsh national body's annual business plan, "
                  "taken to its Board for assurance, here Social Care Wales's Business Plan 2025-26 (year four of "
                  "its Strategic Plan 2022-27) at quarter 2. Copied features: report cover table (report to, "
                  "date, author, purpose), title and introduction, a Blue/Green/Amber/Red key table, one Word "
                  "table per strategic priority with a merged shaded objective row above its actions, "
                  "ref/what we will do/lead/due/RAG/progress columns with shaded RAG words, dues as months, "
                  "dates and financial quarters, and a totals table at the end.",
        "reads": "Eight business-plan actions under three strategic priorities and five objectives. Each action "
                 "has a three-level ref, a lead post (one action names two, separated by a semicolon), a due "
                 "month or financial quarter (Q2 2025-26 ends September 2025, Q3 December, Q4 March 2026) and a "
                 "RAG word.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, expected


# ---------------------------------------------------------------------------
# 6. NHS Tayside – Audit and Risk Committee action points update (csv, refuse)
# ---------------------------------------------------------------------------
def tayside():
    name = "zve-nhs-tayside-audit-and-risk-committee-action-points-update-typo-month-refuse.csv"
    title = "Tayside NHS Board Audit and Risk Committee – Action Points Update"
    header = ["Item No", "Meeting Date", "Minute Ref", "Heading", "Action Point", "Responsibility",
              "Target Date", "Revised Target Date", "Status / Comment"]
    rows = [
        ["1", "19/06/2025", "ARC 5.1", "Strategic Risk Profile",
         "Deep dive on Strategic Risk 771 (Workforce Sustainability) to be presented to a future meeting",
         "Director of Workforce", "September 2025", "December 2025",
         "On agenda for 11 December 2025 – propose closure"],
        ["2", "19/06/2025", "ARC 7.2", "Internal Audit Progress Report",
         "FTF to confirm revised timetable for the Payroll audit", "Chief Internal Auditor", "Aug-25", "",
         "Complete"],
        ["3", "19/06/2025", "ARC 9.1", "Annual Accounts 2024/25",
         "Lessons learned from the 2024/25 accounts process to be reported to the Committee",
         "Director of Finance", "Oct-25", "", "Complete – reported 25 September 2025"],
        ["4", "25/09/2025", "ARC 4.3", "Counter Fraud Update",
         "Report on the outcome of the National Fraud Initiative 2024/25 exercise", "Fraud Liaison Officer",
         "Dec-25", "", "In progress – verbal update at December meeting"],
        ["5", "25/09/2025", "ARC 6.1", "Information Governance",
         "Provide an update on compliance with Subject Access Request timescales",
         "Head of Information Governance & Cyber Assurance", "Dec-25", "", "In progress"],
        ["6", "25/09/2025", "ARC 6.4", "Standing Financial Instructions",
         "Circulate the revised Standing Financial Instructions to members for comment before Board approval",
         "Board Secretary", "Febuary 2026", "", "Not yet due"],
        ["7", "25/09/2025", "ARC 8.2", "External Audit – Annual Audit Report",
         "Management responses to the Annual Audit Report recommendations to be added to the audit follow-up "
         "tracker", "Head of Financial Services", "Mar-26", "", "Not yet due"],
        ["8", "25/09/2025", "ARC 10.1", "Any Other Business",
         "Chair to write to the Chair of the Staff Governance Committee about mandatory training compliance",
         "Committee Chair", "Nov-25", "", "Complete"],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    n = len(header)
    w.writerow([title] + [""] * (n - 1))
    w.writerow(["Meeting of 11 December 2025 – Agenda Item 4.1"] + [""] * (n - 1))
    w.writerow([""] * n)
    w.writerow(header)
    line = 4
    refuse_at = None
    for r in rows:
        w.writerow(r)
        line += 1
        if "Febuary" in r[6]:
            refuse_at = line
    w.writerow([""] * n)
    w.writerow(["Items marked Complete will be removed from the next update once noted by the Committee."]
               + [""] * (n - 1))
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())

    write_yaml(name, {
        "source": "Imitates the 'Action Points Update' a Scottish NHS board's Audit and Risk Committee reviews at "
                  "each meeting (Tayside NHS Board Audit and Risk Committee agendas carry 'Action Points Update' "
                  "as item 4), here for the meeting of 11 December 2025, saved from Excel as CSV. Copied features: "
                  "title and meeting lines, item number, meeting date, minute reference, heading, action point, "
                  "responsibility as job titles, target and revised target dates (month names and Mmm-yy), a "
                  "combined status/comment column, and a closing notes line.",
        "reads": "An action log of eight committee actions, but item 6 has its target date typed as "
                 "'Febuary 2026', a mistyped month; a careful reader stops there and asks what date was meant "
                 "rather than guess.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_at,
        "title": title,
    })
    return name, refuse_at


# ---------------------------------------------------------------------------
# 7. Ards and North Down BC – NIAO proposals for improvement action plan (txt, tab-separated)
# ---------------------------------------------------------------------------
def ards():
    name = "zve-ards-and-north-down-bc-niao-proposals-for-improvement-action-plan.txt"
    title = ("Ards and North Down Borough Council – Proposals for Improvement Action Plan "
             "(NIAO Improvement Audit and Assessment 2024-25)")
    pfis = [
        ("PFI 1: The Council should ensure that each improvement objective has at least one outcome-focused "
         "measure with a baseline and target, so that progress can be clearly demonstrated.",
         [("1.1", "Review the measures for each 2025-26 improvement objective with objective leads and add "
                  "baselines and targets where missing.",
           "Strategic Planning and Performance Manager", ["Strategic Planning and Performance Manager"],
           "30/06/2025", "Complete", "Measures reviewed; baselines added for all 14 measures.", "blue",
           "2025-06", None),
          ("1.2", "Include trend data and comparison with other councils in the annual Self-Assessment Report.",
           "Strategic Planning and Performance Manager", ["Strategic Planning and Performance Manager"],
           "30/09/2025", "Complete", "Self-Assessment Report 2024-25 published 26 September 2025.", "blue",
           "2025-09", None)]),
        ("PFI 2: The Council should strengthen its arrangements for engaging residents when setting its "
         "improvement objectives.",
         [("2.1", "Run an online consultation on draft improvement objectives for 2026-27, with paper copies "
                  "available in libraries and leisure centres.",
           "Communications and Marketing Manager", ["Communications and Marketing Manager"], "Jan-26",
           "On track", "Consultation to open 1 December 2025.", "green", "2026-01", None),
          ("2.2", "Hold two community engagement sessions with Section 75 groups.\n"
                  "Feed the results into the Performance Improvement Plan 2026-27.",
           "Equality Officer / Community Planning Officer", ["Equality Officer", "Community Planning Officer"],
           "31 March 2026", "On track", "Sessions booked for February 2026.", "green", "2026-03", None)]),
        ("PFI 3: The Council should report progress against its improvement objectives to elected members at "
         "least twice a year.",
         [("3.1", "Present mid-year and year-end progress reports to the Corporate Services Committee.",
           "Director of Corporate Services", ["Director of Corporate Services"], "Ongoing", "On track",
           "Mid-year report on this agenda.", "green", None, "Ongoing")]),
        ("PFI 4: The Council should publish its statutory performance indicators for planning and waste "
         "alongside benchmarking information.",
         [("4.1", "Publish statutory indicator results with the NI council average on the Council website within "
                  "one month of the Department’s publication.",
           "Head of Planning; Head of Waste and Cleansing", ["Head of Planning", "Head of Waste and Cleansing"],
           "Nov-25", "Amber", "Planning figures published; waste figures delayed pending DAERA validation.",
           "amber", "2025-11", None)]),
    ]
    header = ["Proposal for Improvement", "Action Ref", "Agreed Action", "Lead Officer", "Target Date", "Status",
              "Update (October 2025)"]
    buf = io.StringIO()
    w = csv.writer(buf, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    buf.write(title + "\n")
    buf.write("Update for Corporate Services Committee – 14 October 2025\n")
    buf.write("\n")
    w.writerow(header)
    expected = []
    total = 0
    counts = {}
    for pfi, acts in pfis:
        for i, a in enumerate(acts):
            ref, text, leadcell, leads, target, stat, upd, status, end, end_text = a
            w.writerow([pfi if i == 0 else "", ref, text, leadcell, target, stat, upd])
            expected.append(act(ref, [pfi], text, leads, end, status, end_text))
            total += 1
            counts[stat] = counts.get(stat, 0) + 1
    buf.write("\n")
    buf.write(f"Summary: {total} actions – {counts.get('Complete', 0)} complete, {counts.get('On track', 0)} "
              f"on track, {counts.get('Amber', 0)} amber\n")
    buf.write("Status key: Complete; On track; Amber = behind target but expected by year end; "
              "Red = significantly behind target\n")
    buf.write("Note: PFIs 1 and 2 repeat proposals first made in the 2023-24 improvement audit.\n")
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())

    write_yaml(name, {
        "source": "Imitates the action plan a Northern Ireland district council keeps on the 'proposals for "
                  "improvement' made by the Local Government Auditor (NI Audit Office) in the annual improvement "
                  "audit and assessment under the Local Government Act (NI) 2014, here Ards and North Down "
                  "Borough Council's response to the 2024-25 audit, updated for committee in October 2025 and "
                  "exported as tab-separated text. Copied features: title and committee lines, proposal text "
                  "written only on the first of its action rows (blank below), action refs, lead officers as "
                  "posts, target dates in several forms, status words, one action cell with a line break (quoted "
                  "over two lines), and summary, key and note lines after the table.",
        "reads": "Six agreed actions answering four proposals for improvement; a proposal's text appears once "
                 "and carries down to the blank rows below it. Status words read Complete as blue, On track as "
                 "green and Amber as amber; one target is 'Ongoing'.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, expected


if __name__ == "__main__":
    for fn in (low_moss, translink, hes, brynteg, scw, tayside, ards):
        n, info = fn()
        print(n, len(info) if isinstance(info, list) else f"refuse_at={info}")
