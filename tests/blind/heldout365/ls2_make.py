#!/usr/bin/env python3
"""Build the seven ls2- blind cases (set heldout365) and their expected readings.

Run with /work/main/.venv/bin/python (openpyxl, python-docx, pyyaml).
Each data file is written next to NAME.expected.yaml (NAME = whole file name).
"""
import csv
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

OUT = os.path.dirname(os.path.abspath(__file__))

GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
BLUE = "0070C0"
GREY = "BFBFBF"
RAGFILL = {"green": GREEN, "amber": AMBER, "red": RED, "blue": BLUE, "grey": GREY}

THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill(fill_type="solid", start_color=hexcol, end_color=hexcol)


def d(y, m, day):
    return dt.datetime(y, m, day)


def write_expected(fname, source, reads, outcome, title, actions=None,
                   accept_refusal=False, refuse_at=None):
    doc = {"source": source, "reads": reads, "outcome": outcome,
           "accept_refusal": accept_refusal}
    if refuse_at is not None:
        doc["refuse_at"] = refuse_at
    if title is not None:
        doc["title"] = title
    if outcome == "read":
        out = []
        for a in actions:
            item = {"ref": a["ref"], "under": a["under"], "action": a["action"],
                    "lead": a["lead"], "end": a["end"]}
            if a.get("end_text"):
                item["end_text"] = a["end_text"]
            item["status"] = a["status"]
            out.append(item)
        doc["actions"] = out
    with open(os.path.join(OUT, fname + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100000,
                       default_flow_style=False)


def set_cell_shading(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)
        if i < len(lines) - 1:
            run.add_break()


# ---------------------------------------------------------------------------
# 1. Lincolnshire County Council - ASC CQC assessment improvement plan (xlsx)
# ---------------------------------------------------------------------------
def make_lincolnshire():
    fname = "ls2-lincolnshire-county-council-asc-cqc-assessment-improvement-plan.xlsx"
    title = "Adult Social Care CQC Assessment Improvement Plan 2024/25"
    status_fill = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER,
                   "Off track": RED, "Not started": GREY}
    status_rag = {"Complete": "blue", "On track": "green", "At risk": "amber",
                  "Off track": "red", "Not started": "unrated"}
    themes = [
        ("Theme 1 Working with people", "Theme 1: Working with people",
         "Quality statements: Assessing needs; Supporting people to live healthier lives; Equity in experience and outcomes",
         [
             ("People waited too long for Care Act assessments in some teams, particularly for occupational therapy assessments.", [
                 ("1.1", "Implement a waiting well protocol so that everyone waiting for an assessment has a named contact and a documented risk review at least every 8 weeks.",
                  "Head of Service – Adult Frailty & Long Term Conditions", ["Head of Service – Adult Frailty & Long Term Conditions"],
                  d(2024, 4, 1), d(2025, 3, 31), "2025-03", None, "On track",
                  "Protocol signed off at DMT in October 2024; roll-out to the four locality teams under way."),
                 ("1.2", "Commission additional occupational therapy assessment capacity through the trusted assessor scheme to reduce the OT waiting list to under 6 weeks.",
                  "Head of Occupational Therapy; Commissioning Manager – Prevention", ["Head of Occupational Therapy", "Commissioning Manager – Prevention"],
                  d(2024, 6, 1), d(2025, 6, 30), "2025-06", None, "At risk",
                  "Provider market engagement complete. Contract award delayed to February 2025 pending procurement board."),
             ]),
             ("Carers told CQC that carers’ assessments were not always offered, and that the support offered after assessment was inconsistent.", [
                 ("1.3", "Refresh the carers’ assessment pathway with Carers FIRST and introduce a quarterly audit of carers’ assessments offered and completed.",
                  "Carers Lead (Commissioning)", ["Carers Lead (Commissioning)"],
                  d(2024, 4, 1), d(2024, 12, 31), "2024-12", None, "Complete",
                  "New pathway live from 1 December 2024. First quarterly audit scheduled for March 2025."),
             ]),
         ]),
        ("Theme 2 Providing support", "Theme 2: Providing support",
         "Quality statements: Care provision, integration and continuity; Partnerships and communities",
         [
             ("Uptake of direct payments was below the national average and people described the process for setting up a direct payment as slow.", [
                 ("2.1", "Simplify the direct payment set-up process, with a pre-paid card as the default offer and a target of 10 working days from agreement to first payment.",
                  "Assistant Director – Prevention and Early Intervention", ["Assistant Director – Prevention and Early Intervention"],
                  d(2024, 9, 1), "Sept 2024 – March 2025", "2025-03", None, "On track",
                  "Pre-paid card provider contract extended. Average set-up time reduced from 31 to 18 working days."),
                 ("2.2", "Recruit two personal assistant (PA) market development officers to grow the local PA workforce.",
                  "Head of Commissioning (Adults)", ["Head of Commissioning (Adults)"],
                  d(2024, 7, 1), d(2025, 1, 31), "2025-01", None, "Off track",
                  "First recruitment round unsuccessful; posts re-advertised in November 2024."),
             ]),
             ("Young people moving from children’s to adult services did not always have a timely transition plan.", [
                 ("2.3", "Establish a Preparing for Adulthood panel, jointly chaired by Children’s and Adult Services, to review every young person with likely eligible needs from age 14.",
                  "Head of Service – Specialist Adult Services / Head of Children with Disabilities", ["Head of Service – Specialist Adult Services", "Head of Children with Disabilities"],
                  d(2024, 5, 1), "Ongoing", None, "Ongoing", "On track",
                  "Panel meets monthly; 212 young people reviewed since May 2024."),
             ]),
         ]),
        ("Theme 3 Ensuring safety", "Theme 3: Ensuring safety",
         "Quality statements: Safeguarding; Safe systems, pathways and transitions",
         [
             ("Safeguarding enquiries were not always concluded within the council’s own timescales, and the outcomes people wanted were not consistently recorded.", [
                 ("3.1", "Introduce a Making Safeguarding Personal outcome field in Mosaic and report completion monthly to the Adult Care DMT.",
                  "Principal Social Worker", ["Principal Social Worker"],
                  d(2024, 4, 1), d(2024, 11, 30), "2024-11", None, "Complete",
                  "Field live in Mosaic since 4 November 2024. Completion 87% in December."),
                 ("3.2", "Run a monthly safeguarding case file audit programme.\nFindings to be reported quarterly to the Lincolnshire Safeguarding Adults Board.",
                  "Head of Safeguarding Adults and Quality Assurance", ["Head of Safeguarding Adults and Quality Assurance"],
                  d(2024, 6, 1), "Quarterly", None, "Quarterly", "On track",
                  "Audits completed for June to December 2024; themes reported to the LSAB Quality Sub-group."),
             ]),
         ]),
        ("Theme 4 Leadership", "Theme 4: Leadership",
         "Quality statements: Governance, management and sustainability; Learning, improvement and innovation",
         [
             ("The council’s understanding of the experiences of people with protected characteristics was limited by gaps in its equality data.", [
                 ("4.1", "Improve recording of ethnicity, sexual orientation and religion in Mosaic, with a target of 90% completion for new contacts.",
                  "Head of Performance and Intelligence; Mosaic Systems Lead", ["Head of Performance and Intelligence", "Mosaic Systems Lead"],
                  d(2025, 1, 1), d(2025, 3, 31), "2025-03", None, "Not started",
                  "Due to start January 2025 after the Mosaic upgrade."),
                 ("4.2", "Publish an annual Adult Care equality, diversity and inclusion report to the Adults and Community Wellbeing Scrutiny Committee.",
                  "Executive Director – Adult Care and Community Wellbeing", ["Executive Director – Adult Care and Community Wellbeing"],
                  d(2025, 4, 1), "July 2025", "2025-07", None, "Not started",
                  ""),
             ]),
         ]),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Lincolnshire County Council – Adult Care and Community Wellbeing Directorate"
    ws["A3"] = "Response to the CQC local authority assessment (report published December 2023). Position at January 2025."
    ws["A5"] = "Document control"
    ws["A5"].font = Font(bold=True)
    dc = [("Version", "Date", "Author", "Changes"),
          ("0.1", "15/02/2024", "ASC Improvement Lead", "First draft following CQC report"),
          ("1.0", "26/03/2024", "ASC Improvement Lead", "Approved by Adult Care DMT"),
          ("1.3", "14/01/2025", "ASC Improvement Lead", "Quarter 3 progress update")]
    for i, row in enumerate(dc):
        for j, v in enumerate(row):
            c = ws.cell(row=6 + i, column=1 + j, value=v)
            c.border = BORDER
            if i == 0:
                c.font = Font(bold=True)
    ws["A11"] = "Status key"
    ws["A11"].font = Font(bold=True)
    for i, (word, col) in enumerate(status_fill.items()):
        c = ws.cell(row=12 + i, column=1, value=word)
        c.fill = fill(col)
        c.border = BORDER
        ws.cell(row=12 + i, column=2, value={
            "Complete": "Action delivered and evidence of impact recorded",
            "On track": "Action progressing to target date",
            "At risk": "Some slippage; may miss target date",
            "Off track": "Target date missed or will be missed",
            "Not started": "Action not yet due to start"}[word])
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 50
    ws.column_dimensions["C"].width = 24
    ws.column_dimensions["D"].width = 36

    # summary sheet (totals block)
    ss = wb.create_sheet("Summary")
    ss["A1"] = "Summary of progress by theme – January 2025"
    ss["A1"].font = Font(bold=True, size=12)
    cols = ["Theme", "Actions", "Complete", "On track", "At risk", "Off track", "Not started"]
    for j, v in enumerate(cols):
        c = ss.cell(row=3, column=1 + j, value=v)
        c.font = Font(bold=True)
        c.border = BORDER
    totals = [0] * 6
    for i, (_, head, _, afds) in enumerate(themes):
        sts = [a[8] for _, acts in afds for a in acts]
        vals = [len(sts)] + [sts.count(k) for k in cols[2:]]
        ss.cell(row=4 + i, column=1, value=head).border = BORDER
        for j, v in enumerate(vals):
            ss.cell(row=4 + i, column=2 + j, value=v).border = BORDER
            totals[j] += v
    r = 4 + len(themes)
    ss.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for j, v in enumerate(totals):
        c = ss.cell(row=r, column=2 + j, value=v)
        c.font = Font(bold=True)
    ss.column_dimensions["A"].width = 34

    expected = []
    headers = ["Ref", "Area for development (CQC report)", "Action", "Lead officer(s)",
               "Start", "Target date", "Status", "Progress update (January 2025)"]
    widths = [7, 45, 55, 32, 12, 18, 12, 50]
    for sheetname, head, qs, afds in themes:
        ws = wb.create_sheet(sheetname)
        ws["A1"] = head
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = qs
        ws["A2"].font = Font(italic=True)
        for j, h in enumerate(headers):
            c = ws.cell(row=4, column=1 + j, value=h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("1F4E78")
            c.border = BORDER
            c.alignment = WRAP
            ws.column_dimensions["ABCDEFGH"[j]].width = widths[j]
        r = 5
        for afd, acts in afds:
            first = r
            for (ref, text, leadcell, leads, start, target, end, end_text, status, prog) in acts:
                ws.cell(row=r, column=1, value=ref)
                if r == first:
                    ws.cell(row=r, column=2, value=afd)
                ws.cell(row=r, column=3, value=text)
                ws.cell(row=r, column=4, value=leadcell)
                c = ws.cell(row=r, column=5, value=start)
                c.number_format = "dd/mm/yyyy"
                c = ws.cell(row=r, column=6, value=target)
                if isinstance(target, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
                c = ws.cell(row=r, column=7, value=status)
                c.fill = fill(status_fill[status])
                ws.cell(row=r, column=8, value=prog if prog else None)
                for j in range(1, 9):
                    ws.cell(row=r, column=j).border = BORDER
                    ws.cell(row=r, column=j).alignment = WRAP
                expected.append({"ref": ref, "under": [head, afd], "action": text,
                                 "lead": leads, "end": end, "end_text": end_text,
                                 "status": status_rag[status]})
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        ws.freeze_panes = "A5"
    wb.save(os.path.join(OUT, fname))

    write_expected(
        fname,
        source=("Imitates the improvement plan an English county council publishes after its CQC local authority "
                "assessment of adult social care (Lincolnshire County Council, one of the 2023 pilot assessments; plan "
                "2024/25 reported to the Adults and Community Wellbeing Scrutiny Committee). Copied features: cover sheet "
                "with title block, document control table and a status key that defines its own five words with fill "
                "colours; a summary sheet with counts by theme and a totals row; one sheet per CQC theme with the theme as "
                "a heading row and the quality statements as a note line; the CQC area for development merged down over "
                "its actions; job titles as leads (some two posts in one cell); start and target date columns with a "
                "mix of real dates, a period, 'Ongoing' and 'Quarterly'."),
        reads=("Four theme sheets, each listing the areas for development from the CQC report with the council's actions "
               "beneath them, numbered 1.1 to 4.2, with lead officers, target dates and a status word coloured by the key "
               "on the cover. The cover and summary sheets are not actions; ten actions in all."),
        outcome="read", title=title, actions=expected)
    return len(expected)


# ---------------------------------------------------------------------------
# 2. East Herts Council - SIAS internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def make_east_herts():
    fname = "ls2-east-hertfordshire-dc-internal-audit-recommendations-tracker.xlsx"
    title = "Internal Audit Recommendations Tracker – position at 31 December 2025"
    rag_fill = {"G": GREEN, "A": AMBER, "R": RED, "B": BLUE}
    rag_word = {"G": "green", "A": "amber", "R": "red", "B": "blue"}
    audits = [
        ("Procurement and Contract Management 2024/25 – Limited assurance", [
            ("PCM.1", "The Council should ensure that all contracts over £5,000 are recorded on the contracts register before the first payment is made.", "High", [
                ("PCM.1", "Finance system to be configured so that a purchase order over £5,000 cannot be raised without a contracts register reference.",
                 "Head of Strategic Finance and Property / Procurement Manager", ["Head of Strategic Finance and Property", "Procurement Manager"],
                 d(2025, 3, 31), d(2026, 3, 31), "2026-03", "A",
                 "Configuration change tested in the Unit4 test environment; go-live delayed by the system upgrade."),
            ]),
            ("PCM.2", "Waivers of Contract Procedure Rules should be approved in line with the scheme of delegation and reported to the Audit and Governance Committee annually.", "Medium", [
                ("PCM.2", "Waiver template updated to require Head of Service and s151 Officer signatures; annual waiver report added to the Committee work programme.",
                 "Procurement Manager", ["Procurement Manager"],
                 d(2025, 6, 30), None, "2025-06", "B",
                 "Implemented – first annual waiver report presented to the Committee in July 2025."),
            ]),
        ]),
        ("Disabled Facilities Grants 2024/25 – Reasonable assurance", [
            ("DFG.1", "Grant approvals should be checked by a second officer before payment, with evidence of the check retained on file.", "Medium", [
                ("DFG.1", "Introduce a second-officer check in the Civica workflow for all grant approvals.",
                 "Environmental Health Manager", ["Environmental Health Manager"],
                 d(2025, 9, 30), d(2026, 1, 31), "2026-01", "G",
                 "Workflow built; user acceptance testing in January 2026."),
            ]),
        ]),
        ("Cyber Security Follow-up 2025/26 – Reasonable assurance", [
            ("CS.1", "Privileged accounts should be reviewed quarterly and accounts no longer required should be disabled promptly.", "High", [
                ("CS.1", "Quarterly privileged access review to be scheduled and evidenced in the ICT service desk.",
                 "Head of ICT (Shared Service)", ["Head of ICT (Shared Service)"],
                 d(2025, 12, 31), None, "2025-12", "G",
                 "First review completed in November 2025; evidence to be provided to SIAS."),
            ]),
            ("CS.2", "The Council should complete and test its ICT disaster recovery plan.", "High", [
                ("CS.2(a)", "Complete the ICT disaster recovery plan and agree recovery time objectives with Heads of Service.",
                 "Head of ICT (Shared Service)", ["Head of ICT (Shared Service)"],
                 d(2025, 3, 31), d(2026, 3, 31), "2026-03", "R",
                 "Draft plan prepared but recovery time objectives not yet agreed by all services."),
                ("CS.2(b)", "Carry out a full failover test of the disaster recovery site and report the results to Leadership Team.",
                 "Head of ICT (Shared Service)", ["Head of ICT (Shared Service)"],
                 d(2025, 9, 30), d(2026, 6, 30), "2026-06", "A",
                 "Dependent on CS.2(a). Test window provisionally booked for May 2026."),
            ]),
        ]),
        ("Housing Allocations 2025/26 – Limited assurance", [
            ("HA.1", "Housing register applications should be reviewed annually to confirm continued eligibility, as required by the Allocations Policy.", "High", [
                ("HA.1", "Annual review letters to be issued to all applicants on the housing register, with non-responders suspended after 28 days.",
                 "Housing Options Manager", ["Housing Options Manager"],
                 d(2025, 10, 31), d(2026, 2, 28), "2026-02", "A",
                 "Letters issued to bands A and B; bands C and D to follow in January 2026."),
            ]),
            ("HA.2", "Decisions on medical priority should be recorded together with the reasons for the decision.", "Merits attention", [
                ("HA.2", "Medical assessment form amended to include a mandatory reasons field.",
                 "Housing Options Manager", ["Housing Options Manager"],
                 d(2025, 11, 30), None, "2025-11", "B",
                 "Implemented November 2025."),
            ]),
            ("HA.3", "Management information on the time taken to process applications should be reported to the Head of Housing and Health monthly.", "Medium", [
                ("HA.3", "Monthly processing-time dashboard to be developed in Power BI.",
                 "Head of Housing and Health / Corporate Performance Officer", ["Head of Housing and Health", "Corporate Performance Officer"],
                 d(2026, 1, 31), None, "2026-01", "G",
                 "Dashboard in development."),
            ]),
        ]),
    ]

    wb = Workbook()
    ss = wb.active
    ss.title = "Summary"
    ss["A1"] = title
    ss["A1"].font = Font(bold=True, size=13)
    ss["A2"] = "East Herts Council – Shared Internal Audit Service (SIAS) | Audit and Governance Committee, 3 February 2026"
    hdr = ["Priority", "G", "A", "R", "B", "Total"]
    for j, v in enumerate(hdr):
        c = ss.cell(row=4, column=1 + j, value=v)
        c.font = Font(bold=True)
        c.border = BORDER
        if v in rag_fill:
            c.fill = fill(rag_fill[v])
    allacts = [(p, a) for _, recs in audits for (_, _, p, acts) in recs for a in acts]
    r = 5
    for pr in ["Critical", "High", "Medium", "Merits attention"]:
        sub = [a for p, a in allacts if p == pr]
        vals = [sum(1 for a in sub if a[7] == k) for k in "GARB"]
        ss.cell(row=r, column=1, value=pr).border = BORDER
        for j, v in enumerate(vals + [len(sub)]):
            ss.cell(row=r, column=2 + j, value=v).border = BORDER
        r += 1
    ss.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for j, k in enumerate("GARB"):
        ss.cell(row=r, column=2 + j, value=sum(1 for _, a in allacts if a[7] == k)).font = Font(bold=True)
    ss.cell(row=r, column=6, value=len(allacts)).font = Font(bold=True)
    ss.column_dimensions["A"].width = 20

    ws = wb.create_sheet("Outstanding recommendations")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "East Herts Council – Shared Internal Audit Service (SIAS)"
    ws["A3"] = "RAG key: G – on track to meet due date; A – revised date agreed; R – overdue, revised date at risk; B – implemented (to be verified by SIAS)"
    ws["A3"].font = Font(italic=True, size=9)
    headers = ["Ref", "Recommendation", "Priority", "Agreed management action", "Responsible officer",
               "Original due date", "Revised due date", "RAG", "Update (December 2025)"]
    widths = [9, 50, 12, 50, 30, 13, 13, 6, 50]
    for j, h in enumerate(headers):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("385623")
        c.border = BORDER
        c.alignment = WRAP
        ws.column_dimensions["ABCDEFGHI"[j]].width = widths[j]
    r = 6
    expected = []
    for audit, recs in audits:
        ws.cell(row=r, column=1, value=audit).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = fill("E2EFDA")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for recref, rec, prio, acts in recs:
            first = r
            for (ref, text, offcell, offs, orig, rev, end, rag, upd) in acts:
                ws.cell(row=r, column=1, value=ref)
                if r == first:
                    ws.cell(row=r, column=2, value=rec)
                    ws.cell(row=r, column=3, value=prio)
                ws.cell(row=r, column=4, value=text)
                ws.cell(row=r, column=5, value=offcell)
                c = ws.cell(row=r, column=6, value=orig)
                c.number_format = "dd/mm/yyyy"
                c = ws.cell(row=r, column=7, value=rev)
                if rev is not None:
                    c.number_format = "dd/mm/yyyy"
                c = ws.cell(row=r, column=8, value=rag)
                c.fill = fill(rag_fill[rag])
                c.alignment = Alignment(horizontal="center", vertical="top")
                ws.cell(row=r, column=9, value=upd)
                for j in range(1, 10):
                    ws.cell(row=r, column=j).border = BORDER
                    if j != 8:
                        ws.cell(row=r, column=j).alignment = WRAP
                expected.append({"ref": ref, "under": [audit, rec], "action": text, "lead": offs,
                                 "end": end, "status": rag_word[rag]})
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
                ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    r += 1
    ws.cell(row=r, column=1, value="Source: SIAS follow-up database (Pentana), extracted 12/01/2026. Only recommendations not yet closed by SIAS are shown.").font = Font(italic=True, size=9)
    ws.freeze_panes = "A6"
    wb.save(os.path.join(OUT, fname))

    write_expected(
        fname,
        source=("Imitates the 'status of outstanding audit recommendations' appendix that the Shared Internal Audit Service "
                "(SIAS) presents to East Herts Council's Audit and Governance Committee (2025/26 cycle). Copied features: a "
                "summary sheet counting recommendations by priority and RAG with a totals row; on the main sheet a title "
                "block, a RAG key line (B = implemented), a bold merged row per audit with its year and assurance level, "
                "recommendation and priority merged over two management actions for one recommendation, original and "
                "revised due dates, RAG letters on coloured fills, a responsible officer cell naming two posts, and a "
                "source note line at the foot."),
        reads=("Outstanding internal audit recommendations grouped under four audits; each row gives the recommendation, "
               "the agreed management action, the responsible officer, original and revised due dates and a RAG letter. "
               "Nine management actions; the revised date, where given, is the due month."),
        outcome="read", title=title, actions=expected)
    return len(expected)


# ---------------------------------------------------------------------------
# 3. Merseyside Fire and Rescue Authority - corporate risk register (xlsx)
# ---------------------------------------------------------------------------
def make_merseyside():
    fname = "ls2-merseyside-fire-rescue-authority-corporate-risk-register-2025-26.xlsx"
    title = "Corporate Risk Register 2025/26"
    cats = [
        ("1. Financial Risks", [
            ("FIN01", "Reduction in government funding and uncertainty over a multi-year settlement lead to a budget gap from 2026/27 onwards.",
             "Director of Finance and Procurement", "4 x 5 = 20", 12, [
                 ("FIN01.1", "Refresh the Medium Term Financial Plan following the provisional settlement and present savings options to the Budget Authority meeting.",
                  "Director of Finance and Procurement", ["Director of Finance and Procurement"], d(2026, 2, 28), "2026-02", None, "green", "green",
                  "Provisional settlement received 18/12/2025; MTFP refresh in progress."),
                 ("FIN01.2", "Lobby through the NFCC and LGA for a multi-year settlement for stand-alone fire and rescue authorities.",
                  "Chief Fire Officer", ["Chief Fire Officer"], "Ongoing", None, "Ongoing", "green", "green",
                  "CFO responded to the consultation on the funding reform in August 2025."),
             ]),
            ("FIN02", "The cost of delivering the firefighters' pension remedy (McCloud/Sargeant) and its administration exceeds the budget provision.",
             "Director of Finance and Procurement", "3 x 4 = 12", 9, [
                 ("FIN02.1", "Issue remediable service statements to all affected scheme members with the pension administrator.",
                  "Head of Finance / Pensions Manager", ["Head of Finance", "Pensions Manager"], d(2026, 3, 31), "2026-03", None, "amber", "red",
                  "Administrator backlog; 38% of statements issued. Escalated to the Local Pension Board."),
             ]),
        ]),
        ("2. Operational Risks", [
            ("OPS01", "Failure to achieve the 10 minute attendance standard to life-risk incidents because of fire appliance availability.",
             "Deputy Chief Fire Officer", "4 x 5 = 20", 10, [
                 ("OPS01.1", "Implement the revised hybrid duty system crewing model at the three identified stations.",
                  "Area Manager – Operational Response", ["Area Manager – Operational Response"], "Apr-26", "2026-04", None, "amber", "amber",
                  "Consultation with representative bodies concluded; implementation planned for April 2026."),
             ]),
            ("OPS02", "Grenfell Tower Inquiry Phase 2 recommendations and Building Safety Act duties are not delivered within expected timescales.",
             "Assistant Chief Fire Officer", "3 x 5 = 15", 10, [
                 ("OPS02.1", "Deliver the Grenfell Phase 2 action plan and report progress quarterly to the Community Safety and Protection Committee.",
                  "Area Manager – Protection", ["Area Manager – Protection"], "Q4 2025/26", "2026-03", None, "green", "green",
                  "21 of 30 actions complete."),
                 ("OPS02.2", "Recruit and train four additional Fire Safety Inspectors to the Level 4 Diploma.",
                  "Area Manager – Protection; Head of People and Organisational Development", ["Area Manager – Protection", "Head of People and Organisational Development"],
                  d(2026, 9, 30), "2026-09", None, "amber", "green",
                  "Four trainees appointed November 2025; Level 4 course starts February 2026."),
             ]),
        ]),
        ("3. People Risks", [
            ("PPL01", "Failure to embed the Service's values and standards of behaviour, as highlighted in the HMICFRS values and culture spotlight report.",
             "Chief Fire Officer", "3 x 5 = 15", 8, [
                 ("PPL01.1", "Introduce a confidential reporting line operated by an independent provider.",
                  "Head of People and Organisational Development", ["Head of People and Organisational Development"], d(2025, 10, 31), "2025-10", None, "green", "blue",
                  "Line launched 1 October 2025."),
                 ("PPL01.2", "Complete enhanced DBS checks for all staff in roles identified as eligible.",
                  "Head of People and Organisational Development", ["Head of People and Organisational Development"], d(2026, 3, 31), "2026-03", None, "amber", "amber",
                  "84% of eligible staff checked."),
             ]),
        ]),
        ("4. Information & ICT Risks", [
            ("ICT01", "A cyber-attack results in the loss of mobilising or corporate ICT systems.",
             "Director of Strategy and Performance", "4 x 5 = 20", 15, [
                 ("ICT01.1", "Achieve Cyber Essentials Plus accreditation and complete the annual IT health check.",
                  "Head of ICT", ["Head of ICT"], d(2026, 1, 31), "2026-01", None, "green", "green",
                  "IT health check completed November 2025; remediation of findings in progress."),
                 ("ICT01.2", "Test the business continuity arrangements for loss of the Joint Command and Control Centre mobilising system.",
                  "Head of ICT & Area Manager – Operational Preparedness", ["Head of ICT", "Area Manager – Operational Preparedness"],
                  d(2026, 6, 30), "2026-06", None, None, "green",
                  "New action added this quarter."),
             ]),
        ]),
    ]

    wb = Workbook()
    km = wb.active
    km.title = "Scoring and key"
    km["A1"] = "Risk scoring matrix and action progress key"
    km["A1"].font = Font(bold=True, size=12)
    km["A3"] = "Risk score = Likelihood (1-5) x Impact (1-5)"
    bands = [("1 – 6", "Low", GREEN), ("8 – 12", "Medium", AMBER), ("15 – 25", "High", RED)]
    km["A5"] = "Score"
    km["B5"] = "Rating"
    for i, (s, w, c) in enumerate(bands):
        km.cell(row=6 + i, column=1, value=s).fill = fill(c)
        km.cell(row=6 + i, column=2, value=w)
    km["A10"] = "Action progress (Q2 / Q3 columns)"
    km["A10"].font = Font(bold=True)
    prog = [(GREEN, "On track"), (AMBER, "Some slippage – remains achievable"),
            (RED, "Off track – escalation required"), (BLUE, "Action complete")]
    for i, (c, w) in enumerate(prog):
        km.cell(row=11 + i, column=1).fill = fill(c)
        km.cell(row=11 + i, column=2, value=w)
    km.column_dimensions["A"].width = 16
    km.column_dimensions["B"].width = 40

    ws = wb.create_sheet("CRR 2025-26")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Merseyside Fire and Rescue Authority – Q3 update (October to December 2025)"
    ws["A3"] = "Appendix A to Report CFO/012/26 – Audit Committee"
    ws["A3"].font = Font(italic=True)
    h1 = ["Risk Ref", "Risk description", "Risk owner", "Inherent score (L x I)", "Residual score",
          "Action Ref", "Further mitigating action", "Action owner", "Target date", "Action progress", None, "Comments"]
    h2 = [None] * 9 + ["Q2", "Q3", None]
    widths = [9, 45, 26, 12, 10, 10, 50, 30, 12, 7, 7, 45]
    for j in range(12):
        c = ws.cell(row=5, column=1 + j, value=h1[j])
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("C00000")
        c.alignment = WRAP
        c.border = BORDER
        c2 = ws.cell(row=6, column=1 + j, value=h2[j])
        c2.font = Font(bold=True, color="FFFFFF")
        c2.fill = fill("C00000")
        c2.border = BORDER
        ws.column_dimensions["ABCDEFGHIJKL"[j]].width = widths[j]
    for j in list(range(1, 10)) + [12]:
        ws.merge_cells(start_row=5, start_column=j, end_row=6, end_column=j)
    ws.merge_cells(start_row=5, start_column=10, end_row=5, end_column=11)

    def score_fill(v):
        return GREEN if v <= 6 else (AMBER if v <= 12 else RED)

    r = 7
    expected = []
    for cat, risks in cats:
        ws.cell(row=r, column=1, value=cat).font = Font(bold=True)
        for j in range(1, 13):
            ws.cell(row=r, column=j).fill = fill("D9D9D9")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=12)
        r += 1
        for rref, rdesc, rowner, inh, res, acts in risks:
            first = r
            ws.cell(row=r, column=1, value=rref)
            ws.cell(row=r, column=2, value=rdesc)
            ws.cell(row=r, column=3, value=rowner)
            ws.cell(row=r, column=4, value=inh)
            c = ws.cell(row=r, column=5, value=res)
            c.fill = fill(score_fill(res))
            for (aref, text, ocell, owners, target, end, end_text, q2, q3, com) in acts:
                ws.cell(row=r, column=6, value=aref)
                ws.cell(row=r, column=7, value=text)
                ws.cell(row=r, column=8, value=ocell)
                c = ws.cell(row=r, column=9, value=target)
                if isinstance(target, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
                if q2:
                    ws.cell(row=r, column=10).fill = fill(RAGFILL[q2])
                if q3:
                    ws.cell(row=r, column=11).fill = fill(RAGFILL[q3])
                ws.cell(row=r, column=12, value=com)
                for j in range(1, 13):
                    ws.cell(row=r, column=j).border = BORDER
                    if j not in (5, 10, 11):
                        ws.cell(row=r, column=j).alignment = WRAP
                expected.append({"ref": aref, "under": [cat, rdesc], "action": text, "lead": owners,
                                 "end": end, "end_text": end_text, "status": q3 or "unrated"})
                r += 1
            if r - 1 > first:
                for j in range(1, 6):
                    ws.merge_cells(start_row=first, start_column=j, end_row=r - 1, end_column=j)
    r += 1
    ws.cell(row=r, column=1, value="Risks removed this quarter: none. New actions added: ICT01.2.").font = Font(italic=True, size=9)
    ws.freeze_panes = "A7"
    wb.save(os.path.join(OUT, fname))

    write_expected(
        fname,
        source=("Imitates the Corporate Risk Register that Merseyside Fire and Rescue Authority reviews quarterly "
                "(Report CFO/.. of the Chief Fire Officer, 2025/26). Copied features: a separate scoring matrix and "
                "action-progress colour key sheet; title block with the quarter and appendix reference; two-row header "
                "with 'Action progress' merged over Q2 and Q3 columns; category rows (1. Financial Risks ...) spanning the "
                "sheet; risk ref, description, owner and scores merged down over the risk's further mitigating actions; "
                "residual score cells coloured by score band; action progress shown only as fill colour (previous and "
                "current quarter); mixed target dates (real dates, 'Apr-26', 'Q4 2025/26', 'Ongoing'); a notes line."),
        reads=("A risk register in four categories; each risk has one or more further mitigating actions with their own "
               "refs (FIN01.1 ...), owners and target dates, and the progress of each action is the colour in the current "
               "(Q3) column. Ten actions; the residual score colours are about the risk, not the action."),
        outcome="read", title=title, actions=expected)
    return len(expected)


# ---------------------------------------------------------------------------
# 4. Argyll and Bute Council - annual audit report action plan progress (docx)
# ---------------------------------------------------------------------------
def make_argyll():
    fname = "ls2-argyll-and-bute-council-annual-audit-report-2023-24-action-plan.docx"
    title = "Annual Audit Report 2023/24 – Action Plan Progress Update"
    st_word = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    st_fill = {"Complete": "9DC3E6", "Green": "A9D08E", "Amber": "FFD966", "Red": "FF7C80"}
    sections = [
        ("1. Financial management", [
            ("The council should review its approach to the valuation of land and buildings so that assets not revalued in the year are not materially misstated.", [
                ("1", "A desktop indexation review of assets not subject to full revaluation will be carried out at each year end and reported to the Head of Financial Services.",
                 "Head of Financial Services", ["Head of Financial Services"], "31 March 2025", "–", "2025-03", None, "Complete",
                 "Indexation review completed for the 2024/25 accounts."),
            ]),
            ("Journals posted by finance staff should be subject to independent review and authorisation within the ledger.", [
                ("2", "Workflow approval for journals over £50,000 to be configured in the Oracle ledger.",
                 "Finance Manager – Corporate Support", ["Finance Manager – Corporate Support"], "31 December 2024", "30 September 2025", "2025-09", None, "Amber",
                 "Configuration delayed by the Oracle Fusion upgrade; interim manual review of journals in place."),
            ]),
        ]),
        ("2. Financial sustainability", [
            ("The council needs to identify and agree savings to close the estimated budget gap of £22.6 million over 2025/26 to 2027/28.", [
                ("3a", "Develop a transformation programme with savings proposals for consideration at the February 2025 budget meeting.",
                 "Section 95 Officer", ["Section 95 Officer"], "February 2025", "–", "2025-02", None, "Complete",
                 "Savings of £9.8 million agreed at the Council budget meeting on 20 February 2025."),
                ("3b", "Update the medium-term financial strategy to include a five-year outlook and scenario planning.",
                 "Head of Financial Services", ["Head of Financial Services"], "30 June 2025", "–", "2025-06", None, "Green",
                 "Draft strategy to the Policy and Resources Committee in June 2025."),
            ]),
        ]),
        ("3. Vision, leadership and governance", [
            ("The council should review its committee structure and scheme of delegation to ensure decision-making remains effective following the senior management restructure.", [
                ("4", "Review of the Scheme of Administration and Delegation to be reported to Council.",
                 "Head of Legal and Regulatory Support", ["Head of Legal and Regulatory Support"], "December 2024", "September 2025", "2025-09", None, "Amber",
                 "Member working group established; report now scheduled for the September 2025 Council."),
            ]),
            ("Elected members should receive training on the scrutiny of financial and performance information.", [
                ("5", "The elected member development programme will include two sessions on budget scrutiny and performance reporting, delivered with the Improvement Service.",
                 "Head of Customer Support Services; Head of Financial Services", ["Head of Customer Support Services", "Head of Financial Services"], "March 2025", "–", "2025-03", None, "Complete",
                 "Sessions held on 28 November 2024 and 6 March 2025."),
            ]),
        ]),
        ("4. Use of resources to improve outcomes", [
            ("The council should improve its public performance reporting so that it can demonstrate Best Value and progress against the priorities in its Corporate Plan.", [
                ("6", "Introduce an annual public performance report aligned to the Corporate Plan outcomes and the LGBF indicators.",
                 "Head of Customer Support Services", ["Head of Customer Support Services"], "September 2025", "–", "2025-09", None, "Green",
                 "Report template agreed with the Strategic Management Team."),
            ]),
            ("Benefits realisation should be tracked for all projects in the transformation programme.", [
                ("7", "A benefits realisation tracker will be reported to the Policy and Resources Committee every six months.",
                 "Transformation Programme Manager", ["Transformation Programme Manager"], "Ongoing", "–", None, "Ongoing", "Green",
                 "First tracker report due October 2025."),
            ]),
        ]),
    ]

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Argyll and Bute Council")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_heading(title, level=1)
    doc.add_paragraph("Audit and Scrutiny Committee – 17 June 2025")
    doc.add_paragraph("Report by the Chief Internal Auditor")
    doc.add_heading("Summary", level=2)
    doc.add_paragraph(
        "The external auditor's Annual Audit Report 2023/24 included an action plan of seven recommendations, "
        "with eight agreed management actions. This appendix sets out progress against each action at 31 May 2025. "
        "Where an action has not been completed by the agreed date a revised date has been agreed with the "
        "responsible officer.")
    allacts = [a for _, recs in sections for _, acts in recs for a in acts]
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    cell_text(t.rows[0].cells[0], "Status", bold=True)
    cell_text(t.rows[0].cells[1], "Number of actions", bold=True)
    for k in ["Complete", "Green", "Amber", "Red"]:
        row = t.add_row()
        cell_text(row.cells[0], k)
        set_cell_shading(row.cells[0], st_fill[k])
        cell_text(row.cells[1], str(sum(1 for a in allacts if a[8] == k)))
    row = t.add_row()
    cell_text(row.cells[0], "Total", bold=True)
    cell_text(row.cells[1], str(len(allacts)), bold=True)
    doc.add_paragraph("Status key: Complete – action implemented; Green – on track for the agreed date; "
                      "Amber – delayed, revised date agreed; Red – significantly delayed or no revised date.")
    doc.add_heading("Appendix 1 – Action plan 2023/24: progress", level=2)

    expected = []
    headers = ["No.", "Recommendation", "Agreed management action", "Responsible officer",
               "Agreed date", "Revised date", "Progress update", "Status"]
    for sec, recs in sections:
        doc.add_heading(sec, level=3)
        t = doc.add_table(rows=1, cols=len(headers))
        t.style = "Table Grid"
        for j, h in enumerate(headers):
            cell_text(t.rows[0].cells[j], h, bold=True)
            set_cell_shading(t.rows[0].cells[j], "D9E1F2")
        for rec, acts in recs:
            first = None
            for (no, text, ocell, offs, agreed, revised, end, end_text, status, prog) in acts:
                row = t.add_row()
                c = row.cells
                cell_text(c[0], no)
                if first is None:
                    cell_text(c[1], rec)
                    first = row
                cell_text(c[2], text)
                cell_text(c[3], ocell)
                cell_text(c[4], agreed)
                cell_text(c[5], revised)
                cell_text(c[6], prog)
                cell_text(c[7], status)
                set_cell_shading(c[7], st_fill[status])
                expected.append({"ref": no, "under": [sec, rec], "action": text, "lead": offs,
                                 "end": end, "end_text": end_text, "status": st_word[status]})
            if len(acts) > 1:
                a = first.cells[1]
                b = t.rows[len(t.rows) - 1].cells[1]
                a.merge(b)
                # keep the recommendation text once
                cell_text(a, rec)
        doc.add_paragraph("")
    doc.add_paragraph("Source: Annual Audit Report 2023/24, Appendix 1. Progress updates provided by responsible officers.")
    doc.save(os.path.join(OUT, fname))

    write_expected(
        fname,
        source=("Imitates the report a Scottish council's Audit and Scrutiny Committee receives on progress with the "
                "external auditor's (Accounts Commission appointed) Annual Audit Report action plan – Argyll and Bute "
                "Council, Annual Audit Report 2023/24, update to June 2025. Copied features: council name and title, "
                "committee and report-by lines, summary paragraph, a summary table counting actions by status with a "
                "total, a status key line, then one table per audit dimension of the Code of Audit Practice under its "
                "own heading; the recommendation merged down over its two management actions (3a, 3b), agreed and "
                "revised dates written as words, a progress column and a shaded status word; a source line at the end."),
        reads=("After a short summary, four sections named after the audit dimensions each hold a table of the auditor's "
               "recommendations with the council's agreed management actions, responsible officers, agreed and revised "
               "dates and a status. Eight management actions in all; the revised date, where given, is the due month."),
        outcome="read", title=title, actions=expected)
    return len(expected)


# ---------------------------------------------------------------------------
# 5. ACT (work-based learning provider) - Estyn post-inspection action plan (docx)
# ---------------------------------------------------------------------------
def make_act():
    fname = "ls2-act-training-estyn-post-inspection-action-plan.docx"
    title = "Post-Inspection Action Plan (PIAP) 2025–2026"
    recs = [
        ("Recommendation 1: Improve the consistency and quality of progress reviews so that all learners receive specific, measurable targets that help them to make progress", [
            ("Introduce a revised progress review template in the e-portfolio with mandatory SMART target fields.",
             "All progress reviews completed on the new template from September 2025; 90% of sampled reviews contain SMART targets.",
             "Head of Quality", ["Head of Quality"], "September 2025", "2025-09", None, "blue"),
            ("Observe a sample of progress reviews for every assessor each term and give individual feedback.",
             "Every assessor observed at least once a term; feedback recorded in the staff development log.",
             "Quality Manager and Curriculum Managers", ["Quality Manager", "Curriculum Managers"], "Termly", None, "Termly", "green"),
        ]),
        ("Recommendation 2: Strengthen the development of learners’ literacy, numeracy and digital skills across all programmes", [
            ("Appoint an Essential Skills Wales lead for each vocational area.",
             "Leads in post for all six vocational areas.",
             "Director of Apprenticeships", ["Director of Apprenticeships"], "October 2025", "2025-10", None, "blue"),
            ("Provide training for all assessors on embedding numeracy in vocational tasks.",
             "100% of assessors trained; numeracy activities evident in 80% of sampled learner files.",
             "Essential Skills Manager", ["Essential Skills Manager"], "September 2025 – March 2026", "2026-03", None, "green"),
            ("Track completion of Essential Skills Wales qualifications monthly at the Quality Improvement Group.",
             "ESW achievement in line with the all-Wales average by July 2026.",
             "Head of Data and MIS; Essential Skills Manager", ["Head of Data and MIS", "Essential Skills Manager"], "Monthly", None, "Monthly", "amber"),
        ]),
        ("Recommendation 3: Improve the use of data by leaders to evaluate the quality of provision and plan for improvement", [
            ("Develop a Power BI dashboard showing in-year retention, timely completion and progress review compliance by subcontractor and sector.",
             "Dashboard used at every Quality Improvement Group and Board meeting.",
             "Head of Data and MIS", ["Head of Data and MIS"], "By 31 January 2026", "2026-01", None, "amber"),
            ("Revise the self-assessment report process so that sector managers’ judgements are moderated by a panel that includes an external peer.",
             "Self-assessment report 2025–2026 moderated and approved by the Board.",
             "Managing Director", ["Managing Director"], "July 2026", "2026-07", None, "unrated"),
        ]),
        ("Recommendation 4: Strengthen the arrangements for monitoring the quality of subcontracted provision", [
            ("Carry out an annual quality review visit to each subcontractor, including learner interviews and file sampling.",
             "All subcontractors visited; action plans agreed and followed up within three months.",
             "Contracts and Compliance Manager", ["Contracts and Compliance Manager"], "March 2026", "2026-03", None, "green"),
        ]),
    ]
    fillhex = {"blue": "5B9BD5", "green": "70AD47", "amber": "FFC000", "red": "FF0000"}

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("ACT")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_heading(title, level=1)
    doc.add_paragraph("Following the Estyn inspection of apprenticeship provision, March 2025")
    doc.add_paragraph("Progress update for the Board of Directors – January 2026")

    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for j, h in enumerate(["Version", "Date", "Author", "Approved by"]):
        cell_text(t.rows[0].cells[j], h, bold=True)
    for rowv in [("1.0", "16/06/2025", "Head of Quality", "Board of Directors"),
                 ("1.2", "20/01/2026", "Head of Quality", "Quality Improvement Group")]:
        row = t.add_row()
        for j, v in enumerate(rowv):
            cell_text(row.cells[j], v)
    doc.add_paragraph("")
    doc.add_paragraph("Progress key (RAG column):")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for col, word in [("blue", "Complete"), ("green", "On track"), ("amber", "Some slippage"),
                      ("red", "Not on track")]:
        row = t.add_row()
        set_cell_shading(row.cells[0], fillhex[col])
        cell_text(row.cells[1], word)
    doc.add_paragraph("")

    expected = []
    headers = ["Action", "Success criteria", "Lead", "Timescale", "RAG"]
    for rec, acts in recs:
        doc.add_heading(rec, level=2)
        t = doc.add_table(rows=1, cols=len(headers))
        t.style = "Table Grid"
        for j, h in enumerate(headers):
            cell_text(t.rows[0].cells[j], h, bold=True)
            set_cell_shading(t.rows[0].cells[j], "DEEAF6")
        for (text, sc, lcell, leads, ts, end, end_text, rag) in acts:
            row = t.add_row()
            c = row.cells
            cell_text(c[0], text)
            cell_text(c[1], sc)
            cell_text(c[2], lcell)
            cell_text(c[3], ts)
            cell_text(c[4], "")
            if rag != "unrated":
                set_cell_shading(c[4], fillhex[rag])
            expected.append({"ref": None, "under": [rec], "action": text, "lead": leads,
                             "end": end, "end_text": end_text, "status": rag})
        doc.add_paragraph("")
    doc.add_paragraph("Monitoring: progress against this plan is reviewed monthly by the Quality Improvement "
                      "Group and reported termly to the Board of Directors.")
    doc.save(os.path.join(OUT, fname))

    write_expected(
        fname,
        source=("Imitates the post-inspection action plan a Welsh work-based learning (apprenticeship) provider writes "
                "after an Estyn core inspection (ACT, Cardiff; inspection 2025, update January 2026). Copied features: "
                "provider name and PIAP title, inspection and update lines, a version/approval table, a RAG key table, then "
                "one heading per Estyn recommendation ('Recommendation 1: ...') with its own table of actions, success "
                "criteria, lead, timescale and a RAG cell that is colour only; no action numbers; timescales as months, a "
                "period, 'By 31 January 2026', 'Termly' and 'Monthly'; a closing monitoring note."),
        reads=("Four Estyn recommendations, each with a table of the provider's actions, who leads them, when they are "
               "due and a coloured RAG cell (one left uncoloured). Eight actions with no refs."),
        outcome="read", title=title, actions=expected)
    return len(expected)


# ---------------------------------------------------------------------------
# 6. Oxford City Council - RSH consumer standards housing improvement plan (csv, refuse)
# ---------------------------------------------------------------------------
def make_oxford():
    fname = "ls2-oxford-city-council-rsh-consumer-standards-housing-improvement-plan-typo-month-refuse.csv"
    title = "Oxford City Council – Housing Improvement Plan (Regulator of Social Housing consumer standards)"
    header = ["Ref", "Consumer standard", "Finding", "Action", "Action owner", "Target date", "RAG", "Update (November 2025)"]
    rows = [
        ["SQ1", "Safety and Quality", "Stock condition data is incomplete: only 41% of homes have had a survey in the last five years",
         "Complete stock condition surveys of 100% of council homes and load the results into the asset management system",
         "Head of Housing Services", "31/03/2027", "Amber", "Surveys of 2,960 homes completed; second contractor appointed October 2025"],
        ["SQ2", "Safety and Quality", "High-risk remedial actions from fire risk assessments are overdue",
         "Clear all overdue high-risk fire risk assessment actions and report compliance monthly to the Housing Board",
         "Asset Manager (Compliance)", "Febuary 2026", "Red", "212 overdue high-risk actions at 30/11/2025 (down from 387)"],
        ["SQ3", "Safety and Quality", "Damp and mould cases are not always inspected within the policy timescale",
         "Introduce a damp and mould triage team and a 10 working day inspection standard",
         "Repairs Manager", "30/09/2025", "Complete", "Team in place since July 2025; 94% of inspections within 10 days"],
        ["TIA1", "Transparency, Influence and Accountability", "Tenant satisfaction measures were not published in full",
         "Publish 2024/25 tenant satisfaction measures with the methodology statement on the council website",
         "Performance and Insight Manager", "30/06/2025", "Complete", "Published June 2025"],
        ["TIA2", "Transparency, Influence and Accountability", "Tenants do not have a formal route to scrutinise housing performance",
         "Establish a Tenant Scrutiny Panel with terms of reference agreed by Cabinet",
         "Tenant Involvement Manager", "31/12/2025", "Green", "Recruitment of panel members closed 14/11/2025"],
        ["T1", "Tenancy", "Tenancy audits have not been carried out since 2019",
         "Restart a rolling programme of tenancy audits covering 20% of tenancies each year",
         "Tenancy Services Manager", "01/04/2026", "Green", "Audit visit form agreed"],
        ["NC1", "Neighbourhood and Community", "The anti-social behaviour policy is out of date",
         "Review the ASB policy with tenants and partners and publish the revised policy",
         "Tenancy Services Manager & Community Safety Manager", "31/01/2026", "Amber", "Consultation extended to December 2025"],
    ]
    path = os.path.join(OUT, fname)
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow([title] + [""] * 7)
        w.writerow(["Position at 30 November 2025 – reported to the Housing and Homelessness Panel on 14 January 2026"] + [""] * 7)
        w.writerow([""] * 8)
        w.writerow(header)
        for row in rows:
            w.writerow(row)
        w.writerow([""] * 8)
        w.writerow(["RAG key: Green = on track; Amber = at risk; Red = off track; Complete = action delivered"] + [""] * 7)
    # the typo row: header is line 4, SQ1 line 5, SQ2 line 6
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    refuse_line = next(i + 1 for i, ln in enumerate(lines) if "Febuary 2026" in ln)

    write_expected(
        fname,
        source=("Imitates a stock-owning district council's housing improvement plan against the Regulator of Social "
                "Housing consumer standards (Oxford City Council, 2025/26), exported from Excel to CSV for the "
                "Housing and Homelessness Panel. Copied features: title and position lines padded with empty columns, "
                "a header row, refs by consumer standard (SQ, TIA, T, NC), finding above each action in the same row, "
                "action owners as posts (two in one cell), target dates day-first, RAG words and a key line at the foot."),
        reads=("A single table of seven actions grouped by the four consumer standards, each with a finding, an owner, a "
               "target date and a RAG word. The target date of SQ2 reads 'Febuary 2026', a mistyped month; a careful "
               "reader would stop and ask about that row before taking the plan as read."),
        outcome="refuse", title=title, refuse_at=refuse_line)
    return refuse_line


# ---------------------------------------------------------------------------
# 7. Devon & Cornwall Police - PEEL 2023-25 improvement tracker (tab-separated txt)
# ---------------------------------------------------------------------------
def make_devon_cornwall():
    fname = "ls2-devon-and-cornwall-police-peel-2023-25-afi-improvement-tracker.txt"
    title = "Devon & Cornwall Police – HMICFRS PEEL 2023–25 Improvement Tracker"
    status_word = {"On track": "green", "Complete": "blue", "Amber": "amber", "Red": "red",
                   "Not started": "unrated"}
    coc1 = "Cause of concern 1: The force needs to improve how quickly it answers and responds to calls for service from the public."
    coc2 = "Cause of concern 2: The force should make sure that investigations are planned, supervised and completed in a timely way, and that victims are kept updated."
    afi1 = "AFI 1: The force should improve the accuracy of its crime recording, particularly for violence against the person and behavioural crimes."
    afi2 = "AFI 2: The force should make sure it uses all available protective orders, including DVPNs and DVPOs, to protect victims of domestic abuse."
    afi3 = "AFI 3: The force should improve how it monitors and supports the wellbeing of officers and staff in high-risk roles."
    rows = [
        ("CoC1-A1", "Responding to the public", coc1,
         "Implement the Contact Centre demand and resourcing model, aligning call handler shift patterns to peak 999 and 101 demand.",
         "Head of Contact Centres", ["Head of Contact Centres"], "31/03/2026", "2026-03", None, "On track",
         "New shift pattern live from 03/11/2025. 999 calls answered within 10 seconds: 91% (Nov)."),
        ("CoC1-A2", "Responding to the public", coc1,
         "Introduce THRIVE+ quality assurance dip sampling of 200 incidents per month with feedback to supervisors.",
         "Supt Contact & Deployment; Head of Contact Centres", ["Supt Contact & Deployment", "Head of Contact Centres"],
         "Monthly", None, "Monthly", "On track", "Dip sampling embedded since July 2025."),
        ("CoC1-A3", "Responding to the public", coc1,
         "Review graded response attendance times and set local attendance targets for priority 1 and priority 2 incidents.",
         "ACC Local Policing", ["ACC Local Policing"], "30/09/2025", "2025-09", None, "Complete",
         "Targets agreed at Force Performance Board 17/09/2025."),
        ("CoC2-A1", "Investigating crime", coc2,
         "Roll out the Investigation Standards framework and investigation plan template to all CID and neighbourhood teams.",
         "Det Ch Supt (Head of Crime)", ["Det Ch Supt (Head of Crime)"], "Q4 2025/26", "2026-03", None, "Amber",
         "Rolled out in Plymouth and Exeter; Cornwall BCU delayed by abstractions."),
        ("CoC2-A2", "Investigating crime", coc2,
         "Introduce a 28-day supervisory review requirement in Niche, with compliance reported to the Force Performance Board.",
         "Det Supt Crime Standards", ["Det Supt Crime Standards"], "Jan-26", "2026-01", None, "Red",
         "Niche change request awaiting regional approval."),
        ("AFI1-A1", "Recording data about crime", afi1,
         "Deliver crime recording training (NCRS and HOCR) to all frontline supervisors.",
         "Force Crime Registrar", ["Force Crime Registrar"], "31/12/2025", "2025-12", None, "On track",
         "1,046 of 1,180 supervisors trained."),
        ("AFI1-A2", "Recording data about crime", afi1,
         "Establish a Crime Data Integrity Board chaired by the Deputy Chief Constable.",
         "Deputy Chief Constable", ["Deputy Chief Constable"], "30/06/2025", "2025-06", None, "Complete",
         "Board met for the first time on 12/06/2025."),
        ("AFI2-A1", "Protecting vulnerable people", afi2,
         "Appoint a Protective Orders Coordinator in each BCU and publish monthly usage data.",
         "Head of Public Protection", ["Head of Public Protection"], "31/03/2026", "2026-03", None, "Not started",
         "Funding bid submitted to the OPCC."),
        ("AFI3-A1", "Developing a positive workplace", afi3,
         "Extend annual psychological screening to all officers and staff in the Public Protection Unit and the Contact Centre.",
         "Head of People & Culture / Occupational Health Manager", ["Head of People & Culture", "Occupational Health Manager"],
         "Ongoing", None, "Ongoing", "On track", "Screening extended to PPU in October 2025; Contact Centre from January 2026."),
    ]
    lines = [
        title,
        "Report: Causes of concern and areas for improvement – action status",
        "Run date: 08/12/2025 07:45    Run by: Strategic Planning & Performance    Filter: Status <> Closed (archived)",
        "",
        "\t".join(["Ref", "PEEL area", "Cause of concern / AFI", "Action", "Action owner", "Target date", "Status", "Latest update"]),
    ]
    expected = []
    for (ref, area, parent, text, ocell, owners, target, end, end_text, status, upd) in rows:
        lines.append("\t".join([ref, area, parent, text, ocell, target, status, upd]))
        expected.append({"ref": ref, "under": [area, parent], "action": text, "lead": owners,
                         "end": end, "end_text": end_text, "status": status_word[status]})
    lines.append("")
    lines.append(f"{len(rows)} records")
    lines.append("Status values: On track / Amber / Red / Complete / Not started")
    with open(os.path.join(OUT, fname), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    write_expected(
        fname,
        source=("Imitates the improvement tracker Devon and Cornwall Police keeps against the causes of concern and "
                "areas for improvement in its HMICFRS PEEL 2023–25 report (force in Engage), as a tab-separated export "
                "run for the Police and Crime Commissioner's accountability board in December 2025. Copied features: "
                "report title, report name and run-date/run-by/filter lines, one header row, the PEEL area and the full "
                "cause of concern or AFI repeated on every action row, action refs (CoC1-A1 ...), ranks and posts as "
                "owners (two in some cells), target dates as dd/mm/yyyy, 'Jan-26', 'Q4 2025/26', 'Monthly' and "
                "'Ongoing', status words, and a record count and status-values line at the foot."),
        reads=("A flat export of nine improvement actions, each under a PEEL area and the cause of concern or area for "
               "improvement it answers, with owner, target date, status and latest update. The lines before the header "
               "and after the records are report furniture, not actions."),
        outcome="read", title=title, actions=expected)
    return len(expected)


if __name__ == "__main__":
    counts = {
        "lincolnshire": make_lincolnshire(),
        "east-herts": make_east_herts(),
        "merseyside": make_merseyside(),
        "argyll": make_argyll(),
        "act": make_act(),
        "oxford (refuse line)": make_oxford(),
        "devon-cornwall": make_devon_cornwall(),
    }
    for k, v in counts.items():
        print(k, v)
