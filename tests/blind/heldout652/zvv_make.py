#!/usr/bin/env python
"""Build the seven zvv- cases (data files and their .expected.yaml) for set heldout652."""
import csv, io, os, datetime as dt
import yaml
from openpyxl import Workbook
from openpyxl.styles import PatternFill, Font, Alignment, Border, Side
from docx import Document
from docx.shared import Pt
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.dirname(os.path.abspath(__file__))
FILL = {"R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0"}
thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def solid(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def write_yaml(name, doc):
    with open(os.path.join(OUT, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100000)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    """Write text into a docx cell; '\n' starts a new paragraph."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(parts[0]); r.bold = bold
    for extra in parts[1:]:
        r = cell.add_paragraph().add_run(extra); r.bold = bold


# ---------------------------------------------------------------------------
# 1. Quality Meat Scotland - internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def qms():
    name = "zvv-quality-meat-scotland-internal-audit-recommendations-tracker.xlsx"
    wb = Workbook()
    cov = wb.active; cov.title = "Cover"
    cov["A1"] = "Quality Meat Scotland"; cov["A1"].font = Font(bold=True, size=16)
    cov["A3"] = "Audit and Risk Committee"
    cov["A4"] = "18 November 2025 – Agenda item 6"
    cov["A5"] = "Internal Audit Recommendations Tracker"; cov["A5"].font = Font(bold=True, size=13)
    cov["A7"] = "Document control"; cov["A7"].font = Font(bold=True)
    for i, h in enumerate(["Version", "Date", "Prepared by", "Reviewed by"]):
        c = cov.cell(row=8, column=1 + i, value=h); c.font = Font(bold=True); c.border = BOX
    for i, v in enumerate(["v1.0", "06/11/2025", "Finance Manager", "Head of Finance and Corporate Services"]):
        cov.cell(row=9, column=1 + i, value=v).border = BOX
    cov["A11"] = "Purpose: to update the Committee on progress in implementing agreed internal audit recommendations."
    for col, w in zip("ABCD", [14, 14, 22, 40]):
        cov.column_dimensions[col].width = w

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of agreed actions by grade – position at 31 October 2025"; sm["A1"].font = Font(bold=True)
    hdr = ["Grade", "Total actions", "Implemented (B)", "On track (G)", "Revised date (A)", "Overdue (R)"]
    rows = [["High", 2, 1, 0, 0, 1], ["Medium", 4, 1, 2, 1, 0], ["Low", 2, 0, 2, 0, 0], ["Total", 8, 2, 4, 1, 1]]
    for i, h in enumerate(hdr):
        c = sm.cell(row=3, column=1 + i, value=h); c.font = Font(bold=True); c.border = BOX
    for r, row in enumerate(rows):
        for i, v in enumerate(row):
            c = sm.cell(row=4 + r, column=1 + i, value=v); c.border = BOX
            if row[0] == "Total": c.font = Font(bold=True)
    sm.column_dimensions["A"].width = 12
    for col in "BCDEF": sm.column_dimensions[col].width = 16

    ws = wb.create_sheet("Tracker")
    title = "Quality Meat Scotland – Internal Audit Recommendations Tracker"
    ws["A1"] = title; ws["A1"].font = Font(bold=True, size=14); ws.merge_cells("A1:J1")
    ws["A2"] = "Position at 31 October 2025 for Audit and Risk Committee, 18 November 2025"
    ws["A3"] = "Status key:  B = implemented   G = on track for agreed date   A = revised date agreed   R = overdue"
    ws["A3"].font = Font(italic=True)
    hdr = ["Audit review", "Ref", "Grade", "Recommendation", "Agreed management action", "Action owner",
           "Original target date", "Revised target date", "Status", "Progress update"]
    for i, h in enumerate(hdr):
        c = ws.cell(row=5, column=1 + i, value=h); c.font = Font(bold=True, color="FFFFFF")
        c.fill = solid("1F4E78"); c.alignment = WRAP; c.border = BOX
    D = dt.datetime
    LC = "Levy Collection and Compliance (Report 2024/25-03)"
    CS = "Cyber Security – Third Party Access (Report 2024/25-05)"
    BG = "Board Effectiveness and Governance (Report 2025/26-01)"
    recs = {
        "LC.1": "Management should reconcile monthly levy returns from processors to the levy ledger and investigate all variances over £500 within one month.",
        "LC.2": "QMS should document its approach to levy compliance visits and select levy payers for visits on a risk basis.",
        "CS.1": "A complete register of third parties with remote access to QMS systems should be maintained, supported by signed access agreements.",
        "CS.2": "Multi-factor authentication should be required for all external accounts.",
        "CS.3": "The Information Security Policy should refer to the controls over supplier access.",
        "BG.1": "The Board should undertake an externally facilitated evaluation of its effectiveness at least every three years.",
        "BG.2": "The register of Board members' interests should be published and kept up to date.",
    }
    # (review, ref, grade, action, owner, original, revised, status, update)
    data = [
        (LC, "LC.1", "High", "Introduce a monthly reconciliation of levy returns to the Sage ledger, signed off by the Finance Manager, with variances over £500 logged and investigated.",
         "Finance Manager", D(2025, 3, 31), D(2025, 9, 30), "B", "Reconciliations in place from April 2025; evidence reviewed by internal audit in October 2025."),
        (LC, "LC.2", "Medium", "Document the levy compliance visit procedure and present it to the Senior Leadership Team for approval.",
         "Head of Finance and Corporate Services", D(2025, 6, 30), D(2025, 12, 31), "A", "Draft procedure prepared; delayed by vacancy in levy team. Revised date agreed with internal audit."),
        (LC, "LC.2", "Medium", "Develop a risk-scoring model for selecting levy payers for compliance visits, using return history and throughput data.",
         "Finance Manager / Levy Compliance Officer", D(2025, 12, 31), None, "G", "Scoring criteria drafted; to be tested on Q3 returns."),
        (CS, "CS.1", "High", "Complete a register of all third-party suppliers with remote access to QMS systems and confirm each has a current access agreement.",
         "IT Manager", D(2025, 5, 31), D(2025, 10, 31), "R", "Register 80% complete; three suppliers have not returned signed agreements. Escalated to Chief Executive."),
        (CS, "CS.2", "Medium", "Enforce multi-factor authentication on all supplier accounts on the Microsoft 365 tenant.",
         "IT Manager", D(2025, 8, 31), None, "B", "Conditional access policy applied 21 August 2025."),
        (CS, "CS.3", "Low", "Update the Information Security Policy to reference the supplier access procedure and reissue it to staff.",
         "IT Manager; Head of Finance and Corporate Services", D(2026, 1, 31), None, "G", "Policy review scheduled for December 2025."),
        (BG, "BG.1", "Medium", "Carry out an externally facilitated review of Board effectiveness and report the findings to the Board.",
         "Chief Executive / Board Secretary", D(2026, 3, 31), None, "G", "Three quotes received; provider to be appointed in November 2025."),
        (BG, "BG.2", "Low", "Publish the register of Board members' interests on the QMS website and update it within 28 days of any change.",
         "Board Secretary", D(2025, 12, 31), None, "G", "Register being refreshed following two new Board appointments."),
    ]
    r0 = 6
    for i, (rev, ref, grade, action, owner, orig, revd, st, upd) in enumerate(data):
        r = r0 + i
        vals = [rev, ref, grade, recs[ref], action, owner, orig, revd, st, upd]
        for j, v in enumerate(vals):
            c = ws.cell(row=r, column=1 + j, value=v); c.alignment = WRAP; c.border = BOX
            if isinstance(v, dt.datetime): c.number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=9).fill = solid(FILL[st])
        ws.cell(row=r, column=9).alignment = Alignment(horizontal="center", vertical="top")
    # merge audit review over its rows, and ref/grade/recommendation for LC.2 (two actions)
    ws.merge_cells("A6:A8"); ws.merge_cells("A9:A11"); ws.merge_cells("A12:A13")
    for col in "BCD":
        ws.merge_cells(f"{col}7:{col}8")
    ws.cell(row=15, column=1, value="Grades: High – fundamental control weakness; Medium – significant weakness; Low – improvement to good practice.").font = Font(italic=True)
    for col, w in zip("ABCDEFGHIJ", [24, 7, 9, 45, 50, 24, 13, 13, 8, 45]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    wb.active = 2
    wb.save(os.path.join(OUT, name))

    acts = []
    for rev, ref, grade, action, owner, orig, revd, st, upd in data:
        end = (revd or orig).strftime("%Y-%m")
        leads = {"Finance Manager / Levy Compliance Officer": ["Finance Manager", "Levy Compliance Officer"],
                 "IT Manager; Head of Finance and Corporate Services": ["IT Manager", "Head of Finance and Corporate Services"],
                 "Chief Executive / Board Secretary": ["Chief Executive", "Board Secretary"]}.get(owner, [owner])
        acts.append(act(ref, [rev, recs[ref]], action, leads, end,
                        {"B": "blue", "G": "green", "A": "amber", "R": "red"}[st]))
    write_yaml(name, {
        "source": "Imitates a Scottish NDPB's internal audit recommendations tracker as taken to its Audit and Risk Committee (Quality Meat Scotland, November 2025; layout after the follow-up trackers Scottish public bodies publish in ARC papers). Copied features: cover sheet with document-control table, a Summary sheet with a totals table by grade, the tracker on a third sheet with title and position lines, a status letter key, audit review merged down its rows, a recommendation (with ref and grade) merged over two agreed actions, original and revised target dates as date cells, letter RAG with matching fill, job titles and two posts in one owner cell, a grades note line below.",
        "reads": "Three sheets: a cover, a summary of counts, and the tracker itself. The tracker lists eight agreed management actions from three internal audit reports, each under its audit review and recommendation, with owner, original and revised dates, a B/G/A/R status and a progress update.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": acts,
    })
    return len(acts)


# ---------------------------------------------------------------------------
# 2. Accountant in Bankruptcy - corporate risk register (xlsx, refuse)
# ---------------------------------------------------------------------------
def aib():
    name = "zvv-accountant-in-bankruptcy-corporate-risk-register-2025-26-typo-month-refuse.xlsx"
    wb = Workbook(); ws = wb.active; ws.title = "Corporate Risk Register"
    title = "Accountant in Bankruptcy – Corporate Risk Register 2025-26"
    ws["A1"] = title; ws["A1"].font = Font(bold=True, size=14); ws.merge_cells("A1:O1")
    ws["A2"] = "Reviewed by Executive Management Team 14 October 2025 – for Audit and Risk Committee 4 November 2025"
    groups = [("A4:C4", "Risk"), ("D4:F4", "Inherent risk"), ("G4:G4", "Mitigation in place"),
              ("H4:J4", "Residual risk"), ("K4:K4", "Trend"), ("L4:O4", "Further action")]
    for rng, txt in groups:
        c = ws[rng.split(":")[0]]; c.value = txt; c.font = Font(bold=True, color="FFFFFF")
        c.fill = solid("244062"); c.alignment = Alignment(horizontal="center")
        if rng.split(":")[0] != rng.split(":")[1]:
            ws.merge_cells(rng)
    hdr = ["Ref", "Risk description", "Risk owner", "L", "I", "Score", "Current controls", "L", "I", "Score",
           "Trend", "Further actions required", "Action owner", "Target date", "Action status"]
    for i, h in enumerate(hdr):
        c = ws.cell(row=5, column=1 + i, value=h); c.font = Font(bold=True); c.fill = solid("DCE6F1")
        c.border = BOX; c.alignment = WRAP
    risks = [
        ("CR01", "Replacement case management system: failure to deliver the replacement for AiB Online on time and within budget, leading to continued reliance on an unsupported platform.",
         "Chief Executive", (4, 4), "Programme board meets monthly; Digital Assurance Office oversight; fixed-price supplier contract.", (3, 4), "→",
         [("Complete supplier re-plan and agree revised delivery milestones with the Digital Assurance Office", "Head of Digital", "Nov-25", "On track"),
          ("Hold Gateway 3 (investment decision) assurance review", "Programme Manager", "Jan-26", "On track"),
          ("Recruit two contract business analysts to backfill programme roles", "Head of Digital / HR Business Partner", "Dec-25", "At risk")]),
        ("CR02", "Cyber security: a successful cyber attack leads to loss of debtor and creditor data or of service availability.",
         "Director of Corporate Services", (4, 5), "Scottish Government shared ICT security services; annual penetration test; mandatory staff training.", (2, 5), "→",
         [("Complete Cyber Essentials Plus re-certification", "Head of Digital", "Mar-26", "On track"),
          ("Run a cyber incident tabletop exercise with the Executive Management Team", "Head of Corporate Services", "Dec-25", "On track")]),
        ("CR03", "Workforce: insufficient capacity and specialist insolvency skills to meet statutory casework timescales.",
         "Director of Operations", (4, 3), "Workforce plan 2025-28; caseworker training programme; monthly casework performance reporting.", (3, 3), "↑",
         [("Implement the caseworker career pathway set out in the 2025-28 workforce plan", "Head of People", "Mar-26", "On track"),
          ("Complete succession plans for all single-point-of-failure roles", "Head of People", "Febuary 2026", "Not started")]),
        ("CR04", "Finance: reduced Scottish Government budget settlement and lower fee income lead to an unfunded gap in 2026-27.",
         "Director of Corporate Services", (3, 4), "Monthly budget monitoring; fee income forecasting model; sponsor team engagement.", (3, 3), "↓",
         [("Agree 2026-27 budget and fee income assumptions with the sponsor team", "Director of Corporate Services", "Jan-26", "On track"),
          ("Submit fees regulations uplift proposal to Ministers", "Director of Policy", "Jun-26", "On track")]),
    ]
    r = 6
    typo_row = None
    for ref, desc, owner, (l, i), ctrl, (rl, ri), trend, actions in risks:
        start = r
        for k, (a, ao, td, st) in enumerate(actions):
            vals = [ref, desc, owner, l, i, l * i, ctrl, rl, ri, rl * ri, trend, a, ao, td, st]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v if (k == 0 or j >= 11) else None)
                c.alignment = WRAP; c.border = BOX
            if td.startswith("Febuary"):
                typo_row = r
            r += 1
        for j in range(11):
            col = ws.cell(row=start, column=1 + j).column_letter
            if r - 1 > start:
                ws.merge_cells(f"{col}{start}:{col}{r - 1}")
        for sc, score in ((6, l * i), (10, rl * ri)):
            ws.cell(row=start, column=sc).fill = solid("FF0000" if score >= 15 else "FFC000" if score >= 8 else "92D050")
    ws.cell(row=r + 1, column=1, value="Trend: ↑ risk increasing   → no change   ↓ risk decreasing. Scores: L × I; 15-25 high, 8-12 medium, 1-6 low.").font = Font(italic=True)
    for col, w in zip("ABCDEFGHIJKLMNO", [7, 45, 20, 4, 4, 7, 40, 4, 4, 7, 7, 45, 24, 13, 13]):
        ws.column_dimensions[col].width = w
    mx = wb.create_sheet("Scoring matrix")
    mx["A1"] = "Likelihood and impact scoring"; mx["A1"].font = Font(bold=True)
    for i, (s, lk, im) in enumerate([(1, "Rare", "Negligible"), (2, "Unlikely", "Minor"), (3, "Possible", "Moderate"),
                                      (4, "Likely", "Major"), (5, "Almost certain", "Severe")]):
        mx.cell(row=3 + i, column=1, value=s); mx.cell(row=3 + i, column=2, value=lk); mx.cell(row=3 + i, column=3, value=im)
    wb.save(os.path.join(OUT, name))
    assert typo_row == 12, typo_row
    write_yaml(name, {
        "source": "Imitates a Scottish Government executive agency's corporate risk register as reviewed by its Executive Management Team and Audit and Risk Committee (Accountant in Bankruptcy, 2025-26; layout after Scottish public-body registers following the SPFM proforma). Copied features: title and review line, two-tier header (Risk / Inherent / Mitigation / Residual / Trend / Further action), risk cells merged down over several further-action rows, L × I scores with fill, trend arrows, target dates typed as text (Nov-25), a scoring key note and a separate scoring-matrix sheet.",
        "reads": "Four corporate risks, each with inherent and residual scores and two or three further actions with an owner, target date and status. The target date of the action 'Complete succession plans for all single-point-of-failure roles' (sheet row 12) is typed 'Febuary 2026', a mistyped month, so a careful reader stops and asks before reading the plan.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": title,
    })
    return 0


# ---------------------------------------------------------------------------
# 3. PSNI - ICO penalty notice remediation tracker, Monday.com export (xlsx)
# ---------------------------------------------------------------------------
def psni():
    name = "zvv-psni-ico-penalty-notice-remediation-tracker.xlsx"
    wb = Workbook(); ws = wb.active; ws.title = "ICO Remediation Tracker"
    title = "PSNI – ICO Penalty Notice Remediation Tracker"
    ws["A1"] = title; ws["A1"].font = Font(bold=True, size=16)
    ws["A2"] = "Information Governance Board – actions arising from the ICO penalty notice of October 2024"
    cols = ["Name", "Ref", "Owner", "Stage", "RAG", "Due date", "Update", "Item ID"]
    groups = [
        ("Workstream 1 – FOI disclosure controls", "579BE5", [
            ("Introduce a mandatory second-person check of every FOI response that includes a spreadsheet or dataset before release", "1.1", "Gemma Rooney", "Done", "Complete", "2025-03-31", "In place since March; spot checks monthly", "1834567201"),
            ("Configure the disclosure system to remove hidden tabs, metadata and pivot caches from attachments automatically", "1.2", "Mark Hutchinson, Aidan Corr", "Working on it", "Amber", "2025-12-19", "Supplier change request raised; testing in November", "1834567214"),
            ("Deliver refresher training on safe disclosure to all staff in Corporate Information Branch", "1.3", "Gemma Rooney", "Working on it", "Green", "2026-01-30", "62% complete", "1834567230"),
        ]),
        ("Workstream 2 – Data classification and handling", "FDAB3D", [
            ("Apply sensitivity labels to all HR datasets held in SharePoint and block external sharing of OFFICIAL-SENSITIVE files", "2.1", "Mark Hutchinson", "Stuck", "Red", "2025-09-30", "Licensing delay – revised plan to IGB in December", "1834567255"),
            ("Review the information asset register and confirm an Information Asset Owner for every asset holding officer or staff data", "2.2", "Louise Grant", "Working on it", "Green", "2026-03-31", "Directorate returns due 14 November", "1834567268"),
            ("Publish a data minimisation standard for internal management information reports", "2.3", "Louise Grant", "Not started", "", "2026-06-30", "", "1834567281"),
        ]),
        ("Workstream 3 – Assurance and reporting to the ICO", "00C875", [
            ("Commission an independent assurance review of the remediation programme", "3.1", "Ruth Caldwell", "Working on it", "Green", "2026-02-27", "Terms of reference agreed with Audit and Risk Assurance Committee chair", "1834567302"),
            ("Send six-monthly progress reports to the ICO", "3.2", "Ruth Caldwell, Gemma Rooney", "Done", "Complete", "2025-10-31", "Second report sent 29 October 2025", "1834567315"),
            ("Report remediation progress to the Policing Board Performance Committee", "3.3", "Ruth Caldwell", "Working on it", "Amber", "2025-12-04", "Paper drafted; awaiting assurance review scope", "1834567329"),
        ]),
    ]
    rag_fill = {"Complete": "0070C0", "Green": "00C875", "Amber": "FDAB3D", "Red": "E2445C"}
    r = 4
    acts = []
    for gname, gcol, items in groups:
        c = ws.cell(row=r, column=1, value=gname); c.font = Font(bold=True, size=13, color=gcol)
        r += 1
        for i, h in enumerate(cols):
            c = ws.cell(row=r, column=1 + i, value=h); c.font = Font(bold=True); c.fill = solid("F0F0F0")
        r += 1
        for it in items:
            for i, v in enumerate(it):
                ws.cell(row=r, column=1 + i, value=v)
            if it[4]:
                ws.cell(row=r, column=5).fill = solid(rag_fill[it[4]])
                ws.cell(row=r, column=5).font = Font(color="FFFFFF")
            leads = [p.strip() for p in it[2].split(",")]
            st = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red", "": "unrated"}[it[4]]
            acts.append(act(it[1], [gname], it[0], leads, it[5][:7], st))
            r += 1
        r += 1
    for col, w in zip("ABCDEFGH", [70, 6, 28, 14, 10, 12, 45, 12]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, name))
    write_yaml(name, {
        "source": "Imitates a Monday.com board exported to Excel by a police service tracking remediation after an ICO penalty notice (PSNI, 2025, following the 2023 FOI disclosure and the ICO's October 2024 penalty). Copied features of a Monday export: board name in row 1 and board description in row 2, one block per group with the group name as a coloured row and its own repeated column-header row, blank row between groups, item name first, people column with full names separated by commas, Stage status labels (Done / Working on it / Stuck / Not started) beside a RAG status column with label fills, ISO due dates as text, Item ID column.",
        "reads": "Three workstream groups of three items each: nine remediation actions with a ref, named owners (two people in two cells), a stage, a RAG label and a due date. One not-started item has no RAG label.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": acts,
    })
    return len(acts)


# ---------------------------------------------------------------------------
# 4. Kendal Town Council - governance review action plan (docx)
# ---------------------------------------------------------------------------
def kendal():
    name = "zvv-kendal-town-council-governance-review-action-plan.docx"
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10)
    doc.add_paragraph().add_run("Kendal Town Council").bold = True
    title = "Independent Governance Review – Action Plan"
    doc.add_heading(title, level=1)
    doc.add_paragraph("Adopted by Full Council on 22 May 2025 (minute FC/25/041). Progress update for the Policy and Resources Committee, 9 October 2025.")
    t = doc.add_table(rows=1, cols=4); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Change"]):
        set_cell(c, h, bold=True)
    for row in [("1.0", "22/05/2025", "Town Clerk", "Adopted by Full Council"),
                ("1.3", "01/10/2025", "Deputy Town Clerk", "Progress column updated for P&R")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row): set_cell(c, v)
    doc.add_paragraph()
    doc.add_paragraph().add_run("RAG key").bold = True
    k = doc.add_table(rows=3, cols=2); k.style = "Table Grid"
    for row, (col, txt) in zip(k.rows, [("FF0000", "Not started / behind target"), ("FFC000", "In progress"), ("00B050", "Completed")]):
        shade(row.cells[0], col); set_cell(row.cells[1], txt)
    sections = [
        ("Section 1 – Standing Orders and Financial Regulations", [
            ("R1: Standing Orders should be updated to the current NALC model and reviewed every year.", [
                ("1.1", "Adopt revised Standing Orders based on the 2024 NALC model", "Town Clerk", "July 2025", "G", "Adopted at Full Council 17 July 2025."),
                ("1.2", "Add an annual review of Standing Orders and Financial Regulations to the agenda of the Annual Meeting", "Town Clerk", "May 2026", None, "Not yet due."),
            ]),
            ("R2: Financial Regulations must set clear limits for officer spending and for virement between budget heads.", [
                ("1.3", "Adopt updated Financial Regulations with a schedule of officer spending limits", "Town Clerk / RFO", "30/09/2025", "G", "Adopted 25 September 2025."),
            ]),
        ]),
        ("Section 2 – Committees and delegation", [
            ("R3: The council should review its committee structure and publish terms of reference for every committee and working group.", [
                ("2.1", "Review the committee structure and bring proposals to Full Council", "Cllr Hughes & Cllr Patel", "Sept 2025 – Jan 2026", "A", "Member workshop held 11 September; options paper in preparation."),
                ("2.2", "Publish terms of reference for all committees and working groups on the council website", "Deputy Town Clerk", "Jan 2026", "A", "Drafts prepared for four of six committees."),
            ]),
            ("R4: A scheme of delegation to officers should be adopted.", [
                ("2.3", "Draft a scheme of delegation to the Town Clerk for adoption by Full Council", "Town Clerk", "Nov 2025", "R", "Delayed pending outcome of committee structure review (2.1)."),
            ]),
        ]),
        ("Section 3 – Staffing and councillor development", [
            ("R5: Staff appraisals, including the Town Clerk's, should be carried out every year by a properly constituted panel.", [
                ("3.1", "Establish an HR Panel of three councillors with written terms of reference", "Full Council", "June 2025", "G", "Panel appointed 19 June 2025."),
                ("3.2", "Complete the Town Clerk's annual appraisal and agree objectives for 2025/26", "HR Panel", "Oct 2025", "G", "Appraisal completed 2 October 2025."),
            ]),
            ("R6: Councillors should receive training on their role, the Code of Conduct and the council's duties as an employer.", [
                ("3.3", "Arrange training on the Code of Conduct and employer responsibilities for all councillors", "Town Clerk", "Ongoing", "A", "Nine of eighteen councillors trained to date."),
                ("3.4", "Keep a log of training attended by each councillor and report it to Full Council each year", "Deputy Town Clerk", "Mar 2026", "A", "Log set up; first report due March 2026."),
            ]),
        ]),
    ]
    hdr = ["Ref", "Review recommendation", "Action", "Lead", "Target", "RAG", "Progress (October 2025)"]
    acts = []
    lead_map = {"Town Clerk / RFO": ["Town Clerk", "RFO"], "Cllr Hughes & Cllr Patel": ["Cllr Hughes", "Cllr Patel"]}
    months = {"July 2025": "2025-07", "May 2026": "2026-05", "30/09/2025": "2025-09", "Sept 2025 – Jan 2026": "2026-01",
              "Jan 2026": "2026-01", "Nov 2025": "2025-11", "June 2025": "2025-06", "Oct 2025": "2025-10",
              "Ongoing": None, "Mar 2026": "2026-03"}
    for sec, recs in sections:
        doc.add_paragraph()
        doc.add_heading(sec, level=2)
        n = sum(len(a) for _, a in recs)
        t = doc.add_table(rows=1 + n, cols=7); t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, hdr):
            set_cell(c, h, bold=True); shade(c, "D9E2F3")
        ri = 1
        for rec, actions in recs:
            first = ri
            for ref, a, lead, tgt, rag, prog in actions:
                cells = t.rows[ri].cells
                set_cell(cells[0], ref); set_cell(cells[2], a); set_cell(cells[3], lead)
                set_cell(cells[4], tgt); set_cell(cells[6], prog)
                if rag: shade(cells[5], FILL[rag])
                end = months[tgt]
                status = {"G": "blue", "A": "amber", "R": "red", None: "unrated"}[rag]
                et = {"Sept 2025 – Jan 2026": "Sept 2025 – Jan 2026", "Ongoing": "Ongoing"}.get(tgt)
                acts.append(act(ref, [sec, rec], a, lead_map.get(lead, [lead]), end, status, et))
                ri += 1
            mc = t.cell(first, 1).merge(t.cell(ri - 1, 1)) if ri - 1 > first else t.cell(first, 1)
            set_cell(mc, rec)
    doc.add_paragraph()
    doc.add_paragraph("Note: actions marked green will be removed from the plan once reported to Full Council.")
    doc.save(os.path.join(OUT, name))
    write_yaml(name, {
        "source": "Imitates a town council's action plan following an independent governance review, as taken to its Policy and Resources Committee (Kendal Town Council, 2025; layout after the governance review action plans English town and parish councils publish with committee papers). Copied features: council name line, heading, adoption/minute line, version-history table, a RAG key table whose green means 'Completed' (no blue), one table per section under its own heading, review recommendation merged down over its actions, RAG shown only as cell fill, two posts and two councillors in one lead cell, a period and 'Ongoing' as targets, a closing note line.",
        "reads": "Three sections, each a table of numbered actions under the review recommendations they answer, with lead, target month, fill-colour RAG and an October 2025 progress note. The key makes green mean completed, so green actions are read as complete; one action not yet due has no colour.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": acts,
    })
    return len(acts)


# ---------------------------------------------------------------------------
# 5. Emmaus UK - Charity Commission regulatory compliance action plan (docx)
# ---------------------------------------------------------------------------
def emmaus():
    name = "zvv-emmaus-uk-charity-commission-regulatory-compliance-action-plan.docx"
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10)
    title = "Charity Commission Regulatory Compliance Case – Trustees' Action Plan"
    doc.add_paragraph().add_run("Emmaus UK").bold = True
    doc.add_heading(title, level=1)
    doc.add_paragraph("Case reference: C-0784512\nAction plan agreed with the Commission: 27 June 2025\nProgress reported to the Board of Trustees: 16 October 2025")
    doc.add_paragraph("RAG: Blue – complete; Green – on track to meet deadline; Amber – at risk of missing deadline; Red – deadline missed.")
    themes = [
        ("A. Governance and oversight by the trustees", "Trustees did not have sufficient oversight of decisions taken by the executive between Board meetings.", [
            ("A1", "Review and re-adopt the scheme of delegation, setting out the decisions reserved to the Board.", "Chair of Trustees", "31 July 2025", "Blue", "Adopted by the Board 24 July 2025; copy sent to the Commission."),
            ("A2", "Introduce a quarterly report to the Board from the CEO on decisions taken under delegated authority.", "CEO", "30 September 2025", "Blue", "First report received at September Board."),
            ("A3", "Commission an independent governance review against the Charity Governance Code and publish the trustees' response.", "Chair of Trustees / Vice Chair", "March 2026", "Green", "Reviewer appointed; fieldwork November–December 2025."),
        ]),
        ("B. Conflicts of interest", "Conflicts of interest were not consistently declared or recorded, including in relation to a property transaction.", [
            ("B1", "Adopt a new conflicts of interest policy.\nRecord declarations of interest as a standing item at every Board and committee meeting.", "Company Secretary", "31 August 2025", "Blue", "Policy adopted 24 July 2025; standing item in place from August."),
            ("B2", "Obtain and file annual declarations of interest from every trustee and senior manager.", "Company Secretary", "31 October 2025", "Amber", "11 of 14 returns received."),
        ]),
        ("C. Financial controls", "Controls over the release of funds to member communities were not operating as described in the annual report.", [
            ("C1", "Update the grants and loans procedure so that every release over £25,000 is approved by two trustees.", "Treasurer", "31 August 2025", "Blue", "Procedure updated and in use."),
            ("C2", "Ask the internal auditors to test the revised controls and report to the Finance and Audit Committee.", "Treasurer; Director of Finance", "January 2026", "Green", "Included in 2025/26 internal audit plan (Q3)."),
        ]),
        ("D. Reporting to the Commission", "The charity did not report a serious incident to the Commission promptly.", [
            ("D1", "Adopt a serious incident reporting procedure and train all trustees and senior managers in its use.", "CEO", "30 September 2025", "Red", "Procedure drafted; training session rescheduled to 12 November 2025."),
            ("D2", "Report progress against this action plan to the Commission's case officer every three months until the case is closed.", "Chair of Trustees", "Quarterly", "Green", "Reports sent 30 July and 15 October 2025."),
        ]),
    ]
    hdr = ["No.", "Commission's concern", "Action the trustees will take", "Responsible", "Deadline", "RAG", "Evidence / progress"]
    nrows = 1 + sum(1 + len(a) for _, _, a in themes)
    t = doc.add_table(rows=nrows, cols=7); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, hdr):
        set_cell(c, h, bold=True); shade(c, "BFBFBF")
    rag_fill = {"Blue": "8DB3E2", "Green": "C6EFCE", "Amber": "FFEB9C", "Red": "FFC7CE"}
    months = {"31 July 2025": "2025-07", "30 September 2025": "2025-09", "March 2026": "2026-03", "31 August 2025": "2025-08",
              "31 October 2025": "2025-10", "January 2026": "2026-01", "Quarterly": None}
    lead_map = {"Chair of Trustees / Vice Chair": ["Chair of Trustees", "Vice Chair"],
                "Treasurer; Director of Finance": ["Treasurer", "Director of Finance"]}
    ri = 1; acts = []
    for theme, concern, actions in themes:
        m = t.cell(ri, 0).merge(t.cell(ri, 6)); set_cell(m, theme, bold=True); shade(m, "F2F2F2")
        ri += 1; first = ri
        for ref, a, who, dl, rag, ev in actions:
            cells = t.rows[ri].cells
            set_cell(cells[0], ref); set_cell(cells[2], a); set_cell(cells[3], who); set_cell(cells[4], dl)
            set_cell(cells[5], rag); shade(cells[5], rag_fill[rag]); set_cell(cells[6], ev)
            acts.append(act(ref, [theme, concern], a, lead_map.get(who, [who]), months[dl], rag.lower(),
                            "Quarterly" if dl == "Quarterly" else None))
            ri += 1
        mc = t.cell(first, 1).merge(t.cell(ri - 1, 1)); set_cell(mc, concern)
    doc.add_paragraph()
    doc.add_paragraph().add_run("Signed on behalf of the trustees").bold = True
    s = doc.add_table(rows=2, cols=3); s.style = "Table Grid"
    for c, h in zip(s.rows[0].cells, ["Name", "Role", "Date"]): set_cell(c, h, bold=True)
    for c, v in zip(s.rows[1].cells, ["Helen Marsh", "Chair of Trustees", "16/10/2025"]): set_cell(c, v)
    doc.save(os.path.join(OUT, name))
    write_yaml(name, {
        "source": "Imitates a charity trustees' action plan agreed with the Charity Commission in a regulatory compliance case, with a progress column for the Board (Emmaus UK, 2025; layout after the action plans the Commission sets out in its regulatory compliance and inquiry reports, which trustees then track). Copied features: charity name line, heading, case reference / agreed / reported lines in one paragraph, a RAG key sentence with blue for complete, one table with merged theme rows (A.–D.) across all columns, the Commission's concern merged down over its actions, an action cell of two paragraphs, RAG words with pale fills, two posts in one responsible cell, 'Quarterly' as a deadline, a signature table after the plan.",
        "reads": "Four lettered themes, each with the Commission's concern and the trustees' numbered actions (A1, A2 ...), with who is responsible, a deadline, a Blue/Green/Amber/Red rating and evidence of progress. Nine actions in all; the signature table is not part of the plan.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": acts,
    })
    return len(acts)


# ---------------------------------------------------------------------------
# 6. Apex Housing Association - Planner export (csv)
# ---------------------------------------------------------------------------
def apex():
    name = "zvv-apex-housing-association-dfc-regulatory-assessment-improvement-plan.csv"
    title = "DfC Regulatory Assessment 2025 – Improvement Plan"
    hdr = ["Task Name", "Bucket Name", "Progress", "Priority", "Assigned To", "Created By", "Created Date",
           "Start date", "Due date", "Late", "Completed Date", "Labels", "Description"]
    G = "Governance"; F = "Financial viability"; T = "Consumer outcomes – tenant services"; S = "Consumer outcomes – repairs & safety"
    rows = [
        ["Complete a skills audit of the Board and recruit two members with housing finance and assurance expertise", G, "In progress", "Important", "Siobhan Kerr;Declan Rafferty", "Declan Rafferty", "12/06/2025", "01/07/2025", "31/03/2026", "false", "", "Green", "Skills audit complete; recruitment pack with Board Chair"],
        ["Revise the Board assurance framework so that each regulatory standard has a named source of assurance", G, "Completed", "Medium", "Declan Rafferty", "Declan Rafferty", "12/06/2025", "01/07/2025", "30/09/2025", "false", "22/09/2025", "", "Approved by Audit and Risk Committee 18/09/2025"],
        ["Stress test the 30-year business plan against combined interest rate and inflation scenarios", F, "In progress", "Urgent", "Grainne Lavery", "Declan Rafferty", "12/06/2025", "01/08/2025", "31/12/2025", "false", "", "Amber", "Scenarios agreed, modelling by external consultant"],
        ["Report loan covenant headroom to the Audit and Risk Committee at every meeting", F, "Completed", "Important", "Grainne Lavery", "Declan Rafferty", "12/06/2025", "01/07/2025", "31/08/2025", "false", "28/08/2025", "", "Standing item from August meeting"],
        ["Publish tenant satisfaction results and the actions taken in response on the Apex website", T, "Not started", "Medium", "Aoife Breslin", "Declan Rafferty", "12/06/2025", "", "28/02/2026", "false", "", "", ""],
        ["Review the complaints policy against the NIPSO model complaints handling procedure", T, "In progress", "Important", "Aoife Breslin;Ruairi Quinn", "Declan Rafferty", "12/06/2025", "01/09/2025", "31/10/2025", "true", "", "Red", "Draft policy delayed, tenant consultation extended to 21 November"],
        ["Complete fire risk assessment remedial actions in all high-rise and sheltered schemes", S, "In progress", "Urgent", "Colm Devlin", "Declan Rafferty", "12/06/2025", "01/07/2025", "31/01/2026", "false", "", "Amber", "41 of 58 actions closed"],
        ["Introduce a damp and mould case management process with a 10 working day inspection target", S, "In progress", "Important", "Colm Devlin;Aoife Breslin", "Declan Rafferty", "12/06/2025", "15/08/2025", "15/12/2025", "false", "", "Green", "Process live in North West area; roll-out to other areas in November"],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["Plan name", title])
    w.writerow(["Export date", "04/11/2025"])
    w.writerow([])
    w.writerow(hdr)
    for r in rows: w.writerow(r)
    with open(os.path.join(OUT, name), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())
    acts = []
    for r in rows:
        d, m, y = r[8].split("/")
        st = "blue" if r[2] == "Completed" else {"Green": "green", "Amber": "amber", "Red": "red", "": "unrated"}[r[11]]
        acts.append(act(None, [r[1]], r[0], r[4].split(";"), f"{y}-{m}", st))
    write_yaml(name, {
        "source": "Imitates a Microsoft Planner plan exported to Excel and saved as CSV by a Northern Ireland housing association tracking its improvement plan after a Department for Communities regulatory assessment (Apex Housing Association, 2025). Copied features of a Planner export: 'Plan name' and 'Export date' lines above the task table, Planner column names (Task Name, Bucket Name, Progress, Priority, Assigned To, Created By, Start date, Due date, Late, Completed Date, Labels, Description), buckets as themes, semicolon-separated assignees, dd/mm/yyyy dates, Progress values Not started / In progress / Completed and RAG held in Labels.",
        "reads": "A plan name line, an export date and a table of eight tasks in four buckets, each with assignees, a due date, a Planner progress value and a Red/Amber/Green label; completed tasks have no label and one not-started task has none. Tasks have no refs.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": acts,
    })
    return len(acts)


# ---------------------------------------------------------------------------
# 7. Libraries NI - ARAC action log (tab-separated txt)
# ---------------------------------------------------------------------------
def libni():
    name = "zvv-libraries-ni-audit-and-risk-assurance-committee-action-log.txt"
    title = "Libraries NI Audit and Risk Assurance Committee – Action Log"
    BF = "Actions brought forward"
    NEW = "New actions – meeting of 25 September 2025"
    lines = [title, "Updated 2 October 2025 following the meeting held on 25 September 2025", "",
             "\t".join(["Ref", "Meeting", "Minute", "Action", "Responsible", "Due", "RAG", "Update"]), BF]
    acts = []

    def row(ref, meet, minute, action, who, due, rag, upd, leads, end, status, end_text=None, under=None, cont=None):
        lines.append("\t".join([ref, meet, minute, action, who, due, rag, upd]))
        text = action
        if cont:
            lines.append("\t".join(["", "", "", cont, "", "", "", ""]))
            text = action + "\n" + cont
        acts.append(act(ref, [under], text, leads, end, status, end_text))

    row("ARAC/24/31", "28/11/2024", "6.2", "Provide an update on the review of the stock procurement framework, including the value for money assessment.",
        "Director of Finance & Corporate Services", "Dec-25", "Amber", "Framework extension approved by DfC; VfM assessment to December meeting.",
        ["Director of Finance & Corporate Services"], "2025-12", "amber", under=BF)
    row("ARAC/25/07", "27/02/2025", "5.1", "Present the revised Fraud Response Plan for approval.",
        "Head of Governance", "Jun-25", "Complete", "Approved 26 June 2025.", ["Head of Governance"], "2025-06", "blue", under=BF)
    row("ARAC/25/15", "29/05/2025", "8", "Circulate the NIAO report on cyber resilience to members and map its recommendations to the Libraries NI cyber action plan.",
        "Head of ICT / Head of Governance", "Sep-25", "Red", "Report circulated; mapping not yet complete.",
        ["Head of ICT", "Head of Governance"], "2025-09", "red", under=BF)
    row("ARAC/25/18", "26/06/2025", "10.3", "Arrange a deep-dive on the corporate risk on library estate condition.",
        "Chief Executive", "Next meeting", "Green", "Scheduled for 27 November 2025.", ["Chief Executive"], None, "green", "Next meeting", under=BF)
    lines.append(NEW)
    row("ARAC/25/24", "25/09/2025", "4", "Amend the minutes of 26 June 2025 at item 7 to record the Committee's request for quarterly whistleblowing reports.",
        "Committee Secretary", "Oct-25", "Complete", "Done.", ["Committee Secretary"], "2025-10", "blue", under=NEW)
    row("ARAC/25/25", "25/09/2025", "6.1", "Provide a breakdown of outstanding priority 1 and 2 internal audit recommendations by directorate.",
        "Head of Internal Audit", "Nov-25", "Green", "", ["Head of Internal Audit"], "2025-11", "green", under=NEW,
        cont="Include the revised dates and the reason for each revision.")
    row("ARAC/25/26", "25/09/2025", "7", "Report the outcome of the National Fraud Initiative 2024/25 data matching exercise.",
        "Finance Manager", "31/03/2026", "Green", "", ["Finance Manager"], "2026-03", "green", under=NEW)
    row("ARAC/25/27", "25/09/2025", "9", "Agree with the Department for Communities the timetable for 2026-27 budget returns and brief members.",
        "Jill Lennox and Stephen Moore", "January 2026", "Green", "", ["Jill Lennox", "Stephen Moore"], "2026-01", "green", under=NEW)
    lines += ["", "RAG: Green – on track; Amber – at risk of slipping; Red – overdue; Complete – to be removed from the log after the next meeting."]
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    write_yaml(name, {
        "source": "Imitates a Northern Ireland arm's-length body's Audit and Risk Assurance Committee action log (Libraries NI, October 2025; layout after the ARAC action logs NI public bodies publish with committee papers), saved as tab-separated text. Copied features: title and 'updated' lines, a header row, 'Actions brought forward' and 'New actions' heading lines, ARAC/yy/nn refs with meeting date and minute number, job titles (one containing '&') and two named people as responsible, due dates as Dec-25 / 31/03/2026 / January 2026 / 'Next meeting', RAG words including Complete, one action whose second sentence is on a continuation line with only the action column filled, and a RAG key line at the end.",
        "reads": "An action log of eight committee actions in two groups, brought forward and new, each with its ref, meeting, minute, responsible officer, due date, RAG and update. One action's text runs onto a continuation line.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": acts,
    })
    return len(acts)


if __name__ == "__main__":
    for fn in (qms, aib, psni, kendal, emmaus, apex, libni):
        print(fn.__name__, fn())
