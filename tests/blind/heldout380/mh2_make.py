"""Build the seven mh2- case files of set heldout380.

Run with /work/main/.venv/bin/python (openpyxl, python-docx).
Partnership, NHS and corporate plans:
  1 UCLH maternity and neonatal improvement plan (xlsx, fill-only RAG, theme/objective rows)
  2 Staffordshire Moorlands DC corporate risk register Q3 2025/26 (xlsx, typo month -> refuse)
  3 Newark & Sherwood DC transformation programme highlight report (xlsx, previous/current RAG)
  4 Pennine Care NHSFT single agency SAR action plan (docx, one table per recommendation)
  5 East Staffordshire CSP DHR 'Kate' action plan (docx, Home Office template, merged cells)
  6 Chesterfield Royal Hospital NHSFT Board of Directors public action log (csv)
  7 Safer Rushcliffe CSP partnership plan 2025-26 action plan (tab-separated txt)
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))

RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "0070C0"
FILLS = {"red": RED, "amber": AMBER, "green": GREEN, "blue": BLUE}

thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def D(y, m, d):
    return dt.datetime(y, m, d)


# ---------------------------------------------------------------------------
# 1. UCLH maternity and neonatal improvement plan (xlsx)
# ---------------------------------------------------------------------------
def make_uclh():
    name = "mh2-uclh-nhsft-maternity-neonatal-improvement-plan.xlsx"
    title = "UCLH Maternity and Neonatal Improvement Plan 2024/25"
    plan = [
        ("Theme 1: Listening to and working with women and families with compassion", [
            ("Objective 1: Care that is personalised", [
                ("1.1", "Offer every woman a personalised care and support plan (PCSP) at booking, reviewed at 28 and 36 weeks, and audit completion quarterly.",
                 "Consultant Midwife – Public Health", D(2024, 6, 30), D(2024, 12, 31),
                 "Q2 audit: 78% of PCSPs reviewed at 36 weeks (target 90%). Reminder added to Epic booking pathway.",
                 "Quarterly PCSP audit", "green"),
                ("1.2", "Introduce a birth reflections (debrief) service offered to all women within six weeks of birth, with self-referral via the maternity website.",
                 "Consultant Midwife – Public Health / Patient Experience Midwife", D(2024, 9, 30), None,
                 "Service launched 2 September 2024; 41 referrals to date.",
                 "Service leaflet; referral log", "blue"),
            ]),
            ("Objective 2: Improve equity for mothers and babies", [
                ("1.3", "Publish the maternity equity and equality action plan jointly with the North Central London LMNS and report progress to the Maternity Safety Champions quarterly.",
                 "Director of Midwifery", D(2024, 10, 31), D(2025, 3, 31),
                 "Draft shared with LMNS Board; publication delayed to align with the NCL system plan.",
                 "LMNS Board minutes", "amber"),
            ]),
            ("Objective 3: Work with service users to improve care", [
                ("1.4", "Fund the Maternity and Neonatal Voices Partnership (MNVP) lead to attend the Maternity & Neonatal Safety Board and co-produce quarterly 15 Steps walk-rounds.",
                 "Head of Midwifery", D(2024, 11, 30), None,
                 "MNVP lead attending since July; first 15 Steps walk-round held 14 October 2024.",
                 "15 Steps report", "green"),
            ]),
        ]),
        ("Theme 2: Growing, retaining, and supporting our workforce", [
            ("Objective 4: Grow our workforce", [
                ("2.1", "Complete the Birthrate Plus® reassessment and present the midwifery establishment review to Trust Board.",
                 "Director of Midwifery", D(2024, 7, 31), D(2025, 1, 31),
                 "Data collection complete; report awaited from Birthrate Plus. Board date moved to January 2025.",
                 "Board paper", "amber"),
            ]),
            ("Objective 5: Value and retain our workforce", [
                ("2.2", "Implement the local midwifery retention plan, including the preceptorship programme and a legacy mentor scheme for midwives in their last five years of practice.",
                 "Head of Midwifery; Practice Development Midwife", D(2025, 3, 31), None,
                 "Preceptorship programme relaunched; two legacy mentors appointed.",
                 "Retention dashboard", "green"),
            ]),
            ("Objective 6: Invest in skills", [
                ("2.3", "Achieve 90% compliance with PROMPT and fetal monitoring training for all eligible staff groups and sustain it for three consecutive months.",
                 "Lead Midwife for Education", D(2024, 9, 30), D(2024, 12, 31),
                 "Midwives 93%, obstetric consultants 88%, anaesthetists 71%. Escalated to Clinical Director.",
                 "Training compliance report", "red"),
            ]),
        ]),
        ("Theme 3: Developing and sustaining a culture of safety, learning, and support", [
            ("Objective 8: Learning and improving", [
                ("3.1", "Embed PSIRF in maternity and neonatal services: every PSII to have family engagement documented and safety actions tracked to closure on Datix.",
                 "Head of Maternity Governance", D(2025, 6, 30), None,
                 "All four PSIIs since April have a named family liaison; action tracker in place.",
                 "PSIRF tracker", "green"),
            ]),
            ("Objective 9: Support and oversight", [
                ("3.2", "Board Safety Champions to hold monthly walkabouts on the EGA Wing and report themes to the Quality & Safety Committee.",
                 "Chief Nurse / Non-Executive Maternity Safety Champion", "Monthly", None,
                 "Walkabouts held monthly since April 2024; themes reported in the Safety Champions report.",
                 "Safety Champions report", "green"),
            ]),
        ]),
        ("Theme 4: Standards and structures that underpin safer, more personalised, and more equitable care", [
            ("Objective 11: Data to inform learning", [
                ("4.1", "Submit complete and timely Maternity Services Data Set (MSDS) returns meeting all CNST Maternity Incentive Scheme Safety Action 2 criteria.",
                 "Maternity Digital Lead", D(2024, 12, 31), None,
                 "July 2024 submission met all criteria; confirmed by NHS England.",
                 "MSDS scorecard", "blue"),
            ]),
            ("Objective 12: Make better use of digital technology", [
                ("4.2", "Enable all booked women to access their maternity notes through a digital app, with information translated into the five most-spoken languages at the Trust.",
                 "Maternity Digital Lead / Chief Clinical Information Officer", D(2025, 3, 31), D(2025, 9, 30),
                 "Supplier procurement via NCL framework; revised date agreed at Digital Board.",
                 "Digital Board minutes", "amber"),
            ]),
        ]),
    ]

    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "University College London Hospitals NHS Foundation Trust"
    cov["A1"].font = Font(bold=True, size=12)
    cov["A2"] = title
    cov["A2"].font = Font(bold=True, size=16)
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    rows = [("Version", "v4.2"), ("Date", "18 November 2024"), ("Executive owner", "Chief Nurse"),
            ("Plan owner", "Director of Midwifery"),
            ("Reported to", "Maternity & Neonatal Safety Board; Quality & Safety Committee; Trust Board (Part 1)")]
    for i, (k, v) in enumerate(rows, start=5):
        cov.cell(i, 1, k).font = Font(bold=True)
        cov.cell(i, 2, v)
        cov.cell(i, 1).border = BORDER
        cov.cell(i, 2).border = BORDER
    cov["A11"] = "RAG key"
    cov["A11"].font = Font(bold=True)
    key = [("blue", "Complete – action delivered and evidence accepted by the Maternity & Neonatal Safety Board"),
           ("green", "On track to deliver by the due date"),
           ("amber", "At risk – slippage against due date, recovery plan in place"),
           ("red", "Off track – overdue or not deliverable without escalation")]
    for i, (c, txt) in enumerate(key, start=12):
        cov.cell(i, 1).fill = fill(FILLS[c])
        cov.cell(i, 1).border = BORDER
        cov.cell(i, 2, txt)
    cov["A17"] = ("Aligned to the NHS England Three Year Delivery Plan for Maternity and Neonatal Services "
                  "(March 2023): four themes and twelve objectives. Only objectives with open local actions are shown.")
    cov.column_dimensions["A"].width = 20
    cov.column_dimensions["B"].width = 95

    # Summary sheet
    summ = wb.create_sheet("Summary")
    summ["A1"] = "Summary of action status by theme – November 2024"
    summ["A1"].font = Font(bold=True, size=12)
    hdr = ["Theme", "Blue", "Green", "Amber", "Red", "Total"]
    for j, h in enumerate(hdr, start=1):
        c = summ.cell(3, j, h)
        c.font = Font(bold=True)
        c.border = BORDER
        if h.lower() in FILLS:
            c.fill = fill(FILLS[h.lower()])
    tot = {k: 0 for k in ["blue", "green", "amber", "red"]}
    r = 4
    for theme, objs in plan:
        counts = {k: 0 for k in tot}
        for _, acts in objs:
            for a in acts:
                counts[a[7]] += 1
        summ.cell(r, 1, theme.split(":")[0])
        for j, k in enumerate(["blue", "green", "amber", "red"], start=2):
            summ.cell(r, j, counts[k])
            tot[k] += counts[k]
        summ.cell(r, 6, sum(counts.values()))
        for j in range(1, 7):
            summ.cell(r, j).border = BORDER
        r += 1
    summ.cell(r, 1, "Total").font = Font(bold=True)
    for j, k in enumerate(["blue", "green", "amber", "red"], start=2):
        summ.cell(r, j, tot[k]).font = Font(bold=True)
    summ.cell(r, 6, sum(tot.values())).font = Font(bold=True)
    for j in range(1, 7):
        summ.cell(r, j).border = BORDER
    summ.column_dimensions["A"].width = 22

    # Plan sheet
    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Progress position as at 18 November 2024"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:H2")
    heads = ["Ref", "Action", "Lead", "Original due date", "Revised due date",
             "Progress update – November 2024", "Evidence / assurance", "RAG"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BORDER
    r = 5
    for theme, objs in plan:
        ws.cell(r, 1, theme).font = Font(bold=True, color="FFFFFF")
        ws.cell(r, 1).fill = fill("2E75B6")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for obj, acts in objs:
            ws.cell(r, 1, obj).font = Font(bold=True)
            ws.cell(r, 1).fill = fill("DDEBF7")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
            for ref, act, lead, orig, rev, prog, ev, rag in acts:
                vals = [ref, act, lead, orig, rev, prog, ev, None]
                for j, v in enumerate(vals, start=1):
                    c = ws.cell(r, j, v)
                    c.alignment = WRAP
                    c.border = BORDER
                    if isinstance(v, dt.datetime):
                        c.number_format = "mmm-yy"
                ws.cell(r, 8).fill = fill(FILLS[rag])
                r += 1
    r += 1
    ws.cell(r, 1, "RAG is shown by cell colour – see key on Cover sheet.").font = Font(italic=True)
    widths = [7, 60, 28, 12, 12, 45, 22, 7]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(j)].width = w
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, name))


# ---------------------------------------------------------------------------
# 2. Staffordshire Moorlands DC corporate risk register Q3 2025/26 (xlsx, refuse)
# ---------------------------------------------------------------------------
def make_smdc():
    name = "mh2-staffordshire-moorlands-dc-corporate-risk-register-q3-2025-26-typo-month-refuse.xlsx"
    risks = [
        ("CR1", "Medium Term Financial Strategy – the Council is unable to close the budget gap from 2026/27 onwards",
         "Executive Director – Transformation", "4 x 5 = 20",
         "MTFS refreshed annually; budget monitoring to Cabinet quarterly; general fund reserves above minimum level",
         "4 x 4 = 16", "↔", [
             ("CR1.1", "Identify and approve savings and income proposals of £1.2m for the 2026/27 budget.",
              "Head of Finance (S151 Officer)", D(2026, 2, 28), "Amber",
              "£0.8m identified to date; remaining proposals to Cabinet in January."),
             ("CR1.2", "Review fees and charges and implement revised charges from 1 April 2026.",
              "Heads of Service", "Apr-26", "Green", "Service reviews under way."),
             ("CR1.3", "Respond to the Fair Funding Review 2.0 consultation and model the impact on the MTFS.",
              "Head of Finance (S151 Officer)", D(2025, 9, 30), "Complete", "Response submitted August 2025."),
         ]),
        ("CR2", "Cyber security – a successful cyber attack causes loss of systems and data",
         "Head of Digital Services", "4 x 5 = 20",
         "PSN compliance; MFA for all users; immutable back-ups; staff e-learning",
         "3 x 5 = 15", "↔", [
             ("CR2.1", "Complete the Cyber Assessment Framework (CAF) self-assessment and agree the improvement plan.",
              "Head of Digital Services", D(2026, 3, 31), "Green", "Self-assessment 60% complete."),
             ("CR2.2", "Run a cyber incident tabletop exercise with the Corporate Leadership Team.",
              "Head of Digital Services / Emergency Planning Officer", D(2025, 11, 30), "Complete",
              "Exercise held 19 November 2025; lessons log produced."),
         ]),
        ("CR3", "Workforce – inability to recruit and retain staff in key professional roles (planning, legal, finance)",
         "Head of People", "4 x 4 = 16",
         "Workforce strategy; market supplements policy; shared services with High Peak BC",
         "3 x 4 = 12", "↑", [
             ("CR3.1", "Launch the 'grow our own' apprenticeship scheme with four planning and legal trainee posts.",
              "Head of People", D(2025, 9, 30), "Complete", "Four apprentices started September 2025."),
             ("CR3.2", "Complete the pay and grading benchmarking review for hard-to-fill roles and report to Employment Committee.",
              "Head of People", "Febuary 2026", "Amber", "Benchmarking data received; analysis ongoing."),
             ("CR3.3", "Develop a succession plan for statutory officer roles.",
              "Chief Executive", D(2026, 6, 30), "Green", "Initial mapping completed by CLT."),
         ]),
        ("CR4", "Local Government Reorganisation – the LGR process in Staffordshire diverts capacity and disrupts delivery of Council priorities",
         "Chief Executive", "4 x 4 = 16",
         "LGR programme board; joint working with Staffordshire councils; regular member briefings",
         "4 x 3 = 12", "New", [
             ("CR4.1", "Establish an LGR programme team and resource plan funded from the transformation reserve.",
              "Chief Executive", D(2025, 12, 31), "Green", "Programme manager appointed."),
             ("CR4.2", "Maintain a protected list of priority projects to be delivered before vesting day.",
              "Executive Director – Place", "Mar-26", "Green", "Draft list agreed at CLT."),
         ]),
    ]
    wb = Workbook()
    summ = wb.active
    summ.title = "Summary"
    summ["A1"] = "Staffordshire Moorlands District Council"
    summ["A1"].font = Font(bold=True, size=12)
    summ["A2"] = "Corporate Risk Register – Quarter 3 2025/26"
    summ["A2"].font = Font(bold=True, size=14)
    for j, h in enumerate(["Ref", "Risk", "Risk owner", "Inherent", "Residual", "Direction of travel"], start=1):
        c = summ.cell(4, j, h)
        c.font = Font(bold=True)
        c.fill = fill("D9D9D9")
        c.border = BORDER
    for i, rk in enumerate(risks, start=5):
        for j, v in enumerate([rk[0], rk[1], rk[2], rk[3], rk[5], rk[6]], start=1):
            c = summ.cell(i, j, v)
            c.border = BORDER
            c.alignment = WRAP
    summ.column_dimensions["B"].width = 70
    summ.column_dimensions["C"].width = 32

    ws = wb.create_sheet("Register")
    ws["A1"] = "Staffordshire Moorlands District Council"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Corporate Risk Register – Quarter 3 2025/26"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Reported to Audit and Accounts Committee, January 2026. Scores are Likelihood x Impact (see Scoring sheet)."
    heads = ["Ref", "Risk description / further mitigating action", "Owner", "Inherent score (L x I)",
             "Existing controls", "Residual score (L x I)", "Target date", "Status / DoT", "Q3 commentary"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("375623")
        c.alignment = WRAP
        c.border = BORDER
    r = 6
    for ref, desc, owner, inh, ctrl, res, dot, acts in risks:
        vals = [ref, desc, owner, inh, ctrl, res, None, dot, None]
        for j, v in enumerate(vals, start=1):
            c = ws.cell(r, j, v)
            c.font = Font(bold=True)
            c.fill = fill("E2EFDA")
            c.alignment = WRAP
            c.border = BORDER
        r += 1
        for aref, act, aown, tdate, status, comm in acts:
            vals = [aref, act, aown, None, None, None, tdate, status, comm]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(r, j, v)
                c.alignment = WRAP
                c.border = BORDER
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            st = {"Amber": AMBER, "Green": GREEN, "Complete": BLUE, "Red": RED}[status]
            ws.cell(r, 8).fill = fill(st)
            r += 1
    r += 1
    ws.cell(r, 1, "Direction of travel: ↑ increasing  ↔ stable  ↓ reducing  New = new risk this quarter").font = Font(italic=True)
    widths = [8, 60, 30, 12, 40, 12, 13, 12, 40]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(j)].width = w

    sc = wb.create_sheet("Scoring")
    sc["A1"] = "Risk scoring matrix"
    sc["A1"].font = Font(bold=True)
    sc["A3"] = "Likelihood"
    sc["B3"] = "1 Rare"
    sc["C3"] = "2 Unlikely"
    sc["D3"] = "3 Possible"
    sc["E3"] = "4 Likely"
    sc["F3"] = "5 Almost certain"
    sc["A4"] = "Impact"
    sc["B4"] = "1 Negligible"
    sc["C4"] = "2 Minor"
    sc["D4"] = "3 Moderate"
    sc["E4"] = "4 Major"
    sc["F4"] = "5 Critical"
    sc["A6"] = "Score 15-25"
    sc["B6"] = "High – CLT and Committee oversight"
    sc["A6"].fill = fill(RED)
    sc["A7"] = "Score 8-12"
    sc["B7"] = "Medium – Head of Service manages"
    sc["A7"].fill = fill(AMBER)
    sc["A8"] = "Score 1-6"
    sc["B8"] = "Low – monitor"
    sc["A8"].fill = fill(GREEN)
    wb.save(os.path.join(HERE, name))


# ---------------------------------------------------------------------------
# 3. Newark & Sherwood DC transformation programme highlight report (xlsx)
# ---------------------------------------------------------------------------
def make_nsdc():
    name = "mh2-newark-sherwood-dc-transformation-programme-highlight-report.xlsx"
    streams = [
        ("1. Customer Access & Digital", [
            ("1.1", "Go-live of new customer portal (MyNSDC) for council tax, benefits and waste services",
             "Business Manager – ICT & Digital Services", D(2025, 9, 30), D(2026, 1, 31), "A", "A",
             "Integration testing with revenues system overran; go-live re-planned for January."),
            ("1.2", "Telephony replacement: migrate contact centre to cloud platform and retire legacy ACD",
             "Customer Services Business Manager", D(2025, 10, 31), D(2025, 10, 31), "G", "Complete",
             "Migrated 20 October 2025. Call abandonment down from 11% to 6%."),
            ("1.3", "Roll out Microsoft 365 Copilot pilot to 50 users and report evaluation to SLT",
             "ICT Business Manager / Transformation Lead", D(2025, 12, 31), D(2026, 2, 28), "G", "A",
             "Licences delayed by procurement; 20 users live."),
        ]),
        ("2. Asset Rationalisation", [
            ("2.1", "Complete options appraisal for Castle House ground-floor partner co-location",
             "Assets & Estates Business Manager", D(2025, 11, 30), D(2025, 11, 30), "A", "G",
             "Appraisal drafted; DWP and Citizens Advice engaged."),
            ("2.2", "Market and dispose of surplus former depot site, subject to Cabinet approval",
             "Assets & Estates Business Manager", "Q4 2025/26", "Q2 2026/27", "A", "R",
             "Ground investigation found contamination; Board asked to approve re-baselining."),
        ]),
        ("3. Workforce & Organisational Development", [
            ("3.1", "Launch revised hybrid working policy following staff consultation",
             "HR & OD Business Manager", D(2025, 8, 31), D(2025, 8, 31), "G", "Complete",
             "Policy launched 1 August 2025."),
            ("3.2", "Deliver management development programme (cohort 2) for 24 managers",
             "HR & OD Business Manager", D(2026, 3, 31), D(2026, 3, 31), "G", "G",
             "Modules 1-3 delivered; 22 of 24 attending."),
        ]),
        ("4. Commercial & Income Generation", [
            ("4.1", "Implement revised fees and charges for 2026/27, including second garden waste bin charge",
             "Director – Communities & Environment", D(2026, 1, 31), None, "G", "G",
             "Report to Cabinet January 2026."),
            ("4.2", "Business case for commercial trade waste expansion to Cabinet",
             "Waste & Transport Business Manager; Commercial Lead", D(2025, 12, 31), D(2026, 3, 31), "A", "A",
             "Market testing extended to include neighbouring districts."),
        ]),
    ]
    rag_fill = {"G": GREEN, "A": AMBER, "R": RED, "Complete": BLUE}
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    ws["A1"] = "Newark & Sherwood District Council"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Transformation & Service Improvement Programme – Highlight Report"
    ws["A2"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:H2")
    ws["A3"] = "Reporting period: Period 8 (1–30 November 2025)"
    ws.merge_cells("A3:H3")
    info = [("Programme SRO", "Deputy Chief Executive & Director – Resources"),
            ("Programme Manager", "Transformation & Service Improvement Manager"),
            ("Report to", "Transformation Programme Board – 9 December 2025")]
    r = 5
    for k, v in info:
        ws.cell(r, 1, k).font = Font(bold=True)
        ws.cell(r, 2, v)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
        r += 1
    # status dimensions
    r += 1
    for j, h in enumerate(["Programme status", "Previous", "Current", "Comment"], start=1):
        c = ws.cell(r, j, h)
        c.font = Font(bold=True)
        c.fill = fill("D9D9D9")
        c.border = BORDER
    ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=8)
    r += 1
    dims = [("Overall", "A", "A", "Two milestones re-planned; one red (depot disposal)."),
            ("Time", "A", "A", "See milestones 1.1, 1.3 and 2.2."),
            ("Budget", "G", "G", "Programme spend £412k against £450k budget."),
            ("Resources", "A", "R", "ICT project manager vacancy; interim cover sought.")]
    for d, p, c_, com in dims:
        ws.cell(r, 1, d).border = BORDER
        for j, v in ((2, p), (3, c_)):
            cc = ws.cell(r, j, v)
            cc.fill = fill(rag_fill[v])
            cc.border = BORDER
            cc.alignment = Alignment(horizontal="center")
        ws.cell(r, 4, com)
        ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=8)
        r += 1
    r += 1
    ws.cell(r, 1, "Key milestones").font = Font(bold=True, size=12)
    r += 1
    heads = ["Ref", "Milestone / action", "Owner", "Baseline date", "Forecast date",
             "Previous RAG", "Current RAG", "Commentary"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(r, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("203864")
        c.alignment = WRAP
        c.border = BORDER
    r += 1
    for stream, ms in streams:
        c = ws.cell(r, 1, stream)
        c.font = Font(bold=True)
        c.fill = fill("D6DCE4")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for ref, act, own, base, fc, prev, cur, com in ms:
            vals = [ref, act, own, base, fc, prev, cur, com]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(r, j, v)
                c.alignment = WRAP
                c.border = BORDER
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(r, 6).fill = fill(rag_fill[prev])
            ws.cell(r, 7).fill = fill(rag_fill[cur])
            r += 1
    r += 1
    ws.cell(r, 1, "RAG: G = on track; A = at risk, mitigation in place; R = off track, Programme Board decision needed; Complete = milestone delivered")
    r += 1
    ws.cell(r, 1, "Decision required: the Board is asked to approve re-baselining of milestone 2.2 to Q2 2026/27.")
    widths = [8, 55, 32, 13, 13, 10, 10, 48]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(j)].width = w

    ben = wb.create_sheet("Benefits")
    ben["A1"] = "Financial benefits tracker 2025/26 (£000)"
    ben["A1"].font = Font(bold=True, size=12)
    for j, h in enumerate(["Workstream", "Target", "Delivered to date", "Forecast outturn", "Variance"], start=1):
        c = ben.cell(3, j, h)
        c.font = Font(bold=True)
        c.border = BORDER
    data = [("1. Customer Access & Digital", 180, 95, 150), ("2. Asset Rationalisation", 250, 40, 120),
            ("3. Workforce & Organisational Development", 60, 60, 60), ("4. Commercial & Income Generation", 140, 70, 155)]
    rr = 4
    for w, t, dlv, f in data:
        for j, v in enumerate([w, t, dlv, f, f - t], start=1):
            ben.cell(rr, j, v).border = BORDER
        rr += 1
    ben.cell(rr, 1, "Total").font = Font(bold=True)
    for j, col in zip(range(2, 6), ["B", "C", "D", "E"]):
        ben.cell(rr, j, f"=SUM({col}4:{col}{rr-1})").font = Font(bold=True)
    ben.column_dimensions["A"].width = 42
    wb.save(os.path.join(HERE, name))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def bold_cell(cell, text):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)


# ---------------------------------------------------------------------------
# 4. Pennine Care NHSFT single agency SAR action plan (docx)
# ---------------------------------------------------------------------------
def make_pennine():
    name = "mh2-pennine-care-nhsft-sar-adult-h-single-agency-action-plan.docx"
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("Pennine Care NHS Foundation Trust", style="Subtitle")
    doc.add_heading("Single Agency Action Plan – Safeguarding Adults Review 'Adult H'", level=0)

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Version", "1.3"), ("Author", "Named Nurse – Safeguarding Adults"),
                 ("Approved by", "Trust Safeguarding Committee, 12 December 2024"),
                 ("SAR commissioned by", "Tameside Adult Safeguarding Partnership Board"),
                 ("Review", "Quarterly to the Safeguarding Assurance Group until all actions are complete")]:
        row = t.add_row().cells
        bold_cell(row[0], k)
        row[1].text = v
    doc.add_paragraph()
    doc.add_heading("1. Introduction", level=1)
    doc.add_paragraph(
        "Adult H was a 58-year-old man who lived alone and was known to the Trust's Community Mental Health "
        "Team. He died in March 2023 in circumstances of severe self-neglect. The Safeguarding Adults Review "
        "made eight recommendations, three of which were addressed to Pennine Care. This plan sets out the "
        "Trust's response and is monitored by the Safeguarding Assurance Group.")
    doc.add_heading("2. Action plan", level=1)

    recs = [
        ("SAR Recommendation 1: The Trust should assure the Board that its Community Mental Health Teams apply the Did Not Attend policy to adults with care and support needs who disengage from services, with escalation to safeguarding where risks of self-neglect are identified.", [
            ("1.1", "Revise the Trust's Did Not Attend (DNA) and No Access Visit policy to include a mandatory multi-disciplinary review after two consecutive missed contacts for adults assessed as at risk of self-neglect.",
             "Associate Director of Safeguarding", "31/03/2025", "Policy ratified by Policy Approval Group 20/03/2025.", "Blue"),
            ("1.2", "Audit 30 records across the Tameside and Oldham CMHTs to test compliance with the revised policy and report findings to the Safeguarding Assurance Group.",
             "Named Nurse – Safeguarding Adults", "September 2025", "Audit tool agreed; fieldwork scheduled for July 2025.", "Green"),
        ]),
        ("SAR Recommendation 2: The Trust should strengthen practitioners' understanding and application of the Mental Capacity Act 2005 where a person's executive functioning may be impaired.", [
            ("2.1", "Add executive functioning and 'capacity in practice' case studies from SAR Adult H to the Level 3 Safeguarding Adults and MCA training package.",
             "Safeguarding Training Lead", "30/06/2025", "Case studies drafted and agreed with the SAB Learning and Development Group.", "Green"),
            ("2.2", "Update the RiO capacity assessment form so practitioners record whether the person can carry out (not only describe) the decision in practice.",
             "Mental Health Law Manager / Clinical Systems Lead", "Dec 2025", "Change request submitted; awaiting development slot from the RiO supplier.", "Amber"),
            ("2.3", "Deliver a lunchtime learning briefing on SAR Adult H to all CMHT staff, with attendance recorded.",
             "Named Nurse – Safeguarding Adults", "January 2025", "Four sessions delivered; 146 staff attended.", "Blue"),
        ]),
        ("SAR Recommendation 3: The Trust should ensure that carers and family members are routinely identified, offered a carer's assessment and involved in care planning, with the person's consent.", [
            ("3.1", "Complete the Triangle of Care self-assessment in all adult community mental health teams and agree team-level improvement actions.",
             "Head of Patient and Carer Experience", "Q4 2025/26", "Self-assessments returned by 9 of 14 teams.", "Green"),
            ("3.2", "Include a carer contact and involvement field in the care plan review template and monitor completion through the monthly quality dashboard.",
             "Head of Nursing – Community Mental Health", "Ongoing – reviewed quarterly", "Field live in RiO from February 2025; completion 64% in May.", "Green"),
        ]),
    ]
    rag_hex = {"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    for rec, acts in recs:
        p = doc.add_paragraph()
        p.add_run(rec).bold = True
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, ["Ref", "Action", "Lead", "Timescale", "Evidence / progress", "RAG"]):
            bold_cell(c, h)
            shade(c, "D9E2F3")
        for ref, act, lead, ts, ev, rag in acts:
            cells = tb.add_row().cells
            for c, v in zip(cells, [ref, act, lead, ts, ev, rag]):
                c.text = v
            shade(cells[5], rag_hex[rag])
        doc.add_paragraph()

    doc.add_heading("3. RAG key", level=1)
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for rag, txt in [("Blue", "Complete and evidenced"), ("Green", "On track"),
                     ("Amber", "At risk of delay"), ("Red", "Overdue / not progressed")]:
        cells = k.add_row().cells
        cells[0].text = rag
        shade(cells[0], rag_hex[rag])
        cells[1].text = txt
    doc.add_paragraph()
    doc.add_paragraph("Progress updated 30 May 2025 for the Tameside Adult Safeguarding Partnership Board SAR Sub-group.")
    doc.save(os.path.join(HERE, name))


# ---------------------------------------------------------------------------
# 5. East Staffordshire CSP DHR 'Kate' action plan (docx)
# ---------------------------------------------------------------------------
def make_esbc_dhr():
    name = "mh2-east-staffordshire-csp-dhr-kate-action-plan.docx"
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(9)
    doc.add_paragraph("East Staffordshire Community Safety Partnership", style="Subtitle")
    doc.add_heading("Domestic Homicide Review 'Kate' – Action Plan", level=0)
    doc.add_paragraph("Version 3 – updated following Home Office Quality Assurance Panel feedback. "
                      "Progress as at 30 September 2025.")

    doc.add_heading("Part A: Overview Report Recommendations", level=1)
    partA = [
        ("1. East Staffordshire CSP to seek assurance that all partner agencies have embedded routine enquiry about domestic abuse in contacts with older adults.",
         "Local", [
             ("Partner agencies to confirm in writing that routine enquiry is included in their domestic abuse policies and applies to adults over 60.",
              "East Staffordshire CSP", "Letters sent 02/12/2024; 9 of 10 agencies responded.", "March 2025",
              "Completed 28/03/2025 – all agencies confirmed.", "Complete"),
             ("Deliver a multi-agency learning event on domestic abuse and older people, using the learning from this review.",
              "Staffordshire Commissioner's Office", "Venue booked; speakers from Dewis Choice confirmed.", "June 2025",
              "Completed 11/06/2025 – 87 attendees.", "Complete"),
         ]),
        ("2. Staffordshire County Council Adult Social Care to ensure that carer's assessments consider whether the carer is also a perpetrator or victim of domestic abuse.",
         "Local", [
             ("Amend the carer's assessment template to include a prompt on domestic abuse and coercive control.",
              "Staffordshire County Council – Adult Social Care", "Draft prompt agreed with the Carers Hub.", "31/03/2025",
              "", "Amber"),
             ("Audit a sample of 20 carer's assessments six months after the template change.",
              "Staffordshire County Council – Adult Social Care", "", "December 2025", "", "Green"),
         ]),
        ("3. The Home Office to consider issuing guidance on the use of the Domestic Violence Disclosure Scheme (Clare's Law) by older victims and their families.",
         "National", [
             ("CSP Chair to write to the Home Office DHR team highlighting this recommendation.",
              "East Staffordshire CSP Chair", "", "On publication", "", ""),
         ]),
    ]
    heads = ["Recommendation", "Scope of recommendation", "Action to take", "Lead Agency",
             "Key milestones achieved in enacting recommendation", "Target date",
             "Date of completion and outcome", "RAG"]
    rag_hex = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    t = doc.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, heads):
        bold_cell(c, h)
        shade(c, "E7E6E6")
    for rec, scope, acts in partA:
        first = len(t.rows)
        for act, lead, ms, td, done, rag in acts:
            cells = t.add_row().cells
            for c, v in zip(cells[2:], [act, lead, ms, td, done, rag]):
                c.text = v
            if rag:
                shade(cells[7], rag_hex[rag])
        last = len(t.rows) - 1
        a = t.cell(first, 0)
        b = t.cell(first, 1)
        if last > first:
            a = a.merge(t.cell(last, 0))
            b = b.merge(t.cell(last, 1))
        a.text = rec
        b.text = scope
    doc.add_paragraph()

    doc.add_heading("Part B: Single Agency Recommendations", level=1)
    heads_b = ["Agency", "Recommendation", "Action to take", "Lead", "Target date",
               "Date of completion and outcome", "RAG"]
    partB = [
        ("Staffordshire Police", "Officers attending domestic incidents involving older couples should complete a DASH risk assessment with each party separately.",
         "Issue a force-wide practice note and add an older-persons scenario to the domestic abuse refresher training.",
         "Head of Public Protection", "September 2025", "", "Green"),
        ("Staffordshire and Stoke-on-Trent ICB (GP practice)", "The ICB to support GP practices to record domestic abuse disclosures using the correct clinical codes.",
         "Circulate the IRIS coding guidance to all East Staffordshire GP practices and include domestic abuse coding in the practice safeguarding audit tool.",
         "ICB Designated Nurse – Safeguarding Adults", "Q3 2025/26", "Guidance circulated 14/07/2025; audit tool update pending.", "Amber"),
        ("Midlands Partnership University NHS Foundation Trust", "District nurses to be reminded to see patients alone at least once where there are indicators of abuse.",
         "Include 'seeing the patient alone' in the district nursing safeguarding supervision checklist.",
         "MPFT Named Nurse Safeguarding Adults / District Nursing Clinical Lead", "31/01/2025",
         "Completed 20/01/2025 – checklist reissued.", "Complete"),
    ]
    tb = doc.add_table(rows=1, cols=len(heads_b))
    tb.style = "Table Grid"
    for c, h in zip(tb.rows[0].cells, heads_b):
        bold_cell(c, h)
        shade(c, "E7E6E6")
    for row in partB:
        cells = tb.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
        shade(cells[6], rag_hex[row[6]])
    doc.add_paragraph()
    doc.add_paragraph("RAG: Complete = action completed and evidence received; Green = on track; "
                      "Amber = delayed; Red = not progressed. Blank = not yet started.")
    doc.save(os.path.join(HERE, name))


# ---------------------------------------------------------------------------
# 6. Chesterfield Royal Hospital NHSFT Board of Directors public action log (csv)
# ---------------------------------------------------------------------------
def make_crh_csv():
    name = "mh2-chesterfield-royal-hospital-nhsft-board-of-directors-public-action-log.csv"
    rows = [
        ["Chesterfield Royal Hospital NHS Foundation Trust"],
        ["Board of Directors (Public) – Action Log"],
        ["Updated 27/11/2025 for the meeting on 04/12/2025"],
        ["Key: Red = overdue; Amber = in progress / not yet due; Green = complete – proposed for closure"],
        [],
        ["Action No.", "Meeting Date", "Minute Ref", "Agenda Item", "Action", "Lead", "Due Date", "RAG", "Update / Comments"],
        ["BoD/25/041", "05/06/2025", "25/089", "Integrated Performance Report",
         "Provide a breakdown of the 52-week waits by specialty, with recovery trajectories, to the next Finance & Performance Committee.",
         "Chief Operating Officer", "31/07/2025", "Green", "Presented to F&P Committee 24/07/2025. Propose closure."],
        ["BoD/25/047", "03/07/2025", "25/112", "Freedom to Speak Up Report",
         "Triangulate FTSU themes with the staff survey results by division and report back to the Board.",
         "Director of People & OD", "October 2025", "Red", "Staff survey results delayed; now scheduled for the January Board."],
        ["BoD/25/052", "03/07/2025", "25/118", "Maternity & Neonatal Safety Report",
         "Circulate the Perinatal Culture & Leadership Programme diagnostic summary to Board members.",
         "Director of Midwifery", "31/08/2025", "Green", "Circulated by email 18/08/2025."],
        ["BoD/25/058", "04/09/2025", "25/141", "Board Assurance Framework",
         "Review the risk appetite statement for BAF risk 4 (estates and infrastructure) at the Board development session.",
         "Trust Secretary", "Nov-25", "Amber", "Scheduled for Board development session 13/11/2025; deferred to December."],
        ["BoD/25/061", "04/09/2025", "25/146", "Patient Story",
         "Invite the patient and family to a follow-up meeting with the Chief Nurse to share the changes made to discharge planning.",
         "Chief Nurse", "31/10/2025", "Green", "Meeting held 16/10/2025."],
        ["BoD/25/066", "02/10/2025", "25/163", "Digital Strategy Update",
         "Confirm the go-live date for the electronic patient record (EPR) replacement and the associated clinical safety case.",
         "Chief Information Officer; Medical Director", "Jan-26", "Amber", "Awaiting national funding confirmation."],
        ["BoD/25/070", "02/10/2025", "25/169", "Finance Report Month 6",
         "Bring a paper on the 2026/27 cost improvement programme pipeline, including quality impact assessments, to the December Board.",
         "Director of Finance", "04/12/2025", "Amber", "On agenda for 04/12/2025."],
        ["BoD/25/073", "06/11/2025", "25/184", "Guardian of Safe Working Report",
         "Provide an update on exception reporting rates for resident doctors in Emergency Medicine.",
         "Guardian of Safe Working Hours", "March 2026", "Amber", ""],
        [],
        ["Total actions on log: 8 (Red 1, Amber 4, Green 3)"],
        ["Actions approved for closure are removed from the log after the meeting."],
    ]
    with open(os.path.join(HERE, name), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        for r in rows:
            w.writerow(r)


# ---------------------------------------------------------------------------
# 7. Safer Rushcliffe CSP partnership plan 2025-26 action plan (tab-separated txt)
# ---------------------------------------------------------------------------
def make_rushcliffe_txt():
    name = "mh2-safer-rushcliffe-csp-partnership-plan-2025-26-action-plan.txt"
    lines = [
        ["Safer Rushcliffe Community Safety Partnership"],
        ["Partnership Plan 2025-26 – Action Plan (Quarter 2 update)"],
        ["Reported to Rushcliffe Community Safety Partnership Board, 21 October 2025"],
        [],
        ["Ref", "Action", "Lead", "Partners", "Target date", "Q2 RAG", "Q2 update"],
        ["Priority 1: Anti-social behaviour"],
        ["1.1", "Deliver targeted ASB patrols in West Bridgford town centre on Friday and Saturday evenings during the summer period.",
         "Community Safety Manager (RBC)", "Nottinghamshire Police; RBC Neighbourhoods", "Sept 2025", "Complete",
         "12 weekends of patrols delivered; ASB reports down 18% on summer 2024."],
        ["1.2", "Review the use of Community Protection Notices and publish an ASB tools and powers guide for partners.",
         "Community Safety Manager (RBC)", "Nottinghamshire Police; Metropolitan Housing", "Dec 2025", "G",
         "Review complete; guide in draft."],
        ["Priority 2: Domestic abuse and violence against women and girls"],
        ["2.1", "Achieve White Ribbon accreditation for Rushcliffe Borough Council.",
         "Head of Public Protection", "Juno Women's Aid", "Nov 2025", "A",
         "Submission delayed while action plan is signed off by the Executive Management Team."],
        ["2.2", "Run a 16 Days of Action campaign, including Ask for Angela refresher training for licensed premises.",
         "Community Safety Officer / Licensing Team Leader", "Nottinghamshire Police; Pubwatch", "December 2025", "G",
         "Training dates booked for 25 and 27 November."],
        ["2.3", "Commission a domestic abuse drop-in at Cotgrave and Bingham libraries.",
         "Nottinghamshire Office of the Police and Crime Commissioner", "Inspire Libraries; Juno Women's Aid", "March 2026", "A",
         "Funding bid submitted; decision expected December."],
        ["Priority 3: Serious violence and exploitation"],
        ["3.1", "Deliver knife crime awareness sessions to Year 8 pupils in all Rushcliffe secondary schools.",
         "Police Early Intervention Officer", "Schools; Violence Reduction Unit", "July 2026", "G",
         "Sessions delivered in 4 of 7 schools."],
        ["3.2", "Map hot spots for county lines activity with the Violence Reduction Unit and agree a disruption plan.",
         "Rushcliffe Neighbourhood Inspector", "Violence Reduction Unit; British Transport Police", "Q3 2025/26", "R",
         "Analyst post vacant since July; VRU asked to provide support."],
        ["Priority 4: Rural and acquisitive crime"],
        ["4.1", "Expand Farm Watch and Horse Watch membership and issue quarterly rural crime alerts.",
         "Rural Crime Officer", "NFU; Parish councils", "Ongoing", "G",
         "Membership up from 212 to 261; Q2 alert issued in September."],
        ["4.2", "Install two additional ANPR cameras on routes identified by the rural crime analysis.",
         "CCTV Manager", "Nottinghamshire Police", "Feb 2026", "A",
         "Sites agreed; awaiting highways permit."],
        [],
        ["RAG key: G = on track; A = some slippage; R = off track; Complete = delivered"],
    ]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        for l in lines:
            f.write("\t".join(l) + "\n")


if __name__ == "__main__":
    make_uclh()
    make_smdc()
    make_nsdc()
    make_pennine()
    make_esbc_dhr()
    make_crh_csv()
    make_rushcliffe_txt()
    print("built 7 files in", HERE)
