"""Build the seven zuw- blind test files (set heldout666) and their expected readings.

Run with /work/main/.venv/bin/python zuw_make.py from any directory; writes beside this script.
Only files whose names start with "zuw-" are written.
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

FILL = {
    "B": "5B9BD5", "G": "70AD47", "A": "FFC000", "R": "FF0000",
    "head": "1F3864", "band": "D9E1F2", "grey": "EDEDED",
}
STATUS_OF = {"B": "blue", "G": "green", "A": "amber", "R": "red", "": "unrated", None: "unrated"}


def path(name):
    assert name.startswith("zuw-") or name.startswith("zuw_")
    return os.path.join(HERE, name)


def write_expected(fname, source, reads, outcome, title, actions=None, refuse_at=None,
                   accept_refusal=False):
    doc = {"source": source, "reads": reads, "outcome": outcome,
           "accept_refusal": accept_refusal}
    if refuse_at is not None:
        doc["refuse_at"] = refuse_at
    if title is not None:
        doc["title"] = title
    if outcome == "read":
        doc["actions"] = actions
    with open(path(fname + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def style_header(ws, row, ncol, colour=FILL["head"]):
    for c in range(1, ncol + 1):
        cell = ws.cell(row=row, column=c)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(colour)
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BORDER


def box(ws, row, ncol):
    for c in range(1, ncol + 1):
        ws.cell(row=row, column=c).border = BORDER
        ws.cell(row=row, column=c).alignment = WRAP


# ---------------------------------------------------------------------------------------------
# 1. HMP Lincoln - HMIP inspection action plan (xlsx, HMPPS template turned into a tracker)
# ---------------------------------------------------------------------------------------------
def hmp_lincoln():
    fname = "zuw-hmp-lincoln-hmip-inspection-action-plan.xlsx"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Action Plan: HMP Lincoln"
    cov["A1"].font = Font(bold=True, size=16)
    cov["A3"] = "A Response to the HMI Prisons Inspection: 4 – 14 March 2024"
    cov["A4"] = "Report Published: 18 June 2024"
    cov["A5"] = "Action Plan Submitted: 13 August 2024"
    cov["A6"] = "Progress position as at: 30 November 2024"
    cov["A8"] = "INTRODUCTION"
    cov["A8"].font = Font(bold=True)
    cov["A9"] = ("HM Inspectorate of Prisons (HMIP) reports on the conditions for, and treatment of, prisoners. "
                 "In response to the report HMPPS is required to draft an action plan to address the concerns. "
                 "The action plan confirms whether each recommendation is agreed, partly agreed or not agreed.")
    cov.merge_cells("A9:C9")
    cov["A9"].alignment = WRAP
    cov.row_dimensions[9].height = 60
    cov["A11"] = "Term"
    cov["B11"] = "Definition"
    style_header(cov, 11, 2)
    rows = [("Agreed", "All of the recommendation is agreed with, can be achieved and is affordable."),
            ("Partly Agreed", "Only part of the recommendation is agreed with, is achievable and affordable and will be implemented."),
            ("Not Agreed", "The recommendation is not agreed and will not be implemented.")]
    for i, (t, d) in enumerate(rows, start=12):
        cov.cell(row=i, column=1, value=t)
        cov.cell(row=i, column=2, value=d)
        box(cov, i, 2)
    cov["A16"] = "RAG key"
    cov["A16"].font = Font(bold=True)
    for i, (k, d) in enumerate([("B", "Complete"), ("G", "On track"), ("A", "Some slippage – recoverable"),
                                ("R", "Off track – escalated to Governor")], start=17):
        cov.cell(row=i, column=1, value=k).fill = fill(FILL[k])
        cov.cell(row=i, column=2, value=d)
    cov.column_dimensions["A"].width = 18
    cov.column_dimensions["B"].width = 90

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "Action Plan: HMP Lincoln – Response to the HMI Prisons Inspection of 4–14 March 2024"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Progress as at 30 November 2024 – reviewed monthly at the Senior Leadership Team meeting"
    ws["A2"].font = Font(italic=True)
    hdr = ["Concern No.", "Concern", "Agreed / Partly Agreed / Not Agreed", "Action No.", "Action",
           "Action Owner", "Target Date", "Revised Target Date", "Progress Update", "RAG"]
    for c, h in enumerate(hdr, start=1):
        ws.cell(row=4, column=c, value=h)
    style_header(ws, 4, len(hdr))
    ws.freeze_panes = "A5"

    D = dt.datetime
    plan = [
        ("band", "Priority concerns"),
        ("concern", "1", "Too many prisoners, including some at risk of self-harm, were locked in their cells for up to 22 hours a day and the regime was frequently curtailed at short notice.",
         "Agreed", [
             ("1.1", "Introduce a revised core day giving all residential units at least four hours of unlocked time each weekday, with any curtailment approved by the duty governor and logged.",
              "Head of Residence", ["Head of Residence"], D(2024, 9, 30), None, "2024-09", None,
              "Revised core day launched 2 September 2024. Average weekday time unlocked is now 4.2 hours.", "B"),
             ("1.2", "Review the allocations process so that every prisoner is allocated to work, education or an intervention within ten working days of arrival.",
              "Head of Reducing Reoffending / Head of Learning and Skills",
              ["Head of Reducing Reoffending", "Head of Learning and Skills"], D(2024, 12, 31), None, "2024-12", None,
              "Allocations board now meets twice weekly; 71% of new arrivals allocated within ten days in October.", "G"),
         ]),
        ("concern", "2", "The supply of illicit drugs was high, and 34% of random mandatory drug tests were positive.",
         "Agreed", [
             ("2.1", "Complete installation of the X-ray body scanner in reception and scan all new arrivals and prisoners returning from court.",
              "Head of Security", ["Head of Security"], D(2024, 10, 31), None, "2024-10", None,
              "Scanner operational from 14 October 2024.", "B"),
             ("2.2", "Deliver the local drug strategy action plan, with progress reviewed at the monthly Drug Strategy Committee chaired by the Deputy Governor.",
              "Deputy Governor", ["Deputy Governor"], "Ongoing", None, None, "Ongoing",
              "Drug strategy refreshed in September; random MDT positive rate 24% in October.", "G"),
         ]),
        ("band", "Key concerns"),
        ("concern", "3", "Prisoners' applications and complaints were often not answered in time and many responses did not address the issue raised.",
         "Partly Agreed", [
             ("3.1", "Roll out the digital applications system to all house blocks and report weekly on response times to the senior leadership team.",
              "Business Hub Manager", ["Business Hub Manager"], D(2024, 11, 30), D(2025, 1, 31), "2025-01", None,
              "Roll-out complete on A and B wings; C and D wings delayed by the network upgrade.", "A"),
         ]),
        ("concern", "4", "Key work was rarely delivered and most recorded sessions were superficial.",
         "Agreed", [
             ("4.1", "Reinstate protected key work time so that each prisoner receives at least one 45-minute session a fortnight.",
              "Head of Residence", ["Head of Residence"], D(2025, 3, 31), None, "2025-03", None,
              "Shortfall of 18 band 3 officers; key work currently delivered to priority prisoners only.", "R"),
             ("4.2", "Quality assure ten key work entries each month and feed back findings to individual officers at supervision.",
              "Custodial Managers (Residence)", ["Custodial Managers (Residence)"], "Monthly", None, None, "Monthly",
              "Sampling started in October.", "G"),
         ]),
        ("concern", "5", "Too many prisoners were released without sustainable accommodation.",
         "Agreed", [
             ("5.1", "Establish a weekly pre-release accommodation panel with the Probation Service, the local authority and CAS3 providers for all prisoners within 12 weeks of release.",
              "Head of Reducing Reoffending & Senior Probation Officer",
              ["Head of Reducing Reoffending", "Senior Probation Officer"], D(2024, 9, 30), None, "2024-09", None,
              "Panel meeting weekly since 5 September 2024.", "B"),
         ]),
    ]
    expected = []
    r = 5
    band = None
    for item in plan:
        if item[0] == "band":
            band = item[1]
            ws.cell(row=r, column=1, value=band).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(hdr))
            ws.cell(row=r, column=1).fill = fill(FILL["band"])
            r += 1
            continue
        _, no, text, agreed, acts = item
        first = r
        for (ref, action, owner, leads, target, revised, end, end_text, prog, rag) in acts:
            ws.cell(row=r, column=4, value=ref)
            ws.cell(row=r, column=5, value=action)
            ws.cell(row=r, column=6, value=owner)
            c = ws.cell(row=r, column=7, value=target)
            if isinstance(target, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if revised is not None:
                c = ws.cell(row=r, column=8, value=revised)
                c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=9, value=prog)
            c = ws.cell(row=r, column=10, value=rag)
            c.fill = fill(FILL[rag])
            c.alignment = Alignment(horizontal="center", vertical="top")
            box(ws, r, 9)
            expected.append(act(ref, [band, text], action, leads, end, STATUS_OF[rag], end_text))
            r += 1
        ws.cell(row=first, column=1, value=no)
        ws.cell(row=first, column=2, value=text)
        ws.cell(row=first, column=3, value=agreed)
        if r - 1 > first:
            for col in (1, 2, 3):
                ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
    r += 1
    ws.cell(row=r, column=1, value="Note: revised target dates were agreed at the Senior Leadership Team meeting on 7 November 2024.")
    ws.cell(row=r, column=1).font = Font(italic=True)
    for col, w in zip("ABCDEFGHIJ", [9, 42, 14, 8, 52, 26, 12, 12, 40, 6]):
        ws.column_dimensions[col].width = w
    wb.save(path(fname))

    write_expected(
        fname,
        source=("Imitates the HMPPS action plan published after an HMI Prisons inspection of a local prison "
                "(template 'Action Plan: HMP ... / A Response to the HMIP Inspection / Report Published / Action "
                "Plan Submitted', e.g. HMP Elmley 2019, HMP The Verne 2020), in the post-2022 'priority concerns / "
                "key concerns' form, kept as a progress tracker. HMP Lincoln 2024 is a plausible, not a copied, plan. "
                "Copied features: cover sheet with submission dates, Agreed/Partly/Not agreed categorisation table "
                "and RAG key; plan sheet with priority/key concern band rows, concern number, text and agreement "
                "merged down over their actions, job-title owners (two posts joined by '/' and by '&'), target and "
                "revised target date columns, Ongoing/Monthly dates, progress updates and letter RAG with fill."),
        reads=("A prison action plan in two sheets: a cover with the categorisation and RAG keys, and the plan, "
               "where each inspectors' concern (grouped under Priority concerns and Key concerns) carries one or two "
               "numbered actions with an owner, a target (and sometimes revised) date, progress and a RAG letter. "
               "Eight actions."),
        outcome="read",
        title="Action Plan: HMP Lincoln",
        actions=expected,
    )


# ---------------------------------------------------------------------------------------------
# 2. SFRS West SDA - HMFSI inspection action plan (xlsx) - REFUSE: "Febuary 2026"
# ---------------------------------------------------------------------------------------------
def sfrs_west():
    fname = "zuw-sfrs-west-service-delivery-area-hmfsi-inspection-action-plan-typo-month-refuse.xlsx"
    wb = Workbook()
    cov = wb.active
    cov.title = "Document Control"
    cov["A1"] = "Scottish Fire and Rescue Service"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "HMFSI Inspection of the West Service Delivery Area – Improvement Action Plan"
    cov["A2"].font = Font(bold=True, size=12)
    cov["A4"] = "Version"; cov["B4"] = "Date"; cov["C4"] = "Author"; cov["D4"] = "Comments"
    style_header(cov, 4, 4, "B71C1C")
    vc = [("0.1", dt.datetime(2024, 11, 4), "Group Commander, West SDA Planning", "Initial draft following report publication"),
          ("1.0", dt.datetime(2024, 12, 16), "Group Commander, West SDA Planning", "Approved by SLT"),
          ("1.3", dt.datetime(2025, 10, 8), "Station Commander, West SDA Planning", "Q2 2025-26 progress update")]
    for i, row in enumerate(vc, start=5):
        for j, v in enumerate(row, start=1):
            c = cov.cell(row=i, column=j, value=v)
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        box(cov, i, 4)
    cov["A10"] = "Status key"
    cov["A10"].font = Font(bold=True)
    for i, (k, d, col) in enumerate([("Complete", "Action delivered and evidence provided", "5B9BD5"),
                                     ("On Track", "Progressing to the due date", "70AD47"),
                                     ("Minor Delay", "Revised date set, within tolerance", "FFC000"),
                                     ("Major Delay", "Escalated to the Deputy Assistant Chief Officer", "FF0000"),
                                     ("Not Started", "Scheduled to start later in the plan", "FFFFFF")], start=11):
        cov.cell(row=i, column=1, value=k).fill = fill(col)
        cov.cell(row=i, column=2, value=d)
    for col, w in zip("ABCD", [16, 14, 36, 46]):
        cov.column_dimensions[col].width = w

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "Scottish Fire and Rescue Service"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "HMFSI Inspection of the West Service Delivery Area – Improvement Action Plan"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Reporting period: Q2 2025-26 (position at 30 September 2025)"
    hdr = ["Rec", "Action Ref", "Improvement Action", "Action Owner", "Original Due Date", "Revised Due Date",
           "Status", "Progress Update"]
    for c, h in enumerate(hdr, start=1):
        ws.cell(row=5, column=c, value=h)
    style_header(ws, 5, len(hdr), "B71C1C")
    status_fill = {"Complete": "5B9BD5", "On Track": "70AD47", "Minor Delay": "FFC000", "Not Started": "FFFFFF"}
    recs = [
        ("Recommendation 1: The SFRS should ensure that operational debriefs in the West SDA are completed within the timescales set in the Operational Assurance policy, and that learning is shared between LSO areas.", [
            ("1.1", "Introduce a West SDA debrief tracker reviewed at the monthly SDA performance meeting.", "Group Commander, Operational Assurance (West)", "March 2025", "", "Complete", "Tracker live from February 2025; 94% of debriefs completed in time in Q2."),
            ("1.2", "Publish a quarterly West SDA learning bulletin summarising debrief outcomes for all LSO areas.", "Station Commander, Operational Assurance (West)", "June 2025", "September 2025", "Complete", "First bulletin issued September 2025."),
        ]),
        ("Recommendation 2: The SFRS should address the availability of On-Call appliances in the rural LSO areas of the West SDA.", [
            ("2.1", "Run targeted On-Call recruitment campaigns in Argyll and Bute and in Dumfries and Galloway, with local employer engagement.", "Area Commander, On-Call (West)", "September 2025", "", "On Track", "Campaign launched; 31 applications received."),
            ("2.2", "Trial flexible availability contracts at six On-Call stations and evaluate the impact on appliance availability.", "Area Commander, On-Call (West) / Head of People", "March 2026", "", "On Track", "Trial stations agreed with the Representative Bodies."),
        ]),
        ("Recommendation 3: The SFRS should improve the targeting of Home Fire Safety Visits so that people at highest risk are prioritised.", [
            ("3.1", "Agree data-sharing arrangements with Health and Social Care Partnerships to receive referrals for people at high risk of fire.", "LSO, Prevention & Protection", "December 2025", "Febuary 2026", "Minor Delay", "Data protection impact assessment with two HSCPs still under review."),
            ("3.2", "Review the Home Fire Safety Visit risk-scoring tool with Community Action Teams.", "Station Commander, Community Safety (West)", "January 2026", "", "On Track", "Review workshops held in August 2025."),
        ]),
        ("Recommendation 4: The SFRS should ensure that Local Fire and Rescue Plans in the West SDA are reviewed with local authority scrutiny committees.", [
            ("4.1", "Present refreshed Local Fire and Rescue Plans to each local authority scrutiny committee in the West SDA.", "Local Senior Officers (West SDA)", "June 2026", "", "Not Started", ""),
        ]),
    ]
    r = 6
    typo_row = None
    for rec, acts in recs:
        ws.cell(row=r, column=1, value=rec).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(hdr))
        ws.cell(row=r, column=1).fill = fill("F8CBAD")
        ws.cell(row=r, column=1).alignment = WRAP
        ws.row_dimensions[r].height = 32
        r += 1
        for (ref, action, owner, due, rev, status, upd) in acts:
            vals = [rec.split(":")[0].replace("Recommendation ", "R"), ref, action, owner, due, rev or None, status, upd or None]
            for c, v in enumerate(vals, start=1):
                ws.cell(row=r, column=c, value=v)
            box(ws, r, len(hdr))
            ws.cell(row=r, column=7).fill = fill(status_fill[status])
            if rev.startswith("Febuary"):
                typo_row = r
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Status definitions are on the Document Control sheet. Revised dates require SDA SLT approval.")
    for col, w in zip("ABCDEFGH", [7, 9, 56, 34, 14, 14, 13, 44]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"

    summ = wb.create_sheet("Summary")
    summ["A1"] = "Summary of progress – Q2 2025-26"
    summ["A1"].font = Font(bold=True)
    summ["A3"] = "Status"; summ["B3"] = "Number of actions"
    style_header(summ, 3, 2, "B71C1C")
    for i, (k, n) in enumerate([("Complete", 2), ("On Track", 3), ("Minor Delay", 1), ("Major Delay", 0),
                                ("Not Started", 1), ("Total", 7)], start=4):
        summ.cell(row=i, column=1, value=k)
        summ.cell(row=i, column=2, value=n)
        box(summ, i, 2)
    summ.column_dimensions["A"].width = 18
    summ.column_dimensions["B"].width = 20
    wb.save(path(fname))
    assert typo_row == 13, typo_row

    write_expected(
        fname,
        source=("Imitates an SFRS improvement action plan answering HM Fire Service Inspectorate's Service Delivery "
                "Area inspection (HMFSI moved from local area to SDA inspections over 2021–24: North, West, East), "
                "as SFRS reports such plans to its committees; West SDA 2024–26 is plausible, not copied. Copied "
                "features: document control and status-key sheet, recommendation band rows merged across the plan, "
                "action refs 1.1/1.2, job-title owners, original and revised due date columns as month words, "
                "status words with fill, a summary sheet of counts."),
        reads=("A fire service action plan of seven actions under four HMFSI recommendations, with original and "
               "revised due dates. In the revised due date of action 3.1 (sheet row 13 of 'Action Plan') the month "
               "is misspelt 'Febuary 2026'; a careful reader would stop and ask whether February 2026 is meant."),
        outcome="refuse",
        title="HMFSI Inspection of the West Service Delivery Area – Improvement Action Plan",
        refuse_at=typo_row,
    )


# ---------------------------------------------------------------------------------------------
# 3. Moor End Academy - school development plan 2025-26 (xlsx, a sheet per priority, termly fill RAG)
# ---------------------------------------------------------------------------------------------
def moor_end():
    fname = "zuw-moor-end-academy-school-development-plan-2025-26.xlsx"
    title = "Moor End Academy – School Development Plan 2025–26"
    wb = Workbook()
    ov = wb.active
    ov.title = "Overview"
    ov["A1"] = title
    ov["A1"].font = Font(bold=True, size=16)
    ov["A3"] = ("Our vision: every pupil leaves Moor End Academy as a confident reader, a respectful citizen and "
                "with the qualifications to take their next step.")
    ov.merge_cells("A3:D3")
    ov["A3"].alignment = WRAP
    ov.row_dimensions[3].height = 34
    for c, h in enumerate(["Priority", "Focus", "SLT Lead", "Link Governor"], start=1):
        ov.cell(row=5, column=c, value=h)
    style_header(ov, 5, 4, "7030A0")
    pri = [("Priority 1", "Quality of Education", "Deputy Headteacher (Curriculum)", "Mrs R. Akhtar"),
           ("Priority 2", "Behaviour and Attendance", "Deputy Headteacher (Behaviour & Attendance)", "Mr D. Holroyd"),
           ("Priority 3", "Reading and Literacy", "Assistant Headteacher (Literacy)", "Ms L. Fenwick")]
    for i, row in enumerate(pri, start=6):
        for j, v in enumerate(row, start=1):
            ov.cell(row=i, column=j, value=v)
        box(ov, i, 4)
    ov["A10"] = "RAG key (reviewed at the end of each term by SLT and the Local Governing Body)"
    ov["A10"].font = Font(bold=True)
    for i, (k, d) in enumerate([("B", "Complete"), ("G", "On track"), ("A", "Some concern – additional support needed"),
                                ("R", "Off track")], start=11):
        ov.cell(row=i, column=1).fill = fill(FILL[k])
        ov.cell(row=i, column=2, value=d)
    ov["A16"] = "Last updated: 12 December 2025 (Autumn review). Spring and Summer reviews to follow."
    ov["A16"].font = Font(italic=True)
    for col, w in zip("ABCD", [14, 40, 44, 18]):
        ov.column_dimensions[col].width = w

    hdr = ["Ref", "Action", "Lead(s)", "Start", "Deadline", "Success criteria / evidence", "Autumn", "Spring", "Summer"]
    sheets = [
        ("Priority 1", "Priority 1: Quality of Education",
         "Intended outcome: teaching in every subject is consistently strong so that the Progress 8 gap for disadvantaged pupils narrows by at least 0.2.",
         [("band", "1A Curriculum"),
          ("1A.1", "Complete the review of Key Stage 3 curriculum maps in all foundation subjects, sequencing the knowledge pupils must remember.",
           "Deputy Headteacher (Curriculum)", ["Deputy Headteacher (Curriculum)"], "Sep 2025", "Oct half term 2025", "2025-10", None,
           "All KS3 maps published and quality assured by SLT links", "B"),
          ("1A.2", "Introduce knowledge organisers and weekly low-stakes quizzing in Years 7–9.",
           "Heads of Department", ["Heads of Department"], "Sep 2025", "Dec 2025", "2025-12", None,
           "Quizzing seen in 90% of KS3 lessons on learning walks", "G"),
          ("band", "1B Teaching and feedback"),
          ("1B.1", "Deliver fortnightly instructional coaching for all teaching staff, focused on checking for understanding.",
           "Assistant Headteacher (Teaching and Learning)", ["Assistant Headteacher (Teaching and Learning)"], "Sep 2025",
           "Summer term 2026", "2026-07", None, "Every teacher has a coach and an action step each fortnight", "A"),
          ("1B.2", "Run book looks with subject leaders each term and share the findings with the Local Governing Body.",
           "JHa/KM", ["JHa", "KM"], "Oct 2025", "Termly", None, "Termly",
           "Book look summaries reported to LGB", "G")]),
        ("Priority 2", "Priority 2: Behaviour and Attendance",
         "Intended outcome: attendance rises to 92% and suspensions fall by a third compared with 2024–25.",
         [("2.1", "Relaunch the Ready to Learn behaviour policy with consistent classroom routines in every lesson.",
           "Deputy Headteacher (Behaviour & Attendance)", ["Deputy Headteacher (Behaviour & Attendance)"], "Sep 2025",
           "Oct half term 2025", "2025-10", None, "Removals from lessons fall by 25%", "G"),
          ("2.2", "Hold weekly attendance panels for pupils below 90% attendance, with early contact from the Education Welfare Officer.",
           "Attendance Officer; EWO", ["Attendance Officer", "EWO"], "Sep 2025", "Feb half term 2026", "2026-02", None,
           "Persistent absence below 20%", "R"),
          ("2.3", "Open the on-site Inclusion Hub as an alternative to suspension for pupils at risk of exclusion.",
           "SENCo", ["SENCo"], "Jan 2026", "Jul-26", "2026-07", None, "Hub staffed and used before any suspension", None)]),
        ("Priority 3", "Priority 3: Reading and Literacy",
         "Intended outcome: every pupil in Years 7 and 8 reads at or above their chronological reading age by July 2026.",
         [("3.1", "Screen all Year 7 pupils with the New Group Reading Test and place those with a reading age below 9 in the Fresh Start programme.",
           "Literacy Lead", ["Literacy Lead"], "Sep 2025", "Oct 2025", "2025-10", None,
           "All Year 7 tested; intervention groups running", "B"),
          ("3.2", "Embed disciplinary reading in tutor time three times a week across Years 7–10.",
           "Head of English; Literacy Lead", ["Head of English", "Literacy Lead"], "Sep 2025", "Summer term 2026", "2026-07", None,
           "Reading seen in tutor time on every drop-in", "G"),
          ("3.3", "Retest with NGRT in the summer term and report the impact of interventions to governors.",
           "Literacy Lead", ["Literacy Lead"], "May 2026", "Jul-26", "2026-07", None,
           "Reading age gains reported to LGB", None)]),
    ]
    expected = []
    for tab, heading, outcome, rows in sheets:
        ws = wb.create_sheet(tab)
        ws["A1"] = heading
        ws["A1"].font = Font(bold=True, size=14, color="7030A0")
        ws["A2"] = outcome
        ws["A2"].font = Font(italic=True)
        for c, h in enumerate(hdr, start=1):
            ws.cell(row=4, column=c, value=h)
        style_header(ws, 4, len(hdr), "7030A0")
        r = 5
        strand = None
        for row in rows:
            if row[0] == "band":
                strand = row[1]
                ws.cell(row=r, column=1, value=strand).font = Font(bold=True)
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
                for c in range(1, 10):
                    ws.cell(row=r, column=c).fill = fill("E4DFEC")
                r += 1
                continue
            ref, action, leadcell, leads, start, deadline, end, end_text, sc, rag = row
            for c, v in enumerate([ref, action, leadcell, start, deadline, sc], start=1):
                ws.cell(row=r, column=c, value=v)
            box(ws, r, 9)
            if rag:
                ws.cell(row=r, column=7).fill = fill(FILL[rag])
            under = [heading, strand] if strand else [heading]
            if deadline == "Termly":
                end_text = "Termly"
            expected.append(act(ref, under, action, leads, end, STATUS_OF[rag], end_text))
            r += 1
        for col, w in zip("ABCDEFGHI", [7, 58, 30, 10, 18, 40, 9, 9, 9]):
            ws.column_dimensions[col].width = w
    wb.save(path(fname))

    write_expected(
        fname,
        source=("Imitates a secondary academy's published school development plan (as trust schools such as Hatch "
                "Ride, Outwood Academy Ripon or Shotton Hall publish them): an overview sheet with vision, "
                "priorities, SLT lead and link governor and a termly RAG key, then one sheet per priority with an "
                "intended-outcome line, strand bands, Ref/Action/Lead/Start/Deadline/Success criteria and "
                "Autumn/Spring/Summer review columns coloured by fill only. Moor End Academy 2025–26 is plausible, "
                "not copied. Deadlines in school terms and half terms, Termly, and Jul-26."),
        reads=("A school development plan with three priorities on three sheets and ten actions. Only the Autumn "
               "review has been made (the overview says so), so each action's status is the fill of its Autumn "
               "cell; two actions that start in 2026 have no Autumn colour yet and are unrated."),
        outcome="read",
        title=title,
        actions=expected,
    )


# ---------------------------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------------------------
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def bold_row(row, hexcol=None, white=False):
    for cell in row.cells:
        for p in cell.paragraphs:
            for run in p.runs:
                run.bold = True
                if white:
                    from docx.shared import RGBColor
                    run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        if hexcol:
            shade(cell, hexcol)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)


# ---------------------------------------------------------------------------------------------
# 4. Ysgol Gyfun Gwent Is Coed - Estyn post-inspection action plan (docx, a table per recommendation)
# ---------------------------------------------------------------------------------------------
def gwent_is_coed():
    fname = "zuw-ysgol-gyfun-gwent-is-coed-estyn-post-inspection-action-plan.docx"
    title = "Ysgol Gyfun Gwent Is Coed – Post-Inspection Action Plan 2024–25"
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Following the Estyn core inspection of 13–16 May 2024 (report published 16 July 2024)")
    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [("Headteacher", "Mr Rhodri Jenkins"), ("Chair of Governors", "Mrs Catrin Price"),
                 ("Local authority link officer", "Newport City Council / EAS Challenge Adviser"),
                 ("Date approved by governing body", "1 October 2024"), ("Review", "Termly, by the Standards Committee")]:
        cells = info.add_row().cells
        cells[0].text = k
        cells[1].text = v
        cells[0].paragraphs[0].runs[0].bold = True
    doc.add_paragraph("")
    doc.add_paragraph("Progress key: B = completed; G = on track; A = some delay; R = not on track. "
                      "Progress is updated before each termly Standards Committee (last update: 3 March 2025).")

    hdr = ["No.", "Action", "Lead", "Timescale", "Success criteria", "Monitoring", "RAG"]
    recs = [
        ("R1 Raise standards in pupils’ numeracy skills and their application across the curriculum", [
            ("1.1", "Appoint a Numeracy Coordinator with protected time to lead numeracy across the curriculum.",
             "Headteacher", ["Headteacher"], "September 2024", "2024-09", None,
             "Coordinator in post with two hours a week of directed time", "Governors’ Standards Committee", "B"),
            ("1.2", "Map numeracy opportunities in the schemes of learning for science, technology and geography in Years 7 to 9.",
             "Numeracy Coordinator", ["Numeracy Coordinator"], "Autumn term 2024", "2024-12", None,
             "Numeracy map completed and shared with departments", "SLT line management meetings", "G"),
            ("1.3", "Carry out learning walks and book scrutiny focused on numeracy and share the findings with middle leaders.",
             "Deputy Headteacher (Standards)", ["Deputy Headteacher (Standards)"], "Termly", None, "Termly",
             "Most pupils apply numeracy skills accurately in other subjects", "Standards Committee", "G"),
        ]),
        ("R2 Improve attendance, particularly for pupils eligible for free school meals", [
            ("2.1", "Introduce a tiered attendance response with first-day contact and family engagement meetings for pupils below 92% attendance.",
             "Assistant Headteacher (Wellbeing)", ["Assistant Headteacher (Wellbeing)"], "By February half term 2025", "2025-02", None,
             "Attendance of eFSM pupils rises to 88%", "Attendance review meetings (fortnightly)", "A"),
            ("2.2", "Work with the local authority Education Welfare Service to agree support plans for persistently absent pupils.",
             "Assistant Headteacher (Wellbeing) & EWO", ["Assistant Headteacher (Wellbeing)", "EWO"], "Ongoing", None, "Ongoing",
             "Persistent absence falls below 15%", "Local authority attendance panel", "G"),
            ("2.3", "Launch a rewards scheme for improved attendance with termly celebration events.",
             "Head of Year 8 / Head of Year 9", ["Head of Year 8", "Head of Year 9"], "December 2024", "2024-12", None,
             "Scheme running in all year groups", "Pupil voice survey", "B"),
        ]),
        ("R3 Strengthen self-evaluation so that leaders focus precisely on the impact of teaching on pupils’ progress", [
            ("3.1", "Revise the self-evaluation calendar so that each department reviews evidence of pupils’ progress every half term.",
             "Deputy Headteacher (Standards)", ["Deputy Headteacher (Standards)"], "Summer term 2025", "2025-07", None,
             "Department reviews identify specific next steps for teaching", "Headteacher and governors", "G"),
            ("3.2", "Provide training for middle leaders on evaluating the impact of teaching, delivered with the Education Achievement Service.",
             "GL, CJ", ["GL", "CJ"], "July 2025", "2025-07", None,
             "All middle leaders complete the programme", "EAS Challenge Adviser visits", ""),
        ]),
    ]
    expected = []
    for heading, acts in recs:
        doc.add_paragraph(heading, style="Heading 2")
        t = doc.add_table(rows=1, cols=len(hdr))
        t.style = "Table Grid"
        for i, h in enumerate(hdr):
            t.rows[0].cells[i].text = h
        bold_row(t.rows[0], "D9D9D9")
        for (no, action, leadcell, leads, ts, end, end_text, sc, mon, rag) in acts:
            cells = t.add_row().cells
            for i, v in enumerate([no, action, leadcell, ts, sc, mon, rag]):
                cells[i].text = v
            if rag:
                shade(cells[6], FILL[rag])
            expected.append(act(no, [heading], action, leads, end, STATUS_OF[rag], end_text))
        doc.add_paragraph("")
    doc.add_paragraph("Sign-off", style="Heading 2")
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for i, h in enumerate(["Headteacher", "Chair of Governors", "Date"]):
        so.rows[0].cells[i].text = h
    so.rows[1].cells[2].text = "01/10/2024"
    doc.save(path(fname))

    write_expected(
        fname,
        source=("Imitates a Welsh secondary school's post-inspection action plan after an Estyn core inspection "
                "(schools publish PIAPs answering Estyn recommendations R1–R3, agreed with the local authority/EAS). "
                "Ysgol Gyfun Gwent Is Coed 2024–25 is plausible, not copied. Copied features: title and inspection "
                "line, a school-details table, a progress key paragraph, a heading per recommendation followed by "
                "its own table (No./Action/Lead/Timescale/Success criteria/Monitoring/RAG with shaded letter), term "
                "timescales, Termly/Ongoing, and a sign-off table."),
        reads=("A school action plan with one table per Estyn recommendation (R1–R3) and eight numbered actions, "
               "each with a lead, a timescale and a RAG letter; the last action has no RAG yet. The details, "
               "key and sign-off tables are not actions."),
        outcome="read",
        title=title,
        actions=expected,
    )


# ---------------------------------------------------------------------------------------------
# 5. Probation Service Derby City PDU - HMI Probation inspection action plan (docx, HMPPS template)
# ---------------------------------------------------------------------------------------------
def derby_pdu():
    fname = "zuw-probation-service-derby-city-pdu-hmip-inspection-action-plan.docx"
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Action Plan: Derby City PDU")
    r.bold = True
    r.font.size = Pt(18)
    doc.add_paragraph("A Response to the HM Inspectorate of Probation Inspection of Derby City Probation Delivery Unit")
    doc.add_paragraph("Inspection fieldwork: 3–7 June 2024    Report Published: 10 September 2024    "
                      "Action Plan Submitted: 5 November 2024")
    dc = doc.add_table(rows=1, cols=4)
    dc.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Summary of changes"]):
        dc.rows[0].cells[i].text = h
    bold_row(dc.rows[0], "D9D9D9")
    for row in [("0.1", "18/10/2024", "Head of PDU", "First draft for regional review"),
                ("1.0", "05/11/2024", "Head of PDU", "Submitted to HM Inspectorate of Probation"),
                ("1.1", "14/03/2025", "PDU Business Manager", "Quarter 4 progress update")]:
        cells = dc.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    doc.add_paragraph("")
    h = doc.add_paragraph()
    h.add_run("INTRODUCTION").bold = True
    doc.add_paragraph("HM Inspectorate of Probation reports on the effectiveness of probation work. In response to "
                      "the report HMPPS is required to draft a robust and timely action plan. The plan confirms "
                      "whether recommendations are agreed, partly agreed or not agreed (see categorisations below). "
                      "Actions are SMART, with the owner and timescale of each step clearly identified.")
    cat = doc.add_table(rows=1, cols=2)
    cat.style = "Table Grid"
    cat.rows[0].cells[0].text = "Term"
    cat.rows[0].cells[1].text = "Definition"
    bold_row(cat.rows[0], "D9D9D9")
    for t, d in [("Agreed", "All of the recommendation is agreed with, can be achieved and is affordable."),
                 ("Partly Agreed", "Only part of the recommendation is agreed with, is achievable, affordable and will be implemented."),
                 ("Not Agreed", "The recommendation is not agreed and will not be implemented.")]:
        cells = cat.add_row().cells
        cells[0].text = t
        cells[1].text = d
    doc.add_paragraph("")
    doc.add_paragraph("RAG: Complete (blue) / Green – on track / Amber – at risk / Red – not on track.")

    hdr = ["Recommendation", "Agreed / Partly Agreed / Not Agreed", "Ref", "Action", "Action Owner", "Target Date",
           "RAG (March 2025)"]
    t = doc.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, hh in enumerate(hdr):
        t.rows[0].cells[i].text = hh
    bold_row(t.rows[0], "1F3864", white=True)
    rag_fill = {"Complete": FILL["B"], "Green": FILL["G"], "Amber": FILL["A"], "Red": FILL["R"]}
    rag_status = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    plan = [
        ("The Head of Derby City PDU should:", [
            ("1. improve the quality of assessment and planning to keep people safe, making full use of domestic abuse and child safeguarding information", "Agreed", [
                ("1.1", "Deliver risk of harm refresher training to all practitioners, with Senior Probation Officers auditing ten cases per team each quarter.",
                 "Senior Probation Officers", ["Senior Probation Officers"], "31 March 2025", "2025-03", None, "Green"),
                ("1.2", "Ensure domestic abuse and safeguarding checks are requested at allocation and recorded on nDelius within five working days.",
                 "Case Administrator Manager / Senior Probation Officers", ["Case Administrator Manager", "Senior Probation Officers"],
                 "Q4 2024/25", "2025-03", None, "Complete"),
            ]),
            ("2. ensure that staffing levels and workloads allow practitioners to deliver a consistent quality of work", "Partly Agreed", [
                ("2.1", "Recruit to the eight vacant probation officer and PQiP posts through the national recruitment campaign.",
                 "Head of PDU", ["Head of PDU"], "30 June 2025", "2025-06", None, "Amber"),
                ("2.2", "Introduce a monthly workload review using the Workload Measurement Tool and agree caseload limits for newly qualified officers.",
                 "Head of PDU; Head of Operations", ["Head of PDU", "Head of Operations"], "Monthly", None, "Monthly", "Green"),
            ]),
        ]),
        ("The Regional Probation Director, East Midlands, should:", [
            ("3. improve the availability of accredited programmes and structured interventions in Derby City, so that people on probation start them promptly", "Agreed", [
                ("3.1", "Commission additional Building Better Relationships programme places from the East Midlands Interventions Hub.",
                 "Head of Interventions (East Midlands)", ["Head of Interventions (East Midlands)"], "By 30 September 2025", "2025-09", None, "Green"),
                ("3.2", "Monitor waiting times for programme starts at the regional performance meeting and escalate any wait longer than 12 weeks.",
                 "Regional Performance Lead", ["Regional Performance Lead"], "Ongoing", None, "Ongoing", "Green"),
            ]),
            ("4. work with Derby City Council to improve access to settled accommodation for people leaving custody", "Agreed", [
                ("4.1", "Agree a joint protocol with the Derby City Council housing options team for prison leavers, including a named housing link officer.",
                 "Hannah Pryce and Dev Mistry", ["Hannah Pryce", "Dev Mistry"], "December 2024", "2024-12", None, "Complete"),
            ]),
        ]),
    ]
    expected = []
    for band, recs in plan:
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[len(hdr) - 1])
        merged.text = band
        bold_row(row, "D9E1F2")
        for rec, agreed, acts in recs:
            first = None
            last = None
            for (ref, action, owner, leads, target, end, end_text, rag) in acts:
                cells = t.add_row().cells
                if first is None:
                    first = cells
                    cells[0].text = rec
                    cells[1].text = agreed
                last = cells
                cells[2].text = ref
                cells[3].text = action
                cells[4].text = owner
                cells[5].text = target
                cells[6].text = rag
                shade(cells[6], rag_fill[rag])
                expected.append(act(ref, [band, rec], action, leads, end, rag_status[rag], end_text))
            if last is not first:
                first[0].merge(last[0])
                first[1].merge(last[1])
    doc.add_paragraph("")
    doc.add_paragraph("Progress against this plan is reported quarterly to the East Midlands Regional Performance Board.")
    doc.save(path(fname))

    write_expected(
        fname,
        source=("Imitates the HMPPS action plan template used for HM Inspectorate of Probation PDU inspections "
                "('Action Plan: [name of ... division] / A Response to the HMI Probation Inspection Report / "
                "Published / Action Plan Submitted', with the Agreed / Partly Agreed / Not Agreed categorisation "
                "table). Derby City PDU 2024 is plausible, not copied. Copied features: title lines, document "
                "control table with dates, categorisation table, one landscape plan table with addressee band rows "
                "('The Head of ... PDU should:'), recommendation and agreement cells merged down over their actions, "
                "lower-case numbered recommendations as HMIP writes them, job-title and named owners, Q4 2024/25, "
                "Monthly/Ongoing, and RAG words with shading."),
        reads=("A probation action plan in one table: two addressee bands, four recommendations and seven numbered "
               "actions with owner, target date and RAG as at March 2025. The document control and categorisation "
               "tables are not actions."),
        outcome="read",
        title="Action Plan: Derby City PDU",
        actions=expected,
    )


# ---------------------------------------------------------------------------------------------
# 6. Winstanley College - Ofsted post-inspection action plan (csv export, filled-down AFI column)
# ---------------------------------------------------------------------------------------------
def winstanley():
    fname = "zuw-winstanley-college-ofsted-post-inspection-action-plan.csv"
    title = "Winstanley College – Post-Inspection Action Plan 2025"
    hdr = ["Area for improvement (Ofsted report)", "Ref", "Action", "Responsibility", "Target date",
           "Revised target date", "RAG", "Progress update"]
    afi1 = ("Leaders should ensure that teachers in a small number of subjects check students' understanding "
            "thoroughly before moving on to new topics.")
    afi2 = ("Leaders should ensure that all students receive useful careers guidance early in their first year so "
            "that they can plan their next steps.")
    afi3 = ("Governors should receive more detailed information about the progress of students with high needs so "
            "that they can challenge leaders effectively.")
    rows = [
        (afi1, "1.1", "Introduce a college-wide 'check for understanding' teaching routine, supported by CPD sessions for all teachers.",
         "AP Teaching, Learning and Assessment", ["AP Teaching, Learning and Assessment"], "30/04/2025", "", "2025-04", None, "B",
         "Routine launched at April CPD day."),
        ("", "1.2", "Carry out targeted learning walks in the five subjects identified at inspection and agree support plans with heads of department.",
         "MJ/RT", ["MJ", "RT"], "31/05/2025", "", "2025-05", None, "B", "All five support plans in place."),
        ("", "1.3", "Run a peer-review cycle in the autumn term:\n- paired observations in all departments\n- follow-up coaching where checking understanding is weak",
         "Heads of Faculty", ["Heads of Faculty"], "Autumn term 2025", "", "2025-12", None, "G", "Schedule agreed for September."),
        (afi2, "2.1", "Schedule one-to-one careers interviews for all first-year students by the end of February.",
         "Head of Careers and Progression", ["Head of Careers and Progression"], "28/02/2026", "", "2026-02", None, "G",
         "Additional careers adviser recruited from September 2025."),
        ("", "2.2", "Map employer encounters for every study programme against the Gatsby benchmarks.",
         "Head of Careers and Progression; Employer Partnerships Manager",
         ["Head of Careers and Progression", "Employer Partnerships Manager"], "Sept 2025", "Dec 2025", "2025-12", None, "A",
         "Mapping complete for 60% of programmes; delayed by staff absence."),
        (afi3, "3.1", "Add a termly high needs progress report to the Quality and Standards Committee agenda.",
         "Director of Inclusion", ["Director of Inclusion"], "Termly", "", None, "Termly", "G", "First report to June committee."),
        ("", "3.2", "Arrange training for governors on high needs funding and the use of education, health and care plan outcomes.",
         "Clerk to the Corporation", ["Clerk to the Corporation"], "31/10/2025", "", "2025-10", None, "", ""),
    ]
    expected = []
    with open(path(fname), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow([title] + [""] * 7)
        w.writerow(["Ofsted inspection 11–14 February 2025. Approved by the Corporation on 26 March 2025. "
                    "Progress position at 30 June 2025."] + [""] * 7)
        w.writerow([""] * 8)
        w.writerow(hdr)
        afi = None
        for (a, ref, action, resp, leads, target, revised, end, end_text, rag, upd) in rows:
            if a:
                afi = a
            w.writerow([a, ref, action, resp, target, revised, rag, upd])
            expected.append(act(ref, [afi], action, leads, end, STATUS_OF[rag], end_text))
        w.writerow([""] * 8)
        w.writerow(["RAG key: B = complete; G = on track; A = at risk; R = not on track"] + [""] * 7)
        w.writerow(["Exported from the Quality Improvement tracker, 1 July 2025"] + [""] * 7)

    write_expected(
        fname,
        source=("Imitates a sixth form college's Ofsted post-inspection action plan exported from its quality "
                "tracker (FE providers answer the report's 'What does the provider need to do to improve?' points). "
                "Winstanley College 2025 is plausible, not copied. Copied features: title and inspection/approval "
                "lines above the header, the area for improvement written once and left blank on the rows below "
                "it, refs 1.1–3.2, job-title, initials and two-post owners (a title with a comma in it), day-first "
                "dates, a revised date column, Termly, a quoted multi-line action with bullet lines, RAG letters, "
                "and key/export lines at the foot."),
        reads=("A college action plan as a CSV: three Ofsted areas for improvement, each written on its first row "
               "only, with seven actions carrying responsibility, target and revised dates and a RAG letter. "
               "Action 1.3 runs over three lines inside one quoted cell; the last action has no RAG yet."),
        outcome="read",
        title=title,
        actions=expected,
    )


# ---------------------------------------------------------------------------------------------
# 7. Police Scotland North East Division - HMICS local policing inspection improvement plan (txt)
# ---------------------------------------------------------------------------------------------
def ne_division():
    fname = "zuw-police-scotland-north-east-division-hmics-local-policing-inspection-improvement-plan.txt"
    title = "Police Scotland North East Division – HMICS Local Policing Inspection Improvement Plan"
    sections = [
        ("1. Partnership", [
            ("Recommendation 1",
             "North East Division should work with community planning partners in Aberdeen City, Aberdeenshire and Moray to agree shared local priorities and a joint approach to reporting performance.",
             [("1.1", "Agree shared local policing priorities with each Community Planning Partnership and publish them in the refreshed Local Police Plans.",
               "Superintendent (Partnerships)", ["Superintendent (Partnerships)"], "31/03/2026", "2026-03", None, "Green",
               ["Draft priorities agreed with the Moray CPP; Aberdeen City and Aberdeenshire workshops",
                "booked for November 2025."]),
              ("1.2", "Produce a quarterly joint performance report for each local authority scrutiny committee.",
               "Divisional Analyst; Chief Inspector (Aberdeenshire)", ["Divisional Analyst", "Chief Inspector (Aberdeenshire)"],
               "Q4 2025/26", "2026-03", None, "Amber",
               ["Template agreed; data-sharing agreement with Aberdeenshire Council awaiting signature."])]),
        ]),
        ("2. Prevention", [
            ("Recommendation 2",
             "North East Division should ensure that its approach to rural road safety is informed by analysis of collision data and is delivered jointly with partners.",
             [("2.1", "Develop a rural road safety plan with the Scottish Fire and Rescue Service and the three local authorities, targeting the A90, A96 and A947.",
               "Chief Inspector, Road Policing (North)", ["Chief Inspector, Road Policing (North)"], "March 2026", "2026-03", None, "Green",
               ["Collision analysis completed by the Road Safety Partnership in August 2025."]),
              ("2.2", "Run an autumn and winter rural driver education campaign each year.",
               "Supt Local Policing (Aberdeenshire & Moray)", ["Supt Local Policing (Aberdeenshire & Moray)"], "Ongoing", None, "Ongoing", "Green",
               ["2025 campaign launched 6 October."])]),
        ]),
        ("3. People", [
            ("Recommendation 3",
             "Police Scotland should address probationer and tutor constable workloads in North East Division so that new officers receive consistent support.",
             [("3.1", "Increase the number of trained tutor constables in the division from 46 to 70.",
               "Divisional Training Coordinator", ["Divisional Training Coordinator"], "30/11/2025", "2025-11", None, "Blue",
               ["72 tutor constables trained as at 30 September 2025. Proposed for closure."]),
              ("3.2", "Introduce a monthly wellbeing check-in for every probationer during their first year of service.",
               "Superintendent (Operations) / Local Area Commanders", ["Superintendent (Operations)", "Local Area Commanders"],
               "Q1 2026/27", "2026-06", None, "Amber",
               ["Pilot running in Aberdeen City; roll-out to Aberdeenshire and Moray depends on",
                "supervisor training places."])]),
            ("Recommendation 4",
             "Police Scotland should ensure that response officers in remote parts of the division have the mobile devices and vehicles they need.",
             [("4.1", "Complete the roll-out of mobile devices to all response officers in Moray and North Aberdeenshire.",
               "Inspector, Local Policing Support", ["Inspector, Local Policing Support"], "End of December 2025", "2025-12", None, "Red",
               ["Device delivery delayed by the national supplier; escalated to the Digital Division."])]),
        ]),
    ]
    status = {"Blue": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    L = []
    L.append(title)
    L.append("Progress report to the SPA Policing Performance Committee – position at 30 September 2025")
    L.append("")
    L.append("HMICS report published: 20 March 2025")
    L.append("Plan owner: Chief Superintendent, Divisional Commander")
    L.append("RAG: Blue = complete; Green = on track; Amber = some slippage; Red = off track")
    L.append("")
    expected = []
    bar = "=" * 72
    for sec, recs in sections:
        L.append(bar)
        L.append(sec)
        L.append(bar)
        L.append("")
        for label, rtext, acts in recs:
            L.append(label)
            L.append(rtext)
            L.append("")
            for (ref, action, leadtxt, leads, due, end, end_text, rag, upd) in acts:
                L.append(f"{ref}  {action}")
                L.append(f"     Lead:   {leadtxt}")
                L.append(f"     Due:    {due}")
                L.append(f"     RAG:    {rag}")
                L.append(f"     Update: {upd[0]}")
                for more in upd[1:]:
                    L.append(f"             {more}")
                L.append("")
                expected.append(act(ref, [sec, rtext], action, leads, end, status[rag], end_text))
    L.append("-" * 72)
    L.append("Summary: 7 actions – 1 complete, 3 on track, 2 some slippage, 1 off track")
    L.append("End of report")
    with open(path(fname), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")

    write_expected(
        fname,
        source=("Imitates a Police Scotland divisional improvement plan answering an HMICS Local Policing "
                "inspection, as reported to the SPA Policing Performance Committee (HMICS improvement plans progress "
                "summaries; Forth Valley and Tayside divisional plans), saved as a plain text export. North East "
                "Division 2025 is plausible, not copied. Copied features: title and committee line, a RAG key line, "
                "the 4P themes as numbered section headings between rules, 'Recommendation N' label lines with the "
                "recommendation text below, labelled Lead/Due/RAG/Update fields under each numbered action, update "
                "continuation lines, Q4 2025/26, Ongoing, 'End of December 2025', and a summary line at the foot."),
        reads=("A plain text improvement plan with three themed sections, four HMICS recommendations and seven "
               "numbered actions, each followed by indented Lead, Due, RAG and Update lines (updates sometimes "
               "wrap onto a second line). The summary line counts the actions and is not one."),
        outcome="read",
        title=title,
        actions=expected,
    )


if __name__ == "__main__":
    hmp_lincoln()
    sfrs_west()
    moor_end()
    gwent_is_coed()
    derby_pdu()
    winstanley()
    ne_division()
    print("built 7 zuw- cases in", HERE)
