#!/usr/bin/env python3
"""Build the seven hu2- blind test files (set heldout263).

Run with /work/main/.venv/bin/python hu2_make.py  (needs python-docx and openpyxl).
Every data file is written next to this script.
"""
import csv
import datetime as dt
import io
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RAG_HEX = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "00B0F0",
}


def D(y, m, d):
    return dt.datetime(y, m, d)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_fill):
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tc_pr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    """Write text into a cell; '\n' starts a new paragraph."""
    parts = text.split("\n")
    cell.text = ""
    first = cell.paragraphs[0]
    run = first.add_run(parts[0])
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    for p in parts[1:]:
        para = cell.add_paragraph()
        r = para.add_run(p)
        r.bold = bold
        if size:
            r.font.size = Pt(size)


def header_row(table, labels, fill="1F3864"):
    for i, lab in enumerate(labels):
        c = table.rows[0].cells[i]
        set_cell(c, lab, bold=True)
        c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        shade(c, fill)


# ---------------------------------------------------------------------------
# 1. Devon County Council - ASC CQC assessment improvement plan (docx)
# ---------------------------------------------------------------------------
DEVON_THEMES = [
    ("Theme 1: Working with people", [
        ("Assessing needs: People waited too long for Care Act assessments and occupational therapy assessments, and waiting lists were not always risk-managed.", [
            ("1.1", "Introduce a single, risk-rated waiting list for Care Act and occupational therapy assessments, with weekly oversight by team managers.",
             "Head of Operations (Adult Social Care)", "March 2026",
             "Single list live in all four localities from 12 January. Weekly waiting list huddles in place.", "Green"),
            ("1.2", "Reduce the number of people waiting more than 28 days for an assessment by 50% against the August 2025 baseline.",
             "Head of Operations (Adult Social Care) / Lead Occupational Therapist", "30/09/2026",
             "31% reduction so far. OT recruitment slower than planned; agency OTs in Northern locality until June.", "Amber"),
        ]),
        ("Equity in experience and outcomes: The council did not have a good understanding of the needs of unpaid carers or of people from Gypsy, Roma and Traveller communities.", [
            ("1.3", "Refresh the Joint Carers Strategy with Devon Carers and NHS Devon, including a new carers’ assessment pathway.",
             "Senior Commissioning Manager (Carers)", "Q1 2026/27",
             "Co-production workshops held in November and January. Draft strategy to Cabinet in May.", "Green"),
            ("1.4", "Complete an equality audit of adult social care data and publish the findings for each protected characteristic.",
             "Performance and Insight Manager", "December 2025",
             "Audit published 18/12/2025. Findings built into locality plans.", "Complete"),
        ]),
    ]),
    ("Theme 2: Providing support", [
        ("Care provision, integration and continuity: There were gaps in home care capacity in rural and coastal areas, and too many people went into short-term residential care.", [
            ("2.1", "Launch the new rural home care framework with zoned contracts for Torridge, West Devon and North Devon.",
             "Head of Commissioning", "April 2026",
             "Tender evaluation complete. Mobilisation delayed by 6 weeks because of TUPE queries.", "Amber"),
            ("2.2", "Open the ‘Living Well at Home’ reablement hub in Barnstaple, moving 20 short-term beds into community reablement.",
             "Head of Provider Services", "June 2026",
             "Staff recruited. Building works start March 2026.", "Green"),
        ]),
    ]),
    ("Theme 3: How Devon County Council ensures safety within the system", [
        ("Safeguarding: Safeguarding enquiries were not always completed in a timely way and learning from safeguarding adults reviews was not embedded.", [
            ("3.1", "Set up a Safeguarding Adults Triage Hub and clear the backlog of section 42 enquiries open for more than 12 weeks.",
             "Head of Safeguarding Adults", "31 March 2026",
             "Backlog cleared in 2 of 4 localities. Recruitment to the Hub paused pending budget decision; escalated to the Director in January 2026.", "Red"),
            ("3.2", "Deliver SAR learning briefings for all practitioners and audit take-up each quarter.",
             "Principal Social Worker", "Quarterly",
             "Briefings on SAR ‘Margaret’ and SAR ‘Joseph’ delivered; 412 staff attended.", "Green"),
        ]),
    ]),
    ("Theme 4: Leadership", [
        ("Governance, management and sustainability: Performance information was not used consistently to drive improvement, and frontline staff did not always feel listened to.", [
            ("4.1", "Introduce a monthly practice and performance dashboard, with locality-level data, reviewed by the Adult Social Care Leadership Team.",
             "Director of Integrated Adult Social Care", "January 2026\nRevised: April 2026",
             "Dashboard built; data quality issues in the case management system being resolved before sign-off.", "Amber"),
            ("4.2", "Hold quarterly ‘Ask the Director’ sessions and publish a ‘you said, we did’ update after each one.",
             "Director of Integrated Adult Social Care; Head of Workforce Development", "Ongoing",
             "Sessions held October and January; updates on the intranet.", "Green"),
        ]),
    ]),
]

DEVON_RAG_FILL = {"Green": RAG_HEX["green"], "Amber": RAG_HEX["amber"], "Red": RAG_HEX["red"], "Complete": RAG_HEX["blue"]}


def build_devon(path):
    doc = Document()
    p = doc.add_paragraph()
    r = p.add_run("Devon County Council – Integrated Adult Social Care")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_paragraph("Adult Social Care Improvement Plan 2025–26", style="Title")
    doc.add_paragraph(
        "Our response to the Care Quality Commission’s assessment of how Devon County Council meets its duties "
        "under Part 1 of the Care Act 2014 (report published 19 September 2025; overall rating: Requires improvement).")

    doc.add_paragraph("Document control", style="Heading 2")
    dc = [
        ("Document owner", "Director of Integrated Adult Social Care"),
        ("Version", "1.3 – February 2026 progress update"),
        ("Approved", "Cabinet, 12 November 2025"),
        ("Governance", "Adult Social Care Improvement Board (monthly); Health and Adult Care Scrutiny Committee (quarterly)"),
        ("Next review", "May 2026"),
    ]
    t = doc.add_table(rows=len(dc), cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate(dc):
        set_cell(t.rows[i].cells[0], a, bold=True)
        set_cell(t.rows[i].cells[1], b)

    doc.add_paragraph("How to read this plan", style="Heading 2")
    doc.add_paragraph(
        "The plan is set out under the four CQC themes. Under each theme we show the area for improvement CQC "
        "identified, against its quality statement, followed by the actions we are taking. Each action has a RAG rating:")
    key = [("Complete", "Action delivered and evidence of impact agreed by the Improvement Board", RAG_HEX["blue"]),
           ("Green", "On track to deliver by the target date", RAG_HEX["green"]),
           ("Amber", "Some slippage or risk; mitigation in place", RAG_HEX["amber"]),
           ("Red", "Off track; escalated to the Director", RAG_HEX["red"])]
    kt = doc.add_table(rows=len(key) + 1, cols=2)
    kt.style = "Table Grid"
    header_row(kt, ["RAG", "What it means"])
    for i, (a, b, f) in enumerate(key, start=1):
        set_cell(kt.rows[i].cells[0], a, bold=True)
        shade(kt.rows[i].cells[0], f)
        set_cell(kt.rows[i].cells[1], b)

    cols = ["Ref", "What we will do", "Lead", "Target date", "Progress (February 2026)", "RAG"]
    for theme, afis in DEVON_THEMES:
        doc.add_paragraph(theme, style="Heading 1")
        n_rows = 1 + sum(1 + len(acts) for _, acts in afis)
        tb = doc.add_table(rows=n_rows, cols=len(cols))
        tb.style = "Table Grid"
        header_row(tb, cols)
        ri = 1
        for afi, acts in afis:
            row = tb.rows[ri]
            merged = row.cells[0].merge(row.cells[len(cols) - 1])
            set_cell(merged, afi, bold=True)
            shade(merged, "D9E2F3")
            ri += 1
            for ref, action, lead, target, progress, rag in acts:
                cells = tb.rows[ri].cells
                set_cell(cells[0], ref)
                set_cell(cells[1], action)
                set_cell(cells[2], lead)
                set_cell(cells[3], target)
                set_cell(cells[4], progress)
                set_cell(cells[5], rag, bold=True)
                shade(cells[5], DEVON_RAG_FILL[rag])
                ri += 1
        doc.add_paragraph("")

    doc.add_paragraph(
        "Progress against this plan is reported to the Health and Adult Care Scrutiny Committee each quarter. "
        "Next update: May 2026.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 2. Nottinghamshire County Council - internal audit agreed actions (txt, tab separated)
# ---------------------------------------------------------------------------
NOTTS_HEADER = ["Ref", "Audit", "Assurance", "Priority", "Recommendation", "Agreed action",
                "Responsible officer", "Target date", "Revised target", "RAG", "Latest update"]
NOTTS_ROWS = [
    ["2425-11.1", "Direct Payments", "Limited", "1",
     "Annual reviews of direct payment accounts should be completed and surplus balances recovered.",
     "Introduce a risk-based schedule of direct payment account reviews, prioritising balances over £5,000, and recover surplus funds.",
     "Hodgkinson, Claire", "31/12/2025", "31/03/2026", "A",
     "Reviews done for 212 of 340 accounts; £186k recovered to date. Revised date agreed by Committee 21/01/2026."],
    ["2425-11.2", "Direct Payments", "Limited", "2",
     "Signed direct payment agreements should be held for all recipients.",
     "Issue the updated direct payment agreement to all recipients and hold signed copies on Mosaic.",
     "Team Manager, Direct Payments Support", "30/09/2025", "", "B",
     "Verified by Internal Audit 14/11/2025."],
    ["2425-16.1", "Highways Contract Management", "Reasonable", "2",
     "Contract performance indicators should be reported to the contract board with evidence of challenge.",
     "Add the Via East Midlands KPI pack to the quarterly Highways Contract Board agenda and minute the challenge made.",
     "Group Manager - Highways Commissioning", "30/04/2026", "", "G",
     "KPI pack presented at January board; April board will test the minuting."],
    ["2526-03.1", "Cyber Security - Privileged Access", "Limited", "1",
     "Privileged accounts should be reviewed at least quarterly and leavers' accounts disabled on their last working day.",
     "Introduce quarterly privileged access reviews signed off by the Chief Information Officer, and automate account disablement from the HR leavers feed.",
     "Chief Information Officer; Head of ICT Infrastructure", "31/03/2026", "", "G",
     "First quarterly review completed December 2025. Leavers feed in user testing."],
    ["2526-03.2", "Cyber Security - Privileged Access", "Limited", "2",
     "Shared administrator accounts should be removed or, where unavoidable, controlled through a password vault.",
     "Remove shared administrator accounts from all line-of-business systems.",
     "Mensah, Kwame", "31/10/2025", "", "R",
     "Three shared accounts remain on the legacy finance system; no revised date proposed yet."],
    ["2526-07.1", "Pension Fund - Employer Contributions", "Reasonable", "2",
     "Late or incorrect employer contributions should be followed up promptly and escalated in line with the Pensions Administration Strategy.",
     "Introduce a monthly contributions reconciliation with automatic reminder letters at 5 and 15 working days.",
     "Pensions Manager", "28/02/2026", "30/06/2026", "A",
     "Reconciliation live; reminder letters need change to pensions system, now scheduled for Q1 2026/27."],
    ["2526-09.1", "Schools Financial Value Standard", "Reasonable", "2",
     "The Council should follow up schools that do not submit their SFVS return by the deadline.",
     "Report non-returning schools to the Schools Forum and issue a notice of concern where the return is more than 30 days late.",
     "Schools Finance Manager / Senior Accountant (Schools)", "30/06/2026", "", "G",
     "2025/26 returns due 31/03/2026; process agreed with Schools Forum."],
    ["2526-12.1", "Purchasing Cards", "Limited", "1",
     "Card transactions should be supported by receipts and reviewed monthly by a budget holder.",
     "Roll out monthly e-approval in the new card platform and suspend cards with two months of unreconciled transactions.",
     "Procurement Manager", "31/01/2026", "", "B",
     "Implemented. Internal Audit verification 20/02/2026."],
]


def build_notts(path):
    lines = [
        "Nottinghamshire County Council",
        "Internal Audit - Agreed Actions Follow-up Report",
        "Audit and Governance Committee - 25 March 2026",
        "Report run: 09/03/2026 08:14\tFilter: Priority 1 and 2 actions open at 01/10/2025 or due by 30/06/2026",
        "",
        "\t".join(NOTTS_HEADER),
    ]
    for r in NOTTS_ROWS:
        lines.append("\t".join(r))
    lines += [
        "",
        "Total actions listed: %d" % len(NOTTS_ROWS),
        "RAG: B = implemented and verified by Internal Audit; G = on track for target date; "
        "A = revised target date agreed by Committee; R = overdue with no revised date agreed",
        "Priority 1 = fundamental weakness requiring urgent action; Priority 2 = significant weakness in control",
    ]
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------------------
# 3. Peak District NPA - corporate risk register Q3 2025/26 (xlsx, typo month -> refuse)
# ---------------------------------------------------------------------------
PDNPA_RISKS = [
    ("CR1", "Financial sustainability: a further real-terms cut in Defra core grant and rising costs (pay award, insurance, ICT) mean the Authority cannot set a balanced medium-term budget, leading to unplanned cuts to services.",
     "Enabling Delivery Aim", "Chief Executive", 5, 5,
     "Medium Term Financial Forecast reviewed monthly by Leadership Team; reserves strategy; vacancy control panel.",
     [("Deliver the 2026/27 savings and income programme of £650k agreed by the Authority in December 2025.", "Head of Finance", "March 2026"),
      ("Submit joint National Parks England business case to Defra for the 2026 Spending Review.", "Chief Executive", "June 2026")],
     12, "red", "red"),
    ("CR2", "Workforce capacity: loss of key staff and difficulty recruiting to specialist posts (planning, ecology, ICT) reduce our ability to deliver statutory functions and the Authority Plan.",
     "Enabling Delivery Aim", "Head of People Management", 4, 4,
     "Workforce plan; market supplements for hard-to-fill posts; apprenticeship scheme.",
     [("Complete the pay and grading benchmarking review and report to the Local Joint Committee.", "Head of People Management", "April 2026"),
      ("Introduce succession plans for all single-point-of-failure roles.", "Leadership Team", "September 2026")],
     9, "amber", "amber"),
    ("CR3", "Cyber security: a successful cyber attack or ransomware incident causes loss of systems and data, disruption to planning and other services, and reputational damage.",
     "Enabling Delivery Aim", "Head of Information Management", 4, 5,
     "Managed firewall and endpoint protection; multi-factor authentication; offline back-ups; annual penetration test.",
     [("Achieve Cyber Essentials Plus accreditation.", "ICT Manager", "Febuary 2026"),
      ("Run a cyber incident exercise with Leadership Team and update the ICT business continuity plan.", "Head of Information Management", "May 2026")],
     10, "amber", "amber"),
    ("CR4", "Local Plan review: delays to evidence gathering or changes to national planning policy mean the Local Plan review is not submitted on time, leaving policies out of date.",
     "Aim 4: Thriving Communities", "Head of Planning Policy", 3, 4,
     "Local Development Scheme agreed; project board; external legal advice at key stages.",
     [("Publish the Regulation 18 preferred options consultation.", "Head of Planning Policy", "July 2026")],
     8, "amber", "green"),
    ("CR5", "Moorland wildfire: more frequent and severe wildfires caused by drier summers damage blanket bog and carbon stores and put visitors and communities at risk.",
     "Aim 2: Landscape and Nature Recovery", "Head of Landscape", 4, 4,
     "Moors for the Future fire severity monitoring; Fire Operations Group with fire and rescue services; seasonal ranger patrols and BBQ ban messaging.",
     [("Agree a Peak District wildfire management plan with landowners and the three fire and rescue services.", "Head of Landscape", "October 2026")],
     12, "red", "red"),
]
PDNPA_TYPO = "Febuary 2026"


def build_pdnpa(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "CRR Q3 2025-26"
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    ws["A1"] = "Peak District National Park Authority"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Corporate Risk Register 2025/26 – Quarter 3 update (position at 31 December 2025)"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Audit, Resources and Performance Committee, 6 February 2026 – Appendix 2"
    for r in (1, 2, 3):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=13)
    headers = ["Risk ref", "Risk (cause, event, consequence)", "Authority Plan link", "Risk owner",
               "Likelihood (1-5)", "Impact (1-5)", "Controls in place", "Further mitigating action",
               "Action lead", "Target date", "Residual score", "Q2 RAG", "Q3 RAG"]
    hdr_row = 5
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(row=hdr_row, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="385723")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = border
    row = hdr_row + 1
    typo_row = None
    for ref, desc, link, owner, lik, imp, controls, actions, resid, q2, q3 in PDNPA_RISKS:
        start = row
        for action, lead, target in actions:
            ws.cell(row=row, column=8, value=action)
            ws.cell(row=row, column=9, value=lead)
            ws.cell(row=row, column=10, value=target)
            if target == PDNPA_TYPO:
                typo_row = row
            row += 1
        end = row - 1
        vals = {1: ref, 2: desc, 3: link, 4: owner, 5: lik, 6: imp, 7: controls, 11: resid}
        for col, v in vals.items():
            ws.cell(row=start, column=col, value=v)
            if end > start:
                ws.merge_cells(start_row=start, start_column=col, end_row=end, end_column=col)
        for col, rag in ((12, q2), (13, q3)):
            ws.cell(row=start, column=col).fill = PatternFill("solid", fgColor=RAG_HEX[rag])
            if end > start:
                ws.merge_cells(start_row=start, start_column=col, end_row=end, end_column=col)
        for rr in range(start, end + 1):
            for cc in range(1, 14):
                ws.cell(row=rr, column=cc).border = border
                ws.cell(row=rr, column=cc).alignment = wrap
    row += 1
    ws.cell(row=row, column=1, value="Scores are likelihood x impact (see Scoring key). Residual score is after controls and further actions.")
    ws.cell(row=row + 1, column=1, value="RAG: Red = residual score 12 or more; Amber = 6 to 11; Green = 5 or less.")
    widths = [8, 48, 18, 18, 10, 10, 36, 44, 22, 14, 10, 8, 8]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + i)].width = w
    ws.freeze_panes = "C6"

    ks = wb.create_sheet("Scoring key")
    ks["A1"] = "Risk scoring matrix (likelihood x impact)"
    ks["A1"].font = Font(bold=True)
    ks["A3"] = "Likelihood"
    ks["B3"] = "1 Rare"
    ks["C3"] = "2 Unlikely"
    ks["D3"] = "3 Possible"
    ks["E3"] = "4 Likely"
    ks["F3"] = "5 Almost certain"
    ks["A4"] = "Impact"
    ks["B4"] = "1 Negligible"
    ks["C4"] = "2 Minor"
    ks["D4"] = "3 Moderate"
    ks["E4"] = "4 Major"
    ks["F4"] = "5 Critical"
    ks["A6"] = "Score"
    ks["B6"] = "RAG"
    for i, (score, rag) in enumerate((("12-25", "red"), ("6-11", "amber"), ("1-5", "green")), start=7):
        ks.cell(row=i, column=1, value=score)
        ks.cell(row=i, column=2).fill = PatternFill("solid", fgColor=RAG_HEX[rag])
    wb.save(path)
    return typo_row


# ---------------------------------------------------------------------------
# 4. Cartrefi Conwy - regulatory improvement plan (csv, Excel export)
# ---------------------------------------------------------------------------
CC_ROWS = [
    ["Standard 1 – Leadership and governance"],
    ["1.1", "The Board needs stronger assurance on building and tenant safety compliance (fire, gas, electrical, water, lifts and asbestos).",
     "Introduce a monthly ‘Big 6’ compliance dashboard to the Executive Team and a quarterly deep dive at Board.",
     "Director of Assets", "30/06/2025", "", "Blue", "Dashboard live since May 2025; first deep dive at Board 24/09/2025."],
    ["1.2", "",
     "Commission an independent audit of compliance data quality for fire risk assessments and electrical testing.",
     "Head of Governance", "September 2025", "February 2026", "Amber", "Auditor appointed November 2025; fieldwork January 2026."],
    ["1.3", "The Board skills matrix shows gaps in digital and housing finance expertise.",
     "Recruit two co-opted Board members with digital and treasury skills and refresh the skills matrix.",
     "Chair of Governance Committee / Company Secretary", "Q4 2025/26", "", "Green", "Interviews held 15/12/2025; appointments to Board in February."],
    ["Standard 2 – Tenant voice and involvement"],
    ["2.1", "Tenants are not consistently able to influence service design or hold the Board to account.",
     "Set up a Tenant Scrutiny Panel with its own annual work plan and a direct report to Board.\nRecruit and train at least 12 panel members.",
     "Head of Customer Engagement", "31/03/2026", "", "Green", "9 members recruited; TPAS Cymru training booked for February."],
    ["2.2", "Learning from complaints is not shared with tenants.",
     "Publish a quarterly ‘You said, we did’ complaints learning report on the website and in Cartrefi News, in Welsh and English.",
     "Complaints & Feedback Manager", "Ongoing (quarterly)", "", "Green", "Q1 and Q2 reports published."],
    ["Standard 5 – Quality homes: damp, mould and condensation"],
    ["5.1", "Response times to damp and mould reports are inconsistent and follow-up visits are not always recorded.",
     "Adopt a damp and mould policy with a 10 working day inspection standard and a 6-week follow-up visit.",
     "Head of Repairs and Maintenance", "31/08/2025", "", "Blue", "Policy approved by Board 30/07/2025 and in use."],
    ["5.2", "",
     "Train all trades operatives and contact centre staff to identify and report damp and mould.",
     "Head of Repairs and Maintenance / Learning and Development Partner", "Sept 2025 – Jan 2026", "", "Red",
     "64% of trades trained; contact centre sessions rescheduled twice."],
    ["5.3", "Homes at highest risk of damp and mould have not been prioritised for investment.",
     "Retrofit 150 homes identified at highest risk through the Optimised Retrofit Programme (ORP 3).",
     "Director of Assets", "March 2026", "", "Amber", "98 homes completed; contractor capacity issues in Q3."],
]


def build_cartrefi(path):
    width = 8
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")

    def pad(r):
        return list(r) + [""] * (width - len(r))

    w.writerow(pad(["Cartrefi Conwy – Cynllun Gwella Rheoleiddiol / Regulatory Improvement Plan 2025-26"]))
    w.writerow(pad(["Actions from our self-evaluation against the Regulatory Framework for Housing Associations Registered in Wales and the Welsh Government regulatory judgement"]))
    w.writerow(pad(["Progress at Quarter 3 (31 December 2025) – Group Audit & Assurance Committee, 29 January 2026"]))
    w.writerow(pad(["RAG: Blue = complete; Green = on track; Amber = at risk of slipping; Red = off track"]))
    w.writerow(pad([]))
    w.writerow(["Ref", "Regulatory standard / area for improvement", "Action", "Lead", "Target date", "Revised date", "RAG", "Q3 update"])
    for r in CC_ROWS:
        w.writerow(pad(r))
    w.writerow(pad([]))
    w.writerow(pad(["Approved by the Board of Cartrefi Conwy, 15 May 2025. Next review: Quarter 4 update to Board, April 2026."]))
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write(out.getvalue())


# ---------------------------------------------------------------------------
# 5. Derbyshire Constabulary - police custody inspection action plan (xlsx)
# ---------------------------------------------------------------------------
DERBY_SECTIONS = [
    ("Section 1. Leadership, accountability and partnerships", [
        ("Cause of concern", "The force should make sure that its oversight of custody includes robust scrutiny of the use of force, strip-searching and the removal of clothing, so that it can be assured these are always necessary, proportionate and properly recorded.", [
            ("1.1", "Introduce a monthly use of force and strip-search scrutiny panel chaired by the Custody Superintendent, dip-sampling CCTV and custody records.",
             "Supt Custody", D(2025, 12, 31), None, "green", "blue",
             "Panel set up November 2025; three meetings held; terms of reference approved."),
            ("1.2", "Make the reason for removal of clothing and the authorising officer mandatory fields on the custody record.",
             "Custody Systems Manager / Head of Digital Policing", D(2026, 1, 31), D(2026, 4, 30), "amber", "amber",
             "Change request raised with the supplier; release slipped to April."),
        ]),
        ("Area for improvement", "The force should improve the quality and timeliness of the custody performance data provided to its custody governance board.", [
            ("1.3", "Develop a custody dashboard covering throughput, length of detention, use of force and children held overnight.",
             "Head of Performance and Analysis", D(2026, 3, 31), None, "green", "green",
             "Dashboard in testing with custody inspectors."),
        ]),
    ]),
    ("Section 4. In the custody suite: safety", [
        ("Cause of concern", "The force should make sure that every detainee receives an effective risk assessment and that observation levels are reviewed at each handover, so that risks are managed safely.", [
            ("4.1", "Deliver refresher training on risk assessment and rousing to all custody sergeants and detention officers, with a competence sign-off.",
             "Ch Insp Custody; Custody Training Lead", D(2026, 2, 28), None, "amber", "red",
             "62% of staff trained. Abstractions over winter; further dates in April."),
            ("4.2", "Introduce structured handover briefings at Buxton, Chesterfield and Derby St Mary’s Wharf, recorded on the custody log.",
             "Custody Inspectors", D(2025, 11, 30), None, "green", "blue",
             "In place at all three suites; dip-sample in January found 94% compliance."),
        ]),
        ("Area for improvement", "Ligature points identified during the inspection should be removed.", [
            ("4.3", "Complete the anti-ligature works programme in all cells, starting with the 14 cells at Chesterfield.",
             "Head of Estates and Facilities", D(2026, 6, 30), D(2026, 9, 30), "amber", "amber",
             "Chesterfield complete.\nBuxton works tendered; contractor start May 2026."),
        ]),
    ]),
    ("Section 5. In the custody suite: individual needs and legal rights", [
        ("Area for improvement", "Detainees should be offered a shower, outside exercise and reading materials, particularly when held for long periods.", [
            ("5.1", "Add prompts to the custody record so that showers, exercise and reading materials are offered at each detention review.",
             "Ch Insp Custody", D(2025, 12, 31), None, "green", "blue",
             "Prompts live 1 December 2025."),
            ("5.2", "Source reading material in the five languages most spoken by detainees, and easy-read rights leaflets.",
             "Custody Support Officer (Equality)", "TBC", None, None, None,
             "Not started – awaiting budget for 2026/27."),
        ]),
    ]),
]


def build_derby(path):
    wb = Workbook()
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")

    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Derbyshire Constabulary – Custody Inspection Action Plan: summary"
    sm["A1"].font = Font(bold=True, size=13)
    sm["A3"] = "Current RAG"
    sm["B3"] = "Meaning"
    sm["C3"] = "Number of actions"
    for c in ("A3", "B3", "C3"):
        sm[c].font = Font(bold=True)
    key = [("blue", "Complete – action delivered and evidence accepted by the Custody Governance Board", 3),
           ("green", "On track to meet the target date", 1),
           ("amber", "At risk – revised date agreed or slippage expected", 2),
           ("red", "Off track – target date missed, escalated to the ACC", 1),
           (None, "No colour – not started", 1)]
    for i, (rag, meaning, n) in enumerate(key, start=4):
        if rag:
            sm.cell(row=i, column=1).fill = PatternFill("solid", fgColor=RAG_HEX[rag])
        sm.cell(row=i, column=2, value=meaning)
        sm.cell(row=i, column=3, value=n)
    sm.cell(row=9, column=2, value="Total")
    sm.cell(row=9, column=3, value=8)
    sm["A11"] = "Recommendations in the report: 2 causes of concern and 3 areas for improvement addressed in this plan (other areas for improvement are tracked in the Custody Improvement Log)."
    sm.column_dimensions["A"].width = 14
    sm.column_dimensions["B"].width = 80
    sm.column_dimensions["C"].width = 18

    ws = wb.create_sheet("Action plan")
    ws["A1"] = "Derbyshire Constabulary – Custody Inspection Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "HMICFRS / HMIP unannounced inspection of police custody suites, 2–13 June 2025 (report published 7 October 2025)"
    ws["A3"] = "Strategic lead: ACC Local Policing   |   Tactical lead: Head of Criminal Justice   |   Update for Custody Governance Board, 11 March 2026"
    for r in (1, 2, 3):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
    h1 = {1: "Ref", 2: "Type", 3: "Inspectorate recommendation / area for improvement", 4: "Action",
          5: "Action owner", 6: "Target date", 8: "RAG", 10: "Progress update / evidence"}
    h2 = {6: "Original", 7: "Revised", 8: "Previous (Dec-25)", 9: "Current (Mar-26)"}
    hfill = PatternFill("solid", fgColor="1F3864")
    for c in range(1, 11):
        for r in (5, 6):
            cell = ws.cell(row=r, column=c)
            cell.fill = hfill
            cell.font = Font(bold=True, color="FFFFFF")
            cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
            cell.border = border
    for c, v in h1.items():
        ws.cell(row=5, column=c, value=v)
    for c, v in h2.items():
        ws.cell(row=6, column=c, value=v)
    for c in (1, 2, 3, 4, 5, 10):
        ws.merge_cells(start_row=5, start_column=c, end_row=6, end_column=c)
    ws.merge_cells(start_row=5, start_column=6, end_row=5, end_column=7)
    ws.merge_cells(start_row=5, start_column=8, end_row=5, end_column=9)

    row = 7
    for section, recs in DERBY_SECTIONS:
        ws.cell(row=row, column=1, value=section).font = Font(bold=True)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=10)
        ws.cell(row=row, column=1).fill = PatternFill("solid", fgColor="D9D9D9")
        row += 1
        for typ, rec, acts in recs:
            start = row
            for ref, action, owner, orig, rev, prev, cur, prog in acts:
                vals = {1: ref, 4: action, 5: owner, 6: orig, 7: rev, 10: prog}
                for c, v in vals.items():
                    cell = ws.cell(row=row, column=c, value=v)
                    if isinstance(v, dt.datetime):
                        cell.number_format = "mmm-yy"
                if prev:
                    ws.cell(row=row, column=8).fill = PatternFill("solid", fgColor=RAG_HEX[prev])
                if cur:
                    ws.cell(row=row, column=9).fill = PatternFill("solid", fgColor=RAG_HEX[cur])
                for c in range(1, 11):
                    ws.cell(row=row, column=c).border = border
                    ws.cell(row=row, column=c).alignment = wrap
                row += 1
            ws.cell(row=start, column=2, value=typ)
            ws.cell(row=start, column=3, value=rec)
            if row - 1 > start:
                ws.merge_cells(start_row=start, start_column=2, end_row=row - 1, end_column=2)
                ws.merge_cells(start_row=start, start_column=3, end_row=row - 1, end_column=3)
    widths = {"A": 6, "B": 14, "C": 46, "D": 46, "E": 22, "F": 10, "G": 10, "H": 11, "I": 11, "J": 40}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    wb.save(path)


# ---------------------------------------------------------------------------
# 6. Swansea Bay UHB - Audit Wales recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
SB_STATUS_FILL = {"Complete": RAG_HEX["blue"], "On track": RAG_HEX["green"], "At risk": RAG_HEX["amber"], "Overdue": RAG_HEX["red"]}

SB_SA = [
    ("The Health Board should review its Board Assurance Framework so that principal risks are clearly linked to strategic objectives and the framework is used to shape Board and committee agendas.", [
        ("R1a", "Redesign the Board Assurance Framework around the four strategic priorities in the IMTP and present it to Board for approval.",
         "Director of Corporate Governance", D(2025, 7, 31), D(2025, 11, 30),
         "New BAF approved by Board 27/11/2025.", "Complete"),
        ("R1b", "Introduce a BAF-driven annual cycle of business for each Board committee.",
         "Director of Corporate Governance", D(2026, 3, 31), None,
         "Draft cycles of business for 2026/27 with committee chairs.", "On track"),
    ]),
    ("The Health Board should improve the quality of cover reports to Board and committees so that they clearly state the assurance being provided and the decision sought.", [
        ("R2", "Relaunch the cover report template and deliver report-writing training to all report authors at Band 8a and above.",
         "Board Secretary", D(2025, 9, 30), None,
         "Template relaunched July 2025; 146 staff trained.", "Complete"),
    ]),
    ("The Health Board should set out a credible plan to return to financial balance, with savings schemes that are identified, costed and owned.", [
        ("R3", "Deliver the 2025/26 savings programme of £42.5m, with monthly reporting of delivery to the Performance and Finance Committee.",
         "Director of Finance and Performance", D(2026, 3, 31), None,
         "£31.9m delivered at month 10; forecast shortfall of £6.1m.", "At risk"),
    ]),
    ("The Health Board should strengthen its workforce planning to reduce reliance on agency staff.", [
        ("R4", "Remove off-framework nurse agency use in all but exceptional cases approved by an executive director.",
         "Director of Nursing and Patient Experience; Director of Workforce and OD", "Q3 2025/26", None,
         "Off-framework use down 70% but not eliminated in the emergency department.", "Overdue"),
    ]),
]

SB_LOCAL = [
    ("Urgent and Emergency Care: Flow out of Hospital – West Glamorgan (November 2024)", [
        ("The Health Board and its partners should agree a shared set of measures for hospital discharge and report them to the Regional Partnership Board.", [
            ("UEC R1", "Agree a joint discharge dashboard with Swansea Council and Neath Port Talbot Council through the West Glamorgan Regional Partnership Board.",
             "Chief Operating Officer", D(2025, 6, 30), D(2026, 6, 30),
             "Measures agreed; data-sharing agreement with councils still to be signed.", "At risk"),
        ]),
        ("The Health Board should work with councils to increase discharge to assess capacity so that fewer people wait in hospital for care.", [
            ("UEC R2", "Expand pathway 1 discharge to assess capacity by 40 packages a week, funded from the Regional Integration Fund.",
             "Chief Operating Officer / Director of Primary, Community and Mental Health", D(2026, 9, 30), None,
             "25 additional packages a week in place.", "On track"),
        ]),
    ]),
    ("Digital Strategy Review (March 2025)", [
        ("The Health Board should make sure its digital strategy is fully costed and its priorities are clear.", [
            ("DIG R1", "Produce a costed digital delivery plan for 2026–2029 aligned to the IMTP.",
             "Director of Digital", D(2025, 12, 31), None,
             "Approved by Performance and Finance Committee 16/12/2025.", "Complete"),
            ("DIG R2", "Report progress on the digital delivery plan to the Performance and Finance Committee every six months.",
             "Director of Digital", "Six-monthly", None,
             "First report due June 2026.", "On track"),
        ]),
    ]),
]


def build_swansea(path):
    wb = Workbook()
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    hfill = PatternFill("solid", fgColor="005EB8")

    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = "Bwrdd Iechyd Prifysgol Bae Abertawe / Swansea Bay University Health Board"
    cv["A1"].font = Font(bold=True, size=12)
    cv["A3"] = "Audit Wales Recommendations Tracker"
    cv["A3"].font = Font(bold=True, size=16)
    cv["A4"] = "Audit and Risk Committee – 19 March 2026"
    cv["A6"] = "Status key"
    cv["A6"].font = Font(bold=True)
    key = [("Complete", "Recommendation implemented and evidence provided to Audit Wales"),
           ("On track", "Action in progress and expected to meet the completion date"),
           ("At risk", "Completion date at risk or revised date agreed"),
           ("Overdue", "Completion date passed and action not implemented")]
    for i, (k, v) in enumerate(key, start=7):
        c = cv.cell(row=i, column=1, value=k)
        c.fill = PatternFill("solid", fgColor=SB_STATUS_FILL[k])
        c.font = Font(bold=True)
        cv.cell(row=i, column=2, value=v)
    cv["A12"] = "Summary by report"
    cv["A12"].font = Font(bold=True)
    summary = [("Report", "Complete", "On track", "At risk", "Overdue", "Total"),
               ("Structured Assessment 2024", 2, 1, 1, 1, 5),
               ("Urgent and Emergency Care: Flow out of Hospital", 0, 1, 1, 0, 2),
               ("Digital Strategy Review", 1, 1, 0, 0, 2),
               ("Total", 3, 3, 2, 1, 9)]
    for i, r in enumerate(summary, start=13):
        for j, v in enumerate(r, start=1):
            c = cv.cell(row=i, column=j, value=v)
            c.border = border
            if i == 13 or j == 1 and v == "Total":
                c.font = Font(bold=True)
    cv.column_dimensions["A"].width = 48
    cv.column_dimensions["B"].width = 62

    headers = ["Ref", "Audit Wales recommendation", "Management response / agreed action", "Executive lead",
               "Original completion date", "Revised completion date", "Progress update (March 2026)", "Status"]

    def write_header(ws, r):
        for c, h in enumerate(headers, start=1):
            cell = ws.cell(row=r, column=c, value=h)
            cell.fill = hfill
            cell.font = Font(bold=True, color="FFFFFF")
            cell.alignment = Alignment(wrap_text=True, vertical="center")
            cell.border = border

    def write_recs(ws, row, recs):
        for rec, acts in recs:
            start = row
            for ref, action, lead, orig, rev, prog, status in acts:
                vals = {1: ref, 3: action, 4: lead, 5: orig, 6: rev, 7: prog, 8: status}
                for c, v in vals.items():
                    cell = ws.cell(row=row, column=c, value=v)
                    if isinstance(v, dt.datetime):
                        cell.number_format = "dd/mm/yyyy"
                ws.cell(row=row, column=8).fill = PatternFill("solid", fgColor=SB_STATUS_FILL[status])
                for c in range(1, 9):
                    ws.cell(row=row, column=c).border = border
                    ws.cell(row=row, column=c).alignment = wrap
                row += 1
            ws.cell(row=start, column=2, value=rec)
            if row - 1 > start:
                ws.merge_cells(start_row=start, start_column=2, end_row=row - 1, end_column=2)
        return row

    widths = {"A": 9, "B": 48, "C": 48, "D": 28, "E": 13, "F": 13, "G": 40, "H": 11}

    sa = wb.create_sheet("Structured Assessment 2024")
    sa["A1"] = "Structured Assessment 2024"
    sa["A1"].font = Font(bold=True, size=13)
    sa.merge_cells("A1:H1")
    sa["A2"] = "Report issued December 2024. Management response agreed by Board 30 January 2025."
    sa.merge_cells("A2:H2")
    write_header(sa, 4)
    write_recs(sa, 5, SB_SA)
    for k, v in widths.items():
        sa.column_dimensions[k].width = v

    lo = wb.create_sheet("Local reports")
    write_header(lo, 1)
    row = 2
    for report, recs in SB_LOCAL:
        c = lo.cell(row=row, column=1, value=report)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9E1F2")
        lo.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
        row += 1
        row = write_recs(lo, row, recs)
    for k, v in widths.items():
        lo.column_dimensions[k].width = v
    wb.save(path)


# ---------------------------------------------------------------------------
# 7. Edinburgh IJB - annual audit report 2024/25 action plan progress (docx)
# ---------------------------------------------------------------------------
EIJB_NEW = [
    ("1", "Medium-term financial plan",
     "The IJB is forecasting a budget gap of £38.2 million for 2026/27, rising over the following two years. Savings plans identified to date do not close the gap.\nRisk: the IJB is not able to set a balanced budget and maintain services.",
     "The IJB should update its medium-term financial strategy to set out how the projected funding gaps will be closed, including the savings and service redesign required.",
     ["The medium-term financial strategy will be refreshed alongside the 2026/27 budget and will include a savings and recovery programme covering 2026/27 to 2028/29."],
     "Chief Finance Officer", "Agreed date: 31 March 2026", "Green"),
    ("2", "Savings delivery",
     "Only 61% of the 2024/25 savings programme was delivered, and slippage was not reported to the IJB until late in the year.\nRisk: financial pressures are not identified early enough to take corrective action.",
     "The IJB should make sure that savings plans are supported by delivery plans with clear milestones, and that slippage is reported promptly.",
     ["A savings tracker, with RAG ratings and mitigating actions for slippage, will be reported to each meeting of the Performance and Delivery Committee."],
     "Chief Finance Officer", "Agreed date: December 2025", "Complete"),
    ("3", "Directions",
     "Directions issued to the City of Edinburgh Council and NHS Lothian are high level and several have not been reviewed since 2022.\nRisk: the IJB cannot hold its partners to account for delivery of the Strategic Plan.",
     "Directions should be specific about the outcomes expected and be reviewed when circumstances change.",
     ["A revised directions policy, in line with Scottish Government statutory guidance, will be presented to the IJB. All directions will be reviewed at least annually."],
     "Chief Officer and Head of Strategic Planning", "Agreed date: June 2026", "Green"),
    ("4", "Performance reporting",
     "Performance reports to the IJB focus on national indicators and do not show progress against the Strategic Plan.\nRisk: members cannot judge whether the Strategic Plan is improving outcomes.",
     "The IJB should report performance against the outcomes in its Strategic Plan, not only national indicators.",
     ["A Strategic Plan performance framework will be developed with outcome measures for each of the plan’s priorities.",
      "Performance reports to the IJB will include trend data and benchmarking against other IJBs."],
     "Head of Strategic Planning", "Agreed date: 30 September 2026", "Amber"),
    ("5", "Board development",
     "Six of the eight voting members were new to the IJB during 2024/25.\nRisk: members do not have the knowledge they need to provide effective scrutiny.",
     "The IJB should put in place a programme of development for members, including induction for new voting members.",
     ["A programme of development sessions will be delivered for IJB members, including induction for new voting members."],
     "Chief Officer", "Agreed date: Ongoing", "Green"),
]
EIJB_BF = [
    ("b/f 1", "Workforce planning",
     "There is no integrated workforce plan for the partnership covering health and social care staff.\nRisk: the IJB cannot be assured that the workforce is in place to deliver the Strategic Plan.",
     "The IJB, with its partners, should develop an integrated workforce plan for the Edinburgh Health and Social Care Partnership.",
     ["An integrated workforce plan for the Edinburgh Health and Social Care Partnership will be published."],
     "Chief Officer", "Agreed date: March 2025\nRevised date: March 2026", "Amber"),
    ("b/f 2", "Risk management",
     "The IJB risk register had not been reviewed by the Audit and Assurance Committee for over a year.\nRisk: significant risks are not escalated to members.",
     "The IJB risk register should be reviewed by the Audit and Assurance Committee at least twice a year.",
     ["The risk register will be added to the Committee’s annual workplan for review in June and December each year."],
     "Chief Risk Officer", "Agreed date: 31 December 2024", "Complete"),
]
EIJB_FILL = {"Complete": RAG_HEX["blue"], "Green": RAG_HEX["green"], "Amber": RAG_HEX["amber"], "Red": RAG_HEX["red"]}


def build_eijb(path):
    doc = Document()
    doc.add_paragraph("Edinburgh Integration Joint Board", style="Subtitle")
    doc.add_paragraph("Audit and Assurance Committee – 13 February 2026")
    doc.add_paragraph("Annual Audit Report 2024/25 – Action Plan Progress Update", style="Title")
    doc.add_paragraph("Report by the Chief Finance Officer", style="Heading 3")
    doc.add_paragraph(
        "Audit Scotland’s Annual Audit Report on the 2024/25 audit was presented to the Committee on 18 September 2025. "
        "Appendix 1 of that report set out five recommendations with the management responses agreed by officers, and "
        "followed up two recommendations from previous years. This paper reports progress at the end of January 2026. "
        "The tables below reproduce the auditor’s action plan with a status column added.")
    doc.add_paragraph("Status key", style="Heading 3")
    key = [("Complete", "Action implemented and evidence shared with the external auditor"),
           ("Green", "On track to meet the agreed date"),
           ("Amber", "Some risk to the agreed date, or revised date agreed"),
           ("Red", "Agreed date missed")]
    kt = doc.add_table(rows=len(key), cols=2)
    kt.style = "Table Grid"
    for i, (k, v) in enumerate(key):
        set_cell(kt.rows[i].cells[0], k, bold=True)
        shade(kt.rows[i].cells[0], EIJB_FILL[k])
        set_cell(kt.rows[i].cells[1], v)

    cols = ["No.", "Issue/risk", "Recommendation", "Agreed management action/timing", "Status at January 2026"]

    def table(rows):
        tb = doc.add_table(rows=len(rows) + 1, cols=len(cols))
        tb.style = "Table Grid"
        header_row(tb, cols, fill="4B2A6A")
        for i, (no, title, desc, rec, action_paras, officer, date_text, status) in enumerate(rows, start=1):
            cells = tb.rows[i].cells
            set_cell(cells[0], no)
            c = cells[1]
            c.text = ""
            c.paragraphs[0].add_run(title).bold = True
            for para in desc.split("\n"):
                c.add_paragraph(para)
            set_cell(cells[2], rec)
            c = cells[3]
            c.text = ""
            c.paragraphs[0].add_run(action_paras[0])
            for para in action_paras[1:]:
                c.add_paragraph(para)
            pr = c.add_paragraph()
            pr.add_run("Responsible officer: ").bold = True
            pr.add_run(officer)
            for dline in date_text.split("\n"):
                label, value = dline.split(": ", 1)
                pd = c.add_paragraph()
                pd.add_run(label + ": ").bold = True
                pd.add_run(value)
            set_cell(cells[4], status, bold=True)
            shade(cells[4], EIJB_FILL[status])

    doc.add_paragraph("Appendix 1: 2024/25 action plan", style="Heading 2")
    table(EIJB_NEW)
    doc.add_paragraph("")
    doc.add_paragraph("Appendix 2: Follow-up of prior year recommendations", style="Heading 2")
    table(EIJB_BF)
    doc.add_paragraph("")
    doc.add_paragraph(
        "The Committee is asked to note progress and to agree the revised date for recommendation b/f 1.")
    doc.save(path)


FILES = {
    "devon": "hu2-devon-county-council-asc-cqc-assessment-improvement-plan.docx",
    "notts": "hu2-nottinghamshire-county-council-internal-audit-agreed-actions-tracker.txt",
    "pdnpa": "hu2-peak-district-npa-corporate-risk-register-q3-2025-26-typo-month-refuse.xlsx",
    "cartrefi": "hu2-cartrefi-conwy-regulatory-improvement-plan.csv",
    "derby": "hu2-derbyshire-constabulary-police-custody-inspection-action-plan.xlsx",
    "swansea": "hu2-swansea-bay-uhb-audit-wales-recommendations-tracker.xlsx",
    "eijb": "hu2-edinburgh-ijb-annual-audit-report-action-plan.docx",
}


def main():
    build_devon(os.path.join(HERE, FILES["devon"]))
    build_notts(os.path.join(HERE, FILES["notts"]))
    typo_row = build_pdnpa(os.path.join(HERE, FILES["pdnpa"]))
    build_cartrefi(os.path.join(HERE, FILES["cartrefi"]))
    build_derby(os.path.join(HERE, FILES["derby"]))
    build_swansea(os.path.join(HERE, FILES["swansea"]))
    build_eijb(os.path.join(HERE, FILES["eijb"]))
    print("built 7 files; Peak District typo month on sheet row", typo_row)


if __name__ == "__main__":
    main()
