#!/usr/bin/env python3
"""Build the seven hk2- blind test files (set heldout253) and their expected readings.

Run with /work/main/.venv/bin/python (openpyxl, python-docx, pyyaml).
The expected readings are written out explicitly below (leads, ends, statuses as a
person reads them); they are not derived from the files.
"""
import datetime as dt
import os
import re

import yaml
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- helpers
RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "0070C0"
GREY = "D9D9D9"
DARK = "1F3864"
FILL = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE,
        "Red": RED, "Amber": AMBER, "Green": GREEN, "Blue": BLUE,
        "Complete": BLUE, "Not started": "FFFFFF"}
thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return dt.datetime(y, m, day)


class _Dumper(yaml.SafeDumper):
    pass


def _str_rep(dumper, data):
    # quote month values and refs so they stay strings ("2025-09", "1.1")
    if re.fullmatch(r"\d{4}-\d{2}", data) or re.fullmatch(r"[\d.]+", data):
        return dumper.represent_scalar("tag:yaml.org,2002:str", data, style='"')
    return dumper.represent_scalar("tag:yaml.org,2002:str", data)


_Dumper.add_representer(str, _str_rep)


def write_expected(name, exp):
    path = os.path.join(HERE, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as f:
        yaml.dump(exp, f, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100000,
                  default_flow_style=False)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    """Write text into a docx cell; '\n' becomes a new paragraph."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        r.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


# ====================================================================== 1
# Perth & Kinross Council - 2023/24 Annual Audit Report action plan (xlsx)
def perth_kinross():
    name = "hk2-perth-kinross-council-annual-audit-report-action-plan.xlsx"
    title = "Perth & Kinross Council – 2023/24 Annual Audit Report: Action Plan Progress Update"
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14, color=DARK)
    ws.merge_cells("A1:I1")
    ws["A2"] = ("Audit and Risk Committee, 24 September 2025 – position at 31 August 2025. "
                "Recommendations made by Audit Scotland in the 2023/24 Annual Audit Report (October 2024), Appendix 1.")
    ws["A2"].font = Font(italic=True, size=10)
    ws.merge_cells("A2:I2")
    hdr = ["No.", "Issue / risk", "Recommendation", "Agreed management action",
           "Responsible officer", "Agreed date", "Revised date",
           "Progress update (August 2025)", "Status"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(DARK)
        cell.alignment = WRAP
        cell.border = BORDER

    S_FM = "Financial management"
    S_FS = "Financial sustainability"
    S_VL = "Vision, leadership and governance"
    S_UR = "Use of resources to improve outcomes"
    S_BF = "Follow-up of prior year recommendations (2022/23 Annual Audit Report)"

    R1 = ("The council should review its capital planning and profiling arrangements so that the "
          "capital budget better reflects realistic delivery timescales.")
    R2 = ("The council should ensure that journals cannot be posted and approved by the same officer, "
          "or that a compensating review control is in place.")
    R3 = ("The council should update its medium-term financial plan to set out how the cumulative "
          "budget gap of £48.2 million to 2028/29 will be closed.")
    R4 = ("Savings delivered through the transformation programme should be tracked and reported to "
          "members so that its contribution to closing the budget gap is clear.")
    R5 = ("The council should keep the number of items considered in private under review and record "
          "the reasons for taking items in private on the public agenda.")
    R6 = ("The council should complete its workforce planning so that future skills and capacity "
          "needs are identified and linked to the medium-term financial plan.")
    R7 = ("The council should ensure that its annual performance report includes trend data and "
          "benchmarking so that members and the public can assess whether outcomes are improving.")
    RB1 = ("The council should carry out a self-assessment against the Best Value statutory guidance "
           "and use it to inform its improvement planning.")
    RB2 = ("The council should test its ICT disaster recovery arrangements and act on the lessons "
           "learned.")

    A = {}
    A["1"] = ("The Capital Programme Board will introduce a gateway review for all projects over £1m "
              "before they are included in the programme, and project profiles will be reviewed "
              "quarterly with project sponsors.")
    A["2"] = ("A monthly exception report of journals posted and approved by the same user will be "
              "produced and reviewed by the Finance Manager (Corporate).")
    A["3"] = ("A refreshed Medium-Term Financial Plan 2025–2030 will be presented to Council alongside "
              "the 2025/26 budget, with savings proposals identified for at least the first two years.")
    A["4"] = ("Benefits realisation reporting will be added to the six-monthly Transformation Programme "
              "update to the Strategic Policy and Resources Committee.")
    A["5"] = ("Standing Orders will be amended so that the reason for taking each exempt item in private "
              "is stated on the public agenda, and a log of items taken in private will be reported "
              "annually.")
    A["6.1"] = ("Service-level workforce plans will be completed for all services using the new "
                "corporate template.")
    A["6.2"] = ("A corporate Workforce Plan 2025–2028 will be presented to the Strategic Policy and "
                "Resources Committee.")
    A["7"] = ("The 2024/25 Annual Performance Report will include three-year trends and LGBF family "
              "group comparisons for each Council Plan priority.")
    A["b/f 1"] = ("A Best Value self-assessment against the statutory guidance will be completed and "
                  "reported to the Audit and Risk Committee.")
    A["b/f 2"] = ("The ICT disaster recovery plan will be tested through a full failover exercise and "
                  "lessons learned reported to the Digital Board.")

    rows = [
        ("S", S_FM),
        ("1", "Capital programme slippage\nThe 2023/24 capital outturn was £71.4m against a revised "
              "budget of £104.9m. Slippage has been a recurring feature for several years.", R1, A["1"],
         "Head of Finance / Head of Property Services", d(2025, 3, 31), "30/09/2025",
         "Gateway review process approved by the Capital Programme Board in January 2025. Quarterly "
         "reprofiling has started; the full-year effect will be reported in the 2025/26 outturn.",
         "Amber"),
        ("2", "Journal authorisation\nThe finance system allows a user to post and approve their own "
              "journals. 37 such journals were posted in 2023/24.", R2, A["2"],
         "Finance Manager (Corporate)", d(2024, 12, 31), None,
         "Exception report in place since November 2024 and reviewed monthly. No exceptions "
         "unexplained.", "Complete"),
        ("S", S_FS),
        ("3", "Medium-term financial planning\nThe council forecasts a cumulative budget gap of £48.2m "
              "by 2028/29.", R3, A["3"],
         "Head of Finance", d(2025, 2, 28), None,
         "Medium-Term Financial Plan approved by Council on 26 February 2025.", "Complete"),
        ("4", "Transformation savings\nThe savings attributed to the transformation programme are not "
              "reported separately.", R4, A["4"],
         "Strategic Lead – Transformation", "Q4 2024/25", "Q2 2025/26",
         "Benefits tracker developed. First report delayed to the October 2025 committee cycle.",
         "Amber"),
        ("S", S_VL),
        ("5", "Openness and transparency\n22% of committee items in 2023/24 were considered in private.",
         R5, A["5"],
         "Head of Legal and Governance Services", d(2025, 6, 30), None,
         "Amended Standing Orders approved by Council on 25 June 2025; first annual log due in "
         "June 2026.", "Green"),
        ("6.1", "Workforce planning\nThe corporate workforce plan expired in 2022 and service-level plans "
                "are incomplete.", R6, A["6.1"],
         "Head of HR and Organisational Development", d(2025, 3, 31), "31/12/2025",
         "9 of 14 service plans completed. Remaining plans delayed by the service redesign in "
         "Communities.", "Red"),
        ("6.2", None, None, A["6.2"],
         "Head of HR and Organisational Development", d(2025, 6, 30), "31/03/2026",
         "Dependent on completion of service-level plans (6.1).", "Amber"),
        ("S", S_UR),
        ("7", "Public performance reporting\nThe 2022/23 Annual Performance Report did not include trends "
              "or comparisons with other councils.", R7, A["7"],
         "Corporate Performance Manager", "September 2025", None,
         "Draft report prepared; due at Council on 1 October 2025.", "Green"),
        ("S", S_BF),
        ("b/f 1", "Best Value self-assessment", RB1, A["b/f 1"],
         "Head of Legal and Governance Services", d(2024, 3, 31), "30/06/2025",
         "Self-assessment reported to the Audit and Risk Committee on 18 June 2025.", "Complete"),
        ("b/f 2", "ICT disaster recovery", RB2, A["b/f 2"],
         "Chief Digital Officer", d(2024, 9, 30), "31/10/2025",
         "Full failover exercise scheduled for 18 October 2025.", "Amber"),
    ]
    r = 5
    merge_from = None
    for row in rows:
        if row[0] == "S":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            for c in range(1, 10):
                ws.cell(row=r, column=c).fill = fill(GREY)
                ws.cell(row=r, column=c).border = BORDER
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            continue
        no, issue, rec, action, lead, agreed, revised, prog, status = row
        vals = [no, issue, rec, action, lead, agreed, revised, prog, status]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c)
            if v is not None:
                cell.value = v
            cell.alignment = WRAP
            cell.border = BORDER
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=9).fill = fill(FILL[status])
        if issue is None:  # continuation of the previous recommendation: merge vertically
            ws.merge_cells(start_row=r - 1, start_column=2, end_row=r, end_column=2)
            ws.merge_cells(start_row=r - 1, start_column=3, end_row=r, end_column=3)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Summary: 10 actions – Complete 3; Green 2; Amber 4; Red 1").font = Font(bold=True)
    ws.cell(row=r + 1, column=1, value=("Note: status reflects the responsible officer's assessment and has "
                                         "not yet been validated by Audit Scotland."))
    for col, w in zip("ABCDEFGHI", [7, 34, 40, 45, 26, 12, 12, 45, 10]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    dc = wb.create_sheet("Document control")
    dcrows = [("Document control", None), (None, None),
              ("Report owner", "Head of Finance"), ("Prepared by", "Corporate Governance Team"),
              ("Version", "1.2"), ("Date", "12/09/2025"), ("External auditor", "Audit Scotland"),
              ("Previous update", "Audit and Risk Committee, 19 March 2025")]
    for i, (a, b) in enumerate(dcrows, 1):
        dc.cell(row=i, column=1, value=a)
        dc.cell(row=i, column=2, value=b)
    dc["A1"].font = Font(bold=True, size=12)
    dc.column_dimensions["A"].width = 22
    dc.column_dimensions["B"].width = 40

    key = wb.create_sheet("Status key")
    krows = [("Status", "Meaning"), ("Complete", "Action implemented; evidence held"),
             ("Green", "On track to be delivered by the agreed date"),
             ("Amber", "At risk, or revised date agreed"),
             ("Red", "Revised date missed or action not progressing")]
    for i, (a, b) in enumerate(krows, 1):
        key.cell(row=i, column=1, value=a)
        key.cell(row=i, column=2, value=b)
        if i > 1:
            key.cell(row=i, column=1).fill = fill(FILL[a])
    key["A1"].font = key["B1"].font = Font(bold=True)
    key.column_dimensions["B"].width = 50
    wb.save(os.path.join(HERE, name))

    acts = [
        act("1", [S_FM, R1], A["1"], ["Head of Finance", "Head of Property Services"], "2025-09", "amber"),
        act("2", [S_FM, R2], A["2"], ["Finance Manager (Corporate)"], "2024-12", "blue"),
        act("3", [S_FS, R3], A["3"], ["Head of Finance"], "2025-02", "blue"),
        act("4", [S_FS, R4], A["4"], ["Strategic Lead – Transformation"], "2025-09", "amber"),
        act("5", [S_VL, R5], A["5"], ["Head of Legal and Governance Services"], "2025-06", "green"),
        act("6.1", [S_VL, R6], A["6.1"], ["Head of HR and Organisational Development"], "2025-12", "red"),
        act("6.2", [S_VL, R6], A["6.2"], ["Head of HR and Organisational Development"], "2026-03", "amber"),
        act("7", [S_UR, R7], A["7"], ["Corporate Performance Manager"], "2025-09", "green"),
        act("b/f 1", [S_BF, RB1], A["b/f 1"], ["Head of Legal and Governance Services"], "2025-06", "blue"),
        act("b/f 2", [S_BF, RB2], A["b/f 2"], ["Chief Digital Officer"], "2025-10", "amber"),
    ]
    exp = {
        "source": ("Imitates a Scottish council's Audit and Risk Committee progress update on the external "
                   "auditor's (Audit Scotland) Annual Audit Report 2023/24 Appendix 1 action plan, as "
                   "published by councils such as Perth & Kinross, Fife and Angus. Copied features: title "
                   "and committee subtitle rows, wider-scope audit dimensions as merged grey section rows, "
                   "Issue/risk and Recommendation columns beside the agreed management action, one "
                   "recommendation split into two actions with vertically merged issue and recommendation "
                   "cells, agreed date (real dates) and revised date (text), progress update, fill-coloured "
                   "status words, a 'b/f' follow-up section for prior-year recommendations, a summary line "
                   "and a note, and separate Document control and Status key sheets."),
        "reads": ("One sheet holds the action plan: ten agreed management actions grouped under five "
                  "headed sections (four audit dimensions and prior-year follow-up), each with the auditor's "
                  "issue and recommendation beside it. Where a revised date is given it replaces the agreed "
                  "date; status is the coloured status word. The other sheets are document control and the "
                  "status key."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": acts,
    }
    write_expected(name, exp)
    return name, len(acts)


# ====================================================================== 2
# Broxtowe BC - internal audit outstanding recommendations tracker (xlsx, refuse)
def broxtowe():
    name = "hk2-broxtowe-bc-internal-audit-recommendations-tracker-typo-month-refuse.xlsx"
    title = "Internal Audit – Outstanding Recommendations Tracker"
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Broxtowe Borough Council"
    sm["A1"].font = Font(bold=True, size=12)
    sm["A2"] = title
    sm["A2"].font = Font(bold=True, size=14)
    sm["A3"] = "Governance, Audit and Standards Committee – 17 November 2025"
    srows = [("Audit assignment", "High", "Medium", "Low", "Total"),
             ("Housing Repairs (Responsive)", 1, 1, 0, 2),
             ("Council Tax", 0, 1, 0, 1),
             ("Procurement and Contract Management", 1, 2, 0, 3),
             ("Payroll", 0, 0, 1, 1),
             ("ICT – Cyber Security", 1, 1, 0, 2),
             ("Total", 3, 5, 1, 9)]
    for i, row in enumerate(srows, 5):
        for c, v in enumerate(row, 1):
            cell = sm.cell(row=i, column=c, value=v)
            cell.border = BORDER
            if i in (5, 11):
                cell.font = Font(bold=True)
    sm.column_dimensions["A"].width = 40

    ws = wb.create_sheet("Recommendations")
    ws["A1"] = "Outstanding Internal Audit Recommendations at 31 October 2025"
    ws["A1"].font = Font(bold=True, size=13)
    hdr = ["Audit Assignment", "Assurance Level", "Report Issued", "Ref", "Priority",
           "Recommendation", "Agreed Action", "Responsible Officer", "Original Target Date",
           "Revised Target Date", "Progress Update", "Status"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=3, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill("BDD7EE")
        cell.border = BORDER
        cell.alignment = WRAP
    data = [
        ("Housing Repairs (Responsive)", "Limited", d(2025, 3, 14), "HR1", "High",
         "Repairs should not be closed on the system until the post-inspection or tenant "
         "satisfaction check has been completed.",
         "System workflow to be changed so that jobs over £1,000 cannot be closed without a "
         "post-inspection record.",
         "Head of Housing Repairs", d(2025, 6, 30), "30 September 2025",
         "Workflow change went live 22 September 2025.", "Complete"),
        (None, None, None, "HR2", "Medium",
         "Variations to job values should be authorised by a supervisor before the order is paid.",
         "Variation approval limits to be set in the repairs system and reported monthly.",
         "Housing Repairs Manager / Asset Manager", d(2025, 7, 31), "31 December 2025",
         "Limits agreed; system configuration booked with supplier for November.", "Amber"),
        ("Council Tax", "Substantial", d(2025, 5, 2), "CT1", "Medium",
         "Single person discount reviews should be completed annually.",
         "Annual data-matching review of single person discounts to be scheduled each January.",
         "Revenues Manager", d(2025, 9, 30), None,
         "Review procured; first run completed.", "Complete"),
        ("Procurement and Contract Management", "Limited", d(2025, 6, 20), "PC1", "High",
         "A complete contracts register should be maintained and published in line with the "
         "Local Government Transparency Code.",
         "Services to return contract details to the Procurement Officer; register to be published "
         "quarterly.",
         "Head of Finance Services", d(2025, 8, 31), "31 January 2026",
         "68% of services have returned details.", "Amber"),
        (None, None, None, "PC2", "Medium",
         "Waivers of Contract Procedure Rules should be recorded centrally and reported to this "
         "Committee.",
         "Central waiver log to be introduced and reported to the Committee twice a year.",
         "Procurement Officer", d(2025, 9, 30), None,
         "Log in place; first report to this meeting.", "Green"),
        (None, None, None, "PC3", "Medium",
         "Contract managers should hold documented performance meetings with suppliers of "
         "contracts over £100,000.",
         "Contract management toolkit and meeting template to be issued and training delivered "
         "to contract managers.",
         "Procurement Officer", d(2025, 10, 31), "Febuary 2026",
         "Toolkit drafted; training dates to be confirmed.", "Amber"),
        ("Payroll", "Reasonable", d(2025, 7, 11), "PY1", "Low",
         "Leaver forms should be received by Payroll before the last working day.",
         "Reminder to managers via the intranet and the leavers checklist to be updated.",
         "HR Manager", d(2025, 12, 31), None,
         "Checklist updated; intranet article scheduled.", "Green"),
        ("ICT – Cyber Security", "Limited", d(2025, 9, 5), "IT1", "High",
         "Multi-factor authentication should be enforced for all remote access accounts.",
         "MFA to be enforced on all remote and privileged accounts.",
         "ICT Manager", d(2025, 12, 31), None,
         "87% of accounts enrolled.", "Green"),
        (None, None, None, "IT2", "Medium",
         "Unsupported server operating systems should be upgraded or isolated.",
         "Upgrade the three remaining Windows Server 2012 servers.",
         "ICT Manager", d(2026, 3, 31), None,
         "", "Not started"),
    ]
    r = 4
    for row in data:
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=r, column=c)
            if v is not None and v != "":
                cell.value = v
            cell.border = BORDER
            cell.alignment = WRAP
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        st = row[-1]
        if st in FILL and st != "Not started":
            ws.cell(row=r, column=12).fill = fill(FILL[st])
        r += 1
    typo_row = 4 + [x[3] for x in data].index("PC3")
    assert ws.cell(row=typo_row, column=10).value == "Febuary 2026"
    r += 1
    ws.cell(row=r, column=1, value=("Priority: High – fundamental control weakness; Medium – significant "
                                     "weakness; Low – minor / best practice."))
    ws.cell(row=r + 1, column=1, value="Completed recommendations are removed after being reported once.")
    for col, w in zip("ABCDEFGHIJKL", [26, 12, 12, 6, 9, 40, 40, 24, 12, 14, 36, 11]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, name))

    exp = {
        "source": ("Imitates a district council internal audit outstanding-recommendations tracker "
                   "reported to a Governance, Audit and Standards Committee (as Broxtowe and other "
                   "Nottinghamshire districts publish). Copied features: summary sheet with counts by "
                   "audit and priority, a Recommendations sheet with audit assignment / assurance level / "
                   "report date filled only on the first row of each audit, priority, recommendation and "
                   "agreed action, responsible officer, original target date (real dates) and revised "
                   "target date (typed text), progress update, fill-coloured status, and a priority note."),
        "reads": ("Nine agreed actions from five internal audits, with original and typed revised target "
                  "dates. The revised target date for PC3 (sheet row %d) reads 'Febuary 2026', a mistyped "
                  "month, so a careful reader would stop and ask what was meant before taking the dates "
                  "from this tracker." % typo_row),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": title,
    }
    write_expected(name, exp)
    return name, None


# ====================================================================== 3
# Police Scotland - HMICS local policing inspection of Tayside Division (xlsx)
def police_scotland():
    name = "hk2-police-scotland-tayside-division-hmics-local-policing-inspection-improvement-plan.xlsx"
    title = "HMICS Local Policing Inspection of Tayside Division – Improvement Plan"
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = "OFFICIAL"
    ws["A1"].font = Font(bold=True, color="C00000")
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = ("Report published 27 March 2024 | Plan owner: Divisional Commander, Tayside Division | "
                "Update for SPA Policing Performance Committee, September 2025")
    ws.merge_cells("A2:H2")
    ws.merge_cells("A3:H3")
    hdr = ["Ref", "Action", "Action owner", "Target date", "Revised target", "Previous RAG",
           "Current RAG", "Update / evidence"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("002060")
        cell.border = BORDER
        cell.alignment = WRAP

    T1, T2, T3, T4 = "Outcomes", "Leadership and governance", "People", "Partnerships"
    REC1 = ("Recommendation 1: Police Scotland should ensure that Tayside Division has a clear and "
            "consistent approach to managing local demand, so that calls are prioritised on the basis "
            "of threat, harm, risk and vulnerability.")
    REC2 = ("Recommendation 2: Police Scotland should ensure that the local police plans for Angus, "
            "Dundee City and Perth & Kinross contain measurable objectives and that performance against "
            "them is reported to local scrutiny committees.")
    REC3 = ("Recommendation 3: Police Scotland should review the support available to probationary "
            "constables in Tayside Division, including tutor constable availability and the "
            "cancellation of rest days.")
    AFD1 = ("Area for development 1: Tayside Division should work with partners to reduce the number "
            "of repeat missing person reports from looked after young people and adults in care "
            "settings.")
    A = {
        "1.1": ("Review the Divisional Resolution Team operating model and extend its hours to "
                "cover evening peak demand (1600–0200)."),
        "1.2": ("Introduce a daily demand and risk management meeting chaired by the Duty Chief "
                "Inspector, with attendance from Contact, Command and Control and Public Protection."),
        "2.1": ("Revise the three local police plans for 2025–28 with measurable objectives agreed "
                "with each local scrutiny committee."),
        "2.2": ("Produce a quarterly local performance report for each committee using the new "
                "divisional dashboard."),
        "3.1": ("Carry out a survey of all probationary constables and tutor constables in the "
                "division and report findings to the Divisional Senior Leadership Team."),
        "3.2": "Increase the number of trained tutor constables from 41 to 60.",
        "3.3": ("Introduce divisional monitoring of rest day cancellations for probationers, with any "
                "cancellation approved by an Inspector."),
        "AFD1.1": ("Agree a joint protocol with Dundee, Angus and Perth & Kinross health and social "
                   "care partnerships for return discussions with missing adults."),
        "AFD1.2": ("Hold multi-agency reviews for any young person reported missing three or more "
                   "times in 90 days."),
    }
    rows = [
        ("T", T1), ("R", REC1),
        ("1.1", A["1.1"], "Superintendent (Operations), Tayside", "31/12/2024", None, "G", "B",
         "Extended hours in place from 6 January 2025. Evidence submitted to HMICS July 2025."),
        ("1.2", A["1.2"], "Chief Inspector, Divisional Co-ordination Unit / Duty Chief Inspectors",
         "March 2025", None, "G", "B", "Daily meeting in place since February 2025."),
        ("T", T2), ("R", REC2),
        ("2.1", A["2.1"], "Local Area Commanders (Angus, Dundee City, Perth & Kinross)",
         "Q1 2025/26", None, "A", "G",
         "Plans approved by Angus and Perth & Kinross committees; Dundee City plan at committee "
         "in October 2025."),
        ("2.2", A["2.2"], "Divisional Performance Manager", "30/06/2025", "30/11/2025", "A", "A",
         "Dashboard delayed by national data platform changes."),
        ("T", T3), ("R", REC3),
        ("3.1", A["3.1"], "Chief Inspector (People and Development)", "31/10/2024", None, "G", "B",
         "Survey completed; 78% response rate. Findings reported to SLT on 12 December 2024."),
        ("3.2", A["3.2"], "Chief Inspector (People and Development) & Divisional Training Sergeant",
         "31/03/2025", "31/12/2025", "A", "R",
         "52 trained. Course places limited by the Scottish Police College timetable."),
        ("3.3", A["3.3"], "Superintendent (Operations), Tayside", "Ongoing", None, "G", "G",
         "Monitoring reported monthly to the Divisional SLT."),
        ("T", T4), ("R", AFD1),
        ("AFD1.1", A["AFD1.1"], "Detective Superintendent, Public Protection", "Sept 2025",
         None, "A", "G", "Protocol agreed in principle; sign-off by the three Chief Officers due "
         "September 2025."),
        ("AFD1.2", A["AFD1.2"], "Detective Chief Inspector, Public Protection Unit",
         "31/01/2026", None, "", "", "Not yet started – dependent on AFD1.1."),
    ]
    r = 6
    for row in rows:
        if row[0] in ("T", "R"):
            cell = ws.cell(row=r, column=1, value=row[1])
            cell.font = Font(bold=True, size=12 if row[0] == "T" else 10, italic=row[0] == "R")
            cell.alignment = WRAP
            for c in range(1, 9):
                ws.cell(row=r, column=c).fill = fill("8EA9DB" if row[0] == "T" else "DDEBF7")
                ws.cell(row=r, column=c).border = BORDER
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            if row[0] == "R":
                ws.row_dimensions[r].height = 32
            r += 1
            continue
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=r, column=c)
            if v not in (None, ""):
                cell.value = v
            cell.border = BORDER
            cell.alignment = WRAP
        for c in (6, 7):
            v = row[c - 1]
            if v:
                ws.cell(row=r, column=c).fill = fill(FILL[v])
                ws.cell(row=r, column=c).alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    r += 1
    ws.cell(row=r, column=1, value=("Note: evidence packs for Recommendation 1 were submitted to HMICS on "
                                     "14/07/2025 with a request that it is discharged."))
    for col, w in zip("ABCDEFGH", [9, 55, 32, 12, 12, 9, 9, 50]):
        ws.column_dimensions[col].width = w

    k = wb.create_sheet("RAG key")
    for i, (a, b) in enumerate([("RAG", "Definition"),
                                ("B", "Complete – evidence submitted to HMICS"),
                                ("G", "On track to meet target date"),
                                ("A", "Some slippage – revised target agreed"),
                                ("R", "Off track – escalated to the Divisional SLT")], 1):
        k.cell(row=i, column=1, value=a)
        k.cell(row=i, column=2, value=b)
        if i > 1:
            k.cell(row=i, column=1).fill = fill(FILL[a])
    k.column_dimensions["B"].width = 45
    wb.save(os.path.join(HERE, name))

    acts = [
        act("1.1", [T1, REC1], A["1.1"], ["Superintendent (Operations), Tayside"], "2024-12", "blue"),
        act("1.2", [T1, REC1], A["1.2"],
            ["Chief Inspector, Divisional Co-ordination Unit", "Duty Chief Inspectors"], "2025-03", "blue"),
        act("2.1", [T2, REC2], A["2.1"],
            ["Local Area Commanders (Angus, Dundee City, Perth & Kinross)"], "2025-06", "green"),
        act("2.2", [T2, REC2], A["2.2"], ["Divisional Performance Manager"], "2025-11", "amber"),
        act("3.1", [T3, REC3], A["3.1"], ["Chief Inspector (People and Development)"], "2024-10", "blue"),
        act("3.2", [T3, REC3], A["3.2"],
            ["Chief Inspector (People and Development)", "Divisional Training Sergeant"], "2025-12", "red"),
        act("3.3", [T3, REC3], A["3.3"], ["Superintendent (Operations), Tayside"], None, "green",
            end_text="Ongoing"),
        act("AFD1.1", [T4, AFD1], A["AFD1.1"], ["Detective Superintendent, Public Protection"],
            "2025-09", "green"),
        act("AFD1.2", [T4, AFD1], A["AFD1.2"], ["Detective Chief Inspector, Public Protection Unit"],
            "2026-01", "unrated"),
    ]
    exp = {
        "source": ("Imitates a Police Scotland divisional improvement plan responding to an HMICS local "
                   "policing inspection, as reported to the Scottish Police Authority Policing Performance "
                   "Committee (HMICS improvement plans progress summaries, 2024–25). Copied features: "
                   "protective marking line, title and publication/owner line, HMICS framework themes as "
                   "merged section rows, each recommendation (and an area for development) as a merged "
                   "row above its numbered actions, ranks and posts as action owners (two joined by ' / ' "
                   "or '&'), target and revised target dates in mixed forms, Previous and Current RAG as "
                   "fill-coloured letters, update/evidence column, a note line and a RAG key sheet."),
        "reads": ("Nine actions answer three HMICS recommendations and one area for development, each "
                  "grouped under an inspection theme. The status is the Current RAG letter (B = complete "
                  "per the key); the revised target, where given, is the end; the last action has no RAG "
                  "yet."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": acts,
    }
    write_expected(name, exp)
    return name, len(acts)


# ====================================================================== 4
# The Highland Council - SHR Annual Assurance Statement improvement plan (docx)
def highland():
    name = "hk2-highland-council-shr-annual-assurance-statement-improvement-plan.docx"
    title = "Annual Assurance Statement 2024/25 – Housing Improvement Plan"
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph("The Highland Council – Housing and Property Service")
    p.runs[0].bold = True
    doc.add_heading(title, level=0)
    doc.add_paragraph("Report to the Housing and Property Committee, 27 August 2025 – Appendix 2")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in enumerate(["Version", "Date", "Author", "Change"]):
        set_cell(t.rows[0].cells[c], h, bold=True)
    for row in [("1.0", "10/10/2024", "Housing Policy Officer",
                 "Plan agreed alongside the Annual Assurance Statement"),
                ("1.2", "14/02/2025", "Housing Policy Officer", "Progress update for Committee"),
                ("1.3", "05/08/2025", "Housing Policy Officer", "Progress update for Committee")]:
        cells = t.add_row().cells
        for c, v in enumerate(row):
            set_cell(cells[c], v)

    doc.add_paragraph(
        "The Council's Annual Assurance Statement submitted to the Scottish Housing Regulator in October "
        "2024 reported material non-compliance in the areas below. This plan sets out the actions we are "
        "taking to return to compliance. Progress is shown at 31 July 2025.")

    doc.add_heading("RAG status key", level=2)
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for colour, hex_, meaning in [("Blue", BLUE, "Complete"), ("Green", GREEN, "On track"),
                                  ("Amber", AMBER, "Some delay – revised timescale agreed"),
                                  ("Red", RED, "Significant delay / at risk")]:
        cells = k.add_row().cells
        set_cell(cells[0], colour, bold=True)
        shade(cells[0], hex_)
        set_cell(cells[1], meaning)

    H1 = "1. Electrical safety – EICR compliance"
    H2 = "2. Homelessness – breaches of the Unsuitable Accommodation Order"
    H3 = "3. Gas safety – annual gas safety checks"
    H4 = "4. Tenant engagement – scrutiny of the Annual Assurance Statement"
    sections = [
        (H1, "Social landlords must ensure an Electrical Installation Condition Report (EICR) is carried "
             "out at least every five years. At 31 March 2024, 1,132 Council homes did not have a valid EICR.",
         [("1.1", "Procure two additional electrical testing contracts for the Inverness and "
                  "Caithness & Sutherland areas.", "Housing Investment Manager", "December 2024",
           "Contracts awarded November 2024.", "Blue"),
          ("1.2", "Introduce a no-access procedure, including forced access as a last resort, for "
                  "tenants who do not allow entry after three appointments.",
           "Housing Policy Manager / Area Housing Managers", "31 March 2025",
           "Procedure approved by Committee on 20 February 2025.", "Blue"),
          ("1.3", "Clear the backlog of homes without a valid EICR.",
           "Head of Housing and Building Maintenance", "March 2025\nRevised: September 2025",
           "214 homes outstanding at 31 July 2025, of which 61 are no-access cases.", "Amber"),
          ("1.4", "Report EICR compliance monthly to the Housing Senior Management Team and quarterly "
                  "to the Housing and Property Committee.", "Housing Performance Officer",
           "Monthly from January 2025", "In place.", "Green")]),
        (H2, "Between April 2023 and March 2024 the Council recorded 286 breaches of the Unsuitable "
             "Accommodation Order, mainly in Inverness.",
         [("2.1", "Increase the supply of furnished temporary flats by converting 40 mainstream Council "
                  "homes in Inverness.", "Homelessness Manager", "Sept 2024 – June 2025",
           "32 of 40 converted; the remaining 8 are with contractors.", "Amber"),
          ("2.2", "Reduce the use of bed and breakfast accommodation for families with children to zero, "
                  "except in emergencies.\nMonitor weekly through the homelessness case management system.",
           "Homelessness Manager", "31 March 2026",
           "No families in B&B for more than 7 days since May 2025.", "Green"),
          ("2.3", "Review the Rapid Rehousing Transition Plan and submit the revised plan to the Scottish "
                  "Government.", "Head of Housing and Building Maintenance", "June 2025",
           "Revised plan submitted 30 June 2025.", "Blue")]),
        (H3, "Eleven properties were found to have gone past the anniversary date of their gas safety "
             "check during 2023/24.",
         [("3.1", "Carry out a data cleanse of the gas servicing register against the asset database to "
                  "remove properties without a gas supply.", "Asset Management Team Leader",
           "October 2024", "Complete.", "Blue"),
          ("3.2", "Introduce weekly reporting of overdue gas safety checks, with escalation to the Head of "
                  "Service for any check more than 7 days overdue.", "Gas Contracts Manager",
           "Ongoing", "Weekly report in place; no overdue checks since March 2025.", "Green")]),
        (H4, "Tenants were not involved in reviewing the evidence for the 2023/24 Annual Assurance "
             "Statement.",
         [("4.1", "Establish a tenant scrutiny panel to review the evidence supporting the 2025/26 Annual "
                  "Assurance Statement.", "Tenant Participation Officer", "August 2025",
           "Six tenants recruited; training delayed to September 2025.", "Amber")]),
    ]
    for head, para, acts_ in sections:
        doc.add_heading(head, level=2)
        doc.add_paragraph(para)
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for c, h in enumerate(["Ref", "Action", "Lead", "Timescale", "Progress at July 2025", "RAG"]):
            set_cell(tb.rows[0].cells[c], h, bold=True)
            shade(tb.rows[0].cells[c], "D9E2F3")
        for ref, action, lead, when, prog, rag in acts_:
            cells = tb.add_row().cells
            for c, v in enumerate([ref, action, lead, when, prog, rag]):
                set_cell(cells[c], v)
            shade(cells[5], FILL[rag])

    doc.add_heading("Approval", level=2)
    s = doc.add_table(rows=2, cols=2)
    s.style = "Table Grid"
    set_cell(s.rows[0].cells[0], "Approved by", bold=True)
    set_cell(s.rows[0].cells[1], "Housing and Property Committee")
    set_cell(s.rows[1].cells[0], "Date", bold=True)
    set_cell(s.rows[1].cells[1], "27 August 2025")
    doc.save(os.path.join(HERE, name))

    acts = [
        act("1.1", [H1], sections[0][2][0][1], ["Housing Investment Manager"], "2024-12", "blue"),
        act("1.2", [H1], sections[0][2][1][1], ["Housing Policy Manager", "Area Housing Managers"],
            "2025-03", "blue"),
        act("1.3", [H1], sections[0][2][2][1], ["Head of Housing and Building Maintenance"], "2025-09",
            "amber"),
        act("1.4", [H1], sections[0][2][3][1], ["Housing Performance Officer"], None, "green",
            end_text="Monthly from January 2025"),
        act("2.1", [H2], sections[1][2][0][1], ["Homelessness Manager"], "2025-06", "amber",
            end_text="Sept 2024 – June 2025"),
        act("2.2", [H2], sections[1][2][1][1], ["Homelessness Manager"], "2026-03", "green"),
        act("2.3", [H2], sections[1][2][2][1], ["Head of Housing and Building Maintenance"], "2025-06",
            "blue"),
        act("3.1", [H3], sections[2][2][0][1], ["Asset Management Team Leader"], "2024-10", "blue"),
        act("3.2", [H3], sections[2][2][1][1], ["Gas Contracts Manager"], None, "green", end_text="Ongoing"),
        act("4.1", [H4], sections[3][2][0][1], ["Tenant Participation Officer"], "2025-08", "amber"),
    ]
    exp = {
        "source": ("Imitates a Scottish council landlord's improvement plan attached to its Annual Assurance "
                   "Statement to the Scottish Housing Regulator, reported to a housing committee (as "
                   "councils such as Highland, Falkirk and West Lothian publish). Copied features: service "
                   "line and title, committee/appendix line, document control table, introduction, RAG key "
                   "table with shaded colour cells, one numbered heading per area of material "
                   "non-compliance with a context paragraph and its own action table, job-title leads "
                   "(two posts joined by ' / '), timescales in mixed forms (month, date, period, 'Ongoing', "
                   "'Monthly from', original and revised in one cell), RAG words in shaded cells, an action "
                   "written as two paragraphs, and an approval table."),
        "reads": ("Ten actions in four tables, one per area of non-compliance headed by a numbered heading. "
                  "The document control, RAG key and approval tables are not the plan. Where the timescale "
                  "cell gives a revised date, that is the end."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": acts,
    }
    write_expected(name, exp)
    return name, len(acts)


# ====================================================================== 5
# Inverclyde CLD Partnership - Education Scotland CLD inspection action plan (docx)
def inverclyde():
    name = "hk2-inverclyde-council-education-scotland-cld-inspection-action-plan.docx"
    title = ("Inverclyde CLD Partnership: Action Plan following HM Inspectors’ Inspection of Community "
             "Learning and Development (April 2024)")
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Inverclyde Council – Education, Communities and Organisational Development")
    doc.add_heading(title, level=1)

    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for a, b in [("Inspection visit", "29–31 January 2024"),
                 ("Report published", "2 April 2024"),
                 ("HM Inspectors’ overall evaluation",
                  "Inverclyde CLD partners are making good progress in delivering their CLD Plan."),
                 ("Plan approved", "CLD Partnership Strategic Group, 14 May 2024"),
                 ("Progress updated", "30 April 2025")]:
        cells = info.add_row().cells
        set_cell(cells[0], a, bold=True)
        set_cell(cells[1], b)

    doc.add_paragraph("")
    doc.add_paragraph("HM Inspectors identified three areas for development. The actions agreed by the "
                      "partnership are set out below.")

    AD1 = ("Area for development 1: Strategic partners should ensure that the CLD Plan 2024–27 has clear, "
           "measurable outcomes and that progress is reported regularly to the Inverclyde Alliance Board.")
    AD2 = ("Area for development 2: Partners should continue to develop the role of learners, volunteers "
           "and community groups in planning and evaluating CLD provision.")
    AD3 = ("Area for development 3: The CLD Partnership should strengthen its approach to workforce "
           "development, including registration with the CLD Standards Council for Scotland.")
    A = {
        "1.1": ("Agree a shared outcomes framework and a small set of measures for each CLD Plan "
                "priority."),
        "1.2": ("Report progress against the CLD Plan to the Inverclyde Alliance Board, including "
                "learner case studies."),
        "2.1": ("Establish a Learner Voice Forum with representation from adult learning, youth work "
                "and ESOL groups."),
        "2.2": ("Co-produce the annual CLD Partnership self-evaluation with volunteers and learners, "
                "using “How good is our community learning and development?”"),
        "2.3": "Deliver accredited training for 20 community volunteers in community capacity building.",
        "3.1": ("Carry out a training needs analysis of all CLD staff and volunteers across the "
                "partnership."),
        "3.2": ("Increase the number of CLD practitioners registered with the CLD Standards Council for "
                "Scotland."),
    }
    rows = [
        ("H", AD1),
        ("1.1", A["1.1"], "CLD Manager", "Inverclyde HSCP; Your Voice; Inverclyde Libraries",
         "June 2024", BLUE),
        ("1.2", A["1.2"], "Head of Culture, Communities and Educational Resources",
         "Inverclyde Alliance Programme Board", "Six-monthly", GREEN),
        ("H", AD2),
        ("2.1", A["2.1"], "Adult Learning and Literacies Co-ordinator / Youth Work Team Leader",
         "Your Voice; CVS Inverclyde", "September 2024", BLUE),
        ("2.2", A["2.2"], "Adult Learning and Literacies Co-ordinator", "CVS Inverclyde",
         "March 2025", AMBER),
        ("2.3", A["2.3"], "Ruth Kerr and Alan Doyle", "CVS Inverclyde; West College Scotland",
         "Jan 2025 – Jun 2025", RED),
        ("H", AD3),
        ("3.1", A["3.1"], "CLD Manager", "All CLD partners", "Oct-24", BLUE),
        ("3.2", A["3.2"], "CLD Manager", "CLD Standards Council for Scotland", "Ongoing", GREEN),
    ]
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in enumerate(["No.", "Action", "Lead", "Partners involved", "Timescale", "RAG"]):
        set_cell(t.rows[0].cells[c], h, bold=True)
        shade(t.rows[0].cells[c], "BFBFBF")
    for row in rows:
        cells = t.add_row().cells
        if row[0] == "H":
            m = cells[0].merge(cells[5])
            set_cell(m, row[1], bold=True)
            shade(m, "E2EFDA")
            continue
        for c, v in enumerate(row[:5]):
            set_cell(cells[c], v)
        shade(cells[5], row[5])  # RAG shown by colour only
    widths = [Cm(1.4), Cm(9), Cm(5), Cm(5), Cm(3), Cm(1.5)]
    for row in t.rows:
        for c, w in enumerate(widths):
            if c < len(row.cells):
                row.cells[c].width = w

    doc.add_paragraph("")
    doc.add_paragraph("RAG key: Blue – complete; Green – on track; Amber – some slippage; "
                      "Red – significant slippage, support needed.")
    doc.save(os.path.join(HERE, name))

    acts = [
        act("1.1", [AD1], A["1.1"], ["CLD Manager"], "2024-06", "blue"),
        act("1.2", [AD1], A["1.2"], ["Head of Culture, Communities and Educational Resources"], None,
            "green", end_text="Six-monthly"),
        act("2.1", [AD2], A["2.1"], ["Adult Learning and Literacies Co-ordinator", "Youth Work Team Leader"],
            "2024-09", "blue"),
        act("2.2", [AD2], A["2.2"], ["Adult Learning and Literacies Co-ordinator"], "2025-03", "amber"),
        act("2.3", [AD2], A["2.3"], ["Ruth Kerr", "Alan Doyle"], "2025-06", "red",
            end_text="Jan 2025 – Jun 2025"),
        act("3.1", [AD3], A["3.1"], ["CLD Manager"], "2024-10", "blue"),
        act("3.2", [AD3], A["3.2"], ["CLD Manager"], None, "green", end_text="Ongoing"),
    ]
    exp = {
        "source": ("Imitates a Scottish council CLD partnership's action plan responding to an Education "
                   "Scotland (HM Inspectors) community learning and development inspection from the "
                   "2023/24 programme of visits to all 32 local authorities, whose reports list 'areas for "
                   "development'. Copied features: directorate line and heading title, an inspection "
                   "summary table, one action table with each area for development as a merged shaded row "
                   "above its numbered actions, a 'Partners involved' column beside the Lead column, "
                   "timescales as months, 'Oct-24', a period, 'Six-monthly' and 'Ongoing', RAG shown only "
                   "by cell shading, and a RAG key line under the table."),
        "reads": ("Seven actions under three areas for development. The first table is an inspection "
                  "summary, not the plan. Status is read from the RAG cell's colour (blue complete, green, "
                  "amber, red) as the key below the table explains; partners are not leads."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": acts,
    }
    write_expected(name, exp)
    return name, len(acts)


# ====================================================================== 6
# Leicester City Council - ASC CQC assessment improvement plan (csv)
def leicester():
    name = "hk2-leicester-city-council-asc-cqc-assessment-improvement-plan.csv"
    title = "Leicester City Council – Adult Social Care: CQC Assessment Improvement Plan"
    T1 = "Theme 1: Working with people"
    T2 = "Theme 2: Providing support"
    T3 = "Theme 3: Ensuring safety"
    T4 = "Theme 4: Leadership"
    Q1 = "QS1 Assessing needs"
    Q3 = "QS3 Equity in experience and outcomes"
    Q4 = "QS4 Care provision, integration and continuity"
    Q5 = "QS5 Partnerships and communities"
    Q6 = "QS6 Safe systems, pathways and transitions"
    Q7 = "QS7 Safeguarding"
    Q8 = "QS8 Governance, management and sustainability"
    Q9 = "QS9 Learning, improvement and innovation"
    A = {
        "1.1": ("Reduce the number of people waiting for a Care Act assessment to under 300, with no one "
                "waiting more than 28 days."),
        "1.2": ("Introduce a weekly waiting-list review so that people waiting are contacted and "
                "risk-rated every 4 weeks."),
        "1.3": ("Improve the recording of ethnicity and language needs in the case management system and "
                "publish an equalities dashboard for adult social care."),
        "2.1": ("Recommission the home care framework on a locality (patch-based) model.\n"
                "Phase 1: North West and East localities."),
        "2.2": ("Develop a Market Position Statement for specialist residential care for people with "
                "learning disabilities and autistic people."),
        "2.3": ("Co-produce an unpaid carers strategy refresh with the Carers Partnership Board, "
                "including a carers' assessment offer."),
        "3.1": ("Agree a joint Preparing for Adulthood protocol with Children's Services so that young "
                "people are known to adult social care from age 14."),
        "3.2": ("Reduce the backlog of safeguarding concerns awaiting a decision within 2 working days."),
        "4.1": ("Embed a quarterly adult social care performance and assurance report to the Executive and "
                "the Adult Social Care Scrutiny Commission."),
        "4.2": ("Launch a practice learning programme, including a monthly audit of 30 cases and learning "
                "bulletins for staff."),
    }

    def q(s):
        if s is None:
            return ""
        if any(ch in s for ch in ',"\n'):
            return '"' + s.replace('"', '""') + '"'
        return s

    ncol = 10
    lines = []
    lines.append(",".join([q(title)] + [""] * (ncol - 1)))
    lines.append(",".join([q("Rating: Requires Improvement (report published 7 March 2025). "
                             "Position at 30 September 2025")] + [""] * (ncol - 1)))
    lines.append("," * (ncol - 1))
    hdr = ["Theme", "Quality statement", "Ref", "Improvement action", "Lead officer(s)", "Start",
           "Due date", "Revised due date", "RAG", "Progress update"]
    lines.append(",".join(q(h) for h in hdr))
    data = [
        (T1, Q1, "1.1", A["1.1"], "Head of Service – Locality Teams", "Apr-25", "Sep-25", "Dec-25",
         "Amber", "Waiting list down from 1,214 to 642. Trajectory revised after a rise in hospital "
                  "discharges over the summer."),
        ("", "", "1.2", A["1.2"], "Principal Social Worker", "May-25", "Jul-25", "", "Complete",
         "Weekly review in place since 7 July."),
        ("", Q3, "1.3", A["1.3"], "Head of Service (Prevention) / Principal Social Worker", "Jun-25",
         "31/03/2026", "", "Green", "Mandatory fields added to the system; dashboard in test."),
        (T2, Q4, "2.1", A["2.1"], "Head of Commissioning; Contracts Manager", "Jan-25", "Q3 2025/26",
         "", "Green", "Tender evaluation complete; contracts start 3 November."),
        ("", "", "2.2", A["2.2"], "Tanya Okafor & Mark Hill", "Jul-25", "Mar-26", "", "Not started",
         ""),
        ("", Q5, "2.3", A["2.3"], "Director of Adult Social Care and Commissioning", "Apr-25",
         "Ongoing", "", "Green", "Two co-production workshops held with carers."),
        (T3, Q6, "3.1", A["3.1"], "Preparing for Adulthood Lead", "Apr-25", "30/06/2025",
         "30/11/2025", "Red", "Protocol drafted; sign-off by the Children's Services DMT delayed."),
        ("", Q7, "3.2", A["3.2"], "Head of Safeguarding and Quality Assurance", "Mar-25", "Jun-25", "",
         "Complete", "Backlog cleared in June; 94% of concerns decided within 2 working days in August."),
        (T4, Q8, "4.1", A["4.1"], "Strategic Director – Social Care and Education", "Apr-25", "Dec-25",
         "", "Green", "First report to the Scrutiny Commission on 16 October."),
        ("", Q9, "4.2", A["4.2"], "Patel, Ruth", "Jun-25", "End of March 2026", "", "Amber",
         "Audit programme running; learning bulletins not yet started."),
    ]
    for row in data:
        lines.append(",".join(q(v) for v in row))
    lines.append("," * (ncol - 1))
    lines.append(",".join(["Summary", "", "Total actions", "10"] + [""] * (ncol - 4)))
    lines.append(",".join(["", "", "Complete", "2"] + [""] * (ncol - 4)))
    lines.append(",".join(["", "", "Green", "4"] + [""] * (ncol - 4)))
    lines.append(",".join(["", "", "Amber", "2"] + [""] * (ncol - 4)))
    lines.append(",".join(["", "", "Red", "1"] + [""] * (ncol - 4)))
    lines.append(",".join(["", "", "Not started", "1"] + [""] * (ncol - 4)))
    lines.append(",".join([q("RAG key: Red – off track; Amber – at risk; Green – on track; "
                             "Complete – action delivered")] + [""] * (ncol - 1)))
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    acts = [
        act("1.1", [T1, Q1], A["1.1"], ["Head of Service – Locality Teams"], "2025-12", "amber"),
        act("1.2", [T1, Q1], A["1.2"], ["Principal Social Worker"], "2025-07", "blue"),
        act("1.3", [T1, Q3], A["1.3"], ["Head of Service (Prevention)", "Principal Social Worker"],
            "2026-03", "green"),
        act("2.1", [T2, Q4], A["2.1"], ["Head of Commissioning", "Contracts Manager"], "2025-12", "green"),
        act("2.2", [T2, Q4], A["2.2"], ["Tanya Okafor", "Mark Hill"], "2026-03", "unrated"),
        act("2.3", [T2, Q5], A["2.3"], ["Director of Adult Social Care and Commissioning"], None, "green",
            end_text="Ongoing"),
        act("3.1", [T3, Q6], A["3.1"], ["Preparing for Adulthood Lead"], "2025-11", "red"),
        act("3.2", [T3, Q7], A["3.2"], ["Head of Safeguarding and Quality Assurance"], "2025-06", "blue"),
        act("4.1", [T4, Q8], A["4.1"], ["Strategic Director – Social Care and Education"], "2025-12",
            "green"),
        act("4.2", [T4, Q9], A["4.2"], ["Patel, Ruth"], "2026-03", "amber"),
    ]
    exp = {
        "source": ("Imitates an English council's adult social care improvement plan following its CQC "
                   "local authority assessment (2024–25), structured by the four CQC themes and nine "
                   "quality statements, saved from Excel as CSV. Copied features: title and rating/position "
                   "lines padded with commas, theme and quality statement given only on the first row of "
                   "each group (fill-down), start, due and revised due dates in Mmm-yy and other forms, RAG "
                   "words including Complete and Not started, a quoted action with an inner line break, "
                   "several leads in one cell (' / ', '; ', ' & '), a 'Surname, Forename' lead, a summary "
                   "block and a RAG key line."),
        "reads": ("Ten improvement actions under four CQC themes and their quality statements; blank theme "
                  "and quality statement cells carry down from the row above. Where a revised due date is "
                  "given it is the end. The summary counts and key at the foot are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": acts,
    }
    write_expected(name, exp)
    return name, len(acts)


# ====================================================================== 7
# Derby City Council - strategic risk register Q3 2025/26 (tab-separated text export)
def derby():
    name = "hk2-derby-city-council-strategic-risk-register-q3-2025-26.txt"
    title = "Strategic Risk Register – Quarter 3 2025/26 (position at 31 December 2025)"
    R1 = ("SR01 – Financial resilience: failure to deliver a balanced budget over the Medium Term "
          "Financial Plan period")
    R2 = ("SR02 – Adult social care: demand and cost pressures exceed the resources available and the "
          "care market becomes unsustainable")
    R3 = "SR03 – Cyber security: a cyber attack causes loss of systems, data or services"
    R4 = ("SR04 – Homelessness: demand for temporary accommodation continues to rise, increasing cost "
          "and the use of bed and breakfast")
    R5 = "SR05 – Workforce: inability to recruit and retain staff in key professional roles"
    A = {
        "SR01.1": "Deliver the 2025/26 savings programme of £14.6m, with monthly tracking by the Budget Board.",
        "SR01.2": "Set a balanced 2026/27 budget and refresh the Medium Term Financial Plan to 2029/30.",
        "SR02.1": ("Implement the demand management programme (reablement, technology enabled care and "
                   "strength-based practice)\nwith a target of £3.2m cost avoidance in 2025/26."),
        "SR02.2": "Complete the Fair Cost of Care review for residential and nursing care providers.",
        "SR03.1": ("Achieve Cyber Assessment Framework baseline compliance and complete the annual "
                   "penetration test."),
        "SR03.2": "Deliver mandatory cyber awareness training to all staff and members.",
        "SR04.1": ("Acquire 50 additional units of council-owned temporary accommodation through the "
                   "Local Authority Housing Fund."),
        "SR05.1": ("Introduce market supplements for hard-to-fill social work, planning and legal "
                   "posts, reviewed annually."),
        "SR05.2": "Launch the 'Grow our own' apprenticeship and graduate scheme for professional roles.",
    }
    hdr = ["Risk", "Risk Owner", "Current Score (LxI)", "Target Score", "Direction",
           "Action Ref", "Mitigating Action", "Action Owner", "Due Date", "Action Status"]
    rows = [
        [R1, "Strategic Director of Corporate Resources", "20 (4x5)", "12 (3x4)", "↔",
         "SR01.1", A["SR01.1"], "Director of Financial Services", "31/03/2026", "Amber"],
        ["", "", "", "", "", "SR01.2", A["SR01.2"], "Director of Financial Services", "Feb-26", "Green"],
        [R2, "Strategic Director of Peoples Services", "20 (4x5)", "15 (3x5)", "↑",
         "SR02.1", A["SR02.1"].split("\n")[0], "Director of Adult Social Care", "31/03/2026", "Red"],
        ["", "", "", "", "", "", A["SR02.1"].split("\n")[1], "", "", ""],
        ["", "", "", "", "", "SR02.2", A["SR02.2"], "Head of Commissioning (Adults)",
         "Sept 2025 – March 2026", "Green"],
        [R3, "Strategic Director of Corporate Resources", "16 (4x4)", "8 (2x4)", "↔",
         "SR03.1", A["SR03.1"], "Head of Digital Services / Information Governance Manager",
         "Q1 2026/27", "Amber"],
        ["", "", "", "", "", "SR03.2", A["SR03.2"], "Head of Digital Services", "Ongoing", "Green"],
        [R4, "Strategic Director of Communities and Place", "16 (4x4)", "9 (3x3)", "↓",
         "SR04.1", A["SR04.1"], "A. Smith & K. Bains", "30/06/2026", "Green"],
        [R5, "Director of HR and Organisational Development", "12 (3x4)", "8 (2x4)", "↔",
         "SR05.1", A["SR05.1"], "Head of HR", "30/09/2025", "Complete"],
        ["", "", "", "", "", "SR05.2", A["SR05.2"], "Head of HR / Learning and Development Manager",
         "End of March 2026", "Not started"],
    ]
    lines = ["Derby City Council", title,
             "Report run: 09/01/2026 14:32  |  Audit and Governance Committee, 28 January 2026", ""]
    lines.append("\t".join(hdr))
    for r in rows:
        lines.append("\t".join(r))
    lines.append("")
    lines.append("Scoring: Likelihood (1–5) x Impact (1–5). Red 15–25; Amber 8–12; Green 1–6. "
                 "Direction: ↑ increasing, ↔ no change, ↓ reducing.")
    lines.append("9 mitigating actions: 1 complete, 4 green, 2 amber, 1 red, 1 not started.")
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")

    acts = [
        act("SR01.1", [R1], A["SR01.1"], ["Director of Financial Services"], "2026-03", "amber"),
        act("SR01.2", [R1], A["SR01.2"], ["Director of Financial Services"], "2026-02", "green"),
        act("SR02.1", [R2], A["SR02.1"], ["Director of Adult Social Care"], "2026-03", "red"),
        act("SR02.2", [R2], A["SR02.2"], ["Head of Commissioning (Adults)"], "2026-03", "green",
            end_text="Sept 2025 – March 2026"),
        act("SR03.1", [R3], A["SR03.1"], ["Head of Digital Services", "Information Governance Manager"],
            "2026-06", "amber"),
        act("SR03.2", [R3], A["SR03.2"], ["Head of Digital Services"], None, "green", end_text="Ongoing"),
        act("SR04.1", [R4], A["SR04.1"], ["A. Smith", "K. Bains"], "2026-06", "green"),
        act("SR05.1", [R5], A["SR05.1"], ["Head of HR"], "2025-09", "blue"),
        act("SR05.2", [R5], A["SR05.2"], ["Head of HR", "Learning and Development Manager"], "2026-03",
            "unrated"),
    ]
    exp = {
        "source": ("Imitates an English unitary council's strategic risk register quarterly report to its "
                   "Audit and Governance Committee, exported as tab-separated text from a risk management "
                   "system. Copied features: council name, title and report-run lines, one row per "
                   "mitigating action with the risk, owner, scores and direction of travel given only on "
                   "the risk's first action row, an action text that wraps onto a continuation row with "
                   "only the action column filled, job-title and initial-and-surname action owners (two "
                   "joined by ' / ' or ' & '), due dates as dates, Mmm-yy, a quarter, a period, 'End of' "
                   "and 'Ongoing', RAG words with Complete and Not started, and scoring/summary notes."),
        "reads": ("Nine mitigating actions under five strategic risks; the risk cell heads the rows below "
                  "it until the next risk. The row with only action text continues SR02.1. The scoring "
                  "and count lines at the foot are notes."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": acts,
    }
    write_expected(name, exp)
    return name, len(acts)


if __name__ == "__main__":
    for fn in (perth_kinross, broxtowe, police_scotland, highland, inverclyde, leicester, derby):
        n, k = fn()
        print(n, k)
