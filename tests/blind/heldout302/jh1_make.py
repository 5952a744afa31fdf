"""Build the seven jh1- blind test files (set heldout302) and their expected readings.

Run with /work/main/.venv/bin/python jh1_make.py  (needs openpyxl, python-docx, pyyaml).
Data files: 3 xlsx, 2 docx, 1 csv, 1 txt.  The expected readings are written beside
them from the same strings, with the reading (lead split, end month, status) given
explicitly for each action as a person reads the file.
"""
import datetime as dt
import os

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

BLUE = "5B9BD5"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
NAVY = "1F3864"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def d(y, m, day):
    return dt.datetime(y, m, day)


def write_expected(name, meta, actions):
    out = dict(meta)
    if out.get("outcome") == "read":
        out["actions"] = actions
    path = os.path.join(HERE, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as fh:
        yaml.safe_dump(out, fh, sort_keys=False, allow_unicode=True, width=100000,
                       default_flow_style=False)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


def xl_fill(cell, colour):
    cell.fill = PatternFill("solid", start_color=colour, end_color=colour)


def xl_header(ws, row, headers, fill=NAVY):
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=row, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        xl_fill(c, fill)
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX


def xl_widths(ws, widths):
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w


def xl_section(ws, row, text, ncols, colour=GREY):
    ws.cell(row=row, column=1, value=text).font = Font(bold=True)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
    for col in range(1, ncols + 1):
        xl_fill(ws.cell(row=row, column=col), colour)
        ws.cell(row=row, column=col).border = BOX
    ws.cell(row=row, column=1).alignment = Alignment(wrap_text=True, vertical="center")


# ---------------------------------------------------------------------------
# 1. University of Bristol - HTA licence inspection CAPA plan (xlsx)
# ---------------------------------------------------------------------------
def make_hta():
    name = "jh1-university-of-bristol-hta-licence-inspection-capa-plan.xlsx"
    title = "University of Bristol – HTA Licence 12598: Corrective and Preventative Action (CAPA) Plan"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Research sector licence – routine site visit inspection, 12–13 June 2024"
    cov["A2"].font = Font(italic=True)
    rows = [
        ("Designated Individual", "Professor K. Adeyemi"),
        ("Corporate Licence Holder contact", "Director of Research Governance"),
        ("Plan owner", "Human Tissue Governance Manager"),
        ("CAPA plan agreed with HTA", d(2024, 9, 2)),
        ("Last updated", d(2025, 1, 17)),
    ]
    r = 4
    for k, v in rows:
        cov.cell(row=r, column=1, value=k).font = Font(bold=True)
        c = cov.cell(row=r, column=2, value=v)
        if isinstance(v, dt.datetime):
            c.number_format = "dd/mm/yyyy"
        for col in (1, 2):
            cov.cell(row=r, column=col).border = BOX
        r += 1
    r += 1
    cov.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    r += 1
    for colour, meaning in [(BLUE, "Action complete – evidence held in the HT governance folder"),
                            (GREEN, "On track to meet target date"),
                            (AMBER, "At risk – revised target date agreed"),
                            (RED, "Overdue")]:
        xl_fill(cov.cell(row=r, column=1), colour)
        cov.cell(row=r, column=2, value=meaning)
        r += 1
    r += 1
    cov.cell(row=r, column=1, value="Version history").font = Font(bold=True)
    r += 1
    xl_header(cov, r, ["Version", "Date", "Author", "Changes"])
    r += 1
    for v, dd, au, ch in [("1.0", d(2024, 9, 2), "HTGM", "First submission to HTA"),
                          ("2.0", d(2025, 1, 17), "HTGM", "Progress update; revised dates for 1.2 agreed with HTA")]:
        cov.cell(row=r, column=1, value=v)
        c = cov.cell(row=r, column=2, value=dd)
        c.number_format = "dd/mm/yyyy"
        cov.cell(row=r, column=3, value=au)
        cov.cell(row=r, column=4, value=ch)
        r += 1
    xl_widths(cov, [34, 60, 12, 50])

    ws = wb.create_sheet("CAPA plan")
    headers = ["Standard", "Inspection finding", "Level of shortfall", "Action ref",
               "Corrective and preventative action", "Responsible person",
               "Original target date", "Revised target date", "Progress update (January 2025)", "RAG"]
    n = len(headers)
    ws["A1"] = "CAPA Plan – HTA Licence 12598 (University of Bristol)"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=n)
    ws["A2"] = "Shortfalls identified at the site visit inspection on 12–13 June 2024. Actions agreed with the HTA Regulation Manager on 02/09/2024."
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=n)
    xl_header(ws, 4, headers)

    F_C1 = "The consent procedure for tissue donated to the Bristol Tissue Bank does not specify who may seek consent or the training they must complete."
    F_GQ1 = "Several SOPs seen at inspection were past their review date and there was no system for tracking document review."
    F_GQ6 = "Risk assessments had not been carried out for the storage of relevant material in the −80°C freezers in the Biomedical Sciences Building, including the risk of freezer failure."
    F_T1 = "An audit of 20 samples found 3 that could not be traced from the sample database to their storage location."
    F_PFE = "Freezer contents lists were not kept up to date and two freezers were not labelled with a responsible person."

    S_C = "Consent"
    S_GQ = "Governance and quality systems"
    S_T = "Traceability"
    S_PFE = "Premises, facilities and equipment"

    # (section, standard, finding, level, [(ref, action, lead_text, orig, revised, update, fill, reading)])
    plan = [
        (S_C, "C1(b)", F_C1, "Minor", [
            ("1.1", "Revise the consent SOP (HT-SOP-003) to specify the staff groups authorised to seek consent and the training they must complete before doing so.",
             "Human Tissue Governance Manager", d(2024, 11, 30), None,
             "SOP v4 approved by HT Governance Group 14/11/2024 and circulated.", BLUE,
             (["Human Tissue Governance Manager"], "2024-11", "blue")),
            ("1.2", "Introduce a consent training log for each collection and audit it at six-monthly intervals.",
             "Person Designated (Biobank) / Human Tissue Governance Manager", d(2024, 12, 31), d(2025, 3, 31),
             "Log template agreed; first audit moved to March 2025 to include new collections.", AMBER,
             (["Person Designated (Biobank)", "Human Tissue Governance Manager"], "2025-03", "amber")),
        ]),
        (S_GQ, "GQ1(a)", F_GQ1, "Minor", [
            ("2.1", "Move all HTA-related SOPs into the University's controlled document system with automated review reminders.",
             "Dr L. Hargreaves", d(2024, 10, 31), None,
             "All 27 SOPs migrated; reminders set 60 days before review date.", BLUE,
             (["Dr L. Hargreaves"], "2024-10", "blue")),
            ("2.2", "Review and reissue the 11 SOPs that were out of date at inspection.",
             "Persons Designated (all sites)", d(2024, 9, 30), None,
             "Completed 27/09/2024.", BLUE,
             (["Persons Designated (all sites)"], "2024-09", "blue")),
        ]),
        (S_GQ, "GQ6(a)", F_GQ6, "Major", [
            ("3.1", "Complete documented risk assessments for all HTA-licensed storage areas, including contingency arrangements for freezer failure.",
             "Biomedical Sciences Laboratory Manager", d(2024, 8, 31), None,
             "Risk assessments completed and submitted to the HTA with the CAPA plan.", BLUE,
             (["Biomedical Sciences Laboratory Manager"], "2024-08", "blue")),
            ("3.2", "Install remote temperature monitoring with out-of-hours alarm escalation on all freezers storing relevant material.",
             "Head of Faculty Technical Services; Estates Engineering Manager", d(2024, 11, 30), None,
             "Contractor delays – 6 of 14 freezers connected. Escalated to Faculty Manager.", RED,
             (["Head of Faculty Technical Services", "Estates Engineering Manager"], "2024-11", "red")),
        ]),
        (S_T, "T1(c)", F_T1, "Minor", [
            ("4.1", "Carry out a full reconciliation of the sample database against physical holdings in each licensed freezer.",
             "Persons Designated (all sites)", d(2025, 1, 31), None,
             "Reconciliation complete in 9 of 12 freezers.", GREEN,
             (["Persons Designated (all sites)"], "2025-01", "green")),
            ("4.2", "Add a quarterly traceability audit of ten randomly selected samples to the HTA audit schedule.",
             "Human Tissue Governance Manager", d(2025, 3, 31), None,
             "Audit schedule updated; first audit booked for March.", GREEN,
             (["Human Tissue Governance Manager"], "2025-03", "green")),
        ]),
        (S_PFE, "PFE2(c)", F_PFE, "Minor", [
            ("5.1", "Label all licensed freezers with the responsible person and keep an up-to-date contents list on each freezer door and in the database.",
             "Dr L. Hargreaves and Dr M. Osei", d(2024, 10, 31), None,
             "Labels fitted; contents lists checked at spot audit 22/10/2024.", BLUE,
             (["Dr L. Hargreaves", "Dr M. Osei"], "2024-10", "blue")),
        ]),
    ]

    expected = []
    r = 5
    last_section = None
    for section, std, finding, level, acts in plan:
        if section != last_section:
            xl_section(ws, r, section, n)
            r += 1
            last_section = section
        first = r
        for ref, text, lead, orig, rev, upd, fill, (leads, end, status) in acts:
            vals = [std if r == first else None, finding if r == first else None,
                    level if r == first else None, ref, text, lead, orig, rev, upd, None]
            for col, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=col, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            xl_fill(ws.cell(row=r, column=10), fill)
            expected.append(act(ref, [section, finding], text, leads, end, status))
            r += 1
        if r - first > 1:
            for col in (1, 2, 3):
                ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
    r += 1
    ws.cell(row=r, column=1, value="Summary").font = Font(bold=True)
    r += 1
    for k, v in [("Shortfalls", "1 Major, 4 Minor"), ("Actions", 9), ("Complete", 5),
                 ("On track", 2), ("At risk", 1), ("Overdue", 1)]:
        ws.cell(row=r, column=1, value=k)
        ws.cell(row=r, column=2, value=v)
        r += 1
    xl_widths(ws, [11, 42, 11, 9, 50, 28, 13, 13, 40, 7])
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, name))

    meta = {
        "source": ("Imitates a university's corrective and preventative action (CAPA) plan returned to the Human Tissue "
                   "Authority after a routine site visit inspection of a research-sector licence (University of Bristol, "
                   "2024-25; format after HTA inspection reports and CAPA plans, see "
                   "https://www.hta.gov.uk/appendix-1-licensing-and-inspection-processes). Copies a cover sheet with DI/licence "
                   "holder block, fill-colour RAG key and version history; a plan sheet with HTA standard sections as merged "
                   "rows, standard/finding/level of shortfall merged down over their actions, original and revised target "
                   "dates, fill-only RAG cells and a summary block."),
        "reads": ("A two-sheet workbook: a cover with document control and a colour key, then the CAPA plan. Five HTA "
                  "shortfalls (one Major) under four standard groups, each with one or two numbered actions, a responsible "
                  "person, original and (once) revised target date and a RAG shown only as cell colour."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, meta, expected)
    return name, len(expected)


# ---------------------------------------------------------------------------
# 2. George Eliot Hospital NHS Trust - NHSE WT&E quality intervention action plan (xlsx)
# ---------------------------------------------------------------------------
def make_wte():
    name = "jh1-george-eliot-hospital-nhse-wte-quality-intervention-education-action-plan.xlsx"
    title = "George Eliot Hospital NHS Trust – WT&E Quality Intervention: Postgraduate Medical Education Action Plan"
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=13)
    sm["A2"] = "Summary of action status by theme – position at 19/03/2025 (Local Faculty Group)"
    xl_header(sm, 4, ["Theme", "B", "G", "A", "R", "Not rated", "Total"])
    summary = [("Theme 1: General Surgery", 1, 2, 1, 0, 0, 4),
               ("Theme 2: Trauma & Orthopaedics", 1, 1, 1, 0, 0, 3),
               ("Theme 3: Trust-wide – Foundation Programme", 0, 1, 0, 0, 1, 2),
               ("Total", 2, 4, 2, 0, 1, 9)]
    for i, row in enumerate(summary, 5):
        for j, v in enumerate(row, 1):
            c = sm.cell(row=i, column=j, value=v)
            c.border = BOX
            if row[0] == "Total":
                c.font = Font(bold=True)
    xl_widths(sm, [44, 6, 6, 6, 6, 10, 8])

    ws = wb.create_sheet("Action plan")
    headers = ["Req. ref", "Action ref", "Action", "Lead(s)", "Original deadline", "Revised deadline",
               "Evidence / progress", "Previous RAG", "Current RAG"]
    n = len(headers)
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "NHS England Workforce, Training and Education (Midlands) – Quality Intervention visit, 8 October 2024"
    ws["A3"] = "Version 4 – updated for Local Faculty Group 19/03/2025. Evidence for completed actions is uploaded to the WT&E quality portal."
    for rr in (1, 2, 3):
        ws.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=n)
    xl_header(ws, 5, headers)

    rag_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    T1 = "Theme 1: General Surgery"
    T2 = "Theme 2: Trauma & Orthopaedics"
    T3 = "Theme 3: Trust-wide – Foundation Programme"
    GS1 = "GS1 – The Trust must ensure that Foundation and Core Surgical trainees are released to attend their mandatory regional teaching and that attendance is monitored."
    GS2 = "GS2 – The Trust must ensure that trainees are not left as the sole doctor covering the surgical wards and the Surgical Assessment Unit overnight."
    TO1 = "TO1 – The Trust must ensure that all trainees in Trauma & Orthopaedics receive a departmental induction, including access to IT systems, before they start clinical work."
    TO2 = "TO2 – The Trust must ensure that trainees have access to fracture clinic and elective theatre sessions in line with curriculum requirements."
    F1 = "F1 – The Trust must address the undermining behaviour reported by Foundation trainees in the GMC National Training Survey 2024."

    plan = [
        (T1, [
            (GS1, "GS1", [
                ("GS1.1", "Build protected regional teaching days into the General Surgery rota template from the February 2025 rota onwards.",
                 "Rota Coordinator (Surgery)", d(2025, 1, 31), None, "Rota published 06/01/2025 with teaching days blocked.", "A", "B",
                 (["Rota Coordinator (Surgery)"], "2025-01", "blue", None)),
                ("GS1.2", "Report teaching attendance for surgical trainees to the Local Faculty Group each quarter.",
                 "College Tutor (Surgery) / Medical Education Manager", d(2025, 3, 31), None, "Q3 attendance 78%; Q4 report due at April LFG.", "G", "G",
                 (["College Tutor (Surgery)", "Medical Education Manager"], "2025-03", "green", None)),
            ]),
            (GS2, "GS2", [
                ("GS2.1", "Recruit two additional clinical fellows to the surgical night rota so that a second doctor is rostered on every night.",
                 "Divisional Director of Operations (Surgery)", d(2025, 2, 28), d(2025, 6, 30),
                 "One fellow in post from 03/02/2025; second offer accepted, start date June 2025.", "A", "A",
                 (["Divisional Director of Operations (Surgery)"], "2025-06", "amber", None)),
                ("GS2.2", "Audit night-time cover for four weeks after the new rota starts and report the findings to WT&E.",
                 "Guardian of Safe Working Hours", "July 2025", None, "Audit tool agreed with trainee reps.", "G", "G",
                 (["Guardian of Safe Working Hours"], "2025-07", "green", None)),
            ]),
        ]),
        (T2, [
            (TO1, "TO1", [
                ("TO1.1", "Write a T&O departmental induction handbook and checklist, signed off by the educational supervisor in the trainee's first week.",
                 "Mr R. Bhattacharya", d(2024, 12, 31), None, "Handbook in use from December rotation; 100% sign-off.", "A", "B",
                 (["Mr R. Bhattacharya"], "2024-12", "blue", None)),
                ("TO1.2", "Agree with IT that smartcard and EPR access is set up before each rotation start date.",
                 "Medical Staffing Manager & Head of IT Service Desk", "Ongoing – each rotation", None,
                 "Access ready on day 1 for all February starters.", "G", "G",
                 (["Medical Staffing Manager", "Head of IT Service Desk"], None, "green", "Ongoing – each rotation")),
            ]),
            (TO2, "TO2", [
                ("TO2.1", "Allocate each registrar a minimum of two elective theatre sessions per week in the job plan template.",
                 "Clinical Director, T&O", d(2025, 3, 31), d(2025, 4, 30),
                 "Theatre template redrafted; awaiting sign-off at Surgical Division board in April.", "R", "A",
                 (["Clinical Director, T&O"], "2025-04", "amber", None)),
            ]),
        ]),
        (T3, [
            (F1, "F1", [
                ("F1.1", "Run facilitated 'civility saves lives' sessions for consultant and nursing staff in the Emergency Department and Acute Medical Unit.",
                 "Director of Medical Education", d(2025, 4, 30), None, "Two of four sessions delivered.", "G", "G",
                 (["Director of Medical Education"], "2025-04", "green", None)),
                ("F1.2", "Launch an anonymous reporting route for trainees through the Freedom to Speak Up Guardian and report themes to the Education Governance Committee.",
                 "Freedom to Speak Up Guardian / Director of Medical Education", d(2025, 5, 31), None,
                 "New action added at version 4.", None, None,
                 (["Freedom to Speak Up Guardian", "Director of Medical Education"], "2025-05", "unrated", None)),
            ]),
        ]),
    ]
    expected = []
    r = 6
    for theme, reqs in plan:
        xl_section(ws, r, theme, n, colour="B4C6E7")
        r += 1
        for req_text, req_ref, acts in reqs:
            xl_section(ws, r, req_text, n, colour="F2F2F2")
            ws.cell(row=r, column=1).font = Font(bold=False, italic=True)
            ws.row_dimensions[r].height = 30
            r += 1
            for (ref, text, lead, orig, rev, upd, prev, cur, (leads, end, status, end_text)) in acts:
                vals = [req_ref, ref, text, lead, orig, rev, upd, prev, cur]
                for col, v in enumerate(vals, 1):
                    c = ws.cell(row=r, column=col, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                for col, v in ((8, prev), (9, cur)):
                    if v:
                        xl_fill(ws.cell(row=r, column=col), rag_fill[v])
                        ws.cell(row=r, column=col).alignment = Alignment(horizontal="center", vertical="top")
                expected.append(act(ref, [theme, req_text], text, leads, end, status, end_text))
                r += 1
    xl_widths(ws, [8, 9, 55, 30, 13, 13, 42, 10, 10])
    ws.freeze_panes = "A6"

    key = wb.create_sheet("Key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (k, v) in enumerate([("B", "Complete – evidence submitted to WT&E"), ("G", "On track"),
                                ("A", "Some risk to deadline – mitigation in place"),
                                ("R", "Deadline missed or significant risk")], 2):
        c = key.cell(row=i, column=1, value=k)
        xl_fill(c, rag_fill[k])
        key.cell(row=i, column=2, value=v)
    key["A8"] = "Abbreviations"
    key["A8"].font = Font(bold=True)
    for i, (k, v) in enumerate([("WT&E", "NHS England Workforce, Training and Education (formerly Health Education England)"),
                                ("LFG", "Local Faculty Group"), ("EPR", "Electronic patient record"),
                                ("NTS", "GMC National Training Survey")], 9):
        key.cell(row=i, column=1, value=k)
        key.cell(row=i, column=2, value=v)
    xl_widths(key, [10, 80])
    wb.save(os.path.join(HERE, name))

    meta = {
        "source": ("Imitates an NHS trust's postgraduate medical education action plan responding to an NHS England "
                   "Workforce, Training and Education (formerly HEE) quality intervention visit (George Eliot Hospital "
                   "NHS Trust, 2024-25; style of deanery/WT&E quality visit action plans and 'you said, we did' risk "
                   "tables, e.g. https://thamesvalley.hee.nhs.uk/quality/gmc-survey/you-said-we-did-2021-22). Copies a "
                   "summary sheet with a totals table, theme rows, each WT&E requirement as a merged row above its "
                   "actions, several leads in one cell, original and revised deadlines, previous and current RAG letters "
                   "with fill, and a key/abbreviations sheet."),
        "reads": ("A summary sheet of counts by theme, then the action plan: three themes, five numbered WT&E "
                  "requirements written as merged rows, and nine actions beneath them with leads, deadlines (two "
                  "revised) and previous/current RAG. The status is the current RAG; one new action has no RAG yet."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, meta, expected)
    return name, len(expected)


# ---------------------------------------------------------------------------
# 3. NICE - ARC audit recommendations tracker (GIAA + NAO) (xlsx)
# ---------------------------------------------------------------------------
def make_nice():
    name = "jh1-nice-arc-internal-and-external-audit-recommendations-tracker.xlsx"
    title = "NICE Audit and Risk Committee – Audit recommendations tracker (GIAA and NAO)"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "National Institute for Health and Care Excellence | Meeting: 11 June 2025 | Agenda item 8 | Paper ARC 25/032"
    cov["A4"] = "Purpose: to update the Committee on progress in implementing internal audit (GIAA) recommendations and the NAO management letter points from the 2023-24 financial statements audit."
    cov["A4"].alignment = WRAP
    cov["A6"] = "Status key (GIAA sheet)"
    cov["A6"].font = Font(bold=True)
    for i, (w, colour, m) in enumerate([("Complete", BLUE, "Action implemented and evidence reviewed by GIAA"),
                                        ("On track", GREEN, "Expected to be implemented by the current due date"),
                                        ("At risk", AMBER, "Current due date may not be met"),
                                        ("Overdue", RED, "Current due date has passed")], 7):
        c = cov.cell(row=i, column=1, value=w)
        xl_fill(c, colour)
        cov.cell(row=i, column=2, value=m)
    cov["A12"] = "RAG key (NAO sheet): B = complete, G = on track, A = at risk, R = overdue"
    cov["A14"] = "Summary"
    cov["A14"].font = Font(bold=True)
    xl_header(cov, 15, ["Source", "Open", "Complete", "Total"])
    for i, row in enumerate([("GIAA", 4, 1, 5), ("NAO", 1, 2, 3), ("Total", 5, 3, 8)], 16):
        for j, v in enumerate(row, 1):
            cov.cell(row=i, column=j, value=v).border = BOX
    xl_widths(cov, [22, 60, 10, 10])

    # --- GIAA sheet ---
    ws = wb.create_sheet("GIAA recommendations")
    headers = ["Rec no.", "Priority", "Recommendation", "Management action", "Action owner",
               "Original due date", "Current due date", "No. of extensions", "Status", "Update for ARC"]
    n = len(headers)
    ws["A1"] = "Government Internal Audit Agency – open and recently closed recommendations"
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=n)
    xl_header(ws, 3, headers)
    status_fill = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Overdue": RED}
    A1 = "Cyber Security: Vulnerability Management (2024-25) – Limited assurance"
    A2 = "Contract Management (2024-25) – Moderate assurance"
    A3 = "Health and Safety: Hybrid Working (2023-24) – Moderate assurance"
    giaa = [
        (A1, [
            ("VM1", "High", "Define and document target remediation timescales for vulnerabilities by severity, and monitor performance against them.",
             "Publish a vulnerability management standard setting remediation timescales (critical 14 days, high 30 days) and report compliance monthly to the Digital Services Board.",
             "Head of Cyber Security", d(2025, 3, 31), d(2025, 6, 30), 1, "At risk",
             "Standard drafted; reporting depends on the new scanning tool contract (award May 2025).",
             (["Head of Cyber Security"], "2025-06", "amber")),
            ("VM2", "Medium", "Ensure all end-of-life software is recorded in the asset register with an agreed exception or replacement plan.",
             "Complete the end-of-life software review and record an exception or replacement plan for each item in the asset register.",
             "IT Operations Manager", d(2025, 5, 31), d(2025, 5, 31), 0, "On track",
             "41 of 46 items reviewed.",
             (["IT Operations Manager"], "2025-05", "green")),
        ]),
        (A2, [
            ("CM1", "Medium", "Assign a named contract manager to every contract above £100k and record them on the contracts register.",
             "Update the contracts register with a named contract manager for each contract over £100k and confirm with budget holders.",
             "Head of Commercial", d(2025, 1, 31), d(2025, 1, 31), 0, "Complete",
             "Register updated January 2025; verified by GIAA follow-up in April.",
             (["Head of Commercial"], "2025-01", "blue")),
            ("CM2", "Low", "Provide contract management training to newly appointed contract managers.",
             "Enrol new contract managers on the Government Commercial College contract management foundation course.",
             "Head of Commercial; L&D Business Partner", d(2025, 9, 30), d(2025, 9, 30), 0, "On track",
             "7 of 12 enrolled.",
             (["Head of Commercial", "L&D Business Partner"], "2025-09", "green")),
        ]),
        (A3, [
            ("HS1", "Medium", "Ensure display screen equipment assessments are completed for all homeworkers and follow-up actions are tracked.",
             "Relaunch the DSE self-assessment for all staff and track completion and follow-up equipment requests through the HR system.",
             "Head of Facilities and Health & Safety", d(2024, 10, 31), d(2025, 3, 31), 2, "Overdue",
             "Completion at 71%; HR system module delayed. Further extension to be requested.",
             (["Head of Facilities and Health & Safety"], "2025-03", "red")),
        ]),
    ]
    expected = []
    r = 4
    for audit, recs in giaa:
        xl_section(ws, r, audit, n)
        r += 1
        for (ref, pri, rec, action, owner, orig, cur, ext, st, upd, (leads, end, status)) in recs:
            vals = [ref, pri, rec, action, owner, orig, cur, ext, st, upd]
            for col, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=col, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd-mmm-yy"
            xl_fill(ws.cell(row=r, column=9), status_fill[st])
            expected.append(act(ref, [audit, rec], action, leads, end, status))
            r += 1
    xl_widths(ws, [8, 9, 45, 50, 26, 11, 11, 10, 10, 40])
    ws.freeze_panes = "A4"

    # --- NAO sheet ---
    ws = wb.create_sheet("NAO management letter")
    headers = ["Ref", "Finding", "Priority", "NAO recommendation", "Management response", "Agreed action",
               "Responsible officer", "Target date", "RAG", "Comment"]
    n = len(headers)
    ws["A1"] = "National Audit Office – Audit Completion Report 2023-24: management letter points"
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=n)
    xl_header(ws, 3, headers, fill="385723")
    rag_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    nao = [
        ("IT general controls", "ML1",
         "Quarterly user access reviews of the finance system were not evidenced for two quarters and three leavers retained access.",
         "Medium", "Review user access to the finance system quarterly and remove leavers promptly.", "Agreed",
         "Introduce a quarterly user access review of the finance system, with leavers removed within five working days of notification from HR.",
         "Financial Systems Manager", "Q2 2025-26", "G", "First review completed April 2025.",
         (["Financial Systems Manager"], "2025-09", "green")),
        ("Payroll", "ML2",
         "There was no evidenced monthly reconciliation between the HR system and payroll.",
         "Medium", "Perform and evidence a monthly reconciliation between the HR system and payroll.", "Agreed",
         "Add a monthly HR-to-payroll reconciliation to the month-end checklist, reviewed and signed by the Deputy Director of Finance.",
         "Payroll & Pensions Lead", d(2024, 12, 31), "B", "In place from December 2024 payroll.",
         (["Payroll & Pensions Lead"], "2024-12", "blue")),
        ("Year-end accruals", "ML3",
         "Four accruals in the sample tested were not supported by evidence that the goods or services had been received by 31 March.",
         "Low", "Ensure accruals are supported by evidence of goods or services received before the year end.", "Agreed",
         "Issue year-end guidance to budget holders requiring goods-received evidence for every accrual above £10,000.",
         "Financial Controller", d(2025, 3, 31), "B", "Guidance issued 03/03/2025 with the year-end timetable.",
         (["Financial Controller"], "2025-03", "blue")),
    ]
    r = 4
    for area, ref, finding, risk, rec, resp, action, owner, target, rag, comment, (leads, end, status) in nao:
        xl_section(ws, r, area, n, colour="E2EFDA")
        r += 1
        vals = [ref, finding, risk, rec, resp, action, owner, target, rag, comment]
        for col, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=col, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        xl_fill(ws.cell(row=r, column=9), rag_fill[rag])
        expected.append(act(ref, [area, rec], action, leads, end, status))
        r += 1
    xl_widths(ws, [7, 40, 8, 40, 12, 48, 24, 12, 6, 34])
    wb.save(os.path.join(HERE, name))

    meta = {
        "source": ("Imitates an arm's-length body's Audit and Risk Committee paper tracking internal audit (GIAA) "
                   "recommendations and NAO management letter points (National Institute for Health and Care Excellence, "
                   "ARC June 2025; layout of central government ALB audit trackers). Copies a cover sheet with paper "
                   "reference, status key and summary totals; one sheet per audit source; audit-report group rows with "
                   "assurance opinion; recommendation and management action in separate columns; original and current due "
                   "dates with number of extensions; status words with fill on one sheet and RAG letters on the other."),
        "reads": ("A cover page with keys and totals, a GIAA sheet of five recommendations grouped under three audit "
                  "reports, and an NAO sheet of three management letter points each under its area heading. Each row is "
                  "one recommendation with one agreed management action, an owner, a due date (current date where "
                  "extended) and a status."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, meta, expected)
    return name, len(expected)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), colour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, italic=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.italic = italic
    if size:
        run.font.size = Pt(size)


def header_row(table, headers, colour="1F3864"):
    for i, h in enumerate(headers):
        c = table.rows[0].cells[i]
        set_cell(c, h, bold=True)
        c.paragraphs[0].runs[0].font.color.rgb = None
        shade(c, "D9E2F3")


# ---------------------------------------------------------------------------
# 4. St Giles Dental Practice - CQC inspection action plan (docx)
# ---------------------------------------------------------------------------
def make_dental():
    name = "jh1-st-giles-dental-practice-cqc-inspection-action-plan.docx"
    title = "St Giles Dental Practice: CQC Inspection Action Plan"
    doc = Document()
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Inspection date: 9 October 2024   |   Report published: 28 November 2024")

    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Provider", "St Giles Dental Care Ltd"),
                                ("Registered manager", "Mrs J. Kaur"),
                                ("Plan prepared by", "Practice Manager"),
                                ("Version / date", "v2 – 10/03/2025")]):
        set_cell(t.rows[i].cells[0], k, bold=True)
        set_cell(t.rows[i].cells[1], v)
    doc.add_paragraph()
    doc.add_paragraph("RAG key: B = completed; G = on track; A = behind schedule; R = not started and overdue.")

    expected = []

    # Section 1 - requirement notice, finding per row (merged over two actions)
    H1 = "1. Are services well-led? (Requirement notice – Regulation 17 Good governance)"
    doc.add_heading(H1, level=1)
    FIRE = "Actions from the fire risk assessment dated 2 February 2023 had not been completed."
    SHARPS = "The sharps risk assessment did not cover the use of traditional needles and matrix bands."
    TRAIN = "The practice did not have a system to ensure that all staff had completed key training, including safeguarding and medical emergencies."
    s1 = [
        ("1.1", FIRE, "Complete the outstanding fire risk assessment actions: replace the fire door closer to the decontamination room and install emergency lighting on the stairs.",
         "Practice Manager", "31/10/2024", "Door closer replaced 21/10; emergency lighting fitted 29/10.", "B",
         (["Practice Manager"], "2024-10", "blue")),
        ("1.2", FIRE, "Book a new fire risk assessment by a competent external assessor and add the review date to the compliance calendar.",
         "Practice Manager", "30/11/2024", "Assessment carried out 14/11/2024; no significant findings.", "B",
         (["Practice Manager"], "2024-11", "blue")),
        ("1.3", SHARPS, "Update the sharps risk assessment to cover all sharps in use and brief the clinical team at the November practice meeting.",
         "Dr H. Mistry (Principal Dentist)", "November 2024", "Updated and briefed 19/11/2024.", "B",
         (["Dr H. Mistry (Principal Dentist)"], "2024-11", "blue")),
        ("1.4", TRAIN, "Set up a training matrix for all staff, recording safeguarding level, medical emergencies/BLS and IPC training with renewal dates.",
         "Practice Manager / Lead Dental Nurse", "31/01/2025", "Matrix set up; two certificates still awaited from associates.", "A",
         (["Practice Manager", "Lead Dental Nurse"], "2025-01", "amber")),
    ]
    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    header_row(t, ["Ref", "Finding", "What we will do", "Lead", "Target date", "Progress", "RAG"])
    first_fire = None
    for ref, finding, action, lead, date, prog, rag, (leads, end, status) in s1:
        row = t.add_row()
        cells = row.cells
        set_cell(cells[0], ref)
        if finding == FIRE and first_fire is not None:
            pass
        else:
            set_cell(cells[1], finding)
        set_cell(cells[2], action)
        set_cell(cells[3], lead)
        set_cell(cells[4], date)
        set_cell(cells[5], prog)
        set_cell(cells[6], rag, bold=True)
        if finding == FIRE:
            if first_fire is None:
                first_fire = row
            else:
                first_fire.cells[1].merge(cells[1])
        expected.append(act(ref, [H1, finding], action, leads, end, status))

    # Sections 2 and 3 - recommendations as merged rows above their actions
    H2 = "2. Are services safe? (Recommendations)"
    H3 = "3. Are services effective? (Recommendation)"
    R_MED = "Take action to ensure the availability of medicines and equipment to manage medical emergencies, taking into account the guidelines issued by the Resuscitation Council (UK) and the General Dental Council."
    R_ALERT = "Implement an effective system for receiving and acting on patient safety alerts, recalls and rapid response reports issued by the Medicines and Healthcare products Regulatory Agency (MHRA) and through the Central Alerting System."
    R_XRAY = "Take action to ensure audits of radiography are undertaken at regular intervals to improve the quality of the service."
    sections = [
        (H2, [
            (R_MED, [
                ("2.1", "Order the missing size 0 and 1 oropharyngeal airways and the child-size self-inflating bag, and add them to the weekly emergency kit check.",
                 "Lead Dental Nurse", "18/10/2024", "Delivered 15/10/2024; weekly check sheet amended.", "B",
                 (["Lead Dental Nurse"], "2024-10", "blue", None)),
            ]),
            (R_ALERT, [
                ("2.2", "Register the practice email address with the MHRA Central Alerting System and log each alert and the action taken in the alerts folder.",
                 "Practice Manager", "31/10/2024", "Registered 11/10/2024.", "B",
                 (["Practice Manager"], "2024-10", "blue", None)),
                ("2.3", "Review the alerts log at each monthly practice meeting.",
                 "Practice Manager", "Monthly", "Standing item on the practice meeting agenda since December.", "G",
                 (["Practice Manager"], None, "green", "Monthly")),
            ]),
        ]),
        (H3, [
            (R_XRAY, [
                ("3.1", "Carry out a six-monthly radiograph quality audit for each dentist, with the results and learning discussed at the clinical meeting.",
                 "Dr H. Mistry and Dr A. Novak", "April 2025", "First cycle of audits under way.", "G",
                 (["Dr H. Mistry", "Dr A. Novak"], "2025-04", "green", None)),
            ]),
        ]),
    ]
    for heading, recs in sections:
        doc.add_heading(heading, level=1)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        header_row(t, ["Ref", "Action", "Lead", "Target date", "Progress", "RAG"])
        for rec, acts in recs:
            row = t.add_row()
            m = row.cells[0].merge(row.cells[5])
            set_cell(m, rec, italic=True)
            shade(m, "F2F2F2")
            for ref, action, lead, date, prog, rag, (leads, end, status, end_text) in acts:
                cells = t.add_row().cells
                for c, v in zip(cells, [ref, action, lead, date, prog, rag]):
                    set_cell(c, v, bold=(v == rag))
                expected.append(act(ref, [heading, rec], action, leads, end, status, end_text))
    doc.add_paragraph()
    doc.add_paragraph("Next review: practice meeting 8 April 2025. Evidence for completed actions is held in the CQC folder on the shared drive.")
    doc.save(os.path.join(HERE, name))

    meta = {
        "source": ("Imitates a dental practice's action plan responding to a CQC inspection report with a requirement "
                   "notice for Regulation 17 (Good governance) and 'the provider should' recommendations (St Giles Dental "
                   "Practice, 2024-25; CQC dental inspection report structure, see "
                   "https://www.cqc.org.uk/news/stories/cqc%E2%80%99s-new-approach-dental-regulation-shows-positive-findings). "
                   "Copies a title and details table, a RAG letter key line, a heading and table per key question, a "
                   "finding cell merged over two actions, recommendation text as a merged shaded row above its actions, "
                   "and a closing notes line."),
        "reads": ("A short Word plan: a details table, then three key-question sections each with its own table. The "
                  "well-led section lists the requirement-notice findings with the practice's actions; the safe and "
                  "effective sections show each CQC recommendation as a full-width row with the actions beneath. Eight "
                  "numbered actions with a lead, target date and RAG letter."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, meta, expected)
    return name, len(expected)


# ---------------------------------------------------------------------------
# 5. Cotton Lane Nursery School - post-Ofsted action plan (docx)
# ---------------------------------------------------------------------------
def make_nursery():
    name = "jh1-cotton-lane-nursery-school-post-ofsted-action-plan.docx"
    title = "Cotton Lane Nursery School – Post-Ofsted Action Plan 2025"
    doc = Document()
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Inspection: 4–5 February 2025. Quality of education: Requires improvement; Behaviour and attitudes: Good; "
                      "Personal development: Good; Leadership and management: Requires improvement; Early years provision: Requires improvement.")
    doc.add_paragraph("Plan written by the Headteacher (HT), Deputy Headteacher (DHT) and SENCo. Agreed by the Full Governing Body on 24 March 2025.")
    doc.add_paragraph("Progress key (cell colour in the RAG column): Green – achieved; Amber – in progress; Red – not on track; no colour – not yet started.")

    FILL = {"green": "00B050", "amber": "FFC000", "red": "FF0000", None: None}
    P1 = "Priority 1: Curriculum – communication and language"
    P2 = "Priority 2: Provision for children with SEND"
    P3 = "Priority 3: Leadership – governance and staff development"
    O1 = ("The school has not identified precisely enough the vocabulary and knowledge that children should learn in communication "
          "and language. Staff do not routinely check what children know and remember. The school should set out precisely what "
          "children need to learn and when, and make sure that staff check children's understanding.")
    O2 = ("Staff do not always identify the precise needs of children with special educational needs and/or disabilities (SEND) "
          "quickly enough. Targets in support plans are too broad. The school should ensure that children's needs are identified "
          "swiftly and that support plans set out precise, measurable steps.")
    O3 = ("Governors do not check closely enough the impact of the school's actions on the quality of education. Governors should "
          "hold leaders to account more precisely for improvements in the curriculum.")
    plan = [
        (P1, O1, [
            ("Map the communication and language curriculum into termly ‘small steps’ for two-, three- and four-year-olds, including the key vocabulary for each theme.",
             "DHT", "Summer term 2025", "Vocabulary lists in every room; shared with parents via Tapestry.", "Curriculum map; learning walks", "green",
             (["DHT"], "2025-07", "blue", "Summer term 2025")),
            ("Introduce weekly key-person ‘check-ins’ recording whether children use the taught vocabulary, and use the findings to plan next steps.",
             "DHT / Room leaders", "Autumn term 2025", "Running in the 3–4 rooms; to start in the 2s room in September.", "DHT monthly sample of check-ins", "amber",
             (["DHT", "Room leaders"], "2025-12", "amber", "Autumn term 2025")),
        ]),
        (P2, O2, [
            ("Train all room staff in the WellComm screening tool and screen every child within six weeks of starting.",
             "SENCo", "By 31 July 2025", "All staff trained 12/05/2025; 96% of children screened.", "SENCo tracker to governors", "green",
             (["SENCo"], "2025-07", "blue", None)),
            ("Rewrite all SEN support plans with no more than three small-step, measurable targets, reviewed with parents every six weeks.",
             "SENCo and HT", "October 2025", "Only 9 of 31 plans rewritten – SENCo absence in June.", "HT scrutiny of plans", "red",
             (["SENCo", "HT"], "2025-10", "red", None)),
            ("Buy in termly supervision from the local authority Early Years SEND Advisory Teacher to quality-assure support plans.",
             "HT", "Termly", "First visit 3 June 2025.", "Advisory Teacher notes of visit", "amber",
             (["HT"], None, "amber", "Termly")),
        ]),
        (P3, O3, [
            ("Set up a Curriculum and Standards committee of governors that meets each half-term and receives a termly curriculum impact report.",
             "Chair of Governors", "June 2025", "Committee met 5 June 2025; terms of reference agreed.", "FGB minutes", "green",
             (["Chair of Governors"], "2025-06", "blue", None)),
            ("Arrange a governor monitoring visit each term, focused on one curriculum area, with a written report to the Full Governing Body.",
             "Chair of Governors / HT", "Autumn term 2025", "First visit to be booked for October.", "Visit reports to FGB", None,
             (["Chair of Governors", "HT"], "2025-12", "unrated", "Autumn term 2025")),
        ]),
    ]
    expected = []
    for prio, ofsted, acts in plan:
        doc.add_heading(prio, level=2)
        p = doc.add_paragraph()
        p.add_run("What Ofsted said").bold = True
        p2 = doc.add_paragraph()
        p2.add_run(ofsted).italic = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        header_row(t, ["Action", "Lead", "Timescale", "Progress update", "Monitoring / evidence", "RAG"])
        for action, lead, when, prog, mon, rag, (leads, end, status, end_text) in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, [action, lead, when, prog, mon, ""]):
                set_cell(c, v)
            if rag:
                shade(cells[5], FILL[rag])
            expected.append(act(None, [prio, ofsted], action, leads, end, status, end_text))
        doc.add_paragraph()
    doc.add_paragraph("Next review of this plan: Full Governing Body, 7 July 2025. Progress updates above are as at 20 June 2025.")
    doc.save(os.path.join(HERE, name))

    meta = {
        "source": ("Imitates a maintained nursery school's post-Ofsted action plan written for governors after a 'requires "
                   "improvement' inspection (Cotton Lane Nursery School, 2025; Ofsted 'what does the school need to do to "
                   "improve' points, cf. https://ofstedreport.co.uk/west-midlands/worcestershire/evesham-nursery-school/50058377). "
                   "Copies a title line, judgement summary, who-wrote-it line, a colour key where green means achieved, one "
                   "priority heading per area for improvement with the Ofsted text quoted under a 'What Ofsted said' label, "
                   "a table per priority with unnumbered actions, initials/job titles as leads, school-term timescales and "
                   "RAG shown only as cell shading."),
        "reads": ("Three priorities, each with the inspectors' point quoted in italics and a table of two or three "
                  "unnumbered actions with lead, timescale and a shaded RAG cell. The key says green is achieved, so green "
                  "cells are complete; one action has no colour (not yet started)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, meta, expected)
    return name, len(expected)


# ---------------------------------------------------------------------------
# 6. Ofcom - ICO data protection audit action plan, CSV with a mistyped month (refuse)
# ---------------------------------------------------------------------------
def csv_field(v):
    v = "" if v is None else str(v)
    if any(ch in v for ch in ',"\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def make_ofcom():
    name = "jh1-ofcom-ico-data-protection-audit-action-plan-typo-month-refuse.csv"
    ncol = 9
    lines = []

    def line(fields):
        fields = list(fields) + [""] * (ncol - len(fields))
        lines.append(",".join(csv_field(f) for f in fields))

    line(["Ofcom – ICO consensual data protection audit: agreed action plan"])
    line(["Audit fieldwork 3–5 December 2024; final report issued 24 February 2025; overall assurance rating: Reasonable"])
    line(["Tracker owner: Data Protection Officer. Reported to: Risk and Audit Committee, 17 June 2025"])
    line([])
    line(["Ref", "Scope area", "Priority", "ICO recommendation", "Agreed action", "Action owner", "Target date", "Status", "Update"])
    rows = [
        ("A04", "Governance and accountability", "High",
         "Ensure the Record of Processing Activities (RoPA) is reviewed at least annually and records the retention period for each processing activity.",
         "Complete a full review of the RoPA with information asset owners, adding retention periods and lawful bases for every activity.",
         "Information Governance Manager", "31/05/2025", "Complete", "Reviewed RoPA approved by SIRO 28 May 2025."),
        ("A11", "Governance and accountability", "Medium",
         "Introduce key performance indicators for data protection compliance and report them to the Executive Committee.",
         "Agree a data protection KPI set (SAR timeliness, breach reporting, training completion) and include it in the quarterly Executive Committee report.",
         "Data Protection Officer", "Sep-2025", "On track", "KPI set drafted."),
        ("B03", "Training and awareness", "High",
         "Ensure mandatory data protection training is completed by all staff, including contractors, and that non-completion is followed up.",
         "Extend the mandatory training module to contractors via the learning platform and send automated reminders at 14 and 28 days.",
         "Head of Learning and Development", "31/07/2025", "On track", "Contractor accounts being set up."),
        ("B08", "Training and awareness", "Low",
         "Provide role-specific training for staff who handle subject access requests.",
         "Deliver a SAR handling workshop for the Information Rights team and nominated coordinators in each group.",
         "Information Rights Manager", "30/11/2025", "Not started", ""),
        ("C07", "Records management", "Medium",
         "Apply retention schedules to shared drives and email so that personal data is not kept for longer than necessary.",
         "Configure retention labels in Microsoft 365 for the five highest-risk information asset groups.",
         "Head of Information Management; IT Service Owner (M365)", "31/12/2025", "On track", "Labels designed for two groups."),
        ("C15", "Records management", "Low",
         "Record the destruction of physical records containing personal data.",
         "Introduce a destruction log for confidential waste collections at Riverside House and Baldock.",
         "Facilities Manager", "30/06/2025", "Complete", "Log in use from April 2025."),
        ("D02", "Subject access requests", "High",
         "Monitor SAR compliance with statutory timescales and report performance to senior management.",
         "Move SAR logging into the case management system and produce a monthly timeliness report for the DPO.",
         "Information Rights Manager", "0ct-2025", "On track", "Case type configured in test."),
        ("D09", "Subject access requests", "Medium",
         "Document the process for redacting third-party data in SAR responses.",
         "Publish a redaction procedure with worked examples and a second-person check for complex cases.",
         "Information Rights Manager", "30/09/2025", "Not started", ""),
    ]
    refuse_line = None
    for row in rows:
        line(row)
        if row[6] == "0ct-2025":
            refuse_line = len(lines)
    line([])
    line(["Priority: Urgent / High / Medium / Low as defined in the ICO audit report. Status: Complete / On track / Delayed / Not started."])
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as fh:
        fh.write("\r\n".join(lines) + "\r\n")

    meta = {
        "source": ("Imitates a public body's tracker of the action plan agreed after an ICO consensual data protection "
                   "audit, exported to CSV for its Risk and Audit Committee (Ofcom, 2025; ICO audit reports' scope "
                   "areas, lettered recommendation references and Urgent/High/Medium/Low priorities). Copies title and "
                   "report-date lines above the header, one row per recommendation with scope area, priority, ICO "
                   "recommendation and agreed action, target dates in mixed formats, and a key line at the end."),
        "reads": ("An eight-row action tracker under three title lines, one agreed action per ICO recommendation. The "
                  "target date of D02 reads '0ct-2025' with a zero for the letter O: a mistyped month a careful reader "
                  "would query before reading the plan."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_line,
        "title": "Ofcom – ICO consensual data protection audit: agreed action plan",
    }
    write_expected(name, meta, [])
    return name, 0, refuse_line


# ---------------------------------------------------------------------------
# 7. Kirklees College - ESFA funding assurance review action plan (tab-separated txt)
# ---------------------------------------------------------------------------
def make_kirklees():
    name = "jh1-kirklees-college-esfa-funding-assurance-review-action-plan.txt"
    title = "Kirklees College – ESFA Funding Assurance Review 2023/24: Management Action Plan"
    L = []
    L.append(title)
    L.append("Audit Committee – 26 November 2024 (Item 9b)")
    L.append("Status: C = Complete; G = On track; A = At risk; R = Not on track")
    L.append("")
    L.append("\t".join(["Ref", "Funding stream", "Finding", "Agreed action", "Owner", "Due", "Status", "Update"]))
    S1 = "16-19 study programmes"
    S2 = "Adult education budget"
    S3 = "Apprenticeships"
    S4 = "Subcontracted provision"
    F1 = "Planned hours recorded in the ILR for 4 of 30 sampled students were not supported by their timetables."
    F2 = "Evidence of eligibility (residency and prior attainment) was missing for 3 of 30 sampled adult learners."
    F3 = "Off-the-job training hours were not consistently evidenced for apprentices returning from a break in learning."
    F4 = "The college could not evidence that its annual subcontractor audit had covered learner eligibility at one subcontractor."
    rows = [
        ("1.1", S1, F1, "Reconcile planned hours in the ILR to curriculum timetables for all 2024/25 study programmes before the R04 return.",
         "Head of MIS", "31/12/2024", "G", "Reconciliation 80% complete; Engineering and Construction to finish by 13/12.",
         (["Head of MIS"], "2024-12", "green", None)),
        ("1.2", "", "", "Add a planned-hours check to the course set-up sign-off completed by each curriculum manager.",
         "Head of MIS; Curriculum Managers", "Jan-25", "R", "Not yet agreed with curriculum managers – escalated to VP Curriculum.",
         (["Head of MIS", "Curriculum Managers"], "2025-01", "red", None)),
        ("2.1", S2, F2, "Make residency and prior attainment evidence mandatory fields in the online enrolment form so that enrolment cannot be completed without them.",
         "Director of Funding & Data", "30/09/2024", "C", "Live for enrolment from 2 September 2024.",
         (["Director of Funding & Data"], "2024-09", "blue", None)),
        ("2.2", "", "", "Obtain the missing evidence for the 2023/24 adult learners sampled and report any funding adjustment to the ESFA.",
         "Director of Funding & Data", "November 2024", "C", "Evidence obtained for 2 learners; £1,846 adjustment reported 08/11/2024.",
         (["Director of Funding & Data"], "2024-11", "blue", None)),
        ("3.1", S3, F3, "Introduce a monthly off-the-job hours review in the apprenticeship e-portfolio, with apprentices below target flagged to their tutor.",
         "Head of Apprenticeships", "31/03/2025", "A", "OTJ dashboard built and in testing.",
         (["Head of Apprenticeships"], "2025-03", "amber", None)),
        ("CONT", "Tutor training on the dashboard delayed to February because of inspection preparation."),
        ("3.2", "", "", "Record breaks in learning on the ILR within 30 days of the last day of learning and keep evidence of the employer's agreement.",
         "Apprenticeship Compliance Officer & Data Manager", "Ongoing", "G", "Monthly check in place from October 2024.",
         (["Apprenticeship Compliance Officer", "Data Manager"], None, "green", "Ongoing")),
        ("4.1", S4, F4, "Extend the subcontractor audit programme to cover eligibility checks on a sample of learners at every subcontractor each year.",
         "VP Finance & Resources", "31/07/2025", "G", "Audit programme for 2024/25 revised and agreed with subcontractors.",
         (["VP Finance & Resources"], "2025-07", "green", None)),
    ]
    expected = []
    cur_stream = cur_finding = None
    for row in rows:
        if row[0] == "CONT":
            L.append("\t" * 7 + row[1])
            continue
        ref, stream, finding, action, owner, due, st, upd, (leads, end, status, end_text) = row
        L.append("\t".join([ref, stream, finding, action, owner, due, st, upd]))
        if stream:
            cur_stream, cur_finding = stream, finding
        expected.append(act(ref, [cur_stream, cur_finding], action, leads, end, status, end_text))
    L.append("")
    L.append("Summary: 7 actions – C 2, G 3, A 1, R 1")
    L.append("Prepared by: Director of Funding & Data, 18 November 2024")
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(L) + "\n")

    meta = {
        "source": ("Imitates an FE college's management action plan following an ESFA funding assurance review, as "
                   "reported to the college Audit Committee (Kirklees College, 2024; ESFA funding assurance review "
                   "process, see https://gov.uk/government/publications/esfa-assurance-work-on-post-16-funding/funding-assurance-review-step-by-step-process). "
                   "Copies a tab-separated export with college/title/committee lines, a status letter key, funding stream "
                   "and finding given only on the first row of each finding (blank below), a continuation line carrying "
                   "on the update text, and a summary and prepared-by line at the end."),
        "reads": ("Four findings from the funding audit (16-19, adult, apprenticeships, subcontracting), each with one or "
                  "two numbered agreed actions, an owner, a due date and a status letter (C = complete). Continuation rows "
                  "leave the stream and finding blank; one line carries only the rest of an update."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, meta, expected)
    return name, len(expected)


if __name__ == "__main__":
    for f in (make_hta, make_wte, make_nice, make_dental, make_nursery, make_ofcom, make_kirklees):
        print(f())
