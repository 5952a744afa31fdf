"""Build the seven hk1- blind test files (set heldout253).

Run:  python hk1_make.py            -> writes the seven data files
      python hk1_make.py --expected -> also writes NAME.expected.yaml beside each

Each action record carries both what goes in the file and the reading a person
makes of it (lead list, end month, status), written out by hand.
"""
import csv
import datetime as dt
import os
import sys

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
EXPECTED = {}  # file name -> dict

THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)
FILL = {
    "red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "0070C0",
    "grey": "D9D9D9", "head": "1F3864", "pale": "DDEBF7", "lilac": "E4DFEC",
}


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


# ---------------------------------------------------------------------------
# 1. Rochdale YJS - HMIP improvement plan (xlsx): cover + plan + key sheets,
#    board/head-of-service section rows, recommendation merged down column A,
#    original and revised dates, previous and current RAG (letters + fill).
# ---------------------------------------------------------------------------
def make_rochdale():
    name = "hk1-rochdale-youth-justice-service-hmip-improvement-plan.xlsx"
    title = "Rochdale Youth Justice Service – HMIP Inspection Improvement Plan 2024–25"
    wb = openpyxl.Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Improvement plan following the HM Inspectorate of Probation inspection of youth justice services in Rochdale"
    cov["A4"] = "Document control"
    cov["A4"].font = BOLD
    rows = [
        ("Version", "Date", "Author", "Changes"),
        ("0.1", "21/06/2024", "Head of Youth Justice Service", "First draft for Management Board workshop"),
        ("1.0", "09/07/2024", "Head of Youth Justice Service", "Approved by Youth Justice Management Board and submitted to HMIP"),
        ("1.3", "14/01/2025", "Performance & Information Lead", "January 2025 progress update; revised dates added"),
    ]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cov.cell(row=5 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = BOLD
                c.fill = fill(FILL["grey"])
    cov["A10"] = "Governance: progress is reported to every meeting of the Rochdale Youth Justice Management Board."
    for col, w in zip("ABCD", (12, 14, 32, 60)):
        cov.column_dimensions[col].width = w

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Inspection fieldwork: 15–19 April 2024 | Report published: 2 July 2024 | Overall rating: Requires improvement"
    ws.merge_cells("A2:I2")
    ws["A3"] = "Progress position as at 14 January 2025 – for Youth Justice Management Board, 28 January 2025"
    ws.merge_cells("A3:I3")
    heads = ["HMIP recommendation", "Ref", "Action", "Lead", "Original target date",
             "Revised target date", "Previous RAG", "Current RAG", "Progress update (January 2025)"]
    for j, h in enumerate(heads):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["head"])
        c.alignment = WRAP
        c.border = BOX
    widths = [42, 6, 55, 30, 13, 13, 10, 10, 55]
    for j, w in enumerate(widths):
        ws.column_dimensions[get_column_letter(1 + j)].width = w

    S1 = "The Rochdale Youth Justice Management Board should:"
    S2 = "The Head of Rochdale Youth Justice Service should:"
    R1 = ("1. make sure that board members understand and represent the needs of children from "
          "ethnic minority backgrounds, and that disproportionality data is routinely analysed and acted on")
    R2 = ("2. ensure that children have timely access to emotional and mental health support, "
          "speech and language therapy and education provision")
    R3 = ("3. improve the quality of assessment and planning for keeping children and other people safe, "
          "so that all relevant information is considered and contingency plans are specific")
    R4 = ("4. strengthen management oversight of out-of-court disposal work so that decisions are "
          "consistently recorded and reviewed")
    D = dt.datetime
    # (ref, action, lead text, orig, revised, prev, cur, update, expected lead, end, status)
    plan = [
        ("S", S1),
        ("R", R1, [
            ("1.1", "Deliver a board development session on disproportionality, including the lived experience of Black and mixed-heritage children in the Rochdale youth justice cohort",
             "Chair of YJ Management Board", D(2024, 9, 30), None, "A", "B",
             "Session held 17 September 2024 with input from the YJB. Board members now each sponsor one strand of the disproportionality action plan.",
             ["Chair of YJ Management Board"], "2024-09", "blue"),
            ("1.2", "Produce a quarterly disproportionality dashboard covering arrests, out-of-court outcomes, remands and custody, and add it as a standing board item",
             "Performance & Information Lead / Head of Service", D(2024, 10, 31), D(2025, 1, 31), "A", "A",
             "Police arrest data sharing agreement signed December 2024; first full dashboard to January Board.",
             ["Performance & Information Lead", "Head of Service"], "2025-01", "amber"),
        ]),
        ("R", R2, [
            ("2.1", "Agree a clear pathway with Pennine Care NHS Foundation Trust for YJS children to access the CAMHS youth justice worker within 20 working days of referral",
             "Head of Service; ICB Designated Nurse", D(2024, 11, 30), None, "G", "G",
             "Pathway drafted and agreed in principle; sign-off at CAMHS partnership meeting in February.",
             ["Head of Service", "ICB Designated Nurse"], "2024-11", "green"),
            ("2.2", "Recommission the speech, language and communication screening offer so that every child on a court order is screened within 10 working days",
             "Strategic Commissioning Manager", D(2024, 12, 31), D(2025, 3, 31), "A", "R",
             "Procurement delayed; interim screening by YJS speech and language therapist covers court orders only.",
             ["Strategic Commissioning Manager"], "2025-03", "red"),
        ]),
        ("S", S2),
        ("R", R3, [
            ("3.1", "Refresh the AssetPlus quality assurance framework with monthly dip samples by operational managers focused on safety and wellbeing and risk of harm",
             "YJS Operational Manager", D(2024, 8, 31), None, "G", "B",
             "Framework in place from August 2024. Five monthly dip samples completed.",
             ["YJS Operational Manager"], "2024-08", "blue"),
            ("3.2", "Deliver contingency planning training to all case managers, jointly with the Youth Justice Board",
             "YJS Practice Development Lead", D(2024, 10, 31), None, "G", "B",
             "Two sessions delivered; 94% of case managers attended.",
             ["YJS Practice Development Lead"], "2024-10", "blue"),
            ("3.3", "Introduce a risk and safety panel for all children assessed as high or very high risk of serious harm, with police, children's social care and health attendance",
             "YJS Operational Manager and GMP Neighbourhood Inspector", D(2024, 9, 30), None, "A", "G",
             "Panel meets fortnightly. Health attendance still inconsistent; raised with ICB.",
             ["YJS Operational Manager", "GMP Neighbourhood Inspector"], "2024-09", "green"),
        ]),
        ("R", R4, [
            ("4.1", "Revise the joint decision-making panel terms of reference so that the rationale for every out-of-court decision is recorded on ChildView",
             "Prevention & Diversion Team Manager", D(2024, 7, 31), None, "B", "B",
             "Complete.",
             ["Prevention & Diversion Team Manager"], "2024-07", "blue"),
            ("4.2", "Undertake a six-monthly audit of out-of-court disposal cases and report the findings to the Management Board",
             "Head of Service", D(2025, 3, 31), None, None, "G",
             "First audit completed October 2024; second scheduled for March 2025.",
             ["Head of Service"], "2025-03", "green"),
        ]),
    ]
    rag_fill = {"R": "red", "A": "amber", "G": "green", "B": "blue"}
    expected = []
    r = 6
    section = None
    for item in plan:
        if item[0] == "S":
            section = item[1]
            c = ws.cell(row=r, column=1, value=section)
            c.font = BOLD
            for j in range(1, 10):
                ws.cell(row=r, column=j).fill = fill(FILL["grey"])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            continue
        _, rec, actions = item
        first = r
        ws.cell(row=r, column=1, value=rec).alignment = WRAP
        for (ref, text, lead, orig, rev, prev, cur, upd, elead, end, status) in actions:
            vals = [None, ref, text, lead, orig, rev, prev, cur, upd]
            for j, v in enumerate(vals):
                if j == 0:
                    continue
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            for col, v in ((7, prev), (8, cur)):
                if v:
                    ws.cell(row=r, column=col).fill = fill(FILL[rag_fill[v]])
                    ws.cell(row=r, column=col).alignment = Alignment(horizontal="center", vertical="top")
            expected.append(act(ref, [section, rec], text, elead, end, status))
            r += 1
        ws.cell(row=first, column=1).border = BOX
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value="Note: revised target dates were agreed by the Youth Justice Management Board on 22 October 2024. RAG ratings are set out on the Key sheet.")
    ws.freeze_panes = "C6"

    key = wb.create_sheet("Key")
    key["A1"] = "RAG key"
    key["A1"].font = BOLD
    for i, (k, txt, col) in enumerate([
        ("B", "Complete – action delivered and evidenced", "blue"),
        ("G", "On track to be delivered by the target date", "green"),
        ("A", "Some slippage – recoverable, mitigation in place", "amber"),
        ("R", "Off track – escalated to Management Board", "red"),
    ]):
        c = key.cell(row=2 + i, column=1, value=k)
        c.fill = fill(FILL[col])
        key.cell(row=2 + i, column=2, value=txt)
    key.column_dimensions["B"].width = 55
    wb.save(os.path.join(HERE, name))

    EXPECTED[name] = {
        "source": (
            "Imitates the post-inspection improvement plan a youth justice service submits to HMI Probation and "
            "its YJ Management Board (as Reading, Tower Hamlets and Rotherham YOS published, 2013-2024): Rochdale YJS, "
            "inspection April 2024, plan v1.3 January 2025. No URL; invented content. Copied features: cover sheet "
            "with document control table, a title block over the plan, recommendations grouped under 'The ... Board "
            "should:' / 'The Head of ... should:' section rows, recommendation text merged down column A beside its "
            "numbered actions, job titles as leads (two posts with '/', ';' and 'and'), original and revised target "
            "dates as real dates, previous and current RAG as letters with fill colour, a notes line and a separate Key sheet."),
        "reads": (
            "A youth justice improvement plan answering four HMIP recommendations, two addressed to the Management "
            "Board and two to the Head of Service, each shown beside its numbered actions (nine in all). Each action "
            "has a lead post, an original and sometimes a revised target date, and a previous and current RAG letter; "
            "the current RAG and the revised date (where given) are what count now."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    }


# ---------------------------------------------------------------------------
# 2. Rotherham local area SEND priority action plan (xlsx): summary sheet with
#    totals and key, one sheet per area for priority action, RAG as fill only.
# ---------------------------------------------------------------------------
def make_rotherham():
    name = "hk1-rotherham-local-area-send-priority-action-plan.xlsx"
    title = "Rotherham Local Area SEND Partnership – Priority Action Plan"
    D = dt.datetime
    apa1 = ("Leaders across the local area partnership should urgently improve the timeliness and quality of "
            "education, health and care (EHC) plans, so that children and young people's needs are accurately "
            "identified and met without delay.")
    apa2 = ("Leaders should reduce waiting times for neurodevelopmental assessments and ensure that children and "
            "their families receive effective support while they wait.")
    sheets = [
        ("APA 1", "Area for priority action 1", apa1, "Assistant Director, Education and Inclusion", [
            ("1.1", "Recruit additional EHC coordinators and educational psychologists to clear the backlog of overdue needs assessments",
             "Head of SEND Assessment / Principal Educational Psychologist", "December 2025",
             "Backlog of assessments over 20 weeks reduced to zero", "amber",
             "Four of six EHC coordinator posts filled; EP recruitment ongoing with agency cover.",
             ["Head of SEND Assessment", "Principal Educational Psychologist"], "2025-12", None),
            ("1.2", "Introduce a multi-agency quality assurance audit of 20 EHC plans each month, with parent carer forum representation",
             "SEND Quality Assurance Lead", "Monthly",
             "80% of audited plans rated good or better", "green",
             "Audits running since June; 64% good or better in August.",
             ["SEND Quality Assurance Lead"], None, "Monthly"),
            ("1.3", "Agree health advice timescales with RDaSH and The Rotherham NHS Foundation Trust, with escalation through the Designated Clinical Officer",
             "Designated Clinical Officer", "Q2 2025/26",
             "95% of health advice returned within 6 weeks", "blue",
             "Timescales agreed and in service specifications from 1 September 2025.",
             ["Designated Clinical Officer"], "2025-09", None),
            ("1.4", "Launch a revised annual review process so that amendments are issued within four weeks of the review meeting",
             "Head of SEND Assessment", "Autumn term 2025",
             "Annual review amendments issued within 4 weeks", "red",
             "Delayed by capacity in the assessment team; recovery plan to SEND Improvement Board in October.",
             ["Head of SEND Assessment"], "2025-12", None),
            ("1.5", "Co-produce a new EHC plan template and training with Rotherham Parent Carers Forum",
             "SEND Participation Officer and Rotherham Parent Carers Forum", "Summer term 2025",
             "Template in use for all new plans", "blue",
             "New template launched July 2025; 140 practitioners trained.",
             ["SEND Participation Officer", "Rotherham Parent Carers Forum"], "2025-07", None),
        ]),
        ("APA 2", "Area for priority action 2", apa2, "Chief Nurse, NHS South Yorkshire ICB (Rotherham Place)", [
            ("2.1", "Commission additional autism assessment capacity from an independent provider to reduce the waiting list for children aged 5 to 18",
             "Head of Commissioning, Rotherham Place", D(2026, 3, 31),
             "Average wait reduced from 98 to 52 weeks", "green",
             "Contract awarded August 2025; first assessments under way.",
             ["Head of Commissioning, Rotherham Place"], "2026-03", None),
            ("2.2", "Establish a 'waiting well' offer through Family Hubs, including drop-ins run with the Parent Carers Forum",
             "Head of Early Help; Family Hubs Manager", D(2025, 10, 1),
             "Families report feeling supported while waiting", "blue",
             "Drop-ins running in all seven Family Hubs.",
             ["Head of Early Help", "Family Hubs Manager"], "2025-10", None),
            ("2.3", "Publish monthly waiting time data on the Local Offer website",
             "SEND Local Offer Officer", "Ongoing",
             "Data published by the 10th of each month", "green",
             "Published monthly since May 2025.",
             ["SEND Local Offer Officer"], None, "Ongoing"),
            ("2.4", "Train school SENCOs in the needs-led, no-diagnosis-required approach to support, through the Inclusion Support Service",
             "Head of Inclusion", "Autumn term 2025",
             "All mainstream schools represented at training", "amber",
             "58 of 102 schools trained; further dates in November.",
             ["Head of Inclusion"], "2025-12", None),
            ("2.5", "Review the neurodevelopmental pathway jointly with schools, health and families, and agree a single point of referral",
             "Designated Clinical Officer / Head of Inclusion", "March 2026",
             "Single point of referral live", "green",
             "Co-production workshops held in September.",
             ["Designated Clinical Officer", "Head of Inclusion"], "2026-03", None),
        ]),
    ]
    wb = openpyxl.Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Summary of progress (position at 30 September 2025)"
    heads = ["Area for priority action", "Actions", "Complete", "On track", "At risk", "Off track"]
    for j, h in enumerate(heads):
        c = sm.cell(row=4, column=1 + j, value=h)
        c.font = BOLD
        c.fill = fill(FILL["grey"])
        c.border = BOX
    totals = [0] * 5
    order = ["blue", "green", "amber", "red"]
    labels = ["APA 1 – Timeliness and quality of EHC plans", "APA 2 – Neurodevelopmental assessment and support"]
    for i, (sheetname, label, text, plead, acts) in enumerate(sheets):
        counts = [len(acts)] + [sum(1 for a in acts if a[5] == o) for o in order]
        totals = [t + c for t, c in zip(totals, counts)]
        sm.cell(row=5 + i, column=1, value=labels[i]).border = BOX
        for j, v in enumerate(counts):
            sm.cell(row=5 + i, column=2 + j, value=v).border = BOX
    sm.cell(row=7, column=1, value="Total").font = BOLD
    for j, v in enumerate(totals):
        c = sm.cell(row=7, column=2 + j, value=v)
        c.font = BOLD
    sm["A9"] = "RAG key"
    sm["A9"].font = BOLD
    for i, (col, txt) in enumerate([("blue", "Complete"), ("green", "On track"),
                                    ("amber", "At risk – action being taken"),
                                    ("red", "Off track – escalated to SEND Partnership Board")]):
        sm.cell(row=10 + i, column=1).fill = fill(FILL[col])
        sm.cell(row=10 + i, column=2, value=txt)
    sm.column_dimensions["A"].width = 52
    sm.column_dimensions["B"].width = 12

    expected = []
    for sheetname, label, text, plead, acts in sheets:
        ws = wb.create_sheet(sheetname)
        ws["A1"] = title
        ws["A1"].font = Font(bold=True, size=13)
        ws.merge_cells("A1:G1")
        ws["A3"] = label
        ws["A3"].font = BOLD
        ws["A3"].alignment = WRAP
        ws["B3"] = text
        ws["B3"].alignment = WRAP
        ws["B3"].fill = fill(FILL["pale"])
        ws.merge_cells("B3:G3")
        ws.row_dimensions[3].height = 45
        ws["A4"] = "Partnership lead:"
        ws["A4"].font = BOLD
        ws["B4"] = plead
        heads = ["Ref", "What we will do", "Lead", "By when", "How we will know (impact measure)", "RAG",
                 "Update September 2025"]
        for j, h in enumerate(heads):
            c = ws.cell(row=6, column=1 + j, value=h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill(FILL["head"])
            c.border = BOX
            c.alignment = WRAP
        r = 7
        for (ref, what, lead, when, measure, rag, upd, elead, end, end_text) in acts:
            vals = [ref, what, lead, when, measure, None, upd]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy" if v.day != 1 else "mmm-yy"
            ws.cell(row=r, column=6).fill = fill(FILL[rag])
            expected.append(act(ref, [text], what, elead, end, rag, end_text))
            r += 1
        r += 1
        ws.cell(row=r, column=1, value="RAG rating reflects the position agreed at the SEND Improvement Board on 30 September 2025. See the Summary sheet for the key.")
        for j, w in enumerate([14, 55, 34, 16, 34, 8, 48]):
            ws.column_dimensions[get_column_letter(1 + j)].width = w
    wb.save(os.path.join(HERE, name))

    EXPECTED[name] = {
        "source": (
            "Imitates a local area partnership's priority action plan after an Ofsted/CQC area SEND inspection with "
            "outcome 3 (the kind Lewisham, Sefton and Portsmouth published 2024-25): Rotherham Local Area SEND "
            "Partnership, position at 30 September 2025. No URL; invented content. Copied features: a summary sheet "
            "with a totals block and a colour key, one sheet per area for priority action with the inspectors' "
            "wording in a shaded merged cell beside its label and a partnership lead line, 'What we will do / Lead / "
            "By when / How we will know' columns, RAG shown only as cell fill, dates written as months, quarters, "
            "school terms, real dates and 'Monthly'/'Ongoing', and a notes line under each table."),
        "reads": (
            "A SEND priority action plan in three sheets: a summary with counts per area, then two sheets each "
            "answering one area for priority action (EHC plans; neurodevelopmental waits) with five numbered "
            "actions. Each action's status is the fill colour of its RAG cell, read with the key on the summary sheet."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    }


# ---------------------------------------------------------------------------
# 3. Liverpool focused visit action plan (xlsx) - REFUSE: mistyped month '0ct-2025'.
# ---------------------------------------------------------------------------
def make_liverpool():
    name = "hk1-liverpool-city-council-focused-visit-action-plan-typo-month-refuse.xlsx"
    title = "Liverpool City Council – Ofsted Focused Visit Action Plan"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "FV Action Plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:F1")
    ws["A2"] = ("Focus: children in need and children subject to a child protection plan | Visit dates: 11 and 12 "
                "February 2025 | Letter published: 20 March 2025")
    ws.merge_cells("A2:F2")
    ws["A3"] = "Plan owner: Director of Children's Services | Monitored by: Children's Improvement Board"
    ws.merge_cells("A3:F3")
    heads = ["No.", "Action", "Responsible officer", "Timescale", "Status", "Evidence of impact / comments"]
    for j, h in enumerate(heads):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["head"])
        c.border = BOX
    rows = [
        ("AFI", "Area for improvement 1: The quality and timeliness of assessments for disabled children, including consideration of their communication needs."),
        ("1.1", "Introduce a communication needs prompt into the Child and Family Assessment template for all disabled children",
         "Head of Service, Children with Disabilities", "Jun-2025", "Complete", "Template updated 2 June 2025."),
        ("1.2", "Monthly thematic audit of assessments in the Children with Disabilities Team, moderated by the Principal Social Worker",
         "Principal Social Worker", "Sep-2025", "On track", "Three audits completed; 70% good or better."),
        ("AFI", "Area for improvement 2: The effectiveness of management oversight and supervision in ensuring that children's plans progress without drift."),
        ("2.1", "Relaunch the supervision policy with a case direction template recording the next steps and timescales for each child",
         "Head of Quality Assurance", "Jul-2025", "On track", "Policy signed off at DMT 24 June."),
        ("2.2", "Team managers to review all child in need plans open for more than 9 months and record a decision on progress",
         "Service Managers (Locality Teams)", "0ct-2025", "Not started", "Tracker being built by performance team."),
        ("AFI", "Area for improvement 3: The consistency of direct work with children to understand their lived experience and inform planning."),
        ("3.1", "Refresh the direct work toolkit and deliver practice workshops for all social workers",
         "Practice Development Lead", "Dec-2025", "On track", "Toolkit refreshed; workshops booked."),
        ("3.2", "Add a 'voice of the child' question to the monthly practice audit tool",
         "Head of Quality Assurance", "Aug-2025", "Complete", ""),
    ]
    r = 6
    refuse_row = None
    for row in rows:
        if row[0] == "AFI":
            c = ws.cell(row=r, column=1, value=row[1])
            c.font = BOLD
            c.alignment = WRAP
            for j in range(1, 7):
                ws.cell(row=r, column=j).fill = fill(FILL["pale"])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            ws.row_dimensions[r].height = 30
        else:
            for j, v in enumerate(row):
                c = ws.cell(row=r, column=1 + j, value=v if v != "" else None)
                c.alignment = WRAP
                c.border = BOX
            if row[3] == "0ct-2025":
                refuse_row = r
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Status key: Complete / On track / At risk / Not started. Updated monthly by the Children's Services Improvement Team.")
    for j, w in enumerate([8, 60, 34, 14, 14, 45]):
        ws.column_dimensions[get_column_letter(1 + j)].width = w
    wb.save(os.path.join(HERE, name))
    assert refuse_row == 11, refuse_row

    EXPECTED[name] = {
        "source": (
            "Imitates a local authority's action plan after an Ofsted ILACS focused visit (the kind Merton, Dudley "
            "and Greenwich published): Liverpool City Council, visit February 2025. No URL; invented content. "
            "Copied features: three-line title block, each area for improvement as a shaded full-width row above "
            "its numbered actions, responsible officer as a job title, timescales typed as text 'Mmm-yyyy', a "
            "Status column in words, a status key line under the table."),
        "reads": (
            "A focused-visit action plan with three areas for improvement and six actions, timescales typed as "
            "'Jun-2025', 'Sep-2025' and so on. Action 2.2's timescale reads '0ct-2025' with a zero for the letter O, "
            "a mistyped month a careful reader would query before recording the plan."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_row,
        "title": title,
    }


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


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


def grid_table(doc, rows, cols):
    t = doc.add_table(rows=rows, cols=cols)
    t.style = "Table Grid"
    return t


# ---------------------------------------------------------------------------
# 4. North Lincolnshire Children's MARS Board JTAI action plan (docx):
#    document control table, RAG key table, one section (heading + AFI text +
#    table) per area for improvement, sign-off table.
# ---------------------------------------------------------------------------
def make_northlincs():
    name = "hk1-north-lincolnshire-childrens-mars-board-jtai-action-plan.docx"
    title = "North Lincolnshire Children’s MARS Board – Joint Targeted Area Inspection Action Plan"
    doc = docx.Document()
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Multi-agency response to identification of initial need and risk (the ‘front door’): "
                      "JTAI fieldwork 10–14 March 2025, letter published 23 April 2025")
    doc.add_paragraph("Document control", style="Heading 2")
    dc = grid_table(doc, 4, 4)
    for i, r in enumerate([("Version", "Date", "Author", "Status"),
                           ("0.3", "21/05/2025", "MARS Business Manager", "Draft for safeguarding partners"),
                           ("1.0", "06/06/2025", "MARS Business Manager", "Approved by the three safeguarding partners"),
                           ("1.2", "15/10/2025", "MARS Business Manager", "October 2025 progress update")]):
        for j, v in enumerate(r):
            set_cell(dc.rows[i].cells[j], v, bold=(i == 0))
    doc.add_paragraph("Introduction", style="Heading 2")
    doc.add_paragraph(
        "This plan sets out how North Lincolnshire Council, Humber and North Yorkshire Integrated Care Board and "
        "Humberside Police, as the safeguarding partners, will respond to the areas for improvement identified in the "
        "joint targeted area inspection. Progress is monitored by the MARS Quality and Effectiveness Group and "
        "reported to each meeting of the Children’s MARS Board.")
    doc.add_paragraph("RAG key", style="Heading 3")
    key = grid_table(doc, 4, 2)
    for i, (k, txt, col) in enumerate([("B", "Complete", "0070C0"), ("G", "On track", "00B050"),
                                       ("A", "Some risk to delivery", "FFC000"), ("R", "Off track", "FF0000")]):
        set_cell(key.rows[i].cells[0], k, bold=True)
        shade(key.rows[i].cells[0], col)
        set_cell(key.rows[i].cells[1], txt)

    afis = [
        ("Area for improvement 1",
         "The timeliness of strategy discussions and the consistent involvement of health professionals and education in these discussions.",
         [
             ("1a", "Revise the multi-agency strategy discussion protocol so that a health representative and, in term time, the school’s designated safeguarding lead are invited to every strategy discussion",
              "NLC Head of Safeguarding / ICB Designated Nurse Safeguarding Children", "End of June 2025", "B",
              "Protocol revised and launched 30 June 2025.",
              ["NLC Head of Safeguarding", "ICB Designated Nurse Safeguarding Children"], "2025-06", "blue", None),
             ("1b", "Introduce a daily 10am strategy discussion slot in the Children’s MASH, with Humberside Police attendance guaranteed",
              "Humberside Police DCI Public Protection Unit", "31/05/2025", "B",
              "In place from 12 May 2025.",
              ["Humberside Police DCI Public Protection Unit"], "2025-05", "blue", None),
             ("1c", "Audit 30 strategy discussions each quarter through the MARS Quality and Effectiveness Group and report compliance to the Board",
              "MARS Business Manager", "Quarterly", "G",
              "Q1 audit: health invited to 87% of discussions, education to 64%.",
              ["MARS Business Manager"], None, "green", "Quarterly"),
         ]),
        ("Area for improvement 2",
         "The quality of information shared by the police with children’s social care following domestic abuse incidents, so that risks to children are understood.",
         [
             ("2a", "Implement the revised domestic abuse notification process (Operation Encompass and PPN triage) so that notifications reach the MASH within 24 hours",
              "Humberside Police Superintendent (Safeguarding Governance)", "Q2 2025/26", "A",
              "New triage live; 24-hour target met in 78% of notifications in September.",
              ["Humberside Police Superintendent (Safeguarding Governance)"], "2025-09", "amber", None),
             ("2b", "Deliver joint training for police supervisors and MASH social workers on recording the child’s voice and lived experience in domestic abuse notifications",
              "MARS Training Coordinator and Humberside Police Learning & Development", "September 2025", "G",
              "Three of four sessions delivered.",
              ["MARS Training Coordinator", "Humberside Police Learning & Development"], "2025-09", "green", None),
         ]),
        ("Area for improvement 3",
         "The effectiveness of the partnership’s oversight of the impact of the early help offer at the front door.",
         [
             ("3a", "Develop an early help outcomes dashboard for the Children’s MARS Board, covering step-down, re-referral and family outcomes",
              "NLC Head of Early Help", "December 2025", "R",
              "Data definitions agreed, but the case management system upgrade has delayed reporting.",
              ["NLC Head of Early Help"], "2025-12", "red", None),
             ("3b", "Hold a partnership practice week on early help at the front door, with findings reported to the Board",
              "Independent Scrutineer", "By 31 January 2026", "",
              "Not yet started – planned for January 2026.",
              ["Independent Scrutineer"], "2026-01", "unrated", None),
         ]),
    ]
    rag_col = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}
    expected = []
    doc.add_paragraph("Action plan", style="Heading 1")
    for label, text, acts in afis:
        doc.add_paragraph(label, style="Heading 2")
        doc.add_paragraph(text)
        t = grid_table(doc, 1 + len(acts), 6)
        for j, h in enumerate(["Ref", "Action", "Lead agency / officer", "Timescale", "RAG", "Progress update"]):
            set_cell(t.rows[0].cells[j], h, bold=True)
            shade(t.rows[0].cells[j], "D9D9D9")
        for i, (ref, a, lead, when, rag, upd, elead, end, status, end_text) in enumerate(acts):
            cells = t.rows[1 + i].cells
            for j, v in enumerate([ref, a, lead, when, rag, upd]):
                set_cell(cells[j], v)
            if rag:
                shade(cells[4], rag_col[rag])
            expected.append(act(ref, [text], a, elead, end, status, end_text))
        doc.add_paragraph("")
    doc.add_paragraph("Sign-off", style="Heading 2")
    so = grid_table(doc, 4, 3)
    for i, r in enumerate([("Safeguarding partner", "Lead representative", "Date"),
                           ("North Lincolnshire Council", "Chief Executive", "06/06/2025"),
                           ("Humber and North Yorkshire ICB", "Executive Director of Nursing and Quality", "06/06/2025"),
                           ("Humberside Police", "Chief Constable", "06/06/2025")]):
        for j, v in enumerate(r):
            set_cell(so.rows[i].cells[j], v, bold=(i == 0))
    doc.save(os.path.join(HERE, name))

    EXPECTED[name] = {
        "source": (
            "Imitates a safeguarding partnership's JTAI action plan (the kind Sheffield, Kirklees and Luton published "
            "2023-25): North Lincolnshire Children's Multi-Agency Resilience and Safeguarding (MARS) Board, front-door "
            "JTAI March 2025, v1.2 October 2025. No URL; invented content (partner names from northlincs.gov.uk). "
            "Copied features: title and subtitle paragraphs, document control table, introduction, RAG key table, one "
            "section per area for improvement (a heading 'Area for improvement N', the inspectors' text as a paragraph, "
            "then its own action table), lettered refs, agency-prefixed job titles as leads, RAG letters with shading, "
            "and a sign-off table at the end."),
        "reads": (
            "A partnership action plan answering three JTAI areas for improvement, each set out as a short heading, "
            "the area's wording, and a table of two or three actions (seven in all) with lead, timescale, RAG letter "
            "and progress. The document control, RAG key and sign-off tables are not part of the plan."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    }


# ---------------------------------------------------------------------------
# 5. Gloucestershire children's home Ofsted action plan (docx): details table,
#    one plan table with section rows (Statutory requirements / Recommendations)
#    and full-width requirement rows above their actions, RAG as shading only.
# ---------------------------------------------------------------------------
def make_glos():
    name = "hk1-gloucestershire-county-council-childrens-home-ofsted-action-plan.docx"
    title = "Brookfield House Children’s Home – Ofsted Inspection Action Plan"
    doc = docx.Document()
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(1.5)
    p = doc.add_paragraph()
    r = p.add_run(title)
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph("Gloucestershire County Council – Children’s Residential Service")
    det = grid_table(doc, 6, 2)
    for i, (k, v) in enumerate([
        ("Provider", "Gloucestershire County Council"),
        ("Setting", "Brookfield House (URN: SC487213)"),
        ("Inspection dates", "3 and 4 September 2025"),
        ("Overall experiences and progress of children and young people", "Requires improvement to be good"),
        ("Registered manager", "Kerry Walsh"),
        ("Responsible individual", "Head of Residential and Short Breaks"),
    ]):
        set_cell(det.rows[i].cells[0], k, bold=True)
        shade(det.rows[i].cells[0], "E4DFEC")
        set_cell(det.rows[i].cells[1], v)
    doc.add_paragraph("")
    doc.add_paragraph("Progress at 14 November 2025", style="Heading 2")

    REQ = "Statutory requirements"
    REC = "Recommendations"
    q1 = ("1. The registered person must ensure that each child’s placement plan and risk assessment reflect their "
          "current needs, and that these are updated following any significant incident. (Regulation 14 (1)(a)(b))")
    q2 = ("2. The registered person must ensure that all staff complete the training required to meet children’s "
          "needs, including positive behaviour support and restraint refresher training. (Regulation 33 (4)(a))")
    c3 = ("3. The registered person should ensure that records of restrictive physical intervention are reviewed by a "
          "manager within 24 hours and that children are offered the chance to give their views. (‘Guide to the "
          "Children’s Homes Regulations, including the quality standards’, page 49, paragraph 9.59)")
    c4 = ("4. The registered person should ensure that children are supported to maintain their education, including "
          "timely communication with the virtual school when a child is not attending. (‘Guide to the Children’s "
          "Homes Regulations, including the quality standards’, page 23, paragraph 5.9)")
    plan = [
        ("S", REQ),
        ("Q", q1, [
            ("1.1", "Review every child’s placement plan and risk assessment with their social worker and update them to reflect current needs",
             "Registered Manager", "30/09/2025", "blue", ["Registered Manager"], "2025-09", None),
            ("1.2", "Add a post-incident review step to the home’s incident procedure so that risk assessments are updated within 72 hours of any significant incident",
             "Registered Manager / Deputy Manager", "Immediate and ongoing", "green",
             ["Registered Manager", "Deputy Manager"], None, "Immediate and ongoing"),
        ]),
        ("Q", q2, [
            ("2.1", "Book all outstanding positive behaviour support and restraint refresher training and record completion on the training matrix",
             "Residential Training Coordinator", "By 31 October 2025", "amber",
             ["Residential Training Coordinator"], "2025-10", None),
            ("2.2", "Responsible Individual to check training compliance at each monthly visit and report it in the Regulation 44 response",
             "Responsible Individual", "Monthly", "green", ["Responsible Individual"], None, "Monthly"),
        ]),
        ("S", REC),
        ("Q", c3, [
            ("3.1", "Introduce a manager sign-off field in the restraint record, to be completed within 24 hours",
             "Registered Manager", "15/09/2025", "blue", ["Registered Manager"], "2025-09", None),
            ("3.2", "Key workers to offer each child a debrief conversation after any physical intervention and record the child’s views",
             "Deputy Manager", "31/10/2025", "red", ["Deputy Manager"], "2025-10", None),
        ]),
        ("Q", c4, [
            ("4.1", "Agree an attendance protocol with Gloucestershire Virtual School so that the school and the virtual school are told on the first day a child does not attend",
             "Registered Manager and Virtual School Headteacher", "30 November 2025", "green",
             ["Registered Manager", "Virtual School Headteacher"], "2025-11", None),
        ]),
    ]
    nrows = 1 + sum(1 if it[0] == "S" else 1 + len(it[2]) for it in plan)
    t = grid_table(doc, nrows, 5)
    for j, h in enumerate(["No.", "Action to be taken", "Person responsible", "Target date", "RAG"]):
        set_cell(t.rows[0].cells[j], h, bold=True)
        shade(t.rows[0].cells[j], "BFBFBF")
    rag_col = {"blue": "0070C0", "green": "00B050", "amber": "FFC000", "red": "FF0000"}
    expected = []
    i = 1
    section = None
    for it in plan:
        if it[0] == "S":
            section = it[1]
            c = t.rows[i].cells[0].merge(t.rows[i].cells[4])
            set_cell(c, section, bold=True, size=11)
            shade(c, "1F3864")
            c.paragraphs[0].runs[0].font.color.rgb = docx.shared.RGBColor(0xFF, 0xFF, 0xFF)
            i += 1
            continue
        _, qtext, acts = it
        c = t.rows[i].cells[0].merge(t.rows[i].cells[4])
        set_cell(c, qtext, bold=True)
        shade(c, "DDEBF7")
        i += 1
        for (ref, a, lead, when, rag, elead, end, end_text) in acts:
            cells = t.rows[i].cells
            for j, v in enumerate([ref, a, lead, when, ""]):
                set_cell(cells[j], v)
            shade(cells[4], rag_col[rag])
            expected.append(act(ref, [section, qtext], a, elead, end, rag, end_text))
            i += 1
    doc.add_paragraph("")
    doc.add_paragraph("RAG key")
    key = grid_table(doc, 1, 8)
    for j, (col, txt) in enumerate([("blue", "Complete"), ("green", "On track"), ("amber", "Some slippage"),
                                    ("red", "Not met / overdue")]):
        shade(key.rows[0].cells[2 * j], rag_col[col])
        set_cell(key.rows[0].cells[2 * j + 1], txt)
    doc.add_paragraph("This action plan was sent to Ofsted on 26 September 2025 and is reviewed at each Regulation 44 visit.")
    doc.save(os.path.join(HERE, name))

    EXPECTED[name] = {
        "source": (
            "Imitates a local authority children's home's post-inspection action plan responding to an Ofsted SCCIF "
            "inspection (the kind Plymouth, Oldham and Shropshire council homes keep): Brookfield House, "
            "Gloucestershire County Council, inspection September 2025. No URL; invented home and content. "
            "Copied features: bold title line and service line, a two-column details table (provider, URN, dates, "
            "judgement, registered manager), one plan table with dark section rows 'Statutory requirements' and "
            "'Recommendations', each requirement/recommendation (with its regulation or Guide reference) as a "
            "shaded full-width row above its actions, posts as leads, dates as dd/mm/yyyy, words and 'Monthly', "
            "RAG shown only as cell shading with a colour key below."),
        "reads": (
            "A children's home action plan in one table: two statutory requirements and two recommendations from "
            "the Ofsted report, each followed by its numbered actions (seven in all) with the person responsible and "
            "a target date. Status is the colour of the RAG cell, read with the key under the table."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    }


# ---------------------------------------------------------------------------
# 6. Stoke-on-Trent corporate parenting board action plan (csv): Excel export
#    with title lines, priority named only on the first row of its group,
#    RAG letters, notes/key lines at the end.
# ---------------------------------------------------------------------------
def make_stoke():
    name = "hk1-stoke-on-trent-corporate-parenting-board-action-plan.csv"
    title = "Stoke-on-Trent City Council – Corporate Parenting Board Action Plan 2025/26"
    P1 = "1. Safe and stable homes"
    P2 = "2. Health and emotional wellbeing"
    P3 = "3. Education, employment and training"
    P4 = "4. Leaving care and independence"
    rows = [
        (P1, "CP1.1", "Open two new council-run children's homes in the city to reduce reliance on out-of-area residential placements",
         "Head of Residential Services", "Mar-26", "A", "First home registered with Ofsted in October; second delayed by planning.",
         ["Head of Residential Services"], "2026-03", "amber", None),
        ("", "CP1.2", "Increase the number of approved mainstream foster carers by 25 through the Fostering Stoke-on-Trent recruitment campaign",
         "Fostering Service Manager", "Mar-26", "G", "11 new households approved to date.",
         ["Fostering Service Manager"], "2026-03", "green", None),
        ("", "CP1.3", "Review all children placed more than 20 miles from the city at their next looked after review, with IRO oversight",
         "Head of Service, Children in Care", "Sep-25", "B", "All 64 reviews completed.",
         ["Head of Service, Children in Care"], "2025-09", "blue", None),
        (P2, "CP2.1", "Ensure every child in care has an up-to-date health assessment, with performance reported to each Board meeting",
         "Designated Nurse for Children in Care", "Each Board meeting", "G", "Review health assessments at 91%.",
         ["Designated Nurse for Children in Care"], None, "green", "Each Board meeting"),
        ("", "CP2.2", "Launch a dedicated emotional wellbeing offer for care leavers aged 18-25, delivered with Midlands Partnership University NHS FT",
         "Leaving Care Team Manager / CAMHS Service Lead", "Dec-25", "A", "Funding agreed; recruitment to the two posts under way.",
         ["Leaving Care Team Manager", "CAMHS Service Lead"], "2025-12", "amber", None),
        (P3, "CP3.1", "Ensure all children in care have a good quality Personal Education Plan (PEP) reviewed each term",
         "Virtual School Headteacher", "Termly", "G", "Summer term PEP completion 96%; 82% rated good.",
         ["Virtual School Headteacher"], None, "green", "Termly"),
        ("", "CP3.2", "Offer 10 ring-fenced apprenticeships within the council for care leavers (c/f)",
         "Cllr J. Hughes and HR Business Partner", "Jul-25", "R", "Four apprenticeships filled. Remaining posts to be re-advertised in January.",
         ["Cllr J. Hughes", "HR Business Partner"], "2025-07", "red", None),
        ("", "CP3.3", "Track the destinations of care leavers aged 19-21 and target NEET young people with tailored support through the Care Leavers' EET Panel",
         "Virtual School Headteacher; Leaving Care Team Manager", "Q4 2025/26", "G", "EET Panel meets monthly; NEET rate down from 48% to 41%.",
         ["Virtual School Headteacher", "Leaving Care Team Manager"], "2026-03", "green", None),
        (P4, "CP4.1", "Extend the council tax exemption for care leavers living outside the city up to age 25",
         "Director of Children's Services", "Apr-25", "B", "Approved by Cabinet March 2025.",
         ["Director of Children's Services"], "2025-04", "blue", None),
        ("", "CP4.2", "Co-produce the refreshed Local Offer for Care Leavers with the Children in Care Council and publish it on the council website",
         "Participation Lead", "31/01/2026", "", "Not yet started - will begin after Care Leavers Week.",
         ["Participation Lead"], "2026-01", "unrated", None),
    ]
    ncol = 7
    path = os.path.join(HERE, name)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow([title] + [""] * (ncol - 1))
        w.writerow(["Updated for Board meeting 12 November 2025"] + [""] * (ncol - 1))
        w.writerow([""] * ncol)
        w.writerow(["Priority", "Ref", "Action", "Lead(s)", "Due by", "RAG", "Progress update"])
        expected = []
        current = None
        for (pri, ref, a, lead, due, rag, upd, elead, end, status, end_text) in rows:
            if pri:
                current = pri
            w.writerow([pri, ref, a, lead, due, rag, upd])
            expected.append(act(ref, [current], a, elead, end, status, end_text))
        w.writerow([""] * ncol)
        w.writerow(["RAG key: B = complete; G = on track; A = at risk; R = off track"] + [""] * (ncol - 1))
        w.writerow(["Actions carried forward from 2024/25 are marked (c/f)."] + [""] * (ncol - 1))

    EXPECTED[name] = {
        "source": (
            "Imitates a corporate parenting board action plan kept in Excel and exported to CSV (the kind Bracknell "
            "Forest, Slough and Wolverhampton publish for their corporate parenting panels/boards): Stoke-on-Trent "
            "City Council, 2025/26, update for November 2025 Board. No URL; invented content. Copied features: "
            "title and 'updated for' lines padded with empty fields, numbered priorities named only on the first row "
            "of each group, CP-prefixed refs, job titles and a councillor as leads (two joined by '/', ';' or 'and'; "
            "one post containing a comma), dates as Mmm-yy, a quarter, dd/mm/yyyy, 'Termly' and 'Each Board "
            "meeting', RAG letters with a key line and a notes line at the end."),
        "reads": (
            "A corporate parenting action plan of ten actions under four numbered priorities; the priority is written "
            "once on the first row of each group and carries down. Each action has a lead, a due date and a RAG "
            "letter read with the key line at the bottom; the last action has no RAG yet."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    }


# ---------------------------------------------------------------------------
# 7. Bolton early help strategy delivery plan (txt): tab-separated export of a
#    Word table, title/owner lines, priority lines, one continuation line,
#    status words, a status key line at the end.
# ---------------------------------------------------------------------------
def make_bolton():
    name = "hk1-bolton-early-help-strategy-action-plan.txt"
    title = "Bolton Early Help Strategy 2024-2027: Year 2 Delivery Plan 2025/26"
    P1 = "PRIORITY 1: The right help at the right time"
    P2 = "PRIORITY 2: Strong families and safe relationships"
    P3 = "PRIORITY 3: Measuring what matters"
    items = [
        ("P", P1),
        ("1.1", "Embed the Early Help Assessment on the new case management system (EHM) for all partners", None,
         "Early Help Systems Lead", "September 2025", "Complete", "Live for all partners from 1 September.",
         ["Early Help Systems Lead"], "2025-09", "blue", None),
        ("1.2", "Launch the Family Hub outreach offer in Farnworth and Little Lever", "(phase 2 of the Family Hubs rollout)",
         "Start Well Service Manager; Family Hubs Lead", "Autumn term 2025", "Green", "Farnworth sessions started October.",
         ["Start Well Service Manager", "Family Hubs Lead"], "2025-12", "green", None),
        ("1.3", "Agree a single request for support form across early help and the Integrated Front Door", None,
         "Head of Integrated Front Door", "31/01/2026", "Amber", "Draft form being tested with schools.",
         ["Head of Integrated Front Door"], "2026-01", "amber", None),
        ("P", P2),
        ("2.1", "Roll out Reducing Parental Conflict training to 200 practitioners across schools, health and the voluntary sector", None,
         "Workforce Development Manager", "March 2026", "Green", "118 practitioners trained.",
         ["Workforce Development Manager"], "2026-03", "green", None),
        ("2.2", "Deliver the Bolton Healthy Relationships programme in all secondary schools", None,
         "Public Health Lead (Children & Young People) / Schools Safeguarding Adviser", "Summer term 2026", "Not started",
         "Programme to start in the spring.",
         ["Public Health Lead (Children & Young People)", "Schools Safeguarding Adviser"], "2026-07", "unrated", None),
        ("2.3", "Pilot a whole-family domestic abuse support offer with a local specialist provider", None,
         "Domestic Abuse Partnership Manager", "Ongoing", "Amber", "Provider confirmed; referral pathway still being agreed.",
         ["Domestic Abuse Partnership Manager"], None, "amber", "Ongoing"),
        ("P", P3),
        ("3.1", "Publish a quarterly early help performance scorecard to the Partnership Board", None,
         "Performance and Intelligence Manager", "Quarterly", "Green", "Q1 and Q2 scorecards presented.",
         ["Performance and Intelligence Manager"], None, "green", "Quarterly"),
        ("3.2", "Complete a multi-agency audit of step-down from children's social care to early help", None,
         "Quality Assurance Manager", "Dec-25", "Red", "Audit postponed due to staffing; new date to be agreed.",
         ["Quality Assurance Manager"], "2025-12", "red", None),
        ("3.3", "Gather feedback from 100 families through the annual family survey", None,
         "Participation and Engagement Officer", "Mar-26", "Green", "Survey opens in January.",
         ["Participation and Engagement Officer"], "2026-03", "green", None),
    ]
    lines = [
        title,
        "Owner: Bolton Early Help Partnership Board\tLast updated: 10/11/2025",
        "",
        "Ref\tAction\tLead\tTimescale\tStatus\tUpdate",
    ]
    expected = []
    current = None
    for it in items:
        if it[0] == "P":
            current = it[1]
            lines.append(current)
            continue
        ref, a, cont, lead, when, status_word, upd, elead, end, status, end_text = it
        lines.append("\t".join([ref, a, lead, when, status_word, upd]))
        text = a
        if cont:
            lines.append("\t".join(["", cont, "", "", "", ""]))
            text = a + "\n" + cont
        expected.append(act(ref, [current], text, elead, end, status, end_text))
    lines += [
        "",
        "Status key: Complete = delivered; Green = on track; Amber = some delay, mitigation in place; Red = off track; Not started = due to start later in the year",
    ]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")

    EXPECTED[name] = {
        "source": (
            "Imitates an early help strategy delivery plan as a tab-separated text export of a Word table (the kind "
            "Calderdale, Staffordshire and Isle of Wight publish for their early help strategies): Bolton Early Help "
            "Partnership Board, year 2 (2025/26) of a 2024-2027 strategy, updated November 2025. No URL; invented "
            "content. Copied features: title and owner/last-updated lines, a header row, capitalised PRIORITY lines "
            "between numbered actions, one action whose text runs onto a continuation line, two posts joined by ';' "
            "or '/', timescales as months, school terms, dd/mm/yyyy, 'Ongoing' and 'Quarterly', status words, and a "
            "status key line at the end."),
        "reads": (
            "A year-2 delivery plan for an early help strategy: three priorities with three numbered actions each "
            "(nine in all), every action with a lead, a timescale, a status word and an update. Action 1.2's text "
            "continues on the next line, which has nothing in the other columns."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    }


def write_expected():
    import yaml

    for name, d in EXPECTED.items():
        out = {}
        for k in ("source", "reads", "outcome", "accept_refusal", "refuse_at", "title", "actions"):
            if k in d:
                out[k] = d[k]
        with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
            yaml.safe_dump(out, f, sort_keys=False, allow_unicode=True, width=100000)


if __name__ == "__main__":
    make_rochdale()
    make_rotherham()
    make_liverpool()
    make_northlincs()
    make_glos()
    make_stoke()
    make_bolton()
    if "--expected" in sys.argv:
        write_expected()
    print("wrote", len(EXPECTED), "files")
