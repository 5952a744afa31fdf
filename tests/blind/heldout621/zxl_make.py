# Builds the seven zxl- data files of set heldout621 and their .expected.yaml readings.
# Run with /work/main/.venv/bin/python (openpyxl, python-docx, pyyaml).
import csv
import os
from datetime import datetime

import yaml
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))


def p(name):
    return os.path.join(HERE, name)


def d(s):
    return datetime.strptime(s, "%d/%m/%Y")


FILL = {
    "blue": PatternFill("solid", fgColor="0070C0"),
    "green": PatternFill("solid", fgColor="00B050"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "red": PatternFill("solid", fgColor="FF0000"),
    "head": PatternFill("solid", fgColor="1F3864"),
    "band": PatternFill("solid", fgColor="D9E1F2"),
    "grey": PatternFill("solid", fgColor="EDEDED"),
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def write_expected(name, doc):
    with open(p(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100000,
                       default_flow_style=False)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


# ---------------------------------------------------------------------------
# 1. Coventry and Warwickshire Partnership NHS Trust - CQC MHA monitoring visits,
#    provider action statement tracker (xlsx: cover, summary, tracker sheet;
#    ward section rows, issue merged down its actions, original/revised dates,
#    previous/current RAG with fills)
# ---------------------------------------------------------------------------
def cwpt():
    name = "zxl-coventry-and-warwickshire-partnership-nhs-trust-cqc-mha-monitoring-provider-action-statement-tracker.xlsx"
    title = ("Coventry and Warwickshire Partnership NHS Trust – CQC Mental Health Act Monitoring: "
             "Provider Action Statement Tracker 2024/25")
    sections = [
        ("Brookvale Ward (female acute admissions) – unannounced MHA monitoring visit 12 September 2024", [
            ("Patients told us their rights under section 132 had not been repeated, and records did not show "
             "rights being re-presented at the intervals set in care plans.", [
                ("BV1.1", "Complete a 100% audit of section 132 rights records for all detained patients and "
                          "re-present rights where these are overdue.",
                 "Ward Manager, Brookvale", ["Ward Manager, Brookvale"], d("31/10/2024"), None, "G", "B",
                 "Audit completed 24/10/2024; rights re-presented to 4 patients. Evidence on MHA drive.",
                 "2024-10", None, "blue"),
                ("BV1.2", "Add a section 132 prompt to the daily safety huddle template and check compliance weekly "
                          "as part of the Modern Matron's assurance visits.",
                 "Modern Matron / Ward Manager", ["Modern Matron", "Ward Manager"], d("30/11/2024"),
                 d("31/01/2025"), "A", "G",
                 "Huddle template updated. Weekly checks in place since January; 3 consecutive weeks at 100%.",
                 "2025-01", None, "green"),
            ]),
            ("Section 17 leave forms did not always record the conditions of leave, and superseded forms had not "
             "been marked as cancelled.", [
                ("BV2.1", "Introduce the revised section 17 leave form (v4) with a mandatory conditions field and "
                          "remove superseded forms from the ward.",
                 "MHA Manager", ["MHA Manager"], d("31/12/2024"), None, "G", "B",
                 "Form v4 live on RiO from 02/12/2024. Old forms removed.", "2024-12", None, "blue"),
            ]),
        ]),
        ("Larches Ward (male psychiatric intensive care unit) – unannounced MHA monitoring visit 7 November 2024", [
            ("The de-escalation room floor was damaged and there was no working clock visible to patients in the "
             "room.", [
                ("LA1.1", "Replace the de-escalation room flooring and fit a tamper-proof clock visible from the room.",
                 "Head of Estates and Facilities", ["Head of Estates and Facilities"], d("28/02/2025"),
                 d("30/04/2025"), "A", "A",
                 "Clock fitted. Flooring contractor booked for April – ward decant needed.", "2025-04", None,
                 "amber"),
            ]),
            ("Certificates of consent to treatment (T2/T3) were not always kept with the medication chart, so nurses "
             "could not check that medicines were authorised.", [
                ("LA2.1", "Pharmacy to check T2/T3 certificates against ePMA prescriptions every month and report "
                          "exceptions to the ward manager.",
                 "Lead Mental Health Pharmacist", ["Lead Mental Health Pharmacist"], "Monthly", None, "G", "G",
                 "December and January checks completed – no exceptions.", None, "Monthly", "green"),
                ("LA2.2", "Deliver refresher training on consent to treatment for all registered nurses on the ward.",
                 "Practice Development Nurse", ["Practice Development Nurse"], d("31/01/2025"), None, "G", "B",
                 "14 of 14 registered nurses trained.", "2025-01", None, "blue"),
            ]),
            ("Patients said the courtyard was often locked, which limited their access to fresh air.", [
                ("LA3.1", "Agree unlocked courtyard hours with patients through the weekly community meeting and "
                          "record any closures and the reasons for them.",
                 "Ward Manager, Larches; Patient Experience Lead", ["Ward Manager, Larches", "Patient Experience Lead"],
                 d("31/01/2025"), d("31/03/2025"), "A", "R",
                 "Staffing levels have prevented the agreed hours being kept. Escalated to Associate Director of "
                 "Nursing.", "2025-03", None, "red"),
            ]),
        ]),
        ("Pinewood Ward (older adults, mixed) – announced MHA monitoring visit 21 January 2025", [
            ("Assessments of capacity to consent were not consistently recorded when medication was first given.", [
                ("PW1.1", "Responsible clinicians to record the capacity assessment on the electronic consent to "
                          "treatment form at first administration.",
                 "Dr A. Okafor (RC)", ["Dr A. Okafor (RC)"], d("30/04/2025"), None, None, "G",
                 "Form amended; RCs briefed at medical staff meeting 12/02/2025.", "2025-04", None, "green"),
                ("PW1.2", "Audit recording of capacity to consent each quarter and report the results to the Mental "
                          "Health Legislation Committee.",
                 "Clinical Director, Older Adults", ["Clinical Director, Older Adults"], "Q1 2025/26", None, None,
                 None, "New action – first audit due June 2025.", "2025-06", "Q1 2025/26", "unrated"),
            ]),
        ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    rows = [("Document owner", "Mental Health Act Manager"),
            ("Reporting to", "Mental Health Legislation Committee (MHLC)"),
            ("Version", "v6"),
            ("Last updated", d("14/03/2025")),
            ("Next review", "April 2025 MHLC")]
    for i, (k, v) in enumerate(rows, start=3):
        ws.cell(i, 1, k).font = Font(bold=True)
        c = ws.cell(i, 2, v)
        if isinstance(v, datetime):
            c.number_format = "dd/mm/yyyy"
    ws["A9"] = "RAG key"
    ws["A9"].font = Font(bold=True)
    key = [("B", "blue", "Complete – evidence reviewed by the MHA Manager and saved to the MHA shared drive"),
           ("G", "green", "On track to meet target date"),
           ("A", "amber", "At risk – target date may be missed or revised date agreed"),
           ("R", "red", "Overdue or not achievable without escalation")]
    for i, (k, col, txt) in enumerate(key, start=10):
        c = ws.cell(i, 1, k)
        c.fill = FILL[col]
        c.alignment = Alignment(horizontal="center")
        ws.cell(i, 2, txt)
    ws["A15"] = ("Note: actions are only closed (B) once evidence has been checked. Previous RAG is the rating "
                 "reported to the MHLC in January 2025.")
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 90

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of PAS actions by ward – 14 March 2025"
    sm["A1"].font = Font(bold=True, size=12)
    hdr = ["Ward", "Visit date", "Actions", "Blue", "Green", "Amber", "Red", "Not rated"]
    for j, h in enumerate(hdr, start=1):
        c = sm.cell(3, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["head"]
    summ = [("Brookvale Ward", d("12/09/2024"), 3, 2, 1, 0, 0, 0),
            ("Larches Ward", d("07/11/2024"), 4, 1, 1, 1, 1, 0),
            ("Pinewood Ward", d("21/01/2025"), 2, 0, 1, 0, 0, 1),
            ("Total", None, 9, 3, 3, 1, 1, 1)]
    for i, r in enumerate(summ, start=4):
        for j, v in enumerate(r, start=1):
            c = sm.cell(i, j, v)
            if isinstance(v, datetime):
                c.number_format = "dd/mm/yyyy"
            if r[0] == "Total":
                c.font = Font(bold=True)
    sm.column_dimensions["A"].width = 20
    sm.column_dimensions["B"].width = 12

    tr = wb.create_sheet("PAS tracker")
    tr["A1"] = "Provider action statement actions – all wards (position at 14 March 2025)"
    tr["A1"].font = Font(bold=True, size=12)
    hdr = ["Ref", "Issue identified by MHA Reviewer", "Action", "Responsible lead", "Original target date",
           "Revised target date", "Previous RAG", "Current RAG", "Progress update / evidence"]
    for j, h in enumerate(hdr, start=1):
        c = tr.cell(3, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["head"]
        c.alignment = WRAP
        c.border = BOX
    widths = [8, 45, 55, 28, 14, 14, 10, 10, 50]
    for j, w in enumerate(widths, start=1):
        tr.column_dimensions[chr(64 + j)].width = w
    colmap = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    r = 4
    actions = []
    for sec, issues in sections:
        tr.cell(r, 1, sec).font = Font(bold=True)
        for j in range(1, 10):
            tr.cell(r, j).fill = FILL["band"]
        tr.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for issue, acts in issues:
            first = r
            for (ref, text, leadcell, leads, orig, rev, prev, cur, upd, end, end_text, status) in acts:
                vals = [ref, issue if r == first else None, text, leadcell, orig, rev, prev, cur, upd]
                for j, v in enumerate(vals, start=1):
                    c = tr.cell(r, j, v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, datetime):
                        c.number_format = "dd/mm/yyyy"
                for j, v in ((7, prev), (8, cur)):
                    if v:
                        tr.cell(r, j).fill = FILL[colmap[v]]
                        tr.cell(r, j).alignment = Alignment(horizontal="center", vertical="top")
                actions.append(act(ref, [sec, issue], text, leads, end, status, end_text))
                r += 1
            if r - 1 > first:
                tr.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    tr.freeze_panes = "A4"
    wb.save(p(name))

    write_expected(name, {
        "source": ("Imitates the provider action statement (PAS) tracker an NHS mental health trust keeps for CQC "
                   "Mental Health Act monitoring visits (e.g. Coventry and Warwickshire Partnership NHS Trust, "
                   "2024/25; CQC sends an action statement after each ward visit and the trust reports progress to "
                   "its Mental Health Legislation Committee). Copied features: a cover sheet with document control "
                   "and a B/G/A/R key, a summary sheet of counts by ward, and a tracker sheet with a merged band row "
                   "per ward visit, the MHA Reviewer's issue merged down over its actions, original and revised "
                   "target dates, previous and current RAG as letters on coloured fills, job titles and a named RC "
                   "as leads, text cells ('Monthly', 'Q1 2025/26') in the date column."),
        "reads": ("Three sheets: a cover with the title and RAG key, a summary of counts by ward, and the PAS "
                  "tracker, where each ward visit is a band row and each issue the reviewer found sits beside the "
                  "numbered actions that answer it. Nine actions; the status is the Current RAG and the end is the "
                  "revised target date where one is given."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# 2. Oasis Community Learning - internal scrutiny recommendations tracker (xlsx:
#    review band rows, recommendation column beside agreed action, merged rec over
#    two actions, status by fill colour only with a key sheet where green =
#    implemented, totals block)
# ---------------------------------------------------------------------------
def oasis():
    name = "zxl-oasis-community-learning-internal-scrutiny-recommendations-tracker.xlsx"
    title = "Oasis Community Learning – Internal Scrutiny Recommendations Tracker 2024/25"
    R1 = "Review 1: Procurement and contract management (RSM, September 2024) – Reasonable assurance"
    R2 = "Review 2: Payroll – starters and leavers (Internal Scrutiny Team, November 2024) – Partial assurance"
    R3 = "Review 3: Cyber security and IT resilience (RSM, January 2025) – Partial assurance"
    R4 = ("Review 4: Health and safety – fire risk assessment actions (Internal Scrutiny Team, February 2025) – "
          "Limited assurance")
    rec11 = ("Contracts above the £60,000 threshold should be tendered in line with the Scheme of Delegation, and any "
             "waiver should be approved before the Trust is committed.")
    rec12 = "The central contracts register should be complete and reviewed each term."
    rec2 = ("Leavers must be notified to payroll before the final pay date so that overpayments are avoided, and "
            "overpayments already made should be recovered.")
    rec23 = "Right to work checks should be evidenced on the single central record before an employee starts work."
    rec31 = ("Multi-factor authentication should be enforced for all staff accounts with access to finance and pupil "
             "information systems.")
    rec32 = ("Offline backups should be restore-tested at least annually and the results reported to the Audit and "
             "Risk Committee.")
    rec41 = ("High-priority actions from fire risk assessments should be completed within the timescales set by the "
             "assessor.")
    # (ref, priority, rec, action, owner cell, leads, orig, rev, fill, update, end, end_text, status)
    reviews = [
        (R1, [
            ("1.1", "Medium", rec11,
             "Amend the procurement waiver form so that CFO approval is required before an order can be raised, and "
             "re-issue guidance to academy business managers.",
             "Chief Financial Officer", ["Chief Financial Officer"], d("31/12/2024"), None, "green",
             "Revised waiver form live from 2 December 2024; guidance re-issued at the Business Managers' network.",
             "2024-12", None, "blue"),
            ("1.2", "Low", rec12,
             "Populate the central contracts register from the finance system and agree a termly review with "
             "Regional Business Leads.",
             "Head of Procurement / Regional Business Leads", ["Head of Procurement", "Regional Business Leads"],
             d("31/01/2025"), d("30/04/2025"), "amber",
             "Register 70% populated; remaining academies to be added by April.", "2025-04", None, "amber"),
        ]),
        (R2, [
            ("2.1", "High", rec2,
             "Introduce a leavers' checklist in the HR system that notifies payroll automatically when a resignation "
             "is recorded.",
             "Director of People", ["Director of People"], d("28/02/2025"), None, "red",
             "HR system change delayed by the supplier; escalated to the Chief Operating Officer.", "2025-02", None,
             "red"),
            ("2.2", "High", rec2,
             "Recover the identified overpayments (£14,380 across six staff) and report the recovery position to "
             "ARC.",
             "Payroll Manager & Chief Financial Officer", ["Payroll Manager", "Chief Financial Officer"],
             d("31/03/2025"), None, "amber",
             "£9,870 recovered; repayment plans agreed with the remaining two staff.", "2025-03", None, "amber"),
            ("2.3", "Medium", rec23,
             "Academy Principals to confirm each term that right to work entries on the single central record have "
             "been checked against original documents.",
             "Academy Principals", ["Academy Principals"], "Termly", None, "amber",
             "Autumn term confirmations received from 41 of 52 academies.", None, "Termly", "amber"),
        ]),
        (R3, [
            ("3.1", "High", rec31,
             "Enforce MFA through a conditional access policy for all staff Microsoft 365 accounts, including access "
             "to Arbor and the finance system.",
             "Director of IT", ["Director of IT"], d("31/03/2025"), None, "green",
             "Enforced 17 February 2025; 98% of accounts enrolled.", "2025-03", None, "blue"),
            ("3.2", "Medium", rec32,
             "Carry out a full restore test of offline backups for two pilot academies and report the outcome to "
             "ARC.",
             "Director of IT", ["Director of IT"], "Summer term 2025", None, None,
             "Not yet due.", "2025-07", "Summer term 2025", "unrated"),
        ]),
        (R4, [
            ("4.1", "High", rec41,
             "Compile a Trust-wide log of open high-priority fire risk assessment actions and agree completion dates "
             "with each academy.",
             "Head of Health and Safety", ["Head of Health and Safety"], d("31/03/2025"), None, "amber",
             "Log compiled; completion dates agreed with 38 academies so far.", "2025-03", None, "amber"),
        ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit and Risk Committee, 13 March 2025 – position at 28 February 2025"
    ws["A3"] = "Status is shown by the colour of the Status cell – see the Key sheet."
    ws["A3"].font = Font(italic=True)
    hdr = ["Rec No.", "Priority", "Recommendation", "Agreed management action", "Action owner",
           "Original deadline", "Revised deadline", "Status", "Update – February 2025"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["head"]
        c.alignment = WRAP
        c.border = BOX
    for j, w in enumerate([8, 10, 45, 50, 28, 13, 13, 9, 45], start=1):
        ws.column_dimensions[chr(64 + j)].width = w
    r = 6
    actions = []
    for rev_head, acts in reviews:
        ws.cell(r, 1, rev_head).font = Font(bold=True)
        for j in range(1, 10):
            ws.cell(r, j).fill = FILL["band"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        prev_rec = None
        start = None
        for (ref, prio, rec, text, owner, leads, orig, rev, fill, upd, end, end_text, status) in acts:
            same = rec == prev_rec
            vals = [ref, None if same else prio, None if same else rec, text, owner, orig, rev, None, upd]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(r, j, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, datetime):
                    c.number_format = "dd/mm/yyyy"
            if fill:
                ws.cell(r, 8).fill = FILL[fill]
            if same:
                ws.merge_cells(start_row=start, start_column=2, end_row=r, end_column=2)
                ws.merge_cells(start_row=start, start_column=3, end_row=r, end_column=3)
            else:
                start = r
            prev_rec = rec
            actions.append(act(ref, [rev_head, rec], text, leads, end, status, end_text))
            r += 1
    r += 1
    ws.cell(r, 1, "Summary").font = Font(bold=True)
    for i, (k, n) in enumerate([("Implemented", 2), ("In progress", 4), ("Overdue", 1), ("Not yet due", 1),
                                ("Total actions", 8)], start=r + 1):
        ws.cell(i, 1, k)
        ws.cell(i, 2, n)
        if k == "Total actions":
            ws.cell(i, 1).font = Font(bold=True)
            ws.cell(i, 2).font = Font(bold=True)
    ws.freeze_panes = "A6"

    ky = wb.create_sheet("Key")
    ky["A1"] = "Key"
    ky["A1"].font = Font(bold=True, size=12)
    ky["A3"] = "Status (cell colour)"
    ky["A3"].font = Font(bold=True)
    for i, (fill, txt) in enumerate([("green", "Implemented – evidence provided to internal scrutiny"),
                                     ("amber", "In progress"),
                                     ("red", "Overdue – deadline passed and not implemented"),
                                     (None, "No colour – not yet due")], start=4):
        if fill:
            ky.cell(i, 1).fill = FILL[fill]
        ky.cell(i, 2, txt)
    ky["A9"] = "Priority"
    ky["A9"].font = Font(bold=True)
    for i, (k, txt) in enumerate([("High", "Fundamental weakness in control – action within 3 months"),
                                  ("Medium", "Significant weakness – action within 6 months"),
                                  ("Low", "Minor weakness or best practice")], start=10):
        ky.cell(i, 1, k)
        ky.cell(i, 2, txt)
    ky.column_dimensions["A"].width = 22
    ky.column_dimensions["B"].width = 60
    wb.save(p(name))

    write_expected(name, {
        "source": ("Imitates the internal scrutiny recommendations tracker a large multi-academy trust brings to its "
                   "Audit and Risk Committee under Part 3 of the Academy Trust Handbook (e.g. Oasis Community "
                   "Learning, 2024/25). Copied features: title block with committee date and position date, a "
                   "merged band row per review naming the provider, month and assurance opinion, Rec No./Priority/"
                   "Recommendation/Agreed management action columns, one recommendation merged over two actions, "
                   "original and revised deadlines, a Status column coloured only (no text) with a Key sheet where "
                   "green means implemented and no colour means not yet due, and a summary block under the table."),
        "reads": ("One tracker sheet listing four internal scrutiny reviews, each with its recommendations and the "
                  "agreed management actions, plus a key sheet. Eight actions; status comes from the fill of the "
                  "Status cell read through the key (green = implemented, so complete), and the end is the revised "
                  "deadline where one is given."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# 3. Northamptonshire OPFCC Joint Independent Audit Committee action log
#    (xlsx, refuse: 'Febuary 2025' in a target date cell)
# ---------------------------------------------------------------------------
def jiac():
    name = "zxl-northamptonshire-opfcc-joint-independent-audit-committee-action-log-typo-month-refuse.xlsx"
    title = "Joint Independent Audit Committee – Action Log"
    wb = Workbook()
    ws = wb.active
    ws.title = "Action log"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Police, Fire and Crime Commissioner for Northamptonshire | Chief Constable of Northamptonshire "
                "Police | Northamptonshire Commissioner Fire and Rescue Authority")
    ws["A3"] = "Updated following the meeting of 11 December 2024"
    ws["A3"].font = Font(italic=True)
    hdr = ["No.", "Meeting", "Agenda item", "Action", "Owner", "Target date", "Status", "Update / comment"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["head"]
        c.border = BOX
    rows = [
        ("JIAC 24/09", d("13/03/2024"), "Internal audit progress – IT asset management",
         "Confirm to the committee that the hardware asset register has been reconciled to the disposal log.",
         "Force Head of Digital / Force CFO", "June 2024", "Complete",
         "Reconciliation completed May 2024 – no exceptions."),
        ("JIAC 24/15", d("12/06/2024"), "Risk registers",
         "Bring the Fire corporate risk register to the next meeting with the revised scoring matrix applied.",
         "Director of Corporate Services (NFRS)", "September 2024", "Complete", "Presented 25/09/2024."),
        ("JIAC 24/18", d("12/06/2024"), "External audit – value for money",
         "Circulate the auditor's annual report for 2023/24 to members once signed.",
         "PFCC CFO", "December 2024", "Open", "Awaiting sign-off under the backstop arrangements."),
        ("JIAC 24/22", d("25/09/2024"), "Treasury management",
         "Provide a briefing note on investment counterparty limits and the reason for the increase agreed for "
         "2024/25.", "PFCC CFO", "December 2024", "Complete", "Briefing note circulated 20/11/2024."),
        ("JIAC 24/24", d("25/09/2024"), "HMICFRS update",
         "Include progress against PEEL areas for improvement in the quarterly JIAC assurance report.",
         "Head of Force Performance", "March 2025", "Open", "First update to March meeting."),
        ("JIAC 24/27", d("11/12/2024"), "Internal audit – payroll (Fire)",
         "Report back on the two overdue high-priority recommendations from the 2023/24 payroll audit.",
         "NFRS Head of Finance", "Febuary 2025", "Open", ""),
        ("JIAC 24/28", d("11/12/2024"), "Statement of accounts",
         "Circulate the timetable for the 2023/24 Police Group accounts and the key risks to meeting the backstop "
         "date.", "Force CFO; PFCC CFO", "January 2025", "Complete", "Circulated 16/01/2025."),
        ("JIAC 24/29", d("11/12/2024"), "Committee effectiveness",
         "Arrange a members' training session on the Global Internal Audit Standards.",
         "Chief Executive, OPFCC", "March 2025", "Open", "Provisionally booked with internal audit."),
    ]
    r = 6
    refuse_row = None
    for row in rows:
        for j, v in enumerate(row, start=1):
            c = ws.cell(r, j, v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, datetime):
                c.number_format = "dd/mm/yyyy"
        if row[5] == "Febuary 2025":
            refuse_row = r
        r += 1
    ws.cell(r + 1, 1, "Closed actions are removed from the log once they have been reported to one meeting.")
    ws.cell(r + 1, 1).font = Font(italic=True)
    for j, w in enumerate([12, 12, 32, 60, 30, 15, 10, 40], start=1):
        ws.column_dimensions[chr(64 + j)].width = w
    wb.save(p(name))

    write_expected(name, {
        "source": ("Imitates the action log of a policing Joint Independent Audit Committee serving a police, fire "
                   "and crime commissioner, the chief constable and the fire authority (e.g. Northamptonshire OPFCC "
                   "JIAC, 2024/25). Copied features: title with the three corporations sole, an 'updated following "
                   "the meeting of' line, action numbers like 'JIAC 24/27', meeting date and agenda item columns, "
                   "finance officers and heads of service as owners (some two in one cell), target dates as month "
                   "words, Open/Complete status and a closing note line."),
        "reads": ("A single action log of eight committee actions. The target date of action JIAC 24/27 (sheet row "
                  "11) reads 'Febuary 2025', a mistyped month, so a careful reader stops and asks before taking its "
                  "due month."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_row,
        "title": title,
    })
    return refuse_row


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


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    lines = text.split("\n")
    para = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            para = cell.add_paragraph()
        run = para.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


RAGHEX = {"Complete": "8EA9DB", "Blue": "8EA9DB", "Green": "92D050", "Amber": "FFC000", "Red": "FF5050"}


# ---------------------------------------------------------------------------
# 4. Heathfield Medical Centre - CQC inspection action plan (docx: title, document
#    control table, one table per section: requirement notice and should-dos,
#    finding merged over two actions, RAG words with shading, key table, sign-off)
# ---------------------------------------------------------------------------
def heathfield():
    name = "zxl-heathfield-medical-centre-cqc-inspection-action-plan.docx"
    title = "Heathfield Medical Centre – CQC Inspection Action Plan"
    S1 = "Section 1 – Requirement notice: Regulation 17 HSCA (RA) Regulations 2014 Good governance"
    S2 = "Section 2 – Areas where the provider should make improvements"
    F1 = ("The provider had not ensured that patients prescribed high-risk medicines, including methotrexate, lithium "
          "and DOACs, had received the required monitoring before repeat prescriptions were issued.")
    F2 = ("Medicines and safety alerts (MHRA/CAS) were not consistently acted on and the practice could not show the "
          "searches it had carried out in response to alerts.")
    F3 = ("Staff training records were incomplete; not all clinical staff had completed level 3 safeguarding or "
          "infection prevention and control training.")
    t1 = [
        ("1.1", F1, "Clinical pharmacist to run weekly searches for patients on high-risk medicines and place a block "
                    "on repeat prescribing until monitoring is up to date.",
         "Dr Rachel Okoye / Sana Bhatti (Clinical Pharmacist)", ["Dr Rachel Okoye", "Sana Bhatti (Clinical Pharmacist)"],
         "31/08/2024", "Complete", "2024-08", "blue"),
        ("1.2", F1, "Complete a two-cycle audit of DOAC monitoring and present the findings at the clinical governance "
                    "meeting.",
         "Dr Rachel Okoye", ["Dr Rachel Okoye"], "30/11/2024", "Green", "2024-11", "green"),
        ("1.3", F2, "Set up a safety alerts log recording date received, searches run, patients affected and action "
                    "taken; Practice Manager to review the log monthly.",
         "Practice Manager", ["Practice Manager"], "30/09/2024", "Complete", "2024-09", "blue"),
        ("1.4", F3, "Move all mandatory training onto the Blue Stream Academy platform and set completion deadlines "
                    "for each staff group.",
         "Deputy Practice Manager", ["Deputy Practice Manager"], "31/10/2024\nRevised: 28/02/2025", "Amber",
         "2025-02", "amber"),
    ]
    t2 = [
        ("2.1", "Continue to take action to improve uptake of cervical screening.",
         "Offer a monthly Saturday morning cervical screening clinic and send text reminders to eligible patients who "
         "have not attended.",
         "Nurse Manager & Reception Lead", ["Nurse Manager", "Reception Lead"], "March 2025", "Green", "2025-03",
         "green"),
        ("2.2", "Take action to improve patient satisfaction with access to the practice by telephone.",
         "Install a cloud-based telephony system with call-back and queue position messages, and review call data at "
         "the monthly partners' meeting.",
         "Practice Manager", ["Practice Manager"], "31/12/2024", "Green", "2024-12", "green"),
        ("2.3", "Take steps to re-establish the patient participation group.",
         "Relaunch the patient participation group with a virtual option and hold the first meeting.",
         "Reception Lead", ["Reception Lead"], "Q3 2024/25", "Complete", "2024-12", "blue"),
    ]
    doc = Document()
    landscape(doc)
    doc.add_heading(title, level=0)
    doc.add_paragraph("CQC inspection: 4 June 2024 (report published 19 August 2024) – overall rating: Requires "
                      "improvement")
    doc.add_paragraph("Provider: Heathfield Medical Partnership | Registered Manager: Claire Dunmore, Practice Manager")
    doc.add_heading("Document control", level=2)
    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in [("Version", "3.0"), ("Date", "10/01/2025"), ("Prepared by", "Claire Dunmore, Practice Manager"),
                 ("Approved by", "Partners' meeting 08/01/2025"), ("Next review", "March 2025")]:
        cells = dc.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)
    doc.add_paragraph("")
    doc.add_paragraph("This action plan sets out how the practice will address the breach of regulation identified in "
                      "the requirement notice and the areas where CQC said we should make improvements. Progress is "
                      "reviewed at the monthly partners' meeting and shared with the ICB primary care team.")
    actions = []

    def table(heading, colname, rows):
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["No.", colname, "Action to be taken" if colname == "CQC finding" else
                                          "Action", "Lead", "Target date", "RAG"]):
            set_cell(c, h, bold=True)
            shade(c, "D9E2F3")
        prev = None
        start = None
        for (ref, under2, text, leadcell, leads, date, rag, end, status) in rows:
            row = t.add_row()
            cells = row.cells
            set_cell(cells[0], ref)
            if under2 == prev:
                merged = t.cell(start, 1).merge(cells[1])
                # keep the merged cell's text once
                set_cell(merged, under2)
            else:
                set_cell(cells[1], under2)
                start = len(t.rows) - 1
            set_cell(cells[2], text)
            set_cell(cells[3], leadcell)
            set_cell(cells[4], date)
            set_cell(cells[5], rag, bold=True)
            shade(cells[5], RAGHEX[rag])
            prev = under2
            actions.append(act(ref, [heading, under2], text, leads, end, status))
        widths = [Cm(1.2), Cm(7.5), Cm(8.5), Cm(4.0), Cm(2.8), Cm(2.0)]
        for row in t.rows:
            for c, w in zip(row.cells, widths):
                c.width = w
        doc.add_paragraph("")

    table(S1, "CQC finding", t1)
    table(S2, "Should do", t2)
    doc.add_heading("RAG key", level=3)
    kt = doc.add_table(rows=1, cols=4)
    kt.style = "Table Grid"
    for c, (txt, col) in zip(kt.rows[0].cells, [("Complete", "8EA9DB"), ("Green – on track", "92D050"),
                                                ("Amber – behind schedule, revised date agreed", "FFC000"),
                                                ("Red – not on track, escalated to partners", "FF5050")]):
        set_cell(c, txt)
        shade(c, col)
    doc.add_paragraph("")
    doc.add_paragraph("Signed on behalf of the partners: Dr Rachel Okoye, Senior Partner – 10 January 2025")
    doc.save(p(name))

    write_expected(name, {
        "source": ("Imitates the action plan a GP practice sends CQC after an inspection rated Requires improvement "
                   "with a requirement notice (e.g. Heathfield Medical Centre, 2024; GP practices publish these for "
                   "their ICB and patient participation group). Copied features: title and inspection line, a "
                   "document control table, a table for the Regulation 17 requirement notice with the CQC finding "
                   "merged over two actions, a separate table for the should-do areas, named GPs and job titles as "
                   "leads, a target date cell holding the original and a revised date on two lines, RAG words with "
                   "shading, a RAG key table where the first box is 'Complete', and a sign-off line."),
        "reads": ("A Word plan with two action tables: the requirement notice under Regulation 17 (four actions "
                  "answering three CQC findings) and the three should-do areas (one action each). The document "
                  "control and RAG key tables are not actions; 'Complete' is read as complete and action 1.4 is due "
                  "at its revised date."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# 5. Hartlepool Sixth Form College - Ofsted post-inspection action plan (docx:
#    numbered theme headings, 'Area for improvement n.n' heading then AFI text in
#    bold, one table per AFI, school-term timescales, Blue/Green/Amber RAG)
# ---------------------------------------------------------------------------
def hartlepool():
    name = "zxl-hartlepool-sixth-form-college-ofsted-post-inspection-action-plan.docx"
    title = "Hartlepool Sixth Form College: Post-Inspection Action Plan 2024–25"
    plan = [
        ("1. Quality of education", [
            ("Area for improvement 1.1",
             "Leaders should ensure that teachers of A-level sciences check students' understanding carefully before "
             "moving on to new topics.", [
                ("1.1.1", "Deliver a CPD programme on responsive teaching and hinge questions for all science teachers, "
                          "led by the Advanced Practitioner for Teaching and Learning.",
                 "Assistant Principal (Quality)", ["Assistant Principal (Quality)"], "Autumn term 2024",
                 "Hinge questions used in all observed science lessons", "Blue",
                 "Complete – all 11 science staff attended four sessions.", "2024-12", "Autumn term 2024", "blue"),
                ("1.1.2", "Include checks on assessment for learning in learning walks and report the findings to the "
                          "Quality Improvement Group each half-term.",
                 "Head of Science / Quality Manager", ["Head of Science", "Quality Manager"], "Half-termly",
                 "Learning walk records show checks in 90% of lessons", "Green",
                 "Two cycles reported (November, January).", None, "Half-termly", "green"),
            ]),
            ("Area for improvement 1.2",
             "Leaders should make sure that students on vocational courses receive feedback that helps them to "
             "improve the quality of their written work.", [
                ("1.2.1", "Adopt a common feedback policy for BTEC and T Level assignments, including written targets "
                          "linked to the grading criteria.",
                 "Curriculum Leader – Vocational", ["Curriculum Leader – Vocational"], "31 October 2024",
                 "Policy in use in all vocational teams", "Blue", "Policy approved by SLT 15 October 2024.",
                 "2024-10", None, "blue"),
                ("1.2.2", "Sample 10% of marked assignments each term through internal verification and moderate the "
                          "quality of feedback.",
                 "Internal Quality Assurance Lead", ["Internal Quality Assurance Lead"], "Spring term 2025",
                 "IV sampling shows feedback meets the policy in 85% of work", "Amber",
                 "Sampling delayed by staff absence; to be completed before the Easter break.", "2025-04",
                 "Spring term 2025", "amber"),
            ]),
        ]),
        ("2. Personal development", [
            ("Area for improvement 2.1",
             "Leaders should ensure that all students, including those on one-year programmes, receive impartial "
             "careers guidance and have meaningful encounters with employers.", [
                ("2.1.1", "Timetable a one-to-one careers interview with a Level 6 qualified careers adviser for every "
                          "student on a one-year programme before the end of their first term.",
                 "Careers Leader", ["Careers Leader"], "December 2024",
                 "100% of one-year programme students interviewed", "Blue",
                 "All 164 students interviewed by 13 December 2024.", "2024-12", None, "blue"),
                ("2.1.2", "Extend the employer encounters programme to all study programmes and record attendance in "
                          "ProMonitor.",
                 "Careers Leader and Employer Engagement Officer", ["Careers Leader", "Employer Engagement Officer"],
                 "Summer term 2025", "Every student has at least two employer encounters", "Green",
                 "Employer week planned for June.", "2025-07", "Summer term 2025", "green"),
            ]),
        ]),
        ("3. Leadership and management", [
            ("Area for improvement 3.1",
             "Governors should receive more detailed information about the progress of students with high needs so "
             "that they can challenge leaders effectively.", [
                ("3.1.1", "Add a high-needs progress dashboard to the termly report to the Quality and Standards "
                          "Committee.",
                 "Head of Inclusion (SENCo)", ["Head of Inclusion (SENCo)"], "January 2025",
                 "Dashboard received and discussed by governors", "Blue",
                 "Dashboard presented at the 28 January meeting.", "2025-01", None, "blue"),
                ("3.1.2", "Appoint a link governor for SEND who meets the Head of Inclusion each term.",
                 "Clerk to the Corporation", ["Clerk to the Corporation"], "Termly",
                 "Termly link governor visit notes", "Amber",
                 "Link governor post vacant; recruitment under way.", None, "Termly", "amber"),
            ]),
        ]),
    ]
    doc = Document()
    landscape(doc)
    doc.add_heading(title, level=0)
    doc.add_paragraph("Ofsted inspection 14–17 May 2024 | Overall effectiveness: Good | Report published 20 June 2024")
    doc.add_paragraph("Owner: Vice Principal (Curriculum and Quality) | Monitored by: Senior Leadership Team "
                      "(fortnightly) and Quality and Standards Committee (termly)")
    doc.add_paragraph("RAG rating: Blue – completed; Green – on track; Amber – at risk; Red – off track")
    doc.add_paragraph("The areas for improvement below are taken from the section of the report headed 'What does "
                      "the provider need to do to improve?'. Progress updates are as at February 2025.")
    actions = []
    for theme, afis in plan:
        doc.add_heading(theme, level=1)
        for afi_head, afi_text, rows in afis:
            doc.add_heading(afi_head, level=3)
            para = doc.add_paragraph()
            para.add_run(afi_text).bold = True
            t = doc.add_table(rows=1, cols=7)
            t.style = "Table Grid"
            for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Responsibility", "Timescale", "Success measure", "RAG",
                                              "Progress update (February 2025)"]):
                set_cell(c, h, bold=True)
                shade(c, "FCE4D6")
            for (ref, text, leadcell, leads, timescale, success, rag, upd, end, end_text, status) in rows:
                cells = t.add_row().cells
                for c, v in zip(cells, [ref, text, leadcell, timescale, success, rag, upd]):
                    set_cell(c, v)
                shade(cells[5], RAGHEX[rag])
                actions.append(act(ref, [theme, afi_text], text, leads, end, status, end_text))
            doc.add_paragraph("")
    doc.save(p(name))

    write_expected(name, {
        "source": ("Imitates the post-inspection action plan a sixth form college writes after an Ofsted further "
                   "education and skills inspection (e.g. Hartlepool Sixth Form College, 2024–25), built from the "
                   "report's 'What does the provider need to do to improve?' points. Copied features: a title line, "
                   "inspection and owner lines, a RAG rating line with Blue for completed, numbered Education "
                   "Inspection Framework theme headings, an 'Area for improvement n.n' heading followed by the AFI "
                   "in bold, one table per AFI with Ref/Action/Responsibility/Timescale/Success measure/RAG/Progress "
                   "columns, school-term and 'Half-termly'/'Termly' timescales, job titles as leads."),
        "reads": ("Three numbered themes, each with one or two areas for improvement quoted from the Ofsted report "
                  "and a small table of numbered actions under each. Eight actions; an 'Area for improvement' "
                  "heading only names the part, so the AFI text under it is the second heading; terms end in their "
                  "last month (Spring term 2025 in April, when its Easter break starts)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# 6. Hastoe Housing Association - RSH consumer standards improvement plan (csv
#    export: title lines, standard rows, finding rows over numbered actions,
#    original/revised dates, B/G/A/R letters, summary block and key line)
# ---------------------------------------------------------------------------
def hastoe():
    name = "zxl-hastoe-housing-association-rsh-consumer-standards-improvement-plan.csv"
    title = "Hastoe Housing Association – Consumer Standards Improvement Plan"
    plan = [
        ("Safety and Quality Standard", [
            ("SQ1", "The landlord could not show that electrical installation condition reports (EICRs) were in date "
                    "for all homes: 312 homes (6%) were overdue at the time of the judgement.", [
                ("SQ1.1", "Complete all overdue EICRs through the electrical contractor, with a weekly escalation "
                          "process for no-access cases.",
                 "Head of Building Safety", ["Head of Building Safety"], "31/05/2025", "", "G",
                 "278 of 312 complete; 34 no-access cases referred to the legal team.", "2025-05", None, "green"),
                ("SQ1.2", "Load all EICR certificates and remedial works into the compliance system and report "
                          "compliance monthly to the Board.",
                 "Head of Building Safety / Head of Data and Systems",
                 ["Head of Building Safety", "Head of Data and Systems"], "30/04/2025", "30/06/2025", "A",
                 "Data migration delayed by the system supplier.", "2025-06", None, "amber"),
            ]),
            ("SQ2", "Stock condition information was more than five years old for around a third of homes.", [
                ("SQ2.1", "Commission a stock condition survey programme covering 100% of homes, starting with the "
                          "homes that have the oldest data.",
                 "Director of Property", ["Director of Property"], "31/03/2026", "", "G",
                 "1,420 surveys completed to date.", "2026-03", None, "green"),
            ]),
        ]),
        ("Transparency, Influence and Accountability Standard", [
            ("TIA1", "The board had not used Tenant Satisfaction Measures to identify and address underperformance, "
                     "and tenants had limited opportunity to scrutinise performance.", [
                ("TIA1.1", "Set up a Tenant Scrutiny Panel with terms of reference agreed by the Board.",
                 "Head of Customer Experience", ["Head of Customer Experience"], "31/03/2025", "", "B",
                 "Panel met for the first time on 12 March 2025.", "2025-03", None, "blue"),
                ("TIA1.2", "Publish quarterly TSM results to tenants with \"You said, we did\" updates.",
                 "Head of Customer Experience; Communications Manager",
                 ["Head of Customer Experience", "Communications Manager"], "Quarterly", "", "G",
                 "Q4 2024/25 results published April 2025.", None, "Quarterly", "green"),
            ]),
            ("TIA2", "Complaints were not consistently answered within Complaint Handling Code timescales (71% of "
                     "stage 1 complaints answered within 10 working days).", [
                ("TIA2.1", "Recruit two additional Complaints Officers and introduce daily monitoring of open cases.",
                 "Director of Customer Services", ["Director of Customer Services"], "30/06/2025", "", "A",
                 "One officer in post; second post re-advertised.", "2025-06", None, "amber"),
            ]),
        ]),
        ("Tenancy Standard", [
            ("T1", "The landlord could not evidence how homes on rural section 106 schemes with local connection "
                   "criteria were allocated fairly.", [
                ("T1.1", "Review and republish the Allocations and Lettings Policy, including the local connection "
                         "criteria for rural schemes.",
                 "Head of Housing Services", ["Head of Housing Services"], "Sept 2025", "", "",
                 "Not started – to follow consultation with parish councils.", "2025-09", None, "unrated"),
            ]),
        ]),
    ]
    W = 7
    rows = [[title], ["Response to the Regulator of Social Housing regulatory judgement (C2) published 19 February 2025"],
            ["Board update – position at 30 April 2025"], [],
            ["Ref", "Finding / action", "Lead", "Target date", "Revised date", "RAG", "Progress update"]]
    actions = []
    for std, findings in plan:
        rows.append([std])
        for fref, ftext, acts in findings:
            rows.append([fref, ftext])
            for (ref, text, leadcell, leads, tgt, rev, rag, upd, end, end_text, status) in acts:
                rows.append([ref, text, leadcell, tgt, rev, rag, upd])
                actions.append(act(ref, [std, ftext], text, leads, end, status, end_text))
    rows += [[], ["Summary of actions by RAG"], ["B – complete", "1"], ["G – on track", "3"],
             ["A – at risk of delay", "2"], ["R – off track", "0"], ["Not started", "1"], ["Total", "7"], [],
             ["RAG key: B = complete; G = on track; A = at risk of delay; R = off track"]]
    with open(p(name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for r in rows:
            w.writerow(r + [""] * (W - len(r)))

    write_expected(name, {
        "source": ("Imitates the consumer standards improvement plan a housing association reports to its board "
                   "after a Regulator of Social Housing regulatory judgement graded C2 (e.g. Hastoe Housing "
                   "Association, 2025), exported from Excel to CSV. Copied features: three title lines, a row per "
                   "consumer standard (one with commas in its name, so quoted), the regulator's finding as a "
                   "referenced row (SQ1, TIA1 ...) over numbered actions, original and revised target dates, "
                   "B/G/A/R letters, two leads in one cell, a 'Quarterly' target, a summary-by-RAG block and a key "
                   "line at the foot, trailing empty fields from the export."),
        "reads": ("A board update listing the regulator's findings under three consumer standards, with seven "
                  "numbered actions answering them. Each action sits under its standard and the finding row above "
                  "it; the end is the revised date where one is given; the summary block and key are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# 7. Ofsted Board action log (tab-separated text export: title lines, meeting and
#    item columns, due and revised due, status words with a key line at the foot)
# ---------------------------------------------------------------------------
def ofsted():
    name = "zxl-ofsted-board-action-log.txt"
    title = "Ofsted Board – Action Log"
    rows = [
        ("B/24/21", "18/09/2024", "4.2 Report cards",
         "Bring the final report card consultation proposals to the Board before publication.",
         "National Director, Education", ["National Director, Education"], "Nov 2024", "", "Complete",
         "Considered at the 20 November meeting.", "2024-11", None, "blue"),
        ("B/24/22", "18/09/2024", "4.3 Big Listen",
         "Share the evaluation plan for changes made in response to the Big Listen, including measures of inspector "
         "and provider wellbeing.",
         "Director of Strategy / Head of Research", ["Director of Strategy", "Head of Research"], "Jan 2025", "",
         "On track", "Draft evaluation framework to be tabled at the January meeting.", "2025-01", None, "green"),
        ("B/24/25", "18/09/2024", "6.1 Corporate risk register",
         "Review the corporate risk on inspector recruitment and retention and bring a revised mitigation plan to "
         "ARC.",
         "Chief Operating Officer", ["Chief Operating Officer"], "Dec 2024", "Feb 2025", "At risk",
         "Deferred to February ARC pending workforce modelling.", "2025-02", None, "amber"),
        ("B/24/29", "20/11/2024", "3.1 Complaints",
         "Provide a breakdown of complaints about inspection by remit and outcome for 2023-24, with a comparison to "
         "2022-23.",
         "Head of Complaints and Investigations", ["Head of Complaints and Investigations"], "Jan 2025", "",
         "Complete", "Circulated to members 9 January 2025.", "2025-01", None, "blue"),
        ("B/24/30", "20/11/2024", "3.4 Social care",
         "Arrange a Board deep dive on social care inspection capacity, including the backlog of children's homes "
         "registrations.",
         "National Director, Regulation and Social Care", ["National Director, Regulation and Social Care"],
         "Mar 2025", "", "On track", "Scheduled for the March meeting.", "2025-03", None, "green"),
        ("B/24/31", "20/11/2024", "5.2 Budget 2025-26",
         "Circulate the 2025-26 budget and workforce plan to Board members ahead of the March meeting.",
         "Chief Operating Officer / Director of Finance", ["Chief Operating Officer", "Director of Finance"],
         "28/02/2025", "", "Not started", "", "2025-02", None, "unrated"),
        ("B/24/33", "20/11/2024", "7 Governance",
         "Update the Board's register of interests and re-circulate the Code of Conduct for Board members.",
         "Board Secretary", ["Board Secretary"], "Ongoing", "", "On track",
         "Declarations received from 6 of 8 members.", None, "Ongoing", "green"),
        ("B/25/02", "15/01/2025", "4.1 Inspection quality",
         "Report on feedback from providers and inspectors on the first term of inspections under the revised "
         "arrangements.",
         "HMCI", ["HMCI"], "Jul 2025", "", "On track", "Post-inspection survey data being collated.", "2025-07",
         None, "green"),
    ]
    lines = [title,
             "Open actions and actions closed since the last meeting – as at 22 January 2025",
             "",
             "\t".join(["Ref", "Meeting", "Item", "Action", "Owner", "Due", "Revised due", "Status", "Comment"])]
    actions = []
    for (ref, meet, item, text, owner, leads, due, rdue, status_w, comment, end, end_text, status) in rows:
        lines.append("\t".join([ref, meet, item, text, owner, due, rdue, status_w, comment]))
        actions.append(act(ref, [], text, leads, end, status, end_text))
    lines += ["",
              "Status key: Complete (blue) | On track (green) | At risk (amber) | Overdue (red) | Not started",
              "Completed actions are removed from the log once they have been reported to the Board."]
    with open(p(name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    write_expected(name, {
        "source": ("Imitates the rolling action log a national regulator's board publishes with its meeting papers "
                   "(e.g. the Ofsted Board, 2024–25), saved as tab-separated text. Copied features: title and 'as "
                   "at' line, Ref numbers like B/24/31, meeting date and minute item columns before the action, "
                   "directors and HMCI as owners (titles with a comma, two posts in one cell), Due and Revised due "
                   "columns with month abbreviations, 'Ongoing', status words, a status key and a note line."),
        "reads": ("A flat log of eight Board actions from three meetings, each with an owner, a due month and a "
                  "status word. There are no themes; the meeting date is not the due date, the revised due month is "
                  "the end where given, and status words are read through the key at the foot."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


if __name__ == "__main__":
    cwpt()
    oasis()
    row = jiac()
    heathfield()
    hartlepool()
    hastoe()
    ofsted()
    print("refuse row (JIAC):", row)
