#!/usr/bin/env python3
"""Build the seven ztx- blind test files (set heldout679).

Run:  /work/main/.venv/bin/python ztx_make.py            -> writes the data files
      /work/main/.venv/bin/python ztx_make.py --expected -> also writes NAME.expected.yaml

Every string that appears in an expected reading is defined once here and used
both to build the file and to write the reading, so the two match character
for character.
"""
import csv
import datetime as dt
import io
import os
import re
import sys

import yaml
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))

RED = "FFFF0000"
AMBER = "FFFFC000"
GREEN = "FF00B050"
BLUE = "FF0070C0"
GREY = "FFD9D9D9"
NAVY = "FF1F3864"
LIGHT = "FFDDEBF7"

THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(c):
    return PatternFill("solid", start_color=c, end_color=c)


def d(y, m, dd):
    return dt.datetime(y, m, dd)


EXPECTED = {}


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


# ---------------------------------------------------------------------------
# 1. E-Zec Medical Transport - Bristol: CQC must/should do plan (xlsx) -- REFUSE
# ---------------------------------------------------------------------------
EZEC = "ztx-e-zec-medical-transport-bristol-cqc-must-should-do-action-plan-typo-month-refuse.xlsx"
EZEC_TITLE = "E-Zec Medical Transport - Bristol – CQC Inspection Action Plan (Must Do and Should Do)"


def build_ezec(path):
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = EZEC_TITLE
    cv["A1"].font = Font(bold=True, size=14, color=NAVY)
    cv["A2"] = "Provider: E-Zec Medical Transport Services Ltd – Avonside Industrial Park, 12 Feeder Road, Bristol BS2 0UQ"
    rows = [
        ("Inspection date:", "24 January 2023 (comprehensive, announced)"),
        ("Report published:", "27 April 2023"),
        ("Overall rating:", "Requires improvement"),
        ("Key questions:", "Safe – RI | Effective – Inadequate | Caring – Good | Responsive – RI | Well-led – RI"),
        ("Section 29 warning notice:", "Served February 2023 – actions tracked on the separate warning notice log"),
        ("Plan owner:", "Regional Director – South West"),
    ]
    r = 4
    for k, v in rows:
        cv.cell(r, 1, k).font = Font(bold=True)
        cv.cell(r, 2, v)
        r += 1
    r += 1
    cv.cell(r, 1, "Document control").font = Font(bold=True, size=12)
    r += 1
    for i, h in enumerate(["Version", "Date", "Author", "Comments"], 1):
        c = cv.cell(r, i, h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill(NAVY)
        c.border = BOX
    for row in [
        ("1.0", d(2023, 5, 12), "Regional Quality & Compliance Manager", "Initial action plan submitted to CQC"),
        ("1.1", d(2023, 7, 7), "Regional Quality & Compliance Manager", "Updated after focused follow-up inspection on 5 July 2023"),
        ("1.2", d(2023, 8, 4), "Head of Quality", "Monthly update for Quality & Governance Committee"),
    ]:
        r += 1
        for i, v in enumerate(row, 1):
            c = cv.cell(r, i, v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    r += 2
    cv.cell(r, 1, "RAG key").font = Font(bold=True, size=12)
    for txt, col in [("B", BLUE), ("G", GREEN), ("A", AMBER), ("R", RED)]:
        r += 1
        c = cv.cell(r, 1, txt)
        c.fill = fill(col)
        c.alignment = Alignment(horizontal="center")
        cv.cell(r, 2, {"B": "Complete – evidence held",
                       "G": "On track",
                       "A": "At risk of slipping",
                       "R": "Overdue / off track"}[txt])
    cv.column_dimensions["A"].width = 26
    cv.column_dimensions["B"].width = 70
    cv.column_dimensions["C"].width = 38
    cv.column_dimensions["D"].width = 55

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "CQC Must/Should Do Action Plan – E-Zec Medical Transport - Bristol (position at 4 August 2023)"
    ws["A1"].font = Font(bold=True, size=13)
    heads = ["Ref", "Key question", "CQC finding (regulation)", "Action", "Action owner",
             "Target date", "Previous RAG", "Current RAG", "Progress update / evidence"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(3, i, h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill(NAVY)
        c.alignment = WRAP
        c.border = BOX

    def section(row, text):
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)
        c = ws.cell(row, 1, text)
        c.font = Font(bold=True)
        c.fill = fill(GREY)

    rag_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}

    def line(row, vals):
        for i, v in enumerate(vals, 1):
            c = ws.cell(row, i, v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if i in (7, 8) and v in rag_fill:
                c.fill = fill(rag_fill[v])
                c.alignment = Alignment(horizontal="center", vertical="top")

    section(4, "MUST DO – breaches of regulation (requirement notices)")
    line(5, ["MD1", "Safe",
             "The service must ensure that substances hazardous to health are stored securely. (Regulation 12(2)(d))",
             "Install a lockable COSHH cabinet in the vehicle preparation bay and remove all chemicals from open shelving.",
             "Fleet and Facilities Manager", d(2023, 2, 28), "G", "B",
             "Cabinet fitted 20/02/2023. Weekly spot check by the Operations Manager."])
    line(6, ["MD2", "Safe",
             "The service must ensure that maintenance issues at the base are identified and acted on promptly. (Regulation 15(1)(e))",
             "Introduce a monthly premises inspection checklist with actions logged on the estates tracker and reviewed at the local governance meeting.",
             "Operations Manager; Fleet and Facilities Manager", d(2023, 3, 31), "A", "B",
             "Checklist in use since March 2023; estates tracker reviewed monthly."])
    line(7, ["MD3", "Effective",
             "The service must ensure that patients are collected within contracted timeframes and that long waits are escalated. (Regulation 12(1))",
             "Implement a dialysis-first scheduling model with dedicated renal vehicles for each dialysis session.",
             "Head of Operations", d(2023, 4, 30), "A", "B",
             "Dedicated renal vehicles from 3 April 2023. Confirmed as met at CQC follow-up 5 July 2023."])
    line(8, ["MD4", "Effective",
             "The service must ensure that patients are collected within contracted timeframes and that long waits are escalated. (Regulation 12(1))",
             "Introduce real-time monitoring of patients waiting more than 60 minutes after their booked pick-up time, with escalation to the duty manager and the commissioner.",
             "Control Room Manager", d(2023, 5, 31), "A", "G",
             "Escalation log live; weekly report shared with BNSSG ICB contract team."])
    line(9, ["MD5", "Responsive",
             "The service must ensure that patients can access transport when they need it. (Regulation 9(1))",
             "Review eligibility and booking processes with the commissioner and publish revised booking cut-off times for patients and hospital discharge teams.",
             "Head of Operations / Contract Manager", "30-Spet-2023", "A", "A",
             "Draft booking guide with ICB for comment."])
    line(10, ["MD6", "Well-led",
              "The service must ensure that governance systems monitor performance and drive improvement. (Regulation 17(1))",
              "Produce a monthly KPI dashboard (timeliness, aborted journeys, complaints) for the Quality & Governance Committee, with actions minuted.",
              "Regional Director – South West", d(2023, 6, 30), "R", "G",
              "Dashboard presented June and July 2023."])
    section(11, "SHOULD DO – improvements")
    line(12, ["SD1", "Responsive",
              "The service should ensure that all staff know how to manage complaints in line with the provider’s policy.",
              "Deliver a complaints handling briefing to all crews and control room staff and add it to induction.",
              "Patient Experience Lead", d(2023, 7, 31), "G", "G",
              "78% of staff briefed at 31/07/2023; remaining sessions booked."])
    line(13, ["SD2", "Well-led",
              "The service should ensure that staff facilities at the base are fit for purpose.",
              "Refurbish the crew rest room and replace the kitchen facilities.",
              "Fleet and Facilities Manager", d(2023, 8, 31), "A", "G",
              "Works order raised; contractor on site w/c 21/08/2023."])
    line(14, ["SD3", "Safe",
              "The service should ensure that clinical waste bins are locked and secured at all times.",
              "Add clinical waste bin security to the daily base check.",
              "Operations Manager", d(2023, 3, 31), "G", "B",
              "Confirmed as met at CQC follow-up 5 July 2023."])
    ws.cell(16, 1, "Summary (current RAG): Blue 4 | Green 4 | Amber 1 | Red 0 – 9 actions in total (6 must do, 3 should do)").font = Font(italic=True)
    for col, w in zip("ABCDEFGHI", [7, 12, 45, 55, 26, 13, 10, 10, 45]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A4"
    wb.save(path)


EXPECTED[EZEC] = {
    "source": (
        "Imitates the provider action plan an independent ambulance (patient transport) provider sends CQC "
        "after a comprehensive inspection: E-Zec Medical Transport - Bristol was inspected on 24 January 2023, "
        "rated requires improvement (effective inadequate) and served a section 29 warning notice "
        "(cqc.org.uk/location/1-3866863455/reports; Healthwatch North Somerset, April 2023). Copied features: "
        "cover sheet with inspection details, document-control table and RAG key; a second sheet with MUST DO / "
        "SHOULD DO section rows, regulation in brackets after each finding, job titles as owners, "
        "previous and current RAG letters on fill colour, a summary line under the table."
    ),
    "reads": (
        "A two-sheet workbook: the cover gives inspection details, version history and the RAG key; the "
        "'Action Plan' sheet lists nine actions (MD1-MD6, SD1-SD3) with owners, target dates and RAG. "
        "MD5's target date on sheet row 9 reads '30-Spet-2023', a mistyped month, so a careful reader "
        "stops and asks what date was meant."
    ),
    "outcome": "refuse",
    "accept_refusal": False,
    "refuse_at": 9,
    "title": EZEC_TITLE,
}


# ---------------------------------------------------------------------------
# 2. Circle Fernbrae Hospital, Dundee: HIS improvement action plan (docx)
# ---------------------------------------------------------------------------
FERN = "ztx-circle-fernbrae-hospital-dundee-his-inspection-improvement-action-plan.docx"
FERN_TITLE = "Circle Fernbrae Hospital – Improvement Action Plan"
FD2 = "Domain 2 – Impact on people experiencing care, carers and families"
FD5 = "Domain 5 – Delivery of safe, effective, compassionate and person-centred care"
FD9 = "Domain 9 – Quality improvement-focused leadership"
FRA = "Recommendation a: The service should continue to develop its approach to gathering feedback from patients, including patients who use outpatient services."
FR1 = "Requirement 1: The provider must ensure that the controlled drug register is completed accurately and that any discrepancies are reported and investigated in line with the hospital’s medicines management policy (see page 14)."
FR2 = "Requirement 2: The provider must ensure that a falls risk assessment is completed for every inpatient within 24 hours of admission (see page 15)."
FRB = "Recommendation b: The service should ensure that checks of the resuscitation trolley are consistently recorded."
FR3 = "Requirement 3: The provider must ensure that the audit programme includes infection prevention and control audits, and that action plans are developed where compliance is below target (see page 19)."

FERN_ROWS = [
    # (domain, requirement, action, timescale, responsibility, status)
    (FD2, FRA, "Introduce a QR-code patient feedback survey in outpatients and report themes quarterly to the Clinical Governance Committee.",
     "December 2025", "Outpatient Manager", "Not started"),
    (FD5, FR1, "Weekly controlled drug register audit on the ward and in theatres, with results reported to the Medicines Management Committee.",
     "30 June 2025", "Pharmacy Manager", "Complete"),
    (FD5, FR1, "Refresher training on controlled drug documentation for all registered nurses and operating department practitioners.",
     "31 July 2025", "Practice Educator / Theatre Manager", "Complete"),
    (FD5, FR2, "Add a mandatory falls risk assessment prompt to the electronic admission pathway.",
     "September 2025", "Ward Manager", "On track"),
    (FD5, FR2, "Monthly documentation audit of 20 inpatient records, with results shared at ward safety huddles.",
     "Monthly – ongoing", "Ward Manager", "On track"),
    (FD5, FRB, "Move the daily resuscitation trolley checklist to an electronic record, reviewed weekly by the nurse in charge.",
     "By 30 June 2025", "Resuscitation Lead", "Complete"),
    (FD9, FR3, "Revise the 2025/26 audit calendar to include hand hygiene, environmental and sharps audits.",
     "31 May 2025", "Infection Prevention and Control Lead", "Complete"),
    (FD9, FR3, "Make audit results and improvement action plans a standing item at the Clinical Governance Committee.",
     "Q2 2025/26", "Director of Clinical Services", "On track"),
]


def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for m in ("left_margin", "right_margin"):
        setattr(s, m, Cm(1.8))


def build_fern(path):
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(FERN_TITLE, level=1)
    doc.add_paragraph("Healthcare Improvement Scotland – announced inspection of independent healthcare services")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [
        ("Service name:", "Circle Fernbrae Hospital"),
        ("Service number:", "00326"),
        ("Service provider:", "BMI Healthcare Limited (Circle Health Group)"),
        ("Address:", "329 Perth Road, Dundee DD2 1LJ"),
        ("Date of inspection:", "11 and 12 March 2025"),
        ("Action plan submitted to HIS:", "28 May 2025"),
        ("This version:", "Provider tracking copy – status updated 29 August 2025"),
    ]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        shade(row[0], "DDEBF7")
        set_cell(row[1], v)
    doc.add_paragraph()
    doc.add_paragraph(
        "The table below sets out the actions the service will take in response to the requirements and "
        "recommendations made in the inspection report. The Status column is updated monthly by the Director "
        "of Clinical Services and reported to the Clinical Governance Committee.")

    heads = ["Requirement / recommendation", "Action planned", "Timescale to meet action",
             "Responsibility for taking action", "Status"]
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(heads):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "BDD7EE")
    cur_domain = None
    cur_req = None
    req_first_cell = None
    for dom, req, action, when, who, status in FERN_ROWS:
        if dom != cur_domain:
            row = t.add_row().cells
            m = row[0].merge(row[4])
            set_cell(m, dom, bold=True)
            shade(m, "D9D9D9")
            cur_domain = dom
            cur_req = None
        row = t.add_row().cells
        if req != cur_req:
            set_cell(row[0], req)
            req_first_cell = row[0]
            cur_req = req
        else:
            req_first_cell = req_first_cell.merge(row[0])
        set_cell(row[1], action)
        set_cell(row[2], when)
        set_cell(row[3], who)
        set_cell(row[4], status)
    doc.add_paragraph()
    doc.add_paragraph("Signed on behalf of the service:")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Name:", "Gillian Ross"), ("Designation:", "Hospital Director"),
                 ("Signature:", "G Ross"), ("Date:", "28 May 2025")]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)
    doc.save(path)


def _fern_expected():
    status_map = {"Complete": "blue", "On track": "green", "Not started": "unrated"}
    end_map = {"December 2025": ("2025-12", None), "30 June 2025": ("2025-06", None),
               "31 July 2025": ("2025-07", None), "September 2025": ("2025-09", None),
               "Monthly – ongoing": (None, "Monthly – ongoing"), "By 30 June 2025": ("2025-06", None),
               "31 May 2025": ("2025-05", None), "Q2 2025/26": ("2025-09", None)}
    lead_map = {"Practice Educator / Theatre Manager": ["Practice Educator", "Theatre Manager"]}
    out = []
    for dom, req, action, when, who, status in FERN_ROWS:
        end, et = end_map[when]
        out.append(act(None, [dom, req], action, lead_map.get(who, [who]), end, status_map[status], et))
    return out


EXPECTED[FERN] = {
    "source": (
        "Imitates the improvement action plan an independent hospital returns to Healthcare Improvement "
        "Scotland after an independent healthcare inspection (HIS template: service details block, "
        "'Requirements / Action planned / Timescale to meet action / Responsibility for taking action', "
        "quality-framework domain rows, numbered requirements and lettered recommendations, signature block). "
        "Circle Fernbrae Hospital, Dundee, is an HIS-registered independent hospital; the 2025 inspection "
        "details are plausible, not a published report. As a provider tracking copy it adds a Status column."
    ),
    "reads": (
        "A Word document with a service-details table, one plan table and a sign-off table. The plan table "
        "has shaded domain rows (Domain 2, 5, 9); under each, a requirement or recommendation cell is merged "
        "down beside one or two actions, each with timescale, responsible post and a status word. "
        "Eight actions; no action refs."
    ),
    "outcome": "read",
    "accept_refusal": False,
    "title": FERN_TITLE,
}


# ---------------------------------------------------------------------------
# 3. Medcom Personnel Ltd: RQIA domiciliary care agency QIP tracker (xlsx)
# ---------------------------------------------------------------------------
MEDCOM = "ztx-medcom-personnel-rqia-domiciliary-care-agency-qip-tracker.xlsx"
MEDCOM_TITLE = "Medcom Personnel Ltd – RQIA Quality Improvement Plan (QIP) Action Tracker"
MS1 = "Action required to ensure compliance with The Domiciliary Care Agencies Regulations (Northern Ireland) 2007"
MS2 = "Action required to ensure compliance with the Domiciliary Care Agencies Minimum Standards, 2021"
MA1 = "The registered person shall ensure that all pre-employment checks, including AccessNI enhanced disclosures, are completed and verified before staff are supplied to work with service users."
MA2 = "The registered person shall ensure that all staff complete mandatory training, including adult safeguarding and moving and handling, within the agency’s required timeframes."
MA3 = "The registered person shall ensure that the monthly quality monitoring reports include an action plan with timescales and evidence that actions have been followed up."
MA4 = "The registered person shall ensure that each service user’s care plan is reviewed at least annually, or sooner if needs change, with the involvement of the service user or their representative."
MA5 = "The registered person shall ensure that the complaints record includes the outcome of each complaint and whether the complainant was satisfied."

# (section, afi_no, reg, stated, afi_text, ref, action, lead, when, colour)
MEDCOM_ROWS = [
    (MS1, "1", "Regulation 13 (d)", "First time", MA1, "1.1",
     "Audit all personnel files against the recruitment checklist; two files with gaps escalated and rectified.",
     "Registered Manager", "Immediate and ongoing", GREEN),
    (MS1, "1", "Regulation 13 (d)", "First time", MA1, "1.2",
     "Recruitment checklist to be signed off by the Registered Manager before any start date is confirmed.",
     "Registered Manager / HR Officer", d(2025, 5, 31), GREEN),
    (MS1, "2", "Regulation 16 (2) (a)", "First time", MA2, "2.1",
     "Training matrix reviewed weekly; staff out of date with mandatory training removed from the rota until completed.",
     "Training Co-ordinator", d(2025, 6, 30), GREEN),
    (MS1, "2", "Regulation 16 (2) (a)", "First time", MA2, "2.2",
     "Additional practical moving and handling sessions booked for June and July 2025.",
     "Training Co-ordinator", d(2025, 7, 31), GREEN),
    (MS1, "3", "Regulation 23 (1)", "Second time", MA3, "3.1",
     "Monthly monitoring report template revised to include an action plan; open actions carried forward until closed.",
     "Registered Manager", d(2025, 6, 30), AMBER),
    (MS2, "4", "Standard 5.2", "First time", MA4, "4.1",
     "Set up a care plan review schedule on the care management system with an alert at 11 months.",
     "Care Co-ordinators", d(2025, 8, 31), GREEN),
    (MS2, "4", "Standard 5.2", "First time", MA4, "4.2",
     "Review all care plans overdue for review, prioritising service users with complex needs.",
     "Care Co-ordinators; Registered Manager", d(2025, 9, 30), RED),
    (MS2, "5", "Standard 8.10", "First time", MA5, "5.1",
     "Amend the complaints log to record the outcome and complainant satisfaction; retrospective review of 2024/25 complaints.",
     "Registered Manager", "July 2025", GREEN),
]


def build_medcom(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "QIP Tracker"
    ws["A1"] = MEDCOM_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Unannounced care inspection 15 April 2025 – tracker updated 30 September 2025"
    ws["A3"] = "Status key:"
    ws["A3"].font = Font(bold=True)
    for col, (txt, colour) in zip((2, 3, 4), [("Complete", GREEN), ("In progress – on track", AMBER),
                                               ("Behind schedule", RED)]):
        c = ws.cell(3, col, txt)
        c.fill = fill(colour)
    heads = ["AFI", "Regulation / Standard", "Stated", "Area for improvement (RQIA wording)", "Ref",
             "Action taken / planned", "Lead", "To be completed by", "Status"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(5, i, h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("FF305496")
        c.alignment = WRAP
        c.border = BOX
    r = 6
    cur_sec = None
    afi_start = {}
    for sec, afi, reg, stated, text, ref, action, lead, when, colour in MEDCOM_ROWS:
        if sec != cur_sec:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            c = ws.cell(r, 1, sec)
            c.font = Font(bold=True)
            c.fill = fill(LIGHT)
            r += 1
            cur_sec = sec
        if afi not in afi_start:
            afi_start[afi] = r
            for i, v in enumerate([afi, reg, stated, text], 1):
                c = ws.cell(r, i, v)
                c.alignment = WRAP
        else:
            for i in range(1, 5):
                ws.merge_cells(start_row=afi_start[afi], start_column=i, end_row=r, end_column=i)
        for i, v in enumerate([ref, action, lead, when], 5):
            c = ws.cell(r, i, v)
            c.alignment = WRAP
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        ws.cell(r, 9).fill = fill(colour)
        for i in range(1, 10):
            ws.cell(r, i).border = BOX
        r += 1
    r += 1
    ws.cell(r, 1, "Notes: QIP returned to RQIA on 27 May 2025. Tracker reviewed at the monthly governance meeting; evidence held in the QIP folder on the shared drive.").font = Font(italic=True)
    for col, w in zip("ABCDEFGHI", [6, 16, 11, 50, 6, 55, 28, 16, 11]):
        ws.column_dimensions[col].width = w

    info = wb.create_sheet("Inspection details")
    info["A1"] = "Medcom Personnel Ltd – Domiciliary Care Agency"
    info["A1"].font = Font(bold=True, size=13)
    for i, (k, v) in enumerate([
        ("Registration number:", "11237"),
        ("Registered provider:", "Medcom Personnel Ltd"),
        ("Registered manager:", "Mrs Sinead Quinn"),
        ("Type of inspection:", "Unannounced care inspection"),
        ("Date of inspection:", d(2025, 4, 15)),
        ("Areas for improvement:", "5 (3 regulations, 2 standards)"),
        ("QIP returned to RQIA:", d(2025, 5, 27)),
    ], 3):
        info.cell(i, 1, k).font = Font(bold=True)
        c = info.cell(i, 2, v)
        if isinstance(v, dt.datetime):
            c.number_format = "d mmmm yyyy"
    info.column_dimensions["A"].width = 26
    info.column_dimensions["B"].width = 40
    wb.save(path)


def _medcom_expected():
    colour_status = {GREEN: "blue", AMBER: "amber", RED: "red"}
    out = []
    for sec, afi, reg, stated, text, ref, action, lead, when, colour in MEDCOM_ROWS:
        if isinstance(when, dt.datetime):
            end, et = when.strftime("%Y-%m"), None
        elif when == "July 2025":
            end, et = "2025-07", None
        else:
            end, et = None, when
        leads = {"Registered Manager / HR Officer": ["Registered Manager", "HR Officer"],
                 "Care Co-ordinators; Registered Manager": ["Care Co-ordinators", "Registered Manager"]}.get(lead, [lead])
        out.append(act(ref, [sec, text], action, leads, end, colour_status[colour], et))
    return out


EXPECTED[MEDCOM] = {
    "source": (
        "Imitates a Northern Ireland domiciliary care agency's own tracker of the RQIA quality improvement "
        "plan (QIP) from an unannounced care inspection: RQIA's QIP wording ('Action required to ensure "
        "compliance with The Domiciliary Care Agencies Regulations (Northern Ireland) 2007' / '... Minimum "
        "Standards', 'Area for improvement', 'Ref: Regulation ...', 'Stated: First time', 'To be completed "
        "by: Immediate and ongoing'). Medcom Personnel Ltd is an RQIA-registered agency; the 2025 inspection "
        "is plausible, not published. Copied features: section rows, AFI cells merged down over their "
        "actions, action refs, fill-colour status with a key where green means complete, notes line, "
        "second sheet with inspection details."
    ),
    "reads": (
        "The first sheet is the QIP tracker: two shaded section rows (regulations, then minimum standards), "
        "five areas for improvement each merged over one or two actions (refs 1.1-5.1), a lead, a "
        "'to be completed by' date and a status cell coloured only. The key above the table says green = "
        "Complete, amber = in progress on track, red = behind schedule, so green fills read as complete."
    ),
    "outcome": "read",
    "accept_refusal": False,
    "title": MEDCOM_TITLE,
}


# ---------------------------------------------------------------------------
# 4. Harrogate and District NHS FT: PSII safety action plan (csv)
# ---------------------------------------------------------------------------
HDFT = "ztx-harrogate-and-district-nhsft-psii-delayed-follow-up-of-unexpected-ct-finding-safety-action-plan.csv"
HDFT_TITLE = "Harrogate and District NHS Foundation Trust – PSII Safety Action Plan"
HA1 = "AFI 1 – Acknowledgement of results in the electronic patient record"
HS1 = "SR1: The Trust should ensure that radiology reports containing an unexpected significant finding are acknowledged by the requesting team within an agreed timescale."
HA2 = "AFI 2 – Handover of pending results at discharge"
HS2 = "SR2: The Trust should ensure that results still pending at discharge are visible to, and owned by, a named clinician."
HA3 = "AFI 3 – Communication of unexpected findings by radiology"
HS3 = "SR3: The Trust should strengthen the failsafe for unexpected findings that remain unacknowledged."
HA4 = "AFI 4 – Sharing learning"
HS4 = "SR4: The Trust should share the learning from this investigation with clinical teams and with the patient’s family."
H32 = "Recruit a radiology failsafe officer to track unacknowledged alert reports.\nInterim: radiology admin team to run a weekly report of unacknowledged alerts and email the requesting consultant."

# (afi, sr, ref, action, owner, target, revised, measure, rag, update)
HDFT_ROWS = [
    (HA1, HS1, "1.1",
     "Configure an EPR alert so that reports coded as an unexpected significant finding stay in the requester's inbox until acknowledged.",
     "Chief Clinical Information Officer", "31/03/2025", "",
     "% of flagged reports acknowledged within 7 days (target 95%)", "G", "Build complete; user testing in February."),
    (HA1, HS1, "1.2",
     "Agree and publish a results acknowledgement standard operating procedure covering inpatient, outpatient and ED requests.",
     "Deputy Medical Director; Clinical Director for Radiology", "28/02/2025", "",
     "SOP ratified", "B", "Ratified at Clinical Policy Group 20/02/2025."),
    (HA2, HS2, "2.1",
     "Add a 'results pending' section to the electronic discharge summary, naming the responsible clinician.",
     "Head of Digital Clinical Safety", "30/06/2025", "30/09/2025",
     "Quarterly audit of 30 discharge summaries", "A", "Supplier release delayed to Q2; revised date agreed at Patient Safety Group."),
    (HA2, HS2, "2.2",
     "Audit discharge summaries for completion of the pending results section and report to the Patient Safety Group.",
     "Clinical Effectiveness Manager", "Q2 2025/26", "",
     "Audit report", "G", ""),
    (HA3, HS3, "3.1",
     "Radiologists to use the unexpected findings alert pathway and telephone the referrer for all category 1 findings.",
     "Clinical Director for Radiology", "31/01/2025", "",
     "Monthly alert compliance report", "B", "In place from 13/01/2025."),
    (HA3, HS3, "3.2", H32,
     "Radiology Services Manager", "Apr-25", "",
     "Number of alerts unacknowledged at 14 days", "R", "Post out to advert twice; interim report running weekly."),
    (HA4, HS4, "4.1",
     "Share learning through the Patient Safety Bulletin, the Learning from Incidents forum and the radiology discrepancy meeting.",
     "Patient Safety Partner / Patient Safety Specialist", "Ongoing", "",
     "Bulletin published; attendance at forums", "G", "Bulletin March 2025 issue."),
]


def build_hdft(path):
    ncol = 10
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")

    def pad(row):
        return list(row) + [""] * (ncol - len(row))

    w.writerow(pad([HDFT_TITLE]))
    w.writerow(pad(["Incident: Delayed follow-up of an unexpected finding on CT imaging (PSII ref HDFT-PSII-2024-09)"]))
    w.writerow(pad(["Executive sponsor: Chief Medical Officer"]))
    w.writerow(pad(["Safety action plan approved at Patient Safety Group: 15/01/2025 – progress at 31/03/2025"]))
    w.writerow(pad([]))
    w.writerow(["Area for improvement", "Safety recommendation", "Action ref", "Safety action", "Action owner",
                "Target date", "Revised date", "Measure of effectiveness", "RAG", "Progress update (March 2025)"])
    prev = None
    for afi, sr, ref, action, owner, target, revised, measure, rag, upd in HDFT_ROWS:
        if afi != prev:
            a, s = afi, sr
            prev = afi
        else:
            a, s = "", ""
        w.writerow([a, s, ref, action, owner, target, revised, measure, rag, upd])
    w.writerow(pad([]))
    w.writerow(pad(["RAG key: B = complete and evidenced; G = on track; A = at risk; R = overdue"]))
    w.writerow(pad(["Total actions: 7 (B 2, G 3, A 1, R 1)"]))
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write(out.getvalue())


def _hdft_expected():
    rag = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    endmap = {"31/03/2025": "2025-03", "28/02/2025": "2025-02", "30/09/2025": "2025-09",
              "Q2 2025/26": "2025-09", "31/01/2025": "2025-01", "Apr-25": "2025-04"}
    leads = {"Deputy Medical Director; Clinical Director for Radiology": ["Deputy Medical Director", "Clinical Director for Radiology"],
             "Patient Safety Partner / Patient Safety Specialist": ["Patient Safety Partner", "Patient Safety Specialist"]}
    out = []
    for afi, sr, ref, action, owner, target, revised, measure, r, upd in HDFT_ROWS:
        key = revised or target
        if key == "Ongoing":
            end, et = None, "Ongoing"
        else:
            end, et = endmap[key], None
        out.append(act(ref, [afi, sr], action, leads.get(owner, [owner]), end, rag[r], et))
    return out


EXPECTED[HDFT] = {
    "source": (
        "Imitates an NHS trust's safety action plan following a patient safety incident investigation (PSII) "
        "under PSIRF, laid out as in NHS England's PSII report / safety action templates (area for improvement, "
        "safety recommendation, SMART safety action, owner, timescale, measure of effectiveness) and saved from "
        "Excel as CSV. Harrogate and District NHS FT publishes its PSIRF plan; this incident is invented. "
        "Copied features: title lines above the header, area for improvement and recommendation written once "
        "and left blank on following rows, original and revised dates, RAG letters with a key line and a "
        "totals line below, a safety action with an interim measure on a second line inside the cell."
    ),
    "reads": (
        "A CSV with four title lines, a header row and seven safety actions (1.1-4.1) grouped under four "
        "areas for improvement, each with its safety recommendation given on the group's first row only. "
        "Action 2.1 has a revised date, 3.2 runs over two lines in one quoted cell, and the key and totals "
        "lines at the bottom are not actions."
    ),
    "outcome": "read",
    "accept_refusal": False,
    "title": HDFT_TITLE,
}


# ---------------------------------------------------------------------------
# 5. The Clatterbridge Cancer Centre NHS FT: quality account priorities tracker (txt)
# ---------------------------------------------------------------------------
CCC = "ztx-clatterbridge-cancer-centre-nhsft-quality-account-priorities-tracker-2025-26.txt"
CCC_TITLE = "Quality Account Priorities 2025/26 – Quarter 2 Progress Report"
CP1 = "Priority 1 – Patient Safety: Reducing harm from neutropenic sepsis"
CP2 = "Priority 2 – Clinical Effectiveness: Earlier access to Enhanced Supportive Care"
CP3 = "Priority 3 – Patient Experience: Reasonable adjustments for patients with a learning disability and autistic patients"

# (priority, ref, action, leads, due, q1, q2, update)
CCC_ROWS = [
    (CP1, "1.1", "Deliver sepsis recognition and escalation training to all registered nurses in the Assessment Unit and on the inpatient wards",
     "Lead Nurse for Acute Oncology", "September 2025", "Green", "Blue", "Complete – 94% of registered nurses trained at 30/09/2025"),
    (CP1, "1.2", "Introduce a door-to-needle time dashboard reviewed weekly by the acute oncology team",
     "Deputy Chief Nurse / Head of Business Intelligence", "Q2 2025/26", "Amber", "Green", "Dashboard live from August; weekly review in place"),
    (CP1, "1.3", "Audit compliance with the neutropenic sepsis pathway and report to the Patient Safety Group",
     "Consultant in Acute Oncology", "Quarterly", "Green", "Green", "Q2 audit: 88% of patients received antibiotics within 60 minutes"),
    (CP1, "1.4", "Review patient information on when and how to contact the 24-hour Clatterbridge Hotline",
     "Head of Patient Experience", "December 2025", "Green", "Amber", "Patient panel review moved to November"),
    (CP2, "2.1", "Increase to 40% the proportion of patients referred to Enhanced Supportive Care before second-line systemic anti-cancer therapy",
     "Clinical Lead for Enhanced Supportive Care", "March 2026", "Green", "Green", "Q2 position 34% (Q1 29%)"),
    (CP2, "2.2", "Build an Enhanced Supportive Care referral prompt into the electronic prescribing system",
     "Chief Clinical Information Officer", "31/12/2025", "Amber", "Red", "Not yet scheduled in the digital work plan – escalated to Digital Board"),
    (CP2, "2.3", "Publish an Enhanced Supportive Care outcomes report, including symptom burden scores",
     "Clinical Lead for Enhanced Supportive Care", "Q4 2025/26", "Green", "Green", "Data collection under way"),
    (CP3, "3.1", "Roll out the reasonable adjustments flag across the Liverpool, Wirral and Aintree sites",
     "Lead Nurse for Safeguarding", "October 2025", "Amber", "Green", "Live in Liverpool and Aintree; Wirral go-live 14 October"),
    (CP3, "3.2", "Train 85% of patient-facing staff in Tier 1 of the Oliver McGowan Mandatory Training",
     "Head of Education", "31 March 2026", "Green", "Green", "62% at end of Q2"),
    (CP3, "3.3", "Co-produce an easy read chemotherapy information pack with patients and carers",
     "Head of Patient Experience", "TBC", "Red", "Red", "Co-production partner not yet confirmed"),
    (CP3, "3.4", "Monitor Friends and Family Test feedback from patients with additional needs and report themes to the Patient Experience Group",
     "Patient Experience Manager", "Ongoing", "Green", "Green", "Themes reported in September"),
]


def build_ccc(path):
    L = []
    L += [CCC_TITLE,
          "The Clatterbridge Cancer Centre NHS Foundation Trust",
          "Quality Committee – 19 November 2025 – Agenda item 8.1",
          "",
          "Accountable director:\tChief Nurse",
          "Report author:\tHead of Quality Governance",
          "Purpose:\tAssurance",
          "",
          "1. Purpose",
          "This report updates the Quality Committee on delivery of the three quality priorities for 2025/26 "
          "published in the Quality Account 2024/25. Each action is rated using the key below; the Quarter 1 "
          "rating is shown alongside for comparison.",
          "",
          "RAG key",
          "Blue\tAction complete",
          "Green\tOn track to deliver by the due date",
          "Amber\tSome slippage – recovery plan in place",
          "Red\tWill not deliver by the due date – escalation required",
          "",
          "2. Summary",
          "At the end of Quarter 2, one action is complete, seven are on track, one has slipped and two are rated red. "
          "The red-rated actions (2.2 and 3.3) are set out in the tracker below with the recovery position.",
          "",
          "Q2 RAG\tNumber of actions",
          "Blue\t1",
          "Green\t7",
          "Amber\t1",
          "Red\t2",
          "Total\t11",
          "",
          "3. Recommendation",
          "The Quality Committee is asked to note progress and the escalation of actions 2.2 and 3.3.",
          "",
          "Quality Account Priorities Tracker 2025/26 – Quarter 2 position",
          ""]
    cur = None
    for pr, ref, action, lead, due, q1, q2, upd in CCC_ROWS:
        if pr != cur:
            if cur is not None:
                L.append("")
            L.append(pr)
            L.append("Ref\tAction\tLead(s)\tDue\tQ1 RAG\tQ2 RAG\tQ2 update")
            cur = pr
        L.append("\t".join([ref, action, lead, due, q1, q2, upd]))
    L += ["", "Source: divisional quality leads' returns, October 2025. Ratings agreed at Quality Governance Group 4 November 2025."]
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(L) + "\r\n")


def _ccc_expected():
    stat = {"Blue": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    ends = {"September 2025": "2025-09", "Q2 2025/26": "2025-09", "December 2025": "2025-12",
            "March 2026": "2026-03", "31/12/2025": "2025-12", "Q4 2025/26": "2026-03",
            "October 2025": "2025-10", "31 March 2026": "2026-03"}
    leads = {"Deputy Chief Nurse / Head of Business Intelligence": ["Deputy Chief Nurse", "Head of Business Intelligence"]}
    out = []
    for pr, ref, action, lead, due, q1, q2, upd in CCC_ROWS:
        if due in ends:
            end, et = ends[due], None
        else:
            end, et = None, due
        out.append(act(ref, [pr], action, leads.get(lead, [lead]), end, stat[q2], et))
    return out


EXPECTED[CCC] = {
    "source": (
        "Imitates a quarterly quality account priorities progress report to an NHS foundation trust's "
        "Quality Committee, saved from Word as plain text (paragraphs as lines, table rows tab-separated). "
        "The Clatterbridge Cancer Centre NHS FT (Liverpool, Wirral and Aintree sites) publishes a Quality "
        "Account with patient safety / clinical effectiveness / patient experience priorities; the 2025/26 "
        "priorities and ratings here are plausible, not published. Copied features: report cover lines, "
        "RAG key table, summary count table, one table per priority with previous (Q1) and current (Q2) RAG."
    ),
    "reads": (
        "A committee report in plain text: cover lines, purpose, RAG key, a summary count table and a "
        "recommendation, then the tracker with three priorities, each followed by a tab-separated table of "
        "actions (1.1-3.4, eleven in all) with lead(s), due date, Q1 RAG and Q2 RAG. The Q2 RAG is the status."
    ),
    "outcome": "read",
    "accept_refusal": False,
    "title": CCC_TITLE,
}


# ---------------------------------------------------------------------------
# 6. Cwm Taf Morgannwg UHB: board assurance framework 2025/26 (xlsx)
# ---------------------------------------------------------------------------
CTM = "ztx-cwm-taf-morgannwg-uhb-board-assurance-framework-2025-26.xlsx"
CTM_TITLE = "Cwm Taf Morgannwg University Health Board – Board Assurance Framework 2025/26"

CTM_RISKS = [
    {
        "sheet": "BAF 1",
        "head": "BAF 1 – Timely access to planned care",
        "desc": "If the Health Board cannot reduce the number of patients waiting more than 104 weeks for treatment, then patients may come to harm through deterioration while waiting, resulting in poorer outcomes and failure to meet Welsh Government targets.",
        "goal": "Improving Care", "lead": "Chief Operating Officer", "committee": "Planning, Performance and Finance Committee",
        "scores": ("5 x 5 = 25", "4 x 5 = 20", "4 x 3 = 12", "↔"),
        "controls": "Planned care recovery plan; weekly access meetings; validation programme; regional orthopaedic collaboration.",
        "assurance": "Monthly integrated performance report to Board (1st line); internal audit of waiting list management 2024/25 – reasonable assurance (3rd line).",
        "gap_c": "Theatre capacity at Royal Glamorgan Hospital; outpatient follow-up backlog.",
        "gap_a": "No routine harm review reporting for long waiters.",
        "actions": [
            ("1.1", "Open the second elective orthopaedic theatre at Royal Glamorgan Hospital to increase day-case capacity.",
             "Director of Operations – Planned Care", d(2025, 7, 31), d(2025, 10, 31),
             "Estates works completed; staffing recruitment delayed the opening date.", "Amber"),
            ("1.2", "Complete clinical validation of all patients waiting more than 52 weeks for a first outpatient appointment.",
             "Deputy Medical Director; Director of Operations – Planned Care", d(2025, 9, 30), None,
             "96% validated; the remaining cohort is managed through action 1.3.", "Complete"),
            ("1.3", "Implement patient-initiated follow-up (PIFU) in dermatology, ENT and gynaecology.",
             "Head of Outpatient Transformation", d(2026, 3, 31), None,
             "Dermatology live; ENT pathway agreed.", "Green"),
        ],
    },
    {
        "sheet": "BAF 2",
        "head": "BAF 2 – Urgent and emergency care flow",
        "desc": "If patient flow through the urgent and emergency care system is not improved, then ambulance handover delays and long waits in the emergency departments will continue, resulting in avoidable harm and poor patient experience.",
        "goal": "Improving Care", "lead": "Chief Operating Officer", "committee": "Quality and Safety Committee",
        "scores": ("5 x 5 = 25", "5 x 4 = 20", "5 x 2 = 10", "↑"),
        "controls": "Six Goals for Urgent and Emergency Care programme; site safety huddles; escalation policy.",
        "assurance": "Daily handover reports; Healthcare Inspectorate Wales ED inspection reports (3rd line).",
        "gap_c": "Delayed discharges of patients medically fit for discharge; limited Same Day Emergency Care hours.",
        "gap_a": "Harm reviews for long ambulance waits not yet reported to committee.",
        "actions": [
            ("2.1", "Extend Same Day Emergency Care (SDEC) opening hours at Prince Charles Hospital and Royal Glamorgan Hospital to reduce ambulance handover delays over 4 hours.",
             "Director of Operations – Unscheduled Care", d(2025, 11, 30), None,
             "Prince Charles SDEC extended to 22:00 from September.", "Amber"),
            ("2.2", "Agree a discharge to assess pathway with Bridgend, Merthyr Tydfil and Rhondda Cynon Taf local authorities.",
             "Director of Primary, Community and Mental Health Services / Assistant Director of Partnerships", d(2025, 9, 30), d(2026, 1, 31),
             "Revised date agreed by Executive Leadership Group; local authority domiciliary care capacity remains the constraint.", "Red"),
            ("2.3", "Complete the Six Goals for Urgent and Emergency Care self-assessment and agree the improvement plan.",
             "Assistant Medical Director for Unscheduled Care", "Q3 2025/26", None,
             "Self-assessment workshops held in September.", "Green"),
        ],
    },
    {
        "sheet": "BAF 3",
        "head": "BAF 3 – Workforce sustainability",
        "desc": "If the Health Board cannot recruit, retain and develop enough staff with the right skills, then services will rely on agency staff and may become unsafe or unsustainable.",
        "goal": "Inspiring People", "lead": "Director of People", "committee": "People and Culture Committee",
        "scores": ("4 x 5 = 20", "4 x 4 = 16", "4 x 3 = 12", "↔"),
        "controls": "Workforce plan; nurse staffing levels (Wales) Act compliance reporting; agency controls panel.",
        "assurance": "Monthly workforce dashboard; Nurse Staffing Levels annual report to Board.",
        "gap_c": "Reliance on off-contract agency in the emergency departments and mental health.",
        "gap_a": "Retention data not yet reported by staff group.",
        "actions": [
            ("3.1", "Eliminate off-contract agency nursing use in line with the all-Wales agency reduction programme.",
             "Executive Director of Nursing / Director of People", d(2025, 12, 31), None,
             "Off-contract shifts down 61% since April.", "Amber"),
            ("3.2", "Launch the CTM retention plan, including flexible working and stay conversations for staff in their first two years.",
             "Deputy Director of People", d(2025, 8, 31), None,
             "Launched 18 August 2025.", "Complete"),
            ("3.3", "Achieve 85% compliance with statutory and mandatory training.",
             "Head of Learning and Development", d(2026, 3, 31), None,
             "Compliance 81% at 30 September 2025.", "Green"),
        ],
    },
    {
        "sheet": "BAF 4",
        "head": "BAF 4 – Financial sustainability",
        "desc": "If the Health Board does not deliver its savings plan and agree a balanced medium term plan, then it will breach its statutory financial duty and face further Welsh Government escalation.",
        "goal": "Sustaining our Future", "lead": "Executive Director of Finance", "committee": "Planning, Performance and Finance Committee",
        "scores": ("5 x 5 = 25", "5 x 4 = 20", "4 x 3 = 12", "↓"),
        "controls": "Financial plan and savings programme; budget holder accountability letters; Value and Sustainability Board.",
        "assurance": "Monthly finance report to Board; monitoring returns to Welsh Government.",
        "gap_c": "Unidentified savings of £6.2m at month 6.",
        "gap_a": "None identified.",
        "actions": [
            ("4.1", "Deliver the 2025/26 savings programme, tracked monthly through the Value and Sustainability Board.",
             "Executive Director of Finance", d(2026, 3, 31), None,
             "£14.8m delivered or forecast against a £21.0m target.", "Amber"),
            ("4.2", "Submit a financially balanced three-year Integrated Medium Term Plan (IMTP) to Welsh Government.",
             "Director of Strategy and Transformation", "TBC – dependent on the Welsh Government planning framework", None,
             "Planning framework for 2026-29 not yet issued.", "Amber"),
        ],
    },
]
CTM_RAG = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}


def build_ctm(path):
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = CTM_TITLE
    s["A1"].font = Font(bold=True, size=14, color="FF7030A0")
    s["A2"] = "Position as at 30 September 2025 (Quarter 2) – presented to the Board on 27 November 2025"
    heads = ["BAF ref", "Principal risk", "Strategic goal", "Executive lead", "Assuring committee",
             "Current score", "Target score", "Trend"]
    for i, h in enumerate(heads, 1):
        c = s.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("FF7030A0")
        c.border = BOX
    for n, rk in enumerate(CTM_RISKS, 5):
        ref, name = rk["head"].split(" – ", 1)
        vals = [ref, name, rk["goal"], rk["lead"], rk["committee"],
                int(rk["scores"][1].split("= ")[1]), int(rk["scores"][2].split("= ")[1]), rk["scores"][3]]
        for i, v in enumerate(vals, 1):
            c = s.cell(n, i, v)
            c.border = BOX
            c.alignment = WRAP
        s.cell(n, 6).fill = fill(RED if vals[5] >= 15 else AMBER)
    r = 5 + len(CTM_RISKS) + 1
    s.cell(r, 1, "Action RAG key").font = Font(bold=True)
    for txt, meaning in [("Complete", "Action delivered and evidenced"), ("Green", "On track"),
                         ("Amber", "At risk – mitigation in place"), ("Red", "Off track – escalated")]:
        r += 1
        c = s.cell(r, 1, txt)
        c.fill = fill(CTM_RAG[txt])
        s.cell(r, 2, meaning)
    r += 2
    s.cell(r, 1, "Trend: ↑ increased  ↓ reduced  ↔ no change since last quarter").font = Font(italic=True)
    for col, w in zip("ABCDEFGH", [12, 45, 22, 32, 42, 13, 13, 8]):
        s.column_dimensions[col].width = w

    for rk in CTM_RISKS:
        ws = wb.create_sheet(rk["sheet"])
        ws["A1"] = CTM_TITLE
        ws["A1"].font = Font(bold=True, color="FF7030A0")
        ws.merge_cells("A2:G2")
        ws["A2"] = rk["head"]
        ws["A2"].font = Font(bold=True, size=13)
        ws["A2"].fill = fill("FFE4DFEC")
        meta = [("Risk description:", rk["desc"]), ("Strategic goal:", rk["goal"]),
                ("Executive lead:", rk["lead"]), ("Assuring committee:", rk["committee"])]
        r = 3
        for k, v in meta:
            ws.cell(r, 1, k).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
            ws.cell(r, 2, v).alignment = WRAP
            r += 1
        ws.cell(r, 1, "Risk scores (C x L):").font = Font(bold=True)
        ws.cell(r, 2, "Inherent " + rk["scores"][0])
        ws.cell(r, 3, "Current " + rk["scores"][1])
        ws.cell(r, 4, "Target " + rk["scores"][2])
        ws.cell(r, 5, "Trend " + rk["scores"][3])
        r += 2
        for k, v in [("Key controls", rk["controls"]), ("Sources of assurance", rk["assurance"]),
                     ("Gaps in controls", rk["gap_c"]), ("Gaps in assurance", rk["gap_a"])]:
            ws.cell(r, 1, k).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
            ws.cell(r, 2, v).alignment = WRAP
            r += 1
        r += 1
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        c = ws.cell(r, 1, "Actions to address gaps")
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("FF7030A0")
        r += 1
        for i, h in enumerate(["Ref", "Action", "Lead", "Original target date", "Revised target date",
                               "Q2 progress update", "RAG"], 1):
            c = ws.cell(r, i, h)
            c.font = Font(bold=True)
            c.fill = fill(GREY)
            c.border = BOX
            c.alignment = WRAP
        for ref, action, lead, orig, rev, upd, rag in rk["actions"]:
            r += 1
            for i, v in enumerate([ref, action, lead, orig, rev, upd, rag], 1):
                c = ws.cell(r, i, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(r, 7).fill = fill(CTM_RAG[rag])
        for col, w in zip("ABCDEFG", [22, 55, 34, 14, 14, 45, 11]):
            ws.column_dimensions[col].width = w

    m = wb.create_sheet("Risk scoring matrix")
    m["A1"] = "Risk scoring matrix – consequence (C) x likelihood (L)"
    m["A1"].font = Font(bold=True)
    for i in range(1, 6):
        m.cell(2, i + 1, f"L{i}").font = Font(bold=True)
        m.cell(i + 2, 1, f"C{6 - i}").font = Font(bold=True)
        for j in range(1, 6):
            v = (6 - i) * j
            c = m.cell(i + 2, j + 1, v)
            c.fill = fill(RED if v >= 15 else AMBER if v >= 8 else "FFFFFF00" if v >= 4 else GREEN)
    wb.save(path)


def _ctm_expected():
    stat = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    leads = {"Deputy Medical Director; Director of Operations – Planned Care": ["Deputy Medical Director", "Director of Operations – Planned Care"],
             "Director of Primary, Community and Mental Health Services / Assistant Director of Partnerships": ["Director of Primary, Community and Mental Health Services", "Assistant Director of Partnerships"],
             "Executive Director of Nursing / Director of People": ["Executive Director of Nursing", "Director of People"]}
    out = []
    for rk in CTM_RISKS:
        for ref, action, lead, orig, rev, upd, rag in rk["actions"]:
            when = rev or orig
            if isinstance(when, dt.datetime):
                end, et = when.strftime("%Y-%m"), None
            elif when == "Q3 2025/26":
                end, et = "2025-12", None
            else:
                end, et = None, when
            out.append(act(ref, [rk["head"]], action, leads.get(lead, [lead]), end, stat[rag], et))
    return out


EXPECTED[CTM] = {
    "source": (
        "Imitates an NHS Wales health board's board assurance framework as presented to the Board each quarter "
        "(Welsh health boards publish BAFs with principal risks mapped to strategic goals, executive lead, "
        "assuring committee, inherent/current/target scores, controls, assurances, gaps and actions). Cwm Taf "
        "Morgannwg UHB's goals (Creating Health, Improving Care, Inspiring People, Sustaining our Future) are "
        "used; the risks and actions are plausible, not published. Copied features: summary sheet with risk "
        "table and action RAG key, one sheet per principal risk with a label/value header block, an 'Actions to "
        "address gaps' bar, original and revised target dates, RAG words on fill colour, a scoring matrix sheet."
    ),
    "reads": (
        "A workbook with a summary sheet, four risk sheets (BAF 1-4) and a scoring matrix. Each risk sheet has "
        "the risk heading, description, scores, controls and gaps, then a small table of two or three actions "
        "(refs 1.1-4.2, eleven in all) with lead, original and revised target dates, progress and RAG. "
        "Where a revised date is given it is the end; 'Complete' reads as blue."
    ),
    "outcome": "read",
    "accept_refusal": False,
    "title": CTM_TITLE,
}


# ---------------------------------------------------------------------------
# 7. Mumbles Medical Practice: HIW GP inspection improvement plan (docx)
# ---------------------------------------------------------------------------
MUM = "ztx-mumbles-medical-practice-hiw-gp-inspection-improvement-plan.docx"
MUM_TITLE = "Mumbles Medical Practice – HIW Inspection Improvement Plan"
MB = "Appendix B – Immediate improvement plan"
MC = "Appendix C – Improvement plan"
STD_SAFE = "Health and Care Quality Standards 2023 – Safe"

# (appendix, finding, improvement, standard, action, officer, timescale)
MUM_ROWS = [
    (MB, "Not all clinical staff had completed safeguarding training at the level required for their role.",
     "The practice must ensure that all clinical staff complete adult and child safeguarding training at the level appropriate to their role.",
     "Health and Care Quality Standards 2023 – Safe; Wales Safeguarding Procedures",
     "All outstanding staff booked onto Level 3 safeguarding training; compliance added to the monthly practice meeting agenda.",
     "Practice Manager", "14 February 2025"),
    (MB, "Emergency drugs were not checked weekly and two items were past their expiry date.",
     "The practice must ensure that emergency drugs and equipment are checked weekly and that the checks are recorded.",
     STD_SAFE,
     "Weekly check rota introduced with a named nurse and deputy; signed checklist kept with the emergency bag.",
     "Lead Practice Nurse", "Immediate"),
    (MC, "The practice did not have an up-to-date infection prevention and control (IPC) audit.",
     "The practice must complete an annual IPC audit and act on its findings.",
     STD_SAFE,
     "Complete the IPC audit using the health board audit tool; action plan to be reviewed by the partners.",
     "Lead Practice Nurse", "31 March 2025"),
    (MC, "Patients told us it was difficult to get through on the telephone at 8am.",
     "The practice should review its telephone and appointment system to improve access, in line with the Access Standards for General Medical Services.",
     "Health and Care Quality Standards 2023 – Timely",
     "Install the cloud-based telephone system with call-back and queue position messages.",
     "Practice Manager", "June 2025"),
    (MC, "Patients told us it was difficult to get through on the telephone at 8am.",
     "The practice should review its telephone and appointment system to improve access, in line with the Access Standards for General Medical Services.",
     "Health and Care Quality Standards 2023 – Timely",
     "Repeat the patient access survey and share the results with the Patient Participation Group.",
     "Practice Manager / Patient Participation Group Chair", "September 2025"),
    (MC, "Four members of the administrative team had not had an appraisal in the last 12 months.",
     "The practice must ensure that all staff receive an annual appraisal.",
     "Health and Care Quality Standards 2023 – Workforce",
     "Agree an appraisal schedule and complete all outstanding appraisals.",
     "Assistant Practice Manager", "30 April 2025"),
    (MC, "Practice meeting minutes were not always recorded or shared with staff unable to attend.",
     "The practice should ensure that meeting minutes are recorded and shared with all staff.",
     "Health and Care Quality Standards 2023 – Leadership",
     "Introduce a standard minutes template; minutes saved on the shared drive and staff notified by email.",
     "Practice Manager", "Ongoing"),
    (MC, "Not all patient records we reviewed showed whether a chaperone had been offered.",
     "The practice must ensure that the offer of a chaperone, and whether it was accepted or declined, is recorded in the patient record.",
     "Health and Care Quality Standards 2023 – Safe; GMC Good Medical Practice",
     "Add a chaperone template to the clinical system and re-circulate the chaperone policy to all clinicians.",
     "Dr R Hughes (Clinical Lead) and Lead Practice Nurse", "31 May 2025"),
]


def build_mum(path):
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(MUM_TITLE, level=1)
    doc.add_paragraph("Healthcare Inspectorate Wales – General Practice Inspection (Announced)")
    doc.add_paragraph("Mumbles Medical Practice, Swansea Bay University Health Board")
    doc.add_paragraph("Inspection date: 4 February 2025    Publication date: 8 May 2025")

    def service_block():
        t = doc.add_table(rows=2, cols=2)
        t.style = "Table Grid"
        set_cell(t.rows[0].cells[0], "Service:", bold=True)
        set_cell(t.rows[0].cells[1], "Mumbles Medical Practice")
        set_cell(t.rows[1].cells[0], "Date of inspection:", bold=True)
        set_cell(t.rows[1].cells[1], "4 February 2025")
        doc.add_paragraph()

    def rep_block(name, role, date):
        doc.add_paragraph(
            "The following section must be completed by a representative of the service who has overall "
            "responsibility and accountability for ensuring the improvement plan is actioned.")
        t = doc.add_table(rows=3, cols=2)
        t.style = "Table Grid"
        for i, (k, v) in enumerate([("Name (print):", name), ("Job role:", role), ("Date:", date)]):
            set_cell(t.rows[i].cells[0], k, bold=True)
            set_cell(t.rows[i].cells[1], v)

    doc.add_heading("Appendix A – Summary of concerns resolved during the inspection", level=2)
    doc.add_paragraph("The table below summarises the concerns identified and escalated during our inspection. "
                      "Due to the impact and/or risk posed, these concerns needed to be addressed straight away, "
                      "during the inspection.")
    t = doc.add_table(rows=2, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Immediate concerns identified", "Impact/potential impact on patient care and treatment",
                           "How HIW escalated the concern", "How the concern was resolved"]):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "D9E2F3")
    for i, v in enumerate(["The oxygen cylinder in the treatment room was past its expiry date.",
                           "Oxygen may not be available in a medical emergency.",
                           "The issue was raised with the practice manager.",
                           "A replacement cylinder was obtained from the pharmacy next door on the day of the inspection."]):
        set_cell(t.rows[1].cells[i], v)

    heads = ["Risk/finding/issue", "Improvement needed", "Standard / Regulation", "Service action",
             "Responsible officer", "Timescale"]
    for appx, intro, rep in [
        (MB, "The table below includes any immediate non-compliance concerns about patient safety identified "
             "during the inspection where we require the service to complete an immediate improvement plan telling "
             "us about the urgent actions they are taking.",
         ("Helen Pritchard", "Practice Manager", "11 February 2025")),
        (MC, "The table below includes any other improvements identified during the inspection where we require "
             "the service to complete an improvement plan telling us about the actions they are taking to address "
             "these areas.",
         ("Helen Pritchard", "Practice Manager", "2 April 2025")),
    ]:
        doc.add_page_break()
        doc.add_heading(appx, level=2)
        service_block()
        doc.add_paragraph(intro)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for i, h in enumerate(heads):
            set_cell(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], "D9E2F3")
        prev_key = None
        first = None
        for a, finding, imp, std, action, officer, when in MUM_ROWS:
            if a != appx:
                continue
            row = t.add_row().cells
            key = (finding, imp, std)
            if key == prev_key:
                first = [first[i].merge(row[i]) for i in range(3)]
            else:
                for i, v in enumerate([finding, imp, std]):
                    set_cell(row[i], v)
                first = [row[0], row[1], row[2]]
                prev_key = key
            set_cell(row[3], action)
            set_cell(row[4], officer)
            set_cell(row[5], when)
        doc.add_paragraph()
        rep_block(*rep)
    doc.save(path)


def _mum_expected():
    ends = {"14 February 2025": "2025-02", "31 March 2025": "2025-03", "June 2025": "2025-06",
            "September 2025": "2025-09", "30 April 2025": "2025-04", "31 May 2025": "2025-05"}
    leads = {"Practice Manager / Patient Participation Group Chair": ["Practice Manager", "Patient Participation Group Chair"],
             "Dr R Hughes (Clinical Lead) and Lead Practice Nurse": ["Dr R Hughes (Clinical Lead)", "Lead Practice Nurse"]}
    out = []
    for a, finding, imp, std, action, officer, when in MUM_ROWS:
        if when in ends:
            end, et = ends[when], None
        else:
            end, et = None, when
        out.append(act(None, [a, imp], action, leads.get(officer, [officer]), end, "unrated", et))
    return out


EXPECTED[MUM] = {
    "source": (
        "Imitates the appendices of a Healthcare Inspectorate Wales general practice inspection report as "
        "completed by the practice: Appendix A (concerns resolved during the inspection), Appendix B "
        "(immediate improvement plan) and Appendix C (improvement plan), each with the HIW 'Service: / Date of "
        "inspection:' block, the columns 'Risk/finding/issue, Improvement needed, Standard / Regulation, "
        "Service action, Responsible officer, Timescale' and the service representative sign-off "
        "(e.g. HIW GP reports at hiw.org.uk, Beechley Medical Centre 2018). Mumbles Medical Practice "
        "(Swansea Bay UHB) is a real practice; this 2025 inspection is plausible, not published."
    ),
    "reads": (
        "A Word document with a title, Appendix A (one concern already resolved on the day – not a plan "
        "action), Appendix B with two immediate actions and Appendix C with six actions; in C one finding "
        "and its improvement-needed cell are merged over two service actions. No refs and no status, so "
        "every action is unrated; 'Immediate' and 'Ongoing' give no end month."
    ),
    "outcome": "read",
    "accept_refusal": False,
    "title": MUM_TITLE,
}


BUILDERS = [
    (EZEC, build_ezec, None),
    (FERN, build_fern, _fern_expected),
    (MEDCOM, build_medcom, _medcom_expected),
    (HDFT, build_hdft, _hdft_expected),
    (CCC, build_ccc, _ccc_expected),
    (CTM, build_ctm, _ctm_expected),
    (MUM, build_mum, _mum_expected),
]


class _Dumper(yaml.SafeDumper):
    pass


def _str_rep(dumper, data):
    if "\n" in data or re.fullmatch(r"\d{4}-\d{2}", data):
        return dumper.represent_scalar("tag:yaml.org,2002:str", data, style='"')
    return dumper.represent_scalar("tag:yaml.org,2002:str", data)


_Dumper.add_representer(str, _str_rep)


def write_expected(name, fn):
    e = dict(EXPECTED[name])
    doc = {"source": e["source"], "reads": e["reads"], "outcome": e["outcome"],
           "accept_refusal": e["accept_refusal"]}
    if "refuse_at" in e:
        doc["refuse_at"] = e["refuse_at"]
    doc["title"] = e["title"]
    if fn is not None:
        doc["actions"] = fn()
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.dump(doc, f, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100000,
                  default_flow_style=False)


def main():
    for name, build, fn in BUILDERS:
        assert name.startswith("ztx-")
        build(os.path.join(HERE, name))
        print("built", name)
        if "--expected" in sys.argv:
            write_expected(name, fn)
            print("  wrote", name + ".expected.yaml")


if __name__ == "__main__":
    main()
