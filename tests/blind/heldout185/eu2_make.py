# Builds the seven eu2- blind cases of set heldout185 (data files and their expected readings).
# Run with /work/main/.venv/bin/python eu2_make.py from any directory.
import csv
import datetime as dt
import os
import re

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "0070C0",
    "grey": "D9D9D9", "band": "1F4E79", "head": "BDD7EE", "light": "F2F2F2",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def D(y, m, d):
    return dt.datetime(y, m, d)


def fill(c):
    return PatternFill("solid", start_color=FILL.get(c, c), end_color=FILL.get(c, c))


class _Dumper(yaml.SafeDumper):
    pass


def _str(dumper, value):
    # quote month strings (2025-05) and refs so they read back unchanged
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style='"')
    return dumper.represent_scalar("tag:yaml.org,2002:str", value)


_Dumper.add_representer(str, _str)


def write_expected(name, exp):
    path = os.path.join(HERE, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as f:
        yaml.dump(exp, f, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=4000,
                  default_flow_style=False)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


# ---------------------------------------------------------------------------
# 1. Medway Council - ASC CQC assessment improvement plan (xlsx, three sheets)
# ---------------------------------------------------------------------------
def medway():
    name = "eu2-medway-council-asc-cqc-assessment-improvement-plan.xlsx"
    title = "Medway Council – Adult Social Care Improvement Plan 2025-26"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "Response to the Care Quality Commission (CQC) local authority assessment of adult social care – overall rating: Requires Improvement"
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Summary of changes"),
            ("0.1", D(2025, 4, 14), "ASC Improvement Programme Manager", "First draft following publication of the CQC report"),
            ("1.0", D(2025, 5, 6), "ASC Improvement Programme Manager", "Approved by ASC Improvement Board"),
            ("1.3", D(2025, 10, 2), "ASC Improvement Programme Manager", "September 2025 progress position and revised target dates")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cov.cell(row=5 + i, column=1 + j, value=v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill("head")
    cov["A10"] = "RAG key"
    cov["A10"].font = Font(bold=True)
    key = [("Blue", "blue", "Action complete and evidenced"),
           ("Green", "green", "On track to deliver by the target date"),
           ("Amber", "amber", "Some slippage or risk to delivery – mitigation in place"),
           ("Red", "red", "Off track – escalated to ASC Improvement Board"),
           ("Not started", None, "Action not yet due to start")]
    for i, (w, col, desc) in enumerate(key):
        c = cov.cell(row=11 + i, column=1, value=w)
        c.border = BOX
        if col:
            c.fill = fill(col)
        cov.cell(row=11 + i, column=2, value=desc).border = BOX
    cov.column_dimensions["A"].width = 14
    cov.column_dimensions["B"].width = 16
    cov.column_dimensions["C"].width = 36
    cov.column_dimensions["D"].width = 55

    summ = wb.create_sheet("Summary")
    summ["A1"] = "Summary of progress by CQC theme – September 2025"
    summ["A1"].font = Font(bold=True, size=13)
    hdr = ["CQC theme", "No. of actions", "Blue", "Green", "Amber", "Red", "Not started"]
    data = [("Theme 1: Working with people", 3, 1, 1, 1, 0, 0),
            ("Theme 2: Providing support", 2, 0, 1, 0, 0, 1),
            ("Theme 3: Ensuring safety within the system", 1, 0, 0, 1, 0, 0),
            ("Theme 4: Leadership", 2, 1, 1, 0, 0, 0),
            ("Total", 8, 2, 3, 2, 0, 1)]
    for j, h in enumerate(hdr):
        c = summ.cell(row=3, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("head")
        c.border = BOX
    for i, r in enumerate(data):
        for j, v in enumerate(r):
            c = summ.cell(row=4 + i, column=1 + j, value=v)
            c.border = BOX
            if r[0] == "Total":
                c.font = Font(bold=True)
    summ.column_dimensions["A"].width = 44

    ws = wb.create_sheet("Improvement Plan")
    ncol = 10
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A2"] = "Areas for improvement from the CQC assessment report and our self-assessment"
    ws.merge_cells(start_row=3, start_column=1, end_row=3, end_column=ncol)
    ws["A3"] = "Position at 30 September 2025. RAG key on Cover sheet."
    ws["A3"].font = Font(italic=True)
    headers = ["Ref", "CQC area for improvement", "Action", "Lead officer(s)", "Start date",
               "Original target date", "Revised target date", "Previous RAG (June 2025)",
               "Current RAG (September 2025)", "Progress update"]
    for j, h in enumerate(headers):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("head")
        c.border = BOX
        c.alignment = WRAP
    widths = [7, 42, 50, 30, 11, 11, 11, 11, 11, 60]
    for j, w in enumerate(widths):
        ws.column_dimensions[get_column_letter(j + 1)].width = w

    T1, T2, T3, T4 = ("Theme 1: Working with people", "Theme 2: Providing support",
                      "Theme 3: Ensuring safety within the system", "Theme 4: Leadership")
    AFI1 = "People waited too long for Care Act assessments and reviews, and waiting lists were not consistently risk-rated."
    AFI2 = "Unpaid carers told us they did not always know about carers' assessments or the support available to them."
    AFI3 = "The market for home care in rural parts of Medway and for people with complex needs was fragile."
    AFI4 = "Safeguarding enquiries were not always completed in a timely way and outcomes were not always recorded."
    AFI5 = "Performance information was not used consistently to understand outcomes and drive improvement."
    # (theme band) or (ref, afi, action, lead, start, orig, revised, prev, cur, update, expected)
    plan = [
        ("band", T1),
        ("1.1", AFI1, "Introduce a single risk-rating tool for everyone waiting for an assessment, with weekly oversight by team managers.",
         "Head of Adult Social Care Operations", D(2025, 4, 1), D(2025, 5, 31), None, "Green", "Blue",
         "Tool live in all locality teams from 19 May 2025. Weekly waiting list huddles in place and minuted.",
         (["Head of Adult Social Care Operations"], "2025-05", None, "blue")),
        ("1.2", AFI1, "Reduce the number of people waiting more than 28 days for an assessment to below 150 through a targeted recovery plan.",
         "Head of Adult Social Care Operations / Head of Business Intelligence", D(2025, 4, 1), D(2025, 9, 30), D(2025, 12, 31), "Amber", "Amber",
         "Number waiting over 28 days down from 412 to 238. Agency assessors extended to December; target date revised by the Board.",
         (["Head of Adult Social Care Operations", "Head of Business Intelligence"], "2025-12", None, "amber")),
        ("1.3", AFI2, "Co-produce and launch a refreshed Carers' Offer with Carers FIRST and the Medway Carers Partnership Board.",
         "Commissioning Manager – Carers and Prevention", D(2025, 6, 1), D(2025, 10, 31), None, "Green", "Green",
         "Three co-production workshops held. Launch planned for Carers Rights Day.",
         (["Commissioning Manager – Carers and Prevention"], "2025-10", None, "green")),
        ("band", T2),
        ("2.1", AFI3, "Recommission the domiciliary care framework with a rural zone and enhanced rates for complex care.",
         "Head of Adult Commissioning", D(2025, 5, 1), D(2026, 3, 31), None, "Green", "Green",
         "Market engagement complete. Tender published 15 September 2025.",
         (["Head of Adult Commissioning"], "2026-03", None, "green")),
        ("2.2", AFI3, "Publish a Market Position Statement for 2026-2029 on the council website.",
         "Head of Adult Commissioning", D(2025, 11, 1), D(2026, 1, 31), None, "Not started", "Not started",
         "Due to start in November 2025.",
         (["Head of Adult Commissioning"], "2026-01", None, "unrated")),
        ("band", T3),
        ("3.1", AFI4, "Embed the revised safeguarding adults triage process at the Adult Social Care Front Door, with daily huddles.",
         "Safeguarding Adults Lead; Service Manager (Front Door)", D(2025, 4, 1), D(2025, 6, 30), D(2025, 11, 30), "Red", "Amber",
         "Triage process live from August 2025. Audit of 40 enquiries shows 72% completed within timescale (target 85%).",
         (["Safeguarding Adults Lead", "Service Manager (Front Door)"], "2025-11", None, "amber")),
        ("band", T4),
        ("4.1", AFI5, "Launch a monthly ASC performance dashboard reported to DMT and to the Health and Adult Social Care Overview and Scrutiny Committee.",
         "Head of Business Intelligence", D(2025, 4, 1), D(2025, 7, 31), None, "Green", "Blue",
         "Dashboard launched July 2025 and reported to the committee on 26 August 2025.",
         (["Head of Business Intelligence"], "2025-07", None, "blue")),
        ("4.2", AFI5, "Complete a quality assurance audit programme of 20 case files per month, reporting themes quarterly to the ASC Practice Board.",
         "Principal Social Worker", D(2025, 6, 1), "Ongoing", None, "Green", "Green",
         "Audits completed June to September (80 files). First thematic report to Practice Board in October.",
         (["Principal Social Worker"], None, "Ongoing", "green")),
    ]
    r = 6
    actions = []
    afi_rows = {}
    for item in plan:
        if item[0] == "band":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("band")
            theme = item[1]
            r += 1
            continue
        ref, afi, text, lead, start, orig, rev, prev, cur, upd, exp = item
        vals = [ref, afi, text, lead, start, orig, rev, prev, cur, upd]
        for j, v in enumerate(vals):
            c = ws.cell(row=r, column=1 + j)
            c.border = BOX
            c.alignment = WRAP
            if j == 1:
                afi_rows.setdefault(afi, []).append(r)
                if len(afi_rows[afi]) > 1:
                    continue
            c.value = v
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if j in (7, 8) and v in ("Blue", "Green", "Amber", "Red"):
                c.fill = fill(v.lower())
                if v in ("Blue", "Red"):
                    c.font = Font(color="FFFFFF", bold=True)
        lead_l, end, end_text, status = exp
        actions.append(act(ref, [theme, afi], text, lead_l, end, status, end_text))
        r += 1
    for afi, rs in afi_rows.items():
        if len(rs) > 1:
            ws.merge_cells(start_row=rs[0], start_column=2, end_row=rs[-1], end_column=2)
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
    ws.cell(row=r, column=1, value="Notes: Revised target dates were agreed by the ASC Improvement Board on 8 September 2025. Where a revised date is shown it replaces the original target.").font = Font(italic=True)
    ws.freeze_panes = "A6"
    wb.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": "Imitates a unitary council's adult social care improvement plan written after its CQC local authority "
                  "assessment (Requires Improvement, 2025), of the kind taken to Cabinet and scrutiny as a progress update "
                  "(e.g. B&NES 'CQC Local Authority Assessment - Adult Social Care Improvement Plan Progress Update', "
                  "https://democracy.bathnes.gov.uk/ieDecisionDetails.aspx?ID=2324). No real Medway plan copied. Features: "
                  "cover sheet with document-control table and RAG key (Blue = complete), summary sheet of counts by theme, "
                  "plan sheet with title rows, CQC theme band rows (merged, dark fill), CQC area-for-improvement cell merged "
                  "down over its actions, start / original / revised target dates (real dates), previous and current RAG "
                  "columns with fill colours, job titles as leads (two posts joined by ' / ' and '; ', one with an en dash "
                  "inside it), 'Ongoing' as a target, 'Not started', a notes row at the foot.",
        "reads": "A three-sheet workbook: a cover with document control and a RAG key, a summary of counts by CQC theme, and "
                 "the improvement plan itself, where eight numbered actions sit under four CQC theme bands and under the "
                 "area for improvement they answer (merged over the actions that share it). The end month is the revised "
                 "target where there is one, otherwise the original; the status is the Current RAG (September 2025).",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, actions


# ---------------------------------------------------------------------------
# 2. Nottinghamshire Police - PEEL 2023-25 AFI tracker (xlsx, refuse: typo month)
# ---------------------------------------------------------------------------
def notts():
    name = "eu2-nottinghamshire-police-peel-afi-improvement-tracker-typo-month-refuse.xlsx"
    title = "Nottinghamshire Police – PEEL 2023–25 Areas for Improvement: Action Tracker"
    wb = Workbook()
    ws = wb.active
    ws.title = "AFI Tracker"
    ncol = 9
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A2"] = "Owner: Strategic Planning and Insight | Reported to: Force Executive Board | Last updated: 14 October 2025"
    hdr = ["PEEL question", "AFI", "Area for improvement (HMICFRS)", "Action ref", "Action",
           "Action owner", "Due date", "BRAG", "Update"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("band")
        c.border = BOX
        c.alignment = WRAP
    for j, w in enumerate([24, 7, 45, 8, 50, 30, 14, 7, 55]):
        ws.column_dimensions[get_column_letter(j + 1)].width = w
    Q1, Q2, Q3, Q4 = ("Responding to the public", "Investigating crime", "Protecting vulnerable people",
                      "Building, supporting and protecting the workforce")
    A1 = "The force should make sure that it answers emergency and non-emergency calls within national standards."
    A2 = "The force should make sure that investigations are allocated to appropriately trained staff and are supervised effectively."
    A3 = "The force should make sure that it records victim needs assessments and complies with the Victims' Code."
    A4 = "The force should improve how it manages the risk posed by registered sex offenders."
    A5 = "The force should make sure that it understands and supports the wellbeing of its workforce."
    rows = [
        (Q1, "AFI 1", A1, "1.1", "Recruit and train 24 additional call handlers to bring Contact Management to its funded establishment.", "Head of Contact Management", "January 2026", "A", "18 of 24 recruited; two intakes in training."),
        (Q1, "AFI 1", A1, "1.2", "Introduce a call-back facility on the 101 line for non-emergency calls.", "Head of Contact Management; Head of IT Services", "March 2026", "G", "Supplier confirmed; testing in February."),
        (Q2, "AFI 2", A2, "2.1", "Refresh the crime allocation policy and build supervisor review points into Niche.", "Det Ch Supt Crime and Justice", "September 2025", "B", "Policy published 1 September 2025."),
        (Q2, "AFI 2", A2, "2.2", "Deliver PIP1 investigation training to all response sergeants.", "Head of Learning and Development", "December 2025", "G", "112 of 150 sergeants trained."),
        (Q2, "AFI 3", A3, "3.1", "Add a mandatory Victims' Code compliance check to the investigation finalisation process.", "Det Supt Investigation Standards", "November 2025", "A", "Niche change request raised; awaiting regional release."),
        (Q3, "AFI 4", A4, "4.1", "Clear the backlog of overdue ARMS assessments for registered sex offenders.", "Det Supt Public Protection", "Ocotber 2025", "A", "Backlog down from 96 to 31."),
        (Q3, "AFI 4", A4, "4.2", "Review MOSOVO caseloads against the national workload model and rebalance teams.", "Det Supt Public Protection", "March 2026", "G", "Review under way with the Force Intelligence Bureau."),
        (Q4, "AFI 5", A5, "5.1", "Launch a wellbeing needs survey and publish the findings to all staff.", "Head of People Services", "June 2026", "G", "Survey designed with staff associations."),
        (Q4, "AFI 5", A5, "5.2", "Provide trauma risk management (TRiM) assessments for all officers in high-risk roles.", "Head of People Services / Force Occupational Health Manager", "April 2026", "R", "Occupational health capacity gap; bid to Chief Officer Team in November."),
    ]
    r = 5
    refuse_row = None
    colour = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    groups = {}
    for row in rows:
        for j, v in enumerate(row):
            c = ws.cell(row=r, column=1 + j, value=v)
            c.border = BOX
            c.alignment = WRAP
        ws.cell(row=r, column=8).fill = fill(colour[row[7]])
        if row[6].startswith("Ocotber"):
            refuse_row = r
        groups.setdefault(("q", row[0]), []).append(r)
        groups.setdefault(("a", row[1]), []).append(r)
        r += 1
    # merge the PEEL question and the AFI (number and text) over their actions
    for (kind, _), rs in groups.items():
        if len(rs) < 2:
            continue
        cols = [1] if kind == "q" else [2, 3]
        for col in cols:
            for rr in rs[1:]:
                ws.cell(row=rr, column=col).value = None
            ws.merge_cells(start_row=rs[0], start_column=col, end_row=rs[-1], end_column=col)
    r += 1
    ws.cell(row=r, column=1, value="BRAG: B = complete, R = off track, A = at risk, G = on track. See the 'Key' sheet.").font = Font(italic=True)
    key = wb.create_sheet("Key")
    key["A1"] = "BRAG key"
    key["A1"].font = Font(bold=True)
    for i, (k, col, d) in enumerate([("B", "blue", "Complete – evidence submitted to HMICFRS portal"),
                                     ("G", "green", "On track"), ("A", "amber", "At risk of missing due date"),
                                     ("R", "red", "Off track – escalate to Force Executive Board")]):
        key.cell(row=2 + i, column=1, value=k).fill = fill(col)
        key.cell(row=2 + i, column=2, value=d)
    wb.save(os.path.join(HERE, name))
    assert refuse_row is not None
    write_expected(name, {
        "source": "Imitates a police force's tracker of the areas for improvement in its HMICFRS PEEL 2023-25 report, as kept "
                  "by a force planning team and reported to its executive board / PCC accountability meeting (layout like "
                  "the PEEL AFI trackers forces publish with PCC papers). Features: title and owner line, header row in a "
                  "dark band, PEEL question and AFI number/text merged down over their actions, numbered actions, rank "
                  "abbreviations and job titles as owners (two joined by '; ' and ' / '), due dates typed as text "
                  "('January 2026'), BRAG letters with fill colours, a key line and a Key sheet. One due date is typed "
                  "'Ocotber 2025'.",
        "reads": "A one-sheet tracker of nine actions against five PEEL areas for improvement, grouped under four PEEL questions. "
                 "All due dates are month-and-year text except action 4.1, whose due date reads 'Ocotber 2025' - a mistyped "
                 "month; a careful reader would stop and ask rather than guess October 2025.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_row,
        "title": title,
    })
    return name, None


# ---------------------------------------------------------------------------
# 3. Thanet DC - corporate risk register Q2 2025/26 (xlsx, risk bands + detail rows)
# ---------------------------------------------------------------------------
def thanet():
    name = "eu2-thanet-dc-corporate-risk-register-q2-2025-26.xlsx"
    title = "Thanet District Council – Corporate Risk Register – Quarter 2 2025/26"
    wb = Workbook()
    ws = wb.active
    ws.title = "CRR Q2 2025-26"
    ncol = 7
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A2"] = "Governance and Audit Committee – 3 December 2025. Scores are likelihood x impact (5 x 5). Changes since Q1 shown in the update column."
    hdr = ["Ref", "Further mitigating action", "Action owner", "Target date", "Q1 RAG", "Q2 RAG", "Q2 progress update"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("head")
        c.border = BOX
        c.alignment = WRAP
    for j, w in enumerate([9, 60, 32, 12, 8, 8, 60]):
        ws.column_dimensions[get_column_letter(j + 1)].width = w
    R1 = "CR01 – Financial sustainability"
    R2 = "CR02 – Landlord compliance and building safety"
    R3 = "CR03 – Cyber security"
    R4 = "CR04 – Workforce capacity and resilience"
    content = [
        ("risk", R1, "Risk owner: Chief Executive | Inherent score: 20 (Very High) | Residual score: 16 (High) | Target score: 9 | Direction of travel: unchanged"),
        ("CR01.1", "Deliver the 2026/27 budget savings programme of £2.1m, with monthly tracking at Corporate Management Team.",
         "Head of Finance & Procurement", D(2026, 2, 28), "dd/mm/yyyy", "G", "A",
         "£1.4m of savings identified; £0.7m gap remains and options go to Cabinet in January.",
         (["Head of Finance & Procurement"], "2026-02", None, "amber")),
        ("CR01.2", "Refresh the Medium Term Financial Strategy to 2029/30 and report it to Cabinet.",
         "Section 151 Officer", "Q3 2025/26", None, "G", "G", "Draft MTFS prepared; Cabinet 11 December 2025.",
         (["Section 151 Officer"], "2025-12", None, "green")),
        ("risk", R2, "Risk owner: Director of Housing and Planning | Inherent score: 25 (Very High) | Residual score: 15 (High) | Target score: 8 | Direction of travel: improving"),
        ("CR02.1", "Complete all outstanding high-risk fire risk assessment actions on the council's five high-rise blocks.",
         "Director of Housing and Planning", D(2025, 12, 31), "dd/mm/yyyy", "R", "A",
         "41 of 63 high-risk actions closed. Remaining actions need fire door replacements (contractor on site).",
         (["Director of Housing and Planning"], "2025-12", None, "amber")),
        ("CR02.2", "Implement the compliance case management system across all six big safety areas (gas, electrical, fire, water, asbestos and lifts).",
         "Head of Housing Compliance / Head of ICT", D(2026, 3, 31), "dd/mm/yyyy", "A", "A",
         "Gas and electrical modules live; data migration for fire and water under way.",
         (["Head of Housing Compliance", "Head of ICT"], "2026-03", None, "amber")),
        ("risk", R3, "Risk owner: Director of Corporate Services | Inherent score: 20 (Very High) | Residual score: 12 (Medium) | Target score: 8 | Direction of travel: improving"),
        ("CR03.1", "Achieve Cyber Essentials Plus accreditation.", "Head of ICT", D(2025, 9, 30), "dd/mm/yyyy", "G", "B",
         "Accreditation awarded 22 September 2025.",
         (["Head of ICT"], "2025-09", None, "blue")),
        ("CR03.2", "Hold a cyber incident tabletop exercise with Corporate Management Team and East Kent partners.",
         "Head of ICT; Emergency Planning Manager", D(2025, 11, 30), "mmm-yy", "G", "G",
         "Exercise booked for 19 November 2025 with the Kent Resilience Forum.",
         (["Head of ICT", "Emergency Planning Manager"], "2025-11", None, "green")),
        ("risk", R4, "Risk owner: Director of Corporate Services | Inherent score: 16 (High) | Residual score: 12 (Medium) | Target score: 9 | Direction of travel: improving"),
        ("CR04.1", "Deliver the recruitment and retention plan for hard-to-fill posts in planning, legal and environmental health.",
         "Head of HR and OD", "Ongoing", None, "A", "G",
         "Market supplements agreed for planning; vacancy rate down from 14% to 9%.",
         (["Head of HR and OD"], None, "Ongoing", "green")),
    ]
    colour = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    r = 5
    actions = []
    for item in content:
        if item[0] == "risk":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True)
            c.fill = fill("grey")
            risk = item[1]
            r += 1
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            c = ws.cell(row=r, column=1, value=item[2])
            c.font = Font(italic=True, size=9)
            c.fill = fill("light")
            r += 1
            continue
        ref, text, owner, target, fmt, q1, q2, upd, exp = item
        vals = [ref, text, owner, target, q1, q2, upd]
        for j, v in enumerate(vals):
            c = ws.cell(row=r, column=1 + j, value=v)
            c.border = BOX
            c.alignment = WRAP
        if fmt:
            ws.cell(row=r, column=4).number_format = fmt
        ws.cell(row=r, column=5).fill = fill(colour[q1])
        ws.cell(row=r, column=6).fill = fill(colour[q2])
        lead_l, end, end_text, status = exp
        actions.append(act(ref, [risk], text, lead_l, end, status, end_text))
        r += 1
    key = wb.create_sheet("Scoring and key")
    key["A1"] = "Risk scoring matrix (likelihood x impact)"
    key["A1"].font = Font(bold=True)
    for i in range(5):
        key.cell(row=3 + i, column=1, value=5 - i)
        for j in range(5):
            key.cell(row=3 + i, column=2 + j, value=(5 - i) * (j + 1))
    for j in range(5):
        key.cell(row=8, column=2 + j, value=j + 1)
    key["A10"] = "Mitigating action RAG"
    key["A10"].font = Font(bold=True)
    for i, (k, col, d) in enumerate([("B", "blue", "Complete"), ("G", "green", "On track"),
                                     ("A", "amber", "Some delay – recoverable"), ("R", "red", "Off track")]):
        key.cell(row=11 + i, column=1, value=k).fill = fill(col)
        key.cell(row=11 + i, column=2, value=d)
    wb.save(os.path.join(HERE, name))
    write_expected(name, {
        "source": "Imitates a Kent district council's quarterly corporate/strategic risk register as appended to a Governance "
                  "and Audit Committee report (cf. Tonbridge & Malling Strategic Risk Register annexes, "
                  "https://democracy.tmbc.gov.uk/mgAi.aspx?ID=43774). No real Thanet register copied. Features: title and "
                  "committee line, each risk as a grey merged band ('CR01 – Financial sustainability') followed by a merged "
                  "risk-details line (owner, inherent/residual/target scores, direction of travel), then numbered further "
                  "mitigating actions with owner, target date (real dates shown dd/mm/yyyy and one as mmm-yy, 'Q3 2025/26', "
                  "'Ongoing'), Q1 and Q2 RAG letters with fill colours; a second sheet with the scoring matrix and the "
                  "action RAG key (B = Complete).",
        "reads": "A risk register for Q2 2025/26: four corporate risks, each a band with a details line, and under each one or two "
                 "further mitigating actions (seven in all) with an owner, a target date and RAG for Q1 and Q2. The actions are "
                 "read under their risk; the status is the Q2 RAG, and the risk-details lines and the key sheet are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, actions


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
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


def header_row(table, headers):
    for j, h in enumerate(headers):
        c = table.rows[0].cells[j]
        set_cell(c, h, bold=True)
        shade(c, FILL["head"])


# ---------------------------------------------------------------------------
# 4. Conwy CBC - Audit Wales recommendations tracker (docx, a table per report)
# ---------------------------------------------------------------------------
def conwy():
    name = "eu2-conwy-cbc-audit-wales-recommendations-tracker.docx"
    title = "Conwy County Borough Council: Audit Wales Recommendations and Proposals for Improvement – Progress Tracker"
    doc = Document()
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Governance and Audit Committee – 20 November 2025")
    doc.add_paragraph("Appendix 1")
    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    for i, r in enumerate([("Version", "Date", "Owner"),
                           ("1.0", "12/06/2025", "Corporate Performance Manager"),
                           ("1.1", "18/09/2025", "Corporate Performance Manager"),
                           ("1.2", "05/11/2025", "Corporate Performance Manager")]):
        for j, v in enumerate(r):
            set_cell(t.rows[i].cells[j], v, bold=(i == 0))
    doc.add_paragraph("")
    doc.add_paragraph(
        "This tracker sets out the Council's response to recommendations and proposals for improvement made by the "
        "Auditor General for Wales in local performance audit reports, and progress against each agreed action. "
        "Completed actions are removed after they have been reported once as complete.")
    doc.add_heading("Status key", level=2)
    k = doc.add_table(rows=5, cols=2)
    k.style = "Table Grid"
    for i, (s, col, d) in enumerate([("Complete", FILL["blue"], "Action delivered and evidence held"),
                                     ("On track", FILL["green"], "Expected to be delivered by the target date"),
                                     ("Some slippage", FILL["amber"], "Delivery delayed; revised date agreed"),
                                     ("Off track", FILL["red"], "Not expected to be delivered without intervention"),
                                     ("Not started", "FFFFFF", "Work not yet begun")]):
        set_cell(k.rows[i].cells[0], s, bold=True)
        shade(k.rows[i].cells[0], col)
        set_cell(k.rows[i].cells[1], d)
    status_col = {"Complete": FILL["blue"], "On track": FILL["green"], "Some slippage": FILL["amber"],
                  "Off track": FILL["red"]}
    status_map = {"Complete": "blue", "On track": "green", "Some slippage": "amber", "Off track": "red",
                  "Not started": "unrated"}
    headers = ["Ref", "Recommendation / proposal for improvement", "Agreed action", "Responsible officer",
               "Target date", "Status", "Progress update (November 2025)"]
    reports = [
        ("1. Financial Sustainability Review",
         "Issued: March 2024. Local report – recommendations. Lead director: Strategic Director (Finance and Resources).",
         [("The Council should strengthen its medium-term financial planning by setting out how it will close the funding gap beyond 2025-26.",
           [("R1.1", "Extend the Medium Term Financial Strategy to cover five years and include scenario modelling.",
             "Head of Financial Services", "March 2025", "Complete", "MTFS 2025-2030 approved by Council on 6 March 2025.",
             ["Head of Financial Services"], "2025-03"),
            ("R1.2", "Report a savings delivery tracker to Cabinet each quarter.",
             "Head of Financial Services", "June 2025", "Complete", "First tracker reported to Cabinet in June 2025 and quarterly since.",
             ["Head of Financial Services"], "2025-06")]),
          ("The Council should ensure that savings proposals are supported by robust impact assessments before decisions are taken.",
           [("R2.1", "Introduce a combined impact assessment template for all budget proposals, covering equalities, the Welsh language and the well-being duty.",
             "Head of Legal and Democratic Services / Head of Financial Services", "September 2025\nRevised: January 2026", "Some slippage",
             "Template drafted and tested on three proposals. Roll-out deferred to the 2026-27 budget round.",
             ["Head of Legal and Democratic Services", "Head of Financial Services"], "2026-01")])]),
        ("2. Use of Performance Information: Service User Perspective and Outcomes",
         "Issued: October 2024. Local report – proposals for improvement. Lead director: Chief Executive.",
         [("The Council should improve the information it provides to senior leaders and members on the perspective of service users.",
           [("P1.1", "Add customer feedback and complaints measures to the quarterly performance report to Cabinet.",
             "Corporate Performance Manager", "Dec-25", "On track", "Measures agreed with Heads of Service; first report due in Q3.",
             ["Corporate Performance Manager"], "2025-12"),
            ("P1.2", "Pilot outcome measures in two services (Social Care and Housing Solutions) during 2025-26.",
             "Corporate Performance Manager; Head of Housing and Prevention", "March 2026", "On track",
             "Housing Solutions pilot started in September; Social Care pilot scoping complete.",
             ["Corporate Performance Manager", "Head of Housing and Prevention"], "2026-03")]),
          ("The Council should strengthen the arrangements for assuring the quality of the data underpinning its performance measures.",
           [("P2.1", "Introduce a data quality checklist to be signed off by each Head of Service when quarterly data is submitted.",
             "Corporate Performance Manager", "Quarter 3 2025-26", "Off track",
             "Checklist not yet adopted; capacity in the performance team reduced by two vacancies.",
             ["Corporate Performance Manager"], "2025-12")])]),
        ("3. Digital Strategy Review",
         "Issued: June 2025. Local report – recommendation. Lead director: Strategic Director (Finance and Resources).",
         [("The Council should set out how it will resource the delivery of its digital strategy.",
           [("R1.1", "Produce a costed digital delivery plan and take it to Cabinet for approval.",
             "Head of ICT and Digital", "April 2026", "Not started", "Work will begin once the 2026-27 budget is set.",
             ["Head of ICT and Digital"], "2026-04")])]),
    ]
    actions = []
    for heading, intro, recs in reports:
        doc.add_heading(heading, level=1)
        doc.add_paragraph(intro)
        n = sum(len(a) for _, a in recs)
        t = doc.add_table(rows=1 + n, cols=7)
        t.style = "Table Grid"
        header_row(t, headers)
        i = 1
        for rec, acts in recs:
            first = i
            for (ref, text, officer, date, status, upd, lead_l, end) in acts:
                cells = t.rows[i].cells
                set_cell(cells[0], ref)
                if i == first:
                    set_cell(cells[1], rec)
                set_cell(cells[2], text)
                set_cell(cells[3], officer)
                set_cell(cells[4], date)
                set_cell(cells[5], status)
                if status in status_col:
                    shade(cells[5], status_col[status])
                set_cell(cells[6], upd)
                actions.append(act(ref, [heading, rec], text, lead_l, end, status_map[status]))
                i += 1
            if i - 1 > first:
                t.cell(first, 1).merge(t.cell(i - 1, 1))
        doc.add_paragraph("")
    doc.add_paragraph("National reports of the Auditor General are reported to the Committee separately.")
    doc.save(os.path.join(HERE, name))
    write_expected(name, {
        "source": "Imitates a Welsh principal council's Audit Wales recommendations / proposals for improvement tracker as "
                  "appended to its Governance and Audit Committee papers (the quarterly 'Audit Wales Work Programme: Council "
                  "Progress Update' kind of report, e.g. https://democracy.monmouthshire.gov.uk/mgAi.aspx?ID=15027). No real "
                  "Conwy tracker copied. Features: Title paragraph, committee line, document-control table, intro text, a "
                  "shaded status key table, then one Heading 1 per Audit Wales report with an 'Issued:' line and its own "
                  "table; the recommendation cell is vertically merged over its actions; action refs R1.1 / P1.1 (restarting "
                  "per report); target dates as 'March 2025', 'Dec-25', 'Quarter 3 2025-26' and an original date with a "
                  "revised date beneath it in the same cell; status words with cell shading; two posts per cell joined by "
                  "' / ' and '; '.",
        "reads": "A Word tracker: after the document-control and status-key tables, three Audit Wales reports each have a table of "
                 "agreed actions (seven in all) under the recommendation or proposal for improvement they answer. The end is the "
                 "target date (the revised one where a revised date is given) and the status is the status word as the key "
                 "defines it (Complete = blue).",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, actions


# ---------------------------------------------------------------------------
# 5. Cardiff Council - Estyn LGES post-inspection action plan (docx, table per recommendation)
# ---------------------------------------------------------------------------
def cardiff():
    name = "eu2-cardiff-council-estyn-lges-post-inspection-action-plan.docx"
    title = "Cardiff Council Local Government Education Services: Post-Inspection Action Plan (PIAP)"
    doc = Document()
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Estyn inspection: 10–14 March 2025. Report published: 16 May 2025.")
    doc.add_paragraph("Progress position: December 2025")
    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate([("Approved by", "Cabinet, 17 July 2025"),
                                ("Monitored by", "Education PIAP Board (half-termly); Children and Young People Scrutiny Committee"),
                                ("Plan owner", "Director of Education and Lifelong Learning")]):
        set_cell(t.rows[i].cells[0], a, bold=True)
        set_cell(t.rows[i].cells[1], b)
    doc.add_heading("Introduction", level=1)
    doc.add_paragraph(
        "This plan sets out how the local authority will address the three recommendations in Estyn's report on "
        "Cardiff's local government education services. There is one table for each recommendation. Each action has a "
        "reference made up of the recommendation number and a letter.")
    doc.add_paragraph("RAG: Complete / Green = on track / Amber = some concern / Red = significant concern / Not yet started")
    heads = ["Ref", "Action", "Lead officer(s)", "Timescale", "Success criteria", "Progress (RAG)"]
    rag_col = {"Complete": FILL["blue"], "Green": FILL["green"], "Amber": FILL["amber"], "Red": FILL["red"]}
    rag_map = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red", "Not yet started": "unrated"}
    recs = [
        ("Recommendation 1: Strengthen self-evaluation and improvement planning so that they focus sharply on the impact of services on learners' outcomes",
         "Estyn found that officers describe activity well but do not evaluate the impact of their work on learners precisely enough.",
         [("R1a", "Revise the Education Directorate self-evaluation framework so that each service evaluates its impact against agreed outcome measures.",
           "Assistant Director (Education Services)", "Autumn term 2025", "All service self-evaluations use the revised framework.", "Complete",
           ["Assistant Director (Education Services)"], "2025-12", None),
          ("R1b", "Train all education officers in evaluating impact, including the use of first-hand evidence from school visits.",
           "Head of School Improvement", "March 2026", "All officers trained; sample of visit notes quality assured.", "Green",
           ["Head of School Improvement"], "2026-03", None),
          ("R1c", "Align service plans with the Cardiff 2030 education vision and report progress to the Children and Young People Scrutiny Committee twice a year.",
           "Director of Education and Lifelong Learning", "Ongoing", "Six-monthly reports received by scrutiny.", "Green",
           ["Director of Education and Lifelong Learning"], None, "Ongoing")]),
        ("Recommendation 2: Improve attendance, particularly for pupils eligible for free school meals",
         "Estyn found that attendance has not recovered well enough since the pandemic, especially for eFSM pupils.",
         [("R2a", "Launch a revised attendance strategy with schools, setting clear thresholds for referral to the Education Welfare Service.",
           "Head of Inclusion / Education Welfare Manager", "Autumn term 2025", "Strategy launched; referral thresholds applied by all schools.", "Amber",
           ["Head of Inclusion", "Education Welfare Manager"], "2025-12", None),
          ("R2b", "Provide attendance data packs for each school, broken down by eFSM and ALN.",
           "Education Data Manager", "Termly", "Packs issued each term and used in link officer visits.", "Green",
           ["Education Data Manager"], None, "Termly")]),
        ("Recommendation 3: Ensure that the arrangements for supporting pupils with additional learning needs are consistently effective",
         "Estyn found that too many pupils wait too long for decisions about their additional learning needs.",
         [("R3a", "Reduce waiting times for local authority ALN decisions to within 12 weeks.",
           "Head of ALN; Principal Educational Psychologist", "Summer term 2026", "90% of decisions made within 12 weeks.", "Red",
           ["Head of ALN", "Principal Educational Psychologist"], "2026-07", None),
          ("R3b", "Publish a specialist provision sufficiency plan for 2026-2031.",
           "Head of ALN", "July 2026", "Plan approved by Cabinet and published.", "Not yet started",
           ["Head of ALN"], "2026-07", None)]),
    ]
    actions = []
    for heading, finding, acts in recs:
        doc.add_heading(heading, level=1)
        doc.add_paragraph(finding)
        t = doc.add_table(rows=1 + len(acts), cols=6)
        t.style = "Table Grid"
        header_row(t, heads)
        for i, (ref, text, lead, when, crit, rag, lead_l, end, end_text) in enumerate(acts, start=1):
            cells = t.rows[i].cells
            for j, v in enumerate([ref, text, lead, when, crit, rag]):
                set_cell(cells[j], v)
            if rag in rag_col:
                shade(cells[5], rag_col[rag])
            actions.append(act(ref, [heading], text, lead_l, end, rag_map[rag], end_text))
        doc.add_paragraph("")
    doc.add_heading("Glossary", level=1)
    g = doc.add_table(rows=5, cols=2)
    g.style = "Table Grid"
    for i, (a, b) in enumerate([("Term", "Meaning"), ("ALN", "Additional learning needs"),
                                ("eFSM", "Pupils eligible for free school meals"),
                                ("LGES", "Local government education services"),
                                ("PIAP", "Post-inspection action plan")]):
        set_cell(g.rows[i].cells[0], a, bold=(i == 0))
        set_cell(g.rows[i].cells[1], b, bold=(i == 0))
    doc.save(os.path.join(HERE, name))
    write_expected(name, {
        "source": "Imitates a Welsh local authority's post-inspection action plan after an Estyn inspection of its local "
                  "government education services (LGES, 2025 framework), in the 'table for each recommendation' form "
                  "described in Wrexham's PIAP (https://docsbay.net/piap-table-format): ref = recommendation number + "
                  "letter. No real Cardiff PIAP copied. Features: Title paragraph, inspection dates, an approval/monitoring "
                  "table, introduction with an inline RAG key, one Heading 1 per Estyn recommendation followed by a 'what "
                  "Estyn found' paragraph and a table of actions (Ref, Action, Lead officer(s), Timescale, Success criteria, "
                  "Progress (RAG) with shading); timescales as school terms, a month, 'Ongoing' and 'Termly'; a glossary "
                  "table at the end.",
        "reads": "A Word PIAP with three Estyn recommendations, each a heading over its own table of lettered actions (seven in "
                 "all) with leads, a timescale, success criteria and a RAG word. Terms are read as periods (Autumn term 2025 "
                 "-> December 2025, Summer term 2026 -> July 2026); the control table, key line and glossary carry no actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, actions


# ---------------------------------------------------------------------------
# 6. Gedling BC - internal audit recommendations tracker (csv export)
# ---------------------------------------------------------------------------
def gedling():
    name = "eu2-gedling-bc-internal-audit-recommendations-tracker.csv"
    title = "Gedling Borough Council - Internal Audit Recommendations Tracker"
    header = ["Audit", "Assurance Opinion", "Rec No", "Priority", "Recommendation", "Agreed Action",
              "Responsible Officer", "Original Due Date", "Revised Due Date", "RAG Status", "Latest Update"]
    n = len(header)
    pad = lambda cells: list(cells) + [""] * (n - len(cells))
    A1, A2, A3, A4 = ("Payroll (2024/25)", "Council Tax and NNDR (2024/25)", "Contract Management (2025/26)",
                      "Waste Services - Trade Waste (2024/25)")
    recs = [
        (A1, "Reasonable", "1", "Medium", "Starters and leavers forms should be authorised by the budget holder before they are processed.",
         "Payroll will reject any starter or leaver form that has not been authorised by the budget holder, and the HR system workflow will be updated to enforce this.",
         "Payroll Manager", "31/03/2025", "30/09/2025", "Complete", "Workflow change went live on 1 September 2025. Verified by Internal Audit.",
         (["Payroll Manager"], "2025-09", "blue")),
        (A1, "Reasonable", "2", "Low", "Overtime claims should be checked against rotas before payment.",
         "Service managers to confirm overtime against rotas each month; Payroll to spot check 10% of claims.",
         "Payroll Manager / Service Managers", "30/06/2025", "31/12/2025", "Green", "Monthly confirmations in place for Waste and Leisure; remaining services from November.",
         (["Payroll Manager", "Service Managers"], "2025-12", "green")),
        (A2, "Substantial", "1", "Medium", "Suspense account items should be cleared within 30 days.",
         "a) Weekly review of the suspense account by the Revenues Team Leader.\nb) Items over 30 days to be reported monthly to the Revenues and Benefits Manager.",
         "Revenues and Benefits Manager", "31/10/2025", "", "Amber", "Weekly review in place. 14 items over 30 days remain, mostly from the annual billing run.",
         (["Revenues and Benefits Manager"], "2025-10", "amber")),
        (A3, "Limited", "1", "High", "A contracts register should be maintained and published in line with the Local Government Transparency Code.",
         "Establish a single corporate contracts register and publish it quarterly on the council website.",
         "Procurement Manager", "31/12/2025", "", "Green", "Register populated from the finance system; first publication planned for December.",
         (["Procurement Manager"], "2025-12", "green")),
        (A3, "Limited", "2", "High", "Contract managers should hold documented performance meetings with key suppliers.",
         "Introduce a contract management toolkit, including a template for recording supplier performance meetings, and train contract managers.",
         "Procurement Manager; Head of Governance and Customer Services", "31/03/2026", "", "Amber", "Toolkit drafted. Training dates not yet set because of staff absence.",
         (["Procurement Manager", "Head of Governance and Customer Services"], "2026-03", "amber")),
        (A3, "Limited", "3", "Medium", "Contract extensions should be approved in line with Contract Procedure Rules.",
         "Remind all officers of the approval requirements for contract extensions through the staff bulletin and management team briefings.",
         "Monitoring Officer", "30/09/2025", "", "Complete", "Bulletin item issued 4 August 2025; briefed at Senior Leadership Team.",
         (["Monitoring Officer"], "2025-09", "blue")),
        (A4, "Reasonable", "1", "Medium", "Trade waste customers without a valid Waste Transfer Note should be identified and followed up.",
         "Run a quarterly report of customers without a current Waste Transfer Note and issue reminder letters.",
         "Head of Environment / Waste Services Manager", "31/05/2025", "31/01/2026", "Red", "Report cannot yet be produced from the new waste system; supplier fix awaited.",
         (["Head of Environment", "Waste Services Manager"], "2026-01", "red")),
    ]
    path = os.path.join(HERE, name)
    actions = []
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(pad([title]))
        w.writerow(pad(["Audit Committee - 25 November 2025"]))
        w.writerow(pad(["Open recommendations and those closed since the last meeting, as at 31 October 2025"]))
        w.writerow(pad([]))
        w.writerow(header)
        for rec in recs:
            w.writerow(list(rec[:11]))
            lead_l, end, status = rec[11]
            actions.append(act(rec[2], [rec[0], rec[4]], rec[5], lead_l, end, status))
        w.writerow(pad([]))
        w.writerow(pad(["Summary by RAG status", "Number"]))
        for k, v in [("Complete", 2), ("Green", 2), ("Amber", 2), ("Red", 1), ("Total", 7)]:
            w.writerow(pad([k, str(v)]))
    write_expected(name, {
        "source": "Imitates a district council's internal audit recommendations follow-up tracker exported to CSV for its "
                  "Audit Committee (the Reading / West Norfolk style of 'implementation of audit recommendations' appendix, "
                  "e.g. https://democracy.reading.gov.uk/mgAi.aspx?ID=9589). No real Gedling tracker copied. Features: "
                  "Excel-style CSV with padded commas, three title/meeting lines and a blank line before the header, one "
                  "row per recommendation with the audit name repeated on each row, assurance opinion, rec number "
                  "restarting per audit, priority, recommendation and agreed action in separate columns, one agreed action "
                  "with an Alt+Enter line break (quoted field), job titles as responsible officers (two joined by ' / ' and "
                  "'; '), original and revised due dates (dd/mm/yyyy), RAG word, and a summary-by-RAG block at the foot.",
        "reads": "A CSV tracker of seven open or recently closed internal audit recommendations from four audits. Each row is one "
                 "agreed action, read under its audit and the recommendation it answers; the end is the revised due date where "
                 "given, else the original; the summary block at the foot is not an action.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, actions


# ---------------------------------------------------------------------------
# 7. Hackney - RSH consumer standards housing improvement plan (tab-separated text)
# ---------------------------------------------------------------------------
def hackney():
    name = "eu2-hackney-council-rsh-consumer-standards-housing-improvement-plan.txt"
    title = "London Borough of Hackney - Housing Improvement Plan"
    header = ["Workstream", "RSH finding", "Ref", "Action", "Accountable officer", "Milestone date", "Status", "Commentary"]
    n = len(header)
    W1, W2, W3 = ("1. Safety and Quality Standard", "2. Transparency, Influence and Accountability Standard",
                  "3. Tenancy Standard")
    F1 = "The council does not have an accurate, up-to-date understanding of the condition of its homes."
    F2 = "Over 1,200 fire safety remedial actions were overdue, including high-risk actions."
    F3 = "Tenants were not given timely information about the council's performance or enough influence over services."
    F4 = "Information about tenants' diverse needs was incomplete."
    rows = [
        (W1, F1, "1.1", "Commission a 100% stock condition survey, including HHSRS assessments, to be completed over two years.",
         "Head of Asset Management", "Mar-27", "On track", "Contract awarded; 3,860 homes surveyed to date (17%).",
         (["Head of Asset Management"], "2027-03", None, "green")),
        (W1, F1, "1.2", "Load all survey data into the asset management system and report decency levels monthly to the Housing Improvement Board.",
         "Head of Asset Management / Housing Data Lead", "Sep 2026", "On track", "Data loading routine agreed with the system supplier.",
         (["Head of Asset Management", "Housing Data Lead"], "2026-09", None, "green")),
        (W1, F2, "1.3", "Clear all overdue high-risk fire safety remedial actions.",
         "Head of Building Safety", "31/12/2025", "At risk", "214 high-risk actions outstanding (from 388). Second contractor mobilised in October.",
         (["Head of Building Safety"], "2025-12", None, "amber")),
        (W1, F2, "1.4", "Introduce weekly compliance reporting across the big six safety areas to the Director of Housing.",
         "Head of Building Safety", "Aug 2025", "Complete", "Weekly report in place since 4 August 2025.",
         (["Head of Building Safety"], "2025-08", None, "blue")),
        (W2, F3, "2.1", "Publish Tenant Satisfaction Measures and a plain-English performance summary each quarter.",
         "Head of Resident Engagement", "Quarterly", "On track", "Q1 and Q2 summaries published on the website and in Hackney Today.",
         (["Head of Resident Engagement"], None, "Quarterly", "green")),
        (W2, F3, "2.2", "Set up a Tenant Scrutiny Panel with terms of reference agreed with residents.",
         "Head of Resident Engagement", "Jan 2026", "Off track", "Only four applications received; recruitment to be relaunched with TRA support.",
         (["Head of Resident Engagement"], "2026-01", None, "red")),
        (W3, F4, "3.1", "Run a tenancy audit programme to update household and vulnerability information for all tenants.",
         "Head of Tenancy and Leasehold Services", "Q4 2025/26", "On track", "Audits under way in Homerton and Hoxton neighbourhoods.",
         (["Head of Tenancy and Leasehold Services"], "2026-03", None, "green")),
    ]
    lines = [
        [title],
        ["Response to the Regulator of Social Housing regulatory judgement (consumer grade C3)"],
        ["Position at 31 October 2025 - for the Housing Improvement Board"],
        [],
        header,
    ]
    actions = []
    prev_w = prev_f = None
    for (w, f, ref, text, off, date, status, comm, exp) in rows:
        lines.append([w if w != prev_w else "", f if f != prev_f else "", ref, text, off, date, status, comm])
        prev_w, prev_f = w, f
        lead_l, end, end_text, st = exp
        actions.append(act(ref, [w, f], text, lead_l, end, st, end_text))
    lines.append([])
    lines.append(["Status key: Complete = blue; On track = green; At risk = amber; Off track = red"])
    lines.append(["Source: Housing Improvement Plan tracker (SharePoint list), exported 3 November 2025"])
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as fh:
        for cells in lines:
            cells = list(cells) + [""] * (n - len(cells))
            fh.write("\t".join(cells) + "\r\n")
    write_expected(name, {
        "source": "Imitates a London borough's housing improvement plan after a Regulator of Social Housing C3 consumer "
                  "judgement (2024-25 wave of council C3 gradings; cf. Castle Point's response page "
                  "https://castlepoint.gov.uk/our-response-to-the-regulator-of-social-housing-rsh-findings), organised "
                  "by consumer standard as a workstream and by the regulator's finding. No real Hackney plan copied. "
                  "Features: tab-separated text export from a spreadsheet/SharePoint list with trailing tabs, three title "
                  "lines and a blank line, workstream and finding written only on the first row of their group (blank "
                  "below, as merged cells export), milestone dates in mixed forms (Mar-27, Sep 2026, 31/12/2025, Q4 "
                  "2025/26, Quarterly), status words with a status key line and a source line at the foot.",
        "reads": "A tab-separated housing improvement plan: seven numbered actions under three consumer-standard workstreams and "
                 "the regulator's finding each answers (both carried down from the first row of the group). Status words map "
                 "through the key at the foot (At risk = amber); 'Quarterly' is no month.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, actions


if __name__ == "__main__":
    for fn in (medway, notts, thanet, conwy, cardiff, gedling, hackney):
        n, a = fn()
        print(n, "refuse" if a is None else len(a))
