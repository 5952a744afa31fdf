#!/usr/bin/env python3
"""Build the seven pf- blind test files (set heldout449).

Run with /work/main/.venv/bin/python pf_make.py (openpyxl, python-docx).
Writes only files whose names start with "pf-" into this folder.
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
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("pf-")
    return os.path.join(HERE, name)


def D(y, m, d):
    return dt.datetime(y, m, d)


# ---------------------------------------------------------------- xlsx helpers
RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "0070C0"
FILLS = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE, "C": BLUE,
         "Red": RED, "Amber": AMBER, "Green": GREEN, "Blue": BLUE}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def box_row(ws, row, c1, c2):
    for c in range(c1, c2 + 1):
        cell = ws.cell(row=row, column=c)
        cell.border = BOX
        cell.alignment = WRAP


# ============================================================ 1. Hertfordshire FRS
def make_herts():
    title = "Hertfordshire Fire and Rescue Service – HMICFRS Improvement Plan 2025/26"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=16, color="C00000")
    cov["A2"] = ("Effectiveness, efficiency and people 2023–25: accelerated cause of concern "
                 "(prevention) and areas for improvement")
    cov["A2"].font = Font(italic=True, size=12)
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    control = [
        ("Version", "3.1"),
        ("Plan owner", "Chief Fire Officer"),
        ("Prepared by", "Service Improvement and Assurance Team"),
        ("Reported to", "Public Health and Community Safety Cabinet Panel"),
        ("Last updated", "07/11/2025"),
        ("Next review", "January 2026"),
    ]
    r = 5
    for k, v in control:
        cov.cell(row=r, column=1, value=k).font = Font(bold=True)
        cov.cell(row=r, column=2, value=v)
        box_row(cov, r, 1, 2)
        r += 1
    r += 1
    cov.cell(row=r, column=1, value="Version history").font = Font(bold=True)
    r += 1
    for i, (v, d, c) in enumerate([
        ("Version", "Date", "Change"),
        ("1.0", "21/11/2024", "Cause of concern action plan submitted to HMICFRS"),
        ("2.0", "14/03/2025", "Areas for improvement from 2023–25 report added"),
        ("3.0", "18/07/2025", "Q1 progress; revised dates agreed by Improvement Board"),
        ("3.1", "07/11/2025", "Q2 progress update"),
    ]):
        cov.cell(row=r, column=1, value=v)
        cov.cell(row=r, column=2, value=d)
        cov.cell(row=r, column=3, value=c)
        box_row(cov, r, 1, 3)
        if i == 0:
            for c_ in range(1, 4):
                cov.cell(row=r, column=c_).font = Font(bold=True)
        r += 1
    cov.column_dimensions["A"].width = 18
    cov.column_dimensions["B"].width = 48
    cov.column_dimensions["C"].width = 55

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG status key"
    key["A1"].font = Font(bold=True, size=13)
    for i, (word, meaning, col) in enumerate([
        ("Blue", "Complete – action delivered and evidence accepted by the Improvement Board", BLUE),
        ("Green", "On track to deliver by the target date", GREEN),
        ("Amber", "Some slippage – revised date agreed or risk to delivery", AMBER),
        ("Red", "Off track – escalated to the Improvement Board", RED),
    ], start=3):
        key.cell(row=i, column=1, value=word).fill = fill(col)
        key.cell(row=i, column=2, value=meaning)
        box_row(key, i, 1, 2)
    key.column_dimensions["A"].width = 12
    key.column_dimensions["B"].width = 80

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Progress at 31 October 2025"
    ws["A2"].font = Font(italic=True)
    hdr = ["Ref", "Action", "Action owner", "Original target date", "Revised target date",
           "Previous RAG (Jul 25)", "Current RAG (Oct 25)", "Progress update"]
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
    box_row(ws, 4, 1, 8)

    rows = [
        ("S", "ACCELERATED CAUSE OF CONCERN – PREVENTION (issued 24 October 2024)"),
        ("H", "Recommendation 1 – Develop and implement a prevention strategy that prioritises people "
              "most at risk of fire, and make sure any work carried out to reduce risk is proportionate."),
        ("A", "1.1", "Publish a Prevention Strategy 2025–2028 that targets home fire safety visits at "
                     "people assessed as high and very high risk.",
         "Area Manager – Prevention", D(2025, 3, 31), None, "Green", "Blue",
         "Strategy approved by the Cabinet Panel on 12 March 2025 and published on 1 April 2025."),
        ("A", "1.2", "Align station prevention targets to the strategy so that at least 70% of home "
                     "fire safety visits are delivered to high-risk households.",
         "Area Manager – Prevention / Group Managers (Service Delivery)", D(2025, 6, 30), D(2025, 12, 31),
         "Amber", "Amber", "Q2 performance 61% (Q1 52%). Station targets reissued in September 2025."),
        ("H", "Recommendation 2 – Create a robust system to effectively and consistently define the "
              "levels of risk in the community."),
        ("A", "2.1", "Introduce a person-centred risk scoring tool for all home fire safety referrals "
                     "and self-referrals.\nTrain Control and Prevention Hub staff in its use.",
         "Head of Prevention", D(2025, 5, 31), D(2025, 8, 31), "Green", "Blue",
         "Tool live from 4 August 2025; 23 Hub staff trained."),
        ("H", "Recommendation 3 – Create and maintain clear timeframes relative to risk."),
        ("A", "3.1", "Set response standards for home fire safety visits (very high risk within 5 "
                     "working days; high risk within 20 working days) and report performance monthly "
                     "to the Improvement Board.",
         "Head of Prevention; Performance and Analysis Manager", D(2025, 4, 30), None, "Green", "Green",
         "Standards in place. Very high-risk visits completed within 5 days: 88% (target 90%)."),
        ("H", "Recommendation 4 – Provide training to staff and raise their awareness so they fully "
              "understand their role in prevention."),
        ("A", "4.1", "Deliver the revised Safe and Well e-learning package and practical workshop to "
                     "all wholetime and on-call crews.",
         "Head of Learning and Development", D(2025, 9, 30), D(2026, 1, 31), "Amber", "Red",
         "Wholetime 91%, on-call 54%. Recovery plan to Improvement Board on 20 November 2025."),
        ("A", "4.2", "Include prevention activity in station audits and in watch manager performance "
                     "conversations.",
         "Group Manager – Service Delivery", D(2025, 12, 31), None, "Green", "Green",
         "Station audit template updated; first audits scheduled for November."),
        ("H", "Recommendation 5 – Make sure the prevention department has enough resources to carry out "
              "all its prevention activity, and review whether wholetime and on-call firefighters can "
              "offer more capacity to prevention."),
        ("A", "5.1", "Complete a prevention capacity review and recruit four additional Community "
                     "Safety Advisors.",
         "Director of Community Safety and Regulatory Services", D(2025, 3, 31), D(2025, 9, 30),
         "Amber", "Blue", "Review completed May 2025. All four Community Safety Advisors in post "
                          "from 1 September 2025."),
        ("S", "AREAS FOR IMPROVEMENT – EFFECTIVENESS, EFFICIENCY AND PEOPLE 2023–25 "
              "(report published 11 February 2025)"),
        ("H", "AFI 1 – The service should make sure it has an overarching workforce plan that takes "
              "full account of the skills and capabilities it needs to carry out its community risk "
              "management plan."),
        ("A", "AFI1.1", "Develop a Strategic Workforce Plan 2025–2029 linked to the CRMP and approve it "
                        "through the Strategic Leadership Team.",
         "Head of HR", D(2025, 10, 31), None, "Green", "Green",
         "Draft plan considered by SLT on 29 October 2025; final version due at November SLT."),
        ("H", "AFI 2 – The service should make sure it has effective measures in place to assure itself "
              "that its workforce is productive, including through the use of technology."),
        ("A", "AFI2.1", "Roll out the mobile data terminal upgrade and electronic station diary to all "
                        "29 fire stations.",
         "Head of ICT and Digital; Area Manager – Response", D(2026, 3, 31), None, "Green", "Green",
         "17 of 29 stations live."),
        ("H", "AFI 3 – The service should improve its understanding of the diversity of its workforce "
              "and continue to develop positive action to improve recruitment from under-represented "
              "groups."),
        ("A", "AFI3.1", "Launch a positive action programme for the 2026 wholetime recruitment campaign, "
                        "including have-a-go days and mentoring for applicants from under-represented "
                        "groups.",
         "Equality, Diversity and Inclusion Lead", D(2026, 2, 28), None, "N/A", "Green",
         "New action added March 2025. Campaign plan agreed; first have-a-go day 6 December 2025."),
    ]
    r = 5
    for row in rows:
        kind = row[0]
        if kind == "S":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            c = ws.cell(row=r, column=1, value=row[1])
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("C00000")
            box_row(ws, r, 1, 8)
        elif kind == "H":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            c = ws.cell(row=r, column=1, value=row[1])
            c.font = Font(bold=True, italic=True)
            c.fill = fill("F2DCDB")
            box_row(ws, r, 1, 8)
            ws.row_dimensions[r].height = 32
        else:
            _, ref, action, owner, orig, rev, prev, cur, upd = row
            vals = [ref, action, owner, orig, rev, prev, cur, upd]
            for ci, v in enumerate(vals, start=1):
                cell = ws.cell(row=r, column=ci, value=v)
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            for ci, v in ((6, prev), (7, cur)):
                if v in FILLS:
                    ws.cell(row=r, column=ci).fill = fill(FILLS[v])
            box_row(ws, r, 1, 8)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Summary of current RAG").font = Font(bold=True)
    r += 1
    for word, n in (("Blue", 3), ("Green", 5), ("Amber", 1), ("Red", 1), ("Total actions", 10)):
        ws.cell(row=r, column=1, value=word)
        ws.cell(row=r, column=2, value=n)
        if word in FILLS:
            ws.cell(row=r, column=1).fill = fill(FILLS[word])
        box_row(ws, r, 1, 2)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Note: Previous RAG is the position reported to the Public Health "
                                   "and Community Safety Cabinet Panel in July 2025.").font = Font(italic=True)
    for col, w in zip("ABCDEFGH", (9, 60, 32, 14, 14, 12, 12, 50)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.active = 2
    wb.save(out("pf-hertfordshire-fire-and-rescue-service-hmicfrs-improvement-plan.xlsx"))


# ============================================================ 2. Health Research Authority
def make_hra():
    title = "Health Research Authority Strategic Risk Register 2025/26"
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=14, color="005EB8")
    sm["A2"] = "Summary of strategic risks – position at 30 November 2025"
    hdr = ["Risk", "Risk owner", "Inherent score", "Residual score", "Target score", "Trend"]
    for c, h in enumerate(hdr, start=1):
        sm.cell(row=4, column=c, value=h).font = Font(bold=True)
    box_row(sm, 4, 1, 6)
    summ = [
        ("SR1 Approval timelines", "Director of Approvals Service", 20, 16, 8, "↔"),
        ("SR2 Cyber security and research systems", "Director of Finance and Corporate Services", 20, 15, 10, "↑"),
        ("SR3 Financial sustainability", "Chief Executive", 16, 12, 8, "↔"),
        ("SR4 Research Ethics Committee capacity", "Head of Research Ethics Service", 12, 9, 6, "↓"),
    ]
    for i, row in enumerate(summ, start=5):
        for c, v in enumerate(row, start=1):
            sm.cell(row=i, column=c, value=v)
        box_row(sm, i, 1, 6)
    sm.column_dimensions["A"].width = 42
    sm.column_dimensions["B"].width = 42

    ws = wb.create_sheet("Risk register")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14, color="005EB8")
    ws["A2"] = ("Further actions to reduce risk to target – presented to the Audit and Risk Committee, "
                "9 December 2025")
    ws["A3"] = "RAG: G = on track; A = at risk of slippage; R = off track; C = complete"
    ws["A3"].font = Font(italic=True)
    hdr = ["Strategic risk", "Risk owner", "Residual score (L × I)", "Action no.",
           "Further action required", "Action owner", "Due date", "Revised due date", "RAG",
           "Progress at November 2025"]
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("005EB8")
    box_row(ws, 5, 1, 10)

    risks = [
        ("SR1 – Failure to maintain approval timelines while implementing the new UK clinical trials "
         "regulations (in force 28 April 2026)", "Director of Approvals Service", "4 × 4 = 16", [
            ("1.1", "Complete the combined review process changes with the MHRA and update IRAS guidance "
                    "before the regulations come into force.",
             "Director of Approvals Service", D(2026, 3, 31), None, "G",
             "Guidance drafted; user testing with sponsors in January."),
            ("1.2", "Recruit and induct 12 additional assessors and approval specialists to absorb the "
                    "expected increase in amendments.",
             "Director of People; Director of Approvals Service", D(2025, 10, 31), D(2026, 1, 31), "A",
             "8 of 12 appointed; second recruitment round closes 12 December."),
            ("1.3", "Introduce monthly publication of approval timeline metrics on the HRA website.",
             "Head of Performance and Insight", D(2025, 6, 30), None, "C",
             "First publication July 2025."),
        ]),
        ("SR2 – A cyber attack or major failure of IRAS and other research systems causes loss of "
         "service or data", "Director of Finance and Corporate Services", "3 × 5 = 15", [
            ("2.1", "Achieve Cyber Essentials Plus certification and complete the Data Security and "
                    "Protection Toolkit submission for 2025/26.",
             "Head of IT and Cyber Security", D(2026, 6, 30), None, "G",
             "Assessment booked for February 2026."),
            ("2.2", "Test the IRAS business continuity and disaster recovery plan through a live "
                    "failover exercise.",
             "Head of IT and Cyber Security", D(2025, 9, 30), D(2026, 2, 28), "R",
             "Exercise postponed twice because of supplier availability; escalated to the Senior "
             "Management Team."),
        ]),
        ("SR3 – Budget reductions across DHSC arm's length bodies affect our ability to deliver the "
         "business plan", "Chief Executive", "4 × 3 = 12", [
            ("3.1", "Deliver the 2025/26 efficiency programme (£1.2m) and report savings to the Board "
                    "quarterly.",
             "Director of Finance and Corporate Services", D(2026, 3, 31), None, "G",
             "£0.7m delivered to date."),
            ("3.2", "Review the strategic risk appetite in the light of the DHSC spending review "
                    "settlement.",
             "Chief Executive / Board Secretary", "Quarterly", None, "G",
             "Reviewed by the Board in September 2025."),
        ]),
        ("SR4 – Insufficient volunteer members to sustain Research Ethics Committee capacity",
         "Head of Research Ethics Service", "3 × 3 = 9", [
            ("4.1", "Run a national Research Ethics Committee member recruitment campaign aimed at "
                    "under-represented groups and lay members.",
             "Head of Research Ethics Service", D(2026, 1, 31), None, "G",
             "Campaign launched 3 November 2025; 64 applications so far."),
            ("4.2", "Carry out a recognition and expenses review for committee members following the "
                    "volunteer survey.",
             "Head of Research Ethics Service; Head of Finance", D(2025, 12, 31), None, "A",
             "Survey results analysed; proposals to go to the Senior Management Team in December."),
        ]),
    ]
    r = 6
    for risk, owner, score, acts in risks:
        first = r
        for ref, text, aowner, due, rev, rag, note in acts:
            vals = [None, None, None, ref, text, aowner, due, rev, rag, note]
            for ci, v in enumerate(vals, start=1):
                if v is None:
                    continue
                cell = ws.cell(row=r, column=ci, value=v)
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd-mmm-yy"
            ws.cell(row=r, column=9).fill = fill(FILLS[rag])
            ws.cell(row=r, column=9).alignment = Alignment(horizontal="center")
            box_row(ws, r, 1, 10)
            r += 1
        ws.cell(row=first, column=1, value=risk).font = Font(bold=True)
        ws.cell(row=first, column=2, value=owner)
        ws.cell(row=first, column=3, value=score)
        for ci in (1, 2, 3):
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=ci, end_row=r - 1, end_column=ci)
            ws.cell(row=first, column=ci).alignment = WRAP
    r += 1
    ws.cell(row=r, column=1, value="Scores are likelihood × impact on a 5 × 5 matrix (see Scoring "
                                   "matrix). Risks scoring 15 or more are reported to the Board.").font = Font(italic=True)
    for col, w in zip("ABCDEFGHIJ", (40, 26, 14, 9, 58, 32, 12, 12, 7, 48)):
        ws.column_dimensions[col].width = w

    mx = wb.create_sheet("Scoring matrix")
    mx["A1"] = "Risk scoring matrix (likelihood × impact)"
    mx["A1"].font = Font(bold=True)
    mx["A3"] = "Impact → / Likelihood ↓"
    for i in range(1, 6):
        mx.cell(row=3, column=1 + i, value=i)
        mx.cell(row=3 + i, column=1, value=i)
        for j in range(1, 6):
            s = i * j
            c = mx.cell(row=3 + i, column=1 + j, value=s)
            c.fill = fill(RED if s >= 15 else AMBER if s >= 8 else GREEN)
    wb.active = 1
    wb.save(out("pf-health-research-authority-strategic-risk-register-2025-26.xlsx"))


# ============================================================ 3. CLCH CQC
def make_clch():
    title = "Central London Community Healthcare NHS Trust – CQC Must Do and Should Do Action Plan"
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=14, color="005EB8")
    sm["A2"] = "Summary of progress – report to the Quality Committee, 18 November 2025"
    hdr = ["Core service", "Must do", "Should do", "Actions", "Complete", "On track", "At risk",
           "Off track"]
    for c, h in enumerate(hdr, start=1):
        sm.cell(row=4, column=c, value=h).font = Font(bold=True)
    box_row(sm, 4, 1, 8)
    for i, row in enumerate([
        ("Community health inpatient services", 2, 1, 4, 1, 2, 1, 0),
        ("Community health services for adults", 1, 2, 4, 2, 1, 0, 1),
        ("Total", 3, 3, 8, 3, 3, 1, 1),
    ], start=5):
        for c, v in enumerate(row, start=1):
            sm.cell(row=i, column=c, value=v)
        box_row(sm, i, 1, 8)
    sm.column_dimensions["A"].width = 40

    ws = wb.create_sheet("Action plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14, color="005EB8")
    ws["A2"] = ("Inspection of community health inpatient services and community health services for "
                "adults, May 2025 (report published 14 August 2025). Monitored by the Quality Committee.")
    ws["A3"] = ("RAG key (cell colour): Red – off track; Amber – at risk; Green – on track; "
                "Blue – complete and evidence assured")
    ws["A3"].font = Font(italic=True)
    hdr = ["Ref", "CQC requirement", "Action", "Lead(s)", "Completion date", "RAG",
           "Evidence / progress"]
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("005EB8")
    box_row(ws, 5, 1, 7)

    plan = [
        ("Community health inpatient services", [
            ("MD1 The trust must ensure that patients’ risk assessments for falls and pressure ulcers "
             "are completed and reviewed in line with trust policy. (Regulation 12(1)(2)(a))", [
                ("MD1.1", "Relaunch the falls and pressure ulcer risk assessment templates on SystmOne "
                          "with mandatory fields for review dates.",
                 "Head of Nursing – Inpatient Services", D(2025, 9, 30), BLUE,
                 "Templates live 1 September 2025. Audit in October: 94% compliant."),
                ("MD1.2", "Complete a monthly audit of 10 records per ward and report compliance to "
                          "the Divisional Quality Board.",
                 "Ward Managers / Matron – Inpatient Services", "Monthly", GREEN,
                 "Audits in place from July 2025."),
            ]),
            ("MD2 The trust must ensure that there are sufficient numbers of suitably qualified "
             "registered nurses on night shifts on the community inpatient wards. (Regulation 18(1))", [
                ("MD2.1", "Complete a nursing establishment review using the Safer Nursing Care Tool "
                          "and present it to the Board.\nRecruit to the registered nurse vacancies "
                          "identified on night shifts.",
                 "Director of Nursing and Therapies", "Q4 2025/26", AMBER,
                 "Establishment review approved October 2025; 6.4 WTE vacancies out to advert."),
            ]),
            ("SD1 The trust should ensure that staff complete mandatory training in the Mental "
             "Capacity Act and deprivation of liberty safeguards.", [
                ("SD1.1", "Set a training trajectory for MCA/DoLS level 2 and report compliance weekly "
                          "to ward managers.",
                 "Head of Safeguarding Adults", D(2025, 12, 31), GREEN,
                 "Compliance 81% (target 90%)."),
            ]),
        ]),
        ("Community health services for adults", [
            ("MD3 The trust must ensure that medicines are stored at the correct temperature in all "
             "community clinic rooms. (Regulation 12(2)(g))", [
                ("MD3.1", "Install remote temperature monitoring in clinic room fridges at all 14 "
                          "community adult health sites.",
                 "Chief Pharmacist", D(2025, 10, 31), BLUE, "Installed at all sites by 24 October 2025."),
                ("MD3.2", "Issue a standard operating procedure for action when fridge temperatures "
                          "are out of range.",
                 "Chief Pharmacist", D(2025, 8, 31), BLUE, "SOP issued 15 August 2025."),
            ]),
            ("SD2 The trust should ensure that waiting lists for community nursing and therapy services "
             "are regularly clinically reviewed.", [
                ("SD2.1", "Implement a clinical harm review process for patients waiting over 18 weeks "
                          "for adult therapy services.",
                 "Associate Director of Operations – Adult Services; Clinical Lead Therapist",
                 D(2026, 1, 31), RED,
                 "Harm review tool agreed but not yet in use; 212 patients waiting over 18 weeks."),
            ]),
            ("SD3 The trust should ensure that staff receive regular clinical supervision.", [
                ("SD3.1", "Record clinical supervision on ESR and report compliance through the "
                          "Workforce Committee.",
                 "Deputy Director of Workforce", D(2026, 3, 31), GREEN,
                 "ESR supervision module configured; reporting from January 2026."),
            ]),
        ]),
    ]
    r = 6
    for section, reqs in plan:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        c = ws.cell(row=r, column=1, value=section)
        c.font = Font(bold=True)
        c.fill = fill("DCE6F1")
        box_row(ws, r, 1, 7)
        r += 1
        for req, acts in reqs:
            first = r
            for ref, text, lead, when, colour, note in acts:
                ws.cell(row=r, column=1, value=ref)
                ws.cell(row=r, column=3, value=text)
                ws.cell(row=r, column=4, value=lead)
                cell = ws.cell(row=r, column=5, value=when)
                if isinstance(when, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=6).fill = fill(colour)
                ws.cell(row=r, column=7, value=note)
                box_row(ws, r, 1, 7)
                r += 1
            ws.cell(row=first, column=2, value=req)
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
            ws.cell(row=first, column=2).alignment = WRAP
    for col, w in zip("ABCDEFG", (8, 50, 55, 34, 14, 7, 45)):
        ws.column_dimensions[col].width = w
    wb.active = 1
    wb.save(out("pf-central-london-community-healthcare-cqc-must-should-do-action-plan.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, italic=False):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.italic = italic
    run.font.size = Pt(9)


# ============================================================ 4. Aspire Housing
def make_aspire():
    doc = Document()
    doc.add_heading("Aspire Housing – Regulator of Social Housing Inspection Improvement Plan", level=0)
    p = doc.add_paragraph("Consumer standards regulatory judgement (C2) published 18 June 2025 – "
                          "progress report to the Board, 20 November 2025")
    p.runs[0].italic = True

    doc.add_paragraph("Document control").runs[0].bold = True
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Document owner", "Executive Director of Customer and Communities"),
                 ("Author", "Head of Governance and Regulation"),
                 ("Version", "1.4"),
                 ("Approved by", "Board, 24 July 2025"),
                 ("Next review", "Board, February 2026")]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)

    doc.add_paragraph()
    doc.add_paragraph("RAG key").runs[0].bold = True
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for word, meaning, col in [("Complete", "Action delivered and evidence held", "0070C0"),
                               ("Green", "On track", "00B050"),
                               ("Amber", "At risk – mitigation in place", "FFC000"),
                               ("Red", "Off track – escalated to the Board", "FF0000")]:
        cells = t.add_row().cells
        set_cell(cells[0], word, bold=True)
        shade(cells[0], col)
        set_cell(cells[1], meaning)

    colours = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    sections = [
        ("1. Safety and Quality Standard", [
            ("Finding 1: Aspire could not demonstrate an accurate, up-to-date understanding of the "
             "condition of all its homes; stock condition data was more than five years old for around "
             "30% of homes.", [
                ("1.1", "Complete stock condition surveys for all homes without a survey in the last "
                        "five years.", "Director of Property Services", "31 March 2026", "Green",
                 "2,140 of 2,760 surveys complete."),
                ("1.2", "Procure and implement a new asset management system and migrate stock "
                        "condition data.", "Head of Asset Management; ICT Business Partner",
                 "December 2026", "Green", "Contract awarded October 2025; data migration plan agreed."),
            ]),
            ("Finding 2: Aspire did not have effective systems to identify and respond to damp and "
             "mould in a timely way.", [
                ("1.3", "Introduce damp and mould triage within 24 hours of a report and an inspection "
                        "within 10 working days.", "Head of Repairs", "30/09/2025", "Complete",
                 "Live from 1 September 2025; 96% of inspections within 10 working days in October."),
                ("1.4", "Train all customer-facing staff and contractors to identify and report damp "
                        "and mould.", "Learning and Development Manager", "By end of November 2025",
                 "Amber", "78% trained; contractor sessions booked."),
            ]),
        ]),
        ("2. Transparency, Influence and Accountability Standard", [
            ("Finding 3: Aspire could not show that tenants’ views were used to shape services, and "
             "performance information was not published in an accessible way.", [
                ("2.1", "Establish a Customer Scrutiny Panel with delegated authority to review two "
                        "services a year.", "Head of Customer Engagement", "Q3 2025/26", "Green",
                 "Panel recruited (9 members); first review on repairs communication."),
                ("2.2", "Publish quarterly performance information, including the Tenant Satisfaction "
                        "Measures, on the website and in the tenant newsletter.",
                 "Head of Performance and Insight", "Quarterly", "Green",
                 "Q2 report published 31 October 2025."),
            ]),
            ("Finding 4: Complaints were not always handled in line with the Housing Ombudsman’s "
             "Complaint Handling Code.", [
                ("2.3", "Restructure the complaints team and introduce weekly oversight of Stage 1 "
                        "response times.", "Sam Okafor and Priya Nandra", "31/01/2026", "Red",
                 "Stage 1 responses within 10 working days: 71% (target 95%). Two posts vacant."),
            ]),
        ]),
        ("3. Neighbourhood and Community Standard", [
            ("Finding 5: Aspire did not have an up-to-date approach to tackling anti-social behaviour "
             "and hate incidents.", [
                ("3.1", "Review and publish the Anti-social Behaviour and Hate Incident Policy.",
                 "Neighbourhood Services Manager", "31 October 2025", "Complete",
                 "Approved by the Board on 25 September 2025 and published."),
                ("3.2", "Introduce case review meetings with Staffordshire Police and "
                        "Newcastle-under-Lyme Borough Council for high-risk cases.",
                 "Neighbourhood Services Manager", "January 2026", "Green",
                 "Terms of reference agreed; first meeting 8 January 2026."),
            ]),
        ]),
    ]
    for heading, findings in sections:
        doc.add_heading(heading, level=1)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead", "Target date", "RAG",
                                           "Progress update"]):
            set_cell(c, h, bold=True)
            shade(c, "D9E2F3")
        for finding, acts in findings:
            row = t.add_row()
            merged = row.cells[0].merge(row.cells[5])
            set_cell(merged, finding, bold=True)
            shade(merged, "F2F2F2")
            for ref, action, lead, due, rag, upd in acts:
                cells = t.add_row().cells
                for c, v in zip(cells, [ref, action, lead, due, rag, upd]):
                    set_cell(c, v)
                shade(cells[4], colours[rag])
        doc.add_paragraph()

    doc.add_paragraph("Notes: Progress is reported to the Customer Services Committee monthly and to "
                      "the Board quarterly. Evidence for completed actions is held in the regulatory "
                      "evidence library.")
    doc.add_paragraph("Sign-off").runs[0].bold = True
    t = doc.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, ["Role", "Name", "Date"]):
        set_cell(c, v, bold=True)
    for c, v in zip(t.rows[1].cells, ["Chair of the Board", "", ""]):
        set_cell(c, v)
    doc.save(out("pf-aspire-housing-rsh-inspection-improvement-plan.docx"))


# ============================================================ 5. Whitley Academy
def make_whitley():
    doc = Document()
    h = doc.add_heading("Whitley Academy Post-Ofsted Action Plan 2025–26", level=0)
    doc.add_paragraph("Inspection dates: 11 and 12 March 2025 | Overall effectiveness: Requires "
                      "improvement | Plan agreed by the Local Governing Body: 8 July 2025")
    p = doc.add_paragraph("RAG key: Green – achieved; Amber – in progress; Red – behind schedule. "
                          "No colour – not yet started.")
    p.runs[0].italic = True

    colours = {"G": "00B050", "A": "FFC000", "R": "FF0000", None: None}
    priorities = [
        ("Priority 1 – Quality of education: consistent curriculum implementation",
         "Area for improvement 1: Leaders should ensure that teachers check pupils’ understanding "
         "systematically and adapt their teaching so that pupils, including those with SEND, remember "
         "the important knowledge in the curriculum.", [
            ("Deliver a CPD programme on responsive teaching and checking for understanding (weekly "
             "Tuesday sessions).", "KM", "Autumn term 2025",
             "Lesson visits show checking for understanding in 90% of lessons.",
             "Headteacher; LGB Standards Committee", "G"),
            ("Introduce low-stakes retrieval quizzes at the start of every Year 7–11 lesson in English, "
             "maths, science and humanities.", "JBr, KM", "September 2025 – July 2026",
             "Quiz outcomes tracked; pupils recall prior learning in book looks and pupil voice.",
             "Deputy Headteacher (Curriculum)", "A"),
            ("Heads of department to review curriculum maps and identify the core knowledge pupils "
             "must remember in each unit.", "Heads of Department / KM", "October half-term 2025",
             "Revised maps published for all subjects.", "KM", "G"),
        ]),
        ("Priority 2 – Behaviour and attitudes: attendance",
         "Area for improvement 2: Leaders should continue to take effective action to reduce "
         "persistent absence, particularly for disadvantaged pupils, so that these pupils do not miss "
         "out on their education.", [
            ("Appoint a dedicated attendance officer and introduce first-day calling and home visits "
             "for pupils below 90% attendance.", "Deputy Headteacher (Pastoral)", "September 2025",
             "Attendance officer in post; first-day calls logged for every absence.",
             "Headteacher", "G"),
            ("Run weekly attendance panels with Heads of Year to agree individual support plans for "
             "disadvantaged persistent absentees.", "Deputy Headteacher (Pastoral) / Heads of Year",
             "Half-termly", "Persistent absence of disadvantaged pupils falls below 25%.",
             "LGB attendance link governor", "A"),
            ("Work with Coventry City Council’s attendance team on early help and, where needed, "
             "legal intervention.", "Attendance Officer", "Summer term 2026",
             "Early help assessments in place for all pupils below 80% attendance.",
             "Deputy Headteacher (Pastoral)", None),
        ]),
        ("Priority 3 – Personal development: PSHE",
         "Area for improvement 3: Leaders should ensure that the personal, social and health "
         "education curriculum is delivered consistently well so that pupils are well prepared for "
         "life in modern Britain.", [
            ("Move PSHE from form time to a timetabled weekly lesson taught by a specialist team.",
             "Assistant Headteacher (Personal Development)", "September 2025",
             "PSHE on every Year 7–11 timetable.", "Headteacher", "G"),
            ("Survey pupils each term on what they remember from PSHE units and adapt the programme "
             "in response.", "Assistant Headteacher (Personal Development)", "Termly",
             "Pupil voice shows improved recall of key PSHE content.", "LGB Standards Committee", "A"),
            ("Commission an external review of personal development provision.", "Headteacher",
             "June 2026", "Review completed and findings reported to governors.",
             "Chair of the LGB", "R"),
        ]),
    ]
    for heading, afi, acts in priorities:
        doc.add_heading(heading, level=2)
        p = doc.add_paragraph(afi)
        p.runs[0].italic = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, hd in zip(t.rows[0].cells, ["Actions", "Lead", "Timescale", "Success criteria",
                                            "Monitored by", "RAG"]):
            set_cell(c, hd, bold=True)
            shade(c, "E7E6E6")
        for action, lead, when, success, mon, rag in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, [action, lead, when, success, mon, ""]):
                set_cell(c, v)
            if colours[rag]:
                shade(cells[5], colours[rag])
        doc.add_paragraph()
    doc.add_paragraph("Monitoring: this plan is reviewed at every meeting of the Local Governing Body "
                      "and at the termly school improvement partner visit.")
    doc.save(out("pf-whitley-academy-post-ofsted-action-plan.docx"))


# ============================================================ 6. Lincolnshire Police (refuse)
def make_lincs():
    rows = [
        ["Lincolnshire Police and Office of the Police and Crime Commissioner for Lincolnshire – "
         "Internal Audit Recommendations Tracker"],
        ["Position at 14 November 2025"],
        ["Joint Independent Audit Committee – 3 December 2025"],
        [],
        ["Audit", "Year", "Assurance", "Rec no.", "Priority", "Recommendation",
         "Agreed management action", "Responsible officer", "Original due date", "Revised due date",
         "Status", "Update"],
        ["Payroll and expenses", "2024/25", "Reasonable", "1", "Medium",
         "Overtime claims should be approved by a supervisor before they are submitted to payroll.",
         "Configure the duty management system so that overtime cannot be submitted without "
         "supervisor approval.", "Head of HR Services", "31/03/2025", "30/09/2025", "Complete",
         "Configuration live from 1 September 2025."],
        ["Payroll and expenses", "2024/25", "Reasonable", "2", "Low",
         "The expenses policy should be reviewed and updated.",
         "Refresh the expenses policy and publish it on the intranet.", "Head of HR Services",
         "30/06/2025", "", "Complete", ""],
        ["Fleet management", "2024/25", "Limited", "1", "High",
         "The force should maintain a complete and accurate vehicle asset register, reconciled to the "
         "finance system.",
         "Reconcile the fleet register to the fixed asset register quarterly and investigate variances.",
         "Head of Fleet; Chief Accountant", "30/06/2025", "31/12/2025", "In progress",
         "Q2 reconciliation completed; 14 variances under review."],
        ["Fleet management", "2024/25", "Limited", "2", "Medium",
         "Vehicle defects should be recorded and closed on the fleet system.",
         "Mandate use of the electronic defect reporting app for all response vehicles.",
         "Head of Fleet", "30/09/2025", "", "In progress", "App issued to 80% of response vehicles."],
        ["Seized and found property", "2024/25", "Limited", "1", "High",
         "Property held beyond its retention date should be reviewed and disposed of in line with "
         "policy.",
         "Run monthly reports of property past its retention date and allocate reviews to property "
         "officers.", "Property Services Manager", "31/05/2025", "Febuary 2026", "In progress",
         "Backlog reduced from 2,310 to 1,180 items."],
        ["Seized and found property", "2024/25", "Limited", "2", "Medium",
         "Cash seized as property should be banked within the timescale set out in policy.",
         "Introduce a weekly cash reconciliation and banking check.",
         "Property Services Manager / Chief Accountant", "31/07/2025", "", "Overdue",
         "Procedure drafted; awaiting sign-off."],
        ["Business continuity", "2025/26", "Reasonable", "1", "Medium",
         "Business continuity plans should be tested at least annually.",
         "Schedule and record tabletop exercises for each critical function.",
         "Head of Emergency Planning", "31/03/2026", "", "Not yet due", ""],
        ["Business continuity", "2025/26", "Reasonable", "2", "Low",
         "Business impact analyses should be reviewed after each restructure.",
         "Add a business impact analysis review to the organisational change checklist.",
         "Head of Emergency Planning", "31/01/2026", "", "Not yet due", ""],
        ["OPCC commissioning and grants", "2025/26", "Substantial", "1", "Low",
         "Grant agreements should include measurable outcomes.",
         "Add an outcomes schedule to the grant agreement template for 2026/27 awards.",
         "OPCC Chief Executive", "31/12/2025", "", "In progress", "Template in draft."],
        ["Cyber security", "2024/25", "Reasonable", "1", "Medium",
         "Privileged user accounts should be reviewed quarterly.",
         "Introduce a quarterly privileged access review signed off by the Head of Digital and IT.",
         "Head of Digital and IT", "31/03/2025", "31/10/2025", "Overdue",
         "First review completed; second review outstanding."],
        [],
        ["Priority: High – fundamental control weakness; Medium – significant issue; Low – minor "
         "improvement."],
        ["Summary: 10 recommendations – 2 complete, 4 in progress, 2 overdue, 2 not yet due."],
    ]
    width = 12
    with open(out("pf-lincolnshire-police-and-opcc-internal-audit-recommendations-tracker-"
                  "typo-month-refuse.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in rows:
            w.writerow(row + [""] * (width - len(row)))


# ============================================================ 7. Friarwood Surgery
def make_friarwood():
    T = "\t"
    lines = [
        "Friarwood Surgery – CQC Inspection Action Plan" + T * 6,
        "Inspection 17 June 2025 | Report published 12 August 2025 | Overall rating: Requires improvement" + T * 6,
        "Last updated: 03/11/2025 by the Practice Manager" + T * 6,
        T * 6,
        "Status key: R = overdue, A = at risk, G = on track, B = complete" + T * 6,
        T * 6,
        T.join(["Ref", "CQC finding", "Action", "Lead", "Target date", "Status", "Update"]),
        "MUST DO – Requirement notice: Regulation 12 Safe care and treatment" + T * 6,
        T.join(["1", "The provider must ensure that patients prescribed high-risk medicines receive the "
                     "required monitoring before prescriptions are issued.",
                "Run weekly searches for patients on methotrexate, lithium, DOACs and ACE inhibitors "
                "who are overdue blood monitoring, and recall them.",
                "Clinical Pharmacist", "31/08/2025", "B", "Searches running weekly since July 2025."]),
        T.join(["2", "",
                "Add a clinical system alert so that repeat prescriptions cannot be re-authorised while "
                "monitoring is overdue.",
                "Lead GP / Clinical Pharmacist", "30/09/2025", "B", "Alert live; audited October 2025."]),
        T.join(["3", "The provider must ensure that safety alerts are actioned and that a record is kept "
                     "of the action taken.",
                "\"Set up a safety alert log with named GP sign-off for each alert.\n"
                "Re-run searches for historical alerts from 2023 onwards.\"",
                "Dr Hannah Reid", "31/10/2025", "G", "Log in use; historical searches 70% complete."]),
        "MUST DO – Requirement notice: Regulation 17 Good governance" + T * 6,
        T.join(["4", "The provider must ensure that systems to assess, monitor and mitigate risks are "
                     "operated effectively, including infection prevention and control and fire safety.",
                "Complete the outstanding actions from the infection prevention and control audit "
                "(sharps bins, clinical waste storage) and repeat the audit.",
                "Practice Nurse Manager", "30/09/2025", "B", "Repeat audit 96%."]),
        T.join(["5", "",
                "Commission an updated fire risk assessment and carry out a fire drill at each site.",
                "Practice Manager", "31/12/2025", "A",
                "Fire risk assessment booked for 27 November 2025."]),
        "SHOULD DO" + T * 6,
        T.join(["6", "The provider should continue to improve the uptake of cervical screening and "
                     "childhood immunisations.",
                "Send text reminders and offer Saturday clinics through the PCN enhanced access service.",
                "Practice Nurse Manager & Reception Supervisor", "March 2026", "G",
                "Saturday clinics started October 2025."]),
        T.join(["7", "The provider should improve patient access by telephone.",
                "Move to a cloud-based telephony system with call-back and queue position.",
                "Practice Manager", "30/09/2025", "R",
                "Supplier delay; go-live now planned for January 2026. ICB informed."]),
        T.join(["8", "The provider should review the system for summarising new patient records to "
                     "reduce the backlog.",
                "Allocate 10 hours a week of administrator time to summarising until the backlog is "
                "below 4 weeks.",
                "Operations Manager", "Ongoing", "G", "Backlog reduced from 640 to 210 records."]),
        T * 6,
        "Total actions: 8 | B 3 | G 3 | A 1 | R 1" + T * 6,
        "Notes: This plan is reviewed at the monthly practice meeting and shared with the Patient "
        "Participation Group." + T * 6,
    ]
    with open(out("pf-friarwood-surgery-cqc-inspection-action-plan.txt"), "w", newline="",
              encoding="utf-8") as f:
        f.write("\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    make_herts()
    make_hra()
    make_clch()
    make_aspire()
    make_whitley()
    make_lincs()
    make_friarwood()
    print("done")
