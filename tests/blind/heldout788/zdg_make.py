#!/usr/bin/env python3
"""Build the seven zdg- blind test files (set heldout788).

Run with /work/main/.venv/bin/python zdg_make.py  (needs openpyxl, python-docx).
Each data structure below holds the cell text as written in the file; the
trailing dict on each action row holds how a person reads it (lead list, end
month, status), from which the .expected.yaml files were written.
"""
import csv
import datetime as dt
import io
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE, GREEN, AMBER, RED = "0070C0", "00B050", "FFC000", "FF0000"
FILL = {"blue": BLUE, "green": GREEN, "amber": AMBER, "red": RED}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex6):
    return PatternFill("solid", start_color=hex6, end_color=hex6)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Lincolnshire Fire & Rescue - Grenfell Tower Inquiry Phase 2 tracker (xlsx)
# ---------------------------------------------------------------------------
LFR_NAME = "zdg-lincolnshire-fire-rescue-grenfell-tower-inquiry-phase-2-recommendations-tracker.xlsx"
LFR_TITLE = "Grenfell Tower Inquiry Phase 2 Report – Recommendations Tracker"
LFR_THEME1 = "THEME 1: RISK INFORMATION AND BUILDING KNOWLEDGE"
LFR_THEME2 = "THEME 2: FIRE CONTROL, COMMUNICATIONS AND EQUIPMENT"
LFR_R1 = ("Recommendation R1: Fire and rescue services should ensure that the information they gather "
          "about high-rise and complex buildings under section 7(2)(d) of the Fire and Rescue Services "
          "Act 2004 is accurate, current and available to crews at the scene.")
LFR_R2 = ("Recommendation R2: Fire and rescue services should train incident commanders to understand how "
          "the construction of external walls affects fire spread, and to recognise when a change of "
          "tactics, including a change of evacuation strategy, is required.")
LFR_R3 = ("Recommendation R3: Fire and rescue services should ensure that control room staff can handle "
          "multiple fire survival guidance calls and that information from those calls is passed "
          "promptly to the incident ground.")
LFR_R4 = ("Recommendation R4: Fire and rescue services should review their communications equipment and "
          "procedures so that incident commanders, crews and control can communicate reliably in "
          "high-rise buildings.")

# ref, action, lead, original, revised, prev RAG letter, current RAG fill, progress, exp
LFR_ROWS = [
    ("theme", LFR_THEME1),
    ("rec", LFR_R1),
    ("act", "1.1",
     "Complete a review of all section 7(2)(d) risk visit records for buildings over 11 metres and update "
     "the Site-Specific Risk Information (SSRI) held on the appliance mobile data terminals.",
     "Area Manager – Protection", d(2025, 3, 31), d(2025, 9, 30), "A", "blue",
     "Review of 212 premises complete. All SSRI uploaded to MDTs 19/09/2025. Recommend closure.",
     dict(lead=["Area Manager – Protection"], end="2025-09", status="blue")),
    ("act", "1.2",
     "Introduce a quarterly quality assurance sample of 10% of SSRI records, reported to the Service "
     "Delivery Board.",
     "Group Manager – Risk Reduction", d(2025, 12, 31), None, "G", "green",
     "First two quarterly samples completed (Q1 and Q2). Q3 sample scheduled for December.",
     dict(lead=["Group Manager – Risk Reduction"], end="2025-12", status="green")),
    ("rec", LFR_R2),
    ("act", "2.1",
     "Deliver the NFCC external wall systems awareness package to all Flexi Duty System officers and "
     "Watch Managers.",
     "Station Manager (Training Centre)", d(2025, 6, 30), d(2026, 1, 31), "A", "amber",
     "71% of FDS officers and 58% of Watch Managers trained. Delay due to instructor availability; "
     "additional courses booked for January.",
     dict(lead=["Station Manager (Training Centre)"], end="2026-01", status="amber")),
    ("act", "2.2",
     "Build a 'change of evacuation strategy' decision point into the high-rise incident command "
     "exercise programme and test it at two multi-agency exercises each year.",
     "Area Manager – Response / Head of Organisational Learning", d(2026, 3, 31), None, "G", "green",
     "Exercise Tall Order (Lincoln, 8 October 2025) tested the decision point with EMAS and "
     "Lincolnshire Police. Second exercise planned for February 2026.",
     dict(lead=["Area Manager – Response", "Head of Organisational Learning"], end="2026-03",
          status="green")),
    ("theme", LFR_THEME2),
    ("rec", LFR_R3),
    ("act", "3.1",
     "Implement the revised fire survival guidance (FSG) procedure and electronic FSG form in the Joint "
     "Fire Control mobilising system.",
     "Head of Fire Control", d(2025, 5, 31), None, "G", "blue",
     "Live from 12 May 2025. Closed at Service Delivery Board 3 June 2025.",
     dict(lead=["Head of Fire Control"], end="2025-05", status="blue")),
    ("act", "3.2",
     "Run multiple-FSG call scenarios with Joint Fire Control each quarter and record the learning on "
     "the operational learning database.",
     "Head of Fire Control", "Quarterly (ongoing)", None, "G", "green",
     "Q2 scenario run 24 September 2025 with Nottinghamshire FRS control.",
     dict(lead=["Head of Fire Control"], end=None, end_text="Quarterly (ongoing)", status="green")),
    ("rec", LFR_R4),
    ("act", "4.1",
     "Trial repeater equipment for breathing apparatus communications in high-rise premises and report "
     "the findings to the Operational Assurance Group.",
     "Group Manager – Operational Assurance", d(2025, 11, 30), d(2026, 3, 31), "A", "red",
     "Trial equipment not yet delivered by supplier; escalated to ACFO. Revised date proposed.",
     dict(lead=["Group Manager – Operational Assurance"], end="2026-03", status="red")),
    ("act", "4.2",
     "Procure replacement fireground radios in line with the outcome of the repeater trial.",
     "Head of Fleet & Equipment", "TBC – subject to trial outcome", None, None, None,
     "Not started – dependent on action 4.1.",
     dict(lead=["Head of Fleet & Equipment"], end=None, end_text="TBC – subject to trial outcome",
          status="unrated")),
]


def build_lfr(path):
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Lincolnshire Fire & Rescue"
    cov["A1"].font = Font(bold=True, size=14, color="C00000")
    cov["A2"] = LFR_TITLE
    cov["A2"].font = Font(bold=True, size=12)
    cov["A3"] = "OFFICIAL"
    rows = [("Document owner", "Assistant Chief Fire Officer – Service Delivery"),
            ("Version", "1.4"),
            ("Date", "28 November 2025"),
            ("Reporting to", "Public Protection and Communities Scrutiny Committee, 15 December 2025"),
            ("Review frequency", "Monthly (Grenfell Phase 2 Working Group)")]
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    for i, (k, v) in enumerate(rows, start=6):
        cov.cell(i, 1, k).font = Font(bold=True)
        cov.cell(i, 2, v)
        for c in (1, 2):
            cov.cell(i, c).border = BOX
    cov["A12"] = "Version history"
    cov["A12"].font = Font(bold=True)
    hist = [("Version", "Date", "Change"),
            ("1.0", "04/11/2024", "Initial gap analysis following publication of the Phase 2 report (4 September 2024)"),
            ("1.2", "10/04/2025", "Actions agreed by Strategic Leadership Team"),
            ("1.4", "28/11/2025", "Progress update and revised dates")]
    for i, r in enumerate(hist, start=13):
        for j, v in enumerate(r, start=1):
            c = cov.cell(i, j, v)
            c.border = BOX
            if i == 13:
                c.font = Font(bold=True)
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 60
    cov.column_dimensions["C"].width = 70

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "Lincolnshire Fire & Rescue"
    ws["A1"].font = Font(bold=True, color="C00000")
    ws["A2"] = LFR_TITLE
    ws["A2"].font = Font(bold=True, size=13)
    ws.merge_cells("A2:H2")
    ws["A3"] = "Progress position as at 28 November 2025"
    ws["A3"].font = Font(italic=True)
    heads = ["Ref", "Action", "Lead", "Original target date", "Revised target date",
             "Previous RAG (Aug 25)", "Current RAG", "Progress update"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BOX
    r = 6
    for row in LFR_ROWS:
        if row[0] == "theme":
            ws.cell(r, 1, row[1]).font = Font(bold=True, color="FFFFFF")
            ws.cell(r, 1).fill = fill("C00000")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        elif row[0] == "rec":
            ws.cell(r, 1, row[1]).font = Font(italic=True, bold=True)
            ws.cell(r, 1).fill = fill("D9E1F2")
            ws.cell(r, 1).alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.row_dimensions[r].height = 45
        else:
            _, ref, action, lead, orig, rev, prev, cur, prog, _exp = row
            vals = [ref, action, lead, orig, rev, prev, None, prog]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(r, j, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if prev:
                ws.cell(r, 6).fill = fill({"A": AMBER, "G": GREEN, "R": RED}[prev])
                ws.cell(r, 6).alignment = Alignment(horizontal="center", vertical="top")
            if cur:
                ws.cell(r, 7).fill = fill(FILL[cur])
            ws.row_dimensions[r].height = 60
        r += 1
    r += 1
    ws.cell(r, 1, "RAG summary (current)").font = Font(bold=True)
    summary = [("Complete", 2), ("Green", 3), ("Amber", 1), ("Red", 1), ("Not started", 1), ("Total", 8)]
    for k, v in summary:
        r += 1
        ws.cell(r, 1, k).border = BOX
        ws.cell(r, 2, v).border = BOX
        if k == "Total":
            ws.cell(r, 1).font = Font(bold=True)
            ws.cell(r, 2).font = Font(bold=True)
    r += 2
    ws.cell(r, 1, "Note: Revised target dates were agreed by the Grenfell Phase 2 Working Group on "
                  "14 October 2025. Current RAG is shown by cell colour – see the Key sheet.")
    widths = [8, 55, 30, 14, 14, 12, 10, 55]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(j)].width = w
    ws.freeze_panes = "A6"

    key = wb.create_sheet("Key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (col, txt) in enumerate([(BLUE, "Blue – action complete and evidence accepted"),
                                     (GREEN, "Green – on track to meet target date"),
                                     (AMBER, "Amber – some slippage, recoverable within revised date"),
                                     (RED, "Red – off track / target date will not be met"),
                                     (None, "No colour – not started")], start=2):
        if col:
            key.cell(i, 1).fill = fill(col)
        key.cell(i, 2, txt)
    key.column_dimensions["B"].width = 60
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Leicestershire Police - HMICFRS race disparity recommendations (csv)
# ---------------------------------------------------------------------------
LP_NAME = "zdg-leicestershire-police-hmicfrs-race-disparity-recommendations-tracker.csv"
LP_TITLE = ("HMICFRS Recommendations Register – Race and policing: race disparity in police "
            "criminal justice decision-making")
LP_REC1 = ("By 31 December 2023, chief constables should make sure their force records the "
           "self-defined ethnicity of people subject to arrest, voluntary attendance, community "
           "resolution, caution and charge decisions, and monitors the completeness of that data.")
LP_REC2 = ("By 31 March 2024, chief constables should put in place internal governance to scrutinise "
           "race disparity in criminal justice decision-making, and publish the data and the action "
           "they are taking.")
LP_REC3 = ("By 30 September 2024, chief constables should make sure that external scrutiny panels "
           "review samples of out-of-court resolutions and charging decisions, with a focus on race "
           "disparity.")
LP_HEAD = ["Rec ID", "Recommendation", "Action ID", "Action", "Action Owner", "Due Date",
           "Revised Due Date", "Status", "RAG", "Latest Update"]
LP_ROWS = [
    ("Rec 1", LP_REC1, "1.1",
     "Add a mandatory self-defined ethnicity (SDE) field to voluntary attendance and community "
     "resolution records in Niche.",
     "Head of Information Management", "31/12/2023", "31/03/2024", "Closed", "Blue",
     "Niche change RFC-2291 live 18/03/2024. Closure approved at Force Inspection Board 25/04/2024.",
     dict(lead=["Head of Information Management"], end="2024-03", status="blue")),
    ("Rec 1", LP_REC1, "1.2",
     "Produce a monthly data-quality report showing missing SDE by Local Policing Area and by "
     "decision type.",
     "Head of Performance & Insight", "31/01/2024", "", "Closed", "Blue",
     "Report in Qlik since January 2024; missing SDE down from 21% to 6%.",
     dict(lead=["Head of Performance & Insight"], end="2024-01", status="blue")),
    ("Rec 1", LP_REC1, "1.3",
     "Brief response and custody officers on why self-defined ethnicity must be recorded:\n"
     "- 5-minute briefing video on the intranet\n"
     "- custody sergeant refresher input",
     "Ch Insp Custody; Ch Insp Learning & Development", "29/02/2024", "31/01/2025", "Open", "Amber",
     "Video published. Custody refresher delayed by training abstractions; 4 of 7 sessions delivered.",
     dict(lead=["Ch Insp Custody", "Ch Insp Learning & Development"], end="2025-01", status="amber")),
    ("Rec 2", LP_REC2, "2.1",
     "Set up a Race Disparity Scrutiny Board, chaired by an Assistant Chief Constable, meeting "
     "quarterly with terms of reference agreed by Chief Officer Group.",
     "ACC Crime & Intelligence", "31/03/2024", "", "Closed", "Blue",
     "First meeting 12/03/2024. ToR approved COG 19/03/2024.",
     dict(lead=["ACC Crime & Intelligence"], end="2024-03", status="blue")),
    ("Rec 2", LP_REC2, "2.2",
     "Publish a quarterly criminal justice disparity dashboard (arrest, VA, OOCR, charge) on the "
     "force website.",
     "Head of Performance & Insight / Head of Corporate Communications", "30/06/2024", "31/03/2025",
     "Open", "Amber",
     "Dashboard built; awaiting DPIA sign-off before publication.",
     dict(lead=["Head of Performance & Insight", "Head of Corporate Communications"], end="2025-03",
          status="amber")),
    ("Rec 3", LP_REC3, "3.1",
     "Extend the remit of the Out of Court Resolutions Scrutiny Panel to include a race disparity "
     "dip-sample of 20 cases each quarter.",
     "Supt Justice Services", "31/12/2024", "", "Open", "Green",
     "Revised terms of reference agreed with panel chair; first themed sample at December panel.",
     dict(lead=["Supt Justice Services"], end="2024-12", status="green")),
    ("Rec 3", LP_REC3, "3.2",
     "Agree terms of reference with the Independent Advisory Group for an external review of "
     "charging decisions involving Black and Asian suspects.",
     "Head of Equality, Diversity & Inclusion", "TBC", "", "Not started", "",
     "Awaiting outcome of 3.1 first sample.",
     dict(lead=["Head of Equality, Diversity & Inclusion"], end=None, end_text="TBC", status="unrated")),
]


def build_lp(path):
    n = len(LP_HEAD)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([LP_TITLE] + [""] * (n - 1))
    w.writerow(["Force: Leicestershire Police", "Extract date: 04/12/2024",
                "Report published: 25/08/2023"] + [""] * (n - 3))
    w.writerow([""] * n)
    w.writerow(LP_HEAD)
    for row in LP_ROWS:
        w.writerow(list(row[:10]))
    w.writerow([""] * n)
    w.writerow(["Total actions", "7"] + [""] * (n - 2))
    w.writerow(["Closed", "3"] + [""] * (n - 2))
    w.writerow(["Open", "4"] + [""] * (n - 2))
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# helpers for Word
# ---------------------------------------------------------------------------
def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, italic=False, size=9):
    """Write text into a cell; '\n' starts a new paragraph in the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.italic = italic
        run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 3. HMP Maidstone - HMIP inspection action plan (docx)
# ---------------------------------------------------------------------------
MD_NAME = "zdg-hmp-maidstone-hmip-inspection-action-plan.docx"
MD_TITLE = "Action Plan: HMP Maidstone"
MD_C1 = ("Leaders had not done enough to identify and respond to the particular vulnerabilities of "
         "foreign national prisoners, many of whom were anxious about their immigration status and "
         "had little access to immigration advice.")
MD_C2 = ("The provision of education, skills and work was inadequate. The curriculum did not meet the "
         "needs of the population, there was no English teacher and there was no strategy to teach "
         "prisoners to read.")
MD_C3 = ("Prisoners who had completed their sentences were held under immigration powers for too long, "
         "and decisions on their cases were slow.")
MD_C4 = "Some cells on the older wings were dark, damp and poorly ventilated."
MD_SECTIONS = [
    ("PRIORITY CONCERNS", [
        ("1", MD_C1, "Agreed", [
            ("1.1", "Appoint a Foreign National Prisoner (FNP) Lead to co-ordinate work with Home Office "
                    "Immigration Enforcement and the prison's equality team.",
             "Governor", "31 March 2023",
             dict(lead=["Governor"], end="2023-03", status="unrated")),
            ("1.2", "Introduce a monthly FNP forum, with interpreters, so that prisoners can raise "
                    "immigration and deportation concerns directly with the on-site Home Office team.",
             "Head of Residence / FNP Lead", "30/04/2023",
             dict(lead=["Head of Residence", "FNP Lead"], end="2023-04", status="unrated")),
            ("1.3", "Deliver FNP awareness training, including the impact of immigration uncertainty on "
                    "the risk of self-harm, to all residential staff.",
             "Head of Safety", "Q2 2023/24",
             dict(lead=["Head of Safety"], end="2023-09", status="unrated")),
        ]),
        ("2", MD_C2, "Agreed", [
            ("2.1", "Recruit an English/ESOL teacher and restore English classes at all levels, from "
                    "entry level to level 2.",
             "Head of Education, Skills and Work", "June 2023",
             dict(lead=["Head of Education, Skills and Work"], end="2023-06", status="unrated")),
            ("2.2", "Implement a prison-wide reading strategy, with reading screening at induction and "
                    "Shannon Trust reading mentors on every wing.",
             "Head of Education, Skills and Work; Education Provider Manager", "30 September 2023",
             dict(lead=["Head of Education, Skills and Work", "Education Provider Manager"],
                  end="2023-09", status="unrated")),
        ]),
    ]),
    ("KEY CONCERNS", [
        ("3", MD_C3, "Partly Agreed", [
            ("3.1", "Send the Home Office a weekly list of prisoners within 12 weeks of their release date "
                    "whose immigration decision is outstanding, and escalate delayed cases through the "
                    "HMPPS/Home Office case progression meeting.",
             "Head of Reducing Reoffending", "Ongoing",
             dict(lead=["Head of Reducing Reoffending"], end=None, end_text="Ongoing", status="unrated")),
        ]),
        ("4", MD_C4, "Agreed", [
            ("4.1", "Complete a condition survey of all cells on the two Victorian wings and submit a bid "
                    "for ventilation and window works.",
             "Head of Operations / FM Contract Manager", "31 May 2023",
             dict(lead=["Head of Operations", "FM Contract Manager"], end="2023-05", status="unrated")),
            ("4.2", "Fit extractor fans to the cells identified as the highest priority in the survey.",
             "FM Contract Manager", "March 2024",
             dict(lead=["FM Contract Manager"], end="2024-03", status="unrated")),
        ]),
    ]),
]


def build_md(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    h = doc.add_paragraph()
    run = h.add_run(MD_TITLE)
    run.bold = True
    run.font.size = Pt(16)
    for line in ["A Response to the HMIP Inspection: 26 September – 7 October 2022",
                 "Report Published: 17 January 2023",
                 "Action Plan Submitted: 14 February 2023"]:
        p = doc.add_paragraph()
        p.add_run(line).bold = True
    p = doc.add_paragraph()
    p.add_run("INTRODUCTION").bold = True
    doc.add_paragraph(
        "HM Inspectorate of Prisons (HMIP) is an independent inspectorate which reports on the treatment "
        "of and conditions for prisoners. Following each inspection HMPPS is required to produce an action "
        "plan setting out whether each concern is agreed, partly agreed or not agreed and, where it is "
        "agreed, the specific steps that will be taken, with an owner and a target date for each step. "
        "Progress against this plan will be reviewed by HMIP at the next independent review of progress.")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, txt in zip(t.rows[0].cells, ["Term", "Definition", "Additional comment"]):
        set_cell(c, txt, bold=True)
        shade(c, "D9D9D9")
    for term, defn, comm in [
        ("Agreed", "All of the concern is agreed with, can be addressed and is affordable.",
         "Actions should be specific and time-bound so that progress can be tracked."),
        ("Partly Agreed", "Only part of the concern is agreed with or can be addressed.",
         "The response must state clearly which part will be addressed and why the rest will not."),
        ("Not Agreed", "The concern is not agreed with and no action will be taken.",
         "The response must explain the reason the concern is not agreed.")]:
        cells = t.add_row().cells
        set_cell(cells[0], term, bold=True)
        set_cell(cells[1], defn)
        set_cell(cells[2], comm)
    doc.add_paragraph()
    for sec, concerns in MD_SECTIONS:
        p = doc.add_paragraph()
        r = p.add_run(sec)
        r.bold = True
        r.font.size = Pt(12)
        t = doc.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for c, txt in zip(t.rows[0].cells, ["No.", "Concern / Action",
                                            "Agreed / Partly Agreed / Not Agreed",
                                            "Responsible Owner", "Target Date"]):
            set_cell(c, txt, bold=True)
            shade(c, "1F3864")
            for run in c.paragraphs[0].runs:
                run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        for num, text, resp, acts in concerns:
            cells = t.add_row().cells
            set_cell(cells[0], num, bold=True)
            set_cell(cells[1], text, bold=True)
            set_cell(cells[2], resp, bold=True)
            for c in cells:
                shade(c, "DEEAF6")
            for ref, action, owner, date, _exp in acts:
                cells = t.add_row().cells
                set_cell(cells[0], ref)
                set_cell(cells[1], action)
                set_cell(cells[3], owner)
                set_cell(cells[4], date)
        doc.add_paragraph()
    t = doc.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    set_cell(t.cell(0, 0), "Signed off by", bold=True)
    set_cell(t.cell(0, 1), "Governor, HMP Maidstone")
    set_cell(t.cell(1, 0), "Date", bold=True)
    set_cell(t.cell(1, 1), "14/02/2023")
    doc.save(path)


# ---------------------------------------------------------------------------
# 4. Croydon College - Ofsted post-inspection action plan (xlsx)
# ---------------------------------------------------------------------------
CC_NAME = "zdg-croydon-college-ofsted-post-inspection-action-plan.xlsx"
CC_TITLE = "Croydon College – Ofsted Post-Inspection Action Plan 2023–24"
CC_T1 = "Behaviour and attitudes (Inadequate)"
CC_T2 = "Personal development (Requires improvement)"
CC_T3 = "Quality of education (Requires improvement)"
CC_T4 = "Leadership and management (Inadequate)"
CC_A1 = ("Leaders must eradicate inappropriate behaviour. They should ensure that learners understand "
         "appropriate forms of conduct and behaviour, including respect for each other and how to "
         "conduct themselves in lessons.")
CC_A2 = ("Leaders must improve the culture across the college, particularly at Coulsdon, so that "
         "learners feel comfortable when on campus.")
CC_A3 = ("Leaders must ensure that tutors teach learners and apprentices about the risks associated "
         "with radicalisation and extremism.")
CC_A4 = "Leaders must improve learners' attendance and punctuality to lessons, particularly at Coulsdon."
CC_A5 = "Leaders should ensure that learners have the knowledge they need to succeed in their external examinations."
CC_A6 = ("Leaders must ensure that staff are suitably skilled and trained to manage behaviour and to "
         "challenge inappropriate language.")
# groups: (theme, [(afi no, afi text, [actions...])])
# action: ref, action, lead, target, impact, progress, rag word, exp
CC_GROUPS = [
    (CC_T1, [
        ("1", CC_A1, [
            ("1a", "Relaunch the Student Code of Conduct through induction and tutorials, with a clear "
                   "zero-tolerance statement on homophobic, sexist and racist language.",
             "Director of Student Services", "Sept 2023",
             "All learners complete Code of Conduct tutorial by October half-term.",
             "Relaunched at enrolment; 96% of learners completed tutorial.", "Complete",
             dict(lead=["Director of Student Services"], end="2023-09", status="blue")),
            ("1b", "Increase staff presence in social and communal spaces at Coulsdon at break and "
                   "lunchtime, with a visible duty rota and radios.",
             "Head of Coulsdon Campus", "Autumn term 2023",
             "Reduction in behaviour incidents in communal areas.",
             "Duty rota in place since 4 September; incidents in communal areas down 40% on autumn 2022.",
             "Complete",
             dict(lead=["Head of Coulsdon Campus"], end="2023-12", status="blue")),
            ("1c", "Record all behaviour incidents on ProMonitor and report trends, including by "
                   "protected characteristic, to SLT each month.",
             "SH, DK", d(2023, 12, 31),
             "Monthly behaviour report considered by SLT; actions minuted.",
             "Reports to SLT since October. Protected characteristic analysis added in January.", "Green",
             dict(lead=["SH", "DK"], end="2023-12", status="green")),
        ]),
        ("2", CC_A2, [
            ("2a", "Run a learner voice survey each term on feeling safe and respected, and publish "
                   "'you said, we did' responses to students.",
             "Student Engagement Manager", "Termly",
             "Learners who feel safe and respected on campus rises to 90%.",
             "Autumn survey: 84% (Coulsdon 79%). Spring survey opens 5 February.", "Green",
             dict(lead=["Student Engagement Manager"], end=None, end_text="Termly", status="green")),
        ]),
    ]),
    (CC_T2, [
        ("3", CC_A3, [
            ("3a", "Rewrite the tutorial curriculum so that Prevent, radicalisation and extremism are "
                   "taught every term, using local risk information from the Croydon Prevent "
                   "co-ordinator.",
             "Designated Safeguarding Lead", "Dec-23",
             "Learners can explain the local risks of radicalisation when asked on learning walks.",
             "Autumn sessions delivered; spring and summer sessions still being written.", "Amber",
             dict(lead=["Designated Safeguarding Lead"], end="2023-12", status="amber")),
            ("3b", "Train all tutors and apprenticeship skills coaches to deliver the Prevent content "
                   "and quality assure sessions through learning walks.",
             "Head of Teaching, Learning & Assessment", "Spring term 2024",
             "100% of tutors and skills coaches trained; learning walks show confident delivery.",
             "Only 55% trained – two sessions cancelled. Additional dates needed urgently.", "Red",
             dict(lead=["Head of Teaching, Learning & Assessment"], end="2024-03", status="red")),
        ]),
    ]),
    (CC_T3, [
        ("4", CC_A4, [
            ("4a", "Introduce same-day absence calls and a staged attendance intervention process\n"
                   "(tutor – curriculum manager – parent/carer meeting).",
             "Head of Coulsdon Campus / Attendance Officer", d(2023, 10, 31),
             "Process in place at both campuses; all stages logged on ProMonitor.",
             "In place at both campuses from 2 October.", "Complete",
             dict(lead=["Head of Coulsdon Campus", "Attendance Officer"], end="2023-10", status="blue")),
            ("4b", "Set an attendance target of 90% for every course and review it weekly at curriculum "
                   "performance meetings.",
             "Vice Principal Curriculum & Quality", "Summer term 2024",
             "Overall attendance of 16–18 learners at 90% or above.",
             "Attendance 87% (Croydon 89%, Coulsdon 84%), up from 81% last year.", "Amber",
             dict(lead=["Vice Principal Curriculum & Quality"], end="2024-07", status="amber")),
        ]),
        ("5", CC_A5, [
            ("5a", "Introduce mock examinations and targeted revision sessions for all A-level and GCSE "
                   "resit learners.",
             "Head of A Level", "Jan 2024 – May 2024",
             "Predicted high grades in line with targets; GCSE resit grade 4+ rates improve.",
             "Mocks sat in January; revision timetable published.", "Green",
             dict(lead=["Head of A Level"], end="2024-05", status="green")),
        ]),
    ]),
    (CC_T4, [
        ("6", CC_A6, [
            ("6a", "Deliver mandatory training on managing behaviour and challenging discriminatory "
                   "language to all teaching and support staff, with completion tracked on the CPD system.",
             "Head of HR & OD / Head of Teaching, Learning & Assessment", "Dec 2023",
             "100% of staff complete training; learning walks show staff challenging poor language.",
             "98% completed (new starters booked). Learning walks confirm staff challenge consistently.",
             "Complete",
             dict(lead=["Head of HR & OD", "Head of Teaching, Learning & Assessment"], end="2023-12",
                  status="blue")),
        ]),
    ]),
]
CC_RAGFILL = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}


def build_cc(path):
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Croydon College"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = CC_TITLE
    cov["A2"].font = Font(bold=True, size=12)
    cov["A3"] = "Croydon College and Coulsdon Sixth Form College"
    info = [("Inspection", "Full inspection, February 2023 – overall effectiveness: Inadequate"),
            ("Report published", "19 May 2023"),
            ("Plan approved by Corporation", "11 July 2023"),
            ("Plan owner", "Vice Principal Curriculum & Quality"),
            ("Monitoring", "Quality & Standards Committee (each meeting); FE Commissioner stocktake"),
            ("Version", "3 – progress update 31 January 2024")]
    for i, (k, v) in enumerate(info, start=5):
        cov.cell(i, 1, k).font = Font(bold=True)
        cov.cell(i, 2, v)
        cov.cell(i, 1).border = BOX
        cov.cell(i, 2).border = BOX
    cov.column_dimensions["A"].width = 30
    cov.column_dimensions["B"].width = 80

    ws = wb.create_sheet("PIAP")
    ws["A1"] = CC_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Progress update: 31 January 2024 (for Quality & Standards Committee, 27 February 2024)"
    ws["A2"].font = Font(italic=True)
    heads = ["AFI", "What the college needs to do to improve (Ofsted report, May 2023)", "Ref", "Action",
             "Lead(s)", "Target date", "Measure of impact", "Progress at 31 January 2024", "RAG"]
    for j, hd in enumerate(heads, start=1):
        c = ws.cell(4, j, hd)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for theme, afis in CC_GROUPS:
        ws.cell(r, 1, theme).font = Font(bold=True)
        ws.cell(r, 1).fill = fill("E4DFEC")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for no, text, acts in afis:
            first = r
            for ref, action, lead, target, impact, prog, rag, _exp in acts:
                vals = [None, None, ref, action, lead, target, impact, prog, rag]
                for j, v in enumerate(vals, start=1):
                    c = ws.cell(r, j, v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                ws.cell(r, 9).fill = fill(CC_RAGFILL[rag])
                if rag in ("Complete", "Red"):
                    ws.cell(r, 9).font = Font(color="FFFFFF", bold=True)
                ws.row_dimensions[r].height = 62
                r += 1
            ws.cell(first, 1, no).alignment = Alignment(horizontal="center", vertical="top")
            ws.cell(first, 2, text).alignment = WRAP
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "RAG summary").font = Font(bold=True)
    for k, v in [("Complete", 4), ("Green", 3), ("Amber", 2), ("Red", 1), ("Total actions", 10)]:
        r += 1
        ws.cell(r, 2, k).border = BOX
        ws.cell(r, 3, v).border = BOX
    widths = [6, 42, 6, 50, 28, 14, 38, 44, 11]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(j)].width = w
    ws.freeze_panes = "A5"

    key = wb.create_sheet("RAG Key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (word, txt) in enumerate([("Complete", "Action complete – impact being monitored"),
                                      ("Green", "On track"),
                                      ("Amber", "Some slippage – mitigation in place"),
                                      ("Red", "Off track – escalate to SLT")], start=2):
        key.cell(i, 1, word).fill = fill(CC_RAGFILL[word])
        key.cell(i, 2, txt)
    key.column_dimensions["B"].width = 50
    wb.save(path)


# ---------------------------------------------------------------------------
# 5. St Peter's School, York - ISI inspection action plan (docx)
# ---------------------------------------------------------------------------
SP_NAME = "zdg-st-peters-school-york-isi-inspection-action-plan.docx"
SP_TITLE = "St Peter's School, York – ISI Inspection Action Plan 2024–25"
SP_S1 = "1. Leadership and management, and governance"
SP_S2 = "2. Quality of education, training and recreation"
SP_S3 = "3. Pupils' physical and mental health and emotional wellbeing"
SP_S4 = "4. Pupils' social and economic education and contribution to society"
SP_S5 = "5. Safeguarding"
SP_N1 = ("Leaders should ensure that the systems for evaluating the impact of the school's improvement "
         "priorities draw more consistently on pupils' views.")
SP_N2 = ("Leaders should ensure that teaching in the lower school consistently provides sufficient "
         "challenge for the most able pupils.")
SP_N3 = ("Leaders should ensure that boarding staff record and follow up pupils' concerns consistently "
         "across all boarding houses.")
# section -> (next step, [(action, lead, timescale, success, status letter, exp)])
SP_SECTIONS = [
    (SP_S1, SP_N1, [
        ("Introduce termly pupil voice surveys (Years 9–13) aligned to each whole-school priority.\n"
         "Report the results to SLT and to the Education & Pastoral Committee each term.",
         "Deputy Head (Academic)", "By end of February 2025",
         "Survey results referenced in SLT and governor minutes each term.", "B",
         dict(lead=["Deputy Head (Academic)"], end="2025-02", status="blue")),
        ("Add a pupil-perspective section to every department's self-evaluation and development plan "
         "template.",
         "JW & RT", "Summer term 2025",
         "All departmental plans for 2025–26 include pupil evidence.", "G",
         dict(lead=["JW", "RT"], end="2025-07", status="green")),
    ]),
    (SP_S2, SP_N2, [
        ("Identify the most able pupils in Years 7 and 8 using CAT4 and prior attainment data, and "
         "share pupil profiles with all teachers.",
         "Head of Lower School", "January 2025",
         "Profiles on iSAMS for all identified pupils; teachers can name them.", "B",
         dict(lead=["Head of Lower School"], end="2025-01", status="blue")),
        ("Run a programme of CPD and peer observation on stretch and challenge, with learning walks "
         "focused on the most able.",
         "Director of Teaching and Learning", "Michaelmas term 2025",
         "Learning walks show challenge for the most able in at least 90% of lessons seen.", "G",
         dict(lead=["Director of Teaching and Learning"], end="2025-12", status="green")),
        ("Review homework and enrichment tasks in Years 7 and 8 so that they include extension work for "
         "the most able.",
         "Heads of Department", "Ongoing",
         "Work scrutiny shows extension tasks set and completed.", "A",
         dict(lead=["Heads of Department"], end=None, end_text="Ongoing", status="amber")),
    ]),
    (SP_S3, SP_N3, [
        ("Move all boarding houses to the single electronic pastoral recording system (CPOMS) and "
         "withdraw paper logs.",
         "Deputy Head (Pastoral) / Designated Safeguarding Lead", "31/01/2025",
         "All houses recording on CPOMS; no paper logs in use.", "B",
         dict(lead=["Deputy Head (Pastoral)", "Designated Safeguarding Lead"], end="2025-01",
              status="blue")),
        ("Train house staff and gap-year assistants in recording and escalating pupils' concerns, and "
         "audit a sample of records each term.",
         "Head of Boarding", "April 2025",
         "Audit finds concerns recorded and followed up consistently in every house.", "A",
         dict(lead=["Head of Boarding"], end="2025-04", status="amber")),
    ]),
]


def build_sp(path):
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(SP_TITLE, level=1)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Inspection", "ISI routine inspection, 5–7 November 2024 (September 2023 framework)"),
                 ("Report published", "13 December 2024"),
                 ("Plan owner", "Head Master"),
                 ("Monitored by", "Education & Pastoral Committee of the Board of Governors"),
                 ("Version / date", "v2 – 10 March 2025")]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        shade(cells[0], "F2F2F2")
        set_cell(cells[1], v)
    doc.add_paragraph()
    doc.add_paragraph("All Independent School Standards and the National Minimum Standards for Boarding "
                      "Schools were judged to be met. The actions below respond to the recommended next "
                      "steps in the report.")
    doc.add_paragraph("Status key: B = complete; G = on track; A = some slippage, action in hand; "
                      "R = off track.")
    for sec, step, acts in SP_SECTIONS:
        doc.add_heading(sec, level=2)
        t = doc.add_table(rows=2, cols=5)
        t.style = "Table Grid"
        set_cell(t.cell(0, 0), "Recommended next step", bold=True)
        shade(t.cell(0, 0), "8B1A1A")
        for run in t.cell(0, 0).paragraphs[0].runs:
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        m = t.cell(0, 1).merge(t.cell(0, 4))
        set_cell(m, step, italic=True)
        for c, txt in zip(t.rows[1].cells, ["Action", "Lead", "Timescale", "Success criteria", "Status"]):
            set_cell(c, txt, bold=True)
            shade(c, "D9D9D9")
        for action, lead, when, crit, status, _exp in acts:
            cells = t.add_row().cells
            set_cell(cells[0], action)
            set_cell(cells[1], lead)
            set_cell(cells[2], when)
            set_cell(cells[3], crit)
            set_cell(cells[4], status, bold=True)
            shade(cells[4], {"B": "9DC3E6", "G": "A9D08E", "A": "FFD966", "R": "F4B084"}[status])
        doc.add_paragraph()
    doc.add_heading(SP_S4, level=2)
    doc.add_paragraph("No recommended next steps in this area.")
    doc.add_heading(SP_S5, level=2)
    doc.add_paragraph("Safeguarding standards met; no recommended next steps. Actions from the annual "
                      "safeguarding review are held in the separate Safeguarding Development Plan.")
    doc.add_paragraph("Approved by the Board of Governors: 18 March 2025")
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. Gwernyfed High School - Estyn post-inspection action plan (txt)
# ---------------------------------------------------------------------------
GW_NAME = "zdg-gwernyfed-high-school-estyn-post-inspection-action-plan.txt"
GW_TITLE = "Gwernyfed High School – Post-Inspection Action Plan (Special Measures)"
GW_R1 = ("R1: Strengthen leadership at all levels so that leaders are held to account for improving "
         "teaching and pupils' progress")
GW_R2 = "R2: Improve the quality of teaching and assessment so that it challenges pupils of all abilities"
GW_R3 = "R3: Improve attendance, particularly of pupils eligible for free school meals"
GW_R4 = ("R4: Strengthen self-evaluation and improvement planning so that they focus on the impact on "
         "pupils' standards")
GW_R5 = "R5: Address the site security and health and safety issues identified during the inspection"
# rec -> [(ref, action, lead, timescale, success, rag, progress, continuation, exp)]
GW_RECS = [
    (GW_R1, [
        ("1.1", "Revise the senior and middle leadership structure, with clear line-management "
                "responsibilities and updated job descriptions",
         "Headteacher / Chair of Governors", "By 31 March 2023",
         "Structure approved by governors; all leaders have agreed job descriptions", "✓",
         "Approved at FGB 16/03/2023", None,
         dict(lead=["Headteacher", "Chair of Governors"], end="2023-03", status="blue")),
        ("1.2", "Hold half-termly line-management meetings using a common agenda focused on pupils' "
                "progress",
         "Deputy Headteacher", "Half-termly",
         "Minutes show leaders challenged on progress data", "G",
         "Meetings in place since January", None,
         dict(lead=["Deputy Headteacher"], end=None, end_text="Half-termly", status="green")),
    ]),
    (GW_R2, [
        ("2.1", "Deliver a whole-school professional learning programme on planning for challenge and "
                "questioning, supported by the Powys and Ceredigion school improvement partnership",
         "Assistant Headteacher (Teaching and Learning)", "Spring and summer terms 2023",
         "Lesson observations show most teaching is at least good", "G",
         "Sessions 1-4 delivered",
         "(Estyn monitoring visit, May 2023, noted early signs of improvement)",
         dict(lead=["Assistant Headteacher (Teaching and Learning)"], end="2023-07", status="green")),
        ("2.2", "Carry out termly lesson observations and book scrutiny, moderated with the local "
                "authority link adviser",
         "SLT / LA link adviser", "Termly",
         "Moderated judgements agree with LA adviser", "A",
         "Spring book scrutiny delayed to after Easter", None,
         dict(lead=["SLT", "LA link adviser"], end=None, end_text="Termly", status="amber")),
    ]),
    (GW_R3, [
        ("3.1", "Appoint an attendance officer and introduce first-day absence calls",
         "Business Manager", "April 2023",
         "First-day calls made for all absences", "✓",
         "Attendance officer started 17/04/2023", None,
         dict(lead=["Business Manager"], end="2023-04", status="blue")),
        ("3.2", "Work with the Education Welfare Service to agree individual attendance plans for all "
                "pupils whose attendance is below 85%",
         "Head of Wellbeing; Education Welfare Officer", "Summer term 2023",
         "Attendance of eFSM pupils improves by 3 percentage points", "A",
         "Plans agreed for 41 of 63 pupils", None,
         dict(lead=["Head of Wellbeing", "Education Welfare Officer"], end="2023-07", status="amber")),
    ]),
    (GW_R4, [
        ("4.1", "Rewrite the self-evaluation calendar so that every evaluation activity is linked to a "
                "PIAP recommendation",
         "Deputy Headteacher", "Sept 2023",
         "Calendar in place for 2023-24", "R",
         "Not started - staffing absence", None,
         dict(lead=["Deputy Headteacher"], end="2023-09", status="red")),
        ("4.2", "Provide termly training for governors and appoint a link governor for each "
                "recommendation",
         "Chair of Governors / Powys Governor Support", "Autumn term 2023",
         "Link governors report on their recommendation at each FGB", "G",
         "Link governors appointed; training booked", None,
         dict(lead=["Chair of Governors", "Powys Governor Support"], end="2023-12", status="green")),
    ]),
    (GW_R5, [
        ("5.1", "Repair the perimeter fencing and install controlled access at the main entrance",
         "Business Manager / Powys Property Services", "End of May 2023",
         "Site secure; access control operating", "✓",
         "Works completed 26/05/2023", None,
         dict(lead=["Business Manager", "Powys Property Services"], end="2023-05", status="blue")),
    ]),
]


def gw_lines():
    L = [GW_TITLE,
         "Following the Estyn monitoring visit of November 2022",
         "Version 3 - progress updated for the Governing Body, 8 June 2023",
         "",
         "Key to progress:  ✓ = completed   G = on track   A = some delay   R = not on track",
         ""]
    for rec, acts in GW_RECS:
        L.append("=" * 78)
        L.append(rec)
        L.append("=" * 78)
        L.append("\t".join(["Ref", "Action", "Lead", "Timescale", "Success criteria", "RAG",
                            "Progress"]))
        for ref, action, lead, when, crit, rag, prog, cont, _exp in acts:
            L.append("\t".join([ref, action, lead, when, crit, rag, prog]))
            if cont:
                L.append("\t" * 6 + cont)
        L.append("")
    L.append("Monitored by: Governing Body PIAP sub-committee and Powys County Council Schools Causing "
             "Concern group")
    return L


def build_gw(path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(gw_lines()) + "\n")


# ---------------------------------------------------------------------------
# 7. Nottingham Trent University - OfS E6 action plan, typo month (xlsx, refuse)
# ---------------------------------------------------------------------------
NT_NAME = ("zdg-nottingham-trent-university-ofs-e6-harassment-sexual-misconduct-action-plan-"
           "typo-month-refuse.xlsx")
NT_TITLE = "Condition E6 (Harassment and Sexual Misconduct) Compliance Action Plan 2025–26"
NT_GROUPS = [
    ("1. Single comprehensive source of information", [
        ("E6.2–E6.3", "1.1", "Publish the single comprehensive source of information (SCSI) on the NTU "
         "website and student hub, with a version history of each policy.",
         "Head of Student Support Services", "August 2025", "Complete",
         "Published 28 July 2025; version log live."),
        ("E6.3", "1.2", "Review the SCSI content against the OfS minimum content requirements with the "
         "Students' Union and update it.",
         "Student Policy Manager; SU Chief Executive", "January 2026", "Green",
         "Review workshop held 22 October 2025."),
    ]),
    ("2. Training", [
        ("E6.9", "2.1", "Launch a mandatory online consent and active bystander module for all new "
         "students.",
         "Director of Student Support", "October 2025", "Complete",
         "Module live at enrolment; 81% completion by 31 October."),
        ("E6.9", "2.2", "Deliver specialist investigator training to all staff who handle harassment and "
         "sexual misconduct cases.",
         "Head of Student Casework", "Febuary 2026", "Amber",
         "Provider appointed; cohort 1 of 3 booked."),
        ("E6.9", "2.3", "Extend training to academic staff with supervisory roles, including placement "
         "and research supervisors.",
         "Deans of School", "March 2026", "Green",
         "Content agreed with HR."),
    ]),
    ("3. Reporting, investigation and decision-making", [
        ("E6.4", "3.1", "Replace the online Report and Support tool so that anonymous and named reports "
         "are triaged within two working days.",
         "Head of Student Casework / Director of Digital Services", "December 2025", "Amber",
         "Supplier delay; go-live moved to week of 8 December."),
        ("E6.4", "3.2", "Publish annual anonymised data on reports received and their outcomes.",
         "Head of Planning and Insight", "July 2026", "Green",
         "Data specification agreed."),
    ]),
    ("4. Intimate personal relationships", [
        ("E6.5", "4.1", "Approve and publish the policy on intimate personal relationships between "
         "relevant staff members and students.",
         "Director of People", "September 2025", "Complete",
         "Approved by Board of Governors 9 July 2025."),
    ]),
]
NT_RAGFILL = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}


def build_nt(path):
    """Return the sheet row holding the mistyped month."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ws["A1"] = "Nottingham Trent University"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = NT_TITLE
    ws["A2"].font = Font(bold=True, size=13)
    ws.merge_cells("A2:H2")
    ws["A3"] = ("Owner: Pro Vice-Chancellor (Student Experience)  |  Reporting to: Student Experience "
                "Committee and Audit & Risk Committee  |  Update: 12 November 2025")
    heads = ["Workstream", "E6 ref", "No.", "Action", "Owner", "Due", "RAG", "Update (November 2025)"]
    for j, hd in enumerate(heads, start=1):
        c = ws.cell(5, j, hd)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("404040")
        c.alignment = WRAP
        c.border = BOX
    r = 6
    typo_row = None
    for ws_name, acts in NT_GROUPS:
        first = r
        for ref6, no, action, owner, due, rag, upd in acts:
            vals = [None, ref6, no, action, owner, due, rag, upd]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(r, j, v)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(r, 7).fill = fill(NT_RAGFILL[rag])
            if due == "Febuary 2026":
                typo_row = r
            ws.row_dimensions[r].height = 48
            r += 1
        ws.cell(first, 1, ws_name).font = Font(bold=True)
        ws.cell(first, 1).alignment = WRAP
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(r, 1, "Summary").font = Font(bold=True)
    for k, v in [("Complete", 3), ("Green", 3), ("Amber", 2), ("Red", 0), ("Total", 8)]:
        r += 1
        ws.cell(r, 1, k).border = BOX
        ws.cell(r, 2, v).border = BOX
    widths = [26, 11, 6, 55, 32, 16, 11, 45]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(j)].width = w
    key = wb.create_sheet("Key")
    key["A1"] = "RAG definitions"
    for i, (word, txt) in enumerate([("Complete", "Action complete and evidence held"),
                                      ("Green", "On track for due date"),
                                      ("Amber", "At risk – mitigation agreed"),
                                      ("Red", "Overdue or will miss due date")], start=2):
        key.cell(i, 1, word).fill = fill(NT_RAGFILL[word])
        key.cell(i, 2, txt)
    wb.save(path)
    return typo_row


def main():
    build_lfr(os.path.join(HERE, LFR_NAME))
    build_lp(os.path.join(HERE, LP_NAME))
    build_md(os.path.join(HERE, MD_NAME))
    build_cc(os.path.join(HERE, CC_NAME))
    build_sp(os.path.join(HERE, SP_NAME))
    build_gw(os.path.join(HERE, GW_NAME))
    row = build_nt(os.path.join(HERE, NT_NAME))
    print("built 7 files; NTU typo month on sheet row", row)


if __name__ == "__main__":
    main()
