"""Build the seven fj1- blind test files (set heldout200).

Run with: /work/main/.venv/bin/python fj1_make.py
Writes into the folder this script lives in.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "B": "5B9BD5",
    "G": "00B050",
    "A": "FFC000",
    "R": "FF0000",
    "band": "D9D9D9",
    "head": "1F3864",
    "afi": "DEEAF6",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcolor):
    return PatternFill("solid", start_color=hexcolor, end_color=hexcolor)


def d(day, month, year):
    return dt.datetime(year, month, day)


# ---------------------------------------------------------------------------
# 1. North Cumbria Integrated Care NHS FT - CQC must do / should do (xlsx)
# ---------------------------------------------------------------------------
def make_ncic():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = ("North Cumbria Integrated Care NHS Foundation Trust – "
                 "CQC Must Do and Should Do Action Plan")
    cov["A1"].font = Font(bold=True, size=14)
    cov.merge_cells("A1:F1")
    info = [
        ("Inspection:", "Unannounced inspection of urgent and emergency care, medical care and "
                        "maternity services (Cumberland Infirmary and West Cumberland Hospital), "
                        "7–9 November 2023; well-led inspection 5–7 December 2023"),
        ("Report published:", "22 March 2024"),
        ("Executive lead:", "Executive Chief Nurse"),
        ("Reporting to:", "Quality and Safety Committee (monthly); Board of Directors (quarterly)"),
        ("Position as at:", "31 January 2025"),
    ]
    r = 3
    for k, v in info:
        cov.cell(r, 1, k).font = Font(bold=True)
        cov.cell(r, 2, v).alignment = WRAP
        cov.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
        r += 1
    r += 1  # row 9
    cov.cell(r, 1, "Document control").font = Font(bold=True, size=12)
    r += 1
    for c, h in enumerate(["Version", "Date", "Author", "Change"], 1):
        cell = cov.cell(r, c, h)
        cell.font = Font(bold=True)
        cell.border = BOX
    for row in [("0.1", "15/04/2024", "Head of Compliance", "First draft following report publication"),
                ("1.0", "07/05/2024", "Head of Compliance", "Approved by Quality and Safety Committee"),
                ("1.6", "31/01/2025", "Compliance Manager", "January 2025 progress updates")]:
        r += 1
        for c, v in enumerate(row, 1):
            cov.cell(r, c, v).border = BOX
    r += 2  # row 15
    cov.cell(r, 1, "RAG key").font = Font(bold=True, size=12)
    for letter, text in [
        ("B", "Complete – action implemented and evidence of sustained improvement reviewed by the Compliance Team"),
        ("G", "On track – action progressing and will be delivered by the target date"),
        ("A", "At risk – action may not be delivered by the target date / revised date agreed"),
        ("R", "Off track – target date missed or action not progressing"),
    ]:
        r += 1
        c1 = cov.cell(r, 1, letter)
        c1.fill = fill(FILL[letter])
        c1.alignment = Alignment(horizontal="center")
        c1.border = BOX
        cov.cell(r, 2, text)
        cov.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
    r += 2  # row 21
    cov.cell(r, 1, "Summary of actions").font = Font(bold=True, size=12)
    r += 1
    for c, h in enumerate(["Category", "Total", "B", "G", "A", "R"], 1):
        cell = cov.cell(r, c, h)
        cell.font = Font(bold=True)
        cell.border = BOX
    for row in [("Must do", 6, 3, 1, 1, 1), ("Should do", 4, 2, 2, 0, 0), ("Total", 10, 5, 3, 1, 1)]:
        r += 1
        for c, v in enumerate(row, 1):
            cov.cell(r, c, v).border = BOX
    cov.column_dimensions["A"].width = 20
    cov.column_dimensions["B"].width = 16
    for col in "CDEF":
        cov.column_dimensions[col].width = 22

    headers = ["Ref", "CQC requirement", "Action(s)", "Lead(s)", "Original target date",
               "Revised target date", "Previous RAG (Dec 24)", "Current RAG (Jan 25)",
               "Progress update / evidence"]

    must = [
        ("band", "Urgent and emergency care – Cumberland Infirmary"),
        ("req", "The trust must ensure that patients in the emergency department receive timely "
                "assessment, including triage within 15 minutes of arrival. (Regulation 12(1))", [
            ("MD1.1", "Implement a streaming and rapid assessment nurse at the front door between "
                      "10:00 and 02:00, seven days a week.",
             "Head of Nursing – Urgent Care", d(31, 5, 2024), None, "G", "B",
             "Rota in place from 13 May 2024. Triage within 15 minutes 89% in December 2024 (baseline 61%)."),
            ("MD1.2", "Audit time to triage weekly and report compliance to the Emergency Care Board, "
                      "with escalation where compliance falls below 85%.",
             "ED Matron / Clinical Director – Emergency Medicine", d(30, 6, 2024), None, "B", "B",
             "Weekly audit embedded; reported monthly to Emergency Care Board."),
        ]),
        ("req", "The trust must ensure that staff complete and record risk assessments for patients "
                "at risk of falls and pressure damage while in the department. (Regulation 12(2)(a))", [
            ("MD2.1", "Introduce the electronic ED risk assessment bundle (falls, pressure ulcer, "
                      "nutrition) on the patient record, with mandatory fields at 4 hours.\n"
                      "Provide training for all ED registered nurses and healthcare assistants.",
             "Lead Nurse – Digital Nursing; ED Matron", d(30, 9, 2024), d(28, 2, 2025), "A", "A",
             "Bundle live from 2 December 2024; training compliance 72% against 95% target. "
             "Revised date agreed at QSC 21/11/2024."),
        ]),
        ("band", "Medical care – West Cumberland Hospital"),
        ("req", "The trust must ensure that there are sufficient numbers of suitably qualified nursing "
                "staff on medical wards to meet the needs of patients. (Regulation 18(1))", [
            ("MD3.1", "Complete the establishment review of all medical wards using the Safer Nursing "
                      "Care Tool and present the findings to the Board.",
             "Deputy Chief Nurse", d(31, 7, 2024), None, "B", "B",
             "Establishment review presented to Board 04/09/2024; uplift of 14.2 WTE approved."),
            ("MD3.2", "Deliver the international nurse recruitment pipeline to fill registered nurse "
                      "vacancies on Wards 4, 6 and 7.",
             "Head of Nursing – Medicine; Head of Recruitment", d(31, 12, 2024), d(30, 6, 2025), "G", "R",
             "Two cohorts delayed by visa processing; vacancy rate on Ward 6 remains 19%. "
             "Escalated to Workforce Committee."),
        ]),
        ("band", "Well-led – trust wide"),
        ("req", "The trust must ensure that governance processes effectively identify, monitor and "
                "mitigate risks, and that the risk register reflects current risks. (Regulation 17(1))", [
            ("MD4.1", "Refresh the Risk Management Strategy and re-launch care group risk review "
                      "meetings with a standard terms of reference.",
             "Director of Corporate Governance", d(31, 10, 2024), None, "G", "G",
             "Strategy approved by Audit Committee 15/10/2024; terms of reference in draft."),
        ]),
    ]
    should = [
        ("band", "Maternity – Cumberland Infirmary"),
        ("req", "The trust should ensure that all midwifery staff complete mandatory training in "
                "neonatal life support.", [
            ("SD1.1", "Add additional NLS training dates and release staff through the maternity rota "
                      "to reach 90% compliance.",
             "Director of Midwifery", d(31, 8, 2024), d(31, 3, 2025), "A", "G",
             "Compliance 86% at end of January 2025; trajectory to 90% by March."),
        ]),
        ("req", "The trust should ensure that the birthing pool is cleaned in line with the infection "
                "prevention and control policy and that cleaning is recorded.", [
            ("SD2.1", "Introduce a daily cleaning checklist for the birthing pool and include it in the "
                      "monthly IPC audit.",
             "Maternity Matron", d(30, 4, 2024), None, "B", "B",
             "Checklist in use; IPC audit 100% for six consecutive months."),
        ]),
        ("band", "Urgent and emergency care – West Cumberland Hospital"),
        ("req", "The trust should ensure that children waiting in the emergency department are cared "
                "for in an area that is audio-visually separate from adults.", [
            ("SD3.1", "Reconfigure the paediatric waiting area within the ED footprint, subject to "
                      "capital approval.",
             "Deputy Director of Estates & Facilities", d(31, 3, 2025), None, "G", "G",
             "Capital bid approved September 2024; works scheduled February–March 2025."),
            ("SD3.2", "Until the works are complete, ensure a registered children's nurse reviews every "
                      "child waiting more than 30 minutes.",
             "ED Matron", d(31, 5, 2024), None, "B", "B",
             "RN(Child) on every shift since May 2024; compliance checked in weekly audit."),
        ]),
    ]

    def plan_sheet(title, heading, items, note):
        ws = wb.create_sheet(title)
        ws["A1"] = heading
        ws["A1"].font = Font(bold=True, size=13)
        ws.merge_cells("A1:I1")
        for c, h in enumerate(headers, 1):
            cell = ws.cell(3, c, h)
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = fill(FILL["head"])
            cell.alignment = Alignment(wrap_text=True, vertical="center")
            cell.border = BOX
        r = 4
        for item in items:
            if item[0] == "band":
                cell = ws.cell(r, 1, item[1])
                cell.font = Font(bold=True)
                for c in range(1, 10):
                    ws.cell(r, c).fill = fill(FILL["band"])
                    ws.cell(r, c).border = BOX
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
                r += 1
                continue
            _, req, acts = item
            first = r
            for (ref, action, lead, orig, rev, prev, cur, prog) in acts:
                vals = [ref, req if r == first else None, action, lead, orig, rev, prev, cur, prog]
                for c, v in enumerate(vals, 1):
                    cell = ws.cell(r, c, v)
                    cell.alignment = WRAP
                    cell.border = BOX
                    if isinstance(v, dt.datetime):
                        cell.number_format = "dd/mm/yyyy"
                for c, v in ((7, prev), (8, cur)):
                    ws.cell(r, c).fill = fill(FILL[v])
                    ws.cell(r, c).alignment = Alignment(horizontal="center", vertical="top")
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        r += 1
        ws.cell(r, 1, note).font = Font(italic=True)
        for col, w in zip("ABCDEFGHI", [9, 45, 55, 28, 14, 14, 12, 12, 50]):
            ws.column_dimensions[col].width = w
        ws.freeze_panes = "A4"

    plan_sheet("Must Do", "CQC Must Do Actions – position as at 31 January 2025", must,
               "Note: revised target dates are agreed by the Quality and Safety Committee. "
               "Actions rated B are closed at the following QSC meeting.")
    plan_sheet("Should Do", "CQC Should Do Actions – position as at 31 January 2025", should,
               "Note: Should Do actions are monitored by the Care Group Quality Boards and reported "
               "to QSC by exception.")
    wb.save(os.path.join(HERE, "fj1-north-cumbria-integrated-care-nhsft-cqc-must-should-do-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. East Coast College - Ofsted PIAP (xlsx) - REFUSE: "Febuary 2025"
# ---------------------------------------------------------------------------
def make_east_coast():
    wb = Workbook()
    ws = wb.active
    ws.title = "PIAP 2024-25"
    ws["A1"] = "East Coast College – Post-Inspection Action Plan (Ofsted inspection 5–8 March 2024)"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = ("Overall effectiveness: Requires improvement  |  Plan owner: Deputy Principal – Quality  |  "
                "Monitored by: Quality and Standards Committee")
    ws.merge_cells("A2:G2")
    ws["A3"] = "Updated: 14 January 2025"
    ws["A3"].font = Font(italic=True)
    headers = ["Ref", "Action", "Responsible", "Success measure / impact", "Target date", "RAG",
               "Progress commentary"]
    for c, h in enumerate(headers, 1):
        cell = ws.cell(5, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("0070C0")
        cell.border = BOX
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    rows = [
        ("afi", "AFI 1: Leaders and managers should ensure that teachers of English and mathematics use "
                "assessment effectively to identify and close gaps in learners’ knowledge."),
        ("1.1", "Deliver CPD for all English and mathematics teachers on diagnostic assessment and using "
                "assessment outcomes to plan lessons.", "Head of English and Maths",
         "All teachers complete CPD; learning walks show assessment used to plan in 80% of lessons.",
         "October 2024", "G", "CPD delivered 2 and 9 October 2024; learning walks scheduled."),
        ("1.2", "Introduce initial and diagnostic assessment on BKSB for all study programme learners "
                "within the first four weeks of enrolment.",
         "Head of English and Maths / Learner Services Manager",
         "100% of learners have diagnostic results recorded on ProMonitor by week 4.",
         "December 2024", "G", "98% completed by 4 October 2024; late enrolments tracked weekly."),
        ("1.3", "Carry out termly deep dives in English and mathematics, focusing on how teachers check "
                "and close gaps in learners’ knowledge.", "Assistant Principal – Quality",
         "Deep dive reports show improvement in assessment practice between rounds.",
         "Febuary 2025", "A", "First deep dive completed November 2024; second round planned."),
        ("afi", "AFI 2: Leaders should ensure that apprentices receive high-quality careers advice and "
                "guidance about their next steps."),
        ("2.1", "Ensure all apprentices have a careers and progression review with an IAG-qualified "
                "adviser at their mid-point.", "Apprenticeships Manager",
         "All apprentices past mid-point have a recorded careers review.", "January 2025", "A",
         "62% of eligible apprentices reviewed; additional adviser capacity from February."),
        ("2.2", "Train skills coaches to discuss next steps and progression routes at every progress "
                "review.", "Apprenticeships Manager",
         "Review audits show next steps discussed in 90% of progress reviews.", "November 2024", "G",
         "Training delivered to all 24 skills coaches."),
        ("afi", "AFI 3: Leaders should improve attendance of learners on study programmes, particularly "
                "in English and mathematics lessons."),
        ("3.1", "Introduce same-day contact for all absences and weekly attendance panels for learners "
                "below 85%.", "Head of Student Services",
         "Attendance in English and maths rises to 85% (2023/24: 76%).", "September 2024", "G",
         "In place from 9 September 2024; English and maths attendance 81% to date."),
        ("3.2", "Timetable English and mathematics lessons alongside vocational sessions on the same day "
                "to reduce non-attendance.", "Deputy Principal – Curriculum",
         "2025/26 timetable built with English and maths on vocational days.", "June 2025", None, ""),
    ]
    r = 6
    for row in rows:
        if row[0] == "afi":
            cell = ws.cell(r, 1, row[1])
            cell.font = Font(bold=True)
            cell.alignment = WRAP
            for c in range(1, 8):
                ws.cell(r, c).fill = fill(FILL["afi"])
                ws.cell(r, c).border = BOX
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.row_dimensions[r].height = 32
        else:
            ref, action, resp, measure, target, rag, prog = row
            for c, v in enumerate([ref, action, resp, measure, target, None, prog or None], 1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
            if rag:
                ws.cell(r, 6).fill = fill(FILL[rag])
        r += 1
    r += 1
    ws.cell(r, 1, "RAG key: Green – complete or on track; Amber – some slippage, mitigation in place; "
                  "Red – off track; no colour – not yet started.").font = Font(italic=True)
    for col, w in zip("ABCDEFG", [7, 55, 26, 40, 15, 8, 45]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "fj1-east-coast-college-ofsted-post-inspection-action-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# 3. Office of the Public Guardian - internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def make_opg():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "Office of the Public Guardian – Internal Audit Recommendations Tracker"
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Audit and Risk Assurance Committee – 18 March 2025"
    s["A2"].font = Font(italic=True)
    hdr = ["Priority", "Open", "Red", "Amber", "Green", "Blue (implemented)"]
    for c, h in enumerate(hdr, 1):
        cell = s.cell(4, c, h)
        cell.font = Font(bold=True)
        cell.border = BOX
    for i, row in enumerate([("High", 3, 0, 1, 1, 1), ("Medium", 3, 1, 0, 0, 2),
                             ("Low", 1, 0, 0, 0, 1), ("Total", 7, 1, 1, 1, 4)]):
        for c, v in enumerate(row, 1):
            cell = s.cell(5 + i, c, v)
            cell.border = BOX
            if row[0] == "Total":
                cell.font = Font(bold=True)
    s["A10"] = ("Status is as reported by action owners. Implemented (Blue) actions are verified by GIAA "
                "at follow-up before they are closed and removed from the tracker.")
    s.column_dimensions["A"].width = 14
    for col in "BCDEF":
        s.column_dimensions[col].width = 12
    s.column_dimensions["F"].width = 20

    t = wb.create_sheet("Tracker")
    t["A1"] = "GIAA recommendations – open and recently implemented"
    t["A1"].font = Font(bold=True, size=13)
    headers = ["Ref", "Priority", "Recommendation", "Agreed management action", "Action owner",
               "Original due date", "Revised due date", "RAG", "Update (March 2025)"]
    for c, h in enumerate(headers, 1):
        cell = t.cell(3, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("7030A0")
        cell.border = BOX
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    data = [
        ("band", "OPG 23/24-05 Deputy Supervision (Limited assurance)"),
        ("rec", "High", "Management should ensure that annual deputy reports overdue by more than 60 days "
                        "are escalated in line with the Supervision Escalation Policy.", [
            ("DS-01", "Introduce a weekly overdue report from Sirius and assign escalation to case managers, "
                      "with team leader oversight of cases over 60 days.", "Head of Supervision",
             d(30, 9, 2024), d(31, 3, 2025), "Amber",
             "Weekly report live since November 2024. Backlog of 212 cases over 60 days reduced to 96; "
             "escalation letters being issued."),
        ]),
        ("rec", "Medium", "Quality assurance checks on deputy report reviews should be documented and the "
                          "results reported to the Supervision Performance Board.", [
            ("DS-02a", "Design a QA checklist and sample 5% of reviewed reports each month.",
             "Deputy Director, Supervision", d(31, 7, 2024), None, "Blue",
             "Checklist in use from July 2024; sampling recorded on SharePoint."),
            ("DS-02b", "Report QA results quarterly to the Supervision Performance Board.",
             "Deputy Director, Supervision", d(31, 10, 2024), None, "Blue",
             "First quarterly report taken to SPB on 22 October 2024."),
        ]),
        ("band", "OPG 24/25-02 Fee Remissions and Exemptions (Moderate assurance)"),
        ("rec", "Medium", "The OPG should reconcile remission and exemption decisions recorded in the case "
                          "management system to the finance ledger each month.", [
            ("FR-01", "Implement a monthly reconciliation between Sirius and SOP, signed off by the "
                      "Financial Accountant.", "Head of Finance; Head of Digital Services",
             d(31, 1, 2025), None, "Red",
             "Reconciliation needs a Sirius data extract that has not yet been built. A new date will be "
             "proposed to the April ARAC."),
        ]),
        ("rec", "Low", "Guidance for staff assessing remission applications should be updated to reflect "
                       "the 2024 fee changes.", [
            ("FR-02", "Update the remissions guidance on the intranet and brief the Customer Services team.",
             "Customer Services Operations Manager", d(30, 11, 2024), None, "Blue",
             "Guidance published 18 November 2024; team briefings completed."),
        ]),
        ("band", "OPG 24/25-04 Information Security – Third Party Access (Limited assurance)"),
        ("rec", "High", "Management should ensure that third-party supplier access to OPG systems is "
                        "reviewed quarterly and removed promptly when no longer required.", [
            ("IS-01", "Complete a baseline review of all active supplier accounts and remove dormant accounts.",
             "Head of Digital Services", d(31, 12, 2024), None, "Blue",
             "Baseline review completed; 37 dormant accounts removed. Quarterly review added to the "
             "security calendar."),
        ]),
        ("rec", "High", "A documented joiners, movers and leavers process should be introduced for supplier "
                        "staff, with accountability assigned in each contract.", [
            ("IS-02", "Agree the supplier access process with the MoJ Commercial team and add access "
                      "obligations to contract management reviews.", "Head of Commercial and Contracts",
             d(30, 4, 2025), None, "Green",
             "Draft process agreed with MoJ Commercial; first contract reviews in April."),
        ]),
    ]
    ragfill = {"Red": "R", "Amber": "A", "Green": "G", "Blue": "B"}
    r = 4
    for item in data:
        if item[0] == "band":
            cell = t.cell(r, 1, item[1])
            cell.font = Font(bold=True)
            for c in range(1, 10):
                t.cell(r, c).fill = fill("E4DFEC")
                t.cell(r, c).border = BOX
            t.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            continue
        _, prio, rec, acts = item
        first = r
        for (ref, action, owner, orig, rev, rag, upd) in acts:
            vals = [ref, prio if r == first else None, rec if r == first else None, action, owner,
                    orig, rev, rag, upd]
            for c, v in enumerate(vals, 1):
                cell = t.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd-mmm-yy"
            t.cell(r, 8).fill = fill(FILL[ragfill[rag]])
            r += 1
        if r - 1 > first:
            t.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
            t.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    for col, w in zip("ABCDEFGHI", [9, 10, 50, 50, 26, 13, 13, 9, 50]):
        t.column_dimensions[col].width = w
    t.freeze_panes = "A4"

    k = wb.create_sheet("Key")
    k["A1"] = "Definitions"
    k["A1"].font = Font(bold=True, size=13)
    rows = [
        ("RAG", ""),
        ("Red", "Action overdue, or at risk of missing its revised date, with no agreed way forward"),
        ("Amber", "Action in progress; revised date agreed by ARAC or some slippage"),
        ("Green", "Action in progress and on track for the due date"),
        ("Blue", "Action implemented – awaiting GIAA verification"),
        ("", ""),
        ("Priority", ""),
        ("High", "Fundamental control weakness requiring prompt management action"),
        ("Medium", "Control weakness that should be addressed within six months"),
        ("Low", "Opportunity to improve control or efficiency"),
    ]
    for i, (a, b) in enumerate(rows, 3):
        k.cell(i, 1, a or None)
        k.cell(i, 2, b or None)
        if a in ragfill:
            k.cell(i, 1).fill = fill(FILL[ragfill[a]])
        if a in ("RAG", "Priority"):
            k.cell(i, 1).font = Font(bold=True)
    k.column_dimensions["A"].width = 12
    k.column_dimensions["B"].width = 80
    wb.save(os.path.join(HERE, "fj1-office-of-the-public-guardian-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def bold_row(row):
    for cell in row.cells:
        for p in cell.paragraphs:
            for run in p.runs:
                run.font.bold = True


def set_cell(cell, text, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.font.bold = bold
    run.font.size = Pt(9)


# ---------------------------------------------------------------------------
# 4. Kingfisher Hall Primary Academy - post-Ofsted action plan (docx)
# ---------------------------------------------------------------------------
def make_kingfisher():
    doc = Document()
    doc.add_heading("Kingfisher Hall Primary Academy – Post-Ofsted Action Plan 2024–25", level=0)
    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for a, b in [
        ("School", "Kingfisher Hall Primary Academy"),
        ("Inspection dates", "18 and 19 June 2024"),
        ("Overall effectiveness", "Requires improvement"),
        ("Plan written by", "Headteacher and Deputy Headteacher"),
        ("Reviewed by", "Local Academy Committee – each half term"),
        ("Last updated", "3 February 2025"),
    ]:
        cells = info.add_row().cells
        set_cell(cells[0], a, bold=True)
        set_cell(cells[1], b)
    doc.add_paragraph()
    doc.add_heading("What does the school need to do to improve?", level=1)
    doc.add_paragraph("The priorities below are taken from the inspection report. Each priority has its "
                      "own action table.")

    priorities = [
        ("Priority 1: Curriculum – foundation subjects",
         "In some foundation subjects, the curriculum does not set out precisely the important knowledge "
         "that pupils should learn and when. Leaders should ensure that curriculum thinking in these "
         "subjects is as well developed as it is in English and mathematics.", [
             ("Subject leaders for history, geography and RE to rewrite long-term plans setting out the core "
              "knowledge and vocabulary for each year group.", "Subject leaders", "Autumn term 2024",
              "Long-term plans in place for all three subjects; pupils can recall key knowledge in pupil "
              "voice.", "SLT learning walks – December", "G"),
             ("Trust curriculum lead to deliver training for subject leaders on sequencing knowledge and "
              "checking what pupils remember.",
              "Deputy Headteacher (Curriculum) and Trust Primary Curriculum Lead", "October 2024",
              "All subject leaders trained; sequencing evident in medium-term plans.",
              "Trust review visit", "G"),
             ("Introduce end-of-unit quizzes in foundation subjects and use the outcomes to adapt the next "
              "unit.", "Subject leaders / class teachers", "Spring term 2025",
              "Quiz outcomes recorded on the tracker; teachers can explain changes made.",
              "Book looks – half-termly", "A"),
         ]),
        ("Priority 2: Early reading and phonics",
         "Some pupils who are at the early stages of learning to read do not receive books that are closely "
         "matched to the sounds they know. Leaders should ensure that these pupils read books that help "
         "them to practise the sounds they are learning.", [
             ("Audit all phonics reading books against the Little Wandle progression and remove books that "
              "are not matched.", "Reading Lead", "September 2024",
              "Every reading book sent home is matched to the pupil’s phonics stage.",
              "Reading Lead spot checks", "G"),
             ("Provide refresher phonics training for all EYFS and Key Stage 1 staff, including teaching "
              "assistants, followed by coaching visits.", "Reading Lead; EYFS Lead", "Autumn term 2024",
              "Consistent phonics teaching seen in all classes.", "Phonics drop-ins – fortnightly", "A"),
             ("Daily keep-up sessions for pupils in the lowest 20% in Years 1 and 2, with progress checked "
              "every six weeks.", "Mrs A Demir", "Ongoing",
              "Phonics screening check pass rate at or above national (80%).",
              "Six-weekly assessment data", "A"),
         ]),
        ("Priority 3: Attendance",
         "Too many pupils, including disadvantaged pupils, are persistently absent. Leaders should continue "
         "to work with families to improve the attendance of these pupils.", [
             ("Appoint an attendance and family support officer and set up weekly attendance meetings with "
              "the Education Welfare Officer.", "Headteacher", "September 2024",
              "Officer in post; weekly meetings minuted.", "LAC attendance report", "G"),
             ("Introduce individual attendance plans for every persistently absent pupil, reviewed "
              "half-termly with parents.", "Attendance and Family Support Officer", "Summer term 2025",
              "Persistent absence below 15% (2023/24: 22.4%).", "Half-termly attendance data", None),
         ]),
    ]
    for heading, afi, acts in priorities:
        doc.add_heading(heading, level=2)
        p = doc.add_paragraph()
        run = p.add_run(afi)
        run.italic = True
        tbl = doc.add_table(rows=1, cols=6)
        tbl.style = "Table Grid"
        for cell, h in zip(tbl.rows[0].cells,
                           ["Action", "Who", "When", "Success criteria", "Monitoring", "RAG"]):
            set_cell(cell, h, bold=True)
            shade(cell, "BDD7EE")
        for action, who, when, crit, mon, rag in acts:
            cells = tbl.add_row().cells
            for cell, v in zip(cells, [action, who, when, crit, mon, ""]):
                set_cell(cell, v)
            if rag:
                shade(cells[5], FILL[rag])
        doc.add_paragraph()

    doc.add_heading("RAG key", level=2)
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for color, text in [("G", "Action completed"), ("A", "In progress"),
                        ("R", "Not on track – concern raised with governors"),
                        (None, "Not yet started")]:
        cells = key.add_row().cells
        set_cell(cells[0], "")
        if color:
            shade(cells[0], FILL[color])
        set_cell(cells[1], text)
    doc.add_paragraph()
    doc.add_paragraph("Progress against this plan is reported to the Local Academy Committee each half term "
                      "and to the Trust’s Director of Education.")
    doc.save(os.path.join(HERE, "fj1-kingfisher-hall-primary-academy-post-ofsted-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Surrey and Borders Partnership NHS FT - CQC mental health improvement plan (docx)
# ---------------------------------------------------------------------------
def make_sabp():
    doc = Document()
    p = doc.add_paragraph()
    r = p.add_run("Surrey and Borders Partnership NHS Foundation Trust")
    r.bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_heading("CQC Improvement Plan – Mental Health Core Services", level=0)
    doc.add_paragraph("Following the CQC inspection of acute wards for adults of working age and psychiatric "
                      "intensive care units, and community-based mental health services for adults of working "
                      "age (inspected 9–11 and 23–25 January 2024; reports published 17 April 2024).")

    doc.add_heading("Document control", level=1)
    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for a, b in [("Document owner", "Director of Nursing and Quality"),
                 ("Version", "3.2"),
                 ("Date", "10 February 2025"),
                 ("Approved by", "Quality and Safety Committee, 20 May 2024"),
                 ("Next review", "CQC Assurance Group, March 2025")]:
        cells = dc.add_row().cells
        set_cell(cells[0], a, bold=True)
        set_cell(cells[1], b)

    doc.add_heading("Status key", level=1)
    sk = doc.add_table(rows=1, cols=2)
    sk.style = "Table Grid"
    set_cell(sk.rows[0].cells[0], "Status", bold=True)
    set_cell(sk.rows[0].cells[1], "Meaning", bold=True)
    for word, color, meaning in [
        ("Complete", "B", "Action delivered and evidence accepted by the CQC Assurance Group"),
        ("On track", "G", "Action progressing within timescale"),
        ("At risk", "A", "Action may not meet the due date; mitigations in place"),
        ("Off track", "R", "Due date passed or action stalled"),
    ]:
        cells = sk.add_row().cells
        set_cell(cells[0], word)
        shade(cells[0], FILL[color])
        set_cell(cells[1], meaning)

    statuscolor = {"Complete": "B", "On track": "G", "At risk": "A", "Off track": "R"}
    sections = [
        ("1. Acute wards for adults of working age and psychiatric intensive care units", [
            ("MD1: The trust must ensure that ligature risk assessments are reviewed and updated following any "
             "change to the ward environment. (Regulation 12)", [
                ("1.1", "Complete a full ligature audit of all acute and PICU wards and update each ward’s "
                        "environmental risk assessment.", "Head of Health and Safety", "31/05/2024",
                 "Complete", "Audit completed 24/05/2024; all ward assessments updated and signed off."),
                ("1.2", "Add a prompt to the estates works-order process so that any change to a ward "
                        "triggers a review of the ligature risk assessment.",
                 "Head of Health and Safety / Estates Compliance Manager", "30/09/2024", "Complete",
                 "Prompt added to the works-order system in August 2024."),
            ]),
            ("MD2: The trust must ensure that staff carry out and record physical health observations after "
             "rapid tranquillisation in line with trust policy. (Regulation 12)", [
                ("2.1", "Re-issue the rapid tranquillisation policy with a one-page observation flowchart "
                        "displayed in every clinic room.", "Chief Pharmacist", "31/07/2024", "Complete",
                 "Policy re-issued 1 July 2024; flowcharts displayed on all wards."),
                ("2.2", "Monthly audit of post-rapid tranquillisation observations on each ward, with results "
                        "reported to the Acute Care Governance Group.", "Modern Matrons (Acute)", "Monthly",
                 "On track", "Compliance 93% in January 2025 (target 95%)."),
            ]),
        ]),
        ("2. Community-based mental health services for adults of working age", [
            ("MD3: The trust must ensure that people waiting for treatment are regularly reviewed and that "
             "risks are managed while they wait. (Regulation 12)", [
                ("3.1", "Implement a waiting-list welfare contact protocol: every person waiting more than "
                        "four weeks is contacted at least monthly and their risk is reviewed.",
                 "Associate Director – Community Mental Health", "31/10/2024", "At risk",
                 "Protocol live in 7 of 9 community teams. Staffing gaps in two teams; agency support "
                 "agreed."),
                ("3.2", "Develop a waiting-list dashboard on the electronic patient record showing time "
                        "waited and date of last risk review.", "Head of Performance and Information",
                 "31/03/2025", "On track", "Dashboard in user testing."),
            ]),
            ("SD1: The trust should ensure that care plans are personalised and reflect the views of the "
             "person. (Regulation 9)", [
                ("3.3", "Roll out the co-produced care planning training to all care coordinators, delivered "
                        "with experts by experience.", "Head of Nursing Education; Lived Experience Lead",
                 "Q4 2024/25", "On track", "148 of 210 care coordinators trained."),
            ]),
        ]),
        ("3. Trust-wide: well-led", [
            ("MD4: The trust must ensure that mandatory training compliance for Mental Health Act and Mental "
             "Capacity Act training meets the trust target of 90%. (Regulation 18)", [
                ("4.1", "Set team-level trajectories for MHA and MCA training and review compliance at "
                        "monthly performance reviews.", "Director of Workforce", "30/06/2024", "Off track",
                 "Compliance 81% (January 2025). Additional virtual sessions booked for February and "
                 "March 2025."),
            ]),
        ]),
    ]
    for heading, reqs in sections:
        doc.add_heading(heading, level=1)
        tbl = doc.add_table(rows=1, cols=6)
        tbl.style = "Table Grid"
        for cell, h in zip(tbl.rows[0].cells,
                           ["Ref", "Action", "Lead", "Due date", "Status", "Progress / evidence"]):
            set_cell(cell, h, bold=True)
            shade(cell, "D9E2F3")
        for req, acts in reqs:
            row = tbl.add_row()
            merged = row.cells[0].merge(row.cells[5])
            set_cell(merged, req, bold=True)
            shade(merged, "F2F2F2")
            for ref, action, lead, due, status, prog in acts:
                cells = tbl.add_row().cells
                for cell, v in zip(cells, [ref, action, lead, due, status, prog]):
                    set_cell(cell, v)
                shade(cells[4], FILL[statuscolor[status]])
        doc.add_paragraph()
    doc.add_paragraph("Actions are closed only when evidence has been reviewed by the CQC Assurance Group. "
                      "Completed actions remain on the plan until the next CQC inspection.")
    doc.save(os.path.join(HERE, "fj1-surrey-and-borders-partnership-nhsft-cqc-mental-health-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Whitstable Medical Practice - CQC inspection action plan (csv export)
# ---------------------------------------------------------------------------
def make_whitstable():
    W = 8
    pad = lambda *v: list(v) + [""] * (W - len(v))
    rows = [
        pad("Whitstable Medical Practice - CQC Inspection Action Plan"),
        pad("Inspection date: 14 May 2024. Report published: 2 July 2024. Overall rating: Requires improvement"),
        pad("Action plan owner: Practice Manager. Last reviewed: 11/11/2024"),
        pad(),
        ["Key question", "Ref", "CQC finding / requirement", "Action", "Responsible", "Target date", "RAG",
         "Update"],
        ["Safe", "S1.1",
         "Regulation 12 (Requirement notice): The practice did not have an effective system to ensure patients "
         "on high-risk medicines received the required monitoring.",
         "Run weekly searches for patients prescribed methotrexate, lithium, azathioprine and DOACs and recall "
         "any patient overdue monitoring.", "Dr R Menon (Prescribing Lead)", "Jun-24", "Complete",
         "Searches running weekly since 3 June 2024"],
        ["", "S1.2", "",
         "Add a monitoring alert to the clinical system so that repeat prescriptions cannot be issued where "
         "blood tests are overdue.", "Dr R Menon & Clinical Pharmacist", "30/09/2024", "Complete",
         "Alerts live on EMIS"],
        ["", "S2.1",
         "Regulation 12 (Requirement notice): Safety alerts (MHRA) were not always acted on and there was no "
         "record of patient searches.",
         "Create an MHRA alerts log with named clinician sign-off and monthly searches to check historic "
         "alerts are still being followed.", "Clinical Pharmacist", "31/07/2024", "Complete",
         "Log in place; reviewed at clinical meeting"],
        ["Effective", "E1.1",
         "Should: The practice should continue to improve uptake of cervical screening, which was below the "
         "80% national target.",
         "Offer evening and Saturday screening clinics and send text reminders to non-responders.",
         "Nursing Team Lead", "Mar-25", "On track", "Uptake 76.8% (October 2024)"],
        ["Well-led", "W1.1",
         "Regulation 17 (Requirement notice): Governance systems did not ensure staff training, including "
         "safeguarding and basic life support, was up to date.",
         "Move all staff training records onto the practice training matrix and review compliance at the "
         "monthly partners' meeting.", "Practice Manager", "31/08/2024", "Complete",
         "Matrix in use; 96% compliance"],
        ["", "W1.2", "",
         "Book outstanding safeguarding level 3 training for all GPs and nurses.",
         "Practice Manager; Safeguarding Lead GP", "Dec-24", "On track", "4 staff booked for 5 December"],
        ["", "W2.1",
         "Should: The practice should take action to improve patient satisfaction with telephone access.",
         "Install cloud-based telephony with call-back and queue position, and review results with the "
         "Patient Participation Group.", "Operations Manager & PPG Chair", "Q4 2024/25", "Not started",
         "Awaiting ICB telephony funding decision"],
        pad(),
        pad("RAG: Complete = action completed and evidence held; On track = in progress within target date; "
            "Behind = target date at risk; Not started = not yet begun"),
        pad("Plan reviewed at practice meeting 11/11/2024 and shared with the Patient Participation Group"),
    ]
    with open(os.path.join(HERE, "fj1-whitstable-medical-practice-cqc-inspection-action-plan.csv"),
              "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------------------
# 7. Birmingham City University - apprenticeships PIAP (tab-separated txt export)
# ---------------------------------------------------------------------------
def make_bcu():
    lines = [
        "Birmingham City University: Apprenticeships Post-Inspection Action Plan (PIAP)",
        "Inspection: 23–26 January 2024\tApprenticeships: Requires improvement",
        "Export from: Quality Improvement Tracker\tExported: 28/02/2025",
        "",
        "\t".join(["Theme", "AFI ref", "Area for improvement", "Action ref", "Action", "Owner",
                   "Milestone date", "RAG", "Progress update"]),
    ]
    afi1 = ("Leaders should ensure that apprentices' off-the-job training is planned and recorded accurately, "
            "so that all apprentices receive their entitlement.")
    afi2 = ("Leaders should ensure that employers are involved in planning and reviewing apprentices' "
            "training, so that it links to apprentices' work roles.")
    afi3 = ("Leaders should ensure that apprentices receive impartial careers information, advice and "
            "guidance that helps them plan their next steps.")
    afi4 = ("Governors should receive accurate information about the quality of apprenticeship training, so "
            "that they can hold leaders to account.")
    rows = [
        ("Quality of education", "AFI1", afi1, "1.1",
         "Introduce a single off-the-job training log in the e-portfolio, completed by apprentices and "
         "verified monthly by skills coaches.", "Head of Apprenticeships", "30/09/2024", "B",
         "Log live on Aptem from September 2024 for all cohorts."),
        ("Quality of education", "AFI1", afi1, "1.2",
         "Hold tripartite reviews every 10–12 weeks that include a check of off-the-job hours against the "
         "plan, with actions agreed with the employer.", "Apprenticeship Programme Leads", "31/01/2025", "G",
         "91% of reviews in date; OTJ check included in review template."),
        ("Quality of education", "AFI2", afi2, "2.1",
         "Co-design the sequencing of apprenticeship modules with employer forums for the Nursing Associate "
         "and Digital and Technology Solutions programmes.",
         "Associate Dean (Education); Employer Partnerships Manager", "31/03/2025", "A",
         "Nursing Associate forum held; DTS forum postponed to March."),
        ("Quality of education", "AFI2", afi2, "2.2",
         "Share module plans and progress dashboards with line managers before each tripartite review.",
         "Apprenticeship Programme Leads", "30/11/2024", "B", "Dashboards issued to all employers."),
        ("Personal development", "AFI3", afi3, "3.1",
         "Include a careers conversation with the University Careers+ service at the mid-point review for "
         "every apprentice.", "Head of Careers and Employability", "31/12/2024", "R",
         "Only 38% of mid-point reviews include careers input; capacity issue escalated to PVC."),
        ("Leadership and management", "AFI4", afi4, "4.1",
         "Provide a termly apprenticeship quality report to the Academic Board and the Board of Governors, "
         "including achievement, withdrawals and off-the-job compliance.", "Director of Apprenticeships",
         "Termly", "G", "Autumn report received by Board of Governors 05/12/2024."),
        ("Leadership and management", "AFI4", afi4, "4.2",
         "Appoint a governor link for apprenticeships and include apprenticeships in the annual governor "
         "training programme.", "University Secretary", "July 2024", "B", "Governor link appointed June 2024."),
    ]
    for row in rows:
        lines.append("\t".join(row))
    lines += [
        "",
        "RAG key: B = complete (evidence verified)\tG = on track\tA = some slippage\tR = off track",
        "Total actions: 7 (B 3, G 2, A 1, R 1)",
    ]
    with open(os.path.join(HERE, "fj1-birmingham-city-university-ofsted-apprenticeships-piap.txt"),
              "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_ncic()
    make_east_coast()
    make_opg()
    make_kingfisher()
    make_sabp()
    make_whitstable()
    make_bcu()
    print("done")
