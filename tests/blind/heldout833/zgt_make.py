"""Build the seven zgt- blind test files (set heldout833) and their expected readings.

Run with /work/main/.venv/bin/python zgt_make.py  (writes into this script's folder).
Only files whose names start with zgt- are written.
"""
import csv
import datetime as dt
import io
import os

import yaml
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "0070C0",
    "grey": "D9D9D9",
    "head": "1F3864",
    "theme": "DDEBF7",
}


def path(name):
    assert name.startswith("zgt-")
    return os.path.join(HERE, name)


def d(y, m, day):
    return dt.datetime(y, m, day)


def write_expected(name, data):
    out = path(name) + ".expected.yaml"
    with open(out, "w", encoding="utf-8") as fh:
        yaml.safe_dump(data, fh, allow_unicode=True, sort_keys=False, width=1000)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def solid(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


# ---------------------------------------------------------------------------
# 1. Southport and Ormskirk Hospital NHS Trust - Ockenden IEA assurance tracker (xlsx)
# ---------------------------------------------------------------------------
def make_ockenden():
    name = "zgt-southport-and-ormskirk-hospital-nhs-trust-ockenden-final-report-iea-assurance-tracker.xlsx"
    title = "Ockenden Final Report (March 2022) – Immediate and Essential Actions Assurance Tracker"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Southport and Ormskirk Hospital NHS Trust"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = title
    cov["A2"].font = Font(bold=True, size=12)
    info = [
        ("Reporting period:", "November 2022"),
        ("Executive lead:", "Chief Nurse"),
        ("Prepared by:", "Director of Midwifery"),
        ("Reported to:", "Maternity Safety Champions; Quality and Safety Committee; Trust Board (Part 1)"),
    ]
    r = 4
    for k, v in info:
        cov.cell(r, 1, k).font = Font(bold=True)
        cov.cell(r, 2, v)
        r += 1
    cov.cell(9, 1, "Version control").font = Font(bold=True)
    vc = [
        ("Version", "Date", "Author", "Summary of changes"),
        ("0.1", "14/07/2022", "Maternity Governance Lead", "Initial gap analysis against the 15 IEAs"),
        ("0.4", "20/10/2022", "Director of Midwifery", "Updated following LMNS assurance visit"),
        ("1.0", "01/12/2022", "Director of Midwifery", "November position for Board"),
    ]
    for i, row in enumerate(vc):
        for j, v in enumerate(row):
            c = cov.cell(10 + i, 1 + j, v)
            c.border = BORDER
            if i == 0:
                c.font = Font(bold=True)
    cov.cell(15, 1, "RAG key").font = Font(bold=True)
    key = [
        ("B", "blue", "Delivered and evidenced – assured"),
        ("G", "green", "On track to deliver by target date"),
        ("A", "amber", "At risk of missing target date – mitigation in place"),
        ("R", "red", "Off track / not deliverable without escalation"),
    ]
    for i, (letter, col, text) in enumerate(key):
        c = cov.cell(16 + i, 1, letter)
        c.fill = solid(FILL[col])
        c.alignment = Alignment(horizontal="center")
        cov.cell(16 + i, 2, text)
    cov.column_dimensions["A"].width = 18
    cov.column_dimensions["B"].width = 60
    cov.column_dimensions["C"].width = 28
    cov.column_dimensions["D"].width = 45

    # Tracker rows: (kind, ...)
    T1 = "IEA 1 – Workforce planning and sustainability"
    T2 = "IEA 2 – Safe staffing"
    T4 = "IEA 4 – Clinical governance: leadership"
    T7 = "IEA 7 – Multidisciplinary training"
    T13 = "IEA 13 – Bereavement care"
    R1 = "Maternity services must have a funded establishment which is based on a recognised workforce tool and reviewed at least every six months."
    R2a = "The labour ward coordinator must be supernumerary at all times and have no caseload of their own."
    R2b = "Trusts must ensure that midwifery staffing shortfalls are escalated and that red flag events are recorded and reviewed."
    R4 = "Trust boards must have oversight of maternity services through a named executive and non-executive safety champion."
    R7 = "Staff who work together must train together; multidisciplinary training attendance should be at least 90% for each staff group."
    R13 = "Trusts must provide bereavement care services seven days a week."

    rows = [
        ("theme", T1),
        ("act", "1.1", R1, "Complete a full Birthrate Plus assessment and present the establishment gap and funding request to Trust Board.",
         "Director of Midwifery", d(2022, 10, 31), d(2023, 1, 31),
         "BR+ data collection completed 14/10/2022. Final report due from Birthrate Plus in December.", "A", "A"),
        ("act", "1.2", None, "Recruit to the 6.2 WTE midwifery vacancies identified in the establishment review, including the second international recruitment cohort.",
         "Head of Midwifery / HR Business Partner (W&C)", d(2023, 3, 31), None,
         "8 midwives appointed (5.4 WTE); cohort 2 arriving January 2023.", "G", "G"),
        ("theme", T2),
        ("act", "2.1", R2a, "Audit the supernumerary status of the labour ward coordinator on every shift and report compliance monthly to the Maternity Safety Champions.",
         "Intrapartum Matron", d(2022, 9, 30), None,
         "100% compliance July–November 2022; included in the monthly PQSM dashboard.", "G", "B"),
        ("act", "2.2", R2b, "Introduce the Birthrate Plus acuity tool red flag log on the delivery suite and review all red flags at the daily safety huddle.",
         "Delivery Suite Manager", d(2022, 8, 31), d(2022, 12, 31),
         "Acuity tool live from 01/10/2022; red flag review not yet embedded at weekends.", "A", "A"),
        ("theme", T4),
        ("act", "4.1", R4, "Refresh the Board Safety Champion terms of reference and agree a quarterly walkabout schedule with feedback reported to Quality and Safety Committee.",
         "Chief Nurse and NED Maternity Safety Champion", d(2022, 7, 31), None,
         "Terms of reference approved by Board 28/07/2022. Walkabouts held August, September and November.", "B", "B"),
        ("theme", T7),
        ("act", "7.1", R7, "Increase PROMPT attendance for consultant obstetricians and anaesthetists to 90% through a rolling programme of protected training dates.",
         "Practice Development Midwife; Clinical Director for Anaesthetics", d(2022, 12, 31), d(2023, 3, 31),
         "Midwives 94%, obstetricians 88%, anaesthetists 71%. Additional dates released for January to March 2023.", "A", "R"),
        ("act", "7.2", None, "Deliver fetal monitoring training and competency assessment to all staff who care for women in labour, with compliance reported monthly.",
         "Fetal Monitoring Lead Midwife", "Q4 2022/23", None,
         "K2 training compliance 87%; face-to-face study days booked.", "G", "G"),
        ("theme", T13),
        ("act", "13.1", R13, "Prepare a business case for a seven-day bereavement midwifery service, with interim weekend cover provided by the community midwifery team.",
         "Head of Midwifery", d(2022, 11, 30), d(2023, 4, 30),
         "Interim weekend cover in place. Business case to go to Investment Panel in February 2023.", "A", "A"),
    ]

    summ = wb.create_sheet("Summary")
    tr = wb.create_sheet("IEA Tracker")
    tr["A1"] = "Ockenden Final Report – IEA Assurance Tracker (position at 30/11/2022)"
    tr["A1"].font = Font(bold=True, size=13)
    tr.merge_cells("A1:I1")
    heads = ["Ref", "Ockenden requirement", "Trust action", "Lead(s)", "Original target date",
             "Revised target date", "Progress update / evidence", "Previous RAG (Oct-22)", "Current RAG (Nov-22)"]
    for j, h in enumerate(heads):
        c = tr.cell(3, 1 + j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = solid(FILL["head"])
        c.alignment = WRAP
        c.border = BORDER
    rag_fill = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    r = 4
    req_start = None
    merges = []
    for row in rows:
        if row[0] == "theme":
            c = tr.cell(r, 1, row[1])
            c.font = Font(bold=True)
            for j in range(1, 10):
                tr.cell(r, j).fill = solid(FILL["theme"])
            tr.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            continue
        _, ref, req, action, lead, orig, rev, prog, prev, cur = row
        vals = [ref, req, action, lead, orig, rev, prog, prev, cur]
        for j, v in enumerate(vals):
            c = tr.cell(r, 1 + j, v)
            c.alignment = WRAP
            c.border = BORDER
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        if req is None:
            merges.append(r)
        for col in (8, 9):
            c = tr.cell(r, col)
            c.fill = solid(FILL[rag_fill[c.value]])
            c.alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    for rr in merges:
        tr.merge_cells(start_row=rr - 1, start_column=2, end_row=rr, end_column=2)
    r += 1
    tr.cell(r, 1, "Note: IEAs 3, 5, 6, 8–12, 14 and 15 are reported through the Maternity Incentive Scheme and Saving Babies' Lives trackers and are not repeated here.")
    tr.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    widths = [7, 45, 50, 26, 13, 13, 45, 11, 11]
    for j, w in enumerate(widths):
        tr.column_dimensions["ABCDEFGHI"[j]].width = w
    tr.freeze_panes = "A4"

    summ["A1"] = "Summary of position by IEA – November 2022"
    summ["A1"].font = Font(bold=True, size=12)
    sh = ["IEA", "Actions", "B", "G", "A", "R"]
    sdata = [
        (T1, 2, 0, 1, 1, 0),
        (T2, 2, 1, 0, 1, 0),
        (T4, 1, 1, 0, 0, 0),
        (T7, 2, 0, 1, 0, 1),
        (T13, 1, 0, 0, 1, 0),
        ("Total", 8, 2, 2, 3, 1),
    ]
    for j, h in enumerate(sh):
        c = summ.cell(3, 1 + j, h)
        c.font = Font(bold=True)
        c.border = BORDER
        if h in rag_fill:
            c.fill = solid(FILL[rag_fill[h]])
    for i, row in enumerate(sdata):
        for j, v in enumerate(row):
            c = summ.cell(4 + i, 1 + j, v)
            c.border = BORDER
            if row[0] == "Total":
                c.font = Font(bold=True)
    summ.column_dimensions["A"].width = 50
    wb.save(path(name))

    actions = [
        act("1.1", [T1, R1], rows[1][3], ["Director of Midwifery"], "2023-01", "amber"),
        act("1.2", [T1, R1], rows[2][3], ["Head of Midwifery", "HR Business Partner (W&C)"], "2023-03", "green"),
        act("2.1", [T2, R2a], rows[4][3], ["Intrapartum Matron"], "2022-09", "blue"),
        act("2.2", [T2, R2b], rows[5][3], ["Delivery Suite Manager"], "2022-12", "amber"),
        act("4.1", [T4, R4], rows[7][3], ["Chief Nurse", "NED Maternity Safety Champion"], "2022-07", "blue"),
        act("7.1", [T7, R7], rows[9][3], ["Practice Development Midwife", "Clinical Director for Anaesthetics"], "2023-03", "red"),
        act("7.2", [T7, R7], rows[10][3], ["Fetal Monitoring Lead Midwife"], "2023-03", "green", end_text="Q4 2022/23"),
        act("13.1", [T13, R13], rows[12][3], ["Head of Midwifery"], "2023-04", "amber"),
    ]
    write_expected(name, {
        "source": (
            "Imitates an English acute trust's Ockenden final report (March 2022) IEA assurance tracker as taken to "
            "Quality and Safety Committee and Board in 2022-23 (cf. the Shrewsbury and Telford Hospital Ockenden action plan "
            "appendix with LAFL ref, action required, due date, delivery status, commentary, lead executive; OUH Ockenden "
            "assurance assessment board paper). Copied features: cover sheet with title block, version-control table and RAG key "
            "where Blue = delivered and evidenced; a Summary sheet of counts by IEA; tracker sheet with merged IEA theme rows, the "
            "Ockenden requirement above/beside its trust actions (merged over two actions twice), original and revised target "
            "dates, previous and current RAG letters with fill colour, a quarter as a date, and a closing note line."
        ),
        "reads": (
            "A three-sheet workbook: a cover with document control and key, a summary of counts, and the tracker. The tracker "
            "lists eight trust actions under five IEA theme rows, each answering the Ockenden requirement written beside it; the "
            "end is the revised target date where given, and the status is the current (November) RAG."
        ),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# 2. NHS Grampian - internal audit recommendations follow-up tracker (xlsx)
# ---------------------------------------------------------------------------
def make_grampian():
    name = "zgt-nhs-grampian-internal-audit-recommendations-follow-up-tracker.xlsx"
    title = "NHS Grampian – Internal Audit Recommendations Follow-Up Tracker"
    wb = Workbook()
    ks = wb.active
    ks.title = "Key & summary"
    ks["A1"] = title
    ks["A1"].font = Font(bold=True, size=13)
    ks["A2"] = "Audit and Risk Committee – 10 December 2024"
    ks["A4"] = "Status key (fill colour)"
    ks["A4"].font = Font(bold=True)
    key = [
        ("red", "Red – implementation date passed and action not complete"),
        ("amber", "Amber – action not on target for completion by the agreed/revised date"),
        ("green", "Green – action on target for completion by the agreed/revised date"),
        ("blue", "Blue – action complete and evidence provided to Internal Audit"),
    ]
    for i, (col, text) in enumerate(key):
        ks.cell(5 + i, 1).fill = solid(FILL[col])
        ks.cell(5 + i, 2, text)
    ks["A10"] = "Summary by priority"
    ks["A10"].font = Font(bold=True)
    sm = [("Priority", "Open", "Closed this period"), ("High", 4, 0), ("Medium", 2, 1), ("Low", 0, 1), ("Total", 6, 2)]
    for i, row in enumerate(sm):
        for j, v in enumerate(row):
            c = ks.cell(11 + i, 1 + j, v)
            c.border = BORDER
            if i == 0 or row[0] == "Total":
                c.font = Font(bold=True)
    ks.column_dimensions["A"].width = 14
    ks.column_dimensions["B"].width = 70
    ks.column_dimensions["C"].width = 18

    G1 = "B12/23 – Waiting List Validation (Limited assurance)"
    G2 = "B15/23 – Medical Staff Rostering and Job Planning (Moderate assurance)"
    G3 = "B03/24 – Cyber Security: Third Party Access (Limited assurance)"
    open_rows = [
        ("grp", G1),
        ("B12/23-01", "Management should ensure that the waiting list validation standard operating procedure is updated to reflect current national guidance and is approved by the Planned Care Board.",
         "High", "The validation SOP will be revised in line with the Scottish Government waiting times guidance and submitted to the Planned Care Board for approval.",
         "Head of Access", d(2024, 3, 31), d(2024, 9, 30), 1,
         "SOP approved by Planned Care Board 12/09/2024. Evidence submitted to Internal Audit for closure.", "blue"),
        ("B12/23-02", "Validation activity should be recorded consistently in TrakCare so that the outcome of each validation contact can be evidenced.",
         "Medium", "Develop a TrakCare validation outcome code set and deliver training to all booking and validation staff.",
         "Head of Access / eHealth Applications Manager", d(2024, 6, 30), d(2025, 1, 31), 2,
         "Outcome codes built in the test environment; go-live delayed by the TrakCare upgrade. Training materials drafted.", "amber"),
        ("grp", G2),
        ("B15/23-01", "All consultant job plans should be reviewed and signed off annually through the electronic job planning system.",
         "Medium", "Issue a job planning timetable for 2024/25 and report compliance by division to the Performance Assurance, Finance and Infrastructure Committee.",
         "Deputy Medical Director (Workforce)", d(2024, 8, 31), None, 0,
         "62% of job plans signed off against an 85% trajectory. Escalated to divisional clinical directors.", "red"),
        ("B15/23-02", "The locum approval process should require documented authorisation before bookings above the agreed rate cap are confirmed.",
         "High", "Introduce a two-stage authorisation in the locum booking system for any rate above the national cap, with a monthly exceptions report to the Director of Finance.",
         "Director of People & Culture", d(2024, 12, 31), None, 0,
         "System change specified; user testing planned for November 2024.", "green"),
        ("grp", G3),
        ("B03/24-01", "A complete register of third party suppliers with remote access to NHS Grampian systems should be maintained and reviewed quarterly.",
         "High", "Compile a supplier remote access register from the firewall and VPN configuration and establish a quarterly review by the Information Security Group.",
         "Head of Digital Security", d(2024, 10, 31), d(2024, 12, 31), 1,
         "Register 80% complete; remaining suppliers being validated with contract owners.", "green"),
        ("B03/24-02", "Supplier remote access accounts should be disabled by default and enabled only for the duration of an approved change.",
         "High", "Implement time-limited supplier accounts through the privileged access management tool.",
         "Head of Digital Security", d(2025, 3, 31), None, 0,
         "Funding for privileged access management licences approved. Implementation plan to be agreed.", "green"),
    ]
    op = wb.create_sheet("Open actions")
    op["A1"] = title
    op["A1"].font = Font(bold=True, size=13)
    op["A2"] = "Open recommendations – position at 31 October 2024"
    op["A3"] = "Prepared by: Assistant Director of Finance (Governance)"
    heads = ["Report / Rec No.", "Recommendation", "Priority", "Agreed management action", "Responsible officer",
             "Original target date", "Revised target date", "No. of revisions", "Progress update (October 2024)", "Status"]
    for j, h in enumerate(heads):
        c = op.cell(5, 1 + j, h)
        c.font = Font(bold=True)
        c.fill = solid(FILL["grey"])
        c.alignment = WRAP
        c.border = BORDER
    r = 6
    for row in open_rows:
        if row[0] == "grp":
            c = op.cell(r, 1, row[1])
            c.font = Font(bold=True)
            op.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
            r += 1
            continue
        vals = list(row[:9])
        for j, v in enumerate(vals):
            c = op.cell(r, 1 + j, v)
            c.alignment = WRAP
            c.border = BORDER
            if isinstance(v, dt.datetime):
                c.number_format = "dd-mmm-yy"
        st = op.cell(r, 10)
        st.fill = solid(FILL[row[9]])
        st.border = BORDER
        r += 1
    for j, w in enumerate([13, 48, 9, 48, 24, 11, 11, 9, 42, 9]):
        op.column_dimensions["ABCDEFGHIJ"[j]].width = w

    C1 = "B07/23 – Financial Ledger Controls (Substantial assurance)"
    closed_rows = [
        ("grp", C1),
        ("B07/23-03", "Journal entries above £50,000 should be independently reviewed before posting.", "Medium",
         "Configure the finance system to route journals above £50,000 to a second approver.", "Financial Controller",
         d(2024, 6, 30), d(2024, 8, 15), "Workflow change screenshot and test log reviewed by Internal Audit.", "Closed"),
        ("grp", G1),
        ("B12/23-03", "Patients removed from the waiting list following validation should receive written confirmation.", "Low",
         "Add a standard letter to TrakCare for patients removed from the list after validation.", "Head of Access",
         d(2024, 5, 31), d(2024, 7, 22), "Letter template and a sample of 10 issued letters.", "Closed"),
    ]
    cl = wb.create_sheet("Closed since last report")
    cl["A1"] = "Recommendations closed since the September 2024 Committee"
    cl["A1"].font = Font(bold=True, size=12)
    cheads = ["Report / Rec No.", "Recommendation", "Priority", "Agreed management action", "Responsible officer",
              "Original target date", "Date closed", "Closure evidence", "Status"]
    for j, h in enumerate(cheads):
        c = cl.cell(3, 1 + j, h)
        c.font = Font(bold=True)
        c.fill = solid(FILL["grey"])
        c.border = BORDER
        c.alignment = WRAP
    r = 4
    for row in closed_rows:
        if row[0] == "grp":
            c = cl.cell(r, 1, row[1])
            c.font = Font(bold=True)
            cl.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            continue
        for j, v in enumerate(row):
            c = cl.cell(r, 1 + j, v)
            c.alignment = WRAP
            c.border = BORDER
            if isinstance(v, dt.datetime):
                c.number_format = "dd-mmm-yy"
        cl.cell(r, 9).fill = solid(FILL["blue"])
        r += 1
    for j, w in enumerate([13, 48, 9, 48, 22, 11, 11, 40, 9]):
        cl.column_dimensions["ABCDEFGHI"[j]].width = w
    wb.save(path(name))

    o = {row[0]: row for row in open_rows if row[0] != "grp"}
    c = {row[0]: row for row in closed_rows if row[0] != "grp"}
    actions = [
        act("B12/23-01", [G1, o["B12/23-01"][1]], o["B12/23-01"][3], ["Head of Access"], "2024-09", "blue"),
        act("B12/23-02", [G1, o["B12/23-02"][1]], o["B12/23-02"][3], ["Head of Access", "eHealth Applications Manager"], "2025-01", "amber"),
        act("B15/23-01", [G2, o["B15/23-01"][1]], o["B15/23-01"][3], ["Deputy Medical Director (Workforce)"], "2024-08", "red"),
        act("B15/23-02", [G2, o["B15/23-02"][1]], o["B15/23-02"][3], ["Director of People & Culture"], "2024-12", "green"),
        act("B03/24-01", [G3, o["B03/24-01"][1]], o["B03/24-01"][3], ["Head of Digital Security"], "2024-12", "green"),
        act("B03/24-02", [G3, o["B03/24-02"][1]], o["B03/24-02"][3], ["Head of Digital Security"], "2025-03", "green"),
        act("B07/23-03", [C1, c["B07/23-03"][1]], c["B07/23-03"][3], ["Financial Controller"], "2024-06", "blue"),
        act("B12/23-03", [G1, c["B12/23-03"][1]], c["B12/23-03"][3], ["Head of Access"], "2024-05", "blue"),
    ]
    write_expected(name, {
        "source": (
            "Imitates an NHS Scotland board's internal audit recommendations follow-up report to its Audit and Risk Committee "
            "(NHS Grampian, 2024-25; layout after the NHS Wales/Velindre 'Internal Audit Recommendations / Actions Log' with a "
            "fill-colour key: red = date passed, amber = not on target, green = on target, blue = complete, and columns for "
            "recommendation, priority, management action, responsible lead, original and revised implementation dates, progress). "
            "Copied features: a key and summary sheet, an open-actions sheet grouped by merged audit report rows, status shown "
            "by cell fill only, date cells formatted dd-mmm-yy, number of revisions, and a second sheet of recommendations closed "
            "since the last committee."
        ),
        "reads": (
            "A follow-up tracker of eight internal audit management actions from four audit reports: six still open on the "
            "'Open actions' sheet and two closed on the 'Closed since last report' sheet. Each row gives the auditors' "
            "recommendation, the agreed management action, a responsible officer (a post), original and revised dates, and a "
            "RAG shown only by the colour of the Status cell as defined by the key."
        ),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# 3. NHS Gloucestershire ICB - corporate risk register action tracker (xlsx, refuse)
# ---------------------------------------------------------------------------
def make_glos_icb():
    name = "zgt-nhs-gloucestershire-icb-corporate-risk-register-action-tracker-typo-month-refuse.xlsx"
    title = "Corporate Risk Register – Mitigating Actions Tracker (Quarter 2 2025/26)"
    wb = Workbook()
    ws = wb.active
    ws.title = "CRR actions Q2"
    ws["A1"] = "NHS Gloucestershire Integrated Care Board"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Reported to: Audit and Risk Committee, 20 November 2025"
    heads = ["Risk ID", "Risk description", "Risk owner", "Current score (L x C)", "Target score", "Action ID",
             "Mitigating action", "Action owner", "Due date", "Progress (Q2)", "Action RAG"]
    for j, h in enumerate(heads):
        c = ws.cell(5, 1 + j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = solid("005EB8")
        c.alignment = WRAP
        c.border = BORDER
    risks = [
        ("CRR01", "If urgent and emergency care demand continues to exceed capacity, then ambulance handover delays will persist, resulting in harm to patients waiting in the community.",
         "Chief Operating Officer", "4 x 5 = 20", 12, [
             ("CRR01.1", "Implement the system-wide 45-minute ambulance handover protocol at Gloucestershire Royal Hospital.",
              "Director of Urgent and Emergency Care", d(2025, 10, 31), "Protocol live from 1 October; average handover 52 minutes in October.", "Amber"),
             ("CRR01.2", "Expand the Urgent Community Response service to accept category 3 and 4 calls direct from the ambulance stack.",
              "Deputy Director of Integration", d(2026, 3, 31), "Pilot with SWASFT running in Cheltenham and Tewkesbury localities.", "Green"),
         ]),
        ("CRR04", "If the ICB and system partners do not deliver the 2025/26 efficiency plan, then the system will not achieve a breakeven position and will be subject to enhanced regulatory oversight.",
         "Chief Finance Officer", "4 x 4 = 16", 8, [
             ("CRR04.1", "Agree recurrent efficiency schemes with each provider and track delivery monthly at the System Finance Group.",
              "Director of Finance (Operational)", d(2025, 9, 30), "£6.1m of £9.4m schemes identified as recurrent; gap escalated to Chief Executives.", "Red"),
             ("CRR04.2", "Complete the prescribing efficiency programme review and agree 2026/27 switches with primary care networks.",
              "Head of Medicines Optimisation", d(2025, 12, 31), "Review complete; PCN engagement sessions booked.", "Green"),
         ]),
        ("CRR07", "If waiting times for health assessments and therapies for children and young people with SEND are not reduced, then the ICB will not meet its statutory duties under the Children and Families Act 2014.",
         "Chief Nursing Officer", "4 x 4 = 16", 9, [
             ("CRR07.1", "Commission additional speech and language therapy capacity to clear the backlog of assessments over 18 weeks.",
              "Designated Clinical Officer for SEND", d(2025, 12, 31), "Contract variation signed; 120 additional assessments delivered in Q2.", "Green"),
             ("CRR07.2", "Publish the joint SEND health commissioning plan with Gloucestershire County Council.",
              "Associate Director of Children's Commissioning", "Febuary 2026", "Draft shared with parent carer forum in September.", "Amber"),
         ]),
        ("CRR09", "If the ICB's controls over data security are not maintained, then a cyber incident could disrupt commissioning functions and compromise personal data.",
         "Director of Corporate Affairs", "3 x 4 = 12", 8, [
             ("CRR09.1", "Complete the Data Security and Protection Toolkit improvement plan and submit a 'standards met' return.",
              "Head of Information Governance / SIRO", d(2026, 6, 30), "14 of 19 improvement actions complete.", "Green"),
         ]),
    ]
    rag = {"Red": "red", "Amber": "amber", "Green": "green", "Blue": "blue"}
    r = 6
    typo_row = None
    for rid, desc, owner, cur, tgt, acts in risks:
        start = r
        for a in acts:
            aid, text, aowner, due, prog, status = a
            vals = [aid, text, aowner, due, prog, status]
            for j, v in enumerate(vals):
                c = ws.cell(r, 6 + j, v)
                c.alignment = WRAP
                c.border = BORDER
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(r, 11).fill = solid(FILL[rag[status]])
            if due == "Febuary 2026":
                typo_row = r
            r += 1
        for j, v in enumerate([rid, desc, owner, cur, tgt]):
            c = ws.cell(start, 1 + j, v)
            c.alignment = WRAP
            c.border = BORDER
            if r - 1 > start:
                ws.merge_cells(start_row=start, start_column=1 + j, end_row=r - 1, end_column=1 + j)
    r += 1
    ws.cell(r, 1, "Scoring: Likelihood x Consequence (1–5 each). Action RAG: Green = on track; Amber = some slippage; Red = overdue; Blue = complete.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
    for j, w in enumerate([9, 45, 18, 12, 9, 10, 45, 24, 12, 40, 10]):
        ws.column_dimensions["ABCDEFGHIJK"[j]].width = w

    hm = wb.create_sheet("Risk summary")
    hm["A1"] = "Corporate risks by current score – Q2 2025/26"
    hm["A1"].font = Font(bold=True)
    srows = [("Risk ID", "Q1 score", "Q2 score", "Movement"), ("CRR01", 20, 20, "↔"), ("CRR04", 12, 16, "↑"),
             ("CRR07", 16, 16, "↔"), ("CRR09", 12, 12, "↔")]
    for i, row in enumerate(srows):
        for j, v in enumerate(row):
            c = hm.cell(3 + i, 1 + j, v)
            c.border = BORDER
            if i == 0:
                c.font = Font(bold=True)
    wb.save(path(name))
    assert typo_row == 11, typo_row

    write_expected(name, {
        "source": (
            "Imitates an English integrated care board's corporate risk register mitigating-actions tracker as reported to its "
            "Audit and Risk Committee (NHS Gloucestershire ICB, Q2 2025/26). Copied features: title block with the body and "
            "committee, risk rows with description in 'If ... then ... resulting in' form, risk owner, L x C current and target "
            "scores merged vertically over their actions, action IDs, action owner, due dates as date cells, progress, RAG text "
            "with fill, a scoring/RAG note line and a second 'Risk summary' sheet with score movement."
        ),
        "reads": (
            "A risk register tracker of four corporate risks with seven mitigating actions. Every due date is a real date cell "
            "except the CRR07.2 action on sheet row 11, whose due date is typed as 'Febuary 2026' - a misspelt month that a "
            "careful reader would query before recording the action's end date."
        ),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": 11,
        "title": title,
    })


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


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, m, Cm(1.8))


# ---------------------------------------------------------------------------
# 4. Cwm Taf Morgannwg UHB - HIW Ty Llidiard improvement plan (docx)
# ---------------------------------------------------------------------------
def make_hiw():
    name = "zgt-cwm-taf-morgannwg-uhb-hiw-ty-llidiard-camhs-inspection-improvement-plan.docx"
    title = "HIW Unannounced Mental Health Inspection – Tŷ Llidiard: Improvement Plan"
    doc = Document()
    landscape(doc)
    doc.add_heading(title, level=1)
    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [
        ("Service:", "Tŷ Llidiard, Princess of Wales Hospital, Bridgend"),
        ("Health board:", "Cwm Taf Morgannwg University Health Board"),
        ("Inspection type:", "Unannounced mental health hospital inspection (Specialist CAMHS inpatient unit)"),
        ("Date of inspection:", "3 – 5 June 2024"),
    ]:
        row = info.add_row().cells
        set_cell(row[0], k, bold=True, size=10)
        set_cell(row[1], v, size=10)
    doc.add_paragraph("")
    doc.add_paragraph(
        "The table below includes the improvements identified during the inspection where HIW require the service to "
        "complete an improvement plan telling them about the actions being taken to address these areas.")

    S1 = "Quality of patient experience"
    S2 = "Delivery of safe and effective care"
    S3 = "Quality of management and leadership"
    F4 = "Individual risk assessments were not consistently updated following incidents of self-harm."
    I4 = "The health board must ensure that individual risk assessments are reviewed and updated following every incident of self-harm."
    rows = [
        ("sec", S1),
        ("Young people told us that the garden was not always available in the evenings due to staffing levels.",
         "The health board must ensure that young people have daily access to the garden area, including in the evenings.",
         "Person-centred",
         "Evening access to the garden will be included in the daily safety huddle allocation, with a named member of staff identified on each shift.",
         "Ward Manager", "31 July 2024"),
        ("Information displayed on the unit about advocacy was out of date and not available in Welsh.",
         "The health board must ensure that up to date advocacy information is displayed bilingually on the unit.",
         "Person-centred",
         "Replace all advocacy posters with current bilingual versions supplied by the advocacy provider.\nAdd a check of noticeboard information to the monthly environmental audit.",
         "Senior Nurse Manager / Ward Manager", "August 2024"),
        ("sec", S2),
        ("We found gaps in the recording of clinic room fridge temperatures on nine occasions during May 2024.",
         "The health board must ensure that medication fridge temperatures are monitored and recorded daily in line with policy.",
         "Safe",
         "Fridge temperature recording to be added to the night shift checklist and compliance audited weekly by the deputy ward manager for three months.",
         "Deputy Ward Manager", "End of August 2024"),
        (F4, I4, "Safe",
         "Deliver refresher training on the CAMHS risk assessment and formulation tool to all registered nurses.",
         "Practice Development Nurse, Specialist CAMHS", "30 September 2024"),
        (None, None, None,
         "Introduce a post-incident review prompt in the electronic patient record so that the risk assessment is updated before the end of the shift.",
         "Head of Nursing (CAMHS) / Digital Lead", "November 2024"),
        ("Care and treatment plans did not always record the young person's views.",
         "The health board must ensure that care and treatment plans reflect the views of young people and, where appropriate, their families, in line with the Mental Health (Wales) Measure 2010.",
         "Mental Health (Wales) Measure 2010",
         "Monthly audit of care and treatment plans against the Measure, with results shared at the directorate Quality and Safety meeting.",
         "Consultant Psychiatrist (Clinical Lead)", "Ongoing – monthly audit"),
        ("sec", S3),
        ("Compliance with mandatory restrictive practice reduction (RRN) training was 68%.",
         "The health board must ensure that all staff complete mandatory training in the management of violence and aggression.",
         "Safe",
         "Book all non-compliant staff onto RRN training courses and monitor compliance through the monthly workforce dashboard.",
         "Ward Manager", "31 December 2024"),
        ("Staff told us that they did not always receive feedback on incidents they had reported on Datix.",
         "The health board should ensure that learning from incidents is shared with staff.",
         "Effective",
         "Introduce a monthly 'learning from incidents' bulletin for the unit and make incident learning a standing agenda item at team meetings.",
         "Senior Nurse Manager", "October 2024"),
    ]
    heads = ["Risk/finding/issue", "Improvement needed", "Standard / Regulation", "Service action", "Responsible officer", "Timescale"]
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for j, h in enumerate(heads):
        set_cell(t.rows[0].cells[j], h, bold=True)
        shade(t.rows[0].cells[j], "D9E2F3")
    prev_row = None
    for row in rows:
        cells = t.add_row().cells
        if row[0] == "sec":
            m = cells[0].merge(cells[5])
            set_cell(m, row[1], bold=True, size=10)
            shade(m, "F2F2F2")
            prev_row = None
            continue
        find, imp, std, action, officer, when = row
        if find is None:
            for j in range(3):
                prev_row[j].merge(cells[j])
        else:
            set_cell(cells[0], find)
            set_cell(cells[1], imp)
            set_cell(cells[2], std)
        set_cell(cells[3], action)
        set_cell(cells[4], officer)
        set_cell(cells[5], when)
        prev_row = cells
    doc.add_paragraph("")
    doc.add_paragraph(
        "The following section must be completed by a representative of the service who has overall responsibility and "
        "accountability for ensuring the improvement plan is actioned.")
    sig = doc.add_table(rows=0, cols=2)
    sig.style = "Table Grid"
    for k, v in [("Service representative", ""), ("Name (print):", "Lisa Harries"),
                 ("Job role:", "Director of Operations, Mental Health and Learning Disabilities Care Group"),
                 ("Date:", "12 July 2024")]:
        row = sig.add_row().cells
        set_cell(row[0], k, bold=True, size=10)
        set_cell(row[1], v, size=10)
    doc.save(path(name))

    actions = [
        act(None, [S1, rows[1][1]], rows[1][3], ["Ward Manager"], "2024-07", "unrated"),
        act(None, [S1, rows[2][1]], rows[2][3], ["Senior Nurse Manager", "Ward Manager"], "2024-08", "unrated"),
        act(None, [S2, rows[4][1]], rows[4][3], ["Deputy Ward Manager"], "2024-08", "unrated"),
        act(None, [S2, I4], rows[5][3], ["Practice Development Nurse, Specialist CAMHS"], "2024-09", "unrated"),
        act(None, [S2, I4], rows[6][3], ["Head of Nursing (CAMHS)", "Digital Lead"], "2024-11", "unrated"),
        act(None, [S2, rows[7][1]], rows[7][3], ["Consultant Psychiatrist (Clinical Lead)"], None, "unrated", end_text="Ongoing – monthly audit"),
        act(None, [S3, rows[9][1]], rows[9][3], ["Ward Manager"], "2024-12", "unrated"),
        act(None, [S3, rows[10][1]], rows[10][3], ["Senior Nurse Manager"], "2024-10", "unrated"),
    ]
    write_expected(name, {
        "source": (
            "Imitates the improvement plan a Welsh health board returns to Healthcare Inspectorate Wales after an unannounced "
            "mental health hospital inspection (HIW report appendix 'Improvement plan'; Cwm Taf Morgannwg UHB, Tŷ Llidiard "
            "CAMHS unit, 2024). Copied features: service/inspection details table, HIW's standard columns Risk/finding/issue | "
            "Improvement needed | Standard / Regulation | Service action | Responsible officer | Timescale, full-width merged "
            "section rows for HIW's three themes, one finding merged over two service actions, a two-line service action, job "
            "titles as responsible officers (one with a comma), timescales as dates, months and 'Ongoing', no status column, and "
            "the closing service representative sign-off table."
        ),
        "reads": (
            "A Word improvement plan with one action table under HIW's three theme rows: eight service actions, each answering "
            "the 'improvement needed' beside it. The plan carries no refs and no progress or RAG, so every action is unrated; the "
            "details and sign-off tables are not part of the plan."
        ),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# 5. Sanders Park Care Home - CQC inspection action plan (docx)
# ---------------------------------------------------------------------------
def make_carehome():
    name = "zgt-sanders-park-care-home-bromsgrove-cqc-inspection-action-plan.docx"
    title = "Sanders Park Care Home – CQC Inspection Action Plan"
    doc = Document()
    landscape(doc)
    doc.add_heading(title, level=1)
    doc.add_paragraph("Provider: Care UK Community Partnerships Ltd    Location: Sanders Park, Bromsgrove")
    doc.add_paragraph("Inspection: 14 and 15 January 2025 (report published 11 March 2025) – overall rating Requires Improvement")
    dc = doc.add_table(rows=1, cols=4)
    dc.style = "Table Grid"
    for j, h in enumerate(["Version", "Date", "Updated by", "Comments"]):
        set_cell(dc.rows[0].cells[j], h, bold=True)
    for row in [("1", "25/03/2025", "Home Manager", "Action plan submitted to CQC"),
                ("2", "30/05/2025", "Home Manager", "Progress update for Regional Director review")]:
        cells = dc.add_row().cells
        for j, v in enumerate(row):
            set_cell(cells[j], v)
    doc.add_paragraph("RAG: Complete – action finished and checked | Green – on track | Amber – some delay | Red – not met")

    S1 = "1. Safe – Regulation 12: Safe care and treatment"
    S2 = "2. Effective – Regulation 11: Need for consent"
    S3 = "3. Well-led – Regulation 17: Good governance"
    F11 = "Topical medicine administration records were not always completed, so we could not be sure people received their creams as prescribed."
    F12 = "Risks associated with people's diabetes were not assessed and there was no guidance for staff on the signs of hypo- or hyperglycaemia."
    F21 = "Mental capacity assessments had not been completed for people who had bed rails or sensor mats in place."
    F31 = "Audits had not identified the shortfalls found at this inspection."
    F33 = "Staff supervision had not taken place in line with the provider's policy."
    F34 = "People and relatives were not always asked for their views about the service."
    sections = [
        (S1, [
            ("1.1", F11, "Introduce electronic topical MAR charts on the eMAR system for all people prescribed creams.",
             "Clinical Lead", "28/02/2025", "Live on all three floors from 17/02/2025.", "Complete"),
            ("1.2", F12, "Complete a diabetes risk assessment and care plan for each of the 7 people living with diabetes.",
             "Clinical Lead and Deputy Manager", "31/03/2025", "7 of 7 completed and reviewed with the GP practice nurse.", "Complete"),
            ("1.3", None, "Deliver diabetes awareness training to all care staff, including recognising and responding to hypoglycaemia.",
             "Home Manager", "End of May 2025", "82% of care staff trained; remaining sessions booked for June.", "Amber"),
        ]),
        (S2, [
            ("2.1", F21, "Review all restrictive practices in the home and complete decision-specific mental capacity assessments and best interest decisions where required.",
             "Deputy Manager", "30/04/2025", "Reviews completed for 18 people; 3 best interest meetings awaiting family availability.", "Green"),
        ]),
        (S3, [
            ("3.1", F31, "Revise the monthly medication and care plan audits so that actions are recorded with an owner and date, and checked at the next audit.",
             "Home Manager", "31/03/2025", "New audit tool in use from March; checked by the Regional Quality Partner at the April visit.", "Complete"),
            ("3.2", None, "Hold a monthly clinical governance meeting chaired by the Home Manager and attended by the Clinical Lead, Deputy Manager and Head of Care.",
             "Home Manager", "Monthly", "Meetings held February, March, April and May.", "Green"),
            ("3.3", F33, "Create a supervision matrix and ensure each member of staff receives supervision every eight weeks.",
             "Deputy Manager / Head of Care", "30/06/2025", "Matrix in place; 64% of staff in date.", "Amber"),
            ("3.4", F34, "Set up a 'You said, we did' board and hold quarterly residents' and relatives' meetings.",
             "Activities Coordinator", "September 2025", "", "Not started"),
        ]),
    ]
    rag_shade = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    heads = ["No.", "What CQC found", "Action we will take", "Lead", "Target date", "Progress update (May 2025)", "RAG"]
    for sec, items in sections:
        doc.add_heading(sec, level=2)
        t = doc.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        for j, h in enumerate(heads):
            set_cell(t.rows[0].cells[j], h, bold=True)
            shade(t.rows[0].cells[j], "E7E6E6")
        prev = None
        for ref, find, action, lead, when, prog, rag in items:
            cells = t.add_row().cells
            set_cell(cells[0], ref)
            if find is None:
                prev[1].merge(cells[1])
            else:
                set_cell(cells[1], find)
            set_cell(cells[2], action)
            set_cell(cells[3], lead)
            set_cell(cells[4], when)
            set_cell(cells[5], prog)
            set_cell(cells[6], rag)
            if rag in rag_shade:
                shade(cells[6], rag_shade[rag])
            prev = cells
    doc.add_paragraph("")
    doc.add_paragraph("Action plan owner: Home Manager. Progress is reviewed monthly with the Regional Director and shared with Worcestershire County Council quality team.")
    doc.save(path(name))

    it = {i[0]: i for _, items in sections for i in items}
    actions = [
        act("1.1", [S1, F11], it["1.1"][2], ["Clinical Lead"], "2025-02", "blue"),
        act("1.2", [S1, F12], it["1.2"][2], ["Clinical Lead", "Deputy Manager"], "2025-03", "blue"),
        act("1.3", [S1, F12], it["1.3"][2], ["Home Manager"], "2025-05", "amber"),
        act("2.1", [S2, F21], it["2.1"][2], ["Deputy Manager"], "2025-04", "green"),
        act("3.1", [S3, F31], it["3.1"][2], ["Home Manager"], "2025-03", "blue"),
        act("3.2", [S3, F31], it["3.2"][2], ["Home Manager"], None, "green", end_text="Monthly"),
        act("3.3", [S3, F33], it["3.3"][2], ["Deputy Manager", "Head of Care"], "2025-06", "amber"),
        act("3.4", [S3, F34], it["3.4"][2], ["Activities Coordinator"], "2025-09", "unrated"),
    ]
    write_expected(name, {
        "source": (
            "Imitates a care home's action plan returned to CQC after a 'Requires Improvement' inspection with breaches of "
            "Regulations 12, 11 and 17 (Sanders Park Care Home, Bromsgrove, 2025; the provider-completed 'what we will do' "
            "plan that CQC requests within 28 days, as kept by the home manager for regional review). Copied features: title "
            "and provider/inspection lines, a version table, a RAG key line in which Complete is its own rating, one Word table "
            "per key question/regulation under a numbered heading, the CQC finding beside its actions (merged over two actions "
            "twice), job titles as leads, target dates as dd/mm/yyyy, 'End of May 2025', 'Monthly' and a month, RAG words with "
            "cell shading, and a closing note paragraph."
        ),
        "reads": (
            "Three sections, one per breached regulation, each with its own table: eight actions numbered 1.1-3.4, each "
            "answering the CQC finding beside it. Statuses are Complete (blue), Green, Amber and one Not started (unrated)."
        ),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# 6. CNTW - IPC board assurance framework gaps action plan (csv)
# ---------------------------------------------------------------------------
def make_cntw():
    name = "zgt-cumbria-northumberland-tyne-and-wear-nhsft-ipc-baf-action-plan.csv"
    title = "Infection Prevention and Control Board Assurance Framework – Gaps in Assurance Action Plan 2024/25"
    C1 = "Criterion 1: Systems to manage and monitor the prevention and control of infection, using risk assessments that consider the susceptibility of service users"
    C2 = "Criterion 2: Provide and maintain a clean and appropriate environment in managed premises that facilitates the prevention and control of infections"
    C3 = "Criterion 3: Ensure appropriate antimicrobial use and stewardship to optimise outcomes and reduce the risk of adverse events and antimicrobial resistance"
    C6 = "Criterion 6: Systems are in place to ensure that all care workers are aware of and discharge their responsibilities in preventing and controlling infection"
    C9 = "Criterion 9: Have and adhere to policies designed for the individual's care and provider organisations that will help to prevent and control infections"
    rows = [
        ("crit", C1),
        ("1.1", "IPC nurse cover for the North Cumbria locality relies on one WTE post with no cross-cover.",
         "Recruit a Band 6 IPC nurse for North Cumbria and agree cross-cover arrangements with the North Locality Care Group.",
         "Deputy Director of IPC", "30/09/2024", "Interviews held 02/07/2024; preferred candidate in pre-employment checks.", "G"),
        ("1.2", "Hand hygiene and environmental audit compliance is not reported for community teams.",
         "Extend the IPC audit programme to community teams using the Tendable app, with quarterly results to the IPC Committee.",
         "Modern Matron – IPC; Community Business Manager", "Q3 2024/25", "Community audit questions built; pilot in Northumberland community teams from July.", "A"),
        ("crit", C2),
        ("2.1", "Cleaning efficacy audits are not completed at the required frequency on three inpatient wards at Hopewood Park.",
         "Agree an efficacy audit schedule with the Estates and Facilities team and report compliance monthly to the IPC Committee.",
         "Associate Director of Estates & Facilities", "Jun-24", "Schedule not yet agreed; escalated to Estates and Facilities Group.", "R"),
        ("2.2", "Water Safety Group minutes do not evidence review of flushing records for low-use outlets.",
         "• Add flushing record review as a standing item on the Water Safety Group agenda\n• Introduce a monthly exception report from the Authorising Engineer (Water)",
         "Head of Estates Compliance", "31/08/2024", "Agenda updated for July meeting; first exception report due August.", "G"),
        ("crit", C3),
        ("3.1", "No antimicrobial prescribing audit has been completed since the move to the new ePMA system.",
         "Complete a point prevalence audit of antimicrobial prescribing across inpatient wards using ePMA data.",
         "Lead Pharmacist – Antimicrobial Stewardship", "30/06/2024", "Audit completed 28/05/2024; reported to Drugs and Therapeutics Committee in June.", "Complete"),
        ("crit", C6),
        ("6.1", "Level 2 IPC training compliance is 79% against a Trust target of 85%.",
         "Send monthly compliance lists to care group managers and provide additional virtual training sessions.",
         "IPC Team", "Ongoing", "Compliance 81% at end of July.", "A"),
        ("6.2", "FFP3 fit testing records are held locally and cannot be reported centrally.",
         "Move fit testing records onto the Electronic Staff Record and provide a monthly report to care groups.",
         "Head of Health, Safety and Security", "31/12/2024", "", "G"),
        ("crit", C9),
        ("9.1", "Four IPC policies are past their review date.",
         "Review and ratify the four overdue IPC policies through the IPC Committee.",
         "Deputy Director of IPC", "31 October 2024", "Two policies out for consultation.", "G"),
    ]
    ncol = 7
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    pad = lambda xs: list(xs) + [""] * (ncol - len(xs))
    w.writerow(pad(["Cumbria, Northumberland, Tyne and Wear NHS Foundation Trust"]))
    w.writerow(pad([title]))
    w.writerow(pad(["Version 2.1 – position at 31 July 2024 – reported to Quality and Performance Committee"]))
    w.writerow(pad([]))
    w.writerow(["Ref", "Gap in assurance", "Mitigating action", "Lead(s)", "Target date", "Update", "RAG"])
    for row in rows:
        if row[0] == "crit":
            w.writerow(pad([row[1]]))
        else:
            w.writerow(list(row))
    w.writerow(pad([]))
    w.writerow(pad(["Summary: 8 actions – Complete 1, G 4, A 2, R 1"]))
    w.writerow(pad(["RAG key: Complete = action delivered and evidence received; G = on track; A = at risk of delay; R = overdue"]))
    with open(path(name), "w", encoding="utf-8-sig", newline="") as fh:
        fh.write(buf.getvalue())

    a = {r[0]: r for r in rows if r[0] != "crit"}
    actions = [
        act("1.1", [C1, a["1.1"][1]], a["1.1"][2], ["Deputy Director of IPC"], "2024-09", "green"),
        act("1.2", [C1, a["1.2"][1]], a["1.2"][2], ["Modern Matron – IPC", "Community Business Manager"], "2024-12", "amber", end_text="Q3 2024/25"),
        act("2.1", [C2, a["2.1"][1]], a["2.1"][2], ["Associate Director of Estates & Facilities"], "2024-06", "red"),
        act("2.2", [C2, a["2.2"][1]], a["2.2"][2], ["Head of Estates Compliance"], "2024-08", "green"),
        act("3.1", [C3, a["3.1"][1]], a["3.1"][2], ["Lead Pharmacist – Antimicrobial Stewardship"], "2024-06", "blue"),
        act("6.1", [C6, a["6.1"][1]], a["6.1"][2], ["IPC Team"], None, "amber", end_text="Ongoing"),
        act("6.2", [C6, a["6.2"][1]], a["6.2"][2], ["Head of Health, Safety and Security"], "2024-12", "green"),
        act("9.1", [C9, a["9.1"][1]], a["9.1"][2], ["Deputy Director of IPC"], "2024-10", "green"),
    ]
    write_expected(name, {
        "source": (
            "Imitates a mental health foundation trust's action plan for the gaps identified in its NHS England Infection "
            "Prevention and Control Board Assurance Framework self-assessment (CNTW, 2024/25), as exported to CSV from the "
            "Excel workbook taken to the Quality and Performance Committee (cf. The Christie's IPC BAF board paper: criterion "
            "headings, key lines of enquiry, evidence, gaps in assurance, mitigating actions). Copied features: title lines with "
            "the trust name, version and position date, criterion heading rows (the Code of Practice criteria, numbered), gap in "
            "assurance beside each mitigating action, leads as posts (two separated by a semicolon; one with commas inside the "
            "title), target dates as dd/mm/yyyy, 'Jun-24', 'Q3 2024/25', '31 October 2024' and 'Ongoing', a bulleted two-line "
            "action in a quoted multi-line cell, a summary line and a RAG key line."
        ),
        "reads": (
            "A CSV with eight mitigating actions under five IPC criterion rows, each action answering the gap in assurance "
            "written beside it, with a lead, target date, update and RAG (Complete, G, A, R) as the key line defines."
        ),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# 7. EEAST - well-led review recommendations action plan (tab-separated txt)
# ---------------------------------------------------------------------------
def make_eeast():
    name = "zgt-east-of-england-ambulance-service-nhs-trust-well-led-review-action-plan.txt"
    title = "Well-Led Review 2023 – Recommendations Action Plan"
    K1 = "KLOE 1 – Leadership capacity and capability"
    K2 = "KLOE 2 – Vision and strategy"
    K3 = "KLOE 3 – Culture"
    K4 = "KLOE 4 – Governance and management"
    K6 = "KLOE 6 – Information management"
    K8 = "KLOE 8 – Continuous improvement"
    R1 = "The Board should agree a development programme that addresses the findings of this review, including unitary board behaviours and the balance between assurance and strategy."
    R2 = "The Trust should refresh its clinical strategy and ensure it is clearly linked to the annual operational plan and the ICBs' joint forward plans."
    R3 = "The Trust should continue to prioritise action on sexual safety, bullying and harassment, and evaluate the impact of the actions already taken."
    R4 = "Board committees should receive assurance reports that set out the level of assurance and any gaps in control, rather than operational detail."
    R5 = "The Trust should improve the timeliness and accuracy of the hear and treat and see and treat data reported to the Board."
    R6 = "The Trust should embed a single quality improvement methodology and build QI capability across the workforce."
    rows = [
        ("R1", K1, R1, "1.1", "Commission an externally facilitated Board development programme with sessions scheduled through 2024.",
         "Chair", "Dec-23", "Apr-24", "Provider appointed; first session 10 April 2024.", "On Track"),
        ("", "", "", "1.2", "Introduce a meeting effectiveness review at the end of each public Board meeting.",
         "Director of Corporate Affairs and Performance", "Jan-24", "", "In place from the January 2024 Board.", "Complete"),
        ("R2", K2, R2, "2.1", "Refresh the clinical strategy with engagement from staff, system partners and patient representatives.",
         "Medical Director / Director of Strategy", "Mar-24", "Jul-24", "Engagement events delayed by operational pressures in December and January.", "At Risk"),
        ("R3", K3, R3, "3.1", "Publish a sexual safety charter action plan and report progress quarterly to the People Committee.",
         "Chief People Officer", "Feb-24", "", "Charter signed; action plan approved by People Committee 22/02/2024.", "Complete"),
        ("", "", "", "3.2", "Commission an independent evaluation of the Freedom to Speak Up and culture programmes.",
         "Chief People Officer; Freedom to Speak Up Guardian", "Jun-24", "", "Specification drafted.", "On Track"),
        ("R4", K4, R4, "4.1", "Introduce a standard committee assurance report template with an assurance rating (substantial, reasonable, limited, no assurance).",
         "Director of Corporate Affairs and Performance", "Mar-24", "", "Template agreed by Audit Committee; in use from the March cycle.", "On Track"),
        ("", "", "", "4.2", "Review committee terms of reference and the Board Assurance Framework to remove duplication between the Quality Governance Committee and the Performance and Finance Committee.",
         "Director of Corporate Affairs and Performance", "Q1 2024/25", "", "Not yet started – scheduled after the BAF refresh.", "Not Started"),
        ("R5", K6, R5, "5.1", "Validate the integrated performance report metrics with the Business Intelligence team and publish a data quality kite-mark for each metric.",
         "Chief Operating Officer", "Dec-23", "May-24", "Kite-mark agreed for 14 of 32 metrics; remaining metrics delayed by the CAD upgrade.", "Off Track"),
        ("R6", K8, R6, "6.1", "Train 200 staff in the Trust QI methodology (foundation level).",
         "Chief Nurse", "Mar-25", "", "86 staff trained to date.", "On Track"),
    ]
    lines = [
        "East of England Ambulance Service NHS Trust",
        title,
        "Trust Board (Public) – 13 March 2024 – Appendix A",
        "",
        "\t".join(["Rec", "Well-led KLOE", "Recommendation", "Action ref", "Action", "Executive lead",
                   "Original deadline", "Revised deadline", "Update (February 2024)", "Status"]),
    ]
    for row in rows:
        lines.append("\t".join(row))
    lines += [
        "",
        "Status key: Complete = Blue; On Track = Green; At Risk = Amber; Off Track = Red; Not Started = Grey",
        "Source: Trust action tracker (SharePoint) export 28/02/2024. Actions closed at the January Board are not shown.",
    ]
    with open(path(name), "w", encoding="utf-8", newline="") as fh:
        fh.write("\r\n".join(lines) + "\r\n")

    actions = [
        act("1.1", [K1, R1], rows[0][4], ["Chair"], "2024-04", "green"),
        act("1.2", [K1, R1], rows[1][4], ["Director of Corporate Affairs and Performance"], "2024-01", "blue"),
        act("2.1", [K2, R2], rows[2][4], ["Medical Director", "Director of Strategy"], "2024-07", "amber"),
        act("3.1", [K3, R3], rows[3][4], ["Chief People Officer"], "2024-02", "blue"),
        act("3.2", [K3, R3], rows[4][4], ["Chief People Officer", "Freedom to Speak Up Guardian"], "2024-06", "green"),
        act("4.1", [K4, R4], rows[5][4], ["Director of Corporate Affairs and Performance"], "2024-03", "green"),
        act("4.2", [K4, R4], rows[6][4], ["Director of Corporate Affairs and Performance"], "2024-06", "unrated", end_text="Q1 2024/25"),
        act("5.1", [K6, R5], rows[7][4], ["Chief Operating Officer"], "2024-05", "red"),
        act("6.1", [K8, R6], rows[8][4], ["Chief Nurse"], "2025-03", "green"),
    ]
    write_expected(name, {
        "source": (
            "Imitates an ambulance trust's action plan responding to an independent developmental well-led review, as an "
            "appendix to a public Trust Board paper exported from the trust's SharePoint action tracker as tab-separated text "
            "(East of England Ambulance Service NHS Trust, 2024; cf. EEAST's published integrated plan after its independent "
            "governance review). Copied features: three title lines, a header row, the well-led KLOE and the review's "
            "recommendation on the first action row only with continuation rows left blank, action refs, executive leads as "
            "posts (two joined by '/' or ';'), original and revised deadlines as Mmm-yy and a financial quarter, a status word "
            "column and a closing status key and source note."
        ),
        "reads": (
            "A tab-separated list of nine actions answering six review recommendations, grouped by well-led KLOE. Continuation "
            "rows belong to the recommendation above; the revised deadline is the end where given, and the status words map to "
            "colours through the key line (Not Started = grey, read as unrated)."
        ),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


if __name__ == "__main__":
    make_ockenden()
    make_grampian()
    make_glos_icb()
    make_hiw()
    make_carehome()
    make_cntw()
    make_eeast()
    print("done")
