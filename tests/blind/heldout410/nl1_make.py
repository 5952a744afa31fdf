"""Build the seven nl1- blind test files (set heldout410).

Run with /work/main/.venv/bin/python nl1_make.py  (python-docx, openpyxl).
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
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)


FILL = {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0",
}
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def xfill(code):
    return PatternFill("solid", start_color="FF" + FILL[code], end_color="FF" + FILL[code])


# ====================================================================
# 1. Ercall Wood Academy - post-Ofsted action plan (docx, table per priority)
# ====================================================================
def ercall():
    doc = Document()
    doc.add_paragraph("Ercall Wood Academy – Post-Ofsted Action Plan 2024–25", style="Title")
    doc.add_paragraph(
        "Following the section 5 inspection of 23–24 January 2024 "
        "(overall effectiveness: Requires improvement)")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [
        ("Version", "3.0"),
        ("Date", "4 November 2024"),
        ("Prepared by", "Principal"),
        ("Approved by", "Local Academy Council, 11 November 2024"),
        ("Next review", "February 2025"),
    ]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)
        shade(row[0], "D9E2F3")

    doc.add_paragraph("")
    doc.add_paragraph(
        "RAG key: Blue – action complete; Green – on track; Amber – some slippage, "
        "action being taken; Red – significantly off track.")

    priorities = [
        ("Priority 1: Curriculum and assessment",
         "Leaders should ensure that the curriculum in all subjects identifies the important "
         "knowledge pupils should learn and that teachers check what pupils know and remember "
         "so that gaps are addressed before new content is taught.",
         [
             ("1.1", "Subject leaders to revise curriculum plans in all subjects to set out the core "
                     "knowledge pupils must learn in each unit, using the trust curriculum framework.",
              "Vice Principal (Curriculum)", "Autumn term 2024",
              "All subject curriculum plans published on the academy website and reviewed by trust "
              "subject directors.", "LAC Standards Committee", "Green"),
             ("1.2", "Introduce low-stakes retrieval quizzes at the start of every Key Stage 3 lesson "
                     "and weekly knowledge checks in Years 7–9.",
              "Assistant Principal (Teaching and Learning)", "October 2024",
              "Retrieval starters seen in 90% of KS3 lessons during learning walks.",
              "Principal", "Blue"),
             ("1.3", "Train all teaching staff in responsive teaching: adapting the next lesson from "
                     "assessment information (three INSET sessions and follow-up coaching).",
              "Assistant Principal (Teaching and Learning) / Trust Director of Education",
              "Summer term 2025",
              "Lesson visits show teachers adapting teaching in response to pupils’ misconceptions.",
              "LAC Standards Committee", "Green"),
             ("1.4", "Quality assure the implementation of curriculum plans through half-termly "
                     "subject deep dives with trust subject directors.",
              "Principal; VP (Curriculum)", "Half-termly",
              "Deep dive reports show improving consistency across departments.",
              "Trust Director of Education", "Green"),
         ]),
        ("Priority 2: Reading",
         "Leaders should make sure that pupils who are behind with their reading receive precise "
         "support so that they catch up quickly and can access the full curriculum.",
         [
             ("2.1", "Screen all Year 7 pupils and new arrivals using the NGRT reading test within "
                     "three weeks of entry.",
              "Reading Lead", "September 2024",
              "100% of Year 7 screened; reading ages shared with all staff.",
              "SEND/Inclusion Governor", "Blue"),
             ("2.2", "Deliver phonics-based intervention (Fresh Start) for pupils reading below age 9, "
                     "four sessions a week, with progress reviewed every six weeks.",
              "Reading Lead / SENCo", "February 2025",
              "At least 70% of pupils in intervention gain 12 months in reading age within two terms.",
              "SEND/Inclusion Governor", "Amber"),
             ("2.3", "Introduce a whole-school tutor-time reading programme in which form tutors read "
                     "aloud a shared class novel three times a week.",
              "Head of English", "Autumn term 2024",
              "Programme running in all tutor groups; pupil voice shows increased reading for pleasure.",
              "Principal", "Green"),
         ]),
        ("Priority 3: Attendance and behaviour",
         "Leaders need to reduce persistent absence, especially for disadvantaged pupils and pupils "
         "with special educational needs and/or disabilities (SEND), so that these pupils do not miss "
         "important learning.",
         [
             ("3.1", "Appoint an Attendance Officer and hold weekly attendance panel meetings for "
                     "pupils below 90% attendance.",
              "Assistant Principal (Pastoral)", "September 2024",
              "Attendance Officer in post; panel minutes show actions for every pupil below 90%.",
              "LAC Chair", "Blue"),
             ("3.2", "Agree individual attendance plans with families of disadvantaged pupils and "
                     "pupils with SEND who are persistently absent, with a named key adult for each pupil.",
              "Attendance Officer; SENCo; Heads of Year", "December 2024",
              "Persistent absence of disadvantaged pupils reduced from 38% to below 30%.",
              "LAC Chair", "Amber"),
             ("3.3", "Report attendance of disadvantaged pupils and pupils with SEND to each Local "
                     "Academy Council meeting.",
              "Principal", "Termly",
              "LAC minutes record challenge on attendance of key groups.",
              "LAC Chair", "Green"),
         ]),
    ]
    rag_fill = {"Blue": "5B9BD5", "Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}
    for heading, afi, rows in priorities:
        doc.add_heading(heading, level=2)
        p = doc.add_paragraph()
        p.add_run("Area for improvement identified by Ofsted").bold = True
        p2 = doc.add_paragraph()
        p2.add_run(afi).italic = True
        t = doc.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead", "By when",
                                          "Success criteria", "Monitored by", "RAG"]):
            set_cell(c, h, bold=True)
            shade(c, "1F3864")
            c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        for r in rows:
            cells = t.add_row().cells
            for c, v in zip(cells, r):
                set_cell(c, v)
            shade(cells[6], rag_fill[r[6]])
        doc.add_paragraph("")
    doc.add_paragraph(
        "Notes: This plan is monitored by the Local Academy Council at each meeting and by the "
        "Trust’s Director of Education at the half-termly school review. Actions marked Blue will "
        "be removed at the next update.")
    doc.save(out("nl1-ercall-wood-academy-post-ofsted-action-plan.docx"))


# ====================================================================
# 2. Goldsmiths - Council effectiveness review action plan (docx, one table,
#    merged theme and recommendation rows)
# ====================================================================
def goldsmiths():
    doc = Document()
    hdr = doc.sections[0].header.paragraphs[0]
    hdr.text = "Goldsmiths, University of London — Council, 13 March 2025 — Paper C/24-25/38"
    hdr.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    doc.add_paragraph("Council Effectiveness Review 2024: Action Plan and Progress Update",
                      style="Title")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [
        ("Meeting", "Council"),
        ("Date", "13 March 2025"),
        ("Paper reference", "C/24-25/38"),
        ("Author", "Clerk to Council"),
        ("Purpose", "For information and assurance"),
    ]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)
    doc.add_paragraph("")
    doc.add_paragraph(
        "An external review of the effectiveness of Council was carried out in spring 2024 against "
        "the CUC Higher Education Code of Governance. The review made six recommendations, grouped "
        "under three themes. Council approved the action plan below on 10 July 2024; this paper "
        "reports progress at the end of February 2025.")
    doc.add_paragraph(
        "Status key: B – complete; G – on track; A – at risk of delay; R – off track")

    plan = [
        ("theme", "Theme A: Council composition, skills and development"),
        ("rec", "Recommendation 1: Council should refresh its skills matrix annually and use it to "
                "target the recruitment of independent members, with particular attention to higher "
                "education, digital and estates expertise."),
        ("act", "1.1", "Complete a skills and diversity self-assessment of all Council members and "
                       "publish the refreshed skills matrix to Nominations Committee.",
         "Clerk to Council", "October 2024",
         "Skills audit completed September 2024; matrix approved by Nominations Committee "
         "2 October 2024.", "B"),
        ("act", "1.2", "Recruit two independent members with higher education and digital "
                       "transformation experience, using an external search agency.",
         "Chair of Nominations Committee / University Secretary", "March 2025\nRevised: July 2025",
         "Search agency appointed; shortlisting delayed to align with the new Chair’s appointment. "
         "Interviews scheduled for May 2025.", "A"),
        ("rec", "Recommendation 2: Council should strengthen its induction and development offer for "
                "new and existing members."),
        ("act", "2.1", "Redesign the governor induction programme to include a meeting with the "
                       "Warden, a campus tour and a briefing on the regulatory framework (OfS "
                       "conditions of registration).",
         "Head of Governance", "30 September 2024",
         "New programme used for three members appointed in autumn 2024.", "B"),
        ("act", "2.2", "Introduce an annual Council development day, with sessions on financial "
                       "sustainability and academic assurance.",
         "Chair of Council", "January 2025",
         "Development day held 24 January 2025 with an external facilitator.", "B"),
        ("theme", "Theme B: Oversight of strategy, finance and performance"),
        ("rec", "Recommendation 3: Council should receive a smaller set of key performance "
                "indicators, linked to the Strategic Plan, with clear commentary on trends and risks."),
        ("act", "3.1", "Develop an integrated KPI dashboard of no more than 15 measures, aligned to "
                       "the Strategic Plan and the Transformation Programme.",
         "Director of Strategy and Planning", "February 2025",
         "First version presented to Council in February 2025; measures for student outcomes "
         "still being finalised.", "G"),
        ("act", "3.2", "Agree a forward plan that schedules a deep-dive discussion on each strategic "
                       "priority at least once a year.",
         "University Secretary", "December 2024",
         "Forward plan approved November 2024.", "B"),
        ("rec", "Recommendation 4: Council should receive more timely and concise financial "
                "reporting, including cash flow forecasts, during the Transformation Programme."),
        ("act", "4.1", "Provide monthly management accounts and a 12-month rolling cash flow "
                       "forecast to all Council members between meetings.",
         "Chief Financial Officer", "Monthly",
         "Monthly reporting in place since October 2024.", "G"),
        ("theme", "Theme C: Committee structure and academic assurance"),
        ("rec", "Recommendation 5: Council should review the terms of reference of its committees to "
                "remove duplication between the Finance and Resources Committee and the Audit and "
                "Risk Committee."),
        ("act", "5.1", "Review all committee terms of reference and present revised terms to Council "
                       "for approval.",
         "Head of Governance", "June 2025",
         "Draft terms of reference discussed with committee chairs; to Council in June 2025.", "G"),
        ("rec", "Recommendation 6: Council should obtain stronger assurance from Academic Board on "
                "academic quality and standards, including degree outcomes."),
        ("act", "6.1", "Introduce an annual academic assurance report from Academic Board to "
                       "Council, supported by a joint session of Council and Academic Board members.",
         "Pro-Warden (Education) / Secretary to Academic Board", "July 2025",
         "Report format agreed; joint session provisionally booked for 2 July 2025.", "G"),
        ("act", "6.2", "Review the degree outcomes statement and the external examiners’ summary "
                       "report before publication each year.",
         "Audit and Risk Committee", "November 2025",
         "Not yet started; depends on the revised committee terms of reference (action 5.1).", "R"),
    ]
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Ref", "Agreed action", "Owner", "Target date",
                                      "Progress at February 2025", "Status"]):
        set_cell(c, h, bold=True)
        shade(c, "BFBFBF")
    rag_fill = {"B": "5B9BD5", "G": "92D050", "A": "FFC000", "R": "FF0000"}
    for item in plan:
        cells = t.add_row().cells
        if item[0] in ("theme", "rec"):
            m = cells[0].merge(cells[5])
            set_cell(m, item[1], bold=(item[0] == "theme"))
            shade(m, "1F3864" if item[0] == "theme" else "DEEAF6")
            if item[0] == "theme":
                m.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        else:
            for c, v in zip(cells, item[1:]):
                set_cell(c, v)
            shade(cells[5], rag_fill[item[6]])
    doc.add_paragraph("")
    doc.add_paragraph(
        "Actions marked B (complete) will be removed from the next progress update to Council. "
        "Council is asked to note progress and the revised date for action 1.2.")
    doc.save(out("nl1-goldsmiths-university-of-london-council-effectiveness-review-action-plan.docx"))


# ====================================================================
# 3. Cronton Sixth Form College - PIAP (xlsx, cover + plan + key sheets,
#    merged AFI cells, original/revised deadlines, previous/current RAG by fill)
# ====================================================================
def cronton():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    title = "Cronton Sixth Form College – Post-Inspection Action Plan 2024–25"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    info = [
        ("Inspection dates", "5–8 March 2024"),
        ("Report published", "11 April 2024"),
        ("Overall effectiveness", "Requires improvement"),
        ("Quality of education", "Requires improvement"),
        ("Behaviour and attitudes", "Good"),
        ("Personal development", "Good"),
        ("Leadership and management", "Requires improvement"),
        ("Education programmes for young people", "Requires improvement"),
        ("Plan owner", "Principal and CEO"),
        ("Governor oversight", "Quality and Standards Committee"),
        ("Version", "v4 – updated 20 January 2025"),
    ]
    for i, (k, v) in enumerate(info, start=3):
        cov.cell(i, 1, k).font = Font(bold=True)
        cov.cell(i, 2, v)
    cov.column_dimensions["A"].width = 38
    cov.column_dimensions["B"].width = 40

    ws = wb.create_sheet("PIAP")
    heads = ["Ref", "Area for improvement (Ofsted report, April 2024)", "Action", "Lead(s)",
             "Start", "Original deadline", "Revised deadline", "Impact measure",
             "Progress update (Jan 2025)", "Previous RAG (Oct 24)", "Current RAG (Jan 25)"]
    ncol = len(heads)
    ws.cell(1, 1, title).font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws.cell(2, 1, "Position at: 20 January 2025     Reported to: Quality and Standards Committee, "
                  "29 January 2025")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = PatternFill("solid", start_color="FF1F3864", end_color="FF1F3864")
        cell.alignment = WRAP
        cell.border = BOX
    D = dt.datetime
    plan = [
        ("section", "Quality of education"),
        ("afi", "Leaders and managers should ensure that teachers in A-level subjects plan learning "
                "so that students revisit and consolidate key knowledge, and that they check "
                "students’ understanding effectively before moving on.", [
            ("QE1.1", "Deliver a programme of CPD on retrieval practice and checking for "
                      "understanding for all A-level teachers, led by Advanced Practitioners.",
             "Assistant Principal Teaching, Learning and Assessment", D(2024, 4, 15), D(2024, 7, 31),
             None, "90% of observed lessons show effective checking for understanding.",
             "Complete – four CPD sessions delivered; 96% attendance. Observation outcomes "
             "reported to committee in October.", "G", "B"),
            ("QE1.2", "Revise schemes of work in the eight lowest-performing A-level subjects to "
                      "build in planned revisits of key knowledge.",
             "Heads of Department; Director of Curriculum", D(2024, 6, 3), D(2024, 10, 31),
             D(2025, 1, 31), "Revised schemes of work in place and sampled by Director of Curriculum.",
             "Six of eight schemes complete; Psychology and Law delayed by staff changes.", "A", "G"),
            ("QE1.3", "Introduce termly learning walks focused on checking understanding, with "
                      "findings reported to the Quality and Standards Committee.",
             "Vice Principal Curriculum & Quality", D(2024, 9, 2), D(2025, 7, 31), None,
             "Learning walk reports to each committee meeting.",
             "Autumn term learning walks complete; report to January committee.", "G", "G"),
        ]),
        ("afi", "Leaders should ensure that students who need to resit GCSE English and "
                "mathematics attend their lessons and make good progress.", [
            ("QE2.1", "Timetable GCSE resit lessons in protected slots that do not clash with main "
                      "programme lessons, and follow up every absence the same day.",
             "Head of English and Maths", D(2024, 9, 2), D(2024, 9, 30), None,
             "No timetable clashes; same-day follow-up recorded on ProMonitor.",
             "Complete – protected slots in place from September 2024.", "G", "B"),
            ("QE2.2", "Set half-termly attendance targets for each resit group and hold progress "
                      "review meetings for students below 85% attendance.",
             "Head of English and Maths / Student Progress Coaches", D(2024, 9, 2), D(2025, 6, 30),
             None, "Resit attendance at or above 85%; grade 4+ achievement above national rate.",
             "Attendance 81% (Dec 2024), up from 72%; review meetings in place.", "A", "A"),
        ]),
        ("section", "Leadership and management"),
        ("afi", "Governors should receive more detailed information about the quality of "
                "education so that they can hold leaders to account for improvements.", [
            ("LM3.1", "Redesign the quality report to governors to include subject-level data on "
                      "attendance, retention, progress and lesson observation outcomes.",
             "Vice Principal Curriculum & Quality", D(2024, 5, 1), D(2024, 11, 30), None,
             "Committee minutes show governors challenging subject-level performance.",
             "Complete – new report format used from November 2024.", "G", "B"),
            ("LM3.2", "Establish a link governor for quality who meets the Vice Principal each half "
                      "term and reports to the Board.",
             "Chair of Governors; Clerk to the Corporation", D(2024, 6, 1), D(2024, 9, 30),
             D(2024, 12, 31), "Link governor reports at each Board meeting.",
             "Complete – link governor appointed December 2024.", "A", "B"),
            ("LM3.3", "Commission an external review of the college’s progress against this PIAP "
                      "from a National Leader of Further Education.",
             "Principal and CEO", D(2025, 1, 6), D(2025, 3, 31), None,
             "External review report received and actions added to this plan.",
             "New action added January 2025 – not yet started.", None, None),
        ]),
        ("section", "Personal development"),
        ("afi", "Leaders should ensure that all students receive a planned programme of careers "
                "education and work experience, including those on one-year programmes.", [
            ("PD4.1", "Map the careers programme against the Gatsby benchmarks and build work "
                      "experience placements into every study programme.",
             "Head of Careers", D(2024, 5, 1), D(2024, 12, 31), D(2025, 3, 31),
             "All eight Gatsby benchmarks fully met on Compass+.",
             "Mapping complete; placements for one-year programmes still being sourced.", "A", "A"),
            ("PD4.2", "Record all work experience and employer encounters on Unifrog and report "
                      "completion by curriculum area each term.",
             "Head of Careers; Heads of Department", D(2024, 9, 2), D(2025, 7, 31), None,
             "95% of students complete work experience by July 2025.",
             "62% of students have completed a placement (Jan 2025).", "G", "G"),
        ]),
    ]
    r = 5
    grey = PatternFill("solid", start_color="FFD9D9D9", end_color="FFD9D9D9")
    for item in plan:
        if item[0] == "section":
            ws.cell(r, 1, item[1]).font = Font(bold=True)
            for c in range(1, ncol + 1):
                ws.cell(r, c).fill = grey
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            r += 1
            continue
        _, afi, acts = item
        first = r
        for a in acts:
            ref, action, lead, start, orig, rev, impact, prog, prev, cur = a
            vals = [ref, None, action, lead, start, orig, rev, impact, prog, None, None]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            if prev:
                ws.cell(r, 10).fill = xfill(prev)
            if cur:
                ws.cell(r, 11).fill = xfill(cur)
            r += 1
        ws.cell(first, 2, afi).alignment = WRAP
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "RAG summary (current)").font = Font(bold=True)
    r += 1
    for label, code, n in [("Blue – complete", "B", 4), ("Green – on track", "G", 3),
                           ("Amber – some slippage", "A", 2), ("Red – off track", "R", 0),
                           ("Not yet rated", None, 1), ("Total actions", None, 10)]:
        ws.cell(r, 1, label)
        ws.cell(r, 3, n)
        if code:
            ws.cell(r, 2).fill = xfill(code)
        r += 1
    widths = [8, 40, 50, 26, 11, 11, 11, 34, 40, 11, 11]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A5"

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (code, text) in enumerate([
        ("B", "Complete – impact evidenced"),
        ("G", "On track"),
        ("A", "Some slippage – mitigating action in place"),
        ("R", "Off track – escalate to Senior Leadership Team"),
    ], start=3):
        key.cell(i, 1).fill = xfill(code)
        key.cell(i, 2, text)
    key.cell(8, 1, "No colour = action not yet started / not yet rated")
    key.column_dimensions["B"].width = 50
    wb.save(out("nl1-cronton-sixth-form-college-ofsted-post-inspection-action-plan.xlsx"))


# ====================================================================
# 4. The London Clinic - CQC must do / should do (xlsx, summary sheet, banner
#    rows, merged requirement cells, status words with key)
# ====================================================================
def london_clinic():
    wb = Workbook()
    title = "The London Clinic – CQC Inspection Action Plan (Must Do / Should Do)"
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Summary of progress at 18 July 2024"
    hdr = ["Status", "Must do", "Should do", "Total"]
    for c, h in enumerate(hdr, start=1):
        sm.cell(4, c, h).font = Font(bold=True)
    for i, row in enumerate([("Complete", 3, 1, 4), ("On track", 3, 1, 4), ("At risk", 1, 0, 1),
                             ("Off track", 0, 1, 1), ("Total", 7, 3, 10)], start=5):
        for c, v in enumerate(row, start=1):
            sm.cell(i, c, v)
    sm.column_dimensions["A"].width = 16

    ws = wb.create_sheet("Action plan")
    heads = ["Ref", "Core service", "Regulation", "CQC finding / requirement", "Action",
             "Action owner", "Due date", "Status", "Evidence of completion / assurance"]
    ncol = len(heads)
    ws.cell(1, 1, title).font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws.cell(2, 1, "Inspection: 7–9 November 2023 | Report published: 21 February 2024 | "
                  "Overall rating: Requires improvement")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws.cell(3, 1, "Updated for Quality and Safety Committee: 18 July 2024")
    ws.merge_cells(start_row=3, start_column=1, end_row=3, end_column=ncol)
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(5, c, h)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = PatternFill("solid", start_color="FF002060", end_color="FF002060")
        cell.alignment = WRAP
        cell.border = BOX
    D = dt.datetime
    status_fill = {"Complete": "B", "On track": "G", "At risk": "A", "Off track": "R"}
    plan = [
        ("banner", "MUST DO – actions the provider must take to comply with its legal obligations"),
        ("req", "Surgery", "Regulation 12: Safe care and treatment",
         "The service must ensure that the World Health Organization (WHO) surgical safety "
         "checklist is fully completed for every patient undergoing surgery.", [
            ("1.1", "Re-launch the Five Steps to Safer Surgery standard operating procedure with all "
                    "theatre teams, including consultant surgeons and anaesthetists.",
             "Director of Nursing", D(2024, 3, 31), "Complete",
             "SOP re-launched 12 March 2024; attendance records held by Theatres."),
            ("1.2", "Carry out a monthly observational audit of WHO checklist compliance in every "
                    "theatre and report results to the Theatres Governance Group.",
             "Theatres Manager", "Monthly", "On track",
             "Compliance 97% (May), 98% (June)."),
        ]),
        ("req", "Medical care", "Regulation 18: Staffing",
         "The service must ensure that all staff complete mandatory training, including "
         "safeguarding adults and children level 3 where required for their role.", [
            ("2.1", "Issue each department with a monthly mandatory training compliance report by "
                    "staff member and require managers to book outstanding modules.",
             "Head of Learning and Development", D(2024, 4, 30), "Complete",
             "Reports issued monthly since April 2024."),
            ("2.2", "Provide additional face-to-face safeguarding level 3 sessions for medical and "
                    "nursing staff.",
             "Named Nurse for Safeguarding; Head of Learning and Development", D(2024, 9, 30),
             "At risk",
             "Compliance 82% against a 90% target; further sessions booked for August and "
             "September."),
            ("2.3", "Include mandatory training compliance in consultant practising privileges "
                    "reviews.",
             "Medical Director", "Q3 2024/25", "On track",
             "Medical Advisory Committee agreed the change in June 2024."),
        ]),
        ("req", "Outpatients", "Regulation 17: Good governance",
         "The service must ensure that risk assessments for outpatient areas are completed, "
         "reviewed regularly and recorded on the risk register.", [
            ("3.1", "Complete environmental and ligature risk assessments for all outpatient areas "
                    "and add identified risks to the Datix risk register.",
             "Head of Outpatients", D(2024, 5, 31), "Complete",
             "All 14 assessments complete; six risks added to Datix."),
            ("3.2", "Review outpatient risks at the monthly Outpatients Governance meeting and "
                    "escalate risks scoring 12 or above to the Risk Committee.",
             "Head of Outpatients / Head of Risk", "Ongoing", "On track",
             "Standing agenda item from June 2024."),
        ]),
        ("banner", "SHOULD DO – actions the provider should take to improve services"),
        ("req", "Surgery", "N/A",
         "The service should ensure that patients’ pain scores are recorded consistently after "
         "surgery.", [
            ("S1", "Add mandatory pain score fields to the post-operative observation chart in the "
                   "electronic patient record.",
             "Chief Nursing Information Officer", D(2024, 8, 31), "On track",
             "Change request approved; build scheduled for August release."),
        ]),
        ("req", "Medical care", "N/A",
         "The service should consider how it can improve access to interpreting services for "
         "patients whose first language is not English.", [
            ("S2", "Extend the telephone and video interpreting contract to cover all wards and "
                   "outpatient clinics, 24 hours a day.",
             "Director of Patient Services", D(2024, 9, 30), "Off track",
             "Procurement delayed; contract award now expected October 2024."),
        ]),
        ("req", "Outpatients", "N/A",
         "The service should ensure that waiting times for clinics are displayed and patients are "
         "kept informed of delays.", [
            ("S3", "Install waiting time display screens in the main outpatient reception and agree "
                   "a standard for informing patients of delays over 30 minutes.",
             "Head of Outpatients", D(2024, 7, 31), "Complete",
             "Screens installed 8 July 2024; standard included in reception SOP."),
        ]),
    ]
    r = 6
    band = PatternFill("solid", start_color="FFDDEBF7", end_color="FFDDEBF7")
    for item in plan:
        if item[0] == "banner":
            ws.cell(r, 1, item[1]).font = Font(bold=True)
            for c in range(1, ncol + 1):
                ws.cell(r, c).fill = band
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            r += 1
            continue
        _, core, reg, req, acts = item
        first = r
        for ref, action, owner, due, status, evid in acts:
            vals = [ref, None, None, None, action, owner, due, status, evid]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            ws.cell(r, 8).fill = xfill(status_fill[status])
            r += 1
        ws.cell(first, 2, core).alignment = WRAP
        ws.cell(first, 3, reg).alignment = WRAP
        ws.cell(first, 4, req).alignment = WRAP
        if r - 1 > first:
            for c in (2, 3, 4):
                ws.merge_cells(start_row=first, start_column=c, end_row=r - 1, end_column=c)
    r += 1
    ws.cell(r, 1, "Status key: Complete = Blue | On track = Green | At risk = Amber | "
                  "Off track = Red")
    widths = [6, 14, 20, 42, 48, 26, 12, 11, 40]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    wb.save(out("nl1-the-london-clinic-cqc-must-should-do-action-plan.xlsx"))


# ====================================================================
# 5. Wickhambrook Surgery - CQC action plan (csv export, no refs, fill-down
#    key question and finding, multi-line cell)
# ====================================================================
def wickhambrook():
    n = 8
    rows = [
        ["Wickhambrook Surgery – Action Plan following CQC inspection (12 March 2024)"],
        ["Overall rating: Requires improvement. Requirement notices: Regulation 12 Safe care and "
         "treatment; Regulation 17 Good governance"],
        ["Prepared by: Practice Manager (J. Morley). Reviewed at practice meeting: 9 May 2024"],
        [],
        ["Key question", "Regulation", "What CQC found", "Action we will take", "Responsible",
         "Target date", "Completed", "Status"],
        ["Safe", "Reg 12 Safe care and treatment",
         "Patients prescribed high-risk medicines were not always monitored in line with national "
         "guidance.",
         "Run a weekly search on the clinical system for patients on DMARDs, lithium and warfarin "
         "who are overdue blood monitoring, and recall them.",
         "Clinical Pharmacist", "30/04/2024", "18/04/2024", "Complete"],
        ["", "", "",
         "Audit 20 records each quarter to check that monitoring was reviewed before repeat "
         "prescriptions were issued; results to the clinical meeting.",
         "Dr S. Patel (GP Partner)", "Quarterly", "", "On track"],
        ["", "Reg 12 Safe care and treatment",
         "Emergency medicines were not checked consistently and one item was out of date.",
         "Introduce a signed weekly checklist for emergency medicines and the defibrillator, kept "
         "with the emergency trolley.",
         "Lead Nurse", "31/03/2024", "25/03/2024", "Complete"],
        ["", "Reg 12 Safe care and treatment",
         "Not all clinical staff had completed infection prevention and control (IPC) training, "
         "and the annual IPC audit had no action plan.",
         "Book all outstanding IPC training modules and complete the IPC audit action plan with "
         "named owners.\nReview progress at the monthly clinical meeting.",
         "Lead Nurse / Practice Manager", "31/05/2024", "", "On track"],
        ["Effective", "Recommendation (not a breach)",
         "The practice should continue to improve the uptake of cervical screening.",
         "Send text reminders with an online booking link to all eligible patients who have not "
         "responded to two invitations, and offer Saturday morning clinics.",
         "Practice Manager", "Sep-24", "", "Not started"],
        ["Well-led", "Reg 17 Good governance",
         "Systems to monitor staff training and to review significant events were not effective.",
         "Set up a training matrix for all staff with automatic reminders, and review it at the "
         "monthly partners’ meeting.",
         "Practice Manager", "30/06/2024", "", "On track"],
        ["", "", "",
         "Log all significant events on the new incident form, discuss each at the monthly "
         "clinical meeting and share learning with the whole team.",
         "Dr S. Patel and Dr L. Okafor", "Ongoing", "", "On track"],
        ["", "Reg 17 Good governance",
         "Policies were not all up to date and staff did not know where to find some of them.",
         "Review all practice policies, move them to the shared policy library (TeamNet) and ask "
         "staff to confirm they have read the key policies.",
         "Deputy Practice Manager", "31 July 2024", "", "On track"],
        [],
        ["Status: Complete / On track / Not started. Next review of this plan: 11 July 2024 "
         "(practice meeting)."],
    ]
    with open(out("nl1-wickhambrook-surgery-cqc-inspection-action-plan.csv"), "w",
              newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in rows:
            w.writerow(row + [""] * (n - len(row)))


# ====================================================================
# 6. Priory Hospital Hayes Grove - CQC must/should (tab-separated txt export,
#    core-service section lines, finding repeated on each row, RAG letters)
# ====================================================================
def hayes_grove():
    f1 = ("The provider must ensure that staff complete and record physical health observations "
          "after rapid tranquillisation in line with policy.")
    f2 = ("The provider must ensure that ligature risk assessments are updated after any change to "
          "the ward environment and that staff know the location of ligature cutters.")
    lines = [
        "Priory Hospital Hayes Grove – CQC Action Plan (Must do / Should do)",
        "Provider: Priory Healthcare Limited",
        "Inspection: 16–17 April 2024 (report published 19 June 2024)",
        "Exported from Quality Improvement tracker 02/09/2024",
        "",
        "\t".join(["Ref", "Must/Should", "CQC finding", "Action", "Lead", "Due date", "RAG",
                   "Update"]),
        "Acute wards for adults of working age and psychiatric intensive care units",
        "\t".join(["M1.1", "Must", f1,
                   "Add a rapid tranquillisation monitoring form to the electronic record and make "
                   "completion mandatory.",
                   "Director of Clinical Services", "31/07/2024", "B", "Form live 22/07/2024."]),
        "\t".join(["M1.2", "Must", f1,
                   "Audit all rapid tranquillisation episodes weekly for eight weeks, then monthly, "
                   "and feed back to ward staff.",
                   "Ward Manager (Garden Ward); Lead Pharmacist", "Aug 2024", "G",
                   "Weekly audits 100% compliant since 29/07/2024."]),
        "\t".join(["M2.1", "Must", f2,
                   "Review and re-issue the ligature risk assessment for each ward, including the "
                   "new garden area, and brief all staff.",
                   "Hospital Director", "30/06/2024", "B",
                   "Completed and signed off by the Hospital Director."]),
        "\t".join(["M2.2", "Must", f2,
                   "Include the location of ligature cutters in the ward induction checklist for "
                   "agency and bank staff.",
                   "Ward Managers", "31/07/2024", "B", ""]),
        "\t".join(["S1.1", "Should",
                   "The provider should ensure that patients’ care plans reflect their views and "
                   "are offered to them in writing.",
                   "Introduce a ‘my care plan’ review with every patient within 72 hours of "
                   "admission and at each weekly ward round, recording the patient’s own words.",
                   "Lead Nurse", "Oct 2024", "A",
                   "Audit in August: 68% of care plans included patient views; target 90%."]),
        "Substance misuse services (detoxification)",
        "\t".join(["M3.1", "Must",
                   "The provider must ensure that withdrawal assessments are completed using a "
                   "recognised tool at the frequency set out in the detoxification policy.",
                   "Retrain all nursing staff on CIWA-Ar and COWS assessment and add prompts to "
                   "the observation schedule.",
                   "Clinical Services Manager (Addictions)", "31/08/2024", "G",
                   "Training 85% complete."]),
        "\t".join(["S2.1", "Should",
                   "The provider should ensure that patients are given information about local "
                   "recovery and mutual aid groups before discharge.",
                   "Produce a discharge information pack listing local recovery services and "
                   "mutual aid meetings, and check it has been given at the discharge meeting.",
                   "Therapy Services Manager", "TBC", "A",
                   "Pack drafted; print date to be confirmed."]),
        "\t".join(["S3.1", "Should",
                   "The provider should ensure that staff receive regular supervision and that "
                   "this is recorded.",
                   "Set up a supervision tracker for the addictions team and report compliance "
                   "monthly to the clinical governance meeting.",
                   "Clinical Services Manager (Addictions)", "30/09/2024", "R",
                   "Compliance 61% in August due to vacancies; recovery plan agreed."]),
        "",
        "RAG: B = completed and evidenced, G = on track, A = at risk, R = off track / overdue",
    ]
    with open(out("nl1-priory-hospital-hayes-grove-cqc-mental-health-must-should-do-action-plan.txt"),
              "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ====================================================================
# 7. Science Museum Group - ARAC internal audit tracker (xlsx) - REFUSE:
#    revised due date "Febuary 2026" on sheet Tracker row 11
# ====================================================================
def smg():
    wb = Workbook()
    title = "Science Museum Group – Internal Audit Recommendations Tracker"
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Audit and Risk Committee, 25 November 2025 – position at 31 October 2025"
    for c, h in enumerate(["Status", "High", "Medium", "Low", "Total"], start=1):
        sm.cell(4, c, h).font = Font(bold=True)
    for i, row in enumerate([("Complete", 1, 0, 1, 2), ("Green", 0, 4, 0, 4),
                             ("Amber", 1, 1, 0, 2), ("Red", 0, 0, 0, 0),
                             ("Total", 2, 5, 1, 8)], start=5):
        for c, v in enumerate(row, start=1):
            sm.cell(i, c, v)
    sm["A11"] = "Completed recommendations are removed after they have been reported once."

    ws = wb.create_sheet("Tracker")
    heads = ["Audit (year)", "Assurance", "Rec", "Priority", "Recommendation",
             "Agreed management action", "Owner", "Original due date", "Revised due date",
             "Status", "Update (October 2025)"]
    ncol = len(heads)
    ws.cell(1, 1, title).font = Font(bold=True, size=14)
    ws.cell(2, 1, "Audit and Risk Committee, 25 November 2025 – position at 31 October 2025")
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", start_color="FFD9E1F2", end_color="FFD9E1F2")
        cell.alignment = WRAP
        cell.border = BOX
    D = dt.datetime
    rows = [
        ("Collections Management (2024/25)", "Moderate", 1, "High",
         "Complete the reconciliation of the collections management system to the object "
         "location records for the Wroughton stores.",
         "Undertake a phased location audit of the Wroughton stores and correct the system records.",
         "Director of Collections", D(2025, 3, 1), D(2025, 9, 1), "Complete",
         "Audit completed September 2025; 1,240 records corrected."),
        (None, None, 2, "Medium",
         "Document and approve the procedure for loans out, including condition checking.",
         "Publish an approved loans-out procedure and train registrars.",
         "Head of Registration", D(2025, 6, 1), None, "Green",
         "Procedure drafted; approval at Collections Board in November 2025."),
        (None, None, 3, "Low",
         "Review user access rights to the collections management system every six months.",
         "Introduce six-monthly access reviews, with the first review to be evidenced to "
         "Internal Audit.",
         "Collections Systems Manager", D(2025, 6, 1), None, "Complete",
         "First review completed June 2025."),
        ("Cyber Security (2024/25)", "Limited", 1, "High",
         "Ensure multi-factor authentication is enforced for all remote and privileged access.",
         "Roll out multi-factor authentication to all staff and contractor accounts and remove "
         "legacy remote access.",
         "Chief Digital Officer", D(2025, 6, 1), D(2025, 12, 1), "Amber",
         "92% of accounts enrolled; legacy VPN to be switched off in December."),
        (None, None, 2, "Medium",
         "Test the IT disaster recovery plan at least annually.",
         "Carry out a disaster recovery test of core systems and report lessons learned.",
         "Head of IT Infrastructure", D(2025, 9, 1), None, "Green",
         "Test scheduled for 12 November 2025."),
        ("Health and Safety – Contractor Management (2025/26)", "Moderate", 1, "Medium",
         "Maintain a central record of contractor competence checks and method statements.",
         "Set up a central contractor register in the permit-to-work system.",
         "Head of Health, Safety and Wellbeing", D(2025, 12, 1), None, "Green",
         "Register built; data migration under way."),
        (None, None, 2, "Medium",
         "Ensure contractor inductions are completed and recorded before work starts on site.",
         "Introduce a site induction sign-in at all five museum sites, checked by duty managers.",
         "Director of Estates", D(2025, 10, 1), "Febuary 2026", "Amber",
         "Sign-in live at three sites; Locomotion and the National Railway Museum to follow."),
        ("Commercial Income (2025/26)", "Moderate", 1, "Medium",
         "Reconcile retail and admissions income to the finance ledger weekly.",
         "Introduce a weekly reconciliation with exceptions reviewed by the Head of Finance.",
         "Commercial Director; Head of Finance", D(2026, 3, 1), None, "Green",
         "Reconciliation template agreed."),
    ]
    r = 5
    for row in rows:
        for c, v in enumerate(row, start=1):
            cell = ws.cell(r, c, v)
            cell.alignment = WRAP
            cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "mmm-yy"
        r += 1
    # blank then key
    ws.cell(r + 1, 1, "Priority: High – fundamental weakness in control; Medium – significant "
                      "weakness; Low – improvement to good practice.")
    widths = [26, 12, 6, 9, 42, 42, 26, 12, 12, 10, 40]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.merge_cells("A5:A7")
    ws.merge_cells("B5:B7")
    ws.merge_cells("A8:A9")
    ws.merge_cells("B8:B9")
    ws.merge_cells("A10:A11")
    ws.merge_cells("B10:B11")
    wb.save(out("nl1-science-museum-group-arac-internal-audit-recommendations-tracker"
                "-typo-month-refuse.xlsx"))


if __name__ == "__main__":
    ercall()
    goldsmiths()
    cronton()
    london_clinic()
    wickhambrook()
    hayes_grove()
    smg()
    print("done")
