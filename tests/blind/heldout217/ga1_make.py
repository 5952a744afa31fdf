#!/usr/bin/env python
"""Build the seven ga1- blind cases (children's services plans) and their expected readings.

Run with /work/main/.venv/bin/python ga1_make.py  (writes beside this script).
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

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def write_expected(name, source, reads, outcome, title, actions=None, refuse_at=None,
                   accept_refusal=False):
    doc = {"source": source, "reads": reads, "outcome": outcome,
           "accept_refusal": accept_refusal}
    if refuse_at is not None:
        doc["refuse_at"] = refuse_at
    if title is not None:
        doc["title"] = title
    if outcome == "read":
        doc["actions"] = actions
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100000,
                       default_flow_style=False)


# ---------------------------------------------------------------------------
# 1. Staffordshire ILACS improvement plan (xlsx): cover + doc control + key,
#    summary sheet, plan sheet with merged theme and recommendation rows,
#    original/revised dates, previous/current RAG letters with fill.
# ---------------------------------------------------------------------------
def staffordshire():
    name = "ga1-staffordshire-county-council-ilacs-improvement-plan.xlsx"
    title = "Staffordshire Children’s Services ILACS Improvement Plan 2024/25"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "Response to the Ofsted inspection of local authority children’s services, 6–10 November 2023 (report published 12 January 2024)"
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    rows = [
        ("Version", "Date", "Author", "Changes"),
        ("1.0", "09/02/2024", "Assistant Director, Children’s Social Care", "Plan submitted to Ofsted"),
        ("1.2", "15/07/2024", "Improvement Programme Manager", "Q1 update; revised dates agreed by Improvement Board"),
        ("1.4", "13/01/2025", "Improvement Programme Manager", "Q3 2024/25 update"),
    ]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cov.cell(row=5 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
    cov["A10"] = "RAG key"
    cov["A10"].font = Font(bold=True)
    key = [("B", "Complete – action delivered and evidence of impact seen"),
           ("G", "On track to be delivered by the target date"),
           ("A", "Some slippage – remedial action in place"),
           ("R", "Off track – escalated to the Improvement Board")]
    for i, (k, txt) in enumerate(key):
        c = cov.cell(row=11 + i, column=1, value=k)
        c.fill = fill(FILL[k])
        c.font = Font(bold=True, color="FFFFFF" if k in "BR" else "000000")
        cov.cell(row=11 + i, column=2, value=txt)
    cov["A16"] = "Owner: Director of Children’s Services. Monitored by the Children’s Services Improvement Board (monthly)."
    cov.column_dimensions["A"].width = 14
    cov.column_dimensions["B"].width = 16
    cov.column_dimensions["C"].width = 42
    cov.column_dimensions["D"].width = 50

    T1 = "Theme 1: Help and protection"
    T2 = "Theme 2: Children in care and care leavers"
    T3 = "Theme 3: Leadership, management and quality assurance"
    R1 = "Recommendation 1: The quality and effectiveness of management oversight of contacts, referrals and assessments."
    R2 = "Recommendation 2: The effectiveness and oversight of the response to allegations against adults in positions of trust."
    R3 = "Recommendation 3: Children’s access to dentistry, and timely health assessments for children in care with complex health needs."
    R4 = "Recommendation 4: Practical support for care leavers as they move to independent living."
    R5 = "Recommendation 5: The effectiveness and impact of performance data and quality assurance in driving improvements to practice."

    D = dt.datetime
    # (kind, ...)  kind: T theme, R rec, A action
    plan = [
        ("T", T1),
        ("R", R1),
        ("A", "1.1", "Introduce a daily management review of all contacts in the First Response team, with the decision recorded within 24 hours.",
         "Head of Service – First Response", D(2024, 3, 31), None, "G", "B",
         "Daily review in place since March 2024. Contacts with a decision inside 24 hours: 96% in December.",
         act("1.1", [T1, R1], None, ["Head of Service – First Response"], "2024-03", "blue")),
        ("A", "1.2", "Deliver a management oversight practice standard and workshop for all team managers and assistant team managers.\nCompliance to be tested through monthly dip samples.",
         "Principal Social Worker / Head of Service – Assessment", D(2024, 6, 30), D(2024, 10, 31), "A", "G",
         "Workshops delivered to 58 of 61 managers. Dip sample in November found oversight recorded in 84% of cases.",
         act("1.2", [T1, R1], None, ["Principal Social Worker", "Head of Service – Assessment"], "2024-10", "green")),
        ("A", "1.3", "Reduce the number of assessments that exceed 45 working days through weekly performance clinics in each district.",
         "District Heads of Service", D(2024, 9, 30), None, "A", "A",
         "Timeliness improved from 71% to 80%; Moorlands and Cannock remain below target.",
         act("1.3", [T1, R1], None, ["District Heads of Service"], "2024-09", "amber")),
        ("R", R2),
        ("A", "2.1", "Recruit an additional Local Authority Designated Officer and introduce a tracker for all open LADO referrals.",
         "Head of Safeguarding and Quality Assurance", D(2024, 4, 30), None, "G", "B",
         "Second LADO started 2 April 2024. Tracker live and reviewed weekly.",
         act("2.1", [T1, R2], None, ["Head of Safeguarding and Quality Assurance"], "2024-04", "blue")),
        ("A", "2.2", "Report LADO timeliness and outcomes quarterly to the Staffordshire and Stoke-on-Trent Safeguarding Children Partnership.",
         "LADO Manager", "Quarterly", None, "G", "G",
         "Q2 report presented to the Partnership Executive in October.",
         act("2.2", [T1, R2], None, ["LADO Manager"], None, "green", end_text="Quarterly")),
        ("T", T2),
        ("R", R3),
        ("A", "3.1", "Agree with Staffordshire and Stoke-on-Trent ICB a dental access pathway for children in care, with priority appointments within 20 working days.",
         "Head of Service – Children in Care; Designated Nurse for Children in Care", D(2024, 7, 31), D(2025, 3, 31), "R", "A",
         "Pathway agreed in principle. Two community dental practices signed up; further practices being approached.",
         act("3.1", [T2, R3], None, ["Head of Service – Children in Care", "Designated Nurse for Children in Care"], "2025-03", "amber")),
        ("A", "3.2", "Track all initial and review health assessments at the monthly Children in Care Health Group, escalating any delay of more than 20 days to the ICB.",
         "Designated Nurse for Children in Care", D(2024, 5, 31), None, "G", "G",
         "Tracker in use; 91% of review health assessments in timescale.",
         act("3.2", [T2, R3], None, ["Designated Nurse for Children in Care"], "2024-05", "green")),
        ("R", R4),
        ("A", "4.1", "Provide every care leaver moving into their own home with broadband access for the first 12 months.",
         "Head of Service – Care Leavers", D(2024, 4, 30), None, "B", "B",
         "Offer in place from April 2024; 47 care leavers connected.",
         act("4.1", [T2, R4], None, ["Head of Service – Care Leavers"], "2024-04", "blue")),
        ("T", T3),
        ("R", R5),
        ("A", "5.1", "Launch a new performance scorecard for team managers with agreed targets for each service area.",
         "Head of Performance and Insight", D(2024, 3, 31), None, "G", "B",
         "Scorecard launched March 2024 and used at monthly performance boards.",
         act("5.1", [T3, R5], None, ["Head of Performance and Insight"], "2024-03", "blue")),
        ("A", "5.2", "Moderate 10% of completed case audits each month, with findings reported to the Quality Assurance Board.",
         "QA Service Manager", D(2024, 6, 30), None, "A", "G",
         "Moderation running since June; agreement rate between auditor and moderator now 78%.",
         act("5.2", [T3, R5], None, ["QA Service Manager"], "2024-06", "green")),
    ]

    # summary sheet
    summ = wb.create_sheet("Summary")
    summ["A1"] = "Summary of progress – Q3 2024/25 (position at 31 December 2024)"
    summ["A1"].font = Font(bold=True, size=13)
    counts = {"B": 0, "G": 0, "A": 0, "R": 0}
    for p in plan:
        if p[0] == "A":
            counts[p[7]] += 1
    summ["A3"], summ["B3"] = "Current RAG", "Number of actions"
    for c in ("A3", "B3"):
        summ[c].font = Font(bold=True)
    labels = [("B", "Complete"), ("G", "On track"), ("A", "Some slippage"), ("R", "Off track")]
    for i, (k, lab) in enumerate(labels):
        summ.cell(row=4 + i, column=1, value=lab).fill = fill(FILL[k])
        summ.cell(row=4 + i, column=2, value=counts[k])
    summ.cell(row=8, column=1, value="Total").font = Font(bold=True)
    summ.cell(row=8, column=2, value=sum(counts.values())).font = Font(bold=True)
    summ.column_dimensions["A"].width = 22
    summ.column_dimensions["B"].width = 20

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Progress at end of Quarter 3 2024/25 – for the Children’s Services Improvement Board, 21 January 2025"
    ws.merge_cells("A2:H2")
    hdr = ["Ref", "Action", "Lead", "Original target date", "Revised target date",
           "Previous RAG (Q2)", "Current RAG (Q3)", "Progress update"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    expected = []
    for p in plan:
        if p[0] == "T":
            ws.cell(row=r, column=1, value=p[1]).font = Font(bold=True, size=12, color="FFFFFF")
            ws.cell(row=r, column=1).fill = fill("2E75B6")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        elif p[0] == "R":
            ws.cell(row=r, column=1, value=p[1]).font = Font(bold=True, italic=True)
            ws.cell(row=r, column=1).fill = fill("DEEAF6")
            ws.cell(row=r, column=1).alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        else:
            _, ref, text, lead, orig, rev, prev, cur, prog, exp = p
            vals = [ref, text, lead, orig, rev, prev, cur, prog]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            for col, k in ((6, prev), (7, cur)):
                c = ws.cell(row=r, column=col)
                c.fill = fill(FILL[k])
                c.alignment = Alignment(horizontal="center", vertical="top")
            exp["action"] = text
            expected.append(exp)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Note: revised target dates were agreed by the Improvement Board on 15 July 2024. RAG ratings are reviewed monthly by the Improvement Programme Manager.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    for col, w in zip("ABCDEFGH", (7, 60, 30, 12, 12, 10, 10, 50)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, name))

    write_expected(
        name,
        source=("Imitates the Staffordshire County Council children's services improvement plan written after the "
                "Ofsted ILACS inspection of 6–10 November 2023 (report January 2024; requires improvement), whose "
                "recommendations covered management oversight of contacts, referrals and assessments, allegations "
                "against adults in positions of trust (LADO), dentistry and health assessments for children in care, "
                "care leavers' practical support and performance data/QA. Layout copied from county ILACS plans "
                "reported to an improvement board: cover sheet with document-control table and RAG key, a summary "
                "totals sheet, then the plan sheet with merged theme bands and merged recommendation rows above "
                "numbered actions, original and revised target dates, previous and current RAG letters with fill, "
                "progress updates and a note line."),
        reads=("A three-sheet workbook: cover with version history and RAG key, a summary count of actions by RAG, "
               "and the improvement plan, where ten numbered actions sit under three themes and five Ofsted "
               "recommendations. Each action has a lead post (two in some cells), an original and sometimes a revised "
               "target date (the revised one is the end), and a Q2 and Q3 RAG of which Q3 is the current status."),
        outcome="read", title=title, actions=expected)


# ---------------------------------------------------------------------------
# 2. Derbyshire YJS HMIP improvement plan (xlsx): addressee band rows,
#    recommendation merged vertically, actions without refs, RAG by fill only.
# ---------------------------------------------------------------------------
def derbyshire():
    name = "ga1-derbyshire-yjs-hmip-improvement-plan.xlsx"
    title = "Derbyshire Youth Justice Service – HMI Probation Inspection Improvement Plan"
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Inspection of youth justice services in Derbyshire – fieldwork October 2024, report published January 2025"
    ws["A3"] = "Version 4 – updated 14 May 2025 for the Youth Justice Management Board"
    ws["A5"] = "RAG key:"
    ws["A5"].font = Font(bold=True)
    keys = [("B", "Complete"), ("G", "On track"), ("A", "Some risk to delivery"), ("R", "Off track / overdue")]
    for j, (k, lab) in enumerate(keys):
        c = ws.cell(row=5, column=2 + j, value=lab)
        c.fill = fill(FILL[k])
        c.font = Font(color="FFFFFF" if k in "BR" else "000000")
    hdr = ["Recommendation", "Action", "Owner", "Timescale", "RAG", "Update / evidence of impact"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=7, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("D9D9D9")
        c.border = BOX
        c.alignment = WRAP

    B1 = "The Derbyshire Youth Justice Management Board should:"
    B2 = "The Head of Derbyshire Youth Justice Service should:"
    REC1 = "1. Ensure that the partnership has a shared understanding of the over-representation of children from minority ethnic backgrounds and takes action to address it."
    REC2 = "2. Ensure that children have timely access to speech, language and communication support and emotional health services."
    REC3 = "3. Ensure that assessments and plans address the safety of other people, including known and potential victims."
    REC4 = "4. Ensure that out-of-court disposal decisions are consistently recorded and reviewed."

    groups = [
        (B1, [
            (REC1, [
                ("Commission a disproportionality deep dive using 2023/24 and 2024/25 YJS and police data, and present the findings to the Board.",
                 "YJS Performance and Information Manager", "March 2025", "B",
                 "Deep dive presented to the Board on 27 March 2025.",
                 ["YJS Performance and Information Manager"], "2025-03", "blue", None),
                ("Agree a partnership disproportionality action plan with named leads from each statutory partner.",
                 "Chair of Management Board", dt.datetime(2025, 6, 30), "G",
                 "Draft plan circulated to partners; sign-off due at June Board.",
                 ["Chair of Management Board"], "2025-06", "green", None),
            ]),
            (REC2, [
                ("Agree with Derby and Derbyshire ICB a dedicated speech and language therapy offer of 0.6 FTE for the YJS.",
                 "Sarah Whitfield\nTom Okafor", "Q1 2025/26", "A",
                 "Funding agreed in principle; recruitment not yet started.",
                 ["Sarah Whitfield", "Tom Okafor"], "2025-06", "amber", None),
                ("Embed the CAMHS worker in YJS allocation meetings so that emotional health needs are screened within 10 working days.",
                 "CAMHS Team Manager", "September 2025", "G",
                 "CAMHS worker attending allocation meetings in the North team from April.",
                 ["CAMHS Team Manager"], "2025-09", "green", None),
            ]),
        ]),
        (B2, [
            (REC3, [
                ("Deliver risk of harm training to all case managers, with refresher sessions for staff who joined after January 2024.",
                 "YJS Operational Manager (Practice Development)", "July 2025", "G",
                 "Two of four sessions delivered; 22 staff trained.",
                 ["YJS Operational Manager (Practice Development)"], "2025-07", "green", None),
                ("Introduce a monthly management oversight audit of risk of harm assessments, reporting themes to the Quality and Performance Sub-group.",
                 "YJS Operational Managers", "Ongoing – monthly", "G",
                 "Audits completed for February, March and April.",
                 ["YJS Operational Managers"], None, "green", "Ongoing – monthly"),
            ]),
            (REC4, [
                ("Revise the Joint Decision Making Panel terms of reference and recording template with Derbyshire Constabulary.",
                 "YJS Head of Service / Derbyshire Constabulary Youth Justice Lead", "Apr-25", "R",
                 "Overdue – awaiting police legal review of the draft terms of reference.",
                 ["YJS Head of Service", "Derbyshire Constabulary Youth Justice Lead"], "2025-04", "red", None),
            ]),
        ]),
    ]
    r = 8
    expected = []
    for band, recs in groups:
        c = ws.cell(row=r, column=1, value=band)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("203864")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        r += 1
        for rec, acts in recs:
            start = r
            ws.cell(row=r, column=1, value=rec).alignment = WRAP
            for (text, owner, when, rag, upd, elead, eend, estat, etext) in acts:
                for j, v in enumerate([text, owner, when, None, upd]):
                    c = ws.cell(row=r, column=2 + j, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=5).fill = fill(FILL[rag])
                ws.cell(row=r, column=1).border = BOX
                expected.append(act(None, [band, rec], text, elead, eend, estat, end_text=etext))
                r += 1
            if r - 1 > start:
                ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value="Plan approved by the Derbyshire Youth Justice Management Board on 6 February 2025. Next review: August 2025.")
    for col, w in zip("ABCDEF", (45, 55, 30, 16, 8, 45)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, name))

    write_expected(
        name,
        source=("Imitates a youth justice service's post-inspection improvement plan after an HM Inspectorate of "
                "Probation inspection (as Reading YJS's plan endorsed by its Management Board, Dec 2024), here for "
                "Derbyshire YJS in 2025. Copied features: HMIP recommendations grouped under the addressee ('The ... "
                "Management Board should:' / 'The Head of ... should:') as band rows, the recommendation cell merged "
                "down over its actions, unnumbered actions, owners as posts or names on separate lines, mixed "
                "timescales (month, date, financial quarter, ongoing), a RAG column shown by fill colour only with a "
                "colour key above the table, and an approval line below."),
        reads=("One sheet: a title block, a colour key, then four numbered HMIP recommendations in two addressee groups, "
               "each with one or two actions that have an owner, a timescale, a coloured RAG cell and an update. Seven "
               "actions, none with its own reference."),
        outcome="read", title=title, actions=expected)


# ---------------------------------------------------------------------------
# 3. Kirklees LAP SEND/AP post-inspection action plan (xlsx): overview sheet
#    with key and totals, one sheet per area for improvement.
# ---------------------------------------------------------------------------
def kirklees():
    name = "ga1-kirklees-lap-send-ap-post-inspection-action-plan.xlsx"
    title = "Kirklees Local Area Partnership – SEND and Alternative Provision Post-Inspection Action Plan"
    AFI = [
        "Leaders across the local area partnership should improve the timeliness of new EHC plans, so that children and young people’s needs are assessed and met without delay.",
        "Leaders in NHS West Yorkshire Integrated Care Board and Kirklees Council should reduce waiting times for neurodevelopmental assessment and strengthen the support available to children and families while they wait.",
        "Leaders should strengthen the commissioning and quality assurance of alternative provision, so that they know how well children in alternative provision attend, learn and are kept safe.",
    ]
    D = dt.datetime
    acts = [
        [
            ("1.1", "Recruit four additional EHC coordinators and two educational psychologists to clear the backlog of needs assessments.",
             "Head of SEND Assessment and Commissioning", "Autumn term 2025", "Complete",
             "All six posts filled by November 2025.", "Reduction in assessments over 20 weeks",
             ["Head of SEND Assessment and Commissioning"], "2025-12", "blue"),
            ("1.2", "Introduce weekly EHC timeliness tracking at the SEND Operational Group, with exception reports to the SEND and AP Partnership Board.",
             "Head of SEND Assessment and Commissioning\nSEND Performance Lead", D(2026, 1, 31), "On track",
             "Weekly tracker running; first exception report to Board in January.", "% of new EHC plans issued within 20 weeks",
             ["Head of SEND Assessment and Commissioning", "SEND Performance Lead"], "2026-01", "green"),
            ("1.3", "Agree a health advice turnaround standard of six weeks with all health providers, and monitor compliance monthly.",
             "Designated Clinical Officer (DCO)", "March 2026", "At risk",
             "Two providers not yet signed up to the standard.", "% of health advice returned within six weeks",
             ["Designated Clinical Officer (DCO)"], "2026-03", "amber"),
        ],
        [
            ("2.1", "Launch the ‘Waiting Well’ offer of parent workshops, sleep advice and sensory support for families awaiting a neurodevelopmental assessment.",
             "Head of Children’s Integrated Commissioning / DCO", "Autumn term 2025", "Complete",
             "Offer launched October 2025; 140 families attended.", "Parent feedback; uptake by district",
             ["Head of Children’s Integrated Commissioning", "DCO"], "2025-12", "blue"),
            ("2.2", "Commission additional assessment capacity from an independent provider to reduce the longest waits.",
             "Director of Nursing and Quality (WY ICB)", "Feb-26", "On track",
             "Procurement complete; provider starting in February.", "Number of children waiting over 52 weeks",
             ["Director of Nursing and Quality (WY ICB)"], "2026-02", "green"),
            ("2.3", "Publish monthly waiting-time data on the Local Offer, agreed with Kirklees Parent Carer Forum.",
             "Local Offer Manager; Kirklees PCF", "Summer term 2026", "Not started",
             "", "Data published monthly",
             ["Local Offer Manager", "Kirklees PCF"], "2026-07", "unrated"),
        ],
        [
            ("3.1", "Set up a single commissioning framework and register of all alternative provision used by Kirklees schools.",
             "Head of Inclusion and Alternative Provision", "April 2026", "On track",
             "Register drafted; 31 providers listed so far.", "All AP placements on the register",
             ["Head of Inclusion and Alternative Provision"], "2026-04", "green"),
            ("3.2", "Carry out termly quality assurance visits to every registered and unregistered provider, reporting attendance and safeguarding findings to the Board.",
             "AP Quality Assurance Officer", "Termly", "At risk",
             "Autumn visits 60% complete due to officer vacancy.", "Visits completed each term",
             ["AP Quality Assurance Officer"], None, "amber"),
        ],
    ]
    STAT_FILL = {"Complete": FILL["B"], "On track": FILL["G"], "At risk": FILL["A"],
                 "Off track": FILL["R"], "Not started": "FFFFFF"}
    wb = Workbook()
    ov = wb.active
    ov.title = "Overview"
    ov["A1"] = title
    ov["A1"].font = Font(bold=True, size=14)
    ov["A2"] = "Ofsted and CQC area SEND inspection, 16–20 June 2025 (report published August 2025)"
    ov["A3"] = "Version 1.2 – progress at 31 January 2026. Owned by the Kirklees SEND and AP Partnership Board."
    ov["A5"] = "Status key"
    ov["A5"].font = Font(bold=True)
    key = [("Complete", "Action delivered"), ("On track", "Expected to be delivered by the date shown"),
           ("At risk", "Some risk to delivery – mitigation in place"), ("Off track", "Will not be delivered by the date shown"),
           ("Not started", "Not yet due to start")]
    for i, (k, t) in enumerate(key):
        ov.cell(row=6 + i, column=1, value=k).fill = fill(STAT_FILL[k])
        ov.cell(row=6 + i, column=2, value=t)
    ov["A12"] = "Summary"
    ov["A12"].font = Font(bold=True)
    heads = ["Area for improvement", "Complete", "On track", "At risk", "Off track", "Not started", "Total"]
    for j, h in enumerate(heads):
        ov.cell(row=13, column=1 + j, value=h).font = Font(bold=True)
    tot = [0] * 6
    for i, group in enumerate(acts):
        cnt = [sum(1 for a in group if a[4] == s) for s in ("Complete", "On track", "At risk", "Off track", "Not started")]
        row = [f"AFI {i + 1}"] + cnt + [len(group)]
        for j, v in enumerate(row):
            ov.cell(row=14 + i, column=1 + j, value=v)
        tot = [t + c for t, c in zip(tot, cnt + [len(group)])]
    ov.cell(row=17, column=1, value="Total").font = Font(bold=True)
    for j, v in enumerate(tot):
        ov.cell(row=17, column=2 + j, value=v).font = Font(bold=True)
    ov.column_dimensions["A"].width = 22
    ov.column_dimensions["B"].width = 44

    expected = []
    for i, (afi, group) in enumerate(zip(AFI, acts)):
        ws = wb.create_sheet(f"AFI {i + 1}")
        ws["A1"] = f"Area for improvement {i + 1}"
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = afi
        ws["A2"].alignment = WRAP
        ws["A2"].font = Font(italic=True)
        ws.merge_cells("A2:G2")
        ws.row_dimensions[2].height = 45
        hdr = ["Ref", "What we will do", "Partner lead(s)", "By when", "Status", "Progress", "How we will know"]
        for j, h in enumerate(hdr):
            c = ws.cell(row=4, column=1 + j, value=h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("7030A0")
            c.border = BOX
        for k, (ref, text, lead, when, stat, prog, meas, elead, eend, estat) in enumerate(group):
            rr = 5 + k
            for j, v in enumerate([ref, text, lead, when, stat, prog or None, meas]):
                c = ws.cell(row=rr, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(row=rr, column=5).fill = fill(STAT_FILL[stat])
            expected.append(act(ref, [afi], text, elead, eend, estat,
                                end_text="Termly" if when == "Termly" else None))
        for col, w in zip("ABCDEFG", (6, 55, 32, 16, 12, 40, 30)):
            ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, name))

    write_expected(
        name,
        source=("Imitates the post-inspection action plan a local area partnership (council and ICB) writes after an "
                "Ofsted/CQC area SEND inspection with the 'inconsistent experiences and outcomes' outcome, as reported "
                "for Kirklees (inspected 16–20 June 2025, report August 2025; plan presented to scrutiny). Copied "
                "features: an overview sheet with status key and a summary totals table by area for improvement, then "
                "one sheet per area for improvement with a label line ('Area for improvement 1') above the inspectors' "
                "text, columns for partner leads (two posts on separate lines or split by ';' or '/'), school-term and "
                "month deadlines, word statuses with fill, progress and impact-measure columns."),
        reads=("An overview sheet (title, key, totals) and three sheets, one per area for improvement, each giving the "
               "inspectors' text and a table of numbered actions. Eight actions in all; a person reads each under the "
               "area-for-improvement text (the 'Area for improvement N' line only names the part), with school terms "
               "read as the month the term ends and 'At risk' as amber per the key."),
        outcome="read", title=title, actions=expected)


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


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)


def header_row(table, labels, colour="1F3864"):
    for c, lab in zip(table.rows[0].cells, labels):
        set_cell(c, lab, bold=True)
        shade(c, colour)
        for r in c.paragraphs[0].runs:
            r.font.color.rgb = __import__("docx.shared", fromlist=["RGBColor"]).RGBColor(0xFF, 0xFF, 0xFF)


# ---------------------------------------------------------------------------
# 4. Warrington Safeguarding Partnership JTAI action plan (docx): doc control,
#    RAG key table, one heading + table per area for improvement, sign-off.
# ---------------------------------------------------------------------------
def warrington():
    name = "ga1-warrington-safeguarding-partnership-jtai-action-plan.docx"
    title = "Warrington Safeguarding Partnership – JTAI Action Plan"
    d = Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading(title, level=0)
    d.add_paragraph("Joint targeted area inspection of the multi-agency response to children who are victims of domestic abuse – "
                    "inspection 22–26 January 2024, letter published 8 March 2024")
    d.add_heading("Document control", level=2)
    dc = d.add_table(rows=4, cols=4)
    dc.style = "Table Grid"
    rows = [("Version", "Date", "Author", "Comments"),
            ("0.3", "28/03/2024", "WSP Business Manager", "Draft for Executive"),
            ("1.0", "17/04/2024", "WSP Business Manager", "Agreed by WSP Executive and submitted to Ofsted"),
            ("1.3", "20/01/2025", "WSP Business Manager", "Progress update for Executive, January 2025")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            set_cell(dc.rows[i].cells[j], v, bold=(i == 0))
    d.add_paragraph()
    d.add_paragraph("This plan sets out how the statutory safeguarding partners – Warrington Borough Council, Cheshire "
                    "Constabulary and NHS Cheshire and Merseyside Integrated Care Board – and relevant agencies will "
                    "respond to the three areas for improvement identified by inspectors. Progress is reported to the "
                    "WSP Executive every two months.")
    d.add_heading("RAG rating key", level=2)
    key = d.add_table(rows=5, cols=2)
    key.style = "Table Grid"
    krows = [("Rating", "Meaning"), ("Complete", "Action completed and evidenced"),
             ("Green", "On track"), ("Amber", "Delayed but expected to be achieved with mitigation"),
             ("Red", "Significantly off track – escalated to Executive")]
    kfill = {"Complete": FILL["B"], "Green": FILL["G"], "Amber": FILL["A"], "Red": FILL["R"]}
    for i, (a, b) in enumerate(krows):
        set_cell(key.rows[i].cells[0], a, bold=(i == 0))
        set_cell(key.rows[i].cells[1], b, bold=(i == 0))
        if a in kfill:
            shade(key.rows[i].cells[0], kfill[a])

    A1 = "Area for improvement 1: The timeliness and quality of information sharing when police attend domestic abuse incidents, so that schools and health practitioners know about children’s experiences by the next working day."
    A2 = "Area for improvement 2: The use of specialist domestic abuse risk assessment tools by practitioners working with children and their families."
    A3 = "Area for improvement 3: The involvement of perpetrators of domestic abuse in assessments and plans for children."
    sections = [
        (A1, [
            ("1.1", "Extend Operation Encompass notifications to early years settings and health visiting, with a same-day notification standard.",
             "Cheshire Constabulary – DCI Public Protection", "31/05/2024", "Complete",
             "Live from 13 May 2024 for all early years settings and the 0–19 service.",
             ["Cheshire Constabulary – DCI Public Protection"], "2024-05", "blue", None),
            ("1.2", "Audit a sample of 30 notifications each quarter to test timeliness and the quality of information shared.",
             "WSP Business Manager / Cheshire Constabulary", "Quarterly from July 2024", "Green",
             "Q2 and Q3 audits complete; 93% of notifications shared by the next working day.",
             ["WSP Business Manager", "Cheshire Constabulary"], None, "green", "Quarterly from July 2024"),
            ("1.3", "Agree a protocol with Warrington and Halton Teaching Hospitals for sharing emergency department attendances linked to domestic abuse with the MASH.",
             "Named Nurse Safeguarding Children (WHH)", "September 2024", "Amber",
             "Protocol drafted; information governance sign-off outstanding.",
             ["Named Nurse Safeguarding Children (WHH)"], "2024-09", "amber", None),
        ]),
        (A2, [
            ("2.1", "Deliver multi-agency DASH and risk identification training to children’s social care, early help and health practitioners.",
             "WSP Training Coordinator", "December 2024", "Green",
             "Six sessions delivered to 212 practitioners; two more booked.",
             ["WSP Training Coordinator"], "2024-12", "green", None),
            ("2.2", "Update the WSP domestic abuse practice guidance and threshold document to include the children’s risk identification matrix.",
             "Head of Service – MASH and Assessment", "October 2024", "Complete",
             "Revised guidance published on the WSP website in October 2024.",
             ["Head of Service – MASH and Assessment"], "2024-10", "blue", None),
        ]),
        (A3, [
            ("3.1", "Introduce a ‘think perpetrator’ prompt into the children’s social care assessment and child protection plan templates.",
             "Principal Social Worker", "March 2025", "Amber",
             "Template changes with the case recording system supplier.",
             ["Principal Social Worker"], "2025-03", "amber", None),
            ("3.2", "Commission a perpetrator intervention programme jointly with the Cheshire Police and Crime Commissioner.",
             "Director of Public Health\nCommunity Safety Partnership Manager", "Q4 2024/25", "Red",
             "Funding bid unsuccessful; alternative options paper going to Executive in February.",
             ["Director of Public Health", "Community Safety Partnership Manager"], "2025-03", "red", None),
        ]),
    ]
    expected = []
    for afi, rows in sections:
        d.add_heading(afi, level=2)
        t = d.add_table(rows=1 + len(rows), cols=6)
        t.style = "Table Grid"
        header_row(t, ["Ref", "Action", "Lead agency / officer", "Target date", "RAG", "Progress (January 2025)"])
        for i, (ref, text, lead, when, rag, prog, elead, eend, estat, etext) in enumerate(rows):
            cells = t.rows[1 + i].cells
            for c, v in zip(cells, [ref, text, lead, when, rag, prog]):
                set_cell(c, v)
            shade(cells[4], kfill[rag])
            expected.append(act(ref, [afi], text, elead, eend, estat, end_text=etext))
        d.add_paragraph()
    d.add_heading("Sign-off", level=2)
    so = d.add_table(rows=4, cols=3)
    so.style = "Table Grid"
    for i, r in enumerate([("Partner", "Signed on behalf of", "Date"),
                           ("Warrington Borough Council", "Director of Children’s Services", "17/04/2024"),
                           ("Cheshire Constabulary", "Detective Chief Superintendent, Public Protection", "17/04/2024"),
                           ("NHS Cheshire and Merseyside ICB", "Associate Director of Quality and Safety Improvement (Warrington)", "17/04/2024")]):
        for j, v in enumerate(r):
            set_cell(so.rows[i].cells[j], v, bold=(i == 0))
    d.save(os.path.join(HERE, name))

    write_expected(
        name,
        source=("Imitates a safeguarding children partnership's JTAI action plan (the 2023–24 JTAI series on children "
                "who are victims of domestic abuse), here for Warrington Safeguarding Partnership after a January 2024 "
                "inspection. Copied features of partnership plans in Word: title and subtitle naming the inspection, "
                "document-control table, introductory paragraph naming the statutory partners, RAG key table with "
                "'Complete' as the top rating, one heading per area for improvement followed by its own action table "
                "(Ref, Action, Lead agency / officer, Target date, RAG with shading, Progress), and a sign-off table."),
        reads=("A Word plan with three areas for improvement, each a heading over a table of numbered actions: seven "
               "actions in all, led by agency posts (two in some cells), with target dates as days, months, a financial "
               "quarter or 'Quarterly from July 2024', and RAG words (Complete = blue by the key). The document-control, "
               "key and sign-off tables hold no actions."),
        outcome="read", title=title, actions=expected)


# ---------------------------------------------------------------------------
# 5. Bolton Council children's home Ofsted action plan (docx): requirements
#    and recommendations in two tables, requirement cell merged down.
# ---------------------------------------------------------------------------
def bolton():
    name = "ga1-bolton-council-childrens-home-ofsted-action-plan.docx"
    title = "Ofsted Inspection Action Plan – Harwood Lodge Children’s Home"
    d = Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(title)
    r.bold = True
    r.font.size = Pt(16)
    p = d.add_paragraph("Bolton Council – Children’s Residential Services")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    info = d.add_table(rows=5, cols=2)
    info.style = "Table Grid"
    for i, (a, b) in enumerate([
        ("Unique reference number", "SC490117"),
        ("Inspection dates", "11 and 12 February 2025 (full inspection)"),
        ("Overall experiences and progress of children and young people", "Requires improvement to be good"),
        ("Registered Manager", "Claire Hindley"),
        ("Plan completed by / date", "Claire Hindley, Registered Manager – 7 March 2025 (reviewed 2 May 2025)"),
    ]):
        set_cell(info.rows[i].cells[0], a, bold=True)
        set_cell(info.rows[i].cells[1], b)
    d.add_paragraph()
    d.add_paragraph("Status key: Completed (blue) | On track (green) | Delayed (amber) | Not met (red)")
    sfill = {"Completed": FILL["B"], "On track": FILL["G"], "Delayed": FILL["A"], "Not met": FILL["R"]}

    REQ = "Requirements"
    RECS = "Recommendations"
    Q1 = ("The protection of children standard is that children are protected from harm and enabled to keep themselves safe. "
          "In particular, the registered person must ensure that staff assess whether each child is at risk of harm, taking into "
          "account information in the child’s relevant plans. (Regulation 12 (1)(2)(a)(i))")
    Q2 = ("The leadership and management standard is that the registered person enables, inspires and leads a culture in relation "
          "to the children’s home that helps children aspire to fulfil their potential. In particular, the registered person must "
          "use monitoring and review systems to make continuous improvements in the quality of care provided in the home. "
          "(Regulation 13 (1)(a)(2)(h))")
    C1 = ("The registered person should ensure that children’s records are written in a way that they can understand, and that "
          "children are encouraged to read and contribute to them. (‘Guide to the Children’s Homes Regulations, including the "
          "quality standards’, page 62, paragraph 14.4)")
    parts = [
        (REQ, "Requirement", [
            (Q1, [
                ("1.1", "Review and update every child’s risk assessment and location risk assessment, signed off by the Registered Manager.",
                 "Registered Manager", "28/02/2025", "Completed", ["Registered Manager"], "2025-02", "blue", None),
                ("1.2", "Deliver refresher training to all staff on contextual safeguarding and recording risk, with a practice observation for each staff member.",
                 "Registered Manager / Deputy Manager", "31/03/2025", "Completed", ["Registered Manager", "Deputy Manager"], "2025-03", "blue", None),
            ]),
            (Q2, [
                ("2.1", "Introduce a monthly quality audit of daily logs, incident records and key-work sessions, with actions tracked at team meetings.",
                 "Registered Manager", "30/04/2025", "Completed", ["Registered Manager"], "2025-04", "blue", None),
                ("2.2", "Responsible Individual to complete the Regulation 45 review and share the report with Ofsted and placing social workers.",
                 "Responsible Individual", "31 May 2025", "On track", ["Responsible Individual"], "2025-05", "green", None),
            ]),
        ]),
        (RECS, "Recommendation", [
            (C1, [
                ("3.1", "Hold a staff workshop on child-centred recording and introduce a ‘my voice’ section in key-work records.",
                 "Deputy Manager", "April 2025", "On track", ["Deputy Manager"], "2025-04", "green", None),
                ("3.2", "Offer each child a monthly opportunity to read their records with their key worker.",
                 "Key workers\nRegistered Manager", "Monthly", "Delayed", ["Key workers", "Registered Manager"], None, "amber", "Monthly"),
            ]),
        ]),
    ]
    expected = []
    for section, colname, items in parts:
        d.add_heading(section, level=1)
        n = sum(len(a) for _, a in items)
        t = d.add_table(rows=1 + n, cols=6)
        t.style = "Table Grid"
        header_row(t, ["No.", colname, "Action to be taken", "By whom", "By when", "Status"], colour="385623")
        ri = 1
        for text_q, rows in items:
            first = ri
            set_cell(t.rows[ri].cells[1], text_q)
            for (ref, text, who, when, stat, elead, eend, estat, etext) in rows:
                cells = t.rows[ri].cells
                set_cell(cells[0], ref)
                set_cell(cells[2], text)
                set_cell(cells[3], who)
                set_cell(cells[4], when)
                set_cell(cells[5], stat)
                shade(cells[5], sfill[stat])
                expected.append(act(ref, [section, text_q], text, elead, eend, estat, end_text=etext))
                ri += 1
            if ri - 1 > first:
                t.cell(first, 1).merge(t.cell(ri - 1, 1))
                # merge keeps text of both; reset to the requirement text
                set_cell(t.cell(first, 1), text_q)
        d.add_paragraph()
    d.add_paragraph("This action plan is reviewed at the monthly Children’s Residential Services management meeting and "
                    "by the Responsible Individual as part of the Regulation 44 and 45 monitoring.")
    d.save(os.path.join(HERE, name))

    write_expected(
        name,
        source=("Imitates a local authority children's home post-inspection action plan responding to an Ofsted SCCIF "
                "full inspection (requirements citing the Children's Homes (England) Regulations 2015 and "
                "recommendations citing the Guide), as published with council reports on their homes; here a Bolton "
                "Council home in 2025. Copied features: centred title, home details table (URN, dates, judgement, "
                "manager), status key line, a 'Requirements' section and a 'Recommendations' section each with a "
                "table whose requirement/recommendation cell is merged down over its actions, 'By whom' posts, "
                "'By when' dates and shaded status words, and a closing review note."),
        reads=("Two tables, requirements then recommendations; under each, the inspectors' requirement or recommendation "
               "text with numbered actions beside it. Six actions with post-holders as owners, day or month deadlines "
               "(one 'Monthly') and statuses read by the key (Completed blue, On track green, Delayed amber)."),
        outcome="read", title=title, actions=expected)


# ---------------------------------------------------------------------------
# 6. Lancashire early help strategy delivery plan (csv export)
# ---------------------------------------------------------------------------
def lancashire():
    name = "ga1-lancashire-county-council-early-help-strategy-action-plan.csv"
    title = "Lancashire Early Help Strategy 2023–2026: Delivery Plan"
    P1 = "Priority 1: Right help at the right time"
    P2 = "Priority 2: Family Hubs and Start for Life"
    P3 = "Priority 3: A skilled early help workforce"
    P4 = "Priority 4: Knowing our impact"
    rows = [
        (P1, "1.1", "Refresh the Continuum of Need guidance and relaunch it with partners through locality briefings",
         "Head of Early Help", "Apr-24", "Sep-24", "B", "Relaunched at 12 locality briefings",
         ["Head of Early Help"], "2024-09", "blue", None),
        ("", "1.2", "Implement a single Request for Support form across the Children and Family Wellbeing Service and the MASH",
         "Smith, Joanne", "Jun-24", "31/03/2025", "G", "Form built; testing with MASH in February",
         ["Smith, Joanne"], "2025-03", "green", None),
        ("", "1.3", "Pilot lead professional support for schools in Burnley and Preston, including termly team-around-the-school meetings",
         "J. Patel; M. O'Neill", "Sep-24", "Jul-25", "A", "Preston pilot started; Burnley delayed by staff vacancies",
         ["J. Patel", "M. O'Neill"], "2025-07", "amber", None),
        (P2, "2.1", "Open the remaining Family Hubs in Chorley and West Lancashire",
         "Family Hubs Programme Manager", "Apr-24", "Mar-25", "R", "Delay to building works at the Skelmersdale site - escalated to Programme Board",
         ["Family Hubs Programme Manager"], "2025-03", "red", None),
        ("", "2.2", "Publish the Start for Life offer online and in print in the five most spoken community languages",
         "Start for Life Lead / Public Health Specialist", "Oct-24", "Q2 2025/26", "G", "Translations commissioned",
         ["Start for Life Lead", "Public Health Specialist"], "2025-09", "green", None),
        ("", "2.3", "Recruit parent and carer panels in each district to co-design Family Hub services",
         "Family Hubs Programme Manager", "Apr-24", "Ongoing", "G", "Panels running in 9 of 12 districts",
         ["Family Hubs Programme Manager"], None, "green", "Ongoing"),
        (P3, "3.1", "Deliver the early help assessment and lead professional training offer to 600 multi-agency practitioners",
         "CSAP Learning and Development Manager", "Apr-24", "31/12/2024", "B", "648 practitioners trained",
         ["CSAP Learning and Development Manager"], "2024-12", "blue", None),
        ("", "3.2", "Introduce practice supervision for early help practitioners in partner agencies",
         "Principal Practitioner (Early Help)", "Apr-25", "Jun-25", "", "Not yet started - model agreed at January Board",
         ["Principal Practitioner (Early Help)"], "2025-06", "unrated", None),
        (P4, "4.1", "Develop an early help outcomes framework and dashboard, reported quarterly to the Children and Young People's Partnership Board",
         "Business Intelligence Manager", "Jul-24", "Sep-25", "A", "Dashboard prototype built; data sharing with schools still to be agreed",
         ["Business Intelligence Manager"], "2025-09", "amber", None),
        ("", "4.2", "Complete a multi-agency audit of early help assessments and share the learning",
         "Head of Early Help; CSAP Business Manager", "Sep-24", "Nov-24", "B", "Learning briefing published December 2024",
         ["Head of Early Help", "CSAP Business Manager"], "2024-11", "blue", None),
    ]
    path = os.path.join(HERE, name)
    expected = []
    cur = None
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow([title, "", "", "", "", "", "", ""])
        w.writerow(["Children and Family Wellbeing Service - exported 03/03/2025", "", "", "", "", "", "", ""])
        w.writerow([""] * 8)
        w.writerow(["Priority", "Ref", "Action", "Lead Officer(s)", "Start", "End", "RAG", "Comments"])
        for (pr, ref, text, lead, start, end, rag, com, elead, eend, estat, etext) in rows:
            if pr:
                cur = pr
            w.writerow([pr, ref, text, lead, start, end, rag, com])
            expected.append(act(ref, [cur], text, elead, eend, estat, end_text=etext))
        w.writerow([""] * 8)
        w.writerow(["RAG: B = complete, G = on track, A = at risk, R = off track, blank = not started", "", "", "", "", "", "", ""])

    write_expected(
        name,
        source=("Imitates an early help strategy delivery plan kept by a county council's early help service and "
                "exported to CSV from its tracker (compare other councils' early help strategy action plans, 2023–26); "
                "here Lancashire County Council's Children and Family Wellbeing Service, 2025. Copied features: title "
                "and export lines above the header, a Priority column written only on the first row of each priority "
                "(blank below), Ref, Lead Officer(s) with 'surname, forename' and several people in one cell, Start "
                "and End columns (month, date, financial quarter, Ongoing), RAG letters with a blank for not started, "
                "comments, and a RAG key line after the table."),
        reads=("A CSV with a title, an export line, a header and ten numbered actions under four priorities (each "
               "priority written once, the rows below it belonging to it), then a key line. The End column is the "
               "due month; the Start column is not."),
        outcome="read", title=title, actions=expected)


# ---------------------------------------------------------------------------
# 7. Bexley focused visit action plan – tab-separated text, typo month -> refuse
# ---------------------------------------------------------------------------
def bexley():
    name = "ga1-bexley-council-focused-visit-action-plan-typo-month-refuse.txt"
    title = "Bexley Children’s Services – Ofsted Focused Visit Action Plan"
    AF1 = "The consistency of permanence planning for children in care, including the timely use of family group conferences."
    AF2 = "Managerial oversight of children’s plans and the recording of supervision."
    AF3 = "The quality of pathway plans for care leavers, so that they reflect young people’s views and aspirations."
    lines = [
        title,
        "Focused visit: children in care, 14–15 January 2025",
        "Version 2 – updated 10/04/2025",
        "",
        "\t".join(["Ref", "Area for improvement", "Action", "Lead", "Target date", "RAG", "Update"]),
        "\t".join(["1.1", AF1, "Track every child in care without a permanence plan by their second review through a monthly permanence panel.",
                   "Head of Service – Children Looked After", "Mar-2025", "Blue", "Panel in place since February 2025."]),
        "\t".join(["1.2", "", "Offer a family group conference to every child entering care where it is safe to do so.",
                   "FGC Service Manager", "Jun-2025", "Green", "Referrals up from 4 to 11 a month."]),
        "\t".join(["2.1", AF2, "Refresh the supervision recording template so that it records reflective discussion and actions for each child.",
                   "Principal Social Worker", "Apr-2025", "Green", "New template live from 1 April."]),
        "\t".join(["2.2", "", "Carry out a quarterly audit of management oversight on children in care files and report findings to the Practice Improvement Board.",
                   "QA Service Manager", "0ct-2025", "Amber", "First audit scheduled for May."]),
        "\t".join(["3.1", AF3, "Relaunch the pathway plan template, co-produced with the Bexley Care Leavers’ Forum.",
                   "Team Manager – Leaving Care / Participation Officer", "Sep-2025", "Green", "Forum workshops held in March."]),
        "\t".join(["3.2", "", "Ensure every care leaver aged 18–21 has a pathway plan reviewed within the last six months.",
                   "Team Manager – Leaving Care", "Dec-2025", "Amber", "Currently 82%."]),
        "",
        "RAG key: Blue = complete; Green = on track; Amber = at risk; Red = off track",
    ]
    refuse_line = next(i + 1 for i, l in enumerate(lines) if "\t0ct-2025\t" in l)
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")

    write_expected(
        name,
        source=("Imitates a London borough's action plan after an Ofsted ILACS focused visit (children in care), "
                "saved from a spreadsheet as tab-separated text; here the London Borough of Bexley, 2025. Copied "
                "features: title, visit and version lines, a header, area-for-improvement text on the first row of "
                "each group only, numbered actions, post leads (two in one cell split by '/'), month-year target dates, "
                "RAG words and updates, and a key line."),
        reads=("A tab-separated plan with six actions under three areas for improvement. Action 2.2's target date is "
               "'0ct-2025' with a zero for the letter O, a mistyped month; a careful reader stops at that line and asks "
               "rather than guess."),
        outcome="refuse", title=title, refuse_at=refuse_line)


if __name__ == "__main__":
    staffordshire()
    derbyshire()
    kirklees()
    warrington()
    bolton()
    lancashire()
    bexley()
    print("done")
