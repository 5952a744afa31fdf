"""Build the seven zyw- blind test files (set heldout614).

Run with the project's Python (openpyxl, python-docx):
    /work/main/.venv/bin/python zyw_make.py

Each builder writes one data file beside this script. The module-level
EXPECTED dict holds the reading written down for each file (used to write the
.expected.yaml files; this script itself writes only the data files).
"""
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

HERE = os.path.dirname(os.path.abspath(__file__))
EXPECTED = {}

FILL = {
    "R": "FF0000",
    "A": "FFC000",
    "G": "00B050",
    "B": "0070C0",
}
STATUS_OF = {"R": "red", "A": "amber", "G": "green", "B": "blue", "": "unrated"}


def p(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    """Put text into a cell; '\n' in text starts a new paragraph in the cell."""
    parts = text.split("\n")
    cell.text = ""
    first = cell.paragraphs[0]
    run = first.add_run(parts[0])
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    for extra in parts[1:]:
        para = cell.add_paragraph()
        r = para.add_run(extra)
        r.bold = bold
        if size:
            r.font.size = Pt(size)


# ============================================================ 1. Bishop Gore
BG_NAME = "zyw-bishop-gore-school-estyn-post-inspection-action-plan.docx"
BG_TITLE = "Bishop Gore School: Post-Inspection Action Plan (PIAP)"
BG_RECS = [
    (
        "Recommendation 1: Improve the consistency of teaching so that all pupils, "
        "including the more able, are challenged appropriately",
        [
            ("1.1",
             "Establish a whole-school teaching and learning framework (‘The Gore Lesson’) setting out "
             "shared expectations for challenge, questioning and feedback, and launch it through INSET.",
             "All teachers can explain the framework; learning walks show shared expectations in at least 80% of lessons.",
             "Deputy Headteacher (Teaching and Learning)", "September 2025",
             "SLT learning walks – half-termly", "B",
             ["Deputy Headteacher (Teaching and Learning)"], "2025-09", None),
            ("1.2",
             "Introduce fortnightly coaching triads for all teaching staff, focusing on adapting tasks for more able pupils.\n"
             "Identify lead practitioners in each faculty to model practice.",
             "Coaching logs completed by all staff; more able pupils report that work stretches them (pupil voice, summer 2026).",
             "AHT Professional Learning / Lead Practitioners", "Autumn term 2025",
             "AHT report to Standards Committee", "G",
             ["AHT Professional Learning", "Lead Practitioners"], "2025-12", None),
            ("1.3",
             "Carry out termly learning walks and book looks with a focus on challenge, sharing findings with heads "
             "of faculty within two weeks.",
             "Findings show improvement term on term; faculty plans updated in response.",
             "SLT", "Termly",
             "Headteacher; link governor for teaching", "G",
             ["SLT"], None, "Termly"),
        ],
    ),
    (
        "Recommendation 2: Improve attendance, particularly of pupils eligible for free school meals",
        [
            ("2.1",
             "Appoint a full-time Family Engagement Officer to work with families of pupils whose attendance is below 90%.",
             "Officer in post; caseload of persistent absentees reviewed weekly.",
             "Headteacher", "Summer term 2025",
             "Governing body – Staffing Committee", "B",
             ["Headteacher"], "2025-07", None),
            ("2.2",
             "Implement a weekly attendance tracking meeting using Swansea’s Attendance Framework, with stepped "
             "letters and home visits for persistent absence.",
             "Whole-school attendance at least 91%; gap between eFSM and non-eFSM pupils narrows by 2 percentage points.",
             "AHT Wellbeing; Attendance Officer", "From April 2025 – ongoing",
             "Weekly attendance meeting minutes; Education Welfare Officer", "G",
             ["AHT Wellbeing", "Attendance Officer"], None, "From April 2025 – ongoing"),
            ("2.3",
             "Review the rewards system so that improved attendance is recognised for eFSM pupils as well as full attendance.",
             "Revised rewards policy agreed with the School Council; eFSM pupils are well represented in rewards.",
             "Progress Leaders", "Spring term 2026",
             "AHT Wellbeing", "A",
             ["Progress Leaders"], "2026-03", None),
        ],
    ),
    (
        "Recommendation 3: Develop pupils’ Welsh language skills and their use of Welsh beyond Welsh lessons",
        [
            ("3.1",
             "Deliver a Welsh language ‘Gair y Dydd’ (word of the day) in form time and during assemblies.",
             "Pupils use everyday Welsh phrases confidently around the school (Siarter Iaith survey).",
             "Head of Welsh", "October 2025",
             "Siarter Iaith Cymraeg Campus audit", "G",
             ["Head of Welsh"], "2025-10", None),
            ("3.2",
             "Provide Welsh language professional learning for all staff through the Swansea Welsh in Education "
             "team and Cymraeg Gwaith sabbatical places.",
             "All staff reach at least entry level; two staff complete the sabbatical scheme.",
             "Head of Welsh, Business Manager", "July 2026",
             "Professional learning records", "A",
             ["Head of Welsh", "Business Manager"], "2026-07", None),
        ],
    ),
    (
        "Recommendation 4: Sharpen self-evaluation so that leaders focus precisely on the impact of provision "
        "on pupils’ learning",
        [
            ("4.1",
             "Revise the self-evaluation calendar so that each faculty review includes pupil voice, work scrutiny "
             "and lesson visits, and evaluates impact on learning rather than compliance.",
             "Faculty self-evaluation reports identify precise strengths and areas for improvement in pupils’ learning.",
             "Deputy Headteacher (Standards)", "31/10/2025",
             "Local authority Challenge Adviser", "R",
             ["Deputy Headteacher (Standards)"], "2025-10", None),
            ("4.2",
             "Train governors on the Standards Committee to challenge leaders using first-hand evidence, including "
             "termly link-governor visits.",
             "Governor visit reports record first-hand evidence; minutes show challenge to leaders.",
             "Chair of Governors and Headteacher", "Autumn term 2025",
             "Clerk to the governing body", "",
             ["Chair of Governors", "Headteacher"], "2025-12", None),
        ],
    ),
]


def build_bishop_gore():
    doc = Document()
    doc.add_paragraph(BG_TITLE, style="Title")
    doc.add_paragraph("Following the Estyn core inspection, 10–13 March 2025")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [
        ("Version", "1.2"),
        ("Prepared by", "Headteacher and Senior Leadership Team"),
        ("Approved by governing body", "19 June 2025"),
        ("Shared with Estyn and Swansea Council", "27 June 2025"),
        ("Progress review", "Each half term by the Standards Committee of the governing body"),
    ]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)

    doc.add_heading("Estyn recommendations", level=2)
    for i, (heading, _) in enumerate(BG_RECS, 1):
        short = heading.split(": ", 1)[1]
        doc.add_paragraph(f"R{i} {short}", style="List Bullet")

    doc.add_paragraph("RAG status key", style="Heading 3")
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for letter, meaning in [
        ("B", "Action completed"),
        ("G", "On track"),
        ("A", "Some slippage – action being taken"),
        ("R", "Not on track – escalated to governors"),
    ]:
        row = key.add_row().cells
        set_cell(row[0], letter, bold=True)
        shade(row[0], FILL[letter])
        set_cell(row[1], meaning)

    expected = []
    for heading, actions in BG_RECS:
        doc.add_heading(heading, level=2)
        tab = doc.add_table(rows=1, cols=7)
        tab.style = "Table Grid"
        for c, h in zip(tab.rows[0].cells, ["Ref", "Actions", "Success criteria", "Lead",
                                             "Timescale", "Monitoring / evaluation", "RAG"]):
            set_cell(c, h, bold=True, size=9)
            shade(c, "D9E2F3")
        for (ref, action, success, lead, when, monitor, rag, lead_x, end_x, end_text_x) in actions:
            cells = tab.add_row().cells
            for c, v in zip(cells, [ref, action, success, lead, when, monitor, rag]):
                set_cell(c, v, size=9)
            if rag:
                shade(cells[6], FILL[rag])
            e = {"ref": ref, "under": [heading], "action": action, "lead": lead_x, "end": end_x}
            if end_text_x:
                e["end_text"] = end_text_x
            e["status"] = STATUS_OF[rag]
            expected.append(e)
        doc.add_paragraph("")

    doc.add_paragraph("Next review: Standards Committee, 4 December 2025. "
                      "Progress against this plan is reported to parents in the Headteacher’s termly newsletter.")
    doc.save(p(BG_NAME))
    EXPECTED[BG_NAME] = {
        "title": BG_TITLE,
        "actions": expected,
        "source": (
            "Imitates a post-inspection action plan (PIAP) that a Swansea secondary school draws up after an "
            "Estyn core inspection (Estyn follow-up guidance, estyn.gov.wales/inspection-guidance-type/follow-up-en, "
            "asks for a single plan agreed with the local authority). Bishop Gore School, Swansea, 2025. "
            "Copied features: title and subtitle, a document-control table, a bulleted list of the R1-R4 "
            "recommendations, a RAG key table, then one heading and one table per recommendation with columns "
            "Ref / Actions / Success criteria / Lead / Timescale / Monitoring / RAG; RAG as a letter on a "
            "coloured cell; timescales as school terms, months, a dd/mm/yyyy date, 'Termly' and an open-ended "
            "'From April 2025 – ongoing'; a cell with two paragraphs; several posts in one lead cell."
        ),
        "reads": (
            "A school's post-inspection action plan with ten numbered actions (1.1-4.2) set out in four tables, "
            "one under each Estyn recommendation heading. Each action has a lead post, a timescale and a RAG "
            "letter; the document-control table, the list of recommendations and the RAG key are not actions."
        ),
    }


# ============================================================ 2. Crickhowell HIW
CR_NAME = "zyw-crickhowell-group-practice-hiw-gp-inspection-improvement-plan.docx"
CR_TITLE = "Improvement plan: Crickhowell Group Practice"
CR_SECTIONS = [
    ("Quality of patient experience", [
        {
            "need": "The practice must ensure that the patient information leaflet and website are updated to "
                    "include how patients can access services through the medium of Welsh.",
            "std": "Health and Care Quality Standards 2023 – Person-centred; Active Offer",
            "rows": [
                ("Practice leaflet and website reviewed and updated with bilingual information on the Active Offer.\n"
                 "‘Iaith Gwaith’ badges ordered for Welsh-speaking staff.",
                 "Practice Manager", "Completed",
                 ["Practice Manager"], None, "Completed", "blue"),
            ],
        },
        {
            "need": "The practice should make sure a hearing loop is available at reception and that its "
                    "availability is clearly signposted.",
            "std": "Health and Care Quality Standards 2023 – Equitable",
            "rows": [
                ("Portable hearing loop purchased and signage displayed at both reception desks. Staff briefed at "
                 "the February practice meeting.",
                 "Reception Supervisor", "28 February 2025",
                 ["Reception Supervisor"], "2025-02", None, "unrated"),
            ],
        },
    ]),
    ("Delivery of safe and effective care", [
        {
            "need": "The practice must ensure that all clinical and non-clinical staff complete safeguarding "
                    "training at the level appropriate to their role.",
            "std": "Health and Care Quality Standards 2023 – Safe; Safeguarding",
            "rows": [
                ("Training matrix updated and reviewed monthly at the practice management meeting. Staff with "
                 "expired training given protected time to complete Level 2 e-learning.",
                 "Practice Manager", "31 March 2025",
                 ["Practice Manager"], "2025-03", None, "unrated"),
                ("Level 3 safeguarding training for all GPs and the Advanced Nurse Practitioner booked through "
                 "the health board.",
                 "Dr H Vaughan (Safeguarding Lead GP)", "30 June 2025",
                 ["Dr H Vaughan (Safeguarding Lead GP)"], "2025-06", None, "unrated"),
            ],
        },
        {
            "need": "The practice must ensure that the emergency drugs and equipment are checked weekly and that "
                    "checks are recorded.",
            "std": "Health and Care Quality Standards 2023 – Safe",
            "rows": [
                ("Weekly checklist introduced and held with the emergency trolley.\n"
                 "Compliance audited monthly by the Lead Nurse and reported to the partners.",
                 "Lead Nurse / Practice Manager", "Immediate and ongoing",
                 ["Lead Nurse", "Practice Manager"], None, "Immediate and ongoing", "unrated"),
            ],
        },
        {
            "need": "The practice should review its process for the management of incoming clinical "
                    "correspondence so that all letters are actioned within five working days.",
            "std": "Health and Care Quality Standards 2023 – Timely; Effective",
            "rows": [
                ("Workflow protocol revised and Docman training delivered to two additional administrators. "
                 "Backlog monitored daily by the Operations Manager.",
                 "Operations Manager", "April 2025",
                 ["Operations Manager"], "2025-04", None, "unrated"),
            ],
        },
    ]),
    ("Quality of management and leadership", [
        {
            "need": "The practice must ensure all staff receive an annual appraisal.",
            "std": "Health and Care Quality Standards 2023 – Workforce",
            "rows": [
                ("Appraisal schedule set for 2025–26; all outstanding appraisals to be completed by the end of "
                 "the schedule.",
                 "Practice Manager and Senior Partner", "30/09/2025",
                 ["Practice Manager", "Senior Partner"], "2025-09", None, "unrated"),
            ],
        },
        {
            "need": "The practice should ensure policies and procedures are reviewed and version controlled, with "
                    "a record that staff have read them.",
            "std": "Health and Care Quality Standards 2023 – Leadership",
            "rows": [
                ("Policy review log created on the practice intranet with read receipts.",
                 "Practice Manager", "Q2 2025/26",
                 ["Practice Manager"], "2025-09", None, "unrated"),
            ],
        },
    ]),
]


def build_crickhowell():
    doc = Document()
    doc.add_paragraph(CR_TITLE, style="Title")
    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [
        ("Service:", "Crickhowell Group Practice"),
        ("Health board:", "Powys Teaching Health Board"),
        ("Type of inspection:", "General practice inspection (announced)"),
        ("Date of inspection:", "21 January 2025"),
        ("Date of this update:", "30 May 2025"),
    ]:
        r = info.add_row().cells
        set_cell(r[0], k, bold=True)
        set_cell(r[1], v)

    doc.add_heading("Appendix B – Immediate improvement plan", level=2)
    doc.add_paragraph("No immediate assurance issues were identified during this inspection.")

    doc.add_heading("Appendix C – Improvement plan", level=2)
    doc.add_paragraph(
        "The table below sets out the improvements needed that HIW identified, the actions the practice is "
        "taking, the responsible officer and the timescale. It should be read with HIW’s inspection report.")

    tab = doc.add_table(rows=1, cols=5)
    tab.style = "Table Grid"
    for c, h in zip(tab.rows[0].cells, ["Improvement needed", "Standard / Regulation", "Service action",
                                         "Responsible officer", "Timescale"]):
        set_cell(c, h, bold=True, size=9)
        shade(c, "BDD7EE")

    expected = []
    for section, needs in CR_SECTIONS:
        srow = tab.add_row().cells
        merged = srow[0].merge(srow[4])
        set_cell(merged, section, bold=True)
        shade(merged, "DEEAF6")
        for need in needs:
            first_row = None
            last_row = None
            for (action, officer, when, lead_x, end_x, end_text_x, status_x) in need["rows"]:
                cells = tab.add_row().cells
                if first_row is None:
                    set_cell(cells[0], need["need"], size=9)
                    set_cell(cells[1], need["std"], size=9)
                    first_row = cells
                last_row = cells
                set_cell(cells[2], action, size=9)
                set_cell(cells[3], officer, size=9)
                set_cell(cells[4], when, size=9)
                e = {"ref": None, "under": [section, need["need"]], "action": action,
                     "lead": lead_x, "end": end_x}
                if end_text_x:
                    e["end_text"] = end_text_x
                e["status"] = status_x
                expected.append(e)
            if last_row is not first_row:
                first_row[0].merge(last_row[0])
                first_row[1].merge(last_row[1])

    doc.add_paragraph("")
    doc.add_paragraph("The following section must be completed by a representative of the service who has "
                      "overall responsibility and accountability for ensuring the improvement plan is actioned.")
    sign = doc.add_table(rows=0, cols=2)
    sign.style = "Table Grid"
    for k, v in [("Service representative", ""), ("Name (print):", "Gwen Parry"),
                 ("Job role:", "Practice Manager"), ("Date:", "30 May 2025")]:
        r = sign.add_row().cells
        set_cell(r[0], k, bold=True)
        set_cell(r[1], v)
    doc.save(p(CR_NAME))
    EXPECTED[CR_NAME] = {
        "title": CR_TITLE,
        "actions": expected,
        "source": (
            "Imitates the improvement plan a Welsh GP practice returns to Healthcare Inspectorate Wales after a "
            "general practice inspection (HIW GP reports, e.g. Beechley Medical Centre, end with Appendix B "
            "immediate improvement plan and Appendix C improvement plan). Crickhowell Group Practice, Powys "
            "Teaching Health Board, 2025. Copied features: service details table, 'No immediate assurance issues' "
            "note, one table with Improvement needed / Standard / Service action / Responsible officer / Timescale, "
            "merged full-width section rows for HIW's three themes, an improvement-needed cell merged down over "
            "two service actions, two-paragraph action cells, 'Completed' and 'Immediate and ongoing' in the "
            "timescale column, and the service-representative sign-off table."
        ),
        "reads": (
            "A GP practice's response to HIW: eight service actions without refs in one table, grouped under the "
            "three HIW themes and each answering the improvement needed beside it (one improvement has two "
            "actions). There is no RAG column; one action is marked Completed in its timescale cell."
        ),
    }


# ============================================================ 3. PIRC csv
PI_NAME = "zyw-pirc-annual-audit-report-2024-25-action-plan.csv"
PI_TITLE = ("Police Investigations and Review Commissioner – External audit action plan: "
            "Annual Audit Report 2024/25 and prior year recommendations")
PI_ROWS = [
    # no, year, area, recommendation, action, officer, target, revised, rag, update, lead_x, end_x, end_text_x
    ("1", "2024/25", "Medium-term financial planning",
     "The Commissioner should update the medium-term financial plan to set out how the forecast funding gap "
     "from 2026/27 will be closed, including the savings options being considered.",
     "Refresh the medium-term financial plan (2026/27 to 2030/31) with scenario modelling and a savings plan, "
     "for approval by the Audit and Accountability Committee.",
     "Head of Corporate Services", "31/03/2026", "", "G",
     "Draft scenarios prepared; to be presented at February 2026 committee.",
     ["Head of Corporate Services"], "2026-03", None),
    ("2", "2024/25", "Workforce planning",
     "PIRC should develop a workforce plan that addresses the recruitment and retention risks for "
     "investigators, including succession planning for senior investigators.",
     "Develop a three-year workforce plan aligned to the Corporate Plan 2025-28.\n"
     "Introduce exit interviews and report themes quarterly to the Senior Management Team.",
     "HR Business Partner / Director of Operations", "30/09/2025", "31/01/2026", "A",
     "Exit interview process live from August 2025. Workforce plan delayed pending pay remit; revised date "
     "agreed by committee in September.",
     ["HR Business Partner", "Director of Operations"], "2026-01", None),
    ("3a", "2024/25", "Fixed asset register",
     "Management should carry out an annual verification of the fixed asset register, including IT equipment "
     "issued to home-based staff.",
     "Complete a physical verification of IT equipment and reconcile it to the asset register.",
     "Finance Manager", "31/12/2025", "", "G",
     "Verification 70% complete.",
     ["Finance Manager"], "2025-12", None),
    ("3b", "", "", "",
     "Update the asset management procedure to require annual verification and sign-off by the Head of "
     "Corporate Services.",
     "Finance Manager", "31/03/2026", "", "G", "",
     ["Finance Manager"], "2026-03", None),
    ("4", "2024/25", "Cyber security",
     "PIRC should complete the actions from its Cyber Essentials Plus assessment and report progress to the "
     "Audit and Accountability Committee.",
     "Remediate the outstanding Cyber Essentials Plus findings and obtain certification.",
     "ICT Manager", "Jun-25", "", "B",
     "Certification achieved 12 June 2025.",
     ["ICT Manager"], "2025-06", None),
    ("5", "b/f 2023/24", "Annual report timetable",
     "The annual report and accounts timetable should allow sufficient time for review of the performance "
     "report before submission for audit.",
     "Revise the year-end timetable so the draft performance report is reviewed by SMT before the accounts "
     "are submitted.",
     "Head of Corporate Services", "31/05/2025", "", "B",
     "Implemented for the 2024/25 accounts.",
     ["Head of Corporate Services"], "2025-05", None),
    ("6", "b/f 2023/24", "Complaints handling",
     "PIRC should publish performance against its complaints handling procedure in line with SPSO "
     "requirements.",
     "Publish quarterly complaints performance on the PIRC website.",
     "Business Support Manager", "Quarterly", "", "G",
     "Q1 and Q2 2025/26 data published.",
     ["Business Support Manager"], None, "Quarterly"),
    ("7", "b/f 2022/23", "Counter-fraud",
     "Management should review the counter-fraud policy and deliver fraud awareness training to all staff.",
     "Review the counter-fraud policy and roll out the fraud awareness e-learning module to all staff.",
     "Head of Corporate Services and Finance Manager", "31/03/2025", "30/11/2025", "R",
     "Policy approved June 2025. Training completion 58% – reminder issued by SMT.",
     ["Head of Corporate Services", "Finance Manager"], "2025-11", None),
]


def build_pirc():
    lines = [
        [PI_TITLE],
        ["Audit and Accountability Committee, 18 November 2025 (Paper AAC/25/19)"],
        [],
        ["No.", "Year raised", "Issue / area", "Recommendation", "Agreed management action",
         "Responsible officer", "Target date", "Revised target date", "RAG", "Progress update"],
    ]
    expected = []
    last_area, last_rec = None, None
    for row in PI_ROWS:
        (no, year, area, rec, action, officer, target, revised, rag, update,
         lead_x, end_x, end_text_x) = row
        lines.append([no, year, area, rec, action, officer, target, revised, rag, update])
        if area:
            last_area, last_rec = area, rec
        e = {"ref": no, "under": [last_area, last_rec], "action": action, "lead": lead_x, "end": end_x}
        if end_text_x:
            e["end_text"] = end_text_x
        e["status"] = STATUS_OF[rag]
        expected.append(e)
    lines += [
        [],
        ["RAG key: B = complete; G = on track; A = revised date agreed / at risk; R = past target date"],
        ["Source: Audit Scotland, 2024/25 Annual Audit Report to the Police Investigations and Review "
         "Commissioner and the Auditor General for Scotland (September 2025); b/f = brought forward from an "
         "earlier year's report."],
    ]
    with open(p(PI_NAME), "w", newline="", encoding="utf-8-sig") as fh:
        w = csv.writer(fh)
        for ln in lines:
            w.writerow(ln)
    EXPECTED[PI_NAME] = {
        "title": PI_TITLE,
        "actions": expected,
        "source": (
            "Imitates the external audit action plan a Scottish public body keeps after its Audit Scotland annual "
            "audit report (Audit Scotland AAR appendices: issue/risk, recommendation, agreed management action, "
            "responsible officer, agreed date; prior-year recommendations followed up as 'b/f'), exported to CSV "
            "from the tracker taken to the Audit and Accountability Committee of the Police Investigations and "
            "Review Commissioner, 2025. Copied features: title and committee lines above the header, Excel "
            "'CSV UTF-8' export with BOM, quoted multi-line cells, a recommendation with two agreed actions (3a, 3b) "
            "where the second row leaves the issue and recommendation blank, original and revised target dates, "
            "RAG letters with a key line, and a source note at the foot."
        ),
        "reads": (
            "An audit recommendations tracker with eight agreed actions (1, 2, 3a, 3b, 4-7), each under its issue "
            "title and the auditor's recommendation; row 3b continues recommendation 3. Where a revised target "
            "date is given it replaces the original; status is the RAG letter."
        ),
    }


# ============================================================ 4. Midlothian IJB txt
MI_NAME = "zyw-midlothian-ijb-audit-and-risk-committee-action-log.txt"
MI_TITLE = "Midlothian Integration Joint Board – Audit and Risk Committee Action Log"
MI_ROWS = [
    # no, date, minute, action (may contain \n = continuation line), owner, due, rag, update, lead_x, end_x, end_text_x, status_x
    ("AR/24/11", "12/12/2024", "5.3",
     "Chief Internal Auditor to map the assurance received by the IJB from the NHS Lothian and Midlothian "
     "Council internal audit functions.",
     "Chief Internal Auditor", "Jun-25", "Complete",
     "Assurance map presented 12 June 2025 (item 5.2). Propose close.",
     ["Chief Internal Auditor"], "2025-06", None, "blue"),
    ("AR/25/02", "13/03/2025", "4.1",
     "Chief Finance Officer to bring a revised Reserves Strategy to the Committee, including a minimum level "
     "of general reserves.",
     "Chief Finance Officer", "Sep-25", "Complete",
     "Considered 11 September 2025; recommended to the IJB for approval.",
     ["Chief Finance Officer"], "2025-09", None, "blue"),
    ("AR/25/05", "13/03/2025", "6.2",
     "Add a separate strategic risk for primary care sustainability to the risk register and report its "
     "first assessment to the Committee.",
     "Chief Officer; Head of Planning, Performance and Programme Management", "11/12/2025", "Green",
     "Risk drafted and included in the Strategic Risk Register at item 5.1 of this meeting.",
     ["Chief Officer", "Head of Planning, Performance and Programme Management"], "2025-12", None, "green"),
    ("AR/25/07", "12/06/2025", "5.4",
     "Chief Officer to set out timescales for implementing the two outstanding Medium-rated recommendations "
     "from the internal audit of performance management.",
     "Chief Officer", "11/09/2025", "Red",
     "Not yet received. Chair has asked for an update at this meeting.",
     ["Chief Officer"], "2025-09", None, "red"),
    ("AR/25/08", "12/06/2025", "7.1",
     "Chief Finance Officer to circulate the draft Annual Governance Statement to members for comment "
     "before submission to external audit.",
     "Chief Finance Officer", "30/06/2025", "Complete",
     "Circulated 20 June 2025.",
     ["Chief Finance Officer"], "2025-06", None, "blue"),
    ("AR/25/10", "11/09/2025", "5.1",
     "Hold a development session on the IJB's risk appetite statement with members of the IJB.",
     "Chief Officer and Chair of the Committee", "Jan-26", "Green",
     "Session arranged for 22 January 2026.",
     ["Chief Officer", "Chair of the Committee"], "2026-01", None, "green"),
    ("AR/25/11", "11/09/2025", "5.3",
     "External auditor to confirm the timetable for the 2025/26 audit, including the interim audit visit.",
     "External Audit (Audit Scotland)", "Next meeting", "Amber",
     "Annual audit plan expected at the March 2026 meeting.",
     ["External Audit (Audit Scotland)"], None, "Next meeting", "amber"),
    ("AR/25/12", "11/09/2025", "6.1",
     "Chief Internal Auditor to include a review of the Directions process in the 2026/27 internal audit plan.",
     "Chief Internal Auditor", "Mar-26", "Green",
     "Draft plan in preparation.",
     ["Chief Internal Auditor"], "2026-03", None, "green"),
    ("AR/25/13", "11/09/2025", "6.4",
     "Collate members' training needs through the annual self-assessment and report them to the Committee.",
     "Standards Officer / Clerk", "Ongoing", "Green",
     "Self-assessment questionnaire issued November 2025;\n"
     "results to be reported alongside the Committee's annual report.",
     ["Standards Officer", "Clerk"], None, "Ongoing", "green"),
]


def build_midlothian():
    out = [
        MI_TITLE,
        "Position at 4 December 2025 (for the meeting on 11 December 2025)",
        "",
        "\t".join(["Action No.", "Meeting Date", "Minute Ref", "Action", "Action Owner", "Date Due",
                   "RAG Status", "Update"]),
    ]
    expected = []
    for (no, date, minute, action, owner, due, rag, update, lead_x, end_x, end_text_x, status_x) in MI_ROWS:
        a_lines = action.split("\n")
        u_lines = update.split("\n")
        out.append("\t".join([no, date, minute, a_lines[0], owner, due, rag, u_lines[0]]))
        # continuation lines exported from wrapped cells: same column, other columns empty
        for extra in a_lines[1:]:
            out.append("\t".join(["", "", "", extra, "", "", "", ""]))
        for extra in u_lines[1:]:
            out.append("\t".join(["", "", "", "", "", "", "", extra]))
        e = {"ref": no, "under": [], "action": action, "lead": lead_x, "end": end_x}
        if end_text_x:
            e["end_text"] = end_text_x
        e["status"] = status_x
        expected.append(e)
    out += [
        "",
        "Key: Complete = action closed at this meeting; Green = on track; Amber = at risk of missing the date "
        "due; Red = overdue",
        "Closed actions are removed from the log after the meeting at which closure is agreed.",
    ]
    with open(p(MI_NAME), "w", encoding="utf-8", newline="") as fh:
        fh.write("\r\n".join(out) + "\r\n")
    EXPECTED[MI_NAME] = {
        "title": MI_TITLE,
        "actions": expected,
        "source": (
            "Imitates the rolling action log that a Scottish integration joint board's audit and risk committee "
            "reviews at each meeting (Scottish IJB audit committee papers carry an 'action tracker' / 'matters "
            "arising' log: action no., meeting, minute ref, action, owner, due, status, update). Midlothian "
            "Integration Joint Board, 2025, saved as tab-separated text. Copied features: title and position-date "
            "lines, action numbers of the form AR/25/07, meeting dates and minute refs, job titles as owners "
            "(two posts joined by ';', '/' or 'and', one post containing commas), due dates as Mon-yy, dd/mm/yyyy, "
            "'Next meeting' and 'Ongoing', a RAG status column with 'Complete', a wrapped update cell exported as a "
            "continuation line (text in the Update column only), and key lines at the foot."
        ),
        "reads": (
            "A committee action log of nine actions, each with its number, owner(s), due date and RAG status, "
            "with no headings above them. The line that carries text only in the Update column continues the "
            "update of the row above and is not an action."
        ),
    }


# ============================================================ 5. Abergavenny TC xlsx
AB_NAME = "zyw-abergavenny-town-council-corporate-risk-register-2025-26.xlsx"
AB_TITLE = "Abergavenny Town Council – Corporate Risk Register 2025-26"
AB_SECTIONS = [
    ("1. Finance", [
        ("F1",
         "Precept set at a level insufficient to meet commitments, including the Town Hall maintenance programme",
         "Services cut or reserves depleted", 3, 4,
         "Budget working group; monthly budget monitoring reports to the Finance and Policy Committee",
         "Prepare a five-year financial forecast and earmarked reserves policy before the 2026-27 precept is set.",
         "RFO", dt.date(2026, 1, 31), "G", "Draft forecast to December Finance and Policy Committee.",
         ["RFO"], "2026-01", None),
        ("F2",
         "Loss of cash or income through fraud or error (market tolls, hall hire)",
         "Financial loss; reputational damage", 2, 4,
         "Two signatories; monthly bank reconciliation checked by a councillor; internal audit",
         "Introduce card payments for market traders and hall bookings to reduce cash handling.",
         "Town Clerk / Markets Officer", "Q3 2025/26", "B", "Card readers in use from October 2025.",
         ["Town Clerk", "Markets Officer"], "2025-12", None),
    ]),
    ("2. Assets and property", [
        ("A1",
         "Town Hall building fabric (Grade II* listed) deteriorates",
         "Closure of parts of the building; high repair costs", 4, 4,
         "Quinquennial survey 2022; planned maintenance programme; buildings insurance",
         "Commission an updated condition survey and a prioritised ten-year maintenance plan.",
         "Town Clerk", dt.date(2025, 9, 30), "A", "Surveyor appointed October 2025; report expected January 2026.",
         ["Town Clerk"], "2025-09", None),
        ("A2",
         "Injury to members of the public from council-owned play equipment or open spaces",
         "Injury; insurance claims", 2, 4,
         "Weekly visual inspections; annual RoSPA inspection; public liability insurance",
         "Replace the timber play equipment identified as high risk in the 2025 RoSPA report.",
         "Facilities Manager", "Mar-26", "G", "Quotes obtained; grant bid submitted to Monmouthshire CC.",
         ["Facilities Manager"], "2026-03", None),
    ]),
    ("3. Governance and compliance", [
        ("G1",
         "Failure to meet the requirements of the Local Government and Elections (Wales) Act 2021 "
         "(annual report, training plan, public participation)",
         "Adverse audit opinion; reputational damage", 2, 3,
         "Clerk holds CiLCA; One Voice Wales membership; standing orders reviewed annually",
         "Publish the councillor training plan and the annual report on the council website.",
         "Town Clerk", "By 31 July 2025", "B", "Both published July 2025.",
         ["Town Clerk"], "2025-07", None),
        ("G2",
         "Breach of data protection legislation",
         "ICO enforcement or fine; loss of public trust", 3, 3,
         "Data protection policy; privacy notices; ICO registration",
         "Move all councillors to council-issued email accounts and deliver data protection refresher training.",
         "Deputy Town Clerk", dt.date(2025, 12, 31), "R", "Five councillors still using personal email accounts.",
         ["Deputy Town Clerk"], "2025-12", None),
    ]),
    ("4. Staff and events", [
        ("S1",
         "Loss of key staff (Town Clerk / RFO) at short notice",
         "Council unable to make payments or hold lawful meetings", 2, 5,
         "Procedures manual; Deputy Town Clerk trained in payments",
         "Update the business continuity plan and cross-train the Deputy Town Clerk in year-end accounts.",
         "Finance and Policy Committee", "Ongoing", "G", "Business continuity plan to be re-adopted in May.",
         ["Finance and Policy Committee"], None, "Ongoing"),
        ("S2",
         "Serious incident at a council-run event (e.g. Christmas lights switch-on)",
         "Injury; liability; cancellation of events", 2, 5,
         "Event management plans; Safety Advisory Group; contractors' insurance checked",
         "Introduce a standard event risk assessment and stewarding briefing for all council-run events.",
         "Events and Town Centre Officer", "Nov-25", "B",
         "Used for the Christmas lights switch-on, 28 November 2025.",
         ["Events and Town Centre Officer"], "2025-11", None),
    ]),
]


def score_fill(score):
    if score >= 15:
        return "FF0000"
    if score >= 8:
        return "FFC000"
    return "92D050"


def build_abergavenny():
    wb = Workbook()
    ws = wb.active
    ws.title = "Risk Register 2025-26"
    thin = Side(style="thin", color="999999")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")

    ws["A1"] = AB_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:L1")
    ws["A2"] = "Cyngor Tref y Fenni – Cofrestr Risgiau Corfforaethol 2025-26"
    ws["A2"].font = Font(italic=True, size=11)
    ws.merge_cells("A2:L2")
    ws["A3"] = ("Adopted: Full Council 12 May 2025 (minute 25/041)   |   Last reviewed: Finance and Policy "
                "Committee 17 November 2025   |   Next review: March 2026")
    ws.merge_cells("A3:L3")

    headers = ["Ref", "Risk identified", "Possible consequence", "L", "I", "Score", "Existing controls",
               "Further action required", "Responsibility", "Target date", "Action status", "Comments"]
    for c, h in enumerate(headers, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
        cell.alignment = wrap
        cell.border = border

    r = 6
    expected = []
    for section, risks in AB_SECTIONS:
        ws.cell(row=r, column=1, value=section).font = Font(bold=True)
        for c in range(1, 13):
            ws.cell(row=r, column=c).fill = PatternFill("solid", fgColor="D9D9D9")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=12)
        r += 1
        for (ref, risk, conseq, L, I, controls, action, resp, target, status, comment,
             lead_x, end_x, end_text_x) in risks:
            vals = [ref, risk, conseq, L, I, L * I, controls, action, resp, target, status, comment]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = wrap
                cell.border = border
            ws.cell(row=r, column=6).fill = PatternFill("solid", fgColor=score_fill(L * I))
            if isinstance(target, dt.date):
                ws.cell(row=r, column=10).number_format = "dd/mm/yyyy"
            e = {"ref": ref, "under": [section, risk], "action": action, "lead": lead_x, "end": end_x}
            if end_text_x:
                e["end_text"] = end_text_x
            e["status"] = STATUS_OF[status]
            expected.append(e)
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Score = Likelihood (L) x Impact (I). See the 'Scoring key' sheet for the "
                                   "risk matrix and action status key.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=12)
    widths = [6, 34, 24, 4, 4, 7, 34, 40, 22, 12, 9, 34]
    for i, wdt in enumerate(widths):
        ws.column_dimensions[chr(ord("A") + i)].width = wdt
    ws.freeze_panes = "A6"

    key = wb.create_sheet("Scoring key")
    key["A1"] = "Risk scoring"
    key["A1"].font = Font(bold=True)
    rows = [
        ("Likelihood (L)", "1 Rare, 2 Unlikely, 3 Possible, 4 Likely, 5 Almost certain"),
        ("Impact (I)", "1 Negligible, 2 Minor, 3 Moderate, 4 Major, 5 Severe"),
        ("Score 1-6", "Low – manage through existing controls"),
        ("Score 8-12", "Medium – further action and six-monthly review"),
        ("Score 15-25", "High – further action and report to every Finance and Policy Committee"),
    ]
    for i, (a, b) in enumerate(rows, 3):
        key.cell(row=i, column=1, value=a).font = Font(bold=True)
        key.cell(row=i, column=2, value=b)
    key.cell(row=5, column=1).fill = PatternFill("solid", fgColor="92D050")
    key.cell(row=6, column=1).fill = PatternFill("solid", fgColor="FFC000")
    key.cell(row=7, column=1).fill = PatternFill("solid", fgColor="FF0000")
    key["A10"] = "Action status"
    key["A10"].font = Font(bold=True)
    for i, (a, b) in enumerate([("B", "Action complete"), ("G", "On track"),
                                ("A", "Delayed but recoverable"), ("R", "Significantly delayed")], 11):
        key.cell(row=i, column=1, value=a).fill = PatternFill("solid", fgColor=FILL[a])
        key.cell(row=i, column=2, value=b)
    key.column_dimensions["A"].width = 16
    key.column_dimensions["B"].width = 70

    log = wb.create_sheet("Review log")
    for c, h in enumerate(["Date", "Reviewed by", "Changes"], 1):
        log.cell(row=1, column=c, value=h).font = Font(bold=True)
    for i, (d, by, ch) in enumerate([
        (dt.date(2025, 5, 12), "Full Council", "Register adopted for 2025-26."),
        (dt.date(2025, 9, 15), "Finance and Policy Committee", "A1 score raised from 12 to 16 after roof leak."),
        (dt.date(2025, 11, 17), "Finance and Policy Committee", "Status updates; G1 and F2 actions complete."),
    ], 2):
        log.cell(row=i, column=1, value=d).number_format = "dd/mm/yyyy"
        log.cell(row=i, column=2, value=by)
        log.cell(row=i, column=3, value=ch)
    log.column_dimensions["A"].width = 12
    log.column_dimensions["B"].width = 30
    log.column_dimensions["C"].width = 60
    wb.save(p(AB_NAME))
    EXPECTED[AB_NAME] = {
        "title": AB_TITLE,
        "actions": expected,
        "source": (
            "Imitates a Welsh town council's corporate risk register (town and community council registers such "
            "as Welshpool Town Council's risk analysis and the model register with Current Control Measures / "
            "Revised or further actions / Resp. / Date columns). Abergavenny Town Council (Cyngor Tref y Fenni), "
            "2025-26. Copied features: English and Welsh title rows, adoption and review line, risk areas as "
            "merged grey section rows, likelihood x impact score with red/amber/green fill on the score cell, "
            "existing controls beside further action required, responsibility as posts or a committee, target "
            "dates as real dates and text ('Q3 2025/26', 'By 31 July 2025', 'Mar-26', 'Ongoing'), an action status "
            "letter with its key on a second sheet, and a review log sheet."
        ),
        "reads": (
            "A risk register with eight risks in four areas, each carrying one further action with an owner, "
            "a target date and an action status letter (B/G/A/R as the key sheet defines). The coloured score "
            "cell rates the risk, not the action; the key and review-log sheets hold no actions."
        ),
    }


# ============================================================ 6. Peebles HS xlsx
PE_NAME = "zyw-peebles-high-school-education-scotland-inspection-action-plan.xlsx"
PE_TITLE = "Peebles High School – Post-Inspection Action Plan 2025-26"
PE_GROUPS = [
    ("QI 1.3 Leadership of change",
     "Senior leaders should continue to develop approaches to self-evaluation so that all staff are involved "
     "in evaluating the impact of their work on young people’s outcomes.",
     [
         ("1.1", "Introduce a self-evaluation calendar aligned to How good is our school? (4th edition) with "
                 "termly faculty reviews.",
          "Depute Head Teacher (Curriculum)", "Aug-25", "Oct-25",
          "Calendar in use by all faculties; review notes show evidence-based evaluations.",
          "Calendar launched at August in-service day.", "B",
          ["Depute Head Teacher (Curriculum)"], "2025-10", None),
         ("1.2", "Train principal teachers in using data and learner voice to evaluate the impact of faculty "
                 "improvement priorities.",
          "Head Teacher / DHT (Curriculum)", "Sep-25", "Dec-25",
          "All PTs complete training; faculty improvement plans cite impact measures.",
          "Two of three sessions delivered.", "G",
          ["Head Teacher", "DHT (Curriculum)"], "2025-12", None),
         ("1.3", "Establish a pupil leadership group to take part in learning visits and report findings to the "
                 "Parent Council.",
          "PT Pupil Support", "Oct-25", "March 2026",
          "Pupil group has carried out at least two learning visits and reported.",
          "Group recruited from S4–S6.", "G",
          ["PT Pupil Support"], "2026-03", None),
     ]),
    ("QI 2.3 Learning, teaching and assessment",
     "Teachers should ensure that learning is consistently well matched to young people’s needs, including "
     "those who require additional support with their learning.",
     [
         ("2.1", "Develop a shared ‘Peebles Standard’ for differentiated learning, with exemplars in each faculty.",
          "Principal Teacher Learning and Teaching", "Aug-25", "Jan-26",
          "Standard agreed by staff; exemplars available on the staff Team.",
          "Draft standard out for consultation – behind original timescale.", "A",
          ["Principal Teacher Learning and Teaching"], "2026-01", None),
         ("2.2", "Update Additional Support Needs profiles and share strategies with all class teachers "
                 "through SEEMiS.",
          "PT Additional Support Needs", "Aug-25", dt.date(2025, 9, 30),
          "All profiles current; teachers confirm access to strategies.",
          "Complete.", "B",
          ["PT Additional Support Needs"], "2025-09", None),
         ("2.3", "Run a peer observation programme focusing on differentiation, with each teacher observing and "
                 "being observed at least twice a year.",
          "All teaching staff", "Oct-25", "June 2026",
          "Observation records for all staff; themes shared at in-service.",
          "First round under way.", "G",
          ["All teaching staff"], "2026-06", None),
     ]),
    ("QI 3.2 Raising attainment and achievement",
     "Senior leaders should improve the tracking and monitoring of young people’s progress across the broad "
     "general education (S1 to S3).",
     [
         ("3.1", "Introduce a BGE tracking system with four reporting points each year using the Scottish Borders "
                 "Council progression frameworks.",
          "DHT (BGE)", "Aug-25", "Oct-25",
          "Tracking data for all S1–S3 learners at each reporting point.",
          "Delayed – awaiting the authority’s data dashboard update.", "R",
          ["DHT (BGE)"], "2025-10", None),
         ("3.2", "Hold termly attainment meetings between PTs and SLT to identify young people not on track and "
                 "agree interventions.",
          "SLT", "Oct-25", "Termly",
          "Intervention lists in place; targeted learners’ progress improves.",
          "First meetings held October 2025.", "G",
          ["SLT"], None, "Termly"),
         ("3.3", "Report progress in BGE literacy and numeracy to the Scottish Borders Council Quality "
                 "Improvement Officer.",
          "Head Teacher", "Jan-26", "Apr-26",
          "Report accepted as evidence of progress for HMI follow-through.",
          "", "",
          ["Head Teacher"], "2026-04", None),
     ]),
]


def build_peebles():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")

    ws["A1"] = PE_TITLE
    ws["A1"].font = Font(bold=True, size=14, color="1F3864")
    ws.merge_cells("A1:J1")
    ws["A2"] = "Education Scotland full model inspection: February 2025. Letter to parents published 15 April 2025."
    ws.merge_cells("A2:J2")
    ws["A3"] = ("HM Inspectors will ask Scottish Borders Council for a report on progress within one year of "
                "the letter. Progress reviewed each term by the SLT and the authority’s Quality Improvement Officer.")
    ws.merge_cells("A3:J3")

    headers = ["Quality indicator", "Area for improvement (from inspection letter)", "No.", "Action", "Lead(s)",
               "Start", "Target", "Measures of success", "Progress update – October 2025", "RAG"]
    for c, h in enumerate(headers, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="2F5496")
        cell.alignment = wrap
        cell.border = border

    r = 6
    expected = []
    for qi, afi, actions in PE_GROUPS:
        first = r
        ws.cell(row=r, column=1, value=qi)
        ws.cell(row=r, column=2, value=afi)
        for (no, action, lead, start, target, measure, update, rag, lead_x, end_x, end_text_x) in actions:
            vals = [no, action, lead, start, target, measure, update]
            for c, v in enumerate(vals, 3):
                ws.cell(row=r, column=c, value=v)
            if isinstance(target, dt.date):
                ws.cell(row=r, column=7).number_format = "dd/mm/yyyy"
            if rag:
                ws.cell(row=r, column=10).fill = PatternFill("solid", fgColor=FILL[rag])
            for c in range(1, 11):
                ws.cell(row=r, column=c).alignment = wrap
                ws.cell(row=r, column=c).border = border
            e = {"ref": no, "under": [qi, afi], "action": action, "lead": lead_x, "end": end_x}
            if end_text_x:
                e["end_text"] = end_text_x
            e["status"] = STATUS_OF[rag]
            expected.append(e)
            r += 1
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
        ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        ws.cell(row=first, column=1).font = Font(bold=True)

    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    r += 1
    for name, letter in [("Complete", "B"), ("On track", "G"), ("Some delay", "A"), ("Significant concern", "R")]:
        ws.cell(row=r, column=1, value=name).fill = PatternFill("solid", fgColor=FILL[letter])
        r += 1
    for col, wdt in zip("ABCDEFGHIJ", [18, 40, 5, 48, 24, 8, 11, 36, 36, 7]):
        ws.column_dimensions[col].width = wdt

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of progress – October 2025"
    sm["A1"].font = Font(bold=True)
    counts = [("Complete", 2), ("On track", 4), ("Some delay", 1), ("Significant concern", 1),
              ("Not yet rated", 1), ("Total actions", 9)]
    for i, (k, v) in enumerate(counts, 3):
        sm.cell(row=i, column=1, value=k)
        sm.cell(row=i, column=2, value=v)
    sm.cell(row=8, column=1).font = Font(bold=True)
    sm.cell(row=8, column=2).font = Font(bold=True)
    sm.column_dimensions["A"].width = 24
    wb.save(p(PE_NAME))
    EXPECTED[PE_NAME] = {
        "title": PE_TITLE,
        "actions": expected,
        "source": (
            "Imitates a Scottish secondary school's action plan after an Education Scotland inspection, as "
            "Scottish Borders schools prepare them (the SBC improvement framework blog describes HMI areas for "
            "improvement followed up with the authority's officers). Peebles High School, 2025-26. Copied "
            "features: title and inspection lines, quality-indicator (HGIOS4 QI) column and the inspectors' "
            "area for improvement merged down over their actions, numbered actions, start and target columns, "
            "measures of success, a termly progress update, RAG shown only by cell fill with a colour key below "
            "the table, and a Summary sheet of counts by RAG."
        ),
        "reads": (
            "Nine numbered actions under three quality indicators, each answering the area for improvement "
            "merged beside it. Status comes from the fill of the RAG cell (blue complete, green, amber, red; one "
            "unfilled); the key rows and the Summary sheet are not actions."
        ),
    }


# ============================================================ 7. Autism Initiatives NI (refuse)
AU_NAME = "zyw-autism-initiatives-ni-rqia-supported-living-qip-typo-month-refuse.xlsx"
AU_TITLE = "Autism Initiatives NI – Belfast Supported Living Service: RQIA Quality Improvement Plan"
AU_TYPO_ROW = 11


def build_autism():
    wb = Workbook()
    ws = wb.active
    ws.title = "QIP"
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")

    ws["A1"] = AU_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:I1")
    ws["A2"] = ("Domiciliary care agency (supported living)   |   Unannounced care inspection: 3 and 4 June 2025   |   "
                "Report published: 22 July 2025")
    ws.merge_cells("A2:I2")
    ws["A3"] = "Tracker maintained by the Registered Manager – updated 26 September 2025"
    ws.merge_cells("A3:I3")

    header = ["AFI", "Ref", "Stated", "Area for improvement", "Response by registered person detailing the "
              "actions taken", "Responsible person", "To be completed by", "Status", "Update"]

    def section(row, text):
        ws.cell(row=row, column=1, value=text).font = Font(bold=True)
        for c in range(1, 10):
            ws.cell(row=row, column=c).fill = PatternFill("solid", fgColor="DDEBF7")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)

    section(5, "Action required to ensure compliance with The Domiciliary Care Agencies Regulations "
               "(Northern Ireland) 2007")
    for c, h in enumerate(header, 1):
        cell = ws.cell(row=6, column=c, value=h)
        cell.font = Font(bold=True)
        cell.alignment = wrap
        cell.border = border
    rows = {
        7: ["1", "Regulation 13 (d)", "Second time",
            "The registered person shall ensure that all staff recruitment checks, including AccessNI enhanced "
            "disclosures, are completed before staff commence work.",
            "Recruitment checklist revised. HR confirm AccessNI and reference checks to the manager in writing "
            "before a start date is offered.",
            "HR Manager", "Immediate and ongoing", "On track", "Audit of last six recruits: all compliant."],
        8: ["2", "Regulation 16 (2) (a)", "First time",
            "The registered person shall ensure that all staff complete mandatory training, including dysphagia "
            "awareness and adult safeguarding.",
            "Training matrix reviewed monthly; outstanding staff booked onto dysphagia awareness sessions.",
            "Registered Manager", "31 August 2025", "Complete", "100% compliance confirmed 29 August 2025."],
        10: ["1", "Standard 8.10", "First time",
             "The registered person shall ensure that the monthly quality monitoring reports include the views of "
             "service users and their representatives, with an action plan.",
             "Monthly monitoring template amended to include service user and family views and an action plan.",
             "Registered Manager / Service Manager", "30 September 2025", "Complete", "New template used from July."],
        11: ["2", "Standard 4.2", "First time",
             "The registered person shall ensure that any restrictive practice is reviewed with the HSC Trust key "
             "worker and recorded in the service user's support plan.",
             "Restrictive practice register created; each restriction to be reviewed with the key worker at the "
             "service user's annual review.",
             "Deputy Manager", "31 0ctober 2025", "On track", "9 of 14 reviews completed."],
        12: ["3", "Standard 12.1", "First time",
             "The registered person shall ensure that support plans are reviewed at least annually, or sooner if "
             "needs change.",
             "Review schedule set for all tenants; team leaders to complete outstanding reviews.",
             "Team Leaders", "31 December 2025", "Not started", ""],
    }
    section(9, "Action required to ensure compliance with the Domiciliary Care Agencies Minimum Standards, "
               "2021 (Version 1.1)")
    for rr, vals in rows.items():
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=rr, column=c, value=v)
            cell.alignment = wrap
            cell.border = border
    assert ws.cell(row=AU_TYPO_ROW, column=7).value == "31 0ctober 2025"
    ws["A14"] = "Status: Complete / On track / Not started. Completed QIP returned to RQIA via the Web Portal."
    ws.merge_cells("A14:I14")
    for col, wdt in zip("ABCDEFGHI", [5, 18, 12, 44, 44, 22, 18, 11, 30]):
        ws.column_dimensions[col].width = wdt
    wb.save(p(AU_NAME))
    EXPECTED[AU_NAME] = {
        "title": AU_TITLE,
        "outcome": "refuse",
        "refuse_at": AU_TYPO_ROW,
        "source": (
            "Imitates the quality improvement plan (QIP) tracker a Northern Ireland supported living provider "
            "keeps after an RQIA care inspection (RQIA QIPs list each area for improvement with Ref: Regulation / "
            "Standard, Stated: First/Second time, To be completed by, and the response by the registered person). "
            "Autism Initiatives NI, Belfast supported living, 2025. Copied features: title and inspection lines, "
            "separate merged section rows for the Regulations and the Minimum Standards, AFI numbering restarting "
            "in each section, 'Immediate and ongoing' for a regulation stated a second time, and a status column "
            "with a status line at the foot."
        ),
        "reads": (
            "An RQIA QIP tracker with five areas for improvement and their responses. The 'To be completed by' "
            "cell of Standard 4.2 on sheet row 11 reads '31 0ctober 2025' with a zero for the letter O: a mistyped "
            "month, so a careful reader stops and asks before importing."
        ),
    }


def main():
    build_bishop_gore()
    build_crickhowell()
    build_pirc()
    build_midlothian()
    build_abergavenny()
    build_peebles()
    build_autism()
    for name in EXPECTED:
        print("wrote", name)


if __name__ == "__main__":
    main()
