#!/usr/bin/env python3
"""Build the seven zrh- blind test files (set heldout697).

Run with /work/main/.venv/bin/python (openpyxl, python-docx).
Writes only files whose names start with 'zrh-' in this folder.
"""
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.shared import Pt, RGBColor, Cm
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zrh-")
    return os.path.join(HERE, name)


RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "0070C0"
GREY = "D9D9D9"
NAVY = "1F3864"

thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Mid Cheshire Hospitals NHSFT - PSII safety action plan (xlsx)
# ---------------------------------------------------------------------------
def make_mid_cheshire():
    wb = Workbook()
    ws = wb.active
    ws.title = "Safety action plan"
    widths(ws, [7, 34, 52, 38, 30, 13, 13, 10, 46])

    ws["A1"] = "Mid Cheshire Hospitals NHS Foundation Trust"
    ws["A1"].font = Font(bold=True, size=12, color=NAVY)
    ws["A2"] = "Patient Safety Incident Investigation (PSII) – Safety Action Plan"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = ("PSII reference: MCHFT-PSII-2024-017   |   Incident: Delayed recognition and escalation "
                "of a deteriorating patient, Ward 4, Leighton Hospital   |   Date of incident: 02/10/2024")
    ws["A4"] = ("Executive sponsor: Chief Nurse and Director of Quality   |   Plan owner: Associate Director "
                "of Patient Safety   |   Approved: Patient Safety and Learning Group, 21/01/2025")
    ws["A5"] = "Progress position at: 16/06/2025"
    ws["A5"].font = Font(italic=True)
    for r in (3, 4):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)

    hdr = ["Ref", "Area for improvement", "Safety action", "Measure of effectiveness",
           "Action owner", "Target date", "Revised target date", "Status", "Progress update (June 2025)"]
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(row=7, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(NAVY)
        cell.alignment = WRAP
        cell.border = BOX

    afi1 = "AFI 1: NEWS2 scores of 5 or more were not consistently escalated to the medical team out of hours"
    afi2 = "AFI 2: Outstanding clinical tasks and concerns were not reliably handed over between day and night medical teams"
    afi3 = "AFI 3: Ward staffing fell below planned registered nurse numbers and the acuity tool was not used to request support"
    rows = [
        ("1.1", afi1,
         "Implement an automatic escalation alert in the e-observations system so that a NEWS2 of 5 or more bleeps the Hospital at Night coordinator.",
         "90% of NEWS2 ≥5 escalated within 30 minutes (monthly e-obs report)",
         "Deputy Chief Clinical Information Officer", d(2025, 3, 31), d(2025, 6, 30), AMBER,
         "Build complete; testing delayed by the system upgrade. Go-live now planned for end of June."),
        ("1.2", afi1,
         "Deliver deteriorating patient simulation training, including SBAR escalation, to all registered nurses and HCSWs on Ward 4 and Ward 7.",
         "95% of ward staff trained; pre/post confidence survey",
         "Ward Manager, Ward 4 / Clinical Educator, Medicine", d(2025, 2, 28), None, BLUE,
         "Completed: 61 of 63 staff trained (97%). Evidence uploaded to Datix."),
        ("2.1", afi2,
         "Introduce a standardised electronic medical handover template for the Hospital at Night team, with a mandatory field for patients with a rising NEWS2.",
         "Template in use on all medical wards",
         "Clinical Lead, Hospital at Night", d(2025, 4, 30), None, GREEN,
         "Template live on 7 of 9 medical wards; remaining two wards by 30/06."),
        ("2.2", afi2,
         "Audit use of the handover template monthly for three months and report the results to the Medicine and Emergency Care Quality Board.",
         "Audit reports received by the Quality Board",
         "Divisional Director of Nursing, Medicine and Emergency Care", d(2025, 7, 31), None, None,
         "Not started – audit to begin once the template is live on all wards."),
        ("3.1", afi3,
         "Embed the 02:00 SafeCare acuity census, with escalation to the Site Manager when the registered nurse to patient ratio falls below 1:10.",
         "Census completed on 95% of nights",
         "Deputy Chief Nurse", d(2025, 3, 31), None, RED,
         "Census completion 68% in May. Overdue – escalated to the Nursing and Midwifery Board."),
        ("3.2", afi3,
         "Review the out-of-hours escalation flowchart and relaunch it through the daily Safety Huddle.",
         "Flowchart displayed on all wards",
         "Head of Patient Flow", d(2025, 1, 31), None, BLUE,
         "Relaunched 27/01/2025."),
    ]
    r = 8
    spans = {}
    for ref, afi, action, measure, owner, target, revised, rag, upd in rows:
        vals = [ref, afi, action, measure, owner, target, revised, None, upd]
        for c, v in enumerate(vals, start=1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        if rag:
            ws.cell(row=r, column=8).fill = fill(rag)
        spans.setdefault(afi, []).append(r)
        r += 1
    # merge the area-for-improvement cells down over their actions
    for afi, rr in spans.items():
        first, last = rr[0], rr[-1]
        for x in rr[1:]:
            ws.cell(row=x, column=2).value = None
        if last > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=last, end_column=2)
        ws.cell(row=first, column=2).font = Font(bold=True)

    r += 1
    ws.cell(row=r, column=1, value="Status key:").font = Font(bold=True)
    key = [(BLUE, "Complete and evidenced"), (GREEN, "On track"),
           (AMBER, "At risk of delay – revised date agreed"), (RED, "Overdue"),
           (None, "No colour = not yet started")]
    for i, (col, txt) in enumerate(key):
        kr = r + 1 + i
        if col:
            ws.cell(row=kr, column=1).fill = fill(col)
        ws.cell(row=kr, column=2, value=txt)
    ws.freeze_panes = "A8"

    dc = wb.create_sheet("Document control")
    widths(dc, [10, 14, 34, 60])
    dc["A1"] = "Document control"
    dc["A1"].font = Font(bold=True, size=12)
    for c, h in enumerate(["Version", "Date", "Author", "Summary of changes"], start=1):
        dc.cell(row=3, column=c, value=h).font = Font(bold=True)
    hist = [
        ("0.1", "09/01/2025", "Patient Safety Partner / PSII lead investigator", "First draft following the safety action development workshop"),
        ("1.0", "21/01/2025", "Associate Director of Patient Safety", "Approved by Patient Safety and Learning Group"),
        ("1.1", "16/06/2025", "Patient Safety Team", "June progress update; revised date for action 1.1 agreed"),
    ]
    for i, row in enumerate(hist, start=4):
        for c, v in enumerate(row, start=1):
            dc.cell(row=i, column=c, value=v).alignment = WRAP
    wb.save(out("zrh-mid-cheshire-hospitals-nhsft-psii-deteriorating-patient-safety-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. North West Ambulance Service - quality account priorities tracker (xlsx)
# ---------------------------------------------------------------------------
RAGFILL = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}


def make_nwas():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    widths(sm, [62, 10, 11, 11, 11, 11])
    sm["A1"] = "NWAS Quality Account 2025/26 – Quality Priorities Tracker"
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Position at end of Q2 (30 September 2025). Reported to Quality and Performance Committee, 27 October 2025"
    sm["A2"].font = Font(italic=True)
    heads = ["Quality priority", "Actions", "Complete", "On track", "At risk", "Off track"]
    for c, h in enumerate(heads, start=1):
        cell = sm.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill(GREY)
        cell.border = BOX
    summ = [
        ("Priority 1 – Patient safety", 3, 1, 1, 1, 0),
        ("Priority 2 – Clinical effectiveness", 3, 0, 2, 0, 1),
        ("Priority 3 – Patient experience", 2, 0, 1, 1, 0),
    ]
    for i, row in enumerate(summ, start=5):
        for c, v in enumerate(row, start=1):
            sm.cell(row=i, column=c, value=v).border = BOX
    tot = ["Total", "=SUM(B5:B7)", "=SUM(C5:C7)", "=SUM(D5:D7)", "=SUM(E5:E7)", "=SUM(F5:F7)"]
    for c, v in enumerate(tot, start=1):
        cell = sm.cell(row=8, column=c, value=v)
        cell.font = Font(bold=True)
        cell.border = BOX
    sm["A10"] = "Detail of each action is on the 'Q2 tracker' sheet. RAG definitions are on the 'RAG key' sheet."

    ws = wb.create_sheet("Q2 tracker")
    widths(ws, [6, 60, 34, 14, 8, 8, 58])
    ws["A1"] = "NWAS Quality Account 2025/26 – Quality Priorities Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Q2 2025/26 update – prepared by the Quality Governance Team"
    ws["A2"].font = Font(italic=True)
    hdr = ["Ref", "Action / milestone", "Lead(s)", "Target", "Q1 RAG", "Q2 RAG", "Q2 progress update"]
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("005EB8")
        cell.alignment = WRAP
        cell.border = BOX

    blocks = [
        ("Priority 1 – Patient safety: Reducing harm for patients who wait longest for an ambulance response",
         "Measure of success: Category 2 mean response time of 30 minutes or less; fewer moderate or severe harm incidents linked to delayed response",
         [
             ("1.1", "Extend the Clinical Hub 'call before convey' clinical review to all Category 3 and 4 calls waiting longer than 2 hours.",
              "Medical Director / Head of Clinical Hub", "Q2 2025/26", "A", "B",
              "Complete. Clinical review of all C3/C4 calls >2 hours in place across all three EOCs since August."),
             ("1.2", "Introduce a welfare call-back standard for patients waiting in the stack, with compliance audited monthly.",
              "Head of EOC Quality", d(2025, 12, 31), "G", "G",
              "Standard approved at Clinical Governance Group; monthly audit shows 84% compliance."),
             ("1.3", "Complete a thematic review of harm incidents linked to delayed response and share the learning through the Patient Safety Group.",
              "Head of Patient Safety", "Q4 2025/26", "G", "A",
              "Data extraction slower than planned; review now expected to report in February."),
         ]),
        ("Priority 2 – Clinical effectiveness: Improving survival from out-of-hospital cardiac arrest",
         "Measure of success: Survival to discharge above the national mean; ROSC at hospital handover of 30% or more",
         [
             ("2.1", "Increase the number of registered public access defibrillators on The Circuit in the most deprived areas of the North West by 10%.",
              "Community Resilience Manager", d(2026, 3, 31), "G", "G",
              "62 new defibrillators registered (6.4% increase); community partners engaged in Blackpool and Knowsley."),
             ("2.2", "Deliver post-ROSC care bundle training to all paramedics through the 2025/26 mandatory training programme.",
              "Consultant Paramedic (Cardiac Arrest)", "Q3 2025/26", "A", "R",
              "Mandatory training days cancelled in September due to REAP 3 escalation; 41% trained against a 75% trajectory."),
             ("2.3", "Implement a monthly audit of post-ROSC care bundle compliance.",
              "Head of Clinical Audit", "Ongoing", None, "G",
              "Audit running since July; results reported to the Clinical Effectiveness Sub-Committee."),
         ]),
        ("Priority 3 – Patient experience: Improving care for people in mental health crisis",
         "Measure of success: Increase in calls resolved with mental health practitioner input; feedback from people with lived experience",
         [
             ("3.1", "Recruit and embed mental health practitioners in each of the three Emergency Operations Centres.",
              "Director of Quality, Innovation and Improvement", d(2026, 1, 31), "G", "G",
              "Practitioners in post in Broughton and Estuary Point; Parkway recruitment closes in November."),
             ("3.2", "Co-produce a patient experience survey for mental health callers with people with lived experience and publish the first results.",
              "Patient Experience Manager & Lived Experience Lead", d(2026, 3, 31), None, "A",
              "Survey questions drafted; ethics and information governance approval still awaited."),
         ]),
    ]
    r = 5
    for prio, measure, acts in blocks:
        cell = ws.cell(row=r, column=1, value=prio)
        cell.font = Font(bold=True)
        for c in range(1, 8):
            ws.cell(row=r, column=c).fill = fill("DCE6F1")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        cell = ws.cell(row=r, column=1, value=measure)
        cell.font = Font(italic=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for ref, act, lead, target, q1, q2, upd in acts:
            vals = [ref, act, lead, target, q1, q2, upd]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "mmm-yy"
            for c, q in ((5, q1), (6, q2)):
                if q:
                    ws.cell(row=r, column=c).fill = fill(RAGFILL[q])
                    ws.cell(row=r, column=c).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Notes: Q1 RAG is shown for comparison. Blank Q1 RAG = action not started in Q1. "
                                   "Targets in quarters refer to the end of the financial quarter.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    ws.freeze_panes = "A5"

    key = wb.create_sheet("RAG key")
    widths(key, [8, 70])
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True, size=12)
    for i, (k, txt) in enumerate([
        ("B", "Complete – evidence of completion provided"),
        ("G", "On track to deliver by the target date"),
        ("A", "At risk – recovery actions in place"),
        ("R", "Off track – will not be delivered by the target date"),
    ], start=3):
        key.cell(row=i, column=1, value=k).fill = fill(RAGFILL[k])
        key.cell(row=i, column=2, value=txt)
    wb.save(out("zrh-north-west-ambulance-service-quality-account-priorities-tracker-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 3. Leeds and York Partnership NHSFT - board assurance framework (xlsx)
# ---------------------------------------------------------------------------
def make_lypft():
    wb = Workbook()
    sm = wb.active
    sm.title = "BAF summary"
    widths(sm, [7, 60, 26, 24, 9, 9, 9, 11])
    sm["A1"] = "Leeds and York Partnership NHS Foundation Trust"
    sm["A1"].font = Font(bold=True, size=12, color="005EB8")
    sm["A2"] = "Board Assurance Framework 2025/26"
    sm["A2"].font = Font(bold=True, size=14)
    sm["A3"] = "Position as at 30 September 2025 – presented to the Board of Directors, 30 October 2025"
    sm["A3"].font = Font(italic=True)
    heads = ["Ref", "Strategic risk", "Executive lead", "Assurance committee", "Initial", "Current", "Target", "Movement"]
    for c, h in enumerate(heads, start=1):
        cell = sm.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill(GREY)
        cell.border = BOX
    summ = [
        ("SR1", "Safe staffing in inpatient services", "Chief Nurse", "Quality Committee", 16, 16, 8, "↔"),
        ("SR2", "Flow through inpatient services and out of area placements", "Chief Operating Officer", "Finance and Performance Committee", 20, 16, 9, "↓"),
        ("SR3", "Cyber security and digital resilience", "Chief Digital and Information Officer", "Audit Committee", 15, 15, 10, "↔"),
    ]
    for i, row in enumerate(summ, start=6):
        for c, v in enumerate(row, start=1):
            cell = sm.cell(row=i, column=c, value=v)
            cell.border = BOX
            cell.alignment = WRAP
        cur = row[5]
        sm.cell(row=i, column=6).fill = fill(RED if cur >= 15 else AMBER)
    sm["A10"] = "Scores are likelihood x consequence (5 x 5 matrix). Each strategic risk is set out in full on its own sheet."

    sheets = [
        ("SR1", "Strategic Risk SR1 – Safe staffing in inpatient services",
         "We deliver great care that is high quality and improves lives",
         "If we are unable to recruit and retain sufficient registered nurses and medical staff for our inpatient wards, "
         "then we may not maintain safe staffing, resulting in harm to service users and increased reliance on temporary staff.",
         "Chief Nurse", "Quality Committee", ("4 x 4 = 16", "4 x 4 = 16", "2 x 4 = 8"),
         "• Safer Staffing Policy and twice-daily staffing huddles\n• E-rostering with 6-week approval standard\n• Bank and agency controls and escalation framework",
         "• Monthly safer staffing report to Quality Committee\n• Bi-annual establishment review to Board\n• Internal audit of e-rostering (2024/25: reasonable assurance)",
         "G1: Registered nurse vacancy rate on older people's wards remains above 15%.\nG2: Limited assurance on the quality of rostering practice.",
         [
             ("1.1", "Deliver the international nurse recruitment cohort for older people's inpatient wards (20 WTE).", "G1",
              "Director of People / Deputy Chief Nurse", d(2025, 12, 31),
              "14 nurses in post; 6 awaiting OSCE results.", "Amber"),
             ("1.2", "Implement the e-rostering improvement programme, including reporting of 6-week roster approval compliance to Quality Committee.", "G2",
              "Deputy Chief Nurse", "Q3 2025/26",
              "Compliance reporting started in August (71%).", "Green"),
             ("1.3", "Complete the annual establishment review for all inpatient wards using the MHOST tool.", "G1",
              "Chief Nurse", d(2025, 9, 30),
              "Review completed and received by Board in September.", "Complete"),
         ]),
        ("SR2", "Strategic Risk SR2 – Flow through inpatient services and out of area placements",
         "We use our resources wisely and efficiently",
         "If we cannot discharge service users in a timely way, then bed occupancy will remain above 100% and out of area "
         "placements will continue, resulting in poorer experience, care away from home and financial pressure.",
         "Chief Operating Officer", "Finance and Performance Committee", ("4 x 5 = 20", "4 x 4 = 16", "3 x 3 = 9"),
         "• Daily bed management meeting and weekly multi-agency discharge meeting\n• Out of area placement gatekeeping by the Crisis Resolution Home Treatment team",
         "• Out of area bed-day report to Finance and Performance Committee\n• System flow dashboard reviewed by the Leeds Mental Health Partnership Board",
         "G1: Insufficient step-down capacity for service users who are clinically ready for discharge.\nG2: No agreed discharge-to-assess protocol with adult social care.",
         [
             ("2.1", "Open an additional 8 step-down beds in partnership with Leeds Community Healthcare.", "G1",
              "Chief Operating Officer", d(2026, 1, 31),
              "Building works delayed; registration with CQC not yet submitted.", "Red"),
             ("2.2", "Agree a joint discharge-to-assess protocol with Leeds City Council adult social care.", "G2",
              "Chief Operating Officer", d(2025, 11, 30),
              "Draft protocol agreed at operational level; for sign-off in November.", "Green"),
             ("2.3", "Hold a weekly out of area placement review chaired by the Clinical Director for Acute Care.", "G1",
              "Clinical Director for Acute Care", "Ongoing – reviewed monthly",
              "Weekly reviews in place; placements down from 31 to 22.", "Green"),
         ]),
        ("SR3", "Strategic Risk SR3 – Cyber security and digital resilience",
         "We use our resources wisely and efficiently",
         "If we suffer a successful cyber attack or major system failure, then clinical systems may be unavailable, "
         "resulting in disruption to care and loss or compromise of personal data.",
         "Chief Digital and Information Officer", "Audit Committee", ("3 x 5 = 15", "3 x 5 = 15", "2 x 5 = 10"),
         "• Cyber security monitoring through the NHS England Cyber Security Operations Centre\n• Multi-factor authentication for remote access\n• Annual penetration testing",
         "• DSPT submission and independent audit\n• Quarterly cyber report to Audit Committee",
         "G1: DSPT 2024/25 submitted as 'Approaching standards'.\nG2: Business continuity plans not tested against a cyber scenario.",
         [
             ("3.1", "Complete the Data Security and Protection Toolkit improvement plan and achieve 'Standards met'.", "G1",
              "Chief Digital and Information Officer", d(2026, 6, 30),
              "11 of 17 improvement plan items complete.", "Green"),
             ("3.2", "Run a trust-wide cyber incident desktop exercise with the Executive Management Team and test the business continuity plans.", "G2",
              "Senior Information Risk Owner (SIRO)", d(2026, 3, 31),
              "Exercise provider procured; date not yet agreed with the Executive Management Team.", "Amber"),
         ]),
    ]
    STATFILL = {"Red": RED, "Amber": AMBER, "Green": GREEN, "Complete": BLUE}
    for name, heading, objective, desc, lead, committee, scores, controls, assur, gaps, acts in sheets:
        ws = wb.create_sheet(name)
        widths(ws, [22, 58, 9, 34, 16, 44, 11])
        ws["A1"] = heading
        ws["A1"].font = Font(bold=True, size=13, color="FFFFFF")
        ws["A1"].fill = fill("005EB8")
        ws.merge_cells("A1:G1")
        info = [("Strategic objective:", objective), ("Risk description:", desc),
                ("Executive lead:", lead), ("Assurance committee:", committee)]
        r = 2
        for lab, val in info:
            ws.cell(row=r, column=1, value=lab).font = Font(bold=True)
            ws.cell(row=r, column=2, value=val).alignment = WRAP
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
            r += 1
        ws.cell(row=r, column=1, value="Risk score (L x C):").font = Font(bold=True)
        ws.cell(row=r, column=2, value="Initial: " + scores[0])
        ws.cell(row=r, column=4, value="Current: " + scores[1])
        ws.cell(row=r, column=6, value="Target: " + scores[2])
        r += 2
        for lab, val in (("Key controls", controls), ("Sources of assurance", assur),
                         ("Gaps in control / assurance", gaps)):
            ws.cell(row=r, column=1, value=lab).font = Font(bold=True)
            ws.cell(row=r, column=1).alignment = WRAP
            cell = ws.cell(row=r, column=2, value=val)
            cell.alignment = WRAP
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
            ws.row_dimensions[r].height = 15 * (val.count("\n") + 1) + 4
            r += 1
        r += 1
        ws.cell(row=r, column=1, value="Actions to address gaps").font = Font(bold=True, size=12)
        r += 1
        hdr = ["Action no.", "Action", "Gap ref", "Lead", "Due date", "Progress (Q2 2025/26)", "Status"]
        for c, h in enumerate(hdr, start=1):
            cell = ws.cell(row=r, column=c, value=h)
            cell.font = Font(bold=True)
            cell.fill = fill(GREY)
            cell.border = BOX
        r += 1
        for no, act, gap, alead, due, prog, status in acts:
            vals = [no, act, gap, alead, due, prog, status]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=7).fill = fill(STATFILL[status])
            r += 1
    wb.save(out("zrh-leeds-and-york-partnership-nhsft-board-assurance-framework-2025-26.xlsx"))


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


def set_cell(cell, text, bold=False):
    """Write text; '\n' starts a new paragraph inside the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    for part in parts[1:]:
        p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)


# ---------------------------------------------------------------------------
# 4. Cefn Carnau Hospital - HIW mental health inspection improvement plan (docx)
# ---------------------------------------------------------------------------
def make_cefn_carnau():
    doc = Document()
    landscape(doc)
    doc.add_heading("Cefn Carnau Hospital – Improvement plan", level=0)
    doc.add_paragraph("Healthcare Inspectorate Wales – Independent mental health hospital inspection (unannounced)")
    doc.add_paragraph("Service: Cefn Carnau Hospital, Thornhill, Cardiff (Elysium Healthcare)")
    doc.add_paragraph("Date of inspection: 10–12 March 2025")
    doc.add_paragraph("Date improvement plan submitted to HIW: 9 May 2025")

    doc.add_heading("Appendix A – Summary of concerns resolved during the inspection", level=2)
    t = doc.add_table(rows=2, cols=4)
    t.style = "Table Grid"
    for c, h in enumerate(["Immediate concerns identified", "Impact/potential impact on patient care and treatment",
                           "How HIW escalated the concern", "How the concern was resolved"]):
        set_cell(t.rows[0].cells[c], h, bold=True)
        shade(t.rows[0].cells[c], "D9E2F3")
    set_cell(t.rows[1].cells[0], "No immediate concerns were identified on this inspection.")
    for c in range(1, 4):
        set_cell(t.rows[1].cells[c], "")

    doc.add_heading("Appendix B – Immediate improvement plan", level=2)
    doc.add_paragraph("No immediate assurance issues were identified on this inspection.")

    doc.add_heading("Appendix C – Improvement plan", level=2)
    hdr = ["Improvement needed", "Standard / Regulation", "Service action", "Responsible officer", "Timescale"]
    sections = [
        ("Quality of the patient experience", [
            ("The registered provider must ensure that patients are given up-to-date information on how to raise a concern, including contact details for HIW and the advocacy service.",
             "Regulation 24",
             "Concerns and complaints leaflet to be reviewed and reissued to all patients. Notice boards on each ward updated with HIW and Independent Mental Health Advocacy contact details.",
             "Hospital Director", "30 April 2025"),
        ]),
        ("Delivery of safe and effective care", [
            ("The registered provider must ensure that ligature risk assessments are reviewed following any environmental change and that all staff know where ligature cutters are kept.",
             "Regulation 26 (2) (b)",
             "Ligature risk assessments for all wards reviewed by the Health and Safety Lead and Ward Managers.\nLigature cutter locations added to the daily safety checklist and to the induction checklist for agency staff.",
             "Health and Safety Lead / Ward Managers", "31 March 2025"),
            ("The registered provider must ensure that Section 17 leave forms clearly record the conditions of leave and that a copy is given to the patient.",
             "Mental Health Act 1983 Code of Practice for Wales, Chapter 27",
             "Mental Health Act Administrator to audit all current Section 17 leave forms; Responsible Clinicians to re-sign any form where the conditions are unclear.",
             "Mental Health Act Administrator", "May 2025"),
            ("The registered provider must ensure that physical health monitoring after rapid tranquillisation is consistently recorded.",
             "Regulation 15 (1) (b)",
             "Rapid tranquillisation monitoring chart to be added to the electronic patient record, with a monthly audit by the Pharmacy Lead.",
             "Clinical Services Manager / Pharmacy Lead", "Immediate and ongoing"),
        ]),
        ("Quality of management and leadership", [
            ("The registered provider must ensure that staff compliance with mandatory training, particularly Immediate Life Support and Prevention and Management of Violence and Aggression, is improved.",
             "Regulation 20 (2) (a)",
             "Training compliance to be reported weekly to the Senior Management Team. Additional ILS and PMVA courses booked for April to June 2025.",
             "Training and Development Lead", "30 June 2025"),
            ("The registered provider must ensure that all staff receive regular clinical supervision in line with the hospital's supervision policy.",
             "Regulation 20 (2) (a)",
             "Supervision tracker introduced for each ward, with compliance reviewed at the monthly Clinical Governance meeting.",
             "Head of Care", "July 2025"),
        ]),
    ]
    nrows = 1 + sum(1 + len(items) for _, items in sections)
    t = doc.add_table(rows=nrows, cols=5)
    t.style = "Table Grid"
    for c, h in enumerate(hdr):
        set_cell(t.rows[0].cells[c], h, bold=True)
        shade(t.rows[0].cells[c], "D9E2F3")
    r = 1
    for sec, items in sections:
        row = t.rows[r]
        merged = row.cells[0].merge(row.cells[4])
        set_cell(merged, sec, bold=True)
        shade(merged, "F2F2F2")
        r += 1
        for vals in items:
            for c, v in enumerate(vals):
                set_cell(t.rows[r].cells[c], v)
            r += 1

    doc.add_paragraph("")
    doc.add_paragraph("The following section must be completed by a representative of the service who has overall "
                      "responsibility and accountability for ensuring the improvement plan is actioned.")
    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate([("Service representative name (print):", "Rhian Morgan"),
                                ("Job role:", "Hospital Director"),
                                ("Date:", "9 May 2025")]):
        set_cell(t.rows[i].cells[0], a, bold=True)
        set_cell(t.rows[i].cells[1], b)
    doc.save(out("zrh-cefn-carnau-hospital-hiw-mental-health-inspection-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 5. NHS Lothian - HIS maternity (safe delivery of care) improvement action plan (docx)
# ---------------------------------------------------------------------------
def make_lothian():
    doc = Document()
    landscape(doc)
    doc.add_heading("Healthcare Improvement Scotland Safe Delivery of Care Inspection – Maternity Services: Improvement Action Plan", level=0)
    for line in ["NHS board: NHS Lothian",
                 "Hospital: Royal Infirmary of Edinburgh – Simpson Centre for Reproductive Health",
                 "Date of inspection: 18–20 February 2025",
                 "Action plan progress update: 15 September 2025"]:
        doc.add_paragraph(line)

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    dc = [("Version", "Date", "Author", "Approved by"),
          ("1.0", "14/05/2025", "Associate Director of Midwifery", "Acute Services Clinical Governance Committee"),
          ("1.1", "15/07/2025", "Quality Improvement Midwife", "Women's and Children's Services Quality Group"),
          ("1.2", "15/09/2025", "Quality Improvement Midwife", "Healthcare Governance Committee")]
    for i, row in enumerate(dc):
        for c, v in enumerate(row):
            set_cell(t.rows[i].cells[c], v, bold=(i == 0))

    doc.add_paragraph("RAG status: B = complete (evidence submitted to HIS); G = on track; "
                      "A = risk of delay; R = not on track")

    hdr = ["No.", "Action planned", "Timescale to meet action", "Responsibility for taking action",
           "Progress update", "RAG"]
    RAGSHADE = {"B": "8DB3E2", "G": "92D050", "A": "FFC000", "R": "FF0000"}
    domains = [
        ("Domain 2 – Leadership and culture", [
            ("Requirement 1: NHS Lothian must ensure that staff are supported to raise concerns and receive feedback on the outcome of the concerns they raise.", [
                ("1.1", "Relaunch the Speak Up arrangements for maternity staff, including a named Speak Up Advocate for the Simpson Centre.",
                 "30 June 2025", "Head of Midwifery", "Advocate in post from 2 June; relaunch included in staff briefings.", "B"),
                ("1.2", "Introduce a 'You said, we did' board in each clinical area, updated monthly from staff feedback and Datix learning summaries.",
                 "August 2025", "Senior Charge Midwives", "Boards in place in 5 of 6 areas; triage to follow.", "G"),
            ]),
        ]),
        ("Domain 4.1 – Pathways, procedures and policies", [
            ("Requirement 2: NHS Lothian must ensure that the assessment and escalation of women using the Maternity Early Warning Score (MEWS) is consistently completed and documented.", [
                ("2.1", "Deliver MEWS refresher training to all midwives and obstetric staff working on the labour ward and postnatal wards.",
                 "June 2025 – September 2025", "Practice Development Midwife / Consultant Obstetrician (Patient Safety Lead)",
                 "78% of staff trained; additional sessions booked for September.", "A"),
                ("2.2", "Complete a monthly documentation audit of 20 MEWS charts per ward, with results reported to the Maternity Clinical Governance Group.",
                 "Ongoing", "Quality Improvement Midwife", "Audits completed May to August; compliance improved from 64% to 88%.", "G"),
            ]),
            ("Requirement 3: NHS Lothian must ensure that medicines are stored securely and that controlled drug registers are completed in line with NHS Lothian policy.", [
                ("3.1", "Fit swipe-card access to the postnatal ward medicine room and carry out weekly controlled drug register checks with pharmacy.",
                 "31 July 2025", "Senior Charge Midwife, Postnatal Ward / Lead Pharmacist, Women's Services",
                 "Weekly checks in place. Estates works order raised but door access not yet fitted.", "R"),
            ]),
        ]),
        ("Domain 4.3 – Workforce management and support", [
            ("Requirement 4: NHS Lothian must ensure that staffing shortfalls in the maternity unit are escalated and recorded in line with the Health and Care (Staffing) (Scotland) Act 2019.", [
                ("4.1", "Use real-time staffing escalation through the SafeCare system at each shift huddle, with every shortfall recorded on Datix.",
                 "30 September 2025", "Director of Midwifery", "SafeCare escalation in use at all huddles since July.", "G"),
            ]),
            ("Recommendation a: NHS Lothian should ensure that all staff complete multi-professional obstetric emergencies training (PROMPT).", [
                ("a.1", "Schedule additional PROMPT multi-professional training days to reach 90% compliance.",
                 "December 2025", "Obstetric Training Lead / Practice Development Midwife",
                 "Four extra training days scheduled; compliance 81%.", "G"),
            ]),
        ]),
    ]
    for dom, reqs in domains:
        doc.add_heading(dom, level=2)
        nrows = 1 + sum(1 + len(acts) for _, acts in reqs)
        t = doc.add_table(rows=nrows, cols=6)
        t.style = "Table Grid"
        for c, h in enumerate(hdr):
            set_cell(t.rows[0].cells[c], h, bold=True)
            shade(t.rows[0].cells[c], "C6D9F1")
        r = 1
        for req, acts in reqs:
            row = t.rows[r]
            merged = row.cells[0].merge(row.cells[5])
            set_cell(merged, req, bold=True)
            shade(merged, "EDEDED")
            r += 1
            for vals in acts:
                for c, v in enumerate(vals):
                    set_cell(t.rows[r].cells[c], v)
                shade(t.rows[r].cells[5], RAGSHADE[vals[5]])
                r += 1
    doc.add_paragraph("")
    doc.add_paragraph("Signed on behalf of NHS Lothian: Director of Nursing, Midwifery and AHPs – Acute Services. "
                      "Progress will be reported quarterly to the Healthcare Governance Committee until all actions are complete.")
    doc.save(out("zrh-nhs-lothian-his-simpson-centre-maternity-inspection-improvement-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Home Instead Exeter & East Devon - CQC home care inspection action plan (csv, refuse)
# ---------------------------------------------------------------------------
def make_home_instead():
    import csv
    import io
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    n = 8
    w.writerow(["Home Instead Exeter & East Devon – CQC Inspection Action Plan"] + [""] * (n - 1))
    w.writerow(["Service: Home Instead Exeter & East Devon (domiciliary care agency). Inspection: 14–15 January 2025. "
                "Report published: 6 March 2025. Overall rating: Requires improvement"] + [""] * (n - 1))
    w.writerow(["Plan owner: Registered Manager. Last reviewed: 2 June 2025"] + [""] * (n - 1))
    w.writerow([""] * n)
    w.writerow(["Ref", "Key question", "Regulation", "What CQC found", "Action we will take",
                "Responsible person", "Target date", "Status"])
    rows = [
        ("1", "Safe", "Regulation 12 – Safe care and treatment",
         "Risk assessments for people at risk of choking, falls and skin damage were not always in place or up to date.",
         "Review and update all choking, falls and skin integrity risk assessments on the care planning system.",
         "Registered Manager", "30/04/2025", "Complete"),
        ("2", "Safe", "Regulation 12 – Safe care and treatment",
         "Medicines records did not always contain guidance for 'as required' (PRN) medicines.",
         "Introduce a PRN protocol for every client prescribed 'as required' medicines and audit the records monthly.",
         "Care Coordinator / Senior Care Professional", "May 2025", "Complete"),
        ("3", "Safe", "Regulation 19 – Fit and proper persons employed",
         "Full employment histories were not always obtained for new staff.",
         "Audit all recruitment files for staff who started since January 2024 and obtain any missing employment histories.",
         "Recruitment Coordinator", "End of June 2025", "On track"),
        ("4", "Effective", "Regulation 11 – Need for consent",
         "Mental capacity assessments were not always completed where there was doubt about a person's capacity to consent to their care.",
         "Deliver Mental Capacity Act training to all care coordinators and complete capacity assessments where needed.",
         "Registered Manager", "Augest 2025", "Amber"),
        ("5", "Responsive", "Should do",
         "Care plans did not always record people's preferences for end of life care.",
         "Add an advance care planning section to the care plan template and discuss preferences at each review.",
         "Care Coordinator", "30/09/2025", "Not started"),
        ("6", "Well-led", "Regulation 17 – Good governance",
         "Quality audits had not identified the shortfalls found at this inspection.",
         "Introduce a monthly quality audit schedule covering care plans, medicines and recruitment, with findings reviewed by the franchise owner.",
         "Franchise Owner / Registered Manager", "Jul-25", "On track"),
        ("7", "Well-led", "Should do",
         "Feedback from people using the service was not always analysed or acted on.",
         "Send a client and family satisfaction survey and publish a 'You said, we did' summary.",
         "Client Services Manager", "Ongoing", "On track"),
    ]
    for row in rows:
        w.writerow(row)
    w.writerow([""] * n)
    w.writerow(["Status key: Complete / On track / Amber (at risk) / Red (overdue) / Not started"] + [""] * (n - 1))
    with open(out("zrh-home-instead-exeter-cqc-home-care-inspection-action-plan-typo-month-refuse.csv"),
              "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. Clonmore House Nursing Home - RQIA QIP tracker (tab-separated txt)
# ---------------------------------------------------------------------------
def make_clonmore():
    regs = "Action required to ensure compliance with The Nursing Homes Regulations (Northern Ireland) 2005"
    stds = "Action required to ensure compliance with the Care Standards for Nursing Homes (2022)"
    lines = [
        "Clonmore House Nursing Home – Quality Improvement Plan (QIP) tracker",
        "RQIA unannounced care inspection: 24 July 2025 (Inspection ID IN046218)",
        "Registered Manager: Siobhan McCann\tResponsible Individual: Declan Quinn",
        "Last updated: 12 November 2025",
        "",
        "\t".join(["AFI", "Regulation / Standard", "Stated", "Area for improvement", "Action no.",
                   "Action taken / planned", "Responsible", "To be completed by", "Status"]),
        regs,
    ]
    rows_regs = [
        ("1", "Regulation 13 (7)", "First time",
         "The registered person shall ensure that the infection prevention and control issues identified during the inspection are addressed.",
         "1a", "Bathrooms decluttered and equipment moved to the new first floor store; daily IPC walk-round added to the nurse in charge checklist.",
         "Registered Manager", "With immediate effect", "Achieved"),
        ("2", "Regulation 16 (1) and (2)", "First time",
         "The registered person shall ensure that care plans reflect the current recommendations of the speech and language therapist for each patient on a modified diet.",
         "2a", "Review the care plans of all 14 patients on modified diets against current SALT recommendations.",
         "Deputy Manager", "31 August 2025", "Achieved"),
        ("", "", "", "",
         "2b", "Introduce IDDSI diet notification sheets in the kitchen and dining rooms, updated weekly by the nurse in charge.",
         "Deputy Manager / Catering Manager", "30 September 2025", "Green"),
        ("3", "Regulation 27 (4) (d)", "Second time",
         "The registered person shall ensure that fire doors are not wedged or propped open.",
         "3a", "Door wedges removed; magnetic hold-open devices linked to the fire alarm to be fitted to the lounge and dining room doors.",
         "Home Administrator", "31 December 2025", "Amber"),
    ]
    rows_stds = [
        ("1", "Standard 4.9", "First time",
         "The registered person shall ensure that repositioning records are completed contemporaneously and reflect the prescribed frequency.",
         "1a", "Repositioning charts audited weekly by the Deputy Manager, with findings discussed at staff handover.",
         "Deputy Manager", "Ongoing", "Green"),
        ("2", "Standard 12", "First time",
         "The registered person shall ensure that the daily menu is displayed in a suitable format and that patients are offered a choice at each meal.",
         "2a", "Pictorial menus introduced on both floors, with the choice offered recorded at each meal.",
         "Catering Manager", "30 September 2025", "Achieved"),
        ("3", "Standard 41", "First time",
         "The registered person shall ensure that staff meetings take place at least quarterly and that minutes are made available to staff.",
         "3a", "Staff meeting schedule for 2025/26 circulated; minutes to be kept in the staff room folder.",
         "Registered Manager", "Dec 2025", "Green"),
    ]
    for row in rows_regs:
        lines.append("\t".join(row))
    lines.append(stds)
    for row in rows_stds:
        lines.append("\t".join(row))
    lines.append("")
    lines.append("Key: Achieved = area for improvement met; Green = on track; Amber = at risk of missing the date; "
                 "Red = not met by the date")
    with open(out("zrh-clonmore-house-nursing-home-rqia-care-inspection-qip-tracker.txt"),
              "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_mid_cheshire()
    make_nwas()
    make_lypft()
    make_cefn_carnau()
    make_lothian()
    make_home_instead()
    make_clonmore()
    print("built 7 files")
