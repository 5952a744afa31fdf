#!/usr/bin/env python3
"""Build the seven wp- cases of set heldout545 (data files and their expected readings).

Run with /work/main/.venv/bin/python wp_make.py   (writes only files starting with wp-)
"""
import csv
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "0070C0",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def write_expected(name, doc):
    path = os.path.join(HERE, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as fh:
        yaml.safe_dump(doc, fh, sort_keys=False, allow_unicode=True, width=4096)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Leicestershire Partnership NHS Trust - internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def make_lpt():
    name = "wp-leicestershire-partnership-nhs-trust-internal-audit-recommendations-tracker.xlsx"
    title = "Leicestershire Partnership NHS Trust – Internal Audit Recommendations Tracker"
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14, color="005EB8")
    ws["A2"] = "Audit and Assurance Committee – 12 December 2025"
    ws["A3"] = "Position as at 28 November 2025"
    ws["A2"].font = Font(bold=True)

    ws["A5"] = "Document control"
    ws["A5"].font = Font(bold=True)
    ctrl = [
        ("Prepared by", "Head of Risk and Assurance"),
        ("Executive lead", "Director of Finance"),
        ("Internal auditor", "360 Assurance"),
        ("Version", "v3.0 (supersedes v2.4, September 2025)"),
    ]
    r = 6
    for k, v in ctrl:
        ws.cell(r, 1, k).font = Font(bold=True)
        ws.cell(r, 2, v)
        for c in (1, 2):
            ws.cell(r, c).border = BOX
        r += 1

    r += 1  # 11
    ws.cell(r, 1, "Open recommendations by priority and current RAG").font = Font(bold=True)
    r += 1
    hdr = ["Priority", "R", "A", "G", "B", "Total open"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(r, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.border = BOX
    rows = [
        ("High", 0, 1, 1, 0, 2),
        ("Medium", 0, 1, 2, 0, 3),
        ("Low", 1, 0, 0, 1, 2),
        ("Total", 1, 2, 3, 1, 7),
    ]
    for row in rows:
        r += 1
        for i, v in enumerate(row, 1):
            c = ws.cell(r, i, v)
            c.border = BOX
            if row[0] == "Total":
                c.font = Font(bold=True)
    r += 1
    ws.cell(r, 1, "Recommendations implemented and closed since the September 2025 Committee: 3 (see sheet 'Implemented')")
    r += 2
    ws.cell(r, 1, "RAG key").font = Font(bold=True)
    key = [
        ("B", "Implemented and evidence provided to 360 Assurance", "blue"),
        ("G", "On track to be implemented by the due date", "green"),
        ("A", "Revised date agreed by the Committee", "amber"),
        ("R", "Overdue / revised date missed", "red"),
    ]
    for letter, text, col in key:
        r += 1
        c = ws.cell(r, 1, letter)
        c.fill = fill(FILL[col])
        c.font = Font(bold=True, color="FFFFFF" if col in ("blue", "red", "green") else "000000")
        c.alignment = Alignment(horizontal="center")
        ws.cell(r, 2, text)
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 48

    # --- open recommendations sheet
    op = wb.create_sheet("Open recommendations")
    op["A1"] = "Open internal audit recommendations – position at 28 November 2025"
    op["A1"].font = Font(bold=True, size=12)
    op.merge_cells("A1:J1")
    heads = ["Ref", "Recommendation", "Priority", "Agreed management action", "Responsible officer",
             "Original due date", "Revised due date", "Previous RAG", "Current RAG",
             "Progress update (November 2025)"]
    for i, h in enumerate(heads, 1):
        c = op.cell(3, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.alignment = WRAP
        c.border = BOX

    A1 = "2024/25-08 Data Security and Protection Toolkit – Moderate assurance"
    A2 = "2025/26-02 Mental Health Act Compliance – Limited assurance"
    A3 = "2025/26-04 Cost Improvement Programme – Moderate assurance"
    open_rows = [
        (A1, [
            ("08.1",
             "Staff compliance with annual Data Security Awareness training should be monitored monthly and reported to the Data Privacy Group.",
             "Medium",
             "Directorates below the 95% compliance target to receive targeted reminders, with non-compliance escalated through directorate performance review meetings.",
             "Head of Data Privacy", d(2025, 3, 31), d(2025, 12, 31), "A", "G",
             "Compliance 94.1% at 31 October 2025. Escalation letters issued to two directorates.",
             ["Head of Data Privacy"], "2025-12", "green"),
            ("08.2",
             "Information Asset Owners should complete the annual review of the information asset register and data flow mapping.",
             "Low",
             "Deliver IAO refresher sessions and complete the information asset register review for all directorates.",
             "Senior Information Risk Owner (SIRO); Head of Data Privacy", d(2025, 6, 30), None, "G", "R",
             "Two directorates yet to return registers. A revised date of 31/01/2026 will be requested at this Committee.",
             ["Senior Information Risk Owner (SIRO)", "Head of Data Privacy"], "2025-06", "red"),
        ]),
        (A2, [
            ("02.1",
             "Section 132 rights should be explained to detained patients and recorded on SystmOne within the timescales set out in the Trust's Mental Health Act policy.",
             "High",
             "Introduce a weekly SystmOne report of outstanding section 132 rights by ward, reviewed at the daily safety huddle by the ward manager.",
             "Head of Mental Health Law; Ward Managers (AMH inpatients)", d(2025, 12, 31), None, "G", "G",
             "Report live on six wards from 3 November 2025; remaining wards to follow by mid-December.",
             ["Head of Mental Health Law", "Ward Managers (AMH inpatients)"], "2025-12", "green"),
            ("02.2",
             "Scrutiny of detention papers should be completed and documented within 14 days of admission.",
             "High",
             "Mental Health Act Office to introduce a scrutiny checklist and tracker, with exceptions reported monthly to the Mental Health Act Committee.",
             "Mental Health Act Office Manager", d(2025, 9, 30), d(2026, 1, 31), "R", "A",
             "Checklist in use since October 2025. Tracker build delayed by SystmOne configuration; revised date agreed by the Committee in September.",
             ["Mental Health Act Office Manager"], "2026-01", "amber"),
            ("02.3",
             "Mental Health Act training for registered nursing staff should be made mandatory and compliance monitored.",
             "Medium",
             "Add Mental Health Act training to the mandatory training matrix for registered nurses in inpatient settings and report compliance quarterly to the Quality and Safety Committee.",
             "Deputy Director of Nursing and Quality / Head of Learning and Development", d(2026, 3, 31), None, "G", "G",
             "Training needs analysis agreed. Matrix change approved by the Workforce and OD Group on 14/11/2025.",
             ["Deputy Director of Nursing and Quality", "Head of Learning and Development"], "2026-03", "green"),
        ]),
        (A3, [
            ("04.1",
             "Quality and equality impact assessments (QEIAs) should be completed and approved before cost improvement schemes are implemented.",
             "Medium",
             "The PMO to confirm QEIA sign-off by the Medical Director and the Chief Nurse at the CIP gateway before any scheme moves into delivery.",
             "Head of PMO", d(2025, 10, 31), d(2026, 2, 28), "G", "A",
             "Gateway process redesigned; three legacy schemes still awaiting QEIA sign-off.",
             ["Head of PMO"], "2026-02", "amber"),
            ("04.2",
             "Recurrent and non-recurrent savings should be identified separately in reports to the Finance and Performance Committee.",
             "Low",
             "Amend the monthly CIP report to show recurrent and non-recurrent delivery separately for each directorate.",
             "Deputy Director of Finance", d(2025, 11, 30), None, "G", "B",
             "New report format used from the October 2025 Finance and Performance Committee. Evidence sent to 360 Assurance on 20/11/2025.",
             ["Deputy Director of Finance"], "2025-11", "blue"),
        ]),
    ]
    expected = []
    r = 3
    for audit, recs in open_rows:
        r += 1
        c = op.cell(r, 1, audit)
        c.font = Font(bold=True)
        c.fill = fill("D9E1F2")
        op.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        for (ref, rec, prio, action, lead, orig, rev, prev, cur, upd, leads, end, status) in recs:
            r += 1
            vals = [ref, rec, prio, action, lead, orig, rev, prev, cur, upd]
            for i, v in enumerate(vals, 1):
                c = op.cell(r, i, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            for col, letter in ((8, prev), (9, cur)):
                c = op.cell(r, col)
                c.fill = fill(FILL[{"R": "red", "A": "amber", "G": "green", "B": "blue"}[letter]])
                c.alignment = Alignment(horizontal="center", vertical="top")
            expected.append(act(ref, [audit, rec], action, leads, end, status))
    for col, w in zip("ABCDEFGHIJ", (7, 40, 9, 45, 26, 12, 12, 9, 9, 40)):
        op.column_dimensions[col].width = w
    op.freeze_panes = "A4"

    # --- implemented sheet
    im = wb.create_sheet("Implemented")
    im["A1"] = "Recommendations implemented since the September 2025 Committee (to be removed from the tracker after this meeting)"
    im["A1"].font = Font(bold=True, size=12)
    heads2 = ["Audit", "Ref", "Recommendation", "Agreed management action", "Responsible officer",
              "Due date", "Status", "Evidence of implementation"]
    for i, h in enumerate(heads2, 1):
        c = im.cell(3, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.border = BOX
    done = [
        ("2024/25-05 Safer Staffing – Moderate assurance", "05.3",
         "Use of temporary staffing above establishment should be authorised in line with the Trust's escalation framework.",
         "Reissue the temporary staffing escalation framework and include authorisation checks in the monthly bank and agency audit.",
         "Head of Temporary Staffing", d(2025, 9, 30),
         "Framework reissued 01/09/2025; September audit showed 98% of shifts authorised correctly.",
         "2025-09"),
        (A1, "08.3",
         "Access to shared network drives should be reviewed and leavers' accounts disabled within five working days.",
         "Run a quarterly access review of shared drives and link the leavers process in ESR to automatic account suspension.",
         "Chief Digital Officer", d(2025, 8, 31),
         "Automated suspension live from August 2025. Q2 access review completed.",
         "2025-08"),
        ("2024/25-11 Freedom to Speak Up – Significant assurance", "11.1",
         "Themes from Freedom to Speak Up cases should be reported to the Trust Board at least twice a year.",
         "Include a themes and learning section in the Guardian's six-monthly report to the Trust Board.",
         "Freedom to Speak Up Guardian", d(2025, 10, 31),
         "Report with themes section received by the Trust Board on 28/10/2025.",
         "2025-10"),
    ]
    r = 3
    for (audit, ref, rec, action, lead, due, ev, end) in done:
        r += 1
        vals = [audit, ref, rec, action, lead, due, "B", ev]
        for i, v in enumerate(vals, 1):
            c = im.cell(r, i, v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        im.cell(r, 7).fill = fill(FILL["blue"])
        im.cell(r, 7).font = Font(color="FFFFFF", bold=True)
        expected.append(act(ref, [audit, rec], action, [lead], end, "blue"))
    for col, w in zip("ABCDEFGH", (30, 7, 40, 45, 26, 12, 8, 40)):
        im.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": "Imitates an NHS trust audit committee's internal audit recommendations tracker (Leicestershire "
                  "Partnership NHS Trust, Audit and Assurance Committee, December 2025; internal auditor 360 Assurance), "
                  "as NHS trusts publish in committee papers. Copied features: a Summary sheet with title, document "
                  "control table, a totals-by-priority block and a letter RAG key; an open-recommendations sheet with "
                  "audit-name band rows merged across the table, the auditor's recommendation beside the agreed "
                  "management action, original and revised due dates, previous and current RAG letters on fill "
                  "colours, job titles as leads (two posts split by ';' or '/'); and a second sheet of recommendations "
                  "implemented since the last committee, where the audit is a column rather than a band row.",
        "reads": "A three-sheet audit tracker: the Summary sheet is title, document control, totals and key only. "
                 "The open sheet holds seven agreed management actions grouped under three audits, each answering the "
                 "recommendation in its own row, dated by the revised due date where one is given and rated by the "
                 "current RAG letter; the Implemented sheet adds three completed (B) actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 2. Northamptonshire FRS - HMICFRS values and culture tracker (xlsx), refuse
# ---------------------------------------------------------------------------
def make_nfrs():
    name = "wp-northamptonshire-fire-rescue-service-hmicfrs-values-culture-recommendations-tracker-typo-month-refuse.xlsx"
    title = "Northamptonshire Fire and Rescue Service – HMICFRS Values and Culture Recommendations Tracker"
    wb = Workbook()
    ws = wb.active
    ws.title = "V&C tracker"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14, color="C00000")
    ws["A2"] = "HMICFRS: Values and culture in fire and rescue services (published 30 March 2023) – recommendations for chief fire officers"
    ws["A3"] = "Reported to: Police, Fire and Crime Commissioner's Accountability Board – 17 October 2024"
    ws["A2"].font = Font(italic=True)
    ws["A5"] = "Status key:"
    ws["A5"].font = Font(bold=True)
    for col, (txt, c) in zip("BCDE", (("Complete", "blue"), ("On track", "green"), ("At risk", "amber"),
                                       ("Off track", "red"))):
        ws[f"{col}5"] = txt
        ws[f"{col}5"].fill = fill(FILL[c])
    heads = ["Rec", "HMICFRS recommendation", "HMICFRS deadline", "NFRS action", "Action owner",
             "Target date", "Status", "Progress update"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(7, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("C00000")
        c.border = BOX
        c.alignment = WRAP

    recs = [
        ("3", "By 1 June 2023, chief fire officers should make sure their services have plans in place to carry out "
              "the appropriate background checks for all staff, in line with the Rehabilitation of Offenders Act 1974 "
              "(Exceptions) Order 1975.", d(2023, 6, 1), [
            ("3.1", "Complete standard DBS checks for all operational and fire control staff.",
             "Head of HR", d(2024, 3, 1), "Complete", "All 412 checks complete; 3 referred to the Designated Officer and closed."),
            ("3.2", "Introduce three-yearly DBS rechecks and record renewal dates in the HR system.",
             "Head of HR; HR Systems Manager", d(2024, 9, 1), "Complete", "Recheck schedule live in iTrent from September 2024."),
        ]),
        ("4", "By 1 October 2023, chief fire officers should make sure their services have a confidential reporting "
              "line, independent of the service, through which staff can raise concerns.", d(2023, 10, 1), [
            ("4.1", "Procure an independent confidential reporting line and publicise it to all staff through station visits and the intranet.",
             "Area Manager – People", d(2023, 12, 1), "Complete", "Safecall contract in place from 1 December 2023."),
            ("4.2", "Report use of the confidential reporting line, and the themes raised, to the Accountability Board each quarter.",
             "Area Manager – People", "Quarterly", "On track", "Q2 2024/25 report included in this pack."),
        ]),
        ("15", "By 1 March 2024, chief fire officers should make sure there is a 360-degree feedback process in place "
               "for all senior leaders and managers.", d(2024, 3, 1), [
            ("15.1", "Pilot 360-degree feedback for the Strategic Leadership Team.",
             "Chief Fire Officer", d(2024, 6, 1), "Complete", "Pilot complete; evaluation reported to SLT July 2024."),
            ("15.2", "Extend 360-degree feedback to all station, group and area managers.",
             "Area Manager – People", "Febuary 2025", "On track", "Supplier confirmed; first cohort of 24 managers invited for November."),
            ("15.3", "Use 360-degree feedback outcomes in annual appraisals and individual leadership development plans.",
             "Head of Organisational Development", d(2025, 6, 1), "", "Not started – depends on 15.2."),
        ]),
        ("20", "By 1 June 2024, chief fire officers should make sure their services collect and analyse equality data "
               "so that they understand the diversity of their workforce.", d(2024, 6, 1), [
            ("20.1", "Review the completeness of equality data held in the HR system and run a staff campaign to update personal records.",
             "EDI Manager", d(2024, 11, 1), "At risk", "Declaration rate 71% (target 85%). Campaign extended to on-call stations."),
            ("20.2", "Publish an annual equality, diversity and inclusion report including analysis of workforce data.",
             "EDI Manager", d(2025, 3, 1), "On track", "Draft structure agreed with the EDI Steering Group."),
        ]),
    ]
    status_fill = {"Complete": "blue", "On track": "green", "At risk": "amber", "Off track": "red"}
    r = 7
    typo_row = None
    for rec_no, rec_text, deadline, actions in recs:
        start = r + 1
        for (ref, action, owner, target, status, upd) in actions:
            r += 1
            ws.cell(r, 4, f"{ref} {action}")
            ws.cell(r, 5, owner)
            c = ws.cell(r, 6, target)
            if isinstance(target, dt.datetime):
                c.number_format = "mmm-yy"
            if target == "Febuary 2025":
                typo_row = r
            ws.cell(r, 7, status)
            if status in status_fill:
                ws.cell(r, 7).fill = fill(FILL[status_fill[status]])
            ws.cell(r, 8, upd)
            for col in range(1, 9):
                ws.cell(r, col).border = BOX
                ws.cell(r, col).alignment = WRAP
        ws.cell(start, 1, rec_no)
        ws.cell(start, 2, rec_text)
        ws.cell(start, 3, deadline).number_format = "dd/mm/yyyy"
        if r > start:
            for col in (1, 2, 3):
                ws.merge_cells(start_row=start, start_column=col, end_row=r, end_column=col)
        for col in (1, 2, 3):
            ws.cell(start, col).alignment = WRAP
    r += 2
    ws.cell(r, 1, "Note: the other recommendations in the report are for the Home Office, NFCC, LGA, Fire Standards "
                  "Board or HMICFRS, or are monitored through the People Strategy delivery plan.")
    ws.cell(r, 1).font = Font(italic=True)
    for col, w in zip("ABCDEFGH", (6, 48, 12, 50, 24, 13, 12, 42)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": "Imitates a fire and rescue service's progress tracker for the HMICFRS 'Values and culture in fire and "
                  "rescue services' spotlight report (March 2023), as FRSs reported to their fire authority or PFCC "
                  "accountability board in 2023-24 (e.g. Derbyshire FRS 'HMICFRS culture review recommendations and "
                  "actions', GPWG November 2023). Copied features: title block with the board and date, a status "
                  "key of coloured cells, the HMICFRS recommendation number, text and deadline merged vertically over "
                  "the service's numbered sub-actions, action owners as posts, mmm-yy target dates and a status word "
                  "on fill colour, and a closing note.",
        "reads": "Nine numbered service actions under four HMICFRS recommendations. The target date of action 15.2 "
                 "reads 'Febuary 2025', a misspelt month in a column otherwise of real dates; a careful reader stops "
                 "and asks which month was meant before taking the plan in.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": title,
    })
    return typo_row


# ---------------------------------------------------------------------------
# 3. Midland Heart - consumer standards programme highlight report (xlsx)
# ---------------------------------------------------------------------------
def make_midland_heart():
    name = "wp-midland-heart-consumer-standards-programme-highlight-report.xlsx"
    title = "Midland Heart – Consumer Standards Programme Highlight Report"
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight report"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14, color="7030A0")
    info = [
        ("Reporting period:", "October 2025"),
        ("Report to:", "Customer Services Committee – 20 November 2025"),
        ("Programme sponsor (SRO):", "Executive Director of Customer Services"),
        ("Programme manager:", "Ruth Okafor"),
        ("Overall programme status:", "AMBER"),
    ]
    r = 2
    for k, v in info:
        r += 1
        ws.cell(r, 1, k).font = Font(bold=True)
        ws.cell(r, 3, v)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    ws.cell(r, 3).fill = fill(FILL["amber"])
    ws.cell(r, 3).font = Font(bold=True)
    r += 2  # 9
    ws.cell(r, 1, "Summary of progress this period").font = Font(bold=True)
    r += 1
    ws.cell(r, 1, "Two milestones were completed in October: the Awaab's Law emergency hazard process went live and the "
                  "2024/25 Tenant Satisfaction Measures were published. Fire risk assessment remedial actions remain "
                  "behind plan and equality data collection is now off track; recovery actions are set out below.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    ws.cell(r, 1).alignment = WRAP
    ws.row_dimensions[r].height = 48
    r += 2  # 12
    ws.cell(r, 1, "RAG key:").font = Font(bold=True)
    for i, (txt, c) in enumerate((("On track", "green"), ("At risk – recovery plan in place", "amber"),
                                  ("Off track – escalation required", "red"), ("Complete", "blue")), start=2):
        ws.cell(r, i, txt).fill = fill(FILL[c])
    r += 2  # 14
    heads = ["Standard", "Ref", "Milestone / key action", "Lead", "Baseline date", "Forecast date",
             "RAG last period", "RAG this period", "Commentary"]
    hdr_row = r
    for i, h in enumerate(heads, 1):
        c = ws.cell(r, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.alignment = WRAP
        c.border = BOX

    S1 = "Safety and Quality Standard"
    S2 = "Transparency, Influence and Accountability Standard"
    S3 = "Tenancy Standard"
    S4 = "Neighbourhood and Community Standard"
    rows = [
        (S1, [
            ("SQ1", "Complete stock condition surveys on a five-year rolling programme (2025/26 tranche: 6,800 homes)",
             "Head of Asset Management", d(2026, 3, 31), d(2026, 3, 31), "green", "green",
             "3,950 surveys complete (58%). Contractor capacity confirmed to year end.",
             ["Head of Asset Management"], "2026-03", "green", None),
            ("SQ2", "Clear the backlog of overdue high and medium priority fire risk assessment remedial actions",
             "Head of Building Safety & Compliance Manager (Fire)", d(2025, 9, 30), d(2025, 12, 31), "amber", "amber",
             "212 overdue actions at 31 October (down from 340). Second contractor mobilised on 6 October.",
             ["Head of Building Safety", "Compliance Manager (Fire)"], "2025-12", "amber", None),
            ("SQ3", "Implement the Awaab's Law process for emergency hazards: investigation and make-safe within 24 hours, tracked in the repairs system",
             "Director of Repairs and Maintenance", d(2025, 10, 27), d(2025, 10, 27), "green", "blue",
             "Process live from 27 October. 31 emergency hazard cases logged in the first week, all made safe within 24 hours.",
             ["Director of Repairs and Maintenance"], "2025-10", "blue", None),
        ]),
        (S2, [
            ("TIA1", "Publish the 2024/25 Tenant Satisfaction Measures and an accessible annual report to customers",
             "Head of Customer Insight", d(2025, 9, 30), d(2025, 10, 15), "green", "blue",
             "Published on the website on 15 October; printed summary sent to 2,100 customers who asked for paper copies.",
             ["Head of Customer Insight"], "2025-10", "blue", None),
            ("TIA2", "Refresh the customer engagement framework with the Customer Voice Panel and agree scrutiny topics for 2026",
             "Head of Customer Engagement; Chair of Customer Voice Panel", d(2025, 11, 30), "Q4 2025/26", "green", "amber",
             "Panel asked for a longer consultation period; framework now going to the March Committee.",
             ["Head of Customer Engagement", "Chair of Customer Voice Panel"], "2026-03", "amber", "Q4 2025/26"),
            ("TIA3", "Collect diverse needs and vulnerability data for at least 80% of households",
             "Head of Customer Insight", d(2025, 12, 31), d(2026, 6, 30), "amber", "red",
             "Coverage 54%. Data capture to be added to every repairs appointment call; recovery plan to ELT on 2 December.",
             ["Head of Customer Insight"], "2026-06", "red", None),
        ]),
        (S3, [
            ("T1", "Review the allocations and lettings policy against the Tenancy Standard and take the revised policy to Board",
             "Head of Lettings", d(2026, 1, 31), d(2026, 1, 31), None, "green",
             "Policy drafted; equality impact assessment under way.",
             ["Head of Lettings"], "2026-01", "green", None),
        ]),
        (S4, [
            ("NC1", "Launch the revised ASB policy with case review timescales and a support offer for victims",
             "Head of Neighbourhoods", d(2025, 12, 31), d(2025, 12, 31), "green", "green",
             "Policy approved by Board on 23 October; staff briefings in November.",
             ["Head of Neighbourhoods"], "2025-12", "green", None),
            ("NC2", "Agree information-sharing protocols with the community safety partnerships in Birmingham, Wolverhampton and Telford",
             "Head of Neighbourhoods", d(2026, 3, 31), d(2026, 3, 31), None, None,
             "Not started. Work begins in January 2026 once partnership leads are confirmed.",
             ["Head of Neighbourhoods"], "2026-03", "unrated", None),
        ]),
    ]
    expected = []
    for std, items in rows:
        start = r + 1
        for (ref, action, lead, base, fc, last, this, comm, leads, end, status, end_text) in items:
            r += 1
            vals = [None, ref, action, lead, base, fc, None, None, comm]
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if last:
                ws.cell(r, 7).fill = fill(FILL[last])
            if this:
                ws.cell(r, 8).fill = fill(FILL[this])
            expected.append(act(ref, [std], action, leads, end, status, end_text))
        ws.cell(start, 1, std)
        ws.cell(start, 1).font = Font(bold=True)
        ws.cell(start, 1).alignment = Alignment(wrap_text=True, vertical="center")
        if r > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=r, end_column=1)

    r += 2
    ws.cell(r, 1, "Key risks and issues").font = Font(bold=True)
    r += 1
    # risks table laid out in columns A(+B), C, D(+E), F
    ws.cell(r, 1, "Risk / issue").font = Font(bold=True)
    ws.cell(r, 3, "Impact").font = Font(bold=True)
    ws.cell(r, 4, "Mitigation").font = Font(bold=True)
    ws.cell(r, 6, "Owner").font = Font(bold=True)
    risks = [
        ("Fire safety contractor capacity", "FRA remedial backlog not cleared by December",
         "Second contractor mobilised; weekly performance meetings", "Head of Building Safety"),
        ("Customers' willingness to share equality data", "Services cannot be tailored to diverse needs",
         "Explain purpose in plain English; capture at every contact", "Head of Customer Insight"),
    ]
    for risk in risks:
        r += 1
        ws.cell(r, 1, risk[0])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        ws.cell(r, 3, risk[1])
        ws.cell(r, 4, risk[2])
        ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=5)
        ws.cell(r, 6, risk[3])
        for col in (1, 3, 4, 6):
            ws.cell(r, col).alignment = WRAP
    r += 2
    ws.cell(r, 1, "Decisions required from the Committee: note the revised forecast for TIA2 and the recovery plan for TIA3.")
    ws.cell(r, 1).font = Font(italic=True)
    for col, w in zip("ABCDEFGHI", (20, 7, 48, 28, 12, 12, 10, 10, 45)):
        ws.column_dimensions[col].width = w

    tsm = wb.create_sheet("TSM summary")
    tsm["A1"] = "Tenant Satisfaction Measures 2024/25 (low cost rental accommodation)"
    tsm["A1"].font = Font(bold=True)
    for i, h in enumerate(["Measure", "Description", "2023/24", "2024/25", "Peer median"], 1):
        tsm.cell(3, i, h).font = Font(bold=True)
    data = [
        ("TP01", "Overall satisfaction", 0.712, 0.734, 0.716),
        ("TP02", "Satisfaction with repairs", 0.741, 0.758, 0.736),
        ("TP05", "Home is safe", 0.782, 0.801, 0.790),
        ("TP09", "Complaints handling", 0.338, 0.361, 0.352),
        ("BS01", "Gas safety checks", 0.9997, 0.9999, 1.0),
    ]
    for j, row in enumerate(data, 4):
        for i, v in enumerate(row, 1):
            c = tsm.cell(j, i, v)
            if i >= 3:
                c.number_format = "0.0%"
    tsm.column_dimensions["B"].width = 30
    wb.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": "Imitates a housing association programme highlight report to a board committee on readiness for the "
                  "Regulator of Social Housing consumer standards (April 2024) and Awaab's Law (October 2025), as large "
                  "registered providers (e.g. Midland Heart) report to customer services committees. Copied features: "
                  "a title and label/value header block (period, committee, SRO, overall status on a fill colour), a "
                  "summary paragraph, a RAG key of coloured cells, the four consumer standards as a column merged "
                  "down their milestones, baseline and forecast dates, last-period and this-period RAG shown by fill "
                  "colour only, a risks and issues table, a decisions line and a TSM summary sheet.",
        "reads": "Nine programme milestones grouped by the four consumer standards. Each is dated by its forecast date "
                 "(the revised one) and rated by the colour of the 'RAG this period' cell; NC2 has no colour yet and "
                 "is not started. The risks table, decisions line and TSM sheet are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
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


def set_cell(cell, text, bold=False, italic=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.italic = italic
    if size:
        run.font.size = Pt(size)
    return cell


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)


# ---------------------------------------------------------------------------
# 4. Larkspur House Care Home - CQC inspection action plan (docx)
# ---------------------------------------------------------------------------
def make_larkspur():
    name = "wp-larkspur-house-care-home-cqc-inspection-action-plan.docx"
    title = "Larkspur House Care Home: CQC Inspection Action Plan"
    doc = Document()
    landscape(doc)
    doc.add_heading(title, level=0)
    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [("Provider", "Larkspur Care Ltd"), ("Registered manager", "Joanne Pryce"),
                 ("Inspection dates", "4 and 5 March 2025"), ("Report published", "22 April 2025"),
                 ("Overall rating", "Requires improvement"), ("Plan last updated", "30 June 2025")]:
        row = info.add_row()
        set_cell(row.cells[0], k, bold=True)
        set_cell(row.cells[1], v)
    doc.add_paragraph()
    doc.add_paragraph("This action plan sets out how we will meet the regulations that CQC found we were not meeting. "
                      "It is reviewed weekly by the registered manager and monthly by the Operations Director, and "
                      "progress is reported to the Larkspur Care Quality Committee.")
    doc.add_paragraph("RAG: R = not on track; A = in progress, some delay; G = on track; B = completed")

    sections = [
        ("Regulation 12 HSCA RA Regulations 2014 Safe care and treatment",
         "Risks to people's health and safety were not always assessed and mitigated. Repositioning and fluid records "
         "were not consistently completed, and protocols for 'as required' (PRN) medicines were missing for some people.",
         [
             ("12.1", "Review and update the falls, skin integrity and nutrition risk assessments for every resident using the provider's new templates.",
              "Registered Manager", "31/03/2025", "All 38 residents' risk assessments reviewed by 28/03/2025.", "B",
              ["Registered Manager"], "2025-03", "blue", None),
             ("12.2", "Move repositioning and fluid charts onto the electronic care planning system, with shift leaders checking completion at each handover.",
              "Deputy Manager / Clinical Lead", "31/07/2025", "Live on the ground floor; first floor goes live 14 July.", "G",
              ["Deputy Manager", "Clinical Lead"], "2025-07", "green", None),
             ("12.3", "Write a PRN protocol for every person prescribed 'as required' medicines and check them in the monthly medicines audit.",
              "Clinical Lead", "May 2025", "Protocols in place. May audit found two gaps, both corrected.", "B",
              ["Clinical Lead"], "2025-05", "blue", None),
             ("12.4", "Complete medicines competency assessments for all senior carers who administer medicines.",
              "Clinical Lead; Training Coordinator", "31/08/2025", "14 of 19 assessments complete; 3 staff on leave.", "A",
              ["Clinical Lead", "Training Coordinator"], "2025-08", "amber", None),
         ]),
        ("Regulation 17 HSCA RA Regulations 2014 Good governance",
         "Systems to assess, monitor and improve the quality and safety of the service were not effective. Audits had "
         "not identified the shortfalls found at this inspection, and actions from audits were not followed up.",
         [
             ("17.1", "Introduce the provider's revised monthly audit schedule (care plans, medicines, infection control, mealtimes), with all actions logged on one home improvement plan.",
              "Registered Manager", "30/04/2025", "Schedule in use since April. Improvement plan reviewed at each monthly governance meeting.", "B",
              ["Registered Manager"], "2025-04", "blue", None),
             ("17.2", "Operations Director to carry out a quarterly quality assurance visit and report findings to the provider's Quality Committee.",
              "Operations Director", "Ongoing – quarterly", "First visit completed 12/05/2025; next due August.", "G",
              ["Operations Director"], None, "green", "Ongoing – quarterly"),
             ("17.3", "Hold residents' and relatives' meetings every two months and display a 'You said, we did' update in reception.",
              "Activities Coordinator & Registered Manager", "30/06/2025", "Meetings held in April and June; board updated.", "G",
              ["Activities Coordinator", "Registered Manager"], "2025-06", "green", None),
         ]),
        ("Regulation 18 HSCA RA Regulations 2014 Staffing",
         "The provider had not ensured staff received appropriate training and supervision. Training in dementia care, "
         "moving and handling and fire safety was out of date for a number of staff.",
         [
             ("18.1", "Book all staff whose moving and handling or fire safety training has expired onto face-to-face sessions and track completion on the training matrix.",
              "Training Coordinator", "30/05/2025", "Matrix shows 100% compliance for both courses at 30/05/2025.", "B",
              ["Training Coordinator"], "2025-05", "blue", None),
             ("18.2", "Roll out the Tier 2 dementia care training programme to all care staff.",
              "Training Coordinator", "30/09/2025", "26 of 41 care staff trained. Two further cohorts booked.", "A",
              ["Training Coordinator"], "2025-09", "amber", None),
             ("18.3", "Give every member of staff supervision at least every eight weeks, with a supervision tracker reviewed monthly by the Operations Director.",
              "Registered Manager; Deputy Manager", "Ongoing", "Tracker shows 92% in date at end of June.", "G",
              ["Registered Manager", "Deputy Manager"], None, "green", "Ongoing"),
         ]),
    ]
    rag_fill = {"R": FILL["red"], "A": FILL["amber"], "G": FILL["green"], "B": "9DC3E6"}
    expected = []
    for heading, notmet, rows in sections:
        doc.add_heading(heading, level=2)
        p = doc.add_paragraph()
        p.add_run("How the regulation was not being met:").bold = True
        doc.add_paragraph(notmet)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Action to be taken", "Lead", "Timescale", "Progress update", "RAG"]):
            set_cell(c, h, bold=True)
            shade(c, "D9D9D9")
        for (ref, action, lead, when, prog, rag, leads, end, status, end_text) in rows:
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, action, lead, when, prog, rag]):
                set_cell(c, v)
            shade(cells[5], rag_fill[rag])
            expected.append(act(ref, [heading, notmet], action, leads, end, status, end_text))
        doc.add_paragraph()
    doc.add_paragraph("Signed: Joanne Pryce, Registered Manager        Date: 30/06/2025")
    doc.add_paragraph("Reviewed: Operations Director, Larkspur Care Ltd        Date: 30/06/2025")
    doc.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": "Imitates the action plan a care home returns to CQC after a 'Requires improvement' inspection with "
                  "requirement notices (the provider's 'report on actions you plan to take to meet Health and Social "
                  "Care Act 2008 requirements'). Copied features: title, an inspection details table, an intro "
                  "paragraph and a RAG letter key, one section per breached regulation with the regulation as a "
                  "heading, a bold 'How the regulation was not being met:' label over CQC's finding, and a table per "
                  "regulation (Ref, action, lead, timescale, progress, RAG letter on shading); sign-off lines at the end.",
        "reads": "Ten numbered actions in three tables, one per breached regulation (12, 17, 18). Each action is read "
                 "under its regulation heading and the CQC finding paragraph above its table; two are ongoing with no "
                 "end month, and B means completed.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 5. Brookvale Primary School - post-Ofsted action plan (docx)
# ---------------------------------------------------------------------------
def make_brookvale():
    name = "wp-brookvale-primary-school-post-ofsted-action-plan.docx"
    title = "Brookvale Primary School – Post-Ofsted Action Plan 2024–25"
    doc = Document()
    landscape(doc)
    h = doc.add_paragraph()
    run = h.add_run(title)
    run.bold = True
    run.font.size = Pt(18)
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("Inspection dates: 14 and 15 May 2024 | Overall effectiveness: Requires improvement")
    doc.add_paragraph("Plan owner: Headteacher (Mrs S. Adeyemi) | Monitored by: Governing Body Standards Committee | RAG updated: March 2025")
    doc.add_paragraph("RAG rating: Red – not on track; Amber – in progress; Green – achieved")

    priorities = [
        ("Priority 1: Reading – early reading and phonics",
         "Leaders should ensure that the phonics programme is taught consistently well and that the books pupils read "
         "closely match the sounds they know, so that pupils who fall behind catch up quickly.",
         [
             ("1a", "Deliver refresher training in the school's validated phonics programme (Little Wandle) for all EYFS and KS1 teachers and teaching assistants.",
              "English Lead", "September 2024", "All staff trained; drop-ins show consistent delivery in at least 90% of sessions.", "Green",
              ["English Lead"], "2024-09", "blue", None),
             ("1b", "Audit reading books and remove any that do not match the programme's progression; buy fully decodable books for Reception and Year 1.",
              "English Lead / School Business Manager", "Autumn term 2024", "Every pupil in Reception and Year 1 reads a book matched to the sounds they know.", "Green",
              ["English Lead", "School Business Manager"], "2024-12", "blue", "Autumn term 2024"),
             ("1c", "Run daily keep-up sessions for pupils in the lowest 20% in phonics, delivered by trained teaching assistants.",
              "Mrs Khan/Mr Doyle", "Spring term 2025", "Gap between keep-up pupils and their peers narrows each half-term assessment.", "Amber",
              ["Mrs Khan", "Mr Doyle"], "2025-04", "amber", "Spring term 2025"),
         ]),
        ("Priority 2: Curriculum – foundation subjects",
         "In some foundation subjects, leaders have not identified the important knowledge they want pupils to learn. "
         "Leaders should ensure that the curriculum in these subjects sets out precisely what pupils should know and "
         "remember, and when.",
         [
             ("2a", "Subject leaders for history, geography and design and technology to rewrite long-term plans, identifying the key knowledge and vocabulary for each unit.",
              "Deputy Headteacher (Curriculum)", "Autumn term 2024", "Long-term plans for all three subjects published on the website.", "Green",
              ["Deputy Headteacher (Curriculum)"], "2024-12", "blue", "Autumn term 2024"),
             ("2b", "Introduce short retrieval quizzes at the start of foundation subject lessons and check what pupils remember through pupil voice.",
              "Subject leaders", "Spring term 2025", "Pupils can recall key knowledge from previous units in pupil voice sessions.", "Amber",
              ["Subject leaders"], "2025-04", "amber", "Spring term 2025"),
             ("2c", "LA School Improvement Adviser to review foundation subject planning and give governors a written report.",
              "Headteacher", "Summer term 2025", "Report received by the Standards Committee; actions added to this plan.", "Red",
              ["Headteacher"], "2025-07", "red", "Summer term 2025"),
         ]),
        ("Priority 3: Attendance",
         "Too many pupils, including disadvantaged pupils, are persistently absent. Leaders should continue to work "
         "with families to improve pupils' attendance.",
         [
             ("3a", "Appoint an attendance officer and hold fortnightly attendance meetings to follow up every pupil whose attendance falls below 90%.",
              "DHT & Attendance Officer", "Half-termly", "Persistent absence falls from 21% to below 15%.", "Amber",
              ["DHT", "Attendance Officer"], None, "amber", "Half-termly"),
             ("3b", "Use early help attendance support plans with families of persistently absent pupils, referring to the local authority attendance team where needed.",
              "Headteacher", "July 2025", "Support plans in place for all persistently absent pupils.", "Amber",
              ["Headteacher"], "2025-07", "amber", None),
         ]),
    ]
    rag_fill = {"Red": FILL["red"], "Amber": FILL["amber"], "Green": FILL["green"]}
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, hd in zip(t.rows[0].cells, ["Ref", "Actions", "Lead(s)", "Timescale", "Success criteria", "RAG"]):
        set_cell(c, hd, bold=True)
        shade(c, "D9E2F3")
    expected = []
    for heading, rec, rows in priorities:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[5])
        set_cell(m, heading, bold=True)
        shade(m, "B4C6E7")
        row = t.add_row()
        m = row.cells[0].merge(row.cells[5])
        set_cell(m, rec, italic=True)
        for (ref, action, lead, when, sc, rag, leads, end, status, end_text) in rows:
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, action, lead, when, sc, rag]):
                set_cell(c, v)
            shade(cells[5], rag_fill[rag])
            expected.append(act(ref, [heading, rec], action, leads, end, status, end_text))
    doc.add_paragraph()
    doc.add_paragraph("Approved by the Governing Body: 9 July 2024")
    sign = doc.add_table(rows=2, cols=3)
    sign.style = "Table Grid"
    for c, v in zip(sign.rows[0].cells, ["Role", "Name", "Date"]):
        set_cell(c, v, bold=True)
    for c, v in zip(sign.rows[1].cells, ["Chair of Governors", "Mr P. Hollins", "09/07/2024"]):
        set_cell(c, v)
    doc.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": "Imitates a maintained primary school's post-Ofsted action plan after a 'Requires improvement' "
                  "section 5 inspection (2024), built from the report's 'What does the school need to do to improve?' "
                  "points, as schools publish for governors (The Key's post-Ofsted action plan guidance). Copied "
                  "features: title and inspection line, plan owner and monitoring line, a RAG key in which Green means "
                  "achieved, one table with merged priority rows and an italic merged row of Ofsted's wording, lettered "
                  "actions, leads as posts or names split by '/', '&', school-term timescales, success criteria, RAG "
                  "word on shading, and a governors' sign-off table.",
        "reads": "Eight lettered actions under three priorities, each answering the Ofsted recommendation in the "
                 "italic row above it. The key makes Green mean achieved (there is no blue), so green rows are complete; "
                 "term timescales end in the term's last month (Spring term 2025 at the Easter holiday, April 2025).",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 6. Warwickshire PCC - Performance and Accountability Board action log (csv)
# ---------------------------------------------------------------------------
def make_warwickshire():
    name = "wp-warwickshire-pcc-performance-and-accountability-board-action-log.csv"
    title = "Warwickshire Police and Crime Commissioner – Performance and Accountability Board Action Log"
    ncol = 9
    lines = [
        [title],
        ["Updated following the meeting of 10 September 2025"],
        [],
        ["Action ref", "Meeting date", "Agenda item", "Action", "Owner", "Original due date", "Revised due date", "RAG", "Update"],
    ]
    I4 = "Item 4: Police and Crime Plan performance report"
    rows = [
        ("PAB-25-01", "12/03/2025", I4,
         "Provide a breakdown of 999 and 101 call answer times by hour of day for the last six months.",
         "ACC Local Policing", "11/06/2025", "", "B", "Presented at the June Board.",
         ["ACC Local Policing"], "2025-06", "blue", None),
        ("PAB-25-02", "12/03/2025", "Item 5: Neighbourhood policing",
         "Confirm how many Safer Neighbourhood Team officers are abstracted to response duties each month, and the effect on local priorities.",
         "Ch Supt Local Policing; Head of Performance (OPCC)", "11/06/2025", "", "B",
         "Abstraction data now included in the monthly performance pack.",
         ["Ch Supt Local Policing", "Head of Performance (OPCC)"], "2025-06", "blue", None),
        ("PAB-25-03", "12/03/2025", "Item 6: HMICFRS PEEL 2023–25 areas for improvement",
         "Share the force's PEEL improvement plan with the OPCC, including owners and target dates for each area for improvement.",
         "DCC", "30/04/2025", "", "B", "Plan shared 28/04/2025.",
         ["DCC"], "2025-04", "blue", None),
        ("PAB-25-04", "11/06/2025", I4,
         "Include victim satisfaction data for domestic abuse and hate crime in future performance reports, compared with the national average.",
         "Head of Performance (OPCC)", "September 2025 PAB", "", "B", "Included from the September report.",
         ["Head of Performance (OPCC)"], "2025-09", "blue", "September 2025 PAB"),
        ("PAB-25-05", "11/06/2025", "Item 5: Violence against women and girls",
         "Report on the outcome of the rape and serious sexual offences (RASSO) file quality review and the actions agreed with the CPS.\n"
         "To include charge rates for the last four quarters.",
         "Det Supt Public Protection", "December 2025 PAB", "", "G", "Review fieldwork complete; joint CPS session booked for October.",
         ["Det Supt Public Protection"], "2025-12", "green", "December 2025 PAB"),
        ("PAB-25-06", "11/06/2025", "Item 7: Finance – 2024/25 outturn",
         "Provide a reconciliation of overtime spend against budget by department, and the plan to bring overtime within budget in 2025/26.",
         "Director of Finance (Force) & Chief Finance Officer (OPCC)", "10/09/2025", "10/12/2025", "A",
         "Partial figures provided in September; full reconciliation to the December Board.",
         ["Director of Finance (Force)", "Chief Finance Officer (OPCC)"], "2025-12", "amber", None),
        ("PAB-25-07", "10/09/2025", I4,
         "Explain the increase in recorded shoplifting in Nuneaton and Bedworth and the partnership response with retailers.",
         "Ch Supt Local Policing", "10/12/2025", "", "G", "",
         ["Ch Supt Local Policing"], "2025-12", "green", None),
        ("PAB-25-08", "10/09/2025", "Item 6: Custody",
         "Update the Board on progress against the recommendations of the joint HMICFRS/HMI Prisons custody inspection, including the timetable for the custody ventilation works.",
         "Head of Criminal Justice", "TBC", "", "", "Date to be set once the estates survey reports.",
         ["Head of Criminal Justice"], None, "unrated", "TBC"),
        ("PAB-25-09", "10/09/2025", "Item 9: Any other business",
         "Circulate the date and venue of the PCC's public accountability meeting in Stratford-upon-Avon to Board members.",
         "OPCC Business Manager", "30/09/2025", "", "B", "Circulated 15/09/2025.",
         ["OPCC Business Manager"], "2025-09", "blue", None),
    ]
    expected = []
    for (ref, met, item, action, owner, orig, rev, rag, upd, leads, end, status, end_text) in rows:
        lines.append([ref, met, item, action, owner, orig, rev, rag, upd])
        expected.append(act(ref, [item], action, leads, end, status, end_text))
    lines.append([])
    lines.append(["RAG key: B = complete; G = on track; A = at risk / revised date agreed; R = overdue; blank = not yet started"])
    lines.append(["Completed (B) actions are removed from the log once the Board has agreed their closure."])
    path = os.path.join(HERE, name)
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        for ln in lines:
            w.writerow(ln + [""] * (ncol - len(ln)))

    write_expected(name, {
        "source": "Imitates a police and crime commissioner's Performance and Accountability Board action log (PCC "
                  "holding the Chief Constable to account; cf. Avon and Somerset PCC oversight boards, 2022-24), saved "
                  "from Excel as CSV UTF-8. Copied features: title and 'updated following' lines, an action reference "
                  "per action, meeting date and agenda item columns, posts as owners (force and OPCC, two split by ';' "
                  "or '&'), due dates written as the Board meeting they report to, original and revised due dates, "
                  "a letter RAG with a key line and a notes line at the foot, and a two-line action cell.",
        "reads": "Nine Board actions from three meetings, each read under its agenda item. The end is the revised due "
                 "date where one is given, otherwise the original (a 'September 2025 PAB' date is that month); one "
                 "action is TBC and not yet rated. The key and note lines at the bottom are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 7. University of Hull - NSS action plan (plain text export)
# ---------------------------------------------------------------------------
def make_hull():
    name = "wp-university-of-hull-nss-quality-improvement-plan.txt"
    title = "University of Hull – National Student Survey 2025: Institutional Action Plan 2025/26"
    out = [
        title,
        "Owner: Pro-Vice-Chancellor (Education)",
        "Approved by: Education Committee, 5 November 2025",
        "Progress update: February 2026 (for Senate, 11 March 2026)",
        "",
        "Status key: Complete | Green - on track | Amber - some slippage | Red - off track | Not started",
        "",
    ]
    themes = [
        ("Theme 1: Assessment and feedback", "NSS 2025: 72.4% positive (sector benchmark 77.9%)",
         "Objective 1.1: Students know how and when they will be assessed and receive feedback they can act on.",
         [
             ("1.1.1", "Publish an assessment and feedback calendar for every undergraduate programme on Canvas before the start of each trimester.",
              "Faculty Directors of Education", "January 2026", "Complete",
              ["Faculty Directors of Education"], "2026-01", "blue", None),
             ("1.1.2", "Introduce a 15-working-day feedback turnaround standard, monitored through the assessment dashboard and reported to Faculty Education Committees.",
              "Pro-Vice-Chancellor (Education); Director of Academic Quality", "31/03/2026", "Green",
              ["Pro-Vice-Chancellor (Education)", "Director of Academic Quality"], "2026-03", "green", None),
             ("1.1.3", "Run marking criteria workshops with students in first-year modules so that assessment criteria are discussed before submission.",
              "Head of Learning Enhancement", "June 2026 (revised from March 2026)", "Amber",
              ["Head of Learning Enhancement"], "2026-06", "amber", "June 2026 (revised from March 2026)"),
         ]),
        ("Theme 2: Learning resources", "NSS 2025: 81.0% positive (sector benchmark 84.6%)",
         "Objective 2.1: Students can use the library, IT and specialist resources they need when they need them.",
         [
             ("2.1.1", "Extend 24/7 opening of the Brynmor Jones Library to the whole year, including the summer vacation.",
              "Director of Library Services", "July 2026", "Not started",
              ["Director of Library Services"], "2026-07", "unrated", None),
             ("2.1.2", "Replace end-of-life PCs in teaching labs, starting with Computer Science and Engineering.",
              "Director of Library Services / Director of Digital", "April 2026", "Amber",
              ["Director of Library Services", "Director of Digital"], "2026-04", "amber", None),
         ]),
        ("Theme 3: Organisation and management", "NSS 2025: 68.9% positive (sector benchmark 74.2%)",
         "Objective 3.1: Timetables are published early and changes are communicated promptly.",
         [
             ("3.1.1", "Publish personal timetables at least four weeks before teaching starts, with changes notified through the student app.",
              "Director of Student Administration", "September 2026", "Green",
              ["Director of Student Administration"], "2026-09", "green", None),
             ("3.1.2", "Keep a course-change log for each programme, reviewed at Student-Staff Forums, so that students can see what has changed and why.",
              "Programme Directors", "Ongoing (reviewed each trimester)", "Green",
              ["Programme Directors"], None, "green", "Ongoing (reviewed each trimester)"),
         ]),
        ("Theme 4: Student voice", "NSS 2025: 70.3% positive (sector benchmark 73.8%)",
         "Objective 4.1: Students see clearly how their feedback has been acted on.",
         [
             ("4.1.1", "Publish a 'You said, we did' page for each faculty, updated after each round of module evaluation.",
              "Hull University Union Vice-President Education & Head of Student Engagement", "28/02/2026", "Complete",
              ["Hull University Union Vice-President Education", "Head of Student Engagement"], "2026-02", "blue", None),
         ]),
    ]
    expected = []
    for theme, nss, obj, acts in themes:
        out.append(theme)
        out.append("-" * len(theme))
        out.append(nss)
        out.append("")
        out.append(obj)
        out.append("")
        for (ref, action, lead, due, status_word, leads, end, status, end_text) in acts:
            out.append(f"{ref}  {action}")
            out.append(f"       Lead: {lead}")
            out.append(f"       Due: {due}")
            out.append(f"       Status: {status_word}")
            out.append("")
            expected.append(act(ref, [theme, obj], action, leads, end, status, end_text))
    out.append("Notes")
    out.append("-----")
    out.append("1. Positivity scores are from the OfS NSS 2025 release (July 2025); benchmarks are the OfS sector benchmark for our student population.")
    out.append("2. Actions owned at faculty level are tracked in the faculty education action plans and are not repeated here.")
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out) + "\n")

    write_expected(name, {
        "source": "Imitates a university's institutional National Student Survey action plan (quality improvement plan "
                  "responding to NSS results, as universities take to education committee and senate; cf. Leeds "
                  "School Action Planning process), exported from Word as plain text. Copied features: a title line "
                  "and owner/approval/update lines, a status key, theme headings underlined with dashes, an NSS "
                  "score line under each theme, a numbered objective heading, numbered actions each followed by "
                  "indented Lead, Due and Status lines, a revised date written into the Due line, and notes at the end.",
        "reads": "Eight numbered actions under four themes, each answering the numbered objective above it. Leads are "
                 "posts (two where split by ';', '/' or '&'); the Due line gives the end (the revised month where "
                 "both are given, none for ongoing), and the Status word the RAG.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


if __name__ == "__main__":
    make_lpt()
    row = make_nfrs()
    make_midland_heart()
    make_larkspur()
    make_brookvale()
    make_warwickshire()
    make_hull()
    print("built; NFRS typo at sheet row", row)
