"""Build the seven pg- blind test files (set heldout450).

Run with /work/main/.venv/bin/python pg_make.py from any directory; files are written beside this script.
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

RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "00B0F0"
GREY = "D9D9D9"
NAVY = "1F3864"

thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcolor):
    return PatternFill("solid", start_color=hexcolor, end_color=hexcolor)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. PSNI corporate risk register (xlsx, read)
# ---------------------------------------------------------------------------
def make_psni():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Police Service of Northern Ireland – Corporate Risk Register 2025/26"
    cov["A1"].font = Font(bold=True, size=14, color=NAVY)
    cov["A2"] = "Quarter 2 review – position as at 30 September 2025"
    cov["A3"] = "OFFICIAL [PUBLIC]"
    cov["A3"].font = Font(bold=True)
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    rows = [
        ("Version", "Date", "Author", "Change"),
        ("0.1", d(2025, 10, 10), "Corporate Risk & Assurance", "Q2 draft issued to risk owners"),
        ("0.2", d(2025, 10, 17), "Corporate Risk & Assurance", "Risk owner updates incorporated"),
        ("1.0", d(2025, 10, 28), "Corporate Risk & Assurance", "Approved by Service Executive Board"),
    ]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cov.cell(row=6 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill(GREY)
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    cov["A11"] = "Presented to: Northern Ireland Policing Board – Resources Committee, 6 November 2025"
    cov["A13"] = "Summary of further actions at Q2"
    cov["A13"].font = Font(bold=True)
    summ = [("Action status", "Number"), ("Complete", 2), ("On track", 4),
            ("Some slippage", 2), ("Behind schedule", 1), ("Total", 9)]
    colours = [None, BLUE, GREEN, AMBER, RED, None]
    for i, (a, b) in enumerate(summ):
        ca = cov.cell(row=14 + i, column=1, value=a)
        cb = cov.cell(row=14 + i, column=2, value=b)
        ca.border = cb.border = BOX
        if i == 0 or a == "Total":
            ca.font = cb.font = Font(bold=True)
        if colours[i]:
            cb.fill = fill(colours[i])
    cov.column_dimensions["A"].width = 30
    cov.column_dimensions["B"].width = 14
    cov.column_dimensions["C"].width = 28
    cov.column_dimensions["D"].width = 38

    key = wb.create_sheet("Key")
    key["A1"] = "Risk scoring"
    key["A1"].font = Font(bold=True)
    key["A2"] = "Score = Likelihood (1–5) x Impact (1–5)"
    key["A3"] = "1–6 Low"
    key["A4"] = "8–12 Medium"
    key["A5"] = "15–25 High"
    key["A7"] = "Action status (cell colour in the Status column of the register)"
    key["A7"].font = Font(bold=True)
    for i, (col, txt) in enumerate([
        (GREEN, "On track"),
        (AMBER, "Some slippage – revised date agreed with risk owner"),
        (RED, "Behind schedule – escalated to Service Executive Board"),
        (BLUE, "Complete"),
    ]):
        key.cell(row=8 + i, column=1).fill = fill(col)
        key.cell(row=8 + i, column=1).border = BOX
        key.cell(row=8 + i, column=2, value=txt)
    key.column_dimensions["A"].width = 12
    key.column_dimensions["B"].width = 60

    ws = wb.create_sheet("CRR Q2 2025-26")
    ws["A1"] = "Corporate Risk Register 2025/26 – Q2"
    ws["A1"].font = Font(bold=True, size=13, color=NAVY)
    ws.merge_cells("A1:L1")
    ws["A2"] = ("Further actions are listed against each corporate risk. "
                "Action status is shown by cell colour – see Key.")
    ws.merge_cells("A2:L2")
    head = ["Corporate risk", "Risk description", "Risk owner", "Residual score Q1",
            "Residual score Q2", "Action ref", "Further action", "Action owner",
            "Target date", "Revised date", "Status", "Q2 progress update"]
    for j, h in enumerate(head):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.alignment = WRAP
        c.border = BOX
    risks = [
        ("CR01 – Information Security and Data Protection",
         "Risk that personal or operational information held by the Service is lost, disclosed or "
         "compromised, leading to harm to officers, staff and the public, regulatory sanction and loss "
         "of confidence.",
         "Deputy Chief Constable", "16 (4x4)", "12 (3x4)",
         [
             ("CR01.1",
              "Implement the outstanding recommendations of the Independent Review of the August 2023 "
              "data breach, with progress reported to the Information Governance Board.",
              "Chief Information Officer", d(2025, 3, 31), d(2025, 12, 31), AMBER,
              "21 of 37 recommendations closed. Remaining items relate to records retention and depend "
              "on the new EDRMS."),
             ("CR01.2",
              "Deliver refreshed mandatory Information Management training to all officers and staff "
              "and report completion rates monthly.",
              "Head of Information Management", d(2025, 9, 30), None, BLUE,
              "Completion 96% at 30 September. Action closed."),
             ("CR01.3",
              "Deploy data loss prevention controls across the Microsoft 365 tenancy, including "
              "automatic labelling of OFFICIAL-SENSITIVE material.",
              "Chief Information Officer / Head of Cyber Security", d(2026, 3, 31), None, GREEN,
              "Pilot in Corporate Services complete; force-wide rollout from January 2026."),
         ]),
        ("CR02 – Financial Sustainability",
         "Risk that the Service cannot set a balanced budget within the 2025/26 allocation without "
         "reducing officer and staff numbers below the level required to deliver the Policing Plan.",
         "Chief Operating Officer", "20 (4x5)", "20 (4x5)",
         [
             ("CR02.1",
              "Submit the 2026/27 budget requirement to the Department of Justice, setting out the "
              "operational impact of the funding gap on neighbourhood and response policing.",
              "Director of Finance & Support Services", d(2026, 1, 31), None, GREEN,
              "Draft submission considered at SEB on 15 October."),
             ("CR02.2",
              "Deliver in-year savings of £12.4m through the vacancy control panel, overtime controls "
              "and the fleet review.",
              "Chief Operating Officer", d(2026, 3, 31), None, AMBER,
              "£7.9m secured to date. Overtime spend remains above profile in Districts."),
         ]),
        ("CR03 – Workforce Capacity and Resilience",
         "Risk that officer numbers fall below the funded establishment and that sickness absence and "
         "abstractions reduce front-line availability.",
         "Director of People & Organisational Development", "16 (4x4)", "16 (4x4)",
         [
             ("CR03.1",
              "Run two student officer recruitment campaigns in 2025/26 and agree intake dates with "
              "the Police College at Garnerville.",
              "Director of People & Organisational Development", d(2026, 3, 31), None, GREEN,
              "Campaign 1 closed with 4,870 applications; first intake confirmed for February 2026."),
             ("CR03.2",
              "Review the minimum staffing model for Neighbourhood Policing Teams and present options "
              "to the Service Executive Board.",
              "ACC Local Policing", d(2025, 6, 30), d(2025, 9, 30), RED,
              "Review not yet presented; delayed by summer public order commitments. Escalated to SEB "
              "for November."),
         ]),
        ("CR04 – Estate Condition",
         "Risk that the condition of the police estate leads to the loss of operational buildings or "
         "unsafe working environments.",
         "Chief Operating Officer", "12 (3x4)", "12 (3x4)",
         [
             ("CR04.1",
              "Complete condition surveys of all stations in the North West and Southern areas and "
              "update the Estate Strategy capital programme.",
              "Head of Estate Services", d(2025, 6, 30), d(2025, 11, 30), BLUE,
              "Surveys completed August 2025; findings built into the capital programme."),
             ("CR04.2",
              "Secure capital funding for the replacement custody suite at Musgrave, subject to "
              "approval of the Outline Business Case.",
              "Head of Estate Services; Chief Superintendent Criminal Justice", "Q4 2026/27", None,
              GREEN, "OBC submitted to DoJ in September 2025."),
         ]),
    ]
    r = 5
    for title, desc, owner, s1, s2, acts in risks:
        first = r
        for ref, text, aowner, target, revised, status, prog in acts:
            vals = [ref, text, aowner, target, revised, None, prog]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=6 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=11).fill = fill(status)
            r += 1
        last = r - 1
        for j, v in enumerate([title, desc, owner, s1, s2]):
            c = ws.cell(row=first, column=1 + j, value=v)
            c.alignment = WRAP
            if j == 0:
                c.font = Font(bold=True)
            for rr in range(first, last + 1):
                ws.cell(row=rr, column=1 + j).border = BOX
            if last > first:
                ws.merge_cells(start_row=first, start_column=1 + j, end_row=last, end_column=1 + j)
    widths = [26, 40, 20, 11, 11, 9, 48, 26, 12, 12, 9, 44]
    for j, w in enumerate(widths):
        ws.column_dimensions[chr(65 + j)].width = w
    ws.freeze_panes = "A5"
    wb.active = 2
    wb.save(os.path.join(HERE, "pg-psni-corporate-risk-register-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 2. Nuffield Health Vale Hospital HIW improvement plan (xlsx, read)
# ---------------------------------------------------------------------------
def make_nuffield():
    wb = Workbook()
    det = wb.active
    det.title = "Details"
    det["A1"] = "Nuffield Health Vale Hospital – HIW Improvement Plan"
    det["A1"].font = Font(bold=True, size=14)
    info = [
        ("Service", "Nuffield Health Vale Hospital, Hensol"),
        ("Registered provider", "Nuffield Health"),
        ("Inspection", "Announced independent hospital inspection"),
        ("Date of inspection", "20 – 21 May 2025"),
        ("Report published", "22 August 2025"),
        ("Plan owner", "Hospital Director"),
        ("Last updated", "14/11/2025"),
    ]
    for i, (a, b) in enumerate(info):
        det.cell(row=3 + i, column=1, value=a).font = Font(bold=True)
        det.cell(row=3 + i, column=2, value=b)
        det.cell(row=3 + i, column=1).border = det.cell(row=3 + i, column=2).border = BOX
    det["A12"] = "RAG key"
    det["A12"].font = Font(bold=True)
    for i, (k, t, col) in enumerate([
        ("B", "Complete – evidence submitted to HIW", BLUE),
        ("G", "On track", GREEN),
        ("A", "At risk of missing timescale", AMBER),
        ("R", "Timescale missed", RED),
    ]):
        det.cell(row=13 + i, column=1, value=k).fill = fill(col)
        det.cell(row=13 + i, column=2, value=t)
    det.column_dimensions["A"].width = 22
    det.column_dimensions["B"].width = 50

    ws = wb.create_sheet("Improvement plan")
    ws["A1"] = "Improvement plan"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Service: Nuffield Health Vale Hospital"
    ws["A3"] = "Date of inspection: 20 – 21 May 2025"
    ws["A4"] = ("Improvements identified during the inspection and the action the service is taking, "
                "with progress at November 2025.")
    ws.merge_cells("A4:G4")
    head = ["Improvement needed", "Standard / Regulation", "Service action", "Responsible officer",
            "Timescale", "Progress (November 2025)", "RAG"]
    for j, h in enumerate(head):
        c = ws.cell(row=6, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.border = BOX
        c.alignment = WRAP
    plan = [
        ("Quality of the patient experience", [
            ("The registered manager must ensure that patient information leaflets are available "
             "bilingually and that the Active Offer of Welsh is made at first contact.",
             "Regulation 9", [
                 ("Translate the ward and day-case patient information leaflets into Welsh and make both "
                  "versions available at reception and on the hospital web page.",
                  "Patient Services Manager", "31 August 2025",
                  "Leaflets translated and in use from 1 August.", "B"),
                 ("Add the Active Offer to the telephone booking script and brief all reception and "
                  "booking staff.",
                  "Patient Services Manager", "30 June 2025",
                  "Script updated; briefing recorded at team huddle.", "B"),
             ]),
        ]),
        ("Delivery of safe and effective care", [
            ("The registered manager must ensure that the WHO Surgical Safety Checklist is fully "
             "completed, including the sign-out stage, for every procedure.",
             "Regulation 15 (1) (a) (b)", [
                 ("Re-launch the Five Steps to Safer Surgery with all theatre teams, including a "
                  "facilitated session led by the Consultant Anaesthetist.",
                  "Theatre Manager", "31 July 2025", "Sessions delivered 8 and 15 July.", "B"),
                 ("Undertake a monthly observational audit of 10 procedures and report results to the "
                  "Medical Advisory Committee.",
                  "Theatre Manager / Clinical Governance Lead", "Monthly – ongoing",
                  "June–October audits 92–100% compliant.", "G"),
                 ("Add checklist compliance to the hospital quality dashboard reviewed at the Quality "
                  "and Safety Committee.",
                  "Clinical Governance Lead", "30 September 2025", "Dashboard measure live from Q2.", "B"),
             ]),
            ("The registered manager must ensure that the resuscitation trolleys on the ward are checked "
             "daily and that the checks are recorded.",
             "Regulation 15 (1) (c)", [
                 ("Introduce a tamper-tag system and a daily check log for both resuscitation trolleys.",
                  "Ward Manager", "Immediate", "Completed during inspection week.", "B"),
                 ("Resuscitation Lead to audit trolley checks weekly for three months and then monthly.",
                  "Resuscitation Lead", "November 2025", "Weekly audits 100% since June; moving to monthly.",
                  "G"),
             ]),
        ]),
        ("Quality of management and leadership", [
            ("The registered manager must ensure that all staff are up to date with mandatory training, "
             "in particular safeguarding level 3 for registered nurses.",
             "Regulation 20 (2) (a)", [
                 ("Book all outstanding registered nurses onto Safeguarding Adults and Children Level 3 "
                  "training.",
                  "Head of Clinical Services", "31 October 2025",
                  "38 of 44 RNs compliant (86%). Remaining six booked for December after course "
                  "cancellations.", "A"),
                 ("Set up a monthly training compliance report to heads of department, with "
                  "non-compliance discussed at one-to-ones.",
                  "People Advisor", "30 September 2025", "Report issued monthly since September.", "B"),
             ]),
        ]),
    ]
    rag_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    r = 7
    for section, items in plan:
        ws.cell(row=r, column=1, value=section).font = Font(bold=True, color="FFFFFF")
        for j in range(7):
            ws.cell(row=r, column=1 + j).fill = fill("2E75B6")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for need, reg, acts in items:
            first = r
            for text, officer, when, prog, rag in acts:
                for j, v in enumerate([text, officer, when, prog, rag]):
                    c = ws.cell(row=r, column=3 + j, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                ws.cell(row=r, column=7).fill = fill(rag_fill[rag])
                ws.cell(row=r, column=7).alignment = Alignment(horizontal="center", vertical="top")
                r += 1
            for j, v in enumerate([need, reg]):
                c = ws.cell(row=first, column=1 + j, value=v)
                c.alignment = WRAP
                for rr in range(first, r):
                    ws.cell(row=rr, column=1 + j).border = BOX
                if r - 1 > first:
                    ws.merge_cells(start_row=first, start_column=1 + j, end_row=r - 1, end_column=1 + j)
    r += 1
    ws.cell(row=r, column=1, value="Service representative").font = Font(bold=True)
    ws.cell(row=r + 1, column=1, value="Name (print):")
    ws.cell(row=r + 1, column=2, value="Rhian Morgan")
    ws.cell(row=r + 2, column=1, value="Job role:")
    ws.cell(row=r + 2, column=2, value="Hospital Director")
    ws.cell(row=r + 3, column=1, value="Date:")
    ws.cell(row=r + 3, column=2, value="14/11/2025")
    for j, w in enumerate([42, 16, 50, 26, 18, 40, 7]):
        ws.column_dimensions[chr(65 + j)].width = w
    wb.save(os.path.join(HERE, "pg-nuffield-health-vale-hospital-hiw-inspection-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 3. Ysgol Rhiwabon Estyn PIAP (xlsx, refuse: Febuary)
# ---------------------------------------------------------------------------
def make_rhiwabon():
    wb = Workbook()
    ws = wb.active
    ws.title = "PIAP"
    ws["A1"] = "Ysgol Rhiwabon – Post-inspection Action Plan (PIAP)"
    ws["A1"].font = Font(bold=True, size=14, color="7030A0")
    ws["A2"] = "Estyn core inspection: 10–13 March 2025"
    ws["A3"] = ("Approved by the Governing Body: 24 June 2025. Progress reviewed by the Standards and "
                "Curriculum Committee each half term.")
    head = ["Ref", "Action", "Lead(s)", "Start", "Complete by", "Success criteria",
            "Monitoring / evaluation", "RAG (Oct 25)"]
    for j, h in enumerate(head):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.border = BOX
        c.alignment = WRAP
    rows = [
        ("R1 Improve the quality of teaching so that it challenges pupils of all abilities, "
         "particularly the more able",),
        ("1.1", "Establish a teaching and learning group to agree the school’s principles of effective "
                "teaching and share them with all staff.",
         "Deputy Head (T&L)", "Sept 2025", "Oct 2025",
         "Principles agreed and published; all staff briefed at October INSET.", "SLT minutes; staff voice",
         "G"),
        ("1.2", "Deliver a programme of professional learning on questioning and challenge, using INSET "
                "days and twilight sessions.",
         "Deputy Head (T&L) / Professional Learning Lead", "Sept 2025", "Summer term 2026",
         "Learning walks show effective questioning in most lessons.", "Learning walks; lesson visits",
         "G"),
        ("1.3", "Carry out half-termly learning walks and book looks with heads of department, focusing "
                "on challenge for the more able.",
         "SLT; Heads of Department", "Oct 2025", "Ongoing",
         "More able pupils make strong progress in books.", "Quality assurance calendar", "G"),
        ("R2 Strengthen the provision for developing pupils’ literacy and numeracy skills across the "
         "curriculum",),
        ("2.1", "Appoint whole-school literacy and numeracy co-ordinators with TLR time allocated.",
         "Headteacher", "June 2025", "July 2025", "Co-ordinators in post from September 2025.",
         "Governing Body", "B"),
        ("2.2", "Map opportunities for extended writing and numeracy in the schemes of work of every "
                "department.",
         "Literacy Co-ordinator / Numeracy Co-ordinator", "Sept 2025", "Febuary 2026",
         "All schemes of work show planned skills opportunities.", "Scrutiny of schemes of work", "G"),
        ("2.3", "Introduce a reading intervention programme for Year 7 and 8 pupils with reading ages "
                "below their chronological age.",
         "ALNCo", "Sept 2025", "Dec 2025", "Reading ages improve by at least 12 months for most pupils.",
         "Reading test data", "A"),
        ("R3 Improve attendance, particularly of pupils eligible for free school meals",),
        ("3.1", "Strengthen the attendance policy and stages of intervention in partnership with the "
                "Education Welfare Service.",
         "Assistant Head (Wellbeing)", "Sept 2025", "Dec 2025",
         "Revised policy approved by governors.", "Attendance data; EWS meetings", "G"),
        ("3.2", "Meet termly with the families of pupils whose attendance is below 90%.",
         "Heads of Year", "Sept 2025", "Termly",
         "Persistent absence for eFSM pupils reduces.", "Attendance data", "G"),
        ("R4 Ensure that self-evaluation and improvement planning focus precisely on pupils’ progress",),
        ("4.1", "Revise the self-evaluation calendar so that first-hand evidence of pupils’ progress is "
                "gathered each term.",
         "Headteacher", "Sept 2025", "Summer term 2026",
         "Self-evaluation report identifies strengths and areas for improvement accurately.",
         "LA Schools Standards Officer", "G"),
        ("4.2", "Train governors on their role in challenging the school’s progress against the PIAP.",
         "Chair of Governors / Wrexham LA Schools Standards Officer", "Nov 2025", "Jan 2026",
         "Governor minutes show challenge of progress.", "Governing Body minutes", "G"),
    ]
    rag_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    r = 6
    for row in rows:
        if len(row) == 1:
            c = ws.cell(row=r, column=1, value=row[0])
            c.font = Font(bold=True)
            for j in range(8):
                ws.cell(row=r, column=1 + j).fill = fill("E4DFEC")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        else:
            for j, v in enumerate(row):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(row=r, column=8).fill = fill(rag_fill[row[7]])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key: G – on track; A – some slippage; R – not on track; B – completed")
    ws.cell(row=r + 1, column=1,
            value="Note: dates in ‘Complete by’ are the agreed target dates; the LA reviews progress at the "
                  "termly Partnership Meeting.")
    for j, w in enumerate([8, 50, 26, 11, 16, 38, 26, 9]):
        ws.column_dimensions[chr(65 + j)].width = w
    wb.save(os.path.join(HERE, "pg-ysgol-rhiwabon-estyn-post-inspection-action-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    return cell


def add_row(table, values, bold=False, shade_hex=None):
    row = table.add_row()
    for c, v in zip(row.cells, values):
        set_cell(c, v, bold=bold)
        if shade_hex:
            shade(c, shade_hex)
    return row


def merged_row(table, text, bold=True, shade_hex=None):
    row = table.add_row()
    cell = row.cells[0].merge(row.cells[-1])
    set_cell(cell, text, bold=bold)
    if shade_hex:
        shade(cell, shade_hex)
    return row


# ---------------------------------------------------------------------------
# 4. North West Regional College ETI action plan (docx, read)
# ---------------------------------------------------------------------------
def make_nwrc():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("North West Regional College: ETI Inspection Action Plan 2025", style="Title")
    doc.add_paragraph("Response to the Education and Training Inspectorate report published March 2025 – "
                      "progress update for the Governing Body, November 2025")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in [("Document owner", "Head of Quality and Learner Experience"),
                 ("Version", "3.0"),
                 ("Approved", "Education Committee, 19 November 2025"),
                 ("Next review", "February 2026")]:
        add_row(t, [a, b])
        set_cell(t.rows[-1].cells[0], a, bold=True)

    doc.add_paragraph()
    doc.add_paragraph("Progress status key", style="Heading 3")
    k = doc.add_table(rows=1, cols=3)
    k.style = "Table Grid"
    for c, v in zip(k.rows[0].cells, ["Status", "Colour", "Meaning"]):
        set_cell(c, v, bold=True)
    for status, colour, hexc, meaning in [
        ("Complete", "Blue", BLUE, "Action complete and impact evidenced"),
        ("On track", "Green", GREEN, "Progressing to the agreed timescale"),
        ("Slippage", "Amber", AMBER, "Behind schedule; revised date agreed with SMT"),
        ("Off track", "Red", RED, "Significantly behind; escalated to the Governing Body"),
    ]:
        row = add_row(k, [status, colour, meaning])
        shade(row.cells[1], hexc)

    head = ["No.", "Action", "Responsibility", "Original date", "Revised date", "Status", "Progress update"]

    def afi_table(rows):
        tb = doc.add_table(rows=1, cols=len(head))
        tb.style = "Table Grid"
        for c, v in zip(tb.rows[0].cells, head):
            set_cell(c, v, bold=True)
            shade(c, GREY)
        for r in rows:
            add_row(tb, r)

    doc.add_heading("1. Leadership and Management", level=1)
    doc.add_heading("Area for Improvement 1", level=2)
    doc.add_paragraph("Improve the use of data by curriculum managers to monitor and act on in-year "
                      "retention, particularly on level 2 full-time programmes.")
    afi_table([
        ("1.1", "Provide curriculum managers with a fortnightly retention dashboard drawn from the college "
                "MIS, highlighting learners at risk of withdrawal.",
         "Head of MIS", "September 2025", "", "Complete", "Dashboard live from 1 September 2025."),
        ("1.2", "Hold monthly retention review meetings between each Head of School and their curriculum "
                "managers, with actions recorded.",
         "Heads of School", "October 2025", "", "On track",
         "Meetings established in all five schools; action logs held on SharePoint."),
        ("1.3", "Introduce an early-warning referral from tutors to Student Services for learners with "
                "attendance below 85%.",
         "Head of Student Services / Curriculum Managers", "June 2025", "January 2026", "Slippage",
         "Referral form agreed; MIS trigger delayed by system upgrade."),
    ])
    doc.add_heading("Area for Improvement 2", level=2)
    doc.add_paragraph("Strengthen the quality assurance of work-based learning so that the progress of "
                      "apprentices in the workplace is monitored consistently across all professional and "
                      "technical areas.")
    afi_table([
        ("2.1", "Revise the workplace review template so that training officers record progress against "
                "each apprenticeship framework unit.",
         "Work-Based Learning Manager", "31/08/2025", "", "Complete", "New template in use from August."),
        ("2.2", "Carry out joint workplace visits with employers each term, with a sample moderated by the "
                "Quality team.",
         "WBL Manager; Quality Manager", "Termly", "", "On track",
         "Autumn visits 60% complete at 14 November."),
    ])
    doc.add_heading("2. Teaching, Training and Learning", level=1)
    doc.add_heading("Area for Improvement 3", level=2)
    doc.add_paragraph("Improve the quality of teaching in essential skills numeracy, where too many lessons "
                      "are not matched well enough to learners’ starting points.")
    afi_table([
        ("3.1", "Complete initial and diagnostic assessment for all essential skills numeracy learners "
                "within four weeks of enrolment and use the results to set individual targets.",
         "Head of School (Essential Skills)", "October 2025", "", "Complete",
         "98% of learners assessed by 3 October."),
        ("3.2", "Deliver peer observation and coaching for essential skills tutors, led by the Teaching and "
                "Learning Coaches.",
         "Teaching and Learning Coaches", "March 2026", "", "On track", "First coaching cycle under way."),
        ("3.3", "Monitor in-year progress and achievement in essential skills numeracy at each Quality "
                "Improvement Plan review point.",
         "Head of Quality and Learner Experience", "Ongoing", "", "On track",
         "Included in the December QIP review."),
    ])
    doc.add_heading("Area for Improvement 4", level=2)
    doc.add_paragraph("Ensure that learners on Skills for Your Life programmes have more opportunities to "
                      "apply their learning in realistic work settings.")
    afi_table([
        ("4.1", "Secure work-tasting placements with local employers in the Derry and Strabane area for "
                "all Skills for Your Life learners.",
         "Employer Engagement Manager", "May 2026", "", "On track", "22 employers signed up to date."),
        ("4.2", "Review the curriculum offer for Skills for Your Life in light of learner destinations "
                "data.",
         "Head of School (Access and Progression)", "April 2025", "December 2025", "Off track",
         "Destinations data for 2024/25 not yet validated; review cannot conclude."),
    ])

    doc.add_paragraph()
    doc.add_paragraph("Sign-off", style="Heading 3")
    s = doc.add_table(rows=0, cols=3)
    s.style = "Table Grid"
    add_row(s, ["Role", "Name", "Date"], bold=True)
    add_row(s, ["Chief Executive", "L. Gallagher", "20/11/2025"])
    add_row(s, ["Chair, Education Committee", "M. Doherty", "20/11/2025"])
    doc.save(os.path.join(HERE, "pg-north-west-regional-college-eti-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Bon Accord Care – Fergus House Care Inspectorate improvement plan (docx, read)
# ---------------------------------------------------------------------------
def make_fergus():
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10.5)
    p = doc.add_paragraph()
    run = p.add_run("Bon Accord Care – Fergus House: Care Inspectorate Improvement Plan")
    run.bold = True
    run.font.size = Pt(16)
    doc.add_paragraph("Care Home Service (older people) – improvement plan following the unannounced "
                      "inspection by the Care Inspectorate")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in [("Care service number", "CS2012307521"),
                 ("Registered manager", "Lorraine Hendry"),
                 ("Inspection dates", "11–13 March 2025"),
                 ("Report published", "9 April 2025"),
                 ("Plan last updated", "18 August 2025")]:
        row = add_row(t, [a, b])
        set_cell(row.cells[0], a, bold=True)

    doc.add_paragraph()
    doc.add_paragraph("Progress is shown by the colour of the RAG cell:")
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for hexc, meaning in [(RED, "Red – not met / at risk of not being met"),
                          (AMBER, "Amber – in progress, further work needed"),
                          (GREEN, "Green – on track to meet timescale"),
                          (BLUE, "Blue – complete and evidence available")]:
        row = add_row(k, ["", meaning])
        shade(row.cells[0], hexc)

    head = ["Ref", "Action we will take", "Who", "By when", "RAG"]

    def kq_table(kq, blocks):
        doc.add_paragraph()
        tb = doc.add_table(rows=0, cols=len(head))
        tb.style = "Table Grid"
        merged_row(tb, kq, bold=True, shade_hex="8EAADB")
        add_row(tb, head, bold=True, shade_hex=GREY)
        for heading, acts in blocks:
            merged_row(tb, heading, bold=True, shade_hex="D9E2F3")
            for ref, text, who, when, colour in acts:
                row = add_row(tb, [ref, text, who, when, ""])
                shade(row.cells[4], colour)

    kq_table("Key question 1: How well do we support people’s wellbeing?", [
        ("Requirement 1: By 31 May 2025, the provider must ensure that people’s medication is managed "
         "safely and in accordance with their prescriptions. To do this, the provider must, at a minimum: "
         "a) ensure that ‘as required’ medication protocols are in place and reviewed; b) record the "
         "outcome of each ‘as required’ dose.", [
             ("1.1", "Review every resident’s ‘as required’ medication with the GP practice and put a "
                     "person-centred protocol in place for each medicine.",
              "Senior Charge Nurse", "30/04/2025", BLUE),
             ("1.2", "Amend the MAR chart process so that staff record the reason for and outcome of each "
                     "‘as required’ dose.",
              "Senior Charge Nurse / Depute Manager", "31/05/2025", BLUE),
             ("1.3", "Carry out a weekly medication audit on each unit and report findings to the "
                     "manager’s monthly quality meeting.",
              "Unit Senior Carers", "Weekly – ongoing", GREEN),
         ]),
        ("Area for improvement 1: To support people’s wellbeing, the provider should ensure that people "
         "have regular opportunities to take part in meaningful activities of their choosing, both within "
         "the home and in the community.", [
             ("1.4", "Recruit a second activities co-ordinator so that activities are available seven "
                     "days a week.",
              "Registered Manager", "September 2025", AMBER),
             ("1.5", "Record each resident’s interests in their personal plan and review the weekly "
                     "activity programme with residents at the monthly residents’ meeting.",
              "Keyworkers", "July 2025", GREEN),
         ]),
    ])
    kq_table("Key question 2: How good is our leadership?", [
        ("Requirement 2: By 30 June 2025, the provider must ensure that quality assurance systems are "
         "effective in identifying and addressing areas for improvement. This must include an action plan "
         "with clear timescales arising from each audit.", [
             ("2.1", "Introduce a quality assurance calendar covering care plans, falls, nutrition, "
                     "medication and the environment.",
              "Registered Manager", "30/06/2025", BLUE),
             ("2.2", "Hold a monthly quality meeting with the senior team at which each audit action plan "
                     "is reviewed and signed off.",
              "Lorraine Hendry", "Monthly", GREEN),
         ]),
    ])
    kq_table("Key question 5: How well is our care and support planned?", [
        ("Area for improvement 2: The provider should ensure that personal plans are reviewed at least "
         "every six months with the person and their representatives, and that the review is recorded.", [
             ("5.1", "Set up a six-monthly review schedule for all residents and tell families their "
                     "review date in advance.",
              "Depute Manager", "31/07/2025", RED),
             ("5.2", "Audit 20% of personal plans each month, checking that reviews are recorded and "
                     "outcomes updated.",
              "Depute Manager; Senior Carers", "31/08/2025", AMBER),
         ]),
    ])
    doc.add_paragraph()
    doc.add_paragraph("Notes: This plan is shared with the Care Inspectorate link inspector and with "
                      "residents and families at the quarterly relatives’ meeting.")
    doc.add_paragraph("Signed: Lorraine Hendry, Registered Manager          Date: 18/08/2025")
    doc.save(os.path.join(HERE, "pg-bon-accord-care-fergus-house-care-inspectorate-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Clifton Nursing Home RQIA QIP tracker (csv, read)
# ---------------------------------------------------------------------------
def make_clifton():
    regs = "Action required to ensure compliance with The Nursing Homes Regulations (Northern Ireland) 2005"
    stds = "Action required to ensure compliance with the Care Standards for Nursing Homes (December 2022)"
    header = ["AFI", "Ref", "Stated", "Area for improvement", "Action No.", "Action taken / planned",
              "Responsible person", "To be completed by", "Status", "Comments"]
    rows = [
        ["Clifton Nursing Home – RQIA Quality Improvement Plan (QIP) tracker"],
        ["Inspection ID: IN046213", "Type: Unannounced care inspection", "Date: 21 January 2025"],
        ["Registered Manager: Mrs Aine McCann", "Responsible Individual: Mr David Kerr",
         "Last reviewed: 30/06/2025"],
        [],
        [regs],
        header,
        ["AFI 1", "Regulation 12 (1) (a) and (b)", "First time",
         "The registered person shall ensure that wound care is delivered in accordance with the care plan "
         "and that wound assessments are completed at each dressing change.",
         "1a", "All registered nurses to complete wound care refresher training with the Trust Tissue "
               "Viability Nurse.",
         "Registered Manager", "28 February 2025", "Achieved", "14 of 14 RNs completed."],
        ["", "", "", "", "1b", "Weekly audit of all wound care records by the Deputy Manager, with findings "
                               "shared at staff meetings.",
         "Deputy Manager", "Weekly – ongoing", "On track", ""],
        ["AFI 2", "Regulation 13 (7)", "Second time",
         "The registered person shall ensure that the infection prevention and control issues identified "
         "during this inspection are managed to minimise the risk and spread of infection.\n"
         "This area for improvement relates to the storage of equipment in bathrooms and the cleaning of "
         "commodes.",
         "2a", "Remove all stored equipment from bathrooms and provide additional storage in the former "
               "sluice on the first floor.",
         "Registered Manager / Maintenance Person", "With immediate effect", "Achieved",
         "Checked at manager walk-round 24/01/2025."],
        ["", "", "", "", "2b", "Add commode cleaning to the night staff duty checklist and carry out a "
                               "monthly IPC audit.",
         "Nurse in charge (nights)", "31 March 2025", "Achieved", "IPC audits 95% and above Feb–May."],
        ["AFI 3", "Regulation 27 (4) (b)", "First time",
         "The registered person shall ensure that fire doors are not wedged open and that the actions in "
         "the fire risk assessment are addressed within the recommended timescales.",
         "3a", "Fit automatic hold-open devices linked to the fire alarm on the lounge and dining room "
               "doors.",
         "Responsible Individual", "30/09/2025", "On track", "Contractor booked for August."],
        [],
        [stds],
        header,
        ["AFI 4", "Standard 4.1", "First time",
         "The registered person shall ensure that care plans are reviewed and updated following any change "
         "in a patient’s needs, including following a fall.",
         "4a", "Introduce a post-falls checklist which prompts the nurse to update the falls risk assessment "
               "and care plan within 24 hours.",
         "Deputy Manager", "31 March 2025", "Achieved", ""],
        ["", "", "", "", "4b", "Include care plan review in the monthly care record audit.\n"
                               "Results to be reviewed by the Registered Manager and discussed at supervision.",
         "Registered Manager", "May 2025", "Achieved", "Audit tool amended April 2025."],
        ["AFI 5", "Standard 12", "First time",
         "The registered person shall ensure that the daily menu is displayed in a suitable format and that "
         "patients are offered a choice at each meal.",
         "5a", "Display a pictorial menu in each dining room and update it daily.",
         "Catering Manager", "28 February 2025", "Achieved", ""],
        ["", "", "", "", "5b", "Kitchen staff to record the choices offered at each meal for patients on "
                               "modified diets.",
         "Catering Manager; Nurse in charge", "31/07/2025", "Not started",
         "New recording sheet being designed with SALT."],
        [],
        ["Status key: Achieved = evidence available for RQIA; On track = in progress within timescale; "
         "Not started = work not yet begun"],
        ["Total actions: 9", "Achieved: 6", "On track: 2", "Not started: 1"],
    ]
    with open(os.path.join(HERE, "pg-clifton-nursing-home-rqia-quality-improvement-plan-tracker.csv"), "w",
              newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for r in rows:
            w.writerow(r)


# ---------------------------------------------------------------------------
# 7. Highland & Western Isles VJB Audit Scotland action plan (txt, read)
# ---------------------------------------------------------------------------
def make_hwivjb():
    blocks = [
        ("1. Medium-term financial planning",
         "The Board sets a one-year budget only. Without a medium-term financial plan there is a risk that "
         "funding pressures on the constituent councils are not identified in time.",
         "The Board should prepare a medium-term financial plan covering at least three years, with "
         "scenario planning for pay awards and constituent council requisitions.",
         "A medium-term financial plan for 2026/27 to 2028/29 will be prepared alongside the budget and "
         "presented to the Board for approval.",
         "Treasurer", "31 March 2026", None,
         "Initial scenarios prepared and discussed with the Assessor. On track for the March 2026 Board.",
         "Green"),
        ("2. Workforce planning",
         "Over a third of valuation staff are aged 55 or over and there is no succession plan for key posts.",
         "The Board should develop a workforce plan that addresses the age profile of valuation staff and "
         "succession for key posts.",
         "A workforce plan will be developed as part of the wider organisational review and reported to the "
         "Board.",
         "Depute Assessor / HR Adviser (The Highland Council)", "December 2025", "June 2026",
         "Organisational review extended to include electoral registration staff; revised date agreed by the "
         "Board in September.",
         "Amber"),
        ("3. 2026 Revaluation",
         "The 2026 non-domestic rates Revaluation is a significant change in workload and the Board has not "
         "received regular reports on preparations.",
         "The Board should receive regular reports on preparations for the 2026 Revaluation, including risks "
         "to the timetable.",
         "Quarterly Revaluation progress reports will be provided to the Board.",
         "Assessor and Electoral Registration Officer", "Quarterly from September 2025", None,
         "First report presented 26 September 2025; second report on this agenda.",
         "Green"),
        ("4. Fixed asset register",
         "The fixed asset register was not reconciled to the general ledger before the unaudited accounts "
         "were prepared, and two disposals were not recorded.",
         "Management should reconcile the fixed asset register to the general ledger before the unaudited "
         "accounts are prepared.",
         "The fixed asset register will be reconciled to the ledger as part of the year-end closedown "
         "timetable.",
         "Principal Accountant (The Highland Council)", "30 June 2025", None,
         "Reconciliation completed for the 2024/25 accounts and added to the closedown checklist.",
         "Complete"),
        ("5. Cyber security",
         "The Board relies on The Highland Council for its ICT services but has not sought assurance over "
         "the council’s cyber security arrangements.",
         "The Board should obtain assurance that Cyber Essentials Plus accreditation is maintained for the "
         "ICT services provided by The Highland Council.",
         "Confirmation of accreditation status will be obtained each year from the Highland Council ICT "
         "service and reported to the Board.",
         "Depute Assessor / Head of ICT Services (The Highland Council)", "Annually", None,
         "Confirmation requested; to be reported with the annual governance statement.",
         "Green"),
        ("6. Register of interests",
         "The register of members’ interests on the Board’s website was last updated in 2022.",
         "The register of members’ interests should be published on the Board’s website and reviewed "
         "annually.",
         "The register will be updated following the appointment of new members and published on the "
         "website.",
         "Clerk to the Board", "Sept 2025", None,
         "Not yet published: the website move to the new content management system has stalled and three "
         "members’ returns are outstanding.",
         "Red"),
    ]
    L = []
    L.append("Highland & Western Isles Valuation Joint Board: Annual Audit Report 2024/25 Action Plan – "
             "Progress Update")
    L.append("Report by: Treasurer")
    L.append("Meeting: Joint Board, 12 December 2025")
    L.append("Agenda item: 7")
    L.append("")
    L.append("1. Purpose")
    L.append("1.1 This report updates members on progress with the recommendations made by the external "
             "auditor (Audit Scotland) in the 2024/25 Annual Audit Report, presented to the Board on "
             "26 September 2025.")
    L.append("")
    L.append("2. Recommendation")
    L.append("2.1 Members are asked to note progress with the agreed actions set out in Appendix 1.")
    L.append("")
    L.append("3. Background")
    L.append("3.1 The Annual Audit Report contained six recommendations, all of which were accepted by "
             "management. Each is set out below with the agreed management action, the responsible officer, "
             "the agreed date and the position at 30 November 2025.")
    L.append("")
    L.append("Appendix 1 – 2024/25 Action Plan: progress at 30 November 2025")
    L.append("RAG status: Green – on track; Amber – behind schedule, revised date agreed; Red – at risk, not "
             "expected to be met; Complete – action implemented")
    L.append("")
    for title, issue, rec, action, officer, agreed, revised, prog, status in blocks:
        L.append(title)
        L.append("Issue/risk: " + issue)
        L.append("Recommendation: " + rec)
        L.append("Agreed management action: " + action)
        L.append("Responsible officer: " + officer)
        L.append("Agreed date: " + agreed)
        if revised:
            L.append("Revised date: " + revised)
        L.append("Progress: " + prog)
        L.append("Status: " + status)
        L.append("")
    L.append("Summary")
    L.append("Total actions: 6")
    L.append("Complete: 1")
    L.append("Green: 3")
    L.append("Amber: 1")
    L.append("Red: 1")
    L.append("")
    L.append("Note: Dates are as agreed with Audit Scotland in the Annual Audit Report; revised dates require "
             "Board approval.")
    L.append("Author: Principal Accountant, The Highland Council (on behalf of the Treasurer)")
    with open(os.path.join(HERE, "pg-highland-and-western-isles-vjb-annual-audit-action-plan-progress.txt"),
              "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")


if __name__ == "__main__":
    make_psni()
    make_nuffield()
    make_rhiwabon()
    make_nwrc()
    make_fergus()
    make_clifton()
    make_hwivjb()
    print("done")
