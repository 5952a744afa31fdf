#!/usr/bin/env python
"""Build the seven zue- cases of heldout657 (data files and their expected readings).

Run with /work/main/.venv/bin/python (openpyxl, python-docx, pyyaml).
Only writes files whose names start with zue- in this folder.
"""
import csv
import datetime as dt
import os

import yaml
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "00B0F0",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def solid(hex_):
    return PatternFill(start_color=hex_, end_color=hex_, fill_type="solid")


def out(name):
    assert name.startswith("zue-")
    return os.path.join(HERE, name)


class _Dumper(yaml.SafeDumper):
    pass


def _str_rep(dumper, data):
    # long prose as folded block scalars, short values as usual
    if len(data) > 150 and "\n" not in data:
        return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=">")
    if "\n" in data or (len(data) == 7 and data[4] == "-" and data[:4].isdigit()):
        return dumper.represent_scalar("tag:yaml.org,2002:str", data, style='"')
    return dumper.represent_scalar("tag:yaml.org,2002:str", data)


_Dumper.add_representer(str, _str_rep)


def write_expected(name, doc):
    """doc: dict in FORMAT.md key order."""
    path = out(name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as fh:
        yaml.dump(doc, fh, Dumper=_Dumper, sort_keys=False, allow_unicode=True,
                  width=100000, default_flow_style=False)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


# ---------------------------------------------------------------------------
# 1. Powys Youth Justice Service - HMI Probation inspection improvement plan (xlsx)
# ---------------------------------------------------------------------------
def powys():
    name = "zue-powys-youth-justice-service-hmip-inspection-improvement-plan.xlsx"
    title = "Powys Youth Justice Service – HMI Probation Inspection Improvement Plan 2022-23"
    G_BOARD = "The Powys Youth Justice Service Management Board should:"
    G_YJS = "Powys Youth Justice Service should:"
    R1 = "1. make sure that the YJS has sufficient resilience in its staffing to deliver a consistently high-quality service to children"
    R2 = "2. ensure that information about children's diversity and protected characteristics is analysed and used to inform service planning"
    R3 = "3. improve the quality of assessment and planning to manage the risk of harm posed by children to others"
    R4 = "4. work with Dyfed-Powys Police to improve the timeliness of joint decision-making for out-of-court disposals"
    R5 = "5. ensure that children's health needs, including speech, language and communication needs, are assessed and met"
    D = lambda y, m: dt.datetime(y, m, 1)
    # (kind, ...) rows of the plan sheet
    rows = [
        ("group", G_BOARD),
        ("rec", R1),
        ("act", "1.1", "Complete a workforce review of YJS case manager and specialist posts, including sickness and vacancy cover, and present options to the Management Board.",
         "YJS Manager", D(2022, 6), D(2022, 9), "A", "blue",
         "Review presented to Board 14/09/22. Two additional case manager posts approved and recruited to (start Nov 22). Action complete."),
        ("act", "1.2", "Establish a cross-trained duty rota so that court, out-of-court and bail work can be covered across the three localities (Brecon, Llandrindod Wells and Newtown).",
         "Operational Manager", D(2022, 7), None, "G", "green",
         "Rota in place from August. Two staff still to complete court duty shadowing."),
        ("rec", R2),
        ("act", "2.1", "Develop a quarterly disproportionality dashboard (ethnicity, care status, ALN and gender) for the Management Board.",
         "Information Officer / YJS Manager", D(2022, 9), D(2023, 1), "R", "amber",
         "Draft dashboard shared with Board members for comment. ChildView report build delayed by system upgrade; revised date agreed."),
        ("group", G_YJS),
        ("rec", R3),
        ("act", "3.1", "Deliver risk of harm refresher training (AssetPlus and contingency planning) to all case managers.",
         "Practice Development Lead", D(2022, 7), None, "G", "blue",
         "Training delivered 5 and 12 July 2022 – 100% attendance of case managers."),
        ("act", "3.2", "Introduce monthly case audits of risk of harm assessments, with findings reported to the Quality Assurance sub-group.",
         "Operational Manager", "Monthly", None, "G", "green",
         "Audits completed September, October and November. Themes: contingency plans improving; victim safety still variable."),
        ("act", "3.3", "Revise the risk management panel terms of reference so that all children assessed as high or very high risk of harm are reviewed by a multi-agency panel.",
         "YJS Manager; Dyfed-Powys Police Inspector", D(2022, 10), D(2022, 12), "A", "amber",
         "Revised terms of reference drafted. Awaiting agreement from the Police and Probation Service."),
        ("rec", R4),
        ("act", "4.1", "Agree a revised out-of-court disposal joint decision-making protocol with Dyfed-Powys Police, with a target of decisions within 10 working days of referral.",
         "Operational Manager", D(2022, 8), D(2022, 11), "R", "green",
         "Protocol signed off by Superintendent on 2 November 2022. Now being implemented."),
        ("act", "4.2", "Review the first 20 cases under the new protocol and report timeliness to the Management Board.",
         "YJS Manager", D(2023, 2), None, None, None,
         "Not yet due."),
        ("rec", R5),
        ("act", "5.1", "Agree a screening pathway with Powys Teaching Health Board so that every child on a court order receives a speech, language and communication screen within 20 working days.",
         "Health Worker (PTHB) / Operational Manager", D(2022, 11), D(2023, 3), "A", "amber",
         "Speech and language therapist vacancy in PTHB. Interim screening tool in use; pathway to be finalised when post filled."),
    ]

    wb = Workbook()
    # --- cover sheet -----------------------------------------------------
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = title
    cv["A1"].font = Font(bold=True, size=16)
    cv["A3"] = "Inspection: An inspection of youth justice services in Powys (HM Inspectorate of Probation, fieldwork November 2021, published March 2022). Overall rating: Good."
    cv["A4"] = "This plan responds to the five recommendations made in the report."
    cv["A6"] = "Document control"
    cv["A6"].font = Font(bold=True)
    dc = [("Version", "Date", "Author", "Status"),
          ("0.1", "04/04/2022", "YJS Manager", "Draft for Management Board"),
          ("1.0", "27/04/2022", "YJS Manager", "Approved by Management Board"),
          ("1.3", "07/12/2022", "Operational Manager", "Progress update for Board 14/12/2022")]
    for i, r in enumerate(dc):
        for j, v in enumerate(r):
            c = cv.cell(row=7 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
                c.fill = solid("D9D9D9")
    for col, w in zip("ABCD", (12, 14, 22, 40)):
        cv.column_dimensions[col].width = w

    # --- plan sheet --------------------------------------------------------
    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Progress update for YJS Management Board – 14 December 2022"
    ws["A2"].font = Font(italic=True)
    hdr = ["Ref", "Action", "Lead", "Original target date", "Revised target date",
           "Previous RAG (Sept 22)", "Current RAG (Dec 22)", "Progress update"]
    r = 4
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=r, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = solid("1F3864")
        c.alignment = WRAP
        c.border = BOX
    r += 1
    expected = []
    group = rec = None
    prev_fill = {"R": "red", "A": "amber", "G": "green", "B": "blue"}
    for row in rows:
        if row[0] == "group":
            group = row[1]
            ws.cell(row=r, column=1, value=group).font = Font(bold=True, color="FFFFFF")
            ws.cell(row=r, column=1).fill = solid("2F5496")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
            continue
        if row[0] == "rec":
            rec = row[1]
            c = ws.cell(row=r, column=1, value=rec)
            c.font = Font(bold=True)
            c.fill = solid("D9E1F2")
            c.alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.row_dimensions[r].height = 30
            r += 1
            continue
        _, ref, text, lead, orig, rev, prev, cur, prog = row
        vals = [ref, text, lead, orig, rev, prev, None, prog]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=j, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "mmm-yy"
        if prev:
            ws.cell(row=r, column=6).fill = solid(FILL[prev_fill[prev]])
            ws.cell(row=r, column=6).alignment = Alignment(horizontal="center", vertical="top")
        if cur:
            ws.cell(row=r, column=7).fill = solid(FILL[cur])
        r += 1
        end_d = rev or orig
        if isinstance(end_d, dt.datetime):
            end, end_text = end_d.strftime("%Y-%m"), None
        else:
            end, end_text = None, end_d
        leads = [p.strip() for p in lead.replace(";", "/").split("/")]
        expected.append(act(ref, [group, rec], text, leads, end, cur or "unrated", end_text))
    r += 1
    ws.cell(row=r, column=1, value="Note: revised target dates were agreed by the Management Board on 14/09/2022. Current RAG is shown by colour only – see RAG Key sheet.").font = Font(italic=True)
    r += 2
    ws.cell(row=r, column=1, value="Summary of current RAG").font = Font(bold=True)
    summary = [("Blue – complete", 2), ("Green – on track", 3), ("Amber – some slippage", 3),
               ("Red – off track", 0), ("Not yet started", 1), ("Total actions", 9)]
    for k, (lab, n) in enumerate(summary, 1):
        ws.cell(row=r + k, column=1, value=lab)
        ws.cell(row=r + k, column=3, value=n)
    for col, w in zip("ABCDEFGH", (8, 60, 26, 12, 12, 11, 11, 55)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    # --- RAG key sheet -----------------------------------------------------
    ks = wb.create_sheet("RAG Key")
    ks["A1"] = "RAG Key"
    ks["A1"].font = Font(bold=True)
    for i, (col, txt) in enumerate([("blue", "Complete – action delivered and evidenced"),
                                    ("green", "On track to be delivered by the target date"),
                                    ("amber", "Some slippage – at risk of missing target date"),
                                    ("red", "Off track / target date missed")], 2):
        ks.cell(row=i, column=1).fill = solid(FILL[col])
        ks.cell(row=i, column=2, value=txt)
    ks.cell(row=6, column=2, value="No colour – not yet started")
    ks.column_dimensions["B"].width = 50
    wb.save(out(name))

    write_expected(name, {
        "source": "Imitates the post-inspection improvement plan a Welsh youth justice service takes to its management board after an HM Inspectorate of Probation inspection (Powys YJS, inspected 2021, report and 'Good' rating published March 2022: https://www.justiceinspectorates.gov.uk/hmiprobation/media/press-releases/2022/03/powys-yjs/). Copies: a cover sheet with document-control table, the plan sheet with recommendations grouped under 'The ... Management Board should:' and 'Powys Youth Justice Service should:' as merged banner rows, numbered recommendation rows merged across the table, original and revised target dates (mmm-yy), a previous RAG with letter and fill and a current RAG shown by fill colour only, a notes line, a summary block, and a separate RAG key sheet.",
        "reads": "A three-sheet workbook: cover and document control, the improvement plan, and a RAG key. The plan sheet holds nine numbered actions under five inspectorate recommendations, which are grouped under two 'should:' banners (Management Board, then the YJS); each action has a lead, an original and sometimes a revised target month, a previous RAG and a current RAG given only by cell colour, and a progress update.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 2. Dudley Council fostering service development plan (xlsx)
# ---------------------------------------------------------------------------
def dudley():
    name = "zue-dudley-council-fostering-service-development-plan-2024-25.xlsx"
    title = "Dudley Fostering Service – Development Plan 2024-25"
    PA = "Recruitment and retention of foster carers"
    PB = "Support and development of foster carers"
    PC = "Quality of practice and the Fostering Panel"
    status_fill = {"Complete": "blue", "On track": "green", "Some slippage": "amber",
                   "Off track": "red", "Not started": None}
    status_map = {"Complete": "blue", "On track": "green", "Some slippage": "amber",
                  "Off track": "red", "Not started": "unrated"}
    rows = [
        (PA, "1", "Launch a refreshed Foster for Dudley recruitment campaign targeting carers for teenagers and sibling groups, aligned with the Foster4 regional recruitment hub.",
         "Recruitment and Marketing Officer", "Q1 2024/25", ("2024-06", None), "Complete",
         "Campaign launched 3 June 2024 (Foster Care Fortnight follow-up). 61 enquiries in Q1 compared with 38 in Q1 2023/24."),
        (PA, "2", "Reduce the average time from initial enquiry to Fostering Panel to 6 months.",
         "Fostering Team Manager (Assessment)", "March 2025", ("2025-03", None), "On track",
         "Average now 6.8 months (7.9 months at April 2024). Form F assessments tracked weekly."),
        (PA, "3", "Introduce a foster carer retention offer:\n- buddy scheme for newly approved carers\n- exit interviews for all resigning carers\n- review of the fees and allowances structure",
         "Sharon Kaur / Mike Doyle", "Q3 2024/25", ("2024-12", None), "Some slippage",
         "Buddy scheme and exit interviews in place. Fees and allowances review paused pending the council budget setting for 2025/26."),
        (PB, "4", "Revise the foster carer learning and development framework so that all approved carers complete trauma-informed practice training within their first year of approval.",
         "Training Officer", "Sept 2024", ("2024-09", None), "Complete",
         "Framework approved at Fostering Service Management Meeting 17/09/24."),
        (PB, "5", "Ensure every foster carer has an annual review completed within timescale, with the views of children in placement included.",
         "Independent Reviewing Officer (Fostering)", "Ongoing", (None, "Ongoing"), "On track",
         "94% of reviews in timescale April–December 2024."),
        (PC, "6", "Audit supervising social worker visits and supervision records quarterly and feed the findings into the practice improvement plan.",
         "Head of Corporate Parenting and Placements", "Quarterly", (None, "Quarterly"), "On track",
         "Q1 and Q2 audits complete. Q3 audit scheduled for January."),
        (PC, "7", "Recruit two additional independent Fostering Panel members, including a care-experienced member.",
         "Panel Adviser", "Dec 2024", ("2024-12", None), "Off track",
         "One applicant withdrew. Re-advertised with Dudley Voices for Choice; interviews February 2025."),
        (PC, "8", "Implement a Mockingbird constellation in the Brierley Hill and Stourbridge area.",
         "Service Manager (Placements)", "Q4 2024/25", ("2025-03", None), "Not started",
         "Dependent on the outcome of the Fostering Network funding bid."),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Dev Plan 24-25"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Dudley Metropolitan Borough Council – Children's Services"
    ws["A3"] = "Update for Corporate Parenting Board – January 2025"
    ws["A3"].font = Font(italic=True)
    hdr = ["Priority area", "No.", "What we will do", "Who", "By when", "Status", "Update (Jan 2025)"]
    hr = 5
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=hr, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = solid("7030A0")
        c.border = BOX
        c.alignment = WRAP
    r = hr + 1
    expected = []
    start_of = {}
    for pa, no, text, who, when, (end, end_text), status, upd in rows:
        if pa not in start_of:
            start_of[pa] = r
            ws.cell(row=r, column=1, value=pa)
        vals = [None, no, text, who, when, status, upd]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=j)
            if v is not None:
                c.value = v
            c.alignment = WRAP
            c.border = BOX
        if status_fill[status]:
            ws.cell(row=r, column=6).fill = solid(FILL[status_fill[status]])
        r += 1
        expected.append(act(no, [pa], text, [p.strip() for p in who.split("/")] if "/" in who else [who],
                            end, status_map[status], end_text))
    # vertical merges for the priority areas
    pas = list(start_of.items())
    for i, (pa, s) in enumerate(pas):
        e = (pas[i + 1][1] - 1) if i + 1 < len(pas) else r - 1
        ws.merge_cells(start_row=s, start_column=1, end_row=e, end_column=1)
        c = ws.cell(row=s, column=1)
        c.font = Font(bold=True)
        c.fill = solid("E4DFEC")
        c.alignment = Alignment(wrap_text=True, vertical="center")
    r += 1
    ws.cell(row=r, column=1, value="Status key: Complete / On track / Some slippage / Off track / Not started – see Key tab.").font = Font(italic=True)
    ws.cell(row=r + 1, column=1, value="Plan owner: Head of Corporate Parenting and Placements. Next review: April 2025.").font = Font(italic=True)
    for col, w in zip("ABCDEFG", (24, 6, 62, 30, 13, 14, 55)):
        ws.column_dimensions[col].width = w

    ks = wb.create_sheet("Key")
    ks["A1"] = "Status"
    ks["B1"] = "Meaning"
    ks["A1"].font = ks["B1"].font = Font(bold=True)
    key = [("Complete", "blue", "Action completed and evidenced"),
           ("On track", "green", "Progressing and expected to be delivered by the date set"),
           ("Some slippage", "amber", "Behind schedule but recoverable"),
           ("Off track", "red", "Will not be delivered by the date set"),
           ("Not started", None, "Action not yet due to start")]
    for i, (s, col, m) in enumerate(key, 2):
        ks.cell(row=i, column=1, value=s)
        if col:
            ks.cell(row=i, column=1).fill = solid(FILL[col])
        ks.cell(row=i, column=2, value=m)
    ks.column_dimensions["A"].width = 16
    ks.column_dimensions["B"].width = 55

    ss = wb.create_sheet("Summary")
    ss["A1"] = "Summary by priority area"
    ss["A1"].font = Font(bold=True)
    heads = ["Priority area", "Complete", "On track", "Some slippage", "Off track", "Not started", "Total"]
    for j, h in enumerate(heads, 1):
        ss.cell(row=2, column=j, value=h).font = Font(bold=True)
    summ = [(PA, 1, 1, 1, 0, 0, 3), (PB, 1, 1, 0, 0, 0, 2), (PC, 0, 1, 0, 1, 1, 3),
            ("Total", 2, 3, 1, 1, 1, 8)]
    for i, rr in enumerate(summ, 3):
        for j, v in enumerate(rr, 1):
            ss.cell(row=i, column=j, value=v)
    ss.column_dimensions["A"].width = 42
    wb.save(out(name))

    write_expected(name, {
        "source": "Imitates an English local authority fostering service development plan reported to a corporate parenting board (the annual plan a council fostering service keeps under the Fostering Services Regulations and National Minimum Standards, reviewed against ILACS findings), for Dudley MBC, 2024-25. Copies: title block, a priority-area column merged vertically over its actions, a 'What we will do / Who / By when' layout, financial-quarter target dates, status words with matching fill colours defined on a Key tab, a bulleted action with inner line breaks, two names in one lead cell, notes lines and a Summary tab with totals.",
        "reads": "A single plan sheet of eight numbered actions under three priority areas (the area names sit in merged cells down the left), each with who leads it, when it is due (months, financial quarters, Ongoing, Quarterly) and a status word with a matching colour, plus a January 2025 update. A Key tab defines the status words and a Summary tab counts them; neither adds actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 3. Herefordshire Council - Ofsted monitoring visit action plan (xlsx, refuse)
# ---------------------------------------------------------------------------
def herefordshire():
    name = "zue-herefordshire-council-ofsted-monitoring-visit-action-plan-typo-month-refuse.xlsx"
    title = "Ofsted Monitoring Visit 4 (February 2024) – Action Plan: Children in Care aged 16 and 17 and Care Leavers"
    A1 = "Pathway planning for 16- and 17-year-olds in care"
    A2 = "Suitability of accommodation for care leavers"
    A3 = "Management oversight and supervision"
    rows = [
        (A1, "MV4.1", "All children in care aged 16 and 17 to have an up-to-date pathway plan, written with the young person, within 3 months of their 16th birthday.",
         "Service Manager – Children in Care", "July 2024", "G",
         "Pathway plan timeliness 78% (May), up from 61% at the visit."),
        (A1, "MV4.2", "Introduce a pathway plan quality audit tool and audit 10 plans a month.",
         "Head of Quality Assurance", "31/05/2024", "B",
         "Audit tool live from 1 May; first 10 audits complete."),
        (A1, "MV4.3", "Ensure every 17-year-old in care is allocated a personal adviser at least 6 months before their 18th birthday.",
         "Team Manager – Leaving Care", "Sept 2024", "A",
         "Two personal adviser vacancies; agency cover agreed from July."),
        (A2, "MV4.4", "Review all care leavers living in unregulated or emergency accommodation and agree a move-on plan for each young person with Housing Solutions.",
         "Team Manager – Leaving Care / Housing Solutions Manager", "Febuary 2025", "G",
         "Joint review panel meets fortnightly. 14 of 19 young people have an agreed move-on plan."),
        (A2, "MV4.5", "Commission 6 additional supported lodgings places for care leavers aged 18 to 21.",
         "Commissioning Manager (Children)", "December 2024", "R",
         "Tender returned no compliant bids. Options paper to Commissioning Board in July."),
        (A3, "MV4.6", "Team managers to record monthly management oversight on the case file of every care leaver, including a clear direction and timescale.",
         "Team Manager – Leaving Care", "Monthly", "G",
         "Compliance 86% (May)."),
        (A3, "MV4.7", "Deliver reflective supervision training to all team managers and advanced practitioners in the 16+ service.",
         "Principal Social Worker", "August 2024", "A",
         "Training provider confirmed; dates set for July and August."),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "MV4 Action Plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Herefordshire Council – Children and Young People Directorate"
    ws["A3"] = "Owner: Director of Children's Services    Reported to: Children's Improvement Board    Last updated: 10/06/2024"
    ws["A3"].font = Font(italic=True)
    hdr = ["Area for improvement (Ofsted MV4 letter)", "Ref", "Action", "Responsible officer",
           "Target date", "RAG", "Progress / evidence"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = solid("BDD7EE")
        c.border = BOX
        c.alignment = WRAP
    rag_fill = {"R": "red", "A": "amber", "G": "green", "B": "blue"}
    r = 6
    typo_row = None
    for area, ref, text, lead, when, rag, prog in rows:
        for j, v in enumerate([area, ref, text, lead, when, rag, prog], 1):
            c = ws.cell(row=r, column=j, value=v)
            c.border = BOX
            c.alignment = WRAP
        ws.cell(row=r, column=6).fill = solid(FILL[rag_fill[rag]])
        ws.cell(row=r, column=6).alignment = Alignment(horizontal="center", vertical="top")
        if when == "Febuary 2025":
            typo_row = r
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG: B = complete, G = on track, A = at risk, R = off track").font = Font(italic=True)
    for col, w in zip("ABCDEFG", (30, 8, 60, 30, 14, 6, 50)):
        ws.column_dimensions[col].width = w
    wb.save(out(name))

    write_expected(name, {
        "source": "Imitates the action plan a council judged inadequate for children's services keeps after an Ofsted monitoring visit, reported to its children's improvement board (Herefordshire Council, fourth monitoring visit 21-22 February 2024 on children in care aged 16 and 17 and care leavers; cabinet item https://councillors.herefordshire.gov.uk/mgAi.aspx?ID=66594). Copies: title block with owner and last-updated line, the area for improvement repeated on every row as a tracker export would, MV4.n refs, responsible officer as job titles, target dates as text, RAG letters with fill, and a key line.",
        "reads": "A single-sheet tracker of seven actions under three areas for improvement from the monitoring visit letter. The target date of MV4.4 reads 'Febuary 2025', a mistyped month, so a careful reader would stop and ask what date was meant before taking the plan in.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": title,
    })
    return typo_row


# ---------------------------------------------------------------------------
# 4. Kirklees Council scrutiny recommendations tracker (csv)
# ---------------------------------------------------------------------------
def kirklees():
    name = "zue-kirklees-council-home-to-school-transport-scrutiny-recommendations-tracker.csv"
    title = "Kirklees Council – Ad Hoc Scrutiny Panel: Home to School Transport (SEND) – Recommendations Tracker"
    R1 = "Recommendation 1: Improve communication with parents and carers about transport eligibility decisions and timescales."
    R2 = "Recommendation 2: Review the independent travel training offer so that more young people with SEND are supported to travel independently."
    R3 = "Recommendation 3: Ensure passenger assistants and drivers receive SEND-specific training, including de-escalation and medical needs."
    R4 = "Recommendation 4: Take the panel's findings into account in the 2025/26 transport policy consultation."
    R5 = "Recommendation 5: Monitor the cost of and demand for SEND transport through the Corporate Scrutiny Panel."
    rows = [
        ("1a", R1, "Accepted", "Publish a plain-English guide to home to school transport for children with SEND on the Local Offer, co-produced with Kirklees Parent Carer Forum.",
         "Home to School Transport Manager", "September 2024", "Complete", "Guide published 2 September 2024 and promoted through schools and the Parent Carer Forum newsletter.",
         ("2024-09", None), "blue"),
        ("1b", None, None, "Send written confirmation of transport arrangements to families at least 10 working days before the start of the autumn term.",
         "Home to School Transport Manager", "August 2025", "Green", "Letter templates agreed. New route-planning software will produce letters automatically from summer 2025.",
         ("2025-08", None), "green"),
        ("2a", R2, "Accepted", "Expand independent travel training capacity from 40 to 75 places a year.\nReport uptake and outcomes to the panel every six months.",
         "Service Manager (Transport Commissioning)", "April 2025", "Amber", "Second trainer recruited; third post awaiting job evaluation. 52 places delivered in 2024.",
         ("2025-04", None), "amber"),
        ("3a", R3, "Accepted", "Commission a mandatory training package for all passenger assistants and drivers covering autism awareness, epilepsy and the administration of emergency medication.",
         "Workforce Development Lead / Home to School Transport Manager", "31/12/2024", "Red", "Procurement delayed. Interim e-learning module in place; face-to-face training not yet commissioned.",
         ("2024-12", None), "red"),
        ("4a", R4, "Accepted in part", "Include the panel's findings in the statutory consultation on the Post-16 Transport Policy Statement 2025/26.",
         "Head of Transport Services", "End of May 2025", "Green", "Consultation document in draft; panel findings summarised in section 3.",
         ("2025-05", None), "green"),
        ("4b", None, None, "Report the outcome of the consultation back to the Ad Hoc Scrutiny Panel before the Cabinet decision.",
         "Head of Transport Services", "TBC", "Not started", "Date depends on the Cabinet forward plan.",
         (None, "TBC"), "unrated"),
        ("5a", R5, "Accepted", "Provide a quarterly SEND transport budget and demand report to the Corporate Scrutiny Panel.",
         "Finance Manager (Children's)", "Quarterly", "Green", "Q2 and Q3 reports received by the Corporate Scrutiny Panel.",
         (None, "Quarterly"), "green"),
    ]
    path = out(name)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow([title] + [""] * 7)
        w.writerow(["Review report considered by Cabinet on 16 July 2024. Tracker last updated: 03/03/2025"] + [""] * 7)
        w.writerow([""] * 8)
        w.writerow(["Ref", "Recommendation", "Cabinet response", "Action", "Lead officer",
                    "Target date", "RAG", "Progress update"])
        expected = []
        cur = None
        for ref, rec, resp, text, lead, when, rag, prog, (end, end_text), st in rows:
            if rec:
                cur = rec
            w.writerow([ref, rec or "", resp or "", text, lead, when, rag, prog])
            expected.append(act(ref, [cur], text, [p.strip() for p in lead.split("/")], end, st, end_text))
        w.writerow([""] * 8)
        w.writerow(["RAG key: Complete = implemented; Green = on track; Amber = some delay; Red = not on track; Not started = not yet due"] + [""] * 7)
        w.writerow(["Summary: 7 actions against 5 recommendations – Complete 1, Green 3, Amber 1, Red 1, Not started 1"] + [""] * 7)

    write_expected(name, {
        "source": "Imitates the recommendations tracker a council keeps after an overview and scrutiny ad hoc panel review, reported back to the panel about six months after Cabinet's response (Kirklees Council Ad Hoc Scrutiny Panel on home to school transport for children with SEND, 2024-25). Copies: title and last-updated lines, one row per action with the recommendation written only on its first action's row (continuation rows leave it blank), the Cabinet response column, lead officer as job title, target dates in mixed forms (month, date, 'End of May 2025', TBC, Quarterly), RAG words, a quoted two-line action cell, a RAG key line and a summary line.",
        "reads": "A CSV tracker with a title, a header row and seven actions (1a-5a) answering five scrutiny recommendations; actions 1b and 4b sit under the recommendation written on the row above. Each action has a lead officer, a target date, a RAG word and a progress update; the key and summary lines at the foot are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 5. Torfaen CBC county plan delivery tracker (txt, tab separated)
# ---------------------------------------------------------------------------
def torfaen():
    name = "zue-torfaen-cbc-county-plan-delivery-plan-2024-25-q3-progress.txt"
    title = "Torfaen County Borough Council – County Plan Delivery Plan 2024/25: Quarter 3 Progress Report"
    O1 = "Well-being Objective 1 - We will raise educational attainment, helping young people and adults to gain the qualifications and skills needed to lead positive lives"
    O2 = "Well-being Objective 2 - We will encourage and champion children, young people and families so they can thrive"
    O3 = "Well-being Objective 3 - We will tackle inequality by focusing on early identification and prevention activities that support people to live independent and fulfilling lives"
    O5 = "Well-being Objective 5 - We will address our climate and nature emergencies, recycle more and make improvements to the local environment"
    O9 = "Well-being Objective 9 - We will provide efficient customer focused services that reflect the way people live their lives and wish to access services"
    rag = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    blocks = [
        (O1, [
            ("WBO1.1", "Complete construction of the new net zero carbon Maendy Primary School", "Head of Capital Projects", "May 2025", "G",
             "Building works 85% complete. Handover on programme for May 2025.", None, ("2025-05", None)),
            ("WBO1.2", "Reduce the proportion of Year 11 leavers not in education, employment or training to below 2.5%", "Youth Service Manager", "Oct-24", "B",
             "Careers Wales destinations survey published October 2024: 2.1% NEET (2.9% in 2023).", None, ("2024-10", None)),
        ]),
        (O2, [
            ("WBO2.1", "Increase Flying Start childcare places in the expansion areas to 1,200", "Jenkins, Carys", "31/03/2025", "A",
             "1,046 places at end of Q3. Two settings awaiting CIW registration.", None, ("2025-03", None)),
            ("WBO2.2", "Recruit 15 new in-house foster carer households through Foster Wales Torfaen", "Service Manager (Fostering)", "Mar-25", "R",
             "6 households approved to date. Enquiries down on 2023/24; regional campaign planned for February.", None, ("2025-03", None)),
        ]),
        (O3, [
            ("WBO3.1", "Roll out the Home First discharge model across all Torfaen hospital discharge pathways with Aneurin Bevan University Health Board", "Head of Adult Services", "Q4 2024/25", "G",
             "Live at the Grange University Hospital and Ysbyty Ystrad Fawr.", "Nevill Hall pathway to go live in March 2025.", ("2025-03", None)),
        ]),
        (O5, [
            ("WBO5.1", "Increase the household waste recycling rate to 70%", "Head of Waste Services", "March 2025", "G",
             "Provisional Q3 rate 69.4%.", None, ("2025-03", None)),
            ("WBO5.2", "Plant 5,000 trees across the county through the Local Nature Partnership", "Green Infrastructure Manager", "Dec-24", "B",
             "5,320 trees planted by 20 December 2024 with community volunteers.", None, ("2024-12", None)),
        ]),
        (O9, [
            ("WBO9.1", "Launch the new customer portal with online booking for bulky waste, pest control and the registration service", "Head of Digital / Customer Services Manager", "Sept 24 – Jan 25", "A",
             "Bulky waste and pest control live. Registration booking delayed to February 2025 by supplier testing.", None, ("2025-01", "Sept 24 – Jan 25")),
            ("WBO9.2", "Meet the Welsh Language Standards for all front-line services, including the telephone and web chat channels", "Welsh Language Officer", "Ongoing", "G",
             "No complaints upheld by the Welsh Language Commissioner in 2024/25 to date.", None, (None, "Ongoing")),
        ]),
    ]
    lines = [title,
             "Report to Cabinet: 11 February 2025",
             "RAG: B = Complete, G = On track, A = Some risk to delivery, R = Off track",
             "",
             "\t".join(["Ref", "Activity / Milestone", "Lead Officer", "Target", "Q3 RAG", "Q3 Commentary"])]
    expected = []
    counts = {}
    for obj, acts in blocks:
        lines.append("")
        lines.append(obj)
        for ref, text, lead, target, r, comm, cont, (end, end_text) in acts:
            lines.append("\t".join([ref, text, lead, target, r, comm]))
            if cont:
                lines.append("\t".join(["", "", "", "", "", cont]))
            leads = [p.strip() for p in lead.split("/")] if "/" in lead else [lead]
            expected.append(act(ref, [obj], text, leads, end, rag[r], end_text))
            counts[r] = counts.get(r, 0) + 1
    lines.append("")
    lines.append("Summary of Q3 RAG status")
    lines.append("\t".join(["Complete (B)", str(counts.get("B", 0))]))
    lines.append("\t".join(["On track (G)", str(counts.get("G", 0))]))
    lines.append("\t".join(["Some risk (A)", str(counts.get("A", 0))]))
    lines.append("\t".join(["Off track (R)", str(counts.get("R", 0))]))
    lines.append("\t".join(["Total", str(sum(counts.values()))]))
    with open(out(name), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")

    write_expected(name, {
        "source": "Imitates a Welsh council's County Plan annual delivery plan progress report to Cabinet (Torfaen CBC County Plan 2022-27, nine well-being objectives; delivery plan pages such as https://www.torfaen.gov.uk/en/AboutTheCouncil/ImprovingTorfaen/County-Plan/DeliveryPlan-20232024.aspx), saved as a tab-separated text export of the Q3 2024/25 report. Copies: title and meeting line, a RAG key line, one header row, 'Well-being Objective n - ...' heading lines over their activities, WBO refs, lead officers (job titles, two posts in one cell, one 'Surname, Forename'), targets as months, dates, a financial quarter, a period and Ongoing, RAG letters, a commentary continuation line and a summary block.",
        "reads": "A plain-text, tab-separated progress report listing nine delivery plan activities under five of the council's well-being objectives, each with a lead officer, a target, a Q3 RAG letter and commentary. One commentary runs onto a second line with the other columns empty, and the summary block at the end counts the RAG letters; neither is an action.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


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


def set_cell(cell, text, bold=False, size=9):
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    run.font.size = Pt(size)
    for extra in parts[1:]:
        p2 = cell.add_paragraph()
        r2 = p2.add_run(extra)
        r2.bold = bold
        r2.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)


# ---------------------------------------------------------------------------
# 6. North Wales Safeguarding Adults Board - adult practice review action plan (docx)
# ---------------------------------------------------------------------------
def nwsab():
    name = "zue-north-wales-safeguarding-adults-board-adult-practice-review-action-plan.docx"
    title = "North Wales Safeguarding Adults Board – Adult Practice Review NWSAB 03/2023: Action Plan"
    recs = [
        ("Recommendation 1: The Board should seek assurance that partner agencies apply the Wales Safeguarding Procedures on self-neglect, including escalation where an adult repeatedly declines support.", [
            ("1.1", "Deliver a regional 7-minute briefing on self-neglect and hoarding to all partner agencies.", "Regional Safeguarding Board Business Manager", "31/03/2024", "Briefing circulated February 2024; 412 downloads.", "Complete", ("2024-03", None), "blue"),
            ("1.2", "Undertake a multi-agency audit of 20 self-neglect cases across the six local authority areas and report the findings to the Board.", "Chair of the Quality Assurance Sub-group", "September 2024", "Audit tool agreed; 14 of 20 cases audited.", "Amber", ("2024-09", None), "amber"),
        ]),
        ("Recommendation 2: Partner agencies should ensure that mental capacity assessments are completed and recorded for specific decisions where there is reason to doubt an adult's capacity to make decisions about their care.", [
            ("2.1", "Review health board and local authority mental capacity assessment templates to include prompts on executive functioning.", "Head of Adult Safeguarding (BCUHB) / MCA Lead (Conwy CBC)", "Q2 2024/25", "BCUHB template revised. Local authority template under review by the regional MCA forum.", "Green", ("2024-09", None), "green"),
            ("2.2", "Provide mental capacity and executive functioning training for district nurses, social workers and housing officers.", "Regional Safeguarding Training Officer", "March 2025", "Trainer funding not yet identified. Raised with the Board Chair.", "Red", ("2025-03", None), "red"),
        ]),
        ("Recommendation 3: North Wales Fire and Rescue Service and housing providers should be included in multi-agency planning where there is a fire risk associated with hoarding.", [
            ("3.1", "Amend the regional hoarding protocol so that a referral for a Safe and Well visit is made whenever a clutter image rating of 5 or above is recorded.", "Chair of the Policy and Procedures Sub-group", "By 30 June 2024", "Protocol amended and published June 2024.", "Complete", ("2024-06", None), "blue"),
            ("3.2", "Housing associations in North Wales to confirm in writing that the amended protocol has been adopted.", "Adra Safeguarding Lead; Clwyd Alyn Safeguarding Lead", "Ongoing", "Four of six housing associations have confirmed.", "Amber", (None, "Ongoing"), "amber"),
        ]),
        ("Recommendation 4: The Board should share the learning from this review with the National Independent Safeguarding Board and Welsh Government.", [
            ("4.1", "Submit the review report and action plan to Welsh Government and the National Independent Safeguarding Board.", "Regional Safeguarding Board Business Manager", "Jan-24", "Submitted 19 January 2024.", "Complete", ("2024-01", None), "blue"),
        ]),
    ]
    doc = Document()
    landscape(doc)
    doc.add_heading(title, level=1)
    doc.add_paragraph("Bwrdd Diogelu Oedolion Gogledd Cymru / North Wales Safeguarding Adults Board")
    doc.add_paragraph("Concise Adult Practice Review – Mr D (self-neglect and hoarding). Review report approved by the Board on 6 December 2023. Action plan progress at 14 October 2024.")
    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    dc = [("Version", "Date", "Updated by", "Comments"),
          ("1.0", "06/12/2023", "Business Manager", "Approved by NWSAB"),
          ("1.1", "12/04/2024", "Business Manager", "Progress update to Case Review Sub-group"),
          ("1.2", "14/10/2024", "Business Manager", "Progress update to NWSAB")]
    for i, rr in enumerate(dc):
        for j, v in enumerate(rr):
            set_cell(t.cell(i, j), v, bold=(i == 0))
    doc.add_paragraph("")
    doc.add_paragraph("Status: Complete – action delivered; Green – on track; Amber – some delay; Red – not on track.")
    expected = []
    for rec, actions in recs:
        doc.add_heading(rec, level=3)
        tb = doc.add_table(rows=1 + len(actions), cols=6)
        tb.style = "Table Grid"
        for j, h in enumerate(["Ref", "Action", "Lead officer", "Target date", "Progress / evidence", "Status"]):
            set_cell(tb.cell(0, j), h, bold=True)
            shade(tb.cell(0, j), "D9E2F3")
        for i, (ref, text, lead, when, prog, status, (end, end_text), st) in enumerate(actions, 1):
            for j, v in enumerate([ref, text, lead, when, prog, status]):
                set_cell(tb.cell(i, j), v)
            fill = {"blue": "00B0F0", "green": "00B050", "amber": "FFC000", "red": "FF0000"}[st]
            shade(tb.cell(i, 5), fill)
            leads = [p.strip() for p in lead.replace(";", "/").split("/")]
            expected.append(act(ref, [rec], text, leads, end, st, end_text))
        doc.add_paragraph("")
    doc.add_heading("Glossary", level=2)
    g = doc.add_table(rows=5, cols=2)
    g.style = "Table Grid"
    for i, (a, b) in enumerate([("Abbreviation", "Meaning"),
                                ("BCUHB", "Betsi Cadwaladr University Health Board"),
                                ("MCA", "Mental Capacity Act 2005"),
                                ("NWFRS", "North Wales Fire and Rescue Service"),
                                ("CBC", "County Borough Council")]):
        set_cell(g.cell(i, 0), a, bold=(i == 0))
        set_cell(g.cell(i, 1), b, bold=(i == 0))
    doc.save(out(name))

    write_expected(name, {
        "source": "Imitates the action plan a Welsh regional safeguarding adults board publishes with a concise Adult Practice Review under the Social Services and Well-being (Wales) Act 2014 (North Wales Safeguarding Adults Board; APR pages at https://www.northwalessafeguardingboard.wales/practice-reviews/adult-practice-reviews/), here a 2023 review on self-neglect and hoarding with progress at October 2024. Copies: bilingual board line, a document-control table, a status key sentence, one section per recommendation with the recommendation as a heading and its own action table, job titles and two posts in one lead cell, mixed target-date forms, status words in shaded cells, and a glossary table at the end.",
        "reads": "A Word action plan with seven numbered actions answering four review recommendations, each recommendation heading a small table of its actions with lead officer, target date, progress and a status word. The document-control table at the top and the glossary table at the end are not part of the plan.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 7. Southend-on-Sea local area SEND accelerated progress plan (docx)
# ---------------------------------------------------------------------------
def southend():
    name = "zue-southend-on-sea-local-area-send-accelerated-progress-plan.docx"
    title = "Southend-on-Sea Local Area SEND Accelerated Progress Plan"
    areas = [
        ("Area of weakness 1: The quality of education, health and care (EHC) plans and the contribution of health and social care to them", [
            ("1.1", "Introduce a multi-agency EHC plan quality assurance panel meeting monthly.\nThe panel will audit a minimum of 10% of new plans each month.", "SEN Team Manager; Designated Clinical Officer", "Dec 2021", "Jan 2022", "At least 80% of audited plans rated good or better by July 2022", ("2022-01", None), "blue"),
            ("1.2", "Deliver training on writing SMART outcomes to SEN caseworkers and to health and social care professionals who contribute advice.", "Principal Educational Psychologist", "Jan 2022", "Summer term 2022", "All caseworkers and contributing teams trained", ("2022-07", "Summer term 2022"), "green"),
        ]),
        ("Area of weakness 2: Waiting times for autism spectrum disorder (ASD) assessment", [
            ("2.1", "Commission additional ASD diagnostic capacity to reduce waiting times for children aged 5 and over to under 18 weeks.", "Associate Director of Commissioning (Mid and South Essex ICS)", "Dec 2021", "Jun 2022", "Waiting time under 18 weeks for 90% of children", ("2022-06", None), "red"),
            ("2.2", "Provide a pre- and post-diagnostic support offer for families, delivered with the SEND Information, Advice and Support Service.", "SENDIASS Manager / Parent Carer Forum Chair", "Feb 2022", "Autumn term 2022", "Families report feeling supported while waiting (termly survey)", ("2022-12", "Autumn term 2022"), "amber"),
        ]),
        ("Area of weakness 3: Co-production with parents and carers at a strategic level", [
            ("3.1", "Agree a co-production charter with Southend Parent Carer Forum and publish it on the Local Offer.", "Head of SEND", "Nov 2021", "Feb 2022", "Charter signed by all SEND Strategic Board partners", ("2022-02", None), "blue"),
            ("3.2", "Hold 'You said, we did' events with families and report the themes to the SEND Strategic Board.", "Head of SEND", "Jan 2022", "Termly", "Attendance and feedback from events", (None, "Termly"), "green"),
        ]),
    ]
    fills = {"blue": "0070C0", "green": "00B050", "amber": "FFC000", "red": "FF0000"}
    doc = Document()
    landscape(doc)
    doc.add_heading(title, level=1)
    doc.add_paragraph("Following the Ofsted and Care Quality Commission revisit to Southend-on-Sea local area. Progress update for the SEND Strategic Board, July 2022.")
    doc.add_paragraph("This plan sets out how the local area partnership – Southend-on-Sea City Council, NHS Southend Clinical Commissioning Group (now Mid and South Essex Integrated Care Board), schools and Southend Parent Carer Forum – will tackle the three areas of weakness where inspectors found insufficient progress.")
    doc.add_paragraph("RAG key")
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for i, (col, txt) in enumerate([("blue", "Complete"), ("green", "On track"),
                                    ("amber", "At risk – some delay"), ("red", "Off track")]):
        shade(k.cell(i, 0), fills[col])
        set_cell(k.cell(i, 1), txt)
    doc.add_paragraph("")
    heads = ["Ref", "Action", "Lead(s)", "Start", "End", "Measure of success", "RAG"]
    nrows = 1 + sum(1 + len(a) for _, a in areas)
    tb = doc.add_table(rows=nrows, cols=len(heads))
    tb.style = "Table Grid"
    for j, h in enumerate(heads):
        set_cell(tb.cell(0, j), h, bold=True)
        shade(tb.cell(0, j), "D9D9D9")
    r = 1
    expected = []
    for area, acts in areas:
        m = tb.cell(r, 0).merge(tb.cell(r, len(heads) - 1))
        set_cell(m, area, bold=True)
        shade(m, "FCE4D6")
        r += 1
        for ref, text, lead, start, end_cell, measure, (end, end_text), st in acts:
            for j, v in enumerate([ref, text, lead, start, end_cell, measure, ""]):
                set_cell(tb.cell(r, j), v)
            shade(tb.cell(r, 6), fills[st])
            r += 1
            leads = [p.strip() for p in lead.replace(";", "/").split("/")]
            expected.append(act(ref, [area], text, leads, end, st, end_text))
    doc.add_paragraph("")
    doc.add_paragraph("Notes: RAG ratings agreed at the SEND Strategic Board on 12 July 2022. The six-month review meeting with the Department for Education and NHS England took place in May 2022.")
    doc.add_heading("Version control", level=2)
    v = doc.add_table(rows=3, cols=3)
    v.style = "Table Grid"
    for i, rr in enumerate([("Version", "Date", "Change"),
                            ("1.0", "November 2021", "Plan approved by DfE and NHS England"),
                            ("1.4", "July 2022", "RAG ratings updated")]):
        for j, x in enumerate(rr):
            set_cell(v.cell(i, j), x, bold=(i == 0))
    doc.save(out(name))

    write_expected(name, {
        "source": "Imitates a local area SEND Accelerated Progress Plan published after an Ofsted/CQC revisit found insufficient progress against the written statement of action (Southend-on-Sea; DfE letter of 22 November 2021 deeming the APP fit for purpose, https://livewellsouthend.com/send-local-offer/local-area-send-inspections-reviews/4), as updated for the SEND Strategic Board in July 2022. Copies: title and context paragraphs, a RAG key table of colour swatches, one plan table with 'Area of weakness n:' rows merged across all columns above their actions, start and end columns with school terms and Termly, several leads in one cell, a measure-of-success column, RAG shown only as cell shading, a notes line and a version-control table.",
        "reads": "A Word plan with one main table of six numbered actions under three areas of weakness (merged full-width rows), each with leads, a start and an end, a success measure and a RAG colour with no text. The key and version-control tables are not actions; action 1.1 is written as two sentences on two lines in its cell.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


if __name__ == "__main__":
    powys()
    dudley()
    row = herefordshire()
    kirklees()
    torfaen()
    nwsab()
    southend()
    print("herefordshire typo row:", row)
    print("done")
