#!/usr/bin/env python
"""Build the seven ko1- cases of heldout335 (children's services plans) and their
expected readings.  Run with /work/main/.venv/bin/python from any directory."""
import csv
import io
import os
from datetime import datetime

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "green": "00B050",
    "amber": "FFC000",
    "red": "FF0000",
    "blue": "0070C0",
    "head": "1F3864",
    "band": "D9E1F2",
    "grey": "F2F2F2",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def solid(key):
    c = FILL.get(key, key)
    return PatternFill(fill_type="solid", start_color="FF" + c, end_color="FF" + c)


def write_expected(name, source, reads, title, actions, outcome="read",
                   refuse_at=None, accept_refusal=False):
    doc = {"source": source, "reads": reads, "outcome": outcome,
           "accept_refusal": accept_refusal}
    if refuse_at is not None:
        doc["refuse_at"] = refuse_at
    if title is not None:
        doc["title"] = title
    if outcome == "read":
        acts = []
        for a in actions:
            d = {"ref": a["ref"], "under": a["under"], "action": a["action"],
                 "lead": a["lead"], "end": a["end"]}
            if a.get("end_text"):
                d["end_text"] = a["end_text"]
            d["status"] = a["status"]
            acts.append(d)
        doc["actions"] = acts
    with open(os.path.join(OUT, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, allow_unicode=True, sort_keys=False, width=100000)


def A(ref, under, action, lead_cell, lead, end_cell, end, status_cell, status,
      end_text=None, **extra):
    d = dict(ref=ref, under=under, action=action, lead_cell=lead_cell, lead=lead,
             end_cell=end_cell, end=end, status_cell=status_cell, status=status,
             end_text=end_text)
    d.update(extra)
    return d


# ---------------------------------------------------------------------------
# 1. Medway local area SEND inspection improvement plan (xlsx)
# ---------------------------------------------------------------------------
def medway():
    name = "ko1-medway-local-area-send-inspection-improvement-plan.xlsx"
    title = "Medway Local Area Partnership – SEND Inspection Improvement Plan 2024–2025"
    afi1 = ("1. Leaders should improve the accessibility of information for families so that "
            "they know what support is available and how to access it, including through the "
            "Local Offer.")
    afi2 = ("2. Leaders should improve the timeliness of education, health and care (EHC) needs "
            "assessments so that EHC plans are issued within the statutory 20 weeks.")
    afi3 = ("3. Leaders should strengthen arrangements for preparing young people for adulthood, "
            "including the transition from children’s to adult health and social care services.")
    D = lambda y, m, d: datetime(y, m, d)
    acts = [
        A("1.1", [afi1],
          "Relaunch the Medway Local Offer website following a co-produced review with Medway "
          "Parents and Carers Forum (MPCF), including accessible formats and a translated summary page.",
          "Head of SEND Strategy and Commissioning", ["Head of SEND Strategy and Commissioning"],
          (D(2024, 9, 30), D(2025, 1, 31)), "2025-01", ("amber", "blue"), "blue",
          upd="New Local Offer went live 27/01/2025. Easy read and Urdu, Polish and Romanian summaries published. MPCF user testing report to Board in April."),
        A("1.2", [afi1],
          "Publish a ‘What to expect, when’ guide to ordinarily available provision in Medway "
          "schools and settings.",
          "SEND Inclusion Lead / MPCF Co-Chair", ["SEND Inclusion Lead", "MPCF Co-Chair"],
          (D(2024, 12, 31), None), "2024-12", ("green", "green"), "green",
          upd="Draft guide co-produced with 14 SENCOs and MPCF. Final version at SENCO Forum 6 March."),
        A("1.3", [afi1],
          "Establish monthly SEND information drop-ins in each Family Hub, with health and "
          "education practitioners attending.",
          "Head of Early Help and Family Hubs; Designated Clinical Officer (Kent and Medway ICB)",
          ["Head of Early Help and Family Hubs", "Designated Clinical Officer (Kent and Medway ICB)"],
          (D(2025, 3, 31), None), "2025-03", ("green", "amber"), "amber",
          upd="Drop-ins running in Chatham and Gillingham hubs. Strood and Rainham hubs from April – health attendance not yet confirmed."),
        A("2.1", [afi2],
          "Recruit to the SEND Casework Team establishment, including two additional EHC "
          "Coordinators and a Team Leader, to bring caseloads to no more than 180 per coordinator.",
          "Head of SEND Statutory Services", ["Head of SEND Statutory Services"],
          (D(2024, 8, 31), D(2024, 10, 31)), "2024-10", ("green", "blue"), "blue",
          upd="All posts filled from 21/10/2024. Average caseload 172 (February 2025)."),
        A("2.2", [afi2],
          "Hold a weekly multi-agency EHC needs assessment panel, with health and social care "
          "advice tracked against the six-week deadline.",
          "Head of SEND Statutory Services / Designated Clinical Officer",
          ["Head of SEND Statutory Services", "Designated Clinical Officer"],
          (D(2024, 11, 30), None), "2024-11", ("amber", "green"), "green",
          upd="Panel in place since October. Health advice within 6 weeks: 81% (Jan), up from 54% (July)."),
        A("2.3", [afi2],
          "Commission additional educational psychology capacity to clear the backlog of overdue "
          "psychological advice.",
          "Principal Educational Psychologist", ["Principal Educational Psychologist"],
          (D(2024, 12, 31), D(2025, 6, 30)), "2025-06", ("red", "amber"), "amber",
          upd="Locum EP contract started January. Backlog reduced from 212 to 97. Revised date agreed by SEND Partnership Board 10/12/2024."),
        A("3.1", [afi3],
          "Agree and publish an all-age Preparing for Adulthood transitions protocol across Medway "
          "Council and Kent and Medway ICB.",
          "Assistant Director Adult Social Care / Assistant Director Education and SEND",
          ["Assistant Director Adult Social Care", "Assistant Director Education and SEND"],
          (D(2024, 10, 31), D(2025, 2, 28)), "2025-02", ("amber", "blue"), "blue",
          upd="Protocol signed off by Joint Commissioning Group 18/02/2025 and published on the Local Offer."),
        A("3.2", [afi3],
          "Introduce a transitions tracker from age 14 for young people with EHC plans who are "
          "likely to need adult services, reviewed monthly at the Preparing for Adulthood Panel.",
          "Preparing for Adulthood Service Manager", ["Preparing for Adulthood Service Manager"],
          (D(2025, 3, 31), None), "2025-03", ("green", "green"), "green",
          upd="Tracker built; 146 young people identified. First monthly review held 4 March."),
        A("3.3", [afi3],
          "Review the pathway for young people moving from children’s mental health services to "
          "adult mental health services, so that each young person has a named transition worker.",
          "Kent and Medway ICB – Head of Children’s Mental Health Commissioning",
          ["Kent and Medway ICB – Head of Children’s Mental Health Commissioning"],
          (D(2025, 6, 30), None), "2025-06", (None, "green"), "green",
          upd="Review started February 2025 with NELFT and KMPT. Scoping workshop held with young people 26/02."),
    ]

    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    rows = [
        ("Partnership", "Medway Council and NHS Kent and Medway Integrated Care Board"),
        ("Inspection", "Ofsted and CQC area SEND inspection, February 2024"),
        ("Report published", "2 April 2024"),
        ("Plan owner", "Medway SEND Partnership Board"),
        ("Version", "1.4"),
        ("Last updated", "14 March 2025"),
        ("Status", "Update for SEND Partnership Board, 25 March 2025"),
    ]
    r = 3
    for k, v in rows:
        cov.cell(r, 1, k).font = Font(bold=True)
        cov.cell(r, 2, v)
        r += 1
    r += 1
    cov.cell(r, 1, "Version history").font = Font(bold=True, size=12)
    r += 1
    for i, h in enumerate(["Version", "Date", "Change", "By"], 1):
        c = cov.cell(r, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = solid("head")
    for vrow in [("1.0", "03/05/2024", "Plan agreed and shared with Ofsted/CQC", "SEND Programme Manager"),
                 ("1.1", "10/07/2024", "July progress update", "SEND Programme Manager"),
                 ("1.2", "09/10/2024", "October progress update", "SEND Programme Manager"),
                 ("1.3", "10/12/2024", "Revised dates for 2.3 agreed", "SEND Programme Manager"),
                 ("1.4", "14/03/2025", "March progress update", "SEND Programme Manager")]:
        r += 1
        for i, v in enumerate(vrow, 1):
            cov.cell(r, i, v)
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 60
    cov.column_dimensions["C"].width = 40
    cov.column_dimensions["D"].width = 26

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True, size=12)
    for i, (col, txt) in enumerate([("blue", "Complete – action delivered and evidenced"),
                                    ("green", "On track to deliver by the target date"),
                                    ("amber", "Some slippage – mitigation in place"),
                                    ("red", "Off track – escalated to SEND Partnership Board")], 3):
        key.cell(i, 1).fill = solid(col)
        key.cell(i, 2, txt)
    key.column_dimensions["B"].width = 50

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Areas for improvement from the Ofsted and CQC report published 2 April 2024. RAG shown by cell colour (see RAG key)."
    ws["A2"].font = Font(italic=True)
    hdr = ["Ref", "Area for improvement", "Action", "Lead(s)", "Original target date",
           "Revised target date", "Previous RAG (Dec 2024)", "Current RAG (Mar 2025)",
           "Progress update (March 2025)"]
    HR = 4
    for i, h in enumerate(hdr, 1):
        c = ws.cell(HR, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = solid("head")
        c.alignment = WRAP
        c.border = BOX
    r = HR + 1
    groups = {}
    for a in acts:
        groups.setdefault(a["under"][0], []).append(r)
        ws.cell(r, 1, a["ref"])
        ws.cell(r, 3, a["action"])
        ws.cell(r, 4, a["lead_cell"])
        o, rv = a["end_cell"]
        c = ws.cell(r, 5, o)
        c.number_format = "dd/mm/yyyy"
        if rv is not None:
            c = ws.cell(r, 6, rv)
            c.number_format = "dd/mm/yyyy"
        p, cur = a["status_cell"]
        if p:
            ws.cell(r, 7).fill = solid(p)
        ws.cell(r, 8).fill = solid(cur)
        ws.cell(r, 9, a["upd"])
        for col in range(1, 10):
            ws.cell(r, col).alignment = WRAP
            ws.cell(r, col).border = BOX
        r += 1
    for text, rs in groups.items():
        ws.cell(rs[0], 2, text)
        ws.merge_cells(start_row=rs[0], start_column=2, end_row=rs[-1], end_column=2)
        ws.cell(rs[0], 2).fill = solid("band")
    r += 1
    ws.cell(r, 1, "Overall position March 2025: 3 Complete, 4 Green, 2 Amber, 0 Red (9 actions)")
    ws.cell(r, 1).font = Font(bold=True)
    for col, w in zip("ABCDEFGHI", [6, 40, 55, 34, 13, 13, 12, 12, 55]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "C5"
    wb.active = 2
    wb.save(os.path.join(OUT, name))

    write_expected(
        name,
        source=("Imitates the improvement plan a local area SEND partnership (Medway Council and "
                "NHS Kent and Medway ICB) keeps after the Ofsted/CQC area SEND inspection whose report "
                "was published 2 April 2024 (https://www.medway.gov.uk/news/article/1651/"
                "ofsted_recognises_improvements_in_medway_s_send_services). Copied features: cover sheet "
                "with partnership/owner/version block and version history table, separate RAG key sheet, "
                "plan sheet with the inspectors' areas for improvement merged down column B, original and "
                "revised target dates as real dates, previous and current RAG shown only by cell fill "
                "colour, a one-line overall position summary under the table."),
        reads=("A three-sheet workbook; the plan is on the third sheet. Nine numbered actions sit under "
               "three areas for improvement (merged cells); each has a lead, original and sometimes a "
               "revised date, and previous/current RAG colours with no text, the current colour being the "
               "status (blue = complete per the key)."),
        title=title, actions=acts)


# ---------------------------------------------------------------------------
# 2. Leicestershire Youth and Justice Service HMIP improvement plan (xlsx)
# ---------------------------------------------------------------------------
def leicestershire():
    name = "ko1-leicestershire-youth-justice-service-hmip-improvement-plan.xlsx"
    title = "Leicestershire Youth and Justice Service – HMI Probation Inspection Improvement Plan"
    r1 = ("Recommendation 1 – The Youth Justice Management Board should make sure that it has "
          "sufficient oversight of out-of-court disposal decision-making and outcomes.")
    r2 = ("Recommendation 2 – The Head of Service should revise the out-of-court disposal process so "
          "that a thorough assessment is completed before a decision is made, children and carers are "
          "involved, and contact with victims is prioritised.")
    r3 = ("Recommendation 3 – The Head of Service should improve the quality of assessment and "
          "management oversight of children’s safety and wellbeing and the risk of harm they pose to others.")
    r4 = ("Recommendation 4 – The Youth Justice Management Board should make sure that children have "
          "timely access to speech, language and communication services.")
    D = lambda y, m: datetime(y, m, 1)
    acts = [
        A("1.1", [r1],
          "Add a standing out-of-court disposal (OOCD) performance item to every Management Board "
          "agenda, using the new OOCD dashboard.",
          "Head of Youth and Justice Service", ["Head of Youth and Justice Service"],
          D(2022, 2), "2022-02", "Complete", "blue",
          upd="Dashboard presented at every Board since February 2022."),
        A("1.2", [r1],
          "Commission an independent audit of 30 OOCD cases and report the findings and learning to the Board.",
          "Quality Assurance Manager (Y&JS)", ["Quality Assurance Manager (Y&JS)"],
          D(2022, 6), "2022-06", "Complete", "blue",
          upd="Audit by neighbouring YJS completed May 2022; findings to Board 15/06/2022."),
        A("2.1", [r2],
          "Revise the Joint Decision-Making Panel terms of reference so that a full assessment is "
          "completed and quality assured before every OOCD decision.",
          "KB / RT", ["KB", "RT"],
          D(2022, 3), "2022-03", "Complete", "blue",
          upd="New ToR agreed with Leicestershire Police 21/03/2022."),
        A("2.2", [r2],
          "Make sure children and their parents or carers contribute to OOCD assessments, with their "
          "views recorded on ChildView.",
          "Team Manager (OOCD)", ["Team Manager (OOCD)"],
          D(2022, 9), "2022-09", "On track", "green",
          upd="Dip sample Sept: child’s views recorded in 17 of 20 cases, parent/carer in 14 of 20."),
        A("2.3", [r2],
          "Make contact with victims within five working days in all OOCD cases, and present victims’ "
          "views at panel.",
          "Restorative Justice Coordinator", ["Restorative Justice Coordinator"],
          "Q3 2022/23", "2022-12", "Amber", "amber",
          upd="Victim worker vacancy July–September. 64% contacted within 5 days in Q2."),
        A("3.1", [r3],
          "Deliver refresher training on assessing safety and wellbeing and risk of harm to all case managers.",
          "Practice Development Manager", ["Practice Development Manager"],
          D(2022, 4), "2022-04", "Complete", "blue",
          upd="4 sessions delivered; 38 of 40 case managers attended."),
        A("3.2", [r3],
          "Introduce a management oversight template for every assessment rated medium risk or above, "
          "countersigned within 10 working days.",
          "Operational Managers (North/South)", ["Operational Managers (North/South)"],
          D(2022, 7), "2022-07", "Complete", "blue",
          upd="Template live on ChildView from 4 July 2022."),
        A("3.3", [r3],
          "Complete quarterly case file audits against HMIP standards and share the learning at the "
          "all-staff practice forum.",
          "Quality Assurance Manager (Y&JS)", ["Quality Assurance Manager (Y&JS)"],
          "Ongoing", None, "Green", "green", end_text="Ongoing",
          upd="Q1 and Q2 audits completed. Practice forum 12 October focused on contingency planning."),
        A("4.1", [r4],
          "Agree funding with Leicestershire Partnership NHS Trust for a dedicated speech and language "
          "therapist for the service.",
          "Head of Youth and Justice Service; Designated Nurse (LLR ICB)",
          ["Head of Youth and Justice Service", "Designated Nurse (LLR ICB)"],
          D(2022, 12), "2022-12", "Amber", "amber",
          upd="Business case with LLR ICB. Decision expected at December commissioning meeting."),
        A("4.2", [r4],
          "Screen all children entering the service for speech, language and communication needs "
          "using the agreed screening tool.",
          "Speech and Language Therapist", ["Speech and Language Therapist"],
          D(2023, 3), "2023-03", "Not started", "unrated",
          upd="Depends on 4.1."),
    ]
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Summary of progress at 31 October 2022"
    hdr = ["Recommendation", "Actions", "Complete", "On track / Green", "Amber", "Red", "Not started"]
    for i, h in enumerate(hdr, 1):
        c = sm.cell(4, i, h)
        c.font = Font(bold=True)
        c.fill = solid("band")
        c.border = BOX
    counts = [("Recommendation 1", 2, 2, 0, 0, 0, 0), ("Recommendation 2", 3, 1, 1, 1, 0, 0),
              ("Recommendation 3", 3, 2, 1, 0, 0, 0), ("Recommendation 4", 2, 0, 0, 1, 0, 1),
              ("Total", 10, 5, 2, 2, 0, 1)]
    for j, row in enumerate(counts, 5):
        for i, v in enumerate(row, 1):
            c = sm.cell(j, i, v)
            c.border = BOX
            if row[0] == "Total":
                c.font = Font(bold=True)
    sm.column_dimensions["A"].width = 22
    for col in "BCDEFG":
        sm.column_dimensions[col].width = 14

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Inspection fieldwork: August 2021 | Report published: December 2021 | Overall rating: Requires improvement"
    ws["A3"] = "Progress update as at 31 October 2022 – for Youth Justice Management Board, 16 November 2022"
    ws["A3"].font = Font(italic=True)
    hdr = ["No.", "Action", "Lead", "Target date", "Status", "Progress / evidence"]
    HR = 5
    for i, h in enumerate(hdr, 1):
        c = ws.cell(HR, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = solid("head")
        c.border = BOX
    r = HR + 1
    cur = None
    scol = {"blue": "blue", "green": "green", "amber": "amber", "red": "red"}
    for a in acts:
        if a["under"][0] != cur:
            cur = a["under"][0]
            ws.cell(r, 1, cur).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            ws.cell(r, 1).fill = solid("band")
            ws.cell(r, 1).alignment = WRAP
            ws.row_dimensions[r].height = 32
            r += 1
        ws.cell(r, 1, a["ref"])
        ws.cell(r, 2, a["action"])
        ws.cell(r, 3, a["lead_cell"])
        c = ws.cell(r, 4, a["end_cell"])
        if isinstance(a["end_cell"], datetime):
            c.number_format = "mmm-yy"
        s = ws.cell(r, 5, a["status_cell"])
        if a["status"] in scol:
            s.fill = solid(scol[a["status"]])
        ws.cell(r, 6, a["upd"])
        for col in range(1, 7):
            ws.cell(r, col).alignment = WRAP
            ws.cell(r, col).border = BOX
        r += 1
    for col, w in zip("ABCDEF", [7, 60, 34, 12, 12, 60]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, name))

    write_expected(
        name,
        source=("Imitates the post-inspection improvement plan of Leicestershire Youth and Justice Service "
                "after the HM Inspectorate of Probation inspection (fieldwork August 2021, rated Requires "
                "improvement, report December 2021; "
                "https://www.justiceinspectorates.gov.uk/hmiprobation/media/press-releases/2021/12/leicestershire-yjs/), "
                "as a progress update to the Youth Justice Management Board in 2022. Copied features: summary "
                "sheet first with counts per recommendation and a total row, plan on the second sheet, title "
                "block with inspection details, full-width merged recommendation rows above numbered actions, "
                "initials as leads, target dates as Excel dates shown mmm-yy plus a financial quarter and "
                "'Ongoing', status words with fill colour."),
        reads=("A two-sheet workbook: a summary count table, then the improvement plan with four inspectors' "
               "recommendations as merged banner rows and ten numbered actions under them, each with a lead, "
               "a target month (or quarter/Ongoing), a status word and progress notes."),
        title=title, actions=acts)


# ---------------------------------------------------------------------------
# 3. Stockton-on-Tees focused visit action plan – typo month, refuse (xlsx)
# ---------------------------------------------------------------------------
def stockton():
    name = "ko1-stockton-on-tees-borough-council-focused-visit-action-plan-typo-month-refuse.xlsx"
    title = "Stockton-on-Tees Borough Council – Ofsted Focused Visit Action Plan (Front Door)"
    a1 = ("The timeliness and quality of decision-making at the front door, including management "
          "oversight of contacts and referrals.")
    a2 = ("The quality of assessments and the identification of risk and need, including for children "
          "who are repeatedly referred.")
    a3 = "The quality and regularity of supervision and its impact on progressing children’s plans."
    rows = [
        (a1, "FV1.1", "Introduce a daily front door huddle, chaired by a Children’s Hub Team Manager, to review every contact awaiting a decision for more than 24 hours.", "Children’s Hub Service Manager", "Nov-2023", "G", "Huddles in place since 6 November. Contacts over 24 hours down from 61 to 9."),
        (a1, "FV1.2", "Refresh the threshold guidance with partners and deliver briefings to schools, police and health colleagues.", "Head of Safeguarding and Quality Assurance / SSCP Business Manager", "Jan-2024", "A", "Draft agreed by partnership; school briefings booked."),
        (a2, "FV2.1", "Audit all children referred three or more times in the last 12 months and make sure each has a current assessment of risk and need.", "Principal Social Worker", "Febuary 2024", "A", "Audit tool agreed. 112 children identified for the first tranche."),
        (a2, "FV2.2", "Deliver assessment practice workshops to all Assessment Team social workers, focusing on history and cumulative harm.", "Workforce Development Manager", "Mar-2024", "G", "Workshops 1 and 2 delivered (31 staff)."),
        (a3, "FV3.1", "Reinstate the monthly supervision compliance report to the Good and Beyond Board.", "Head of Children’s Social Care", "Dec-2023", "B", "First report presented 13/12/2023."),
        (a3, "FV3.2", "Introduce a revised supervision recording template with clear actions and timescales for each child.", "Service Manager (Assessment and CIN)", "Apr-2024", "G", "Template piloted in two teams."),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "FV Action Plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Focused visit 10–11 October 2023 (letter published 22 November 2023)"
    ws["A3"] = "Reporting to: Good and Beyond Board | Version 3 | Updated 08/01/2024"
    ws["A3"].font = Font(italic=True)
    hdr = ["Area for improvement", "Ref", "Action", "Lead officer", "Timescale", "RAG", "Update"]
    HR = 5
    for i, h in enumerate(hdr, 1):
        c = ws.cell(HR, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = solid("head")
        c.border = BOX
    rag = {"G": "green", "A": "amber", "R": "red", "B": "blue"}
    r = HR + 1
    groups = {}
    typo_row = None
    for area, ref, act, lead, ts, rg, upd in rows:
        groups.setdefault(area, []).append(r)
        ws.cell(r, 2, ref)
        ws.cell(r, 3, act)
        ws.cell(r, 4, lead)
        ws.cell(r, 5, ts)
        c = ws.cell(r, 6, rg)
        c.fill = solid(rag[rg])
        c.alignment = Alignment(horizontal="center", vertical="top")
        ws.cell(r, 7, upd)
        if ts.startswith("Febuary"):
            typo_row = r
        for col in (1, 2, 3, 4, 5, 7):
            ws.cell(r, col).alignment = WRAP
        for col in range(1, 8):
            ws.cell(r, col).border = BOX
        r += 1
    for text, rs in groups.items():
        ws.cell(rs[0], 1, text)
        ws.merge_cells(start_row=rs[0], start_column=1, end_row=rs[-1], end_column=1)
        ws.cell(rs[0], 1).alignment = WRAP
    r += 1
    ws.cell(r, 1, "RAG: B = complete, G = on track, A = at risk, R = off track")
    for col, w in zip("ABCDEFG", [38, 8, 60, 34, 14, 6, 50]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, name))
    assert typo_row is not None

    write_expected(
        name,
        source=("Imitates the action plan Stockton-on-Tees Borough Council would keep after an Ofsted focused "
                "visit to its children's services front door in October 2023 (the council was told to act on "
                "weaknesses and delay at the front door and set up a 'Good and Beyond Board'; see "
                "https://uk.news.yahoo.com/former-council-boss-drafted-add-180000390.html). Copied features: "
                "title block with visit dates and governance line, area for improvement merged down column A, "
                "FV-prefixed refs, lead posts, month timescales, RAG letters with fill, RAG key line under the table."),
        reads=("One sheet with six actions under three areas for improvement. The timescale of FV2.1 reads "
               "'Febuary 2024', a mistyped month; a careful reader stops there and asks what was meant."),
        title=title, actions=None, outcome="refuse", refuse_at=typo_row)
    return typo_row


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        run = p.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if i < len(lines) - 1:
            run.add_break()


# ---------------------------------------------------------------------------
# 4. Shropshire Council corporate parenting board action plan (docx)
# ---------------------------------------------------------------------------
def shropshire():
    name = "ko1-shropshire-council-corporate-parenting-board-action-plan.docx"
    title = "Corporate Parenting Strategy 2023–2026: Action Plan"
    p1 = "Pledge 1: We will listen to you and act on what you tell us"
    p2 = "Pledge 2: We will help you to be healthy and happy"
    p3 = "Pledge 3: We will support you to do well in education, training and work"
    p4 = "Pledge 4: We will make sure you have a safe and settled home when you leave care"
    acts = [
        A("1a", [p1],
          "Hold a ‘You Said, We Did’ session between the Care Crew Council and the Corporate Parenting "
          "Board every six months, with responses published on the Shropshire Local Offer for care leavers.",
          "Participation and Engagement Officer", ["Participation and Engagement Officer"],
          "September 2024", "2024-09", "Blue", "blue",
          upd="Second session held 5 September 2024. Responses published."),
        A("1b", [p1],
          "Make sure every child in care aged 5 and over is offered an independent advocate at the point "
          "of entering care and at each change of home.",
          "Service Manager – Children in Care and Care Leavers / Independent Reviewing Service Manager",
          ["Service Manager – Children in Care and Care Leavers", "Independent Reviewing Service Manager"],
          "March 2025", "2025-03", "Green", "green",
          upd="Advocacy offer recorded for 88% of new entrants (Q2)."),
        A("1c", [p1],
          "Co-produce the annual Corporate Parenting Board report with young people from the Care Crew Council.",
          "Sarah Whitcombe and Dan Price", ["Sarah Whitcombe", "Dan Price"],
          "Ongoing", None, "Green", "green", end_text="Ongoing",
          upd="Young people chairing the report group."),
        A("2a", [p2],
          "Improve the timeliness of initial health assessments so that 90% are completed within 20 "
          "working days of a child coming into care.",
          "Designated Nurse for Children in Care (ICB)", ["Designated Nurse for Children in Care (ICB)"],
          "Q4 2024/25", "2025-03", "Amber", "amber",
          upd="67% in timescale in Q2. Escalated to ICB; additional paediatric clinics from November."),
        A("2b", [p2],
          "Give every child in care and care leaver up to age 25 a free Shropshire leisure pass.",
          "Head of Culture, Leisure and Tourism", ["Head of Culture, Leisure and Tourism"],
          "December 2024", "2024-12", "Green", "green",
          upd="Passes agreed by Cabinet; distribution through personal advisers from December."),
        A("3a", [p3],
          "Extend Virtual School support to young people in care aged 16–18 who are not in education, "
          "employment or training, with a named post-16 adviser.",
          "Virtual School Headteacher", ["Virtual School Headteacher"],
          "Summer term 2025", "2025-07", "Green", "green",
          upd="Post-16 adviser appointed; caseload of 21 young people."),
        A("3b", [p3],
          "Create ten ringfenced apprenticeships within Shropshire Council for care leavers each year.",
          "HR Business Partner / Leaving Care Team Manager", ["HR Business Partner", "Leaving Care Team Manager"],
          "April 2025", "2025-04", "Amber", "amber",
          upd="Six apprenticeships filled; remaining four to be advertised in January."),
        A("4a", [p4],
          "Introduce a Staying Close offer for young people leaving residential care, with at least six "
          "homes available.",
          "Head of Children’s Placements and Commissioning", ["Head of Children’s Placements and Commissioning"],
          "March 2025", "2025-03", "Red", "red",
          upd="Provider withdrew in October. Re-tender under way; risk raised to Board."),
        A("4b", [p4],
          "Exempt care leavers living in Shropshire from council tax up to age 25.",
          "Head of Revenues and Benefits", ["Head of Revenues and Benefits"],
          "April 2024", "2024-04", "Blue", "blue",
          upd="Exemption in place from 1 April 2024."),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Shropshire Council")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_heading(title, level=0)
    doc.add_paragraph("Progress update for the Corporate Parenting Board, 21 November 2024")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Document owner", "Assistant Director Children’s Social Care and Safeguarding"),
                 ("Version", "2.3"), ("Date", "11 November 2024"),
                 ("Approved by", "Corporate Parenting Board"), ("Next review", "February 2025")]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)
    doc.add_paragraph()
    doc.add_paragraph("How to read the RAG rating")
    kt = doc.add_table(rows=0, cols=2)
    kt.style = "Table Grid"
    for word, col, txt in [("Blue", "0070C0", "Action complete"), ("Green", "00B050", "On track"),
                           ("Amber", "FFC000", "At risk of slipping"),
                           ("Red", "FF0000", "Off track – needs Board attention")]:
        row = kt.add_row().cells
        set_cell(row[0], word, bold=True)
        shade(row[0], col)
        set_cell(row[1], txt)

    colmap = {"Blue": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    for pledge in [p1, p2, p3, p4]:
        doc.add_heading(pledge, level=1)
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, ["No.", "What we will do", "Who will lead", "When",
                                            "RAG", "Progress"]):
            set_cell(c, h, bold=True)
            shade(c, "D9E1F2")
        for a in acts:
            if a["under"][0] != pledge:
                continue
            cells = tb.add_row().cells
            set_cell(cells[0], a["ref"])
            set_cell(cells[1], a["action"])
            set_cell(cells[2], a["lead_cell"])
            set_cell(cells[3], a["end_cell"])
            set_cell(cells[4], a["status_cell"])
            shade(cells[4], colmap[a["status_cell"]])
            set_cell(cells[5], a["upd"])
    doc.add_paragraph()
    doc.add_paragraph("Actions are reviewed at every Corporate Parenting Board. Contact: "
                      "corporateparenting@shropshire.gov.uk")
    doc.save(os.path.join(OUT, name))

    write_expected(
        name,
        source=("Imitates a Shropshire Council corporate parenting strategy action plan as updated for its "
                "Corporate Parenting Board (2024), built on pledges like Shropshire's Care Crew Council pledge "
                "(https://next.shropshire.gov.uk/childrens-social-care-and-health/looked-after-children/our-pledge) "
                "and the pledge-by-pledge layout of published corporate parenting action plans (e.g. Bracknell "
                "Forest 2025–2028). Copied features: organisation line and title, document control table, RAG key "
                "table with shaded cells, one Word table per pledge under a pledge heading, 1a/1b refs, two "
                "posts or two named people in one lead cell, When as months, a financial quarter, a school "
                "term and 'Ongoing', RAG words in shaded cells."),
        reads=("A Word action plan: after a document-control table and a RAG key, four pledge headings each "
               "introduce a table of actions (nine in all) with lead, when, RAG word and progress."),
        title=title, actions=acts)


# ---------------------------------------------------------------------------
# 5. Suffolk Safeguarding Partnership JTAI action plan (docx)
# ---------------------------------------------------------------------------
def suffolk():
    name = "ko1-suffolk-safeguarding-partnership-jtai-action-plan.docx"
    title = "Suffolk Safeguarding Partnership – Joint Targeted Area Inspection Action Plan"
    f1 = ("Area for improvement 1: The timeliness and quality of information shared by health partners "
          "with the Multi-Agency Safeguarding Hub (MASH).")
    f2 = ("Area for improvement 2: The recording of the rationale for decisions at the front door, "
          "including when children are stepped down to early help.")
    f3 = ("Area for improvement 3: The consistency of police attendance and contribution at initial "
          "strategy discussions.")
    acts = [
        A("1.1", [f1],
          "Agree a health information-sharing standard for MASH requests, with RAG-rated response times "
          "(red requests answered within 4 hours).",
          "Designated Nurse for Safeguarding Children (SNEE ICB)",
          ["Designated Nurse for Safeguarding Children (SNEE ICB)"],
          "31 October 2024", "2024-10", "B", "blue",
          msr="Standard signed by all NHS providers."),
        A("1.2", [f1],
          "Audit a monthly sample of 20 health responses to MASH requests and report compliance to the "
          "Safeguarding Partnership Executive.",
          "Named Nurse MASH (ESNEFT) and Named Nurse Safeguarding (WSFT)",
          ["Named Nurse MASH (ESNEFT)", "Named Nurse Safeguarding (WSFT)"],
          "Monthly", None, "G", "green", end_text="Monthly",
          msr="90% of red requests answered in 4 hours by March 2025."),
        A("2.1", [f2],
          "Revise the MASH decision template so that the rationale, the child’s lived experience and the "
          "consent position are recorded for every contact.",
          "Head of MASH (SCC)", ["Head of MASH (SCC)"],
          "End of December 2024", "2024-12", "B", "blue",
          msr="Template live on Liquidlogic."),
        A("2.2", [f2],
          "Introduce a step-down audit of children moved from MASH to early help, reviewed at the "
          "Quality Assurance and Performance Subgroup.",
          "Head of Early Help Services / Head of MASH (SCC)",
          ["Head of Early Help Services", "Head of MASH (SCC)"],
          "By 31 March 2025", "2025-03", "A", "amber",
          msr="First audit shows rationale recorded in 70% of step-downs."),
        A("3.1", [f3],
          "Agree a police attendance standard for initial strategy discussions, including virtual "
          "attendance out of hours.",
          "DCI Public Protection (Suffolk Constabulary)", ["DCI Public Protection (Suffolk Constabulary)"],
          "30/09/2024", "2024-09", "B", "blue",
          msr="Standard agreed September 2024."),
        A("3.2", [f3],
          "Track police attendance and information-sharing at strategy discussions on a monthly partnership dashboard.",
          "MASH Performance Analyst", ["MASH Performance Analyst"],
          "Q1 2025/26", "2025-06", "G", "green",
          msr="Police attendance above 95% for three consecutive months."),
        A("3.3", [f3],
          "Deliver joint strategy discussion training for police, health and children’s social care "
          "practitioners.",
          "SSP Learning and Development Lead", ["SSP Learning and Development Lead"],
          "June 2025", "2025-06", "G", "green",
          msr="200 practitioners trained; evaluation shows improved confidence."),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    doc.add_heading(title, level=0)
    doc.add_paragraph("The multi-agency response to identification of initial need and risk ('front door' JTAI)")
    doc.add_paragraph("Inspection: 12–16 February 2024. Letter published: 9 April 2024. "
                      "Action plan submitted: 16 July 2024. Progress at: 31 January 2025.")
    doc.add_paragraph("Version control").runs[0].bold = True
    vt = doc.add_table(rows=1, cols=4)
    vt.style = "Table Grid"
    for c, h in zip(vt.rows[0].cells, ["Version", "Date", "Summary of changes", "Author"]):
        set_cell(c, h, bold=True)
    for vrow in [("1.0", "16/07/2024", "Submitted to Ofsted", "SSP Business Manager"),
                 ("1.1", "21/10/2024", "Q2 progress", "SSP Business Manager"),
                 ("1.2", "31/01/2025", "Q3 progress", "SSP Business Manager")]:
        cells = vt.add_row().cells
        for c, v in zip(cells, vrow):
            set_cell(c, v)
    doc.add_paragraph()
    doc.add_paragraph("RAG: B = complete, G = on track, A = some delay, R = significant concern")
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead agency and officer", "Timescale",
                                       "Measure of success / progress", "RAG"]):
        set_cell(c, h, bold=True)
        shade(c, "BDD7EE")
    colmap = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}
    cur = None
    for a in acts:
        if a["under"][0] != cur:
            cur = a["under"][0]
            row = t.add_row()
            m = row.cells[0].merge(row.cells[5])
            set_cell(m, cur, bold=True)
            shade(m, "F2F2F2")
        cells = t.add_row().cells
        set_cell(cells[0], a["ref"])
        set_cell(cells[1], a["action"])
        set_cell(cells[2], a["lead_cell"])
        set_cell(cells[3], a["end_cell"])
        set_cell(cells[4], a["msr"])
        set_cell(cells[5], a["status_cell"])
        shade(cells[5], colmap[a["status_cell"]])
    doc.add_paragraph()
    doc.add_paragraph("Signed on behalf of the Suffolk Safeguarding Partnership").runs[0].bold = True
    sg = doc.add_table(rows=1, cols=3)
    sg.style = "Table Grid"
    for c, h in zip(sg.rows[0].cells, ["Partner", "Role", "Date"]):
        set_cell(c, h, bold=True)
    for srow in [("Suffolk County Council", "Executive Director of Children and Young People’s Services", "16/07/2024"),
                 ("Suffolk Constabulary", "Assistant Chief Constable", "16/07/2024"),
                 ("Suffolk and North East Essex ICB", "Chief Nursing Officer", "16/07/2024")]:
        cells = sg.add_row().cells
        for c, v in zip(cells, srow):
            set_cell(c, v)
    doc.save(os.path.join(OUT, name))

    write_expected(
        name,
        source=("Imitates the partnership action plan a safeguarding children partnership submits after a "
                "'front door' joint targeted area inspection (Ofsted, CQC and HMICFRS, reintroduced April 2022), "
                "here for the Suffolk Safeguarding Partnership (https://suffolksp.org.uk/governance-structure) in "
                "2024–25. Copied features: title and theme lines, inspection/letter/submission dates, version "
                "control table, RAG key line, one plan table with full-width merged 'Area for improvement' rows "
                "above numbered actions, lead agency and officer in one cell, varied timescale wording (date, "
                "'End of', 'By', financial quarter, Monthly), RAG letters in shaded cells, sign-off table."),
        reads=("A Word plan with a version table, then one table in which three areas for improvement (merged "
               "rows) each head numbered actions (seven in all) with lead, timescale, success measure and a RAG "
               "letter; a sign-off table ends the document."),
        title=title, actions=acts)


# ---------------------------------------------------------------------------
# 6. Torbay early help partnership strategy action plan (csv)
# ---------------------------------------------------------------------------
def torbay():
    name = "ko1-torbay-early-help-partnership-strategy-action-plan.csv"
    title = "Torbay Early Help Partnership Strategy 2024–2027"
    q1 = "Priority 1: Families can find help early, in their own community"
    q2 = "Priority 2: Partners share responsibility for early help"
    q3 = "Priority 3: Families get the right support for as long as they need it"
    acts = [
        A("EH1.1", [q1],
          "Open the third Family Hub in Paignton, with co-located health visiting and midwifery.",
          "Head of Family Hubs", ["Head of Family Hubs"],
          "30/09/2024", "2024-09", "Complete", "blue", start="01/04/2024",
          upd="Paignton Family Hub opened 16 September 2024."),
        A("EH1.2", [q1],
          "Launch the Family Hubs online directory with the voluntary and community sector, so families "
          "can search for local help by age and need.",
          "Family Hubs Digital Officer; Torbay Community Development Trust",
          ["Family Hubs Digital Officer", "Torbay Community Development Trust"],
          "31/12/2024", "2024-12", "Green", "green", start="01/06/2024",
          upd="Directory live in test with 212 services, public launch 9 December."),
        A("EH1.3", [q1],
          "Deliver Early Help Assessment training to partners:\n- schools and early years settings\n"
          "- GP practices and health visiting teams",
          "Early Help Workforce Development Lead", ["Early Help Workforce Development Lead"],
          "Ongoing", None, "Green", "green", end_text="Ongoing", start="01/04/2024",
          upd="146 practitioners trained this year, including 38 from schools."),
        A("EH2.1", [q2],
          "Agree a partnership Early Help threshold document with Torbay Safeguarding Children Partnership.",
          "Head of Early Help / TSCP Business Manager", ["Head of Early Help", "TSCP Business Manager"],
          "31/10/2024", "2024-10", "Complete", "blue", start="01/04/2024",
          upd="Signed off by TSCP Executive, 24 October."),
        A("EH2.2", [q2],
          "Increase the proportion of Early Help Assessments led by partners (not Torbay Council) to 40%.",
          "Early Help Partnership Board Chair", ["Early Help Partnership Board Chair"],
          "31/03/2025", "2025-03", "Amber", "amber", start="01/04/2024",
          upd="Currently 31%, up from 22%. Schools leading more, health and housing still low."),
        A("EH2.3", [q2],
          "Hold an Early Help network meeting in each of the three localities (Torquay, Paignton, Brixham).",
          "Locality Network Coordinators", ["Locality Network Coordinators"],
          "Termly", None, "Green", "green", end_text="Termly", start="01/09/2024",
          upd="Autumn meetings held in all three localities."),
        A("EH3.1", [q3],
          "Extend the Supporting Families keyworker offer to families whose children are at risk of "
          "exclusion from school.",
          "Supporting Families Coordinator / Inclusion Lead (Education)",
          ["Supporting Families Coordinator", "Inclusion Lead (Education)"],
          "Summer term 2025", "2025-07", "Not started", "unrated", start="01/04/2025",
          upd="Due to start in April 2025."),
        A("EH3.2", [q3],
          "Evaluate the Torbay Promise pilot for families with newborns and make a recommendation on roll-out.",
          "Public Health Principal", ["Public Health Principal"],
          "31/03/2025", "2025-03", "Red", "red", start="01/10/2024",
          upd="Evaluation partner not yet appointed; report to Board in February with revised plan."),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    n = 8
    w.writerow([title] + [""] * (n - 1))
    w.writerow(["Year 1 Delivery Plan (April 2024 – March 2025) – position at end of Quarter 3"] + [""] * (n - 1))
    w.writerow([""] * n)
    w.writerow(["Priority", "Ref", "Action", "Lead(s)", "Start", "Due", "RAG", "Q3 update"])
    cur = None
    for a in acts:
        pr = a["under"][0] if a["under"][0] != cur else ""
        cur = a["under"][0]
        w.writerow([pr, a["ref"], a["action"], a["lead_cell"], a["start"], a["end_cell"],
                    a["status_cell"], a["upd"]])
    w.writerow([""] * n)
    w.writerow(["Key: Complete = delivered; Green = on track; Amber = at risk; Red = off track; "
                "Not started = due to start later in the plan"] + [""] * (n - 1))
    with open(os.path.join(OUT, name), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())

    write_expected(
        name,
        source=("Imitates the delivery plan of a partnership early help strategy such as Torbay's (Torbay "
                "Early Help Strategy; partnership Early Help model with Family Hubs, locality networks and the "
                "Torbay Promise pilot, https://peopletoo.co.uk/?p=18705), saved from Excel as CSV UTF-8. Copied "
                "features: two title lines above the header, priority written only on the first row of its "
                "group (blank below), EH-prefixed refs, day-first start and due dates plus Ongoing, Termly and a "
                "school term, RAG words, a quoted multi-line action with a bulleted list, a key line at the end."),
        reads=("A CSV with a title, then eight actions under three priorities (priority shown once per group); "
               "each has a lead, start and due date, a RAG word and a Q3 update."),
        title=title, actions=acts)


# ---------------------------------------------------------------------------
# 7. Highland Council fostering service Care Inspectorate improvement plan (txt)
# ---------------------------------------------------------------------------
def highland():
    name = "ko1-highland-council-fostering-service-care-inspectorate-improvement-plan.txt"
    title = "The Highland Council Fostering Service – Care Inspectorate Inspection Improvement Plan"
    S1 = "REQUIREMENTS"
    S2 = "AREAS FOR IMPROVEMENT"
    rq1 = ("Requirement 1: By 31 March 2023, the provider must ensure that every foster carer has an annual "
           "review that is completed on time and informed by the views of children, their social workers and "
           "the carers themselves.")
    rq2 = ("Requirement 2: By 30 June 2023, the provider must ensure that children who need permanence away "
           "from their birth family have their plans progressed without drift and delay.")
    af1 = ("Area for improvement 1: To support children’s wellbeing, the provider should ensure that foster "
           "carers can access training in trauma-informed care and that learning is reviewed in supervision.")
    af2 = ("Area for improvement 2: The provider should ensure that its quality assurance of carers’ records, "
           "safer caring plans and unannounced visits is consistent across all areas of Highland.")
    acts = [
        A("R1.1", [S1, rq1],
          "Create a central tracker of all foster carer annual reviews, with monthly exception reports to "
          "the Principal Officer.",
          "Fostering Team Manager (Inverness)", ["Fostering Team Manager (Inverness)"],
          "31/03/2023", "2023-03", "Complete", "blue",
          upd="Tracker in place; 94% of reviews in timescale at July 2023."),
        A("R1.2", [S1, rq1],
          "Revise the annual review paperwork to include feedback forms for children, children’s social "
          "workers and carers.",
          "Independent Reviewing Officer / Fostering Team Manager",
          ["Independent Reviewing Officer", "Fostering Team Manager"],
          "March 2023", "2023-03", "Complete", "blue",
          upd="New forms in use from March 2023."),
        A("R2.1", [S1, rq2],
          "Hold a monthly Permanence Tracking Meeting to review every child with a plan for permanence "
          "away from home.",
          "Principal Officer Family Based Care", ["Principal Officer Family Based Care"],
          "30/06/2023", "2023-06", "Complete", "blue",
          upd="Meeting established April 2023; 63 children tracked."),
        A("R2.2", [S1, rq2],
          "Agree timescales with the Scottish Children’s Reporter Administration and Legal Services for "
          "permanence applications, and report delays to the Chief Social Work Officer.",
          "Head of Children’s Services; Chief Social Work Officer",
          ["Head of Children’s Services", "Chief Social Work Officer"],
          "Q2 2023/24", "2023-09", "Amber", "amber",
          upd="Protocol with SCRA agreed. Legal Services capacity still causing delay in 9 cases."),
        A("A1.1", [S2, af1],
          "Commission a trauma-informed care training programme for all foster carers, with at least one "
          "course in each of the three operational areas.",
          "Learning and Development Officer (Family Based Care)",
          ["Learning and Development Officer (Family Based Care)"],
          "Dec 2023", "2023-12", "Green", "green",
          upd="Programme commissioned. North and Mid courses held; South booked for November."),
        A("A1.2", [S2, af1],
          "Add a standing item on learning and development to foster carer supervision records.",
          "Supervising Social Workers", ["Supervising Social Workers"],
          "Ongoing", None, "Green", "green", end_text="Ongoing",
          upd="Supervision template updated June 2023."),
        A("A2.1", [S2, af2],
          "Introduce a quarterly file audit of carers’ records, safer caring plans and unannounced visits "
          "across all areas, reported to the Family Based Care Management Team.",
          "Fostering and Adoption Team Managers", ["Fostering and Adoption Team Managers"],
          "31 October 2023", "2023-10", "Green", "green",
          upd="First audit completed August 2023 (40 files)."),
    ]
    L = []
    L.append(title)
    L.append("Inspection: October 2022\tReport published: 13 December 2022\tPlan agreed: 27 January 2023\t"
             "Last reviewed: 31 August 2023")
    L.append("")
    cur_s = None
    cur_r = None
    for a in acts:
        s, rq = a["under"]
        if s != cur_s:
            if cur_s is not None:
                L.append("")
            L.append(s)
            L.append("No.\tAction\tResponsible\tTimescale\tRAG\tProgress update")
            cur_s = s
        if rq != cur_r:
            L.append(rq)
            cur_r = rq
        L.append("\t".join([a["ref"], a["action"], a["lead_cell"], a["end_cell"], a["status_cell"], a["upd"]]))
    L.append("")
    L.append("RAG status: Complete / Green = on track / Amber = some risk / Red = off track")
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")

    write_expected(
        name,
        source=("Imitates the improvement plan The Highland Council would keep after the Care Inspectorate "
                "inspection of its fostering service reported in December 2022 (criticism of drift and delay: "
                "https://www.pressandjournal.co.uk/fp/news/highlands-islands/5153782/); Care Inspectorate "
                "reports set 'requirements' with a by-date and 'areas for improvement'. Exported from a "
                "spreadsheet as tab-separated text. Copied features: title line, inspection/report/review dates "
                "line, upper-case sections for requirements and areas for improvement each with its own header "
                "line, the requirement/area text on its own line above its actions, R/A-prefixed refs, posts as "
                "leads, dates in several forms, RAG words, a key line at the end."),
        reads=("A tab-separated plan: a REQUIREMENTS section with two requirements and an AREAS FOR IMPROVEMENT "
               "section with two areas, each followed by its actions (seven in all) with responsible post, "
               "timescale, RAG and progress."),
        title=title, actions=acts)


if __name__ == "__main__":
    medway()
    leicestershire()
    row = stockton()
    shropshire()
    suffolk()
    torbay()
    highland()
    print("stockton typo row:", row)
    print("built in", OUT)
