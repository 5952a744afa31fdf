"""Build the seven it1- cases of heldout288 (data files and their expected readings).

Run with /work/main/.venv/bin/python it1_make.py  (needs openpyxl, python-docx, pyyaml).
"""
import csv
import datetime as dt
import json
import os

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE, GREEN, AMBER, RED, GREY = "5B9BD5", "00B050", "FFC000", "FF0000", "D9D9D9"
RAGFILL = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED,
           "Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED, "Complete": BLUE}


# ----------------------------------------------------------------- helpers
def q(s):
    """A YAML double-quoted scalar (JSON string syntax is valid YAML)."""
    return json.dumps(s, ensure_ascii=False)


def write_expected(name, source, reads, outcome, title=None, actions=None,
                   refuse_at=None, accept_refusal=False):
    lines = ["source: >-"]
    lines += ["  " + l for l in source.strip().split("\n")]
    lines.append("reads: >-")
    lines += ["  " + l for l in reads.strip().split("\n")]
    lines.append(f"outcome: {outcome}")
    lines.append(f"accept_refusal: {'true' if accept_refusal else 'false'}")
    if refuse_at is not None:
        lines.append(f"refuse_at: {refuse_at}")
    if title is not None:
        lines.append(f"title: {q(title)}")
    if outcome == "read":
        lines.append("actions:")
        for a in actions:
            lines.append(f"  - ref: {q(a['ref']) if a['ref'] is not None else 'null'}")
            lines.append("    under: [" + ", ".join(q(u) for u in a["under"]) + "]")
            lines.append(f"    action: {q(a['action'])}")
            lines.append("    lead: [" + ", ".join(q(x) for x in a["lead"]) + "]")
            lines.append(f"    end: {q(a['end']) if a['end'] else 'null'}")
            if a.get("end_text"):
                lines.append(f"    end_text: {q(a['end_text'])}")
            lines.append(f"    status: {a['status']}")
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end,
         "status": status}
    if end_text:
        d["end_text"] = end_text
    return d


def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)


def fill(hexfill):
    return PatternFill("solid", start_color=hexfill, end_color=hexfill)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


# ===================================================================== 1
def st_john_fisher():
    name = "it1-st-john-fisher-catholic-high-school-harrogate-csi-inspection-action-plan.docx"
    title = "St John Fisher Catholic High School, Harrogate: CSI Inspection Action Plan 2024–25"
    d = docx.Document()
    d.add_paragraph(title, style="Title")
    d.add_paragraph("Catholic Schools Inspectorate (Section 48) inspection: 5–6 March 2024. "
                    "Report received by governors: 22 April 2024.")
    d.add_paragraph("This plan responds to the section of the report headed ‘What the school "
                    "needs to do to improve’. It is reviewed each half term by the Catholic Life "
                    "and Ethos Committee of the Local Governing Committee (LGC).")

    d.add_heading("Document control", level=2)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Version", "1.4"), ("Date", "10 February 2025"), ("Owner", "Headteacher"),
                 ("Reviewed by", "Catholic Life and Ethos Committee"),
                 ("Next review", "June 2025")]:
        r = t.add_row().cells
        cell_text(r[0], k, bold=True)
        cell_text(r[1], v)

    d.add_heading("Inspection judgements", level=2)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Catholic Life and Mission", "2 – Good"), ("Religious Education", "2 – Good"),
                 ("Collective Worship", "3 – Requires Improvement"),
                 ("Overall effectiveness", "2 – Good")]:
        r = t.add_row().cells
        cell_text(r[0], k, bold=True)
        cell_text(r[1], v)

    d.add_heading("RAG key", level=2)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("B", "Completed"), ("G", "On track"),
                 ("A", "Some delay – being addressed"),
                 ("R", "Not on track – LGC attention needed")]:
        r = t.add_row().cells
        cell_text(r[0], k, bold=True)
        shade(r[0], RAGFILL[k])
        cell_text(r[1], v)

    sections = [
        ("1. Catholic Life and Mission", [
            ("Develop the role of the student chaplaincy team so that pupils take a greater "
             "lead in planning and delivering the school’s outreach and social action.", [
                ("CLM1", "Recruit and commission a student chaplaincy team of at least two "
                 "pupils from each year group, with a Mass of commissioning in the autumn term.",
                 "Lay Chaplain", "Team commissioned at the Mass of the Holy Spirit; 16 pupils "
                 "from Years 7–13.", "Autumn term 2024", "B"),
                ("CLM2", "Hand over planning of the Advent and Lenten charity campaigns to the "
                 "chaplaincy team, with a report to the LGC each term.",
                 "Lay Chaplain / Assistant Headteacher (Personal Development)",
                 "Advent campaign planned and led by pupils; Lent campaign in preparation.",
                 "Spring term 2025", "G"),
                ("CLM3", "Establish a link with the parish St Vincent de Paul conference so that "
                 "pupils take part in at least one community outreach project each term.",
                 "Mrs R Okafor and Mr D Whitley",
                 "First meeting with the parish conference held; projects not yet agreed.",
                 "Summer term 2025", "A"),
            ]),
        ]),
        ("2. Religious Education", [
            ("Ensure that assessment in Key Stage 3 Religious Education gives pupils precise "
             "feedback on how to improve, so that more pupils make strong progress.", [
                ("RE1", "Introduce a common Key Stage 3 assessment framework linked to the "
                 "Religious Education Directory, with two assessed pieces each half term.",
                 "Head of RE", "Framework in use in Years 7 and 8 from September 2024.",
                 "31/10/2024", "B"),
                ("RE2", "Hold joint moderation of Key Stage 3 assessments with RE departments "
                 "in partner schools of the Trust.",
                 "Head of RE", "Autumn moderation completed; spring session booked.",
                 "Termly", "G"),
            ]),
            ("Provide further opportunities for sixth form students to study core Religious "
             "Education beyond the minimum curriculum time.", [
                ("RE3", "Increase core RE in Years 12 and 13 to one hour per week in the "
                 "2025–26 timetable.", "Deputy Headteacher (Curriculum)",
                 "Timetable model drafted; staffing to be confirmed.", "July 2025", "A"),
                ("RE4", "Hold a Year 12 enrichment day on Catholic Social Teaching with the "
                 "Diocese of Leeds Education Service.", "Head of Sixth Form", "",
                 "Summer term 2025", ""),
            ]),
        ]),
        ("3. Collective Worship", [
            ("Improve the quality of form-time prayer so that all pupils take part actively "
             "and can plan and lead worship with confidence.", [
                ("CW1", "Provide training for all form tutors on planning pupil-led prayer, "
                 "using the diocesan collective worship toolkit.", "Lay Chaplain",
                 "INSET session delivered 2 September 2024.", "Autumn term 2024", "B"),
                ("CW2", "Introduce a weekly pupil-led form prayer rota in every tutor group.",
                 "Heads of Year; Foundation Governor (Mrs T Byrne)",
                 "Rota in place in Years 7–10; Year 11 to follow.", "Spring term 2025", "G"),
                ("CW3", "Evaluate form prayer through pupil voice and governor learning walks "
                 "and report the findings to the LGC.",
                 "Assistant Headteacher (Personal Development)",
                 "Pupil voice survey delayed by mocks; rescheduled.", "June 2025", "R"),
            ]),
        ]),
    ]
    ends = {"Autumn term 2024": ("2024-12", "Autumn term 2024"),
            "Spring term 2025": ("2025-04", "Spring term 2025"),
            "Summer term 2025": ("2025-07", "Summer term 2025"),
            "31/10/2024": ("2024-10", None), "Termly": (None, "Termly"),
            "July 2025": ("2025-07", None), "June 2025": ("2025-06", None)}
    leads = {"Lay Chaplain / Assistant Headteacher (Personal Development)":
             ["Lay Chaplain", "Assistant Headteacher (Personal Development)"],
             "Mrs R Okafor and Mr D Whitley": ["Mrs R Okafor", "Mr D Whitley"],
             "Heads of Year; Foundation Governor (Mrs T Byrne)":
             ["Heads of Year", "Foundation Governor (Mrs T Byrne)"]}
    status = {"B": "blue", "G": "green", "A": "amber", "R": "red", "": "unrated"}
    expected = []
    for heading, recs in sections:
        d.add_heading(heading, level=1)
        t = d.add_table(rows=0, cols=6)
        t.style = "Table Grid"
        for rec, rows in recs:
            r = t.add_row().cells
            cell_text(r[0], "What the school needs to do to improve", bold=True)
            shade(r[0], "DEEAF6")
            m = r[1].merge(r[5])
            cell_text(m, rec, bold=True)
            hdr = t.add_row().cells
            for c, h in zip(hdr, ["Ref", "Action", "Lead(s)", "Progress / evidence",
                                  "Timescale", "RAG"]):
                cell_text(c, h, bold=True)
                shade(c, GREY)
            for ref, text, lead, prog, when, rag in rows:
                c = t.add_row().cells
                for cc, v in zip(c, [ref, text, lead, prog, when, rag]):
                    cell_text(cc, v)
                if rag:
                    shade(c[5], RAGFILL[rag])
                e, et = ends[when]
                expected.append(act(ref, [heading, rec], text, leads.get(lead, [lead]), e,
                                    status[rag], et))
        d.add_paragraph("")
    d.add_paragraph("Signed: Mr M Harrington, Headteacher        "
                    "Mrs C Donnelly, Chair of the Local Governing Committee")
    d.save(os.path.join(HERE, name))
    write_expected(
        name,
        source="""St John Fisher Catholic High School, Harrogate (Diocese of Leeds), 2024-25 action plan after a
Catholic Schools Inspectorate section 48 inspection, of the kind Catholic secondary schools publish
or give governors after a CSI report. Copied: title, inspection line, document-control, judgements
and RAG-key tables, one Word table per inspection area under a numbered heading, the 'What the
school needs to do to improve' text in a merged row above its actions, school-term timescales,
RAG letters with fill colour, several leads in one cell and a sign-off line.""",
        reads="""A Word action plan with three numbered areas (Catholic Life and Mission, Religious Education,
Collective Worship); each area's table opens with the inspectors' improvement point in a merged row,
then a header row and the school's numbered actions (CLM1-CW3) with lead, progress, a school-term or
date timescale and a B/G/A/R letter. Document control, judgements and RAG key are not the plan.""",
        outcome="read", title=title, actions=expected)
    return name, len(expected)


# ===================================================================== 2
def cadbury():
    name = "it1-cadbury-sixth-form-college-ofsted-post-inspection-action-plan.xlsx"
    title = "Cadbury Sixth Form College – Ofsted Post-Inspection Action Plan 2024–25"
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    info = [("Inspection dates", "6 to 9 February 2024"), ("Report published", "15 March 2024"),
            ("Overall effectiveness", "Good"), ("Plan owner", "Vice Principal (Curriculum & Quality)"),
            ("Last updated", "3 March 2025 – for Quality & Standards Committee, 18 March 2025")]
    for i, (k, v) in enumerate(info, start=3):
        ws.cell(i, 1, k).font = Font(bold=True)
        ws.cell(i, 2, v)
    ws["A10"] = "Inspection judgements"
    ws["A10"].font = Font(bold=True)
    for i, (k, v) in enumerate([("Quality of education", "Good"),
                                ("Behaviour and attitudes", "Good"),
                                ("Personal development", "Outstanding"),
                                ("Leadership and management", "Good"),
                                ("Education programmes for young people", "Good"),
                                ("Adult learning programmes", "Requires improvement"),
                                ("Provision for learners with high needs", "Good")], start=11):
        ws.cell(i, 1, k).border = BOX
        ws.cell(i, 2, v).border = BOX
    ws["A19"] = "RAG key (fill colour in the RAG column of the PIAP sheet)"
    ws["A19"].font = Font(bold=True)
    for i, (col, txt) in enumerate([(BLUE, "Complete – impact evidenced"),
                                    (GREEN, "On track"),
                                    (AMBER, "Some risk to target date"),
                                    (RED, "Off track"),
                                    (None, "Not yet started")], start=20):
        c = ws.cell(i, 1)
        if col:
            c.fill = fill(col)
        c.border = BOX
        ws.cell(i, 2, txt)
    ws.column_dimensions["A"].width = 42
    ws.column_dimensions["B"].width = 60

    ws = wb.create_sheet("PIAP")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:I1")
    ws["A2"] = ("Areas for improvement are taken from the inspection report section "
                "'What does the provider need to do to improve?'")
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:I2")
    hdr = ["AFI", "What does the provider need to do to improve?", "Ref", "Action", "Lead",
           "Target date", "Revised date", "Progress update – March 2025", "RAG"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F4E78")
        c.alignment = WRAP
        c.border = BOX
    D = dt.datetime
    afis = [
        ("AFI 1", "Leaders should ensure that teachers of adult learners check learners' "
         "understanding routinely, so that gaps in knowledge are identified and addressed "
         "swiftly.", [
            ("1.1", "Deliver a CPD programme on questioning and checking for understanding for "
             "all adult learning staff.", "Head of Adult & Community Learning",
             D(2024, 6, 30), None, "Delivered April–June 2024; 94% attendance.", "Blue"),
            ("1.2", "Make checking for understanding a focus of all learning walks in 2024/25 "
             "and track the findings each term.", "Director of Quality", D(2024, 12, 31),
             D(2025, 4, 30), "Autumn walks done; spring walks moved after staff absence.",
             "Amber"),
            ("1.3", "Introduce a low-stakes quiz at the start of each adult ESOL and Access "
             "session to identify gaps in prior learning.",
             "ESOL and Access Curriculum Manager", D(2025, 1, 31), None,
             "In place on all Access courses; ESOL from February.", "Green"),
        ]),
        ("AFI 2", "Leaders should ensure that students with high needs receive the support set "
         "out in their education, health and care plans in all lessons.", [
            ("2.1", "Share a one-page support profile for every student with an EHCP with all "
             "of their teachers by the end of September each year.",
             "Head of Learning Support", D(2024, 9, 30), None,
             "All 58 profiles shared by 27 September 2024.", "Blue"),
            ("2.2", "Train learning support assistants in subject-specific strategies for "
             "A-level science and mathematics.", "Head of Learning Support / Head of Science",
             D(2025, 3, 31), None, "Two of three sessions delivered.", "Green"),
        ]),
        ("AFI 3", "Leaders and managers should improve the attendance of students on vocational "
         "programmes, particularly in their first year.", [
            ("3.1", "Introduce same-day follow-up calls for any first-year vocational student "
             "absent without a reason.", "Director of Student Services", D(2024, 4, 30), None,
             "In place since April 2024.", "Blue"),
            ("3.2", "Set attendance targets for each vocational course team and review them at "
             "half-termly performance meetings.", "Vice Principal (Curriculum & Quality)",
             "July 2025", None, "Attendance 86% against a 90% target.", "Red"),
        ]),
        ("AFI 4", "Governors should receive more detailed information about the quality of "
         "adult learning programmes so that they can hold leaders to account.", [
            ("4.1", "Add a termly adult learning quality report to the Quality & Standards "
             "Committee agenda.", "Clerk to the Corporation / Head of Adult & Community Learning",
             D(2024, 11, 30), None, "First report received November 2024.", "Blue"),
            ("4.2", "Link a governor to adult learning who takes part in two learning walks "
             "each year.", "Chair of Quality & Standards Committee", D(2025, 6, 30), None,
             "", None),
        ]),
    ]
    leads = {"Head of Learning Support / Head of Science":
             ["Head of Learning Support", "Head of Science"],
             "Clerk to the Corporation / Head of Adult & Community Learning":
             ["Clerk to the Corporation", "Head of Adult & Community Learning"]}
    st = {"Blue": "blue", "Green": "green", "Amber": "amber", "Red": "red", None: "unrated"}
    expected = []
    r = 5
    for afi, text, rows in afis:
        top = r
        for ref, a, lead, tgt, rev, prog, rag in rows:
            ws.cell(r, 3, ref)
            ws.cell(r, 4, a)
            ws.cell(r, 5, lead)
            c = ws.cell(r, 6, tgt)
            if isinstance(tgt, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if rev is not None:
                ws.cell(r, 7, rev).number_format = "dd/mm/yyyy"
            ws.cell(r, 8, prog)
            if rag:
                ws.cell(r, 9).fill = fill(RAGFILL[rag])
            for j in range(1, 10):
                ws.cell(r, j).alignment = WRAP
                ws.cell(r, j).border = BOX
            endd = rev if rev is not None else tgt
            end = endd.strftime("%Y-%m") if isinstance(endd, dt.datetime) else "2025-07"
            expected.append(act(ref, [text], a, leads.get(lead, [lead]), end, st[rag]))
            r += 1
        ws.cell(top, 1, afi)
        ws.cell(top, 2, text)
        if r - 1 > top:
            ws.merge_cells(start_row=top, start_column=1, end_row=r - 1, end_column=1)
            ws.merge_cells(start_row=top, start_column=2, end_row=r - 1, end_column=2)
        ws.cell(top, 1).alignment = WRAP
        ws.cell(top, 2).alignment = WRAP
    r += 1
    ws.cell(r, 1, "Summary").font = Font(bold=True)
    for k, v in [("Complete", 4), ("On track", 2), ("Some risk to target date", 1),
                 ("Off track", 1), ("Not yet started", 1), ("Total actions", 9)]:
        r += 1
        ws.cell(r, 2, k)
        ws.cell(r, 3, v)
    for col, w in zip("ABCDEFGHI", [8, 45, 6, 55, 30, 12, 12, 40, 8]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, name))
    write_expected(
        name,
        source="""Cadbury Sixth Form College (Birmingham), post-inspection action plan after an Ofsted further
education and skills inspection in February 2024, as colleges publish or take to their quality
committee. Copied: cover sheet with inspection details, judgements table and fill-colour RAG key,
a PIAP sheet whose areas for improvement sit in vertically merged cells beside their numbered
actions, job titles as leads, target and revised dates, progress updates, RAG shown only as a fill
colour, and a summary block of counts below the plan.""",
        reads="""A two-sheet workbook: the cover gives the inspection, grades and colour key; the PIAP sheet lists
four Ofsted areas for improvement, each in a merged cell spanning its actions 1.1-4.2, with lead,
target date, a revised date for 1.2, a progress note and a coloured RAG cell (4.2 not started, no
colour). The summary counts under the table are not actions.""",
        outcome="read", title=title, actions=expected)
    return name, len(expected)


# ===================================================================== 3
def seetec():
    name = "it1-seetec-outsourcing-ofsted-apprenticeships-post-inspection-action-plan.csv"
    title = "Seetec Outsourcing Limited - Apprenticeships Post-Inspection Action Plan"
    hdr = ["Theme", "Ref", "Recommendation (Ofsted)", "Action", "Owner", "Original due date",
           "Revised due date", "RAG", "Update"]
    blank = [""] * (len(hdr) - 1)
    rows = [
        [title] + blank,
        ["Ofsted inspection 14-17 May 2024 (report published 20 June 2024). Overall "
         "effectiveness: Requires improvement"] + blank,
        ["Exported from the Quality Improvement Tracker 07/03/2025 - Blue = complete, "
         "Green = on track, Amber = at risk, Red = off track"] + blank,
        [""] * len(hdr),
        hdr,
    ]
    R1 = ("Leaders should ensure that all apprentices receive their entitlement to "
          "off-the-job training and that this is recorded accurately.")
    R2 = ("Leaders should improve the quality of progress reviews so that employers "
          "contribute to planning apprentices' next steps.")
    R3 = ("Leaders should ensure that apprentices who need to achieve English and mathematics "
          "qualifications are well prepared and take their tests promptly.")
    R4 = ("Board members should receive clear information about apprentices' progress so "
          "that they can challenge leaders effectively.")
    T1, T2, T3 = "Quality of education", "English and mathematics", "Leadership and management"
    a21 = ("Redesign the progress review template to include an employer section on next "
           "steps and targets.\nPilot with the Team Leader and Customer Service cohorts "
           "before full roll-out.")
    data = [
        (T1, "R1.1", R1, "Audit off-the-job hours for every apprentice on programme and agree "
         "catch-up plans with employers where hours are behind.",
         "Head of Apprenticeship Delivery", "31/07/2024", "", "Blue",
         "Audit completed for 612 apprentices; 48 catch-up plans agreed.",
         ["Head of Apprenticeship Delivery"], "2024-07", "blue", None),
        ("", "R1.2", "", "Add a monthly off-the-job hours check to each skills coach's caseload "
         "review.", "Regional Delivery Managers", "30/09/2024", "31/01/2025", "Green",
         "Check added in January after the e-portfolio update.",
         ["Regional Delivery Managers"], "2025-01", "green", None),
        ("", "R2.1", R2, a21, "Quality Manager; Head of Employer Engagement", "31/10/2024", "",
         "Blue", "New template live from 1 November 2024.",
         ["Quality Manager", "Head of Employer Engagement"], "2024-10", "blue", None),
        ("", "R2.2", "", "Train all skills coaches in setting SMART targets in reviews, followed "
         "by observation of one review each.", "Teaching and Learning Lead", "31/12/2024",
         "31/03/2025", "Amber", "11 of 34 skills coaches observed to date.",
         ["Teaching and Learning Lead"], "2025-03", "amber", None),
        (T2, "R3.1", R3, "Complete diagnostic assessment within the first four weeks of "
         "programme for all apprentices without a level 2 in English or maths.",
         "Functional Skills Manager", "30/09/2024", "", "Blue",
         "Diagnostics built into onboarding from September 2024.",
         ["Functional Skills Manager"], "2024-09", "blue", None),
        ("", "R3.2", "", "Run fortnightly online functional skills masterclasses and track test "
         "bookings against planned dates.", "Functional Skills Manager / Data and MI Manager",
         "28/02/2025", "", "Red",
         "First-time pass rate in maths 52% against a 70% target; additional tutor recruited.",
         ["Functional Skills Manager", "Data and MI Manager"], "2025-02", "red", None),
        (T3, "R4.1", R4, "Add a quarterly apprenticeship quality dashboard to the Education and "
         "Skills board pack.", "Director of Quality and Compliance", "Q4 2024/25", "", "Green",
         "First dashboard presented at the December 2024 board.",
         ["Director of Quality and Compliance"], "2025-03", "green", "Q4 2024/25"),
        ("", "R4.2", "", "Appoint an independent adviser with apprenticeship expertise to the "
         "board.", "Managing Director, Education and Skills", "TBC", "", "Not started", "",
         ["Managing Director, Education and Skills"], None, "unrated", "TBC"),
    ]
    expected = []
    theme = rec = None
    for (th, ref, rc, a, own, due, rev, rag, upd, lead, end, status, et) in data:
        rows.append([th, ref, rc, a, own, due, rev, rag, upd])
        theme = th or theme
        rec = rc or rec
        expected.append(act(ref, [theme, rec], a, lead, end, status, et))
    rows.append([""] * len(hdr))
    rows.append(["Total actions: 8", "", "", "Blue 3 / Green 2 / Amber 1 / Red 1 / Not started 1"]
                + [""] * 5)
    with open(os.path.join(HERE, name), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)
    write_expected(
        name,
        source="""Seetec Outsourcing Limited, apprenticeships post-inspection action plan after an Ofsted further
education and skills inspection in 2024, as an independent training provider keeps it in a
tracker and exports it to CSV. Copied: title and inspection lines above the header, the RAG key
in a note line, theme and Ofsted recommendation written only on the first row of their group
(filled down by the reader), original and revised due dates, a financial-year quarter and TBC as
due dates, a multi-line action cell, job titles as owners and a totals line at the end.""",
        reads="""A CSV export with three title/note lines, a header row and eight actions R1.1-R4.2 grouped by
theme and by the Ofsted recommendation they answer (both given once and left blank on following
rows), each with owner, original and revised due dates, a RAG word and an update. The last line is
a totals line, not an action.""",
        outcome="read", title=title, actions=expected)
    return name, len(expected)


# ===================================================================== 4
def rotherham():
    name = "it1-the-rotherham-nhsft-cqc-must-should-do-action-plan-typo-month-refuse.xlsx"
    title = "The Rotherham NHS Foundation Trust – CQC Must Do and Should Do Action Plan"
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    for i, (k, v) in enumerate([
            ("Inspection", "Unannounced inspection of Urgent and emergency care and Medical care "
             "(including older people's care), 11–13 March 2025"),
            ("Report published", "18 June 2025"),
            ("Reporting to", "Quality Committee (monthly); Board of Directors (quarterly)"),
            ("Date of update", "22 September 2025"),
            ("Executive owner", "Chief Nurse")], start=3):
        ws.cell(i, 1, k).font = Font(bold=True)
        ws.cell(i, 2, v)
    ws["A10"] = "RAG key"
    ws["A10"].font = Font(bold=True)
    for i, (k, col, v) in enumerate([("Blue", BLUE, "Complete and evidence assured"),
                                     ("Green", GREEN, "On track to deliver by due date"),
                                     ("Amber", AMBER, "Risk to delivery; mitigation in place"),
                                     ("Red", RED, "Off track; escalated to Quality Committee")],
                                    start=11):
        ws.cell(i, 1, k).fill = fill(col)
        ws.cell(i, 2, v)
    ws.column_dimensions["A"].width = 20
    ws.column_dimensions["B"].width = 90

    hdr = ["Ref", "Core service", "Regulation", "CQC finding", "Action", "Executive lead",
           "Operational lead", "Due date", "Evidence of completion", "Previous RAG",
           "Current RAG"]
    must = [
        ("MD1", "Urgent and emergency care", "Reg 12", "The trust must ensure that patients in "
         "the emergency department receive a timely pain assessment and pain relief.",
         "Introduce a nurse-initiated analgesia PGD for triage nurses and audit time to "
         "analgesia monthly.", "Chief Nurse", "Head of Nursing, Urgent Care", "31/08/2025",
         "PGD approved; July audit 78% within 30 minutes.", "Amber", "Green"),
        ("MD2", "Urgent and emergency care", "Reg 12", "The trust must ensure that sepsis "
         "screening is completed and antibiotics given within one hour for patients who screen "
         "positive.", "Relaunch the sepsis screening tool with mandatory fields and weekly "
         "compliance reporting to the divisional governance meeting.", "Medical Director",
         "Sepsis Lead Nurse", "September 2025", "Weekly reports since June; compliance 91%.",
         "Green", "Blue"),
        ("MD3", "Urgent and emergency care", "Reg 17", "The trust must ensure that risks in the "
         "department are recorded on the risk register with clear mitigations.",
         "Review all ED risks with the divisional leadership team and close or update entries "
         "older than 12 months.", "Chief Operating Officer", "Divisional Director, Urgent Care",
         "31/07/2025", "Review completed 24 July 2025.", "Green", "Blue"),
        ("MD4", "Medical care", "Reg 18", "The trust must ensure that there are enough suitably "
         "qualified nursing staff on medical wards, including at night.",
         "Complete the safer nursing care tool establishment review and recruit to the agreed "
         "establishment on wards A5 and A7.", "Chief Nurse", "Deputy Chief Nurse",
         "Decmber 2025", "Establishment review agreed at Board in July; 14 WTE out to advert.",
         "Red", "Amber"),
        ("MD5", "Medical care", "Reg 12", "The trust must ensure that patients' fluid balance "
         "charts are fully completed and acted on.", "Move fluid balance recording to the "
         "electronic observations system and include it in the monthly nursing audit.",
         "Chief Nurse", "Lead Nurse for Patient Safety", "March 2026",
         "Digital build scheduled for January 2026.", "Amber", "Amber"),
    ]
    should = [
        ("SD1", "Urgent and emergency care", "The trust should ensure that children waiting in "
         "the emergency department have a separate waiting area that is observed at all times.",
         "Reconfigure the paediatric waiting area and add CCTV monitoring to the nurses' "
         "station.", "Chief Operating Officer", "Estates Project Manager", "November 2025",
         "", "Green", "Green"),
        ("SD2", "Urgent and emergency care", "The trust should ensure that staff complete "
         "mandatory training in line with trust targets.", "Set team-level compliance "
         "trajectories and release time for training on the staff rota.",
         "Director of Workforce", "ED Matron", "31/10/2025", "Compliance 84% (target 90%).",
         "Amber", "Amber"),
        ("SD3", "Medical care", "The trust should ensure that discharge planning starts on "
         "admission and involves patients and carers.", "Roll out the discharge checklist on "
         "all medical wards and audit its use quarterly.", "Chief Operating Officer",
         "Head of Patient Flow", "Q4 2025/26", "", "", "Green"),
        ("SD4", "Medical care", "The trust should ensure that call bells are within reach of "
         "patients.", "Add call bell position to intentional rounding documentation.",
         "Chief Nurse", "Matrons – Medicine", "31/08/2025", "Added 1 August 2025.",
         "Green", "Blue"),
    ]
    for sheet, label, rows in [("Must do", "MUST DO ACTIONS", must),
                               ("Should do", "SHOULD DO ACTIONS", should)]:
        s = wb.create_sheet(sheet)
        s["A1"] = label
        s["A1"].font = Font(bold=True, size=12)
        h = hdr if sheet == "Must do" else [x for x in hdr if x != "Regulation"]
        for j, v in enumerate(h, start=1):
            c = s.cell(2, j, v)
            c.font = Font(bold=True)
            c.fill = fill(GREY)
            c.border = BOX
            c.alignment = WRAP
        for i, row in enumerate(rows, start=3):
            for j, v in enumerate(row, start=1):
                c = s.cell(i, j, v)
                c.alignment = WRAP
                c.border = BOX
                if h[j - 1].endswith("RAG") and v:
                    c.fill = fill(RAGFILL[v])
        for col, w in zip("ABCDEFGHIJK", [6, 22, 9, 45, 50, 20, 26, 14, 36, 10, 10]):
            s.column_dimensions[col].width = w
        s.freeze_panes = "A3"
    wb.save(os.path.join(HERE, name))
    write_expected(
        name,
        source="""The Rotherham NHS Foundation Trust, CQC must do / should do action plan after a 2025 inspection of
urgent and emergency care and medical care, as trusts take it to their quality committee. Copied:
cover sheet with inspection details and a BRAG key, separate Must do and Should do sheets, core
service and regulation columns, the CQC finding beside each action, executive and operational
leads, evidence of completion, previous and current RAG with fill colours, dates typed as text.""",
        reads="""A reader opening the Must do sheet finds five must-do actions; MD4 (sheet row 6 of 'Must do') has
the due date 'Decmber 2025', a mistyped month, so a careful reader stops and asks what was meant
before importing the plan.""",
        outcome="refuse", refuse_at=6, title=title)
    return name, None


# ===================================================================== 5
def bridport():
    name = "it1-bridport-medical-centre-cqc-inspection-action-plan.txt"
    title = "Bridport Medical Centre - CQC Inspection Action Plan"
    N1 = "REQUIREMENT NOTICE 1 - Regulation 12: Safe care and treatment"
    Q1 = "The provider must ensure care and treatment is provided in a safe way for service users."
    N2 = "REQUIREMENT NOTICE 2 - Regulation 17: Good governance"
    Q2 = ("The provider must establish effective systems and processes to ensure good "
          "governance in accordance with the fundamental standards of care.")
    N3 = "AREAS WHERE THE PRACTICE SHOULD MAKE IMPROVEMENTS"
    S1 = "Continue to improve the uptake of cervical screening and childhood immunisations."
    S2 = "Improve the way patients can contact the practice by telephone."
    rule = "-" * 78
    L = [title, "=" * len(title), "",
         "Inspection date:   19 November 2024",
         "Report published:  16 January 2025",
         "Overall rating:    Requires improvement (Safe and Well-led: Requires improvement)",
         "Plan owner:        Practice Manager",
         "Last reviewed:     02/04/2025 at the partners' meeting", "",
         "Status key: Complete = action finished and checked; Green = on track;",
         "            Amber = some delay; Red = off track; Not started", "",
         rule, N1, Q1, rule, ""]
    items = []

    def block(ref, action, lead, due, status, update):
        out = [f"{ref:<5}Action:  {action}", f"     Lead:    {lead}", f"     Due:     {due}",
               f"     Status:  {status}"]
        if update:
            out.append(f"     Update:  {update[0]}")
            out += [f"              {u}" for u in update[1:]]
        return out + [""]

    spec = [
        (N1, Q1, "1.1", "Run a search for all patients prescribed DMARDs and bring any overdue "
         "blood monitoring up to date.", "Dr S Penrose (Prescribing Lead)", "31/01/2025",
         "Complete", ["Search run 06/01/2025; 23 patients recalled, all now monitored.",
                      "Search repeated monthly by the clinical pharmacist."],
         ["Dr S Penrose (Prescribing Lead)"], "2025-01", "blue", None),
        (N1, Q1, "1.2", "Review all patients on ACE inhibitors and diuretics to make sure renal "
         "function monitoring is in date.", "Clinical Pharmacist / Dr S Penrose",
         "End of March 2025", "Amber", ["87% reviewed; remaining patients booked for April."],
         ["Clinical Pharmacist", "Dr S Penrose"], "2025-03", "amber", None),
        (N1, Q1, "1.3", "Check emergency medicines and equipment weekly and record the checks, "
         "including the oxygen cylinder and defibrillator pads.", "Lead Nurse", "28/02/2025",
         "Complete", ["Weekly checklist in use since 10/02/2025."],
         ["Lead Nurse"], "2025-02", "blue", None),
        (N2, Q2, "2.1", "Hold a monthly clinical governance meeting with standing agenda items "
         "for significant events, safety alerts and audit.", "Practice Manager & Dr J Ellery",
         "Feb 2025", "Complete", ["First meeting 12/02/2025; minutes on the shared drive."],
         ["Practice Manager", "Dr J Ellery"], "2025-02", "blue", None),
        (N2, Q2, "2.2", "Set up a safety alerts log showing each MHRA alert, the searches run "
         "and the action taken, and review it at the governance meeting.", "Practice Manager",
         "31/03/2025", "Complete", [], ["Practice Manager"], "2025-03", "blue", None),
        (N2, Q2, "2.3", "Bring staff training records up to date and make sure all clinical "
         "staff have completed safeguarding level 3 and basic life support.",
         "Assistant Practice Manager", "30/06/2025", "Green",
         ["Safeguarding level 3: 11 of 13 clinicians complete.", "BLS session booked 14/05/2025."],
         ["Assistant Practice Manager"], "2025-06", "green", None),
        (N2, Q2, "2.4", "Audit staff files against the recruitment checks required by Schedule 3 "
         "and repeat the audit each year.", "Practice Manager", "Ongoing", "Green",
         ["First audit done March 2025; two references chased."],
         ["Practice Manager"], None, "green", "Ongoing"),
        (N3, S1, "S1.1", "Offer a Saturday morning cervical screening clinic once a month and "
         "send text reminders to all patients who are overdue.", "Lead Nurse", "September 2025",
         "Green", ["First Saturday clinic held 15/03/2025 (22 patients)."],
         ["Lead Nurse"], "2025-09", "green", None),
        (N3, S2, "S2.1", "Move to a cloud-based telephone system with call-back and queue "
         "position messages.", "Practice Manager", "July 2025", "Not started",
         ["Awaiting ICB digital funding decision."],
         ["Practice Manager"], "2025-07", "unrated", None),
    ]
    expected = []
    cur_rec = Q1
    for (hd, rec, ref, a, lead, due, status, upd, leadl, end, st, et) in spec:
        if rec != cur_rec:
            if hd == N2:
                L += [rule, N2, Q2, rule, ""]
            elif hd == N3 and rec == S1:
                L += [rule, N3, rule, "", "Should do 1", S1, ""]
            else:
                L += ["Should do 2", S2, ""]
            cur_rec = rec
        L += block(ref, a, lead, due, status, upd)
        expected.append(act(ref, [hd, rec], a, leadl, end, st, et))
    L += [rule, "Signed: Dr J Ellery, Senior Partner          Date: 02/04/2025",
          "Next review: July 2025 partners' meeting"]
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")
    write_expected(
        name,
        source="""Bridport Medical Centre (Dorset GP practice), action plan after a CQC inspection rated Requires
improvement, as GP practices post on their website or keep as a text document. Copied: title block
with inspection and rating lines, a status key, requirement notices by regulation with the 'provider
must' text, the 'should' improvements, labelled Action/Lead/Due/Status/Update blocks with wrapped
update lines, and a sign-off line.""",
        reads="""A plain-text plan in three parts: requirement notice 1 (Regulation 12) and 2 (Regulation 17), each
followed by its 'provider must' sentence and numbered actions, then the areas where the practice
should improve, each 'Should do' item's text followed by its action. Each action has a lead, a due
date, a status word and an update that may run onto further indented lines.""",
        outcome="read", title=title, actions=expected)
    return name, len(expected)


# ===================================================================== 6
def lypft():
    name = ("it1-leeds-and-york-partnership-nhsft-cqc-mental-health-must-should-do-"
            "action-plan.docx")
    title = "Leeds and York Partnership NHS Foundation Trust: CQC Must Do and Should Do Action Plan"
    d = docx.Document()
    d.add_paragraph(title, style="Title")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Meeting", "Quality Committee"), ("Date", "9 September 2025"),
                 ("Report of", "Chief Nurse"), ("Author", "Head of Compliance"),
                 ("Purpose", "Assurance")]:
        r = t.add_row().cells
        cell_text(r[0], k, bold=True)
        shade(r[0], "DEEAF6")
        cell_text(r[1], v)
    d.add_heading("1. Purpose", level=2)
    d.add_paragraph("This paper updates the Committee on progress against the action plan "
                    "submitted to the CQC following the inspection of two core services in "
                    "February 2025 (report published 20 May 2025).")
    d.add_heading("2. Summary of progress", level=2)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Status", "Must do", "Should do", "Total"]):
        cell_text(c, h, bold=True)
    for row in [("Complete", "3", "0", "3"), ("On track", "1", "1", "2"),
                ("At risk", "1", "1", "2"), ("Not started", "0", "1", "1"),
                ("Total", "5", "3", "8")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            cell_text(c, v)
    d.add_heading("3. RAG key", level=2)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Blue", "Complete – evidence received"), ("Green", "On track"),
                 ("Amber", "At risk of missing the completion date"),
                 ("Red", "Completion date missed")]:
        r = t.add_row().cells
        cell_text(r[0], k, bold=True)
        shade(r[0], RAGFILL[k])
        cell_text(r[1], v)
    d.add_heading("4. Action plan", level=2)
    cols = ["No.", "Must / Should", "Requirement", "Action", "Lead", "Original date",
            "Revised date", "RAG"]
    t = d.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, cols):
        cell_text(c, h, bold=True)
        shade(c, GREY)
    SA = "Acute wards for adults of working age and psychiatric intensive care units"
    SB = "Community-based mental health services for adults of working age"
    RA = ("The trust must ensure that patients' risk assessments and care plans are updated "
          "after incidents and reflect their current needs.")
    RB = ("The trust must ensure that seclusion is recorded in line with the Mental Health "
          "Act Code of Practice, including medical reviews within the required timescales.")
    RC = ("The trust should ensure that patients have regular access to fresh air and "
          "activities at weekends.")
    RD = ("The trust must ensure that people on waiting lists are reviewed regularly and that "
          "risks are identified and managed while they wait.")
    RE = ("The trust should ensure that staff receive regular supervision in line with trust "
          "policy.")
    RF = ("The trust should ensure that care plans are personalised and that people are "
          "offered a copy.")
    plan = [
        (SA, [
            (RA, [("1", "Must", "Add a post-incident risk review prompt to the electronic "
                   "patient record for all inpatient wards.",
                   "Associate Director of Nursing (Inpatients)", "30/06/2025", "", "Blue",
                   ["Associate Director of Nursing (Inpatients)"], "2025-06", "blue", None),
                  ("2", "Must", "Audit 20 care records on each ward every month and feed back "
                   "the results through ward governance meetings.", "Ward Managers / Matrons",
                   "Jul-25", "Oct-25", "Green", ["Ward Managers", "Matrons"], "2025-10",
                   "green", None)]),
            (RB, [("3", "Must", "Revise the seclusion recording template and brief all PICU "
                   "medical staff on the required reviews.", "Associate Medical Director",
                   "31/07/2025", "", "Blue", ["Associate Medical Director"], "2025-07", "blue",
                   None)]),
            (RC, [("4", "Should", "Introduce a weekend activity timetable on each ward, "
                   "supported by the occupational therapy team.",
                   "Head of Occupational Therapy", "Sep-25", "", "Amber",
                   ["Head of Occupational Therapy"], "2025-09", "amber", None)]),
        ]),
        (SB, [
            (RD, [("5", "Must", "Introduce a ‘waiting well’ contact every four weeks for "
                   "everyone waiting for care coordination.", "Community Services Manager",
                   "31/08/2025", "30/11/2025", "Amber", ["Community Services Manager"],
                   "2025-11", "amber", None),
                  ("6", "Must", "Report waiting list numbers and risk review compliance to "
                   "the Care Services Management Team every month.",
                   "Head of Operations (Community)", "Jul-25", "", "Blue",
                   ["Head of Operations (Community)"], "2025-07", "blue", None)]),
            (RE, [("7", "Should", "Keep a supervision tracker for each team and escalate "
                   "compliance below 85% to the Head of Operations.", "Team Managers",
                   "Monthly", "", "Green", ["Team Managers"], None, "green", "Monthly")]),
            (RF, [("8", "Should", "Co-produce a care plan quality standard with people with "
                   "lived experience and add it to the clinical record audit.",
                   "Head of Patient Experience and Involvement; Lead Nurse for Community",
                   "December 2025", "", "",
                   ["Head of Patient Experience and Involvement", "Lead Nurse for Community"],
                   "2025-12", "unrated", None)]),
        ]),
    ]
    expected = []
    for sect, reqs in plan:
        row = t.add_row().cells
        m = row[0].merge(row[-1])
        cell_text(m, sect, bold=True, size=10)
        shade(m, "DEEAF6")
        for req, acts in reqs:
            first = None
            for (no, ms, a, lead, orig, rev, rag, leadl, end, st, et) in acts:
                c = t.add_row().cells
                for j, v in zip([0, 1, 3, 4, 5, 6, 7], [no, ms, a, lead, orig, rev, rag]):
                    cell_text(c[j], v)
                if rag:
                    shade(c[7], RAGFILL[rag])
                if first is None:
                    first = c[2]
                    cell_text(first, req)
                else:
                    c[2].merge(first)  # vertical merge of the requirement cell
                expected.append(act(no, [sect, req], a, leadl, end, st, et))
    d.add_heading("5. Recommendation", level=2)
    d.add_paragraph("The Quality Committee is asked to note the progress made and the two "
                    "actions at risk, and to approve the revised date for action 5.")
    d.save(os.path.join(HERE, name))
    write_expected(
        name,
        source="""Leeds and York Partnership NHS Foundation Trust, progress report to the Quality Committee on the
CQC must do / should do action plan after a 2025 inspection of acute wards/PICU and community
mental health services for adults. Copied: board-paper cover table, purpose paragraph, summary
counts table and BRAG key, one action table with full-width core-service rows, the CQC requirement
in a vertically merged cell beside its actions, Must/Should column, original and revised dates,
several leads in a cell, RAG words with fill colour and a closing recommendation paragraph.""",
        reads="""A Word board paper whose section 4 is the action plan: two core services as merged rows across
the table, each with CQC requirements (merged down beside their actions) and numbered actions 1-8
with a lead, original and revised date and RAG. The cover, summary and key tables are not the plan;
action 8 has no RAG yet.""",
        outcome="read", title=title, actions=expected)
    return name, len(expected)


# ===================================================================== 7
def ofs():
    name = ("it1-office-for-students-behan-independent-review-recommendations-"
            "implementation-tracker.xlsx")
    title = ("Office for Students – Independent Review (Behan) Recommendations: "
             "Implementation Tracker")
    T1 = "Theme 1: A clearer focus on priorities"
    T2 = "Theme 2: Financial sustainability"
    T3 = "Theme 3: Quality and the student interest"
    T4 = "Theme 4: Governance and engagement"
    R1 = ("Recommendation 1: The OfS should set out a small number of clearly defined regulatory "
          "priorities, focused on quality, financial sustainability and the student interest.")
    R4 = ("Recommendation 4: The OfS should take urgent action to strengthen its monitoring of "
          "providers' financial sustainability, engaging earlier where risks are identified.")
    R6 = ("Recommendation 6: The OfS should develop a more integrated approach to quality "
          "assessment, bringing together the TEF and the assessment of the B conditions.")
    R9 = ("Recommendation 9: The OfS should engage more openly with providers and students and "
          "explain its regulatory decisions more transparently.")
    R10 = ("Recommendation 10: The OfS Board should review its committee structure and the "
           "skills mix of its members.")
    a4b = ("Set up a market exit planning team and publish guidance on student protection if a "
           "provider closes.\nAgree information-sharing arrangements with DfE and the Student "
           "Loans Company.")
    D = dt.datetime
    plan = [
        (T1, [(R1, [
            ("1a", "Agree a revised statement of strategic priorities with the Board and publish "
             "it with the 2025-26 business plan.",
             "Chief Executive / Director of Strategy and Communications", "Q1 2025-26", "G", "G",
             "Draft priorities discussed at February Board away day.",
             ["Chief Executive", "Director of Strategy and Communications"], "2025-06", "green",
             "Q1 2025-26"),
            ("1b", "Reprioritise the 2025-26 business plan, stopping or pausing lower-priority "
             "work, and report the changes to DfE.", "Chief Operating Officer", "March 2025",
             "A", "B", "Business plan approved by Board 25 March 2025.",
             ["Chief Operating Officer"], "2025-03", "blue", None)])]),
        (T2, [(R4, [
            ("4a", "Move providers at increased financial risk to in-year monitoring with "
             "monthly cash-flow returns.", "Director of Resources and Finance", "Q4 2024-25",
             "G", "B", "In place for 41 providers since January 2025.",
             ["Director of Resources and Finance"], "2025-03", "blue", "Q4 2024-25"),
            ("4b", a4b, "Director of Resources and Finance; Director of Regulation",
             "Q2 2025-26", "G", "A", "Team recruited; DfE data-sharing agreement not yet signed.",
             ["Director of Resources and Finance", "Director of Regulation"], "2025-09",
             "amber", "Q2 2025-26")])]),
        (T3, [(R6, [
            ("6a", "Consult on proposals for an integrated quality system covering the TEF and "
             "the B conditions.", "Director of Regulation", "Q3 2025-26", "G", "G",
             "Consultation paper in drafting.", ["Director of Regulation"], "2025-12", "green",
             "Q3 2025-26"),
            ("6b", "Review the scheduling of quality assessments so that higher-risk providers "
             "are assessed first.", "Director of Regulation", "September 2025", "", "G",
             "New risk-based schedule to Board in June.", ["Director of Regulation"], "2025-09",
             "green", None)])]),
        (T4, [(R9, [
            ("9a", "Set up a provider and student engagement forum meeting at least termly.",
             "Director of Strategy and Communications", "TBC – subject to appointment of chair",
             "R", "R", "Chair appointment paused pending permanent OfS Chair.",
             ["Director of Strategy and Communications"], None, "red",
             "TBC – subject to appointment of chair"),
            ("9b", "Publish an annual summary of regulatory decisions and the reasons for them.",
             "Director of Strategy and Communications", D(2025, 7, 31), "G", "G",
             "Format agreed; first edition due July.",
             ["Director of Strategy and Communications"], "2025-07", "green", None)]),
              (R10, [
            ("10a", "Commission an external review of board effectiveness.",
             "Chair / Head of Governance", "December 2025", "", "",
             "To start after the permanent Chair is appointed.",
             ["Chair", "Head of Governance"], "2025-12", "unrated", None)])]),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position at 31 March 2025 – report to the OfS Board, May 2025"
    hdr = ["Theme", "Actions", "Complete", "Green", "Amber", "Red", "Not started"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.border = BOX
    counts = [(T1, 2, 1, 1, 0, 0, 0), (T2, 2, 1, 0, 1, 0, 0), (T3, 2, 0, 2, 0, 0, 0),
              (T4, 3, 0, 1, 0, 1, 1), ("Total", 9, 2, 4, 1, 1, 1)]
    for i, row in enumerate(counts, start=5):
        for j, v in enumerate(row, start=1):
            c = ws.cell(i, j, v)
            c.border = BOX
            if row[0] == "Total":
                c.font = Font(bold=True)
    ws["A12"] = "RAG key"
    ws["A12"].font = Font(bold=True)
    for i, (k, col, v) in enumerate([
            ("B", BLUE, "Complete"), ("G", GREEN, "On track to deliver by target date"),
            ("A", AMBER, "Risk to target date – mitigation in place"),
            ("R", RED, "Will not meet target date – Board decision needed")], start=13):
        c = ws.cell(i, 1, k)
        c.fill = fill(col)
        ws.cell(i, 2, v)
    ws["A18"] = ("Recommendations directed at the Department for Education are tracked "
                 "separately by DfE and are not included.")
    ws["A18"].font = Font(italic=True)
    ws.column_dimensions["A"].width = 45
    ws.column_dimensions["B"].width = 50

    ws = wb.create_sheet("Tracker")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Position at 31 March 2025"
    hdr = ["Ref", "Action", "Director lead", "Target completion", "Previous RAG (Dec 2024)",
           "Current RAG (Mar 2025)", "Progress commentary"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("3B1F5C")
        c.alignment = WRAP
        c.border = BOX
    expected = []
    r = 5
    for theme, recs in plan:
        ws.cell(r, 1, theme).font = Font(bold=True, size=12)
        ws.cell(r, 1).fill = fill(GREY)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for rec, acts in recs:
            ws.cell(r, 1, rec).font = Font(bold=True, italic=True)
            ws.cell(r, 1).fill = fill("EDE7F6")
            ws.cell(r, 1).alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.row_dimensions[r].height = 32
            r += 1
            for (ref, a, lead, tgt, prev, cur, comm, leadl, end, st, et) in acts:
                vals = [ref, a, lead, tgt, prev, cur, comm]
                for j, v in enumerate(vals, start=1):
                    c = ws.cell(r, j, v if v != "" else None)
                    c.alignment = WRAP
                    c.border = BOX
                    if j in (5, 6) and v:
                        c.fill = fill(RAGFILL[v])
                        c.alignment = Alignment(horizontal="center", vertical="top")
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                expected.append(act(ref, [theme, rec], a, leadl, end, st, et))
                r += 1
    for col, w in zip("ABCDEFG", [7, 60, 30, 16, 12, 12, 45]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, name))
    write_expected(
        name,
        source="""Office for Students, tracker of its implementation of the recommendations of Sir David Behan's
independent review 'Fit for the Future: Higher Education Regulation Towards 2035' (July 2024), as an
arm's-length body reports to its board. Copied: summary sheet with RAG counts by theme, a key and a
scope note, a tracker sheet with merged theme rows and merged recommendation rows above lettered
actions, director leads (two in some cells), financial-year quarters and TBC as targets, previous
and current RAG letters with fill colour, a multi-line action cell and progress commentary.""",
        reads="""Two sheets: a summary of counts and a RAG key, then the tracker where each theme and each review
recommendation is a merged row and the OfS's actions (1a-10a) sit beneath, each with a director
lead, target completion, previous and current RAG and commentary. Status is the current (March 2025)
RAG; 10a is not yet rated.""",
        outcome="read", title=title, actions=expected)
    return name, len(expected)


if __name__ == "__main__":
    for fn in (st_john_fisher, cadbury, seetec, rotherham, bridport, lypft, ofs):
        n, k = fn()
        print(f"{n}: {k if k is not None else 'refuse'}")
