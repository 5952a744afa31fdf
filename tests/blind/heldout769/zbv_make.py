#!/usr/bin/env python3
"""Build the seven zbv- blind test files (set heldout769) and their expected readings.

Run with /work/main/.venv/bin/python (openpyxl, python-docx, pyyaml).
Only files starting with zbv- are written, all in this folder.
"""
import csv
import datetime as dt
import io
import json
import os
import textwrap

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

# ----------------------------------------------------------------- helpers
FILL = {
    "blue": "0070C0",
    "green": "00B050",
    "amber": "FFC000",
    "red": "FF0000",
    "grey": "D9D9D9",
    "navy": "1F3864",
    "pale": "DEEAF6",
    "teal": "005EB8",
    "lilac": "E4DFEC",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(name):
    c = FILL[name]
    return PatternFill(start_color=c, end_color=c, fill_type="solid")


def d(y, m, day):
    return dt.datetime(y, m, day)


def put(ws, row, col, value, bold=False, fill_name=None, white=False, fmt=None, border=True):
    c = ws.cell(row=row, column=col, value=value)
    c.alignment = WRAP
    if bold or white:
        c.font = Font(bold=bold, color="FFFFFF" if white else "000000")
    if fill_name:
        c.fill = fill(fill_name)
    if fmt:
        c.number_format = fmt
    if border:
        c.border = BOX
    return c


def band(ws, row, text, ncols, fill_name, white=False, bold=True):
    put(ws, row, 1, text, bold=bold, fill_name=fill_name, white=white)
    for col in range(2, ncols + 1):
        put(ws, row, col, None, fill_name=fill_name)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)


def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, size=9):
    """Write text into a docx cell; inner newlines become separate paragraphs."""
    lines = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)


EXPECTED = {}


def expect(name, **kw):
    EXPECTED[name] = kw


# =================================================================== 1
# Kent Community Health NHS FT - Board Assurance Framework 2025/26 (xlsx)
# Fill-only progress colour, original and revised due dates, ambition and
# risk bands, risk-detail label rows, cover sheet with document control
# and colour key, risk summary sheet, totals block.
def make_kchft():
    name = "zbv-kent-community-health-nhsft-board-assurance-framework-2025-26.xlsx"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov.column_dimensions["A"].width = 16
    cov.column_dimensions["B"].width = 18
    cov.column_dimensions["C"].width = 32
    cov.column_dimensions["D"].width = 60
    put(cov, 1, 1, "Kent Community Health NHS Foundation Trust", bold=True, border=False)
    put(cov, 2, 1, "Board Assurance Framework 2025/26", bold=True, border=False)
    put(cov, 3, 1, "Quarter 3 position – report to the Board of Directors (meeting in public), 11 December 2025", border=False)
    put(cov, 5, 1, "Document control", bold=True, border=False)
    for i, h in enumerate(["Version", "Date", "Author", "Summary of changes"], 1):
        put(cov, 6, i, h, bold=True, fill_name="grey")
    rows = [
        ("2.0", d(2025, 6, 12), "Head of Corporate Governance", "BAF 2025/26 approved by the Board"),
        ("3.0", d(2025, 9, 18), "Head of Corporate Governance", "Quarter 2 review; BAF 6 (cyber security) added"),
        ("3.2", d(2025, 11, 27), "Corporate Governance Officer", "Quarter 3 review by executive leads and assuring committees"),
    ]
    for r, row in enumerate(rows, 7):
        for c, v in enumerate(row, 1):
            put(cov, r, c, v, fmt="dd/mm/yyyy" if c == 2 else None)
    put(cov, 11, 1, "Action progress key", bold=True, border=False)
    key = [
        ("blue", "Complete"),
        ("green", "On track to deliver by the due date"),
        ("amber", "Slippage – revised date agreed by the executive lead"),
        ("red", "Off track / overdue with no agreed revised date"),
    ]
    for r, (col, txt) in enumerate(key, 12):
        put(cov, r, 1, None, fill_name=col)
        put(cov, r, 2, txt, border=False)
    put(cov, 17, 1, "Scores are likelihood x consequence (5 x 5 matrix). Each risk is reviewed by its assuring committee before the BAF is presented to the Board.", border=False)

    rs = wb.create_sheet("Risk summary")
    for col, w in zip("ABCDEFGH", [9, 60, 30, 26, 10, 10, 10, 10]):
        rs.column_dimensions[col].width = w
    put(rs, 1, 1, "Strategic risks 2025/26 – summary", bold=True, border=False)
    hdr = ["BAF ref", "Strategic risk", "Executive lead", "Assuring committee", "Initial", "Current", "Target", "Trend"]
    for i, h in enumerate(hdr, 1):
        put(rs, 3, i, h, bold=True, fill_name="grey")
    summary = [
        ("BAF 1", "Health inequalities in access and outcomes", "Chief Medical Officer", "Quality Committee", 16, 12, 8, "↔"),
        ("BAF 2", "Demand exceeds capacity in community services", "Chief Operating Officer", "Quality Committee", 20, 16, 9, "↓"),
        ("BAF 3", "Learning from patient safety events", "Chief Nursing Officer", "Quality Committee", 12, 8, 6, "↓"),
        ("BAF 4", "Recruitment and retention", "Chief People Officer", "Strategic Workforce Committee", 16, 12, 8, "↔"),
        ("BAF 5", "Financial plan and efficiency programme", "Chief Finance Officer", "Finance, Business and Investment Committee", 20, 15, 10, "↑"),
        ("BAF 6", "Cyber security", "Chief Digital Information Officer", "Audit and Risk Committee", 15, 15, 10, "↔"),
    ]
    for r, row in enumerate(summary, 4):
        for c, v in enumerate(row, 1):
            put(rs, r, c, v)

    ws = wb.create_sheet("BAF detail")
    for col, w in zip("ABCDEFG", [10, 62, 34, 14, 14, 11, 52]):
        ws.column_dimensions[col].width = w
    put(ws, 1, 1, "Board Assurance Framework 2025/26 – detail by strategic ambition", bold=True, border=False)
    ws.merge_cells("A1:G1")
    put(ws, 2, 1, "Actions are those agreed to close the gaps in control or assurance. The progress colour shows the position at 27 November 2025 (see the key on the Cover sheet).", border=False)
    ws.merge_cells("A2:G2")
    hdr = ["Ref", "Action to close gap", "Action owner", "Original due date", "Revised due date", "Progress", "Update (November 2025)"]
    for i, h in enumerate(hdr, 1):
        put(ws, 4, i, h, bold=True, fill_name="grey")

    A1 = "Ambition 1: Putting communities first"
    A2 = "Ambition 2: Better patient experience"
    A3 = "Ambition 3: A great place to work"
    A4 = "Ambition 4: Sustainable care"
    R1 = "BAF 1 – We do not reduce avoidable differences in access to, and outcomes from, our services for people in our most deprived communities and people with protected characteristics"
    R2 = "BAF 2 – Demand for community services, including children's therapies and adult community nursing, exceeds capacity, leading to long waits and risk of harm"
    R3 = "BAF 3 – We do not learn consistently from patient safety events, complaints and feedback, so that similar harm recurs"
    R4 = "BAF 4 – We cannot recruit and retain enough staff with the right skills, particularly in community nursing and dental services"
    R5 = "BAF 5 – We do not deliver the 2025/26 financial plan and efficiency programme, putting the Trust's long-term sustainability at risk"
    R6 = "BAF 6 – A cyber security incident disrupts access to clinical systems and patient records"

    # (ambition, risk, exec lead, gaps, [actions])
    # action: ref, text, owner, orig, revised, colour, update, lead_list, end, end_text
    blocks = [
        (A1, R1, "Chief Medical Officer",
         "Waiting list data is not yet routinely split by deprivation and ethnicity for every service; limited assurance on the impact of the Core20PLUS5 approach.",
         [
             ("1.1", "Complete the health inequalities review of waiting lists for all community services, split by IMD quintile and ethnicity, and report the findings to the Quality Committee",
              "Chief Medical Officer", d(2025, 9, 30), d(2025, 12, 31), "amber",
              "Data for 22 of 27 services validated; dental services delayed by the patient record system migration.",
              ["Chief Medical Officer"], "2025-12", None),
             ("1.2", "Embed Core20PLUS5 prompts in the clinical record templates used by adult community nursing and long term conditions services",
              "Chief Nursing Officer / Chief Digital Information Officer", d(2026, 3, 31), None, "green",
              "Template changes signed off by the Clinical Records Group; build scheduled for January.",
              ["Chief Nursing Officer", "Chief Digital Information Officer"], "2026-03", None),
             ("1.3", "Agree a joint action plan with the Kent and Medway ICB population health team for the three most deprived coastal neighbourhoods",
              "Director of Strategy and Partnerships", d(2025, 10, 31), None, "blue",
              "Plan agreed at the ICB Population Health Board on 16 October 2025.",
              ["Director of Strategy and Partnerships"], "2025-10", None),
         ]),
        (A2, R2, "Chief Operating Officer",
         "Capacity and demand modelling incomplete for MSK physiotherapy; harm review process not in place for all long waiters.",
         [
             ("2.1", "Deliver the children's therapies waiting list recovery trajectory so that no child waits more than 52 weeks",
              "Chief Operating Officer", d(2026, 3, 31), None, "green",
              "Longest wait 49 weeks at the end of October; trajectory met for three consecutive months.",
              ["Chief Operating Officer"], "2026-03", None),
             ("2.2", "Introduce clinical harm reviews for all patients waiting more than 18 weeks for MSK physiotherapy",
              "Director of Adult Services", d(2025, 8, 31), "Q4 2025/26", "amber",
              "Harm review tool piloted in East Kent; roll-out depends on recruitment to two band 7 posts.",
              ["Director of Adult Services"], "2026-03", "Q4 2025/26"),
         ]),
        (A2, R3, "Chief Nursing Officer",
         "Patient safety incident response plan not yet reviewed against year one learning.",
         [
             ("3.1", "Complete the PSIRF year two review and refresh the patient safety incident response plan",
              "Head of Patient Safety", d(2025, 11, 30), None, "blue",
              "Revised plan approved by the Quality Committee on 20 November 2025.",
              ["Head of Patient Safety"], "2025-11", None),
         ]),
        (A3, R4, "Chief People Officer",
         "Turnover in community nursing above 12%; reliance on agency staff in special care dentistry.",
         [
             ("4.1", "Launch the community nursing retention programme, including the flexible working offer and refreshed preceptorship",
              "Chief People Officer", d(2025, 7, 31), d(2025, 10, 31), "blue",
              "Launched 1 October 2025; uptake reported to the Strategic Workforce Committee.",
              ["Chief People Officer"], "2025-10", None),
             ("4.2", "Reduce agency spend in dental services to below 3% of the pay bill",
              "Chief People Officer & Chief Finance Officer", d(2025, 12, 31), None, "red",
              "Agency use 5.8% in October; two special care dental posts remain vacant.",
              ["Chief People Officer", "Chief Finance Officer"], "2025-12", None),
         ]),
        (A4, R5, "Chief Finance Officer",
         "£3.1m of the efficiency programme not yet identified as recurrent schemes.",
         [
             ("5.1", "Deliver the 2025/26 cost improvement programme of £14.2m, with a quality impact assessment completed for every scheme",
              "Chief Finance Officer", d(2026, 3, 31), None, "green",
              "£9.6m delivered to month 7, in line with plan.",
              ["Chief Finance Officer"], "2026-03", None),
             ("5.2", "Complete the estates rationalisation review of leased clinical bases in West Kent",
              "Director of Estates", d(2026, 1, 31), None, "green",
              "Site surveys complete; options paper to the Finance, Business and Investment Committee in January.",
              ["Director of Estates"], "2026-01", None),
         ]),
        (A4, R6, "Chief Digital Information Officer",
         "Cyber Essentials Plus re-test outstanding; two legacy servers not yet decommissioned.",
         [
             ("6.1", "Complete the Data Security and Protection Toolkit improvement plan and the Cyber Essentials Plus re-test",
              "Head of Cyber Security", d(2026, 6, 30), None, "green",
              "Legacy servers scheduled for decommissioning in February; re-test booked for May 2026.",
              ["Head of Cyber Security"], "2026-06", None),
         ]),
    ]
    status_of = {"blue": "blue", "green": "green", "amber": "amber", "red": "red"}
    row = 5
    last_amb = None
    actions = []
    counts = {"blue": 0, "green": 0, "amber": 0, "red": 0}
    for amb, risk, exec_lead, gaps, acts in blocks:
        if amb != last_amb:
            band(ws, row, amb, 7, "navy", white=True)
            row += 1
            last_amb = amb
        band(ws, row, risk, 7, "pale")
        row += 1
        put(ws, row, 1, "Executive lead", bold=True)
        put(ws, row, 2, exec_lead)
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=7)
        row += 1
        put(ws, row, 1, "Gaps in control / assurance", bold=True)
        put(ws, row, 2, gaps)
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=7)
        row += 1
        for ref, text, owner, orig, rev, colour, upd, leads, end, end_text in acts:
            put(ws, row, 1, ref)
            put(ws, row, 2, text)
            put(ws, row, 3, owner)
            put(ws, row, 4, orig, fmt="dd/mm/yyyy")
            put(ws, row, 5, rev, fmt="dd/mm/yyyy" if isinstance(rev, dt.datetime) else None)
            put(ws, row, 6, None, fill_name=colour)
            put(ws, row, 7, upd)
            counts[colour] += 1
            a = {"ref": ref, "under": [amb, risk], "action": text, "lead": leads, "end": end}
            if end_text:
                a["end_text"] = end_text
            a["status"] = status_of[colour]
            actions.append(a)
            row += 1
    row += 1
    put(ws, row, 1, "Summary of action progress", bold=True, border=False)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=2)
    row += 1
    for colour, label in [("blue", "Complete"), ("green", "On track"), ("amber", "Slippage – revised date agreed"), ("red", "Off track / overdue")]:
        put(ws, row, 1, None, fill_name=colour)
        put(ws, row, 2, label)
        put(ws, row, 3, counts[colour])
        row += 1
    put(ws, row, 2, "Total actions", bold=True)
    put(ws, row, 3, sum(counts.values()), bold=True)
    ws.freeze_panes = "A5"
    wb.active = 2
    wb.save(os.path.join(HERE, name))

    expect(
        name,
        source=(
            "Imitates a community NHS foundation trust's Board Assurance Framework as presented to the board in public "
            "(Kent Community Health NHS FT, 2025/26, structured by the four ambitions of its 'We care' strategy 2023-28, "
            "kentcht.nhs.uk/about-us/our-aims/our-strategy/). Copied features: cover sheet with title block, document "
            "control table and a colour key; a separate risk summary sheet with scores; a detail sheet with navy ambition "
            "bands and pale strategic-risk bands, executive lead and gaps label rows under each risk, actions with original "
            "and revised due dates (dates and one quarter), progress shown only by cell fill colour, update column, and a "
            "totals block at the foot."
        ),
        reads=(
            "A board assurance framework: six strategic risks grouped under four strategic ambitions, each with its executive "
            "lead and gaps, and below them eleven numbered actions to close the gaps with an owner (job titles, two with two "
            "posts), original and revised due dates and a coloured progress cell read against the key on the cover sheet. "
            "The cover, risk summary and totals block are not actions."
        ),
        outcome="read",
        accept_refusal=False,
        title="Board Assurance Framework 2025/26",
        actions=actions,
    )


# =================================================================== 2
# Oxleas NHS FT - Quality Account priorities tracker 2025/26 (xlsx)
# Domain bands, priority rows, Q1 and Q2 RAG letters with fill, key sheet,
# summary sheet, note line, two people in one lead cell.
def make_oxleas():
    name = "zbv-oxleas-nhsft-quality-account-priorities-tracker-2025-26.xlsx"
    wb = Workbook()
    key = wb.active
    key.title = "Key"
    key.column_dimensions["A"].width = 14
    key.column_dimensions["B"].width = 60
    put(key, 1, 1, "Quality Account Priorities 2025/26 – progress tracker", bold=True, border=False)
    put(key, 3, 1, "RAG rating key", bold=True, border=False)
    rag_key = [
        ("B", "blue", "Complete – milestone delivered"),
        ("G", "green", "On track"),
        ("A", "amber", "At risk – some delay, mitigation in place"),
        ("R", "red", "Off track – will not be delivered by the due date"),
        ("Not started", None, "Milestone not yet due to start"),
    ]
    for r, (letter, colour, txt) in enumerate(rag_key, 4):
        put(key, r, 1, letter, bold=True, fill_name=colour)
        put(key, r, 2, txt)
    put(key, 10, 1, "The four priorities were agreed with governors, service users and partners and published in the Quality Account 2024/25 (June 2025). Progress is reported quarterly to the Quality and Safety Committee.", border=False)

    ws = wb.create_sheet("Q2 2025-26")
    for col, w in zip("ABCDEFG", [7, 60, 34, 12, 9, 12, 55]):
        ws.column_dimensions[col].width = w
    put(ws, 1, 1, "Oxleas NHS Foundation Trust", bold=True, border=False)
    put(ws, 2, 1, "Quality Account Priorities 2025/26 – Quarter 2 progress (July to September 2025)", bold=True, border=False)
    put(ws, 3, 1, "Presented to: Quality and Safety Committee, 22 October 2025", border=False)
    for c in (1, 2, 3):
        ws.merge_cells(start_row=c, start_column=1, end_row=c, end_column=7)
    hdr = ["Ref", "Milestone / action", "Lead(s)", "Due", "Q1 RAG", "Q2 RAG", "Q2 update"]
    for i, h in enumerate(hdr, 1):
        put(ws, 5, i, h, bold=True, fill_name="teal", white=True)

    D1, D2, D3 = "Patient safety", "Clinical effectiveness", "Patient experience"
    P1 = "Priority 1: Reduce the use of restrictive practice on our adult acute inpatient wards"
    P2 = "Priority 2: Improve the physical health of people with severe mental illness (SMI) cared for by our community mental health teams"
    P3 = "Priority 3: Zero delays – reduce waiting times for a first assessment in children and young people's mental health services (CAMHS)"
    P4 = "Priority 4: Strengthen the involvement of carers using the Triangle of Care standards"
    colour_of = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    status_of = {"B": "blue", "G": "green", "A": "amber", "R": "red", "Not started": "unrated"}
    items = [
        ("domain", D1), ("priority", P1),
        ("1.1", "Implement all ten Safewards interventions on the 12 adult acute wards, with ward-level fidelity checks",
         "Associate Director of Nursing (Inpatients)", "Sep-25", "G", "B",
         "All 12 wards signed off by the Safewards lead on 26/09/2025.",
         ["Associate Director of Nursing (Inpatients)"], "2025-09", None),
        ("1.2", "Train 90% of inpatient staff in the revised Prevention and Management of Violence and Aggression (PMVA) refresher, including trauma-informed de-escalation",
         "Head of Violence Reduction / Inpatient Ward Managers", "Dec 2025", "G", "A",
         "Compliance 81% at the end of September; additional sessions booked for November.",
         ["Head of Violence Reduction", "Inpatient Ward Managers"], "2025-12", None),
        ("1.3", "Publish monthly restrictive practice data (restraint, seclusion and rapid tranquillisation) by ward on the quality dashboard",
         "Head of Quality Intelligence", "Q3 2025/26", "A", "G",
         "Dashboard page built and tested; first publication with October data.",
         ["Head of Quality Intelligence"], "2025-12", "Q3 2025/26"),
        ("priority", P2),
        ("2.1", "Offer a full annual physical health check to 75% of people on the SMI register held by our community teams",
         "Dr Priya Natarajan and Helen Okafor", d(2026, 3, 31), "G", "G",
         "61% at the end of Q2 (Q1: 54%); Bromley teams above target.",
         ["Dr Priya Natarajan", "Helen Okafor"], "2026-03", None),
        ("2.2", "Agree a physical health follow-up pathway with primary care networks in Bexley, Bromley and Greenwich",
         "Lead Nurse for Physical Health", "Jan-26", None, "Not started",
         "Pathway design starts in November with the primary care network clinical directors.",
         ["Lead Nurse for Physical Health"], "2026-01", None),
        ("domain", D2), ("priority", P3),
        ("3.1", "Reduce the number of young people waiting more than 18 weeks for a first CAMHS assessment to zero",
         "Service Director, Children and Young People's Services", "Jun-26", "A", "R",
         "Referrals up 14% year on year; recovery trajectory being reset with the ICB.",
         ["Service Director, Children and Young People's Services"], "2026-06", None),
        ("3.2", "Offer every young person on the CAMHS waiting list a contact from the waiting well team at least every four weeks",
         "CAMHS Waiting Well Lead", "Oct 2025", "G", "G",
         "93% of young people contacted within four weeks in September.",
         ["CAMHS Waiting Well Lead"], "2025-10", None),
        ("domain", D3), ("priority", P4),
        ("4.1", "Complete Triangle of Care self-assessments in all inpatient and community teams and submit them to the Carers Trust",
         "Head of Patient and Carer Experience", d(2025, 11, 30), "G", "G",
         "41 of 48 teams have completed the self-assessment.",
         ["Head of Patient and Carer Experience"], "2025-11", None),
        ("4.2", "Hold a carers' forum in each borough and report the themes raised to the Patient Experience Group",
         "Borough Carer Leads", "Quarterly", "G", "G",
         "Forums held in Bexley (July), Bromley (August) and Greenwich (September).",
         ["Borough Carer Leads"], None, "Quarterly"),
    ]
    row = 6
    dom = pri = None
    actions = []
    summary = {}
    for it in items:
        if it[0] == "domain":
            dom = it[1]
            band(ws, row, dom, 7, "teal", white=True)
            row += 1
            continue
        if it[0] == "priority":
            pri = it[1]
            band(ws, row, pri, 7, "lilac")
            row += 1
            continue
        ref, text, lead, due, q1, q2, upd, leads, end, end_text = it
        put(ws, row, 1, ref)
        put(ws, row, 2, text)
        put(ws, row, 3, lead)
        put(ws, row, 4, due, fmt="dd/mm/yyyy" if isinstance(due, dt.datetime) else None)
        put(ws, row, 5, q1, bold=bool(q1), fill_name=colour_of.get(q1))
        put(ws, row, 6, q2, bold=True, fill_name=colour_of.get(q2))
        put(ws, row, 7, upd)
        summary.setdefault(dom, {}).setdefault(q2, 0)
        summary[dom][q2] += 1
        a = {"ref": ref, "under": [dom, pri], "action": text, "lead": leads, "end": end}
        if end_text:
            a["end_text"] = end_text
        a["status"] = status_of[q2]
        actions.append(a)
        row += 1
    row += 1
    put(ws, row, 1, "Note: Priority 3 milestones are also monitored through the Zero Delays programme board. RAG ratings are agreed with the executive lead before submission.", border=False)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=7)
    ws.freeze_panes = "A6"

    sm = wb.create_sheet("Q2 summary")
    sm.column_dimensions["A"].width = 26
    put(sm, 1, 1, "Quarter 2 RAG summary by domain", bold=True, border=False)
    cols = ["B", "G", "A", "R", "Not started"]
    put(sm, 3, 1, "Domain", bold=True, fill_name="grey")
    for i, c in enumerate(cols + ["Total"], 2):
        put(sm, 3, i, c, bold=True, fill_name=colour_of.get(c, "grey"))
    r = 4
    for dom_name in (D1, D2, D3):
        put(sm, r, 1, dom_name)
        tot = 0
        for i, c in enumerate(cols, 2):
            n = summary.get(dom_name, {}).get(c, 0)
            tot += n
            put(sm, r, i, n)
        put(sm, r, len(cols) + 2, tot)
        r += 1
    put(sm, r, 1, "Total", bold=True)
    for i, c in enumerate(cols, 2):
        put(sm, r, i, sum(summary.get(x, {}).get(c, 0) for x in (D1, D2, D3)), bold=True)
    put(sm, r, len(cols) + 2, len(actions), bold=True)
    wb.active = 1
    wb.save(os.path.join(HERE, name))

    expect(
        name,
        source=(
            "Imitates a mental health and community trust's quarterly tracker of its Quality Account priorities "
            "(Oxleas NHS FT, 2025/26; priorities grouped by the Quality Account domains patient safety, clinical "
            "effectiveness and patient experience, with a 'Zero delays' priority from the Oxleas strategy 2024-27, "
            "oxleas.nhs.uk/our-strategy-and-values). Copied features: key sheet with B/G/A/R letters and 'Not started', "
            "title block naming the committee, teal domain bands and lilac priority bands, numbered milestones, previous "
            "(Q1) and current (Q2) RAG letters with fill colour, due column mixing text months, a quarter, real dates and "
            "'Quarterly', a note line, and a separate summary sheet of counts."
        ),
        reads=(
            "A Quarter 2 progress tracker of four Quality Account priorities under three domains, with nine numbered "
            "milestones, each with its lead(s), due date, Q1 and Q2 RAG and an update. The Q2 RAG is the current status; "
            "the key, note line and summary sheet are not actions."
        ),
        outcome="read",
        accept_refusal=False,
        title="Quality Account Priorities 2025/26 – Quarter 2 progress (July to September 2025)",
        actions=actions,
    )


# =================================================================== 3
# NHS Western Isles - HIS IR(ME)R inspection improvement action plan (xlsx)
# HIS improvement action plan template (reference / action planned /
# timescale / responsibility), header block, domain rows, requirement and
# recommendation rows above their actions, board-added progress and RAG
# columns, RAG key under the table, summary and version sheets.
def make_western_isles():
    name = "zbv-nhs-western-isles-his-irmer-western-isles-hospital-improvement-action-plan.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement action plan"
    for col, w in zip("ABCDEF", [12, 60, 18, 34, 48, 7]):
        ws.column_dimensions[col].width = w
    put(ws, 1, 1, "Improvement Action Plan", bold=True, border=False)
    ws.merge_cells("A1:F1")
    header = [
        ("NHS board:", "NHS Western Isles"),
        ("Hospital / service:", "Western Isles Hospital, Stornoway – Diagnostic Imaging"),
        ("Inspection:", "Ionising Radiation (Medical Exposure) Regulations (IR(ME)R) – announced inspection"),
        ("Date of inspection:", "18–19 February 2025"),
        ("Date of report publication:", "20 May 2025"),
        ("Progress update as at:", "30 September 2025"),
    ]
    for r, (k, v) in enumerate(header, 2):
        put(ws, r, 1, k, bold=True)
        put(ws, r, 2, v)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
    hdr = ["Reference number", "Action planned", "Timescale to meet action", "Responsibility for taking action", "Progress update", "RAG"]
    for i, h in enumerate(hdr, 1):
        put(ws, 9, i, h, bold=True, fill_name="grey")

    DM2 = "Domain 2 – Leadership and culture"
    DM5 = "Domain 5 – Planning for quality"
    DM7 = "Domain 7 – Quality control"
    RQ1 = "Requirement 1: The employer must ensure that the entitlement of duty holders is clearly documented, including the scope of practice of non-medical referrers, and that records of entitlement are kept up to date (Regulation 6(3)(b))."
    RQ2 = "Requirement 2: The employer must ensure that the employer's procedure for the identification of individuals to be exposed reflects the practice observed in the department, including for patients unable to confirm their own identity (Regulation 6(1) and Schedule 2(1)(a))."
    RQ3 = "Requirement 3: The employer must ensure that diagnostic reference levels are established and reviewed for all standard examinations, including CT examinations of children, and that staff know what to do if they are consistently exceeded (Regulation 6(5)(c))."
    RCa = "Recommendation a: The employer should carry out regular clinical audit of the justification of referrals and share the findings with referrers."
    RCb = "Recommendation b: The employer should ensure that the equipment quality assurance programme includes documented acceptance testing before new equipment is used clinically."
    colour_of = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    status_of = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    items = [
        ("band", DM2), ("head", RQ1),
        ("1.1", "Review and re-issue entitlement letters for all IR(ME)R duty holders, with the scope of practice listed by modality",
         d(2025, 7, 31), "Radiology Services Manager", "All 46 entitlement letters re-issued and signed.", "B",
         ["Radiology Services Manager"], "2025-07", None),
        ("1.2", "Move the entitlement register to the Q-Pulse document system with six-monthly review reminders",
         "Aug-25", "Lead Superintendent Radiographer / Quality Manager", "Register live on Q-Pulse from 4 August 2025.", "B",
         ["Lead Superintendent Radiographer", "Quality Manager"], "2025-08", None),
        ("band", DM5), ("head", RQ2),
        ("2.1", "Revise Employer's Procedure EP01 (patient identification) and present it to the Radiation Protection Committee for approval",
         "September 2025", "Radiology Services Manager & Medical Physics Expert", "Revised EP01 approved on 11 September 2025; staff briefings under way.", "G",
         ["Radiology Services Manager", "Medical Physics Expert"], "2025-09", None),
        ("head", RQ3),
        ("3.1", "Set local diagnostic reference levels (DRLs) for all standard CT protocols using the dose audit completed in June 2025",
         "December 2025", "Medical Physics Expert", "Dose data collected; analysis due in November.", "G",
         ["Medical Physics Expert"], "2025-12", None),
        ("3.2", "Agree paediatric CT DRLs with the Royal Hospital for Children, Glasgow, and add escalation steps to Employer's Procedure EP07",
         "March 2026", "Dr Anna MacLeod (Lead Radiologist)", "Awaiting a response from the paediatric radiology team in Glasgow.", "A",
         ["Dr Anna MacLeod (Lead Radiologist)"], "2026-03", None),
        ("head", RCa),
        ("a.1", "Add a referral justification audit (ten plain-film referrals each month) to the departmental audit programme and report the results to the Radiation Protection Committee",
         "Ongoing – quarterly", "Lead Superintendent Radiographer", "July and August audits complete; 94% of referrals met the referral criteria.", "G",
         ["Lead Superintendent Radiographer"], None, "Ongoing – quarterly"),
        ("band", DM7), ("head", RCb),
        ("b.1", "Update the equipment quality assurance programme to require acceptance testing sign-off by the Medical Physics Expert before first clinical use",
         "Nov-25", "Medical Physics Expert", "Not progressed – the MPE post is vacant until January 2026; a revised timescale will be agreed.", "R",
         ["Medical Physics Expert"], "2025-11", None),
    ]
    row = 10
    dom = head = None
    actions = []
    counts = {}
    for it in items:
        if it[0] == "band":
            dom = it[1]
            band(ws, row, dom, 6, "pale")
            row += 1
            continue
        if it[0] == "head":
            head = it[1]
            band(ws, row, head, 6, "grey", bold=False)
            row += 1
            continue
        ref, text, when, who, prog, rag, leads, end, end_text = it
        put(ws, row, 1, ref)
        put(ws, row, 2, text)
        put(ws, row, 3, when, fmt="dd/mm/yyyy" if isinstance(when, dt.datetime) else None)
        put(ws, row, 4, who)
        put(ws, row, 5, prog)
        put(ws, row, 6, rag, bold=True, fill_name=colour_of[rag])
        counts[rag] = counts.get(rag, 0) + 1
        a = {"ref": ref, "under": [dom, head], "action": text, "lead": leads, "end": end}
        if end_text:
            a["end_text"] = end_text
        a["status"] = status_of[rag]
        actions.append(a)
        row += 1
    row += 1
    put(ws, row, 1, "RAG key", bold=True, border=False)
    row += 1
    for letter, txt in [("B", "Complete"), ("G", "On track"), ("A", "At risk of delay"), ("R", "Off track / overdue")]:
        put(ws, row, 1, letter, bold=True, fill_name=colour_of[letter])
        put(ws, row, 2, txt)
        row += 1

    sm = wb.create_sheet("Summary")
    sm.column_dimensions["A"].width = 30
    put(sm, 1, 1, "IR(ME)R improvement action plan – position at 30 September 2025", bold=True, border=False)
    put(sm, 3, 1, "Status", bold=True, fill_name="grey")
    put(sm, 3, 2, "Number of actions", bold=True, fill_name="grey")
    r = 4
    for letter, txt in [("B", "Complete"), ("G", "On track"), ("A", "At risk of delay"), ("R", "Off track / overdue")]:
        put(sm, r, 1, txt, fill_name=colour_of[letter])
        put(sm, r, 2, counts.get(letter, 0))
        r += 1
    put(sm, r, 1, "Total", bold=True)
    put(sm, r, 2, len(actions), bold=True)
    put(sm, r + 2, 1, "3 requirements and 2 recommendations from the Healthcare Improvement Scotland report published 20 May 2025.", border=False)

    vc = wb.create_sheet("Version control")
    for col, w in zip("ABCD", [10, 14, 50, 40]):
        vc.column_dimensions[col].width = w
    for i, h in enumerate(["Version", "Date", "Change", "Approved by"], 1):
        put(vc, 1, i, h, bold=True, fill_name="grey")
    for r, rowv in enumerate([
        ("1.0", d(2025, 6, 17), "Action plan submitted to Healthcare Improvement Scotland", "Director of Nursing, Midwifery and AHPs"),
        ("1.1", d(2025, 9, 30), "Progress update for the Clinical Governance Committee", "Radiology Services Manager"),
    ], 2):
        for c, v in enumerate(rowv, 1):
            put(vc, r, c, v, fmt="dd/mm/yyyy" if c == 2 else None)
    wb.active = 0
    wb.save(os.path.join(HERE, name))

    expect(
        name,
        source=(
            "Imitates a Scottish NHS board's improvement action plan returned to Healthcare Improvement Scotland after an "
            "IR(ME)R inspection of a hospital imaging department (NHS Western Isles, Western Isles Hospital, 2025), on the "
            "HIS improvement action plan template (Reference number / Action planned / Timescale to meet action / "
            "Responsibility for taking action; requirements and recommendations as defined at "
            "healthcareimprovementscotland.scot inspection report terminology). Copied features: header block (NHS board, "
            "hospital, inspection, dates), domain rows, requirement and recommendation rows spanning the table above their "
            "actions, numbered actions (1.1, a.1), board-added progress and RAG columns with letters and fill, RAG key under "
            "the table, summary and version control sheets."
        ),
        reads=(
            "An improvement action plan answering three requirements and two recommendations from a HIS IR(ME)R inspection, "
            "grouped under three quality framework domains, with seven numbered actions each carrying a timescale, the "
            "post(s) responsible, a progress update and a B/G/A/R rating. Header block, key, summary and version control "
            "are not actions."
        ),
        outcome="read",
        accept_refusal=False,
        title="Improvement Action Plan",
        actions=actions,
    )


# =================================================================== 4
# London Ambulance Service - PSII safety action plan (docx)
# Title block, incident details table, numbered sections, one table of
# safety actions per area for improvement (bold line above each table),
# status words, sign-off table.
def make_las():
    name = "zbv-london-ambulance-service-nhs-trust-psii-delayed-response-fall-safety-action-plan.docx"
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    title = "Patient Safety Incident Investigation: Safety Action Plan"
    doc.add_heading(title, level=0)
    p = doc.add_paragraph()
    p.add_run("London Ambulance Service NHS Trust").bold = True
    doc.add_paragraph("Delayed response to an 89-year-old patient who had fallen at home during a period of extreme demand (REAP level 4)")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [
        ("PSII reference", "LAS-PSII-2025-007"),
        ("Incident date", "6 January 2025"),
        ("LFPSE reference", "W-2025-118734"),
        ("Executive lead", "Chief Paramedic and Quality Officer"),
        ("Approved by", "Patient Safety and Learning Group, 21 May 2025"),
        ("Version", "1.3 – status update 30 September 2025"),
    ]:
        c = t.add_row().cells
        cell_text(c[0], k, bold=True)
        shade(c[0], "D9E2F3")
        cell_text(c[1], v)

    doc.add_heading("1. Summary of the incident", level=1)
    doc.add_paragraph(
        "On 6 January 2025 a 999 call was received for an 89-year-old woman who had fallen in her kitchen and could not get up. "
        "The call was triaged as category 3. Demand across London was at REAP level 4 and the patient waited 7 hours 42 minutes "
        "for an ambulance. Two welfare calls planned under the clinical safety plan were not made. The patient was conveyed to "
        "hospital with rhabdomyolysis and a pressure injury."
    )
    doc.add_heading("2. Findings", level=1)
    doc.add_paragraph(
        "The investigation used the Systems Engineering Initiative for Patient Safety (SEIPS) framework. It found that welfare "
        "call-backs depended on clinicians in the clinical hub noticing the time each patient had waited, that there was no "
        "prompt to re-triage a patient as their time on the floor increased, and that learning from two earlier long-wait "
        "incidents had been shared by email only."
    )
    doc.add_heading("3. Safety actions", level=1)
    doc.add_paragraph(
        "Safety actions are monitored by the Patient Safety and Learning Group. Status as at 30 September 2025: "
        "Complete / On track / Amber (at risk) / Not started."
    )

    AFI = [
        ("Area for improvement 1: Welfare calls to patients waiting for an ambulance were not made at the intervals set out in the Trust's clinical safety plan while call volumes were at their peak",
         [
             ("SA01", "Introduce an automated CAD prompt for welfare call-backs to category 3 and 4 patients when the time in queue exceeds the clinical safety plan threshold",
              "Head of Emergency Operations Centres", "30/06/2025", "Percentage of welfare calls made within the threshold (weekly audit)", "Complete",
              ["Head of Emergency Operations Centres"], "2025-06", None, "blue"),
             ("SA02", "Set up a dedicated welfare call team in the clinical hub whenever the Trust is at REAP level 3 or above",
              "Deputy Director of Clinical Quality / Head of Clinical Hub", "September 2025", "Rota fill rate for the welfare call team; welfare calls made per shift", "On track",
              ["Deputy Director of Clinical Quality", "Head of Clinical Hub"], "2025-09", None, "green"),
             ("SA03", "Update the welfare call script with fall-specific questions (able to get up, warmth, fluids, pain) and advice for family members",
              "Dr Sarah Mbeki and Tom Fairclough", "31 July 2025", "Audit of 50 welfare calls a month against the script", "Complete",
              ["Dr Sarah Mbeki", "Tom Fairclough"], "2025-07", None, "blue"),
         ]),
        ("Area for improvement 2: Patients who had fallen and could not get up were not consistently re-triaged as their time on the floor increased",
         [
             ("SA04", "Add a 'long lie' re-triage trigger at 60 minutes to the clinical validation process, with an upgrade to category 2 where clinically indicated",
              "Associate Medical Director (EOC)", "Q3 2025/26", "Number of long lie re-triages completed; time from trigger to re-triage", "Amber",
              ["Associate Medical Director (EOC)"], "2025-12", "Q3 2025/26", "amber"),
             ("SA05", "Agree direct referral of non-injured fallers to the community falls response services in each London integrated care system",
              "Director of Strategy and Transformation", "End of March 2026", "Number of referrals accepted by falls response services each month", "On track",
              ["Director of Strategy and Transformation"], "2026-03", None, "green"),
         ]),
        ("Area for improvement 3: Learning from previous long-wait incidents was not shared with staff in a way that changed practice",
         [
             ("SA06", "Publish a 'learning from long waits' bulletin and include this case in the 2025/26 mandatory training for EOC and clinical hub staff",
              "Associate Director of Patient Safety and Learning", "31/10/2025", "Training completion rate; staff survey question on learning from incidents", "On track",
              ["Associate Director of Patient Safety and Learning"], "2025-10", None, "green"),
             ("SA07", "Review the surge management plan against the findings of this investigation and test the revised plan in the winter exercise",
              "Head of Emergency Preparedness, Resilience and Response", "November 2025", "Exercise report and revised plan approved by the Executive Committee", "Not started",
              ["Head of Emergency Preparedness, Resilience and Response"], "2025-11", None, "unrated"),
         ]),
    ]
    actions = []
    for head, rows in AFI:
        p = doc.add_paragraph()
        r = p.add_run(head)
        r.bold = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["ID", "Safety action", "Owner", "Due", "How we will measure", "Status"]):
            cell_text(c, h, bold=True)
            shade(c, "005EB8")
        for sid, text, owner, due, measure, status, leads, end, end_text, st_ in rows:
            c = t.add_row().cells
            for cell, v in zip(c, [sid, text, owner, due, measure, status]):
                cell_text(cell, v)
            a = {"ref": sid, "under": [head], "action": text, "lead": leads, "end": end}
            if end_text:
                a["end_text"] = end_text
            a["status"] = st_
            actions.append(a)
        doc.add_paragraph()
    doc.add_paragraph("No safety recommendations were made to external organisations.")

    doc.add_heading("4. Sign-off", level=1)
    t = doc.add_table(rows=0, cols=3)
    t.style = "Table Grid"
    for row in [("Role", "Name", "Date"),
                ("Lead investigator", "Patient Safety Investigator, Patient Safety and Learning Team", "14/04/2025"),
                ("Executive approval", "Chief Paramedic and Quality Officer", "21/05/2025")]:
        c = t.add_row().cells
        for cell, v in zip(c, row):
            cell_text(cell, v, bold=row[0] == "Role")
    doc.save(os.path.join(HERE, name))

    expect(
        name,
        source=(
            "Imitates the safety action plan section of an ambulance trust's patient safety incident investigation "
            "under PSIRF (London Ambulance Service NHS Trust, 2025, long wait after a fall during extreme demand), "
            "following the NHS England PSII report layout: findings stated as areas for improvement, each followed by its "
            "safety actions with owner, timescale and measure. Copied features: title block, incident details table, "
            "numbered sections, a bold area-for-improvement line above each of three action tables, SA-numbered actions, "
            "status words, a quarter as a due date, a closing line on external safety recommendations and a sign-off table."
        ),
        reads=(
            "A PSII safety action plan: three areas for improvement, each with a table of safety actions (SA01 to SA07) "
            "giving the owner, due date, measure and status at 30 September 2025. The incident details and sign-off tables "
            "are not part of the plan."
        ),
        outcome="read",
        accept_refusal=False,
        title=title,
        actions=actions,
    )


# =================================================================== 5
# Gwrych Medical Centre - HIW GP inspection improvement plan (docx)
# HIW report appendices: resolved-concerns table (not the plan), immediate
# plan with no issues, Appendix C improvement plan table with section rows
# spanning the table, one improvement vertically merged over two actions,
# multi-line service actions, no refs, no status, service representative
# sign-off table.
def make_gwrych():
    name = "zbv-gwrych-medical-centre-abergele-hiw-gp-inspection-improvement-plan.docx"
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    title = "Gwrych Medical Centre – HIW General Practice Inspection Improvement Plan"
    p = doc.add_paragraph()
    r = p.add_run(title)
    r.bold = True
    r.font.size = Pt(16)
    for line in ["Health board: Betsi Cadwaladr University Health Board",
                 "Inspection: General Practice Inspection (Announced), 15 October 2024",
                 "Report published: 16 January 2025"]:
        doc.add_paragraph(line)

    doc.add_heading("Appendix A – Summary of concerns resolved during the inspection", level=2)
    t = doc.add_table(rows=2, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Immediate concerns identified", "Impact/potential impact on patient care and treatment",
                                       "How HIW escalated the concern", "How the concern was resolved"]):
        cell_text(c, h, bold=True)
        shade(c, "D9D9D9")
    for c, v in zip(t.rows[1].cells, [
        "Two out-of-date oxygen masks were found in the emergency bag.",
        "Equipment might not be usable in an emergency.",
        "Raised with the practice manager on the day.",
        "Masks were replaced before the end of the inspection."]):
        cell_text(c, v)

    doc.add_heading("Appendix B – Immediate improvement plan", level=2)
    doc.add_paragraph("No immediate assurance issues were identified during this inspection.")

    doc.add_heading("Appendix C – Improvement plan", level=2)
    doc.add_paragraph("Service: Gwrych Medical Centre")
    doc.add_paragraph("Date of inspection: 15 October 2024")
    doc.add_paragraph(
        "The table below includes any other improvements identified during the inspection where we require the service "
        "to complete an improvement plan telling us about the actions they are taking to address these areas."
    )

    S1 = "Quality of the patient experience"
    S2 = "Delivery of safe and effective care"
    S3 = "Quality of management and leadership"
    # groups: (section, [(improvement, standard, [(action, officer, timescale, leads, end, end_text)])])
    groups = [
        (S1, [
            ("The practice must ensure that patients can easily find information on how to raise a concern under Putting Things Right, in Welsh and English.",
             "Person-centred",
             [("Bilingual Putting Things Right posters displayed in the waiting room and on the practice website.\nComplaints leaflet updated and added to the new patient pack.",
               "Practice Manager", "31/01/2025", ["Practice Manager"], "2025-01", None)]),
            ("The practice must review telephone access at 8am and consider how patients can request appointments by other means.",
             "Timely",
             [("Call-back function added to the telephone system.\nOnline booking for routine nurse appointments introduced through the NHS Wales App.",
               "Practice Manager / IT Lead", "March 2025", ["Practice Manager", "IT Lead"], "2025-03", None)]),
        ]),
        (S2, [
            ("The practice must ensure that emergency drugs and equipment are checked weekly and that the checks are recorded.",
             "Safe",
             [("Weekly checking rota introduced with a named nurse each week; checklist signed and countersigned by the Lead Nurse.",
               "Lead Nurse", "Ongoing", ["Lead Nurse"], None, "Ongoing"),
              ("Monthly spot check of the emergency trolley added to the practice manager's governance audit.",
               "Practice Manager", "End of February 2025", ["Practice Manager"], "2025-02", None)]),
            ("The practice must ensure that all clinical staff complete safeguarding training at the level appropriate to their role.",
             "Safe",
             [("Training matrix reviewed.\nTwo GPs booked on level 3 adult and child safeguarding training.",
               "Dr Gareth Hughes (Safeguarding Lead)", "Q4 2024/25", ["Dr Gareth Hughes (Safeguarding Lead)"], "2025-03", "Q4 2024/25")]),
        ]),
        (S3, [
            ("The practice must ensure that all staff receive an annual appraisal.",
             "Workforce",
             [("Appraisal schedule set for all 23 staff; outstanding appraisals to be completed by the practice manager and GP partners.",
               "Practice Manager and Dr Eleri Jones", "30 April 2025", ["Practice Manager", "Dr Eleri Jones"], "2025-04", None)]),
            ("The practice must ensure that practice meetings are minuted and that learning from significant events is shared with all staff.",
             "Learning, improvement and research",
             [("Significant events made a standing item at the monthly practice meeting; minutes circulated by email and kept on the shared drive.",
               "Assistant Practice Manager", "December 2024", ["Assistant Practice Manager"], "2024-12", None)]),
        ]),
    ]
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Improvement needed", "Standard / Regulation", "Service action", "Responsible officer", "Timescale"]):
        cell_text(c, h, bold=True)
        shade(c, "D9D9D9")
    actions = []
    for section, imps in groups:
        row = t.add_row().cells
        merged = row[0].merge(row[4])
        cell_text(merged, section, bold=True)
        shade(merged, "F2F2F2")
        for imp, std, acts in imps:
            first = None
            for i, (act, off, when, leads, end, end_text) in enumerate(acts):
                c = t.add_row().cells
                if i == 0:
                    cell_text(c[0], imp)
                    cell_text(c[1], std)
                    first = c
                cell_text(c[2], act)
                cell_text(c[3], off)
                cell_text(c[4], when)
                a = {"ref": None, "under": [section, imp], "action": act, "lead": leads, "end": end}
                if end_text:
                    a["end_text"] = end_text
                a["status"] = "unrated"
                actions.append(a)
                if i > 0:
                    first[0].merge(c[0])
                    first[1].merge(c[1])
    doc.add_paragraph()
    doc.add_paragraph("Service representative")
    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for (k, v), row in zip([("Name (print):", "Sian Roberts"), ("Job role:", "Practice Manager"), ("Date:", "5 February 2025")], t.rows):
        cell_text(row.cells[0], k, bold=True)
        cell_text(row.cells[1], v)
    doc.save(os.path.join(HERE, name))

    expect(
        name,
        source=(
            "Imitates a GP practice's improvement plan returned to Healthcare Inspectorate Wales after an announced "
            "general practice inspection (Gwrych Medical Centre, Abergele, Betsi Cadwaladr UHB, 2024-25), in the layout of "
            "HIW report appendices (e.g. HIW GP inspection reports such as Beechley Medical Centre, "
            "fdocuments.net/document/general-practice-inspection-announced-patient-centred-we-place-patients.html). Copied "
            "features: Appendix A resolved-concerns table, Appendix B with no immediate issues, Appendix C table with "
            "Improvement needed / Standard / Service action / Responsible officer / Timescale, section rows spanning the "
            "table (the three HIW themes), Health and Care Quality Standards in the standard column, one improvement merged "
            "down over two service actions, multi-line service actions, no numbering and no status, and the service "
            "representative sign-off."
        ),
        reads=(
            "An HIW improvement plan with seven service actions under the three inspection themes, each answering an "
            "'improvement needed' statement (one statement has two actions), with responsible officer(s) and timescale; "
            "actions are unnumbered and have no progress rating. The resolved-concerns table and the sign-off table are not "
            "the plan."
        ),
        outcome="read",
        accept_refusal=False,
        title=title,
        actions=actions,
    )


# =================================================================== 6
# Seaview Lodge Nursing Home - RQIA care inspection QIP (plain text)
# Plain-text copy of the RQIA Quality Improvement Plan: header block,
# regulations and standards sections, labelled blocks per area for
# improvement (Ref / Stated / To be completed by), requirement text,
# report section ref, provider response as the action.
def make_seaview():
    name = "zbv-seaview-lodge-nursing-home-carrickfergus-rqia-care-inspection-qip.txt"
    SEC1 = "Action required to ensure compliance with The Nursing Homes Regulations (Northern Ireland) 2005"
    SEC2 = "Action required to ensure compliance with the Care Standards for Nursing Homes (December 2022)"
    afis = [
        (SEC1, "1", "Regulation 13 (7)", "Second time", "Immediate action required",
         "The registered person shall ensure that the infection prevention and control issues identified during this inspection are addressed, including the cleaning of shower chairs and the storage of equipment in bathrooms.",
         "5.2.3",
         "All shower chairs were deep cleaned and two were replaced on 13 March 2025.\nEquipment has been removed from bathrooms and the ground floor store room has been reorganised.\nThe nurse in charge completes a daily IPC walk-round and the Registered Manager completes a weekly audit.",
         None, "Immediate action required"),
        (SEC1, "2", "Regulation 12 (1) (a) and (b)", "First time", "30 April 2025",
         "The registered person shall ensure that wound care is delivered in accordance with the care plan and the recommendations of the tissue viability nurse, and that a wound assessment is completed at each dressing change.",
         "5.2.2",
         "Wound care supervision sessions were completed with all registered nurses by 4 April 2025. A monthly wound care audit has been introduced and is reviewed at the governance meeting.",
         "2025-04", None),
        (SEC1, "3", "Regulation 30", "First time", "From the date of inspection",
         "The registered person shall ensure that RQIA is notified without delay of any event in the nursing home that adversely affects the wellbeing or safety of any patient.",
         "5.2.5",
         "Registered nurses were reminded of the notifiable events procedure at the staff meeting on 20 March 2025. The Registered Manager checks the accident and incident log weekly to confirm that notifications have been submitted.",
         None, "From the date of inspection"),
        (SEC2, "1", "Standard 12", "First time", "31 May 2025",
         "The registered person shall ensure that the dining experience is reviewed so that patients who need assistance receive it in a timely way, and that the daily menu is displayed in a suitable format.",
         "5.2.4",
         "A dining experience audit has been completed on each floor. Staggered mealtimes have been introduced on the first floor and pictorial menus are displayed at the entrance to each dining room.",
         "2025-05", None),
        (SEC2, "2", "Standard 4.9", "First time", "30 June 2025",
         "The registered person shall ensure that care records are reviewed and updated following any change in a patient's needs, including after a fall.",
         "5.2.2",
         "A care plan review has been added to the post-falls checklist. Named nurses began auditing five care records each month in April 2025.",
         "2025-06", None),
        (SEC2, "3", "Standard 44", "First time", "31 August 2025",
         "The registered person shall ensure that the damaged flooring in the first floor corridor is repaired or replaced.",
         "5.2.3",
         "A quotation was approved by Larne Road Care Ltd on 2 April 2025. Replacement flooring is scheduled for installation in July 2025.",
         "2025-08", None),
    ]
    out = [
        "Quality Improvement Plan",
        "",
        "Seaview Lodge Nursing Home, Carrickfergus",
        "RQIA ID: 11482    Inspection ID: IN047915",
        "Type of inspection: Unannounced care inspection",
        "Date of inspection: 12 March 2025",
        "Registered Provider: Larne Road Care Ltd",
        "Responsible Individual: Mrs Joanne Kerr",
        "Registered Manager: Mr David Hanna",
        "",
        "This plan sets out the areas for improvement identified during this inspection. The registered person is responsible for ensuring that the areas for improvement are addressed within the timescales stated.",
        "The responses below were returned to RQIA through the Web Portal on 9 April 2025.",
        "",
    ]
    actions = []
    sec = None
    for s, num, ref, stated, by, req, rsec, resp, end, end_text in afis:
        if s != sec:
            out += [s, ""]
            sec = s
        out += [
            "Area for improvement " + num,
            "Ref: " + ref,
            "Stated: " + stated,
            "To be completed by: " + by,
            req,
            "Ref: " + rsec,
            "Response by registered person detailing the actions taken:",
        ]
        out += resp.split("\n")
        out.append("")
        a = {"ref": num, "under": [s, req], "action": resp, "lead": [], "end": end}
        if end_text:
            a["end_text"] = end_text
        a["status"] = "unrated"
        actions.append(a)
    out += ["*Please ensure this document is completed in full and returned via the Web Portal*", ""]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))

    expect(
        name,
        source=(
            "Imitates the Quality Improvement Plan at the end of an RQIA unannounced care inspection report for a Northern "
            "Ireland nursing home, as completed by the provider (Seaview Lodge Nursing Home, Carrickfergus, 2025), copied "
            "to plain text; layout of RQIA care inspection reports (e.g. Ashbrooke Care Home report, "
            "vdocuments.mx/unannounced-care-inspection-report-3-november-2016-unannounced-care-inspection.html). Copied "
            "features: header block with RQIA and inspection IDs, one section for the Nursing Homes Regulations and one for "
            "the Care Standards, each 'Area for improvement n' block with Ref / Stated / To be completed by lines, the "
            "requirement text, the report section ref, and the registered person's response, numbering restarting in the "
            "standards section, and the portal footer."
        ),
        reads=(
            "An RQIA quality improvement plan with six areas for improvement, three against regulations and three against "
            "care standards; each gives the requirement, the date it must be completed by and the registered person's "
            "response, which is the action taken. There are no named leads or ratings."
        ),
        outcome="read",
        accept_refusal=False,
        title="Quality Improvement Plan",
        actions=actions,
    )


# =================================================================== 7
# Alina Homecare Guildford - CQC home care inspection action plan (csv)
# REFUSE: a mistyped month in one target date cell.
def make_alina():
    name = "zbv-alina-homecare-guildford-cqc-home-care-inspection-action-plan-typo-month-refuse.csv"
    rows = [
        ["Alina Homecare Guildford – CQC Action Plan", "", "", "", "", "", "", ""],
        ["Inspection 8–10 July 2025; report published 26 August 2025; overall rating Requires improvement", "", "", "", "", "", "", ""],
        ["Registered Manager: Karen Doyle. Plan reviewed monthly by the Regional Quality Manager.", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["Key question", "Regulation breached / area to improve", "Ref", "Action", "Responsible", "Target date", "RAG", "Update"],
        ["Safe", "Regulation 12 Safe care and treatment – medicines: gaps in eMAR records and no PRN protocols for six people", "S1",
         "Write a PRN protocol for every person prescribed 'as required' medicines and check it at each care review",
         "Care Coordinator / Field Care Supervisor", "31/10/2025", "G", "PRN protocols in place for 5 of 6 people"],
        ["", "", "S2",
         "Office team to review the daily eMAR exception report and follow up any missed or late medicines the same day",
         "Registered Manager", "Sept 2025", "B", "Complete – report live from 1 September"],
        ["Safe", "Regulation 12 – moving and handling risk assessments not updated after a change in need", "S3",
         "Review the moving and handling risk assessment of every person using a hoist or stand aid",
         "Field Care Supervisors", "30/11/2025", "A", "38 of 52 reviews completed"],
        ["Effective", "Regulation 11 Need for consent – mental capacity assessments were not decision-specific", "E1",
         "Re-train care coordinators in the Mental Capacity Act and redo capacity assessments for the nine people identified",
         "Registered Manager", "Novmeber 2025", "A", "Training booked with the local authority MCA lead"],
        ["Responsive", "Should do: care plans to include people's life history and preferences", "R1",
         "Add a 'this is me' section to the care plan template and complete it with people and their families at review",
         "Care Coordinators", "Jan-26", "G", "Template agreed"],
        ["Well-led", "Regulation 17 Good governance – audits did not identify the shortfalls found at inspection", "W1",
         "Introduce a monthly quality dashboard covering medicines, care records, late calls and complaints, reviewed by the Regional Quality Manager",
         "Regional Quality Manager", "31/12/2025", "G", "First dashboard presented in October"],
        ["Well-led", "Should do: improve monitoring of late and missed calls", "W2",
         "Set up real-time alerts for calls more than 30 minutes late in the call monitoring system",
         "Registered Manager & Rota Coordinator", "Oct-25", "B", "Alerts live since 6 October"],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    for r in rows:
        w.writerow(r)
    text = buf.getvalue()
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write(text)
    lines = text.split("\n")
    bad = [i for i, line in enumerate(lines, 1) if "Novmeber" in line]
    assert len(bad) == 1
    expect(
        name,
        source=(
            "Imitates a domiciliary care provider's action plan after a CQC inspection rated it Requires improvement "
            "(Alina Homecare Guildford, 2025), exported to CSV from the branch's spreadsheet: title lines, header row, "
            "key question column filled only where a new finding starts, regulation breach or 'should do' text, refs S1/E1/W1, "
            "responsible posts (some two in one cell), target dates in mixed forms, RAG letters and an update column."
        ),
        reads=(
            "A CQC action plan with eight actions grouped by key question. The target date of action E1 reads "
            "'Novmeber 2025', a mistyped month, so a careful reader stops and asks before reading the plan."
        ),
        outcome="refuse",
        accept_refusal=False,
        refuse_at=bad[0],
        title="Alina Homecare Guildford – CQC Action Plan",
    )


# ----------------------------------------------------------------- main
def q(v):
    """A YAML double-quoted scalar (JSON string syntax), or null."""
    if v is None:
        return "null"
    return json.dumps(v, ensure_ascii=False)


def folded(key, text):
    lines = textwrap.wrap(text, width=100, break_long_words=False, break_on_hyphens=False)
    return [key + ": >-"] + ["  " + ln for ln in lines]


def write_expected():
    for name, kw in EXPECTED.items():
        out = folded("source", kw["source"]) + folded("reads", kw["reads"])
        out.append("outcome: " + kw["outcome"])
        out.append("accept_refusal: " + ("true" if kw.get("accept_refusal") else "false"))
        if "refuse_at" in kw:
            out.append("refuse_at: %d" % kw["refuse_at"])
        if kw.get("title") is not None:
            out.append("title: " + q(kw["title"]))
        if kw["outcome"] == "read":
            out.append("actions:")
            for a in kw["actions"]:
                out.append("  - ref: " + q(a["ref"]))
                out.append("    under: [" + ", ".join(q(u) for u in a["under"]) + "]")
                out.append("    action: " + q(a["action"]))
                out.append("    lead: [" + ", ".join(q(x) for x in a["lead"]) + "]")
                out.append("    end: " + q(a["end"]))
                if a.get("end_text"):
                    out.append("    end_text: " + q(a["end_text"]))
                out.append("    status: " + a["status"])
        with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
            f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    make_kchft()
    make_oxleas()
    make_western_isles()
    make_las()
    make_gwrych()
    make_seaview()
    make_alina()
    write_expected()
    for n in EXPECTED:
        print(n)
