"""Generator for the ap1- cases of heldout76.

Makes seven plan documents (3 xlsx, 2 docx, 1 csv, 1 txt) imitating plans that
bodies really publish.  Run with /work/main/.venv/bin/python ap1_make.py
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- docx helpers
def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(1.5))


def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


def put(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)
        if i < len(lines) - 1:
            r.add_break()


# ============================================================ A. Diocese of Truro (docx)
def diocese_truro():
    doc = Document()
    landscape(doc)
    doc.add_paragraph(
        "Diocese of Truro: Response to the SCIE Independent Safeguarding Audit – Action Plan",
        style="Title")
    doc.add_paragraph("Progress update for the Diocesan Safeguarding Advisory Panel, March 2018")

    doc.add_heading("Document control", level=2)
    dc = doc.add_table(rows=1, cols=4)
    dc.style = "Table Grid"
    for c, h in zip(dc.rows[0].cells, ["Version", "Date", "Author", "Comments"]):
        put(c, h, bold=True)
    for row in [("0.3", "12/09/2017", "DSA", "Draft for Bishop's Staff Meeting"),
                ("1.0", "02/10/2017", "Diocesan Secretary", "Approved by DSAP"),
                ("1.2", "14/03/2018", "DSA", "March 2018 progress update")]:
        cells = dc.add_row().cells
        for c, v in zip(cells, row):
            put(c, v)

    doc.add_paragraph()
    doc.add_paragraph(
        "The Social Care Institute for Excellence (SCIE) audited the Diocese's safeguarding "
        "arrangements on 20–22 June 2017 as part of the national programme of diocesan audits "
        "commissioned by the House of Bishops. The final report set out a number of "
        "considerations for the Diocese. This plan sets out our response to each consideration, "
        "who will lead the work and when it will be completed. Progress is reported to each "
        "meeting of the Diocesan Safeguarding Advisory Panel (DSAP) and to Bishop's Council.")

    headers = ["Ref", "SCIE consideration for the diocese", "Action", "Lead", "Timescale",
               "Progress at March 2018", "RAG"]
    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, headers):
        put(c, h, bold=True)
        shade(c, "D9D9D9")

    plan = [
        ("1. Safeguarding structures and leadership", [
            ("How can the Diocesan Safeguarding Advisory Panel be strengthened so that it "
             "provides robust strategic oversight and challenge of safeguarding across the diocese?", [
                ("1.1", "Review the DSAP terms of reference and membership, to include an independent "
                        "chair with statutory safeguarding experience and representation from the local "
                        "authority.", "Diocesan Secretary", "December 2017",
                 "Revised terms of reference agreed at Bishop's Council in November 2017. Independent "
                 "chair (former Head of Service, Cornwall Children's Services) appointed from January 2018.",
                 "Complete"),
                ("1.2", "Introduce an annual DSAP work programme and a safeguarding dashboard reported to "
                        "Bishop's Council twice a year.", "Independent Chair DSAP / DSA", "31/03/2018",
                 "Draft dashboard presented in February 2018; data from the parish returns is still being "
                 "validated.", "Amber"),
            ]),
            ("What can be done to ensure there is adequate capacity in the safeguarding team to meet "
             "current and future demand?", [
                ("1.3", "Appoint an Assistant Diocesan Safeguarding Adviser (0.6 FTE) and secure "
                        "administrative support for the safeguarding team.", "Diocesan Secretary",
                 "Jan – April 2018",
                 "Post approved in the 2018 budget. Interviews held on 8 March 2018; preferred candidate "
                 "to start in May.", "Green"),
            ]),
        ]),
        ("2. Casework and information sharing", [
            ("How can the diocese be assured that case records are complete and consistently recorded, "
             "and that safeguarding agreements are reviewed on time?", [
                ("2.1", "Move all safeguarding case files to a secure electronic case management system "
                        "with a standard recording template and chronology.", "DSA", "Q1 2018/19",
                 "Options appraisal completed; preferred system identified jointly with the Diocese of "
                 "Exeter. Data migration planned for May–June 2018.", "Green"),
                ("2.2", "Establish a register of all safeguarding agreements with review dates, overseen "
                        "by the Archdeacons, and review every agreement at least annually.",
                 "DSA & Archdeacon of Cornwall", "November 2017",
                 "Register in place and 14 agreements reviewed. Two agreements are overdue for review; "
                 "dates set for April 2018.", "Amber"),
            ]),
            ("How might the working relationship with the statutory agencies, in particular the LADO, "
             "be made more consistent?", [
                ("2.3", "Agree an information sharing protocol with the Cornwall and Isles of Scilly LADO "
                        "and hold quarterly liaison meetings.", "DSA", "Ongoing",
                 "Protocol signed in January 2018. Quarterly meetings diarised for 2018.", "Green"),
            ]),
        ]),
        ("3. Training", [
            ("How can the diocese be confident that all clergy, licensed lay ministers and parish "
             "safeguarding officers have completed the required training, and that it is refreshed "
             "every three years?", [
                ("3.1", "Implement the national Safeguarding Learning and Development Framework, with C2 "
                        "leadership training for all licensed clergy.", "Safeguarding Training Officer",
                 "Sept 2017 – July 2018",
                 "Nine C2 sessions delivered to date; 71% of licensed clergy trained. Remaining sessions "
                 "booked for May and June.", "Green"),
                ("3.2", "Set up a training database linked to clergy and PSO records so that refresher "
                        "dates can be monitored and reminders sent.",
                 "Safeguarding Training Officer / HR Adviser", "TBC",
                 "Not started – depends on the new case management system (see 2.1).", ""),
            ]),
        ]),
        ("4. Safer recruitment and parishes", [
            ("How can the diocese gain assurance that parishes are following safer recruitment "
             "practice and the House of Bishops' policy?", [
                ("4.1", "Introduce an annual parish safeguarding self-assessment return, with results "
                        "analysed by deanery and reported to DSAP.", "DSA", "End of June 2018",
                 "Return designed and piloted in the Deanery of Carnmarth North; roll-out to all "
                 "parishes in April 2018.", "Green"),
                ("4.2", "Review the DBS process so that renewals are tracked centrally, and recheck all "
                        "clergy and readers not checked within the last five years.",
                 "Bishop's Chaplain", "31 Dec 2017",
                 "All rechecks completed by December 2017. Renewals now tracked on the clergy database.",
                 "Complete"),
            ]),
        ]),
    ]
    rag_fill = {"Complete": "00B0F0", "Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}
    for section, considerations in plan:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[6])
        put(m, section, bold=True, size=10)
        shade(m, "DDEBF7")
        for consideration, actions in considerations:
            first = None
            for ref, action, lead, when, progress, rag in actions:
                cells = t.add_row().cells
                put(cells[0], ref)
                if first is None:
                    first = cells[1]
                put(cells[2], action)
                put(cells[3], lead)
                put(cells[4], when)
                put(cells[5], progress)
                put(cells[6], rag)
                if rag:
                    shade(cells[6], rag_fill[rag])
                last = cells[1]
            merged = first.merge(last) if last is not first else first
            put(merged, consideration)

    doc.add_paragraph()
    doc.add_paragraph(
        "RAG key: Red – not started or significant risk to delivery; Amber – progress behind plan; "
        "Green – in progress and on track; Complete – action completed.")
    doc.save(out("ap1-diocese-of-truro-scie-safeguarding-audit-action-plan.docx"))


# ============================================================ B. National Star College (docx)
def national_star():
    doc = Document()
    landscape(doc)
    doc.add_paragraph("National Star College – Post-Inspection Action Plan", style="Title")
    doc.add_paragraph("Following the Ofsted full inspection, 21 to 24 November 2023. "
                      "Version 3 – progress at 29 February 2024.")
    doc.add_paragraph(
        "Inspectors identified the areas for improvement below under 'What does the provider need to "
        "do to improve?'. Each area has its own action table. The plan is monitored monthly by the "
        "Quality Improvement Board and reported to each meeting of the Trustees' Quality and Standards "
        "Committee.")
    green, amber, red, blue = "00B050", "FFC000", "FF0000", "00B0F0"
    afis = [
        ("Leaders should ensure that learners' targets are specific and measurable, so that learners "
         "and staff can see the progress learners make towards the outcomes in their education, health "
         "and care plans.", [
            ("1.1", "Re-train all tutors and therapists in writing SMART targets linked to EHCP outcomes, "
                    "using moderated exemplars from each curriculum pathway.", "Head of Quality (RT)",
             "January 2024", "95% of ILPs sampled in the February audit contain measurable targets.",
             "Training delivered at the 8 January 2024 INSET. 88% of ILPs sampled met the standard; "
             "follow-up coaching for two teams.", green),
            ("1.2", "Introduce termly moderation of ILP targets by curriculum managers, with findings "
                    "reported to the Quality Improvement Board.", "Curriculum Managers", "Spring term 2024",
             "Moderation reports show improvement in target quality each term.",
             "First moderation round completed in February.", green),
            ("1.3", "Update the RARPA process so that progress against each target is recorded weekly "
                    "on the eILP.", "Director of Learning / Head of MIS", "Summer term 2024",
             "Weekly progress recorded for all learners; learners can explain their next steps.",
             "Changes to the eILP specified; development delayed by the MIS upgrade.", amber),
        ]),
        ("Leaders should make sure that learners who have complex communication needs have consistent "
         "access to their communication aids in college and in the residences.", [
            ("2.1", "Audit the use of communication aids across all residences and classrooms and put in "
                    "place a fault-reporting and loan system for AAC devices.",
             "Head of Speech and Language Therapy", "31/01/2024",
             "No learner without their communication aid for more than one day.",
             "Audit completed; loan system in use since 15 January.", blue),
            ("2.2", "Deliver communication partner training to all residential support staff, including "
                    "night staff.", "Head of Residential Services", "July 2024",
             "100% of residential staff trained; learning walks show consistent use of aids.",
             "62% of residential staff trained. Night staff sessions start in March.", green),
        ]),
        ("Trustees should receive more detailed information about the quality of education so that "
         "they can hold leaders to account effectively.", [
            ("3.1", "Redesign the quality report to trustees to include learner progress, attendance and "
                    "destination data by programme.", "Principal", "March 2024",
             "Trustees' minutes show challenge on the quality of education.",
             "New format agreed with the Chair of the Quality and Standards Committee; first report due "
             "19 March.", green),
            ("3.2", "Arrange for two trustees to join learning walks each term and report back to the "
                    "Board.", "Clerk to the Trustees", "Termly",
             "Trustee learning walk reports received each term.",
             "Not yet started – dates to be agreed with trustees.", None),
        ]),
    ]
    headers = ["Ref", "Action", "Lead", "By when", "Success measure / impact",
               "Progress update (Feb 2024)", "RAG"]
    widths = [Cm(1.2), Cm(7), Cm(3.2), Cm(2.6), Cm(5), Cm(6), Cm(1.4)]
    for n, (text, actions) in enumerate(afis, start=1):
        doc.add_heading(f"Area for improvement {n}", level=2)
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.italic = True
        t = doc.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        for c, h, w in zip(t.rows[0].cells, headers, widths):
            put(c, h, bold=True)
            shade(c, "BDD7EE")
            c.width = w
        for ref, action, lead, when, measure, progress, fill in actions:
            cells = t.add_row().cells
            for c, v, w in zip(cells, [ref, action, lead, when, measure, progress, ""], widths):
                put(c, v)
                c.width = w
            if fill:
                shade(cells[6], fill)
        doc.add_paragraph()

    doc.add_paragraph("RAG key")
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for fill, meaning in [(green, "On track"), (amber, "Some slippage – action needed"),
                          (red, "Off track"), (blue, "Completed")]:
        cells = k.add_row().cells
        shade(cells[0], fill)
        put(cells[1], meaning)
    doc.save(out("ap1-national-star-college-ofsted-post-inspection-action-plan.docx"))


# ---------------------------------------------------------------- xlsx helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexrgb):
    return PatternFill("solid", start_color=hexrgb, end_color=hexrgb)


def write_row(ws, r, values, bold=False, border=True):
    for c, v in enumerate(values, start=1):
        cell = ws.cell(row=r, column=c, value=v)
        cell.alignment = WRAP
        if bold:
            cell.font = Font(bold=True)
        if border:
            cell.border = BOX


# ============================================================ C. British Gymnastics (xlsx)
def british_gymnastics():
    wb = Workbook()
    ws = wb.active
    ws.title = "Reform 25 tracker"
    ncol = 8
    ws["A1"] = "British Gymnastics – Reform '25 Action Plan: Progress Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A2"] = ("Response to the Whyte Review (June 2022). Position as at 31 October 2023, as reported "
                "to the Reform '25 oversight group (UK Sport and Sport England).")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    header = ["No.", "Action", "Owner", "Phase", "Original target", "Revised target", "Status",
              "Progress update"]
    write_row(ws, 4, header, bold=True)
    for c in range(1, ncol + 1):
        ws.cell(row=4, column=c).fill = fill("1F3864")
        ws.cell(row=4, column=c).font = Font(bold=True, color="FFFFFF")
    status_fill = {"Complete": "00B0F0", "On track": "92D050", "At risk": "FFC000",
                   "Off track": "FF0000"}
    D = dt.datetime
    plan = [
        ("1. Culture and Strategy", [
            (1, "Publish a new purpose and set of values for the sport that place the welfare of "
                "gymnasts ahead of performance outcomes.", "Chief Executive", "Phase 1",
             D(2022, 12, 31), None, "Complete",
             "New purpose and values launched with member clubs in December 2022."),
            (2, "Appoint an independent monitor to report publicly on the progress of Reform '25.",
             "Chair of the Board", "Phase 1", D(2023, 3, 31), D(2023, 6, 30), "Complete",
             "Independent monitor appointed in June 2023 after an open recruitment; first public "
             "report due in Q1 2024."),
            (3, "Introduce a Code of Conduct for all members and make membership compulsory for every "
                "coaching and club welfare role.", "Director of Integrity & Safeguarding", "Phase 2",
             D(2023, 9, 30), D(2024, 1, 31), "At risk",
             "Consultation closed in August 2023. Membership system changes are needed before roll-out; "
             "revised date agreed with the oversight group."),
            None,
        ]),
        ("2. Welfare, Safeguarding and Complaints", [
            (4, "Create an independent complaints and disciplinary process, with cases investigated "
                "and heard outside British Gymnastics.", "Director of Integrity & Safeguarding",
             "Phase 1", D(2023, 4, 30), None, "Complete",
             "Independent provider appointed to manage investigations and hearings from April 2023."),
            (5, "Publish the names of coaches who are subject to sanctions.", "Head of Integrity",
             "Phase 1", D(2022, 12, 31), None, "Complete",
             "Sanctions register published on the website and updated after each hearing."),
            (6, "Recruit and train a network of regional welfare officers to support clubs.",
             "Head of Safeguarding", "Phase 2", D(2023, 12, 31), None, "On track",
             "Four of the six regional welfare officers in post; the remaining two posts are out to "
             "advert."),
            (7, "Introduce case management timescales and report performance against them to the Board "
                "every quarter.", "Head of Integrity / Head of Safeguarding", "Phase 2",
             D(2023, 6, 30), D(2023, 11, 30), "Off track",
             "The backlog of legacy cases continues to affect timeliness. Additional case managers "
             "funded from November."),
        ]),
        ("3. Education and Development", [
            (8, "Review all coach education qualifications to embed safe and positive coaching practice "
                "and athlete-centred weight management.", "Head of Education", "Phase 2",
             D(2024, 6, 30), None, "On track",
             "Review group established; first three qualifications rewritten and with the awarding "
             "body."),
            (9, "Launch compulsory safeguarding and welfare CPD for all licensed coaches, renewed every "
                "two years.", "Head of Education", "Phase 3", D(2024, 9, 30), None, "Not started",
             "Scheduled to start once the qualification review (action 8) is complete."),
        ]),
        ("4. Performance", [
            (10, "Set up an athlete voice and welfare panel for the World Class Programme, independent "
                 "of coaching staff.", "Performance Director", "Phase 1", D(2023, 1, 31), None,
             "Complete", "Panel met for the first time in January 2023 and meets every two months."),
            (11, "Introduce independent welfare check-ins for all World Class Programme gymnasts at "
                 "least twice a year.", "Performance Director / Head of Performance Health", "Phase 2",
             D(2023, 9, 30), D(2024, 3, 31), "At risk",
             "Provider procured; the first round of check-ins starts in January 2024."),
            (12, "Review weight management and medical practice in the performance pathway against the "
                 "new athlete health standards.", "Head of Performance Health", "Phase 3",
             D(2025, 3, 31), None, "On track", "Terms of reference for the review agreed."),
        ]),
    ]
    r = 5
    for theme, actions in plan:
        ws.cell(row=r, column=1, value=theme).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        ws.cell(row=r, column=1).fill = fill("D9E1F2")
        r += 1
        for a in actions:
            if a is None:  # a blank row left in the sheet
                r += 1
                continue
            no, action, owner, phase, orig, rev, status, progress = a
            write_row(ws, r, [no, action, owner, phase, orig, rev, status, progress])
            ws.cell(row=r, column=5).number_format = "mmm-yy"
            ws.cell(row=r, column=6).number_format = "mmm-yy"
            if status in status_fill:
                ws.cell(row=r, column=7).fill = fill(status_fill[status])
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Status key").font = Font(bold=True)
    r += 1
    for status, meaning in [("Complete", "Action delivered and signed off by the oversight group"),
                            ("On track", "Progressing to the target date"),
                            ("At risk", "Target date may be missed; mitigation in place"),
                            ("Off track", "Target date missed or will be missed"),
                            ("Not started", "Scheduled for a later phase")]:
        ws.cell(row=r, column=2, value=status)
        if status in status_fill:
            ws.cell(row=r, column=2).fill = fill(status_fill[status])
        ws.cell(row=r, column=3, value=meaning)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Summary").font = Font(bold=True)
    ws.cell(row=r, column=2, value="Complete 5 | On track 3 | At risk 2 | Off track 1 | "
                                   "Not started 1 | Total 12")
    for col, w in zip("ABCDEFGH", [6, 60, 28, 9, 11, 11, 11, 55]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(out("ap1-british-gymnastics-reform25-action-plan-tracker.xlsx"))


# ============================================================ D. Aston University Athena Swan (xlsx)
def aston_athena_swan():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ncol = 9
    ws["A1"] = ("College of Engineering and Physical Sciences – Athena Swan Bronze Action Plan "
                "2022–2027")
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A2"] = "Aston University. Year 1 progress review, October 2023."
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    header = ["Ref", "Objective", "Rationale", "Actions and outputs", "Timeframe",
              "Person(s) responsible", "Success measure", "Progress update (Oct 2023)", "RAG"]
    write_row(ws, 4, header, bold=True)
    for c in range(1, ncol + 1):
        ws.cell(row=4, column=c).fill = fill("5B2C6F")
        ws.cell(row=4, column=c).font = Font(bold=True, color="FFFFFF")
    rag_fill = {"R": "FF0000", "A": "FFC000", "G": "92D050", "B": "00B0F0"}
    plan = [
        ("Priority 1: Increase the proportion of women applying for and appointed to academic posts", [
            ("Attract more women to apply for lecturer and senior lecturer posts",
             "Women were 19% of applicants for academic posts in 2018–21, against a sector benchmark "
             "of 24%.", [
                ("1.1", "Review all academic job adverts and further particulars using a gender decoder "
                        "and include flexible working and family-friendly policy statements.",
                 "Jan 2023 – Sept 2023", "HoDs, HR Partner", "Women ≥25% of applicants by 2025.",
                 "All adverts reviewed since March 2023; women were 23% of applicants in year 1.", "G"),
                ("1.2", "Require every shortlisting and interview panel to be gender-balanced and all "
                        "panel members to complete recruitment bias training.", "Oct 2023", "Dean",
                 "100% of panels gender-balanced; 100% of panel members trained.",
                 "Training completion 81%. Two panels in year 1 had no woman member.", "A"),
             ]),
            ("Support women researchers to progress to senior lecturer and reader",
             "Only 2 of 11 promotion applications to reader in 2019–22 were from women.", [
                ("1.3", "Run an annual promotion workshop with case studies from recently promoted women "
                        "and one-to-one reviews of draft applications.", "Annually (Nov)",
                 "Associate Dean Research, ASC",
                 "Applications from women proportionate to their share of eligible staff.",
                 "First workshop held November 2022 (26 attendees, 17 women).", "G"),
             ]),
        ]),
        ("Priority 2: Improve support for staff with caring responsibilities", [
            ("Make sure staff returning from parental leave are supported back into their careers",
             "Staff survey 2021: 42% of respondents with caring responsibilities felt unsupported on "
             "return from leave.", [
                ("2.1", "Introduce a returners' fund giving one term of reduced teaching load to academic "
                        "staff returning from maternity, adoption or shared parental leave.",
                 "Novmber 2024", "Dean, College Manager",
                 "All eligible returners offered the fund; uptake and feedback monitored.",
                 "Costed proposal approved by College Executive in July 2023; scheme guidance in "
                 "drafting.", "A"),
                ("2.2", "Schedule all college meetings and seminars between 10:00 and 16:00 and publish "
                        "the core hours policy.", "June 2023", "College Manager",
                 "95% of meetings within core hours (annual audit).",
                 "Core hours policy published June 2023; audit shows 97% compliance.", "B"),
             ]),
        ]),
        ("Priority 3: Embed Athena Swan in college governance", [
            ("Give the Self-Assessment Team the standing and resources to drive the action plan",
             "SAT members reported that Athena Swan work was not recognised in workload allocation.", [
                ("3.1", "Make the Self-Assessment Team a standing committee of the College Executive, "
                        "with 50 hours in the workload model for each member.", "Dec 2022", "Dean",
                 "SAT membership stable; members' hours recognised in the workload model.",
                 "Completed December 2022.", "B"),
                ("3.2", "Report progress on this action plan to College Executive each term and to the "
                        "University EDI Committee annually.", "Termly", "SAT Chair",
                 "Progress reports minuted each term.",
                 "Reports made in February, June and October 2023.", "G"),
             ]),
        ]),
    ]
    r = 5
    for priority, objectives in plan:
        ws.cell(row=r, column=1, value=priority).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = fill("E8DAEF")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
        for objective, rationale, actions in objectives:
            top = r
            for ref, action, when, who, measure, progress, rag in actions:
                write_row(ws, r, [ref, objective if r == top else None,
                                  rationale if r == top else None,
                                  action, when, who, measure, progress, rag])
                ws.cell(row=r, column=9).fill = fill(rag_fill[rag])
                ws.cell(row=r, column=9).alignment = Alignment(horizontal="center", vertical="top")
                r += 1
            if r - 1 > top:
                ws.merge_cells(start_row=top, start_column=2, end_row=r - 1, end_column=2)
                ws.merge_cells(start_row=top, start_column=3, end_row=r - 1, end_column=3)
    r += 1
    ws.cell(row=r, column=1, value="RAG key:").font = Font(bold=True)
    ws.cell(row=r, column=2, value="R – not started or significantly behind; A – in progress, some "
                                   "delay; G – on track; B – complete")
    for col, w in zip("ABCDEFGHI", [6, 30, 34, 50, 16, 20, 30, 40, 6]):
        ws.column_dimensions[col].width = w
    wb.save(out("ap1-aston-university-athena-swan-action-plan.xlsx"))


# ============================================================ E. Moorfields ICO audit (xlsx)
def moorfields_ico():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ncol = 8
    ws["A1"] = "ICO Data Protection Audit – Management Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A2"] = ("Moorfields Eye Hospital NHS Foundation Trust. Consensual audit fieldwork 5–7 September "
                "2023. Updated for the Audit and Risk Committee, 11 June 2024.")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    header = ["ICO ref", "Recommendation", "Priority", "Agreed action", "Action owner", "Target date",
              "RAG", "Progress update"]
    write_row(ws, 4, header, bold=True)
    for c in range(1, ncol + 1):
        ws.cell(row=4, column=c).fill = fill("D9D9D9")
    rag_fill = {"Complete": "00B0F0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    D = dt.datetime
    plan = [
        ("Governance and Accountability", [
            ("A3", "The Trust should ensure the Data Protection Officer reports directly to the highest "
                   "management level and has sufficient resources to fulfil the role.", "High", [
                ("Revise the DPO role profile so that the DPO reports to the SIRO and has a standing item "
                 "at the Audit and Risk Committee; fund a Deputy DPO post.", "SIRO", D(2023, 12, 31),
                 "Complete", "Role profile revised; Deputy DPO started 4 December 2023."),
            ]),
            ("A7", "The Trust should complete its Record of Processing Activities (ROPA) and put in place "
                   "a process to keep it up to date.", "High", [
                ("Complete information asset and data flow mapping for all clinical and corporate "
                 "directorates and record it in the ROPA.", "Information Governance Manager",
                 D(2024, 3, 31), "Amber",
                 "Mapping complete for 9 of 12 directorates; Research & Development and Commercial "
                 "Services outstanding."),
                ("Add a quarterly ROPA review to each Information Asset Owner's annual work plan.",
                 "IAOs", "Quarterly", "Green", "First quarterly reviews returned in April 2024."),
            ]),
        ]),
        ("Training and Awareness", [
            ("B2", "The Trust should ensure that all staff complete mandatory data security awareness "
                   "training annually and that compliance is monitored at directorate level.", "Urgent", [
                ("Report IG training compliance by directorate monthly to the Information Governance "
                 "Steering Group and escalate teams below 95%.", "Head of Information Governance / DPO",
                 D(2023, 11, 30), "Complete", "Monthly report in place since November 2023; Trust "
                 "compliance 96.2% in May 2024."),
            ]),
            ("B5", "The Trust should provide specialist training for staff who handle subject access and "
                   "freedom of information requests.", "Medium", [
                ("Commission role-specific SAR training for the Health Records and Patient Experience "
                 "teams.", "Health Records Manager", "Q3 2023/24", "Complete",
                 "Training delivered to 23 staff in December 2023."),
            ]),
        ]),
        ("Individual Rights (Subject Access)", [
            ("C1", "The Trust should put in place a central log of all subject access requests received, "
                   "including those received directly by clinical teams.", "Urgent", [
                ("Implement a single SAR log and issue guidance to all services on forwarding requests to "
                 "Health Records within one working day.", "Health Records Manager", D(2024, 1, 31),
                 "Red", "Central log in place, but three satellite sites are still recording SARs "
                 "locally. Compliance review booked for July 2024."),
            ]),
            ("C4", "The Trust should monitor the time taken to respond to SARs and report performance to "
                   "the IG Steering Group.", "Medium", [
                ("Add SAR response times to the monthly IG performance report.",
                 "Information Governance Manager", D(2024, 2, 29), "Complete",
                 "Included from the February 2024 report."),
            ]),
        ]),
        ("Records Management", [
            ("D2", "The Trust should ensure that paper health records held at satellite sites are stored "
                   "securely and their movements tracked.", "High", [
                ("Audit storage of paper records at all satellite sites, install lockable storage where "
                 "needed and extend the tracking system to satellite sites.",
                 "Director of Operations, Health Records Manager", D(2024, 7, 31), "Green",
                 "Audit of 21 satellite sites complete; cabinets ordered for six sites."),
            ]),
            ("D6", "The Trust should review its retention schedule and securely destroy records that have "
                   "passed their retention period.", "Low", [
                ("Review the records retention schedule against the Records Management Code of Practice "
                 "2023 and agree a destruction programme for the off-site store.",
                 "Records Manager (S. Okafor)", "Ongoing", "Green",
                 "Schedule reviewed; first destruction batch approved by the SIRO in May 2024."),
            ]),
        ]),
    ]
    r = 5
    for area, recs in plan:
        ws.cell(row=r, column=1, value=area).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = fill("DDEBF7")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
        for ref, rec, prio, actions in recs:
            top = r
            for action, owner, when, rag, progress in actions:
                write_row(ws, r, [ref if r == top else None, rec if r == top else None,
                                  prio if r == top else None, action, owner, when, rag, progress])
                if isinstance(when, dt.datetime):
                    ws.cell(row=r, column=6).number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=7).fill = fill(rag_fill[rag])
                r += 1
            if r - 1 > top:
                for col in (1, 2, 3):
                    ws.merge_cells(start_row=top, start_column=col, end_row=r - 1, end_column=col)
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    r += 1
    for word, meaning in [("Complete", "Action complete and evidence held"),
                          ("Green", "On track to meet the target date"),
                          ("Amber", "At risk of missing the target date"),
                          ("Red", "Target date missed")]:
        ws.cell(row=r, column=1, value=word).fill = fill(rag_fill[word])
        ws.cell(row=r, column=2, value=meaning)
        r += 1
    for col, w in zip("ABCDEFGH", [8, 45, 9, 50, 26, 12, 10, 45]):
        ws.column_dimensions[col].width = w

    s = wb.create_sheet("Summary")
    s["A1"] = "ICO audit recommendations – summary by priority"
    s["A1"].font = Font(bold=True)
    write_row(s, 3, ["Priority", "Recommendations", "Complete", "In progress", "Not started"], bold=True)
    rows = [("Urgent", 2, 1, 1, 0), ("High", 3, 1, 2, 0), ("Medium", 2, 2, 0, 0), ("Low", 1, 0, 1, 0),
            ("Total", 8, 4, 4, 0)]
    for i, row in enumerate(rows, start=4):
        write_row(s, i, list(row), bold=row[0] == "Total")
    s.column_dimensions["A"].width = 12
    s.column_dimensions["B"].width = 16
    wb.save(out("ap1-moorfields-eye-hospital-ico-data-protection-audit-action-plan.xlsx"))


# ============================================================ F. Avon and Somerset Police IOPC (csv)
def avon_somerset_iopc():
    n = 8
    rows = [
        ["Avon and Somerset Police - IOPC Learning Recommendations Tracker"] + [""] * (n - 1),
        ["Professional Standards Department - position at 31/01/2024"] + [""] * (n - 1),
        [""] * n,
        ["Ref", "Learning recommendation", "Action agreed", "Owner", "Target date", "Revised date",
         "RAG", "Update"],
        ["LR23/01",
         "The force should ensure that custody staff record the rationale for observation levels and "
         "review them at every shift handover.",
         "Amend the custody handover template to make the observation level rationale a mandatory "
         "field and brief all custody sergeants.",
         "Ch Insp Custody", "31/05/2023", "", "Complete",
         "Template change went live on 15/05/2023; briefing delivered to all custody teams."],
        ["LR23/02",
         "The force should remind officers of the requirement to activate body-worn video when "
         "attending incidents involving a person in mental health crisis.",
         "Issue a force-wide reminder and include BWV activation in the mental health crisis "
         "refresher training.",
         "Supt Neighbourhood & Partnerships; Head of L&D", "30/06/2023", "30/09/2023", "Complete",
         "Reminder issued June 2023. Refresher training updated and delivered from September."],
        ["LR23/03",
         "The force should review how it handles calls from people reporting stalking, so that risk "
         "is identified at first contact.",
         "Add stalking screening questions to the call handling script and audit 50 calls each "
         "quarter.",
         "Head of Contact Management", "30/09/2023", "31/03/2024", "Amber",
         "Script change approved. Quarterly audit shows 64% compliance; refresher briefing for call "
         "handlers scheduled for February."],
        ["LR23/04",
         "The force should ensure that domestic abuse risk assessments are reviewed by a supervisor "
         "within 24 hours.",
         "Build a supervisor review deadline into the domestic abuse occurrence workflow, with daily "
         "exception reports to the Safeguarding Hubs.",
         "DCI Safeguarding", "30/04/2052", "", "Green",
         "Workflow change specified and with the Niche team for build."],
        ["LR23/05",
         "The force should make sure officers understand when a death or serious injury following "
         "police contact must be referred to the IOPC.",
         "Publish updated DSI referral guidance on the intranet and in the PSD newsletter.",
         "Head of PSD", "31/10/2023", "", "Complete",
         "Guidance published 12/10/2023 and featured in the October newsletter."],
        ["LR24/01",
         "The force should ensure that handcuffs are checked and double-locked, and that this is "
         "recorded on the use of force form.",
         "Update the officer safety training input and add a double-lock field to the use of force "
         "form.",
         "Officer Safety Training Lead", "Q1 2024/25", "", "Green",
         "Training input revised; form change requested."],
        ["LR24/02",
         "The force should review the supervision of student officers on independent patrol.",
         "Review tutor constable allocation and introduce monthly supervisor check-ins for student "
         "officers in their first year.",
         "Head of L&D", "31/07/2024", "", "",
         "Not started - awaiting the outcome of the PEQF review."],
        [""] * n,
        ["RAG: Green - on track; Amber - at risk of missing target; Red - overdue; Complete - "
         "implemented and evidenced"] + [""] * (n - 1),
    ]
    with open(out("ap1-avon-somerset-police-iopc-learning-recommendations-tracker.csv"), "w",
              newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ============================================================ G. Renfrewshire HSCP care at home (txt)
def renfrewshire_care_at_home():
    lines = [
        ["Renfrewshire HSCP Care at Home Service – Care Inspectorate Improvement Plan"],
        ["Inspection: 12 to 22 February 2024. Plan updated 30 August 2024."],
        [],
        ["Ref", "Requirement / Area for improvement", "Action", "Lead", "Timescale", "Progress", "RAG"],
        ["Key question 1: How well do we support people's wellbeing?"],
        ["R1.1",
         "Requirement 1: By 31 May 2024, the provider must ensure that people receive their medication "
         "safely and as prescribed, with accurate medication administration records that are audited "
         "regularly.",
         "Deliver medication refresher training to all care at home staff and complete an observed "
         "competency assessment for each worker.",
         "Care at Home Service Manager", "31 May 2024",
         "Training completed by 412 of 418 staff; the remaining six staff are on long-term absence and "
         "will complete it on their return.", "Complete"],
        ["R1.2", "",
         "Introduce a monthly audit of electronic medication records by Care at Home Coordinators, with "
         "results reported to the Care at Home Quality Group.",
         "Care at Home Coordinators", "Monthly",
         "Audits completed May to August. Recording error rate down from 7% to 2%.", "Green"],
        ["A1.1",
         "Area for improvement 1: People's care should be delivered at the times agreed with them, and "
         "people should be told when a visit will be late.",
         "Review scheduling to reduce travel-time conflicts and protect agreed visit times.",
         "Scheduling Team Leader", "June – Sept 2024",
         "Route review complete in the Paisley and Johnstone localities; Renfrew and Erskine delayed "
         "by staffing vacancies.", "Amber"],
        ["A1.2", "",
         "Introduce a standard phone call to people when a visit will be more than 30 minutes late.",
         "Scheduling Team Leader", "30/06/2024",
         "In place from 3 June 2024 and checked in the monthly spot checks.", "Complete"],
        ["Key question 2: How good is our leadership?"],
        ["R2.1",
         "Requirement 2: By 30 June 2024, the provider must ensure that quality assurance processes are "
         "effective in identifying and addressing areas for improvement.",
         "Develop a quality assurance framework for the service, including spot checks, supervision "
         "audits and feedback from people and their families.",
         "Head of Health and Social Care (Paisley) / Care at Home Service Manager", "By 30 June 2024",
         "Framework approved by the Senior Management Team on 18 June 2024.", "Complete"],
        ["R2.2", "",
         "Hold a quarterly service improvement meeting chaired by the Head of Service to review quality "
         "assurance findings and progress on this plan.",
         "Head of Health and Social Care (Paisley)", "Quarterly",
         "First meeting held 25 July 2024.", "Green"],
        ["Key question 3: How good is our staff team?"],
        ["A2.1",
         "Area for improvement 2: The provider should ensure that staff receive regular supervision in "
         "line with its own policy.",
         "Set supervision targets for each Coordinator and report compliance monthly to the Service "
         "Manager.",
         "Care at Home Service Manager", "Aug-24",
         "Supervision compliance 71% in July against a target of 90%.", "Amber"],
        ["Key question 5: How well is our care and support planned?"],
        ["A3.1",
         "Area for improvement 3: Personal plans should be reviewed at least every six months and "
         "reflect people's current needs and outcomes.",
         "Complete a six-monthly review for every person using the service and record their outcomes "
         "in the personal plan.",
         "Review Team", "31 December 2024",
         "64% of reviews now in date, up from 38% at the time of inspection.", "Green"],
        [],
        ["RAG: Green – on track; Amber – behind schedule, recovery plan in place; Red – not achieved or "
         "at risk; Complete – action completed and evidence held"],
    ]
    with open(out("ap1-renfrewshire-hscp-care-at-home-care-inspectorate-improvement-plan.txt"), "w",
              encoding="utf-8", newline="") as f:
        for row in lines:
            f.write("\t".join(row) + "\r\n")


if __name__ == "__main__":
    diocese_truro()
    national_star()
    british_gymnastics()
    aston_athena_swan()
    moorfields_ico()
    avon_somerset_iopc()
    renfrewshire_care_at_home()
    print("done")
