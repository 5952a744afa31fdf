"""Generator for the cj1- cases of heldout122 (blind corpus)."""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = os.path.dirname(os.path.abspath(__file__))


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for r in p.runs:
                r.bold = True


# ---------------------------------------------------------------- 1 Napier ELIR (docx)
def napier():
    d = Document()
    d.add_heading("Enhancement-led Institutional Review (ELIR) 2021", level=1)
    d.add_heading("Action Plan and Progress Update – June 2022", level=2)
    d.add_paragraph(
        "The QAA Scotland ELIR team visited the University in March 2021 and its Outcome Report "
        "was published in July 2021. The report identified three areas for development. This "
        "action plan sets out the University's response and was considered by Academic Board "
        "on 15 June 2022.")
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Document owner", "Academic Registrar"),
                                ("Version", "3.0"),
                                ("Approved by", "Academic Board, 15 June 2022"),
                                ("Next review", "December 2022")]):
        t.cell(i, 0).text = k
        t.cell(i, 1).text = v
    areas = [
        ("1. Oversight of collaborative provision",
         "The University should strengthen its institutional oversight of the annual monitoring "
         "of collaborative provision, ensuring that partner reports are considered consistently "
         "at School and University level.",
         [("1.1", "Revise the annual monitoring template for partner institutions to include a "
           "standard section on student outcomes and student feedback.",
           "Head of Quality Enhancement", "January 2022",
           "Revised template approved by Quality Enhancement Committee on 19 January 2022 and "
           "issued to all partners.", "Complete"),
          ("1.2", "Establish a Collaborative Provision Sub-Committee of Academic Board to consider "
           "all partner annual monitoring reports.",
           "Dean of Learning and Teaching / Academic Registrar", "By 30 April 2022",
           "Terms of reference drafted. First meeting scheduled for late April.", "On track")]),
        ("2. Student representation",
         "The University should work with the Students' Association to ensure that the programme "
         "representative system operates consistently across all Schools, including for "
         "students studying at partner institutions.",
         [("2.1", "Agree a joint Student Representation Action Plan with the Students' Association.",
           "Academic Registrar and ENSA President", "December 2021",
           "Joint plan signed off at the Student Experience Committee in December.", "Complete"),
          ("2.2", "Introduce online training for programme representatives, with completion "
           "monitored by School.",
           "ENSA Student Voice Coordinator", "Sept 2021 – Jan 2022",
           "Module launched in October. Completion is 64% against a target of 90%; reminders "
           "sent via Schools.", "Amber"),
          ("2.3", "Extend the programme representative system to transnational partner programmes.",
           "Head of Transnational Education", "Ongoing",
           "Pilot running with two partners in Hong Kong. Wider roll-out depends on partner "
           "agreements.", "Amber")]),
        ("3. Use of data in monitoring",
         "The University should ensure that staff in Schools are supported to make effective use "
         "of the student data dashboards in annual monitoring and enhancement planning.",
         [("3.1", "Deliver a programme of dashboard training sessions for Programme Leaders, with "
           "recorded materials available on the staff intranet.",
           "Planning & Insight Manager", "March 2022",
           "Six sessions delivered; 81 Programme Leaders attended. Recordings on the intranet.",
           "Green"),
          ("3.2", "Embed dashboard metrics into the revised annual monitoring template (see 1.1).",
           "Head of Quality Enhancement", "June 2022", "", "Not started")]),
    ]
    for head, rec, rows in areas:
        d.add_heading(head, level=2)
        p = d.add_paragraph()
        r = p.add_run(rec)
        r.italic = True
        t = d.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells,
                        ["Ref", "Action", "Lead", "Timescale", "Progress update", "Status"]):
            c.text = h
        bold_row(t.rows[0])
        for row in rows:
            cells = t.add_row().cells
            for c, v in zip(cells, row):
                c.text = v
    d.add_paragraph("Status key: Complete – action finished; Green – on track; Amber – some "
                    "slippage, recovery in hand; Red – at risk; Not started.")
    d.save(os.path.join(OUT, "cj1-edinburgh-napier-university-qaa-elir-action-plan.docx"))


# ---------------------------------------------------------------- 2 East Suffolk CPC (docx)
def east_suffolk():
    d = Document()
    p = d.add_paragraph()
    r = p.add_run("East Suffolk Council")
    r.bold = True
    r.font.size = Pt(16)
    d.add_heading("LGA Corporate Peer Challenge – Action Plan", level=1)
    d.add_paragraph(
        "The Corporate Peer Challenge took place from 5 to 8 December 2023. The peer team made "
        "five key recommendations. The actions below were agreed by Cabinet on 5 March 2024 and "
        "progress will be reported to Scrutiny Committee every six months.")
    recs = [
        ("Refresh the Strategic Plan so that it sets out a small number of clear, measurable "
         "priorities for the remainder of the council term.",
         [("1.1", "Hold a Member and Corporate Management Team workshop to agree the refreshed "
           "priorities.", "Chief Executive", "31/07/2024", "0070C0"),
          ("1.2", "Publish the refreshed Strategic Plan with a performance framework and quarterly "
           "reporting to Cabinet.", "Head of Corporate Performance & Policy", "Q3 2024/25",
           "00B050")]),
        ("Develop a medium-term financial strategy that closes the budget gap for 2025/26 and "
         "2026/27 without the use of reserves.",
         [("2.1", "Launch a council-wide savings and income generation programme with a target "
           "of £3m by 2026/27.", "Chief Finance Officer (S151)", "March 2025", "FFC000"),
          ("2.2", "Review the reserves strategy and report to Audit and Governance Committee.",
           "BM / LW", "September 2024", "0070C0")]),
        ("Strengthen the council's approach to communicating with residents, particularly on "
         "changes to services.",
         [("3.1", "Produce a new Communications and Engagement Strategy.",
           "Head of Communications and Marketing", "End of June 2024", "0070C0"),
          ("3.2", "Introduce a residents' survey to be repeated every two years.",
           "Head of Communications and Marketing", "Ongoing", "00B050")]),
        ("Invest in leadership and management development so that managers are equipped to "
         "lead change.",
         [("4.1", "Commission a leadership development programme for all third and fourth tier "
           "managers.", "Head of HR and Organisational Development", "Jan-25", "FF0000")]),
    ]
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells,
                    ["Peer challenge recommendation", "Ref", "Action", "Lead officer",
                     "Target date", "RAG"]):
        c.text = h
    bold_row(t.rows[0])
    for rec, acts in recs:
        first = len(t.rows)
        for ref, act, lead, date, fill in acts:
            cells = t.add_row().cells
            cells[1].text = ref
            cells[2].text = act
            cells[3].text = lead
            cells[4].text = date
            shade(cells[5], fill)
        last = len(t.rows) - 1
        top = t.cell(first, 0)
        if last > first:
            top = top.merge(t.cell(last, 0))
        top.text = rec
    d.add_paragraph("")
    d.add_paragraph("RAG key:  Blue – complete;  Green – on track;  Amber – some risk to "
                    "delivery;  Red – off track / behind target date.")
    d.save(os.path.join(OUT, "cj1-east-suffolk-council-corporate-peer-challenge-action-plan.docx"))


# ---------------------------------------------------------------- 3 Open University audit (csv)
def open_university():
    hdr = ["Audit", "Report date", "Rec No", "Priority", "Recommendation",
           "Agreed management action", "Responsible officer", "Original target date",
           "Revised target date", "RAG", "Latest update"]
    rows = [
        ["Student Fees and Debt Management", "14/11/2023", "1", "High",
         "Debt recovery procedures should be documented and reviewed annually.",
         "The Credit Control procedure manual will be updated and approved by the Director of "
         "Finance, with an annual review date set.",
         "Head of Student Fees; Credit Control Manager", "31/03/2024", "", "Complete",
         "Procedure manual approved 12 March 2024."],
        ["Student Fees and Debt Management", "14/11/2023", "2", "Medium",
         "Write-offs above the delegated limit should be evidenced as approved before "
         "processing.",
         "A write-off approval form will be introduced and retained with each write-off.",
         "Credit Control Manager", "31/01/2024", "30/06/2024", "Amber",
         "Form drafted. Delay due to finance system upgrade; now expected by end of June."],
        ["Student Fees and Debt Management", "14/11/2023", "3", "Low",
         "Aged debt reports should be reviewed monthly by the Finance Business Partner.",
         "Monthly aged debt review added to the Finance Business Partner's calendar with "
         "sign-off recorded.", "Okafor, Grace", "29/02/2024", "", "Complete",
         "Reviews evidenced January to April 2024."],
        ["IT Disaster Recovery", "22/01/2024", "1", "High",
         "A full disaster recovery test of critical systems should be carried out and the "
         "results reported to the IT Steering Group.",
         "A DR test of the student record system and VLE will be run during the summer "
         "maintenance window.", "Chief Information Officer", "August 2024", "", "Green",
         "Test scheduled for 10-11 August. Third party support booked."],
        ["IT Disaster Recovery", "22/01/2024", "2", "Medium",
         "The IT Disaster Recovery Plan should be updated to reflect the move to cloud "
         "hosting.",
         "The DR Plan will be rewritten and approved by the IT Steering Group.",
         "Head of Infrastructure", "30/04/2024", "30/09/2024", "Red",
         "Rewrite has not started owing to staff vacancies. Revised date agreed with Audit "
         "Committee."],
        ["Health and Safety – Fire Risk Assessments", "05/03/2024", "1", "Medium",
         "All fire risk assessments for the Milton Keynes campus should be brought up to date.",
         "Outstanding fire risk assessments will be completed by the Fire Safety Adviser and "
         "actions logged in the estates system.", "Fire Safety Adviser", "30/06/2024", "",
         "Green", "14 of 19 assessments completed."],
        ["Health and Safety – Fire Risk Assessments", "05/03/2024", "2", "Low",
         "Fire warden training records should be held centrally.",
         "Training records will be moved to the HR learning system.",
         "Head of Health & Safety / HR Systems Manager", "31/07/2024", "", "",
         ""],
    ]
    with open(os.path.join(OUT, "cj1-open-university-internal-audit-recommendations-tracker.csv"),
              "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(hdr)
        w.writerows(rows)


# ---------------------------------------------------------------- 4 Bearsden Academy (txt, tabs)
def bearsden():
    lines = [
        "Bearsden Academy - Education Scotland Inspection Action Plan",
        "Inspection: February 2024   Letter published: April 2024",
        "Updated for Parent Council, November 2024",
        "",
        "\t".join(["Area for improvement", "Action", "Lead", "Timescale",
                   "Progress", "RAG"]),
        "\t".join(["Continue to improve the consistency of learning and teaching across the "
                   "school, ensuring all lessons are well matched to learners' needs.",
                   "Launch a learning and teaching working group to agree a shared 'Bearsden "
                   "Lesson' standard.", "DHT (Learning & Teaching)", "October 2024",
                   "Standard agreed and shared at in-service day.", "Complete"]),
        "\t".join(["", "Introduce a programme of peer observation with a focus on "
                   "differentiation.", "DHT (Learning & Teaching)", "June 2025",
                   "Trios formed in all faculties; first round of visits under way.", "G"]),
        "\t".join(["", "Provide professional learning on questioning and feedback for all "
                   "teaching staff.", "PT Pedagogy", "March 2025",
                   "Two of four twilight sessions delivered.", "G"]),
        "",
        "\t".join(["Improve the use of data to track and monitor the progress of young people "
                   "in the broad general education (S1 to S3).",
                   "Develop a BGE tracking system aligned to Curriculum for Excellence levels.",
                   "DHT (Curriculum) / PT Maths", "December 2024",
                   "Tracking spreadsheet built; training for PTs delayed to January.", "A"]),
        "\t".join(["", "Hold termly tracking meetings between PTs and Pupil Support to plan "
                   "interventions.", "Depute Head Teacher (Pupil Support)", "Termly",
                   "First meetings held in September.", "G"]),
        "",
        "\t".join(["Build on the work to develop young people's skills for learning, life and "
                   "work, including through wider achievement.",
                   "Map skills development opportunities across the curriculum and share with "
                   "learners through a skills passport.", "AC and JM", "Ongoing",
                   "Mapping complete for S1 and S2.", "A"]),
        "",
        "RAG: G = on track, A = some delay, R = not progressing, Complete = action completed",
    ]
    with open(os.path.join(OUT, "cj1-bearsden-academy-education-scotland-inspection-action-plan.txt"),
              "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- xlsx helpers
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
FILLS = {"G": "FF00B050", "A": "FFFFC000", "R": "FFFF0000", "B": "FF0070C0",
         "HDR": "FF1F3864", "SEC": "FFD9E1F2"}


def fill(k):
    return PatternFill("solid", start_color=FILLS[k], end_color=FILLS[k])


def write_row(ws, r, vals, border=True):
    for i, v in enumerate(vals, 1):
        c = ws.cell(row=r, column=i, value=v)
        c.alignment = Alignment(wrap_text=True, vertical="top")
        if border:
            c.border = BOX
    return r


# ---------------------------------------------------------------- 5 NWFRS Audit Wales (xlsx)
def nwfrs():
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = "North Wales Fire and Rescue Authority"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit Wales Recommendations – Progress Tracker (position at 30 September 2024)"
    ws["A2"].font = Font(bold=True, size=12)
    hdr = ["Ref", "Recommendation", "Agreed action", "Responsible officer", "Due date",
           "Status", "Comments"]
    write_row(ws, 4, hdr)
    for c in ws[4]:
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("HDR")
    r = 5
    sections = [
        ("Springing Forward – Workforce and Assets (Audit Wales, 2022)", [
            ("R1 The Authority should develop a strategic workforce plan that links "
             "recruitment, retention and succession planning to its Community Risk "
             "Management Plan.", [
                ("SF1.1", "Produce a Strategic Workforce Plan 2024-2029 for approval by the "
                 "Executive Panel.", "Head of People / Head of Training", dt.date(2024, 3, 31),
                 "Complete", "B", "Approved by Executive Panel 18 March 2024."),
                ("SF1.2", "Introduce succession plans for all middle and strategic manager "
                 "roles.", "ACFO", "31/03/2024 (revised 31/12/2024)", "Amber", "A",
                 "Succession plans in place for strategic roles; middle manager plans to "
                 "follow."),
            ]),
            ("R2 The Authority should strengthen its asset management planning so that fleet "
             "and estate investment decisions are based on whole-life costs.", [
                ("SF2.1", "Develop a 10-year fleet replacement programme using whole-life "
                 "costing.", "Head of Finance & Procurement", dt.date(2024, 11, 30), "On track",
                 "G", "Draft programme presented to Resources Committee in September."),
            ]),
        ]),
        ("Use of Performance Information – Service User Perspective (Audit Wales, 2023)", [
            ("R1 The Authority should make better use of service user feedback in its "
             "performance reporting to Members.", [
                ("PI1.1", "Add a service user feedback section to the quarterly performance "
                 "report.", "Head of Corporate Planning, Performance and Transformation",
                 dt.date(2024, 6, 30), "Complete", "B",
                 "Included from the Q1 2024/25 report onwards."),
                ("PI1.2", "Run a post-incident survey for domestic fires and publish the "
                 "results annually.", "Head of Prevention", dt.date(2025, 3, 31), "On track",
                 "G", "Survey live since July; 212 responses to date."),
                ("PI1.3", "Review the equality data collected through Safe and Well visits.",
                 "Head of Prevention; Equality & Diversity Officer", dt.date(2024, 9, 30),
                 "Red", "R", "Not progressed due to officer absence. New date to be agreed."),
            ]),
        ]),
    ]
    for sec, recs in sections:
        write_row(ws, r, [sec] + [None] * 6)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.cell(r, 1).font = Font(bold=True)
        ws.cell(r, 1).fill = fill("SEC")
        r += 1
        for rec, acts in recs:
            first = r
            for ref, act, lead, due, status, f, com in acts:
                write_row(ws, r, [ref, rec if r == first else None, act, lead, due, status, com])
                if isinstance(due, dt.date):
                    ws.cell(r, 5).number_format = "mmm-yy"
                ws.cell(r, 6).fill = fill(f)
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "Status key: Complete (blue) – action implemented; On track (green); "
                  "Amber – minor slippage; Red – not progressing / overdue.")
    for col, wdt in zip("ABCDEFG", [8, 45, 45, 28, 14, 12, 40]):
        ws.column_dimensions[col].width = wdt
    wb.save(os.path.join(OUT, "cj1-north-wales-frs-audit-wales-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------- 6 Walsall College PIAP (xlsx)
def walsall():
    wb = Workbook()
    ws = wb.active
    ws.title = "PIAP"
    ws["A1"] = "Walsall College – Post-Inspection Action Plan 2023/24"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Following the Ofsted inspection (further education and skills) of 12-15 "
                "September 2023. Areas for improvement taken from the inspection report.")
    hdr = ["Ref", "What we will do", "Who", "By when", "Success measures", "Progress update",
           "RAG"]
    write_row(ws, 4, hdr)
    for c in ws[4]:
        c.font = Font(bold=True)
    r = 5
    afis = [
        ("AFI 1: Leaders should ensure that teachers of adult learners use assessment "
         "effectively to check what learners know and can do before moving on to new topics.", [
            ("1.1", "Deliver CPD on checking for understanding to all adult learning teachers.",
             "Head of Teaching, Learning & Assessment", dt.date(2023, 12, 15),
             "100% of adult teachers attend; improved observation outcomes", "All sessions "
             "delivered in November and December.", "B"),
            ("1.2", "Use learning walks to check the use of assessment in adult learning "
             "classes.", "Director of Adult Learning", "Spring term 2024",
             "Learning walk findings show consistent practice", "Two rounds completed. Some "
             "inconsistency remains in ESOL.", "A"),
        ]),
        ("AFI 2: Leaders and managers should ensure that apprentices receive their full "
         "entitlement to off-the-job training.", [
            ("2.1", "Introduce monthly off-the-job hours monitoring in the e-portfolio system.",
             "Head of Apprenticeships", dt.date(2024, 1, 31),
             "All apprentices on track with OTJ hours", "Monitoring report live and reviewed "
             "at monthly performance meetings.", "B"),
            ("2.2", "Hold tripartite reviews with every employer to agree off-the-job "
             "training plans.", "Apprenticeship Skills Coaches", "Summer term 2024",
             "Signed training plans for all apprentices", "78% of reviews held to date.", "G"),
            ("2.3", "Report off-the-job compliance to the Quality and Standards Committee "
             "each term.", "Vice Principal Quality", "Termly",
             "Governors receive termly reports", "Reported in December and March.", "G"),
        ]),
        ("AFI 3: Leaders should improve the attendance of 16 to 18 learners in English and "
         "mathematics lessons.", [
            ("3.1", "Introduce same-day contact with parents and carers for non-attendance.",
             "Head of Student Services", dt.date(2023, 11, 1),
             "Attendance in English and maths at 85%", "Attendance currently 79%, up from 71% "
             "last year.", "A"),
            ("3.2", "Review the timetabling of English and maths so that lessons sit within "
             "vocational study days.", "Deputy Principal (Curriculum) and Head of MIS",
             dt.date(2024, 6, 28), "New timetable in place for September 2024",
             "", "R"),
        ]),
    ]
    for afi, acts in afis:
        write_row(ws, r, [afi] + [None] * 6)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.cell(r, 1).font = Font(bold=True)
        ws.cell(r, 1).fill = fill("SEC")
        r += 1
        for ref, act, who, when, sm, prog, f in acts:
            write_row(ws, r, [ref, act, who, when, sm, prog or None, None])
            if isinstance(when, dt.date):
                ws.cell(r, 4).number_format = "dd/mm/yyyy"
            ws.cell(r, 7).fill = fill(f)
            r += 1
        r += 1  # blank row between AFIs
    ws.cell(r, 1, "RAG key")
    ws.cell(r, 1).font = Font(bold=True)
    for i, (k, txt) in enumerate([("B", "Blue = complete"), ("G", "Green = on track"),
                                  ("A", "Amber = some risk to delivery"),
                                  ("R", "Red = off track")], 1):
        ws.cell(r + i, 1).fill = fill(k)
        ws.cell(r + i, 2, txt)
    for col, wdt in zip("ABCDEFG", [8, 50, 30, 16, 35, 40, 8]):
        ws.column_dimensions[col].width = wdt
    wb.save(os.path.join(OUT, "cj1-walsall-college-ofsted-post-inspection-action-plan.xlsx"))


# ---------------------------------------------------------------- 7 LYPFT CQC (xlsx, refuse)
def lypft():
    wb = Workbook()
    ws = wb.active
    ws.title = "Must and Should Do"
    ws["A1"] = "Leeds and York Partnership NHS Foundation Trust"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "CQC Inspection 2024 – Must Do and Should Do Action Plan"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Position as at 31 January 2025. Reported to Quality Committee."
    hdr = ["Ref", "Must / Should", "Core service", "CQC requirement", "Action", "Lead",
           "Target date", "RAG", "Progress / evidence"]
    write_row(ws, 5, hdr)
    for c in ws[5]:
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("HDR")
    rows = [
        ("MD1", "Must", "Acute wards for adults of working age",
         "The trust must ensure that patients' physical health observations are completed "
         "and escalated in line with NEWS2 guidance.",
         "Roll out electronic NEWS2 recording on all acute wards with automatic escalation "
         "alerts.", "Associate Director of Nursing", "Mar-25", "G",
         "Live on 5 of 7 wards. Remaining wards scheduled for February."),
        ("MD2", "Must", "Acute wards for adults of working age",
         "The trust must ensure that staff complete mandatory training in immediate life "
         "support.", "Book all outstanding ILS training and report compliance weekly to ward "
         "managers.", "Clinical Education Lead", "Jun-25", "A",
         "Compliance 82% against 90% target."),
        ("MD3", "Must", "Mental health crisis services and health-based places of safety",
         "The trust must ensure that the health-based place of safety is clean and well "
         "maintained.", "Complete the refurbishment of the section 136 suite.",
         "Head of Estates and Facilities", "Agu-25", "A",
         "Contractor appointed. Works due to start in spring."),
        ("SD1", "Should", "Community-based mental health services for adults",
         "The trust should ensure that care plans are personalised and reflect patients' "
         "views.", "Audit 20 care plans per team each quarter and feed back results at "
         "team meetings.", "Clinical Governance Lead", "Ongoing", "G",
         "Q3 audit completed; 76% of plans personalised."),
        ("SD2", "Should", "Community-based mental health services for adults",
         "The trust should ensure that waiting lists are regularly reviewed.",
         "Introduce a monthly waiting list review template for all CMHTs.",
         "Service Manager (CMHT)", "Dec-24", "Complete",
         "Template in use across all teams since December."),
    ]
    r = 6
    for row in rows:
        write_row(ws, r, list(row))
        k = row[7] if row[7] in FILLS else "B"
        ws.cell(r, 8).fill = fill(k)
        r += 1
    ws.cell(r + 1, 1, "RAG: G = on track; A = at risk; R = off track; Complete = action "
                      "completed and evidence provided.")
    for col, wdt in zip("ABCDEFGHI", [6, 9, 28, 45, 45, 28, 11, 10, 40]):
        ws.column_dimensions[col].width = wdt
    wb.save(os.path.join(OUT, "cj1-lypft-cqc-must-should-do-action-plan-typo-month-refuse.xlsx"))


if __name__ == "__main__":
    napier()
    east_suffolk()
    open_university()
    bearsden()
    nwfrs()
    walsall()
    lypft()
