"""Build the seven lh1- blind test files (set heldout354).

Run with: /work/main/.venv/bin/python lh1_make.py
Writes the data files beside this script.  Each plan's content is held in the
lists below; the expected readings (.expected.yaml) were written from the same
content.
"""
import datetime as dt
import os

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))

D = dt.datetime

FILL = {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0",
    "head": "1F3864", "theme": "D9E1F2", "grey": "D9D9D9",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


# ---------------------------------------------------------------------------
# 1. Hreod Parkway Academy - post-Ofsted action plan (docx)
# ---------------------------------------------------------------------------
HREOD_TITLE = "Hreod Parkway Academy: Post-Ofsted Action Plan 2024\u201325"
HREOD = [
    {
        "heading": "Priority 1: Curriculum and assessment in key stage 3",
        "afi": "Leaders have not ensured that the curriculum in some subjects at key stage 3 "
               "identifies the important knowledge that pupils should learn and the order in which "
               "they should learn it. Leaders should ensure that curriculum planning in all subjects "
               "sets out precisely what pupils need to know and remember.",
        "rows": [
            ("1.1", ["Subject leaders to rewrite key stage 3 curriculum maps in geography, music and "
                     "computing, identifying the core knowledge for each unit and its sequence."],
             "Deputy Headteacher (Curriculum)", "Autumn term 2024",
             "Revised curriculum maps published on the academy website; subject reviews confirm "
             "knowledge is sequenced.", "B"),
            ("1.2", ["Introduce termly curriculum deep dives led by SLT link leaders, with written "
                     "feedback to each department.",
                     "Deep dive schedule shared with governors at the start of each term."],
             "JMc / RT", "Termly",
             "Every department has had at least one deep dive; actions followed up at the next "
             "line-management meeting.", "G"),
            ("1.3", ["Train all key stage 3 teachers in retrieval practice so that lessons begin with "
                     "low-stakes quizzing of prior content."],
             "Assistant Headteacher (Teaching and Learning)", "Spring term 2025",
             "Learning walks show retrieval starters in at least 90% of key stage 3 lessons.", "A"),
        ],
    },
    {
        "heading": "Priority 2: Reading across the school",
        "afi": "Too many pupils in key stage 3 who are weak readers do not receive the support they "
               "need to catch up quickly. Leaders should ensure that these pupils are identified "
               "swiftly and receive effective support to become fluent readers.",
        "rows": [
            ("2.1", ["Screen all Year 7 and Year 8 pupils using the NGRT reading test and identify those "
                     "with a reading age more than two years below their chronological age."],
             "Reading Lead", "Oct-24",
             "All pupils screened; intervention groups in place by October half-term.", "B"),
            ("2.2", ["Deliver a phonics-based intervention (Fresh Start) three times a week for pupils "
                     "identified as weak decoders."],
             "Reading Lead & SENDCo", "31/03/2025",
             "Reading ages of pupils in the intervention rise by at least 12 months in six months.", "G"),
            ("2.3", ["Introduce tutor-time reading of a shared class novel four mornings a week in Years 7 "
                     "to 9."],
             "Heads of Year 7\u20139", "Summer term 2025",
             "Pupil voice shows pupils read more widely; library loans increase.", ""),  # fill only
        ],
    },
    {
        "heading": "Priority 3: Attendance and behaviour",
        "afi": "The rate of persistent absence, particularly among disadvantaged pupils, remains too "
               "high. Leaders should continue to work with families to improve the attendance of "
               "these pupils.",
        "rows": [
            ("3.1", ["Appoint an attendance officer and introduce a daily first-day-absence call and home "
                     "visit protocol."],
             "Business Manager", "September 2024",
             "Attendance officer in post; first-day calls logged for every absence.", "B"),
            ("3.2", ["Hold termly attendance panels with families of persistently absent disadvantaged "
                     "pupils and agree individual support plans."],
             "Assistant Headteacher (Inclusion) / Attendance Officer", "End of July 2025",
             "Persistent absence of disadvantaged pupils falls below 25%.", "A"),
            ("3.3", ["Report attendance of disadvantaged pupils to the local governing body at every "
                     "meeting, compared with national figures."],
             "Headteacher", "Ongoing",
             "Governors' minutes show challenge on attendance.", "G"),
        ],
    },
]
# fill-only RAG cell for 2.3 (green, no text)
HREOD_FILL_ONLY = {"2.3": "G"}


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def bold_cell(cell, text, hexcol=None, white=False):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True
    if white:
        run.font.color.rgb = docx.shared.RGBColor(0xFF, 0xFF, 0xFF)
    if hexcol:
        shade(cell, hexcol)


def make_hreod(path):
    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    d.add_paragraph(HREOD_TITLE, style="Title")
    d.add_paragraph("Inspection dates: 5 and 6 March 2024 | Overall effectiveness: Requires improvement")

    d.add_heading("Document control", level=2)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Version", "3.0"), ("Date", "16 January 2025"),
                 ("Author", "Deputy Headteacher (Quality of Education)"),
                 ("Reviewed by", "Local Governing Body \u2013 Standards Committee"),
                 ("Next review", "April 2025")]:
        r = t.add_row().cells
        bold_cell(r[0], k, FILL["grey"])
        r[1].text = v

    d.add_heading("RAG key", level=2)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("B", "Action completed and impact evident"), ("G", "On track"),
                 ("A", "Started \u2013 some slippage"), ("R", "Not started / significant concern")]:
        r = t.add_row().cells
        bold_cell(r[0], k, FILL[k], white=True)
        r[1].text = v

    d.add_paragraph(
        "The priorities below are the areas for improvement set out in the Ofsted report under "
        "\u2018What does the school need to do to improve?\u2019. Each is followed by the actions the "
        "academy is taking.")

    for sec in HREOD:
        d.add_heading(sec["heading"], level=1)
        p = d.add_paragraph()
        p.add_run(sec["afi"]).italic = True
        t = d.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead", "Timescale", "Success criteria", "RAG"]):
            bold_cell(c, h, FILL["head"], white=True)
        for ref, paras, lead, when, sc, rag in sec["rows"]:
            cells = t.add_row().cells
            cells[0].text = ref
            cells[1].text = paras[0]
            for extra in paras[1:]:
                cells[1].add_paragraph(extra)
            cells[2].text = lead
            cells[3].text = when
            cells[4].text = sc
            if rag:
                bold_cell(cells[5], rag, FILL[rag], white=True)
                cells[5].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            else:
                shade(cells[5], FILL[HREOD_FILL_ONLY[ref]])
        d.add_paragraph("")

    d.add_paragraph(
        "Note: This plan is reviewed half-termly by the Senior Leadership Team and reported to the "
        "Local Governing Body each term.")
    d.add_heading("Sign-off", level=2)
    t = d.add_table(rows=0, cols=3)
    t.style = "Table Grid"
    for row in [("Role", "Name", "Date"), ("Headteacher", "Mrs L. Carter", "16/01/2025"),
                ("Chair of Local Governing Body", "Mr P. Okafor", "16/01/2025")]:
        r = t.add_row().cells
        for c, v in zip(r, row):
            c.text = v
    d.save(path)


# ---------------------------------------------------------------------------
# 2. Brooksby Melton College - PIAP, CSV export (refuse: 0ct-2025)
# ---------------------------------------------------------------------------
BMC_TITLE = "Brooksby Melton College \u2013 Post-Inspection Action Plan (PIAP) 2025"
BMC_HEADER = ["Ref", "Area for improvement", "Action", "Action owner", "Target date",
              "Revised target date", "RAG", "Progress update (October 2025)"]
BMC_ROWS = [
    ("1.1", "Leaders should ensure that teachers on adult learning programmes plan learning that "
            "builds on what learners already know.",
     "Introduce a common initial assessment for all adult learning courses and require teachers to "
     "record starting points in the learner's ILP.",
     "Head of Adult Learning", "Sep-2025", "", "G",
     "Initial assessment live for September starts, ILP audit due November"),
    ("1.2", "",
     "Run a CPD programme on planning from starting points, with follow-up learning walks in every "
     "adult curriculum area.",
     "Quality Manager (Teaching & Learning)", "Dec-2025", "", "A",
     "Two of four CPD sessions delivered; learning walks not yet started"),
    ("2.1", "Leaders should improve the attendance of young people on study programmes, particularly "
            "in English and mathematics lessons.",
     "Launch a daily attendance call for absent study programme learners and weekly reviews with "
     "personal tutors.",
     "Head of Student Services", "Sep-2025", "", "B",
     "In place from 8 September 2025"),
    ("2.2", "",
     "Move English and mathematics lessons into vocational timetables so that they are taught "
     "alongside the main programme.",
     "Deputy Principal \u2013 Curriculum & Quality", "Jan-2026", "", "G",
     "Timetable pilot running in construction and animal care"),
    ("2.3", "",
     "Set attendance targets of 90% for English and mathematics and report them to the Quality and "
     "Standards Committee each term.",
     "Assistant Principal 16\u201319 / Head of English & Maths", "0ct-2025", "", "A",
     "Autumn term report in preparation; current attendance 84%"),
    ("3.1", "Leaders should ensure that apprentices in land-based subjects receive timely feedback on "
            "the progress they are making.",
     "Schedule progress reviews every ten weeks for all apprentices and monitor completion on the "
     "e-tracker.",
     "Apprenticeship Manager", "Jul-2025", "Nov-2025", "A",
     "81% of reviews on time, target 95%; date revised by Q&S Committee"),
    ("3.2", "",
     "Train assessors in giving developmental feedback linked to the apprenticeship standard's KSBs.",
     "Apprenticeship Manager; Quality Manager (Teaching & Learning)", "Dec-2025", "", "G",
     "Training booked for 12 November 2025"),
]


def csv_field(v):
    v = str(v)
    if any(ch in v for ch in ',"\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def make_bmc(path):
    n = len(BMC_HEADER)
    lines = []
    lines.append(",".join([csv_field(BMC_TITLE)] + [""] * (n - 1)))
    lines.append(",".join([csv_field(
        "Following Ofsted inspection 4\u20137 February 2025; approved by the Corporation Quality and "
        "Standards Committee 13 May 2025")] + [""] * (n - 1)))
    lines.append("," * (n - 1))
    lines.append(",".join(csv_field(h) for h in BMC_HEADER))
    for row in BMC_ROWS:
        lines.append(",".join(csv_field(v) for v in row))
    lines.append("," * (n - 1))
    lines.append(",".join([csv_field("RAG key: B = complete; G = on track; A = at risk; R = off track")]
                          + [""] * (n - 1)))
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------------------
# 3. Arden University - apprenticeships PIAP (xlsx)
# ---------------------------------------------------------------------------
ARDEN_TITLE = "Arden University Apprenticeships Post-Inspection Action Plan (PIAP) 2024\u201325"
ARDEN = [
    ("Theme 1: Curriculum planning and off-the-job training", [
        ("Leaders should ensure that apprentices' on- and off-the-job training are planned together so "
         "that apprentices apply new knowledge at work, and that employers are involved in planning "
         "the training.", [
            ("1.1", "Redesign the tripartite progress review template so that the employer, coach and "
                    "apprentice agree the workplace activities that will apply each module's content.",
             "Head of Apprenticeship Delivery", D(2024, 12, 31), None, "G", "B",
             "New template live from 6 January 2025; audit of 40 reviews found 92% included agreed "
             "workplace activities."),
            ("1.2", "Hold curriculum co-design workshops with the five largest employers for the "
                    "Chartered Manager Degree Apprenticeship and amend module sequencing accordingly.",
             "Programme Lead \u2013 CMDA; Employer Engagement Manager", D(2025, 3, 31), D(2025, 7, 31),
             "A", "A", "Three of five workshops held; two employers rescheduled to July."),
            ("1.3", "Record off-the-job training hours monthly in the e-portfolio and follow up any "
                    "apprentice below the planned hours within ten working days.",
             "Apprenticeship Compliance Manager", D(2025, 1, 31), None, "G", "G",
             "Monthly OTJ report to operations meeting; 7% of apprentices below plan in May (19% in "
             "October)."),
        ]),
        ("Leaders should make sure that apprentices receive useful feedback on their written work that "
         "helps them to improve.", [
            ("1.4", "Introduce a university-wide feedback standard for apprenticeship assessments, with "
                    "moderation of a 10% sample by the Apprenticeship Quality team each term.",
             "Head of Apprenticeship Quality", D(2025, 2, 28), None, "A", "G",
             "Standard approved by Academic Board in February; first moderation complete."),
            ("1.5", "Train all academic tutors on developmental feedback; completion tracked through the "
                    "staff development record.",
             "Kate Morrison and Dev Shah", D(2025, 4, 30), D(2025, 6, 30), "R", "A",
             "68% of tutors trained; final session 24 June."),
        ]),
    ]),
    ("Theme 2: Progress, achievement and end-point assessment", [
        ("Leaders should improve the proportion of apprentices who complete their apprenticeship by "
         "their planned end date.", [
            ("2.1", "Introduce a monthly at-risk register for apprentices who are more than eight weeks "
                    "behind their planned progress, with a recovery plan agreed with the employer.",
             "Head of Apprenticeship Delivery", D(2024, 11, 30), None, "G", "B",
             "Register in use since November 2024."),
            ("2.2", "Prepare apprentices for gateway with mock professional discussions and a checklist "
                    "signed off by the coach and employer.",
             "EPA Readiness Lead", D(2025, 5, 31), None, "A", "R",
             "Mock professional discussions not yet scheduled for the June cohort; escalated to the "
             "Director of Apprenticeships."),
            ("2.3", "Report timely achievement rates by standard to the Apprenticeships Quality Board "
                    "each quarter.",
             "Director of Apprenticeships", "Quarterly", None, "G", "G",
             "Q3 report presented 11 June 2025."),
        ]),
    ]),
    ("Theme 3: Safeguarding and Prevent", [
        ("Leaders should ensure that apprentices have a secure understanding of the risks of "
         "radicalisation and extremism relevant to their workplaces and local areas.", [
            ("3.1", "Add a Prevent and British values topic to each progress review, with regional risk "
                    "briefings updated every six months.",
             "Designated Safeguarding Lead", D(2025, 1, 31), None, "G", "B",
             "Topic added to review template; regional briefings issued January 2025."),
            ("3.2", "Survey apprentices' understanding of local Prevent risks and report the results to "
                    "the Safeguarding Committee.",
             "Designated Safeguarding Lead / Head of Apprenticeship Quality", D(2025, 7, 31), None,
             "G", "G", "Survey open until 30 June; 412 responses so far."),
        ]),
    ]),
]


def make_arden(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = ARDEN_TITLE
    ws["A1"].font = Font(bold=True, size=16)
    ws.merge_cells("A1:D1")
    rows = [("Ofsted inspection", "10\u201313 September 2024"),
            ("Overall effectiveness", "Requires improvement"),
            ("Plan owner", "Director of Apprenticeships"),
            ("Version", "v4 \u2013 update for Apprenticeships Quality Board, June 2025"),
            ("Next update", "September 2025")]
    for i, (k, v) in enumerate(rows, start=3):
        ws.cell(i, 1, k).font = Font(bold=True)
        ws.cell(i, 1).fill = fill(FILL["grey"])
        ws.cell(i, 2, v)
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 60

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of current RAG ratings (June 2025)"
    sm["A1"].font = Font(bold=True, size=13)
    sm["A3"], sm["B3"] = "Current RAG", "Number of actions"
    sm["A3"].font = sm["B3"].font = Font(bold=True)
    counts = {"B": 0, "G": 0, "A": 0, "R": 0}
    for _, afis in ARDEN:
        for _, acts in afis:
            for a in acts:
                counts[a[6]] += 1
    names = {"B": "Blue \u2013 complete", "G": "Green \u2013 on track", "A": "Amber \u2013 at risk",
             "R": "Red \u2013 off track"}
    r = 4
    for k in ["B", "G", "A", "R"]:
        sm.cell(r, 1, names[k]).fill = fill(FILL[k])
        sm.cell(r, 2, counts[k])
        r += 1
    sm.cell(r, 1, "Total").font = Font(bold=True)
    sm.cell(r, 2, sum(counts.values())).font = Font(bold=True)
    sm.column_dimensions["A"].width = 26
    sm.column_dimensions["B"].width = 20

    ws = wb.create_sheet("PIAP")
    ncol = 9
    last = get_column_letter(ncol)
    ws["A1"] = ARDEN_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(f"A1:{last}1")
    ws["A2"] = ("RAG: Blue = complete; Green = on track; Amber = at risk of slipping; "
                "Red = off track / overdue")
    ws.merge_cells(f"A2:{last}2")
    hdr = ["Ref", "Area for improvement (from Ofsted report)", "Action", "Lead(s)",
           "Original target date", "Revised target date", "Previous RAG (Mar 25)",
           "Current RAG (Jun 25)", "Progress update / evidence"]
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(FILL["head"])
        cell.alignment = WRAP
        cell.border = BOX
    r = 5
    for theme, afis in ARDEN:
        ws.cell(r, 1, theme).font = Font(bold=True)
        for c in range(1, ncol + 1):
            ws.cell(r, c).fill = fill(FILL["theme"])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
        for afi, acts in afis:
            start = r
            ws.cell(r, 2, afi)
            for ref, text, lead, orig, rev, prev, cur, upd in acts:
                ws.cell(r, 1, ref)
                ws.cell(r, 3, text)
                ws.cell(r, 4, lead)
                ws.cell(r, 5, orig)
                if isinstance(orig, dt.datetime):
                    ws.cell(r, 5).number_format = "dd/mm/yyyy"
                if rev is not None:
                    ws.cell(r, 6, rev).number_format = "dd/mm/yyyy"
                for col, v in ((7, prev), (8, cur)):
                    cell = ws.cell(r, col, v)
                    cell.fill = fill(FILL[v])
                    cell.font = Font(bold=True, color="FFFFFF")
                    cell.alignment = Alignment(horizontal="center", vertical="top")
                ws.cell(r, 9, upd)
                for c in range(1, ncol + 1):
                    ws.cell(r, c).border = BOX
                    if c not in (7, 8):
                        ws.cell(r, c).alignment = WRAP
                r += 1
            if r - 1 > start:
                ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    for c, w in enumerate([7, 40, 50, 28, 13, 13, 11, 11, 45], start=1):
        ws.column_dimensions[get_column_letter(c)].width = w
    ws.freeze_panes = "A5"
    wb.active = 2
    wb.save(path)


# ---------------------------------------------------------------------------
# 4. Nuffield Health Cheltenham Hospital - CQC must/should-do plan (xlsx)
# ---------------------------------------------------------------------------
NUF_TITLE = "Nuffield Health Cheltenham Hospital \u2013 CQC Inspection Action Plan"
NUF = [
    ("Surgery", [
        ("Must", "The service must ensure that the World Health Organization (WHO) surgical safety "
                 "checklist is fully completed for every patient, including the sign-out stage.",
         "Reg 12", [
            ("SU-M1.1", "Re-launch the Five Steps to Safer Surgery with all theatre staff, including "
                        "observed practice of the sign-out stage in every list for four weeks.",
             "Theatre Manager", D(2025, 5, 31), "Complete", "Observation audit complete 28/05/2025."),
            ("SU-M1.2", "Audit 20 WHO checklists a month and report compliance to the Medical Advisory "
                        "Committee; target 100% for three consecutive months.",
             "Theatre Manager / Lead Anaesthetist", D(2025, 8, 31), "On track",
             "April 96%, May 100%, June 100%."),
        ]),
        ("Must", "The service must ensure that all staff complete mandatory training in the safe use of "
                 "medical devices and immediate life support.",
         "Reg 18", [
            ("SU-M2", "Book outstanding staff onto ILS and device training and escalate non-compliance "
                      "through monthly one-to-ones.",
             "Director of Clinical Services", D(2025, 6, 30), "Overdue",
             "ILS compliance 81% (target 95%); additional course booked for August."),
        ]),
        ("Should", "The service should ensure that controlled drug registers on the ward are checked and "
                   "signed at every shift handover.",
         "Reg 12", [
            ("SU-S1", "Add the controlled drug check to the ward handover sheet and audit weekly.",
             "Ward Manager & Pharmacy Manager", D(2025, 5, 31), "Complete",
             "Weekly audit 100% since 12 May."),
        ]),
    ]),
    ("Outpatients", [
        ("Should", "The service should ensure that patients' privacy is maintained at the outpatient "
                   "reception desk.",
         "Reg 10", [
            ("OP-S1", "Install a privacy screen and a 'please wait here' line at reception; offer a "
                      "private room for sensitive conversations.",
             "Outpatients Manager", D(2025, 7, 31), "At risk",
             "Screen on order; estates lead time 8 weeks."),
        ]),
        ("Should", "The service should monitor waiting times for follow-up appointments and act where "
                   "patients wait longer than planned.",
         "Reg 17", [
            ("OP-S2", "Add follow-up waiting times to the monthly performance dashboard and review them "
                      "at the Hospital Governance Committee.",
             "Head of Operations", "Ongoing \u2013 monthly review", "On track",
             "Included in dashboard from May 2025."),
        ]),
    ]),
    ("Diagnostic imaging", [
        ("Must", "The service must ensure that local rules are up to date and signed by all staff "
                 "working with ionising radiation.",
         "Reg 12", [
            ("DI-M1", "Review and re-issue local rules for each X-ray room and obtain signatures from all "
                      "radiographers and consultants.",
             "Imaging Manager", D(2025, 4, 30), "Complete", "All signatures obtained 25/04/2025."),
        ]),
        ("Should", "The service should ensure that the resuscitation trolley in the imaging department "
                   "is checked daily.",
         "Reg 12", [
            ("DI-S1", "Add the imaging resuscitation trolley to the daily check rota and include it in "
                      "the monthly resuscitation audit.",
             "Imaging Manager; Resuscitation Officer", D(2025, 5, 31), "Complete",
             "Daily checks 100% in May and June."),
        ]),
        ("Should", "The service should ensure that patients are asked about pregnancy status and that "
                   "this is recorded before examinations.",
         "Reg 12", [
            ("DI-S2", "Make pregnancy status a mandatory field on the imaging request form and audit 30 "
                      "records each quarter.",
             "Radiation Protection Supervisor", D(2025, 9, 30), "Not started",
             "Awaiting system change from RIS supplier."),
        ]),
    ]),
]
NUF_STATUS_FILL = {"Complete": FILL["B"], "On track": FILL["G"], "At risk": FILL["A"],
                   "Overdue": FILL["R"], "Not started": None}


def make_nuffield(path):
    wb = openpyxl.Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Nuffield Health Cheltenham Hospital"
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "CQC inspection (January 2025) \u2013 action plan progress summary at 30 June 2025"
    hdr = ["Core service", "Must do actions", "Should do actions", "Complete", "On track", "At risk",
           "Overdue", "Not started"]
    for c, h in enumerate(hdr, start=1):
        sm.cell(4, c, h).font = Font(bold=True)
        sm.cell(4, c).fill = fill(FILL["grey"])
    r = 5
    tot = [0] * 7
    for svc, finds in NUF:
        vals = [0] * 7
        for ms, _, _, acts in finds:
            for a in acts:
                vals[0 if ms == "Must" else 1] += 1
                vals[2 + ["Complete", "On track", "At risk", "Overdue", "Not started"].index(a[4])] += 1
        sm.cell(r, 1, svc)
        for i, v in enumerate(vals):
            sm.cell(r, 2 + i, v)
            tot[i] += v
        r += 1
    sm.cell(r, 1, "Total").font = Font(bold=True)
    for i, v in enumerate(tot):
        sm.cell(r, 2 + i, v).font = Font(bold=True)
    sm.column_dimensions["A"].width = 22

    ws = wb.create_sheet("Action plan")
    ncol = 9
    last = get_column_letter(ncol)
    ws["A1"] = NUF_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(f"A1:{last}1")
    ws["A2"] = ("Inspection: 21\u201323 January 2025 | Report published: 9 April 2025 | "
                "Overall rating: Good (Safe: Requires improvement)")
    ws.merge_cells(f"A2:{last}2")
    ws["A3"] = "Owner: Hospital Director | Reviewed monthly at the Hospital Governance Committee"
    ws.merge_cells(f"A3:{last}3")
    hdr = ["Ref", "Must / Should", "CQC finding", "Regulation", "Action", "Action owner", "Due date",
           "Status", "Evidence / progress"]
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(5, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(FILL["head"])
        cell.border = BOX
        cell.alignment = WRAP
    r = 6
    for svc, finds in NUF:
        ws.cell(r, 1, svc).font = Font(bold=True, size=12)
        for c in range(1, ncol + 1):
            ws.cell(r, c).fill = fill(FILL["theme"])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
        for ms, finding, reg, acts in finds:
            start = r
            ws.cell(r, 2, ms)
            ws.cell(r, 3, finding)
            ws.cell(r, 4, reg)
            for ref, text, owner, due, status, ev in acts:
                ws.cell(r, 1, ref)
                ws.cell(r, 5, text)
                ws.cell(r, 6, owner)
                ws.cell(r, 7, due)
                if isinstance(due, dt.datetime):
                    ws.cell(r, 7).number_format = "dd/mm/yyyy"
                sc = ws.cell(r, 8, status)
                if NUF_STATUS_FILL[status]:
                    sc.fill = fill(NUF_STATUS_FILL[status])
                ws.cell(r, 9, ev)
                for c in range(1, ncol + 1):
                    ws.cell(r, c).border = BOX
                    ws.cell(r, c).alignment = WRAP
                r += 1
            if r - 1 > start:
                for col in (2, 3, 4):
                    ws.merge_cells(start_row=start, start_column=col, end_row=r - 1, end_column=col)
    r += 1
    ws.cell(r, 1, "Status key:").font = Font(bold=True)
    for i, (k, col) in enumerate([("Complete", "B"), ("On track", "G"), ("At risk", "A"),
                                  ("Overdue", "R")]):
        ws.cell(r, 2 + i, k).fill = fill(FILL[col])
    ws.cell(r + 1, 1, "Not started = no colour. Actions are closed only when evidence has been "
                      "accepted by the Hospital Governance Committee.")
    for c, w in enumerate([10, 9, 45, 10, 50, 26, 12, 12, 38], start=1):
        ws.column_dimensions[get_column_letter(c)].width = w
    wb.save(path)


# ---------------------------------------------------------------------------
# 5. Lostwithiel Medical Practice - CQC inspection action plan (docx)
# ---------------------------------------------------------------------------
LMP_TITLE = "Lostwithiel Medical Practice \u2013 CQC Inspection Action Plan"
LMP_REGS = [
    ("Regulation 12 HSCA (RA) Regulations 2014: Safe care and treatment",
     "The provider must ensure that care and treatment is provided in a safe way, including the proper "
     "and safe management of medicines and the monitoring of patients prescribed high-risk medicines.",
     [
         ("12.1", "Complete a search of all patients prescribed methotrexate, lithium, DOACs and ACE "
                  "inhibitors and recall any patient without up-to-date blood monitoring.",
          "Dr S Trevail", "30/06/2024", "Completed"),
         ("12.2", "Introduce a monthly high-risk drug monitoring search run by the clinical pharmacist, "
                  "with results reviewed at the clinical meeting.",
          "Clinical Pharmacist / Dr S Trevail", "Monthly", "On track"),
         ("12.3", "Record the checks of the emergency medicines and oxygen weekly on the new checklist, "
                  "and add the missing medicines identified at inspection.",
          "Lead Nurse", "End of June 2024", "Completed"),
         ("12.4", "Review all patient group directions and ensure each is signed by the authorising "
                  "manager and every nurse working under it.",
          "Lead Nurse / Practice Manager", "31/08/2024", "Completed"),
     ]),
    ("Regulation 17 HSCA (RA) Regulations 2014: Good governance",
     "The provider must establish effective systems and processes to ensure good governance in "
     "accordance with the fundamental standards of care.",
     [
         ("17.1", "Create a practice-wide training matrix and ensure all staff complete safeguarding, "
                  "infection prevention and control and fire safety training.",
          "Practice Manager", "30/09/2024", "Delayed"),
         ("17.2", "Review the handling of safety alerts (MHRA and CAS) and keep a log showing the action "
                  "taken and who checked it.",
          "Dr J Rowe and Practice Manager", "July 2024", "Completed"),
         ("17.3", "Carry out a documented fire risk assessment and legionella risk assessment for the "
                  "branch surgery.",
          "Practice Manager", "Oct 2024", "On track"),
     ]),
]
LMP_SHOULD_HEADING = "Areas where the practice should make improvements"
LMP_SHOULD = [
    ("Continue to improve the uptake of cervical screening.",
     "Offer Saturday morning smear clinics and send text reminders to all eligible patients who have "
     "not attended.", "Lead Nurse", "March 2025", "On track"),
    ("Improve patient satisfaction with telephone access.",
     "Install a cloud-based telephone system with call-back and queue position, and publish the results "
     "of the next patient survey.", "Practice Manager", "31/12/2024", "Delayed"),
]
LMP_STATUS_FILL = {"Completed": FILL["B"], "On track": FILL["G"], "Delayed": FILL["A"],
                   "Not met": FILL["R"]}


def make_lostwithiel(path):
    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10)
    d.add_paragraph(LMP_TITLE, style="Title")
    d.add_paragraph("Inspection date: 14 May 2024    Report published: 2 July 2024    "
                    "Overall rating: Requires improvement")
    d.add_paragraph(
        "This action plan sets out how the practice will address the breaches of regulation and the "
        "areas where CQC said we should improve. It is reviewed monthly at the partners' meeting and "
        "shared with the Patient Participation Group.")

    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    bold_cell(t.rows[0].cells[0], "Status key")
    for c, (k, col) in zip(t.rows[0].cells[1:], [("Completed = Blue", "B"), ("On track = Green", "G"),
                                                  ("Delayed = Amber", "A"), ("Not met = Red", "R")]):
        bold_cell(c, k, FILL[col], white=True)
    d.add_paragraph("")

    d.add_heading("Requirement notices", level=1)
    for reg, must, rows in LMP_REGS:
        t = d.add_table(rows=3, cols=5)
        t.style = "Table Grid"
        a = t.rows[0].cells[0].merge(t.rows[0].cells[4])
        bold_cell(a, reg, FILL["head"], white=True)
        b = t.rows[1].cells[0].merge(t.rows[1].cells[4])
        b.text = must
        for c, h in zip(t.rows[2].cells, ["No.", "Action", "Responsible", "Completion date", "Status"]):
            bold_cell(c, h, FILL["grey"])
        for ref, act, lead, when, status in rows:
            cells = t.add_row().cells
            cells[0].text = ref
            cells[1].text = act
            cells[2].text = lead
            cells[3].text = when
            cells[4].text = status
            shade(cells[4], LMP_STATUS_FILL[status])
        d.add_paragraph("")

    d.add_heading(LMP_SHOULD_HEADING, level=1)
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Should do", "Action", "Lead", "By when", "Status"]):
        bold_cell(c, h, FILL["grey"])
    for should, act, lead, when, status in LMP_SHOULD:
        cells = t.add_row().cells
        cells[0].text = should
        cells[1].text = act
        cells[2].text = lead
        cells[3].text = when
        cells[4].text = status
        shade(cells[4], LMP_STATUS_FILL[status])
    d.add_paragraph("")
    d.add_paragraph("Signed: Dr J Rowe, Senior Partner (Registered Manager)    Date: 26 July 2024")
    d.save(path)


# ---------------------------------------------------------------------------
# 6. Priory Hospital Chelmsford - CQC must/should-do plan (tab-separated text)
# ---------------------------------------------------------------------------
PHC_TITLE = "Priory Hospital Chelmsford \u2013 CQC Action Plan (Must Do / Should Do)"
PHC_ACUTE = "Acute wards for adults of working age and psychiatric intensive care units"
PHC_CAMHS = "Child and adolescent mental health wards"
PHC_HEADER = ["Service", "Ref", "Type", "CQC requirement", "Action", "Action lead", "Target date", "RAG",
              "Progress update"]
# (service-if-first, ref, type, requirement-if-first, action, lead, date, rag, update, full service, full req)
PHC_ROWS = []


def _phc(svc, ref, typ, req, action, lead, date, rag, update, show_svc, show_req):
    PHC_ROWS.append(dict(svc=svc, ref=ref, typ=typ, req=req, action=action, lead=lead, date=date,
                         rag=rag, update=update, show_svc=show_svc, show_req=show_req))


_R_A1 = ("The provider must ensure that seclusion records are completed in line with the Mental Health "
         "Act Code of Practice, including medical reviews within the required timescales.")
_R_A3 = ("The provider must ensure that there are enough suitably qualified nursing staff on each shift, "
         "including a registered nurse on the PICU at all times.")
_R_A4 = ("The provider should ensure that ligature risk assessments are reviewed following any "
         "environmental change.")
_R_C1 = ("The provider must ensure that young people's care plans reflect their views and are reviewed "
         "with them at least weekly.")
_R_C3 = ("The provider must ensure that young people have access to education for the required number "
         "of hours each week.")
_R_C4 = ("The provider should ensure that blanket restrictions on the ward are reviewed and individually "
         "risk assessed.")
_R_C5 = ("The provider should ensure that families are given information about how to raise a concern "
         "or complaint.")
_phc(PHC_ACUTE, "A1", "MUST", _R_A1,
     "Replace the paper seclusion record with an electronic form on CareNotes that prompts each nursing "
     "and medical review.", "Director of Clinical Services", "31-Mar-25", "B",
     "Electronic form live 3 March 2025.", True, True)
_phc(PHC_ACUTE, "A2", "MUST", _R_A1,
     "Audit every episode of seclusion weekly for three months and feed back to the consultant and ward "
     "manager concerned.", "Ward Manager (Thorpe Ward) / Responsible Clinician", "30-Jun-25", "G",
     "Weekly audits since March; 94% of reviews within timescale in April.", False, False)
_phc(PHC_ACUTE, "A3", "MUST", _R_A3,
     "Recruit to the eight registered nurse vacancies and use regular block-booked agency nurses in the "
     "meantime.", "Hospital Director", "30-Sep-25", "A",
     "Five of eight posts offered; two start in June.", False, True)
_phc(PHC_ACUTE, "A4", "SHOULD", _R_A4,
     "Add a ligature risk review to the estates change request process.", "Estates Manager",
     "31-Jan-25", "B", "Change request form updated January 2025.", False, True)
_phc(PHC_CAMHS, "C1", "MUST", _R_C1,
     "Introduce a 'my care plan' section written with the young person at each weekly ward round.",
     "Dr R Thomas & S Kaur", "28-Feb-25", "B", "In use on Nightingale Ward since February.", True, True)
_phc(PHC_CAMHS, "C2", "MUST", _R_C1,
     "Audit ten care plans a month for evidence of the young person's voice and report the results to "
     "the CAMHS governance meeting.", "Lead Nurse (CAMHS)", "Ongoing", "G",
     "March 8/10, April 9/10 compliant.", False, False)
_phc(PHC_CAMHS, "C3", "MUST", _R_C3,
     "Agree a revised timetable with the hospital school so that every young person is offered 25 hours "
     "of education a week.", "Head Teacher (Hospital School)", "30-Apr-25", "R",
     "Timetable agreed but two teacher vacancies remain; escalated to regional director.", False, True)
_phc(PHC_CAMHS, "C4", "SHOULD", _R_C4,
     "Review the blanket restrictions register with the young people's council and remove restrictions "
     "not justified by individual risk.", "Ward Manager (Nightingale Ward)", "31-May-25", "",
     "Not yet started \u2013 meeting booked 20 May 2025.", False, True)
_phc(PHC_CAMHS, "C5", "SHOULD", _R_C5,
     "Produce a family information pack including the complaints process and give it to every family at "
     "admission.", "Family Liaison Lead", "31-Mar-25", "B", "Pack issued from 17 March 2025.", False, True)


def make_priory(path):
    lines = [PHC_TITLE,
             "Provider: Priory Healthcare Ltd\tInspection: 3\u20135 December 2024\tReport published: "
             "20 February 2025",
             "Exported from Quality Action Tracker 14/05/2025 \u2013 for Clinical Governance Committee",
             "",
             "\t".join(PHC_HEADER)]
    for r in PHC_ROWS:
        lines.append("\t".join([
            r["svc"] if r["show_svc"] else "", r["ref"], r["typ"], r["req"] if r["show_req"] else "",
            r["action"], r["lead"], r["date"], r["rag"], r["update"]]))
    counts = {k: sum(1 for r in PHC_ROWS if r["rag"] == k) for k in ["B", "G", "A", "R", ""]}
    lines += ["",
              "Key: B = completed and evidenced; G = on track; A = at risk; R = off track; "
              "blank = not started",
              f"RAG summary\tBlue\t{counts['B']}\tGreen\t{counts['G']}\tAmber\t{counts['A']}\tRed\t"
              f"{counts['R']}\tNot started\t{counts['']}\tTotal\t{len(PHC_ROWS)}"]
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------
# 7. Financial Ombudsman Service - ARC internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
FOS_TITLE = "Financial Ombudsman Service \u2013 Internal Audit Recommendations Tracker"
FOS = [
    ("IA 24/07 Cyber security \u2013 vulnerability management (Limited assurance)", [
        ("24/07.1", "High",
         "Critical and high vulnerabilities should be remediated within the timescales set in the "
         "Vulnerability Management Standard, with exceptions formally risk-accepted.",
         "Introduce weekly vulnerability triage with service owners and a risk-acceptance form signed by "
         "the Information Security Officer for any exception beyond 30 days.",
         "Head of Information Security", D(2025, 3, 31), D(2025, 9, 30), 1, "A",
         "Triage in place; risk-acceptance form awaiting sign-off by ExCo."),
        ("24/07.2", "High",
         "A complete asset inventory should be maintained so that all devices are within the scope of "
         "vulnerability scanning.",
         "Reconcile the CMDB against the endpoint management and network discovery tools and resolve "
         "unmatched assets.",
         "Head of IT Operations; Head of Information Security", D(2025, 1, 31), D(2025, 6, 30), 2, "R",
         "214 unmatched assets remain; further extension to be requested."),
        ("24/07.3", "Medium",
         "Vulnerability reporting to the Executive Risk Committee should include ageing analysis.",
         "Add ageing and trend analysis to the monthly cyber dashboard.",
         "Chief Information Officer", D(2025, 4, 30), None, 0, "B",
         "Implemented April 2025; awaiting verification by Internal Audit."),
    ]),
    ("IA 24/11 Casework quality assurance framework (Moderate assurance)", [
        ("24/11.1", "Medium",
         "The sampling methodology for quality checks should be documented and applied consistently "
         "across casework teams.",
         "Publish a QA sampling standard and train quality leads in all casework directorates.",
         "Director of Casework Quality", D(2025, 10, 31), None, 0, "G",
         "Draft standard consulted on with quality leads in August."),
        ("24/11.2", "Low",
         "Outcomes of quality checks should be fed back to case handlers within ten working days.",
         "Configure the QA tool to send automated feedback notifications and monitor timeliness monthly.",
         "Head of Quality & Standards", D(2025, 5, 31), None, 0, "B",
         "Notifications live since May; timeliness 97%."),
    ]),
    ("IA 25/02 Procurement and contract management (Limited assurance)", [
        ("25/02.1", "High",
         "All contracts over \u00a325,000 should be recorded on the contracts register with a named "
         "contract manager.",
         "Complete a data cleanse of the contracts register and assign a contract manager to every "
         "contract over \u00a325,000.",
         "Director of Finance & Procurement", D(2025, 7, 31), D(2025, 10, 31), 1, "A",
         "Cleanse 70% complete; revised date agreed at June ARC."),
        ("25/02.2", "Medium",
         "Contract managers should hold quarterly performance reviews with key suppliers and record the "
         "outcome.",
         "Issue a contract management toolkit and require quarterly review minutes to be saved to the "
         "contract record.",
         "Head of Procurement", D(2025, 12, 31), None, 0, "G", "Toolkit in draft."),
        ("25/02.3", "Medium",
         "Waivers of the procurement policy should be approved in line with the scheme of delegation and "
         "reported to ARC.",
         "Report all waivers approved in the period to each ARC meeting, starting with the September 2025 "
         "meeting.",
         "Head of Procurement", D(2025, 9, 30), None, 0, "G", "First waiver report on this agenda."),
    ]),
    ("IA 25/05 Business continuity (Substantial assurance)", [
        ("25/05.1", "Low",
         "Business impact analyses should be refreshed annually.",
         "Schedule an annual BIA refresh for all directorates and track completion through the resilience "
         "forum.",
         "Resilience Manager", D(2025, 11, 30), None, 0, "",
         "Not yet due."),
    ]),
]


def make_fos(path):
    wb = openpyxl.Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = FOS_TITLE
    cv["A1"].font = Font(bold=True, size=15)
    cv["A2"] = "Audit and Risk Committee \u2013 17 September 2025"
    cv["A3"] = "Paper ARC 25/41 \u2013 presented by the Head of Internal Audit"
    cv["A5"] = "Summary of recommendations on the tracker (position at 31 August 2025)"
    cv["A5"].font = Font(bold=True)
    hdr = ["Priority", "On tracker", "Past original due date", "Revised date agreed", "Implemented"]
    for c, h in enumerate(hdr, start=1):
        cv.cell(6, c, h).font = Font(bold=True)
        cv.cell(6, c).fill = fill(FILL["grey"])
    r = 7
    allrecs = [rec for _, recs in FOS for rec in recs]
    for pr in ["High", "Medium", "Low"]:
        recs = [x for x in allrecs if x[1] == pr]
        cv.cell(r, 1, pr)
        cv.cell(r, 2, len(recs))
        cv.cell(r, 3, sum(1 for x in recs if x[5] < D(2025, 8, 31)))
        cv.cell(r, 4, sum(1 for x in recs if x[6] is not None))
        cv.cell(r, 5, sum(1 for x in recs if x[8] == "B"))
        r += 1
    cv.cell(r, 1, "Total").font = Font(bold=True)
    for c in range(2, 6):
        cv.cell(r, c, f"=SUM({get_column_letter(c)}7:{get_column_letter(c)}{r - 1})").font = Font(bold=True)
    cv.column_dimensions["A"].width = 30
    for c in "BCDE":
        cv.column_dimensions[c].width = 20

    ws = wb.create_sheet("Tracker")
    ncol = 10
    last = get_column_letter(ncol)
    ws["A1"] = FOS_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(f"A1:{last}1")
    ws["A2"] = "Position at 31 August 2025 \u2013 RAG shown by cell colour (see Key sheet)"
    ws.merge_cells(f"A2:{last}2")
    hdr = ["Rec ref", "Priority", "Recommendation", "Agreed management action", "Action owner",
           "Original due date", "Revised due date", "Extensions", "RAG", "Update (August 2025)"]
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(FILL["head"])
        cell.alignment = WRAP
        cell.border = BOX
    r = 5
    for audit, recs in FOS:
        ws.cell(r, 1, audit).font = Font(bold=True)
        for c in range(1, ncol + 1):
            ws.cell(r, c).fill = fill(FILL["theme"])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
        for ref, pr, rec, act, owner, orig, rev, ext, rag, upd in recs:
            vals = [ref, pr, rec, act, owner, orig, rev, ext, None, upd]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(r, c, v)
                cell.border = BOX
                cell.alignment = WRAP
            ws.cell(r, 6).number_format = "dd/mm/yyyy"
            ws.cell(r, 7).number_format = "dd/mm/yyyy"
            if rag:
                ws.cell(r, 9).fill = fill(FILL[rag])
            r += 1
    for c, w in enumerate([10, 9, 45, 45, 28, 12, 12, 10, 7, 40], start=1):
        ws.column_dimensions[get_column_letter(c)].width = w
    ws.freeze_panes = "A5"

    ky = wb.create_sheet("Key")
    ky["A1"] = "RAG status (cell colour)"
    ky["A1"].font = Font(bold=True)
    for i, (col, txt) in enumerate([
            ("R", "Red \u2013 past due date (original or revised) and not implemented"),
            ("A", "Amber \u2013 at risk of missing the agreed date"),
            ("G", "Green \u2013 on track to meet the agreed date"),
            ("B", "Blue \u2013 implemented, awaiting Internal Audit verification"),
            (None, "No colour \u2013 not yet started / not yet due")], start=2):
        if col:
            ky.cell(i, 1).fill = fill(FILL[col])
        ky.cell(i, 2, txt)
    ky["A8"] = "Priority"
    ky["A8"].font = Font(bold=True)
    ky["A9"], ky["B9"] = "High", "Fundamental control weakness \u2013 action within 3 months"
    ky["A10"], ky["B10"] = "Medium", "Significant weakness \u2013 action within 6 months"
    ky["A11"], ky["B11"] = "Low", "Improvement to control environment \u2013 action within 12 months"
    ky.column_dimensions["A"].width = 12
    ky.column_dimensions["B"].width = 70
    wb.save(path)


FILES = {
    "lh1-hreod-parkway-academy-post-ofsted-action-plan.docx": make_hreod,
    "lh1-brooksby-melton-college-ofsted-post-inspection-action-plan-typo-month-refuse.csv": make_bmc,
    "lh1-arden-university-ofsted-apprenticeships-piap.xlsx": make_arden,
    "lh1-nuffield-health-cheltenham-hospital-cqc-must-should-do-action-plan.xlsx": make_nuffield,
    "lh1-lostwithiel-medical-practice-cqc-inspection-action-plan.docx": make_lostwithiel,
    "lh1-priory-hospital-chelmsford-cqc-mental-health-must-should-do-action-plan.txt": make_priory,
    "lh1-financial-ombudsman-service-arc-internal-audit-recommendations-tracker.xlsx": make_fos,
}


def main():
    for name, fn in FILES.items():
        fn(os.path.join(HERE, name))
        print("wrote", name)


if __name__ == "__main__":
    main()
