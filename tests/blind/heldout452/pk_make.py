"""Build the seven pk- data files of set heldout452.

Run with /work/main/.venv/bin/python pk_make.py (from any directory).
Writes only files whose names start with "pk-".
"""
import csv
import datetime as dt
import os

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("pk-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
FILL = {
    "red": PatternFill("solid", fgColor="FF0000"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "green": PatternFill("solid", fgColor="00B050"),
    "blue": PatternFill("solid", fgColor="0070C0"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "navy": PatternFill("solid", fgColor="1F3864"),
    "pale": PatternFill("solid", fgColor="DDEBF7"),
    "yellow": PatternFill("solid", fgColor="FFFF00"),
}


def shade(cell, hex_fill):
    """Background fill for a python-docx table cell."""
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tc_pr.append(shd)


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for r in p.runs:
                r.font.bold = True


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.font.bold = bold
        if size:
            run.font.size = Pt(size)


# ====================================================================
# 1. Belfast Royal Academy - ETI post-inspection action plan (docx)
# ====================================================================
def make_bra():
    doc = Document()
    doc.add_paragraph("Belfast Royal Academy: Post-Inspection Action Plan", style="Title")
    doc.add_paragraph(
        "Response to the Education and Training Inspectorate (ETI) report following the "
        "inspection of 2\u20136 October 2023"
    )

    ctrl = doc.add_table(rows=5, cols=2)
    ctrl.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("Version", "1.2"),
        ("Approved by", "Board of Governors, 14 February 2024"),
        ("Last updated", "10 June 2024"),
        ("Plan owner", "Principal"),
        ("Review", "Termly by the Senior Leadership Team; progress reported to the Education Committee"),
    ]):
        set_cell(ctrl.cell(i, 0), k, bold=True)
        set_cell(ctrl.cell(i, 1), v)

    doc.add_paragraph(
        "The ETI report identified three areas for improvement. The actions below were agreed "
        "with staff and the Board of Governors and are reviewed each term. Progress is shown "
        "by the colour of the final column (see key at the end of this plan)."
    )

    hdr = ["Ref", "Action to be taken", "Lead(s)", "Success criteria", "Timescale", "RAG"]
    afis = [
        (
            "Area for Improvement 1",
            "To improve the consistency of written and oral feedback across departments, so that "
            "all pupils know how to improve their work.",
            [
                ("1.1", "Review and update the whole-school Assessment and Feedback Policy in "
                        "consultation with staff, pupils and parents.",
                 "Vice-Principal (Curriculum)",
                 "Revised policy approved by Governors and published on the school website.",
                 "March 2024", "00B050"),
                ("1.2", "Deliver a programme of staff professional learning on effective feedback, "
                        "including three twilight sessions and departmental peer observation.",
                 "Senior Teacher (Professional Learning); Heads of Department",
                 "All teaching staff attend; peer observation records show improved practice.",
                 "Autumn term 2024", "FFC000"),
                ("1.3", "Carry out work scrutiny and pupil voice sampling in each department, "
                        "reporting findings to SLT.",
                 "Heads of Department / SLT link",
                 "Scrutiny reports show feedback policy applied consistently in at least 90% of "
                 "books sampled.",
                 "Termly", "FFC000"),
            ],
        ),
        (
            "Area for Improvement 2",
            "To develop further the use of data at whole-school and departmental level to identify "
            "and address underachievement, particularly at Key Stage 3.",
            [
                ("2.1", "Introduce a Key Stage 3 tracking system on SIMS with common assessment "
                        "points in November, March and June.",
                 "Data Manager",
                 "Tracking system live for Years 8\u201310; data entered at each assessment point.",
                 "January 2024", "00B050"),
                ("2.2", "Train middle leaders to analyse tracking data and agree intervention plans "
                        "for identified pupils.",
                 "Vice-Principal (Pastoral); Data Manager",
                 "Every department has an intervention list reviewed each assessment point.",
                 "June 2024", "FFC000"),
                ("2.3", "Report the impact of the intervention programme to the Board of Governors\u2019 "
                        "Education Committee.",
                 "Principal",
                 "Committee minutes record scrutiny of KS3 outcomes.",
                 "June 2024 \u2013 June 2025", None),
            ],
        ),
        (
            "Area for Improvement 3",
            "To provide more consistent opportunities for pupils to develop their digital skills "
            "across the curriculum.",
            [
                ("3.1", "Audit digital skills provision across Years 8 to 10 and map it against the "
                        "CCEA Using ICT requirements.",
                 "Head of Digital Learning",
                 "Audit completed and gaps identified for each department.",
                 "April 2024", "00B050"),
                ("3.2", "Pilot digital skills tasks in English, geography and technology and design, "
                        "and share practice at a whole-staff development day.",
                 "Head of Digital Learning",
                 "Pilot evaluated; tasks adopted in two further departments.",
                 "December 2024", "FF0000"),
            ],
        ),
    ]
    for label, text, rows in afis:
        doc.add_heading(label, level=2)
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.italic = True
        t = doc.add_table(rows=1, cols=len(hdr))
        t.style = "Table Grid"
        for i, h in enumerate(hdr):
            set_cell(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], "D9D9D9")
        for ref, action, lead, crit, when, fill in rows:
            cells = t.add_row().cells
            for i, v in enumerate([ref, action, lead, crit, when, ""]):
                set_cell(cells[i], v)
            if fill:
                shade(cells[5], fill)
        doc.add_paragraph("")

    doc.add_heading("RAG key", level=2)
    key = doc.add_table(rows=3, cols=2)
    key.style = "Table Grid"
    for i, (fill, meaning) in enumerate([
        ("00B050", "Green \u2013 action achieved"),
        ("FFC000", "Amber \u2013 in progress"),
        ("FF0000", "Red \u2013 behind schedule"),
    ]):
        shade(key.cell(i, 0), fill)
        set_cell(key.cell(i, 1), meaning)
    doc.add_paragraph("Signed: Chair of the Board of Governors          Date: 14 February 2024")
    doc.save(out("pk-belfast-royal-academy-eti-inspection-action-plan.docx"))


# ====================================================================
# 2. NHS Forth Valley - internal audit recommendations tracker (xlsx)
# ====================================================================
def make_nhsfv():
    wb = openpyxl.Workbook()
    title = "NHS Forth Valley \u2013 Internal Audit Recommendations Follow-Up Tracker"

    # --- Summary sheet
    s = wb.active
    s.title = "Summary"
    s["A1"] = title
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Position at 8 December 2025 \u2013 Audit and Risk Committee, 18 December 2025"
    s["A4"] = "Summary of management actions by status"
    s["A4"].font = Font(bold=True)
    rows = [
        ("Status", "Grade 1", "Grade 2", "Grade 3", "Total"),
        ("B \u2013 Complete", 1, 2, 0, 3),
        ("G \u2013 On track", 0, 3, 0, 3),
        ("A \u2013 At risk of slipping", 0, 0, 1, 1),
        ("R \u2013 Overdue", 0, 1, 0, 1),
        ("Total", 1, 6, 1, 8),
    ]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = s.cell(row=5 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0 or i == len(rows) - 1:
                c.font = Font(bold=True)
    s["A12"] = ("Source: FTF Internal Audit follow-up system. Actions closed before 1 April 2025 "
                "are not shown.")
    s.column_dimensions["A"].width = 30

    # --- Tracker sheet
    t = wb.create_sheet("Tracker")
    t["A1"] = title
    t["A1"].font = Font(bold=True, size=14)
    t["A2"] = "Audit and Risk Committee \u2013 18 December 2025"
    t["A3"] = "Dates shown are day/month/year. Where a revised date has been agreed by the Committee it is shown in column H."
    t["A3"].font = Font(italic=True)
    head = ["Rec No.", "Recommendation", "Grade", "Action Ref", "Agreed Management Action",
            "Action Owner", "Original Target Date", "Revised Target Date", "Status",
            "Latest Update (December 2025)"]
    HR = 5
    for j, h in enumerate(head, 1):
        c = t.cell(row=HR, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["navy"]
        c.alignment = WRAP
        c.border = BOX

    D = dt.datetime
    audits = [
        ("B08/24 Risk Management (Moderate Assurance)", [
            ("1", "The Risk Management Strategy should be refreshed and approved by the Board, with "
                  "risk appetite statements reviewed annually.", 2, [
                ("1.1", "Refreshed Risk Management Strategy to be presented to the Audit and Risk "
                        "Committee and the NHS Board for approval.",
                 "Head of Corporate Governance", D(2025, 3, 31), D(2025, 9, 30), "B",
                 "Approved by NHS Board 30 September 2025. Evidence provided to FTF."),
                ("1.2", "Risk appetite statements to be reviewed by the Executive Leadership Team as "
                        "part of the annual strategy refresh.",
                 "Board Secretary", D(2025, 3, 31), D(2026, 3, 31), "G",
                 "ELT development session scheduled for February 2026."),
            ]),
            ("2", "Operational risk registers should be reviewed at the frequency set out in the "
                  "strategy, with evidence of review retained on Datix.", 3, [
                ("2.1", "Quarterly reminders to be issued to risk owners and compliance with review "
                        "dates reported to the Risk Management Group.",
                 "Risk Manager", D(2025, 6, 30), D(2026, 3, 31), "A",
                 "Compliance 71% at Q2 against a target of 90%."),
            ]),
        ]),
        ("B12/24 Waiting Times Management (Limited Assurance)", [
            ("1", "Validation of inpatient and day case waiting lists should be carried out in line "
                  "with national guidance, with outcomes recorded.", 1, [
                ("1.1", "Establish a dedicated waiting list validation team and agree a rolling "
                        "validation schedule by specialty.",
                 "Director of Acute Services", D(2024, 12, 31), D(2025, 3, 31), "B",
                 "Team in post from March 2025; schedule agreed at Planned Care Programme Board."),
            ]),
            ("2", "Access Policy training should be mandatory for all booking staff.", 2, [
                ("2.1", "Add Access Policy training to TURAS Learn as a mandatory module for booking "
                        "and clerical staff.",
                 "Head of Patient Access; Learning and Development Manager", D(2025, 3, 31), None, "B",
                 "Module live from 1 March 2025."),
                ("2.2", "Report training compliance monthly to the Planned Care Programme Board.",
                 "Head of Patient Access", D(2025, 6, 30), D(2026, 1, 31), "R",
                 "Reporting delayed pending TURAS data extract; revised date requested."),
            ]),
        ]),
        ("B15/25 Cyber Security \u2013 NIS Compliance (Moderate Assurance)", [
            ("1", "A full asset register of network-connected medical devices should be compiled "
                  "and maintained.", 2, [
                ("1.1", "Complete discovery exercise and populate the medical device asset register.",
                 "Associate Director of Digital and eHealth", D(2025, 11, 30), D(2026, 3, 31), "G",
                 "Discovery 80% complete; Medical Physics supporting."),
            ]),
            ("2", "Supplier access to the network should be subject to documented approval and "
                  "periodic review.", 2, [
                ("2.1", "Introduce a supplier remote access procedure with six-monthly access reviews.",
                 "Head of IT Infrastructure", D(2026, 2, 28), None, "G",
                 "Draft procedure with Information Governance for comment."),
            ]),
        ]),
    ]
    rag_fill = {"B": FILL["blue"], "G": FILL["green"], "A": FILL["amber"], "R": FILL["red"]}
    r = HR + 1
    for banner, recs in audits:
        t.cell(row=r, column=1, value=banner).font = Font(bold=True)
        for j in range(1, len(head) + 1):
            t.cell(row=r, column=j).fill = FILL["pale"]
        t.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(head))
        r += 1
        for rec_no, rec_text, grade, actions in recs:
            first = r
            t.cell(row=r, column=1, value=rec_no)
            t.cell(row=r, column=2, value=rec_text)
            t.cell(row=r, column=3, value=grade)
            for ref, act, owner, orig, rev, st, upd in actions:
                t.cell(row=r, column=4, value=ref)
                t.cell(row=r, column=5, value=act)
                t.cell(row=r, column=6, value=owner)
                c = t.cell(row=r, column=7, value=orig)
                c.number_format = "dd/mm/yyyy"
                c = t.cell(row=r, column=8, value=rev)
                c.number_format = "dd/mm/yyyy"
                c = t.cell(row=r, column=9, value=st)
                c.fill = rag_fill[st]
                c.alignment = Alignment(horizontal="center", vertical="top")
                t.cell(row=r, column=10, value=upd)
                for j in range(1, len(head) + 1):
                    t.cell(row=r, column=j).border = BOX
                    if j not in (9,):
                        t.cell(row=r, column=j).alignment = WRAP
                r += 1
            if r - 1 > first:
                for col in (1, 2, 3):
                    t.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
    widths = [8, 45, 7, 9, 50, 28, 13, 13, 8, 45]
    for j, w in enumerate(widths, 1):
        t.column_dimensions[openpyxl.utils.get_column_letter(j)].width = w

    # --- Key sheet
    k = wb.create_sheet("Key")
    k["A1"] = "Recommendation grading"
    k["A1"].font = Font(bold=True)
    for i, (g, d) in enumerate([
        ("Grade 1", "Fundamental absence or failure of key controls; requires immediate attention."),
        ("Grade 2", "Control objective not achieved; action required within six months."),
        ("Grade 3", "Minor weakness; action recommended to improve efficiency."),
    ]):
        k.cell(row=2 + i, column=1, value=g)
        k.cell(row=2 + i, column=2, value=d)
    k["A7"] = "Status"
    k["A7"].font = Font(bold=True)
    for i, (g, d) in enumerate([
        ("B", "Complete \u2013 evidence verified by FTF Internal Audit"),
        ("G", "On track to meet target date"),
        ("A", "At risk of missing target date"),
        ("R", "Overdue \u2013 target date passed"),
    ]):
        c = k.cell(row=8 + i, column=1, value=g)
        c.fill = rag_fill[g]
        k.cell(row=8 + i, column=2, value=d)
    k.column_dimensions["B"].width = 70
    wb.save(out("pk-nhs-forth-valley-internal-audit-recommendations-tracker.xlsx"))


# ====================================================================
# 3. Cardiff and Vale UHB - corporate risk register (xlsx)
# ====================================================================
def make_cav():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Corporate Risk Register"
    ws["A1"] = "Cardiff and Vale University Health Board \u2013 Corporate Risk Register 2025-26"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Report to the Audit and Assurance Committee, 7 October 2025 (position at end of Quarter 2)"
    ws["A3"] = "Risk scores: Likelihood x Consequence (1\u20135). See Scoring Matrix tab."
    ws["A3"].font = Font(italic=True)
    head = ["Risk ID", "Risk title", "Risk description", "Executive Lead", "Key controls",
            "Current score (L x C)", "Target score", "Action ref", "Further actions required",
            "Action lead", "Due date", "Action RAG", "Progress update"]
    HR = 5
    for j, h in enumerate(head, 1):
        c = ws.cell(row=HR, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["navy"]
        c.alignment = WRAP
        c.border = BOX
    D = dt.datetime
    blocks = [
        ("Strategic Objective 1: Unplanned care \u2013 the right care, in the right place, first time", [
            ("CRR01", "Emergency Unit crowding",
             "Risk that sustained crowding in the Emergency Unit at UHW leads to delays in assessment "
             "and treatment and avoidable harm.",
             "Chief Operating Officer",
             "Escalation policy; daily site safety huddles; Emergency Unit safety checklist.",
             "4 x 5 = 20", "12", [
                ("01a", "Open the Same Day Emergency Care expansion at UHW to divert ambulatory "
                        "patients from the Emergency Unit.",
                 "Director of Operations, Medicine Clinical Board", D(2025, 11, 1), "Green",
                 "Estates works complete; staffing model agreed."),
                ("01b", "Implement the Six Goals for Urgent and Emergency Care hospital flow bundle "
                        "on all medical wards.",
                 "Assistant Director of Nursing (Patient Flow)", D(2026, 3, 1), "Amber",
                 "Live on 9 of 16 wards."),
             ]),
            ("CRR02", "Ambulance handover delays",
             "Risk that delays in handing over patients from ambulances reduce community response "
             "capacity and cause harm to patients waiting.",
             "Chief Operating Officer",
             "Handover escalation protocol with WAST; Immediate Release Requests process.",
             "4 x 4 = 16", "8", [
                ("02a", "Agree a joint ambulance handover improvement plan with the Welsh Ambulance "
                        "Services University NHS Trust, including a 45-minute handover standard.",
                 "Chief Operating Officer / WAST Head of Service", D(2025, 12, 1), "Red",
                 "Draft plan not yet agreed; escalated to Executive Management Team."),
             ]),
        ]),
        ("Strategic Objective 2: Planned care \u2013 demand and capacity in balance", [
            ("CRR05", "Planned care backlog",
             "Risk that patients waiting beyond national targets come to harm through deterioration "
             "while waiting.",
             "Chief Operating Officer",
             "Clinical prioritisation of waiting lists; harm review process.",
             "4 x 4 = 16", "9", [
                ("05a", "Deliver additional orthopaedic theatre sessions at University Hospital "
                        "Llandough through insourcing.",
                 "Director of Operations, Surgery Clinical Board", D(2026, 1, 1), "Green",
                 "Insourcing contract awarded; first lists running."),
                ("05b", "Complete clinical validation of all patients waiting over 104 weeks.",
                 "Medical Director", D(2025, 9, 1), "Complete",
                 "All 1,184 patients validated by 26 September 2025."),
             ]),
        ]),
        ("Strategic Objective 3: Financial sustainability", [
            ("CRR09", "Financial deficit 2025-26",
             "Risk that the Health Board does not deliver its financial plan, leading to a deficit "
             "and Welsh Government escalation.",
             "Executive Director of Finance",
             "Financial plan; monthly budget holder reviews; Finance and Performance Committee scrutiny.",
             "5 x 4 = 20", "12", [
                ("09a", "Deliver the 2025-26 savings programme of \u00a333.2m, with monthly scrutiny "
                        "at the Finance and Performance Committee.",
                 "Executive Director of Finance", D(2026, 3, 1), "Amber",
                 "\u00a314.1m delivered at Month 6; gap of \u00a32.3m identified."),
                ("09b", "Implement a vacancy control panel for all non-clinical posts at Band 5 and "
                        "above.",
                 "Executive Director of People and Culture", D(2025, 7, 1), "Complete",
                 "Panel operating weekly since July 2025."),
                ("09c", "Review discretionary non-pay expenditure with each Clinical Board.",
                 "Deputy Director of Finance", "Ongoing", "Green",
                 "Reviews held with 5 of 7 Clinical Boards."),
             ]),
        ]),
    ]
    rag = {"Green": FILL["green"], "Amber": FILL["amber"], "Red": FILL["red"], "Complete": FILL["blue"]}

    def score_fill(text):
        n = int(text.split("=")[-1]) if "=" in text else int(text)
        return FILL["red"] if n >= 15 else FILL["amber"] if n >= 8 else FILL["green"]

    r = HR + 1
    for banner, risks in blocks:
        ws.cell(row=r, column=1, value=banner).font = Font(bold=True)
        for j in range(1, len(head) + 1):
            ws.cell(row=r, column=j).fill = FILL["grey"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(head))
        r += 1
        for rid, rtitle, desc, exec_lead, controls, cur, tgt, actions in risks:
            first = r
            for j, v in enumerate([rid, rtitle, desc, exec_lead, controls, cur, tgt], 1):
                ws.cell(row=r, column=j, value=v)
            ws.cell(row=r, column=6).fill = score_fill(cur)
            ws.cell(row=r, column=7).fill = score_fill(tgt)
            for ref, act, lead, due, st, upd in actions:
                ws.cell(row=r, column=8, value=ref)
                ws.cell(row=r, column=9, value=act)
                ws.cell(row=r, column=10, value=lead)
                c = ws.cell(row=r, column=11, value=due)
                if isinstance(due, dt.datetime):
                    c.number_format = "mmm-yy"
                c = ws.cell(row=r, column=12, value=st)
                c.fill = rag[st]
                ws.cell(row=r, column=13, value=upd)
                for j in range(1, len(head) + 1):
                    ws.cell(row=r, column=j).border = BOX
                    ws.cell(row=r, column=j).alignment = WRAP
                r += 1
            if r - 1 > first:
                for col in range(1, 8):
                    ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
    r += 1
    ws.cell(row=r, column=1, value="Action RAG: Green \u2013 on track; Amber \u2013 some slippage; "
                                   "Red \u2013 significant slippage or not started; Complete \u2013 action closed.")
    ws.cell(row=r + 1, column=1, value="Risks CRR03, CRR04, CRR06\u2013CRR08 and CRR10\u2013CRR14 are "
                                       "reported to the Quality, Safety and Experience Committee and are "
                                       "not shown here.")
    widths = [8, 18, 40, 20, 36, 11, 8, 8, 50, 30, 10, 10, 40]
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(j)].width = w
    ws.freeze_panes = "A6"

    m = wb.create_sheet("Scoring Matrix")
    m["A1"] = "Risk scoring matrix (Likelihood x Consequence)"
    m["A1"].font = Font(bold=True)
    m["A2"] = "Consequence \u2192 / Likelihood \u2193"
    for c in range(1, 6):
        m.cell(row=2, column=1 + c, value=c)
    for l in range(1, 6):
        m.cell(row=2 + l, column=1, value=l)
        for c in range(1, 6):
            v = l * c
            cell = m.cell(row=2 + l, column=1 + c, value=v)
            cell.fill = FILL["red"] if v >= 15 else FILL["amber"] if v >= 8 else (
                FILL["yellow"] if v >= 4 else FILL["green"])
    m["A9"] = "1\u20133 Low; 4\u20136 Moderate; 8\u201312 High; 15\u201325 Extreme"
    wb.save(out("pk-cardiff-and-vale-uhb-corporate-risk-register-2025-26.xlsx"))


# ====================================================================
# 4. NIFRS - annual business plan delivery plan (csv)
# ====================================================================
def make_nifrs():
    rows = [
        ["Northern Ireland Fire & Rescue Service", "", "", "", "", "", "", ""],
        ["Annual Business Plan 2025/26 \u2013 Quarter 2 Progress Report (April \u2013 September 2025)",
         "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["Strategic Outcome", "Ref", "Key Action", "Lead", "Target Date", "Q1 Status", "Q2 Status",
         "Q2 Commentary"],
        ["Outcome 1: Communities are safer", "1.1",
         "Deliver 30,000 Home Fire Safety Checks, prioritising households referred through the "
         "Safe and Well partnership.",
         "Head of Community Safety", "31/03/2026", "Green", "Green",
         "14,882 checks completed at end of Q2 (50%)."],
        ["", "1.2",
         "Launch a targeted road safety education programme for 16 to 24 year olds with PSNI and "
         "the Department for Infrastructure.",
         "Head of Community Safety; Road Safety Manager", "Dec-25", "Amber", "Green",
         "Programme content agreed; launch set for November."],
        ["", "1.3",
         "Complete the risk-based fire safety inspection programme for high-rise residential "
         "buildings.",
         "Head of Fire Safety", "Q3 2025/26", "Green", "Amber",
         "112 of 164 buildings inspected; two inspectors on long-term absence."],
        ["Outcome 2: Our people are safe, skilled and supported", "2.1",
         "Implement the revised Breathing Apparatus training programme across all wholetime and "
         "on-call stations.",
         "Head of Learning and Development", "Sept 2025 \u2013 March 2026", "Not started", "Amber",
         "Started in September; on-call rollout dependent on instructor availability."],
        ["", "2.2",
         "Publish the Culture and Values Action Plan following the 2024 staff survey results.",
         "Director of People", "30/06/2025", "Amber", "Complete",
         "Published to all staff on 27 June 2025."],
        ["", "2.3",
         "Recruit and train two on-call trainee firefighter cohorts.",
         "ACFO Service Delivery", "March 2026", "Green", "Red",
         "Second cohort deferred due to budget constraints."],
        ["Outcome 3: Our Service is efficient, effective and well governed", "3.1",
         "Complete construction of the Northern Ireland Fire & Rescue Service Learning and "
         "Development College at Desertcreat.",
         "Director of Finance and Corporate Services", "31/12/2025", "Green", "Green",
         "Practical completion forecast for December."],
        ["", "3.2",
         "Implement the recommendations of the HMFSI Independent Inspection report, with progress "
         "reported to the Board quarterly.",
         "Chief Fire & Rescue Officer", "Ongoing", "Green", "Green",
         "31 of 41 recommendations closed."],
        ["", "3.3",
         "Replace the Regional Control Centre mobilising system consoles.",
         "Head of ICT", "TBC", "Not started", "Not started",
         "Awaiting capital allocation."],
        ["", "", "", "", "", "", "", ""],
        ["Q2 summary", "Complete: 1", "Green: 4", "Amber: 2", "Red: 1", "Not started: 1", "", ""],
        ["Status key: Green \u2013 on target; Amber \u2013 some slippage; Red \u2013 significant "
         "slippage; Complete \u2013 action delivered", "", "", "", "", "", "", ""],
    ]
    with open(out("pk-northern-ireland-fire-rescue-service-annual-business-plan-2025-26-delivery-plan.csv"),
              "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        for row in rows:
            w.writerow(row)


# ====================================================================
# 5. West Dunbartonshire HSCP - Crosslet House Care Inspectorate plan (txt)
# ====================================================================
def make_wdhscp():
    bar = "=" * 72
    rule = "-" * 72
    L = []
    a = L.append
    a("West Dunbartonshire Health and Social Care Partnership")
    a("Crosslet House Care Home \u2013 Care Inspectorate Improvement Plan")
    a("")
    a("Service: Crosslet House, Dumbarton (care home for older people)")
    a("Inspection: 11\u201313 March 2025        Report published: 24 April 2025")
    a("Plan owner: Service Manager, Residential Care")
    a("Last updated: 30 September 2025")
    a("")
    a("Grades awarded")
    a("  How well do we support people's wellbeing?      3 - Adequate")
    a("  How good is our leadership?                      3 - Adequate")
    a("  How good is our staff team?                      4 - Good")
    a("  How good is our setting?                         4 - Good")
    a("  How well is our care and support planned?        3 - Adequate")
    a("")
    a("Status key: C = Complete   G = On track   A = Some delay   R = Not on track")
    a("")

    def block(ref, action, resp, when, status, update_lines):
        a(f"  {ref}  Action:      {action}")
        a(f"       Responsible: {resp}")
        a(f"       Timescale:   {when}")
        a(f"       Status:      {status}")
        a(f"       Update:      {update_lines[0]}")
        for extra in update_lines[1:]:
            a(f"                    {extra}")
        a("")

    a(bar)
    a("KEY QUESTION 1: HOW WELL DO WE SUPPORT PEOPLE'S WELLBEING?")
    a(bar)
    a("")
    a("Requirement 1")
    a("By 30 June 2025, the provider must ensure that people are protected from the risks "
      "associated with the management of medication, including 'as required' medication.")
    a(rule)
    block("1.1", "Audit all 'as required' (PRN) medication protocols and rewrite those that do not "
                 "state the reason for use and the expected outcome.",
          "Depute Manager", "30/05/2025", "C",
          ["All 58 protocols reviewed; 21 rewritten and signed off by",
           "the GP practice."])
    block("1.2", "Introduce a weekly medication audit by senior carers, with results reviewed at the "
                 "monthly governance meeting.",
          "Senior Carers / Care Home Manager", "End of June 2025", "C",
          ["Weekly audits in place since 2 June 2025."])
    a("Area for improvement 1")
    a("To support people's wellbeing, the provider should ensure that people have regular "
      "opportunities to take part in meaningful activities, both inside and outside the home.")
    a(rule)
    block("1.3", "Recruit a second Activities Co-ordinator and publish a weekly activity planner in "
                 "each unit.",
          "Care Home Manager", "September 2025", "G",
          ["Post filled; start date 13 October 2025. Planners in",
           "use in all four units."])
    block("1.4", "Agree links with two local community groups to offer regular outings for people "
                 "living in the home.",
          "Activities Co-ordinator", "Ongoing", "G",
          ["Link established with Dumbarton Men's Shed; second group",
           "being explored."])
    a(bar)
    a("KEY QUESTION 2: HOW GOOD IS OUR LEADERSHIP?")
    a(bar)
    a("")
    a("Requirement 2")
    a("By 31 August 2025, the provider must ensure that quality assurance processes are effective "
      "in identifying and addressing areas for improvement.")
    a(rule)
    block("2.1", "Revise the quality assurance calendar so that every audit has a named lead and "
                 "completion date.",
          "Care Home Manager", "31/07/2025", "C",
          ["Revised calendar agreed at July governance meeting."])
    block("2.2", "Develop a service improvement plan informed by audit findings, residents' meetings "
                 "and staff supervision.",
          "Service Manager, Residential Care", "31 August 2025", "A",
          ["Draft plan prepared; consultation with residents' relatives",
           "extended to October."])
    a(bar)
    a("KEY QUESTION 5: HOW WELL IS OUR CARE AND SUPPORT PLANNED?")
    a(bar)
    a("")
    a("Area for improvement 2")
    a("The provider should ensure that personal plans are reviewed at least once every six months "
      "with the person and their representatives, in line with legislation.")
    a(rule)
    block("5.1", "Set up a six-monthly review schedule for every resident and send invitations to "
                 "relatives four weeks in advance.",
          "Named Nurses", "Q3 2025/26", "A",
          ["Schedule in place for 40 of 56 residents."])
    block("5.2", "Deliver outcome-focused care planning training to all key workers.",
          "Practice Development Nurse", "Dec-25", "R",
          ["Training provider cancelled September session; rebooking."])
    a(rule)
    a("Next review of this plan: Care Home Governance Group, 28 October 2025")
    with open(out("pk-west-dunbartonshire-hscp-crosslet-house-care-inspectorate-improvement-plan.txt"),
              "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")


# ====================================================================
# 6. North Wales PCC - Police and Crime Plan delivery plan (docx)
# ====================================================================
def make_nwpcc():
    doc = Document()
    p = doc.add_paragraph("Swyddfa Comisiynydd Heddlu a Throseddu Gogledd Cymru / "
                          "Office of the Police and Crime Commissioner for North Wales")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("Police and Crime Plan Delivery Plan 2025/26", style="Title")
    doc.add_paragraph("Progress report to the North Wales Police and Crime Panel \u2013 October 2025")

    doc.add_heading("Version control", level=2)
    vc = doc.add_table(rows=3, cols=4)
    vc.style = "Table Grid"
    for j, h in enumerate(["Version", "Date", "Author", "Changes"]):
        set_cell(vc.cell(0, j), h, bold=True)
    for i, row in enumerate([
        ["1.0", "14/04/2025", "OPCC Planning and Performance Officer", "First issue following Panel approval of the Plan"],
        ["1.3", "06/10/2025", "OPCC Planning and Performance Officer", "Quarter 2 progress added"],
    ], 1):
        for j, v in enumerate(row):
            set_cell(vc.cell(i, j), v)

    doc.add_paragraph(
        "This delivery plan sets out the activities the Commissioner\u2019s office and North Wales "
        "Police will undertake in 2025/26 against each of the three priorities in the Police and "
        "Crime Plan 2025\u20132029. RAG: G \u2013 on track; A \u2013 at risk; R \u2013 off track; "
        "Complete \u2013 delivered."
    )

    hdr = ["No.", "Commitment", "Activity", "Owner", "Milestone", "RAG"]
    priorities = [
        ("Priority 1: A local neighbourhood policing presence", [
            ("Maintain and increase the visibility of neighbourhood policing teams", [
                ("1.1", "Publish Neighbourhood Policing Team contact details and ward surgery times on "
                        "the Force website for every community.",
                 "Assistant Chief Constable (Local Policing)", "September 2025", "Complete"),
                ("1.2", "Report Police Community Support Officer numbers and abstraction rates to the "
                        "Strategic Executive Board.",
                 "Assistant Chief Constable (Local Policing)", "Quarterly", "G"),
            ]),
            ("Tackle rural and wildlife crime", [
                ("1.3", "Fund a second marked 4x4 vehicle and drone capability for the Rural Crime Team.",
                 "OPCC Chief Finance Officer", "31/01/2026", "A"),
            ]),
        ]),
        ("Priority 2: Supporting victims, communities and businesses", [
            ("Improve the service to victims of violence against women and girls", [
                ("2.1", "Recommission the Independent Domestic Violence Adviser service across the six "
                        "local authority areas.",
                 "Head of Commissioning and Partnerships", "Q4 2025/26", "G"),
                ("2.2", "Roll out Domestic Abuse Matters training to all frontline officers and staff.",
                 "Head of Public Protection", "March 2026", "A"),
            ]),
            ("Reduce business and retail crime", [
                ("2.3", "Establish a North Wales Business Crime Forum with retailers and town centre "
                        "partnerships.",
                 "OPCC Chief Executive / Head of Partnerships", "December 2025", "R"),
            ]),
        ]),
        ("Priority 3: A fair and effective criminal justice system", [
            ("Develop the North Wales Victims\u2019 Panel", [
                ("3.1", "Recruit panel members and hold the first Victims\u2019 Panel review of "
                        "out-of-court resolutions.",
                 "Criminal Justice Manager", "30 November 2025", "Not started"),
            ]),
            ("Hold domestic abuse perpetrators to account", [
                ("3.2", "Evaluate the Drive perpetrator programme and report findings to the Police "
                        "and Crime Panel.",
                 "Head of Commissioning and Partnerships", "June 2026", "G"),
            ]),
        ]),
    ]
    for heading, commitments in priorities:
        doc.add_heading(heading, level=1)
        t = doc.add_table(rows=1, cols=len(hdr))
        t.style = "Table Grid"
        for j, h in enumerate(hdr):
            set_cell(t.rows[0].cells[j], h, bold=True)
            shade(t.rows[0].cells[j], "BDD7EE")
        for commitment, acts in commitments:
            first = None
            for no, act, owner, when, rag in acts:
                row = t.add_row()
                cells = row.cells
                set_cell(cells[0], no)
                if first is None:
                    set_cell(cells[1], commitment)
                    first = cells[1]
                    last = cells[1]
                else:
                    last = cells[1]
                set_cell(cells[2], act)
                set_cell(cells[3], owner)
                set_cell(cells[4], when)
                set_cell(cells[5], rag)
            if last is not first:
                first.merge(last)
                # keep a single paragraph with the commitment text
                paras = first.paragraphs
                for extra in paras[1:]:
                    extra._element.getparent().remove(extra._element)
        doc.add_paragraph("")

    doc.add_heading("Glossary", level=2)
    g = doc.add_table(rows=4, cols=2)
    g.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("OPCC", "Office of the Police and Crime Commissioner"),
        ("PCSO", "Police Community Support Officer"),
        ("VAWG", "Violence against women and girls"),
        ("WAST", "Welsh Ambulance Services University NHS Trust"),
    ]):
        set_cell(g.cell(i, 0), k, bold=True)
        set_cell(g.cell(i, 1), v)
    doc.save(out("pk-north-wales-pcc-police-and-crime-plan-delivery-plan-2025-26.docx"))


# ====================================================================
# 7. Derry City and Strabane DC - performance improvement plan (xlsx, refuse)
# ====================================================================
def make_dcsdc():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Improvement Objectives"
    ws["A1"] = "Derry City and Strabane District Council"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Performance Improvement Plan 2025/26 \u2013 Improvement Objectives Action Plan"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Quarter 2 update (to 30 September 2025)"
    head = ["Ref", "Action / Project", "Responsible Officer", "Target Date", "Q1 RAG", "Q2 RAG",
            "Progress Commentary"]
    HR = 5
    for j, h in enumerate(head, 1):
        c = ws.cell(row=HR, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["navy"]
        c.border = BOX
        c.alignment = WRAP
    objectives = [
        ("Improvement Objective 1: To mitigate the impact of rising costs on ratepayers by reducing "
         "Council net costs for 2025/26", [
            ("1.1", "Deliver the 2025/26 efficiency programme through service reconfiguration and "
                    "procurement savings.",
             "Director of Finance", "Mar-26", "Green", "Green",
             "\u00a31.6m of \u00a33.1m target achieved to date."),
            ("1.2", "Introduce a digital self-service portal for bulky waste, pest control and "
                    "bin replacement requests.",
             "Head of Digital Services", "Dec 2025", "Amber", "Amber",
             "Supplier appointed; testing under way."),
            ("1.3", "Complete the review of the Council\u2019s fleet and replace diesel vehicles "
                    "reaching end of life with electric alternatives.",
             "Head of Fleet and Transport", "31/03/2026", "Green", "Amber",
             "Delivery of six vehicles delayed by manufacturer."),
        ]),
        ("Improvement Objective 2: To increase participation in sport, leisure and physical "
         "activity", [
            ("2.1", "Grow paid user visits at Council leisure centres to 1.1 million.",
             "Head of Health and Community Wellbeing", "March 2026", "Green", "Green",
             "542,300 visits at end of Q2."),
            ("2.2", "Launch a women and girls\u2019 physical activity programme at Foyle Arena and "
                    "Melvin Sports Complex.",
             "Sport and Leisure Manager", "Febuary 2026", "Amber", "Green",
             "Programme design agreed with Sport NI."),
            ("2.3", "Extend the Active Ageing programme to rural community centres.",
             "Community Services Manager", "Jun-26", "Red", "Amber",
             "Funding secured for four of six centres."),
        ]),
        ("Improvement Objective 3: To protect and enhance the environment through increased "
         "recycling", [
            ("3.1", "Roll out food waste caddies to all households in Strabane town.",
             "Head of Environment", "Nov-25", "Green", "Complete",
             "Roll-out completed 15 September 2025."),
            ("3.2", "Deliver a schools recycling education campaign with 40 primary schools.",
             "Waste Education Officer", "Ongoing", "Green", "Green",
             "22 schools visited."),
        ]),
    ]
    rag = {"Green": FILL["green"], "Amber": FILL["amber"], "Red": FILL["red"], "Complete": FILL["blue"]}
    r = HR + 1
    for banner, acts in objectives:
        ws.cell(row=r, column=1, value=banner).font = Font(bold=True)
        for j in range(1, len(head) + 1):
            ws.cell(row=r, column=j).fill = FILL["pale"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(head))
        r += 1
        for vals in acts:
            for j, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=j, value=v)
                c.border = BOX
                c.alignment = WRAP
                if j in (5, 6):
                    c.fill = rag[v]
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key: Green \u2013 on target; Amber \u2013 minor slippage; "
                                   "Red \u2013 significant slippage; Complete \u2013 action delivered")
    widths = [7, 55, 32, 13, 9, 9, 45]
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(j)].width = w

    s = wb.create_sheet("Statutory Indicators")
    s["A1"] = "Statutory performance indicators 2025/26"
    s["A1"].font = Font(bold=True)
    for i, row in enumerate([
        ("Indicator", "Standard", "Q1", "Q2"),
        ("ED1 Jobs promoted through business start-up activity", 155, 41, 83),
        ("P1 Major planning applications \u2013 average weeks to decision", 30, 52.4, 47.0),
        ("P2 Local planning applications \u2013 average weeks to decision", 15, 17.8, 16.2),
        ("W1 Household waste recycled or composted (%)", 50, 51.3, 50.8),
    ]):
        for j, v in enumerate(row):
            s.cell(row=2 + i, column=1 + j, value=v)
    s.column_dimensions["A"].width = 60
    wb.save(out("pk-derry-city-and-strabane-dc-performance-improvement-plan-2025-26-typo-month-refuse.xlsx"))


if __name__ == "__main__":
    make_bra()
    make_nhsfv()
    make_cav()
    make_nifrs()
    make_wdhscp()
    make_nwpcc()
    make_dcsdc()
    print("built 7 files")
