"""Build the seven if1- data files of set heldout274.

Run with /work/main/.venv/bin/python if1_make.py (writes beside this script).
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


# ---------------------------------------------------------------- helpers
def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for r in p.runs:
                r.bold = True


DOCX_RAG = {"R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0"}
XL_FILL = {
    "R": PatternFill("solid", fgColor="FFFF0000"),
    "A": PatternFill("solid", fgColor="FFFFC000"),
    "G": PatternFill("solid", fgColor="FF00B050"),
    "B": PatternFill("solid", fgColor="FF0070C0"),
}
GREY = PatternFill("solid", fgColor="FFD9D9D9")
HEAD = PatternFill("solid", fgColor="FF1F3864")
THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def xl_header(ws, row, values):
    for i, v in enumerate(values, start=1):
        c = ws.cell(row=row, column=i, value=v)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = HEAD
        c.alignment = WRAP
        c.border = BOX


def xl_row(ws, row, values, datefmt="dd/mm/yyyy"):
    for i, v in enumerate(values, start=1):
        if v is None:
            c = ws.cell(row=row, column=i)
        else:
            c = ws.cell(row=row, column=i, value=v)
        c.alignment = WRAP
        c.border = BOX
        if isinstance(v, (dt.date, dt.datetime)):
            c.number_format = datefmt


def xl_band(ws, row, text, ncols):
    ws.cell(row=row, column=1, value=text)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
    c = ws.cell(row=row, column=1)
    c.font = Font(bold=True)
    c.fill = GREY
    c.alignment = Alignment(vertical="center")


# =================================================================== 1
# School: Oasis Academy Hadley post-Ofsted action plan (docx)
def make_oasis():
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Oasis Academy Hadley: Post-Ofsted Action Plan 2024–25", style="Title")
    doc.add_paragraph(
        "Inspection dates: 5 and 6 March 2024 | Overall effectiveness: Requires improvement | "
        "Plan agreed by the Local Academy Council: 22 April 2024"
    )

    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, ["Version", "Date", "Author", "Changes"]):
        c.text = v
    bold_row(t.rows[0])
    for r in [
        ["1.0", "22/04/2024", "Principal", "First version agreed by the Local Academy Council"],
        ["1.1", "03/06/2024", "Vice Principal (Quality of Education)", "Monitoring column added"],
        ["1.2", "08/07/2024", "Vice Principal (Quality of Education)", "RAG updated for Summer 2 review"],
    ]:
        cells = t.add_row().cells
        for c, v in zip(cells, r):
            c.text = v

    doc.add_paragraph("RAG key", style="Heading 2")
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for code, meaning in [
        ("R", "Not started / significant concern"),
        ("A", "Under way – some slippage"),
        ("G", "On track"),
        ("B", "Completed and impact seen"),
    ]:
        cells = k.add_row().cells
        shade(cells[0], DOCX_RAG[code])
        cells[1].text = meaning

    header = ["Ref", "Action", "Lead", "Timescale", "Success criteria", "Monitoring", "RAG (July 2024)"]
    priorities = [
        (
            "Priority 1: Curriculum in the foundation subjects",
            "In some foundation subjects, leaders have not identified precisely the important knowledge "
            "that pupils should learn and when. Leaders should ensure that the curriculum in these subjects "
            "is sequenced carefully so that pupils build their knowledge securely over time.",
            [
                ("1.1", "Subject leaders for history, geography, art and music to rewrite long-term plans "
                 "identifying the essential knowledge for each year group from Year 7 to Year 11.",
                 "Vice Principal (Quality of Education)", "Summer term 2024",
                 "Revised plans published on the academy website; knowledge organisers in use in all year groups.",
                 "LAC Standards Committee – June 2024", "B"),
                ("1.2", "Trust subject networks to quality assure the revised plans and give written feedback "
                 "to each subject leader.",
                 "Regional Director of Education / Subject leaders", "Sept 2024 – Oct 2024",
                 "Feedback acted on; plans signed off by the Regional Director of Education.",
                 "Principal’s report to LAC – November 2024", "G"),
                ("1.3", "Weekly CPD sessions on retrieval practice and checking for understanding, followed by "
                 "drop-ins from the SLT link for each department.",
                 "SP / JMc", "Autumn term 2024",
                 "Drop-ins show retrieval practice in at least 80% of foundation lessons.",
                 "SLT quality assurance calendar", "G"),
                ("1.4", "Introduce end-of-unit low-stakes quizzes in foundation subjects and analyse the results "
                 "each half term to identify gaps in pupils’ knowledge.",
                 "Subject leaders", "Half-termly",
                 "Quiz analysis used to re-teach gaps; fewer pupils below expected by end of year.",
                 "Department review meetings", "A"),
            ],
        ),
        (
            "Priority 2: Behaviour and attitudes at social times",
            "Leaders have not ensured that the behaviour policy is applied consistently, particularly at "
            "breaktimes and lunchtimes. Leaders should ensure that all staff apply the policy consistently so "
            "that pupils’ conduct around the site is calm and orderly.",
            [
                ("2.1", "Relaunch the Behaviour for Learning policy with all staff, including lunchtime "
                 "supervisors, and publish a one-page ‘non-negotiables’ guide.",
                 "Assistant Principal (Behaviour and Attitudes)", "April 2024",
                 "All staff briefed; guide displayed in every classroom and staffroom.",
                 "Staff voice survey – May 2024", "B"),
                ("2.2", "Introduce a duty rota with named staff at each hotspot (canteen, Year 7 yard, main "
                 "stairwell) and review incident logs weekly.",
                 "Head of Year 7; Head of Year 8", "From April 2024 – July 2024",
                 "Incidents at social times down by 30% compared with spring term.",
                 "Weekly pastoral line management", "B"),
                ("2.3", "Train the pastoral team in restorative conversations and track repeat incidents on "
                 "CPOMS for pupils with three or more logged incidents.",
                 "Pastoral Manager", "Autumn term 2024",
                 "Repeat incidents reduced; fewer suspensions than 2023–24.",
                 "LAC Standards Committee – December 2024", "A"),
            ],
        ),
        (
            "Priority 3: Attendance",
            "Too many pupils, including disadvantaged pupils, are persistently absent. Leaders should continue "
            "to work with families to improve attendance so that pupils do not miss out on their learning.",
            [
                ("3.1", "Appoint an Attendance and Family Liaison Officer and set up first-day calling and home "
                 "visits for pupils whose attendance is below 90%.",
                 "Principal", "May 2024",
                 "Officer in post; first-day calling in place every day.",
                 "Principal’s report to LAC", "B"),
                ("3.2", "Hold fortnightly attendance panel meetings with the Enfield attendance team to agree "
                 "support and, where needed, legal action.",
                 "Attendance and Family Liaison Officer / Local authority EWO", "Ongoing",
                 "Persistent absence below 20% by July 2025.",
                 "Fortnightly panel minutes", "G"),
                ("3.3", "Report attendance of disadvantaged pupils to the LAC each half term against the target "
                 "of 92% by July 2025.",
                 "Vice Principal (Inclusion)", "Summer term 2025",
                 "Gap between disadvantaged pupils and others narrows each half term.",
                 "LAC – each meeting", "R"),
            ],
        ),
    ]
    for heading, recommendation, rows in priorities:
        doc.add_paragraph(heading, style="Heading 2")
        p = doc.add_paragraph()
        p.add_run("What the school needs to do to improve (Ofsted, March 2024)").bold = True
        q = doc.add_paragraph()
        q.add_run(recommendation).italic = True
        t = doc.add_table(rows=1, cols=len(header))
        t.style = "Table Grid"
        for c, v in zip(t.rows[0].cells, header):
            c.text = v
        bold_row(t.rows[0])
        for ref, action, lead, when, success, monitor, rag in rows:
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, action, lead, when, success, monitor, ""]):
                c.text = v
            shade(cells[6], DOCX_RAG[rag])
        doc.add_paragraph("")

    doc.add_paragraph(
        "Notes: The plan is reviewed half-termly by the Local Academy Council Standards Committee and by the "
        "Oasis Community Learning Regional Director. Next review: 10 July 2024."
    )
    doc.save(out("if1-oasis-academy-hadley-post-ofsted-action-plan.docx"))


# =================================================================== 2
# College: USP College PIAP, CSV export with a mistyped month (refuse)
def make_usp():
    afi1 = ("Leaders should ensure that adult learners on ESOL courses receive clear feedback that helps "
            "them improve their written English.")
    afi2 = ("Leaders should ensure that apprentices in engineering and construction receive timely and "
            "useful careers information about their next steps.")
    afi3 = ("Governors should receive more detailed information about the quality of high needs provision "
            "so that they can challenge leaders effectively.")
    afi4 = ("Teachers on study programmes should plan more opportunities for learners to develop their "
            "English and mathematics skills in vocational lessons.")
    blank = [""] * 8
    rows = [
        ["USP College – Ofsted Post-Inspection Action Plan (PIAP) 2024/25"] + blank,
        ["Inspection 14–17 May 2024 | Overall effectiveness: Good | Report published 3 July 2024"] + blank,
        ["Exported from ProMonitor 03/02/2025"] + blank,
        [""] * 9,
        ["AFI", "Area for improvement (Ofsted)", "Action No", "Action", "Owner", "Target date",
         "Revised date", "RAG", "Progress"],
        ["1", afi1, "1.1",
         "Introduce a common written feedback code for ESOL tutors, with a 'next steps' target on every "
         "marked piece of work.",
         "Head of Adult and Community Learning", "Oct-24", "", "B",
         "Feedback code launched 9 September 2024; work scrutiny in November found it used in 94% of books."],
        ["1", afi1, "1.2",
         "Termly work scrutiny of ESOL learners' writing by curriculum managers, with findings fed into "
         "tutor CPD.",
         "ESOL Curriculum Manager", "Termly", "", "G",
         "Autumn scrutiny complete; spring scrutiny planned for March."],
        ["2", afi2, "2.1",
         "Careers adviser to attend every Level 3 engineering and construction progress review in the final "
         "six months of the apprenticeship.",
         "Head of Careers and Progression", "Dec-24", "Mar-25", "A",
         "Adviser attended 60% of reviews; second adviser starts in February."],
        ["2", afi2, "2.2",
         "Hold an employer and alumni careers event for apprentices each spring.",
         "Apprenticeships Manager / Head of Careers and Progression", "Apr-25", "", "G",
         "Venue booked for 24 April 2025."],
        ["3", afi3, "3.1",
         "Add a high needs section to the termly Quality and Standards report to the Curriculum and Quality "
         "Committee.",
         "Vice Principal Quality", "Nov-24", "", "B",
         "Included from the November 2024 committee."],
        ["3", afi3, "3.2",
         "Link governor for SEND to complete a learning walk of the Foundation Learning area each term.",
         "Clerk to the Corporation", "Jnue-25", "", "G",
         "First learning walk took place on 15 January 2025."],
        ["4", afi4, "4.1",
         "Map English and maths skills into every study programme scheme of work and share good practice at "
         "the January staff development day.",
         "Head of English and Maths", "Jan-25", "", "A",
         "Schemes of work mapped in 9 of 12 curriculum areas."],
        ["4", afi4, "4.2",
         "Include English and maths in vocational lesson observations and report the findings to the Quality "
         "Improvement Board.",
         "Curriculum Directors", "Jul-25", "", "G",
         "Added to the observation form from January 2025."],
        [""] * 9,
        ["Key: B = complete; G = on track; A = some slippage; R = off track"] + blank,
    ]
    with open(out("if1-usp-college-ofsted-post-inspection-action-plan-typo-month-refuse.csv"), "w",
              newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# =================================================================== 3
# University apprenticeships: UWE Bristol PIAP, tab-separated text export
def make_uwe():
    ncol = 6
    lines = [
        "UWE Bristol – Apprenticeships Post-Inspection Action Plan (Ofsted inspection 21–24 November 2023)",
        "Position at 31 January 2025 – for the Apprenticeship Quality Board, 12 February 2025",
        "Status key: Complete | On track (green) | Slipping (amber) | Off track (red)",
        "",
        "\t".join(["Ref", "Action", "Responsible", "Target date", "Status", "Progress update (January 2025)"]),
    ]

    def heading(text):
        lines.append(text + "\t" * (ncol - 1))

    def row(*cells):
        lines.append("\t".join(cells))

    heading("Recommendation 1: Leaders should ensure that all apprentices receive a thorough initial assessment "
            "of their existing knowledge, skills and behaviours so that their training plans are individualised.")
    row("1.1", "Revise the initial skills scan for all Level 6 and 7 standards so that it records prior learning "
        "against each KSB, with tutor and employer sign-off.",
        "Director of Apprenticeships", "31/03/2024", "Complete",
        "New skills scan live in Aptem for all starts from April 2024.")
    row("1.2", "Adjust planned off-the-job hours and programme duration where prior learning is identified, and "
        "record the adjustment on the commitment statement.",
        "Programme leaders (all standards)", "July 2024", "Complete",
        "Sample of 40 files checked by the Apprenticeship Quality Team in September 2024; 38 compliant.")
    row("1.3", "Audit a sample of training plans each term to check that individual starting points are reflected.",
        "Apprenticeship Quality Manager / Compliance Officer", "Ongoing (termly)", "On track",
        "Spring audit scheduled for March 2025.")
    heading("Recommendation 2: Leaders should make sure that progress reviews are used effectively to plan "
            "on- and off-the-job training, and that employers contribute fully to them.")
    row("2.1", "Introduce a tripartite review template with a mandatory employer section and agreed targets for "
        "the next 12 weeks.",
        "Associate Dean (Apprenticeships), College of Health, Science and Society", "Sept 2024", "Complete",
        "Template in use across all faculties since 16 September 2024.")
    row("2.2", "Train all workplace tutors in setting targets that link on- and off-the-job learning.",
        "Dr Helen Marsh and Tom Okafor", "Sept 2024 – Jan 2025", "Slipping",
        "3 of 5 sessions delivered; the remaining two moved to February because of staff absence.")
    row("2.3", "Report the percentage of reviews held on time, by faculty, to every Apprenticeship Quality Board.",
        "Head of Apprenticeship Operations", "Each Board meeting", "On track",
        "Reported in November 2024 (81%) and February 2025.")
    heading("Recommendation 3: Leaders should ensure that apprentices receive impartial careers advice and "
            "guidance that helps them plan their next steps beyond their apprenticeship.")
    row("3.1", "Agree a careers offer for apprentices with UWE Careers and Enterprise, including a one-to-one "
        "guidance appointment in the final year.",
        "Head of Careers and Enterprise", "30/06/2024", "Complete",
        "Offer published on the apprentice hub in June 2024.")
    row("3.2", "Add a careers and next-steps discussion to the final two progress reviews before gateway.",
        "Programme leaders (all standards)", "31 December 2024", "Off track",
        "Template change agreed but not yet live in Aptem; new date to be agreed with IT.")
    row("3.3", "Survey apprentices at end-point assessment about how useful they found the careers support.",
        "Apprenticeship Quality Manager", "June 2025", "On track",
        "Survey questions agreed with the Students' Union.")
    lines += [
        "",
        "Summary: 9 actions – Complete 4, On track 3, Slipping 1, Off track 1",
        "Prepared by: Apprenticeship Quality Team, Academic Services",
    ]
    with open(out("if1-uwe-bristol-ofsted-apprenticeships-piap.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# =================================================================== 4
# Acute hospital: Buckinghamshire Healthcare NHS Trust CQC must/should do (xlsx)
def make_bucks():
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = ("Buckinghamshire Healthcare NHS Trust – CQC Inspection Action Plan: "
                "Must Do and Should Do Actions")
    cv["A1"].font = Font(bold=True, size=14)
    cv["A2"] = ("Inspection: urgent and emergency care and medical care (core services), 11–12 June 2024; "
                "well-led 9–11 July 2024. Report published 17 October 2024.")
    cv["A3"] = ("Version 2.3 – position at 28 February 2025 – reported to the Quality and Clinical Governance "
                "Committee, 19 March 2025")
    cv["A5"] = "BRAG key"
    cv["A5"].font = Font(bold=True)
    for i, (code, meaning) in enumerate([
        ("B", "Complete – evidence reviewed and accepted by the CQC Compliance Group"),
        ("G", "On track to deliver by the due date"),
        ("A", "At risk of missing the due date"),
        ("R", "Overdue / off track"),
    ]):
        c = cv.cell(row=6 + i, column=1, value=code)
        c.fill = XL_FILL[code]
        cv.cell(row=6 + i, column=2, value=meaning)
    cv["A11"] = "Summary"
    cv["A11"].font = Font(bold=True)
    summary = [
        ["Type", "Total", "B", "G", "A", "R"],
        ["Must do", 5, 2, 1, 1, 1],
        ["Should do", 4, 1, 2, 1, 0],
        ["Total", 9, 3, 3, 2, 1],
    ]
    for i, r in enumerate(summary):
        for j, v in enumerate(r):
            c = cv.cell(row=12 + i, column=1 + j, value=v)
            c.border = BOX
            if i in (0, 3):
                c.font = Font(bold=True)
    cv.column_dimensions["A"].width = 14
    cv.column_dimensions["B"].width = 70

    # ---- Must do
    md = wb.create_sheet("Must do")
    hdr = ["Ref", "Must do (CQC report)", "Regulation", "Action", "Lead", "Original due date",
           "Revised due date", "Previous BRAG (Jan 25)", "Current BRAG (Feb 25)", "Progress update / evidence"]
    xl_header(md, 1, hdr)
    n = len(hdr)
    xl_band(md, 2, "Urgent and emergency care – Stoke Mandeville Hospital", n)
    must1 = ("The trust must ensure that patients in the emergency department are assessed by a clinician within "
             "15 minutes of arrival in line with national guidance.")
    xl_row(md, 3, ["MD1.1", must1, "Reg 12(2)(a)",
                   "Introduce a dedicated streaming and triage nurse at the front door 08:00–02:00, seven days "
                   "a week.",
                   "Divisional Director of Nursing (Integrated Medicine)", dt.datetime(2024, 12, 31), None,
                   "B", "B", "Rota in place from 2 December 2024; audit shows 87% triaged within 15 minutes in "
                   "January."])
    xl_row(md, 4, ["MD1.2", None, None,
                   "Weekly audit of time to initial assessment reported to the ED governance meeting, with "
                   "exceptions escalated to the Chief Nurse.",
                   "ED Matron / Clinical Director for Emergency Medicine", dt.datetime(2025, 1, 31),
                   dt.datetime(2025, 3, 31), "A", "G",
                   "Audit running since 6 January; first report to ED governance on 18 February."])
    md.merge_cells("B3:B4")
    md.merge_cells("C3:C4")
    xl_row(md, 5, ["MD2.1",
                   "The trust must ensure that mental health risk assessments are completed and documented for "
                   "all patients presenting with self-harm or suicidal ideation.",
                   "Reg 12(2)(a)(b)",
                   "Roll out the trust mental health risk assessment tool within Careflow and make it a mandatory "
                   "field for patients presenting with self-harm.",
                   "Chief Clinical Information Officer", dt.datetime(2025, 2, 28), None, "G", "A",
                   "Build complete; go-live delayed to 10 March 2025 because of the system upgrade freeze."])
    xl_band(md, 6, "Medical care – Wycombe Hospital", n)
    xl_row(md, 7, ["MD3.1",
                   "The trust must ensure that staff complete mandatory training, including safeguarding adults "
                   "level 3, in line with trust targets.",
                   "Reg 18(2)(a)",
                   "Ward managers to agree individual training trajectories with each member of staff and book "
                   "outstanding modules.",
                   "Ward Managers (Medical Care)", dt.datetime(2024, 11, 30), dt.datetime(2025, 1, 31), "A", "B",
                   "Compliance 91% at 31 January 2025 (target 90%)."])
    xl_row(md, 8, ["MD4.1",
                   "The trust must ensure that medicines are stored securely and that fridge temperatures are "
                   "monitored and acted upon.",
                   "Reg 12(2)(g)",
                   "Replace ward medicine fridges with networked fridges that send temperature alerts to "
                   "pharmacy.",
                   "Chief Pharmacist", dt.datetime(2025, 3, 31), dt.datetime(2025, 6, 30), "A", "R",
                   "Capital bid approved in February; supplier lead time 12 weeks."])
    for r in range(3, 9):
        for col in (8, 9):
            c = md.cell(row=r, column=col)
            if c.value in XL_FILL:
                c.fill = XL_FILL[c.value]
                c.alignment = Alignment(horizontal="center", vertical="top")
    for col, w in zip("ABCDEFGHIJ", [8, 45, 14, 50, 30, 13, 13, 11, 11, 45]):
        md.column_dimensions[col].width = w
    md.freeze_panes = "A2"

    # ---- Should do
    sd = wb.create_sheet("Should do")
    hdr = ["Ref", "Should do (CQC report)", "Action", "Lead", "Due date", "Revised date", "BRAG", "Update"]
    xl_header(sd, 1, hdr)
    n = len(hdr)
    xl_band(sd, 2, "Urgent and emergency care – Stoke Mandeville Hospital", n)
    xl_row(sd, 3, ["SD1.1",
                   "The trust should ensure that the children's waiting area in the emergency department is "
                   "separated from the adult waiting area.",
                   "Create a separate paediatric waiting area using the former plaster room, with visual and "
                   "audio separation from adults.",
                   "Head of Estates; ED Matron", "Q4 2024/25", None, "G",
                   "Works order raised; works scheduled for weeks commencing 3 and 10 March."])
    xl_row(sd, 4, ["SD2.1",
                   "The trust should ensure that patients' pain is reassessed and recorded after analgesia is "
                   "given.",
                   "Add a pain reassessment prompt to the ED nursing documentation and include it in the monthly "
                   "nursing metrics.",
                   "Lead Nurse, Emergency Department", dt.datetime(2025, 1, 31), None, "B",
                   "Prompt live 13 January; January metrics show 84% compliance."])
    xl_band(sd, 5, "Medical care – Wycombe Hospital", n)
    xl_row(sd, 6, ["SD3.1",
                   "The trust should ensure that discharge summaries are sent to GPs within 48 hours of "
                   "discharge.",
                   "Implement a daily discharge summary huddle on medical wards, led by the ward consultant, and "
                   "track completion on the discharge dashboard.",
                   "Divisional Director (Integrated Medicine)", "March 2025", "June 2025", "A",
                   "Huddles running on 4 of 7 wards."])
    xl_row(sd, 7, ["SD4.1",
                   "The trust should continue to improve recruitment of registered nurses to reduce reliance on "
                   "temporary staff.",
                   "Deliver the international recruitment pipeline of 40 nurses for medical wards and a targeted "
                   "retention programme for nurses in their first two years.",
                   "Deputy Chief Nurse (Workforce)", "Ongoing", None, "G",
                   "28 of 40 nurses in post; vacancy rate 7.9%."])
    for r in range(3, 8):
        c = sd.cell(row=r, column=7)
        if c.value in XL_FILL:
            c.fill = XL_FILL[c.value]
            c.alignment = Alignment(horizontal="center", vertical="top")
    for col, w in zip("ABCDEFGH", [8, 45, 50, 30, 13, 13, 8, 40]):
        sd.column_dimensions[col].width = w
    wb.save(out("if1-buckinghamshire-healthcare-nhs-trust-cqc-must-should-do-action-plan.xlsx"))


# =================================================================== 5
# GP practice: Elmham Surgery CQC inspection action plan (docx)
def make_elmham():
    doc = Document()
    landscape(doc)
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(10)
    doc.add_paragraph("Elmham Surgery – CQC Inspection Action Plan", style="Title")
    doc.add_paragraph("Inspection date: 17 October 2024 | Report published: 9 December 2024 | "
                      "Overall rating: Requires improvement")
    doc.add_paragraph("This plan responds to the requirement notice issued under Regulation 17 and to the areas "
                      "where CQC said the practice should improve. It is reviewed at the monthly partners’ "
                      "meeting. Updated 3 February 2025.")

    def table(head, groups):
        t = doc.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for c, v in zip(t.rows[0].cells, head):
            c.text = v
        bold_row(t.rows[0])
        for finding, actions in groups:
            first = None
            for action, lead, when, status in actions:
                cells = t.add_row().cells
                for c, v in zip(cells[1:], [action, lead, when, status]):
                    c.text = v
                if first is None:
                    first = cells[0]
                    last = cells[0]
                else:
                    last = cells[0]
            if last is not first:
                first = first.merge(last)
            first.text = finding
        return t

    doc.add_paragraph("Regulation 17 HSCA (RA) Regulations 2014: Good governance", style="Heading 2")
    table(["CQC finding", "Action we will take", "Lead", "Target date", "Status"], [
        ("The provider did not have effective systems to make sure patients on high-risk medicines received "
         "the required monitoring.", [
            ("Run monthly searches for patients prescribed methotrexate, azathioprine, lithium and DOACs and "
             "recall any patient overdue monitoring.",
             "Dr R Patel (Prescribing Lead)", "31/01/2025", "Complete"),
            ("Add an alert to each patient record so that repeat prescriptions are not issued while monitoring "
             "is overdue.",
             "Clinical Pharmacist / Dr R Patel", "February 2025", "On track"),
        ]),
        ("Safety alerts from the MHRA were not consistently acted on and there was no record of the action "
         "taken.", [
            ("Set up a shared safety alerts log, with each alert assigned to a named clinician and closed only "
             "when searches and actions are recorded.",
             "Practice Manager", "31/12/2024", "Complete"),
        ]),
        ("Staff training records were incomplete and not all staff had completed safeguarding and infection "
         "prevention and control training relevant to their role.", [
            ("Move all training records to the online training matrix and set deadlines for overdue modules.",
             "Assistant Practice Manager", "31/01/2025", "Complete"),
            ("Review the training matrix at each monthly partners’ meeting until all staff are compliant.",
             "Practice Manager and Lead GP", "Monthly", "On track"),
        ]),
    ])
    doc.add_paragraph("")
    doc.add_paragraph("Areas where the practice should improve", style="Heading 2")
    table(["CQC said the practice should", "Action we will take", "Lead", "Target date", "Status"], [
        ("Continue to improve the uptake of cervical screening.", [
            ("Offer a Saturday morning screening clinic once a month and send text reminders to all patients "
             "overdue screening.",
             "Lead Practice Nurse", "Mar-25", "Not started"),
        ]),
        ("Improve patient satisfaction with telephone access.", [
            ("Install cloud-based telephony with call-back and queue position, and repeat the patient survey "
             "six months after go-live.",
             "Practice Manager; PPG Chair", "June 2025", "On track"),
        ]),
    ])
    doc.add_paragraph("")
    s = doc.add_table(rows=2, cols=3)
    s.style = "Table Grid"
    for c, v in zip(s.rows[0].cells, ["Signed on behalf of the partners", "Name and role", "Date"]):
        c.text = v
    for c, v in zip(s.rows[1].cells, ["", "Dr A Mistry, Senior Partner", "03/02/2025"]):
        c.text = v
    doc.save(out("if1-elmham-surgery-cqc-inspection-action-plan.docx"))


# =================================================================== 6
# Mental health: Swansea Bay UHB, HIW Cefn Coed Hospital improvement plan (xlsx)
def make_swansea():
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = ("HIW Improvement Plan: Cefn Coed Hospital (Mental Health and Learning Disabilities "
                "Service Group)")
    cv["A1"].font = Font(bold=True, size=14)
    cv["A3"] = "Service: Swansea Bay University Health Board – Cefn Coed Hospital, Ward F and Ward G"
    cv["A4"] = "Date of inspection: 2–4 September 2024"
    cv["A5"] = "Date of HIW report: 28 November 2024"
    cv["A7"] = "Status key"
    cv["A7"].font = Font(bold=True)
    for i, (word, code, meaning) in enumerate([
        ("Red", "R", "Not started or overdue"),
        ("Amber", "A", "In progress"),
        ("Green", "G", "Completed"),
    ]):
        c = cv.cell(row=8 + i, column=1, value=word)
        c.fill = XL_FILL[code]
        cv.cell(row=8 + i, column=2, value=meaning)
    cv["A12"] = ("Progress updates are reported to the Mental Health and Learning Disabilities Quality and "
                 "Safety Group each month.")
    cv.column_dimensions["A"].width = 16
    cv.column_dimensions["B"].width = 40

    hdr = ["Improvement needed", "Standard / Regulation", "Service action", "Responsible officer", "Timescale",
           "Progress update (February 2025)", "Status"]
    widths = [45, 22, 50, 30, 16, 40, 10]
    status_fill = {"Red": "R", "Amber": "A", "Green": "G"}

    def colour(ws, first, last):
        for r in range(first, last + 1):
            c = ws.cell(row=r, column=7)
            if c.value in status_fill:
                c.fill = XL_FILL[status_fill[c.value]]

    ia = wb.create_sheet("Immediate assurance")
    xl_header(ia, 1, hdr)
    imp1 = ("The health board must ensure that ligature point risk assessments are reviewed and that identified "
            "ligature risks in Ward F bedrooms and bathrooms are removed or mitigated.")
    xl_row(ia, 2, [imp1, "Health and Care Quality Standards – Safe",
                   "Ligature risk assessment for Ward F reviewed and re-issued, with interim observation levels "
                   "increased for patients assessed at high risk.",
                   "Ward Manager, Ward F", "Immediate",
                   "Completed 6 September 2024 and shared with HIW.", "Green"])
    xl_row(ia, 3, [None, None,
                   "Replacement of bedroom wardrobe doors and bathroom fittings with anti-ligature fittings "
                   "through the estates minor works programme.",
                   "Head of Estates (Operations)", "31 January 2025",
                   "12 of 16 bedrooms complete; bathrooms scheduled for March 2025.", "Amber"])
    ia.merge_cells("A2:A3")
    ia.merge_cells("B2:B3")
    xl_row(ia, 4, ["The health board must ensure that emergency resuscitation equipment is checked daily and that "
                   "checks are recorded.",
                   "Health and Care Quality Standards – Safe",
                   "Daily resuscitation equipment checks added to the nurse in charge shift checklist, with a "
                   "weekly audit by the ward manager.",
                   "Senior Nurse / Ward Managers", "September 2024",
                   "Weekly audits show 100% compliance since October 2024.", "Green"])
    colour(ia, 2, 4)
    for col, w in zip("ABCDEFG", widths):
        ia.column_dimensions[col].width = w

    ip = wb.create_sheet("Improvement plan")
    xl_header(ip, 1, hdr)
    xl_band(ip, 2, "Quality of the patient experience", len(hdr))
    xl_row(ip, 3, ["The health board should ensure that patients have access to a range of therapeutic and "
                   "recreational activities, including at weekends.",
                   "Health and Care Quality Standards – Person-centred",
                   "Occupational therapy timetable extended to include Saturday and Sunday sessions.\n"
                   "Activity coordinator post (Band 4) recruited for Ward F and Ward G.",
                   "Head of Occupational Therapy", "March 2025",
                   "Weekend sessions started in January; coordinator interviews on 4 March.", "Amber"])
    xl_row(ip, 4, ["The health board should ensure that information about advocacy services and how to raise a "
                   "concern under Putting Things Right is displayed in all ward areas.",
                   "Health and Care Quality Standards – Person-centred",
                   "Bilingual advocacy and Putting Things Right posters displayed on all wards and included in "
                   "the patient welcome pack.",
                   "Ward Managers", "December 2024",
                   "Posters displayed; welcome pack reprinted in December.", "Green"])
    xl_band(ip, 5, "Delivery of safe and effective care", len(hdr))
    imp2 = ("The health board must ensure that Mental Health Act documentation, including section 132 rights, is "
            "completed and recorded in line with the Code of Practice.")
    xl_row(ip, 6, [imp2, "Mental Health Act 1983; Code of Practice for Wales",
                   "Mental Health Act administrators to audit section 132 rights monthly and report compliance "
                   "to ward managers.",
                   "Mental Health Act Manager", "Monthly from January 2025",
                   "January audit: 88% compliance.", "Amber"])
    xl_row(ip, 7, [None, None,
                   "Refresher training on patients’ rights for all registered nurses.",
                   "Practice Development Nurse", "Q1 2025/26",
                   "Training package being written.", "Red"])
    ip.merge_cells("A6:A7")
    ip.merge_cells("B6:B7")
    xl_row(ip, 8, ["The health board must ensure that care and treatment plans under the Mental Health (Wales) "
                   "Measure 2010 are reviewed within required timescales.",
                   "Mental Health (Wales) Measure 2010",
                   "Care co-ordinators to review all overdue care and treatment plans; compliance added to the "
                   "ward performance dashboard.",
                   "Head of Nursing, Mental Health and Learning Disabilities", dt.datetime(2025, 2, 28),
                   "Overdue plans reduced from 23 to 6.", "Amber"])
    xl_band(ip, 9, "Quality of management and leadership", len(hdr))
    xl_row(ip, 10, ["The health board must ensure that staff receive regular clinical supervision and that "
                    "compliance with mandatory training improves.",
                    "Health and Care Quality Standards – Workforce",
                    "Supervision tree agreed for each ward and compliance reported monthly; mandatory training "
                    "recovery plan with protected time for staff.",
                    "Service Group Director / Head of Nursing", "Immediate and ongoing",
                    "Supervision compliance 74% (target 85%).", "Amber"])
    colour(ip, 3, 10)
    ip.cell(row=12, column=1, value="Service representative").font = Font(bold=True)
    ip.cell(row=13, column=1, value="Name (print):")
    ip.cell(row=13, column=2, value="Gareth Howells")
    ip.cell(row=14, column=1, value="Job role:")
    ip.cell(row=14, column=2, value="Service Group Director, Mental Health and Learning Disabilities")
    ip.cell(row=15, column=1, value="Date:")
    ip.cell(row=15, column=2, value="19 December 2024")
    for col, w in zip("ABCDEFG", widths):
        ip.column_dimensions[col].width = w
    wb.save(out("if1-swansea-bay-uhb-hiw-cefn-coed-hospital-mental-health-improvement-plan.xlsx"))


# =================================================================== 7
# National body: HFEA Audit and Governance Committee audit recommendations tracker (xlsx)
def make_hfea():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = ("HFEA Audit and Governance Committee: Implementation of Audit Recommendations – "
                "Progress Report")
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Paper number: AGC (17/06/2025) 812 | Meeting date: 17 June 2025 | Author: Head of Finance"
    sm["A4"] = "Summary of recommendations"
    sm["A4"].font = Font(bold=True)
    rows = [
        ["Recommendation source", "Status", "2023/24", "2024/25", "Total"],
        ["Internal – GIAA", "To complete", 1, 4, 5],
        ["Internal – GIAA", "Complete", 2, 0, 2],
        ["External – NAO", "To complete", 0, 0, 0],
        ["External – NAO", "Complete", 2, 0, 2],
        ["Total", None, 5, 4, 9],
    ]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = sm.cell(row=5 + i, column=1 + j, value=v)
            c.border = BOX
            if i in (0, 5):
                c.font = Font(bold=True)
    sm["A12"] = "Status key (colour of the Status cell on the Recommendations sheet)"
    sm["A12"].font = Font(bold=True)
    for i, (code, meaning) in enumerate([
        ("R", "Overdue – no revised date agreed"),
        ("A", "Revised date agreed by AGC"),
        ("G", "On track for original date"),
        ("B", "Implemented – proposed for closure"),
    ]):
        sm.cell(row=13 + i, column=1).fill = XL_FILL[code]
        sm.cell(row=13 + i, column=2, value=meaning)
    sm.column_dimensions["A"].width = 24
    sm.column_dimensions["B"].width = 36

    ws = wb.create_sheet("Recommendations")
    hdr = ["Ref", "Recommendation", "Priority", "Agreed management action", "Action owner", "Original due date",
           "Revised due date", "Progress update (June 2025)", "Status"]
    xl_header(ws, 1, hdr)
    n = len(hdr)
    D = dt.datetime
    data = [
        ("band", "GIAA Internal Audit 2023/24: Cyber security and resilience (Limited assurance)"),
        ("CS/01", "The HFEA should complete and test its IT disaster recovery plan, including restoration of the "
                  "Register from backup.", "High",
         "Complete a full disaster recovery test of the Register and PRISM systems and report the results to AGC.",
         "Chief Information Officer", D(2024, 12, 31), D(2025, 9, 30),
         "Test environment rebuilt; full test booked for August 2025.", "A"),
        ("CS/02", "Privileged user accounts should be reviewed at least quarterly.", "Medium",
         "Introduce a quarterly review of privileged accounts, signed off by the Head of IT.",
         "Head of IT", D(2024, 9, 30), None,
         "Reviews completed in October 2024, January 2025 and April 2025.", "B"),
        ("CS/03", "All staff should complete annual cyber awareness training.", "Medium",
         "Make the Civil Service cyber security e-learning mandatory, with compliance reported to CMG each "
         "quarter.",
         "Head of People; Head of IT", "Q4 2024/25", None,
         "97% of staff completed by 31 March 2025.", "B"),
        ("band", "GIAA Internal Audit 2024/25: Information governance and records management "
                 "(Moderate assurance)"),
        ("IG/01", "The retention and disposal schedule should be updated to reflect current legislation and "
                  "business needs.", "Medium",
         "Refresh the retention schedule and seek approval from the Information Governance Group.",
         "Head of Information Governance", D(2025, 7, 31), None,
         "Draft schedule with directorates for comment.", "G"),
        ("IG/02", "Records held on shared drives should be migrated to SharePoint with appropriate access "
                  "controls.", "Medium",
         "Migrate team shared drives to SharePoint in three phases, starting with Compliance and Licensing.",
         "Director of Compliance and Information", D(2025, 9, 30), None,
         "Phase 1 complete; phase 2 under way.", "G"),
        ("IG/03", "Information asset owners should complete annual assurance returns.", "Low",
         "Issue the annual information asset assurance return to all IAOs and report completion to the SIRO.",
         "Senior Information Risk Owner (SIRO)", D(2025, 1, 31), None,
         "Returns received from 6 of 9 IAOs; reminders sent.", "R"),
        ("band", "National Audit Office: Audit Completion Report 2023/24"),
        ("NAO 23-24/1", "Management should review the useful economic lives of intangible assets annually.",
         "Medium",
         "Include a review of asset lives in the year-end close procedures.",
         "Director of Finance and Resources", D(2025, 3, 31), None,
         "Review completed as part of the 2024/25 year-end.", "B"),
        ("NAO 23-24/2", "Journals posted by senior finance staff should be independently reviewed.", "Medium",
         "Produce a monthly journal review report from the finance system, signed off by the Financial "
         "Controller.",
         "Head of Finance / Financial Controller", D(2024, 11, 30), D(2025, 2, 28),
         "In place since February 2025.", "B"),
        ("band", "GIAA Internal Audit 2024/25: Procurement and contract management (Moderate assurance)"),
        ("PC/01", "A contracts register should be maintained and reviewed quarterly.", "High",
         "Set up a central contracts register with contract owners and renewal dates, reviewed quarterly by CMG.",
         "Head of Finance", D(2025, 5, 31), D(2025, 10, 31),
         "Register template agreed; population delayed by year-end work.", "A"),
    ]
    r = 2
    for item in data:
        if item[0] == "band":
            xl_band(ws, r, item[1], n)
        else:
            ref, rec, prio, action, owner, orig, rev, upd, rag = item
            xl_row(ws, r, [ref, rec, prio, action, owner, orig, rev, upd, None])
            ws.cell(row=r, column=9).fill = XL_FILL[rag]
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Closed recommendations are removed from the tracker once AGC has agreed "
                                   "closure.")
    for col, w in zip("ABCDEFGHI", [12, 45, 9, 50, 30, 13, 13, 40, 9]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A2"
    wb.save(out("if1-hfea-audit-and-governance-committee-audit-recommendations-tracker.xlsx"))


if __name__ == "__main__":
    make_oasis()
    make_usp()
    make_uwe()
    make_bucks()
    make_elmham()
    make_swansea()
    make_hfea()
    print("done")
