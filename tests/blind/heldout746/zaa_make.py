#!/usr/bin/env python3
"""Build the seven zaa- blind cases (data files and their expected readings).

Run with /work/main/.venv/bin/python (needs python-docx, openpyxl, pyyaml).
Writes only files whose names start with "zaa-" into the folder of this script.
"""
import csv
import os
from datetime import datetime

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
    assert name.startswith("zaa-")
    return os.path.join(HERE, name)


def A(ref, under, action, lead, end, status, end_text=None):
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
    with open(out(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100000,
                       default_flow_style=False)


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, color=None, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    if size:
        run.font.size = Pt(size)
    return cell


# ---------------------------------------------------------------- xlsx helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
FILLS = {
    "B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000", "GREY": "A6A6A6",
    "HEAD": "1F3864", "THEME": "D9E1F2", "REC": "EDEDED", "WHITE": "FFFFFF",
}


def fill(hex_fill):
    return PatternFill("solid", start_color=hex_fill, end_color=hex_fill)


def box_row(ws, row, ncols):
    for c in range(1, ncols + 1):
        cell = ws.cell(row=row, column=c)
        cell.border = BOX
        cell.alignment = WRAP


# ============================================================ 1. HMP Whatton
def make_whatton():
    name = "zaa-hmp-whatton-hmip-inspection-action-plan.docx"
    title = "Action Plan: HMP Whatton"
    doc = Document()
    p = doc.add_paragraph()
    r = p.add_run(title)
    r.bold = True
    r.font.size = Pt(20)
    doc.add_paragraph("Action Plan Submitted: 24 June 2024")
    doc.add_paragraph("A Response to the HMIP Inspection: 15–25 January 2024")
    doc.add_paragraph("Report Published: 29 April 2024")
    doc.add_heading("INTRODUCTION", level=2)
    doc.add_paragraph(
        "HM Inspectorate of Prisons (HMIP) is an independent inspectorate which reports on the "
        "conditions for and treatment of those in prison, young offender institutions and court "
        "custody. Since May 2022 HMIP reports have set out priority and key concerns rather than "
        "numbered recommendations. In response to the report HMPPS is required to draft a robust "
        "and timely action plan. The plan confirms whether each concern is agreed, partly agreed or "
        "not agreed and, where it is agreed or partly agreed, sets out specific actions with the "
        "owner and timescale of each step clearly identified. Progress will be reviewed at the "
        "prison’s Senior Leadership Team meeting every month and by the Prison Group Director.")
    doc.add_paragraph("The action plan uses the following categorisations:")
    cat = doc.add_table(rows=4, cols=3)
    cat.style = "Table Grid"
    rows = [("Term", "Definition", "Additional comment"),
            ("Agreed", "All of the concern is agreed with, can be achieved and is affordable.",
             "The response clearly explains how the concern will be addressed, with SMART actions and timescales."),
            ("Partly Agreed", "Only part of the concern is agreed with, is achievable and affordable.",
             "The response states clearly which part will be addressed and why the rest cannot be."),
            ("Not Agreed", "The concern is not agreed with or cannot be achieved or afforded.",
             "The response explains the reasons, for example commissioning, policy or operational constraints.")]
    for i, row in enumerate(rows):
        for j, t in enumerate(row):
            set_cell(cat.cell(i, j), t, bold=(i == 0))
            if i == 0:
                shade(cat.cell(i, j), "D9D9D9")

    PRI = "Priority concerns"
    KEY = "Key concerns"
    concerns = [
        (PRI, "Priority concern 1",
         "The experiences of black prisoners were still poorer than those of other prisoners, a concern raised at our previous two inspections.",
         "Agreed",
         [("1.1", "Commission an independent review of outcomes for black prisoners, drawing on equality monitoring data and prisoner focus groups, and share the findings with staff and prisoners.",
           "Governor", ["Governor"], "31 October 2024", "2024-10", None),
          ("1.2", "Establish a Race Equality Action Group chaired by the Governor, with prisoner representatives from each wing, to meet monthly and track the race equality action plan.",
           "Head of Equalities / Deputy Governor", ["Head of Equalities", "Deputy Governor"], "August 2024", "2024-08", None),
          ("1.3", "Analyse adjudications, use of force, incentives levels and work allocations by ethnicity at every Diversity and Inclusion meeting and act where disproportionality is identified.",
           "Head of Equalities", ["Head of Equalities"], "Ongoing – reviewed monthly", None, "Ongoing – reviewed monthly")]),
        (PRI, "Priority concern 2",
         "Behaviour management processes were overly punitive. Cellular confinement was used far more than at similar prisons and good behaviour was not incentivised well enough.",
         "Agreed",
         [("2.1", "Review adjudication tariffs with all adjudicating governors so that cellular confinement is used only as a last resort, and dip-sample ten hearings each month.",
           "Head of Safety", ["Head of Safety"], "30 September 2024", "2024-09", None),
          ("2.2", "Revise the local incentives policy framework with the prisoner council to introduce meaningful rewards for enhanced prisoners, including additional family days.",
           "Head of Residence", ["Head of Residence"], "31/12/2024", "2024-12", None)]),
        (PRI, "Priority concern 3",
         "Self-harm was higher than at comparator prisons and had risen over the previous two years.",
         "Agreed",
         [("3.1", "Complete a safety diagnostic of all self-harm incidents since January 2022 to identify triggers, locations and times, and use it to refresh the safer custody strategy.",
           "Head of Safety / Safer Custody Manager", ["Head of Safety", "Safer Custody Manager"], "September 2024", "2024-09", None),
          ("3.2", "Deliver refresher ACCT case management training to all residential supervising officers.",
           "Learning and Development Manager", ["Learning and Development Manager"], "March 2025", "2025-03", None)]),
        (KEY, "Key concern 4",
         "Many prisoners had poor literacy and numeracy, and the roll-out of the prison-wide reading strategy had been too slow.",
         "Agreed",
         [("4.1", "Appoint a reading strategy lead and train peer reading mentors on every wing.",
           "Head of Education, Skills and Work", ["Head of Education, Skills and Work"], "November 2024", "2024-11", None),
          ("4.2", "Screen all new arrivals for reading ability within ten working days of reception and refer those assessed below Entry Level 3 to education or the peer reading scheme.",
           "Education Provider Manager", ["Education Provider Manager"], "January 2025", "2025-01", None)]),
        (KEY, "Key concern 5",
         "A lack of accredited programmes meant that some prisoners waited years to complete the offending behaviour work in their sentence plans, which held back their progression.",
         "Partly Agreed",
         [("5.1", "Agree with HMPPS Interventions Services an increase in Kaizen and Horizon programme places for 2025–26 and publish waiting list information to prisoners every quarter.",
           "Head of Reducing Reoffending", ["Head of Reducing Reoffending"], "April 2025", "2025-04", None),
          ("5.2", "Prioritise programme allocations by sentence end date and parole eligibility, reviewing the waiting list at the monthly interventions management meeting.",
           "Head of Interventions", ["Head of Interventions"], "Q3 2024/25", "2024-12", None)]),
        (KEY, "Key concern 6",
         "Living conditions on B wing were poor. Cells were cramped, in-cell toilets were not screened and there was black mould on poorly ventilated walls.",
         "Agreed",
         [("6.1", "Fit privacy screens to all in-cell toilets on B wing.",
           "Head of Residence / Head of Estates", ["Head of Residence", "Head of Estates"], "31 December 2024", "2024-12", None),
          ("6.2", "Treat every B wing cell affected by mould and submit a capital bid to HMPPS for replacement windows and ventilation.",
           "Head of Operations", ["Head of Operations"], "March 2025", "2025-03", None)]),
    ]

    actions = []
    current = None
    for section, label, text, response, acts in concerns:
        if section != current:
            doc.add_heading(section, level=2)
            current = section
        t = doc.add_table(rows=3 + len(acts), cols=4)
        t.style = "Table Grid"
        set_cell(t.cell(0, 0), label, bold=True)
        shade(t.cell(0, 0), "D9E2F3")
        m = t.cell(0, 1).merge(t.cell(0, 3))
        set_cell(m, text, bold=True)
        shade(m, "D9E2F3")
        set_cell(t.cell(1, 0), "Response", bold=True)
        m = t.cell(1, 1).merge(t.cell(1, 3))
        set_cell(m, response)
        for j, h in enumerate(["Ref", "Action", "Responsible owner", "Target date"]):
            set_cell(t.cell(2, j), h, bold=True)
            shade(t.cell(2, j), "F2F2F2")
        for i, (ref, act, owner_cell, owners, end_cell, end, end_text) in enumerate(acts):
            for j, v in enumerate([ref, act, owner_cell, end_cell]):
                set_cell(t.cell(3 + i, j), v)
            actions.append(A(ref, [section, text], act, owners, end, "unrated", end_text))
        doc.add_paragraph("")

    doc.add_paragraph(
        "Note: target dates for actions that depend on HMPPS capital funding or national "
        "commissioning are subject to confirmation by the Prison Group Director.")
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for j, h in enumerate(["Signed off by", "Role", "Date"]):
        set_cell(so.cell(0, j), h, bold=True)
    for j, v in enumerate(["K. Harrison", "Prison Group Director", "21 June 2024"]):
        set_cell(so.cell(1, j), v)
    doc.save(out(name))

    write_expected(
        name,
        source=("Imitates the HMPPS action plans published on GOV.UK in response to HM Inspectorate of "
                "Prisons reports (e.g. 'Action Plan: HMP Elmley' and 'Action Plan: HMP The Verne', whose "
                "title block reads Action Plan Submitted / A Response to the HMIP Inspection / Report "
                "Published, followed by an introduction and an Agreed / Partly Agreed / Not Agreed "
                "categorisation table), updated to the post-May 2022 HMIP format of priority and key "
                "concerns. The concerns paraphrase the HMIP report on HMP Whatton (inspected 15-25 January "
                "2024, published 29 April 2024: hmiprisons.justiceinspectorates.gov.uk/news/reports-published-29-april/). "
                "Copied features: title block, categorisation table, one Word table per concern with the "
                "concern text in a shaded first row and a Response row above Ref/Action/Responsible owner/"
                "Target date, 'Priority concerns' and 'Key concerns' headings between tables, two posts "
                "split by '/', 'Ongoing' and 'Q3 2024/25' target dates, no RAG column, sign-off table."),
        reads=("An HMPPS action plan for HMP Whatton answering six HMIP concerns (three priority, three key). "
               "Each concern has its own table with the concern text, the response (Agreed / Partly Agreed) "
               "and 1-3 numbered actions with a responsible owner and a target date; there is no progress "
               "or RAG column, so every action is unrated."),
        outcome="read", title=title, actions=actions)


# ============================================================ 2. Nottinghamshire Police
def make_notts_police():
    name = ("zaa-nottinghamshire-police-hmicfrs-disproportionate-use-of-police-powers-"
            "recommendations-tracker.xlsx")
    title = ("Nottinghamshire Police – HMICFRS Recommendations Tracker: Disproportionate use of "
             "police powers")
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = ("Disproportionate use of police powers – A spotlight on stop and search and the use "
                 "of force (HMICFRS, published 26 February 2021)")
    info = [("Reporting to:", "Force Executive Board / Joint Audit and Scrutiny Panel"),
            ("Position as at:", "30 September 2025"),
            ("Chief officer lead:", "ACC Local Policing"),
            ("Tracker owner:", "Force Inspection & Audit Liaison"),
            ("Version:", "v7.2")]
    for i, (k, v) in enumerate(info, start=4):
        cov.cell(row=i, column=1, value=k).font = Font(bold=True)
        cov.cell(row=i, column=2, value=v)
    cov["A10"] = "RAG key"
    cov["A10"].font = Font(bold=True)
    key = [("B", "Complete – closure evidence submitted to the HMICFRS monitoring portal"),
           ("G", "On track to deliver by the deadline (revised deadline where one is shown)"),
           ("A", "Some slippage – deadline at risk"),
           ("R", "Off track – deadline missed or new revised deadline required; escalated to FEB")]
    for i, (k, v) in enumerate(key, start=11):
        c = cov.cell(row=i, column=1, value=k)
        c.fill = fill(FILLS[k])
        c.font = Font(bold=True, color="FFFFFF" if k in "BR" else "000000")
        c.alignment = Alignment(horizontal="center")
        cov.cell(row=i, column=2, value=v)
    cov["A16"] = ("Recommendations addressed to the Home Office, the NPCC or the College of Policing "
                  "are not tracked here.")
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 90

    ws = wb.create_sheet("Tracker")
    headers = ["Rec No.", "HMICFRS recommendation", "Action ref", "Force action", "Action owner",
               "Original deadline", "Revised deadline", "Previous RAG (Jun-25)",
               "Current RAG (Sep-25)", "Progress update", "HMICFRS portal status"]
    ncol = len(headers)
    ws.cell(row=1, column=1, value="HMICFRS – Disproportionate use of police powers (Feb 2021): "
            "recommendations for forces").font = Font(bold=True, size=13)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws.cell(row=2, column=1, value="Updates are provided by action owners before each quarterly "
            "Force Executive Board. Closed actions remain on the tracker until HMICFRS confirms closure.")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    for j, h in enumerate(headers, start=1):
        c = ws.cell(row=3, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILLS["HEAD"])
    box_row(ws, 3, ncol)

    T1 = "Theme 1: Interactions with the public – culture and learning"
    T2 = "Theme 2: Understanding and scrutinising the use of force"
    T3 = "Theme 3: Disproportionality in stop and search"
    R1 = ("By July 2022, forces should ensure that officers and staff have effective communication "
          "skills, in line with the National Policing Guidelines on Conflict Management. This should be "
          "in addition to existing training on conflict management and de-escalation.")
    R2 = ("By July 2021, forces should ensure that communication skills are reinforced as part of the "
          "programme of continuing professional development for officers and staff, and that "
          "supervisors are supported to routinely and frequently debrief officers on these skills using "
          "body-worn video footage.")
    R3 = ("By September 2021, forces should:\n"
          "• ensure that officers record on body-worn video (when this is available) the entirety of all "
          "stop and search encounters, including traffic stops and use of force incidents;\n"
          "• have a structured process for regularly reviewing and monitoring internally a sufficient "
          "sample of body-worn video footage to identify and disseminate learning and hold officers to "
          "account when behaviour falls below acceptable standards; and\n"
          "• provide external scrutiny panel members with access to samples of body-worn video footage "
          "showing stop and search encounters and use of force incidents.")
    R5 = ("By July 2021, forces should ensure they have effective internal monitoring processes on the "
          "use of force, to help them to identify and understand disproportionate use, explain the "
          "reasons and implement any necessary improvement action.")
    R6 = ("By July 2021, forces should ensure they have effective external scrutiny processes on the use "
          "of force, involving members of the public from the communities most affected.")
    R7 = ("By July 2021, forces should monitor and analyse stop and search data, including find rates "
          "and the prevalence of searches for drug possession, to understand the reasons for any "
          "disproportionality and take action where it is identified.")
    d = datetime
    # (ref, action, owner cell, owners, original(date), revised (date|str|None), prev, cur,
    #  update, portal, end)
    plan = [
        (T1, [
            ("1", R1, [
                ("1a", "Deliver the 'Communication in Conflict' input to all response and neighbourhood officers through the Operational Skills Training programme.",
                 "Head of Learning & Development", ["Head of Learning & Development"], d(2022, 7, 1), d(2024, 3, 31), "B", "B",
                 "All 1,412 frontline officers trained by March 2024. New joiners receive the input in week 9 of the PCDA/DHEP programme.", "Closure evidence submitted", "2024-03"),
                ("1b", "Add communication skills and de-escalation to the annual PDR conversation for frontline constables and sergeants.",
                 "Head of People Services", ["Head of People Services"], d(2022, 7, 1), None, "G", "B",
                 "PDR template updated for the 2025/26 cycle. Completion rates reported to the People Board.", "Closure evidence submitted", "2022-07"),
            ]),
            ("2", R2, [
                ("2a", "Introduce monthly supervisor-led body-worn video debriefs of stop and search encounters on every response shift, recorded on the supervisory review form.",
                 "T/Supt R. Okafor & Insp D. Greaves", ["T/Supt R. Okafor", "Insp D. Greaves"], d(2021, 7, 1), d(2025, 12, 31), "A", "G",
                 "Debriefs now running on 9 of 10 response shifts. Remaining shift to start in October after sergeant vacancies are filled.", "Being progressed", "2025-12"),
            ]),
            ("3", R3, [
                ("3a", "Amend the body-worn video policy so that activation is mandatory for the whole of every stop and search, traffic stop and use of force incident.",
                 "Supt Operational Support", ["Supt Operational Support"], d(2021, 9, 1), None, "B", "B",
                 "Policy amended and published on the intranet. Compliance checked through the monthly dip-sample (3b).", "Closure evidence submitted", "2021-09"),
                ("3b", "Dip-sample 20 body-worn video recordings of stop and search each month through the Stop and Search Governance Board and publish the learning in the force learning bulletin.",
                 "Ch Insp Stop and Search Lead", ["Ch Insp Stop and Search Lead"], d(2021, 9, 1), d(2025, 6, 30), "A", "R",
                 "Dip-sampling paused April–July 2025 because of abstractions to public order duties; restarted in August. A new revised deadline will be proposed to FEB in October.", "Being progressed", "2025-06"),
                ("3c", "Give the Stop and Search Community Scrutiny Panel a random sample of body-worn video footage to review at each quarterly meeting, applying the College of Policing APP safeguards.",
                 "OPCC Head of Strategy and Assurance / Ch Insp Stop and Search Lead", ["OPCC Head of Strategy and Assurance", "Ch Insp Stop and Search Lead"], d(2021, 9, 1), None, "G", "B",
                 "Panel has reviewed footage at every meeting since January 2023; feedback log maintained by the OPCC.", "Closure evidence submitted", "2021-09"),
            ]),
        ]),
        (T2, [
            ("5", R5, [
                ("5a", "Build a use of force dashboard in Power BI showing disproportionality by ethnicity, age, gender and tactic, refreshed monthly.",
                 "Head of Business Insight", ["Head of Business Insight"], d(2021, 7, 1), d(2026, 3, 31), "A", "G",
                 "Data feed from the use of force app rebuilt after the records system upgrade. Test version shared with the Fairness and Legitimacy Board in September.", "Being progressed", "2026-03"),
                ("5b", "Add a standing use of force disproportionality item to the quarterly Fairness and Legitimacy Board, with actions recorded and tracked.",
                 "ACC Local Policing", ["ACC Local Policing"], d(2021, 7, 1), None, "B", "B",
                 "Standing item in place since October 2021.", "Closure evidence submitted", "2021-07"),
            ]),
            ("6", R6, [
                ("6a", "Extend the remit of the Stop and Search Community Scrutiny Panel to cover use of force, renaming it the Police Powers Scrutiny Panel and recruiting four additional members aged 18–25.",
                 "OPCC Head of Strategy and Assurance", ["OPCC Head of Strategy and Assurance"], d(2021, 7, 1), d(2025, 11, 30), "R", "A",
                 "Terms of reference agreed. Two of four young members recruited; recruitment continuing with Nottingham Trent University and the youth commission.", "Being progressed", "2025-11"),
            ]),
        ]),
        (T3, [
            ("7", R7, [
                ("7a", "Publish a quarterly stop and search disproportionality report on the force website, including find rates by ethnicity and the proportion of searches for drug possession.",
                 "Head of Business Insight", ["Head of Business Insight"], d(2021, 7, 1), None, "B", "B",
                 "Published quarterly since Q2 2022/23.", "Closure evidence submitted", "2021-07"),
                ("7b", "Review every search of a Black person where nothing was found in the previous quarter and feed themes into individual officer development plans.",
                 "Ch Insp Stop and Search Lead", ["Ch Insp Stop and Search Lead"], d(2021, 7, 1), "Q4 2025/26", "A", "A",
                 "Reviews completed for Q4 2024/25 and Q1 2025/26. Development plan process awaiting sign-off by Professional Standards.", "Being progressed", "2026-03"),
            ]),
        ]),
    ]
    stat = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    row = 4
    actions = []
    counts = {"B": 0, "G": 0, "A": 0, "R": 0}
    for theme, recs in plan:
        c = ws.cell(row=row, column=1, value=theme)
        c.font = Font(bold=True)
        for j in range(1, ncol + 1):
            ws.cell(row=row, column=j).fill = fill(FILLS["THEME"])
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncol)
        row += 1
        for recno, rectext, acts in recs:
            first = row
            ws.cell(row=row, column=1, value=int(recno))
            ws.cell(row=row, column=2, value=rectext)
            for (ref, act, owner_cell, owners, orig, rev, prev, cur, upd, portal, end) in acts:
                ws.cell(row=row, column=3, value=ref)
                ws.cell(row=row, column=4, value=act)
                ws.cell(row=row, column=5, value=owner_cell)
                oc = ws.cell(row=row, column=6, value=orig)
                oc.number_format = "mmm-yy"
                if rev is not None:
                    rc = ws.cell(row=row, column=7, value=rev)
                    if isinstance(rev, datetime):
                        rc.number_format = "dd/mm/yyyy"
                for col, rag in ((8, prev), (9, cur)):
                    rcell = ws.cell(row=row, column=col, value=rag)
                    rcell.fill = fill(FILLS[rag])
                    rcell.font = Font(bold=True, color="FFFFFF" if rag in "BR" else "000000")
                ws.cell(row=row, column=10, value=upd)
                ws.cell(row=row, column=11, value=portal)
                box_row(ws, row, ncol)
                for col in (8, 9):
                    ws.cell(row=row, column=col).alignment = Alignment(horizontal="center", vertical="top")
                counts[cur] += 1
                actions.append(A(ref, [theme, rectext], act, owners, end, stat[cur],
                                 None))
                row += 1
            if row - 1 > first:
                ws.merge_cells(start_row=first, start_column=1, end_row=row - 1, end_column=1)
                ws.merge_cells(start_row=first, start_column=2, end_row=row - 1, end_column=2)
    row += 1
    ws.cell(row=row, column=1, value="Source: HMICFRS monitoring portal and action owner returns. "
            "Next update due to FEB: December 2025.").font = Font(italic=True)
    widths = [8, 55, 8, 55, 28, 12, 14, 12, 12, 55, 22]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + j)].width = w
    ws.freeze_panes = "C4"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of current RAG – September 2025"
    sm["A1"].font = Font(bold=True)
    sm["A3"], sm["B3"] = "Current RAG", "Number of actions"
    labels = [("B", "Complete"), ("G", "On track"), ("A", "At risk"), ("R", "Off track")]
    r = 4
    for k, lab in labels:
        sm.cell(row=r, column=1, value=f"{k} – {lab}").fill = fill(FILLS[k])
        sm.cell(row=r, column=2, value=counts[k])
        r += 1
    sm.cell(row=r, column=1, value="Total").font = Font(bold=True)
    sm.cell(row=r, column=2, value=sum(counts.values())).font = Font(bold=True)
    sm.column_dimensions["A"].width = 24
    sm.column_dimensions["B"].width = 18
    wb.save(out(name))

    write_expected(
        name,
        source=("Imitates a police force tracker of HMICFRS recommendations of the kind reported by forces "
                "and PCCs to joint audit/scrutiny panels (PCC responses to the HMICFRS spotlight report "
                "'Disproportionate use of police powers – A spotlight on stop and search and the use of "
                "force', 26 February 2021, are listed at hmicfrs.justiceinspectorates.gov.uk/publications/"
                "disproportionate-use-of-police-powers-a-spotlight-on-stop-and-search-and-the-use-of-force/; "
                "recommendation wording of recs 1, 2, 3 and 5 follows the report as quoted at "
                "write.as/glospolicess/disproportionate-use-of-police-powers, recs 6 and 7 are paraphrased). "
                "Copied features: cover sheet with reporting line, position date and RAG key, tracker "
                "sheet with theme rows, recommendation number and text merged down over its actions, "
                "action refs 1a/1b, original (mmm-yy) and revised (dd/mm/yyyy or 'Q4 2025/26') deadlines, "
                "Previous and Current RAG letters with fill colour, HMICFRS portal status ('Being "
                "progressed' as on the HMICFRS recommendation monitoring pages), summary sheet of counts."),
        reads=("A Nottinghamshire Police tracker of the force-level recommendations from the 2021 HMICFRS "
               "disproportionality spotlight report, as at September 2025. Eleven force actions sit under "
               "three themes and six recommendations; each has an owner, an original and sometimes a "
               "revised deadline (the revised one is the due month), and a previous and current RAG "
               "letter (the current one is the status)."),
        outcome="read", title=title, actions=actions)


# ============================================================ 3. South Wales FRS (refuse)
def make_swfrs():
    name = ("zaa-south-wales-fire-rescue-service-cfrai-operational-effectiveness-review-action-plan-"
            "typo-month-refuse.xlsx")
    title = ("South Wales Fire and Rescue Service – CFRAI Review of Operational Effectiveness: "
             "Recommendations Action Plan")
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ncol = 7
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = ("Review by the Chief Fire and Rescue Adviser and Inspector for Wales of the Service’s "
                "response to domestic dwelling fires (fieldwork July–August 2024)")
    ws.merge_cells("A2:G2")
    ws["A3"] = "Progress report to the Commissioners – Quarter 2 2025/26 (position at 30 September 2025)"
    ws.merge_cells("A3:G3")
    ws["A5"] = "RAG (cell colour):"
    ws["A5"].font = Font(bold=True)
    keycells = [("B", "Complete"), ("G", "On track"), ("A", "At risk"), ("R", "Off track"),
                ("GREY", "Deferred by Commissioners")]
    for j, (k, lab) in enumerate(keycells, start=2):
        c = ws.cell(row=5, column=j, value=lab)
        c.fill = fill(FILLS[k])
        c.font = Font(color="FFFFFF" if k in ("B", "R") else "000000")
    headers = ["Ref", "Action", "Owner", "Original target", "Revised target", "RAG",
               "Progress commentary"]
    for j, h in enumerate(headers, start=1):
        c = ws.cell(row=7, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("C00000")
    box_row(ws, 7, ncol)
    recs = [
        ("Recommendation 1 – The Service should rewrite its firefighting procedures so that they are coherent, consistent with each other and based on current fire science.", [
            ("1.1", "Withdraw the existing compartment firefighting guidance and publish an interim tactical note on gas cooling, door entry procedure and exterior attack.",
             "Area Manager Operations", "March 2025", "", "B", "Interim tactical note issued to all stations on 14 March 2025."),
            ("1.2", "Rewrite the domestic dwelling fire standard operating procedure with the Fire Service College and peer review it with Mid and West Wales FRS.",
             "Head of Operational Policy", "July 2025", "December 2025", "A", "Draft SOP out for consultation with the representative bodies; peer review booked for November."),
        ]),
        ("Recommendation 2 – All operational personnel should be retrained in modern firefighting tactics so that default tactics that increase risk are unlearned.", [
            ("2.1", "Deliver a two-day tactical firefighting course to every wholetime and on-call watch.",
             "Group Manager Training & Development", "July 2025", "June 2026", "R", "57 of 142 watches trained. Delivery slowed by instructor vacancies; business case for six additional instructors approved in August."),
            ("2.2", "Add tactical firefighting decision-making to the incident command assessments at levels 1 and 2.",
             "Group Manager Incident Command", "July 2025", "", "G", "New assessment scenarios in use from September 2025."),
        ]),
        ("Recommendation 3 – The Service should provide training facilities that replicate the modern fire environment.", [
            ("3.1", "Commission a feasibility study for a live fire training facility at Cardiff Gate, including a flashover simulator.",
             "Head of Estates", "September 2025", "", "G", "Study commissioned; report due to the Commissioners in October."),
            ("3.2", "Agree interim access to a carbonaceous fire training unit with a neighbouring service.",
             "Group Manager Training & Development", "July 2025", "Mrach 2026", "A", "Memorandum of understanding drafted; awaiting confirmation of course dates."),
        ]),
        ("Recommendation 4 – The Service should introduce arrangements to recognise, report and learn from adverse safety events and near misses at operational incidents.", [
            ("4.1", "Launch a near miss and adverse safety event reporting form in the operational assurance app, with a 10-day review standard.",
             "Head of Operational Assurance", "May 2025", "", "B", "Live since May 2025; 63 reports received in the first four months."),
            ("4.2", "Publish a quarterly operational learning bulletin summarising themes from reports and debriefs.",
             "Head of Operational Assurance", "Quarterly", "", "G", "First two bulletins published (June and September)."),
        ]),
        ("Recommendation 5 – The Service should review its duty systems and crewing arrangements so that crews can apply the revised tactics safely.", [
            ("5.1", "Commission an independent analysis of the effect of the current shift system on crew availability and competence before any change is proposed.",
             "Assistant Chief Fire Officer Service Delivery", "July 2025", "TBC", "GREY", "Commissioners agreed in March 2025 that changes to the shift system need more detailed analysis; scope to be agreed with the representative bodies."),
        ]),
    ]
    row = 8
    typo_row = None
    for rectext, acts in recs:
        c = ws.cell(row=row, column=1, value=rectext)
        c.font = Font(bold=True)
        c.alignment = WRAP
        for j in range(1, ncol + 1):
            ws.cell(row=row, column=j).fill = fill(FILLS["REC"])
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncol)
        ws.row_dimensions[row].height = 32
        row += 1
        for ref, act, owner, orig, rev, rag, comm in acts:
            vals = [ref, act, owner, orig, rev or None, None, comm]
            for j, v in enumerate(vals, start=1):
                ws.cell(row=row, column=j, value=v)
            ws.cell(row=row, column=6).fill = fill(FILLS[rag])
            box_row(ws, row, ncol)
            if rev == "Mrach 2026":
                typo_row = row
            row += 1
    row += 1
    ws.cell(row=row, column=1, value="Welsh Government expects all three Welsh fire and rescue "
            "authorities to act on the CFRAI findings by July 2025; revised targets are shown where "
            "the Commissioners have agreed them.").font = Font(italic=True)
    for j, w in enumerate([8, 60, 30, 14, 14, 8, 60], start=1):
        ws.column_dimensions[chr(64 + j)].width = w
    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary – Quarter 2 2025/26"
    sm["A1"].font = Font(bold=True)
    rows = [("Recommendations", 5), ("Actions", 9), ("Complete", 2), ("On track", 3),
            ("At risk", 2), ("Off track", 1), ("Deferred", 1)]
    for i, (k, v) in enumerate(rows, start=3):
        sm.cell(row=i, column=1, value=k)
        sm.cell(row=i, column=2, value=v)
    wb.save(out(name))
    assert typo_row is not None

    write_expected(
        name,
        source=("Imitates the action plan South Wales Fire and Rescue Service's Commissioners would keep for "
                "the Chief Fire and Rescue Adviser and Inspector for Wales's review of operational "
                "effectiveness at domestic dwelling fires (fieldwork July-August 2024; see "
                "southwales-fire.gov.uk/newsroom/news/review-of-operational-effectiveness-of-south-wales-fire-"
                "and-rescue-service-by-chief-fire-and-rescue-advisor-and-inspector-for-wales and the Welsh "
                "Government written statement gov.wales/written-statement-report-effectiveness-firefighting; "
                "the shift-system recommendation deferred for more analysis follows the Commissioners' "
                "response). Recommendations are paraphrased from the published findings. Copied features: "
                "title block with progress-report line, colour-only RAG key in cells, recommendation text "
                "in a full-width shaded row above its actions, original and revised targets as month "
                "words, colour-only RAG cell, grey 'deferred' status, summary sheet."),
        reads=("A quarterly progress report on the SWFRS action plan for the CFRAI operational effectiveness "
               "review: five recommendations, each followed by its numbered actions with owner, original and "
               "revised targets and a colour-only RAG cell. The revised target of action 3.2 reads "
               "'Mrach 2026', a mistyped month, so a careful reader stops and asks which month was meant "
               "before importing the plan."),
        outcome="refuse", title=title, refuse_at=typo_row)


# ============================================================ 4. Aberystwyth ITE (Estyn)
def make_aber_ite():
    name = "zaa-aberystwyth-university-ite-partnership-estyn-post-inspection-action-plan.xlsx"
    title = ("Aberystwyth University ITE Partnership – Post-inspection Action Plan / "
             "Cynllun Gweithredu Ôl-arolygiad")
    wb = Workbook()
    ws = wb.active
    ws.title = "PIAP"
    ncol = 7
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = ("Partneriaeth Addysg Gychwynnol Athrawon Prifysgol Aberystwyth – Estyn inspection, "
                "February 2024")
    ws.merge_cells("A2:G2")
    ws["A3"] = "Updated for the Partnership Strategic Board, 12 June 2025"
    ws["A3"].font = Font(italic=True)
    ws.merge_cells("A3:G3")
    headers = ["Argymhelliad / Recommendation", "Cam gweithredu / Action", "Arweinydd / Lead",
               "Amserlen / Timescale", "Meini prawf llwyddiant / Success criteria",
               "Statws / Status", "Diweddariad / Update"]
    for j, h in enumerate(headers, start=1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("5B2C6F")
    box_row(ws, 5, ncol)
    stat_fill = {"Complete": "9BC2E6", "On track": "A9D08E", "Amber": "FFD966",
                 "Red": "FF7C80", "Not started": "FFFFFF"}
    stat_read = {"Complete": "blue", "On track": "green", "Amber": "amber", "Red": "red",
                 "Not started": "unrated"}
    recs = [
        ("R1 Strengthen the quality assurance of mentoring and school-based provision so that all student teachers receive consistently effective support", [
            ("1.1", "Introduce a common mentor quality assurance framework, including joint observations of mentor meetings by university tutors and lead mentors.",
             "Director of ITE", ["Director of ITE"], "September 2024", "2024-09", None,
             "Every lead school completes two joint observations each year.", "Complete", "Framework in use in all 24 lead schools since September 2024."),
            ("1.2", "Provide mentor development sessions each term for all school mentors, with attendance monitored by the Partnership Office.",
             "Partnership Lead Mentor", ["Partnership Lead Mentor"], "Ongoing", None, "Ongoing",
             "At least 90% of mentors attend one session per term.", "On track", "Attendance 87% in spring 2025; follow-up with non-attending schools."),
            ("1.3", "Agree a schools support protocol so that placements are withdrawn from, or support is given to, schools where quality assurance identifies weak mentoring.",
             "Director of ITE; Head of School of Education", ["Director of ITE", "Head of School of Education"], "March 2025", "2025-03", None,
             "Protocol approved by the Strategic Board and applied consistently.", "Amber", "Protocol drafted; approval deferred to the July Board."),
        ]),
        ("R2 Improve the coherence between university-based and school-based elements of the programmes so that student teachers make stronger links between research, theory and practice", [
            ("2.1", "Map university sessions against school-based training days and directed tasks for each term of the PGCE Primary and PGCE Secondary programmes.",
             "PGCE Primary Programme Leader / PGCE Secondary Programme Leader", ["PGCE Primary Programme Leader", "PGCE Secondary Programme Leader"], "July 2024", "2024-07", None,
             "Programme maps published to students and schools.", "Complete", "Maps published in the 2024–25 programme handbooks."),
            ("2.2", "Redesign the professional enquiry assignment so that student teachers test an approach from the research literature with their placement class.",
             "Dr Elin Davies", ["Dr Elin Davies"], "September 2025", "2025-09", None,
             "Revised module validated; assignments show clear links between research and practice.", "On track", "Module revision approved by the Faculty Learning and Teaching Committee."),
        ]),
        ("R3 Develop robust self-evaluation and improvement planning across the partnership, making better use of student teachers’ views", [
            ("3.1", "Establish a Partnership Quality Committee, with headteacher representation, that reviews evidence on the quality of provision every term.",
             "Head of School of Education", ["Head of School of Education"], "November 2024", "2024-11", None,
             "Committee minutes show actions taken in response to evidence.", "Complete", "Committee met in November, February and May."),
            ("3.2", "Publish ‘you said, we did’ responses to each student teacher survey within four weeks of the survey closing.",
             "Partnership Quality Manager", ["Partnership Quality Manager"], "January 2025", "2025-01", None,
             "Responses published for every survey.", "Red", "Spring survey response not yet published because of staff absence."),
        ]),
        ("R4 Improve student teachers’ confidence and skills in developing pupils’ Welsh language skills", [
            ("4.1", "Provide weekly Cymraeg sessions at levels matched to student teachers’ starting points, with progress assessed each term.",
             "Welsh Language Coordinator", ["Welsh Language Coordinator"], "By December 2024", "2024-12", None,
             "All students improve by at least one level during the programme.", "Complete", "Sessions running for all cohorts; 92% progressed one level."),
            ("4.2", "Make sure every English-medium placement includes a planned opportunity to teach incidental Welsh, recorded in the placement file.",
             "Partnership Lead Mentor", ["Partnership Lead Mentor"], "Ongoing – each placement", None, "Ongoing – each placement",
             "Placement files show incidental Welsh planned and evaluated.", "Not started", "To begin with the autumn 2025 placements."),
        ]),
    ]
    row = 6
    actions = []
    for rectext, acts in recs:
        first = row
        ws.cell(row=row, column=1, value=rectext).font = Font(bold=True)
        for ref, act, lead_cell, leads, when, end, end_text, sc, status, upd in acts:
            vals = [None, f"{ref} {act}", lead_cell, when, sc, status, upd]
            for j, v in enumerate(vals, start=1):
                if v is not None:
                    ws.cell(row=row, column=j, value=v)
            ws.cell(row=row, column=6).fill = fill(stat_fill[status])
            box_row(ws, row, ncol)
            actions.append(A(ref, [rectext], act, leads, end, stat_read[status], end_text))
            row += 1
        ws.merge_cells(start_row=first, start_column=1, end_row=row - 1, end_column=1)
        ws.cell(row=first, column=1).alignment = WRAP
    for j, w in enumerate([45, 60, 30, 18, 40, 12, 45], start=1):
        ws.column_dimensions[chr(64 + j)].width = w
    ws.freeze_panes = "B6"

    dc = wb.create_sheet("Document control")
    dc["A1"] = "Rheoli dogfen / Document control"
    dc["A1"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Change", "Approved by"),
            ("1.0", "10/05/2024", "Partnership Office", "Plan submitted to Estyn", "Partnership Strategic Board"),
            ("1.1", "14/11/2024", "Partnership Office", "Autumn progress update", "Partnership Quality Committee"),
            ("1.2", "12/06/2025", "Partnership Office", "Summer progress update", "Partnership Strategic Board")]
    for i, r in enumerate(rows, start=3):
        for j, v in enumerate(r, start=1):
            c = dc.cell(row=i, column=j, value=v)
            c.border = BOX
            if i == 3:
                c.font = Font(bold=True)
    key = wb.create_sheet("Key")
    key["A1"] = "Allwedd statws / Status key"
    key["A1"].font = Font(bold=True)
    for i, (k, v) in enumerate([("Complete", "Action completed and impact evidenced"),
                                ("On track", "Progressing to timescale"),
                                ("Amber", "Some delay; timescale at risk"),
                                ("Red", "Timescale missed"),
                                ("Not started", "Not yet due to start")], start=3):
        key.cell(row=i, column=1, value=k).fill = fill(stat_fill[k])
        key.cell(row=i, column=2, value=v)
    wb.save(out(name))

    write_expected(
        name,
        source=("Imitates a Welsh university initial teacher education partnership's post-inspection action "
                "plan after an Estyn ITE inspection (Estyn's ITE sector reports at annual-report.estyn.gov.wales "
                "name quality assurance of mentoring, coherence of university and school elements, "
                "self-evaluation and Welsh language as the common shortcomings; the recommendations here "
                "are written in that style, not copied). Copied features: bilingual title and column "
                "headings (Welsh / English), R1-R4 recommendations merged down column A, action numbers "
                "written at the start of the action cell ('1.1 Introduce ...'), success criteria column, "
                "status words with fill colour, update column, separate Document control and Key sheets."),
        reads=("The Aberystwyth University ITE partnership's action plan answering four Estyn "
               "recommendations (R1-R4), updated June 2025. Each recommendation is merged down the first "
               "column beside its numbered actions, which give a lead, timescale, success criteria, a status "
               "word (Complete, On track, Amber, Red, Not started) and an update; the document control and key "
               "sheets hold no actions."),
        outcome="read", title=title, actions=actions)


# ============================================================ 5. Fellside Academy SoA
def make_fellside():
    name = "zaa-fellside-academy-ofsted-special-measures-statement-of-action.docx"
    title = "Fellside Academy – Statement of Action"
    doc = Document()
    p = doc.add_paragraph()
    r = p.add_run(title)
    r.bold = True
    r.font.size = Pt(20)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph("Alternative provision academy for pupils aged 11–16 · Lakes and Fells Learning Trust")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph("Following the Ofsted inspection of 11–12 March 2025: overall effectiveness "
                          "inadequate; the school requires special measures")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    dc = doc.add_table(rows=4, cols=4)
    dc.style = "Table Grid"
    rows = [("Version", "Date", "Author", "Approved by"),
            ("1.0", "24 March 2025", "Headteacher", "Trust Board"),
            ("1.1", "16 May 2025", "Headteacher", "Interim Executive Board"),
            ("1.2", "10 October 2025", "Deputy Headteacher", "Interim Executive Board")]
    for i, rw in enumerate(rows):
        for j, v in enumerate(rw):
            set_cell(dc.cell(i, j), v, bold=(i == 0))

    doc.add_heading("1. Introduction", level=2)
    doc.add_paragraph(
        "Fellside Academy was inspected on 11 and 12 March 2025. Inspectors judged the quality of "
        "education, behaviour and attitudes, and leadership and management to be inadequate, and found "
        "that safeguarding was not effective. This statement of action sets out how the trust and the "
        "academy will address each area for improvement in the inspection report. It is reviewed at "
        "every meeting of the Interim Executive Board and shared with Ofsted before the first "
        "monitoring inspection.")
    doc.add_heading("2. Areas for improvement and actions", level=2)
    doc.add_paragraph(
        "The areas for improvement in the report have been grouped into four priorities. Progress is "
        "shown in the final column: Achieved / On track / Some concerns / Off track / Not started.")

    PR = [
        ("Priority 1: Safeguarding and attendance",
         "Leaders do not check closely enough that pupils on part-time timetables or attending off-site provision are safe and attending. Leaders must make sure they know where every pupil is during the school day and act swiftly when pupils are absent.",
         [("1.1", "Audit every pupil’s timetable and end all part-time timetables that are not supported by a time-limited reintegration plan agreed with parents and the local authority.",
           "Headteacher", ["Headteacher"], "25/04/2025", "2025-04", None, "No pupil on a part-time timetable without an agreed plan; plans reviewed every six weeks.", "Achieved"),
          ("1.2", "Introduce first-day calling and same-day home visits for any pupil not in school or at their off-site provision by 10am, logged on CPOMS.",
           "DSL / Attendance Officer", ["DSL", "Attendance Officer"], "April 2025", "2025-04", None, "Every absence followed up on the day; attendance rises to 75% by July 2025.", "Achieved"),
          ("1.3", "Commission an external safeguarding review from the trust’s safeguarding lead, with a follow-up review one term later.",
           "Trust Director of Safeguarding", ["Trust Director of Safeguarding"], "Summer term 2025", "2025-07", None, "Reviews find that safeguarding is effective.", "On track")]),
        ("Priority 2: Curriculum and reading",
         "The curriculum is not well planned. Leaders have not identified the important knowledge pupils should learn in each subject, and pupils at an early stage of reading do not get the help they need to catch up.",
         [("2.1", "Write curriculum maps for English, mathematics, science and PSHE that set out the key knowledge pupils learn in each half-term unit.",
           "Deputy Headteacher (Curriculum)", ["Deputy Headteacher (Curriculum)"], "July 2025", "2025-07", None, "Maps in use in every classroom; lesson visits show teaching follows them.", "On track"),
          ("2.2", "Assess every pupil’s reading on entry and place those reading below the age of nine on the trust’s phonics-based catch-up programme.",
           "SENDCo", ["SENDCo"], "Autumn term 2025", "2025-12", None, "All pupils assessed within two weeks of joining; reading ages improve.", "Some concerns"),
          ("2.3", "Train all teaching staff in teaching reading to older pupils, with support from the English hub.",
           "JT/MB", ["JT", "MB"], "September 2025", "2025-09", None, "Training completed; reading observed in all subjects.", "Not started")]),
        ("Priority 3: Behaviour and personal development",
         "Staff do not apply the behaviour policy consistently and the rate of suspensions is high. Leaders should make sure staff are trained to manage pupils’ behaviour well and that pupils are taught how to manage their own emotions.",
         [("3.1", "Relaunch the behaviour policy with one set of routines and deliver trauma-informed practice training to all staff.",
           "Assistant Headteacher (Behaviour and Inclusion)", ["Assistant Headteacher (Behaviour and Inclusion)"], "By May half-term 2025", "2025-05", None, "Suspensions fall by half compared with autumn 2024.", "Achieved"),
          ("3.2", "Review every suspension at the weekly inclusion panel and report patterns to the Interim Executive Board each half-term.",
           "Headteacher", ["Headteacher"], "Ongoing", None, "Ongoing", "Board minutes show challenge on suspension data.", "On track")]),
        ("Priority 4: Leadership and governance",
         "Those responsible for governance do not hold leaders to account well enough for the quality of education and for safeguarding. The trust should make sure governors have the information and training they need to do this.",
         [("4.1", "Replace the local governing committee with an Interim Executive Board that meets every three weeks until the first monitoring inspection.",
           "CEO", ["CEO"], "April 2025", "2025-04", None, "Interim Executive Board in place with safeguarding and curriculum expertise.", "Achieved"),
          ("4.2", "Commission an external review of governance and act on its recommendations.",
           "Chair of Trustees", ["Chair of Trustees"], "December 2025", "2025-12", None, "Review completed and recommendations adopted by the trust board.", "Not started")]),
    ]
    stat_read = {"Achieved": "blue", "On track": "green", "Some concerns": "amber",
                 "Off track": "red", "Not started": "unrated"}
    stat_fill = {"Achieved": "8EAADB", "On track": "A8D08D", "Some concerns": "FFD966",
                 "Off track": "FF7C80", "Not started": "FFFFFF"}
    nrows = 1 + sum(2 + len(a) for _, _, a in PR)
    t = doc.add_table(rows=nrows, cols=6)
    t.style = "Table Grid"
    for j, h in enumerate(["Ref", "Action", "Lead", "By when", "Success criteria and milestones",
                           "Progress"]):
        set_cell(t.cell(0, j), h, bold=True)
        shade(t.cell(0, j), "BFBFBF")
    r_i = 1
    actions = []
    for k, (prio, afi, acts) in enumerate(PR, start=1):
        m = t.cell(r_i, 0).merge(t.cell(r_i, 5))
        set_cell(m, prio, bold=True, color="FFFFFF")
        shade(m, "2F5496")
        r_i += 1
        set_cell(t.cell(r_i, 0), f"AFI {k}", bold=True)
        m = t.cell(r_i, 1).merge(t.cell(r_i, 5))
        set_cell(m, afi)
        shade(t.cell(r_i, 0), "DEEAF6")
        shade(m, "DEEAF6")
        r_i += 1
        for ref, act, lead_cell, leads, when, end, end_text, sc, prog in acts:
            for j, v in enumerate([ref, act, lead_cell, when, sc, prog]):
                set_cell(t.cell(r_i, j), v)
            shade(t.cell(r_i, 5), stat_fill[prog])
            actions.append(A(ref, [prio, afi], act, leads, end, stat_read[prog], end_text))
            r_i += 1

    doc.add_heading("3. Monitoring and evaluation", level=2)
    mt = doc.add_table(rows=4, cols=3)
    mt.style = "Table Grid"
    rows = [("Who", "What", "When"),
            ("Interim Executive Board", "Receives a progress report against this statement of action", "Every three weeks"),
            ("Trust Director of Education", "Quality assurance visit with written note of visit", "Each half-term"),
            ("Trust Board", "Reviews the RAG summary and risks", "Termly")]
    for i, rw in enumerate(rows):
        for j, v in enumerate(rw):
            set_cell(mt.cell(i, j), v, bold=(i == 0))
    doc.add_paragraph("")
    doc.add_paragraph("Key: JT – Deputy Headteacher (Curriculum); MB – English lead; DSL – Designated "
                      "Safeguarding Lead; SENDCo – Special Educational Needs and Disabilities Coordinator.")
    doc.add_paragraph("Signed: Chair of the Interim Executive Board          Date: 10 October 2025")
    doc.save(out(name))

    write_expected(
        name,
        source=("Imitates an academy trust's statement of action for a school placed in special measures "
                "(e.g. 'Ormiston Bolingbroke Ofsted Statement of Action – February 2020', with its introduction "
                "and context before the areas for improvement), set in an alternative provision academy "
                "inspected in March 2025 before the report-card framework. Copied features: centred title "
                "block, document control table, numbered headings, one long table with full-width shaded "
                "priority rows, an 'AFI n' row giving the inspection's area for improvement, actions with lead "
                "(initials 'JT/MB', 'DSL / Attendance Officer', job titles), 'By when' in dates, months, school "
                "terms and 'By May half-term 2025', a Progress word with fill colour, a monitoring table, an "
                "abbreviations key and a sign-off line."),
        reads=("A statement of action for Fellside Academy after an inadequate Ofsted judgement. Four "
               "priorities each carry the report's area for improvement and two or three numbered actions "
               "with lead, deadline, success criteria and a progress word (Achieved, On track, Some concerns, "
               "Not started); the document control and monitoring tables are not actions."),
        outcome="read", title=title, actions=actions)


# ============================================================ 6. HMPPS unpaid work (csv)
def make_upw():
    name = "zaa-hmpps-hmi-probation-unpaid-work-thematic-inspection-action-plan.csv"
    title = "HMPPS Action Plan: A thematic inspection of the delivery of unpaid work"
    header = ["Rec No.", "Recommendation", "Agreed / Partly Agreed / Not Agreed", "Action No.",
              "Action", "Action Owner", "Target Date", "Status", "Progress update (October 2025)"]
    n = len(header)
    R1 = ("HMPPS should: develop a national communications plan that promotes the value of unpaid work "
          "to sentencers, local communities and the public.")
    R2 = ("HMPPS should: make sure that education, training and employment within unpaid work is relevant "
          "to the individual, leads to accredited qualifications wherever possible and is quality assured.")
    R3 = ("HMPPS should: make sure that unpaid work inductions and risk assessments are completed promptly "
          "and reduce the number of people waiting to start their hours.")
    R4 = ("HMPPS should: improve the quality of data on unpaid work hours delivered, outstanding and lost, "
          "so that regions can plan capacity.")
    R5 = ("HMPPS should: make sure that people on probation with disabilities, health conditions or caring "
          "responsibilities are offered suitable placements, including individual placements.")
    stat = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red",
            "Not started": "unrated"}
    plan = [
        ("1", R1, "Agreed", [
            ("1.1", "Publish quarterly case studies of completed community projects, including the Canal & River Trust partnership, on GOV.UK and regional social media channels.",
             "Head of Communications, Probation", ["Head of Communications, Probation"], "31/12/2025", "2025-12", None, "Green",
             "Two case studies published; Wales and North West case studies in draft."),
            ("1.2", "Refresh the 'Nominate a project' page so members of the public can propose local unpaid work projects.",
             "Head of Unpaid Work Operations", ["Head of Unpaid Work Operations"], "Sep-25", "2025-09", None, "Complete",
             "New page live 1 September 2025."),
        ]),
        ("2", R2, "Agreed", [
            ("2.1", "Review the online learning courses that count towards the ETE allowance and withdraw those that do not lead to a recognised qualification.",
             "Head of Unpaid Work Policy", ["Head of Unpaid Work Policy"], "Mar-26", "2026-03", None, "Amber",
             "Course review complete; withdrawal of 14 courses depends on replacement provision being commissioned."),
            ("2.2", "Agree a minimum practical skills offer for every region, including construction skills cards and food hygiene qualifications, with the Education, Skills and Work team.",
             "Regional Probation Directors", ["Regional Probation Directors"], "Q4 2025/26", "2026-03", None, "Green",
             "Offer agreed in 8 of 12 regions."),
        ]),
        ("3", R3, "Agreed", [
            ("3.1", "Set a standard of a first work session within 10 working days of sentence and report regional performance monthly to the Probation Performance Board.",
             "Deputy Director, Probation Performance", ["Deputy Director, Probation Performance"], "30/11/2025", "2025-11", None, "Green",
             "Standard agreed; first regional data to the October board."),
            ("3.2", "Recruit additional unpaid work supervisors and deliver the national supervisor induction programme to all new starters.",
             "Chief Probation Officer", ["Chief Probation Officer"], "Mar-26", "2026-03", None, "Amber",
             "86 of 120 posts filled; induction programme running monthly."),
        ]),
        ("4", R4, "Agreed", [
            ("4.1", "Add outstanding hours and hours lost to weather, sickness and staffing to the national unpaid work dashboard.",
             "Head of Probation Data and Analysis", ["Head of Probation Data and Analysis"], "Jul-25", "2025-07", None, "Complete",
             "Dashboard updated July 2025."),
        ]),
        ("5", R5, "Partly Agreed", [
            ("5.1", "Complete an equality analysis of unpaid work placements by protected characteristic and publish a summary of the findings.",
             "HMPPS Equality, Diversity and Inclusion Team", ["HMPPS Equality, Diversity and Inclusion Team"], "TBC", None, "TBC", "Not started",
             "Scheduled after the data improvements in 4.1. Individual placements are limited by supervisor capacity, so this part of the recommendation is not agreed."),
        ]),
    ]
    lines = []
    pad = lambda r: list(r) + [""] * (n - len(r))
    lines.append(pad([title]))
    lines.append(pad(["Response to the HM Inspectorate of Probation report, published 2025"]))
    lines.append(pad(["Action plan submitted: May 2025 | Progress update: October 2025"]))
    lines.append(pad([]))
    lines.append(header)
    actions = []
    for recno, rec, agreed, acts in plan:
        for i, (ref, act, owner_cell, owners, when, end, end_text, status, upd) in enumerate(acts):
            if i == 0:
                lines.append([recno, rec, agreed, ref, act, owner_cell, when, status, upd])
            else:
                lines.append(["", "", "", ref, act, owner_cell, when, status, upd])
            actions.append(A(ref, [rec], act, owners, end, stat[status], end_text))
    lines.append(pad([]))
    lines.append(pad(["Status key: Complete = action delivered and evidence held; Green = on track; "
                      "Amber = at risk; Red = off track; Not started = not yet due"]))
    lines.append(pad(["Total actions: 8 | Complete: 2 | Green: 3 | Amber: 2 | Not started: 1"]))
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(lines)

    write_expected(
        name,
        source=("Imitates the MoJ/HMPPS action plans published on GOV.UK in response to HM Inspectorate of "
                "Probation thematic inspections (agreed / partly agreed / not agreed against each "
                "recommendation, with action owner and target date), here for 'A thematic inspection of the "
                "delivery of unpaid work' (hmiprobation.justiceinspectorates.gov.uk/document/a-thematic-"
                "inspection-of-the-delivery-of-unpaid-work; themes such as the Canal & River Trust "
                "partnership, online courses counting towards the hours and ETE quality come from the press "
                "release). Recommendation wording is paraphrased. Copied features: title lines, a CSV export "
                "of a tracker with the recommendation written only on the first row of its actions, "
                "continuation rows with empty Rec No./Recommendation, target dates as dd/mm/yyyy, mmm-yy, "
                "'Q4 2025/26' and 'TBC', a status word, a status key line and a totals line at the end."),
        reads=("An HMPPS action plan answering five HM Inspectorate of Probation recommendations on unpaid "
               "work, exported to CSV with an October 2025 progress update. Eight numbered actions each have "
               "an owner, target date, status word and update; the recommendation cell is filled only on the "
               "first action of each recommendation and applies to the continuation rows below it."),
        outcome="read", title=title, actions=actions)


# ============================================================ 7. Wharfedale Learning Trust (txt)
def make_wharfedale():
    name = ("zaa-wharfedale-learning-trust-esfa-financial-management-governance-review-action-plan.txt")
    title = ("Wharfedale Learning Trust – ESFA Financial Management and Governance Review: "
             "Trust Action Plan")
    header = ["Area", "Ref", "Finding / recommendation", "Agreed action", "Responsible", "Deadline",
              "RAG", "Update"]
    GOV = "Governance"
    FIN = "Financial controls"
    PAY = "Payroll"
    RPT = "Related party transactions"
    G1 = ("The board should make sure the scheme of delegation sets clear financial limits for decisions "
          "delegated to the CEO and headteachers.")
    G2 = ("The audit and risk committee should include members with recent and relevant financial "
          "experience and should not be chaired by the chair of the board.")
    F1 = ("The trust must prepare management accounts every month, share them with the chair of trustees "
          "every month and with the board six times a year.")
    F2 = ("Purchase orders raised by the CEO should be independently authorised, and spending above budget "
          "should be approved by the board.")
    P1 = "The trust should keep evidence of the authorisation of overtime, expenses and pay progression."
    R1 = ("The trust must obtain the Department’s approval before entering into related party transactions "
          "that require it, and keep its register of interests up to date.")
    stat = {"Complete": "blue", "G": "green", "A": "amber", "R": "red"}
    rows = [
        (GOV, "G1.1", G1, "Revise the scheme of delegation with financial thresholds for each level and publish it on the trust website.",
         "Governance Professional", ["Governance Professional"], "Spring term 2025", "2025-04", None, "Complete", "Approved by the board and published."),
        (GOV, "G1.2", G1, "Brief headteachers and local governing committees on the revised thresholds.",
         "CEO", ["CEO"], "24/04/2025", "2025-04", None, "Complete", "Briefing held at the April headteachers' meeting."),
        (GOV, "G2.1", G2, "Recruit a trustee with an accountancy qualification and appoint them as chair of the audit and risk committee.",
         "Chair of Trustees", ["Chair of Trustees"], "Summer term 2025", "2025-07", None, "A", "Candidate identified; appointment to be confirmed at the September board."),
        (FIN, "F1.1", F1, "Produce monthly management accounts in the DfE format from April 2025 and send them to the Chair by the 15th of the following month.",
         "CFO", ["CFO"], "30.04.2025", "2025-04", None, "Complete", "Issued every month since April."),
        (FIN, "F1.2", F1, "Add management accounts as a standing item on every board agenda.",
         "Governance Professional", ["Governance Professional"], "Ongoing", None, "Ongoing", "G", "In place from the May board."),
        (FIN, "F2.1", F2, "Configure the finance system workflow so that CEO purchase orders are approved by the CFO, and those over £10,000 by the chair of the finance committee.",
         "CFO/Finance Manager", ["CFO", "Finance Manager"], "May-25", "2025-05", None, "Complete", "Workflow live; tested by the internal scrutiny provider in June."),
        (PAY, "P1.1", P1, "Introduce a signed overtime and expenses claim form authorised by the line manager before submission to payroll.",
         "HR Manager", ["HR Manager"], "Jun 2025", "2025-06", None, "G", "Form in use; compliance check due in the autumn internal scrutiny visit."),
        (PAY, "P1.2", P1, "Minute pay progression decisions at the pay committee, referencing the performance management outcome for each member of staff.",
         "Director of HR; Chair of Pay Committee", ["Director of HR", "Chair of Pay Committee"], "Autumn term 2025", "2025-12", None, "A", "Template minute drafted; first use at the November pay committee."),
        (RPT, "R1.1", R1, "Refresh the register of business interests for members, trustees, local governors and senior staff and publish it on the website.",
         "Governance Professional", ["Governance Professional"], "31/10/2025", "2025-10", None, "R", "Returns still outstanding from six local governors."),
        (RPT, "R1.2", R1, "Submit a retrospective related party transaction declaration for the 2023/24 ICT support contract to the Department.",
         "CFO", ["CFO"], "Mar-25", "2025-03", None, "Complete", "Submitted 20 March 2025."),
    ]
    lines = [
        title,
        "Review visit: 3–5 February 2025. Final report received: 17 March 2025.",
        "Monitored by: Audit and Risk Committee. Last updated: 09/10/2025",
        "",
        "\t".join(header),
    ]
    actions = []
    for area, ref, rec, act, resp_cell, resp, dl, end, end_text, rag, upd in rows:
        lines.append("\t".join([area, ref, rec, act, resp_cell, dl, rag, upd]))
        actions.append(A(ref, [area, rec], act, resp, end, stat[rag], end_text))
    lines += [
        "",
        "RAG: Complete = closed by ARC; G = on track; A = some slippage; R = not on track",
        "Total actions: 10\tComplete: 5\tG: 2\tA: 2\tR: 1",
    ]
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    write_expected(
        name,
        source=("Imitates an academy trust's action plan after an ESFA financial management and governance "
                "review, tracked by its audit and risk committee (the findings follow the recurring FMGR "
                "themes described at krestonreeves.com/news/esfas-financial-management-governance-review/ - "
                "scheme of delegation limits, independent authorisation of CEO purchase orders, monthly "
                "management accounts, payroll authorisation, audit committee membership - and ESFA's "
                "related party transaction rules). Copied features: a tab-separated export of the ARC "
                "tracker with three title lines, the area and the finding repeated on every row, refs "
                "G1.1/F2.1, deadlines as school terms, dd/mm/yyyy, dd.mm.yyyy, mmm-yy and 'Jun 2025', a RAG "
                "column mixing 'Complete' with G/A/R, a RAG key line and a totals line."),
        reads=("Wharfedale Learning Trust's action plan after its ESFA financial management and governance "
               "review, as updated in October 2025. Ten actions are grouped by area (Governance, Financial "
               "controls, Payroll, Related party transactions) and by the review's finding, both repeated "
               "on every row, each with a responsible officer, deadline and RAG (Complete, G, A or R)."),
        outcome="read", title=title, actions=actions)


def main():
    make_whatton()
    make_notts_police()
    make_swfrs()
    make_aber_ite()
    make_fellside()
    make_upw()
    make_wharfedale()


if __name__ == "__main__":
    main()
