#!/usr/bin/env python3
"""Build the seven iu2- blind cases (heldout289) and their expected readings.

Run with /work/main/.venv/bin/python (openpyxl, python-docx, pyyaml).
Every data file is built from the structures below; the .expected.yaml beside
it is written from the same structures, but every reading field (lead list,
end month, end_text, status, under) is stated by hand, never derived.
"""
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
FILL = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def write_yaml(name, meta, actions):
    doc = dict(meta)
    if meta["outcome"] == "read":
        doc["actions"] = actions
    path = os.path.join(OUT, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as fh:
        yaml.safe_dump(doc, fh, sort_keys=False, allow_unicode=True, width=1000)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


def style_header(ws, row, ncols, colour="1F3864"):
    for c in range(1, ncols + 1):
        cell = ws.cell(row=row, column=c)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(colour)
        cell.alignment = WRAP
        cell.border = BOX


# ---------------------------------------------------------------------------
# 1. Torbay Council – ASC CQC assessment improvement plan (xlsx)
# ---------------------------------------------------------------------------
def torbay():
    name = "iu2-torbay-council-asc-cqc-assessment-improvement-plan.xlsx"
    title = "Torbay Council – Adult Social Care Improvement Plan 2025–2027"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "Our response to the CQC local authority assessment of adult social care (report published 14 March 2025)"
    cov["A3"] = "Delivered with Torbay and South Devon NHS Foundation Trust under the integrated care arrangements"
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    dc = [("Version", "Date", "Author", "Comment"),
          ("0.9", D(2025, 5, 2), "ASC Improvement Lead", "Draft for ASC Improvement Board"),
          ("1.0", D(2025, 5, 22), "ASC Improvement Lead", "Approved by Cabinet"),
          ("1.2", D(2025, 7, 10), "ASC Improvement Lead", "Q1 progress update"),
          ("1.3", D(2025, 10, 7), "ASC Improvement Lead", "Q2 progress update")]
    for i, row in enumerate(dc):
        for j, v in enumerate(row):
            c = cov.cell(row=6 + i, column=1 + j, value=v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    style_header(cov, 6, 4)
    cov["A12"] = "RAG key"
    cov["A12"].font = Font(bold=True)
    key = [("B", "Complete – action delivered and evidence of impact", BLUE),
           ("G", "On track to deliver by the target date", GREEN),
           ("A", "Some slippage – mitigations in place", AMBER),
           ("R", "Off track – escalated to the ASC Improvement Board", RED),
           ("", "Not started", None)]
    for i, (k, txt, col) in enumerate(key):
        c = cov.cell(row=13 + i, column=1, value=k or None)
        if col:
            c.fill = fill(col)
        cov.cell(row=13 + i, column=2, value=txt)
    cov.column_dimensions["A"].width = 12
    cov.column_dimensions["B"].width = 50
    cov.column_dimensions["C"].width = 24
    cov.column_dimensions["D"].width = 34

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:J1")
    ws["A2"] = "Progress position at 30 September 2025 (Quarter 2) – reported to the Adult Social Care Improvement Board, 16 October 2025"
    ws["A2"].font = Font(italic=True)
    heads = ["Ref", "CQC quality statement", "Area for improvement (CQC finding)", "Action", "Lead(s)",
             "Original target date", "Revised target date", "Previous RAG (Q1)", "Current RAG (Q2)", "Progress update"]
    for j, h in enumerate(heads):
        ws.cell(row=4, column=1 + j, value=h)
    style_header(ws, 4, 10)

    T1 = "Theme 1: Working with people"
    T2 = "Theme 2: Providing support"
    T3 = "Theme 3: How the local authority ensures safety within the system"
    T4 = "Theme 4: Leadership"
    AFI1 = ("People experienced long waits for Care Act assessments and reviews, and the risks to people "
            "on waiting lists were not consistently monitored.")
    AFI2 = ("The local authority did not have a good understanding of the needs of unpaid carers and people "
            "from seldom-heard groups.")
    AFI3 = ("There was limited choice of home care in rural parts of Torbay and some people waited in hospital "
            "for a package of care.")
    AFI4 = ("Section 42 enquiries were not always completed in a timely way and feedback to people who made "
            "referrals was inconsistent.")
    AFI5 = "Performance information was not used consistently to inform strategic decision-making and oversight."

    # (theme, qs, afi, group-id, ref, action, lead cell, orig, revised, prev, cur, update, expected)
    rows = [
        ("theme", T1),
        ("act", "QS1 Assessing needs", AFI1, "g1", "1.1",
         "Introduce a single triage and risk-rating tool for everyone waiting for a Care Act assessment or review, "
         "with weekly oversight by team managers.",
         "Head of Adult Social Care Operations", D(2025, 6, 30), D(2025, 9, 30), "A", "G",
         "Tool live in all three locality teams from 1 September 2025; weekly waiting list meeting in place.",
         (["Head of Adult Social Care Operations"], "2025-09", None, "green")),
        ("act", "QS1 Assessing needs", AFI1, "g1", "1.2",
         "Commission additional review capacity to clear reviews overdue by more than 12 months.\n"
         "Report the trajectory monthly to the ASC Improvement Board.",
         "Principal Social Worker; ASC Performance Lead", D(2025, 12, 31), None, "A", "A",
         "Agency review team started in August. 212 reviews overdue at the end of September (486 in April).",
         (["Principal Social Worker", "ASC Performance Lead"], "2025-12", None, "amber")),
        ("act", "QS3 Equity in experience and outcomes", AFI2, "g2", "1.3",
         "Co-produce a refreshed Carers Strategy and carers’ assessment offer with Torbay Carers Service and the carers’ forums.",
         "Commissioning Manager (Carers)", D(2026, 3, 31), None, "G", "G",
         "Three co-production workshops held; draft strategy due to Cabinet in February 2026.",
         (["Commissioning Manager (Carers)"], "2026-03", None, "green")),
        ("theme", T2),
        ("act", "QS4 Care provision, integration and continuity", AFI3, "g3", "2.1",
         "Re-tender the domiciliary care framework using a zonal model, with a dedicated zone for Brixham and the rural areas.",
         "Head of Commissioning", D(2026, 3, 31), None, "G", "G",
         "Market engagement complete; tender published 29 September 2025.",
         (["Head of Commissioning"], "2026-03", None, "green")),
        ("act", "QS4 Care provision, integration and continuity", AFI3, "g3", "2.2",
         "Increase reablement capacity by 20% to reduce delays in hospital discharge.",
         "Deputy Director of Adult Social Services / Head of Intermediate Care", D(2025, 9, 30), None, "G", "B",
         "Twelve additional reablement workers in post; average wait for reablement down from 6 to 2 days.",
         (["Deputy Director of Adult Social Services", "Head of Intermediate Care"], "2025-09", None, "blue")),
        ("theme", T3),
        ("act", "QS7 Safeguarding", AFI4, "g4", "3.1",
         "Implement the revised Section 42 enquiry procedure and audit 30 enquiries each quarter through the practice quality framework.",
         "Safeguarding Adults Lead", D(2025, 12, 31), None, "A", "R",
         "Procedure launched. Only 18 of 30 Q2 audits completed because of vacancies – escalated to the Improvement Board.",
         (["Safeguarding Adults Lead"], "2025-12", None, "red")),
        ("act", "QS7 Safeguarding", AFI4, "g4", "3.2",
         "Introduce an automated feedback letter to referrers from the case management system.",
         "Systems Manager (Liquidlogic) & Safeguarding Adults Lead", "Q4 2025/26", None, "G", "G",
         "Letter template agreed with Torbay Safeguarding Adults Board partners; build scheduled for January.",
         (["Systems Manager (Liquidlogic)", "Safeguarding Adults Lead"], "2026-03", None, "green")),
        ("theme", T4),
        ("act", "QS8 Governance, management and sustainability", AFI5, "g5", "4.1",
         "Launch a monthly ASC performance dashboard, reviewed by the ASC Improvement Board and reported quarterly to Cabinet.",
         "Director of Adult Social Services", "Ongoing", None, "G", "G",
         "Dashboard in use since July 2025; first quarterly report to Cabinet on 14 October 2025.",
         (["Director of Adult Social Services"], None, "Ongoing", "green")),
        ("act", "QS8 Governance, management and sustainability", AFI5, "g5", "4.2",
         "Deliver a development programme for team managers on using performance data in supervision and team meetings.",
         "Principal Social Worker", D(2026, 1, 31), None, None, None,
         "Programme to start in January 2026.",
         (["Principal Social Worker"], "2026-01", None, "unrated")),
    ]
    expected = []
    r = 5
    theme = None
    groups = {}
    for row in rows:
        if row[0] == "theme":
            theme = row[1]
            ws.cell(row=r, column=1, value=theme)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
            ws.cell(row=r, column=1).font = Font(bold=True, color="FFFFFF")
            ws.cell(row=r, column=1).fill = fill("2E75B6")
            r += 1
            continue
        _, qs, afi, gid, ref, action, lead, orig, rev, prev, cur, upd, exp = row
        if gid not in groups:
            groups[gid] = [r, r]
            ws.cell(row=r, column=2, value=qs)
            ws.cell(row=r, column=3, value=afi)
        else:
            groups[gid][1] = r
        ws.cell(row=r, column=1, value=ref)
        ws.cell(row=r, column=4, value=action)
        ws.cell(row=r, column=5, value=lead)
        for col, v in ((6, orig), (7, rev)):
            c = ws.cell(row=r, column=col, value=v)
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        for col, v in ((8, prev), (9, cur)):
            c = ws.cell(row=r, column=col, value=v)
            if v:
                c.fill = fill(FILL[v])
                c.alignment = Alignment(horizontal="center", vertical="top")
        ws.cell(row=r, column=10, value=upd)
        for col in range(1, 11):
            ws.cell(row=r, column=col).border = BOX
            if col not in (8, 9):
                ws.cell(row=r, column=col).alignment = WRAP
        lead_list, end, end_text, status = exp
        expected.append(act(ref, [theme, afi], action, lead_list, end, status, end_text))
        r += 1
    for gid, (a, b) in groups.items():
        if b > a:
            ws.merge_cells(start_row=a, start_column=2, end_row=b, end_column=2)
            ws.merge_cells(start_row=a, start_column=3, end_row=b, end_column=3)
    r += 1
    ws.cell(row=r, column=1, value="Notes: RAG key on the Cover sheet. Revised target dates were agreed by the ASC Improvement Board on 18 September 2025.")
    ws.cell(row=r, column=1).font = Font(italic=True)
    for col, w in zip("ABCDEFGHIJ", (6, 22, 38, 48, 28, 13, 13, 10, 10, 42)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of progress by theme – Quarter 2 2025/26"
    sm["A1"].font = Font(bold=True)
    srows = [("Theme", "Actions", "B", "G", "A", "R", "Not started"),
             (T1, 3, 0, 2, 1, 0, 0), (T2, 2, 1, 1, 0, 0, 0), (T3, 2, 0, 1, 0, 1, 0), (T4, 2, 0, 1, 0, 0, 1),
             ("Total", 9, 1, 5, 1, 1, 1)]
    for i, row in enumerate(srows):
        for j, v in enumerate(row):
            c = sm.cell(row=3 + i, column=1 + j, value=v)
            c.border = BOX
    style_header(sm, 3, 7)
    for j in range(1, 8):
        sm.cell(row=3 + len(srows) - 1, column=j).font = Font(bold=True)
    sm.column_dimensions["A"].width = 62
    wb.save(os.path.join(OUT, name))

    meta = {
        "source": ("Imitates the adult social care improvement plans English councils published after their CQC local "
                   "authority assessment (2024-25), e.g. the B&NES 'CQC Local Authority Assessment - Adult Social Care "
                   "Improvement Plan Progress Update' to Cabinet (democracy.bathnes.gov.uk). Torbay Council, 2025; this "
                   "particular plan is constructed, no URL. Copied features: cover sheet with document control table and "
                   "RAG key (B/G/A/R, blank = not started), plan sheet with merged title, CQC theme rows across the "
                   "table, quality statement and CQC area-for-improvement cells merged down over their actions, original "
                   "and revised target dates, previous and current RAG as letters on coloured fills, several leads in one "
                   "cell, job titles as leads, a notes line and a summary-by-theme sheet with totals."),
        "reads": ("A three-sheet workbook: a cover with document control and the RAG key, the plan itself and a summary "
                  "count. The plan lists nine numbered actions under the four CQC themes, each under the CQC area for "
                  "improvement it answers, with the revised date taking over where one is given and the Q2 RAG as the "
                  "status."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_yaml(name, meta, expected)
    return name, expected


# ---------------------------------------------------------------------------
# 2. West Yorkshire FRS – HMICFRS values and culture recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def wyfrs():
    name = "iu2-west-yorkshire-frs-hmicfrs-values-culture-recommendations-tracker.xlsx"
    title = "West Yorkshire Fire and Rescue Service – HMICFRS Values and Culture Recommendations: Action Tracker"
    STATUS_FILL = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED}
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Values and culture in fire and rescue services (HMICFRS spotlight report, 30 March 2023)"
    sm["A3"] = "Position at 31 December 2025 – Management Board, 20 January 2026"
    sm["A5"] = "Status"
    sm["B5"] = "Number of actions"
    style_header(sm, 5, 2, "C00000")
    counts = [("Complete", 4), ("On track", 4), ("At risk", 1), ("Off track", 1), ("Total", 10)]
    for i, (k, n) in enumerate(counts):
        a = sm.cell(row=6 + i, column=1, value=k)
        b = sm.cell(row=6 + i, column=2, value=n)
        a.border = b.border = BOX
        if k in STATUS_FILL:
            a.fill = fill(STATUS_FILL[k])
        else:
            a.font = b.font = Font(bold=True)
    sm["A12"] = "Status key"
    sm["A12"].font = Font(bold=True)
    keyrows = [("Complete", "Action delivered; evidence held by the Professional Standards team"),
               ("On track", "Action progressing and expected by the target date"),
               ("At risk", "Action may miss its target date; revised date agreed"),
               ("Off track", "Action has missed its target date")]
    for i, (k, t) in enumerate(keyrows):
        sm.cell(row=13 + i, column=1, value=k).fill = fill(STATUS_FILL[k])
        sm.cell(row=13 + i, column=2, value=t)
    sm["A18"] = ("Only the 20 recommendations addressed to chief fire officers are tracked here; the 15 national "
                 "recommendations sit with the Home Office, NFCC, LGA and the College of Policing.")
    sm.column_dimensions["A"].width = 16
    sm.column_dimensions["B"].width = 70

    ws = wb.create_sheet("Action tracker")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:J1")
    ws["A2"] = "Spotlight report published 30 March 2023 | Position at 31 December 2025 | Plan owner: Director of People and Culture"
    heads = ["Rec", "HMICFRS recommendation", "HMICFRS deadline", "Action ref", "Action", "Action owner",
             "Target date", "Revised date", "Status", "Update / evidence"]
    for j, h in enumerate(heads):
        ws.cell(row=4, column=1 + j, value=h)
    style_header(ws, 4, 10, "C00000")

    S1, S2, S3, S4, S5 = ("Raising concerns", "Background checks", "Values and behaviours",
                          "Equality, diversity and inclusion", "Leadership")
    R1 = ("By 1 October 2023, chief fire officers should make sure their services provide a confidential way for "
          "staff to raise concerns and that staff are aware of whistleblowing processes.")
    R3 = ("By 1 June 2023, chief fire officers should review the support available for those who have raised "
          "concerns and take any action needed to make sure these provisions are suitable.")
    R9 = ("By 1 October 2023, chief fire officers should make sure all staff have an appropriate and up-to-date "
          "background check, and that checks are repeated at regular intervals.")
    R12 = ("By 1 June 2023, chief fire officers should make sure they have plans in place to embed the Core Code of "
           "Ethics and to monitor how well it is understood and applied.")
    R14 = ("By 1 October 2023, chief fire officers should review how they gather and use equality data to improve "
           "their understanding of their staff and their needs.")
    R17 = ("By 1 March 2024, chief fire officers should put in place 360-degree feedback processes for their senior "
           "leaders and managers.")
    data = [
        ("sec", S1),
        ("rec", "1", R1, "1 October 2023", [
            ("1a", "Procure an independent confidential reporting line for all staff.", "Head of HR",
             D(2023, 9, 30), None, "Complete", "Safecall line live from 1 September 2023.",
             (["Head of HR"], "2023-09", None, "blue")),
            ("1b", "Run a whistleblowing awareness campaign through station visits, the intranet and induction.",
             "Head of Corporate Communications / Head of HR", D(2023, 12, 31), None, "Complete",
             "Campaign delivered; 2024 staff survey shows 81% know how to raise a concern.",
             (["Head of Corporate Communications", "Head of HR"], "2023-12", None, "blue")),
        ]),
        ("rec", "3", R3, "1 June 2023", [
            ("3a", "Review the support offer for staff who raise concerns with the staff networks and representative bodies, and publish the revised offer.",
             "Occupational Health and Wellbeing Manager", D(2024, 3, 31), D(2024, 6, 30), "Complete",
             "Revised offer published June 2024, including access to trained Speak Up Advocates.",
             (["Occupational Health and Wellbeing Manager"], "2024-06", None, "blue")),
        ]),
        ("sec", S2),
        ("rec", "9", R9, "1 October 2023", [
            ("9a", "Complete standard DBS checks for all operational and Fire Control staff in post.",
             "Head of HR", D(2024, 3, 31), D(2026, 3, 31), "At risk",
             "94% of checks complete. Remaining checks delayed by availability of ID verification appointments.",
             (["Head of HR"], "2026-03", None, "amber")),
            ("9b", "Introduce a three-yearly re-check cycle and record check dates in the HR system.",
             "HR Systems Manager", D(2025, 9, 30), None, "Off track",
             "HR system change request raised; awaiting supplier release.",
             (["HR Systems Manager"], "2025-09", None, "red")),
        ]),
        ("sec", S3),
        ("rec", "12", R12, "1 June 2023", [
            ("12a", "Include the Core Code of Ethics in all promotion assessments and appraisal conversations.",
             "Area Manager (People)", D(2025, 12, 31), None, "On track",
             "Promotion framework updated; appraisal form changes go live in the January 2026 cycle.",
             (["Area Manager (People)"], "2025-12", None, "green")),
            ("12b", "Run an annual staff culture survey and publish a ‘You said, we did’ action plan.",
             "Deputy Chief Fire Officer", "Annual – October", None, "On track",
             "2025 survey closed 31 October with a 58% response rate.",
             (["Deputy Chief Fire Officer"], None, "Annual – October", "green")),
        ]),
        ("sec", S4),
        ("rec", "14", R14, "1 October 2023", [
            ("14a", "Launch a ‘Count me in’ campaign to raise staff equality data declaration rates to 90%.",
             "Equality, Diversity and Inclusion Manager", D(2026, 3, 31), None, "On track",
             "Declaration rate 84% at December 2025 (71% in April 2024).",
             (["Equality, Diversity and Inclusion Manager"], "2026-03", None, "green")),
        ]),
        ("sec", S5),
        ("rec", "17", R17, "1 March 2024", [
            ("17a", "Introduce 360-degree feedback for all middle and strategic managers, linked to the annual appraisal.",
             "Head of Training and Development", D(2024, 3, 1), D(2025, 3, 31), "Complete",
             "First cycle completed March 2025 for 64 managers.",
             (["Head of Training and Development"], "2025-03", None, "blue")),
            ("17b", "Extend 360-degree feedback to supervisory managers (Watch Managers and Crew Managers).",
             "Head of Training and Development", D(2026, 3, 31), None, "On track",
             "Pilot with Bradford district stations completed November 2025.",
             (["Head of Training and Development"], "2026-03", None, "green")),
        ]),
    ]
    expected = []
    r = 5
    sec = None
    for item in data:
        if item[0] == "sec":
            sec = item[1]
            ws.cell(row=r, column=1, value=sec).font = Font(bold=True)
            ws.cell(row=r, column=1).fill = fill("F2DCDB")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
            r += 1
            continue
        _, num, rec, deadline, acts = item
        first = r
        ws.cell(row=r, column=1, value=num)
        ws.cell(row=r, column=2, value=rec)
        ws.cell(row=r, column=3, value=deadline)
        for (ref, text, owner, tgt, rev, status, upd, exp) in acts:
            ws.cell(row=r, column=4, value=ref)
            ws.cell(row=r, column=5, value=text)
            ws.cell(row=r, column=6, value=owner)
            for col, v in ((7, tgt), (8, rev)):
                c = ws.cell(row=r, column=col, value=v)
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            s = ws.cell(row=r, column=9, value=status)
            s.fill = fill(STATUS_FILL[status])
            ws.cell(row=r, column=10, value=upd)
            for col in range(1, 11):
                ws.cell(row=r, column=col).border = BOX
                ws.cell(row=r, column=col).alignment = WRAP
            lead, end, end_text, st = exp
            expected.append(act(ref, [sec, rec], text, lead, end, st, end_text))
            r += 1
        if r - 1 > first:
            for col in (1, 2, 3):
                ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
    for col, w in zip("ABCDEFGHIJ", (6, 46, 14, 8, 46, 28, 12, 12, 11, 44)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(os.path.join(OUT, name))

    meta = {
        "source": ("Imitates the trackers fire and rescue services published against the HMICFRS spotlight report "
                   "'Values and culture in fire and rescue services' (March 2023), e.g. Derbyshire FRS GPWG paper "
                   "(derbys-fire.gov.uk, Nov 2023), Staffordshire FRS and Royal Berkshire FRS progress pages "
                   "(staffordshirefire.gov.uk, rbfrs.co.uk). West Yorkshire FRS, position December 2025; constructed, no "
                   "URL. Copied features: summary sheet first with status counts and a status key (Complete shown "
                   "blue), tracker sheet with section rows, recommendation number, full 'By <date>, chief fire officers "
                   "should ...' text and HMICFRS deadline merged down over lettered actions, target and revised dates, "
                   "status words on coloured fills, job titles as owners, two owners in one cell, a job title containing "
                   "commas."),
        "reads": ("A summary sheet and an action tracker. The tracker takes six of the chief-fire-officer "
                  "recommendations under five section headings and lists ten lettered actions (1a ... 17b) under them, "
                  "each with an owner, target date, revised date where slipped, and a status of Complete, On track, At "
                  "risk or Off track. The HMICFRS deadline column is the inspectorate's deadline, not the action's."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_yaml(name, meta, expected)
    return name, expected


# ---------------------------------------------------------------------------
# 3. City of Lincoln Council – internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def lincoln():
    name = "iu2-city-of-lincoln-council-internal-audit-recommendations-tracker.xlsx"
    title = "City of Lincoln Council – Internal Audit Recommendations Tracker"
    SF = {"Implemented": BLUE, "On track": GREEN, "Revised date": AMBER, "Overdue": RED}
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Audit Committee – 25 November 2025 – position at 31 October 2025"
    hdr = ["Priority", "Implemented", "On track", "Revised date", "Overdue", "Total"]
    for j, h in enumerate(hdr):
        sm.cell(row=4, column=1 + j, value=h)
    style_header(sm, 4, 6, "385723")
    tot = [("High", 2, 0, 0, 2, 4), ("Medium", 0, 3, 1, 0, 4), ("Low", 0, 1, 0, 0, 1), ("Total", 2, 4, 1, 2, 9)]
    for i, row in enumerate(tot):
        for j, v in enumerate(row):
            c = sm.cell(row=5 + i, column=1 + j, value=v)
            c.border = BOX
            if row[0] == "Total":
                c.font = Font(bold=True)
    sm["A11"] = "Status key"
    sm["A11"].font = Font(bold=True)
    for i, (k, t) in enumerate([("Implemented", "Action complete and verified by Internal Audit"),
                                 ("On track", "Not yet due and progressing"),
                                 ("Revised date", "Due date extended with Audit Committee agreement"),
                                 ("Overdue", "Past the due date (original or revised) and not implemented")]):
        sm.cell(row=12 + i, column=1, value=k).fill = fill(SF[k])
        sm.cell(row=12 + i, column=2, value=t)
    sm["A17"] = "Internal audit provided by Assurance Lincolnshire. Implemented recommendations are removed after reporting once."
    sm.column_dimensions["A"].width = 16
    for col in "BCDEF":
        sm.column_dimensions[col].width = 14

    ws = wb.create_sheet("Recommendations")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Outstanding and recently implemented recommendations – position at 31 October 2025"
    heads = ["Audit", "Assurance", "Rec No.", "Priority", "Recommendation", "Agreed action", "Responsible officer",
             "Original due date", "Revised due date", "Status", "Latest update"]
    for j, h in enumerate(heads):
        ws.cell(row=4, column=1 + j, value=h)
    style_header(ws, 4, 11, "385723")

    A1, A2, A3, A4 = ("Council Tax and Business Rates 2024/25", "Housing Repairs – Responsive Repairs 2024/25",
                      "Cyber Security 2025/26", "Procurement and Contract Management 2024/25")
    audits = [
        (A1, "Limited", [
            ("R1", "High", "Reconcile the council tax and business rates systems to the valuation lists each week and evidence independent review.", [
                ("Introduce a weekly reconciliation to the VOA schedules, signed off by the Revenues Team Leader.",
                 "Revenues and Benefits Manager", D(2025, 3, 31), D(2025, 6, 30), "Implemented",
                 "Reconciliations evidenced for July to October; verified by Internal Audit.",
                 (["Revenues and Benefits Manager"], "2025-06", None, "blue")),
            ]),
            ("R2", "Medium", "Review and update the write-off procedure, including authorisation limits.", [
                ("Update the write-off procedure and the schedule of authorisation limits in Financial Procedure Rules, and report it to Audit Committee for noting.",
                 "Revenues and Benefits Manager / Chief Finance Officer", D(2025, 9, 30), D(2026, 1, 31), "Revised date",
                 "Draft procedure prepared; to be aligned with the Financial Procedure Rules review.",
                 (["Revenues and Benefits Manager", "Chief Finance Officer"], "2026-01", None, "amber")),
            ]),
        ]),
        (A2, "Limited", [
            ("R1", "High", "Ensure repairs orders are only closed when evidence of completion and, where required, a post-inspection has been recorded.", [
                ("Configure the repairs system so that jobs cannot be closed without a completion photograph.",
                 "Repairs Manager", D(2025, 7, 31), None, "Overdue",
                 "Supplier configuration delayed; new date being agreed.",
                 (["Repairs Manager"], "2025-07", None, "red")),
                ("Introduce a 10% post-inspection sample each month, reported to the Housing Management Team.",
                 "Repairs Manager; Housing Quality Officer", D(2025, 10, 31), None, "Implemented",
                 "Sampling in place from August 2025; results reported monthly.",
                 (["Repairs Manager", "Housing Quality Officer"], "2025-10", None, "blue")),
            ]),
            ("R3", "Medium", "Carry out and document a review of the schedule of rates used for the in-house repairs team.", [
                ("Complete the schedule of rates review and agree the updated rates with the Portfolio Holder for Quality Housing.",
                 "Assistant Director – Housing", D(2026, 3, 31), None, "On track",
                 "Benchmarking against the NHF schedule under way.",
                 (["Assistant Director – Housing"], "2026-03", None, "green")),
            ]),
        ]),
        (A3, "Reasonable", [
            ("R1", "Medium", "Complete the rollout of multi-factor authentication to all remote access accounts.", [
                ("Enable MFA for the remaining remote access and third-party supplier accounts.",
                 "ICT Infrastructure Manager", D(2025, 12, 31), None, "On track",
                 "38 of 45 supplier accounts now on MFA.",
                 (["ICT Infrastructure Manager"], "2025-12", None, "green")),
            ]),
            ("R2", "Low", "Update the ICT disaster recovery plan and test it at least annually.", [
                ("Review the disaster recovery plan and carry out a desktop test with the Business Continuity Group.",
                 "Business Development and IT Manager", "Q4 2025/26", None, "On track",
                 "Desktop test booked for February 2026.",
                 (["Business Development and IT Manager"], "2026-03", None, "green")),
            ]),
        ]),
        (A4, "Limited", [
            ("R2", "High", "Ensure all contracts over £25,000 are published on the contracts register and on Contracts Finder.", [
                ("Reconcile the contracts register to creditor payments over £25,000 each quarter and publish any missing contracts.",
                 "Procurement Lead", D(2025, 4, 30), D(2025, 9, 30), "Overdue",
                 "Q1 reconciliation done; Q2 reconciliation not yet completed.",
                 (["Procurement Lead"], "2025-09", None, "red")),
            ]),
            ("R4", "Medium", "Provide contract management training for officers managing contracts over £100,000.", [
                ("Deliver contract management training to all identified contract managers and record attendance on the learning system.",
                 "Procurement Lead & HR Business Partner", D(2026, 3, 31), None, "On track",
                 "Two of four sessions delivered.",
                 (["Procurement Lead", "HR Business Partner"], "2026-03", None, "green")),
            ]),
        ]),
    ]
    expected = []
    r = 5
    for audit, assurance, recs in audits:
        a_first = r
        ws.cell(row=r, column=1, value=audit)
        ws.cell(row=r, column=2, value=assurance)
        for recno, prio, rectext, acts in recs:
            r_first = r
            ws.cell(row=r, column=3, value=recno)
            ws.cell(row=r, column=4, value=prio)
            ws.cell(row=r, column=5, value=rectext)
            for (text, officer, orig, rev, status, upd, exp) in acts:
                ws.cell(row=r, column=6, value=text)
                ws.cell(row=r, column=7, value=officer)
                for col, v in ((8, orig), (9, rev)):
                    c = ws.cell(row=r, column=col, value=v)
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=10, value=status).fill = fill(SF[status])
                ws.cell(row=r, column=11, value=upd)
                for col in range(1, 12):
                    ws.cell(row=r, column=col).border = BOX
                    ws.cell(row=r, column=col).alignment = WRAP
                lead, end, end_text, st = exp
                expected.append(act(recno, [audit, rectext], text, lead, end, st, end_text))
                r += 1
            if r - 1 > r_first:
                for col in (3, 4, 5):
                    ws.merge_cells(start_row=r_first, start_column=col, end_row=r - 1, end_column=col)
        if r - 1 > a_first:
            for col in (1, 2):
                ws.merge_cells(start_row=a_first, start_column=col, end_row=r - 1, end_column=col)
    for col, w in zip("ABCDEFGHIJK", (26, 12, 8, 9, 44, 46, 28, 12, 12, 13, 40)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(os.path.join(OUT, name))

    meta = {
        "source": ("Imitates the internal audit recommendation follow-up trackers district councils take to Audit "
                   "Committee (Assurance Lincolnshire style: audit, assurance level, priority, agreed action, responsible "
                   "officer, original and revised due dates, status). City of Lincoln Council, Audit Committee November "
                   "2025; constructed, no URL. Copied features: summary sheet with a totals-by-priority block and a "
                   "status key that defines the words (Implemented = blue), recommendations sheet with the audit and "
                   "assurance merged down over each audit's rows, the recommendation merged down over its two agreed "
                   "actions, status words on coloured fills, 'Q4 2025/26' as a date, two officers in one cell."),
        "reads": ("A summary sheet of counts and a key, then the tracker: four audits, each with its recommendations and "
                  "the agreed management actions that answer them - nine actions in all. A person reads each agreed "
                  "action under its audit and recommendation, takes the revised due date where there is one, and "
                  "reads Implemented as complete through the key."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_yaml(name, meta, expected)
    return name, expected


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


def bold_cell(cell, text, white=False):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True
    if white:
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


def set_cell_text(cell, text):
    """Cell text with inner line breaks as separate paragraphs."""
    parts = text.split("\n")
    cell.text = parts[0]
    for p in parts[1:]:
        cell.add_paragraph(p)


# ---------------------------------------------------------------------------
# 4. London Borough of Havering – Auditor's Annual Report VFM action plan (docx)
# ---------------------------------------------------------------------------
def havering():
    name = "iu2-havering-council-auditors-annual-report-vfm-recommendations-action-plan.docx"
    title = "London Borough of Havering – Auditor’s Annual Report 2023/24: Value for Money Recommendations Action Plan"
    RAGF = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Complete": BLUE}
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(title, level=1)
    doc.add_paragraph("Audit Committee – 4 December 2025 – progress update")
    t0 = doc.add_table(rows=0, cols=2)
    t0.style = "Table Grid"
    for k, v in [("Document owner", "Strategic Director of Resources"), ("Version", "2.1"),
                 ("Last updated", "14 November 2025"), ("Status", "Progress update for Audit Committee")]:
        cells = t0.add_row().cells
        bold_cell(cells[0], k)
        cells[1].text = v
    doc.add_paragraph("")
    doc.add_paragraph(
        "The external auditor reported a significant weakness in the Council’s arrangements for financial "
        "sustainability and made one key recommendation and four improvement recommendations. The actions below "
        "respond to each recommendation, grouped by the value for money criterion they relate to.")
    doc.add_paragraph("RAG status: Green – on track; Amber – at risk; Red – off track; Complete – delivered.")

    FS, GOV, EEE = ("Financial sustainability", "Governance", "Improving economy, efficiency and effectiveness")
    KR1 = ("The Council should develop a credible medium-term financial strategy that closes the budget gap without "
           "reliance on Exceptional Financial Support beyond 2026/27, supported by a fully costed transformation programme.")
    IR1 = ("Strengthen budget monitoring in adult social care and children’s services so that demand pressures are "
           "reported and challenged earlier.")
    IR2 = ("Review the Council’s risk management framework so that the corporate risk register is reported to Audit "
           "Committee at least quarterly.")
    IR3 = ("Ensure that decisions about the Council’s companies are supported by regular shareholder reporting to members.")
    IR4 = ("Improve the use of benchmarking and performance data to identify where services are high cost relative to outcomes.")
    sections = [
        (FS, [
            (KR1, [
                ("KR1.1", "Refresh the Medium Term Financial Strategy to 2029/30, with savings plans mapped to each year of the budget gap.",
                 "Strategic Director of Resources", "February 2026", "Green",
                 (["Strategic Director of Resources"], "2026-02", None, "green")),
                ("KR1.2", "Establish a Transformation Board chaired by the Chief Executive to track delivery of savings monthly.",
                 "Chief Executive", "July 2025", "Complete",
                 (["Chief Executive"], "2025-07", None, "blue")),
                ("KR1.3", "Agree with MHCLG a repayment profile for the Exceptional Financial Support capitalisation directions and reflect it in the Capital Strategy.",
                 "Section 151 Officer / Head of Treasury and Capital", "Q4 2025/26", "Amber",
                 (["Section 151 Officer", "Head of Treasury and Capital"], "2026-03", None, "amber")),
            ]),
            (IR1, [
                ("IR1.1", "Introduce monthly demand and cost dashboards for adult social care and children’s placements, reviewed by the Corporate Leadership Team.",
                 "Head of Finance Business Partnering", "30 September 2025", "Complete",
                 (["Head of Finance Business Partnering"], "2025-09", None, "blue")),
            ]),
        ]),
        (GOV, [
            (IR2, [
                ("IR2.1", "Update the Risk Management Strategy and risk appetite statement and present them to Audit Committee.",
                 "Head of Assurance", "March 2026", "Green",
                 (["Head of Assurance"], "2026-03", None, "green")),
                ("IR2.2", "Report the corporate risk register to every Audit Committee meeting.",
                 "Head of Assurance", "Quarterly", "Green",
                 (["Head of Assurance"], None, "Quarterly", "green")),
            ]),
            (IR3, [
                ("IR3.1", "Set up a Shareholder Board with terms of reference and a forward plan of company reporting to Cabinet and Overview and Scrutiny.",
                 "Monitoring Officer / Director of Regeneration", "31 January 2026", "Amber",
                 (["Monitoring Officer", "Director of Regeneration"], "2026-01", None, "amber")),
            ]),
        ]),
        (EEE, [
            (IR4, [
                ("IR4.1", "Publish a quarterly corporate performance report to Cabinet with benchmarking against statistical neighbours.",
                 "Head of Business Intelligence", "December 2025", "Red",
                 (["Head of Business Intelligence"], "2025-12", None, "red")),
            ]),
        ]),
    ]
    expected = []
    for sec, recs in sections:
        doc.add_heading(sec, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for j, h in enumerate(["Ref", "Recommendation", "Agreed action", "Responsible officer", "Target date", "RAG"]):
            bold_cell(t.rows[0].cells[j], h, white=True)
            shade(t.rows[0].cells[j], "1F3864")
        for rec, acts in recs:
            first = len(t.rows)
            for (ref, text, officer, target, rag, exp) in acts:
                cells = t.add_row().cells
                cells[0].text = ref
                if len(t.rows) - 1 == first:
                    cells[1].text = rec
                cells[2].text = text
                cells[3].text = officer
                cells[4].text = target
                cells[5].text = rag
                shade(cells[5], RAGF[rag])
                lead, end, end_text, st = exp
                expected.append(act(ref, [sec, rec], text, lead, end, st, end_text))
            last = len(t.rows) - 1
            if last > first:
                t.cell(first, 1).merge(t.cell(last, 1))
        doc.add_paragraph("")
    doc.add_paragraph("Agreed by the Corporate Leadership Team on 11 November 2025. Next update: Audit Committee, March 2026.")
    doc.save(os.path.join(OUT, name))

    meta = {
        "source": ("Imitates the management action plans councils take to Audit Committee in response to the value for "
                   "money recommendations in their external auditor's Auditor's Annual Report (key and improvement "
                   "recommendations by VFM criterion), as in Spelthorne's 'Action Plans to address Annual Audit Report "
                   "... recommendations' (democracy.spelthorne.gov.uk). London Borough of Havering, AAR 2023/24, update "
                   "December 2025; constructed, no URL. Copied features: title heading, document control table, RAG "
                   "key sentence, one Word table per VFM criterion under its own heading, the recommendation merged "
                   "down over its numbered actions, targets written as words ('February 2026', 'Q4 2025/26', "
                   "'Quarterly'), RAG words on shaded cells, two officers separated by '/', closing sign-off line."),
        "reads": ("A Word action plan: a document control table, then three tables, one for each value for money "
                  "criterion (financial sustainability, governance, economy/efficiency/effectiveness). Each table gives "
                  "the auditor's recommendation and the numbered actions agreed for it - eight actions - with the "
                  "responsible officer, target date and RAG."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_yaml(name, meta, expected)
    return name, expected


# ---------------------------------------------------------------------------
# 5. Torfaen CBC – homecare (domiciliary support) CIW inspection improvement plan (docx)
# ---------------------------------------------------------------------------
def torfaen():
    name = "iu2-torfaen-cbc-homecare-domiciliary-support-ciw-inspection-improvement-plan.docx"
    title = "Torfaen County Borough Council – Torfaen Homecare Service: Improvement Plan following CIW Inspection"
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    h = doc.add_heading(title, level=1)
    doc.add_paragraph("Domiciliary support service | Inspection: 13 and 14 May 2025 | Report published: 1 July 2025")
    t0 = doc.add_table(rows=0, cols=2)
    t0.style = "Light Grid Accent 1"
    for k, v in [("Service provider", "Torfaen County Borough Council"),
                 ("Responsible Individual", "Head of Adult Services"),
                 ("Registered Manager", "Homecare Registered Manager"),
                 ("Plan agreed by", "Adult Services Management Team, 17 July 2025"),
                 ("Last updated", "3 November 2025")]:
        cells = t0.add_row().cells
        cells[0].text = k
        cells[1].text = v
    doc.add_paragraph("")
    doc.add_paragraph("The colour in the last column shows progress: green – on track; amber – some delay; "
                      "red – not on track; blue – completed. No colour means the action has not started.")

    P1 = "Priority action notice – Regulation 36: Supporting and developing staff"
    F1 = ("Care workers did not receive one-to-one supervision at least quarterly, and annual appraisals were overdue "
          "for over half of the staff team.")
    P2 = "Area for improvement – Regulation 35: Fitness of staff"
    F2 = ("Two staff files did not contain a full employment history or a reference from the most recent employer "
          "in a care role.")
    P3 = "Area for improvement – Regulation 16: Review of personal plans"
    F3 = "Personal plans were not always reviewed every three months or when people’s needs changed."
    P4 = "Area for improvement – Regulation 80: Quality of care review"
    F4 = "The six-monthly quality of care review had not been completed since June 2024."
    blocks = [
        (P1, F1, [
            ("1.1", "Put in place a supervision schedule for all care workers, with each senior care worker allocated a named group of supervisees.",
             "Registered Manager", "31/07/2025", "Schedule in place from 21 July 2025.", BLUE,
             (["Registered Manager"], "2025-07", None, "blue")),
            ("1.2", "Complete all overdue annual appraisals.",
             "Registered Manager / Senior Care Workers", "30 September 2025", "All 41 appraisals completed.", BLUE,
             (["Registered Manager", "Senior Care Workers"], "2025-09", None, "blue")),
            ("1.3", "Report supervision and appraisal compliance to the Responsible Individual.",
             "Business Support Manager", "Monthly", "Reported monthly since August; 96% in October.", GREEN,
             (["Business Support Manager"], None, "Monthly", "green")),
        ]),
        (P2, F2, [
            ("2.1", "Audit all staff recruitment files against Schedule 1 of the Regulations and obtain any missing information.",
             "HR Business Partner", "August 2025", "Audit of 58 files complete; missing references obtained.", BLUE,
             (["HR Business Partner"], "2025-08", None, "blue")),
            ("2.2", "Add a pre-employment checklist to the recruitment process, signed off by the Registered Manager before a start date is agreed.",
             "HR Business Partner; Registered Manager", "31/10/2025", "Checklist drafted; waiting for the recruitment system change.", AMBER,
             (["HR Business Partner", "Registered Manager"], "2025-10", None, "amber")),
        ]),
        (P3, F3, [
            ("3.1", "Introduce a three-monthly review tracker on the homecare rostering system.",
             "Senior Care Worker (Reviews)", "30/11/2025", "Tracker built and being tested.", GREEN,
             (["Senior Care Worker (Reviews)"], "2025-11", None, "green")),
            ("3.2", "Involve people and their families in each review and record their views in the personal plan.",
             "Senior Care Worker (Reviews)", "End of December 2025", "Not yet started – follows 3.1.", None,
             (["Senior Care Worker (Reviews)"], "2025-12", None, "unrated")),
        ]),
        (P4, F4, [
            ("4.1", "Complete the quality of care review, including feedback from people, families and staff, and present it to the Responsible Individual.",
             "Responsible Individual (Head of Adult Services)", "30/09/2025", "Draft review delayed by staff absence; now expected November 2025.", RED,
             (["Responsible Individual (Head of Adult Services)"], "2025-09", None, "red")),
        ]),
    ]
    expected = []
    for head, finding, acts in blocks:
        t = doc.add_table(rows=3, cols=6)
        t.style = "Table Grid"
        top = t.cell(0, 0).merge(t.cell(0, 5))
        bold_cell(top, head, white=True)
        shade(top, "4F2683")
        bold_cell(t.cell(1, 0), "What CIW found")
        fc = t.cell(1, 1).merge(t.cell(1, 5))
        fc.text = finding
        for j, hh in enumerate(["No.", "What we will do", "Who", "By when", "Progress update", "RAG"]):
            bold_cell(t.cell(2, j), hh)
            shade(t.cell(2, j), "D9D9D9")
        for (ref, text, who, when, upd, col, exp) in acts:
            cells = t.add_row().cells
            cells[0].text = ref
            cells[1].text = text
            cells[2].text = who
            cells[3].text = when
            cells[4].text = upd
            if col:
                shade(cells[5], col)
            lead, end, end_text, st = exp
            expected.append(act(ref, [head, finding], text, lead, end, st, end_text))
        doc.add_paragraph("")
    doc.add_paragraph("Progress against this plan is reported to CIW through the service’s quarterly Responsible "
                      "Individual visit reports (Regulation 73).")
    doc.save(os.path.join(OUT, name))

    meta = {
        "source": ("Imitates the improvement plans Welsh local authority providers write after a Care Inspectorate "
                   "Wales inspection of a regulated domiciliary support service (priority action notice and areas for "
                   "improvement cited against the Regulated Services (Service Providers and Responsible Individuals) "
                   "(Wales) Regulations 2017). Torfaen County Borough Council in-house homecare, inspection May 2025; "
                   "constructed, no URL. Copied features: service details table, colour key paragraph, one Word table "
                   "per CIW finding with a merged shaded heading row naming the notice and regulation, a 'What CIW "
                   "found' row, then numbered actions with Who / By when / Progress and a RAG column shown only by cell "
                   "shading (no text), dates as 31/07/2025, words and 'Monthly'."),
        "reads": ("A provider improvement plan in Word: a service details table, then four tables, one for the "
                  "priority action notice and one for each area for improvement, eight numbered actions in all. Each "
                  "action sits under its regulation heading and what CIW found; its progress is the colour of the "
                  "last cell, read through the key (blue = completed, no colour = not started)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_yaml(name, meta, expected)
    return name, expected


# ---------------------------------------------------------------------------
# 6. High Peak BC – strategic risk register Q3 2025/26 (csv) – REFUSE
# ---------------------------------------------------------------------------
def highpeak():
    name = "iu2-high-peak-bc-strategic-risk-register-q3-2025-26-typo-month-refuse.csv"
    title = "High Peak Borough Council - Strategic Risk Register - Quarter 3 2025/26 (position at 31 December 2025)"
    import csv
    import io
    header = ["Risk Ref", "Risk", "Risk Owner", "Inherent Score", "Residual Score", "Direction of Travel",
              "Further Action Required", "Action Owner", "Target Date", "Action RAG", "Progress Comment"]
    rows = [
        ["SR01", "Medium term financial sustainability", "Executive Director (Resources)", "20", "16", "Static",
         "Deliver the 2026/27 budget savings programme of £1.2m", "Head of Finance", "March 2026", "Amber",
         "Savings of £0.8m identified to date"],
        ["", "", "", "", "", "",
         "Refresh the Medium Term Financial Strategy following the local government finance settlement",
         "Head of Finance", "February 2026", "Green", "Draft MTFS to Executive on 12 February"],
        ["SR02", "Local government reorganisation in Derbyshire", "Chief Executive", "16", "16", "Increasing",
         "Submit the final proposal for local government reorganisation to government", "Chief Executive",
         "November 2025", "Complete", "Proposal submitted 28 November 2025"],
        ["", "", "", "", "", "",
         "Set up a joint LGR programme board with the other Derbyshire councils", "Chief Executive; Head of Policy",
         "January 2026", "Green", "Terms of reference agreed in principle"],
        ["SR03", "Cyber attack or major loss of ICT systems", "Executive Director (Corporate Services)", "20", "12",
         "Decreasing", "Complete the migration of servers to the cloud hosting platform", "ICT Manager",
         "June 2026", "Green", "Phase 1 complete"],
        ["", "", "", "", "", "",
         "Run a cyber incident exercise with the Derbyshire Local Resilience Forum",
         "ICT Manager / Emergency Planning Officer", "Febuary 2026", "Amber", "Exercise date being agreed with the LRF"],
        ["SR04", "Housing stock compliance (fire and building safety)", "Executive Director (Place)", "16", "12",
         "Static", "Complete outstanding fire risk assessment actions in sheltered housing schemes", "Head of Housing",
         "June 2026", "Amber", "62 of 90 actions complete"],
        ["", "", "", "", "", "",
         "Procure a new asset management system", "Head of Property; Head of Housing", "September 2026", "Green",
         "Specification agreed"],
        ["SR05", "Workforce capacity and recruitment", "Head of People", "12", "9", "Decreasing",
         "Implement the revised pay and grading structure", "Head of People", "April 2026", "Green",
         "Consultation with UNISON under way"],
        ["", "", "", "", "", "",
         "Launch a graduate and apprenticeship programme", "Head of People", "January 2026", "Complete",
         "Five apprentices started in January"],
    ]
    buf = io.StringIO()
    buf.write(title + "\n")
    buf.write("Exported from the risk management system 12/01/2026\n")
    buf.write("\n")
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    for row in rows:
        w.writerow(row)
    buf.write("\n")
    buf.write("Key: Action RAG - Green on track; Amber at risk; Red overdue; Complete\n")
    text = buf.getvalue()
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as fh:
        fh.write(text)
    lines = text.split("\n")
    refuse_line = next(i + 1 for i, ln in enumerate(lines) if "Febuary" in ln)

    meta = {
        "source": ("Imitates the strategic risk registers district councils export to CSV for Audit and Governance "
                   "Committee each quarter (risk ref, risk, owner, inherent and residual scores, direction of travel, "
                   "further actions with owner, target date and RAG, one row per action with the risk columns left "
                   "blank on continuation rows). High Peak Borough Council, Q3 2025/26; constructed, no URL."),
        "reads": ("A title line, an export line, then five strategic risks with two further actions each. The second "
                  "action under SR03 (cyber incident exercise) is due 'Febuary 2026' - a mistyped month in the target "
                  "date cell, so a careful reader stops and asks before taking the register in."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_line,
        "title": title,
    }
    write_yaml(name, meta, [])
    return name, refuse_line, len(rows)


# ---------------------------------------------------------------------------
# 7. Eastbourne BC – RSH consumer standards housing improvement plan (txt, tab-separated)
# ---------------------------------------------------------------------------
def eastbourne():
    name = "iu2-eastbourne-bc-rsh-consumer-standards-housing-improvement-plan.txt"
    title = "Eastbourne Borough Council – Housing Improvement Plan: Consumer Standards"
    SQ, TIA, NC, TS = ("SAFETY AND QUALITY STANDARD", "TRANSPARENCY, INFLUENCE AND ACCOUNTABILITY STANDARD",
                       "NEIGHBOURHOOD AND COMMUNITY STANDARD", "TENANCY STANDARD")
    RQ1 = "Landlords must have an accurate, up to date understanding of the condition of their homes."
    RQ2 = "Landlords must meet all legal requirements relating to the health and safety of tenants in their homes."
    RQ3 = "Landlords must take tenants’ views into account in decisions about how landlord services are delivered."
    RQ4 = "Landlords must work in partnership with other agencies to prevent and tackle anti-social behaviour."
    RQ5 = "Landlords must support tenants to sustain their tenancies and prevent unnecessary evictions."
    sections = [
        (SQ, [
            ("SQ1", RQ1, "Commission stock condition surveys of 100% of homes over a five-year programme, with 25% surveyed in year one.",
             "Head of Property and Compliance", "Mar-26", "", "G", "1,012 surveys completed (29% of stock).",
             (["Head of Property and Compliance"], "2026-03", None, "green")),
            ("SQ2", "", "Load stock condition data into the asset management system and validate it against the repairs history.",
             "Asset Manager / Data and Systems Officer", "Mar-26", "Jun-26", "A", "Data cleansing taking longer than planned.",
             (["Asset Manager", "Data and Systems Officer"], "2026-06", None, "amber")),
            ("SQ3", RQ2, "Clear the backlog of overdue fire risk assessment actions in blocks and sheltered schemes.",
             "Compliance Manager", "31/12/2025", "", "R", "48 high-risk actions still open; contractor capacity increased from January.",
             (["Compliance Manager"], "2025-12", None, "red")),
            ("SQ4", "", "Publish a monthly compliance dashboard covering gas, electrical, fire, water and lift safety.",
             "Compliance Manager", "Oct-25", "", "C", "Dashboard published monthly and reported to the Housing Improvement Board.",
             (["Compliance Manager"], "2025-10", None, "blue")),
        ]),
        (TIA, [
            ("TIA1", RQ3, "Refresh the Tenant Engagement Strategy with the Tenants’ Panel.",
             "Head of Homes First", "Apr-26", "", "G", "Two workshops held with the Tenants’ Panel.",
             (["Head of Homes First"], "2026-04", None, "green")),
            ("TIA2", "", "Carry out and publish the 2025/26 Tenant Satisfaction Measures survey.",
             "Performance and Insight Manager", "Q4 2025/26", "", "G", "Fieldwork by independent contractor from January.",
             (["Performance and Insight Manager"], "2026-03", None, "green")),
        ]),
        (NC, [
            ("NC1", RQ4, "Review the ASB policy and introduce a case management system with a risk assessment for every case.",
             "Tenancy Services Manager; Community Safety Lead", "Jan-26", "", "A", "Policy approved; system go-live moved to February.",
             (["Tenancy Services Manager", "Community Safety Lead"], "2026-01", None, "amber")),
        ]),
        (TS, [
            ("TS1", RQ5, "Recruit two Tenancy Sustainment Officers and introduce early contact for tenants in rent arrears.",
             "Tenancy Services Manager", "Ongoing", "", "G", "One officer in post; second post advertised.",
             (["Tenancy Services Manager"], None, "Ongoing", "green")),
        ]),
    ]
    lines = [
        title,
        "Homes First (Eastbourne Borough Council landlord services) – update to Cabinet, 4 February 2026",
        "",
        "RAG:  G = on track   A = at risk   R = off track   C = complete",
        "",
        "\t".join(["Ref", "Requirement", "Action", "Lead", "Original target", "Revised target", "RAG", "Update"]),
    ]
    expected = []
    for si, (sec, acts) in enumerate(sections):
        if si:
            lines.append("")
        lines.append(sec)
        cur_req = None
        for (ref, req, text, lead, orig, rev, rag, upd, exp) in acts:
            if req:
                cur_req = req
            lines.append("\t".join([ref, req, text, lead, orig, rev, rag, upd]))
            ll, end, end_text, st = exp
            expected.append(act(ref, [sec, cur_req], text, ll, end, st, end_text))
    lines.append("")
    lines.append("Note: original targets were agreed by Cabinet in July 2025. Revised targets need Housing Improvement Board approval.")
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(lines) + "\n")

    meta = {
        "source": ("Imitates the housing improvement plans stock-holding councils report to Cabinet against the "
                   "Regulator of Social Housing consumer standards (April 2024: Safety and Quality; Transparency, "
                   "Influence and Accountability; Neighbourhood and Community; Tenancy). Eastbourne Borough Council "
                   "(Homes First), February 2026; constructed, no URL. Copied features: title and meeting line, one-line "
                   "RAG key with C = complete, tab-separated columns exported from a spreadsheet, a capitalised section "
                   "line per standard, the requirement given on the first row of its group and left blank below it, "
                   "original and revised targets, 'Q4 2025/26' and 'Ongoing' as targets, two leads in one cell, a "
                   "closing note."),
        "reads": ("A tab-separated plan: title, key, header, then eight actions under the four consumer standards, each "
                  "under the requirement stated on the first row of its group. The revised target replaces the "
                  "original where given; RAG letters with C read as complete."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_yaml(name, meta, expected)
    return name, expected


if __name__ == "__main__":
    for fn in (torbay, wyfrs, lincoln, havering, torfaen, highpeak, eastbourne):
        res = fn()
        print(res[0], "->", (len(res[1]) if isinstance(res[1], list) else "refuse_at %s (%s actions in file)" % (res[1], res[2])))
