"""Build the seven gj1- blind cases (data files + expected readings) for heldout226."""
import csv, datetime as dt, os
import yaml
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Border, Side

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime


def write_yaml(name, meta, actions=None):
    doc = dict(meta)
    if actions is not None:
        acts = []
        for a in actions:
            e = {"ref": a["ref"], "under": a["under"], "action": a["action"],
                 "lead": a["lead"], "end": a["end"]}
            if a.get("end_text"):
                e["end_text"] = a["end_text"]
            e["status"] = a["status"]
            acts.append(e)
        doc["actions"] = acts
    with open(os.path.join(OUT, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100)


def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for r in p.runs:
                r.bold = True


def fill(hexc):
    return PatternFill("solid", start_color=hexc, end_color=hexc)


THIN = Side(style="thin", color="FF999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")

# ---------------------------------------------------------------------------
# 1. School (docx): Ivybridge Community College post-Ofsted action plan
# ---------------------------------------------------------------------------
def school():
    name = "gj1-ivybridge-community-college-post-ofsted-action-plan.docx"
    title = "Ivybridge Community College – Post-Ofsted Action Plan 2024–25"
    P1 = "Priority 1: Curriculum implementation in key stage 3"
    A1 = ("In some subjects in key stage 3, the curriculum is not implemented consistently well. "
          "Teachers do not routinely check what pupils have understood before moving on. Leaders "
          "should ensure that teachers use assessment precisely to identify and address gaps in "
          "pupils’ knowledge.")
    P2 = "Priority 2: Support for pupils with special educational needs and/or disabilities (SEND)"
    A2 = ("Information about the needs of pupils with SEND is not used well enough by some teachers "
          "to adapt their teaching. As a result, these pupils do not achieve as well as they should. "
          "Leaders should ensure that staff are trained to use pupils’ support plans to adapt "
          "learning effectively.")
    P3 = "Priority 3: Attendance and persistent absence"
    A3 = ("Too many pupils, including disadvantaged pupils, are persistently absent. This means they "
          "miss important learning. Leaders should continue to strengthen their work to improve the "
          "attendance of these pupils.")
    # row: ref, action, lead(cell), timescale(cell), success, monitoring, rag, expected lead, end, end_text, status
    sections = [
        (P1, A1, [
            ("1.1", "Deliver a programme of CPD on responsive teaching and checking for understanding "
                    "for all teaching staff, led through the Tuesday training sessions.",
             "Deputy Headteacher (Teaching and Learning)", "Summer term 2024",
             "Learning walks show checking for understanding in at least 85% of KS3 lessons",
             "Standards and Curriculum Committee", "G",
             ["Deputy Headteacher (Teaching and Learning)"], "2024-07", None, "blue"),
            ("1.2", "Subject leaders to review KS3 schemes of work in geography, languages and computing "
                    "to identify the key knowledge pupils must remember, and build in regular retrieval "
                    "quizzes.",
             "Subject leaders; Assistant Headteacher (Curriculum)", "Autumn term 2024",
             "Revised schemes of work in place; retrieval outcomes tracked each half term",
             "Curriculum link governor", "A",
             ["Subject leaders", "Assistant Headteacher (Curriculum)"], "2024-12", None, "amber"),
            ("1.3", "Introduce termly KS3 book looks and pupil voice in each department, with findings "
                    "reported to SLT line managers.\nFollow-up actions recorded on the department "
                    "improvement plan.",
             "SLT line managers", "Termly",
             "Book looks show consistent feedback and pupils can explain prior learning",
             "Standards and Curriculum Committee", "A",
             ["SLT line managers"], None, "Termly", "amber"),
        ]),
        (P2, A2, [
            ("2.1", "Rewrite pupil passports for all pupils on the SEND register in a one-page format "
                    "agreed with parents, and make them available to staff through the MIS.",
             "SENCo", "By 31 May 2024",
             "100% of pupils on the SEND register have an updated passport",
             "SEND governor", "G", ["SENCo"], "2024-05", None, "blue"),
            ("2.2", "Provide training for all staff on adaptive teaching strategies for pupils with SEND, "
                    "including follow-up coaching for early career teachers.",
             "SENCo / Assistant Headteacher (Inclusion)", "September 2024",
             "Lesson visits show adaptations in line with passports",
             "SEND governor", "G",
             ["SENCo", "Assistant Headteacher (Inclusion)"], "2024-09", None, "blue"),
            ("2.3", "Carry out a SEND quality assurance review with the local authority SEND advisory "
                    "teacher and act on its findings.",
             "Headteacher / SEND Governor", "Spring term 2025",
             "Review report received and actions added to the SEND development plan",
             "Full Governing Board", "R",
             ["Headteacher", "SEND Governor"], "2025-04", None, "red"),
        ]),
        (P3, A3, [
            ("3.1", "Appoint a full-time Attendance Officer and introduce weekly attendance panels for "
                    "pupils below 90% attendance.",
             "Assistant Headteacher (Behaviour and Attendance)", "April 2024",
             "Attendance Officer in post; panel minutes kept",
             "Pupil Welfare Committee", "G",
             ["Assistant Headteacher (Behaviour and Attendance)"], "2024-04", None, "blue"),
            ("3.2", "Work with the Devon Education Welfare Service on targeted home visits and early help "
                    "referrals for disadvantaged pupils who are persistently absent.",
             "Attendance Officer; Pastoral Managers", "July 2025",
             "Persistent absence of disadvantaged pupils falls below 25%",
             "Pupil Welfare Committee", "A",
             ["Attendance Officer", "Pastoral Managers"], "2025-07", None, "amber"),
        ]),
    ]
    RAGFILL = {"R": "FF0000", "A": "FFC000", "G": "00B050"}
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Following the Ofsted inspection of 5 and 6 March 2024 "
                      "(overall effectiveness: Requires improvement)")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Version", "3.0 (updated for Full Governing Board, 10 December 2024)"),
                 ("Owner", "Headteacher"),
                 ("Reviewed by", "Standards and Curriculum Committee"),
                 ("Next review", "March 2025")]:
        r = t.add_row().cells
        r[0].text, r[1].text = k, v
    doc.add_paragraph("")
    doc.add_paragraph("RAG key").runs[0].bold = True
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("R", "Behind schedule – further action needed"),
                 ("A", "In progress"),
                 ("G", "Achieved")]:
        r = t.add_row().cells
        r[0].text, r[1].text = k, v
        shade(r[0], RAGFILL[k])
    acts = []
    for ptitle, afi, rows in sections:
        doc.add_heading(ptitle, level=2)
        p = doc.add_paragraph()
        p.add_run("Area for improvement (from the inspection report):").bold = True
        p = doc.add_paragraph()
        p.add_run(afi).italic = True
        t = doc.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead", "Timescale", "Success criteria",
                                          "Monitoring (governors)", "RAG"]):
            c.text = h
            shade(c, "D9D9D9")
        bold_row(t.rows[0])
        for (ref, action, lead, when, succ, mon, rag, elead, end, etext, status) in rows:
            r = t.add_row().cells
            r[0].text = ref
            parts = action.split("\n")
            r[1].text = parts[0]
            for extra in parts[1:]:
                r[1].add_paragraph(extra)
            r[2].text, r[3].text, r[4].text, r[5].text, r[6].text = lead, when, succ, mon, rag
            shade(r[6], RAGFILL[rag])
            acts.append(dict(ref=ref, under=[ptitle, afi], action=action, lead=elead, end=end,
                             end_text=etext, status=status))
        doc.add_paragraph("")
    doc.add_paragraph("Sign-off").runs[0].bold = True
    t = doc.add_table(rows=0, cols=3)
    t.style = "Table Grid"
    for k in ["Headteacher", "Chair of Governors"]:
        r = t.add_row().cells
        r[0].text, r[1].text, r[2].text = k, "Signed:", "Date:"
    doc.save(os.path.join(OUT, name))
    write_yaml(name, {
        "source": ("Imitates a secondary school's post-Ofsted action plan as taken to governors "
                   "(Ivybridge Community College, Devon, 2024–25; no published plan found, layout "
                   "follows the usual governor-monitored template described in The Key's guidance on "
                   "post-Ofsted action plans): Title line, inspection line, document-control table, a "
                   "RAG key where G = Achieved (no blue), then one section per priority with the "
                   "inspection area for improvement in italics under a label, and a 7-column table per "
                   "priority (Ref, Action, Lead, Timescale, Success criteria, Monitoring, RAG letter on "
                   "a coloured cell); school-term timescales, 'Termly', a two-paragraph action cell, "
                   "several leads in one cell, and a sign-off table."),
        "reads": ("A school's post-inspection plan with three priorities, each quoting the Ofsted area "
                  "for improvement and listing 2–3 numbered actions with leads, timescales and a RAG "
                  "letter. The key says G means achieved, so G actions are read as complete."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }, acts)


# ---------------------------------------------------------------------------
# 2. College (xlsx): Cheshire College – South & West SAR quality improvement plan
# ---------------------------------------------------------------------------
def college():
    name = "gj1-cheshire-college-south-west-sar-quality-improvement-plan.xlsx"
    title = "Cheshire College – South & West Quality Improvement Plan 2024/25"
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=16)
    ws["A2"] = "Arising from the Self-Assessment Report 2023/24 and the Ofsted inspection of February 2024"
    rows = [("Version", "v4 – March 2025 update"),
            ("Owner", "Vice Principal Quality and Learner Experience"),
            ("Reported to", "Corporation Quality and Standards Committee"),
            ("Date", "18 March 2025")]
    for i, (k, v) in enumerate(rows, start=4):
        ws.cell(i, 1, k).font = Font(bold=True)
        ws.cell(i, 2, v)
        ws.cell(i, 1).border = ws.cell(i, 2).border = BOX
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 60

    q = wb.create_sheet("QIP 2024-25")
    q["A1"] = title
    q["A1"].font = Font(bold=True, size=14)
    q.merge_cells("A1:J1")
    q["A2"] = "March 2025 update – for Quality and Standards Committee"
    q["A2"].font = Font(italic=True)
    hdr = ["Ref", "Area for improvement (SAR 2023/24)", "Action", "Action owner", "Target date",
           "Revised target date", "Impact measure", "Progress update – March 2025", "RAG Dec 24",
           "RAG Mar 25"]
    for c, h in enumerate(hdr, start=1):
        cell = q.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = fill("FF1F4E79")
        cell.alignment = WRAP
        cell.border = BOX
    RAGF = {"Complete": "FF00B0F0", "Green": "FF00B050", "Amber": "FFFFC000", "Red": "FFFF0000",
            "Not started": "FFFFFFFF"}
    T1, T2, T3 = "1. Quality of education", "2. Behaviour and attitudes", "3. Personal development"
    F1 = ("Teachers in a minority of study programme areas do not set work that is demanding enough "
          "for the most able learners, so too few achieve high grades.")
    F2 = ("Apprentices in engineering do not receive timely feedback on their off-the-job training, "
          "and too many remain on programme beyond their planned end date.")
    F3 = "Attendance on English and mathematics GCSE resit courses is too low."
    F4 = ("Learners on adult part-time courses do not receive effective careers information, advice "
          "and guidance.")
    plan = [
        (T1, [
            (F1, [
                ("1.1", "Introduce stretch and challenge targets in all level 3 schemes of work, "
                        "monitored through the quality review cycle.",
                 "Heads of Faculty", D(2024, 12, 20), None,
                 "High grades (A*–B / Distinction*) up 5 percentage points",
                 "Targets in place in all level 3 schemes; checked at January quality reviews.",
                 "Amber", "Complete", ["Heads of Faculty"], "2024-12", None, "blue"),
                ("1.2", "Run a teaching and learning coaching programme for teachers whose observed "
                        "practice shows limited challenge.",
                 "Head of Teaching, Learning and Assessment", D(2025, 3, 31), D(2025, 6, 30),
                 "All coached staff graded secure or better at follow-up",
                 "14 of 22 staff completed coaching cycle; date moved to allow summer follow-ups.",
                 "Green", "Amber", ["Head of Teaching, Learning and Assessment"], "2025-06", None,
                 "amber"),
            ]),
            (F2, [
                ("1.3", "Implement monthly progress reviews with employers for all engineering "
                        "apprentices using the new e-portfolio dashboard.",
                 "Apprenticeship Manager; Head of Faculty – Engineering", "January 2025", None,
                 "95% of reviews held on time",
                 "Reviews at 93% on time in February.",
                 "Green", "Green", ["Apprenticeship Manager", "Head of Faculty – Engineering"],
                 "2025-01", None, "green"),
                ("1.4", "Put in place recovery plans for every apprentice who is past their planned end "
                        "date, reviewed fortnightly by the Apprenticeship Manager.",
                 "Apprenticeship Manager", D(2025, 2, 28), D(2025, 5, 31),
                 "Apprentices past planned end date below 10%",
                 "Still 19% past planned end date; EPA capacity issue escalated to awarding body.",
                 "Amber", "Red", ["Apprenticeship Manager"], "2025-05", None, "red"),
            ]),
        ]),
        (T2, [
            (F3, [
                ("2.1", "Introduce same-day contact with learners and parents or carers for every "
                        "missed English and maths session.",
                 "Head of English and Maths", D(2024, 10, 31), None,
                 "Resit attendance at or above 85%",
                 "In place since October half term.",
                 "Complete", "Complete", ["Head of English and Maths"], "2024-10", None, "blue"),
                ("2.2", "Timetable English and maths resit lessons on the same days as vocational "
                        "lessons for all 16 to 18 learners.",
                 "Director of MIS and Timetabling", "September 2025", None,
                 "No learner attends college for English or maths only",
                 "Draft 2025/26 timetable built on this rule.",
                 "Not started", "Green", ["Director of MIS and Timetabling"], "2025-09", None,
                 "green"),
            ]),
        ]),
        (T3, [
            (F4, [
                ("3.1", "Extend the careers adviser offer to evening adult classes and record all "
                        "guidance interviews on the MIS.",
                 "Careers Lead", D(2025, 7, 31), None,
                 "80% of adult part-time learners receive a guidance interview",
                 "Evening drop-ins running at two campuses; recording on MIS patchy.",
                 "Amber", "Amber", ["Careers Lead"], "2025-07", None, "amber"),
            ]),
        ]),
    ]
    r = 5
    acts = []
    for theme, findings in plan:
        q.cell(r, 1, theme).font = Font(bold=True)
        q.cell(r, 1).fill = fill("FFD9E1F2")
        q.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for afi, rows in findings:
            first = r
            for (ref, action, owner, tgt, rev, impact, upd, rag1, rag2, elead, end, etext,
                 status) in rows:
                vals = [ref, None, action, owner, tgt, rev, impact, upd, rag1, rag2]
                for c, v in enumerate(vals, start=1):
                    cell = q.cell(r, c, v)
                    cell.alignment = WRAP
                    cell.border = BOX
                    if isinstance(v, dt.datetime):
                        cell.number_format = "dd/mm/yyyy"
                q.cell(r, 9).fill = fill(RAGF[rag1])
                q.cell(r, 10).fill = fill(RAGF[rag2])
                acts.append(dict(ref=ref, under=[theme, afi], action=action, lead=elead, end=end,
                                 end_text=etext, status=status))
                r += 1
            q.cell(first, 2, afi).alignment = WRAP
            if r - 1 > first:
                q.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    q.cell(r, 1, "Note: Revised target dates agreed by the Senior Leadership Team on 4 March 2025.")
    q.cell(r, 1).font = Font(italic=True)
    for col, w in zip("ABCDEFGHIJ", [6, 40, 50, 28, 12, 12, 30, 40, 11, 11]):
        q.column_dimensions[col].width = w

    k = wb.create_sheet("RAG key")
    k["A1"], k["B1"] = "RAG", "Meaning"
    k["A1"].font = k["B1"].font = Font(bold=True)
    for i, (a, b) in enumerate([("Complete", "Action completed and impact evidenced"),
                                ("Green", "On track to meet target date"),
                                ("Amber", "Some slippage – may miss target date"),
                                ("Red", "Significantly off track"),
                                ("Not started", "Action not yet due to start")], start=2):
        k.cell(i, 1, a).fill = fill(RAGF[a])
        k.cell(i, 2, b)
    wb.save(os.path.join(OUT, name))
    write_yaml(name, {
        "source": ("Imitates an English FE college's quality improvement plan arising from its "
                   "self-assessment report (Cheshire College – South & West, 2024/25, as reported to "
                   "the corporation's quality and standards committee; no published copy found). "
                   "Copied features: cover sheet with version/owner table, a QIP sheet with merged "
                   "title, EIF-theme rows merged across the sheet, the SAR area for improvement in a "
                   "vertically merged cell over its actions, target and revised target dates (real "
                   "dates and month words), previous (Dec) and current (Mar) RAG columns with fill, a "
                   "notes line, and a separate RAG key sheet."),
        "reads": ("A college QIP with three EIF themes, four areas for improvement and seven numbered "
                  "actions, each with an owner, target and sometimes revised date, and RAG for December "
                  "and March. The status is the March RAG; the end is the revised date where given."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }, acts)


# ---------------------------------------------------------------------------
# 3. Apprenticeship provider (csv, refuse): Firebrand Training PIAP
# ---------------------------------------------------------------------------
def firebrand():
    name = "gj1-firebrand-training-ofsted-apprenticeships-piap-typo-month-refuse.csv"
    title = "Firebrand Training Ltd – Apprenticeships Post-Inspection Action Plan"
    rows = [
        [title],
        ["Ofsted inspection 4–7 June 2024 (report published 15 July 2024); update for the Board of "
         "Directors, 30 September 2024"],
        [],
        ["Ref", "Area for improvement / action", "Responsible", "Target date", "Progress", "RAG"],
        ["AFI 1", "Leaders should ensure that employers are fully involved in planning apprentices’ "
                  "training and in reviews of their progress.", "", "", "", ""],
        ["1.1", "Hold a tripartite planning meeting with every employer at the start of each "
                "apprenticeship and record the agreed training plan on Aptem.",
         "Head of Apprenticeship Delivery", "October 2024",
         "Template agreed; meetings held for all August starts", "Green"],
        ["1.2", "Invite line managers to every progress review and send them a written summary within "
                "five working days.",
         "Learning and Development Coaches; Employer Engagement Manager", "December 2024",
         "Line manager attendance at reviews 61% in September", "Amber"],
        ["AFI 2", "Leaders should ensure that skills coaches quickly identify and support apprentices "
                  "who fall behind with their studies.", "", "", "", ""],
        ["2.1", "Introduce a fortnightly at-risk report from Aptem and weekly caseload meetings between "
                "coaches and the Quality Manager.",
         "Quality Manager", "Febuary 2025", "Report built; first meetings booked", "Green"],
        ["2.2", "Give apprentices who are behind a catch-up plan with protected off-the-job training time "
                "agreed with their employer.",
         "Skills Coaches", "January 2025", "", "Amber"],
        ["AFI 3", "Leaders should ensure that apprentices develop a secure understanding of the risks of "
                  "radicalisation and extremism in their workplace.", "", "", "", ""],
        ["3.1", "Add a Prevent and British values topic to every progress review, linked to each "
                "apprentice's job role in IT and cyber security.",
         "Safeguarding Lead", "November 2024", "Review template updated", "Green"],
        ["3.2", "Train all coaches in discussing online radicalisation with apprentices.",
         "Safeguarding Lead / Head of Quality", "31/10/2024", "Training delivered 17 September 2024",
         "Blue"],
        [],
        ["Key: Green = on track; Amber = at risk; Red = off track; Blue = complete"],
    ]
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        for row in rows:
            w.writerow(row)
    write_yaml(name, {
        "source": ("Imitates an apprenticeship training provider's post-inspection action plan (PIAP) "
                   "after an Ofsted further education and skills inspection (Firebrand Training, 2024; "
                   "no published copy found), exported from a spreadsheet to CSV: title and "
                   "inspection lines, a header, 'AFI n' rows carrying the inspectors' area for "
                   "improvement, numbered actions under each, month-word target dates, a RAG word "
                   "column and a key line at the foot."),
        "reads": ("An apprenticeship PIAP with three areas for improvement and seven actions. The "
                  "target date of action 2.1 on line 9 reads 'Febuary 2025', a mistyped month, so a "
                  "careful reader stops and asks before taking the dates as read."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": 9,
        "title": title,
    })


# ---------------------------------------------------------------------------
# 4. Hospital (xlsx): Isle of Wight NHS Trust CQC must do / should do
# ---------------------------------------------------------------------------
def iow():
    name = "gj1-isle-of-wight-nhs-trust-cqc-must-should-do-action-plan.xlsx"
    title = "Isle of Wight NHS Trust – CQC Must Do and Should Do Action Plan"
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = title
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = ("Inspection of St Mary's Hospital: urgent and emergency care, medical care and maternity "
               "(report published 22 August 2023)")
    s["A3"] = "Position at 31 January 2025 – report to Quality Committee"
    s["A5"], s["B5"], s["C5"], s["D5"] = "BRAG", "Must do", "Should do", "Total"
    for c in "ABCD":
        s[c + "5"].font = Font(bold=True)
    summ = [("B", 2, 2), ("G", 1, 1), ("A", 2, 0), ("R", 1, 0)]
    for i, (b, m, sd) in enumerate(summ, start=6):
        s.cell(i, 1, b)
        s.cell(i, 2, m)
        s.cell(i, 3, sd)
        s.cell(i, 4, m + sd)
    s.cell(10, 1, "Total").font = Font(bold=True)
    s.cell(10, 2, 6)
    s.cell(10, 3, 3)
    s.cell(10, 4, 9)
    s["A12"] = "BRAG key"
    s["A12"].font = Font(bold=True)
    key = [("B", "Complete and evidence assured", "FF0070C0"), ("G", "On track", "FF00B050"),
           ("A", "At risk of missing completion date", "FFFFC000"),
           ("R", "Off track / completion date passed", "FFFF0000")]
    for i, (b, t, col) in enumerate(key, start=13):
        s.cell(i, 1, b).fill = fill(col)
        s.cell(i, 2, t)
    s.column_dimensions["A"].width = 12
    BF = {k[0]: k[2] for k in key}
    hdr = ["Ref", "Requirement (CQC report)", "Regulation", "Action", "Lead",
           "Original completion date", "Revised completion date", "Progress update", "BRAG"]
    UEC, MED, MAT = "Urgent and emergency care", "Medical care", "Maternity"
    must = [
        (UEC, [
            ("The trust must ensure that patients in the emergency department receive timely triage "
             "within 15 minutes of arrival.", "Regulation 12(1)(2)(a)", [
                ("MD1.1", "Introduce a streaming nurse at the front door between 10:00 and 02:00 seven "
                          "days a week.", "Head of Nursing – Urgent and Emergency Care",
                 D(2023, 11, 30), None, "Streaming nurse rota in place since November 2023.", "B",
                 ["Head of Nursing – Urgent and Emergency Care"], "2023-11", "blue"),
                ("MD1.2", "Audit time to triage weekly and report compliance to the Urgent and "
                          "Emergency Care Board.", "ED Matron / Clinical Director ED",
                 D(2024, 1, 31), D(2025, 3, 31),
                 "Weekly audit running; compliance 81% in December against 95% target.", "A",
                 ["ED Matron", "Clinical Director ED"], "2025-03", "amber"),
            ]),
            ("The trust must ensure that all staff complete mandatory training, including paediatric "
             "immediate life support.", "Regulation 18(2)(a)", [
                ("MD2.1", "Set up protected PILS training dates each month and track compliance by "
                          "staff group.", "Practice Development Lead ED",
                 D(2024, 3, 31), D(2024, 9, 30),
                 "Nursing 92%, medical 84%; monthly dates booked to March.", "G",
                 ["Practice Development Lead ED"], "2024-09", "green"),
            ]),
        ]),
        (MED, [
            ("The trust must ensure that medicines are stored securely and fridge temperatures are "
             "monitored daily on all medical wards.", "Regulation 12(2)(g)", [
                ("MD3.1", "Install remote temperature monitoring on all medicines fridges across the "
                          "medical wards.", "Chief Pharmacist",
                 D(2024, 6, 30), None,
                 "Delayed by supplier; business case approved December 2024.", "R",
                 ["Chief Pharmacist"], "2024-06", "red"),
            ]),
        ]),
        (MAT, [
            ("The trust must ensure that the maternity triage telephone line is answered in a timely "
             "way and calls are recorded.", "Regulation 17(2)(b)", [
                ("MD4.1", "Implement the Birmingham Symptom-specific Obstetric Triage System (BSOTS) in "
                          "the maternity assessment unit.", "Director of Midwifery",
                 D(2024, 4, 30), None, "BSOTS live from April 2024; audit presented to LMNS.", "B",
                 ["Director of Midwifery"], "2024-04", "blue"),
                ("MD4.2", "Move the triage line to the new telephony system with call recording and "
                          "monthly reporting of answer times.",
                 "Director of Midwifery; Head of Digital Services",
                 D(2024, 8, 31), D(2025, 4, 30),
                 "Telephony go-live moved to April 2025 with the trust-wide switch.", "A",
                 ["Director of Midwifery", "Head of Digital Services"], "2025-04", "amber"),
            ]),
        ]),
    ]
    should = [
        (UEC, [
            ("The trust should ensure that mental health risk assessments are completed for all "
             "patients presenting with self-harm.", "N/A", [
                ("SD1.1", "Embed the mental health risk assessment tool in the ED electronic record "
                          "with a mandatory field.", "Clinical Director ED",
                 D(2024, 5, 31), None, "Mandatory field live; compliance 97%.", "B",
                 ["Clinical Director ED"], "2024-05", "blue"),
            ]),
        ]),
        (MED, [
            ("The trust should continue to improve discharge planning so that patients are not "
             "delayed once medically fit.", "N/A", [
                ("SD2.1", "Roll out criteria-led discharge on all medical wards.",
                 "Associate Director of Nursing (Medicine)", "Q4 2024/25", None,
                 "Live on 5 of 7 wards.", "G",
                 ["Associate Director of Nursing (Medicine)"], "2025-03", "green"),
                ("SD2.2", "Hold a daily system discharge call with Isle of Wight Council adult social "
                          "care.", "Deputy Chief Operating Officer",
                 D(2024, 2, 29), None, "Daily call in place since February 2024.", "B",
                 ["Deputy Chief Operating Officer"], "2024-02", "blue"),
            ]),
        ]),
    ]
    acts = []
    for sheetname, heading, data in [("Must do", "Must Do actions", must),
                                     ("Should do", "Should Do actions", should)]:
        ws = wb.create_sheet(sheetname)
        ws["A1"] = heading
        ws["A1"].font = Font(bold=True, size=13)
        for c, h in enumerate(hdr, start=1):
            cell = ws.cell(3, c, h)
            cell.font = Font(bold=True)
            cell.fill = fill("FFBDD7EE")
            cell.alignment = WRAP
            cell.border = BOX
        r = 4
        for service, reqs in data:
            ws.cell(r, 1, service).font = Font(bold=True, color="FFFFFFFF")
            ws.cell(r, 1).fill = fill("FF005EB8")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            for req, reg, rows in reqs:
                first = r
                for (ref, action, lead, orig, rev, upd, brag, elead, end, status) in rows:
                    vals = [ref, None, None, action, lead, orig, rev, upd, brag]
                    for c, v in enumerate(vals, start=1):
                        cell = ws.cell(r, c, v)
                        cell.alignment = WRAP
                        cell.border = BOX
                        if isinstance(v, dt.datetime):
                            cell.number_format = "dd/mm/yyyy"
                    ws.cell(r, 9).fill = fill(BF[brag])
                    acts.append(dict(ref=ref, under=[service, req], action=action, lead=elead,
                                     end=end, status=status))
                    r += 1
                ws.cell(first, 2, req).alignment = WRAP
                ws.cell(first, 3, reg).alignment = WRAP
                if r - 1 > first:
                    ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
                    ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
        for col, w in zip("ABCDEFGHI", [8, 45, 16, 50, 30, 13, 13, 40, 7]):
            ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, name))
    write_yaml(name, {
        "source": ("Imitates an acute NHS trust's CQC must do / should do action plan as taken to its "
                   "quality committee (Isle of Wight NHS Trust, St Mary's Hospital core services, "
                   "2023–25; layout after published trust-board CQC improvement plan progress reports "
                   "such as East of England Ambulance Service's). Copied features: summary sheet with "
                   "title block, BRAG totals table and key; separate Must do and Should do sheets; core "
                   "service rows merged across; the CQC requirement and regulation in vertically "
                   "merged cells over their actions; original and revised completion dates; BRAG "
                   "letters on coloured cells; several leads in one cell."),
        "reads": ("A hospital trust's CQC action plan: six must-do and three should-do actions under "
                  "three core services, each answering a quoted CQC requirement, with a lead, original "
                  "and revised completion dates and a BRAG letter. The revised date is the end where "
                  "given."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }, acts)


# ---------------------------------------------------------------------------
# 5. GP practice (txt, tab-separated): Parsons Heath Medical Practice CQC action plan
# ---------------------------------------------------------------------------
def gp():
    name = "gj1-parsons-heath-medical-practice-cqc-inspection-action-plan.txt"
    title = "Parsons Heath Medical Practice – CQC Inspection Action Plan"
    S12 = "REQUIREMENT NOTICE – Regulation 12: Safe care and treatment"
    S17 = "REQUIREMENT NOTICE – Regulation 17: Good governance"
    SS = "SHOULD DO – areas where the practice should improve"
    F121 = "Patients prescribed high-risk medicines were not always monitored in line with guidance."
    F123 = "Not all staff had received sepsis training appropriate to their role."
    F171 = "The practice did not have an effective system to act on safety alerts."
    F172 = "Risk assessments for fire and legionella were overdue."
    FS1 = "The practice should continue to improve uptake of cervical screening."
    FS2 = "The practice should improve telephone access for patients."
    lines = [
        title,
        "Inspection date: 16 January 2024\tReport published: 7 March 2024\tOverall rating: Requires improvement",
        "Plan owner: Karen Ellwood, Practice Manager\tLast updated: 2 September 2024",
        "",
        "Ref\tCQC finding\tAction taken / planned\tLead\tTarget date\tRAG\tComments",
    ]
    acts = []
    data = [
        (S12, [
            ("R12.1", F121, F121, "Run a monthly search for patients on methotrexate, lithium and DOACs "
             "and recall those overdue blood tests.", "Dr S Okafor (Prescribing Lead)", "31/03/2024",
             "Completed", "Monthly search set up on SystmOne; audit April 2024 showed 98% compliance.",
             ["Dr S Okafor (Prescribing Lead)"], "2024-03", None, "blue"),
            ("R12.2", "", F121, "Review all medication reviews coded without a structured review and "
             "re-book where needed.", "Clinical Pharmacist", "30 June 2024", "Completed", "",
             ["Clinical Pharmacist"], "2024-06", None, "blue"),
            ("R12.3", F123, F123, "Book sepsis awareness training for all reception and clinical staff "
             "and add it to induction.", "Practice Manager / Lead Nurse", "End of May 2024", "Amber",
             "Reception sessions done; 2 clinicians outstanding.",
             ["Practice Manager", "Lead Nurse"], "2024-05", None, "amber"),
        ]),
        (S17, [
            ("R17.1", F171, F171, "Set up a shared safety alerts log with a named clinician to check "
             "each alert and record the action taken.", "Dr Hale & Dr Mistry", "30/04/2024",
             "Completed", "Log reviewed at monthly clinical meeting.",
             ["Dr Hale", "Dr Mistry"], "2024-04", None, "blue"),
            ("R17.2", F172, F172, "Commission external fire and legionella risk assessments and complete "
             "the resulting actions.", "Practice Manager", "September 2024", "Amber",
             "Fire risk assessment done 12/07/24; legionella assessment booked.",
             ["Practice Manager"], "2024-09", None, "amber"),
        ]),
        (SS, [
            ("S1", FS1, FS1, "Send text reminders and offer Saturday smear clinics through the PCN "
             "enhanced access service.", "Lead Nurse", "Ongoing", "Green",
             "Uptake 74.2% (Q1 2024/25).", ["Lead Nurse"], None, "Ongoing", "green"),
            ("S2", FS2, FS2, "Move to cloud telephony with call-back and queue position messages.",
             "Practice Manager; PCN Digital Lead", "31/10/2024", "Not started",
             "Awaiting ICB funding decision.", ["Practice Manager", "PCN Digital Lead"], "2024-10",
             None, "unrated"),
        ]),
    ]
    for section, rows in data:
        lines.append(section)
        for (ref, fcell, finding, action, lead, when, rag, comm, elead, end, etext, status) in rows:
            lines.append("\t".join([ref, fcell, action, lead, when, rag, comm]))
            acts.append(dict(ref=ref, under=[section, finding], action=action, lead=elead, end=end,
                             end_text=etext, status=status))
        lines.append("")
    lines.append("Key: Completed = action complete and evidence held; Green = on track; "
                 "Amber = at risk of delay; Red = overdue")
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")
    write_yaml(name, {
        "source": ("Imitates a GP practice's action plan after a CQC inspection rated Requires "
                   "improvement with requirement notices (Parsons Heath Medical Practice, Colchester, "
                   "2024; no published copy found), saved from a spreadsheet as tab-separated text: "
                   "title and inspection/owner lines, a header, upper-case section lines per "
                   "requirement notice regulation and for should-do areas, the CQC finding in its own "
                   "column (left blank on a second action for the same finding), day-first and "
                   "month-word dates, 'Ongoing', status words and a key line at the end."),
        "reads": ("A GP practice's CQC action plan: five actions under two requirement notices "
                  "(Regulations 12 and 17) and two should-do improvements, each against a quoted CQC "
                  "finding with a lead, target date and status. R12.2 continues the finding of R12.1."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }, acts)


# ---------------------------------------------------------------------------
# 6. Mental health trust (docx): CNWL community mental health CQC action plan
# ---------------------------------------------------------------------------
def cnwl():
    name = "gj1-cnwl-cqc-community-mental-health-must-should-do-action-plan.docx"
    title = ("CQC Action Plan – Community-based Mental Health Services for Adults of Working Age "
             "(Must Do and Should Do)")
    M1 = ("The trust must ensure that risk assessments and risk management plans are completed and "
          "updated for all patients on community mental health team caseloads. (Regulation 12)")
    M2 = ("The trust must ensure that there are enough qualified staff to meet caseload demand in "
          "community mental health teams. (Regulation 18)")
    S1 = ("The trust should ensure that physical health checks are completed for patients on "
          "antipsychotic medication.")
    S2 = "The trust should ensure that care plans are personalised and reflect the views of patients."
    M3 = ("The trust must ensure that governance processes identify and address waiting list risks for "
          "patients awaiting psychological therapies. (Regulation 17)")
    S3 = "The trust should ensure that learning from incidents is shared with all community teams."
    S4 = "The trust should ensure that staff receive regular managerial supervision."
    domains = [
        ("Safe", [
            ("Must", M1, [
                ("M1.1", "Audit all CMHT caseloads against the clinical risk policy and update any risk "
                         "assessment older than 12 months.",
                 "Borough Director – Brent / Borough Director – Harrow", "Oct 2024",
                 "Audit complete in Brent; Harrow 78% complete.", "Green",
                 ["Borough Director – Brent", "Borough Director – Harrow"], "2024-10", None, "green"),
                ("M1.2", "Introduce a monthly risk assessment compliance report on the team dashboard, "
                         "reviewed at borough quality meetings.",
                 "Head of Quality Compliance", "31/12/2024",
                 "Dashboard in test; first report due November.", "Green",
                 ["Head of Quality Compliance"], "2024-12", None, "green"),
            ]),
            ("Must", M2, [
                ("M2.1", "Complete the community mental health workforce review and recruit to vacant "
                         "care coordinator posts, using international recruitment where needed.",
                 "Director of People and Organisational Development", "Q4 2024/25",
                 "Review complete; 11 of 19 vacancies filled.", "Amber",
                 ["Director of People and Organisational Development"], "2025-03", None, "amber"),
                ("M2.2", "Introduce a caseload weighting tool and cap care coordinator caseloads at 35.",
                 "Associate Director of Nursing", "Sept 2024 – March 2025",
                 "Tool piloted in one team; caseloads still average 41.", "Red",
                 ["Associate Director of Nursing"], "2025-03", None, "red"),
            ]),
        ]),
        ("Effective", [
            ("Should", S1, [
                ("S1.1", "Recruit physical health care assistants in each borough to run annual health "
                         "check clinics.",
                 "Physical Health Lead", "30/11/2024",
                 "All posts filled; clinics running since August.", "Blue",
                 ["Physical Health Lead"], "2024-11", None, "blue"),
            ]),
            ("Should", S2, [
                ("S2.1", "Deliver co-produced care planning training with people with lived experience "
                         "for all care coordinators.",
                 "Head of Patient and Carer Participation; Lead Nurse for Community Services",
                 "March 2025", "Four of eight sessions delivered.", "Green",
                 ["Head of Patient and Carer Participation", "Lead Nurse for Community Services"],
                 "2025-03", None, "green"),
            ]),
        ]),
        ("Well-led", [
            ("Must", M3, [
                ("M3.1", "Validate the psychological therapies waiting list and make contact with every "
                         "patient waiting more than 18 weeks.",
                 "Head of Psychological Services", "31/08/2024",
                 "Validation complete; all long waiters contacted and risk-reviewed.", "Blue",
                 ["Head of Psychological Services"], "2024-08", None, "blue"),
            ]),
            ("Should", S3, [
                ("S3.1", "Publish a monthly ‘Learning from Incidents’ bulletin and add a standing agenda "
                         "item to team meetings.",
                 "Patient Safety Lead", "Ongoing – monthly",
                 "Bulletin issued July, August and September.", "Green",
                 ["Patient Safety Lead"], None, "Ongoing – monthly", "green"),
            ]),
            ("Should", S4, [
                ("S4.1", "Record supervision on the ESR supervision module and report compliance "
                         "monthly to the borough leadership teams.",
                 "Borough Directors", "Jan 2025",
                 "ESR module configured; recording at 52%.", "Amber",
                 ["Borough Directors"], "2025-01", None, "amber"),
            ]),
        ]),
    ]
    BF = {"Blue": "00B0F0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    hp = doc.sections[0].header.paragraphs[0]
    hp.text = "Central and North West London NHS Foundation Trust"
    doc.add_paragraph(title, style="Title")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Meeting", "Quality and Performance Committee – 8 October 2024"),
                 ("Agenda item", "6.2"),
                 ("Executive lead", "Chief Nurse"),
                 ("Report author", "Head of Quality Compliance"),
                 ("Purpose", "Assurance"),
                 ("Inspection", "11–13 June 2024 (report published 23 August 2024)")]:
        r = t.add_row().cells
        r[0].text, r[1].text = k, v
        shade(r[0], "D9E2F3")
    doc.add_heading("1. Summary", level=1)
    doc.add_paragraph("The CQC identified 3 Must Do and 4 Should Do actions for the core service. The "
                      "trust has agreed 9 actions in response. Of these, 2 are complete, 4 are on "
                      "track, 2 are at risk of delay and 1 is off track.")
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text, t.rows[0].cells[1].text = "BRAG status", "Number of actions"
    bold_row(t.rows[0])
    for k, n in [("Blue", "2"), ("Green", "4"), ("Amber", "2"), ("Red", "1"), ("Total", "9")]:
        r = t.add_row().cells
        r[0].text, r[1].text = k, n
    doc.add_paragraph("")
    doc.add_paragraph("BRAG key").runs[0].bold = True
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Blue", "Complete and assured"), ("Green", "On track"),
                 ("Amber", "At risk of delay"), ("Red", "Off track")]:
        r = t.add_row().cells
        r[0].text, r[1].text = k, v
        shade(r[0], BF[k])
    doc.add_heading("2. Recommendation", level=1)
    doc.add_paragraph("The Committee is asked to note progress and the actions at risk.")
    doc.add_page_break()
    doc.add_heading("Appendix A – Action plan", level=1)
    acts = []
    hdr = ["Ref", "Must / Should", "CQC finding", "Action", "Lead", "Due date",
           "Update (September 2024)", "BRAG"]
    for dom, findings in domains:
        doc.add_heading(dom, level=2)
        t = doc.add_table(rows=1, cols=8)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, hdr):
            c.text = h
            shade(c, "005EB8")
        bold_row(t.rows[0])
        for ms, finding, rows in findings:
            first = len(t.rows)
            for (ref, action, lead, due, upd, brag, elead, end, etext, status) in rows:
                r = t.add_row().cells
                r[0].text, r[1].text = ref, ms
                r[3].text, r[4].text, r[5].text, r[6].text, r[7].text = action, lead, due, upd, brag
                shade(r[7], BF[brag])
                acts.append(dict(ref=ref, under=[dom, finding], action=action, lead=elead, end=end,
                                 end_text=etext, status=status))
            last = len(t.rows) - 1
            if last > first:
                m = t.cell(first, 2).merge(t.cell(last, 2))
                m.text = finding
            else:
                t.cell(first, 2).text = finding
        doc.add_paragraph("")
    doc.save(os.path.join(OUT, name))
    write_yaml(name, {
        "source": ("Imitates a mental health trust's CQC must do / should do action plan for one core "
                   "service, appended to a committee paper (CNWL, community-based mental health "
                   "services for adults of working age, 2024; layout after published trust CQC action "
                   "plan updates such as Sheffield Health and Social Care's and EEAST's board reports). "
                   "Copied features: trust name in the page header, a Title, a cover table of meeting "
                   "details, a summary paragraph with a BRAG count table and a BRAG key table, then an "
                   "appendix with one table per CQC key question (Safe, Effective, Well-led), the CQC "
                   "finding in a vertically merged cell over its actions, Must/Should column, due "
                   "dates as months, quarters, periods and 'Ongoing – monthly', BRAG words on coloured "
                   "cells, two posts in one lead cell."),
        "reads": ("A committee paper whose appendix holds nine actions answering three must-do and four "
                  "should-do CQC findings, grouped under Safe, Effective and Well-led, each with a lead, "
                  "due date, update and BRAG status. The cover, summary and key tables are not "
                  "actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }, acts)


# ---------------------------------------------------------------------------
# 7. National body (xlsx): Met Office internal audit recommendations tracker for ARAC
# ---------------------------------------------------------------------------
def metoffice():
    name = "gj1-met-office-arac-internal-audit-recommendations-tracker.xlsx"
    title = "Met Office – Internal Audit Recommendations Tracker"
    wb = Workbook()
    c = wb.active
    c.title = "Cover"
    c["A1"] = title
    c["A1"].font = Font(bold=True, size=16)
    c["A2"] = "Audit and Risk Assurance Committee – 28 January 2025"
    for i, (k, v) in enumerate([("Document owner", "Head of Risk and Assurance"),
                                ("Version", "2.1"),
                                ("Classification", "OFFICIAL"),
                                ("Date", "14 January 2025")], start=4):
        c.cell(i, 1, k).font = Font(bold=True)
        c.cell(i, 2, v)
        c.cell(i, 1).border = c.cell(i, 2).border = BOX
    c.column_dimensions["A"].width = 20
    c.column_dimensions["B"].width = 40

    s = wb.create_sheet("Summary")
    s["A1"] = "Summary of internal audit actions by priority"
    s["A1"].font = Font(bold=True)
    hdr = ["Priority", "Open", "Of which overdue", "Closed since last ARAC", "Total"]
    for i, h in enumerate(hdr, start=1):
        s.cell(3, i, h).font = Font(bold=True)
    for r, row in enumerate([("High", 2, 1, 0, 2), ("Medium", 3, 0, 1, 4), ("Low", 1, 0, 1, 2),
                             ("Total", 6, 1, 2, 8)], start=4):
        for i, v in enumerate(row, start=1):
            s.cell(r, i, v)
    s.cell(7, 1).font = Font(bold=True)

    RF = {"red": "FFFF0000", "amber": "FFFFC000", "green": "FF00B050", "blue": "FF00B0F0"}
    o = wb.create_sheet("Open actions")
    o["A1"] = "Open internal audit actions – position at 14 January 2025"
    o["A1"].font = Font(bold=True, size=13)
    o["A2"] = ("RAG (cell colour): green = on track; amber = revised date agreed / at risk; "
               "red = overdue; blue = complete, awaiting GIAA validation")
    o["A2"].font = Font(italic=True)
    ohdr = ["Ref", "Priority", "Recommendation", "Agreed management action", "Action owner",
            "Original target date", "Revised target date", "Latest update", "RAG"]
    for i, h in enumerate(ohdr, start=1):
        cell = o.cell(4, i, h)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = fill("FF2E3B4E")
        cell.alignment = WRAP
        cell.border = BOX
    CS = "GIAA 2023-24: Cyber Security – Third Party Access (Limited assurance)"
    CM = "GIAA 2024-25: Contract Management (Moderate assurance)"
    BC = "GIAA 2024-25: Business Continuity (Moderate assurance)"
    PY = "GIAA 2023-24: Payroll (Substantial assurance)"
    R1 = ("Management should maintain a complete register of third-party suppliers with access to Met "
          "Office networks, including the level of access granted.")
    R2 = "Multi-factor authentication should be enforced for all remote supplier connections."
    R3 = "Contract managers should be formally appointed and trained for all contracts over £1m."
    R4 = "Business impact analyses should be refreshed for all critical services."
    R5 = "Supplier access sessions should be logged and the logs reviewed."
    R6 = "Signed starter and leaver checklists should be retained."
    openplan = [
        (CS, [
            (R1, [
                ("CS1.1", "High", "Create a third-party access register in ServiceNow covering all "
                 "suppliers with network access.", "Chief Information Security Officer",
                 D(2024, 6, 30), D(2024, 12, 31), "Register 85% populated; final suppliers being "
                 "confirmed with Commercial.", "amber", ["Chief Information Security Officer"],
                 "2024-12", "amber"),
                ("CS1.2", "High", "Review third-party accounts quarterly and remove access that is no "
                 "longer required.", "Chief Information Security Officer; Head of IT Operations",
                 D(2024, 9, 30), None, "First quarterly review not yet completed.", "red",
                 ["Chief Information Security Officer", "Head of IT Operations"], "2024-09", "red"),
            ]),
            (R2, [
                ("CS2.1", "Medium", "Enforce MFA on the supplier remote access gateway and "
                 "decommission the legacy VPN.", "Head of IT Operations", "Q1 2025/26", None,
                 "Gateway procured; migration plan agreed.", "green", ["Head of IT Operations"],
                 "2025-06", "green"),
            ]),
        ]),
        (CM, [
            (R3, [
                ("CM1.1", "Medium", "Issue appointment letters to named contract managers for all "
                 "contracts over £1m and record them on the contracts register.", "Okoro, Tunde",
                 D(2025, 3, 31), None, "Letters drafted for 23 of 31 contracts.", "green",
                 ["Okoro, Tunde"], "2025-03", "green"),
                ("CM1.2", "Medium", "Require contract managers to complete the Government Commercial "
                 "College contract management foundation course.", "Head of Commercial",
                 D(2025, 6, 30), None, "Places booked for February and April cohorts.", "green",
                 ["Head of Commercial"], "2025-06", "green"),
            ]),
        ]),
        (BC, [
            (R4, [
                ("BC1.1", "Low", "Refresh business impact analyses for the operational forecasting "
                 "and supercomputing services.", "Business Continuity Manager",
                 D(2024, 11, 30), D(2025, 2, 28), "BIAs signed off 10 January 2025; evidence sent to "
                 "GIAA.", "blue", ["Business Continuity Manager"], "2025-02", "blue"),
            ]),
        ]),
    ]
    acts = []
    r = 5
    for audit, recs in openplan:
        o.cell(r, 1, audit).font = Font(bold=True)
        o.cell(r, 1).fill = fill("FFDDEBF7")
        o.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for rec, rows in recs:
            first = r
            for (ref, pri, action, owner, orig, rev, upd, rag, elead, end, status) in rows:
                vals = [ref, pri, None, action, owner, orig, rev, upd, None]
                for i, v in enumerate(vals, start=1):
                    cell = o.cell(r, i, v)
                    cell.alignment = WRAP
                    cell.border = BOX
                    if isinstance(v, dt.datetime):
                        cell.number_format = "dd/mm/yyyy"
                o.cell(r, 9).fill = fill(RF[rag])
                acts.append(dict(ref=ref, under=[audit, rec], action=action, lead=elead, end=end,
                                 status=status))
                r += 1
            o.cell(first, 3, rec).alignment = WRAP
            if r - 1 > first:
                o.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    for col, w in zip("ABCDEFGHI", [8, 9, 40, 45, 28, 12, 12, 40, 6]):
        o.column_dimensions[col].width = w

    cl = wb.create_sheet("Closed since last ARAC")
    cl["A1"] = "Actions closed since the October 2024 ARAC"
    cl["A1"].font = Font(bold=True, size=13)
    chdr = ["Ref", "Priority", "Recommendation", "Agreed management action", "Action owner",
            "Target date", "Date closed", "Status"]
    for i, h in enumerate(chdr, start=1):
        cell = cl.cell(3, i, h)
        cell.font = Font(bold=True)
        cell.border = BOX
    closed = [
        (CS, R5, ("CS3.1", "Medium", "Enable logging of all supplier sessions and review the logs "
                  "monthly through the Security Operations Centre.",
                  "Security Operations Centre Manager", D(2024, 10, 31), D(2024, 11, 15), "Complete",
                  ["Security Operations Centre Manager"], "2024-10", "blue")),
        (PY, R6, ("PY1.1", "Low", "Store signed starter and leaver checklists on the HR case "
                  "management system.", "HR Operations Manager", D(2024, 9, 30), D(2024, 9, 20),
                  "Complete", ["HR Operations Manager"], "2024-09", "blue")),
    ]
    r = 4
    for audit, rec, (ref, pri, action, owner, tgt, done, st, elead, end, status) in closed:
        cl.cell(r, 1, audit).font = Font(bold=True)
        cl.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for i, v in enumerate([ref, pri, rec, action, owner, tgt, done, st], start=1):
            cell = cl.cell(r, i, v)
            cell.alignment = WRAP
            cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        acts.append(dict(ref=ref, under=[audit, rec], action=action, lead=elead, end=end,
                         status=status))
        r += 1
    for col, w in zip("ABCDEFGH", [8, 9, 40, 45, 28, 12, 12, 10]):
        cl.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, name))
    write_yaml(name, {
        "source": ("Imitates a government executive agency's internal audit recommendations tracker "
                   "for its Audit and Risk Assurance Committee (Met Office, GIAA audits 2023-24 and "
                   "2024-25, reported January 2025; no published copy found, layout after ARAC/audit "
                   "committee recommendation trackers with original and revised target dates). "
                   "Copied features: cover sheet with document-control table, summary sheet of counts "
                   "by priority, an open-actions sheet with audit-report rows merged across, the "
                   "recommendation in a vertically merged cell over its management actions, priority "
                   "column, original and revised target dates, RAG shown only by cell colour with a "
                   "key line (blue = complete awaiting validation), a surname-first owner, and a "
                   "second sheet of actions closed since the last committee."),
        "reads": ("An ARAC tracker of internal audit actions: six open actions under three GIAA audit "
                  "reports with RAG by cell colour, and two closed actions on a second sheet. The end "
                  "is the revised target date where given; closed actions are complete."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }, acts)


if __name__ == "__main__":
    school()
    college()
    firebrand()
    iow()
    gp()
    cnwl()
    metoffice()
    print("done")
