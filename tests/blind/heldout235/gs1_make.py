"""Build the seven gs1- blind cases (children's services plans) and their expected readings.

Run with /work/main/.venv/bin/python gs1_make.py  (needs openpyxl, python-docx, pyyaml).
All plan content is invented in the style of the plans named in each `source`.
"""
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE, GREEN, AMBER, RED, GREY, HEAD = "5B9BD5", "00B050", "FFC000", "FF0000", "D9D9D9", "1F3864"
RAGFILL = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def write_yaml(name, meta, actions):
    doc = dict(meta)
    if actions is not None:
        doc["actions"] = actions
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100000)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


# ---------------------------------------------------------------------------
# 1. Warrington ILACS post-inspection action plan (xlsx): cover/doc control, theme bands,
#    AFI text in vertically merged cells, original + revised dates, previous + current RAG.
# ---------------------------------------------------------------------------
def warrington():
    name = "gs1-warrington-borough-council-ilacs-improvement-plan.xlsx"
    title = "Warrington Borough Council – ILACS Post-Inspection Action Plan 2024/25"
    d = dt.datetime
    themes = [
        ("Theme 1: Help and protection", [
            ("1. The consistency with which written plans for children in need and children subject to child protection plans are specific about what needs to change and by when.", [
                ("1.1", "Relaunch the SMART planning guidance and practice standard for child in need and child protection plans, with workshops for all social workers and team managers in the Assessment, CIN and CP teams.",
                 "Head of Service – Children in Need and Child Protection", ["Head of Service – Children in Need and Child Protection"],
                 d(2024, 9, 30), None, "Guidance relaunched 16/09/2024. 94 practitioners attended the workshops.", "G", "B", "2024-09", "blue"),
                ("1.2", "Introduce a monthly thematic audit of CIN and CP plans, with findings reported to the Quality Assurance Board.",
                 "Principal Social Worker / Head of Quality Assurance and Performance", ["Principal Social Worker", "Head of Quality Assurance and Performance"],
                 d(2024, 10, 31), d(2025, 1, 31), "First two audits completed (November and December). Audit tool revised after the first cycle, hence revised date.", "A", "G", "2025-01", "green"),
                ("1.3", "Chairs of child protection conferences to record a midway review of each plan and escalate drift through the dispute resolution process.",
                 "Service Manager (Safeguarding Unit)", ["Service Manager (Safeguarding Unit)"],
                 d(2024, 12, 31), None, "Midway review template in use from 1 November 2024.", "G", "G", "2024-12", "green"),
            ]),
        ]),
        ("Theme 2: Children in care and care leavers", [
            ("2. The timeliness of life-story work for children in care whose plan is permanence through long-term fostering.", [
                ("2.1", "Commission additional life-story work capacity through the Family Placement Team and set a 12-week standard for completion from the second looked after review.",
                 "Head of Service – Children in Care", ["Head of Service – Children in Care"],
                 d(2024, 11, 30), d(2025, 3, 31), "Two sessional workers recruited; 11 of 27 children have completed life-story books.", "A", "A", "2025-03", "amber"),
                ("2.2", "Track life-story work through the permanence tracker, reviewed fortnightly at Permanence Panel.",
                 "Team Manager – Permanence", ["Team Manager – Permanence"],
                 d(2024, 10, 31), None, "Tracker live from October 2024.", "G", "B", "2024-10", "blue"),
            ]),
            ("3. The quality of pathway plans for care leavers aged 21 to 25, including their understanding of their entitlements.", [
                ("3.1", "Co-produce a revised pathway plan template with the Care Leavers' Forum, to include a clear summary of the local offer.",
                 "Service Manager (Care Leavers) & Participation Lead", ["Service Manager (Care Leavers)", "Participation Lead"],
                 d(2024, 12, 31), d(2025, 2, 28), "Template agreed with the Forum on 9 January 2025; system build with LCS in progress.", "A", "G", "2025-02", "green"),
                ("3.2", "Offer every care leaver aged 21 and over a review of their pathway plan with their personal adviser, prioritising those not in education, employment or training.",
                 "Service Manager (Care Leavers)", ["Service Manager (Care Leavers)"],
                 d(2025, 3, 31), None, "64% of reviews offered; 41% completed.", "G", "G", "2025-03", "green"),
            ]),
        ]),
        ("Theme 3: Leadership and management", [
            ("4. Management oversight and supervision records for personal advisers, so that they show the rationale for decisions.", [
                ("4.1", "Extend the supervision audit tool to personal advisers and report compliance quarterly to the Children's Services Senior Leadership Team.",
                 "Head of Quality Assurance and Performance", ["Head of Quality Assurance and Performance"],
                 d(2025, 6, 30), None, "New action added January 2025 following the Children's Improvement Board.", "–", None, "2025-06", "unrated"),
            ]),
        ]),
    ]

    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=16, color=HEAD)
    cov["A2"] = "Children's Services"
    cov["A2"].font = Font(bold=True, size=12)
    cov["A4"] = "Inspection of local authority children's services (ILACS): 10–14 June 2024"
    cov["A5"] = "Overall effectiveness: Good"
    cov["A7"] = "Document control"
    cov["A7"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Comments"),
            ("0.1", "22/07/2024", "Head of Quality Assurance and Performance", "First draft following ILACS feedback"),
            ("1.0", "05/08/2024", "Head of Quality Assurance and Performance", "Submitted to Ofsted"),
            ("1.2", "21/10/2024", "Head of Quality Assurance and Performance", "Progress update October 2024"),
            ("1.3", "20/01/2025", "Head of Quality Assurance and Performance", "Progress update January 2025")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cov.cell(row=8 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill(GREY)
    cov["A14"] = "Governance: Children's Improvement Board (bi-monthly), chaired by the Director of Children's Services."
    for col, w in zip("ABCD", (12, 14, 44, 40)):
        cov.column_dimensions[col].width = w

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14, color=HEAD)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Inspection of local authority children's services: 10–14 June 2024 | Progress update as at 20 January 2025"
    ws.merge_cells("A2:I2")
    hdr = ["Ref", "Area for improvement (Ofsted ILACS 2024)", "Action", "Lead officer", "Original target date",
           "Revised target date", "Progress update – January 2025", "Previous RAG (Oct 24)", "Current RAG (Jan 25)"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(HEAD)
        c.alignment = WRAP
        c.border = BOX
    r = 5
    expected = []
    for theme, afis in themes:
        ws.cell(row=r, column=1, value=theme).font = Font(bold=True)
        for j in range(1, 10):
            ws.cell(row=r, column=j).fill = fill(GREY)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for afi, acts in afis:
            first = r
            ws.cell(row=r, column=2, value=afi)
            for (ref, text, lead, leads, orig, rev, prog, prev, cur, end, status) in acts:
                vals = [ref, None, text, lead, orig, rev, prog, prev, cur]
                for j, v in enumerate(vals):
                    c = ws.cell(row=r, column=1 + j)
                    if v is not None:
                        c.value = v
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                for col, v in ((8, prev), (9, cur)):
                    if v in RAGFILL:
                        ws.cell(row=r, column=col).fill = fill(RAGFILL[v])
                        ws.cell(row=r, column=col).alignment = Alignment(horizontal="center", vertical="top")
                expected.append(act(ref, [theme, afi], text, leads, end, status))
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
            ws.cell(row=first, column=2).alignment = WRAP
    r += 1
    ws.cell(row=r, column=1, value="Note: blue-rated actions are retained on the plan until their impact has been reviewed at the Children's Improvement Board.").font = Font(italic=True)
    for col, w in zip("ABCDEFGHI", (6, 40, 50, 30, 13, 13, 42, 11, 11)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG rating key"
    key["A1"].font = Font(bold=True)
    for i, (k, txt, col) in enumerate([("B", "Blue – Action complete and impact evidenced", BLUE),
                                       ("G", "Green – On track to deliver by the target date", GREEN),
                                       ("A", "Amber – At risk of slippage; mitigation in place", AMBER),
                                       ("R", "Red – Off track; escalation to the Children's Improvement Board required", RED)]):
        key.cell(row=3 + i, column=1, value=k).fill = fill(col)
        key.cell(row=3 + i, column=2, value=txt)
    key.column_dimensions["B"].width = 70
    wb.active = 1
    wb.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": "Warrington Borough Council children's services, post-ILACS action plan after the June 2024 inspection "
                  "(judged good, with outstanding for leadership and for children in care); the plan content is invented in the style of "
                  "the post-inspection action plans councils submit to Ofsted and take to a Children's Improvement Board. Copied features: "
                  "cover sheet with document-control table, theme bands merged across the sheet, the area-for-improvement text in a "
                  "vertically merged cell beside its actions, original and revised target dates, previous and current RAG letters with fill, "
                  "job titles as leads (two posts split by '/' and '&'), a notes line and a separate RAG key sheet.",
        "reads": "An Excel workbook whose 'Action Plan' sheet lists eight numbered actions under three themes and four Ofsted areas for "
                 "improvement. Each action has a lead post, an original and sometimes a revised target date, and a previous and current "
                 "RAG; the newest action has no current rating yet.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }, expected)
    return name, len(expected)


# ---------------------------------------------------------------------------
# 2. Wiltshire local area SEND priority action plan (xlsx): summary sheet with key and totals,
#    one sheet per area for priority action, terms as timescales, RAG by fill only, key where
#    green = complete.
# ---------------------------------------------------------------------------
def wiltshire():
    name = "gs1-wiltshire-local-area-send-priority-action-plan.xlsx"
    title = "Wiltshire Local Area Partnership – Area SEND Priority Action Plan"
    apas = [
        ("APA 1", "Area for priority action 1: Leaders across education, health and care should work together to reduce the waiting times for neurodevelopmental assessment and ensure that children and young people receive support while they wait.", [
            ("1.1", "Commission additional neurodevelopmental assessment capacity from an independent provider to reduce the number of children waiting more than 52 weeks.",
             "Director of Commissioning (BSW ICB)", ["Director of Commissioning (BSW ICB)"], "Autumn term 2024",
             "Number waiting over 52 weeks falls from 610 to below 300.", "Contract awarded September 2024; 290 children now waiting over 52 weeks.", GREEN, "2024-12", "blue"),
            ("1.2", "Launch a 'support while you wait' offer with Wiltshire Parent Carer Council, including drop-in sessions and an online resource hub.",
             "Head of SEND and Inclusion (WC); Wiltshire Parent Carer Council", ["Head of SEND and Inclusion (WC)", "Wiltshire Parent Carer Council"], "Summer term 2025",
             "Parent carer survey shows families know where to get help while waiting.", "Hub content co-produced; four drop-ins held in Trowbridge, Salisbury, Chippenham and Devizes.", AMBER, "2025-07", "amber"),
            ("1.3", "Train SENCOs in every mainstream school in the neurodiversity profiling tool so that needs are met without waiting for a diagnosis.",
             "Principal Educational Psychologist", ["Principal Educational Psychologist"], "July 2025",
             "All mainstream schools have a trained SENCO; reduction in requests for assessment without school-based support.", "118 of 236 schools trained.", AMBER, "2025-07", "amber"),
            ("1.4", "Publish monthly waiting-time data on the Local Offer.",
             "Head of Performance (BSW ICB)", ["Head of Performance (BSW ICB)"], dt.datetime(2025, 1, 31),
             "Data published monthly and understood by families.", "Delayed: data sharing agreement between providers not yet signed.", RED, "2025-01", "red"),
        ]),
        ("APA 2", "Area for priority action 2: Leaders should improve the timeliness and quality of education, health and care (EHC) plans, including the contributions from health and social care.", [
            ("2.1", "Recruit to the additional EHC plan coordinator posts agreed by Cabinet, and clear the backlog of assessments over 20 weeks.",
             "Head of SEND Statutory Services", ["Head of SEND Statutory Services"], "March 2025",
             "At least 60% of new EHC plans issued within 20 weeks.", "All 9 posts filled; backlog cleared in February 2025. 20-week timeliness 63% (Jan–Mar).", GREEN, "2025-03", "blue"),
            ("2.2", "Introduce a multi-agency quality assurance panel for new EHC plans, with the Designated Clinical Officer and social care represented.",
             "Head of SEND Statutory Services / Designated Clinical Officer", ["Head of SEND Statutory Services", "Designated Clinical Officer"], "Autumn term 2024",
             "80% of audited plans judged good or better.", "Panel meeting fortnightly since October 2024.", GREEN, "2024-12", "blue"),
            ("2.3", "Agree a health advice template and a 6-week return standard with all NHS providers in Wiltshire.",
             "Designated Clinical Officer", ["Designated Clinical Officer"], "Q4 2024/25",
             "90% of health advice returned within 6 weeks.", "Template agreed; compliance 71% in December.", AMBER, "2025-03", "amber"),
            ("2.4", "Review annual review processes so that plans are updated within 4 weeks of the review meeting.",
             "Head of SEND Statutory Services", ["Head of SEND Statutory Services"], "Summer term 2025",
             "Amended plans issued within 4 weeks in 80% of cases.", "Scheduled to start April 2025.", None, "2025-07", "unrated"),
        ]),
    ]

    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Ofsted and CQC area SEND inspection, outcome 3 | Plan owner: Wiltshire SEND and Inclusion Partnership Board | Progress at December 2024"
    sm["A4"] = "RAG key"
    sm["A4"].font = Font(bold=True)
    for i, (col, txt) in enumerate([(GREEN, "Complete"), (AMBER, "In progress"), (RED, "Delayed / at risk"), (None, "Not yet started")]):
        c = sm.cell(row=5 + i, column=1)
        if col:
            c.fill = fill(col)
        c.border = BOX
        sm.cell(row=5 + i, column=2, value=("No colour – " if col is None else {GREEN: "Green – ", AMBER: "Amber – ", RED: "Red – "}[col]) + txt)
    sm["A10"] = "Summary of progress"
    sm["A10"].font = Font(bold=True)
    tot = [("Area for priority action", "Actions", "Complete", "In progress", "Delayed", "Not started"),
           ("APA 1 – Neurodevelopmental pathway", 4, 1, 2, 1, 0),
           ("APA 2 – EHC plans", 4, 2, 1, 0, 1),
           ("Total", 8, 3, 3, 1, 1)]
    for i, row in enumerate(tot):
        for j, v in enumerate(row):
            c = sm.cell(row=11 + i, column=1 + j, value=v)
            c.border = BOX
            if i in (0, len(tot) - 1):
                c.font = Font(bold=True)
    sm.column_dimensions["A"].width = 36
    sm.column_dimensions["B"].width = 30

    expected = []
    for sheet, apa, acts in apas:
        ws = wb.create_sheet(sheet)
        ws["A1"] = title
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = apa
        ws["A2"].font = Font(bold=True)
        ws["A2"].alignment = WRAP
        ws.merge_cells("A2:G2")
        ws.row_dimensions[2].height = 36
        hdr = ["No.", "What we will do", "Lead(s)", "By when", "How we will know it is working", "Progress update (December 2024)", "RAG"]
        for j, h in enumerate(hdr):
            c = ws.cell(row=4, column=1 + j, value=h)
            c.font = Font(bold=True)
            c.fill = fill("DDEBF7")
            c.border = BOX
            c.alignment = WRAP
        for i, (ref, text, lead, leads, when, measure, prog, rag, end, status) in enumerate(acts):
            r = 5 + i
            for j, v in enumerate([ref, text, lead, when, measure, prog, None]):
                c = ws.cell(row=r, column=1 + j)
                if v is not None:
                    c.value = v
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if rag:
                ws.cell(row=r, column=7).fill = fill(rag)
            expected.append(act(ref, [apa], text, leads, end, status))
        for col, w in zip("ABCDEFG", (6, 50, 32, 16, 36, 40, 8)):
            ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": "Wiltshire local area partnership (Wiltshire Council and BSW ICB) priority action plan after an area SEND inspection "
                  "under the 2023 Ofsted/CQC framework (outcome 3); body chosen as a plausible partnership, content invented in the style of "
                  "published priority action plans. Copied features: summary sheet with a RAG key and a totals table, one worksheet per "
                  "area for priority action with the APA text merged above a 'What we will do / Lead(s) / By when / How we will know' table, "
                  "school terms and financial quarters as timescales, RAG shown only by cell fill, and a key in which green means complete "
                  "(no blue).",
        "reads": "A workbook with a summary sheet and two sheets, one per area for priority action, each listing four numbered actions "
                 "with partnership leads, a term or month, success measures and a progress update. The RAG column is colour only; by the "
                 "plan's own key green is complete and an uncoloured cell is not yet started.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }, expected)
    return name, len(expected)


# ---------------------------------------------------------------------------
# 3. Leeds children's home Ofsted post-inspection action plan (xlsx): form header block,
#    requirement/recommendation text beside the action, multi-line action cells, sign-off sheet.
# ---------------------------------------------------------------------------
def leeds():
    name = "gs1-leeds-city-council-childrens-home-ofsted-action-plan.xlsx"
    title = "Moorside View Children's Home – Ofsted Post-Inspection Action Plan"
    rows = [
        ("Req 1", "The registered person shall ensure that within 48 hours of the use of a measure of control, restraint or deprivation of liberty, a record is made and the person in charge discusses the incident with the child. (Regulation 35 (3)(a))",
         "All physical interventions to be reviewed by the registered manager or deputy within 48 hours.\nDebriefs with children to be recorded on the child's file and signed off.\nMonthly restraint analysis to be shared with the Responsible Individual.",
         "Registered Manager / Deputy Manager", ["Registered Manager", "Deputy Manager"], dt.datetime(2025, 3, 31), "Complete",
         "Restraint log reviewed 25/03/2025 – all records within 48 hours.", "2025-03", "blue", None),
        ("Req 2", "The registered person must ensure that children's risk assessments are updated following any change in circumstances, including after missing episodes. (Regulation 12 (2)(a)(i))",
         "Review all risk assessments and update them after each missing episode, return home interview or change in plan; audit monthly.",
         "Registered Manager", ["Registered Manager"], dt.datetime(2025, 4, 30), "On track",
         "All four risk assessments reviewed in March; April audit booked.", "2025-04", "green", None),
        ("Req 3", "The registered person must ensure that all staff receive supervision of their practice at least monthly and that records are kept. (Regulation 33 (4)(b))",
         "Supervision matrix introduced and displayed in the office; overdue supervisions escalated to the Responsible Individual.",
         "Registered Manager", ["Registered Manager"], dt.datetime(2025, 4, 30), "On track",
         "Supervision compliance 88% in March (target 100%).", "2025-04", "green", None),
        ("Rec 1", "The registered person should ensure that children's views are recorded in their placement plans and that children are supported to understand their plans. (‘Guide to the Children’s Homes Regulations, including the quality standards’, page 15, paragraph 3.8)",
         "Key workers to complete ‘My Plan’ sessions with each child and record their views.",
         "Key workers and Deputy Manager", ["Key workers", "Deputy Manager"], "June 2025", "On track",
         "Two of four sessions completed.", "2025-06", "green", None),
        ("Rec 2", "The registered person should ensure that the home’s development plan includes actions to improve the décor of the communal areas. (‘Guide to the Children’s Homes Regulations, including the quality standards’, page 15, paragraph 3.9)",
         "Submit a request to Corporate Property Management for redecoration of the lounge and kitchen; agree the colour scheme with the children.",
         "Responsible Individual", ["Responsible Individual"], "Sept 2025", "Not started",
         "", "2025-09", "unrated", None),
        ("Rec 3", "The registered person should ensure that staff complete training in trauma-informed practice. (‘Guide to the Children’s Homes Regulations, including the quality standards’, page 54, paragraph 10.4)",
         "Book all staff onto the Leeds trauma-informed practice training and track completion on the training matrix.",
         "Registered Manager", ["Registered Manager"], "Ongoing – reviewed at monthly team meeting", "On track",
         "9 of 14 staff trained.", None, "green", "Ongoing – reviewed at monthly team meeting"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Leeds City Council – Children and Families Directorate"
    info = [("Home:", "Moorside View Children's Home"), ("URN:", "SC488213"), ("Inspection date:", "11 and 12 February 2025"),
            ("Overall experiences and progress of children and young people:", "Requires improvement to be good"),
            ("Registered manager:", "Jo Whitaker"), ("Plan updated:", "28/04/2025")]
    for i, (k, v) in enumerate(info):
        ws.cell(row=4 + i, column=1, value=k).font = Font(bold=True)
        ws.merge_cells(start_row=4 + i, start_column=1, end_row=4 + i, end_column=2)
        ws.cell(row=4 + i, column=3, value=v)
    hdr = ["Ref", "Ofsted requirement / recommendation", "Action(s) to be taken", "Responsible", "Target date", "Status", "Evidence / update"]
    h = 11
    for j, t in enumerate(hdr):
        c = ws.cell(row=h, column=1 + j, value=t)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.border = BOX
        c.alignment = WRAP
    expected = []
    for i, (ref, req, action, lead, leads, date, status_txt, upd, end, status, end_text) in enumerate(rows):
        r = h + 1 + i
        for j, v in enumerate([ref, req, action, lead, date, status_txt, upd]):
            c = ws.cell(row=r, column=1 + j, value=(v if v != "" else None))
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        expected.append(act(ref, [req], action, leads, end, status, end_text))
    for col, w in zip("ABCDEFG", (8, 52, 52, 24, 16, 12, 36)):
        ws.column_dimensions[col].width = w

    so = wb.create_sheet("Sign-off")
    for i, (k, v) in enumerate([("Completed by (Registered Manager):", "Jo Whitaker"), ("Date:", "28/04/2025"),
                                ("Agreed by (Responsible Individual):", "Head of Residential and Edge of Care Services"), ("Date:", "29/04/2025"),
                                ("Copy sent to Ofsted:", "Yes – via the provider portal")]):
        so.cell(row=1 + i, column=1, value=k).font = Font(bold=True)
        so.cell(row=1 + i, column=2, value=v)
    so.column_dimensions["A"].width = 38
    so.column_dimensions["B"].width = 48
    wb.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": "Leeds City Council, action plan for one of its own children's homes after an Ofsted full inspection under the SCCIF "
                  "(requirements citing the Children's Homes (England) Regulations 2015, recommendations citing the Guide); the home, URN "
                  "and content are invented. Copied features: provider form header block (home, URN, inspection date, judgement, manager), "
                  "one table with the Ofsted requirement or recommendation text beside the action taken, multi-line action cells, "
                  "'Req'/'Rec' references, status words, and a sign-off sheet.",
        "reads": "A one-sheet action plan for a children's home: three Ofsted requirements and three recommendations, each quoted in full "
                 "with the home's action, the responsible person, a target date and a status word. The last recommendation is ongoing "
                 "with no end month.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }, expected)
    return name, len(expected)


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


def set_text(cell, text, bold=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for k, line in enumerate(lines):
        if k:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


# ---------------------------------------------------------------------------
# 4. Manchester Safeguarding Partnership JTAI action plan (docx): document control table,
#    RAG key table, one heading + AFI paragraph + table per area for improvement, two leads on
#    separate lines, quarters / termly timescales, shaded RAG cells with words, sign-off table.
# ---------------------------------------------------------------------------
def manchester():
    name = "gs1-manchester-safeguarding-partnership-jtai-action-plan.docx"
    title = "Manchester Safeguarding Partnership: Joint Targeted Area Inspection Action Plan"
    afis = [
        ("The quality and timeliness of information sharing by health partners when contributing to strategy discussions.", [
            ("1.1", "Agree a single health representative rota for strategy discussions held at the MASH, covering hospital, community and GP information.",
             "Designated Nurse Safeguarding Children (NHS GM Manchester locality)", ["Designated Nurse Safeguarding Children (NHS GM Manchester locality)"],
             "January 2025", "Rota in place from 6 January 2025; health attendance at strategy discussions 96% in February.", "Complete", BLUE, "2025-01", "blue", None),
            ("1.2", "Audit a sample of 30 strategy discussions to test the quality of health information shared, and report findings to the Quality Assurance and Performance Sub-group.",
             "MSP Business Manager\nNamed Nurse Safeguarding Children (MFT)", ["MSP Business Manager", "Named Nurse Safeguarding Children (MFT)"],
             "Q1 2025/26", "Audit tool agreed; sample drawn for April.", "Green", GREEN, "2025-06", "green", None),
        ]),
        ("The recording of the voice and lived experience of children in police domestic abuse notifications to children’s social care.", [
            ("2.1", "Refresh the GMP domestic abuse risk assessment guidance so that officers record what children say and how they present at the scene.",
             "Detective Superintendent – Public Protection (GMP City of Manchester)", ["Detective Superintendent – Public Protection (GMP City of Manchester)"],
             "End of March 2025", "Draft guidance with GMP Force Policy Unit; sign-off delayed to the April Force Operational Board.", "Amber", AMBER, "2025-03", "amber", None),
            ("2.2", "Deliver briefings to all response and neighbourhood officers in the City of Manchester district.",
             "GMP Training Lead", ["GMP Training Lead"],
             "June 2025", "Briefing pack written; sessions booked from May.", "Green", GREEN, "2025-06", "green", None),
            ("2.3", "Dip-sample 50 notifications each quarter in the MASH and feed back to GMP through the Front Door Partnership meeting.",
             "Head of Service – MASH and Early Help", ["Head of Service – MASH and Early Help"],
             "Quarterly", "First dip sample (January) found the child's voice recorded in 31 of 50 notifications.", "Green", GREEN, None, "green", "Quarterly"),
        ]),
        ("The partnership’s understanding of the impact of early help on children’s outcomes, including the use of the early help assessment by schools.", [
            ("3.1", "Develop an early help outcomes dashboard for the Early Help Strategic Group, including re-referral rates.",
             "Strategic Lead – Early Help; MSP Performance Analyst", ["Strategic Lead – Early Help", "MSP Performance Analyst"],
             "30/06/2025", "Data fields agreed; reliant on the new case management system going live.", "Amber", AMBER, "2025-06", "amber", None),
            ("3.2", "Provide termly early help assessment training for designated safeguarding leads in schools.",
             "Head of Education Safeguarding", ["Head of Education Safeguarding"],
             "Termly", "Spring term sessions delivered to 142 DSLs.", "Green", GREEN, None, "green", "Termly"),
        ]),
    ]
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(title, style="Title")
    p = doc.add_paragraph()
    p.add_run("Joint targeted area inspection of the multi-agency response to identification of initial need and risk (‘front door’), "
              "4 to 8 November 2024. Letter published 15 January 2025.").italic = True

    doc.add_heading("Document control", level=1)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Approved by"]):
        set_text(c, h, bold=True)
        shade(c, GREY)
    for row in [("0.3", "07/02/2025", "MSP Business Manager", "Statutory Safeguarding Partners’ Executive"),
                ("1.0", "24/02/2025", "MSP Business Manager", "Statutory Safeguarding Partners’ Executive"),
                ("1.1", "14/04/2025", "MSP Business Manager", "Progress update – not yet approved")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_text(c, v)

    doc.add_heading("Introduction", level=1)
    doc.add_paragraph("This plan sets out how the Manchester Safeguarding Partnership will respond to the three areas for improvement "
                      "identified by Ofsted, the Care Quality Commission and HMICFRS. Progress is reported to each meeting of the Statutory "
                      "Safeguarding Partners’ Executive and to the Independent Scrutineer.")

    doc.add_heading("RAG rating key", level=1)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for word, col, meaning in [("Complete", BLUE, "Action complete and evidence of impact seen"), ("Green", GREEN, "On track"),
                               ("Amber", AMBER, "Some delay – remedial action agreed"), ("Red", RED, "Off track – escalated to the Executive")]:
        cells = t.add_row().cells
        set_text(cells[0], word, bold=True)
        shade(cells[0], col)
        set_text(cells[1], meaning)

    doc.add_heading("Areas for improvement", level=1)
    expected = []
    for n, (afi, acts) in enumerate(afis, 1):
        doc.add_heading(f"Area for improvement {n}", level=2)
        doc.add_paragraph().add_run(afi).bold = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead", "Timescale", "Progress update (April 2025)", "RAG"]):
            set_text(c, h, bold=True)
            shade(c, "DDEBF7")
        for (ref, text, lead, leads, when, prog, rag, col, end, status, end_text) in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, text, lead, when, prog, rag]):
                set_text(c, v)
            shade(cells[5], col)
            expected.append(act(ref, [afi], text, leads, end, status, end_text))
        doc.add_paragraph()

    doc.add_heading("Sign-off", level=1)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Statutory safeguarding partner", "Signed on behalf of", "Date"]):
        set_text(c, h, bold=True)
    for row in [("Manchester City Council", "Director of Children’s Services", "24/02/2025"),
                ("NHS Greater Manchester", "Chief Nurse", "24/02/2025"),
                ("Greater Manchester Police", "Assistant Chief Constable", "24/02/2025")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_text(c, v)
    doc.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": "Manchester Safeguarding Partnership (Manchester City Council, NHS Greater Manchester, Greater Manchester Police) "
                  "multi-agency action plan after a joint targeted area inspection of the 'front door'; inspection dates and content "
                  "invented in the style of published JTAI action plans. Copied features: title and inspection line, document-control "
                  "table, RAG key table, one 'Area for improvement n' heading with the inspectors' text in bold and its own action table, "
                  "two leads on separate lines in one cell, quarter/termly/quarterly timescales, RAG words in shaded cells and a sign-off table.",
        "reads": "A Word plan with three areas for improvement from the JTAI letter, each heading followed by the area's text and a table "
                 "of two or three numbered actions with lead, timescale, April 2025 progress and a RAG word. The document-control, key "
                 "and sign-off tables are not the plan.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }, expected)
    return name, len(expected)


# ---------------------------------------------------------------------------
# 5. St Helens YJS HMIP improvement plan (docx): one landscape table, full-width rows naming who the
#    recommendations are for and each recommendation, action rows beneath, RAG letters, key line.
# ---------------------------------------------------------------------------
def st_helens():
    name = "gs1-st-helens-yjs-hmip-improvement-plan.docx"
    title = "St Helens Youth Justice Service – HMI Probation Inspection Improvement Plan"
    groups = [
        ("The St Helens Youth Justice Management Board should:", [
            ("1. ensure that board members understand the profile of children known to the service and use this to address disproportionality", [
                ("1.1", "Hold a board development session on the profile of children open to the YJS, led by the YJS Data and Performance Officer.",
                 "Chair of the Youth Justice Management Board", ["Chair of the Youth Justice Management Board"], "28/02/2025",
                 "Development session held 19 February 2025; attended by 11 board members.", "B", "2025-02", "blue", None),
                ("1.2", "Add a disproportionality section to the quarterly performance report, covering ethnicity, care status and SEND.",
                 "YJS Data and Performance Officer", ["YJS Data and Performance Officer"], "April 2025",
                 "Draft section presented in the Q4 report.", "G", "2025-04", "green", None),
            ]),
            ("2. ensure that partners provide the YJS with timely access to speech and language therapy and emotional health support", [
                ("2.1", "Agree a service level agreement with Mersey Care for a 0.6 FTE speech and language therapist seconded to the YJS.",
                 "Head of Service – Youth Justice and Targeted Youth Support / ICB Place Commissioning Manager",
                 ["Head of Service – Youth Justice and Targeted Youth Support", "ICB Place Commissioning Manager"], "31/03/2025",
                 "SLA drafted and funding agreed in principle; recruitment by Mersey Care not yet started.", "A", "2025-03", "amber", None),
                ("2.2", "Put in place a CAMHS consultation clinic in the YJS office every fortnight.",
                 "CAMHS Team Manager (Mersey Care)", ["CAMHS Team Manager (Mersey Care)"], "May 2025",
                 "Clinic room identified; first clinic planned for 6 May.", "G", "2025-05", "green", None),
            ]),
        ]),
        ("The Head of Service should:", [
            ("3. improve the quality of assessment and planning for keeping other people safe, including contingency planning", [
                ("3.1", "Deliver risk of serious harm and contingency planning training to all case managers.",
                 "YJS Operational Manager", ["YJS Operational Manager"], "January 2025",
                 "Two sessions delivered in January; all 14 case managers attended.", "B", "2025-01", "blue", None),
                ("3.2", "Introduce a monthly risk management panel, chaired by the Operational Manager, for all children assessed as high risk of serious harm.",
                 "YJS Operational Manager", ["YJS Operational Manager"], "Feb 2025",
                 "Panel established; terms of reference agreed.", "B", "2025-02", "blue", None),
                ("3.3", "Quality assure 10 cases a month against the HMIP standards and report themes to the Management Board.",
                 "YJS Practice Development Officer", ["YJS Practice Development Officer"], "Ongoing – monthly",
                 "Audits completed for January to March; themes report to May board.", "G", None, "green", "Ongoing – monthly"),
            ]),
            ("4. ensure that victims are offered a timely service and that their safety is considered in all cases", [
                ("4.1", "Restructure the victim worker role so that all victims are contacted within 10 working days of the YJS receiving their details.",
                 "Victim Liaison Officer", ["Victim Liaison Officer"], "31/03/2025",
                 "Post vacant from February 2025; interim cover from the Merseyside victim care service.", "R", "2025-03", "red", None),
            ]),
        ]),
    ]
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Inspection fieldwork: 14–18 October 2024 | Overall rating: Requires improvement | "
                      "Plan approved by the Youth Justice Management Board: 22 January 2025 | Progress at: 30 April 2025")
    doc.add_paragraph("The inspection report made four recommendations. The actions below are owned by the Management Board and "
                      "progress is reviewed at every board meeting.")
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["No.", "Action", "Lead", "Target date", "Progress to date", "RAG"]):
        set_text(c, h, bold=True)
        shade(c, GREY)
    expected = []
    for group, recs in groups:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[5])
        set_text(m, group, bold=True)
        shade(m, "BDD7EE")
        for rec, acts in recs:
            row = t.add_row()
            m = row.cells[0].merge(row.cells[5])
            set_text(m, rec, bold=True)
            shade(m, "F2F2F2")
            for (ref, text, lead, leads, when, prog, rag, end, status, end_text) in acts:
                cells = t.add_row().cells
                for c, v in zip(cells, [ref, text, lead, when, prog, rag]):
                    set_text(c, v)
                shade(cells[5], RAGFILL[rag])
                expected.append(act(ref, [group, rec], text, leads, end, status, end_text))
    doc.add_paragraph()
    doc.add_paragraph("RAG key: B – Complete | G – On track | A – Some slippage | R – Off track")
    doc.add_paragraph("Contact: Youth Justice Service Manager, St Helens Council.")
    doc.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": "St Helens Youth Justice Service improvement plan after an HM Inspectorate of Probation youth justice inspection; "
                  "dates, rating and content invented in the style of YJS post-inspection plans taken to the Youth Justice Management "
                  "Board. Copied features: title and inspection line, one landscape table, full-width rows naming who the recommendations "
                  "are addressed to ('The ... Management Board should:', 'The Head of Service should:') and full-width rows for each "
                  "numbered recommendation as worded by HMIP, numbered action rows, RAG letters in shaded cells and a key line below.",
        "reads": "A Word plan with one table: two groups of HMIP recommendations (for the Management Board and for the Head of Service), "
                 "four recommendations and eight numbered actions beneath them with lead, target date, progress and a RAG letter "
                 "explained by the key line.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }, expected)
    return name, len(expected)


# ---------------------------------------------------------------------------
# 6. Essex corporate parenting strategy action plan (csv, Excel 'CSV UTF-8' export): title lines,
#    priority in first row of each group only, multi-line quoted cell, key and source lines.
# ---------------------------------------------------------------------------
def essex():
    import csv
    import io
    name = "gs1-essex-corporate-parenting-strategy-action-plan.csv"
    title = "Essex County Council – Corporate Parenting Strategy 2022-2025: Action Plan"
    rows = [
        ("Priority 1: Safe and stable homes", "1.1", "Recruit 60 new fostering households in 2024/25 through the Fostering Essex campaign, with a focus on carers for teenagers and sibling groups.",
         "Head of Fostering", ["Head of Fostering"], "Marketing and Communications", "Mar-25", "43 households approved to date; campaign extended to March.", "A", "2025-03", "amber", None),
        ("", "1.2", "Open two new council-run children's homes for children with complex needs in Harlow and Colchester.",
         "Head of Residential Services; Director of Commissioning", ["Head of Residential Services", "Director of Commissioning"], "Property Services", "Q1 2025/26", "Harlow home registered with Ofsted in October; Colchester building works on schedule.", "G", "2025-06", "green", None),
        ("", "1.3", "Reduce the number of children who have three or more placement moves in a year to below 8%.",
         "Head of Children in Care", ["Head of Children in Care"], "Independent Reviewing Service", "Ongoing", "9.4% at end of Q2 (10.1% in 2023/24).", "G", None, "green", "Ongoing"),
        ("Priority 2: Health and wellbeing", "2.1", "Make sure every child in care has an up-to-date health assessment and a dental check in line with statutory timescales.",
         "Designated Nurse for Children in Care", ["Designated Nurse for Children in Care"], "NHS Mid and South Essex; NHS Hertfordshire and West Essex", "Sep-2025", "Health assessments 91% in timescale; dental checks 78%.", "G", "2025-09", "green", None),
        ("", "2.2", "Expand the emotional wellbeing service for children in care aged 5 to 18, with a dedicated offer for unaccompanied asylum-seeking children.",
         "Head of Children in Care and Designated Doctor", ["Head of Children in Care", "Designated Doctor"], "EWMHS", "Dec-24", "Service extended from 1 October 2024.", "Complete", "2024-12", "blue", None),
        ("Priority 3: Education, training and work", "3.1", "Increase the number of care leavers in education, employment or training by:\n- offering 30 apprenticeships and work placements across the council\n- ring-fencing interview places for care leavers on all Essex County Council vacancies",
         "Virtual School Headteacher / Leaving Care Service Manager", ["Virtual School Headteacher", "Leaving Care Service Manager"], "HR; Essex Employment and Skills Board", "31/03/2025", "18 apprenticeships started; ring-fencing agreed by the Corporate Leadership Team.", "A", "2025-03", "amber", None),
        ("", "3.2", "Track the attendance and exclusions of every child in care weekly through the Virtual School.",
         "Virtual School Headteacher", ["Virtual School Headteacher"], "Schools and colleges", "Jul-25", "Weekly tracking in place for Essex schools; out-of-county schools being added.", "G", "2025-07", "green", None),
        ("Priority 4: Preparing for adulthood", "4.1", "Publish a refreshed Local Offer for Care Leavers, co-produced with the Children in Care Council and Young Essex Assembly.",
         "Leaving Care Service Manager", ["Leaving Care Service Manager"], "Children in Care Council", "Oct-24", "Published 21 October 2024.", "Complete", "2024-10", "blue", None),
        ("", "4.2", "Extend the council tax exemption for care leavers living outside Essex up to age 25.",
         "Director of Finance", ["Director of Finance"], "District and borough councils", "Apr-25", "Awaiting Cabinet decision; legal advice on cross-boundary payments outstanding.", "R", "2025-04", "red", None),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    blank = [""] * 8
    w.writerow([title] + [""] * 7)
    w.writerow(["Progress update for the Corporate Parenting Panel – 14 November 2024"] + [""] * 7)
    w.writerow(blank)
    w.writerow(["Priority", "Ref", "What we will do", "Lead", "Partners", "By when", "Progress update", "RAG"])
    expected = []
    cur = None
    for (prio, ref, text, lead, leads, partners, when, prog, rag, end, status, end_text) in rows:
        w.writerow([prio, ref, text, lead, partners, when, prog, rag])
        cur = prio or cur
        expected.append(act(ref, [cur], text, leads, end, status, end_text))
    w.writerow(blank)
    w.writerow(["Key: G = on track; A = some risk to delivery; R = off track; Complete = action delivered"] + [""] * 7)
    w.writerow(["Owner: Director for Children and Families. Next update to the Panel: March 2025"] + [""] * 7)
    with open(os.path.join(HERE, name), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())

    write_yaml(name, {
        "source": "Essex County Council corporate parenting strategy action plan as taken to the Corporate Parenting Panel; content "
                  "invented in the style of council corporate parenting action plans (priorities/pledges, what we will do, lead, by when). "
                  "Copied features: an Excel 'CSV UTF-8' export with a byte-order mark, title and meeting lines, a priority column filled "
                  "only on the first row of each group, a quoted multi-line cell with a dash list, two leads in one cell (';', 'and', '/'), "
                  "Mmm-yy, Mmm-yyyy, dd/mm/yyyy, financial-quarter and 'Ongoing' timescales, RAG letters and 'Complete', and key and "
                  "owner lines at the foot.",
        "reads": "A CSV action plan for the corporate parenting strategy: four priorities, each named on the first of its rows, and nine "
                 "numbered actions with lead, partners, due date, progress and a RAG; the lines after the table are a key and an owner note.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }, expected)
    return name, len(expected)


# ---------------------------------------------------------------------------
# 7. Surrey focused visit action plan (tab-separated text export) with a mistyped month -> refuse.
# ---------------------------------------------------------------------------
def surrey():
    name = "gs1-surrey-county-council-focused-visit-action-plan-typo-month-refuse.txt"
    title = "Surrey County Council – Ofsted Focused Visit Action Plan"
    T = "\t"
    lines = [
        title,
        "Focused visit: children in care and care leavers, 4 and 5 March 2025 (letter published 10 April 2025)",
        "Owner: Director – Corporate Parenting" + T + "Version 1.2" + T + "Updated 30 June 2025",
        "",
        T.join(["Area for improvement", "Ref", "Action", "Lead", "Target date", "RAG"]),
        T.join(["AFI 1 – The consistency and impact of management oversight and supervision for children in care", "1.1",
                "Team managers to record a case direction on every child in care's file at least every 8 weeks, using the revised supervision template.",
                "Head of Service – Looked After Children", "Jun-2025", "G"]),
        T.join(["", "1.2", "Monthly practice week audits to include a management oversight question; findings to go to the Quality Assurance Board.",
                "Principal Social Worker", "Aug-2025", "G"]),
        T.join(["", "1.3", "Independent Reviewing Officers to escalate drift through the practice alert process and report alerts quarterly.",
                "IRO Service Manager", "Sep-2025", "A"]),
        T.join(["AFI 2 – The timeliness of pathway planning for children in care aged 16 and 17", "2.1",
                "Allocate a personal adviser co-worker to every child in care within 3 months of their 16th birthday.",
                "Head of Care Leavers Service", "Sep-2025", "A"]),
        T.join(["", "2.2", "Complete a pathway plan for every 16 and 17 year old within 3 months of their 16th birthday, tracked through the weekly performance clinic.",
                "Head of Care Leavers Service / Area Service Managers", "0ct-2025", "G"]),
        T.join(["AFI 3 – The sufficiency of local homes for children with complex needs", "3.1",
                "Refresh the Sufficiency Strategy action plan and present it to the Corporate Parenting Board.",
                "Director – Commissioning", "Jul-2025", "B"]),
        T.join(["", "3.2", "Open the two new Surrey-run children's homes in the capital programme for children with complex needs.",
                "Head of Residential Services", "Jan-2026", "A"]),
        "",
        "RAG key: B = complete, G = on track, A = at risk, R = off track",
        "Next review: Corporate Parenting Board, September 2025",
    ]
    refuse_line = next(i for i, l in enumerate(lines, 1) if "0ct-2025" in l)
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    write_yaml(name, {
        "source": "Surrey County Council children's services action plan after an Ofsted ILACS focused visit (children in care and "
                  "care leavers); visit dates and content invented in the style of focused-visit action plans. Copied features: a plain "
                  "tab-separated text export with title, visit and owner/version lines, the area for improvement named only on the first "
                  "row of its actions, Mmm-yyyy target dates, RAG letters and a key line. The target date on action 2.2 is typed "
                  "'0ct-2025' (zero for the letter O).",
        "reads": "A tab-separated focused visit action plan with three areas for improvement and seven numbered actions. The target "
                 "date of action 2.2 reads '0ct-2025', a mistyped month, so a careful reader stops and asks which month is meant "
                 "before reading the plan.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_line,
        "title": title,
    }, None)
    return name, 7


if __name__ == "__main__":
    for fn in (warrington, wiltshire, leeds, manchester, st_helens, essex, surrey):
        n, k = fn()
        print(f"{n}: {k} actions")
