"""Build the seven hz1- blind cases (set heldout268) and their expected readings.

Run with /work/main/.venv/bin/python hz1_make.py from any directory; files are
written beside this script.
"""
import csv
import datetime as dt
import io
import os

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

# colours used as RAG fills
FILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "0070C0",
}


def solid(hex_):
    return PatternFill(fill_type="solid", start_color=hex_, end_color=hex_)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


class Quoted(str):
    """A string written in double quotes (months such as "2024-12")."""


yaml.SafeDumper.add_representer(
    Quoted, lambda d, v: d.represent_scalar("tag:yaml.org,2002:str", str(v), style='"'))


def write_expected(name, exp):
    path = os.path.join(HERE, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(exp, f, sort_keys=False, allow_unicode=True, width=100,
                       default_flow_style=False)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": Quoted(ref) if ref is not None else None, "under": list(under), "action": action,
         "lead": list(lead), "end": Quoted(end) if end is not None else None}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


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


def set_cell(cell, text, bold=False, italic=False, size=None, color=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)


# ===========================================================================
# 1. School – The Duston School, post-Ofsted action plan (xlsx)
# ===========================================================================
def duston():
    name = "hz1-the-duston-school-post-ofsted-action-plan.xlsx"
    title = "The Duston School – Post-Ofsted Action Plan 2024–25"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "The Duston School"
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "Post-Ofsted Action Plan 2024–25"
    cov["A2"].font = Font(bold=True, size=13)
    info = [
        ("Inspection dates", "12 and 13 March 2024"),
        ("Overall effectiveness", "Requires improvement"),
        ("Plan owner", "Headteacher"),
        ("Monitored by", "Local Governing Body – Standards Committee (termly)"),
    ]
    for i, (k, v) in enumerate(info, start=4):
        cov.cell(i, 1, k).font = Font(bold=True)
        cov.cell(i, 2, v)
    cov.cell(9, 1, "Version").font = Font(bold=True)
    cov.cell(9, 2, "Date").font = Font(bold=True)
    cov.cell(9, 3, "Changes").font = Font(bold=True)
    for i, row in enumerate([
        ("v1.0", "22/04/2024", "First draft following publication of the report"),
        ("v1.3", "09/12/2024", "Autumn review – RAG updated"),
        ("v1.4", "28/04/2025", "Spring review – RAG updated"),
    ], start=10):
        for j, v in enumerate(row, start=1):
            cov.cell(i, j, v)
    cov.column_dimensions["A"].width = 24
    cov.column_dimensions["B"].width = 48
    cov.column_dimensions["C"].width = 48

    ws = wb.create_sheet("Action Plan")
    ws.merge_cells("A1:I1")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Key: see the 'RAG Key' sheet. RAG columns are coloured at each termly review."
    ws["A2"].font = Font(italic=True)
    heads = ["Ref", "Action", "Lead(s)", "Success criteria", "Resources / cost", "Timescale",
             "RAG Dec 24", "RAG Apr 25", "Monitoring / evidence (Apr 2025)"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = solid("1F4E3D")
        c.border = BOX
        c.alignment = WRAP

    P1 = "Priority 1: Curriculum – key stage 3 foundation subjects"
    A1 = ("In some foundation subjects, leaders have not identified the important knowledge that "
          "pupils should learn and when. Leaders should ensure that curriculum plans in all subjects "
          "set out precisely what pupils need to know and remember.")
    P2 = "Priority 2: Attendance of disadvantaged pupils"
    A2 = ("Too many disadvantaged pupils are persistently absent from school. Leaders should continue "
          "to strengthen their work with families so that these pupils attend school regularly.")
    P3 = "Priority 3: Personal development – sixth form"
    A3 = ("Students in the sixth form do not receive a well-planned programme of personal, social and "
          "health education. Leaders should ensure that the sixth-form PSHE curriculum is delivered "
          "consistently and prepares students well for life beyond school.")

    # (ref, action, lead cell, success, resources, timescale, dec, apr, evidence, exp lead, end, end_text)
    blocks = [
        (P1, "AFI 1", A1, [
            ("1.1", "Subject leaders in geography, history, RE and computing to rewrite KS3 curriculum "
                    "plans identifying the core knowledge for each unit, using the trust curriculum template.",
             "Mr D Price (DHT Curriculum)", "All KS3 plans published on the school website and shared with staff.",
             "2 x INSET days; trust subject networks", "Autumn term 2024", "green", "blue",
             "All four plans published January 2025.", ["Mr D Price (DHT Curriculum)"], "2024-12", None),
            ("1.2", "Deliver CPD on retrieval practice and low-stakes quizzing so that teachers check pupils "
                    "remember the core knowledge.",
             "LT / ST", "Retrieval starters seen in 90% of KS3 lessons in learning walks.",
             "CPD sessions (directed time)", "Spring term 2025", "green", "green",
             "Learning walks Feb 2025: 84% of lessons.", ["LT", "ST"], "2025-04", None),
            ("1.3", "Curriculum deep dives in each foundation subject by SLT line managers with the trust "
                    "school improvement partner; findings reported to the Standards Committee.",
             "SLT line managers", "Deep dive reports show pupils can recall core knowledge from previous units.",
             "SIP time (3 days)", "Summer term 2025", "amber", "amber",
             "Geography and history complete; RE and computing moved to June.", ["SLT line managers"],
             "2025-07", None),
        ]),
        (P2, "AFI 2", A2, [
            ("2.1", "Appoint a second attendance officer and introduce weekly attendance panels for pupils "
                    "below 90%.",
             "Mrs A Kaur (AHT Inclusion)", "Attendance officer in post; panels minuted weekly.",
             "£26,500 (pupil premium)", "September 2024", "blue", "blue",
             "Appointed 2 September 2024.", ["Mrs A Kaur (AHT Inclusion)"], "2024-09", None),
            ("2.2", "Implement first-day calling and home visits on day 3 of absence for all disadvantaged "
                    "pupils, in line with DfE 'Working together to improve school attendance'.",
             "Attendance Officers", "PA for disadvantaged pupils below 20% by July 2025.",
             "Staff time; mileage", "Ongoing – reviewed half-termly", "amber", "red",
             "PA for disadvantaged pupils rose to 27.4% in spring term.", ["Attendance Officers"], None,
             "Ongoing – reviewed half-termly"),
            ("2.3", "Report PA rates for disadvantaged pupils to every LGB meeting with comparison to national.",
             "Headteacher", "Governors able to challenge attendance using termly data.",
             "None", "Termly", "green", "green",
             "Reported December 2024 and March 2025.", ["Headteacher"], None, "Termly"),
        ]),
        (P3, "AFI 3", A3, [
            ("3.1", "Map the Year 12 and Year 13 tutor-time PSHE programme against the statutory RSHE "
                    "guidance and the Gatsby benchmarks.",
             "Head of Sixth Form", "Programme map approved by SLT.",
             "None", "By 31 October 2024", "blue", "blue",
             "Approved 15 October 2024.", ["Head of Sixth Form"], "2024-10", None),
            ("3.2", "Student voice survey on PSHE provision each term; actions fed back to the sixth-form "
                    "council.",
             "Head of Sixth Form / PSHE Lead", "80% of students rate PSHE as useful.",
             "Survey licence", "July 2025", None, "green",
             "Spring survey: 71% rate PSHE as useful.", ["Head of Sixth Form", "PSHE Lead"], "2025-07", None),
        ]),
    ]

    actions = []
    r = 5
    for prio, afi_label, afi_text, rows in blocks:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        c = ws.cell(r, 1, prio)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = solid("548235")
        r += 1
        ws.cell(r, 1, afi_label).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=9)
        c = ws.cell(r, 2, afi_text)
        c.font = Font(italic=True)
        c.alignment = WRAP
        ws.row_dimensions[r].height = 32
        r += 1
        for (ref, text, lead, succ, res, when, dec, apr, ev, elead, end, end_text) in rows:
            vals = [ref, text, lead, succ, res, when, None, None, ev]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(r, j, v)
                c.alignment = WRAP
                c.border = BOX
            if dec:
                ws.cell(r, 7).fill = solid(FILL[dec])
            if apr:
                ws.cell(r, 8).fill = solid(FILL[apr])
            actions.append(act(ref, [prio, afi_text], text, elead, end, apr or "unrated", end_text))
            r += 1
    r += 1
    ws.cell(r, 1, "Summary at April 2025 review").font = Font(bold=True)
    for k, (lab, n) in enumerate([("Blue (complete)", 3), ("Green", 3), ("Amber", 1), ("Red", 1),
                                  ("Total actions", 8)], start=1):
        ws.cell(r + k, 1, lab)
        ws.cell(r + k, 2, n)
    for col, w in zip("ABCDEFGHI", [7, 52, 22, 36, 22, 18, 10, 10, 36]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    key = wb.create_sheet("RAG Key")
    key["A1"] = "RAG Key"
    key["A1"].font = Font(bold=True, size=13)
    for i, (col, desc) in enumerate([
        ("blue", "Completed – impact evident"),
        ("green", "On track"),
        ("amber", "Started – some slippage or limited impact so far"),
        ("red", "Not on track – urgent attention needed"),
    ], start=3):
        key.cell(i, 1).fill = solid(FILL[col])
        key.cell(i, 2, desc)
    key.column_dimensions["B"].width = 50
    wb.save(os.path.join(HERE, name))

    exp = {
        "source": (
            "Imitates a secondary/all-through school's post-Ofsted action plan (requires improvement, "
            "2024) of the kind academy trusts publish for governors: The Duston School, Northampton, "
            "2024-25. Copies a cover sheet with inspection details and version table, an Action Plan sheet "
            "with a merged title row, priority rows as full-width merged fills, each Ofsted 'area for "
            "improvement' in an AFI row above its actions, termly timescales (Autumn/Spring/Summer term), "
            "two fill-only RAG columns (Dec 24 previous, Apr 25 current), a summary block and a RAG key sheet."),
        "reads": (
            "Three priorities, each with the inspectors' area for improvement quoted under it and two or "
            "three numbered actions with lead, success criteria, timescale and termly RAG colours. The "
            "status is the April 2025 colour; one action has no December colour because it had not been "
            "rated then."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }
    write_expected(name, exp)
    return name, exp


# ===========================================================================
# 2. College – Warwickshire College Group post-inspection action plan (docx)
# ===========================================================================
def wcg():
    name = "hz1-warwickshire-college-group-ofsted-post-inspection-action-plan.docx"
    title = "WCG Post-Inspection Action Plan"
    doc = Document()
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Warwickshire College Group: Ofsted inspection 27 February – 1 March 2024 "
                      "(overall effectiveness: Good)")
    doc.add_heading("Document control", level=2)
    dc = doc.add_table(rows=5, cols=2)
    dc.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("Owner", "Vice Principal Quality and Learner Experience"),
        ("Version", "2.1"),
        ("Date", "14 October 2024"),
        ("Approved by", "Corporation Quality and Standards Committee"),
        ("Next review", "January 2025"),
    ]):
        set_cell(dc.cell(i, 0), k, bold=True)
        set_cell(dc.cell(i, 1), v)
    doc.add_paragraph("")
    doc.add_paragraph(
        "The areas for improvement below are taken from the inspection report. Each is followed by the "
        "actions we have agreed, who is responsible, by when, and progress at the October 2024 review. "
        "RAG: Complete / Green – on track / Amber – at risk / Red – off track.")

    sections = [
        ("1. Quality of education", [
            ("AFI 1 – Teachers of English and mathematics on 16 to 19 study programmes should use "
             "assessment more effectively to identify and close gaps in learners’ knowledge.", [
                ("1.1", "Introduce diagnostic assessment in the first three weeks of term for all GCSE resit "
                        "and functional skills learners, with results used to set individual learning targets.",
                 "Head of English and Maths", "September 2024",
                 "Diagnostics completed for 2,140 learners; targets recorded on ProMonitor.", "Complete",
                 ["Head of English and Maths"], "2024-09", None, "blue"),
                ("1.2", "Run a programme of teaching and learning coaching for English and maths teachers "
                        "focused on checking understanding and re-teaching.",
                 "Teaching and Learning Coaches", "December 2024",
                 "14 of 22 teachers coached to date.", "Green",
                 ["Teaching and Learning Coaches"], "2024-12", None, "green"),
                ("1.3", "Quality walks and work scrutiny each half term to check that feedback identifies "
                        "gaps and that learners act on it.",
                 "Director of Quality / Curriculum Directors", "Half-termly",
                 "First cycle completed October 2024.", "Green",
                 ["Director of Quality", "Curriculum Directors"], None, "Half-termly", "green"),
            ]),
            ("AFI 2 – Leaders should ensure that adult learners on ESOL courses receive feedback that helps "
             "them to improve the accuracy of their written English.", [
                ("2.1", "Revise the ESOL marking policy so that teachers use consistent correction codes and "
                        "learners redraft their written work.",
                 "Head of ESOL", "April 2024, revised to July 2024",
                 "Policy approved June 2024; in use from July.", "Complete",
                 ["Head of ESOL"], "2024-07", None, "blue"),
                ("2.2", "Sample learners’ written work termly and moderate feedback across the Leamington, "
                        "Rugby and Moreton Morrell centres.",
                 "ESOL Curriculum Manager; Quality Manager (Adults)", "Termly",
                 "Autumn sample scheduled for November.", "Amber",
                 ["ESOL Curriculum Manager", "Quality Manager (Adults)"], None, "Termly", "amber"),
            ]),
        ]),
        ("2. Apprenticeships", [
            ("AFI 3 – Leaders and managers should make sure that employers are involved in planning and "
             "reviewing apprentices’ on- and off-the-job training.", [
                ("3.1", "Hold three-way progress reviews (apprentice, employer, skills coach) every 10 weeks, "
                        "recorded on the e-portfolio.",
                 "Head of Apprenticeships", "31/01/2025",
                 "68% of reviews in date with employer present.", "Amber",
                 ["Head of Apprenticeships"], "2025-01", None, "amber"),
                ("3.2", "Train all skills coaches in co-planning training plans with employers at the start of "
                        "each programme.",
                 "Apprenticeship Quality Lead", "November 2024",
                 "Training postponed owing to staff vacancies.", "Red",
                 ["Apprenticeship Quality Lead"], "2024-11", None, "red"),
                ("3.3", "Publish an employer guide to off-the-job training and review employer feedback each "
                        "quarter.",
                 "Head of Apprenticeships / Employer Engagement Manager", "March 2025",
                 "Guide drafted; employer panel to review.", "Green",
                 ["Head of Apprenticeships", "Employer Engagement Manager"], "2025-03", None, "green"),
            ]),
        ]),
    ]
    heads = ["Ref", "Action", "Responsible", "By when", "Progress (October 2024)", "RAG"]
    actions = []
    for heading, afis in sections:
        doc.add_heading(heading, level=1)
        for afi, rows in afis:
            t = doc.add_table(rows=2 + len(rows), cols=6)
            t.style = "Table Grid"
            m = t.cell(0, 0).merge(t.cell(0, 5))
            set_cell(m, afi, bold=True)
            shade(m, "D9E2F3")
            for j, h in enumerate(heads):
                set_cell(t.cell(1, j), h, bold=True)
                shade(t.cell(1, j), "F2F2F2")
            for i, (ref, text, lead, when, prog, rag, elead, end, end_text, st) in enumerate(rows, start=2):
                for j, v in enumerate([ref, text, lead, when, prog, rag]):
                    set_cell(t.cell(i, j), v)
                actions.append(act(ref, [heading, afi], text, elead, end, st, end_text))
            doc.add_paragraph("")
    doc.add_heading("Sign-off", level=2)
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for j, h in enumerate(["Role", "Signature", "Date"]):
        set_cell(so.cell(0, j), h, bold=True)
    for j, v in enumerate(["Principal and CEO", "Signed", "21 October 2024"]):
        set_cell(so.cell(1, j), v)
    doc.save(os.path.join(HERE, name))

    exp = {
        "source": (
            "Imitates a general FE college group's Ofsted post-inspection action plan (PIAP) as published "
            "with corporation committee papers: Warwickshire College Group (WCG), inspection "
            "February–March 2024, update October 2024. Copies a title, a document-control table, an "
            "explanatory paragraph with the RAG words, key-judgement headings, one Word table per area for "
            "improvement with the AFI text in a shaded merged first row, Ref/Action/Responsible/By when/"
            "Progress/RAG columns, an original-and-revised date in one cell and a sign-off table."),
        "reads": (
            "Two headed sections (Quality of education, Apprenticeships) holding three areas for "
            "improvement, each a table of numbered actions with the responsible post(s), a target date and "
            "a RAG word. Document control and sign-off tables are not part of the plan."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }
    write_expected(name, exp)
    return name, exp


# ===========================================================================
# 3. University – University of Sussex Life Sciences Athena Swan action plan (csv)
# ===========================================================================
def sussex():
    name = "hz1-university-of-sussex-life-sciences-athena-swan-action-plan.csv"
    title = "University of Sussex School of Life Sciences – Athena Swan Silver Action Plan 2023–2028"
    ncol = 9
    rows = []
    pad = lambda *cells: list(cells) + [""] * (ncol - len(cells))
    rows.append(pad(title))
    rows.append(pad("Progress update for the EDI Committee: March 2025"))
    rows.append(pad())
    rows.append(["Ref", "Action", "Rationale", "Success measure", "Responsibility", "Start", "End",
                 "RAG (Mar 2025)", "Progress notes"])
    P1 = "Priority 1: Progression of women from Senior Lecturer to Reader and Professor"
    P2 = "Priority 2: Flexible working and caring responsibilities"
    P3 = "Priority 3: Postgraduate research student experience"
    data = [
        (P1, [
            ("1.1", "Hold an annual promotions workshop for Senior Lecturers, led by recently promoted Readers "
                    "and Professors, with one-to-one CV review.",
             "Women are 58% of Senior Lecturers but 31% of Professors; staff survey shows women less likely "
             "to feel ready to apply.",
             "At least 40% of applicants for Reader/Professor are women by 2026.",
             "Head of School; Athena Swan SAT Chair", "Oct-2023", "Oct-2025", "G",
             "Workshops held Nov 2023 and Nov 2024 (27 attendees).",
             ["Head of School", "Athena Swan SAT Chair"], "2025-10", None, "green"),
            ("1.2", "Introduce a sponsorship scheme pairing women Senior Lecturers with a Professor sponsor for "
                    "12 months.",
             "Focus groups: women report less informal advocacy than men.",
             "Two cohorts completed; 75% of participants apply for promotion within 3 years.",
             "Okafor, Chidi", "Jan-2024", "Jan-2025", "Complete",
             "First cohort of 9 completed; second cohort recruited.",
             ["Okafor, Chidi"], "2025-01", None, "blue"),
            ("1.3", "Monitor promotion outcomes by gender and part-time status and report annually to the School "
                    "Management Team.",
             "No routine monitoring at School level before 2023.",
             "Annual report received by SMT each autumn.",
             "Director of Operations", "Sep-2023", "Annually", "G",
             "2024 report received by SMT on 12 November 2024.",
             ["Director of Operations"], None, "Annually", "green"),
        ]),
        (P2, [
            ("2.1", "Move all School meetings and seminars to core hours (10:00–16:00) and publish the policy in "
                    "the staff handbook.",
             "28% of staff with caring responsibilities said meeting times limited their participation.",
             "100% of School meetings in core hours.",
             "Head of School", "Sep-2023", "Dec-2023", "Complete",
             "Policy in handbook since January 2024.",
             ["Head of School"], "2023-12", None, "blue"),
            ("2.2", "Provide a returning carers' fund of up to £5,000 per person for research support after "
                    "parental or carer leave.",
             "Returners report loss of research momentum after leave.",
             "All eligible returners offered funding; uptake monitored.",
             "Director of Research and Knowledge Exchange", "Apr-2024", "Jul-2025", "A",
             "Only 2 applications so far; scheme to be re-promoted.",
             ["Director of Research and Knowledge Exchange"], "2025-07", None, "amber"),
            ("2.3", "Survey part-time staff on access to workload allocation and career development "
                    "opportunities.",
             "Part-time staff under-represented in survey responses (n=11).",
             "Response rate of 60% or more from part-time staff.",
             "EDI Officer", "Sep-2025", "Dec-2025", "",
             "Not due to start.",
             ["EDI Officer"], "2025-12", None, "unrated"),
        ]),
        (P3, [
            ("3.1", "Ensure every PGR supervisory team has at least one member who has completed unconscious "
                    "bias and inclusive supervision training.",
             "PGR survey: women students rate supervisory support lower than men (3.6 v 4.1).",
             "100% of supervisory teams compliant by July 2025.",
             "Director of Doctoral Studies / PGR Convenors", "Jan-2024", "Jul-2025", "R",
             "Training compliance 48%; reminders sent to all supervisors.",
             ["Director of Doctoral Studies", "PGR Convenors"], "2025-07", None, "red"),
            ("3.2", "Run exit interviews with all PGR students who withdraw, and analyse reasons by gender.",
             "Withdrawal rate for women PGRs 9% against 5% for men (3-year average).",
             "Exit interview completed for at least 80% of withdrawals.",
             "PGR Administrator", "Oct-2024", "Ongoing", "G",
             "3 interviews held since October.",
             ["PGR Administrator"], None, "Ongoing", "green"),
        ]),
    ]
    actions = []
    for prio, items in data:
        rows.append(pad(prio))
        for (ref, text, rat, succ, resp, start, end_cell, rag, notes, elead, end, end_text, st) in items:
            rows.append([ref, text, rat, succ, resp, start, end_cell, rag, notes])
            actions.append(act(ref, [prio], text, elead, end, st, end_text))
    rows.append(pad())
    rows.append(pad("RAG key: G = on track; A = some delay or risk; R = off track; Complete = action "
                    "delivered; blank = not yet started"))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerows(rows)
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())

    exp = {
        "source": (
            "Imitates a university department's Athena Swan (Advance HE) gender equality action plan kept "
            "in Excel and exported to CSV for a progress report: University of Sussex School of Life "
            "Sciences, 2023-2028 plan, March 2025 update. Copies the title lines with trailing empty "
            "fields, Ref/Action/Rationale/Success measure/Responsibility/Start/End columns, priority rows "
            "as single-cell lines, RAG letters with 'Complete' and a blank for not started, a "
            "surname-first lead, and a RAG key line at the end."),
        "reads": (
            "Three priority areas, each followed by two or three numbered actions with rationale, success "
            "measure, who is responsible, a start and an end month, and a RAG letter. The end is the End "
            "column; 'Annually' and 'Ongoing' give no month."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }
    write_expected(name, exp)
    return name, exp


# ===========================================================================
# 4. Hospital – Ashford and St Peter's CQC must-do / should-do (xlsx)
# ===========================================================================
def asph():
    name = "hz1-ashford-st-peters-hospitals-cqc-must-should-do-action-plan.xlsx"
    title = ("Ashford and St Peter's Hospitals NHS Foundation Trust – CQC Inspection Action Plan "
             "(Must Do and Should Do)")
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = ("Inspection: Urgent and emergency care; Medical care (including older people's care) – "
                "14 to 16 November 2023. Report published 5 March 2024.")
    sm["A3"] = "Reporting to: Quality and Performance Committee, 23 July 2024"
    for j, h in enumerate(["Status", "Must Do", "Should Do", "Total"], start=1):
        c = sm.cell(5, j, h)
        c.font = Font(bold=True)
        c.border = BOX
    summary = [("Blue", 2, 1), ("Green", 1, 2), ("Amber", 2, 1), ("Red", 1, 0)]
    for i, (s, m, sd) in enumerate(summary, start=6):
        sm.cell(i, 1, s).fill = solid(FILL[s.lower()])
        sm.cell(i, 2, m)
        sm.cell(i, 3, sd)
        sm.cell(i, 4, m + sd)
    sm.cell(10, 1, "Total").font = Font(bold=True)
    sm.cell(10, 2, 6)
    sm.cell(10, 3, 4)
    sm.cell(10, 4, 10)
    sm.cell(12, 1, "RAG key").font = Font(bold=True)
    for i, (s, d) in enumerate([
        ("Blue", "Complete and evidence assured"),
        ("Green", "On track to deliver by the target date"),
        ("Amber", "At risk of missing the target date"),
        ("Red", "Off track / past the target date"),
    ], start=13):
        sm.cell(i, 1, s).fill = solid(FILL[s.lower()])
        sm.cell(i, 2, d)
    sm.column_dimensions["A"].width = 18
    sm.column_dimensions["B"].width = 40

    # ---- Must Do sheet
    md = wb.create_sheet("Must Do")
    md.merge_cells("A1:J1")
    md["A1"] = "Must Do Actions"
    md["A1"].font = Font(bold=True, size=13)
    md["A2"] = ("Previous RAG = Quality and Performance Committee 28 May 2024; "
                "Current RAG = 23 July 2024")
    md["A2"].font = Font(italic=True)
    heads = ["Ref", "Must do (CQC)", "Regulation", "Action", "Lead(s)", "Original completion date",
             "Revised completion date", "Previous RAG", "Current RAG", "Progress update / evidence"]
    for j, h in enumerate(heads, start=1):
        c = md.cell(3, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = solid("005EB8")
        c.alignment = WRAP
        c.border = BOX

    UEC = "Urgent and emergency care"
    MED = "Medical care (including older people's care)"
    must = [
        (UEC, [
            ("The trust must ensure that patients in the emergency department receive timely assessment of "
             "their risk of deterioration and that observations are repeated in line with the NEWS2 policy.",
             "Regulation 12(1)(2)(a)(b)", [
                ("MD1.1", "Implement electronic NEWS2 observations in ED via Nervecentre with escalation alerts "
                          "to the nurse in charge.",
                 "Chief Nursing Officer / Head of Nursing – Emergency Department",
                 dt.datetime(2024, 5, 31), dt.datetime(2024, 9, 30), "Amber", "Green",
                 "Nervecentre live in majors; resus and paediatric ED go-live 2 September.",
                 ["Chief Nursing Officer", "Head of Nursing – Emergency Department"], "2024-09", "green"),
                ("MD1.2", "Weekly audit of 20 sets of ED observations with results reported to the Unscheduled "
                          "Care Division Governance Board.",
                 "Matron ED", dt.datetime(2024, 4, 30), None, "Green", "Blue",
                 "Compliance above 95% for 10 consecutive weeks; audit moved to monthly.",
                 ["Matron ED"], "2024-04", "blue"),
            ]),
            ("The trust must ensure that there are sufficient numbers of suitably qualified paediatric nurses "
             "on duty in the emergency department at all times.",
             "Regulation 18(1)", [
                ("MD2.1", "Recruit to 6.4 WTE registered children's nurse vacancies in ED through the "
                          "international and newly qualified recruitment programmes.",
                 "Deputy Chief Nurse", dt.datetime(2024, 7, 31), dt.datetime(2024, 12, 31), "Red", "Amber",
                 "3.8 WTE appointed; remaining posts out to advert.",
                 ["Deputy Chief Nurse"], "2024-12", "amber"),
                ("MD2.2", "Until recruitment is complete, ensure that every shift has a PILS-trained nurse and "
                          "that gaps are escalated through SafeCare.",
                 "Head of Nursing – Emergency Department", dt.datetime(2024, 3, 31), None, "Blue", "Blue",
                 "Roster rule in place; 100% of shifts covered since April.",
                 ["Head of Nursing – Emergency Department"], "2024-03", "blue"),
            ]),
        ]),
        (MED, [
            ("The trust must ensure that mental capacity assessments are completed and recorded for patients "
             "who lack capacity to consent to care and treatment.",
             "Regulation 11(1)(3)", [
                ("MD3.1", "Relaunch MCA and DoLS level 2 training for all registered staff on medical wards, "
                          "with a compliance target of 90%.",
                 "Named Nurse for Adult Safeguarding", dt.datetime(2024, 6, 30), dt.datetime(2024, 11, 30),
                 "Amber", "Amber", "Compliance 76% (target 90%).",
                 ["Named Nurse for Adult Safeguarding"], "2024-11", "amber"),
                ("MD3.2", "Add a mandatory MCA prompt to the admission documentation on Cerner and audit "
                          "completion monthly.",
                 "Chief Clinical Information Officer; Deputy Chief Nurse", dt.datetime(2024, 8, 31), None,
                 "Green", "Red", "Cerner change delayed by supplier release; now planned for October.",
                 ["Chief Clinical Information Officer", "Deputy Chief Nurse"], "2024-08", "red"),
            ]),
        ]),
    ]
    actions = []
    r = 4
    for service, mds in must:
        md.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        c = md.cell(r, 1, service)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = solid("003087")
        r += 1
        for finding, reg, rows in mds:
            top = r
            for (ref, text, lead, orig, rev, prev, cur, prog, elead, end, st) in rows:
                md.cell(r, 1, ref)
                md.cell(r, 4, text)
                md.cell(r, 5, lead)
                c = md.cell(r, 6, orig)
                c.number_format = "dd/mm/yyyy"
                if rev is not None:
                    c = md.cell(r, 7, rev)
                    c.number_format = "dd/mm/yyyy"
                c = md.cell(r, 8, prev)
                c.fill = solid(FILL[prev.lower()])
                c = md.cell(r, 9, cur)
                c.fill = solid(FILL[cur.lower()])
                md.cell(r, 10, prog)
                for j in range(1, 11):
                    md.cell(r, j).alignment = WRAP
                    md.cell(r, j).border = BOX
                actions.append(act(ref, [service, finding], text, elead, end, st))
                r += 1
            md.cell(top, 2, finding)
            md.cell(top, 3, reg)
            md.merge_cells(start_row=top, start_column=2, end_row=r - 1, end_column=2)
            md.merge_cells(start_row=top, start_column=3, end_row=r - 1, end_column=3)
    for col, wdt in zip("ABCDEFGHIJ", [8, 44, 16, 46, 30, 14, 14, 11, 11, 40]):
        md.column_dimensions[col].width = wdt
    md.freeze_panes = "A4"

    # ---- Should Do sheet
    sd = wb.create_sheet("Should Do")
    sd.merge_cells("A1:I1")
    sd["A1"] = "Should Do Actions"
    sd["A1"].font = Font(bold=True, size=13)
    heads = ["Ref", "Core service", "Should do (CQC)", "Action", "Lead(s)", "Target date", "Previous RAG",
             "Current RAG", "Progress update"]
    for j, h in enumerate(heads, start=1):
        c = sd.cell(2, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = solid("005EB8")
        c.alignment = WRAP
        c.border = BOX
    should = [
        ("SD1", UEC, "The trust should ensure that patients' pain is assessed and pain relief given in a "
                     "timely way.",
         "Add a pain score to the ED triage template and introduce a patient group direction for analgesia "
         "at triage.", "Clinical Director ED", dt.datetime(2024, 8, 31), "Amber", "Green",
         "PGD approved at Medicines Committee July 2024.", ["Clinical Director ED"], "2024-08", "green"),
        ("SD2", UEC, "The trust should continue to reduce the time patients spend in the department waiting "
                     "for a mental health assessment.",
         "Agree a joint escalation protocol with Surrey and Borders Partnership for patients waiting more "
         "than 12 hours.", "Chief Operating Officer", "Q3 2024/25", "Amber", "Amber",
         "Draft protocol with SABP for sign-off.", ["Chief Operating Officer"], "2024-12", "amber"),
        ("SD3", MED, "The trust should ensure that fridge temperatures are checked and recorded daily on all "
                     "wards.",
         "Roll out electronic temperature monitoring to all ward medicine fridges.", "Chief Pharmacist",
         dt.datetime(2024, 9, 30), "Green", "Blue", "Installed on all 27 wards; alerts to pharmacy.",
         ["Chief Pharmacist"], "2024-09", "blue"),
        ("SD4", MED, "The trust should ensure that discharge summaries are sent to GPs within 24 hours.",
         "Daily discharge summary backlog report to ward consultants and weekly review at the medicine "
         "performance meeting.", "Divisional Medical Director (Medicine)", "Ongoing", "Green", "Green",
         "87% sent within 24 hours in June 2024.", ["Divisional Medical Director (Medicine)"], None, "green"),
    ]
    r = 3
    for (ref, service, finding, text, lead, when, prev, cur, prog, elead, end, st) in should:
        vals = [ref, service, finding, text, lead, when, prev, cur, prog]
        for j, v in enumerate(vals, start=1):
            c = sd.cell(r, j, v)
            c.alignment = WRAP
            c.border = BOX
        if isinstance(when, dt.datetime):
            sd.cell(r, 6).number_format = "dd/mm/yyyy"
        sd.cell(r, 7).fill = solid(FILL[prev.lower()])
        sd.cell(r, 8).fill = solid(FILL[cur.lower()])
        actions.append(act(ref, [service, finding], text, elead, end, st,
                           "Ongoing" if when == "Ongoing" else None))
        r += 1
    for col, wdt in zip("ABCDEFGHI", [7, 24, 44, 46, 28, 13, 11, 11, 40]):
        sd.column_dimensions[col].width = wdt
    wb.save(os.path.join(HERE, name))

    exp = {
        "source": (
            "Imitates an acute NHS trust's CQC inspection action plan reported to a board committee: Ashford "
            "and St Peter's Hospitals NHSFT, urgent and emergency care and medical care inspection November "
            "2023, report March 2024, July 2024 update. Copies a Summary sheet with totals by RAG and a RAG "
            "key, a Must Do sheet with core-service section rows, the CQC must-do text and regulation in "
            "vertically merged cells over their actions, original and revised completion dates, previous "
            "and current RAG as coloured words, and a Should Do sheet with one row per should-do."),
        "reads": (
            "Ten actions: six answering three must-dos (grouped by core service) and four answering "
            "should-dos. Each has lead post(s), an original and sometimes a revised date (the revised one is "
            "the end) and a current RAG; the summary sheet is not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }
    write_expected(name, exp)
    return name, exp


# ===========================================================================
# 5. GP – Holmes Chapel Health Centre PPG action plan (tab-separated txt)
# ===========================================================================
def holmes():
    name = "hz1-holmes-chapel-health-centre-patient-participation-group-action-plan.txt"
    title = "Holmes Chapel Health Centre – Patient Participation Group (PPG) Action Plan 2024/25"
    lines = [
        title,
        "Agreed with the PPG on 21 May 2024. Progress reviewed at the PPG meeting on 19 November 2024.",
        "",
        "\t".join(["No.", "You said", "We will", "Lead", "By when", "Progress (Nov 2024)", "Status"]),
    ]
    S1 = "TELEPHONES AND APPOINTMENTS"
    S2 = "THE WAITING ROOM AND BUILDING"
    S3 = "COMMUNICATION"
    Y1 = "It is too hard to get through on the phone at 8am."
    Y2 = "We would like more appointments outside working hours."
    Y3 = "The check-in screen is hard to use for people with poor eyesight."
    Y4 = "There is nowhere private to speak to reception."
    Y5 = "We don't hear about changes at the practice."
    data = [
        (S1, [
            ("1", Y1, Y1, "Move to a cloud-based telephone system with call-back and queue position messages.",
             "Practice Manager", "July 2024", "New system live 8 July 2024.", "Complete",
             ["Practice Manager"], "2024-07", None, "blue"),
            ("2", "", Y1, "Offer online consultation requests through the NHS App during core hours so fewer "
                          "patients need to phone.",
             "PM / Reception Lead", "Sept 2024", "Live from 2 September; 34% of requests now online.",
             "Complete", ["PM", "Reception Lead"], "2024-09", None, "blue"),
            ("3", Y2, Y2, "Publicise the PCN enhanced access evening and Saturday appointments on the website, "
                          "waiting room screens and repeat prescription slips.",
             "PPG Chair & Practice Manager", "31/10/2024", "Posters up and website updated; slips still to do.",
             "On track", ["PPG Chair", "Practice Manager"], "2024-10", None, "green"),
        ]),
        (S2, [
            ("4", Y3, Y3, "Replace the self check-in screen with a larger model with a high-contrast option.",
             "Practice Manager", "Q4 2024/25", "Quote obtained; awaiting ICB premises funding decision.",
             "Amber", ["Practice Manager"], "2025-03", None, "amber"),
            ("5", Y4, Y4, "Put up a sign offering a quiet room and take patients to a private space when they "
                          "ask at the desk.",
             "Reception Lead", "August 2024", "Sign in place; all reception staff briefed.", "Done",
             ["Reception Lead"], "2024-08", None, "blue"),
        ]),
        (S3, [
            ("6", Y5, Y5, "Publish a quarterly PPG newsletter (print and email) and a 'You said, we did' board "
                          "in reception.",
             "PPG Secretary / Dr Shah", "Quarterly", "", "Not started",
             ["PPG Secretary", "Dr Shah"], None, "Quarterly", "unrated"),
        ]),
    ]
    actions = []
    for sec, items in data:
        lines.append(sec)
        for (no, said_cell, said, text, lead, when, prog, status, elead, end, end_text, st) in items:
            lines.append("\t".join([no, said_cell, text, lead, when, prog, status]))
            actions.append(act(no, [sec, said], text, elead, end, st, end_text))
    lines += [
        "",
        "Status key: Complete/Done = finished; On track = progressing as planned; Amber = delayed; "
        "Not started = not yet begun",
        "Next review: PPG meeting February 2025",
    ]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    exp = {
        "source": (
            "Imitates a GP practice's Patient Participation Group action plan ('You said, we will') as kept "
            "in a spreadsheet and saved as tab-delimited text for the practice website: Holmes Chapel "
            "Health Centre, Cheshire, 2024/25. Copies title and agreement lines, a No./You said/We will/"
            "Lead/By when/Progress/Status header, upper-case theme lines, a continuation row whose 'You "
            "said' is left blank because it answers the row above, a status key and a next-review note."),
        "reads": (
            "Six numbered actions in three themes, each answering a piece of patient feedback (action 2 "
            "answers the same feedback as action 1), with a lead, a target and a status word. "
            "'Quarterly' gives no end month."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }
    write_expected(name, exp)
    return name, exp


# ===========================================================================
# 6. Mental health – AWP CQC MHA monitoring visit provider action statement (docx)
# ===========================================================================
def awp():
    name = ("hz1-avon-wiltshire-mental-health-partnership-cqc-mha-monitoring-visit-"
            "provider-action-statement.docx")
    title = "Provider Action Statement – Mental Health Act Monitoring Visit"
    doc = Document()
    h = doc.add_heading(title, level=1)
    doc.add_paragraph("Care Quality Commission – Mental Health Act 1983 monitoring")
    info = doc.add_table(rows=7, cols=2)
    info.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("Provider", "Avon and Wiltshire Mental Health Partnership NHS Trust"),
        ("Location", "Callington Road Hospital, Bristol"),
        ("Ward visited", "Silver Birch Ward (acute admission, female)"),
        ("Date of visit", "8 October 2024"),
        ("Date of MHA monitoring report", "19 November 2024"),
        ("Provider action statement returned", "17 December 2024"),
        ("Progress updated", "24 March 2025"),
    ]):
        set_cell(info.cell(i, 0), k, bold=True)
        shade(info.cell(i, 0), "E7E6E6")
        set_cell(info.cell(i, 1), v)
    doc.add_paragraph("")
    doc.add_paragraph(
        "Each issue below is quoted from the CQC monitoring report, with the Code of Practice reference. "
        "Progress against the actions is monitored by the Trust’s Mental Health Law Scrutiny Group.")

    heads = ["Ref", "Issue identified (CQC)", "Action", "Responsible", "Completion date", "Status (Mar 2025)"]
    domains = [
        ("Domain 1: Protecting patients’ rights and autonomy", [
            ("Records did not show that patients’ rights under section 132 were repeated at the intervals set "
             "out in their care plans (MHA Code of Practice 4.26).", [
                ("1a", "Add a section 132 rights reminder to the daily ward safety huddle board and record the "
                       "next due date on RiO.",
                 "Ward Manager", "End of November 2024", "Complete", ["Ward Manager"], "2024-11", None, "blue"),
                ("1b", "Monthly audit of rights records by the Mental Health Act Office, with results shared at "
                       "ward business meetings.",
                 "Mental Health Act Administrator", "31/01/2025", "Complete",
                 ["Mental Health Act Administrator"], "2025-01", None, "blue"),
            ]),
            ("Patients told us that they did not know how to contact the independent mental health advocate, "
             "and IMHA posters on the ward were out of date (MHA Code of Practice 6.14).", [
                ("2", "Replace IMHA posters, add IMHA contact details to the ward welcome pack, and invite the "
                      "IMHA to the fortnightly community meeting.",
                 "Modern Matron / IMHA Service Lead", "December 2024", "Complete",
                 ["Modern Matron", "IMHA Service Lead"], "2024-12", None, "blue"),
            ]),
        ]),
        ("Domain 2: Care, support and treatment in hospital", [
            ("Two patients’ T2 certificates did not cover all the medicines being administered, and there was "
             "no record that pharmacy had identified this (MHA Code of Practice 25.71).", [
                ("3a", "Pharmacy to check T2 and T3 certificates against prescription charts at every weekly "
                       "ward visit and flag discrepancies to the responsible clinician.",
                 "Lead Pharmacist, Bristol Inpatients", "Immediate and ongoing", "Green",
                 ["Lead Pharmacist, Bristol Inpatients"], None, "Immediate and ongoing", "green"),
                ("3b", "Responsible clinicians to complete a refresher on the consent to treatment provisions "
                       "at the medical staff CPD session.",
                 "Associate Medical Director", "Q4 2024/25", "Amber",
                 ["Associate Medical Director"], "2025-03", None, "amber"),
            ]),
            ("Section 17 leave forms did not always record the conditions of leave or show that the patient "
             "had been given a copy (MHA Code of Practice 27.19).", [
                ("4", "Introduce the revised Trust section 17 leave form with mandatory fields for conditions "
                      "and confirmation that the patient has been given a copy.",
                 "Head of Mental Health Law; Ward Manager", "31 March 2025", "Amber",
                 ["Head of Mental Health Law", "Ward Manager"], "2025-03", None, "amber"),
            ]),
        ]),
        ("Domain 3: Leaving hospital", [
            ("Care plans for patients entitled to section 117 aftercare did not show that the patient’s views "
             "about their aftercare needs had been sought (MHA Code of Practice 33.10).", [
                ("5", "Add a ‘my aftercare views’ section to the discharge planning template and audit 10 "
                      "discharges each quarter.",
                 "Consultant Psychiatrist", "June 2025", "Not started",
                 ["Consultant Psychiatrist"], "2025-06", None, "unrated"),
            ]),
        ]),
    ]
    actions = []
    for dom, issues in domains:
        n = sum(len(a) for _, a in issues)
        t = doc.add_table(rows=2 + n, cols=6)
        t.style = "Table Grid"
        m = t.cell(0, 0).merge(t.cell(0, 5))
        set_cell(m, dom, bold=True, color="FFFFFF")
        shade(m, "1F3864")
        for j, hd in enumerate(heads):
            set_cell(t.cell(1, j), hd, bold=True)
            shade(t.cell(1, j), "D9D9D9")
        r = 2
        for issue, rows in issues:
            top = r
            for (ref, text, resp, when, status, elead, end, end_text, st) in rows:
                set_cell(t.cell(r, 0), ref)
                set_cell(t.cell(r, 2), text)
                set_cell(t.cell(r, 3), resp)
                set_cell(t.cell(r, 4), when)
                set_cell(t.cell(r, 5), status)
                actions.append(act(ref, [dom, issue], text, elead, end, st, end_text))
                r += 1
            set_cell(t.cell(top, 1), issue)
            if r - 1 > top:
                t.cell(top, 1).merge(t.cell(r - 1, 1))
        doc.add_paragraph("")
    doc.add_paragraph("Signed on behalf of the provider: Director of Nursing and Quality")
    doc.add_paragraph("Date: 24/03/2025")
    doc.save(os.path.join(HERE, name))

    exp = {
        "source": (
            "Imitates the provider action statement a mental health trust returns to CQC after a Mental "
            "Health Act monitoring visit, kept updated for its MHA scrutiny group: Avon and Wiltshire "
            "Mental Health Partnership NHS Trust, Silver Birch Ward, Callington Road Hospital, visit "
            "October 2024, update March 2025. Copies the visit details table, one Word table per MHA "
            "monitoring domain with the domain in a shaded merged first row, the CQC issue (with Code of "
            "Practice reference) in a vertically merged cell beside its actions, lettered refs (1a, 1b), "
            "job titles as responsible persons and a signature line."),
        "reads": (
            "Three domains holding six issues found by the CQC, answered by seven actions with the "
            "responsible post(s), a completion date and a status. The details table and sign-off lines "
            "are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }
    write_expected(name, exp)
    return name, exp


# ===========================================================================
# 7. National body – Valuation Office Agency ICO audit action plan (xlsx, refuse)
# ===========================================================================
def voa():
    name = "hz1-valuation-office-agency-ico-data-protection-audit-action-plan-typo-month-refuse.xlsx"
    title = "Valuation Office Agency – ICO Data Protection Audit: Management Action Plan"
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Audit fieldwork: 15–18 July 2024 | Final report issued: 30 September 2024 | "
                "Overall assurance: Reasonable")
    ws["A3"] = "Update for the Audit and Risk Assurance Committee – February 2025"
    ws["A3"].font = Font(italic=True)
    heads = ["Rec ref", "Scope area", "Priority", "ICO recommendation", "Agreed action", "Action owner",
             "Target date", "Status", "Update (Feb 2025)"]
    for j, hd in enumerate(heads, start=1):
        c = ws.cell(6, j, hd)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = solid("00703C")
        c.alignment = WRAP
        c.border = BOX
    GA = "Governance and accountability"
    TA = "Training and awareness"
    RM = "Records management"
    IS = "Information security"
    RQ = "Requests for personal data"
    rows = [
        ("A4", GA, "High",
         "The VOA should complete its Record of Processing Activities (ROPA) so that it covers all "
         "directorates, and review it at least annually.",
         "Hold ROPA workshops with the remaining directorates, publish the ROPA on the intranet and set an "
         "annual review with information asset owners.",
         "Data Protection Officer", "December 2024", "Complete", "ROPA published 16 December 2024."),
        ("A9", GA, "Medium",
         "The VOA should report data protection KPIs to a senior governance group.",
         "Develop a data protection KPI dashboard for the Information Risk Group, including SAR timeliness "
         "and breach reporting.",
         "Head of Information Assurance", "March 2025", "On track", "Draft dashboard shown to IRG in January."),
        ("B2", TA, "High",
         "The VOA should ensure that all staff complete data protection refresher training annually and that "
         "completion is monitored.",
         "Make annual Responsible for Information training mandatory, with completion reported to directors "
         "monthly.",
         "Head of People Capability; Data Protection Officer", "January 2025", "Complete",
         "Completion 96% at 31 January 2025."),
        ("B6", TA, "Medium",
         "The VOA should provide role-specific training for staff who handle subject access requests.",
         "Commission specialist SAR training for the Customer Correspondence team.",
         "Customer Services Director", "May 2025", "On track", "Supplier selected."),
        ("C3", RM, "High",
         "The VOA should apply its retention schedule to personal data held on legacy network drives.",
         "Run a records clean-up of legacy shared drives against the retention schedule, starting with the "
         "Council Tax valuation shares.",
         "Knowledge and Information Manager", "June 2025", "On track", "3 of 11 shares reviewed."),
        ("C5", RM, "Low",
         "The VOA should track paper files that are moved to off-site storage.",
         "Introduce a file tracking log for paper files moved to off-site storage, with quarterly "
         "reconciliation.",
         "Estates and Facilities Manager", "Septmber 2025", "Not started", ""),
        ("D1", IS, "High",
         "The VOA should ensure that leavers' access to systems is removed on their last working day.",
         "Automate removal of system access on the leaving date through the HR leaver workflow, with a "
         "monthly reconciliation of active accounts.",
         "Chief Information Security Officer", "April 2025", "Amber", "Workflow change awaiting HMRC IT release."),
        ("D4", IS, "Medium",
         "The VOA should monitor compliance with its clear desk policy.",
         "Carry out quarterly clear desk spot checks in all offices and report results to the Information "
         "Risk Group.",
         "Local Information Asset Owners", "Quarterly", "On track", "Q3 checks completed in 14 offices."),
        ("E2", RQ, "Urgent",
         "The VOA should take action to clear the backlog of subject access requests that are beyond the "
         "statutory deadline.",
         "Recruit additional SAR caseworkers and clear the backlog of overdue requests.",
         "Customer Services Director", "March 2025", "Amber", "Backlog down from 212 to 64."),
    ]
    refuse_row = None
    r = 7
    for row in rows:
        for j, v in enumerate(row, start=1):
            c = ws.cell(r, j, v)
            c.alignment = WRAP
            c.border = BOX
        if row[6] == "Septmber 2025":
            refuse_row = r
        r += 1
    r += 1
    ws.cell(r, 1, "Status: Complete / On track / Amber – at risk / Red – off track / Not started")
    ws.cell(r, 1).font = Font(italic=True)
    for col, wdt in zip("ABCDEFGHI", [8, 22, 9, 46, 46, 28, 14, 12, 34]):
        ws.column_dimensions[col].width = wdt

    su = wb.create_sheet("Summary")
    su["A1"] = "Recommendations by priority"
    su["A1"].font = Font(bold=True)
    for i, (p, n, c) in enumerate([("Urgent", 1, 0), ("High", 4, 2), ("Medium", 3, 0), ("Low", 1, 0),
                                   ("Total", 9, 2)], start=3):
        su.cell(i, 1, p)
        su.cell(i, 2, n)
        su.cell(i, 3, c)
    su["B2"] = "Recommendations"
    su["C2"] = "Complete"

    vc = wb.create_sheet("Version control")
    for i, row in enumerate([("Version", "Date", "Author", "Comment"),
                             ("0.1", "14/10/2024", "DPO", "Draft management responses"),
                             ("1.0", "04/11/2024", "DPO", "Agreed by ExCo"),
                             ("1.2", "10/02/2025", "DPO", "Update for ARAC")], start=1):
        for j, v in enumerate(row, start=1):
            vc.cell(i, j, v)
    wb.save(os.path.join(HERE, name))

    assert refuse_row is not None
    exp = {
        "source": (
            "Imitates a government executive agency's management action plan responding to an ICO "
            "consensual data protection audit, as reported to its Audit and Risk Assurance Committee: "
            "Valuation Office Agency, audit July 2024, report September 2024, February 2025 update. Copies "
            "title and audit-details lines, ICO recommendation refs by scope area (A4, B2 ...), ICO priority "
            "ratings (Urgent/High/Medium/Low), recommendation and agreed action side by side, action owners "
            "as job titles, text month target dates, a status key line, and Summary and Version control "
            "sheets."),
        "reads": (
            "Nine ICO recommendations across five scope areas, each with one agreed action, an owner, a "
            "target month and a status. The target date of C5 reads 'Septmber 2025', a mistyped month, so "
            "a careful reader stops and asks before taking the plan in."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_row,
        "title": title,
    }
    write_expected(name, exp)
    return name, exp


if __name__ == "__main__":
    for f in (duston, wcg, sussex, asph, holmes, awp, voa):
        n, e = f()
        print(n, e["outcome"], len(e.get("actions", [])))
