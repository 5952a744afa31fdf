"""Build the seven zzi- test files of set heldout594.

Run with /work/main/.venv/bin/python zzi_make.py (openpyxl, python-docx).
Writes only files whose names start with "zzi-" in this folder.
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


def out(name):
    assert name.startswith("zzi-")
    return os.path.join(HERE, name)


D = dt.datetime
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)
HEAD_FILL = PatternFill("solid", fgColor="1F3864")
HEAD_FONT = Font(bold=True, color="FFFFFF")
THEME_FILL = PatternFill("solid", fgColor="D9E1F2")
RAG = {
    "blue": PatternFill("solid", fgColor="0070C0"),
    "green": PatternFill("solid", fgColor="00B050"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "red": PatternFill("solid", fgColor="FF0000"),
}


def header_row(ws, row, labels):
    for i, lab in enumerate(labels, 1):
        c = ws.cell(row=row, column=i, value=lab)
        c.fill = HEAD_FILL
        c.font = HEAD_FONT
        c.alignment = WRAP
        c.border = BOX


def box(ws, row, ncols):
    for i in range(1, ncols + 1):
        c = ws.cell(row=row, column=i)
        c.border = BOX
        c.alignment = WRAP


# ---------------------------------------------------------------------------
# 1. Hafal - Gellinudd Recovery Centre - CIW inspection improvement plan (xlsx)
# ---------------------------------------------------------------------------
def hafal():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Gellinudd Recovery Centre – CIW Inspection Improvement Plan"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Hafal"
    cov["A4"] = "Service details"
    cov["A4"].font = BOLD
    details = [
        ("Service type", "Care Home Service – Adults Without Nursing (12 places)"),
        ("Location", "Pontardawe, Swansea"),
        ("Responsible Individual", "Director of Services, Hafal"),
        ("Registered Manager", "Sian Llewellyn"),
        ("Date of inspection", "4 and 5 March 2025"),
        ("Report published", "17 April 2025"),
    ]
    for i, (k, v) in enumerate(details, 5):
        cov.cell(row=i, column=1, value=k).font = BOLD
        cov.cell(row=i, column=2, value=v)
    cov["A12"] = "Document control"
    cov["A12"].font = BOLD
    header_row(cov, 13, ["Version", "Date", "Author", "Summary of changes"])
    cov.append(["1.0", "24/04/2025", "S Llewellyn", "First draft submitted to CIW"])
    cov.append(["1.1", "20/06/2025", "S Llewellyn",
                "Progress update; revised dates for 2.1 and 3.3 agreed with CIW"])
    for r in (14, 15):
        box(cov, r, 4)
    cov["A17"] = "RAG key"
    cov["A17"].font = BOLD
    key = [("blue", "Complete"), ("green", "On track"),
           ("amber", "Some slippage – revised date agreed"),
           ("red", "Off track – escalated to Head of Operations")]
    for i, (col, txt) in enumerate(key, 18):
        cov.cell(row=i, column=1).fill = RAG[col]
        cov.cell(row=i, column=1).border = BOX
        cov.cell(row=i, column=2, value=txt)
    cov.column_dimensions["A"].width = 24
    cov.column_dimensions["B"].width = 50
    cov.column_dimensions["C"].width = 14
    cov.column_dimensions["D"].width = 60

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = "Gellinudd Recovery Centre – CIW Inspection Improvement Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Inspection 4 and 5 March 2025 | Report published 17 April 2025 | "
                "Progress as at 20 June 2025")
    ws.merge_cells("A2:H2")
    header_row(ws, 4, ["Ref", "Area for improvement (regulation)", "Action to be taken",
                       "Lead", "Target date", "Revised date", "Progress update", "RAG"])

    def theme(row, text):
        ws.cell(row=row, column=1, value=text).font = BOLD
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
        for i in range(1, 9):
            ws.cell(row=row, column=i).fill = THEME_FILL
            ws.cell(row=row, column=i).border = BOX

    def afi(first, last, text):
        ws.cell(row=first, column=2, value=text)
        if last > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=last, end_column=2)

    def act(row, ref, text, lead, target, revised, progress, rag):
        box(ws, row, 8)
        ws.cell(row=row, column=1, value=ref)
        ws.cell(row=row, column=3, value=text)
        ws.cell(row=row, column=4, value=lead)
        for col, val in ((5, target), (6, revised)):
            c = ws.cell(row=row, column=col, value=val)
            if isinstance(val, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        ws.cell(row=row, column=7, value=progress)
        ws.cell(row=row, column=8).fill = RAG[rag]

    theme(5, "Care and Support")
    afi(6, 7, "Regulation 16: Personal plans must be reviewed at least every three months "
              "with the individual and their representatives, and set out how their personal "
              "outcomes will be met.")
    act(6, "1.1", "Audit all personal plans against the three-monthly review requirement and "
                  "bring overdue reviews up to date.",
        "Recovery Co-ordinator", D(2025, 4, 30), None,
        "All 11 plans reviewed; audit findings shared at team meeting 2 May.", "blue")
    act(7, "1.2", "Add a recovery outcomes section to the personal plan template, co-produced "
                  "with residents at the monthly house meeting.",
        "Recovery Co-ordinator; Senior Support Worker", "Sept 2025", None,
        "Draft template discussed at June house meeting.", "green")
    theme(8, "Environment")
    afi(9, 10, "Regulation 44: The premises must be properly maintained; the first floor "
               "bathroom requires refurbishment and the fire door to the lounge must close fully.")
    act(9, "2.1", "Agree refurbishment works with the landlord and schedule completion of the "
                  "first floor bathroom.",
        "Head of Operations", D(2025, 10, 31), D(2026, 1, 31),
        "Landlord contractor unavailable until December; revised date agreed.", "red")
    act(10, "2.2", "Repair the self-closing mechanism on the lounge fire door and add it to the "
                   "weekly fire safety checks.",
        "Maintenance Officer", D(2025, 3, 31), None, "Repaired 20/03/2025.", "blue")
    theme(11, "Leadership and Management")
    afi(12, 13, "Regulation 80: The responsible individual must ensure the six-monthly quality "
                "of care review includes the views of people using the service and staff, and "
                "that a written report is produced.")
    act(12, "3.1", "Introduce a quarterly feedback questionnaire for residents and staff, with "
                   "results collated by the Registered Manager ahead of each review.",
        "Registered Manager", D(2025, 6, 30), None,
        "First questionnaire completed May 2025 (9 of 11 residents, 12 staff).", "blue")
    act(13, "3.2", "Responsible Individual to produce a written quality of care report every six "
                   "months and share it with the Hafal Board of Trustees.",
        "Responsible Individual", D(2025, 9, 30), None, None, "green")
    afi(14, 15, "Regulation 36: Staff must receive supervision at least quarterly and an "
                "annual appraisal.")
    act(14, "3.3", "Create a supervision matrix for all support workers and review compliance at "
                   "monthly management meetings.",
        "Registered Manager / Deputy Manager", D(2025, 5, 31), D(2025, 7, 31),
        "Matrix in place; 70% compliance in June – two staff on long-term leave.", "amber")
    act(15, "3.4", "Complete outstanding annual appraisals for night staff.",
        "Deputy Manager", D(2025, 8, 31), None, None, "green")
    ws["A17"] = ("Note: Revised dates for actions 2.1 and 3.3 were agreed with the CIW "
                 "Inspector on 12/06/2025.")
    ws["A18"] = "RAG key: see Cover sheet."
    for col, w in zip("ABCDEFGH", (7, 42, 48, 22, 12, 12, 40, 8)):
        ws.column_dimensions[col].width = w
    wb.active = 1
    wb.save(out("zzi-hafal-gellinudd-recovery-centre-ciw-inspection-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. SPA Forensic Services - HMICS toxicology assurance review improvement plan (xlsx)
# ---------------------------------------------------------------------------
def spa():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "Scottish Police Authority – Forensic Services"
    s["A1"].font = Font(bold=True, size=13)
    s["A2"] = ("HMICS Assurance Review of Forensic Toxicology Provision – "
               "Improvement Plan and Timeline")
    s["A3"] = "Forensic Services Committee – 28 October 2024"
    header_row(s, 5, ["Action Lead", "Recommendations", "Closed by HMICS", "Open"])
    for r in (["Forensic Services", 12, 5, 7], ["SPA Corporate", 4, 2, 2],
              ["Police Scotland", 9, 2, 7], ["Total", 25, 9, 16]):
        s.append(r)
    for r in range(6, 10):
        box(s, r, 4)
    for c in range(1, 5):
        s.cell(row=9, column=c).font = BOLD
    s["A11"] = "RAG definitions"
    s["A11"].font = BOLD
    for i, (col, txt) in enumerate([
            ("green", "Green – on track to deliver by the completion date"),
            ("amber", "Amber – at risk of slippage; mitigation in place"),
            ("red", "Red – will not be delivered by the completion date"),
            ("blue", "Blue – complete; evidence submitted to HMICS for closure")], 12):
        s.cell(row=i, column=1).fill = RAG[col]
        s.cell(row=i, column=2, value=txt)
    s.column_dimensions["A"].width = 22
    s.column_dimensions["B"].width = 18
    s.column_dimensions["C"].width = 16

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = ("HMICS Assurance Review of Forensic Toxicology Provision – "
                "Forensic Services Improvement Plan")
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:I1")
    ws["A2"] = ("Open recommendations where Forensic Services or SPA is the Action Lead. "
                "Update as at 14 October 2024.")
    ws.merge_cells("A2:I2")
    header_row(ws, 3, ["Action No.", "HMICS Recommendation", "Action", "Action Owner",
                       "Original Completion Date", "Revised Completion Date",
                       "Previous RAG (Aug 24)", "Current RAG (Oct 24)", "Update"])

    def theme(row, text):
        ws.cell(row=row, column=1, value=text).font = BOLD
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)
        for i in range(1, 10):
            ws.cell(row=row, column=i).fill = THEME_FILL

    def rec(first, last, text):
        ws.cell(row=first, column=2, value=text)
        if last > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=last, end_column=2)

    def act(row, ref, text, owner, orig, rev, prev, cur, upd):
        box(ws, row, 9)
        ws.cell(row=row, column=1, value=ref)
        ws.cell(row=row, column=3, value=text)
        ws.cell(row=row, column=4, value=owner)
        for col, val in ((5, orig), (6, rev)):
            c = ws.cell(row=row, column=col, value=val)
            if isinstance(val, dt.datetime):
                c.number_format = "mmm-yy"
        for col, val in ((7, prev), (8, cur)):
            c = ws.cell(row=row, column=col, value=val)
            if val:
                c.fill = RAG[val.lower()]
        ws.cell(row=row, column=9, value=upd)

    theme(4, "Theme 1: Governance and strategic oversight")
    rec(5, 6, "Recommendation 1: The Scottish Police Authority should establish a Strategic "
              "Oversight Board to drive and monitor delivery of the recommendations in this "
              "report.")
    act(5, "1.1", "Establish the Toxicology Strategic Oversight Board with terms of reference "
                  "agreed by SPA, Police Scotland and COPFS.",
        "Director of Forensic Services", D(2023, 6, 1), None, "Blue", "Blue",
        "Board established; meets quarterly (last met 23 September 2024).")
    act(6, "1.2", "Provide a six-monthly progress report on the improvement plan to the "
                  "Forensic Services Committee.",
        "Head of Strategy, Performance and Change", "Six-monthly", None, "Green", "Green",
        "Next report due February 2025.")
    theme(7, "Theme 2: Capacity and turnaround times")
    rec(8, 10, "Recommendation 6: Forensic Services should develop a workforce plan for "
               "toxicology that addresses current vacancies, succession planning and the time "
               "taken to train new scientists.")
    act(8, "6.1", "Complete a toxicology workforce plan, aligned to the Forensic Services "
                  "Strategic Workforce Plan.",
        "Toxicology Operations Manager; HR Business Partner", D(2024, 3, 1), D(2024, 12, 1),
        "Amber", "Amber",
        "Dependent on Police Scotland long-term demand forecast; draft due November.")
    act(9, "6.2", "Recruit to the four vacant reporting scientist posts and introduce a "
                  "structured training and competency programme.",
        "Toxicology Operations Manager", D(2024, 9, 1), None, "Green", "Blue",
        "All four posts filled; training programme in place.")
    act(10, "6.3", "Review the post mortem toxicology turnaround standard with COPFS and agree "
                   "a 35-day target for non-priority cases.",
        "Head of Toxicology / COPFS Liaison Manager", D(2023, 12, 1), None, "Blue", "Blue",
        "35-day standard met for cases received from December 2023.")
    rec(11, 12, "Recommendation 9: Forensic Services should reduce the backlog of Section 5A "
                "Road Traffic Act 1988 cases and report progress against a published recovery "
                "trajectory.")
    act(11, "9.1", "Agree a backlog recovery trajectory with COPFS and publish progress monthly "
                   "on the Forensic Services dashboard.",
        "Head of Toxicology", D(2024, 1, 1), D(2025, 3, 1), "Amber", "Red",
        "Increased drug driving submissions since June; trajectory being re-profiled.")
    act(12, "9.2", "Procure additional LC-MS/MS instrumentation to increase analytical capacity.",
        "Head of Toxicology; Procurement Manager (SPA)", D(2024, 6, 1), D(2024, 10, 1),
        "Green", "Blue", "Instruments commissioned and validated September 2024.")
    theme(13, "Theme 3: Quality and accreditation")
    rec(14, 14, "Recommendation 17: Forensic Services should extend UKAS ISO 17025 "
                "accreditation to all toxicology methods used in casework.")
    act(14, "17.1", "Submit the remaining drug driving confirmation methods to UKAS for "
                    "extension to scope.",
        "Quality Manager", D(2025, 3, 1), None, "Green", "Green",
        "Validation packs complete for two of three methods.")
    ws["A16"] = ("Notes: Actions for recommendations led by Police Scotland (2, 4, 11, 14, "
                 "20–22) are reported through the Police Scotland Drug Driving Programme Board "
                 "and are not shown here.")
    ws["A17"] = "RAG definitions are on the Summary sheet."
    for col, w in zip("ABCDEFGHI", (9, 44, 46, 26, 12, 12, 11, 11, 40)):
        ws.column_dimensions[col].width = w
    wb.save(out("zzi-spa-forensic-services-hmics-toxicology-assurance-review-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 3. Dundee City Council - corporate risk register (xlsx, refuse: "Febuary 2026")
# ---------------------------------------------------------------------------
def dundee():
    wb = Workbook()
    ws = wb.active
    ws.title = "CRR 2025-26"
    ws["A1"] = "Dundee City Council – Corporate Risk Register 2025/26"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Scrutiny Committee – Quarter 2 review (position at 30 September 2025)"
    header_row(ws, 4, ["Risk Ref", "Risk", "Risk Owner", "Current Score (L x I)",
                       "Current Rating", "Further action required", "Action Owner",
                       "Target Date", "Target Score", "Direction of travel"])
    risks = [
        ("CRR01", "Financial sustainability – the Council is unable to set a balanced budget "
                  "over the medium term", "Executive Director of Corporate Services",
         "4 x 5 = 20", "red", "8", "↔", [
             ("Refresh the Medium Term Financial Strategy to 2030/31 and report to Policy and "
              "Resources Committee.", "Head of Corporate Finance", D(2025, 12, 1)),
             ("Deliver the 2025/26 savings programme, with monthly monitoring through the "
              "Council Leadership Team.", "Service Directors", D(2026, 3, 1))]),
        ("CRR02", "Cyber security – a successful cyber attack disrupts council services or "
                  "results in the loss of personal data", "Executive Director of Corporate Services",
         "4 x 4 = 16", "red", "8", "↑", [
             ("Complete the Public Sector Cyber Resilience Framework self-assessment and "
              "address the gaps identified.", "Head of Customer Services and IT", D(2025, 11, 1)),
             ("Run a cyber incident exercise with the Council Leadership Team and the "
              "Resilience Group.", "Head of Customer Services and IT; Resilience Officer",
              "Febuary 2026")]),
        ("CRR03", "Workforce capacity – inability to recruit and retain staff in key roles",
         "Head of Human Resources and Business Support", "3 x 4 = 12", "amber", "6", "↔", [
             ("Implement the Strategic Workforce Plan actions for social work and teacher "
              "recruitment.", "Head of Human Resources and Business Support", D(2026, 3, 1)),
             ("Launch the 'grow your own' trainee social worker scheme with the University "
              "of Dundee.", "Chief Social Work Officer", D(2026, 1, 1))]),
        ("CRR04", "Climate change – the Council does not meet its net zero target by 2045",
         "Executive Director of City Development", "3 x 3 = 9", "amber", "6", "↓", [
             ("Publish the updated Climate Action Plan delivery programme with costed "
              "actions.", "Sustainability and Climate Change Manager", D(2026, 6, 1))]),
    ]
    row = 5
    for ref, title, owner, score, rating, target, dot, acts in risks:
        first = row
        for text, aowner, tdate in acts:
            box(ws, row, 10)
            ws.cell(row=row, column=6, value=text)
            ws.cell(row=row, column=7, value=aowner)
            c = ws.cell(row=row, column=8, value=tdate)
            if isinstance(tdate, dt.datetime):
                c.number_format = "mmm-yy"
            row += 1
        last = row - 1
        for col, val in ((1, ref), (2, title), (3, owner), (4, score), (5, rating.title()),
                         (9, target), (10, dot)):
            ws.cell(row=first, column=col, value=val)
            if last > first:
                ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
        ws.cell(row=first, column=5).fill = RAG[rating]
    row += 1
    ws.cell(row=row, column=1,
            value="Scoring: Likelihood (L) x Impact (I), each 1–5. Red 15–25; Amber 8–14; "
                  "Green 1–7. Direction of travel compares with the Quarter 1 review.")
    ws.cell(row=row + 1, column=1,
            value="Risks are reviewed quarterly by the Council Leadership Team and reported "
                  "to Scrutiny Committee twice a year.")
    for col, w in zip("ABCDEFGHIJ", (9, 38, 26, 12, 10, 50, 28, 12, 9, 10)):
        ws.column_dimensions[col].width = w
    wb.save(out("zzi-dundee-city-council-corporate-risk-register-2025-26-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    """Text with '\n' becomes separate paragraphs in the cell."""
    parts = text.split("\n") if text else [""]
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(parts[0])
    r.bold = bold
    for part in parts[1:]:
        r = cell.add_paragraph().add_run(part)
        r.bold = bold


def header(table, labels):
    for cell, lab in zip(table.rows[0].cells, labels):
        set_cell(cell, lab, bold=True)
        shade(cell, "D9D9D9")


def band(table, text, fill="DEEAF6"):
    row = table.add_row()
    merged = row.cells[0].merge(row.cells[-1])
    set_cell(merged, text, bold=True)
    shade(merged, fill)


def line(table, values):
    row = table.add_row()
    for cell, v in zip(row.cells, values):
        set_cell(cell, v)


# ---------------------------------------------------------------------------
# 4. Aberdeen Foyer - Care Inspectorate housing support improvement plan (docx)
# ---------------------------------------------------------------------------
def foyer():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Aberdeen Foyer – Care Inspectorate Improvement Plan", level=0)
    doc.add_paragraph("Housing Support Service").runs[0].bold = True
    doc.add_paragraph("Following the unannounced inspection completed on 13 March 2025 "
                      "(report published 9 April 2025)")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Care service number", "CS2004071322"),
                 ("Service type", "Housing Support Service"),
                 ("Registered manager", "Lorna Gauld"),
                 ("Plan owner", "Head of Services"),
                 ("Date of this update", "22 September 2025")]:
        r = t.add_row()
        set_cell(r.cells[0], k, bold=True)
        set_cell(r.cells[1], v)
    doc.add_paragraph("")
    doc.add_paragraph("Grades awarded").runs[0].bold = True
    g = doc.add_table(rows=1, cols=2)
    g.style = "Table Grid"
    header(g, ["Key question", "Grade"])
    for k, v in [("How well do we support people’s wellbeing?", "3 – Adequate"),
                 ("How good is our leadership?", "3 – Adequate"),
                 ("How good is our staff team?", "2 – Weak"),
                 ("How well is our care and support planned?", "4 – Good")]:
        line(g, [k, v])
    doc.add_paragraph("")
    doc.add_paragraph("Status key: Complete = action completed and evidenced; Green = on track; "
                      "Amber = at risk of delay; Not started = not yet due to start.")

    cols = ["No.", "Action", "Responsible", "Timescale", "Update (September 2025)", "Status"]

    def kq_table(title):
        doc.add_heading(title, level=2)
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        header(tb, cols)
        return tb

    t1 = kq_table("Key question 1: How well do we support people’s wellbeing?")
    band(t1, "Requirement 1: By 30 June 2025, the provider must ensure that risk assessments "
             "for each young person are reviewed following any significant incident and at "
             "least every six months.")
    line(t1, ["1.1", "Review all current risk assessments and record the date of the next "
                     "review on the support plan front sheet.",
              "Service Manager", "30 June 2025",
              "All 34 risk assessments reviewed by 27 June.", "Complete"])
    line(t1, ["1.2", "Add a post-incident review prompt to the incident recording form.",
              "Team Leader (Housing Support)", "July 2025",
              "Form updated and in use from 14 July.", "Complete"])
    band(t1, "Area for improvement 1: To support young people’s health and wellbeing, the "
             "provider should ensure that medication prompts are recorded accurately and "
             "audited monthly.")
    line(t1, ["1.3", "Refresh medication prompting training for all project workers and check "
                     "competency through observed practice.",
              "Learning & Development Lead; Team Leaders", "31/10/2025",
              "18 of 24 staff trained; observations under way.", "Green"])

    t2 = kq_table("Key question 2: How good is our leadership?")
    band(t2, "Area for improvement 2: The provider should develop its quality assurance so "
             "that audits lead to clear actions that are followed up.")
    line(t2, ["2.1", "Introduce a quality assurance calendar covering support plans, finance "
                     "records and health and safety checks.",
              "Head of Services", "August 2025", "Calendar agreed by SLT 5 August.", "Complete"])
    line(t2, ["2.2", "Report audit findings and outstanding actions to each Senior Leadership "
                     "Team meeting.",
              "Head of Services", "Monthly", "Standing item from August.", "Green"])
    line(t2, ["2.3", "Seek young people’s views on the service through an annual survey and a "
                     "‘You said, we did’ board.",
              "Participation Officer", "Dec 2025", "", "Not started"])

    t3 = kq_table("Key question 3: How good is our staff team?")
    band(t3, "Requirement 2: By 31 August 2025, the provider must ensure that staff receive "
             "regular, recorded supervision in line with the organisation’s supervision policy.")
    line(t3, ["3.1", "Set up a supervision tracker and issue a six-weekly supervision schedule "
                     "to all staff.",
              "Service Manager", "Original: 31 Aug 2025\nRevised: 30 Nov 2025",
              "Tracker in place; 71% of supervisions on time in August. Extension agreed "
              "with the Care Inspectorate.", "Amber"])
    line(t3, ["3.2", "Audit supervision records quarterly and report compliance to the Board.",
              "Head of Services / Chief Executive", "Ongoing",
              "First audit reported to Board 16 September.", "Green"])

    doc.add_paragraph("")
    doc.add_paragraph("Version 3 – updated for the Board of Directors, 22 September 2025.")
    so = doc.add_table(rows=1, cols=3)
    so.style = "Table Grid"
    header(so, ["Approved by", "Role", "Date"])
    line(so, ["Gillian Ross", "Chief Executive", "23/09/2025"])
    doc.save(out("zzi-aberdeen-foyer-care-inspectorate-housing-support-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 5. St Cyres School - Estyn post-inspection action plan (docx)
# ---------------------------------------------------------------------------
def st_cyres():
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("St Cyres School – Post-Inspection Action Plan (PIAP)")
    r.bold = True
    r.font.size = Pt(16)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("Estyn core inspection: 14–17 October 2024. Plan approved by the "
                      "Governing Body on 28 November 2024 and agreed with the Vale of Glamorgan "
                      "local authority.")
    doc.add_paragraph("Progress review: March 2025")
    doc.add_paragraph("Recommendations from the inspection report:").runs[0].bold = True
    for rtxt in ["R1 Strengthen the quality of teaching so that it consistently challenges "
                 "pupils of all abilities",
                 "R2 Improve pupils’ attendance, particularly that of pupils eligible for free "
                 "school meals",
                 "R3 Ensure that self-evaluation and improvement planning focus sharply on the "
                 "impact of teaching on pupils’ learning"]:
        doc.add_paragraph(rtxt, style="List Bullet")
    doc.add_paragraph("RAG: B = completed; G = on track; A = progress slower than planned; "
                      "R = not on track")

    cols = ["Ref", "Actions", "Success criteria", "Lead", "Timescale", "Monitoring", "RAG"]

    def rec_table(title, rows):
        doc.add_heading(title, level=2)
        tb = doc.add_table(rows=1, cols=7)
        tb.style = "Table Grid"
        header(tb, cols)
        for vals in rows:
            line(tb, vals)
        doc.add_paragraph("")

    rec_table("R1: Strengthen the quality of teaching so that it consistently challenges pupils "
              "of all abilities", [
                  ["1a", "Deliver a programme of professional learning on adaptive teaching and "
                         "questioning for all teaching staff, led by the Teaching and Learning "
                         "Group.",
                   "Lesson observations show that most lessons provide suitable challenge for "
                   "more able pupils.",
                   "DHT (Teaching & Learning)", "Autumn term 2024 – Summer term 2025",
                   "Termly learning walks; Governors’ Teaching and Learning Committee", "G"],
                  ["1b", "Introduce fortnightly coaching triads for teachers whose lessons are "
                         "judged to require improvement.",
                   "All teachers in triads show improvement at follow-up observation.",
                   "AHT (Professional Learning)", "Spring term 2025",
                   "Coaching log reviewed half-termly", "B"],
                  ["1c", "Align departmental book scrutiny with the new feedback policy and "
                         "share findings with Heads of Faculty.",
                   "Book looks show consistent use of feedback in most subjects.",
                   "AHT (Curriculum); Heads of Faculty", "Termly",
                   "SLT line management meetings", "G"]])
    rec_table("R2: Improve pupils’ attendance, particularly that of pupils eligible for free "
              "school meals", [
                  ["2a", "Appoint a Family Engagement Officer to work with families of pupils "
                         "whose attendance is below 90%.",
                   "Officer in post; caseload of 40 families established.",
                   "Headteacher", "By 31 December 2024", "Governors’ Pupil Wellbeing Committee",
                   "B"],
                  ["2b", "Introduce weekly attendance panels for each year group, with escalation "
                         "to the Education Welfare Officer.",
                   "Attendance of pupils eligible for FSM rises to at least 85%.",
                   "AHT (Wellbeing) / EWO", "January 2025", "Weekly attendance data to SLT",
                   "G"],
                  ["2c", "Review the rewards and recognition scheme for attendance with the "
                         "School Council.",
                   "Revised scheme launched; pupil voice shows it is valued.",
                   "Head of Year 9", "Summer term 2025", "Pupil voice survey", "A"]])
    rec_table("R3: Ensure that self-evaluation and improvement planning focus sharply on the "
              "impact of teaching on pupils’ learning", [
                  ["3a", "Revise the quality assurance calendar so that learning walks, book "
                         "looks and pupil voice are triangulated each half term.",
                   "QA calendar in place and followed by all faculties.",
                   "DHT (Teaching & Learning)", "Autumn term 2024", "Headteacher’s report to "
                   "governors", "B"],
                  ["3b", "Train middle leaders to write faculty improvement plans with measurable "
                         "success criteria linked to pupil progress.",
                   "All faculty plans include measurable success criteria.",
                   "JPW, SRD", "March 2025", "Local authority challenge adviser visits", "R"]])

    doc.add_paragraph("Signed on behalf of the Governing Body").runs[0].bold = True
    so = doc.add_table(rows=1, cols=3)
    so.style = "Table Grid"
    header(so, ["Role", "Name", "Date"])
    line(so, ["Headteacher", "J P Williams", "28/11/2024"])
    line(so, ["Chair of Governors", "M Edwards", "28/11/2024"])
    doc.save(out("zzi-st-cyres-school-estyn-post-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. South of Scotland Enterprise - annual audit report 2024/25 action plan (csv)
# ---------------------------------------------------------------------------
def sose():
    ncol = 10
    pad = lambda row: row + [""] * (ncol - len(row))
    rows = [
        pad(["South of Scotland Enterprise – Annual Audit Report 2024/25: Action Plan Tracker"]),
        pad(["Presented to the Audit and Risk Committee, 4 December 2025"]),
        [""] * ncol,
        ["Ref", "Wider scope area", "Issue/risk", "Recommendation", "Agreed management action",
         "Responsible officer", "Original date", "Revised date", "Status", "Progress update"],
        ["1", "Financial management",
         "Manual journals posted by finance staff are not subject to independent review "
         "before posting.",
         "SOSE should introduce independent review of manual journals above an agreed "
         "threshold.",
         "Journals over £25,000 will be approved by the Finance Manager in the finance system "
         "before posting.",
         "Head of Finance", "31/12/2025", "", "On track",
         "Approval workflow configured in the test environment."],
        ["2", "Financial sustainability",
         "The medium-term financial plan does not set out how the forecast funding gap from "
         "2026/27 will be closed.",
         "SOSE should update its medium-term financial plan with savings options and scenarios "
         "agreed with Scottish Government sponsors.",
         "The Medium-Term Financial Plan 2026–2030 will be presented to the Board with savings "
         "options and three funding scenarios.",
         "Director of Finance and Corporate Services", "March 2026", "", "On track", ""],
        ["3", "Vision, leadership and governance",
         "Board and committee papers do not consistently record how risks have been "
         "considered.",
         "SOSE should strengthen the cover paper template to set out risk, equality and Fair "
         "Work implications.",
         "1. Revise the Board paper template to include risk, equality and Fair Work sections.\n"
         "2. Provide a briefing for report authors on the new template.",
         "Board Secretary", "30/09/2025", "", "Complete",
         "New template used from the September Board."],
        ["4", "Use of resources to improve outcomes",
         "SOSE does not yet report outcome measures for its grant programmes against the "
         "targets in its Operating Plan.",
         "SOSE should develop outcome indicators for grant programmes and report performance "
         "to the Board at least annually.",
         "Develop outcome indicators for the Business Growth and Community Wealth programmes "
         "and include them in the annual performance report.",
         "Head of Performance and Insight; Director of Strategy", "Q3 2025/26", "Q1 2026/27",
         "Amber", "Data sharing agreements with local authorities delayed."],
        ["PY/2", "Financial management",
         "2023/24: The fixed asset register was not reconciled to the general ledger during "
         "the year.",
         "SOSE should reconcile the fixed asset register to the general ledger quarterly.",
         "Quarterly reconciliation to be completed and signed off by the Finance Manager.",
         "Finance Manager", "31/03/2025", "30/09/2025", "Complete",
         "Q1 and Q2 reconciliations completed."],
        ["PY/5", "Vision, leadership and governance",
         "2023/24: Registers of interests had not been updated for two Board members.",
         "Board members' registers of interests should be reviewed annually and published.",
         "Annual review of registers of interests, with reminders issued each April.",
         "Board Secretary", "Annually", "", "On track", "2025 review completed in May."],
        [""] * ncol,
        pad(["Status: Complete = action implemented; On track = due date expected to be met; "
             "Amber = revised date agreed."]),
        pad(["PY = recommendation brought forward from the 2023/24 Annual Audit Report."]),
    ]
    with open(out("zzi-south-of-scotland-enterprise-annual-audit-report-2024-25-action-plan.csv"),
              "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh, lineterminator="\r\n").writerows(rows)


# ---------------------------------------------------------------------------
# 7. Legal Services Agency NI - NIAO RTTCWG recommendations tracker (tab-separated txt)
# ---------------------------------------------------------------------------
def lsani():
    lines = [
        "Legal Services Agency Northern Ireland – NIAO Report to Those Charged with Governance "
        "2024-25: Recommendations Tracker",
        "Audit and Risk Assurance Committee, 21 October 2025",
        "",
        "\t".join(["Ref", "NIAO finding", "NIAO recommendation",
                   "Management response / agreed action", "Owner", "Target date",
                   "Status (Jun-25)", "Status (Oct-25)", "Comment"]),
        "Priority 1",
        "\t".join(["1",
                   "Criminal legal aid fee claims are paid without sufficient verification of "
                   "supporting evidence.",
                   "The Agency should strengthen pre-payment verification of criminal legal aid "
                   "fee claims and extend post-payment sampling.",
                   "Introduce risk-based pre-payment checks on Crown Court fee claims and "
                   "increase the post-payment sample to 5% of claims.",
                   "Director of Finance & Corporate Services", "31-Mar-26", "Amber", "Green",
                   "Revised checks live from September 2025."]),
        "\t".join(["2",
                   "Legal aid expenditure was qualified for regularity in 2024-25 owing to the "
                   "level of estimated fraud and error.",
                   "The Agency should agree with the Department of Justice a plan to reduce the "
                   "estimated error rate below the materiality threshold.",
                   "Develop an error reduction plan with quarterly targets, reported to the "
                   "Departmental Board.",
                   "Chief Executive; Head of Counter Fraud & Assurance", "Dec-25", "Green",
                   "Amber", "Draft plan shared with DoJ; quarterly targets not yet agreed."]),
        "Priority 2",
        "\t".join(["3",
                   "User access to the legal aid case management system was not reviewed "
                   "during the year.",
                   "User access rights should be reviewed at least six-monthly and leavers "
                   "removed promptly.",
                   "Six-monthly access review by the system owner; HR leavers report issued "
                   "weekly to IT.",
                   "Head of IT", "30/09/2025", "Amber", "Complete",
                   "First review completed August 2025; 14 accounts removed."]),
        "\t".join(["4",
                   "Several contracts were extended without a documented business case.",
                   "The Agency should ensure that direct award contract extensions are "
                   "supported by an approved business case.",
                   "Issue procurement guidance to budget holders and report all extensions to "
                   "ARAC.",
                   "Procurement Lead", "Sep-25", "Green", "Complete", "Guidance issued July 2025."]),
        "Priority 3",
        "\t".join(["5",
                   "The asset register included fully depreciated IT equipment no longer in use.",
                   "The asset register should be reviewed and disposed items removed.",
                   "Complete a physical verification of IT assets and update the register.",
                   "Finance Manager", "31 January 2026", "", "Green", ""]),
        "\t".join(["6",
                   "The Agency's whistleblowing policy had not been reviewed since 2019.",
                   "The whistleblowing policy should be reviewed and re-issued to staff.",
                   "Review the policy against the DoJ template and issue it to all staff with "
                   "awareness training.",
                   "HR Business Partner", "Mar-26", "Green", "Green", ""]),
        "",
        "Notes:",
        "Priority 1 - significant issues for the attention of senior management which may have "
        "the potential to result in material weakness in internal control.",
        "Priority 2 - important issues to be addressed by management in their areas of "
        "responsibility.",
        "Priority 3 - issues of a more minor nature which represent best practice.",
        "Status key: Complete; Green - on track; Amber - at risk of missing target date; "
        "Red - target date missed.",
    ]
    with open(out("zzi-legal-services-agency-ni-niao-rttcwg-recommendations-tracker.txt"),
              "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    hafal()
    spa()
    dundee()
    foyer()
    st_cyres()
    sose()
    lsani()
    print("built 7 files")
