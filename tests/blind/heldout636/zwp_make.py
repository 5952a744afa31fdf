"""Build the seven zwp- blind test files for set heldout636.

Run with: /work/main/.venv/bin/python zwp_make.py
Writes the data files beside this script (xlsx with openpyxl, docx with python-docx,
csv and txt directly). The expected readings are the NAME.expected.yaml files beside them.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE = "0070C0"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
NAVY = "1F3864"

THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_colour):
    return PatternFill(start_color=hex_colour, end_color=hex_colour, fill_type="solid")


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Spire Leeds Hospital - CQC must do / should do action plan (xlsx)
# ---------------------------------------------------------------------------
SPIRE = "zwp-spire-leeds-hospital-cqc-must-should-do-action-plan.xlsx"
SPIRE_TITLE = "Spire Leeds Hospital – CQC Must Do / Should Do Action Plan"

SPIRE_MD1 = ("The service must ensure that the World Health Organization (WHO) surgical safety "
             "checklist is fully completed, including the sign-out stage, for every patient.")
SPIRE_MD2 = ("The service must ensure that controlled drugs are stored, recorded and checked in line "
             "with legislation and the provider's policy.")
SPIRE_MD3 = ("The service must ensure that all staff complete mandatory training, including level 3 "
             "safeguarding children training where required.")
SPIRE_SD1 = ("The service should ensure that patient records in outpatients are stored securely when "
             "clinics are not in use.")
SPIRE_SD2 = ("The service should consider how it monitors waiting times for follow-up appointments "
             "in outpatients.")

# (section or None, requirement, regulation, ref, action, lead, original, revised, progress, fill)
SPIRE_ROWS = [
    ("MUST DO – SURGERY", None),
    (SPIRE_MD1, "Regulation 12(1)(2)(a)(b) Safe care and treatment", [
        ("MD1.1", "Re-launch the WHO checklist with all theatre teams through mandatory huddle sessions "
                  "and an updated local standard operating procedure.",
         "Theatre Manager", d(2024, 12, 31), None,
         "All 6 huddle sessions delivered; SOP v4 ratified at MAC 10/12/24.", BLUE),
        ("MD1.2", "Introduce a monthly observational audit of 10 cases per theatre, with results reported "
                  "to the Clinical Governance Committee.",
         "Head of Clinical Governance / Theatre Manager", d(2025, 1, 31), d(2025, 3, 31),
         "December audit 86% compliant at sign-out; January audit delayed by staff sickness.", AMBER),
    ]),
    (SPIRE_MD2, "Regulation 12(2)(g) Safe care and treatment", [
        ("MD2.1", "Record daily controlled drug checks on the electronic CD register in recovery and "
                  "Ward 2, with weekly pharmacy spot checks.",
         "Pharmacy Manager", d(2024, 11, 30), None,
         "Weekly spot checks 100% compliant since w/c 2 December.", BLUE),
    ]),
    (SPIRE_MD3, "Regulation 18(2)(a) Staffing", [
        ("MD3.1", "Produce a monthly mandatory training compliance report by department and share it with "
                  "heads of department for follow-up.",
         "Hospital HR Manager", d(2024, 12, 31), None,
         "Report in place from December 2024.", BLUE),
        ("MD3.2", "Book all outstanding theatre and ward staff onto level 3 safeguarding children "
                  "training, targeting 95% compliance.",
         "Director of Clinical Services", d(2025, 3, 31), None,
         "Compliance now 88% (from 71%). Two further sessions booked in March.", GREEN),
    ]),
    ("SHOULD DO – OUTPATIENTS", None),
    (SPIRE_SD1, "Regulation 17 Good governance", [
        ("SD1.1", "Fit key-coded locks to the outpatient records room and add records security to the "
                  "daily clinic close-down checklist.",
         "Outpatients Manager", d(2025, 1, 31), None,
         "Locks fitted 20/01/25. Close-down checklist updated.", BLUE),
    ]),
    (SPIRE_SD2, "Regulation 17 Good governance", [
        ("SD2.1", "Develop a follow-up waiting list dashboard from the patient administration system, "
                  "reviewed weekly by the outpatient team.",
         "Head of Business Intelligence; Outpatients Manager", d(2025, 2, 28), d(2025, 4, 30),
         "Original date missed. Data extract built; PAS upgrade moved to April.", RED),
        ("SD2.2", "Report follow-up waiting times quarterly to the Medical Advisory Committee.",
         "Hospital Director", "June 2025", None,
         "Not yet started – dependent on SD2.1.", None),
    ]),
]


def make_spire(path):
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = SPIRE_TITLE
    cov["A1"].font = Font(bold=True, size=14, color=NAVY)
    cov["A2"] = "Spire Healthcare Ltd – Spire Leeds Hospital, Jackson Avenue, Roundhay, Leeds LS8 1NT"
    cov["A3"] = ("CQC inspection: 17–18 September 2024 | Report published: 22 November 2024 | "
                 "Overall rating: Requires improvement")
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    hdr = ["Version", "Date", "Author", "Summary of changes"]
    for i, h in enumerate(hdr, start=1):
        c = cov.cell(row=6, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.border = BORDER
    dc = [
        ("0.1", d(2024, 12, 6), "Head of Clinical Governance", "First draft for Hospital Management Team"),
        ("1.0", d(2024, 12, 13), "Head of Clinical Governance", "Approved by HMT and submitted to CQC"),
        ("1.3", d(2025, 2, 14), "Quality and Risk Lead", "February progress update"),
    ]
    for r, row in enumerate(dc, start=7):
        for i, v in enumerate(row, start=1):
            c = cov.cell(row=r, column=i, value=v)
            c.border = BORDER
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    cov["A11"] = "RAG key (used in the RAG column of the Action Plan sheet)"
    cov["A11"].font = Font(bold=True)
    key = [
        (BLUE, "Complete – action delivered and evidence of embedding held"),
        (GREEN, "On track to meet the target date"),
        (AMBER, "At risk of missing the target date"),
        (RED, "Target date missed / not progressing – escalate to HMT"),
    ]
    for r, (colour, text) in enumerate(key, start=12):
        cov.cell(row=r, column=1).fill = fill(colour)
        cov.cell(row=r, column=1).border = BORDER
        cov.cell(row=r, column=2, value=text)
    cov["A16"] = "No colour = not yet started."
    cov.column_dimensions["A"].width = 14
    cov.column_dimensions["B"].width = 16
    cov.column_dimensions["C"].width = 30
    cov.column_dimensions["D"].width = 44

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "CQC Action Plan – Surgery and Outpatients"
    ws["A1"].font = Font(bold=True, size=13, color=NAVY)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Progress position as at 14 February 2025"
    ws["A2"].font = Font(italic=True)
    headers = ["Ref", "CQC requirement (report wording)", "Regulation", "Action(s) to be taken", "Lead",
               "Original target date", "Revised target date", "Progress update – February 2025", "RAG"]
    for i, h in enumerate(headers, start=1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.alignment = WRAP
        c.border = BORDER
    r = 5
    for item in SPIRE_ROWS:
        if item[1] is None:
            ws.cell(row=r, column=1, value=item[0])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            ws.cell(row=r, column=1).font = Font(bold=True)
            ws.cell(row=r, column=1).fill = fill(GREY)
            r += 1
            continue
        req, reg, actions = item
        first = r
        for ref, action, lead, orig, rev, prog, colour in actions:
            ws.cell(row=r, column=1, value=ref)
            ws.cell(row=r, column=4, value=action)
            ws.cell(row=r, column=5, value=lead)
            c = ws.cell(row=r, column=6, value=orig)
            if isinstance(orig, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            c = ws.cell(row=r, column=7, value=rev)
            if isinstance(rev, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=8, value=prog)
            if colour:
                ws.cell(row=r, column=9).fill = fill(colour)
            for col in range(1, 10):
                ws.cell(row=r, column=col).alignment = WRAP
                ws.cell(row=r, column=col).border = BORDER
            r += 1
        ws.cell(row=first, column=2, value=req)
        ws.cell(row=first, column=3, value=reg)
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
            ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    r += 1
    ws.cell(row=r, column=1, value="Summary")
    ws.cell(row=r, column=1).font = Font(bold=True)
    summary = [("Total actions", 8), ("Complete", 4), ("On track", 1), ("At risk", 1),
               ("Off track", 1), ("Not started", 1)]
    for i, (k, v) in enumerate(summary, start=r + 1):
        ws.cell(row=i, column=1, value=k)
        ws.cell(row=i, column=2, value=v)
    widths = {"A": 9, "B": 40, "C": 20, "D": 48, "E": 24, "F": 13, "G": 13, "H": 40, "I": 7}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws.freeze_panes = "A5"
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Norfolk and Suffolk CCA - strategic risk register 2025/26 (xlsx)
# ---------------------------------------------------------------------------
NSCCA = "zwp-norfolk-and-suffolk-cca-strategic-risk-register-2025-26.xlsx"
NSCCA_TITLE = "Norfolk and Suffolk Combined County Authority – Strategic Risk Register 2025/26"

NSCCA_R1 = ("SR01 – Organisational capacity: the CCA cannot recruit and retain the statutory officers "
            "and core staff it needs to deliver its functions")
NSCCA_R2 = ("SR02 – Adult Skills Fund: the devolved Adult Skills Fund is not managed within the grant "
            "conditions from the 2026/27 academic year")
NSCCA_R3 = ("SR03 – Transport: the Local Transport Plan and bus improvement arrangements are not in "
            "place to the timetable agreed with DfT")
NSCCA_R4 = ("SR04 – Information governance and cyber security: a data breach or cyber incident "
            "disrupts services or causes harm")

# (risk, [(ref, action, owner, target, previous, current, update)])
NSCCA_RISKS = [
    (NSCCA_R1, "Interim Chief Executive", "4 x 4 = 16", "3 x 3 = 9", "2 x 3 = 6", "Improving", [
        ("SR01-A1", "Complete permanent recruitment to the Head of Paid Service, Monitoring Officer and "
                    "Section 73 Chief Finance Officer roles.",
         "Interim Chief Executive", "30/09/2025", "Amber", "Complete",
         "All three statutory officers appointed and in post from 1 October 2025."),
        ("SR01-A2", "Agree secondment and support arrangements with Norfolk County Council and Suffolk "
                    "County Council for finance, legal and HR services.",
         "Interim Chief Executive / Monitoring Officer", "Q3 2025/26", "Green", "Green",
         "Service level agreements drafted; to be signed in December."),
    ]),
    (NSCCA_R2, "Director of Skills and Employment", "4 x 5 = 20", "3 x 4 = 12", "2 x 4 = 8", "Stable", [
        ("SR02-A1", "Procure and mobilise a grant management system for Adult Skills Fund providers.",
         "Director of Skills and Employment", "31/12/2025 (revised to 31/03/2026)", "Green", "Amber",
         "Procurement re-run after first tender returned no compliant bids."),
        ("SR02-A2", "Publish the Adult Skills Fund commissioning strategy following consultation with "
                    "colleges and independent training providers.",
         "Director of Skills and Employment", "Feb-26", "Green", "Green",
         "Consultation closed 21 November; 38 responses."),
        ("SR02-A3", "Establish a provider assurance framework, including a programme of funding "
                    "claim audits.",
         "Section 73 Chief Finance Officer", "June 2026", "New", "Green",
         "New action added following Audit and Governance Committee, October 2025."),
    ]),
    (NSCCA_R3, "Director of Transport", "4 x 4 = 16", "4 x 4 = 16", "2 x 4 = 8", "Worsening", [
        ("SR03-A1", "Develop the first Local Transport Plan for Norfolk and Suffolk jointly with both "
                    "highway authorities.",
         "Director of Transport", "Sept 2025 – March 2026", "Amber", "Amber",
         "Evidence base complete; public engagement planned for February."),
        ("SR03-A2", "Agree a single Bus Service Improvement Plan and Enhanced Partnership variation with "
                    "operators.",
         "Director of Transport; Head of Passenger Transport (Norfolk CC)", "Q4 2025/26", "Green", "Red",
         "Operator consultation extended; the EP variation will not be made before April 2026."),
    ]),
    (NSCCA_R4, "Section 73 Chief Finance Officer", "3 x 4 = 12", "2 x 4 = 8", "2 x 3 = 6", "Improving", [
        ("SR04-A1", "Achieve Cyber Essentials Plus certification for CCA systems.",
         "Head of Digital and Information", "31/01/2026", "Amber", "Green",
         "Assessment booked for 14 January 2026."),
        ("SR04-A2", "Deliver data protection and information security training to all staff and "
                    "members.",
         "Head of Digital and Information", "Ongoing", "Green", "Green",
         "Induction module live; 94% of staff completed."),
    ]),
]

STATUS_FILL = {"Red": RED, "Amber": AMBER, "Green": GREEN, "Complete": BLUE}


def make_nscca(path):
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = NSCCA_TITLE
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Quarter 3 position – reported to Audit and Governance Committee, 27 January 2026"
    hdr = ["Risk", "Risk owner", "Inherent (L x I)", "Current (L x I)", "Target (L x I)",
           "Direction of travel"]
    for i, h in enumerate(hdr, start=1):
        c = s.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("4B2E83")
        c.border = BORDER
        c.alignment = WRAP
    for r, (risk, owner, inh, cur, tgt, dot, _acts) in enumerate(NSCCA_RISKS, start=5):
        for i, v in enumerate([risk.split(":")[0], owner, inh, cur, tgt, dot], start=1):
            c = s.cell(row=r, column=i, value=v)
            c.border = BORDER
            c.alignment = WRAP
    s["A10"] = "Scores are Likelihood x Impact, each on a scale of 1 to 5. Red 15–25; Amber 8–12; Green 1–6."
    s["A11"] = "Detailed mitigating actions for each risk are on the 'Actions' sheet."
    for k, v in {"A": 58, "B": 32, "C": 14, "D": 14, "E": 14, "F": 14}.items():
        s.column_dimensions[k].width = v

    ws = wb.create_sheet("Actions")
    ws["A1"] = "Strategic Risk Register 2025/26 – further mitigating actions"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Status: Green – on track; Amber – some slippage; Red – significantly off track; Complete – delivered"
    ws["A2"].font = Font(italic=True)
    hdr = ["Action ref", "Further mitigating action", "Action owner", "Target date",
           "Previous status (Q2)", "Current status (Q3)", "Q3 update"]
    for i, h in enumerate(hdr, start=1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("4B2E83")
        c.border = BORDER
        c.alignment = WRAP
    r = 5
    for risk, _owner, _inh, _cur, _tgt, _dot, acts in NSCCA_RISKS:
        ws.cell(row=r, column=1, value=risk)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.cell(row=r, column=1).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = fill("E4DFEC")
        ws.cell(row=r, column=1).alignment = Alignment(wrap_text=True)
        r += 1
        for ref, action, owner, target, prev, cur, upd in acts:
            vals = [ref, action, owner, target, prev, cur, upd]
            for i, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=i, value=v)
                c.border = BORDER
                c.alignment = WRAP
            for col, word in ((5, prev), (6, cur)):
                if word in STATUS_FILL:
                    ws.cell(row=r, column=col).fill = fill(STATUS_FILL[word])
            r += 1
    for k, v in {"A": 11, "B": 52, "C": 30, "D": 20, "E": 12, "F": 12, "G": 46}.items():
        ws.column_dimensions[k].width = v

    key = wb.create_sheet("Scoring key")
    key["A1"] = "Risk scoring key"
    key["A1"].font = Font(bold=True)
    rows = [("Score", "Likelihood", "Impact"),
            (1, "Rare (less than 5%)", "Negligible"),
            (2, "Unlikely (5–25%)", "Minor"),
            (3, "Possible (25–50%)", "Moderate"),
            (4, "Likely (50–80%)", "Major"),
            (5, "Almost certain (over 80%)", "Critical")]
    for r, row in enumerate(rows, start=3):
        for i, v in enumerate(row, start=1):
            key.cell(row=r, column=i, value=v)
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. CEMEX UK - HSE improvement notices tracker, with a mistyped month (xlsx, refuse)
# ---------------------------------------------------------------------------
CEMEX = "zwp-cemex-uk-rugby-cement-plant-hse-improvement-notices-action-tracker-typo-month-refuse.xlsx"
CEMEX_TITLE = "CEMEX UK – HSE Improvement Notices: Corrective Action Tracker (Rugby Cement Plant)"
CEMEX_TYPO_ROW = 13

CEMEX_NOTICES = [
    ("IN/RB/250708/01", "COSHH Regulation 7: exposure to respirable crystalline silica at clinker "
                        "transfer points", [
        ("1.1", "Commission thorough examination and test (TExT) of the LEV systems serving clinker "
                "transfer points CT1 to CT4.", "Maintenance Manager", d(2025, 8, 31), "Complete",
         "TExT reports received 22/08/25; two hoods rebalanced."),
        ("1.2", "Replace conveyor skirting and seals at transfer points CT3 and CT4 to reduce fugitive "
                "dust.", "Engineering Manager", d(2025, 9, 30), "Complete", "Completed during September shutdown."),
        ("1.3", "Carry out personal exposure monitoring for clinker handling operatives and share the "
                "results with the HSE inspector.", "Site HSE Advisor / Occupational Hygienist (external)",
         d(2025, 10, 31), "On track", "Monitoring booked for w/c 6 October."),
    ]),
    ("IN/RB/250708/02", "Work at Height Regulations 2005, Regulation 6: access to preheater tower "
                        "cyclone inspection doors", [
        ("2.1", "Install fixed edge protection and self-closing gates at levels 4, 5 and 6 of the "
                "preheater tower.", "Projects Engineer", d(2025, 9, 30), "On track",
         "Steelwork fabricated; installation 22–26 September."),
        ("2.2", "Review and reissue the permit-to-work for cyclone clearing, including the rescue plan.",
         "Production Manager", d(2025, 9, 30), "Complete", "Reissued 01/09/25; briefed to all shifts."),
    ]),
    ("IN/RB/250708/03", "PUWER Regulation 11: guarding of the raw meal conveyor return rollers", [
        ("3.1", "Fit interlocked guarding to all accessible return rollers on conveyors RM1 to RM3.",
         "Maintenance Manager", "0ct-2025", "On track", "Guards ordered; delivery due 29/09/25."),
        ("3.2", "Complete a site-wide conveyor guarding survey and prioritise the remaining gaps.",
         "Engineering Manager", d(2025, 11, 30), "Not started", ""),
        ("3.3", "Brief all shift teams on the revised isolation and lock-out procedure for conveyor "
                "cleaning.", "Shift Managers", d(2025, 11, 30), "Not started", ""),
    ]),
]


def make_cemex(path):
    wb = Workbook()
    s = wb.active
    s.title = "Notices"
    s["A1"] = CEMEX_TITLE
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "CEMEX UK Operations Ltd – Rugby Cement Plant, Lawford Road, Rugby CV21 2DT"
    s["A3"] = "Notices served following HSE inspection on 8 July 2025 (Inspector: HM Inspector of Health and Safety, Midlands)"
    hdr = ["Notice number", "Legislation / breach", "Date served", "Compliance date", "Overall status"]
    for i, h in enumerate(hdr, start=1):
        c = s.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("00205B")
        c.border = BORDER
    compliance = [d(2025, 10, 31), d(2025, 9, 30), d(2025, 11, 30)]
    overall = ["Open", "Open", "Open"]
    for r, ((no, breach, _), comp, st) in enumerate(zip(CEMEX_NOTICES, compliance, overall), start=6):
        vals = [no, breach, d(2025, 7, 8), comp, st]
        for i, v in enumerate(vals, start=1):
            c = s.cell(row=r, column=i, value=v)
            c.border = BORDER
            c.alignment = WRAP
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    s["A10"] = "Extension to compliance date for IN/RB/250708/03 not requested."
    for k, v in {"A": 18, "B": 60, "C": 13, "D": 15, "E": 14}.items():
        s.column_dimensions[k].width = v

    ws = wb.create_sheet("Corrective Actions")
    ws["A1"] = "Corrective action tracker – HSE Improvement Notices (Rugby)"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Tracker owner: Plant Manager | Last updated: 12/09/2025"
    hdr = ["Notice", "Action No.", "Corrective action", "Responsible", "Target date", "Status",
           "Evidence / comments"]
    for i, h in enumerate(hdr, start=1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("00205B")
        c.border = BORDER
    status_fill = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Overdue": RED}
    r = 5
    for no, breach, acts in CEMEX_NOTICES:
        ws.cell(row=r, column=1, value=f"{no} – {breach}")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.cell(row=r, column=1).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = fill(GREY)
        r += 1
        for num, action, resp, target, status, comment in acts:
            vals = [no, num, action, resp, target, status, comment]
            for i, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=i, value=v)
                c.border = BORDER
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yyyy"
            if status in status_fill:
                ws.cell(row=r, column=6).fill = fill(status_fill[status])
            if target == "0ct-2025":
                assert r == CEMEX_TYPO_ROW, r
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Status key: Complete | On track | At risk | Overdue | Not started")
    for k, v in {"A": 17, "B": 10, "C": 55, "D": 30, "E": 12, "F": 12, "G": 40}.items():
        ws.column_dimensions[k].width = v
    wb.save(path)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def bold_row(row, colour=None):
    for cell in row.cells:
        for p in cell.paragraphs:
            for run in p.runs:
                run.bold = True
        if colour:
            shade(cell, colour)


def set_cell(cell, text, bold=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold


# ---------------------------------------------------------------------------
# 4. Shrewsbury School - ISI inspection action plan (docx)
# ---------------------------------------------------------------------------
SHREWS = "zwp-shrewsbury-school-isi-inspection-action-plan.docx"
SHREWS_TITLE = "Shrewsbury School: Action Plan following the ISI Inspection, March 2025"

SHREWS_STEPS = [
    ("Section 2: Quality of education, training and recreation", "Recommended next step 1",
     "Ensure that marking and feedback in the lower school consistently help pupils to understand how to "
     "improve their work.", [
         ("1a", "Review the lower school feedback policy with heads of department and publish a revised "
                "policy.", "Deputy Head (Academic)", "Summer term 2025",
          "Revised policy published; all staff briefed at September INSET.", "Complete"),
         ("1b", "Carry out work scrutiny in the Third and Fourth Forms, focusing on the quality of written "
                "feedback.", "Assistant Head (Teaching and Learning); Heads of Department", "Termly",
          "Scrutiny shows next-step feedback in at least 90% of sampled books.", "Green"),
     ]),
    ("Section 3: Pupils' physical and mental health and emotional wellbeing", "Recommended next step 2",
     "Strengthen the way the school gathers and acts on pupils' views about boarding house routines, "
     "particularly in the junior boarding houses.", [
         ("2a", "Introduce a pupil voice survey in each boarding house, with results reviewed by the Head "
                "of Boarding and shared with housemasters and housemistresses.", "Head of Boarding",
          "Autumn term 2025", "Survey completed in every house; actions recorded in house plans.", "Green"),
         ("2b", "Establish a junior boarders' forum that meets twice a term with the Deputy Head "
                "(Pastoral).", "Deputy Head (Pastoral)", "September 2025",
          "Forum minutes show pupils' suggestions acted on.", "Complete"),
     ]),
    ("Section 4: Pupils' social and economic education and contribution to society",
     "Recommended next step 3",
     "Develop the careers programme so that pupils in the Fifth Form receive more personalised guidance "
     "about post-16 and post-18 pathways.", [
         ("3a", "Appoint a qualified careers adviser (Level 6) for two days a week.",
          "Bursar / Head of Careers", "By 1 September 2025", "Adviser in post.", "Complete"),
         ("3b", "Offer every Fifth Form pupil a one-to-one guidance interview before the end of the Lent "
                "term.", "Head of Careers", "March 2026",
          "100% of Fifth Form pupils interviewed; pupil feedback positive.", "Green"),
     ]),
    ("Section 5: Safeguarding", "Recommended next step 4",
     "Ensure that records of low-level concerns are reviewed consistently so that any patterns in "
     "staff conduct are identified promptly.", [
         ("4a", "Move the recording of low-level concerns onto the school's safeguarding management system "
                "and train all deputy designated safeguarding leads in its use.",
          "Designated Safeguarding Lead", "Summer term 2025", "All low-level concerns logged on the system.",
          "Complete"),
         ("4b", "Provide an anonymised termly analysis of low-level concerns to the governor with "
                "responsibility for safeguarding.", "Designated Safeguarding Lead", "Autumn term 2025",
          "First report received by the safeguarding governor.", "Amber"),
     ]),
]

RAG_SHADE = {"Complete": "00B0F0", "Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}


def make_shrews(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    doc.add_paragraph(SHREWS_TITLE, style="Title")
    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [("Inspection", "ISI routine inspection, 11–13 March 2025 (ISI Framework, September 2023)"),
                 ("Report published", "2 May 2025"),
                 ("Outcome", "The school meets the Standards. Four recommended next steps."),
                 ("Plan owner", "Headmaster"),
                 ("Approved by", "Governing Body, 14 June 2025"),
                 ("Next review", "Education Committee, November 2025")]:
        row = info.add_row()
        set_cell(row.cells[0], k, bold=True)
        set_cell(row.cells[1], v)
    doc.add_paragraph()
    doc.add_paragraph(
        "This plan sets out how the school will respond to each recommended next step in the report. "
        "Progress is reviewed each half term by the Senior Leadership Team and reported to governors. "
        "RAG ratings: Complete – action finished; Green – on track; Amber – some slippage; "
        "Red – significant concern.")
    for section, label, step, actions in SHREWS_STEPS:
        doc.add_heading(section, level=2)
        p = doc.add_paragraph()
        p.add_run(label).bold = True
        p = doc.add_paragraph()
        p.add_run(step).italic = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for cell, h in zip(t.rows[0].cells, ["No.", "Action", "Lead", "By when", "Success criteria", "RAG"]):
            set_cell(cell, h, bold=True)
            shade(cell, "D9E2F3")
        for num, action, lead, when, success, rag in actions:
            row = t.add_row()
            for cell, v in zip(row.cells, [num, action, lead, when, success, rag]):
                set_cell(cell, v)
            shade(row.cells[5], RAG_SHADE[rag])
        doc.add_paragraph()
    doc.add_heading("Sign-off", level=2)
    so = doc.add_table(rows=3, cols=3)
    so.style = "Table Grid"
    for cell, h in zip(so.rows[0].cells, ["Role", "Name", "Date"]):
        set_cell(cell, h, bold=True)
    for r, (role, name, date) in enumerate([("Headmaster", "", "14/06/2025"),
                                            ("Chair of Governors", "", "14/06/2025")], start=1):
        for cell, v in zip(so.rows[r].cells, [role, name, date]):
            set_cell(cell, v)
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. Office for Students - Board action log (docx)
# ---------------------------------------------------------------------------
OFS = "zwp-office-for-students-board-action-log.docx"
OFS_TITLE = "Office for Students – Board action log"

OFS_PARTS = [
    ("Part A: Open actions", [
        ("BAL-031", "27 March 2025", "Executive to bring a paper on options for monitoring franchised "
                                     "provision to a future Board meeting.",
         "Director of Regulation", "July 2025\nRevised: November 2025", "Amber",
         "Paper delayed to take account of the DfE announcement on franchising; now scheduled for "
         "November."),
        ("BAL-036", "22 May 2025", "Circulate the updated financial sustainability report to Board members "
                                   "once the sector forecasts have been analysed.",
         "Director of Resources and Finance", "October 2025", "Green",
         "Sector forecasts received; analysis under way."),
        ("BAL-038", "22 May 2025", "Arrange a Board development session on the operation of the free "
                                   "speech complaints scheme.",
         "Board Secretary; Director for Freedom of Speech and Academic Freedom", "January 2026", "Green",
         "Session provisionally booked for the January away day."),
        ("BAL-041", "17 July 2025", "Provide the Board with a summary of lessons learned from the 2025 "
                                    "National Student Survey data release.",
         "Director of Analysis", "September 2025", "Red",
         "Not yet received. To be taken at the November meeting."),
        ("BAL-043", "17 July 2025", "Review the risk appetite statement for regulatory intervention and "
                                    "bring proposals to ARAC before Board approval.",
         "Chair of ARAC / Director of Resources and Finance", "Q3 2025-26", "Green",
         "Draft discussed with ARAC Chair on 2 September."),
        ("BAL-044", "17 July 2025", "Keep the register of Board members' interests up to date and publish "
                                    "it on the OfS website.",
         "Board Secretary", "Ongoing", "Green", "Reviewed at each meeting."),
    ]),
    ("Part B: Actions completed since the last meeting (proposed for closure)", [
        ("BAL-034", "22 May 2025", "Share the final insight brief on student mental health with members "
                                   "ahead of publication.",
         "Director of Communications", "June 2025", "Complete", "Circulated 12 June 2025."),
        ("BAL-040", "17 July 2025", "Write to the Secretary of State setting out the Board's response to "
                                    "the consultation on changes to the regulatory framework.",
         "Chair", "August 2025", "Complete", "Letter sent 4 August 2025."),
    ]),
]


def make_ofs(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph("OfS Board – 25 September 2025")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = doc.add_paragraph("Paper number: OfS 2025.47")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph(OFS_TITLE, style="Title")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Issue", "Progress against actions agreed at previous Board meetings"),
                 ("Recommendation", "The Board is invited to note progress and agree that the actions in "
                                    "Part B are closed."),
                 ("Sponsor", "Board Secretary"),
                 ("Timing", "Routine – every meeting"),
                 ("Freedom of information", "The paper will be published.")]:
        row = t.add_row()
        set_cell(row.cells[0], k, bold=True)
        set_cell(row.cells[1], v)
    doc.add_paragraph()
    doc.add_paragraph("RAG: Green – on track; Amber – at risk or revised date proposed; "
                      "Red – overdue; Complete – proposed for closure.")
    cols = ["Ref", "Meeting", "Action", "Owner", "Due", "RAG", "Update"]
    for heading, rows in OFS_PARTS:
        doc.add_heading(heading, level=1)
        tbl = doc.add_table(rows=1, cols=len(cols))
        tbl.style = "Table Grid"
        for cell, h in zip(tbl.rows[0].cells, cols):
            set_cell(cell, h, bold=True)
            shade(cell, "BFBFBF")
        for vals in rows:
            row = tbl.add_row()
            for cell, v in zip(row.cells, vals):
                set_cell(cell, v)
        doc.add_paragraph()
    doc.add_paragraph("Actions closed at the July 2025 meeting have been removed from this log and are "
                      "held on file by the Board Secretary.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. Burwell Parish Council - action log (csv)
# ---------------------------------------------------------------------------
BURWELL = "zwp-burwell-parish-council-action-log-2025-26.csv"
BURWELL_TITLE = "Burwell Parish Council – Action Log 2025/26"

BURWELL_ROWS = [
    [BURWELL_TITLE, "", "", "", "", "", ""],
    ["Updated by the Clerk for the Full Council meeting on 13 January 2026", "", "", "", "", "", ""],
    ["", "", "", "", "", "", ""],
    ["Minute No.", "Meeting date", "Action", "Responsible", "Deadline", "Status", "Notes"],
    ["FULL COUNCIL", "", "", "", "", "", ""],
    ["25/104", "08/07/2025", "Obtain three quotes for replacing the noticeboard outside the Parish Room",
     "Clerk", "Sep-25", "C", "Quote from Fenland Joinery accepted at September meeting"],
    ["25/117", "09/09/2025", "Submit a Community Infrastructure Levy bid to East Cambridgeshire District "
                             "Council for the recreation ground pavilion roof",
     "Clerk & Cllr Hughes", "31/10/2025", "C", "Bid submitted 24/10/25"],
    ["25/131", "11/11/2025", "Review Standing Orders and Financial Regulations against the 2025 NALC model "
                             "documents and bring recommendations to council",
     "Deputy Clerk", "Mar-26", "G", ""],
    ["25/133", "11/11/2025", "Write to Cambridgeshire County Council Highways requesting a speed survey on "
                             "Ness Road\n(following residents' concerns raised in public participation)",
     "Cllr Patel", "ASAP", "R", "No reply yet - chased 05/01/26"],
    ["AMENITIES & OPEN SPACES COMMITTEE", "", "", "", "", "", ""],
    ["A25/22", "15/07/2025", "Arrange the annual independent inspection of all play equipment (RoSPA)",
     "Amenities Officer", "Aug-25", "C", "Report received 18/08/25 - two medium risk items"],
    ["A25/23", "15/07/2025", "Repair the two medium risk items from the play inspection report (zip wire "
                             "seat and cradle swing chains)",
     "Amenities Officer", "Nov-25", "A", "Parts on order - supplier delay"],
    ["A25/31", "21/10/2025", "Draft a tree management plan for the Recreation Ground and the churchyard "
                             "extension",
     "Cllr Fenton/Cllr Ahmed", "Feb-26", "G", "For February committee"],
    ["A25/34", "21/10/2025", "Investigate the cost of installing a defibrillator cabinet at the allotments",
     "Clerk", "", "", ""],
    ["", "", "", "", "", "", ""],
    ["Status key: R = overdue or no progress, A = in progress but delayed, G = in progress and on track, "
     "C = complete", "", "", "", "", "", ""],
    ["Completed actions are removed once they have been reported to Full Council.", "", "", "", "", "", ""],
]


def make_burwell(path):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in BURWELL_ROWS:
            w.writerow(row)


# ---------------------------------------------------------------------------
# 7. CAFOD - finance systems replacement programme highlight report (txt, tab-separated)
# ---------------------------------------------------------------------------
CAFOD = "zwp-cafod-finance-systems-replacement-programme-highlight-report.txt"
CAFOD_TITLE = "CAFOD – Finance Systems Replacement Programme"

CAFOD_WS = [
    ("Workstream 1: Design and build", [
        ("1.1", "Sign off the global chart of accounts and cost centre structure", "Financial Controller",
         "30/09/2025", "31/10/2025", "Complete", "Signed off at Design Authority 28/10/25"),
        ("1.2", "Complete configuration of the purchase-to-pay workflow, including approval limits for "
                "country offices", "Systems Accountant / Head of Procurement", "31/10/2025", "16/01/2026",
         "R", "Approval matrix for 14 country offices not yet agreed - see R07"),
        ("1.3", "Build the interface between the new finance system and the payroll provider",
         "Integration Lead (supplier)", "30/11/2025", "", "A", "Interface specification agreed; build "
                                                               "starts w/c 1 Dec"),
    ]),
    ("Workstream 2: Data migration", [
        ("2.1", "Cleanse supplier master data and archive suppliers with no activity since April 2022",
         "Data Migration Lead", "31/10/2025", "28/11/2025", "Complete", "4,112 dormant suppliers archived"),
        ("2.2", "Complete trial data load 2 and reconcile opening balances",
         "Data Migration Lead; Financial Controller", "12/12/2025", "", "G", "On schedule"),
    ]),
    ("Workstream 3: Training and business change", [
        ("3.1", "Deliver train-the-trainer sessions for finance champions in the UK and country offices",
         "Change and Training Manager", "Jan 2026", "Feb 2026", "G",
         "Materials in draft; dates move with go-live"),
        ("3.2", "Agree the go-live support model and hypercare rota with the supplier", "Programme Manager",
         "TBC", "", "", "To be scheduled once the go-live date is approved"),
    ]),
]


def cafod_lines():
    L = [
        CAFOD_TITLE,
        "Highlight Report No. 9 – reporting period 1 to 30 November 2025",
        "Prepared by: Programme Manager\tFor: Programme Board, 9 December 2025",
        "",
        "STATUS SUMMARY",
        "Dimension\tLast period\tThis period",
        "Overall\tA\tA",
        "Schedule\tA\tR",
        "Budget\tG\tG",
        "Scope\tG\tG",
        "Resources\tA\tA",
        "",
        "Summary: Design sign-off is complete, but the purchase-to-pay build is late because the approval "
        "matrix for country offices has not been agreed. Go-live on 2 February 2026 is no longer achievable.",
        "",
        "KEY ACTIONS AND MILESTONES",
        "Ref\tAction / milestone\tOwner\tBaseline date\tForecast date\tRAG\tCommentary",
    ]
    for ws, acts in CAFOD_WS:
        L.append(ws)
        for a in acts:
            L.append("\t".join(a))
    L += [
        "",
        "TOP RISKS AND ISSUES (full RAID log held by the PMO)",
        "R07 - Country office approval matrix not agreed, delaying the purchase-to-pay build (score 16, "
        "escalated to the Board)",
        "R11 - Key finance staff unavailable for testing during year-end close (score 12)",
        "",
        "DECISIONS REQUIRED FROM THE BOARD",
        "The Board is asked to approve a revised go-live date of 2 March 2026 (previously 2 February 2026).",
        "",
        "RAG key: G = on track; A = at risk but recoverable; R = off track, Board attention needed; "
        "Complete = delivered.",
    ]
    return L


def make_cafod(path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(cafod_lines()) + "\n")


def main():
    make_spire(os.path.join(HERE, SPIRE))
    make_nscca(os.path.join(HERE, NSCCA))
    make_cemex(os.path.join(HERE, CEMEX))
    make_shrews(os.path.join(HERE, SHREWS))
    make_ofs(os.path.join(HERE, OFS))
    make_burwell(os.path.join(HERE, BURWELL))
    make_cafod(os.path.join(HERE, CAFOD))
    for n in (SPIRE, NSCCA, CEMEX, SHREWS, OFS, BURWELL, CAFOD):
        print("wrote", n)


if __name__ == "__main__":
    main()
