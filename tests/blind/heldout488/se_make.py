#!/usr/bin/env python3
"""Build the seven se- blind test files (set heldout488).

Run with /work/main/.venv/bin/python se_make.py  (writes next to this script).
Only files starting with se- are written.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("se-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None, fill=None):
    """Write text into a cell; '\n' starts a new paragraph in the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
    if fill:
        shade(cell, fill)


def header_row(table, labels, fill="1F3864"):
    for c, lab in zip(table.rows[0].cells, labels):
        set_cell(c, lab, bold=True, size=9, fill=fill)
        for p in c.paragraphs:
            for r in p.runs:
                r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


DOCX_RAG = {"R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0"}


# ====================================================================== 1 docx
def croesyceiliog():
    d = Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Croesyceiliog School – Post-Inspection Action Plan", level=0)
    d.add_paragraph("Estyn core inspection: 10–13 March 2025 | "
                    "Plan approved by the Governing Body: 21 May 2025")
    d.add_paragraph("Progress position: end of Autumn half-term 1 (October 2025)")

    ctl = [
        ("School", "Croesyceiliog School, Torfaen"),
        ("Headteacher", "Mrs S. Bevan"),
        ("Chair of Governors", "Mr G. Lloyd"),
        ("Local authority / EAS link", "Torfaen CBC – School Improvement Partner (EAS)"),
        ("Version", "v1.3 (updated 24/10/2025)"),
        ("Next review", "Governing Body – January 2026"),
    ]
    t = d.add_table(rows=len(ctl), cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate(ctl):
        set_cell(t.cell(i, 0), k, bold=True, fill="D9E2F3")
        set_cell(t.cell(i, 1), v)

    d.add_paragraph()
    d.add_paragraph("RAG key").runs[0].bold = True
    key = [("B", "Completed"), ("G", "On track"),
           ("A", "Some progress – further action needed"),
           ("R", "Not on track / significant concern")]
    t = d.add_table(rows=len(key), cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate(key):
        set_cell(t.cell(i, 0), k, bold=True, fill=DOCX_RAG[k])
        set_cell(t.cell(i, 1), v)

    cols = ["Ref", "Action", "Lead(s)", "Success criteria", "Timescale",
            "Monitoring", "RAG (Oct 2025)"]
    recs = [
        ("R1: Improve the quality of teaching so that it consistently challenges "
         "pupils of all abilities, particularly in key stage 3", [
            ("1.1", "Deliver a whole-school professional learning programme on "
                    "questioning, challenge and adaptive teaching, led through "
                    "fortnightly Teaching and Learning Communities.",
             "Deputy Headteacher (Teaching and Learning)",
             "Lesson observations show effective challenge in at least 80% of lessons.",
             "Sept 2025 – July 2026", "Half-termly learning walks; SIP visits", "G"),
            ("1.2", "Introduce a shared lesson planning framework for key stage 3 "
                    "with explicit success criteria and challenge tasks.\n"
                    "Pilot in English, mathematics and science before roll-out to "
                    "all departments.",
             "AHT Curriculum; Heads of Faculty",
             "Framework in use in all KS3 schemes of work.",
             "Autumn term 2025", "Work scrutiny", "A"),
            ("1.3", "Quality-assure teaching through termly book looks and joint "
                    "observations with the EAS Challenge Adviser.",
             "Headteacher / EAS Challenge Adviser",
             "Joint judgements agreed; findings reported to governors.",
             "Termly", "EAS notes of visit", "G"),
        ]),
        ("R2: Improve attendance, especially for pupils eligible for free school meals", [
            ("2.1", "Appoint a Family Engagement Officer and establish weekly "
                    "attendance panels for each year group.",
             "AHT Wellbeing", "Officer in post; panels meeting weekly.",
             "June 2025", "Attendance panel minutes", "B"),
            ("2.2", "Implement a tiered attendance response (letters, home visits, "
                    "Education Welfare Service referral) for pupils below 90% "
                    "attendance.",
             "Attendance Lead & Education Welfare Officer",
             "Persistent absence reduced by 5 percentage points.",
             "31/10/2025", "Weekly attendance data", "A"),
            ("2.3", "Review the impact of the FSM attendance strategy with governors "
                    "and report to the Teaching, Learning and Wellbeing Committee.",
             "Headteacher", "Gap between eFSM and non-eFSM attendance narrows.",
             "Summer term 2026", "Governors’ committee", ""),
        ]),
        ("R3: Strengthen self-evaluation and improvement planning so that leaders "
         "identify precisely the impact of provision on pupils’ progress", [
            ("3.1", "Revise the school’s self-evaluation calendar so that "
                    "departmental reviews draw on first-hand evidence of pupils’ "
                    "learning, not only outcomes data.",
             "Deputy Headteacher (Standards)",
             "Calendar published; all departments reviewed once per year.",
             "December 2025", "SLT line management", "G"),
            ("3.2", "Train middle leaders in writing focused departmental improvement "
                    "plans with measurable success criteria.",
             "Headteacher / Deputy Headteacher (Standards)",
             "All departmental plans quality-assured by SLT.",
             "Autumn term 2025", "Plan review meetings", "A"),
        ]),
        ("R4: Develop pupils’ Welsh language skills and their use of Welsh beyond "
         "Welsh lessons", [
            ("4.1", "Introduce a ‘Cymraeg bob dydd’ programme of incidental Welsh in "
                    "form time and across departments.",
             "Welsh Co-ordinator", "Learner voice shows increased use of Welsh.",
             "Sept 2025", "Learning walks", "G"),
            ("4.2", "Provide staff language training through the National Centre "
                    "for Learning Welsh education workforce courses.",
             "Welsh Co-ordinator / Business Manager",
             "At least 20 staff complete an entry-level course.",
             "July 2026", "CPD records", "R"),
        ]),
    ]
    for heading, rows in recs:
        d.add_paragraph()
        d.add_heading(heading, level=2)
        t = d.add_table(rows=1 + len(rows), cols=len(cols))
        t.style = "Table Grid"
        header_row(t, cols)
        for i, row in enumerate(rows, start=1):
            for j, val in enumerate(row):
                fill = DOCX_RAG.get(val) if j == 6 and val else None
                set_cell(t.cell(i, j), val, size=9, fill=fill)

    d.add_paragraph()
    d.add_paragraph("Signed on behalf of the Governing Body:")
    t = d.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for j, v in enumerate(["Chair of Governors", "Headteacher", "Date"]):
        set_cell(t.cell(0, j), v, bold=True)
    for j, v in enumerate(["G. Lloyd", "S. Bevan", "21/05/2025"]):
        set_cell(t.cell(1, j), v)
    d.save(out("se-croesyceiliog-school-estyn-post-inspection-action-plan.docx"))


# ====================================================================== 2 docx
def ardgowan():
    d = Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10)
    p = d.add_paragraph()
    r = p.add_run("Ardgowan Hospice Improvement Action Plan")
    r.bold = True
    r.font.size = Pt(16)
    d.add_paragraph("Healthcare Improvement Scotland unannounced inspection: "
                    "12–13 November 2024")

    info = [
        ("Service", "Ardgowan Hospice, Greenock"),
        ("Service provider", "Ardgowan Hospice"),
        ("Date of inspection", "12–13 November 2024"),
        ("Date action plan submitted", "24 January 2025"),
        ("Progress update", "30 September 2025"),
    ]
    t = d.add_table(rows=len(info), cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate(info):
        set_cell(t.cell(i, 0), k, bold=True, fill="E7E6E6")
        set_cell(t.cell(i, 1), v)

    d.add_paragraph()
    d.add_paragraph("Status key").runs[0].bold = True
    key = [("Complete", "Action fully implemented and evidenced", "0070C0"),
           ("On track", "Progressing within timescale", "00B050"),
           ("Some delay", "Behind original timescale – revised date agreed", "FFC000"),
           ("Not on track", "Escalated to the Clinical Governance Committee", "FF0000")]
    t = d.add_table(rows=len(key), cols=2)
    t.style = "Table Grid"
    for i, (k, v, f) in enumerate(key):
        set_cell(t.cell(i, 0), k, bold=True, fill=f)
        set_cell(t.cell(i, 1), v)

    fills = {k: f for k, _, f in key}
    cols = ["Action planned", "Start", "Complete by", "Responsible person", "Status"]
    domains = [
        ("Domain 2 – Leadership and culture", [
            ("Recommendation a: The service should ensure that the minutes of the "
             "Clinical Governance Committee record the actions agreed, who is "
             "responsible and the timescale for completion.", [
                ("Introduce a standard action log template for all governance "
                 "meetings, reviewed at the start of each meeting.",
                 "January 2025", "March 2025", "Head of Quality and Governance",
                 "Complete"),
            ]),
        ]),
        ("Domain 5 – Delivery of safe, effective, compassionate and person-centred care", [
            ("Requirement 1: The provider must ensure that controlled drug records "
             "are accurately completed and that stock checks are carried out and "
             "recorded in line with the service’s medicines management policy.", [
                ("Reinforce controlled drug recording standards with all registered "
                 "nurses at ward huddles and through a mandatory e-learning update.",
                 "December 2024", "28/02/2025",
                 "Clinical Nurse Manager – Inpatient Unit", "Complete"),
                ("Carry out a weekly pharmacist-led audit of controlled drug "
                 "registers for 12 weeks, then monthly, reporting results to the "
                 "Medicines Management Group.",
                 "January 2025", "June 2025 (revised: September 2025)",
                 "Clinical Nurse Manager – Inpatient Unit / Pharmacist",
                 "Some delay"),
            ]),
            ("Requirement 2: The provider must ensure that patient care records "
             "include a completed falls risk assessment within 24 hours of "
             "admission, reviewed at least weekly.", [
                ("Add a mandatory falls risk assessment prompt to the electronic "
                 "admission record.\nGo-live agreed with the system supplier for "
                 "3 March 2025.",
                 "February 2025", "March 2025", "Digital Lead", "Complete"),
                ("Audit ten sets of patient records each month for completion and "
                 "weekly review of falls risk assessments.",
                 "March 2025", "Ongoing – monthly audit", "Senior Charge Nurse",
                 "On track"),
            ]),
            ("Recommendation b: The service should ensure that patients and "
             "families are offered information about how to raise a concern or "
             "make a complaint on admission.", [
                ("Update the admission information pack and display complaints "
                 "information in all patient rooms.",
                 "January 2025", "30/04/2025",
                 "Head of Quality and Governance; Patient and Family Support Manager",
                 "Complete"),
            ]),
        ]),
        ("Domain 7 – Quality improvement", [
            ("Requirement 3: The provider must develop and implement a quality "
             "improvement plan that sets out the service’s priorities, measures "
             "and timescales.", [
                ("Develop the Quality Improvement Plan 2025–2027 with staff, "
                 "volunteers and people who use the service, and present it to "
                 "the Board of Trustees for approval.",
                 "February 2025", "June 2025", "Director of Clinical Services",
                 "Not on track"),
            ]),
            ("Recommendation c: The service should evaluate the impact of the new "
             "bereavement support pathway.", [
                ("Complete a survey of bereaved families six months after the "
                 "pathway is introduced and report the findings to the Clinical "
                 "Governance Committee.",
                 "September 2025", "March 2026", "Family Support Services Manager",
                 ""),
            ]),
        ]),
    ]
    for dom, items in domains:
        d.add_paragraph()
        h = d.add_paragraph()
        hr = h.add_run(dom)
        hr.bold = True
        hr.font.size = Pt(12)
        nrows = 1 + sum(1 + len(acts) for _, acts in items)
        t = d.add_table(rows=nrows, cols=len(cols))
        t.style = "Table Grid"
        header_row(t, cols, fill="5B2C6F")
        r = 1
        for req, acts in items:
            m = t.cell(r, 0).merge(t.cell(r, len(cols) - 1))
            set_cell(m, req, bold=True, fill="EADCF2")
            r += 1
            for a in acts:
                for j, val in enumerate(a):
                    fill = fills.get(val) if j == 4 and val else None
                    set_cell(t.cell(r, j), val, fill=fill)
                r += 1

    d.add_paragraph()
    t = d.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([
            ("Name of person completing the action plan", "Gillian Ross"),
            ("Designation", "Director of Clinical Services"),
            ("Date", "24 January 2025")]):
        set_cell(t.cell(i, 0), k, bold=True)
        set_cell(t.cell(i, 1), v)
    d.save(out("se-ardgowan-hospice-his-inspection-improvement-action-plan.docx"))


# ---------------------------------------------------------------- xlsx helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
FILL = {k: PatternFill("solid", fgColor=v) for k, v in {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0",
    "hdr": "1F4E78", "band": "DDEBF7", "grey": "D9D9D9"}.items()}
WRAP = Alignment(wrap_text=True, vertical="top")


def hdr(ws, row, labels, fill="hdr"):
    for j, lab in enumerate(labels, start=1):
        c = ws.cell(row=row, column=j, value=lab)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL[fill]
        c.alignment = WRAP
        c.border = BOX


def widths(ws, ws_widths):
    from openpyxl.utils import get_column_letter
    for j, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(j)].width = w


def D(y, m, d):
    return dt.datetime(y, m, d)


# ====================================================================== 3 xlsx
def bcuhb():
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = "Betsi Cadwaladr University Health Board – Corporate Risk Register 2025/26"
    cv["A1"].font = Font(bold=True, size=14)
    cv["A2"] = "Bwrdd Iechyd Prifysgol Betsi Cadwaladr – Cofrestr Risg Gorfforaethol 2025/26"
    cv["A2"].font = Font(italic=True, size=12)
    cv["A4"] = "Version control"
    cv["A4"].font = Font(bold=True)
    hdr(cv, 5, ["Version", "Date", "Author", "Changes"])
    vers = [("v0.4", D(2025, 9, 8), "Corporate Risk Team",
             "Q2 update following Executive Risk Management Group"),
            ("v0.5", D(2025, 9, 29), "Head of Risk Management",
             "Revised due dates agreed by risk owners")]
    for i, row in enumerate(vers, start=6):
        for j, v in enumerate(row, start=1):
            c = cv.cell(row=i, column=j, value=v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    cv["A9"] = "Reported to: Audit Committee, 21 October 2025"
    widths(cv, [12, 14, 26, 60])

    ws = wb.create_sheet("CRR")
    ws["A1"] = "Betsi Cadwaladr University Health Board – Corporate Risk Register 2025/26"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Position at 30/09/2025. Scores shown as Likelihood × Consequence. "
                "Action RAG shown by cell colour – see Scoring Matrix tab for key.")
    ws["A2"].font = Font(italic=True)
    cols = ["Risk", "Executive Lead", "Inherent Score", "Current Score",
            "Target Score", "Action Ref", "Further Actions Required",
            "Action Owner", "Original Due Date", "Revised Due Date",
            "Progress Update", "RAG"]
    hdr(ws, 4, cols)
    risks = [
        ("CRR25-01 – Timely access to unscheduled care", "Chief Operating Officer",
         "25 (5×5)", "20 (4×5)", "12 (3×4)", [
            ("1.1", "Implement the Same Day Emergency Care (SDEC) model at Ysbyty "
                    "Glan Clwyd seven days a week.",
             "Director of Unscheduled Care", D(2025, 6, 30), D(2025, 12, 31),
             "Weekday service live; weekend rota recruitment under way.", "A"),
            ("1.2", "Reduce ambulance handover delays over 60 minutes through the "
                    "joint improvement plan with the Welsh Ambulance Services "
                    "University NHS Trust.",
             "Director of Unscheduled Care / WAST Head of Service",
             D(2026, 3, 31), None, "Trajectory agreed with WAST.", "G"),
            ("1.3", "Review discharge-to-recover-then-assess pathways with the six "
                    "north Wales local authorities.",
             "Jones, Rhian", D(2025, 9, 30), None,
             "Workshops held July and August; report to Executive Team in October.",
             "R"),
        ]),
        ("CRR25-02 – Nurse and midwifery workforce sustainability",
         "Executive Director of Nursing and Midwifery",
         "20 (4×5)", "16 (4×4)", "9 (3×3)", [
            ("2.1", "Deliver phase 3 of the international nurse recruitment "
                    "programme (60 registered nurses).",
             "Deputy Director of Workforce", D(2026, 3, 31), None,
             "38 nurses in post; remaining cohort arriving January 2026.", "G"),
            ("2.2", "Implement e-rostering across all acute wards and community "
                    "hospitals.",
             "Head of Nursing Workforce", D(2024, 12, 31), D(2025, 7, 31),
             "Roll-out completed July 2025.", "B"),
            ("2.3", "Reduce agency nurse spend by 25% against the 2024/25 outturn.",
             "Executive Director of Nursing and Midwifery", D(2026, 3, 31), None,
             "Spend down 14% at month 6.", "A"),
        ]),
        ("CRR25-03 – Cyber security and resilience of digital systems",
         "Chief Digital and Information Officer", "20 (4×5)", "15 (3×5)", "10 (2×5)", [
            ("3.1", "Complete the Cyber Assessment Framework (CAF) self-assessment "
                    "and agree an improvement plan with the Cyber Resilience Unit.",
             "Head of Cyber Security", D(2025, 11, 30), None,
             "Self-assessment 80% complete.", "G"),
            ("3.2", "Replace unsupported operating systems on the remaining clinical "
                    "devices.",
             "Head of Infrastructure; Head of Cyber Security", D(2025, 3, 31),
             D(2026, 3, 31), "412 devices outstanding; supplier delays.", "A"),
        ]),
        ("CRR25-04 – Financial sustainability", "Executive Director of Finance",
         "25 (5×5)", "20 (5×4)", "12 (3×4)", [
            ("4.1", "Deliver the 2025/26 savings programme of £44m, with monthly "
                    "reporting to the Performance, Finance and Information "
                    "Governance Committee.",
             "Executive Director of Finance", D(2026, 3, 31), None,
             "£19.6m delivered at month 6; forecast gap £9m.", "R"),
            ("4.2", "Agree a three-year financial recovery plan with Welsh "
                    "Government.",
             "Deputy Director of Finance", D(2026, 1, 31), None, "", None),
        ]),
    ]
    r = 5
    for title, lead, inh, cur, tgt, acts in risks:
        first = r
        for a in acts:
            ref, text, owner, orig, rev, prog, rag = a
            vals = [None, None, None, None, None, ref, text, owner, orig, rev,
                    prog or None, None]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if rag:
                ws.cell(row=r, column=12).fill = FILL[rag]
            r += 1
        for j, v in enumerate([title, lead, inh, cur, tgt], start=1):
            c = ws.cell(row=first, column=j, value=v)
            c.alignment = WRAP
            c.fill = FILL["band"]
            if j == 1:
                c.font = Font(bold=True)
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=j,
                               end_row=r - 1, end_column=j)
    r += 1
    ws.cell(row=r, column=1, value="Summary of action status").font = Font(bold=True)
    for label, n, f in [("Red", 2, "R"), ("Amber", 3, "A"), ("Green", 3, "G"),
                        ("Blue", 1, "B"), ("Not started", 1, None)]:
        r += 1
        c = ws.cell(row=r, column=1, value=label)
        if f:
            c.fill = FILL[f]
        ws.cell(row=r, column=2, value=n)
    r += 1
    ws.cell(row=r, column=1, value="Total")
    ws.cell(row=r, column=2, value=10)
    widths(ws, [34, 24, 10, 10, 10, 8, 55, 30, 13, 13, 40, 7])

    km = wb.create_sheet("Scoring Matrix")
    km["A1"] = "Risk scoring matrix (Likelihood × Consequence)"
    km["A1"].font = Font(bold=True)
    km["A2"] = "Likelihood ↓ / Consequence →"
    for j in range(1, 6):
        km.cell(row=2, column=j + 1, value=j).font = Font(bold=True)
    for i in range(1, 6):
        km.cell(row=2 + i, column=1, value=6 - i).font = Font(bold=True)
        for j in range(1, 6):
            s = (6 - i) * j
            c = km.cell(row=2 + i, column=j + 1, value=s)
            c.fill = FILL["R"] if s >= 15 else FILL["A"] if s >= 8 else FILL["G"]
    km["A10"] = "Action RAG key"
    km["A10"].font = Font(bold=True)
    for i, (f, txt) in enumerate([("R", "Overdue / not on track"),
                                  ("A", "At risk of slippage"),
                                  ("G", "On track"),
                                  ("B", "Complete"),
                                  (None, "No colour – not started")], start=11):
        c = km.cell(row=i, column=1)
        if f:
            c.fill = FILL[f]
        c.border = BOX
        km.cell(row=i, column=2, value=txt)
    widths(km, [30, 30, 8, 8, 8, 8])
    wb.save(out("se-betsi-cadwaladr-uhb-corporate-risk-register-2025-26.xlsx"))


# ====================================================================== 4 xlsx
def causeway():
    status_fill = {"Complete": "B", "On track": "G", "Some slippage": "A",
                   "Not on track": "R"}
    ios = [
        ("IO1", "Improvement Objective 1: We will increase the household waste "
                "recycling rate and reduce the amount of waste sent to landfill",
         "Director of Environmental Services", [
            ("IO1.1", "Extend the kerbside food waste caddy scheme to a further "
                      "6,000 rural households.",
             "Head of Operations", "March 2026",
             "4,150 households added by end of Q2.", "On track"),
            ("IO1.2", "Deliver a recycling education campaign with schools and "
                      "community groups across the Borough.",
             "Waste Education Officer", "Q3 2025/26",
             "Campaign launched September; 14 schools engaged.", "On track"),
            ("IO1.3", "Review household recycling centre opening hours and "
                      "implement the agreed changes.",
             "Head of Operations / Estates Manager", "31/12/2025",
             "Consultation closed; report to Environmental Services Committee "
             "deferred to November.", "Some slippage"),
        ]),
        ("IO2", "Improvement Objective 2: We will improve access to Council "
                "services by increasing the number of transactions available online",
         "Director of Corporate Services", [
            ("IO2.1", "Launch online booking and payment for leisure centre "
                      "activities.",
             "Head of Leisure", "Sept 2025",
             "Live at all leisure centres from 1 September.", "Complete"),
            ("IO2.2", "Introduce online applications for bulky waste collections "
                      "and replacement bins.",
             "Digital Services Manager", "Janaury 2026",
             "Form built; testing with Customer Services.", "On track"),
            ("IO2.3", "Publish a Digital Inclusion Action Plan with the Causeway "
                      "Community Planning Partnership.",
             "Head of Policy and Community Planning", "March 2026",
             "Not started – awaiting partnership workshop.", "Not on track"),
        ]),
        ("IO3", "Improvement Objective 3: We will support local businesses to "
                "start and grow through the Go For It and Labour Market "
                "Partnership programmes",
         "Director of Leisure and Development", [
            ("IO3.1", "Support 120 new business starts through the Go For It "
                      "programme.",
             "Business Development Manager", "March 2026",
             "57 business plans approved at Q2.", "On track"),
            ("IO3.2", "Deliver employability academies with employers in "
                      "hospitality and health and social care.",
             "Labour Market Partnership Manager", "31/03/2026",
             "Two academies delivered; 31 participants into work.", "On track"),
            ("IO3.3", "Evaluate the Town Centre Vacant Premises grant scheme and "
                      "report findings to Council.",
             "Head of Prosperity and Place", "Dec 2025",
             "Evaluation brief agreed.", "Some slippage"),
        ]),
    ]
    wb = Workbook()
    ov = wb.active
    ov.title = "Overview"
    ov["A1"] = ("Causeway Coast and Glens Borough Council – Performance Improvement "
                "Plan 2025/26: Quarter 2 Progress Report")
    ov["A1"].font = Font(bold=True, size=14)
    ov["A2"] = "Reported to Corporate Policy and Resources Committee, 25 November 2025"
    hdr(ov, 4, ["Improvement Objective", "No. of actions", "Complete", "On track",
                "Some slippage", "Not on track"])
    for i, (code, title, _, acts) in enumerate(ios, start=5):
        sts = [a[5] for a in acts]
        vals = [title, len(acts), sts.count("Complete"), sts.count("On track"),
                sts.count("Some slippage"), sts.count("Not on track")]
        for j, v in enumerate(vals, start=1):
            c = ov.cell(row=i, column=j, value=v)
            c.border = BOX
            c.alignment = WRAP
    ov.cell(row=8, column=1, value="Total").font = Font(bold=True)
    for j, v in enumerate([9, 1, 5, 2, 1], start=2):
        ov.cell(row=8, column=j, value=v).font = Font(bold=True)
    ov["A10"] = "Status key"
    ov["A10"].font = Font(bold=True)
    for i, (k, f) in enumerate(status_fill.items(), start=11):
        c = ov.cell(row=i, column=1, value=k)
        c.fill = FILL[f]
    widths(ov, [70, 12, 10, 10, 13, 13])

    for code, title, director, acts in ios:
        ws = wb.create_sheet(code)
        ws["A1"] = title
        ws["A1"].font = Font(bold=True, size=12)
        ws.merge_cells("A1:F1")
        ws["A2"] = "Lead Director: " + director
        hdr(ws, 4, ["Ref", "Key actions / deliverables", "Responsible officer",
                    "Target date", "Q2 progress", "Status"], fill="hdr")
        for i, a in enumerate(acts, start=5):
            for j, v in enumerate(a, start=1):
                c = ws.cell(row=i, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(row=i, column=6).fill = FILL[status_fill[a[5]]]
        widths(ws, [8, 55, 32, 14, 45, 14])
    wb.save(out("se-causeway-coast-glens-bc-performance-improvement-plan-2025-26"
                "-typo-month-refuse.xlsx"))


# ====================================================================== 5 xlsx
def highland():
    wb = Workbook()
    ws = wb.active
    ws.title = "Rolling Action Log"
    ws["A1"] = ("NHS Highland – Clinical and Care Governance Committee: "
                "Rolling Action Log")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Updated following meeting of 6 November 2025"
    ws["A3"] = ("RAG: R = overdue; A = in progress, at risk of missing due date; "
                "G = in progress, on track; B = complete (to be removed after next "
                "meeting)")
    ws["A3"].font = Font(italic=True, size=9)
    cols = ["Action No.", "Meeting Date", "Minute Ref", "Action", "Lead",
            "Due Date", "Update", "RAG"]
    hdr(ws, 5, cols)
    rows = [
        ("CCGC/25/07", D(2025, 5, 1), "4.3",
         "Provide an update on the implementation of the Scottish Patient Safety "
         "Programme mental health bundles in New Craigs Psychiatric Hospital.",
         "Head of Nursing – Mental Health", "Jan 2026 (deferred from Sept 2025)",
         "Deferral agreed by Chair on 4 September 2025.", "A"),
        ("CCGC/25/12", D(2025, 7, 3), "6.1",
         "Circulate the Duty of Candour annual report to committee members for "
         "comment before submission to Scottish Government.",
         "Medical Director", D(2025, 8, 31), "Circulated 22 August 2025.", "B"),
        ("CCGC/25/15", D(2025, 7, 3), "7.2",
         "Bring a report on the Argyll and Bute adverse event review backlog, "
         "including a trajectory for closure.",
         "K Fraser / D Macleod", D(2025, 11, 6),
         "Not received – escalated to Chief Officer.", "R"),
        ("CCGC/25/18", D(2025, 9, 4), "5.1",
         "Include hospital-acquired pressure ulcer data by site in the Quality "
         "and Patient Safety dashboard.",
         "Head of Clinical Governance", "March 2026",
         "Data definitions agreed with Public Health Intelligence.", "G"),
        ("CCGC/25/19", D(2025, 9, 4), "5.3",
         "Arrange a development session for committee members on the Healthcare "
         "Improvement Scotland safe delivery of care inspection programme.",
         "Board Secretary", "TBC", None, None),
        ("CCGC/25/21", D(2025, 11, 6), "3.2",
         "Confirm the date by which the Caithness General Hospital maternity "
         "escalation review will report.",
         "Director of Midwifery", D(2026, 1, 8), None, "G"),
        ("CCGC/25/22", D(2025, 11, 6), "4.1",
         "Review the overdue complaint responses in Community Services and provide "
         "assurance on the recovery plan.\nInclude a breakdown by district.",
         "Chief Officer – Highland HSCP; Head of Complaints", D(2025, 12, 31),
         "Recovery plan in draft.", "A"),
    ]
    for i, row in enumerate(rows, start=6):
        for j, v in enumerate(row, start=1):
            c = ws.cell(row=i, column=j, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        rag = row[7]
        if rag:
            ws.cell(row=i, column=8).fill = FILL[rag]
            ws.cell(row=i, column=8).alignment = Alignment(horizontal="center")
    widths(ws, [13, 12, 9, 60, 32, 20, 40, 6])

    cl = wb.create_sheet("Closed Actions")
    cl["A1"] = "Closed actions (retained for audit trail)"
    cl["A1"].font = Font(bold=True, size=12)
    hdr(cl, 3, ["Action No.", "Meeting Date", "Minute Ref", "Action", "Lead",
                "Due Date", "Date Closed", "Status"], fill="grey")
    for c in cl[3]:
        c.font = Font(bold=True)
    closed = [
        ("CCGC/25/03", D(2025, 3, 6), "5.2",
         "Share the revised Significant Adverse Event Review policy with the Area "
         "Clinical Forum.", "Head of Clinical Governance", D(2025, 4, 30),
         D(2025, 4, 17), "Complete"),
        ("CCGC/25/05", D(2025, 3, 6), "8.1",
         "Add the Raigmore emergency department corridor care risk to the "
         "Committee’s risk register extract.", "Deputy Medical Director",
         "May 2025", D(2025, 5, 1), "Complete"),
        ("CCGC/25/09", D(2025, 5, 1), "6.4",
         "Write to Scottish Government on behalf of the Committee about the "
         "national out-of-hours workforce shortfall.",
         "Committee Chair / Board Secretary", D(2025, 6, 30), D(2025, 7, 3),
         "Complete"),
    ]
    for i, row in enumerate(closed, start=4):
        for j, v in enumerate(row, start=1):
            c = cl.cell(row=i, column=j, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    widths(cl, [13, 12, 9, 60, 32, 12, 12, 10])
    wb.save(out("se-nhs-highland-clinical-and-care-governance-committee-"
                "rolling-action-log.xlsx"))


# ======================================================================= 6 csv
def dumfries():
    ncol = 9
    pad = lambda first: [first] + [""] * (ncol - 1)
    rows = [
        pad("NHS Dumfries and Galloway – Annual Audit Report 2024/25 Action Plan: "
            "progress update"),
        pad("Audit and Risk Committee, 9 March 2026"),
        [""] * ncol,
        ["Ref", "Audit dimension", "Recommendation", "Agreed management action",
         "Responsible officer", "Agreed date", "Revised date", "Status",
         "Progress update"],
        ["1a", "Financial sustainability",
         "The Board should develop a medium-term financial plan that sets out how "
         "it will return to financial balance, with savings identified on a "
         "recurring basis.",
         "Refresh the three-year Financial Plan 2025/26 to 2027/28 and present it "
         "to the Board for approval.",
         "Director of Finance", "31/03/2026", "", "On track",
         "Draft presented to Board development session, February 2026."],
        ["1b", "", "",
         "Establish a Sustainability and Value Programme Board to track recurring "
         "savings delivery monthly.",
         "Director of Finance / Deputy Chief Executive", "30/09/2025", "",
         "Complete", "Programme Board meeting monthly since September 2025."],
        ["2", "Financial sustainability",
         "Workforce plans should be aligned with the financial plan, with a clear "
         "reduction in supplementary staffing spend.",
         "Implement the supplementary staffing reduction plan, with weekly "
         "vacancy control panel review of all agency requests.",
         "Director of Workforce", "31/12/2025", "30/06/2026", "Delayed",
         "Medical locum costs remain above trajectory; revised date agreed by "
         "the Committee on 2 December 2025."],
        ["3", "Governance and transparency",
         "The Board should ensure that the register of interests for board members "
         "is updated and published within the required timescales.",
         "Issue annual declaration reminders and publish the register on the "
         "Board’s website within one month of the year end.",
         "Board Secretary", "30/04/2025", "", "Complete", ""],
        ["4", "Governance and transparency",
         "Committee annual reports should include an assessment of each "
         "committee’s effectiveness against its terms of reference.",
         "Introduce a self-assessment questionnaire for each governance "
         "committee.\nResults to be summarised in the committee annual reports "
         "for 2025/26.",
         "Board Secretary / Committee Chairs", "June 2026", "", "Not started",
         "Questionnaire drafted."],
        ["5", "Financial statements",
         "Management should review the useful economic lives of medical equipment "
         "so that assets still in use are not carried at nil value.",
         "Review fully depreciated medical equipment still in use and update asset "
         "lives in the fixed asset register.",
         "Head of Financial Services", "31/03/2026", "", "On track", ""],
        ["PY3", "Value for money",
         "(2023/24) The Board should report progress against its Best Value "
         "framework to the Performance Committee.",
         "Present an annual Best Value assurance report to the Performance "
         "Committee.",
         "Head of Strategic Planning and Performance", "31/10/2024", "31/01/2026",
         "Delayed", "Report scheduled for Performance Committee, 26 January 2026."],
        ["PY5", "Governance and transparency",
         "(2023/24) The Board should update its Standing Financial Instructions to "
         "reflect the revised scheme of delegation.",
         "Update the Standing Financial Instructions and Scheme of Delegation and "
         "present them to the Audit and Risk Committee.",
         "Director of Finance", "31/03/2025", "", "Complete",
         "Approved by the Board on 2 June 2025."],
        [""] * ncol,
        pad("Status key: Complete (Blue) – action implemented; On track (Green) – "
            "progressing within agreed date; Delayed (Amber) – behind agreed date, "
            "revised date proposed; Not started"),
        pad("Note: revised dates were agreed by the Audit and Risk Committee on "
            "2 December 2025."),
    ]
    with open(out("se-nhs-dumfries-galloway-annual-audit-report-2024-25-action-plan.csv"),
              "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ======================================================================= 7 txt
def stmarys():
    H = ("Ref\tActions\tPerson(s) responsible\tTimescale\tSuccess criteria\t"
         "Progress (June 2025)")
    lines = [
        "St Mary's Grammar School, Magherafelt: Action Plan following ETI "
        "Inspection (November 2024)",
        "Approved by the Board of Governors: 4 March 2025",
        "Progress review: June 2025",
        "",
        "Progress key: Achieved = complete; On track; Slippage = amber; "
        "Not yet started",
        "",
        "Area for improvement 1: To improve the quality and consistency of written "
        "feedback so that pupils know how to improve their work.",
        H,
        "1.1\tAgree a whole-school feedback policy with departments, including "
        "time for pupils to respond to feedback.\tVice Principal (Teaching and "
        "Learning)\tApril 2025\tPolicy approved by governors and in use in all "
        "departments.\tAchieved",
        "1.2\tDeliver staff development on effective feedback during the remaining "
        "2024/25 training days.\tVice Principal (Teaching and Learning) / "
        "Professional Development Co-ordinator\tJune 2025\tAll teaching staff "
        "trained; staff survey shows increased confidence.\tAchieved",
        "1.3\tMonitor the quality of feedback through work scrutiny by Heads of "
        "Department and SLT.\tHeads of Department; SLT\tTermly\tWork scrutiny "
        "shows consistent, actionable feedback in most books.\tOn track",
        "",
        "Area for improvement 2: To make more effective use of data to track and "
        "target pupils' progress at key stage 3.",
        H,
        "2.1\tIntroduce a key stage 3 tracking system with three data collection "
        "points each year.\tData Manager\tSept 2025\tTracking system live for "
        "Years 8-10.\tOn track",
        "2.2\tTrain Heads of Department to analyse tracking data and plan "
        "interventions for pupils not making expected progress.\tMrs C McKenna / "
        "Mr P Quinn\tDecember 2025\tIntervention plans in place in all "
        "departments.\tNot yet started",
        "2.3\tReport key stage 3 progress to the Curriculum Committee of the Board "
        "of Governors.\tPrincipal\tSept 2025 - June 2026\tGovernors receive "
        "termly progress reports.\tOn track",
        "",
        "Area for improvement 3: To develop further the provision for pupils with "
        "special educational needs in mainstream classes so that planning "
        "consistently reflects their needs.",
        H,
        "3.1\tUpdate Personal Learning Plans and share pupil profiles with all "
        "class teachers through the school MIS.\tSENCo\tMay 2025\tAll staff have "
        "access to current pupil profiles.\tAchieved",
        "3.2\tProvide training on adaptive teaching strategies for pupils with "
        "literacy difficulties, with support from the Education Authority's "
        "literacy service.\tSENCo & Vice Principal (Pastoral)\tOctober 2025\t"
        "Lesson observations show planned adaptations.\tSlippage",
        "3.3\tReview the impact of classroom assistant support on outcomes for "
        "pupils with a statement of SEN.\tSENCo\tJune 2026\tReview reported to "
        "governors.\tOn track",
        "",
        "Monitoring: progress against this plan will be reported to the Board of "
        "Governors each term and shared with the ETI District Inspector.",
    ]
    with open(out("se-st-marys-grammar-school-magherafelt-eti-inspection-action-plan.txt"),
              "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    croesyceiliog()
    ardgowan()
    bcuhb()
    causeway()
    highland()
    dumfries()
    stmarys()
    print("built 7 files in", HERE)
