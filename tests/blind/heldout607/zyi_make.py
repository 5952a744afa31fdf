"""Build the seven zyi- blind test files (set heldout607).

Run with /work/main/.venv/bin/python zyi_make.py ; files are written beside this script.
Each data block below holds the cell text exactly as it appears in the file; the expected
readings (.expected.yaml) are written separately from the same text.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0", "C": "0070C0",
    "grey": "D9D9D9", "head": "1F3864", "band": "DDEBF7", "pale": "F2F2F2",
}


def solid(hexcol):
    return PatternFill(fill_type="solid", start_color=hexcol, end_color=hexcol)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def D(y, m, d):
    return dt.datetime(y, m, d)


# ---------------------------------------------------------------------------
# 1. Oxfordshire County Council - strategic risk register (xlsx)
# ---------------------------------------------------------------------------
OXON_FILE = "zyi-oxfordshire-county-council-strategic-risk-register-2025-26.xlsx"
OXON_TITLE = "Strategic Risk Register – Further Mitigating Actions"
OXON_RISKS = [
    {
        "risk": "SR01 Medium-term financial sustainability",
        "owner": "Executive Director of Resources and Section 151 Officer",
        "score": "16 (4 x 4)", "score_fill": "R", "target": "9",
        "actions": [
            ("SR01.1",
             "Deliver the 2025/26 savings programme of £32.4m, with monthly tracking of delivery through the Budget Board.",
             "Director of Financial and Commercial Services", D(2026, 3, 31), None, "A", "A",
             "£25.1m of savings forecast to be delivered. Mitigations for the £7.3m shortfall to be agreed by SLT in November."),
            ("SR01.2",
             "Refresh the Medium Term Financial Strategy to reflect the outcome of the Fair Funding Review 2.0 consultation.",
             "Head of Corporate Finance", D(2025, 12, 31), D(2026, 2, 28), "G", "A",
             "Settlement now expected late December; MTFS refresh moved to the February budget round."),
            ("SR01.3",
             "Agree a High Needs Block deficit management plan with Schools Forum and submit it to the Department for Education.",
             "Director of Children’s Services / Head of Corporate Finance", D(2025, 9, 30), None, "A", "C",
             "Plan agreed by Schools Forum on 17 September and submitted to DfE."),
        ],
    },
    {
        "risk": "SR02 Demand for adult social care",
        "owner": "Director of Adult Social Care",
        "score": "15 (3 x 5)", "score_fill": "R", "target": "10",
        "actions": [
            ("SR02.1",
             "Expand the reablement service so that 70% of people leaving hospital with care needs receive reablement first.",
             "Deputy Director – Commissioning", "Q4 2025/26", None, "G", "G",
             "64% in September (52% in April). Additional hospital discharge team recruited."),
            ("SR02.2",
             "Complete the home care market sustainability review and agree the 2026/27 fee uplift.",
             "Head of Commissioning (Age Well)", D(2026, 1, 31), None, "G", "G",
             "Provider engagement sessions held in August; cost of care returns received from 41 providers."),
            ("SR02.3",
             "Embed the Adult Social Care Practice Framework and audit compliance quarterly.",
             "Principal Social Worker", "Ongoing", None, "G", "G",
             "Q2 audit: 78% of case files met the framework standard."),
        ],
    },
    {
        "risk": "SR03 Cyber security and resilience",
        "owner": "Director of IT, Innovation and Digital",
        "score": "20 (4 x 5)", "score_fill": "R", "target": "12",
        "actions": [
            ("SR03.1",
             "Achieve Cyber Assessment Framework (CAF) baseline compliance for all critical systems.",
             "Head of IT Security", D(2025, 10, 31), D(2026, 3, 31), "A", "R",
             "Two legacy social care systems cannot meet the baseline until migration. Exception reported to SLT."),
            ("SR03.2",
             "Run a corporate cyber incident exercise with the Strategic Leadership Team and business continuity leads.",
             "Head of IT Security; Emergency Planning Manager", D(2025, 11, 30), None, "G", "G",
             "Exercise booked for 19 November with the LGA cyber team."),
            ("SR03.3",
             "Replace end-of-life network switches at County Hall and the four main council hubs.",
             "IT Infrastructure Manager", D(2025, 6, 30), D(2025, 12, 31), "A", "A",
             "County Hall and Abingdon complete; Banbury, Bicester and Witney scheduled for November and December."),
        ],
    },
    {
        "risk": "SR04 Home to school transport – SEND demand and cost",
        "owner": "Director of Children’s Services",
        "score": "16 (4 x 4)", "score_fill": "R", "target": "8",
        "actions": [
            ("SR04.1",
             "Review the SEND home to school transport policy and consult on changes to take effect from September 2026.",
             "Head of SEND", "June 2026", None, "G", "G",
             "Cabinet approved consultation on 21 October; consultation runs to 12 January 2026."),
            ("SR04.2",
             "Expand independent travel training to 120 young people a year.",
             "Travel Training Co-ordinator", D(2026, 7, 31), None, "G", "A",
             "58 young people trained to date; vacancy in the team is slowing delivery."),
        ],
    },
]


def build_oxon():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "Oxfordshire County Council"
    ws["A1"].font = Font(bold=True, size=16)
    ws["A2"] = "Strategic Risk Register 2025/26"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Quarter 2 position – reported to Audit & Governance Committee, 26 November 2025"
    ws["A5"] = "Document control"
    ws["A5"].font = Font(bold=True)
    rows = [
        ("Version", "Date", "Author", "Change"),
        ("0.1", D(2025, 10, 8), "Corporate Risk Manager", "Q2 refresh following Strategic Leadership Team review"),
        ("0.2", D(2025, 10, 22), "Corporate Risk Manager", "Risk and action owner updates incorporated"),
        ("1.0", D(2025, 11, 5), "Director of Law and Governance", "Approved for publication"),
    ]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = ws.cell(row=6 + i, column=1 + j, value=v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if i == 0:
                c.font = Font(bold=True, color="FFFFFF")
                c.fill = solid(FILL["head"])
    for col, w in zip("ABCD", (10, 14, 34, 60)):
        ws.column_dimensions[col].width = w

    # key sheet
    ks = wb.create_sheet("Risk Key")
    ks["A1"] = "Risk scoring and action status key"
    ks["A1"].font = Font(bold=True, size=13)
    ks["A3"] = "Risk score (Likelihood x Impact)"
    ks["A3"].font = Font(bold=True)
    for i, (band, txt, col) in enumerate([
        ("15 – 25", "High – managed by SLT, reported to Cabinet", "R"),
        ("8 – 12", "Medium – managed by directorate leadership team", "A"),
        ("1 – 6", "Low – managed within service", "G"),
    ]):
        ks.cell(row=4 + i, column=1, value=band).fill = solid(FILL[col])
        ks.cell(row=4 + i, column=2, value=txt)
    ks["A8"] = "Action status"
    ks["A8"].font = Font(bold=True)
    for i, (k, txt) in enumerate([
        ("G", "On track to deliver by the target date"),
        ("A", "Some slippage – expected to be delivered within tolerance"),
        ("R", "Off track – will not be delivered by the target date without intervention"),
        ("C", "Complete"),
    ]):
        c = ks.cell(row=9 + i, column=1, value=k)
        c.fill = solid(FILL[k])
        c.alignment = Alignment(horizontal="center")
        ks.cell(row=9 + i, column=2, value=txt)
    ks.column_dimensions["A"].width = 12
    ks.column_dimensions["B"].width = 80

    ws = wb.create_sheet("SRR Q2")
    heads = ["Strategic risk", "Risk owner", "Current score (L x I)", "Target score", "Ref",
             "Further mitigating action", "Action owner", "Original target date",
             "Revised target date", "Q1 RAG", "Q2 RAG", "Q2 update"]
    ws["A1"] = OXON_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:L1")
    ws["A2"] = "Position at 30 September 2025. Revised target dates are shown where an owner has requested a change."
    ws.merge_cells("A2:L2")
    hr = 4
    for j, h in enumerate(heads, 1):
        c = ws.cell(row=hr, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = solid(FILL["head"])
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    r = hr + 1
    for risk in OXON_RISKS:
        first = r
        for (ref, act, lead, orig, rev, q1, q2, upd) in risk["actions"]:
            vals = [None, None, None, None, ref, act, lead, orig, rev, q1, q2, upd]
            for j, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            for j, v in ((10, q1), (11, q2)):
                c = ws.cell(row=r, column=j)
                c.fill = solid(FILL[v])
                c.alignment = Alignment(horizontal="center", vertical="top")
            r += 1
        last = r - 1
        ws.cell(row=first, column=1, value=risk["risk"]).font = Font(bold=True)
        ws.cell(row=first, column=2, value=risk["owner"])
        ws.cell(row=first, column=3, value=risk["score"]).fill = solid(FILL[risk["score_fill"]])
        ws.cell(row=first, column=4, value=risk["target"])
        for j in range(1, 5):
            ws.cell(row=first, column=j).alignment = WRAP
            if last > first:
                ws.merge_cells(start_row=first, start_column=j, end_row=last, end_column=j)
    r += 1
    ws.cell(row=r, column=1, value="Note: revised target dates were agreed by the Strategic Leadership Team on 15 October 2025.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=12)
    widths = [30, 28, 12, 9, 9, 55, 30, 13, 13, 7, 7, 55]
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(j)].width = w
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, OXON_FILE))


# ---------------------------------------------------------------------------
# 2. Crawley Borough Council - SIAP management actions tracker (xlsx, refuse)
# ---------------------------------------------------------------------------
CRAWLEY_FILE = "zyi-crawley-bc-siap-internal-audit-management-actions-tracker-typo-month-refuse.xlsx"
CRAWLEY_AUDITS = [
    ("Housing Compliance – Gas Safety", "2024/25", "Limited", [
        ("1", "Landlord gas safety records were overdue for 14 council dwellings at the time of testing.",
         "Introduce a weekly exception report of dwellings within 30 days of gas safety record expiry, reviewed by the Compliance Manager.",
         "High", "Compliance Manager", D(2025, 3, 31), "Sep-2025", "Complete",
         "Weekly report in place since August; no overdue records at 31 October."),
        ("2", "The no-access procedure was not consistently followed before forced entry was considered.",
         "Revise the no-access procedure and brief all Crawley Homes tenancy and repairs staff.",
         "High", "Head of Crawley Homes", D(2025, 3, 31), "Dec-2025", "In progress",
         "Revised procedure drafted; staff briefings booked for November."),
    ]),
    ("Procurement and Contract Management", "2024/25", "Reasonable", [
        ("1", "The contracts register did not include 9 contracts over £25,000.",
         "Reconcile the contracts register to creditor payments quarterly and publish the updated register.",
         "Medium", "Procurement Manager", D(2025, 6, 30), "Jan-2O26", "In progress",
         "First reconciliation complete; publication delayed by the new e-tendering system."),
        ("2", "Waivers of Contract Procedure Rules were not always approved before the contract start date.",
         "Add a waiver approval check to the purchase order workflow in the finance system.",
         "Medium", "Head of Corporate Finance", D(2025, 6, 30), "Mar-2026", "In progress",
         "Change request raised with the system supplier."),
    ]),
    ("Council Tax Reduction", "2025/26", "Reasonable", [
        ("1", "Change of circumstances notifications were not processed within the 14 day target in 6 of 25 cases sampled.",
         "Report processing times for changes of circumstances to the Revenues and Benefits management team monthly.",
         "Low", "Revenues and Benefits Manager", D(2025, 12, 31), "", "Not started",
         "Report to be produced from December."),
    ]),
    ("Cyber Security – Patch Management", "2025/26", "Limited", [
        ("1", "Critical security patches were applied to servers on average 38 days after release.",
         "Apply critical patches within 14 days and report compliance to the Information Governance Group.",
         "High", "Head of Digital and Technology", D(2025, 11, 30), "", "In progress",
         "Compliance at 82% in October."),
        ("2", "Two unsupported operating systems remain in use on the depot network.",
         "Decommission or isolate the unsupported systems at the Depot.",
         "High", "Infrastructure Manager", D(2025, 12, 31), "Feb-2026", "In progress",
         "Replacement hardware ordered."),
    ]),
]
CRAWLEY_TYPO = "Jan-2O26"


def build_crawley():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = "Crawley Borough Council – Internal Audit management actions"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Summary of open and closed actions at 31 October 2025"
    heads = ["Priority", "Complete", "In progress", "Not started", "Total"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = solid(FILL["grey"])
        c.border = BOX
    counts = {"High": [1, 3, 0], "Medium": [0, 2, 0], "Low": [0, 0, 1]}
    r = 5
    for p, (a, b, cc) in counts.items():
        for j, v in enumerate([p, a, b, cc, a + b + cc], 1):
            ws.cell(row=r, column=j, value=v).border = BOX
        r += 1
    for j, v in enumerate(["Total", 1, 5, 1, 7], 1):
        c = ws.cell(row=r, column=j, value=v)
        c.font = Font(bold=True)
        c.border = BOX
    ws.column_dimensions["A"].width = 14

    ws = wb.create_sheet("Management actions")
    ws["A1"] = "Crawley Borough Council"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internal Audit – Management Actions Tracker"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Southern Internal Audit Partnership (SIAP) – position as at 31 October 2025"
    heads = ["Audit", "Year", "Assurance opinion", "Action no.", "Observation", "Agreed management action",
             "Priority", "Responsible officer", "Original due date", "Revised due date", "Status",
             "Management update"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = solid(FILL["head"])
        c.alignment = Alignment(wrap_text=True)
        c.border = BOX
    r = 6
    typo_row = None
    for (audit, year, opinion, acts) in CRAWLEY_AUDITS:
        first = r
        for (no, obs, act, pri, lead, orig, rev, status, upd) in acts:
            vals = [None, None, None, no, obs, act, pri, lead, orig, rev or None, status, upd]
            for j, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if rev == CRAWLEY_TYPO:
                typo_row = r
            r += 1
        last = r - 1
        ws.cell(row=first, column=1, value=audit).font = Font(bold=True)
        ws.cell(row=first, column=2, value=year)
        c = ws.cell(row=first, column=3, value=opinion)
        c.fill = solid(FILL["A"] if opinion == "Limited" else FILL["G"])
        for j in range(1, 4):
            ws.cell(row=first, column=j).alignment = WRAP
            if last > first:
                ws.merge_cells(start_row=first, start_column=j, end_row=last, end_column=j)
    r += 1
    ws.cell(row=r, column=1, value="Priority: High – fundamental weakness requiring prompt action; Medium – important control weakness; Low – minor improvement.")
    widths = [26, 9, 11, 8, 45, 50, 9, 26, 12, 12, 12, 45]
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(j)].width = w
    wb.save(os.path.join(HERE, CRAWLEY_FILE))
    return typo_row


# ---------------------------------------------------------------------------
# 3. Camden Council - council delivery plan Q2 monitoring (xlsx, sheet per theme)
# ---------------------------------------------------------------------------
CAMDEN_FILE = "zyi-camden-council-we-make-camden-delivery-plan-2025-26-q2-monitoring.xlsx"
CAMDEN_THEMES = [
    ("Theme 1: Safe, secure and healthy homes", "Cabinet Member for Housing | Executive Director Supporting Communities", [
        ("1A Reduce the number of families living in temporary accommodation", [
            ("1A.1", "Open the Holmes Road family hostel refurbishment, providing 32 self-contained family units.",
             "32 units let to families from nightly-paid accommodation", "Director of Housing", D(2025, 12, 31), "A",
             "Contractor delay on fire doors; handover now expected mid-December."),
            ("1A.2", "Launch the private rented sector access scheme with incentive payments for landlords.",
             "60 households housed in the private rented sector", "Head of Temporary Accommodation / Head of Housing Needs",
             "Q3 2025/26", "G", "Scheme launched 1 September; 14 tenancies started."),
        ]),
        ("1B Improve the quality and safety of council homes", [
            ("1B.1", "Complete the damp and mould remediation programme for all category 1 cases.",
             "All category 1 cases remediated within 28 days", "Okafor, Chidi", "Mar-26", "G",
             "412 of 455 cases closed."),
            ("1B.2", "Set up the tenant-led repairs scrutiny panel.",
             "Panel meets quarterly and reports to the Housing Scrutiny Committee", "Resident Engagement Manager",
             D(2025, 7, 31), "B", "First panel meeting held 15 July."),
        ]),
    ]),
    ("Theme 2: A strong start for every child", "Cabinet Member for Best Start for Children and Families | Executive Director Children and Learning", [
        ("2A Early help and family hubs", [
            ("2A.1", "Open family hubs in Kentish Town and Somers Town with integrated health visiting and early help.",
             "Two new family hubs open", "Director of Early Help and Prevention", "Sept 2025 – March 2026", "G",
             "Kentish Town hub opened 8 September; Somers Town on track for February."),
            ("2A.2", "Recruit 20 parent and carer champions through the Camden Parent Carer Forum.",
             "20 champions trained and active", "Sam Adeyemi and Ruth Kelleher", D(2026, 3, 31), "A",
             "9 champions recruited; second recruitment round starts in January."),
        ]),
        ("2B Inclusion in Camden schools", [
            ("2B.1", "Deliver the inclusion toolkit training to every Camden primary school.",
             "Training delivered to 41 primary schools", "Head of Inclusion", "Summer term 2026", "R",
             "Only 12 schools trained. Training team vacancy; recovery plan to Children's Leadership Team in November."),
        ]),
    ]),
    ("Theme 3: Clean, green and sustainable neighbourhoods", "Cabinet Member for a Sustainable Camden | Executive Director Supporting Communities", [
        ("3A Net zero Camden", [
            ("3A.1", "Install 400 additional on-street electric vehicle charge points.",
             "400 charge points live", "Head of Sustainable Transport", D(2026, 3, 31), "G",
             "226 installed to date."),
            ("3A.2", "Retrofit 6 council buildings through the Public Sector Decarbonisation Scheme.",
             "6 buildings retrofitted; heat pumps commissioned", "Energy and Sustainability Manager", "Q4 2025/26", "A",
             "Two sites complete; planning condition delaying the 5 Pancras Square works."),
        ]),
    ]),
]


def build_camden():
    wb = Workbook()
    ws = wb.active
    ws.title = "Read me"
    lines = [
        ("Camden Council", Font(bold=True, size=16)),
        ("We Make Camden – Council Delivery Plan 2025/26", Font(bold=True, size=14)),
        ("Quarter 2 monitoring (July – September 2025)", Font(italic=True)),
        (None, None),
        ("This workbook sets out the deliverables in the 2025/26 delivery plan and their progress at the end of Q2.", None),
        ("There is one sheet for each theme. Deliverables are grouped under the theme's outcomes.", None),
        (None, None),
        ("RAG key", Font(bold=True)),
    ]
    for i, (t, f) in enumerate(lines, 1):
        if t:
            c = ws.cell(row=i, column=1, value=t)
            if f:
                c.font = f
    key = [("G", "Green – on track"), ("A", "Amber – some slippage, recoverable within the year"),
           ("R", "Red – significant issues, not expected to be delivered on time"), ("B", "Blue – completed")]
    for i, (k, t) in enumerate(key):
        ws.cell(row=9 + i, column=1).fill = solid(FILL[k])
        ws.cell(row=9 + i, column=2, value=t)
    ws.column_dimensions["A"].width = 14
    ws.column_dimensions["B"].width = 60

    sm = wb.create_sheet("Q2 summary")
    sm["A1"] = "Q2 summary by theme"
    sm["A1"].font = Font(bold=True, size=13)
    heads = ["Theme", "Blue", "Green", "Amber", "Red", "Total"]
    for j, h in enumerate(heads, 1):
        c = sm.cell(row=3, column=j, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    tot = [0, 0, 0, 0]
    r = 4
    for (theme, _, groups) in CAMDEN_THEMES:
        cnt = {"B": 0, "G": 0, "A": 0, "R": 0}
        for _, acts in groups:
            for a in acts:
                cnt[a[5]] += 1
        row = [theme, cnt["B"], cnt["G"], cnt["A"], cnt["R"], sum(cnt.values())]
        for j, v in enumerate(row, 1):
            sm.cell(row=r, column=j, value=v).border = BOX
        for k, key_ in enumerate("BGAR"):
            tot[k] += cnt[key_]
        r += 1
    for j, v in enumerate(["All themes"] + tot + [sum(tot)], 1):
        c = sm.cell(row=r, column=j, value=v)
        c.font = Font(bold=True)
        c.border = BOX
    sm.column_dimensions["A"].width = 52

    heads = ["Ref", "Deliverable", "Milestone / measure of success", "Lead officer", "Due", "Q2 RAG", "Q2 commentary"]
    for n, (theme, owners, groups) in enumerate(CAMDEN_THEMES, 1):
        ws = wb.create_sheet(f"Theme {n}")
        ws["A1"] = theme
        ws["A1"].font = Font(bold=True, size=13, color="FFFFFF")
        ws["A1"].fill = solid(FILL["head"])
        ws.merge_cells("A1:G1")
        ws["A2"] = owners
        ws["A2"].font = Font(italic=True)
        ws.merge_cells("A2:G2")
        for j, h in enumerate(heads, 1):
            c = ws.cell(row=4, column=j, value=h)
            c.font = Font(bold=True)
            c.fill = solid(FILL["grey"])
            c.border = BOX
        r = 5
        for (outcome, acts) in groups:
            c = ws.cell(row=r, column=1, value=outcome)
            c.font = Font(bold=True)
            for j in range(1, 8):
                ws.cell(row=r, column=j).fill = solid(FILL["band"])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            r += 1
            for (ref, deliv, ms, lead, due, rag, comm) in acts:
                vals = [ref, deliv, ms, lead, due, None, comm]
                for j, v in enumerate(vals, 1):
                    c = ws.cell(row=r, column=j, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=6).fill = solid(FILL[rag])
                r += 1
        for j, w in enumerate([8, 55, 40, 32, 16, 8, 55], 1):
            ws.column_dimensions[get_column_letter(j)].width = w
    wb.save(os.path.join(HERE, CAMDEN_FILE))


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


def set_cell(cell, text, bold=False):
    """Write text into a cell; '\n' starts a new paragraph inside the cell."""
    parts = text.split("\n") if text else [""]
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    for extra in parts[1:]:
        q = cell.add_paragraph()
        rr = q.add_run(extra)
        rr.bold = bold


def header_row(table, heads, fill="1F3864"):
    for j, h in enumerate(heads):
        c = table.rows[0].cells[j]
        set_cell(c, h, bold=True)
        shade(c, fill)
        for p in c.paragraphs:
            for run in p.runs:
                run.font.color.rgb = docx.shared.RGBColor(0xFF, 0xFF, 0xFF)


# ---------------------------------------------------------------------------
# 4. North Yorkshire SCP - CSPR Child M action plan (docx)
# ---------------------------------------------------------------------------
NYSCP_FILE = "zyi-north-yorkshire-safeguarding-children-partnership-cspr-child-m-action-plan.docx"
NYSCP_TITLE = "Child Safeguarding Practice Review: Child M – Multi-Agency Action Plan"
NYSCP_THEMES = [
    ("Learning theme 1: The lived experience of a pre-verbal baby", [
        ("Recommendation 1: NYSCP partners should ensure that the daily lived experience of pre-verbal babies is observed, recorded and analysed in all single and multi-agency assessments.", [
            ("1.1", "Revise the NYSCP Pre-birth and Infants Practice Guidance to include a section on observing and recording the lived experience of non-mobile babies.",
             "NYSCP Policy and Procedures Officer", "January 2026", "Draft guidance out for consultation with the Practice Improvement Group until 28 November.", "Green"),
            ("1.2", "Deliver multi-agency briefings on the learning from Child M to health visitors, midwives, early help and children's social care practitioners.\nInclude the 7-minute briefing and the case study in the NYSCP learning programme.",
             "NYSCP Learning and Development Manager\nDesignated Nurse for Safeguarding Children (NY ICB)", "31/03/2026",
             "Four of eight briefings delivered (212 practitioners). 7-minute briefing published on the NYSCP website.", "Green"),
        ]),
        ("Recommendation 2: Health partners should assure NYSCP that the home environment and sleeping arrangements are assessed at every universal health visiting contact.", [
            ("2.1", "Audit 50 health visiting records against the safer sleep and home environment standard.",
             "0-19 Service Manager (Healthy Child Programme)", "July 2025", "Audit completed. 84% compliance; findings presented to the Health Safeguarding Forum.", "Complete"),
            ("2.2", "Add a mandatory safer sleep assessment field to the health visiting electronic record.",
             "Head of Digital Clinical Systems (HDFT)", "October 2025", "Change request approved; build delayed by the supplier release schedule.", "Amber"),
        ]),
    ]),
    ("Learning theme 2: Professional curiosity about men in the household", [
        ("Recommendation 3: All agencies should routinely identify, engage with and assess fathers and other males who have a caring role or are living in the household.", [
            ("3.1", "Launch the NYSCP 'Think Family: Seeing Dad' practice guidance and resources.",
             "NYSCP Business Manager", "September 2025", "Guidance launched at the NYSCP conference on 24 September.", "Complete"),
            ("3.2", "Include a question on males in the household in the North Yorkshire Police domestic abuse risk assessment follow-up.",
             "Head of Safeguarding – North Yorkshire Police", "Ongoing – reviewed quarterly", "Question added; dip sample planned for Q4.", "Green"),
            ("3.3", "Brief Designated Safeguarding Leads in schools and early years settings on the learning about hidden men.",
             "Education Safeguarding Lead", "Autumn term 2025", "Briefings delivered at the autumn DSL network meetings in all localities.", "Green"),
        ]),
        ("Recommendation 4: NYSCP should seek assurance that information about a parent's previous convictions and involvement with children's services in other areas is requested and shared.", [
            ("4.1", "Agree an information request protocol with neighbouring safeguarding partnerships for families moving into North Yorkshire.",
             "NYSCP Business Manager\nHead of Service – Multi-Agency Screening Team", "March 2026", "Protocol drafted; awaiting comments from three neighbouring partnerships.", "Amber"),
            ("4.2", "Complete a multi-agency audit of cases transferred in from other local authorities.",
             "Quality Assurance and Performance Sub-Group Chair", "June 2026", "Audit tool agreed. Not yet started.", "Not started"),
        ]),
    ]),
]
RAG_FILL = {"Green": "00B050", "Amber": "FFC000", "Red": "FF0000", "Complete": "0070C0", "Not started": "FFFFFF"}


def build_nyscp():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    d.add_paragraph("North Yorkshire Safeguarding Children Partnership", style="Title")
    d.add_heading(NYSCP_TITLE, level=1)
    d.add_paragraph("OFFICIAL – for publication")
    t = d.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    rows = [("Document", "CSPR Child M – action plan"), ("Version", "4.0"),
            ("Date of this update", "14 October 2025"), ("Owner", "NYSCP Case Review Group"),
            ("Approved by", "NYSCP Executive, 22 October 2025")]
    for i, (a, b) in enumerate(rows):
        set_cell(t.rows[i].cells[0], a, bold=True)
        shade(t.rows[i].cells[0], "D9D9D9")
        set_cell(t.rows[i].cells[1], b)
    d.add_paragraph()
    d.add_paragraph(
        "This plan sets out the actions agreed by partners in response to the four recommendations of the "
        "Child Safeguarding Practice Review into the circumstances of Child M, published in May 2025. Progress is "
        "reported to the Case Review Group every quarter.")
    d.add_paragraph("RAG rating", style="Heading 3")
    k = d.add_table(rows=5, cols=2)
    k.style = "Table Grid"
    for i, (a, b) in enumerate([("Complete", "Action complete and evidence of impact provided"),
                                ("Green", "On track to be completed by the target date"),
                                ("Amber", "Some delay – remedial action in place"),
                                ("Red", "Not on track – escalated to the Case Review Group"),
                                ("Not started", "Action not yet due to start")]):
        set_cell(k.rows[i].cells[0], a, bold=True)
        shade(k.rows[i].cells[0], RAG_FILL[a])
        set_cell(k.rows[i].cells[1], b)
    heads = ["No.", "Action", "Lead", "Target date", "Progress update (October 2025)", "RAG"]
    for theme, recs in NYSCP_THEMES:
        d.add_heading(theme, level=2)
        for rec, acts in recs:
            p = d.add_paragraph()
            run = p.add_run(rec)
            run.bold = True
            tb = d.add_table(rows=1 + len(acts), cols=6)
            tb.style = "Table Grid"
            header_row(tb, heads)
            for i, (no, act, lead, date, upd, rag) in enumerate(acts, 1):
                cells = tb.rows[i].cells
                for c, v in zip(cells, (no, act, lead, date, upd, rag)):
                    set_cell(c, v)
                shade(cells[5], RAG_FILL[rag])
            d.add_paragraph()
    d.add_heading("Sign-off", level=2)
    s = d.add_table(rows=3, cols=3)
    s.style = "Table Grid"
    for i, row in enumerate([("Role", "Name", "Date"),
                             ("Chair, NYSCP Case Review Group", "Dr Helen Marsh", "14/10/2025"),
                             ("Independent Scrutineer", "Andrew Pearce", "22/10/2025")]):
        for j, v in enumerate(row):
            set_cell(s.rows[i].cells[j], v, bold=(i == 0))
    d.save(os.path.join(HERE, NYSCP_FILE))


# ---------------------------------------------------------------------------
# 5. Winchester City Council - Tier 1 projects highlight report (docx)
# ---------------------------------------------------------------------------
WINCH_FILE = "zyi-winchester-city-council-tier-1-projects-highlight-report-q2-2025-26.docx"
WINCH_TITLE = "Tier 1 Projects – Highlight Report"
WINCH_PROJECTS = [
    ("1. Housing Compliance Programme",
     [("Senior Responsible Owner", "Strategic Director"), ("Project Manager", "Housing Compliance Manager"),
      ("Budget", "£2.1m (Housing Revenue Account)"), ("Overall status – Q1", "Amber"), ("Overall status – Q2", "Amber")],
     "Fire risk assessment remedial works are behind schedule because of contractor capacity. The new compliance system has been procured and data migration has started.",
     [("Complete fire risk assessment remedial works on the 12 high-priority blocks", "Housing Compliance Manager", "Jun-25", "Dec-25", "A"),
      ("Procure a new asset management and compliance system", "Head of Asset Management", "Sep-25", "Sep-25", "Complete"),
      ("Achieve 100% valid electrical installation condition reports (EICRs) across council homes", "Electrical Safety Lead", "Mar-26", "Mar-26", "G")],
     ["Contractor capacity for fire door replacement – second contractor being appointed.",
      "Data quality in legacy asset records – validation exercise under way."]),
    ("2. River Park Cricket Pavilion",
     [("Senior Responsible Owner", "Corporate Head of Asset Management"), ("Project Manager", "Senior Project Manager (Capital Projects)"),
      ("Budget", "£1.4m"), ("Overall status – Q1", "Green"), ("Overall status – Q2", "Red")],
     "Tender returns came in 23% above the pre-tender estimate. A value engineering exercise is being carried out with the preferred bidder before a revised budget is taken to Cabinet.",
     [("Complete value engineering and report the revised cost plan to Cabinet", "Jo Fairbrother / Priya Nair", "Oct-25", "Jan-26", "R"),
      ("Award the construction contract", "Senior Project Manager (Capital Projects)", "Nov-25", "Feb-26", "R"),
      ("Pavilion open for the 2026 cricket season", "Corporate Head of Asset Management", "Apr-26", "Jun-26", "A")],
     ["Cost increase beyond approved budget.",
      "Club may need temporary changing facilities for the start of the 2026 season."]),
    ("3. Carbon Neutrality Action Plan – Council Estate",
     [("Senior Responsible Owner", "Strategic Director"), ("Project Manager", "Climate Emergency Programme Lead"),
      ("Budget", "£0.9m (PSDS grant and capital)"), ("Overall status – Q1", "Green"), ("Overall status – Q2", "Green")],
     "Solar PV at the Guildhall and the Chesil Lodge heat pump scheme are on site. Fleet transition plan agreed by the Climate Emergency Board.",
     [("Install solar PV on the Guildhall and West Wing roofs", "Climate Emergency Programme Lead", "Dec-25", "Dec-25", "G"),
      ("Replace the Chesil Lodge gas boilers with air source heat pumps", "Facilities Manager", "Q4 2025/26", "Q4 2025/26", "G"),
      ("Agree the fleet transition plan for the waste and grounds maintenance vehicles", "Climate Emergency Programme Lead; Head of Environmental Services", "Sep-25", "Sep-25", "Complete")],
     ["Grid connection capacity for additional PV at the depot."]),
]
WINCH_FILL = {"G": "00B050", "A": "FFC000", "R": "FF0000", "Complete": "0070C0",
              "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}


def build_winch():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = d.add_paragraph()
    r = p.add_run("Appendix 4")
    r.bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph("Winchester City Council", style="Title")
    d.add_heading(WINCH_TITLE, level=1)
    d.add_paragraph("Quarter 2 2025/26 (July – September 2025)")
    d.add_paragraph(
        "This appendix gives a highlight report for each of the council’s Tier 1 projects. Milestone status: "
        "G – on track; A – issues being managed by the project board; R – intervention needed from the "
        "Senior Responsible Owner or Cabinet; Complete – milestone achieved.")
    heads = ["Milestone", "Owner", "Baseline date", "Forecast date", "Status"]
    for name, summary, progress, miles, risks in WINCH_PROJECTS:
        d.add_heading(name, level=2)
        t = d.add_table(rows=len(summary), cols=2)
        t.style = "Table Grid"
        for i, (a, b) in enumerate(summary):
            set_cell(t.rows[i].cells[0], a, bold=True)
            shade(t.rows[i].cells[0], "F2F2F2")
            set_cell(t.rows[i].cells[1], b)
            if b in WINCH_FILL:
                shade(t.rows[i].cells[1], WINCH_FILL[b])
        d.add_paragraph()
        pp = d.add_paragraph()
        pp.add_run("Progress this quarter: ").bold = True
        pp.add_run(progress)
        d.add_paragraph("Key milestones", style="Heading 3")
        mt = d.add_table(rows=1 + len(miles), cols=5)
        mt.style = "Table Grid"
        header_row(mt, heads, fill="385623")
        for i, row in enumerate(miles, 1):
            for j, v in enumerate(row):
                set_cell(mt.rows[i].cells[j], v)
            shade(mt.rows[i].cells[4], WINCH_FILL[row[4]])
        d.add_paragraph("Key risks and issues", style="Heading 3")
        for rk in risks:
            d.add_paragraph(rk, style="List Bullet")
    d.add_paragraph()
    d.add_paragraph("Report prepared by the Corporate Programme Management Office, 10 October 2025.")
    d.save(os.path.join(HERE, WINCH_FILE))


# ---------------------------------------------------------------------------
# 6. Ealing Health and Wellbeing Board - action log (csv)
# ---------------------------------------------------------------------------
EALING_FILE = "zyi-ealing-health-and-wellbeing-board-action-log.csv"
EALING_ROWS = [
    ["Ealing Health and Wellbeing Board – Action Log"],
    ["Updated following the Board meeting on 8 October 2025"],
    ["RAG: Green = on track; Amber = delayed; Red = not progressing; Complete = action closed"],
    [],
    ["Ref", "Action", "Owner", "Due date", "RAG", "Update"],
    ["Meeting of 9 July 2025"],
    ["25/11", "Circulate the Joint Strategic Needs Assessment chapter on children's oral health to Board members.",
     "Director of Public Health", "31/07/2025", "Complete", "Circulated 24 July."],
    ["25/12", "Bring a report on the uptake of childhood immunisations by ward, with an improvement plan for the lowest-uptake wards.",
     "Kelly O'Neill and Marcus Webb", "08/10/2025", "Complete", "Report taken at the October meeting (item 7)."],
    ["25/13", "Agree the Better Care Fund 2025-26 plan for Ealing and report on the use of the discharge fund.",
     "ICB Borough Director (Ealing)", "Jan-26", "Amber",
     "BCF plan signed off by Chair's action in August.\nDischarge fund report delayed to January because national guidance has changed."],
    ["25/14", "Set up a task and finish group on access to GP appointments in Southall with Healthwatch Ealing.",
     "Healthwatch Ealing", "Next meeting", "Green", "First meeting of the group held 30 September."],
    ["Meeting of 8 October 2025"],
    ["25/15", "Present the draft Ealing Pharmaceutical Needs Assessment 2025 for consultation.",
     "Consultant in Public Health (Health Protection)", "14/01/2026", "Green", "Consultation opens 3 November for 60 days."],
    ["25/16", "Report back on the number of residents supported through the Warm Spaces and cost of living programme, broken down by town.",
     "Head of Community Development", "March 2026", "Green", ""],
    ["25/17", "Write to NHS England London on behalf of the Board about dental access for children in care.",
     "Chair of the Board", "31/10/2025", "Red", "Letter drafted; awaiting data from the Virtual School before it is sent."],
    [],
    ["Owners are asked to send updates to the Board secretariat at least ten working days before each meeting."],
]


def build_ealing():
    with open(os.path.join(HERE, EALING_FILE), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        for row in EALING_ROWS:
            w.writerow(row)


# ---------------------------------------------------------------------------
# 7. Lewes District CSP - DHR action plan (tab-separated text)
# ---------------------------------------------------------------------------
LEWES_FILE = "zyi-lewes-district-csp-dhr-hannah-action-plan.txt"
LEWES_LINES = [
    ["Lewes District Community Safety Partnership"],
    ["Domestic Homicide Review – ‘Hannah’ – Action Plan"],
    ["Version 3 – progress at 30 September 2025"],
    [],
    ["Ref", "Recommendation / Action", "Lead agency", "Target date", "Outcome sought", "Progress", "RAG"],
    ["Recommendation 1: Sussex Police and partners should make sure that repeat reports of domestic abuse from the same address are identified and reviewed as a pattern, not as single incidents."],
    ["1.1", "Introduce an automatic flag for three or more domestic abuse reports at one address within 12 months.", "Sussex Police", "31/12/2025", "Repeat locations identified at the first call", "System change tested; go-live planned for December.", "Green"],
    ["1.2", "Add repeat-address reviews to the agenda of the Lewes and Eastbourne MARAC.", "Sussex Police; MARAC Co-ordinator", "Sept 2025 – March 2026", "Repeat victims referred to MARAC", "Standing item since the September MARAC.", "Green"],
    ["Recommendation 2: Housing providers should ask about domestic abuse when a tenant reports damage to the home or requests a lock change."],
    ["2.1", "Update the Lewes District Council tenancy management procedure to include routine enquiry about domestic abuse.", "Lewes District Council Housing Services", "October 2025", "Staff ask safely and refer to specialist support", "Procedure updated and approved by the Housing Leadership Team.", "Complete"],
    ["2.2", "Train repairs operatives and contact centre staff to recognise signs of domestic abuse.", "Lewes District Council Housing Services", "March 2026", "All front-line staff trained", "62 of 140 staff trained. Further sessions booked with Change Grow Live.", "Amber"],
    ["Recommendation 3: Adult social care and mental health services should consider the risk of domestic abuse when an older person is cared for by a family member with mental ill health."],
    ["3.1", "Include carer mental health and domestic abuse risk in the adult social care carers' assessment guidance.", "East Sussex County Council Adult Social Care", "31/01/2026", "Risk from carers considered in assessments", "Guidance revised; sign-off at the Safeguarding Adults Board in January.", "Green"],
    ["3.2", "Hold a joint learning event for adult social care and Sussex Partnership NHS Foundation Trust practitioners on the findings of the review.", "Sussex Partnership NHS Foundation Trust", "Ongoing", "Practitioners apply the learning", "First event held 18 June; to be repeated each year.", "Green"],
    ["Recommendation 4: The Community Safety Partnership should make sure that the learning from this review reaches local communities and faith groups."],
    ["4.1", "Run a community awareness campaign on economic and coercive abuse of older people during the 16 Days of Action.", "Lewes District Community Safety Partnership", "December 2025", "More older people and families seeking help", "Campaign materials agreed with Sussex Police and Age UK East Sussex.", "Green"],
    [],
    ["Next review of this action plan by the Community Safety Partnership Board: January 2026."],
]


def build_lewes():
    with open(os.path.join(HERE, LEWES_FILE), "w", encoding="utf-8", newline="") as fh:
        for row in LEWES_LINES:
            fh.write("\t".join(row) + "\r\n")


def main():
    build_oxon()
    typo_row = build_crawley()
    build_camden()
    build_nyscp()
    build_winch()
    build_ealing()
    build_lewes()
    print("Crawley typo row:", typo_row)


if __name__ == "__main__":
    main()
