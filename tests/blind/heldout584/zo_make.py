"""Build the seven zo- blind test files (set heldout584).

Run with /work/main/.venv/bin/python zo_make.py  (openpyxl, python-docx).
Writes only files whose names start with "zo-" in this folder.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zo-")
    return os.path.join(HERE, name)


# ----------------------------------------------------------------- helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        run = p.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if i < len(lines) - 1:
            run.add_break()


def fill(hex_rgb):
    return PatternFill("solid", start_color=hex_rgb, end_color=hex_rgb)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")

RAG_FILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "0070C0",
}


# ============================================================ 1. Ysgol docx
def make_ysgol():
    d = Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Ysgol Gymraeg Pwll Coch Post-Inspection Action Plan (PIAP)", level=0)
    d.add_paragraph("Cynllun Gweithredu Ôl-arolwg – following the Estyn core inspection of 4–7 March 2024")

    cover = d.add_table(rows=0, cols=2)
    cover.style = "Table Grid"
    for k, v in [
        ("School", "Ysgol Gymraeg Pwll Coch"),
        ("Local authority", "Cardiff Council"),
        ("Headteacher", "Mrs A. Llywelyn"),
        ("Chair of Governors", "Mr G. Rees"),
        ("Date of Estyn inspection", "4–7 March 2024"),
        ("PIAP approved by governing body", "24 April 2024"),
        ("Last reviewed", "10 March 2025 (Curriculum and Standards Committee)"),
    ]:
        r = cover.add_row().cells
        set_cell(r[0], k, bold=True)
        set_cell(r[1], v)

    d.add_paragraph(
        "This plan sets out how the governing body, with the support of Cardiff Council and the "
        "Central South Consortium, will address the recommendations in the Estyn report. "
        "Progress is reviewed by governors each term."
    )
    d.add_paragraph(
        "Progress key: B – action complete; G – on track; A – some slippage, action being taken; "
        "R – significant concern."
    )

    header = ["Ref", "Action", "Lead person(s)", "Timescale", "Success criteria",
              "Monitoring and evaluation", "Progress (RAG)"]

    recs = [
        ("R1: Ensure that self-evaluation and improvement planning focus sharply on the impact of "
         "teaching on pupils' progress",
         [
             ("1.1", "Revise the monitoring calendar so that lesson observations, book scrutiny and "
                     "learning walks focus on the progress pupils make in their skills.",
              "Headteacher & Deputy Headteacher", "Autumn term 2024",
              "Monitoring reports evaluate pupils' progress rather than describe provision.",
              "Governors' Curriculum and Standards Committee", "B", None),
             ("1.2", "Train middle leaders to carry out joint book scrutiny and to record clear next "
                     "steps for teachers.",
              "Deputy Headteacher", "Spring term 2025",
              "All middle leaders lead at least one scrutiny; next steps are followed up.",
              "Headteacher; Challenge Adviser", "G", None),
             ("1.3", "Report the findings of monitoring to the full governing body, with agreed "
                     "actions and named governors for each area.",
              "Headteacher / Chair of Governors", "Termly",
              "Minutes show governors challenging and following up findings.",
              "Local authority link officer", "G", None),
         ]),
        ("R2: Improve pupils' extended writing skills in English in Years 3 to 6",
         [
             ("2.1", "Introduce a structured programme for extended writing in English in Years 3 "
                     "to 6, with model texts and success criteria.",
              "Mrs E. Hughes (English lead)", "By October half-term 2024",
              "Most pupils in Years 3 to 6 write at length for a range of purposes.",
              "Book scrutiny each half term", "", "00B050"),
             ("2.2", "Plan regular opportunities for pupils to write at length across the "
                     "curriculum in both Welsh and English.",
              "Class teachers (Years 3-6)", "Summer term 2025",
              "Planning and books show extended writing in each Area of Learning and Experience.",
              "Deputy Headteacher", "A", None),
         ]),
        ("R3: Provide pupils with more opportunities to influence what and how they learn",
         [
             ("3.1", "Re-establish the Cyngor Ysgol and the Criw Cymraeg, with elected "
                     "representatives from every class.",
              "Mr D. Pritchard", "Nov 2024",
              "Pupil groups meet fortnightly and minutes are shared with governors.",
              "Headteacher", "B", None),
             ("3.2", "Hold 'Llais y Disgybl' sessions with each class at the start of every topic "
                     "to plan learning with pupils.",
              "Mr D. Pritchard & Mrs S. Lloyd", "Ongoing",
              "Topic plans record pupils' ideas and how they were used.",
              "Learning walks; pupil voice questionnaire", "G", None),
         ]),
        ("R4: Address the site safety issue raised during the inspection",
         [
             ("4.1", "Install secure fencing and a self-closing gate between the nursery outdoor "
                     "area and the staff car park.",
              "Headteacher; Cardiff Council Education Property", "31/05/2024",
              "Nursery outdoor area fully enclosed; risk assessment updated.",
              "Premises governor", "Complete", None),
         ]),
    ]

    for rec, rows in recs:
        d.add_heading(rec, level=2)
        t = d.add_table(rows=1, cols=len(header))
        t.style = "Table Grid"
        for i, hname in enumerate(header):
            set_cell(t.rows[0].cells[i], hname, bold=True)
            shade(t.rows[0].cells[i], "D9E2F3")
        for ref, action, lead, when, sc, mon, rag, rag_fill in rows:
            c = t.add_row().cells
            for i, v in enumerate([ref, action, lead, when, sc, mon, rag]):
                set_cell(c[i], v)
            if rag_fill:
                shade(c[6], rag_fill)
            elif rag:
                shade(c[6], {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000",
                             "Complete": "0070C0"}[rag])
        d.add_paragraph("")

    d.add_heading("Approval", level=2)
    s = d.add_table(rows=3, cols=3)
    s.style = "Table Grid"
    for i, v in enumerate(["", "Signed", "Date"]):
        set_cell(s.rows[0].cells[i], v, bold=True)
    for i, v in enumerate(["Headteacher", "A. Llywelyn", "24/04/2024"]):
        set_cell(s.rows[1].cells[i], v)
    for i, v in enumerate(["Chair of Governors", "G. Rees", "24/04/2024"]):
        set_cell(s.rows[2].cells[i], v)
    d.save(out("zo-ysgol-gymraeg-pwll-coch-estyn-post-inspection-action-plan.docx"))


# ===================================================== 2. RQIA nursing home docx
def make_rqia():
    d = Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Knockmore Lodge Nursing Home – Quality Improvement Plan", level=0)
    d.add_paragraph("RQIA unannounced care inspection, 3 June 2025 (Inspection ID: IN047321)")

    cover = d.add_table(rows=0, cols=2)
    cover.style = "Table Grid"
    for k, v in [
        ("Registered provider", "Knockmore Healthcare Ltd"),
        ("Responsible individual", "Mr Conor Devlin"),
        ("Registered manager", "Mrs Aoife McKeown"),
        ("Number of registered places", "48"),
        ("QIP returned to RQIA", "15 July 2025"),
        ("Last updated", "22 September 2025"),
    ]:
        r = cover.add_row().cells
        set_cell(r[0], k, bold=True)
        set_cell(r[1], v)

    d.add_paragraph(
        "Areas for improvement and details of the Quality Improvement Plan were discussed with "
        "Mrs Aoife McKeown, Registered Manager, as part of the inspection process. The timescales "
        "commence from the date of inspection. The home's actions and progress are recorded below "
        "and reviewed at the monthly governance meeting."
    )

    def afi_table(label, ref, stated, by, text, rows):
        t = d.add_table(rows=3, cols=5)
        t.style = "Table Grid"
        r0 = t.rows[0].cells
        a = r0[0].merge(r0[1])
        set_cell(a, label, bold=True)
        set_cell(r0[2], ref)
        set_cell(r0[3], stated)
        set_cell(r0[4], by)
        for c in (a, r0[2], r0[3], r0[4]):
            shade(c, "DEEAF6")
        r1 = t.rows[1].cells
        m = r1[0].merge(r1[4])
        set_cell(m, text)
        for i, hname in enumerate(["No.", "Action taken / planned", "Responsible person",
                                   "Target date", "Status"]):
            set_cell(t.rows[2].cells[i], hname, bold=True)
        for row in rows:
            c = t.add_row().cells
            for i, v in enumerate(row):
                set_cell(c[i], v)
        d.add_paragraph("")

    d.add_heading("Action required to ensure compliance with The Nursing Homes Regulations "
                  "(Northern Ireland) 2005", level=1)
    afi_table(
        "Area for improvement 1", "Ref: Regulation 13 (7)", "Stated: First time",
        "To be completed by: With immediate effect",
        "The registered person shall ensure that the infection prevention and control issues "
        "identified during the inspection are addressed, including the storage of equipment in "
        "communal bathrooms.",
        [
            ("1.1", "Remove all stored equipment from communal bathrooms and provide additional "
                    "storage in the former sluice on the first floor.",
             "Aoife McKeown (Registered Manager)", "10/06/2025", "Completed"),
            ("1.2", "Introduce a weekly IPC environmental walk-round by the nurse in charge, with "
                    "findings reviewed by the manager.",
             "Deputy Manager", "Weekly – ongoing", "On track"),
        ])
    afi_table(
        "Area for improvement 2", "Ref: Regulation 12 (1)(a)(b)", "Stated: First time",
        "To be completed by: 3 August 2025",
        "The registered person shall ensure that care records for patients at risk of falls are "
        "updated following each fall and that neurological observations are completed in line "
        "with best practice guidance.",
        [
            ("2.1", "Deliver post-falls management training, including neurological observations, "
                    "to all registered nurses.",
             "Clinical Lead", "31 July 2025", "Completed"),
            ("2.2", "Audit all post-falls records monthly and share the findings at staff meetings.",
             "Clinical Lead / Deputy Manager", "Monthly", "On track"),
        ])
    afi_table(
        "Area for improvement 3", "Ref: Regulation 27 (4)(d)", "Stated: Second time",
        "To be completed by: 3 July 2025",
        "The registered person shall ensure that fire doors are not wedged or propped open and "
        "that the recommendations of the fire risk assessment are actioned.",
        [
            ("3.1", "Fit magnetic hold-open devices linked to the fire alarm on the ground floor "
                    "lounge and dining room doors.",
             "Responsible Individual", "30 September 2025", "Amber – awaiting contractor"),
            ("3.2", "Complete the outstanding actions from the fire risk assessment dated "
                    "14 March 2025.",
             "Maintenance Person", "31 August 2025", "Completed"),
        ])

    d.add_heading("Action required to ensure compliance with the Care Standards for Nursing "
                  "Homes (December 2022)", level=1)
    afi_table(
        "Area for improvement 4", "Ref: Standard 12", "Stated: First time",
        "To be completed by: 3 September 2025",
        "The registered person shall ensure that the daily menu is displayed in a suitable "
        "format and that patients on modified diets are offered a choice at each mealtime.",
        [
            ("4.1", "Display a pictorial menu in each dining room, updated daily by the catering "
                    "team.",
             "Catering Manager", "30 June 2025", "Completed"),
            ("4.2", "Review modified diet menus with the speech and language therapist and "
                    "introduce a second choice at lunch and tea.",
             "Catering Manager & Clinical Lead", "3 September 2025", "On track"),
        ])
    afi_table(
        "Area for improvement 5", "Ref: Standard 35", "Stated: Second time",
        "To be completed by: 3 September 2025",
        "The registered person shall ensure that a robust system of governance audits is "
        "maintained, with action plans completed and reviewed.",
        [
            ("5.1", "Revise the audit schedule to include care records, IPC, falls and "
                    "complaints, with a named auditor for each audit.",
             "Registered Manager", "31 July 2025", "Completed"),
            ("5.2", "Review completed audits and action plans during the monthly Regulation 29 "
                    "monitoring visits.",
             "Responsible Individual", "Ongoing", "On track"),
        ])

    d.add_paragraph("*Please ensure this document is completed in full and returned via the "
                    "RQIA Web Portal*")
    s = d.add_table(rows=2, cols=3)
    s.style = "Table Grid"
    for i, v in enumerate(["Name", "Position", "Date"]):
        set_cell(s.rows[0].cells[i], v, bold=True)
    for i, v in enumerate(["Aoife McKeown", "Registered Manager", "15/07/2025"]):
        set_cell(s.rows[1].cells[i], v)
    d.save(out("zo-knockmore-lodge-nursing-home-rqia-care-inspection-quality-improvement-plan.docx"))


# ============================================================ 3. CMAL xlsx
def make_cmal():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "Caledonian Maritime Assets Limited – Annual Audit Report 2024/25 Action Plan Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit and Risk Committee – 3 March 2026"
    ws["A3"] = "Prepared by: Head of Finance"
    ws["A5"] = "Status key"
    ws["A5"].font = Font(bold=True)
    key = [("Complete", "Action implemented and evidenced", "blue"),
           ("Green", "On track to meet the agreed date", "green"),
           ("Amber", "At risk of slippage or revised date agreed by the Committee", "amber"),
           ("Red", "Overdue with no revised date agreed", "red")]
    for i, (k, v, c) in enumerate(key):
        ws.cell(row=6 + i, column=1, value=k).fill = fill(RAG_FILL[c])
        ws.cell(row=6 + i, column=2, value=v)
    ws["A11"] = "Summary"
    ws["A11"].font = Font(bold=True)
    summary = [("", "2024/25", "Prior year", "Total"),
               ("Complete", 1, 2, 3), ("Green", 3, 0, 3), ("Amber", 2, 1, 3),
               ("Red", 1, 0, 1), ("Total", 7, 3, 10)]
    for r, row in enumerate(summary):
        for c, v in enumerate(row):
            cell = ws.cell(row=12 + r, column=1 + c, value=v)
            cell.border = BOX
            if r == 0 or r == len(summary) - 1:
                cell.font = Font(bold=True)
    ws.column_dimensions["A"].width = 14
    ws.column_dimensions["B"].width = 60

    hdr = ["No.", "Recommendation", "Agreed management action", "Responsible officer",
           "Agreed date", "Revised date", "Progress update (February 2026)", "Status"]
    widths = [7, 50, 50, 24, 13, 13, 50, 12]

    def sheet_header(ws, title, row_hdr, hdr):
        ws["A1"] = title
        ws["A1"].font = Font(bold=True, size=12)
        for i, h in enumerate(hdr):
            c = ws.cell(row=row_hdr, column=1 + i, value=h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("1F3864")
            c.alignment = WRAP
            c.border = BOX
        for i, w in enumerate(widths):
            ws.column_dimensions[chr(65 + i)].width = w

    def put_row(ws, r, vals, status):
        for i, v in enumerate(vals):
            c = ws.cell(row=r, column=1 + i, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.date):
                c.number_format = "dd/mm/yyyy"
        s = ws.cell(row=r, column=8, value=status[0])
        s.fill = fill(RAG_FILL[status[1]])
        s.border = BOX

    ws2 = wb.create_sheet("2024-25 Action Plan")
    sheet_header(ws2, "2024/25 recommendations – Audit Scotland Annual Audit Report (October 2025)",
                 3, hdr)
    D = dt.datetime
    r = 4

    def band(ws, r, text):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        c = ws.cell(row=r, column=1, value=text)
        c.font = Font(bold=True)
        c.fill = fill("D9E1F2")

    band(ws2, r, "Audit of the 2024/25 annual report and accounts"); r += 1
    put_row(ws2, r, ["1",
                     "Management should carry out a full review of the useful economic lives of "
                     "vessels and harbour assets and update the fixed asset register accordingly.",
                     "A review of useful economic lives for all vessels and major harbour assets "
                     "will be completed and reflected in the fixed asset register before the "
                     "2025/26 accounts are prepared.",
                     "Financial Controller", D(2026, 3, 31), None,
                     "Review of vessel lives complete; harbour assets 70% complete."],
            ("Green", "green")); r += 1
    put_row(ws2, r, ["2",
                     "CMAL should strengthen the review of manual journals posted by senior "
                     "finance staff.",
                     "Introduce independent review of all manual journals above £50,000, "
                     "evidenced within the finance system.",
                     "Head of Finance", D(2025, 11, 30), None,
                     "Workflow approval in place from November 2025 period end."],
            ("Complete", "blue")); r += 1
    band(ws2, r, "Wider scope – Financial sustainability"); r += 1
    rec3 = ("CMAL should work with Transport Scotland to develop a long-term financial plan "
            "covering vessel and harbour investment over at least ten years.")
    put_row(ws2, r, ["3a", rec3,
                     "Prepare a draft 10-year financial plan aligned to the Islands Connectivity "
                     "Plan and the Vessel Replacement Programme.",
                     "Director of Finance", D(2025, 12, 31), D(2026, 4, 30),
                     "Draft delayed pending Scottish Budget 2026/27; revised date agreed by ARC."],
            ("Amber", "amber"))
    put_row(ws2, r + 1, ["3b", None,
                         "Present the long-term financial plan to the Board for approval and "
                         "share it with Transport Scotland.",
                         "Chief Executive Officer / Director of Finance", D(2026, 3, 31),
                         D(2026, 6, 30), "Dependent on 3a."],
            ("Amber", "amber"))
    ws2.merge_cells(start_row=r, start_column=2, end_row=r + 1, end_column=2)
    r += 2
    band(ws2, r, "Wider scope – Vision, leadership and governance"); r += 1
    put_row(ws2, r, ["4",
                     "The Board should complete its planned externally facilitated effectiveness "
                     "review and agree an improvement plan.",
                     "Appoint an external facilitator and complete the Board effectiveness review.",
                     "Company Secretary", D(2026, 4, 30), None,
                     "Facilitator appointed January 2026; interviews under way."],
            ("Green", "green")); r += 1
    put_row(ws2, r, ["5",
                     "Risk registers should clearly link risks to corporate plan objectives and "
                     "record target risk scores.",
                     "Revise the corporate risk register template and refresh all directorate "
                     "risk registers.",
                     "Head of Risk and Assurance", D(2025, 12, 31), None,
                     "Template revised; directorate registers not yet refreshed."],
            ("Red", "red")); r += 1
    band(ws2, r, "Wider scope – Use of resources to improve outcomes"); r += 1
    put_row(ws2, r, ["6",
                     "CMAL should develop performance measures that show the impact of harbour "
                     "investment on ferry service reliability.",
                     "Develop a harbour asset performance dashboard, including reliability "
                     "measures agreed with CalMac Ferries and Transport Scotland.",
                     "Director of Harbours", D(2026, 6, 30), None,
                     "Measures drafted and shared with CalMac for comment."],
            ("Green", "green")); r += 1
    ws2.cell(row=r + 1, column=1,
             value="Note: revised dates are shown only where agreed by the Audit and Risk Committee.")

    ws3 = wb.create_sheet("Prior year follow-up")
    hdr3 = ["Ref", "Original recommendation (2023/24)", "Management action", "Owner",
            "Original date", "Revised date", "Update", "Status"]
    sheet_header(ws3, "Follow-up of prior year recommendations – 2023/24 Annual Audit Report", 3, hdr3)
    put_row(ws3, 4, ["PY1",
                     "Procurement exemptions should be reported to the Audit and Risk Committee.",
                     "Report all procurement exemptions to the Audit and Risk Committee each "
                     "quarter.",
                     "Head of Procurement", D(2024, 6, 30), None,
                     "Quarterly reporting in place since June 2024."],
            ("Complete", "blue"))
    put_row(ws3, 5, ["PY2",
                     "CMAL should update its business continuity plans following the office "
                     "relocation.",
                     "Update and test the business continuity plans for the Port Glasgow "
                     "headquarters.",
                     "Head of Corporate Services", D(2025, 3, 31), D(2026, 3, 31),
                     "Plans updated; desktop test scheduled for March 2026."],
            ("Amber", "amber"))
    put_row(ws3, 6, ["PY3",
                     "The major vessel project governance framework should be reviewed to reflect "
                     "lessons learned from recent vessel contracts.",
                     "Implement the revised major vessel project governance framework, including "
                     "independent gateway reviews.",
                     "Director of Vessels", D(2024, 12, 31), D(2025, 9, 30),
                     "Framework approved by the Board in September 2025."],
            ("Complete", "blue"))
    wb.save(out("zo-cmal-annual-audit-report-2024-25-action-plan-tracker.xlsx"))


# ======================================================== 4. Translink xlsx
def make_translink():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = "Translink Corporate Risk Register 2025/26"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit and Risk Committee – Quarter 2 review, 18 November 2025"
    ws["A4"] = "Corporate risks by residual rating"
    ws["A4"].font = Font(bold=True)
    for i, (k, n, c) in enumerate([("High (15-25)", 2, "FF0000"), ("Medium (8-12)", 3, "FFC000"),
                                    ("Low (1-6)", 0, "00B050"), ("Total", 5, None)]):
        a = ws.cell(row=5 + i, column=1, value=k)
        ws.cell(row=5 + i, column=2, value=n)
        if c:
            a.fill = fill(c)
    ws["A10"] = "Action status key (column J of the register)"
    ws["A10"].font = Font(bold=True)
    for i, (c, t) in enumerate([("0070C0", "Complete"),
                                ("00B050", "On track"),
                                ("FFC000", "At risk of slipping"),
                                ("FF0000", "Overdue / off track"),
                                (None, "No fill – not yet started")]):
        a = ws.cell(row=11 + i, column=1, value="")
        if c:
            a.fill = fill(c)
        a.border = BOX
        ws.cell(row=11 + i, column=2, value=t)
    ws["A17"] = "Risk scores: Likelihood (1-5) x Impact (1-5). Trend: ↑ increasing, ↔ static, ↓ reducing."
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 40

    reg = wb.create_sheet("Corporate Risk Register")
    reg["A1"] = "Translink Corporate Risk Register 2025/26"
    reg["A1"].font = Font(bold=True, size=14)
    reg["A2"] = "Position at 31 October 2025"
    groups = [(1, 3, "Risk"), (4, 4, "Inherent"), (5, 5, "Controls"),
              (6, 10, "Further mitigating actions"), (11, 12, "Residual")]
    for a, b, t in groups:
        if b > a:
            reg.merge_cells(start_row=3, start_column=a, end_row=3, end_column=b)
        c = reg.cell(row=3, column=a, value=t)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("00205B")
        c.alignment = Alignment(horizontal="center")
    hdr = ["Risk", "Risk description (cause and effect)", "Risk owner", "Score (LxI)",
           "Key existing controls", "Ref", "Further action required", "Action owner",
           "Target date", "Action status", "Score (LxI)", "Trend"]
    widths = [30, 40, 22, 9, 40, 6, 48, 26, 12, 10, 9, 7]
    for i, h in enumerate(hdr):
        c = reg.cell(row=4, column=1 + i, value=h)
        c.font = Font(bold=True)
        c.fill = fill("BDD7EE")
        c.alignment = WRAP
        c.border = BOX
        reg.column_dimensions[chr(65 + i)].width = widths[i]

    D = dt.datetime
    score_fill = lambda s: "FF0000" if s >= 15 else ("FFC000" if s >= 8 else "00B050")
    risks = [
        ("CR1 – Major safety incident involving passengers, staff or the public on the bus or "
         "rail network",
         "Failure of safety management systems, driver fatigue or level crossing misuse leading "
         "to death or serious injury, prosecution and loss of public confidence.",
         "Group Chief Executive", "4x5=20",
         "Safety Management System; Safety Oversight Committee; ORR and DfI oversight; "
         "incident investigation process.",
         [("1.1", "Complete the roll-out of the driver fatigue risk management system across all "
                  "Ulsterbus and Metro depots.",
           "Chief Operating Officer (Bus)", D(2026, 3, 31), "mmm-yy", "00B050"),
          ("1.2", "Deliver the 2025/26 level crossing risk reduction programme (12 sites).",
           "Head of Rail Infrastructure", D(2026, 3, 31), "dd/mm/yyyy", "FFC000")],
         "3x5=15", "↔"),
        ("CR2 – Financial sustainability",
         "Insufficient revenue and grant funding to maintain current service levels and asset "
         "condition, resulting in service reductions.",
         "Chief Financial Officer", "5x4=20",
         "Monthly financial reporting to NITHC Board; efficiency programme; engagement with "
         "DfI Finance.",
         [("2.1", "Agree the 2026/27 funding settlement and efficiency plan with the Department "
                  "for Infrastructure.",
           "Chief Financial Officer", "Q4 2025/26", None, "FFC000"),
          ("2.2", "Implement Year 2 of the cost reduction programme (£8m target).",
           "Chief Financial Officer / Chief Operating Officer (Bus)", D(2026, 3, 31), "mmm-yy",
           "00B050"),
          ("2.3", "Refresh the fares strategy and present options to the NITHC Board.",
           "Commercial Director", D(2025, 10, 31), "mmm-yy", "0070C0")],
         "4x4=16", "↑"),
        ("CR3 – Cyber security",
         "A cyber attack or ransomware incident leads to loss of ticketing, signalling support or "
         "customer data, with service disruption and regulatory action.",
         "Chief Information Officer", "4x5=20",
         "Security Operations Centre; Cyber Essentials Plus; backup and recovery arrangements.",
         [("3.1", "Complete the migration of the remaining legacy ticketing servers to supported "
                  "platforms.",
           "Chief Information Officer", D(2025, 9, 30), "mmm-yy", "FF0000"),
          ("3.2", "Deliver phishing simulations and mandatory cyber awareness training to all "
                  "staff.",
           "Chief Information Officer; Head of People Development", "Ongoing", None, "00B050"),
          ("3.3", "Test the IT disaster recovery plan through a live failover exercise.",
           "Head of Business Continuity", D(2026, 1, 31), "mmm-yy", None)],
         "3x4=12", "↔"),
        ("CR4 – Delivery of major capital projects to time and budget",
         "Cost inflation, contractor performance or funding delays affect completion of Belfast "
         "Grand Central Station works and the zero-emission fleet programme.",
         "Director of Infrastructure and Projects", "4x4=16",
         "Project Oversight Committee; Gateway reviews; monthly programme boards.",
         [("4.1", "Close out the Belfast Grand Central Station Phase 1 snagging and final "
                  "account.",
           "Programme Director, Belfast Grand Central", D(2025, 12, 31), "dd/mm/yyyy", "FFC000"),
          ("4.2", "Complete the battery-electric charging infrastructure at Falls Park depot.",
           "Head of Fleet Engineering", D(2026, 6, 30), "mmm-yy", "00B050")],
         "3x4=12", "↓"),
        ("CR5 – Workforce capacity",
         "Inability to recruit and retain bus drivers, train drivers and engineering staff "
         "leads to lost mileage and cancelled services.",
         "Chief People Officer", "4x4=16",
         "Workforce plan; driver academy; partnership forum with trade unions.",
         [("5.1", "Run two train driver trainee intakes during 2025/26.",
           "Head of Human Resources", D(2026, 3, 31), "mmm-yy", "00B050"),
          ("5.2", "Agree the 2025 pay settlement with the trade unions.",
           "Chief People Officer", D(2025, 10, 31), "mmm-yy", "0070C0")],
         "3x3=9", "↓"),
    ]
    r = 5
    for title, desc, owner, inh, ctrl, actions, res, trend in risks:
        n = len(actions)
        for j, (ref, act, aowner, due, fmt, st) in enumerate(actions):
            rr = r + j
            reg.cell(row=rr, column=6, value=ref)
            reg.cell(row=rr, column=7, value=act)
            reg.cell(row=rr, column=8, value=aowner)
            dc = reg.cell(row=rr, column=9, value=due)
            if fmt:
                dc.number_format = fmt
            sc = reg.cell(row=rr, column=10, value=None)
            if st:
                sc.fill = fill(st)
            for col in range(1, 13):
                reg.cell(row=rr, column=col).border = BOX
                reg.cell(row=rr, column=col).alignment = WRAP
        for col, v in [(1, title), (2, desc), (3, owner), (4, inh), (5, ctrl), (11, res),
                       (12, trend)]:
            reg.cell(row=r, column=col, value=v)
            if n > 1:
                reg.merge_cells(start_row=r, start_column=col, end_row=r + n - 1, end_column=col)
        i_score = int(inh.split("=")[1])
        r_score = int(res.split("=")[1])
        reg.cell(row=r, column=4).fill = fill(score_fill(i_score))
        reg.cell(row=r, column=11).fill = fill(score_fill(r_score))
        reg.cell(row=r, column=1).font = Font(bold=True)
        r += n
    reg.cell(row=r + 1, column=1,
             value="Risks are reviewed monthly by the Executive Team and quarterly by the Audit "
                   "and Risk Committee.")
    wb.save(out("zo-translink-corporate-risk-register-2025-26.xlsx"))


# ============================================================ 5. Fife CLD xlsx
def make_fife():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = ("Fife Council Community Learning and Development – Education Scotland Progress "
                "Visit Improvement Action Plan")
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:G1")
    ws["A2"] = ("Progress visit: 9–11 October 2024   |   Plan owner: Fife CLD Partnership "
                "Strategic Group   |   Updated: 14 May 2025")
    ws.merge_cells("A2:G2")
    hdr = ["Ref", "What we will do", "Lead officer(s)", "By when", "How we will know",
           "Progress update (May 2025)", "RAG"]
    widths = [6, 52, 30, 16, 40, 45, 10]
    for i, h in enumerate(hdr):
        c = ws.cell(row=4, column=1 + i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("5B2C6F")
        c.alignment = WRAP
        c.border = BOX
        ws.column_dimensions[chr(65 + i)].width = widths[i]
    D = dt.datetime
    plan = [
        ("Area for improvement 1: Partners need to develop a shared approach to gathering and "
         "analysing data to evidence the impact of CLD on learners and communities.",
         [("1.1", "Agree a core set of CLD outcome indicators across council and third sector "
                  "partners.",
           "CLD Partnership Coordinator", "Dec 2024", "Indicators agreed by Strategic Group.",
           "Indicators agreed 10 December 2024.", "Complete", "blue"),
          ("1.2", "Introduce a shared impact recording template and train partner staff in its "
                  "use.",
           "Lifelong Learning Team Leader; Youth Work Team Leader", "March 2025",
           "All partners using the template by April 2025.",
           "Template live; 64 staff trained, 2 sessions remaining.", "Green", "green"),
          ("1.3", "Produce an annual CLD impact report for the Fife Partnership Board.",
           "Service Manager, Communities and Neighbourhoods", "Aug 2025 – Mar 2026",
           "Report considered by Fife Partnership Board.", "", None, None)]),
        ("Area for improvement 2: Strengthen the involvement of learners and community members "
         "in planning, delivering and evaluating CLD provision.",
         [("2.1", "Establish a Learner Voice Forum in each of the seven local areas.",
           "Area CLD Team Leaders", D(2025, 6, 1), "Seven forums meeting at least quarterly.",
           "Forums running in 4 areas; Levenmouth, Cowdenbeath and South West Fife to follow.",
           "Amber", "amber"),
          ("2.2", "Co-design the 2025/26 adult learning programme with learners through local "
                  "consultation events.",
           "Adult Learning Coordinator", "Ongoing",
           "Programme shows changes made as a result of learner feedback.",
           "Six consultation events held; feedback being collated.", "Green", "green")]),
        ("Area for improvement 3: Improve professional learning opportunities across the wider "
         "CLD partnership, including for volunteers.",
         [("3.1", "Carry out a workforce development needs analysis with council and third "
                  "sector staff and volunteers.",
           "CLD Workforce Development Officer & Fife Voluntary Action", D(2025, 1, 31),
           "Analysis completed with at least 150 responses.",
           "212 responses; findings reported February 2025.", "Complete", "blue"),
          ("3.2", "Publish a joint CLD professional learning calendar for 2025/26.",
           "CLD Workforce Development Officer", "April 2025",
           "Calendar published and promoted to all partners.",
           "Published 28 April 2025.", "Complete", "blue"),
          ("3.3", "Support practitioners to register with the CLD Standards Council.",
           "CLD Manager", "Q2 2025/26", "Increase in registered practitioners from 41 to 70.",
           "Registrations at 44; staffing pressures have slowed progress.", "Red", "red")]),
    ]
    r = 5
    for afi, rows in plan:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        c = ws.cell(row=r, column=1, value=afi)
        c.font = Font(bold=True)
        c.fill = fill("E8DAEF")
        c.alignment = WRAP
        ws.row_dimensions[r].height = 30
        r += 1
        for ref, what, who, when, measure, prog, rag, col in rows:
            vals = [ref, what, who, when, measure, prog, rag]
            for i, v in enumerate(vals):
                cell = ws.cell(row=r, column=1 + i, value=v if v != "" else None)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "mmm-yy" if v.day == 1 else "dd/mm/yyyy"
            if col:
                ws.cell(row=r, column=7).fill = fill(RAG_FILL[col])
            r += 1

    ks = wb.create_sheet("Key strengths")
    ks["A1"] = "Key strengths identified by HM Inspectors (October 2024)"
    ks["A1"].font = Font(bold=True)
    for i, t in enumerate([
        "Strong strategic commitment to CLD within the Plan for Fife.",
        "Well-targeted youth work reaching young people at risk of disengagement.",
        "Highly effective ESOL and family learning partnerships.",
        "Committed volunteers contributing to community-led activity.",
    ]):
        ks.cell(row=3 + i, column=1, value=t)
    ks.column_dimensions["A"].width = 80

    key = wb.create_sheet("RAG key")
    for i, (k, t, c) in enumerate([("Complete", "Action completed", "blue"),
                                   ("Green", "On track", "green"),
                                   ("Amber", "Some delay – recovery action in place", "amber"),
                                   ("Red", "Significant delay or risk to delivery", "red"),
                                   ("(blank)", "Not yet started", None)]):
        a = key.cell(row=1 + i, column=1, value=k)
        if c:
            a.fill = fill(RAG_FILL[c])
        key.cell(row=1 + i, column=2, value=t)
    wb.save(out("zo-fife-council-education-scotland-cld-progress-visit-action-plan.xlsx"))


# ============================================== 6. Hanover (Scotland) csv (refuse)
HANOVER_ROWS = [
    ["Hanover (Scotland) Housing Association – Hanover Lothian Housing Support Service"],
    ["Care Inspectorate inspection 18–20 November 2024: Improvement Plan (exported 07/04/2025)"],
    [],
    ["Ref", "Requirement / area for improvement", "Action", "Responsible", "Target date",
     "Status", "Latest update"],
    ["R1.1",
     "Requirement 1: By 28 February 2025, the provider must ensure that people receive their "
     "medication safely and as prescribed.",
     "Review all medication administration records and 'as required' protocols.",
     "Service Manager", "December 2024", "Complete", "All MARs and protocols reviewed."],
    ["R1.2", "",
     "Deliver refresher medication training and competency assessments for all support workers.",
     "Training Coordinator", "January 2025", "Complete", "38 of 38 staff assessed as competent."],
    ["R1.3", "",
     "Introduce monthly medication audits, with findings reported to the Housing Support "
     "Manager.",
     "Service Manager", "Febuary 2025", "On track", "First two audits completed."],
    ["R2.1",
     "Requirement 2: By 31 March 2025, the provider must ensure that each person's personal "
     "plan reflects their current needs and outcomes.",
     "Review each personal plan with the person and their representatives.",
     "Senior Support Workers", "March 2025", "On track", "41 of 56 plans reviewed."],
    ["R2.2", "",
     "Audit a sample of ten personal plans each month for quality and risk assessments.",
     "Housing Support Manager", "June 2025", "Not started", ""],
    ["AFI1.1",
     "Area for improvement 1: Staff supervision should take place in line with the provider's "
     "policy.",
     "Set up a supervision schedule and tracker for all staff.",
     "Housing Support Manager", "January 2025", "Complete", "Tracker in place."],
    ["AFI2.1",
     "Area for improvement 2: The provider should improve how families are kept informed of "
     "changes to support.",
     "Agree each person's communication preferences and record them in the personal plan.",
     "Senior Support Workers", "April 2025", "On track", ""],
    ["AFI2.2", "",
     "Send a quarterly newsletter to tenants and families.",
     "Scheme Manager", "May 2025", "Not started", ""],
]


def make_hanover():
    path = out("zo-hanover-scotland-lothian-housing-support-care-inspectorate-improvement-plan"
               "-typo-month-refuse.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in HANOVER_ROWS:
            w.writerow(row)


# ============================================================ 7. HIW dental txt
HIW_LINES = [
    "Appendix C – Improvement plan",
    "Service:\tCastle Dental Care, Pembroke Dock",
    "Date of inspection:\t14 January 2025",
    "",
    "The table below includes any other improvements identified during the inspection where we "
    "require the service to complete an improvement plan telling us about the actions they are "
    "taking to address these areas.",
    "",
    "Improvement needed\tStandard / Regulation\tService action\tResponsible officer\tTimescale",
    "Quality of the patient experience",
    "The registered manager must ensure that a current price list for private treatment is "
    "displayed in the reception and waiting area.\tRegulation 8(1)(h); Health and Care Quality "
    "Standards – Effective\tUpdated private fee list printed and displayed in reception and the "
    "waiting room, and added to the practice website.\tFfion Jenkins\t28/02/2025",
    "The registered manager must ensure that the complaints procedure gives the correct contact "
    "details for HIW and the Public Services Ombudsman for Wales.\tRegulation 21\tComplaints "
    "procedure reviewed and amended with the correct HIW and PSOW details.\tFfion Jenkins\t"
    "31/01/2025",
    "\t\tBilingual patient information leaflet reprinted with the updated complaints details."
    "\tFfion Jenkins\t31 March 2025",
    "Delivery of safe and effective care",
    "The registered manager must ensure that emergency drugs and equipment are checked weekly "
    "in line with Resuscitation Council (UK) guidance and that the checks are recorded."
    "\tRegulation 31(3)(b)\tWeekly emergency drugs and equipment checklist introduced; nominated "
    "dental nurse to complete it each Monday.\tRhys Morgan / Ffion Jenkins\tImmediate",
    "\t\tExpired oropharyngeal airways and adrenaline replaced.\tRhys Morgan\t20/01/2025",
    "The registered manager must ensure that a critical examination report is available for the "
    "replacement intra-oral X-ray unit in Surgery 2.\tIRR 2017; IR(ME)R 2017\tCritical "
    "examination of the new intra-oral X-ray unit booked with the radiation protection adviser."
    "\tRhys Morgan\tEnd of April 2025",
    "The registered manager must ensure that the WHTM 01-05 decontamination audit is completed "
    "annually and an action plan is produced.\tWHTM 01-05; Regulation 13(6)\tWHTM 01-05 audit "
    "to be completed and an action plan agreed with the decontamination lead.\tLead Dental Nurse"
    "\tBy 31/03/2025",
    "Quality of management and leadership",
    "The registered manager must ensure that all staff complete safeguarding training at the "
    "appropriate level.\tRegulation 17(3)(a)\tAll clinical staff to complete Level 2 "
    "safeguarding training through the HEIW e-learning platform, with certificates kept on "
    "staff files.\tPractice Manager\t30 April 2025",
    "The registered provider must ensure that regular staff meetings are held and minuted."
    "\tRegulation 16(1)(a); Health and Care Quality Standards – Leadership\tMonthly staff "
    "meetings scheduled for the second Thursday of each month, with minutes shared with all "
    "staff.\tFfion Jenkins\tOngoing",
    "The registered provider must complete the report on the quality of services required by "
    "Regulation 23.\tRegulation 23\tRegulation 23 quality of services report to be completed "
    "and a copy sent to HIW.\tRhys Morgan\tJune 2025",
    "",
    "Service representative",
    "Name (print):\tRhys Morgan",
    "Job role:\tPractice Principal",
    "Date:\t21 February 2025",
]


def make_hiw():
    path = out("zo-castle-dental-care-pembroke-dock-hiw-inspection-improvement-plan.txt")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(HIW_LINES) + "\n")


if __name__ == "__main__":
    make_ysgol()
    make_rqia()
    make_cmal()
    make_translink()
    make_fife()
    make_hanover()
    make_hiw()
    print("built 7 files")
