#!/usr/bin/env python3
"""Build the seven jx1- blind test files (set heldout318).

Run with:  /work/main/.venv/bin/python jx1_make.py
Writes three .xlsx, two .docx, one .csv and one .txt beside this script.
The plan content is held in module-level data so that it can be checked.
"""
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- helpers
RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
FILLS = {"red": RED, "amber": AMBER, "green": GREEN, "blue": BLUE}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill(start_color=hex_, end_color=hex_, fill_type="solid")


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def put(ws, row, values, bold=False, border=True, bg=None):
    for col, v in enumerate(values, start=1):
        c = ws.cell(row=row, column=col, value=v)
        c.alignment = WRAP
        if bold:
            c.font = Font(bold=True)
        if border:
            c.border = BOX
        if bg:
            c.fill = fill(bg)


def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)


# ====================================================================
# 1. Oldfield School - post-Ofsted action plan (xlsx)
# ====================================================================
OLDFIELD_FILE = "jx1-oldfield-school-post-ofsted-action-plan.xlsx"
OLDFIELD_TITLE = "Oldfield School – Post-Ofsted Action Plan 2025–26"
OLDFIELD = [
    ("1. Quality of education",
     "In some subjects, including geography and modern foreign languages, the key stage 3 curriculum "
     "is not implemented as leaders intend. Leaders should ensure that teachers check pupils' "
     "understanding precisely and address misconceptions swiftly.",
     [
         ("1.1", "Deliver a programme of fortnightly CPD on responsive teaching and checking for "
                 "understanding, led by the Teaching and Learning team.",
          "DHT (Teaching & Learning)", "Autumn term 2025",
          "All KS3 teachers seen using hinge questions and mini-whiteboards in drop-ins.",
          "LGB Standards Committee",
          "Programme delivered to all staff. Drop-ins in January show consistent use.", "blue"),
         ("1.2", "Re-sequence the KS3 schemes of work in geography and MFL so that key knowledge is "
                 "revisited, and publish a knowledge organiser for each unit.",
          "RP / SH", "By February half-term 2026",
          "Revised schemes in place; pupil voice shows pupils can recall prior content.",
          "SLT link / Curriculum governor",
          "Geography complete. MFL Year 8 units being rewritten.", "green"),
         ("1.3", "Introduce low-stakes retrieval quizzes at the start of every KS3 lesson and analyse "
                 "the results half-termly by subject.",
          "AHT Curriculum", "Termly",
          "Quiz data shows gaps closing between autumn and summer.",
          "SLT",
          "In place in 9 of 12 subjects; data analysis not yet consistent.", "amber"),
     ]),
    ("2. Behaviour and attitudes",
     "Too many pupils, particularly disadvantaged pupils, are persistently absent from school. Leaders "
     "should ensure that strategies to improve attendance are applied rigorously and that their impact "
     "is checked.",
     [
         ("2.1", "Appoint a full-time Attendance Officer and hold weekly attendance panels for pupils "
                 "whose attendance is below 90%.",
          "AHT (Behaviour & Attendance)", "September 2025",
          "Persistent absence falls below the national average.",
          "LGB Standards Committee",
          "Attendance Officer in post from 1 September. Panels running weekly.", "blue"),
         ("2.2", "Work with the local authority Education Welfare Service and the Trust attendance lead "
                 "to put early-help plans in place for all persistently absent disadvantaged pupils.",
          "AHT (Behaviour & Attendance); Pastoral Leads", "Summer term 2026",
          "PA for disadvantaged pupils reduced by 5 percentage points.",
          "Trust Education Committee",
          "EWS capacity reduced this term; only 40% of plans in place.", "red"),
     ]),
    ("3. Leadership and management",
     "Leaders, including those responsible for governance, do not have an accurate enough view of the "
     "quality of education in some subjects. They should ensure that quality assurance focuses sharply "
     "on the impact of the curriculum.",
     [
         ("3.1", "Revise the quality assurance calendar so that every subject has a deep dive at least "
                 "once a year, with findings reported to governors.",
          "Headteacher", "October 2025",
          "QA calendar published; deep-dive reports received by LGB.",
          "LGB",
          "Calendar published October 2025. Four deep dives completed.", "blue"),
         ("3.2", "Provide training for governors on the inspection framework and on asking challenging "
                 "questions about curriculum impact.",
          "Chair of Governors / Clerk", "Ongoing",
          "Minutes show governors challenging leaders on curriculum impact.",
          "Trust Governance Lead",
          "Two sessions held; further session planned for summer term.", "green"),
         ("3.3", "Commission an external review of the KS3 curriculum from the Trust's Director of "
                 "Education and act on its findings.",
          "Headteacher and Director of Education", "Summer term 2026",
          "Review report received and actions added to this plan.",
          "Trust Education Committee",
          "Not yet started – review booked for May 2026.", None),
     ]),
]


def build_oldfield():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    widths(cov, [22, 30, 22, 40])
    cov["A1"] = "Oldfield School"
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "Post-Ofsted Action Plan 2025–26"
    cov["A2"].font = Font(bold=True, size=13)
    cov["A4"] = "Inspection dates"
    cov["B4"] = "11–12 March 2025"
    cov["A5"] = "Overall effectiveness"
    cov["B5"] = "Requires improvement"
    cov["A6"] = "Plan owner"
    cov["B6"] = "Headteacher"
    cov["A7"] = "Approved by"
    cov["B7"] = "Local Governing Body, 8 May 2025"
    cov["A9"] = "Version control"
    cov["A9"].font = Font(bold=True)
    put(cov, 10, ["Version", "Date", "Author", "Change"], bold=True, bg="D9D9D9")
    put(cov, 11, ["v1.0", "02/05/2025", "Headteacher", "First draft for LGB"])
    put(cov, 12, ["v1.1", "08/05/2025", "Headteacher", "Approved by LGB"])
    put(cov, 13, ["v2.0", "12/03/2026", "DHT (Teaching & Learning)", "Spring 2026 review"])
    cov["A15"] = "RAG key"
    cov["A15"].font = Font(bold=True)
    key = [("Blue", BLUE, "Completed – impact evidenced"),
           ("Green", GREEN, "On track"),
           ("Amber", AMBER, "Some slippage – action being taken"),
           ("Red", RED, "Off track – escalate to LGB"),
           ("No colour", None, "Not yet started")]
    for i, (word, col, meaning) in enumerate(key):
        r = 16 + i
        cov.cell(row=r, column=1, value=word).border = BOX
        if col:
            cov.cell(row=r, column=1).fill = fill(col)
        cov.cell(row=r, column=2, value=meaning).border = BOX

    ws = wb.create_sheet("Action Plan")
    widths(ws, [38, 6, 48, 22, 18, 34, 22, 40, 8])
    ws.merge_cells("A1:I1")
    ws["A1"] = OLDFIELD_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:I2")
    ws["A2"] = ("Section 5 inspection 11–12 March 2025 · Overall effectiveness: Requires improvement · "
                "Plan owner: Headteacher")
    put(ws, 4, ["Area for improvement (from Ofsted report)", "Ref", "Action", "Lead", "Timescale",
                "Success criteria", "Monitored by", "Progress update (Spring 2026)", "RAG"],
        bold=True, bg="1F3864")
    for c in range(1, 10):
        ws.cell(row=4, column=c).font = Font(bold=True, color="FFFFFF")
    row = 5
    for band, afi, actions in OLDFIELD:
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)
        ws.cell(row=row, column=1, value=band).font = Font(bold=True)
        ws.cell(row=row, column=1).fill = fill("D9E1F2")
        row += 1
        first = row
        for ref, action, lead, when, crit, mon, prog, rag in actions:
            put(ws, row, [None, ref, action, lead, when, crit, mon, prog, None])
            if rag:
                ws.cell(row=row, column=9).fill = fill(FILLS[rag])
            row += 1
        ws.cell(row=first, column=1, value=afi)
        ws.cell(row=first, column=1).alignment = WRAP
        ws.merge_cells(start_row=first, start_column=1, end_row=row - 1, end_column=1)
    row += 1
    ws.cell(row=row, column=1,
            value="RAG ratings reviewed by SLT fortnightly and reported to the LGB termly. Key: see Cover sheet.")
    ws.cell(row=row, column=1).font = Font(italic=True)

    gm = wb.create_sheet("Governor monitoring")
    widths(gm, [14, 50, 26, 20])
    gm["A1"] = "Governor monitoring visits 2025–26"
    gm["A1"].font = Font(bold=True)
    put(gm, 3, ["Date", "Focus", "Governor(s)", "Report to"], bold=True, bg="D9D9D9")
    put(gm, 4, ["14/10/2025", "Attendance panels and early-help plans", "Mrs J Allen", "LGB November"])
    put(gm, 5, ["20/01/2026", "KS3 geography and MFL deep dive", "Mr T Okoye, Dr S Little", "LGB February"])
    put(gm, 6, ["28/04/2026", "Retrieval practice and assessment", "Mr T Okoye", "LGB June"])
    wb.active = 1
    wb.save(os.path.join(HERE, OLDFIELD_FILE))


# ====================================================================
# 2. Telford College - Ofsted post-inspection action plan (docx)
# ====================================================================
TELFORD_FILE = "jx1-telford-college-ofsted-post-inspection-action-plan.docx"
TELFORD_TITLE = "Telford College – Post-Inspection Action Plan 2025–26"
TELFORD = [
    ("Area for improvement 1",
     "Leaders should ensure that teachers of English and mathematics on education programmes for young "
     "people plan and teach the curriculum so that students who need to retake GCSE qualifications make "
     "the progress of which they are capable.",
     [
         ("1.1", "Recruit two additional specialist GCSE mathematics teachers and a maths coach to work "
                 "alongside newly appointed staff.",
          "Vice Principal Curriculum & Quality", "31/07/2025", "30/09/2025",
          "Two teachers appointed from September; coach appointed October.", "Complete"),
         ("1.2", "Introduce diagnostic assessment in the first two weeks of term and use the results to "
                 "set individual targets for every resit student.",
          "Head of English & Maths", "October 2025", "",
          "Diagnostics completed for 96% of students; targets on ProMonitor.", "On track"),
         ("1.3", "Monitor attendance at English and maths lessons weekly, with follow-up by progress "
                 "coaches within 48 hours of any absence.",
          "Head of English & Maths / Head of Student Services", "September 2025", "",
          "Attendance at 81% against 88% target; follow-up not consistent in Construction.", "At risk"),
     ]),
    ("Area for improvement 2",
     "Leaders and managers should make sure that employers of apprentices are fully involved in planning "
     "and reviewing apprentices' on- and off-the-job training.",
     [
         ("2.1", "Redesign the progress review template so that employers contribute to target setting at "
                 "every review.",
          "Director of Apprenticeships", "30/06/2025", "",
          "New template live on Smart Assessor from July.", "Complete"),
         ("2.2", "Hold employer forums for each apprenticeship standard to co-design the order in which "
                 "the curriculum is taught.",
          "Apprenticeship Curriculum Managers", "Termly", "",
          "Forums held for Engineering and Business; Health and Care planned.", "On track"),
     ]),
    ("Area for improvement 3",
     "Governors should ensure that they receive sufficiently detailed information about the quality of "
     "apprenticeships and adult learning programmes to hold leaders to account.",
     [
         ("3.1", "Add an apprenticeship quality dashboard (achievement, timeliness, breaks in learning and "
                 "off-the-job hours) to each Quality & Standards Committee agenda.",
          "Clerk to the Corporation; Director of MIS", "November 2025", "January 2026",
          "Dashboard delayed by the move to the new MIS; first version due January.", "Off track"),
         ("3.2", "Appoint a link governor for apprenticeships and adult learning and schedule learning "
                 "walks each term.",
          "Chair of the Corporation", "Sept 2025", "",
          "Link governor appointed 23 September 2025.", "Complete"),
     ]),
]


def build_telford():
    doc = Document()
    landscape(doc)
    doc.add_paragraph(TELFORD_TITLE, style="Title")
    doc.add_paragraph(
        "This plan sets out the college's response to the areas for improvement identified at the Ofsted "
        "full inspection of 4–7 February 2025 (overall effectiveness: Requires improvement). Progress is "
        "reported to the Quality & Standards Committee of the Corporation each term.")
    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    for r, vals in enumerate([("Version", "Date", "Owner", "Approved by"),
                              ("1.0", "14/03/2025", "Vice Principal Curriculum & Quality", "SLT"),
                              ("1.1", "26/03/2025", "Vice Principal Curriculum & Quality",
                               "Quality & Standards Committee"),
                              ("2.0", "20/01/2026", "Quality Manager", "Quality & Standards Committee")]):
        for c, v in enumerate(vals):
            set_cell(t.cell(r, c), v, bold=(r == 0))
    doc.add_heading("Progress key", level=2)
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for r, (word, meaning, col) in enumerate([
            ("Complete", "Action completed and impact seen (Blue)", BLUE),
            ("On track", "Action progressing to the target date (Green)", GREEN),
            ("At risk", "Some slippage; target date may be missed (Amber)", AMBER),
            ("Off track", "Target date missed or will be missed (Red)", RED)]):
        set_cell(k.cell(r, 0), word, bold=True)
        shade(k.cell(r, 0), col)
        set_cell(k.cell(r, 1), meaning)

    for head, afi, actions in TELFORD:
        doc.add_heading(head, level=2)
        p = doc.add_paragraph()
        p.add_run(afi).italic = True
        tab = doc.add_table(rows=1 + len(actions), cols=7)
        tab.style = "Table Grid"
        hdr = ["Ref", "Actions", "Responsibility", "Target date", "Revised date",
               "Progress update (January 2026)", "Status"]
        for c, h in enumerate(hdr):
            set_cell(tab.cell(0, c), h, bold=True)
            shade(tab.cell(0, c), "D9E2F3")
        for r, a in enumerate(actions, start=1):
            for c, v in enumerate(a):
                set_cell(tab.cell(r, c), v)
        doc.add_paragraph("")
    doc.add_heading("Approval", level=2)
    s = doc.add_table(rows=2, cols=3)
    s.style = "Table Grid"
    for c, v in enumerate(["Approved by", "Role", "Date"]):
        set_cell(s.cell(0, c), v, bold=True)
    for c, v in enumerate(["Principal and Chief Executive", "Accountable officer", "20/01/2026"]):
        set_cell(s.cell(1, c), v)
    doc.save(os.path.join(HERE, TELFORD_FILE))


# ====================================================================
# 3. University College Birmingham - apprenticeships PIAP (csv)
# ====================================================================
UCB_FILE = "jx1-university-college-birmingham-ofsted-apprenticeships-piap.csv"
UCB_TITLE = "University College Birmingham – Apprenticeships Post-Inspection Action Plan"
UCB_HEAD = ["Theme", "Area for improvement", "Ref", "Action", "Owner", "Original deadline",
            "Revised deadline", "Update (March 2026)", "RAG"]
UCB_QE = "Quality of education"
UCB_LM = "Leadership and management"
UCB_A1 = ("Leaders should ensure that apprentices receive their full entitlement to off-the-job training, "
          "particularly on the chef de partie and hospitality manager standards.")
UCB_A2 = ("Leaders should ensure that skills coaches give apprentices helpful feedback that shows them how "
          "to improve the quality of their work.")
UCB_A3 = ("Leaders and managers should ensure that apprentices are well prepared for their end-point "
          "assessment and know what they need to do to achieve high grades.")
UCB_A4 = ("Governors should receive more detailed information about apprentices' progress so that they "
          "can challenge leaders effectively.")
UCB = [
    (UCB_QE, UCB_A1, "1.1",
     "Introduce monthly off-the-job hours audits for every apprentice, with employer sign-off recorded "
     "in the e-portfolio.",
     "Head of Apprenticeships", "31/05/2025", "",
     "Audits in place since May. Average OTJ compliance now 94%.", "B"),
    (UCB_QE, UCB_A1, "1.2",
     "Agree individual training plans with employers of chef de partie apprentices that timetable "
     "off-the-job activity in quieter trading periods.",
     "Curriculum Lead – Culinary Arts", "30/06/2025", "31/10/2025",
     "32 of 41 plans agreed.\nRemaining employers are large hotel groups – escalated to account managers.",
     "A"),
    (UCB_QE, UCB_A1, "1.3",
     "Report off-the-job compliance by standard to the Apprenticeship Quality Board each month.",
     "Apprenticeship Data Manager", "Monthly", "",
     "Standing item on AQB agenda.", "G"),
    (UCB_QE, UCB_A2, "2.1",
     "Deliver CPD for all skills coaches on written feedback that identifies next steps, followed by "
     "sampling of marked work.",
     "Teaching & Learning Coach; Head of Apprenticeships", "July 2025", "",
     "CPD delivered 9 July. Sampling in October showed 85% of feedback meets the standard.", "B"),
    (UCB_QE, UCB_A2, "2.2",
     "Revise the e-portfolio feedback template to include:\n- what went well\n- what the apprentice must "
     "do next to improve",
     "Digital Learning Manager", "Sept 2025", "Dec 2025",
     "Template built; roll-out delayed by platform upgrade.", "G"),
    (UCB_QE, UCB_A3, "3.1",
     "Introduce mock end-point assessments (professional discussion and practical observation) at least "
     "three months before gateway.",
     "EPA Readiness Lead", "March 2026", "",
     "Mocks in place for hospitality standards; not yet for business standards.", "A"),
    (UCB_QE, UCB_A3, "3.2",
     "Share distinction criteria with apprentices and employers at the mid-point review and track "
     "predicted grades.",
     "Skills Coaches / Curriculum Leads", "31/01/2026", "",
     "Predicted grades recorded for only 30% of apprentices.", "R"),
    (UCB_LM, UCB_A4, "4.1",
     "Produce a termly apprenticeship performance report for the Academic Assurance Committee of the "
     "Board of Governors.",
     "Dean of Apprenticeships and Skills", "Termly", "",
     "Reports presented November 2025 and February 2026.", "G"),
    (UCB_LM, UCB_A4, "4.2",
     "Arrange for the link governor to attend an Apprenticeship Quality Board meeting each term.",
     "Clerk to the Board", "February 2026", "",
     "", ""),
]


def build_ucb():
    import csv
    path = os.path.join(HERE, UCB_FILE)
    n = len(UCB_HEAD)
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow([UCB_TITLE] + [""] * (n - 1))
        w.writerow(["Ofsted inspection 14–17 January 2025: Apprenticeships – Requires improvement"]
                   + [""] * (n - 1))
        w.writerow(["Last updated: 09/03/2026"] + [""] * (n - 1))
        w.writerow([""] * n)
        w.writerow(UCB_HEAD)
        prev_theme = prev_afi = None
        for theme, afi, ref, action, owner, orig, rev, upd, rag in UCB:
            t = theme if theme != prev_theme else ""
            a = afi if afi != prev_afi else ""
            prev_theme, prev_afi = theme, afi
            w.writerow([t, a, ref, action, owner, orig, rev, upd, rag])
        w.writerow([""] * n)
        w.writerow(["Key: B = complete; G = on track; A = some slippage; R = off track; blank = not yet started"]
                   + [""] * (n - 1))


# ====================================================================
# 4. Oxford University Hospitals - CQC must do / should do (xlsx)
# ====================================================================
OUH_FILE = "jx1-oxford-university-hospitals-nhsft-cqc-must-should-do-action-plan.xlsx"
OUH_TITLE = "Oxford University Hospitals NHS Foundation Trust – CQC Must Do and Should Do Action Plan"
OUH_UEC = "Urgent and emergency care – John Radcliffe Hospital"
OUH_MED = "Medical care – Horton General Hospital"
OUH_MUST = [
    (OUH_UEC, [
        ("MD1", "The trust must ensure that patients in the emergency department receive a timely "
                "assessment of their risk of deterioration, including completion of NEWS2 within 15 "
                "minutes of arrival. (Regulation 12(1)(2)(a))",
         [("MD1.1", "Introduce a streaming nurse at the front door from 08:00 to 02:00 with an escalation "
                    "protocol for patients with a NEWS2 score of 5 or more.",
           "Head of Nursing, Emergency Department", "31/12/2025", "G", "B",
           "Streaming nurse rota in place since 1 December. Audit: 91% within 15 minutes.",
           "Quality Committee"),
          ("MD1.2", "Add NEWS2 timeliness to the ED daily safety huddle dashboard and audit compliance "
                    "weekly.",
           "ED Matron / ED Clinical Lead", "31/01/2026", "A", "G",
           "Dashboard live. Weekly audit results shared at huddle.", "Quality Committee")]),
        ("MD2", "The trust must ensure that patients who wait in the emergency department for long periods "
                "have their nutrition, hydration and pressure area care needs met. (Regulation 9)",
         [("MD2.1", "Roll out the long-wait care bundle, with intentional rounding every two hours, for all "
                    "patients in the department for more than six hours.",
           "Head of Nursing, Emergency Department", "28/02/2026", "A", "A",
           "Bundle launched; completion 68% against 90% target. Agency staff induction updated.",
           "Quality Committee")]),
    ]),
    (OUH_MED, [
        ("MD3", "The trust must ensure that staff complete mandatory training, including level 3 "
                "safeguarding adults training, in line with trust targets. (Regulation 18)",
         [("MD3.1", "Release ward staff for protected training days using a monthly rota agreed with the "
                    "e-rostering team.",
           "Ward Managers (Horton)", "31/03/2026", "R", "A",
           "Compliance up from 71% to 83%. Winter pressures have limited release.",
           "People and Communications Committee"),
          ("MD3.2", "Escalate individual non-compliance to the divisional performance review each month "
                    "until compliance reaches 90%.",
           "Divisional Director of Nursing", "Monthly until target met", "G", "G",
           "Standing item at divisional performance reviews.", "People and Communications Committee")]),
        ("MD4", "The trust must ensure that medicines are stored securely and that fridge temperatures are "
                "monitored and acted on. (Regulation 12(2)(g))",
         [("MD4.1", "Replace ward medicine fridges with networked temperature-monitored units on Wards 1, 6 "
                    "and 9.",
           "Chief Pharmacist", "31/10/2025", "B", "B",
           "Installed October 2025; alerts route to pharmacy and site manager.", "Medicines Safety Group"),
          ("MD4.2", "Pharmacy technicians to complete monthly safe and secure storage audits and report the "
                    "results to the Medicines Safety Group.",
           "Lead Pharmacy Technician (Horton)", "Monthly", "G", "G",
           "Audits completed November to February; all wards above 95%.", "Medicines Safety Group")]),
    ]),
]
OUH_SHOULD = [
    (OUH_UEC, [
        ("SD1", "The trust should ensure that children waiting in the emergency department are cared for "
                "in an area that is separate from adults.",
         [("SD1.1", "Complete the business case for reconfiguring the paediatric waiting area and present "
                    "it to the Capital Planning Group.",
           "Deputy Chief Operating Officer", "30/04/2026", "A", "A",
           "Draft business case prepared; estates survey booked.", "Finance and Investment Committee")]),
    ]),
    (OUH_MED, [
        ("SD2", "The trust should ensure that discharge summaries are completed and sent to GPs within 24 "
                "hours of discharge.",
         [("SD2.1", "Pilot completion of electronic discharge summaries at the board round on two medical "
                    "wards.",
           "Clinical Director for Medicine", "31/01/2026", "G", "B",
           "Pilot complete: 24-hour compliance rose from 62% to 88%.", "Quality Committee"),
          ("SD2.2", "Extend the pilot to all medical wards, subject to evaluation.",
           "Clinical Director for Medicine", "30/06/2026", "", "Not started",
           "Awaiting evaluation report (due April 2026).", "Quality Committee")]),
    ]),
]
RAG_FILL = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}


def _ouh_sheet(ws, heading, data):
    widths(ws, [9, 60, 30, 16, 12, 12, 46, 26])
    ws.merge_cells("A1:H1")
    ws["A1"] = heading
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A2:H2")
    ws["A2"] = "CQC inspection October 2025 (report published 9 January 2026). Position as at 28 February 2026."
    ws.merge_cells("A3:H3")
    ws["A3"] = ("Note: actions rated B (complete) remain open until evidence has been reviewed by the "
                "assurance committee.")
    ws["A3"].font = Font(italic=True)
    put(ws, 5, ["Ref", "Requirement / action", "Lead", "Due date", "Previous RAG (Jan 26)",
                "Current RAG (Feb 26)", "Progress and evidence", "Assurance committee"],
        bold=True, bg="005EB8")
    for c in range(1, 9):
        ws.cell(row=5, column=c).font = Font(bold=True, color="FFFFFF")
    row = 6
    for service, reqs in data:
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
        ws.cell(row=row, column=1, value=service).font = Font(bold=True, size=12)
        ws.cell(row=row, column=1).fill = fill("BDD7EE")
        row += 1
        for code, text, actions in reqs:
            put(ws, row, [code, text, None, None, None, None, None, None], bold=True, bg="F2F2F2")
            row += 1
            for ref, action, lead, due, prev, cur, prog, comm in actions:
                put(ws, row, [ref, action, lead, due, prev or None, cur, prog, comm])
                for col, v in ((5, prev), (6, cur)):
                    if v in RAG_FILL:
                        ws.cell(row=row, column=col).fill = fill(RAG_FILL[v])
                        ws.cell(row=row, column=col).alignment = Alignment(horizontal="center",
                                                                           vertical="top")
                row += 1
    ws.freeze_panes = "A6"


def build_ouh():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    widths(sm, [50, 12, 12, 12, 12, 12, 12])
    sm["A1"] = OUH_TITLE
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Report to Trust Board (public), 11 March 2026 – Chief Nursing Officer"
    put(sm, 4, ["Core service", "Must do", "Should do", "Actions", "Complete (B)", "On track (G)",
                "At risk (A/R)"], bold=True, bg="D9D9D9")
    put(sm, 5, [OUH_UEC, 2, 1, 4, 1, 1, 2])
    put(sm, 6, [OUH_MED, 2, 1, 6, 2, 2, 1])
    put(sm, 7, ["Total", 4, 2, 10, 3, 3, 3], bold=True)
    sm["A9"] = "One should-do action (SD2.2) has not started and is not included in the RAG counts."
    sm["A11"] = "RAG key"
    sm["A11"].font = Font(bold=True)
    for i, (k, meaning) in enumerate([("B", "Complete – awaiting or with assurance"),
                                      ("G", "On track to deliver by the due date"),
                                      ("A", "At risk – mitigation in place"),
                                      ("R", "Off track – escalated to executive lead")]):
        c = sm.cell(row=12 + i, column=1, value=f"{k} – {meaning}")
        c.fill = fill(RAG_FILL[k])
    _ouh_sheet(wb.create_sheet("Must do"), "CQC Must Do actions", OUH_MUST)
    _ouh_sheet(wb.create_sheet("Should do"), "CQC Should Do actions", OUH_SHOULD)
    wb.save(os.path.join(HERE, OUH_FILE))


# ====================================================================
# 5. Wellington Road Surgery - CQC inspection action plan (txt, tab-separated)
# ====================================================================
WRS_FILE = "jx1-wellington-road-surgery-cqc-inspection-action-plan.txt"
WRS_TITLE = "Wellington Road Surgery – CQC Inspection Action Plan"
WRS_R12 = "Requirement notice – Regulation 12: Safe care and treatment"
WRS_R17 = "Requirement notice – Regulation 17: Good governance"
WRS_SH = "Areas where the practice should make improvements"
WRS = [
    (WRS_R12, [
        ("The practice must ensure that patients prescribed high-risk medicines receive the required "
         "monitoring before prescriptions are issued.",
         [("12.1", ["Run weekly searches for patients on DMARDs, lithium and warfarin without up-to-date "
                    "blood monitoring, and recall them."],
           "Dr A Menon / Practice Pharmacist", "31/10/2025", "Completed"),
          ("12.2", ["Add a prescribing alert to the clinical system so that repeat requests cannot be "
                    "authorised without a monitoring check,",
                    "and record the check in the patient's notes."],
           "Hargreaves, Lynne", "November 2025", "Completed")]),
        ("The practice must ensure that safety alerts from the MHRA are acted on and that historic alerts "
         "are reviewed.",
         [("12.3", ["Keep a safety alerts log with a named clinician responsible for each alert, and review "
                    "it at the monthly clinical meeting."],
           "Dr Okafor", "31/12/2025", "Green")]),
    ]),
    (WRS_R17, [
        ("The practice must establish effective systems to monitor staff training and to act on the "
         "findings of infection prevention and control audits.",
         [("17.1", ["Set up a training matrix for all staff covering safeguarding, basic life support and "
                    "infection control, reviewed quarterly."],
           "Practice Manager", "January 2026", "Green"),
          ("17.2", ["Complete the outstanding actions from the July 2025 IPC audit, including replacing the "
                    "carpet in consulting room 3."],
           "Lead Nurse & Practice Manager", "31/03/2026", "Amber")]),
    ]),
    (WRS_SH, [
        (None,
         [("S1", ["Improve patient satisfaction with telephone access by installing a cloud-based telephony "
                  "system with a call-back option."],
           "Partners", "April 2026", "Amber"),
          ("S2", ["Continue to encourage uptake of cervical screening through text reminders and "
                  "extended-hours clinics."],
           "Lead Nurse", "Ongoing", "Green")]),
    ]),
]


def build_wrs():
    L = [WRS_TITLE,
         "Inspection date: 9 September 2025\tReport published: 14 November 2025\tOverall rating: Requires improvement",
         "Registered manager: Dr A Menon\tPractice manager: Lynne Hargreaves",
         "Status key: Completed; Green = on track; Amber = some delay; Red = not on track",
         ""]
    for section, recs in WRS:
        L.append(section)
        L.append("Ref\tAction\tLead\tCompletion date\tStatus")
        for rec, actions in recs:
            if rec:
                L.append(rec)
            for ref, lines, lead, when, status in actions:
                L.append("\t".join([ref, lines[0], lead, when, status]))
                for more in lines[1:]:
                    L.append("\t".join(["", more, "", "", ""]))
        L.append("")
    L.append("Action plan submitted to CQC: 12/12/2025. Last reviewed at practice meeting: 10/03/2026.")
    with open(os.path.join(HERE, WRS_FILE), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(L) + "\n")


# ====================================================================
# 6. BSMHFT - CQC must do / should do improvement plan (docx)
# ====================================================================
BSM_FILE = "jx1-birmingham-and-solihull-mental-health-nhsft-cqc-must-should-do-action-plan.docx"
BSM_TITLE = ("Birmingham and Solihull Mental Health NHS Foundation Trust – CQC Must Do and Should Do "
             "Improvement Plan")
BSM_CS1 = "Core service 1: Acute wards for adults of working age and psychiatric intensive care units"
BSM_CS2 = "Core service 2: Mental health crisis services and health-based places of safety"
BSM = [
    (BSM_CS1, [
        ("Must do 1 (Regulation 12): The trust must ensure that environmental ligature risk assessments for "
         "all acute wards are reviewed annually and that staff are aware of the mitigations for identified "
         "risks.",
         [("1.1", "Complete a refreshed ligature risk assessment for each of the 14 acute and PICU wards "
                  "using the revised trust tool.",
           "Head of Health & Safety; Ward Managers", "31 Dec 2025", "blue"),
          ("1.2", "Include a ligature heat map for each ward in the local induction pack and check staff "
                  "awareness during monthly quality walkrounds.",
           "Associate Director of Nursing (Acute & Urgent Care)", "End of March 2026", "green")]),
        ("Must do 2 (Regulation 18): The trust must ensure that there are enough suitably qualified and "
         "experienced nursing staff on every shift on the acute wards.",
         [("2.1", "Run a targeted recruitment campaign for registered mental health nurses, including "
                  "international recruitment and a newly qualified nurse rotation.",
           "Director of People", "Sept 2025 – Feb 2026", "amber"),
          ("2.2", "Use the daily SafeCare staffing meeting to redeploy staff and escalate any shift with "
                  "fewer than two registered nurses to the on-call manager.",
           "Matrons (Acute Care)", "Ongoing", "green")]),
        ("Should do 1: The trust should ensure that patients' care plans reflect their views and are "
         "personalised.",
         [("3.1", "Deliver co-produced care planning training, with experts by experience, for all acute "
                  "ward staff.",
           "P Sandhu / R Kaur", "Q4 2025/26", "red")]),
    ]),
    (BSM_CS2, [
        ("Must do 3 (Regulation 12): The trust must ensure that people detained under section 136 are not "
         "kept in the health-based place of safety for longer than 24 hours.",
         [("4.1", "Agree an escalation protocol with West Midlands Police and the approved mental health "
                  "professional service for any detention exceeding 12 hours.",
           "Service Manager (Crisis & Home Treatment)", "w/c 05/01/26", "blue"),
          ("4.2", "Report every section 136 breach to the Mental Health Legislation Committee with a review "
                  "of each case.",
           "Mental Health Act Manager", "Quarterly", "green")]),
        ("Should do 2: The trust should ensure that crisis team records show that risk assessments are "
         "updated after each contact.",
         [("5.1", "Audit 20 records per team per month and feed back the results at team business meetings.",
           "CRHT Team Managers", "30/04/2026", None)]),
    ]),
]


def build_bsm():
    doc = Document()
    landscape(doc)
    doc.add_paragraph(BSM_TITLE, style="Title")
    doc.add_paragraph("Progress report to the Quality, Patient Experience and Safety Committee – 21 January 2026")
    info = doc.add_table(rows=5, cols=2)
    info.style = "Table Grid"
    for r, (a, b) in enumerate([("Report author", "Head of Regulatory Compliance"),
                                ("Executive sponsor", "Chief Nursing Officer"),
                                ("Purpose", "Assurance"),
                                ("CQC inspection", "Unannounced core service inspection, 10–12 June 2025; "
                                                   "report published 2 September 2025"),
                                ("Previously considered by", "Clinical Governance Committee, 8 January 2026")]):
        set_cell(info.cell(r, 0), a, bold=True)
        set_cell(info.cell(r, 1), b)
    doc.add_heading("Summary", level=1)
    doc.add_paragraph("The plan contains 8 actions across two core services. Two are complete and assured, "
                      "three are on track, one has some slippage, one is off track and one is not yet due "
                      "to start.")
    summ = doc.add_table(rows=2, cols=6)
    summ.style = "Table Grid"
    for c, (h, v) in enumerate([("Total actions", "8"), ("Blue", "2"), ("Green", "3"), ("Amber", "1"),
                                ("Red", "1"), ("Not started", "1")]):
        set_cell(summ.cell(0, c), h, bold=True)
        set_cell(summ.cell(1, c), v)
    doc.add_heading("RAG key", level=2)
    key = doc.add_table(rows=5, cols=2)
    key.style = "Table Grid"
    for r, (col, meaning) in enumerate([(BLUE, "Complete and assured"),
                                        (GREEN, "On track"),
                                        (AMBER, "Some slippage – mitigation in place"),
                                        (RED, "Off track – risk to delivery"),
                                        (None, "No shading – not yet due to start")]):
        if col:
            shade(key.cell(r, 0), col)
        set_cell(key.cell(r, 1), meaning)

    for service, reqs in BSM:
        doc.add_heading(service, level=1)
        nrows = 1 + sum(1 + len(a) for _, a in reqs)
        t = doc.add_table(rows=nrows, cols=5)
        t.style = "Table Grid"
        for c, h in enumerate(["No.", "Action", "Responsible lead(s)", "Target date", "RAG"]):
            set_cell(t.cell(0, c), h, bold=True)
            shade(t.cell(0, c), "D9D9D9")
        r = 1
        for req, actions in reqs:
            m = t.cell(r, 0).merge(t.cell(r, 4))
            set_cell(m, req, bold=True)
            shade(m, "E7E6E6")
            r += 1
            for no, action, lead, when, rag in actions:
                for c, v in enumerate([no, action, lead, when, ""]):
                    set_cell(t.cell(r, c), v)
                if rag:
                    shade(t.cell(r, 4), FILLS[rag])
                r += 1
        doc.add_paragraph("")
    doc.add_heading("Recommendation", level=2)
    doc.add_paragraph("The Committee is asked to note the progress made and the actions off track, and to "
                      "take assurance from the closure evidence for completed actions.")
    doc.save(os.path.join(HERE, BSM_FILE))


# ====================================================================
# 7. UKRI - Grant Review implementation tracker (xlsx) -- typo month, refuse
# ====================================================================
UKRI_FILE = ("jx1-uk-research-and-innovation-independent-review-recommendations-tracker-"
             "typo-month-refuse.xlsx")
UKRI_TITLE = "UK Research and Innovation – Independent Review of UKRI (Grant Review) Implementation Tracker"
UKRI_TYPO_ROW = 9
D = dt.datetime
UKRI = [
    ("Efficacy", [
        ("R1", "UKRI should set out more clearly how it will demonstrate the outcomes and impact of its "
               "investments across the whole portfolio.",
         [("1a", "Publish a UKRI-wide outcomes and impact framework aligned to the five-year strategy.",
           "Director of Strategy, Performance and Evaluation", D(2025, 3, 1), D(2025, 9, 1), "Complete",
           "Framework published September 2025."),
          ("1b", "Embed the framework in council delivery plans and report against it in the Annual Report "
                 "and Accounts.",
           "Executive Chairs; Director of Strategy, Performance and Evaluation", D(2025, 7, 1), None, "Green",
           "Delivery plans updated; first reporting in 2025-26 ARA.")]),
        ("R4", "UKRI should strengthen its engagement with business, including larger businesses, to improve "
               "the pull-through of research into commercialisation.",
         [("4a", "Establish a Business Engagement Council with representation from large, medium and small "
                 "businesses.",
           "CEO Innovate UK", D(2024, 12, 1), None, "Complete", "First meeting held 12 December 2024."),
          ("4b", "Launch a single front door for business enquiries across all councils.",
           "Director of Communications / CEO Innovate UK", D(2025, 6, 1), "Novmber 2025", "Amber",
           "Web platform built; contact centre procurement delayed.")]),
    ]),
    ("Efficiency", [
        ("R9", "UKRI should prioritise investment in harmonising its grant funding systems and processes "
               "across the councils.",
         [("9a", "Complete migration of all research council funding opportunities onto the UKRI Funding "
                 "Service.",
           "Chief Digital Information Officer", D(2025, 3, 1), D(2026, 3, 1), "Amber",
           "Six of nine councils migrated."),
          ("9b", "Decommission Je-S once the final council has migrated.",
           "Chief Digital Information Officer", D(2025, 9, 1), D(2026, 6, 1), "Red",
           "Dependent on 9a; contract extension agreed to June 2026."),
          ("9c", "Harmonise the terms and conditions of grant across councils, consulting research "
                 "organisations.",
           "Director of Research Funding Policy", D(2025, 12, 1), None, "Green",
           "Consultation closed November 2025; response being drafted.")]),
    ]),
    ("Accountability and governance", [
        ("R15", "DSIT and UKRI should agree a revised Framework Document that clarifies roles, "
                "responsibilities and delegations.",
         [("15a", "Agree the revised Framework Document with DSIT and publish it.",
           "Chief Finance Officer; DSIT Sponsor Team", D(2024, 4, 1), D(2024, 10, 1), "Complete",
           "Published October 2024."),
          ("15b", "Review the scheme of delegation and council governance terms of reference to reflect the "
                  "revised Framework Document.",
           "Director of Governance and Secretariat", D(2026, 1, 1), None, "Green",
           "Draft scheme to Board in February 2026.")]),
    ]),
]
UKRI_STATUS_FILL = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}


def build_ukri():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    widths(cov, [12, 16, 34, 50])
    cov["A1"] = UKRI_TITLE
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "OFFICIAL"
    cov["A4"] = "Version history"
    cov["A4"].font = Font(bold=True)
    put(cov, 5, ["Version", "Date", "Author", "Summary of changes"], bold=True, bg="D9D9D9")
    put(cov, 6, ["0.1", "15/09/2022", "Governance team", "Tracker created following publication of review"])
    put(cov, 7, ["2.3", "10/06/2025", "Governance team", "Update for ARAPC June 2025"])
    put(cov, 8, ["2.4", "20/11/2025", "Governance team", "Update for ARAPC December 2025; closed items removed"])
    cov["A10"] = "Status key: Complete; Green = on track; Amber = at risk; Red = off track / revised date missed"

    ws = wb.create_sheet("Tracker")
    widths(ws, [8, 50, 6, 52, 34, 14, 14, 12, 44])
    ws.merge_cells("A1:I1")
    ws["A1"] = UKRI_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A2:I2")
    ws["A2"] = "Report to: Audit, Risk, Assurance and Performance Committee – 4 December 2025"
    put(ws, 4, ["Rec no.", "Recommendation (Grant Review, July 2022)", "Ref", "Action", "Action owner",
                "Original target", "Revised target", "Status", "Commentary"], bold=True, bg="2E2D62")
    for c in range(1, 10):
        ws.cell(row=4, column=c).font = Font(bold=True, color="FFFFFF")
    row = 5
    for area, recs in UKRI:
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)
        ws.cell(row=row, column=1, value=area).font = Font(bold=True)
        ws.cell(row=row, column=1).fill = fill("D9D9F3")
        row += 1
        for rec_no, rec_text, actions in recs:
            first = row
            for ref, action, owner, orig, rev, status, comment in actions:
                put(ws, row, [None, None, ref, action, owner, orig, rev, status, comment])
                for col, v in ((6, orig), (7, rev)):
                    if isinstance(v, dt.datetime):
                        ws.cell(row=row, column=col).number_format = "mmm-yy"
                ws.cell(row=row, column=8).fill = fill(UKRI_STATUS_FILL[status])
                row += 1
            ws.cell(row=first, column=1, value=rec_no)
            ws.cell(row=first, column=2, value=rec_text)
            for col in (1, 2):
                ws.cell(row=first, column=col).alignment = WRAP
                if row - 1 > first:
                    ws.merge_cells(start_row=first, start_column=col, end_row=row - 1, end_column=col)
    assert ws.cell(row=UKRI_TYPO_ROW, column=7).value == "Novmber 2025"

    gl = wb.create_sheet("Glossary")
    widths(gl, [14, 60])
    gl["A1"] = "Glossary"
    gl["A1"].font = Font(bold=True)
    for i, (a, b) in enumerate([("ARA", "Annual Report and Accounts"),
                                ("ARAPC", "Audit, Risk, Assurance and Performance Committee"),
                                ("DSIT", "Department for Science, Innovation and Technology"),
                                ("Je-S", "Joint Electronic Submissions system (legacy grants system)")]):
        gl.cell(row=3 + i, column=1, value=a)
        gl.cell(row=3 + i, column=2, value=b)
    wb.active = 1
    wb.save(os.path.join(HERE, UKRI_FILE))


if __name__ == "__main__":
    build_oldfield()
    build_telford()
    build_ucb()
    build_ouh()
    build_wrs()
    build_bsm()
    build_ukri()
    print("built 7 files in", HERE)
