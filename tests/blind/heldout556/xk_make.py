"""Build the seven xk- blind cases (set heldout556) and their expected readings.

Run with /work/main/.venv/bin/python xk_make.py (openpyxl, python-docx, pyyaml).
Only files starting with xk- in this folder are written.
"""
import csv
import os

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "green": "00B050",
    "amber": "FFC000",
    "red": "FF0000",
    "blue": "0070C0",
    "band": "DDEBF7",
    "head": "1F4E78",
    "grey": "D9D9D9",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def path(name):
    assert name.startswith("xk-") or name.startswith("xk_")
    return os.path.join(HERE, name)


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def write_expected(name, head, actions=None):
    doc = dict(head)
    if actions is not None:
        doc["actions"] = actions
    with open(path(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100000)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


# ---------------------------------------------------------------------------
# 1. Betsi Cadwaladr UHB - Quality, Safety and Experience Committee action log
# ---------------------------------------------------------------------------
def make_bcuhb():
    name = "xk-betsi-cadwaladr-uhb-quality-safety-experience-committee-action-log.xlsx"
    title = "Quality, Safety and Experience Committee – Summary Action Log"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Betsi Cadwaladr University Health Board / Bwrdd Iechyd Prifysgol Betsi Cadwaladr"
    cov["A2"].font = Font(italic=True)
    cover_rows = [
        ("Committee", "Quality, Safety and Experience Committee"),
        ("Meeting date", "14 January 2025"),
        ("Agenda item", "QSE25/4 Summary Action Log"),
        ("Report author", "Committee Business Manager"),
        ("Responsible Director", "Director of Corporate Governance"),
        ("Purpose", "For assurance – to note progress on actions agreed at previous meetings and approve closure of completed actions"),
    ]
    for i, (k, v) in enumerate(cover_rows, start=4):
        cov.cell(i, 1, k).font = Font(bold=True)
        cov.cell(i, 1).fill = fill(FILL["grey"])
        cov.cell(i, 2, v).alignment = Alignment(wrap_text=True, vertical="top")
        cov.cell(i, 1).border = BOX
        cov.cell(i, 2).border = BOX
    cov.column_dimensions["A"].width = 24
    cov.column_dimensions["B"].width = 80

    ws = wb.create_sheet("Action Log")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Updated for the meeting held on 14 January 2025"
    ws["A3"] = ("RAG key:   Green – action complete / proposed for closure     "
                "Amber – in progress within agreed timescale     "
                "Red – original timescale exceeded / revised date required")
    ws["A3"].font = Font(italic=True, size=9)
    headers = ["Minute Ref", "Officer / Director Lead", "Summary of Action Agreed",
               "Original Timescale", "Latest Update Position", "Revised Timescale", "RAG"]
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(5, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(FILL["head"])
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX

    B1 = "Actions arising from meeting held 3 September 2024"
    B2 = "Actions arising from meeting held 5 November 2024"
    B3 = "Actions arising from extraordinary meeting held 10 December 2024"
    rows = [
        ("band", B1),
        ("QSE24/97.2", "Director of Nursing – Secondary Care",
         "Bring back a paper on the outcome of the pressure ulcer deep-dive at Ysbyty Maelor Wrexham, including how the learning has been shared across the three acute sites.",
         "November 2024", "Paper presented at November meeting (item QSE24/131). Action complete – propose closure.", "", "Green"),
        ("QSE24/101", "Gareth Evans / Dr Catrin Pritchard",
         "Confirm the position on compliance with sepsis screening in the Emergency Departments and provide a trajectory to full compliance.",
         "November 2024", "Audit of sepsis screening completed December 2024; trajectory to be presented with the Unscheduled Care report.", "March 2025", "Red"),
        ("QSE24/104.1", "Head of Patient Safety and Learning",
         "Circulate the revised Patient Safety Incident Framework implementation timeline to Committee members outside of the meeting.",
         "October 2024", "Circulated by email 22 October 2024.", "", "Green"),
        ("band", B2),
        ("QSE24/128", "Executive Director of Nursing and Midwifery",
         "Provide a summary of the themes from the HIW unannounced inspection of the Ysbyty Glan Clwyd Emergency Department and progress against the immediate assurance plan.",
         "January 2025", "On the agenda for the January meeting (item QSE25/9).", "", "Amber"),
        ("QSE24/131.3", "Director of Mental Health and Learning Disabilities",
         "Undertake a review of ligature risk assessments across adult inpatient units.\nReport the findings to Committee, including any estates works required and their costs.",
         "March 2025", "Review commenced; Hergest and Heddfan units complete, Ablett Unit scheduled for February.", "", "Amber"),
        ("QSE24/135", "Assistant Director – Patient Experience",
         "Include Welsh language Active Offer data within the quarterly Patient Experience report.",
         "Ongoing", "Included from the Q3 report onwards and will remain a standing element of the report.", "", "Green"),
        ("band", B3),
        ("QSE24/149.1", "Director of Midwifery and Women's Services / Clinical Director (Obstetrics)",
         "Present the maternity and neonatal safety self-assessment, with an action plan for any standards rated as not met.",
         "February 2025", "Self-assessment drafted; moved to the March meeting to allow validation by the Executive Team.", "March 2025", "Red"),
        ("QSE24/149.2", "Board Secretary",
         "Add the maternity safety dashboard to the Committee's forward work programme as a standing item.",
         "January 2025", "", "", ""),
    ]
    rag_fill = {"Green": "C6EFCE", "Amber": "FFEB9C", "Red": "FFC7CE"}
    r = 6
    for row in rows:
        if row[0] == "band":
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            for c in range(1, 8):
                ws.cell(r, c).fill = fill(FILL["band"])
                ws.cell(r, c).border = BOX
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        else:
            for c, v in enumerate(row, start=1):
                cell = ws.cell(r, c, v if v != "" else None)
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                cell.border = BOX
            if row[6]:
                ws.cell(r, 7).fill = fill(rag_fill[row[6]])
        r += 1
    for col, w in zip("ABCDEFG", [13, 28, 60, 14, 52, 14, 9]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    wb.save(path(name))

    A = [
        act("QSE24/97.2", [B1], rows[1][2], ["Director of Nursing – Secondary Care"], "2024-11", "blue"),
        act("QSE24/101", [B1], rows[2][2], ["Gareth Evans", "Dr Catrin Pritchard"], "2025-03", "red"),
        act("QSE24/104.1", [B1], rows[3][2], ["Head of Patient Safety and Learning"], "2024-10", "blue"),
        act("QSE24/128", [B2], rows[5][2], ["Executive Director of Nursing and Midwifery"], "2025-01", "amber"),
        act("QSE24/131.3", [B2], rows[6][2], ["Director of Mental Health and Learning Disabilities"], "2025-03", "amber"),
        act("QSE24/135", [B2], rows[7][2], ["Assistant Director – Patient Experience"], None, "blue", end_text="Ongoing"),
        act("QSE24/149.1", [B3], rows[9][2], ["Director of Midwifery and Women's Services", "Clinical Director (Obstetrics)"], "2025-03", "red"),
        act("QSE24/149.2", [B3], rows[10][2], ["Board Secretary"], "2025-01", "unrated"),
    ]
    head = {
        "source": ("Imitates a Betsi Cadwaladr University Health Board committee 'Summary Action Log' as published in "
                   "Quality, Safety and Experience Committee papers (2024-25 style): a cover sheet with committee/meeting/author "
                   "details, then the log with columns Officer/Director Lead, Summary of Action Agreed, Original Timescale, "
                   "Latest Update Position, Revised Timescale and a RAG cell (text plus fill), actions grouped under merged "
                   "'Actions arising from meeting held ...' band rows, and a RAG key in which Green means complete/proposed for closure."),
        "reads": ("A committee action log on its second sheet: eight actions grouped under three meeting bands, each with a minute "
                  "reference, a lead (posts, or two named people split by '/'), an original and sometimes a revised timescale, and "
                  "a RAG word. The key says Green = complete, so Green rows are complete; where a revised timescale is given it is the end; "
                  "one action has no RAG and no update."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, head, A)
    return name, len(A)


# ---------------------------------------------------------------------------
# 2. NHS Borders - corporate risk register 2025/26 (risk treatment action plans)
# ---------------------------------------------------------------------------
def make_borders():
    name = "xk-nhs-borders-corporate-risk-register-2025-26.xlsx"
    title = "NHS Borders Corporate Risk Register 2025/26"
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = title
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Summary of Very High and High corporate risks – Audit and Risk Committee, 27 October 2025"
    hdr = ["Risk ID", "Risk title", "Risk owner", "Inherent score", "Current score", "Target score", "Trend since last report"]
    for c, h in enumerate(hdr, 1):
        s.cell(4, c, h).font = Font(bold=True)
        s.cell(4, c).fill = fill(FILL["grey"])
        s.cell(4, c).border = BOX
    summ = [
        ("CRR-03", "Financial Sustainability", "Director of Finance", 25, 20, 12, "↔ No change"),
        ("CRR-07", "Unscheduled Care – Flow and Delayed Discharges", "Director of Acute Services", 25, 16, 9, "↓ Reduced"),
        ("CRR-11", "Cyber Security", "Director of Digital", 20, 15, 10, "↔ No change"),
    ]
    for i, row in enumerate(summ, start=5):
        for c, v in enumerate(row, 1):
            s.cell(i, c, v).border = BOX
        sc = row[4]
        s.cell(i, 5).fill = fill("FF0000" if sc >= 20 else "FFC000")
    s["A9"] = "Scoring: Likelihood (1–5) x Consequence (1–5). Very High 20–25, High 12–16, Moderate 8–10, Low 1–6."
    s["A9"].font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFG", [10, 44, 26, 14, 14, 13, 22]):
        s.column_dimensions[col].width = w

    ws = wb.create_sheet("Action Plans")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Risk treatment action plans – position at 30 September 2025"
    ws["A3"] = "Action status is shown by cell colour:  Green = on track   Amber = at risk of slippage   Red = overdue   Blue = complete"
    ws["A3"].font = Font(italic=True, size=9)
    headers = ["Action Ref", "Risk Treatment Action", "Action Owner", "Target Date",
               "Revised Target Date", "Progress Update", "Status"]
    for c, h in enumerate(headers, 1):
        cell = ws.cell(5, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(FILL["head"])
        cell.border = BOX
        cell.alignment = Alignment(wrap_text=True)

    R1 = "CRR-03  Financial Sustainability"
    R2 = "CRR-07  Unscheduled Care – Flow and Delayed Discharges"
    R3 = "CRR-11  Cyber Security"
    rows = [
        ("band", R1),
        ("desc", "Risk: there is a risk that NHS Borders fails to deliver a balanced financial position for 2025/26 and the medium term, resulting in further Scottish Government brokerage and escalation. Current score 20 (L4 x C5) – Very High."),
        ("03.1", "Deliver the 2025/26 Financial Turnaround Programme savings schemes, with monthly reporting to the Financial Turnaround Board.",
         "Director of Finance", "31/03/2026", "", "£3.9m of the £7.2m target delivered at month 6; recurring savings gap remains.", "amber", None),
        ("03.2", "Agree with Scottish Government the brokerage arrangements and a three-year financial recovery trajectory.",
         "Chief Executive / Director of Finance", "30/06/2025", "31/12/2025", "Discussions ongoing with Scottish Government Health Finance; revised trajectory submitted in September.", "red", None),
        ("03.3", "Implement vacancy control panel arrangements for all non-clinical posts.",
         "Director of Workforce", "31/05/2025", "", "Panel in place from May 2025.", "blue", "Complete"),
        ("band", R2),
        ("desc", "Risk: there is a risk that delays in discharging patients who are medically fit lead to overcrowding in the Emergency Department and harm to patients. Current score 16 (L4 x C4) – High."),
        ("07.1", "Open the discharge lounge at Borders General Hospital seven days a week.",
         "General Manager, Acute Services", "31/10/2025", "", "Seven-day opening from 6 October 2025 – impact being monitored.", "green", None),
        ("07.2", "Work with the Scottish Borders Health and Social Care Partnership to reduce the number of people delayed in hospital awaiting a package of care to below 30.",
         "Chief Officer, Health and Social Care / Director of Acute Services", "31/12/2025", "", "41 people delayed at the September census; care at home recruitment campaign launched.", "amber", None),
        ("07.3", "Review the Full Capacity Protocol and re-launch it with site teams.",
         "Associate Director of Nursing – Acute", "Q3 2025/26", "", "Draft circulated for comment.", None, None),
        ("band", R3),
        ("desc", "Risk: there is a risk of a successful cyber attack on NHS Borders systems causing loss of clinical and business systems and of data. Current score 15 (L3 x C5) – High."),
        ("11.1", "Complete the Network and Information Systems (NIS) audit action plan agreed with the Scottish Health Competent Authority.",
         "Head of IM&T", "31/03/2026", "", "14 of 22 actions complete.", "green", None),
        ("11.2", "Deliver phishing simulation exercises and mandatory cyber awareness training to all staff, with a target of 90% compliance.",
         "Head of IM&T; Information Governance Lead", "30/09/2025", "31/01/2026", "Compliance at 78%; extended to allow completion by bank staff.", "red", None),
    ]
    r = 6
    for row in rows:
        if row[0] in ("band", "desc"):
            cell = ws.cell(r, 1, row[1])
            if row[0] == "band":
                cell.font = Font(bold=True)
                for c in range(1, 8):
                    ws.cell(r, c).fill = fill(FILL["band"])
            else:
                cell.font = Font(italic=True)
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                ws.row_dimensions[r].height = 30
            for c in range(1, 8):
                ws.cell(r, c).border = BOX
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        else:
            ref, text, owner, tgt, rev, prog, colour, word = row
            vals = [ref, text, owner, tgt, rev or None, prog, word]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                cell.border = BOX
            if colour:
                ws.cell(r, 7).fill = fill(FILL[colour])
            if word:
                ws.cell(r, 7).font = Font(color="FFFFFF", bold=True)
        r += 1
    r += 1
    ws.cell(r, 1, "Total actions: 8   Complete: 1   On track: 2   At risk: 2   Overdue: 2   Not rated: 1").font = Font(bold=True)
    ws.cell(r + 1, 1, "Risk descriptions and scores are held in Datix; this extract shows treatment actions only.").font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFG", [11, 60, 34, 13, 13, 50, 11]):
        ws.column_dimensions[col].width = w
    wb.save(path(name))

    def t(ref):
        return next(x[1] for x in rows if x[0] == ref)

    A = [
        act("03.1", [R1], t("03.1"), ["Director of Finance"], "2026-03", "amber"),
        act("03.2", [R1], t("03.2"), ["Chief Executive", "Director of Finance"], "2025-12", "red"),
        act("03.3", [R1], t("03.3"), ["Director of Workforce"], "2025-05", "blue"),
        act("07.1", [R2], t("07.1"), ["General Manager, Acute Services"], "2025-10", "green"),
        act("07.2", [R2], t("07.2"), ["Chief Officer, Health and Social Care", "Director of Acute Services"], "2025-12", "amber"),
        act("07.3", [R2], t("07.3"), ["Associate Director of Nursing – Acute"], "2025-12", "unrated"),
        act("11.1", [R3], t("11.1"), ["Head of IM&T"], "2026-03", "green"),
        act("11.2", [R3], t("11.2"), ["Head of IM&T", "Information Governance Lead"], "2026-01", "red"),
    ]
    head = {
        "source": ("Imitates an NHS Scotland board corporate risk register extract as taken to an Audit and Risk Committee "
                   "(NHS Borders style, 2025/26): a Summary sheet of Very High/High risks with scores and trend, then a "
                   "'Risk treatment action plans' sheet with merged risk band rows (risk ID and title) each followed by a merged "
                   "italic risk description row, treatment actions with owner, target and revised target dates, progress, and a "
                   "status cell shown by fill colour only (Blue with the word Complete), plus a totals line and a note."),
        "reads": ("Three corporate risks, each a band heading with a description line, and under them eight numbered treatment "
                  "actions (03.1-11.2). Status is the colour of the Status cell per the key (green/amber/red/blue; one uncoloured = not rated); "
                  "where a revised target date is given it is the end; 'Q3 2025/26' ends December 2025. The summary sheet, "
                  "description rows and totals line are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, head, A)
    return name, len(A)


# ---------------------------------------------------------------------------
# 3. HEIW - Annual Plan 2025/26 Q2 delivery tracker (typo month -> refuse)
# ---------------------------------------------------------------------------
def make_heiw():
    name = "xk-heiw-annual-plan-2025-26-delivery-tracker-typo-month-refuse.xlsx"
    title = "Annual Plan 2025/26 – Quarter 2 Delivery Report"
    wb = Workbook()
    ws = wb.active
    ws.title = "Q2 Tracker"
    ws["A1"] = "Health Education and Improvement Wales (HEIW)"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Reporting period: 1 July – 30 September 2025   |   Board: 27 November 2025"
    headers = ["Ref", "Deliverable", "Executive Lead", "Milestone date", "Q1 RAG", "Q2 RAG", "Q2 commentary"]
    for c, h in enumerate(headers, 1):
        cell = ws.cell(5, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("5B2C6F")
        cell.border = BOX
    rows = [
        ("band", "Strategic Aim 1: To lead the planning, development and wellbeing of a competent, sustainable and flexible workforce"),
        ("1.1", "Publish the refreshed Strategic Nursing Workforce Plan for Wales, with health board implementation trajectories.",
         "Executive Director of Nursing", "December 2025", "G", "G", "Draft completed; engagement with health boards in October."),
        ("1.2", "Launch the NHS Wales staff wellbeing self-assessment tool for employers.",
         "Director of Workforce and OD", "September 2025", "A", "B", "Launched 18 September 2025 at the national wellbeing conference."),
        ("band", "Strategic Aim 2: To improve the quality and accessibility of education and training for all healthcare staff"),
        ("2.1", "Submit the 2026/27 Education and Training Plan to Welsh Government for approval.",
         "Director of Planning, Performance and Corporate Services", "Febuary 2026", "G", "G", "Commissioning numbers agreed in principle with health boards."),
        ("2.2", "Re-procure the pre-registration healthcare education contracts (tranche 2).",
         "Director of Finance / Executive Director of Nursing", "March 2026", "A", "A", "Procurement timetable extended by four weeks following market engagement."),
        ("band", "Strategic Aim 3: To work with partners to build compassionate and collective leadership capacity across NHS Wales"),
        ("3.1", "Deliver the next cohort of the senior clinical leaders development programme.",
         "Director of Workforce and OD", "January 2026", "G", "G", "Cohort of 32 started in September."),
        ("3.2", "Evaluate the implementation of the Compassionate Leadership Principles across NHS Wales organisations.",
         "Medical Director", "March 2026", "", "R", "Evaluation partner not yet appointed; re-tender required."),
    ]
    rag = {"G": "00B050", "A": "FFC000", "R": "FF0000", "B": "0070C0"}
    r = 6
    for row in rows:
        if row[0] == "band":
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            for c in range(1, 8):
                ws.cell(r, c).fill = fill("E8DAEF")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        else:
            for c, v in enumerate(row, 1):
                cell = ws.cell(r, c, v if v != "" else None)
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                cell.border = BOX
            for c in (5, 6):
                if row[c - 1]:
                    ws.cell(r, c).fill = fill(rag[row[c - 1]])
        r += 1
    typo_row = 10
    assert ws.cell(typo_row, 4).value == "Febuary 2026"
    ws.cell(r + 1, 1, "RAG definitions are on the 'Key' sheet. B = deliverable complete.").font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFG", [6, 62, 36, 15, 8, 8, 55]):
        ws.column_dimensions[col].width = w
    k = wb.create_sheet("Key")
    for i, (a, b) in enumerate([("RAG", "Definition"), ("B", "Complete"), ("G", "On track to deliver by the milestone date"),
                                ("A", "Some risk to delivery; mitigating action in place"), ("R", "Will not be delivered by the milestone date")], 1):
        k.cell(i, 1, a).border = BOX
        k.cell(i, 2, b).border = BOX
        if a in rag:
            k.cell(i, 1).fill = fill(rag[a])
    k.column_dimensions["B"].width = 55
    wb.save(path(name))
    head = {
        "source": ("Imitates a Welsh NHS special health authority's quarterly annual plan / IMTP delivery report to its Board "
                   "(HEIW style, 2025/26): title block, purple header row, merged 'Strategic Aim n:' band rows, numbered "
                   "deliverables with an executive lead, a milestone date, previous (Q1) and current (Q2) RAG letters with fill, "
                   "commentary, a note line and a separate Key sheet."),
        "reads": ("Seven deliverables under three strategic aims. The milestone date of deliverable 2.1 (sheet row 10) reads "
                  "'Febuary 2026', a mistyped month; a careful reader stops there and asks rather than guessing."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": title,
    }
    write_expected(name, head)
    return name, 7


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
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 4. Ysgol Botwnnog - Estyn post-inspection action plan (docx, table per recommendation)
# ---------------------------------------------------------------------------
def make_botwnnog():
    name = "xk-ysgol-botwnnog-estyn-post-inspection-action-plan.docx"
    title = "Ysgol Botwnnog – Post-inspection Action Plan 2024–2025"
    d = Document()
    h = d.add_heading(title, level=0)
    p = d.add_paragraph("Cynllun Gweithredu Ôl-arolygiad")
    p.runs[0].italic = True
    d.add_paragraph("Response of the governing body to the recommendations in the Estyn inspection report "
                    "(inspection 4–7 March 2024; report published 10 May 2024).")
    info = d.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [("School", "Ysgol Botwnnog, Botwnnog, Pwllheli, Gwynedd"),
                 ("Headteacher", "Mr Dafydd Wyn Roberts"),
                 ("Chair of Governors", "Mrs Sioned Parry"),
                 ("Approved by the Governing Body", "20 June 2024"),
                 ("Local authority contact", "Cyngor Gwynedd Education Quality Officer")]:
        c = info.add_row().cells
        set_cell(c[0], k, bold=True)
        shade(c[0], "D9D9D9")
        set_cell(c[1], v)
    d.add_paragraph("")
    d.add_paragraph("Progress key:  Complete – action completed;  G – on track;  A – some slippage, action being taken;  "
                    "R – significant concern, reported to the governing body.").runs[0].font.size = Pt(9)

    recs = [
        ("Recommendation 1: Improve the quality of teaching so that it challenges all pupils, including the more able", [
            ("R1.1", "Develop a shared understanding of effective challenge through the school's professional learning programme, using lesson study triads.",
             "Deputy Headteacher (Teaching and Learning)", "Autumn term 2024",
             "All teachers take part in at least one lesson study cycle; learning walks show increased challenge in most lessons.", "Complete"),
            ("R1.2", "Introduce a whole-school approach to questioning and to adapting tasks for more able pupils.",
             "Head of More Able and Talented / Heads of Department", "February 2025",
             "Book scrutiny shows more able pupils completing extended, demanding tasks in most subjects.", "A"),
            ("R1.3", "Carry out quality assurance of teaching through lesson observations, book scrutiny and pupil voice.",
             "SLT", "Termly", "Quality assurance reports identify consistently good or better teaching.", "G"),
        ]),
        ("Recommendation 2: Strengthen provision to develop pupils' numeracy skills across the curriculum", [
            ("R2.1", "Map numeracy opportunities across all subjects in Years 7 to 9 and share planning exemplars.",
             "Numeracy Co-ordinator", "December 2024", "Every department plans at least one numeracy task each half term.", "Complete"),
            ("R2.2", "Provide targeted numeracy intervention for pupils identified through the national personalised assessments.",
             "Numeracy Co-ordinator / ALNCo", "Summer term 2025",
             "Most pupils in the intervention groups improve their personalised assessment outcomes.", "G"),
        ]),
        ("Recommendation 3: Refine self-evaluation and improvement planning so that they focus sharply on the impact of provision on pupils' learning", [
            ("R3.1", "Revise the school's self-evaluation calendar so that all activities focus on pupils' progress and standards.",
             "Headteacher", "September 2024", "Calendar agreed by governors and in use.", "Complete"),
            ("R3.2", "Train middle leaders in analysing first-hand evidence.\nSupport them to write evaluative departmental reports that link to the school development plan.",
             "Headteacher / Deputy Headteacher", "31/03/2025",
             "Departmental reports are evaluative and identify precise priorities.", "A"),
            ("R3.3", "Governors' Standards Committee to receive reports on progress against this plan.",
             "Chair of Governors", "July 2025", "Minutes show governors challenging leaders on progress.", "G"),
        ]),
        ("Recommendation 4: Improve attendance, particularly for pupils eligible for free school meals", [
            ("R4.1", "Appoint a Family Engagement Officer and establish a weekly attendance review panel.",
             "Assistant Headteacher (Wellbeing)", "October 2024", "Officer in post; panel meets weekly.", "Complete"),
            ("R4.2", "Work with the local authority Education Welfare Service to apply the revised attendance escalation procedure.",
             "Assistant Headteacher (Wellbeing) & Education Welfare Officer", "Ongoing",
             "Attendance of eFSM pupils improves by at least 2 percentage points.", "G"),
        ]),
    ]
    hdr = ["Ref", "Action", "Lead", "Timescale", "Success criteria", "Progress"]
    for heading, acts in recs:
        d.add_heading(heading, level=2)
        t = d.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, hh in zip(t.rows[0].cells, hdr):
            set_cell(c, hh, bold=True)
            shade(c, "C00000")
        for a in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, a):
                set_cell(c, v)
            col = {"G": "92D050", "A": "FFC000", "R": "FF0000", "Complete": "00B0F0"}[a[5]]
            shade(cells[5], col)
        d.add_paragraph("")
    d.add_paragraph("The plan will be reviewed each half term by the senior leadership team and reported to each "
                    "meeting of the full governing body.")
    sign = d.add_table(rows=2, cols=3)
    sign.style = "Table Grid"
    for c, v in zip(sign.rows[0].cells, ["Signed (Headteacher)", "Signed (Chair of Governors)", "Date"]):
        set_cell(c, v, bold=True)
    for c, v in zip(sign.rows[1].cells, ["D. W. Roberts", "S. Parry", "20/06/2024"]):
        set_cell(c, v)
    d.save(path(name))

    ends = {"R1.1": ("2024-12", None), "R1.2": ("2025-02", None), "R1.3": (None, "Termly"),
            "R2.1": ("2024-12", None), "R2.2": ("2025-07", None), "R3.1": ("2024-09", None),
            "R3.2": ("2025-03", None), "R3.3": ("2025-07", None), "R4.1": ("2024-10", None),
            "R4.2": (None, "Ongoing")}
    leads = {"R1.1": ["Deputy Headteacher (Teaching and Learning)"],
             "R1.2": ["Head of More Able and Talented", "Heads of Department"],
             "R1.3": ["SLT"], "R2.1": ["Numeracy Co-ordinator"], "R2.2": ["Numeracy Co-ordinator", "ALNCo"],
             "R3.1": ["Headteacher"], "R3.2": ["Headteacher", "Deputy Headteacher"], "R3.3": ["Chair of Governors"],
             "R4.1": ["Assistant Headteacher (Wellbeing)"],
             "R4.2": ["Assistant Headteacher (Wellbeing)", "Education Welfare Officer"]}
    st = {"Complete": "blue", "G": "green", "A": "amber", "R": "red"}
    A = []
    for heading, acts in recs:
        for a in acts:
            e, et = ends[a[0]]
            A.append(act(a[0], [heading], a[1], leads[a[0]], e, st[a[5]], end_text=et))
    head = {
        "source": ("Imitates a Welsh secondary school's Estyn post-inspection action plan (PIAP) as agreed by the governing "
                   "body with the local authority (Gwynedd, 2024): title with Welsh subtitle, a school details table, a "
                   "progress key paragraph, then one heading and one table per Estyn recommendation (Ref, Action, Lead, "
                   "Timescale, Success criteria, Progress with word/letter and cell shading), a review note and a sign-off table."),
        "reads": ("Four Estyn recommendations, each a heading over its own table of actions (R1.1-R4.2), ten actions in all. "
                  "Leads are posts, some two posts split by '/' or '&'; timescales are months, school terms (Autumn term 2024 = "
                  "December 2024, Summer term 2025 = July 2025), a UK date, or Termly/Ongoing. Progress is Complete or G/A."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, head, A)
    return name, len(A)


# ---------------------------------------------------------------------------
# 5. Limavady High School - ETI inspection action plan (docx, one table with AFI band rows)
# ---------------------------------------------------------------------------
def make_limavady():
    name = "xk-limavady-high-school-eti-inspection-action-plan.docx"
    title = "Limavady High School – Action Plan following ETI Inspection"
    d = Document()
    d.add_heading(title, level=1)
    d.add_paragraph("Action plan to address the areas for improvement identified in the Education and Training "
                    "Inspectorate report (inspection November 2023, published January 2024)")
    info = d.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [("Principal", "Mrs A. McCloskey"), ("Chair of the Board of Governors", "Mr R. Kane"),
                 ("Date of inspection", "6–9 November 2023"), ("Action plan approved by Board of Governors", "22 February 2024"),
                 ("Progress update", "June 2024")]:
        c = info.add_row().cells
        set_cell(c[0], k, bold=True)
        set_cell(c[1], v)
    d.add_paragraph("")
    d.add_paragraph("This plan forms part of the School Development Plan 2023–2026 and is monitored by the Board of "
                    "Governors' Curriculum and Pastoral Committee each term.")

    afis = [
        ("1. Improve the quality of planning, teaching and assessment in mathematics at key stage 3 so that pupils make better progress.", [
            ("1.1", "Audit the key stage 3 mathematics schemes of work against the Northern Ireland Curriculum levels of progression.",
             "Head of Mathematics", "March 2024", "Revised schemes in place for September 2024.", "Achieved"),
            ("1.2", "Establish a programme of paired observations and department-based professional learning focused on formative assessment.\nShare effective practice at the monthly mathematics department meeting.",
             "Vice-Principal (Curriculum), Head of Mathematics", "June 2024",
             "Observations show effective questioning and feedback in most lessons.", "On track"),
            ("1.3", "Use standardised progress test data to identify pupils requiring targeted support and track their progress.",
             "Head of Mathematics & SENCo", "Half-termly", "Most targeted pupils make expected progress.", "On track"),
        ]),
        ("2. Develop the use of self-evaluation and data analysis by middle leaders to identify and address underachievement.", [
            ("2.1", "Provide training for all heads of department on the use of SIMS assessment data and benchmarking.",
             "Vice-Principal (Pastoral & Data)", "April 2024", "All heads of department use data to set targets.", "Achieved"),
            ("2.2", "Introduce a standard departmental self-evaluation template linked to the School Development Plan.",
             "Senior Leadership Team", "September 2024", "Template completed by all departments.", "Not started"),
            ("2.3", "Hold line-management review meetings between SLT and heads of department to agree actions on underachievement.",
             "Principal", "December 2024", "Review records show actions agreed and followed up.", "Not started"),
        ]),
        ("3. Strengthen the arrangements for recording and monitoring pastoral and child protection concerns.", [
            ("3.1", "Implement an electronic recording system for pastoral and child protection concerns.",
             "Designated Teacher for Child Protection", "By 31 March 2024", "All concerns recorded on the system.", "Achieved"),
            ("3.2", "Deliver refresher training on the revised recording procedures to all teaching and non-teaching staff.",
             "Designated Teacher / Deputy Designated Teacher", "May 2024", "Training records show 100% attendance.", "Amber"),
            ("3.3", "Report to the Board of Governors on the monitoring of pastoral concerns.",
             "Designated Governor for Child Protection", "Each Board meeting", "Board minutes record the reports.", "On track"),
        ]),
    ]
    hdr = ["Ref", "Actions to be taken", "Person(s) responsible", "Timescale", "Success criteria", "Status (June 2024)"]
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, hh in zip(t.rows[0].cells, hdr):
        set_cell(c, hh, bold=True)
        shade(c, "BDD7EE")
    for afi, acts in afis:
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[5])
        set_cell(merged, afi, bold=True)
        shade(merged, "F2F2F2")
        for a in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, a):
                set_cell(c, v)
    d.add_paragraph("")
    d.add_paragraph("Signed on behalf of the Board of Governors:")
    sign = d.add_table(rows=2, cols=2)
    sign.style = "Table Grid"
    set_cell(sign.cell(0, 0), "Principal: A. McCloskey")
    set_cell(sign.cell(0, 1), "Date: 22/02/2024")
    set_cell(sign.cell(1, 0), "Chair of the Board of Governors: R. Kane")
    set_cell(sign.cell(1, 1), "Date: 22/02/2024")
    d.save(path(name))

    ends = {"1.1": ("2024-03", None), "1.2": ("2024-06", None), "1.3": (None, "Half-termly"),
            "2.1": ("2024-04", None), "2.2": ("2024-09", None), "2.3": ("2024-12", None),
            "3.1": ("2024-03", None), "3.2": ("2024-05", None), "3.3": (None, "Each Board meeting")}
    leads = {"1.1": ["Head of Mathematics"], "1.2": ["Vice-Principal (Curriculum)", "Head of Mathematics"],
             "1.3": ["Head of Mathematics", "SENCo"], "2.1": ["Vice-Principal (Pastoral & Data)"],
             "2.2": ["Senior Leadership Team"], "2.3": ["Principal"], "3.1": ["Designated Teacher for Child Protection"],
             "3.2": ["Designated Teacher", "Deputy Designated Teacher"], "3.3": ["Designated Governor for Child Protection"]}
    st = {"Achieved": "blue", "On track": "green", "Not started": "unrated", "Amber": "amber"}
    A = []
    for afi, acts in afis:
        for a in acts:
            e, et = ends[a[0]]
            A.append(act(a[0], [afi], a[1], leads[a[0]], e, st[a[5]], end_text=et))
    head = {
        "source": ("Imitates a Northern Ireland post-primary school's action plan sent by the Board of Governors after an "
                   "Education and Training Inspectorate inspection with important areas for improvement (2023-24): title "
                   "and sub-title, school details table, a note linking it to the School Development Plan, then one table "
                   "whose numbered area-for-improvement rows are merged across all columns above numbered actions (Ref, "
                   "Actions, Person(s) responsible, Timescale, Success criteria, Status word), and a sign-off table."),
        "reads": ("Three ETI areas for improvement as merged band rows in one table, with nine actions (1.1-3.3) under them. "
                  "One action has two paragraphs; leads are posts, two of them two posts split by ',', '&' or '/', while "
                  "'Vice-Principal (Pastoral & Data)' is one post. Status words: Achieved, On track, Not started, Amber; "
                  "'Half-termly' and 'Each Board meeting' give no end month."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, head, A)
    return name, len(A)


# ---------------------------------------------------------------------------
# 6. State Hospitals Board for Scotland - internal audit recommendations tracker (csv export)
# ---------------------------------------------------------------------------
def make_state_hospital():
    name = "xk-state-hospitals-board-for-scotland-internal-audit-recommendations-tracker.csv"
    title = "The State Hospitals Board for Scotland – Internal Audit Recommendations Follow-up Report"
    header = ["Audit Report", "Year", "Rec No", "Grade", "Recommendation", "Management Action",
              "Responsible Officer", "Original Target Date", "Revised Target Date", "RAG Status", "Progress Update"]
    recs = [
        ("Patients' Funds", "2024/25", "1", "Grade 3",
         "Reconciliations of patients' funds accounts should be evidenced as reviewed by a second officer each month.",
         "Monthly reconciliations will be signed and dated by the Finance Manager as reviewer, with evidence retained on the shared drive.",
         "Finance Manager", "31/03/2025", "", "Complete", "Evidence of review from April 2025 verified by internal audit."),
        ("Patients' Funds", "2024/25", "2", "Grade 2",
         "Patient account balances above the agreed threshold should be reviewed with the clinical team and the patient.",
         "Introduce a six-monthly review of balances exceeding £3,000 with the Responsible Medical Officer and the patient's named nurse.",
         "Finance Manager / Head of Social Work", "30/06/2025", "31/12/2025", "Amber",
         "First review held for one hub; remaining hubs scheduled for November and December."),
        ("Medical Records Management", "2024/25", "1", "Grade 3",
         "A retention and destruction schedule for paper health records should be approved and applied.",
         "Approve the records retention schedule at the Information Governance Group and begin a programme of destruction of time-expired records.",
         "Health Records Manager", "30/09/2025", "", "Red",
         "Schedule not yet approved; deferred at the September Information Governance Group."),
        ("Medical Records Management", "2024/25", "2", "Grade 2",
         "Access to the electronic patient record should be reviewed periodically for leavers and staff changing role.",
         "Produce a quarterly report of RiO user accounts against the HR leavers list, with access removed within five working days.",
         "Head of eHealth; Health Records Manager", "31/10/2025", "", "Green",
         "First quarterly report produced; process being documented."),
        ("Sickness Absence Management", "2025/26", "1", "Grade 2",
         "Return to work discussions should be completed and recorded on SSTS for all absence episodes.",
         "Issue a reminder to all line managers and include return to work compliance in the monthly workforce report to the Staff Governance Committee.",
         "Director of Workforce", "31/08/2025", "", "Complete", "Reminder issued July 2025; compliance now reported monthly."),
        ("Sickness Absence Management", "2025/26", "2", "Grade 1",
         "Managers should receive refresher training on the Once for Scotland Attendance Policy.",
         "Deliver refresher training sessions for Senior Charge Nurses and team leaders.",
         "HR Manager (Employee Relations)", "31/01/2026", "", "Green", "Three of six sessions delivered."),
        ("Security – Key and Lock Management", "2025/26", "1", "Grade 3",
         "The key register should be reconciled to the keys physically held, and discrepancies investigated.",
         "Complete a full reconciliation of the key register to the keys held in the key store and report any discrepancies to the Security Director.",
         "Head of Security, Resilience and Risk", "30/11/2025", "", "Not started", "Not yet due."),
        ("Security – Key and Lock Management", "2025/26", "2", "Grade 2",
         "Key holder authorisations should be reviewed at least annually.",
         "Introduce an annual review of key holder authorisations, signed off by each Head of Department.",
         "Security Manager", "Q4 2025/26", "", "Green", "Review template drafted."),
    ]
    ncol = len(header)

    def pad(row):
        return list(row) + [""] * (ncol - len(row))

    with open(path(name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(pad([title]))
        w.writerow(pad(["Audit and Risk Committee – 11 December 2025"]))
        w.writerow(pad([]))
        w.writerow(header)
        for r in recs:
            w.writerow(r)
        w.writerow(pad([]))
        w.writerow(pad(["Summary: 8 recommendations – Complete 2, Green 3, Amber 1, Red 1, Not started 1"]))
        w.writerow(pad(["Grades: 1 = minor, 2 = moderate, 3 = significant, 4 = fundamental"]))

    ends = ["2025-03", "2025-12", "2025-09", "2025-10", "2025-08", "2026-01", "2025-11", "2026-03"]
    leads = [["Finance Manager"], ["Finance Manager", "Head of Social Work"], ["Health Records Manager"],
             ["Head of eHealth", "Health Records Manager"], ["Director of Workforce"], ["HR Manager (Employee Relations)"],
             ["Head of Security, Resilience and Risk"], ["Security Manager"]]
    st = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red", "Not started": "unrated"}
    A = [act(r[2], [r[0], r[4]], r[5], leads[i], ends[i], st[r[9]]) for i, r in enumerate(recs)]
    head = {
        "source": ("Imitates an NHS Scotland special health board's internal audit follow-up report to its Audit and Risk "
                   "Committee, exported to CSV from the recommendations tracker (State Hospital style, 2025): two title "
                   "lines and a blank line padded with commas, one row per recommendation with audit report, year, rec "
                   "number, grade, recommendation, management action, responsible officer, original and revised target "
                   "dates, RAG status and progress, then a summary line and a grading note."),
        "reads": ("Eight audit recommendations from four internal audit reports; each row's management action is the action, "
                  "read under its audit report and the recommendation it answers. Where a revised target date is given it is "
                  "the end; 'Q4 2025/26' is March 2026. 'Head of Security, Resilience and Risk' is one post; leads split by "
                  "'/' or ';' are two. The summary and grades lines are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, head, A)
    return name, len(A)


# ---------------------------------------------------------------------------
# 7. Tigh-Na-Muirn care home - Care Inspectorate improvement action plan (plain text export)
# ---------------------------------------------------------------------------
KQ1 = "Key question 1: How well do we support people's wellbeing?"
KQ2 = "Key question 2: How good is our leadership?"
KQ5 = "Key question 5: How well is our care and support planned?"
REQ1 = "By 30 November 2025, the provider must ensure that people's nutrition and hydration needs are assessed, met and recorded accurately."
REQ2 = "By 31 October 2025, the provider must ensure that medication is managed safely, including the use of 'as required' medication."
AFI1 = "To support continuous improvement, the provider should ensure that quality assurance leads to action plans with clear timescales and named responsible people."
AFI2 = "The provider should ensure that personal plans contain up-to-date information about people's wishes for their future care, including anticipatory care plans."

TIGH_ACTIONS = [
    # ref, under, action lines, lead, due, status
    ("1.1", [KQ1, REQ1], ["Review every resident's MUST score and nutritional care plan with the kitchen team and record dietary preferences."],
     "Depute Manager", "31/10/2025", "C"),
    ("1.2", [KQ1, REQ1], ["Introduce electronic food and fluid charts on the care planning system, with daily oversight by the nurse in charge",
                          "and a weekly audit by the Depute Manager."],
     "Depute Manager / Clinical Lead", "End of November 2025", "G"),
    ("2.1", [KQ1, REQ2], ["Complete medication competency assessments for all nurses and senior carers."],
     "Clinical Lead", "w/c 06/10/2025", "C"),
    ("2.2", [KQ1, REQ2], ["Put in place a protocol for every 'as required' medicine, reviewed with the GP practice."],
     "Clinical Lead and Community Pharmacist", "31/10/2025", "A"),
    ("AFI1.1", [KQ2, AFI1], ["Revise the audit calendar and record the actions from each audit on the home's service improvement plan."],
     "Registered Manager", "Ongoing", "G"),
    ("AFI1.2", [KQ2, AFI1], ["Hold monthly quality meetings with the provider's Quality and Compliance Manager to review audit findings."],
     "Registered Manager; Quality and Compliance Manager", "30/09/2025", "C"),
    ("AFI2.1", [KQ5, AFI2], ["Arrange anticipatory care planning conversations with each resident and their family, supported by the GP."],
     "Named Nurses", "31/12/2025", "Not started"),
    ("AFI2.2", [KQ5, AFI2], ["Audit all personal plans for anticipatory care planning content and feed back to named nurses."],
     "Depute Manager", "January 2026", "G"),
]


def make_tigh():
    name = "xk-tigh-na-muirn-care-home-care-inspectorate-improvement-plan.txt"
    title = "Tigh-Na-Muirn Care Home, Monifieth – Improvement Action Plan"
    rule = "=" * 72
    L = [title,
         "Following the Care Inspectorate unannounced inspection of 19–21 August 2025",
         "Plan owner: Registered Manager          Version 2 – updated 3 November 2025",
         "",
         "Status key:  C = complete   G = on track   A = at risk of slipping   R = not achieved by the date",
         ""]

    def block(a):
        ref, under, lines, lead, due, status = a
        out = [f"  {ref:<7}Action:  {lines[0]}"]
        for more in lines[1:]:
            out.append(" " * 18 + more)
        out += [f"         Lead:    {lead}", f"         Due:     {due}", f"         Status:  {status}", ""]
        return out

    sections = [
        (KQ1, [("Requirement 1", REQ1, "Regulation 4(1)(a) (welfare of users) of the Social Care and Social Work Improvement Scotland (Requirements for Care Services) Regulations 2011", TIGH_ACTIONS[0:2]),
               ("Requirement 2", REQ2, "Regulation 4(1)(a) (welfare of users) of the Social Care and Social Work Improvement Scotland (Requirements for Care Services) Regulations 2011", TIGH_ACTIONS[2:4])]),
        (KQ2, [("Area for improvement 1", AFI1, "Health and Social Care Standard 4.19", TIGH_ACTIONS[4:6])]),
        (KQ5, [("Area for improvement 2", AFI2, "Health and Social Care Standard 1.15", TIGH_ACTIONS[6:8])]),
    ]
    for kq, parts in sections:
        L += [rule, kq, rule, ""]
        for label, text, basis, acts in parts:
            L += [label, text, f"Legislation / standard: {basis}", ""]
            for a in acts:
                L += block(a)
    L += [rule,
          "Notes",
          "Progress against this plan is reviewed at the monthly quality meeting and shared with the Care Inspectorate inspector.",
          "Next review: 1 December 2025",
          ""]
    with open(path(name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L))

    ends = {"1.1": ("2025-10", None), "1.2": ("2025-11", None), "2.1": ("2025-10", None), "2.2": ("2025-10", None),
            "AFI1.1": (None, "Ongoing"), "AFI1.2": ("2025-09", None), "AFI2.1": ("2025-12", None), "AFI2.2": ("2026-01", None)}
    leads = {"1.1": ["Depute Manager"], "1.2": ["Depute Manager", "Clinical Lead"], "2.1": ["Clinical Lead"],
             "2.2": ["Clinical Lead", "Community Pharmacist"], "AFI1.1": ["Registered Manager"],
             "AFI1.2": ["Registered Manager", "Quality and Compliance Manager"], "AFI2.1": ["Named Nurses"],
             "AFI2.2": ["Depute Manager"]}
    st = {"C": "blue", "G": "green", "A": "amber", "R": "red", "Not started": "unrated"}
    A = []
    for ref, under, lines, lead, due, status in TIGH_ACTIONS:
        e, et = ends[ref]
        A.append(act(ref, under, "\n".join(lines), leads[ref], e, st[status], end_text=et))
    head = {
        "source": ("Imitates a Scottish care home's improvement action plan sent to the Care Inspectorate after an unannounced "
                   "inspection (2025), kept as a plain text export: title lines, plan owner/version line, status key, sections "
                   "ruled with '=' per key question of the quality framework, each requirement or area for improvement given "
                   "as a label line, its full text and a legislation/standard line, then numbered actions as labelled "
                   "Action/Lead/Due/Status blocks (one action wrapped onto a continuation line), and closing notes."),
        "reads": ("Two requirements and two areas for improvement under three key questions, with eight actions (1.1, 1.2, 2.1, "
                  "2.2, AFI1.1-AFI2.2). Each action is read under its key question and the requirement/area-for-improvement text "
                  "(the bare 'Requirement 1' label gives way to the text). Status letters follow the key (C = complete); due "
                  "dates are UK dates, 'End of November 2025', 'w/c 06/10/2025', 'January 2026' or Ongoing."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, head, A)
    return name, len(A)


if __name__ == "__main__":
    made = [make_bcuhb(), make_borders(), make_heiw(), make_botwnnog(), make_limavady(), make_state_hospital(), make_tigh()]
    for n, k in made:
        print(f"{n}\t{k} actions")
