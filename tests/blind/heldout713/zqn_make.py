#!/usr/bin/env python3
"""Build the seven zqn- blind test files (set heldout713) and their expected readings.

Run with /work/main/.venv/bin/python (needs openpyxl, python-docx, pyyaml).
Only files starting zqn- / zqn_ in this folder are written.
"""
import csv
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

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zqn-")
    return os.path.join(HERE, name)


def A(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": None if ref is None else Q(ref), "under": list(under), "action": action,
         "lead": list(lead), "end": None if end is None else Q(end)}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


class Lit(str):
    pass


def _lit_rep(dumper, data):
    return dumper.represent_scalar("tag:yaml.org,2002:str", str(data), style=">")


yaml.SafeDumper.add_representer(Lit, _lit_rep)


class Q(str):
    pass


def _q_rep(dumper, data):
    return dumper.represent_scalar("tag:yaml.org,2002:str", str(data), style='"')


yaml.SafeDumper.add_representer(Q, _q_rep)


def write_expected(name, source, reads, outcome, title, actions=None, refuse_at=None,
                   accept_refusal=False):
    doc = {
        "source": Lit(source),
        "reads": Lit(reads),
        "outcome": outcome,
        "accept_refusal": accept_refusal,
    }
    if refuse_at is not None:
        doc["refuse_at"] = refuse_at
    if title is not None:
        doc["title"] = title
    if outcome == "read":
        doc["actions"] = actions
    with open(out(name) + ".expected.yaml", "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100000)


# ---------------------------------------------------------------- xlsx helpers
FILL = {
    "blue": PatternFill(fill_type="solid", fgColor="FF00B0F0"),
    "green": PatternFill(fill_type="solid", fgColor="FF00B050"),
    "amber": PatternFill(fill_type="solid", fgColor="FFFFC000"),
    "red": PatternFill(fill_type="solid", fgColor="FFFF0000"),
    "navy": PatternFill(fill_type="solid", fgColor="FF1F3864"),
    "pale": PatternFill(fill_type="solid", fgColor="FFD9E1F2"),
    "grey": PatternFill(fill_type="solid", fgColor="FFD9D9D9"),
    "teal": PatternFill(fill_type="solid", fgColor="FF005EB8"),
    "paleteal": PatternFill(fill_type="solid", fgColor="FFDEEAF6"),
}
THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
WHITE_BOLD = Font(bold=True, color="FFFFFFFF")


def box_row(ws, r, c1, c2):
    for c in range(c1, c2 + 1):
        cell = ws.cell(row=r, column=c)
        cell.border = BOX
        cell.alignment = WRAP


# ====================================================================== 1
# NHS Sussex ICB - Board Assurance Framework 2025/26 (xlsx) - REFUSE
def make_sussex_baf():
    name = "zqn-nhs-sussex-icb-board-assurance-framework-2025-26-typo-month-refuse.xlsx"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "NHS Sussex Integrated Care Board"
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "Board Assurance Framework 2025/26"
    cov["A2"].font = Font(bold=True, size=14)
    cov["A3"] = "Quarter 3 update – position as at 21 November 2025"
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    hdr = ["Version", "Date", "Author", "Summary of changes"]
    for i, h in enumerate(hdr, 1):
        c = cov.cell(row=6, column=i, value=h)
        c.font = WHITE_BOLD
        c.fill = FILL["teal"]
    rows = [
        ("0.4", dt.datetime(2025, 6, 12), "Head of Risk and Assurance",
         "Q1 refresh following Board development session on risk appetite"),
        ("0.5", dt.datetime(2025, 9, 4), "Head of Risk and Assurance",
         "Q2 update; BAF 5 added (ICB operating model)"),
        ("0.6", dt.datetime(2025, 11, 21), "Head of Risk and Assurance",
         "Q3 update for Board meeting in public, 3 December 2025"),
    ]
    for r, row in enumerate(rows, 7):
        for c, v in enumerate(row, 1):
            cell = cov.cell(row=r, column=c, value=v)
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        box_row(cov, r, 1, 4)
    cov["A11"] = "Presented to: ICB Board (meeting in public), 3 December 2025"
    cov["A12"] = "Executive owner: Director of Corporate Governance"
    cov["A14"] = "Action progress key"
    cov["A14"].font = Font(bold=True)
    key = [("B", "blue", "Complete"), ("G", "green", "On track"),
           ("A", "amber", "At risk – mitigating action in place"),
           ("R", "red", "Off track – escalated to assuring committee")]
    for r, (k, col, txt) in enumerate(key, 15):
        cov.cell(row=r, column=1, value=k).fill = FILL[col]
        cov.cell(row=r, column=2, value=txt)
    cov.column_dimensions["A"].width = 12
    cov.column_dimensions["B"].width = 14
    cov.column_dimensions["C"].width = 30
    cov.column_dimensions["D"].width = 60

    summ = wb.create_sheet("Risk summary")
    sh = ["BAF ref", "Principal risk", "Executive lead", "Assuring committee", "Initial score",
          "Q1", "Q2", "Q3", "Target", "Risk appetite"]
    for i, h in enumerate(sh, 1):
        c = summ.cell(row=1, column=i, value=h)
        c.font = WHITE_BOLD
        c.fill = FILL["teal"]
    srows = [
        ("BAF 1", "Urgent and emergency care", "Chief Delivery Officer", "Quality Committee", 20, 20, 16, 16, 12, "Cautious"),
        ("BAF 2", "Elective recovery and cancer waiting times", "Chief Delivery Officer", "Finance and Performance Committee", 16, 16, 16, 12, 9, "Cautious"),
        ("BAF 3", "Financial sustainability", "Chief Finance Officer", "Finance and Performance Committee", 20, 20, 20, 20, 12, "Open"),
        ("BAF 4", "Mental health access and out of area placements", "Chief Nursing Officer", "Quality Committee", 16, 16, 16, 16, 8, "Cautious"),
        ("BAF 5", "ICB operating model and running cost reduction", "Chief People Officer", "People Committee", 16, None, 16, 20, 12, "Open"),
    ]
    for r, row in enumerate(srows, 2):
        for c, v in enumerate(row, 1):
            summ.cell(row=r, column=c, value=v)
        box_row(summ, r, 1, 10)
    summ.column_dimensions["B"].width = 44
    summ.column_dimensions["C"].width = 24
    summ.column_dimensions["D"].width = 34

    ws = wb.create_sheet("BAF detail")
    ws.merge_cells("A1:G1")
    ws["A1"] = "NHS Sussex ICB – Board Assurance Framework 2025/26: principal risks and actions to address gaps"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A2:G2")
    ws["A2"] = "Position as at 21 November 2025. Risk scores are likelihood x consequence (5 x 5 matrix)."
    widths = {"A": 16, "B": 60, "C": 30, "D": 13, "E": 13, "F": 55, "G": 7}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v

    risks = [
        {
            "head": "BAF 1: Urgent and emergency care",
            "objective": "Improve timely access to urgent and emergency care across Sussex",
            "desc": "If demand for urgent and emergency care continues to exceed planned capacity and discharge delays persist, then patients will experience long waits in emergency departments and delayed ambulance handovers, resulting in avoidable harm and failure to meet the 78% four-hour standard.",
            "lead": "Chief Delivery Officer", "committee": "Quality Committee",
            "scores": ("Initial: 20", "Current: 16", "Target: 12 by March 2026"),
            "gaps": "No single system-wide view of discharge pathway capacity; variation in the use of same day emergency care (SDEC) across the acute sites.",
            "actions": [
                ("1.1", "Implement the Sussex care traffic control centre for discharge pathways 1–3, with daily capacity reporting to the System Coordination Centre.",
                 "Director of Urgent and Emergency Care", dt.datetime(2025, 9, 30), dt.datetime(2025, 12, 31),
                 "Live for East Sussex and Brighton & Hove from 6 October 2025; West Sussex go-live delayed by recruitment of discharge coordinators.", "A"),
                ("1.2", "Agree SDEC minimum operating standards with each acute provider and report compliance monthly to the UEC Board.",
                 "Director of Urgent and Emergency Care; Associate Medical Director", dt.datetime(2025, 10, 31), None,
                 "Standards agreed at UEC Board on 16 October 2025; first compliance report due in December.", "G"),
                ("1.3", "Commission a joint review of ambulance handover escalation with SECAmb and the acute trusts, including the 45-minute release-to-respond protocol.",
                 "Chief Delivery Officer", ("mmm-yy", dt.datetime(2026, 1, 1)), None,
                 "Terms of reference agreed; review team confirmed.", "G"),
            ],
        },
        {
            "head": "BAF 2: Elective recovery and cancer waiting times",
            "objective": "Reduce waiting times for planned care and cancer diagnosis and treatment",
            "desc": "If elective and cancer waiting lists do not reduce in line with the 2025/26 operating plan, then patients will wait longer for treatment, with a risk of harm and failure to meet the 65% 18-week RTT and 80% Faster Diagnosis Standard ambitions.",
            "lead": "Chief Delivery Officer", "committee": "Finance and Performance Committee",
            "scores": ("Initial: 16", "Current: 12", "Target: 9 by March 2026"),
            "gaps": "Validation of long waiting pathways incomplete; diagnostic capacity in East Sussex below plan.",
            "actions": [
                ("2.1", "Validate all pathways waiting over 12 weeks using the national validation sprint funding.",
                 "Director of Planned Care", dt.datetime(2025, 12, 31), None,
                 "71% of the cohort validated at the end of October; 6.2% removed as no longer requiring treatment.", "G"),
                ("2.2", "Extend community diagnostic centre opening at Bognor Regis and Eastbourne to 12 hours a day, 7 days a week.",
                 "Director of Planned Care / Head of Diagnostics", "Q3 2025/26", "Q4 2025/26",
                 "Bognor Regis extended from 1 November 2025. Eastbourne depends on radiographer recruitment; date revised to Q4.", "A"),
                ("2.3", "Implement FIT-led triage on the lower gastrointestinal faster diagnosis pathway in every Sussex primary care network.",
                 "Cancer Alliance Clinical Director", dt.datetime(2026, 3, 31), None,
                 "Live in 31 of 38 PCNs.", "G"),
            ],
        },
        {
            "head": "BAF 3: Financial sustainability",
            "objective": "Deliver a sustainable financial position for the Sussex system",
            "desc": "If the Sussex system does not deliver its 2025/26 efficiency plans and control workforce costs, then it will not achieve the planned break-even position, leading to regulatory intervention and constraints on future investment.",
            "lead": "Chief Finance Officer", "committee": "Finance and Performance Committee",
            "scores": ("Initial: 20", "Current: 20", "Target: 12 by March 2026"),
            "gaps": "Efficiency schemes not fully identified for two providers; temporary staffing spend above plan.",
            "actions": [
                ("3.1", "Establish the system Financial Recovery Board with monthly reporting of efficiency delivery by organisation.",
                 "Chief Finance Officer", dt.datetime(2025, 7, 31), None,
                 "Complete. Financial Recovery Board has met monthly since July 2025.", "B"),
                ("3.2", "Reduce temporary staffing spend across providers in line with the 30% agency reduction target.",
                 "Chief People Officer, Chief Finance Officer", dt.datetime(2026, 3, 31), None,
                 "Agency spend 11% below 2024/25 at month 7 against the 30% target; recovery plans requested from two providers.", "R"),
            ],
        },
        {
            "head": "BAF 4: Mental health access and out of area placements",
            "objective": "Improve access to mental health services for children, young people and adults",
            "desc": "If access to children and young people's mental health services and adult acute inpatient capacity remain constrained, then people will wait too long for care or be placed out of area, resulting in poorer outcomes and experience.",
            "lead": "Chief Nursing Officer", "committee": "Quality Committee",
            "scores": ("Initial: 16", "Current: 16", "Target: 8 by March 2027"),
            "gaps": "No single point of access for children and young people in West Sussex; limited step-down capacity for adult inpatients.",
            "actions": [
                ("4.1", "Reduce inappropriate adult acute out of area placements to zero through the joint bed management hub with Sussex Partnership NHS Foundation Trust.",
                 "Director of Mental Health Commissioning", dt.datetime(2025, 12, 31), None,
                 "Out of area placements down from 19 in April to 7 in October 2025.", "G"),
                ("4.2", "Mobilise the children and young people's mental health single point of access for West Sussex.",
                 "Head of Children and Young People's Commissioning", dt.datetime(2025, 11, 30), "Febuary 2026",
                 "Provider mobilisation delayed by estates works; revised date agreed at Quality Committee on 13 November 2025.", "A"),
            ],
        },
        {
            "head": "BAF 5: ICB operating model and running cost reduction",
            "objective": "Be a well-led organisation that meets its statutory duties",
            "desc": "If the ICB does not complete the move to the new model ICB blueprint and the 50% running cost reduction while maintaining its statutory functions, then delivery of commissioning intentions and staff wellbeing will be put at risk.",
            "lead": "Chief People Officer", "committee": "People Committee",
            "scores": ("Initial: 16", "Current: 20", "Target: 12 by March 2026"),
            "gaps": "National funding for redundancy costs not confirmed; functions transferring to providers not yet agreed.",
            "actions": [
                ("5.1", "Complete consultation on the new ICB structure and confirm the functions transferring to providers.",
                 "Chief People Officer", dt.datetime(2026, 1, 31), None,
                 "Consultation paused pending national guidance on funding for redundancy costs.", "R"),
                ("5.2", "Maintain a register of statutory duties with a named accountable lead for each through the transition.",
                 "Director of Corporate Governance", dt.datetime(2025, 9, 30), None,
                 "Register approved by Audit and Risk Committee on 18 September 2025.", "B"),
            ],
        },
    ]
    rag_fill = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    r = 4
    refuse_row = None
    n_actions = 0
    for risk in risks:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        c = ws.cell(row=r, column=1, value=risk["head"])
        c.font = WHITE_BOLD
        c.fill = FILL["navy"]
        r += 1
        for label, val in (("Strategic objective", risk["objective"]), ("Risk description", risk["desc"])):
            ws.cell(row=r, column=1, value=label).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
            ws.cell(row=r, column=2, value=val)
            box_row(ws, r, 1, 7)
            r += 1
        ws.cell(row=r, column=1, value="Executive lead").font = Font(bold=True)
        ws.cell(row=r, column=2, value=risk["lead"])
        ws.cell(row=r, column=3, value="Assuring committee").font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=7)
        ws.cell(row=r, column=4, value=risk["committee"])
        box_row(ws, r, 1, 7)
        r += 1
        ws.cell(row=r, column=1, value="Risk score").font = Font(bold=True)
        ws.cell(row=r, column=2, value=risk["scores"][0])
        ws.cell(row=r, column=3, value=risk["scores"][1])
        ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=7)
        ws.cell(row=r, column=4, value=risk["scores"][2])
        box_row(ws, r, 1, 7)
        r += 1
        ws.cell(row=r, column=1, value="Gaps in control / assurance").font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
        ws.cell(row=r, column=2, value=risk["gaps"])
        box_row(ws, r, 1, 7)
        r += 1
        for i, h in enumerate(["Ref", "Action to address gap", "Action owner", "Due date",
                               "Revised date", "Progress this quarter", "RAG"], 1):
            c = ws.cell(row=r, column=i, value=h)
            c.font = Font(bold=True)
            c.fill = FILL["pale"]
        box_row(ws, r, 1, 7)
        r += 1
        for ref, act, owner, due, rev, prog, rag in risk["actions"]:
            ws.cell(row=r, column=1, value=ref)
            ws.cell(row=r, column=2, value=act)
            ws.cell(row=r, column=3, value=owner)
            for col, v in ((4, due), (5, rev)):
                if v is None:
                    continue
                if isinstance(v, tuple):
                    cell = ws.cell(row=r, column=col, value=v[1])
                    cell.number_format = v[0]
                elif isinstance(v, dt.datetime):
                    cell = ws.cell(row=r, column=col, value=v)
                    cell.number_format = "dd/mm/yyyy"
                else:
                    ws.cell(row=r, column=col, value=v)
                    if v == "Febuary 2026":
                        refuse_row = r
            ws.cell(row=r, column=6, value=prog)
            g = ws.cell(row=r, column=7, value=rag)
            g.fill = FILL[rag_fill[rag]]
            g.alignment = Alignment(horizontal="center")
            box_row(ws, r, 1, 7)
            r += 1
            n_actions += 1
        r += 1  # blank row between risks
    ws.cell(row=r, column=1, value="Notes: Scores and actions are reviewed monthly by executive leads and quarterly by the assuring committee. Detailed controls and assurances for each risk are held in the ICB risk management system.")
    ws.freeze_panes = "A4"
    wb.active = 2
    wb.save(out(name))
    assert refuse_row is not None and 4 <= n_actions <= 14

    write_expected(
        name,
        source=("Imitates an ICB board assurance framework as published in ICB Board papers for 2024/25 and "
                "2025/26 (e.g. Humber and North Yorkshire ICB Board Assurance Framework 2024-2025 v8; NHS Sussex "
                "ICB Board meeting in public papers). Copied features: cover sheet with document-control table and "
                "action progress key (B/G/A/R with fills), a risk summary sheet of scores by quarter, and a BAF "
                "detail sheet with one block per principal risk (navy merged heading, strategic objective, risk "
                "description, executive lead, scores, gaps in control) followed by an 'actions to address gaps' "
                "table with due date, revised date, progress and RAG."),
        reads=("A Sussex ICB board assurance framework with five principal risks; under each risk an 'actions to "
               "address gaps' table lists twelve actions in all with owners (job titles), due and revised dates "
               "and RAG letters. Action 4.2 has a revised date of 'Febuary 2026', a mistyped month: a careful "
               "reader would stop and ask what the revised date is before reading the plan."),
        outcome="refuse",
        title="Board Assurance Framework 2025/26",
        refuse_at=refuse_row,
    )
    return name, n_actions, refuse_row


# ====================================================================== 2
# Northumbria Healthcare NHSFT - Quality Account priorities tracker 2025/26 (xlsx)
def make_northumbria_qa():
    name = "zqn-northumbria-healthcare-nhsft-quality-account-priorities-tracker-2025-26.xlsx"
    wb = Workbook()
    rm = wb.active
    rm.title = "Read me"
    rm["A1"] = "Quality Account 2025/26 – quality priorities tracker"
    rm["A1"].font = Font(bold=True, size=14)
    rm["A3"] = "Purpose: to track delivery of the quality priorities set out in Part 2 of the Trust's Quality Account 2024/25 (priorities for improvement 2025/26)."
    rm["A4"] = "Owner: Associate Director of Quality and Patient Safety. Updated quarterly for the Safety and Quality Committee."
    rm["A6"] = "RAG key (RAG columns on the tracker use fill colour only)"
    rm["A6"].font = Font(bold=True)
    for r, (col, txt) in enumerate([
            ("blue", "Complete"),
            ("green", "On track to deliver by the target date"),
            ("amber", "Some slippage – recoverable within the year"),
            ("red", "Off track – will not be delivered by the target date without intervention"),
            (None, "No fill – not yet started")], 7):
        c = rm.cell(row=r, column=1, value="")
        if col:
            c.fill = FILL[col]
        c.border = BOX
        rm.cell(row=r, column=2, value=txt)
    rm.column_dimensions["A"].width = 10
    rm.column_dimensions["B"].width = 80

    ws = wb.create_sheet("Q2 tracker")
    widths = {"A": 7, "B": 62, "C": 30, "D": 14, "E": 8, "F": 8, "G": 58}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws.merge_cells("A1:G1")
    ws["A1"] = "Northumbria Healthcare NHS Foundation Trust"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:G2")
    ws["A2"] = "Quality Account 2025/26 – Quality priorities progress tracker (Quarter 2)"
    ws["A2"].font = Font(bold=True, size=12)
    ws.merge_cells("A3:G3")
    ws["A3"] = "Reported to: Safety and Quality Committee, 28 October 2025. RAG columns use fill colour – see the 'Read me' tab for the key."
    ws["A3"].font = Font(italic=True)
    hdr = ["Ref", "Action", "Lead(s)", "Target date", "Q1 RAG", "Q2 RAG", "Q2 progress update"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = WHITE_BOLD
        c.fill = FILL["teal"]
        c.border = BOX
        c.alignment = WRAP

    DOMAIN, PRIORITY = "domain", "priority"
    rows = [
        (DOMAIN, "PATIENT SAFETY"),
        (PRIORITY, "Priority 1: Reduce moderate and severe harm from inpatient falls"),
        ("1.1", "Roll out the enhanced therapeutic observation and care (ETOC) policy to all adult inpatient wards at Northumbria Specialist Emergency Care Hospital, Wansbeck, North Tyneside and Hexham.",
         "Falls Prevention Lead Nurse", ("mmm-yy", dt.datetime(2025, 12, 1)), "green", "green",
         "Live on 24 of 31 wards; remaining wards scheduled for November."),
        ("1.2", "Hold a post-fall huddle within 24 hours of every inpatient fall and share learning through the weekly patient safety summit.",
         "Head of Patient Safety", "Q1 2025/26", "blue", "blue",
         "Complete – electronic huddle template live since June 2025; 92% of falls had a huddle in September."),
        ("1.3", "Audit lying and standing blood pressure recording for patients aged 65 and over and feed back results to ward managers each month.",
         "Matron, Elderly Care", "Ongoing – monthly", "amber", "amber",
         "Compliance 68% in September against a 90% target; targeted teaching on three wards."),
        (DOMAIN, "CLINICAL EFFECTIVENESS"),
        (PRIORITY, "Priority 2: Improve recognition of and response to deteriorating patients (Martha's Rule)"),
        ("2.1", "Extend the Call 4 Concern service so that patients and families can request a rapid review 24 hours a day, 7 days a week.",
         "Critical Care Outreach Lead; Deputy Chief Nurse", dt.datetime(2026, 3, 31), "green", "green",
         "Available 24/7 at NSECH since August; roll-out to the general hospital sites planned for January 2026."),
        ("2.2", "Record an escalation decision in the electronic observations system for every NEWS2 score of 5 or above.",
         "Associate Medical Director for Patient Safety", "Q3 2025/26", "amber", "red",
         "Electronic prompt delayed by the supplier release; manual audit shows 74% compliance."),
        ("2.3", "Complete the sepsis screening audit for emergency admissions and present findings to the Clinical Effectiveness Group.",
         "Sepsis Lead Nurse", ("mmm-yy", dt.datetime(2025, 9, 1)), "green", "blue",
         "Audit presented on 17 September 2025; actions added to the sepsis improvement plan."),
        (DOMAIN, "PATIENT EXPERIENCE"),
        (PRIORITY, "Priority 3: Improve communication with patients and carers at discharge"),
        ("3.1", "Introduce the 'What matters to you' discharge conversation checklist on all medical wards.",
         "Head of Patient Experience", dt.datetime(2025, 11, 30), "green", "green",
         "Checklist in use on 14 of 17 medical wards."),
        ("3.2", "Give patients a plain English discharge letter, with copies sent to their GP and community pharmacy on the day of discharge.",
         "Chief Clinical Information Officer and Head of Pharmacy", dt.datetime(2026, 3, 31), None, "amber",
         "Community pharmacy referral live; plain English template being tested with the Patient Panel."),
        ("3.3", "Extend discharge lounge opening at Wansbeck General Hospital to 8pm on weekdays.",
         "General Manager, Patient Flow", dt.datetime(2025, 11, 30), "green", "green",
         "Extended hours agreed from 3 November; staffing confirmed."),
        ("3.4", "Recruit a carer champion on every inpatient ward and publish the carers' passport.",
         "Carers Lead", ("mmm-yy", dt.datetime(2026, 1, 1)), None, None,
         "Not started – due to begin in Q3 following approval of the Carers Strategy."),
    ]
    r = 6
    n = 0
    for row in rows:
        if row[0] == DOMAIN:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            c = ws.cell(row=r, column=1, value=row[1])
            c.font = Font(bold=True)
            c.fill = FILL["grey"]
        elif row[0] == PRIORITY:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            c = ws.cell(row=r, column=1, value=row[1])
            c.font = Font(bold=True, italic=True)
            c.fill = FILL["paleteal"]
        else:
            ref, act, lead, target, q1, q2, upd = row
            ws.cell(row=r, column=1, value=ref)
            ws.cell(row=r, column=2, value=act)
            ws.cell(row=r, column=3, value=lead)
            if isinstance(target, tuple):
                c = ws.cell(row=r, column=4, value=target[1])
                c.number_format = target[0]
            elif isinstance(target, dt.datetime):
                c = ws.cell(row=r, column=4, value=target)
                c.number_format = "dd/mm/yyyy"
            else:
                ws.cell(row=r, column=4, value=target)
            if q1:
                ws.cell(row=r, column=5).fill = FILL[q1]
            if q2:
                ws.cell(row=r, column=6).fill = FILL[q2]
            ws.cell(row=r, column=7, value=upd)
            n += 1
        box_row(ws, r, 1, 7)
        r += 1
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    ws.cell(row=r, column=1, value="Summary of Q2 position (number of actions): Blue 2 | Green 4 | Amber 2 | Red 1 | Not started 1 | Total 10").font = Font(bold=True)
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    ws.cell(row=r, column=1, value="Notes: Priorities were agreed by the Board of Directors in April 2025 following engagement with governors, staff and Healthwatch. The measures for each priority are on the 'Measures' tab.")
    ws.freeze_panes = "A6"

    ms = wb.create_sheet("Measures")
    mh = ["Priority", "Measure", "2024/25 baseline", "Q1", "Q2", "2025/26 target"]
    for i, h in enumerate(mh, 1):
        c = ms.cell(row=1, column=i, value=h)
        c.font = WHITE_BOLD
        c.fill = FILL["teal"]
    mrows = [
        ("1", "Inpatient falls with moderate harm or above per 1,000 bed days", 0.19, 0.17, 0.16, 0.15),
        ("1", "Percentage of falls with a post-fall huddle within 24 hours", "n/a", "88%", "92%", "90%"),
        ("2", "NEWS2 of 5 or above with escalation decision recorded", "69%", "71%", "74%", "95%"),
        ("2", "Call 4 Concern requests responded to within 1 hour", "91%", "94%", "95%", "95%"),
        ("3", "Inpatient survey: told who to contact if worried after discharge", "72%", "75%", "77%", "80%"),
    ]
    for rr, row in enumerate(mrows, 2):
        for c, v in enumerate(row, 1):
            ms.cell(row=rr, column=c, value=v)
        box_row(ms, rr, 1, 6)
    ms.column_dimensions["B"].width = 62
    wb.active = 1
    wb.save(out(name))

    P1 = ["PATIENT SAFETY", "Priority 1: Reduce moderate and severe harm from inpatient falls"]
    P2 = ["CLINICAL EFFECTIVENESS", "Priority 2: Improve recognition of and response to deteriorating patients (Martha's Rule)"]
    P3 = ["PATIENT EXPERIENCE", "Priority 3: Improve communication with patients and carers at discharge"]
    acts = [
        A("1.1", P1, rows[2][1], ["Falls Prevention Lead Nurse"], "2025-12", "green"),
        A("1.2", P1, rows[3][1], ["Head of Patient Safety"], "2025-06", "blue"),
        A("1.3", P1, rows[4][1], ["Matron, Elderly Care"], None, "amber", end_text="Ongoing – monthly"),
        A("2.1", P2, rows[7][1], ["Critical Care Outreach Lead", "Deputy Chief Nurse"], "2026-03", "green"),
        A("2.2", P2, rows[8][1], ["Associate Medical Director for Patient Safety"], "2025-12", "red"),
        A("2.3", P2, rows[9][1], ["Sepsis Lead Nurse"], "2025-09", "blue"),
        A("3.1", P3, rows[12][1], ["Head of Patient Experience"], "2025-11", "green"),
        A("3.2", P3, rows[13][1], ["Chief Clinical Information Officer", "Head of Pharmacy"], "2026-03", "amber"),
        A("3.3", P3, rows[14][1], ["General Manager, Patient Flow"], "2025-11", "green"),
        A("3.4", P3, rows[15][1], ["Carers Lead"], "2026-01", "unrated"),
    ]
    assert len(acts) == n
    write_expected(
        name,
        source=("Imitates an acute foundation trust's quarterly tracker of its Quality Account priorities for "
                "improvement (Part 2 of the Quality Account), as taken to a Safety and Quality Committee; the "
                "priorities follow the kind published for 2025/26 by north-east trusts (falls, deterioration / "
                "Martha's Rule, discharge communication). Copied features: 'Read me' sheet with a fill-colour RAG "
                "key, tracker sheet with title block, grey domain rows (Patient safety / Clinical effectiveness / "
                "Patient experience) and merged priority rows above numbered actions, fill-only Q1 and Q2 RAG "
                "columns (previous and current), mixed target dates (mmm-yy, dd/mm/yyyy, financial quarters, "
                "'Ongoing – monthly'), a summary line and notes, and a separate Measures sheet."),
        reads=("Northumbria Healthcare's 2025/26 quality priorities tracker at quarter 2: three domains, each with "
               "one priority and numbered actions beneath it (ten actions). Status is the fill colour of the Q2 RAG "
               "cell (the current quarter); one action has no fill in either quarter and is marked not started. "
               "The summary line, notes, key and Measures sheet are not actions."),
        outcome="read",
        title="Quality Account 2025/26 – Quality priorities progress tracker (Quarter 2)",
        actions=acts,
    )
    return name, n


# ====================================================================== 3
# Kare Plus Crawley - CQC home care inspection action plan (xlsx)
def make_kareplus():
    name = "zqn-kare-plus-crawley-cqc-home-care-inspection-action-plan.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    widths = {"A": 13, "B": 42, "C": 5, "D": 55, "E": 28, "F": 14, "G": 46, "H": 12}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws["A1"] = "Kare Plus Crawley"
    ws["A1"].font = Font(bold=True, size=16, color="FF7030A0")
    ws["A2"] = "CQC Inspection Action Plan – Homecare service"
    ws["A2"].font = Font(bold=True, size=13)
    ws["A3"] = "Inspection dates: 12 and 19 August 2025     Report published: 8 October 2025     Overall rating: Requires improvement"
    ws["A4"] = "Owner: Registered Manager     Last reviewed: 14/11/2025     Status key: Complete (blue) / On track (green) / Some delay (amber) / Not met (red)"
    hdr = ["Key question", "Regulation / what CQC found", "No.", "Action we will take", "Lead",
           "Target date", "Progress update", "Status"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=6, column=i, value=h)
        c.font = WHITE_BOLD
        c.fill = PatternFill(fill_type="solid", fgColor="FF7030A0")
        c.border = BOX
        c.alignment = WRAP

    F12 = "Regulation 12 Safe care and treatment: Medicines were not always managed safely. Electronic medication records had gaps and time-specific medicines were not always given at the right time."
    F19 = "Regulation 19 Fit and proper persons employed: Recruitment checks were not always completed before staff started work, including full employment histories and references."
    F17 = "Regulation 17 Good governance: Quality assurance systems did not identify the issues found at inspection, and call monitoring data was not used to improve call times."
    FSI = "Should improve: Care plans did not always reflect people's preferences, life history and communication needs."
    status_fill = {"Complete": "blue", "On track": "green", "Some delay": "amber", "Not met": "red"}
    acts_rows = [
        # (kq, finding, no, action, lead, target, progress, status)
        ("Safe", F12, 1, "Reassess medication competency for every care worker who gives medicines, including an observed practice check.",
         "Field Care Supervisor", dt.datetime(2025, 9, 30), "All 46 care workers reassessed; 3 given further training and reassessed.", "Complete"),
        ("Safe", F12, 2, "Set up eMAR alerts to the on-call coordinator for missed or late time-specific medicines (for example Parkinson's medicines and insulin).",
         "Care Coordinator & Registered Manager", dt.datetime(2025, 10, 31), "Alerts live from 20 October; on-call log checked every morning.", "Complete"),
        ("Safe", F12, 3, "Audit 10% of eMAR records every week and review the findings at the monthly governance meeting.",
         "Registered Manager", "Weekly – ongoing", "Audits done every week since 1 September; recording errors down from 14 to 3 a month.", "On track"),
        ("Safe", F19, 4, "Audit all staff files against Schedule 3 and obtain any missing references or explanations of gaps in employment.",
         "Recruitment Administrator", dt.datetime(2025, 10, 31), "41 of 46 files complete; 5 waiting for references from previous employers.", "Some delay"),
        ("Safe", F19, 5, "Introduce a pre-start checklist signed off by the Registered Manager before any new starter is put on the rota.",
         "Registered Manager", dt.datetime(2025, 9, 15), "Checklist used for all new starters since 15 September.", "Complete"),
        ("Well-led", F17, 6, "Produce a monthly quality dashboard (call punctuality, missed calls, medication errors, complaints) and review it with the Kare Plus network Quality Manager.",
         "Registered Manager; Kare Plus Quality Manager", dt.datetime(2025, 11, 30), "First dashboard produced from October data.", "On track"),
        ("Well-led", F17, 7, "Review call monitoring exceptions every day and contact the person when a call is more than 30 minutes late.",
         "Care Coordinators", "Ongoing", "Exceptions reviewed daily; late calls down from 9% to 5% of calls.", "On track"),
        ("Well-led", F17, 8, "Survey the people we support and their relatives and publish a 'You said, we did' summary.",
         "Director", ("mmm-yy", dt.datetime(2025, 12, 1)), "Survey sent out on 3 November; 38 replies so far.", "On track"),
        ("Responsive", FSI, 9, "Review and rewrite care plans with people and their families so they include life history, preferences and communication needs.",
         "Field Care Supervisor", dt.datetime(2026, 1, 31), "22 of 61 care plans reviewed; extra supervisor hours agreed from December.", "Some delay"),
    ]
    first = 7
    r = first
    for kq, fnd, no, act, lead, target, prog, st in acts_rows:
        ws.cell(row=r, column=3, value=no)
        ws.cell(row=r, column=4, value=act)
        ws.cell(row=r, column=5, value=lead)
        if isinstance(target, tuple):
            c = ws.cell(row=r, column=6, value=target[1])
            c.number_format = target[0]
        elif isinstance(target, dt.datetime):
            c = ws.cell(row=r, column=6, value=target)
            c.number_format = "dd/mm/yyyy"
        else:
            ws.cell(row=r, column=6, value=target)
        ws.cell(row=r, column=7, value=prog)
        sc = ws.cell(row=r, column=8, value=st)
        sc.fill = FILL[status_fill[st]]
        box_row(ws, r, 1, 8)
        r += 1
    last = r - 1

    # vertical merges for key question and finding, value in the top cell only
    def vmerge(col, values):
        start = first
        i = 0
        while i < len(values):
            j = i
            while j + 1 < len(values) and values[j + 1] == values[i]:
                j += 1
            top = first + i
            ws.cell(row=top, column=col, value=values[i])
            if j > i:
                ws.merge_cells(start_row=top, start_column=col, end_row=first + j, end_column=col)
            i = j + 1

    vmerge(1, [a[0] for a in acts_rows])
    vmerge(2, [a[1] for a in acts_rows])
    for rr in range(first, last + 1):
        ws.cell(row=rr, column=1).font = Font(bold=True)
        ws.cell(row=rr, column=1).alignment = WRAP
        ws.cell(row=rr, column=2).alignment = WRAP
    r = last + 2
    ws.cell(row=r, column=1, value="Notes: This plan was sent to CQC on 5 November 2025. Evidence for completed actions is kept in the shared drive (Compliance > CQC 2025).")
    r += 1
    ws.cell(row=r, column=1, value="Signed: Registered Manager     Date: 14/11/2025")
    ws.freeze_panes = "A7"
    wb.save(out(name))

    U = {F12: ["Safe", F12], F19: ["Safe", F19], F17: ["Well-led", F17], FSI: ["Responsive", FSI]}
    exp_lead = {
        1: ["Field Care Supervisor"], 2: ["Care Coordinator", "Registered Manager"], 3: ["Registered Manager"],
        4: ["Recruitment Administrator"], 5: ["Registered Manager"],
        6: ["Registered Manager", "Kare Plus Quality Manager"], 7: ["Care Coordinators"], 8: ["Director"],
        9: ["Field Care Supervisor"],
    }
    exp_end = {1: ("2025-09", None), 2: ("2025-10", None), 3: (None, "Weekly – ongoing"), 4: ("2025-10", None),
               5: ("2025-09", None), 6: ("2025-11", None), 7: (None, "Ongoing"), 8: ("2025-12", None),
               9: ("2026-01", None)}
    exp_status = {"Complete": "blue", "On track": "green", "Some delay": "amber", "Not met": "red"}
    acts = []
    for kq, fnd, no, act, lead, target, prog, st in acts_rows:
        e, et = exp_end[no]
        acts.append(A(str(no), U[fnd], act, exp_lead[no], e, exp_status[st], end_text=et))
    write_expected(
        name,
        source=("Imitates the action plan a small domiciliary care franchise branch returns to CQC after a "
                "'Requires improvement' homecare inspection (breaches of Regulations 12, 17 and 19 plus a should-"
                "improve), as kept by the registered manager in Excel. Copied features: branch name and plan title "
                "block with inspection and publication dates and rating, a status key written in the header, key "
                "question and regulation/finding cells merged down over their actions, numbered actions, job titles "
                "as leads (some joint with '&' or ';'), dd/mm/yyyy and mmm-yy target dates, 'Weekly – ongoing' and "
                "'Ongoing' targets, status words with matching fill, and notes/sign-off lines at the foot."),
        reads=("Kare Plus Crawley's CQC action plan: nine numbered actions grouped by CQC key question (Safe, "
               "Well-led, Responsive) and by the regulation breach or should-improve finding, each finding cell "
               "merged down over its actions. Each action has a lead, target date, progress update and a status "
               "word read through the key in the header (Some delay = amber)."),
        outcome="read",
        title="CQC Inspection Action Plan – Homecare service",
        actions=acts,
    )
    return name, len(acts)


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    """Put text in a cell; inner line breaks become separate paragraphs."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    for part in parts[1:]:
        p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold


# ====================================================================== 4
# Solent NHS Trust - CQC must do / should do action plan (docx)
def make_solent():
    name = "zqn-solent-nhs-trust-cqc-must-should-do-action-plan.docx"
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Solent NHS Trust")
    r.bold = True
    r.font.size = Pt(12)
    r.font.color.rgb = RGBColor(0x00, 0x5E, 0xB8)
    doc.add_heading("CQC Inspection Action Plan 2025", level=0)
    doc.add_paragraph("Response to the Must Do and Should Do actions from the CQC inspection of 10 to 12 June 2025 "
                      "(report published 19 August 2025)")

    doc.add_paragraph().add_run("Document control").bold = True
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Approved by"]):
        set_cell(c, h, bold=True)
    for row in [("1.0", "16/09/2025", "Head of Quality Governance", "Quality and Safety Committee"),
                ("1.1", "18/11/2025", "Head of Quality Governance", "Executive Quality Group")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)

    doc.add_paragraph()
    doc.add_paragraph().add_run("RAG rating key").bold = True
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, fill, txt in [("B", "00B0F0", "Complete – evidence of completion reviewed by the Executive Quality Group"),
                         ("G", "00B050", "On track"),
                         ("A", "FFC000", "At risk of not meeting the completion date"),
                         ("R", "FF0000", "Completion date missed")]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        shade(cells[0], fill)
        set_cell(cells[1], txt)

    HDR = ["Ref", "Action", "Lead", "Completion date", "Progress / evidence", "RAG"]
    RAGF = {"B": "00B0F0", "G": "00B050", "A": "FFC000", "R": "FF0000"}

    sections = [
        ("Section 1: Acute wards for adults of working age and psychiatric intensive care units", [
            ("MD1 The trust must ensure that ligature risk assessments are reviewed at least annually and after any change to the ward environment, and that staff know where ligature anchor points are. (Regulation 12)", [
                ("1.1", "Complete an updated ligature risk assessment for each ward, signed off by the Health and Safety Lead and the Modern Matron.",
                 "Modern Matron, Acute Inpatients", "31/08/2025", "All assessments completed on 28 August 2025 and stored on the quality SharePoint site.", "B"),
                ("1.2", "Include ligature point heat maps in the local induction for all permanent, bank and agency staff, and check staff understanding in the monthly environmental audit.",
                 "Ward Managers", "31/10/2025", "Heat maps displayed in ward offices and induction checklist updated. Audit: 96% (September), 98% (October). Awaiting November audit before closure.", "G"),
            ]),
            ("MD2 The trust must ensure that patients' physical health observations are completed and escalated in line with the NEWS2 policy after rapid tranquillisation. (Regulation 12)", [
                ("2.1", "Introduce a post rapid tranquillisation monitoring chart with mandatory fields in the electronic patient record (SystmOne).",
                 "Chief Clinical Information Officer", "December 2025", "Build complete; user testing in progress.", "G"),
                ("2.2", "Deliver physical health and NEWS2 refresher training to all registered and unregistered inpatient staff.",
                 "Physical Health Lead Nurse / Practice Educator", "31/01/2026", "71% of staff trained at 31 October 2025.", "A"),
            ]),
            ("SD1 The trust should ensure that patients are involved in planning their care and are offered a copy of their care plan. (Regulation 9)", [
                ("3.1", "Audit care plans each month for evidence of patient involvement and the offer of a copy, and share results at ward quality meetings.",
                 "Ward Managers", "Monthly – ongoing", "September audit 82%; October audit 88%.", "G"),
            ]),
        ]),
        ("Section 2: Community health services for adults", [
            ("MD3 The trust must ensure that there are enough suitably qualified community nursing staff to meet patients' needs, and that caseloads are reviewed and risk assessed. (Regulation 18)", [
                ("4.1", "Implement the Safer Nursing Care Tool for community nursing teams and review caseload acuity twice a year.",
                 "Deputy Chief Nurse", "Q4 2025/26", "First data collection completed in October 2025.", "G"),
                ("4.2", "Recruit to band 5 and band 6 community nursing vacancies through the rolling recruitment campaign, including international recruitment.",
                 "Head of Community Nursing, Portsmouth; Head of Community Nursing, Southampton", "31/03/2026", "Vacancy rate reduced from 14.2% to 9.8%; 11 international nurses in OSCE preparation.", "A"),
            ]),
            ("SD2 The trust should ensure that staff complete mandatory safeguarding adults level 3 training. (Regulation 18)", [
                ("5.1", "Provide additional safeguarding adults level 3 training dates and send monthly compliance reports to team leaders.",
                 "Named Nurse for Safeguarding Adults", "30/11/2025", "Compliance 91% against a 90% target.", "B"),
            ]),
        ]),
        ("Section 3: Well-led (trust-wide)", [
            ("SD3 The trust should ensure that learning from incidents and complaints is consistently shared with frontline teams. (Regulation 17)", [
                ("6.1", "Publish a monthly 'Learning Matters' bulletin and make learning a standing item on team meeting agendas.",
                 "Head of Patient Safety", "30/09/2025", "Bulletin published every month since July 2025.", "B"),
                ("6.2", "Survey frontline staff to test awareness of recent learning and report the results to the Quality and Safety Committee.",
                 "Head of Patient Safety; Head of Patient Experience", "March 2026", "Survey questions drafted with the staff experience team.", "G"),
            ]),
        ]),
    ]
    n = 0
    for sec, findings in sections:
        doc.add_heading(sec, level=1)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, HDR):
            set_cell(c, h, bold=True)
            shade(c, "D9E1F2")
        for finding, actions in findings:
            row = t.add_row()
            m = row.cells[0].merge(row.cells[5])
            set_cell(m, finding, bold=True)
            shade(m, "F2F2F2")
            for ref, act, lead, date, prog, rag in actions:
                cells = t.add_row().cells
                for c, v in zip(cells, [ref, act, lead, date, prog, rag]):
                    set_cell(c, v)
                shade(cells[5], RAGF[rag])
                n += 1
        doc.add_paragraph()
    doc.add_paragraph("Progress against this plan is reported monthly to the Executive Quality Group and quarterly "
                      "to the Quality and Safety Committee. Actions are closed only when the evidence has been reviewed.")
    doc.save(out(name))

    exp_lead = {
        "1.1": ["Modern Matron, Acute Inpatients"], "1.2": ["Ward Managers"],
        "2.1": ["Chief Clinical Information Officer"], "2.2": ["Physical Health Lead Nurse", "Practice Educator"],
        "3.1": ["Ward Managers"], "4.1": ["Deputy Chief Nurse"],
        "4.2": ["Head of Community Nursing, Portsmouth", "Head of Community Nursing, Southampton"],
        "5.1": ["Named Nurse for Safeguarding Adults"], "6.1": ["Head of Patient Safety"],
        "6.2": ["Head of Patient Safety", "Head of Patient Experience"],
    }
    exp_end = {"1.1": ("2025-08", None), "1.2": ("2025-10", None), "2.1": ("2025-12", None),
               "2.2": ("2026-01", None), "3.1": (None, "Monthly – ongoing"), "4.1": ("2026-03", None),
               "4.2": ("2026-03", None), "5.1": ("2025-11", None), "6.1": ("2025-09", None),
               "6.2": ("2026-03", None)}
    st_map = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    acts = []
    for sec, findings in sections:
        for finding, actions in findings:
            for ref, act, lead, date, prog, rag in actions:
                e, et = exp_end[ref]
                acts.append(A(ref, [sec, finding], act, exp_lead[ref], e, st_map[rag], end_text=et))
    assert len(acts) == n
    write_expected(
        name,
        source=("Imitates an NHS community and mental health trust's action plan responding to the Must Do (MD) "
                "and Should Do (SD) actions in a CQC core-service inspection report, as taken to its Quality and "
                "Safety Committee (CQC inspected Solent NHS Trust's acute wards/PICU and community health services "
                "for adults in earlier rounds). Copied features: trust name and plan title, document-control table, "
                "B/G/A/R key table with shaded cells, one Word table per core service under a section heading, each "
                "MD/SD finding (with its regulation) as a shaded full-width merged row above its numbered actions, "
                "job-title leads (joint leads with '/' and ';'), mixed completion dates (dd/mm/yyyy, month name, Q4 "
                "2025/26, 'Monthly – ongoing'), progress/evidence and RAG letter cells with fill."),
        reads=("Solent NHS Trust's CQC action plan: three sections (two core services and trust-wide well-led), "
               "each a table in which the must-do or should-do finding is a merged row with its numbered actions "
               "beneath (ten actions). Each action has a lead, completion date, progress and a RAG letter; the "
               "document-control and RAG key tables are not actions."),
        outcome="read",
        title="CQC Inspection Action Plan 2025",
        actions=acts,
    )
    return name, n


# ====================================================================== 5
# Betsi Cadwaladr UHB - HIW Hergest Unit mental health inspection improvement plan (docx)
def make_betsi_hiw():
    name = "zqn-betsi-cadwaladr-uhb-hiw-hergest-unit-mental-health-improvement-plan.docx"
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading("Improvement plan – Hergest Unit, Ysbyty Gwynedd", level=0)
    doc.add_paragraph("Betsi Cadwaladr University Health Board – response to the Healthcare Inspectorate Wales "
                      "unannounced mental health hospital inspection, 9 to 11 June 2025")

    doc.add_heading("Appendix A – Summary of concerns resolved during the inspection", level=1)
    doc.add_paragraph("The table below summarises the concerns identified and escalated during our inspection. Due to "
                      "the impact/potential impact on patient care and treatment these concerns needed to be addressed "
                      "straight away, during the inspection.")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Immediate concerns identified", "Impact/potential impact on patient care and treatment",
                                      "How we escalated the concern", "How the concern was resolved"]):
        set_cell(c, h, bold=True)
        shade(c, "D9D9D9")
    for row in [
        ("The resuscitation trolley on Aneurin ward had not been checked for seven days.",
         "Emergency equipment may not be available or in date when needed.",
         "This was raised with the nurse in charge.",
         "The trolley was checked and restocked during the inspection and the daily check was added to the shift handover sheet."),
        ("A clinic room fridge temperature had been recorded above the safe range on three days without action.",
         "Medicines may not be effective if stored at the wrong temperature.",
         "This was raised with the ward manager and the pharmacist.",
         "The medicines were quarantined and replaced by pharmacy, and the fridge was replaced on 11 June 2025."),
    ]:
        for c, v in zip(t.add_row().cells, row):
            set_cell(c, v)

    HDR = ["Improvement needed", "Standard / Regulation", "Service action", "Responsible officer", "Timescale"]

    def plan_table(rows):
        t = doc.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, HDR):
            set_cell(c, h, bold=True)
            shade(c, "D9D9D9")
        for row in rows:
            for c, v in zip(t.add_row().cells, row):
                set_cell(c, v)

    def rep_block(name_, role, date):
        doc.add_paragraph("The following section must be completed by a representative of the service with overall "
                          "responsibility and accountability for ensuring the improvement plan is actioned.")
        t = doc.add_table(rows=3, cols=2)
        t.style = "Table Grid"
        for i, (k, v) in enumerate([("Name (print):", name_), ("Job role:", role), ("Date:", date)]):
            set_cell(t.rows[i].cells[0], k, bold=True)
            set_cell(t.rows[i].cells[1], v)

    B = "Appendix B – Immediate improvement plan"
    doc.add_heading(B, level=1)
    doc.add_paragraph("Service: Hergest Unit, Ysbyty Gwynedd")
    doc.add_paragraph("Date of inspection: 9 – 11 June 2025")
    doc.add_paragraph("The table below includes any immediate non-compliance concerns about patient safety identified "
                      "during the inspection where we require the service to complete an immediate improvement plan "
                      "telling us about the urgent actions they are taking.")
    imm = [
        ("The health board must ensure that the staff alarm call system on Cynan ward is repaired so that staff can summon assistance from all areas of the ward.",
         "Health and Care Quality Standards – Safe",
         "The call system was repaired by Estates on 13 June 2025.\nA weekly test of every call point has been added to the ward environmental checklist and is recorded on the ward safety board.",
         "Senior Estates Officer (West)\nWard Manager, Cynan ward", "13 June 2025"),
        ("The health board must ensure that all staff working on the unit, including bank and agency staff, have up to date training in the reduction and management of violence and aggression before they work a shift.",
         "Health and Care Quality Standards – Safe; Workforce",
         "A list of staff whose training has lapsed was produced on 12 June 2025 and all of them have been booked onto training.\nThe rostering team will not book bank or agency staff who cannot show current training.",
         "Head of Nursing, Mental Health and Learning Disabilities (West)", "31 July 2025"),
    ]
    plan_table(imm)
    rep_block("Elin Hughes", "Director of Nursing, Mental Health and Learning Disabilities Division", "20 June 2025")

    C = "Appendix C – Improvement plan"
    doc.add_heading(C, level=1)
    doc.add_paragraph("Service: Hergest Unit, Ysbyty Gwynedd")
    doc.add_paragraph("Date of inspection: 9 – 11 June 2025")
    doc.add_paragraph("The table below includes any other improvements identified during the inspection where we "
                      "require the service to complete an improvement plan telling us about the actions they are "
                      "taking to address these areas.")
    imp = [
        ("The health board must ensure that Care and Treatment Plans are reviewed in line with the Mental Health (Wales) Measure 2010 and record patients' views.",
         "Health and Care Quality Standards – Person-centred; Mental Health (Wales) Measure 2010",
         "A monthly audit of Care and Treatment Plans will be completed on each ward using the divisional audit tool, with results reported to the Quality, Safety and Experience Group.",
         "Ward Managers", "September 2025"),
        ("The health board must ensure that records of restraint are fully completed on Datix, including the type and duration of the hold.",
         "Health and Care Quality Standards – Safe",
         "Restraint reporting guidance has been reissued to all staff.\nThe Least Restrictive Practice Lead will review every restraint incident weekly and give feedback to ward managers.",
         "Least Restrictive Practice Lead", "August 2025"),
        ("The health board must ensure that Mental Health Act documentation is completed correctly, including section 17 leave forms being signed and dated by the responsible clinician.",
         "Mental Health Act 1983; Mental Health Act 1983 Code of Practice for Wales",
         "The Mental Health Act Administrator will audit section 17 leave forms every fortnight, and responsible clinicians will be reminded of their duties at the medical staff meeting.",
         "Mental Health Act Manager & Clinical Director", "31 October 2025"),
        ("The health board must ensure that the environment on Taliesin ward is improved, including redecoration of communal areas and replacement of damaged furniture.",
         "Health and Care Quality Standards – Safe; Effective",
         "A redecoration programme has been agreed with Estates and capital funding has been requested for replacement furniture.",
         "Senior Estates Officer (West)", "March 2026"),
        ("The health board must continue its efforts to recruit registered nurses to reduce reliance on bank and agency staff.",
         "Health and Care Quality Standards – Workforce",
         "Rolling recruitment for registered mental health nurses, including attendance at Bangor University recruitment events and early offers to newly qualified nurses.",
         "Head of Nursing, Mental Health and Learning Disabilities (West)", "Ongoing"),
        ("The health board must ensure that patients have access to a range of therapeutic activities in the evenings and at weekends.",
         "Health and Care Quality Standards – Person-centred",
         "Activity coordinator hours will be extended to cover evenings and weekends, with a weekly activity timetable displayed on each ward.\nPatient feedback on activities will be gathered each month at ward community meetings.",
         "Lead Occupational Therapist", "December 2025"),
    ]
    plan_table(imp)
    rep_block("Elin Hughes", "Director of Nursing, Mental Health and Learning Disabilities Division", "8 August 2025")
    doc.save(out(name))

    acts = [
        A(None, [B, imm[0][0]], imm[0][2], ["Senior Estates Officer (West)", "Ward Manager, Cynan ward"], "2025-06", "unrated"),
        A(None, [B, imm[1][0]], imm[1][2], ["Head of Nursing, Mental Health and Learning Disabilities (West)"], "2025-07", "unrated"),
        A(None, [C, imp[0][0]], imp[0][2], ["Ward Managers"], "2025-09", "unrated"),
        A(None, [C, imp[1][0]], imp[1][2], ["Least Restrictive Practice Lead"], "2025-08", "unrated"),
        A(None, [C, imp[2][0]], imp[2][2], ["Mental Health Act Manager", "Clinical Director"], "2025-10", "unrated"),
        A(None, [C, imp[3][0]], imp[3][2], ["Senior Estates Officer (West)"], "2026-03", "unrated"),
        A(None, [C, imp[4][0]], imp[4][2], ["Head of Nursing, Mental Health and Learning Disabilities (West)"], None, "unrated", end_text="Ongoing"),
        A(None, [C, imp[5][0]], imp[5][2], ["Lead Occupational Therapist"], "2025-12", "unrated"),
    ]
    write_expected(
        name,
        source=("Imitates the appendices of a Healthcare Inspectorate Wales mental health hospital inspection report "
                "as completed by a Welsh health board (HIW reports such as the Wrexham Maelor ED follow-up "
                "inspection and Cardiff and Vale ward inspections carry the same appendices). Copied features: "
                "Appendix A summary of concerns resolved during the inspection (not a plan), Appendix B immediate "
                "improvement plan and Appendix C improvement plan, each with 'Service' and 'Date of inspection' "
                "lines, the HIW five-column table (Improvement needed | Standard / Regulation | Service action | "
                "Responsible officer | Timescale) with no refs or status, multi-paragraph service action cells, two "
                "officers on separate lines in one cell, and the service representative sign-off block after each "
                "plan."),
        reads=("Betsi Cadwaladr UHB's improvement plan after HIW's inspection of the Hergest Unit: two immediate "
               "improvements (Appendix B) and six further improvements (Appendix C), each row an inspectors' "
               "'improvement needed' with the health board's service action, responsible officer(s) and timescale. "
               "Appendix A lists concerns already resolved on the day and the sign-off tables are not actions; "
               "there are no refs and no status."),
        outcome="read",
        title="Improvement plan – Hergest Unit, Ysbyty Gwynedd",
        actions=acts,
    )
    return name, len(acts)


# ====================================================================== 6
# Royal Berkshire NHSFT - PSII safety action plan, misplaced NG tube (csv)
def make_rbft_psii():
    name = "zqn-royal-berkshire-nhsft-psii-misplaced-nasogastric-tube-safety-action-plan.csv"
    AFI1 = "AFI 1 – Interpretation of X-rays to confirm nasogastric tube position"
    AFI2 = "AFI 2 – Bedside pH testing and documentation"
    AFI3 = "AFI 3 – Communication of nasogastric tube status at handover"
    header = ["Area for improvement", "Safety action ID", "Safety action", "Action owner", "Target date",
              "Revised target date", "RAG", "Progress notes", "How effectiveness will be measured"]
    rows = [
        (AFI1, "SA1.1", "Make completion of the NG tube X-ray confirmation form in the electronic patient record mandatory before a tube can be marked 'safe to use'.",
         "Chief Clinical Information Officer", "30/09/2025", "31/12/2025", "Amber",
         "Form built; go-live moved to December to align with the EPR upgrade.", "Monthly audit of 20 NG tube insertions"),
        (AFI1, "SA1.2", "Limit authorisation of NG tube position on X-ray to doctors who have completed the e-learning and a supervised competency assessment, with the list of competent doctors held on the intranet.",
         "Deputy Medical Director; Postgraduate Medical Education Lead", "31/10/2025", "", "Green",
         "Competency list live; 84% of foundation and core trainees assessed.", "Quarterly competency compliance report to Patient Safety Group"),
        (AFI1, "SA1.3", "Radiology to add a standard NG tube position statement to the report of any X-ray requested for NG tube confirmation, within 1 hour of the request.",
         "Clinical Director, Radiology", "30/11/2025", "", "Green",
         "Report template agreed; reporting time audit under way.", "Turnaround time audit (target 95% within 1 hour)"),
        (AFI2, "SA2.1", "Replace pH strips on all adult inpatient wards with the CE-marked strips approved by the Nutrition Steering Group.\nRemove all other pH strips from ward stock.",
         "Lead Nurse, Nutrition Support Team", "31/08/2025", "", "Blue",
         "Completed 22/08/2025; ward stock check by Procurement confirmed.", "Spot checks of ward stock"),
        (AFI2, "SA2.2", "Update the NG tube insertion and confirmation checklist to include a second-person check of the pH reading before the tube is first used.",
         "Lead Nurse, Nutrition Support Team", "31/10/2025", "", "Blue",
         "Checklist version 4 approved and in use from 6 October 2025.", "Documentation audit of checklists"),
        (AFI3, "SA3.1", "Add NG tube status (position confirmed / not confirmed) to the nursing and medical handover tool on all adult inpatient wards.",
         "Matron, Acute Medicine", "30/11/2025", "28/02/2026", "Red",
         "Handover tool change not yet scheduled by the EPR team; escalated to the Digital Board.", "Handover observation audit"),
        (AFI3, "SA3.2", "Deliver simulation training on NG tube safety at the multidisciplinary safety huddle sessions on medical wards.",
         "Clinical Skills and Simulation Lead", "Q4 2025/26", "", "",
         "Not started – sessions booked from January 2026.", "Attendance records and pre/post confidence survey"),
    ]
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["Royal Berkshire NHS Foundation Trust – Patient Safety Incident Investigation: safety action plan"])
        w.writerow(["PSII reference: PSII-2025-014 | Incident: feeding via misplaced nasogastric tube (Never Event) | Report approved: 02/07/2025 | Export date: 24/11/2025"])
        w.writerow([])
        w.writerow(header)
        for row in rows:
            w.writerow(row)
        w.writerow([])
        w.writerow(["RAG key: Blue = complete and evidence accepted by the Patient Safety Incident Review Group; Green = on track; Amber = at risk of missing target date; Red = target date missed"])

    lead = {"SA1.1": ["Chief Clinical Information Officer"],
            "SA1.2": ["Deputy Medical Director", "Postgraduate Medical Education Lead"],
            "SA1.3": ["Clinical Director, Radiology"], "SA2.1": ["Lead Nurse, Nutrition Support Team"],
            "SA2.2": ["Lead Nurse, Nutrition Support Team"], "SA3.1": ["Matron, Acute Medicine"],
            "SA3.2": ["Clinical Skills and Simulation Lead"]}
    end = {"SA1.1": "2025-12", "SA1.2": "2025-10", "SA1.3": "2025-11", "SA2.1": "2025-08",
           "SA2.2": "2025-10", "SA3.1": "2026-02", "SA3.2": "2026-03"}
    stt = {"Amber": "amber", "Green": "green", "Blue": "blue", "Red": "red", "": "unrated"}
    acts = [A(r[1], [r[0]], r[2], lead[r[1]], end[r[1]], stt[r[6]]) for r in rows]
    write_expected(
        name,
        source=("Imitates a PSIRF patient safety incident investigation (PSII) safety action plan exported from an "
                "acute trust's incident management system (InPhase/Datix style export) for a misplaced nasogastric "
                "tube Never Event; areas for improvement and safety actions follow NHS England's PSII report "
                "template and the NHS Improvement NG tube placement alert themes (X-ray interpretation, pH testing, "
                "handover). Copied features: title and reference lines above the header row, one row per safety "
                "action with the area for improvement repeated on every row, SA ids, owners as job titles, target "
                "and revised target dates (dd/mm/yyyy, Q4 2025/26), RAG words, progress notes, measurement column, "
                "a quoted field with an inner line break, and a RAG key line at the foot."),
        reads=("Royal Berkshire's PSII safety action plan for a misplaced NG tube: seven safety actions under three "
               "areas for improvement, each with an owner, a target date (and for two a revised target date, "
               "which is the end), a RAG word (Blue = complete per the key line) and progress notes. SA3.2 has no "
               "RAG and is not started."),
        outcome="read",
        title="Royal Berkshire NHS Foundation Trust – Patient Safety Incident Investigation: safety action plan",
        actions=acts,
    )
    return name, len(acts)


# ====================================================================== 7
# Thornfield House Nursing Home - RQIA care inspection QIP (plain text export)
def make_thornfield_qip():
    name = "zqn-thornfield-house-nursing-home-rqia-care-inspection-quality-improvement-plan.txt"
    REG = "Action required to ensure compliance with The Nursing Homes Regulations (Northern Ireland) 2005"
    STD = "Action required to ensure compliance with the Care Standards for Nursing Homes (December 2022)"
    areas = [
        (REG, "1", "Regulation 13 (7)", "First time", "5 March 2025",
         "The registered person shall ensure that the infection prevention and control issues identified during this inspection are addressed, including the storage of equipment in bathrooms and the cleaning of commode frames.",
         "5.2.3",
         "Equipment has been removed from all bathrooms and a new storage room has been created on the first floor. Commode frames are cleaned after each use and checked on the night cleaning schedule. The manager completes a weekly IPC walkround and records the outcome."),
        (REG, "2", "Regulation 14 (2) (a) (c)", "Second time", "With immediate effect",
         "The registered person shall ensure that all parts of the home to which patients have access are free from hazards to their safety. This relates to the secure storage of thickening agents and cleaning chemicals.",
         "5.2.3",
         "Thickening agents are now stored in a locked cupboard in each dining room. COSHH products are locked away when not in use and this is checked at every shift handover by the nurse in charge."),
        (REG, "3", "Regulation 20 (1) (c) (i)", "First time", "30 April 2025",
         "The registered person shall ensure that all staff complete mandatory training in fire safety and adult safeguarding, and that compliance is monitored by the manager.",
         "5.2.1",
         "A training matrix has been introduced and is reviewed monthly by the manager. Fire safety training was delivered on 12 March 2025 and adult safeguarding training on 2 April 2025; compliance is now 97%."),
        (STD, "1", "Standard 4.9", "First time", "5 April 2025",
         "The registered person shall ensure that repositioning records are fully completed and reflect the frequency set out in the patient's care plan.",
         "5.2.2",
         "Repositioning charts have been reviewed and a new chart introduced. Nurses check repositioning records at the end of each shift and the deputy manager audits ten charts each week."),
        (STD, "2", "Standard 12.13", "First time", "5 March 2025",
         "The registered person shall ensure that the daily menu is displayed in a suitable format and that patients are offered a choice of meal at each mealtime.",
         "5.2.4",
         "A pictorial menu board is displayed in each dining room and updated daily by the catering team. Patients are shown plated choices at lunch and tea."),
    ]
    lines = [
        "Quality Improvement Plan – Thornfield House Nursing Home",
        "",
        "Service type: Nursing Home",
        "RQIA ID: 1172          Inspection ID: IN047215",
        "Unannounced care inspection: 4 and 5 February 2025",
        "Registered Provider: Thornfield Care Ltd          Responsible Individual: Mr Patrick Devlin",
        "Registered Manager: Mrs Aoife McCann",
        "",
        "This plan identifies areas for improvement that were discussed with Mrs Aoife McCann, Registered Manager, as part of the inspection process. The timescales commence from the date of inspection.",
        "",
        "The registered person/manager should note that if the action outlined in the quality improvement plan is not taken to comply with regulations and standards this may lead to further enforcement action including possible prosecution for offences. It is the responsibility of the registered person to ensure that all areas for improvement identified within the quality improvement plan are addressed within the specified timescales.",
        "",
    ]
    cur = None
    for sec, no, ref, stated, by, afi, rep_ref, resp in areas:
        if sec != cur:
            lines += [sec, ""]
            cur = sec
        lines += [
            f"Area for improvement {no}",
            f"Ref: {ref}",
            f"Stated: {stated}",
            f"To be completed by: {by}",
            "",
            afi,
            "",
            f"Ref: {rep_ref}",
            "",
            "Response by registered person detailing the actions taken:",
            resp,
            "",
        ]
    lines += [
        "*Please ensure this document is completed in full and returned via the Web Portal*",
        "",
        "Name of person completing the QIP: Aoife McCann, Registered Manager          Date completed: 21/03/2025",
    ]
    with open(out(name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")

    ends = {"5 March 2025": ("2025-03", None), "With immediate effect": (None, "With immediate effect"),
            "30 April 2025": ("2025-04", None), "5 April 2025": ("2025-04", None)}
    acts = []
    for sec, no, ref, stated, by, afi, rep_ref, resp in areas:
        e, et = ends[by]
        acts.append(A(no, [sec, afi], resp, [], e, "unrated", end_text=et))
    write_expected(
        name,
        source=("Imitates the Quality Improvement Plan section of an RQIA unannounced care inspection report for a "
                "Northern Ireland nursing home, as returned by the registered manager and saved as plain text "
                "(RQIA care inspection reports for nursing homes such as the Ashbrooke Care Home report use this "
                "layout). Copied features: service/RQIA ID/inspection ID header lines, the standard enforcement "
                "paragraph, two sections (Nursing Homes Regulations (Northern Ireland) 2005, then Care Standards for "
                "Nursing Homes) with 'Area for improvement N' numbering restarting in each, Ref/Stated/To be completed "
                "by lines, the inspector's area-for-improvement text, a report cross-reference line, the 'Response by "
                "registered person detailing the actions taken' paragraph, and the web-portal footer."),
        reads=("Thornfield House's RQIA quality improvement plan: three areas for improvement against the "
               "regulations and two against the care standards, each with a completion date and the home's "
               "response describing what it has done (five actions). No lead or status is given for any area; "
               "one is to be completed 'With immediate effect'."),
        outcome="read",
        title="Quality Improvement Plan – Thornfield House Nursing Home",
        actions=acts,
    )
    return name, len(acts)


if __name__ == "__main__":
    results = [
        make_sussex_baf(),
        make_northumbria_qa(),
        make_kareplus(),
        make_solent(),
        make_betsi_hiw(),
        make_rbft_psii(),
        make_thornfield_qip(),
    ]
    for r in results:
        print(*r)
