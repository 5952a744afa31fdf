#!/usr/bin/env python3
"""Build the seven `ua-` blind test files (set heldout512).

Run with /work/main/.venv/bin/python ua_make.py  (python-docx, openpyxl).
Writes into the folder this script lives in; touches only files named ua-*.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE, GREEN, AMBER, RED = "0070C0", "00B050", "FFC000", "FF0000"
GREY, LIGHT = "D9D9D9", "F2F2F2"
FILL = {"blue": BLUE, "green": GREEN, "amber": AMBER, "red": RED, None: None}


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Kilmarnock Academy (East Ayrshire) - Education Scotland PIAP (docx)
# ---------------------------------------------------------------------------
KA_FILE = "ua-kilmarnock-academy-education-scotland-inspection-action-plan.docx"
KA_TITLE = "Kilmarnock Academy – Post-Inspection Action Plan"
KA_AREAS = [
    ("Area for improvement 1",
     "Senior leaders should continue to work with staff to raise attainment in the senior phase, "
     "particularly for young people who live in SIMD quintiles 1 and 2.",
     [
         ("1.1", "Introduce a whole-school tracking and monitoring calendar with four attainment review "
                 "points for S4–S6, with Pupil Support staff attending every review.",
          "DHT (Senior Phase)", "October 2024",
          "Calendar published; Pupil Support attendance at all review meetings", "blue",
          "Calendar in place since October. Review point 2 completed in February."),
         ("1.2", "Targeted mentoring for S4 young people in SIMD 1–2 who are working below their predicted "
                 "grades, funded through the Pupil Equity Fund mentor post.",
          "PT Raising Attainment\nPT Pupil Support", "November 2024 – May 2025",
          "All identified learners have a mentor; 80% meet or exceed prelim targets", "green",
          "34 young people matched with a mentor. Prelim results being analysed."),
         ("1.3", "Review the S5/S6 course choice process so that every young person has a pathway discussion "
                 "with their Guidance teacher before options are finalised.",
          "DHT (Curriculum) / Careers Adviser (SDS)", "February 2025",
          "100% of S4 have a recorded pathway discussion", "amber",
          "Pathway interviews held for 82% of S4; remaining interviews scheduled after prelims."),
     ]),
    ("Area for improvement 2",
     "Improve the consistency of learning and teaching across the school so that all lessons are well "
     "paced and learners receive high-quality feedback on their progress.",
     [
         ("2.1", "Relaunch the Kilmarnock Academy Learning and Teaching Charter with all staff at the January "
                 "in-service day and agree a shared lesson structure.",
          "Head Teacher", "January 2025",
          "Charter relaunched; lesson structure visible in classroom observations", "blue",
          "Completed at in-service day on 6 January."),
         ("2.2", "Programme of peer classroom visits (learning trios) with a focus on feedback, followed by "
                 "departmental moderation of written feedback.",
          "DHT (Learning and Teaching); all Principal Teachers (Curriculum)", "Ongoing – reviewed termly",
          "Every teacher takes part in at least one trio cycle per term", "green",
          "Cycle 1 complete in 14 of 16 departments."),
         ("2.3", "Gather learners’ views on the quality of feedback through the Pupil Council and a learner "
                 "survey in each BGE year group.",
          "PT Pupil Voice", "May 2025",
          "Survey response rate above 60%; findings shared with staff", None,
          "Not yet started – survey planned for April."),
     ]),
    ("Area for improvement 3",
     "Continue to develop approaches to self-evaluation so that all staff, learners and parents are "
     "involved in identifying the school’s priorities for improvement.",
     [
         ("3.1", "Establish a self-evaluation working group with staff, learner and Parent Council "
                 "representatives, using the HGIOS4 challenge questions.",
          "DHT (Self-evaluation)", "December 2024",
          "Working group meets twice per term; views inform the 2025/26 SIP", "blue",
          "Group established and has met four times."),
         ("3.2", "Publish a short ‘You said, we did’ summary for parents after each consultation.",
          "Head Teacher and Parent Council Chair", "June 2025",
          "Summary published on the school app after each consultation", "red",
          "First summary delayed – March Parent Council meeting postponed."),
     ]),
]


def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def set_cell_text(cell, text, bold=False, size=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


def make_kilmarnock():
    doc = Document()
    doc.add_paragraph(KA_TITLE, style="Title")
    doc.add_paragraph("Education Scotland full model inspection, 9–13 September 2024")

    info = [
        ("School", "Kilmarnock Academy"),
        ("Local authority", "East Ayrshire Council"),
        ("Head Teacher", "Mrs A. Kerr"),
        ("Inspection letter published", "26 November 2024"),
        ("Plan agreed with", "Quality Improvement Officer, East Ayrshire Council"),
        ("Date of this update", "24 March 2025"),
        ("Next review", "June 2025"),
    ]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in info:
        r = t.add_row().cells
        set_cell_text(r[0], k, bold=True)
        shade(r[0], LIGHT)
        set_cell_text(r[1], v)

    doc.add_paragraph()
    doc.add_paragraph(
        "The areas for improvement below were agreed with the school and East Ayrshire Council at the end "
        "of the inspection. Progress is reported to the Parent Council each term and to the Head of "
        "Education at each quality improvement visit.")

    doc.add_paragraph("RAG key", style="Heading 3")
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for colour, meaning in [(BLUE, "Complete"), (GREEN, "On track"),
                            (AMBER, "Some slippage – action being taken"), (RED, "Not on track"),
                            ("FFFFFF", "Not yet started")]:
        r = key.add_row().cells
        shade(r[0], colour)
        set_cell_text(r[1], meaning)

    headers = ["No.", "Action", "Lead(s)", "Timescale", "Measures of success", "RAG",
               "Progress update – March 2025"]
    for heading, area_text, actions in KA_AREAS:
        doc.add_paragraph(heading, style="Heading 2")
        p = doc.add_paragraph()
        run = p.add_run(area_text)
        run.italic = True
        tbl = doc.add_table(rows=1, cols=len(headers))
        tbl.style = "Table Grid"
        for i, h in enumerate(headers):
            set_cell_text(tbl.rows[0].cells[i], h, bold=True)
            shade(tbl.rows[0].cells[i], GREY)
        for ref, action, lead, when, measure, rag, progress in actions:
            c = tbl.add_row().cells
            set_cell_text(c[0], ref)
            set_cell_text(c[1], action)
            set_cell_text(c[2], lead)
            set_cell_text(c[3], when)
            set_cell_text(c[4], measure)
            set_cell_text(c[5], "")
            if rag:
                shade(c[5], FILL[rag])
            set_cell_text(c[6], progress)
        doc.add_paragraph()

    doc.add_paragraph("Signed: A. Kerr, Head Teacher            Date: 24 March 2025")
    doc.save(os.path.join(HERE, KA_FILE))


# ---------------------------------------------------------------------------
# 2. Cogan Primary School (Vale of Glamorgan) - Estyn PIAP, tab-separated text
# ---------------------------------------------------------------------------
CP_FILE = "ua-cogan-primary-school-estyn-post-inspection-action-plan.txt"
CP_TITLE = "Cogan Primary School – Post-inspection Action Plan"
CP_RECS = [
    ("R1: Raise standards in pupils’ writing in English and Welsh across the school", [
        ("1.1", "Audit writing across all classes using a shared moderation framework and identify priority "
                "skills for each year group", None,
         "Literacy Co-ordinator (Mrs H Lewis)", "Priority skills agreed and shared with all staff",
         "July 2025", "Headteacher; Governors’ Standards Committee", "B"),
        ("1.2", "Introduce a weekly extended writing session in Years 3 to 6, with teachers modelling each "
                "genre before pupils write independently", None,
         "Class teachers Y3–6", "Book scrutiny shows longer, well-structured pieces in all classes",
         "Autumn term 2025", "Literacy Co-ordinator", "G"),
        ("1.3", "Develop pupils’ use of Welsh in their writing through the Siarter Iaith action group and "
                "termly Welsh writing challenges", None,
         "Welsh Co-ordinator / Siarter Iaith pupil group", "Pupils use Welsh confidently in extended writing",
         "Summer term 2026", "Headteacher", "A"),
    ]),
    ("R2: Improve provision for pupils with additional learning needs (ALN) so that individual development "
     "plans are reviewed effectively", [
        ("2.1", "Review all individual development plans (IDPs) with families and update person-centred "
                "outcomes", "and record review dates on the ALN tracker",
         "ALNCo", "All IDPs reviewed within 12 months; families report they are involved",
         "31 October 2025", "Headteacher; ALN governor", "G"),
        ("2.2", "Termly training for teaching assistants on delivering literacy and numeracy interventions",
         None, "ALNCo & Deputy Headteacher", "Intervention data shows accelerated progress",
         "Termly", "Deputy Headteacher", "G"),
    ]),
    ("R3: Strengthen the role of the governing body in holding the school to account for standards and "
     "provision", [
        ("3.1", "Governor training on understanding school data and the school development plan", None,
         "Chair of Governors", "All governors attend; governors ask challenging questions at meetings",
         "December 2025", "LA School Improvement Partner", ""),
        ("3.2", "Link a governor to each PIAP recommendation, with termly learning walks and a written "
                "report to the full governing body", None,
         "Chair of Governors / Headteacher", "Written link governor reports for every recommendation",
         "March 2026", "Full Governing Body", "A"),
    ]),
    ("R4: Address the health and safety issue identified during the inspection", [
        ("4.1", "Replace the damaged fencing on the lower playground and review the site risk assessment",
         None, "Headteacher; LA Property Services", "Fencing replaced; risk assessment signed off",
         "April 2025", "Chair of Governors", "B"),
    ]),
]


def make_cogan():
    cols = 7
    lines = [
        CP_TITLE,
        "Estyn core inspection: 10–13 March 2025\tReport published: 15 May 2025\t"
        "Approved by the Governing Body: 19 June 2025",
        "",
        "Progress key: B = completed, G = on track, A = some slippage, R = not on track "
        "(blank = not yet started)",
        "",
        "\t".join(["No.", "Action", "Lead person(s)", "Success criteria", "Timescale", "Monitoring by",
                   "Progress"]),
    ]
    for rec, actions in CP_RECS:
        lines.append(rec)
        for ref, action, cont, lead, success, when, monitor, rag in actions:
            lines.append("\t".join([ref, action, lead, success, when, monitor, rag]))
            if cont:
                lines.append("\t".join(["", cont] + [""] * (cols - 2)))
    lines += [
        "",
        "Note: This plan is reviewed at each meeting of the Full Governing Body and shared with the local "
        "authority School Improvement Partner.",
        "Date of next review: 2 December 2025",
    ]
    with open(os.path.join(HERE, CP_FILE), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------
# 3. Swansea Bay UHB - Corporate Risk Register 2025/26 (xlsx)
# ---------------------------------------------------------------------------
SB_FILE = "ua-swansea-bay-uhb-corporate-risk-register-2025-26.xlsx"
SB_TITLE = "Swansea Bay University Health Board – Corporate Risk Register 2025/26"
SB_RISKS = [
    ("CRR-01", 3286, "Unscheduled care – patient flow and Emergency Department overcrowding at Morriston Hospital",
     "There is a risk that patients come to harm because of prolonged waits in the Emergency Department and "
     "ambulance handover delays, caused by high bed occupancy and delayed discharges.",
     "Chief Operating Officer", 25, 20, 12, "↔",
     "Daily safety huddles; OPEL escalation framework; Same Day Emergency Care unit; discharge lounge",
     [
         ("1.1", "Open the 24 additional step-down beds at Ysbyty Gorseinon to support discharge of "
                 "medically optimised patients",
          "Service Group Director – Primary, Community and Therapies", d(2025, 10, 31), d(2026, 1, 31),
          "amber", "Recruitment to nursing posts slower than planned; phased opening from December."),
         ("1.2", "Implement the ‘Discharge to Recover then Assess’ pathways with Swansea Council and Neath "
                 "Port Talbot Council",
          "Head of Integrated Discharge / Director of Social Services (NPT)", d(2025, 12, 31), None,
          "green", "Pathways 1 and 2 live; pathway 3 business case approved."),
         ("1.3", "Extend Same Day Emergency Care opening hours to 22:00 on weekdays",
          "Clinical Director – Emergency Medicine", d(2025, 9, 30), None, "blue",
          "Extended hours in place from 1 September."),
     ]),
    ("CRR-02", 2917, "Financial sustainability – delivery of the 2025/26 financial plan",
     "There is a risk that the Health Board does not achieve the control total agreed with Welsh Government "
     "due to under-delivery of recurrent savings and continuing pressure from agency spend.",
     "Director of Finance", 20, 16, 12, "↑",
     "Monthly financial reporting to Performance and Finance Committee; vacancy control panel",
     [
         ("2.1", "Deliver the agency reduction programme, removing off-framework nurse agency use in all "
                 "Service Groups",
          "Deputy Director of Finance & Director of Nursing and Patient Experience", "Q3 2025/26", None,
          "green", "Off-framework use eliminated in three of four Service Groups."),
         ("2.2", "Monthly Star Chamber reviews of Service Group savings plans, with escalation to the "
                 "Performance and Finance Committee",
          "Director of Finance", "Monthly", None, "green", "Reviews held July, August, September."),
     ]),
    ("CRR-03", 3102, "Digital infrastructure – cyber security",
     "There is a risk of loss of clinical systems as a result of a cyber attack, caused by legacy "
     "unsupported operating systems and gaps in multi-factor authentication.",
     "Director of Digital", 20, 15, 10, "↔",
     "NHS Wales Cyber Resilience Unit monitoring; annual penetration testing; phishing simulations",
     [
         ("3.1", "Complete removal of the remaining Windows 10 devices not covered by extended security "
                 "updates",
          "Head of Digital Operations", d(2025, 10, 31), d(2026, 3, 31), "red",
          "412 devices outstanding; supplier delivery delayed. Revised date at risk."),
         ("3.2", "Roll out multi-factor authentication to all remote access accounts",
          "Head of Cyber Security", d(2025, 6, 30), d(2025, 8, 31), "blue", "Completed August 2025."),
     ]),
    ("CRR-04", 2655, "Workforce – registered nurse vacancies in mental health and learning disabilities",
     "There is a risk that safe staffing levels cannot be maintained on mental health and learning "
     "disabilities wards due to a registered nurse vacancy rate of 18%, leading to reliance on bank and "
     "agency staff.",
     "Director of Nursing and Patient Experience", 16, 16, 9, "↔",
     "Daily staffing review; Nurse Staffing Levels (Wales) Act escalation; bank incentive scheme",
     [
         ("4.1", "International nurse recruitment campaign for mental health wards (cohort of 20 nurses)",
          "Head of Nursing – Mental Health & Learning Disabilities", d(2026, 3, 31), None, None,
          "Not started – campaign launches January 2026."),
         ("4.2", "Introduce a retention ‘stay conversation’ for all nurses in their first two years",
          "Deputy Director of Workforce and OD", "Ongoing", None, "green",
          "Stay conversations held with 61 nurses to date."),
     ]),
]


def thin_border():
    s = Side(style="thin", color="808080")
    return Border(left=s, right=s, top=s, bottom=s)


def make_swansea():
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = SB_TITLE
    cover["A1"].font = Font(bold=True, size=14)
    cover["A3"] = "Document control"
    cover["A3"].font = Font(bold=True)
    rows = [("Version", "4.2"), ("Owner", "Director of Corporate Governance"),
            ("Position as at", d(2025, 9, 30)), ("Presented to", "Audit Committee – 16 October 2025"),
            ("Next review", "Management Board – December 2025")]
    for i, (k, v) in enumerate(rows, start=4):
        cover.cell(row=i, column=1, value=k).font = Font(bold=True)
        c = cover.cell(row=i, column=2, value=v)
        if isinstance(v, dt.datetime):
            c.number_format = "dd/mm/yyyy"
    cover["A11"] = "Action status key"
    cover["A11"].font = Font(bold=True)
    for i, (colour, label) in enumerate([(BLUE, "Complete"), (GREEN, "On track"),
                                         (AMBER, "At risk of slippage"), (RED, "Overdue / off track"),
                                         (None, "Not started")], start=12):
        c = cover.cell(row=i, column=1)
        if colour:
            c.fill = PatternFill("solid", fgColor=colour)
        c.border = thin_border()
        cover.cell(row=i, column=2, value=label)
    cover["A18"] = "Risk scoring matrix (likelihood x consequence)"
    cover["A18"].font = Font(bold=True)
    cover.cell(row=19, column=1, value="Consequence \\ Likelihood")
    for lk in range(1, 6):
        cover.cell(row=19, column=1 + lk, value=lk).font = Font(bold=True)
    for cq in range(5, 0, -1):
        r = 20 + (5 - cq)
        cover.cell(row=r, column=1, value=cq).font = Font(bold=True)
        for lk in range(1, 6):
            score = cq * lk
            c = cover.cell(row=r, column=1 + lk, value=score)
            colour = "FF0000" if score >= 15 else "FFC000" if score >= 8 else "FFFF00" if score >= 4 else "00B050"
            c.fill = PatternFill("solid", fgColor=colour)
            c.alignment = Alignment(horizontal="center")
    cover.column_dimensions["A"].width = 30
    cover.column_dimensions["B"].width = 36

    ws = wb.create_sheet("Corporate Risk Register")
    ws["A1"] = SB_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position as at 30 September 2025 · Risks scoring 16 and above, or escalated by Executive Directors"
    ws["A4"] = "Risk"
    ws.merge_cells("A4:J4")
    ws["K4"] = "Further actions to reduce the risk to target"
    ws.merge_cells("K4:Q4")
    for c in ("A4", "K4"):
        ws[c].font = Font(bold=True, color="FFFFFF")
        ws[c].fill = PatternFill("solid", fgColor="1F3864")
        ws[c].alignment = Alignment(horizontal="center")
    headers = ["Risk ID", "Datix ID", "Risk title", "Risk description", "Executive lead",
               "Inherent score", "Current score", "Target score", "Trend", "Key controls in place",
               "Action ref", "Further action required", "Action owner", "Original due date",
               "Revised due date", "Status", "Progress note"]
    for i, h in enumerate(headers, start=1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor=GREY)
        c.alignment = Alignment(wrap_text=True, vertical="top")
        c.border = thin_border()
    row = 6
    for rid, datix, title, desc, lead, inh, cur, tgt, trend, controls, actions in SB_RISKS:
        start = row
        for ref, action, owner, due, revised, rag, note in actions:
            vals = [ref, action, owner, due, revised, None, note]
            for j, v in enumerate(vals, start=11):
                c = ws.cell(row=row, column=j, value=v)
                c.alignment = Alignment(wrap_text=True, vertical="top")
                c.border = thin_border()
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if rag:
                ws.cell(row=row, column=16).fill = PatternFill("solid", fgColor=FILL[rag])
            row += 1
        end = row - 1
        for j, v in enumerate([rid, datix, title, desc, lead, inh, cur, tgt, trend, controls], start=1):
            c = ws.cell(row=start, column=j, value=v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            for rr in range(start, end + 1):
                ws.cell(row=rr, column=j).border = thin_border()
            if end > start:
                ws.merge_cells(start_row=start, start_column=j, end_row=end, end_column=j)
        for j, score in ((6, inh), (7, cur), (8, tgt)):
            colour = "FF0000" if score >= 15 else "FFC000" if score >= 8 else "FFFF00"
            ws.cell(row=start, column=j).fill = PatternFill("solid", fgColor=colour)
    widths = [9, 8, 28, 45, 22, 9, 9, 9, 7, 40, 8, 50, 30, 12, 12, 9, 40]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "C6"

    hm = wb.create_sheet("Summary")
    hm["A1"] = "Corporate risks by current score"
    hm["A1"].font = Font(bold=True)
    for i, (band, n) in enumerate([("Extreme (20-25)", 1), ("High (15-16)", 3), ("Moderate (8-12)", 0),
                                   ("Total", 4)], start=3):
        hm.cell(row=i, column=1, value=band)
        hm.cell(row=i, column=2, value=n)
    hm["A9"] = "Further actions by status"
    hm["A9"].font = Font(bold=True)
    for i, (label, n) in enumerate([("Complete", 2), ("On track", 4), ("At risk of slippage", 1),
                                    ("Overdue / off track", 1), ("Not started", 1), ("Total", 9)], start=10):
        hm.cell(row=i, column=1, value=label)
        hm.cell(row=i, column=2, value=n)
    wb.save(os.path.join(HERE, SB_FILE))


# ---------------------------------------------------------------------------
# 4. Lisburn & Castlereagh City Council - Internal Audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
LC_FILE = "ua-lisburn-castlereagh-ccc-internal-audit-recommendations-tracker.xlsx"
LC_TITLE = "Lisburn & Castlereagh City Council – Internal Audit Recommendations Tracker"
LC_STATUS = {"Implemented": "blue", "On track": "green", "Revised date agreed": "amber", "Overdue": "red"}
LC_SHEETS = [
    ("2024-25", "Internal Audit recommendations – reports issued 2024-25", [
        ("Procurement and Contract Management (Limited assurance, June 2024)", [
            ("PCM/1", 1,
             "Contracts above the £30,000 threshold should be awarded only through a competitive tender "
             "process approved by the Procurement Unit, with any waivers recorded in a central register.",
             "A central register of single tender actions will be maintained by the Procurement Unit and "
             "reported quarterly to CMT. Procurement guidance will be re-issued to all budget holders.",
             "Head of Finance / Procurement Manager", d(2024, 12, 31), None, "Implemented",
             "Register in place and tested – verified January 2025."),
            ("PCM/2", 2,
             "A contracts register should be maintained for all contracts over £5,000, showing contract "
             "value, start and end dates and the responsible officer.",
             "Contracts register to be developed on the finance system and populated by each directorate.",
             "Procurement Manager", d(2025, 3, 31), d(2025, 12, 31), "Revised date agreed",
             "Register built; Environmental Services and Leisure still to populate."),
            ("PCM/3", 2,
             "Contract management training should be provided to officers who manage contracts.",
             "Contract management e-learning module to be rolled out to all contract managers, with "
             "completion monitored by HR.",
             "Head of HR & OD", d(2025, 6, 30), None, "Overdue",
             "No update received from management."),
        ]),
        ("Payroll (Satisfactory assurance, November 2024)", [
            ("PAY/1", 3,
             "Overtime claims should be authorised by the line manager before submission to Payroll.",
             "Payroll will reject any overtime claim not bearing manager authorisation on the HR system.",
             "Payroll Manager", d(2025, 1, 31), None, "Implemented", "Verified February 2025."),
            ("PAY/2", 2,
             "Leavers should be removed from the payroll promptly on notification by the service.",
             "Introduce a monthly reconciliation of the HR leavers report against the payroll, signed off by "
             "the Payroll Manager.",
             "Payroll Manager; HR Business Partner", d(2025, 2, 28), None, "Implemented",
             "Reconciliations sampled for March–June 2025."),
        ]),
    ]),
    ("2025-26", "Internal Audit recommendations – reports issued 2025-26", [
        ("Leisure Centre Income – Lagan Valley LeisurePlex (Limited assurance, May 2025)", [
            ("LEI/1", 1,
             "Cash takings should be banked intact and reconciled to the till system daily, with "
             "discrepancies over £10 investigated.",
             "Daily reconciliation procedure to be introduced at all leisure sites; duty managers to complete "
             "the reconciliation template and forward it to Finance each Monday.",
             "Head of Leisure Services", d(2025, 7, 31), d(2025, 10, 31), "Revised date agreed",
             "Procedure live at LeisurePlex; Dundonald and Lough Moss sites from October."),
            ("LEI/2", 2,
             "Access to the safe should be restricted to named key holders and a key register maintained.",
             "Key holder list reviewed and safe combination changed; key register introduced.",
             "Leisure Centre Manager", d(2025, 6, 30), None, "Implemented", "Verified on site visit."),
        ]),
        ("Information Governance and GDPR (Satisfactory assurance, August 2025)", [
            ("IG/1", 2,
             "The Record of Processing Activities (ROPA) should be reviewed and updated by each directorate.",
             "Information Governance Officer to circulate ROPA templates and support each directorate to "
             "complete its review.",
             "Information Governance Officer", d(2026, 3, 31), None, "On track", "Not yet due."),
            ("IG/2", 3,
             "Staff should complete data protection refresher training every two years.",
             "Refresher training to be added to the mandatory training schedule on the learning management "
             "system.",
             "Head of HR & OD", d(2025, 11, 30), None, "On track", "Not yet due."),
        ]),
    ]),
]


def make_lisburn():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = LC_TITLE
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Position at 30 September 2025 – report to the Governance & Audit Committee, 14 October 2025"
    s["A4"] = "Status key"
    s["A4"].font = Font(bold=True)
    key = [("Implemented", "Recommendation fully implemented and verified by Internal Audit"),
           ("On track", "Not yet due; management report the action is progressing"),
           ("Revised date agreed", "Original target missed; revised date agreed with Internal Audit"),
           ("Overdue", "Target date passed and no revised date agreed")]
    for i, (label, meaning) in enumerate(key, start=5):
        c = s.cell(row=i, column=1, value=label)
        c.fill = PatternFill("solid", fgColor=FILL[LC_STATUS[label]])
        s.cell(row=i, column=2, value=meaning)
    s["A10"] = "Priority ratings: 1 – significant weakness requiring urgent action; 2 – important control " \
               "issue; 3 – minor issue / best practice."
    s["A12"] = "Summary by priority"
    s["A12"].font = Font(bold=True)
    hdr = ["Priority", "Implemented", "On track", "Revised date agreed", "Overdue", "Total"]
    for j, h in enumerate(hdr, start=1):
        c = s.cell(row=13, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor=GREY)
    counts = {p: {k: 0 for k in LC_STATUS} for p in (1, 2, 3)}
    for _, _, audits in LC_SHEETS:
        for _, recs in audits:
            for rec in recs:
                counts[rec[1]][rec[7]] += 1
    r = 14
    for p in (1, 2, 3):
        vals = [f"Priority {p}"] + [counts[p][k] for k in LC_STATUS] + [sum(counts[p].values())]
        for j, v in enumerate(vals, start=1):
            s.cell(row=r, column=j, value=v)
        r += 1
    tot = ["Total"] + [sum(counts[p][k] for p in counts) for k in LC_STATUS] + \
          [sum(sum(v.values()) for v in counts.values())]
    for j, v in enumerate(tot, start=1):
        s.cell(row=r, column=j, value=v).font = Font(bold=True)
    s.column_dimensions["A"].width = 22
    s.column_dimensions["B"].width = 60

    headers = ["Rec No.", "Priority", "Recommendation", "Management response / agreed action",
               "Responsible officer", "Original target date", "Revised target date", "Status",
               "Internal Audit comment (Sept 2025)"]
    for sheet, heading, audits in LC_SHEETS:
        ws = wb.create_sheet(sheet)
        ws["A1"] = heading
        ws["A1"].font = Font(bold=True, size=12)
        for j, h in enumerate(headers, start=1):
            c = ws.cell(row=3, column=j, value=h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = PatternFill("solid", fgColor="00685E")
            c.alignment = Alignment(wrap_text=True, vertical="top")
        row = 4
        for audit, recs in audits:
            c = ws.cell(row=row, column=1, value=audit)
            c.font = Font(bold=True)
            for j in range(1, len(headers) + 1):
                ws.cell(row=row, column=j).fill = PatternFill("solid", fgColor="DDEBF7")
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(headers))
            row += 1
            for ref, prio, rec, action, officer, orig, rev, status, comment in recs:
                vals = [ref, prio, rec, action, officer, orig, rev, status, comment]
                for j, v in enumerate(vals, start=1):
                    c = ws.cell(row=row, column=j, value=v)
                    c.alignment = Alignment(wrap_text=True, vertical="top")
                    c.border = thin_border()
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                ws.cell(row=row, column=8).fill = PatternFill("solid", fgColor=FILL[LC_STATUS[status]])
                row += 1
        for i, w in enumerate([9, 8, 45, 45, 26, 12, 12, 14, 36], start=1):
            ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(os.path.join(HERE, LC_FILE))


# ---------------------------------------------------------------------------
# 5. NHS Lothian - Annual Delivery Plan 2025/26 Q2 progress (xlsx)
# ---------------------------------------------------------------------------
NL_FILE = "ua-nhs-lothian-annual-delivery-plan-2025-26-q2-tracker.xlsx"
NL_TITLE = "NHS Lothian Annual Delivery Plan 2025/26 – Quarter 2 Progress Report"
NL_LETTER = {"B": "blue", "G": "green", "A": "amber", "R": "red", None: None}
NL_PRIORITIES = [
    ("Priority 1: Urgent and unscheduled care – reduce pressure on emergency departments", [
        ("UC-01", "Expand Flow Navigation Centre consultations so that 20% of ED attendances are redirected to "
                  "the most appropriate care",
         "20% redirection rate sustained for three months", "Director of Acute Services", "Q3 2025/26",
         "G", "A", "Redirection at 16%; additional GP sessions from November."),
        ("UC-02", "Reduce delayed discharges across the four HSCPs by 10% against the March 2025 baseline",
         "Bed days lost to delay reduced by 10%",
         "Chief Officer, Edinburgh HSCP; Chief Officer, West Lothian HSCP", "Q4 2025/26",
         "A", "R", "Delays increased 4% in Q2 – care at home capacity in Edinburgh remains the constraint."),
        ("UC-03", "Open a Hospital at Home service in Midlothian for older people with frailty (20 virtual "
                  "beds)",
         "Service open and accepting referrals", "Chief Officer, Midlothian HSCP", d(2025, 10, 31),
         "G", "B", "Service opened 8 September 2025."),
    ]),
    ("Priority 2: Planned care – reduce the longest waits", [
        ("PC-01", "Eliminate outpatient waits over 104 weeks in all specialties",
         "No patient waiting more than 104 weeks at 31 March", "Director of Acute Services", "March 2026",
         "A", "A", "148 patients over 104 weeks (ENT, dermatology); waiting list initiative agreed."),
        ("PC-02", "Deliver two additional orthopaedic theatre sessions per week at St John’s Hospital",
         "Two extra sessions per week in the theatre timetable", "Associate Director (Theatres)",
         "Q2 2025/26", "G", "B", "Sessions running from July."),
        ("PC-03", "Validate all inpatient and day case waiting lists using the national validation tool",
         "100% of lists validated", "Head of Access and Patient Management", "2025/26",
         "G", "G", "62% of lists validated."),
    ]),
    ("Priority 3: Mental health – CAMHS and psychological therapies", [
        ("MH-01", "Meet the 18-week referral to treatment standard for CAMHS (90%)",
         "90% of children and young people start treatment within 18 weeks",
         "Director, Royal Edinburgh and Associated Services", "Q4 2025/26",
         "G", "G", "Performance 91.2% in September."),
        ("MH-02", "Implement the Psychological Therapies Specification in all adult community mental health "
                  "teams",
         "Specification audit complete in all teams",
         "Lead Psychologist / Service Manager, Adult Mental Health", d(2026, 3, 31),
         None, None, "Scheduled to start in Q3."),
    ]),
    ("Priority 4: Cancer care", [
        ("CA-01", "Extend the Rapid Cancer Diagnostic Service for non-specific symptoms to all Lothian GP "
                  "practices",
         "All practices able to refer", "Associate Medical Director – Cancer", "Q1 2026/27",
         "G", "G", "87 of 118 practices now referring."),
        ("CA-02", "Improve performance against the 62-day cancer standard for urology through additional "
                  "prostate biopsy capacity",
         "62-day performance for urology at 80% or above", "General Manager – Urology", "December 2025",
         "R", "A", "Two additional LATP biopsy lists per week from October."),
    ]),
]


def make_lothian():
    wb = Workbook()
    rm = wb.active
    rm.title = "Read Me"
    rm["A1"] = NL_TITLE
    rm["A1"].font = Font(bold=True, size=14)
    rm["A3"] = ("This workbook reports progress against the deliverables in the Annual Delivery Plan agreed "
                "with the Scottish Government. Updates are provided by Executive leads and reviewed by the "
                "Corporate Management Team before submission to the Planning, Performance and Delivery Committee.")
    rm["A5"] = "RAG key"
    rm["A5"].font = Font(bold=True)
    for i, (letter, meaning) in enumerate([("B", "Complete"), ("G", "On track"),
                                           ("A", "Some risk to delivery – mitigating action in place"),
                                           ("R", "Will not be delivered in year / within timescale"),
                                           ("", "Not started / no update")], start=6):
        c = rm.cell(row=i, column=1, value=letter)
        if letter:
            c.fill = PatternFill("solid", fgColor=FILL[NL_LETTER[letter]])
        c.alignment = Alignment(horizontal="center")
        rm.cell(row=i, column=2, value=meaning)
    rm.column_dimensions["A"].width = 8
    rm.column_dimensions["B"].width = 60

    ws = wb.create_sheet("ADP Deliverables")
    ws["A1"] = NL_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Reporting period: 1 July – 30 September 2025"
    headers = ["Ref", "Deliverable", "Milestone / measure of success", "Executive lead", "Target date",
               "Q1 RAG", "Q2 RAG", "Q2 progress update"]
    for j, h in enumerate(headers, start=1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="005EB8")
        c.alignment = Alignment(wrap_text=True)
    row = 5
    for prio, items in NL_PRIORITIES:
        c = ws.cell(row=row, column=1, value=prio)
        c.font = Font(bold=True)
        for j in range(1, len(headers) + 1):
            ws.cell(row=row, column=j).fill = PatternFill("solid", fgColor=GREY)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(headers))
        row += 1
        for ref, deliv, milestone, lead, when, q1, q2, update in items:
            vals = [ref, deliv, milestone, lead, when, q1, q2, update]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(row=row, column=j, value=v)
                c.alignment = Alignment(wrap_text=True, vertical="top")
                c.border = thin_border()
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            for j, q in ((6, q1), (7, q2)):
                if q:
                    ws.cell(row=row, column=j).fill = PatternFill("solid", fgColor=FILL[NL_LETTER[q]])
                    ws.cell(row=row, column=j).alignment = Alignment(horizontal="center", vertical="top")
            row += 1
    for i, w in enumerate([8, 50, 36, 32, 12, 7, 7, 45], start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "B5"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Q2 RAG summary by priority"
    sm["A1"].font = Font(bold=True)
    hdr = ["Priority", "B", "G", "A", "R", "Not rated", "Total"]
    for j, h in enumerate(hdr, start=1):
        sm.cell(row=2, column=j, value=h).font = Font(bold=True)
    r = 3
    for prio, items in NL_PRIORITIES:
        q2s = [it[6] for it in items]
        vals = [prio.split(":")[0], q2s.count("B"), q2s.count("G"), q2s.count("A"), q2s.count("R"),
                q2s.count(None), len(items)]
        for j, v in enumerate(vals, start=1):
            sm.cell(row=r, column=j, value=v)
        r += 1
    sm.column_dimensions["A"].width = 14
    wb.save(os.path.join(HERE, NL_FILE))


# ---------------------------------------------------------------------------
# 6. Leonard Cheshire - Cardiff and Vale Supported Living - CIW improvement plan (docx)
# ---------------------------------------------------------------------------
LCH_FILE = "ua-leonard-cheshire-cardiff-vale-supported-living-ciw-inspection-improvement-plan.docx"
LCH_TITLE = "Leonard Cheshire Cymru – Cardiff and Vale Supported Living: CIW Inspection Improvement Plan"
LCH_STATUS_FILL = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Overdue": RED, "Not started": None}
LCH_THEMES = [
    ("1. Well-being", [
        ("Regulation 21(1)",
         "People are not consistently supported to take part in activities and community life that are "
         "important to them.",
         [
             ("Review each person’s ‘What matters to me’ outcomes with them and their families, and agree a "
              "weekly activity plan.", "Team Leaders", "31/08/2025", "Complete"),
             ("Introduce a monthly activity audit at each property, with results reported at the RI’s "
              "quarterly visit.", "Registered Manager", "Ongoing – monthly", "On track"),
         ]),
    ]),
    ("2. Care and Support", [
        ("Regulation 15",
         "Personal plans did not always reflect people’s current needs and were not reviewed at least every "
         "three months.",
         [
             ("Re-write all personal plans in the new person-centred format with the involvement of each "
              "person and their representatives.", "Registered Manager & Team Leaders", "30/09/2025",
              "Complete"),
             ("Set up a three-monthly review schedule on the electronic care planning system with automatic "
              "reminders.", "Service Administrator", "30/11/2025", "At risk"),
         ]),
        ("Regulation 58",
         "Medication administration records (MAR) contained gaps and PRN protocols were not in place for "
         "all people who need them.",
         [
             ("Weekly MAR audits by Team Leaders, with findings discussed in supervision.", "Team Leaders",
              "Immediate and ongoing", "On track"),
             ("Write PRN protocols for all ‘as required’ medicines, agreed with the prescribing GP.",
              "Registered Manager and Community Pharmacist", "31/10/2025", "Overdue"),
         ]),
    ]),
    ("3. Leadership and Management", [
        ("Regulation 36",
         "Staff did not receive supervision at least every three months, and some staff had not completed "
         "mandatory training.",
         [
             ("Introduce a supervision matrix and complete all overdue supervisions.", "Registered Manager",
              "31/08/2025", "Complete"),
             ("Book all outstanding mandatory training (safeguarding, medication, positive behaviour support) "
              "and monitor completion monthly.",
              "Area Manager (South Wales) and Learning & Development Partner", "December 2025", "On track"),
         ]),
        ("Regulation 80",
         "Quality of care reviews had not been completed at least every six months.",
         [
             ("Complete the quality of care review for April–September 2025 and share the report with people "
              "and staff.", "Responsible Individual", "31/10/2025", "Not started"),
         ]),
    ]),
]


def vmerge(table, col, r0, r1):
    if r1 > r0:
        a = table.cell(r0, col)
        b = table.cell(r1, col)
        text = a.text
        m = a.merge(b)
        set_cell_text(m, text)


def make_leonard_cheshire():
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = 1
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)
    doc.add_paragraph(LCH_TITLE, style="Title")

    info = [("Service", "Cardiff and Vale Supported Living (domiciliary support service)"),
            ("Service provider", "Leonard Cheshire Disability"),
            ("Inspection", "Full inspection, 3 and 4 June 2025 – report published 18 July 2025"),
            ("Responsible Individual", "Regional Director, Wales"),
            ("Plan owner", "Registered Manager")]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in info:
        c = t.add_row().cells
        set_cell_text(c[0], k, bold=True)
        shade(c[0], LIGHT)
        set_cell_text(c[1], v)

    doc.add_paragraph("Document control", style="Heading 3")
    dc = doc.add_table(rows=1, cols=4)
    dc.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Changes"]):
        set_cell_text(dc.rows[0].cells[i], h, bold=True)
    for row in [("v1.0", "28/07/2025", "Registered Manager", "First draft for RI approval"),
                ("v1.1", "05/08/2025", "Responsible Individual", "Approved; sent to CIW"),
                ("v1.2", "10/10/2025", "Registered Manager", "Progress update for RI quarterly visit")]:
        c = dc.add_row().cells
        for i, v in enumerate(row):
            set_cell_text(c[i], v)

    doc.add_paragraph()
    doc.add_paragraph(
        "CIW identified areas for improvement under the Regulated Services (Service Providers and Responsible "
        "Individuals) (Wales) Regulations 2017. The actions below set out how we will meet them. "
        "Status: Complete (blue) | On track (green) | At risk (amber) | Overdue (red) | Not started.")

    headers = ["Regulation", "Area for improvement (CIW)", "Action", "Responsible", "Target date", "Status"]
    for theme, areas in LCH_THEMES:
        doc.add_paragraph(theme, style="Heading 1")
        nrows = 1 + sum(len(a[2]) for a in areas)
        tbl = doc.add_table(rows=nrows, cols=len(headers))
        tbl.style = "Table Grid"
        for i, h in enumerate(headers):
            set_cell_text(tbl.cell(0, i), h, bold=True)
            shade(tbl.cell(0, i), GREY)
        r = 1
        for reg, area, actions in areas:
            r0 = r
            for action, who, when, status in actions:
                set_cell_text(tbl.cell(r, 0), reg)
                set_cell_text(tbl.cell(r, 1), area)
                set_cell_text(tbl.cell(r, 2), action)
                set_cell_text(tbl.cell(r, 3), who)
                set_cell_text(tbl.cell(r, 4), when)
                set_cell_text(tbl.cell(r, 5), status)
                if LCH_STATUS_FILL[status]:
                    shade(tbl.cell(r, 5), LCH_STATUS_FILL[status])
                r += 1
            vmerge(tbl, 0, r0, r - 1)
            vmerge(tbl, 1, r0, r - 1)
        doc.add_paragraph()

    doc.add_paragraph("Sign-off", style="Heading 3")
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for i, h in enumerate(["Role", "Name", "Date"]):
        set_cell_text(so.cell(0, i), h, bold=True)
    for i, v in enumerate(["Responsible Individual", "", "10/10/2025"]):
        set_cell_text(so.cell(1, i), v)
    doc.save(os.path.join(HERE, LCH_FILE))


# ---------------------------------------------------------------------------
# 7. Positive Futures - Lisburn supported living - RQIA QIP tracker (csv) - REFUSE (typo month)
# ---------------------------------------------------------------------------
PF_FILE = "ua-positive-futures-lisburn-supported-living-rqia-qip-tracker-typo-month-refuse.csv"
PF_TITLE = "Positive Futures – Lisburn Supported Living Service – RQIA Quality Improvement Plan tracker"
PF_ROWS = [
    ("Area for improvement 1", "Regulation 13 (d)", "First time",
     "The registered person shall ensure that all staff complete adult safeguarding training appropriate to "
     "their role.",
     "All staff booked onto Adult Safeguarding (Level 2) training; completion monitored on the training matrix.",
     "Registered Manager", "30 September 2025", "Complete", "All 23 staff trained."),
    ("", "", "",
     "",
     "Safeguarding added as a standing item at monthly team meetings.",
     "Deputy Manager", "Immediate and ongoing", "On track", "Minutes evidence discussion Aug/Sept."),
    ("Area for improvement 2", "Regulation 15 (2) (b)", "First time",
     "The registered person shall ensure that each service user’s support plan and risk assessments are "
     "kept under review and revised when needs change.",
     "Support plans and risk assessments reviewed with each tenant and their HSC Trust key worker.",
     "Senior Support Workers / Registered Manager", "31 October 2025", "On track",
     "9 of 12 reviews completed."),
    ("Area for improvement 3", "Standard 8.12", "Second time",
     "The registered person shall ensure that monthly quality monitoring reports are completed and "
     "available in the service.",
     "Monthly quality monitoring visits by the Area Manager, with a written report kept in the service office.",
     "Area Manager", "Novmber 2025", "On track", "August and September reports on file."),
    ("Area for improvement 4", "Regulation 16 (2) (a)", "First time",
     "The registered person shall ensure that staff receive supervision in line with the agency’s policy.",
     "Supervision planner introduced; overdue supervisions completed.",
     "Deputy Manager", "31 December 2025", "On track", "78% compliance at end of September."),
]


def make_positive_futures():
    path = os.path.join(HERE, PF_FILE)
    header = ["Area for improvement", "Regulation / Standard", "Stated",
              "Action required (RQIA)", "Response by registered person detailing the actions taken",
              "Responsible person", "To be completed by", "Status", "Update (October 2025)"]
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow([PF_TITLE])
        w.writerow(["Unannounced care inspection: 12 August 2025. QIP returned to RQIA: 9 September 2025."])
        w.writerow([])
        w.writerow(header)
        for r in PF_ROWS:
            w.writerow(list(r))
        w.writerow([])
        w.writerow(["Status key: Complete = action finished and evidenced; On track = progressing to date; "
                    "Delayed = target date at risk"])
    return path


def pf_refuse_line():
    with open(os.path.join(HERE, PF_FILE), encoding="utf-8") as f:
        for i, line in enumerate(f, start=1):
            if "Novmber" in line:
                return i


def main():
    make_kilmarnock()
    make_cogan()
    make_swansea()
    make_lisburn()
    make_lothian()
    make_leonard_cheshire()
    make_positive_futures()
    print("built 7 files; Positive Futures typo on line", pf_refuse_line())


if __name__ == "__main__":
    main()
