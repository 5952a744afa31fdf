"""Build the seven rs- data files of set heldout482.

Run with: /work/main/.venv/bin/python rs_make.py   (writes into this script's folder)
Only files starting with rs- are written.
"""
import os
import datetime as dt

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("rs-")
    return os.path.join(HERE, name)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


F_BLUE = fill("00B0F0")
F_GREEN = fill("00B050")
F_AMBER = fill("FFC000")
F_RED = fill("FF0000")
F_HEAD = fill("1F3864")
F_BAND = fill("D9E1F2")
F_GREY = fill("D9D9D9")
RAGFILL = {"B": F_BLUE, "G": F_GREEN, "A": F_AMBER, "R": F_RED}


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def header_row(ws, row, values):
    for c, v in enumerate(values, start=1):
        cell = ws.cell(row=row, column=c, value=v)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = F_HEAD
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX


def body_cells(ws, row, ncols):
    for c in range(1, ncols + 1):
        cell = ws.cell(row=row, column=c)
        cell.alignment = WRAP
        cell.border = BOX


# ---------------------------------------------------------------------------
# 1. East Lothian IJB - Audit Scotland annual audit report 2023/24 action plan
# ---------------------------------------------------------------------------
def make_east_lothian_ijb():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "East Lothian IJB – 2023/24 Annual Audit Report Action Plan: Progress Update"
    cov["A1"].font = Font(bold=True, size=14)
    rows = [
        ("Meeting", "Audit and Risk Committee – 18 March 2025"),
        ("Report by", "Chief Finance Officer"),
        ("External auditor", "Audit Scotland (appointed auditor for 2022/23 to 2026/27)"),
        ("Annual audit report", "Presented to the IJB on 26 September 2024"),
        ("Position at", "28 February 2025"),
    ]
    r = 3
    for k, v in rows:
        cov.cell(row=r, column=1, value=k).font = BOLD
        cov.cell(row=r, column=2, value=v)
        r += 1
    r += 1
    cov.cell(row=r, column=1, value="RAG key").font = BOLD
    r += 1
    for word, f, meaning in [
        ("Blue", F_BLUE, "Action complete"),
        ("Green", F_GREEN, "On track to meet the agreed date"),
        ("Amber", F_AMBER, "Date revised or at risk; mitigation in place"),
        ("Red", F_RED, "Overdue / not on track"),
    ]:
        c = cov.cell(row=r, column=1, value=word)
        c.fill = f
        cov.cell(row=r, column=2, value=meaning)
        r += 1
    r += 1
    cov.cell(row=r, column=1, value="Part A sets out progress against the recommendations in the 2023/24 Annual Audit Report. "
             "Part B follows up the 2022/23 recommendations that were open at the last report.")
    widths(cov, [22, 70])

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "East Lothian Integration Joint Board"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "2023/24 Annual Audit Report – Appendix 1 Action Plan (progress at 28 February 2025)"
    ws["A2"].font = BOLD
    hdr = ["No.", "Recommendation", "Agreed management action", "Responsible officer",
           "Original target date", "Revised target date", "Progress update (February 2025)", "RAG"]
    header_row(ws, 4, hdr)
    N = len(hdr)

    def band(row, text):
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=N)
        c = ws.cell(row=row, column=1, value=text)
        c.font = BOLD
        c.fill = F_BAND
        c.alignment = Alignment(vertical="center")

    D = dt.datetime
    partA = [
        ("1",
         "The IJB should update its medium-term financial strategy to set out how it will address the forecast funding gap, including the recovery actions agreed with NHS Lothian and East Lothian Council.",
         "The Medium Term Financial Strategy 2025/26 to 2029/30 will be refreshed and presented to the IJB for approval, incorporating the recovery actions agreed with both partners.",
         "Chief Finance Officer", D(2025, 3, 31), D(2025, 6, 30),
         "Draft MTFS considered at the IJB development session on 23 January 2025. Final version held back so that the 2025/26 budget offers from partners can be reflected.",
         "Amber"),
        ("2",
         "Savings plans should be supported by delivery plans with clear milestones, and progress should be reported to the IJB at least quarterly.",
         "Quarterly savings delivery reports will be included within the financial monitoring reports to the IJB from Quarter 2 of 2024/25.",
         "Chief Finance Officer", D(2024, 12, 31), None,
         "Savings tracker included in the Q2 and Q3 finance reports (IJB 24 October 2024 and 30 January 2025).",
         "Blue"),
    ]
    rec3 = ("The IJB should strengthen its performance reporting so that members can see how delivery of the Strategic Plan is improving outcomes for local people, including through local targets and trend data.")
    part3 = [
        ("3a",
         "Develop a performance framework aligned to the Strategic Plan priorities, with local measures and targets agreed by the Strategic Planning Group.",
         "Chief Officer / Strategic Planning and Performance Manager", D(2024, 9, 30), D(2025, 3, 31),
         "Framework and 24 local measures agreed by the Strategic Planning Group on 12 February 2025; to the IJB on 27 March 2025 for approval.",
         "Green"),
        ("3b",
         "Provide a six-monthly performance report to the IJB presenting trend data against each measure in the framework.",
         "Strategic Planning and Performance Manager", D(2025, 3, 31), None,
         "First six-monthly report scheduled for the IJB on 27 March 2025.",
         "Green"),
    ]
    partA4 = ("4",
              "The IJB should review its directions to NHS Lothian and East Lothian Council to ensure they are specific enough to support monitoring, in line with the Scottish Government statutory guidance.",
              "All directions will be reviewed and re-issued to NHS Lothian and East Lothian Council alongside the 2025/26 budget, using the revised directions template.",
              "Chief Officer", D(2025, 3, 31), None,
              "Revised template agreed; directions being drafted with the 2025/26 budget papers.",
              "Green")
    partB = [
        ("b/f 1",
         "The Audit and Risk Committee should receive the IJB risk register at every meeting and scrutinise the highest scored risks in more depth.",
         "Risk register to be presented to every Audit and Risk Committee, with a deep dive into one red risk at each meeting.",
         "Chief Finance Officer", D(2024, 6, 30), None,
         "In place since the June 2024 meeting. Deep dives held on workforce (June), financial sustainability (September) and delayed discharge (December).",
         "Blue"),
        ("b/f 2",
         "The IJB should work with its partners to develop an integrated workforce plan covering health and social care staff in East Lothian.",
         "Publish a joint three-year workforce plan for health and social care in East Lothian, agreed with NHS Lothian and East Lothian Council.",
         "Chief Officer", D(2024, 3, 31), D(2025, 10, 31),
         "Partner workforce plans were not aligned in time. The joint plan is now scheduled for the IJB in October 2025.",
         "Red"),
        ("b/f 3",
         "The IJB should refresh its induction and development programme for voting and non-voting members.",
         "Refreshed induction pack and annual development programme for IJB members, including a session on the role of directions.",
         "Head of Corporate Support", D(2024, 9, 30), None,
         "Induction pack issued August 2024; development sessions held on 19 September and 28 November 2024.",
         "Blue"),
    ]
    ragfill = {"Blue": F_BLUE, "Green": F_GREEN, "Amber": F_AMBER, "Red": F_RED}

    def put(row, vals):
        for c, v in enumerate(vals, start=1):
            cell = ws.cell(row=row, column=c, value=v)
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        body_cells(ws, row, N)
        ws.cell(row=row, column=N).fill = ragfill[vals[-1]]

    r = 5
    band(r, "Part A – 2023/24 recommendations")
    r += 1
    for (no, rec, act, off, od, rd, prog, rag) in partA:
        put(r, [no, rec, act, off, od, rd, prog, rag])
        r += 1
    start3 = r
    for i, (no, act, off, od, rd, prog, rag) in enumerate(part3):
        put(r, [no, rec3 if i == 0 else None, act, off, od, rd, prog, rag])
        r += 1
    ws.merge_cells(start_row=start3, start_column=2, end_row=r - 1, end_column=2)
    no, rec, act, off, od, rd, prog, rag = partA4
    put(r, [no, rec, act, off, od, rd, prog, rag])
    r += 1
    band(r, "Part B – Follow-up of 2022/23 recommendations")
    r += 1
    for (no, rec, act, off, od, rd, prog, rag) in partB:
        put(r, [no, rec, act, off, od, rd, prog, rag])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Note: completed (Blue) actions will be removed from the next update once the auditor has confirmed the evidence.").font = Font(italic=True)
    widths(ws, [8, 45, 50, 26, 13, 13, 45, 9])
    ws.freeze_panes = "A5"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of progress"
    sm["A1"].font = BOLD
    header_row(sm, 3, ["RAG", "Part A (2023/24)", "Part B (2022/23)", "Total"])
    data = [("Blue", 1, 2), ("Green", 3, 0), ("Amber", 1, 0), ("Red", 0, 1)]
    rr = 4
    for word, a, b in data:
        sm.cell(row=rr, column=1, value=word).fill = ragfill[word]
        sm.cell(row=rr, column=2, value=a)
        sm.cell(row=rr, column=3, value=b)
        sm.cell(row=rr, column=4, value=a + b)
        rr += 1
    sm.cell(row=rr, column=1, value="Total").font = BOLD
    sm.cell(row=rr, column=2, value=5)
    sm.cell(row=rr, column=3, value=3)
    sm.cell(row=rr, column=4, value=8)
    widths(sm, [12, 18, 18, 10])
    wb.save(out("rs-east-lothian-ijb-annual-audit-report-2023-24-action-plan-progress.xlsx"))


# ---------------------------------------------------------------------------
# 2. Ulster Independent Clinic - RQIA inspection QIP tracker
# ---------------------------------------------------------------------------
def make_ulster_independent_clinic():
    wb = Workbook()
    ws = wb.active
    ws.title = "QIP Tracker"
    ws["A1"] = "Ulster Independent Clinic – RQIA Announced Inspection 11 and 12 June 2024: Quality Improvement Plan Tracker"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Registered Provider: Ulster Independent Clinic    Establishment ID: 10478    Position at: 17 January 2025"
    ws["A3"] = "Submitted to RQIA with the QIP response on 29 July 2024; updated for the Clinical Governance Committee."

    # RAG key to the right of the title block
    ws["K1"] = "RAG key"
    ws["K1"].font = BOLD
    for i, (f, meaning) in enumerate([
        (F_BLUE, "Complete – evidence held"),
        (F_GREEN, "On track"),
        (F_AMBER, "Risk of slippage"),
        (F_RED, "Overdue / not on track"),
    ], start=2):
        ws.cell(row=i, column=11).fill = f
        ws.cell(row=i, column=11).border = BOX
        ws.cell(row=i, column=12, value=meaning)

    hdr = ["Ref", "Action to be taken", "Action owner(s)", "Target date", "Revised target date",
           "Progress / evidence", "Previous RAG (Oct 24)", "Current RAG (Jan 25)"]
    header_row(ws, 7, hdr)
    N = len(hdr)
    D = dt.datetime
    plan = [
        ("Is care safe?", [
            ("AFI 1",
             "The registered person shall ensure that the recruitment records of all staff, including medical practitioners with practising privileges, evidence that all pre-employment checks have been completed and verified before they start work.",
             "Ref: Regulation 19(2) Schedule 2\nStated: First time",
             [("1.1", "Complete an audit of all personnel files and practising privileges files against Schedule 2 and obtain any outstanding documentation.",
               "HR Manager", D(2024, 7, 31), None, "Audit of 212 files completed; 9 files updated. Report to SMT 6 August 2024.", "G", "B"),
              ("1.2", "Introduce a pre-employment checklist signed off by the HR Manager before any start date is confirmed, with a quarterly spot check of 10 files.",
               "HR Manager / Registered Manager", D(2024, 9, 30), None, "Checklist in use from 1 September 2024; Q3 spot check 10/10 compliant.", "A", "B")]),
            ("AFI 2",
             "The registered person shall ensure that the resuscitation trolley in the theatre recovery area is checked daily and that the checks are recorded in line with Resuscitation Council UK guidance.",
             "Ref: Standard 12.4\nStated: First time",
             [("2.1", "Daily resuscitation trolley check added to the recovery area shift handover; Theatre Manager to review the record weekly and report compliance monthly.",
               "Theatre Manager", "Immediate and ongoing", None, "Weekly review in place; 100% compliance October–December 2024.", "G", "G")]),
        ]),
        ("Is care effective?", [
            ("AFI 3",
             "The registered person shall ensure that the scope of practice of each medical practitioner with practising privileges is reviewed by the Medical Advisory Committee at least every two years.",
             "Ref: Standard 11.3\nStated: First time",
             [("3.1", "Develop a schedule of biennial scope of practice reviews for all consultants with practising privileges and present it to the Medical Advisory Committee.",
               "Chair of MAC; Medical Director", D(2024, 10, 31), D(2025, 1, 31), "Schedule approved at the MAC on 14 January 2025.", "A", "B"),
              ("3.2", "Complete the outstanding scope of practice reviews for the 23 consultants whose review is overdue.",
               "Medical Director", D(2024, 12, 31), D(2025, 6, 30), "11 of 23 reviews complete. Revised date agreed with RQIA inspector.", "R", "A")]),
        ]),
        ("Is care compassionate?", [
            ("AFI 4",
             "The registered person shall ensure that the results of patient satisfaction surveys are analysed, shared with staff and used to inform an improvement action plan.",
             "Ref: Standard 5.2\nStated: First time",
             [("4.1", "Quarterly patient experience report, including 'You said, we did' actions, to be presented to the Clinical Governance Committee and displayed on each ward.",
               "Patient Experience Lead", "Q3 2024/25", None, "Q2 report presented 12 November 2024; ward displays in place.", None, "G")]),
        ]),
        ("Is the service well led?", [
            ("AFI 5",
             "The registered person shall ensure that unannounced visits are undertaken monthly on behalf of the responsible individual and that a written report of each visit is prepared.",
             "Ref: Regulation 26\nStated: Second time",
             [("5.1", "Nominated individual to carry out unannounced monthly Regulation 26 visits using the revised template, with reports available to RQIA on request.",
               "Nominated Individual", "Monthly", None, "Visits completed July–December 2024; reports filed.", "G", "G"),
              ("5.2", "Review the incident management policy to reflect the regional Serious Adverse Incident procedure and have it ratified by the Board.",
               "Governance Manager", "Sept 2024", "Mar 2025", "Draft policy delayed pending the revised regional procedure; not yet ratified.", "A", "R")]),
        ]),
    ]
    r = 8
    for domain, afis in plan:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=N)
        c = ws.cell(row=r, column=1, value=domain)
        c.font = Font(bold=True, size=12)
        c.fill = F_GREY
        r += 1
        for afi_no, afi_text, afi_ref, actions in afis:
            ws.cell(row=r, column=1, value=afi_no).font = BOLD
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
            ws.cell(row=r, column=2, value=afi_text).font = BOLD
            ws.merge_cells(start_row=r, start_column=6, end_row=r, end_column=8)
            ws.cell(row=r, column=6, value=afi_ref)
            for col in range(1, N + 1):
                ws.cell(row=r, column=col).fill = F_BAND
                ws.cell(row=r, column=col).alignment = WRAP
                ws.cell(row=r, column=col).border = BOX
            ws.row_dimensions[r].height = 48
            r += 1
            for (ref, act, owner, tgt, rev, prog, prev, cur) in actions:
                vals = [ref, act, owner, tgt, rev, prog, None, None]
                for col, v in enumerate(vals, start=1):
                    cell = ws.cell(row=r, column=col, value=v)
                    if isinstance(v, dt.datetime):
                        cell.number_format = "dd/mm/yyyy"
                body_cells(ws, r, N)
                if prev:
                    ws.cell(row=r, column=7).fill = RAGFILL[prev]
                ws.cell(row=r, column=8).fill = RAGFILL[cur]
                r += 1
    widths(ws, [8, 55, 24, 13, 13, 42, 12, 12, 3, 3, 6, 26])
    ws.freeze_panes = "A8"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "QIP summary – current RAG position (January 2025)"
    sm["A1"].font = BOLD
    header_row(sm, 3, ["Status", "Number of actions"])
    rows = [("Complete", F_BLUE, 3), ("On track", F_GREEN, 3), ("Risk of slippage", F_AMBER, 1), ("Overdue / not on track", F_RED, 1)]
    rr = 4
    for label, f, n in rows:
        sm.cell(row=rr, column=1, value=label).fill = f
        sm.cell(row=rr, column=2, value=n)
        rr += 1
    sm.cell(row=rr, column=1, value="Total").font = BOLD
    sm.cell(row=rr, column=2, value=8).font = BOLD
    widths(sm, [28, 20])
    wb.save(out("rs-ulster-independent-clinic-rqia-inspection-qip-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 3. Adult Learning Wales - Estyn post-inspection action plan (one sheet per R)
# ---------------------------------------------------------------------------
def make_adult_learning_wales():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Adult Learning Wales – Post-Inspection Action Plan (PIAP) 2024–2025"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Addysg Oedolion Cymru – Cynllun Gweithredu Ôl-arolygiad"
    cov["A2"].font = Font(italic=True, size=12)
    cov["A3"] = "Estyn core inspection: 19–23 February 2024. Report published: 26 April 2024."
    cov["A5"] = "Document control"
    cov["A5"].font = BOLD
    header_row(cov, 6, ["Version", "Date", "Author", "Approved by", "Notes"])
    dc = [
        ("1.0", "17/05/2024", "Director of Learning and Quality", "Board of Governors", "Submitted to Estyn"),
        ("1.2", "15/10/2024", "Quality Manager", "Quality and Standards Committee", "Summer term review"),
        ("1.3", "21/01/2025", "Quality Manager", "Quality and Standards Committee", "Autumn term review"),
    ]
    for i, row in enumerate(dc, start=7):
        for c, v in enumerate(row, start=1):
            cov.cell(row=i, column=c, value=v)
        body_cells(cov, i, 5)
    cov["A11"] = "RAG key"
    cov["A11"].font = BOLD
    for i, (letter, meaning) in enumerate([
        ("B", "Complete – impact evidenced"),
        ("G", "On track"),
        ("A", "Some slippage – mitigation in place"),
        ("R", "Off track – escalated to SLT"),
    ], start=12):
        c = cov.cell(row=i, column=1, value=letter)
        c.fill = RAGFILL[letter]
        c.alignment = Alignment(horizontal="center")
        cov.cell(row=i, column=2, value=meaning)
    cov["A17"] = "Each Estyn recommendation has its own sheet (R1, R2, R3)."
    widths(cov, [10, 34, 32, 32, 22])

    hdr = ["Action ref", "Action", "Lead", "Support", "Start", "Completion", "Success criteria",
           "Progress update (January 2025)", "RAG"]
    sheets = [
        ("R1", "R1: Strengthen quality assurance processes so that leaders have an accurate picture of the quality of teaching and learning across all curriculum areas",
         [("1.1", "Revise the teaching, learning and assessment observation policy to include learning walks, work scrutiny and learner voice, and train all observers.",
           "Head of Quality", "Curriculum Managers", "June 2024", "Autumn term 2024",
           "Revised policy approved; all 14 observers trained and standardised.",
           "Policy approved July 2024. Observer training completed 8 November 2024.", "B"),
          ("1.2", "Moderate a sample of at least 10% of observation outcomes each term through paired observations with an external partner.",
           "Quality Manager", "Coleg Gwent quality team", "September 2024", "Termly",
           "Moderation confirms at least 90% agreement on judgements.",
           "Autumn term sample completed (11 paired observations, 91% agreement).", "G"),
          ("1.3", "Produce a termly quality report for the Quality and Standards Committee summarising observation outcomes, themes and professional learning needs.",
           "Director of Learning and Quality / Head of Quality", "MIS Manager", "October 2024", "31/01/2025",
           "Committee minutes show governors challenging and using the report.",
           "First report drafted for the February 2025 committee.", "G")]),
        ("R2", "R2: Improve the progress learners make in developing their digital skills",
         [("2.1", "Embed the essential digital skills framework in all accredited courses.\nRecord initial and diagnostic assessment for every learner on the learner tracking system.",
           "Head of Digital Learning", "Essential Skills Co-ordinators; Curriculum Managers", "September 2024", "Summer term 2025",
           "95% of learners on accredited courses have a recorded digital skills assessment and target.",
           "Framework embedded in 60% of courses; tracking system update delayed to March 2025.", "A"),
          ("2.2", "Provide professional learning for all part-time tutors on planning for the development of learners' literacy, numeracy and digital skills.",
           "Professional Learning Manager", "Digital Champions", "September 2024", "March 2025",
           "All part-time tutors complete the module; lesson plans show planned skills development.",
           "142 of 188 tutors completed the online module.", "G")]),
        ("R3", "R3: Ensure that improvement planning includes specific and measurable targets and that leaders monitor progress against them rigorously",
         [("3.1", "Rewrite the strategic and operational improvement plans so that each target is specific, measurable and time-bound, with a named owner.",
           "Chief Executive", "Senior Leadership Team", "May 2024", "September 2024",
           "Plans approved by the Board with SMART targets throughout.",
           "Revised plans approved by the Board on 24 September 2024.", "B"),
          ("3.2", "Introduce quarterly performance review meetings between senior leaders and regional managers, focused on progress against improvement plan targets.",
           "Deputy Chief Executive; Regional Managers (North, South East, South West)", "Performance Officer", "October 2024", "April 2025",
           "Notes of each review record actions and follow-up; targets on track in every region.",
           "First round held in December 2024 in North and South East only; South West rescheduled.", "A")]),
    ]
    for name, rec, actions in sheets:
        ws = wb.create_sheet(name)
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(hdr))
        c = ws.cell(row=1, column=1, value=rec)
        c.font = Font(bold=True, size=12)
        c.fill = F_BAND
        c.alignment = WRAP
        ws.row_dimensions[1].height = 36
        header_row(ws, 3, hdr)
        r = 4
        for (ref, act, lead, sup, start, comp, sc, prog, rag) in actions:
            for col, v in enumerate([ref, act, lead, sup, start, comp, sc, prog, rag], start=1):
                ws.cell(row=r, column=col, value=v)
            body_cells(ws, r, len(hdr))
            ws.cell(row=r, column=9).fill = RAGFILL[rag]
            ws.cell(row=r, column=9).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
        r += 1
        ws.cell(row=r, column=1, value="Monitoring: Quality and Standards Committee each term; evidence held in the PIAP folder on SharePoint.").font = Font(italic=True)
        widths(ws, [9, 50, 26, 24, 13, 15, 36, 40, 6])
    wb.save(out("rs-adult-learning-wales-estyn-post-inspection-action-plan.xlsx"))


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


def set_cell(cell, text, bold=False):
    """Put text in a cell; '\n' makes separate paragraphs."""
    parts = text.split("\n") if text else [""]
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    for part in parts[1:]:
        p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold


# ---------------------------------------------------------------------------
# 4. Sacred Heart College, Omagh - ETI inspection action plan (docx)
# ---------------------------------------------------------------------------
def make_sacred_heart():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Sacred Heart College, Omagh – ETI Inspection Action Plan", level=0)
    doc.add_paragraph("Action plan to address the areas for improvement identified in the Education and Training Inspectorate report")
    doc.add_paragraph("Date of inspection: 4–7 March 2024        Report published: 14 May 2024")
    doc.add_paragraph("Approved by the Board of Governors: 18 June 2024        Last reviewed: 27 January 2025")
    doc.add_paragraph(
        "The ETI identified three areas for improvement. The Board of Governors and the senior leadership team "
        "have prepared this plan, which is monitored at each meeting of the Board's Standards Sub-Committee. "
        "Progress is shown by the shading of the final column.")

    key = doc.add_table(rows=1, cols=4)
    key.style = "Table Grid"
    set_cell(key.rows[0].cells[0], "Progress key", bold=True)
    set_cell(key.rows[0].cells[1], "Achieved")
    shade(key.rows[0].cells[1], "00B050")
    set_cell(key.rows[0].cells[2], "In progress")
    shade(key.rows[0].cells[2], "FFC000")
    set_cell(key.rows[0].cells[3], "Behind schedule")
    shade(key.rows[0].cells[3], "FF0000")

    afis = [
        ("Area for Improvement 1",
         "Improve the quality of learning and teaching in mathematics at key stage 3, so that all pupils, including those who require additional support with their learning, make consistently good progress.",
         [("Mathematics department to adopt a common lesson structure for key stage 3, including regular retrieval practice and planned use of concrete materials.",
           "Head of Mathematics", "Autumn term 2024",
           "Consistent lesson structure seen in all key stage 3 mathematics lessons observed.",
           "Lesson observations; pupil focus groups", "00B050"),
          ("Programme of paired lesson observations and peer learning walks in mathematics, with feedback focused on questioning and differentiation.",
           "Vice-Principal (Curriculum); Head of Mathematics", "September 2024 – May 2025",
           "At least 80% of lessons observed evaluated as good or better.",
           "SLT link meetings; Standards Sub-Committee", "FFC000"),
          ("Learning Support Co-ordinator to work with mathematics teachers so that personal learning plans include specific numeracy targets that are reviewed each term.",
           "SENCo", "By end of January 2025",
           "All personal learning plans for key stage 3 pupils include a reviewed numeracy target.",
           "Sample of personal learning plans", "00B050")]),
        ("Area for Improvement 2",
         "Develop further the use of data at whole-school, department and class level to identify underachievement and to plan and evaluate interventions, particularly for boys at GCSE.",
         [("Introduce a whole-school tracking system using CAT4 and prior attainment data, with three data collection points each year for years 8 to 12.",
           "Vice-Principal (Pastoral & Data)", "October 2024",
           "Tracking system in use by all departments; first data collection analysed.",
           "Data reports to SLT", "00B050"),
          ("Heads of Department to analyse each data collection and record the agreed interventions for identified pupils in departmental action plans.",
           "Heads of Department", "Following each data collection",
           "Departmental action plans record interventions and their impact; gap between boys and girls at GCSE narrows.",
           "Departmental review meetings", "FFC000")]),
        ("Area for Improvement 3",
         "Ensure that the school's attendance procedures are applied consistently, so that patterns of low attendance are identified early and followed up with parents and the Education Welfare Service.",
         [("Revise the attendance policy and share it with staff, parents and pupils; form teachers to follow up all unexplained absences on the first day.",
           "Mr C. Donnelly (Head of Pastoral Care)", "Spring term 2025",
           "Policy published; first-day contact made for all unexplained absences.",
           "Weekly attendance reports", "FF0000"),
          ("Pastoral team to meet the Education Welfare Officer monthly to review pupils whose attendance is below 90%.",
           "Head of Pastoral Care / Education Welfare Officer", "Monthly",
           "Persistent absence reduced from 14% to below 10%.",
           "Attendance data reported to the Board each term", "FFC000")]),
    ]
    for heading, text, actions in afis:
        doc.add_heading(heading, level=2)
        doc.add_paragraph(text)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for i, h in enumerate(["Actions", "Person(s) responsible", "Timescale", "Success criteria",
                               "Monitoring and evaluation", "Progress"]):
            set_cell(t.rows[0].cells[i], h, bold=True)
        for (act, who, when, sc, mon, colour) in actions:
            cells = t.add_row().cells
            set_cell(cells[0], act)
            set_cell(cells[1], who)
            set_cell(cells[2], when)
            set_cell(cells[3], sc)
            set_cell(cells[4], mon)
            set_cell(cells[5], "")
            shade(cells[5], colour)
    doc.add_paragraph("")
    doc.add_paragraph("Signed on behalf of the Board of Governors")
    sign = doc.add_table(rows=2, cols=3)
    sign.style = "Table Grid"
    set_cell(sign.rows[0].cells[0], "Principal")
    set_cell(sign.rows[0].cells[1], "Mrs A. McCrory")
    set_cell(sign.rows[0].cells[2], "Date: 18 June 2024")
    set_cell(sign.rows[1].cells[0], "Chairperson, Board of Governors")
    set_cell(sign.rows[1].cells[1], "Mr P. Gallagher")
    set_cell(sign.rows[1].cells[2], "Date: 18 June 2024")
    doc.save(out("rs-sacred-heart-college-omagh-eti-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Sense Scotland supported living (Glasgow) - Care Inspectorate improvement plan
# ---------------------------------------------------------------------------
def make_sense_scotland():
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10.5)
    doc.add_heading("Sense Scotland – Supported Living Service (Glasgow): Care Inspectorate Improvement Plan", level=0)
    doc.add_paragraph("Care service number: CS2004071235    Service type: Housing Support Service and Care at Home")
    doc.add_paragraph("Unannounced inspection: 22–29 October 2024    Report published: 9 December 2024")

    dc = doc.add_table(rows=1, cols=4)
    dc.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Change"]):
        set_cell(dc.rows[0].cells[i], h, bold=True)
    for row in [("0.1", "12/12/2024", "Registered Manager", "First draft"),
                ("1.0", "20/12/2024", "Head of Adult Services", "Approved by Quality and Compliance Group"),
                ("1.2", "07/02/2025", "Registered Manager", "Progress update")]:
        cells = dc.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v)

    doc.add_paragraph("")
    doc.add_paragraph("Status key: Complete – action implemented and evidenced; On track – progressing within timescale; "
                      "Amber – at risk of missing the timescale; Not started.")

    sections = [
        ("1. How well do we support people's wellbeing?", "Evaluation: 3 – Adequate", [
            ("Requirement 1: By 31 January 2025, the provider must ensure that people's medication is managed safely and in line with best practice guidance.",
             [("R1.1", "All support workers who administer medication to complete the revised medication competency assessment, observed by a team leader.",
               "Team Leaders", "31/01/2025", "48 of 48 staff assessed as competent (30/01/25).", "Complete"),
              ("R1.2", "Introduce a weekly medication audit in each shared home, with the findings reviewed by the Registered Manager at the monthly governance meeting.",
               "Registered Manager", "w/c 06/01/2025", "Weekly audits in place in all six homes.", "Complete"),
              ("R1.3", "Move from paper MAR charts to the electronic medication administration record across the service.",
               "Service Manager / Digital Lead", "End of June 2025", "Pilot in two homes started 3 February 2025.", "On track")]),
            ("Area for improvement 1: To support people's health and wellbeing, the provider should ensure that outcomes in personal plans are reviewed with the person at least every six months.",
             [("AFI1.1", "Schedule six-monthly personal plan reviews on the rota system and invite the person and their chosen representatives.",
               "Team Leaders", "March 2025", "Reviews scheduled for all 31 people supported.", "On track")]),
        ]),
        ("2. How good is our leadership?", "Evaluation: 3 – Adequate", [
            ("Requirement 2: By 28 February 2025, the provider must ensure that quality assurance systems are effective in identifying and addressing areas for improvement in the service.",
             [("R2.1", "Complete a service self-evaluation using the Care Inspectorate's quality framework, involving supported people, families and staff.",
               "Registered Manager / Quality Lead", "28/02/2025", "Staff workshops held; family session moved to 4 March 2025.", "Amber"),
              ("R2.2", "Quarterly quality assurance visits by the Head of Adult Services, with a written report and action plan shared with the service.",
               "Head of Adult Services", "Quarterly", "First visit completed 15 January 2025.", "On track")]),
        ]),
        ("3. How good is our staff team?", "Evaluation: 4 – Good", [
            ("Area for improvement 2: To ensure people are supported by staff who have the right skills, the provider should ensure that all staff complete training in positive behaviour support and in communication approaches for people who are deafblind.",
             [("AFI2.1", "Deliver Positive Behaviour Support (Level 1) training to all staff not yet trained, prioritising new starts.",
               "Learning and Development Team", "By 31 May 2025", "27 of 41 staff trained.", "On track"),
              ("AFI2.2", "Refresh training on tactile communication and communication passports for all staff supporting people with dual sensory loss.",
               "Specialist Practitioner (Communication)", "April 2025", "", "Not started")]),
        ]),
        ("5. How well is our care and support planned?", "Evaluation: 3 – Adequate", [
            ("Area for improvement 3: To ensure that people's care and support meets their needs, the provider should ensure that risk assessments are reviewed when people's needs change and that the information is reflected in their personal plan.",
             [("AFI3.1", "Audit all risk assessments against personal plans and update them where needs have changed.\nTeam leaders to confirm completion at supervision.",
               "Team Leaders", "End of January 2025", "Audit completed; 12 risk assessments updated.", "Complete")]),
        ]),
    ]
    for kq, evaluation, items in sections:
        doc.add_heading(kq, level=1)
        doc.add_paragraph(evaluation)
        for reqtext, actions in items:
            t = doc.add_table(rows=2, cols=6)
            t.style = "Table Grid"
            top = t.rows[0].cells[0].merge(t.rows[0].cells[5])
            set_cell(top, reqtext, bold=True)
            shade(top, "DEEAF6")
            for i, h in enumerate(["Ref", "Action", "Responsible", "Timescale", "Progress update", "Status"]):
                set_cell(t.rows[1].cells[i], h, bold=True)
            for row in actions:
                cells = t.add_row().cells
                for i, v in enumerate(row):
                    set_cell(cells[i], v)
            doc.add_paragraph("")
    doc.add_paragraph("Next review: Quality and Compliance Group, 13 March 2025.")
    doc.save(out("rs-sense-scotland-supported-living-glasgow-care-inspectorate-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Cardiff and Vale UHB - Quality, Safety and Experience Committee action log (csv)
# ---------------------------------------------------------------------------
def csv_line(vals):
    outv = []
    for v in vals:
        v = "" if v is None else str(v)
        if any(ch in v for ch in [",", '"', "\n"]):
            v = '"' + v.replace('"', '""') + '"'
        outv.append(v)
    return ",".join(outv)


def make_cardiff_vale():
    ncol = 9
    pad = lambda first: [first] + [""] * (ncol - 1)
    lines = [
        pad("Cardiff and Vale University Health Board"),
        pad("Quality, Safety and Experience Committee – Action Log"),
        pad("Following the meeting held on 10 December 2024 (for the meeting on 18 February 2025)"),
        pad(""),
        ["Minute Ref", "Date of Meeting", "Subject", "Agreed Action", "Lead", "Due Date",
         "Revised Due Date", "Status / Update", "RAG"],
        ["QSE 24/06/012", "11.06.24", "Patient Story – discharge from Ward C4",
         "Executive Nurse Director to bring the learning from the patient story back to the Committee, showing the changes made to the discharge process.",
         "Executive Nurse Director", "08.10.24", "", "Complete – learning presented at the October meeting (item 6.1).", "Blue"],
        ["QSE 24/06/019", "11.06.24", "Clinical Audit Programme",
         "Confirm the Health Board's participation in all mandatory National Clinical Audit and Outcome Review Programme audits for 2024-25.",
         "Medical Director", "Ongoing", "", "Standing item – reported through the Clinical Effectiveness Committee.", "Green"],
        ["QSE 24/08/009", "13.08.24", "Healthcare Inspectorate Wales (HIW) activity",
         "Produce a consolidated tracker of all open HIW improvement plans, showing overdue actions by Clinical Board.",
         "Head of Patient Safety & Quality", "10.12.24", "", "Complete – tracker received at the December meeting.", "Blue"],
        ["QSE 24/10/015", "08.10.24", "Inpatient Falls Exception Report",
         "Provide a breakdown of falls resulting in moderate or severe harm by site and ward, with the actions taken.",
         "Director of Therapies and Health Science", "18.02.25", "", "On the agenda for February 2025 (item 7.3).", "Green"],
        ["QSE 24/10/021", "08.10.24", "Mental Health Act Monitoring",
         "Provide assurance on the actions taken following the HIW Mental Health Act monitoring visit to Hafan y Coed.",
         "Director of Operations, Mental Health Clinical Board", "18.02.25", "15.04.25",
         "Deferred to the April 2025 meeting because of agenda pressures.", "Amber"],
        ["QSE 24/12/007", "10.12.24", "Maternity Services Update",
         "Present the Maternity and Neonatal Safety Support Programme progress report, including midwifery staffing against Birthrate Plus.",
         "Director of Midwifery / Executive Nurse Director", "April 2025", "", "On track.", "Green"],
        ["QSE 24/12/014", "10.12.24", "Infection Prevention and Control",
         "Bring a report on the increase in C. difficile cases at University Hospital Llandough, including the ribotyping results.",
         "Catherine Evans and Dr Mark Price", "April 2025", "", "Not started.", ""],
        ["QSE 24/12/016", "10.12.24", "Concerns and Complaints",
         "Review Putting Things Right response times in the Surgery Clinical Board and report the improvement trajectory.",
         "Director of Operations – Surgery Clinical Board", "18.02.25", "",
         "Overdue – trajectory not yet agreed with the Clinical Board.", "Red"],
        pad(""),
        pad("RAG: Blue = complete (to be removed once noted by the Committee); Green = on track; Amber = due date revised; Red = overdue."),
        pad("No actions have been referred to other Committees of the Board since the last meeting."),
    ]
    text = "\r\n".join(csv_line(l) for l in lines) + "\r\n"
    with open(out("rs-cardiff-and-vale-uhb-quality-safety-experience-committee-action-log.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(text)


# ---------------------------------------------------------------------------
# 7. Mid and East Antrim BC - corporate risk register Q2 2025/26 (tab text, refuse)
# ---------------------------------------------------------------------------
def make_mea_risk_register():
    rows = [
        ["Mid and East Antrim Borough Council"],
        ["Corporate Risk Register – Quarter 2 2025/26 (position at 30 September 2025)"],
        ["Reported to the Audit and Risk Committee, 4 November 2025"],
        [],
        ["Risk Ref", "Risk", "Risk Owner", "Inherent Risk (L x I)", "Existing Controls", "Residual Risk (L x I)",
         "Further Action Required", "Action Owner", "Target Date", "Progress", "RAG"],
        ["CR01", "Financial sustainability – inability to deliver a balanced budget over the medium term", "Director of Finance", "5 x 5 = 25",
         "Medium Term Financial Plan; monthly budget monitoring to SMT", "4 x 4 = 16",
         "Refresh the Medium Term Financial Plan 2026/27 to 2029/30 and agree the efficiency programme with Members",
         "Director of Finance", "Dec-25", "Budget workshops with Members scheduled for October and November", "G"],
        ["", "", "", "", "", "",
         "Complete the review of fees and charges for 2026/27",
         "Head of Finance", "Jan-26", "Service returns received from 9 of 12 services", "A"],
        ["CR02", "Cyber security – loss of systems or data following a cyber attack", "Director of Corporate Services", "4 x 5 = 20",
         "Firewalls and endpoint protection; staff training; Cyber Essentials Plus", "3 x 5 = 15",
         "Test the ICT disaster recovery plan with a full failover exercise",
         "Head of ICT", "0ct-25", "Exercise planned with the supplier", "A"],
        ["", "", "", "", "", "",
         "Achieve 95% completion of the mandatory cyber awareness module",
         "Head of ICT / Head of HR", "Mar-26", "Completion at 81%", "G"],
        ["CR03", "Waste – failure to meet statutory recycling targets and landfill diversion", "Director of Operations", "4 x 4 = 16",
         "Waste Management Strategy; arc21 contracts", "3 x 4 = 12",
         "Roll out the revised kerbside glass collection to the remaining 8,000 households",
         "Head of Waste Management", "31/03/2026", "Phase 2 commenced 1 September 2025", "G"],
        ["CR04", "Workforce – inability to recruit and retain staff in key posts", "Director of Corporate Services", "4 x 4 = 16",
         "People Strategy; agency framework", "4 x 3 = 12",
         "Implement the agreed actions from the 2025 staff survey",
         "Head of HR", "Ongoing", "Action plan agreed by CMT in August 2025", "G"],
        ["CR05", "Major incident – failure to respond effectively to a civil emergency", "Chief Executive", "3 x 5 = 15",
         "Emergency Plan; EPG training", "2 x 5 = 10",
         "Update the Major Emergency Plan following the Storm Éowyn debrief",
         "Emergency Planning Officer", "Nov-25", "Debrief report complete; plan being revised", "G"],
        [],
        ["Risk profile at Q2: Red 2, Amber 3, Green 0 (residual). Next review: Corporate Management Team, December 2025."],
    ]
    text = "\n".join("\t".join(r) for r in rows) + "\n"
    with open(out("rs-mid-and-east-antrim-bc-corporate-risk-register-q2-2025-26-typo-month-refuse.txt"), "w", encoding="utf-8", newline="") as f:
        f.write(text)


if __name__ == "__main__":
    make_east_lothian_ijb()
    make_ulster_independent_clinic()
    make_adult_learning_wales()
    make_sacred_heart()
    make_sense_scotland()
    make_cardiff_vale()
    make_mea_risk_register()
    print("done")
