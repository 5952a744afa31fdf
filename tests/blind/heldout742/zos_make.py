#!/usr/bin/env python3
"""Build the seven zos- blind cases (data files and their expected readings).

Run with /work/main/.venv/bin/python zos_make.py  (needs openpyxl, python-docx, pyyaml).
Every file written by this script starts with "zos-"; nothing else in the folder is touched.
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

RAG_FILL = {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_colour):
    return PatternFill("solid", start_color=hex_colour, end_color=hex_colour)


def write_expected(name, meta, actions):
    doc = dict(meta)
    if doc.get("outcome") == "read":
        out = []
        for a in actions:
            e = {"ref": a["ref"], "under": a["under"], "action": a["action"],
                 "lead": a["lead"], "end": a["end"]}
            if a.get("end_text") is not None:
                e["end_text"] = a["end_text"]
            e["status"] = a["status"]
            out.append(e)
        doc["actions"] = out
    path = os.path.join(HERE, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100000)


def A(ref, under, action, lead_cell, lead, end_cell, end, status, end_text=None, **extra):
    d = dict(ref=ref, under=under, action=action, lead_cell=lead_cell, lead=lead,
             end_cell=end_cell, end=end, status=status, end_text=end_text)
    d.update(extra)
    return d


# ---------------------------------------------------------------------------
# 1. London Fire Brigade - HMICFRS misconduct handling recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def build_lfb():
    name = "zos-london-fire-brigade-hmicfrs-misconduct-handling-recommendations-tracker.xlsx"
    title = "London Fire Brigade – HMICFRS Standards of Behaviour Recommendations Tracker"
    T1 = "Theme 1: The culture in fire and rescue services"
    T2 = "Theme 2: Raising concerns and professional standards"
    T3 = "Theme 3: Misconduct investigations and hearings"
    R1 = ("R1 – By 1 February 2025, chief fire officers should, as a priority, make sure their staff "
          "are aware of, and follow the Core Code of Ethics. Services should build the code into all "
          "relevant policies and practices.")
    R2 = ("R2 – By 1 February 2025, chief fire officers should make sure a policy for probationary staff "
          "is in place. This policy should make clear that services can immediately dismiss probationers "
          "who fail to meet the required standards of behaviour set out in the Core Code of Ethics and the "
          "Code of Ethics fire standard.")
    R3 = ("R3 – By 1 May 2025, chief fire officers should make sure their workforce plans allow staff to be "
          "moved from a wholetime watch to a different watch or station, within their contractual "
          "requirements, proactively and reactively as required.\n"
          "By 1 May 2025, chief fire officers should also make sure firefighters who are promoted are posted "
          "to a different watch or station, including when the promotion is temporary for two months or "
          "more. If this isn't possible, chief fire officers should show how the risks of reinforcing a "
          "negative culture have been addressed.")
    R4 = ("R4 – By 1 February 2025, chief fire officers should make sure their services create or have "
          "access to a professional standards function to oversee misconduct cases and make sure they are "
          "handled in a fair, consistent and timely way.")
    R5 = ("R5 – By 1 May 2025, chief fire officers should make sure staff have access to a confidential "
          "route, independent of line management, for raising concerns about misconduct.")
    R9 = ("R9 – By 1 August 2025, chief fire officers should make sure all staff who investigate "
          "misconduct, or who chair or sit on misconduct hearings, have received appropriate training.")

    d = dt.datetime
    rows = [
        ("theme", T1),
        ("rec", R1),
        A("1.1", [T1, R1],
          "Review all People and Operational policies against the Core Code of Ethics and add the standard "
          "ethics statement to each policy at review.",
          "Head of HR Policy", ["Head of HR Policy"], (d(2025, 1, 31), "Jun-25"), "2025-06", "blue",
          prev="A", cur="B",
          upd="All 64 in-scope policies reviewed and statement added. Closed at Commissioner's Board, July 2025."),
        A("1.2", [T1, R1],
          "Deliver Core Code of Ethics sessions to every watch and department as part of the culture "
          "programme, with attendance recorded on the learning system.",
          "AC Operational Delivery / Head of Culture Change",
          ["AC Operational Delivery", "Head of Culture Change"],
          (d(2025, 3, 31), d(2025, 12, 31)), "2025-12", "green", prev="A", cur="G",
          upd="87% of watches complete. Remaining North East and South East Area watches booked for November."),
        ("rec", R2),
        A("2.1", [T1, R2],
          "Amend the Probationary Period Policy so that failure to meet the Code of Ethics can lead to "
          "dismissal at any point in probation, and consult the representative bodies.",
          "Head of Employee Relations", ["Head of Employee Relations"],
          (d(2025, 1, 31), None), "2025-01", "blue", prev="G", cur="B",
          upd="Revised policy agreed at Brigade Joint Committee on 22 January 2025 and published."),
        ("rec", R3),
        A("3.1", [T1, R3],
          "Introduce a managed moves protocol so that Station Commanders can move staff between watches or "
          "stations where a risk to watch culture is identified.",
          "Assistant Commissioner, Fire Stations", ["Assistant Commissioner, Fire Stations"],
          (d(2025, 4, 30), "30/11/2025"), "2025-11", "amber", prev="R", cur="A",
          upd="Protocol drafted; consultation with FBU extended. Revised date agreed by Commissioner's Board."),
        A("3.2", [T1, R3],
          "Change the promotion posting rules so that promoted and temporarily promoted (two months or more) "
          "firefighters move watch or station, with a recorded risk assessment where an exception is made.",
          "Head of Resourcing and Workforce Planning", ["Head of Resourcing and Workforce Planning"],
          ("May-25", None), "2025-05", "blue", prev="G", cur="B",
          upd="Rules in place from 1 May 2025; 11 exceptions recorded with risk assessments."),
        ("theme", T2),
        ("rec", R4),
        A("4.1", [T2, R4],
          "Establish the Professional Standards Unit with a Head of Professional Standards, case managers "
          "and an independent investigations framework.",
          "Director of People", ["Director of People"],
          (d(2025, 1, 31), d(2025, 3, 31)), "2025-03", "blue", prev="A", cur="B",
          upd="PSU fully staffed from March 2025."),
        A("4.2", [T2, R4],
          "Move all open conduct cases onto the PSU case management system and publish quarterly misconduct "
          "data to the Deputy Mayor's Fire and Resilience Board.",
          "Head of Professional Standards", ["Head of Professional Standards"],
          (d(2026, 3, 31), None), "2026-03", "green", prev="G", cur=("", "G"),
          upd="Case system live. First quarterly data pack published September 2025; next due January 2026."),
        ("rec", R5),
        A("5.1", [T2, R5],
          "Procure and launch an independent, confidential reporting line (telephone and online) and promote "
          "it at every station.",
          "Head of Professional Standards / Head of Internal Communications",
          ["Head of Professional Standards", "Head of Internal Communications"],
          (d(2025, 4, 30), None), "2025-04", "blue", prev="G", cur="B",
          upd="Line launched 14 April 2025; 58 contacts to end of September."),
        ("theme", T3),
        ("rec", R9),
        A("9.1", [T3, R9],
          "Commission accredited workplace investigation training for all managers who may investigate "
          "conduct cases, and keep a register of trained investigators.",
          "Head of Learning and Development", ["Head of Learning and Development"],
          (d(2025, 7, 31), "Mar-26"), "2026-03", "red", prev="A", cur="R",
          upd="Supplier contract delayed. 41 of 120 managers trained. Escalated to Commissioner's Board."),
        A("9.2", [T3, R9],
          "Train all hearing chairs and panel members in the revised Discipline Procedure.",
          "Head of Employee Relations", ["Head of Employee Relations"],
          (d(2025, 7, 31), None), "2025-07", "green", prev="G", cur="G",
          upd="Chairs trained June 2025; panel member refresher sessions continuing."),
    ]

    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14, color="C00000")
    cov["A2"] = ("HMICFRS thematic inspection: Standards of behaviour – The handling of misconduct in fire "
                 "and rescue services (published 1 August 2024)")
    cov["A3"] = "Position at 31 October 2025 – report to Commissioner's Board, 18 November 2025"
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    dc = [("Version", "Date", "Author", "Summary of change"),
          ("0.1", "12/09/2024", "Professional Standards Unit", "First draft"),
          ("1.0", "03/10/2024", "Professional Standards Unit", "Agreed by Commissioner's Board"),
          ("1.4", "04/11/2025", "Professional Standards Unit", "Quarter 2 2025/26 update")]
    for i, r in enumerate(dc):
        for j, v in enumerate(r):
            c = cov.cell(row=6 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
    cov["A11"] = "RAG key"
    cov["A11"].font = Font(bold=True)
    key = [("B", "Complete – evidence accepted and action closed"),
           ("G", "On track to meet target date"),
           ("A", "At risk – revised date agreed"),
           ("R", "Off track – target date missed or not achievable")]
    for i, (k, v) in enumerate(key):
        c = cov.cell(row=12 + i, column=1, value=k)
        c.fill = fill(RAG_FILL[k])
        c.border = BOX
        cov.cell(row=12 + i, column=2, value=v).border = BOX
    cov.column_dimensions["A"].width = 12
    cov.column_dimensions["B"].width = 48
    cov.column_dimensions["C"].width = 30
    cov.column_dimensions["D"].width = 34

    ws = wb.create_sheet("Tracker")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("The report made 15 national recommendations. Those requiring local action by the Brigade are "
                "tracked below; national recommendations (NFCC, LGA, Home Office) are monitored separately.")
    ws.merge_cells("A2:H2")
    ws["A2"].alignment = WRAP
    ws.row_dimensions[2].height = 30
    hdr = ["Ref", "Action", "Lead", "Target date", "Revised target date", "Previous RAG (Jul 2025)",
           "Current RAG (Oct 2025)", "Progress update"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7F7F7F")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    actions = []
    for item in rows:
        if isinstance(item, tuple):
            kind, text = item
            c = ws.cell(row=r, column=1, value=text)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            c.alignment = WRAP
            if kind == "theme":
                c.font = Font(bold=True, color="FFFFFF")
                c.fill = fill("404040")
            else:
                c.font = Font(italic=True)
                c.fill = fill("DDEBF7")
                ws.row_dimensions[r].height = 75 if "\n" in text else 45
            r += 1
            continue
        a = item
        actions.append(a)
        tgt, rev = a["end_cell"]
        vals = [a["ref"], a["action"], a["lead_cell"], tgt, rev, a["prev"], None, a["upd"]]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=j, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        pc = ws.cell(row=r, column=6)
        pc.fill = fill(RAG_FILL[a["prev"]])
        pc.alignment = Alignment(horizontal="center", vertical="top")
        cur = a["cur"]
        cc = ws.cell(row=r, column=7)
        if isinstance(cur, tuple):          # fill only, no text
            cc.value = None
            cc.fill = fill(RAG_FILL[cur[1]])
        else:
            cc.value = cur
            cc.fill = fill(RAG_FILL[cur])
        cc.alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Summary of current RAG").font = Font(bold=True)
    summ = [("Complete (B)", 5), ("On track (G)", 3), ("At risk (A)", 1), ("Off track (R)", 1),
            ("Total actions", 10)]
    for i, (k, v) in enumerate(summ, 1):
        ws.cell(row=r + i, column=1, value=k)
        ws.cell(row=r + i, column=2, value=v)
    for col, w in zip("ABCDEFGH", (8, 60, 30, 13, 13, 11, 11, 50)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, name))

    meta = {
        "source": (
            "Imitates the recommendation trackers English fire and rescue services publish for the HMICFRS "
            "thematic 'Standards of behaviour: The handling of misconduct in fire and rescue services' "
            "(1 August 2024, 15 national recommendations; e.g. Staffordshire FRS and Humberside FRS progress "
            "pages, Derbyshire FRS GPWG appendix), laid out as London Fire Brigade would report it to its "
            "Commissioner's Board in 2025 (R1-R3 follow the published wording; R4, R5 and R9 are paraphrased). Copied features: cover sheet with document-control table and "
            "RAG key (B/G/A/R), theme rows and recommendation rows merged across the sheet above their "
            "actions, a recommendation of two paragraphs, original and revised target dates (dates and text "
            "dates mixed), previous and current RAG columns with fill colour (one current RAG shown by fill "
            "only), job titles as leads with two posts in one cell, a note line and a summary block."),
        "reads": (
            "A two-sheet workbook: a cover with document control and a RAG key, then the tracker. Under three "
            "themes, six HMICFRS recommendations each head one or two numbered Brigade actions (10 in all) with "
            "lead, target and revised target date, previous and current RAG and a progress update; a summary of "
            "current RAG closes the sheet."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, meta, actions)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 2. Cleveland Police - HMICFRS public disorder inspection recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def build_cleveland():
    name = "zos-cleveland-police-hmicfrs-public-disorder-inspection-recommendations-tracker.xlsx"
    title = ("Cleveland Police – HMICFRS Inspection of the Police Response to the Public Disorder in July and "
             "August 2024")
    TR1 = "Tranche 1 – published 18 December 2024"
    TR2 = "Tranche 2 – intelligence, online content and investigations"
    R1 = ("Recommendation 1: By 31 March 2025, chief constables should review their force's public order "
          "public safety (POPS) capacity against the Strategic Policing Requirement and make sure they can "
          "meet their mobilisation commitments.")
    R3 = ("Recommendation 3: By 30 June 2025, chief constables should make sure officers deployed to disorder, "
          "including those not trained in public order, have appropriate personal protective equipment "
          "available at short notice.")
    R5 = ("Recommendation 5: By 31 March 2025, chief constables should make sure there are arrangements to "
          "support the welfare of officers and staff repeatedly deployed to disorder, including rest days, "
          "debriefs and trauma risk management.")
    S2 = ("Recommendation 2: By 31 December 2025, chief constables should make sure their forces can monitor "
          "open-source and social media information during periods of heightened tension, and assess and "
          "share it quickly.")
    S4 = ("Recommendation 4: By 30 September 2025, chief constables should review how their forces investigate "
          "disorder-related offences so that suspects are identified and brought to justice quickly.")
    d = dt.datetime
    groups = [
        (TR1, [
            (R1, [
                A("T1/1.1", [TR1, R1],
                  "Complete a POPS capability and capacity review, including numbers of Level 2 officers and "
                  "PSU commanders, and present it to Chief Officer Group.",
                  "Ch Insp Operational Planning", ["Ch Insp Operational Planning"], d(2025, 3, 31), "2025-03",
                  "blue", st="Complete", upd="Review presented to COG 18/03/2025."),
                A("T1/1.2", [TR1, R1],
                  "Recruit and train two additional Police Support Units of Level 2 public order officers to "
                  "close the gap identified in the review.",
                  "Supt Operations / Head of Learning & Development",
                  ["Supt Operations", "Head of Learning & Development"], "Mar-26", "2026-03", "green",
                  st="On Track", upd="First PSU trained September 2025; second course booked January 2026."),
            ]),
            (R3, [
                A("T1/3.1", [TR1, R3],
                  "Audit personal protective equipment stock at the Middlesbrough, Hartlepool and Stockton "
                  "deployment hubs and replace out-of-date or missing items.",
                  "Head of Fleet & Equipment", ["Head of Fleet & Equipment"], d(2025, 6, 30), "2025-06",
                  "blue", st="Complete", upd="Audit complete; 212 items replaced."),
                A("T1/3.2", [TR1, R3],
                  "Issue grab bags of basic protective equipment to response and neighbourhood officers who "
                  "are not public order trained.",
                  "Supt Response", ["Supt Response"], "Sept 2025", "2025-09", "amber",
                  st="At Risk", upd="Procurement complete; distribution to Redcar and Stockton teams outstanding."),
            ]),
            (R5, [
                A("T1/5.1", [TR1, R5],
                  "Embed TRiM assessments and structured hot and cold debriefs for all officers deployed to "
                  "spontaneous disorder.",
                  "Head of Wellbeing", ["Head of Wellbeing"], d(2025, 3, 31), "2025-03", "blue",
                  st="Complete", upd="Debrief procedure published; 94% of deployed officers offered TRiM."),
            ]),
        ]),
        (TR2, [
            (S2, [
                A("T2/2.1", [TR2, S2],
                  "Stand up an open-source intelligence (OSINT) desk within the Force Intelligence Bureau "
                  "during periods of heightened community tension.",
                  "DCI Intelligence Hub / Head of Corporate Communications",
                  ["DCI Intelligence Hub", "Head of Corporate Communications"], d(2025, 12, 31), "2025-12",
                  "green", st="On Track", upd="Two OSINT analysts in post; standing-up procedure in draft."),
                A("T2/2.2", [TR2, S2],
                  "Agree a rapid rebuttal protocol for misinformation, signed off by the on-call Gold commander.",
                  "Head of Corporate Communications", ["Head of Corporate Communications"], "Oct-25",
                  "2025-10", "red", st="Off Track", upd="Protocol drafted; legal review outstanding."),
            ]),
            (S4, [
                A("T2/4.1", [TR2, S4],
                  "Keep the disorder investigation team in place until all outstanding suspects from the "
                  "Middlesbrough and Hartlepool disorder are identified and charging decisions made.",
                  "Det Supt Major Investigation Team", ["Det Supt Major Investigation Team"], "Ongoing", None,
                  "green", end_text="Ongoing", st="On Track",
                  upd="147 arrests; 9 suspects still to be identified."),
                A("T2/4.2", [TR2, S4],
                  "Produce a disorder investigation plan template, covering CCTV recovery and retrospective "
                  "facial recognition, for use in future spontaneous disorder.",
                  "DI Crime Standards", ["DI Crime Standards"], d(2026, 3, 31), "2026-03", "unrated",
                  st="Not Started", upd=""),
            ]),
        ]),
    ]
    st_fill = {"Complete": "0070C0", "On Track": "00B050", "At Risk": "FFC000", "Off Track": "FF0000",
               "Not Started": "D9D9D9"}

    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13, color="1F3864")
    ws["A2"] = "Recommendations Action Tracker – Force Improvement Board, 12 November 2025"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = ("Note: Tranche 1 recommendations 2 and 4 are for the NPCC and the College of Policing and are "
                "not tracked here.")
    ws["A3"].font = Font(italic=True)
    hdr = ["Tranche", "HMICFRS recommendation", "Action ref", "Force action", "Action owner", "Due date",
           "Status", "Latest update (Oct 2025)"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BOX
    r = 6
    actions = []
    for tranche, recs in groups:
        t_start = r
        for rec, acts in recs:
            r_start = r
            for a in acts:
                actions.append(a)
                vals = [tranche if r == t_start else None, rec if r == r_start else None, a["ref"],
                        a["action"], a["lead_cell"], a["end_cell"], a["st"], a["upd"] or None]
                for j, v in enumerate(vals, 1):
                    c = ws.cell(row=r, column=j, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=7).fill = fill(st_fill[a["st"]])
                ws.row_dimensions[r].height = 60
                r += 1
            if r - r_start > 1:
                ws.merge_cells(start_row=r_start, start_column=2, end_row=r - 1, end_column=2)
        if r - t_start > 1:
            ws.merge_cells(start_row=t_start, start_column=1, end_row=r - 1, end_column=1)
    for col, w in zip("ABCDEFGH", (16, 55, 10, 55, 28, 12, 12, 45)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"

    kws = wb.create_sheet("Key")
    kws["A1"] = "Status key"
    kws["A1"].font = Font(bold=True)
    for i, (k, v, col) in enumerate([
            ("Complete", "Blue – action delivered and evidence held", "0070C0"),
            ("On Track", "Green – on course to meet due date", "00B050"),
            ("At Risk", "Amber – may miss due date; mitigation in place", "FFC000"),
            ("Off Track", "Red – due date missed or will be missed", "FF0000"),
            ("Not Started", "Not yet due to start", "D9D9D9")], 2):
        c = kws.cell(row=i, column=1, value=k)
        c.fill = fill(col)
        kws.cell(row=i, column=2, value=v)
    kws.column_dimensions["A"].width = 14
    kws.column_dimensions["B"].width = 50
    wb.save(os.path.join(HERE, name))

    meta = {
        "source": (
            "Imitates a force-level tracker of HMICFRS recommendations from 'An inspection of the police "
            "response to the public disorder in July and August 2024' (Tranche 1 published 18 December 2024, "
            "Tranche 2 in 2025), as Cleveland Police (Middlesbrough and Hartlepool disorder, August 2024) would "
            "keep it for its Force Improvement Board; recommendation wording is paraphrased. Copied features: "
            "title and subtitle rows, a note line on recommendations not tracked locally, tranche and "
            "recommendation cells merged vertically down their action rows, action refs with a tranche prefix, "
            "rank and post abbreviations as owners (two posts split by '/', one job title containing '&'), "
            "due dates as dates, text months and 'Ongoing', a worded status with fill colour defined on a "
            "separate Key sheet."),
        "reads": (
            "One tracker sheet and a status key. Nine force actions answer five HMICFRS recommendations across "
            "the two tranches of the public disorder inspection; each row gives owner, due date, a worded status "
            "(Complete, On Track, At Risk, Off Track, Not Started) and an update."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, meta, actions)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 3. Mercia Learning Trust - Trust Improvement Plan 2025-26 (xlsx, sheet per priority, termly RAG)
# ---------------------------------------------------------------------------
def build_mercia():
    name = "zos-mercia-learning-trust-trust-improvement-plan-2025-26.xlsx"
    title = "Mercia Learning Trust – Trust Improvement Plan 2025-26"
    P1 = "Priority 1: Curriculum, teaching and assessment"
    P2 = "Priority 2: Inclusion, SEND and safeguarding"
    P3 = "Priority 3: Attendance and behaviour"
    P4 = "Priority 4: Workforce and wellbeing"
    O1A = "Objective 1A: Every school teaches the trust's sequenced curriculum in all foundation subjects"
    O1B = "Objective 1B: Assessment information is accurate and used to close gaps for disadvantaged pupils"
    O2A = "Objective 2A: Pupils with SEND are identified early and their needs are met in class"
    O2B = "Objective 2B: Safeguarding practice is consistently strong across the trust"
    sheets = [
        ("P1 Curriculum", P1, "Executive lead: Director of Education    Link trustee: Mrs J Whitworth", [
            ("obj", O1A),
            A("1A.1", [P1, O1A],
              "Complete subject network reviews of history, geography and RE in all primary schools, with "
              "written feedback to headteachers.",
              "Director of Primary Education", ["Director of Primary Education"], "Autumn term 2025", "2025-12",
              "blue", end_text="Autumn term 2025", rag=("G", "B"),
              com="All reviews complete; feedback reports sent December 2025."),
            A("1A.2", [P1, O1A],
              "Publish trust-wide long-term plans and knowledge organisers for Key Stage 3 design technology "
              "and computing.",
              "Director of Secondary Education / Trust Lead for Computing",
              ["Director of Secondary Education", "Trust Lead for Computing"], "By Feb half-term 2026",
              "2026-02", "amber", rag=("G", "A"),
              com="Computing published; design technology delayed by staff absence."),
            ("obj", O1B),
            A("1B.1", [P1, O1B],
              "Run two moderation rounds of Key Stage 2 writing across all primary schools and share outcomes "
              "with local governing bodies.",
              "Trust Assessment Lead", ["Trust Assessment Lead"], "Dec 2025 and May 2026", "2026-05", "green",
              end_text="Dec 2025 and May 2026", rag=("G", "G"),
              com="December round complete; May round scheduled."),
            A("1B.2", [P1, O1B],
              "Introduce a common Year 11 mock examination series and data drop so that gaps for "
              "disadvantaged pupils are identified by subject.",
              "Director of Secondary Education", ["Director of Secondary Education"], "Jan 2026", "2026-01",
              "blue", rag=("G", "B"), com="Mocks sat in January; subject gap analysis shared with heads."),
        ]),
        ("P2 Inclusion", P2, "Executive lead: Director of Inclusion    Link trustee: Mr D Osei", [
            ("obj", O2A),
            A("2A.1", [P2, O2A],
              "Roll out the trust SEND quality-first teaching toolkit and train every teacher in the graduated "
              "approach.",
              "Trust SENCo", ["Trust SENCo"], "Sept 2025 – July 2026", "2026-07", "green",
              end_text="Sept 2025 – July 2026", rag=("G", "G"), com="Training delivered in 9 of 11 schools."),
            A("2A.2", [P2, O2A],
              "Open a trust-run enhanced resource base for Key Stage 2 pupils with social, emotional and "
              "mental health needs.",
              "CEO & Director of Inclusion", ["CEO", "Director of Inclusion"], "September 2026", "2026-09",
              "red", rag=("A", "R"),
              com="Local authority place funding not yet agreed; site works on hold. Escalated to Board."),
            ("obj", O2B),
            A("2B.1", [P2, O2B],
              "Move all schools onto a single safeguarding recording system and audit its use each term.",
              "Trust Designated Safeguarding Lead", ["Trust Designated Safeguarding Lead"], "Termly", None,
              "green", end_text="Termly", rag=("G", "G"), com="All schools migrated; autumn audit complete."),
        ]),
        ("P3 Attendance", P3, "Executive lead: Chief Operating Officer    Link trustee: Mrs P Kaur", [
            A("3.1", [P3],
              "Appoint an attendance officer for each secondary school and a shared officer for the primary "
              "hub, working to the trust attendance policy.",
              "Chief Operating Officer", ["Chief Operating Officer"], "Oct-25", "2025-10", "blue",
              rag=("B", "B"), com="All posts filled by October 2025."),
            A("3.2", [P3],
              "Reduce persistent absence of disadvantaged pupils through weekly attendance panels and "
              "first-day calls in every school.",
              "Headteachers", ["Headteachers"], "Ongoing", None, "amber", end_text="Ongoing", rag=("A", "A"),
              com="Persistent absence down 2.1 points but still above national in two secondaries."),
        ]),
        ("P4 Workforce", P4, "Executive lead: Director of People    Link trustee: Dr S Lindqvist", [
            A("4.1", [P4],
              "Launch the trust flexible working offer and survey staff on workload in November and June.",
              "Director of People", ["Director of People"], "Summer term 2026", "2026-07", "green",
              end_text="Summer term 2026", rag=("G", "G"),
              com="Offer launched; November survey response rate 71%."),
        ]),
    ]

    wb = Workbook()
    ov = wb.active
    ov.title = "Overview"
    ov["A1"] = title
    ov["A1"].font = Font(bold=True, size=14, color="5B2C6F")
    ov["A2"] = "Approved by the Board of Trustees: 8 October 2025    Spring term review: 10 February 2026"
    ov["A4"] = "Our priorities for 2025-26"
    ov["A4"].font = Font(bold=True)
    for i, (sn, ph, lead, _) in enumerate(sheets):
        ov.cell(row=5 + i, column=1, value=ph)
        ov.cell(row=5 + i, column=2, value=lead)
    ov["A10"] = "Termly RAG key"
    ov["A10"].font = Font(bold=True)
    for i, (k, v) in enumerate([("B", "Complete"), ("G", "On track"),
                                ("A", "Some slippage – action in hand"),
                                ("R", "Significant concern – escalate to CEO")]):
        c = ov.cell(row=11 + i, column=1, value=k)
        c.fill = fill(RAG_FILL[k])
        ov.cell(row=11 + i, column=2, value=v)
    ov.column_dimensions["A"].width = 50
    ov.column_dimensions["B"].width = 70

    actions = []
    for sn, ph, lead_line, items in sheets:
        ws = wb.create_sheet(sn)
        ws["A1"] = ph
        ws["A1"].font = Font(bold=True, size=12, color="FFFFFF")
        ws["A1"].fill = fill("5B2C6F")
        ws.merge_cells("A1:I1")
        ws["A2"] = lead_line
        ws["A2"].font = Font(italic=True)
        ws.merge_cells("A2:I2")
        ws["F4"] = "Termly RAG"
        ws["F4"].font = Font(bold=True)
        ws["F4"].alignment = Alignment(horizontal="center")
        ws.merge_cells("F4:H4")
        hdr = ["Ref", "Action", "Lead", "Timescale", "Success criteria (by July 2026)", "Autumn", "Spring",
               "Summer", "Commentary (Spring review)"]
        for j, h in enumerate(hdr, 1):
            c = ws.cell(row=5, column=j, value=h)
            c.font = Font(bold=True)
            c.fill = fill("E8DAEF")
            c.border = BOX
            c.alignment = WRAP
        r = 6
        for it in items:
            if isinstance(it, tuple):
                c = ws.cell(row=r, column=1, value=it[1])
                c.font = Font(bold=True, color="5B2C6F")
                c.fill = fill("F4ECF7")
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
                r += 1
                continue
            actions.append(it)
            crit = {
                "1A.1": "Review reports show sequenced curriculum taught in all primaries",
                "1A.2": "Plans in use in all three secondary schools",
                "1B.1": "Moderated judgements within 5% of internal data",
                "1B.2": "Gap analysis for every Year 11 disadvantaged pupil",
                "2A.1": "95% of teachers trained; SEND support plans reviewed termly",
                "2A.2": "Base open with 8 places",
                "2B.1": "All schools compliant at termly audit",
                "3.1": "Attendance officers in post",
                "3.2": "Persistent absence of disadvantaged pupils at or below national",
                "4.1": "Workload survey shows improvement on 2024-25 baseline",
            }[it["ref"]]
            vals = [it["ref"], it["action"], it["lead_cell"], it["end_cell"], crit, it["rag"][0], it["rag"][1],
                    None, it["com"]]
            for j, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
            for j, k in ((6, it["rag"][0]), (7, it["rag"][1])):
                ws.cell(row=r, column=j).fill = fill(RAG_FILL[k])
                ws.cell(row=r, column=j).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
        if sn == "P4 Workforce":
            ws.cell(row=r + 1, column=1,
                    value="Note: Summer RAG to be completed for the July 2026 Board meeting.").font = Font(italic=True)
        for col, w in zip("ABCDEFGHI", (8, 55, 28, 18, 36, 9, 9, 9, 45)):
            ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, name))

    meta = {
        "source": (
            "Imitates a multi-academy trust improvement plan of the kind Mercia Learning Trust (Sheffield, 2-18 "
            "MAT; its site describes 'a detailed Improvement Plan that directly links into each School "
            "Improvement Plan', agreed with the CEO and Board, with trustees assigned to key facets) would keep "
            "for 2025-26. Copied features: overview sheet with priorities, executive leads, link trustees and a "
            "termly RAG key; one sheet per priority with a merged priority banner, objective rows over their "
            "actions on two sheets and none on the others, a two-row header with 'Termly RAG' over Autumn / "
            "Spring / Summer columns (Summer still empty at the spring review), school-term and period "
            "timescales, posts as leads (two posts joined by '/' and by '&'), and a note line."),
        "reads": (
            "An overview sheet and four priority sheets. Ten actions sit under their priority (and, for "
            "priorities 1 and 2, an objective), each with lead, timescale, success criteria and a termly RAG; "
            "at the spring review the Spring column is the current status and Summer is blank."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, meta, actions)
    return name, len(actions)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 4. HMP Onley - HMIP inspection action plan (docx, HMPPS template, table per concern)
# ---------------------------------------------------------------------------
def build_onley():
    name = "zos-hmp-onley-hmip-inspection-action-plan.docx"
    title = "Action Plan: HMP Onley"
    PC = "Priority concerns"
    KC = "Key concerns"
    C1 = ("1. The prison was severely short of operational staff. As a result, prisoners had too little time "
          "out of cell, the regime was regularly curtailed and key work was not being delivered.")
    C2 = ("2. Education, skills and work provision was poor. Fewer than half of prisoners were in activity, "
          "many workshops were closed and the quality of teaching was weak.")
    C3 = ("3. Some residential areas were dirty and in poor repair, and too many cells lacked basic furniture "
          "and working in-cell telephones.")
    C4 = ("4. Offender management was under-resourced; too many prisoners did not have an up-to-date OASys "
          "assessment or sentence plan.")
    concerns = [
        (PC, C1, "Agreed. Staffing is the prison's highest risk and is managed through the regional "
                 "recruitment and retention plan.", [
            A("1.1", [PC, C1],
              "Run a local recruitment campaign with HMPPS Recruitment, including open days in Rugby and "
              "Daventry, to fill all band 3 prison officer vacancies.",
              "Governor", ["Governor"], "31 March 2023", "2023-03", "unrated"),
            A("1.2", [PC, C1],
              "Introduce a revised regime profile so that the published regime is delivered consistently, with "
              "every curtailment recorded and reviewed at the weekly regime meeting.",
              "Head of Operations / Head of Residence", ["Head of Operations", "Head of Residence"],
              "January 2023", "2023-01", "unrated"),
            A("1.3", [PC, C1],
              "Restart key work for prisoners on an open ACCT and those assessed as a high risk of violence, "
              "then extend it to the wider population as staffing allows.",
              "Head of Safety", ["Head of Safety"], "Phased: Feb – Jun 2023", "2023-06", "unrated",
              end_text="Phased: Feb – Jun 2023"),
        ]),
        (PC, C2, "Agreed.", [
            A("2.1", [PC, C2],
              "Agree an education recovery plan with the education provider, with monthly contract performance "
              "meetings chaired by the Head of Education, Skills and Work.",
              "Head of Education, Skills and Work", ["Head of Education, Skills and Work"], "28 February 2023",
              "2023-02", "unrated"),
            A("2.2", [PC, C2],
              "Reopen the market garden and two closed workshops, allocating prisoners through a needs-based "
              "allocation process.",
              "Head of Reducing Reoffending; Industries Manager",
              ["Head of Reducing Reoffending", "Industries Manager"], "September 2023", "2023-09", "unrated"),
            A("2.3", [PC, C2],
              "Place prisoners in English and maths classes at the correct level following initial assessment, "
              "with no mixed-level classes.",
              "Education Manager (provider) / Head of Education, Skills and Work",
              ["Education Manager (provider)", "Head of Education, Skills and Work"], "April 2023", "2023-04",
              "unrated"),
        ]),
        (KC, C3, "Agreed.", [
            A("3.1", [KC, C3],
              "Complete a cell-by-cell audit and a prioritised programme of repairs with the facilities "
              "management provider, reported to the monthly decency meeting.",
              "Head of Residence", ["Head of Residence"], "30 April 2023", "2023-04", "unrated"),
            A("3.2", [KC, C3],
              "Introduce weekly Governor-led decency walks and wing cleanliness checks.",
              "Governor and Deputy Governor", ["Governor", "Deputy Governor"], "Ongoing", None, "unrated",
              end_text="Ongoing"),
        ]),
        (KC, C4, "Partly agreed. Recruitment to probation-grade posts is managed regionally.", [
            A("4.1", [KC, C4],
              "Recruit to vacant prison offender manager posts and clear the backlog of OASys assessments, "
              "prioritising prisoners due for release or recategorisation.",
              "Head of Offender Management Delivery", ["Head of Offender Management Delivery"], "June 2023",
              "2023-06", "unrated"),
        ]),
    ]

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    run = p.add_run(title)
    run.bold = True
    run.font.size = Pt(18)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for line in ("Action Plan Submitted: 2 December 2022",
                 "A Response to the HMIP Inspection: 6 – 17 June 2022",
                 "Report Published: 4 October 2022"):
        q = doc.add_paragraph(line)
        q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph()
    h = doc.add_paragraph()
    h.add_run("INTRODUCTION").bold = True
    doc.add_paragraph(
        "HM Inspectorate of Prisons (HMIP) is an independent inspectorate which reports on conditions for and "
        "treatment of those in prison. Following each inspection HMIP reports up to 15 concerns, of which some "
        "are identified as priorities. In response, HMPPS is required to draft an action plan confirming whether "
        "each concern is agreed, partly agreed or not agreed, and setting out specific actions with an owner and "
        "target date for each.")
    doc.add_paragraph(
        "The action plan will be monitored by the prison's senior management team and the Prison Group "
        "Director. Progress will be assessed by HMIP at the next independent review of progress or inspection.")
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    key = [("Term", "Definition"),
           ("Agreed", "All of the concern is agreed with, can be achieved and is affordable."),
           ("Partly agreed", "Only part of the concern is agreed with, is achievable, affordable and will be "
                             "implemented."),
           ("Not agreed", "The concern is not agreed and will not be implemented.")]
    for i, (a, b) in enumerate(key):
        set_cell(t.cell(i, 0), a, bold=(i == 0))
        set_cell(t.cell(i, 1), b, bold=(i == 0))
    actions = []
    last_section = None
    for section, concern, response, acts in concerns:
        if section != last_section:
            doc.add_paragraph()
            hp = doc.add_paragraph()
            hr = hp.add_run(section)
            hr.bold = True
            hr.font.size = Pt(13)
            last_section = section
        else:
            doc.add_paragraph()
        tbl = doc.add_table(rows=3 + len(acts), cols=4)
        tbl.style = "Table Grid"
        top = tbl.cell(0, 0).merge(tbl.cell(0, 3))
        set_cell(top, concern, bold=True)
        shade(top, "D9E2F3")
        set_cell(tbl.cell(1, 0), "Response", bold=True)
        resp = tbl.cell(1, 1).merge(tbl.cell(1, 3))
        set_cell(resp, response)
        for j, hd in enumerate(("No.", "Action", "Responsible owner", "Target date")):
            set_cell(tbl.cell(2, j), hd, bold=True)
            shade(tbl.cell(2, j), "F2F2F2")
        for i, a in enumerate(acts):
            actions.append(a)
            set_cell(tbl.cell(3 + i, 0), a["ref"])
            set_cell(tbl.cell(3 + i, 1), a["action"])
            set_cell(tbl.cell(3 + i, 2), a["lead_cell"])
            set_cell(tbl.cell(3 + i, 3), a["end_cell"])
    doc.add_paragraph()
    doc.add_paragraph("Approved by: Governor, HMP Onley, and Prison Group Director, Midlands.")
    doc.save(os.path.join(HERE, name))

    meta = {
        "source": (
            "Imitates the HMPPS action plans published in response to HM Inspectorate of Prisons reports "
            "('Action Plan: HMP X / Action Plan Submitted / A Response to the HMIP Inspection / Report Published' "
            "cover lines, introduction and Agreed / Partly agreed / Not agreed categorisation table, as in the "
            "HMP Elmley 2019 and HMP The Verne 2020 plans), in the post-May-2022 form that answers up to 15 "
            "priority and key concerns; written for HMP Onley after its summer 2022 inspection (severe staffing "
            "shortfalls, poor education, skills and work). Copied features: cover lines, key table that is not "
            "the plan, section headings for priority and key concerns, one table per concern with the concern "
            "merged across the top, a response row, numbered actions with responsible owner and target date, "
            "job titles as owners (two joined by '/', ';' or 'and'; one title containing a comma), no status "
            "column, and a sign-off line."),
        "reads": (
            "An HMPPS action plan for HMP Onley: after cover lines, an introduction and a key to the response "
            "categories, four concern tables (two priority concerns, two key concerns) each carry a response "
            "and numbered actions with owner and target date - nine actions in all, none with a progress "
            "status."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, meta, actions)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 5. Queen's College, Taunton - ISI inspection action plan (docx, DfE template + next steps tables)
# ---------------------------------------------------------------------------
def build_qct():
    name = "zos-queens-college-taunton-isi-inspection-action-plan.docx"
    title = "Queen’s College, Taunton – Action Plan following ISI Inspection (March 2025)"
    PA = "Part A: Independent School Standards not met"
    PB = "Part B: Recommended next steps"
    S1 = ("Part 3, paragraph 7 – Safeguarding: the school’s safeguarding policy did not reflect current "
          "statutory guidance (Keeping Children Safe in Education 2024).")
    S2 = ("Part 4, paragraph 18(2)(c) – Suitability of staff: not all required pre-appointment checks were "
          "completed before two members of staff began work.")
    N1 = ("Next step 1: Strengthen the quality assurance of teaching in the lower school so that pupils with "
          "SEND are consistently well supported.")
    N2 = ("Next step 2: Develop pupils’ understanding of economic wellbeing and careers from Year 7, not only "
          "in the sixth form.")
    partA = [
        (S1, [
            A(None, [PA, S1],
              "Rewrite the child protection and safeguarding policy to reflect Keeping Children Safe in "
              "Education 2024 and publish it on the school website.",
              "Designated Safeguarding Lead", ["Designated Safeguarding Lead"], "By 16 May 2025", "2025-05",
              "blue", prog="Green"),
            A(None, [PA, S1],
              "Deliver whole-staff safeguarding update training on the revised policy, including boarding and "
              "EYFS staff.",
              "Designated Safeguarding Lead / Head of Boarding", ["Designated Safeguarding Lead",
                                                                  "Head of Boarding"],
              "Trinity term 2025", "2025-07", "blue", end_text="Trinity term 2025", prog="Green"),
        ]),
        (S2, [
            A(None, [PA, S2],
              "Audit every personnel file against the single central record and complete any missing checks.",
              "Bursar; HR Manager", ["Bursar", "HR Manager"], "30 May 2025", "2025-05", "blue", prog="Green"),
            A(None, [PA, S2],
              "Introduce a pre-start compliance sign-off so that no member of staff starts work until the "
              "Bursar has confirmed all checks are in place.",
              "Bursar", ["Bursar"], "30 June 2025", "2025-06", "amber", prog="Amber"),
            A(None, [PA, S2],
              "Safeguarding governor to review the single central record each term and report to the full "
              "Board of Governors.",
              "Safeguarding Governor", ["Safeguarding Governor"], "Termly", None, "amber", end_text="Termly",
              prog="Amber"),
        ]),
    ]
    partB = [
        (N1, [
            A("B1.1", [PB, N1],
              "Introduce termly learning walks in the lower school focused on adaptive teaching for pupils with "
              "SEND.",
              "Deputy Head (Academic)", ["Deputy Head (Academic)"], "December 2025", "2025-12", "amber",
              prog="Amber"),
            A("B1.2", [PB, N1],
              "Provide INSET on adaptive teaching and one-page pupil profiles for all lower school teachers.",
              "Head of Learning Support", ["Head of Learning Support"], "September 2025", "2025-09", "blue",
              prog="Green"),
        ]),
        (N2, [
            A("B2.1", [PB, N2],
              "Map careers and economic wellbeing content across the Years 7–11 PSHE programme and fill gaps "
              "against the Gatsby benchmarks.",
              "Head of PSHE, Head of Careers", ["Head of PSHE", "Head of Careers"], "Trinity term 2026",
              "2026-07", "unrated", end_text="Trinity term 2026", prog=""),
        ]),
    ]
    prog_fill = {"Green": "92D050", "Amber": "FFC000"}

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    doc.add_heading(title, level=1)
    doc.add_paragraph("Routine inspection: 11–13 March 2025    Report published: 17 April 2025")
    doc.add_heading("Document control", level=2)
    dct = doc.add_table(rows=5, cols=2)
    dct.style = "Table Grid"
    for i, (a, b) in enumerate([("Version", "1.2"), ("Owner", "Head"),
                                ("Approved by", "Board of Governors (Education and Compliance Committee)"),
                                ("Date approved", "12 May 2025"), ("Next review", "October 2025")]):
        set_cell(dct.cell(i, 0), a, bold=True)
        set_cell(dct.cell(i, 1), b)
    doc.add_paragraph()
    doc.add_paragraph(
        "This plan responds to the report of the Independent Schools Inspectorate and to the Department for "
        "Education’s notice requiring an action plan. Part A sets out the steps the school will take to meet "
        "the standards not met; Part B sets out how the school will take forward ISI’s recommended next steps.")
    doc.add_paragraph("Progress key: Green – completed; Amber – in progress.")

    actions = []
    doc.add_heading(PA, level=2)
    rows_needed = 1 + sum(len(x[1]) for x in partA)
    ta = doc.add_table(rows=rows_needed, cols=5)
    ta.style = "Table Grid"
    for j, hd in enumerate(("Standard not met", "Action to be taken", "Date by which action will be taken",
                            "Person(s) responsible", "Progress")):
        set_cell(ta.cell(0, j), hd, bold=True)
        shade(ta.cell(0, j), "BDD7EE")
    r = 1
    for std, acts in partA:
        start = r
        for a in acts:
            actions.append(a)
            set_cell(ta.cell(r, 1), a["action"])
            set_cell(ta.cell(r, 2), a["end_cell"])
            set_cell(ta.cell(r, 3), a["lead_cell"])
            set_cell(ta.cell(r, 4), a["prog"])
            if a["prog"]:
                shade(ta.cell(r, 4), prog_fill[a["prog"]])
            r += 1
        m = ta.cell(start, 0).merge(ta.cell(r - 1, 0))
        set_cell(m, std)
    doc.add_paragraph()
    doc.add_heading(PB, level=2)
    doc.add_paragraph("ISI recommended that the school should:")
    for step, acts in partB:
        sp = doc.add_paragraph()
        sp.add_run(step).bold = True
        tb = doc.add_table(rows=1 + len(acts), cols=5)
        tb.style = "Table Grid"
        for j, hd in enumerate(("Ref", "Action", "Lead", "By when", "Progress")):
            set_cell(tb.cell(0, j), hd, bold=True)
            shade(tb.cell(0, j), "D9E2F3")
        for i, a in enumerate(acts, 1):
            actions.append(a)
            set_cell(tb.cell(i, 0), a["ref"])
            set_cell(tb.cell(i, 1), a["action"])
            set_cell(tb.cell(i, 2), a["lead_cell"])
            set_cell(tb.cell(i, 3), a["end_cell"])
            set_cell(tb.cell(i, 4), a["prog"])
            if a["prog"]:
                shade(tb.cell(i, 4), prog_fill[a["prog"]])
        doc.add_paragraph()
    doc.add_paragraph("Signed: Chair of Governors                Signed: Head")
    doc.save(os.path.join(HERE, name))

    meta = {
        "source": (
            "Imitates an independent school's post-inspection action plan after an ISI routine inspection "
            "under the September 2023 framework, written for Queen’s College, Taunton in 2025: Part A follows "
            "the DfE 'Independent school action plan' template columns (standard not met, action, date by which "
            "action will be taken, person(s) responsible), Part B takes forward ISI's recommended next steps. "
            "Copied features: heading title with curly apostrophe, a document-control table that is not the "
            "plan, a progress key that makes Green mean completed (no blue), the standard cell merged down its "
            "actions with no action refs, one table per next step under a bold step line, Trinity term and "
            "'Termly' timescales, posts as leads (two joined by '/', ';' and ','), shaded progress cells, one "
            "left blank, and a signature line."),
        "reads": (
            "A school action plan in two parts: five unnumbered actions against two unmet Independent School "
            "Standards, then three numbered actions against two ISI next steps, each with date, responsible "
            "post(s) and a Green/Amber progress cell read through the key (Green = completed)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, meta, actions)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 6. Probation Service Gwent PDU - HMIP inspection action plan, CSV export (typo month -> refuse)
# ---------------------------------------------------------------------------
def build_gwent():
    name = "zos-probation-service-gwent-pdu-hmip-inspection-action-plan-typo-month-refuse.csv"
    title = ("Gwent PDU – Action plan in response to HM Inspectorate of Probation: An inspection of probation "
             "services in Gwent PDU")
    n = 9
    lines = [
        [title] + [""] * (n - 1),
        ["HMPPS Wales – exported from the regional improvement tracker 03/10/2025"] + [""] * (n - 1),
        [""] * n,
        ["Rec", "Recommendation", "Response", "Action No", "Action", "Action Owner", "Target Date", "RAG",
         "Update"],
        ["The Gwent PDU should:"] + [""] * (n - 1),
        ["1", "improve the quality of assessment, planning and reviewing of work to keep actual and potential "
              "victims safe", "Agreed", "1.1",
         "Deliver public protection practice workshops to all POs and PSOs, using case audit findings",
         "SPO Quality Lead", "31/03/2025", "B", "All teams attended by March 2025"],
        ["", "", "", "1.2", "Introduce monthly SPO case audits of risk management plans with feedback in "
                             "supervision", "Head of PDU", "Jun-25", "B", "Audit tool in use since June; first themes "
                                                                            "report to PDU SMT in July"],
        ["2", "make sure domestic abuse and child safeguarding information is requested, received and analysed "
              "in all relevant cases", "Agreed", "2.1",
         "Agree a data-sharing protocol with Gwent Police for domestic abuse call-out information at "
         "allocation", "Head of PDU / Police Liaison SPO", "30/09/2025", "A",
         "Draft with Gwent Police information governance"],
        ["", "", "", "2.2", "Add a safeguarding information check to the allocation quality assurance checklist",
         "Court Team SPO", "Sept 2025", "G", ""],
        ["3", "improve the use of interventions and services for people on probation, including accredited "
              "programmes", "Partly agreed", "3.1",
         "Review the programme waiting list with the Interventions Team and book all eligible cases",
         "Treatment Manager", "Dec-25", "G", "Waiting list reduced from 64 to 39"],
        ["The Wales region should:"] + [""] * (n - 1),
        ["4", "address staffing shortfalls so that practitioners have manageable workloads", "Agreed", "4.1",
         "Prioritise Gwent in the regional PQiP allocation and trainee recruitment", "Regional Probation "
                                                                                       "Director",
         "Febuary 2026", "A", "Nine PQiP learners allocated for the 2025 intake"],
        ["", "", "", "4.2", "Use the workload measurement tool in monthly performance reviews with the Head of "
                             "PDU", "Head of Operations (Wales)", "31/01/2026", "G", ""],
        [""] * n,
        ["RAG key: B = complete; G = on track; A = at risk; R = off track"] + [""] * (n - 1),
    ]
    refuse_line = None
    path = os.path.join(HERE, name)
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for i, row in enumerate(lines, 1):
            w.writerow(row)
            if "Febuary 2026" in row:
                refuse_line = i
    meta = {
        "source": (
            "Imitates the HMPPS action plans that answer HM Inspectorate of Probation PDU inspections "
            "(recommendations addressed to 'The PDU should:' and 'The region should:', each marked Agreed / "
            "Partly agreed, with actions, owners and target dates; cf. the HMI Probation 'Action Plan: [name of "
            "CRC or NPS Division]' template), here for the 2025 inspection of probation services in Gwent PDU "
            "(rated Requires improvement), exported as CSV from a regional tracker. Copied features: title and "
            "export lines, grouping lines for PDU and region recommendations, recommendation and response given "
            "only on the first action row, letter RAG, a key line at the foot, and mixed date forms."),
        "reads": (
            "A CSV export of the Gwent PDU action plan: seven actions under four HMI Probation recommendations. "
            "The target date of action 4.1 reads 'Febuary 2026', a mistyped month, so a careful reader stops "
            "at that line and asks before taking the plan in."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_line,
        "title": title,
    }
    write_expected(name, meta, [])
    return name, 7


# ---------------------------------------------------------------------------
# 7. Castlehill Primary School - School Improvement Plan 2025-26 (tab-separated text export)
# ---------------------------------------------------------------------------
def build_castlehill():
    name = "zos-castlehill-primary-school-school-improvement-plan-2025-26.txt"
    title = "Castlehill Primary School and ELC Class – School Improvement Plan 2025-26"
    P1 = "Priority 1: Raising attainment in writing (P1–P7)"
    P2 = "Priority 2: Closing the poverty-related attainment gap (PEF)"
    P3 = "Priority 3: Health and wellbeing – relationships and positive behaviour"
    P4 = "Priority 4: ELC – early numeracy through play"
    blocks = [
        (P1, "NIF priority: Improvement in attainment, particularly in literacy and numeracy\tHGIOS4 QIs: 2.3, 3.2", [
            A("1.1", [P1],
              "Introduce a whole-school writing progression and shared success criteria for each genre.",
              "Mrs K Docherty (DHT)", ["Mrs K Docherty (DHT)"], "Aug 2025 – Jun 2026", "2026-06", "green",
              end_text="Aug 2025 – Jun 2026", meas="CfE writing attainment at P4 and P7 rises to 80%",
              cont="Teacher judgements moderated with cluster schools in March", prog="On track"),
            A("1.2", [P1],
              "Train all teaching staff in explicit sentence-level instruction (Writing Revolution approach).",
              "Mr R Bain (PT) / Miss L Shaw (CT P6)", ["Mr R Bain (PT)", "Miss L Shaw (CT P6)"], "By Oct 2025",
              "2025-10", "blue", meas="All staff trained; approach seen in 90% of observed lessons",
              prog="Complete"),
            A("1.3", [P1],
              "Hold termly writing moderation across stages and record outcomes on the tracking system.",
              "All class teachers", ["All class teachers"], "Ongoing", None, "green", end_text="Ongoing",
              meas="Moderation notes for every stage", prog="On track"),
        ]),
        (P2, "NIF priority: Closing the attainment gap between the most and least disadvantaged children and young people\tHGIOS4 QIs: 1.5, 3.2", [
            A("2.1", [P2],
              "Fund a part-time support for learning teacher to deliver targeted reading intervention for P2–P4 "
              "learners in SIMD 1–2.",
              "HT & SfL teacher", ["HT", "SfL teacher"], "Jan – Mar 2026", "2026-03", "amber",
              end_text="Jan – Mar 2026", meas="Reading age gains of at least 6 months for targeted learners",
              cont="Baseline and exit assessments recorded", prog="Amber – start delayed by recruitment"),
            A("2.2", [P2],
              "Run a family learning programme on numeracy at home with the Community Learning and Development "
              "team.",
              "DHT", ["DHT"], "May 2026", "2026-05", "unrated",
              meas="At least 12 families complete the programme", prog="Not started"),
            A("2.3", [P2],
              "Remove the cost of the school day: free breakfast club places and a uniform and trip fund for "
              "eligible families.",
              "HT", ["HT"], "Nov 2025", "2025-11", "blue", meas="Uptake reported to Parent Council",
              prog="Complete"),
        ]),
        (P3, "NIF priority: Improvement in children and young people’s health and wellbeing\tHGIOS4 QIs: 2.1, 3.1", [
            A("3.1", [P3],
              "Revise the relationships and positive behaviour policy with pupils, staff and parents, using a "
              "rights-based approach.",
              "DHT / Pupil Council", ["DHT", "Pupil Council"], "Dec 2025", "2025-12", "blue",
              meas="Policy agreed and shared with families", prog="Complete"),
            A("3.2", [P3],
              "Train staff in restorative conversations and introduce a consistent recording format for "
              "incidents.",
              "Mrs K Docherty (DHT)", ["Mrs K Docherty (DHT)"], "Feb 2026", "2026-02", "green",
              meas="Fewer repeat incidents recorded each term", prog="On track"),
        ]),
        (P4, "NIF priority: Improvement in attainment, particularly in literacy and numeracy\tRealising the Ambition", [
            A("4.1", [P4],
              "Develop number-rich play spaces indoors and outdoors and plan daily counting routines.",
              "Nursery team", ["Nursery team"], "Mar 2026", "2026-03", "green",
              meas="Observations show children using number language in play", prog="On track"),
            A("4.2", [P4],
              "Share early numeracy learning with parents through the online learning journal each month.",
              "Senior Early Years Practitioner", ["Senior Early Years Practitioner"], "Jun 2026", "2026-06",
              "unrated", meas="Monthly posts; parent comments increase", prog="Not started"),
        ]),
    ]
    out = [
        title,
        "East Dunbartonshire Council – Education Service\tProgress review: February 2026",
        "",
    ]
    actions = []
    for ph, nif, acts in blocks:
        out.append(ph)
        out.append(nif)
        out.append("\t".join(["Ref", "Action", "Lead", "Timescale", "Measures of success", "Progress (Feb 2026)"]))
        for a in acts:
            actions.append(a)
            out.append("\t".join([a["ref"], a["action"], a["lead_cell"], a["end_cell"], a["meas"], a["prog"]]))
            if a.get("cont"):
                out.append("\t".join(["", "", "", "", a["cont"], ""]))
        out.append("")
    out.append("PEF = Pupil Equity Fund. SIMD = Scottish Index of Multiple Deprivation.")
    out.append("Summary at February 2026: 10 actions – 3 complete, 4 on track, 1 amber, 2 not started.")
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(out) + "\n")
    meta = {
        "source": (
            "Imitates a Scottish primary school improvement plan (e.g. the South Parks Primary and Fairview "
            "School plans on Glow blogs: focused priorities linked to NIF priorities and HGIOS4 quality "
            "indicators, actions with lead, timescale and measures), written for Castlehill Primary School "
            "(East Dunbartonshire) for session 2025-26 and saved as tab-separated text. Copied features: "
            "a school-and-plan title line and an authority line, priority lines each followed by a NIF and QI line and a "
            "repeated header, a continuation line carrying only further measures, staff names with posts and "
            "abbreviations (HT, DHT, PT, SfL) as leads, month and period timescales, worded progress, and "
            "glossary and summary lines at the end."),
        "reads": (
            "A tab-separated school improvement plan: four priorities (the fourth for the ELC class), each with "
            "its NIF/QI line and two or three numbered actions - ten in all - giving lead, timescale, measures "
            "of success and February 2026 progress; two lines only continue the measures of the action above."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, meta, actions)
    return name, len(actions)


def main():
    built = [build_lfb(), build_cleveland(), build_mercia(), build_onley(), build_qct(), build_gwent(),
             build_castlehill()]
    for n, k in built:
        print(f"{n}\t{k} actions")


if __name__ == "__main__":
    main()
