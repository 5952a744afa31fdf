"""Build the seven kz1- blind cases (data files and their .expected.yaml) in this folder.

Run with /work/main/.venv/bin/python kz1_make.py
"""
import csv
import datetime as dt
import json
import os

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def A(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def _q(v):
    if v is None:
        return "null"
    return json.dumps(v, ensure_ascii=False)


def _folded(key, text, width=96):
    out, line = [], ""
    for w in text.split(" "):
        if line and len(line) + 1 + len(w) > width:
            out.append(line)
            line = w
        else:
            line = (line + " " + w) if line else w
    out.append(line)
    return key + ": >-\n" + "".join("  " + l + "\n" for l in out)


def write_expected(name, source, reads, title, actions=None, outcome="read", refuse_at=None,
                   accept_refusal=False):
    y = _folded("source", source) + _folded("reads", reads)
    y += "outcome: " + outcome + "\n"
    y += "accept_refusal: " + ("true" if accept_refusal else "false") + "\n"
    if refuse_at is not None:
        y += "refuse_at: %d\n" % refuse_at
    if title is not None:
        y += "title: " + _q(title) + "\n"
    if outcome == "read":
        y += "actions:\n"
        for a in actions:
            y += "  - ref: " + _q(a["ref"]) + "\n"
            y += "    under: [" + ", ".join(_q(u) for u in a["under"]) + "]\n"
            y += "    action: " + _q(a["action"]) + "\n"
            y += "    lead: [" + ", ".join(_q(u) for u in a["lead"]) + "]\n"
            y += "    end: " + _q(a["end"]) + "\n"
            if "end_text" in a:
                y += "    end_text: " + _q(a["end_text"]) + "\n"
            y += "    status: " + a["status"] + "\n"
    d = yaml.safe_load(y)
    assert d.get("actions") == actions if outcome == "read" else True
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        f.write(y)


# ----------------------------------------------------------------------------- docx helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    """Text with \n becomes separate paragraphs inside the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        if size:
            r.font.size = Pt(size)


RAG_HEX = {"R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0",
           "Red": "FF0000", "Amber": "FFC000", "Green": "00B050", "Blue": "0070C0"}


# ============================================================================ 1. school docx
def make_mounts_bay():
    name = "kz1-mounts-bay-academy-post-ofsted-action-plan.docx"
    title = "Mounts Bay Academy Post-Ofsted Action Plan 2023–25"
    doc = Document()
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("A member of Truro and Penwith Academy Trust")
    doc.add_paragraph("Inspection dates: 14 and 15 November 2023\tOverall effectiveness: Requires improvement")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Change"]):
        set_cell(c, h, bold=True)
    for row in [("1.0", "08/01/2024", "Headteacher", "First version approved by the Local Governing Body"),
                ("1.1", "18/03/2024", "DHT (Curriculum)", "Spring term RAG update")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)

    doc.add_heading("RAG key", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("B", "Complete – impact evidenced"), ("G", "On track"),
                 ("A", "Started – some slippage"), ("R", "Not started / off track")]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        shade(cells[0], RAG_HEX[k])
        set_cell(cells[1], v)

    kps = [
        ("Key Priority 1: Checking pupils’ understanding in lessons",
         "Leaders should ensure that teachers check pupils’ understanding systematically in lessons, so that "
         "misconceptions are identified and addressed before pupils move on to new content.",
         [("1.1", "Deliver a whole-staff CPD programme on responsive teaching and checking for understanding "
                  "(mini-whiteboards, cold calling, hinge questions).",
           "DHT (Teaching and Learning)", "Spring term 2024",
           "All teachers observed using at least two checking strategies in learning walks", "B"),
          ("1.2", "Heads of Faculty to review key stage 3 schemes of learning so that each unit sets out the key "
                  "knowledge to be checked and planned retrieval points.",
           "Heads of Faculty / DHT (Curriculum)", "By end of March 2024",
           "Revised KS3 schemes of learning in place for all subjects", "A"),
          ("1.3", "Introduce fortnightly SLT learning walks focused on checking for understanding; findings "
                  "reported to the Local Governing Body each half-term.",
           "Headteacher", "Ongoing", "Learning walk records show consistent practice across faculties", "G")]),
        ("Key Priority 2: Support for the weakest readers",
         "Leaders should make sure that the weakest readers in key stage 3 receive precise support, so that they "
         "catch up quickly and can access the full curriculum.",
         [("2.1", "Screen all Year 7 and Year 8 pupils using NGRT and identify those reading below their "
                  "chronological age.",
           "Reading Lead", "January 2024", "Reading ages known for every KS3 pupil", "B"),
          ("2.2", "Deliver Fresh Start phonics intervention to pupils with a reading age below 9 years (four "
                  "30-minute sessions per week).\nRe-test pupils at the end of each 12-week block.",
           "Reading Lead / SENCo", "Jan 2024 – July 2024",
           "80% of pupils in the intervention gain at least 12 months in reading age", "G"),
          ("2.3", "Train all tutors to deliver the tutor-time reading programme and quality assure delivery "
                  "through termly drop-ins.",
           "AHT (Personal Development)", "Summer term 2024", "Tutor reading programme delivered in every tutor group",
           "A")]),
        ("Key Priority 3: Attendance of disadvantaged pupils and pupils with SEND",
         "Leaders should continue to reduce persistent absence, particularly for disadvantaged pupils and pupils "
         "with SEND, so that these pupils do not miss out on valuable learning.",
         [("3.1", "Appoint a full-time Attendance Officer and introduce first-day calling for every absent pupil.",
           "Business Manager / AHT (Behaviour and Attendance)", "February 2024",
           "Attendance Officer in post; first-day calls logged on Arbor", "B"),
          ("3.2", "Hold attendance support meetings with the families of persistently absent disadvantaged pupils "
                  "and agree individual attendance plans.\nReview each plan every six weeks with the family and the "
                  "Education Welfare Officer.",
           "AHT (Behaviour and Attendance)", "Autumn term 2024",
           "Persistent absence of disadvantaged pupils below 25%", "A"),
          ("3.3", "Report attendance of disadvantaged pupils and pupils with SEND to the Local Governing Body at "
                  "every meeting, with comparison to national figures.",
           "Headteacher", "Termly", "Governors’ minutes show challenge on attendance", "G")]),
    ]
    lead_split = {
        "DHT (Teaching and Learning)": ["DHT (Teaching and Learning)"],
        "Heads of Faculty / DHT (Curriculum)": ["Heads of Faculty", "DHT (Curriculum)"],
        "Headteacher": ["Headteacher"],
        "Reading Lead": ["Reading Lead"],
        "Reading Lead / SENCo": ["Reading Lead", "SENCo"],
        "AHT (Personal Development)": ["AHT (Personal Development)"],
        "Business Manager / AHT (Behaviour and Attendance)": ["Business Manager", "AHT (Behaviour and Attendance)"],
        "AHT (Behaviour and Attendance)": ["AHT (Behaviour and Attendance)"],
    }
    ends = {"Spring term 2024": ("2024-03", "Spring term 2024"), "By end of March 2024": ("2024-03", None),
            "Ongoing": (None, "Ongoing"), "January 2024": ("2024-01", None),
            "Jan 2024 – July 2024": ("2024-07", "Jan 2024 – July 2024"),
            "Summer term 2024": ("2024-07", "Summer term 2024"), "February 2024": ("2024-02", None),
            "Autumn term 2024": ("2024-12", "Autumn term 2024"), "Termly": (None, "Termly")}
    stat = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    expected = []
    for head, afi, rows in kps:
        doc.add_heading(head, level=1)
        p = doc.add_paragraph()
        r = p.add_run("Area for improvement (Ofsted, November 2023)")
        r.bold = True
        p = doc.add_paragraph()
        r = p.add_run(afi)
        r.italic = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead(s)", "Timescale", "Success criteria",
                                          "RAG (Spring 2024)"]):
            set_cell(c, h, bold=True)
            shade(c, "D9E2F3")
        for ref, action, lead, when, success, rag in rows:
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, action, lead, when, success, rag]):
                set_cell(c, v)
            shade(cells[5], RAG_HEX[rag])
            cells[5].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            e, et = ends[when]
            expected.append(A(ref, [head, afi], action, lead_split[lead], e, stat[rag], et))
        doc.add_paragraph("")

    doc.add_heading("Monitoring and evaluation", level=2)
    doc.add_paragraph("Progress against this plan is reviewed by the Local Governing Body at each meeting and by "
                      "the Trust’s Director of Education each half-term. RAG ratings are updated at the end of "
                      "each term.")
    t = doc.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Signed", "Role", "Date"]):
        set_cell(c, h, bold=True)
    for c, v in zip(t.rows[1].cells, ["R. Trewhella", "Chair of the Local Governing Body", "08/01/2024"]):
        set_cell(c, v)
    doc.save(os.path.join(HERE, name))

    write_expected(
        name,
        source="Imitates a secondary academy's post-Ofsted action plan of the kind Cornish trust schools publish "
               "after a 'requires improvement' section 5 inspection (Mounts Bay Academy, Penzance, Truro and "
               "Penwith Academy Trust; inspection November 2023, plan 2023–25; no URL found). Copied features: "
               "Title-styled heading, trust/inspection lines, document-control and RAG-key tables, one Heading 1 "
               "per key priority with Ofsted's area-for-improvement text as an italic paragraph above a "
               "six-column action table, school-term timescales, posts as leads split by '/', RAG letters with "
               "fill colour, monitoring paragraph and a sign-off table.",
        reads="A Word post-Ofsted plan with three key priorities; under each, the Ofsted area for improvement is "
              "quoted and then a table of three numbered actions with leads, term timescales, success criteria "
              "and a B/G/A RAG letter. Document control, RAG key and sign-off tables are not actions.",
        title=title, actions=expected)


# ============================================================================ 2. college xlsx (refuse)
def make_totton():
    name = "kz1-totton-college-quality-improvement-plan-2024-25-typo-month-refuse.xlsx"
    title = "Totton College – Quality Improvement Plan 2024-25"
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Arising from the Self-Assessment Report 2023-24"
    ws["A3"] = "Validated by the Quality and Standards Committee, 28 November 2024"
    ws["A5"] = "RAG key"
    ws["A5"].font = Font(bold=True)
    for i, (k, v) in enumerate([("R", "Not started or behind schedule"), ("A", "In progress"),
                                ("G", "Complete")], start=6):
        ws.cell(i, 1, k).fill = PatternFill("solid", fgColor=RAG_HEX[k])
        ws.cell(i, 2, v)
    ws["A10"] = "Owner: Vice Principal (Curriculum and Quality)"
    ws.column_dimensions["A"].width = 12
    ws.column_dimensions["B"].width = 40

    ws = wb.create_sheet("QIP 2024-25")
    thin = Side(style="thin", color="999999")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Update for Quality and Standards Committee – March 2025"
    heads = ["Ref", "Area for improvement (SAR 2023-24)", "Action", "Lead", "Target date", "Success measure",
             "Progress at March 2025", "RAG"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F3864")
        cell.alignment = wrap
    rows = [
        (5, "theme", "1. Quality of education"),
        (6, "1.1", "Too few learners on level 3 vocational programmes achieve high grades.",
         "Introduce termly standardised assessment weeks with moderated marking across all level 3 vocational "
         "courses.", "Head of Vocational Studies", dt.datetime(2025, 1, 31),
         "High grade profile at level 3 improves from 38% to 45%",
         "Assessment week held December 2024; moderation completed.", "G"),
        (7, "1.2", None,
         "Deliver targeted CPD on stretch and challenge for vocational teachers through the weekly Teaching and "
         "Learning sessions.", "Quality Manager (Teaching, Learning and Assessment)", "March 2025",
         "Observation outcomes show stretch and challenge as a strength in 75% of sessions",
         "Four of six sessions delivered.", "A"),
        (8, "1.3", None,
         "Track high-grade potential learners monthly through the ProMonitor dashboard and agree interventions at "
         "curriculum reviews.", "Curriculum Managers", "Monthly", "All level 3 learners have a target grade and "
         "tracked working-at grade", "Dashboard live; use varies between areas.", "A"),
        (9, "1.4", "Attendance at English and maths GCSE resit lessons remains below the college target of 90%.",
         "Introduce same-day follow-up calls for absence from English and maths lessons.",
         "Head of English and Maths / Student Services Manager", dt.datetime(2024, 12, 20),
         "Attendance at English and maths lessons at or above 90%",
         "Calls in place since October half-term; attendance 86% (up from 81%).", "G"),
        (10, "1.5", None,
         "Embed English and maths skills in vocational assignments so learners see the relevance of their resit "
         "subject.", "Head of English and Maths", "May 2025", "Every vocational assignment brief includes "
         "mapped English and maths skills", "Briefs being revised in Construction and Health and Social Care.",
         "A"),
        (11, "theme", "2. Personal development"),
        (12, "2.1", "Not all learners on study programmes complete meaningful work experience or industry "
                    "placements.",
         "Appoint a Work Experience Coordinator and build an employer placement database by sector.",
         "Assistant Principal (Skills and Employer Engagement)", "Oct-24", "Coordinator in post; database of "
         "120+ employers", "Coordinator started 7 October 2024.", "G"),
        (13, "2.2", None,
         "Set placement targets for each curriculum area and monitor weekly at Curriculum Leaders' meetings.",
         "Curriculum Managers", "Jun-2025", "95% of study programme learners complete a placement",
         "Only 41% placed to date.", "R"),
        (14, "2.3", "Tutorials do not consistently cover healthy relationships and online safety in sufficient "
                    "depth.",
         "Revise the tutorial scheme of work with input from the safeguarding team and carry out a termly learning "
         "walk of tutorials.", "Designated Safeguarding Lead; Head of Student Experience", "Febuary 2025",
         "Learner voice shows 85% feel well informed about healthy relationships and online safety",
         "Scheme of work drafted; learning walk booked.", "A"),
    ]
    for r in rows:
        rn = r[0]
        if r[1] == "theme":
            ws.cell(rn, 1, r[2]).font = Font(bold=True)
            for c in range(1, 9):
                ws.cell(rn, c).fill = PatternFill("solid", fgColor="D9E2F3")
            ws.merge_cells(start_row=rn, start_column=1, end_row=rn, end_column=8)
            continue
        _, ref, afi, action, lead, when, measure, progress, rag = r
        vals = [ref, afi, action, lead, when, measure, progress, rag]
        for c, v in enumerate(vals, 1):
            if v is None:
                continue
            cell = ws.cell(rn, c, v)
            cell.alignment = wrap
            cell.border = box
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        ws.cell(rn, 8).fill = PatternFill("solid", fgColor=RAG_HEX[rag])
    ws.merge_cells("B6:B8")
    ws.merge_cells("B9:B10")
    ws.merge_cells("B12:B13")
    ws["A16"] = "Summary: 8 actions – G: 3, A: 4, R: 1"
    ws["A16"].font = Font(italic=True)
    for col, w in zip("ABCDEFGH", [6, 34, 48, 28, 13, 34, 34, 6]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, name))

    write_expected(
        name,
        source="Imitates a general FE college's Quality Improvement Plan drawn from its self-assessment report "
               "(Totton College, Hampshire, QIP 2024-25, March 2025 update to the Quality and Standards Committee; "
               "no URL found). Copied features: cover sheet with validation line and an R/A/G key in which Green "
               "means complete, a plan sheet with a merged title, theme rows merged across the table, SAR areas for "
               "improvement merged down over their actions, mixed real-date and text target dates, progress "
               "column, fill-coloured RAG letters and a summary line.",
        reads="An Excel QIP with eight numbered actions under two themes. In the Target date column of action 2.3 "
              "(sheet 'QIP 2024-25', row 14) the month is mistyped as 'Febuary 2025'; a careful reader would stop "
              "and ask what date was meant before loading the plan.",
        title=title, outcome="refuse", refuse_at=14)


# ============================================================================ 3. apprenticeship txt
def make_ucem():
    name = "kz1-ucem-ofsted-apprenticeships-post-inspection-action-plan.txt"
    title = "UCEM Apprenticeships Post-Inspection Action Plan (PIAP) 2024-25"
    hdr = ["Ref", "Area for improvement", "Action", "Lead", "Original deadline", "Revised deadline",
           "Progress update", "BRAG"]
    n = len(hdr)
    t1 = "Theme 1: Quality of education"
    t2 = "Theme 2: Leadership and management"
    t3 = "Theme 3: Personal development"
    afi1 = ("Leaders should ensure that tutors give apprentices precise feedback on their written assignments so "
            "that apprentices know how to improve their work and achieve high grades.")
    afi2 = ("Leaders should ensure that employers are involved fully in planning apprentices’ on- and "
            "off-the-job training and in reviewing their progress.")
    afi3 = ("Leaders should ensure that all apprentices receive impartial careers information, advice and "
            "guidance about their options beyond their apprenticeship.")
    lines = [
        title,
        "University College of Estate Management – Ofsted inspection 5 to 8 March 2024",
        "Exported from the Apprenticeship Quality Board tracker, 17/10/2024",
        "",
        "\t".join(hdr),
    ]
    exp = []

    def row(vals):
        vals = list(vals) + [""] * (n - len(vals))
        lines.append("\t".join(vals))

    def theme(t):
        row([t])

    theme(t1)
    a = ("Introduce a common feedback framework (strengths, targets, next steps) for all apprenticeship module "
         "assignments and brief all tutors on its use.")
    row(["AFI1.1", afi1, a, "Head of Apprenticeship Delivery", "31/07/2024", "",
         "Framework launched June 2024; all tutors briefed.", "B"])
    exp.append(A("AFI1.1", [t1, afi1], a, ["Head of Apprenticeship Delivery"], "2024-07", "blue"))
    a = ("Sample 10% of marked assignments each term through the moderation panel and share findings with "
         "module leaders.")
    row(["AFI1.2", "", a, "Dr Hannah Lowry; Academic Quality Manager", "30/09/2024", "31/12/2024",
         "First sample completed; report to module leaders in October.", "G"])
    row(["", "", "", "", "", "", "Second moderation round scheduled for w/c 18/11/2024.", ""])
    exp.append(A("AFI1.2", [t1, afi1], a, ["Dr Hannah Lowry", "Academic Quality Manager"], "2024-12", "green"))

    theme(t2)
    a = ("Revise the tripartite progress review template so that employers agree on-the-job activities that link "
         "to the current module.")
    row(["AFI2.1", afi2, a, "Apprenticeship Compliance Manager", "31/05/2024", "",
         "New template in use for all reviews from 1 June 2024.", "B"])
    exp.append(A("AFI2.1", [t2, afi2], a, ["Apprenticeship Compliance Manager"], "2024-05", "blue"))
    a = ("Hold termly employer forums for the Chartered Surveyor and Surveying Technician apprenticeships to "
         "co-design the sequence of off-the-job training.")
    row(["AFI2.2", "", a, "Head of Employer Partnerships and Head of Apprenticeship Delivery", "Sept 2024",
         "Jan 2025", "First forum moved to January to fit employers' diaries.", "A"])
    exp.append(A("AFI2.2", [t2, afi2], a, ["Head of Employer Partnerships", "Head of Apprenticeship Delivery"],
                 "2025-01", "amber"))
    a = ("Report employer engagement measures (review attendance, employer survey results) to the Apprenticeship "
         "Quality Board at each meeting.")
    row(["AFI2.3", "", a, "Director of Apprenticeships", "Ongoing", "",
         "Standing item from July 2024 board.", "G"])
    exp.append(A("AFI2.3", [t2, afi2], a, ["Director of Apprenticeships"], None, "green", "Ongoing"))

    theme(t3)
    a = ("Commission a Level 6 qualified careers adviser to offer every apprentice a one-to-one careers guidance "
         "session before gateway.")
    row(["AFI3.1", afi3, a, "Careers and Employability Manager", "31/10/2024", "",
         "Procurement delayed; no adviser in place yet.", "R"])
    exp.append(A("AFI3.1", [t3, afi3], a, ["Careers and Employability Manager"], "2024-10", "red"))
    a = "Add a careers and progression module to the apprenticeship induction on the VLE and track completion."
    row(["AFI3.2", "", a, "Digital Learning Manager / Careers and Employability Manager", "30/11/2024", "",
         "Module content drafted.", "G"])
    exp.append(A("AFI3.2", [t3, afi3], a, ["Digital Learning Manager", "Careers and Employability Manager"],
                 "2024-11", "green"))
    a = ("Survey apprentices at the end of their programme on the usefulness of the careers guidance they received "
         "and report the results.")
    row(["AFI3.3", "", a, "Academic Quality Manager", "End of July 2025", "", "Not started.", ""])
    exp.append(A("AFI3.3", [t3, afi3], a, ["Academic Quality Manager"], "2025-07", "unrated"))

    lines.append("")
    lines.append("BRAG key: B = complete and impact evidenced; G = on track; A = at risk; R = off track")
    lines.append("Summary\tB: 2\tG: 3\tA: 1\tR: 1\tNot started: 1")
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    write_expected(
        name,
        source="Imitates a university/HE apprenticeship provider's Ofsted post-inspection action plan (PIAP) "
               "exported as tab-separated text from a quality-board tracker (University College of Estate "
               "Management, inspection March 2024, tracker at October 2024; no URL found). Copied features: title "
               "and inspection lines, export stamp, header row, theme rows on their own line, the Ofsted area for "
               "improvement given once on the first action row of each theme and blank below, AFI-numbered refs, "
               "original and revised deadlines, a progress continuation line, BRAG letters, a key line and a "
               "summary line.",
        reads="A tab-separated PIAP with three themes, each answering one Ofsted area for improvement through two "
              "or three actions (eight in all). One action has a revised deadline, which replaces the original; "
              "one line only continues the previous action's progress update; the key and summary at the foot "
              "are not actions.",
        title=title, actions=exp)


# ============================================================================ 4. CQC hospital xlsx
def make_northumbria():
    name = "kz1-northumbria-healthcare-nhsft-cqc-must-should-do-action-plan.xlsx"
    title = "Northumbria Healthcare NHS Foundation Trust – CQC Must Do and Should Do Action Plan"
    wb = Workbook()
    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    fills = {k: PatternFill("solid", fgColor=v) for k, v in RAG_HEX.items()}

    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Progress summary as at 12 July 2024 – report to Quality and Safety Committee, 23 July 2024"
    ws["A4"] = "Status"
    ws["B4"] = "Must Do"
    ws["C4"] = "Should Do"
    ws["D4"] = "Total"
    for c in "ABCD":
        ws[c + "4"].font = Font(bold=True)
    for i, (k, m, s) in enumerate([("Blue", 2, 1), ("Green", 1, 2), ("Amber", 2, 0), ("Red", 1, 0),
                                   ("Not started", 0, 1)], start=5):
        ws.cell(i, 1, k)
        if k in RAG_HEX:
            ws.cell(i, 1).fill = fills[k]
        ws.cell(i, 2, m)
        ws.cell(i, 3, s)
        ws.cell(i, 4, f"=B{i}+C{i}")
    ws["A10"] = "Total"
    ws["B10"] = "=SUM(B5:B9)"
    ws["C10"] = "=SUM(C5:C9)"
    ws["D10"] = "=SUM(D5:D9)"
    ws["A12"] = "Key"
    ws["A12"].font = Font(bold=True)
    for i, (k, v) in enumerate([("Blue", "Complete and evidenced"), ("Green", "On track"),
                                ("Amber", "At risk of slippage"), ("Red", "Overdue / off track")], start=13):
        ws.cell(i, 1, k).fill = fills[k]
        ws.cell(i, 2, v)
    ws.column_dimensions["A"].width = 16

    # ---- Must Do sheet
    ws = wb.create_sheet("Must Do")
    ws["A1"] = ("Must Do actions – CQC inspection of urgent and emergency care and medical care "
                "(report published 14 February 2024)")
    ws["A1"].font = Font(bold=True, size=12)
    heads = ["Ref", "Must Do (regulation)", "Action", "Lead", "Original completion date",
             "Revised completion date", "Previous RAG (May 2024)", "Current RAG (July 2024)", "Progress / evidence"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(3, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="005EB8")
        cell.alignment = wrap
    s1 = "Urgent and emergency care (NSECH, Cramlington)"
    s2 = "Medical care (including older people's care) – North Tyneside General Hospital"
    md1 = ("MD1: The trust must ensure that patients in the emergency department receive a timely initial "
           "assessment and that early warning scores are recorded and escalated in line with trust policy. "
           "(Regulation 12)")
    md2 = ("MD2: The trust must ensure that all staff in the emergency department complete mandatory training, "
           "including level 3 safeguarding children training. (Regulation 18)")
    md3 = ("MD3: The trust must ensure that mental capacity assessments are completed and recorded when patients "
           "are subject to restrictive practices, including bed rails. (Regulation 11)")
    md4 = ("MD4: The trust must ensure that medicines, including controlled drugs, are stored securely and that "
           "fridge temperatures are monitored daily. (Regulation 12)")
    D = dt.datetime
    layout = [
        (4, "section", s1),
        (5, "MD1.1", md1, "Introduce a dedicated triage nurse rota so that every ambulance arrival is assessed "
                          "within 15 minutes.", "Associate Director of Nursing (Urgent Care)",
         D(2024, 4, 30), None, "Green", "Blue", "Rota live since 2 April 2024; audit shows 94% within 15 minutes."),
        (6, "MD1.2", None, "Audit NEWS2 recording and escalation weekly and feed results back at departmental "
                           "safety huddles.", "ED Matron / Clinical Director for Emergency Medicine",
         D(2024, 5, 31), D(2024, 8, 31), "Amber", "Amber", "Weekly audit in place; escalation compliance 78%."),
        (7, "MD2.1", md2, "Release protected time for ED nursing staff to complete level 3 safeguarding children "
                          "training, tracked through the ESR compliance report.",
         "Divisional Director of Nursing (Emergency Care)", D(2024, 6, 30), D(2024, 9, 30), "Red", "Amber",
         "Compliance 81% against 90% target."),
        (8, "section", s2),
        (9, "MD3.1", md3, "Update the bed rails risk assessment in the electronic patient record so that it prompts "
                          "a mental capacity assessment where the patient may lack capacity.",
         "Chief Clinical Information Officer", D(2024, 3, 31), None, "Blue", "Blue",
         "Change released 25 March 2024."),
        (10, "MD3.2", None, "Deliver MCA and DoLS training sessions on each medical ward, targeting 90% "
                            "compliance.", "Named Nurse for Adult Safeguarding; Ward Managers (Medicine)",
         D(2024, 7, 31), None, "Amber", "Green", "Sessions delivered on 9 of 11 wards."),
        (11, "MD4.1", md4, "Install remote temperature monitoring on all medicines fridges on medical wards, with "
                           "alerts to pharmacy.", "Chief Pharmacist", D(2024, 9, 30), None, "Green", "Red",
         "Supplier delay – installation now expected October; revised date to be agreed at Quality and Safety "
         "Committee."),
    ]
    leads = {
        "Associate Director of Nursing (Urgent Care)": ["Associate Director of Nursing (Urgent Care)"],
        "ED Matron / Clinical Director for Emergency Medicine": ["ED Matron", "Clinical Director for Emergency Medicine"],
        "Divisional Director of Nursing (Emergency Care)": ["Divisional Director of Nursing (Emergency Care)"],
        "Chief Clinical Information Officer": ["Chief Clinical Information Officer"],
        "Named Nurse for Adult Safeguarding; Ward Managers (Medicine)": ["Named Nurse for Adult Safeguarding",
                                                                        "Ward Managers (Medicine)"],
        "Chief Pharmacist": ["Chief Pharmacist"],
    }
    exp = []
    section = None
    must = None
    for r in layout:
        rn = r[0]
        if r[1] == "section":
            section = r[2]
            ws.cell(rn, 1, r[2]).font = Font(bold=True)
            for c in range(1, 10):
                ws.cell(rn, c).fill = PatternFill("solid", fgColor="DCE6F1")
            ws.merge_cells(start_row=rn, start_column=1, end_row=rn, end_column=9)
            continue
        _, ref, mtext, action, lead, orig, rev, prev, cur, prog = r
        if mtext:
            must = mtext
        vals = [ref, mtext, action, lead, orig, rev, prev, None, prog]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(rn, c)
            if v is not None:
                cell.value = v
            cell.alignment = wrap
            cell.border = box
            if isinstance(v, dt.datetime):
                cell.number_format = "mmm-yy"
        ws.cell(rn, 7).fill = fills[prev]
        ws.cell(rn, 8).fill = fills[cur]   # current RAG by colour only
        end = (rev or orig).strftime("%Y-%m")
        exp.append(A(ref, [section, must], action, leads[lead], end, cur.lower()))
    ws.merge_cells("B5:B6")
    ws.merge_cells("B9:B10")
    ws["A13"] = "Note: Current RAG is shown by cell colour – see key on the Summary sheet."
    ws["A13"].font = Font(italic=True)
    for col, w in zip("ABCDEFGHI", [8, 42, 46, 30, 13, 13, 12, 12, 40]):
        ws.column_dimensions[col].width = w

    # ---- Should Do sheet
    ws = wb.create_sheet("Should Do")
    ws["A1"] = "Should Do actions"
    ws["A1"].font = Font(bold=True, size=12)
    heads = ["Ref", "Core service", "Should Do", "Action", "Lead", "Completion date", "Status", "Comments"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(3, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="005EB8")
    uec = "Urgent and emergency care"
    med = "Medical care (including older people's care)"
    sd = [
        ("SD1", uec, "The trust should ensure that the paediatric waiting area in the emergency department is "
                     "separate from the adult waiting area.",
         "Reconfigure the ED waiting area to create a separate paediatric zone with its own visual and audio "
         "screening.", "Estates Project Manager", D(2024, 10, 31), "On track", "Works scheduled for September.",
         ("2024-10", None), "green"),
        ("SD2", uec, "The trust should ensure that patients’ pain is reassessed after analgesia is given.",
         "Add a pain reassessment prompt to the ED observation chart and include it in the monthly nursing "
         "documentation audit.", "ED Matron", D(2024, 6, 30), "Complete", "Prompt live; June audit 92%.",
         ("2024-06", None), "blue"),
        ("SD3", med, "The trust should ensure that discharge summaries are sent to GPs within 24 hours.",
         "Report discharge summary timeliness by ward each week and escalate wards below 90% to the Care Group "
         "Director.", "Care Group Director (Medicine)", "Ongoing", "On track", "Weekly report in place.",
         (None, "Ongoing"), "green"),
        ("SD4", med, "The trust should continue to recruit to registered nurse vacancies on medical wards.",
         "Run two international recruitment cohorts and a local newly qualified nurse recruitment event.",
         "Deputy Director of Nursing (Workforce)", D(2025, 3, 31), "Not started", "First cohort planned for "
         "autumn.", ("2025-03", None), "unrated"),
    ]
    for i, (ref, core, should, action, lead, when, status, comment, (e, et), st) in enumerate(sd, start=4):
        for c, v in enumerate([ref, core, should, action, lead, when, status, comment], 1):
            cell = ws.cell(i, c, v)
            cell.alignment = wrap
            cell.border = box
            if isinstance(v, dt.datetime):
                cell.number_format = "mmm-yy"
        exp.append(A(ref, [core, should], action, [lead], e, st, et))
    for col, w in zip("ABCDEFGH", [6, 24, 42, 46, 28, 13, 12, 30]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, name))

    write_expected(
        name,
        source="Imitates an acute NHS foundation trust's CQC must-do/should-do action plan appended to a Quality "
               "and Safety Committee report (Northumbria Healthcare NHSFT, urgent and emergency care and medical "
               "care inspection reported February 2024, July 2024 update; no URL found). Copied features: summary "
               "sheet with counts by BRAG and a colour key, a Must Do sheet with core-service rows merged across, "
               "the must-do text with its regulation merged down over its actions, original and revised completion "
               "dates (mmm-yy), a previous RAG in words and colour and a current RAG shown by fill colour only, "
               "a note line, and a Should Do sheet with core service and should-do per row and status words.",
        reads="An Excel CQC action plan: six Must Do actions under two core services and four Should Do actions. "
              "Where a revised completion date is given it is the end; the current RAG is read from the cell "
              "colour; the Summary sheet and the note line are not actions.",
        title=title, actions=exp)


# ============================================================================ 5. GP csv
def make_probus():
    name = "kz1-probus-surgery-cqc-inspection-action-plan.csv"
    title = "Probus Surgery – CQC Inspection Action Plan"
    r12 = "Regulation 12 – Safe care and treatment"
    r17 = "Regulation 17 – Good governance"
    sh = "Areas the practice should improve"
    f1 = ("The provider must ensure that patients prescribed high-risk medicines are monitored in line with "
          "national guidance.")
    f2 = "The provider must ensure that emergency medicines and equipment are checked and fit for use."
    f3 = ("The provider must establish effective systems to monitor staff training, including safeguarding and "
          "infection prevention and control.")
    f4 = "The provider should continue to improve uptake of cervical screening."
    f5 = ("The provider should review how complaints are recorded so that verbal complaints and learning are "
          "captured.")
    rows = [
        [title, "", "", "", "", ""],
        ["Inspection 14 May 2024 (report published 2 July 2024) – rated Requires improvement for Safe and "
         "Well-led", "", "", "", "", ""],
        ["Reviewed at practice meeting 9 October 2024", "", "", "", "", ""],
        ["", "", "", "", "", ""],
        ["Ref", "Finding / requirement", "Action", "Who", "By when", "Status"],
        [r12, "", "", "", "", ""],
    ]
    exp = []

    def act(ref, finding, action, who, when, status, under, lead, e, st, et=None):
        rows.append([ref, finding, action, who, when, status])
        exp.append(A(ref, under, action, lead, e, st, et))

    a = ("Run monthly searches for patients on DMARDs and lithium and recall anyone overdue blood tests.")
    act("1", f1, a, "Clinical Pharmacist", "31/07/2024", "Completed", [r12, f1], ["Clinical Pharmacist"],
        "2024-07", "blue")
    a = ("Review all patient safety alerts received since January 2023, record the action taken and add a "
         "standing item to the clinical meeting.")
    act("2", "", a, "Dr K Hollis / Practice Manager", "31/08/2024", "Completed", [r12, f1],
        ["Dr K Hollis", "Practice Manager"], "2024-08", "blue")
    a = "Introduce a weekly checklist for the emergency trolley and oxygen.\nLead Nurse to spot-check monthly."
    act("3", f2, a, "Lead Nurse", "End of June 2024", "Completed", [r12, f2], ["Lead Nurse"], "2024-06", "blue")
    rows.append([r17, "", "", "", "", ""])
    a = "Set up a training matrix on TeamNet and chase overdue modules at monthly staff meetings."
    act("4", f3, a, "PM & Reception Lead", "30/09/2024", "On track", [r17, f3], ["PM", "Reception Lead"],
        "2024-09", "green")
    a = "Carry out a documented infection prevention and control audit and act on the findings."
    act("5", "", a, "Lead Nurse", "Sept 2024", "On track", [r17, f3], ["Lead Nurse"], "2024-09", "green")
    rows.append([sh, "", "", "", "", ""])
    a = ("Offer Saturday morning smear clinics through the PCN extended access service, and send text reminders "
         "to non-responders.")
    act("6", f4, a, "Nursing team", "Monthly", "On track", [sh, f4], ["Nursing team"], None, "green", "Monthly")
    a = "Add verbal complaints to the complaints log and review themes quarterly at the partners' meeting."
    act("7", f5, a, "GP partners", "31/12/2024", "Not started", [sh, f5], ["GP partners"], "2024-12", "unrated")
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)

    write_expected(
        name,
        source="Imitates a small GP practice's action plan after a CQC inspection rated it requires improvement "
               "for safe and well-led, kept in Excel and saved as CSV (Probus Surgery, Cornwall; inspection May "
               "2024; no URL found). Copied features: title, inspection and review lines padded with commas, a "
               "header row, regulation breached as a section row, the CQC requirement given on the first action "
               "row only, a separate 'should improve' section, plain numeric refs, named GP and posts as leads, "
               "UK dates and words in 'By when', an Alt+Enter line break inside one action, status words.",
        reads="A CSV action plan with seven numbered actions under two breached regulations and an 'areas the "
              "practice should improve' section; each CQC finding is stated on the first of its actions and "
              "applies to the blank-finding rows below it. Status words give Completed (blue), On track (green) "
              "and Not started.",
        title=title, actions=exp)


# ============================================================================ 6. mental health docx
def make_priory():
    name = "kz1-priory-hospital-roehampton-cqc-mental-health-must-should-do-action-plan.docx"
    title = "The Priory Hospital Roehampton: CQC Action Plan (Must Do and Should Do)"
    doc = Document()
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Inspection: 23–25 January 2024 (unannounced, comprehensive). Report published 10 April "
                      "2024. Provider: Priory Healthcare Limited.")
    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Owner", "Approved by"]):
        set_cell(c, h, bold=True)
    for row in [("0.1", "15/04/2024", "Quality and Compliance Lead", "Draft"),
                ("1.0", "02/05/2024", "Hospital Director", "Clinical Governance Committee"),
                ("1.1", "04/07/2024", "Hospital Director", "Clinical Governance Committee")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)
    doc.add_paragraph("BRAG: Blue – completed and embedded; Green – on track; Amber – risk to delivery; "
                      "Red – overdue.")

    sec1 = "1. Acute wards for adults of working age and psychiatric intensive care units"
    sec2 = "2. Child and adolescent mental health wards"
    sec3 = "3. Specialist eating disorder services"
    md1 = ("MD1: The provider must ensure that ligature risk assessments for Upper Court and Lower Court wards are "
           "reviewed regularly and that identified risks are mitigated. (Regulation 12)")
    sd1 = "SD1: The provider should ensure that staff record patients’ involvement in their care plans."
    md2 = ("MD2: The provider must ensure that staffing levels on the Adolescent Unit meet the assessed needs of "
           "young people, including when observation levels increase. (Regulation 18)")
    md3 = ("MD3: The provider must ensure that young people’s physical health observations are carried out after "
           "rapid tranquillisation in line with NICE guidance. (Regulation 12)")
    sd2 = ("SD2: The provider should ensure that patients have access to psychological therapies in line with "
           "their care plans.")
    sections = [
        (sec1, [
            (md1, [("1.1", "Complete a full environmental ligature audit of both wards with the Estates team and "
                           "update the ligature heat maps.", "Hospital Director / Head of Estates (London)",
                    "29/02/2024", "Blue", ["Hospital Director", "Head of Estates (London)"], "2024-02", None),
                   ("1.2", "Replace the remaining non-anti-ligature door handles and bathroom fittings identified "
                           "in the audit.", "Head of Estates (London)",
                    "30 June 2024 (revised from 30 April 2024)", "Amber", ["Head of Estates (London)"],
                    "2024-06", None)]),
            (sd1, [("1.3", "Add a patient voice section to the care plan template and audit ten care plans per "
                           "ward each month.", "Director of Clinical Services", "31 May 2024", "Green",
                    ["Director of Clinical Services"], "2024-05", None)]),
        ]),
        (sec2, [
            (md2, [("2.1", "Recruit to 6 WTE registered nurse vacancies and agree a block booking arrangement with "
                           "a preferred agency in the interim.", "Hospital Director", "End of September 2024",
                    "Amber", ["Hospital Director"], "2024-09", None),
                   ("2.2", "Introduce a daily safer staffing huddle that reviews observation levels and escalates "
                           "shortfalls to the on-call manager.", "Ward Manager (Adolescent Unit)", "04/03/2024",
                    "Blue", ["Ward Manager (Adolescent Unit)"], "2024-03", None)]),
            (md3, [("2.3", "Deliver rapid tranquillisation refresher training to all nursing staff and add post-RT "
                           "observations to the weekly clinical audit.",
                    "Consultant Psychiatrist (CAMHS) and Lead Nurse", "April 2024", "Green",
                    ["Consultant Psychiatrist (CAMHS)", "Lead Nurse"], "2024-04", None)]),
        ]),
        (sec3, [
            (sd2, [("3.1", "Appoint a second clinical psychologist to the eating disorder service.",
                    "Director of Clinical Services", "Q3 2024/25", "Red", ["Director of Clinical Services"],
                    "2024-12", "Q3 2024/25"),
                   ("3.2", "Review the group therapy timetable so that every patient is offered at least two "
                           "psychology-led groups a week.", "Lead Psychologist", "Ongoing", "Green",
                    ["Lead Psychologist"], None, "Ongoing")]),
        ]),
    ]
    exp = []
    for sec, reqs in sections:
        doc.add_heading(sec, level=1)
        t = doc.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["No.", "Action", "Responsible", "Completion date", "BRAG"]):
            set_cell(c, h, bold=True)
            shade(c, "C6D9F1")
        for req, acts in reqs:
            cells = t.add_row().cells
            m = cells[0].merge(cells[4])
            set_cell(m, req, bold=True)
            shade(m, "F2F2F2")
            for ref, action, resp, when, brag, lead, e, et in acts:
                cells = t.add_row().cells
                for c, v in zip(cells, [ref, action, resp, when, brag]):
                    set_cell(c, v)
                shade(cells[4], RAG_HEX[brag])
                exp.append(A(ref, [sec, req], action, lead, e, brag.lower(), et))
        doc.add_paragraph("")
    doc.add_paragraph("Next review: Clinical Governance Committee, September 2024.")
    doc.save(os.path.join(HERE, name))

    write_expected(
        name,
        source="Imitates an independent mental health hospital's CQC must-do/should-do action plan (The Priory "
               "Hospital Roehampton, Priory Healthcare; comprehensive inspection January 2024, report April 2024, "
               "July 2024 version; no URL found). Copied features: title, inspection line, document-control table, "
               "a BRAG key sentence, one table per core service under a numbered Heading 1, each MD/SD requirement "
               "with its regulation as a full-width merged shaded row above its numbered actions, responsible "
               "posts joined by '/' or 'and', dates in several forms (including a revised date noted in the cell "
               "and a financial-year quarter), BRAG words with matching fill, and a next-review line.",
        reads="A Word CQC action plan for three core services: three must-dos and two should-dos, each heading "
              "its own numbered actions (eight actions in all) with responsible person, completion date and BRAG "
              "word. The document-control table, key sentence and next-review line are not actions.",
        title=title, actions=exp)


# ============================================================================ 7. national body xlsx
def make_ukho():
    name = "kz1-uk-hydrographic-office-arac-internal-audit-recommendations-tracker.xlsx"
    title = "UK Hydrographic Office – Internal Audit Recommendations Tracker"
    wb = Workbook()
    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    fills = {k: PatternFill("solid", fgColor=v) for k, v in RAG_HEX.items()}
    D = dt.datetime

    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit and Risk Assurance Committee – 18 September 2025 (position at 31 August 2025)"
    ws["A4"] = "Open recommendations by priority"
    ws["A4"].font = Font(bold=True)
    for i, (p, n) in enumerate([("High", 2), ("Medium", 3), ("Low", 1)], start=5):
        ws.cell(i, 1, p)
        ws.cell(i, 2, n)
    ws["A8"] = "Total"
    ws["B8"] = "=SUM(B5:B7)"
    ws["A10"] = "Closed since last ARAC"
    ws["B10"] = 2
    ws["A12"] = "RAG key"
    ws["A12"].font = Font(bold=True)
    for i, (k, v) in enumerate([("B", "Implemented – awaiting GIAA verification"),
                                ("G", "On track to meet target date"),
                                ("A", "At risk of missing target date"),
                                ("R", "Target date missed")], start=13):
        ws.cell(i, 1, k).fill = fills[k]
        ws.cell(i, 2, v)
    ws.column_dimensions["A"].width = 34

    # ---- Open
    ws = wb.create_sheet("Open")
    ws["A1"] = "Open internal audit recommendations (GIAA) – position at 31 August 2025"
    ws["A1"].font = Font(bold=True, size=12)
    heads = ["Ref", "Audit (assurance opinion)", "Priority", "Recommendation", "Agreed management action",
             "Action owner", "Original target date", "Revised target date", "RAG", "Update (August 2025)"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(3, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="002F5F")
        cell.alignment = wrap
    au1 = "Cyber Security: Vulnerability Management (2024-25) – Limited"
    au2 = "Contract Management (2024-25) – Moderate"
    au3 = "Business Continuity (2025-26) – Moderate"
    open_rows = [
        ("2425-03.1", au1, "High",
         "Define and enforce patching timescales for critical and high-severity vulnerabilities across all UKHO "
         "systems.",
         "Publish a vulnerability management standard setting 14-day and 30-day patching targets, approved by the "
         "Security Board.", "Chief Information Security Officer", D(2025, 3, 31), D(2025, 6, 30), "B",
         "Standard approved 24 June 2025; evidence sent to GIAA.", ["Chief Information Security Officer"],
         "2025-06", "blue"),
        ("2425-03.2", None, "High",
         "Maintain a complete and accurate inventory of hardware and software assets.",
         "Deploy automated asset discovery and reconcile the CMDB with the discovery output monthly.",
         "Head of IT Operations / CISO", D(2025, 6, 30), D(2025, 10, 31), "A",
         "Discovery tool deployed; reconciliation backlog of c. 400 items.", ["Head of IT Operations", "CISO"],
         "2025-10", "amber"),
        ("2425-03.3", None, "Medium",
         "Report vulnerability metrics to the Executive Board.",
         "Add patching compliance and overdue critical vulnerabilities to the quarterly Executive Board "
         "performance pack.", "Chief Information Officer", D(2025, 9, 30), None, "G",
         "Metrics drafted for Q2 pack.", ["Chief Information Officer"], "2025-09", "green"),
        ("2425-06.1", au2, "Medium",
         "Ensure that every contract over £100k has a named contract manager and a contract management plan.",
         "Assign contract managers for all Tier 1 and Tier 2 contracts and record them in the contract register.",
         "Commercial Director", D(2025, 4, 30), D(2025, 7, 31), "R",
         "14 of 23 contracts have a named manager; plans outstanding.", ["Commercial Director"], "2025-07", "red"),
        ("2425-06.2", None, "Low",
         "Update the contract management guidance to reflect the Procurement Act 2023.",
         "Refresh the contract management guidance and deliver training to contract managers.\nRecord attendance "
         "in the learning management system.", "Head of Commercial Policy and Assurance", D(2025, 12, 31), None,
         "G", "Guidance in draft.", ["Head of Commercial Policy and Assurance"], "2025-12", "green"),
        ("2526-01.1", au3, "Medium",
         "Test the business continuity plans for critical services at least annually.",
         "Run a desk-top exercise for the loss of the Taunton data centre and record lessons learned.",
         "Head of Resilience", D(2025, 11, 30), None, None, "Not yet due; exercise being scoped.",
         ["Head of Resilience"], "2025-11", "unrated"),
    ]
    exp = []
    audit = None
    for i, r in enumerate(open_rows, start=4):
        ref, au, pri, rec, act, owner, orig, rev, rag, upd, lead, e, st = r
        if au:
            audit = au
        for c, v in enumerate([ref, au, pri, rec, act, owner, orig, rev, rag, upd], 1):
            cell = ws.cell(i, c)
            if v is not None:
                cell.value = v
            cell.alignment = wrap
            cell.border = box
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        if rag:
            ws.cell(i, 9).fill = fills[rag]
        exp.append(A(ref, [audit, rec], act, lead, e, st))
    ws.merge_cells("B4:B6")
    ws.merge_cells("B7:B8")
    ws["A11"] = "Total open recommendations: 6"
    ws["A12"] = "Of which past original target date: 3"
    for col, w in zip("ABCDEFGHIJ", [11, 28, 9, 40, 46, 26, 12, 12, 6, 36]):
        ws.column_dimensions[col].width = w

    # ---- Closed
    ws = wb.create_sheet("Closed")
    ws["A1"] = "Recommendations closed since the last ARAC (verified by GIAA)"
    ws["A1"].font = Font(bold=True, size=12)
    heads = ["Ref", "Audit (assurance opinion)", "Priority", "Recommendation", "Agreed management action",
             "Action owner", "Target date", "Status"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(3, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="002F5F")
    closed = [
        ("2324-09.2", "Payroll and Expenses (2023-24) – Substantial", "Low",
         "Remind budget holders to approve expense claims within ten working days.",
         "Issue a reminder through the intranet and add the ten-day standard to the expenses policy.",
         "Finance Director and HR Director", D(2025, 5, 31), "Complete", ["Finance Director", "HR Director"],
         "2025-05"),
        ("2425-01.4", "Information Management (2024-25) – Moderate", "Medium",
         "Apply retention schedules to the legacy shared drives.",
         "Complete the migration of legacy shared drive content to SharePoint with retention labels applied.",
         "Departmental Records Officer", D(2025, 6, 30), "Complete", ["Departmental Records Officer"], "2025-06"),
    ]
    for i, (ref, au, pri, rec, act, owner, when, status, lead, e) in enumerate(closed, start=4):
        for c, v in enumerate([ref, au, pri, rec, act, owner, when, status], 1):
            cell = ws.cell(i, c, v)
            cell.alignment = wrap
            cell.border = box
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        exp.append(A(ref, [au, rec], act, lead, e, "blue"))
    for col, w in zip("ABCDEFGH", [11, 28, 9, 40, 46, 26, 12, 10]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, name))

    write_expected(
        name,
        source="Imitates a central-government trading fund/executive agency's internal audit recommendations "
               "tracker as presented to its Audit and Risk Assurance Committee (UK Hydrographic Office, GIAA "
               "audits, ARAC September 2025; no URL found). Copied features: a summary sheet with counts by "
               "priority and a B/G/A/R key in which Blue means implemented awaiting verification, an Open sheet "
               "with the audit title and assurance opinion merged down over its recommendations, priority, the "
               "recommendation beside the agreed management action, original and revised target dates, fill-"
               "coloured RAG letters (one not yet rated), totals lines, and a Closed sheet of recommendations "
               "closed since the last committee.",
        reads="An Excel audit tracker: six open agreed actions from three GIAA audits on the Open sheet and two "
              "closed ones on the Closed sheet, each answering the recommendation in its row. The end is the "
              "revised target date where one is given; summary and totals rows are not actions.",
        title=title, actions=exp)


if __name__ == "__main__":
    make_mounts_bay()
    make_totton()
    make_ucem()
    make_northumbria()
    make_probus()
    make_priory()
    make_ukho()
    print("done")
