#!/usr/bin/env python3
"""Build the seven zrv- blind test files (set heldout704).

Run with: /work/main/.venv/bin/python zrv_make.py
Writes only files whose names start with "zrv-" into this script's folder.
"""
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
    assert name.startswith("zrv-")
    return os.path.join(HERE, name)


THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex6):
    return PatternFill("solid", start_color=hex6, end_color=hex6)


RAGFILL = {
    "blue": "5B9BD5",
    "green": "70AD47",
    "amber": "FFC000",
    "red": "FF0000",
}

# ---------------------------------------------------------------------------
# 1. NIPEC internal audit recommendations tracker (xlsx, three sheets)
# ---------------------------------------------------------------------------
NIPEC_TITLE = "NIPEC Internal Audit Recommendations – Implementation Status Report"

# each audit: heading, list of recommendations; each recommendation: ref,
# priority, text, list of actions (action, lead, original, revised, status, rag, update)
NIPEC_OUTSTANDING = [
    ("2023/24 – Information Governance (Limited assurance)", [
        ("IG 1", "Priority 1",
         "NIPEC should complete and approve an Information Asset Register covering all business areas, "
         "with an Information Asset Owner assigned to each asset.",
         [("An Information Asset Register will be completed for all business areas and presented to SMT "
           "for approval. Information Asset Owners will be confirmed in writing.",
           "Head of Corporate Services", dt.datetime(2024, 9, 30), dt.datetime(2026, 3, 31),
           "Partially implemented", "amber",
           "Register drafted for 9 of 11 business areas. Remaining areas (Regulation & Quality; Digital) "
           "to be completed by end of Q4.")]),
        ("IG 2", "Priority 2",
         "Completion of mandatory information governance training should be monitored and staff who have "
         "not completed it within the required timeframe should be followed up.",
         [("Training completion reports will be produced from HRPTS quarterly and reported to SMT.",
           "Business Services Manager", dt.datetime(2024, 12, 31), None,
           "Implemented", "blue",
           "Quarterly reports to SMT since January 2025."),
          ("Line managers will be notified of staff with overdue training and asked to confirm completion "
           "within 4 weeks.",
           "Business Services Manager / Line Managers", dt.datetime(2025, 3, 31), dt.datetime(2025, 9, 30),
           "Not implemented", "red",
           "Notifications not yet issued; completion rate 81% against 95% target.")]),
    ]),
    ("2024/25 – Procurement and Contract Management (Satisfactory assurance)", [
        ("PC 1", "Priority 2",
         "A contracts register should be maintained centrally and reviewed at least quarterly to ensure "
         "contracts are re-tendered before expiry.",
         [("Central contracts register to be established on SharePoint, with quarterly review by the "
           "Finance Manager and exception reporting to SMT.",
           "Finance Manager", "Q3 2025/26", None,
           "Not yet due", "green",
           "Register template agreed with CPD Health Projects; population under way.")]),
        ("PC 2", "Priority 3",
         "Purchase orders should be raised before goods or services are ordered, in line with NIPEC’s "
         "Financial Procedures.",
         [("Reminder to be issued to all budget holders; compliance to be tested in the annual finance "
           "self-assessment.",
           "Finance Manager", dt.datetime(2025, 10, 31), dt.datetime(2026, 1, 31),
           "Partially implemented", "amber",
           "Reminder issued 6 October 2025. Self-assessment testing rescheduled to January.")]),
    ]),
    ("2024/25 – Professional Development Framework Project (Limited assurance)", [
        ("PD 1", "Priority 1",
         "Project governance arrangements should be formalised, including terms of reference for the "
         "Project Board and regular highlight reporting.",
         [("Project Board terms of reference to be approved and monthly highlight reports introduced.",
           "Chief Executive / Senior Professional Officer (Project Lead)", dt.datetime(2025, 6, 30),
           dt.datetime(2025, 12, 31),
           "Partially implemented", "amber",
           "Terms of reference approved by the Project Board on 4 September 2025. First highlight report "
           "due December 2025.")]),
        ("PD 2", "Priority 2",
         "A benefits realisation plan should be developed for the project, with measurable benefits and "
         "named benefit owners.",
         [("Benefits realisation plan to be developed and agreed by the Project Board.",
           "Senior Professional Officer (Project Lead)", dt.datetime(2026, 3, 31), None,
           "Not yet due", "green", "")]),
    ]),
]

NIPEC_IMPLEMENTED = [
    ("2023/24 – Complaints Handling (Satisfactory assurance)", [
        ("CH 3", "Priority 2",
         "The complaints procedure should be updated to reflect the NIPSO Model Complaints Handling "
         "Procedure.",
         [("Complaints procedure to be revised in line with the NIPSO model and published on the NIPEC "
           "website.",
           "Head of Corporate Services", dt.datetime(2025, 8, 31), None,
           "Implemented", "blue",
           "Revised procedure approved by SMT 19 August 2025 and published.")]),
        ("CH 4", "Priority 3",
         "Complaints data should be reported to Council at least annually.",
         [("Annual complaints report to be presented to Council.",
           "Head of Corporate Services", dt.datetime(2025, 9, 30), None,
           "Implemented", "blue",
           "Annual report presented to Council 25 September 2025.")]),
    ]),
]

NIPEC_HEAD = ["Ref", "Priority", "Recommendation", "Management response / agreed action",
              "Responsible officer", "Original implementation date", "Revised implementation date",
              "Status", "RAG", "Progress update – November 2025"]


def nipec_sheet(ws, heading, audits):
    ws["A1"] = heading
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells("A1:J1")
    r = 3
    for c, h in enumerate(NIPEC_HEAD, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F4E79")
        cell.alignment = WRAP
        cell.border = BOX
    r += 1
    for audit, recs in audits:
        ws.cell(r, 1, audit).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        ws.cell(r, 1).fill = fill("D9E1F2")
        r += 1
        for ref, prio, rec, acts in recs:
            first = r
            for (act, lead, orig, rev, status, rag, upd) in acts:
                vals = [None, None, None, act, lead, orig, rev, status, None, upd or None]
                for c, v in enumerate(vals, 1):
                    cell = ws.cell(r, c, v)
                    cell.alignment = WRAP
                    cell.border = BOX
                    if isinstance(v, dt.datetime):
                        cell.number_format = "dd/mm/yyyy"
                ws.cell(r, 9).fill = fill(RAGFILL[rag])
                r += 1
            ws.cell(first, 1, ref)
            ws.cell(first, 2, prio)
            ws.cell(first, 3, rec)
            if r - first > 1:
                for c in (1, 2, 3):
                    ws.merge_cells(start_row=first, start_column=c, end_row=r - 1, end_column=c)
    widths = [8, 11, 45, 45, 24, 14, 14, 16, 7, 40]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHIJ"[i]].width = w
    ws.freeze_panes = "A4"
    return r


def make_nipec():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = NIPEC_TITLE
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Audit and Risk Assurance Committee – 10 December 2025"
    s["A3"] = "Northern Ireland Practice and Education Council for Nursing and Midwifery"
    s["A3"].font = Font(italic=True)
    head = ["Priority", "Recommendations", "Implemented", "Partially implemented",
            "Not implemented", "Not yet due"]
    for c, h in enumerate(head, 1):
        cell = s.cell(5, c, h)
        cell.font = Font(bold=True)
        cell.fill = fill("D9E1F2")
        cell.border = BOX
        cell.alignment = WRAP
    rows = [("Priority 1", 2, 0, 2, 0, 0),
            ("Priority 2", 4, 1, 0, 1, 2),
            ("Priority 3", 2, 1, 1, 0, 0),
            ("Total", 8, 2, 3, 1, 2)]
    for i, row in enumerate(rows):
        for c, v in enumerate(row, 1):
            cell = s.cell(6 + i, c, v)
            cell.border = BOX
            if row[0] == "Total":
                cell.font = Font(bold=True)
    s["A11"] = "RAG key"
    s["A11"].font = Font(bold=True)
    key = [("blue", "Implemented – evidence provided to Internal Audit"),
           ("green", "Not yet due / on track for the agreed implementation date"),
           ("amber", "Partially implemented – revised implementation date agreed"),
           ("red", "Not implemented – implementation date has passed")]
    for i, (col, txt) in enumerate(key):
        s.cell(12 + i, 1).fill = fill(RAGFILL[col])
        s.cell(12 + i, 1).border = BOX
        s.cell(12 + i, 2, txt)
    s["A17"] = ("Source: BSO Internal Audit follow-up review, November 2025. Priority 1 – significant "
                "weakness; Priority 2 – important; Priority 3 – housekeeping.")
    s["A17"].font = Font(italic=True, size=9)
    s.column_dimensions["A"].width = 14
    s.column_dimensions["B"].width = 60
    for col in "CDEF":
        s.column_dimensions[col].width = 14

    ws = wb.create_sheet("Outstanding")
    nipec_sheet(ws, "Outstanding recommendations as at 30 November 2025", NIPEC_OUTSTANDING)
    ws2 = wb.create_sheet("Implemented – for closure")
    nipec_sheet(ws2, "Recommendations assessed as implemented since the September 2025 Committee "
                     "(proposed for closure)", NIPEC_IMPLEMENTED)
    wb.save(out("zrv-nipec-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 2. Lambeth and Southwark Housing Association strategic risk register (xlsx, refuse)
# ---------------------------------------------------------------------------
LSHA_RISKS = [
    ("SR1",
     "Building safety and compliance – failure to meet statutory landlord compliance obligations (gas, "
     "fire, electrical, water, asbestos, lifts) leading to harm to residents and regulatory action.",
     "Director of Property", 20,
     "Monthly compliance dashboard to Board; external audit of fire risk assessments; contractor KPIs "
     "reviewed monthly.", 12, "Amber", "Amber",
     [("Complete remedial actions from 2025 fire risk assessments (high-priority items)",
       "Head of Compliance", "Dec-25", "38 of 45 high-priority actions completed."),
      ("Commission independent assurance review of electrical safety (EICR) data",
       "Head of Compliance", "Febuary 2026", "Scope agreed with internal auditors.")]),
    ("SR2",
     "Damp and mould – failure to identify and respond to hazards within Awaab’s Law timescales, "
     "leading to harm to residents, Ombudsman findings and reputational damage.",
     "Director of Housing", 16,
     "Damp and mould policy; triage by surveyors; weekly case review meeting.", 9, "Red", "Amber",
     [("Embed Awaab’s Law timescales in the repairs system and train surveyors",
       "Head of Repairs", "31/10/2025", "Complete – went live 27 October 2025.")]),
    ("SR3",
     "Financial viability – cost inflation and rent policy reduce headroom on loan covenants and "
     "capacity to invest in existing homes.",
     "Director of Finance", 15,
     "30-year business plan; monthly management accounts; treasury management policy.", 10, "Amber",
     "Amber",
     [("Refresh business plan stress testing, including a combined ‘perfect storm’ scenario",
       "Director of Finance", "Mar-26", "Scenarios agreed at Finance & Audit Committee.")]),
    ("SR4",
     "Regulatory compliance – the association cannot demonstrate compliance with the Consumer Standards "
     "at a Regulator of Social Housing inspection.",
     "Chief Executive", 16,
     "Consumer Standards working group; Tenant Satisfaction Measures reported quarterly.", 8, "Amber",
     "Green",
     [("Complete self-assessment against the Consumer Standards and present to Board",
       "Director of Housing / Governance Manager", "Jan-26", "Draft self-assessment 70% complete."),
      ("Publish 2024/25 Tenant Satisfaction Measures results and improvement plan",
       "Governance Manager", "Sep-25", "Complete – published 26 September 2025.")]),
    ("SR5",
     "Cyber security – a cyber attack or data breach disrupts services and exposes residents’ personal "
     "data.",
     "Director of Finance", 16,
     "Managed security service; MFA for all users; annual penetration test.", 12, "Amber", "Amber",
     [("Achieve Cyber Essentials Plus certification",
       "Head of IT", "Q4 2025/26", "Gap analysis complete; remediation in progress.")]),
]
LSHA_TITLE = "Lambeth and Southwark Housing Association – Strategic Risk Register 2025/26"
LSHA_REFUSE_ROW = None  # filled in by make_lsha


def make_lsha():
    global LSHA_REFUSE_ROW
    wb = Workbook()
    ws = wb.active
    ws.title = "Strategic Risk Register"
    ws["A1"] = LSHA_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Q2 review – reported to Board, 18 November 2025"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Scoring: likelihood (1–5) x impact (1–5). Residual score 15 and above = Red; "
                "8 to 12 = Amber; 6 and below = Green.")
    ws["A3"].font = Font(italic=True, size=9)
    head = ["Risk ref", "Risk description (cause / event / effect)", "Risk owner", "Inherent score",
            "Key controls in place", "Residual score", "Previous RAG", "Current RAG",
            "Further action required", "Action owner", "Target date", "Progress"]
    for c, h in enumerate(head, 1):
        cell = ws.cell(5, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("375623")
        cell.alignment = WRAP
        cell.border = BOX
    ragfill = {"Red": "FF0000", "Amber": "FFC000", "Green": "00B050"}
    r = 6
    for ref, desc, owner, inh, ctrl, res, prev, cur, acts in LSHA_RISKS:
        first = r
        for act, aowner, target, prog in acts:
            for c, v in enumerate([act, aowner, target, prog], 9):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
            if target == "Febuary 2026":
                LSHA_REFUSE_ROW = r
            r += 1
        vals = [ref, desc, owner, inh, ctrl, res, prev, cur]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(first, c, v)
            cell.alignment = WRAP
            cell.border = BOX
        ws.cell(first, 7).fill = fill(ragfill[prev])
        ws.cell(first, 8).fill = fill(ragfill[cur])
        if r - first > 1:
            for c in range(1, 9):
                ws.merge_cells(start_row=first, start_column=c, end_row=r - 1, end_column=c)
    r += 1
    ws.cell(r, 1, "Risk appetite statements and the full operational risk register are held by the "
                  "Governance Manager.").font = Font(italic=True, size=9)
    widths = [8, 48, 18, 10, 40, 10, 10, 10, 44, 22, 13, 34]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHIJKL"[i]].width = w
    wb.save(out("zrv-lambeth-and-southwark-housing-association-strategic-risk-register-2025-26-"
                "typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# 3. Salix Homes HSE improvement notices tracker (monday.com export, xlsx)
# ---------------------------------------------------------------------------
SALIX_TITLE = "HSE Improvement Notices – Corrective Action Tracker"
SALIX_GROUPS = [
    ("IN 1 – Asbestos: duty to manage (Control of Asbestos Regulations 2012, reg. 4) – comply by 30/01/2026",
     [("Complete asbestos management surveys for the 46 low-rise blocks with no communal area survey on "
       "record", "Priya Shah", "Amber", "2026-01-16",
       "31 of 46 surveys complete. Access issues at 4 blocks escalated to Neighbourhood team.", 1734552001),
      ("Update the asbestos register and issue register extracts to all repairs contractors",
       "Priya Shah, Daniel Okafor", "Green", "2026-01-30",
       "Register module configured; extracts to follow survey completion.", 1734552017),
      ("Deliver asbestos awareness refresher training to in-house operatives and supervisors",
       "Learning & Development Team", "Complete", "2025-11-28",
       "112 of 112 staff trained. Certificates on file.", 1734552034)]),
    ("IN 2 – Legionella: water hygiene risk assessment and control (COSHH regs 6 & 7, ACoP L8) – comply by "
     "19/12/2025",
     [("Review and re-issue legionella risk assessments for all sheltered schemes and communal water "
       "systems", "Mark Jennings", "Red", "2025-12-19",
       "Contractor resource shortfall – 9 of 22 assessments outstanding. HSE inspector informed 14/11.",
       1734552101),
      ("Appoint a Responsible Person (Water) in writing and a named deputy", "Head of Building Safety",
       "Complete", "2025-10-31", "Appointment letters issued 24/10/2025.", 1734552118),
      ("Introduce monthly temperature monitoring and flushing records on the compliance app",
       "Mark Jennings", "Amber", "2026-01-30", "App forms built; pilot at 3 schemes from December.",
       1734552135)]),
    ("IN 3 – Hand-arm vibration: grounds maintenance operatives (Control of Vibration at Work Regulations "
     "2005, reg. 6) – comply by 31/03/2026",
     [("Carry out HAV exposure assessments for all hand-held grounds maintenance equipment",
       "Aisha Rahman", "Green", "2026-02-27", "Equipment inventory complete; vibration data requested "
       "from manufacturers.", 1734552202),
      ("Introduce trigger-time monitoring and health surveillance referrals for operatives above the "
       "exposure action value", "Aisha Rahman", "", "2026-03-31", "", 1734552219)]),
]


def make_salix():
    wb = Workbook()
    ws = wb.active
    ws.title = "HSE Improvement Notices"
    ws["A1"] = SALIX_TITLE
    ws["A1"].font = Font(bold=True, size=16)
    ws["A2"] = ("Salix Homes – actions agreed in response to the three Improvement Notices served by HSE "
                "on 3 October 2025. Reported to the Health & Safety Committee monthly.")
    ws["A2"].font = Font(color="676879")
    head = ["Name", "Owner", "RAG", "Due date", "Updates", "Subitems", "Item ID"]
    monday = {"Complete": "00C875", "Green": "00C875", "Amber": "FDAB3D", "Red": "E2445C"}
    group_colours = ["579BFC", "A25DDC", "FF7575"]
    r = 4
    for gi, (group, items) in enumerate(SALIX_GROUPS):
        cell = ws.cell(r, 1, group)
        cell.font = Font(bold=True, size=13, color=group_colours[gi])
        r += 1
        for c, h in enumerate(head, 1):
            cell = ws.cell(r, c, h)
            cell.font = Font(bold=True)
            cell.border = BOX
            cell.fill = fill("F5F6F8")
        r += 1
        for name, person, rag, due, upd, iid in items:
            vals = [name, person, rag or None, due, upd or None, None, iid]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.border = BOX
                cell.alignment = WRAP
            if rag:
                ws.cell(r, 3).fill = fill(monday[rag])
                ws.cell(r, 3).font = Font(color="FFFFFF")
            r += 1
        r += 1
    widths = [60, 26, 12, 12, 50, 10, 12]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFG"[i]].width = w
    wb.save(out("zrv-salix-homes-hse-improvement-notices-action-tracker-monday-export.xlsx"))


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


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


def header_row(table, labels, colour="1F3864"):
    for i, h in enumerate(labels):
        c = table.rows[0].cells[i]
        set_cell(c, h, bold=True)
        c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        shade(c, colour)


# ---------------------------------------------------------------------------
# 4. Scottish Prison Service – HMP Highland programme highlight report (docx)
# ---------------------------------------------------------------------------
SPS_TITLE = "HMP Highland Programme Highlight Report"
SPS_WORKSTREAMS = [
    ("Workstream 1: Construction and commissioning", [
        ("1.1", "Balfour Beatty to achieve sectional completion of house blocks A and B",
         "Project Director (Estates)", "Sep-25", "Jan-26", "A",
         "Late delivery of security glazing; contractor recovery programme received 24 October."),
        ("1.2", "Complete installation and factory acceptance testing of the integrated security "
         "management system", "Head of Security Systems", "Nov-25", "Nov-25", "G",
         "FAT scheduled 18–21 November."),
        ("1.3", "Obtain completion certificate for the building warrant from The Highland Council",
         "Project Director (Estates)", "Jun-26", "Jun-26", "G", ""),
    ]),
    ("Workstream 2: Operational readiness", [
        ("2.1", "Approve operational policies and local management rules for HMP Highland",
         "Governor in Charge (designate)", "Dec-25", "Feb-26", "A",
         "Drafting delayed by SPS-wide review of the Prison Rules; 14 of 23 policies drafted."),
        ("2.2", "Agree healthcare service specification and accommodation schedule with NHS Highland",
         "Head of Operational Readiness / NHS Highland Head of Prison Healthcare", "Oct-25", "Oct-25", "B",
         "Specification signed off at Joint Partnership Group, 22 October."),
    ]),
    ("Workstream 3: Workforce and recruitment", [
        ("3.1", "Recruit 85 additional residential and operations officers",
         "HR Business Partner", "Mar-26", "Jun-26", "R",
         "52 appointed to date. Third campaign closes 14 November; local labour market tight."),
        ("3.2", "Deliver Prison Officer Foundation training for new recruits at the SPS College",
         "Head of SPS College", "May-26", "Jul-26", "A", "Dependent on 3.1."),
    ]),
    ("Workstream 4: Transition from HMP Inverness", [
        ("4.1", "Finalise the prisoner transfer and decant plan from HMP Inverness",
         "Governor, HMP Inverness", "Feb-26", "Apr-26", "A",
         "Aligned to revised operational date; Police Scotland and GEOAmey engaged."),
        ("4.2", "Agree a disposal strategy for the Porterfield site with Scottish Government",
         "Head of Estates Strategy", "TBC", "TBC", "G", "Options paper to Executive Management Group."),
    ]),
]
SPS_RAG = {"G": "00B050", "A": "FFC000", "R": "FF0000", "B": "0070C0"}


def make_sps():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    hdr = doc.sections[0].header.paragraphs[0]
    hdr.text = "Scottish Prison Service\tOFFICIAL – SENSITIVE: COMMERCIAL"
    doc.add_heading(SPS_TITLE, level=0)
    p = doc.add_paragraph("Period 7: 1 – 31 October 2025")
    p.runs[0].bold = True

    t = doc.add_table(rows=6, cols=2)
    t.style = "Table Grid"
    info = [("Report to", "HMP Highland Programme Board"),
            ("Meeting date", "12 November 2025"),
            ("Senior Responsible Owner", "Deputy Chief Executive"),
            ("Prepared by", "Programme Manager, Estates Development"),
            ("Version", "1.0 FINAL"),
            ("Classification", "OFFICIAL – SENSITIVE: COMMERCIAL")]
    for i, (a, b) in enumerate(info):
        set_cell(t.rows[i].cells[0], a, bold=True)
        shade(t.rows[i].cells[0], "D9E2F3")
        set_cell(t.rows[i].cells[1], b)

    doc.add_heading("1. Programme status", level=1)
    dims = [("Overall", "A", "A", "Forecast operational date remains Q2 2026/27; pressure on workforce "
                                  "plan."),
            ("Time", "A", "A", "Sectional completion of house blocks A and B forecast January 2026."),
            ("Cost", "A", "A", "Within approved £209m envelope; contingency drawdown 61%."),
            ("Scope", "G", "G", "No change requests this period."),
            ("Resources", "A", "R", "Officer recruitment behind plan – see action 3.1."),
            ("Benefits", "G", "G", "Benefits profile unchanged.")]
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Dimension", "Last period", "This period", "Commentary"])
    for d, a, b, c in dims:
        row = t.add_row().cells
        set_cell(row[0], d, bold=True)
        set_cell(row[1], a)
        shade(row[1], SPS_RAG[a])
        set_cell(row[2], b)
        shade(row[2], SPS_RAG[b])
        set_cell(row[3], c)

    doc.add_heading("2. Summary of the period", level=1)
    doc.add_paragraph(
        "External envelope works are complete and internal fit-out is progressing across all house blocks. "
        "The contractor has issued a recovery programme for the glazing delay. The principal concern for "
        "the Board is the recruitment of operational staff, which is now rated Red.")

    doc.add_heading("3. Key actions and deliverables", level=1)
    doc.add_paragraph("Forecast dates reflect the position at 31 October 2025. Baseline dates are those in "
                      "the Full Business Case addendum approved in April 2024.")
    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    header_row(t, ["Ref", "Action / deliverable", "Owner", "Baseline date", "Forecast date", "RAG",
                   "Commentary"])
    for ws_name, items in SPS_WORKSTREAMS:
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[6])
        set_cell(merged, ws_name, bold=True)
        shade(merged, "D9E2F3")
        for ref, act, owner, base, fc, rag, comm in items:
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, act, owner, base, fc, rag, comm]):
                set_cell(c, v)
            shade(cells[5], SPS_RAG[rag])

    doc.add_heading("4. Top programme risks", level=1)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Risk ID", "Risk", "Score (L x I)", "Risk owner"])
    for rk in [("HH-R04", "Insufficient trained officers available for the operational date", "20",
                "Deputy Chief Executive"),
               ("HH-R11", "Further contractor delay to sectional completion", "12",
                "Project Director (Estates)")]:
        cells = t.add_row().cells
        for c, v in zip(cells, rk):
            set_cell(c, v)

    doc.add_heading("5. Decisions and support required from the Board", level=1)
    doc.add_paragraph("Note the Red rating for Resources and endorse the proposal for a targeted "
                      "recruitment premium for Inverness-based posts (paper HH/PB/25/41).",
                      style="List Bullet")
    doc.add_paragraph("Note the forecast slippage to action 2.1.", style="List Bullet")

    p = doc.add_paragraph()
    r = p.add_run("RAG key: G – on track; A – at risk, recovery in hand; R – off track, Board intervention "
                  "required; B – complete.")
    r.italic = True
    r.font.size = Pt(8)
    doc.save(out("zrv-scottish-prison-service-hmp-highland-programme-highlight-report.docx"))


# ---------------------------------------------------------------------------
# 5. Cruse Bereavement Support – Charity Commission action plan (docx)
# ---------------------------------------------------------------------------
CRUSE_TITLE = "Action plan: response to the Charity Commission’s regulatory advice and guidance"
CRUSE_AREAS = [
    ("1. Trustee board: recruitment, skills and terms of office",
     "The trustees should ensure that appointments and re-appointments to the board follow the process "
     "set out in the charity’s articles, that terms of office are recorded and monitored, and that the "
     "board has the skills it needs.",
     [("1.1", "Produce and maintain a register of trustee terms of office, with re-appointment dates "
              "flagged to the Governance and Nominations Committee.",
       "Company Secretary", "31 March 2025",
       "Register in place and reviewed at each Committee meeting.", "C"),
      ("1.2", "Carry out a board skills audit and use the results to recruit at least two trustees with "
              "safeguarding and clinical governance experience.",
       "Chair of Trustees / Company Secretary", "September 2025 (revised: January 2026)",
       "Skills audit complete. Recruitment campaign extended after first round; interviews "
       "8 December 2025.", "A"),
      ("1.3", "Adopt a trustee induction pack and ensure all new trustees complete induction within "
              "three months of appointment.",
       "Head of Governance", "End of June 2025", "Pack adopted June 2025.", "C")]),
    ("2. Management of conflicts of interest",
     "The trustees must identify, record and manage conflicts of interest in line with the Commission’s "
     "guidance (CC29), including where a trustee is connected to a supplier of services to the charity.",
     [("2.1", "Revise the conflicts of interest policy and require every trustee and senior manager to "
              "complete an annual declaration.",
       "Company Secretary", "By 30 April 2025",
       "Revised policy approved by the Board 24 April 2025; 2025 declarations 100% complete.", "C"),
      ("2.2", "Record declarations, and how any conflict was managed, at the start of the minutes of "
              "every Board and committee meeting.",
       "Company Secretary", "Ongoing", "In place from the May 2025 Board.", "G"),
      ("2.3", "Re-tender the contract for the bereavement helpline telephony platform through an open "
              "process, with the connected trustee excluded from the decision.",
       "Director of Finance and Resources", "December 2025",
       "Tender issued 8 September 2025; evaluation panel agreed.", "G")]),
    ("3. Safeguarding and serious incident reporting",
     "The trustees should make sure that serious incidents are reported to the Commission promptly and "
     "that the board receives regular assurance on safeguarding across the volunteer network.",
     [("3.1", "Introduce a serious incident log, reviewed monthly by the Executive Team, with clear "
              "criteria for reporting to the Commission.",
       "Director of Services / Designated Safeguarding Lead", "31/05/2025",
       "Log in use since May 2025; two reports made to the Commission.", "C"),
      ("3.2", "Present a safeguarding assurance report to every Board meeting, including volunteer DBS "
              "compliance.",
       "Designated Safeguarding Lead", "Quarterly", "Reports presented July and October 2025.", "G"),
      ("3.3", "Commission an independent review of safeguarding arrangements in the volunteer network "
              "and share its findings with the Commission.",
       "Chair of Trustees", "March 2026",
       "Appointment of the reviewer delayed; Commission informed 30 September 2025.", "R")]),
    ("4. Annual reporting",
     "The trustees should explain in the annual report how the charity has responded to the Commission’s "
     "regulatory advice and guidance.",
     [("4.1", "Include a section on the Commission’s engagement and this action plan in the 2024/25 "
              "Trustees’ Annual Report.",
       "Director of Finance and Resources", "By 31 January 2026",
       "Draft section reviewed by the Audit and Risk Committee.", "G")]),
]
CRUSE_STATUS_FILL = {"C": "2E75B6", "G": "00B050", "A": "FFC000", "R": "FF0000"}


def make_cruse():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    hdr = doc.sections[0].header.paragraphs[0]
    hdr.text = "Cruse Bereavement Support"
    hdr.runs[0].bold = True
    hdr.runs[0].font.color.rgb = RGBColor(0x00, 0x5E, 0x6E)
    doc.add_heading(CRUSE_TITLE, level=1)

    doc.add_paragraph("Document control").runs[0].bold = True
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Version", "Date", "Author", "Approved by"], colour="005E6E")
    for v in [("0.3", "12 February 2025", "Company Secretary", "Governance and Nominations Committee"),
              ("1.0", "27 February 2025", "Company Secretary", "Board of Trustees"),
              ("1.3", "9 October 2025", "Head of Governance", "Board of Trustees (progress update)")]:
        cells = t.add_row().cells
        for c, x in zip(cells, v):
            set_cell(c, x)

    doc.add_heading("Background", level=2)
    doc.add_paragraph(
        "In December 2024 the Charity Commission concluded a regulatory compliance case into the charity "
        "and issued regulatory advice and guidance to the trustees under section 15(2) of the Charities "
        "Act 2011. The trustees accepted the advice in full and agreed the actions below. Progress is "
        "reported to every Board meeting and to the Commission every six months. This version shows the "
        "position at October 2025.")
    p = doc.add_paragraph()
    r = p.add_run("Status key: C = complete; G = on track; A = some slippage, revised date agreed with "
                  "the Commission; R = off track or overdue.")
    r.italic = True

    for heading, advice, actions in CRUSE_AREAS:
        doc.add_heading(heading, level=2)
        p = doc.add_paragraph()
        p.add_run("Commission’s advice").bold = True
        doc.add_paragraph(advice)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        header_row(t, ["No.", "Action", "Lead", "Target date", "Progress at October 2025", "Status"],
                   colour="005E6E")
        for no, act, lead, target, prog, stt in actions:
            cells = t.add_row().cells
            for c, x in zip(cells, [no, act, lead, target, prog, stt]):
                set_cell(c, x)
            shade(cells[5], CRUSE_STATUS_FILL[stt])
            cells[5].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER

    doc.add_heading("Sign-off", level=2)
    t = doc.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for i, v in enumerate(["Approved on behalf of the Board of Trustees", "Chair of Trustees",
                           "9 October 2025"]):
        set_cell(t.rows[0].cells[i], ["Approval", "Signed", "Date"][i], bold=True)
        set_cell(t.rows[1].cells[i], v)
    doc.save(out("zrv-cruse-bereavement-support-charity-commission-regulatory-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Nantwich Town Council – governance action plan, Planner export saved as CSV
# ---------------------------------------------------------------------------
NANTWICH_PLAN = "Governance Action Plan 2025-26"
PLANNER_HEAD = ["Task ID", "Task Name", "Bucket Name", "Progress", "Priority", "Assigned To",
                "Created By", "Created Date", "Start Date", "Due Date", "Is Recurring", "Late",
                "Completed Date", "Completed By", "Completed Checklist Items", "Checklist Items",
                "Labels", "Description"]
# (id, name, bucket, progress, priority, assigned, created, start, due, late, completed, labels, desc)
NANTWICH_TASKS = [
    ("kT2vQm8XbEaLr0cWJ5nZpWUAGx4h", "Review and readopt Financial Regulations based on the 2024 NALC model",
     "Internal audit 2024/25 recommendations", "Completed", "Important", "Clare Whitby;Peter Groves",
     "02/06/2025", "02/06/2025", "30/09/2025", "false", "23/09/2025", "",
     "Adopted at Full Council 18 September 2025 (minute 25/112)."),
    ("Hq9dL3sUfRkE7yPn1aTbMmUAC2oJ", "Carry out quarterly bank reconciliations signed off by a non-signatory "
     "councillor", "Internal audit 2024/25 recommendations", "In progress", "Medium", "Rachel Dunn",
     "02/06/2025", "01/07/2025", "31/03/2026", "false", "", "Green",
     "Q1 and Q2 reconciliations signed off at Finance & Governance Committee."),
    ("Zb4wP0eYcVnG6sKq8tHxRyUAF7lD", "Update the asset register and reconcile it to the insurance schedule",
     "Internal audit 2024/25 recommendations", "In progress", "Important", "Rachel Dunn",
     "02/06/2025", "01/07/2025", "31/10/2025", "true", "", "Red",
     "Valuations for Christmas lights and street furniture still outstanding.\n"
     "Insurer chased 05/11/2025."),
    ("Rm7cT1gWdQzB5hJv2pLsNkUAD9eF", "Adopt updated Standing Orders (NALC 2025 model) at Full Council",
     "Standing Orders & committees", "Not started", "Medium", "Clare Whitby",
     "09/06/2025", "", "22/01/2026", "false", "", "", ""),
    ("Ys3fN6kPaXuD8wLm0rCqTbUAE4gV", "Review terms of reference for the Finance & Governance and Planning "
     "committees", "Standing Orders & committees", "In progress", "Medium", "Clare Whitby;Amanda Lowe",
     "09/06/2025", "01/09/2025", "22/01/2026", "false", "", "Amber",
     "Working group met 14/10/2025; draft to be circulated to members."),
    ("Pf8jW2nRtLyH4cBx6vKdQaUAB1sM", "Publish all payments over £500 on the council website each quarter",
     "Transparency & website", "Completed", "Medium", "Rachel Dunn",
     "09/06/2025", "09/06/2025", "31/07/2025", "false", "28/07/2025", "", ""),
    ("Dw5hK9qLbZsM3eTy7gNcVjUAH6rP", "Make the council website compliant with WCAG 2.2 AA and publish an "
     "accessibility statement", "Transparency & website", "In progress", "Important", "Tom Heald",
     "09/06/2025", "15/09/2025", "28/02/2026", "false", "", "Amber;IT",
     "Audit by web developer found 37 issues; 21 fixed."),
    ("Gn1xR4vCmPkT9bWq5sLeJdUAK3yZ", "Review the corporate risk register and present it to Finance & "
     "Governance Committee", "Risk management", "In progress", "Important", "Clare Whitby",
     "16/06/2025", "01/10/2025", "11/12/2025", "false", "", "Green", ""),
    ("Lc6yM8zDfQrV2nHk4tWaBpUAM5xS", "Renew cyber insurance and complete the NCSC Small Business Guide "
     "checklist", "Risk management", "Not started", "Low", "Tom Heald",
     "16/06/2025", "", "31/03/2026", "false", "", "", ""),
]


def csv_field(v):
    v = "" if v is None else str(v)
    if any(ch in v for ch in ',"\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def make_nantwich():
    n = len(PLANNER_HEAD)
    lines = []

    def row(vals):
        vals = list(vals) + [""] * (n - len(vals))
        lines.append(",".join(csv_field(v) for v in vals))

    row(["Plan name", NANTWICH_PLAN])
    row(["Plan ID", "u8RkVn2LqT0yWbXcDmA4fZcAE7pH"])
    row(["Export date", "17/11/2025"])
    row([])
    row(PLANNER_HEAD)
    for (tid, name, bucket, prog, prio, assigned, created, start, due, late, comp, labels,
         desc) in NANTWICH_TASKS:
        completed_by = "Clare Whitby" if comp else ""
        row([tid, name, bucket, prog, prio, assigned, "Clare Whitby", created, start, due, "false", late,
             comp, completed_by, "0", "0", labels, desc])
    with open(out("zrv-nantwich-town-council-governance-action-plan-planner-export.csv"), "w",
              encoding="utf-8-sig", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------------------
# 7. safefood – Audit and Risk Committee action log (tab-separated text)
# ---------------------------------------------------------------------------
SAFEFOOD_TITLE = "safefood Audit and Risk Committee – Action Log"
SAFEFOOD_SECTIONS = [
    ("Actions from meeting of 11 June 2025", [
        ("ARC/25/07", "Internal Audit progress report",
         "Circulate the revised timetable for the Procurement Compliance internal audit to members",
         "Director of Corporate Operations", "Sep-25", "Complete",
         "Revised timetable circulated 2 July 2025.", []),
        ("ARC/25/08", "Corporate risk register",
         "Add a specific corporate risk on the cross-border funding settlement and present it with "
         "mitigations", "Chief Executive", "Sep-25", "Complete",
         "New risk CR12 presented 17 September 2025.", []),
        ("ARC/25/09", "NIAO Report to those charged with governance",
         "Present evidence that the NIAO priority 2 recommendation on fixed asset verification has been "
         "implemented", "Head of Finance", "Dec-25", "Amber",
         "Asset verification 80% complete; on course for the December meeting.", []),
    ]),
    ("Actions from meeting of 17 September 2025", [
        ("ARC/25/12", "Cyber security",
         "Arrange a cyber security briefing for Committee members from the shared IT service provider",
         "Director of Corporate Operations / Head of ICT", "Dec-25", "Green",
         "Briefing booked for the start of the December meeting.", []),
        ("ARC/25/13", "Fraud",
         "Update the Fraud Response Plan to reflect the Department of Finance’s revised guidance and bring "
         "it to the Committee for approval", "Head of Finance", "Mar-26", "Green",
         "Revision under way.", ["Draft shared with Internal Audit 20 November 2025."]),
        ("ARC/25/14", "Gifts and hospitality",
         "Review the gifts and hospitality register and report any declarations by Board members",
         "Board Secretary", "4 December 2025", "Red",
         "Not started – Board Secretary post vacant until November.", []),
        ("ARC/25/15", "Annual assurance",
         "Provide a mid-year assurance statement from each Director", "SMT", "Jan-26", "Green", "", []),
    ]),
    ("Standing actions", [
        ("ARC/24/21", "Corporate risk register",
         "Report any risk with a residual score of 16 or above to every Committee meeting",
         "Chief Executive", "Standing item", "Green", "Two risks reported in September.", []),
    ]),
]


def make_safefood():
    lines = [SAFEFOOD_TITLE,
             "Rolling log of actions – updated for the meeting of 4 December 2025",
             "",
             "\t".join(["Action No.", "Item", "Action", "Lead", "Due", "RAG", "Update"])]
    for sec, items in SAFEFOOD_SECTIONS:
        lines.append(sec)
        for no, item, act, lead, due, rag, upd, cont in items:
            lines.append("\t".join([no, item, act, lead, due, rag, upd]))
            for c in cont:
                lines.append("\t" * 6 + c)
        lines.append("")
    lines.append("RAG: Green – on track; Amber – at risk of slipping; Red – overdue or not started; "
                 "Complete – action closed (removed from the log after the following meeting).")
    with open(out("zrv-safefood-audit-and-risk-committee-action-log.txt"), "w", encoding="utf-8",
              newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


def main():
    make_nipec()
    make_lsha()
    make_salix()
    make_sps()
    make_cruse()
    make_nantwich()
    make_safefood()
    print("refuse row (LSHA):", LSHA_REFUSE_ROW)


if __name__ == "__main__":
    main()
