"""Build the seven rv- blind cases (data files and their .expected.yaml).

Run with /work/main/.venv/bin/python rv_make.py from any directory.
Only files starting rv- are written; nothing else in the folder is touched.
"""
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

FILL = {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0",
    "head": "1F3864", "band": "D9E1F2", "grey": "D9D9D9", "pale": "F2F2F2",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def write_yaml(name, data):
    path = os.path.join(HERE, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as fh:
        yaml.safe_dump(data, fh, allow_unicode=True, sort_keys=False, width=1000)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


# ---------------------------------------------------------------------------
# 1. Financial Reporting Council - ARC internal audit recommendations tracker
# ---------------------------------------------------------------------------
def frc():
    name = "rv-financial-reporting-council-arac-internal-audit-recommendations-tracker.xlsx"
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "FRC – Internal Audit Recommendations Tracker"
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Financial Reporting Council – Audit and Risk Committee, 24 June 2025"
    s["A3"] = "Summary of agreed management actions (position at 31 May 2025)"
    s["A3"].font = Font(bold=True)
    s["A5"] = "Prepared by: Head of Risk and Assurance"
    s["A6"] = "Internal audit provider: Government Internal Audit Agency (GIAA)"
    hdr = ["Priority", "Implemented (B)", "On track (G)", "Revised date (A)", "Overdue (R)", "Total"]
    rows = [["High", 2, 1, 1, 0, 4], ["Medium", 0, 1, 1, 1, 3], ["Low", 0, 1, 0, 0, 1],
            ["Total", 2, 3, 2, 1, 8]]
    for c, v in enumerate(hdr, 1):
        cell = s.cell(row=8, column=c, value=v)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(FILL["head"])
        cell.border = BOX
    for r, row in enumerate(rows, 9):
        for c, v in enumerate(row, 1):
            cell = s.cell(row=r, column=c, value=v)
            cell.border = BOX
            if row[0] == "Total":
                cell.font = Font(bold=True)
    s["A14"] = "Counts are of agreed management actions, not recommendations."
    s["A14"].font = Font(italic=True)
    s.column_dimensions["A"].width = 18
    for col in "BCDEF":
        s.column_dimensions[col].width = 16

    t = wb.create_sheet("Tracker")
    t["A1"] = "FRC – Internal Audit Recommendations Tracker"
    t["A1"].font = Font(bold=True, size=13)
    t.merge_cells("A1:J1")
    t["A2"] = ("Open and recently implemented recommendations at 31 May 2025. "
               "Dates are dd/mm/yyyy. RAG key on the 'Key' sheet.")
    t.merge_cells("A2:J2")
    heads = ["Ref", "Priority", "Recommendation", "Agreed management action", "Action owner",
             "Original due date", "Revised due date", "RAG", "Progress update (May 2025)", "GIAA view"]
    for c, v in enumerate(heads, 1):
        cell = t.cell(row=4, column=c, value=v)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(FILL["head"])
        cell.alignment = WRAP
        cell.border = BOX

    A1 = "Cyber Security Governance (2024/25) – Limited assurance"
    A2 = "Contract Management (2024/25) – Moderate assurance"
    A3 = "Regulatory Enforcement Case Management (2023/24) – Moderate assurance"
    R_CS1 = ("The FRC should complete and test an incident response plan for cyber security "
             "incidents, setting out roles, escalation routes and communication with the sponsor department.")
    R_CS2 = ("Privileged access accounts should be reviewed quarterly and the accounts of leavers "
             "removed promptly.")
    R_CM1 = ("A complete contracts register should be maintained, with a named contract manager for "
             "every contract over £25,000.")
    R_CM2 = ("Contract managers should receive training on the FRC's contract management framework.")
    R_EN1 = ("Timeliness targets should be set for each stage of an enforcement investigation and "
             "performance reported to the Conduct Committee.")
    R_EN2 = "User access to the case management system should be reviewed and reduced to what is needed."

    D = dt.datetime
    # (band) or (ref, priority, rec, action, owner, orig, revised, rag, update, giaa)
    body = [
        ("band", A1),
        ("CS1.1", "High", R_CS1,
         "Update the Cyber Incident Response Plan to set out roles, escalation thresholds and the "
         "decision log, and take it to the Executive Committee for approval.",
         "Chief Information Officer", D(2024, 12, 31), D(2025, 3, 31), "B",
         "Plan approved by ExCo on 18 March 2025. Evidence provided to GIAA.", "Closure confirmed"),
        ("CS1.2", None, None,
         "Run a table-top exercise of the plan with the Executive Committee and record the lessons learned.",
         "Chief Information Officer; Head of Information Security", D(2025, 3, 31), D(2025, 9, 30), "A",
         "Exercise provider appointed; exercise now booked for September 2025 because of ExCo diary pressures.",
         "Open"),
        ("CS2", "Medium", R_CS2,
         "Introduce a quarterly review of privileged accounts, signed off by the Head of IT Operations.\n"
         "Reconcile leavers monthly against the HR starters and leavers report.",
         "Head of IT Operations", D(2025, 4, 30), None, "R",
         "First quarterly review not yet completed because of vacancies in the IT team. "
         "Revised date to be proposed to ARC.", "Open"),
        ("band", A2),
        ("CM1", "Medium", R_CM1,
         "Cleanse the contracts register and assign a named contract manager to every contract above £25k.",
         "Head of Procurement", D(2025, 6, 30), None, "G",
         "Register 80% complete; remaining directorates to confirm by mid-June.", "Open"),
        ("CM2", "Low", R_CM2,
         "Deliver contract management training to all named contract managers and record attendance "
         "on the learning system.",
         "Head of Procurement / People Partner", D(2025, 9, 30), None, "G",
         "Course content agreed with the Government Commercial College; first session 8 July.", "Open"),
        ("band", A3),
        ("EN1.1", "High", R_EN1,
         "Agree stage-by-stage timeliness targets for enforcement investigations and publish them in "
         "the Enforcement Procedures guidance.",
         "Executive Director, Enforcement", D(2024, 10, 31), D(2025, 1, 31), "B",
         "Targets agreed and included in the guidance published in January 2025.", "Closure confirmed"),
        ("EN1.2", None, None,
         "Report performance against the stage targets to the Conduct Committee each quarter.",
         "Executive Director, Enforcement", D(2025, 3, 31), D(2025, 7, 31), "G",
         "Dashboard built; first quarterly report goes to the Conduct Committee in July 2025.", "Open"),
        ("EN2", "Medium", R_EN2,
         "Complete a review of user access to the case management system and remove access that is "
         "no longer required.",
         "Director of Enforcement Operations", D(2025, 2, 28), D(2025, 6, 30), "A",
         "Access list extracted; line managers confirming need. 41 of 63 users reviewed.", "Open"),
    ]
    r = 5
    merge_from = None
    for item in body:
        if item[0] == "band":
            c = t.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True)
            for col in range(1, 11):
                t.cell(row=r, column=col).fill = fill(FILL["band"])
            t.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
            r += 1
            continue
        ref, pri, rec, action, owner, orig, rev, rag, upd, giaa = item
        vals = [ref, pri, rec, action, owner, orig, rev, rag, upd, giaa]
        for col, v in enumerate(vals, 1):
            cell = t.cell(row=r, column=col, value=v)
            cell.alignment = WRAP
            cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        t.cell(row=r, column=8).fill = fill(FILL[rag])
        t.cell(row=r, column=8).alignment = Alignment(horizontal="center", vertical="top")
        if rec is None:  # second action under the same recommendation: merge B and C upwards
            t.merge_cells(start_row=r - 1, start_column=2, end_row=r, end_column=2)
            t.merge_cells(start_row=r - 1, start_column=3, end_row=r, end_column=3)
        r += 1
    widths = {"A": 8, "B": 10, "C": 42, "D": 48, "E": 26, "F": 13, "G": 13, "H": 6, "I": 44, "J": 16}
    for k, v in widths.items():
        t.column_dimensions[k].width = v
    t.freeze_panes = "A5"

    k = wb.create_sheet("Key")
    k["A1"] = "RAG"
    k["B1"] = "Meaning"
    k["A1"].font = k["B1"].font = Font(bold=True)
    key = [("B", "Implemented – evidence reviewed by internal audit"),
           ("G", "On track to be implemented by the original or revised due date"),
           ("A", "Revised due date agreed by ARC; some risk to delivery"),
           ("R", "Overdue – original date passed and no revised date agreed")]
    for i, (a, b) in enumerate(key, 2):
        k.cell(row=i, column=1, value=a).fill = fill(FILL[a])
        k.cell(row=i, column=2, value=b)
    k.column_dimensions["B"].width = 70
    wb.save(os.path.join(HERE, name))

    acts = []
    cur_band = None
    cur_rec = None
    for item in body:
        if item[0] == "band":
            cur_band = item[1]
            continue
        ref, pri, rec, action, owner, orig, rev, rag, upd, giaa = item
        if rec is not None:
            cur_rec = rec
        due = rev or orig
        lead = [x.strip() for x in owner.replace(";", "/").split("/")] \
            if owner != "Executive Director, Enforcement" else [owner]
        acts.append(act(ref, [cur_band, cur_rec], action, lead, due.strftime("%Y-%m"),
                        {"B": "blue", "G": "green", "A": "amber", "R": "red"}[rag]))
    write_yaml(name, {
        "source": ("Imitates the internal audit recommendations tracker a national regulator (here the "
                   "Financial Reporting Council) takes to its Audit and Risk Committee, 2025: a Summary "
                   "sheet of counts by priority and RAG, a Tracker sheet with audit-report band rows "
                   "(merged across), the recommendation beside its agreed management action(s) with the "
                   "recommendation and priority cells merged down over two actions, original and revised "
                   "due dates as date cells, RAG letters on coloured fills, and a separate Key sheet."),
        "reads": ("Three internal audit reports, each a band row, with eight agreed management actions "
                  "under six recommendations. Each action has an owner (posts), an original and sometimes "
                  "a revised due date, and a B/G/A/R letter defined on the Key sheet (B = implemented)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "FRC – Internal Audit Recommendations Tracker",
        "actions": acts,
    })


# ---------------------------------------------------------------------------
# 2. West Mercia Police - joint custody inspection improvement plan
# ---------------------------------------------------------------------------
def west_mercia():
    name = "rv-west-mercia-police-custody-inspection-action-plan.xlsx"
    wb = Workbook()
    v = wb.active
    v.title = "Version control"
    v.append(["Version", "Date", "Author", "Changes"])
    for c in v[1]:
        c.font = Font(bold=True)
    v.append(["0.1", "15/08/2024", "Custody Inspector (Governance)",
              "First draft following HMICFRS / HMI Prisons feedback"])
    v.append(["1.0", "02/10/2024", "Custody Inspector (Governance)",
              "Approved at Custody Governance Board"])
    v.append(["1.3", "20/01/2025", "Custody Inspector (Governance)",
              "January update; current RAG added"])
    v.column_dimensions["C"].width = 30
    v.column_dimensions["D"].width = 60

    s = wb.create_sheet("Action plan")
    s["A1"] = "West Mercia Police – Custody Improvement Plan"
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = ("Report on an unannounced inspection of police custody suites in West Mercia "
               "(HMICFRS / HM Inspectorate of Prisons, 3–14 June 2024)")
    s["A3"] = "Criminal Justice & Custody – update for Custody Governance Board, 23 January 2025"
    s["A3"].font = Font(bold=True)
    heads = ["Ref", "Recommendation / area for improvement and actions", "Owner", "Target date",
             "Previous RAG (Nov 24)", "Current RAG (Jan 25)", "Progress update"]
    for c, h in enumerate(heads, 1):
        cell = s.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(FILL["head"])
        cell.alignment = WRAP
        cell.border = BOX

    S1 = "Leadership, accountability and partnerships"
    S2 = "Pre-custody: first point of contact"
    S3 = "In the custody suite: booking in, individual needs and legal rights"
    S4 = "In the custody suite: effective care"
    S5 = "Release and transfer from custody"
    H1 = ("Area for improvement 1 – The force should improve the oversight of use of force in custody, "
          "making sure that all incidents are recorded and reviewed.")
    H2 = ("Area for improvement 2 – The force should work with partners so that police custody is not "
          "used as a place of safety for children detained under section 136 of the Mental Health Act.")
    H3 = ("Recommendation 1 – The force should make sure that detainees can speak privately with "
          "custody staff during booking-in, so that risks and needs are identified.")
    H4 = ("Area for improvement 3 – The force should make sure that observation levels are recorded "
          "accurately and that rousals are carried out in line with national guidance.")
    H5 = ("Area for improvement 4 – The force should make sure that all detainees receive a pre-release "
          "risk assessment and are referred to support services where appropriate.")
    # rows: ("sec", text) / ("head", text) / (ref, action, owner, target, prev, cur, update)
    body = [
        ("sec", S1), ("head", H1),
        ("1.1", "Introduce a monthly dip sample of custody use of force records by the Custody Inspector, "
                "reported to the Custody Governance Board.",
         "Ch Insp Custody", "Nov-24", "G", "B", "Dip sampling started October 2024; first report to CGB 28/11/24."),
        ("1.2", "Add use of force recording to the custody officer refresher training day.",
         "Head of Learning & Development", "Mar-25", "A", "G",
         "Included in the 2025 refresher package; delivery from February."),
        ("sec", S2), ("head", H2),
        ("2.1", "Agree a joint escalation protocol for section 136 detentions of children with the mental "
                "health trusts and the ambulance service.",
         "Supt Criminal Justice & Custody / Mental Health Partnerships Lead", "Q4 2024/25", "A", "A",
         "Draft protocol with Herefordshire and Worcestershire Health and Care NHS Trust; Shropshire "
         "partners yet to respond."),
        ("2.2", "Brief all response sergeants on the protocol through the intranet and shift briefings.",
         "Supt Criminal Justice & Custody", "Apr-25", "-", None,
         "Dependent on 2.1."),
        ("sec", S3), ("head", H3),
        ("R1.1", "Install sound-dampening screens at the booking-in desks at Kidderminster, Hereford and "
                 "Shrewsbury custody suites.",
         "Head of Estates", "Jun-25", "R", "A",
         "Quotes received; works ordered for April and May 2025."),
        ("R1.2", "Remind custody sergeants to offer detainees a private conversation in a side room when "
                 "the booking-in desk is busy.",
         "Ch Insp Custody", "Oct-24", "G", "B", "Custody bulletin issued 14/10/24; checked in dip sample."),
        ("sec", S4), ("head", H4),
        ("3.1", "Audit 20 custody records per suite each month for observation levels and rousals.",
         "Custody Inspector – Quality Assurance", "Ongoing", "G", "G",
         "Audits running since September; compliance 86% in December."),
        ("sec", S5), ("head", H5),
        ("4.1", "Revise the pre-release risk assessment in NICHE so that referral to liaison and diversion "
                "or other support services is recorded.",
         "Criminal Justice Systems Lead / Custody Inspector – Quality Assurance", "Jul-25", "A", "R",
         "Change request rejected by the NICHE change board in December; resubmitted."),
    ]
    r = 6
    for item in body:
        if item[0] == "sec":
            c = s.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True, color="FFFFFF")
            for col in range(1, 8):
                s.cell(row=r, column=col).fill = fill("2F5496")
            s.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        elif item[0] == "head":
            c = s.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True)
            c.alignment = WRAP
            for col in range(1, 8):
                s.cell(row=r, column=col).fill = fill(FILL["grey"])
            s.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            s.row_dimensions[r].height = 32
        else:
            ref, action, owner, target, prev, cur, upd = item
            vals = [ref, action, owner, target, prev, None, upd]
            for col, val in enumerate(vals, 1):
                cell = s.cell(row=r, column=col, value=val)
                cell.alignment = WRAP
                cell.border = BOX
            if prev in FILL:
                s.cell(row=r, column=5).fill = fill(FILL[prev])
            s.cell(row=r, column=5).alignment = Alignment(horizontal="center", vertical="top")
            if cur:
                s.cell(row=r, column=6).fill = fill(FILL[cur])
        r += 1
    r += 1
    s.cell(row=r, column=1, value="RAG key: Blue = complete; Green = on track; Amber = at risk; "
                                  "Red = off track / overdue. Current RAG shown by colour only.")
    s.cell(row=r, column=1).font = Font(italic=True)
    for k, w in {"A": 8, "B": 60, "C": 30, "D": 12, "E": 11, "F": 11, "G": 48}.items():
        s.column_dimensions[k].width = w
    wb.active = 1
    wb.save(os.path.join(HERE, name))

    ends = {"Nov-24": "2024-11", "Mar-25": "2025-03", "Q4 2024/25": "2025-03", "Apr-25": "2025-04",
            "Jun-25": "2025-06", "Oct-24": "2024-10", "Ongoing": None, "Jul-25": "2025-07"}
    leads = {
        "Supt Criminal Justice & Custody / Mental Health Partnerships Lead":
            ["Supt Criminal Justice & Custody", "Mental Health Partnerships Lead"],
        "Criminal Justice Systems Lead / Custody Inspector – Quality Assurance":
            ["Criminal Justice Systems Lead", "Custody Inspector – Quality Assurance"],
    }
    colour = {"B": "blue", "G": "green", "A": "amber", "R": "red", None: "unrated"}
    acts = []
    sec = head = None
    for item in body:
        if item[0] == "sec":
            sec = item[1]
        elif item[0] == "head":
            head = item[1]
        else:
            ref, action, owner, target, prev, cur, upd = item
            acts.append(act(ref, [sec, head], action, leads.get(owner, [owner]), ends[target],
                            colour[cur], end_text="Ongoing" if target == "Ongoing" else None))
    write_yaml(name, {
        "source": ("Imitates a police force's improvement plan after a joint HMICFRS / HM Inspectorate of "
                   "Prisons unannounced custody inspection (West Mercia Police, 2024-25), as taken to a "
                   "Custody Governance Board: version-control sheet first, title block, section bands for the "
                   "inspection report's sections (merged across), each area for improvement / recommendation "
                   "as a grey merged row above its numbered actions, ranks and posts as owners, target dates "
                   "as Mmm-yy text and a financial quarter, a Previous RAG letter column and a Current RAG "
                   "column shown only by cell fill, and a RAG key line under the table."),
        "reads": ("Five report sections, five recommendations/areas for improvement and eight numbered "
                  "actions under them. The status of each action is the current RAG, given by the colour of "
                  "the 'Current RAG (Jan 25)' cell (one cell is uncoloured: not yet rated); the previous RAG "
                  "letters are history."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "West Mercia Police – Custody Improvement Plan",
        "actions": acts,
    })


# ---------------------------------------------------------------------------
# 3. University of Northampton - strategic risk register
# ---------------------------------------------------------------------------
def northampton():
    name = "rv-university-of-northampton-strategic-risk-register-2025-26.xlsx"
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "University of Northampton – Strategic Risk Register 2025/26"
    s["A1"].font = Font(bold=True, size=13)
    s["A2"] = "Summary"
    s.append(["Risk", "Residual score", "Target score", "Risk appetite", "Within appetite?"])
    for c in s[3]:
        c.font = Font(bold=True)
    summ = [["SR1 – Student recruitment and income", 16, 12, "Open", "No"],
            ["SR2 – Financial sustainability", 16, 9, "Cautious", "No"],
            ["SR3 – Regulatory compliance (OfS conditions of registration)", 8, 6, "Averse", "Yes"],
            ["SR4 – Cyber security and data protection", 15, 8, "Averse", "No"]]
    for row in summ:
        s.append(row)
    s.append([])
    s.append(["Action status key: Complete; Green – on track; Amber – minor slippage; "
              "Red – significant slippage or overdue"])
    s.append(["Scores are likelihood x impact on a 5 x 5 scale (1–25)."])
    s.column_dimensions["A"].width = 60
    for col in "BCDE":
        s.column_dimensions[col].width = 15

    g = wb.create_sheet("Strategic Risk Register")
    g["A1"] = "University of Northampton – Strategic Risk Register 2025/26"
    g["A1"].font = Font(bold=True, size=14)
    g["A2"] = ("Reviewed by University Leadership Team 14 October 2025; "
               "Audit and Risk Committee 6 November 2025")
    heads = ["Risk", "Cause and effect", "Risk owner", "Inherent (L x I)", "Key existing controls",
             "Residual (L x I)", "Target", "Trend", "Further actions", "Action owner", "Due",
             "Action status"]
    for c, h in enumerate(heads, 1):
        cell = g.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("7030A0")
        cell.alignment = WRAP
        cell.border = BOX
    D = dt.datetime
    RK1 = "SR1 – Student recruitment and income"
    RK2 = "SR2 – Financial sustainability"
    RK3 = "SR3 – Regulatory compliance (OfS conditions of registration)"
    RK4 = "SR4 – Cyber security and data protection"
    risks = [
        (RK1, "Fall in home undergraduate applications and international PGT deposits leads to tuition fee "
              "income below budget.", "Deputy Vice Chancellor", "4 x 5 = 20",
         "Recruitment dashboard reviewed weekly by ULT\nAgent management framework\nClearing plan",
         "4 x 4 = 16", 12, "↔",
         [("Launch a January 2026 intake campaign for postgraduate taught courses in priority "
           "international markets.", "Director of Marketing and Recruitment", D(2025, 11, 30), "Green"),
          ("Review undergraduate courses with low applications and bring proposals for closure or "
           "redesign to Senate.", "DVC Academic; Deans of Faculty", "March 2026", "Amber")]),
        (RK2, "Income falls and costs rise faster than planned, so the University breaches its bank "
              "covenants or cannot invest.", "Chief Financial Officer", "4 x 5 = 20",
         "Five-year financial plan\nMonthly management accounts to Finance and Resources Committee",
         "4 x 4 = 16", 9, "↑",
         [("Deliver the 2025/26 cost reduction programme of £6.5m, with monthly reporting to Finance "
           "and Resources Committee.", "Chief Financial Officer", D(2026, 7, 31), "Amber"),
          ("Complete the review of the estate footprint and agree disposal of surplus buildings.",
           "CFO / Director of Estates", "Jun-26", "Green")]),
        (RK3, "Failure to meet OfS conditions (B3 student outcomes, E6 harassment and sexual misconduct) "
              "leads to regulatory intervention and reputational damage.", "University Secretary",
         "3 x 5 = 15", "Regulatory compliance register\nAcademic Board oversight of outcomes data",
         "2 x 4 = 8", 6, "↓",
         [("Complete the self-assessment against OfS condition E6 and publish the single comprehensive "
           "source of information for students.", "University Secretary", D(2025, 8, 1), "Complete"),
          ("Report B3 student outcomes data by course to Academic Board each term.",
           "University Secretary", "Termly", "Green")]),
        (RK4, "A successful cyber attack or data breach disrupts teaching and exposes personal data.",
         "Chief Information Officer", "4 x 5 = 20",
         "Managed security operations centre\nMulti-factor authentication\nAnnual penetration test",
         "3 x 5 = 15", 8, "↔",
         [("Achieve Cyber Essentials Plus certification across the corporate network.",
           "Chief Information Officer", "Dec 2025", "Red")]),
    ]
    r = 5
    for risk, cause, owner, inh, ctrl, res, tgt, trend, actions in risks:
        first = True
        for a_text, a_owner, due, st in actions:
            vals = ([risk, cause, owner, inh, ctrl, res, tgt, trend] if first else [None] * 8) + \
                   [a_text, a_owner, due, st]
            for col, val in enumerate(vals, 1):
                cell = g.cell(row=r, column=col, value=val)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(val, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            if first:
                g.cell(row=r, column=1).font = Font(bold=True)
                sc = int(res.split("=")[1])
                g.cell(row=r, column=6).fill = fill("FF0000" if sc >= 15 else "FFC000" if sc >= 8 else "92D050")
            stf = {"Green": "00B050", "Amber": "FFC000", "Red": "FF0000", "Complete": "0070C0"}[st]
            g.cell(row=r, column=12).fill = fill(stf)
            first = False
            r += 1
    for k, w in {"A": 28, "B": 40, "C": 22, "D": 11, "E": 38, "F": 11, "G": 8, "H": 6, "I": 50,
                 "J": 28, "K": 12, "L": 12}.items():
        g.column_dimensions[k].width = w
    g.freeze_panes = "A5"
    wb.save(os.path.join(HERE, name))

    ends = {"March 2026": "2026-03", "Jun-26": "2026-06", "Termly": None, "Dec 2025": "2025-12"}
    stat = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue"}
    acts = []
    for risk, *_rest, actions in risks:
        for a_text, a_owner, due, st in actions:
            if isinstance(due, dt.datetime):
                end, et = due.strftime("%Y-%m"), None
            else:
                end, et = ends[due], ("Termly" if due == "Termly" else None)
            lead = [x.strip() for x in a_owner.replace(";", "/").split("/")]
            acts.append(act(None, [risk], a_text, lead, end, stat[st], end_text=et))
    write_yaml(name, {
        "source": ("Imitates a university strategic risk register as taken to the Audit and Risk Committee "
                   "(University of Northampton, 2025/26): a Summary sheet (residual and target scores, "
                   "appetite, action status key) before the register sheet; on the register each risk's cells "
                   "(risk, cause and effect, owner, inherent and residual L x I scores, controls with in-cell "
                   "line breaks, target, trend arrow) sit on the first row only and further mitigating actions "
                   "continue on the rows below with those columns blank; dates are a mix of date cells and "
                   "text; action status words on coloured fills."),
        "reads": ("Four strategic risks, each with one or two further actions (seven in all) that have an "
                  "owner, a due date and a status word. The actions have no refs of their own; the risk "
                  "(SR1–SR4 with its name) is the heading they sit under."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "University of Northampton – Strategic Risk Register 2025/26",
        "actions": acts,
    })


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    parts = text.split("\n")
    cell.text = parts[0]
    for p in parts[1:]:
        cell.add_paragraph(p)
    if bold:
        for p in cell.paragraphs:
            for r in p.runs:
                r.bold = True


def add_table(doc, header, rows, head_fill="1F3864", rag_col=None, rag_fill=None):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]
        set_cell(c, h, bold=True)
        shade(c, head_fill)
        for r in c.paragraphs[0].runs:
            r.font.color.rgb = None
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v or "")
        if rag_col is not None and rag_fill:
            f = rag_fill.get(row[rag_col])
            if f:
                shade(cells[rag_col], f)
    return t


# ---------------------------------------------------------------------------
# 4. Stapenhill Medical Centre - CQC inspection action plan (docx)
# ---------------------------------------------------------------------------
def stapenhill():
    name = "rv-stapenhill-medical-centre-cqc-inspection-action-plan.docx"
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    TITLE = "Stapenhill Medical Centre – CQC Inspection Action Plan"
    doc.add_heading(TITLE, level=1)
    doc.add_paragraph("Inspection: 11 and 12 March 2025 (announced comprehensive inspection). Report "
                      "published 6 May 2025. Overall rating: Requires improvement (Safe: Requires "
                      "improvement; Well-led: Requires improvement).")
    doc.add_paragraph("Document control", style="Heading 3")
    add_table(doc, ["Version", "Date", "Prepared by", "Agreed at"],
              [["1.0", "03/06/2025", "Practice Manager", "Partners' meeting 04/06/2025"],
               ["1.2", "15/09/2025", "Practice Manager", "Partners' meeting 16/09/2025"]],
              head_fill="D9D9D9")
    doc.add_paragraph("RAG: Complete = action completed and evidence held; Green = on track; Amber = at "
                      "risk of slipping; Red = overdue.")
    SA = "Section A – Requirement notices (must do)"
    SB = "Section B – Areas the practice should improve (should do)"
    M1 = ("Must do 1: Ensure care and treatment is provided in a safe way for patients "
          "(Regulation 12: Safe care and treatment).")
    M2 = ("Must do 2: Establish effective systems and processes to ensure good governance in accordance "
          "with the fundamental standards of care (Regulation 17: Good governance).")
    rag = {"Complete": "9DC3E6", "Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}
    hdr = ["Ref", "Action", "Lead", "By when", "RAG", "Update / evidence"]
    m1 = [
        ["A1.1", "Complete the backlog of medication reviews for patients prescribed four or more repeat "
                 "medicines, prioritising those on high-risk medicines.",
         "Clinical Pharmacist; Dr R Mistry", "31/08/2025", "Complete",
         "Backlog cleared 22/08/2025. Search now run monthly."],
        ["A1.2", "Set up monthly searches for patients on DMARDs, lithium and warfarin to confirm that "
                 "required blood monitoring is in date before prescriptions are issued.",
         "Dr R Mistry (Prescribing Lead)", "July 2025", "Complete",
         "Searches set up in SystmOne; audit of June and July shows 100% checked."],
        ["A1.3", "Introduce a log of MHRA safety alerts showing the searches run, patients affected and "
                 "action taken.\nReview the log at each clinical governance meeting.",
         "Practice Manager / Clinical Pharmacist", "End of September 2025", "Green",
         "Log in place from August; back-dated alerts from January being added."],
    ]
    m2 = [
        ["A2.1", "Update the practice policies for infection prevention and control, chaperoning and "
                 "significant events, with a review date on each.",
         "Practice Manager", "30/09/2025", "Amber",
         "IPC and chaperone policies done; significant events policy with partners for sign-off."],
        ["A2.2", "Hold monthly clinical governance meetings with minutes and an action log, covering "
                 "significant events, complaints and safety alerts.",
         "Dr A Hughes and Practice Manager", "Monthly", "Green",
         "Meetings held June, July, August and September 2025."],
        ["A2.3", "Complete and record immunisation status checks for all clinical staff in line with the "
                 "UKHSA Green Book.",
         "Deputy Practice Manager", "October 2025", "Red",
         "Records requested from occupational health; 6 of 19 outstanding."],
    ]
    sd = [
        ["B1", "Continue to improve the uptake of cervical screening.",
         "Offer a Saturday morning smear clinic once a month and send text reminders to non-responders.",
         "Lead Practice Nurse", "March 2026", "Green"],
        ["B2", "Take action to improve patient satisfaction with telephone access.",
         "Move to a cloud telephony system with call-back and queue position messages.",
         "Practice Manager", "31/12/2025", "Amber"],
    ]
    doc.add_heading(SA, level=2)
    p = doc.add_paragraph()
    p.add_run(M1).bold = True
    add_table(doc, hdr, m1, head_fill="D9E2F3", rag_col=4, rag_fill=rag)
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run(M2).bold = True
    add_table(doc, hdr, m2, head_fill="D9E2F3", rag_col=4, rag_fill=rag)
    doc.add_heading(SB, level=2)
    add_table(doc, ["Ref", "Should do", "Action", "Lead", "By when", "RAG"], sd, head_fill="D9E2F3",
              rag_col=5, rag_fill=rag)
    doc.add_paragraph()
    doc.add_paragraph("Signed on behalf of the partners: Dr A Hughes, Senior Partner – 16/09/2025")
    doc.save(os.path.join(HERE, name))

    stat = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    leads = {"Clinical Pharmacist; Dr R Mistry": ["Clinical Pharmacist", "Dr R Mistry"],
             "Practice Manager / Clinical Pharmacist": ["Practice Manager", "Clinical Pharmacist"],
             "Dr A Hughes and Practice Manager": ["Dr A Hughes", "Practice Manager"]}
    ends = {"31/08/2025": "2025-08", "July 2025": "2025-07", "End of September 2025": "2025-09",
            "30/09/2025": "2025-09", "Monthly": None, "October 2025": "2025-10", "March 2026": "2026-03",
            "31/12/2025": "2025-12"}
    acts = []
    for head, rows in ((M1, m1), (M2, m2)):
        for ref, a, lead, by, r, _u in rows:
            acts.append(act(ref, [SA, head], a, leads.get(lead, [lead]), ends[by], stat[r],
                            end_text="Monthly" if by == "Monthly" else None))
    for ref, should, a, lead, by, r in sd:
        acts.append(act(ref, [SB, should], a, leads.get(lead, [lead]), ends[by], stat[r]))
    write_yaml(name, {
        "source": ("Imitates the action plan a GP practice writes after a CQC inspection rated it Requires "
                   "improvement with requirement notices (Stapenhill Medical Centre, 2025): title heading, "
                   "inspection summary line, a document-control table, a one-line RAG key (Complete / Green / "
                   "Amber / Red), a section for the must-dos with each must-do (regulation) as a bold line "
                   "above its own table of actions, and a should-do section with one table whose rows carry "
                   "the should-do text beside the action; a two-paragraph action cell; a sign-off line."),
        "reads": ("Two must-dos with three actions each and two should-dos with one action each: eight "
                  "actions with refs A1.1–A2.3, B1, B2, leads (posts, named GPs, two leads in some cells), "
                  "dates mostly as day/month/year or month words, and a RAG word."),
        "outcome": "read",
        "accept_refusal": False,
        "title": TITLE,
        "actions": acts,
    })


# ---------------------------------------------------------------------------
# 5. Penistone Grammar School - post-Ofsted action plan (docx)
# ---------------------------------------------------------------------------
def penistone():
    name = "rv-penistone-grammar-school-post-ofsted-action-plan.docx"
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    TITLE = "Penistone Grammar School – Post-Ofsted Action Plan 2024–25"
    h = doc.add_heading(TITLE, level=0)
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("Inspection dates: 1 and 2 October 2024. Quality of education – Requires improvement; "
                      "Behaviour and attitudes – Good; Personal development – Good; Leadership and "
                      "management – Requires improvement; Sixth-form provision – Good.")
    doc.add_paragraph("This plan responds to the points in the report under ‘What does the school need to "
                      "do to improve?’. It is reviewed at each meeting of the governors’ Standards Committee.")
    doc.add_paragraph("RAG key", style="Heading 3")
    key = doc.add_table(rows=3, cols=2)
    key.style = "Table Grid"
    for i, (k, m, f) in enumerate([("Green", "Action completed and impact seen", "92D050"),
                                   ("Amber", "Action under way", "FFC000"),
                                   ("Red", "Not started or behind schedule", "FF0000")]):
        key.rows[i].cells[0].text = k
        shade(key.rows[i].cells[0], f)
        key.rows[i].cells[1].text = m
    P1 = "Priority 1: Curriculum in key stage 3"
    T1 = ("Leaders should ensure that the curriculum in key stage 3 sets out the important knowledge "
          "pupils should learn in all subjects, and that teachers check pupils’ understanding of it.")
    P2 = "Priority 2: Reading"
    T2 = ("Leaders should make sure that pupils who are behind in their reading receive the support they "
          "need to catch up quickly.")
    P3 = "Priority 3: Governance and oversight of SEND"
    T3 = ("Governors should hold leaders to account more effectively for the provision for pupils with "
          "special educational needs and/or disabilities (SEND).")
    hdr = ["No.", "Actions", "Lead(s)", "Timescale", "Success criteria", "RAG"]
    rag = {"Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}
    pri = [
        (P1, T1, [
            ["1.1", "Subject leaders to rewrite key stage 3 curriculum maps so that the core knowledge for "
                    "each unit is identified and sequenced.", "Deputy Headteacher (Curriculum)",
             "Autumn term 2024", "All KS3 curriculum maps published on the school website.", "Green"],
            ["1.2", "Introduce low-stakes retrieval quizzes at the start of lessons in all KS3 subjects.",
             "Deputy Headteacher (Curriculum) / Subject Leaders", "Spring term 2025",
             "Retrieval seen in 90% of KS3 lessons in learning walks.", "Amber"],
            ["1.3", "Quality assure the use of assessment through subject reviews led by the senior "
                    "leadership team.", "Headteacher", "Termly",
             "Each subject reviewed once a year; findings reported to governors.", "Amber"],
        ]),
        (P2, T2, [
            ["2.1", "Screen all Year 7 pupils with the New Group Reading Test (NGRT) and identify those with "
                    "a reading age below 10 years.", "Literacy Lead", "October 2024",
             "Screening complete; intervention groups set.", "Green"],
            ["2.2", "Deliver a phonics-based intervention three times a week for pupils identified by the "
                    "screening.", "Literacy Lead & SENDCo", "Summer term 2025",
             "80% of pupils in the programme make at least 12 months’ gain in reading age.", "Amber"],
        ]),
        (P3, T3, [
            ["3.1", "Appoint a link governor for SEND and agree a visit schedule.", "Chair of Governors",
             "Autumn term 2024", "Link governor in post; first visit note shared.", "Green"],
            ["3.2", "Commission an external review of SEND provision and report the findings to governors.",
             "SENDCo / Headteacher", "Spring term 2025", "Review report received and action plan agreed.",
             "Red"],
        ]),
    ]
    for p_head, p_text, rows in pri:
        doc.add_heading(p_head, level=2)
        para = doc.add_paragraph()
        para.add_run(p_text).italic = True
        add_table(doc, hdr, rows, head_fill="BDD7EE", rag_col=5, rag_fill=rag)
        doc.add_paragraph()
    doc.add_paragraph("Approval", style="Heading 3")
    t = doc.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for i, v in enumerate(["Approved by:", "Headteacher", "Chair of Governors"]):
        t.rows[0].cells[i].text = v
    for i, v in enumerate(["Date:", "14/11/2024", "14/11/2024"]):
        t.rows[1].cells[i].text = v
    doc.save(os.path.join(HERE, name))

    # The document's own key: Green = completed (no blue) -> read as complete.
    stat = {"Green": "blue", "Amber": "amber", "Red": "red"}
    ends = {"Autumn term 2024": "2024-12", "Spring term 2025": "2025-04", "Termly": None,
            "October 2024": "2024-10", "Summer term 2025": "2025-07"}
    leads = {"Deputy Headteacher (Curriculum) / Subject Leaders":
                 ["Deputy Headteacher (Curriculum)", "Subject Leaders"],
             "Literacy Lead & SENDCo": ["Literacy Lead", "SENDCo"],
             "SENDCo / Headteacher": ["SENDCo", "Headteacher"]}
    acts = []
    for p_head, p_text, rows in pri:
        for no, a, lead, ts, _sc, r in rows:
            acts.append(act(no, [p_head, p_text], a, leads.get(lead, [lead]), ends[ts], stat[r],
                            end_text="Termly" if ts == "Termly" else None))
    write_yaml(name, {
        "source": ("Imitates a secondary school's post-Ofsted action plan published for parents and "
                   "governors (Penistone Grammar School, 2024-25): centred title, inspection judgements "
                   "paragraph, a RAG key table in which Green means 'Action completed and impact seen' (no "
                   "blue), then one heading per priority with Ofsted's improvement point in italics above a "
                   "table of numbered actions (lead(s), timescale as school terms, success criteria, RAG on a "
                   "coloured cell), and an approval table at the end."),
        "reads": ("Three priorities, each with the inspectors' point and two or three numbered actions "
                  "(seven in all). Timescales are school terms (Autumn term 2024 = December 2024, Spring term "
                  "2025 = April 2025, Summer term 2025 = July 2025) or 'Termly'; by the plan's own key Green "
                  "actions are completed, Amber under way and Red not started or behind."),
        "outcome": "read",
        "accept_refusal": False,
        "title": TITLE,
        "actions": acts,
    })


# ---------------------------------------------------------------------------
# 6. Cottsway Housing - consumer standards improvement plan (csv, refuse)
# ---------------------------------------------------------------------------
def cottsway():
    name = "rv-cottsway-housing-rsh-consumer-standards-improvement-plan-typo-month-refuse.csv"
    import csv
    import io
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    n = 9
    w.writerow(["Cottsway Housing Association - Consumer Standards Improvement Plan"] + [""] * (n - 1))
    w.writerow(["Response to the Regulator of Social Housing inspection (C2 grading published 2 April 2025). "
                "Board approved 22 May 2025. Progress at 30 September 2025."] + [""] * (n - 1))
    w.writerow([""] * n)
    w.writerow(["Standard", "Ref", "Required outcome", "Action", "Owner", "Target date",
                "Revised target date", "RAG", "Progress update"])
    rows = [
        ["Safety and Quality Standard", "SQ1", "Accurate, up-to-date data on the condition of every home",
         "Complete stock condition surveys on the 1,850 homes not surveyed in the last five years",
         "Head of Asset Management", "Mar-26", "", "G", "1,120 surveys completed to date"],
        ["", "SQ2", "Accurate, up-to-date data on the condition of every home",
         "Load survey results into the asset management system and validate them against HHSRS hazards",
         "Asset Data Manager", "Jun-26", "", "G", "Data load tested on first 500 records"],
        ["", "SQ3", "Damp and mould reports are resolved within target timescales",
         "Set up a damp and mould triage team with a 10 working day inspection target",
         "Director of Property Services", "Jul-25", "Sep-25", "B", "Team in place from 1 September"],
        ["Transparency, Influence and Accountability Standard", "TIA1",
         "Tenants can see how we are performing",
         "Publish Tenant Satisfaction Measures with a narrative explaining the actions we are taking",
         "Head of Customer Experience", "Jun-25", "", "B", "Published on website 27 June"],
        ["", "TIA2", "Tenants can scrutinise our services",
         "Set up a Tenant Scrutiny Panel with a published annual work programme",
         "Head of Customer Experience / Tenant Involvement Officer", "0ct-25", "", "A",
         "Six tenants recruited; training booked"],
        ["", "TIA3", "Complaints are handled in line with the Housing Ombudsman Code",
         "Report complaint learning to the Customer Committee each quarter", "Head of Customer Experience",
         "Quarterly", "", "G", "First report July 2025"],
        ["Tenancy Standard", "TEN1", "Tenancy management is fair and consistent",
         "Review the tenancy sustainment offer and the use of starter tenancies", "Head of Housing",
         "Dec-25", "", "A", "Options paper to Executive in November"],
        ["Neighbourhood and Community Standard", "NC1", "Communal areas are safe and well maintained",
         "Introduce quarterly estate inspections with tenant inspectors and publish the results",
         "Neighbourhood Services Manager", "Nov-25", "", "R", "Not started - vacancy in post"],
    ]
    for row in rows:
        w.writerow(row)
    w.writerow([""] * n)
    w.writerow(["Key: B = complete, G = on track, A = at risk, R = off track"] + [""] * (n - 1))
    text = buf.getvalue()
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as fh:
        fh.write(text)
    lines = text.split("\r\n")
    bad = [i + 1 for i, ln in enumerate(lines) if "0ct-25" in ln]
    assert len(bad) == 1
    write_yaml(name, {
        "source": ("Imitates a housing association's improvement plan after a Regulator of Social Housing "
                   "consumer standards inspection, exported from Excel to CSV (Cottsway Housing Association, "
                   "2025): title and context lines padded with empty cells, a blank row, a header row, the "
                   "standard named only on the first row of its group (blank below, as an export of merged "
                   "cells), required outcome beside each action, target and revised target dates as Mmm-yy, "
                   "B/G/A/R letters and a key line at the foot."),
        "reads": ("Eight actions under the four consumer standards, each with an owner, a target date (one "
                  "with a revised date), a RAG letter and an update. The target date of TIA2 reads '0ct-25' "
                  "with a zero for the O: a mistyped month that a careful reader would query before "
                  "importing."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": bad[0],
        "title": "Cottsway Housing Association - Consumer Standards Improvement Plan",
    })


# ---------------------------------------------------------------------------
# 7. Oakwood Grange Care Home - CQC quality improvement plan (tab-separated txt)
# ---------------------------------------------------------------------------
def oakwood():
    name = "rv-oakwood-grange-care-home-cqc-quality-improvement-plan.txt"
    TITLE = "Oakwood Grange Care Home - Quality Improvement Plan"
    C1 = "Reg 12 Safe care and treatment – PRN (as required) medicines protocols missing or not person-centred"
    C2 = "Reg 12 Safe care and treatment – risks from bed rails and pressure-relieving equipment not assessed"
    C3 = "Reg 18 Staffing – staffing levels not based on residents' dependency"
    C4 = "Reg 11 Need for consent – mental capacity assessments not decision-specific"
    C5 = "Reg 17 Good governance – audits did not identify the shortfalls found at inspection"
    rows = [
        ["1", "Safe", C1, "Write person-centred PRN protocols for every resident prescribed 'as required' "
                          "medicines and check them at the monthly medicines audit.",
         "Deputy Manager / Clinical Lead", "28/02/2025", "Completed", "Protocols in place for 19 residents"],
        ["2", "Safe", C1, "Complete medicines competency assessments for all nurses and senior carers.",
         "Clinical Lead", "31/03/2025", "Completed", "24 of 24 assessed"],
        ["3", "Safe", C2, "Carry out bed rail risk assessments and weekly mattress setting checks for all "
                          "residents using air mattresses.",
         "Deputy Manager", "Weekly checks ongoing", "On track", "Assessments done; checks on weekly audit"],
        ["4", "Safe", C3, "Use the dependency tool monthly to set staffing numbers on each floor and record "
                          "the rationale in the staffing meeting minutes.",
         "Registered Manager", "31/03/2025", "Red", "Tool in use on ground floor only; first floor from May"],
        ["5", "Effective", C4, "Review all mental capacity assessments and best interest decisions so that each "
                               "is decision-specific, starting with residents who have sensor mats or covert "
                               "medicines.",
         "Registered Manager", "Apr-25", "Amber", "31 of 44 reviewed"],
        ["6", "Effective", C4, "Book MCA and DoLS refresher training for all senior staff through the local "
                               "authority training programme.",
         "Registered Manager & Training Coordinator", "30/06/2025", "On track", "Places booked for 12 June"],
        ["7", "Well-led", C5, "Introduce a monthly provider quality visit by the Regional Director with a "
                              "written report and action log.",
         "Regional Director", "Monthly", "On track", "Visits held February, March and April"],
        ["8", "Well-led", C5, "Revise the audit schedule so that care plan, medicines and infection control "
                              "audits feed one home improvement plan reviewed at the monthly governance meeting.",
         "Registered Manager", "May-25", "Not started", ""],
    ]
    lines = [
        TITLE,
        "Provider: Oakwood Care Group Ltd\tRegistered Manager: Joanne Pickering\tLast reviewed: 28/04/2025",
        "CQC inspection 14 and 15 January 2025 - report published 11 March 2025 - overall rating: "
        "Requires improvement",
        "",
        "\t".join(["No", "Key question", "Breach / concern", "Action required", "By whom", "By when",
                   "Status", "Evidence / progress"]),
    ]
    lines += ["\t".join(r) for r in rows]
    lines += ["",
              "Summary: 8 actions - Completed 2, On track 3, Amber 1, Red 1, Not started 1",
              "Status key: Completed / On track / Amber = some slippage / Red = overdue / Not started"]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")

    ends = {"28/02/2025": "2025-02", "31/03/2025": "2025-03", "Weekly checks ongoing": None,
            "Apr-25": "2025-04", "30/06/2025": "2025-06", "Monthly": None, "May-25": "2025-05"}
    stat = {"Completed": "blue", "On track": "green", "Red": "red", "Amber": "amber", "Not started": "unrated"}
    leads = {"Deputy Manager / Clinical Lead": ["Deputy Manager", "Clinical Lead"],
             "Registered Manager & Training Coordinator": ["Registered Manager", "Training Coordinator"]}
    acts = []
    for no, kq, conc, a, who, when, st, _ev in rows:
        acts.append(act(no, [kq, conc], a, leads.get(who, [who]), ends[when], stat[st],
                        end_text=when if ends[when] is None else None))
    write_yaml(name, {
        "source": ("Imitates a care home's quality improvement plan after a CQC inspection rated it Requires "
                   "improvement, saved as tab-separated text (Oakwood Grange Care Home, 2025): title line, a "
                   "provider / manager / review-date line, an inspection line, a blank line, header, one row per "
                   "action with the key question and the regulation breach repeated on every row, 'By whom' "
                   "posts (two in some cells), dates as dd/mm/yyyy, Mmm-yy or words, status words, and a "
                   "summary line and status key at the foot."),
        "reads": ("Eight numbered actions under the CQC key questions Safe, Effective and Well-led, each "
                  "answering a regulation breach; status words Completed / On track / Amber / Red / Not "
                  "started."),
        "outcome": "read",
        "accept_refusal": False,
        "title": TITLE,
        "actions": acts,
    })


if __name__ == "__main__":
    frc()
    west_mercia()
    northampton()
    stapenhill()
    penistone()
    cottsway()
    oakwood()
    print("done")
