#!/usr/bin/env python3
"""Build the seven lk2- blind test files (set heldout357) and their expected readings.

Bodies and plan kinds (all outside children's services):
  1. Hillingdon Council - ASC CQC local authority assessment improvement plan (xlsx)
  2. Suffolk Constabulary - HMICFRS vetting, misconduct and misogyny recommendations tracker (xlsx)
  3. Enfield Council - corporate risk register Q3 2025/26 (xlsx)
  4. Digital Health and Care Wales - Audit Wales structured assessment 2024 management response (docx)
  5. Renfrewshire Council - Education Scotland CLD inspection improvement action plan (docx)
  6. Stevenage BC - SIAS internal audit recommendations tracker, typo month -> refuse (csv)
  7. Uttlesford DC - RSH regulatory notice housing improvement plan (txt)

Run with /work/main/.venv/bin/python lk2_make.py
"""
import csv
import datetime as dt
import io
import os

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "0070C0"
GREY = "D9D9D9"
PALE = "DDEBF7"

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return dt.datetime(y, m, day)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


def write_expected(fname, exp):
    out = {}
    for k in ("source", "reads", "outcome", "accept_refusal", "refuse_at", "title", "actions"):
        if k in exp:
            out[k] = exp[k]
    path = os.path.join(HERE, fname + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(out, f, sort_keys=False, allow_unicode=True, width=4096, default_flow_style=False)


def box_range(ws, r1, r2, c1, c2):
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(row=r, column=c).border = BOX


# ---------------------------------------------------------------------------
# 1. Hillingdon ASC CQC assessment improvement plan (xlsx, fill-colour RAG)
# ---------------------------------------------------------------------------
def hillingdon():
    fname = "lk2-hillingdon-council-asc-cqc-assessment-improvement-plan.xlsx"
    title = "London Borough of Hillingdon – Adult Social Care: CQC Local Authority Assessment Improvement Plan 2025-26"
    T1 = "Theme 1: Working with people"
    T2 = "Theme 2: Providing support"
    T3 = "Theme 3: How the local authority ensures safety within the system"
    T4 = "Theme 4: Leadership"
    afd1 = ("Some people waited longer than they should for a Care Act assessment, "
            "particularly for occupational therapy assessments.")
    afd2 = ("Unpaid carers told us they did not always receive a carer's assessment or know "
            "what support was available to them.")
    afd3 = ("The local authority had limited oversight of quality in the home care market and "
            "some providers were not clear how fee uplifts were set.")
    afd4 = "Transitions for young people moving to adult services were not always well planned."
    afd5 = "Safeguarding enquiries were not always completed within the local authority's own timescales."
    afd6 = "Co-production with people who use services was developing but not yet embedded in strategy and commissioning."

    # rows: (theme, qs, afd, ref, action, lead, start, due, revised, status, progress)
    rows = [
        (T1, "Assessing needs", afd1, "1.1",
         "Introduce a weekly waiting list review for OT assessments, with trusted assessor training for reablement staff to clear lower-complexity requests.",
         "Head of Service – Adult Social Work", d(2025, 1, 6), d(2025, 7, 31), None, "green",
         "Weekly review in place since 13/01/25. 14 reablement staff trained as trusted assessors; OT waiting list down from 212 to 164."),
        (T1, "Assessing needs", afd1, "1.2",
         "Publish waiting times for Care Act assessments on the council website and contact everyone waiting over 28 days.",
         "Service Manager (Access and Assessment) / Performance and Intelligence Manager", d(2025, 2, 1), d(2025, 9, 30), d(2025, 12, 31), "amber",
         "Contact calls started. Website publication delayed by Mosaic reporting changes – revised date agreed at ASC DMT 04/03/25."),
        (T1, "Assessing needs", afd2, "1.3",
         "Refresh the All-Age Carers Strategy and co-produce a carers' information offer with local carers' organisations.",
         "Head of Commissioning", d(2025, 4, 1), d(2026, 3, 31), None, "unrated",
         "Scoping to begin April 2025."),
        (T1, "Assessing needs", afd2, "1.4",
         "Increase the number of carers' assessments completed and reviewed in line with the Carers' Assessment Standard.",
         "Principal Social Worker", d(2025, 1, 6), d(2026, 3, 31), None, "green",
         "Carers' assessments up 18% on Q3 2023/24."),
        (T2, "Care provision, integration and continuity", afd3, "2.1",
         "Implement the Provider Quality Assurance Framework with quarterly monitoring visits to all contracted home care providers.",
         "Quality Assurance Manager (Commissioning)", d(2024, 12, 1), d(2025, 6, 30), None, "blue",
         "Framework live; all 31 contracted providers visited in Q4."),
        (T2, "Care provision, integration and continuity", afd3, "2.2",
         "Publish the 2025/26 fee-setting rationale and hold a provider forum on the cost of care.",
         "Director of Finance / Head of Commissioning", d(2025, 1, 6), d(2025, 4, 30), None, "blue",
         "Rationale published 28/02/25; provider forum held 12/03/25."),
        (T3, "Safe systems, pathways and transitions", afd4, "3.1",
         "Establish a Preparing for Adulthood panel from age 14, jointly chaired by children's and adults' social care.",
         "Head of SEND and Head of Adult Social Work", d(2025, 3, 1), d(2025, 9, 30), d(2025, 11, 30), "red",
         "Terms of reference not yet agreed; dependent on the SEND transformation programme."),
        (T3, "Safeguarding", afd5, "3.2",
         "Introduce a Section 42 enquiry tracker and a monthly audit of 10 closed enquiries, reporting to the Safeguarding Adults Board.",
         "Head of Safeguarding, Quality and Partnerships", d(2025, 2, 1), "Quarterly", None, "green",
         "Tracker in use; first audit report to SAB Executive 20/03/25."),
        (T4, "Learning, improvement and innovation", afd6, "4.1",
         "Recruit experts by experience to a Co-production Board and embed co-production in all commissioning decisions over £250k.",
         "Director of Adult Social Care and Health", d(2025, 4, 1), d(2025, 12, 31), None, "amber",
         "Recruitment pack agreed with Healthwatch Hillingdon; 4 of 10 places filled."),
    ]
    status_fill = {"red": RED, "amber": AMBER, "green": GREEN, "blue": BLUE}

    wb = Workbook()
    # --- Cover sheet
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = title
    cv["A1"].font = Font(bold=True, size=14)
    cv["A3"] = "Following the CQC assessment of Hillingdon's Care Act duties (published December 2024, overall rating: Good)."
    cv["A4"] = "Owner: Director of Adult Social Care and Health   |   Governance: ASC Improvement Board (monthly)"
    cv["A6"] = "Document control"
    cv["A6"].font = Font(bold=True)
    dc = [("Version", "Date", "Author", "Summary of changes"),
          ("0.1", "14/01/2025", "ASC Business Improvement", "First draft from CQC report areas for development"),
          ("1.0", "28/01/2025", "ASC Business Improvement", "Approved by ASC Improvement Board"),
          ("1.1", "18/03/2025", "ASC Business Improvement", "March 2025 progress update")]
    for i, r in enumerate(dc):
        for j, v in enumerate(r):
            c = cv.cell(row=7 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill(GREY)
    for col, w in zip("ABCD", (12, 14, 28, 50)):
        cv.column_dimensions[col].width = w

    # --- Summary sheet (totals block, not actions)
    sm = wb.create_sheet("Summary")
    sm["A1"] = "Progress summary – March 2025"
    sm["A1"].font = Font(bold=True, size=12)
    hdr = ["Theme", "Actions", "Complete", "On track", "At risk", "Off track", "Not started"]
    for j, v in enumerate(hdr):
        c = sm.cell(row=3, column=1 + j, value=v)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.border = BOX
    order = ["blue", "green", "amber", "red", "unrated"]
    tot = [0] * 6
    for i, th in enumerate([T1, T2, T3, T4]):
        sel = [r for r in rows if r[0] == th]
        counts = [len(sel)] + [sum(1 for r in sel if r[9] == s) for s in order]
        sm.cell(row=4 + i, column=1, value=th).border = BOX
        for j, n in enumerate(counts):
            sm.cell(row=4 + i, column=2 + j, value=n).border = BOX
            tot[j] += n
    sm.cell(row=8, column=1, value="Total").font = Font(bold=True)
    for j, n in enumerate(tot):
        c = sm.cell(row=8, column=2 + j, value=n)
        c.font = Font(bold=True)
    box_range(sm, 8, 8, 1, 7)
    sm.column_dimensions["A"].width = 62

    # --- Action plan sheet
    ws = wb.create_sheet("Action Plan")
    ncol = 10
    ws.cell(row=1, column=1, value=title).font = Font(bold=True, size=13)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws.cell(row=2, column=1, value="Progress position: 18 March 2025")
    ws.cell(row=3, column=1, value="RAG key:").font = Font(bold=True)
    key = [("Off track", RED), ("At risk", AMBER), ("On track", GREEN), ("Complete", BLUE), ("Not started", None)]
    for j, (lab, col) in enumerate(key):
        c = ws.cell(row=3, column=2 + j, value=lab)
        c.border = BOX
        if col:
            c.fill = fill(col)
    heads = ["Ref", "CQC quality statement", "Area for development (CQC report)", "Action",
             "Lead officer", "Start date", "Due date", "Revised due date", "RAG", "Progress update (March 2025)"]
    for j, h in enumerate(heads):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F4E78")
        c.alignment = WRAP
        c.border = BOX
    r = 6
    expected = []
    cur_theme = None
    block_start = None
    prev_key = None

    def close_block(start, end):
        if start is not None and end > start:
            ws.merge_cells(start_row=start, start_column=2, end_row=end, end_column=2)
            ws.merge_cells(start_row=start, start_column=3, end_row=end, end_column=3)

    for row in rows:
        th, qs, afd, ref, action, lead, start, due, rev, status, prog = row
        if th != cur_theme:
            close_block(block_start, r - 1)
            block_start, prev_key = None, None
            c = ws.cell(row=r, column=1, value=th)
            c.font = Font(bold=True)
            for j in range(1, ncol + 1):
                ws.cell(row=r, column=j).fill = fill(PALE)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            cur_theme = th
            r += 1
        if (qs, afd) != prev_key:
            close_block(block_start, r - 1)
            ws.cell(row=r, column=2, value=qs)
            ws.cell(row=r, column=3, value=afd)
            block_start = r
            prev_key = (qs, afd)
        ws.cell(row=r, column=1, value=ref)
        ws.cell(row=r, column=4, value=action)
        ws.cell(row=r, column=5, value=lead)
        ws.cell(row=r, column=6, value=start)
        ws.cell(row=r, column=7, value=due)
        if rev is not None:
            ws.cell(row=r, column=8, value=rev)
        if status in status_fill:
            ws.cell(row=r, column=9).fill = fill(status_fill[status])
        ws.cell(row=r, column=10, value=prog)
        for j in range(1, ncol + 1):
            c = ws.cell(row=r, column=j)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(c.value, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        endd = rev if rev is not None else due
        if isinstance(endd, dt.datetime):
            expected.append(act(ref, [th, afd], action, split_lead_hill(lead), endd.strftime("%Y-%m"), status))
        else:
            expected.append(act(ref, [th, afd], action, split_lead_hill(lead), None, status, end_text=endd))
        r += 1
    close_block(block_start, r - 1)
    r += 1
    ws.cell(row=r, column=1, value="Notes: RAG is shown by cell colour only (see key). Revised dates were agreed by the ASC Improvement Board; the original due date is kept for reference.")
    widths = (7, 18, 34, 48, 26, 12, 12, 12, 7, 44)
    for j, w in enumerate(widths):
        ws.column_dimensions[chr(65 + j)].width = w
    ws.freeze_panes = "A6"
    wb.active = 2
    wb.save(os.path.join(HERE, fname))

    exp = {
        "source": ("Imitates a London borough's post-CQC local authority assessment improvement plan of the kind "
                   "taken to an ASC improvement board / health and social care select committee in 2025 (Hillingdon was "
                   "assessed July 2024, report published December 2024, rated Good; cqc.org.uk local-authority-assessment-reports/hillingdon). "
                   "Copied features: cover sheet with document-control table, a summary sheet with a totals block, "
                   "action sheet with CQC themes as merged full-width rows, quality statement and area-for-development cells "
                   "merged down over their actions, RAG shown only by fill colour with a key row, original and revised due dates, "
                   "job titles as leads (some two posts joined by '/' or 'and'), a 'Quarterly' due cell and a notes line."),
        "reads": ("Three sheets: a cover with document control, a summary of counts by theme, and the action plan. The plan "
                  "lists nine numbered actions under four CQC themes, each answering an area for development quoted from the CQC "
                  "report; the RAG cell is coloured, not written, and two actions have a revised due date that replaces the original."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    }
    write_expected(fname, exp)


def split_lead_hill(lead):
    table = {
        "Service Manager (Access and Assessment) / Performance and Intelligence Manager":
            ["Service Manager (Access and Assessment)", "Performance and Intelligence Manager"],
        "Director of Finance / Head of Commissioning": ["Director of Finance", "Head of Commissioning"],
        "Head of SEND and Head of Adult Social Work": ["Head of SEND", "Head of Adult Social Work"],
    }
    return table.get(lead, [lead])


# ---------------------------------------------------------------------------
# 2. Suffolk Constabulary HMICFRS VMM recommendations tracker (xlsx, prev/current RAG)
# ---------------------------------------------------------------------------
def suffolk():
    fname = "lk2-suffolk-constabulary-hmicfrs-vetting-misconduct-misogyny-recommendations-tracker.xlsx"
    title = "Suffolk Constabulary – HMICFRS Vetting, Misconduct and Misogyny Inspection: Recommendations Tracker"
    rec2 = ("By 30 April 2023, chief constables should make sure that their force vetting units have enough "
            "resources to process vetting applications and renewals within agreed timescales.")
    rec5 = ("By 31 October 2023, chief constables should make sure that the rationale for granting vetting clearance "
            "is recorded in every case where adverse information is identified.")
    rec11 = ("By 31 October 2023, chief constables should make sure that their counter-corruption units have the "
             "capability to monitor all force IT systems.")
    rec13 = ("By 31 March 2024, chief constables should make sure that their counter-corruption units actively seek "
             "intelligence on abuse of position for a sexual purpose.")
    rec19 = ("By 31 October 2023, chief constables should make sure that all allegations of misogynistic and predatory "
             "behaviour are recorded and assessed by the professional standards department.")
    # (section, recno, deadline, rectext, aref, action, owner, leads, target, end, prev, cur, status, update)
    rows = [
        ("Vetting", "2", "30/04/2023", rec2, "2.1",
         "Complete a workforce review of the Joint Vetting Unit and recruit two additional vetting researchers.",
         "Head of Joint PSD (Norfolk & Suffolk)", ["Head of Joint PSD (Norfolk & Suffolk)"],
         "30/04/2023", "2023-04", "Amber", "Complete", "blue",
         "Both researchers in post from 03/04/2023."),
        ("Vetting", "2", "30/04/2023", rec2, "2.2",
         "Clear the backlog of vetting renewals that are more than six months overdue.",
         "Vetting Manager", ["Vetting Manager"],
         "Mar-24", "2024-03", "Red", "Green", "green",
         "Backlog reduced from 311 to 74; on course for March."),
        ("Vetting", "5", "31/10/2023", rec5, "5.1",
         "Introduce a decision log template for all vetting decisions involving adverse information and dip-sample 20 files each quarter.",
         "Vetting Manager / Force Vetting Officer", ["Vetting Manager", "Force Vetting Officer"],
         "31/10/2023", "2023-10", "Amber", "Complete", "blue",
         "Template in use; Q3 dip sample found 19 of 20 compliant."),
        ("Counter-corruption", "11", "31/10/2023", rec11, "11.1",
         "Procure and implement IT monitoring software across all force systems, including mobile devices.",
         "Head of Anti-Corruption Unit; Head of ICT", ["Head of Anti-Corruption Unit", "Head of ICT"],
         "Mar-24", "2024-03", "Amber", "Red", "red",
         "Regional procurement delayed; contract award now expected May 2024."),
        ("Counter-corruption", "11", "31/10/2023", rec11, "11.2",
         "Train Anti-Corruption Unit analysts to use the monitoring software.",
         "Head of Anti-Corruption Unit", ["Head of Anti-Corruption Unit"],
         "Jun-24", "2024-06", "", "Not started", "unrated",
         "Dependent on 11.1."),
        ("Counter-corruption", "13", "31/03/2024", rec13, "13.1",
         "Run a force-wide awareness campaign on abuse of position for a sexual purpose, including a confidential reporting line.",
         "D/Supt K. Osei", ["D/Supt K. Osei"],
         "31/03/2024", "2024-03", "Green", "Green", "green",
         "Campaign launched 15/01/2024; Integrity Line live."),
        ("Misconduct", "19", "31/10/2023", rec19, "19.1",
         "Amend the PSD assessment policy so that every allegation of misogynistic or predatory behaviour is referred to the Appropriate Authority.",
         "Head of Joint PSD (Norfolk & Suffolk)", ["Head of Joint PSD (Norfolk & Suffolk)"],
         "31/10/2023", "2023-10", "Green", "Complete", "blue",
         "Policy v3.2 published 27/10/2023."),
        ("Misconduct", "19", "31/10/2023", rec19, "19.2",
         "Deliver Active Bystander training to all sergeants, inspectors and police staff supervisors.",
         "Head of Learning and Development", ["Head of Learning and Development"],
         "Apr-24", "2024-04", "Amber", "Amber", "amber",
         "Target revised from Dec-23 as trainer capacity was diverted to custody training; 61% trained."),
    ]
    rag_fill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ncol = 10
    ws.cell(row=1, column=1, value=title).font = Font(bold=True, size=13)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws.cell(row=2, column=1, value="Position as at 31 January 2024 – PCC Accountability and Performance Panel, 16 February 2024")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    heads = ["Rec No.", "HMICFRS deadline", "Recommendation", "Action ref", "Force action", "Owner",
             "Target date", "Previous RAG (Oct-23)", "Current RAG", "Update"]
    for j, h in enumerate(heads):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.alignment = WRAP
        c.border = BOX
    r = 5
    expected = []
    cur_sec, cur_rec, rec_start = None, None, None

    def close(start, end):
        if start is not None and end > start:
            for col in (1, 2, 3):
                ws.merge_cells(start_row=start, start_column=col, end_row=end, end_column=col)

    for sec, recno, deadline, rectext, aref, action, owner, leads, target, end, prev, cur, status, upd in rows:
        if sec != cur_sec:
            close(rec_start, r - 1)
            rec_start, cur_rec = None, None
            ws.cell(row=r, column=1, value=sec).font = Font(bold=True, color="FFFFFF")
            for j in range(1, ncol + 1):
                ws.cell(row=r, column=j).fill = fill("002060")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            cur_sec = sec
            r += 1
        if recno != cur_rec:
            close(rec_start, r - 1)
            ws.cell(row=r, column=1, value=recno)
            ws.cell(row=r, column=2, value=deadline)
            ws.cell(row=r, column=3, value=rectext)
            rec_start, cur_rec = r, recno
        ws.cell(row=r, column=4, value=aref)
        ws.cell(row=r, column=5, value=action)
        ws.cell(row=r, column=6, value=owner)
        ws.cell(row=r, column=7, value=target)
        if prev:
            ws.cell(row=r, column=8, value=prev)
            if prev in rag_fill:
                ws.cell(row=r, column=8).fill = fill(rag_fill[prev])
        ws.cell(row=r, column=9, value=cur)
        if cur in rag_fill:
            ws.cell(row=r, column=9).fill = fill(rag_fill[cur])
        ws.cell(row=r, column=10, value=upd)
        for j in range(1, ncol + 1):
            ws.cell(row=r, column=j).alignment = WRAP
            ws.cell(row=r, column=j).border = BOX
        expected.append(act(aref, [sec, rectext], action, leads, end, status))
        r += 1
    close(rec_start, r - 1)
    r += 1
    ws.cell(row=r, column=1, value="Note: recommendations addressed only to the NPCC, College of Policing or Home Office are monitored nationally and are not shown.")
    ws.cell(row=r + 1, column=1, value="Tracker reviewed by the Joint PSD Management Board on 24/01/2024.")
    for j, w in enumerate((8, 12, 42, 8, 44, 24, 11, 11, 11, 40)):
        ws.column_dimensions[chr(65 + j)].width = w
    ws.freeze_panes = "A5"

    ky = wb.create_sheet("RAG key")
    ky["A1"] = "RAG key"
    ky["A1"].font = Font(bold=True)
    for i, (lab, txt, col) in enumerate([
            ("Complete", "Action complete and evidenced", BLUE),
            ("Green", "On track to meet target date", GREEN),
            ("Amber", "At risk – mitigation in place", AMBER),
            ("Red", "Will not meet target date", RED),
            ("Not started", "Not yet due to start", None)]):
        c = ky.cell(row=3 + i, column=1, value=lab)
        if col:
            c.fill = fill(col)
        ky.cell(row=3 + i, column=2, value=txt)
    ky["A10"] = "Summary"
    ky["A10"].font = Font(bold=True)
    counts = {}
    for row in rows:
        counts[row[11]] = counts.get(row[11], 0) + 1
    for i, lab in enumerate(["Complete", "Green", "Amber", "Red", "Not started"]):
        ky.cell(row=11 + i, column=1, value=lab)
        ky.cell(row=11 + i, column=2, value=counts.get(lab, 0))
    ky.cell(row=16, column=1, value="Total actions").font = Font(bold=True)
    ky.cell(row=16, column=2, value=len(rows)).font = Font(bold=True)
    ky.column_dimensions["A"].width = 16
    ky.column_dimensions["B"].width = 36
    wb.save(os.path.join(HERE, fname))

    exp = {
        "source": ("Imitates a force's tracker of the HMICFRS thematic 'An inspection of vetting, misconduct, and misogyny in the police "
                   "service' (November 2022, 43 recommendations) as taken to a PCC accountability panel in early 2024 (cf. the PCC "
                   "section 55 responses published by Surrey and Warwickshire PCCs). Copied features: title and 'position as at' rows, "
                   "report chapters (Vetting, Counter-corruption, Misconduct) as full-width section rows, the HMICFRS recommendation "
                   "with its number and deadline merged down over the force's actions, Previous RAG and Current RAG columns as words "
                   "with matching fill, job-title and rank owners, a revised target explained in the update text, notes lines and a "
                   "separate RAG key/summary sheet."),
        "reads": ("A tracker of eight force actions answering five HMICFRS recommendations, grouped under three report chapters. "
                  "Each action has an owner, a target date, a previous (October 2023) and a current RAG; the current RAG is the status. "
                  "The HMICFRS deadline column is the inspectorate's deadline for the recommendation, not the action's target date."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    }
    write_expected(fname, exp)


# ---------------------------------------------------------------------------
# 3. Enfield corporate risk register Q3 2025/26 (xlsx, risk blocks with further actions)
# ---------------------------------------------------------------------------
def enfield():
    fname = "lk2-enfield-council-corporate-risk-register-q3-2025-26.xlsx"
    title = "London Borough of Enfield Corporate Risk Register – Quarter 3 2025/26"
    status_map = {"Complete": "blue", "On track": "green", "At risk": "amber", "Off track": "red", "Not started": "unrated"}
    status_fill = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED}
    risks = [
        ("CR01 – Financial resilience",
         "Failure to set and deliver a balanced budget and a sustainable Medium Term Financial Plan, leading to unplanned use of reserves and the risk of a section 114 notice.",
         "Executive Director of Resources", (5, 5), "Budget monitoring to EMT and Cabinet monthly; savings tracker; reserves strategy.", (4, 5), "↔",
         [("CR01a", "Deliver the 2025/26 savings programme of £18.4m, with monthly tracking at Executive Management Team.",
           "Director of Finance (Capital and Commercial)", d(2026, 3, 31), "2026-03", None, "At risk"),
          ("CR01b", "Submit the Exceptional Financial Support business case to MHCLG for 2026/27.",
           "Executive Director of Resources", "Feb-26", "2026-02", None, "On track")],
         12),
        ("CR02 – Temporary accommodation demand",
         "Continued growth in homelessness and the cost of temporary accommodation exceed the budget and the supply of suitable homes.",
         "Executive Director of Housing, Regeneration and Development", (5, 4), "Homelessness prevention hub; Housing Gateway acquisitions; TA procurement framework.", (5, 4), "↑",
         [("CR02a", "Acquire 250 additional homes through the Housing Gateway Ltd acquisitions programme.",
           "Director of Housing Strategy / MD Housing Gateway Ltd", "Q4 2025/26", "2026-03", None, "On track"),
          ("CR02b", "Reduce the use of nightly-paid accommodation outside London by moving households to longer-term leased units.",
           "Head of Temporary Accommodation", "Ongoing", None, "Ongoing", "At risk")],
         16),
        ("CR03 – Cyber security",
         "A successful cyber attack results in loss of systems, a data breach and disruption to critical services.",
         "Director of Digital, Data and Technology", (4, 5), "Firewalls and endpoint protection; annual penetration test; mandatory training.", (3, 5), "↓",
         [("CR03a", "Complete the Public Services Network (PSN) compliance remediation plan.",
           "Head of IT Security", d(2025, 11, 30), "2025-11", None, "Complete"),
          ("CR03b", "Run a cyber incident exercise with the Executive Management Team.",
           "Head of IT Security; Emergency Planning Manager", "January 2026", "2026-01", None, "Not started")],
         10),
        ("CR04 – Adult social care market sustainability",
         "Provider failure or insufficient capacity in the care market leaves residents without the care and support they need.",
         "Executive Director of People", (4, 4), "Market position statement; provider risk dashboard; quality monitoring visits.", (3, 4), "↔",
         [("CR04a", "Agree the 2026/27 fee uplift for care homes and home care following the cost of care exercise.",
           "Director of Health and Adult Social Care", "Mar 2026", "2026-03", None, "On track"),
          ("CR04b", "Put provider failure contingency plans in place for the 10 largest home care providers.",
           "Head of Strategic Commissioning", "Jun-26", "2026-06", None, "Off track")],
         9),
    ]

    def score_fill(s):
        return RED if s >= 15 else (AMBER if s >= 8 else GREEN)

    wb = Workbook()
    ws = wb.active
    ws.title = "Corporate Risk Register"
    ncol = 17
    ws.cell(row=1, column=1, value=title).font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws.cell(row=2, column=1, value="Reported to General Purposes Committee – 5 February 2026 | Position at 31 December 2025")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws.cell(row=3, column=1, value="Action status key:").font = Font(bold=True)
    for j, lab in enumerate(["Complete", "On track", "At risk", "Off track", "Not started"]):
        c = ws.cell(row=3, column=2 + j, value=lab)
        c.border = BOX
        if lab in status_fill:
            c.fill = fill(status_fill[lab])
    # two-level header
    groups = [(4, 6, "Inherent risk"), (8, 10, "Residual risk (current)"), (12, 16, "Further actions")]
    for c1, c2, lab in groups:
        c = ws.cell(row=5, column=c1, value=lab)
        c.font = Font(bold=True)
        c.alignment = Alignment(horizontal="center")
        ws.merge_cells(start_row=5, start_column=c1, end_row=5, end_column=c2)
    heads = ["Risk ref & title", "Risk description", "Risk owner", "L", "I", "Score", "Existing controls",
             "L", "I", "Score", "Direction of travel", "Action ref", "Further action", "Action owner",
             "Target date", "Action status", "Target score"]
    for j, h in enumerate(heads):
        c = ws.cell(row=6, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("203864")
        c.alignment = WRAP
        c.border = BOX
    box_range(ws, 5, 5, 1, ncol)
    r = 7
    expected = []
    for rt, desc, owner, inh, ctrl, res, dot, acts, target in risks:
        start = r
        ws.cell(row=r, column=1, value=rt).font = Font(bold=True)
        ws.cell(row=r, column=2, value=desc)
        ws.cell(row=r, column=3, value=owner)
        ws.cell(row=r, column=4, value=inh[0])
        ws.cell(row=r, column=5, value=inh[1])
        c = ws.cell(row=r, column=6, value=inh[0] * inh[1])
        c.fill = fill(score_fill(inh[0] * inh[1]))
        ws.cell(row=r, column=7, value=ctrl)
        ws.cell(row=r, column=8, value=res[0])
        ws.cell(row=r, column=9, value=res[1])
        c = ws.cell(row=r, column=10, value=res[0] * res[1])
        c.fill = fill(score_fill(res[0] * res[1]))
        ws.cell(row=r, column=11, value=dot)
        c = ws.cell(row=r, column=17, value=target)
        c.fill = fill(score_fill(target))
        for aref, text, aowner, tdate, end, end_text, st in acts:
            ws.cell(row=r, column=12, value=aref)
            ws.cell(row=r, column=13, value=text)
            ws.cell(row=r, column=14, value=aowner)
            c = ws.cell(row=r, column=15, value=tdate)
            if isinstance(tdate, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            c = ws.cell(row=r, column=16, value=st)
            if st in status_fill:
                c.fill = fill(status_fill[st])
            leads = aowner.replace(" / ", "; ").split("; ")
            expected.append(act(aref, [rt], text, leads, end, status_map[st], end_text=end_text))
            r += 1
        for col in list(range(1, 12)) + [17]:
            ws.merge_cells(start_row=start, start_column=col, end_row=r - 1, end_column=col)
        for rr in range(start, r):
            for col in range(1, ncol + 1):
                ws.cell(row=rr, column=col).alignment = WRAP
                ws.cell(row=rr, column=col).border = BOX
    r += 1
    ws.cell(row=r, column=1, value="Scores: Likelihood (L) x Impact (I), each 1-5. 15-25 High (red), 8-12 Medium (amber), 1-6 Low (green). Direction of travel compares with Quarter 2.")
    for j, w in enumerate((24, 40, 22, 4, 4, 7, 34, 4, 4, 7, 10, 8, 46, 26, 12, 12, 8)):
        ws.column_dimensions[chr(65 + j)].width = w
    ws.freeze_panes = "A7"

    mx = wb.create_sheet("Risk Matrix")
    mx["A1"] = "Risk scoring matrix (Likelihood x Impact)"
    mx["A1"].font = Font(bold=True)
    for i in range(5):
        lik = 5 - i
        mx.cell(row=3 + i, column=1, value=f"Likelihood {lik}")
        for imp in range(1, 6):
            s = lik * imp
            c = mx.cell(row=3 + i, column=1 + imp, value=s)
            c.fill = fill(score_fill(s))
            c.border = BOX
    for imp in range(1, 6):
        mx.cell(row=8, column=1 + imp, value=f"Impact {imp}")

    ch = wb.create_sheet("Changes since Q2")
    ch["A1"] = "Changes since Quarter 2 2025/26"
    ch["A1"].font = Font(bold=True)
    ch["A3"] = "CR02 residual score unchanged but direction of travel now increasing – TA placements up 9% in the quarter."
    ch["A4"] = "CR03 residual likelihood reduced from 4 to 3 following PSN remediation."
    ch["A5"] = "CR07 (Elections) closed at Quarter 2 and removed from the register."
    ch.column_dimensions["A"].width = 110
    wb.save(os.path.join(HERE, fname))

    exp = {
        "source": ("Imitates a London borough corporate risk register as reported quarterly to an audit / general purposes committee "
                   "(Enfield presents its risk registers through its Head of Internal Audit & Risk Management, governance.enfield.gov.uk; "
                   "layout after the Fenland, Tower Hamlets and Barking & Dagenham registers). Copied features: title and reporting rows, "
                   "an action-status key row with fills, a two-level header (inherent / residual / further actions), each risk's ref, "
                   "description, owner, scores (fill-coloured by score band), controls and direction of travel merged down over its further "
                   "actions, action refs, action owners (two posts joined by ';' or '/'), mixed target-date forms including 'Q4 2025/26' and "
                   "'Ongoing', a scoring note, and extra sheets for the matrix and changes since the last quarter."),
        "reads": ("A corporate risk register of four risks, each with two further actions that have their own ref, owner, target date "
                  "and status word from the key. The coloured score cells are risk ratings, not action progress; the action status is "
                  "read from the Action status column."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    }
    write_expected(fname, exp)


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


def set_cell(cell, text, bold=False, size=None):
    parts = text.split("\n")
    cell.paragraphs[0].text = ""
    run = cell.paragraphs[0].add_run(parts[0])
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    for p in parts[1:]:
        para = cell.add_paragraph()
        rr = para.add_run(p)
        rr.bold = bold
        if size:
            rr.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 4. DHCW Audit Wales structured assessment 2024 management response (docx)
# ---------------------------------------------------------------------------
def dhcw():
    fname = "lk2-digital-health-and-care-wales-audit-wales-structured-assessment-2024-management-response.docx"
    title = "Structured Assessment 2024 – Management Response"
    status_map = {"Complete": "blue", "On track": "green", "Not started": "unrated"}
    S1 = "Board transparency, effectiveness and cohesion"
    S2 = "Corporate systems of assurance"
    S3 = "Corporate approach to planning"
    S4 = "Corporate approach to financial management"
    recs = [
        (S1, "R1", "The Board should publish its committee papers at least seven days before each meeting and make unconfirmed minutes available within one month.",
         "Board and committee papers will be published seven calendar days ahead of each meeting, and the Corporate Governance team will publish draft minutes within 20 working days. Compliance will be reported in the annual governance self-assessment.",
         "31 March 2025", "2025-03", None, "Board Secretary", ["Board Secretary"], "Complete"),
        (S1, "R2", "The Board should strengthen its arrangements for reviewing its own effectiveness, including through an externally facilitated review.",
         "An externally facilitated Board effectiveness review will be commissioned through NWSSP Procurement Services.\nThe findings and a Board development plan will be presented to the Board in public session.",
         "December 2025", "2025-12", None, "Chair / Board Secretary", ["Chair", "Board Secretary"], "On track"),
        (S2, "R3", "DHCW should ensure its Board Assurance Framework clearly links principal risks to strategic objectives and sets out gaps in assurance.",
         "The Board Assurance Framework will be redesigned around DHCW’s strategic missions, with each principal risk showing its key controls, sources of assurance and gaps.",
         "Q1 2025/26", "2025-06", None, "Head of Risk and Assurance", ["Head of Risk and Assurance"], "On track"),
        (S2, "R4", "DHCW should track audit and review recommendations in a single system with clear target dates and named owners.",
         "All internal audit, Audit Wales and regulatory recommendations will be migrated to a single audit recommendation tracker, updated monthly and reported quarterly to the Audit and Assurance Committee.",
         "By 30 June 2025", "2025-06", None, "Board Secretary", ["Board Secretary"], "Complete"),
        (S3, "R5", "DHCW should set out clear milestones and outcome measures for the delivery of its Integrated Medium Term Plan.",
         "The IMTP 2025-28 delivery plan will include quarterly milestones and outcome measures for each strategic mission, reported through the Performance Assurance Framework.",
         "September 2025", "2025-09", None, "Executive Director of Strategy", ["Executive Director of Strategy"], "On track"),
        (S4, "R6", "DHCW should develop a medium-term savings plan that identifies recurrent savings beyond the current financial year.",
         "A three-year savings and value programme will be developed with directorates and presented to the Board for approval alongside the 2026/27 budget.",
         "March 2026", "2026-03", None, "Executive Director of Finance", ["Executive Director of Finance"], "Not started"),
        (S4, "R7", "DHCW should improve the timeliness of in-year financial reporting to the Board.",
         "Month-end finance reports will be issued to Board members within 15 working days of each month end.",
         "Ongoing – monthly", None, "Ongoing – monthly", "Deputy Director of Finance", ["Deputy Director of Finance"], "On track"),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    rr = p.add_run("Digital Health and Care Wales")
    rr.bold = True
    rr.font.color.rgb = RGBColor(0x00, 0x4B, 0x87)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_heading(title, level=0)
    doc.add_paragraph("Audit and Assurance Committee – 11 February 2025 – Agenda item 3.2")

    ctl = doc.add_table(rows=6, cols=2)
    ctl.style = "Table Grid"
    for i, (k, v) in enumerate([
            ("Report title", "Audit Wales Structured Assessment 2024 – Management Response"),
            ("Executive lead", "Executive Director of Finance"),
            ("Report author", "Board Secretary"),
            ("Purpose", "For assurance"),
            ("Previous consideration", "Management Board, 23 January 2025"),
            ("Version", "1.2 – updated for February 2025 committee")]):
        set_cell(ctl.rows[i].cells[0], k, bold=True)
        shade(ctl.rows[i].cells[0], "DEEAF6")
        set_cell(ctl.rows[i].cells[1], v)

    doc.add_heading("1. Introduction", level=1)
    doc.add_paragraph(
        "The Auditor General’s Structured Assessment 2024 report for Digital Health and Care Wales (DHCW) was received in "
        "December 2024. The report makes seven recommendations. This paper sets out the management response to each "
        "recommendation, the responsible officer and the expected completion date, together with the current status.")
    doc.add_heading("2. Management response", level=1)
    doc.add_paragraph("Exhibit 1: Management response to the 2024 Structured Assessment recommendations")

    heads = ["Ref", "Recommendation", "Management response", "Completion date", "Responsible officer", "Status"]
    tbl = doc.add_table(rows=1, cols=len(heads))
    tbl.style = "Table Grid"
    for j, h in enumerate(heads):
        set_cell(tbl.rows[0].cells[j], h, bold=True)
        shade(tbl.rows[0].cells[j], "004B87")
        for run in tbl.rows[0].cells[j].paragraphs[0].runs:
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    expected = []
    cur = None
    for sec, ref, rec, resp, date, end, end_text, officer, leads, status in recs:
        if sec != cur:
            row = tbl.add_row()
            m = row.cells[0].merge(row.cells[-1])
            set_cell(m, sec, bold=True)
            shade(m, "DEEAF6")
            cur = sec
        row = tbl.add_row()
        for j, v in enumerate([ref, rec, resp, date, officer, status]):
            set_cell(row.cells[j], v)
        expected.append(act(ref, [sec, rec], resp, leads, end, status_map[status], end_text=end_text))

    doc.add_heading("3. Recommendation", level=1)
    doc.add_paragraph("The Committee is asked to NOTE the management response and the progress made to date.")
    doc.add_heading("Abbreviations", level=2)
    ab = doc.add_table(rows=4, cols=2)
    ab.style = "Table Grid"
    for i, (k, v) in enumerate([("BAF", "Board Assurance Framework"), ("IMTP", "Integrated Medium Term Plan"),
                                ("NWSSP", "NHS Wales Shared Services Partnership"), ("DHCW", "Digital Health and Care Wales")]):
        set_cell(ab.rows[i].cells[0], k, bold=True)
        set_cell(ab.rows[i].cells[1], v)
    doc.save(os.path.join(HERE, fname))

    exp = {
        "source": ("Imitates an NHS Wales body's management response to the Auditor General's Structured Assessment 2024, as taken to "
                   "its Audit and Assurance Committee (cf. 'Welsh Ambulance Services ... structured assessment 2024 management response' "
                   "and the Audit Wales structured assessment reports, audit.wales). Copied features: organisation name line and title, a "
                   "cover/report-control table, introduction text, 'Exhibit' caption, one response table with the structured-assessment "
                   "headings (Board transparency..., Corporate systems of assurance, planning, financial management) as merged shaded rows, "
                   "Ref / Recommendation / Management response / Completion date / Responsible officer / Status columns, a two-paragraph "
                   "response cell, completion dates as months, 'By 30 June 2025', 'Q1 2025/26' and 'Ongoing – monthly', and an "
                   "abbreviations table."),
        "reads": ("A committee paper with a report-control table and one management-response table. Seven Audit Wales recommendations "
                  "(R1–R7) sit under four assessment headings; each has DHCW's management response (the action), a completion date, "
                  "a responsible officer and a status. The control and abbreviations tables are not part of the plan."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    }
    write_expected(fname, exp)


# ---------------------------------------------------------------------------
# 5. Renfrewshire CLD inspection improvement action plan (docx, table per AFD)
# ---------------------------------------------------------------------------
def renfrewshire():
    fname = "lk2-renfrewshire-council-education-scotland-cld-inspection-action-plan.docx"
    title = "Renfrewshire Community Learning and Development (CLD) Inspection – Improvement Action Plan"
    status_map = {"Achieved": "blue", "Green": "green", "Amber": "amber", "Red": "red", "Not started": "unrated"}
    H1 = "1. Strategic leadership"
    H2 = "2. Learning and development in the community"
    H3 = "3. Community engagement and influence"
    afds = [
        (H1, "Area for development 1",
         "Partners should develop a shared approach to gathering and analysing data to demonstrate the impact of CLD on outcomes for learners and communities.",
         [("1.1", "Agree a common set of CLD outcome indicators across council and third sector partners.",
           "CLD Manager", ["CLD Manager"], "December 2024", "2024-12", None,
           "Indicator set signed off by CLD Strategic Partnership", "Achieved"),
          ("1.2", "Introduce a shared data dashboard, reported six-monthly to the CLD Strategic Partnership.",
           "Data Analyst (Children’s Services) / CLD Manager", ["Data Analyst (Children’s Services)", "CLD Manager"],
           "June 2025", "2025-06", None, "Dashboard in use by all partners; first report to Partnership", "Green")]),
        (H2, "Area for development 2",
         "Partners should increase opportunities for young people to gain accreditation for their learning.",
         [("2.1", "Expand Youth Achievement and Dynamic Youth Awards across all youth work provision.",
           "Youth Services Manager", ["Youth Services Manager"], "March 2025", "2025-03", None,
           "30% increase in young people gaining an award", "Green"),
          ("2.2", "Train 20 youth workers as award verifiers with Youth Scotland.",
           "Youth Services Manager; Senior Youth Worker (Training)", ["Youth Services Manager", "Senior Youth Worker (Training)"],
           "Sept 2025", "2025-09", None, "20 verifiers trained", "Amber")]),
        (H2, "Area for development 3",
         "Adult learning partners should improve progression routes for ESOL learners into further learning and employment.",
         [("2.3", "Map ESOL provision with West College Scotland and agree progression pathways.",
           "Adult Learning and Literacies Co-ordinator", ["Adult Learning and Literacies Co-ordinator"],
           "January 2025", "2025-01", None, "Progression pathway published", "Achieved"),
          ("2.4", "Establish an ESOL employability pilot with Invest in Renfrewshire.",
           "KM, JD", ["KM", "JD"], "Aug 2025", "2025-08", None,
           "15 learners complete the pilot; 5 progress to work or college", "Red")]),
        (H3, "Area for development 4",
         "The partnership should ensure that community voices influence CLD planning, including through the Local Partnerships.",
         [("3.1", "Hold an annual community conversation in each Local Partnership area and publish a ‘You said, we did’ report.",
           "Community Learning Officers", ["Community Learning Officers"], "Ongoing", None, "Ongoing",
           "Report published each year", "Green"),
          ("3.2", "Involve learners in the review of the CLD Plan 2024–27 through a learner panel.",
           "CLD Manager", ["CLD Manager"], "May 2025", "2025-05", None,
           "Learner panel meets at least three times", "Not started")]),
    ]
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    doc.add_paragraph("Renfrewshire Council – Children’s Services")
    doc.add_heading(title, level=0)
    doc.add_paragraph("Inspection of community learning and development in Renfrewshire: HM Inspectors of Education, fieldwork May 2024; report published July 2024.")
    doc.add_paragraph("This plan is owned by the Renfrewshire CLD Strategic Partnership and will be reviewed at each Partnership meeting. "
                      "Progress key: Achieved / Green – on track / Amber – some slippage / Red – significant concern / Not started.")
    expected = []
    cur = None
    heads = ["No.", "What we will do", "Lead", "By when", "Measure of success", "Progress"]
    for h, label, afd, acts in afds:
        if h != cur:
            doc.add_heading(h, level=1)
            cur = h
        tbl = doc.add_table(rows=2, cols=len(heads))
        tbl.style = "Table Grid"
        top = tbl.rows[0]
        set_cell(top.cells[0], label, bold=True)
        shade(top.cells[0], "5B2C6F")
        for run in top.cells[0].paragraphs[0].runs:
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        m = top.cells[1].merge(top.cells[-1])
        set_cell(m, afd, bold=True)
        shade(m, "E8DAEF")
        for j, hh in enumerate(heads):
            set_cell(tbl.rows[1].cells[j], hh, bold=True)
            shade(tbl.rows[1].cells[j], "F2F2F2")
        for ref, text, lead, leads, by, end, end_text, measure, prog in acts:
            row = tbl.add_row()
            for j, v in enumerate([ref, text, lead, by, measure, prog]):
                set_cell(row.cells[j], v)
            expected.append(act(ref, [h, afd], text, leads, end, status_map[prog], end_text=end_text))
        doc.add_paragraph("")
    doc.add_heading("Approval", level=2)
    ap = doc.add_table(rows=2, cols=3)
    ap.style = "Table Grid"
    for j, v in enumerate(["Approved by", "Role", "Date"]):
        set_cell(ap.rows[0].cells[j], v, bold=True)
    for j, v in enumerate(["Chair, CLD Strategic Partnership", "Head of Service (Education)", "19/09/2024"]):
        set_cell(ap.rows[1].cells[j], v)
    doc.add_paragraph("Progress at: 10 March 2025")
    doc.save(os.path.join(HERE, fname))

    exp = {
        "source": ("Imitates a Scottish council's post-inspection action plan following an Education Scotland (HM Inspectors) inspection of "
                   "community learning and development (education.gov.scot 'Community learning and development inspections'; compare the "
                   "West Lothian and South Lanarkshire CLD action plans). Copied features: service line, title, inspection note and a "
                   "progress key sentence, quality-indicator style headings as Word headings, one table per area for development with "
                   "the 'Area for development N' label cell and the inspectors' text merged across the top row, 'What we will do / Lead / "
                   "By when / Measure of success / Progress' columns, initials and job titles as leads, an 'Ongoing' date and an approval table."),
        "reads": ("Three headed sections of a CLD improvement plan, with four tables, one per area for development from the inspection. "
                  "Each table lists numbered actions with a lead, a month, a measure of success and a progress word. The "
                  "'Area for development N' cell only labels the inspectors' text beside it, which is what the actions answer."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    }
    write_expected(fname, exp)


# ---------------------------------------------------------------------------
# 6. Stevenage SIAS internal audit tracker CSV with a mistyped month -> refuse
# ---------------------------------------------------------------------------
def stevenage():
    fname = "lk2-stevenage-bc-sias-internal-audit-recommendations-tracker-typo-month-refuse.csv"
    title = "Appendix C – Status of outstanding high and medium priority recommendations (as at 21 February 2025)"
    ncol = 10
    header = ["Audit Title", "Year", "Priority", "Recommendation", "Management Response", "Responsible Officer",
              "Original Due Date", "Revised Due Date", "Status", "Latest Update"]
    rows = [
        ["Housing Repairs – Responsive Repairs Contract Management", "2023/24", "High",
         "Contract KPIs should be reported monthly to the Repairs Contract Board and underperformance escalated in line with the contract.",
         "Monthly KPI dashboard to be produced and reviewed at the Repairs Contract Board, with default notices issued where KPIs are missed for three consecutive months.",
         "Assistant Director – Housing Property Services", "31/07/2024", "December 2024", "Implemented",
         "Dashboard reviewed at Board since August 2024; first default notice issued November 2024."],
        ["Cyber Security – Follow Up", "2023/24", "High",
         "Privileged accounts should be reviewed quarterly and removed when no longer required.",
         "Quarterly privileged account review to be introduced and evidenced on the ICT change log.",
         "Shared ICT Service Manager", "30/09/2024", "March 2025", "Partially implemented",
         "Two of four quarterly reviews completed; tooling to automate review being procured."],
        ["", "", "",
         "Staff cyber awareness training completion should be monitored and non-completion escalated to Assistant Directors.",
         "Training completion reports to be issued monthly to Assistant Directors and reported to SLT quarterly.",
         "Head of HR and OD", "31/10/2024", "", "Implemented", "Completion at 94%."],
        ["Procurement and Contract Management", "2024/25", "Medium",
         "The contracts register should be complete and published in line with the Local Government Transparency Code.",
         "All service areas to confirm contracts over £5,000 for inclusion; register to be published quarterly.",
         "Strategic Procurement Manager", "30/11/2024", "Mrach 2025", "Partially implemented",
         "Register published January 2025; three service areas still to confirm."],
        ["", "", "",
         "Waivers of Contract Procedure Rules should be recorded centrally and reported to Audit Committee annually.",
         "Central waiver log to be maintained by Procurement and an annual report presented to Audit Committee.",
         "Strategic Procurement Manager / Monitoring Officer", "31/12/2024", "", "Not implemented",
         "Log created; annual report scheduled for June 2025 committee."],
        ["Council Tax and NNDR", "2024/25", "Medium",
         "Reconciliations between the Council Tax system and the valuation list should be completed and signed off monthly.",
         "Monthly reconciliation to be completed by the Revenues Team Leader and signed off by the Revenues and Benefits Manager.",
         "Revenues and Benefits Manager", "31/01/2025", "", "Implemented", "Evidence seen for November to January."],
        ["Garage Management", "2024/25", "Medium",
         "Void garages should be reviewed to identify sites for disposal or redevelopment.",
         "Garage void review to be completed and an options report taken to the Executive.",
         "Head of Estates", "28/02/2025", "June 2025", "Partially implemented",
         "Site survey complete; options report to Executive in June."],
        ["", "", "",
         "Garage rent arrears should be pursued in line with the Corporate Debt Policy.",
         "Arrears over 60 days to be passed to the Income Recovery Team monthly.",
         "Income Recovery Manager", "31/03/2025", "", "Not yet due", ""],
    ]
    lines = [
        ["Stevenage Borough Council"] + [""] * (ncol - 1),
        ["Shared Internal Audit Service (SIAS) – Audit Committee 11 March 2025"] + [""] * (ncol - 1),
        [title] + [""] * (ncol - 1),
        [""] * ncol,
        header,
    ] + rows + [
        [""] * ncol,
        ["Status key: Implemented / Partially implemented / Not implemented / Not yet due"] + [""] * (ncol - 1),
        ["Total recommendations reported: 8"] + [""] * (ncol - 1),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for ln in lines:
        w.writerow(ln)
    data = buf.getvalue()
    with open(os.path.join(HERE, fname), "w", encoding="utf-8", newline="") as f:
        f.write(data)
    text_lines = data.split("\r\n")
    refuse_at = [i + 1 for i, t in enumerate(text_lines) if "Mrach 2025" in t]
    assert len(refuse_at) == 1
    exp = {
        "source": ("Imitates the appendix of a Shared Internal Audit Service (SIAS, Hertfordshire) progress report to a district "
                   "council audit committee listing outstanding high and medium priority recommendations (cf. SIAS progress reports to "
                   "Hertsmere, North Herts, East Herts and Welwyn Hatfield committees), saved as CSV. Copied features: council, meeting "
                   "and appendix title lines, audit title / year / priority shown once per audit (blank on following rows, as merged cells "
                   "export), recommendation and management response columns, original and revised due dates, SIAS status words, a status "
                   "key line and a total line."),
        "reads": ("Eight outstanding internal audit recommendations with management responses, owners and due dates. The revised due "
                  "date for the contracts register action reads 'Mrach 2025', a mistyped month, so a careful reader would stop and ask "
                  "which month was meant before importing."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_at[0],
        "title": title,
    }
    write_expected(fname, exp)


# ---------------------------------------------------------------------------
# 7. Uttlesford RSH regulatory notice housing improvement plan (plain text)
# ---------------------------------------------------------------------------
def uttlesford():
    fname = "lk2-uttlesford-dc-rsh-regulatory-notice-housing-improvement-plan.txt"
    title = "Housing Improvement Plan – response to the Regulator of Social Housing"
    status_map = {"C": "blue", "G": "green", "A": "amber", "R": "red"}
    secs = [
        ("1. Rent Standard",
         "Rents for 2021/22 and 2022/23 were set above the limit permitted by the Rent Standard.",
         [("1.1", "Refund overcharged rent to all affected current and former tenants, and to DWP for any Housing Benefit paid.",
           "Director of Housing and Head of Finance", ["Director of Housing", "Head of Finance"], "31/03/2024", "2024-03", None, "C",
           "2,247 refunds processed; DWP reimbursement agreed and paid."),
          ("1.2", "Introduce a two-stage sign-off of annual rent setting, with independent verification by internal audit.",
           "Section 151 Officer", ["Section 151 Officer"], "February 2025", "2025-02", None, "G",
           "2025/26 rent schedule verified by internal audit 20/12/2024; Cabinet sign-off due 13/02/2025.")]),
        ("2. Home Standard – health and safety compliance",
         "The council did not hold up-to-date stock condition data or complete compliance records for fire, gas, electrical, water and lift safety.",
         [("2.1", "Complete a 100% stock condition survey of the council's 2,800 homes.",
           "Head of Asset Management", ["Head of Asset Management"], "Jul-24", "2024-07", None, "C",
           "Survey complete; data loaded to the asset management system."),
          ("2.2", "Complete all outstanding high-priority fire risk assessment remedial actions.",
           "Compliance Manager", ["Compliance Manager"], "Mar-25", "2025-03", None, "A",
           "41 of 63 actions complete; fire door replacements waiting on supplier."),
          ("2.3", "Complete electrical installation condition reports (EICRs) for every home without a valid certificate.",
           "Compliance Manager", ["Compliance Manager"], "Jun 2025", "2025-06", None, "R",
           "Access refusals on 118 homes; legal route being agreed.")]),
        ("3. Damp and mould",
         "Damp and mould cases were not consistently logged, inspected or followed up.",
         [("3.1", "Adopt the Dampness, Mould and Condensation Policy and a single case management process.",
           "Head of Housing Management", ["Head of Housing Management"], "Oct 2024", "2024-10", None, "C",
           "Policy adopted by Cabinet 17/10/2024."),
          ("3.2", "Carry out a proactive damp and mould inspection of every void property before it is re-let.",
           "Voids Manager (Axis Europe)", ["Voids Manager (Axis Europe)"], "Ongoing", None, "Ongoing", "G",
           "100% of voids inspected since November.")]),
        ("4. Transparency, Influence and Accountability Standard",
         "Tenants had limited opportunity to scrutinise the council's performance as a landlord.",
         [("4.1", "Publish the Tenant Satisfaction Measures and the annual complaints performance report on the council website.",
           "Tenant Engagement Officer", ["Tenant Engagement Officer"], "30 June 2025", "2025-06", None, "G",
           "2023/24 TSMs published; 2024/25 survey under way.")]),
    ]
    out = []
    out.append("UTTLESFORD DISTRICT COUNCIL")
    out.append(title)
    out.append("Update for Housing Board – 16 January 2025")
    out.append("")
    out.append("Background: the council self-referred to the Regulator of Social Housing in 2023. The Regulator published a")
    out.append("regulatory notice; this plan sets out the actions agreed with the Regulator and is reported to every Housing Board.")
    out.append("")
    out.append("RAG key: C = Complete   G = On track   A = At risk   R = Off track")
    out.append("")
    out.append("-" * 78)
    expected = []
    counts = {"C": 0, "G": 0, "A": 0, "R": 0}
    for head, issue, acts in secs:
        out.append("")
        out.append(head)
        out.append("Issue: " + issue)
        out.append("")
        for ref, text, lead, leads, due, end, end_text, rag, prog in acts:
            out.append(f"{ref}  {text}")
            out.append(f"     Lead: {lead}")
            out.append(f"     Due: {due}")
            out.append(f"     RAG: {rag}")
            out.append(f"     Progress: {prog}")
            out.append("")
            counts[rag] += 1
            expected.append(act(ref, [head, issue], text, leads, end, status_map[rag], end_text=end_text))
        out.append("-" * 78)
    out.append("")
    n = sum(counts.values())
    out.append(f"Summary: {n} actions – {counts['C']} complete, {counts['G']} on track, {counts['A']} at risk, {counts['R']} off track")
    out.append("Next update: Housing Board, 20 March 2025")
    with open(os.path.join(HERE, fname), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")
    exp = {
        "source": ("Imitates a stock-holding district council's housing improvement plan responding to a Regulator of Social Housing "
                   "regulatory notice, reported to its Housing Board (Uttlesford self-referred after finding rents set above the Rent "
                   "Standard limit and weak damp and mould handling – uttlesford.moderngov.co.uk 'Housing Update'; Housing Board agenda "
                   "with damp and mould policy and Axis Europe). Plain-text export of the Word report: council name and title lines, a "
                   "background note, a letter RAG key, sections per regulatory standard with an 'Issue:' line, numbered actions followed "
                   "by indented Lead / Due / RAG / Progress lines, separator rules and a summary line."),
        "reads": ("A text plan with four sections, one per consumer or rent standard issue named by the Regulator. Under each issue "
                  "are numbered actions, each with an indented lead, due date, RAG letter and progress note; the summary line at the end "
                  "is not an action."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    }
    write_expected(fname, exp)


if __name__ == "__main__":
    hillingdon()
    suffolk()
    enfield()
    dhcw()
    renfrewshire()
    stevenage()
    uttlesford()
    print("done")
