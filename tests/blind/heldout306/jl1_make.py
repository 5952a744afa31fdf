"""Build the seven jl1- blind test files (set heldout306).

Run:  /work/main/.venv/bin/python jl1_make.py
Writes the .docx/.xlsx/.csv/.txt files beside this script.  The data below also
carries, per action, the reading a person makes of it (lead list, end month,
status); the generator itself only uses the cell texts.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Border, Side

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE, GREEN, AMBER, RED = "0070C0", "00B050", "FFC000", "FF0000"
FILL = {"blue": BLUE, "green": GREEN, "amber": AMBER, "red": RED}


def A(ref, action, lead_cell, lead, end_cell, end, status, end_text=None, **kw):
    d = dict(ref=ref, action=action, lead_cell=lead_cell, lead=lead,
             end_cell=end_cell, end=end, end_text=end_text, status=status)
    d.update(kw)
    return d


# ---------------------------------------------------------------------------
# 1. Wymondham College - boarding (SCCIF) post-inspection action plan (docx)
# ---------------------------------------------------------------------------
WYM_FILE = "jl1-wymondham-college-ofsted-boarding-inspection-action-plan.docx"
WYM_TITLE = "Wymondham College – Boarding Post-Inspection Action Plan"
WYM_SECTIONS = [
    ("1. National minimum standards not met", [
        ("NMS 11.1 The school ensures that arrangements are made to safeguard and promote the welfare "
         "of pupils at the school, and that such arrangements have regard to any relevant guidance "
         "issued by the Secretary of State.", [
            A("1.1", "Review all boarding house safeguarding logs and ensure every low-level concern about "
                     "staff is referred to the Designated Safeguarding Lead on the day it is raised.",
              "Designated Safeguarding Lead", ["Designated Safeguarding Lead"], "29/02/2024", "2024-02", "blue",
              note="Completed 21/02/24. All eight house logs reviewed; two historic concerns re-referred and closed on LADO advice."),
            A("1.2", "Deliver refresher training on the school’s low-level concerns policy to all houseparents, "
                     "matrons and gap staff.",
              "DSL / Head of Boarding", ["DSL", "Head of Boarding"], "Summer term 2024", "2024-07", "green",
              end_text="Summer term 2024",
              note="Sessions held 16 April and 7 May. Four gap staff outstanding – booked for 18 June."),
            A("1.3", "Introduce a termly audit of boarding safeguarding records, reported to the Welfare and "
                     "Safeguarding Committee.",
              "Deputy Principal (Boarding and Welfare)", ["Deputy Principal (Boarding and Welfare)"],
              "Autumn term 2024", "2024-12", "green", end_text="Autumn term 2024",
              note="Audit template drafted; first audit scheduled for October half-term."),
        ]),
        ("NMS 14.1 The school operates safe recruitment and adopts recruitment procedures in line with "
         "the regulatory requirements and having regard to relevant guidance issued by the Secretary of State.", [
            A("2.1", "Complete a full audit of the single central record against personnel files for all staff "
                     "with boarding duties, including gap-year assistants.",
              "HR Director", ["HR Director"], "31/03/2024", "2024-03", "blue",
              note="Audit completed 11/03/24. Three gaps in references found and rectified."),
            A("2.2", "Require overseas criminal record checks or certificates of good conduct for all staff who "
                     "have lived abroad, before they start work in boarding.",
              "HR Director and Bursar", ["HR Director", "Bursar"], "30/04/2024", "2024-04", "amber",
              note="Procedure drafted. Awaiting sign-off of the revised recruitment policy by governors on 27 June."),
            A("2.3", "Train all members of boarding interview panels in safer recruitment, so that at least one "
                     "trained panel member sits on every appointment.",
              "Head of Boarding", ["Head of Boarding"], "Ongoing", None, "green", end_text="Ongoing",
              note="11 of 14 houseparents trained; remaining three booked on the July course."),
        ]),
    ]),
    ("2. Recommendations", [
        ("Recommendation 1: The school should ensure that boarders’ individual health care plans are reviewed "
         "and shared with boarding staff so that staff know how to meet each boarder’s medical needs.", [
            A("3.1", "Transfer all boarders’ health care plans onto the school’s secure medical system and give "
                     "houseparents read access.",
              "Senior Nurse (Health Centre)", ["Senior Nurse (Health Centre)"], "Summer term 2024", "2024-07",
              "red", end_text="Summer term 2024",
              note="System licence renewal delayed; migration paused at 60%."),
            A("3.2", "Hold a briefing in each boarding house at the start of every term on the medical needs of "
                     "the boarders in that house.",
              "Senior Nurse (Health Centre)", ["Senior Nurse (Health Centre)"], "Termly", None, "green",
              end_text="Termly", note="Summer term briefings held in all houses in the first week."),
        ]),
        ("Recommendation 2: The school should ensure that the boarding development plan sets out clear, "
         "measurable targets so that governors can monitor the impact of improvements.", [
            A("4.1", "Rewrite the boarding development plan with measurable success criteria for each priority, "
                     "using the boarder voice survey results as a baseline.",
              "Deputy Principal (Boarding and Welfare)", ["Deputy Principal (Boarding and Welfare)"], "July 2024",
              "2024-07", "green", note="Draft shared with governors on 5 June."),
            A("4.2", "Report progress against the boarding development plan to each meeting of the Welfare and "
                     "Safeguarding Committee.",
              "Deputy Principal (Boarding and Welfare)", ["Deputy Principal (Boarding and Welfare)"],
              "September 2024", "2024-09", "unrated", note=""),
        ]),
    ]),
]


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


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(1.5))


def build_wymondham():
    doc = Document()
    landscape(doc)
    doc.add_paragraph(WYM_TITLE, style="Title")
    doc.add_paragraph("Following the Ofsted inspection of boarding provision (social care common inspection "
                      "framework), 23 to 25 January 2024. Report published 27 February 2024.")
    t = doc.add_table(rows=0, cols=2, style="Table Grid")
    for k, v in [("Document", "Boarding post-inspection action plan"),
                 ("Owner", "Deputy Principal (Boarding and Welfare)"),
                 ("Version", "1.3"),
                 ("Last updated", "14 June 2024"),
                 ("Monitored by", "Board of Governors – Welfare and Safeguarding Committee")]:
        r = t.add_row().cells
        r[0].text, r[1].text = k, v
        r[0].paragraphs[0].runs[0].bold = True
    doc.add_paragraph("")
    doc.add_paragraph("RAG key")
    t = doc.add_table(rows=0, cols=2, style="Table Grid")
    for col, txt in [(BLUE, "Complete – impact evidenced"), (GREEN, "On track"),
                     (AMBER, "Some slippage – mitigation in place"), (RED, "Off track")]:
        r = t.add_row().cells
        shade(r[0], col)
        r[1].text = txt
    for heading, groups in WYM_SECTIONS:
        doc.add_heading(heading, level=1)
        if heading.startswith("1."):
            doc.add_paragraph("Ofsted judged that the school did not meet the following national minimum "
                              "standards for boarding schools.")
        else:
            doc.add_paragraph("Ofsted made the following recommendations for improvement.")
        for rec, acts in groups:
            t = doc.add_table(rows=2, cols=6, style="Table Grid")
            top = t.rows[0].cells[0].merge(t.rows[0].cells[5])
            top.text = rec
            top.paragraphs[0].runs[0].bold = True
            shade(top, "D9E2F3")
            for c, h in zip(t.rows[1].cells, ["Ref", "Action", "Lead", "Target date",
                                              "Evidence of progress", "RAG"]):
                c.text = h
            bold_row(t.rows[1])
            for a in acts:
                r = t.add_row().cells
                r[0].text, r[1].text, r[2].text = a["ref"], a["action"], a["lead_cell"]
                r[3].text, r[4].text, r[5].text = a["end_cell"], a["note"], ""
                if a["status"] in FILL:
                    shade(r[5], FILL[a["status"]])
            doc.add_paragraph("")
    doc.add_paragraph("Next review of this plan: Welfare and Safeguarding Committee, 24 September 2024.")
    doc.add_paragraph("Signed: Principal ……………………   Chair of Governors ……………………")
    doc.save(os.path.join(HERE, WYM_FILE))


# ---------------------------------------------------------------------------
# 2. Isle of Wight College - Ofsted post-inspection action plan (xlsx)
# ---------------------------------------------------------------------------
IOW_FILE = "jl1-isle-of-wight-college-ofsted-post-inspection-action-plan.xlsx"
IOW_TITLE = "The Isle of Wight College – Post-Inspection Action Plan"
IOW = [
    ("Behaviour and attitudes",
     "AFI 1: Leaders should improve learners’ attendance, particularly in English and mathematics lessons, "
     "so that more learners achieve their qualifications.", [
         A("1.1", "Introduce same-day follow-up of all absences from English and mathematics lessons by progress "
                  "coaches, with contact with parents and carers after two absences.",
           "Head of English and Maths", ["Head of English and Maths"], dt.date(2025, 3, 31), "2025-03", "blue",
           rag="B", measure="Attendance in English and maths lessons rises to 85% by May 2025",
           revised=None, note="Same-day calls in place since 3 March. Attendance up from 74% to 81%."),
         A("1.2", "Timetable English and mathematics lessons on the same day as vocational sessions for all "
                  "study programme learners.",
           "Deputy Principal Curriculum; Head of MIS", ["Deputy Principal Curriculum", "Head of MIS"],
           dt.date(2025, 6, 30), "2025-09", "amber", rag="A", measure="", revised="Sept 2025",
           note="Timetabling software constraints; now planned for the 2025/26 timetable."),
         A("1.3", "Publish weekly attendance data by course to curriculum managers and review it at fortnightly "
                  "performance meetings.",
           "Head of MIS", ["Head of MIS"], dt.date(2025, 2, 28), "2025-02", "blue", rag="B", measure="",
           revised=None, note="Power BI attendance dashboard live from 17 February."),
     ]),
    ("Apprenticeships",
     "AFI 2: Leaders should ensure that apprentices receive helpful feedback from tutors and assessors that "
     "shows them how to improve the standard of their work.", [
         A("2.1", "Train all apprenticeship tutors and assessors in giving developmental feedback, using examples "
                  "from moderated portfolios.",
           "Apprenticeships Quality Manager", ["Apprenticeships Quality Manager"], "April 2025", "2025-04",
           "green", rag="G", measure="Feedback judged good or better in 90% of sampled work", revised=None,
           note="Two CPD sessions delivered; three new assessors to attend the July session."),
         A("2.2", "Add a feedback quality check to the monthly portfolio sampling carried out by internal quality "
                  "assurers.",
           "Lead IQA", ["Lead IQA"], dt.date(2025, 5, 31), "2025-05", "green", rag="G", measure="",
           revised=None, note="Check added to the sampling form; May sample 84% good or better."),
         A("2.3", "Share feedback from progress reviews with employers so that they can reinforce improvements in "
                  "the workplace.",
           "Head of Apprenticeships", ["Head of Apprenticeships"], dt.date(2025, 7, 31), "2025-07", "red",
           rag="R", measure="", revised=None, note="Not yet started – awaiting the new review template."),
     ]),
    ("Leadership and management",
     "AFI 3: Governors should receive more detailed information about the quality of apprenticeship provision "
     "so that they can challenge leaders effectively.", [
         A("3.1", "Add an apprenticeship quality report, including achievement and off-the-job training data, to "
                  "every Quality and Standards Committee agenda.",
           "Clerk to the Corporation / Vice Principal Quality", ["Clerk to the Corporation", "Vice Principal Quality"],
           dt.date(2025, 3, 31), "2025-03", "blue", rag="B", measure="", revised=None,
           note="Standing item since the March committee."),
         A("3.2", "Appoint a link governor for apprenticeships who visits employers with the Head of "
                  "Apprenticeships each term.",
           "Chair of Governors", ["Chair of Governors"], "Summer term 2025", "2025-07", "green",
           end_text="Summer term 2025", rag="G", measure="", revised=None,
           note="Link governor appointed 12 May; first employer visit 19 June."),
     ]),
]

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def build_iow():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "The Isle of Wight College"
    ws["A1"].font = Font(bold=True, size=16)
    ws["A2"] = "Post-Inspection Action Plan (PIAP) 2024/25"
    ws["A2"].font = Font(bold=True, size=13)
    rows = [("Inspection dates", "21–24 January 2025"), ("Report published", "28 February 2025"),
            ("Plan owner", "Vice Principal Quality"), ("Position at", "30 June 2025")]
    for i, (k, v) in enumerate(rows, start=4):
        ws.cell(i, 1, k).font = Font(bold=True)
        ws.cell(i, 2, v)
    ws["A9"] = "Inspection judgements"
    ws["A9"].font = Font(bold=True)
    grades = [("Overall effectiveness", "Good"), ("Quality of education", "Good"),
              ("Behaviour and attitudes", "Requires improvement"), ("Personal development", "Good"),
              ("Leadership and management", "Good"), ("Education programmes for young people", "Good"),
              ("Adult learning programmes", "Good"), ("Apprenticeships", "Requires improvement"),
              ("Provision for learners with high needs", "Good")]
    for i, (k, v) in enumerate(grades, start=10):
        ws.cell(i, 1, k).border = BOX
        ws.cell(i, 2, v).border = BOX
    ws["A20"] = "RAG key"
    ws["A20"].font = Font(bold=True)
    for i, (k, v, c) in enumerate([("B", "Complete", BLUE), ("G", "On target", GREEN),
                                   ("A", "Some risk to target date", AMBER), ("R", "Off target", RED)], start=21):
        ws.cell(i, 1, k).fill = PatternFill("solid", fgColor=c)
        ws.cell(i, 2, v)
    ws.column_dimensions["A"].width = 40
    ws.column_dimensions["B"].width = 30

    ws = wb.create_sheet("PIAP")
    ws["A1"] = IOW_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Progress position at 30 June 2025 – presented to the Quality and Standards Committee, 8 July 2025"
    ws.merge_cells("A2:I2")
    hdr = ["Action no.", "Area for improvement", "Actions", "Responsible", "Success measure", "Target date",
           "Revised date", "Progress update", "RAG"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F3864")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    ragfill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    for section, afi, acts in IOW:
        ws.cell(r, 1, section).font = Font(bold=True)
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="D9D9D9")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        first = r
        for a in acts:
            vals = [a["ref"], afi if r == first else None, a["action"], a["lead_cell"], a["measure"] or None,
                    a["end_cell"], a["revised"], a["note"], a["rag"]]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(r, j, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.date):
                    c.number_format = "DD/MM/YYYY"
            ws.cell(r, 9).fill = PatternFill("solid", fgColor=ragfill[a["rag"]])
            ws.cell(r, 9).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
        ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "Notes: RAG as at 30 June 2025. Revised dates agreed by the Senior Leadership Team on "
                  "16 June 2025.")
    for col, w in zip("ABCDEFGHI", [10, 45, 55, 28, 30, 13, 13, 45, 6]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    ws = wb.create_sheet("Summary")
    ws["A1"] = "PIAP summary – 30 June 2025"
    ws["A1"].font = Font(bold=True)
    counts = {"B": 0, "G": 0, "A": 0, "R": 0}
    for _, _, acts in IOW:
        for a in acts:
            counts[a["rag"]] += 1
    for i, (k, lab) in enumerate([("B", "Complete (B)"), ("G", "On target (G)"),
                                  ("A", "Some risk (A)"), ("R", "Off target (R)")], start=3):
        ws.cell(i, 1, lab)
        ws.cell(i, 2, counts[k])
    ws.cell(7, 1, "Total actions").font = Font(bold=True)
    ws.cell(7, 2, sum(counts.values())).font = Font(bold=True)
    ws.column_dimensions["A"].width = 22
    wb.save(os.path.join(HERE, IOW_FILE))


# ---------------------------------------------------------------------------
# 3. Training 2000 - Ofsted apprenticeships PIAP (csv export)
# ---------------------------------------------------------------------------
T2K_FILE = "jl1-training-2000-ofsted-apprenticeships-piap.csv"
T2K_TITLE = "Training 2000 Ltd - Post-Inspection Action Plan"
T2K = [
    ("Leaders should ensure that apprentices' off-the-job training is planned and recorded accurately, so that "
     "all apprentices receive their full entitlement.", [
         A("1a", "Audit off-the-job hours for every apprentice on programme and agree catch-up plans with "
                 "employers where hours are behind.",
           "Compliance Manager", ["Compliance Manager"], "28/02/2025", "2025-02", "blue", start="06/01/2025",
           word="Complete", note="Audit of 412 apprentices completed. 37 catch-up plans agreed."),
         A("1b", "Add a monthly off-the-job hours check to progress reviews, with an alert to the tutor when an "
                 "apprentice falls more than 10% behind.",
           "Head of Quality/Compliance Manager", ["Head of Quality", "Compliance Manager"], "31/03/2025",
           "2025-03", "green", start="13/01/2025", word="On track",
           note="Check built into the review form; alerts being tested in the e-portfolio."),
         A("1c", "Brief all employers on their responsibilities for off-the-job training at the spring employer "
                 "forum.\nFollow up individually with employers whose apprentices are below target.",
           "Employer Engagement Manager", ["Employer Engagement Manager"], "Mar-25", "2025-03", "blue",
           start="03/02/2025", word="Complete", note="Forum held 11 March (46 employers). 19 follow-up visits done."),
     ]),
    ("Leaders should make sure that apprentices with additional learning needs receive the support they need "
     "to make the same progress as their peers.", [
         A("2a", "Screen all new starters for additional learning needs at induction using the initial assessment "
                 "tool, and record support plans on the e-portfolio.",
           "ALS Coordinator", ["ALS Coordinator"], "31/03/2025", "2025-03", "green", start="06/01/2025",
           word="On track", note="Screening in place for all January and February starters."),
         A("2b", "Train tutors in adapting teaching and assessment for apprentices with dyslexia and ADHD.",
           "SL, MB", ["SL", "MB"], "May 2025", "2025-05", "amber", start="01/03/2025", word="At risk",
           note="External trainer unavailable until June; internal session being planned."),
     ]),
    ("Leaders should increase the proportion of apprentices who achieve their apprenticeship by the planned end "
     "date, particularly in hospitality.", [
         A("3a", "Hold fortnightly caseload reviews with hospitality tutors, focusing on apprentices past their "
                 "planned end date.",
           "Hospitality Curriculum Lead", ["Hospitality Curriculum Lead"], "Ongoing", None, "green",
           end_text="Ongoing", start="20/01/2025", word="On track",
           note="Reviews running; 14 apprentices past end date down from 31."),
         A("3b", "Cap hospitality tutor caseloads at 45 apprentices and recruit two additional tutors.",
           "Managing Director", ["Managing Director"], "30/06/2025", "2025-06", "red", start="01/02/2025",
           word="Off track", note="Recruitment paused pending budget review."),
         A("3c", "Report achievement and timely achievement rates by sector to the board every quarter.",
           "Head of Quality", ["Head of Quality"], "Q1 2025/26", "2025-06", "unrated", start="",
           word="Not started", note=""),
     ]),
]


def build_t2k():
    rows = [
        [T2K_TITLE, "", "", "", "", "", "", ""],
        ["Ofsted inspection 12-15 November 2024 (report published 8 January 2025)", "", "", "", "", "", "", ""],
        ["Last updated: 14/04/2025", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["Ref", "Area for improvement", "Action", "Owner", "Start date", "Due date", "Status", "Progress update"],
    ]
    for afi, acts in T2K:
        for i, a in enumerate(acts):
            rows.append([a["ref"], afi if i == 0 else "", a["action"], a["lead_cell"], a["start"],
                         a["end_cell"], a["word"], a["note"]])
    rows.append(["", "", "", "", "", "", "", ""])
    rows.append(["Status key: Complete = action finished (blue); On track = green; At risk = amber; "
                 "Off track = red; Not started = no RAG yet", "", "", "", "", "", "", ""])
    with open(os.path.join(HERE, T2K_FILE), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 4. University Hospital Southampton - CQC must do / should do (xlsx)
# ---------------------------------------------------------------------------
UHS_FILE = "jl1-university-hospital-southampton-nhsft-cqc-must-should-do-action-plan.xlsx"
UHS_TITLE = "CQC Inspection Action Plan – Must Do and Should Do Actions"
D = dt.date
UHS_MUST = [
    ("Urgent and emergency care", "Regulation 12 Safe care and treatment",
     "The trust must ensure that patients in the emergency department receive a timely assessment of their risk "
     "of deterioration, including a National Early Warning Score (NEWS2) within 15 minutes of arrival.", [
         A("MD1.1", "Introduce a streaming nurse at the front door between 08:00 and 02:00 to record observations "
                    "and NEWS2 on arrival.",
           "Head of Nursing (Emergency Department)", ["Head of Nursing (Emergency Department)"], D(2025, 3, 31),
           "2025-06", "blue", revised=D(2025, 6, 30), prev="A", cur="B",
           note="Role live from 2 June. July audit: 91% of patients had NEWS2 within 15 minutes."),
         A("MD1.2", "Audit NEWS2 compliance weekly and report the results to the ED governance meeting and the "
                    "Patient Safety Committee.",
           "ED Clinical Governance Lead", ["ED Clinical Governance Lead"], D(2025, 1, 31), "2025-01", "green",
           revised=None, prev="G", cur="G", note="Weekly audit embedded; reported monthly to Patient Safety Committee."),
     ]),
    ("Urgent and emergency care", "Regulation 18 Staffing",
     "The trust must ensure that there are enough suitably qualified and skilled paediatric nurses in the "
     "children’s emergency department at all times.", [
         A("MD2.1", "Recruit to the 6.4 WTE registered children’s nurse vacancies in the children’s emergency "
                    "department.",
           "Director of Nursing (Surgery) / Workforce Business Partner",
           ["Director of Nursing (Surgery)", "Workforce Business Partner"], D(2025, 4, 30), "2025-10", "amber",
           revised=D(2025, 10, 31), prev="A", cur="A",
           note="3.8 WTE appointed; 2.6 WTE out to advert. Gaps covered by bank staff."),
         A("MD2.2", "Provide paediatric immediate life support training for all adult-trained nurses rostered to "
                    "the children’s area.",
           "Practice Development Team", ["Practice Development Team"], D(2025, 3, 31), "2025-03", "blue",
           revised=None, prev="R", cur="B", note="All 38 nurses trained by 14 July 2025."),
     ]),
    ("Medical care (including older people’s care)", "Regulation 11 Need for consent",
     "The trust must ensure that mental capacity assessments are completed and recorded for patients who may "
     "lack capacity to consent to their care and treatment.", [
         A("MD3.1", "Add a mandatory mental capacity assessment prompt to the electronic admission documentation "
                    "for patients with a confirmed or suspected diagnosis of dementia or delirium.",
           "Chief Clinical Information Officer", ["Chief Clinical Information Officer"], D(2025, 6, 30),
           "2025-09", "red", revised=D(2025, 9, 30), prev="A", cur="R",
           note="Supplier release slipped. Interim paper prompt in use on older people’s wards."),
     ]),
]
UHS_SHOULD = [
    ("Urgent and emergency care", None,
     "The trust should ensure that patients’ pain is assessed and that pain relief is given in a timely way.", [
         A("SD1.1", "Introduce a patient group direction allowing triage nurses to give simple analgesia at "
                    "triage.",
           "Lead Pharmacist (Emergency Medicine)", ["Lead Pharmacist (Emergency Medicine)"], D(2025, 5, 31),
           "2025-05", "blue", revised=None, prev="G", cur="B", note="PGD approved by Medicines Committee 20 May."),
     ]),
    ("Medical care (including older people’s care)", None,
     "The trust should ensure that discharge summaries are sent to GPs within 24 hours of discharge.", [
         A("SD2.1", "Produce a daily report of outstanding discharge summaries for each ward manager and "
                    "consultant.",
           "Deputy Chief Operating Officer", ["Deputy Chief Operating Officer"], D(2025, 4, 30), "2025-04",
           "blue", revised=None, prev="B", cur="B", note="Report live since April."),
         A("SD2.2", "Review resident doctor rotas on the older people’s wards to protect time for completing "
                    "discharge summaries.",
           "Care Group Clinical Director (Medicine) / Medical Staffing Manager",
           ["Care Group Clinical Director (Medicine)", "Medical Staffing Manager"], D(2025, 8, 31), "2025-08",
           "green", revised=None, prev="G", cur="G", note="New rota to start with the August changeover."),
     ]),
    ("Medical care (including older people’s care)", None,
     "The trust should ensure that call bells are within reach of patients at all times.", [
         A("SD3.1", "Include call bell accessibility in the monthly ward accreditation audit and the matron’s daily "
                    "walkround checklist.",
           "Deputy Chief Nursing Officer", ["Deputy Chief Nursing Officer"], D(2025, 3, 31), "2025-03", "blue",
           revised=None, prev="G", cur="B", note="Added to both from March; June compliance 96%."),
     ]),
]


def build_uhs():
    wb = Workbook()
    rf = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = "University Hospital Southampton NHS Foundation Trust"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = UHS_TITLE
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Inspection of urgent and emergency care and medical care, 15–17 October 2024; report published "
                "29 January 2025. Progress at 31 July 2025 for the Quality Committee.")
    hdr = ["Core service", "Must do actions", "Should do actions", "B", "G", "A", "R"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True)
        c.border = BOX
        if h in rf:
            c.fill = PatternFill("solid", fgColor=rf[h])
    services = ["Urgent and emergency care", "Medical care (including older people’s care)"]
    r = 6
    for s in services:
        must = [a for sv, _, _, acts in UHS_MUST if sv == s for a in acts]
        should = [a for sv, _, _, acts in UHS_SHOULD if sv == s for a in acts]
        vals = [s, len(must), len(should)] + [sum(1 for a in must + should if a["cur"] == k) for k in "BGAR"]
        for j, v in enumerate(vals, start=1):
            ws.cell(r, j, v).border = BOX
        r += 1
    ws.cell(r, 1, "Total").font = Font(bold=True)
    for j in range(2, 8):
        ws.cell(r, j, sum(ws.cell(i, j).value for i in range(6, r))).font = Font(bold=True)
    ws.cell(r + 2, 1, "RAG key: B = complete and evidenced; G = on track; A = at risk of missing the date; "
                      "R = off track")
    ws.column_dimensions["A"].width = 45

    def sheet(name, heading, findhdr, data):
        ws = wb.create_sheet(name)
        ws["A1"] = heading
        ws["A1"].font = Font(bold=True, size=13)
        hdr = ["Ref", "Core service", "Regulation", findhdr, "Action", "Lead(s)", "Original completion date",
               "Revised completion date", "Previous RAG (June)", "Current RAG (July)", "Progress / assurance evidence"]
        for j, h in enumerate(hdr, start=1):
            c = ws.cell(2, j, h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = PatternFill("solid", fgColor="005EB8")
            c.alignment = WRAP
            c.border = BOX
        r = 3
        for service, reg, finding, acts in data:
            first = r
            for a in acts:
                vals = [a["ref"], service, reg, finding, a["action"], a["lead_cell"], a["end_cell"],
                        a["revised"], a["prev"], a["cur"], a["note"]]
                for j, v in enumerate(vals, start=1):
                    if r != first and j in (2, 3, 4):
                        v = None
                    c = ws.cell(r, j, v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.date):
                        c.number_format = "DD/MM/YYYY"
                for j, k in ((9, a["prev"]), (10, a["cur"])):
                    ws.cell(r, j).fill = PatternFill("solid", fgColor=rf[k])
                    ws.cell(r, j).alignment = Alignment(horizontal="center", vertical="top")
                r += 1
            if r - 1 > first:
                for j in (2, 3, 4):
                    ws.merge_cells(start_row=first, start_column=j, end_row=r - 1, end_column=j)
        for col, w in zip("ABCDEFGHIJK", [8, 22, 20, 45, 50, 28, 13, 13, 10, 10, 45]):
            ws.column_dimensions[col].width = w
        ws.freeze_panes = "A3"

    sheet("Must do", "CQC Must Do actions – progress at 31 July 2025", "CQC finding – the trust must:", UHS_MUST)
    sheet("Should do", "CQC Should Do actions – progress at 31 July 2025", "CQC finding – the trust should:",
          UHS_SHOULD)
    wb.save(os.path.join(HERE, UHS_FILE))


# ---------------------------------------------------------------------------
# 5. Birchwood Medical Practice - CQC inspection action plan (plain text)
# ---------------------------------------------------------------------------
BMP_FILE = "jl1-birchwood-medical-practice-cqc-inspection-action-plan.txt"
BMP_TITLE = "Birchwood Medical Practice - CQC Inspection Action Plan"
BMP = [
    ("REQUIREMENT NOTICE 1: Regulation 12 HSCA (RA) Regulations 2014 Safe care and treatment",
     "The provider must ensure care and treatment is provided in a safe way to patients.", None, [
         A("1.1", "Complete structured medication reviews for all patients prescribed four or more repeat "
                  "medicines who have not had a review in the last 12 months.",
           "Dr R Patel / Clinical Pharmacist", ["Dr R Patel", "Clinical Pharmacist"], "31 December 2024",
           "2024-12", "green", word="On track", note="286 of 410 reviews completed at 31 October."),
         A("1.2", "Run a weekly search for patients on high-risk drugs (methotrexate, lithium, DOACs) who are "
                  "overdue blood monitoring, and recall them.",
           "Clinical Pharmacist", ["Clinical Pharmacist"], "31 August 2024", "2024-08", "blue", word="Complete",
           note="Searches set up in SystmOne and run every Monday morning."),
         A("1.3", "Act on all outstanding patient safety alerts and keep a log showing who reviewed each alert "
                  "and what was done.",
           "Dr S Okafor and Dr L Byrne", ["Dr S Okafor", "Dr L Byrne"], "End of September 2024", "2024-09",
           "blue", word="Complete", note="Alerts log in place and reviewed at the monthly clinical meeting."),
     ]),
    ("REQUIREMENT NOTICE 2: Regulation 17 HSCA (RA) Regulations 2014 Good governance",
     "The provider must establish effective systems and processes to ensure good governance in accordance "
     "with the fundamental standards of care.", None, [
         A("2.1", "Put in place a training matrix for all staff and bring safeguarding, basic life support and "
                  "infection prevention and control training up to date.",
           "Practice Manager", ["Practice Manager"], "30/09/2024", "2024-09", "amber", word="Delayed",
           note="3 staff still to complete BLS; session booked for 21 November."),
         A("2.2", "Carry out and record an infection prevention and control audit, with an action plan for the "
                  "issues found.",
           "Lead Nurse", ["Lead Nurse"], "Q3 2024/25", "2024-12", "green", word="On track",
           note="Audit booked with the ICB IPC team for 5 December."),
         A("2.3", "Review all practice governance policies and set a review date for each, so that no policy is "
                  "more than two years old.",
           "Practice Manager", ["Practice Manager"], "March 2025", "2025-03", "unrated", word="Not started",
           note=""),
     ]),
    ("AREAS WHERE THE PROVIDER SHOULD MAKE IMPROVEMENTS", None, "x", [
         A("3.1", "Offer Saturday morning cervical screening clinics and send text reminders to eligible patients "
                  "who have not responded to two invitations.",
           "Lead Nurse", ["Lead Nurse"], "Ongoing", None, "green", end_text="Ongoing", word="On track",
           should="Continue to take action to improve the uptake of cervical screening.",
           note="Four Saturday clinics held since September (112 patients screened)."),
         A("3.2", "Install a cloud-based telephone system with call-back and queue position messages.",
           "Practice Manager", ["Practice Manager"], "January 2025", "2025-01", "green", word="On track",
           should="Improve patients' experience of getting through to the practice by telephone.",
           note="Contract signed; installation planned for 13 January."),
     ]),
]


def build_bmp():
    L = []
    L.append(BMP_TITLE)
    L.append("")
    L.append("Inspection date:   9 July 2024")
    L.append("Report published:  22 August 2024")
    L.append("Overall rating:    Requires improvement")
    L.append("Plan owner:        Practice Manager")
    L.append("Last reviewed:     4 November 2024 (partners' meeting)")
    L.append("")
    L.append("Status key: Complete | On track | Delayed (amber) | Not started")
    L.append("-" * 72)
    for head, must, kind, acts in BMP:
        L.append("")
        L.append(head)
        if must:
            L.append(must)
        for a in acts:
            L.append("")
            if kind:
                L.append(f"{a['ref']}  Should do: {a['should']}")
                L.append(f"     Action:  {a['action']}")
            else:
                L.append(f"{a['ref']}  Action:  {a['action']}")
            L.append(f"     Lead:    {a['lead_cell']}")
            L.append(f"     Due:     {a['end_cell']}")
            L.append(f"     Status:  {a['word']}")
            if a["note"]:
                L.append(f"     Update:  {a['note']}")
    L.append("")
    L.append("-" * 72)
    L.append("Summary at 4 November 2024: 8 actions - 2 complete, 4 on track, 1 delayed, 1 not started.")
    L.append("Next review: partners' meeting, 2 December 2024.")
    with open(os.path.join(HERE, BMP_FILE), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")


# ---------------------------------------------------------------------------
# 6. Cambridgeshire and Peterborough NHSFT - CQC mental health must/should do (docx)
# ---------------------------------------------------------------------------
CPFT_FILE = ("jl1-cambridgeshire-and-peterborough-nhsft-cqc-mental-health-must-should-do-action-plan.docx")
CPFT_TITLE = "CQC Must Do and Should Do Action Plan – Mental Health Inpatient Services"
CPFT = [
    ("Acute wards for adults of working age and psychiatric intensive care units", [
        ("The trust must ensure that staff complete and update a risk assessment for each patient on admission "
         "and after any incident. (Regulation 12)", [
            A("MD1.1", "Embed the revised clinical risk assessment template in SystmOne, with a mandatory review "
                       "prompt when an incident involving the patient is logged on Datix.",
              "Clinical Systems Lead", ["Clinical Systems Lead"], "Jun 2025", "2025-06", "blue", word="Complete",
              note="Template live on all adult acute wards and the PICU from 9 June."),
            A("MD1.2", "Audit ten records on each ward every month and report the results to the Adult Inpatient "
                       "Quality Meeting.",
              "Ward Managers / Matron", ["Ward Managers", "Matron"], "Monthly", None, "green", end_text="Monthly",
              word="On track", note="July audit 88% compliant (target 95%)."),
        ]),
        ("The trust must ensure that seclusion records are fully completed, including medical reviews within "
         "the timescales set out in the Mental Health Act Code of Practice. (Regulation 12)", [
            A("MD2.1", "Introduce an electronic seclusion record that prompts medical and nursing reviews at the "
                       "required intervals.",
              "Associate Director of Nursing and Quality", ["Associate Director of Nursing and Quality"],
              "30/09/2025", "2025-09", "amber", word="At risk",
              note="Build complete; testing delayed by the SystmOne upgrade."),
            A("MD2.2", "Train all PICU nursing staff and the junior doctors on the on-call rota in seclusion "
                       "recording.",
              "Practice Educator (PICU)", ["Practice Educator (PICU)"], "31/07/2025", "2025-07", "blue",
              word="Complete", note="52 of 52 staff trained."),
        ]),
        ("The trust should ensure that patients on the acute wards have access to psychological therapies.", [
            A("SD1.1", "Recruit two ward-based psychologists to the adult acute inpatient service.",
              "Head of Psychological Services", ["Head of Psychological Services"], "Q3 2025/26", "2025-12",
              "green", word="On track", note="One post appointed; second out to advert."),
        ]),
    ]),
    ("Wards for older people with mental health problems", [
        ("The trust must ensure that staff follow the Mental Capacity Act 2005 when making decisions about "
         "covert medication. (Regulation 11)", [
            A("MD3.1", "Review every current covert medication plan against the trust policy and record the "
                       "best-interests decision, with pharmacy and family involvement.",
              "Consultant Psychiatrist (Older People); Lead Pharmacist",
              ["Consultant Psychiatrist (Older People)", "Lead Pharmacist"], "August 2025", "2025-08", "blue",
              word="Complete", note="All 11 plans reviewed; two discontinued."),
        ]),
        ("The trust should ensure that the ward environments for older people are dementia friendly.", [
            A("SD2.1", "Complete a dementia-friendly environment assessment on each ward and replace the signage "
                       "and flooring identified as a falls risk.",
              "Estates Project Manager", ["Estates Project Manager"], "31/03/2026", "2026-03", "red",
              word="Off track", note="Capital bid not approved in round 1; resubmitting in October."),
        ]),
    ]),
]


def build_cpft():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    p.add_run("Cambridgeshire and Peterborough NHS Foundation Trust").bold = True
    doc.add_paragraph(CPFT_TITLE, style="Title")
    t = doc.add_table(rows=0, cols=2, style="Table Grid")
    for k, v in [("Report to", "Quality, Safety and Experience Committee"), ("Meeting date", "17 September 2025"),
                 ("Agenda item", "QSE 25/09/6.2"), ("Report author", "Head of Compliance and Regulation"),
                 ("Executive sponsor", "Chief Nurse"), ("Purpose", "Assurance")]:
        r = t.add_row().cells
        r[0].text, r[1].text = k, v
        r[0].paragraphs[0].runs[0].bold = True
    doc.add_heading("1. Executive summary", level=1)
    doc.add_paragraph("The CQC inspected the trust’s acute wards for adults of working age and psychiatric "
                      "intensive care units, and its wards for older people with mental health problems, in "
                      "March 2025. The report, published in May 2025, set out three Must Do and two Should Do "
                      "requirements. This paper reports progress against the resulting action plan as at "
                      "31 August 2025.")
    doc.add_heading("2. Summary of progress", level=1)
    counts = {}
    for _, groups in CPFT:
        for _, acts in groups:
            for a in acts:
                counts[a["word"]] = counts.get(a["word"], 0) + 1
    t = doc.add_table(rows=1, cols=2, style="Table Grid")
    t.rows[0].cells[0].text, t.rows[0].cells[1].text = "Status", "Number of actions"
    bold_row(t.rows[0])
    for w in ["Complete", "On track", "At risk", "Off track"]:
        r = t.add_row().cells
        r[0].text, r[1].text = w, str(counts.get(w, 0))
    r = t.add_row().cells
    r[0].text, r[1].text = "Total", str(sum(counts.values()))
    doc.add_paragraph("Status key: Complete – evidence accepted by the Compliance Team; On track; At risk – "
                      "target date may be missed; Off track – target date will be missed.")
    doc.add_heading("Appendix A: Action plan", level=1)
    cols = ["Ref", "CQC requirement", "Action", "Lead", "Due", "Status", "Update"]
    t = doc.add_table(rows=1, cols=len(cols), style="Table Grid")
    for c, h in zip(t.rows[0].cells, cols):
        c.text = h
        shade(c, "BDD7EE")
    bold_row(t.rows[0])
    colour = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED}
    for service, groups in CPFT:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[-1])
        m.text = service
        m.paragraphs[0].runs[0].bold = True
        shade(m, "E7E6E6")
        for req, acts in groups:
            first = None
            for a in acts:
                row = t.add_row()
                c = row.cells
                c[0].text, c[2].text, c[3].text = a["ref"], a["action"], a["lead_cell"]
                c[4].text, c[5].text, c[6].text = a["end_cell"], a["word"], a["note"]
                shade(c[5], colour[a["word"]])
                if first is None:
                    first = c[1]
                    c[1].text = req
                else:
                    first = first.merge(c[1])
            if len(acts) > 1:
                first.text = req
    doc.add_paragraph("")
    doc.add_paragraph("The committee is asked to note the progress made and the two actions at risk or off "
                      "track.")
    doc.save(os.path.join(HERE, CPFT_FILE))


# ---------------------------------------------------------------------------
# 7. Office for Nuclear Regulation - PIR recommendations tracker (xlsx, refuse)
# ---------------------------------------------------------------------------
ONR_FILE = ("jl1-office-for-nuclear-regulation-post-implementation-review-recommendations-tracker"
            "-typo-month-refuse.xlsx")
ONR_TITLE = "Post-Implementation Review (2022) – Recommendations Implementation Tracker"
ONR_TYPO_ROW = 9
ONR = [
    ("R1", "Innovation",
     "ONR should continue to develop its approach to enabling innovation, including the use of regulatory "
     "sandboxes where appropriate.", [
         A("1.1", "Complete the regulatory sandbox pilot and publish the lessons learned.",
           "Head of Regulatory Innovation", ["Head of Regulatory Innovation"], "Mar 2024", "2024-03", "blue",
           word="Complete", note="Pilot evaluation published 28 March 2024."),
         A("1.2", "Publish guidance for requesting parties on engaging with ONR on advanced nuclear technologies "
                  "before a formal application.",
           "Head of Regulatory Innovation", ["Head of Regulatory Innovation"], "Jun 2025", "2025-06", "green",
           word="On track", note="Draft guidance out for informal consultation with industry."),
     ]),
    ("R2", "Enabling regulation",
     "ONR should make its regulatory approach more outcome-focused and proportionate, and communicate this "
     "clearly to dutyholders.", [
         A("2.1", "Embed the enabling regulation principles in inspector training and the revised inspection "
                  "guidance.",
           "Professional Lead for Inspector Capability", ["Professional Lead for Inspector Capability"],
           "Dec 2024", "2024-12", "green", word="On track", note="Module delivered to 140 inspectors to date."),
         A("2.2", "Survey dutyholders on their experience of ONR's regulatory approach and publish the results.",
           "Head of Stakeholder Engagement", ["Head of Stakeholder Engagement"], "Sept 2O25", None, "unrated",
           word="Not started", note="Survey design to start once 2.1 is complete."),
     ]),
    ("R3", "Skills and capacity",
     "ONR should strengthen its workforce planning to ensure it has enough suitably qualified and experienced "
     "inspectors to meet growing demand.", [
         A("3.1", "Agree a five-year strategic workforce plan with DWP and DESNZ sponsor teams.",
           "Chief People Officer", ["Chief People Officer"], "Mar 2025", "2025-03", "green", word="On track",
           note="Plan drafted; due at Board in January."),
         A("3.2", "Expand the nuclear graduate and inspector trainee programme to 30 places a year.",
           "Chief People Officer", ["Chief People Officer"], "Sep 2025", "2025-09", "amber", word="At risk",
           note="Funding for 2025/26 intake not yet confirmed."),
     ]),
    ("R4", "Governance and transparency",
     "ONR should publish an annual update on progress against the review's recommendations.", [
         A("4.1", "Include a progress statement in the ONR Annual Report and Accounts 2023/24.",
           "Head of Corporate Governance", ["Head of Corporate Governance"], "Jul 2024", "2024-07", "blue",
           word="Complete", note="Published in the Annual Report, July 2024."),
     ]),
]


def build_onr():
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = "Office for Nuclear Regulation"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ONR_TITLE
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Position as at 30 September 2024 – for the ONR Board, 14 November 2024"
    hdr = ["Rec", "PIR theme", "Recommendation", "ONR action", "Owner", "Target date", "Status", "Commentary"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9E1F2")
        c.border = BOX
        c.alignment = WRAP
    r = 6
    for rec, theme, text, acts in ONR:
        first = r
        for a in acts:
            vals = [rec if r == first else None, theme if r == first else None, text if r == first else None,
                    f"{a['ref']} {a['action']}", a["lead_cell"], a["end_cell"], a["word"], a["note"]]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(r, j, v)
                c.alignment = WRAP
                c.border = BOX
            r += 1
        if r - 1 > first:
            for j in (1, 2, 3):
                ws.merge_cells(start_row=first, start_column=j, end_row=r - 1, end_column=j)
    assert ws.cell(ONR_TYPO_ROW, 6).value == "Sept 2O25"
    ws.cell(r + 1, 1, "Status key: Complete; On track; At risk; Not started. Completed actions are removed "
                      "after they have been reported to the Board once.")
    for col, w in zip("ABCDEFGH", [6, 16, 45, 50, 28, 12, 12, 40]):
        ws.column_dimensions[col].width = w
    ws2 = wb.create_sheet("Glossary")
    for i, (k, v) in enumerate([("DESNZ", "Department for Energy Security and Net Zero"),
                                ("DWP", "Department for Work and Pensions"),
                                ("PIR", "Post-implementation review of Part 3 of the Energy Act 2013"),
                                ("SQEP", "Suitably qualified and experienced personnel")], start=1):
        ws2.cell(i, 1, k).font = Font(bold=True)
        ws2.cell(i, 2, v)
    wb.save(os.path.join(HERE, ONR_FILE))


ALL = [build_wymondham, build_iow, build_t2k, build_uhs, build_bmp, build_cpft, build_onr]

if __name__ == "__main__":
    for f in ALL:
        f()
    print("built", len(ALL), "files in", HERE)
