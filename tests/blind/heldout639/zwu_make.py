"""Build the seven zwu- blind cases (data files + .expected.yaml) for set heldout639.

Run with /work/main/.venv/bin/python zwu_make.py from any directory.
Only files whose names start with `zwu-` are written.
"""
import csv
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zwu-")
    return os.path.join(HERE, name)


def write_yaml(name, data):
    path = out(name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(data, f, sort_keys=False, allow_unicode=True, width=100000)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


# ---------------------------------------------------------------- xlsx helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
FILL = {
    "red": PatternFill("solid", fgColor="FF0000"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "green": PatternFill("solid", fgColor="00B050"),
    "blue": PatternFill("solid", fgColor="00B0F0"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "navy": PatternFill("solid", fgColor="1F3864"),
    "lightblue": PatternFill("solid", fgColor="DDEBF7"),
    "lilac": PatternFill("solid", fgColor="E4DFEC"),
}


def put(ws, row, col, value, fmt=None, bold=False, fill=None, border=True, color=None, size=None):
    c = ws.cell(row=row, column=col, value=value)
    c.alignment = WRAP
    if border:
        c.border = BOX
    if bold or color or size:
        c.font = Font(bold=bold, color=color, size=size or 11)
    if fill:
        c.fill = FILL[fill]
    if fmt:
        c.number_format = fmt
    return c


def d(y, m, day=1):
    return dt.datetime(y, m, day)


# =====================================================================
# 1. Liverpool City Council - corporate risk register (xlsx, read)
# =====================================================================
def liverpool():
    name = "zwu-liverpool-city-council-corporate-risk-register-2025-26.xlsx"
    title = "Liverpool City Council Corporate Risk Register 2025/26"
    wb = Workbook()

    # --- Cover sheet
    ws = wb.active
    ws.title = "Cover"
    ws.column_dimensions["A"].width = 28
    ws.column_dimensions["B"].width = 70
    put(ws, 1, 1, title, bold=True, border=False, size=16)
    put(ws, 2, 1, "Quarter 2 review – position as at 30 September 2025", border=False, size=12)
    put(ws, 4, 1, "Document control", bold=True, border=False)
    rows = [
        ("Version", "2.2 (Q2 2025/26)"),
        ("Register owner", "Head of Risk and Insurance"),
        ("Reviewed by", "Corporate Leadership Team, 14 October 2025"),
        ("Reported to", "Audit and Governance Committee, 19 November 2025"),
        ("Next review", "Quarter 3 – January 2026"),
    ]
    for i, (k, v) in enumerate(rows):
        put(ws, 5 + i, 1, k, bold=True, fill="grey")
        put(ws, 5 + i, 2, v)
    put(ws, 11, 1, "Risk scoring (Likelihood x Impact)", bold=True, border=False)
    put(ws, 12, 1, "15 – 25", fill="red")
    put(ws, 12, 2, "Very high – reported to Cabinet each quarter")
    put(ws, 13, 1, "8 – 12", fill="amber")
    put(ws, 13, 2, "High / medium – managed by the risk owner, reviewed by CLT")
    put(ws, 14, 1, "1 – 6", fill="green")
    put(ws, 14, 2, "Low – tolerated, reviewed annually")
    put(ws, 16, 1, "Action status key", bold=True, border=False)
    for i, (k, v) in enumerate([
        ("Complete", "Action delivered and closed"),
        ("Green", "On track to the target date"),
        ("Amber", "Some slippage – revised date agreed by the risk owner"),
        ("Red", "Not on track / overdue"),
        ("Not started", "Action not yet due to start"),
    ]):
        put(ws, 17 + i, 1, k)
        put(ws, 17 + i, 2, v)

    # --- Summary sheet (not actions)
    ws = wb.create_sheet("Summary")
    widths = [9, 60, 38, 10, 10, 10, 12]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    put(ws, 1, 1, "Corporate risks – summary of scores", bold=True, border=False, size=13)
    hdr = ["Ref", "Risk", "Risk owner", "Q1 score", "Q2 score", "Target", "Trend"]
    for i, h in enumerate(hdr):
        put(ws, 3, i + 1, h, bold=True, fill="navy", color="FFFFFF")
    summ = [
        ("CRR01", "Financial resilience and the Medium Term Financial Strategy", "Chief Executive", 20, 20, 12, "↔"),
        ("CRR02", "Pace and sustainability of the Council's improvement journey", "Chief Executive", 16, 12, 8, "↓"),
        ("CRR03", "Adult social care demand and market sustainability", "Corporate Director of Adults and Health", 16, 16, 9, "↔"),
        ("CRR04", "Cyber security and ICT resilience", "Corporate Director of Finance and Resources", 15, 15, 10, "↔"),
    ]
    for r, row in enumerate(summ):
        for c, v in enumerate(row):
            fill = None
            if c in (3, 4, 5):
                fill = "red" if v >= 15 else "amber" if v >= 8 else "green"
            put(ws, 4 + r, c + 1, v, fill=fill)

    # --- Register sheet (the plan)
    ws = wb.create_sheet("Register")
    widths = [42, 22, 11, 11, 48, 26, 12, 12, 12, 50]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    put(ws, 1, 1, "Corporate Risk Register 2025/26 – Quarter 2", bold=True, border=False, size=13)
    put(ws, 2, 1, "Further mitigating actions and progress to 30 September 2025", border=False)
    hdr = ["Risk description (cause, event, consequence)", "Risk owner", "Current score (L x I)",
           "Target score (L x I)", "Further mitigating actions", "Action owner", "Target date",
           "Revised date", "Action status", "Q2 progress update"]
    for i, h in enumerate(hdr):
        put(ws, 4, i + 1, h, bold=True, fill="navy", color="FFFFFF")

    risks = [
        ("CRR01 – Financial resilience and the Medium Term Financial Strategy",
         "Rising demand in social care and temporary accommodation, and uncertainty over the Fair Funding Review, "
         "mean the Council may be unable to set and deliver a balanced budget, leading to use of reserves and "
         "reduced services.",
         "Chief Executive", "4 x 5 = 20", "red", "3 x 4 = 12",
         [
             ("Deliver the 2026/27 budget-setting process, including confirmed savings proposals of £35m, for approval at Budget Council in March 2026",
              "Corporate Director of Finance and Resources", d(2026, 3, 31), "dd/mm/yyyy", None, None, "Green",
              "Draft budget proposals presented to Cabinet in September 2025; public consultation opens 3 November.",
              ["Corporate Director of Finance and Resources"], "2026-03", None, "green"),
             ("Refresh the Medium Term Financial Strategy to 2029/30 and publish a reserves strategy",
              "Corporate Director of Finance and Resources", d(2025, 12), "mmm-yy", d(2026, 2), "mmm-yy", "Amber",
              "Delayed pending the outcome of the funding reform consultation; draft to Cabinet in February 2026.",
              ["Corporate Director of Finance and Resources"], "2026-02", None, "amber"),
             ("Introduce monthly spend control panels in Children's Services and Adult Social Care to manage placement costs",
              "Director of Children's Services; Director of Adult Social Services", d(2025, 6, 30), "dd/mm/yyyy", None, None,
              "Complete",
              "Panels in place since May 2025; savings tracked through the monthly budget monitoring report.",
              ["Director of Children's Services", "Director of Adult Social Services"], "2025-06", None, "blue"),
         ]),
        ("CRR02 – Pace and sustainability of the Council's improvement journey",
         "If improvement actions are not embedded in day-to-day management, progress made since 2021 may not be "
         "sustained, leading to loss of confidence from Government, partners and residents.",
         "Chief Executive", "3 x 4 = 12", "amber", "2 x 4 = 8",
         [
             ("Complete the transfer of remaining Strategic Improvement Plan actions into business-as-usual directorate plans",
              "Chief Executive", d(2026, 3), "mmm-yy", None, None, "Green",
              "41 of 56 actions transferred; remaining actions relate to the new operating model.",
              ["Chief Executive"], "2026-03", None, "green"),
             ("Commission an LGA corporate peer challenge progress review.\nReport the findings and the Council's response to Cabinet and Audit and Governance Committee.",
              "Director of Law and Governance / Head of Policy and Performance", d(2025, 11, 30), "dd/mm/yyyy",
              d(2026, 1, 31), "dd/mm/yyyy", "Amber",
              "Review team visit rescheduled to December 2025 at the LGA's request.",
              ["Director of Law and Governance", "Head of Policy and Performance"], "2026-01", None, "amber"),
         ]),
        ("CRR03 – Adult social care demand and market sustainability",
         "An ageing population, workforce shortages and provider cost pressures may mean the Council cannot meet "
         "its Care Act duties, leading to delays in assessment and care and harm to residents.",
         "Corporate Director of Adults and Health", "4 x 4 = 16", "red", "3 x 3 = 9",
         [
             ("Implement the Market Sustainability Plan actions for domiciliary care, including the move to outcome-based commissioning in three zones",
              "Director of Adult Social Services", "Q4 2025/26", None, None, None, "Green",
              "North and Central zones contracted from 1 October; South zone tender evaluation in progress.",
              ["Director of Adult Social Services"], "2026-03", None, "green"),
             ("Reduce the number of people awaiting a Care Act assessment to under 400 through the Assessment Recovery Plan",
              "Head of Adult Social Care Operations", d(2025, 9), "mmm-yy", d(2025, 12), "mmm-yy", "Red",
              "Waiting list at 612 (Q1: 705). Additional agency capacity agreed until March 2026.",
              ["Head of Adult Social Care Operations"], "2025-12", None, "red"),
             ("Agree a joint winter discharge plan with NHS Cheshire and Merseyside (Liverpool Place)",
              "Director of Adult Social Services / Liverpool Place Director", d(2025, 10, 31), "dd/mm/yyyy", None, None,
              "Complete",
              "Plan agreed at the Liverpool Place partnership board on 23 October 2025.",
              ["Director of Adult Social Services", "Liverpool Place Director"], "2025-10", None, "blue"),
         ]),
        ("CRR04 – Cyber security and ICT resilience",
         "A successful cyber attack or failure of ageing infrastructure could cause loss of systems and data, "
         "disruption to frontline services and regulatory action by the ICO.",
         "Corporate Director of Finance and Resources", "3 x 5 = 15", "red", "2 x 5 = 10",
         [
             ("Complete the migration of remaining on-premise servers to the Council's cloud tenancy and decommission the Cunard Building data room",
              "Chief Digital Officer", "March 2026", None, None, None, "Amber",
              "Migration 70% complete; social care case management system move scheduled for February.",
              ["Chief Digital Officer"], "2026-03", None, "amber"),
             ("Run a cyber incident exercise with the Corporate Leadership Team and test the ICT disaster recovery plan",
              "Head of ICT Security", "End of January 2026", None, None, None, "Not started",
              "Exercise scenario being prepared with the North West Warning, Advice and Reporting Point.",
              ["Head of ICT Security"], "2026-01", None, "unrated"),
         ]),
    ]
    expected = []
    r = 5
    for band, desc, owner, cur, curfill, tgt, actions in risks:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        put(ws, r, 1, band, bold=True, fill="lightblue")
        r += 1
        first = r
        for (text, aowner, target, tfmt, revised, rfmt, status, update, lead, end, etext, st) in actions:
            put(ws, r, 5, text)
            put(ws, r, 6, aowner)
            put(ws, r, 7, target, fmt=tfmt)
            put(ws, r, 8, revised, fmt=rfmt)
            put(ws, r, 9, status, fill={"Green": "green", "Amber": "amber", "Red": "red",
                                        "Complete": "blue"}.get(status))
            put(ws, r, 10, update)
            expected.append(act(None, [band], text, lead, end, st, etext))
            r += 1
        last = r - 1
        put(ws, first, 1, desc)
        put(ws, first, 2, owner)
        put(ws, first, 3, cur, fill=curfill)
        put(ws, first, 4, tgt, fill="amber" if tgt.endswith(("8", "9", "10", "12")) else "green")
        for col in range(1, 5):
            for rr in range(first + 1, last + 1):
                ws.cell(row=rr, column=col).border = BOX
            if last > first:
                ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
    r += 1
    put(ws, r, 1, "Notes:", bold=True, border=False)
    put(ws, r + 1, 1, "Scores are Likelihood x Impact on a 5 x 5 matrix. Target scores are the position expected once all further actions are complete.", border=False)
    put(ws, r + 2, 1, "Completed actions are removed from the register after they have been reported once to Audit and Governance Committee.", border=False)
    ws.freeze_panes = "A5"
    wb.save(out(name))

    write_yaml(name, {
        "source": "Imitates the quarterly corporate risk register appendix an English metropolitan council (Liverpool City "
                  "Council, 2025/26 Q2) takes to its Audit and Governance Committee; no single published file copied. "
                  "Layout follows council registers seen in search (Halton/Worcester City corporate risk registers: "
                  "cover with document control and scoring key, one block per risk with further actions): a cover sheet "
                  "with document control, scoring and action-status keys; a Summary sheet of risk scores; a Register sheet "
                  "with a merged band row per risk, the risk description/owner/scores merged down the block, one row per "
                  "further mitigating action with action owner, target and revised dates, status word with fill colour, "
                  "and notes lines under the table.",
        "reads": "A corporate risk register for four risks (CRR01–CRR04). Under each risk band sit its further "
                 "mitigating actions, each with an action owner, target date (sometimes revised) and a status word; the "
                 "cover and summary sheets and the notes are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# =====================================================================
# 2. Gloucestershire CC - transformation highlight report (xlsx, refuse)
# =====================================================================
def gloucestershire():
    name = "zwu-gloucestershire-county-council-transformation-programme-highlight-report-typo-month-refuse.xlsx"
    title = "Gloucestershire County Council – Transformation Programme Highlight Report"
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    widths = [7, 52, 30, 13, 13, 9, 9, 52]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    put(ws, 1, 1, title, bold=True, border=False, size=15)
    put(ws, 2, 1, "Reporting period: 1 – 31 October 2025", border=False)
    hdr_rows = [
        ("Senior Responsible Owner", "Executive Director of Corporate Resources"),
        ("Programme Manager", "Transformation Programme Manager"),
        ("Report to", "Transformation Board, 12 November 2025"),
    ]
    for i, (k, v) in enumerate(hdr_rows):
        put(ws, 4 + i, 1, k, bold=True, fill="grey")
        ws.merge_cells(start_row=4 + i, start_column=1, end_row=4 + i, end_column=2)
        put(ws, 4 + i, 3, v)
        ws.merge_cells(start_row=4 + i, start_column=3, end_row=4 + i, end_column=5)
    put(ws, 7, 6, "Last", bold=True, fill="grey")
    put(ws, 7, 7, "This", bold=True, fill="grey")
    put(ws, 8, 1, "Overall programme status", bold=True, fill="grey")
    ws.merge_cells(start_row=8, start_column=1, end_row=8, end_column=5)
    put(ws, 8, 6, "A", fill="amber")
    put(ws, 8, 7, "A", fill="amber")
    put(ws, 9, 1, "Summary: Customer contact centre telephony went live on 20 October. The adult social care front door "
                  "redesign is forecast to slip by two months because of recruitment to the new triage team. Savings "
                  "of £2.1m are forecast against a 2025/26 target of £2.6m.", border=False)
    ws.merge_cells(start_row=9, start_column=1, end_row=9, end_column=8)
    ws.row_dimensions[9].height = 48

    put(ws, 11, 1, "Key milestones", bold=True, border=False, size=12)
    hdr = ["Ref", "Milestone / deliverable", "Lead", "Baseline date", "Forecast date", "Last RAG", "This RAG", "Commentary"]
    for i, h in enumerate(hdr):
        put(ws, 12, i + 1, h, bold=True, fill="navy", color="FFFFFF")
    blocks = [
        ("Workstream 1: Customer Experience and Digital", [
            ("1.1", "Replace contact centre telephony with a cloud contact-centre platform", "Head of Customer Services",
             d(2025, 9, 30), d(2025, 10, 20), "A", "C", "Went live 20 October after a three-week delay for number porting."),
            ("1.2", "Launch the new customer account for highways, waste and library services", "Digital Services Manager",
             d(2025, 12), d(2025, 12), "G", "G", "User testing with 40 residents completed; accessibility audit booked."),
            ("1.3", "Retire the legacy web forms platform", "Digital Services Manager / ICT Applications Lead",
             d(2026, 3), d(2026, 3), "G", "G", "Migration plan agreed for 112 forms."),
        ]),
        ("Workstream 2: Adult Social Care Front Door", [
            ("2.1", "Recruit and train the new triage and early resolution team", "Head of Adult Social Care Operations",
             d(2025, 10), d(2025, 12), "A", "A", "6 of 11 posts filled; second recruitment round closes 14 November."),
            ("2.2", "Go live with the redesigned front door and strengths-based conversation model",
             "Director of Adult Social Care", d(2025, 12), "Febuary 2026", "A", "R",
             "Forecast moved because of team recruitment; exception report to December Board."),
        ]),
        ("Workstream 3: Property and Workplace", [
            ("3.1", "Complete the move of Shire Hall teams to the refurbished Block 4 floors", "Head of Property",
             d(2026, 1), d(2026, 1), "G", "G", "Contractor on site; floor 2 handed over early."),
            ("3.2", "Dispose of two surplus office buildings in line with the Asset Management Plan",
             "Head of Property / Estates Manager", "Q4 2025/26", "Q4 2025/26", "G", "A",
             "One disposal agreed; second property awaiting Cabinet decision in January."),
        ]),
    ]
    rag_fill = {"G": "green", "A": "amber", "R": "red", "C": "blue"}
    r = 13
    typo_row = None
    for band, items in blocks:
        put(ws, r, 1, band, bold=True, fill="lilac")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for ref, text, lead, base, fc, last, this, comm in items:
            put(ws, r, 1, ref)
            put(ws, r, 2, text)
            put(ws, r, 3, lead)
            put(ws, r, 4, base, fmt="mmm-yy" if isinstance(base, dt.datetime) and base.day == 1 else "dd/mm/yyyy")
            put(ws, r, 5, fc, fmt="mmm-yy" if isinstance(fc, dt.datetime) and fc.day == 1 else "dd/mm/yyyy")
            put(ws, r, 6, last, fill=rag_fill[last])
            put(ws, r, 7, this, fill=rag_fill[this])
            put(ws, r, 8, comm)
            if fc == "Febuary 2026":
                typo_row = r
            r += 1
    r += 1
    put(ws, r, 1, "RAG: G – on track to baseline; A – forecast later than baseline but within tolerance; "
                  "R – outside tolerance, exception report required; C – complete", border=False)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)

    ws2 = wb.create_sheet("Risks and Issues")
    for i, w in enumerate([8, 10, 55, 30, 10, 50]):
        ws2.column_dimensions[chr(65 + i)].width = w
    put(ws2, 1, 1, "Programme risks and issues", bold=True, border=False, size=12)
    for i, h in enumerate(["Ref", "Type", "Description", "Owner", "Rating", "Mitigation"]):
        put(ws2, 3, i + 1, h, bold=True, fill="navy", color="FFFFFF")
    for i, row in enumerate([
        ("TR01", "Risk", "Savings from the front door redesign are delayed into 2026/27", "Director of Adult Social Care", "16",
         "Interim savings from reduced agency spend; monthly tracking with Finance"),
        ("TR02", "Issue", "Number porting delay for the contact centre", "Head of Customer Services", "Closed",
         "Resolved – platform live 20 October"),
        ("TR03", "Risk", "Capacity in ICT to support three go-lives in Q4", "ICT Applications Lead", "12",
         "Sequencing agreed at Design Authority"),
    ]):
        for c, v in enumerate(row):
            put(ws2, 4 + i, c + 1, v)
    ws3 = wb.create_sheet("Decisions")
    ws3.column_dimensions["A"].width = 90
    put(ws3, 1, 1, "Decisions required from the Transformation Board", bold=True, border=False, size=12)
    put(ws3, 2, 1, "1. Agree the revised go-live for the adult social care front door (exception report to follow).", border=False)
    put(ws3, 3, 1, "2. Note the completion of milestone 1.1.", border=False)
    wb.save(out(name))

    write_yaml(name, {
        "source": "Imitates a county council transformation programme highlight report (Gloucestershire County Council, "
                  "October 2025) of the PRINCE2-derived kind councils take to a transformation board; no single "
                  "published file copied. Copied features: header block with SRO, programme manager and last/this "
                  "overall RAG, a summary paragraph, a key-milestones table with lilac workstream band rows, baseline "
                  "and forecast dates, last and this RAG letters with fill colour, a RAG definitions line, and separate "
                  "Risks and Issues and Decisions sheets.",
        "reads": "A monthly highlight report whose key milestones table lists seven milestones under three workstreams "
                 "with baseline and forecast dates. Milestone 2.2's forecast date is written 'Febuary 2026' – a "
                 "mistyped month in the end cell, so a careful reader stops and asks before taking its end date.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": title,
    })
    return name, typo_row


# =====================================================================
# 3. Harborough CSP - DHR action plan (xlsx, read)
# =====================================================================
def harborough():
    name = "zwu-harborough-csp-dhr-joanne-action-plan.xlsx"
    title = "Harborough Community Safety Partnership – Domestic Homicide Review ‘Joanne’ – Action Plan"
    wb = Workbook()
    ws = wb.active
    ws.title = "DHR Action Plan"
    widths = [44, 16, 46, 26, 40, 16, 34, 8]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    put(ws, 1, 1, title, bold=True, border=False, size=14)
    put(ws, 2, 1, "Updated for the Harborough CSP Board meeting of 9 December 2025", border=False)
    put(ws, 3, 1, "RAG (column H):", bold=True, border=False)
    put(ws, 3, 2, "Complete", fill="blue")
    put(ws, 3, 3, "On track", fill="green")
    put(ws, 3, 4, "Delayed – revised date agreed", fill="amber")
    put(ws, 3, 5, "Not progressing – escalate to CSP Board", fill="red")
    hdr = ["Recommendation", "Scope of recommendation i.e. local or regional", "Action to take", "Lead Agency",
           "Key milestones achieved in enacting recommendation", "Target Date", "Date of Completion and Outcome", "RAG"]
    for i, h in enumerate(hdr):
        put(ws, 5, i + 1, h, bold=True, fill="navy", color="FFFFFF")

    parts = [
        ("Overview Report Recommendations", [
            ("1. Harborough CSP should seek assurance that partner agencies routinely ask older people about domestic "
             "abuse, including economic abuse, when they present with concerns about money or care.", "Local", [
                ("Audit routine enquiry practice in GP practices in Harborough district and report the findings to the DHR Steering Group",
                 "LLR ICB", "Audit tool agreed June 2025; 11 of 14 practices have returned the audit", "Sept 2025 – Jan 2026",
                 "", "amber", ["LLR ICB"], "2026-01", "Sept 2025 – Jan 2026"),
                ("Deliver a briefing on economic abuse and older people to Harborough District Council housing, benefits and customer services staff",
                 "Harborough District Council", "Briefing delivered to 46 staff", d(2025, 3, 31),
                 "Completed 12/03/2025 – evaluation returned by 39 staff, 92% rated it useful", "blue",
                 ["Harborough District Council"], "2025-03", None),
            ]),
            ("2. Leicester, Leicestershire and Rutland agencies should make sure carers’ assessments consider the risk "
             "of domestic abuse where the carer is a family member.", "Regional (LLR)", [
                ("Amend the carers’ assessment template to include a domestic abuse prompt and a safety planning section",
                 "Leicestershire County Council Adult Social Care", "Draft template agreed with the Carers’ Reference Group",
                 "Dec-25", "", "green", ["Leicestershire County Council Adult Social Care"], "2025-12", None),
                ("Include the learning from this review in the LLR Safeguarding Adults Board multi-agency training programme",
                 "LLR Safeguarding Adults Board / Harborough CSP", "", "Q4 2025/26", "", "green",
                 ["LLR Safeguarding Adults Board", "Harborough CSP"], "2026-03", None),
            ]),
            ("3. Harborough CSP should raise awareness of domestic abuse support services in rural communities.", "Local", [
                ("Run a rural domestic abuse awareness campaign with parish councils, faith groups and pharmacies during the 16 Days of Action",
                 "Harborough District Council Community Safety Team",
                 "Campaign ran 25/11/2024 – 10/12/2024; materials displayed in 38 venues", "December 2024",
                 "Completed – evaluation reported to CSP Board February 2025", "blue",
                 ["Harborough District Council Community Safety Team"], "2024-12", None),
                ("Repeat the campaign each year and report reach and referrals to the CSP Board",
                 "Harborough District Council Community Safety Team", "2025 campaign materials printed",
                 "Annually (November)", "", "green",
                 ["Harborough District Council Community Safety Team"], None, "Annually (November)"),
            ]),
        ]),
        ("Single Agency Recommendations", [
            ("SA1. Leicestershire Police should ensure that DASH risk assessments are reviewed by a supervisor where "
             "the victim declines to answer the questions.", "Single agency", [
                ("Update the domestic abuse supervision guidance and add a mandatory supervisory review field to the Niche occurrence template",
                 "Leicestershire Police", "Guidance revised; system change request submitted 02/04/2025", d(2025, 6, 30),
                 "", "red", ["Leicestershire Police"], "2025-06", None),
            ]),
            ("SA2. LLR ICB should remind GP practices to record third-party disclosures of domestic abuse in the "
             "patient record.", "Single agency", [
                ("Issue a safeguarding newsletter item and a recording template for third-party disclosures to all LLR GP practices",
                 "LLR ICB Safeguarding Team", "Newsletter issued July 2025", d(2025, 7, 31), "Completed 18/07/2025", "blue",
                 ["LLR ICB Safeguarding Team"], "2025-07", None),
            ]),
        ]),
    ]
    expected = []
    r = 6
    for part, recs in parts:
        put(ws, r, 1, part, bold=True, fill="grey")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for rec, scope, actions in recs:
            first = r
            for (text, lead_txt, miles, target, done, fill, lead, end, etext) in actions:
                put(ws, r, 3, text)
                put(ws, r, 4, lead_txt)
                put(ws, r, 5, miles or None)
                put(ws, r, 6, target, fmt="dd/mm/yyyy" if isinstance(target, dt.datetime) else None)
                put(ws, r, 7, done or None)
                put(ws, r, 8, None, fill=fill)
                expected.append(act(None, [part, rec], text, lead, end,
                                    {"amber": "amber", "blue": "blue", "green": "green", "red": "red"}[fill], etext))
                r += 1
            put(ws, first, 1, rec)
            put(ws, first, 2, scope)
            for col in (1, 2):
                for rr in range(first + 1, r):
                    ws.cell(row=rr, column=col).border = BOX
                if r - 1 > first:
                    ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
    r += 1
    put(ws, r, 1, "Action plan owner: Harborough CSP DHR Steering Group. Progress is reported to each CSP Board meeting "
                  "until all actions are complete.", border=False)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    wb.save(out(name))

    write_yaml(name, {
        "source": "Imitates a district community safety partnership's DHR action plan (Harborough CSP, 2025) in the Home "
                  "Office action plan template (columns Recommendation / Scope of recommendation i.e. local or regional / "
                  "Action to take / Lead Agency / Key milestones achieved / Target Date / Date of Completion and Outcome) "
                  "that CSPs publish with the overview report, with a RAG column added by the CSP; no single published "
                  "file copied. Features: title lines, a colour-only RAG key row, grey part bands (overview vs single "
                  "agency recommendations), recommendation and scope cells merged down over their actions, RAG shown only "
                  "by cell fill, a period as a target date and an 'Annually' target.",
        "reads": "A DHR action plan with three overview recommendations and two single-agency recommendations, each "
                 "followed by one or two actions with a lead agency, target date and a RAG shown by fill colour "
                 "(blue = complete per the key). Eight actions in all; no action carries its own number.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, fill=None, size=9):
    parts = text.split("\n") if text else [""]
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.font.size = Pt(size)
    if fill:
        shade(cell, fill)


HEX = {"red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "00B0F0", "grey": "D9D9D9",
       "navy": "1F3864", "pale": "EAF1DD", "lilac": "E4DFEC"}


# =====================================================================
# 4. B&NES Health and Wellbeing Board - action log (docx, read)
# =====================================================================
def banes():
    name = "zwu-bath-and-north-east-somerset-health-and-wellbeing-board-action-log.docx"
    title = "Bath and North East Somerset Health and Wellbeing Board – Action Log"
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = 1
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Updated following the Board meeting held on 6 November 2025")

    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Log owner", "Democratic Services Officer (Health and Wellbeing Board)"),
                                ("Last updated", "13 November 2025"),
                                ("Next Board meeting", "15 January 2026")]):
        set_cell(t.cell(i, 0), k, bold=True, fill=HEX["grey"])
        set_cell(t.cell(i, 1), v)
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("RAG key: ").bold = True
    p.add_run("B = complete (removed after it has been reported to the Board once); G = on track; "
              "A = at risk of missing the due date; R = overdue. Blank = not yet started.")

    rows = [
        ("HWB 24/31", "05/12/2024", "Bring the refreshed Pharmaceutical Needs Assessment to the Board for sign-off before publication",
         "Consultant in Public Health", "Sept 2025", "B", "PNA approved at the September meeting and published on 30/09/2025.",
         ["Consultant in Public Health"], "2025-09", None, "blue"),
        ("HWB 25/04", "06/03/2025", "Report back on the implementation of the LGA Health and Wellbeing Board review recommendations, including the proposed 'drive, sponsor, observe' framework",
         "Director of Public Health and Prevention", "Jan 2026 (was Nov 2025)", "A",
         "Deferred at the November meeting to allow the JHWS Implementation Plan refresh to be agreed first.",
         ["Director of Public Health and Prevention"], "2026-01", "Jan 2026 (was Nov 2025)", "amber"),
        ("HWB 25/09", "03/07/2025", "Circulate the Health Inequalities Fund evaluation summary to Board members",
         "Health Inequalities Manager", "31/07/2025", "B", "Circulated by email on 24/07/2025.",
         ["Health Inequalities Manager"], "2025-07", None, "blue"),
        ("HWB 25/10", "03/07/2025", "Consider how the Board can support the mainstreaming of health inequalities work beyond March 2026.\nBring options to a Board development session.",
         "Director of Public Health and Prevention / BSW ICB Place Director", "Dec 2025", "G",
         "Development session booked for 10 December 2025.",
         ["Director of Public Health and Prevention", "BSW ICB Place Director"], "2025-12", None, "green"),
        ("HWB 25/14", "04/09/2025", "Provide a breakdown of childhood immunisation uptake by primary care network, with actions for the lowest-performing areas",
         "NHS England South West Screening and Immunisation Lead", "15/01/2026", "G",
         "Data requested; report scheduled for the January meeting.",
         ["NHS England South West Screening and Immunisation Lead"], "2026-01", None, "green"),
        ("HWB 25/15", "04/09/2025", "Arrange a joint session with the Future Ambition Board on young people not in education, employment or training (NEET)",
         "Board Chair; Director of Education and Safeguarding", "TBC", "",
         "Not yet scheduled – dates to be agreed with the Future Ambition Board chair.",
         ["Board Chair", "Director of Education and Safeguarding"], None, "TBC", "unrated"),
        ("HWB 25/18", "06/11/2025", "Publish the refreshed JHWS Implementation Plan on the Council website, listing the priority theme sponsors and reporting leads",
         "Health Inequalities Manager", "30/11/2025", "G", "Accessible version being prepared.",
         ["Health Inequalities Manager"], "2025-11", None, "green"),
        ("HWB 25/19", "06/11/2025", "Add sign-off of the Better Care Fund 2026/27 plan to the Board forward plan",
         "Democratic Services Officer", "15/01/2026", "G", "Pencilled for January pending national planning guidance.",
         ["Democratic Services Officer"], "2026-01", None, "green"),
    ]
    hdr = ["Ref", "Date raised", "Action", "Owner", "Due by", "RAG", "Update"]
    t = doc.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        set_cell(t.cell(0, i), h, bold=True, fill=HEX["pale"])
    rag_hex = {"B": HEX["blue"], "G": HEX["green"], "A": HEX["amber"], "R": HEX["red"]}
    expected = []
    for (ref, raised, text, owner, due, rag, upd, lead, end, etext, st) in rows:
        cells = t.add_row().cells
        for i, v in enumerate([ref, raised, text, owner, due, rag, upd]):
            set_cell(cells[i], v, fill=rag_hex.get(rag) if i == 5 and rag else None)
        expected.append(act(ref, [], text, lead, end, st, etext))
    widths = [Cm(1.8), Cm(2.0), Cm(8.5), Cm(4.5), Cm(2.4), Cm(1.1), Cm(6.0)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    doc.add_paragraph()
    doc.add_paragraph("Completed (B) actions will be removed from the log once they have been reported to the Board. "
                      "Questions about the log should be sent to Democratic Services.")
    doc.save(out(name))

    write_yaml(name, {
        "source": "Imitates the action log a unitary council's Health and Wellbeing Board keeps between meetings (Bath and "
                  "North East Somerset HWB, after the 6 November 2025 meeting); topics follow the Board's published "
                  "minutes (JHWS Implementation Plan refresh, LGA review of the HWB, Health Inequalities Fund) found in "
                  "search at democracy.bathnes.gov.uk; officers are given as posts. Features: title, a small "
                  "document-control table, a RAG key paragraph, a single landscape log table with ref, date raised, "
                  "action, owner, due date, RAG letter with cell shading (one blank) and update, a due cell carrying an "
                  "original and revised month, and a closing note.",
        "reads": "A Board action log with eight actions, each with a ref (HWB yy/nn), an owner or two, a due date and "
                 "a RAG letter (B = complete per the key; one left blank as not started). There are no headings over "
                 "the actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# =====================================================================
# 5. Stratford-on-Avon DC - Council Plan annual action plan (docx, read)
# =====================================================================
def stratford():
    name = "zwu-stratford-on-avon-dc-council-plan-annual-action-plan-2025-26.docx"
    title = "Council Plan 2023–2027: Annual Action Plan 2025/26"
    doc = Document()
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Stratford-on-Avon District Council"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Quarter 2 progress report (April – September 2025)")
    doc.add_paragraph("Report to Overview and Scrutiny Committee, 3 December 2025. This report sets out progress against "
                      "the actions the Council committed to for 2025/26 under the six areas of the Council Plan. "
                      "Four areas have actions reported this quarter.")
    doc.add_paragraph("Status key", style="Heading 3")
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for i, (a, b, f) in enumerate([("Completed", "Action delivered", "blue"),
                                   ("Green", "On target", "green"),
                                   ("Amber", "Minor slippage – revised date proposed", "amber"),
                                   ("Red", "Off target / at risk of not being delivered", "red")]):
        set_cell(k.cell(i, 0), a, bold=True, fill=HEX[f])
        set_cell(k.cell(i, 1), b)

    areas = [
        ("1. Residents and Communities", [
            ("Be a transparent Council, fostering the levels of trust and understanding of responsibilities between the Council and the Public", [
                ("RC1.1", "Webcast all Cabinet, Council and Planning Committee meetings and publish the recordings within two working days",
                 "Head of Democratic Services", "Jun-25", "Completed", "All meetings webcast since May; recordings published within 24 hours.",
                 ["Head of Democratic Services"], "2025-06", None, "blue"),
                ("RC1.2", "Publish a plain-English guide to which services the District, County, town and parish councils are responsible for",
                 "Communications Manager", "Dec-25", "Green", "Draft guide tested with the Residents' Panel pilot group.",
                 ["Communications Manager"], "2025-12", None, "green"),
            ]),
            ("Making the best decisions in the public interest", [
                ("RC2.1", "Establish a Residents' Panel to test major policy proposals before decisions are taken",
                 "Head of Policy and Performance", "Q4 2025/26", "Amber",
                 "Recruitment of panel members slower than planned; 410 of 600 recruited.",
                 ["Head of Policy and Performance"], "2026-03", None, "amber"),
            ]),
        ]),
        ("2. Health and Wellbeing", [
            ("Support those most in need from inequality", [
                ("HW1.1", "Deliver the Household Support Fund scheme to 31 March 2026, prioritising pensioners not in receipt of Pension Credit",
                 "Head of Revenues & Benefits", "31/03/2026", "Green", "£312k of £780k allocated at the end of September.",
                 ["Head of Revenues & Benefits"], "2026-03", None, "green"),
                ("HW1.2", "Launch the Active Communities grants round for community sport and physical activity groups",
                 "Leisure and Wellbeing Manager", "Sept 2025", "Completed", "Round opened 8 September; 27 applications received.",
                 ["Leisure and Wellbeing Manager"], "2025-09", None, "blue"),
            ]),
        ]),
        ("4. Affordable, Well Built and Maintained Homes", [
            ("Increase the supply of affordable homes that meet local needs", [
                ("AH1.1", "Adopt the Affordable Housing Supplementary Planning Document",
                 "Policy Manager (Planning)", "Feb-26", "Amber",
                 "Consultation responses higher than expected; adoption moved from December to February Cabinet.",
                 ["Policy Manager (Planning)"], "2026-02", None, "amber"),
                ("AH1.2", "Work with registered providers to deliver 350 affordable homes in 2025/26",
                 "Housing Strategy Manager", "Ongoing", "Green", "162 completions at the half-year point.",
                 ["Housing Strategy Manager"], None, "Ongoing", "green"),
            ]),
        ]),
        ("5. Climate Change", [
            ("Be a Local Authority leader in the reduction of our own carbon footprint", [
                ("CC1.1", "Replace the remaining diesel refuse collection vehicles with HVO-fuelled or electric vehicles through the waste contract variation",
                 "Head of Environmental Services / Fleet Manager", "Mar-26", "Red",
                 "Contract variation not yet agreed with the contractor; legal advice sought.",
                 ["Head of Environmental Services", "Fleet Manager"], "2026-03", None, "red"),
                ("CC1.2", "Report the Council's annual carbon emissions and progress against the Climate Change Action Plan to Cabinet",
                 "Climate Change Manager", "Annually", "Green", "2024/25 report to Cabinet on 13 October 2025.",
                 ["Climate Change Manager"], None, "Annually", "green"),
            ]),
        ]),
    ]
    fill_for = {"Completed": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    expected = []
    for area, objectives in areas:
        doc.add_paragraph(area, style="Heading 2")
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for i, h in enumerate(["Ref", "Action 2025/26", "Lead officer", "Target date", "Status", "Q2 commentary"]):
            set_cell(t.cell(0, i), h, bold=True, fill=HEX["navy"])
            for run in t.cell(0, i).paragraphs[0].runs:
                run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        for obj, actions in objectives:
            cells = t.add_row().cells
            merged = cells[0].merge(cells[5])
            set_cell(merged, obj, bold=True, fill=HEX["lilac"])
            for (ref, text, lead_txt, target, status, comm, lead, end, etext, st) in actions:
                cells = t.add_row().cells
                for i, v in enumerate([ref, text, lead_txt, target, status, comm]):
                    set_cell(cells[i], v, fill=HEX[fill_for[status]] if i == 4 else None)
                expected.append(act(ref, [area, obj], text, lead, end, st, etext))
        doc.add_paragraph()

    doc.add_paragraph("Sign-off", style="Heading 3")
    s = doc.add_table(rows=2, cols=2)
    s.style = "Table Grid"
    set_cell(s.cell(0, 0), "Prepared by", bold=True)
    set_cell(s.cell(0, 1), "Policy and Performance Team")
    set_cell(s.cell(1, 0), "Approved by", bold=True)
    set_cell(s.cell(1, 1), "Corporate Leadership Team, 18 November 2025")
    doc.save(out(name))

    write_yaml(name, {
        "source": "Imitates a district council's annual action plan and quarterly progress report against its Council "
                  "Plan (Stratford-on-Avon District Council, Council Plan 2023–2027, 2025/26 Q2). The area names and "
                  "objective wording follow the Council Plan 2023–2027 page on stratford.gov.uk; the task/target/status/"
                  "update layout follows the Council's earlier 'Corporate Strategic Action Plan' quarterly reports found "
                  "in search. Features: council name only in the page header, title and intro paragraphs, a status key "
                  "table, one table per Council Plan area under a numbered Heading 2, merged objective band rows inside "
                  "each table, status words with cell shading, a job title containing '&', two posts joined by '/', "
                  "'Ongoing' and 'Annually' targets, and a sign-off table.",
        "reads": "An annual action plan with nine numbered actions grouped under four Council Plan areas (numbered 1, 2, "
                 "4 and 5) and, within each, under an objective band row. Each action has a lead officer, target date "
                 "and a status word (Completed = blue per the key).",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# =====================================================================
# 6. South Tyneside Council - internal audit tracker (csv, read)
# =====================================================================
def south_tyneside():
    name = "zwu-south-tyneside-council-internal-audit-recommendations-tracker.csv"
    title = "South Tyneside Council – Internal Audit Recommendations Tracker"
    hdr = ["Audit Ref", "Audit Title", "Year", "Assurance", "Rec No", "Priority", "Recommendation",
           "Agreed Management Action", "Responsible Officer", "Original Date", "Revised Date", "RAG", "Latest Update"]
    n = len(hdr)

    def pad(*cells):
        return list(cells) + [""] * (n - len(cells))

    rows = [
        ("IA24/07", "Corporate Procurement – Waivers", "2024/25", "Limited", "1", "High",
         "Waivers of Contract Procedure Rules should be approved in line with the Scheme of Delegation and recorded on the central waiver register.",
         "Reissue waiver guidance to all budget holders and reconcile the waiver register to purchase orders each quarter.",
         "Strategic Procurement Manager", "31/03/2025", "30/09/2025", "B",
         "Guidance reissued April 2025. Q1 and Q2 reconciliations completed with no exceptions.",
         ["Strategic Procurement Manager"], "2025-09", None, "blue"),
        ("IA24/07", "Corporate Procurement – Waivers", "2024/25", "Limited", "2", "Medium",
         "Retrospective waivers should be reported to the Audit and Governance Committee.",
         "Add a retrospective waivers section to the six-monthly procurement report to Committee.",
         "Strategic Procurement Manager", "30/06/2025", "", "B",
         "Included in the procurement report to Committee on 23 July 2025.",
         ["Strategic Procurement Manager"], "2025-06", None, "blue"),
        ("IA24/12", "Payroll – Starters and Leavers", "2024/25", "Reasonable", "1", "Medium",
         "Leaver notifications should reach Payroll before the final pay date to prevent overpayments.",
         "a) Introduce a mandatory leaver form in the HR self-service system.\nb) Issue monthly reminders to managers about notifying Payroll of leavers.",
         "HR Operations Manager / Payroll Manager", "31/12/2025", "", "G",
         "Leaver form built and in user testing; reminders issued since August.",
         ["HR Operations Manager", "Payroll Manager"], "2025-12", None, "green"),
        ("IA24/12", "Payroll – Starters and Leavers", "2024/25", "Reasonable", "2", "Low",
         "Recovery of salary overpayments should be tracked to completion.",
         "Maintain an overpayments log and review recovery monthly with Finance.",
         "Payroll Manager", "31/07/2025", "", "R",
         "Log set up but no recovery reviews held since June; Payroll Manager post vacant.",
         ["Payroll Manager"], "2025-07", None, "red"),
        ("IA25/03", "Housing Compliance – Fire Risk Assessments", "2025/26", "Limited", "1", "High",
         "All high-rise and sheltered blocks should have an in-date fire risk assessment, and remedial actions should be tracked to completion.",
         "Complete the outstanding FRAs for six blocks and load all remedial actions onto the compliance system with target dates by risk priority.",
         "Head of Building Safety", "30/11/2025", "", "G",
         "Four of six FRAs complete; remaining two booked for November.",
         ["Head of Building Safety"], "2025-11", None, "green"),
        ("IA25/03", "Housing Compliance – Fire Risk Assessments", "2025/26", "Limited", "2", "High",
         "Monthly compliance performance should be reported to the Housing Board.",
         "Produce a monthly compliance dashboard covering the big six compliance areas for the Housing Board and Corporate Management Team.",
         "Head of Building Safety; Performance and Insight Lead", "31/10/2025", "31/01/2026", "A",
         "Dashboard prototype built; data feed from the asbestos register not yet automated.",
         ["Head of Building Safety", "Performance and Insight Lead"], "2026-01", None, "amber"),
        ("IA25/05", "Schools – Purchasing Cards", "2025/26", "Reasonable", "1", "Medium",
         "Purchasing card transactions in maintained schools should be supported by receipts and approved by the headteacher or school business manager.",
         "Include purchasing card compliance in the termly school finance visits and report exceptions to the Director of Education.",
         "Schools Finance Manager", "Summer term 2026", "", "G",
         "Added to the visit checklist from the autumn term.",
         ["Schools Finance Manager"], "2026-07", "Summer term 2026", "green"),
        ("IA25/05", "Schools – Purchasing Cards", "2025/26", "Reasonable", "2", "Low",
         "The schools financial procedures manual should reflect current purchasing card limits.",
         "Update the purchasing cards section of the schools financial procedures manual.",
         "Schools Finance Manager", "31/08/2025", "", "B",
         "Manual updated and issued to schools for September 2025.",
         ["Schools Finance Manager"], "2025-08", None, "blue"),
    ]
    path = out(name)
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(pad(title))
        w.writerow(pad("Outstanding and recently closed recommendations as at 31 October 2025 – for Audit and Governance Committee, 26 November 2025"))
        w.writerow(pad())
        w.writerow(hdr)
        expected = []
        for row in rows:
            w.writerow(list(row[:13]))
            lead, end, etext, st = row[13:]
            expected.append(act(row[4], [row[1], row[6]], row[7], lead, end, st, etext))
        w.writerow(pad())
        w.writerow(pad("Summary", "Implemented (B): 3", "On track (G): 3", "Revised date (A): 1", "Overdue (R): 1", "Total: 8"))
        w.writerow(pad("RAG key: B = implemented; G = not yet due / on track; A = revised date agreed; R = overdue with no revised date agreed"))

    write_yaml(name, {
        "source": "Imitates the internal audit recommendations follow-up report a metropolitan borough council's internal "
                  "audit team exports for its Audit and Governance Committee (South Tyneside Council, October 2025), "
                  "saved from Excel as CSV; no single published file copied. Layout follows follow-up trackers described "
                  "in committee papers found in search (Herefordshire, North Tyneside): one row per agreed action with "
                  "audit ref and title, assurance opinion, recommendation number and priority, the finding/"
                  "recommendation, the agreed management action, responsible officer, original and revised dates, RAG "
                  "letter and latest update. Features: padded title lines, an action cell with a quoted inner line "
                  "break, two officers joined by '/' and ';', a school-term date, a summary line and a RAG key line.",
        "reads": "Eight agreed management actions from four audits, two per audit; each row gives the audit, the "
                 "recommendation it answers, the responsible officer(s), original and (sometimes) revised "
                 "implementation dates and a RAG letter (B = implemented per the key). The summary and key lines are "
                 "not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# =====================================================================
# 7. Redditch BC - Audit, Governance and Standards Committee action log (txt, read)
# =====================================================================
def redditch():
    name = "zwu-redditch-bc-audit-governance-standards-committee-action-log.txt"
    title = "Redditch Borough Council – Audit, Governance and Standards Committee Actions List"
    rows = [
        ("AGS/24/05", "25/07/2024", "18", "Provide Members with a briefing note on the backlog of unaudited statements of accounts and the national backstop dates",
         "Interim Director of Finance", "Oct-24", "Complete", ["Briefing note circulated to Members on 10/10/2024."],
         ["Interim Director of Finance"], "2024-10", None, "blue"),
        ("AGS/25/11", "05/03/2025", "72", "Circulate the updated Risk Management Strategy and risk appetite statement to Members for comment",
         "Head of Finance and Customer Services / Risk Officer", "30/04/2025", "Complete",
         ["Circulated 11/04/2025; comments incorporated in the version approved by Executive."],
         ["Head of Finance and Customer Services", "Risk Officer"], "2025-04", None, "blue"),
        ("AGS/25/19", "24/07/2025", "21", "Report to each meeting on progress with the Financial Compliance action plan, including the bank reconciliation position",
         "Interim Director of Finance", "Ongoing", "Green",
         ["Standing item. Reconciliations complete to August 2025.", "Next update to the meeting on 5 March 2026."],
         ["Interim Director of Finance"], None, "Ongoing", "green"),
        ("AGS/25/20", "24/07/2025", "23", "Arrange cyber security training for all Committee members, delivered by the ICT shared service",
         "Head of Digital and ICT Services", "December 2025 (revised 22/01/2026)", "Amber",
         ["Original December date clashed with Budget Scrutiny; session now booked for 22 January 2026."],
         ["Head of Digital and ICT Services"], "2026-01", "December 2025 (revised 22/01/2026)", "amber"),
        ("AGS/25/27", "25/09/2025", "33", "Bring the draft Annual Governance Statement 2024/25 back to Committee with the significant governance issues action plan updated",
         "Monitoring Officer", "27/11/2025", "Complete", ["Considered and approved on 27/11/2025 (minute 44)."],
         ["Monitoring Officer"], "2025-11", None, "blue"),
        ("AGS/25/31", "27/11/2025", "45", "Obtain the external auditor's confirmation of the timetable for the 2024/25 value for money commentary",
         "Interim Director of Finance", "TBC", "", ["Awaiting a response from the external auditor."],
         ["Interim Director of Finance"], None, "TBC", "unrated"),
        ("AGS/25/32", "27/11/2025", "47", "Provide the number of Freedom of Information requests answered outside the statutory 20 working days in 2025/26, by service",
         "Information Management Lead", "05/03/2026", "Green", ["Data being collated for Q1 to Q3."],
         ["Information Management Lead"], "2026-03", None, "green"),
        ("AGS/25/33", "27/11/2025", "48", "Review the Committee's terms of reference against the CIPFA Position Statement 2022 and report to the Constitution Review Working Party",
         "Principal Solicitor; Democratic Services Manager", "Q4 2025/26", "Not started", [""],
         ["Principal Solicitor", "Democratic Services Manager"], "2026-03", None, "unrated"),
    ]
    lines = [
        title,
        "Actions arising from meetings of the Committee – position as at 14 January 2026",
        "",
        "\t".join(["Ref", "Date of meeting", "Minute no.", "Action required", "Officer(s) responsible", "Deadline",
                   "Status", "Progress / comments"]),
    ]
    expected = []
    for (ref, mtg, minute, text, officer, deadline, status, progress, lead, end, etext, st) in rows:
        lines.append("\t".join([ref, mtg, minute, text, officer, deadline, status, progress[0]]))
        for more in progress[1:]:
            lines.append("\t" * 7 + more)
        expected.append(act(ref, [], text, lead, end, st, etext))
    lines += [
        "",
        "Completed actions are shown once and then removed from the list.",
        "Status: Complete / Green (on track) / Amber (delayed, revised date set) / Red (overdue); blank or Not started = not yet started.",
    ]
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")

    write_yaml(name, {
        "source": "Imitates the actions list a district council's Audit, Governance and Standards Committee keeps between "
                  "meetings (Redditch Borough Council, January 2026), as a tab-separated text export; topics follow the "
                  "Committee's published agenda items found in search (Monitoring Officer's report, risk management, "
                  "financial compliance, statements of accounts backlog). Features: a title line and an as-at line, a "
                  "tab-separated header, one row per action with meeting date and minute number, a progress note that "
                  "runs onto a continuation line, an original-and-revised deadline in one cell, 'Ongoing'/'TBC' "
                  "deadlines, blank and 'Not started' statuses, and a status key line at the end.",
        "reads": "A committee actions list with eight actions, each with a ref, the meeting and minute it came from, the "
                 "officer(s) responsible, a deadline and a status (Complete = blue). One progress comment continues on "
                 "the next line, which is not a new action.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


if __name__ == "__main__":
    for fn in (liverpool, gloucestershire, harborough, banes, stratford, south_tyneside, redditch):
        print(fn())
