"""Build the seven oh1- blind test files (set heldout428).

Run with: /work/main/.venv/bin/python oh1_make.py
Writes the data files beside this script. Only files starting with 'oh1-' are written.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0",
    "grey": "D9D9D9", "head": "1F4E78", "pale": "DDEBF7",
}
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def d(y, m, day):
    return dt.datetime(y, m, day)


def fill(hexcode):
    return PatternFill("solid", start_color=hexcode, end_color=hexcode)


def style_header(ws, row, ncols):
    for c in range(1, ncols + 1):
        cell = ws.cell(row=row, column=c)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(FILL["head"])
        cell.alignment = WRAP
        cell.border = BOX


def style_body(ws, row, ncols):
    for c in range(1, ncols + 1):
        cell = ws.cell(row=row, column=c)
        cell.alignment = WRAP
        cell.border = BOX


# ---------------------------------------------------------------------------
# 1. Scottish Ambulance Service - Board action log (xlsx)
# ---------------------------------------------------------------------------
SAS_TITLE = "Scottish Ambulance Service – Board Action Log"
SAS_HEAD = ["Ref", "Meeting", "Subject", "Action", "Lead", "Due", "RAG", "Update / Comments"]
SAS_OPEN = [
    ("2024/41", d(2024, 9, 25), "Staff Governance Committee Report",
     "Provide the Board with an analysis of sickness absence by region and staff group, including the impact of the staff wellbeing hubs.",
     "Director of Workforce", d(2025, 3, 26), "A",
     "Analysis drafted. Regional data validation delayed by the iMatter cycle; now scheduled for the March Board."),
    ("2024/47", d(2024, 11, 27), "Performance Report",
     "Include hospital turnaround times by receiving site in the Integrated Performance Report, with commentary on sites exceeding 60 minutes.",
     "Director of National Operations", d(2025, 3, 26), "G",
     "Site-level data added to the January IPR appendix; commentary to follow in March."),
    ("2024/48", d(2024, 11, 27), "Financial Plan 2025/26",
     "Bring the draft 2025/26 financial plan and savings programme to a Board development session before submission to Scottish Government.",
     "Director of Finance, Logistics & Strategy", "Q4 2024/25", "G",
     "Development session booked for 12 March 2025."),
    ("2024/52", d(2024, 11, 27), "Clinical Governance Committee Report",
     "Report on the learning from Significant Adverse Event Reviews relating to long waits, including actions agreed with the Integrated Clinical Hub.",
     "Medical Director / Director of Care Quality & Professional Development", d(2025, 5, 28), "G",
     "Thematic review under way; report to Clinical Governance Committee in April, then Board."),
    ("2025/03", d(2025, 1, 29), "Annual Delivery Plan",
     "Circulate the revised trajectory for the roll-out of pre-hospital video triage to Board members.",
     "Chief Executive", d(2025, 2, 14), "R",
     "Overdue. Trajectory awaiting confirmation of funding from Scottish Government."),
    ("2025/05", d(2025, 1, 29), "Corporate Risk Register",
     "Review the risk appetite for the corporate risk on fleet replacement and report back through the Audit & Risk Committee.",
     "Board Secretary / Director of Finance, Logistics & Strategy", "June 2025", "",
     "Not yet due."),
]
SAS_CLOSED = [
    ("2024/39", d(2024, 9, 25), "Patient Experience Report",
     "Share the Care Opinion thematic analysis for Quarter 1 with Non-Executive Directors.",
     "Director of Care Quality & Professional Development", d(2024, 11, 27), "B",
     "Circulated to Non-Executive Directors on 8 November 2024."),
    ("2024/50", d(2024, 11, 27), "Performance Report",
     "Confirm the date for the Board visit to the West Ambulance Control Centre.",
     "Board Secretary", d(2025, 1, 29), "B",
     "Visit held on 20 February 2025."),
    ("2025/01", d(2025, 1, 29), "Minutes of the previous meeting",
     "Amend the November minutes to reflect the discussion on shift overruns.",
     "Board Secretary", d(2025, 1, 29), "B",
     "Minutes amended and published."),
]


def sas_rows(ws, start, rows):
    r = start
    for ref, meet, subj, act, lead, due, rag, upd in rows:
        vals = [ref, meet, subj, act, lead, due, rag, upd]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        style_body(ws, r, len(vals))
        rc = ws.cell(row=r, column=7)
        rc.alignment = Alignment(horizontal="center", vertical="top")
        if rag:
            rc.fill = fill(FILL[rag])
            rc.font = Font(bold=True, color="FFFFFF" if rag in "RB" else "000000")
        r += 1
    return r


def build_sas(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Open Actions"
    widths = [10, 12, 26, 60, 34, 12, 7, 50]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws["A1"] = SAS_TITLE
    ws["A1"].font = Font(bold=True, size=14, color="00573F")
    ws.merge_cells("A1:H1")
    ws["A2"] = "Public Board · Updated for the meeting on 26 March 2025 · NOT PROTECTIVELY MARKED"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:H2")
    ws["A3"] = "Open actions: 6    Red: 1    Amber: 1    Green: 3    Not yet due: 1"
    ws.merge_cells("A3:H3")
    ws["A3"].fill = fill(FILL["pale"])
    for c, h in enumerate(SAS_HEAD, 1):
        ws.cell(row=5, column=c, value=h)
    style_header(ws, 5, len(SAS_HEAD))
    r = sas_rows(ws, 6, SAS_OPEN)
    ws.cell(row=r + 1, column=1,
            value="Actions marked B on the Closed Actions tab will be removed from the log once the Board has agreed closure.")
    ws.cell(row=r + 1, column=1).font = Font(italic=True, size=9)
    ws.freeze_panes = "A6"

    wc = wb.create_sheet("Closed Actions")
    for i, w in enumerate(widths):
        wc.column_dimensions[chr(65 + i)].width = w
    wc["A1"] = "Actions completed since the last meeting – proposed for closure"
    wc["A1"].font = Font(bold=True, size=12)
    wc.merge_cells("A1:H1")
    for c, h in enumerate(SAS_HEAD, 1):
        wc.cell(row=3, column=c, value=h)
    style_header(wc, 3, len(SAS_HEAD))
    sas_rows(wc, 4, SAS_CLOSED)

    wk = wb.create_sheet("Key")
    wk["A1"] = "RAG status key"
    wk["A1"].font = Font(bold=True)
    key = [("B", "Complete – proposed for closure"), ("G", "On track to meet the due date"),
           ("A", "At risk of slipping – revised date may be needed"), ("R", "Overdue"),
           ("", "Not yet due / not started")]
    for i, (k, txt) in enumerate(key, 3):
        c = wk.cell(row=i, column=1, value=k or None)
        if k:
            c.fill = fill(FILL[k])
        wk.cell(row=i, column=2, value=txt)
    wk.column_dimensions["B"].width = 50
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. NHS Education for Scotland - internal audit follow-up tracker (xlsx)
# ---------------------------------------------------------------------------
NES_TITLE = "NHS Education for Scotland – Internal Audit Recommendations Follow-up Tracker"
NES_HEAD = ["Ref", "Recommendation", "Grade", "Management Action", "Responsible Officer",
            "Original Target Date", "Revised Target Date", "Previous Status", "Current Status",
            "Management Update (May 2025)"]
NES_GROUPS = [
    ("B05/24 – Payroll (Reasonable assurance)", [
        ("Starters, leavers and amendment forms should be authorised by an approved signatory before they are processed, and the authorised signatory list should be reviewed at least annually.",
         "Grade 2", [
             ("PAY.1", "Refresh the authorised signatory list, re-issue it to budget holders and reject any form not signed by a listed signatory.",
              "Payroll Manager", d(2024, 10, 31), "–", "Amber", "Complete",
              "Revised list issued October 2024. Sample test in March 2025 found no exceptions."),
         ]),
        ("Overpayments should be followed up monthly and escalated where they remain unrecovered after 60 days.",
         "Grade 3", [
             ("PAY.2", "Introduce a monthly overpayments report to the Deputy Director of Finance, with escalation of balances outstanding for more than 60 days.",
              "Payroll Manager / Deputy Director of Finance", d(2024, 11, 30), d(2025, 6, 30), "Amber", "Green",
              "Report produced from January 2025; escalation route agreed with Finance."),
         ]),
    ]),
    ("B09/24 – Cyber Security: Digital Learning Platforms (Limited assurance)", [
        ("Privileged accounts on the Turas platform should be reviewed quarterly and dormant accounts disabled.",
         "Grade 1", [
             ("CYB.1", "Implement a quarterly privileged access review for Turas, with evidence of each review retained by the Digital service.",
              "Head of Digital Infrastructure", d(2024, 12, 31), d(2025, 9, 30), "Red", "Amber",
              "First review completed April 2025; 41 dormant accounts disabled. Automation of the report is outstanding."),
         ]),
        ("The business continuity and disaster recovery plans for Turas should be tested and the results reported to the Digital Transformation Board.",
         "Grade 2", [
             ("CYB.2a", "Complete a desktop test of the Turas disaster recovery plan with the hosting supplier.",
              "Head of Digital Infrastructure", d(2025, 2, 28), d(2025, 7, 31), "Amber", "Amber",
              "Supplier availability delayed the test; now booked for July 2025."),
             ("CYB.2b", "Report the outcome of the test and the lessons identified to the Digital Transformation Board.",
              "Director of Digital", d(2025, 9, 30), "–", "Not started", "Not started",
              "Dependent on CYB.2a."),
         ]),
    ]),
    ("B12/24 – Workforce Planning (Reasonable assurance)", [
        ("The workforce plan should include measurable actions with named owners and timescales.",
         "Grade 3", [
             ("WFP.1", "Refresh the Workforce Plan 2025-28 action plan with named owners, milestones and measures of success.",
              "Director of Workforce and Director of Planning & Performance", d(2025, 3, 31), "–", "Green", "Complete",
              "Approved by the Staff Governance Committee on 20 March 2025."),
         ]),
        ("Workforce planning risks should be recorded on the corporate risk register.",
         "Grade 3", [
             ("WFP.2", "Add a workforce supply risk to the corporate risk register and review it at each Staff Governance Committee.",
              "Head of Workforce Planning", d(2025, 4, 30), d(2025, 8, 31), "Green", "Green",
              "Draft risk considered by the Executive Team in May 2025."),
         ]),
    ]),
]
NES_STATUS_FILL = {"Complete": FILL["B"], "Green": FILL["G"], "Amber": FILL["A"], "Red": FILL["R"]}


def build_nes(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = NES_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Audit and Risk Committee – 12 June 2025 · Position at 31 May 2025"
    ws.merge_cells("A2:H2")
    sh = ["Report", "Assurance", "Actions", "Complete", "Green", "Amber", "Red", "Not started"]
    for c, h in enumerate(sh, 1):
        ws.cell(row=4, column=c, value=h)
    style_header(ws, 4, len(sh))
    summ = [("B05/24 Payroll", "Reasonable", 2, 1, 1, 0, 0, 0),
            ("B09/24 Cyber Security: Digital Learning Platforms", "Limited", 3, 0, 0, 2, 0, 1),
            ("B12/24 Workforce Planning", "Reasonable", 2, 1, 1, 0, 0, 0)]
    r = 5
    for row in summ:
        for c, v in enumerate(row, 1):
            ws.cell(row=r, column=c, value=v)
        style_body(ws, r, len(sh))
        r += 1
    ws.cell(row=r, column=1, value="Total")
    for c in range(3, 9):
        col = chr(64 + c)
        ws.cell(row=r, column=c, value=f"=SUM({col}5:{col}{r - 1})")
    for c in range(1, 9):
        ws.cell(row=r, column=c).font = Font(bold=True)
    style_body(ws, r, len(sh))
    ws.column_dimensions["A"].width = 48
    ws.column_dimensions["B"].width = 14

    wt = wb.create_sheet("Follow-up")
    widths = [9, 50, 9, 50, 30, 13, 13, 12, 12, 45]
    for i, w in enumerate(widths):
        wt.column_dimensions[chr(65 + i)].width = w
    wt["A1"] = NES_TITLE
    wt["A1"].font = Font(bold=True, size=13)
    wt.merge_cells("A1:J1")
    wt["A2"] = "Audit and Risk Committee – 12 June 2025 · Position at 31 May 2025"
    wt.merge_cells("A2:J2")
    for c, h in enumerate(NES_HEAD, 1):
        wt.cell(row=4, column=c, value=h)
    style_header(wt, 4, len(NES_HEAD))
    r = 5
    for gtitle, recs in NES_GROUPS:
        wt.cell(row=r, column=1, value=gtitle).font = Font(bold=True)
        wt.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        wt.cell(row=r, column=1).fill = fill(FILL["grey"])
        r += 1
        for rec, grade, acts in recs:
            first = r
            for ref, act, lead, orig, rev, prev, cur, upd in acts:
                wt.cell(row=r, column=1, value=ref)
                if r == first:
                    wt.cell(row=r, column=2, value=rec)
                    wt.cell(row=r, column=3, value=grade)
                wt.cell(row=r, column=4, value=act)
                wt.cell(row=r, column=5, value=lead)
                for col, v in ((6, orig), (7, rev)):
                    cell = wt.cell(row=r, column=col, value=v)
                    if isinstance(v, dt.datetime):
                        cell.number_format = "dd/mm/yyyy"
                    else:
                        cell.alignment = Alignment(horizontal="center")
                for col, v in ((8, prev), (9, cur)):
                    cell = wt.cell(row=r, column=col, value=v)
                    if v in NES_STATUS_FILL:
                        cell.fill = fill(NES_STATUS_FILL[v])
                wt.cell(row=r, column=10, value=upd)
                style_body(wt, r, 10)
                r += 1
            if r - first > 1:
                wt.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
                wt.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    r += 1
    wt.cell(row=r, column=1, value="Grade key: Grade 1 – significant weakness requiring immediate action; "
            "Grade 2 – weakness that should be addressed within six months; Grade 3 – improvement to good practice.")
    wt.cell(row=r + 1, column=1, value="Status key: Complete – implemented and evidence verified by Internal Audit; "
            "Green – on track for target date; Amber – at risk, revised date agreed; Red – overdue or not progressing; "
            "Not started – not yet due.")
    for rr in (r, r + 1):
        wt.cell(row=rr, column=1).font = Font(italic=True, size=9)
    wt.freeze_panes = "A5"
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. NIFRS corporate risk register (xlsx) - refuse: mistyped month at row 10
# ---------------------------------------------------------------------------
NIFRS_TITLE = "Northern Ireland Fire & Rescue Service – Corporate Risk Register 2025/26"
NIFRS_HEAD = ["Risk Ref", "Risk Description", "Risk Owner", "Current Score (L×I)", "Target Score",
              "Key Controls in Place", "Action No.", "Further Action Required", "Action Owner",
              "Target Date", "Status"]
NIFRS_RISKS = [
    ("CR01", "Operational response – insufficient availability of On-Call firefighters may lead to appliances being unavailable and reduced emergency cover.",
     "Assistant Chief Fire & Rescue Officer (Service Delivery)", "4×4 = 16", "3×3 = 9",
     "Daily availability monitoring by Regional Control Centre; dynamic cover moves; flexi-duty officer rota.", [
         ("CR01.1", "Complete the 2025/26 On-Call recruitment campaign across the Northern and Western Areas.", "Head of Service Delivery", "Dec-25", "Green"),
         ("CR01.2", "Implement the revised On-Call availability contract following consultation with the representative bodies.", "Head of Human Resources", "Mar-26", "Amber"),
     ]),
    ("CR02", "Financial sustainability – the 2025/26 budget allocation does not meet pay awards and inflationary pressures, creating a funding gap.",
     "Director of Finance", "4×4 = 16", "3×4 = 12",
     "Monthly budget monitoring to SLT and Board; vacancy control panel; engagement with the Department of Health.", [
         ("CR02.1", "Submit the in-year bid for pay award funding to the Department of Health.", "Director of Finance", "Oct-25", "Green"),
         ("CR02.2", "Bring savings options for 2026/27 to the Board for decision.", "Chief Fire & Rescue Officer / Director of Finance", "Jan-26", "Amber"),
     ]),
    ("CR03", "Cyber security – a successful cyber attack could disrupt mobilising and corporate ICT systems.",
     "Director of Corporate Services", "3×5 = 15", "2×5 = 10",
     "Firewalls and endpoint protection; staff cyber awareness training; NCSC advisories monitored.", [
         ("CR03.1", "Complete the Cyber Essentials Plus reassessment.", "Head of ICT", "Nov-25", "Green"),
         ("CR03.2", "Test the ICT disaster recovery arrangements for the Regional Control Centre.", "Head of ICT", "0ct-25", "Amber"),
     ]),
    ("CR04", "Estate condition – the condition of older fire stations may not support safe, decontaminated working environments.",
     "Head of Property Services", "4×3 = 12", "3×3 = 9",
     "Planned maintenance programme; contaminants policy; station health and safety inspections.", [
         ("CR04.1", "Complete condition surveys of the 20 highest-priority fire stations.", "Head of Property Services", "Feb-26", "Green"),
         ("CR04.2", "Agree the 2026/27 capital programme with the Department of Health.", "Director of Finance", "Mar-26", "Red"),
     ]),
    ("CR05", "Workforce – loss of experienced staff through retirement may reduce operational leadership capacity.",
     "Head of Human Resources", "3×4 = 12", "2×4 = 8",
     "Workforce plan; promotion processes; retirement profile reported quarterly.", [
         ("CR05.1", "Deliver the succession planning framework for Station and Group Commander roles.", "Head of Learning & Development", "Mar-26", "Green"),
         ("CR05.2", "Launch cohort 2 of the Leadership Development Programme at the Learning & Development College.", "Head of Learning & Development", "Jan-26", "Green"),
     ]),
]
NIFRS_TYPO_ROW = 10


def build_nifrs(path):
    wb = Workbook()
    wd = wb.active
    wd.title = "Document Control"
    wd["A1"] = "Document Control"
    wd["A1"].font = Font(bold=True, size=12)
    ctrl = [("Document", "Corporate Risk Register 2025/26"), ("Owner", "Chief Fire & Rescue Officer"),
            ("Prepared by", "Corporate Planning & Risk Team"), ("Version", "2.1"),
            ("Review", "Quarter 2 (position at 30 September 2025)"),
            ("Presented to", "Audit & Risk Assurance Committee, 20 November 2025")]
    for i, (k, v) in enumerate(ctrl, 3):
        wd.cell(row=i, column=1, value=k).font = Font(bold=True)
        wd.cell(row=i, column=2, value=v)
    wd.cell(row=10, column=1, value="Version history").font = Font(bold=True)
    vh = [("Version", "Date", "Change"), ("1.0", d(2025, 4, 24), "Approved by the Board"),
          ("2.0", d(2025, 8, 21), "Quarter 1 review"), ("2.1", d(2025, 10, 30), "Quarter 2 review – CR04 score increased")]
    for i, row in enumerate(vh, 11):
        for c, v in enumerate(row, 1):
            cell = wd.cell(row=i, column=c, value=v)
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
    wd.column_dimensions["A"].width = 18
    wd.column_dimensions["B"].width = 50
    wd.column_dimensions["C"].width = 40

    ws = wb.create_sheet("Corporate Risk Register")
    widths = [8, 45, 28, 12, 10, 40, 9, 50, 30, 11, 10]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws["A1"] = NIFRS_TITLE
    ws["A1"].font = Font(bold=True, size=13, color="C00000")
    ws.merge_cells("A1:K1")
    ws["A2"] = "Quarter 2 review (position at 30 September 2025) · Audit & Risk Assurance Committee, 20 November 2025"
    ws.merge_cells("A2:K2")
    for c, h in enumerate(NIFRS_HEAD, 1):
        ws.cell(row=4, column=c, value=h)
    style_header(ws, 4, len(NIFRS_HEAD))
    r = 5
    for ref, desc, owner, cur, tgt, ctl, acts in NIFRS_RISKS:
        first = r
        for aref, act, aown, due, st in acts:
            if r == first:
                for c, v in enumerate([ref, desc, owner, cur, tgt, ctl], 1):
                    ws.cell(row=r, column=c, value=v)
            ws.cell(row=r, column=7, value=aref)
            ws.cell(row=r, column=8, value=act)
            ws.cell(row=r, column=9, value=aown)
            ws.cell(row=r, column=10, value=due)
            sc = ws.cell(row=r, column=11, value=st)
            sc.fill = fill(FILL[st[0]])
            style_body(ws, r, 11)
            r += 1
        for c in range(1, 7):
            ws.merge_cells(start_row=first, start_column=c, end_row=r - 1, end_column=c)
    assert ws.cell(row=NIFRS_TYPO_ROW, column=10).value == "0ct-25"
    ws.cell(row=r + 1, column=1, value="Scores: Likelihood × Impact on a 5×5 matrix (see Scoring Matrix tab). "
            "Status: Green – action on track; Amber – some slippage; Red – action not on track.")
    ws.cell(row=r + 1, column=1).font = Font(italic=True, size=9)
    ws.freeze_panes = "A5"

    wm = wb.create_sheet("Scoring Matrix")
    wm["A1"] = "Likelihood × Impact"
    wm["A1"].font = Font(bold=True)
    for li in range(1, 6):
        wm.cell(row=2 + li, column=1, value=f"L{6 - li}")
        for im in range(1, 6):
            score = (6 - li) * im
            cell = wm.cell(row=2 + li, column=1 + im, value=score)
            cell.fill = fill(FILL["R"] if score >= 15 else FILL["A"] if score >= 8 else FILL["G"])
    for im in range(1, 6):
        wm.cell(row=8, column=1 + im, value=f"I{im}")
    wb.save(path)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcode):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcode)
    tcPr.append(shd)


def bold_row(row):
    for cell in row.cells:
        for p in cell.paragraphs:
            for run in p.runs:
                run.bold = True


def set_cell(cell, text, bold=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold


# ---------------------------------------------------------------------------
# 4. Ysgol Gymraeg Bro Ogwr - Estyn post-inspection action plan (docx)
# ---------------------------------------------------------------------------
YBO_TITLE = "Ysgol Gymraeg Bro Ogwr – Post-Inspection Action Plan"
YBO_HEAD = ["Ref", "Action", "Lead", "Timescale", "Success criteria", "Monitoring", "RAG"]
YBO_RECS = [
    ("Recommendation 1: Raise standards of pupils’ extended writing in Welsh and English across the curriculum", [
        ("1.1", "Introduce a whole-school writing progression framework for Welsh and English, with agreed genres for each year group.",
         "Literacy Lead", "Autumn term 2025",
         "Framework in use in all classes; book scrutiny shows progression in length and quality of writing.",
         "Headteacher – book scrutiny each half term", "G"),
        ("1.2", "Provide weekly extended writing sessions in Years 3 to 6, linked to each term’s theme.",
         "Year 3–6 teachers", "Spring term 2026",
         "Most pupils in Years 3 to 6 write at length for a range of purposes.",
         "Literacy Lead – learning walks", "G"),
        ("1.3", "Moderate samples of extended writing with other schools in the Welsh-medium cluster.",
         "Literacy Lead / Deputy Headteacher", "Summer term 2026",
         "Teachers’ judgements of writing are consistent with cluster schools.",
         "Standards and Curriculum Committee", ""),
    ]),
    ("Recommendation 2: Ensure that teachers provide pupils with purposeful opportunities to develop their independent learning skills", [
        ("2.1", "Review the continuous and enhanced provision in Nursery to Year 2 so that pupils plan and lead more of their own learning.",
         "Foundation Learning Lead", "Summer term 2025",
         "Pupils choose and lead activities in the indoor and outdoor areas.",
         "Headteacher – learning walk, June 2025", "B"),
        ("2.2", "Deliver professional learning for all staff on questioning and on using pupils’ ideas in planning.",
         "Deputy Headteacher", "September 2025",
         "Planning shows pupils’ ideas; observations show effective questioning in most lessons.",
         "Headteacher – lesson observations", "G"),
        ("2.3", "Carry out learning walks focused on independence and share the findings with staff and governors.",
         "Headteacher and Chair of the Standards Committee", "Termly",
         "Governors’ reports refer to first-hand evidence of pupils’ independence.",
         "Full Governing Body", "G"),
    ]),
    ("Recommendation 3: Strengthen the role of governors in evaluating the school’s work and holding leaders to account", [
        ("3.1", "Provide training for governors on self-evaluation and the school improvement guidance.",
         "Chair of Governors", "Summer term 2025",
         "All governors have attended training; minutes show governors asking challenging questions.",
         "Local authority school improvement officer", "B"),
        ("3.2", "Link each governor to one learning walk a term and report the findings to the full governing body.",
         "Chair of Governors; Headteacher", "Ongoing",
         "Link governor reports are received at each meeting of the governing body.",
         "Clerk to the Governors", "A"),
    ]),
]
DOCX_FILL = {"R": "FF0000", "A": "FFC000", "G": "92D050", "B": "00B0F0"}


def build_ybo(path):
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(YBO_TITLE, level=1)
    doc.add_paragraph("Cynllun Gweithredu Ôl-arolygiad · Response to the Estyn inspection of 3–5 February 2025")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("School", "Ysgol Gymraeg Bro Ogwr, Bridgend"),
                 ("Local authority", "Bridgend County Borough Council"),
                 ("Date of inspection", "3–5 February 2025"),
                 ("Approved by the Governing Body", "13 May 2025"),
                 ("Version", "1.2 – progress update, July 2025")]:
        row = t.add_row()
        set_cell(row.cells[0], k, bold=True)
        set_cell(row.cells[1], v)
    doc.add_paragraph("")
    doc.add_paragraph("Progress against this plan is reviewed termly by the Standards and Curriculum Committee of the "
                      "Governing Body and reported to the local authority. RAG colours are shown in the final column "
                      "(see key at the end of the plan).")
    for heading, acts in YBO_RECS:
        doc.add_heading(heading, level=2)
        tb = doc.add_table(rows=1, cols=len(YBO_HEAD))
        tb.style = "Table Grid"
        for c, h in enumerate(YBO_HEAD):
            set_cell(tb.rows[0].cells[c], h, bold=True)
            shade(tb.rows[0].cells[c], "D9E2F3")
        for ref, act, lead, when, sc, mon, rag in acts:
            row = tb.add_row()
            for c, v in enumerate([ref, act, lead, when, sc, mon, ""]):
                set_cell(row.cells[c], v)
            if rag:
                shade(row.cells[6], DOCX_FILL[rag])
        doc.add_paragraph("")
    doc.add_heading("RAG key", level=3)
    kt = doc.add_table(rows=0, cols=2)
    kt.style = "Table Grid"
    for k, txt in [("B", "Achieved"), ("G", "On track"), ("A", "Some slippage – action needed"),
                   ("R", "Not on track"), ("", "Not yet started")]:
        row = kt.add_row()
        if k:
            shade(row.cells[0], DOCX_FILL[k])
        set_cell(row.cells[1], txt)
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. Praxis Care supported living - RQIA QIP action plan (docx)
# ---------------------------------------------------------------------------
PRX_TITLE = "Praxis Care: Fermanagh Supported Living Service – RQIA Quality Improvement Plan (Action Plan)"
PRX_HEAD = ["No.", "Action to be taken", "Responsible", "Date to be completed", "Status"]
PRX_SECTIONS = [
    ("Action required to ensure compliance with The Domiciliary Care Agencies Regulations (Northern Ireland) 2007", [
        ("Area for improvement 1    Ref: Regulation 13 (d) Schedule 3    Stated: First time    To be completed by: Immediate and ongoing",
         "The registered person shall ensure that no staff member is supplied to work with service users until a satisfactory AccessNI enhanced disclosure has been received and reviewed by the manager.", [
             ("1", "Audit all staff personnel files for AccessNI disclosure dates and record the outcome on the recruitment checklist.",
              "Registered Manager", "31 January 2025", "Completed"),
             ("2", "Amend the rota process so that new starters cannot be rostered until HR confirms AccessNI clearance in writing.",
              "HR Business Partner and Registered Manager", "28 February 2025", "Completed"),
         ]),
        ("Area for improvement 2    Ref: Regulation 16 (2) (a)    Stated: Second time    To be completed by: 31 March 2025",
         "The registered person shall ensure that all staff complete mandatory training in adult safeguarding and the Mental Capacity Act (Deprivation of Liberty Safeguards) within the required timeframes.", [
             ("3", "Book all staff whose safeguarding training has expired onto the next available Level 2 session.",
              "Training & Development Officer", "31 March 2025", "On track"),
             ("4", "Introduce a monthly training compliance report to the Area Manager, using supervision to address non-attendance.",
              "Registered Manager / Area Manager", "Monthly", "On track"),
         ]),
    ]),
    ("Action required to ensure compliance with the Domiciliary Care Agencies Minimum Standards, 2021", [
        ("Area for improvement 1    Ref: Standard 5.2    Stated: First time    To be completed by: 30 April 2025",
         "The registered person shall ensure that service users’ care and support plans are reviewed at least annually, or as changes occur, and that records reflect the involvement of the service user and/or their representative.", [
             ("5", "Complete an audit of all care and support plans and schedule any overdue reviews with each tenant and their keyworker.",
              "Team Leaders", "30 April 2025", "On track"),
             ("6", "Add review dates to the monthly quality monitoring report completed under Regulation 23.",
              "Registered Manager (Ciara McCann)", "30 April 2025", "Not started"),
         ]),
    ]),
]


def build_prx(path):
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(PRX_TITLE, level=1)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Agency", "Fermanagh Supported Living Service (Domiciliary Care Agency – supported living)"),
                 ("Registered provider", "Praxis Care"),
                 ("Inspection ID", "IN045812"),
                 ("Date of inspection", "14 January 2025 (unannounced)"),
                 ("QIP returned to RQIA", "11 February 2025")]:
        row = t.add_row()
        set_cell(row.cells[0], k, bold=True)
        set_cell(row.cells[1], v)
    doc.add_paragraph("")
    doc.add_paragraph("The areas for improvement below are taken from the Quality Improvement Plan in the RQIA inspection "
                      "report. Progress is reviewed monthly at the service governance meeting and reported to the Area Manager.")
    for sect, afis in PRX_SECTIONS:
        doc.add_heading(sect, level=2)
        for label, text, acts in afis:
            tb = doc.add_table(rows=3, cols=len(PRX_HEAD))
            tb.style = "Table Grid"
            m0 = tb.rows[0].cells[0].merge(tb.rows[0].cells[-1])
            set_cell(m0, label, bold=True)
            shade(m0, "D9D9D9")
            m1 = tb.rows[1].cells[0].merge(tb.rows[1].cells[-1])
            set_cell(m1, text)
            for c, h in enumerate(PRX_HEAD):
                set_cell(tb.rows[2].cells[c], h, bold=True)
            for no, act, resp, when, st in acts:
                row = tb.add_row()
                for c, v in enumerate([no, act, resp, when, st]):
                    set_cell(row.cells[c], v)
            doc.add_paragraph("")
    doc.add_paragraph("Sign-off")
    st = doc.add_table(rows=2, cols=4)
    st.style = "Table Grid"
    for c, v in enumerate(["Completed by", "Registered Manager", "Date", "11/02/2025"]):
        set_cell(st.rows[0].cells[c], v)
    for c, v in enumerate(["Approved by", "Responsible Individual", "Date", "11/02/2025"]):
        set_cell(st.rows[1].cells[c], v)
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. Swansea Council corporate plan delivery plan (csv export)
# ---------------------------------------------------------------------------
SWA_TITLE = "Swansea Council – Corporate Plan 2023-28: Well-being Objectives Delivery Plan 2025/26 (Quarter 2 update)"
SWA_HEAD = ["Well-being Objective", "Step No.", "Step / Action", "Lead Officer", "Cabinet Portfolio",
            "Target Date", "RAG", "Q2 Commentary"]
SWA_ROWS = [
    ("WBO1 Safeguarding people from harm", "1.1",
     "Implement the refreshed Corporate Safeguarding Policy and complete the annual safeguarding self-assessment in all directorates.",
     "Director of Social Services", "Care Services", "31/03/2026", "Green",
     "Self-assessment issued to directorates in July; returns due 31 October."),
    ("WBO1 Safeguarding people from harm", "1.2",
     "Safely reduce the number of children looked after through the Family Support Continuum, including expansion of the Edge of Care service.",
     "Head of Child & Family Services", "Care Services", "Q4 2025/26", "Amber",
     "Numbers stable at Q2, but recruitment to two Edge of Care posts is outstanding."),
    ("WBO2 Improving education and skills", "2.1",
     "Complete the new Welsh-medium primary school building under the Sustainable Communities for Learning programme.",
     "Head of Education Planning & Resources", "Education & Learning", "September 2026", "Green",
     "Contract awarded June 2025.\nSteel frame complete; on programme for September 2026 opening."),
    ("WBO2 Improving education and skills", "2.2",
     "Improve attendance in secondary schools through the Attendance Strategy and the Education Welfare Service early intervention model.",
     "Head of Education Inclusion / Head of Poverty & Prevention", "Education & Learning", "31/07/2026", "Red",
     "Secondary attendance 88.4% at Q2, below the 90% target; persistent absence rising in Years 9 and 10."),
    ("WBO3 Transforming our economy and infrastructure", "3.1",
     "Open the refurbished Palace Theatre building as managed workspace for small businesses.",
     "Head of Planning & City Regeneration", "Economy, Finance & Strategy", "December 2025", "Green",
     "Operator appointed; first tenants signed."),
    ("WBO3 Transforming our economy and infrastructure", "3.2",
     "Publish the Replacement Local Development Plan Deposit Plan for public consultation.",
     "Head of Planning & City Regeneration", "Economy, Finance & Strategy", "March 2026", "Green",
     "Evidence base reports being finalised."),
    ("WBO4 Tackling poverty and enabling communities", "4.1",
     "Deliver the cost of living support programme, including warm spaces and Food Poverty Network grants.",
     "Head of Poverty & Prevention", "Community Services", "Ongoing", "Green",
     "62 warm spaces registered for winter 2025/26; grant round 3 open."),
    ("WBO4 Tackling poverty and enabling communities", "4.2",
     "Increase the supply of affordable housing through the More Homes programme, with 100 new council homes started on site.",
     "Head of Housing & Public Health", "Community Services", "31/03/2026", "Amber",
     "58 starts at Q2; two sites delayed by phosphate constraints, see risk HR07."),
    ("WBO5 Delivering on nature recovery and climate change", "5.1",
     "Introduce kerbside collection of flexible plastics in all wards.",
     "Head of Waste, Parks & Cleansing", "Environment & Infrastructure", "30/09/2025", "Complete",
     "Rolled out to all wards by 22 September 2025."),
    ("WBO6 Transformation and financial resilience", "6.1",
     "Launch the new customer contact platform and move the 20 most-used online transactions onto it.",
     "Head of Digital & Customer Services", "Corporate Service & Performance", "Q3 2025/26", "Green",
     "12 of 20 transactions live; remainder scheduled for November."),
]


def build_swa(path):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow([SWA_TITLE] + [""] * 7)
        w.writerow(["Exported from the corporate performance system on 04/11/2025 – position as reported by services at 30/09/2025"] + [""] * 7)
        w.writerow([""] * 8)
        w.writerow(SWA_HEAD)
        for row in SWA_ROWS:
            w.writerow(list(row))
        w.writerow([""] * 8)
        w.writerow(["Summary: 10 steps – Complete 1, Green 6, Amber 2, Red 1"] + [""] * 7)


# ---------------------------------------------------------------------------
# 7. Lossiemouth High School - Education Scotland inspection action plan (txt)
# ---------------------------------------------------------------------------
LHS_TITLE = "Lossiemouth High School – Inspection Action Plan"
LHS_AFIS = [
    ("AREA FOR IMPROVEMENT 1",
     "Continue to raise attainment in the senior phase, in particular for young people living in SIMD quintiles 1 and 2.", [
         ("1.1", "Track and monitor S4–S6 learners at three points in the year, with targeted supported study for learners who are not on track.",
          "DHT (Senior Phase)", "June 2025", "G",
          "Tracking points in October and February completed; supported study running three evenings a week."),
         ("1.2", "Review the S3 course choice process so that every learner has a personalised pathway, including Foundation Apprenticeships.",
          "DHT (Curriculum) / Careers Adviser (SDS)", "Feb 2025", "C",
          "New options process used for 2025/26 choices."),
         ("1.3", "Use Pupil Equity Funding to provide a mentoring programme for identified S3–S5 learners.",
          "PT Pupil Support", "Ongoing", "G",
          "22 young people matched with mentors."),
     ]),
    ("AREA FOR IMPROVEMENT 2",
     "Improve the consistency of learning, teaching and assessment so that all lessons are well paced and appropriately challenging.", [
         ("2.1", "Agree a Lossiemouth High School learning and teaching standard with staff, young people and parents.",
          "Head Teacher", "Dec 2024", "C",
          "Standard launched at the January in-service day."),
         ("2.2", "Run a programme of peer observation in trios across all faculties, focused on differentiation and pace.",
          "KR, LD", "May 2025", "A",
          "Two of three cycles completed; third cycle delayed by staff absence."),
         ("2.3", "Moderate assessment evidence for BGE levels in literacy and numeracy with the associated primary schools.",
          "PT Literacy & Numeracy", "Mar-25", "G",
          "Joint moderation held on 12 March with ASG primaries."),
     ]),
    ("AREA FOR IMPROVEMENT 3",
     "Develop further approaches to self-evaluation that involve young people, parents and partners.", [
         ("3.1", "Establish a pupil leadership group for learning and teaching which reports to the Senior Leadership Team each term.",
          "DHT (Pupil Support) and Pupil Council link teacher", "Oct 2024", "C",
          "Group meets fortnightly; first report to SLT in November 2024."),
         ("3.2", "Survey parents each year on the school’s priorities and publish a “You said, we did” summary.",
          "Head Teacher / Parent Council Chair", "June 2025", "R",
          "Survey not yet issued; Parent Council Chair post vacant."),
     ]),
]


def build_lhs(path):
    lines = [
        LHS_TITLE,
        "Response to the Education Scotland Summary of Inspection Findings (published June 2024)",
        "Moray Council Education Resources · Plan agreed September 2024 · Progress update March 2025",
        "",
        "RAG key:\tG = on track\tA = some delay\tR = significant concern\tC = complete",
        "",
    ]
    for label, text, acts in LHS_AFIS:
        lines.append(label)
        lines.append(text)
        lines.append("No.\tAction\tLead(s)\tTimescale\tRAG\tProgress to date")
        for row in acts:
            lines.append("\t".join(row))
        lines.append("")
    lines.append("Notes: the plan is reviewed at fortnightly SLT meetings and shared with the Parent Council each term. "
                 "HM Inspectors will not return to the school in connection with this inspection.")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


FILES = {
    "oh1-scottish-ambulance-service-board-action-log.xlsx": build_sas,
    "oh1-nhs-education-for-scotland-internal-audit-recommendations-tracker.xlsx": build_nes,
    "oh1-nifrs-corporate-risk-register-2025-26-typo-month-refuse.xlsx": build_nifrs,
    "oh1-ysgol-gymraeg-bro-ogwr-estyn-post-inspection-action-plan.docx": build_ybo,
    "oh1-praxis-care-fermanagh-supported-living-rqia-qip-action-plan.docx": build_prx,
    "oh1-swansea-council-corporate-plan-delivery-plan-2025-26.csv": build_swa,
    "oh1-lossiemouth-high-school-education-scotland-inspection-action-plan.txt": build_lhs,
}


def main():
    for name, fn in FILES.items():
        assert name.startswith("oh1-")
        fn(os.path.join(HERE, name))
        print("wrote", name)


if __name__ == "__main__":
    main()
