"""Build the seven st- test files of set heldout495.

Run with: /work/main/.venv/bin/python st_make.py
Writes (beside this script):
  st-royal-national-college-for-the-blind-ofsted-post-inspection-action-plan.xlsx
  st-leeds-arts-university-internal-audit-recommendations-tracker.xlsx
  st-forhousing-rsh-consumer-standards-improvement-plan-typo-month-refuse.xlsx
  st-ravensworth-house-nursing-home-cqc-inspection-action-plan.docx
  st-nhs-frimley-icb-learning-disability-autism-programme-highlight-report.docx
  st-legal-services-board-board-action-log.csv
  st-norfolk-opcc-strategic-risk-register.txt
"""
import csv
import io
import os
from datetime import datetime as dt

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "B": "5B9BD5", "G": "00B050", "A": "FFC000", "R": "FF0000",
    "hdr": "1F3864", "band": "D9E1F2", "grey": "D9D9D9",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill(start_color=hex_, end_color=hex_, fill_type="solid")


# ---------------------------------------------------------------------------
# 1. Royal National College for the Blind - Ofsted post-inspection action plan
# ---------------------------------------------------------------------------
RNC_TITLE = "Royal National College for the Blind – Post-Inspection Action Plan 2024–25"
RNC = [
    ("band", "QUALITY OF EDUCATION"),
    ("afi", "Area for improvement 1: Leaders and managers should ensure that tutors set precise, measurable targets for students with high needs, so that students and staff can track progress towards the outcomes in students’ education, health and care plans."),
    ("act", "1.1", "Introduce a single target-setting framework linked to EHCP outcomes, with termly review points recorded on ProMonitor.",
     "Head of Learning Support / Assistant Principal (Foundation Learning)", "Every student with an EHCP has measurable targets reviewed each term.",
     dt(2024, 10, 31), None, "G", "B", "Framework launched at October INSET; 100% of EHCP students have targets set on ProMonitor."),
    ("act", "1.2", "Deliver staff development on writing SMART targets for students with complex needs, followed by sampling of individual learning plans.",
     "Quality Manager", "Sampling shows at least 90% of targets are specific and measurable.",
     dt(2024, 12, 20), dt(2025, 2, 28), "A", "G", "Two of three training sessions delivered; sampling moved to February because of staff absence."),
    ("act", "1.3", "Share termly progress reports with students, parents/carers and commissioning local authorities ahead of annual reviews.",
     "Head of Learning Support", "Local authorities receive progress information before every annual review.",
     "End of Summer term 2025", None, "G", "G", "Autumn reports sent to 11 local authorities; template revised after parent feedback."),
    ("afi", "Area for improvement 2: Leaders should ensure that students on study programmes receive high-quality feedback from teachers that helps them to improve their work over time."),
    ("act", "2.1", "Revise the assessment and feedback policy to include accessible feedback formats (audio, Braille and large print) and set minimum expectations for each department.",
     "Vice Principal (Curriculum and Quality)", "Policy approved and in use in all departments.",
     dt(2024, 11, 30), None, "G", "B", "Policy approved by SLT on 26 November 2024 and shared with all teaching staff."),
    ("act", "2.2", "Carry out a work scrutiny in every curriculum area each term and report findings to the Teaching and Learning Group.",
     "Heads of Faculty", "Scrutiny shows feedback leads to improved work in subsequent assignments.",
     "Termly", None, "G", "G", "Autumn term scrutiny complete in all six areas; themes reported in December."),
    ("band", "PERSONAL DEVELOPMENT"),
    ("afi", "Area for improvement 3: Leaders should provide all students with a planned programme of work experience and employer encounters that is matched to their career goals."),
    ("act", "3.1", "Appoint an Employer Engagement Coordinator and build a database of local employers able to offer adapted placements.",
     "Director of Student Services", "Coordinator in post; at least 40 employers on the database.",
     dt(2024, 9, 30), dt(2025, 1, 31), "R", "A", "Post filled at second advert; coordinator started 6 January 2025. Database has 23 employers."),
    ("act", "3.2", "Ensure every study programme student has at least one external work experience placement or employer-led project during the year, recorded on the careers tracker.",
     "Careers Lead; Employer Engagement Coordinator", "100% of study programme students complete an external placement or employer project.",
     dt(2025, 7, 31), None, "A", "A", "41% of students placed so far; delay in coordinator appointment has slowed progress."),
    ("band", "LEADERSHIP AND MANAGEMENT"),
    ("afi", "Area for improvement 4: Trustees should receive information about the progress of students with high needs that enables them to hold leaders to account effectively."),
    ("act", "4.1", "Add a high-needs progress dashboard to the termly Quality and Standards Committee report and provide a trustee briefing on how to interpret it.",
     "Principal and CEO / Clerk to the Board", "Committee minutes show trustees challenging progress data.",
     "March 2025", None, "G", "G", "Dashboard drafted; trustee briefing booked for 11 March 2025."),
]


def make_rnc(path):
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = RNC_TITLE
    cov["A1"].font = Font(bold=True, size=16, color=FILL["hdr"])
    cov["A2"] = "Following Ofsted full inspection of 5–8 March 2024 (education programmes for young people; provision for learners with high needs)"
    cov["A3"] = "Owner: Vice Principal (Curriculum and Quality)        Governance: Quality and Standards Committee, Board of Trustees"
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    for j, h in enumerate(["Version", "Date", "Author", "Summary of changes"], 1):
        c = cov.cell(row=6, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["hdr"])
        c.border = BOX
    rows = [
        ("0.1", dt(2024, 4, 12), "Quality Manager", "First draft following inspection feedback"),
        ("1.0", dt(2024, 5, 21), "Vice Principal (Curriculum and Quality)", "Approved by Quality and Standards Committee"),
        ("1.2", dt(2024, 11, 19), "Quality Manager", "November 2024 progress update"),
        ("1.3", dt(2025, 2, 4), "Quality Manager", "January 2025 progress update for February committee"),
    ]
    for i, r in enumerate(rows, 7):
        for j, v in enumerate(r, 1):
            c = cov.cell(row=i, column=j, value=v)
            c.border = BOX
            if isinstance(v, dt):
                c.number_format = "dd/mm/yyyy"
    cov["A12"] = "Monitoring: progress is reviewed monthly by the Senior Leadership Team and termly by the Quality and Standards Committee."
    cov.column_dimensions["A"].width = 12
    cov.column_dimensions["B"].width = 14
    cov.column_dimensions["C"].width = 40
    cov.column_dimensions["D"].width = 50

    ws = wb.create_sheet("PIAP")
    ncol = 9
    ws["A1"] = RNC_TITLE
    ws["A1"].font = Font(bold=True, size=14, color=FILL["hdr"])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A2"] = "Progress position at 31 January 2025  |  Next review: Quality and Standards Committee, 20 May 2025"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    hdr = ["Ref", "Action", "Lead", "Success measure / intended impact", "Target date",
           "Revised date", "RAG Nov 2024", "RAG Jan 2025", "Progress update (January 2025)"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["hdr"])
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for item in RNC:
        if item[0] == "band":
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("2F5597")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        elif item[0] == "afi":
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True)
            c.fill = fill(FILL["band"])
            c.alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            ws.row_dimensions[r].height = 32
        else:
            _, ref, action, lead, measure, target, revised, prev, cur, upd = item
            vals = [ref, action, lead, measure, target, revised, prev, cur, upd]
            for j, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt):
                    c.number_format = "dd/mm/yyyy"
            for j, v in ((7, prev), (8, cur)):
                c = ws.cell(row=r, column=j)
                c.fill = fill(FILL[v])
                c.alignment = Alignment(horizontal="center", vertical="top")
                c.font = Font(bold=True)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Summary at 31 January 2025").font = Font(bold=True)
    cur = [i[8] for i in RNC if i[0] == "act"]
    for label, k in (("Complete (B)", "B"), ("On track (G)", "G"), ("Some slippage (A)", "A"), ("Off track (R)", "R")):
        r += 1
        ws.cell(row=r, column=1, value=label)
        ws.cell(row=r, column=3, value=cur.count(k))
    r += 1
    ws.cell(row=r, column=1, value="Total actions").font = Font(bold=True)
    ws.cell(row=r, column=3, value=len(cur)).font = Font(bold=True)
    widths = [7, 48, 30, 34, 13, 13, 9, 9, 45]
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[chr(64 + j)].width = w
    ws.freeze_panes = "A5"

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (k, t) in enumerate([
        ("B", "Complete – action finished and impact evidenced"),
        ("G", "On track to meet target date"),
        ("A", "Some slippage – revised date agreed"),
        ("R", "Off track – escalate to SLT"),
    ], 2):
        c = key.cell(row=i, column=1, value=k)
        c.fill = fill(FILL[k])
        key.cell(row=i, column=2, value=t)
    key.column_dimensions["B"].width = 50
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Leeds Arts University - internal audit recommendations tracker
# ---------------------------------------------------------------------------
LAU_TITLE = "Leeds Arts University – Internal Audit Recommendations Tracker"
# audit, assurance, [(ref, priority, recommendation, action, officer, original, revised, status, update)]
LAU = [
    ("Cyber Security (2023/24)", "Partial", [
        ("LAU/2324/03.1", "High",
         "Multi-factor authentication should be enforced for all staff and student accounts, including legacy service accounts.",
         "Enforce MFA on all remaining staff accounts and review the 14 legacy service accounts, disabling those no longer required.",
         "Director of Digital Services", dt(2024, 7, 31), dt(2024, 10, 31), "B",
         "MFA enforced 14 October 2024; 9 service accounts disabled. Verified by internal audit in January 2025."),
        ("LAU/2324/03.2", "Medium",
         "The University should test its IT disaster recovery plan at least annually and record lessons learned.",
         "Carry out a tabletop test of the IT disaster recovery plan with the Executive Team and update the plan with the lessons identified.",
         "Director of Digital Services / Head of Governance and Risk", dt(2024, 12, 31), dt(2025, 4, 30), "A",
         "Tabletop exercise now scheduled for 2 April 2025; supplier availability delayed the December date."),
        ("LAU/2324/03.3", "Low",
         "Cyber security awareness training should be mandatory for all new starters.",
         "Add cyber security e-learning to the mandatory induction checklist and report completion rates to the Executive Team quarterly.",
         "Head of People", dt(2025, 3, 31), None, "G",
         "E-learning module added to induction from January 2025; first quarterly report due April."),
    ]),
    ("Student Recruitment and Admissions (2023/24)", "Reasonable", [
        ("LAU/2324/06.1", "High",
         "Admissions decisions made outside the standard offer-making criteria should be authorised and recorded.",
         "Introduce an exceptions log in the applicant system requiring sign-off by the Head of Admissions for any offer made outside published criteria.",
         "Head of Admissions", dt(2024, 8, 31), None, "R",
         "System change raised with supplier; awaiting release date. Manual log in place as an interim control."),
        ("LAU/2324/06.2", "Medium",
         "Contextual offer data should be reviewed annually to confirm it is used consistently.",
         "Complete an annual review of contextual offers made in the 2024 cycle and report findings to Academic Board.",
         "Head of Widening Participation", dt(2025, 2, 28), dt(2025, 5, 31), "G",
         "Revised date agreed by Audit Committee in November 2024 so that the review covers clearing."),
    ]),
    ("Health and Safety – Workshops and Studios (2024/25)", "Reasonable", [
        ("LAU/2425/02.1", "High",
         "Risk assessments for workshop equipment should be reviewed and signed off by a competent person at least annually.",
         "Review all 63 workshop and studio equipment risk assessments and hold them on the central H&S system with a review date.",
         "Technical Services Manager", dt(2025, 1, 31), dt(2025, 3, 31), "G",
         "48 of 63 reviewed and uploaded; remaining 15 (ceramics and metals) booked for March."),
        ("LAU/2425/02.2", "Medium",
         "Induction records for students using workshop equipment should be complete and retained.",
         "Move workshop induction records from paper to the student record system so that inductions can be checked before equipment booking.",
         "Technical Services Manager; Academic Registrar", "June 2025", None, "G",
         "Specification agreed with Registry; build planned for May."),
    ]),
    ("UKVI Sponsor Compliance (2024/25)", "Substantial", [
        ("LAU/2425/05.1", "Low",
         "Attendance monitoring for sponsored students should be evidenced for every contact point.",
         "Produce a monthly attendance exception report for sponsored students and retain it with the sponsor compliance file.",
         "International Compliance Officer", dt(2024, 11, 30), None, "B",
         "Monthly report in place since November 2024."),
    ]),
]


def make_lau(path):
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Leeds Arts University"
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Internal Audit Recommendations Tracker – Summary"
    sm["A2"].font = Font(bold=True)
    sm["A3"] = "Audit Committee, 11 March 2025 – position at 28 February 2025"
    heads = ["Priority", "Implemented", "On track", "At risk", "Overdue", "Total"]
    for j, h in enumerate(heads, 1):
        c = sm.cell(row=5, column=j, value=h)
        c.font = Font(bold=True)
        c.border = BOX
        c.fill = fill(FILL["grey"])
    recs = [x for _, _, rs in LAU for x in rs]
    r = 6
    tot = [0, 0, 0, 0]
    for pr in ("High", "Medium", "Low"):
        counts = [sum(1 for x in recs if x[1] == pr and x[7] == k) for k in "BGAR"]
        tot = [a + b for a, b in zip(tot, counts)]
        for j, v in enumerate([pr] + counts + [sum(counts)], 1):
            sm.cell(row=r, column=j, value=v).border = BOX
        r += 1
    for j, v in enumerate(["Total"] + tot + [sum(tot)], 1):
        c = sm.cell(row=r, column=j, value=v)
        c.border = BOX
        c.font = Font(bold=True)
    sm.cell(row=r + 2, column=1, value="Recommendations verified as implemented are removed from the tracker after they have been reported to one meeting of the Committee.")
    sm.column_dimensions["A"].width = 14

    ws = wb.create_sheet("Tracker")
    ws["A1"] = LAU_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Status key:"
    ws["A2"].font = Font(bold=True)
    for j, (k, t) in enumerate((("B", "Implemented"), ("G", "On track"), ("A", "At risk / partially implemented"), ("R", "Overdue")), 2):
        c = ws.cell(row=2, column=j, value=t)
        c.fill = fill(FILL[k])
        c.border = BOX
    ws["A3"] = "Position at 28 February 2025. Status is shown by the colour of the Status cell."
    ws["A3"].font = Font(italic=True)
    hdr = ["Ref", "Audit", "Assurance opinion", "Priority", "Recommendation", "Agreed management action",
           "Responsible officer", "Original date", "Revised date", "Status", "Management update"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.alignment = WRAP
        c.border = BOX
    r = 6
    for audit, opinion, rs in LAU:
        first = r
        for ref, pr, rec, act, off, orig, rev, st, upd in rs:
            vals = [ref, audit if r == first else None, opinion if r == first else None, pr, rec, act, off, orig, rev, None, upd]
            for j, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=10).fill = fill(FILL[st])
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
            ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    widths = [15, 22, 12, 9, 40, 45, 28, 12, 12, 9, 45]
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[chr(64 + j)].width = w
    ws.freeze_panes = "A6"
    wb.active = 1
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. ForHousing - RSH consumer standards improvement plan (typo month -> refuse)
# ---------------------------------------------------------------------------
FH_TITLE = "ForHousing – Consumer Standards Improvement Plan"
FH_TYPO = "Febuary 2026"
FH = [
    ("sec", "1. Safety and Quality Standard"),
    ("act", "1.1", "Accurate, up-to-date stock condition data",
     "Complete stock condition surveys on the remaining 2,140 homes not surveyed in the last five years.",
     "Head of Asset Management", dt(2024, 4, 1), dt(2025, 3, 31), "Amber", "1,655 surveys complete; contractor mobilising extra surveyors in March."),
    ("act", "1.2", "Accurate, up-to-date stock condition data",
     "Load survey results to the asset management system and reconcile against the Decent Homes model.",
     "Asset Data Manager", dt(2024, 10, 1), dt(2025, 6, 30), "Green", "Monthly loads taking place; reconciliation report to Board in July."),
    ("act", "1.3", "Landlord health and safety compliance",
     "Clear the backlog of 312 overdue fire risk assessment actions, prioritising high-risk blocks.",
     "Head of Building Safety", dt(2024, 4, 1), dt(2024, 12, 31), "Red", "74 actions remain open, none in high-risk blocks. Revised date to be agreed at Committee."),
    ("act", "1.4", "Damp and mould is dealt with promptly",
     "Introduce a 10-working-day inspection standard for damp and mould reports, in readiness for Awaab’s Law.",
     "Director of Property Services", dt(2025, 1, 6), dt(2025, 10, 31), "Green", "Standard drafted; pilot in Salford West patch from April."),
    ("sec", "2. Transparency, Influence and Accountability Standard"),
    ("act", "2.1", "Tenants can influence decisions",
     "Recruit and train a Tenant Scrutiny Panel of at least 12 members.",
     "Customer Involvement Manager", dt(2024, 11, 1), dt(2025, 9, 30), "Green", "9 members recruited; training with TPAS booked for May."),
    ("act", "2.2", "Complaints are handled fairly and learnt from",
     "Publish the annual complaints performance and service improvement report with the Board’s response.",
     "Head of Customer Resolution", dt(2025, 4, 1), dt(2025, 6, 30), "Not started", ""),
    ("act", "2.3", "Tenant Satisfaction Measures are accurate",
     "Commission an independent validation of the 2024/25 TSM perception survey method.",
     "Performance and Insight Manager", dt(2025, 9, 1), FH_TYPO, "Not started", ""),
    ("sec", "3. Neighbourhood and Community Standard"),
    ("act", "3.1", "Anti-social behaviour is tackled in partnership",
     "Review the ASB policy with tenants and partners and publish it on the website.",
     "Neighbourhood Services Manager", dt(2025, 2, 1), dt(2025, 7, 31), "Green", "Tenant workshop held 20 February."),
    ("sec", "4. Tenancy Standard"),
    ("act", "4.1", "Allocations are fair and transparent",
     "Audit a sample of 2024/25 lettings against the allocations policy and local lettings plans.",
     "Lettings Manager", dt(2025, 5, 1), dt(2025, 11, 30), "Not started", ""),
]
FH_FIRST_ROW = 6  # header on row 5


def make_fh(path):
    wb = Workbook()
    db = wb.active
    db.title = "Dashboard"
    db["A1"] = FH_TITLE
    db["A1"].font = Font(bold=True, size=14)
    db["A2"] = "Summary for Customer Services Committee – March 2025"
    acts = [x for x in FH if x[0] == "act"]
    db["A4"] = "Status"
    db["B4"] = "Actions"
    db["A4"].font = db["B4"].font = Font(bold=True)
    for i, s in enumerate(("Complete", "Green", "Amber", "Red", "Not started"), 5):
        db.cell(row=i, column=1, value=s)
        db.cell(row=i, column=2, value=sum(1 for a in acts if a[7] == s))
    db.cell(row=10, column=1, value="Total").font = Font(bold=True)
    db.cell(row=10, column=2, value=len(acts)).font = Font(bold=True)
    db.column_dimensions["A"].width = 18

    ws = wb.create_sheet("Improvement Plan")
    ncol = 9
    ws["A1"] = FH_TITLE
    ws["A1"].font = Font(bold=True, size=14, color="C00000")
    ws["A2"] = "Our response to the Regulator of Social Housing regulatory judgement (C2) – actions to strengthen assurance against the consumer standards"
    ws["A3"] = "Plan owner: Executive Director of Customer Experience  |  Oversight: Customer Services Committee  |  Last updated: 03/03/2025"
    ws["A3"].font = Font(italic=True)
    hdr = ["Ref", "Required outcome", "Action", "Action owner", "Start", "Due", "Status", "Progress commentary", "Evidence held"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("C00000")
        c.border = BOX
        c.alignment = WRAP
    sfill = {"Green": FILL["G"], "Amber": FILL["A"], "Red": FILL["R"], "Complete": FILL["B"]}
    r = FH_FIRST_ROW
    for item in FH:
        if item[0] == "sec":
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True)
            c.fill = fill("F2DCDB")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        else:
            _, ref, outcome, action, owner, start, due, status, prog = item
            vals = [ref, outcome, action, owner, start, due, status, prog or None, None]
            for j, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=j, value=v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt):
                    c.number_format = "mmm-yy"
            if status in sfill:
                ws.cell(row=r, column=7).fill = fill(sfill[status])
        r += 1
    widths = [6, 30, 50, 28, 9, 13, 12, 45, 18]
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[chr(64 + j)].width = w

    cl = wb.create_sheet("Change log")
    for i, row in enumerate([
        ("Version", "Date", "Change"),
        ("1.0", "14/11/2024", "Plan approved by Board"),
        ("1.1", "07/01/2025", "Progress update; action 1.4 added following Awaab's Law consultation"),
        ("1.2", "03/03/2025", "Progress update for March Committee"),
    ], 1):
        for j, v in enumerate(row, 1):
            cl.cell(row=i, column=j, value=v)
    wb.active = 1
    wb.save(path)


def fh_refuse_row():
    r = FH_FIRST_ROW
    for item in FH:
        if item[0] == "act" and item[6] == FH_TYPO:
            return r
        r += 1


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


def add_table(doc, header, rows, widths=None, head_fill="1F3864"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for j, h in enumerate(header):
        c = t.rows[0].cells[j]
        c.text = ""
        run = c.paragraphs[0].add_run(h)
        run.bold = True
        run.font.color.rgb = docx.shared.RGBColor(0xFF, 0xFF, 0xFF)
        shade(c, head_fill)
    for row in rows:
        cells = t.add_row().cells
        for j, v in enumerate(row):
            cells[j].text = "" if v is None else str(v)
    return t


# ---------------------------------------------------------------------------
# 4. Ravensworth House Nursing Home - CQC inspection action plan
# ---------------------------------------------------------------------------
RH_TITLE = "Ravensworth House Nursing Home – CQC Action Plan"
RH_PART_A = "Part A – Breaches of regulation (must do)"
RH_PART_B = "Part B – Areas for improvement (should do)"
RH_A = [
    ("Regulation 12: Safe care and treatment",
     "What CQC found: risks relating to people’s skin integrity and the use of thickened fluids were not consistently assessed or recorded, and topical medicines records were incomplete.",
     [("12.1", "Review every resident’s Waterlow and MUST assessments and update care plans where risk has changed.",
       "Deputy Manager / Clinical Lead", "31/07/2024", "All 38 care plans reviewed; audit on 29/07/2024 found 100% compliance.", "C"),
      ("12.2", "Introduce a thickened-fluid consistency chart in each room for residents on SALT-recommended diets, and check completion on the daily walk-round.",
       "Clinical Lead", "16/08/2024", "Charts in use; spot checks found two gaps in September, addressed in supervision.", "G"),
      ("12.3", "Move topical MAR charts onto the electronic medicines system and complete weekly medicines audits.",
       "Registered Manager", "31/10/2024", "Supplier installation delayed to late October; paper TMARs audited weekly in the meantime.", "A")]),
    ("Regulation 17: Good governance",
     "What CQC found: quality audits had not identified the shortfalls found at inspection, and actions from audits were not followed up.",
     [("17.1", "Replace the monthly audit schedule with a quality assurance calendar that covers care plans, medicines, infection control and the environment, with actions logged on one tracker.",
       "Registered Manager", "31/08/2024", "Calendar in place from August; tracker reviewed at clinical governance meeting.", "C"),
      ("17.2", "Provider’s quality team to carry out a monthly compliance visit and report findings to the Nominated Individual.",
       "Regional Quality Lead", "Monthly", "Visits completed in August, September and October.", "G"),
      ("17.3", "Hold residents’ and relatives’ meetings every quarter and publish a ‘You said, we did’ summary in the reception area.",
       "Activities Coordinator; Registered Manager", "Quarterly", "First meeting held 3 October 2024; summary displayed.", "G")]),
]
RH_B = [
    ("The provider should ensure that staff receive training in supporting people who are living with dementia and experience distress.",
     [("Enrol all care staff on the Dementia Tier 2 course run by the local authority learning hub.", "Training and Development Lead", "December 2024", "G"),
      ("Develop ‘This is me’ profiles for every resident living with dementia and use them at handovers.", "Dementia Champion", "30/11/2024", "C")]),
    ("The provider should review how the service makes sure people have enough to do to meet their interests.",
     [("Recruit a second activities coordinator so that activities are offered at weekends.", "Registered Manager", "September 2024", "R")]),
]


def make_rh(path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    d.add_heading(RH_TITLE, level=0)
    d.add_paragraph("Provider: Ravensworth Care Ltd    Registered manager: Mrs L. Atherton    Regulated activities: accommodation for persons who require nursing or personal care; treatment of disease, disorder or injury")
    d.add_paragraph("Inspection: 18 and 19 June 2024 (report published 27 August 2024). Overall rating: Requires improvement (Safe – Requires improvement; Well-led – Requires improvement).")
    p = d.add_paragraph()
    p.add_run("Document control").bold = True
    add_table(d, ["Version", "Date", "Prepared by", "Reviewed by"], [
        ("1.0", "05/09/2024", "Registered Manager", "Regional Operations Director"),
        ("1.1", "14/10/2024", "Registered Manager", "Regional Quality Lead"),
    ])
    d.add_paragraph()
    d.add_heading(RH_PART_A, level=1)
    d.add_paragraph("CQC found the service in breach of two regulations of the Health and Social Care Act 2008 (Regulated Activities) Regulations 2014. The actions below are tracked at the monthly clinical governance meeting.")
    for reg, found, acts in RH_A:
        d.add_heading(reg, level=2)
        d.add_paragraph(found)
        t = add_table(d, ["No.", "Action", "Responsible", "By when", "Progress / evidence", "RAG"],
                      [(a[0], a[1], a[2], a[3], a[4], a[5]) for a in acts], head_fill="005EB8")
        for i, a in enumerate(acts, 1):
            shade(t.rows[i].cells[5], FILL[{"C": "B"}.get(a[5], a[5])])
        d.add_paragraph()
    d.add_heading(RH_PART_B, level=1)
    rows = []
    for afi, acts in RH_B:
        for a in acts:
            rows.append((afi, a[0], a[1], a[2], a[3]))
    t = add_table(d, ["Area for improvement", "Action", "Responsible", "By when", "RAG"], rows, head_fill="005EB8")
    i = 1
    for afi, acts in RH_B:
        if len(acts) > 1:
            top = t.cell(i, 0)
            for k in range(1, len(acts)):
                t.cell(i + k, 0).text = ""
            merged = top.merge(t.cell(i + len(acts) - 1, 0))
            # merge concatenates paragraphs; keep the single text
            for para in merged.paragraphs[1:]:
                para._p.getparent().remove(para._p)
        for k, a in enumerate(acts):
            shade(t.cell(i + k, 4), FILL[{"C": "B"}.get(a[3], a[3])])
        i += len(acts)
    d.add_paragraph()
    d.add_paragraph("RAG key: C = Completed; G = On track; A = Some delay – action being taken; R = Not achieved by target date.")
    d.add_paragraph("Signed: L. Atherton, Registered Manager        Date: 14/10/2024")
    d.save(path)


# ---------------------------------------------------------------------------
# 5. NHS Frimley ICB - Learning Disability and Autism programme highlight report
# ---------------------------------------------------------------------------
FR_TITLE = "Learning Disability and Autism Programme: Highlight Report"
FR = [
    ("Workstream 1: Annual health checks",
     "Workstream RAG: Green. Uptake at the end of December was 58.4% against a year-end ambition of 75%, ahead of the same point last year (51.2%).",
     [("AHC1", "Achieve 75% uptake of annual health checks for people aged 14 and over on GP learning disability registers by year end.",
       "Primary Care Commissioning Manager", "31/03/2025", "", "Green"),
      ("AHC2", "Roll out the health action plan template to all 12 primary care networks.",
       "LD&A Clinical Facilitator", "30/11/2024", "31/01/2025", "Amber"),
      ("AHC3", "Run two reasonable adjustments awareness sessions for practice staff, co-delivered with experts by experience.",
       "LD&A Clinical Facilitator / Engagement Lead", "Q3 2024/25", "", "Complete")]),
    ("Workstream 2: LeDeR (learning from lives and deaths)",
     "Workstream RAG: Amber. Eleven reviews notified before April 2024 remain open, mainly awaiting focused reviews.",
     [("LED1", "Complete all LeDeR reviews notified before 1 April 2024 within the six-month standard.",
       "LeDeR Local Area Contact", "31/12/2024", "28/02/2025", "Red"),
      ("LED2", "Publish the 2023/24 LeDeR annual report and present it to the ICB Board.",
       "LeDeR Local Area Contact; Associate Director of Quality", "November 2024", "", "Complete"),
      ("LED3", "Deliver a themed learning event on constipation and aspiration pneumonia for system partners.",
       "Deputy Chief Nursing Officer", "Q4 2024/25", "", "Green")]),
    ("Workstream 3: Reducing reliance on inpatient care",
     "Workstream RAG: Amber. 14 adults and 3 children and young people in inpatient settings at 31 December (trajectory: 13 and 3).",
     [("INP1", "Hold Care (Education) and Treatment Reviews within timescale for every adult and child admitted to a mental health inpatient bed.",
       "Case Manager Team Leader", "Ongoing", "", "Green"),
      ("INP2", "Agree a housing and support solution for the two people whose discharge is delayed beyond 60 days.",
       "Head of Learning Disability and Autism Commissioning", "31/03/2025", "30/06/2025", "Amber")]),
]
FR_FILL = {"Complete": FILL["B"], "Green": FILL["G"], "Amber": FILL["A"], "Red": FILL["R"]}


def make_fr(path):
    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading(FR_TITLE, level=0)
    p = d.add_paragraph("NHS Frimley Integrated Care Board")
    p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    p.runs[0].bold = True
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [
        ("Report to", "Quality and Performance Committee"),
        ("Meeting date", "23 January 2025"),
        ("Reporting period", "October – December 2024 (Q3 2024/25)"),
        ("Senior Responsible Owner", "Chief Nursing Officer"),
        ("Programme lead", "Head of Learning Disability and Autism Commissioning"),
        ("Overall programme RAG (previous / current)", "Amber / Amber"),
    ]:
        cells = t.add_row().cells
        cells[0].text = k
        cells[0].paragraphs[0].runs[0].bold = True
        shade(cells[0], "E8EDEE")
        cells[1].text = v
    d.add_heading("Summary", level=1)
    d.add_paragraph("The programme remains Amber overall. Annual health check uptake is ahead of last year, but LeDeR review completion and delayed discharges from inpatient care remain below plan. Mitigations are set out in each workstream section below.")
    d.add_heading("RAG key", level=1)
    k = add_table(d, ["RAG", "Meaning"], [
        ("Complete", "Milestone delivered"),
        ("Green", "On track to deliver by the due date"),
        ("Amber", "At risk – mitigations in place, may need a revised date"),
        ("Red", "Off track – escalation to the Committee required"),
    ], head_fill="005EB8")
    for i, key in enumerate(("Complete", "Green", "Amber", "Red"), 1):
        shade(k.rows[i].cells[0], FR_FILL[key])
    for ws_head, para, acts in FR:
        d.add_heading(ws_head, level=1)
        d.add_paragraph(para)
        p = d.add_paragraph()
        p.add_run("Milestones and actions").bold = True
        t = add_table(d, ["Ref", "Milestone / action", "Lead", "Due", "Revised due", "RAG"],
                      [a for a in acts], head_fill="005EB8")
        for i, a in enumerate(acts, 1):
            shade(t.rows[i].cells[5], FR_FILL[a[5]])
    d.add_heading("Key risks and issues", level=1)
    add_table(d, ["Risk ID", "Description", "Score", "Mitigation"], [
        ("LDA-R04", "Lack of specialist supported housing delays discharge from inpatient care.", "16", "Joint housing panel with local authorities; escalated to Frimley Health and Care Executive."),
        ("LDA-R07", "LeDeR reviewer capacity is insufficient to clear the backlog.", "12", "Two additional reviewers commissioned from the regional pool until March 2025."),
    ], head_fill="005EB8")
    d.add_heading("Decisions and support required", level=1)
    d.add_paragraph("The Committee is asked to note the report and support the escalation of risk LDA-R04 to the ICB Board Assurance Framework.")
    d.save(path)


# ---------------------------------------------------------------------------
# 6. Legal Services Board - Board action log (CSV export)
# ---------------------------------------------------------------------------
LSB_TITLE = "Legal Services Board – Board action log"
LSB = [
    ("sec", "Board meeting 26 November 2024"),
    ("act", "LSB-B24-41", "Bring a paper on the draft business plan 2025/26 and budget, including options for the practising fee levy.",
     "Director of Finance and Corporate Services", "Jan-25", "B", "Taken to January meeting (paper 25(03)). Propose close."),
    ("act", "LSB-B24-42", "Share the summary of responses to the consultation on empowering consumers with members before publication.",
     "Director of Policy and Regulation", "13/12/2024", "B", "Circulated 11 December."),
    ("act", "LSB-B24-45", "Circulate revised draft of the statement of policy on ongoing competence to Board members for comment.\nTake final version to the March meeting.",
     "MB/TK", "Mar-25", "G", "Comments received from four members; final version on this agenda."),
    ("sec", "Board meeting 28 January 2025"),
    ("act", "LSB-B25-02", "Arrange a Board development session on the regulatory performance assessment framework.",
     "Board Secretary", "Jun-25", "G", "Date being agreed with the Chair."),
    ("act", "LSB-B25-05", "Provide an analysis of first-tier complaints data by regulator and type of legal service.",
     "Head of Research and Data", "30/04/2025", "A", "Data from two regulators still outstanding."),
    ("act", "LSB-B25-07", "Report back on the cost and timetable for replacing the case management system.",
     "Chief Executive", "Mar-25", "R", "Procurement paused pending the spending review outcome; revised date to be proposed."),
    ("act", "LSB-B25-08", "Keep the Board updated on the SRA’s progress against the recommendations of the Axiom Ince review.",
     "Director of Regulatory Performance", "Ongoing", "G", "Standing item on each agenda."),
]


def make_lsb(path):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    n = 6
    w.writerow([LSB_TITLE] + [""] * (n - 1))
    w.writerow(["Updated for the Board meeting on 25 March 2025"] + [""] * (n - 1))
    w.writerow([""] * n)
    w.writerow(["Ref", "Action", "Owner", "Due date", "RAG", "Update"])
    for item in LSB:
        if item[0] == "sec":
            w.writerow([item[1]] + [""] * (n - 1))
        else:
            w.writerow(list(item[1:]))
    w.writerow([""] * n)
    w.writerow(["RAG: B = complete – proposed for closure; G = on track; A = at risk of missing due date; R = overdue"] + [""] * (n - 1))
    w.writerow(["Closed actions are removed from the log once the Board has agreed closure."] + [""] * (n - 1))
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. Norfolk OPCC - strategic risk register (tab-separated text)
# ---------------------------------------------------------------------------
NO_TITLE = "Office of the Police and Crime Commissioner for Norfolk – Strategic Risk Register, Quarter 3 2024/25"
# risk ref, risk, owner, L, I, score, [(action ref, action, owner, target, status)], target L, I, score
NO = [
    ("ORR01", "Failure to deliver the Police and Crime Plan priorities within the Commissioner’s term of office",
     "OPCC Chief Executive", 3, 4, 12,
     [("01.1", "Agree a revised performance framework with the Chief Constable aligned to the new Police and Crime Plan.", "Head of Performance and Scrutiny", "Mar-25", "G"),
      ("01.2", "Publish a quarterly Police and Crime Plan performance report on the OPCC website.", "Head of Performance and Scrutiny / Communications Manager", "Quarterly", "G")],
     2, 4, 8),
    ("ORR02", "Reductions in Home Office grant and limits on precept lead to an unbalanced medium-term financial plan",
     "Chief Finance Officer", 4, 4, 16,
     [("02.1", "Develop savings proposals with the Constabulary to close the 2026/27 budget gap.", "Chief Finance Officer; Director of Finance (Norfolk Constabulary)", "30/09/2025", "A"),
      ("02.2", "Review the reserves strategy as part of 2025/26 budget setting.", "Chief Finance Officer", "Feb-25", "B")],
     3, 4, 12),
    ("ORR03", "Commissioned victim services are disrupted when Ministry of Justice grant agreements end",
     "Head of Commissioning", 3, 3, 9,
     [("03.1", "Agree one-year extensions with the providers of the victim care and domestic abuse support contracts.", "Head of Commissioning", "Q4 2024/25", "G"),
      ("03.2", "Re-tender the integrated victim care service for an April 2026 start.", "Head of Commissioning / Procurement Lead", "Oct-25", "G")],
     2, 3, 6),
    ("ORR04", "Cyber attack or data breach affecting OPCC information systems",
     "OPCC Chief Executive", 2, 5, 10,
     [("", "No further action – risk tolerated at current level. Controls: shared ICT service with Norfolk Constabulary; annual penetration test.", "", "", "")],
     2, 5, 10),
    ("ORR05", "Police complaint reviews are not completed within a reasonable time, reducing public confidence",
     "Head of Complaints and Legal Services", 3, 3, 9,
     [("05.1", "Recruit a second complaint review officer on a fixed-term contract to clear the backlog of 37 reviews.", "OPCC Chief Executive", "31/12/2024", "R"),
      ("05.2", "Report complaint review timeliness to the Police Accountability Forum every quarter.", "Head of Complaints and Legal Services", "Ongoing", "G")],
     2, 3, 6),
]


def make_no(path):
    lines = [
        NO_TITLE,
        "Joint Audit Committee, 4 February 2025 – Appendix A",
        "",
        "Scoring: Likelihood (L) x Impact (I), each scored 1–5. Action status: B = complete; G = on track; A = delayed; R = significantly delayed or overdue.",
        "",
        "\t".join(["Risk ref", "Risk", "Risk owner", "L", "I", "Score", "Action ref", "Further action required",
                   "Action owner", "Target date", "Status", "Target L", "Target I", "Target score"]),
    ]
    for ref, risk, owner, l, i, s, acts, tl, ti, ts in NO:
        for k, (aref, act, aown, tgt, stat) in enumerate(acts):
            if k == 0:
                row = [ref, risk, owner, str(l), str(i), str(s), aref, act, aown, tgt, stat, str(tl), str(ti), str(ts)]
            else:
                row = ["", "", "", "", "", "", aref, act, aown, tgt, stat, "", "", ""]
            lines.append("\t".join(row))
    lines += ["", "Risks scoring 15 or more are reported to the Commissioner monthly. Next full review: May 2025."]
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


FILES = {
    "st-royal-national-college-for-the-blind-ofsted-post-inspection-action-plan.xlsx": make_rnc,
    "st-leeds-arts-university-internal-audit-recommendations-tracker.xlsx": make_lau,
    "st-forhousing-rsh-consumer-standards-improvement-plan-typo-month-refuse.xlsx": make_fh,
    "st-ravensworth-house-nursing-home-cqc-inspection-action-plan.docx": make_rh,
    "st-nhs-frimley-icb-learning-disability-autism-programme-highlight-report.docx": make_fr,
    "st-legal-services-board-board-action-log.csv": make_lsb,
    "st-norfolk-opcc-strategic-risk-register.txt": make_no,
}

if __name__ == "__main__":
    for name, fn in FILES.items():
        fn(os.path.join(HERE, name))
        print("wrote", name)
    print("ForHousing typo row:", fh_refuse_row())
