"""Build the seven zya- blind cases (data files + expected readings) in this folder.

Run with /work/main/.venv/bin/python zya_make.py
Only files starting with zya- are written.
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
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "0070C0"
GREY = "D9D9D9"
NAVY = "1F3864"

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


class _Dumper(yaml.SafeDumper):
    pass


_KEYS = {"source", "reads", "outcome", "accept_refusal", "refuse_at", "title", "actions", "ref", "under",
         "action", "lead", "end", "end_text", "status"}


def _str_rep(dumper, value):
    if value in _KEYS:
        return dumper.represent_scalar("tag:yaml.org,2002:str", value)
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style='"')


_Dumper.add_representer(str, _str_rep)


def write_yaml(name, data):
    path = os.path.join(HERE, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as f:
        yaml.dump(data, f, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100000,
                  default_flow_style=False)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def style_header_row(ws, row, ncols, colour=NAVY):
    for c in range(1, ncols + 1):
        cell = ws.cell(row=row, column=c)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(colour)
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX


# ---------------------------------------------------------------------------
# 1. London Borough of Hillingdon - corporate risk register (xlsx)
# ---------------------------------------------------------------------------
def hillingdon():
    name = "zya-london-borough-of-hillingdon-corporate-risk-register-2025-26.xlsx"
    title = "London Borough of Hillingdon – Corporate Risk Register 2025/26"
    wb = Workbook()

    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=16, color=NAVY)
    cov["A3"] = "Document control"
    cov["A3"].font = Font(bold=True, size=12)
    dc = [("Version", "3.2"),
          ("Position as at", "31 December 2025 (Quarter 3)"),
          ("Owner", "Corporate Risk Management Group"),
          ("Reported to", "Audit Committee – 5 February 2026"),
          ("Classification", "OFFICIAL")]
    r = 4
    for k, v in dc:
        cov.cell(row=r, column=1, value=k).font = Font(bold=True)
        cov.cell(row=r, column=2, value=v)
        for c in (1, 2):
            cov.cell(row=r, column=c).border = BOX
        r += 1
    cov["A11"] = "Version history"
    cov["A11"].font = Font(bold=True, size=12)
    for i, h in enumerate(["Version", "Date", "Summary of changes"], start=1):
        cov.cell(row=12, column=i, value=h)
    style_header_row(cov, 12, 3)
    vh = [("3.0", dt.date(2025, 7, 14), "Quarter 1 review by Corporate Management Team"),
          ("3.1", dt.date(2025, 10, 9), "Quarter 2 review – CR4 re-scored; CR6 closed"),
          ("3.2", dt.date(2026, 1, 8), "Quarter 3 review – revised dates agreed for CR1.2 and CR4.1")]
    for i, (v, d, s) in enumerate(vh, start=13):
        cov.cell(row=i, column=1, value=v)
        c = cov.cell(row=i, column=2, value=d)
        c.number_format = "dd/mm/yyyy"
        cov.cell(row=i, column=3, value=s)
        for cc in range(1, 4):
            cov.cell(row=i, column=cc).border = BOX
    cov.column_dimensions["A"].width = 18
    cov.column_dimensions["B"].width = 34
    cov.column_dimensions["C"].width = 60

    key = wb.create_sheet("Scoring Key")
    key["A1"] = "Risk scoring matrix (Likelihood x Impact)"
    key["A1"].font = Font(bold=True, size=12)
    key["A3"] = "Likelihood \\ Impact"
    for i in range(1, 6):
        key.cell(row=3, column=i + 1, value=i).font = Font(bold=True)
    for L in range(5, 0, -1):
        row = 4 + (5 - L)
        key.cell(row=row, column=1, value=L).font = Font(bold=True)
        for I in range(1, 6):
            s = L * I
            c = key.cell(row=row, column=I + 1, value=s)
            c.fill = fill(RED if s >= 15 else AMBER if s >= 8 else GREEN)
            c.alignment = Alignment(horizontal="center")
            c.border = BOX
    key["A10"] = "Score bands: 15–25 High (red); 8–12 Medium (amber); 1–6 Low (green)"
    key["A12"] = "Action status key"
    key["A12"].font = Font(bold=True)
    sk = [("G", "On track", GREEN), ("A", "Slippage – recoverable", AMBER),
          ("R", "Off track / overdue", RED), ("B", "Complete", BLUE)]
    for i, (k, v, col) in enumerate(sk, start=13):
        c = key.cell(row=i, column=1, value=k)
        c.fill = fill(col)
        c.font = Font(bold=True, color="FFFFFF" if col in (BLUE, RED, GREEN) else "000000")
        key.cell(row=i, column=2, value=v)
    key["A18"] = "Direction of travel: ↑ risk increasing   ↔ no change   ↓ risk reducing"
    key.column_dimensions["A"].width = 20

    ws = wb.create_sheet("Register")
    wb.active = 2
    headers = ["Risk", "Risk Description (Cause / Event / Consequence)", "Risk Owner",
               "Likelihood", "Impact", "Current Score", "Direction of Travel",
               "Key Controls in Place", "Action Ref", "Further Mitigating Actions",
               "Action Owner", "Target Date", "Revised Date", "Status"]
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14, color=NAVY)
    ws.merge_cells("A1:N1")
    ws["A2"] = "Position as at 31 December 2025 (Quarter 3) – risks scoring 15 or above are reported to Cabinet"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:N2")
    for i, h in enumerate(headers, start=1):
        ws.cell(row=4, column=i, value=h)
    style_header_row(ws, 4, len(headers))
    ws.freeze_panes = "A5"

    D = dt.date
    risks = [
        ("CR1 – Financial Sustainability",
         "Cause: demand-led pressures in social care, homelessness and SEND transport exceed available funding.\n"
         "Event: the Council is unable to set or deliver a balanced budget.\n"
         "Consequence: use of reserves below the prudent minimum; Section 114 notice; loss of local control.",
         "Corporate Director of Finance (Section 151 Officer)", 4, 5, "↔",
         "Medium Term Financial Forecast approved by Council February 2025; monthly budget monitoring to Cabinet; "
         "Exceptional Financial Support request to MHCLG; spending controls panel.",
         [("CR1.1", "Deliver the 2025/26 savings programme of £25.4m, with monthly tracking of delivery through the Transformation Board.",
           "Corporate Director of Finance", D(2026, 3, 31), None, "G"),
          ("CR1.2", "Refresh the Medium Term Financial Forecast 2026/27–2030/31 and present balanced budget proposals to Cabinet.",
           "Head of Strategic Finance", D(2026, 1, 31), D(2026, 2, 28), "A")]),
        ("CR2 – Adult Social Care Demand and Market Sustainability",
         "Cause: ageing population, rising complexity of need and provider cost pressures.\n"
         "Event: insufficient affordable care capacity in the local market.\n"
         "Consequence: delayed hospital discharges, unmet eligible need and budget overspend.",
         "Corporate Director of Adult Services and Health", 4, 4, "↓",
         "Market Position Statement 2024–27; weekly brokerage and discharge calls with Hillingdon Health and Care Partners; "
         "quality assurance visits to contracted providers.",
         [("CR2.1", "Implement the Market Position Statement action plan, including the re-let of the domiciliary care framework.",
           "Director of Commissioning / Head of Procurement", D(2025, 9, 30), D(2025, 12, 31), "B"),
          ("CR2.2", "Deliver the CQC assessment improvement plan and report progress quarterly to the Health and Social Care Select Committee.",
           "Director of Adult Social Care", "Q4 2025/26", None, "G")]),
        ("CR3 – Cyber Security and Information Resilience",
         "Cause: increasing volume and sophistication of ransomware and phishing attacks on the public sector.\n"
         "Event: successful attack compromising Council systems or data.\n"
         "Consequence: loss of critical services, data breach, regulatory action and recovery costs.",
         "Corporate Director of Central Services", 5, 4, "↑",
         "Public Services Network compliance; multi-factor authentication on all accounts; 24/7 managed security "
         "operations centre; immutable back-ups tested quarterly.",
         [("CR3.1", "Complete the migration of remaining on-premise servers to the cloud platform and decommission the legacy data centre.",
           "Head of Digital and Intelligence", D(2026, 3, 31), None, "A"),
          ("CR3.2", "Run a cyber incident exercise with the Corporate Management Team using the LGA exercise-in-a-box scenario.",
           "Chief Information Security Officer", D(2025, 11, 30), None, "B"),
          ("CR3.3", "Roll out mandatory phishing awareness training to all staff with network access (target 95% completion).",
           "Chief Information Security Officer; Head of HR", "Ongoing", None, "G")]),
        ("CR4 – Housing Demand and Temporary Accommodation",
         "Cause: rising homelessness presentations, Heathrow-related demand and a shortage of affordable private rented homes.\n"
         "Event: the Council cannot source sufficient suitable temporary accommodation.\n"
         "Consequence: increased use of nightly-paid accommodation, budget overspend and legal challenge.",
         "Corporate Director of Residents Services", 5, 4, "↔",
         "Housing Acquisitions Programme; temporary accommodation placement policy; homelessness prevention fund.",
         [("CR4.1", "Acquire 120 additional homes through the Housing Acquisitions Programme to reduce reliance on nightly-paid accommodation.",
           "Head of Housing Needs", D(2026, 3, 31), D(2026, 6, 30), "R"),
          ("CR4.2", "Review the homelessness prevention offer at the front door, including triage for the Homelessness Prevention Fund.",
           "Housing Options Manager", D(2025, 10, 31), None, "B")]),
    ]
    colours = {"G": GREEN, "A": AMBER, "R": RED, "B": BLUE}
    row = 5
    expected = []
    for rtitle, desc, owner, L, I, dot, controls, actions in risks:
        first = row
        for ref, text, aowner, target, revised, st in actions:
            ws.cell(row=row, column=9, value=ref)
            ws.cell(row=row, column=10, value=text)
            ws.cell(row=row, column=11, value=aowner)
            c = ws.cell(row=row, column=12, value=target)
            if isinstance(target, dt.date):
                c.number_format = "dd/mm/yyyy"
            if revised is not None:
                c2 = ws.cell(row=row, column=13, value=revised)
                c2.number_format = "dd/mm/yyyy"
            s = ws.cell(row=row, column=14, value=st)
            s.fill = fill(colours[st])
            s.font = Font(bold=True, color="FFFFFF" if st in "GRB" else "000000")
            s.alignment = Alignment(horizontal="center", vertical="top")
            row += 1
        last = row - 1
        ws.cell(row=first, column=1, value=rtitle).font = Font(bold=True)
        ws.cell(row=first, column=2, value=desc)
        ws.cell(row=first, column=3, value=owner)
        ws.cell(row=first, column=4, value=L)
        ws.cell(row=first, column=5, value=I)
        sc = ws.cell(row=first, column=6, value=L * I)
        sc.fill = fill(RED if L * I >= 15 else AMBER if L * I >= 8 else GREEN)
        sc.font = Font(bold=True)
        ws.cell(row=first, column=7, value=dot)
        ws.cell(row=first, column=8, value=controls)
        if last > first:
            for col in range(1, 9):
                ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
        for rr in range(first, last + 1):
            for cc in range(1, 15):
                cell = ws.cell(row=rr, column=cc)
                cell.border = BOX
                if cc != 14:
                    cell.alignment = WRAP
        for ref, text, aowner, target, revised, st in actions:
            leads = {"Director of Commissioning / Head of Procurement": ["Director of Commissioning", "Head of Procurement"],
                     "Chief Information Security Officer; Head of HR": ["Chief Information Security Officer", "Head of HR"]}.get(aowner, [aowner])
            endd = revised if revised is not None else target
            status = {"G": "green", "A": "amber", "R": "red", "B": "blue"}[st]
            if isinstance(endd, dt.date):
                expected.append(act(ref, [rtitle], text, leads, endd.strftime("%Y-%m"), status))
            elif endd == "Q4 2025/26":
                expected.append(act(ref, [rtitle], text, leads, "2026-03", status, end_text="Q4 2025/26"))
            else:
                expected.append(act(ref, [rtitle], text, leads, None, status, end_text=endd))
    row += 1
    ws.cell(row=row, column=1, value="Risks closed this year: CR6 – Elections Act 2022 implementation (closed at Quarter 2 review, 09/10/2025).").font = Font(italic=True)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=14)
    row += 1
    ws.cell(row=row, column=1, value="Status of actions: see Scoring Key tab. Current score = Likelihood x Impact after existing controls.").font = Font(italic=True)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=14)
    widths = [26, 48, 24, 10, 8, 9, 10, 40, 9, 52, 28, 12, 12, 8]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[ws.cell(row=4, column=i).column_letter].width = w
    wb.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": "Imitates a London borough corporate risk register appendix to the Audit Committee (London Borough of "
                  "Hillingdon, Quarter 3 2025/26; Hillingdon amalgamated its corporate and directorate registers into an "
                  "Excel template in 2023). Copied features: cover sheet with document control and version history, a "
                  "scoring key sheet with 5x5 matrix and action status key, risk title/description/owner/scores merged "
                  "vertically over several further-mitigating-action rows, fill-coloured current score, direction-of-travel "
                  "arrows, target and revised dates, lettered fill-coloured action status, closed-risk and notes lines.",
        "reads": "Three sheets: a cover, a scoring key and the register. The register lists four corporate risks, each with "
                 "its description, owner and scores in merged cells, and under each two or three further mitigating "
                 "actions with their own ref, owner, target (and sometimes revised) date and a G/A/R/B status letter.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 2. Darlington Borough Council - internal audit tracker (xlsx, refuse)
# ---------------------------------------------------------------------------
def darlington():
    name = "zya-darlington-borough-council-internal-audit-recommendations-tracker-typo-month-refuse.xlsx"
    title = "Darlington Borough Council – Internal Audit Recommendations Tracker"
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Internal Audit – Outstanding Recommendations Summary"
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Position at 31 December 2025"
    hdr = ["Directorate", "Priority 1", "Priority 2", "Priority 3", "Total"]
    for i, h in enumerate(hdr, start=1):
        sm.cell(row=4, column=i, value=h)
    style_header_row(sm, 4, 5, "005EB8")
    data = [("Resources and Governance", 0, 0, 2), ("Economy and Public Protection", 1, 2, 0),
            ("Children and Adult Services", 0, 0, 0)]
    r = 5
    for d, a, b, c in data:
        for i, v in enumerate([d, a, b, c, a + b + c], start=1):
            sm.cell(row=r, column=i, value=v).border = BOX
        r += 1
    sm.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for i in range(2, 6):
        col = sm.cell(row=5, column=i).column_letter
        sm.cell(row=r, column=i, value=f"=SUM({col}5:{col}{r-1})").font = Font(bold=True)
    for i in range(1, 6):
        sm.cell(row=r, column=i).border = BOX
    sm["A11"] = "Priority 1 – fundamental control weakness; Priority 2 – significant; Priority 3 – merits attention."
    sm.column_dimensions["A"].width = 32

    ws = wb.create_sheet("Tracker")
    wb.active = 1
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Audit Committee – 26 January 2026 (position at 31 December 2025)"
    ws.merge_cells("A2:I2")
    headers = ["Rec Ref", "Priority", "Recommendation", "Agreed Management Action", "Responsible Officer",
               "Original Target Date", "Revised Target Date", "Progress Update", "Status"]
    for i, h in enumerate(headers, start=1):
        ws.cell(row=4, column=i, value=h)
    style_header_row(ws, 4, len(headers), "005EB8")
    D = dt.date
    rows = [
        ("AUDIT", "Creditors (Accounts Payable) 2024/25 – Reasonable Assurance"),
        ("CR/01", 2, "Supplier bank detail changes should be independently verified with the supplier using contact details already held on file.",
         "A call-back verification step will be added to the bank detail change procedure and evidenced on the supplier record.",
         "Finance Manager (Exchequer)", D(2025, 6, 30), D(2025, 9, 30),
         "Procedure updated and staff briefed August 2025. Sample check by Internal Audit confirmed compliance.", "Complete"),
        ("CR/02", 3, "Duplicate payment reports should be run and reviewed before each weekly payment run.",
         "Duplicate payment exception report to be built into the payment run checklist.",
         "Exchequer Team Leader", D(2025, 7, 31), None,
         "Report in place but review not yet evidenced for every run.", "In progress"),
        ("AUDIT", "Fleet Management 2024/25 – Limited Assurance"),
        ("FM/01", 1, "Vehicle defect reports should be logged on the fleet system and tracked to completion within agreed timescales.",
         "All defect reports to be logged on Tranman; weekly exception report to the Fleet Manager.",
         "Fleet Manager", D(2025, 9, 30), D(2025, 12, 31),
         "Tranman module configured; drivers trained in November 2025.", "In progress"),
        ("FM/02", 2, "Fuel card transactions should be reconciled monthly to vehicle mileage records.",
         "Monthly fuel card reconciliation to be introduced and signed off by the Fleet Manager.",
         "Fleet Manager / Transport Finance Officer", D(2025, 10, 31), "Febuary 2026",
         "Reconciliation template agreed; first reconciliation delayed by vacancy in Transport Finance.", "In progress"),
        ("FM/03", 2, "Pool vehicle bookings should be recorded and keys issued only against a valid booking.",
         "Key safe with booking system to be installed at the Central Depot.",
         "Head of Environmental Services", D(2025, 11, 30), None,
         "Quotation received; installation scheduled for January 2026.", "In progress"),
        ("AUDIT", "Information Governance – Subject Access Requests 2025/26 – Reasonable Assurance"),
        ("IG/01", 2, "Subject access requests should be logged centrally so that statutory response times can be monitored.",
         "All SARs to be logged on the corporate case management system with monthly performance reported to the Information Governance Group.",
         "Data Protection Officer", D(2025, 12, 31), None,
         "Central log live from 1 December 2025.", "Complete"),
        ("IG/02", 3, "Redaction guidance should be refreshed and training provided to service SAR coordinators.",
         "Refresh redaction guidance and deliver training to SAR coordinators.",
         "Information Governance Manager", D(2026, 3, 31), None,
         "Guidance drafted.", "Not started"),
    ]
    r = 5
    typo_row = None
    for item in rows:
        if item[0] == "AUDIT":
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True)
            c.fill = fill(GREY)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        else:
            ref, pr, rec, agreed, off, orig, rev, upd, st = item
            vals = [ref, pr, rec, agreed, off, orig, rev, upd, st]
            for i, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.date):
                    c.number_format = "dd/mm/yyyy"
            if rev == "Febuary 2026":
                typo_row = r
        r += 1
    widths = [9, 9, 48, 48, 26, 13, 13, 44, 12]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[ws.cell(row=4, column=i).column_letter].width = w
    wb.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": "Imitates a district/unitary council internal audit follow-up report to the Audit Committee (Darlington "
                  "Borough Council Audit Committee, January 2026, outstanding internal audit recommendations). Copied "
                  "features: summary sheet with totals by directorate and priority, tracker sheet with title and committee "
                  "line, audit-title band rows giving the assurance opinion, rec ref and priority columns, recommendation "
                  "and agreed management action side by side, original and revised target dates, progress update and "
                  "status words.",
        "reads": "A summary of outstanding recommendations and a tracker of seven agreed actions from three audits. The "
                 "revised target date for FM/02 (fuel card reconciliation) reads 'Febuary 2026', a mistyped month, so a "
                 "careful reader would stop and ask rather than guess the date.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": title,
    })
    return name, 0


# ---------------------------------------------------------------------------
# 3. Barking and Dagenham - Corporate Plan delivery plan (xlsx)
# ---------------------------------------------------------------------------
def barking():
    name = "zya-barking-and-dagenham-council-corporate-plan-delivery-plan-2025-26.xlsx"
    title = "Barking and Dagenham Council – Corporate Plan 2023–26: Delivery Plan 2025/26"
    wb = Workbook()
    ov = wb.active
    ov.title = "Overview"
    ov["A1"] = title
    ov["A1"].font = Font(bold=True, size=15, color="7030A0")
    ov["A2"] = "Quarter 2 (July – September 2025) progress report to Cabinet"
    ov["A2"].font = Font(italic=True)
    ov["A4"] = "One borough; one community; no one left behind"
    hdr = ["Priority", "Deliverables", "Complete", "Green", "Amber", "Red"]
    for i, h in enumerate(hdr, start=1):
        ov.cell(row=6, column=i, value=h)
    style_header_row(ov, 6, 6, "7030A0")
    summ = [("Priority 2 – Safe, protected and supported", 4, 1, 2, 1, 0),
            ("Priority 5 – Inclusive growth and regeneration", 3, 0, 1, 1, 1),
            ("Priority 7 – Good housing and avoiding homelessness", 3, 0, 2, 1, 0)]
    r = 7
    for s in summ:
        for i, v in enumerate(s, start=1):
            ov.cell(row=r, column=i, value=v).border = BOX
        r += 1
    ov.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for i, v in enumerate([10, 1, 5, 3, 1], start=2):
        c = ov.cell(row=r, column=i, value=v)
        c.font = Font(bold=True)
        c.border = BOX
    ov.cell(row=r, column=1).border = BOX
    ov["A13"] = "RAG key"
    ov["A13"].font = Font(bold=True)
    keys = [("Complete", "Deliverable achieved", BLUE), ("Green", "On track to deliver by the due date", GREEN),
            ("Amber", "At risk of slippage – mitigation in place", AMBER), ("Red", "Off track – will not be delivered by the due date", RED)]
    for i, (k, v, col) in enumerate(keys, start=14):
        c = ov.cell(row=i, column=1, value=k)
        c.fill = fill(col)
        ov.cell(row=i, column=2, value=v)
    ov["A19"] = "Only Priorities 2, 5 and 7 are reported this quarter; the remaining priorities are reported at Quarter 3."
    ov["A19"].font = Font(italic=True)
    ov.column_dimensions["A"].width = 50
    ov.column_dimensions["B"].width = 44

    cols = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    D = dt.date
    sheets = [
        ("P2 Safe & Protected",
         "Priority 2: Residents are safe, protected, and supported at their most vulnerable",
         [("2.1 Children and young people are safe from harm and exploitation",
           [("2.1.1", "Launch the Family Help service across the six localities, bringing early help and child in need work into single teams.",
             "Operational Director, Children's Care and Support", "Cllr J. Ahmed", D(2025, 12, 31), "Green", "Green",
             "Four of six locality teams live; remaining two go live in November following staff consultation."),
            ("2.1.2", "Implement the adolescent exploitation strategy, including a contextual safeguarding panel for each locality.",
             "Head of Adolescent Services", "Cllr J. Ahmed", "Q3 2025/26", "Amber", "Green",
             "Panel terms of reference agreed with the Metropolitan Police; first panels held in August.")]),
          ("2.2 Adults with care and support needs live safely and independently",
           [("2.2.1", "Complete the self-assessment against the CQC assessment framework and publish the Local Account for 2024/25.",
             "Director of Adult Social Care", "Cllr P. Twomey", D(2025, 9, 30), "Green", "Complete",
             "Local Account published 26 September 2025."),
            ("2.2.2", "Reduce waiting times for Care Act assessments to under 28 days for 85% of new referrals.",
             "Head of Assessment and Care Management / Principal Social Worker (Adults)", "Cllr P. Twomey", D(2026, 3, 31), "Amber", "Amber",
             "72% within 28 days at end of September; agency assessors engaged to clear the backlog.")])]),
        ("P5 Inclusive Growth",
         "Priority 5: Residents benefit from inclusive growth and regeneration",
         [("5.1 Local people benefit from the jobs created by major developments",
           [("5.1.1", "Secure local labour and apprenticeship commitments in all Section 106 agreements for the Barking Riverside and Thames Road schemes.",
             "Head of Inclusive Growth", "Cllr D. Rodwell-Green", D(2025, 11, 30), "Green", "Green",
             "Commitments secured on 3 of 4 agreements signed to date."),
            ("5.1.2", "Open the Film Studios skills academy with 200 training places for residents in its first year.",
             "Director of Inclusive Growth", "Cllr D. Rodwell-Green", D(2025, 9, 30), "Amber", "Red",
             "Fit-out delayed by contractor insolvency; opening now expected February 2026.")]),
          ("5.2 Town centres are vibrant and well used",
           [("5.2.1", "Deliver the Barking Town Square public realm improvements funded by the UK Shared Prosperity Fund.",
             "Regeneration Programme Manager", "Cllr D. Rodwell-Green", D(2026, 3, 31), "Green", "Amber",
             "Works tender returned over budget; value engineering under way.")])]),
        ("P7 Housing",
         "Priority 7: Residents live in good housing and avoid becoming homeless",
         [("7.1 Council homes are safe, warm and well maintained",
           [("7.1.1", "Complete damp and mould surveys on all council homes identified as high risk in the 2024 stock condition survey.",
             "Operational Director, Housing Property Services", "Cllr S. Ashraf", D(2025, 12, 31), "Amber", "Green",
             "1,840 of 2,300 surveys completed; remediation works raised within 5 days of survey."),
            ("7.1.2", "Achieve 100% compliance with gas, electrical, fire, water and lift safety checks across the housing stock.",
             "Head of Building Safety and Compliance", "Cllr S. Ashraf", "Ongoing", "Green", "Green",
             "Gas 99.8%; electrical 96.1%; fire risk assessments 100%.")]),
          ("7.2 Fewer households need temporary accommodation",
           [("7.2.1", "Reduce the number of households in bed and breakfast accommodation for longer than six weeks to zero.",
             "Head of Homelessness Prevention", "Cllr S. Ashraf", D(2026, 3, 31), "Red", "Amber",
             "Down from 41 to 17 households since Quarter 1 through the private sector leasing scheme.")])]),
    ]
    expected = []
    hdr = ["Ref", "Deliverable / milestone", "Lead officer", "Portfolio holder", "Due", "Q1 RAG", "Q2 RAG", "Q2 commentary"]
    for sname, ptitle, objectives in sheets:
        ws = wb.create_sheet(sname)
        ws["A1"] = ptitle
        ws["A1"].font = Font(bold=True, size=13, color="FFFFFF")
        ws["A1"].fill = fill("7030A0")
        ws.merge_cells("A1:H1")
        for i, h in enumerate(hdr, start=1):
            ws.cell(row=3, column=i, value=h)
        style_header_row(ws, 3, len(hdr), "7030A0")
        r = 4
        for otitle, dels in objectives:
            c = ws.cell(row=r, column=1, value=otitle)
            c.font = Font(bold=True)
            c.fill = fill("E4DFEC")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
            for ref, text, lead, pfh, due, q1, q2, comm in dels:
                vals = [ref, text, lead, pfh, due, q1, q2, comm]
                for i, v in enumerate(vals, start=1):
                    cell = ws.cell(row=r, column=i, value=v)
                    cell.alignment = WRAP
                    cell.border = BOX
                    if isinstance(v, dt.date):
                        cell.number_format = "mmm-yy"
                ws.cell(row=r, column=6).fill = fill(cols[q1])
                ws.cell(row=r, column=7).fill = fill(cols[q2])
                r += 1
                leads = [lead]
                if " / " in lead:
                    leads = lead.split(" / ")
                st = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}[q2]
                if isinstance(due, dt.date):
                    expected.append(act(ref, [ptitle, otitle], text, leads, due.strftime("%Y-%m"), st))
                elif due == "Q3 2025/26":
                    expected.append(act(ref, [ptitle, otitle], text, leads, "2025-12", st, end_text="Q3 2025/26"))
                else:
                    expected.append(act(ref, [ptitle, otitle], text, leads, None, st, end_text=due))
        for i, w in enumerate([8, 55, 32, 20, 10, 9, 9, 50], start=1):
            ws.column_dimensions[ws.cell(row=3, column=i).column_letter].width = w
    wb.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": "Imitates a London borough corporate plan delivery tracker reported quarterly to Cabinet (London Borough "
                  "of Barking and Dagenham, Corporate Plan 2023–2026 with its seven resident-focused priorities and the "
                  "Single Performance Framework of priority deliverables, milestones and owners). Copied features: overview "
                  "sheet with title, strapline, summary counts by priority and a RAG key; one sheet per priority with a "
                  "coloured priority banner, shaded objective rows over numbered deliverables, lead officer job titles, a "
                  "portfolio holder column, mmm-yy due dates, Q1 and Q2 RAG columns with fill colours and Q2 commentary.",
        "reads": "An overview with totals and a key, then three priority sheets. Each sheet has a priority heading, objective "
                 "rows (2.1, 2.2 ...) and under them numbered deliverables with lead officer, due month and Q1 and Q2 RAG; "
                 "the Q2 RAG is the current status.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


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


def set_cell(cell, text, bold=False, size=None, color=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i > 0:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if color:
            run.font.color.rgb = RGBColor.from_string(color)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)


# ---------------------------------------------------------------------------
# 4. Lincolnshire Safeguarding Children Partnership - LCSPR action plan (docx)
# ---------------------------------------------------------------------------
def lincolnshire():
    name = "zya-lincolnshire-safeguarding-children-partnership-lcspr-child-c-action-plan.docx"
    title = "Local Child Safeguarding Practice Review – Child C: Multi-Agency Action Plan"
    doc = Document()
    landscape(doc)
    hp = doc.sections[0].header.paragraphs[0]
    hp.text = "Lincolnshire Safeguarding Children Partnership (LSCP)        OFFICIAL – SENSITIVE"
    doc.add_paragraph(title, style="Title")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Review", "Child C – Local Child Safeguarding Practice Review (LCSPR)"),
                 ("Report published", "14 May 2025"),
                 ("Action plan owner", "LSCP Case Review Group"),
                 ("Version", "v4 – updated following Case Review Group, 9 December 2025"),
                 ("Next review", "Case Review Group, March 2026")]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        shade(cells[0], "DEEAF6")
        set_cell(cells[1], v)

    doc.add_paragraph()
    doc.add_paragraph("RAG key", style="Heading 3")
    kt = doc.add_table(rows=1, cols=3)
    kt.style = "Table Grid"
    for cell, (txt, col) in zip(kt.rows[0].cells, [("Red – not started or off track", "FF0000"),
                                                   ("Amber – in progress", "FFC000"),
                                                   ("Green – completed, evidence of impact received", "00B050")]):
        set_cell(cell, txt, bold=True)
        shade(cell, col)

    doc.add_paragraph(
        "The independent reviewer made four recommendations to the partnership. Each recommendation is set out below "
        "with the actions agreed by partner agencies. The RAG column is updated by the lead agency before each Case "
        "Review Group meeting.")

    themes = [
        ("Learning Theme 1: Seeing the whole household",
         "The LSCP should seek assurance that partner agencies routinely identify and assess all adults in a child's "
         "household, including new partners and males who visit intermittently.",
         [("1.1", "Refresh the LSCP 'Who's in the house?' practice guidance and relaunch it through a 7-minute briefing.",
           "LSCP Business Manager", "July 2025",
           "Guidance relaunched 21/07/2025; briefing downloaded 412 times.", "00B050"),
          ("1.2", "Amend the children's social care single assessment template so that every adult in the household is recorded with background checks completed.",
           "Head of Service – Quality and Standards", "30/09/2025",
           "Template changed in Mosaic; dip sample of 20 assessments showed 18 compliant.", "00B050"),
          ("1.3", "Health visiting and midwifery to ask about household composition at every contact and audit compliance.",
           "Named Nurse Safeguarding Children (LCHS)\nHead of Midwifery (ULHT)", "December 2025",
           "Prompt added to both record systems; first audit results due January.", "FFC000")]),
        ("Learning Theme 2: Responding to neglect over time",
         "Partners should ensure that the Graded Care Profile 2 is used consistently where there are concerns about "
         "neglect, and that chronologies are used to understand cumulative harm.",
         [("2.1", "Deliver Graded Care Profile 2 train-the-trainer sessions to early help practitioners in each locality.",
           "LSCP Learning and Development Officer", "March 2026",
           "Three of five localities trained.", "FFC000"),
          ("2.2", "Undertake a multi-agency audit of 30 neglect cases focusing on the use of chronologies and GCP2.",
           "LSCP Audit and Policy Officer", "31/01/2026",
           "Audit not started – auditor capacity; rescheduling to be agreed at Case Review Group.", "FF0000")]),
        ("Learning Theme 3: Information sharing between adult and children's services",
         "Lincolnshire Partnership NHS Foundation Trust and Adult Care should evidence how they consider the needs of "
         "children when working with parents who have mental health or substance misuse needs.",
         [("3.1", "Introduce a mandatory 'children in the household' field in the adult mental health electronic record, with monthly compliance reporting.",
           "Head of Safeguarding (LPFT)", "31/03/2026",
           "Field built in SystmOne test environment.", "FFC000"),
          ("3.2", "Deliver joint Think Family training to adult substance misuse and mental health practitioners.",
           "Named Professional Safeguarding (LPFT) / Substance Misuse Service Manager", "February 2026",
           "Two sessions held (46 staff); two further sessions booked.", "FFC000")]),
        ("Learning Theme 4: Escalation and professional challenge",
         "The LSCP should test the effectiveness of the Resolving Professional Differences policy and seek assurance "
         "that practitioners feel confident to use it.",
         [("4.1", "Carry out a practitioner survey on the use of the escalation policy and report the findings to the Strategic Management Group.",
           "LSCP Business Manager", "November 2025",
           "Survey closed with 238 responses; findings reported 18/11/2025.", "00B050"),
          ("4.2", "Revise the escalation policy in light of the survey findings and publish it on the LSCP procedures site.",
           "PPET Sub Group Chair", "May 2026",
           "", None)]),
    ]
    months = {"July 2025": "2025-07", "30/09/2025": "2025-09", "December 2025": "2025-12", "March 2026": "2026-03",
              "31/01/2026": "2026-01", "31/03/2026": "2026-03", "February 2026": "2026-02",
              "November 2025": "2025-11", "May 2026": "2026-05"}
    status_of = {"00B050": "blue", "FFC000": "amber", "FF0000": "red", None: "unrated"}
    expected = []
    for i, (theme, rec, acts) in enumerate(themes, start=1):
        doc.add_paragraph(theme, style="Heading 1")
        p = doc.add_paragraph()
        p.add_run(f"Recommendation {i}").bold = True
        doc.add_paragraph(rec)
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for cell, h in zip(tb.rows[0].cells, ["No.", "Action", "Lead", "Timescale", "Evidence of progress / impact", "RAG"]):
            set_cell(cell, h, bold=True)
            shade(cell, "DEEAF6")
        repeat_header(tb.rows[0])
        for ref, text, lead, when, ev, col in acts:
            cells = tb.add_row().cells
            set_cell(cells[0], ref)
            set_cell(cells[1], text)
            set_cell(cells[2], lead)
            set_cell(cells[3], when)
            set_cell(cells[4], ev)
            set_cell(cells[5], "")
            if col:
                shade(cells[5], col)
            if "\n" in lead:
                leads = lead.split("\n")
            elif " / " in lead:
                leads = lead.split(" / ")
            else:
                leads = [lead]
            expected.append(act(ref, [theme, rec], text, leads, months[when], status_of[col]))
        widths = [Cm(1.2), Cm(8.5), Cm(4.5), Cm(2.6), Cm(6.5), Cm(1.4)]
        for row in tb.rows:
            for c, w in zip(row.cells, widths):
                c.width = w
        doc.add_paragraph()

    doc.add_paragraph("Sign-off", style="Heading 2")
    so = doc.add_table(rows=1, cols=3)
    so.style = "Table Grid"
    for cell, h in zip(so.rows[0].cells, ["Approved by", "Role", "Date"]):
        set_cell(cell, h, bold=True)
    for vals in [("LSCP Strategic Management Group", "Statutory safeguarding partners", "09/12/2025"),
                 ("Independent Scrutineer", "Independent scrutiny", "12/12/2025")]:
        cells = so.add_row().cells
        for c, v in zip(cells, vals):
            set_cell(c, v)
    doc.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": "Imitates a safeguarding children partnership LCSPR multi-agency action plan (Lincolnshire Safeguarding "
                  "Children Partnership, 2025; LSCP Case Review Group and Strategic Management Group oversight). Copied "
                  "features: partnership name in the page header, title, document control table, a RAG key whose Green "
                  "means completed (no blue), learning themes as headings, 'Recommendation n' labels with the "
                  "recommendation text below, one table per recommendation with numbered actions, leads as job titles "
                  "with agency in brackets (two posts in one cell), timescales as months or dates, fill-only RAG cells, "
                  "and a sign-off table.",
        "reads": "A Word action plan for the Child C review: four learning themes, each with one recommendation and a table "
                 "of two or three actions. The RAG column is colour only; by the document's key green means completed, "
                 "so green cells read as complete, and the last action has no colour (not yet started).",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 5. Brent Health and Wellbeing Board - JHWS highlight report (docx)
# ---------------------------------------------------------------------------
def brent():
    name = "zya-brent-health-and-wellbeing-board-jhws-delivery-highlight-report.docx"
    title = "Joint Health and Wellbeing Strategy 2022–26: Delivery Highlight Report"
    doc = Document()
    doc.add_paragraph(title, style="Title")
    mt = doc.add_table(rows=0, cols=2)
    mt.style = "Table Grid"
    for k, v in [("Meeting", "Brent Health and Wellbeing Board"), ("Date", "20 January 2026"),
                 ("Report from", "Director of Public Health"),
                 ("Lead Member", "Cabinet Member for Community Health and Wellbeing"),
                 ("Wards affected", "All"), ("Key or non-key decision", "Not applicable"),
                 ("Contact officer", "Public Health Strategy Lead")]:
        cells = mt.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)
    doc.add_paragraph("1. Purpose of the report", style="Heading 2")
    doc.add_paragraph("1.1 This report provides the Board with a highlight summary of progress against the commitments "
                      "in the refreshed Joint Health and Wellbeing Strategy, by theme, for Quarter 3 2025/26.")
    doc.add_paragraph("2. Recommendation(s)", style="Heading 2")
    doc.add_paragraph("2.1 The Board is asked to note progress against the commitments and to agree the exception "
                      "actions proposed for commitments rated red.")
    doc.add_paragraph("3. Summary of progress", style="Heading 2")
    st = doc.add_table(rows=1, cols=6)
    st.style = "Table Grid"
    for cell, h in zip(st.rows[0].cells, ["Theme", "C", "G", "A", "R", "Total"]):
        set_cell(cell, h, bold=True)
        shade(cell, "BDD7EE")
    summ = [("Healthy Lives", 1, 1, 0, 0), ("Healthy Places", 0, 0, 1, 1), ("Staying Healthy", 1, 0, 1, 0),
            ("Understanding, Listening and Improving", 0, 1, 0, 0), ("Healthy Ways of Working", 0, 1, 0, 0)]
    for th, c, g, a, rr in summ:
        cells = st.add_row().cells
        for cell, v in zip(cells, [th, c, g, a, rr, c + g + a + rr]):
            set_cell(cell, str(v))
    cells = st.add_row().cells
    for cell, v in zip(cells, ["Total", "2", "3", "2", "1", "8"]):
        set_cell(cell, v, bold=True)
    doc.add_paragraph("Status key: C = Complete; G = On track; A = Some delay, recoverable; R = Significant delay / at risk.")
    doc.add_paragraph("4. Detail by theme", style="Heading 2")
    doc.add_paragraph("4.1 Appendix A sets out each commitment with its lead, due date, status and a short highlight or "
                      "exception note. Commitments that have become business as usual have been removed.")

    sec = doc.add_section()
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    doc.add_paragraph("Appendix A: Commitment highlight table", style="Heading 1")
    tb = doc.add_table(rows=1, cols=6)
    tb.style = "Table Grid"
    for cell, h in zip(tb.rows[0].cells, ["Ref", "Commitment", "Lead", "Due", "Status", "Highlight / exception"]):
        set_cell(cell, h, bold=True, color="FFFFFF")
        shade(cell, "1F4E79")
    repeat_header(tb.rows[0])
    themes = [
        ("Theme 1: Healthy Lives", [
            ("HL1", "Increase uptake of the NHS Health Check among residents aged 40–74 in the most deprived quintile to 60% of those invited.",
             "Consultant in Public Health (Health Improvement)", "Mar 2026", "G",
             "Uptake 54% at Q3, up from 47% last year; outreach checks in mosques and gurdwaras."),
            ("HL2", "Expand the Brent Health Matters community health education programme to two additional community hubs.",
             "Brent Health Matters Programme Director", "September 2025", "C",
             "Hubs opened in Harlesden and Kingsbury.")]),
        ("Theme 2: Healthy Places", [
            ("HP1", "Deliver 12 additional School Streets schemes, prioritising schools in areas of poor air quality.",
             "Head of Highways and Infrastructure; Air Quality Manager", "Q4 2025/26", "A",
             "7 schemes live; 3 delayed by consultation responses, 2 in design."),
            ("HP2", "Ensure all council-managed temporary accommodation is inspected for damp and mould within 10 working days of a report.",
             "Director of Housing Needs and Support", "Dec 2025", "R",
             "Exception: 61% inspected within 10 days. Additional surveyor capacity approved from February.")]),
        ("Theme 3: Staying Healthy", [
            ("SH1", "Achieve 95% uptake of the first dose of MMR at 24 months in the two lowest-performing Primary Care Networks.",
             "Immunisations Lead (NWL ICB)", "March 2026", "A",
             "Uptake 86% and 88%; pop-up clinics in children's centres running weekly."),
            ("SH2", "Launch a targeted blood pressure checking offer in 20 community pharmacies and faith settings.",
             "Director of Public Health / Brent Borough Director (NWL ICB)", "Nov 2025", "C",
             "22 sites live; 3,140 checks completed, 410 referrals to GP.")]),
        ("Theme 4: Understanding, Listening and Improving", [
            ("UL1", "Publish the ward-level Social Progress Index and use it to inform the 2026/27 commissioning intentions.",
             "Head of Strategy and Partnerships", "Jan 2026", "G",
             "Index published in December; briefing to ICP Executive in January.")]),
        ("Theme 5: Healthy Ways of Working", [
            ("HW1", "Agree a shared health inequalities training offer for council, NHS and voluntary sector staff.",
             "Director of Public Health", "Ongoing", "G",
             "Module piloted with 60 staff; evaluation positive.")]),
    ]
    ends = {"Mar 2026": ("2026-03", None), "September 2025": ("2025-09", None), "Q4 2025/26": ("2026-03", "Q4 2025/26"),
            "Dec 2025": ("2025-12", None), "March 2026": ("2026-03", None), "Nov 2025": ("2025-11", None),
            "Jan 2026": ("2026-01", None), "Ongoing": (None, "Ongoing")}
    stat = {"G": "green", "A": "amber", "R": "red", "C": "blue"}
    scol = {"G": "00B050", "A": "FFC000", "R": "FF0000", "C": "5B9BD5"}
    expected = []
    for theme, items in themes:
        row = tb.add_row()
        merged = row.cells[0].merge(row.cells[5])
        set_cell(merged, theme, bold=True)
        shade(merged, "DDEBF7")
        for ref, text, lead, due, s, hl in items:
            cells = tb.add_row().cells
            for cell, v in zip(cells, [ref, text, lead, due, s, hl]):
                set_cell(cell, v)
            shade(cells[4], scol[s])
            if "; " in lead:
                leads = lead.split("; ")
            elif " / " in lead:
                leads = lead.split(" / ")
            else:
                leads = [lead]
            e, et = ends[due]
            expected.append(act(ref, [theme], text, leads, e, stat[s], end_text=et))
    doc.add_paragraph()
    doc.add_paragraph("Background papers: Brent Joint Health and Wellbeing Strategy refresh (Health and Wellbeing Board, "
                      "July 2024).")
    doc.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": "Imitates a health and wellbeing board progress report on a joint health and wellbeing strategy (Brent "
                  "Health and Wellbeing Board, Joint Health and Wellbeing Strategy progress updates 2024–2026, with five "
                  "themes: Healthy Lives, Healthy Places, Staying Healthy, Understanding Listening and Improving, Healthy "
                  "Ways of Working). Copied features: board report cover table, numbered narrative paragraphs "
                  "(purpose, recommendations), a summary table with totals by theme, a status key where C means "
                  "complete, and a landscape appendix table with merged theme rows over referenced commitments, lead "
                  "posts, due months or quarters, lettered and coloured status and a highlight/exception column.",
        "reads": "A Word board report. The narrative and the summary totals are not actions; Appendix A lists eight "
                 "commitments under five theme rows, each with ref, lead, due date and a C/G/A/R status (C = complete).",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 6. City of Wolverhampton - Health and Wellbeing Together action log (csv)
# ---------------------------------------------------------------------------
def wolverhampton():
    name = "zya-city-of-wolverhampton-health-and-wellbeing-together-action-log.csv"
    title = "City of Wolverhampton Council – Health and Wellbeing Together: Action Log"
    ncol = 8
    rows = [[title] + [""] * (ncol - 1),
            ["Board meeting 14 January 2026 – open actions and actions completed since the last meeting"] + [""] * (ncol - 1),
            [""] * ncol,
            ["Ref", "Meeting", "Item", "Action", "Lead", "Due", "RAG", "Update"]]
    items = [
        ("HWT-25-01", "16/07/2025", "Min 6 – Joint Health and Wellbeing Strategy 2024–2029: annual report",
         "Circulate the strategy outcomes dashboard to all board members ahead of each meeting.",
         "Stakeholder Engagement Manager", "30/09/2025", "B",
         "Dashboard circulated 24/09/2025; now a standing item.", ["Stakeholder Engagement Manager"], "2025-09", None, "blue"),
        ("HWT-25-02", "16/07/2025", "Min 7 – Better Care Fund plan 2025–26",
         "Bring a report on the outcomes of the BCF hospital discharge fund to a future board.",
         "Director of Adult Social Services / Place Director (Black Country ICB)", "08/10/2025", "B",
         "Deferred from October; presented 14/01/2026.",
         ["Director of Adult Social Services", "Place Director (Black Country ICB)"], "2025-10", None, "blue"),
        ("HWT-25-03", "08/10/2025", "Min 5 – Pharmaceutical Needs Assessment 2025",
         "Publish the final Pharmaceutical Needs Assessment on the council website and notify NHS England.",
         "Kiran Bassi", "31/10/2025", "B",
         "Published 01/10/2025.", ["Kiran Bassi"], "2025-10", None, "blue"),
        ("HWT-25-04", "08/10/2025", "Min 6 – Healthwatch Wolverhampton annual report",
         "Share the findings of the GP access 'enter and view' visits with primary care commissioners.",
         "Healthwatch Wolverhampton Manager", "31/12/2025", "G",
         "Findings shared with the ICB primary care team; response awaited.",
         ["Healthwatch Wolverhampton Manager"], "2025-12", None, "green"),
        ("HWT-25-05", "08/10/2025", "Min 8 – Healthy Weight Declaration",
         "Develop an action plan for the Healthy Weight Declaration and bring it back to the board for sign-off.",
         "Sarah Mills and Tom Reeve", "March 2026", "A",
         "Draft plan prepared.\nPartner workshop moved to February because of winter pressures.",
         ["Sarah Mills", "Tom Reeve"], "2026-03", None, "amber"),
        ("HWT-25-06", "08/10/2025", "Min 9 – Children and young people's emotional wellbeing",
         "Map the emotional wellbeing support offered in schools and identify gaps for the Children and Young People's Partnership Board.",
         "Director of Children's Services; Head of CAMHS (BCHFT)", "31/01/2026", "R",
         "Not yet started – post vacant until January.",
         ["Director of Children's Services", "Head of CAMHS (BCHFT)"], "2026-01", None, "red"),
        ("HWT-26-01", "14/01/2026", "Min 5 – Winter system resilience update",
         "Share the system winter communications plan with voluntary and community sector partners through the Third Sector Partnership.",
         "Head of Communications", "Ongoing", "G",
         "", ["Head of Communications"], None, "Ongoing", "green"),
        ("HWT-26-02", "14/01/2026", "Min 7 – Suicide Prevention Strategy refresh",
         "Hold a development session on the refreshed Suicide Prevention Strategy before the April board.\nInvite people with lived experience to take part.",
         "Public Health Commissioning Manager", "April 2026", "",
         "", ["Public Health Commissioning Manager"], "2026-04", None, "unrated"),
    ]
    expected = []
    for ref, meet, item, action, lead, due, rag, upd, leads, end, et, st in items:
        rows.append([ref, meet, item, action, lead, due, rag, upd])
        expected.append(act(ref, [item], action, leads, end, st, end_text=et))
    rows.append([""] * ncol)
    rows.append(["Key: B = complete; G = on track; A = at risk of slippage; R = overdue or off track; blank = not yet rated"] + [""] * (ncol - 1))
    rows.append(["Completed actions are reported once and then removed from the log."] + [""] * (ncol - 1))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerows(rows)
    with open(os.path.join(HERE, name), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())

    write_yaml(name, {
        "source": "Imitates a health and wellbeing board action log saved from Excel as CSV (City of Wolverhampton "
                  "Council's board, Health and Wellbeing Together, whose minutes carry matters arising and forward-plan "
                  "actions). Copied features: title and meeting lines padded with empty columns, a blank line, action "
                  "refs by year, meeting date and minute/item columns, lead as job titles or named people (two leads "
                  "joined by '/', ';' or 'and'), UK day-first due dates plus 'Ongoing' and a month, B/G/A/R letters with "
                  "a key line at the foot, and multi-line quoted cells.",
        "reads": "A CSV action log of eight actions from three board meetings. Each row has the minute item it arose "
                 "from, the action, lead, due date, a RAG letter (blank for the newest action) and an update; a key and "
                 "a note follow the table.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 7. Worcestershire Safeguarding Children Partnership - LCSPR tracker (txt)
# ---------------------------------------------------------------------------
def worcestershire():
    name = "zya-worcestershire-safeguarding-children-partnership-lcspr-child-w-action-plan.txt"
    title = "Worcestershire Safeguarding Children Partnership – LCSPR Child W: Action Plan Tracker"
    hdr = ["Recommendation", "Action No", "Action", "Lead", "Original Target", "Revised Target", "RAG", "Progress Update"]
    recs = [
        ("1. Worcestershire Children First should ensure that pre-birth assessments for parents who have themselves been in care start no later than 20 weeks' gestation.",
         [("1a", "Issue a practice standard requiring pre-birth assessments to start by 20 weeks where a parent is care-experienced.",
           "Principal Social Worker (WCF)", "Sep-25", "", "Blue", "Practice standard issued 02/09/2025."),
          ("1b", "Add a pre-birth assessment tracker to the weekly Family Front Door performance report.",
           "Head of Service – Family Front Door (WCF)", "Oct-25", "Dec-25", "Green", "Tracker designed; first report produced w/c 8 December."),
          ("1c", "Audit 15 pre-birth assessments completed since the practice standard was issued.",
           "Quality Assurance Manager (WCF)", "Mar-26", "", "Amber", "Sample selected; audit tool agreed.")]),
        ("2. The Partnership should ensure that maternity, health visiting and GP practices share information about pregnant care leavers consistently.",
         [("2a", "Agree an information-sharing pathway between maternity services and the 0-19 service for care-experienced parents.",
           "Head of Midwifery (WAHT) / Named Nurse Safeguarding Children (HACW)", "Dec-25", "", "Green", "Pathway drafted and out for comment."),
          ("2b", "Add a care-experienced parent alert to GP records when a pregnancy is registered.",
           "Named GP for Safeguarding Children (H&W ICB)", "Jan-26", "Apr-26", "Amber", "Awaiting clinical system supplier change.")]),
        ("3. Partners should ensure that the voice of the young parent and their own history of trauma inform plans for the baby.",
         [("3a", "Deliver a learning event on trauma-informed practice with young parents using the Child W 7-minute briefing.\nRecord attendance by agency.",
           "WSCP Business Manager", "Nov-25", "", "Blue", "Event held 13/11/2025 – 112 attendees from 9 agencies."),
          ("3b", "Offer every pregnant care leaver a named personal adviser trained in pre-birth planning.",
           "Service Manager – Leaving Care (WCF)", "Apr-26", "", "", "")]),
    ]
    mon = {"Sep-25": "2025-09", "Oct-25": "2025-10", "Dec-25": "2025-12", "Mar-26": "2026-03", "Jan-26": "2026-01",
           "Apr-26": "2026-04", "Nov-25": "2025-11"}
    st = {"Blue": "blue", "Green": "green", "Amber": "amber", "": "unrated"}

    def cell(v):
        if any(ch in v for ch in ['"', "\t", "\n"]):
            return '"' + v.replace('"', '""') + '"'
        return v

    lines = [title, "Exported from the WSCP case review tracker 12/01/2026 – Practice Review Group", "",
             "\t".join(hdr)]
    expected = []
    for rec, acts in recs:
        for i, (ref, text, lead, orig, rev, rag, upd) in enumerate(acts):
            row = [rec if i == 0 else "", ref, text, lead, orig, rev, rag, upd]
            lines.append("\t".join(cell(v) for v in row))
            leads = lead.split(" / ") if " / " in lead else [lead]
            end = mon[rev] if rev else mon[orig]
            expected.append(act(ref, [rec], text, leads, end, st[rag]))
    lines.append("")
    lines.append("RAG: Blue = complete; Green = on track; Amber = some slippage; Red = off track; blank = not started")
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    write_yaml(name, {
        "source": "Imitates a safeguarding children partnership case review action tracker exported from Excel as "
                  "tab-delimited text (Worcestershire Safeguarding Children Partnership, LCSPR action plan, 2025–26, "
                  "overseen by its practice review group). Copied features: title and export lines, a header row, the "
                  "numbered recommendation written only on the first of its action rows (merged cells exported as "
                  "blanks), lettered action numbers, leads as posts with agency abbreviations, mmm-yy original and "
                  "revised targets, Blue/Green/Amber RAG words, a quoted multi-line action cell and a RAG key line.",
        "reads": "A tab-separated tracker for the Child W review: three numbered recommendations with seven actions (1a–3b). "
                 "Where a revised target is given it replaces the original; the last action has no RAG yet.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


if __name__ == "__main__":
    for fn in (hillingdon, darlington, barking, lincolnshire, brent, wolverhampton, worcestershire):
        n, k = fn()
        print(f"{n}: {k} actions")
