"""Build the seven sy- data files of set heldout498.

Run with /work/main/.venv/bin/python sy_make.py (from any directory).
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


D = dt.datetime

FILL = {
    "Blue": PatternFill("solid", fgColor="00B0F0"),
    "Green": PatternFill("solid", fgColor="00B050"),
    "Amber": PatternFill("solid", fgColor="FFC000"),
    "Red": PatternFill("solid", fgColor="FF0000"),
    "head": PatternFill("solid", fgColor="1F3864"),
    "band": PatternFill("solid", fgColor="D9E1F2"),
    "grey": PatternFill("solid", fgColor="E7E6E6"),
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def header_row(ws, row, values):
    for i, v in enumerate(values, start=1):
        c = ws.cell(row=row, column=i, value=v)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["head"]
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX


# ---------------------------------------------------------------------------
# 1. Hydebank Wood Secure College (NIPS) - CJI inspection action plan (xlsx)
# ---------------------------------------------------------------------------
def hydebank():
    title = ("Hydebank Wood Secure College – Action Plan in response to the Report on an "
             "Unannounced Inspection (CJI / HMI Prisons / RQIA / ETI, November 2024)")
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Northern Ireland Prison Service"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = title
    cov["A2"].font = Font(bold=True, size=12)
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    header_row(cov, 5, ["Version", "Date", "Author", "Comments"])
    for r, row in enumerate([
        ["0.1", "09/01/2025", "Business Development Unit", "First draft for SMT"],
        ["1.0", "27/02/2025", "Business Development Unit", "Approved by Director of Prisons"],
        ["1.2", "30/06/2025", "Business Development Unit", "Q1 progress update"],
        ["1.3", "31/10/2025", "Business Development Unit", "Q2 progress update"],
    ], start=6):
        for c, v in enumerate(row, start=1):
            cov.cell(row=r, column=c, value=v).border = BOX
    cov["A11"] = "Distribution: CJI; DoJ Prisons Policy Unit; NIPS Audit and Risk Assurance Committee"
    cov.column_dimensions["A"].width = 12
    cov.column_dimensions["B"].width = 14
    cov.column_dimensions["C"].width = 30
    cov.column_dimensions["D"].width = 40

    ws = wb.create_sheet("Action Plan")
    ncol = 11
    ws["A1"] = "NORTHERN IRELAND PRISON SERVICE"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=12)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A3"] = "Progress position at 31 October 2025"
    ws.merge_cells(start_row=3, start_column=1, end_row=3, end_column=ncol)
    ws["A4"] = ("Note: Recommendations are numbered as in the CJI report. Revised target dates "
                "have been agreed by the Hydebank Wood Senior Management Team.")
    ws["A4"].font = Font(italic=True)
    ws.merge_cells(start_row=4, start_column=1, end_row=4, end_column=ncol)
    header_row(ws, 5, ["Rec No.", "Recommendation", "Accepted / Not accepted", "Action No.",
                       "Action(s) to be taken", "Action owner", "Original target date",
                       "Revised target date", "Previous RAG (June 2025)",
                       "Current RAG (Oct 2025)", "Progress update"])

    plan = [
        ("band", "Safety"),
        ("rec", "1",
         "Leaders should ensure that the use of separation in the Care and Supervision Unit is "
         "proportionate, that reintegration planning starts on the first day and that young men "
         "held there have access to a meaningful regime.",
         [("1.1", "Introduce a reintegration plan for every young man held in the CSU, opened within "
                  "24 hours of arrival and reviewed at each adjudication or GOAD review.",
           "Deputy Governor (Safety)", D(2025, 3, 31), None, "Amber", "Blue",
           "Reintegration plan template in use since March 2025; dip-sample of 20 plans found all "
           "opened within 24 hours."),
          ("1.2", "Extend the CSU daily regime to include access to education outreach, the gym and "
                  "telephone calls, recorded on the daily regime log.",
           "CSU Manager / Head of Learning and Skills", D(2025, 6, 30), D(2025, 9, 30), "Amber",
           "Green", "Education outreach in place three mornings a week; gym access agreed from "
                    "November.")]),
        ("rec", "2",
         "The prison should analyse use of force data by unit, time of day and religious background, "
         "and act on any disproportionality identified.",
         [("2.1", "Produce a quarterly use of force data pack for the Safety and Equality Committee, "
                  "broken down by unit, time of day and community background.",
           "Head of Safer Custody", D(2025, 3, 31), None, "Green", "Blue",
           "First data pack presented April 2025; now a standing item."),
          ("2.2", "Review all incidents involving the use of PAVA or batons through the Use of Force "
                  "Review Panel within 14 days.",
           "Deputy Governor (Safety)", "Ongoing", None, "Green", "Green",
           "All incidents reviewed within 14 days in Q1 and Q2.")]),
        ("band", "Respect"),
        ("rec", "3",
         "The Prison Service and the South Eastern Health and Social Care Trust should reduce waiting "
         "times for mental health assessment so that young men referred are seen within the "
         "expected five working days.",
         [("3.1", "Recruit two additional mental health practitioners to the Prison Mental Health "
                  "Team at Hydebank Wood.",
           "SEHSCT Head of Prison Healthcare", D(2025, 6, 30), D(2025, 12, 31), "Red", "Amber",
           "One post filled September 2025; second post at interview stage."),
          ("3.2", "Introduce a weekly joint triage meeting between healthcare and the Prisoner Safety "
                  "and Support Team to prioritise referrals.",
           "SEHSCT Head of Prison Healthcare & Head of Safer Custody", D(2025, 4, 30), None,
           "Amber", "Blue", "Weekly meeting established; terms of reference agreed May 2025.")]),
        ("band", "Purposeful activity"),
        ("rec", "4",
         "Leaders should increase the proportion of young men engaged in full-time education, "
         "training or work, and reduce the number of sessions lost to regime curtailments.",
         [("4.1", "Reprofile the core day so that learning and skills sessions are protected from "
                  "staff redeployment during the morning and afternoon periods.",
           "Governor", D(2025, 9, 30), D(2026, 1, 31), "Amber", "Red",
           "Curtailments rose in August and September due to detached duty; reprofiled core day "
           "to be consulted on with staff."),
          ("4.2", "Agree with Belfast Met an expanded vocational offer in construction and "
                  "hospitality, including two new Level 2 qualifications.",
           "Head of Learning and Skills; Belfast Met Curriculum Manager", D(2026, 3, 31), None,
           "Green", "Green", "Hospitality Level 2 started September 2025; construction course "
                             "validated.")]),
        ("band", "Preparation for release"),
        ("rec", "5",
         "Release planning should begin at least 12 weeks before release for all sentenced young "
         "men, with accommodation secured before the day of release.",
         [("5.1", "Work with the Northern Ireland Housing Executive to put in place a pre-release "
                  "accommodation referral at the 12-week point for every sentenced young man.",
           "Head of Resettlement", D(2025, 12, 31), None, "Amber", "Amber",
           "Referral pathway agreed in principle; data sharing agreement awaiting NIHE sign-off.")]),
    ]
    r = 6
    for item in plan:
        if item[0] == "band":
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True)
            for col in range(1, ncol + 1):
                ws.cell(row=r, column=col).fill = FILL["band"]
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            r += 1
            continue
        _, no, rec, acts = item
        first = r
        ws.cell(row=r, column=1, value=no)
        ws.cell(row=r, column=2, value=rec)
        ws.cell(row=r, column=3, value="Accepted")
        for (ano, text, owner, orig, rev, prev, cur, upd) in acts:
            ws.cell(row=r, column=4, value=ano)
            ws.cell(row=r, column=5, value=text)
            ws.cell(row=r, column=6, value=owner)
            c = ws.cell(row=r, column=7, value=orig)
            if isinstance(orig, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            c = ws.cell(row=r, column=8, value=rev)
            if isinstance(rev, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            c = ws.cell(row=r, column=9, value=prev)
            c.fill = FILL[prev]
            c = ws.cell(row=r, column=10, value=cur)
            c.fill = FILL[cur]
            c.font = Font(bold=True)
            ws.cell(row=r, column=11, value=upd)
            for col in range(1, ncol + 1):
                ws.cell(row=r, column=col).border = BOX
                ws.cell(row=r, column=col).alignment = WRAP
            r += 1
        if r - 1 > first:
            for col in (1, 2, 3):
                ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
    r += 1
    ws.cell(row=r, column=1, value="Summary of current RAG position").font = Font(bold=True)
    r += 1
    for label, n in [("Blue – Complete", 3), ("Green – On track", 3),
                     ("Amber – Some slippage", 2), ("Red – Significantly off track", 1),
                     ("Total actions", 9)]:
        ws.cell(row=r, column=1, value=label)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        ws.cell(row=r, column=3, value=n)
        r += 1
    widths = [8, 45, 12, 8, 50, 26, 13, 13, 12, 12, 45]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + i)].width = w
    ws.freeze_panes = "A6"

    key = wb.create_sheet("RAG Key")
    header_row(key, 1, ["RAG", "Meaning"])
    for r, (k, m) in enumerate([
        ("Blue", "Action complete"),
        ("Green", "On track to be delivered by the target date"),
        ("Amber", "Some slippage against the target date but recoverable"),
        ("Red", "Significantly off track or target date missed"),
    ], start=2):
        key.cell(row=r, column=1, value=k).fill = FILL[k]
        key.cell(row=r, column=2, value=m)
    key.column_dimensions["B"].width = 60
    wb.save(out("sy-hydebank-wood-secure-college-cjini-inspection-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. City of Glasgow College - Education Scotland progress visit action plan (xlsx)
# ---------------------------------------------------------------------------
def cogc():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = "City of Glasgow College – Education Scotland Progress Visit Action Plan 2025-26"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Progress visit: 3–5 February 2025 | Report published: 18 March 2025 | "
                "Last updated: 14 November 2025")
    ws["A4"] = "RAG key:"
    ws["A4"].font = Font(bold=True)
    for col, (txt, colour) in enumerate([("Complete", "Blue"), ("On track", "Green"),
                                          ("Some slippage", "Amber"),
                                          ("At risk / overdue", "Red"),
                                          ("Not started", None)], start=2):
        c = ws.cell(row=4, column=col, value=txt)
        if colour:
            c.fill = FILL[colour]
        c.border = BOX
    header_row(ws, 6, ["Quality indicator (HGIOC)",
                       "Area for development identified by HM Inspectors", "Ref", "Action",
                       "Lead(s)", "Target date", "RAG", "Commentary (November 2025)"])
    rows = [
        ("QI 1.3 Leadership of change",
         "The college should ensure that the outcomes of self-evaluation activity are used "
         "consistently by curriculum teams to plan and monitor improvement.",
         "1a", "Revise the curriculum team Evaluative Report and Enhancement Plan template so that "
               "each action is linked to a self-evaluation finding and a measurable target.",
         "Head of Quality Enhancement", "31/10/2025", "Blue",
         "New template issued to all curriculum teams in August 2025."),
        (None, None, "1b", "Hold mid-year enhancement plan review meetings between each Head of "
                           "Centre and the Quality Enhancement team.",
         "Heads of Centre / Head of Quality Enhancement", "February 2026", "Green",
         "Schedule of meetings agreed for weeks beginning 2 and 9 February 2026."),
        ("QI 2.3 Learning, teaching and assessment",
         "Managers should take action to reduce the variation in learner success rates between "
         "full-time further education programmes.",
         "2a", "Identify all full-time FE programmes with successful completion rates more than 10 "
               "percentage points below sector average and agree an improvement plan for each.",
         "Vice Principal Curriculum", D(2025, 9, 30), "Blue",
         "14 programmes identified; improvement plans approved by Curriculum Committee."),
        (None, None, "2b", "Deliver a programme of peer observation of learning and teaching in the "
                           "five lowest-performing programme areas.",
         "Learning and Teaching Academy Manager", "March 2026", "Amber",
         "Observations complete in two of five areas; staffing pressures in Engineering."),
        (None, None, "2c", "Introduce an early-warning tracker for learner withdrawal at weeks 4, 8 "
                           "and 12 of each block.",
         "Head of Student Experience; Head of Digital Services", "December 2025", "Red",
         "Tracker build paused pending replacement of the student records system."),
        ("QI 3.1 Wellbeing, equality and inclusion",
         "The college should improve the consistency of support for care-experienced learners and "
         "learners with additional support needs across all faculties.",
         "3a", "Appoint a named Care Experienced Learner Champion in each faculty and publish "
               "contact details on the student intranet.",
         "Student Funding and Support Manager", D(2025, 11, 30), "Green",
         "Champions appointed in four of five faculties."),
        (None, None, "3b", "Review the Personal Learning Support Plan process so that plans are "
                           "shared with teaching staff within ten working days of enrolment.",
         "Head of Inclusion", "June 2026", None, "Not yet started – scheduled for Semester 2."),
    ]
    r = 7
    for qi, afd, ref, act, lead, date, rag, comm in rows:
        vals = [qi, afd, ref, act, lead, date, None, comm]
        for col, v in enumerate(vals, start=1):
            c = ws.cell(row=r, column=col, value=v)
            c.border = BOX
            c.alignment = WRAP
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        if rag:
            ws.cell(row=r, column=7).fill = FILL[rag]
        r += 1
    for col, w in zip("ABCDEFGH", [22, 45, 6, 55, 30, 14, 8, 45]):
        ws.column_dimensions[col].width = w

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of progress by quality indicator"
    sm["A1"].font = Font(bold=True)
    header_row(sm, 3, ["Quality indicator", "No. of actions", "Complete", "On track",
                       "Some slippage", "At risk / overdue", "Not started"])
    for r, row in enumerate([
        ["QI 1.3 Leadership of change", 2, 1, 1, 0, 0, 0],
        ["QI 2.3 Learning, teaching and assessment", 3, 1, 0, 1, 1, 0],
        ["QI 3.1 Wellbeing, equality and inclusion", 2, 0, 1, 0, 0, 1],
        ["Total", 7, 2, 2, 1, 1, 1],
    ], start=4):
        for c, v in enumerate(row, start=1):
            sm.cell(row=r, column=c, value=v).border = BOX
    sm.column_dimensions["A"].width = 40
    wb.save(out("sy-city-of-glasgow-college-education-scotland-progress-visit-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 3. Cwm Taf Morgannwg UHB - organisational risk register 2025/26 (xlsx)
# ---------------------------------------------------------------------------
def ctm():
    wb = Workbook()
    fs = wb.active
    fs.title = "Front sheet"
    fs["A1"] = "Cwm Taf Morgannwg University Health Board"
    fs["A1"].font = Font(bold=True, size=14)
    fs["A2"] = "Organisational Risk Register – Front sheet"
    fs["A4"] = ("This register shows all risks with a current score of 15 or above, in line with the "
                "Risk Management Strategy. Risks are scored Consequence (C) x Likelihood (L).")
    fs["A6"] = "Risk scoring matrix"
    fs["A6"].font = Font(bold=True)
    fs["A7"] = "Consequence \\ Likelihood"
    for j in range(1, 6):
        fs.cell(row=7, column=1 + j, value=j).font = Font(bold=True)
    for i in range(5, 0, -1):
        r = 8 + (5 - i)
        fs.cell(row=r, column=1, value=i).font = Font(bold=True)
        for j in range(1, 6):
            s = i * j
            c = fs.cell(row=r, column=1 + j, value=s)
            c.fill = FILL["Red"] if s >= 15 else FILL["Amber"] if s >= 8 else FILL["Green"]
    fs["A14"] = "Action RAG key"
    fs["A14"].font = Font(bold=True)
    for r, (k, m, colour) in enumerate([
        ("B", "Action complete", "Blue"),
        ("G", "On track", "Green"),
        ("A", "At risk of slipping", "Amber"),
        ("R", "Overdue / off track", "Red"),
    ], start=15):
        fs.cell(row=r, column=1, value=k).fill = FILL[colour]
        fs.cell(row=r, column=2, value=m)
    fs.column_dimensions["A"].width = 24

    ws = wb.create_sheet("Risk Register")
    ncol = 12
    ws["A1"] = "Cwm Taf Morgannwg University Health Board – Organisational Risk Register 2025/26"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A2"] = ("Risks rated 15 and above | Audit and Risk Committee, 9 December 2025 | "
                "Extracted from Datix Cymru on 24/11/2025")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    header_row(ws, 4, ["Datix ID", "Risk description", "Executive owner",
                       "Current score (C x L)", "Target score", "Trend", "Action ref",
                       "Further action required", "Action lead", "Due date", "Action RAG",
                       "Progress update"])
    reg = [
        ("band", "Strategic Goal: Improving Care"),
        ("risk", "4152",
         "IF the Health Board is unable to reduce the number of patients waiting over 104 weeks for "
         "planned care, THEN patients may come to harm while waiting, RESULTING IN deterioration, "
         "poorer outcomes and failure to meet Welsh Government targets.",
         "Chief Operating Officer", "5 x 4 = 20", "4 x 3 = 12", "Static",
         [("4152/01", "Deliver additional orthopaedic theatre sessions at Royal Glamorgan Hospital "
                      "through the regional Vanguard model.",
           "Director of Planned Care", D(2026, 3, 31), "A",
           "Additional Saturday lists running; anaesthetic cover remains a constraint."),
          ("4152/02", "Complete clinical validation of all patients waiting over 52 weeks in "
                      "ophthalmology and ENT.",
           "Clinical Director for Surgery", D(2025, 9, 30), "B",
           "Validation complete; 412 patients discharged or redirected."),
          ("4152/03", "Roll out the Wait Well harm review process to all specialties with patients "
                      "waiting over 104 weeks.",
           "Head of Patient Safety / Director of Planned Care", "Dec-25", "G",
           "Live in 9 of 11 specialties.")]),
        ("risk", "5021",
         "IF there is sustained overcrowding in the Emergency Departments at Prince Charles and Royal "
         "Glamorgan Hospitals, THEN ambulance handovers will be delayed, RESULTING IN harm to "
         "patients waiting in the community and in the department.",
         "Chief Operating Officer", "5 x 5 = 25", "5 x 3 = 15", "Worsening",
         [("5021/01", "Open the Same Day Emergency Care unit at Prince Charles Hospital seven days a "
                      "week.",
           "Unscheduled Care Group Director", "Nov-25", "R",
           "Weekend opening not achieved; medical rota gaps. Revised plan to Q&S Committee."),
          ("5021/02", "Implement the Welsh Ambulance Services 'Handover to Release' escalation "
                      "protocol at both sites.",
           "Head of Nursing (Unscheduled Care)", "Ongoing", "G",
           "Protocol in use; compliance audited weekly.")]),
        ("band", "Strategic Goal: Inspiring People"),
        ("risk", "3860",
         "IF the Health Board cannot recruit and retain sufficient registered nurses and midwives, "
         "THEN there will be continued reliance on agency staff, RESULTING IN risks to continuity "
         "of care and financial pressure.",
         "Executive Director of Nursing", "4 x 4 = 16", "3 x 3 = 9", "Improving",
         [("3860/01", "Run two international nurse recruitment cohorts with a target of 60 "
                      "registered nurses.",
           "Deputy Director of Workforce", D(2026, 1, 31), "G",
           "First cohort of 28 nurses started October 2025."),
          ("3860/02", "Reduce off-contract agency nurse use to zero in line with the NHS Wales "
                      "agency reduction programme.",
           "Executive Director of Nursing; Director of Finance", "Q4 2025/26", "A",
           "Off-contract use down 64% since April; residual use in ED.")]),
        ("band", "Strategic Goal: Sustaining Our Future"),
        ("risk", "4419",
         "IF the Health Board does not deliver its savings plan for 2025/26, THEN it will not meet "
         "its statutory duty to break even over three years, RESULTING IN escalation under the NHS "
         "Wales Oversight and Escalation Framework.",
         "Executive Director of Finance", "5 x 4 = 20", "4 x 3 = 12", "Static",
         [("4419/01", "Deliver the £34.1m savings programme through the Value and Sustainability "
                      "Board, with monthly reporting to the Planning, Performance and Finance "
                      "Committee.",
           "Deputy Director of Finance", "March 2026", "A",
           "£21.6m identified; £5.2m still rated high risk."),
          ("4419/02", "Complete the establishment control review of all vacant posts before "
                      "recruitment is approved.",
           "Chief Operating Officer", D(2025, 6, 30), "B",
           "Vacancy control panel in place from June 2025.")]),
    ]
    rag_fill = {"B": "Blue", "G": "Green", "A": "Amber", "R": "Red"}
    r = 5
    for item in reg:
        if item[0] == "band":
            ws.cell(row=r, column=1, value=item[1]).font = Font(bold=True)
            for col in range(1, ncol + 1):
                ws.cell(row=r, column=col).fill = FILL["band"]
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            r += 1
            continue
        _, rid, desc, owner, cur, tgt, trend, acts = item
        first = r
        for col, v in enumerate([rid, desc, owner, cur, tgt, trend], start=1):
            ws.cell(row=r, column=col, value=v)
        ws.cell(row=r, column=4).fill = FILL["Red"]
        tscore = int(tgt.split("=")[1])
        ws.cell(row=r, column=5).fill = FILL["Red"] if tscore >= 15 else FILL["Amber"]
        for ref, text, lead, due, rag, upd in acts:
            for col, v in enumerate([ref, text, lead, due, rag, upd], start=7):
                c = ws.cell(row=r, column=col, value=v)
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=11).fill = FILL[rag_fill[rag]]
            ws.cell(row=r, column=11).alignment = Alignment(horizontal="center")
            for col in range(1, ncol + 1):
                ws.cell(row=r, column=col).border = BOX
                if col != 11:
                    ws.cell(row=r, column=col).alignment = WRAP
            r += 1
        if r - 1 > first:
            for col in range(1, 7):
                ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
    for col, w in zip("ABCDEFGHIJKL", [9, 50, 22, 12, 11, 10, 10, 50, 28, 12, 8, 40]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "C5"

    cl = wb.create_sheet("Closed risks")
    cl["A1"] = "Risks closed or de-escalated since the last report"
    cl["A1"].font = Font(bold=True)
    header_row(cl, 3, ["Datix ID", "Risk title", "Date closed", "Reason for closure"])
    for r, row in enumerate([
        ["4630", "Fire compartmentation at Ysbyty Cwm Cynon", "14/10/2025",
         "Remedial works completed and signed off by Estates."],
        ["3977", "Loss of the Welsh Patient Administration System during upgrade", "31/08/2025",
         "Upgrade completed without incident; risk closed."],
    ], start=4):
        for c, v in enumerate(row, start=1):
            cl.cell(row=r, column=c, value=v).border = BOX
    cl.column_dimensions["B"].width = 55
    cl.column_dimensions["D"].width = 55
    wb.save(out("sy-cwm-taf-morgannwg-uhb-organisational-risk-register-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# helpers for Word
# ---------------------------------------------------------------------------
def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def bold_cell(cell, text):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True


HEX = {"Blue": "00B0F0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000",
       "Complete": "00B0F0", "head": "D9E2F3"}


# ---------------------------------------------------------------------------
# 4. Lochaber High School - post-inspection improvement plan (docx)
# ---------------------------------------------------------------------------
def lochaber():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Lochaber High School – Post-Inspection Improvement Plan 2025–26", level=0)
    doc.add_paragraph("The Highland Council – Education and Learning")

    info = doc.add_table(rows=4, cols=2)
    info.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("School", "Lochaber High School, Fort William"),
        ("Inspection", "Full model inspection, 12–16 May 2025 (letter published 19 August 2025)"),
        ("Plan owner", "Head Teacher"),
        ("Plan last reviewed", "5 November 2025 (Senior Leadership Team)"),
    ]):
        bold_cell(info.rows[i].cells[0], k)
        info.rows[i].cells[1].text = v

    doc.add_paragraph()
    doc.add_paragraph(
        "HM Inspectors agreed the following areas for improvement with the Head Teacher and a "
        "representative from The Highland Council. This plan sets out how we will address them. "
        "Progress is reviewed by the Senior Leadership Team each month and reported to the Parent "
        "Council each term.")

    afis = [
        ("Area for improvement 1",
         "Senior leaders and staff should continue to develop approaches to self-evaluation to "
         "ensure that all staff use data rigorously to plan for improvement.",
         "Links: NIF priority – school leadership; HGIOS4 QI 1.1 Self-evaluation for self-improvement",
         [("Introduce termly data dialogue meetings between each Principal Teacher and the link Depute "
           "Head Teacher, using the BGE tracking and monitoring dashboard.",
           "DHT (BGE)", "December 2025", "Green",
           "Dashboard in use; first round of meetings complete."),
          ("Provide professional learning for all teaching staff on using Insight and SEEMiS data to "
           "identify gaps in attainment.",
           "HT and Principal Teacher Raising Attainment", "Nov 2025 – Mar 2026", "Amber",
           "Session 1 delivered on 7 November in-service day; twilight sessions to be rescheduled."),
          ("Establish a pupil and parent self-evaluation group to review progress against the "
           "improvement plan each term.",
           "HT", "Ongoing", "Green", "Group met 30 September 2025.")],
         "Evidence of impact so far: all departments now set targets from BGE tracking data."),
        ("Area for improvement 2",
         "Improve the consistency of learning and teaching across the school, including the use of "
         "feedback, to ensure all young people experience an appropriate level of challenge.",
         "Links: NIF priority – teacher and practitioner professionalism; HGIOS4 QI 2.3 Learning, "
         "teaching and assessment",
         [("Agree and publish a Lochaber High School learning and teaching charter, developed with "
           "staff and pupils.",
           "DHT (Curriculum)", "October 2025", "Complete",
           "Charter launched at whole-school assembly 6 October 2025."),
          ("Carry out a programme of learning visits to every department using the charter, with "
           "written feedback to each teacher.",
           "SLT", "May 2026", "Green", "Visits complete in Science, Technologies and Expressive Arts."),
          ("Pilot differentiated homework and feedback approaches in S1–S3 English and Mathematics.",
           "PT English / PT Mathematics", "June 2026", "Not started",
           "To begin after the February break.")],
         None),
        ("Area for improvement 3",
         "Senior leaders should improve attendance, particularly for young people who live in SIMD "
         "quintiles 1 and 2 and those who are care experienced.",
         "Links: NIF priority – closing the attainment gap; HGIOS4 QI 3.1 Ensuring wellbeing, equality "
         "and inclusion",
         [("Appoint a Pupil Equity Funded attendance officer to work with families of young people "
           "whose attendance is below 90%.",
           "HT", "September 2025", "Complete", "Attendance officer in post from 1 September 2025."),
          ("Introduce a weekly attendance review at the Pupil Support team meeting with agreed "
           "actions for each young person below 85%.",
           "PT Pupil Support", "January 2026", "Red",
           "Review not yet happening weekly because of Pupil Support staffing absence.")],
         "Attendance at 31 October 2025: 88.1% (same point last session: 86.4%)."),
    ]
    for label, text, links, acts, note in afis:
        doc.add_heading(label, level=2)
        p = doc.add_paragraph()
        p.add_run(text).bold = True
        doc.add_paragraph(links).runs[0].italic = True
        t = doc.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for i, h in enumerate(["What will we do?", "Who will lead?", "By when?", "Progress (RAG)",
                               "Comment / evidence"]):
            bold_cell(t.rows[0].cells[i], h)
            shade(t.rows[0].cells[i], HEX["head"])
        for act, lead, when, rag, comment in acts:
            cells = t.add_row().cells
            cells[0].text = act
            cells[1].text = lead
            cells[2].text = when
            cells[3].text = rag
            if rag in HEX:
                shade(cells[3], HEX[rag])
            cells[4].text = comment
        if note:
            cells = t.add_row().cells
            m = cells[0].merge(cells[4])
            m.text = note
            m.paragraphs[0].runs[0].italic = True
        doc.add_paragraph()

    doc.add_heading("RAG key", level=2)
    k = doc.add_table(rows=5, cols=2)
    k.style = "Table Grid"
    for i, (a, b, colour) in enumerate([
        ("Complete", "Action completed and impact being evaluated", "Complete"),
        ("Green", "On track", "Green"),
        ("Amber", "Some delay – action being taken", "Amber"),
        ("Red", "Significant delay or barrier", "Red"),
        ("Not started", "Action not yet due to start", None),
    ]):
        k.rows[i].cells[0].text = a
        if colour:
            shade(k.rows[i].cells[0], HEX[colour])
        k.rows[i].cells[1].text = b
    doc.add_paragraph()
    s = doc.add_table(rows=3, cols=3)
    s.style = "Table Grid"
    for i, h in enumerate(["Signed", "Role", "Date"]):
        bold_cell(s.rows[0].cells[i], h)
    for i, row in enumerate([["", "Head Teacher", "5 November 2025"],
                             ["", "Quality Improvement Manager (Lochaber)", "5 November 2025"]],
                            start=1):
        for j, v in enumerate(row):
            s.rows[i].cells[j].text = v
    doc.save(out("sy-lochaber-high-school-education-scotland-inspection-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 5. NICTS - CJI criminal court administration inspection action plan (docx)
# ---------------------------------------------------------------------------
def nicts():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    title = ("Northern Ireland Courts and Tribunals Service – Action Plan in response to the CJI "
             "Inspection of the Effectiveness of the Criminal Court Administration")
    doc.add_heading(title, level=0)
    doc.add_paragraph("Progress update at 31 December 2025")

    doc.add_paragraph().add_run("Document control").bold = True
    dc = doc.add_table(rows=4, cols=4)
    dc.style = "Table Grid"
    for i, row in enumerate([
        ["Version", "Date", "Prepared by", "Summary of changes"],
        ["1.0", "20/12/2024", "Criminal Business Branch", "Action plan agreed with CJI"],
        ["1.1", "30/06/2025", "Criminal Business Branch", "Six-month progress update"],
        ["1.2", "31/12/2025", "Criminal Business Branch", "Twelve-month progress update"],
    ]):
        for j, v in enumerate(row):
            if i == 0:
                bold_cell(dc.rows[i].cells[j], v)
                shade(dc.rows[i].cells[j], HEX["head"])
            else:
                dc.rows[i].cells[j].text = v

    doc.add_paragraph()
    doc.add_paragraph(
        "Criminal Justice Inspection Northern Ireland published its report on the effectiveness of "
        "criminal Court administration on 19 September 2024. The report made two strategic and two "
        "operational recommendations, all of which were accepted by the NICTS. This plan is "
        "monitored by the NICTS Audit and Risk Assurance Committee.")

    sections = [
        ("Strategic Recommendations", [
            ("Strategic Recommendation 1",
             "Within six months of the publication of this report, the NICTS should develop and "
             "implement a performance management and quality assurance framework for criminal Court "
             "administration, including measures of accuracy for the recording of Court Orders.",
             [("SR1.1", "Establish a Criminal Business Quality Assurance Board, chaired by the "
                        "Director of Operations, to oversee accuracy and timeliness of Court Order "
                        "recording.",
               "Director of Operations", "December 2024", "Complete",
               "Board met first on 11 December 2024 and meets monthly."),
              ("SR1.2", "Introduce monthly dip-sampling of Court Orders in each Court division, with "
                        "results reported to the Quality Assurance Board.",
               "Head of Criminal Business / Divisional Business Managers", "March 2025", "Complete",
               "Dip-sampling in place in all divisions since February 2025."),
              ("SR1.3", "Publish an annual Court Order accuracy report as part of the NICTS Business "
                        "Plan reporting.",
               "Head of Performance and Business Planning", "June 2026", "Green",
               "Indicators agreed; first report will cover 2025-26.")]),
            ("Strategic Recommendation 2",
             "The NICTS should develop a workforce plan for Court Clerk and Court Office roles within "
             "12 months, to address vacancies and build resilience for criminal Court sittings.",
             [("SR2.1", "Complete a skills and resourcing review of all Court Clerk posts across the "
                        "seven Court divisions.",
               "Head of Human Resources", "September 2025", "Amber",
               "Fieldwork complete in five of seven divisions; final report due January 2026."),
              ("SR2.2", "Run a rolling Court Clerk recruitment competition with NICSHR and introduce "
                        "a structured 12-week induction programme.",
               "Head of Human Resources and Head of Learning and Development", "Ongoing", "Green",
               "17 Court Clerks appointed in 2025; induction programme running.")]),
        ]),
        ("Operational Recommendations", [
            ("Operational Recommendation 1",
             "The NICTS should, within six months, review the guidance and training provided to staff "
             "on recording bail conditions and remand warrants so that errors are identified before "
             "Orders are issued.",
             [("OR1.1", "Revise the Court Clerk desk instructions on bail and remand warrants and "
                        "reissue them to all criminal Court staff.",
               "Criminal Policy and Procedures Manager", "31/03/2025", "Complete",
               "Revised desk instructions issued 24 March 2025."),
              ("OR1.2", "Introduce a second check of all custody-related Orders before they are "
                        "transmitted to NIPS.",
               "Court Operations Managers", "31/10/2025", "Red",
               "ICOS system change delayed; manual second check in place at Laganside only.")]),
            ("Operational Recommendation 2",
             "The NICTS should work with criminal justice partners to improve the notification of "
             "Court results to the Police Service, NIPS and PBNI so that all results are transmitted "
             "electronically on the day of the hearing.",
             [("OR2.1", "Agree a same-day results notification standard with the Police Service, NIPS "
                        "and PBNI through the Criminal Justice Board Digital Group.",
               "Director of Operations", "April 2026", "Green",
               "Draft standard shared with partners in November 2025.")]),
        ]),
    ]
    for sec, recs in sections:
        doc.add_heading(sec, level=1)
        for label, rec, acts in recs:
            t = doc.add_table(rows=2, cols=6)
            t.style = "Table Grid"
            top = t.rows[0].cells[0].merge(t.rows[0].cells[5])
            top.text = ""
            top.paragraphs[0].add_run(label).bold = True
            top.add_paragraph(rec)
            shade(top, "F2F2F2")
            for i, h in enumerate(["No.", "Action", "Action owner", "Target date", "Status",
                                   "Progress at 31 December 2025"]):
                bold_cell(t.rows[1].cells[i], h)
                shade(t.rows[1].cells[i], HEX["head"])
            for no, act, owner, when, status, prog in acts:
                cells = t.add_row().cells
                for c, v in zip(cells, [no, act, owner, when, status, prog]):
                    c.text = v
                shade(cells[4], HEX[status])
            doc.add_paragraph()

    doc.add_heading("Status key", level=2)
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for i, (a, b) in enumerate([("Complete", "Action fully implemented"),
                                ("Green", "On track to meet target date"),
                                ("Amber", "At risk of missing target date"),
                                ("Red", "Target date missed")]):
        k.rows[i].cells[0].text = a
        shade(k.rows[i].cells[0], HEX[a])
        k.rows[i].cells[1].text = b
    doc.save(out("sy-nicts-cji-criminal-court-administration-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. South Wales Police & PCC - internal audit recommendations tracker (csv, refuse)
# ---------------------------------------------------------------------------
def swp():
    ncol = 11
    pad = lambda *v: list(v) + [""] * (ncol - len(v))
    rows = [
        pad("South Wales Police and Police and Crime Commissioner for South Wales"),
        pad("Joint Audit Committee - Internal Audit Recommendations Tracker 2024/25 and 2025/26"),
        pad("Position as at 30 September 2025"),
        pad(),
        ["Audit", "Assurance Opinion", "Rec No", "Priority", "Recommendation",
         "Agreed Management Action", "Responsible Officer", "Original Implementation Date",
         "Revised Implementation Date", "Status", "Update"],
        ["Fleet Management (2024/25)", "Reasonable", "1", "2",
         "The Force should ensure that vehicle servicing intervals recorded in Tranman are "
         "reconciled monthly to manufacturer schedules.",
         "Fleet Services to introduce a monthly reconciliation report from Tranman, reviewed by the "
         "Fleet Manager.", "Fleet Manager", "31/03/2025", "", "Implemented",
         "Report in place from March 2025."],
        ["Fleet Management (2024/25)", "Reasonable", "2", "3",
         "Pool vehicle keys should be held in electronic key safes at all sites.",
         "Install electronic key safes at the Bridgend and Cardiff Bay pool vehicle sites.",
         "Head of Estates / Fleet Manager", "30/06/2025", "31/12/2025", "Partially implemented",
         "Bridgend complete; Cardiff Bay installation scheduled for December."],
        ["Payroll (2024/25)", "Limited", "1", "1",
         "Overtime claims should be authorised by a line manager other than the claimant before "
         "payment.",
         "Update the DMS workflow so that self-authorisation of overtime is blocked.",
         "Head of Payroll and Pensions", "31/05/2025", "Sep-25", "Implemented",
         "Workflow change went live 1 September 2025."],
        ["Payroll (2024/25)", "Limited", "2", "2",
         "Leavers should be removed from the payroll system before their final pay date.",
         "Introduce a weekly leavers reconciliation between HR and Payroll.",
         "Head of Payroll and Pensions; HR Business Partner", "30/04/2025", "", "Implemented",
         "Weekly reconciliation evidenced for April to September."],
        ["Seized Property (2025/26)", "Reasonable", "1", "2",
         "Property held for more than 12 months should be reviewed for disposal.",
         "Carry out a review of all property held over 12 months at the Cardiff Central and Merthyr "
         "Tydfil property stores.",
         "Property and Evidence Manager", "31/08/2025", "0ct-25", "Not implemented",
         "Review started at Cardiff Central; Merthyr Tydfil to follow."],
        ["Seized Property (2025/26)", "Reasonable", "2", "3",
         "Property store access logs should be reviewed monthly by a supervisor.",
         "Monthly review of access logs to be added to the Property Sergeant checklist.",
         "Property and Evidence Manager", "30/11/2025", "", "Not yet due", ""],
        ["Cyber Security - Patch Management (2025/26)", "Limited", "1", "1",
         "Critical security patches should be applied to all servers within 14 days of release.",
         "Introduce a patch compliance dashboard and escalate servers outside the 14-day window to "
         "the Head of Digital Services.",
         "Head of Digital Services", "31/12/2025", "", "Not yet due",
         "Dashboard in testing."],
        ["Cyber Security - Patch Management (2025/26)", "Limited", "2", "2",
         "Unsupported operating systems should be removed from the network or formally risk "
         "accepted.",
         "Decommission the remaining Windows Server 2012 hosts and record any exceptions on the "
         "risk register.",
         "Head of Digital Services / Information Security Officer", "31/03/2026", "", "Not yet due",
         "6 of 9 hosts decommissioned."],
        pad(),
        pad("Summary"),
        pad("Implemented", "3"),
        pad("Partially implemented", "1"),
        pad("Not implemented", "1"),
        pad("Not yet due", "3"),
        pad("Total", "8"),
    ]
    with open(out("sy-south-wales-police-internal-audit-recommendations-tracker-typo-month-refuse.csv"),
              "w", newline="", encoding="utf-8") as f:
        csv.writer(f, lineterminator="\r\n").writerows(rows)


# ---------------------------------------------------------------------------
# 7. NHS 24 - Board rolling action log (tab-separated txt)
# ---------------------------------------------------------------------------
def nhs24():
    lines = [
        "NHS 24 Board – Rolling Action Log (Public)",
        "Updated following the Board meeting on 16 October 2025",
        "",
        "\t".join(["Action No.", "Meeting Date", "Item", "Action", "Lead", "Due Date", "Status",
                   "Update"]),
    ]
    rows = [
        ("A/25/014", "19/06/2025", "7.2 Finance Performance Report – Month 2",
         "Provide a breakdown of agency and bank staffing spend by directorate for the first quarter.",
         "Director of Finance", "21/08/2025", "Complete",
         "Included in the Month 4 report to the August Board."),
        ("A/25/019", "19/06/2025", "9.1 Corporate Risk Register",
         "Review the wording of the cyber security risk to reflect the outcome of the NIS audit.",
         "Director of Information and Communications Technology", "Oct 2025", "Complete",
         "Revised risk agreed by the Audit and Risk Committee on 2 October 2025."),
        ("A/25/022", "21/08/2025", "6.1 Performance Report – Quarter 1",
         "Bring a deep-dive on 111 call answering times during the weekend peak to a Board "
         "development session.",
         "Director of Service Delivery", "11/12/2025", "Green",
         "Scheduled for the December development session."),
        ("A/25/024", "21/08/2025", "8.3 Whistleblowing Quarterly Report",
         "Confirm the arrangements for reporting whistleblowing concerns raised by staff working "
         "from home.",
         "Director of Workforce; Board Secretary", "16/10/2025", "Red",
         "Not presented in October; to come to the December meeting."),
        ("A/25/027", "16/10/2025", "5.2 Patient Experience Annual Report",
         "Include feedback from British Sign Language users and Care Opinion themes in the next "
         "annual report.",
         "Executive Director of Nursing and Care", "Jun-26", "Green", ""),
        ("A/25/028", "16/10/2025", "7.1 Annual Delivery Plan 2025/26 – Mid-Year Review",
         "Circulate the revised trajectory for the digital front door programme to Board members.",
         "JM/LR", "31/10/2025", "Amber",
         "Trajectory under review with the Scottish Government sponsor team."),
        ("A/25/029", "16/10/2025", "7.3 Financial Plan 2026/27",
         "Bring an updated savings plan and recurring balance position to the February Board "
         "meeting.",
         "Director of Finance", "Feb 2026", "Green", ""),
    ]
    for r in rows:
        lines.append("\t".join(r))
    lines += [
        "",
        "Status key: Complete = action closed, to be removed after this meeting; Green = on track; "
        "Amber = at risk of delay; Red = overdue",
    ]
    with open(out("sy-nhs-24-board-rolling-action-log.txt"), "w", encoding="utf-8",
              newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    hydebank()
    cogc()
    ctm()
    lochaber()
    nicts()
    swp()
    nhs24()
    print("built 7 files in", HERE)
