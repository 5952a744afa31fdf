#!/usr/bin/env python3
"""Build the seven zeq- blind test files (set heldout806).

Run with /work/main/.venv/bin/python zeq_make.py  (writes beside this script).
The data for each file is kept at module level (CASES) so that the expected
readings can be checked against exactly the same strings.
"""
import csv
import datetime as dt
import io
import os

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from docx.enum.section import WD_ORIENT
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))

D = dt.datetime

BLUE = "00B0F0"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
NAVY = "1F3864"

thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


# ---------------------------------------------------------------------------
# 1. Warwickshire FRS - HMICFRS cause of concern action plan (xlsx)
# ---------------------------------------------------------------------------
WFRS_FILE = "zeq-warwickshire-fire-rescue-service-hmicfrs-cause-of-concern-action-plan.xlsx"
WFRS_TITLE = "Warwickshire Fire and Rescue Service – HMICFRS Cause of Concern Action Plan"
WFRS_RECS = [
    (
        "Recommendation 1: Develop a protection strategy with a resourced and prioritised risk-based inspection programme (RBIP).",
        [
            dict(ref="1.1",
                 action="Draft and consult on a Protection Strategy 2024–2027 setting out the Service’s statutory fire safety priorities, the RBIP methodology and the resources allocated to it.",
                 lead="Area Manager – Protection", orig=D(2023, 11, 30), rev=D(2024, 1, 31),
                 prev=GREEN, cur=BLUE,
                 update="Strategy approved by SLT on 16/01/2024 and published on the intranet. Consultation feedback from the FBU and FOA incorporated.",
                 evidence="SLT minutes 16/01/2024"),
            dict(ref="1.2",
                 action="Complete a workforce capacity assessment of the protection team, including the number of competent fire safety inspectors and auditors needed to deliver the RBIP.",
                 lead="Group Manager – Protection / HR Business Partner", orig=D(2023, 12, 31), rev=None,
                 prev=GREEN, cur=BLUE,
                 update="Assessment completed. Shortfall of 2 FTE inspectors identified and agreed as a growth bid.",
                 evidence="Capacity assessment v1.0"),
            dict(ref="1.3",
                 action="Recruit to the two vacant Fire Safety Inspector posts and put in place a development plan for trainee inspectors working towards the Level 4 Diploma.",
                 lead="Group Manager – Protection", orig=D(2024, 3, 31), rev=D(2024, 6, 30),
                 prev=AMBER, cur=AMBER,
                 update="One post filled (start date 04/03/2024). Second post re-advertised after an unsuccessful first round; revised date agreed at Protection and Risk Board.",
                 evidence=""),
        ],
    ),
    (
        "Recommendation 2: Review the RBIP to identify the highest-risk premises.",
        [
            dict(ref="2.1",
                 action="Cleanse the premises database (CFRMIS) to remove duplicate, closed and incorrectly classified premises records.",
                 lead="Protection Support Manager", orig=D(2023, 10, 31), rev=D(2023, 12, 15),
                 prev=AMBER, cur=BLUE,
                 update="4,812 records reviewed; 611 duplicates or closed premises removed.",
                 evidence="Data cleanse report"),
            dict(ref="2.2",
                 action="Apply the revised NFCC risk-based methodology to score all non-domestic premises and agree the high and very high risk categories.",
                 lead="Station Manager – Fire Safety", orig=D(2023, 12, 31), rev=D(2024, 2, 29),
                 prev=AMBER, cur=GREEN,
                 update="Scoring 85% complete. Remaining premises (care homes and HMOs) to be scored by the end of February.",
                 evidence=""),
            dict(ref="2.3",
                 action="Set the inspection frequency for each risk category and publish a 12-month audit schedule for very high risk premises.",
                 lead="Station Manager – Fire Safety", orig="Q4 2023/24", rev=None,
                 prev=GREEN, cur=GREEN,
                 update="Draft frequencies agreed. Schedule will be published once 2.2 is complete.",
                 evidence=""),
        ],
    ),
    (
        "Recommendation 3: Put in place a clear plan, with time frames, for improving the management of risk information.",
        [
            dict(ref="3.1",
                 action="Produce a risk information improvement plan covering site-specific risk information (SSRI) gathering, quality assurance and review frequencies.",
                 lead="Group Manager – Operational Risk", orig=D(2023, 12, 31), rev=None,
                 prev=GREEN, cur=BLUE,
                 update="Plan approved by the Protection and Risk Board on 12/12/2023.",
                 evidence="Risk Information Improvement Plan"),
            dict(ref="3.2",
                 action="Clear the backlog of overdue SSRI reviews, prioritising premises scored as very high risk.",
                 lead="Station Managers (all stations)", orig=D(2024, 3, 31), rev=D(2024, 5, 31),
                 prev=RED, cur=AMBER,
                 update="Backlog reduced from 342 to 157. All very high risk premises now in date. Revised date reflects on-call station capacity.",
                 evidence=""),
            dict(ref="3.3",
                 action="Introduce a quarterly quality assurance sample of risk information records, with findings reported to the Protection and Risk Board.",
                 lead="Operational Assurance Lead", orig="Quarterly", rev=None,
                 prev=GREEN, cur=GREEN,
                 update="First sample (40 records) completed in December; 6 records returned for correction.",
                 evidence="QA sample report Q3"),
            dict(ref="3.4",
                 action="Train all watch managers and crew managers in the revised SSRI procedure and record completion on the training system.",
                 lead="Learning and Development Manager", orig=D(2024, 3, 31), rev=None,
                 prev=GREEN, cur=AMBER,
                 update="61% of wholetime and 38% of on-call managers trained. Additional drill-night sessions being arranged.",
                 evidence=""),
        ],
    ),
]
WFRS_EXPECT = {  # ref: (end, end_text, status)
    "1.1": ("2024-01", None, "blue"),
    "1.2": ("2023-12", None, "blue"),
    "1.3": ("2024-06", None, "amber"),
    "2.1": ("2023-12", None, "blue"),
    "2.2": ("2024-02", None, "green"),
    "2.3": ("2024-03", None, "green"),
    "3.1": ("2023-12", None, "blue"),
    "3.2": ("2024-05", None, "amber"),
    "3.3": (None, "Quarterly", "green"),
    "3.4": ("2024-03", None, "amber"),
}


def build_wfrs(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = WFRS_TITLE
    ws["A1"].font = Font(bold=True, size=16, color="C00000")
    ws["A2"] = "Protection – identifying and inspecting the highest-risk premises"
    ws["A2"].font = Font(bold=True, size=13)
    ws["A4"] = "Cause of concern"
    ws["A4"].font = Font(bold=True)
    ws["B4"] = ("The service has not done enough since its last inspection to identify its highest-risk "
                "premises and use this to inform its risk-based inspection programme.")
    ws["B4"].alignment = WRAP
    ws.row_dimensions[4].height = 45
    rows = [
        ("Cause of concern issued", "13/09/2023"),
        ("Action plan submitted to HMICFRS", "06/10/2023"),
        ("HMICFRS revisit", "5–7 February 2024"),
        ("Senior responsible officer", "Assistant Chief Fire Officer"),
        ("Plan owner", "Area Manager – Protection"),
        ("Governance", "Protection and Risk Board (monthly); Fire and Rescue Overview and Scrutiny Committee (quarterly)"),
    ]
    r = 5
    for k, v in rows:
        ws.cell(r, 1, k).font = Font(bold=True)
        ws.cell(r, 2, v).alignment = WRAP
        r += 1
    r += 1
    ws.cell(r, 1, "Document control").font = Font(bold=True, size=12)
    r += 1
    for c, h in enumerate(["Version", "Date", "Author", "Summary of changes"], 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(NAVY)
        cell.border = BOX
    versions = [
        ("1.0", "06/10/2023", "AM Protection", "Submitted to HMICFRS"),
        ("1.1", "14/11/2023", "AM Protection", "November progress update"),
        ("1.2", "12/01/2024", "AM Protection", "January progress update ahead of revisit; revised dates agreed at Protection and Risk Board"),
    ]
    for v in versions:
        r += 1
        for c, val in enumerate(v, 1):
            cell = ws.cell(r, c, val)
            cell.border = BOX
            cell.alignment = WRAP
    ws.column_dimensions["A"].width = 34
    ws.column_dimensions["B"].width = 70
    ws.column_dimensions["C"].width = 18
    ws.column_dimensions["D"].width = 60

    # RAG key sheet
    ks = wb.create_sheet("RAG key")
    ks["A1"] = "RAG status key"
    ks["A1"].font = Font(bold=True, size=12)
    key = [
        (BLUE, "Complete", "Action complete and evidence held"),
        (GREEN, "On track", "Action on track to be delivered by the due date"),
        (AMBER, "At risk", "Some slippage – revised date agreed or mitigation in place"),
        (RED, "Off track", "Action will not be delivered by the due date – escalate to Protection and Risk Board"),
    ]
    for i, (col, name, desc) in enumerate(key, 3):
        ks.cell(i, 1).fill = fill(col)
        ks.cell(i, 1).border = BOX
        ks.cell(i, 2, name).font = Font(bold=True)
        ks.cell(i, 3, desc)
    ks.column_dimensions["A"].width = 8
    ks.column_dimensions["B"].width = 14
    ks.column_dimensions["C"].width = 80

    # action plan sheet
    ap = wb.create_sheet("Action Plan")
    ap["A1"] = "HMICFRS Cause of Concern Action Plan – Protection"
    ap["A1"].font = Font(bold=True, size=14)
    ap["A2"] = "Position as at 12 January 2024 (prepared for HMICFRS revisit, 5–7 February 2024)"
    ap["A2"].font = Font(italic=True)
    headers = ["Ref", "Action", "Action owner", "Original due date", "Revised due date",
               "Previous RAG (Nov 23)", "Current RAG (Jan 24)", "Progress update", "Evidence"]
    hr = 4
    for c, h in enumerate(headers, 1):
        cell = ap.cell(hr, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(NAVY)
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX
    r = hr + 1
    for rec, actions in WFRS_RECS:
        ap.cell(r, 1, rec)
        ap.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(headers))
        ap.cell(r, 1).font = Font(bold=True)
        ap.cell(r, 1).fill = fill(GREY)
        ap.cell(r, 1).alignment = Alignment(wrap_text=True, vertical="center")
        ap.row_dimensions[r].height = 22
        r += 1
        for a in actions:
            vals = [a["ref"], a["action"], a["lead"], a["orig"], a["rev"], None, None, a["update"], a["evidence"] or None]
            for c, v in enumerate(vals, 1):
                cell = ap.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            ap.cell(r, 6).fill = fill(a["prev"])
            ap.cell(r, 7).fill = fill(a["cur"])
            r += 1
    # summary block
    r += 1
    ap.cell(r, 1, "Summary (current RAG)").font = Font(bold=True)
    r += 1
    allacts = [a for _, acts in WFRS_RECS for a in acts]
    for col, name in [(BLUE, "Complete"), (GREEN, "On track"), (AMBER, "At risk"), (RED, "Off track")]:
        ap.cell(r, 1).fill = fill(col)
        ap.cell(r, 2, name)
        ap.cell(r, 3, sum(1 for a in allacts if a["cur"] == col))
        r += 1
    ap.cell(r, 2, "Total actions").font = Font(bold=True)
    ap.cell(r, 3, len(allacts)).font = Font(bold=True)
    widths = [8, 60, 26, 14, 14, 12, 12, 55, 26]
    for i, w in enumerate(widths, 1):
        ap.column_dimensions[get_column_letter(i)].width = w
    ap.freeze_panes = "A5"
    wb.active = 2
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Hampshire and Isle of Wight Constabulary - VMM recommendations tracker (csv)
# ---------------------------------------------------------------------------
HIOW_FILE = "zeq-hampshire-and-isle-of-wight-constabulary-hmicfrs-vetting-misconduct-misogyny-recommendations-tracker.csv"
HIOW_HEADER = ["Theme", "Rec No", "Ref", "Recommendation", "Action", "Action Owner", "Due Date",
               "Revised Due Date", "RAG", "Latest Update", "Last Updated"]
REC2 = ("By 30 April 2023, chief constables should make sure their vetting units record a clear rationale "
        "for every decision to grant clearance where adverse information has been found.")
REC7 = ("By 30 April 2023, chief constables should make sure that Police National Database checks are "
        "carried out for all vetting applications, including renewals.")
REC14 = ("By 31 October 2023, chief constables should make sure their forces can monitor all IT systems "
         "to identify data misuse.")
REC22 = ("By 30 April 2023, chief constables should make sure that all allegations of sexual misconduct "
         "are assessed by the professional standards department.")
REC31 = ("By 31 October 2023, chief constables should make sure their forces have a clear policy on sexual "
         "harassment in the workplace, with accessible reporting routes.")
HIOW_ROWS = [
    dict(theme="Vetting", rec="2", rec_text=REC2, ref="2.1",
         action="Introduce a mandatory rationale template in the vetting management system for all clearances granted with adverse information.",
         lead="Force Vetting Manager", due="30/04/2023", rev="", rag="B",
         update="Template live from 03/04/2023. June dip sample of 50 files found 48 compliant.", upd="19/06/2023",
         exp=("2023-04", None, "blue"), leads=["Force Vetting Manager"]),
    dict(theme="Vetting", rec="2", rec_text=REC2, ref="2.2",
         action="Carry out a monthly dip sample of vetting decisions, with results reported to the Professional Standards Board.",
         lead="Head of Professional Standards", due="31/05/2023", rev="31/07/2023", rag="G",
         update="Dip sampling started in July after the Board's terms of reference were revised.", upd="02/10/2023",
         exp=("2023-07", None, "green"), leads=["Head of Professional Standards"]),
    dict(theme="Vetting", rec="7", rec_text=REC7, ref="7.1",
         action="Extend PND checks to all vetting renewals and to non-police personnel vetting (NPPV) applications.",
         lead="Force Vetting Manager", due="30/04/2023", rev="30/09/2023", rag="A",
         update="Renewals now include PND checks.\nNPPV backlog of 312 applications is delaying full compliance; two additional vetting officers start in October.",
         upd="02/10/2023",
         exp=("2023-09", None, "amber"), leads=["Force Vetting Manager"]),
    dict(theme="Counter-corruption", rec="14", rec_text=REC14, ref="14.1",
         action="Procure and implement a proactive IT monitoring tool across all force systems, including mobile devices.",
         lead="Head of Anti-Corruption Unit / Head of Digital", due="31/10/2023", rev="31/03/2024", rag="R",
         update="Procurement delayed by the regional framework. Contract award now expected in January; full roll-out will not be achieved by the revised date without additional funding.",
         upd="14/11/2023",
         exp=("2024-03", None, "red"), leads=["Head of Anti-Corruption Unit", "Head of Digital"]),
    dict(theme="Counter-corruption", rec="14", rec_text=REC14, ref="14.2",
         action="Recruit two additional intelligence analysts to the Anti-Corruption Unit to review monitoring alerts.",
         lead="Head of Anti-Corruption Unit", due="31/10/2023", rev="", rag="G",
         update="Both posts offered; start dates agreed for October.", upd="02/10/2023",
         exp=("2023-10", None, "green"), leads=["Head of Anti-Corruption Unit"]),
    dict(theme="Misconduct", rec="22", rec_text=REC22, ref="22.1",
         action="Amend the complaints and conduct triage procedure so that every allegation of sexual misconduct is referred to PSD for assessment, wherever it is first reported.",
         lead="Head of Professional Standards", due="30/04/2023", rev="", rag="B",
         update="Procedure amended and published 28/04/2023.", upd="19/06/2023",
         exp=("2023-04", None, "blue"), leads=["Head of Professional Standards"]),
    dict(theme="Misconduct", rec="22", rec_text=REC22, ref="22.2",
         action="Brief all line managers on the revised referral route through the 'Know the Line' campaign and a mandatory e-learning package.",
         lead="Head of PSD; Head of Learning and Development", due="30/06/2023", rev="", rag="B",
         update="E-learning completion 94% at 30/09/2023. Campaign material on all stations.", upd="02/10/2023",
         exp=("2023-06", None, "blue"), leads=["Head of PSD", "Head of Learning and Development"]),
    dict(theme="Workplace behaviour", rec="31", rec_text=REC31, ref="31.1",
         action="Publish a standalone sexual harassment policy and procedure, agreed with the staff associations and the Police Federation.",
         lead="Director of People", due="31/07/2023", rev="31/12/2023", rag="A",
         update="Draft policy out for consultation with UNISON and the Federation; comments due 24/11/2023.", upd="14/11/2023",
         exp=("2023-12", None, "amber"), leads=["Director of People"]),
    dict(theme="Workplace behaviour", rec="31", rec_text=REC31, ref="31.2",
         action="Launch an anonymous reporting channel and report quarterly data on its use to the Chief Officer Group.\nEvaluate uptake after six months.",
         lead="Head of Professional Standards", due="31/10/2023", rev="", rag="G",
         update="Channel launched 09/10/2023 with an all-staff message from the Chief Constable.", upd="14/11/2023",
         exp=("2023-10", None, "green"), leads=["Head of Professional Standards"]),
]


def build_hiow(path):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(HIOW_HEADER)
    for r in HIOW_ROWS:
        w.writerow([r["theme"], r["rec"], r["ref"], r["rec_text"], r["action"], r["lead"], r["due"],
                    r["rev"], r["rag"], r["update"], r["upd"]])
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# helpers for docx
# ---------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None, bullets=False):
    """Write text into a cell; '\n' starts a new paragraph."""
    parts = text.split("\n") if text else [""]
    first = True
    for part in parts:
        if first:
            p = cell.paragraphs[0]
            first = False
        else:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)
    sec.top_margin = sec.bottom_margin = Cm(1.5)


# ---------------------------------------------------------------------------
# 3. HMP Warren Hill - HMIP inspection action plan (docx)
# ---------------------------------------------------------------------------
WH_FILE = "zeq-hmp-warren-hill-hmip-inspection-action-plan.docx"
WH_SECTIONS = [
    ("Priority concerns", [
        dict(no="1",
             concern="Around half of the men released from Warren Hill in the previous two years had been recalled to custody. Leaders had not analysed the reasons for recall in enough depth to inform their resettlement work.",
             agreed="Agreed",
             action="A recall reduction working group, chaired by the Head of Reducing Reoffending, will be established and will analyse all recalls since January 2023.\nFindings will inform a revised resettlement pathway, to be agreed with the Probation Service East of England region.",
             owner="Head of Reducing Reoffending", target="31 October 2025",
             exp=("2025-10", None), leads=["Head of Reducing Reoffending"]),
        dict(no="2",
             concern="Prisoners waited too long for some health services, including mental health assessments and dental treatment.",
             agreed="Agreed",
             action="The healthcare provider will recruit to the vacant mental health nurse posts and introduce a weekly review of all waiting lists.\nAdditional dental sessions have been commissioned to clear the backlog.",
             owner="Head of Healthcare / NHS England Health and Justice Commissioner", target="March 2026",
             exp=("2026-03", None), leads=["Head of Healthcare", "NHS England Health and Justice Commissioner"]),
        dict(no="3",
             concern="Links with employers were underdeveloped, and too few men secured employment on release.",
             agreed="Agreed",
             action="The Employment Hub will develop partnerships with at least five regional employers, including through the Employment Advisory Board, and will track employment outcomes six weeks after release.",
             owner="Head of Education, Skills and Work", target="31/03/2026",
             exp=("2026-03", None), leads=["Head of Education, Skills and Work"]),
    ]),
    ("Key concerns", [
        dict(no="4",
             concern="Release on temporary licence had been suspended for most men, limiting opportunities to test their progress before release.",
             agreed="Partly Agreed",
             action="The prison will submit a business case to the Prison Group Director to restore ROTL for eligible men. The national suspension criteria remain outside the Governor’s control.",
             owner="Governor", target="Ongoing",
             exp=(None, "Ongoing"), leads=["Governor"]),
        dict(no="5",
             concern="Many prisoners did not understand what they needed to do to progress, and some felt the regime had not met their expectations.",
             agreed="Agreed",
             action="Progression information will be included in induction, and a quarterly progression forum will be introduced on each unit.",
             owner="Head of Residence / Head of OMU", target="30 September 2025",
             exp=("2025-09", None), leads=["Head of Residence", "Head of OMU"]),
        dict(no="6",
             concern="Substance misuse support was not meeting the level of need, particularly for men preparing for release.",
             agreed="Agreed",
             action="The substance misuse provider will introduce a pre-release group programme and increase one-to-one caseload capacity.",
             owner="Head of Healthcare", target="December 2025",
             exp=("2025-12", None), leads=["Head of Healthcare"]),
        dict(no="7",
             concern="Equality monitoring data were not used well enough to identify and address disparities in outcomes.",
             agreed="Agreed",
             action="Equality data will be reviewed at every Diversity and Inclusion meeting, with any disparity of more than 10% investigated and the actions recorded.",
             owner="Head of Safety and Equalities", target="End of August 2025",
             exp=("2025-08", None), leads=["Head of Safety and Equalities"]),
        dict(no="8",
             concern="Prisoners’ applications and complaints were not always answered on time.",
             agreed="Agreed",
             action="Weekly tracking of outstanding applications and complaints will be reported to the Senior Leadership Team.",
             owner="Business Hub Manager", target="31 July 2025",
             exp=("2025-07", None), leads=["Business Hub Manager"]),
    ]),
]


def build_warren_hill(path):
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Action Plan: HMP Warren Hill")
    r.bold = True
    r.font.size = Pt(18)
    for line in ["Action Plan Submitted: 15 July 2025",
                 "A Response to the HMIP Inspection: 3–13 February 2025",
                 "Report Published: 17 June 2025"]:
        q = doc.add_paragraph()
        q.add_run(line).bold = True
    h = doc.add_paragraph()
    h.add_run("INTRODUCTION").bold = True
    doc.add_paragraph(
        "HM Inspectorate of Prisons (HMIP) is an independent inspectorate which reports on conditions for and "
        "treatment of those in prison, young offender institutions and other places of detention. In response to "
        "the report, HMPPS is required to draft a robust and timely action plan to address the concerns raised. "
        "The action plan confirms whether each concern is agreed, partly agreed or not agreed (see categorisations "
        "below). Where a concern is agreed or partly agreed, the action plan sets out the specific steps that will "
        "be taken, with the owner and timescale of each step clearly identified.")
    doc.add_paragraph(
        "Action plans are sent to HMIP and published on GOV.UK. Progress against the action plan will be monitored "
        "by the Prison Group Director and reviewed at the next inspection.")
    cat = doc.add_table(rows=1, cols=3)
    cat.style = "Table Grid"
    for c, t in zip(cat.rows[0].cells, ["Term", "Definition", "Additional comment"]):
        set_cell(c, t, bold=True)
        shade(c, "D9D9D9")
    for term, defn, com in [
        ("Agreed", "All of the concern is agreed with, can be achieved and is affordable.",
         "The response should clearly explain how the concern will be addressed, with SMART actions and timescales."),
        ("Partly Agreed", "Only part of the concern is agreed with, is achievable, affordable and will be addressed.",
         "The response must state clearly which part will be addressed and why the remainder cannot be."),
        ("Not Agreed", "The concern is not agreed with and will not be addressed.",
         "The response must clearly state the reasons why."),
    ]:
        row = cat.add_row().cells
        set_cell(row[0], term, bold=True)
        set_cell(row[1], defn)
        set_cell(row[2], com)
    doc.add_paragraph()
    h = doc.add_paragraph()
    h.add_run("ACTION PLAN").bold = True

    cols = ["No.", "Concern", "Agreed / Partly Agreed / Not Agreed", "Response Action Taken / Planned",
            "Responsible Owner", "Target Date"]
    t = doc.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    for c, text in zip(t.rows[0].cells, cols):
        set_cell(c, text, bold=True)
        shade(c, "1F3864")
        for run in c.paragraphs[0].runs:
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for section, rows in WH_SECTIONS:
        cells = t.add_row().cells
        merged = cells[0].merge(cells[-1])
        set_cell(merged, section, bold=True)
        shade(merged, "D9E2F3")
        for a in rows:
            cells = t.add_row().cells
            set_cell(cells[0], a["no"])
            set_cell(cells[1], a["concern"])
            set_cell(cells[2], a["agreed"])
            set_cell(cells[3], a["action"])
            set_cell(cells[4], a["owner"])
            set_cell(cells[5], a["target"])
    widths = [Cm(1.2), Cm(6.5), Cm(2.8), Cm(8.5), Cm(3.8), Cm(3.0)]
    for row in t.rows:
        for c, wdt in zip(row.cells, widths):
            c.width = wdt
    doc.save(path)


# ---------------------------------------------------------------------------
# 4. Caterham School - ISI inspection action plan (docx)
# ---------------------------------------------------------------------------
CAT_FILE = "zeq-caterham-school-isi-inspection-action-plan.docx"
CAT_TITLE = "Caterham School – ISI Inspection Action Plan"
CAT_SECTIONS = [
    ("Section 1: Quality of education, training and recreation",
     "Recommended next step (ISI): Leaders should ensure that teachers in the prep school use assessment information consistently to adapt tasks for pupils who need additional support.",
     [
         dict(ref="1.1",
              action="Deliver INSET on adaptive teaching, led by the Learning Support department, and follow up with paired observations in each year group.",
              lead="Head of Prep / Head of Learning Support", when="September 2024",
              progress="INSET delivered on 3 September; paired observations completed in Years 3–6.", rag="B",
              exp=("2024-09", None, "blue"), leads=["Head of Prep", "Head of Learning Support"]),
         dict(ref="1.2",
              action="Introduce a shared pupil profile for every pupil on the learning support register, updated each half term.",
              lead="Head of Learning Support", when="Autumn term 2024",
              progress="Profiles in place for 41 of 46 pupils; remainder by half term.", rag="G",
              exp=("2024-12", "Autumn term 2024", "green"), leads=["Head of Learning Support"]),
         dict(ref="1.3",
              action="Review work scrutiny outcomes to check that tasks are adapted, and report the findings to the Education Committee.",
              lead="Deputy Head (Academic)", when="Termly",
              progress="First termly report due to the November meeting.", rag="G",
              exp=(None, "Termly", "green"), leads=["Deputy Head (Academic)"]),
     ]),
    ("Section 2: Pupils’ physical and mental health and emotional wellbeing",
     "Recommended next step (ISI): Leaders should strengthen the oversight of records in boarding houses so that patterns in pupils’ wellbeing concerns are identified and acted on promptly.",
     [
         dict(ref="2.1",
              action="Move all boarding house wellbeing logs onto CPOMS so that concerns are recorded in one place.",
              lead="Director of Boarding", when="31 August 2024",
              progress="Complete. Paper logs archived.", rag="B",
              exp=("2024-08", None, "blue"), leads=["Director of Boarding"]),
         dict(ref="2.2",
              action="Hold a fortnightly review of boarding records with the DSL, with themes reported to SLT each half term.",
              lead="Director of Boarding / DSL", when="October 2024",
              progress="Reviews running since 16 September.", rag="G",
              exp=("2024-10", None, "green"), leads=["Director of Boarding", "DSL"]),
         dict(ref="2.3",
              action="Train house parents and matrons to identify patterns of concern and to use the CPOMS reporting tools.",
              lead="Deputy Head (Pastoral)", when="December 2024",
              progress="Two of five sessions held; remaining sessions rescheduled after staff absence.", rag="A",
              exp=("2024-12", None, "amber"), leads=["Deputy Head (Pastoral)"]),
     ]),
    ("Section 3: Pupils’ social and economic education and contribution to society",
     "Recommended next step (ISI): Leaders should extend careers guidance so that pupils in Years 7 to 9 receive earlier information about the range of future pathways.",
     [
         dict(ref="3.1",
              action="Map careers content in the Years 7–9 PSHE programme against the Gatsby benchmarks and fill the gaps identified.",
              lead="Head of Careers", when="February 2025",
              progress="Mapping under way with the Head of PSHE.", rag="G",
              exp=("2025-02", None, "green"), leads=["Head of Careers"]),
         dict(ref="3.2",
              action="Run an annual careers fair for Years 7–9 with alumni and local employers.",
              lead="Head of Careers / Alumni Relations Manager", when="Summer term 2025",
              progress="Not started – planning begins in January 2025.", rag="",
              exp=("2025-07", "Summer term 2025", "unrated"), leads=["Head of Careers", "Alumni Relations Manager"]),
     ]),
]
CAT_RAG = {"B": "5B9BD5", "G": "70AD47", "A": "FFC000", "R": "FF0000"}


def build_caterham(path):
    doc = Document()
    landscape(doc)
    doc.add_paragraph(CAT_TITLE, style="Title")
    doc.add_paragraph("ISI routine inspection: 5–7 March 2024. Report published: 2 May 2024.")
    doc.add_paragraph("Prepared by the Senior Leadership Team for the Education Committee of the Board of Governors.")
    doc.add_heading("Document control", level=2)
    dc = doc.add_table(rows=1, cols=4)
    dc.style = "Table Grid"
    for c, t in zip(dc.rows[0].cells, ["Version", "Date", "Author", "Reviewed by"]):
        set_cell(c, t, bold=True)
        shade(c, "D9D9D9")
    for v in [("1.0", "24/05/2024", "Deputy Head (Academic)", "SLT"),
              ("1.1", "20/06/2024", "Deputy Head (Academic)", "Education Committee"),
              ("1.2", "09/10/2024", "Deputy Head (Academic)", "Education Committee")]:
        cells = dc.add_row().cells
        for c, t in zip(cells, v):
            set_cell(c, t)
    doc.add_paragraph()
    doc.add_paragraph("RAG key: B – complete; G – on track; A – some slippage, action being taken; "
                      "R – significantly behind. A blank RAG means the action has not yet started.")
    for heading, nextstep, actions in CAT_SECTIONS:
        doc.add_heading(heading, level=2)
        p = doc.add_paragraph()
        p.add_run(nextstep).italic = True
        cols = ["Ref", "Action", "Lead", "By when", "Progress update (October 2024)", "RAG"]
        t = doc.add_table(rows=1, cols=len(cols))
        t.style = "Table Grid"
        for c, text in zip(t.rows[0].cells, cols):
            set_cell(c, text, bold=True)
            shade(c, "D9D9D9")
        for a in actions:
            cells = t.add_row().cells
            set_cell(cells[0], a["ref"])
            set_cell(cells[1], a["action"])
            set_cell(cells[2], a["lead"])
            set_cell(cells[3], a["when"])
            set_cell(cells[4], a["progress"])
            set_cell(cells[5], a["rag"], bold=True)
            if a["rag"]:
                shade(cells[5], CAT_RAG[a["rag"]])
        widths = [Cm(1.2), Cm(8.5), Cm(4.5), Cm(3.0), Cm(7.0), Cm(1.4)]
        for row in t.rows:
            for c, wdt in zip(row.cells, widths):
                c.width = wdt
        doc.add_paragraph()
    doc.add_heading("Sign-off", level=2)
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for c, t in zip(so.rows[0].cells, ["Role", "Name", "Date"]):
        set_cell(c, t, bold=True)
    for c, t in zip(so.rows[1].cells, ["Chair, Education Committee", "", "09/10/2024"]):
        set_cell(c, t)
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. Suffolk New College - Ofsted post-inspection action plan (xlsx)
# ---------------------------------------------------------------------------
SNC_FILE = "zeq-suffolk-new-college-ofsted-post-inspection-action-plan.xlsx"
SNC_TITLE = "Suffolk New College – Post-Inspection Action Plan 2024/25"
SNC_AFIS = [
    ("AFI 1: Leaders should ensure that teachers on adult learning programmes give learners feedback that helps them to improve the standard of their work.",
     [
         dict(ref="1.1", action="Introduce a college-wide feedback standard for adult programmes, with exemplars for each subject area.",
              lead="Head of Adult Learning", start=D(2024, 4, 8), target="July 2024",
              measure="Standard published; 100% of adult teachers briefed.",
              progress="Standard launched at June staff development day.", rag="Complete",
              exp=("2024-07", None, "blue"), leads=["Head of Adult Learning"]),
         dict(ref="1.2", action="Include the quality of written feedback in all learning walks and work scrutiny for adult programmes.",
              lead="Head of Quality", start=D(2024, 9, 2), target=D(2024, 12, 20),
              measure="At least 85% of scrutinised work meets the feedback standard.",
              progress="Autumn scrutiny: 88% met the standard.", rag="Complete",
              exp=("2024-12", None, "blue"), leads=["Head of Quality"]),
         dict(ref="1.3", action="Provide coaching from the Teaching and Learning Coaches for adult teachers whose feedback is below the expected standard.",
              lead="Teaching and Learning Manager", start=D(2024, 9, 2), target="Ongoing",
              measure="All teachers identified complete a coaching cycle within one term.",
              progress="9 teachers in coaching; 6 have completed a cycle.", rag="On track",
              exp=(None, "Ongoing", "green"), leads=["Teaching and Learning Manager"]),
     ]),
    ("AFI 2: Leaders should make sure that apprentices’ off-the-job training is planned and recorded accurately so that all apprentices receive their full entitlement.",
     [
         dict(ref="2.1", action="Re-train all assessors in planning and recording off-the-job training on the e-portfolio system.",
              lead="Head of Apprenticeships", start=D(2024, 5, 1), target=D(2024, 9, 30),
              measure="All assessors trained; OTJ hours recorded for 100% of apprentices.",
              progress="All 23 assessors trained by 27/09/2024.", rag="Complete",
              exp=("2024-09", None, "blue"), leads=["Head of Apprenticeships"]),
         dict(ref="2.2", action="Produce a monthly off-the-job hours report for each apprenticeship standard and follow up with employers where apprentices fall behind.",
              lead="Head of Apprenticeships / Apprenticeship Data Officer", start=D(2024, 10, 1), target="Monthly",
              measure="Fewer than 5% of apprentices behind their planned OTJ hours.",
              progress="February report: 7% behind (down from 19% in October).", rag="On track",
              exp=(None, "Monthly", "green"), leads=["Head of Apprenticeships", "Apprenticeship Data Officer"]),
         dict(ref="2.3", action="Hold tripartite progress reviews every 10 weeks, with the employer attending in every case.",
              lead="Apprenticeship Skills Coaches", start=D(2024, 9, 2), target=D(2025, 3, 31),
              measure="100% of reviews on time with employer attendance.",
              progress="Employer attendance at 78%. Escalation letters sent to three employers.", rag="At risk",
              exp=("2025-03", None, "amber"), leads=["Apprenticeship Skills Coaches"]),
     ]),
    ("AFI 3: Leaders should improve attendance at English and mathematics lessons for learners on study programmes.",
     [
         dict(ref="3.1", action="Introduce same-day contact with parents and carers for any absence from English and mathematics lessons.",
              lead="Assistant Principal – Student Experience", start=D(2024, 6, 3), target="Sep-24",
              measure="Same-day contact made for 95% of absences.",
              progress="In place from the first day of term.", rag="Complete",
              exp=("2024-09", None, "blue"), leads=["Assistant Principal – Student Experience"]),
         dict(ref="3.2", action="Timetable English and mathematics lessons on the same days as vocational lessons rather than on separate days.",
              lead="Director of Curriculum Planning", start=D(2024, 4, 15), target="Sep-24",
              measure="No study programme learner attends college only for English or mathematics.",
              progress="2024/25 timetable built on this basis.", rag="Complete",
              exp=("2024-09", None, "blue"), leads=["Director of Curriculum Planning"]),
         dict(ref="3.3", action="Set an attendance target of 90% for English and mathematics in each curriculum area, reviewed at monthly performance meetings.",
              lead="Heads of Faculty", start=D(2024, 9, 2), target="July 2025",
              measure="Attendance at 90% or above in every curriculum area.",
              progress="College average 81%; only two of seven faculties above 90%.", rag="Off track",
              exp=("2025-07", None, "red"), leads=["Heads of Faculty"]),
     ]),
]
SNC_RAG = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED}


def build_snc(path):
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = SNC_TITLE
    cv["A1"].font = Font(bold=True, size=16)
    cv["A2"] = "Ofsted further education and skills inspection – post-inspection action plan (PIAP)"
    cv["A2"].font = Font(bold=True, size=13)
    info = [("Inspection dates", "16–19 January 2024"),
            ("Report published", "29 February 2024"),
            ("Plan owner", "Deputy Principal – Curriculum and Quality"),
            ("Monitored by", "Quality and Standards Committee (each meeting)"),
            ("Version", "v4 – Term 2 update, March 2025")]
    for i, (k, v) in enumerate(info, 4):
        cv.cell(i, 1, k).font = Font(bold=True)
        cv.cell(i, 2, v)
    cv["A10"] = "RAG key"
    cv["A10"].font = Font(bold=True)
    for i, (name, col) in enumerate(SNC_RAG.items(), 11):
        cv.cell(i, 1, name).fill = fill(col)
        cv.cell(i, 1).border = BOX
    cv.column_dimensions["A"].width = 22
    cv.column_dimensions["B"].width = 60

    ws = wb.create_sheet("PIAP")
    ws["A1"] = SNC_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Progress update: March 2025 (Term 2)"
    ws["A2"].font = Font(italic=True)
    headers = ["Ref", "Action", "Lead", "Start", "Target date", "Success measure / impact", "Progress update", "RAG"]
    hr = 4
    for c, h in enumerate(headers, 1):
        cell = ws.cell(hr, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("7030A0")
        cell.border = BOX
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    r = hr + 1
    for afi, acts in SNC_AFIS:
        ws.cell(r, 1, afi)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(headers))
        ws.cell(r, 1).font = Font(bold=True)
        ws.cell(r, 1).fill = fill("E4DFEC")
        ws.cell(r, 1).alignment = Alignment(wrap_text=True, vertical="center")
        ws.row_dimensions[r].height = 32
        r += 1
        for a in acts:
            vals = [a["ref"], a["action"], a["lead"], a["start"], a["target"], a["measure"], a["progress"], a["rag"]]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            ws.cell(r, 8).fill = fill(SNC_RAG[a["rag"]])
            r += 1
    widths = [6, 55, 28, 12, 12, 36, 42, 11]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w

    kp = wb.create_sheet("Impact data")
    kp["A1"] = "Key impact measures"
    kp["A1"].font = Font(bold=True, size=12)
    rows = [("Measure", "2022/23", "2023/24", "2024/25 target", "2024/25 in-year"),
            ("Study programme English attendance", "79%", "80%", "90%", "82%"),
            ("Study programme maths attendance", "76%", "78%", "90%", "80%"),
            ("Apprentices behind planned OTJ hours", "n/a", "19%", "<5%", "7%"),
            ("Adult learners' work meeting feedback standard", "n/a", "n/a", "85%", "88%")]
    for i, row in enumerate(rows, 3):
        for c, v in enumerate(row, 1):
            cell = kp.cell(i, c, v)
            cell.border = BOX
            if i == 3:
                cell.font = Font(bold=True)
    kp.column_dimensions["A"].width = 46
    wb.active = 1
    wb.save(path)


# ---------------------------------------------------------------------------
# 6. Ysgol Bryn Coch - Estyn post-inspection action plan (txt, tab-separated)
# ---------------------------------------------------------------------------
YBC_FILE = "zeq-ysgol-bryn-coch-estyn-post-inspection-action-plan.txt"
YBC_RECS = [
    ("R1: Strengthen teachers’ use of feedback so that pupils understand how to improve their work",
     [
         dict(ref="1.1", action="Agree a whole-school feedback policy with staff and pupils, including ‘purple pen’ response time in every class.",
              lead="HT", when="September 2024", status="Complete",
              exp=("2024-09", None, "blue"), leads=["HT"]),
         dict(ref="1.2", action="Carry out half-termly book looks to check that pupils respond to feedback, and share findings at staff meetings.",
              lead="DHT / Literacy Lead", when="Half-termly", status="On track",
              exp=(None, "Half-termly", "green"), leads=["DHT", "Literacy Lead"]),
         dict(ref="1.3", action="Pupil voice group to evaluate how helpful feedback is and report to governors.",
              lead="DHT", when="Summer term 2025", status="Not started",
              exp=("2025-07", "Summer term 2025", "unrated"), leads=["DHT"]),
     ]),
    ("R2: Improve pupils’ Welsh oracy skills across the school",
     [
         dict(ref="2.1", action="Appoint a Siarter Iaith champion in each phase and relaunch the Criw Cymraeg.",
              lead="Welsh Lead", when="October 2024", status="Complete",
              exp=("2024-10", None, "blue"), leads=["Welsh Lead"]),
         dict(ref="2.2", action="Provide professional learning for teaching assistants on incidental Welsh, delivered by the local authority Welsh advisory teacher.",
              lead="Welsh Lead; Welsh Advisory Teacher", when="Autumn term 2024", status="Delayed",
              exp=("2024-12", "Autumn term 2024", "amber"), leads=["Welsh Lead", "Welsh Advisory Teacher"]),
         dict(ref="2.3", action="Track pupils’ progress in Welsh oracy each term using the school’s oracy assessment framework.",
              lead="Welsh Lead", when="Termly", status="On track",
              exp=(None, "Termly", "green"), leads=["Welsh Lead"]),
     ]),
    ("R3: Ensure that governors have a clear overview of the school’s strengths and areas for development",
     [
         dict(ref="3.1", action="Link a governor to each school improvement priority and schedule a learning walk for each link governor every term.",
              lead="Chair of Governors", when="December 2024", status="On track",
              exp=("2024-12", None, "green"), leads=["Chair of Governors"]),
         dict(ref="3.2", action="Provide governors with a termly headteacher’s report aligned to the school development plan priorities.",
              lead="HT", when="Autumn term 2024", status="Complete",
              exp=("2024-12", "Autumn term 2024", "blue"), leads=["HT"]),
     ]),
]
YBC_TITLE = "Ysgol Bryn Coch – Post-Inspection Action Plan"


def build_ybc(path):
    lines = [
        YBC_TITLE,
        "Estyn inspection: 11–13 March 2024",
        "Report published: 20 May 2024",
        "Plan agreed by the Governing Body: 1 July 2024",
        "Progress reviewed: 19 November 2024",
        "Status key: Complete (blue) | On track (green) | Delayed (amber) | Not started",
        "",
    ]
    for rec, acts in YBC_RECS:
        lines.append(rec)
        lines.append("\t".join(["Ref", "Action", "Lead", "Timescale", "Status"]))
        for a in acts:
            lines.append("\t".join([a["ref"], a["action"], a["lead"], a["when"], a["status"]]))
        lines.append("")
    lines.append("Note: this plan is reviewed at each full governing body meeting and shared with the local "
                 "authority school improvement adviser.")
    lines.append("HT = Headteacher; DHT = Deputy Headteacher")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------
# 7. Harrogate Grammar School - school development plan (xlsx, refuse: typo month)
# ---------------------------------------------------------------------------
HGS_FILE = "zeq-harrogate-grammar-school-school-development-plan-2025-26-typo-month-refuse.xlsx"
HGS_TITLE = "Harrogate Grammar School – School Development Plan 2025–26"
HGS_PRIORITIES = [
    ("Priority 1: Curriculum and teaching – secure consistently strong adaptive teaching in Key Stage 3",
     [
         ("1.1", "Run a Year 7–9 adaptive teaching CPD cycle through the Teaching and Learning Communities.", "Deputy Headteacher (Teaching and Learning)", D(2025, 12, 19), "Sessions 1–3 delivered; good engagement.", "G"),
         ("1.2", "Complete subject reviews in English, science and geography focusing on adaptation for SEND pupils.", "Deputy Headteacher (Teaching and Learning) / SENCo", "Mar-26", "English review complete; science booked for January.", "G"),
         ("1.3", "Introduce low-stakes retrieval starters in all KS3 lessons and check through learning walks.", "Heads of Department", "Oct-25", "In place across all departments.", "B"),
     ]),
    ("Priority 2: Attendance and inclusion – reduce persistent absence for disadvantaged students",
     [
         ("2.1", "Appoint an attendance officer for Years 10–11 and introduce weekly attendance panels.", "Assistant Headteacher (Inclusion)", "Sep-25", "Officer in post from 1 September.", "B"),
         ("2.2", "Hold attendance review meetings with families of all disadvantaged students below 90%.", "Heads of Year", "Febuary 2026", "61 of 94 meetings held.", "G"),
         ("2.3", "Report attendance by group to the Local Governing Body each half term.", "Assistant Headteacher (Inclusion)", "Half-termly", "First report presented in November.", "G"),
     ]),
    ("Priority 3: Sixth form – increase the proportion of students achieving their aspirational grades",
     [
         ("3.1", "Introduce a supervised study programme for Year 12 students below target at the first data drop.", "Head of Sixth Form", "Nov-25", "Programme running for 48 students.", "G"),
         ("3.2", "Train sixth form tutors in academic mentoring using the trust's coaching model.", "Head of Sixth Form / Trust Lead for Post-16", "Jan-26", "Training date moved to January INSET.", "A"),
         ("3.3", "Review the Year 13 mock examination timetable and feedback process.", "Head of Sixth Form", "Apr-26", "Not yet started.", ""),
     ]),
]


def build_hgs(path):
    wb = Workbook()
    ov = wb.active
    ov.title = "Overview"
    ov["A1"] = HGS_TITLE
    ov["A1"].font = Font(bold=True, size=16, color="7B1E3A")
    ov["A2"] = "A Red Kite Learning Trust school"
    ov["A5"] = "Our priorities for 2025–26"
    ov["A5"].font = Font(bold=True)
    for i, (p, _) in enumerate(HGS_PRIORITIES, 6):
        ov.cell(i, 1, p)
    ov["A10"] = "The plan is monitored by the Senior Leadership Team each half term and by the Local Governing Body at each meeting."
    ov.column_dimensions["A"].width = 100

    ws = wb.create_sheet("SDP 2025-26")
    ws["A1"] = "School Development Plan 2025–26 – action plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Updated: 8 December 2025 (autumn review)"
    ws["A2"].font = Font(italic=True)
    headers = ["Ref", "Action", "Lead", "By when", "Autumn review", "RAG"]
    hr = 4
    for c, h in enumerate(headers, 1):
        cell = ws.cell(hr, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("7B1E3A")
        cell.border = BOX
    r = hr + 1
    ragfill = {"G": GREEN, "A": AMBER, "B": BLUE, "R": RED}
    typo_row = None
    for pri, acts in HGS_PRIORITIES:
        ws.cell(r, 1, pri)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(headers))
        ws.cell(r, 1).font = Font(bold=True)
        ws.cell(r, 1).fill = fill("F2DCDB")
        r += 1
        for ref, action, lead, when, review, rag in acts:
            vals = [ref, action, lead, when, review, rag or None]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            if rag:
                ws.cell(r, 6).fill = fill(ragfill[rag])
            if when == "Febuary 2026":
                typo_row = r
            r += 1
    widths = [6, 62, 36, 14, 40, 7]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.active = 1
    wb.save(path)
    return typo_row


CASES = [
    (WFRS_FILE, build_wfrs),
    (HIOW_FILE, build_hiow),
    (WH_FILE, build_warren_hill),
    (CAT_FILE, build_caterham),
    (SNC_FILE, build_snc),
    (YBC_FILE, build_ybc),
    (HGS_FILE, build_hgs),
]


def main():
    for name, fn in CASES:
        out = fn(os.path.join(HERE, name))
        print("wrote", name, "" if out is None else f"(typo row {out})")


if __name__ == "__main__":
    main()
