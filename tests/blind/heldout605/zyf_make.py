"""Build the seven zyf- blind test files (set heldout605).

Run:  python zyf_make.py            -> writes the seven data files
      python zyf_make.py --expected -> also (re)writes the .expected.yaml files

Every action below carries its displayed cell values and, in key "x", the reading a
person makes of it (end month, status, leads) for the expected file.
"""
import os
import sys
from datetime import datetime

import yaml
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)

FILL = {
    "blue": PatternFill("solid", fgColor="00B0F0"),
    "green": PatternFill("solid", fgColor="00B050"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "red": PatternFill("solid", fgColor="FF0000"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "navy": PatternFill("solid", fgColor="1F3864"),
    "teal": PatternFill("solid", fgColor="DDEBF7"),
    "lilac": PatternFill("solid", fgColor="E4DFEC"),
}
HEX = {"blue": "00B0F0", "green": "00B050", "amber": "FFC000", "red": "FF0000"}


def d(s):
    return datetime.strptime(s, "%d/%m/%Y")


def A(ref, action, lead, end_cells, status_cells, update, x, under=None):
    return dict(ref=ref, action=action, lead=lead, end=end_cells, status=status_cells,
                update=update, x=x, under=under)


# ---------------------------------------------------------------------------
# 1. AWP - CQC well-led must do / should do improvement plan (xlsx)
# ---------------------------------------------------------------------------
AWP_NAME = "zyf-avon-and-wiltshire-mental-health-partnership-nhs-trust-cqc-well-led-must-should-do-action-plan.xlsx"
AWP_TITLE = "Avon and Wiltshire Mental Health Partnership NHS Trust – CQC Well-led Improvement Plan 2025/26"
AWP_REQS = [
    ("MD1 – Regulation 13 (Safeguarding): The trust must ensure that safeguarding concerns, including those "
     "arising from restrictive practice and closed cultures, are identified, recorded and escalated without delay "
     "in all services.", [
        A("MD1.1", "Refresh the Safeguarding Adults and Children Policy to include a specific section on closed "
                   "cultures and the escalation route for concerns raised in secure services.",
          "Chief Nursing Officer", ("30/09/2025", None), ("Green", "Blue"),
          "Policy approved at Policy Review Group 18/09/2025 and published on the intranet.",
          dict(lead=["Chief Nursing Officer"], end="2025-09", status="blue")),
        A("MD1.2", "Introduce a weekly safeguarding huddle on each secure ward, attended by the ward manager and "
                   "the named safeguarding practitioner, with outcomes recorded on Ulysses.",
          "Head of Safeguarding / Clinical Director, Specialised and Secure Services", ("31/08/2025", "30/11/2025"),
          ("Amber", "Amber"),
          "Huddles established on Fromeside and Wickham units.\nRoll-out to Blaise View delayed by vacancies; "
          "revised date agreed at QSC.",
          dict(lead=["Head of Safeguarding", "Clinical Director, Specialised and Secure Services"], end="2025-11",
               status="amber")),
        A("MD1.3", "Audit 30 safeguarding referrals per quarter for timeliness and quality, and report the findings "
                   "to the Safeguarding Group.",
          "Named Nurse for Safeguarding Adults", ("31/03/2026", None), ("Green", "Green"),
          "Q1 audit complete (27 of 30 compliant). Q2 audit in progress.",
          dict(lead=["Named Nurse for Safeguarding Adults"], end="2026-03", status="green")),
    ]),
    ("MD2 – Regulation 17 (Good governance): The trust must ensure that governance systems give the board timely "
     "and accurate oversight of the quality and safety of care, including early warning of poor culture.", [
        A("MD2.1", "Implement the Closed Culture Early Warning Dashboard and present it to the Quality and Safety "
                   "Committee each month.",
          "Deputy Director of Nursing and Quality", ("31/07/2025", "31/10/2025"), ("Amber", "Green"),
          "Dashboard live from October 2025; first presented to QSC 23/10/2025.",
          dict(lead=["Deputy Director of Nursing and Quality"], end="2025-10", status="green")),
        A("MD2.2", "Review the Board Assurance Framework so that each strategic risk has named assurance sources and "
                   "a date for its next deep dive.",
          "Trust Secretary", ("30/09/2025", None), ("Blue", "Blue"),
          "Revised BAF approved by the Board 25/09/2025.",
          dict(lead=["Trust Secretary"], end="2025-09", status="blue")),
        A("MD2.3", "Strengthen ward-to-board reporting by introducing a monthly quality and safety scorecard for every "
                   "inpatient ward.",
          "Chief Operating Officer", ("31/12/2025", "31/03/2026"), ("Amber", "Red"),
          "Scorecard build delayed by data warehouse migration. Interim manual return in place.\nRecovery plan to "
          "Executive Management Team 12/11/2025.",
          dict(lead=["Chief Operating Officer"], end="2026-03", status="red")),
    ]),
    ("SD1 – Should Do: The trust should ensure that patients, carers and service user representatives can influence "
     "decisions about the services they use.", [
        A("SD1.1", "Publish a co-produced Involvement Charter and recruit two further service user representatives "
                   "to the Quality and Treatment Programme Board.",
          "Head of Patient and Carer Experience", ("31/12/2025", None), ("Green", "Green"),
          "Charter drafted with the Recovery and Lived Experience Group.",
          dict(lead=["Head of Patient and Carer Experience"], end="2025-12", status="green")),
    ]),
    ("SD2 – Should Do: The trust should ensure that learning from incidents and complaints is shared consistently "
     "across localities.", [
        A("SD2.1", "Launch a quarterly ‘Learning Matters’ bulletin and a cross-locality learning forum.",
          "Head of Patient Safety", ("30/11/2025", None), (None, "Not started"),
          "Bulletin template agreed; first edition planned for November.",
          dict(lead=["Head of Patient Safety"], end="2025-11", status="unrated")),
        A("SD2.2", "Add a learning section to the complaints closure template so that the actions agreed with the "
                   "complainant are tracked to completion.",
          "Head of Complaints and PALS", ("31/01/2026", None), ("Green", "Green"),
          "Template change with Ulysses administrator.",
          dict(lead=["Head of Complaints and PALS"], end="2026-01", status="green")),
    ]),
]
RAGFILL = {"Blue": "blue", "Green": "green", "Amber": "amber", "Red": "red"}


def build_awp():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = AWP_TITLE
    cov["A1"].font = Font(bold=True, size=14)
    cov["A3"] = "Document control"
    cov["A3"].font = BOLD
    rows = [("Version", "Date", "Author", "Comments"),
            ("1.0", "20/06/2025", "Head of Quality Governance", "Action plan submitted to CQC"),
            ("1.1", "31/07/2025", "Head of Quality Governance", "July update to Quality and Safety Committee"),
            ("1.2", "30/09/2025", "Head of Quality Governance", "September update; MD1.1 and MD2.2 closed"),
            ("1.3", "31/10/2025", "Head of Quality Governance", "October update to Quality and Safety Committee")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cov.cell(row=4 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = BOLD
                c.fill = FILL["grey"]
    cov["A10"] = "Executive sponsor: Chief Nursing Officer"
    cov["A11"] = "Assurance committee: Quality and Safety Committee (monthly); Board (quarterly)"
    for col, w in zip("ABCD", (12, 14, 30, 50)):
        cov.column_dimensions[col].width = w

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of position – October 2025"
    sm["A1"].font = Font(bold=True, size=13)
    hdr = ("Current RAG", "Must Do", "Should Do", "Total")
    body = [("Blue – Complete", 2, 0, 2), ("Green – On track", 2, 2, 4), ("Amber – At risk", 1, 0, 1),
            ("Red – Off track", 1, 0, 1), ("Not started", 0, 1, 1), ("Total", 6, 3, 9)]
    for j, v in enumerate(hdr):
        c = sm.cell(row=3, column=1 + j, value=v)
        c.font = BOLD
        c.fill = FILL["grey"]
        c.border = BOX
    for i, r in enumerate(body):
        for j, v in enumerate(r):
            c = sm.cell(row=4 + i, column=1 + j, value=v)
            c.border = BOX
            if r[0] == "Total":
                c.font = BOLD
    sm["A12"] = "RAG key"
    sm["A12"].font = BOLD
    key = [("Blue", "Complete and evidenced"), ("Green", "On track to deliver by the target date"),
           ("Amber", "At risk of slippage; mitigation in place"), ("Red", "Off track or target date missed")]
    for i, (k, v) in enumerate(key):
        c = sm.cell(row=13 + i, column=1, value=k)
        c.fill = FILL[RAGFILL[k]]
        sm.cell(row=13 + i, column=2, value=v)
    sm.column_dimensions["A"].width = 22
    for col in "BCD":
        sm.column_dimensions[col].width = 12

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = AWP_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Assessment dates: 16 July – 8 August 2024   |   Report published: 29 May 2025   |   "
                "Monitored by: Quality and Safety Committee")
    ws["A3"] = "Position as at: 31 October 2025"
    ws["A3"].font = Font(italic=True)
    heads = ["Ref", "Action", "Accountable lead", "Original target date", "Revised target date",
             "Previous RAG (Sep-25)", "Current RAG (Oct-25)", "Progress update / evidence"]
    for j, h in enumerate(heads):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["navy"]
        c.alignment = WRAP
        c.border = BOX
    r = 6
    for req, acts in AWP_REQS:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(heads))
        c = ws.cell(row=r, column=1, value=req)
        c.font = BOLD
        c.fill = FILL["teal"] if req.startswith("MD") else FILL["lilac"]
        c.alignment = WRAP
        ws.row_dimensions[r].height = 32
        r += 1
        for a in acts:
            orig, rev = a["end"]
            prev, cur = a["status"]
            vals = [a["ref"], a["action"], a["lead"], d(orig), d(rev) if rev else None, prev, cur, a["update"]]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, datetime):
                    c.number_format = "dd/mm/yyyy"
                if j in (5, 6) and v in RAGFILL:
                    c.fill = FILL[RAGFILL[v]]
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Notes: Where a revised target date is shown it has been agreed by the Quality and "
                                   "Safety Committee. Blue actions remain on the plan until CQC has reviewed the evidence.")
    for col, w in zip("ABCDEFGH", (8, 60, 30, 13, 13, 12, 12, 50)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    wb.save(os.path.join(HERE, AWP_NAME))


# ---------------------------------------------------------------------------
# 2. Buckinghamshire FRS - CRMP delivery programme highlight report (xlsx)
# ---------------------------------------------------------------------------
BFRS_NAME = "zyf-buckinghamshire-fire-rescue-service-crmp-delivery-programme-highlight-report.xlsx"
BFRS_TITLE = "Buckinghamshire Fire & Rescue Service – CRMP 2025-2030 Delivery Programme Highlight Report"
BFRS_WS = [
    ("Workstream 1 – Prevention", [
        A("P1", "Launch targeted Home Fire Safety Visit referral pathway with Buckinghamshire Council adult social care",
          "Head of Prevention", ("30/09/2025", "30/11/2025"), "blue",
          "Pathway live from 3 November; 46 referrals received in first month.",
          dict(lead=["Head of Prevention"], end="2025-11", status="blue")),
        A("P2", "Complete evaluation of the Safe and Well pilot in Milton Keynes and report recommendations to ELT",
          "Prevention Manager (Milton Keynes)", ("31/01/2026", "31/03/2026"), "amber",
          "Data sharing agreement with MK City Council signed late; evaluation fieldwork now due to finish in February.",
          dict(lead=["Prevention Manager (Milton Keynes)"], end="2026-03", status="amber")),
    ]),
    ("Workstream 2 – Protection", [
        A("PR1", "Recruit and train four additional Fire Safety Inspectors to Level 4 Diploma",
          "Group Manager Protection", ("31/03/2026", "31/03/2026"), "green",
          "Three appointed; fourth post out to advert.",
          dict(lead=["Group Manager Protection"], end="2026-03", status="green")),
        A("PR2", "Introduce risk-based inspection programme for high-rise residential buildings",
          "Group Manager Protection", ("31/12/2025", "30/04/2026"), "red",
          "Baseline date missed. Building data from the Building Safety Regulator received late; re-baselining at "
          "February Programme Board.",
          dict(lead=["Group Manager Protection"], end="2026-04", status="red")),
        A("PR3", "Publish revised Unwanted Fire Signals policy following consultation",
          "Station Commander Business Safety", ("31/10/2025", "31/10/2025"), "blue",
          "Approved by the Fire Authority Executive Committee.",
          dict(lead=["Station Commander Business Safety"], end="2025-10", status="blue")),
    ]),
    ("Workstream 3 – Response", [
        A("R1", "Implement the new crewing model at Aylesbury, High Wycombe and West Ashland",
          "Area Manager Response / Head of Resource Management", ("01/04/2026", "01/04/2026"), "green",
          "Consultation with representative bodies concluded 16 January.",
          dict(lead=["Area Manager Response", "Head of Resource Management"], end="2026-04", status="green")),
        A("R2", "Go-live of replacement mobilising system at Thames Valley Fire Control Service",
          "Head of Technology, Transformation and PMO", ("30/06/2026", "30/09/2026"), "amber",
          "Supplier has advised a three-month delay to user acceptance testing.",
          dict(lead=["Head of Technology, Transformation and PMO"], end="2026-09", status="amber")),
        A("R3", "Deliver wildfire response training to all on-call stations",
          "Station Commander Training", ("31/05/2026", "31/05/2026"), None,
          "Not yet started – scheduled to begin in March.",
          dict(lead=["Station Commander Training"], end="2026-05", status="unrated")),
    ]),
    ("Workstream 4 – People and Culture", [
        A("W1", "Roll out the Leading with Values programme to all supervisory and middle managers",
          "Head of Human Resources", ("31/03/2026", "31/03/2026"), "green",
          "212 of 298 managers trained (71%).",
          dict(lead=["Head of Human Resources"], end="2026-03", status="green")),
        A("W2", "Launch the revised Positive Action recruitment campaign for wholetime firefighters",
          "HR Business Partner & Inclusion Lead", ("28/02/2026", "28/02/2026"), "green",
          "Campaign materials co-designed with staff networks.",
          dict(lead=["HR Business Partner", "Inclusion Lead"], end="2026-02", status="green")),
    ]),
]


def build_bfrs():
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    ws.merge_cells("A1:G1")
    ws["A1"] = BFRS_TITLE
    ws["A1"].font = Font(bold=True, size=14, color="FFFFFF")
    ws["A1"].fill = PatternFill("solid", fgColor="C00000")
    info = [("Reporting period:", "1 – 31 January 2026", "Report to:", "Executive Leadership Team"),
            ("Programme SRO:", "Deputy Chief Fire Officer", "Programme Manager:", "Head of Strategic Planning"),
            ("Overall programme status:", None, "Direction of travel:", "Stable")]
    for i, (a, b, c_, d_) in enumerate(info):
        r = 3 + i
        ws.cell(row=r, column=1, value=a).font = BOLD
        ws.cell(row=r, column=2, value=b)
        ws.cell(row=r, column=4, value=c_).font = BOLD
        ws.cell(row=r, column=5, value=d_)
    ws["B5"].fill = FILL["amber"]
    ws["A7"] = "Key achievements this period"
    ws["A7"].font = BOLD
    ws["A8"] = "• Home Fire Safety Visit referral pathway with adult social care now embedded (P1)."
    ws["A9"] = "• Crewing model consultation concluded with representative bodies (R1)."
    ws["A11"] = "Milestone tracker"
    ws["A11"].font = Font(bold=True, size=12)
    heads = ["Ref", "Milestone", "Owner", "Baseline date", "Forecast date", "Status", "Commentary"]
    for j, h in enumerate(heads):
        c = ws.cell(row=12, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="404040")
        c.border = BOX
        c.alignment = WRAP
    r = 13
    for wsname, acts in BFRS_WS:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(heads))
        c = ws.cell(row=r, column=1, value=wsname)
        c.font = BOLD
        c.fill = FILL["grey"]
        r += 1
        for a in acts:
            base, fc = a["end"]
            vals = [a["ref"], a["action"], a["lead"], d(base), d(fc), None, a["update"]]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, datetime):
                    c.number_format = "dd/mm/yyyy"
            if a["status"]:
                ws.cell(row=r, column=6).fill = FILL[a["status"]]
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Decisions required from ELT:").font = BOLD
    ws.cell(row=r + 1, column=1, value="Approve re-baselining of milestone PR2 to 30/04/2026.")
    ws.cell(row=r + 2, column=1, value="Next report: February 2026 Programme Board.")
    for col, w in zip("ABCDEFG", (24, 55, 30, 13, 13, 9, 55)):
        ws.column_dimensions[col].width = w

    k = wb.create_sheet("RAG Key")
    k["A1"] = "Status key"
    k["A1"].font = BOLD
    for i, (col, txt) in enumerate([("blue", "Complete"), ("green", "On track – forecast within baseline"),
                                    ("amber", "At risk – forecast later than baseline, recoverable"),
                                    ("red", "Off track – baseline missed, re-baselining needed"),
                                    (None, "No colour – not yet started")]):
        c = k.cell(row=3 + i, column=1)
        if col:
            c.fill = FILL[col]
        c.border = BOX
        k.cell(row=3 + i, column=2, value=txt)
    k.column_dimensions["B"].width = 50
    wb.save(os.path.join(HERE, BFRS_NAME))


# ---------------------------------------------------------------------------
# 3. Selwood Housing - consumer standards improvement plan (xlsx, refuse)
# ---------------------------------------------------------------------------
SEL_NAME = "zyf-selwood-housing-rsh-consumer-standards-improvement-plan-typo-month-refuse.xlsx"
SEL_TITLE = "Selwood Housing – Consumer Standards Improvement Plan 2025/26"
SEL_THEMES = [
    ("1. Safety and Quality Standard", [
        ("1.1", "Complete stock condition surveys on the remaining 18% of homes not surveyed in the last five years.",
         "Head of Asset Management", "Mar-26", "On track", "1,120 surveys completed since April."),
        ("1.2", "Introduce a damp and mould case management process with a 10 working day inspection standard, in "
                "readiness for Awaab’s Law.", "Head of Repairs", "Dec-25", "On track",
         "Process drafted; IT changes to the repairs system scheduled."),
        ("1.3", "Bring all overdue fire risk assessment actions in communal blocks within target.",
         "Building Safety Manager", "Sep-25", "Amber", "42 high-priority actions outstanding."),
    ]),
    ("2. Transparency, Influence and Accountability Standard", [
        ("2.1", "Publish our Tenant Satisfaction Measures with a plain-English commentary and our response.",
         "Head of Customer Insight", "Jul-25", "Complete", "Published 30 June 2025."),
        ("2.2", "Recruit ten customers to the new Customer Scrutiny Panel and agree its first scrutiny topic.",
         "Customer Engagement Manager", "Nov-25", "On track", "Six customers recruited."),
    ]),
    ("3. Neighbourhood and Community Standard", [
        ("3.1", "Review the anti-social behaviour policy with customers and introduce case reviews at 28 days.",
         "Neighbourhood Services Manager", "0ct-25", "On track", "Customer workshop held 8 July."),
    ]),
    ("4. Tenancy Standard", [
        ("4.1", "Carry out tenancy audits for all general needs homes on a five-year cycle, starting with homes with no "
                "contact in the last three years.", "Housing Services Manager", "Jan-26", "Not started", ""),
        ("4.2", "Update the mutual exchange and succession policies and publish them on the website.",
         "Policy and Compliance Officer", "Dec-25", "On track", "Drafts with Customer Committee."),
    ]),
]
SEL_TYPO_ROW = None


def build_selwood():
    global SEL_TYPO_ROW
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = "Selwood Housing"
    ws["A1"].font = Font(bold=True, size=12, color="00607A")
    ws["A2"] = SEL_TITLE
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = ("Plan owner: Director of Customer Services    Reported to: Customer Committee and Board    "
                "Last updated: 14/07/2025")
    heads = ["Ref", "What we will do", "Lead", "Target date", "Status", "Progress / evidence"]
    for j, h in enumerate(heads):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="00607A")
        c.border = BOX
    r = 6
    stfill = {"On track": "green", "Amber": "amber", "Complete": "blue"}
    for theme, acts in SEL_THEMES:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(heads))
        c = ws.cell(row=r, column=1, value=theme)
        c.font = BOLD
        c.fill = PatternFill("solid", fgColor="CCE5EA")
        r += 1
        for ref, act, lead, tgt, st, prog in acts:
            for j, v in enumerate((ref, act, lead, tgt, st, prog)):
                c = ws.cell(row=r, column=1 + j, value=v if v != "" else None)
                c.border = BOX
                c.alignment = WRAP
                if j == 3:
                    c.number_format = "@"
            if st in stfill:
                ws.cell(row=r, column=5).fill = FILL[stfill[st]]
            if tgt.startswith("0"):
                SEL_TYPO_ROW = r
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Status key: Complete (blue), On track (green), Amber – at risk, Red – off track, "
                                   "Not started.")
    for col, w in zip("ABCDEF", (7, 62, 30, 12, 12, 40)):
        ws.column_dimensions[col].width = w

    t = wb.create_sheet("TSM baseline 2024-25")
    rows = [("Measure", "Selwood 2024/25", "Target 2025/26"),
            ("TP01 Overall satisfaction", "71.4%", "75%"),
            ("TP02 Satisfaction with repairs", "74.0%", "77%"),
            ("TP05 Home is safe", "79.8%", "82%"),
            ("TP10 Satisfaction that communal areas are clean and well maintained", "63.5%", "68%"),
            ("CH01 Complaints relative to size (stage 1 per 1,000 homes)", "41.2", "n/a")]
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = t.cell(row=1 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = BOLD
    t.column_dimensions["A"].width = 60
    wb.save(os.path.join(HERE, SEL_NAME))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_text(cell, text, bold=False, size=None):
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


# ---------------------------------------------------------------------------
# 4. Lingfield Surgery - CQC inspection action plan (docx)
# ---------------------------------------------------------------------------
LING_NAME = "zyf-lingfield-surgery-cqc-inspection-action-plan.docx"
LING_TITLE = "Lingfield Surgery – CQC Inspection Action Plan"
LING_SECTIONS = [
    ("Regulation 19 Fit and proper persons employed",
     "The provider must ensure that recruitment checks, including DBS checks and evidence of conduct in previous "
     "employment, are completed and recorded for every member of staff before they start work.", [
        A("1", "Complete a retrospective audit of all 32 staff files against Schedule 3 and obtain any missing "
               "references, DBS checks and photographic ID.", "Claire Dunn (Practice Manager)", "31 July 2023",
          "Complete", None, dict(lead=["Claire Dunn (Practice Manager)"], end="2023-07", status="blue")),
        A("2", "Introduce a pre-employment checklist signed off by the Practice Manager before any new starter’s "
               "first shift.", "Claire Dunn (Practice Manager)", "31 July 2023", "Complete", None,
          dict(lead=["Claire Dunn (Practice Manager)"], end="2023-07", status="blue")),
        A("3", "Add recruitment file compliance to the quarterly governance audit programme and report results to "
               "the partners’ meeting.", "Dr Helen Marsh and Claire Dunn", "Quarterly", "On track", None,
          dict(lead=["Dr Helen Marsh", "Claire Dunn"], end=None, end_text="Quarterly", status="green")),
    ]),
    ("Regulation 12 Safe care and treatment",
     "The provider must ensure that patients prescribed high-risk medicines receive the required monitoring, and "
     "that medicines and patient safety alerts are acted on.", [
        A("4", "Run monthly searches for patients on methotrexate, lithium, azathioprine and DOACs and recall any "
               "patient overdue monitoring.", "Dr Raj Patel (Prescribing Lead)", "30 September 2023", "On track",
          None, dict(lead=["Dr Raj Patel (Prescribing Lead)"], end="2023-09", status="green")),
        A("5", "Review all patients affected by the MHRA valproate safety alert and record the outcome in the "
               "patient’s notes.", "Dr Raj Patel / PCN Clinical Pharmacist", "31 August 2023", "Complete", None,
          dict(lead=["Dr Raj Patel", "PCN Clinical Pharmacist"], end="2023-08", status="blue")),
    ]),
]
LING_SHOULD = [
    ("Cervical screening uptake", "Continue to improve the uptake of cervical screening.", [
        A("6", "Offer Saturday morning smear clinics through the PCN extended access service and send text reminders "
               "to non-attenders.", "Lead Practice Nurse", "31 March 2024", "On track", None,
          dict(lead=["Lead Practice Nurse"], end="2024-03", status="green")),
    ]),
    ("Safeguarding training", "Make sure all staff complete safeguarding training at the level appropriate to their role.", [
        A("7", "Book outstanding Level 3 safeguarding training for two GPs and one nurse and track completion on the "
               "training matrix.", "Dr Helen Marsh (Safeguarding Lead)", "End of October 2023", "Not started",
          None, dict(lead=["Dr Helen Marsh (Safeguarding Lead)"], end="2023-10", status="unrated")),
    ]),
]


def build_lingfield():
    doc = docx.Document()
    doc.add_heading(LING_TITLE, level=0)
    doc.add_paragraph("Announced focused inspection: 18 April 2023.  Report published: 14 June 2023.  "
                      "Overall rating: Good (Safe – Requires improvement).")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Provider", "Lingfield Surgery (partnership)"), ("Plan owner", "Practice Manager"),
                 ("Date of plan", "10 July 2023"), ("Review", "Monthly at the partners’ meeting"),
                 ("Submitted to", "CQC and NHS Surrey Heartlands ICB primary care team")]:
        row = t.add_row().cells
        set_text(row[0], k, bold=True)
        set_text(row[1], v)
    doc.add_paragraph()
    doc.add_paragraph("Status key: Complete – action finished and evidence held; On track – due date will be met; "
                      "Not started – action not yet begun.")
    heads = ["No.", "Action we will take", "Lead", "By when", "Status"]

    def table(first_text, acts):
        tb = doc.add_table(rows=1, cols=5)
        tb.style = "Table Grid"
        for j, h in enumerate(heads):
            set_text(tb.rows[0].cells[j], h, bold=True)
            shade(tb.rows[0].cells[j], "D9E2F3")
        for req, group in first_text:
            row = tb.add_row().cells
            m = row[0].merge(row[4])
            set_text(m, req, bold=True)
            shade(m, "F2F2F2")
            for a in group:
                row = tb.add_row().cells
                for j, v in enumerate((a["ref"], a["action"], a["lead"], a["end"], a["status"])):
                    set_text(row[j], v)
        return tb

    doc.add_heading("Requirement notices (must do)", level=1)
    for heading, req, acts in LING_SECTIONS:
        doc.add_heading(heading, level=2)
        table([(req, acts)], acts)
        doc.add_paragraph()
    doc.add_heading("Areas where the practice should make improvements", level=1)
    for heading, req, acts in LING_SHOULD:
        doc.add_heading(heading, level=2)
        table([(req, acts)], acts)
        doc.add_paragraph()
    doc.add_paragraph("Sign-off")
    s = doc.add_table(rows=2, cols=3)
    s.style = "Table Grid"
    for j, v in enumerate(("Signed on behalf of the partners", "Role", "Date")):
        set_text(s.rows[0].cells[j], v, bold=True)
    for j, v in enumerate(("Dr Helen Marsh", "Senior Partner and Registered Manager", "10/07/2023")):
        set_text(s.rows[1].cells[j], v)
    doc.save(os.path.join(HERE, LING_NAME))


# ---------------------------------------------------------------------------
# 5. Sawston Village College - post-Ofsted action plan (docx, shading RAG)
# ---------------------------------------------------------------------------
SAW_NAME = "zyf-sawston-village-college-post-ofsted-action-plan.docx"
SAW_TITLE = "Sawston Village College – Post-Ofsted Action Plan"
SAW_AFIS = [
    ("In some foundation subjects at key stage 3, the curriculum is not sequenced well enough for pupils to build "
     "their knowledge securely over time. Leaders should ensure that curriculum thinking in these subjects identifies "
     "the important knowledge pupils need and the order in which they should learn it.", [
        A(None, "Subject leaders in history, geography and RE to rewrite key stage 3 curriculum maps, identifying the "
                "core knowledge for each unit.", "DHT (Curriculum)", "Summer term 2025", "green",
          "Revised maps in use from September 2025.",
          dict(lead=["DHT (Curriculum)"], end="2025-07", end_text="Summer term 2025", status="green")),
        A(None, "Deliver CPD on sequencing and retrieval practice at three twilight sessions.",
          "AHT Teaching and Learning", "Spring term 2025", "blue", "All teaching staff attend all three sessions.",
          dict(lead=["AHT Teaching and Learning"], end="2025-04", end_text="Spring term 2025", status="blue")),
        A(None, "Carry out subject deep dives alongside governors’ link visits to check that the new maps are being "
                "taught as intended.", "DHT (Curriculum) / Link governor", "Termly", "amber",
          "Deep dive findings show consistent sequencing across classes.",
          dict(lead=["DHT (Curriculum)", "Link governor"], end=None, end_text="Termly", status="amber")),
    ]),
    ("Teachers do not consistently check pupils’ understanding in lessons, so misconceptions are not always "
     "identified and addressed. Leaders should ensure that teachers use assessment precisely to identify and address "
     "gaps in pupils’ learning.", [
        A(None, "Introduce mini-whiteboard routines and hinge questions in all key stage 3 lessons.",
          "AHT Teaching and Learning", "Autumn term 2025", "green", "Routines seen in 90% of lessons on learning walks.",
          dict(lead=["AHT Teaching and Learning"], end="2025-12", end_text="Autumn term 2025", status="green")),
        A(None, "Use fortnightly learning walks to quality assure the use of assessment in lessons, with written "
                "feedback to departments.", "SLT", "Ongoing", "green", "Learning walk records show improvement.",
          dict(lead=["SLT"], end=None, end_text="Ongoing", status="green")),
    ]),
    ("Leaders have not ensured that pupils with special educational needs and/or disabilities (SEND) consistently "
     "receive the support set out in their plans. Leaders should ensure that staff have the information and training "
     "they need to adapt teaching for these pupils.", [
        A(None, "Issue a one-page pupil profile for every pupil on the SEND register, updated each term.",
          "SENCo", "By Easter 2025", "amber", "Profiles available to all staff on Arbor.",
          dict(lead=["SENCo"], end="2025-04", end_text="By Easter 2025", status="amber")),
        A(None, "Train all teaching staff in adaptive teaching strategies for pupils with SEND.",
          "SENCo & AHT Inclusion", "July 2025", "green", "Staff survey shows increased confidence.",
          dict(lead=["SENCo", "AHT Inclusion"], end="2025-07", status="green")),
        A(None, "Review the deployment of teaching assistants so that support is matched to need in English and "
                "mathematics.", "Business Manager / SENCo", "September 2025", None,
          "TA timetables aligned to pupil need.",
          dict(lead=["Business Manager", "SENCo"], end="2025-09", status="unrated")),
    ]),
    ("Too many disadvantaged pupils are persistently absent from school. Leaders should continue to work with "
     "families to improve the attendance of these pupils.", [
        A(None, "Appoint an Attendance and Family Liaison Officer and hold weekly attendance meetings for "
                "disadvantaged pupils.", "DHT (Pastoral)", "31/03/2025", "blue",
          "Persistent absence of disadvantaged pupils falls below 25%.",
          dict(lead=["DHT (Pastoral)"], end="2025-03", status="blue")),
    ]),
]


def build_sawston():
    doc = docx.Document()
    doc.add_heading(SAW_TITLE, level=0)
    doc.add_paragraph("Inspection: 21–22 January 2025.  Report published: 4 March 2025.  "
                      "Plan approved by the Local Governing Body: 19 March 2025.")
    doc.add_paragraph("This plan sets out how we will address the areas for improvement identified in the report. "
                      "It is reviewed at each meeting of the Local Governing Body’s Standards Committee.")
    p = doc.add_paragraph()
    p.add_run("RAG key: ").bold = True
    p.add_run("the final column is shaded – green: on track; amber: some slippage; red: not on track; "
              "blue: complete; no shading: not yet started.")
    heads = ["Action", "Lead", "Timescale", "Success criteria", "RAG"]
    for i, (afi, acts) in enumerate(SAW_AFIS, start=1):
        doc.add_heading(f"Area for improvement {i}", level=1)
        para = doc.add_paragraph()
        para.add_run(afi).italic = True
        tb = doc.add_table(rows=1, cols=5)
        tb.style = "Table Grid"
        for j, h in enumerate(heads):
            set_text(tb.rows[0].cells[j], h, bold=True)
            shade(tb.rows[0].cells[j], "1F4E79")
            for run in tb.rows[0].cells[j].paragraphs[0].runs:
                run.font.color.rgb = docx.shared.RGBColor(0xFF, 0xFF, 0xFF)
        for a in acts:
            row = tb.add_row().cells
            for j, v in enumerate((a["action"], a["lead"], a["end"], a["update"], "")):
                set_text(row[j], v)
            if a["status"]:
                shade(row[4], HEX[a["status"]])
        doc.add_paragraph()
    doc.add_heading("Monitoring and evaluation", level=1)
    doc.add_paragraph("The Headteacher reports progress against this plan to each Standards Committee meeting. "
                      "The trust’s School Improvement Partner will review the plan in June 2025.")
    s = doc.add_table(rows=3, cols=2)
    s.style = "Table Grid"
    for i, (k, v) in enumerate([("Headteacher", "Signed:                Date:"),
                                ("Chair of the Local Governing Body", "Signed:                Date:"),
                                ("Trust CEO", "Signed:                Date:")]):
        set_text(s.rows[i].cells[0], k, bold=True)
        set_text(s.rows[i].cells[1], v)
    doc.save(os.path.join(HERE, SAW_NAME))


# ---------------------------------------------------------------------------
# 6. Buckinghamshire New University - Board of Governors action log (csv)
# ---------------------------------------------------------------------------
BNU_NAME = "zyf-buckinghamshire-new-university-board-of-governors-action-log.csv"
BNU_TITLE = "Buckinghamshire New University – Board of Governors Rolling Action Log"
BNU_MEETINGS = [
    ("Board meeting 27 November 2024", [
        A("BG24/25-31", "Provide a breakdown of the international recruitment pipeline by partner and intake, "
                        "including visa refusal rates.", "Pro Vice-Chancellor (Global Engagement)", "26/03/2025",
          "B", "Presented at the March meeting (paper BG/25/14). Propose close.",
          dict(lead=["Pro Vice-Chancellor (Global Engagement)"], end="2025-03", status="blue")),
        A("BG24/25-36", "Commission an external review of the effectiveness of the Board and its committees, in line "
                        "with the CUC Higher Education Code of Governance.", "Clerk to the Board", "09/07/2025", "G",
          "Three firms invited to tender; appointment to be confirmed at the July meeting.",
          dict(lead=["Clerk to the Board"], end="2025-07", status="green")),
    ]),
    ("Board meeting 26 March 2025", [
        A("BG24/25-52", "Bring the revised Financial Recovery Plan, with monthly cash flow forecasts to July 2026, to "
                        "the next Board meeting.", "Chief Financial Officer", "July 2025", "G",
          "On the July agenda (item 8).",
          dict(lead=["Chief Financial Officer"], end="2025-07", status="green")),
        A("BG24/25-55", "Arrange a governor briefing on OfS condition B3 student outcomes data for nursing and allied "
                        "health courses.", "Deputy Vice-Chancellor (Academic)", "30/06/2025", "R",
          "Not yet arranged; proposed for the September away day.",
          dict(lead=["Deputy Vice-Chancellor (Academic)"], end="2025-06", status="red")),
        A("BG24/25-57", "Circulate the Prevent duty annual accountability return to governors before it is submitted "
                        "to the OfS.", "University Secretary", "01/12/2025", "", "Not yet due.",
          dict(lead=["University Secretary"], end="2025-12", status="unrated")),
        A("BG24/25-58", "Review the Students’ Union block grant with the SU President and report back on the outcome.",
          "Chief Operating Officer; Director of Student Services", "09/07/2025", "A",
          "Meeting held 12 June; proposal being finalised.",
          dict(lead=["Chief Operating Officer", "Director of Student Services"], end="2025-07", status="amber")),
    ]),
    ("Board meeting 21 May 2025", [
        A("BG24/25-71", "Update the Estates Strategy to reflect the consolidation of the Uxbridge campus and share it "
                        "with the Resources Committee.", "Director of Estates and Facilities", "Oct-25", "G", "",
          dict(lead=["Director of Estates and Facilities"], end="2025-10", status="green")),
        A("BG24/25-74", "Report complaints and Office of the Independent Adjudicator outcomes to each meeting of the "
                        "Audit and Risk Committee.", "University Secretary", "Ongoing", "G",
          "Standing item added to the ARC forward plan.",
          dict(lead=["University Secretary"], end=None, end_text="Ongoing", status="green")),
    ]),
]


def csv_cell(v):
    v = "" if v is None else str(v)
    if any(ch in v for ch in ',"\n'):
        v = '"' + v.replace('"', '""') + '"'
    return v


def build_bnu():
    n = 6
    lines = [[BNU_TITLE] + [""] * (n - 1),
             ["Last updated 25 June 2025 for the meeting of 9 July 2025"] + [""] * (n - 1),
             [""] * n,
             ["Minute ref", "Action", "Owner", "Due date", "RAG", "Update"]]
    for meeting, acts in BNU_MEETINGS:
        lines.append([meeting] + [""] * (n - 1))
        for a in acts:
            lines.append([a["ref"], a["action"], a["lead"], a["end"], a["status"], a["update"]])
    lines.append([""] * n)
    lines.append(["Key: B = complete (propose removal); G = on track; A = at risk; R = overdue; blank = not yet due."]
                 + [""] * (n - 1))
    lines.append(["Actions closed and removed since the May meeting: 5"] + [""] * (n - 1))
    with open(os.path.join(HERE, BNU_NAME), "w", encoding="utf-8", newline="") as f:
        for row in lines:
            f.write(",".join(csv_cell(v) for v in row) + "\r\n")


# ---------------------------------------------------------------------------
# 7. Hampshire and Isle of Wight Constabulary - NCPI action plan (tab-separated txt)
# ---------------------------------------------------------------------------
HIOW_NAME = "zyf-hampshire-and-isle-of-wight-constabulary-ncpi-child-protection-action-plan.txt"
HIOW_TITLE = "Hampshire and Isle of Wight Constabulary – HMICFRS National Child Protection Inspection Action Plan"
HIOW_RECS = [
    ("Recommendation 1: Within six months, the force should make sure that the voice of the child is recorded in all "
     "child protection investigations, including the child’s lived experience.", [
        A("1.1", "Update the child protection investigation template on RMS so that the voice of the child is a "
                 "mandatory field.", "D/Supt Public Protection", ("31/03/2025", ""), "Complete",
          ["Template change live 24/03/2025."],
          dict(lead=["D/Supt Public Protection"], end="2025-03", status="blue")),
        A("1.2", "Deliver voice of the child training to all response and neighbourhood officers through the 2025 CPD "
                 "programme.", "Head of Learning and Development; D/Supt Public Protection",
          ("30/09/2025", "31/12/2025"), "Amber – at risk",
          ["78% of officers trained. Abstraction pressures over the summer.", "Mop-up sessions booked for November."],
          dict(lead=["Head of Learning and Development", "D/Supt Public Protection"], end="2025-12",
               status="amber")),
        A("1.3", "Dip-sample 50 child protection investigations per quarter for evidence of the child’s voice and "
                 "report the results to the Vulnerability Board.", "DCI Public Protection Governance",
          ("31/03/2026", ""), "On track", ["Q2 sample: 41 of 50 compliant (82%)."],
          dict(lead=["DCI Public Protection Governance"], end="2026-03", status="green")),
    ]),
    ("Recommendation 2: Within three months, the force should review its response to children who go missing from "
     "home so that risk is assessed consistently and return home interview information is shared.", [
        A("2.1", "Refresh the missing persons risk assessment guidance in line with College of Policing APP and brief "
                 "all Force Control Room supervisors.", "Head of Contact Management", ("31/01/2025", ""), "Complete",
          ["Briefings completed 17/01/2025."],
          dict(lead=["Head of Contact Management"], end="2025-01", status="blue")),
        A("2.2", "Agree an information sharing protocol for return home interview outcomes with Hampshire, Isle of "
                 "Wight, Portsmouth and Southampton children’s services.", "D/Supt Public Protection",
          ("31/03/2025", "30/06/2025"), "Complete", ["Protocol signed by all four local authorities in June 2025."],
          dict(lead=["D/Supt Public Protection"], end="2025-06", status="blue")),
        A("2.3", "Build a missing children performance dashboard for the Vulnerability Board.",
          "Head of Performance and Insight", ("30/06/2025", "31/01/2026"), "Red – off track",
          ["Dashboard delayed by the Niche data migration; interim manual report provided monthly."],
          dict(lead=["Head of Performance and Insight"], end="2026-01", status="red")),
    ]),
    ("Recommendation 3: Within six months, the force should make sure that strategy discussions take place without "
     "delay when a child is at risk of significant harm, and that the police contribution is recorded.", [
        A("3.1", "Introduce a daily strategy discussion tracker in each MASH to monitor timeliness against the 24-hour "
                 "standard.", "DI MASH (Hampshire); DI MASH (Isle of Wight)", ("28/02/2025", ""), "Complete",
          ["Trackers in place in all four MASHs."],
          dict(lead=["DI MASH (Hampshire)", "DI MASH (Isle of Wight)"], end="2025-02", status="blue")),
        A("3.2", "Audit strategy discussion records each quarter and share the findings with the four local "
                 "safeguarding children partnerships.", "DCI Public Protection Governance", ("Quarterly", ""),
          "On track", ["Q2 audit shared with partnerships 14/10/2025."],
          dict(lead=["DCI Public Protection Governance"], end=None, end_text="Quarterly", status="green")),
    ]),
    ("Recommendation 4: The force should improve how it identifies and responds to child criminal exploitation, "
     "including its use of National Referral Mechanism referrals.", [
        A("4.1", "Appoint a force lead for child criminal exploitation and publish an exploitation problem profile.",
          "D/Supt Serious and Organised Crime", ("30/04/2025", "31/07/2025"), "Complete",
          ["Problem profile published July 2025."],
          dict(lead=["D/Supt Serious and Organised Crime"], end="2025-07", status="blue")),
        A("4.2", "Provide NRM first responder training to all Child Centred Policing Team officers.",
          "Child Centred Policing Lead", ("31/12/2025", ""), "Not started", [""],
          dict(lead=["Child Centred Policing Lead"], end="2025-12", status="unrated")),
    ]),
]


def build_hiow():
    out = [HIOW_TITLE,
           "Exported from 4Action 03/11/2025 14:22\tPlan owner: ACC Crime and Public Protection\t"
           "Governance: Vulnerability Board",
           "",
           "\t".join(["Recommendation", "Action ID", "Action", "Action owner", "Target date", "Revised target date",
                      "Status", "Latest update"])]
    for rec, acts in HIOW_RECS:
        for i, a in enumerate(acts):
            tgt, rev = a["end"]
            first, *more = a["update"]
            out.append("\t".join([rec if i == 0 else "", a["ref"], a["action"], a["lead"], tgt, rev, a["status"],
                                  first]))
            for m in more:
                out.append("\t" * 7 + m)
    out.append("")
    out.append("Total actions: 10\tComplete: 5\tOn track: 2\tAt risk: 1\tOff track: 1\tNot started: 1")
    with open(os.path.join(HERE, HIOW_NAME), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(out) + "\r\n")


# ---------------------------------------------------------------------------
# expected readings
# ---------------------------------------------------------------------------
def acts_yaml(groups, under_fn):
    res = []
    for head, acts in groups:
        for a in acts:
            x = a["x"]
            item = {"ref": a["ref"], "under": under_fn(head), "action": a["action"], "lead": x["lead"],
                    "end": x["end"]}
            if "end_text" in x:
                item["end_text"] = x["end_text"]
            item["status"] = x["status"]
            res.append(item)
    return res


class _Dumper(yaml.SafeDumper):
    pass


KEYS = {"source", "reads", "outcome", "accept_refusal", "refuse_at", "title", "actions", "ref", "under", "action",
        "lead", "end", "end_text", "status"}


def _str(dumper, s):
    if s in KEYS or s in ("read", "refuse", "red", "amber", "green", "blue", "unrated"):
        return dumper.represent_scalar("tag:yaml.org,2002:str", s)
    return dumper.represent_scalar("tag:yaml.org,2002:str", s, style='"')


_Dumper.add_representer(str, _str)


def write_yaml(name, doc):
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.dump(doc, f, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100000)


def write_expected():
    write_yaml(AWP_NAME, {
        "source": "Avon and Wiltshire Mental Health Partnership NHS Trust (AWP), CQC well-led assessment July–August "
                  "2024, report published 29 May 2025 (breaches of Regulation 13 and Regulation 17; closed cultures "
                  "in secure services): https://www.cqc.org.uk/provider/RVN/inspection-summary. Imitates an NHS "
                  "trust's CQC must do / should do improvement plan as taken to its Quality and Safety Committee: "
                  "cover sheet with document control, summary sheet with totals and RAG key, action sheet with "
                  "requirement rows merged across above their actions, original and revised target dates as date "
                  "cells, previous and current RAG words with fill, progress notes with line breaks, job titles as "
                  "leads (one cell holding two posts).",
        "reads": "Three sheets; only 'Action Plan' holds actions. Four CQC requirements (MD1, MD2, SD1, SD2) head "
                 "nine numbered actions; each has an accountable lead post, an original target date and sometimes a "
                 "revised one, and a previous and current RAG of which the current is the status.",
        "outcome": "read",
        "accept_refusal": False,
        "title": AWP_TITLE,
        "actions": acts_yaml(AWP_REQS, lambda h: [h]),
    })
    write_yaml(BFRS_NAME, {
        "source": "Buckinghamshire Fire & Rescue Service, Community Risk Management Plan 2025-2030 (formerly the "
                  "Public Safety Plan) and Annual Delivery Plan 2025-26: https://bucksfire.gov.uk/public-plans/. "
                  "Imitates a fire service programme highlight report to the Executive Leadership Team: title band, "
                  "reporting period / SRO header block with an overall status colour, key achievements notes, a "
                  "milestone tracker with workstream rows merged across, baseline and forecast dates as date cells, "
                  "status shown only by cell fill colour, a decisions-required block and a separate RAG key sheet.",
        "reads": "A one-page highlight report: ten milestones under four workstreams, each with an owner post, a "
                 "baseline date and a forecast (revised) date, and a coloured status cell with no text (the key "
                 "sheet says blue = complete, no colour = not yet started). The header block and notes are not "
                 "milestones.",
        "outcome": "read",
        "accept_refusal": False,
        "title": BFRS_TITLE,
        "actions": acts_yaml(BFRS_WS, lambda h: [h]),
    })
    write_yaml(SEL_NAME, {
        "source": "Selwood Housing (Wiltshire housing association) imitating the consumer standards improvement plans "
                  "housing associations took to their boards after the Regulator of Social Housing's April 2024 "
                  "consumer standards and the first RSH consumer inspections "
                  "(https://redbrickblog.co.uk/author/rogerjarman). Layout: organisation line, plan title, owner "
                  "line, a table with numbered actions under merged standard headings (Safety and Quality; "
                  "Transparency, Influence and Accountability; Neighbourhood and Community; Tenancy), text target "
                  "dates like Mar-26, status words with fill, a status key line and a TSM baseline sheet.",
        "reads": "Eight actions under the four consumer standards with text target months (Sep-25 to Mar-26). The "
                 "target date of action 3.1 on sheet row " + str(SEL_TYPO_ROW) + " reads '0ct-25' with a zero for "
                 "the O: a mistyped month that a careful reader would query before importing.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": SEL_TYPO_ROW,
        "title": SEL_TITLE,
    })
    write_yaml(LING_NAME, {
        "source": "Lingfield Surgery, Surrey (GP practice), CQC announced focused inspection 18 April 2023 - safe "
                  "rated requires improvement, recruitment checks not always carried out "
                  "(https://www.cqc.org.uk/location/1-572992627/inspection-report/INS1-583427705/07). Imitates a "
                  "GP practice's action plan in response to requirement notices: title, inspection line, practice "
                  "details table, status key, a 'Requirement notices (must do)' part with a heading and table per "
                  "regulation breached (the 'provider must' text in a merged first row) and a should-do part with a "
                  "topic heading and table per should-do in the same form, "
                  "written-out dates, names with roles as leads, and a sign-off table.",
        "reads": "Seven numbered actions: three answering Regulation 19, two answering Regulation 12, and two "
                 "answering the two should-do points; the part headings only name the kind of part, so each action "
                 "is read under its topic heading and the requirement text in its table. Leads are named GPs and the practice manager (one cell names "
                 "two people, one a GP and a post), dates are written out ('31 July 2023', 'End of October 2023', "
                 "'Quarterly') and status is a word.",
        "outcome": "read",
        "accept_refusal": False,
        "title": LING_TITLE,
        "actions": acts_yaml([((h, t), acts) for h, t, acts in LING_SECTIONS + LING_SHOULD], lambda h: list(h)),
    })
    write_yaml(SAW_NAME, {
        "source": "Sawston Village College, Cambridgeshire (secondary academy) imitating a school's post-Ofsted "
                  "action plan approved by its local governing body after a 2025 inspection. Layout: title, "
                  "inspection line, RAG key paragraph, one 'Area for improvement N' heading per area with the "
                  "report's wording in italics beneath it, then a table per area (Action, Lead, Timescale, Success "
                  "criteria, RAG) whose RAG cell is shaded with no text; school-term timescales; monitoring "
                  "paragraph and signature table.",
        "reads": "Nine unnumbered actions under four areas for improvement; the headings only say 'Area for "
                 "improvement 1' etc., so each action is read under the inspectors' text. Leads are school posts "
                 "(some cells name two), timescales are terms, 'By Easter 2025', months, 'Termly' or 'Ongoing', and "
                 "status is the cell shading (blue = complete, unshaded = not started).",
        "outcome": "read",
        "accept_refusal": False,
        "title": SAW_TITLE,
        "actions": acts_yaml(SAW_AFIS, lambda h: [h]),
    })
    write_yaml(BNU_NAME, {
        "source": "Buckinghamshire New University, Board of Governors rolling action log (matters arising) as "
                  "circulated with board papers; minute references in the BG05/13-14 style seen in published "
                  "university board minutes. Layout: CSV export with a title line, last-updated line, header row, "
                  "meeting-date rows grouping the actions, minute references as refs, owner posts, due dates in "
                  "several forms, single-letter RAG (B/G/A/R/blank), update column, key and a closed-actions note.",
        "reads": "Eight open actions from three Board meetings, each with a minute reference, an owner post (one "
                 "cell holds two posts separated by a semicolon), a due date (dd/mm/yyyy, 'July 2025', 'Oct-25' or "
                 "'Ongoing') and a RAG letter; the key line explains B/G/A/R and blank = not yet due.",
        "outcome": "read",
        "accept_refusal": False,
        "title": BNU_TITLE,
        "actions": acts_yaml(BNU_MEETINGS, lambda h: [h]),
    })
    write_yaml(HIOW_NAME, {
        "source": "Hampshire and Isle of Wight Constabulary imitating a force's post-inspection action plan for an "
                  "HMICFRS national child protection inspection (NCPI methodology: "
                  "https://hmicfrs.justiceinspectorates.gov.uk/our-work/article/child-abuse-and-child-protection-"
                  "issues/national-child-protection-inspection/), exported from an action-tracking system as "
                  "tab-separated text. Layout: title line, export/owner line, header, recommendation text only on "
                  "the first action row of each recommendation, police ranks and posts as owners, target and revised "
                  "target dates, status words, one update continued on the next line, totals footer.",
        "reads": "Ten numbered actions answering four HMICFRS recommendations; the recommendation cell is blank on "
                 "follow-on rows and applies to them. A line holding only 'Mop-up sessions booked for November.' in "
                 "the update column continues the update of action 1.2. Revised dates override targets; status "
                 "words are Complete, On track, Amber – at risk, Red – off track and Not started.",
        "outcome": "read",
        "accept_refusal": False,
        "title": HIOW_TITLE,
        "actions": acts_yaml(HIOW_RECS, lambda h: [h]),
    })


def main():
    build_awp()
    build_bfrs()
    build_selwood()
    build_lingfield()
    build_sawston()
    build_bnu()
    build_hiow()
    if "--expected" in sys.argv:
        write_expected()


if __name__ == "__main__":
    main()
