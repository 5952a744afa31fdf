"""Build the seven lm2- blind test files (set heldout359).

Run with /work/main/.venv/bin/python lm2_make.py  (openpyxl, python-docx).
Writes next to this script:
  lm2-london-borough-of-hillingdon-asc-cqc-assessment-improvement-plan.xlsx
  lm2-north-norfolk-dc-internal-audit-recommendations-tracker.xlsx
  lm2-cumbria-constabulary-hmicfrs-vetting-misconduct-misogyny-recommendations-tracker.xlsx
  lm2-vale-of-glamorgan-council-audit-wales-financial-sustainability-review-organisational-response.docx
  lm2-pembrokeshire-adult-learning-partnership-estyn-post-inspection-action-plan.docx
  lm2-south-oxfordshire-dc-corporate-risk-register-q3-2025-26.csv
  lm2-south-tyneside-council-rsh-consumer-standards-housing-improvement-plan-typo-month-refuse.txt
"""
import csv
import io
import os
from datetime import datetime as D

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE = "FF0070C0"
GREEN = "FF00B050"
AMBER = "FFFFC000"
RED = "FFFF0000"
GREY = "FFD9D9D9"
DARK = "FF1F3864"
COLOURS = {"blue": BLUE, "green": GREEN, "amber": AMBER, "red": RED}

thin = Side(style="thin", color="FF808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill(fill_type="solid", fgColor=hex_, bgColor=hex_)


def put(ws, ref, value, bold=False, fill_hex=None, fmt=None, size=None, colour=None, box=True):
    c = ws[ref]
    c.value = value
    c.alignment = WRAP
    if bold or size or colour:
        c.font = Font(bold=bold, size=size or 11, color=colour)
    if fill_hex:
        c.fill = fill(fill_hex)
    if fmt:
        c.number_format = fmt
    if box:
        c.border = BOX
    return c


# ---------------------------------------------------------------------------
# 1. Hillingdon - ASC CQC assessment improvement plan (xlsx)
# ---------------------------------------------------------------------------
HILL_TITLE = "Adult Social Care CQC Assessment Improvement Plan 2025/26"

# (theme, [(afi, [(ref, action, lead, orig, orig_fmt, revised, prev, current_colour, progress)])])
HILL = [
    ("Theme 1: Working with people", [
        ("People waited too long for Care Act assessments and reviews, and waiting lists were not consistently risk-rated.", [
            ("1.1", "Introduce a single risk-rated waiting list for assessments and reviews across all locality teams, with weekly oversight by team managers.",
             "Head of Adult Social Care Operations", D(2025, 6, 30), "dd/mm/yyyy", None, "Amber", "blue",
             "Single waiting list live from 2 June 2025. Weekly risk huddles in place in all three localities."),
            ("1.2", "Commission additional review capacity to clear all reviews overdue by more than 12 months.",
             "Service Manager – Reviewing Team", D(2025, 9, 30), "dd/mm/yyyy", D(2025, 12, 31), "Green", "amber",
             "Agency reviewing team in place from July. 412 of 690 overdue reviews completed; revised date agreed at Improvement Board."),
        ]),
        ("Unpaid carers told CQC they did not always know about, or receive, a carer's assessment.", [
            ("1.3", "Co-produce a refreshed Carers Offer with local carers and the carers' support provider, and publish it on the council website.\nDeliver carers' assessment training to all front door staff.",
             "Carers Lead / Commissioning Manager (Prevention)", D(2026, 3, 31), "mmm-yy", None, "Green", "green",
             "Two co-production workshops held. Training dates booked for November and January."),
        ]),
    ]),
    ("Theme 2: Providing support", [
        ("There was limited availability of dementia nursing and respite placements in the borough, so some people were placed out of area.", [
            ("2.1", "Publish a dementia nursing and respite addendum to the Market Position Statement and agree a market shaping plan with providers.",
             "Head of Commissioning (Adults)", D(2025, 11, 30), "dd/mm/yyyy", None, "Green", "green",
             "Provider engagement event held 17 September. Draft addendum in preparation."),
            ("2.2", "Develop business cases for additional in-borough respite beds through the council's own care home provision.",
             "Head of Commissioning (Adults) / Head of Provider Services", D(2026, 3, 31), "dd/mm/yyyy", None, None, None,
             "Not yet started – scheduled to begin in Quarter 3."),
        ]),
    ]),
    ("Theme 3: Ensuring safety within the system", [
        ("Safeguarding enquiries were not always completed in a timely way, and people's desired outcomes were not consistently recorded.", [
            ("3.1", "Implement the revised safeguarding triage procedure and audit a sample of 40 section 42 enquiries each quarter.",
             "Principal Social Worker (Adults)", "Quarterly", None, None, "Amber", "green",
             "Procedure launched in May. Q1 audit completed: 78% of enquiries concluded within timescale (target 80%)."),
            ("3.2", "Add Making Safeguarding Personal outcome fields to the case recording system and report completion monthly to the Safeguarding Adults Board.",
             "Principal Social Worker (Adults); Business Intelligence Manager", D(2025, 9, 30), "dd/mm/yyyy", None, "Green", "blue",
             "Fields live from 1 August. First monthly report presented to the Board in September."),
        ]),
        ("Transitions for young people moving into adult services were not always planned early enough.", [
            ("3.3", "Establish a joint Preparing for Adulthood panel, taking referrals from age 14 and chaired jointly by Children's and Adults' services.",
             "Head of Service – Transitions and Disabilities", D(2025, 7, 31), "dd/mm/yyyy", D(2026, 1, 31), "Amber", "red",
             "Terms of reference agreed. Recruitment to the panel co-ordinator post has been delayed; escalated to DMT."),
        ]),
    ]),
    ("Theme 4: Leadership", [
        ("The quality assurance framework was new and not yet embedded in practice.", [
            ("4.1", "Embed the ASC Quality Assurance Framework, with monthly practice audits and a quarterly learning report to the Adult Social Care Leadership Team.",
             "Director of Adult Social Care", D(2026, 3, 31), "d mmmm yyyy", None, "Green", "green",
             "Monthly audits running since April. First quarterly learning report presented in July."),
        ]),
    ]),
]


def make_hillingdon():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov.column_dimensions["A"].width = 16
    cov.column_dimensions["B"].width = 16
    cov.column_dimensions["C"].width = 34
    cov.column_dimensions["D"].width = 50
    put(cov, "A1", "London Borough of Hillingdon", bold=True, size=14, box=False)
    put(cov, "A2", HILL_TITLE, bold=True, size=16, box=False)
    put(cov, "A3", "Response to the Care Quality Commission assessment of the council's Care Act duties", box=False)
    put(cov, "A5", "Document control", bold=True, box=False)
    for col, h in zip("ABCD", ["Version", "Date", "Author", "Change"]):
        put(cov, f"{col}6", h, bold=True, fill_hex=GREY)
    rows = [("0.1", D(2025, 2, 14), "ASC Improvement Lead", "First draft following publication of the CQC report"),
            ("1.0", D(2025, 3, 20), "ASC Improvement Lead", "Approved by the Cabinet Member for Health and Social Care"),
            ("1.2", D(2025, 7, 11), "ASC Improvement Lead", "Quarter 1 progress update"),
            ("1.3", D(2025, 10, 10), "ASC Improvement Lead", "Quarter 2 progress update")]
    for i, (v, d, a, ch) in enumerate(rows, start=7):
        put(cov, f"A{i}", v)
        put(cov, f"B{i}", d, fmt="dd/mm/yyyy")
        put(cov, f"C{i}", a)
        put(cov, f"D{i}", ch)
    put(cov, "A13", "RAG key", bold=True, box=False)
    key = [(BLUE, "Blue", "Complete – action delivered"),
           (GREEN, "Green", "On track"),
           (AMBER, "Amber", "Some slippage – recoverable within the plan period"),
           (RED, "Red", "Off track – escalation to Improvement Board required"),
           (None, "No colour", "Not started")]
    for i, (hx, name, meaning) in enumerate(key, start=14):
        put(cov, f"A{i}", None, fill_hex=hx)
        put(cov, f"B{i}", name)
        put(cov, f"C{i}", meaning)
    put(cov, "A20", "Governance: progress is reported monthly to the Adult Social Care Improvement Board and quarterly to the Health and Social Care Select Committee.", box=False)

    ws = wb.create_sheet("Improvement Plan")
    widths = [7, 38, 52, 28, 14, 14, 12, 12, 50]
    for col, w in zip("ABCDEFGHI", widths):
        ws.column_dimensions[col].width = w
    put(ws, "A1", HILL_TITLE, bold=True, size=14, box=False)
    ws.merge_cells("A1:I1")
    put(ws, "A2", "London Borough of Hillingdon – Adult Social Care and Health", box=False)
    ws.merge_cells("A2:I2")
    put(ws, "A3", "Progress as at 30 September 2025 – Current RAG shown by cell colour (see key on Cover sheet)", box=False)
    ws.merge_cells("A3:I3")
    heads = ["Ref", "Area for improvement (CQC finding)", "Action", "Lead officer", "Original target date",
             "Revised target date", "Previous RAG (June 2025)", "Current RAG (Sept 2025)", "Progress update"]
    for col, h in zip("ABCDEFGHI", heads):
        put(ws, f"{col}5", h, bold=True, fill_hex=DARK, colour="FFFFFFFF")
    r = 6
    for theme, afis in HILL:
        put(ws, f"A{r}", theme, bold=True, fill_hex=GREY)
        for col in "BCDEFGHI":
            ws[f"{col}{r}"].fill = fill(GREY)
            ws[f"{col}{r}"].border = BOX
        ws.merge_cells(f"A{r}:I{r}")
        r += 1
        for afi, acts in afis:
            top = r
            for ref, act, lead, orig, ofmt, rev, prev, cur, prog in acts:
                put(ws, f"A{r}", ref)
                put(ws, f"B{r}", afi if r == top else None)
                put(ws, f"C{r}", act)
                put(ws, f"D{r}", lead)
                put(ws, f"E{r}", orig, fmt=ofmt)
                put(ws, f"F{r}", rev, fmt="dd/mm/yyyy" if rev else None)
                put(ws, f"G{r}", prev)
                put(ws, f"H{r}", None, fill_hex=COLOURS.get(cur))
                put(ws, f"I{r}", prog)
                r += 1
            if r - 1 > top:
                ws.merge_cells(f"B{top}:B{r - 1}")
    r += 1
    put(ws, f"B{r}", "Summary of current RAG (September 2025)", bold=True, box=False)
    r += 1
    summary = [(BLUE, "Complete", 2), (GREEN, "On track", 4), (AMBER, "Some slippage", 1),
               (RED, "Off track", 1), (None, "Not started", 1), (None, "Total actions", 9)]
    for hx, label, n in summary:
        put(ws, f"B{r}", label, fill_hex=hx, bold=(label == "Total actions"))
        put(ws, f"C{r}", n)
        ws[f"C{r}"].alignment = Alignment(horizontal="left")
        r += 1
    ws.freeze_panes = "A6"
    wb.save(os.path.join(HERE, "lm2-london-borough-of-hillingdon-asc-cqc-assessment-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. North Norfolk DC - internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
NN_TITLE = "Internal Audit – Follow-up of Agreed Recommendations"
# sheet -> [(audit heading, [(rec no, priority, recommendation, agreed action, officer, orig, revised, rag, update)])]
NN = [
    ("2023-24 Audits", "Outstanding and recently implemented recommendations – 2023/24 Internal Audit Plan", [
        ("NN2403 – Procurement and Contract Management (Limited Assurance)", [
            ("1", "Important",
             "The Contract Procedure Rules should be updated to reflect the Procurement Act 2023 and re-issued to all budget holders.",
             "Contract Procedure Rules to be revised and presented to the Governance, Risk and Audit Committee for approval, followed by briefing sessions for budget holders.",
             "Procurement Manager", D(2025, 3, 31), D(2025, 6, 30), "B",
             "Revised CPRs approved by Full Council on 23 July 2025. Briefings delivered in August. Verified by EIAS."),
            ("2", "Needs Attention",
             "The contracts register should be reviewed quarterly to confirm it is complete and that all contracts above £5,000 are published in line with the Transparency Code.",
             "Quarterly reconciliation of the contracts register to creditor payments over £5,000, with a reminder issued to Service Managers.",
             "Procurement Manager / Financial Services Manager", D(2024, 9, 30), D(2025, 12, 31), "A",
             "First reconciliation completed for Q1; process to be repeated for two further quarters before sign-off."),
        ]),
        ("NN2408 – Housing Options and Homelessness (Reasonable Assurance)", [
            ("1", "Urgent",
             "Temporary accommodation placements should be authorised by an appropriate officer before they are made and recorded on the housing system.",
             "Introduce a TA placement authorisation form signed by a Team Leader, and reconcile TA invoices to the placement log monthly.",
             "Housing Options Manager", D(2024, 5, 31), None, "B",
             "Implemented. Authorisation form in use since May 2024; monthly reconciliation evidenced."),
            ("2", "Needs Attention",
             "Homelessness case files should contain a signed Personalised Housing Plan.",
             "Add a mandatory Personalised Housing Plan step to the case management workflow and dip-sample 10 cases each quarter.",
             "Housing Options Manager", D(2024, 12, 31), D(2025, 11, 30), "A",
             "Workflow change with the system supplier; go-live now planned for November."),
        ]),
    ]),
    ("2024-25 Audits", "Outstanding recommendations – 2024/25 Internal Audit Plan", [
        ("NN2502 – Cyber Security (Limited Assurance)", [
            ("1", "Important",
             "Multi-factor authentication should be enforced for all accounts with remote access to council systems.",
             "Complete the roll-out of multi-factor authentication to all remote access and privileged accounts.",
             "ICT Infrastructure and Security Manager", D(2025, 7, 31), None, "R",
             "Roll-out 85% complete. Remaining accounts are shared mailboxes that need licence changes. No revised date yet agreed."),
            ("2", "Important",
             "The ICT disaster recovery plan should be tested at least annually and the results reported to senior management.",
             "Schedule and carry out a disaster recovery test of core line-of-business systems and report the outcome to the Corporate Leadership Team.",
             "IT Manager", D(2025, 12, 31), None, "G",
             "Test scheduled for 19 November 2025."),
        ]),
        ("NN2506 – Council Tax and Business Rates (Reasonable Assurance)", [
            ("1", "Needs Attention",
             "Reconciliations between Valuation Office schedules and the council tax system should be evidenced as reviewed.",
             "Reconcile VOA schedules to the council tax system weekly, with each reconciliation signed and dated by the reviewer.",
             "Revenues Manager", D(2026, 3, 31), None, "G",
             "Not yet due."),
            ("2", "Important",
             "A review of single person discount awards should be undertaken to identify awards that are no longer valid.",
             "Carry out a targeted review of all single person discount awards older than three years, using data matching.",
             "Revenues Manager", D(2025, 9, 30), D(2026, 3, 31), "A",
             "Data-matching contract signed in September; review to run January to March 2026."),
        ]),
    ]),
]


def make_north_norfolk():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s.column_dimensions["A"].width = 22
    for col in "BCDEF":
        s.column_dimensions[col].width = 18
    put(s, "A1", "North Norfolk District Council", bold=True, size=12, box=False)
    put(s, "A2", NN_TITLE, bold=True, size=14, box=False)
    put(s, "A3", "Governance, Risk and Audit Committee – 9 December 2025", box=False)
    put(s, "A4", "Position as at 30 September 2025. Internal audit provided by Eastern Internal Audit Services (EIAS).", box=False)
    heads = ["Priority", "Implemented", "Not yet due", "Overdue – revised date agreed", "Overdue – no revised date", "Total"]
    for col, h in zip("ABCDEF", heads):
        put(s, f"{col}6", h, bold=True, fill_hex=GREY)
    data = [("Urgent", 1, 0, 0, 0, 1), ("Important", 1, 1, 1, 1, 4), ("Needs Attention", 0, 1, 2, 0, 3),
            ("Total", 2, 2, 3, 1, 8)]
    for i, row in enumerate(data, start=7):
        for col, v in zip("ABCDEF", row):
            put(s, f"{col}{i}", v, bold=(row[0] == "Total"))
    put(s, "A12", "RAG used on the audit sheets:", bold=True, box=False)
    put(s, "A13", "B", fill_hex=BLUE)
    put(s, "B13", "Implemented (verified by EIAS)", box=False)
    put(s, "A14", "G", fill_hex=GREEN)
    put(s, "B14", "Not yet due / on track", box=False)
    put(s, "A15", "A", fill_hex=AMBER)
    put(s, "B15", "Overdue – revised date agreed by the Corporate Leadership Team", box=False)
    put(s, "A16", "R", fill_hex=RED)
    put(s, "B16", "Overdue – no revised date agreed", box=False)
    put(s, "A18", "Priority definitions: Urgent – fundamental control weakness; Important – significant control weakness; Needs Attention – opportunity to improve controls.", box=False)

    rag_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    for sheet, sub, audits in NN:
        ws = wb.create_sheet(sheet)
        for col, w in zip("ABCDEFGHI", [8, 15, 45, 45, 26, 13, 13, 7, 45]):
            ws.column_dimensions[col].width = w
        put(ws, "A1", sub, bold=True, size=12, box=False)
        heads = ["Rec No.", "Priority", "Recommendation", "Agreed action (management response)", "Responsible officer",
                 "Original due date", "Revised due date", "RAG", "Latest update"]
        for col, h in zip("ABCDEFGHI", heads):
            put(ws, f"{col}3", h, bold=True, fill_hex=GREY)
        r = 4
        for heading, recs in audits:
            put(ws, f"A{r}", heading, bold=True)
            ws.merge_cells(f"A{r}:I{r}")
            r += 1
            for no, pri, rec, act, off, orig, rev, rag, upd in recs:
                put(ws, f"A{r}", no)
                put(ws, f"B{r}", pri)
                put(ws, f"C{r}", rec)
                put(ws, f"D{r}", act)
                put(ws, f"E{r}", off)
                put(ws, f"F{r}", orig, fmt="dd/mm/yyyy")
                put(ws, f"G{r}", rev, fmt="dd/mm/yyyy" if rev else None)
                put(ws, f"H{r}", rag, fill_hex=rag_fill[rag], bold=True)
                ws[f"H{r}"].alignment = Alignment(horizontal="center", vertical="top")
                put(ws, f"I{r}", upd)
                r += 1
    wb.save(os.path.join(HERE, "lm2-north-norfolk-dc-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 3. Cumbria Constabulary - HMICFRS vetting, misconduct and misogyny tracker (xlsx)
# ---------------------------------------------------------------------------
CC_TITLE = "Vetting, Misconduct and Misogyny – HMICFRS Recommendations Tracker"
# [(section, [(rec no, recommendation, [(action ref, action, owner, target, fmt, revised, brag, update)])])]
CC = [
    ("Vetting", [
        ("2", "By 31 October 2023, chief constables should make sure their vetting units have enough capacity and capability to process vetting applications and renewals without backlogs.", [
            ("2.1", "Complete a demand and capacity review of the Force Vetting Unit and recruit two additional vetting researchers.",
             "Head of Professional Standards", D(2023, 10, 31), "dd/mm/yyyy", None, "B",
             "Review completed June 2023. Two researchers in post from September 2023."),
            ("2.2", "Implement the Core-Vet case management system so that renewals and aftercare reviews are automatically diarised.",
             "Force Vetting Manager", D(2024, 3, 31), "dd/mm/yyyy", None, "G",
             "Contract signed. Data migration under way; go-live planned for March."),
        ]),
        ("5", "By 30 April 2023, chief constables should make sure that, when vetting clearance is granted despite adverse information, the rationale is clearly recorded in line with the Vetting APP.", [
            ("5.1", "Introduce a mandatory decision rationale template for all clearances where adverse information is present, and dip-sample 10% of decisions each month.",
             "Force Vetting Manager", D(2023, 4, 30), "dd/mm/yyyy", None, "B",
             "Template in use since April 2023. Monthly dip-sampling reported to the Vetting Board."),
        ]),
    ]),
    ("Counter-corruption", [
        ("12", "By 31 October 2023, chief constables should make sure their counter-corruption units can monitor the use of all force IT systems and devices.", [
            ("12.1", "Procure and deploy a force-wide IT monitoring solution covering all desktop and mobile devices.",
             "Head of ICT; DI Counter Corruption Unit", D(2023, 10, 31), "dd/mm/yyyy", D(2024, 6, 30), "A",
             "Procurement completed through the regional framework. Deployment to mobile devices delayed by supplier."),
        ]),
        ("14", "By 31 October 2023, chief constables should make sure their counter-corruption units produce an annual strategic threat assessment and control strategy.", [
            ("14.1", "Produce the Counter-Corruption Strategic Threat Assessment and control strategy, and present it to the Force Executive Board.",
             "DI Counter Corruption Unit", D(2023, 9, 30), "dd/mm/yyyy", None, "B",
             "Presented to Force Executive Board on 27 September 2023."),
        ]),
    ]),
    ("Misconduct", [
        ("20", "By 30 April 2023, chief constables should review how allegations of sexual misconduct by officers and staff have been assessed and, where needed, reassess them.", [
            ("20.1", "Review all sexual misconduct allegations closed as 'no case to answer' since April 2020 and refer any cases of concern for reassessment.",
             "Head of Professional Standards", D(2023, 12, 31), "dd/mm/yyyy", None, "B",
             "64 cases reviewed; 3 referred for reassessment. Findings reported to the Chief Constable."),
        ]),
    ]),
    ("Misogyny and predatory behaviour", [
        ("30", "By 31 October 2023, chief constables should make sure all allegations of sexual misconduct against officers and staff are assessed by their counter-corruption units.", [
            ("30.1", "Amend the PSD referral policy so that every allegation of sexual misconduct is recorded and assessed by the Counter Corruption Unit.",
             "Head of Professional Standards", D(2024, 4, 1), "mmm-yy", None, "G",
             "Draft policy out for consultation with staff associations."),
            ("30.2", "Deliver active bystander training to all officers, staff and volunteers.",
             "Head of Learning and Development", D(2024, 3, 31), "dd/mm/yyyy", D(2024, 7, 31), "A",
             "61% of workforce trained. Revised date to include volunteers and special constables."),
            ("30.3", "Promote the anonymous internal reporting line (Integrity Line) through quarterly staff communications and monitor its use.",
             "Deputy Chief Constable", "Ongoing", None, None, "G",
             "Campaign launched in November 2023; usage reported quarterly."),
        ]),
    ]),
]


def make_cumbria():
    wb = Workbook()
    s = wb.active
    s.title = "Summary & Key"
    s.column_dimensions["A"].width = 14
    s.column_dimensions["B"].width = 60
    put(s, "A1", CC_TITLE, bold=True, size=14, box=False)
    put(s, "A2", "Cumbria Constabulary", bold=True, box=False)
    put(s, "A3", "HMICFRS: An inspection of vetting, misconduct, and misogyny in the police service (published 2 November 2022)", box=False)
    put(s, "A4", "Force progress against the recommendations for chief constables. Reported to the Joint Audit Committee, 24 January 2024.", box=False)
    put(s, "A6", "BRAG", bold=True, fill_hex=GREY)
    put(s, "B6", "Meaning", bold=True, fill_hex=GREY)
    for i, (k, hx, m) in enumerate([("B", BLUE, "Complete – evidence of completion held by PSD"),
                                    ("G", GREEN, "On track to meet target date"),
                                    ("A", AMBER, "Target date missed or at risk – revised date set"),
                                    ("R", RED, "Off track – no agreed recovery plan")], start=7):
        put(s, f"A{i}", k, fill_hex=hx, bold=True)
        put(s, f"B{i}", m)
    put(s, "A12", "Position", bold=True, fill_hex=GREY)
    put(s, "B12", "Number of actions", bold=True, fill_hex=GREY)
    for i, (k, n) in enumerate([("B", 4), ("G", 3), ("A", 2), ("R", 0), ("Total", 9)], start=13):
        put(s, f"A{i}", k, bold=(k == "Total"))
        put(s, f"B{i}", n)
        s[f"B{i}"].alignment = Alignment(horizontal="left")

    ws = wb.create_sheet("Recommendations")
    for col, w in zip("ABCDEFGHI", [6, 48, 8, 48, 26, 12, 12, 7, 44]):
        ws.column_dimensions[col].width = w
    put(ws, "A1", CC_TITLE, bold=True, size=14, box=False)
    ws.merge_cells("A1:I1")
    put(ws, "A2", "Last updated: 5 January 2024", box=False)
    heads = ["Rec", "HMICFRS recommendation", "Action ref", "Force action", "Action owner", "Target date",
             "Revised date", "BRAG", "Progress update"]
    for col, h in zip("ABCDEFGHI", heads):
        put(ws, f"{col}4", h, bold=True, fill_hex=DARK, colour="FFFFFFFF")
    brag_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    r = 5
    for section, recs in CC:
        put(ws, f"A{r}", section, bold=True, fill_hex=GREY)
        ws.merge_cells(f"A{r}:I{r}")
        r += 1
        for no, rec, acts in recs:
            top = r
            for aref, act, owner, tgt, fmt, rev, brag, upd in acts:
                put(ws, f"A{r}", no if r == top else None)
                put(ws, f"B{r}", rec if r == top else None)
                put(ws, f"C{r}", aref)
                put(ws, f"D{r}", act)
                put(ws, f"E{r}", owner)
                put(ws, f"F{r}", tgt, fmt=fmt)
                put(ws, f"G{r}", rev, fmt="dd/mm/yyyy" if rev else None)
                put(ws, f"H{r}", brag, fill_hex=brag_fill[brag], bold=True)
                ws[f"H{r}"].alignment = Alignment(horizontal="center", vertical="top")
                put(ws, f"I{r}", upd)
                r += 1
            if r - 1 > top:
                ws.merge_cells(f"A{top}:A{r - 1}")
                ws.merge_cells(f"B{top}:B{r - 1}")
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, "lm2-cumbria-constabulary-hmicfrs-vetting-misconduct-misogyny-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def set_text(cell, text, bold=False, size=None):
    """Put text in a cell; inner \n become separate paragraphs."""
    parts = text.split("\n") if text else [""]
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 4. Vale of Glamorgan - Audit Wales organisational response (docx)
# ---------------------------------------------------------------------------
VOG_TITLE = "Financial Sustainability Review – Organisational Response"
# [(ref, recommendation, [(response, completion, officer)])]
VOG = [
    ("R1", "The Council should strengthen its medium-term financial planning by setting out how it will bridge the funding gap identified for each year to 2027-28, including the savings and income proposals it intends to rely on.", [
        ("The Council will develop a multi-year savings programme aligned to the Medium Term Financial Plan, identifying proposals to close the gap for 2025/26 to 2027/28. Progress will be reported quarterly to Cabinet as part of the revenue monitoring report.",
         "March 2025", "Head of Finance (Section 151 Officer)"),
    ]),
    ("R2", "The Council should improve the information it provides to members on the delivery of planned savings, so that members can assess whether savings are being achieved and the impact on services.", [
        ("A savings tracker, RAG-rated by directorate, will be included in the quarterly financial monitoring reports to Cabinet and to the Corporate Performance and Resources Scrutiny Committee.",
         "June 2025", "Head of Finance (Section 151 Officer)"),
        ("Member briefing sessions on the budget process, savings delivery and the reserves position will be held before the 2026/27 budget-setting cycle.",
         "October 2025", "Director of Corporate Resources"),
    ]),
    ("R3", "The Council should review its reserves strategy to ensure that the planned use of reserves to balance the budget is sustainable, and that the minimum level of general reserves is clearly justified.", [
        ("The Reserves Strategy will be reviewed as part of the 2025/26 budget report, setting a minimum level for the Council Fund balance justified by a risk assessment, and a plan to replenish reserves used to balance the budget.",
         "February 2025", "Head of Finance (Section 151 Officer)"),
    ]),
    ("R4", "The Council should make better use of comparative cost and performance information to identify where services could be delivered more efficiently.", [
        ("We will undertake cost and performance benchmarking for Social Services and for Environment and Housing Services, using CIPFA and Data Cymru comparators, and use the findings to inform the 2026/27 savings proposals.",
         "31 December 2025", "Director of Corporate Resources; Director of Social Services"),
    ]),
]


def make_vale():
    doc = Document()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    doc.add_paragraph(VOG_TITLE, style="Title")
    doc.add_paragraph("Vale of Glamorgan Council", style="Subtitle")
    info = doc.add_table(rows=5, cols=2)
    info.style = "Table Grid"
    for row, (k, v) in zip(info.rows, [("Report title", "Financial Sustainability Review – Vale of Glamorgan Council"),
                                        ("Audit Wales document reference", "4512A2024"),
                                        ("Report completion date", "November 2024"),
                                        ("Organisation", "Vale of Glamorgan Council"),
                                        ("Date of organisational response", "16 January 2025")]):
        set_text(row.cells[0], k, bold=True)
        shade(row.cells[0], "D9E2F3")
        set_text(row.cells[1], v)
    doc.add_paragraph()
    doc.add_paragraph("Organisational response to the Auditor General's recommendations", style="Heading 1")
    doc.add_paragraph("This form sets out the Council's response to the recommendations in the Audit Wales report. "
                      "Progress against each planned action will be reported to the Governance and Audit Committee "
                      "through the Council's Regulatory Recommendations Tracker.")
    nrows = 1 + sum(len(a) for _, _, a in VOG)
    t = doc.add_table(rows=nrows, cols=5)
    t.style = "Table Grid"
    heads = ["Ref", "Recommendation",
             "Organisational response\nPlease set out here relevant commentary on the planned actions in response to the recommendations",
             "Completion date\nPlease set out by when the planned actions will be complete",
             "Responsible officer (title)"]
    for c, h in zip(t.rows[0].cells, heads):
        set_text(c, h, bold=True, size=9)
        shade(c, "D9E2F3")
    i = 1
    for ref, rec, acts in VOG:
        top = i
        for resp, date, off in acts:
            row = t.rows[i]
            if i == top:
                set_text(row.cells[0], ref)
                set_text(row.cells[1], rec)
            set_text(row.cells[2], resp)
            set_text(row.cells[3], date)
            set_text(row.cells[4], off)
            i += 1
        if i - 1 > top:
            t.cell(top, 0).merge(t.cell(i - 1, 0))
            t.cell(top, 1).merge(t.cell(i - 1, 1))
            # merging keeps the text of both cells; keep only the first
            set_text(t.cell(top, 0), ref)
            set_text(t.cell(top, 1), rec)
    doc.add_paragraph()
    doc.add_paragraph("Sign-off", style="Heading 2")
    so = doc.add_table(rows=3, cols=3)
    so.style = "Table Grid"
    for row, vals in zip(so.rows, [("Name", "Role", "Date"),
                                   ("Strategic Leadership Team", "Agreed response", "8 January 2025"),
                                   ("Governance and Audit Committee", "Noted", "20 January 2025")]):
        for c, v in zip(row.cells, vals):
            set_text(c, v, bold=(vals[0] == "Name"))
    doc.save(os.path.join(HERE, "lm2-vale-of-glamorgan-council-audit-wales-financial-sustainability-review-organisational-response.docx"))


# ---------------------------------------------------------------------------
# 5. Pembrokeshire ALP - Estyn post-inspection action plan (docx)
# ---------------------------------------------------------------------------
PEM_TITLE = "Pembrokeshire Adult Learning Partnership: Post-Inspection Action Plan"
RAG_DOCX = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
# [(heading, [(ref, action, success, lead, timescale, rag, progress)])]
PEM = [
    ("R1: Strengthen self-evaluation and quality improvement processes so that leaders across the partnership have an accurate view of the quality of teaching and learning", [
        ("1.1", "Agree a single partnership self-evaluation framework and annual quality calendar, aligned to Estyn's inspection framework for adult learning in the community.",
         "All partners contribute to one self-evaluation report, approved by the Partnership Board.", "ALP Manager", "Dec 2024", "Complete",
         "Framework agreed by the Board in November 2024; first joint self-evaluation report approved."),
        ("1.2", "Introduce a shared programme of joint learning walks and teaching observations across all partners, with moderation each term.",
         "Every tutor observed at least once a year; moderation records show consistent judgements.", "ALP Manager & Head of Adult Learning (Pembrokeshire College)",
         "Summer term 2025", "Green", "Two rounds of joint learning walks completed; moderation meeting held in May."),
    ]),
    ("R2: Improve the collection and use of data to evaluate learners' outcomes and progression", [
        ("2.1", "Develop a partnership data dashboard drawing on LLWR returns, showing retention, attainment and progression by partner and curriculum area.",
         "Dashboard used at each Board meeting to challenge performance.", "Data and MIS Officer", "September 2025", "Amber",
         "Data-sharing agreement between partners took longer than planned; prototype dashboard built."),
        ("2.2", "Introduce a destinations survey of learners three months after course completion.",
         "Destinations known for at least 60% of learners.", "Community Learning Co-ordinator", "Autumn term 2024", "Complete",
         "Survey in place; 64% response rate for 2024/25 courses."),
    ]),
    ("R3: Increase opportunities for learners to use and develop their Welsh language skills", [
        ("3.1", "Map current Welsh-medium and bilingual provision and agree targets for growth with the local Learn Welsh provider.",
         "Baseline and targets agreed and included in the curriculum plan.", "ALP Manager", "January 2025", "Complete",
         "Mapping completed; targets agreed in January 2025."),
        ("3.2", "Provide Welsh language awareness training for all tutors and build bilingual resources into digital skills and ESOL courses.",
         "All tutors trained; bilingual resources in use on all digital skills courses.", "Welsh Language Officer; Curriculum Leads", "Ongoing", "Green",
         "38 of 45 tutors trained to date."),
    ]),
    ("R4: Strengthen strategic planning so that provision is better aligned to local needs and national priorities", [
        ("4.1", "Review the partnership agreement and the Board's terms of reference, extending membership to DWP and third sector representatives.",
         "Revised agreement signed by all partners.", "Head of Lifelong Learning (PCC)", "31/10/2024", "Complete",
         "Revised agreement signed October 2024. DWP and PAVS now attend the Board."),
        ("4.2", "Complete a curriculum needs analysis using labour market intelligence from the Regional Skills Partnership and publish a three-year curriculum plan.",
         "Curriculum plan published and used to commission 2025/26 provision.", "ALP Manager", "July 2025", "Amber",
         "Needs analysis complete. Drafting of the curriculum plan delayed by staff absence."),
    ]),
]


def make_pembrokeshire():
    doc = Document()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.8)
    doc.add_paragraph(PEM_TITLE, style="Title")
    doc.add_paragraph("Estyn inspection of adult learning in the community: 22–26 January 2024. Report published 27 March 2024.")
    doc.add_paragraph("Progress update: June 2025", style="Subtitle")

    doc.add_paragraph("Document control", style="Heading 2")
    dc = doc.add_table(rows=4, cols=4)
    dc.style = "Table Grid"
    for row, vals in zip(dc.rows, [("Version", "Date", "Author", "Approved by"),
                                   ("1.0", "24/05/2024", "ALP Manager", "Adult Learning Partnership Board"),
                                   ("1.1", "04/12/2024", "ALP Manager", "Adult Learning Partnership Board"),
                                   ("1.2", "16/06/2025", "ALP Manager", "Adult Learning Partnership Board")]):
        for c, v in zip(row.cells, vals):
            set_text(c, v, bold=(vals[0] == "Version"))

    doc.add_paragraph("RAG key", style="Heading 2")
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for row, (k, m) in zip(key.rows, [("Complete", "Action completed and impact evidenced"),
                                      ("Green", "On track"),
                                      ("Amber", "Some delay – remedial action in place"),
                                      ("Red", "Not on track – Board intervention needed")]):
        set_text(row.cells[0], k, bold=True)
        shade(row.cells[0], RAG_DOCX[k])
        set_text(row.cells[1], m)

    doc.add_paragraph("Recommendations and actions", style="Heading 1")
    heads = ["Ref", "Action", "Success criteria", "Lead", "Timescale", "RAG", "Progress (June 2025)"]
    for heading, acts in PEM:
        doc.add_paragraph(heading, style="Heading 2")
        t = doc.add_table(rows=1 + len(acts), cols=len(heads))
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, heads):
            set_text(c, h, bold=True, size=9)
            shade(c, "D9D9D9")
        for row, (ref, act, succ, lead, ts, rag, prog) in zip(t.rows[1:], acts):
            for c, v in zip(row.cells, [ref, act, succ, lead, ts, rag, prog]):
                set_text(c, v, size=9)
            shade(row.cells[5], RAG_DOCX[rag])
        doc.add_paragraph()
    doc.add_paragraph("Progress against this plan is reported to each meeting of the Adult Learning Partnership Board "
                      "and to the Schools and Learning Overview and Scrutiny Committee twice a year.")
    doc.save(os.path.join(HERE, "lm2-pembrokeshire-adult-learning-partnership-estyn-post-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. South Oxfordshire DC - corporate risk register (csv)
# ---------------------------------------------------------------------------
SO_HEAD = ["Risk ref", "Risk title", "Risk description", "Risk owner", "Current controls",
           "Inherent score (L x I)", "Residual score (L x I)", "Direction of travel",
           "Action ref", "Further action", "Action owner", "Target date", "Action RAG", "Progress comment"]
# [(risk cols..., [(action ref, action, owner, target, rag, progress)])]
SO = [
    (("CR01", "Financial sustainability",
      "The council is unable to set a balanced budget over the medium term because of reduced government funding, the business rates reset and rising demand for temporary accommodation.",
      "Head of Finance",
      "Medium Term Financial Strategy updated annually\nQuarterly budget monitoring reported to Cabinet\nGeneral fund reserve held above the minimum level",
      "5 x 5 = 25", "4 x 4 = 16", "Increasing"), [
        ("CR01.1", "Deliver the 2026/27 budget and updated Medium Term Financial Strategy, including savings proposals of £1.2m, for approval by Council in February 2026",
         "Head of Finance", "Feb-26", "Green", "Draft budget considered by Cabinet on 4 December 2025; consultation closed 9 January."),
        ("CR01.2", "Respond to the Fair Funding Review 2.0 consultation and lobby government, with the District Councils' Network, on the impact of the business rates reset",
         "Chief Executive", "Ongoing", "Green", "Consultation response submitted August 2025."),
    ]),
    (("CR02", "Local government reorganisation",
      "Preparing for reorganisation of local government in Oxfordshire diverts capacity from service delivery and the council's priorities are not reflected in the new arrangements.",
      "Chief Executive",
      "Member working group on LGR\nRegular meetings of Oxfordshire chief executives",
      "4 x 5 = 20", "4 x 4 = 16", "Stable"), [
        ("CR02.1", "Submit the council's final proposal for unitary local government in Oxfordshire to government",
         "Chief Executive", "28/11/2025", "Complete", "Proposal submitted 27 November 2025."),
        ("CR02.2", "Establish an LGR programme board and programme management office, with a resourcing plan agreed by the Strategic Management Team",
         "Deputy Chief Executive – Transformation and Operations; Head of Policy and Programmes", "31/03/2026", "Amber",
         "Programme board meeting monthly. Resourcing plan awaiting decision on shared funding with other Oxfordshire councils."),
    ]),
    (("CR03", "Cyber security",
      "A cyber attack results in loss of systems or data, disruption to services and reputational damage.",
      "Head of ICT",
      "Firewalls, endpoint protection and monthly patching\nMandatory annual cyber training for all staff\nOffline backups of key systems",
      "4 x 5 = 20", "3 x 5 = 15", "Stable"), [
        ("CR03.1", "Complete the Cyber Assessment Framework self-assessment and agree a remediation plan",
         "Head of ICT", "Mar 2026", "Green", "Self-assessment 70% complete."),
        ("CR03.2", "Run a cyber incident exercise with the Thames Valley Local Resilience Forum and update the ICT disaster recovery plan",
         "Head of ICT", "Jan 2026", "Red", "Exercise postponed by the LRF; a new date is being sought."),
    ]),
    (("CR04", "Temporary accommodation demand",
      "Demand for temporary accommodation exceeds supply, leading to greater use of bed and breakfast, poorer outcomes for households and budget pressure.",
      "Head of Housing and Environment",
      "Homelessness prevention fund\nPrivate rented sector access scheme\nWeekly TA placement review meeting",
      "5 x 4 = 20", "4 x 4 = 16", "Increasing"), [
        ("CR04.1", "Acquire 12 additional units of council-owned temporary accommodation through the Local Authority Housing Fund",
         "Head of Housing and Environment", "30/09/2026", "Green", "Five properties purchased; four under offer."),
        ("CR04.2", "Review the homelessness prevention pathway to end the use of bed and breakfast for families beyond six weeks",
         "Housing Needs Manager", "Q4 2025/26", "Amber", "Review under way; three families currently beyond six weeks."),
    ]),
]


def make_south_oxon():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    n = len(SO_HEAD)
    w.writerow(["South Oxfordshire District Council"] + [""] * (n - 1))
    w.writerow(["Corporate Risk Register – Quarter 3 2025/26"] + [""] * (n - 1))
    w.writerow(["Joint Audit and Governance Committee – 28 January 2026"] + [""] * (n - 1))
    w.writerow([""] * n)
    w.writerow(SO_HEAD)
    for risk, acts in SO:
        for i, a in enumerate(acts):
            lead = list(risk) if i == 0 else [""] * len(risk)
            w.writerow(lead + list(a))
    w.writerow([""] * n)
    w.writerow(["Scoring: Likelihood (1-5) x Impact (1-5). Risks with a residual score of 15 or more are reported to Cabinet."] + [""] * (n - 1))
    w.writerow(["Action RAG: Complete; Green = on track; Amber = at risk of slipping; Red = target date will be missed."] + [""] * (n - 1))
    with open(os.path.join(HERE, "lm2-south-oxfordshire-dc-corporate-risk-register-q3-2025-26.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. South Tyneside Council - RSH housing improvement plan, tab-separated (txt) - REFUSE
# ---------------------------------------------------------------------------
ST_LINES = [
    "South Tyneside Council",
    "Housing Improvement Plan – Regulator of Social Housing Consumer Standards",
    "Progress report to Housing Scrutiny Panel – October 2025",
    "",
    "Ref\tAction\tLead officer\tTarget date\tRAG\tProgress",
    "SAFETY AND QUALITY STANDARD",
    "SQ1\tComplete stock condition surveys of 100% of council homes and load the results to the asset management system\tHead of Asset Management\tMar-26\tG\t72% of homes surveyed to date",
    "SQ2\tClear all overdue high-risk fire risk assessment remedial actions\tBuilding Safety Manager\tDec-25\tA\t41 high-risk actions outstanding, down from 186 in April",
    "SQ3\tIntroduce a single damp and mould case tracker with a 10 working day inspection standard\tHead of Repairs and Maintenance\t0ct-25\tA\tTracker built; staff training under way",
    "SQ4\tComplete outstanding electrical installation condition reports (EICRs) so that all homes have a certificate less than 5 years old\tCompliance Manager\tMar-26\tG\t94.6% compliant",
    "TRANSPARENCY, INFLUENCE AND ACCOUNTABILITY STANDARD",
    "TIA1\tPublish 2024/25 Tenant Satisfaction Measures with a tenant-friendly summary\tHousing Performance Manager\tSep-25\tB\tPublished on the council website 26 September",
    "TIA2\tEstablish a Tenant Scrutiny Panel with terms of reference agreed by tenants and Cabinet\tTenant Engagement Manager / Head of Housing Management\tJan-26\tG\tRecruitment of 12 panel members complete",
    "NEIGHBOURHOOD AND COMMUNITY STANDARD",
    "NC1\tReview the anti-social behaviour policy and publish service standards for ASB case handling\tHead of Housing Management\tNov-25\tG\tDraft policy out for tenant consultation",
    "",
    "RAG: B = complete, G = on track, A = at risk, R = off track",
]


def make_south_tyneside():
    with open(os.path.join(HERE, "lm2-south-tyneside-council-rsh-consumer-standards-housing-improvement-plan-typo-month-refuse.txt"),
              "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(ST_LINES) + "\n")


if __name__ == "__main__":
    make_hillingdon()
    make_north_norfolk()
    make_cumbria()
    make_vale()
    make_pembrokeshire()
    make_south_oxon()
    make_south_tyneside()
    print("built 7 files in", HERE)
