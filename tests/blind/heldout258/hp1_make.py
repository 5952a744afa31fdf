"""Build the seven hp1- blind test files (set heldout258).

Run with /work/main/.venv/bin/python hp1_make.py from any directory; files are written beside
this script.
"""
import os
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- xlsx helpers
def fill(hex6):
    return PatternFill("solid", start_color=hex6, end_color=hex6)


RAGFILL = {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "00B0F0",
    "Red": "FF0000", "Amber": "FFC000", "Green": "00B050", "Blue": "00B0F0",
    "Complete": "00B0F0",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def d(y, m, day):
    return datetime(y, m, day)


# ======================================================================
# 1. RJAH CQC must do / should do action plan (xlsx)
# ======================================================================
def make_rjah():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "RJAH CQC Inspection Action Plan – Must Do and Should Do Actions"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "The Robert Jones and Agnes Hunt Orthopaedic Hospital NHS Foundation Trust"
    cov["A3"] = "CQC inspection of Surgery, Medical care and Well-led: 5–7 December 2023. Report published 14 March 2024."
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    rows = [
        ("Version", "Date", "Author", "Comments"),
        ("1.0", "10/04/2024", "Head of Compliance", "Submitted to CQC"),
        ("1.4", "31/01/2025", "Head of Compliance", "Q3 update to Quality and Safety Committee"),
        ("1.5", "30/04/2025", "Head of Compliance", "Q4 update; revised dates agreed for MD1.1, MD2.1, SD2.1, MD3.1"),
    ]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cov.cell(row=6 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
    cov["A11"] = "RAG key"
    cov["A11"].font = Font(bold=True)
    key = [("B", "Complete – evidence reviewed and accepted"), ("G", "On track to deliver by the completion date"),
           ("A", "At risk of slippage – mitigation in place"), ("R", "Off track / overdue")]
    for i, (k, t) in enumerate(key):
        c = cov.cell(row=12 + i, column=1, value=k)
        c.fill = fill(RAGFILL[k])
        c.border = BOX
        cov.cell(row=12 + i, column=2, value=t).border = BOX
    cov.column_dimensions["A"].width = 12
    cov.column_dimensions["B"].width = 45
    cov.column_dimensions["C"].width = 22
    cov.column_dimensions["D"].width = 60

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "CQC Must Do / Should Do Action Plan – position at 30 April 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:J1")
    ws["A2"] = "Presented to Quality and Safety Committee, 22 May 2025"
    ws.merge_cells("A2:J2")
    hdr = ["Ref", "CQC requirement", "Action ref", "Action", "Lead(s)", "Original completion date",
           "Revised completion date", "Previous RAG", "Current RAG", "Progress update"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F4E78")
        c.alignment = WRAP
        c.border = BOX

    plan = [
        ("section", "Surgery"),
        ("req", "MD1", "The trust must ensure that all theatre staff complete safeguarding adults and children level 3 training in line with the intercollegiate guidance. (Regulation 18)", [
            ("MD1.1", "Produce a theatre-level training compliance report each month and share it with team leaders for follow-up.",
             "Head of Nursing – Surgery", d(2024, 7, 31), d(2024, 12, 31), "A", "B",
             "Compliance 94% at end of December; monthly report embedded. Closed at CQC Compliance Group February 2025."),
            ("MD1.2", "Book additional face-to-face Level 3 safeguarding sessions on the Oswestry site, prioritising staff who work nights.",
             "Named Nurse Safeguarding Adults / Theatre Education Lead", d(2024, 9, 30), None, "G", "B",
             "Six extra sessions delivered September–October 2024."),
        ]),
        ("req", "SD1", "The trust should ensure that the five steps to safer surgery checklist is consistently completed and its use audited.", [
            ("SD1.1", "Introduce a monthly observational audit of the WHO checklist in every theatre, with results reported to the Surgical Governance Group.",
             "Clinical Director – Surgery", d(2025, 6, 30), None, "G", "G",
             "Audit tool agreed; first three months show 96–98% compliance."),
        ]),
        ("section", "Medical care (including older people's care)"),
        ("req", "MD2", "The trust must ensure that patients' risk assessments, including falls and pressure ulcer risk, are completed and reviewed in line with trust policy. (Regulation 12)", [
            ("MD2.1", "Relaunch the nursing documentation bundle on the rehabilitation wards with ward-based teaching for all registered nurses.",
             "Matron – Medical Care", d(2024, 8, 31), d(2025, 6, 30), "R", "A",
             "Teaching delivered to 70% of nurses; revised date agreed because of vacancies on the night team."),
            ("MD2.2", "Add falls and pressure ulcer risk assessment compliance to the monthly ward accreditation dashboard.",
             "Deputy Chief Nurse", d(2024, 11, 30), None, "G", "B",
             "Dashboard live from November 2024."),
        ]),
        ("req", "SD2", "The trust should ensure that medicines fridge temperatures are recorded daily and action is taken when they are out of range.", [
            ("SD2.1", "Install remote temperature monitoring for all ward medicines fridges.\nInterim: daily manual checks signed off by the nurse in charge.",
             "Chief Pharmacist", d(2025, 3, 31), d(2025, 9, 30), "A", "A",
             "Business case approved; supplier lead time 12 weeks. Manual checks audited weekly by pharmacy."),
        ]),
        ("section", "Trust-wide (Well-led)"),
        ("req", "MD3", "The trust must ensure that risk registers accurately reflect current risks and that mitigating actions are reviewed within agreed timescales. (Regulation 17)", [
            ("MD3.1", "Complete a full review of divisional risk registers with each divisional triumvirate.",
             "Head of Risk and Governance", d(2024, 12, 31), d(2025, 5, 31), "A", "G",
             "Two of three divisions complete; Clinical Support Services review booked for 14 May."),
            ("MD3.2", "Deliver risk management training for all Band 7 and above managers.",
             "Head of Risk and Governance; Learning and Development Manager", d(2025, 3, 31), None, "A", "R",
             "Training provider withdrew; alternative being sourced. Escalated to Executive Team."),
        ]),
    ]
    r = 5
    for item in plan:
        if item[0] == "section":
            ws.cell(row=r, column=1, value=item[1]).font = Font(bold=True)
            for j in range(1, 11):
                ws.cell(row=r, column=j).fill = fill("D9D9D9")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
            r += 1
            continue
        _, ref, text, acts = item
        top = r
        ws.cell(row=r, column=1, value=ref)
        ws.cell(row=r, column=2, value=text)
        for (aref, act, lead, orig, rev, prev, cur, upd) in acts:
            ws.cell(row=r, column=3, value=aref)
            ws.cell(row=r, column=4, value=act)
            ws.cell(row=r, column=5, value=lead)
            c = ws.cell(row=r, column=6, value=orig)
            c.number_format = "dd/mm/yyyy"
            if rev is not None:
                c = ws.cell(row=r, column=7, value=rev)
                c.number_format = "dd/mm/yyyy"
            c = ws.cell(row=r, column=8, value=prev)
            c.fill = fill(RAGFILL[prev])
            c = ws.cell(row=r, column=9, value=cur)
            c.fill = fill(RAGFILL[cur])
            ws.cell(row=r, column=10, value=upd)
            for j in range(1, 11):
                ws.cell(row=r, column=j).alignment = WRAP
                ws.cell(row=r, column=j).border = BOX
            r += 1
        if r - top > 1:
            ws.merge_cells(start_row=top, start_column=1, end_row=r - 1, end_column=1)
            ws.merge_cells(start_row=top, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Note: Blue-rated actions are closed only once evidence has been reviewed and accepted by the CQC Compliance Group.")
    ws.cell(row=r + 1, column=1, value="Revised completion dates must be approved by the Executive lead and reported to Quality and Safety Committee.")
    widths = [8, 45, 9, 50, 28, 13, 13, 9, 9, 50]
    for j, w in enumerate(widths):
        ws.column_dimensions[chr(65 + j)].width = w
    ws.freeze_panes = "A5"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of action status at 30 April 2025"
    sm["A1"].font = Font(bold=True)
    srows = [("", "Must do", "Should do", "Total"),
             ("Blue – complete", 3, 0, 3), ("Green – on track", 1, 1, 2),
             ("Amber – at risk", 1, 1, 2), ("Red – off track", 1, 0, 1), ("Total actions", 6, 2, 8)]
    for i, row in enumerate(srows):
        for j, v in enumerate(row):
            c = sm.cell(row=3 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0 or i == len(srows) - 1:
                c.font = Font(bold=True)
    sm.column_dimensions["A"].width = 22
    wb.save(out("hp1-robert-jones-agnes-hunt-orthopaedic-nhsft-cqc-must-should-do-action-plan.xlsx"))


# ======================================================================
# 2. University of Gloucestershire apprenticeships PIAP (xlsx, fill-only RAG)
# ======================================================================
def make_glos():
    wb = Workbook()
    ov = wb.active
    ov.title = "Overview"
    ov["A1"] = "University of Gloucestershire – Apprenticeships Post-Inspection Action Plan (PIAP)"
    ov["A1"].font = Font(bold=True, size=14)
    ov["A2"] = "Ofsted inspection of apprenticeship provision: 8–11 October 2024 (report published 19 November 2024)"
    ov["A4"] = "Inspection judgements"
    ov["A4"].font = Font(bold=True)
    jud = [("Judgement", "Grade"), ("Overall effectiveness", "Requires improvement"),
           ("The quality of education", "Requires improvement"), ("Behaviour and attitudes", "Good"),
           ("Personal development", "Requires improvement"), ("Leadership and management", "Requires improvement"),
           ("Apprenticeships", "Requires improvement")]
    for i, (a, b) in enumerate(jud):
        ov.cell(row=5 + i, column=1, value=a).border = BOX
        ov.cell(row=5 + i, column=2, value=b).border = BOX
        if i == 0:
            ov.cell(row=5, column=1).font = Font(bold=True)
            ov.cell(row=5, column=2).font = Font(bold=True)
    ov["A13"] = "RAG key (colour of the RAG cell on the PIAP sheet)"
    ov["A13"].font = Font(bold=True)
    for i, (k, t) in enumerate([("Blue", "Completed and impact evidenced"), ("Green", "On track"),
                                ("Amber", "Some slippage – action in hand"), ("Red", "Off track – escalate to Apprenticeship Board"),
                                (None, "No colour – not yet started")]):
        c = ov.cell(row=14 + i, column=1)
        if k:
            c.fill = fill(RAGFILL[k])
        c.border = BOX
        ov.cell(row=14 + i, column=2, value=t).border = BOX
    ov["A20"] = "PIAP owner: Head of Apprenticeships. Monitored by the Apprenticeship Quality Board (monthly) and the Academic Board (termly)."
    ov.column_dimensions["A"].width = 30
    ov.column_dimensions["B"].width = 45

    ws = wb.create_sheet("PIAP")
    hdr = ["Theme", "AFI", "Area for improvement (Ofsted)", "Action no.", "Action", "Responsible",
           "Target date", "RAG", "Impact measure", "Update – June 2025"]
    ws["A1"] = "Post-Inspection Action Plan – apprenticeships (update June 2025)"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:J1")
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=3, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("BDD7EE")
        c.border = BOX
        c.alignment = WRAP
    data = [
        ("Quality of education", [
            ("AFI 1", "Leaders should ensure that apprentices' starting points are used to plan an individualised programme, so that apprentices who already have relevant knowledge and skills make swift progress.", [
                ("1.1", "Revise the initial skills scan for every standard so that it is mapped to the knowledge, skills and behaviours (KSBs) of that standard.",
                 "Head of Apprenticeships / Course Leaders", d(2025, 4, 30), "Blue",
                 "All apprentices have a KSB-mapped skills scan", "Revised scans in use for all 11 standards from the January 2025 cohort."),
                ("1.2", "Record agreed reductions in content and duration in each apprentice's training plan.",
                 "Apprenticeship Compliance Manager", d(2025, 9, 30), "Green",
                 "Training plans show prior learning adjustments", "Template updated; sample audit of 40 plans scheduled for July."),
            ]),
            ("AFI 2", "Leaders should ensure that academic tutors and workplace mentors work together closely so that apprentices can apply what they learn at university in the workplace.", [
                ("2.1", "Introduce tripartite progress reviews at least every 10 weeks, attended by the apprentice, the academic tutor and the workplace mentor.",
                 "Academic Apprenticeship Leads", d(2025, 3, 31), "Blue",
                 "95% of reviews on time", "97% of reviews held within 10 weeks in Semester 2."),
                ("2.2", "Provide an online induction for workplace mentors and a termly mentor newsletter.",
                 "Employer Engagement Manager", d(2025, 12, 31), "Amber",
                 "80% of mentors complete induction", "Induction module built; launch delayed to September because of platform migration."),
            ]),
        ]),
        ("Personal development", [
            ("AFI 3", "Leaders should ensure that apprentices receive impartial careers information, advice and guidance about their next steps, including further study.", [
                ("3.1", "Include a careers session delivered by the Careers and Employability team in the final year of each programme.",
                 "Head of Careers and Employability", d(2025, 6, 30), "Green",
                 "Session delivered on every final-year module", "Delivered on 8 of 11 standards; remaining sessions booked for June."),
            ]),
        ]),
        ("Leadership and management", [
            ("AFI 4", "Governors should receive more detailed information about the quality of apprenticeship provision so that they can hold leaders to account.", [
                ("4.1", "Produce a termly apprenticeship quality report for the Academic Board and the Board of Governors, including achievement, withdrawals and off-the-job training data.",
                 "Pro Vice-Chancellor (Education); Head of Apprenticeships", "Termly", "Green",
                 "Report received each term", "First report received by the Board of Governors in March 2025."),
                ("4.2", "Appoint a governor with lead responsibility for apprenticeships.",
                 "University Secretary", d(2025, 1, 31), "Blue",
                 "Link governor in post", "Link governor appointed at the January 2025 Board meeting."),
                ("4.3", "Commission an external mock inspection (deep dive) of two apprenticeship standards.",
                 "Head of Apprenticeships", d(2026, 2, 28), None,
                 "Report and follow-up actions agreed", "To be commissioned in autumn 2025."),
            ]),
        ]),
    ]
    r = 4
    for theme, afis in data:
        ws.cell(row=r, column=1, value=theme).font = Font(bold=True)
        for j in range(1, 11):
            ws.cell(row=r, column=j).fill = fill("E2EFDA")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for afi, text, acts in afis:
            top = r
            ws.cell(row=r, column=2, value=afi)
            ws.cell(row=r, column=3, value=text)
            for (no, act, who, when, rag, imp, upd) in acts:
                ws.cell(row=r, column=4, value=no)
                ws.cell(row=r, column=5, value=act)
                ws.cell(row=r, column=6, value=who)
                c = ws.cell(row=r, column=7, value=when)
                if isinstance(when, datetime):
                    c.number_format = "dd/mm/yyyy"
                c = ws.cell(row=r, column=8)
                if rag:
                    c.fill = fill(RAGFILL[rag])
                ws.cell(row=r, column=9, value=imp)
                ws.cell(row=r, column=10, value=upd)
                for j in range(1, 11):
                    ws.cell(row=r, column=j).alignment = WRAP
                    ws.cell(row=r, column=j).border = BOX
                r += 1
            if r - top > 1:
                ws.merge_cells(start_row=top, start_column=2, end_row=r - 1, end_column=2)
                ws.merge_cells(start_row=top, start_column=3, end_row=r - 1, end_column=3)
    widths = [14, 7, 45, 8, 50, 30, 12, 7, 30, 45]
    for j, w in enumerate(widths):
        ws.column_dimensions[chr(65 + j)].width = w

    log = wb.create_sheet("Monitoring log")
    log["A1"] = "Monitoring log"
    log["A1"].font = Font(bold=True)
    for i, row in enumerate([("Date", "Meeting", "Outcome"),
                             (d(2025, 1, 21), "Apprenticeship Quality Board", "PIAP approved"),
                             (d(2025, 3, 18), "Board of Governors", "First termly quality report noted"),
                             (d(2025, 6, 10), "Apprenticeship Quality Board", "June update reviewed; AFI 2 slippage noted")]):
        for j, v in enumerate(row):
            c = log.cell(row=3 + i, column=1 + j, value=v)
            if isinstance(v, datetime):
                c.number_format = "dd/mm/yyyy"
    wb.save(out("hp1-university-of-gloucestershire-ofsted-apprenticeships-piap.xlsx"))


# ======================================================================
# 3. NHS Resolution audit recommendations tracker (xlsx)
# ======================================================================
def make_nhsr():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "NHS Resolution – Audit Recommendations Tracker"
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Audit and Risk Committee, 15 July 2025 – Item 7 (position at 30 June 2025)"
    rows = [("Source", "Open", "Of which past original due date", "Closed since last ARC"),
            ("GIAA", 4, 2, 2), ("NAO", 2, 1, 0), ("Total", 6, 3, 2)]
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = sm.cell(row=4 + i, column=1 + j, value=v)
            c.border = BOX
            if i in (0, len(rows) - 1):
                c.font = Font(bold=True)
    sm["A9"] = "Status key: Complete = implemented and verified by GIAA; Green = on track; Amber = at risk of missing the due date; Red = overdue or off track."
    sm.column_dimensions["A"].width = 14
    sm.column_dimensions["C"].width = 30
    sm.column_dimensions["D"].width = 24

    hdr = ["Ref", "Priority", "Recommendation", "Agreed management action", "Action owner",
           "Original due date", "Revised due date", "Status", "Update"]

    def sheet(title, heading, groups):
        ws = wb.create_sheet(title)
        ws["A1"] = heading
        ws["A1"].font = Font(bold=True, size=12)
        for j, h in enumerate(hdr, 1):
            c = ws.cell(row=3, column=j, value=h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("005EB8")
            c.border = BOX
            c.alignment = WRAP
        r = 4
        for g, recs in groups:
            ws.cell(row=r, column=1, value=g).font = Font(bold=True, italic=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            for (ref, pri, rec, act, owner, orig, rev, status, upd) in recs:
                vals = [ref, pri, rec, act, owner, orig, rev, status, upd]
                for j, v in enumerate(vals, 1):
                    c = ws.cell(row=r, column=j, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, datetime):
                        c.number_format = "dd-mmm-yy"
                ws.cell(row=r, column=8).fill = fill(RAGFILL[status])
                r += 1
        widths = [9, 9, 45, 50, 30, 11, 11, 10, 50]
        for j, w in enumerate(widths):
            ws.column_dimensions[chr(65 + j)].width = w
        return ws

    sheet("Open recommendations", "Open audit recommendations at 30 June 2025", [
        ("GIAA: Cyber Security Assurance (Limited) – January 2025", [
            ("CS-01", "High", "Implement a formal process for reviewing privileged user access at least quarterly.",
             "Quarterly privileged access reviews to be introduced, with exceptions reported to the Digital Programme Board.",
             "Chief Information Officer", d(2025, 3, 31), d(2025, 9, 30), "Amber",
             "First review completed in May; tooling to automate the review is being procured."),
            ("CS-02", "Medium", "Ensure that the cyber incident response plan is tested at least annually.",
             "Run a tabletop cyber incident exercise with the Executive Team and record lessons learned.",
             "Director of Digital & Information", d(2025, 5, 31), None, "Red",
             "Exercise postponed twice; new date to be confirmed at the July Executive Team."),
        ]),
        ("GIAA: Payments to Claimants' Solicitors (Moderate) – March 2025", [
            ("PC-01", "High", "Strengthen segregation of duties between the approval and the release of claimant costs payments.",
             "Reconfigure the approval workflow so that no user can both approve and release a payment above £25,000.",
             "Director of Finance and Corporate Planning", d(2025, 8, 31), None, "Green",
             "System change specified; testing in July."),
            ("PC-02", "Medium", "Update the costs payment procedure note.",
             "Procedure note to be reviewed, updated and re-issued to the Finance and Claims teams.",
             "Head of Financial Control; Head of Legal Costs", d(2025, 7, 31), None, "Green",
             "Draft circulated for comment."),
        ]),
        ("NAO: Audit Completion Report 2024/25 – recommendations", [
            ("NAO-1", "Medium", "Review the methodology for estimating the incurred but not reported (IBNR) element of the provision with the Government Actuary's Department.",
             "Joint review of the IBNR methodology with GAD ahead of the 2025/26 accounts.",
             "Chief Actuary / Director of Finance and Corporate Planning", "Q3 2025/26", None, "Green",
             "Terms of reference agreed with GAD."),
            ("NAO-2", "Low", "Remove leavers' access to the finance system promptly.",
             "Monthly leavers report from HR to be reconciled to finance system users.",
             "Head of Financial Control", d(2025, 4, 30), d(2025, 7, 31), "Red",
             "HR report not yet available in the required format; manual reconciliation in place."),
        ]),
    ])
    sheet("Closed since last ARC", "Recommendations closed since the April 2025 Audit and Risk Committee", [
        ("GIAA: Information Governance (Moderate) – October 2024", [
            ("IG-03", "Medium", "Complete the refresh of the Information Asset Register.",
             "Information Asset Owners to confirm and update all entries on the Information Asset Register.",
             "Senior Information Risk Owner (SIRO)", d(2025, 3, 31), None, "Complete",
             "Register refreshed and approved by the Information Governance Group; verified by GIAA."),
            ("IG-04", "Medium", "Ensure that data protection training compliance reaches 95%.",
             "Targeted reminders to non-compliant staff and their line managers; compliance reported monthly to the Executive Team.",
             "Data Protection Officer", d(2025, 5, 31), None, "Complete",
             "Compliance 96.2% at 31 May 2025."),
        ]),
    ])
    wb.save(out("hp1-nhs-resolution-arc-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def set_text(cell, text, bold=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


# ======================================================================
# 4. Schoen Clinic York CQC must do / should do (docx, table per key question)
# ======================================================================
def make_schoen():
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Schoen Clinic York – CQC Inspection Action Plan", style="Title")
    doc.add_paragraph("Specialist eating disorder services (inpatient). Inspection: 6–7 November 2024. Report published: 22 January 2025.")
    doc.add_paragraph("Update for the Hospital Governance Board – April 2025")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Comments"]):
        set_text(c, h, bold=True)
    for row in [("1.0", "19/02/2025", "Head of Quality and Compliance", "Action plan submitted to CQC"),
                ("1.1", "24/04/2025", "Head of Quality and Compliance", "April update")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_text(c, v)

    doc.add_heading("RAG rating key", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, txt, col in [("Complete", "Action completed and evidence held", "00B0F0"),
                        ("Green", "On track", "00B050"),
                        ("Amber", "Behind plan – recovery in place", "FFC000"),
                        ("Red", "Off track – escalated to Hospital Director", "FF0000"),
                        ("Not started", "Action not yet due to start", "FFFFFF")]:
        cells = t.add_row().cells
        set_text(cells[0], k, bold=True)
        shade(cells[0], col)
        set_text(cells[1], txt)

    cols = ["Ref", "Action", "Responsible person", "Target date", "RAG", "Update (April 2025)"]
    domains = [
        ("1. Safe", [
            ("MD1: The provider must ensure that staff complete and record physical health observations, including NEWS2, at the frequency set out in each patient's care plan. (Regulation 12)", [
                ("MD1.1", "Re-issue the physical health monitoring standard operating procedure and require all registered nurses and healthcare assistants to sign to confirm they have read it.",
                 "Lead Nurse", "31 January 2025", "Complete", "Signed by 100% of nursing staff; SOP on the policy library."),
                ("MD1.2", "Weekly audit of NEWS2 completion on each ward by the nurse in charge, with results reviewed at the clinical governance meeting.",
                 "Ward Managers", "Ongoing – weekly", "Green", "Compliance 92% (March), 95% (April)."),
            ]),
            ("MD2: The provider must ensure that restrictive interventions, including nasogastric feeding under restraint, are recorded accurately and reviewed after each episode. (Regulation 13)", [
                ("MD2.1", "Introduce a post-incident debrief template for every nasogastric feed under restraint, completed within 72 hours.",
                 "Consultant Psychiatrist (Responsible Clinician) / Reducing Restrictive Practice Lead", "28/02/2025\nRevised: 30/06/2025",
                 "Amber", "Template agreed; electronic form being built in the patient record system."),
                ("MD2.2", "Add restrictive intervention data to the monthly Integrated Governance Committee report.",
                 "Head of Quality and Compliance", "March 2025", "Complete", "Included from the March 2025 report."),
            ]),
        ]),
        ("2. Effective", [
            ("SD1: The provider should ensure that patients' care plans reflect their views and are written in a person-centred way.", [
                ("SD1.1", "Care plan training for all named nurses, delivered by the Clinical Nurse Specialist and co-produced with patients.",
                 "Clinical Nurse Specialist", "30 April 2025", "Green", "Four of five sessions delivered."),
            ]),
        ]),
        ("3. Well-led", [
            ("SD2: The provider should ensure that audits of care records are completed as planned and that learning is shared with staff.", [
                ("SD2.1", "Reinstate the monthly care records audit schedule and publish results on the staff intranet.",
                 "Head of Quality and Compliance", "Q1 2025/26", "Green", "Schedule reinstated from April."),
                ("SD2.2", "Share audit learning at ward business meetings and in the monthly 'Learning Matters' bulletin.",
                 "Ward Managers / Head of Quality and Compliance", "July 2025", "Not started", ""),
            ]),
        ]),
    ]
    for dom, reqs in domains:
        doc.add_heading(dom, level=1)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, cols):
            set_text(c, h, bold=True)
            shade(c, "D9E2F3")
        for req, acts in reqs:
            row = t.add_row()
            merged = row.cells[0].merge(row.cells[5])
            set_text(merged, req, bold=True)
            shade(merged, "F2F2F2")
            for (ref, act, who, when, rag, upd) in acts:
                cells = t.add_row().cells
                for c, v in zip(cells, [ref, act, who, when, rag, upd]):
                    set_text(c, v)
                shade(cells[4], {"Complete": "00B0F0", "Green": "00B050", "Amber": "FFC000",
                                 "Red": "FF0000", "Not started": "FFFFFF"}[rag])
        doc.add_paragraph("")
    doc.add_paragraph("Notes: MD = Must do (breach of regulation); SD = Should do. Actions rated Complete are "
                      "retained on the plan for one quarter so that the Board can see the evidence.")
    doc.save(out("hp1-schoen-clinic-york-cqc-must-should-do-action-plan.docx"))


# ======================================================================
# 5. Fosse Way School post-Ofsted action plan (docx, AFI text above each table, fill-only RAG)
# ======================================================================
def make_fosse():
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Fosse Way School – Post-Ofsted Action Plan 2024–25", style="Title")
    doc.add_paragraph("Ofsted inspection: 12–13 March 2024. Overall effectiveness: Requires improvement.")
    doc.add_paragraph("This plan sets out how we will address the areas for improvement in the report under "
                      "'What does the school need to do to improve?'. It is reviewed by the Standards Committee every half-term.")
    doc.add_paragraph("RAG: the colour of the final column shows progress – blue: achieved; green: on track; "
                      "amber: some concern; red: not on track; no colour: not yet started.")

    cols = ["Action", "Who", "By when", "Monitoring", "Success criteria", "RAG"]
    RAG = {"blue": "00B0F0", "green": "00B050", "amber": "FFC000", "red": "FF0000"}
    parts = [
        ("Quality of education", [
            ("Area for improvement 1",
             "Leaders should ensure that the curriculum for pupils following the semi-formal pathway is sequenced so that pupils build their knowledge and skills over time.", [
                 ("Map the semi-formal curriculum for each subject, setting out the small steps pupils will learn in each year.",
                  "DHT (Curriculum)", "Autumn term 2024", "HT – curriculum review, December 2024",
                  "Curriculum maps in place for all subjects", "blue"),
                 ("Subject leaders to receive training on curriculum sequencing from the trust's curriculum lead.",
                  "Subject leaders", "September 2024", "DHT (Curriculum)", "All subject leaders trained", "blue"),
                 ("Termly curriculum deep dives by senior leaders, with findings reported to the Standards Committee.",
                  "HT / DHT (Curriculum)", "Termly", "Standards Committee", "Deep dives show pupils remember more over time", "green"),
             ]),
            ("Area for improvement 2",
             "Leaders should make sure that staff use assessment information consistently to check what pupils have learned and to adapt their teaching.", [
                 ("Introduce the new assessment framework (Evidence for Learning) across all classes.",
                  "Assessment Lead", "Autumn term 2024", "SLT learning walks", "Framework used in every class", "blue"),
                 ("Moderation sessions with two partner special schools each term.",
                  "Assessment Lead, Phase Leaders", "Summer term 2025", "HT", "Judgements agreed at moderation", "amber"),
             ]),
        ]),
        ("Leadership and management", [
            ("Area for improvement 3",
             "Governors should sharpen their oversight of the school's work to improve attendance, particularly for disadvantaged pupils.", [
                 ("Appoint an attendance link governor and present a termly attendance report to the full governing body.",
                  "Chair of Governors", "October 2024", "Full governing body", "Link governor in post; reports minuted", "blue"),
                 ("Work with the Education Welfare Officer on individual attendance plans for pupils whose attendance is below 90%.",
                  "Family Support Worker / Attendance Officer", "July 2025", "HT – half-termly attendance review",
                  "Persistent absence for disadvantaged pupils reduced by 5 percentage points", "green"),
             ]),
        ]),
    ]
    for judgement, afis in parts:
        doc.add_heading(judgement, level=1)
        for afi, text, acts in afis:
            doc.add_heading(afi, level=2)
            doc.add_paragraph(text)
            t = doc.add_table(rows=1, cols=6)
            t.style = "Table Grid"
            for c, h in zip(t.rows[0].cells, cols):
                set_text(c, h, bold=True)
            for (act, who, when, mon, sc, rag) in acts:
                cells = t.add_row().cells
                for c, v in zip(cells[:5], [act, who, when, mon, sc]):
                    set_text(c, v)
                shade(cells[5], RAG[rag])
            doc.add_paragraph("")
    doc.add_heading("Approval", level=2)
    t = doc.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, ["Approved by", "Role", "Date"]):
        set_text(c, v, bold=True)
    for c, v in zip(t.rows[1].cells, ["Full governing body", "Chair of Governors", "23 April 2024"]):
        set_text(c, v)
    doc.save(out("hp1-fosse-way-school-post-ofsted-action-plan.docx"))


# ======================================================================
# 6. Barking & Dagenham College PIAP CSV export (refuse: mistyped month)
# ======================================================================
def make_bdc():
    lines = [
        "Barking & Dagenham College – Post-Inspection Action Plan (PIAP),,,,,,",
        "Ofsted inspection 4–7 February 2025 | Overall effectiveness: Requires improvement,,,,,,",
        "Position at 13 June 2025 – Quality & Standards Committee,,,,,,",
        ",,,,,,",
        "Ref,Area for improvement,Action,Lead(s),Target date,RAG,Progress update",
        "AFI 1,\"Leaders should ensure that teachers of education programmes for young people plan learning that challenges learners to achieve their potential, particularly the most able.\",,,,,",
        "1.1,,Launch a stretch and challenge CPD programme for all teachers of 16 to 19 study programmes,\"Director of Teaching, Learning and Assessment\",Sept 2025,Green,Programme written; first sessions at September INSET",
        "1.2,,Introduce termly learning walks focused on challenge for the most able,Heads of School,Dec 2025,Green,Schedule agreed with Heads of School",
        "1.3,,Set aspirational target grades for all A level and T level learners using ALPS,Head of Sixth Form / MIS Manager,Oct 2025,Amber,ALPS licence renewal awaiting approval",
        "AFI 2,\"Leaders should ensure that adult learners on English for speakers of other languages (ESOL) courses receive clear feedback, so that they know what they need to do to improve.\",,,,,",
        "2.1,,Standardise written feedback on ESOL assessments using a shared feedback framework,Curriculum Manager – ESOL,Jul 2025,Green,Framework drafted and shared with tutors",
        "2.2,,Peer observation of feedback practice across all ESOL tutors,Curriculum Manager – ESOL / Quality Improvement Lead,0ct 2025,Amber,Observation pairs to be set up in September",
        "AFI 3,\"Leaders should ensure that apprentices' off-the-job training is planned with employers and recorded accurately.\",,,,,",
        "3.1,,Agree an off-the-job training plan with every employer at the start of the apprenticeship,Head of Apprenticeships,Nov 2025,Green,New employer agreement in use for all starts since April",
        "3.2,,Monthly audit of off-the-job hours recorded in the e-portfolio,Apprenticeship Compliance Officer,Jan 2026,Red,Audit not started – post vacant until August",
        ",,,,,,",
        "Key: Blue = complete; Green = on track; Amber = at risk; Red = off track,,,,,,",
    ]
    with open(out("hp1-barking-dagenham-college-ofsted-post-inspection-action-plan-typo-month-refuse.csv"),
              "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ======================================================================
# 7. The Wargrave Practice CQC requirement notice action plan (tab-separated text)
# ======================================================================
def make_wargrave():
    T = "\t"
    lines = [
        "The Wargrave Practice – CQC Requirement Notice Action Plan",
        "Inspection date: 19 June 2024" + T + "Report published: 2 September 2024" + T + "Overall rating: Requires improvement",
        "Action plan owner: Practice Manager" + T + "Last reviewed: 14 January 2025",
        "",
        T.join(["Regulation", "Requirement notice", "Ref", "Action", "Responsible", "Completion date", "Status", "Comments"]),
        "Regulation 12 Safe care and treatment",
        T.join(["", "The provider must ensure care and treatment is provided in a safe way, in particular that patients prescribed high-risk medicines receive the required monitoring.",
                "12.1", "Run a monthly search for patients on high-risk medicines (methotrexate, lithium, warfarin, DOACs)",
                "Dr A Khan / Clinical Pharmacist", "31/10/2024", "Completed", "Searches run monthly since August 2024."]),
        T.join(["", "", "", "and recall any patient who is overdue for monitoring bloods.", "", "", "", ""]),
        T.join(["", "", "12.2", "Add an alert to the clinical system so that a repeat prescription cannot be issued until monitoring has been checked.",
                "Dr A Khan", "30/11/24", "Completed", "Alert live from 18 November."]),
        T.join(["", "", "12.3", "Review all MHRA patient safety alerts received since April 2022 and check that affected patients have been actioned.",
                "Clinical Pharmacist", "Dec-24", "Completed", "Two patients identified and reviewed by GP."]),
        "Regulation 17 Good governance",
        T.join(["", "The provider must establish effective systems and processes to ensure good governance, in particular for significant events, staff training and infection prevention and control.",
                "17.1", "Introduce a significant event log with monthly review at the clinical meeting and themes shared with all staff.",
                "Practice Manager", "31/01/2025", "On track", "Log in use; first themed review planned for January meeting."]),
        T.join(["", "", "17.2", "Set up a training matrix for all staff groups so that mandatory training reaches 95% compliance.",
                "Sarah Collins and Mark Ellis", "28/02/2025", "Amber", "Compliance 81%; reminders sent to all staff."]),
        T.join(["", "", "17.3", "Complete an annual infection prevention and control audit and act on its findings, including replacing the fabric chairs in the waiting room.",
                "Lead Practice Nurse", "March 2025", "Amber", "Audit done; chairs ordered, delivery expected February."]),
        T.join(["", "", "17.4", "Carry out and record DBS risk assessments for non-clinical staff who act as chaperones.",
                "Practice Manager", "28/02/2025", "Not started", ""]),
        "",
        "Key: Completed = action complete and evidence held; On track = due date will be met; Amber = at risk of missing the due date; Red = overdue.",
    ]
    with open(out("hp1-wargrave-practice-cqc-requirement-notice-action-plan.txt"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_rjah()
    make_glos()
    make_nhsr()
    make_schoen()
    make_fosse()
    make_bdc()
    make_wargrave()
    print("done")
