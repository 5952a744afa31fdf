"""Build the seven zrm- blind test files (set heldout700).

Run with /work/main/.venv/bin/python zrm_make.py  (writes beside this script).
Only files whose names start with zrm- are written.
"""
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
    assert name.startswith("zrm-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    """Write text; each '\n' starts a new paragraph in the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(parts[0])
    r.bold = bold
    for extra in parts[1:]:
        p = cell.add_paragraph()
        r = p.add_run(extra)
        r.bold = bold


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex6):
    return PatternFill(fill_type="solid", start_color="FF" + hex6, end_color="FF" + hex6)


BLUE, GREEN, AMBER, RED, GREY = "0070C0", "00B050", "FFC000", "FF0000", "D9D9D9"


# ================================================================ 1. HMP The Mount (docx)
def make_hmp_the_mount():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)

    h = doc.add_paragraph()
    r = h.add_run("Action Plan: HMP The Mount")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph("Action Plan Submitted: 18 October 2024")
    doc.add_paragraph("A Response to the HMIP Inspection: 8–18 July 2024")
    doc.add_paragraph("Report Published: 24 September 2024")

    p = doc.add_paragraph()
    p.add_run("INTRODUCTION").bold = True
    doc.add_paragraph(
        "HM Inspectorate of Prisons (HMIP) is an independent inspectorate which reports on the "
        "conditions for and treatment of people held in prisons in England and Wales. Following "
        "each inspection HM Prison and Probation Service (HMPPS) prepares an action plan setting "
        "out its response to each concern raised in the report. The plan states whether each "
        "concern is accepted, partly accepted or not accepted (see the categories below) and, "
        "where it is accepted or partly accepted, the steps that will be taken, who owns each "
        "step and when it will be completed. Progress will be checked at HMIP’s independent "
        "review of progress."
    )

    cat = doc.add_table(rows=4, cols=3)
    cat.style = "Table Grid"
    rows = [
        ("Term", "Definition", "Additional comment"),
        ("Accepted", "The whole concern is accepted and can be addressed within existing resources.",
         "The response sets out SMART actions with owners and dates."),
        ("Partly accepted", "Only part of the concern is accepted, or it can only be partly addressed.",
         "The response states clearly which part will be addressed and why the rest will not."),
        ("Not accepted", "The concern is not accepted.",
         "The response explains the reasons; no actions are recorded."),
    ]
    for i, row in enumerate(rows):
        for j, t in enumerate(row):
            set_cell(cat.cell(i, j), t, bold=(i == 0))

    hdr = ("Ref", "Concern", "Accepted / Partly Accepted / Not Accepted", "Action",
           "Responsible owner", "Target date")

    def concern_table(title, concerns):
        doc.add_paragraph()
        p = doc.add_paragraph()
        p.add_run(title).bold = True
        n = 1 + sum(len(c[2]) for c in concerns)
        t = doc.add_table(rows=n, cols=6)
        t.style = "Table Grid"
        for j, x in enumerate(hdr):
            set_cell(t.cell(0, j), x, bold=True)
            shade(t.cell(0, j), "BFBFBF")
        r = 1
        for concern, accepted, actions in concerns:
            first = r
            for ref, act, owner, date in actions:
                set_cell(t.cell(r, 0), ref)
                set_cell(t.cell(r, 3), act)
                set_cell(t.cell(r, 4), owner)
                set_cell(t.cell(r, 5), date)
                r += 1
            last = r - 1
            c1 = t.cell(first, 1)
            c2 = t.cell(first, 2)
            if last > first:
                c1 = c1.merge(t.cell(last, 1))
                c2 = c2.merge(t.cell(last, 2))
            set_cell(c1, concern)
            set_cell(c2, accepted)

    concern_table("Priority concerns", [
        ("Too many prisoners were locked in their cells during the core day. Around a third had no "
         "allocated activity and the regime was often curtailed because of staff shortages.",
         "Accepted",
         [("1.1", "Introduce a revised regime, approved by the Prison Group Director, giving all "
                  "prisoners a minimum of 7.5 hours unlocked on weekdays.",
           "Deputy Governor", "31 January 2025"),
          ("1.2", "Create 120 additional activity places in industries and education, and allocate "
                  "unemployed prisoners through the weekly labour board.",
           "Head of Reducing Reoffending / Head of Education, Skills and Work", "30 June 2025")]),
        ("The prison did not have an effective strategy to reduce violence, which had risen since "
         "the last inspection.",
         "Partly Accepted",
         [("2.1", "Refresh the safety strategy and action plan using local data analysis, with "
                  "monthly review at the Safety Intervention Meeting.\nIntroduce quality assurance "
                  "checks of all challenge, support and intervention plans (CSIPs).",
           "Head of Safety", "December 2024"),
          ("2.2", "Audit body-worn video camera activation on every residential unit each week and "
                  "report non-compliance to the Head of Residence.",
           "Head of Security", "Ongoing")]),
        ("Illicit drugs were readily available and the positive random mandatory drug testing rate "
         "was high at 31%.",
         "Accepted",
         [("3.1", "Install enhanced gate security with a body scanner in reception, and introduce "
                  "searching of all staff and visitors on entry.",
           "Governor", "31/03/2025")]),
    ])
    concern_table("Key concerns", [
        ("Prisoners’ applications and complaints were not always answered on time or to a good "
         "standard.",
         "Accepted",
         [("4.1", "Introduce the digital applications system on all wings and a weekly timeliness "
                  "report to the senior leadership team.",
           "Head of Business Assurance", "February 2025")]),
        ("Too many prisoners did not have an up-to-date OASys assessment, and key work sessions were "
         "rarely delivered.",
         "Partly Accepted",
         [("5.1", "Reduce the OASys backlog by deploying two additional probation officers to the "
                  "Offender Management Unit for six months.",
           "Head of Offender Management Delivery", "30 September 2025"),
          ("5.2", "Restart key work for all prisoners on the basic level of the incentives scheme "
                  "and those supported by an open ACCT.",
           "Head of Residence", "April 2025")]),
    ])
    doc.add_paragraph()
    doc.add_paragraph("Target dates reflect the position at the time the plan was submitted. "
                      "Progress is reviewed monthly by the senior leadership team.")
    doc.save(out("zrm-hmp-the-mount-hmip-inspection-action-plan.docx"))


# ================================================================ 2. Ysgol y Preseli (docx)
def make_ysgol_y_preseli():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)

    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("Ysgol y Preseli – Post-Inspection Action Plan")
    r.bold = True
    r.font.size = Pt(16)
    p = doc.add_paragraph("Estyn core inspection: 4–7 March 2024")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    info = doc.add_table(rows=5, cols=2)
    info.style = "Table Grid"
    for i, (a, b) in enumerate([
        ("School", "Ysgol y Preseli, Crymych"),
        ("Headteacher", "Mr Dafydd Hughes"),
        ("Chair of Governors", "Mrs Eleri Rees"),
        ("Plan approved by governing body", "20 May 2024"),
        ("Monitoring", "Termly by the Standards Committee, with the local authority link adviser"),
    ]):
        set_cell(info.cell(i, 0), a, bold=True)
        set_cell(info.cell(i, 1), b)

    doc.add_paragraph()
    doc.add_paragraph("Progress key")
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for i, (col, txt) in enumerate([
        (BLUE, "Complete"), (GREEN, "On track"),
        (AMBER, "Some progress – needs attention"), (RED, "Not yet started / at risk"),
    ]):
        shade(key.cell(i, 0), col)
        set_cell(key.cell(i, 1), txt)

    hdr = ("No.", "Action", "Lead", "Success criteria", "Timescale", "Progress")

    def rec(heading, actions):
        doc.add_paragraph()
        doc.add_heading(heading, level=2)
        tb = doc.add_table(rows=1 + len(actions), cols=6)
        tb.style = "Table Grid"
        for j, x in enumerate(hdr):
            set_cell(tb.cell(0, j), x, bold=True)
            shade(tb.cell(0, j), GREY)
        for i, (no, act, lead, sc, when, rag) in enumerate(actions, start=1):
            set_cell(tb.cell(i, 0), no)
            set_cell(tb.cell(i, 1), act)
            set_cell(tb.cell(i, 2), lead)
            set_cell(tb.cell(i, 3), sc)
            set_cell(tb.cell(i, 4), when)
            if rag:
                shade(tb.cell(i, 5), rag)

    rec("R1 Improve the quality of teaching so that it consistently challenges pupils and "
        "supports them to make strong progress", [
            ("1.1", "Establish a teaching and learning group to agree the school’s non-negotiables "
                    "for challenge and questioning.",
             "DHT (Teaching and Learning)",
             "All staff can explain the non-negotiables; lesson visits show consistent practice.",
             "October 2024", GREEN),
            ("1.2", "Deliver a programme of professional learning on adaptive teaching, supported "
                    "by Partneriaeth.",
             "DHT (Teaching and Learning) / Professional Learning Lead",
             "Most lessons observed show work well matched to pupils’ needs.",
             "Summer term 2025", AMBER),
            ("1.3", "Introduce half-termly learning walks by middle leaders using a shared "
                    "evaluation proforma.",
             "Heads of Faculty",
             "Learning walk records completed for every faculty each half term.",
             "Termly", GREEN),
        ])
    rec("R2 Strengthen the planning for and development of pupils’ literacy, numeracy and "
        "digital skills across the curriculum", [
            ("2.1", "Appoint cross-curricular skills coordinators for literacy, numeracy and "
                    "digital competence.",
             "Headteacher", "Coordinators in post with clear job descriptions.",
             "September 2024", BLUE),
            ("2.2", "Map opportunities for pupils to apply their numeracy skills in science, "
                    "technology and humanities schemes of learning.",
             "GL / SJ", "Skills map published; book looks show regular purposeful application.",
             "Spring term 2025", AMBER),
        ])
    rec("R3 Improve attendance, particularly for pupils eligible for free school meals", [
        ("3.1", "Implement a graduated attendance response with weekly tracking meetings and "
                "first-day calls home.",
         "AHT (Wellbeing) and Attendance Officer",
         "Whole-school attendance rises to at least 92%; gap for eFSM pupils narrows.",
         "31 December 2024", GREEN),
        ("3.2", "Work with the local authority Education Welfare Service on targeted home visits "
                "for persistent absentees.",
         "Attendance Officer", "Persistent absence falls below 15%.",
         "July 2025", RED),
    ])
    rec("R4 Sharpen self-evaluation and improvement planning so that leaders at all levels focus "
        "precisely on pupils’ progress", [
            ("4.1", "Revise the self-evaluation calendar so that findings from lesson visits, book "
                    "looks and pupil voice feed into each faculty improvement plan.",
             "Headteacher", "Faculty plans identify precise priorities linked to pupils’ progress.",
             "November 2024", GREEN),
            ("4.2", "Provide training for governors on challenging leaders about standards, and "
                    "report PIAP progress at each Standards Committee.",
             "Chair of Governors and Headteacher",
             "Minutes show governors questioning progress against the PIAP.",
             "Termly", None),
        ])
    doc.save(out("zrm-ysgol-y-preseli-estyn-post-inspection-action-plan.docx"))


# ================================================================ 3. Stoke on Trent College (xlsx)
def make_stoke_college():
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = "Stoke on Trent College – Ofsted Post-Inspection Action Plan 2024/25"
    cv["A1"].font = Font(bold=True, size=14)
    rows = [
        ("Document owner", "Vice Principal Curriculum & Quality"),
        ("Version", "1.3"),
        ("Approved by", "Quality & Standards Committee, 2 July 2024"),
        ("Last updated", dt.datetime(2024, 12, 13)),
        ("Next review", "Quality & Standards Committee, March 2025"),
    ]
    for i, (a, b) in enumerate(rows, start=3):
        cv.cell(i, 1, a).font = Font(bold=True)
        c = cv.cell(i, 2, b)
        if isinstance(b, dt.datetime):
            c.number_format = "dd/mm/yyyy"
    cv.column_dimensions["A"].width = 22
    cv.column_dimensions["B"].width = 50

    ws = wb.create_sheet("PIAP")
    widths = [7, 55, 28, 12, 12, 40, 45, 8]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + i)].width = w
    ws["A1"] = "Stoke on Trent College"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Ofsted Post-Inspection Action Plan 2024/25"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Inspection: 21–24 May 2024 | Overall effectiveness: Requires improvement | "
                "Report published: 27 June 2024")
    hdr = ["Ref", "Action", "Responsible", "Start", "Deadline", "Success measure / impact",
           "Progress update (Dec 2024)", "RAG"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.border = BOX
        c.alignment = WRAP

    S = dt.datetime(2024, 9, 2)
    blocks = [
        ("AFI 1 – Leaders should ensure that teachers on 16 to 19 study programmes plan learning "
         "that builds securely on what students already know, so that more students achieve high "
         "grades", [
             ("1.1", "Introduce a common lesson planning framework that requires teachers to check "
                     "prior learning at the start of each unit.",
              "Vice Principal Curriculum & Quality", S, dt.datetime(2024, 10, 31),
              "Framework used in at least 90% of observed lessons.",
              "Framework launched at September staff development; used in 85% of lessons "
              "observed so far.", BLUE),
             ("1.2", "Deliver coaching for teachers whose lesson visits show weaknesses in "
                     "sequencing and challenge.",
              "Head of Teaching and Learning", S, dt.datetime(2025, 2, 28),
              "Coached teachers show improvement at follow-up visit.",
              "First coaching cohort of 14 teachers under way.", GREEN),
             ("1.3", "Set aspirational target grades for all level 3 students and review progress "
                     "at each assessment point.",
              "Heads of Curriculum", S, dt.datetime(2025, 1, 31),
              "High grades at level 3 rise by 5 percentage points.",
              "Targets set; first assessment point review delayed in two areas.", AMBER),
         ]),
        ("AFI 2 – Leaders should improve students’ attendance, particularly in English and "
         "mathematics lessons", [
             ("2.1", "Introduce same-day absence calls and weekly attendance panels for students "
                     "below 85% attendance.",
              "Director of Student Services", S, dt.datetime(2024, 11, 30),
              "Attendance at or above 88% by December.",
              "Attendance 87.2% at week 14, up 4 points on last year.", GREEN),
             ("2.2", "Timetable English and mathematics lessons alongside vocational sessions to "
                     "reduce gaps in the student day.",
              "Head of English & Maths", S, "Ongoing",
              "English and maths attendance within 3 points of main programme attendance.",
              "Applied to 60% of timetables; remaining areas from January.", AMBER),
         ]),
        ("AFI 3 – Leaders should make sure that apprentices receive their off-the-job training "
         "on time and that employers are involved in reviewing their progress", [
             ("3.1", "Schedule off-the-job training on a fixed day for each apprenticeship standard "
                     "and track hours monthly on the e-portfolio.",
              "AP Apprenticeships; Work-based Learning Manager", S, dt.datetime(2025, 3, 31),
              "All apprentices on track with off-the-job hours.",
              "E-portfolio reporting not yet live; 71% of apprentices on track.", RED),
             ("3.2", "Hold tripartite progress reviews with employers every 10 weeks.",
              "Work-based Learning Manager", S, dt.datetime(2024, 12, 31),
              "95% of reviews completed on time with employer present.",
              "Reviews scheduled for all apprentices; 91% on time.", GREEN),
         ]),
        ("AFI 4 – Governors should receive accurate information about the quality of education "
         "so that they can hold leaders to account", [
             ("4.1", "Provide the Quality & Standards Committee with a termly quality of education "
                     "dashboard, including lesson visit outcomes and student voice.",
              "Clerk to the Corporation / VP Curriculum & Quality", S, dt.datetime(2024, 12, 31),
              "Dashboard received and challenged at each committee.",
              "First dashboard presented to committee on 10 December 2024.", BLUE),
         ]),
    ]
    r = 6
    for afi, acts in blocks:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        c = ws.cell(r, 1, afi)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.alignment = WRAP
        ws.row_dimensions[r].height = 32
        r += 1
        for ref, act, who, start, end, sm, prog, rag in acts:
            vals = [ref, act, who, start, end, sm, prog, None]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(r, j, v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(r, 8).fill = fill(rag)
            r += 1
    r += 1
    ws.cell(r, 1, "RAG key").font = Font(bold=True)
    r += 1
    for col, txt in [(BLUE, "Complete"), (GREEN, "On track"), (AMBER, "Some slippage"),
                     (RED, "Off track")]:
        ws.cell(r, 1).fill = fill(col)
        ws.cell(r, 2, txt)
        r += 1
    wb.save(out("zrm-stoke-on-trent-college-ofsted-post-inspection-action-plan.xlsx"))


# ================================================================ 4. Lancashire FRS (xlsx)
def make_lancashire_frs():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Lancashire Fire and Rescue Service – HMICFRS Misconduct Handling Recommendations Tracker"
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = ("Standards of behaviour: the handling of misconduct in fire and rescue services "
                "(HMICFRS, August 2024)")
    sm["A3"] = "Position at 31 March 2025 – reported to Planning Committee, April 2025"
    sm["A5"] = "Current RAG"
    sm["B5"] = "Number of recommendations"
    sm["A5"].font = sm["B5"].font = Font(bold=True)
    counts = [("B – Complete", 2, BLUE), ("G – On track", 5, GREEN), ("A – At risk", 2, AMBER),
              ("R – Off track", 1, RED)]
    for i, (lab, n, col) in enumerate(counts, start=6):
        sm.cell(i, 1, lab).fill = fill(col)
        sm.cell(i, 2, n)
    sm.cell(10, 1, "Total").font = Font(bold=True)
    sm.cell(10, 2, "=SUM(B6:B9)")
    sm.column_dimensions["A"].width = 30
    sm.column_dimensions["B"].width = 28

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "HMICFRS Misconduct Handling – Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Owner: Director of People and Development    Last updated: 31/03/2025"
    hdr = ["Rec", "HMICFRS recommendation", "LFRS action", "Lead officer", "Original target",
           "Revised target", "Previous RAG", "Current RAG", "Progress update"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("C00000")
        c.border = BOX
        c.alignment = WRAP
    for col, w in zip("ABCDEFGHI", [6, 50, 50, 28, 13, 13, 10, 10, 50]):
        ws.column_dimensions[col].width = w
    ragfill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    D = dt.datetime
    themes = [
        ("Theme 1: The culture in fire and rescue services", [
            ("1", "By 1 February 2025, chief fire officers should, as a priority, make sure staff "
                  "know and follow the Core Code of Ethics, and build it into all relevant policies "
                  "and practices.",
             "Refresh Core Code of Ethics briefings for all watches and embed the Code in the "
             "policy review template.",
             "Director of People and Development", D(2025, 2, 1), None, "G", "B",
             "All policies reviewed; Code added to the station audit checklist."),
            ("2", "By 1 February 2025, chief fire officers should have a probationary policy that "
                  "allows the immediate dismissal of probationers whose behaviour falls below the "
                  "Core Code of Ethics.",
             "Amend the probationary policy so that probationers can be dismissed where behaviour "
             "falls short of the Code of Ethics.",
             "Head of HR", D(2025, 2, 1), D(2025, 4, 30), "A", "G",
             "Draft policy agreed with representative bodies; awaiting Policy Committee."),
            ("3", "By 1 May 2025, chief fire officers should make sure workforce plans allow staff "
                  "to be moved between watches and stations, and that promoted firefighters are "
                  "posted to a different watch or station.",
             "Update the workforce plan and promotion procedure so that newly promoted crew and "
             "watch managers are posted to a different watch or station.",
             "Area Manager Service Delivery / Head of HR", D(2025, 5, 1), D(2025, 9, 30), "A", "A",
             "Consultation with FBU ongoing; on-call stations excluded pending review."),
        ]),
        ("Theme 2: Raising concerns and identifying misconduct", [
            ("4", "By 1 February 2025, chief fire officers should make sure their service has, or "
                  "has access to, a professional standards function to handle conduct concerns.",
             "Establish a Professional Standards Unit with a dedicated investigations manager and "
             "a case management system.",
             "Assistant Chief Fire Officer", D(2025, 2, 1), None, "G", "B",
             "Unit operational from 6 January 2025."),
            ("5", "By 1 August 2025, chief fire officers should make sure all staff have background "
                  "checks appropriate to their role, with periodic rechecks.",
             "Complete standard DBS checks for all operational and support staff and introduce a "
             "three-yearly recheck cycle.",
             "Head of HR", D(2025, 8, 1), None, "R", "A",
             "78% of checks complete.\nRecheck cycle agreed by Corporate Management Team."),
        ]),
        ("Theme 3: Misconduct processes", [
            ("6", "By 1 May 2025, chief fire officers should make sure misconduct investigations "
                  "are carried out by trained investigators and completed in a timely way.",
             "Train a pool of 20 accredited investigators and introduce a 60-day target for "
             "completing investigations.",
             "Professional Standards Manager", D(2025, 5, 1), D(2025, 7, 31), "A", "G",
             "12 investigators trained; second course booked for June."),
            ("7", "By 1 May 2025, chief fire officers should make sure the outcomes of misconduct "
                  "cases are shared with staff, anonymised where appropriate.",
             "Publish anonymised summaries of gross misconduct hearing outcomes on the intranet "
             "each quarter.",
             "Professional Standards Manager", D(2025, 5, 1), None, "G", "G",
             "First quarterly summary drafted."),
            ("8", "By 1 August 2025, chief fire officers should include an independent member on "
                  "panels for gross misconduct hearings and appeals.",
             "Recruit independent panel members for gross misconduct hearings and appeals.",
             "Clerk to the Authority / Head of HR", D(2025, 8, 1), D(2026, 3, 31), "R", "R",
             "Recruitment paused pending national guidance on remuneration."),
        ]),
        ("Theme 4: The role of fire and rescue authorities", [
            ("9", "By 1 May 2025, fire and rescue authorities should receive regular information on "
                  "misconduct cases so they can scrutinise how they are handled.",
             "Provide the Resources Committee with a quarterly report on misconduct cases, "
             "timeliness and outcomes.",
             "Director of Corporate Services", D(2025, 5, 1), None, "G", "G",
             "Report template agreed with the Chair of the Resources Committee."),
            ("10", "By 1 May 2025, fire and rescue authority members should be trained in their "
                   "role in overseeing culture and misconduct.",
             "Deliver training for Authority members on their role in overseeing culture and "
             "misconduct.",
             "Clerk to the Authority", D(2025, 5, 1), None, "", "G",
             "Member development session booked for 22 May 2025."),
        ]),
    ]
    r = 5
    for theme, recs in themes:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        c = ws.cell(r, 1, theme)
        c.font = Font(bold=True)
        c.fill = fill("F2DCDB")
        r += 1
        for rec, rtext, act, lead, orig, rev, prev, cur, upd in recs:
            vals = [rec, rtext, act, lead, orig, rev, prev, cur, upd]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(r, j, v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if prev:
                ws.cell(r, 7).fill = fill(ragfill[prev])
            ws.cell(r, 8).fill = fill(ragfill[cur])
            r += 1

    key = wb.create_sheet("Key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (l, d, col) in enumerate([
        ("B", "Complete – evidence accepted by the HMICFRS Assurance Board", BLUE),
        ("G", "On track to meet the target date", GREEN),
        ("A", "At risk of missing the target date", AMBER),
        ("R", "Target date missed or off track", RED),
    ], start=2):
        key.cell(i, 1, l).fill = fill(col)
        key.cell(i, 2, d)
    key.column_dimensions["B"].width = 60
    wb.save(out("zrm-lancashire-fire-rescue-service-hmicfrs-misconduct-handling-recommendations-tracker.xlsx"))


# ================================================================ 5. Lancing College (xlsx, refuse)
def make_lancing():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = "Lancing College – ISI Inspection Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Routine inspection 12–14 November 2024 (report published 16 January 2025)"
    ws["A3"] = ("Plan owner: Deputy Head (Academic)    Governors’ oversight: Education Committee    "
                "Version 2 – updated 3 March 2025")
    hdr = ["Ref", "Area of report", "Recommended next step", "Action", "Responsible", "By when",
           "Status", "Evidence / comment"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("002060")
        c.alignment = WRAP
        c.border = BOX
    for col, w in zip("ABCDEFGH", [6, 26, 50, 50, 28, 16, 12, 40]):
        ws.column_dimensions[col].width = w
    rows = [
        ("1a", "Leadership and management, and governance",
         "Leaders should make sure the new academic tracking system is used consistently across "
         "departments so that pupils who fall behind are identified promptly.",
         "Train heads of department on the tracking dashboard and set termly data review meetings.",
         "Deputy Head (Academic)", "January 2025", "Complete", "Training delivered 8 January."),
        ("1b", None, None,
         "Introduce early-warning flags for pupils working two or more grades below target.",
         "Director of Data; Heads of Department", "March 2025", "Green",
         "Flags live for Fifth Form and Upper Sixth."),
        ("2a", "Quality of education, training and recreation",
         "Leaders should develop provision for the most able pupils in the lower school so that "
         "they are consistently challenged.",
         "Appoint an Academic Enrichment Coordinator and publish a stretch and challenge programme "
         "for Third and Fourth Form.",
         "Head of Lower School", "Febuary 2025", "Amber", "Coordinator appointed from April."),
        ("2b", None, None,
         "Review schemes of work in English, mathematics and science to include extension tasks "
         "in every unit.",
         "Heads of English, Mathematics and Science", "July 2025", "Green", ""),
        ("3a", "Pupils’ physical and mental health and emotional wellbeing",
         "Leaders should ensure that boarders in all houses have consistent access to the "
         "wellbeing support available in the health centre.",
         "Publish a single wellbeing referral pathway for all boarding houses and brief "
         "housemasters and housemistresses.",
         "Deputy Head (Pastoral)", "April 2025", "Green", "Pathway drafted."),
        ("3b", None, None,
         "Survey boarders each term on their awareness of wellbeing support and report results to "
         "the Education Committee.",
         "Head of Boarding", "Termly", "Green", "Autumn survey: 81% aware."),
    ]
    r = 6
    for row in rows:
        for j, v in enumerate(row, start=1):
            c = ws.cell(r, j, v)
            c.alignment = WRAP
            c.border = BOX
        st = row[6]
        ws.cell(r, 7).fill = fill({"Complete": BLUE, "Green": GREEN, "Amber": AMBER}[st])
        r += 1
    wb.save(out("zrm-lancing-college-isi-inspection-action-plan-typo-month-refuse.xlsx"))


# ================================================================ 6. Northumbria Police (csv)
def make_northumbria_csv():
    def q(s):
        s = "" if s is None else str(s)
        if any(ch in s for ch in ',"\n'):
            return '"' + s.replace('"', '""') + '"'
        return s

    N = 8
    lines = [
        ["Northumbria Police – Police Response to Stalking Super-complaint: Force Action Plan"],
        ["Executive Lead: ACC Marcus Hale; Operational Lead: D/Supt Claire Ridley"],
        ["Six-month update – 27 March 2025"],
        [],
        ["Rec No.", "Recommendation (to Chief Constables)", "Sub rec", "Force action", "Owner",
         "Target date", "RAG", "Update March 2025"],
        ["7", "By 27 March 2025, where needed, seek changes to crime recording systems so that "
              "stalking can be recorded and searched for when it is not the principal crime.",
         "7.1", "Raise a change request with the Niche RMS user group to add stalking as a "
                "searchable secondary classification.",
         "Force Crime Registrar", "27/03/2025", "Complete",
         "Change delivered in the February 2025 Niche release."],
        ["", "", "7.2", "Until the change is live, require an intelligence report flagged "
                        "'STALKING' on every linked occurrence.",
         "Head of Crime Recording Standards / Force Crime Registrar", "Sep-25", "Green",
         "Interim process briefed to all Area Command hubs."],
        ["10", "By 27 March 2025, review and update learning and training about stalking, "
               "including cyber-enabled stalking.",
         "10.1", "Add a stalking and cyber-stalking module to the Initial Learning Programme and "
                 "mandatory e-learning for all response officers.",
         "Head of Learning and Development", "31/12/2025", "Green",
         "Module written with the Suzy Lamplugh Trust.\nE-learning completion 64% at 20 March."],
        ["11", "By 27 March 2025, make sure risk assessment for stalking cases is carried out "
               "with a recognised screening tool and reviewed by a supervisor.",
         "11.1", "Embed the stalking screening tool in the DASH risk assessment process and add a "
                 "supervisor review field in Niche.",
         "D/Supt Safeguarding", "Jun-25", "Amber",
         "System field delayed to the June release."],
        ["12", "By 27 March 2025, make full use of stalking protection orders and monitor and "
               "enforce them effectively.",
         "12.1", "Create an SPO tracker overseen by the Force Stalking Lead and review every "
                 "application refused or withdrawn.",
         "Force Stalking Lead (D/Supt C. Ridley)", "30/04/2025", "Green",
         "Tracker in place; 23 applications since October."],
        ["", "", "12.2", "Agree a breach enforcement protocol with Northumbria Integrated "
                         "Offender Management.",
         "Det Insp J. Okafor and Victim Services Manager", "Ongoing", "Green", ""],
        ["13", "By 27 March 2025, consider a multi-agency stalking intervention programme or "
               "clinic.",
         "13.1", "Set up a monthly multi-agency stalking clinic with probation, health and "
                 "specialist advocacy services.",
         "D/Supt Safeguarding", "30/09/2025", "Red",
         "Funding bid unsuccessful; alternative options being costed."],
        ["15", "By 27 March 2025, collect and use data on stalking to monitor the force's "
               "performance.",
         "15.1", "Publish a stalking performance dashboard on Power BI covering reports, arrests, "
                 "SPOs and outcomes.",
         "Head of Performance and Insight", "31/05/2025", "Green",
         "Dashboard in user testing."],
        [],
        ["RAG: Complete = action closed; Green = on track; Amber = at risk; Red = off track"],
    ]
    text = ""
    for row in lines:
        row = list(row) + [""] * (N - len(row))
        text += ",".join(q(x) for x in row) + "\r\n"
    with open(out("zrm-northumbria-police-stalking-super-complaint-action-plan.csv"), "w",
              encoding="utf-8", newline="") as f:
        f.write(text)


# ================================================================ 7. Wolverhampton PDU (txt)
def make_wolverhampton_txt():
    T = "\t"
    lines = [
        "Action Plan: Wolverhampton Probation Delivery Unit",
        "HM Prison and Probation Service – West Midlands region",
        "A response to the HM Inspectorate of Probation inspection (fieldwork October 2024; report "
        "published 6 February 2025)",
        "Action plan submitted: 3 April 2025",
        "",
        T.join(["Rec", "Recommendation", "Agreed / Partly agreed / Not agreed", "Action no.",
                "Action", "Action owner", "Target date", "RAG"]),
        "Recommendations to the Wolverhampton PDU",
        T.join(["1", "Improve the quality of assessments of risk of harm so that they draw on all "
                     "available information, including domestic abuse and child safeguarding "
                     "enquiries", "Agreed", "1.1",
                "Deliver risk of harm assessment workshops to all practitioners, led by the Senior "
                "Probation Officers and the Quality Development Officer.",
                "Head of PDU", "30/06/2025", "G"]),
        T.join(["", "", "", "1.2",
                "Introduce a monthly audit of 10 risk of harm assessments per team, with written "
                "feedback to practitioners.",
                "Senior Probation Officers", "Ongoing", "G"]),
        T.join(["2", "Make sure that home visits take place where there are child safeguarding or "
                     "domestic abuse concerns", "Agreed", "2.1",
                "Issue a home visit practice direction and add a home visit prompt to the "
                "supervision template.",
                "Deputy Head of PDU", "31/05/2025", "B"]),
        T.join(["3", "Improve access to structured interventions so that people on probation start "
                     "them without delay", "Agreed", "3.1",
                "Agree a referral and allocation process with the Interventions Hub so that "
                "Building Choices starts within 12 weeks of sentence.",
                "Head of PDU / Interventions Manager", "September 2025", "A"]),
        "Recommendations to the West Midlands region",
        T.join(["4", "Address the shortfall of qualified probation officers in the Wolverhampton "
                     "PDU", "Partly agreed", "4.1",
                "Prioritise Wolverhampton for PQiP trainee allocations in the 2025 intake.",
                "Regional Probation Director", "September 2025", "A"]),
        T.join(["", "", "", "4.2",
                "Use the regional resourcing hub to provide temporary case management support "
                "until the vacancy rate falls below 10%.",
                "Head of Operations / Regional Workforce Lead", "31 March 2026", "A"]),
        T.join(["5", "Make sure that commissioned accommodation services are available without "
                     "delay", "Agreed", "5.1",
                "Review accommodation contract performance with the provider and issue a "
                "performance notice if referral waiting times do not fall.",
                "Head of Contract Management", "Dec 2025", "R"]),
        "",
        "RAG key: B = completed; G = on track; A = some risk to delivery; R = off track",
        "Progress against this plan is reported quarterly to the Regional Leadership Team.",
    ]
    with open(out("zrm-probation-service-wolverhampton-pdu-hmip-inspection-action-plan.txt"), "w",
              encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    make_hmp_the_mount()
    make_ysgol_y_preseli()
    make_stoke_college()
    make_lancashire_frs()
    make_lancing()
    make_northumbria_csv()
    make_wolverhampton_txt()
    print("built 7 zrm- files in", HERE)
