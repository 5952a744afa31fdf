"""Build the seven zad- blind test files (set heldout747).

Run with /work/main/.venv/bin/python zad_make.py from any directory; files are
written next to this script. Only files starting with "zad-" are written.
"""
import csv
import io
import os
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zad-")
    return os.path.join(HERE, name)


def d(s):
    return datetime.strptime(s, "%d/%m/%Y")


FILL = {
    "B": PatternFill("solid", fgColor="5B9BD5"),
    "G": PatternFill("solid", fgColor="70AD47"),
    "A": PatternFill("solid", fgColor="FFC000"),
    "R": PatternFill("solid", fgColor="FF0000"),
    "hdr": PatternFill("solid", fgColor="1F3864"),
    "sec": PatternFill("solid", fgColor="D9E1F2"),
    "sec2": PatternFill("solid", fgColor="005EB8"),
    "grey": PatternFill("solid", fgColor="E7E6E6"),
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def style_row(ws, r, ncol, fill=None, bold=False, white=False):
    for c in range(1, ncol + 1):
        cell = ws.cell(row=r, column=c)
        cell.border = BOX
        cell.alignment = WRAP
        if fill is not None:
            cell.fill = fill
        if bold or white:
            cell.font = Font(bold=bold, color="FFFFFF" if white else "000000")


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


# ---------------------------------------------------------------------------
# 1. BOB ICB - Board Assurance Framework 2025/26 (xlsx, three sheets)
# ---------------------------------------------------------------------------
def make_bob_baf():
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = "NHS Buckinghamshire, Oxfordshire and Berkshire West Integrated Care Board"
    cv["A1"].font = Font(bold=True, size=14, color="005EB8")
    cv["A2"] = "Board Assurance Framework 2025/26"
    cv["A2"].font = Font(bold=True, size=16)
    cv["A3"] = "Quarter 3 position (October – December 2025)"
    cv["A4"] = "Presented to: ICB Board (meeting in public), 20 January 2026"
    cv["A6"] = "Document control"
    cv["A6"].font = Font(bold=True)
    rows = [
        ("Version", "Date", "Author", "Summary of changes"),
        ("v1.0", d("14/05/2025"), "Head of Corporate Governance", "2025/26 BAF approved by the Board"),
        ("v2.0", d("18/09/2025"), "Head of Corporate Governance", "Q1/Q2 review; BAF 3 rescored from 16 to 20"),
        ("v3.0", d("08/01/2026"), "Head of Corporate Governance", "Q3 review; actions updated by executive owners"),
    ]
    for i, row in enumerate(rows):
        r = 7 + i
        for j, v in enumerate(row):
            c = cv.cell(row=r, column=1 + j, value=v)
            if isinstance(v, datetime):
                c.number_format = "DD/MM/YYYY"
        style_row(cv, r, 4, FILL["hdr"] if i == 0 else None, bold=i == 0, white=i == 0)
    cv["A12"] = "Action RAG key"
    cv["A12"].font = Font(bold=True)
    key = [
        ("B", "Action complete"),
        ("G", "On track to deliver by the due date"),
        ("A", "At risk – revised date agreed by the Audit and Risk Committee"),
        ("R", "Off track – escalated to the executive owner"),
    ]
    for i, (k, v) in enumerate(key):
        r = 13 + i
        cv.cell(row=r, column=1, value=k).fill = FILL[k]
        cv.cell(row=r, column=2, value=v)
        style_row(cv, r, 2)
        cv.cell(row=r, column=1).fill = FILL[k]
    widths(cv, [14, 16, 30, 52])

    sm = wb.create_sheet("Risk summary")
    hdr = ["BAF ref", "Strategic priority", "Principal risk", "Executive owner",
           "Assuring committee", "Inherent score", "Q2 score", "Q3 score", "Target score", "Trend"]
    for j, v in enumerate(hdr):
        sm.cell(row=1, column=1 + j, value=v)
    style_row(sm, 1, len(hdr), FILL["hdr"], bold=True, white=True)
    summ = [
        ("BAF 1", "Improve access to urgent and emergency care",
         "Demand exceeds system capacity over winter, leading to long waits and avoidable harm",
         "Chief Delivery Officer", "System Quality Committee", 25, 20, 20, 12, "↔"),
        ("BAF 2", "Reduce elective waiting times",
         "The system does not eliminate 65-week waits or reduce 52-week waits in line with plan",
         "Chief Delivery Officer", "Finance and Investment Committee", 20, 16, 16, 9, "↔"),
        ("BAF 3", "Live within our means",
         "The system does not deliver its 2025/26 financial plan, including the efficiency requirement",
         "Chief Finance Officer", "Finance and Investment Committee", 25, 20, 16, 12, "↓"),
        ("BAF 4", "Reduce health inequalities",
         "Limited measurable progress on Core20PLUS5 priorities",
         "Chief Medical Officer", "Population Health and Patient Experience Committee", 16, 16, 12, 8, "↓"),
    ]
    for i, row in enumerate(summ):
        for j, v in enumerate(row):
            sm.cell(row=2 + i, column=1 + j, value=v)
        style_row(sm, 2 + i, len(hdr))
    widths(sm, [9, 30, 50, 24, 30, 10, 9, 9, 10, 7])

    ws = wb.create_sheet("Actions to close gaps")
    ws["A1"] = "BOB ICB Board Assurance Framework 2025/26 – actions to address gaps in control and assurance"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Updated for Q3 by executive owners. Where a revised due date has been agreed by the "
                "Audit and Risk Committee it is shown alongside the original date.")
    ws.merge_cells("A2:H2")
    hdr = ["Ref", "Gap in control / assurance", "Action", "Action owner",
           "Original due date", "Revised due date", "Q3 progress update", "RAG"]
    for j, v in enumerate(hdr):
        ws.cell(row=4, column=1 + j, value=v)
    style_row(ws, 4, 8, FILL["hdr"], bold=True, white=True)

    plan = [
        ("H", "BAF 1 – Urgent and emergency care: risk that demand exceeds system capacity over winter, leading to long waits and avoidable harm"),
        ("A", "1.1", "Gap in control: no single system view of escalation status across the three places",
         "Implement the system coordination centre (SCC) dashboard across Buckinghamshire, Oxfordshire and Berkshire West, including OPEL status for all acute and community providers",
         "Director of Urgent and Emergency Care", d("30/09/2025"), d("30/11/2025"),
         "Dashboard live from 17 November 2025; all providers submitting twice daily.", "B"),
        ("A", "1.2", None,
         "Agree a single winter escalation protocol with the three places and South Central Ambulance Service",
         "Director of Urgent and Emergency Care / Chief Nursing Officer", d("31/10/2025"), None,
         "Protocol signed off at the System Winter Board on 28 October 2025 and tested in November.", "B"),
        ("A", "1.3", "Gap in assurance: limited evidence that harm reviews are completed for patients waiting over 12 hours in ED",
         "Commission a quarterly harm review audit of 12-hour ED waits at each acute trust and report findings to the System Quality Committee",
         "Chief Nursing Officer", d("31/12/2025"), d("31/03/2026"),
         "Audit completed at two of the three trusts; the third was delayed by its EPR go-live.", "A"),
        ("H", "BAF 2 – Elective recovery: risk that the system does not eliminate 65-week waits or reduce 52-week waits in line with the 2025/26 plan"),
        ("A", "2.1", "Gap in control: mutual aid between providers is agreed case by case",
         "Establish a BOB elective mutual aid panel with agreed criteria for transferring long-waiting patients between providers",
         "Chief Delivery Officer", d("30/06/2025"), None,
         "Panel established June 2025; 412 patients transferred to date.", "B"),
        ("A", "2.2", "Gap in assurance: independent sector activity is not reported against plan",
         "Include independent sector elective activity against plan in the monthly integrated performance report",
         "Director of Performance and Delivery; Head of Business Intelligence", d("31/08/2025"), d("31/01/2026"),
         "Data-sharing agreements with two independent providers still outstanding; escalated to the Chief Delivery Officer.", "R"),
        ("H", "BAF 3 – Financial sustainability: risk that the system does not deliver its 2025/26 financial plan, including the efficiency requirement"),
        ("A", "3.1", "Gap in control: grip and control measures are not applied consistently across the system",
         "Roll out the system vacancy control panel and agency cap to all NHS providers in BOB",
         "Chief Finance Officer", d("31/07/2025"), None,
         "In place at all providers from July 2025; monthly compliance report to the Finance and Investment Committee.", "B"),
        ("A", "3.2", "Gap in assurance: efficiency schemes are not yet fully identified",
         "Identify the remaining £18.4m of system efficiency schemes, with delivery plans reviewed by the Finance and Investment Committee",
         "Chief Finance Officer and provider Directors of Finance", d("30/09/2025"), d("31/12/2025"),
         "£15.1m identified; £3.3m gap remains and is covered by the Q3 recovery plan.", "A"),
        ("H", "BAF 4 – Population health and inequalities: risk of limited measurable progress on Core20PLUS5 priorities"),
        ("A", "4.1", "Gap in control: no agreed outcome measures for the health inequalities funding allocated to places",
         "Agree an outcomes framework for place-based health inequalities funding, with quarterly reporting to the Population Health and Patient Experience Committee",
         "Director of Population Health", "Q2 2025/26", "Q4 2025/26",
         "Draft framework discussed with place leads in December; final version to committee in March.", "A"),
        ("A", "4.2", "Gap in assurance: hypertension case-finding is not reported by deprivation quintile",
         "Report hypertension case-finding and treatment-to-target rates by IMD quintile in the quarterly population health dashboard",
         "Head of Population Health Intelligence", d("31/12/2025"), None,
         "First report produced from Q2 data and included in the January 2026 dashboard.", "G"),
    ]
    r = 5
    gap_start = None
    for item in plan:
        if item[0] == "H":
            ws.cell(row=r, column=1, value=item[1])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            style_row(ws, r, 8, FILL["sec"], bold=True)
            r += 1
            continue
        _, ref, gap, action, owner, orig, rev, prog, rag = item
        vals = [ref, gap, action, owner, orig, rev, prog, rag]
        for j, v in enumerate(vals):
            if v is None:
                continue
            c = ws.cell(row=r, column=1 + j, value=v)
            if isinstance(v, datetime):
                c.number_format = "DD/MM/YYYY"
        style_row(ws, r, 8)
        ws.cell(row=r, column=8).fill = FILL[rag]
        ws.cell(row=r, column=8).alignment = Alignment(horizontal="center", vertical="top")
        if gap is None:
            # gap shared with the row above: merge the gap cells
            ws.merge_cells(start_row=r - 1, start_column=2, end_row=r, end_column=2)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Summary at Q3: 9 actions – 4 complete (B), 1 on track (G), 3 at risk (A), 1 off track (R)")
    ws.cell(row=r, column=1).font = Font(italic=True)
    widths(ws, [7, 38, 55, 30, 13, 13, 48, 6])
    ws.freeze_panes = "A5"
    wb.save(out("zad-nhs-buckinghamshire-oxfordshire-and-berkshire-west-icb-board-assurance-framework-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 2. Aneurin Bevan UHB - HIW Grange University Hospital ED improvement plan
#    (xlsx, refuse: mistyped month in a Timescale cell)
# ---------------------------------------------------------------------------
def make_abuhb_hiw():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement plan"
    ws["A1"] = "Aneurin Bevan University Health Board"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "HIW Improvement Plan – Emergency Department, The Grange University Hospital"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Unannounced inspection: October 2024    Service: Urgent and Emergency Care Division"
    ws["A4"] = "Progress position as at 31 May 2025 (Divisional Quality & Patient Safety meeting)"
    hdr = ["Ref", "Improvement needed", "Standard / Regulation", "Service action",
           "Responsible officer", "Timescale", "Progress update", "Status"]
    for j, v in enumerate(hdr):
        ws.cell(row=6, column=1 + j, value=v)
    style_row(ws, 6, 8, FILL["hdr"], bold=True, white=True)
    plan = [
        ("H", "Quality of the patient experience"),
        ("A", "1", "The health board must ensure that patient privacy and dignity is maintained in the waiting room and reception area",
         "Person centred",
         "Complete the extended waiting area and reconfigure reception to provide a private space for booking-in conversations",
         "Directorate Manager, Emergency Medicine", "September 2025",
         "Building works on schedule; handover from Capital and Estates expected August 2025.", "On track"),
        ("A", "2", "The health board must ensure patients in the waiting room receive timely pain relief",
         "Timely",
         "Introduce a nurse-initiated analgesia PGD at triage and audit time to analgesia monthly",
         "Senior Nurse, Emergency Department", d("31/03/2025"),
         "PGD approved February 2025; March audit shows 78% of patients received analgesia within 30 minutes.", "Complete"),
        ("H", "Delivery of safe and effective care"),
        ("A", "3", "The health board must ensure that falls, pressure damage and nutrition risk assessments are completed within the required timescales",
         "Safe",
         "Add falls, skin and MUST risk assessments to the ED electronic nursing record, with a prompt at six hours",
         "Lead Nurse, Urgent Care / Digital Nurse Lead", d("28/02/2025"),
         "Live on the ED nursing record from 24 February 2025.", "Complete"),
        ("A", "4", "The health board must ensure that resuscitation equipment is checked daily and that checks are recorded",
         "Safe",
         "Implement an electronic daily checklist for all resuscitation trolleys, with escalation to the nurse in charge when a check is missed",
         "Nurse in Charge; Resuscitation Officer", "October 2024",
         "Completed as part of the immediate assurance response.", "Complete"),
        ("A", "5", "The health board must ensure that medicines are stored securely and that fridge temperatures are monitored and acted upon",
         "Safe",
         "Replace the medicines room keypad and fit remote temperature monitoring to both ED drug fridges",
         "Pharmacy Lead – Urgent Care", "Febuary 2025",
         "Keypad replaced; remote monitoring installed on one of two fridges.", "Behind schedule"),
        ("A", "6", "The health board must ensure there is sufficient staff oversight of patients in the waiting area at all times",
         "Safe",
         "Establish a dedicated waiting room nurse on every shift through the nurse staffing establishment review",
         "Head of Nursing, Urgent Care", "June 2025",
         "Establishment review approved by the Executive Committee in April 2025; recruitment under way.", "On track"),
        ("H", "Quality of management and leadership"),
        ("A", "7", "The health board must ensure that incidents relating to patient flow are reviewed and learning is shared with staff",
         "Safe / Leadership",
         "Publish a monthly ED safety learning bulletin and review flow-related incidents at the divisional Quality & Patient Safety meeting",
         "Clinical Director, Emergency Medicine", "April 2025",
         "First bulletin issued April 2025.", "Complete"),
        ("A", "8", "The health board must continue to reduce reliance on agency nursing staff in the department",
         "Workforce",
         "Continue the ED recruitment and retention programme, including a second cohort of internationally educated nurses",
         "Head of Nursing, Urgent Care; Divisional HR Business Partner", "December 2025",
         "Agency use down to 6% of nursing hours in April 2025.", "On track"),
    ]
    r = 7
    typo_row = None
    for item in plan:
        if item[0] == "H":
            ws.cell(row=r, column=1, value=item[1])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            style_row(ws, r, 8, FILL["grey"], bold=True)
            r += 1
            continue
        vals = list(item[1:])
        for j, v in enumerate(vals):
            c = ws.cell(row=r, column=1 + j, value=v)
            if isinstance(v, datetime):
                c.number_format = "DD/MM/YYYY"
        style_row(ws, r, 8)
        if vals[5] == "Febuary 2025":
            typo_row = r
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Immediate assurance items (Appendix B of the HIW report) were closed on 25/10/2024 and are reported separately.")
    r += 2
    for label, val in (("Service representative", ""), ("Name (print):", "Rhian Pritchard"),
                       ("Job role:", "Divisional Director, Urgent and Emergency Care"),
                       ("Date:", d("21/01/2025"))):
        ws.cell(row=r, column=1, value=label).font = Font(bold=True)
        if val != "":
            c = ws.cell(row=r, column=2, value=val)
            if isinstance(val, datetime):
                c.number_format = "DD/MM/YYYY"
        r += 1
    widths(ws, [6, 45, 14, 50, 30, 15, 45, 16])
    wb.save(out("zad-aneurin-bevan-uhb-hiw-grange-university-hospital-emergency-department-improvement-plan-typo-month-refuse.xlsx"))
    return typo_row


# ---------------------------------------------------------------------------
# 3. North London Hospice - Quality Account priorities tracker 2025/26 (xlsx)
# ---------------------------------------------------------------------------
def make_nlh_qa():
    wb = Workbook()
    ws = wb.active
    ws.title = "Q2 tracker"
    ws["A1"] = "North London Hospice"
    ws["A1"].font = Font(bold=True, size=12, color="6A1B9A")
    ws["A2"] = "Quality Account 2025/26 – Priorities for Improvement: progress tracker"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = ("Reporting period: Quarter 2 (July – September 2025)    "
                "Reported to: Quality, Safety & Clinical Governance Committee – 12 November 2025")
    hdr = ["No.", "Action / milestone", "Lead", "Target date", "Q1 RAG", "Q2 RAG", "Q2 progress"]
    for j, v in enumerate(hdr):
        ws.cell(row=5, column=1 + j, value=v)
    style_row(ws, 5, 7, FILL["hdr"], bold=True, white=True)
    plan = [
        ("S", "PATIENT SAFETY"),
        ("P", "Priority 1: Reduce falls resulting in moderate or severe harm on the In-Patient Unit"),
        ("A", "1a", "Introduce the revised multifactorial falls risk assessment on SystmOne for all In-Patient Unit admissions",
         "Falls Lead Nurse", "June 2025", "G", "B", "Live from 2 June 2025; compliance audit 94% in August."),
        ("A", "1b", "Trial low-rise beds and sensor mats in four In-Patient Unit rooms and evaluate with the Falls Group",
         "Ward Manager (IPU) & Falls Lead Nurse", "Q3 2025/26", "G", "G",
         "Equipment delivered in September; evaluation runs to December."),
        ("A", "1c", "Deliver post-falls huddle training to all registered nurses and healthcare assistants on the In-Patient Unit",
         "Clinical Practice Educator", d("31/10/2025"), "A", "A",
         "62% trained at the end of September; extra sessions booked for October."),
        ("S", "CLINICAL EFFECTIVENESS"),
        ("P", "Priority 2: Improve the recording of preferred place of care and death (PPC/PPD) for patients known to community services"),
        ("A", "2a", "Make PPC/PPD mandatory fields in the community nursing initial assessment template",
         "Head of Community Services; Clinical Systems Manager", "July 2025", "G", "B", "Template changed on 14 July 2025."),
        ("A", "2b", "Audit PPC/PPD recording monthly and share results at the community team meeting",
         "Community Team Leaders", "Monthly", None, "G", "Baseline 58% (July); 71% in September."),
        ("A", "2c", "Share PPC/PPD with GP practices and London Ambulance Service through the Universal Care Plan for all patients on the caseload",
         "Head of Community Services", "March 2026", None, "R",
         "UCP access for community CNSs is waiting for information governance approval; escalated to the Director of Patient Services."),
        ("S", "PATIENT EXPERIENCE"),
        ("P", "Priority 3: Improve the experience of carers and families of patients cared for at home"),
        ("A", "3a", "Launch a carers' support pathway, with an assessment offered within 14 days of referral",
         "Family Support Services Manager", d("30/09/2025"), "A", "B", "Launched 1 September 2025; 46 assessments offered."),
        ("A", "3b", "Introduce a quarterly carers' feedback survey and report themes to the Patient and Family Experience Group",
         "Patient Experience Lead", "December 2025", None, "G", "First survey issued in September; 38 responses."),
        ("A", "3c", "Recruit and train 12 volunteer Compassionate Neighbours to support carers in Barnet and Enfield",
         "Volunteer Services Manager / Compassionate Neighbours Coordinator", "Q4 2025/26", None, "A",
         "Seven volunteers recruited; training cohort planned for January 2026."),
    ]
    r = 6
    for item in plan:
        if item[0] in ("S", "P"):
            ws.cell(row=r, column=1, value=item[1])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            if item[0] == "S":
                style_row(ws, r, 7, FILL["sec2"], bold=True, white=True)
            else:
                style_row(ws, r, 7, FILL["sec"], bold=True)
            r += 1
            continue
        _, no, act, lead, tgt, q1, q2, prog = item
        vals = [no, act, lead, tgt, q1, q2, prog]
        for j, v in enumerate(vals):
            if v is None:
                continue
            c = ws.cell(row=r, column=1 + j, value=v)
            if isinstance(v, datetime):
                c.number_format = "DD/MM/YYYY"
        style_row(ws, r, 7)
        for col, rag in ((5, q1), (6, q2)):
            if rag:
                ws.cell(row=r, column=col).fill = FILL[rag]
                ws.cell(row=r, column=col).alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Summary at Q2: 9 actions – 3 complete, 3 on track, 2 at risk, 1 off track")
    ws.cell(row=r, column=1).font = Font(italic=True)
    r += 1
    ws.cell(row=r, column=1, value="Note: the Q2 RAG is the current rating. See the 'Key & measures' tab for the RAG key and the measures reported in the Quality Account.")
    ws.cell(row=r, column=1).font = Font(italic=True)
    widths(ws, [6, 60, 34, 14, 8, 8, 55])

    km = wb.create_sheet("Key & measures")
    km["A1"] = "RAG key"
    km["A1"].font = Font(bold=True)
    for i, (k, v) in enumerate((("B", "Complete"), ("G", "On track"), ("A", "At risk of not meeting target date"), ("R", "Off track / not achieved"))):
        km.cell(row=2 + i, column=1, value=k).fill = FILL[k]
        km.cell(row=2 + i, column=2, value=v)
    km["A7"] = "Quality Account measures"
    km["A7"].font = Font(bold=True)
    mh = ["Priority", "Measure", "Baseline 2024/25", "Target 2025/26"]
    for j, v in enumerate(mh):
        km.cell(row=8, column=1 + j, value=v)
    style_row(km, 8, 4, FILL["hdr"], bold=True, white=True)
    meas = [
        ("1", "Falls with moderate or severe harm per 1,000 occupied bed days", "1.9", "1.2"),
        ("2", "% of community patients with PPC/PPD recorded", "55%", "85%"),
        ("3", "% of carers offered an assessment within 14 days", "Not measured", "90%"),
    ]
    for i, row in enumerate(meas):
        for j, v in enumerate(row):
            km.cell(row=9 + i, column=1 + j, value=v)
        style_row(km, 9 + i, 4)
    widths(km, [10, 60, 18, 16])
    wb.save(out("zad-north-london-hospice-quality-account-priorities-tracker-2025-26.xlsx"))


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


def set_cell(cell, text, bold=False, white=False):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(9)
        if white:
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        if i < len(lines) - 1:
            run.add_break()


def header_row(table, labels, fill="1F3864"):
    for cell, lab in zip(table.rows[0].cells, labels):
        set_cell(cell, lab, bold=True, white=True)
        shade(cell, fill)


def merged_row(table, text, fill="D9E1F2", bold=True):
    row = table.add_row()
    first = row.cells[0].merge(row.cells[-1])
    set_cell(first, text, bold=bold)
    shade(first, fill)
    return row


def data_row(table, values, status_fill=None):
    row = table.add_row()
    for cell, v in zip(row.cells, values):
        set_cell(cell, v)
    if status_fill:
        shade(row.cells[-1], status_fill)
    return row


# ---------------------------------------------------------------------------
# 4. NHS Lanarkshire - HIS safe delivery of care inspection, Cleland Hospital (docx)
# ---------------------------------------------------------------------------
def make_lanarkshire_his():
    doc = Document()
    p = doc.add_paragraph("Healthcare Improvement Scotland – NHS inspection programme")
    p.runs[0].font.size = Pt(9)
    doc.add_heading("Improvement Action Plan", level=0)
    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in (("Name of NHS board", "NHS Lanarkshire"),
                 ("Hospital", "Cleland Hospital"),
                 ("Inspection", "Safe delivery of care inspection – adult mental health (unannounced)"),
                 ("Date of inspection", "14 January 2025"),
                 ("Date of report publication", "17 April 2025"),
                 ("Action plan version", "v3 – progress update September 2025")):
        row = info.add_row()
        set_cell(row.cells[0], k, bold=True)
        set_cell(row.cells[1], v)
    doc.add_paragraph(
        "The requirements below are taken from the inspection report. Each requirement is followed by the "
        "actions NHS Lanarkshire has agreed to address it. Progress is reported to the Mental Health & "
        "Learning Disability Clinical Governance Group.")
    doc.add_paragraph("Status key: Complete (blue) – On track (green) – At risk (amber) – Off track (red) – Not yet started")
    cols = ["Action ref", "Action planned", "Timescale to meet action",
            "Responsibility for taking action", "Progress update (September 2025)", "Status"]
    sfill = {"Complete": "5B9BD5", "On track": "70AD47", "At risk": "FFC000"}
    domains = [
        ("Domain 2 – Leadership and culture", [
            ("R", "Requirement 1: NHS Lanarkshire must ensure that senior charge nurses have protected time to carry out their leadership and quality assurance role."),
            ("A", "1.1", "Agree and implement a minimum of 15 hours a week of supervisory time for the senior charge nurse in each ward",
             "June 2025", "Nurse Director, Mental Health & Learning Disability Services",
             "Supervisory time built into rosters from May 2025 and monitored through SafeCare.", "Complete"),
            ("A", "1.2", "Monitor achievement of supervisory time monthly and report exceptions to the Associate Nurse Director",
             "Monthly", "Senior Charge Nurses / Service Manager",
             "Reported monthly since May 2025; average of 13.5 hours achieved.", "On track"),
        ]),
        ("Domain 4.1 – Pathways, procedures and policies", [
            ("R", "Requirement 2: NHS Lanarkshire must ensure that patient care plans are person-centred, regularly reviewed and evaluated, and reflect the patient’s current needs."),
            ("A", "2.1", "Introduce a monthly care plan audit with results fed back at ward team meetings",
             "31 July 2025", "Senior Charge Nurse, Ward 1; Senior Charge Nurse, Ward 2",
             "Audit in place; June and July results 82% and 88%.", "Complete"),
            ("A", "2.2", "Deliver person-centred care planning training to all registered nurses in both wards",
             "October 2025", "Practice Development Nurse",
             "19 of 26 registered nurses trained.", "On track"),
            ("R", "Requirement 3: NHS Lanarkshire must ensure that emergency equipment is checked in line with policy and that checks are fully documented."),
            ("A", "3.1", "Replace paper emergency equipment checklists with the electronic daily check record used on the acute sites",
             "March 2025", "Resuscitation Services Manager",
             "Electronic record live from 3 March 2025.", "Complete"),
        ]),
        ("Domain 4.3 – Workforce planning", [
            ("R", "Requirement 4: NHS Lanarkshire must ensure that staff complete mandatory training, including adult support and protection and basic life support, and that compliance is monitored."),
            ("A", "4.1", "Run additional basic life support sessions on site at Cleland Hospital and release staff to attend",
             "End of December 2025", "Lead Nurse, Mental Health Inpatient Services",
             "Four on-site sessions held; BLS compliance 71% (was 54%).", "At risk"),
            ("A", "4.2", "Include mandatory training compliance by ward in the monthly service performance report",
             "August 2025", "Service Manager",
             "Included from the August 2025 report.", "Complete"),
        ]),
    ]
    for heading, items in domains:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1, cols=len(cols))
        t.style = "Table Grid"
        header_row(t, cols)
        for it in items:
            if it[0] == "R":
                merged_row(t, it[1])
            else:
                _, ref, act, when, who, prog, status = it
                data_row(t, [ref, act, when, who, prog, status], sfill.get(status))
        doc.add_paragraph("")
    doc.add_paragraph("Signed on behalf of NHS Lanarkshire")
    so = doc.add_table(rows=2, cols=4)
    so.style = "Table Grid"
    for c, v in zip(so.rows[0].cells, ("Name", "Designation", "Signature", "Date")):
        set_cell(c, v, bold=True)
    for c, v in zip(so.rows[1].cells, ("Fiona Ross", "Nurse Director, Mental Health & Learning Disability Services", "(signed)", "29/04/2025")):
        set_cell(c, v)
    doc.save(out("zad-nhs-lanarkshire-his-cleland-hospital-safe-delivery-of-care-improvement-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Mears Homecare Peterborough - CQC home care inspection action plan (docx)
# ---------------------------------------------------------------------------
def make_mears_cqc():
    doc = Document()
    p = doc.add_paragraph()
    run = p.add_run("Mears Homecare – Peterborough")
    run.bold = True
    run.font.size = Pt(12)
    doc.add_heading("CQC Inspection Action Plan", level=0)
    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in (("Registered provider", "Mears Care Limited"),
                 ("Location", "Peterborough branch (domiciliary care agency)"),
                 ("Registered manager", "Claire Dobson"),
                 ("Inspection", "Site visit 2 September 2024; calls to people and staff to 9 September 2024"),
                 ("Report published", "15 November 2024"),
                 ("Overall rating", "Requires improvement"),
                 ("Breaches", "Regulation 12 (Safe care and treatment); Regulation 17 (Good governance); Regulation 18 (Staffing)")):
        row = info.add_row()
        set_cell(row.cells[0], k, bold=True)
        set_cell(row.cells[1], v)
    doc.add_paragraph("")
    doc.add_paragraph("Status key: Complete = blue | On track = green | Behind schedule = amber | Not achieved = red")
    cols = ["No.", "Action", "Lead", "Target date", "Evidence / progress", "Status"]
    sfill = {"Complete": "5B9BD5", "On track": "70AD47", "Behind schedule": "FFC000"}

    doc.add_heading("Part A – Breaches of regulation", level=1)
    t = doc.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    header_row(t, cols)
    part_a = [
        ("R", "Regulation 12 – Safe care and treatment: Risks to people's health were not always assessed, and medicines were not always managed safely."),
        ("A", "1", "Review and update the risk assessments of everyone who has catheter care, diabetes or PEG feeding, using the new clinical risk templates",
         "Registered Manager / Field Care Supervisors", "31/12/2024",
         "All 38 reviews completed 18/12/2024; sample checked by the Regional Quality Manager.", "Complete"),
        ("A", "2", "Move all medicine administration records to the electronic MAR in the care planning app and stop using handwritten MARs",
         "Claire Dobson and Priya Nair", "January 2025",
         "eMAR live for everyone using the service from 20 January 2025.", "Complete"),
        ("A", "3", "Complete competency observations for all care workers who give time-specific medicines (for example Parkinson's medicines)",
         "Field Care Supervisors", "End of March 2025",
         "41 of 52 care workers observed.", "Behind schedule"),
        ("R", "Regulation 17 – Good governance: Quality assurance systems did not identify the shortfalls found at the inspection."),
        ("A", "4", "Introduce a monthly branch quality audit of care plans, MARs and call logs, with findings reviewed at the regional governance meeting",
         "Regional Quality Manager", "28/02/2025",
         "Audits held in February and March 2025; MAR completion up to 97%.", "Complete"),
        ("A", "5", "Analyse electronic call monitoring data every week for late and missed calls and record the action taken",
         "Care Coordinator (Rostering)", "Ongoing – weekly",
         "Weekly report in place; late calls down from 14% to 6%.", "On track"),
        ("R", "Regulation 18 – Staffing: Staff did not always receive supervision and spot checks in line with the provider's policy."),
        ("A", "6", "Bring all care worker supervisions and spot checks up to date and schedule the year ahead on the supervision matrix",
         "Deputy Manager", "April 2025",
         "Supervision matrix 88% in date.", "On track"),
    ]
    for it in part_a:
        if it[0] == "R":
            merged_row(t, it[1], fill="F2F2F2")
        else:
            data_row(t, list(it[1:]), sfill.get(it[-1]))

    doc.add_heading("Part B – Other areas for improvement", level=1)
    t2 = doc.add_table(rows=1, cols=len(cols))
    t2.style = "Table Grid"
    header_row(t2, cols)
    part_b = [
        ("R", "CQC recommended that the provider reviews how people and their relatives are involved in reviewing their care."),
        ("A", "7", "Offer everyone a six-monthly care review, with a relative or advocate present if they wish",
         "Field Care Supervisors", "June 2025",
         "Review schedule set up; 22 reviews completed.", "On track"),
        ("A", "8", "Send a quarterly newsletter and feedback survey to people using the service and their families",
         "Branch Administrator", "Quarterly",
         "First newsletter sent January 2025.", "On track"),
    ]
    for it in part_b:
        if it[0] == "R":
            merged_row(t2, it[1], fill="F2F2F2")
        else:
            data_row(t2, list(it[1:]), sfill.get(it[-1]))

    doc.add_paragraph("")
    doc.add_paragraph("Action plan reviewed at the Regional Governance Meeting on 10 April 2025. Next review: July 2025.")
    doc.add_heading("Version control", level=2)
    vc = doc.add_table(rows=1, cols=3)
    vc.style = "Table Grid"
    header_row(vc, ["Version", "Date", "Changes"], fill="7F7F7F")
    for row in (("1.0", "06/12/2024", "Action plan sent to CQC"), ("1.1", "10/04/2025", "Progress update")):
        data_row(vc, list(row))
    doc.save(out("zad-mears-homecare-peterborough-cqc-home-care-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. UHBW - PSII safety action plan (csv saved from Excel)
# ---------------------------------------------------------------------------
def make_uhbw_psii():
    ncol = 9
    rows = [
        ["University Hospitals Bristol and Weston NHS Foundation Trust"],
        ["PSII safety action plan – Delayed escalation of a deteriorating child (Bristol Royal Hospital for Children, Ward 32)"],
        ["PSII reference: W-PSII-2025-014; report approved by the Patient Safety Group 22 May 2025; plan updated 30 September 2025"],
        [],
        ["Area for improvement", "Action ID", "Safety action", "Action owner", "Target date",
         "Revised date", "Measure of effectiveness", "RAG", "Progress notes"],
        ["1. Recognition and escalation: PEWS scores of 5 and above were not consistently escalated to the medical team within 30 minutes",
         "1.1",
         "Set up automated escalation alerts in the electronic observations system (e-PEWS) so that a score of 5 or more pages the nurse in charge and the paediatric registrar",
         "Digital Nurse Lead; Consultant Paediatrician (PEWS Lead)", "31/07/2025", "31/10/2025",
         "% of PEWS 5+ escalated within 30 minutes (monthly audit); target 90%", "A",
         "Build completed; go-live moved to October to align with the e-obs upgrade."],
        ["", "1.2",
         "Add a Call 4 Concern prompt for parents and carers to the bedside PEWS chart and the ward admission leaflet",
         "Matron, Paediatric Medicine", "30/06/2025", "",
         "Number of Call 4 Concern calls logged each month", "B",
         "Completed June 2025; 11 calls in the first quarter."],
        ["2. Handover: information about the child's worsening observations was not passed on at the evening handover",
         "2.1",
         "Introduce a structured SBAR tool for the 20:00 nursing and medical handover.\nInclude a 'watcher' list of children causing concern.",
         "Ward Manager, Ward 32 / Paediatric Registrar Lead", "31/08/2025", "",
         "Monthly handover audit: % of watcher patients with a documented plan", "G",
         "In use since August; first audit 84%."],
        ["", "2.2",
         "Run a joint nursing and medical simulation session on handing over a deteriorating child every month for six months",
         "Paediatric Simulation Lead", "31/03/2026", "",
         "Attendance and pre/post confidence scores", "G",
         "Sessions 1 to 3 held (July to September)."],
        ["3. Staffing and skill mix: the ward had fewer registered nurses with paediatric high dependency competencies than planned on the night of the incident",
         "3.1",
         "Roster at least one HDU-competent registered nurse on every night shift and flag gaps to the site team by 16:00",
         "Head of Nursing, Children's Services", "30/09/2025", "",
         "% of night shifts with an HDU-competent nurse (SafeCare)", "G",
         "96% of night shifts in September."],
        ["", "3.2",
         "Fund and deliver the paediatric HDU competency programme for a further eight registered nurses",
         "Practice Educator, Paediatric Medicine & Head of Nursing, Children's Services", "31/01/2026", "",
         "Number of nurses completing the programme", "A",
         "Five nurses enrolled; three places unfilled because of vacancies."],
        ["4. Shared learning: learning from earlier incidents involving deteriorating children had not reached all children's wards",
         "4.1",
         "Publish a Safety Snapshot summary of this PSII for all children's wards and the Children's Emergency Department",
         "Patient Safety Partner; Children's Services Governance Lead", "30/06/2025", "",
         "Snapshot circulated and discussed at ward safety huddles", "B",
         "Published 12 June 2025."],
        [],
        ["RAG key: B = complete and evidenced; G = on track; A = at risk of missing the target date; R = overdue"],
        ["Oversight: Children's Services Quality and Safety Group, with escalation to the Patient Safety Group"],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for row in rows:
        w.writerow(row + [""] * (ncol - len(row)))
    with open(out("zad-university-hospitals-bristol-and-weston-nhsft-psii-delayed-escalation-of-deteriorating-child-safety-action-plan.csv"),
              "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. Rathmoyle Care Home - RQIA QIP progress log (plain text)
# ---------------------------------------------------------------------------
def make_rathmoyle_rqia():
    bar = "=" * 78
    lines = [
        "RATHMOYLE CARE HOME, BALLYCASTLE",
        "RQIA Quality Improvement Plan – progress log",
        "Inspection: unannounced care inspection, 4 and 5 March 2025 (Inspection ID: IN047713)",
        "Log kept by: Home Manager          Last updated: 27/06/2025",
        "",
        "Status key: Complete (blue) | On track (green) | Delayed (amber) | Not started",
        "",
        bar,
        "Action required to ensure compliance with The Nursing Homes Regulations (Northern Ireland) 2005",
        bar,
        "",
        "Area for improvement 1",
        "Ref: Regulation 13 (1) (a) and (b)",
        "Stated: First time",
        "To be completed by: With immediate effect (4 March 2025)",
        "",
        "The registered person shall ensure that where a resident has a fall, post-falls and neurological observations are carried out and recorded in line with best practice guidance.",
        "",
        "  R1.1  Falls management flowchart reissued to all nurses and discussed at the staff meeting on 12 March 2025.",
        "        Lead: Home Manager",
        "        Due: 31/03/2025",
        "        Status: Complete",
        "  R1.2  Post-falls documentation audited for every fall and reviewed at the monthly governance meeting.",
        "        Lead: Deputy Manager / Clinical Lead Nurse",
        "        Due: Monthly",
        "        Status: On track",
        "",
        "Area for improvement 2",
        "Ref: Regulation 14 (2) (a) and (c)",
        "Stated: First time",
        "To be completed by: 5 April 2025",
        "",
        "The registered person shall ensure that all parts of the home to which residents have access are free from hazards to their safety, with particular reference to the storage of thickening agents and cleaning chemicals.",
        "",
        "  R2.1  Keypad locks fitted to the sluice and domestic store on both floors.",
        "        Lead: Maintenance Person; Home Manager",
        "        Due: April 2025",
        "        Status: Complete",
        "  R2.2  Thickening agents moved to locked cupboards in each dining room; nurse in charge checks storage on the daily walk-round.",
        "        Lead: Nurse in Charge",
        "        Due: 30/04/2025",
        "        Status: Complete",
        "",
        bar,
        "Action required to ensure compliance with the Care Standards for Nursing Homes (December 2022)",
        bar,
        "",
        "Area for improvement 1",
        "Ref: Standard 4.9",
        "Stated: Second time",
        "To be completed by: 30 April 2025",
        "",
        "The registered person shall ensure that care plans for residents who need a modified diet reflect the current IDDSI level recommended by the speech and language therapist.",
        "",
        "  S1.1  All care plans for residents on modified diets reviewed against the latest SALT recommendations.",
        "        Lead: Named Nurses",
        "        Due: 30/04/2025",
        "        Status: Complete",
        "  S1.2  IDDSI training for all care assistants and kitchen staff, delivered by the Trust SALT team.",
        "        Lead: Home Manager and Head Cook",
        "        Due: June 2025",
        "        Status: Delayed",
        "        Note: second session postponed by the Trust; rebooked for 15 July 2025.",
        "",
        "Area for improvement 2",
        "Ref: Standard 11",
        "Stated: First time",
        "To be completed by: 31 May 2025",
        "",
        "The registered person shall ensure that a programme of meaningful activities is provided for residents on the first floor, in consultation with residents and their relatives.",
        "",
        "  S2.1  Activity Therapist hours increased from 20 to 30 a week, with three afternoon sessions a week on the first floor.",
        "        Lead: Responsible Individual",
        "        Due: End of May 2025",
        "        Status: Complete",
        "  S2.2  Residents' and relatives' meeting held to plan the summer activity programme; programme displayed on each floor.",
        "        Lead: Activity Therapist",
        "        Due: 30/06/2025",
        "        Status: On track",
        "",
        "-- end of log --",
    ]
    with open(out("zad-rathmoyle-care-home-ballycastle-rqia-care-inspection-qip-progress-log.txt"),
              "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_bob_baf()
    typo_row = make_abuhb_hiw()
    make_nlh_qa()
    make_lanarkshire_his()
    make_mears_cqc()
    make_uhbw_psii()
    make_rathmoyle_rqia()
    print("HIW typo month on sheet row", typo_row)
