#!/usr/bin/env python3
"""Build the seven jm1- blind test files (set heldout307) and their expected readings.

Run with /work/main/.venv/bin/python (needs openpyxl, python-docx, pyyaml).
Each case's data file is written from the row data below; the NAME.expected.yaml beside it
holds the reading a person makes of that file (statuses, months and leads as read by hand).
"""
import csv
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

# fills
F_BLUE = PatternFill("solid", fgColor="5B9BD5")
F_GREEN = PatternFill("solid", fgColor="00B050")
F_AMBER = PatternFill("solid", fgColor="FFC000")
F_RED = PatternFill("solid", fgColor="FF0000")
F_HEAD = PatternFill("solid", fgColor="1F3864")
F_SECT = PatternFill("solid", fgColor="D9E1F2")
F_REC = PatternFill("solid", fgColor="F2F2F2")
RAGFILL = {"B": F_BLUE, "G": F_GREEN, "A": F_AMBER, "R": F_RED}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def D(y, m, d):
    return dt.datetime(y, m, d)


def write_expected(name, exp):
    path = os.path.join(HERE, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as fh:
        yaml.safe_dump(exp, fh, allow_unicode=True, sort_keys=False, width=100000)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


def style_header(ws, row, ncols):
    for c in range(1, ncols + 1):
        cell = ws.cell(row=row, column=c)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = F_HEAD
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX


def box_row(ws, row, ncols):
    for c in range(1, ncols + 1):
        cell = ws.cell(row=row, column=c)
        cell.border = BOX
        cell.alignment = WRAP


# ---------------------------------------------------------------------------
# 1. South Tyneside local area SEND priority action plan (xlsx, read)
# ---------------------------------------------------------------------------
def case_south_tyneside():
    name = "jm1-south-tyneside-local-area-send-priority-action-plan.xlsx"
    title = "South Tyneside Local Area SEND Partnership – Priority Action Plan"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "In response to the Area SEND inspection by Ofsted and the Care Quality Commission"
    cov["A2"].font = Font(italic=True)
    rows = [
        ("Inspection dates", "20 January – 7 February 2025"),
        ("Report published", "21 March 2025"),
        ("Inspection outcome", "Widespread and/or systemic failings (outcome 3)"),
        ("Plan owner", "South Tyneside SEND Partnership Board"),
        ("Monitoring", "DfE SEND Adviser and NHS England six-monthly stocktakes"),
        ("Version", "v1.4 – progress update for SEND Partnership Board, 24 September 2025"),
    ]
    r = 4
    for k, v in rows:
        cov.cell(row=r, column=1, value=k).font = Font(bold=True)
        cov.cell(row=r, column=2, value=v)
        r += 1
    r += 1
    cov.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    r += 1
    for letter, text in [
        ("B", "Action complete and impact being monitored"),
        ("G", "On track to deliver by the target date"),
        ("A", "Some slippage – mitigation in place"),
        ("R", "Off track – escalated to the SEND Partnership Board"),
    ]:
        c = cov.cell(row=r, column=1, value=letter)
        c.fill = RAGFILL[letter]
        c.alignment = Alignment(horizontal="center")
        cov.cell(row=r, column=2, value=text)
        r += 1
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 80

    summ = wb.create_sheet("Summary")
    summ["A1"] = "Summary of progress – September 2025"
    summ["A1"].font = Font(bold=True, size=13)
    hdr = ["Area", "Actions", "B", "G", "A", "R"]
    for i, h in enumerate(hdr, 1):
        summ.cell(row=3, column=i, value=h)
    style_header(summ, 3, 6)
    data = [
        ("Area for priority action 1", 4, 1, 3, 0, 0),
        ("Area for priority action 2", 3, 0, 1, 1, 1),
        ("Area for improvement 1", 2, 0, 2, 0, 0),
        ("Total", 9, 1, 6, 1, 1),
    ]
    for j, row in enumerate(data):
        for i, v in enumerate(row, 1):
            c = summ.cell(row=4 + j, column=i, value=v)
            c.border = BOX
        if row[0] == "Total":
            for i in range(1, 7):
                summ.cell(row=4 + j, column=i).font = Font(bold=True)
    summ.column_dimensions["A"].width = 30

    ws = wb.create_sheet("PAP")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Progress position: September 2025"
    ws["A2"].font = Font(italic=True)
    headers = ["Ref", "Action", "Lead officer(s)", "Partners", "Start date", "Target date",
               "RAG May 2025", "RAG Sept 2025", "Progress update and impact"]
    for i, h in enumerate(headers, 1):
        ws.cell(row=4, column=i, value=h)
    style_header(ws, 4, 9)
    widths = [9, 60, 30, 22, 11, 12, 10, 10, 60]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w

    apa1 = "Area for priority action 1: Timeliness and quality of EHC needs assessments and plans"
    apa1t = ("Leaders across education, health and care should urgently improve the timeliness of "
             "education, health and care (EHC) needs assessments and the quality of EHC plans, so "
             "that plans accurately reflect children and young people’s needs and the provision "
             "required to meet them.")
    apa2 = "Area for priority action 2: Waiting times for therapies and neurodevelopmental assessment"
    apa2t = ("Leaders should work together to reduce the long waiting times for speech and language "
             "therapy and for neurodevelopmental assessment, and make sure that children and young "
             "people receive effective support while they wait.")
    afi1 = "Area for improvement 1: Preparation for adulthood"
    afi1t = ("Leaders should strengthen planning for young people’s transition to adult services, "
             "particularly in health, so that young people with SEND are well prepared for adulthood.")

    sections = [
        (apa1, apa1t, [
            ("1.1",
             "Establish a multi-agency EHC Needs Assessment Recovery Team to clear the backlog of "
             "assessments that have exceeded 20 weeks.",
             "Head of SEND and Inclusion", "ICB; Children’s Social Care", D(2025, 4, 1), D(2025, 10, 31),
             "A", "G",
             "Recovery Team in place from 12 May 2025. Backlog reduced from 142 to 38. "
             "Timeliness (excluding exceptions) 41% in August, up from 9% in March.",
             ["Head of SEND and Inclusion"], "2025-10", None, "green"),
            ("1.2",
             "Introduce a multi-agency quality assurance framework for EHC plans, including:\n"
             "• a monthly moderation panel with health and social care\n"
             "• an audit of 10% of new plans each term\n"
             "• a feedback loop to advice-givers",
             "SEND Quality Assurance Lead; Designated Clinical Officer", "ICB; SENDIASS",
             D(2025, 5, 1), D(2025, 12, 31), "G", "G",
             "Framework agreed by SEND Partnership Board in July. First moderation panel held "
             "10 September 2025.",
             ["SEND Quality Assurance Lead", "Designated Clinical Officer"], "2025-12", None, "green"),
            ("1.3",
             "Agree and implement service level agreements for timely health and social care advice "
             "(within 6 weeks) for EHC needs assessments.",
             "Designated Clinical Officer / Service Manager, Children with Disabilities",
             "STFT; CAMHS", D(2025, 4, 1), D(2025, 7, 31), "A", "B",
             "SLAs signed by South Tyneside and Sunderland NHS FT and Children’s Social Care. "
             "83% of health advice returned within 6 weeks in August.",
             ["Designated Clinical Officer", "Service Manager, Children with Disabilities"],
             "2025-07", None, "blue"),
            ("1.4",
             "Deliver a co-produced training programme for SENCOs and EHC coordinators on writing "
             "SMART outcomes, with SENDIASS and South Tyneside Parent Carer Forum.",
             "Principal Educational Psychologist", "Parent Carer Forum; SENDIASS",
             D(2025, 9, 1), "March 2026", None, "G",
             "New action added following May stocktake. Three sessions booked for the autumn term.",
             ["Principal Educational Psychologist"], "2026-03", None, "green"),
        ]),
        (apa2, apa2t, [
            ("2.1",
             "Commission additional speech and language therapy capacity to reduce waits for initial "
             "assessment to under 18 weeks.",
             "Associate Director of Commissioning (ICB)", "STFT", D(2025, 4, 1), D(2026, 3, 31),
             "R", "A",
             "Two additional SLT posts funded; one recruited. Longest wait now 31 weeks (was 52).",
             ["Associate Director of Commissioning (ICB)"], "2026-03", None, "amber"),
            ("2.2",
             "Launch a ‘support while you wait’ offer for families awaiting neurodevelopmental "
             "assessment, published on the Local Offer.",
             "Designated Clinical Officer and Early Help Service Manager", "Parent Carer Forum",
             D(2025, 5, 1), D(2025, 9, 30), "A", "R",
             "Launch delayed – web content not yet signed off by the ICB. Escalated to the SEND "
             "Partnership Board on 24 September 2025.",
             ["Designated Clinical Officer", "Early Help Service Manager"], "2025-09", None, "red"),
            ("2.3",
             "Develop a joint commissioning strategy for therapies, agreed by the Council and the ICB "
             "through the Health and Wellbeing Board.",
             "Strategic Commissioning Manager (Children); ICB Head of Children’s Commissioning",
             "Health and Wellbeing Board", D(2025, 6, 1), "Q4 2025/26", "G", "G",
             "Needs analysis complete. Draft strategy to HWBB in January 2026.",
             ["Strategic Commissioning Manager (Children)", "ICB Head of Children’s Commissioning"],
             "2026-03", None, "green"),
        ]),
        (afi1, afi1t, [
            ("AFI 1.1",
             "Map transition pathways from children’s to adult health services and publish a "
             "preparation for adulthood pathway for young people aged 14 to 25.",
             "Preparing for Adulthood Lead", "Adult Social Care; STFT", D(2025, 7, 1),
             D(2026, 1, 31), None, "G",
             "Pathway mapping workshops held in July and September.",
             ["Preparing for Adulthood Lead"], "2026-01", None, "green"),
            ("AFI 1.2",
             "Ensure every Year 9 annual review of an EHC plan includes a preparation for adulthood "
             "discussion, monitored through the annual review audit.",
             "Head of SEND and Inclusion", "Schools; Connexions", D(2025, 4, 1), "Ongoing", "G", "G",
             "Annual review template updated. 76% of Year 9 reviews audited in the summer term "
             "included a PfA discussion.",
             ["Head of SEND and Inclusion"], None, "Ongoing", "green"),
        ]),
    ]
    r = 5
    expected = []
    for head, text, acts in sections:
        ws.cell(row=r, column=1, value=head).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = F_SECT
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        ws.cell(row=r, column=1, value=text).font = Font(italic=True)
        ws.cell(row=r, column=1).alignment = WRAP
        ws.cell(row=r, column=1).fill = F_REC
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.row_dimensions[r].height = 32
        r += 1
        for (ref, action, lead, partners, start, target, prev, cur, upd,
             e_lead, e_end, e_endtext, e_status) in acts:
            vals = [ref, action, lead, partners, start, target, prev, cur, upd]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v)
            box_row(ws, r, 9)
            ws.cell(row=r, column=5).number_format = "mmm-yy"
            if isinstance(target, dt.datetime):
                ws.cell(row=r, column=6).number_format = "mmm-yy"
            for col, letter in ((7, prev), (8, cur)):
                if letter:
                    ws.cell(row=r, column=col).fill = RAGFILL[letter]
                    ws.cell(row=r, column=col).alignment = Alignment(horizontal="center", vertical="top")
            expected.append(act(ref, [head, text], action, e_lead, e_end, e_status, e_endtext))
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Notes: target dates agreed with the DfE SEND Adviser and NHS England "
            "at the stocktake on 2 July 2025. Actions rated B remain on the plan until impact is evidenced.")
    ws.cell(row=r, column=1).font = Font(italic=True, size=9)
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, name))

    exp = {
        "source": (
            "Imitates a local area SEND partnership priority action plan (PAP) written after an Ofsted/CQC "
            "Area SEND inspection with outcome 3 (widespread and/or systemic failings), as councils such as "
            "Southend (SEND strategic action plan, livewellsouthend.com) and others publish them for their "
            "partnership boards. South Tyneside Local Area SEND Partnership, 2025 (fictional content). "
            "Copied features: cover sheet with inspection facts and RAG key (B/G/A/R), a summary sheet with "
            "totals, and the plan sheet with merged section rows for each area for priority action / area "
            "for improvement followed by a merged italic row holding the inspectors' wording, previous and "
            "current RAG columns (letters on fill), bullet lines inside an action cell, several leads in a "
            "cell, job titles as leads, a separate partners column, date cells formatted mmm-yy mixed with "
            "'March 2026', 'Q4 2025/26' and 'Ongoing', and a notes line under the table."),
        "reads": (
            "A three-sheet workbook: cover and summary sheets carry no actions; the PAP sheet lists nine "
            "actions under two areas for priority action and one area for improvement, each heading row "
            "followed by the inspectors' text. Status is the Sept 2025 RAG letter, the end is the target "
            "date column."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    }
    write_expected(name, exp)


# ---------------------------------------------------------------------------
# 2. Westmorland and Furness YJS HMIP improvement plan (xlsx, read)
# ---------------------------------------------------------------------------
def case_westmorland():
    name = "jm1-westmorland-and-furness-youth-justice-service-hmip-improvement-plan.xlsx"
    title = ("Westmorland and Furness Youth Justice Service: HM Inspectorate of Probation "
             "Inspection Improvement Plan")
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Fieldwork: 7–11 October 2024   |   Report published: 16 January 2025   |   "
                "Overall rating: Requires improvement")
    ws.merge_cells("A2:H2")
    ws["A3"] = "Plan owner: Youth Justice Management Board (YJMB)   |   Last updated: 30/09/2025"
    ws.merge_cells("A3:H3")
    ws["A5"] = "RAG key:"
    ws["A5"].font = Font(bold=True)
    for col, (txt, fill) in zip("BCD", [("Complete", F_GREEN), ("In progress", F_AMBER),
                                        ("Overdue / at risk", F_RED)]):
        ws[col + "5"] = txt
        ws[col + "5"].fill = fill
        ws[col + "5"].alignment = Alignment(horizontal="center")
    ws["E5"] = "No colour = not yet started"
    ws["E5"].font = Font(italic=True)

    headers = ["Recommendation", "Ref", "Action", "Lead", "Original deadline", "Revised deadline",
               "RAG", "Progress / evidence"]
    for i, h in enumerate(headers, 1):
        ws.cell(row=7, column=i, value=h)
    style_header(ws, 7, 8)
    for col, w in zip("ABCDEFGH", [42, 6, 55, 30, 12, 12, 7, 55]):
        ws.column_dimensions[col].width = w

    g1 = "The Westmorland and Furness Youth Justice Service should:"
    g2 = "The Westmorland and Furness Youth Justice Management Board should:"
    rec1 = ("1. Improve the quality of assessment and planning for keeping other people safe, so that "
            "risks to actual and potential victims are clearly identified, analysed and managed.")
    rec2 = ("2. Make sure that work with children receiving out-of-court disposals gives sufficient "
            "attention to their safety and wellbeing, including contingency planning.")
    rec3 = ("3. Ensure that children supervised by the service have timely access to emotional and "
            "mental health support, and that health partners contribute fully to the partnership.")
    rec4 = ("4. Develop its understanding of disproportionality across the youth justice system in "
            "Westmorland and Furness, and act on the findings.")
    plan = [
        (g1, [
            (rec1, [
                ("1a", "Deliver refreshed risk of harm training (AssetPlus ‘keeping other people safe’) to "
                 "all case managers and volunteers.", "YJS Operations Manager", D(2025, 1, 31), None, "G",
                 "Delivered 22 and 29 January 2025; all case managers attended. Volunteers trained "
                 "in March.", ["YJS Operations Manager"], "2025-01", None, "blue"),
                ("1b", "Introduce a monthly risk and safety management panel chaired by the Head of "
                 "Youth Justice, with police and children’s social care attendance.",
                 "Head of Youth Justice & Police Inspector (YJS)", D(2025, 2, 28), None, "G",
                 "Panel running since February 2025; terms of reference approved by YJMB.",
                 ["Head of Youth Justice", "Police Inspector (YJS)"], "2025-02", None, "blue"),
                ("1c", "Quarterly thematic audit of assessment and planning for keeping other people safe, "
                 "reported to the YJMB.", "Quality Assurance Practice Lead", D(2025, 6, 30),
                 D(2025, 10, 31), "A",
                 "First audit completed in July (14 cases). Second audit moved to October to include "
                 "the new case management system reports.",
                 ["Quality Assurance Practice Lead"], "2025-10", None, "amber"),
            ]),
            (rec2, [
                ("2a", "Revise the Out of Court Disposal policy and the joint decision-making panel terms "
                 "of reference, including screening of safety and wellbeing concerns by a social worker.",
                 "YJS Operations Manager / Police OOCD Lead", D(2025, 3, 31), D(2025, 6, 30), "G",
                 "Revised policy signed off at YJMB 19 June 2025.",
                 ["YJS Operations Manager", "Police OOCD Lead"], "2025-06", None, "blue"),
                ("2b", "Ensure every out-of-court disposal plan includes contingency arrangements, "
                 "checked through management oversight at the point of sign-off.", "YJS Team Manager",
                 D(2025, 4, 30), "n/a", "R",
                 "Dip sample in August found contingency plans in 6 of 11 OOCD plans. Further "
                 "practice workshop booked.", ["YJS Team Manager"], "2025-04", None, "red"),
            ]),
        ]),
        (g2, [
            (rec3, [
                ("3a", "Agree a service level agreement with Lancashire and South Cumbria ICB for a "
                 "seconded CAMHS practitioner in the YJS.", "Karen Holt and Dr Sam Fenwick",
                 D(2025, 5, 31), D(2025, 12, 31), "A",
                 "Funding agreed in principle; SLA in draft with ICB contracts team.",
                 ["Karen Holt", "Dr Sam Fenwick"], "2025-12", None, "amber"),
                ("3b", "Review health representation on the YJMB, with a named senior lead from each ICB "
                 "attending at least three of the four meetings a year.",
                 "Chair, Youth Justice Management Board", D(2025, 4, 30), None, "G",
                 "Named leads from both ICBs confirmed; attendance 100% since April.",
                 ["Chair, Youth Justice Management Board"], "2025-04", None, "blue"),
            ]),
            (rec4, [
                ("4a", "Commission a disproportionality analysis of YJS and police data, and produce a "
                 "partnership action plan from its findings.", "YJS Information Officer; Head of Youth Justice",
                 D(2025, 9, 30), D(2026, 3, 31), None,
                 "Not yet started – analyst post recruited, start date 3 November 2025.",
                 ["YJS Information Officer", "Head of Youth Justice"], "2026-03", None, "unrated"),
            ]),
        ]),
    ]
    r = 8
    expected = []
    for group, recs in plan:
        ws.cell(row=r, column=1, value=group).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = F_SECT
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for rec, acts in recs:
            first = r
            ws.cell(row=r, column=1, value=rec)
            for (ref, action, lead, orig, rev, rag, upd, e_lead, e_end, e_et, e_st) in acts:
                ws.cell(row=r, column=2, value=ref)
                ws.cell(row=r, column=3, value=action)
                ws.cell(row=r, column=4, value=lead)
                ws.cell(row=r, column=5, value=orig)
                ws.cell(row=r, column=6, value=rev)
                ws.cell(row=r, column=8, value=upd)
                box_row(ws, r, 8)
                ws.cell(row=r, column=5).number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=6).number_format = "dd/mm/yyyy"
                if rag:
                    ws.cell(row=r, column=7).fill = RAGFILL[rag]
                expected.append(act(ref, [group, rec], action, e_lead, e_end, e_st, e_et))
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
            ws.cell(row=first, column=1).alignment = WRAP
    ws.freeze_panes = "A8"
    wb.save(os.path.join(HERE, name))

    exp = {
        "source": (
            "Imitates a youth justice service's post-inspection improvement plan after an HM Inspectorate "
            "of Probation inspection, of the kind Reading, Haringey and others took to committee in 2024-25 "
            "(e.g. https://democracy.reading.gov.uk/mgAi.aspx?ID=15127), where the HMIP recommendations are "
            "grouped under 'The ... Youth Justice Service should:' and 'The ... Management Board should:'. "
            "Westmorland and Furness YJS, 2025 (fictional content). Copied features: title block with "
            "fieldwork/report/rating line, a RAG key made of coloured cells in which green means complete, "
            "group rows merged across, each recommendation merged down over its actions, refs 1a/1b, "
            "original and revised deadline columns (real dates, one 'n/a'), RAG shown only by fill colour "
            "with no text, names and posts as leads joined by '&', 'and', '/' and ';'."),
        "reads": (
            "One sheet with eight actions answering four HMIP recommendations in two groups (service, "
            "management board). The RAG column has only fill colours; the key at the top says green is "
            "complete, amber in progress, red overdue or at risk and no colour not yet started, so green "
            "cells read as complete. Where a revised deadline is given it is the end."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    }
    write_expected(name, exp)


# ---------------------------------------------------------------------------
# 3. Rutland corporate parenting board action plan (xlsx, refuse: mistyped month)
# ---------------------------------------------------------------------------
def case_rutland():
    name = "jm1-rutland-county-council-corporate-parenting-board-action-plan-typo-month-refuse.xlsx"
    title = "Rutland County Council – Corporate Parenting Board Action Plan 2025–26"
    wb = Workbook()
    ws = wb.active
    ws.title = "CPB Action Plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Our promises to children in care and care leavers"
    ws["A2"].font = Font(italic=True)
    ws["A3"] = "Updated for Corporate Parenting Board, 14 October 2025"
    headers = ["Ref", "What we will do", "Lead officer", "Member champion", "By when", "RAG",
               "Progress update"]
    for i, h in enumerate(headers, 1):
        ws.cell(row=5, column=i, value=h)
    style_header(ws, 5, 7)
    for col, w in zip("ABCDEFG", [6, 60, 32, 26, 14, 8, 55]):
        ws.column_dimensions[col].width = w
    rows = [
        ("S", "Promise 1: We will listen to you and act on what you tell us"),
        ("1.1", "Hold two Board meetings a year jointly with the Children in Care Council, with young "
         "people setting the agenda.", "Participation Officer", "Portfolio Holder for Children and Families",
         "March 2026", "G", "First joint meeting held 8 July 2025; second booked for February half term."),
        ("1.2", "Publish a ‘You said, we did’ update after every Board meeting on the care-experienced "
         "webpages.", "Head of Service, Children in Care", "Deputy Portfolio Holder for Children and Families", "Ongoing", "G",
         "Published after July and October meetings."),
        ("S", "Promise 2: We will make sure you have a safe and stable home"),
        ("2.1", "Recruit eight new fostering households through the Fostering Recruitment Campaign, "
         "including carers for teenagers and sibling groups.", "Fostering Team Manager",
         "Portfolio Holder for Children and Families", D(2026, 3, 31), "A",
         "Three households approved, two in assessment. Campaign refreshed for autumn."),
        ("2.2", "Review the Staying Put policy and allowances in consultation with foster carers and young "
         "people.", "Head of Service, Children in Care", "Deputy Portfolio Holder for Children and Families", "Janaury 2026", "G",
         "Consultation with foster carers closed 30 September; young people’s session 4 November."),
        ("S", "Promise 3: We will support your education, health and wellbeing"),
        ("3.1", "Every child in care to have a Personal Education Plan reviewed each term, quality assured "
         "by the Virtual School.", "Virtual School Headteacher", "Portfolio Holder for Education", "Termly",
         "G", "PEP completion 96% in the summer term."),
        ("3.2", "Initial Health Assessments completed within 20 working days of a child coming into care.",
         "Head of Service, Children in Care; Designated Nurse LAC", "Portfolio Holder for Health",
         D(2025, 12, 31), "A", "7 of 10 IHAs in time in Q1; paediatric capacity being reviewed with the ICB."),
        ("S", "Promise 4: We will help you get ready for adult life"),
        ("4.1", "Extend the council tax exemption for care leavers living in Rutland to age 25.",
         "Head of Revenues and Benefits", "Portfolio Holder for Resources", "April 2025", "B",
         "Agreed at Full Council in February 2025; in place from 1 April 2025."),
        ("4.2", "Offer ring-fenced apprenticeships and work experience placements within the Council "
         "for care leavers.", "Leaving Care Team Manager / HR Manager", "Portfolio Holder for Resources",
         "Sept 2025", "G", "Two apprenticeships started in September 2025."),
        ("4.3", "Refresh the Local Offer for Care Leavers, co-produced with care leavers, and publish it "
         "online.", "Leaving Care Team Manager", "Portfolio Holder for Children and Families",
         D(2025, 11, 30), "", "Not started – workshops planned for November."),
    ]
    r = 6
    for row in rows:
        if row[0] == "S":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            ws.cell(row=r, column=1).fill = F_SECT
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        else:
            ref, what, lead, member, when, rag, upd = row
            for i, v in enumerate([ref, what, lead, member, when, rag, upd], 1):
                ws.cell(row=r, column=i, value=v if v != "" else None)
            box_row(ws, r, 7)
            if isinstance(when, dt.datetime):
                ws.cell(row=r, column=5).number_format = "dd/mm/yyyy"
            if rag:
                ws.cell(row=r, column=6).fill = RAGFILL[rag]
                ws.cell(row=r, column=6).alignment = Alignment(horizontal="center", vertical="top")
            if when == "Janaury 2026":
                typo_row = r
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Total actions: 9   B: 1   G: 5   A: 2   R: 0   Not started: 1").font = Font(bold=True)

    key = wb.create_sheet("Key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (letter, text) in enumerate([("B", "Complete"), ("G", "On track"), ("A", "Some delay"),
                                        ("R", "Off track – Board to be asked for support")], 2):
        key.cell(row=i, column=1, value=letter).fill = RAGFILL[letter]
        key.cell(row=i, column=2, value=text)
    wb.save(os.path.join(HERE, name))
    assert typo_row == 11, typo_row

    exp = {
        "source": (
            "Imitates a council corporate parenting board action plan organised by the promises/pledges made "
            "to children in care and care leavers, as in Bracknell Forest's Corporate Parenting Strategy "
            "action plan 2025-2028 (bracknell-forest.gov.uk) and Slough's corporate parenting action plan "
            "update. Rutland County Council, 2025-26 (fictional content). Copied features: title block and "
            "'updated for Board' line, promise rows merged across, lead officer and member champion columns, "
            "'By when' cells mixing month words, real dates, 'Ongoing' and 'Termly', RAG letters on fill, "
            "a totals line and a separate Key sheet."),
        "reads": (
            "A corporate parenting action plan with nine actions under four promises. The 'By when' cell for "
            "action 2.2 (sheet 'CPB Action Plan', row 11) reads 'Janaury 2026', a mistyped month; a careful "
            "reader stops there and asks whether January 2026 was meant before recording the plan."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": title,
    }
    write_expected(name, exp)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    """Write text into a cell; '\n' starts a new paragraph in the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


DOCX_RAG = {"Blue": "5B9BD5", "Complete": "5B9BD5", "Green": "00B050", "Amber": "FFC000",
            "Red": "FF0000"}


# ---------------------------------------------------------------------------
# 4. Hounslow Safeguarding Children Partnership JTAI action plan (docx, read)
# ---------------------------------------------------------------------------
def case_hounslow():
    name = "jm1-hounslow-safeguarding-children-partnership-jtai-action-plan.docx"
    title = "Hounslow Safeguarding Children Partnership JTAI Action Plan"
    doc = Document()
    landscape(doc)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Joint targeted area inspection of the multi-agency response to child sexual abuse "
                      "in the family environment, 11–15 November 2024", style="Subtitle")

    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Version", "1.2"), ("Status", "Final – approved by HSCP Executive Group"),
                 ("Date", "10 April 2025"), ("Author", "HSCP Business Manager"),
                 ("Next review", "HSCP Executive Group, October 2025")]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)

    doc.add_paragraph("RAG key", style="Heading 2")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Complete", "Action completed and impact evidenced"), ("Green", "On track"),
                 ("Amber", "At risk of delay – mitigation agreed"), ("Red", "Off track – escalated to Executive Group"),
                 ("Not started", "Not yet due to start")]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        if k in DOCX_RAG:
            shade(cells[0], DOCX_RAG[k])
        set_cell(cells[1], v)

    doc.add_paragraph("Introduction", style="Heading 2")
    doc.add_paragraph(
        "Ofsted, the Care Quality Commission, HM Inspectorate of Constabulary and Fire & Rescue Services and "
        "HM Inspectorate of Probation carried out a joint targeted area inspection in Hounslow in November 2024. "
        "The letter of findings was published on 14 January 2025 and identified three areas for improvement. "
        "This plan sets out how the safeguarding partners will respond. Progress is reported to the HSCP "
        "Executive Group every quarter; this version shows the position at September 2025.")

    sections = [
        ("1. Recognising and responding to child sexual abuse in the family environment",
         "The recognition of, and response to, indicators of child sexual abuse in the family environment by "
         "practitioners across the partnership, particularly in universal services.",
         [
             ("1.1", "Deliver multi-agency training on recognising child sexual abuse in the family environment, "
              "using the CSA Centre’s signs and indicators template, to designated safeguarding leads, GPs and "
              "health visitors.", "HSCP Training Coordinator", "June 2025", "Complete",
              "Seven sessions delivered to 212 practitioners. Post-course evaluation shows increased confidence "
              "(62% to 91%).", ["HSCP Training Coordinator"], "2025-06", None, "blue"),
             ("1.2", "Update the HSCP threshold document and multi-agency procedures to include specific guidance "
              "on child sexual abuse in the family environment.",
              "HSCP Business Manager; Head of MASH and Assessment", "End of March 2025", "Complete",
              "Published on the HSCP website 28 March 2025 and launched at the April practitioner forum.",
              ["HSCP Business Manager", "Head of MASH and Assessment"], "2025-03", None, "blue"),
             ("1.3", "Audit a sample of 20 MASH contacts where sexual abuse was a presenting concern, to test the "
              "quality of information sharing and decision making.",
              "Chair, HSCP Quality Assurance Subgroup", "Q2 2025/26", "Amber",
              "Audit tool agreed. Police records access delayed the start; fieldwork now in October.",
              ["Chair, HSCP Quality Assurance Subgroup"], "2025-09", None, "amber"),
         ]),
        ("2. Health contribution to strategy discussions",
         "The consistent involvement of health professionals in strategy discussions, so that information "
         "held by health services informs decisions about children’s safety.",
         [
             ("2.1", "Introduce a single health point of contact for strategy discussions within the MASH, with "
              "cover arrangements across NHS providers.",
              "Designated Nurse for Safeguarding Children (NHS North West London ICB)", "May 2025", "Green",
              "Health navigator post in the MASH from 6 May 2025; cover rota agreed with HRCH and West "
              "Middlesex University Hospital.",
              ["Designated Nurse for Safeguarding Children (NHS North West London ICB)"], "2025-05", None,
              "green"),
             ("2.2", "Monthly dip sample of strategy discussion records to check health attendance and "
              "contribution, with results reported to the QA Subgroup.",
              "Named Nurse Safeguarding Children (HRCH) and MASH Team Manager",
              "Ongoing – monthly from April 2025", "Green",
              "Health attendance at strategy discussions 88% in August (54% at inspection).",
              ["Named Nurse Safeguarding Children (HRCH)", "MASH Team Manager"], None,
              "Ongoing – monthly from April 2025", "green"),
         ]),
        ("3. Understanding the impact of partnership work",
         "The partnership’s use of data and learning from audits to understand the experiences of children "
         "who have been sexually abused in the family environment.",
         [
             ("3.1", "Develop a child sexual abuse dataset for the HSCP performance dashboard, drawing on police, "
              "children’s social care and health data.", "HSCP Data and Performance Analyst", "October 2025",
              "Amber", "Police and social care indicators agreed; health data sharing agreement awaiting sign-off.",
              ["HSCP Data and Performance Analyst"], "2025-10", None, "amber"),
             ("3.2", "Commission a review of children’s and families’ experiences of the child protection medical "
              "pathway, in partnership with the North West London CSA hub.",
              "Detective Superintendent, Public Protection (Metropolitan Police West Area)", "Q4 2025/26",
              "Not started", "Scope to be agreed at Executive Group in December 2025.",
              ["Detective Superintendent, Public Protection (Metropolitan Police West Area)"], "2026-03", None,
              "unrated"),
             ("3.3", "Report progress against this plan, and its impact on children, to the HSCP Executive Group "
              "and to the Children and Young People Scrutiny Panel.",
              "HSCP Independent Scrutineer / HSCP Business Manager", "Quarterly", "Green",
              "Reported to Executive Group in June and September 2025; Scrutiny Panel 15 July 2025.",
              ["HSCP Independent Scrutineer", "HSCP Business Manager"], None, "Quarterly", "green"),
         ]),
    ]
    expected = []
    headers = ["Ref", "Action", "Lead", "Timescale", "RAG", "Progress update (September 2025)"]
    widths = [Cm(1.5), Cm(8.5), Cm(5), Cm(3.2), Cm(2.2), Cm(6.5)]
    for head, afi, acts in sections:
        doc.add_paragraph(head, style="Heading 2")
        t = doc.add_table(rows=2, cols=6)
        t.style = "Table Grid"
        r0 = t.rows[0].cells
        set_cell(r0[0], "Area for improvement", bold=True)
        shade(r0[0], "D9E1F2")
        merged = r0[1].merge(r0[5])
        set_cell(merged, afi)
        shade(merged, "F2F2F2")
        for i, h in enumerate(headers):
            set_cell(t.rows[1].cells[i], h, bold=True)
            shade(t.rows[1].cells[i], "BDD7EE")
        for (ref, action, lead, when, rag, upd, e_lead, e_end, e_et, e_st) in acts:
            cells = t.add_row().cells
            for i, v in enumerate([ref, action, lead, when, rag, upd]):
                set_cell(cells[i], v)
            if rag in DOCX_RAG:
                shade(cells[4], DOCX_RAG[rag])
            expected.append(act(ref, [head, afi], action, e_lead, e_end, e_st, e_et))
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = w
        doc.add_paragraph("")

    doc.add_paragraph("Sign-off on behalf of the safeguarding partners", style="Heading 2")
    t = doc.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["London Borough of Hounslow", "NHS North West London ICB", "Metropolitan Police Service"]):
        set_cell(t.rows[0].cells[i], h, bold=True)
    for i, h in enumerate(["Executive Director of Children’s Services", "Chief Nursing Officer",
                           "BCU Commander, West Area"]):
        set_cell(t.rows[1].cells[i], h)
    doc.save(os.path.join(HERE, name))

    exp = {
        "source": (
            "Imitates a safeguarding children partnership's action plan after a joint targeted area inspection "
            "(JTAI) by Ofsted, CQC, HMICFRS and HMIP on the 2024-25 theme of child sexual abuse in the family "
            "environment (see the JTAI guidance pages of Sheffield and North Yorkshire partnerships). Hounslow "
            "Safeguarding Children Partnership, 2025 (fictional content). Copied features: Word document with "
            "title and subtitle, document control table, RAG key table, introduction, one heading and one table "
            "per area for improvement with the inspectors' wording in a merged first row beside an 'Area for "
            "improvement' label cell, RAG words in shaded cells, timescales such as 'End of March 2025', "
            "'Q2 2025/26', 'Ongoing – monthly from April 2025' and 'Quarterly', and a sign-off table."),
        "reads": (
            "A partnership JTAI action plan with eight actions in three tables, one per area for improvement, "
            "each under a numbered heading. The document control, RAG key and sign-off tables hold no actions. "
            "Status is the RAG word (Complete = blue, Not started = unrated)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    }
    write_expected(name, exp)


# ---------------------------------------------------------------------------
# 5. Wokingham early help strategy action plan (docx, read)
# ---------------------------------------------------------------------------
def case_wokingham():
    name = "jm1-wokingham-early-help-strategy-action-plan.docx"
    title = "Early Help Strategy 2024–2027: Year One Action Plan"
    doc = Document()
    landscape(doc)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Wokingham Borough Council and the Early Help Partnership  |  Quarter 3 update, January 2025")
    doc.add_paragraph(
        "This plan sets out what partners will do in the first year of the Early Help Strategy to deliver its "
        "four priorities. It is monitored by the Early Help Partnership Board, which reports to the Wokingham "
        "Children and Young People’s Partnership.")
    p = doc.add_paragraph()
    p.add_run("RAG key: ").bold = True
    p.add_run("Blue – complete; Green – on track; Amber – some delay, action in hand; Red – significant delay "
              "or at risk; Not started – not yet due to begin.")

    headers = ["No.", "What we will do", "Lead", "When", "How we will know", "RAG", "Q3 update"]
    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    for i, h in enumerate(headers):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "BDD7EE")

    P1 = "Priority 1: Right help at the right time"
    P2 = "Priority 2: Family Hubs at the heart of our communities"
    P3 = "Priority 3: A confident and skilled early help workforce"
    P4 = "Priority 4: Listening to children, young people and families"
    plan = [
        (P1, [
            ("1.1", "Launch the Early Help Hub as a single front door for requests for early help, co-located "
             "with the Children’s Services Front Door.", "Head of Early Help and Family Hubs", "Sept 2024",
             "80% of requests for early help triaged within 3 working days", "Blue",
             "Hub launched 2 September 2024. 84% triaged within 3 working days in Q3.",
             ["Head of Early Help and Family Hubs"], "2024-09", None, "blue"),
            ("1.2", "Refresh the Levels of Need guidance with the Berkshire West Safeguarding Children "
             "Partnership and relaunch it to all partners.", "Early Help Partnership Manager",
             "Autumn term 2024", "Fewer contacts to the Front Door that do not need a social care response",
             "Amber", "Slipped – sign-off moved to the BWSCP Executive in February 2025.",
             ["Early Help Partnership Manager"], "2024-12", None, "amber"),
            ("1.3", "Introduce a shared early help assessment and plan template on the Early Help Module for "
             "use by schools, health and voluntary sector partners.", "Sarah Collins and Dev Patel",
             "By end of March 2025", "Number of early help assessments led by partners", "Green",
             "Template built; testing with six schools in February.",
             ["Sarah Collins", "Dev Patel"], "2025-03", None, "green"),
        ]),
        (P2, [
            ("2.1", "Open Family Hubs in Woodley and Wokingham town.\nRun outreach sessions in Finchampstead, "
             "Twyford and Shinfield.", "Family Hubs Programme Manager", "Q4 2024/25",
             "Number of families using Family Hub services each month", "Green",
             "Woodley hub open since November. Wokingham town hub opening 10 March 2025.",
             ["Family Hubs Programme Manager"], "2025-03", None, "green"),
            ("2.2", "Publish the Start for Life offer online and in print, co-produced with parents.",
             "Public Health Consultant (Children) / Family Hubs Programme Manager", "December 2024",
             "Page views and parent feedback", "Blue", "Published 9 December 2024.",
             ["Public Health Consultant (Children)", "Family Hubs Programme Manager"], "2024-12", None, "blue"),
            ("2.3", "Develop a volunteer peer-support programme for parents of children aged 0–5.",
             "Voluntary and Community Sector Lead", "Summer term 2025", "Number of trained peer supporters",
             "Not started", "Due to start April 2025.",
             ["Voluntary and Community Sector Lead"], "2025-07", None, "unrated"),
        ]),
        (P3, [
            ("3.1", "Deliver a partnership training programme on early help assessment, the lead practitioner "
             "role and restorative practice.", "Workforce Development Manager", "Termly",
             "Attendance and post-course evaluation", "Green", "118 practitioners trained in the autumn term.",
             ["Workforce Development Manager"], None, "Termly", "green"),
            ("3.2", "Set up an Early Help Lead Practitioner network for schools, meeting every half term.",
             "Education Welfare Manager and Early Help Partnership Manager", "Oct 2024",
             "Schools represented at the network", "Blue", "Network met in October and December; 41 schools attended.",
             ["Education Welfare Manager", "Early Help Partnership Manager"], "2024-10", None, "blue"),
        ]),
        (P4, [
            ("4.1", "Survey families at the end of every early help plan and report the findings to the Early "
             "Help Partnership Board.", "Early Help Quality Assurance Officer", "Quarterly from January 2025",
             "Proportion of families who say things are better", "Green",
             "Survey live on the Early Help Module from 6 January 2025.",
             ["Early Help Quality Assurance Officer"], None, "Quarterly from January 2025", "green"),
            ("4.2", "Young Researchers to review how young people find and use early help, with their findings "
             "presented to the Board.", "Participation and Engagement Lead", "June 2025",
             "Young Researchers’ report and the Board’s response", "Red",
             "Funding for the Young Researchers not yet confirmed – escalated to the Board.",
             ["Participation and Engagement Lead"], "2025-06", None, "red"),
        ]),
    ]
    expected = []
    for prio, acts in plan:
        row = t.add_row().cells
        m = row[0].merge(row[6])
        set_cell(m, prio, bold=True)
        shade(m, "E2EFDA")
        for (no, what, lead, when, how, rag, upd, e_lead, e_end, e_et, e_st) in acts:
            cells = t.add_row().cells
            for i, v in enumerate([no, what, lead, when, how, rag, upd]):
                set_cell(cells[i], v)
            if rag in DOCX_RAG:
                shade(cells[5], DOCX_RAG[rag])
            expected.append(act(no, [prio], what, e_lead, e_end, e_st, e_et))
    widths = [Cm(1.2), Cm(7), Cm(4), Cm(2.8), Cm(4.5), Cm(1.8), Cm(5.5)]
    for row in t.rows:
        for i, w in enumerate(widths):
            try:
                row.cells[i].width = w
            except IndexError:
                pass
    doc.add_paragraph("")
    doc.add_paragraph("Note: actions rated Blue will be carried into the Year Two plan only where further work "
                      "is needed to evidence impact.")
    doc.save(os.path.join(HERE, name))

    exp = {
        "source": (
            "Imitates an early help strategy year-one action plan of the kind published by councils with their "
            "early help strategies (e.g. Coventry Early Help Strategy 2023-2025, West Sussex Early Help Plan), "
            "with 'what we will do / lead / when / how we will know' columns. Wokingham Borough Council and "
            "Early Help Partnership, 2024-25 (fictional content). Copied features: title and update line, "
            "introduction and RAG key paragraph, one landscape table with priority rows merged across, a "
            "'How we will know' measure column, RAG words in shaded cells including 'Not started', school-term "
            "timescales, 'Termly' and 'Quarterly from January 2025', two-paragraph action cell, a note after the "
            "table."),
        "reads": (
            "A single table of ten actions under four priorities. The RAG key paragraph defines Blue as complete "
            "and Not started as not yet begun. 'Autumn term 2024' ends December 2024 and 'Summer term 2025' ends "
            "July 2025; 'Termly' and 'Quarterly from January 2025' have no end month."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    }
    write_expected(name, exp)


# ---------------------------------------------------------------------------
# 6. North Somerset children's home Ofsted action plan (csv, read)
# ---------------------------------------------------------------------------
def case_north_somerset():
    name = "jm1-north-somerset-council-childrens-home-ofsted-action-plan.csv"
    title = "Ashcombe House Children’s Home (North Somerset Council) – Post-Inspection Action Plan"
    ncol = 8
    req1 = ("The registered person must ensure that staff understand the home’s child protection policies and "
            "take effective action whenever there is a serious concern about a child’s welfare, including when "
            "a child goes missing. (Regulation 12 (1) (2)(a)(i)(v))")
    req2 = ("The registered person must ensure that the home’s systems for monitoring and reviewing the quality "
            "of care identify shortfalls in practice and lead to improvement. (Regulation 13 (1)(b) (2)(h))")
    rec1 = ("The registered person should ensure that children’s placement plans are updated promptly when their "
            "needs change. (‘Guide to the Children’s Homes Regulations, including the quality standards’, "
            "page 56, paragraph 11.5)")
    rec2 = ("The registered person should ensure that the physical environment of the home is well maintained, "
            "including timely repairs to the kitchen and the garden fencing. (‘Guide to the Children’s Homes "
            "Regulations, including the quality standards’, page 15, paragraph 3.9)")
    groups = [
        (req1, "31/10/2025", [
            ("R1.1", "Refresher training for all staff on the home’s missing from care protocol and safeguarding "
             "policy, with competency checked in supervision.", "Registered Manager", "17/10/2025", "B",
             "Completed 15/10/2025 – 11 of 11 staff.", ["Registered Manager"], "2025-10", None, "blue"),
            ("R1.2", "Introduce a missing from care debrief checklist and a manager review of every missing "
             "episode within 24 hours.", "Registered Manager / Deputy Manager", "31/10/2025", "G",
             "Checklist in use from 6/10/2025.", ["Registered Manager", "Deputy Manager"], "2025-10", None,
             "green"),
        ]),
        (req2, "30/11/2025", [
            ("R2.1", "Monthly quality audit of children’s records by the Responsible Individual, covering:\n"
             "- risk assessments\n- placement plans\n- incident and restraint records", "Responsible Individual",
             "Monthly", "G", "October audit completed; findings shared at team meeting 24/10/2025.",
             ["Responsible Individual"], None, "Monthly", "green"),
            ("R2.2", "Act on the recommendations in Regulation 44 independent visitor reports and record the "
             "response in the Regulation 45 review.", "Registered Manager and Responsible Individual",
             "w/c 24/11/2025", "A", "Regulation 45 review template being revised.",
             ["Registered Manager", "Responsible Individual"], "2025-11", None, "amber"),
        ]),
        (rec1, "", [
            ("Rec1.1", "Key workers to review each child’s placement plan with the child within 5 working days of "
             "any significant change, and at least monthly.", "Deputy Manager", "30/11/2025", "G",
             "Placement plan tracker set up; 3 of 4 plans reviewed in October.", ["Deputy Manager"], "2025-11",
             None, "green"),
        ]),
        (rec2, "", [
            ("Rec2.1", "Raise works orders with Property Services for the kitchen refurbishment and fence "
             "replacement, and chase completion dates.", "Registered Manager", "Jan-26", "A",
             "Fence replaced 20/10/2025. Kitchen works scheduled for January 2026.", ["Registered Manager"],
             "2026-01", None, "amber"),
            ("Rec2.2", "Involve children in choosing colours and furnishings for the refurbished kitchen and "
             "lounge.", "Deputy Manager", "Ongoing", "", "", ["Deputy Manager"], None, "Ongoing", "unrated"),
        ]),
    ]
    lines = []
    pad = lambda *v: list(v) + [""] * (ncol - len(v))
    lines.append(pad(title))
    lines.append(pad("Ofsted full inspection: 16–17 September 2025 | Overall experiences and progress of children "
                     "and young people: requires improvement to be good"))
    lines.append(pad("Action plan owner: Registered Manager | Last reviewed: 28/10/2025"))
    lines.append(pad())
    lines.append(["Ref", "Requirement / recommendation", "Ofsted due date", "Action", "Responsible",
                  "Target date", "RAG", "Update"])
    expected = []
    for text, due, acts in groups:
        for j, (ref, action, resp, target, rag, upd, e_lead, e_end, e_et, e_st) in enumerate(acts):
            lines.append([ref, text if j == 0 else "", due if j == 0 else "", action, resp, target, rag, upd])
            expected.append(act(ref, [text], action, e_lead, e_end, e_st, e_et))
    lines.append(pad())
    lines.append(pad("Key: B = complete; G = on track; A = at risk of slipping; R = overdue"))
    with open(os.path.join(HERE, name), "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerows(lines)

    exp = {
        "source": (
            "Imitates a local authority children's home post-inspection action plan answering the requirements "
            "(with regulation references and Ofsted due dates) and recommendations (with references to the "
            "'Guide to the Children's Homes Regulations, including the quality standards') from an Ofsted full "
            "inspection under the SCCIF (gov.uk SCCIF: children's homes). North Somerset Council, 2025 "
            "(fictional home and content). Copied features: CSV saved from Excel (UTF-8 with BOM, CRLF, title "
            "rows padded with commas), requirement text given only on the first of its action rows, a separate "
            "Ofsted due date beside the action's own target date, multi-line quoted action cell with dash "
            "bullets, day-first dates, 'w/c', 'Monthly', 'Ongoing', RAG letters and a key line at the end."),
        "reads": (
            "Seven actions answering two requirements and two recommendations; the requirement or "
            "recommendation text stands on the first action row and carries down to the blank rows below. "
            "The end is the action's target date, not Ofsted's due date for the requirement; a blank RAG is "
            "unrated."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    }
    write_expected(name, exp)


# ---------------------------------------------------------------------------
# 7. Solihull ILACS improvement plan (tab-separated txt, read)
# ---------------------------------------------------------------------------
def case_solihull():
    name = "jm1-solihull-council-ilacs-improvement-plan.txt"
    title = "Solihull Metropolitan Borough Council – Children’s Services ILACS Improvement Plan"
    ncol = 9
    T1, T2, T3, T4 = "Help and protection", "Leadership and management", "Children in care", "Care leavers"
    W1 = ("The quality and timeliness of assessments and plans for children in need and children subject to "
          "child protection plans.")
    W2 = "The effectiveness of the pre-proceedings stage of the Public Law Outline in reducing delay for children."
    W3 = "The consistency and impact of management oversight and supervision of social work practice."
    W4 = ("The sufficiency of local homes for children in care, including foster carers, so that more children "
          "can live close to their families and communities.")
    W5 = "The help care leavers receive to find suitable accommodation and to take up education, employment or training."
    rows = [
        ("R1.1", T1, W1, "Implement a revised assessment practice standard, with the 45-working-day timescale "
         "tracked weekly through the performance clinic.", "Head of Service (CIN/CP)", "30/06/2025", "", "Blue",
         "Standard launched 2 June 2025. Timeliness 87% in September (71% at inspection).",
         ["Head of Service (CIN/CP)"], "2025-06", None, "blue"),
        ("R1.2", T1, W1, "Introduce SMART plan templates in the case recording system and train all CIN/CP social "
         "workers and team managers.", "Principal Social Worker; Head of Service (CIN/CP)", "Sep-25", "Dec-25",
         "Amber", "System change delayed by supplier release; training delivered to 80% of staff.",
         ["Principal Social Worker", "Head of Service (CIN/CP)"], "2025-12", None, "amber"),
        ("R1.3", T1, W1, "Monthly multi-agency audit of child protection plans, with findings fed back through "
         "practice weeks.", "Okafor, Grace", "Monthly", "", "Green",
         "Audits completed April to October; 64% of plans rated good or better in October.",
         ["Okafor, Grace"], None, "Monthly", "green"),
        ("R2.1", T1, W2, "Establish a weekly legal gateway panel and tracker for all children in pre-proceedings, "
         "with a 16-week review point.", "Head of Service (Court and Permanence)", "31/07/2025", "", "Blue",
         "Panel and tracker in place from July. Average pre-proceedings duration down from 31 to 19 weeks.",
         ["Head of Service (Court and Permanence)"], "2025-07", None, "blue"),
        ("R3.1", T2, W3, "Relaunch the supervision policy, including reflective supervision, and audit compliance "
         "quarterly.", "Principal Social Worker", "Q3 2025/26", "", "Green",
         "Policy relaunched in September; first compliance audit due December.",
         ["Principal Social Worker"], "2025-12", None, "green"),
        ("R3.2", T2, W3, "Deliver the ‘Leading Good Practice’ development programme for all team managers and "
         "senior practitioners.", "Workforce Development Manager & Principal Social Worker", "30/09/2025",
         "31/01/2026", "Amber", "Cohort 1 complete; cohort 2 starts November.",
         ["Workforce Development Manager", "Principal Social Worker"], "2026-01", None, "amber"),
        ("R4.1", T3, W4, "Deliver the Fostering Recruitment and Retention Plan, including a Mockingbird "
         "constellation and an uplift to foster carer allowances.", "Head of Service (Children in Care and Fostering)",
         "Mar-26", "", "Green", "Allowance uplift agreed by Cabinet in July; 6 new households approved.",
         ["Head of Service (Children in Care and Fostering)"], "2026-03", None, "green"),
        ("R4.2", T3, W4, "Open a second council-run children’s home in the north of the borough.",
         "Director of Children’s Services", "December 2026", "", "Green",
         "Property purchased; registration application to Ofsted in spring 2026.",
         ["Director of Children’s Services"], "2026-12", None, "green"),
        ("R5.1", T4, W5, "Agree a joint housing protocol for care leavers with Solihull Community Housing and the "
         "Housing Options service.", "Care Leavers Service Manager", "31/05/2025", "31/08/2025", "Red",
         "Protocol not yet signed – escalated to the Improvement Board in October.",
         ["Care Leavers Service Manager"], "2025-08", None, "red"),
        ("R5.2", T4, W5, "Create ten ring-fenced apprenticeships for care leavers across the Council and partners.",
         "Care Leavers Service Manager; HR Business Partner", "April 2026", "", "", "",
         ["Care Leavers Service Manager", "HR Business Partner"], "2026-04", None, "unrated"),
    ]
    pad = lambda *v: "\t".join(list(v) + [""] * (ncol - len(v)))
    out = [
        pad(title),
        pad("Ofsted inspection of local authority children’s services: 3–14 March 2025 (overall effectiveness: "
            "requires improvement to be good)"),
        pad("Position as at 31 October 2025 – reported to the Children’s Services Improvement Board"),
        pad(),
        "\t".join(["Ref", "Theme", "What needs to improve (Ofsted)", "Action", "Lead officer(s)", "Target date",
                   "Revised date", "RAG", "Commentary"]),
    ]
    expected = []
    for (ref, theme, wni, action, lead, target, revised, rag, comm, e_lead, e_end, e_et, e_st) in rows:
        out.append("\t".join([ref, theme, wni, action, lead, target, revised, rag, comm]))
        expected.append(act(ref, [theme, wni], action, e_lead, e_end, e_st, e_et))
    out.append(pad())
    out.append(pad("Summary: Blue 2 | Green 4 | Amber 2 | Red 1 | Not rated 1 | Total 10"))
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as fh:
        fh.write("\r\n".join(out) + "\r\n")

    exp = {
        "source": (
            "Imitates a council's ILACS improvement plan, the plan councils submit to Ofsted after an inspection "
            "of local authority children's services and report to an improvement board or committee (e.g. "
            "Stockton, Cheshire East and Suffolk ILACS action plans). Solihull MBC, 2025 (fictional content). "
            "Copied features: a flat tab-delimited export of a tracker (title rows padded with tabs, CRLF) in "
            "which every row repeats its theme and Ofsted's 'what needs to improve' text, refs R1.1..R5.2, "
            "target and revised date columns mixing dd/mm/yyyy, Mmm-yy, 'Q3 2025/26', 'Monthly' and "
            "'December 2026', a surname-first lead, posts with brackets such as 'Head of Service (CIN/CP)', "
            "RAG words and a summary line."),
        "reads": (
            "A tab-separated export of ten improvement actions under four themes and five Ofsted improvement "
            "points, each row naming its theme and improvement point. Where a revised date is given it is the "
            "end; a blank RAG is unrated; the last line is a summary, not an action."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    }
    write_expected(name, exp)


if __name__ == "__main__":
    case_south_tyneside()
    case_westmorland()
    case_rutland()
    case_hounslow()
    case_wokingham()
    case_north_somerset()
    case_solihull()
    print("built 7 cases in", HERE)
