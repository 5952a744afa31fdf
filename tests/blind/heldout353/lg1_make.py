#!/usr/bin/env python3
"""Build the seven lg1- blind cases (set heldout353) and their expected readings.

Run with /work/main/.venv/bin/python lg1_make.py  (needs openpyxl, python-docx, pyyaml).
Data files and NAME.expected.yaml are written beside this script.
"""
import csv
import datetime as dt
import io
import os

import yaml
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "blue": "0070C0",
    "green": "00B050",
    "amber": "FFC000",
    "red": "FF0000",
    "grey": "D9D9D9",
    "head": "1F3864",
    "pale": "DEEAF6",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def d(y, m, day):
    return dt.datetime(y, m, day)


def write_expected(name, meta, actions=None):
    doc = {}
    doc["source"] = meta["source"]
    doc["reads"] = meta["reads"]
    doc["outcome"] = meta["outcome"]
    doc["accept_refusal"] = meta.get("accept_refusal", False)
    if "refuse_at" in meta:
        doc["refuse_at"] = meta["refuse_at"]
    if meta.get("title") is not None:
        doc["title"] = meta["title"]
    if actions is not None:
        out = []
        for a in actions:
            item = {
                "ref": a["ref"],
                "under": a["under"],
                "action": a["action"],
                "lead": a["lead"],
                "end": a["end"],
            }
            if a.get("end_text") is not None:
                item["end_text"] = a["end_text"]
            item["status"] = a["status"]
            out.append(item)
        doc["actions"] = out
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as fh:
        yaml.safe_dump(doc, fh, sort_keys=False, allow_unicode=True, width=100000,
                       default_flow_style=False)


# ---------------------------------------------------------------------------
# 1. Havering ILACS improvement plan (xlsx): cover + plan + summary sheets,
#    priority rows merged across, recommendation merged down column B,
#    original and revised dates, previous and current RAG (text + fill).
# ---------------------------------------------------------------------------
def havering():
    name = "lg1-london-borough-of-havering-ilacs-improvement-plan.xlsx"
    title = "ILACS Improvement Plan 2024–2026"
    P1 = "Priority 1: Management oversight and supervision"
    P2 = "Priority 2: Assessment and planning for children in need"
    P3 = "Priority 3: Children who go missing and are at risk of exploitation"
    P4 = "Priority 4: Care leavers"
    R1 = ("The quality and impact of management oversight and supervision, so that children's "
          "plans progress without delay.")
    R2 = ("The timeliness and quality of assessments and plans for children in need, including "
          "the consideration of children's identity and diversity.")
    R3 = ("The consistency and quality of return home interviews for children who go missing, "
          "and the use of the information gathered to reduce risk.")
    R4 = ("The range and suitability of accommodation available to care leavers, including "
          "those aged 21 to 25.")
    # (ref, action, lead cell, lead list, original, revised, prev, current, update)
    groups = [
        (P1, R1, [
            ("1.1", "Relaunch the supervision policy and practice standards, with a mandatory "
                    "reflective supervision template on Liquidlogic.",
             "Principal Social Worker", ["Principal Social Worker"],
             d(2024, 5, 31), None, "Green", "Blue",
             "Policy relaunched at the all-staff briefing on 21 May 2024. Template live; audit in "
             "January 2025 found 86% of supervision records on the new template."),
            ("1.2", "Deliver a management development programme for all team managers and practice "
                    "supervisors, covering oversight of drift and delay.",
             "Head of Workforce Development / Principal Social Worker",
             ["Head of Workforce Development", "Principal Social Worker"],
             d(2024, 9, 30), d(2025, 1, 31), "Amber", "Blue",
             "Cohort 2 completed January 2025 (31 managers in total). Evaluation report to "
             "Improvement Board in April."),
            ("1.3", "Monthly practice-week audits to test the impact of management oversight, with "
                    "findings reported to the Quality Assurance Board.",
             "Head of Quality Assurance and Safeguarding",
             ["Head of Quality Assurance and Safeguarding"],
             d(2025, 3, 31), None, "Green", "Green",
             "Audits completed every month since June 2024. Management oversight graded good or "
             "better in 58% of audits in February 2025 (34% in June 2024)."),
        ]),
        (P2, R2, [
            ("2.1", "Introduce an assessment tracker so that team managers review every assessment "
                    "that exceeds 35 working days.",
             "Service Manager, Assessment and Intervention",
             ["Service Manager, Assessment and Intervention"],
             d(2024, 6, 30), d(2024, 11, 30), "Amber", "Blue",
             "Tracker in the Power BI performance suite since November 2024 and reviewed at the "
             "weekly performance clinic."),
            ("2.2", "Refresh the CIN plan template and deliver workshops so that plans are SMART and "
                    "reflect each child's identity, culture and faith.",
             "Tendai Mukasa; Rachel Oyelaran", ["Tendai Mukasa", "Rachel Oyelaran"],
             d(2024, 10, 31), d(2025, 6, 30), "Amber", "Amber",
             "Template change delayed by the Liquidlogic upgrade. Workshops for the CIN teams "
             "booked for April and May 2025."),
        ]),
        (P3, R3, [
            ("3.1", "Recommission the return home interview service with a 72-hour completion "
                    "standard and monthly contract monitoring.",
             "Head of Commissioning (Children's)", ["Head of Commissioning (Children's)"],
             d(2024, 12, 31), d(2025, 5, 31), "Amber", "Red",
             "Tender did not attract a compliant bid. Interim in-house offer in place; escalated "
             "to the Improvement Board in March 2025."),
            ("3.2", "Share RHI intelligence weekly with the Exploitation and Missing Panel and the "
                    "Met Police BCU, and record disruption activity on the child's file.",
             "Head of Adolescent Safeguarding / Detective Inspector, East Area BCU",
             ["Head of Adolescent Safeguarding", "Detective Inspector, East Area BCU"],
             d(2025, 6, 30), None, "Green", "Green",
             "Weekly intelligence log in use since December 2024. Disruption activity now a "
             "mandatory case note type."),
        ]),
        (P4, R4, [
            ("4.1", "Agree a joint housing protocol for care leavers with Housing Demand, including "
                    "a ring-fenced allocation of social tenancies each year.",
             "AD Housing; AD Children's Social Care", ["AD Housing", "AD Children's Social Care"],
             d(2024, 12, 31), None, "Green", "Blue",
             "Protocol signed by both Assistant Directors on 12 December 2024; 15 tenancies "
             "ring-fenced for 2025/26."),
            ("4.2", "Open a staying close service for care leavers aged 18 to 25 in partnership with "
                    "a registered provider.",
             "Head of Corporate Parenting", ["Head of Corporate Parenting"],
             d(2025, 3, 31), d(2025, 9, 30), "Green", "Amber",
             "Provider identified; DfE Staying Close grant confirmed. Property works mean opening "
             "has moved to September 2025."),
        ]),
    ]

    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "London Borough of Havering – Children's Services"
    cov["A1"].font = Font(bold=True, size=12)
    cov["A2"] = title
    cov["A2"].font = Font(bold=True, size=16, color=FILL["head"])
    cov["A3"] = ("Response to the Ofsted inspection of local authority children's services "
                 "(ILACS), 15–26 January 2024")
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Comments"),
            ("1.0", d(2024, 4, 22), "Head of Performance and Improvement (Children's)",
             "Submitted to Ofsted"),
            ("2.0", d(2024, 10, 10), "Head of Performance and Improvement (Children's)",
             "Six-month refresh – revised target dates agreed by the Children's Improvement Board"),
            ("3.0", d(2025, 3, 14), "Head of Performance and Improvement (Children's)",
             "Progress update for the Children's Improvement Board, 24 March 2025")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cov.cell(row=6 + i, column=1 + j, value=v)
            c.border = BOX
            c.alignment = WRAP
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill(FILL["grey"])
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    cov["A11"] = "RAG key"
    cov["A11"].font = Font(bold=True)
    key = [("Blue", "Action complete and evidence of impact signed off", "blue"),
           ("Green", "On track to deliver by the target date", "green"),
           ("Amber", "Some slippage – mitigation in place and revised date agreed", "amber"),
           ("Red", "Off track – escalation to the Improvement Board required", "red")]
    for i, (k, txt, col) in enumerate(key):
        a = cov.cell(row=12 + i, column=1, value=k)
        a.fill = fill(FILL[col])
        a.border = BOX
        b = cov.cell(row=12 + i, column=2, value=txt)
        b.border = BOX
    for col, w in zip("ABCD", (12, 14, 44, 70)):
        cov.column_dimensions[col].width = w

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = "ILACS Improvement Plan – progress at March 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Overall effectiveness: Requires improvement to be good (ILACS, January 2024)"
    ws["A2"].font = Font(italic=True)
    heads = ["Ref", "Ofsted recommendation", "Action", "Lead(s)", "Original target date",
             "Revised target date", "Previous RAG (Oct 2024)", "Current RAG (Mar 2025)",
             "Progress update"]
    for j, h in enumerate(heads):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["head"])
        c.alignment = WRAP
        c.border = BOX
    row = 5
    actions = []
    for prio, rec, acts in groups:
        c = ws.cell(row=row, column=1, value=prio)
        c.font = Font(bold=True)
        for j in range(1, 10):
            ws.cell(row=row, column=j).fill = fill(FILL["grey"])
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)
        row += 1
        first = row
        ws.cell(row=row, column=2, value=rec)
        for (ref, act, leadcell, leads, orig, rev, prev, cur, upd) in acts:
            vals = [ref, None, act, leadcell, orig, rev, prev, cur, upd]
            for j, v in enumerate(vals):
                if j == 1:
                    continue
                c = ws.cell(row=row, column=1 + j, value=v)
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            for j in range(1, 10):
                ws.cell(row=row, column=j).alignment = WRAP
                ws.cell(row=row, column=j).border = BOX
            ws.cell(row=row, column=7).fill = fill(FILL[prev.lower()])
            ws.cell(row=row, column=8).fill = fill(FILL[cur.lower()])
            end = rev or orig
            actions.append({"ref": ref, "under": [prio, rec], "action": act, "lead": leads,
                            "end": end.strftime("%Y-%m"), "status": cur.lower()})
            row += 1
        ws.merge_cells(start_row=first, start_column=2, end_row=row - 1, end_column=2)
    row += 1
    ws.cell(row=row, column=1,
            value="Notes: Revised target dates were agreed by the Children's Improvement Board on "
                  "7 October 2024. Where no revised date is shown the original target date stands.")
    ws.cell(row=row, column=1).font = Font(italic=True)
    for col, w in zip("ABCDEFGHI", (7, 38, 52, 30, 13, 13, 12, 12, 55)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "RAG summary – March 2025"
    sm["A1"].font = Font(bold=True, size=12)
    counts = {}
    for a in actions:
        counts[a["status"]] = counts.get(a["status"], 0) + 1
    srows = [("RAG", "Number of actions"), ("Blue", counts.get("blue", 0)),
             ("Green", counts.get("green", 0)), ("Amber", counts.get("amber", 0)),
             ("Red", counts.get("red", 0)), ("Total", len(actions))]
    for i, (a, b) in enumerate(srows):
        sm.cell(row=3 + i, column=1, value=a).border = BOX
        sm.cell(row=3 + i, column=2, value=b).border = BOX
        if i == 0 or a == "Total":
            sm.cell(row=3 + i, column=1).font = Font(bold=True)
            sm.cell(row=3 + i, column=2).font = Font(bold=True)
    sm.column_dimensions["A"].width = 12
    sm.column_dimensions["B"].width = 20
    wb.save(os.path.join(HERE, name))

    meta = {
        "source": (
            "Modelled on the ILACS improvement plans London boroughs publish after a 'requires "
            "improvement to be good' judgement and report to a Children's Improvement Board "
            "(e.g. the cover/document-control and RAG-key front sheet and the progress-at-month "
            "plan sheets seen in London borough cabinet and scrutiny packs, 2023–2025); no single "
            "published Havering file was copied. Features copied: cover sheet with document "
            "control and RAG key, priority rows merged across the sheet, the Ofsted "
            "recommendation merged down column B over its actions, original and revised target "
            "dates, previous and current RAG as words on coloured fills, notes line, and a "
            "separate RAG summary sheet."),
        "reads": (
            "A three-sheet workbook: a cover with document control and a RAG key, the plan "
            "itself with four priorities, each carrying one Ofsted recommendation and two or "
            "three numbered actions (9 in all), and a summary sheet of RAG counts. Each action "
            "has an original and sometimes a revised date and a previous and current RAG; the "
            "revised date and the current RAG are the ones that count."),
        "outcome": "read",
        "title": title,
    }
    write_expected(name, meta, actions)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 2. Hammersmith & Fulham SCP JTAI action plan (xlsx): one plan sheet with
#    full-width area-for-improvement rows, RAG by fill colour only, key tab.
# ---------------------------------------------------------------------------
def hf_jtai():
    name = "lg1-hammersmith-fulham-safeguarding-children-partnership-jtai-action-plan.xlsx"
    title = ("Joint Targeted Area Inspection (JTAI): the multi-agency response to children and "
             "families who need help – Partnership Action Plan")
    A1 = ("Area for improvement 1: The consistency with which partner agencies use the early help "
          "assessment and team around the family approach, so that children's needs are "
          "understood and met at the earliest point.")
    A2 = ("Area for improvement 2: The quality of information-sharing between health visiting, "
          "schools and the Family Hub network when families step down from children's social "
          "care.")
    A3 = ("Area for improvement 3: The partnership's understanding of the impact of early help, "
          "through multi-agency audit and the use of data.")
    # (ref, action, lead cell, leads, by-when cell, end, end_text, fill/status, evidence, update)
    groups = [
        (A1, [
            ("1.1", "Launch a single multi-agency early help assessment and plan template on the "
                    "Family Hub case management system, replacing agency-specific forms.",
             "Head of Early Help and Family Hubs", ["Head of Early Help and Family Hubs"],
             "April 2025", "2025-04", None, "blue",
             "All early help assessments started on the shared template from May 2025.",
             "Template live 14 April 2025. 412 assessments completed on it by December 2025."),
            ("1.2", "Train lead professionals in schools, health and the voluntary sector to act as "
                    "TAF lead, with a target of 150 practitioners trained in year one.",
             "HFSCP Business Manager / Head of Early Help and Family Hubs",
             ["HFSCP Business Manager", "Head of Early Help and Family Hubs"],
             "Sept 2025", "2025-09", None, "green",
             "Proportion of TAFs led by a partner agency rises from 21% to 40%.",
             "126 practitioners trained; partner-led TAFs now 33%. Two further sessions in "
             "February 2026."),
            ("1.3", "Introduce a monthly early help consultation line for schools, staffed jointly "
                    "by Family Hub practitioners and the Education Safeguarding Lead.",
             "Education Safeguarding Lead", ["Education Safeguarding Lead"],
             "Q1 2025/26", "2025-06", "Q1 2025/26", "blue",
             "Fewer contacts to the MASH from schools that result in no further action.",
             "Consultation line running since June 2025; 61 consultations to date."),
        ]),
        (A2, [
            ("2.1", "Agree and publish a step-down protocol setting out the information social "
                    "workers share with the receiving early help practitioner and the family's GP, "
                    "health visitor and school.",
             "Head of Family Support and Child Protection",
             ["Head of Family Support and Child Protection"],
             "June 2025", "2025-06", None, "amber",
             "Step-down audit shows the receiving practitioner had the chronology and plan in "
             "every case.",
             "Protocol drafted; sign-off by health partners delayed by ICB restructure. Now "
             "expected at the February 2026 Executive."),
            ("2.2", "Add health visiting and school nursing to the daily Family Hub triage huddle.",
             "Designated Nurse Safeguarding Children (NWL ICB)",
             ["Designated Nurse Safeguarding Children (NWL ICB)"],
             d(2025, 3, 31), "2025-03", None, "blue",
             "Health attendance recorded at 90% of huddles.",
             "In place from March 2025; attendance 94% (Oct–Dec 2025)."),
            ("2.3", "Test the step-down protocol through a themed multi-agency audit of 20 families "
                    "stepped down in 2025.",
             "HFSCP Quality Assurance Subgroup Chair", ["HFSCP Quality Assurance Subgroup Chair"],
             "March 2026", "2026-03", None, None,
             "Audit findings and learning briefing presented to the Executive.",
             "Not started – depends on 2.1."),
        ]),
        (A3, [
            ("3.1", "Build an early help dashboard combining Family Hub, school attendance and "
                    "health visiting data, reported quarterly to the HFSCP Executive.",
             "Head of Business Intelligence", ["Head of Business Intelligence"],
             "December 2025", "2025-12", None, "red",
             "Executive receives a quarterly dashboard and uses it to set priorities.",
             "Data-sharing agreement with CLCH not yet signed. Escalated to the Executive on "
             "8 January 2026."),
            ("3.2", "Hold six-monthly practitioner and family feedback events and publish a 'you "
                    "said, we did' summary.",
             "HFSCP Business Manager", ["HFSCP Business Manager"],
             "Ongoing – six-monthly", None, "Ongoing – six-monthly", "green",
             "Feedback shows families understand who their lead professional is.",
             "Events held June and November 2025; summary published on the HFSCP website."),
        ]),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ws["A1"] = "Hammersmith & Fulham Safeguarding Children Partnership"
    ws["A1"].font = Font(bold=True, size=12, color=FILL["head"])
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = ("Inspection fieldwork: 2–6 December 2024 | Letter published: 30 January 2025 | "
                "Plan owner: HFSCP Executive | Last updated: 16 January 2026")
    ws["A3"].font = Font(italic=True)
    heads = ["No.", "What we will do", "Lead(s)", "By when",
             "How we will know it has made a difference", "Update January 2026", "RAG"]
    for j, h in enumerate(heads):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["head"])
        c.alignment = WRAP
        c.border = BOX
    row = 6
    actions = []
    for afi, acts in groups:
        ws.cell(row=row, column=1, value=afi).font = Font(bold=True)
        ws.cell(row=row, column=1).alignment = WRAP
        ws.cell(row=row, column=1).fill = fill(FILL["pale"])
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=7)
        ws.row_dimensions[row].height = 32
        row += 1
        for (ref, act, leadcell, leads, when, end, end_text, col, ev, upd) in acts:
            vals = [ref, act, leadcell, when, ev, upd, None]
            for j, v in enumerate(vals):
                c = ws.cell(row=row, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if col:
                ws.cell(row=row, column=7).fill = fill(FILL[col])
            a = {"ref": ref, "under": [afi], "action": act, "lead": leads, "end": end,
                 "status": col or "unrated"}
            if end_text:
                a["end_text"] = end_text
            actions.append(a)
            row += 1
    row += 1
    ws.cell(row=row, column=1, value="RAG is shown by cell colour – see the 'Key' tab. A blank "
                                     "RAG cell means the action has not yet started.")
    ws.cell(row=row, column=1).font = Font(italic=True)
    for col, w in zip("ABCDEFG", (7, 55, 32, 16, 40, 50, 8)):
        ws.column_dimensions[col].width = w

    k = wb.create_sheet("Key")
    k["A1"] = "RAG key"
    k["A1"].font = Font(bold=True)
    key = [("blue", "Completed – evidence of impact received by the Executive"),
           ("green", "On track"),
           ("amber", "At risk of slipping – action being taken"),
           ("red", "Off track – escalated to the HFSCP Executive"),
           (None, "Not yet started")]
    for i, (col, txt) in enumerate(key):
        a = k.cell(row=2 + i, column=1)
        a.border = BOX
        if col:
            a.fill = fill(FILL[col])
        k.cell(row=2 + i, column=2, value=txt)
    k.column_dimensions["A"].width = 8
    k.column_dimensions["B"].width = 60
    wb.save(os.path.join(HERE, name))

    meta = {
        "source": (
            "Modelled on the partnership action plans safeguarding children partnerships submit "
            "after a JTAI letter (the 2024–25 JTAI theme on the multi-agency response to children "
            "and families who need help), as presented to partnership executives and scrutiny "
            "committees; no single published H&F file was copied. Features copied: partnership "
            "title block with inspection and update dates, full-width 'Area for improvement' rows "
            "over numbered actions, 'What we will do / By when / How we will know' columns, "
            "month-word and quarter due dates, an 'Ongoing' action, RAG shown only by cell fill "
            "with a separate key tab, and a notes line."),
        "reads": (
            "One plan sheet with three areas for improvement from the JTAI letter, each a "
            "full-width row above its numbered actions (8 actions). The RAG column holds no words, "
            "only a colour explained on the Key tab; one action has no colour and is not yet "
            "started. Due dates are month words, one quarter, one date and one 'Ongoing'."),
        "outcome": "read",
        "title": title,
    }
    write_expected(name, meta, actions)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 3. Rochdale local area SEND priority action plan (xlsx) – REFUSE:
#    a 'Complete by' cell reads "Febuary 2026".
# ---------------------------------------------------------------------------
def rochdale_refuse():
    name = "lg1-rochdale-local-area-send-priority-action-plan-typo-month-refuse.xlsx"
    title = "Rochdale Local Area SEND Partnership – Priority Action Plan tracker"
    APA1 = ("APA 1: Leaders across education, health and care should urgently improve the "
            "timeliness and quality of EHC needs assessments and plans, so that children and young "
            "people get the right help when they need it.")
    APA2 = ("APA 2: Leaders across the partnership should improve the identification of and "
            "support for children and young people with SEND who are waiting for "
            "neurodevelopmental assessment, including through ordinarily available provision.")
    rows = [
        (APA1, "1.1", "Recruit six additional EHC plan coordinators and two educational "
                      "psychologists to clear the backlog of overdue assessments.",
         "Head of SEND Services", "Jan 2025", "Jun 2025", "On track",
         "Backlog of assessments over 20 weeks reduced from 143 to under 30."),
        (None, "1.2", "Introduce a weekly multi-agency EHC needs assessment panel with health and "
                      "social care advice tracked against the 6-week statutory timescale.",
         "Head of SEND Services / Designated Clinical Officer", "Dec 2024", "Mar 2025",
         "Complete", "90% of health advice returned within 6 weeks."),
        (None, "1.3", "Quality assure 10% of new EHC plans each month through a multi-agency audit "
                      "using the agreed quality framework.",
         "SEND Quality Assurance Manager", "Feb 2025", "Dec 2025", "On track",
         "70% of audited plans judged good or better."),
        (None, "1.4", "Co-produce a new EHC plan template with Rochdale Parent Carer Forum, "
                      "including a one-page profile written with the child.",
         "SEND Participation Lead", "Mar 2025", "Sep 2025", "At risk",
         "Parent carer survey: confidence in EHC plans up 15 points."),
        (None, "1.5", "Publish monthly EHCP timeliness data on the Local Offer.",
         "Head of SEND Services", "Jan 2025", "Apr 2025", "Complete",
         "Data published each month from April 2025."),
        (APA2, "2.1", "Set up a neurodevelopmental 'waiting well' offer with the ICB, including "
                      "parent workshops and a single point of contact.",
         "Deputy Place Lead (Rochdale), NHS Greater Manchester", "Feb 2025", "Oct 2025",
         "On track", "Families on the pathway report knowing who to contact."),
        (None, "2.2", "Publish an ordinarily available provision guide for all schools and "
                      "settings, with training for SENCOs.",
         "Head of Inclusion", "Jan 2025", "Jul 2025", "On track",
         "All SENCOs trained; requests for assessment include OAP evidence."),
        (None, "2.3", "Commission additional autism and ADHD assessment capacity to reduce the "
                      "longest waits to under 52 weeks.",
         "Head of Commissioning (Children and Families)", "Apr 2025", "Febuary 2026", "On track",
         "No child waiting more than 52 weeks for a first appointment."),
        (None, "2.4", "Deliver the Partnership for Inclusion of Neurodiversity in Schools (PINS) "
                      "programme in 20 primary schools.",
         "Head of Inclusion", "Apr 2025", "Mar 2026", "On track",
         "Participating schools report improved confidence (PINS evaluation)."),
        (None, "2.5", "Report waiting times by age and need to the SEND Improvement Board every "
                      "quarter.",
         "Designated Clinical Officer", "Jan 2025", "Ongoing", "On track",
         "Board minutes record challenge on waiting times."),
    ]
    wb = Workbook()
    fs = wb.active
    fs.title = "Front sheet"
    lines = [
        ("Rochdale Local Area SEND Partnership", True),
        ("Priority Action Plan (PAP)", True),
        ("Area SEND inspection: 7–11 October 2024 (Ofsted and CQC)", False),
        ("Inspection outcome: there are widespread and/or systemic failings leading to "
         "significant concerns about the experiences and outcomes of children and young people "
         "with SEND (outcome 3)", False),
        ("", False),
        ("Areas for priority action", True),
        (APA1, False),
        (APA2, False),
        ("", False),
        ("Governance: SEND Improvement Board (chaired by the DfE SEND adviser), reporting to "
         "Rochdale Health and Care Partnership and the Rochdale Safeguarding Partnership.", False),
    ]
    for i, (t, b) in enumerate(lines):
        c = fs.cell(row=1 + i, column=1, value=t if t else None)
        c.font = Font(bold=b, size=14 if i == 0 else 11)
        c.alignment = Alignment(wrap_text=True)
    fs.column_dimensions["A"].width = 120

    ws = wb.create_sheet("PAP tracker")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Position at 30 May 2025 – reported to SEND Improvement Board, 12 June 2025"
    heads = ["APA", "Ref", "Action", "Accountable lead", "Start", "Complete by", "Status",
             "Impact measure"]
    for j, h in enumerate(heads):
        c = ws.cell(row=3, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = fill(FILL["grey"])
        c.border = BOX
    typo_row = None
    for i, r in enumerate(rows):
        rr = 4 + i
        for j, v in enumerate(r):
            c = ws.cell(row=rr, column=1 + j, value=v)
            c.alignment = WRAP
            c.border = BOX
        if r[5] == "Febuary 2026":
            typo_row = rr
    ws.cell(row=4 + len(rows) + 1, column=1,
            value="Status key: Complete / On track / At risk / Off track")
    for col, w in zip("ABCDEFGH", (45, 6, 55, 32, 10, 13, 11, 45)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, name))
    assert typo_row == 11, typo_row

    meta = {
        "source": (
            "Modelled on the priority action plans local area SEND partnerships must publish "
            "after an area SEND inspection with outcome 3 (widespread and/or systemic failings), "
            "tracked for a SEND Improvement Board; no single published Rochdale file was copied. "
            "Features copied: front sheet naming the inspection, outcome and areas for priority "
            "action, tracker sheet with the APA written once at the top of its block "
            "(fill-down), start and complete-by months, status words and impact measures."),
        "reads": (
            "A two-sheet workbook: a front sheet with the two areas for priority action and a "
            "tracker with ten numbered actions. On sheet 'PAP tracker', row 11 (action 2.3) has "
            "'Febuary 2026' in the Complete by column, a mistyped month; a careful reader stops "
            "and asks what date was meant before reading the plan."),
        "outcome": "refuse",
        "refuse_at": typo_row,
        "title": title,
    }
    write_expected(name, meta, None)
    return name, len(rows)


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
    """Put text in a cell; '\n' starts a new paragraph."""
    parts = text.split("\n") if text else [""]
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i > 0:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 4. Stoke-on-Trent YJS HMIP improvement plan (docx): document control and RAG
#    key tables, section headings, one table per recommendation.
# ---------------------------------------------------------------------------
def stoke_yjs():
    name = "lg1-stoke-on-trent-youth-justice-service-hmip-improvement-plan.docx"
    title = "HM Inspectorate of Probation – Inspection of youth justice services: " \
            "post-inspection improvement plan"
    SA = "Section A: Recommendations for the Youth Justice Management Board"
    SB = "Section B: Recommendations for the Head of Service, Youth Justice"
    recs = [
        (SA, "Recommendation 1: ensure that board members understand the profile of children "
             "known to the service and use this to direct partnership resources, particularly "
             "for education, training and employment (ETE).", [
            ("1.1", "Board development session on the YJS performance and needs profile, "
                    "including disproportionality and education data.",
             "Chair of YJMB", ["Chair of YJMB"], "July 2024", "2024-07", None, "Complete",
             "blue", "Session held 18 July 2024; profile now refreshed each quarter."),
            ("1.2", "Add a standing ETE item to every YJMB agenda, with the Virtual School Head and "
                    "Head of Inclusion reporting on school attendance, exclusions and post-16 "
                    "destinations of YJS children.",
             "Virtual School Head / Head of Inclusion", ["Virtual School Head", "Head of Inclusion"],
             "September 2024", "2024-09", None, "Complete", "blue",
             "Standing item since the September 2024 board."),
            ("1.3", "Agree an ETE pathway with Stoke-on-Trent College and local training providers, "
                    "with named contacts for YJS children.",
             "Head of Service, Youth Justice", ["Head of Service, Youth Justice"],
             "Q3 2024/25", "2024-12", "Q3 2024/25", "Amber", "amber",
             "College pathway agreed; two training providers still to sign up."),
        ]),
        (SA, "Recommendation 2: assure itself that children who are remanded or sentenced to "
             "custody receive effective resettlement support, including suitable accommodation "
             "on release.", [
            ("2.1", "Agree a resettlement protocol with Housing Solutions so that accommodation is "
                    "confirmed at least 10 days before release.",
             "Resettlement Lead; Housing Solutions Manager",
             ["Resettlement Lead", "Housing Solutions Manager"],
             "End of October 2024", "2024-10", None, "Complete", "blue",
             "Protocol signed 24 October 2024."),
            ("2.2", "Introduce a resettlement panel chaired by the Head of Service, held at the "
                    "remand or sentence planning stage for every child in custody.",
             "Head of Service, Youth Justice", ["Head of Service, Youth Justice"],
             "April 2025", "2025-04", None, "Green", "green",
             "Panel running since November 2024; review of the first six cases due in April."),
        ]),
        (SB, "Recommendation 3: improve the quality of assessment and planning for keeping other "
             "people safe, so that risk is understood and contingency plans are specific to each "
             "child.", [
            ("3.1", "Deliver AssetPlus refresher training on risk of serious harm analysis and "
                    "contingency planning for all case managers.\nA second cohort will be run for "
                    "new starters and seconded probation staff.",
             "Practice Development Manager", ["Practice Development Manager"],
             "30/09/2024", "2024-09", None, "Complete", "blue",
             "Both cohorts trained (22 staff)."),
            ("3.2", "Introduce monthly management audits of risk assessments using the HMIP case "
                    "assessment tool, with themes reported to the YJMB quarterly.",
             "Operational Manager (Court and Custody) / Operational Manager (Prevention)",
             ["Operational Manager (Court and Custody)", "Operational Manager (Prevention)"],
             "Ongoing (monthly)", None, "Ongoing (monthly)", "Green", "green",
             "Audits completed each month since August 2024; 71% of contingency plans now "
             "judged sufficient."),
        ]),
        (SB, "Recommendation 4: make sure that the views and safety of victims are consistently "
             "considered in work with children subject to out-of-court disposals.", [
            ("4.1", "Recruit a second restorative justice and victim worker so that every victim is "
                    "contacted within five working days of an out-of-court decision.",
             "Head of Service, Youth Justice", ["Head of Service, Youth Justice"],
             "January 2025", "2025-01", None, "Red", "red",
             "Post advertised twice without appointment; agency cover being sought."),
            ("4.2", "Revise the out-of-court disposal panel terms of reference so that victim views "
                    "and safety planning are recorded before a decision is made.",
             "Chair of Joint Decision-Making Panel", ["Chair of Joint Decision-Making Panel"],
             "August 2024", "2024-08", None, "Complete", "blue",
             "New terms of reference in use from 1 August 2024."),
        ]),
    ]
    ragfill = {"Complete": "8EAADB", "Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Stoke-on-Trent Youth Justice Service")
    r.bold = True
    r.font.size = Pt(18)
    r.font.color.rgb = RGBColor(0x1F, 0x38, 0x64)
    p = doc.add_paragraph()
    r = p.add_run(title)
    r.bold = True
    r.font.size = Pt(14)
    doc.add_paragraph("Inspection fieldwork: 11–15 March 2024. Report published: 4 June 2024. "
                      "Overall rating: Requires improvement.")
    doc.add_paragraph("This version: v4, progress to 28 February 2025, for the Youth Justice "
                      "Management Board (YJMB) meeting on 13 March 2025.")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("Version", "Date", "Changes", "Author")):
        set_cell(c, h, bold=True)
    for v in (("v1", "27/06/2024", "Plan submitted to HMIP", "Head of Service, Youth Justice"),
              ("v2", "19/09/2024", "Q2 progress added", "YJS Performance Officer"),
              ("v3", "12/12/2024", "Q3 progress added", "YJS Performance Officer"),
              ("v4", "28/02/2025", "Q4 progress added", "YJS Performance Officer")):
        cells = t.add_row().cells
        for c, x in zip(cells, v):
            set_cell(c, x)

    doc.add_heading("RAG rating", level=2)
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, txt) in enumerate((("Complete", "Action completed and embedded"),
                                  ("Green", "On track to be completed within timescale"),
                                  ("Amber", "Some delay – remedial action in hand"),
                                  ("Red", "Not on track – YJMB attention required"))):
        set_cell(t.cell(i, 0), k, bold=True)
        shade(t.cell(i, 0), ragfill[k])
        set_cell(t.cell(i, 1), txt)

    actions = []
    cur_section = None
    for section, rec, acts in recs:
        if section != cur_section:
            doc.add_heading(section, level=1)
            cur_section = section
        t = doc.add_table(rows=2, cols=6)
        t.style = "Table Grid"
        top = t.cell(0, 0).merge(t.cell(0, 5))
        set_cell(top, rec, bold=True)
        shade(top, "DEEAF6")
        for c, h in zip(t.rows[1].cells, ("Action no.", "Action", "Owner", "Timescale", "RAG",
                                          "Progress update")):
            set_cell(c, h, bold=True)
        for (ref, act, owner, leads, when, end, end_text, rag, status, upd) in acts:
            cells = t.add_row().cells
            for c, x in zip(cells, (ref, act, owner, when, rag, upd)):
                set_cell(c, x)
            shade(cells[4], ragfill[rag])
            a = {"ref": ref, "under": [section, rec], "action": act, "lead": leads, "end": end,
                 "status": status}
            if end_text:
                a["end_text"] = end_text
            actions.append(a)
        doc.add_paragraph("")
    doc.add_paragraph("Next review: YJMB, June 2025.")
    doc.save(os.path.join(HERE, name))

    meta = {
        "source": (
            "Modelled on the post-inspection improvement plans youth justice services send to HM "
            "Inspectorate of Probation and take to their management boards and scrutiny "
            "committees (recommendations split between the management board and the YJS "
            "manager, as in HMIP youth inspection reports 2023–2025); no single published "
            "Stoke-on-Trent file was copied. Features copied: title paragraphs with inspection "
            "dates and version, document control table, RAG key table, section headings per "
            "recommendation owner, one table per recommendation with the recommendation in a "
            "merged top row, word RAG on a shaded cell, month, quarter, date and 'Ongoing' "
            "timescales, and a closing review line."),
        "reads": (
            "A Word plan for the YJS inspection: after a document-control table and a RAG key, "
            "two sections (recommendations for the management board, and for the Head of "
            "Service) each hold one table per recommendation, with 9 numbered actions in all. "
            "Each action has an owner (sometimes two), a timescale and a word RAG."),
        "outcome": "read",
        "title": title,
    }
    write_expected(name, meta, actions)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 5. Darlington BC children's home Ofsted action plan (docx): header details
#    table, one plan table with the requirement/recommendation merged down.
# ---------------------------------------------------------------------------
def darlington_home():
    name = "lg1-darlington-borough-council-childrens-home-ofsted-action-plan.docx"
    title = "Ofsted Children's Home Inspection – Action Plan"
    REQ1 = ("Requirement 1: The registered person must ensure that staff assess whether each child "
            "is at risk of harm, taking into account information in the child's relevant plans, "
            "and help each child to understand how to keep safe. (Regulation 12 (1)(2)(a)(i)(ii))")
    REQ2 = ("Requirement 2: The registered person must ensure that each child's placement plan is "
            "reviewed and that care is delivered in line with it, including the arrangements for "
            "the child's education. (Regulation 14 (1)(a)(b))")
    REC1 = ("Recommendation 1: The registered person should ensure that staff receive supervision "
            "at the frequency set out in the home's supervision policy, and that supervision "
            "records show discussion of individual children. ('Guide to the Children's Homes "
            "Regulations including the quality standards', page 61, paragraph 10.3)")
    REC2 = ("Recommendation 2: The registered person should ensure that the home is well "
            "maintained and that repairs are completed promptly. ('Guide to the Children's Homes "
            "Regulations including the quality standards', page 15, paragraph 3.9)")
    groups = [
        (REQ1, [
            ("R1.1", "Review and update every child's individual risk assessment and location risk "
                     "assessment following the inspection, and share them with the staff team at "
                     "the team meeting.",
             "Registered Manager", ["Registered Manager"], "28/02/2025", "2025-02", "Completed",
             "blue"),
            ("R1.2", "Key workers to complete keeping-safe work with each child using the 'My "
                     "Safety Plan' booklet, recorded in the child's daily log.",
             "Key workers / Deputy Manager", ["Key workers", "Deputy Manager"], "31/03/2025",
             "2025-03", "Completed", "blue"),
        ]),
        (REQ2, [
            ("R2.1", "Hold a placement plan review meeting for each child with their social worker "
                     "and the Virtual School, and record the agreed education arrangements.",
             "Registered Manager", ["Registered Manager"], "31 March 2025", "2025-03", "Completed",
             "blue"),
            ("R2.2", "Introduce a monthly placement plan audit as part of the Regulation 45 quality "
                     "of care review.",
             "Head of Children's Residential Services", ["Head of Children's Residential Services"],
             "End of April 2025", "2025-04", "On track", "green"),
        ]),
        (REC1, [
            ("Rec1.1", "Set a supervision schedule for the year and monitor it through the monthly "
                       "Regulation 44 visit.",
             "Registered Manager", ["Registered Manager"], "15/03/2025", "2025-03", "Completed",
             "blue"),
        ]),
        (REC2, [
            ("Rec2.1", "Raise the outstanding repairs (kitchen cupboards, two bedroom windows, "
                       "garden fence) with Building Services as priority works.",
             "Deputy Manager", ["Deputy Manager"], "April 2025", "2025-04", "On track", "green"),
            ("Rec2.2", "Agree a planned redecoration of the lounge and hallway, with the children "
                       "choosing colours and furnishings.",
             "Registered Manager & Responsible Individual",
             ["Registered Manager", "Responsible Individual"], "September 2025", "2025-09",
             "Not started", "unrated"),
        ]),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    p = doc.add_paragraph()
    r = p.add_run("Darlington Borough Council – Children's Services")
    r.bold = True
    r.font.size = Pt(12)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    r = p.add_run(title)
    r.bold = True
    r.font.size = Pt(16)

    info = [("Setting", "Brinkburn House, Darlington (local authority children's home)"),
            ("Inspection type", "Full inspection"),
            ("Inspection date", "4 and 5 February 2025"),
            ("Overall experiences and progress of children and young people",
             "Requires improvement to be good"),
            ("Registered Manager", "Joanne Lister"),
            ("Responsible Individual", "Head of Children's Residential Services"),
            ("Plan completed", "3 March 2025"),
            ("Last reviewed", "31 March 2025 (Regulation 44 visit)")]
    t = doc.add_table(rows=len(info), cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate(info):
        set_cell(t.cell(i, 0), k, bold=True)
        shade(t.cell(i, 0), "E7E6E6")
        set_cell(t.cell(i, 1), v)
    doc.add_paragraph("")
    doc.add_paragraph("The requirements and recommendations below are quoted from the Ofsted "
                      "report. Compliance dates for requirements are those set by Ofsted; status "
                      "is updated at each monthly Regulation 44 visit.")

    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("Ref", "Requirement / recommendation", "Action", "Lead",
                                      "Target date", "Status")):
        set_cell(c, h, bold=True)
        shade(c, "BDD7EE")
    actions = []
    for reqtext, acts in groups:
        first_row = len(t.rows)
        for (ref, act, leadcell, leads, when, end, statword, status) in acts:
            cells = t.add_row().cells
            for c, x in zip(cells, (ref, None, act, leadcell, when, statword)):
                if x is not None:
                    set_cell(c, x)
            actions.append({"ref": ref, "under": [reqtext], "action": act, "lead": leads,
                            "end": end, "status": status})
        last_row = len(t.rows) - 1
        top = t.cell(first_row, 1)
        if last_row > first_row:
            top = top.merge(t.cell(last_row, 1))
        set_cell(top, reqtext)
    doc.add_paragraph("")
    doc.add_paragraph("Signed: Joanne Lister, Registered Manager.   Countersigned: Head of "
                      "Children's Residential Services (Responsible Individual).")
    doc.save(os.path.join(HERE, name))

    meta = {
        "source": (
            "Modelled on the action plans local authority children's homes write after an Ofsted "
            "full inspection (SCCIF) judged 'requires improvement to be good', answering each "
            "requirement (with its regulation) and each recommendation (with its Guide "
            "reference), reviewed at Regulation 44 visits; no single published Darlington file "
            "was copied. Features copied: setting details table, explanatory note, one plan "
            "table with the quoted requirement or recommendation merged down over its actions, "
            "job titles as leads, dd/mm/yyyy and worded target dates, status words, sign-off line."),
        "reads": (
            "A short Word plan for one council children's home: a details table, then a single "
            "table in which two requirements and two recommendations, each quoted in a merged "
            "cell, are answered by 7 referenced actions with a lead post, a target date and a "
            "status (Completed, On track, Not started)."),
        "outcome": "read",
        "title": title,
    }
    write_expected(name, meta, actions)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 6. Barnet early help partnership strategy action plan (csv): title lines,
#    priority written once per block, letter RAG, quoted multi-line cell.
# ---------------------------------------------------------------------------
def barnet_csv():
    name = "lg1-barnet-early-help-partnership-strategy-action-plan.csv"
    title = "London Borough of Barnet – Early Help Partnership Strategy 2024–2027"
    P1 = "Priority 1: Help at the right time – the Family Hub offer"
    P2 = "Priority 2: Working together – a shared early help workforce"
    P3 = "Priority 3: Knowing our impact"
    # (priority, ref, action, lead cell, leads, partners, timescale, end, end_text, rag, status, update)
    rows = [
        (P1, "1.1", "Open the fourth Family Hub in the west of the borough, with co-located health "
                    "visiting, midwifery and parenting support.",
         "Family Hubs Programme Manager", ["Family Hubs Programme Manager"],
         "CLCH; Royal Free London NHS FT", "Sep-25", "2025-09", None, "B", "blue",
         "Opened 15 September 2025."),
        (None, "1.2", "Extend Family Hub opening to one evening and one Saturday morning a week at "
                      "each site, following consultation with parents.",
         "Nia Adeyemi & Tom Kerr", ["Nia Adeyemi", "Tom Kerr"], "Barnet Parent Carer Forum",
         "Mar-26", "2026-03", None, "G", "green",
         "Evening sessions running at 3 of 4 hubs; Saturday pilot from February."),
        (None, "1.3", "Publish a single online directory of early help services for families and "
                      "professionals, linked from the Barnet Local Offer.\nThe directory will be "
                      "reviewed every six months with the Parent Carer Forum.",
         "Head of Early Help / Family Information Service Manager",
         ["Head of Early Help", "Family Information Service Manager"], "Barnet Parent Carer Forum",
         "Dec-25", "2025-12", None, "A", "amber",
         "Content complete; launch held back by the website platform change."),
        (None, "1.4", "Pilot an early help link worker in ten primary schools with the highest "
                      "persistent absence.",
         "Head of Early Help", ["Head of Early Help"],
         "Barnet Education and Learning Service; primary headteachers", "Summer term 2025",
         "2025-07", "Summer term 2025", "Complete", "blue",
         "Pilot evaluated; persistent absence in pilot schools down 3.1 points."),
        (P2, "2.1", "Deliver the multi-agency 'Think Family' training programme to 400 "
                    "practitioners, including the voluntary sector.",
         "BSCP Training Manager", ["BSCP Training Manager"], "BSCP partners; Young Barnet Foundation",
         "Autumn term 2025", "2025-12", "Autumn term 2025", "A", "amber",
         "312 trained. Remaining sessions moved to spring because of trainer absence."),
        (None, "2.2", "Agree a shared lead professional role description and support offer for "
                      "schools and health colleagues taking on the lead professional role.",
         "Head of Early Help", ["Head of Early Help"], "Schools; CLCH; NCL ICB", "Jun-25",
         "2025-06", None, "B", "blue", "Agreed at the Partnership Board, June 2025."),
        (None, "2.3", "Introduce quarterly early help practice forums for lead professionals "
                      "across agencies.",
         "Early Help Practice Lead", ["Early Help Practice Lead"], "All partners", "Ongoing",
         None, "Ongoing", "G", "green", "Forums held July, October and January."),
        (P3, "3.1", "Develop an early help outcomes framework aligned to the Supporting Families "
                    "national framework and report it to the Board every quarter.",
         "Head of Insight and Intelligence", ["Head of Insight and Intelligence"],
         "Police; health; schools", "Dec-25", "2025-12", None, "R", "red",
         "Data-sharing agreement with health partners not yet in place."),
        (None, "3.2", "Carry out a multi-agency audit of 30 early help episodes each year, "
                      "including feedback from families.",
         "Quality Assurance Manager (Early Help)", ["Quality Assurance Manager (Early Help)"],
         "BSCP Quality Assurance Subgroup", "Mar-26", "2026-03", None, "G", "green",
         "18 of 30 audits completed."),
        (None, "3.3", "Commission an independent family survey of the Family Hub offer and report "
                      "the findings to the Board.",
         "Strategic Commissioning Manager (Children)", ["Strategic Commissioning Manager (Children)"],
         "Barnet Parent Carer Forum", "TBC", None, "TBC", "", "unrated",
         "Awaiting budget decision."),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    blank = [""] * 7
    w.writerow([title] + blank)
    w.writerow(["Action plan: Year 2 progress report to the Barnet Early Help Partnership Board – "
                "21 January 2026"] + blank)
    w.writerow([""] * 8)
    w.writerow(["Priority", "Ref", "Action", "Lead", "Partners", "Timescale", "RAG",
                "Progress update"])
    actions = []
    cur = None
    for (prio, ref, act, leadcell, leads, partners, when, end, end_text, rag, status, upd) in rows:
        if prio:
            cur = prio
        w.writerow([prio or "", ref, act, leadcell, partners, when, rag, upd])
        a = {"ref": ref, "under": [cur], "action": act, "lead": leads, "end": end,
             "status": status}
        if end_text:
            a["end_text"] = end_text
        actions.append(a)
    w.writerow([""] * 8)
    w.writerow(["RAG key: B = complete; G = on track; A = some delay, recovery plan in place; "
                "R = off track"] + blank)
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())

    meta = {
        "source": (
            "Modelled on the early help strategy delivery plans London boroughs' early help "
            "partnership boards publish and update yearly (priority-by-priority action tables "
            "with lead, partners, timescale and RAG), exported from a spreadsheet to CSV; no "
            "single published Barnet file was copied. Features copied: title and report lines "
            "above the header, priority written only on the first row of its block, separate "
            "Lead and Partners columns, Mmm-yy timescales plus school terms, 'Ongoing' and "
            "'TBC', letter RAG with a key line at the foot, a quoted cell with a line break."),
        "reads": (
            "A CSV export of the early help strategy action plan: three priorities, the priority "
            "named on the first row of each block, and 10 numbered actions with a lead, partners, "
            "timescale, RAG letter and update. Action 1.3's text runs over two lines inside one "
            "quoted cell; the last line is the RAG key."),
        "outcome": "read",
        "title": title,
    }
    write_expected(name, meta, actions)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 7. Waltham Forest corporate parenting board action plan (txt, tab-separated):
#    title lines, promise lines, header once, summary block at the foot.
# ---------------------------------------------------------------------------
def waltham_txt():
    name = "lg1-waltham-forest-corporate-parenting-board-action-plan.txt"
    title = ("Corporate Parenting Action Plan 2025–26 – our promises to children in care and "
             "care leavers")
    PR1 = "Promise 1: You will have a safe and stable home"
    PR2 = "Promise 2: We will help you do well in school, college and work"
    PR3 = "Promise 3: We will look after your health and wellbeing"
    PR4 = "Promise 4: We will listen to you and act on what you tell us"
    groups = [
        (PR1, [
            ("1.1", "Recruit 25 new in-house foster carers through the North East London fostering "
                    "recruitment hub.",
             "Head of Fostering and Adoption", ["Head of Fostering and Adoption"], "31/03/2026",
             "2026-03", None, "Amber", "amber", "11 approved so far; 6 in assessment."),
            ("1.2", "Open a two-bed in-borough children's home for children returning from "
                    "out-of-borough residential placements.",
             "Director of Commissioning (Children)", ["Director of Commissioning (Children)"],
             "Sep 2025", "2025-09", None, "Red", "red", "Ofsted registration visit awaited."),
        ]),
        (PR2, [
            ("2.1", "Every child in care of school age to have a termly PEP rated good or better "
                    "by the Virtual School.",
             "Virtual School Headteacher", ["Virtual School Headteacher"], "Termly", None,
             "Termly", "Green", "green", "Autumn term: 93% of PEPs rated good or better."),
            ("2.2", "Ring-fence 12 council apprenticeships a year for care leavers, with a "
                    "guaranteed interview for any care leaver who applies.",
             "Director of People and HR / Head of Leaving Care",
             ["Director of People and HR", "Head of Leaving Care"], "Apr 2025", "2025-04", None,
             "Completed", "blue", "Scheme launched April 2025; 9 care leavers started."),
            ("2.3", "Provide a laptop and home broadband for every care leaver in education or "
                    "training.",
             "Head of Leaving Care", ["Head of Leaving Care"], "By 31 March 2026", "2026-03", None,
             "Green", "green", "64 laptops issued; broadband contract in place."),
        ]),
        (PR3, [
            ("3.1", "95% of initial health assessments completed within 20 working days of a child "
                    "coming into care.",
             "Designated Nurse for Children Looked After (NEL ICB)",
             ["Designated Nurse for Children Looked After (NEL ICB)"], "December 2025", "2025-12",
             None, "Amber", "amber", "Q2: 81% within timescale (Q1: 74%)."),
            ("3.2", "Offer every care leaver a free leisure centre membership and a health passport "
                    "at 18.",
             "Cllr Grace Williams; Head of Leaving Care",
             ["Cllr Grace Williams", "Head of Leaving Care"], "Jul 2025", "2025-07", None,
             "Completed", "blue", "Memberships live from July 2025."),
        ]),
        (PR4, [
            ("4.1", "The Children in Care Council to co-chair one Corporate Parenting Board meeting "
                    "each year and set its agenda.",
             "Participation Lead", ["Participation Lead"], "Jan 2026", "2026-01", None, "Green",
             "green", "Takeover meeting booked for 21 January 2026."),
            ("4.2", "Publish a 'you said, we did' report to children in care and care leavers twice "
                    "a year, in a format they have designed.",
             "Participation Lead & Communications Officer (Children's)",
             ["Participation Lead", "Communications Officer (Children's)"], "Six-monthly", None,
             "Six-monthly", "Green", "green", "First edition published October 2025."),
        ]),
    ]
    lines = [
        "Waltham Forest Corporate Parenting Board",
        title,
        "Update for Board meeting: 10 December 2025",
        "",
        "\t".join(["No.", "What we will do", "Who is responsible", "By when", "RAG", "Comments"]),
    ]
    actions = []
    counts = {}
    for prom, acts in groups:
        lines.append(prom + "\t\t\t\t\t")
        for (ref, act, leadcell, leads, when, end, end_text, rag, status, com) in acts:
            lines.append("\t".join([ref, act, leadcell, when, rag, com]))
            a = {"ref": ref, "under": [prom], "action": act, "lead": leads, "end": end,
                 "status": status}
            if end_text:
                a["end_text"] = end_text
            actions.append(a)
            counts[rag] = counts.get(rag, 0) + 1
    lines.append("")
    lines.append("\t".join(["Summary at December 2025",
                            "Completed: %d" % counts.get("Completed", 0),
                            "Green: %d" % counts.get("Green", 0),
                            "Amber: %d" % counts.get("Amber", 0),
                            "Red: %d" % counts.get("Red", 0),
                            "Total: %d" % len(actions)]))
    lines.append("RAG: Completed = action delivered; Green = on track; Amber = at risk; Red = will "
                 "not be met without Board support")
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as fh:
        fh.write("\r\n".join(lines) + "\r\n")

    meta = {
        "source": (
            "Modelled on London boroughs' corporate parenting board action plans built around "
            "promises or pledges to children in care and care leavers, updated for each board "
            "meeting, saved as tab-separated text from a spreadsheet; no single published "
            "Waltham Forest file was copied. Features copied: board and plan title lines, update "
            "date, header row once, a line per promise over numbered actions, job titles and a "
            "named councillor as leads, dates as dd/mm/yyyy, Mmm yyyy, 'By ...', 'Termly' and "
            "'Six-monthly', word RAG, and a summary line and RAG key at the foot."),
        "reads": (
            "A tab-separated export of the corporate parenting action plan: four promises, each "
            "on its own line above its numbered actions, 9 actions in all with who is "
            "responsible, by when, a RAG word and a comment. The summary counts and RAG key at "
            "the bottom are not actions."),
        "outcome": "read",
        "title": title,
    }
    write_expected(name, meta, actions)
    return name, len(actions)


def main():
    made = []
    for fn in (havering, hf_jtai, rochdale_refuse, stoke_yjs, darlington_home, barnet_csv,
               waltham_txt):
        made.append(fn())
    for n, k in made:
        print(f"{n}: {k} action rows")


if __name__ == "__main__":
    main()
