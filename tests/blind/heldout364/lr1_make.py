"""Build the seven lr1- blind cases of set heldout364 (data files and their expected readings).

Run with /work/main/.venv/bin/python (openpyxl, python-docx, pyyaml).
Each case's expected reading is written out explicitly below (ends, statuses, leads, headings),
not derived from the cell text, so it records how a person reads the file.
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

OUT = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "00B0F0"
FILL = {"red": RED, "amber": AMBER, "green": GREEN, "blue": BLUE}


def write_yaml(fname, doc):
    with open(os.path.join(OUT, fname + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=1000, default_flow_style=False)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


# ---------------------------------------------------------------------------------------------
# 1. Penrice Academy (school) - xlsx, AFI bands, school terms, RAG by fill colour only
# ---------------------------------------------------------------------------------------------
def penrice():
    name = "lr1-penrice-academy-post-ofsted-action-plan.xlsx"
    title = "Penrice Academy – Post-Ofsted Action Plan 2024–25"
    afi1 = ("AFI 1: Leaders should ensure that, in all subjects, the curriculum identifies the important "
            "knowledge pupils need to learn and the order in which they should learn it, so that pupils "
            "build their knowledge securely over time.")
    afi2 = ("AFI 2: Teachers do not routinely check what pupils have remembered. Leaders should make sure "
            "that teachers use assessment effectively to identify and address gaps in pupils’ knowledge.")
    afi3 = ("AFI 3: Too many pupils, particularly disadvantaged pupils, do not attend school regularly. "
            "Leaders should continue to take effective action to reduce persistent absence.")
    # (ref, action, lead cell, start, completion cell, success criteria, monitoring, fill, expected)
    rows = [
        ("band", afi1),
        ("1.1", "Subject leaders to review and rewrite Key Stage 3 curriculum maps in geography, history and design technology, identifying the essential knowledge and the sequence in which it is taught.",
         "Deputy Headteacher (Curriculum)", "Sept 2024", "Autumn term 2024",
         "Revised curriculum maps published on the website; subject leaders can explain sequencing.",
         "LAC Standards link; trust subject reviews", "blue",
         dict(lead=["Deputy Headteacher (Curriculum)"], end="2024-12", end_text="Autumn term 2024", status="blue")),
        ("1.2", "Introduce fortnightly curriculum development time for subject leaders, with trust subject network support.",
         "DHT Curriculum / Trust Director of Education", "Sept 2024", "Spring term 2025",
         "Protected time on the calendar; network minutes show actions completed.",
         "Headteacher – half-termly", "green",
         dict(lead=["DHT Curriculum", "Trust Director of Education"], end="2025-04", end_text="Spring term 2025", status="green")),
        ("1.3", "Quality assure curriculum implementation through book looks, learning walks and pupil voice in each subject.",
         "SLT link line managers", "Oct 2024", "Termly",
         "QA calendar completed; findings reported to LAC.",
         "LAC – each meeting", "green",
         dict(lead=["SLT link line managers"], end=None, end_text="Termly", status="green")),
        ("band", afi2),
        ("2.1", "Deliver a programme of CPD on retrieval practice and responsive teaching to all teaching staff.",
         "Assistant Headteacher (Teaching and Learning)", "Sept 2024", dt.datetime(2024, 10, 31),
         "All teachers attended; CPD evaluations positive.",
         "Headteacher", "blue",
         dict(lead=["Assistant Headteacher (Teaching and Learning)"], end="2024-10", status="blue")),
        ("2.2", "Embed ‘Do Now’ retrieval tasks at the start of every lesson and monitor their use through drop-ins.",
         "AHT T&L; Heads of Department", "Nov 2024", "Summer term 2025",
         "Drop-ins show retrieval in 90% of lessons.",
         "SLT drop-in schedule", "amber",
         dict(lead=["AHT T&L", "Heads of Department"], end="2025-07", end_text="Summer term 2025", status="amber")),
        ("2.3", "Revise the assessment calendar so that summative assessments in Years 7 to 9 test cumulative knowledge from the curriculum maps.",
         "Deputy Headteacher (Curriculum)", "Jan 2025", "Feb 2025",
         "New assessment calendar in use from February.",
         "LAC Standards link", None,
         dict(lead=["Deputy Headteacher (Curriculum)"], end="2025-02", status="unrated")),
        ("band", afi3),
        ("3.1", "Appoint a full-time Attendance Officer and establish weekly attendance panel meetings.",
         "Headteacher", "June 2024", dt.datetime(2024, 9, 30),
         "Attendance Officer in post; panel minutes.",
         "CELT Director of Education", "blue",
         dict(lead=["Headteacher"], end="2024-09", status="blue")),
        ("3.2", "Introduce tiered attendance support plans for disadvantaged pupils whose attendance is below 90%, including home visits and early help referrals.",
         "Attendance Officer, Pastoral Leaders", "Sept 2024", "Ongoing",
         "Persistent absence of disadvantaged pupils falls below 25%.",
         "Weekly attendance panel", "red",
         dict(lead=["Attendance Officer", "Pastoral Leaders"], end=None, end_text="Ongoing", status="red")),
        ("3.3", "Report persistent absence data for disadvantaged pupils to every Local Academy Committee meeting.",
         "Headteacher", "Sept 2024", "Each LAC meeting",
         "Minutes show challenge from committee members.",
         "Chair of LAC", "green",
         dict(lead=["Headteacher"], end=None, end_text="Each LAC meeting", status="green")),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "Front"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Cornwall Education Learning Trust"
    info = [("Inspection dates", "14 and 15 May 2024"),
            ("Inspection type", "Graded inspection (section 5)"),
            ("Overall effectiveness", "Requires improvement"),
            ("Plan approved by", "Local Academy Committee, 11 July 2024"),
            ("Last reviewed", "10 December 2024")]
    for i, (k, v) in enumerate(info, start=4):
        ws.cell(i, 1, k).font = Font(bold=True)
        ws.cell(i, 2, v)
    ws["A10"] = "RAG key (shown by cell colour in the RAG column)"
    ws["A10"].font = Font(bold=True)
    key = [("Red", "Not yet started or significant concern", RED),
           ("Amber", "Started – progress slower than planned", AMBER),
           ("Green", "On track", GREEN),
           ("Blue", "Completed and impact evidenced", BLUE),
           ("(no colour)", "Not due to start yet", None)]
    for i, (k, v, c) in enumerate(key, start=11):
        cell = ws.cell(i, 1, k)
        if c:
            cell.fill = fill(c)
        ws.cell(i, 2, v)
    ws.column_dimensions["A"].width = 26
    ws.column_dimensions["B"].width = 48

    ap = wb.create_sheet("Action Plan")
    ap["A1"] = title
    ap["A1"].font = Font(bold=True, size=14)
    ap.merge_cells("A1:H1")
    ap["A2"] = ("Areas for improvement taken from the Ofsted report published 20 June 2024. "
                "RAG reviewed at LAC, 10 December 2024.")
    ap.merge_cells("A2:H2")
    heads = ["Ref", "Action", "Lead", "Start", "Completion by", "Success criteria",
             "Monitoring and evaluation", "RAG Dec 24"]
    for j, h in enumerate(heads, start=1):
        c = ap.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.border = BOX
        c.alignment = WRAP
    r = 5
    actions = []
    under = None
    for row in rows:
        if row[0] == "band":
            under = row[1]
            ap.cell(r, 1, row[1]).font = Font(bold=True)
            ap.cell(r, 1).fill = fill("D9E1F2")
            ap.cell(r, 1).alignment = WRAP
            ap.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ap.row_dimensions[r].height = 45
            r += 1
            continue
        ref, text, lead, start, comp, succ, mon, colour, exp = row
        vals = [ref, text, lead, start, comp, succ, mon, None]
        for j, v in enumerate(vals, start=1):
            c = ap.cell(r, j, v)
            c.border = BOX
            c.alignment = WRAP
            if isinstance(v, dt.datetime):
                c.number_format = "DD/MM/YYYY"
        if colour:
            ap.cell(r, 8).fill = fill(FILL[colour])
        actions.append(act(ref, [under], text, exp["lead"], exp["end"], exp["status"], exp.get("end_text")))
        r += 1
    r += 1
    ap.cell(r, 1, "Notes: RAG ratings agreed with the CELT Director of Education. Evidence is held in the "
                  "shared Ofsted Action Plan folder.")
    for col, w in zip("ABCDEFGH", [7, 55, 26, 11, 16, 36, 26, 11]):
        ap.column_dimensions[col].width = w

    sm = wb.create_sheet("Summary")
    sm["A1"] = "RAG summary – December 2024"
    sm["A1"].font = Font(bold=True)
    summary = [("Blue (complete)", 3), ("Green", 3), ("Amber", 1), ("Red", 1), ("Not yet due", 1), ("Total actions", 9)]
    for i, (k, v) in enumerate(summary, start=3):
        sm.cell(i, 1, k)
        sm.cell(i, 2, v)
    sm.column_dimensions["A"].width = 20
    wb.save(os.path.join(OUT, name))

    write_yaml(name, {
        "source": ("Imitates a secondary academy's post-Ofsted action plan as a multi-academy trust would publish it "
                   "for its local academy committee (Penrice Academy, St Austell, Cornwall Education Learning Trust; "
                   "inspection May 2024, plan 2024-25; no specific URL found - modelled on typical published school "
                   "post-inspection plans and The Key's governor guidance on post-Ofsted action plans). Copied "
                   "features: front sheet with inspection details and a colour RAG key, AFI rows merged across the "
                   "table above their numbered actions, Start and Completion-by columns with school terms, "
                   "RAG shown only by cell fill, a notes line and a separate RAG summary sheet."),
        "reads": ("Three sheets: a front sheet with the inspection facts and a colour key, the action plan itself "
                  "with three areas for improvement each followed by three numbered actions, and a summary of counts. "
                  "The RAG column has no words, only fill colours (one action not yet due has no colour)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------------------------------------
# 2. Benenden Hospital (independent acute, CQC must/should do) - xlsx
# ---------------------------------------------------------------------------------------------
def benenden():
    name = "lr1-benenden-hospital-cqc-must-should-do-action-plan.xlsx"
    title = "Benenden Hospital – CQC Inspection Action Plan (Must do / Should do)"
    md1 = "The service must ensure that the five steps to safer surgery checklist is fully completed for every patient."
    md2 = "The service must ensure that medicines are stored at the correct temperature and that fridge temperatures are monitored daily."
    sd1 = "The service should ensure all staff complete mandatory training, including level 3 safeguarding for relevant staff."
    md3 = "The service must ensure that audits of patient records are completed and actions are followed up."
    sd2 = "The service should ensure that consultation rooms provide privacy for patients."
    sd3 = "The service should ensure that local rules for radiation protection are reviewed and signed by all staff."
    sd4 = "The service should ensure that resuscitation equipment in the imaging department is checked daily."
    D = dt.datetime
    # each group: (core service, [ (must/should, reg, requirement, [ (ref, action, owner, orig, revised, progress, prev, cur, exp) ]) ])
    groups = [
        ("Surgery", [
            ("Must", "Reg 12", md1, [
                ("MD1.1", "Relaunch the WHO Safer Surgery checklist with all theatre teams, including team brief and debrief.",
                 "Theatre Manager", D(2024, 3, 31), None, "Relaunched 4 March 2024 at theatre away day.", "G", "B",
                 dict(lead=["Theatre Manager"], end="2024-03", status="blue")),
                ("MD1.2", "Monthly observational audit of checklist compliance (10 cases per theatre), reported to Theatre Users Group.",
                 "Theatre Manager / Lead Anaesthetist", D(2024, 4, 30), D(2024, 10, 31),
                 "Audit tool revised; compliance 92% in August against 100% target.", "A", "A",
                 dict(lead=["Theatre Manager", "Lead Anaesthetist"], end="2024-10", status="amber")),
            ]),
            ("Must", "Reg 12", md2, [
                ("MD2.1", "Install remote temperature monitoring for all ward and theatre medicines fridges.",
                 "Chief Pharmacist", D(2024, 5, 31), D(2024, 8, 31), "System installed on all 9 fridges; alerts go to pharmacy.", "A", "B",
                 dict(lead=["Chief Pharmacist"], end="2024-08", status="blue")),
            ]),
            ("Should", "Reg 18", sd1, [
                ("SD1", "Training compliance tracked weekly by heads of department; staff below 90% to have protected time.",
                 "Director of Clinical Services", D(2024, 6, 30), None, "Overall compliance 94%; safeguarding level 3 at 88%.", "G", "G",
                 dict(lead=["Director of Clinical Services"], end="2024-06", status="green")),
            ]),
        ]),
        ("Outpatients", [
            ("Must", "Reg 17", md3, [
                ("MD3.1", "Introduce quarterly outpatient records audit with findings reported to Clinical Governance Committee.",
                 "Outpatient Manager", D(2024, 6, 30), None, "Q1 audit completed; Q2 audit not completed due to staff absence.", "G", "R",
                 dict(lead=["Outpatient Manager"], end="2024-06", status="red")),
            ]),
            ("Should", "Reg 10", sd2, [
                ("SD2", "Fit privacy curtains and door signage to consultation rooms 1–6.",
                 "Estates and Facilities Manager", D(2024, 4, 30), None, "Completed April 2024.", "B", "B",
                 dict(lead=["Estates and Facilities Manager"], end="2024-04", status="blue")),
            ]),
        ]),
        ("Diagnostic imaging", [
            ("Should", "Reg 17", sd3, [
                ("SD3", "Review local rules with Radiation Protection Adviser and obtain signatures from all imaging staff.",
                 "Imaging Services Manager, Radiation Protection Supervisor", D(2024, 3, 31), None,
                 "Signed by 21 of 22 staff; remaining staff member on long-term leave.", "G", "G",
                 dict(lead=["Imaging Services Manager", "Radiation Protection Supervisor"], end="2024-03", status="green")),
            ]),
            ("Should", "Reg 12", sd4, [
                ("SD4", "Add imaging resuscitation trolley to daily checklist and include in monthly resuscitation audit.",
                 "Resuscitation Lead", D(2024, 2, 29), None, "Daily checks in place since February 2024; audit 100% for 6 months.", "B", "B",
                 dict(lead=["Resuscitation Lead"], end="2024-02", status="blue")),
            ]),
        ]),
    ]
    letter_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}

    wb = Workbook()
    dc = wb.active
    dc.title = "Document control"
    dc["A1"] = title
    dc["A1"].font = Font(bold=True, size=13)
    dc["A3"] = "Document control"
    dc["A3"].font = Font(bold=True)
    for j, h in enumerate(["Version", "Date", "Author", "Change"], start=1):
        dc.cell(4, j, h).font = Font(bold=True)
    hist = [("0.1", "16/02/2024", "Head of Clinical Governance", "First draft following report publication"),
            ("1.0", "05/03/2024", "Director of Clinical Services", "Approved at Quality & Safety Committee"),
            ("1.3", "10/09/2024", "Head of Clinical Governance", "Progress update for Board")]
    for i, rowv in enumerate(hist, start=5):
        for j, v in enumerate(rowv, start=1):
            dc.cell(i, j, v)
    dc["A10"] = "RAG key"
    dc["A10"].font = Font(bold=True)
    for i, (k, v) in enumerate([("B", "Complete – evidence verified by Clinical Governance"),
                                ("G", "On track"),
                                ("A", "At risk of missing target date"),
                                ("R", "Overdue / off track")], start=11):
        c = dc.cell(i, 1, k)
        c.fill = fill(letter_fill[k])
        dc.cell(i, 2, v)
    for col, w in zip("ABCD", [10, 14, 30, 44]):
        dc.column_dimensions[col].width = w

    ws = wb.create_sheet("Action plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:K1")
    ws["A2"] = "Inspection: 17–18 October 2023 | Report published: 9 February 2024 | Update: September 2024"
    ws.merge_cells("A2:K2")
    heads = ["Ref", "Must / Should", "Regulation", "CQC requirement", "Action", "Action owner",
             "Original target date", "Revised target date", "Progress update", "Previous RAG", "Current RAG"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("00664F")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    actions = []
    counts = {"B": 0, "G": 0, "A": 0, "R": 0}
    for service, reqs in groups:
        ws.cell(r, 1, service).font = Font(bold=True)
        ws.cell(r, 1).fill = fill("D9D9D9")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
        r += 1
        for ms, reg, req, acts in reqs:
            top = r
            for ref, text, owner, orig, rev, prog, prev, cur, exp in acts:
                vals = [ref, ms if r == top else None, reg if r == top else None, req if r == top else None,
                        text, owner, orig, rev, prog, prev, cur]
                for j, v in enumerate(vals, start=1):
                    c = ws.cell(r, j, v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "DD/MM/YYYY"
                ws.cell(r, 10).fill = fill(letter_fill[prev])
                ws.cell(r, 11).fill = fill(letter_fill[cur])
                counts[cur] += 1
                actions.append(act(ref, [service, req], text, exp["lead"], exp["end"], exp["status"], exp.get("end_text")))
                r += 1
            if r - 1 > top:
                for col in (2, 3, 4):
                    ws.merge_cells(start_row=top, start_column=col, end_row=r - 1, end_column=col)
    r += 1
    ws.cell(r, 1, "Summary (Current RAG)").font = Font(bold=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    r += 1
    for k, label in [("B", "Blue – complete"), ("G", "Green"), ("A", "Amber"), ("R", "Red")]:
        ws.cell(r, 1, label)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
        ws.cell(r, 4, counts[k])
        r += 1
    ws.cell(r, 1, "Total actions").font = Font(bold=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    ws.cell(r, 4, sum(counts.values())).font = Font(bold=True)
    for col, w in zip("ABCDEFGHIJK", [8, 9, 10, 40, 44, 26, 12, 12, 38, 9, 9]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, name))

    write_yaml(name, {
        "source": ("Imitates an independent acute hospital's action plan responding to a CQC inspection report's "
                   "must-do and should-do requirements (Benenden Hospital, Kent; inspection October 2023, report "
                   "February 2024, September 2024 update; no specific URL found - modelled on published NHS/independent "
                   "hospital CQC must/should-do action plans). Copied features: a document-control sheet with version "
                   "history and a letter RAG key, core-service band rows, CQC requirement and regulation cells merged "
                   "vertically over their actions, original and revised target dates, previous and current RAG as "
                   "letters with matching fill, and a summary/totals block under the table."),
        "reads": ("Two sheets: document control with a B/G/A/R key, and the action plan grouped under Surgery, "
                  "Outpatients and Diagnostic imaging. Each CQC must/should requirement is followed by its actions (one "
                  "requirement has two), with a revised date on two actions and a current RAG letter that is the "
                  "status; the block at the foot counts the current RAGs."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------------------------------------
# 3. National Lottery Heritage Fund (national body) - xlsx, ARC internal audit tracker
# ---------------------------------------------------------------------------------------------
def nlhf():
    name = "lr1-national-lottery-heritage-fund-arc-internal-audit-recommendations-tracker.xlsx"
    title = "Internal Audit Recommendations Tracker – Audit and Risk Committee, 18 March 2025"
    a_ig = "2023-24 – Information Governance and Records Management (Moderate assurance, report issued April 2024)"
    a_gp = "2024-25 – Grant Payments and Post-Award Monitoring (Limited assurance, report issued October 2024)"
    a_cy = "2024-25 – Cyber Security: Third-Party Access (Moderate assurance, report issued December 2024)"
    open_groups = [
        (a_ig, [
            ("IG-01", "High",
             "The Fund's retention schedule has not been reviewed since 2019 and is not applied to records held in SharePoint. Management should update the retention schedule and apply it to all corporate records.",
             "Refresh the corporate retention schedule and approve at Executive Board; configure SharePoint retention labels.",
             "Head of Information Governance", "30/09/2024", "30/06/2025",
             "Schedule approved by Executive Board January 2025. SharePoint labels being tested with IT.", "Amber",
             dict(lead=["Head of Information Governance"], end="2025-06", status="amber")),
            ("IG-02", "Medium",
             "Information asset owners have not completed annual assurance returns. Management should reinstate the annual return and report results to the SIRO.",
             "Issue annual IAO assurance return and report completion to the SIRO.",
             "Head of Information Governance / SIRO", "31/03/2025", "",
             "Returns issued November 2024; 14 of 16 received.", "Green",
             dict(lead=["Head of Information Governance", "SIRO"], end="2025-03", status="green")),
        ]),
        (a_gp, [
            ("GP-01", "High",
             "Grant payment requests above £250,000 were approved without evidence of the required second-line check. Management should enforce the second-line check in the grants system.",
             "Introduce mandatory system control so payments above £250,000 cannot be released without recorded second-line approval.",
             "Director of Investment; Head of Finance", "31/01/2025", "",
             "System change deployed 27 January 2025; Internal Audit to verify in Q1 2025-26.", "Green",
             dict(lead=["Director of Investment", "Head of Finance"], end="2025-01", status="green")),
            ("GP-02", "Medium",
             "Post-award monitoring visits were not recorded consistently, and follow-up actions agreed with grantees were not tracked.",
             "Update the monitoring guidance and train Investment Managers on recording visit outcomes.",
             "Head of Investment Operations", "Q4 2024-25", "",
             "Guidance drafted; training planned for March 2025.", "Green",
             dict(lead=["Head of Investment Operations"], end="2025-03", end_text="Q4 2024-25", status="green")),
            ("GP-03", "Low",
             "The grant closure checklist does not require the final evaluation report to be reviewed before the final payment.",
             "Review closure checklist so that final evaluation reports are checked before the last 10% payment is released.",
             "Investment Managers (all areas)", "31/12/2024", "31/05/2025",
             "Delayed by grants system upgrade.", "Amber",
             dict(lead=["Investment Managers (all areas)"], end="2025-05", status="amber")),
        ]),
        (a_cy, [
            ("CY-01", "High",
             "Third-party supplier accounts with privileged access were not reviewed, and six accounts belonged to contracts that had ended.",
             "Implement quarterly review of all third-party privileged accounts and remove dormant accounts.",
             "Head of Digital and Technology", "31/03/2025", "",
             "First review completed February 2025; 6 dormant accounts disabled.", "Green",
             dict(lead=["Head of Digital and Technology"], end="2025-03", status="green")),
            ("CY-02", "Medium",
             "Cyber security requirements are not assessed when new suppliers are onboarded.",
             "Add cyber security requirements to the supplier onboarding checklist.",
             "Head of Procurement", "28/02/2025", "",
             "Not started – procurement post vacant until April 2025.", "Red",
             dict(lead=["Head of Procurement"], end="2025-02", status="red")),
        ]),
    ]
    closed = [
        ("FS-01", "Medium", "2023-24 – Financial Systems: Purchase to Pay",
         "Invoices were paid without a purchase order for suppliers outside the exempt categories.",
         "Enforce no-PO-no-pay rule for all suppliers other than exempt categories.",
         "Head of Finance", "30/11/2024", "15/11/2024", "Complete",
         dict(lead=["Head of Finance"], end="2024-11", status="blue")),
        ("IG-03", "Low", "2023-24 – Information Governance and Records Management",
         "Clear desk and clear screen guidance is out of date and not easily found by staff.",
         "Publish updated clear desk and screen guidance on the intranet.",
         "Head of Information Governance", "31/10/2024", "02/12/2024", "Complete",
         dict(lead=["Head of Information Governance"], end="2024-10", status="blue")),
    ]
    status_fill = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Complete": BLUE}

    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=13)
    sm["A2"] = "The National Lottery Heritage Fund"
    sm["A3"] = "Paper ARC 25/07 – position at 28 February 2025"
    hdr = ["Position at 28 February 2025", "High", "Medium", "Low", "Total"]
    for j, h in enumerate(hdr, start=1):
        sm.cell(5, j, h).font = Font(bold=True)
    srows = [("Open – within target date", 2, 2, 0, 4),
             ("Open – revised target date agreed", 1, 0, 1, 2),
             ("Open – overdue, no revised date", 0, 1, 0, 1),
             ("Implemented since November 2024 Committee", 0, 1, 1, 2),
             ("Total", 3, 4, 2, 9)]
    for i, rowv in enumerate(srows, start=6):
        for j, v in enumerate(rowv, start=1):
            sm.cell(i, j, v)
    sm.cell(10, 1).font = Font(bold=True)
    sm["A13"] = "Status key"
    sm["A13"].font = Font(bold=True)
    for i, (k, v) in enumerate([("Complete", "Implemented and evidence reviewed by Internal Audit"),
                                ("Green", "On track to meet target date"),
                                ("Amber", "Revised target date agreed / some risk to delivery"),
                                ("Red", "Overdue with no agreed revised date")], start=14):
        sm.cell(i, 1, k).fill = fill(status_fill[k])
        sm.cell(i, 2, v)
    sm.column_dimensions["A"].width = 44
    sm.column_dimensions["B"].width = 50

    op = wb.create_sheet("Open recommendations")
    op["A1"] = "Open internal audit recommendations at 28 February 2025"
    op["A1"].font = Font(bold=True, size=12)
    heads = ["Rec ref", "Priority", "Finding / recommendation", "Agreed management action", "Action owner",
             "Original target date", "Revised target date", "Update (February 2025)", "Status"]
    for j, h in enumerate(heads, start=1):
        c = op.cell(2, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("6A1B4D")
        c.alignment = WRAP
        c.border = BOX
    r = 3
    actions = []
    for audit, recs in open_groups:
        op.cell(r, 1, audit).font = Font(bold=True)
        op.cell(r, 1).fill = fill("EADCE6")
        op.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for ref, pri, rec, action, owner, orig, rev, upd, status, exp in recs:
            for j, v in enumerate([ref, pri, rec, action, owner, orig, rev, upd, status], start=1):
                c = op.cell(r, j, v if v != "" else None)
                c.alignment = WRAP
                c.border = BOX
            op.cell(r, 9).fill = fill(status_fill[status])
            actions.append(act(ref, [audit, rec], action, exp["lead"], exp["end"], exp["status"], exp.get("end_text")))
            r += 1
    for col, w in zip("ABCDEFGHI", [9, 9, 48, 42, 26, 12, 12, 40, 10]):
        op.column_dimensions[col].width = w

    cl = wb.create_sheet("Implemented since Nov 2024")
    cl["A1"] = "Recommendations implemented since the November 2024 Committee"
    cl["A1"].font = Font(bold=True, size=12)
    heads = ["Rec ref", "Priority", "Audit", "Finding / recommendation", "Agreed management action", "Action owner",
             "Target date", "Date implemented", "Status"]
    for j, h in enumerate(heads, start=1):
        c = cl.cell(2, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("6A1B4D")
        c.alignment = WRAP
    r = 3
    for ref, pri, audit, rec, action, owner, target, done, status, exp in closed:
        for j, v in enumerate([ref, pri, audit, rec, action, owner, target, done, status], start=1):
            c = cl.cell(r, j, v)
            c.alignment = WRAP
            c.border = BOX
        cl.cell(r, 9).fill = fill(status_fill[status])
        actions.append(act(ref, [audit, rec], action, exp["lead"], exp["end"], exp["status"], exp.get("end_text")))
        r += 1
    for col, w in zip("ABCDEFGHI", [9, 9, 30, 44, 40, 26, 12, 12, 10]):
        cl.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, name))

    write_yaml(name, {
        "source": ("Imitates an arm's-length body's internal audit recommendations tracker as presented to its Audit "
                   "and Risk Committee (The National Lottery Heritage Fund, ARC paper March 2025; no specific URL "
                   "found - modelled on ALB ARAC tracker papers and council audit-committee trackers with original and "
                   "revised target dates). Copied features: summary sheet with counts by priority and a status key, "
                   "open recommendations grouped under audit band rows (year, audit, assurance level), finding and "
                   "agreed management action side by side, original and revised target dates, a quarter as a date, "
                   "status words with fill, and a second sheet of recommendations implemented since the last meeting "
                   "with the audit named in a column."),
        "reads": ("A summary sheet of counts, then seven open recommendations under three audits and two implemented "
                  "ones on a separate sheet. Each row is one agreed management action answering the finding beside it; "
                  "where a revised target date is given it is the end, and on the implemented sheet the target date is "
                  "the end and the date implemented is only a record."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def bold_cell(cell, text):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(1.5))


# ---------------------------------------------------------------------------------------------
# 4. Nelson and Colne College Group (college) - docx, a table per Ofsted recommendation
# ---------------------------------------------------------------------------------------------
def nccg():
    name = "lr1-nelson-and-colne-college-group-ofsted-post-inspection-action-plan.docx"
    title = "Nelson and Colne College Group – Post-Inspection Action Plan 2024–25"
    s1 = "1. Quality of education"
    r1 = ("Leaders should ensure that teachers of adult learners on access to higher education courses plan "
          "assessment so that learners receive timely and helpful feedback on their written work.")
    s2 = "2. Personal development"
    r2 = ("Leaders should make sure that all learners on study programmes receive effective careers guidance, "
          "particularly in their first year, so that they can plan their next steps.")
    s3 = "3. Leadership and management"
    r3 = ("Governors should receive more detailed information about the progress of learners with high needs so "
          "that they can challenge leaders effectively.")
    sections = [
        (s1, r1, [
            ("1.1", "Publish a single assessment calendar for all Access to HE diplomas so that assignment deadlines are spread across the year.",
             "Head of Adult and Higher Education", "September 2024", "Calendar published at induction; deadlines spread across 30 weeks.", "Blue",
             dict(lead=["Head of Adult and Higher Education"], end="2024-09", status="blue")),
            ("1.2", "Introduce a 10 working-day turnaround standard for marked work, monitored through the VLE.",
             "Head of Adult and Higher Education; Curriculum Team Leaders", "December 2024", "Average turnaround 8 working days in the autumn term.", "Blue",
             dict(lead=["Head of Adult and Higher Education", "Curriculum Team Leaders"], end="2024-12", status="blue")),
            ("1.3", "Train Access tutors in giving developmental feedback, using moderated samples as exemplars.",
             "Teaching, Learning and Assessment Coach", "Spring term 2025", "Two of three sessions delivered.", "Green",
             dict(lead=["Teaching, Learning and Assessment Coach"], end="2025-04", end_text="Spring term 2025", status="green")),
        ]),
        (s2, r2, [
            ("2.1", "Timetable a one-to-one careers interview for every first-year study programme learner before February half-term.",
             "Careers Leader", "w/c 10/02/2025", "71% of interviews completed; two curriculum areas behind.", "Amber",
             dict(lead=["Careers Leader"], end="2025-02", status="amber")),
            ("2.2", "Add careers milestones to the tutorial scheme of work and track completion on ProMonitor.",
             "Head of Tutorial and Progression / Careers Leader", "October 2024", "Milestones live on ProMonitor.", "Blue",
             dict(lead=["Head of Tutorial and Progression", "Careers Leader"], end="2024-10", status="blue")),
        ]),
        (s3, r3, [
            ("3.1", "Add a high-needs learner progress dashboard to the termly Quality and Standards Committee report.",
             "Head of Inclusive Learning", "March 2025", "Dashboard drafted; first report to March committee.", "Green",
             dict(lead=["Head of Inclusive Learning"], end="2025-03", status="green")),
            ("3.2", "Nominate a link governor for SEND and arrange termly learning walks with the Head of Inclusive Learning.",
             "Clerk to the Corporation", "Ongoing", "Link governor appointed November 2024; first learning walk held 9 December 2024.", "Green",
             dict(lead=["Clerk to the Corporation"], end=None, end_text="Ongoing", status="green")),
            ("3.3", "Commission an external review of high-needs provision and report findings to the Corporation.",
             "Deputy Principal – Quality and Learner Experience", "July 2025", "Not yet started – reviewer being sourced.", "",
             dict(lead=["Deputy Principal – Quality and Learner Experience"], end="2025-07", status="unrated")),
        ]),
    ]
    rag_fill = {"Blue": "00B0F0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}

    doc = Document()
    landscape(doc)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Following the Ofsted inspection of 23–26 January 2024 (further education and skills). "
                      "Overall effectiveness: Good.")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Document owner", "Deputy Principal – Quality and Learner Experience"),
                 ("Version", "3.0"),
                 ("Approved by", "Corporation Quality and Standards Committee, 25 March 2024"),
                 ("Last updated", "20 January 2025")]:
        row = t.add_row().cells
        bold_cell(row[0], k)
        row[1].text = v
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("RAG key").bold = True
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for colour, meaning in [("Blue", "Completed – impact evidenced"), ("Green", "On track"),
                            ("Amber", "At risk – some slippage"), ("Red", "Off track / overdue")]:
        row = k.add_row().cells
        row[0].text = colour
        shade(row[0], rag_fill[colour])
        row[1].text = meaning
    doc.add_paragraph("Blank RAG = not yet started.")

    actions = []
    for sec, rec, acts in sections:
        doc.add_heading(sec, level=2)
        p = doc.add_paragraph()
        p.add_run("Ofsted recommendation").bold = True
        doc.add_paragraph(rec)
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, ["Ref", "Action", "Lead(s)", "Timescale", "Progress update (January 2025)", "RAG"]):
            bold_cell(c, h)
            shade(c, "D9E2F3")
        for ref, text, lead, when, prog, rag, exp in acts:
            row = tb.add_row().cells
            for c, v in zip(row, [ref, text, lead, when, prog, rag]):
                c.text = v
            if rag:
                shade(row[5], rag_fill[rag])
            actions.append(act(ref, [sec, rec], text, exp["lead"], exp["end"], exp["status"], exp.get("end_text")))
        doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Sign-off").bold = True
    so = doc.add_table(rows=0, cols=3)
    so.style = "Table Grid"
    for rowv in [("Prepared by", "Director of Quality", "15 January 2025"),
                 ("Reviewed by", "Deputy Principal – Quality and Learner Experience", "17 January 2025"),
                 ("Noted by", "Corporation Quality and Standards Committee", "4 February 2025")]:
        cells = so.add_row().cells
        for c, v in zip(cells, rowv):
            c.text = v
    doc.save(os.path.join(OUT, name))

    write_yaml(name, {
        "source": ("Imitates a general FE college's post-inspection action plan answering the 'what does the provider "
                   "need to do to improve' points of an Ofsted further education and skills report (Nelson and Colne "
                   "College Group, inspection January 2024, January 2025 update; no specific URL found - modelled on "
                   "published college post-inspection action plans). Copied features: title line and inspection line, "
                   "document-control table, RAG key table with shaded cells, one numbered section per theme with the "
                   "Ofsted recommendation as a paragraph above its own action table, several leads in one cell, "
                   "timescales as months, a college term and a w/c date, shaded RAG cells, and a sign-off table."),
        "reads": ("A Word plan with three themed sections; each gives the Ofsted recommendation in a paragraph under a "
                  "bold 'Ofsted recommendation' label and then a table of two or three numbered actions with lead, "
                  "timescale, January 2025 progress and RAG. The document-control, key and sign-off tables are not "
                  "actions; one action has a blank RAG, which the key says means not yet started."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------------------------------------
# 5. Priory Hospital Norwich (mental health, CQC must/should do) - docx, one table, merged cells
# ---------------------------------------------------------------------------------------------
def priory_norwich():
    name = "lr1-priory-hospital-norwich-cqc-mental-health-must-should-do-action-plan.docx"
    title = "Priory Hospital Norwich – CQC Action Plan"
    svc1 = "Acute wards for adults of working age and psychiatric intensive care units"
    svc2 = "Wards for older people with mental health problems"
    m1 = "The provider must ensure that staff complete and update risk assessments for each patient after any incident."
    m2 = "The provider must ensure there are enough suitably qualified staff on each shift to meet patients' needs and carry out observations safely."
    s1 = "The provider should ensure that patients are involved in writing their care plans and are offered a copy."
    m3 = "The provider must ensure that staff assess and record patients' capacity to consent to treatment in line with the Mental Capacity Act."
    s2 = "The provider should ensure that the ward environment is maintained and that repairs are completed promptly."
    s3 = "The provider should ensure that learning from incidents is shared with all staff."
    groups = [
        (svc1, [
            ("Regulation 12", m1, [
                ("M1.1", "Risk assessment update added as a mandatory step on the incident form, with a prompt to the named nurse.",
                 "Director of Clinical Services", "30/09/2024", "Revised incident form; Datix report of prompts", "Completed",
                 dict(lead=["Director of Clinical Services"], end="2024-09", status="blue")),
                ("M1.2", "Weekly audit of five sets of care records per ward, with results reviewed at the Clinical Governance meeting.\nFindings fed back to ward teams in reflective practice.",
                 "Ward Manager, Thurne Ward / Ward Manager, Yare Ward", "31/12/2024", "Audit results Oct–Dec 2024 (78%, 84%, 88%)", "At risk",
                 dict(lead=["Ward Manager, Thurne Ward", "Ward Manager, Yare Ward"], end="2024-12", status="amber")),
            ]),
            ("Regulation 18", m2, [
                ("M2.1", "Recruit to 6.0 WTE registered nurse vacancies and introduce a daily staffing huddle chaired by the senior nurse on duty.",
                 "Hospital Director", "March 2025", "4.0 WTE appointed; huddle log in place since October 2024", "On track",
                 dict(lead=["Hospital Director"], end="2025-03", status="green")),
            ]),
            ("Regulation 9", s1, [
                ("S1.1", "Introduce ‘My Care Plan’ sessions so that each patient reviews their care plan with their named nurse and is offered a copy.",
                 "Lead Occupational Therapist and Ward Managers", "Ongoing", "Care plan audit: 81% of patients offered a copy", "On track",
                 dict(lead=["Lead Occupational Therapist", "Ward Managers"], end=None, end_text="Ongoing", status="green")),
            ]),
        ]),
        (svc2, [
            ("Regulation 11", m3, [
                ("M3.1", "Deliver face-to-face Mental Capacity Act training to all registered staff on Wensum Ward.",
                 "Mental Health Act Manager", "31/10/2024", "Training register – 100% of registered staff", "Completed",
                 dict(lead=["Mental Health Act Manager"], end="2024-10", status="blue")),
                ("M3.2", "Add a capacity assessment template to the electronic patient record and audit its use monthly.",
                 "Consultant Psychiatrist (Wensum Ward)", "End of February 2025", "Template live January 2025; first audit due February", "At risk",
                 dict(lead=["Consultant Psychiatrist (Wensum Ward)"], end="2025-02", status="amber")),
            ]),
            ("Regulation 15", s2, [
                ("S2.1", "Complete refurbishment of Wensum Ward bathrooms and agree a 48-hour response standard for estates requests.",
                 "Head of Estates", "Q4 2024/25", "Bathroom works delayed by contractor; new start date to be agreed", "Overdue",
                 dict(lead=["Head of Estates"], end="2025-03", end_text="Q4 2024/25", status="red")),
            ]),
            ("Regulation 17", s3, [
                ("S3.1", "Publish a monthly ‘Learning Lessons’ bulletin and discuss it at every ward team meeting.",
                 "Quality Improvement Lead", "Monthly", "Bulletins Sept 2024 – Jan 2025; team meeting minutes", "On track",
                 dict(lead=["Quality Improvement Lead"], end=None, end_text="Monthly", status="green")),
            ]),
        ]),
    ]
    st_fill = {"Completed": "00B0F0", "On track": "00B050", "At risk": "FFC000", "Overdue": "FF0000"}

    doc = Document()
    landscape(doc)
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(10)
    h = doc.add_heading(title, level=0)
    doc.add_paragraph("Response to the CQC inspection report (inspection 4–6 June 2024; report published 22 August 2024)")
    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [("Provider", "Partnerships in Care Limited (Priory)"),
                 ("Location", "Priory Hospital Norwich, Ellingham Road, Attleborough"),
                 ("Plan owner", "Hospital Director"),
                 ("Date of this update", "31 January 2025")]:
        row = info.add_row().cells
        bold_cell(row[0], k)
        row[1].text = v
    doc.add_paragraph()
    doc.add_paragraph("Status key: Completed (blue) · On track (green) · At risk (amber) · Overdue (red)")

    heads = ["No.", "Regulation", "What CQC told us we must / should do", "Action", "Lead",
             "Target date", "Evidence", "Status"]
    tb = doc.add_table(rows=1, cols=len(heads))
    tb.style = "Table Grid"
    for c, hd in zip(tb.rows[0].cells, heads):
        bold_cell(c, hd)
        shade(c, "BDD7EE")
    actions = []
    for svc, reqs in groups:
        row = tb.add_row()
        merged = row.cells[0].merge(row.cells[-1])
        bold_cell(merged, svc)
        shade(merged, "E7E6E6")
        for reg, req, acts in reqs:
            rows = []
            for ref, text, lead, when, evid, status, exp in acts:
                r = tb.add_row()
                cells = r.cells
                cells[0].text = ref
                cells[3].text = text
                cells[4].text = lead
                cells[5].text = when
                cells[6].text = evid
                cells[7].text = status
                shade(cells[7], st_fill[status])
                rows.append(r)
                actions.append(act(ref, [svc, req], text, exp["lead"], exp["end"], exp["status"], exp.get("end_text")))
            rows[0].cells[1].text = reg
            rows[0].cells[2].text = req
            if len(rows) > 1:
                rows[0].cells[1].merge(rows[-1].cells[1])
                rows[0].cells[2].merge(rows[-1].cells[2])
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Version history").bold = True
    vh = doc.add_table(rows=1, cols=3)
    vh.style = "Table Grid"
    for c, hd in zip(vh.rows[0].cells, ["Version", "Date", "Reviewed by"]):
        bold_cell(c, hd)
    for rowv in [("1.0", "19/09/2024", "Hospital Director"),
                 ("1.1", "29/11/2024", "Clinical Governance Committee"),
                 ("1.2", "31/01/2025", "Regional Quality Lead")]:
        cells = vh.add_row().cells
        for c, v in zip(cells, rowv):
            c.text = v
    doc.save(os.path.join(OUT, name))

    write_yaml(name, {
        "source": ("Imitates an independent mental health hospital's action plan against a CQC inspection report's "
                   "must-do and should-do requirements (Priory Hospital Norwich, formerly Ellingham Hospital, "
                   "Attleborough; inspection June 2024, January 2025 update; no specific URL found - modelled on "
                   "published CQC mental health must/should-do action plans). Copied features: heading and "
                   "information table, status key in words with colours, one landscape table with core-service rows "
                   "merged across all columns, regulation and requirement cells merged vertically over two actions, "
                   "an action with an inner line break, two posts in one lead cell, quarter/monthly/ongoing dates, "
                   "shaded status cells and a version-history table."),
        "reads": ("One plan table grouped under two core services; each CQC requirement (must or should, with its "
                  "regulation) has one or two numbered actions with lead, target date, evidence and a status word that "
                  "the key maps to blue/green/amber/red. The information and version-history tables are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------------------------------------
# 6. Rosedean Surgery (GP) - plain text export
# ---------------------------------------------------------------------------------------------
def rosedean():
    name = "lr1-rosedean-surgery-cqc-inspection-action-plan.txt"
    title = "ROSEDEAN SURGERY, LISKEARD – CQC INSPECTION ACTION PLAN"
    rule = "-" * 64
    q_safe, q_eff, q_wl = "SAFE", "EFFECTIVE", "WELL-LED"
    rq1 = "The provider must ensure care and treatment is provided in a safe way to patients."
    sh1 = "The practice should improve the monitoring of emergency medicines and equipment."
    sh2 = "The practice should improve the uptake of cervical screening."
    rq2 = "The provider must establish effective systems to assess, monitor and improve the quality and safety of services."
    blocks = [
        (q_safe, [
            ("Requirement (Regulation 12 – Safe care and treatment)", rq1, [
                ("1.1", "Clear the backlog of structured medication reviews for patients on four or more repeat medicines.",
                 "Dr K Hocking / Clinical Pharmacist", "31/03/2024", "On track",
                 dict(lead=["Dr K Hocking", "Clinical Pharmacist"], end="2024-03", status="green")),
                ("1.2", "Run a monthly search for patients prescribed high-risk medicines (DMARDs, lithium, warfarin) without up-to-date blood monitoring and recall them.",
                 "Clinical Pharmacist", "Monthly", "On track",
                 dict(lead=["Clinical Pharmacist"], end=None, end_text="Monthly", status="green")),
                ("1.3", "Review all patient safety alerts received since January 2022 and record the action taken for each.",
                 "Dr S Menheniot", "30/11/2023", "Complete",
                 dict(lead=["Dr S Menheniot"], end="2023-11", status="blue")),
            ]),
            ("Should do", sh1, [
                ("1.4", "Add the emergency drugs box and defibrillator to the weekly nurse checklist, signed and dated.",
                 "Lead Practice Nurse", "End of October 2023", "Complete",
                 dict(lead=["Lead Practice Nurse"], end="2023-10", status="blue")),
            ]),
        ]),
        (q_eff, [
            ("Should do", sh2, [
                ("2.1", "Offer Saturday morning cervical screening clinics and send text reminders to patients overdue for screening.",
                 "Lead Practice Nurse", "Q1 2024/25", "Behind",
                 dict(lead=["Lead Practice Nurse"], end="2024-06", end_text="Q1 2024/25", status="amber")),
            ]),
        ]),
        (q_wl, [
            ("Requirement (Regulation 17 – Good governance)", rq2, [
                ("3.1", "Introduce a governance calendar with monthly clinical governance meetings, minuted and shared with all staff.",
                 "Practice Manager", "31/12/2023", "Complete",
                 dict(lead=["Practice Manager"], end="2023-12", status="blue")),
                ("3.2", "Complete an annual infection prevention and control audit and act on its findings.",
                 "Lead Practice Nurse & Practice Manager", "29/02/2024", "Not started",
                 dict(lead=["Lead Practice Nurse", "Practice Manager"], end="2024-02", status="unrated")),
                ("3.3", "Set up a training matrix and ensure all staff complete safeguarding training at the level required for their role.",
                 "Practice Manager", "Ongoing", "On track",
                 dict(lead=["Practice Manager"], end=None, end_text="Ongoing", status="green")),
            ]),
        ]),
    ]
    lines = [
        title,
        "Inspection: 12 September 2023        Report published: 2 November 2023",
        "Overall rating: Requires improvement",
        "Plan owner: Practice Manager         Last updated: 16 January 2024",
        "",
        "Status key: Complete (blue) | On track (green) | Behind (amber) | Not started",
        "",
    ]
    actions = []
    for q, reqs in blocks:
        lines += [rule, q, rule, ""]
        for label, text, acts in reqs:
            lines += [label, text, ""]
            for ref, action, lead, due, status, exp in acts:
                lines += [f"{ref}  {action}",
                          f"     Lead:   {lead}",
                          f"     Due:    {due}",
                          f"     Status: {status}",
                          ""]
                actions.append(act(ref, [q, text], action, exp["lead"], exp["end"], exp["status"], exp.get("end_text")))
    lines += [rule,
              "Total actions: 8 | Complete: 3 | On track: 3 | Behind: 1 | Not started: 1",
              "Next review: practice meeting, 13 February 2024",
              ""]
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines))

    write_yaml(name, {
        "source": ("Imitates a GP practice's action plan after a CQC inspection rated it requires improvement, as a "
                   "practice manager would keep it and paste it into the practice website or a PPG newsletter "
                   "(Rosedean Surgery, Liskeard, Cornwall; inspection September 2023, January 2024 update; no specific "
                   "URL found - modelled on published GP practice CQC action plans and NHS England's framework for "
                   "responding to CQC inspections of GP practices). Copied features: title block with inspection and "
                   "rating, a status key, sections by CQC key question, requirement notices (with regulation) and "
                   "should-dos as a label line and text line, numbered actions with indented Lead/Due/Status lines, "
                   "and a totals line."),
        "reads": ("A plain-text plan under three CQC key questions (Safe, Effective, Well-led). Under each, the "
                  "requirement or should-do text comes after a label line, and the numbered actions follow with their "
                  "lead, due date and status; the key says Complete is blue, On track green, Behind amber. The closing "
                  "totals and next-review lines are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------------------------------------
# 7. University of South Wales (university) - csv export, REFUSE: mistyped month in a target date
# ---------------------------------------------------------------------------------------------
def usw():
    name = "lr1-university-of-south-wales-qaa-quality-enhancement-review-action-plan-typo-month-refuse.csv"
    title = "University of South Wales – QAA Quality Enhancement Review (QER) 2024: Action Plan"
    rec1 = ("Recommendation 1: Ensure that oversight of franchised partner provision gives timely assurance of the "
            "academic standards of awards delivered by partners.")
    rec2 = ("Recommendation 2: Develop a more systematic approach to evaluating the impact of enhancement activity "
            "across faculties.")
    aff1 = "Affirmation 1: The steps being taken to improve the consistency of personal tutoring across the University."
    aff2 = "Affirmation 2: The work under way to embed Welsh-medium provision in programme design."
    header = ["Ref", "Type", "QAA recommendation / affirmation", "Action", "Owner", "Target date", "Progress update", "RAG"]
    rows = [
        ["R1.1", "Recommendation", rec1,
         "Introduce an annual partner monitoring report to Academic Board with standard data on continuation, progression and external examiner findings.",
         "PVC Academic Partnerships", "July 2025", "Data set agreed with Planning; first report drafted.", "Green"],
        ["R1.2", "Recommendation", rec1,
         "Revise the partner approval process so that due diligence is refreshed before every re-approval.",
         "Head of Partnerships Quality", "June 2025", "Revised process to Academic Quality Committee in April.", "Green"],
        ["R2.1", "Recommendation", rec2,
         "Agree an institutional evaluation framework for enhancement projects and pilot it in two faculties.",
         "Director of Learning and Teaching", "Dec 2025", "Framework approved; pilot faculties identified.", "Green"],
        ["R2.2", "Recommendation", rec2,
         "Report the outcomes of enhancement evaluation in the annual Quality Report to the Board of Governors.",
         "Director of Academic Quality; Clerk to the Board", "Nov 2025", "Not due.", "Green"],
        ["A1.1", "Affirmation", aff1,
         "Complete roll-out of the personal tutoring dashboard to all undergraduate programmes.",
         "Head of Student Success", "Febuary 2025", "Dashboard live for 80% of programmes; remainder delayed by data migration.", "Amber"],
        ["A1.2", "Affirmation", aff1,
         "Survey students on their experience of personal tutoring each spring and report results to faculty boards.",
         "Head of Student Success", "Annually (spring)", "2025 survey opens 10 March.", "Green"],
        ["A2.1", "Affirmation", aff2,
         "Set targets for Welsh-medium credits in programme approval documentation.",
         "Director of Welsh Language Services", "June 2025", "Targets drafted with Coleg Cymraeg Cenedlaethol.", "Green"],
        ["A2.2", "Affirmation", aff2,
         "Offer Welsh-medium personal tutors to all students who study at least 40 credits through Welsh.",
         "Director of Welsh Language Services / Faculty Welsh Language Champions", "Sept 2025", "Tutor list compiled for 2025-26.", "Green"],
    ]
    n = len(header)
    out = [[title] + [""] * (n - 1),
           ["Exported from Quality Tracker 03/03/2025 – for Academic Board, 19 March 2025"] + [""] * (n - 1),
           [""] * n,
           header] + rows
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(out)
    # line of the typo (1-based): title=1, export=2, blank=3, header=4, first action=5
    typo_line = 4 + 1 + [r[0] for r in rows].index("A1.1")
    with open(path, encoding="utf-8-sig") as f:
        assert "Febuary 2025" in f.read().splitlines()[typo_line - 1]

    write_yaml(name, {
        "source": ("Imitates a Welsh university's action plan responding to the recommendations and affirmations of "
                   "a QAA Quality Enhancement Review, exported to CSV from the university's quality tracker for Academic "
                   "Board (University of South Wales, QER 2024, export March 2025; no specific URL found - modelled on "
                   "published QAA QER/ELIR action plans of Welsh and Scottish universities). Copied features: title "
                   "and export lines above the header, Ref/Type columns distinguishing recommendations from "
                   "affirmations, the QAA text repeated on each action row of an export, several owners in one cell, "
                   "month-year target dates and an annual cycle, RAG words."),
        "reads": ("A CSV export of eight actions answering two QAA recommendations and two affirmations. The target "
                  "date of action A1.1 reads 'Febuary 2025', a mistyped month in the end cell, so a careful reader stops "
                  "and asks what month was meant before taking the plan in."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_line,
        "title": title,
    })
    return name, 0


if __name__ == "__main__":
    for fn in (penrice, benenden, nlhf, nccg, priory_norwich, rosedean, usw):
        nm, k = fn()
        print(f"{nm}: {k} actions")
