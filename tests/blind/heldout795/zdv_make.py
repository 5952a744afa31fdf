"""Build the seven zdv- blind test files (set heldout795).

Run with /work/main/.venv/bin/python zdv_make.py from any directory; files are
written beside this script.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


def d(y, m, day):
    return dt.datetime(y, m, day)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex6):
    return PatternFill(fill_type="solid", start_color="FF" + hex6, end_color="FF" + hex6)


BLUE, GREEN, AMBER, RED = "0070C0", "00B050", "FFC000", "FF0000"


# ---------------------------------------------------------------------------
# 1. NHS Lothian - HIS safe delivery of care inspection, RHCYP (xlsx)
#    Cover sheet with RAG key; action sheet with domain rows, requirement rows
#    (merged), and a RAG column shown by fill colour only.
# ---------------------------------------------------------------------------
def make_lothian():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = ("Safe Delivery of Care Inspection: Royal Hospital for Children and "
                 "Young People – Improvement Action Plan")
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "NHS Lothian"
    cov["A2"].font = Font(bold=True, size=12, color="FF005EB8")
    rows = [
        ("Hospital", "Royal Hospital for Children and Young People, Edinburgh"),
        ("Date of inspection", "3 to 5 June 2024 (unannounced)"),
        ("Date of report publication", "12 September 2024"),
        ("Action plan lead", "Executive Nurse Director"),
        ("Reporting route", "Acute Services Quality and Safety Group; Healthcare Governance Committee"),
        ("Version / date", "Version 5 – update for Healthcare Governance Committee, 21 January 2025"),
    ]
    for i, (k, v) in enumerate(rows, start=4):
        cov.cell(i, 1, k).font = Font(bold=True)
        cov.cell(i, 2, v)
        for c in (1, 2):
            cov.cell(i, c).border = BOX
    cov["A11"] = "RAG key"
    cov["A11"].font = Font(bold=True)
    key = [(BLUE, "Complete – evidence of completion held"),
           (GREEN, "On track to complete within the timescale"),
           (AMBER, "At risk – timescale may not be met"),
           (RED, "Off track – timescale missed or not achievable")]
    for i, (colour, text) in enumerate(key, start=12):
        cov.cell(i, 1).fill = fill(colour)
        cov.cell(i, 1).border = BOX
        cov.cell(i, 2, text).border = BOX
    cov.column_dimensions["A"].width = 28
    cov.column_dimensions["B"].width = 80

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "Improvement Action Plan – progress update January 2025"
    ws["A1"].font = Font(bold=True, size=12)
    heads = ["Ref", "Action planned", "Timescale to meet action",
             "Responsibility for taking action", "Progress against action",
             "Date completed", "RAG"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(3, c, h)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = fill("005EB8")
        cell.alignment = WRAP
        cell.border = BOX

    plan = [
        ("domain", "Domain 2 – Leadership and culture"),
        ("req", "Requirement 1: NHS Lothian must ensure that staff are supported to raise "
                "concerns and that the outcome of concerns raised is fed back to staff."),
        ("act", "1.1", "Add a \u201cSpeak Up\u201d prompt to the twice-daily site safety huddle, with "
                "concerns logged on the huddle template and outcomes reported back at the "
                "following huddle.", d(2024, 10, 31), "Chief Nurse, RHCYP",
         "Huddle template updated and in use from 14 October 2024.", d(2024, 10, 14), BLUE),
        ("act", "1.2", "Speak Up Ambassadors to hold monthly drop-in sessions on each ward, with "
                "themes reported quarterly to the Women's and Children's Services Quality and "
                "Safety Group.", "March 2025",
         "Associate Director of Nursing (Women's and Children's Services) / Speak Up Ambassador Lead",
         "Sessions held on 6 of 9 wards; remaining wards scheduled for February.", None, GREEN),
        ("domain", "Domain 4.1 – Pathways, procedures and policies"),
        ("req", "Requirement 2: NHS Lothian must ensure that all patient equipment is clean "
                "and ready for use and that this is clearly identified."),
        ("act", "2.1", "Introduce \u201cI am clean\u201d indicator tape for all shared patient "
                "equipment across inpatient wards and the Emergency Department.",
         d(2024, 9, 30), "Lead Nurse, Infection Prevention and Control",
         "Indicator tape in use in all areas; compliance included in the monthly IPC audit.",
         d(2024, 9, 27), BLUE),
        ("act", "2.2", "Add a monthly equipment cleanliness audit to the Care Assurance Standards "
                "programme, with results reviewed at ward governance meetings.",
         d(2024, 12, 31), "Senior Charge Nurses",
         "Audit tool agreed; first full month of data due end of January 2025.", None, AMBER),
        ("req", "Requirement 3: NHS Lothian must ensure that medicines, including intravenous "
                "fluids, are stored securely at all times."),
        ("act", "3.1", "Relocate intravenous fluid storage on Wards 1, 2 and 3 to lockable rooms "
                "with keypad access.", d(2025, 1, 31),
         "Estates Manager, RHCYP / Lead Pharmacist, Children's Services",
         "Keypads fitted on Wards 1 and 2. Ward 3 delayed pending contractor access.", None, AMBER),
        ("act", "3.2", "Record controlled drugs key holding on the shift handover sheet and check "
                "it at each safety brief.", d(2024, 10, 31), "Senior Charge Nurses",
         "Included in the revised handover sheet.", d(2024, 10, 15), BLUE),
        ("act", "3.3", "Pharmacy to carry out a quarterly safe and secure storage of medicines "
                "audit, with findings reported to the Medicines Governance Group.", "Ongoing",
         "Lead Pharmacist, Children's Services",
         "First audit completed December 2024; two wards require re-audit.", None, GREEN),
        ("domain", "Domain 4.3 – Workforce management and support"),
        ("req", "Requirement 4: NHS Lothian must ensure that all staff complete mandatory "
                "training, including fire safety and hand hygiene, and that compliance is "
                "monitored."),
        ("act", "4.1", "Provide protected time of two hours per month for each registered nurse "
                "to complete outstanding mandatory training modules.", d(2025, 2, 28),
         "Associate Director of Nursing (Women's and Children's Services)",
         "Roster template updated; compliance increased from 71% to 82%.", None, GREEN),
        ("act", "4.2", "Issue a monthly mandatory training compliance report by ward to Senior "
                "Charge Nurses, escalating to the Clinical Management Team where compliance "
                "is below 80%.", "November 2024", "Practice Education Lead",
         "Report not yet available from Turas Learn; manual workaround being tested.", None, RED),
        ("req", "Requirement 5: NHS Lothian must ensure that real-time staffing assessments are "
                "recorded and that staffing risks are escalated in line with the Health and "
                "Care (Staffing) (Scotland) Act 2019."),
        ("act", "5.1", "Roll out the SafeCare real-time staffing module to all inpatient areas, "
                "with escalations recorded at the site huddle.", d(2025, 3, 31),
         "Chief Nurse, RHCYP / Head of e-Rostering", "Live in 5 of 9 inpatient areas.", None, GREEN),
    ]
    r = 4
    for item in plan:
        if item[0] in ("domain", "req"):
            ws.cell(r, 1, item[1])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.cell(r, 1).font = Font(bold=True, italic=(item[0] == "req"))
            ws.cell(r, 1).fill = fill("D9D9D9" if item[0] == "domain" else "DEEAF6")
            ws.cell(r, 1).alignment = WRAP
            if item[0] == "req":
                ws.row_dimensions[r].height = 32
        else:
            _, ref, action, due, lead, progress, done, colour = item
            vals = [ref, action, due, lead, progress, done, None]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            ws.cell(r, 7).fill = fill(colour)
        r += 1
    r += 1
    ws.cell(r, 1, "Summary")
    ws.cell(r, 1).font = Font(bold=True)
    ws.cell(r, 2, "Total actions: 10 | Complete: 3 | On track: 4 | At risk: 2 | Off track: 1")
    widths = {"A": 7, "B": 60, "C": 16, "D": 34, "E": 48, "F": 14, "G": 8}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A4"
    wb.save(out("zdv-nhs-lothian-his-rhcyp-safe-delivery-of-care-improvement-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)


# ---------------------------------------------------------------------------
# 2. Powys Teaching Health Board - HIW inspection, Ystradgynlais Community
#    Hospital (docx). HIW improvement plan template: immediate improvement
#    plan table, then improvement plan table with theme rows, a finding merged
#    over two service actions, and the service representative sign-off.
# ---------------------------------------------------------------------------
def make_powys():
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Improvement Plan: Ystradgynlais Community Hospital", style="Title")
    doc.add_paragraph("Powys Teaching Health Board")
    doc.add_paragraph("Healthcare Inspectorate Wales – unannounced hospital inspection, "
                      "4 and 5 March 2025")

    info = doc.add_table(rows=3, cols=2)
    info.style = "Table Grid"
    for i, (k, v) in enumerate([("Service:", "Ystradgynlais Community Hospital – Inpatient Ward"),
                                ("Date of inspection:", "4 and 5 March 2025"),
                                ("Date improvement plan submitted:", "2 May 2025")]):
        set_cell(info.cell(i, 0), k, bold=True, size=10)
        set_cell(info.cell(i, 1), v, size=10)

    doc.add_paragraph()
    doc.add_heading("Immediate improvement plan", level=1)
    doc.add_paragraph("The table below sets out the improvements that HIW asked the health "
                      "board to make immediately, and the action taken.")
    heads = ["Improvement needed", "Standard / Regulation", "Service action",
             "Responsible officer", "Timescale"]
    t1 = doc.add_table(rows=1, cols=5)
    t1.style = "Table Grid"
    for c, h in enumerate(heads):
        set_cell(t1.cell(0, c), h, bold=True)
        shade(t1.cell(0, c), "D9E2F3")
    imm = [
        ("The health board must ensure that the resuscitation trolley is checked daily and that "
         "all checks are fully documented.", "Health and Care Quality Standards 2023 – Safe",
         "Daily resuscitation trolley check added to the night staff duty list, with the Senior "
         "Sister reviewing the checklist at the start of each week.",
         "Senior Sister", "Immediate and ongoing"),
        (None, None,
         "Resuscitation trolley checks added to the monthly ward assurance audit, with results "
         "reported to the Community Services Quality and Safety Group.",
         "Lead Nurse, Resuscitation Services", "30 April 2025"),
        ("The health board must ensure that patients\u2019 fluid balance charts are completed "
         "accurately and reviewed at each shift.", "Health and Care Quality Standards 2023 – Effective",
         "Fluid balance documentation to be reviewed at every safety huddle and included in the "
         "handover template.", "Senior Sister / Deputy Ward Sister", "Immediate and ongoing"),
    ]
    prev = None
    for row in imm:
        cells = t1.add_row().cells
        for c, v in enumerate(row):
            if v is not None:
                set_cell(cells[c], v)
        if row[0] is None:
            for c in (0, 1):
                top = t1.cell(prev, c)
                top.merge(cells[c])
        prev = len(t1.rows) - 1

    doc.add_paragraph()
    doc.add_heading("Improvement plan", level=1)
    heads2 = ["Risk/finding/issue", "Improvement needed", "Standard / Regulation",
              "Service action", "Responsible officer", "Timescale"]
    t2 = doc.add_table(rows=1, cols=6)
    t2.style = "Table Grid"
    for c, h in enumerate(heads2):
        set_cell(t2.cell(0, c), h, bold=True)
        shade(t2.cell(0, c), "D9E2F3")
    body = [
        ("theme", "Quality of the patient experience"),
        ("row", "Information displayed for patients was only available in English.",
         "The health board must ensure that information for patients and visitors is available "
         "bilingually, in line with the Welsh Language Standards.",
         "Health and Care Quality Standards 2023 – Person-centred; Welsh Language Standards",
         "All patient information boards on the ward to be replaced with bilingual versions "
         "supplied by the Welsh Language Services team.", "Senior Sister", "30 June 2025"),
        ("row", "Call bells were not always within reach of patients.",
         "The health board must ensure that call bells are within reach of patients at all times.",
         "Health and Care Quality Standards 2023 – Safe",
         "Call bell placement added to intentional rounding checks and spot-checked weekly by "
         "the nurse in charge.", "Deputy Ward Sister", "31 May 2025"),
        ("theme", "Delivery of safe and effective care"),
        ("row", "Several pressure-relieving mattresses failed the integrity check.",
         "The health board must implement a mattress audit and replacement programme.",
         "Health and Care Quality Standards 2023 – Safe",
         "Quarterly mattress integrity audit to be undertaken with the Medical Devices team, and "
         "failed mattresses replaced through the equipment library.",
         "Senior Sister / Medical Devices Manager", "Quarter 2 2025/26"),
        ("row", "Not all patients had a completed falls risk assessment within 24 hours of admission.",
         "The health board must ensure that falls risk assessments are completed within 24 hours "
         "of admission and reviewed weekly.", "Health and Care Quality Standards 2023 – Safe",
         "Falls risk assessment compliance to be audited monthly using the Tendable audit app, "
         "with results shared at ward meetings.", "Head of Nursing (Community Services)",
         "31 July 2025"),
        ("theme", "Quality of management and leadership"),
        ("row", "Mandatory training compliance for some modules was below the health board "
                "target of 85%.",
         "The health board must ensure that staff are supported to complete mandatory training.",
         "Health and Care Quality Standards 2023 – Workforce",
         "Protected time for mandatory training to be built into the ward roster, with "
         "compliance monitored monthly by the Senior Sister.", "Senior Sister",
         "30 September 2025"),
        ("row", "Staff told us that they did not always receive feedback after reporting "
                "incidents on Datix.",
         "The health board must ensure that learning from incidents is shared with staff.",
         "Health and Care Quality Standards 2023 – Learning, improvement and research",
         "Monthly ward meeting agenda to include a standing item on incidents reported and "
         "learning identified.", "Senior Sister", "31 May 2025"),
        ("cont", None, None, None,
         "Community Services \u2018Learning from Events\u2019 bulletin to be circulated to all "
         "ward staff each quarter.", "Assistant Director of Quality and Safety", "Quarterly"),
    ]
    prev = None
    for item in body:
        cells = t2.add_row().cells
        idx = len(t2.rows) - 1
        if item[0] == "theme":
            m = cells[0].merge(cells[5])
            set_cell(m, item[1], bold=True)
            shade(m, "F2F2F2")
        else:
            for c, v in enumerate(item[1:]):
                if v is not None:
                    set_cell(cells[c], v)
            if item[0] == "cont":
                for c in (0, 1, 2):
                    t2.cell(prev, c).merge(cells[c])
        prev = idx

    doc.add_paragraph()
    doc.add_paragraph("The following section must be completed by a representative of the "
                      "service who has overall responsibility and accountability for ensuring "
                      "the improvement plan is actioned.")
    sig = doc.add_table(rows=3, cols=2)
    sig.style = "Table Grid"
    for i, (k, v) in enumerate([("Service representative name:", "Claire Roberts"),
                                ("Job role:", "Director of Nursing and Midwifery"),
                                ("Date:", "2 May 2025")]):
        set_cell(sig.cell(i, 0), k, bold=True, size=10)
        set_cell(sig.cell(i, 1), v, size=10)
    doc.save(out("zdv-powys-thb-hiw-ystradgynlais-community-hospital-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 3. Royal Devon University Healthcare NHSFT - PSII safety action plan (docx).
#    Document control table, one table per area for improvement (first row
#    merged, carrying the area for improvement), status column in words.
# ---------------------------------------------------------------------------
def make_royal_devon():
    doc = Document()
    landscape(doc)
    hdr = doc.sections[0].header.paragraphs[0]
    hdr.text = "Royal Devon University Healthcare NHS Foundation Trust"
    hdr.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    doc.add_heading("Patient Safety Incident Investigation (PSII) – Safety Action Plan", level=0)
    doc.add_paragraph("Delayed diagnosis of lung cancer following an unactioned chest X-ray report")

    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in [("PSII reference", "RDUH-PSII-24-031"),
                 ("Incident date", "14 March 2024"),
                 ("PSII report approved", "Patient Safety and Quality Assurance Group, 27 January 2025"),
                 ("Executive sponsor", "Chief Medical Officer"),
                 ("Plan monitored by", "Patient Safety Oversight Group (monthly)"),
                 ("Progress at", "12 May 2025")]:
        cells = dc.add_row().cells
        set_cell(cells[0], k, bold=True, size=10)
        set_cell(cells[1], v, size=10)
        shade(cells[0], "E7E6E6")

    doc.add_paragraph()
    doc.add_heading("Safety actions", level=1)
    doc.add_paragraph("Safety actions have been developed with the teams involved and the "
                      "patient\u2019s family, using the NHS England safety action development "
                      "guide. Each area for improvement identified in the PSII report is set out "
                      "below with its safety actions.")

    heads = ["No.", "Safety action", "Action owner", "Target date",
             "Measure of effectiveness", "Status"]
    afis = [
        ("Area for improvement 1: Results of imaging requested during an inpatient stay are not "
         "reliably reviewed when the report is issued after the patient has been discharged.",
         [("SA1", "Introduce an Epic In Basket rule so that radiology reports issued after "
                  "discharge are routed to the discharging consultant as well as the requesting "
                  "clinician.", "Chief Clinical Information Officer", "31/03/2025",
           "Audit of 50 post-discharge reports shows 100% routed to a named consultant.",
           "Complete"),
          ("SA2", "Update the Trust Results Acknowledgement Policy to set out who is responsible "
                  "for results returned after discharge, including for locum and rotating "
                  "doctors.", "Deputy Chief Medical Officer / Head of Clinical Governance",
           "31/05/2025", "Policy ratified and published on the intranet.", "Green")]),
        ("Area for improvement 2: Unexpected significant findings on imaging are not always "
         "communicated directly to a clinician who can act on them.",
         [("SA3", "Radiologists to use the \u2018Unexpected significant finding\u2019 alert code "
                  "for suspected malignancy, triggering a direct notification to the Lung Cancer "
                  "Nurse Specialist team.", "Clinical Director, Imaging", "28/02/2025",
           "Monthly report of alert-coded findings and time to acknowledgement.", "Complete"),
          ("SA4", "Imaging failsafe officer to review a weekly report of unacknowledged "
                  "alert-coded reports and escalate to the relevant care group after 7 days.",
           "Imaging Failsafe Officer; Care Group Governance Leads", "Q1 2025/26",
           "No alert-coded report unacknowledged for more than 14 days.", "Amber")]),
        ("Area for improvement 3: Discharge summaries do not prompt clinicians to record "
         "investigations that are still outstanding at discharge.",
         [("SA5", "Add a mandatory \u2018Outstanding investigations\u2019 field to the Epic "
                  "discharge summary template.", "Chief Clinical Information Officer",
           "30/06/2025", "Field live; audit of 30 discharge summaries per quarter.", "Not started"),
          ("SA6", "Deliver a teaching session on results management and safe discharge to each "
                  "resident doctor intake, and include it in the Trust induction programme.",
           "Director of Medical Education", "August 2025",
           "Attendance records; feedback from resident doctors.", "Green"),
          ("SA7", "Share the learning from this PSII through the Patient Safety Bulletin and at "
                  "the Trust-wide Learning from Events forum.", "Patient Safety Lead",
           "31/03/2025", "Bulletin issued; forum held 19 March 2025.", "Complete")]),
    ]
    for afi, actions in afis:
        t = doc.add_table(rows=2, cols=6)
        t.style = "Table Grid"
        top = t.cell(0, 0).merge(t.cell(0, 5))
        set_cell(top, afi, bold=True, size=10)
        shade(top, "DDEBF7")
        for c, h in enumerate(heads):
            set_cell(t.cell(1, c), h, bold=True)
            shade(t.cell(1, c), "F2F2F2")
        for row in actions:
            cells = t.add_row().cells
            for c, v in enumerate(row):
                set_cell(cells[c], v)
        doc.add_paragraph()

    doc.add_paragraph("Status key: Complete – action delivered and evidence received; Green – on "
                      "track; Amber – at risk of missing the target date; Red – target date "
                      "missed; Not started.")
    doc.add_paragraph("Evidence of completion is held by the Patient Safety Team. Actions will be "
                      "closed by the Patient Safety Oversight Group once the measure of "
                      "effectiveness has been reviewed.")
    doc.save(out("zdv-royal-devon-university-healthcare-nhsft-psii-unactioned-chest-xray-"
                 "safety-action-plan.docx"))


# ---------------------------------------------------------------------------
# 4. NHS South West London ICB - Board Assurance Framework 2025/26 (xlsx).
#    Summary sheet (risk heat table), detail sheet with objective and risk
#    header rows, controls/gaps rows, action table with original and revised
#    due dates and previous/current RAG letters; version control sheet.
# ---------------------------------------------------------------------------
def make_swl():
    wb = Workbook()
    s = wb.active
    s.title = "BAF Summary"
    s["A1"] = "NHS South West London ICB – Board Assurance Framework 2025/26"
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Position at 30 September 2025 (Quarter 2) – for ICB Board, 12 November 2025"
    heads = ["BAF ref", "Strategic risk (summary)", "Executive owner", "Assuring committee",
             "Inherent score", "Q1 score", "Q2 score", "Target score", "Trend"]
    for c, h in enumerate(heads, start=1):
        cell = s.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = fill("003087")
        cell.border = BOX
        cell.alignment = WRAP
    summ = [
        ("BAF 1", "Elective and cancer waiting times", "Chief Operating Officer",
         "Quality and Performance Oversight Committee", 20, 16, 16, 9, "\u2194"),
        ("BAF 2", "Inequalities in access to primary care and mental health",
         "Director of Population Health", "Population Health and Inequalities Committee",
         16, 12, 12, 8, "\u2194"),
        ("BAF 3", "Delivery of the 2025/26 system financial plan", "Chief Finance Officer",
         "Finance and Planning Committee", 25, 20, 16, 12, "\u2193"),
    ]
    for i, row in enumerate(summ, start=5):
        for c, v in enumerate(row, start=1):
            cell = s.cell(i, c, v)
            cell.border = BOX
            cell.alignment = WRAP
            if c in (5, 6, 7, 8):
                score = v
                cell.fill = fill("FF0000" if score >= 15 else ("FFC000" if score >= 8 else "92D050"))
    s["A9"] = "Risk scores are likelihood x impact (5 x 5 matrix). Trend compares Q2 with Q1."
    s["A9"].font = Font(italic=True)
    for col, w in {"A": 9, "B": 48, "C": 28, "D": 36, "E": 10, "F": 9, "G": 9, "H": 10, "I": 7}.items():
        s.column_dimensions[col].width = w

    ws = wb.create_sheet("BAF Detail")
    ws["A1"] = "Board Assurance Framework 2025/26 – detail by strategic risk"
    ws["A1"].font = Font(bold=True, size=12)
    cols = ["Ref", "Actions to address gaps in control and assurance", "Action owner",
            "Original due date", "Revised due date", "Progress update (Q2)",
            "Previous RAG", "Current RAG"]
    risks = [
        ("Strategic objective 1: Improve outcomes in population health and healthcare",
         "BAF 1: There is a risk that the ICB does not reduce waiting times for elective care and "
         "cancer in line with the 2025/26 operational plan, resulting in harm to patients "
         "waiting longer for treatment.",
         [("Executive lead", "Chief Operating Officer"),
          ("Current score (L x I)", "4 x 4 = 16"),
          ("Key controls", "SWL Elective Recovery Board; weekly waiting list reporting; Cancer "
                           "Alliance oversight of 62-day backlog."),
          ("Gaps in control / assurance", "Diagnostic capacity below demand; validation of "
                                          "long waiters incomplete.")],
         [("1a", "Agree elective recovery trajectories with each acute provider and monitor them "
                 "weekly through the SWL Elective Recovery Board.", "Chief Operating Officer",
           d(2025, 6, 30), None, "Trajectories agreed; weekly monitoring in place.", "G", "B"),
          ("1b", "Commission additional diagnostic capacity through the Queen Mary's Hospital "
                 "Community Diagnostic Centre extension.", "Director of Planned Care",
           d(2025, 9, 30), d(2025, 12, 31),
           "Capital works delayed by six weeks; opening now planned for December.", "A", "A"),
          ("1c", "Implement the system-wide validation programme for all patients waiting over "
                 "52 weeks.", "Director of Planned Care / Provider Chief Operating Officers",
           d(2025, 10, 31), None, "78% of 52-week waiters validated.", "G", "G")]),
        ("Strategic objective 2: Tackle inequalities in outcomes, experience and access",
         "BAF 2: There is a risk that people in our most deprived communities and from ethnic "
         "minority groups continue to experience poorer access to primary care and mental "
         "health services.",
         [("Executive lead", "Director of Population Health"),
          ("Current score (L x I)", "3 x 4 = 12"),
          ("Key controls", "Core20PLUS5 programme; Place-based inequalities leads; health "
                           "inequalities funding allocated by Place."),
          ("Gaps in control / assurance", "Limited data on access by ethnicity in NHS Talking "
                                          "Therapies.")],
         [("2a", "Roll out Core20PLUS5 outreach health checks in the six most deprived primary "
                 "care networks.", "Director of Population Health", d(2026, 3, 31), None,
           "Live in four of six PCNs.", "G", "G"),
          ("2b", "Publish the SWL Health Inequalities Investment Plan and agree the allocation "
                 "with each Place.", "Director of Population Health", d(2025, 7, 31),
           d(2025, 9, 30), "Plan approved at ICB Board on 10 September 2025.", "A", "B"),
          ("2c", "Complete an equity audit of NHS Talking Therapies access by ethnicity and "
                 "deprivation.", "Chief Nursing Officer", d(2025, 12, 31), None,
           "Data sharing agreement still outstanding with one provider.", "G", "R")]),
        ("Strategic objective 3: Enhance productivity and value for money",
         "BAF 3: There is a risk that the ICB and its partners do not deliver the 2025/26 "
         "financial plan, including the system efficiency requirement, leading to a system "
         "deficit.",
         [("Executive lead", "Chief Finance Officer"),
          ("Current score (L x I)", "4 x 4 = 16"),
          ("Key controls", "System Financial Recovery Board; vacancy control panels; monthly "
                           "finance reporting to NHS England."),
          ("Gaps in control / assurance", "Efficiency schemes not yet fully identified; "
                                          "running cost reduction not yet delivered.")],
         [("3a", "Review delivery of efficiency schemes against plan at the monthly system "
                 "Financial Recovery Board.", "Chief Finance Officer", "Monthly", None,
           "Meeting monthly; 68% of schemes fully identified.", "G", "G"),
          ("3b", "Implement vacancy control and agency spend panels across all SWL providers.",
           "Chief People Officer; Provider Chief Executives", d(2025, 8, 31), None,
           "Panels operating since July; agency spend down 14%.", "A", "G"),
          ("3c", "Deliver the 50% reduction in ICB running costs in line with the NHS England "
                 "model ICB blueprint.", "Chief Executive Officer", d(2026, 3, 31), None,
           "Consultation on the new structure launched 1 October 2025.", "A", "A"),
          ("3d", "Agree a joint medicines optimisation efficiency programme with the SWL "
                 "provider chief pharmacists.", "Chief Pharmacist", "Q3 2025/26", None,
           "Programme scoped; savings opportunities being validated.", None, "G")]),
    ]
    rag_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    r = 3
    for objective, risk, details, actions in risks:
        ws.cell(r, 1, objective)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(r, 1).font = Font(bold=True, color="FFFFFFFF")
        ws.cell(r, 1).fill = fill("003087")
        r += 1
        ws.cell(r, 1, risk)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(r, 1).font = Font(bold=True)
        ws.cell(r, 1).fill = fill("DEEAF6")
        ws.cell(r, 1).alignment = WRAP
        ws.row_dimensions[r].height = 32
        r += 1
        for k, v in details:
            ws.cell(r, 1, k).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
            ws.cell(r, 3, v)
            ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=8)
            ws.cell(r, 3).alignment = WRAP
            r += 1
        for c, h in enumerate(cols, start=1):
            cell = ws.cell(r, c, h)
            cell.font = Font(bold=True)
            cell.fill = fill("D9D9D9")
            cell.border = BOX
            cell.alignment = WRAP
        r += 1
        for a in actions:
            for c, v in enumerate(a, start=1):
                cell = ws.cell(r, c, v)
                cell.border = BOX
                cell.alignment = WRAP
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
                if c in (7, 8) and v in rag_fill:
                    cell.fill = fill(rag_fill[v])
                    cell.alignment = Alignment(horizontal="center", vertical="top")
            r += 1
        r += 1
    ws.cell(r, 1, "RAG key: B = Complete; G = On track; A = At risk of delay; R = Off track "
                  "or overdue. Where a due date has been revised with the agreement of the "
                  "assuring committee, the revised date is shown.")
    ws.cell(r, 1).font = Font(italic=True)
    for col, w in {"A": 6, "B": 58, "C": 30, "D": 13, "E": 13, "F": 44, "G": 10, "H": 10}.items():
        ws.column_dimensions[col].width = w

    vc = wb.create_sheet("Version control")
    for i, row in enumerate([("Version", "Date", "Change", "Approved by"),
                             ("1.0", d(2025, 5, 14), "BAF 2025/26 approved", "ICB Board"),
                             ("1.1", d(2025, 7, 9), "Q1 update", "Audit and Risk Committee"),
                             ("1.2", d(2025, 10, 22), "Q2 update", "Audit and Risk Committee")],
                            start=1):
        for c, v in enumerate(row, start=1):
            cell = vc.cell(i, c, v)
            cell.border = BOX
            if i == 1:
                cell.font = Font(bold=True)
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
    vc.column_dimensions["C"].width = 26
    vc.column_dimensions["D"].width = 26
    wb.save(out("zdv-nhs-south-west-london-icb-board-assurance-framework-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 5. Hertfordshire Partnership University NHSFT - quality account priorities
#    tracker 2025/26 (tab-separated text export). Title lines, priority rows
#    with the text in the first field, Q1 and Q2 RAG columns, key and notes.
# ---------------------------------------------------------------------------
def make_hpft():
    lines = [
        ["Hertfordshire Partnership University NHS Foundation Trust – Quality Account 2025/26: "
         "Quality Priorities Tracker"],
        ["Quarter 2 update (July to September 2025) – Quality and Safety Group, 21 October 2025"],
        [],
        ["Ref", "Action", "Lead", "Due", "Q1 RAG", "Q2 RAG", "Q2 progress update"],
        ["Priority 1 (Safety): Reduce the use of restrictive practice on our inpatient wards",
         "", "", "", "", "", ""],
        ["1.1", "Roll out the Safewards model to the remaining four adult acute wards",
         "Associate Director of Nursing (Inpatients)", "Sep-25", "G", "B",
         "All four wards live; fidelity checks completed in September."],
        ["1.2", "Hold a post-incident debrief within 72 hours for every prone restraint incident",
         "Head of Positive and Safe Care", "Dec-25", "A", "G",
         "Debriefs held for 41 of 46 incidents (89%)."],
        ["1.3", "Publish monthly restrictive practice data by ward on the Trust quality dashboard",
         "Head of Quality Intelligence", "Oct-25", "G", "G",
         "Dashboard page built; first publication due October."],
        ["Priority 2 (Effectiveness): Improve physical health checks for people with severe "
         "mental illness", "", "", "", "", "", ""],
        ["2.1", "Increase completion of the six core SMI physical health checks to 75% in "
                "community teams", "Deputy Director of Nursing / Physical Health Lead", "Mar-26",
         "A", "A", "Completion at 61%, up from 54% at Q1."],
        ["2.2", "Open a physical health clinic in each Community Mental Health Team locality",
         "Managing Director (Community Services)", "Jan-26", "G", "R",
         "Two of five localities open; estates capacity not available in Watford or Stevenage."],
        ["2.3", "Train 90% of community nursing staff in NEWS2 and recognition of physical "
                "deterioration", "Head of Clinical Education", "Nov-25", "A", "A",
         "74% trained; additional sessions booked for October and November."],
        ["Priority 3 (Experience): Involve service users and carers in care planning",
         "", "", "", "", "", ""],
        ["3.1", "Launch the co-produced care plan template in the electronic patient record",
         "Chief Clinical Information Officer", "Feb-26", "G", "G",
         "Template signed off by the Service User and Carer Council."],
        ["3.2", "Record a named carer contact for at least 80% of inpatient admissions",
         "Head of Carer Experience", "Ongoing", "G", "G", "Q2 compliance 83%."],
        ["3.3", "Recruit 12 additional Experts by Experience to quality improvement projects",
         "Head of Involvement and Experience", "Mar-26", "", "G", "Seven recruited to date."],
        [],
        ["RAG key: B = complete; G = on track; A = at risk of slipping; R = off track or not "
         "deliverable this year"],
        ["Note: Q1 RAG as reported to the Quality and Safety Group in July 2025."],
    ]
    with open(out("zdv-hertfordshire-partnership-university-nhsft-quality-account-priorities-"
                  "tracker-2025-26.txt"), "w", encoding="utf-8", newline="") as f:
        for row in lines:
            f.write("\t".join(row) + "\r\n")


# ---------------------------------------------------------------------------
# 6. Home Instead Cambridge - CQC home care inspection action plan (csv,
#    Excel "CSV UTF-8" export). Title lines, key question / breach only on the
#    first row of each group, one progress cell with an inner line break.
# ---------------------------------------------------------------------------
def make_home_instead():
    rows = [
        ["Home Instead Cambridge – CQC Inspection Action Plan", "", "", "", "", "", "", ""],
        ["Inspection: 14 to 16 January 2025. Report published: 11 March 2025. Overall rating: "
         "Requires improvement", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["No.", "Key question", "Breach / issue identified by CQC", "Action required",
         "Person responsible", "Target date", "RAG", "Evidence / comments"],
        ["1", "Safe", "Regulation 12 (Safe care and treatment): Risks to people were not always "
                      "assessed; some care plans lacked moving and handling and skin integrity "
                      "risk assessments.",
         "Review the care plans of all clients receiving moving and handling support and "
         "complete any outstanding risk assessments", "Registered Manager", "28/02/2025",
         "Complete", "All 64 care plans reviewed; 19 risk assessments completed."],
        ["2", "", "", "Introduce a monthly care plan audit, with 10% of files checked by the Care "
                      "Manager", "Care Manager", "Monthly", "Green", "March and April audits completed."],
        ["3", "", "Regulation 12 (Safe care and treatment): Medicines records were not always "
                  "accurate; gaps were found in electronic medication administration records "
                  "for time-sensitive medicines.",
         "Set up alerts in the electronic care system for missed or late time-sensitive "
         "medicines, to be followed up by the on-call supervisor",
         "Registered Manager / On-call Supervisor", "31/03/2025", "Complete",
         "Alerts live from 3 March 2025.\nOn-call log checked weekly by the Registered Manager."],
        ["4", "", "", "Refresh medicines competency assessments for all Care Professionals",
         "Training Lead", "30/04/2025", "Amber", "52 of 71 Care Professionals reassessed."],
        ["5", "Effective", "Regulation 18 (Staffing): Not all staff had received supervision in "
                           "line with the provider's policy.",
         "Complete overdue supervisions for all Care Professionals", "Field Care Supervisors",
         "31/03/2025", "Red", "14 supervisions still overdue; two supervisors on leave."],
        ["6", "", "", "Add supervision due dates to the rostering system so that reminders are "
                      "generated", "Scheduling Coordinator", "30/04/2025", "Complete",
         "Reminders set up on the rostering system."],
        ["7", "Well-led", "Regulation 17 (Good governance): Quality assurance systems had not "
                          "identified the shortfalls found at inspection.",
         "Develop a quality dashboard covering audits, complaints, missed visits and training",
         "Franchise Owner", "31/05/2025", "Green", "Draft dashboard reviewed in April."],
        ["8", "", "", "Hold a quarterly quality review meeting between the franchise owner and the "
                      "registered manager, with minutes and actions recorded",
         "Franchise Owner & Registered Manager", "Quarterly", "Green",
         "First meeting held 9 April 2025."],
        ["", "", "", "", "", "", "", ""],
        ["Action plan submitted to CQC on 8 April 2025. Progress reviewed monthly by the "
         "franchise owner.", "", "", "", "", "", "", ""],
    ]
    with open(out("zdv-home-instead-cambridge-cqc-home-care-inspection-action-plan.csv"), "w",
              encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in rows:
            w.writerow(row)


# ---------------------------------------------------------------------------
# 7. Wirral Hospice St John's - CQC inspection action plan (xlsx) - REFUSE.
#    Summary sheet (ratings and totals), Must do and Should do sheets with the
#    CQC finding merged down over its actions, Key sheet. One target date cell
#    on the Must do sheet carries a mistyped month ("Sepember 2025").
# ---------------------------------------------------------------------------
def make_wirral():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "Wirral Hospice St John's – CQC Inspection Action Plan"
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Inspection: 19 and 20 November 2024 | Report published: 24 January 2025"
    s["A4"], s["B4"] = "Key question", "Rating"
    for c in ("A4", "B4"):
        s[c].font = Font(bold=True)
    for i, (k, v) in enumerate([("Safe", "Requires improvement"), ("Effective", "Good"),
                                ("Caring", "Good"), ("Responsive", "Good"),
                                ("Well-led", "Requires improvement"),
                                ("Overall", "Requires improvement")], start=5):
        s.cell(i, 1, k)
        s.cell(i, 2, v)
    s["A12"] = "Progress summary at 31 March 2025"
    s["A12"].font = Font(bold=True)
    for c, h in enumerate(["Status", "Must do", "Should do", "Total"], start=1):
        s.cell(13, c, h).font = Font(bold=True)
    for i, row in enumerate([("Complete", 2, 1, 3), ("Green", 2, 2, 4), ("Amber", 1, 1, 2),
                             ("Red", 0, 0, 0), ("Total", 5, 4, 9)], start=14):
        for c, v in enumerate(row, start=1):
            s.cell(i, c, v)
    s.column_dimensions["A"].width = 34
    s.column_dimensions["B"].width = 22

    heads = ["Ref", "Key question", "CQC finding", "Action", "Lead", "Target date",
             "Progress update", "RAG"]

    def sheet(title, heading, groups):
        ws = wb.create_sheet(title)
        ws["A1"] = heading
        ws["A1"].font = Font(bold=True, size=12)
        for c, h in enumerate(heads, start=1):
            cell = ws.cell(3, c, h)
            cell.font = Font(bold=True, color="FFFFFFFF")
            cell.fill = fill("7030A0")
            cell.border = BOX
        r = 4
        for kq, finding, actions in groups:
            first = r
            for ref, action, lead, due, progress, rag in actions:
                vals = [ref, kq if r == first else None, finding if r == first else None,
                        action, lead, due, progress, rag]
                for c, v in enumerate(vals, start=1):
                    cell = ws.cell(r, c, v)
                    cell.alignment = WRAP
                    cell.border = BOX
                    if isinstance(v, dt.datetime):
                        cell.number_format = "dd/mm/yyyy"
                if due == "Sepember 2025":
                    print("typo row on sheet", title, "=", r)
                r += 1
            if r - 1 > first:
                for c in (2, 3):
                    ws.merge_cells(start_row=first, start_column=c, end_row=r - 1, end_column=c)
        for col, w in {"A": 8, "B": 12, "C": 44, "D": 50, "E": 30, "F": 14, "G": 40, "H": 10}.items():
            ws.column_dimensions[col].width = w
        return ws

    sheet("Must do", "Must do actions – breaches of regulation", [
        ("Safe", "The provider must ensure that controlled drugs are recorded accurately and that "
                 "stock balances are checked in line with national guidance. (Regulation 12)",
         [("MD1.1", "Introduce twice-daily controlled drugs stock checks on the In-Patient Unit, "
                    "signed by two registered nurses", "Head of Clinical Services",
           d(2024, 12, 31), "Twice-daily checks in place since 2 December 2024.", "Complete"),
          ("MD1.2", "Controlled Drugs Accountable Officer to complete a monthly controlled drugs "
                    "audit and report it to the Clinical Governance Committee",
           "Controlled Drugs Accountable Officer", d(2025, 1, 31),
           "Audits completed for January, February and March.", "Complete"),
          ("MD1.3", "Controlled drugs e-learning and competency assessment for all registered "
                    "nurses", "Practice Educator", "Sepember 2025",
           "21 of 34 registered nurses assessed.", "Green")]),
        ("Well-led", "The provider must ensure that governance systems are effective in "
                     "identifying and acting on risks to the quality and safety of care. "
                     "(Regulation 17)",
         [("MD2.1", "Refresh the clinical audit programme, with a quarterly schedule agreed by "
                    "the Clinical Governance Committee", "Director of Patient Services",
           d(2025, 2, 28), "Programme agreed; Q1 audits under way.", "Green"),
          ("MD2.2", "Introduce a quality and safety dashboard for the Board of Trustees",
           "Chief Executive / Director of Patient Services", "June 2025",
           "Dashboard metrics agreed; data build delayed by system upgrade.", "Amber")]),
    ])
    sheet("Should do", "Should do actions", [
        ("Safe", "The provider should ensure that mental capacity assessments are recorded for "
                 "decisions about the use of bed rails.",
         [("SD1.1", "Add a mental capacity prompt to the bed rails risk assessment on the "
                    "electronic patient record", "Clinical Nurse Specialist (Safeguarding)",
           d(2025, 3, 31), "Prompt added 17 March 2025.", "Complete")]),
        ("Effective", "The provider should ensure that staff receive regular clinical "
                      "supervision.",
         [("SD2.1", "Introduce a clinical supervision schedule for all In-Patient Unit staff, with "
                    "attendance recorded", "Head of Clinical Services", d(2025, 4, 30),
           "Schedule in place; attendance 68% in March.", "Amber"),
          ("SD2.2", "Train four additional clinical supervisors", "Practice Educator",
           d(2025, 6, 30), "Two trained; two booked for May.", "Green")]),
        ("Responsive", "The provider should continue to improve the environment of the Day "
                       "Hospice.",
         [("SD3.1", "Complete the Day Hospice refurbishment, including a quiet room and "
                    "accessible garden access", "Facilities Manager", "Sept 2025",
           "Contractor appointed; works start June.", "Green")]),
    ])
    k = wb.create_sheet("Key")
    for i, (a, b) in enumerate([("RAG", "Meaning"), ("Complete", "Action complete and evidenced"),
                                ("Green", "On track"), ("Amber", "At risk of missing target date"),
                                ("Red", "Target date missed")], start=1):
        k.cell(i, 1, a)
        k.cell(i, 2, b)
    wb.save(out("zdv-wirral-hospice-st-johns-cqc-inspection-action-plan-typo-month-refuse.xlsx"))


if __name__ == "__main__":
    make_lothian()
    make_powys()
    make_royal_devon()
    make_swl()
    make_hpft()
    make_home_instead()
    make_wirral()
    print("done")
