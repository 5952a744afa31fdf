"""Build the seven np1- blind test files (set heldout414).

Run:  /work/main/.venv/bin/python np1_make.py
Writes the data files beside this script.  The module-level CASES dict also
holds, for each action, the reading a person makes of it (end month, status),
which is used separately to write the NAME.expected.yaml files.
"""
import csv
import datetime as dt
import os

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE, GREEN, AMBER, RED = "0070C0", "00B050", "FFC000", "FF0000"
FILL = {"blue": BLUE, "green": GREEN, "amber": AMBER, "red": RED}
GREY = "D9D9D9"


def D(y, m, d):
    return dt.datetime(y, m, d)


# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------
def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, italic=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.italic = italic
    run.font.size = Pt(size)


thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def xfill(hexfill):
    return PatternFill("solid", start_color="FF" + hexfill, end_color="FF" + hexfill)


# ---------------------------------------------------------------------------
# 1. School (docx): Sir Thomas Boteler CE High School post-Ofsted action plan
# ---------------------------------------------------------------------------
BOTELER = {
    "file": "np1-sir-thomas-boteler-ce-high-school-post-ofsted-action-plan.docx",
    "title": "Sir Thomas Boteler Church of England High School: Post-Ofsted Action Plan 2024–25",
    "priorities": [
        {
            "heading": "Priority 1: Curriculum in key stage 3",
            "afi": "In a small number of subjects, leaders have not identified the important knowledge that "
                   "pupils should learn in key stage 3 and the order in which it should be taught. Leaders "
                   "should ensure that the curriculum in these subjects is carefully sequenced so that pupils "
                   "build their knowledge over time.",
            "actions": [
                ("1.1", "Review and rewrite key stage 3 curriculum plans in geography, music and computing so that "
                        "the essential knowledge for each unit is set out and sequenced.",
                 "Deputy Headteacher (Curriculum)", ["Deputy Headteacher (Curriculum)"],
                 "Plans for all three subjects identify end points for Years 7–9; plans approved by SLT.",
                 "Autumn term 2024", "2024-12", None,
                 "Plans rewritten and approved by SLT on 9 December.", "blue"),
                ("1.2", "Provide subject leaders with fortnightly curriculum development time and external support "
                        "through the Warrington secondary subject networks.",
                 "DHT Curriculum / Trust subject leads", ["DHT Curriculum", "Trust subject leads"],
                 "Subject leaders can explain how their curriculum builds knowledge from Year 7.",
                 "Spring term 2025", "2025-04", None,
                 "Development time timetabled on alternate Wednesdays; network sessions attended in all three subjects.",
                 "green"),
                ("1.3", "Quality assure the implementation of the new plans through learning walks, book looks and "
                        "pupil voice in each subject.",
                 "SLT link line managers", ["SLT link line managers"],
                 "Pupils recall and connect prior learning; QA reports show consistent delivery.",
                 "Termly", None, "Termly",
                 "Autumn QA cycle complete; spring cycle under way.", "green"),
            ],
        },
        {
            "heading": "Priority 2: Reading",
            "afi": "The school’s work to support pupils who are at the early stages of learning to read is not "
                   "yet effective. Some of these pupils do not catch up quickly enough. Leaders should ensure "
                   "that staff are trained to identify and support weaker readers so that they read with "
                   "increasing fluency and confidence.",
            "actions": [
                ("2.1", "Screen all Year 7 and Year 8 pupils using the NGRT reading test and identify pupils reading "
                        "below their chronological age.",
                 "Reading Lead (JMc)", ["Reading Lead (JMc)"],
                 "All pupils screened; intervention groups identified.",
                 "Sept 2024", "2024-09", None,
                 "Completed 27 September; 63 pupils identified.", "blue"),
                ("2.2", "Train identified teaching assistants to deliver a phonics-based reading intervention and "
                        "timetable three sessions per week for pupils in the lowest reading band.",
                 "SENCo; Reading Lead", ["SENCo", "Reading Lead"],
                 "Pupils in intervention make at least 12 months’ progress in reading age in 6 months.",
                 "Nov 2024 (revised Jan 2025)", "2025-01", None,
                 "Training delayed by staff absence; sessions started on 13 January.", "amber"),
                ("2.3", "Launch a whole-school reading programme in tutor time, with tutors reading class texts aloud "
                        "to Year 7–9 tutor groups four mornings a week.",
                 "Assistant Headteacher (Personal Development)", ["Assistant Headteacher (Personal Development)"],
                 "Each tutor group completes four class texts a year; pupil voice shows enjoyment of reading.",
                 "Summer term 2025", "2025-07", None,
                 "Programme running in Years 7 and 8; Year 9 from after February half term.", "green"),
            ],
        },
        {
            "heading": "Priority 3: Attendance",
            "afi": "Too many pupils, including disadvantaged pupils and pupils with special educational needs "
                   "and/or disabilities (SEND), are persistently absent from school. Leaders should continue to "
                   "take effective action to improve the attendance of these pupils.",
            "actions": [
                ("3.1", "Appoint an attendance officer and introduce daily first-day calling and home visits for pupils "
                        "whose attendance falls below 90%.",
                 "Business Manager / Attendance Lead", ["Business Manager", "Attendance Lead"],
                 "Attendance officer in post; first-day calling log in place.",
                 "October 2024", "2024-10", None,
                 "Attendance officer started 7 October; home visits logged weekly.", "blue"),
                ("3.2", "Report the attendance of disadvantaged pupils and pupils with SEND to the Standards and "
                        "Curriculum Committee each half term, with comparisons to national figures.",
                 "Headteacher", ["Headteacher"],
                 "Governors challenge attendance using accurate, comparative information.",
                 "Ongoing", None, "Ongoing",
                 "Reports made to every committee meeting since September.", "green"),
                ("3.3", "Work with the local authority Education Welfare Service to agree attendance contracts with "
                        "families of persistently absent pupils in Years 10 and 11.",
                 "KH, PD", ["KH", "PD"],
                 "Persistent absence in Years 10 and 11 falls below 20%.",
                 "31/03/2025", "2025-03", None,
                 "Only 9 of 24 contracts agreed; escalated to governors.", "red"),
            ],
        },
    ],
}


def make_boteler():
    c = BOTELER
    doc = Document()
    doc.add_paragraph(c["title"], style="Title")
    doc.add_paragraph("Ofsted inspection: 21–22 May 2024 (section 5). Overall effectiveness: Requires improvement. "
                      "This plan sets out how we will address the areas for improvement in the inspection report.")
    info = doc.add_table(rows=4, cols=2)
    info.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("Plan owner", "Headteacher"),
        ("Governor oversight", "Standards and Curriculum Committee"),
        ("Date of this update", "3 March 2025"),
        ("Next review", "Full Governing Board, 24 March 2025"),
    ]):
        set_cell(info.cell(i, 0), k, bold=True)
        shade(info.cell(i, 0), GREY)
        set_cell(info.cell(i, 1), v)

    doc.add_paragraph("")
    doc.add_paragraph("RAG key", style="Heading 3")
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for i, (col, txt) in enumerate([
        (BLUE, "Completed – impact evidenced"),
        (GREEN, "On track"),
        (AMBER, "Some slippage – action being taken"),
        (RED, "Not on track – escalated to governors"),
    ]):
        set_cell(key.cell(i, 0), "")
        shade(key.cell(i, 0), col)
        set_cell(key.cell(i, 1), txt)

    headers = ["Ref", "Action", "Lead", "Success criteria", "Timescale", "Progress at March 2025", "RAG"]
    for pr in c["priorities"]:
        doc.add_paragraph("")
        doc.add_paragraph(pr["heading"], style="Heading 2")
        t = doc.add_table(rows=2 + len(pr["actions"]), cols=len(headers))
        t.style = "Table Grid"
        top = t.cell(0, 0).merge(t.cell(0, len(headers) - 1))
        set_cell(top, pr["afi"], italic=True)
        shade(top, "F2F2F2")
        for j, h in enumerate(headers):
            set_cell(t.cell(1, j), h, bold=True)
            shade(t.cell(1, j), "1F3864")
            t.cell(1, j).paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        for i, a in enumerate(pr["actions"]):
            ref, text, lead, _leads, sc, when, _end, _et, prog, rag = a
            r = 2 + i
            for j, v in enumerate([ref, text, lead, sc, when, prog]):
                set_cell(t.cell(r, j), v)
            set_cell(t.cell(r, 6), "")
            shade(t.cell(r, 6), FILL[rag])

    doc.add_paragraph("")
    doc.add_paragraph("Notes: RAG ratings are agreed by the senior leadership team before each committee meeting. "
                      "Evidence for completed actions is held in the governors’ shared drive.")
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for j, h in enumerate(["Approved by", "Role", "Date"]):
        set_cell(so.cell(0, j), h, bold=True)
    for j, v in enumerate(["R. Whitfield", "Chair of Governors", "10 March 2025"]):
        set_cell(so.cell(1, j), v)
    doc.save(os.path.join(HERE, c["file"]))


# ---------------------------------------------------------------------------
# 2. College (txt): Burton and South Derbyshire College PIAP, plain text export
# ---------------------------------------------------------------------------
BSDC = {
    "file": "np1-burton-and-south-derbyshire-college-ofsted-post-inspection-action-plan.txt",
    "title": "Burton and South Derbyshire College – Post-Inspection Action Plan (Ofsted, February 2024)",
    "afis": [
        {
            "heading": "AFI 1 - Attendance on 16 to 19 study programmes",
            "text": "Leaders should improve the attendance of learners on 16 to 19 study programmes, particularly in "
                    "English and mathematics lessons, so that learners benefit fully from their education.",
            "actions": [
                dict(ref="1.1",
                     action="Introduce a weekly attendance review meeting in each faculty, chaired by the Head of "
                            "Faculty, to agree interventions for learners below 85% attendance.",
                     lead="Heads of Faculty", leads=["Heads of Faculty"],
                     target="30/09/2024", revised=None, end="2024-09", rag="C", status="blue",
                     update=["Meetings in place in all six faculties from 9 September.",
                             "Attendance at 88.1% at October half term (same point 2023: 84.6%)."]),
                dict(ref="1.2",
                     action="Move all GCSE English and mathematics resit lessons to morning slots and pair them with "
                            "vocational lessons on the same day.",
                     lead="Head of English and Maths", leads=["Head of English and Maths"],
                     target="January 2025", revised=None, end="2025-01", rag="G", status="green",
                     update=["Timetable change agreed for the spring term; rooms confirmed."]),
                dict(ref="1.3",
                     action="Launch the ‘Every Lesson Counts’ attendance campaign with weekly tutor conversations and "
                            "texts home for learners under 18.",
                     lead="Director of Student Services / Heads of Faculty",
                     leads=["Director of Student Services", "Heads of Faculty"],
                     target="31/10/2024", revised="31/12/2024", end="2024-12", rag="A", status="amber",
                     update=["Campaign launched 4 November, later than planned because of the new",
                             "text messaging contract. Tutor conversations in place in 4 of 6 faculties."]),
            ],
        },
        {
            "heading": "AFI 2 - Feedback to apprentices",
            "text": "Leaders should ensure that assessors and tutors provide apprentices with helpful feedback on "
                    "their written work so that apprentices know how to improve the standard of their work.",
            "actions": [
                dict(ref="2.1",
                     action="Deliver a CPD programme for all assessors on writing developmental feedback, using "
                            "moderated examples from each apprenticeship standard.",
                     lead="Head of Quality and Teaching Excellence",
                     leads=["Head of Quality and Teaching Excellence"],
                     target="20/12/2024", revised=None, end="2024-12", rag="G", status="green",
                     update=["Two of three sessions delivered; final session 11 December."]),
                dict(ref="2.2",
                     action="Sample 10% of marked work each month through the apprenticeship quality review panel and "
                            "share findings at team meetings.",
                     lead="AP Apprenticeships", leads=["AP Apprenticeships"],
                     target="Ongoing – monthly sampling", revised=None, end=None,
                     end_text="Ongoing – monthly sampling", rag="G", status="green",
                     update=["September and October samples completed; feedback quality improving in",
                             "engineering and business administration."]),
            ],
        },
        {
            "heading": "AFI 3 - Careers guidance for adult learners",
            "text": "Leaders should make sure that adult learners receive timely careers information, advice and "
                    "guidance so that they can plan their next steps.",
            "actions": [
                dict(ref="3.1",
                     action="Recruit a second careers adviser with a specialism in adult progression.",
                     lead="Careers Lead", leads=["Careers Lead"],
                     target="31/08/2024", revised=None, end="2024-08", rag="C", status="blue",
                     update=["Adviser in post from 19 August."]),
                dict(ref="3.2",
                     action="Schedule a one-to-one careers interview for every adult learner on a course of more than "
                            "12 weeks within their first six weeks.",
                     lead="Careers Lead; Adult Curriculum Manager",
                     leads=["Careers Lead", "Adult Curriculum Manager"],
                     target="Mar-25", revised=None, end="2025-03", rag="R", status="red",
                     update=["Interviews behind schedule: 41% of eligible learners seen to date.",
                             "Additional evening appointments being added from November."]),
            ],
        },
    ],
}


def make_bsdc():
    c = BSDC
    L = []
    L.append(c["title"])
    L.append("Report to Quality and Standards Committee – position at 15 November 2024")
    L.append("Plan owner: Deputy Principal Curriculum and Quality")
    L.append("Exported from ProMonitor 15/11/2024 09:42")
    L.append("")
    L.append("RAG KEY:  C = Complete   G = On track   A = Some slippage   R = Off track / overdue")
    L.append("")
    bar = "-" * 78
    counts = {}
    for afi in c["afis"]:
        L.append(bar)
        L.append(afi["heading"])
        L.append(afi["text"])
        L.append(bar)
        L.append("")
        for a in afi["actions"]:
            L.append(f"{a['ref']:<5}Action:        {a['action']}")
            L.append(f"     Lead:          {a['lead']}")
            L.append(f"     Target date:   {a['target']}")
            if a["revised"]:
                L.append(f"     Revised date:  {a['revised']}")
            L.append(f"     RAG:           {a['rag']}")
            L.append(f"     Update:        {a['update'][0]}")
            for more in a["update"][1:]:
                L.append(f"                    {more}")
            L.append("")
            counts[a["rag"]] = counts.get(a["rag"], 0) + 1
    L.append(bar)
    total = sum(counts.values())
    L.append(f"SUMMARY   Total actions: {total}   C: {counts.get('C', 0)}   G: {counts.get('G', 0)}   "
             f"A: {counts.get('A', 0)}   R: {counts.get('R', 0)}")
    L.append("End of report")
    with open(os.path.join(HERE, c["file"]), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")


# ---------------------------------------------------------------------------
# 3. Apprenticeship provider (xlsx): LDN Apprenticeships PIAP, merged theme/AFI
# ---------------------------------------------------------------------------
LDN = {
    "file": "np1-ldn-apprenticeships-ofsted-apprenticeships-piap.xlsx",
    "title": "LDN Apprenticeships – Post-Inspection Action Plan 2024–25",
    "themes": [
        ("Quality of education", [
            ("Leaders should ensure that apprentices receive their entitlement to off-the-job training and that this "
             "training is planned well around their job roles.", [
                dict(ref="QE1", action="Introduce a monthly off-the-job hours report for every apprentice, reviewed at "
                                       "tripartite progress reviews with the employer.",
                     owner="Head of Delivery", leads=["Head of Delivery"], orig=D(2024, 10, 31), rev=None,
                     end="2024-10", prev="Amber", cur="Blue", status="blue",
                     impact="Report live since October; 96% of reviews now record hours.",
                     comment=""),
                dict(ref="QE2", action="Agree a training plan with each employer at enrolment that sets out when and how "
                                       "off-the-job training will take place.",
                     owner="Sarah Okafor and Dan Price", leads=["Sarah Okafor", "Dan Price"],
                     orig=D(2024, 11, 30), rev=D(2025, 4, 30), end="2025-04", prev="Amber", cur="Green",
                     status="green",
                     impact="Training plans in place for all new starts; existing apprentices 78% complete.",
                     comment="Deadline moved to allow employer sign-off for existing apprentices."),
            ]),
            ("Leaders should make sure that skills coaches use the information about what apprentices already know "
             "and can do to plan an individualised programme.", [
                dict(ref="QE3", action="Revise the initial skills scan so that it covers all knowledge, skills and "
                                       "behaviours in the standard and use the results to adjust planned hours.",
                     owner="Quality Director", leads=["Quality Director"], orig="Q3 2024/25", rev=None,
                     end="2024-12", prev="Green", cur="Blue", status="blue",
                     impact="New skills scan in use for all standards from December starts.",
                     comment=""),
                dict(ref="QE4", action="Train all skills coaches in using initial assessment to personalise learning "
                                       "plans (two CPD sessions and observed practice).",
                     owner="Curriculum Managers; Skills Coaches", leads=["Curriculum Managers", "Skills Coaches"],
                     orig=D(2025, 2, 28), rev=D(2025, 4, 30), end="2025-04", prev="Green", cur="Amber",
                     status="amber",
                     impact="First CPD session delivered; observations not yet started.",
                     comment="Second session moved to April because of recruitment of new coaches."),
            ]),
        ]),
        ("Leadership and management", [
            ("Leaders and managers should improve the quality of the information that employers receive about "
             "their apprentices’ progress.", [
                dict(ref="LM1", action="Redesign the progress review template to include a section for employers on "
                                       "next steps and skills to practise at work.",
                     owner="Head of Quality & Compliance", leads=["Head of Quality & Compliance"],
                     orig=D(2024, 12, 31), rev=None, end="2024-12", prev="Amber", cur="Blue", status="blue",
                     impact="New template in use from 2 December.", comment=""),
                dict(ref="LM2", action="Hold quarterly employer forums and publish a short employer newsletter after "
                                       "each forum.",
                     owner="Employer Engagement Manager", leads=["Employer Engagement Manager"],
                     orig="Quarterly", rev=None, end=None, end_text="Quarterly", prev="Green", cur="Green",
                     status="green",
                     impact="Forums held in November and February; 31 employers attended.", comment=""),
            ]),
            ("Those responsible for governance should receive more detailed information about the quality of "
             "training so that they can challenge leaders effectively.", [
                dict(ref="LM3", action="Add a quality of education dashboard to each board pack, covering achievement, "
                                       "off-the-job hours, progress review completion and learner feedback.",
                     owner="Managing Director", leads=["Managing Director"],
                     orig=D(2025, 1, 31), rev=None, end="2025-01", prev="Amber", cur="Red", status="red",
                     impact="",
                     comment="Dashboard delayed by the move to the new MIS; first version now planned for the May board."),
            ]),
        ]),
        ("Personal development", [
            ("Leaders should ensure that apprentices develop a secure understanding of the risks of radicalisation "
             "and extremism relevant to their workplace and local area.", [
                dict(ref="PD1", action="Deliver a Prevent refresher workshop to all apprentices, tailored to their "
                                       "sector and London borough.",
                     owner="Head of Safeguarding & Wellbeing", leads=["Head of Safeguarding & Wellbeing"],
                     orig=D(2025, 3, 31), rev=None, end="2025-03", prev="Green", cur="Green", status="green",
                     impact="Workshops delivered to 212 of 340 apprentices.", comment=""),
                dict(ref="PD2", action="Add a safeguarding and Prevent discussion topic to every progress review and "
                                       "check understanding through questioning.",
                     owner="DSL / Skills Coaches", leads=["DSL", "Skills Coaches"],
                     orig=D(2024, 11, 30), rev=None, end="2024-11", prev="Green", cur="Blue", status="blue",
                     impact="Topic added to review template; sampled reviews show discussion in 92%.",
                     comment=""),
            ]),
        ]),
    ],
}

RAGWORD_FILL = {"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}


def make_ldn():
    c = LDN
    wb = openpyxl.Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = c["title"]
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Cover and document control"
    cov["A2"].font = Font(italic=True)
    rows = [
        ("Document owner", "Quality Director"),
        ("Version", "2.1"),
        ("Ofsted inspection", "10–13 September 2024 (full inspection) – overall effectiveness: Requires improvement"),
        ("Approved by", "Board of Directors, 28 November 2024"),
        ("Last updated", "10 March 2025"),
        ("Next review", "Board of Directors, May 2025"),
    ]
    for i, (k, v) in enumerate(rows):
        cov.cell(4 + i, 1, k).font = Font(bold=True)
        cov.cell(4 + i, 1).fill = xfill(GREY)
        cov.cell(4 + i, 2, v)
        cov.cell(4 + i, 1).border = BOX
        cov.cell(4 + i, 2).border = BOX
    cov.cell(11, 1, "Version history").font = Font(bold=True)
    for j, h in enumerate(["Version", "Date", "Change"]):
        cov.cell(12, 1 + j, h).font = Font(bold=True)
    for i, (v, d, ch) in enumerate([("1.0", D(2024, 10, 18), "First draft for Quality Committee"),
                                    ("2.0", D(2024, 11, 28), "Approved by Board"),
                                    ("2.1", D(2025, 3, 10), "Q2 progress update")]):
        cov.cell(13 + i, 1, v)
        cov.cell(13 + i, 2, d).number_format = "dd/mm/yyyy"
        cov.cell(13 + i, 3, ch)
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 60
    cov.column_dimensions["C"].width = 36

    ws = wb.create_sheet("PIAP")
    ws["A1"] = c["title"]
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Progress update: March 2025"
    headers = ["Ref", "Inspection theme", "Area for improvement", "Action", "Owner", "Original deadline",
               "Revised deadline", "Previous RAG", "Current RAG", "Impact / evidence", "Comments"]
    hr = 4
    for j, h in enumerate(headers):
        cl = ws.cell(hr, 1 + j, h)
        cl.font = Font(bold=True, color="FFFFFFFF")
        cl.fill = xfill("203864")
        cl.alignment = WRAP
        cl.border = BOX
    r = hr + 1
    summary = {}
    for theme, afis in c["themes"]:
        t_start = r
        for afi, acts in afis:
            a_start = r
            for a in acts:
                ws.cell(r, 1, a["ref"])
                ws.cell(r, 4, a["action"])
                ws.cell(r, 5, a["owner"])
                oc = ws.cell(r, 6, a["orig"])
                if isinstance(a["orig"], dt.datetime):
                    oc.number_format = "dd/mm/yyyy"
                if a["rev"] is not None:
                    ws.cell(r, 7, a["rev"]).number_format = "dd/mm/yyyy"
                for col, word in ((8, a["prev"]), (9, a["cur"])):
                    cl = ws.cell(r, col, word)
                    cl.fill = xfill(RAGWORD_FILL[word])
                ws.cell(r, 10, a["impact"] or None)
                ws.cell(r, 11, a["comment"] or None)
                for col in range(1, 12):
                    ws.cell(r, col).alignment = WRAP
                    ws.cell(r, col).border = BOX
                summary[a["cur"]] = summary.get(a["cur"], 0) + 1
                r += 1
            ws.cell(a_start, 3, afi)
            if r - 1 > a_start:
                ws.merge_cells(start_row=a_start, start_column=3, end_row=r - 1, end_column=3)
        ws.cell(t_start, 2, theme).font = Font(bold=True)
        if r - 1 > t_start:
            ws.merge_cells(start_row=t_start, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "Summary of current RAG").font = Font(bold=True)
    for word in ["Blue", "Green", "Amber", "Red"]:
        r += 1
        ws.cell(r, 1, word).fill = xfill(RAGWORD_FILL[word])
        ws.cell(r, 2, summary.get(word, 0))
    r += 1
    ws.cell(r, 1, "Total")
    ws.cell(r, 2, sum(summary.values()))
    for col, w in zip("ABCDEFGHIJK", [7, 18, 40, 50, 24, 13, 13, 10, 10, 36, 36]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (word, txt) in enumerate([("Blue", "Complete and impact evidenced"),
                                     ("Green", "On track to meet deadline"),
                                     ("Amber", "At risk of missing deadline – mitigation in place"),
                                     ("Red", "Deadline missed or off track – escalated to Board")]):
        key.cell(3 + i, 1, word).fill = xfill(RAGWORD_FILL[word])
        key.cell(3 + i, 2, txt)
    key.column_dimensions["B"].width = 55
    wb.active = 1
    wb.save(os.path.join(HERE, c["file"]))


# ---------------------------------------------------------------------------
# 4. Independent hospital (xlsx): Nuffield Health Guildford Hospital CQC must/should
# ---------------------------------------------------------------------------
NUFF = {
    "file": "np1-nuffield-health-guildford-hospital-cqc-must-should-do-action-plan.xlsx",
    "title": "Nuffield Health Guildford Hospital – CQC Inspection Action Plan",
    "services": [
        ("Surgery", [
            ("Must", "The service must ensure that all staff complete mandatory training in safeguarding adults and "
                     "children at the level appropriate to their role.", "Regulation 18 (2)(a)", [
                dict(ref="S1.1", action="Run additional level 3 safeguarding children sessions for theatre and ward "
                                        "registered nurses.",
                     owner="Head of Clinical Services", leads=["Head of Clinical Services"],
                     due=D(2024, 4, 30), end="2024-04", status="blue",
                     update="Four sessions delivered; level 3 compliance 97%."),
                dict(ref="S1.2", action="Add safeguarding training compliance by department to the monthly Hospital "
                                        "Leadership Team dashboard and follow up non-compliance with line managers.",
                     owner="Hospital Director", leads=["Hospital Director"],
                     due=D(2024, 5, 31), end="2024-05", status="blue",
                     update="On dashboard from May; reviewed at each HLT meeting."),
            ]),
            ("Should", "The service should ensure that the World Health Organization surgical safety checklist is fully "
                       "completed for every patient, including the sign-out stage.", "", [
                dict(ref="S2.1", action="Carry out monthly observational audits of WHO checklist completion in each "
                                        "theatre and feed back results at theatre team briefs.",
                     owner="Theatre Manager", leads=["Theatre Manager"],
                     due="Monthly", end=None, end_text="Monthly", status="green",
                     update="Audits in place since March; sign-out compliance 94% in June."),
                dict(ref="S2.2", action="Deliver WHO checklist refresher training to all surgeons, anaesthetists and "
                                        "theatre staff, including consultants with practising privileges.",
                     owner="Matron – Theatres / Medical Advisory Committee Chair",
                     leads=["Matron – Theatres", "Medical Advisory Committee Chair"],
                     due=D(2024, 8, 31), end="2024-08", status="green",
                     update="Theatre staff complete; consultant sessions booked at MAC in July and August."),
            ]),
            ("Should", "The service should ensure that medicines fridge temperatures are recorded daily and that action "
                       "is taken when temperatures are out of range.", "", [
                dict(ref="S3.1", action="Install remote temperature monitoring on all ward and theatre medicines fridges "
                                        "with alerts to the pharmacy team.",
                     owner="Pharmacy Manager", leads=["Pharmacy Manager"],
                     due=D(2024, 9, 30), end="2024-09", status="amber",
                     update="Quote approved; installation date not yet confirmed by supplier."),
                dict(ref="S3.2", action="Include fridge temperature checks in the weekly ward manager quality "
                                        "walk-round.",
                     owner="Ward Manager", leads=["Ward Manager"],
                     due=D(2024, 6, 30), end="2024-06", status="blue",
                     update="Added to walk-round checklist from April."),
            ]),
        ]),
        ("Outpatients", [
            ("Must", "The service must ensure that patients’ privacy and dignity are maintained in consultation and "
                     "treatment rooms.", "Regulation 10 (1)", [
                dict(ref="O1.1", action="Fit ‘consultation in progress’ signs to all outpatient consultation and "
                                        "treatment room doors.",
                     owner="Outpatients Manager", leads=["Outpatients Manager"],
                     due=D(2024, 3, 31), end="2024-03", status="blue",
                     update="Signs fitted to all 14 rooms."),
                dict(ref="O1.2", action="Move the outpatient booking desk away from the waiting area so that telephone "
                                        "calls cannot be overheard.",
                     owner="Outpatients Manager; Estates Manager", leads=["Outpatients Manager", "Estates Manager"],
                     due="31/10/2024 (revised from 31/05/2024)", end="2024-10", status="amber",
                     update="Works included in the autumn refurbishment programme."),
            ]),
            ("Should", "The service should ensure that patients are given information about how to make a complaint "
                       "in a format they can understand.", "", [
                dict(ref="O2.1", action="Produce easy read and translated versions of the complaints leaflet and display "
                                        "them in outpatient waiting areas.",
                     owner="Patient Experience Lead", leads=["Patient Experience Lead"],
                     due=D(2024, 6, 30), end="2024-06", status="red",
                     update="Easy read version in place; translations delayed – not yet ordered."),
                dict(ref="O2.2", action="Add complaints information to the outpatient appointment letter template.",
                     owner="Head of Governance", leads=["Head of Governance"],
                     due="July 2024", end="2024-07", status="green",
                     update="Template change submitted to the national letters team."),
            ]),
        ]),
    ],
}


def make_nuffield():
    c = NUFF
    wb = openpyxl.Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = c["title"]
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Summary of progress – Hospital Clinical Governance Committee, 16 July 2024"
    heads = ["Core service", "Must do actions", "Should do actions", "Completed", "On track", "Risk to delivery",
             "Off track"]
    for j, h in enumerate(heads):
        cl = sm.cell(4, 1 + j, h)
        cl.font = Font(bold=True)
        cl.border = BOX
    tot = [0] * 6
    for i, (svc, recs) in enumerate(c["services"]):
        must = sum(len(acts) for t, _r, _g, acts in recs if t == "Must")
        should = sum(len(acts) for t, _r, _g, acts in recs if t == "Should")
        st = [a["status"] for _t, _r, _g, acts in recs for a in acts]
        vals = [must, should, st.count("blue"), st.count("green"), st.count("amber"), st.count("red")]
        sm.cell(5 + i, 1, svc).border = BOX
        for j, v in enumerate(vals):
            sm.cell(5 + i, 2 + j, v).border = BOX
            tot[j] += v
    n = len(c["services"])
    sm.cell(5 + n, 1, "Total").font = Font(bold=True)
    for j, v in enumerate(tot):
        sm.cell(5 + n, 2 + j, v).font = Font(bold=True)
    sm.cell(8 + n, 1, "Full action plan on the ‘Action plan’ tab. Evidence is held on the hospital governance "
                      "SharePoint site.")
    sm.column_dimensions["A"].width = 22
    for col in "BCDEFG":
        sm.column_dimensions[col].width = 16

    ws = wb.create_sheet("Action plan")
    ws["A1"] = c["title"]
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Must do and should do actions arising from the inspection report published 9 February 2024"
    ws["A3"] = "Inspection: 17–18 October 2023 | Overall rating: Good | Updated: 16 July 2024"
    ws["B5"] = "Key:"
    ws["B5"].font = Font(bold=True)
    for col, (hexf, txt) in zip("CDEF", [(BLUE, "Completed"), (GREEN, "On track"), (AMBER, "Risk to delivery"),
                                         (RED, "Off track")]):
        ws[f"{col}5"] = txt
        ws[f"{col}5"].fill = xfill(hexf)
    headers = ["Ref", "Must / Should", "CQC requirement", "Regulation", "Action", "Action owner", "Due date",
               "Progress update", "RAG"]
    hr = 7
    for j, h in enumerate(headers):
        cl = ws.cell(hr, 1 + j, h)
        cl.font = Font(bold=True, color="FFFFFFFF")
        cl.fill = xfill("00594F")
        cl.alignment = WRAP
        cl.border = BOX
    r = hr + 1
    for svc, recs in c["services"]:
        ws.cell(r, 1, svc).font = Font(bold=True, size=12)
        ws.cell(r, 1).fill = xfill("DDEBF7")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(headers))
        r += 1
        for typ, req, reg, acts in recs:
            for k, a in enumerate(acts):
                ws.cell(r, 1, a["ref"])
                if k == 0:
                    ws.cell(r, 2, typ)
                    ws.cell(r, 3, req)
                    ws.cell(r, 4, reg or None)
                ws.cell(r, 5, a["action"])
                ws.cell(r, 6, a["owner"])
                dc = ws.cell(r, 7, a["due"])
                if isinstance(a["due"], dt.datetime):
                    dc.number_format = "dd/mm/yyyy"
                ws.cell(r, 8, a["update"])
                ws.cell(r, 9).fill = xfill(FILL[a["status"]])
                for col in range(1, 10):
                    ws.cell(r, col).alignment = WRAP
                    ws.cell(r, col).border = BOX
                r += 1
    for col, w in zip("ABCDEFGHI", [7, 10, 44, 14, 48, 26, 14, 40, 7]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, c["file"]))


# ---------------------------------------------------------------------------
# 5. GP practice (csv) – refuse case: "Febuary 2024" in a completion date cell
# ---------------------------------------------------------------------------
MOWBRAY = {
    "file": "np1-mowbray-house-surgery-cqc-inspection-action-plan-typo-month-refuse.csv",
    "title": "Mowbray House Surgery – CQC Inspection Action Plan",
    "refuse_at": 8,
}


def make_mowbray():
    c = MOWBRAY
    rows = [
        [c["title"], "", "", "", "", "", ""],
        ["Inspection 5 December 2023; report published 23 January 2024; overall rating Requires improvement",
         "", "", "", "", "", ""],
        ["Breaches: Regulation 12 Safe care and treatment; Regulation 17 Good governance", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["No.", "Key question", "What CQC found", "Action to be taken", "Lead", "Completion date", "Status"],
        ["1", "Safe", "The practice did not have an effective system to monitor patients prescribed high-risk "
                      "medicines, including methotrexate and lithium.",
         "Complete a full search of patients on high-risk medicines and book overdue blood monitoring.",
         "Dr R Ellis", "Jan-24", "Complete"],
        ["2", "Safe", "",
         "Set up a monthly recall search run by the clinical pharmacist and reviewed at the clinical meeting.",
         "Clinical Pharmacist / Dr R Ellis", "Mar-24", "Complete"],
        ["3", "Safe", "Not all staff had completed infection prevention and control training.",
         "Book IPC training for all clinical and non-clinical staff and record completion on the training matrix.",
         "Practice Manager", "Febuary 2024", "Complete"],
        ["4", "Effective", "Patients with long-term conditions were not always reviewed within recommended timescales.",
         "Introduce birthday-month recall for asthma, COPD and diabetes reviews.",
         "Lead Practice Nurse", "Apr-24", "On track"],
        ["5", "Well-led", "Governance arrangements were not effective; several policies were out of date.",
         "Review and update all practice policies and set a review date for each.",
         "Practice Manager & Dr S Nair", "Jun-24", "On track"],
        ["6", "Well-led", "Significant events were not consistently recorded or shared with staff.",
         "Introduce a significant event log with learning shared at monthly practice meetings.",
         "Dr S Nair", "May-24", "Not started"],
        ["", "", "", "", "", "", ""],
        ["Action plan agreed by the partners on 30 January 2024. Next review: April 2024.", "", "", "", "", "", ""],
    ]
    with open(os.path.join(HERE, c["file"]), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 6. Mental health trust (docx): North London NHSFT MHA monitoring visit PAS
# ---------------------------------------------------------------------------
NLFT = {
    "file": "np1-north-london-nhsft-cqc-mha-monitoring-visit-provider-action-statement.docx",
    "title": "Mental Health Act 1983 Monitoring Visit – Provider Action Statement",
    "domains": [
        ("Protecting patients’ rights and autonomy", [
            ("Patients were not always given information about their rights under section 132 on admission, and "
             "repeat attempts were not recorded when patients did not understand.", [
                dict(ref="1.1", action="Add a section 132 rights prompt to the admission checklist and the daily "
                                       "nursing handover sheet.",
                     resp="Ward Manager", leads=["Ward Manager"], date="31/10/2024", end="2024-10",
                     prog="Prompt added to both documents on 14 October.", rag="Complete", status="blue"),
                dict(ref="1.2", action="Audit section 132 records monthly for three months and report the results to the "
                                       "Acute Care Quality Group.",
                     resp="MHA Office Manager", leads=["MHA Office Manager"], date="January 2025", end="2025-01",
                     prog="Three audits completed; compliance rose from 62% to 95%.", rag="Complete",
                     status="blue"),
            ]),
            ("Blanket restrictions on access to the garden and to mobile phone chargers were in place and had not "
             "been reviewed.", [
                dict(ref="2.1", action="Review all restrictions on the ward against the trust’s restrictive practice "
                                       "policy and remove those that are not individually assessed.",
                     resp="Modern Matron – Acute Services", leads=["Modern Matron – Acute Services"],
                     date="30/11/2024", end="2024-11",
                     prog="Garden access restored; chargers available on request at the nursing office.",
                     rag="Complete", status="blue"),
                dict(ref="2.2", action="Record any remaining restrictions in the ward’s restrictive practice register "
                                       "and review them at the monthly community meeting with patients.",
                     resp="Ward Manager / Patient Experience Lead",
                     leads=["Ward Manager", "Patient Experience Lead"], date="Monthly", end=None,
                     end_text="Monthly",
                     prog="Register in place; reviewed at the December and January community meetings.",
                     rag="Green", status="green"),
            ]),
        ]),
        ("Care, support and treatment in hospital", [
            ("Care plans did not show patient involvement, and patients told us they had not been offered a copy of "
             "their care plan.", [
                dict(ref="3.1", action="Introduce co-produced ‘My Care Plan’ documents, with the patient’s views "
                                       "recorded in their own words.",
                     resp="Ward Manager", leads=["Ward Manager"], date="28/02/2025", end="2025-02",
                     prog="In use for 11 of 18 patients; training for bank staff outstanding.", rag="Amber",
                     status="amber"),
                dict(ref="3.2", action="Include care plan involvement in the monthly care records audit, with results "
                                       "shared at the ward business meeting.",
                     resp="Clinical Nurse Lead", leads=["Clinical Nurse Lead"], date="March 2025", end="2025-03",
                     prog="Audit tool updated; first results due in February.", rag="Green", status="green"),
            ]),
            ("Consent to treatment certificates (T2 and T3) were not kept with patients’ medication charts.", [
                dict(ref="4.1", action="Scan all current T2 and T3 certificates onto the electronic prescribing system "
                                       "so that they are visible at each medicine round.",
                     resp="Lead Pharmacist (Mental Health)", leads=["Lead Pharmacist (Mental Health)"],
                     date="15/11/2024", end="2024-11",
                     prog="All certificates scanned; checked weekly by the ward pharmacist.", rag="Complete",
                     status="blue"),
            ]),
        ]),
        ("Leaving hospital", [
            ("Section 17 leave forms did not always record the outcome of leave or whether the patient had been given "
             "a copy.", [
                dict(ref="5.1", action="Amend the section 17 leave form to record the outcome of leave and confirm that "
                                       "a copy was given to the patient and relevant others.",
                     resp="Responsible Clinician / MHA Office Manager",
                     leads=["Responsible Clinician", "MHA Office Manager"], date="Q4 2024/25", end="2025-03",
                     prog="Revised form awaiting approval at the Mental Health Law Committee in March.",
                     rag="Amber", status="amber"),
            ]),
        ]),
    ],
}


def make_nlft():
    c = NLFT
    doc = Document()
    doc.add_paragraph(c["title"], style="Title")
    p = doc.add_paragraph("North London NHS Foundation Trust")
    p.runs[0].bold = True
    det = doc.add_table(rows=8, cols=2)
    det.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("Provider", "North London NHS Foundation Trust"),
        ("Location", "Highgate Mental Health Centre"),
        ("Ward(s) visited", "Coral Ward (acute admission ward for women)"),
        ("Date of visit", "24 September 2024"),
        ("Date of monitoring report", "22 October 2024"),
        ("Date provider action statement returned", "19 November 2024"),
        ("Completed by", "Ward Manager, Coral Ward"),
        ("Progress last updated", "3 February 2025"),
    ]):
        set_cell(det.cell(i, 0), k, bold=True)
        shade(det.cell(i, 0), GREY)
        set_cell(det.cell(i, 1), v)
    doc.add_paragraph("")
    doc.add_paragraph("Please set out below the action you will take in response to each area for improvement "
                      "identified in the monitoring report, who is responsible and when it will be completed.")
    headers = ["Ref", "Area for improvement identified", "Action planned", "Responsible person", "Target date",
               "Progress (February 2025)", "RAG"]
    nrows = 1
    for _d, issues in c["domains"]:
        nrows += 1
        for _i, acts in issues:
            nrows += len(acts)
    t = doc.add_table(rows=nrows, cols=len(headers))
    t.style = "Table Grid"
    for j, h in enumerate(headers):
        set_cell(t.cell(0, j), h, bold=True)
        shade(t.cell(0, j), "BDD7EE")
    r = 1
    for dom, issues in c["domains"]:
        band = t.cell(r, 0).merge(t.cell(r, len(headers) - 1))
        set_cell(band, dom, bold=True, size=10)
        shade(band, "DEEAF6")
        r += 1
        for issue, acts in issues:
            i_start = r
            for a in acts:
                set_cell(t.cell(r, 0), a["ref"])
                set_cell(t.cell(r, 2), a["action"])
                set_cell(t.cell(r, 3), a["resp"])
                set_cell(t.cell(r, 4), a["date"])
                set_cell(t.cell(r, 5), a["prog"])
                set_cell(t.cell(r, 6), a["rag"])
                shade(t.cell(r, 6), {"blue": "9DC3E6", "green": "A9D08E", "amber": "FFD966",
                                     "red": "FF7C80"}[a["status"]])
                r += 1
            ic = t.cell(i_start, 1)
            if r - 1 > i_start:
                ic = ic.merge(t.cell(r - 1, 1))
            set_cell(ic, issue)
    doc.add_paragraph("")
    doc.add_paragraph("RAG: Complete = action completed and evidenced; Green = on track; Amber = at risk of delay; "
                      "Red = overdue.")
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for j, h in enumerate(["Signed on behalf of the provider", "Position", "Date"]):
        set_cell(so.cell(0, j), h, bold=True)
    for j, v in enumerate(["J. Adeyemi", "Director of Nursing, Mental Health", "19 November 2024"]):
        set_cell(so.cell(1, j), v)
    doc.save(os.path.join(HERE, c["file"]))


# ---------------------------------------------------------------------------
# 7. National body (xlsx): IfATE ARAC internal audit recommendations tracker
# ---------------------------------------------------------------------------
IFATE = {
    "file": "np1-institute-for-apprenticeships-and-technical-education-arac-internal-audit-recommendations-tracker.xlsx",
    "title": "Institute for Apprenticeships and Technical Education – Internal Audit Recommendations Tracker",
    "open": [
        ("Apprenticeship Standards Approval Process (GIAA, 2023-24) – Moderate assurance", [
            dict(ref="2324-02 R1", pri="High",
                 rec="The Institute should document the end-to-end approval process for new and revised standards, "
                     "including the evidence required at each decision gate.",
                 action="Publish an end-to-end approvals process map and decision-gate checklist on the intranet and "
                        "brief all product managers.",
                 owner="Deputy Director, Approvals", leads=["Deputy Director, Approvals"],
                 orig=D(2024, 3, 31), rev=D(2024, 12, 31), nrev=1, rag="A", end="2024-12", status="amber",
                 update="Process map drafted; checklist awaiting sign-off by the Approvals Board."),
            dict(ref="2324-02 R2", pri="Medium",
                 rec="Management should introduce quality assurance sampling of route panel decisions.",
                 action="Introduce quarterly QA sampling of 10% of route panel decisions, with findings reported to the "
                        "Approvals Board.",
                 owner="Head of Quality Assurance", leads=["Head of Quality Assurance"],
                 orig="Q2 2024-25", rev=None, nrev=0, rag="R", end="2024-09", status="red",
                 update="First sample completed; report to the Approvals Board delayed to November."),
        ]),
        ("Cyber Security and Resilience (GIAA, 2023-24) – Limited assurance", [
            dict(ref="2324-05 R1a", pri="High",
                 rec="The Institute should ensure that user accounts are removed promptly when staff leave and that "
                     "privileged access is reviewed quarterly.",
                 action="Automate the leavers process so that accounts are disabled on the leaving date, using a "
                        "feed from the HR system.",
                 owner="Chief Digital Officer", leads=["Chief Digital Officer"],
                 orig=D(2024, 6, 30), rev=D(2025, 1, 31), nrev=2, rag="A", end="2025-01", status="amber",
                 update="Interface built; testing with DfE shared services in November."),
            dict(ref="2324-05 R1b", pri="High", rec=None,
                 action="Carry out and record a quarterly review of privileged access accounts.",
                 owner="Head of Digital Operations", leads=["Head of Digital Operations"],
                 orig=D(2024, 7, 31), rev=None, nrev=0, rag="G", end="2024-07", status="green",
                 update="Q1 and Q2 reviews completed and evidenced; awaiting GIAA follow-up."),
            dict(ref="2324-05 R2", pri="Medium",
                 rec="Business continuity plans should be tested at least annually, with lessons learned recorded.",
                 action="Run a desktop business continuity exercise covering loss of the Coventry office and record "
                        "lessons learned.",
                 owner="Director of Operations / Business Continuity Manager",
                 leads=["Director of Operations", "Business Continuity Manager"],
                 orig=D(2024, 12, 31), rev=None, nrev=0, rag="G", end="2024-12", status="green",
                 update="Exercise scheduled for 4 December."),
        ]),
        ("Financial Controls – Payments and Purchase Cards (GIAA, 2024-25) – Substantial assurance", [
            dict(ref="2425-01 R1", pri="Low",
                 rec="Purchase card statements should be approved by the cardholder’s line manager within the month.",
                 action="Issue a reminder to cardholders and line managers and add monthly approval compliance to the "
                        "finance KPI pack.",
                 owner="Head of Finance", leads=["Head of Finance"],
                 orig=D(2025, 1, 31), rev=None, nrev=0, rag="G", end="2025-01", status="green",
                 update="Reminder issued 14 October."),
            dict(ref="2425-01 R2", pri="Medium",
                 rec="The supplier master file should be reviewed for duplicate and dormant suppliers.",
                 action="Complete a one-off cleanse of the supplier master file and introduce a six-monthly review.",
                 owner="Financial Controller", leads=["Financial Controller"],
                 orig="31 March 2025", rev=None, nrev=0, rag="G", end="2025-03", status="green",
                 update="Cleanse under way with the shared services provider."),
        ]),
    ],
    "closed": [
        ("Risk Management Framework (GIAA, 2023-24) – Moderate assurance", [
            dict(ref="2324-01 R3", pri="Medium",
                 rec="The risk appetite statement should be refreshed and approved by the Board.",
                 action="Refresh the risk appetite statement and present it to the Board for approval.",
                 owner="Head of Risk and Assurance", leads=["Head of Risk and Assurance"],
                 target=D(2024, 9, 30), closed=D(2024, 9, 17), end="2024-09", status="blue",
                 evidence="Board minutes, 17 September 2024."),
            dict(ref="2324-01 R4", pri="High",
                 rec="Directorate risk registers should be reviewed monthly and escalations recorded.",
                 action="Introduce monthly directorate risk review meetings, with escalations recorded in the corporate "
                        "risk system.",
                 owner="Directorate Directors", leads=["Directorate Directors"],
                 target=D(2024, 8, 31), closed=D(2024, 8, 30), end="2024-08", status="blue",
                 evidence="Meeting notes for June–August; GIAA confirmed closure."),
        ]),
    ],
}

RAG_LETTER_FILL = {"G": GREEN, "A": AMBER, "R": RED}


def make_ifate():
    c = IFATE
    wb = openpyxl.Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = c["title"]
    sm["A1"].font = Font(bold=True, size=13)
    sm["A2"] = "Audit and Risk Assurance Committee, 12 November 2024 – Annex B (position at 25 October 2024)"
    sm["A3"] = "OFFICIAL"
    sm["A3"].font = Font(bold=True, color="FFC00000")
    heads = ["Priority", "Open recommendations", "of which overdue", "Closed since last ARAC"]
    for j, h in enumerate(heads):
        cl = sm.cell(5, 1 + j, h)
        cl.font = Font(bold=True)
        cl.border = BOX
    recs_open = {}
    for _a, acts in c["open"]:
        for a in acts:
            key = a["ref"].rstrip("ab")
            recs_open.setdefault(key, a)
    for i, pri in enumerate(["High", "Medium", "Low"]):
        o = sum(1 for a in recs_open.values() if a["pri"] == pri)
        od = sum(1 for a in recs_open.values() if a["pri"] == pri and a["rag"] == "R")
        cl = sum(1 for _a, acts in c["closed"] for a in acts if a["pri"] == pri)
        for j, v in enumerate([pri, o, od, cl]):
            sm.cell(6 + i, 1 + j, v).border = BOX
    sm.cell(9, 1, "Total").font = Font(bold=True)
    for j in range(3):
        col = get_column_letter(2 + j)
        sm.cell(9, 2 + j, f"=SUM({col}6:{col}8)").font = Font(bold=True)
    sm.cell(11, 1, "Notes")
    sm.cell(11, 1).font = Font(bold=True)
    sm.cell(12, 1, "1. Recommendations are closed only when GIAA has confirmed the evidence.")
    sm.cell(13, 1, "2. Revised target dates require the agreement of the Chief Operating Officer and are reported "
                   "to ARAC.")
    sm.column_dimensions["A"].width = 16
    for col in "BCD":
        sm.column_dimensions[col].width = 22

    op = wb.create_sheet("Open recommendations")
    op["A1"] = "Open internal audit recommendations"
    op["A1"].font = Font(bold=True, size=12)
    headers = ["Ref", "Priority", "Recommendation", "Agreed management action", "Action owner",
               "Original target date", "Revised target date", "No. of revisions", "RAG", "Latest update"]
    hr = 3
    for j, h in enumerate(headers):
        cl = op.cell(hr, 1 + j, h)
        cl.font = Font(bold=True, color="FFFFFFFF")
        cl.fill = xfill("1F4E78")
        cl.alignment = WRAP
        cl.border = BOX
    r = hr + 1
    for audit, acts in c["open"]:
        op.cell(r, 1, audit).font = Font(bold=True)
        op.cell(r, 1).fill = xfill("D9E1F2")
        op.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(headers))
        r += 1
        rec_start = None
        for a in acts:
            op.cell(r, 1, a["ref"])
            op.cell(r, 2, a["pri"])
            if a["rec"] is not None:
                op.cell(r, 3, a["rec"])
                rec_start = r
            else:
                op.merge_cells(start_row=rec_start, start_column=3, end_row=r, end_column=3)
            op.cell(r, 4, a["action"])
            op.cell(r, 5, a["owner"])
            oc = op.cell(r, 6, a["orig"])
            if isinstance(a["orig"], dt.datetime):
                oc.number_format = "dd/mm/yyyy"
            if a["rev"] is not None:
                op.cell(r, 7, a["rev"]).number_format = "dd/mm/yyyy"
            op.cell(r, 8, a["nrev"])
            rc = op.cell(r, 9, a["rag"])
            rc.fill = xfill(RAG_LETTER_FILL[a["rag"]])
            rc.alignment = Alignment(horizontal="center", vertical="top")
            op.cell(r, 10, a["update"])
            for col in range(1, 11):
                if col != 9:
                    op.cell(r, col).alignment = WRAP
                op.cell(r, col).border = BOX
            r += 1
    r += 1
    op.cell(r, 1, "RAG: G = on track to meet target date; A = target date revised or at risk; "
                  "R = target date passed and not implemented.")
    op.cell(r, 1).font = Font(italic=True)
    for col, w in zip("ABCDEFGHIJ", [13, 9, 44, 48, 26, 13, 13, 10, 6, 40]):
        op.column_dimensions[col].width = w

    cs = wb.create_sheet("Closed since last ARAC")
    cs["A1"] = "Recommendations closed since the last ARAC (9 July 2024)"
    cs["A1"].font = Font(bold=True, size=12)
    headers = ["Ref", "Priority", "Recommendation", "Agreed management action", "Action owner", "Target date",
               "Date closed", "Status", "Evidence"]
    hr = 3
    for j, h in enumerate(headers):
        cl = cs.cell(hr, 1 + j, h)
        cl.font = Font(bold=True, color="FFFFFFFF")
        cl.fill = xfill("1F4E78")
        cl.border = BOX
    r = hr + 1
    for audit, acts in c["closed"]:
        cs.cell(r, 1, audit).font = Font(bold=True)
        cs.cell(r, 1).fill = xfill("D9E1F2")
        cs.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(headers))
        r += 1
        for a in acts:
            vals = [a["ref"], a["pri"], a["rec"], a["action"], a["owner"], a["target"], a["closed"], "Complete",
                    a["evidence"]]
            for j, v in enumerate(vals):
                cl = cs.cell(r, 1 + j, v)
                cl.alignment = WRAP
                cl.border = BOX
                if isinstance(v, dt.datetime):
                    cl.number_format = "dd/mm/yyyy"
            r += 1
    for col, w in zip("ABCDEFGHI", [13, 9, 44, 48, 26, 13, 13, 11, 36]):
        cs.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, c["file"]))


CASES = {
    "boteler": BOTELER, "bsdc": BSDC, "ldn": LDN, "nuffield": NUFF, "mowbray": MOWBRAY, "nlft": NLFT,
    "ifate": IFATE,
}


def main():
    make_boteler()
    make_bsdc()
    make_ldn()
    make_nuffield()
    make_mowbray()
    make_nlft()
    make_ifate()
    for c in CASES.values():
        print("wrote", c["file"])


if __name__ == "__main__":
    main()
