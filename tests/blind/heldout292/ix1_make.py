"""Build the seven ix1- blind test files for set heldout292.

Run with /work/main/.venv/bin/python ix1_make.py (writes beside this script).
Data files only: docx with python-docx, xlsx with openpyxl, csv/txt written directly.
"""
import csv
import datetime as dt
import io
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE, GREEN, AMBER, RED = "5B9BD5", "00B050", "FFC000", "FF0000"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Reaseheath College - Ofsted post-inspection action plan (xlsx)
# ---------------------------------------------------------------------------
REASEHEATH_TITLE = "Reaseheath College – Post-Inspection Action Plan (PIAP)"
REASEHEATH = [
    # section, AFI text, ref, action, lead cell, original, revised, progress, fill
    ("Quality of education",
     "Leaders and managers should ensure that teachers of English and mathematics plan learning that builds on what students already know, so that more students on study programmes achieve their qualifications.",
     [
         ("1.1", "Introduce diagnostic assessment in the first three weeks of term for all GCSE and functional skills students and use the results to set individual targets in ProMonitor.",
          "Head of English and Maths", d(2025, 10, 31), None,
          "Diagnostic tools purchased; staff training booked for the August staff development days.", GREEN),
         ("1.2", "Deliver a coaching programme for English and maths teachers on adapting teaching to students' starting points, followed up through termly learning walks.",
          "Quality Manager (Teaching & Learning) / Head of English and Maths", d(2025, 12, 31), None,
          "Coaching programme designed; first cohort of six teachers identified. Learning walk schedule not yet agreed.", AMBER),
     ]),
    ("Quality of education",
     "Leaders should ensure that apprentices receive timely progress reviews that involve their employers and set clear targets for what apprentices need to do next.",
     [
         ("2.1", "Revise the apprenticeship progress review template so that reviews take place at least every 10 weeks, include the employer and record specific targets for knowledge, skills and behaviours.",
          "Apprenticeships Manager", d(2025, 6, 30), None,
          "New template live from 2 June 2025; all assessors briefed at team meeting.", BLUE),
         ("2.2", "Monitor the timeliness of reviews weekly through the apprenticeship dashboard and escalate overdue reviews to heads of department.",
          "Apprenticeships Manager; MIS Manager", d(2025, 9, 30), d(2026, 1, 31),
          "Dashboard build delayed by the Aptem data integration; interim manual report in place each Monday.", AMBER),
     ]),
    ("Behaviour and attitudes",
     "Leaders and managers should improve the attendance of students on 16 to 19 study programmes, particularly in animal management and construction.",
     [
         ("3.1", "Make same-day contact with parents and carers of all 16 to 18 students who miss a morning session without notifying the college.",
          "Head of Student Services", d(2025, 9, 30), None,
          "Text messaging through ProMonitor to be switched on for September enrolment.", GREEN),
         ("3.2", "Set attendance targets for each curriculum area and review them at monthly curriculum performance meetings, starting with animal management and construction.",
          "Director of Curriculum / Heads of Department", "Monthly", None,
          "Targets set for 2025–26. Construction attendance at 81% against a target of 90%.", RED),
     ]),
    ("Leadership and management",
     "Governors should receive more precise information about the quality of education for adult learners so that they can challenge leaders more effectively.",
     [
         ("4.1", "Add a termly adult learning quality report to the Quality and Standards Committee cycle, covering achievement, retention and learner feedback.",
          "Vice Principal – Quality and Learner Experience", d(2025, 11, 30), None,
          "Not yet started – first report scheduled for the November 2025 committee.", None),
     ]),
]


def make_reaseheath(path):
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = REASEHEATH_TITLE
    cover["A1"].font = Font(bold=True, size=14)
    rows = [
        ("Document title", "Post-Inspection Action Plan (PIAP) following Ofsted inspection"),
        ("Inspection dates", "11–14 February 2025"),
        ("Report published", "20 March 2025"),
        ("Version", "2.0"),
        ("Owner", "Vice Principal – Quality and Learner Experience"),
        ("Approved by", "Quality and Standards Committee, 8 April 2025"),
        ("Last updated", "30 June 2025"),
        ("Next review", "Quality and Standards Committee, 23 September 2025"),
    ]
    for i, (k, v) in enumerate(rows, start=3):
        cover.cell(i, 1, k).font = Font(bold=True)
        cover.cell(i, 2, v)
        for c in (1, 2):
            cover.cell(i, c).border = BOX
    cover.column_dimensions["A"].width = 22
    cover.column_dimensions["B"].width = 70

    ws = wb.create_sheet("PIAP")
    ws["A1"] = REASEHEATH_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Following Ofsted inspection 11–14 February 2025 (report published 20 March 2025)"
    ws["A3"] = "Progress position at 30 June 2025"
    ws["A3"].font = Font(italic=True)
    headers = ["Ref", "Area for improvement (Ofsted)", "Action", "Lead(s)",
               "Original target date", "Revised target date", "Progress update", "RAG"]
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(5, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F4E78")
        cell.alignment = WRAP
        cell.border = BOX
    r = 6
    last_section = None
    for section, afi, acts in REASEHEATH:
        if section != last_section:
            ws.cell(r, 1, section).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(r, 1).fill = fill("D9E1F2")
            last_section = section
            r += 1
        first = r
        for ref, action, lead, orig, rev, prog, colour in acts:
            ws.cell(r, 1, ref)
            ws.cell(r, 3, action)
            ws.cell(r, 4, lead)
            c5 = ws.cell(r, 5, orig)
            if isinstance(orig, dt.datetime):
                c5.number_format = "mmm-yy"
            if rev is not None:
                c6 = ws.cell(r, 6, rev)
                c6.number_format = "mmm-yy"
            ws.cell(r, 7, prog)
            if colour:
                ws.cell(r, 8).fill = fill(colour)
            for c in range(1, 9):
                ws.cell(r, c).alignment = WRAP
                ws.cell(r, c).border = BOX
            r += 1
        ws.cell(first, 2, afi).alignment = WRAP
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "RAG key").font = Font(bold=True)
    r += 1
    for colour, label in ((BLUE, "Complete"), (GREEN, "On track"),
                          (AMBER, "Some slippage – action in hand"), (RED, "Off track / at risk")):
        ws.cell(r, 1).fill = fill(colour)
        ws.cell(r, 2, label)
        r += 1
    widths = [7, 40, 55, 28, 12, 12, 45, 7]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w

    sm = wb.create_sheet("Summary")
    sm["A1"] = "RAG summary at 30 June 2025"
    sm["A1"].font = Font(bold=True)
    for i, (k, v, colour) in enumerate([("Complete", 1, BLUE), ("On track", 2, GREEN),
                                         ("Some slippage", 2, AMBER), ("Off track", 1, RED),
                                         ("Not started", 1, None), ("Total actions", 7, None)], start=3):
        sm.cell(i, 1, k)
        sm.cell(i, 2, v)
        if colour:
            sm.cell(i, 1).fill = fill(colour)
    sm.cell(9, 1).font = Font(bold=True)
    sm.column_dimensions["A"].width = 20
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Royal Wolverhampton NHS Trust - CQC must/should do (xlsx) - REFUSE
# ---------------------------------------------------------------------------
RWT_TITLE = "CQC Must Do and Should Do Action Plan – New Cross Hospital"
RWT = [
    ("UEC-M1", "Urgent and emergency care", "Must", "Reg 12",
     "The trust must ensure that patients in the emergency department receive timely triage and clinical assessment.",
     "Introduce a streaming and rapid assessment nurse at the front door between 10:00 and 02:00.",
     "Chief Operating Officer", "Divisional Director of Operations, Division 1", "31/03/2025", "On track",
     "Rota agreed; recruitment to two band 6 posts under way."),
    ("UEC-M2", "Urgent and emergency care", "Must", "Reg 12",
     "The trust must ensure that sepsis screening and treatment are completed within national timeframes.",
     "Relaunch the sepsis screening tool in the ED electronic record with mandatory fields and a weekly compliance audit.",
     "Chief Medical Officer", "ED Clinical Lead / Sepsis Nurse Specialist", "Apr-25", "At risk",
     "IT change request raised; audit shows 71% compliance in December."),
    ("UEC-M3", "Urgent and emergency care", "Must", "Reg 18",
     "The trust must ensure that staff in the emergency department complete mandatory training, including paediatric life support.",
     "Book all outstanding staff onto PILS/EPLS sessions and track compliance at the ED governance meeting.",
     "Chief Nursing Officer", "Matron, Emergency Department", "30/06/2025", "On track",
     "Compliance 82% (target 90%)."),
    ("UEC-S1", "Urgent and emergency care", "Should", "–",
     "The trust should ensure that patients' pain scores are recorded and acted on.",
     "Add pain score reassessment to the ED hourly rounding checklist.",
     "Chief Nursing Officer", "Matron, Emergency Department", "Augst 2025", "Not started",
     ""),
    ("MED-M1", "Medical care", "Must", "Reg 17",
     "The trust must ensure that governance processes identify and act on risks in the medical wards.",
     "Review the medical division risk register with all ward managers and escalate risks scoring 15 or above to the Divisional Board.",
     "Chief Nursing Officer", "Head of Nursing, Medicine", "31/03/2025", "Complete",
     "Register reviewed 16 January 2025; 4 risks escalated."),
    ("MED-M2", "Medical care", "Must", "Reg 12",
     "The trust must ensure that patients at risk of falls have a completed falls risk assessment within 6 hours of admission.",
     "Roll out the revised falls bundle on all medical wards, with monthly audit through the Perfect Ward app.",
     "Chief Nursing Officer", "Falls Prevention Lead", "Sep-25", "On track",
     "Bundle live on 9 of 14 wards."),
    ("MED-M3", "Medical care", "Must", "Reg 18",
     "The trust must ensure there are enough registered nurses on the older people's wards.",
     "Complete the establishment review for wards C21, C22 and C24 and recruit to the agreed vacancies.",
     "Chief Nursing Officer", "Deputy Chief Nurse (Workforce)", "Q1 2025/26", "At risk",
     "Review complete; funding for 6.4 WTE awaiting business case approval."),
    ("MED-S1", "Medical care", "Should", "–",
     "The trust should ensure that discharge summaries are sent to GPs within 24 hours.",
     "Send a daily report of unsent discharge summaries to ward clerks and consultants.",
     "Chief Medical Officer", "Clinical Director for Medicine", "30/04/2025", "On track",
     "Report built; first circulation 3 February."),
    ("MED-S2", "Medical care", "Should", "–",
     "The trust should ensure that mental capacity assessments are documented where patients may lack capacity.",
     "Deliver MCA documentation training for medical ward staff through the Safeguarding Team.",
     "Chief Nursing Officer", "Head of Safeguarding", "Ongoing", "On track",
     "Sessions held on 6 wards."),
]
RWT_TYPO_ROW = 10  # sheet row of UEC-S1 on the "Action plan" sheet


def make_rwt(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ws["A1"] = "The Royal Wolverhampton NHS Trust"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = RWT_TITLE
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = ("Core services inspected: Urgent and emergency care; Medical care (including older people's care). "
                "Report published 14 November 2024.")
    ws["A4"] = "Position at 31 January 2025 – for Quality Governance Assurance Committee"
    ws["A4"].font = Font(italic=True)
    headers = ["Ref", "Core service", "Must / Should", "Regulation", "CQC finding", "Action",
               "Executive lead", "Operational lead", "Due date", "Status", "Evidence / comments"]
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(6, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("005EB8")
        cell.alignment = WRAP
        cell.border = BOX
    status_fill = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED}
    r = 7
    for row in RWT:
        for c, v in enumerate(row, start=1):
            cell = ws.cell(r, c, v if v != "" else None)
            cell.alignment = WRAP
            cell.border = BOX
        if row[9] in status_fill:
            ws.cell(r, 10).fill = fill(status_fill[row[9]])
        r += 1
    assert ws.cell(RWT_TYPO_ROW, 9).value == "Augst 2025"
    widths = [9, 16, 8, 9, 45, 45, 20, 26, 12, 11, 35]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A7"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of actions by core service and status"
    sm["A1"].font = Font(bold=True)
    hdr = ["Core service", "Complete", "On track", "At risk", "Not started", "Total"]
    for c, h in enumerate(hdr, start=1):
        sm.cell(3, c, h).font = Font(bold=True)
    sm.append(["Urgent and emergency care", 0, 2, 1, 1, 4])
    sm.append(["Medical care", 1, 3, 1, 0, 5])
    sm.append(["Total", 1, 5, 2, 1, 9])
    sm.column_dimensions["A"].width = 28
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. University of Bradford - apprenticeships PIAP (tab-separated txt)
# ---------------------------------------------------------------------------
BRADFORD_TITLE = "University of Bradford – Apprenticeships Post-Inspection Action Plan (PIAP)"
BRADFORD_AFI = {
    "L1": "Leaders should ensure that governors receive precise information about the quality of apprenticeship training so that they can hold leaders to account.",
    "Q1": "Leaders should ensure that apprentices who need to achieve English and mathematics qualifications start and complete them early in their programme.",
    "Q2": "Leaders and managers should ensure that progress reviews focus on the new knowledge, skills and behaviours that apprentices have gained and what they need to do next.",
    "Q3": "Leaders should make sure that apprentices receive clear and timely information about their end-point assessment.",
}
BRADFORD = [
    # ref, theme (first row only), afi key (first row only), action, responsible, target, progress, rag
    ("L1.1", "Leadership and management", "L1",
     "Produce a quarterly apprenticeship quality report for the Apprenticeship Quality Board and the University Education Committee, including progress, retention and off-the-job training data.",
     "Director of Apprenticeships", "Mar 2025",
     "First report presented to AQB in March 2025 and to Education Committee in April 2025.", "B"),
    ("L1.2", "", "",
     "Appoint an independent member with apprenticeship expertise to the Apprenticeship Quality Board.",
     "Pro-Vice-Chancellor (Education)", "By 31 July 2025",
     "Two candidates shortlisted; interviews in June.", "G"),
    ("Q1.1", "Quality of education", "Q1",
     "Complete initial assessment of English and maths within four weeks of start and enrol apprentices on functional skills in their first term.",
     "K. Rahman / J. Whitworth", "Sep-25",
     "Process agreed with the functional skills subcontractor for September starts.", "G"),
    ("Q1.2", "", "",
     "Track functional skills progress monthly and agree catch-up plans with employers for apprentices who fall behind.",
     "Head of Apprenticeship Quality & Compliance", "Monthly",
     "Monthly tracker in place since February 2025; 14 apprentices on catch-up plans.", "A"),
    ("Q2.1", "", "Q2",
     "Introduce a revised tripartite review template with KSB-mapped targets and train all academic and workplace mentors to use it.",
     "Skills Coach Team Leader", "End of June 2025",
     "Template approved; 31 of 44 mentors trained.", "A"),
    ("Q2.2", "", "",
     "Sample 10% of progress reviews each term through the quality assurance calendar and feed back to programme teams.",
     "Apprenticeship Quality Officer", "31/12/2025",
     "Sampling schedule drafted.", "G"),
    ("Q3.1", "", "Q3",
     "Hold an end-point assessment briefing for each cohort at least six months before gateway, with the employer present.",
     "Programme Leads", "Dec-25",
     "Briefings held for Nursing Associate and Police Constable cohorts.", "G"),
    ("Q3.2", "", "",
     "Publish an EPA guide for each standard on the apprentice Canvas page.",
     "Apprenticeship Quality Officer", "Apr 2025 (revised: Sept 2025)",
     "Guides for 6 of 9 standards published; remaining three awaiting EPAO updates.", "R"),
]


def bradford_lines():
    lines = [
        BRADFORD_TITLE,
        "Ofsted full inspection 3–6 December 2024 – report published 24 January 2025",
        "Version 1.3 – updated 28 May 2025 for the Apprenticeship Quality Board",
        "",
        "\t".join(["Ref", "Theme", "Area for improvement", "Action", "Responsible",
                   "Target date", "Progress to date", "RAG"]),
    ]
    for ref, theme, afi, action, resp, target, prog, rag in BRADFORD:
        lines.append("\t".join([ref, theme, BRADFORD_AFI[afi] if afi else "", action, resp,
                                target, prog, rag]))
    lines += [
        "",
        "Key: B = complete, G = on track, A = at risk, R = off track",
        "Note: target dates revised with the agreement of the Apprenticeship Quality Board are shown in brackets.",
    ]
    return lines


def make_bradford(path):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(bradford_lines()) + "\r\n")


# ---------------------------------------------------------------------------
# 4. Castlefields Health Centre - GP CQC inspection action plan (csv)
# ---------------------------------------------------------------------------
CASTLEFIELDS_TITLE = "Castlefields Health Centre – CQC Inspection Action Plan"
CF_SEC = {
    "R12": "REQUIREMENT NOTICE – Regulation 12: Safe care and treatment",
    "R17": "REQUIREMENT NOTICE – Regulation 17: Good governance",
    "SD": "SHOULD DO – areas where the practice should improve",
}
CASTLEFIELDS = [
    ("R12",),
    ("The practice did not have an effective system to monitor patients prescribed high-risk medicines such as methotrexate and lithium.",
     "Run monthly searches for all patients on high-risk medicines and recall anyone overdue blood monitoring.",
     "Dr S Okafor / Clinical Pharmacist", "30/06/2024", "14/06/2024", "Complete",
     "Searches built in EMIS and run on the first Monday of each month."),
    ("",
     "Add a prescribing alert so that repeat prescriptions are not issued until monitoring is up to date.",
     "Clinical Pharmacist", "31/07/2024", "", "Green",
     "Alerts set up for methotrexate; lithium and DMARDs in progress."),
    ("Safety alerts from the MHRA were not consistently actioned or recorded.",
     "Set up a safety alerts log with a named clinician to review each alert and record the action taken.",
     "Practice Manager & Lead GP", "Jun-24", "20/06/2024", "Complete",
     "Log held on the shared drive and reviewed at the clinical meeting."),
    ("R17",),
    ("Not all staff had completed safeguarding and infection prevention and control training at the required level.",
     "Book all outstanding staff onto level 3 safeguarding training and update the training matrix.",
     "Practice Manager", "end of September 2024", "", "Amber",
     "Four clinicians still to complete level 3; places booked for October."),
    ("",
     "Complete the annual infection prevention and control audit and act on any findings.",
     "Lead Nurse (IPC lead)", "31-Aug-24", "", "Green",
     "Audit booked with the ICB IPC team for 12 August."),
    ("SD",),
    ("Continue to improve the uptake of cervical screening.",
     "Offer Saturday morning smear clinics and text reminders to women overdue screening.",
     "Lead Nurse", "Ongoing - reviewed quarterly", "", "Green",
     "Two Saturday clinics held; uptake 74.1% (target 80%)."),
    ("Improve patient satisfaction with telephone access.",
     "Install a cloud telephony system with call-back and queue position messages.",
     "Practice Manager", "Nov-24", "", "Not started",
     "Awaiting ICB digital funding decision."),
    ("Improve the identification of carers.",
     "Ask about caring responsibilities at new patient registration and flag carers on the clinical system.",
     "Reception Manager", "30/09/2024", "", "Red",
     "New registration form not yet in use."),
]


def castlefields_rows():
    rows = [
        [CASTLEFIELDS_TITLE, "", "", "", "", "", ""],
        ["Inspection: 9 April 2024 (rated Requires improvement). Report published 22 May 2024.", "", "", "", "", "", ""],
        ["Owner: Practice Manager. Reviewed at the monthly partners' meeting.", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Area identified by CQC", "Action", "Lead", "Target date", "Completed", "RAG", "Update"],
    ]
    for item in CASTLEFIELDS:
        if len(item) == 1:
            rows.append([CF_SEC[item[0]], "", "", "", "", "", ""])
        else:
            rows.append(list(item))
    rows.append(["", "", "", "", "", "", ""])
    rows.append(["Key: Complete = action finished and evidence filed; Green = on track; Amber = at risk of missing the target date; Red = overdue", "", "", "", "", "", ""])
    return rows


def make_castlefields(path):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for row in castlefields_rows():
        w.writerow(row)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, italic=False, size=9):
    """Write text; inner '\n' become separate paragraphs in the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.italic = italic
        run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 5. Hampton Vale Primary Academy - post-Ofsted action plan (docx)
# ---------------------------------------------------------------------------
HV_TITLE = "Hampton Vale Primary Academy: Post-Ofsted Action Plan 2024–25"
HAMPTON = [
    ("Priority 1: Early reading and phonics",
     "Leaders should ensure that staff teach the phonics programme consistently well, so that pupils who fall behind catch up quickly.",
     [
         ("1.1", "Refresher training on the academy’s systematic synthetic phonics programme for all EYFS and KS1 staff, including teaching assistants.",
          "Reading Lead", "Autumn term 2024",
          "All staff trained; learning walks show consistent delivery in at least 90% of sessions.",
          "Headteacher – half-termly learning walks", "C"),
         ("1.2", "Daily keep-up sessions for pupils who do not secure the day’s sound, delivered the same afternoon.",
          "JP/SH", "By February half term 2025",
          "Keep-up pupils identified daily; 85% of Year 1 on track for the phonics screening check.",
          "Reading Lead – weekly tracking", "G"),
         ("1.3", "Buy decodable books matched to the programme and send them home weekly.",
          "Reading Lead / Business Manager", "Nov 2024",
          "Every pupil in Reception and Year 1 takes home a matched book each week.",
          "Reading Lead – reading record checks", "C"),
     ]),
    ("Priority 2: Curriculum in the foundation subjects",
     "Leaders should identify the important knowledge pupils should learn in history, geography and art, and the order in which they should learn it.",
     [
         ("2.1", "Rewrite the history and geography curriculum maps to set out the key knowledge for each unit and how it builds from Year 1 to Year 6.",
          "Deputy Headteacher", "Spring term 2025",
          "Curriculum maps published on the academy website; pupils can recall key knowledge from previous units.",
          "Trust curriculum adviser – review in March", "A"),
         ("2.2", "Subject leaders to carry out pupil voice and book looks each half term and report to the curriculum committee.",
          "Subject Leaders", "Half-termly",
          "Reports show improving recall and consistent sequencing across year groups.",
          "Curriculum committee of the LGB", "G"),
         ("2.3", "Develop an art and design progression document with the trust’s art network.",
          "Art Lead", "Summer term 2025",
          "Progression document in use in all classes from September 2025.",
          "Deputy Headteacher", ""),
     ]),
    ("Priority 3: Attendance",
     "Leaders should take effective action to reduce the high rate of persistent absence, particularly for disadvantaged pupils.",
     [
         ("3.1", "Weekly attendance clinics with families of persistently absent pupils.\nEarly help referral where attendance has not improved after six weeks.",
          "Attendance Officer", "Sept 2024 – July 2025",
          "Persistent absence falls from 21% to below 15%; gap for disadvantaged pupils narrows.",
          "Headteacher – fortnightly attendance meeting", "A"),
         ("3.2", "Introduce class attendance rewards and a half-termly attendance newsletter for parents.",
          "Deputy Headteacher", "Oct 2024",
          "Rewards and newsletter in place; parent survey shows awareness of attendance expectations.",
          "Attendance Officer", "C"),
         ("3.3", "Governor link for attendance to meet the Attendance Officer termly and report to the LGB.",
          "Chair of Governors", "Termly",
          "Governor visit notes show challenge on persistent absence.",
          "Clerk to the LGB", "G"),
     ]),
]
HV_RAG_FILL = {"C": BLUE, "G": GREEN, "A": AMBER, "R": RED}


def make_hampton(path):
    doc = Document()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.5)
    doc.add_paragraph(HV_TITLE, style="Title")
    doc.add_paragraph("Inspection dates: 1 and 2 October 2024. Overall effectiveness: Requires improvement. "
                      "Report published 8 November 2024.")
    doc.add_paragraph("Document control", style="Heading 3")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in enumerate(["Version", "Date", "Changes", "Approved by"]):
        set_cell(t.rows[0].cells[c], h, bold=True)
    for row in (["1.0", "15 November 2024", "First draft following the inspection report", "Headteacher"],
                ["1.1", "28 November 2024", "Amended after Local Governing Body feedback", "Local Governing Body"]):
        cells = t.add_row().cells
        for c, v in enumerate(row):
            set_cell(cells[c], v)
    doc.add_paragraph("")
    doc.add_paragraph("RAG key: G = on track   A = some concerns, action in hand   R = not on track   C = complete")
    for heading, rec, acts in HAMPTON:
        doc.add_paragraph(heading, style="Heading 2")
        p = doc.add_paragraph()
        run = p.add_run(rec)
        run.italic = True
        t = doc.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        for c, h in enumerate(["Ref", "Action", "Lead", "Timescale", "Success criteria", "Monitoring", "RAG"]):
            set_cell(t.rows[0].cells[c], h, bold=True)
            shade(t.rows[0].cells[c], "D9D9D9")
        for ref, action, lead, when, success, monitor, rag in acts:
            cells = t.add_row().cells
            for c, v in enumerate([ref, action, lead, when, success, monitor, rag]):
                set_cell(cells[c], v)
            if rag:
                shade(cells[6], HV_RAG_FILL[rag])
        doc.add_paragraph("")
    doc.add_paragraph("This plan is monitored by the Local Governing Body at each meeting and by the Trust’s "
                      "School Improvement Partner each half term.")
    t = doc.add_table(rows=2, cols=4)
    t.style = "Table Grid"
    for r, who in enumerate(["Signed (Headteacher)", "Signed (Chair of LGB)"]):
        set_cell(t.rows[r].cells[0], who, bold=True)
        set_cell(t.rows[r].cells[2], "Date", bold=True)
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. Cheshire and Wirral Partnership NHSFT - CQC mental health must/should do (docx)
# ---------------------------------------------------------------------------
CWP_TITLE = "CQC Inspection – Must Do and Should Do Action Plan Progress Report"
CWP = [
    ("2. Acute wards for adults of working age and psychiatric intensive care units", [
        ("MD1: The trust must ensure that staff complete and update risk assessments for all patients on admission and following incidents. (Regulation 12)", [
            ("MD1.1", "Introduce a 72-hour risk assessment review standard on all acute wards and PICU, audited monthly through the clinical records audit.",
             "Associate Director of Nursing – Adult Mental Health", "30/06/2025", "",
             "Standard launched 2 June 2025; July audit compliance 88% (target 95%).", "Green"),
            ("MD1.2", "Deliver face-to-face risk formulation training to all registered nurses on the acute wards.",
             "Clinical Director / Head of Nursing", "31/07/2025", "31/10/2025",
             "Training delayed by trainer sickness; 54% of nurses trained. Revised date agreed by the Quality Improvement Group.", "Amber"),
        ]),
        ("MD2: The trust must ensure that there are enough suitably qualified and experienced nursing staff on every shift. (Regulation 18)", [
            ("MD2.1", "Daily safer staffing huddle chaired by the duty matron.\nEscalation to the on-call manager where staffing falls below the agreed establishment.",
             "Matrons – Acute Care", "May-25", "",
             "In place since 6 May 2025; huddle notes held on SharePoint.", "Blue"),
            ("MD2.2", "Complete the annual establishment review for the acute wards and PICU and present it to the People Committee.",
             "Head of Workforce Planning and Rostering", "Q2 2025/26", "",
             "Review complete; paper going to the People Committee on 23 September 2025.", "Green"),
        ]),
        ("SD1: The trust should ensure that patients are involved in developing their care plans and are offered a copy.", [
            ("SD1.1", "Add a ‘my care plan’ prompt to the ward round template and record whether a copy was offered.",
             "Ward Managers", "31/08/2025", "",
             "Template change submitted to the EPR team; not yet live.", "Amber"),
        ]),
    ]),
    ("3. Community-based mental health services for adults of working age", [
        ("MD3: The trust must ensure that people waiting for assessment or treatment are regularly reviewed and that risks are managed while they wait. (Regulation 12)", [
            ("MD3.1", "Implement a ‘keeping in touch’ protocol for the waiting list, with contact at least every four weeks for everyone waiting over 18 weeks.",
             "Service Manager (CMHT West)", "Jul-25", "",
             "Protocol live in all four CMHTs from 1 July 2025.", "Blue"),
            ("MD3.2", "Report waiting list risk reviews to the Care Group Quality Meeting monthly.",
             "Care Group Director / Associate Medical Director", "Ongoing", "",
             "Standing agenda item from July 2025.", "Green"),
        ]),
        ("MD4: The trust must ensure that medicines are stored securely and at the correct temperature in all community team bases. (Regulation 12)", [
            ("MD4.1", "Install continuous temperature monitoring in the clinic rooms at the Stein Centre and Jocelyn Solly Resource Centre.",
             "Chief Pharmacist", "30/09/2025", "",
             "Estates works have slipped and the new loggers will not be installed before November. Daily manual checks remain in place.", "Red"),
        ]),
        ("SD2: The trust should ensure that carers are offered a carer’s assessment.", [
            ("SD2.1", "Relaunch the carers’ champion role in each CMHT.",
             "Head of Patient and Carer Experience", "Q3 2025/26", "",
             "Champions identified in three of the four teams.", "Amber"),
            ("SD2.2", "Add carer identification to the initial assessment documentation.",
             "Clinical Systems Lead", "Oct 2025", "Dec 2025",
             "Awaiting the EPR release schedule.", "Green"),
        ]),
    ]),
]
CWP_FILL = {"Blue": "9DC3E6", "Green": "A9D08E", "Amber": "FFD966", "Red": "FF7C80"}


def merge_row(table, text):
    cells = table.add_row().cells
    m = cells[0].merge(cells[-1])
    set_cell(m, text, bold=True)
    shade(m, "DEEAF6")


def make_cwp(path):
    doc = Document()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.5)
    p = doc.add_paragraph()
    r = p.add_run("Cheshire and Wirral Partnership NHS Foundation Trust")
    r.bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Meeting", "Quality and Safety Improvement Committee"), ("Date", "10 September 2025"),
                 ("Agenda item", "7.2"), ("Report title", CWP_TITLE),
                 ("Author", "Head of Quality Compliance"), ("Executive lead", "Chief Nurse"),
                 ("Purpose", "Assurance")]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True, size=10)
        set_cell(cells[1], v, size=10)
    doc.add_paragraph(CWP_TITLE, style="Heading 1")
    doc.add_paragraph("1. Summary", style="Heading 2")
    doc.add_paragraph(
        "The CQC inspected acute wards for adults of working age and PICU, and community-based mental health "
        "services for adults of working age, between 4 and 13 February 2025. The reports were published on 2 May "
        "2025 and set out four Must Do and two Should Do requirements, which are addressed by the 10 actions below.")
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    set_cell(t.rows[0].cells[0], "Status", bold=True, size=10)
    set_cell(t.rows[0].cells[1], "Actions", bold=True, size=10)
    for k, v in [("Blue – complete", "2"), ("Green – on track", "4"), ("Amber – at risk", "3"),
                 ("Red – off track", "1"), ("Total", "10")]:
        cells = t.add_row().cells
        set_cell(cells[0], k, size=10)
        set_cell(cells[1], v, size=10)
    doc.add_paragraph(
        "Status key: Blue – complete and evidence verified; Green – on track to deliver by the due date; "
        "Amber – risk to delivery by the due date, mitigation in place; Red – will not be delivered by the due date.")
    for heading, reqs in CWP:
        doc.add_paragraph(heading, style="Heading 2")
        t = doc.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        for c, h in enumerate(["Ref", "Action", "Lead", "Original due date", "Revised due date",
                               "Progress update", "Status"]):
            set_cell(t.rows[0].cells[c], h, bold=True)
            shade(t.rows[0].cells[c], "BDD7EE")
        for req, acts in reqs:
            merge_row(t, req)
            for ref, action, lead, orig, rev, prog, status in acts:
                cells = t.add_row().cells
                for c, v in enumerate([ref, action, lead, orig, rev, prog, status]):
                    set_cell(cells[c], v)
                shade(cells[6], CWP_FILL[status])
    doc.add_paragraph("4. Recommendation", style="Heading 2")
    doc.add_paragraph("The Committee is asked to note the progress made and to approve the revised due dates "
                      "for MD1.2 and SD2.2.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 7. Office for National Statistics - Devereux Review implementation tracker (xlsx)
# ---------------------------------------------------------------------------
ONS_TITLE = "Devereux Review – Recommendations Implementation Tracker"
ONS = [
    ("Recommendation 1: ONS needs a focused and consistent effort to improve core statistics", [
        ("1.1", "Publish and implement the plan for ONS economic statistics (‘Restoring confidence, improving quality’), reprioritising resource to core production teams.",
         "Director General, Economic Statistics", "Q4 2025/26", "G", "G",
         "Plan published 26 June 2025; first tranche of staff moved to core production areas."),
        ("1.2", "Stop or pause lower-priority outputs and report the resources released to the Executive Committee.",
         "Chief Operating Officer / Director of Finance", d(2025, 9, 30), "A", "Complete",
         "Reprioritisation list agreed at ExCo on 9 September 2025."),
        ("1.3", "Deliver the transformed Labour Force Survey to the agreed recovery milestones, with monthly quality reporting to the OSR.",
         "Director of Surveys and Data Collection", d(2026, 3, 31), "A", "A",
         "Response rates improving but below the recovery trajectory in August."),
        ("1.4", "Establish a continuous improvement team in each core production area, with statisticians, methodologists and data engineers working together.",
         "Director of Methodology and Quality", "Dec 2025 (revised from Sep 2025)", "G", "A",
         "Three of five teams in place; recruitment of data engineers slower than planned."),
    ]),
    ("Recommendation 2: Changes are needed in the way in which ONS is led", [
        ("2.1", "Recruit a Permanent Secretary for ONS with a track record of running a complex operational business, separate from the role of National Statistician.",
         "UKSA Chair; Cabinet Office Permanent Secretary", "Q3 2025/26", "G", "G",
         "Campaign closed; final interviews scheduled for November."),
        ("2.2", "Extend Executive Committee membership and simplify governance boards, with revised terms of reference published on the intranet.",
         "Acting National Statistician", d(2025, 7, 31), "Complete", "Complete",
         "New ExCo in place from June 2025; terms of reference published 14 July."),
        ("2.3", "Introduce an organisation-wide business planning and budgeting process that makes reprioritisation decisions at ONS level.",
         "Director of Finance", d(2026, 3, 31), "A", "R",
         "Dependent on the SR25 allocation; planning round timetable has slipped by six weeks."),
        ("2.4", "Run a ‘speaking up’ programme so that staff can raise concerns about quality and have them acted on, with quarterly reporting to the Board.",
         "Director of People and Culture", "Ongoing", "G", "G",
         "Quality concerns channel launched; first quarterly report to the Board in October."),
    ]),
    ("Recommendation 3: Governance of the ONS and the wider system merits further consideration", [
        ("3.1", "Agree with the Cabinet Office the scope and terms of reference of a review of the long-term governance of ONS and the statistical system.",
         "UKSA Board Secretariat / Cabinet Office Public Bodies Team", "Q3 2025/26", "G", "A",
         "Draft terms of reference shared; timing depends on ministerial clearance."),
        ("3.2", "Review the roles of the UKSA Board and the ONS Executive Committee and set out decision rights in a published framework.",
         "UKSA Chair", "TBC – dependent on the governance review", "", "A",
         "Will follow the governance review in 3.1."),
        ("3.3", "Strengthen the relationship with the Office for Statistics Regulation through a regular assurance meeting on progress against the economic statistics plan.",
         "Director General, Economic Statistics", d(2025, 10, 31), "G", "G",
         "First meeting held 2 September 2025; monthly thereafter."),
    ]),
]
ONS_FILL = {"G": GREEN, "A": AMBER, "R": RED, "Complete": BLUE}


def make_ons(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = "Office for National Statistics"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = ONS_TITLE
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = ("Reporting period: Q2 2025/26 (to 30 September 2025) | Prepared for: ONS Executive Committee "
                "and UKSA Board | OFFICIAL")
    headers = ["Ref", "Action", "Owner", "Due", "Previous RAG", "Current RAG", "Progress this period"]
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(5, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("206095")
        cell.alignment = WRAP
        cell.border = BOX
    r = 6
    for rec, acts in ONS:
        ws.cell(r, 1, rec).font = Font(bold=True)
        ws.cell(r, 1).fill = fill("D0E3F5")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for ref, action, owner, due, prev, cur, prog in acts:
            vals = [ref, action, owner, due, prev or None, cur, prog]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
            if isinstance(due, dt.datetime):
                ws.cell(r, 4).number_format = "mmm-yy" if due.day != 31 or due.month != 3 else "dd/mm/yyyy"
            if prev:
                ws.cell(r, 5).fill = fill(ONS_FILL[prev])
            ws.cell(r, 6).fill = fill(ONS_FILL[cur])
            r += 1
    r += 1
    ws.cell(r, 1, "Notes: RAG ratings are proposed by the action owner and agreed by the Executive Committee. "
                  "Complete = delivered and evidence accepted by ExCo.")
    ws.cell(r + 1, 1, "Key: G = on track; A = some risk to delivery; R = significant risk or off track")
    for i, w in enumerate([6, 60, 30, 16, 10, 10, 45], start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A6"

    db = wb.create_sheet("Dashboard")
    db["A1"] = "Devereux Review implementation – position at Q2 2025/26"
    db["A1"].font = Font(bold=True, size=12)
    db["A3"] = "Current RAG"
    db["B3"] = "Actions"
    for i, (k, v) in enumerate([("Complete", 2), ("G", 4), ("A", 4), ("R", 1), ("Total", 11)], start=4):
        db.cell(i, 1, k)
        db.cell(i, 2, v)
        if k in ONS_FILL:
            db.cell(i, 1).fill = fill(ONS_FILL[k])
    db["D3"] = "Recommendation"
    db["E3"] = "Actions"
    for i, (k, v) in enumerate([("Recommendation 1", 4), ("Recommendation 2", 4), ("Recommendation 3", 3)], start=4):
        db.cell(i, 4, k)
        db.cell(i, 5, v)
    for c in ("A3", "B3", "D3", "E3"):
        db[c].font = Font(bold=True)
    db.column_dimensions["A"].width = 14
    db.column_dimensions["D"].width = 20
    wb.save(path)


FILES = {
    "ix1-reaseheath-college-ofsted-post-inspection-action-plan.xlsx": make_reaseheath,
    "ix1-royal-wolverhampton-nhs-trust-cqc-must-should-do-action-plan-typo-month-refuse.xlsx": make_rwt,
    "ix1-university-of-bradford-ofsted-apprenticeships-piap.txt": make_bradford,
    "ix1-castlefields-health-centre-cqc-inspection-action-plan.csv": make_castlefields,
    "ix1-hampton-vale-primary-academy-post-ofsted-action-plan.docx": make_hampton,
    "ix1-cheshire-and-wirral-partnership-nhsft-cqc-mental-health-must-should-do-action-plan.docx": make_cwp,
    "ix1-office-for-national-statistics-devereux-review-recommendations-implementation-tracker.xlsx": make_ons,
}

if __name__ == "__main__":
    for name, fn in FILES.items():
        fn(os.path.join(HERE, name))
        print("wrote", name)
