"""Build the seven jh2- blind test files (set heldout302).

Run with /work/main/.venv/bin/python jh2_make.py ; writes beside this script.
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
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE, GREY = "FF0000", "FFC000", "00B050", "0070C0", "D9D9D9"


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_text(cell, text, bold=False, size=None):
    """Write text into a cell; inner '\n' become separate paragraphs."""
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


# ---------------------------------------------------------------------------
# 1. Tonbridge and Malling CSP - DHR 'Susan' action plan (docx, one big table)
# ---------------------------------------------------------------------------
DHR_TITLE = "Domestic Homicide Review into the death of \u2018Susan\u2019 \u2013 Action Plan"
DHR_SECTIONS = [
    ("Multi-agency recommendations (Overview Report)", [
        ("Tonbridge and Malling CSP to seek assurance that partner agencies have embedded routine "
         "enquiry about domestic abuse for older people, including where the abuser is an adult son or daughter.",
         "Local", [
             ("1.1", "Deliver a briefing on domestic abuse and older people to the West Kent Domestic Abuse "
                     "Forum, drawing on the learning from this review.",
              "TMBC Community Safety Manager",
              "Briefing content agreed with Review Chair; forum date confirmed.",
              "December 2024", "Completed 14/11/2024 \u2013 briefing delivered to 46 practitioners.",
              "Complete", BLUE),
             ("1.2", "Partner agencies to audit a sample of cases of victims aged 60+ to test whether routine "
                     "enquiry was made, and report the findings to the CSP.",
              "Kent Police / KCC Adult Social Care",
              "Audit tool agreed June 2025. Kent Police sample complete; KCC sample in progress.",
              "September 2025", "", "Amber", AMBER),
         ]),
        ("Kent and Medway ICB to ensure GP practices in West Kent record carers\u2019 relationships and "
         "consider coercive control when an adult child is the sole carer.",
         "Regional", [
             ("2.1", "Update the primary care safeguarding template to prompt recording of the carer\u2019s "
                     "relationship to the patient and any concerns about their behaviour.",
              "Kent and Medway ICB Designated Nurse for Safeguarding Adults",
              "Template drafted and shared with GP safeguarding leads for comment.",
              "31/12/2025", "", "Green", GREEN),
             ("2.2", "Deliver coercive control training to GP safeguarding leads across the Tonbridge and "
                     "Malling primary care networks.",
              "Kent and Medway ICB",
              "Two sessions booked (July and September 2025).",
              "Q2 2025/26", "", "Green", GREEN),
         ]),
    ]),
    ("Single agency recommendations", [
        ("Kent Police to ensure that officers attending a concern for welfare call about an older person "
         "consider whether domestic abuse is a factor, and complete a DASH risk assessment where it is.",
         "Single agency", [
             ("3.1", "Issue a Force-wide practice note on recognising domestic abuse in concern for welfare "
                     "calls involving older people.",
              "Kent Police (Head of Public Protection)",
              "Practice note published on the Force intranet.",
              "June 2024", "Completed 28/05/2024.", "Complete", BLUE),
             ("3.2", "Include the case study from this review in the Vulnerability Training Day for response "
                     "officers in West Division.",
              "Kent Police",
              "Case study included from January 2025 cohort.",
              "Ongoing", "", "Green", GREEN),
         ]),
        ("Tonbridge and Malling Borough Council Housing Options to ensure that requests to remove a family "
         "member from a home are screened for domestic abuse.",
         "Single agency", [
             ("4.1", "Add a domestic abuse screening question to the housing options triage form and train "
                     "staff in its use.",
              "TMBC Housing Options Manager",
              "Triage form updated. Staff training delayed by vacancies \u2013 now booked for October 2025.",
              "30 November 2024", "", "Red", RED),
         ]),
    ]),
]


def make_dhr():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("Tonbridge and Malling Community Safety Partnership")
    r.bold = True
    doc.add_heading(DHR_TITLE, level=1)
    doc.add_paragraph("Review reference: TMCSP DHR 02/2023. Overview Report accepted by the Home Office "
                      "Quality Assurance Panel, March 2024.")

    doc.add_paragraph("Document control").runs[0].bold = True
    dc = doc.add_table(rows=4, cols=4)
    dc.style = "Table Grid"
    for j, h in enumerate(["Version", "Date", "Author", "Changes"]):
        set_text(dc.cell(0, j), h, bold=True)
    for i, row in enumerate([
        ["1.0", "18/03/2024", "DHR Co-ordinator", "Action plan agreed by DHR Panel"],
        ["3.0", "12/03/2025", "DHR Co-ordinator", "Q4 2024/25 updates"],
        ["4.0", "18/09/2025", "DHR Co-ordinator", "Updates for CSP meeting 18 September 2025"],
    ], start=1):
        for j, v in enumerate(row):
            set_text(dc.cell(i, j), v)

    doc.add_paragraph("")
    doc.add_paragraph("RAG key: Complete \u2013 action achieved and evidenced; Green \u2013 on track; "
                      "Amber \u2013 at risk of delay; Red \u2013 overdue or not progressing.")

    heads = ["No.", "Recommendation", "Scope of recommendation", "Action to take", "Lead agency",
             "Key milestones achieved in enacting recommendation", "Target date",
             "Date of completion and outcome", "RAG"]
    n_rows = 1 + sum(1 + sum(len(rec[2]) for rec in sec[1]) for sec in DHR_SECTIONS)
    t = doc.add_table(rows=n_rows, cols=len(heads))
    t.style = "Table Grid"
    for j, h in enumerate(heads):
        set_text(t.cell(0, j), h, bold=True, size=9)
        shade(t.cell(0, j), "BDD7EE")
    i = 1
    for sec_title, recs in DHR_SECTIONS:
        band = t.cell(i, 0).merge(t.cell(i, len(heads) - 1))
        set_text(band, sec_title, bold=True, size=9)
        shade(band, GREY)
        i += 1
        for rec_text, scope, acts in recs:
            first = i
            for (ref, action, lead, milestones, target, completion, rag, fill) in acts:
                set_text(t.cell(i, 0), ref, size=9)
                set_text(t.cell(i, 3), action, size=9)
                set_text(t.cell(i, 4), lead, size=9)
                set_text(t.cell(i, 5), milestones, size=9)
                set_text(t.cell(i, 6), target, size=9)
                set_text(t.cell(i, 7), completion, size=9)
                set_text(t.cell(i, 8), rag, size=9)
                shade(t.cell(i, 8), fill)
                i += 1
            rc = t.cell(first, 1)
            sc = t.cell(first, 2)
            if i - 1 > first:
                rc = rc.merge(t.cell(i - 1, 1))
                sc = sc.merge(t.cell(i - 1, 2))
            set_text(rc, rec_text, size=9)
            set_text(sc, scope, size=9)
    doc.add_paragraph("")
    doc.add_paragraph("This action plan is monitored by the TMCSP DHR Steering Group. Completed actions "
                      "remain on the plan until the Steering Group agrees closure.")
    doc.save(out("jh2-tonbridge-malling-csp-dhr-susan-action-plan.docx"))


# ---------------------------------------------------------------------------
# 2. RBWM Safeguarding Partnership - SAR 'Mr T' (docx, table per recommendation)
# ---------------------------------------------------------------------------
SAR_TITLE = "Safeguarding Adults Review: Mr T \u2013 Action Plan"
SAR_THEMES = [
    ("Theme 1: Self-neglect and hoarding", [
        ("Recommendation 1:", " The Partnership should assure itself that the multi-agency self-neglect and "
         "hoarding protocol is understood and used by all partner agencies, including housing providers.", [
             ("1a", "Refresh the self-neglect and hoarding protocol and publish it on the Partnership website "
                    "with a one-page practitioner guide.",
              "Partnership Business Manager", "December 2024",
              "Protocol published 02/12/2024; practitioner guide circulated to all partners.", "B"),
             ("1b", "Run two multi-agency learning events on the refreshed protocol, with a specific session "
                    "for housing association staff.",
              "Partnership Business Manager\nHead of Housing (RBWM)", "Sept 2024 \u2013 March 2025",
              "Events held 21/01/2025 and 11/03/2025 (78 attendees, 19 from housing providers).", "B"),
         ]),
        ("Recommendation 2:", " Adult Social Care should ensure that mental capacity assessments for people who "
         "self-neglect consider executive functioning and are revisited when circumstances change.", [
             ("2a", "Update the Mental Capacity Act practice guidance to include executive capacity and a "
                    "prompt to reassess.",
              "Principal Social Worker (Adults)", "31/01/2025",
              "Draft guidance with Legal Services for comment; sign-off expected November 2025.", "A"),
             ("2b", "Audit 20 cases of self-neglect to check the quality of capacity assessments and report the "
                    "findings to the Quality Assurance Subgroup.",
              "Principal Social Worker (Adults) / Quality Assurance Subgroup Chair", "June 2025",
              "Audit complete; report to QA Subgroup 15 October 2025.", "G"),
         ]),
    ]),
    ("Theme 2: Hospital discharge and information sharing", [
        ("Recommendation 3:", " Frimley Health NHS Foundation Trust and Adult Social Care should ensure that "
         "discharge planning for people known to self-neglect includes a check of the home environment before "
         "discharge.", [
             ("3a", "Add a home environment prompt to the discharge checklist used at Wexham Park Hospital for "
                    "patients with a self-neglect flag.",
              "Head of Safeguarding (Frimley Health)", "TBC",
              "Not yet progressed \u2013 awaiting the Trust\u2019s new electronic patient record.", "R"),
             ("3b", "Agree a shared flag for self-neglect between the hospital and Adult Social Care case "
                    "recording systems.",
              "Head of Safeguarding (Frimley Health)\nHead of Adult Safeguarding (RBWM)", "Q1 2026/27",
              "Information governance discussions started; DPIA in draft.", "A"),
         ]),
    ]),
]


def make_sar():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    p.add_run("Royal Borough of Windsor and Maidenhead Safeguarding Partnership").bold = True
    doc.add_heading(SAR_TITLE, level=0)

    cover = doc.add_table(rows=6, cols=2)
    cover.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("Review", "Safeguarding Adults Review (Care Act 2014, s44) \u2013 Mr T"),
        ("Independent reviewer", "Independent SAR author commissioned by the Partnership"),
        ("Report published", "July 2024"),
        ("Plan owner", "SAR Subgroup, RBWM Safeguarding Partnership"),
        ("Last updated", "10 October 2025"),
        ("Status of plan", "Live \u2013 reported quarterly to the Safeguarding Adults Executive"),
    ]):
        set_text(cover.cell(i, 0), k, bold=True)
        shade(cover.cell(i, 0), "DEEAF6")
        set_text(cover.cell(i, 1), v)

    doc.add_paragraph("")
    doc.add_paragraph("RAG rating key").runs[0].bold = True
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for i, (k, v, f) in enumerate([
        ("B", "Completed and evidenced", BLUE), ("G", "On track", GREEN),
        ("A", "Some slippage \u2013 remedial plan in place", AMBER), ("R", "Significant delay / not started", RED),
    ]):
        set_text(key.cell(i, 0), k, bold=True)
        shade(key.cell(i, 0), f)
        set_text(key.cell(i, 1), v)

    fills = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    for theme, recs in SAR_THEMES:
        doc.add_heading(theme, level=1)
        for label, rec, acts in recs:
            p = doc.add_paragraph()
            p.add_run(label).bold = True
            p.add_run(rec)
            t = doc.add_table(rows=1 + len(acts), cols=6)
            t.style = "Table Grid"
            for j, h in enumerate(["Ref", "Action", "Lead", "By when", "Progress update (October 2025)", "RAG"]):
                set_text(t.cell(0, j), h, bold=True)
                shade(t.cell(0, j), "DEEAF6")
            for i, (ref, action, lead, when, prog, rag) in enumerate(acts, start=1):
                for j, v in enumerate([ref, action, lead, when, prog, rag]):
                    set_text(t.cell(i, j), v)
                shade(t.cell(i, 5), fills[rag])
            doc.add_paragraph("")

    doc.add_heading("Sign-off", level=1)
    so = doc.add_table(rows=3, cols=3)
    so.style = "Table Grid"
    for i, row in enumerate([["Role", "Name", "Date"],
                             ["Independent Chair, RBWM Safeguarding Partnership", "Signed", "14/10/2025"],
                             ["Chair, SAR Subgroup", "Signed", "14/10/2025"]]):
        for j, v in enumerate(row):
            set_text(so.cell(i, j), v, bold=(i == 0))
    doc.save(out("jh2-rbwm-safeguarding-partnership-sar-mr-t-action-plan.docx"))


# ---------------------------------------------------------------------------
# 3. Wye Valley NHS Trust - public Board action log (csv export)
# ---------------------------------------------------------------------------
BOARD_TITLE = "Wye Valley NHS Trust \u2013 Public Trust Board Action Log"
BOARD_ROWS = [
    ("AL/25/01", "03/04/2025", "TB/25/032",
     "Bring a report on the outcome of the Ward 4 nurse staffing review, including the impact of the new skill mix.",
     "CNO", "June 2025", "Blue", "Presented at June Board (item 8). Propose close."),
    ("AL/25/04", "05/06/2025", "TB/25/061",
     "Provide the Board with a breakdown of ambulance handover delays over 60 minutes by time of day and day of week.",
     "COO", "07/08/2025", "Blue", "Included in August Integrated Performance Report. Propose close."),
    ("AL/25/05", "05/06/2025", "TB/25/064",
     "Bring the revised Digital Strategy to Board for approval.",
     "Chief Digital Information Officer", "04/09/2025", "Red",
     "Deferred \u2013 awaiting publication of the ICS digital strategy so the two can be aligned."),
    ("AL/25/06", "05/06/2025", "TB/25/066",
     "Include benchmarking against peer trusts for agency spend in the Finance Report.",
     "Director of Finance", "Nov-25", "Green", "Model Hospital data requested; will be in the November report."),
    ("AL/25/08", "07/08/2025", "TB/25/089",
     "Present a joint paper on the implementation of Martha\u2019s Rule, including call-for-concern data.",
     "MD / CNO", "04/12/2025", "Green", "Scheduled for December Board."),
    ("AL/25/09", "07/08/2025", "TB/25/092",
     "Freedom to Speak Up report:\n- add themes by staff group to the quarterly report\n"
     "- confirm the timetable for refreshed FTSU training for managers",
     "Director of People & FTSU Guardian", "Jan-26", "Green", "Themes added from Q2 report."),
    ("AL/25/11", "04/09/2025", "TB/25/108",
     "Arrange a Board development session on the Herefordshire and Worcestershire ICS joint forward plan.",
     "Company Secretary", "TBC", "Amber", "Date to be agreed with the ICB."),
    ("AL/25/12", "04/09/2025", "TB/25/111",
     "Report back on the recovery trajectory for the 62-day cancer standard in urology, with the actions agreed "
     "with the Cancer Alliance.",
     "COO; Clinical Director \u2013 Surgery", "06/11/2025", "Amber",
     "Trajectory drafted; Cancer Alliance meeting on 21/10/2025."),
    ("AL/25/13", "02/10/2025", "TB/25/124",
     "Confirm that the County Hospital fire compartmentation works remain on track and reflect any slippage in "
     "the Board Assurance Framework.",
     "Director of Strategy and Planning", "Dec-25", "Green", "New action."),
]


def make_board_csv():
    with open(out("jh2-wye-valley-nhs-trust-board-public-action-log.csv"), "w", newline="",
              encoding="utf-8") as f:
        w = csv.writer(f)
        blank = [""] * 8
        w.writerow([BOARD_TITLE] + [""] * 7)
        w.writerow(["Updated following the Board meeting held on 2 October 2025"] + [""] * 7)
        w.writerow(blank)
        w.writerow(["Action No.", "Date of meeting", "Minute ref", "Action", "Lead", "Due date", "RAG",
                    "Update / comments"])
        for row in BOARD_ROWS:
            w.writerow(list(row))
        w.writerow(blank)
        w.writerow(["RAG key: Blue = complete \u2013 propose closure; Green = on track; Amber = at risk of "
                    "missing due date; Red = overdue"] + [""] * 7)
        w.writerow(["Leads: CNO = Chief Nursing Officer; COO = Chief Operating Officer; MD = Medical Director"]
                   + [""] * 7)


# ---------------------------------------------------------------------------
# 4. Chelsea and Westminster Hospital NHSFT - maternity and neonatal plan (xlsx)
# ---------------------------------------------------------------------------
MAT_TITLE = "Maternity and Neonatal Improvement Plan 2024\u20132026"
D = dt.datetime
MAT_THEMES = [
    ("Theme 1 \u2013 Listening to and working with women and families", [
        ("CQC (2023) should do: The service should ensure that complaints are responded to within the "
         "trust\u2019s target timescale.", [
             ("1.1", "Recruit a maternity patient experience midwife to triage and track complaints and concerns.",
              "Head of Midwifery", D(2024, 12, 31), None, "G", "B",
              "Post holder started 04/11/2024.", "Appointment letter; job description"),
             ("1.2", "Report complaint response times monthly to the Maternity and Neonatal Safety Champions "
                     "meeting.",
              "Maternity Quality and Governance Lead", D(2025, 3, 31), D(2025, 6, 30), "A", "G",
              "Reporting started July 2025; 78% within 25 working days in August.", "Safety Champions minutes"),
         ]),
        ("Three-year delivery plan: Co-produce services with the Maternity and Neonatal Voices Partnership "
         "(MNVP).", [
             ("1.3", "Agree a funded MNVP work plan for 2025/26 with the ICB and take part in the MNVP 15 Steps "
                     "visits at both sites.",
              "Director of Midwifery / MNVP Chair", D(2025, 5, 31), None, "G", "B",
              "Work plan agreed; 15 Steps visits held in May 2025.", "MNVP work plan; 15 Steps reports"),
         ]),
    ]),
    ("Theme 2 \u2013 Growing, retaining and supporting our workforce", [
        ("CQC (2023) must do: The service must ensure staff complete mandatory training, including PROMPT and "
         "fetal monitoring training, to meet trust targets.", [
             ("2.1", "Set up a training compliance tracker by staff group and escalate anyone more than 30 days "
                     "overdue to their line manager.",
              "Practice Development Midwife", D(2024, 11, 30), None, "B", "B",
              "Tracker in use since October 2024.", "Training tracker"),
             ("2.2", "Increase the number of PROMPT study days from 10 to 14 a year, including two at West "
                     "Middlesex University Hospital for medical staff.",
              "Consultant Obstetrician (Training Lead)", D(2025, 4, 30), D(2025, 10, 31), "A", "A",
              "12 days delivered; two further days need faculty cover.", ""),
             ("2.3", "Achieve 90% compliance with fetal monitoring training for:\n- midwives\n- obstetricians "
                     "(including resident doctors)",
              "Fetal Monitoring Lead Midwife; Fetal Monitoring Lead Obstetrician", D(2025, 3, 31),
              D(2025, 9, 30), "A", "R",
              "Midwives 91%, obstetricians 74% at 30/09/2025. Escalated to Quality Committee.", "CNST return"),
         ]),
    ]),
    ("Theme 3 \u2013 Developing and sustaining a culture of safety", [
        ("MNSI / PSIRF: Improve the timeliness of learning from patient safety incidents in maternity and "
         "neonatal services.", [
             ("3.1", "Hold a weekly maternity incident review meeting with obstetric, midwifery and neonatal "
                     "attendance.",
              "Maternity Risk Manager", D(2024, 10, 31), None, "B", "B",
              "Weekly meeting in place since September 2024.", "Terms of reference; attendance log"),
             ("3.2", "Publish a monthly \u2018Safety Matters\u2019 learning bulletin for all maternity and "
                     "neonatal staff.",
              "Maternity Risk Manager", "Monthly", None, "G", "G",
              "Bulletins issued every month since January 2025.", "Bulletins"),
             ("3.3", "Complete the Perinatal Culture and Leadership Programme quad diagnostic and share the "
                     "resulting action plan with staff.",
              "Perinatal quad", D(2025, 7, 31), None, "G", "G",
              "Diagnostic complete; listening events held in September 2025.", ""),
         ]),
    ]),
]
RAG_FILL = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def make_maternity():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = MAT_TITLE
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "Chelsea and Westminster Hospital NHS Foundation Trust \u2013 Women\u2019s, Neonatal, Children and Young People Division"
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    for r, (k, v) in enumerate([
        ("Version", "v7.0"), ("Date", "10/10/2025"), ("Plan owner", "Director of Midwifery"),
        ("Executive lead", "Chief Nursing Officer"),
        ("Reporting route", "Maternity and Neonatal Safety Champions \u2192 Quality Committee \u2192 Board"),
        ("Sources", "CQC maternity inspection 2023; Three-year delivery plan for maternity and neonatal services; "
                    "MNSI and PSIRF learning"),
    ], start=5):
        cov.cell(r, 1, k).font = Font(bold=True)
        cov.cell(r, 2, v)
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 90

    summ = wb.create_sheet("Summary")
    summ["A1"] = "Summary of current RAG by theme (position at 30 September 2025)"
    summ["A1"].font = Font(bold=True, size=12)
    heads = ["Theme", "Blue", "Green", "Amber", "Red", "Total"]
    for j, h in enumerate(heads, start=1):
        c = summ.cell(3, j, h)
        c.font = Font(bold=True)
        c.border = BOX
    tot = {"B": 0, "G": 0, "A": 0, "R": 0}
    r = 4
    for theme, finds in MAT_THEMES:
        cnt = {"B": 0, "G": 0, "A": 0, "R": 0}
        for _, acts in finds:
            for a in acts:
                cnt[a[6]] += 1
        summ.cell(r, 1, theme).border = BOX
        for j, k in enumerate("BGAR", start=2):
            summ.cell(r, j, cnt[k]).border = BOX
            tot[k] += cnt[k]
        summ.cell(r, 6, sum(cnt.values())).border = BOX
        r += 1
    summ.cell(r, 1, "Total").font = Font(bold=True)
    for j, k in enumerate("BGAR", start=2):
        summ.cell(r, j, tot[k]).font = Font(bold=True)
    summ.cell(r, 6, sum(tot.values())).font = Font(bold=True)
    summ.column_dimensions["A"].width = 65

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = "Chelsea and Westminster Hospital NHS Foundation Trust"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = MAT_TITLE
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Position at 30 September 2025 \u2013 reported to Quality Committee, October 2025"
    heads = ["Ref", "Finding / requirement", "Action", "Action owner", "Original due date", "Revised due date",
             "Previous RAG", "Current RAG", "Progress update", "Evidence"]
    hr = 5
    for j, h in enumerate(heads, start=1):
        c = ws.cell(hr, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F4E79")
        c.alignment = WRAP
        c.border = BOX
    r = hr + 1
    for theme, finds in MAT_THEMES:
        ws.cell(r, 1, theme).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(heads))
        ws.cell(r, 1).fill = fill("DDEBF7")
        r += 1
        for finding, acts in finds:
            first = r
            for (ref, action, owner, orig, rev, prev, cur, prog, evid) in acts:
                vals = [ref, None, action, owner, orig, rev, None, None, prog, evid]
                for j, v in enumerate(vals, start=1):
                    c = ws.cell(r, j, v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                ws.cell(r, 7).fill = fill(RAG_FILL[prev])
                ws.cell(r, 8).fill = fill(RAG_FILL[cur])
                r += 1
            ws.cell(first, 2, finding).alignment = WRAP
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "Key:").font = Font(bold=True)
    for j, (k, f) in enumerate([("Blue \u2013 complete", BLUE), ("Green \u2013 on track", GREEN),
                                ("Amber \u2013 at risk", AMBER), ("Red \u2013 off track / overdue", RED)],
                               start=2):
        c = ws.cell(r, j, k)
        c.fill = fill(f)
    for col, wdt in zip("ABCDEFGHIJ", [6, 40, 55, 28, 12, 12, 10, 10, 45, 28]):
        ws.column_dimensions[col].width = wdt
    ws.freeze_panes = "A6"

    key = wb.create_sheet("Key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (k, v, f) in enumerate([
        ("Blue", "Action complete and evidence provided", BLUE),
        ("Green", "On track to be delivered by the due date", GREEN),
        ("Amber", "At risk of missing the due date; mitigation in place", AMBER),
        ("Red", "Off track or overdue; escalated", RED)], start=2):
        key.cell(i, 1, k).fill = fill(f)
        key.cell(i, 2, v)
    wb.active = 2
    wb.save(out("jh2-chelsea-westminster-hospital-nhsft-maternity-neonatal-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 5. Melton BC - corporate risk register Q3 2025/26 (xlsx, merged risk cells)
# ---------------------------------------------------------------------------
RISK_TITLE = "Melton Borough Council Corporate Risk Register \u2013 Quarter 3 2025/26"
RISKS = [
    ("CR1 Financial sustainability", "Director for Corporate Services", "16 (4x4)", "12 (3x4)", "\u2194",
     "MTFS approved Feb 2025; monthly budget monitoring; general reserve above minimum level.", [
         ("1.1", "Deliver the 2026/27 budget savings programme of \u00a3750k, with monthly monitoring at Senior "
                 "Leadership Team.", "Director for Corporate Services", "Feb-26", "On track",
          "\u00a3520k identified; remaining proposals go to Cabinet in January."),
         ("1.2", "Refresh the Medium Term Financial Strategy to reflect the outcome of the Fair Funding Review.",
          "Assistant Director for Resources", "31/03/2026", "On track",
          "Provisional settlement analysed; MTFS refresh under way."),
     ]),
    ("CR2 Local Government Reorganisation (LGR)", "Chief Executive", "16 (4x4)", "16 (4x4)", "\u2191",
     "Leicestershire chief executives\u2019 group meets weekly; member briefings.", [
         ("2.1", "Submit the joint proposal of the Leicestershire district councils to government and brief "
                 "all members.", "Chief Executive", "Nov-25", "Complete", "Proposal submitted 28/11/2025."),
         ("2.2", "Set up an LGR programme board and risk log with partner councils.",
          "Chief Executive / Director for Growth and Regeneration", "Jan-26", "On track",
          "Terms of reference drafted."),
         ("2.3", "Agree a staff communications plan covering the period to vesting day.",
          "Assistant Director for HR and Organisational Development", "Mar-26", "Not started",
          "Awaiting government decision on the preferred option."),
     ]),
    ("CR3 Compliance with the Regulator of Social Housing Consumer Standards", "Director for Housing and Communities",
     "12 (3x4)", "9 (3x3)", "\u2193",
     "Compliance dashboard reported monthly; tenant satisfaction measures published.", [
         ("3.1", "Complete the outstanding fire risk assessment remedial actions at sheltered housing schemes.",
          "Assistant Director for Housing Management", "Dec-25", "Slipped",
          "31 of 38 actions complete; contractor capacity issue at two schemes."),
         ("3.2", "Complete stock condition surveys for 100% of council homes and load the data into the asset "
                 "management system.", "Housing Assets Manager", "June 2026", "On track", "72% surveyed."),
     ]),
    ("CR4 Cyber security", "Assistant Director for Customer Services and Transformation", "16 (4x4)", "8 (2x4)",
     "\u2194", "Firewalls, MFA for all users, offline back-ups, Cyber Assessment Framework self-assessment.", [
         ("4.1", "Achieve PSN compliance re-certification and complete the annual penetration test.",
          "Head of Digital and ICT", "Jan-26", "On track", "Penetration test booked for 12 January."),
         ("4.2", "Run cyber awareness e-learning for all staff and members, with a phishing simulation each "
                 "quarter.", "Head of Digital and ICT", "Quarterly", "On track",
          "Q3 simulation: 4% click rate (Q2 7%)."),
     ]),
]
STATUS_FILL = {"Complete": BLUE, "On track": GREEN, "Slipped": AMBER, "Not started": None}


def score_fill(s):
    n = int(s.split()[0])
    return RED if n >= 12 else AMBER if n >= 6 else GREEN


def make_risk():
    wb = Workbook()
    ws = wb.active
    ws.title = "Corporate Risk Register"
    ws["A1"] = RISK_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position as at 31 December 2025. Reported to Governance Committee, 4 February 2026."
    ws["A3"] = ("Risk score = Likelihood x Impact (each 1\u20134). 12\u201316 High (red); 6\u20139 Medium (amber); "
                "1\u20134 Low (green). Direction of travel: \u2191 increasing, \u2194 no change, \u2193 reducing.")
    ws["A4"] = ("Action status: Complete = blue; On track = green; Slipped = amber; Off track = red; "
                "Not started = no colour.")
    heads = ["Risk", "Risk owner", "Inherent score", "Current score", "Direction of travel",
             "Key controls in place", "Action No.", "Further actions required", "Action lead", "Target date",
             "Action status", "Q3 progress"]
    hr = 6
    for j, h in enumerate(heads, start=1):
        c = ws.cell(hr, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("305496")
        c.alignment = WRAP
        c.border = BOX
    r = hr + 1
    for (risk, owner, inh, cur, trend, controls, acts) in RISKS:
        first = r
        for (no, action, lead, target, status, prog) in acts:
            for j, v in enumerate([no, action, lead, target, status, prog], start=7):
                c = ws.cell(r, j, v)
                c.alignment = WRAP
                c.border = BOX
            if STATUS_FILL[status]:
                ws.cell(r, 11).fill = fill(STATUS_FILL[status])
            r += 1
        for j, v in enumerate([risk, owner, inh, cur, trend, controls], start=1):
            c = ws.cell(first, j, v)
            c.alignment = WRAP
            c.border = BOX
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=j, end_row=r - 1, end_column=j)
        ws.cell(first, 3).fill = fill(score_fill(inh))
        ws.cell(first, 4).fill = fill(score_fill(cur))
    for col, wdt in zip("ABCDEFGHIJKL", [30, 24, 10, 10, 10, 40, 8, 50, 30, 11, 12, 40]):
        ws.column_dimensions[col].width = wdt

    hm = wb.create_sheet("Risk matrix")
    hm["A1"] = "Current risk scores plotted on the 4x4 matrix"
    hm["A1"].font = Font(bold=True)
    hm["A3"] = "Likelihood \u2193 / Impact \u2192"
    for j in range(1, 5):
        hm.cell(3, j + 1, j).font = Font(bold=True)
    placed = {(3, 4): "CR1", (4, 4): "CR2", (3, 3): "CR3", (2, 4): "CR4"}
    for li, L in enumerate([4, 3, 2, 1]):
        hm.cell(4 + li, 1, L).font = Font(bold=True)
        for I in range(1, 5):
            c = hm.cell(4 + li, I + 1, placed.get((L, I), ""))
            c.fill = fill(score_fill(str(L * I)))
            c.border = BOX
    wb.save(out("jh2-melton-bc-corporate-risk-register-q3-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 6. Charnwood BC - transformation highlight report (xlsx) - REFUSE (typo month)
# ---------------------------------------------------------------------------
HL_TITLE = "Transformation Programme \u2013 Highlight Report"
HL_WORKSTREAMS = [
    ("Customer Access and Digital", "Head of Customer Experience", "G", "A",
     "Website relaunch slipped by four weeks; online forms on track."),
    ("Workforce and Ways of Working", "Head of Strategic HR", "G", "G", "Hybrid working policy adopted."),
    ("Assets and Accommodation", "Head of Strategic Asset Management", "A", "A",
     "Southfields office rationalisation business case delayed."),
    ("Commercial and Income", "Head of Finance", "G", "G", "Fees and charges review complete."),
]
HL_MILESTONES = [
    ("T1", "Customer Access and Digital", "Launch the new council website on the new content management system.",
     "Head of Customer Experience", "Oct 2025", "Nov 2025", "Complete", "Live 17 November."),
    ("T2", "Customer Access and Digital", "Move the top 20 customer transactions to online forms linked to the CRM.",
     "Digital Services Manager", "Dec 2025", "Dec 2025", "On track", "14 of 20 live."),
    ("T3", "Customer Access and Digital", "Introduce a telephony IVR with call-back for Revenues and Benefits.",
     "Head of Customer Experience", "Jan 2026", "Mar 2026", "At risk", "Supplier change request under review."),
    ("T4", "Workforce and Ways of Working", "Roll out the new manager development programme to all team leaders.",
     "Head of Strategic HR", "Feb 2026", "Feb 2026", "On track", "Cohort 1 started."),
    ("T5", "Workforce and Ways of Working", "Implement the new HR and payroll self-service system.",
     "Head of Strategic HR / ICT Manager", "Dec 2025", "Janaury 2026", "At risk",
     "Data migration testing found issues with historic absence records."),
    ("T6", "Assets and Accommodation", "Present the Southfields office rationalisation business case to Cabinet.",
     "Head of Strategic Asset Management", "Nov 2025", "Feb 2026", "Delayed",
     "Awaiting valuation advice on the vacated floor."),
    ("T7", "Assets and Accommodation", "Complete the depot condition survey and options appraisal.",
     "Facilities Manager", "Mar 2026", "Mar 2026", "On track", "Surveyor appointed."),
    ("T8", "Commercial and Income", "Bring the fees and charges review for 2026/27 to Cabinet.",
     "Head of Finance", "Dec 2025", "Dec 2025", "On track", "Report published for Cabinet on 11 December."),
]
HL_STATUS_FILL = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Delayed": RED}


def make_highlight():
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    ws["A1"] = "Charnwood Borough Council"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = HL_TITLE
    ws["A2"].font = Font(bold=True, size=14)
    for r, (k1, v1, k2, v2) in enumerate([
        ("Reporting period:", "November 2025", "Report date:", "03/12/2025"),
        ("Senior Responsible Owner:", "Chief Executive", "Programme Manager:", "Transformation Programme Manager"),
    ], start=3):
        ws.cell(r, 1, k1).font = Font(bold=True)
        ws.cell(r, 2, v1)
        ws.cell(r, 4, k2).font = Font(bold=True)
        ws.cell(r, 5, v2)
    ws.cell(5, 1, "Overall programme RAG:").font = Font(bold=True)
    ws.cell(5, 2, "Amber").fill = fill(AMBER)

    r = 7
    ws.cell(r, 1, "1. Workstream summary").font = Font(bold=True, size=12)
    r += 1
    for j, h in enumerate(["Workstream", "Workstream lead", "Previous RAG", "Current RAG", "Summary"], start=1):
        c = ws.cell(r, j, h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.border = BOX
    r += 1
    for (name, lead, prev, cur, summ) in HL_WORKSTREAMS:
        for j, v in enumerate([name, lead, prev, cur, summ], start=1):
            ws.cell(r, j, v).border = BOX
        ws.cell(r, 3).fill = fill(RAG_FILL[prev])
        ws.cell(r, 4).fill = fill(RAG_FILL[cur])
        r += 1

    r += 1
    ws.cell(r, 1, "2. Key milestones and actions").font = Font(bold=True, size=12)
    r += 1
    mheads = ["Ref", "Workstream", "Milestone / action", "Owner", "Baseline date", "Forecast date", "Status",
              "Commentary"]
    for j, h in enumerate(mheads, start=1):
        c = ws.cell(r, j, h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.border = BOX
    r += 1
    typo_row = None
    for m in HL_MILESTONES:
        for j, v in enumerate(m, start=1):
            c = ws.cell(r, j, v)
            c.border = BOX
            c.alignment = WRAP
        ws.cell(r, 7).fill = fill(HL_STATUS_FILL[m[6]])
        if m[5] == "Janaury 2026":
            typo_row = r
        r += 1
    ws.cell(r, 1, "Status key: Complete (blue) | On track (green) | At risk (amber) | Delayed (red)").font = \
        Font(italic=True)
    r += 2

    ws.cell(r, 1, "3. Top risks and issues").font = Font(bold=True, size=12)
    r += 1
    for j, h in enumerate(["Ref", "Risk / issue", "Impact", "Mitigation", "Owner"], start=1):
        c = ws.cell(r, j, h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.border = BOX
    r += 1
    for row in [
        ("R1", "Capacity of ICT team to support several go-lives in Q4", "High",
         "Stagger go-lives; use framework contractor for testing", "ICT Manager"),
        ("I1", "Historic absence data quality in the HR system", "Medium",
         "Data cleanse by HR officers before final migration", "Head of Strategic HR"),
    ]:
        for j, v in enumerate(row, start=1):
            ws.cell(r, j, v).border = BOX
        r += 1
    r += 1
    ws.cell(r, 1, "4. Decisions required from Programme Board").font = Font(bold=True, size=12)
    r += 1
    ws.cell(r, 1, "Agree the revised go-live date for the HR and payroll self-service system.")

    for col, wdt in zip("ABCDEFGH", [26, 30, 45, 32, 14, 14, 12, 45]):
        ws.column_dimensions[col].width = wdt

    ben = wb.create_sheet("Benefits")
    ben["A1"] = "Cashable benefits by workstream (\u00a3000)"
    ben["A1"].font = Font(bold=True)
    for j, h in enumerate(["Workstream", "2025/26 target", "2025/26 forecast", "2026/27 target"], start=1):
        ben.cell(3, j, h).font = Font(bold=True)
    rows = [("Customer Access and Digital", 120, 95, 210), ("Workforce and Ways of Working", 60, 60, 90),
            ("Assets and Accommodation", 80, 40, 150), ("Commercial and Income", 150, 165, 180)]
    for i, row in enumerate(rows, start=4):
        for j, v in enumerate(row, start=1):
            ben.cell(i, j, v)
    ben.cell(8, 1, "Total").font = Font(bold=True)
    for j in range(2, 5):
        ben.cell(8, j, sum(r_[j - 1] for r_ in rows)).font = Font(bold=True)
    ben.column_dimensions["A"].width = 34
    wb.save(out("jh2-charnwood-bc-transformation-programme-highlight-report-typo-month-refuse.xlsx"))
    return typo_row


# ---------------------------------------------------------------------------
# 7. Watford CSP - Partnership Plan 2025-26 action plan (tab-separated .txt)
# ---------------------------------------------------------------------------
CSP_TITLE = ("Watford Community Safety Partnership \u2013 Partnership Plan 2025-26: Action Plan "
             "(Quarter 2 update)")
CSP_PRIORITIES = [
    ("PRIORITY 1: Anti-social behaviour and neighbourhood crime", [
        ("Objective 1.1 \u2013 Reduce repeat anti-social behaviour in the town centre and Meriden", [
            ("1.1.1", "Run monthly multi-agency ASB case review meetings for repeat victims and locations.",
             "Watford BC Community Safety Team; Hertfordshire Constabulary", "Monthly", "G",
             "Meetings held every month; 34 cases reviewed in Q1-Q2.", None),
            ("1.1.2", "Renew the town centre Public Spaces Protection Order (PSPO) following public consultation.",
             "Watford BC Community Protection", "Oct 2025", "Complete",
             "PSPO renewed by Cabinet on 6 October 2025.", None),
        ]),
        ("Objective 1.2 \u2013 Reduce shoplifting and retail crime", [
            ("1.2.1", "Launch a Business Crime Reduction Partnership with town centre retailers and the Watford "
                      "BID, including a shared radio and offender exclusion scheme.",
             "Watford BID & Herts Police", "Apr 2025 \u2013 Mar 2026", "A",
             "Partnership launched in June; 23 retailers signed up.",
             "Radio scheme delayed to January 2026 pending funding from the PCC."),
        ]),
    ]),
    ("PRIORITY 2: Violence against women and girls and domestic abuse", [
        ("Objective 2.1 \u2013 Make the night-time economy safer for women and girls", [
            ("2.1.1", "Extend Ask for Angela and WAVE training to all licensed premises in the town centre.",
             "Watford BC Licensing", "31/12/2025", "G", "41 of 58 premises trained.", None),
            ("2.1.2", "Fund a Safe Space in the town centre on Friday and Saturday nights, staffed by street "
                      "pastors and volunteers.",
             "Watford BC Community Safety Team", "Sept 2025", "Complete",
             "Safe Space open since 5 September 2025.", None),
        ]),
        ("Objective 2.2 \u2013 Improve the response to domestic abuse", [
            ("2.2.1", "Deliver domestic abuse awareness training to frontline housing and customer services staff.",
             "Watford BC Housing; Watford Women\u2019s Centre", "Mar-26", "A",
             "First session held; second delayed by trainer availability.", None),
            ("2.2.2", "Review learning from domestic homicide reviews published in Hertfordshire and report the "
                      "themes to the CSP.",
             "Community Safety Manager", "Ongoing", "G", "Themes report to CSP Board in November.", None),
        ]),
    ]),
    ("PRIORITY 3: Serious violence and exploitation", [
        ("Objective 3.1 \u2013 Prevent young people being drawn into serious violence and county lines", [
            ("3.1.1", "Deliver the Watford actions in the Hertfordshire Serious Violence Duty strategy.",
             "Herts Police (Watford Community Safety Unit)", "March 2026", "G",
             "Actions on track; knife arch operations held in July and September.", None),
            ("3.1.2", "Run detached youth work sessions in the hotspot areas identified in the serious violence "
                      "strategic needs assessment.",
             "Hertfordshire County Council Youth Service", "Nov 2025", "R",
             "Only 4 of 12 sessions delivered due to staff shortages.", None),
        ]),
    ]),
]


def make_csp():
    lines = [CSP_TITLE, "Position at 30 September 2025", "",
             "Ref\tAction\tLead partner(s)\tTimescale\tRAG\tQ2 progress update"]
    for pri, objs in CSP_PRIORITIES:
        lines.append(pri + "\t\t\t\t\t")
        for obj, acts in objs:
            lines.append(obj + "\t\t\t\t\t")
            for (ref, action, lead, when, rag, upd, cont) in acts:
                lines.append("\t".join([ref, action, lead, when, rag, upd]))
                if cont:
                    lines.append("\t\t\t\t\t" + cont)
        lines.append("")
    lines.append("RAG: G = on track; A = some delay; R = significant delay or at risk; "
                 "Complete = action achieved")
    lines.append("Plan owner: Watford Community Safety Partnership Board. Next update: January 2026.")
    with open(out("jh2-watford-csp-partnership-plan-2025-26-action-plan.txt"), "w", encoding="utf-8",
              newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_dhr()
    make_sar()
    make_board_csv()
    make_maternity()
    make_risk()
    row = make_highlight()
    make_csp()
    print("typo row in highlight report:", row)
