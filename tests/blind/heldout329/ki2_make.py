"""Build the seven ki2- blind cases of set heldout329.

Run with /work/main/.venv/bin/python ki2_make.py (from any directory); the data
files are written beside this script.  Each action below also carries the reading
a person makes of it (lead list, end month, status), used for the expected YAML.
"""
import csv
import datetime as dt
import os

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
import docx
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE, GREEN, AMBER, RED, GREY = "0070C0", "00B050", "FFC000", "FF0000", "BFBFBF"
HEAD_FILL = "1F3864"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill(start_color=hex_, end_color=hex_, fill_type="solid")


def D(y, m, d):
    return dt.datetime(y, m, d)


# ---------------------------------------------------------------------------
# 1. Warwickshire County Council - ASC CQC assessment improvement plan (xlsx)
# ---------------------------------------------------------------------------
WAR_TITLE = "Warwickshire County Council Adult Social Care – CQC Assessment Improvement Plan 2025–2027"
WAR_THEMES = [
    ("Theme 1: Working with people", [
        ("QS1 Assessing needs",
         "People wait too long for Care Act assessments and reviews, particularly in the locality teams in the north of the county.",
         [
             dict(ref="1.1", action="Introduce a single waiting list triage tool across all locality teams, with risk-based prioritisation reviewed weekly by team managers.",
                  lead_cell="Head of Locality Services", lead=["Head of Locality Services"],
                  end_cell=D(2025, 12, 31), end="2025-12", prev="Amber", cur="Green",
                  progress="Triage tool live in 4 of 6 locality teams; Rugby and Warwick teams go live in November 2025."),
             dict(ref="1.2", action="Commission additional assessment capacity through a time-limited external review team to clear reviews overdue by more than 12 months.",
                  lead_cell="Head of Locality Services / Commissioning Manager",
                  lead=["Head of Locality Services", "Commissioning Manager"],
                  end_cell="Q4 2025/26", end="2026-03", end_text="Q4 2025/26", prev="Amber", cur="Amber",
                  progress="Provider appointed in August. 312 overdue reviews at 30 September (target: under 100 by March 2026)."),
         ]),
        ("QS3 Equity in experience and outcomes",
         "The council does not yet have a clear understanding of the experiences and outcomes of people from Black, Asian and minority ethnic communities who draw on care and support.",
         [
             dict(ref="1.3", action="Improve recording of ethnicity, language and religion on the case management system and publish a quarterly equalities dashboard.",
                  lead_cell="Business Intelligence Manager", lead=["Business Intelligence Manager"],
                  end_cell=D(2026, 3, 31), end="2026-03", prev="Green", cur="Green",
                  progress="Mandatory fields added to Mosaic from 1 September 2025. First dashboard due to Board in January."),
             dict(ref="1.4", action="Co-produce an outreach programme with community and faith groups in Nuneaton and Bedworth, Rugby and Leamington.",
                  lead_cell="Equality, Diversity and Inclusion Lead", lead=["Equality, Diversity and Inclusion Lead"],
                  end_cell=D(2026, 6, 30), end="2026-06", prev="Not started", cur="Green",
                  progress="Two co-production workshops held with Warwickshire CAVA and local faith leaders."),
         ]),
    ]),
    ("Theme 2: Providing support", [
        ("QS4 Care provision, integration and continuity",
         "There is limited choice of home care and specialist residential provision for people with complex needs in the south of the county.",
         [
             dict(ref="2.1", action="Refresh the Market Position Statement with providers and publish a market sufficiency plan for complex needs provision.",
                  lead_cell="Head of Commissioning", lead=["Head of Commissioning"],
                  end_cell=D(2025, 9, 30), end="2025-09", prev="Green", cur="Complete",
                  progress="Market Position Statement published 26 September 2025."),
             dict(ref="2.2", action="Work with the ICB to jointly commission a step-down and discharge to assess offer, including 20 additional beds.",
                  lead_cell="Head of Commissioning; Director of Place (Coventry and Warwickshire ICB)",
                  lead=["Head of Commissioning", "Director of Place (Coventry and Warwickshire ICB)"],
                  end_cell="March 2026", end="2026-03", prev="Amber", cur="Red",
                  progress="Joint business case not yet agreed by ICB Finance Committee; escalated to Health and Wellbeing Board Executive."),
         ]),
        ("QS5 Partnerships and communities",
         "Unpaid carers told CQC they were not always identified or offered a carer’s assessment.",
         [
             dict(ref="2.3", action="Launch the refreshed Carers’ Strategy and re-commission the carers’ support service, so that every carer is offered an assessment within 28 days.",
                  lead_cell="Carers Lead (Commissioning)", lead=["Carers Lead (Commissioning)"],
                  end_cell=D(2026, 4, 30), end="2026-04", prev="Green", cur="Green",
                  progress="Strategy approved by Cabinet 11 September 2025; tender published."),
         ]),
    ]),
    ("Theme 3: Ensuring safety within the system", [
        ("QS7 Safeguarding",
         "Safeguarding concerns were not always screened within the council’s own timescale of 2 working days, and feedback to referrers was inconsistent.",
         [
             dict(ref="3.1", action="Restructure the Safeguarding Adults Hub front door so that all concerns are screened by a qualified social worker within 2 working days.",
                  lead_cell="Head of Safeguarding and Quality Assurance", lead=["Head of Safeguarding and Quality Assurance"],
                  end_cell=D(2025, 11, 30), end="2025-11", prev="Amber", cur="Amber",
                  progress="New rota in place; 81% of concerns screened within 2 working days in September (target 95%)."),
             dict(ref="3.2", action="Audit a monthly sample of 30 safeguarding enquiries and report findings to the Warwickshire Safeguarding Adults Board.",
                  lead_cell="Principal Social Worker", lead=["Principal Social Worker"],
                  end_cell="Monthly", end=None, end_text="Monthly", prev="Green", cur="Green",
                  progress="July, August and September audits completed and reported."),
         ]),
    ]),
    ("Theme 4: Leadership", [
        ("QS9 Learning, improvement and innovation",
         "Learning from complaints, audits and safeguarding adults reviews is not consistently fed back to front-line practice.",
         [
             dict(ref="4.1", action="Establish a quarterly practice learning forum led by the Principal Social Worker, with a ‘you said, we did’ briefing for all staff.",
                  lead_cell="Principal Social Worker", lead=["Principal Social Worker"],
                  end_cell=D(2025, 7, 31), end="2025-07", prev="Amber", cur="Complete",
                  progress="First forum held 17 July 2025; briefing issued to all ASC staff."),
         ]),
    ]),
]
RAG_FILL = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Complete": BLUE, "Blue": BLUE, "Not started": GREY}
STATUS_OF = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue", "Blue": "blue", "Not started": "unrated"}


def war_actions():
    out = []
    for theme, afis in WAR_THEMES:
        for qs, afi, acts in afis:
            for a in acts:
                out.append(dict(a, under=[theme, afi], status=STATUS_OF[a["cur"]]))
    return out


def make_warwickshire(path):
    wb = openpyxl.Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = WAR_TITLE
    cv["A1"].font = Font(bold=True, size=16)
    cv["A2"] = "Progress update: Quarter 2 2025/26 (position at 30 September 2025)"
    cv["A2"].font = Font(italic=True, size=12)
    cv["A4"] = "Document control"
    cv["A4"].font = Font(bold=True)
    rows = [("Version", "1.3"), ("Plan owner", "Director of Adult Social Services (DASS)"),
            ("Approved by", "ASC Improvement Board"), ("Last updated", "14/10/2025"),
            ("Next review", "January 2026"),
            ("Related documents", "CQC local authority assessment report (published 2 May 2025); ASC Self-Assessment 2025")]
    for i, (k, v) in enumerate(rows, start=5):
        cv.cell(i, 1, k).font = Font(bold=True)
        cv.cell(i, 2, v)
        for c in (1, 2):
            cv.cell(i, c).border = BOX
    cv.column_dimensions["A"].width = 22
    cv.column_dimensions["B"].width = 90

    acts = war_actions()
    # Summary sheet (counts by theme)
    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of progress by CQC theme – September 2025"
    sm["A1"].font = Font(bold=True, size=13)
    hdr = ["CQC theme", "Actions", "Complete", "Green", "Amber", "Red", "Not started"]
    for j, h in enumerate(hdr, 1):
        c = sm.cell(3, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(HEAD_FILL)
        c.border = BOX
    r = 4
    tot = [0] * 6
    for theme, _ in WAR_THEMES:
        ts = [a for a in acts if a["under"][0] == theme]
        counts = [len(ts)] + [sum(1 for a in ts if a["cur"] == k) for k in ("Complete", "Green", "Amber", "Red", "Not started")]
        sm.cell(r, 1, theme).border = BOX
        for j, n in enumerate(counts, 2):
            sm.cell(r, j, n).border = BOX
            tot[j - 2] += n
        r += 1
    sm.cell(r, 1, "Total").font = Font(bold=True)
    for j, n in enumerate(tot, 2):
        sm.cell(r, j, n).font = Font(bold=True)
    for j, k in enumerate(("Complete", "Green", "Amber", "Red", "Not started"), 3):
        sm.cell(3, j).fill = fill(RAG_FILL[k])
    sm.column_dimensions["A"].width = 44

    ws = wb.create_sheet("Improvement Plan")
    ncol = 9
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"] = WAR_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A2"] = "Progress at 30 September 2025 – reported to ASC Improvement Board 14 October 2025"
    ws["A2"].font = Font(italic=True)
    heads = ["Ref", "CQC quality statement", "Area for improvement (CQC finding)", "Action", "Lead",
             "Target date", "Previous RAG (Jun-25)", "Current RAG (Sep-25)", "Progress update"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(HEAD_FILL)
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for theme, afis in WAR_THEMES:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        c = ws.cell(r, 1, theme)
        c.font = Font(bold=True)
        c.fill = fill("D9E1F2")
        r += 1
        for qs, afi, alist in afis:
            top = r
            for a in alist:
                ws.cell(r, 1, a["ref"])
                ws.cell(r, 4, a["action"])
                ws.cell(r, 5, a["lead_cell"])
                c = ws.cell(r, 6, a["end_cell"])
                if isinstance(a["end_cell"], dt.datetime):
                    c.number_format = "mmm-yy"
                for col, key in ((7, "prev"), (8, "cur")):
                    c = ws.cell(r, col, a[key])
                    c.fill = fill(RAG_FILL[a[key]])
                ws.cell(r, 9, a["progress"])
                for j in range(1, ncol + 1):
                    ws.cell(r, j).alignment = WRAP
                    ws.cell(r, j).border = BOX
                r += 1
            ws.cell(top, 2, qs)
            ws.cell(top, 3, afi)
            if r - 1 > top:
                ws.merge_cells(start_row=top, start_column=2, end_row=r - 1, end_column=2)
                ws.merge_cells(start_row=top, start_column=3, end_row=r - 1, end_column=3)
    for j, w in enumerate([6, 20, 40, 50, 26, 11, 12, 12, 50], 1):
        ws.column_dimensions[get_column_letter(j)].width = w
    ws.freeze_panes = "A5"

    ky = wb.create_sheet("RAG Key")
    ky["A1"] = "RAG key"
    ky["A1"].font = Font(bold=True)
    for i, (k, v) in enumerate([("Complete", "Action completed and evidenced"),
                                ("Green", "On track to deliver by target date"),
                                ("Amber", "Some risk to delivery – mitigation in place"),
                                ("Red", "Off track – escalated to ASC Improvement Board"),
                                ("Not started", "Not yet due to start")], start=2):
        ky.cell(i, 1, k).fill = fill(RAG_FILL[k])
        ky.cell(i, 2, v)
    ky.column_dimensions["A"].width = 14
    ky.column_dimensions["B"].width = 50
    wb.active = wb.index(ws)
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Greater Manchester FRS - HMICFRS standards of behaviour tracker (xlsx)
# ---------------------------------------------------------------------------
GM_TITLE = "Greater Manchester Fire and Rescue Service – HMICFRS Standards of Behaviour: Recommendations Tracker"
GM_RECS = [
    ("Recommendation 1 (due 1 February 2025): Chief fire officers should, as a priority, ensure staff know about and follow the Core Code of Ethics, and build the code into all relevant policies and practices.",
     [
         dict(ref="1.1", action="Review all HR and operational policies to embed the Core Code of Ethics, starting with the discipline, grievance and dignity at work policies.",
              lead_cell="Head of HR", lead=["Head of HR"], orig=D(2025, 1, 31), rev=D(2025, 5, 31), end="2025-05", colour=BLUE, status="blue",
              progress="All 42 in-scope policies reviewed; final six approved at People Committee on 20 May 2025."),
         dict(ref="1.2", action="Deliver Code of Ethics workshops to all watch managers and crew managers.",
              lead_cell="Head of Learning & Development", lead=["Head of Learning & Development"],
              orig=D(2025, 3, 31), rev=D(2025, 9, 30), end="2025-09", colour=AMBER, status="amber",
              progress="78% of watch and crew managers attended. Extra evening sessions booked for on-call managers."),
     ]),
    ("Recommendation 2 (due 1 February 2025): Chief fire officers should have a probationary policy making clear that probationers who do not meet the standards of behaviour in the Core Code of Ethics and the Code of Ethics fire standard can be dismissed immediately.",
     [
         dict(ref="2.1", action="Amend the probationary policy and the trainee firefighter development plan to reference the Core Code of Ethics and the immediate dismissal provision.",
              lead_cell="Head of HR / Head of Training", lead=["Head of HR", "Head of Training"],
              orig=D(2025, 1, 31), rev=None, end="2025-01", colour=BLUE, status="blue",
              progress="Revised policy in force from 27 January 2025."),
     ]),
    ("Recommendation 3 (due 1 May 2025): Chief fire officers should make sure workforce plans allow wholetime staff to be moved between watches or stations, and that firefighters promoted for two months or more are posted to a different watch or station.",
     [
         dict(ref="3.1", action="Update the Promotion and Transfer Procedure so that all substantive promotions, and temporary promotions of two months or more, are posted to a different watch or station.",
              lead_cell="Area Manager – Service Delivery", lead=["Area Manager – Service Delivery"],
              orig=D(2025, 5, 1), rev=D(2025, 8, 31), end="2025-08", colour=GREEN, status="green",
              progress="Draft procedure out to consultation with representative bodies until 18 July."),
         dict(ref="3.2", action="Introduce a quarterly watch rotation review panel to identify watches where moves are needed to address cultural risk.",
              lead_cell="ACFO Service Delivery; Head of HR", lead=["ACFO Service Delivery", "Head of HR"],
              orig=D(2025, 6, 30), rev=None, end="2025-06", colour=RED, status="red",
              progress="Terms of reference drafted. First panel not yet held – consultation with FBU ongoing."),
         dict(ref="3.3", action="Report any exceptions, where a promoted firefighter stays on the same watch, and the mitigation in place, to the Chief Fire Officer’s Leadership Team.",
              lead_cell="Area Manager – Service Delivery", lead=["Area Manager – Service Delivery"],
              orig="Quarterly", rev=None, end=None, end_text="Quarterly", colour=GREEN, status="green",
              progress="Q1 exception report (2 cases) considered by CFOLT on 10 June 2025."),
     ]),
    ("Recommendation 4 (due 1 February 2025): Chief fire officers should make sure their services have access to a professional standards function that oversees conduct cases independently of the line management of those involved.",
     [
         dict(ref="4.1", action="Establish a Professional Standards Unit in the People directorate, with a dedicated investigations manager and two trained investigators.",
              lead_cell="Director of People", lead=["Director of People"],
              orig=D(2025, 2, 1), rev=D(2025, 10, 31), end="2025-10", colour=AMBER, status="amber",
              progress="Investigations manager in post from 2 June 2025; investigator posts out to advert."),
         dict(ref="4.2", action="Agree a reciprocal arrangement with a neighbouring fire and rescue service for independent investigators in cases involving senior managers.",
              lead_cell="Director of People", lead=["Director of People"],
              orig=D(2025, 3, 31), rev=D(2025, 9, 30), end="2025-09", colour=GREEN, status="green",
              progress="Memorandum of understanding drafted with Lancashire FRS; legal review in progress."),
         dict(ref="4.3", action="Publish quarterly anonymised misconduct data to staff and to the Fire Committee.",
              lead_cell="Investigations Manager (Professional Standards)", lead=["Investigations Manager (Professional Standards)"],
              orig=D(2025, 4, 30), rev=None, end="2025-04", colour=BLUE, status="blue",
              progress="First quarterly report published on the intranet in April 2025 and reported to Fire Committee."),
     ]),
]


def gm_actions():
    return [dict(a, under=[rec]) for rec, acts in GM_RECS for a in acts]


def make_gmfrs(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Misconduct recs"
    ncol = 7
    ws["A1"] = GM_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Standards of behaviour: the handling of misconduct in fire and rescue services (HMICFRS thematic report, August 2024)"
    ws["A3"] = "Position at 30 June 2025 – Audit Committee, 17 July 2025"
    ws["A3"].font = Font(italic=True)
    ws["A5"] = "Status key:"
    ws["A5"].font = Font(bold=True)
    for j, (txt, col) in enumerate([("Complete", BLUE), ("On track", GREEN), ("At risk", AMBER), ("Overdue", RED)], 2):
        c = ws.cell(5, j, txt)
        c.fill = fill(col)
        c.border = BOX
    heads = ["Ref", "Action", "Action owner", "Original due date", "Revised due date", "Status", "Progress update"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(7, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("C00000")
        c.alignment = WRAP
        c.border = BOX
    r = 8
    for rec, acts in GM_RECS:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        c = ws.cell(r, 1, rec)
        c.font = Font(bold=True)
        c.fill = fill("F2F2F2")
        c.alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[r].height = 45
        r += 1
        for a in acts:
            ws.cell(r, 1, a["ref"])
            ws.cell(r, 2, a["action"])
            ws.cell(r, 3, a["lead_cell"])
            c = ws.cell(r, 4, a["orig"])
            if isinstance(a["orig"], dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if a["rev"] is not None:
                ws.cell(r, 5, a["rev"]).number_format = "dd/mm/yyyy"
            ws.cell(r, 6).fill = fill(a["colour"])
            ws.cell(r, 7, a["progress"])
            for j in range(1, ncol + 1):
                ws.cell(r, j).alignment = WRAP
                ws.cell(r, j).border = BOX
            r += 1
    acts = gm_actions()
    r += 1
    n = {s: sum(1 for a in acts if a["status"] == s) for s in ("blue", "green", "amber", "red")}
    ws.cell(r, 1, f"Summary: {len(acts)} actions – {n['blue']} complete, {n['green']} on track, {n['amber']} at risk, {n['red']} overdue")
    ws.cell(r, 1).font = Font(italic=True)
    ws.cell(r + 1, 1, "Where a revised due date has been agreed by the Programme Board it replaces the original date for monitoring.")
    ws.cell(r + 1, 1).font = Font(italic=True)
    for j, w in enumerate([8, 60, 30, 14, 14, 10, 55], 1):
        ws.column_dimensions[get_column_letter(j)].width = w
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. Surrey Heath BC - internal audit recommendations tracker (csv)
# ---------------------------------------------------------------------------
SH_TITLE = "Surrey Heath Borough Council – Internal Audit Recommendations Tracker"
SH_STATUS = {"Complete": "blue", "On track": "green", "Revised date agreed": "amber", "Overdue": "red", "Not started": "unrated"}
SH_AUDITS = [
    ("Council Tax and NNDR", "2024/25", "Reasonable", [
        dict(ref="1", prio="Medium",
             rec="Reconciliations between the Council Tax system and the valuation list should be completed and independently reviewed each month.",
             action="Monthly valuation list reconciliation to be reinstated and signed off by the Revenues Team Leader, with evidence retained on the shared drive.",
             lead_cell="Revenues & Benefits Manager", lead=["Revenues & Benefits Manager"],
             orig="30/11/2024", rev="31/03/2025", end="2025-03", st="Complete",
             comments="Reconciliations completed and signed off monthly since February 2025."),
        dict(ref="2", prio="Low",
             rec="Write-off authorisations should be checked against the limits in the Financial Regulations before processing.",
             action="Write-off checklist to be updated to include authorisation limits; quarterly sample check by the Principal Accountant.",
             lead_cell="Revenues & Benefits Manager / Principal Accountant", lead=["Revenues & Benefits Manager", "Principal Accountant"],
             orig="31/03/2025", rev="", end="2025-03", st="Overdue",
             comments="Checklist updated in April. Sample checks not yet started."),
    ]),
    ("Cyber Security", "2024/25", "Limited", [
        dict(ref="1", prio="High",
             rec="Multi-factor authentication should be enforced for all remote access and privileged accounts.",
             action="Enforce MFA on all remote access (VPN and Microsoft 365) and on all privileged administrator accounts.",
             lead_cell="ICT Manager", lead=["ICT Manager"],
             orig="31/01/2025", rev="30/06/2025", end="2025-06", st="Complete",
             comments="MFA enforced for all users from 16 June 2025; verified by Internal Audit."),
        dict(ref="2", prio="High",
             rec="An ICT disaster recovery plan should be documented and tested at least annually.",
             action="Document the ICT disaster recovery plan, aligned to the corporate Business Continuity Plan, and carry out a first full recovery test.",
             lead_cell="ICT Manager; Emergency Planning Officer", lead=["ICT Manager", "Emergency Planning Officer"],
             orig="31/03/2025", rev="31/10/2025", end="2025-10", st="Revised date agreed",
             comments="Plan drafted. Recovery test booked with the supplier for October 2025."),
        dict(ref="3", prio="Medium",
             rec="Network accounts of leavers should be disabled on their last working day.",
             action="Introduce an automated leavers report from the HR/payroll system to ICT, so that accounts are disabled on the leaving date.",
             lead_cell="HR Manager, ICT Manager", lead=["HR Manager", "ICT Manager"],
             orig="30/09/2025", rev="", end="2025-09", st="On track",
             comments="Report built and in testing."),
    ]),
    ("Procurement and Contract Management", "2025/26", "Limited", [
        dict(ref="1", prio="High",
             rec="The contracts register should be complete and published in line with the Local Government Transparency Code.",
             action="Complete a full refresh of the contracts register with all service areas and publish it quarterly from Q3 2025/26.",
             lead_cell="Head of Finance & Procurement", lead=["Head of Finance & Procurement"],
             orig="Q3 2025/26", rev="", end="2025-12", end_text="Q3 2025/26", st="On track",
             comments="Returns received from 9 of 12 service areas."),
        dict(ref="2", prio="Medium",
             rec="Waivers of the Contract Procedure Rules should be recorded centrally and reported to the Audit and Standards Committee.",
             action="Create a central waiver log held by the Procurement team and report waivers to each meeting of the Audit and Standards Committee.",
             lead_cell="Procurement Lead", lead=["Procurement Lead"],
             orig="31/07/2025", rev="", end="2025-07", st="Complete",
             comments="Waiver log in use from 1 July 2025; first report to this Committee."),
        dict(ref="3", prio="Medium",
             rec="Contract managers should receive training in contract monitoring and supplier performance management.",
             action="Deliver contract management training to all named contract managers, using the Government Commercial College modules.",
             lead_cell="Procurement Lead", lead=["Procurement Lead"],
             orig="31/12/2025", rev="", end="2025-12", st="Not started",
             comments="Due to start once the contracts register refresh is complete."),
    ]),
]
SH_HEAD = ["Audit", "Year", "Assurance", "Rec No.", "Priority", "Finding / Recommendation", "Agreed management action",
           "Responsible officer", "Original target date", "Revised target date", "Status", "Progress comments"]


def sh_actions():
    return [dict(a, under=[aud, a["rec"]], status=SH_STATUS[a["st"]])
            for aud, _, _, acts in SH_AUDITS for a in acts]


def make_surrey_heath(path):
    n = len(SH_HEAD)
    pad = lambda first: [first] + [""] * (n - 1)
    rows = [pad(SH_TITLE),
            pad("Outstanding and recently completed agreed actions as at 31 August 2025 – Audit and Standards Committee, 24 September 2025"),
            pad(""), SH_HEAD]
    for aud, yr, ass, acts in SH_AUDITS:
        for i, a in enumerate(acts):
            rows.append([aud if i == 0 else "", yr if i == 0 else "", ass if i == 0 else "", a["ref"], a["prio"],
                         a["rec"], a["action"], a["lead_cell"], a["orig"], a["rev"], a["st"], a["comments"]])
    acts = sh_actions()
    cnt = {k: sum(1 for a in acts if a["st"] == k) for k in SH_STATUS}
    rows.append(pad(""))
    rows.append(pad("Status key: Complete = implemented and evidenced (Blue); On track = within target date (Green); "
                    "Revised date agreed = target date extended by the Committee (Amber); Overdue = past target date (Red); "
                    "Not started = not yet due"))
    rows.append(pad(f"Total actions listed: {len(acts)} – Complete {cnt['Complete']}, On track {cnt['On track']}, "
                    f"Revised date agreed {cnt['Revised date agreed']}, Overdue {cnt['Overdue']}, Not started {cnt['Not started']}"))
    with open(path, "w", newline="", encoding="utf-8-sig") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------------------
# helpers for Word
# ---------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_text(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, side, Cm(1.8))


def kv_table(doc, rows, widths=(4.5, 12)):
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in rows:
        c = t.add_row().cells
        set_text(c[0], k, bold=True)
        set_text(c[1], v)
        shade(c[0], "D9E2F3")
    return t


# ---------------------------------------------------------------------------
# 4. Kingdom Housing Association - SHR annual assurance statement plan (docx)
# ---------------------------------------------------------------------------
KH_TITLE = "Kingdom Housing Association – Annual Assurance Statement 2025: Compliance Improvement Plan"
KH_STATUS = {"Blue": "blue", "Green": "green", "Amber": "amber", "Red": "red", "Not started": "unrated"}
KH_SECTIONS = [
    ("1. Tenant and resident safety", [
        ("Electrical safety: 62 properties (1.1% of stock) did not have a valid Electrical Installation Condition Report (EICR) at 31 March 2025.", [
            dict(ref="1.1", action="Complete EICRs at all 62 properties, using the forced access procedure where a tenant has refused access three times.",
                 lead_cell="Compliance Manager", lead=["Compliance Manager"], end_cell="31 December 2025", end="2025-12",
                 rag="Blue", progress="All 62 EICRs completed by 19/12/2025. No properties out of date at 31 January 2026."),
            dict(ref="1.2", action="Move EICR scheduling onto the compliance module of the housing management system so that inspections are booked 90 days before expiry.",
                 lead_cell="Compliance Manager / ICT Business Partner", lead=["Compliance Manager", "ICT Business Partner"],
                 end_cell="June 2026", end="2026-06", rag="Green", progress="Module configured; data migration testing in March."),
        ]),
        ("Damp and mould: case records did not consistently show that a follow-up inspection had taken place after remedial work.", [
            dict(ref="1.3", action="Introduce a mandatory post-works inspection within 6 weeks for all damp and mould cases, recorded on the case file.",
                 lead_cell="Head of Asset Management", lead=["Head of Asset Management"], end_cell="31/01/2026", end="2026-01",
                 rag="Amber", progress="Process live from November. 71% of January cases inspected within 6 weeks; additional surveyor starts in March."),
            dict(ref="1.4", action="Report damp and mould case volumes, case ageing and repeat cases to the Board every quarter.",
                 lead_cell="Head of Asset Management", lead=["Head of Asset Management"], end_cell="Quarterly", end=None,
                 end_text="Quarterly", rag="Green", progress="First report to Board 25 November 2025."),
        ]),
    ]),
    ("2. Governance and financial management", [
        ("Regulatory Standard 4: the Board did not receive a full report of the evidence of compliance with the Regulatory Standards before approving the Assurance Statement.", [
            dict(ref="2.1", action="Develop an evidence bank mapped to each Regulatory Standard, with a named officer for each item, reviewed by the Audit & Risk Committee before the Board approves the 2026 Assurance Statement.",
                 lead_cell="Governance Manager", lead=["Governance Manager"], end_cell="September 2026", end="2026-09",
                 rag="Green", progress="Evidence bank structure agreed by Audit & Risk Committee in January."),
        ]),
        ("Regulatory Standard 6: the Board skills matrix has not been refreshed since 2022 and there is no succession plan for the Chair and Vice Chair.", [
            dict(ref="2.2", action="Refresh the Board skills matrix and complete individual appraisals with all Board members.",
                 lead_cell="Chair; Director of Corporate Services", lead=["Chair", "Director of Corporate Services"],
                 end_cell="March 2026", end="2026-03", rag="Amber", progress="Appraisals complete for 9 of 12 Board members."),
            dict(ref="2.3", action="Approve a Board succession plan, including targeted recruitment of members with asset management and finance experience.",
                 lead_cell="Director of Corporate Services", lead=["Director of Corporate Services"],
                 end_cell="Q1 2026/27", end="2026-06", end_text="Q1 2026/27", rag="Not started",
                 progress="To follow completion of the skills matrix."),
        ]),
    ]),
    ("3. Equalities and human rights", [
        ("Equalities data: we hold protected characteristics data for only 58% of tenants, which limits our ability to show that services meet the needs of all tenants.", [
            dict(ref="3.1", action="Run a tenant profile update campaign through the annual tenancy visit and the tenant portal, aiming for 80% data coverage.",
                 lead_cell="Head of Housing Services", lead=["Head of Housing Services"], end_cell="March 2027", end="2027-03",
                 rag="Green", progress="Campaign launched 12 January 2026; coverage 61% at 13 February."),
            dict(ref="3.2", action="Carry out an equality impact assessment of the allocations policy using the updated profile data.",
                 lead_cell="Policy Officer (Equalities)", lead=["Policy Officer (Equalities)"],
                 end_cell="Sept 2026 – March 2027", end="2027-03", end_text="Sept 2026 – March 2027", rag="Green",
                 progress="Scoping agreed with Tenants’ Panel."),
        ]),
    ]),
]
RAG_HEX = {"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED, "Not started": "FFFFFF"}


def kh_actions():
    return [dict(a, under=[sec, afi], status=KH_STATUS[a["rag"]])
            for sec, afis in KH_SECTIONS for afi, acts in afis for a in acts]


def make_kingdom(path):
    doc = docx.Document()
    landscape(doc)
    doc.add_paragraph(KH_TITLE, style="Title")
    doc.add_paragraph("Progress report to the Board of Management – 24 February 2026")
    doc.add_heading("Document control", level=2)
    kv_table(doc, [("Version", "2.0"), ("Owner", "Director of Corporate Services"),
                   ("Approved", "Board of Management, 28 October 2025"),
                   ("Next review", "Audit & Risk Committee, May 2026")])
    doc.add_paragraph()
    doc.add_paragraph(
        "Our Annual Assurance Statement was submitted to the Scottish Housing Regulator on 30 October 2025. "
        "The Board confirmed that the Association complies with the Regulatory Standards of Governance and "
        "Financial Management and its other regulatory requirements, with the exception of the areas for "
        "improvement set out in this plan. Progress is reported to every Board meeting.")
    doc.add_heading("RAG key", level=2)
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for k, v in [("Blue", "Complete"), ("Green", "On track"), ("Amber", "Some slippage – revised target agreed"),
                 ("Red", "Off track – escalated to Board")]:
        c = key.add_row().cells
        set_text(c[0], k, bold=True)
        shade(c[0], RAG_HEX[k])
        set_text(c[1], v)
    heads = ["Ref", "Action", "Lead", "Target date", "RAG", "Progress to date"]
    widths = [Cm(1.3), Cm(8.5), Cm(4), Cm(3), Cm(2), Cm(6.5)]
    for sec, afis in KH_SECTIONS:
        doc.add_heading(sec, level=1)
        t = doc.add_table(rows=1, cols=len(heads))
        t.style = "Table Grid"
        for j, h in enumerate(heads):
            set_text(t.rows[0].cells[j], h, bold=True)
            shade(t.rows[0].cells[j], "B4C6E7")
        for afi, acts in afis:
            row = t.add_row().cells
            m = row[0].merge(row[-1])
            set_text(m, afi, bold=True)
            shade(m, "E7E6E6")
            for a in acts:
                c = t.add_row().cells
                for j, v in enumerate([a["ref"], a["action"], a["lead_cell"], a["end_cell"], a["rag"], a["progress"]]):
                    set_text(c[j], v)
                if a["rag"] in RAG_HEX:
                    shade(c[4], RAG_HEX[a["rag"]])
        for row in t.rows:
            if len(row.cells) != len({id(c._tc) for c in row.cells}):
                continue  # full-width area-for-improvement row
            for j, w in enumerate(widths):
                row.cells[j].width = w
        doc.add_paragraph()
    doc.add_heading("Sign-off", level=2)
    kv_table(doc, [("Approved by", "Chair of the Board of Management"), ("Date", "24/02/2026")])
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. Cardiff Capital Region CJC - Audit Wales review action plan (docx)
# ---------------------------------------------------------------------------
CC_TITLE = "Cardiff Capital Region CJC – Audit Wales Review of Governance and Assurance Arrangements: Action Plan"
CC_RECS = [
    ("R1 – The CJC should set out how its well-being objectives will be delivered through its Corporate Plan, with clear measures to show progress.", [
        dict(ref="R1.1", action="Revise the Corporate Plan 2025–2030 to include a delivery plan for each well-being objective.",
             lead_cell="Head of Policy and Performance", lead=["Head of Policy and Performance"], end_cell="March 2026", end="2026-03",
             colour=GREEN, status="green", progress="Draft delivery plans considered at the Joint Committee workshop on 8 December 2025."),
        dict(ref="R1.2", action="Develop a performance framework with measures and targets, reported to the Joint Committee twice a year.",
             lead_cell="Head of Policy and Performance", lead=["Head of Policy and Performance"], end_cell="September 2026", end="2026-09",
             colour=GREEN, status="green", progress="Measures being developed with the ten constituent councils."),
    ]),
    ("R2 – The CJC should strengthen its risk management so that strategic risks are reviewed regularly by the Governance and Audit Sub-Committee.", [
        dict(ref="R2.1", action="Adopt a Risk Management Policy and Strategy for the CJC, separate from that of the host authority.",
             lead_cell="Monitoring Officer / Section 151 Officer", lead=["Monitoring Officer", "Section 151 Officer"],
             end_cell="30/09/2025", end="2025-09", colour=BLUE, status="blue",
             progress="Policy and Strategy approved by the Joint Committee on 22 September 2025."),
        dict(ref="R2.2", action="Present the strategic risk register to every meeting of the Governance and Audit Sub-Committee.",
             lead_cell="Section 151 Officer", lead=["Section 151 Officer"], end_cell="Ongoing – each meeting", end=None,
             end_text="Ongoing – each meeting", colour=GREEN, status="green",
             progress="Risk register presented in October 2025 and January 2026."),
    ]),
    ("R3 – The CJC should agree a scrutiny work programme covering all of its statutory functions, including the Regional Transport Plan and the Strategic Development Plan.", [
        dict(ref="R3.1", action="Agree a forward work programme for the Overview and Scrutiny Committee covering transport, strategic planning and economic well-being.",
             lead_cell="Scrutiny Officer", lead=["Scrutiny Officer"], end_cell="July 2025", end="2025-07", colour=BLUE, status="blue",
             progress="Work programme agreed 14 July 2025."),
        dict(ref="R3.2", action="Deliver a training programme for scrutiny members on the CJC’s statutory functions, with the Centre for Governance and Scrutiny.",
             lead_cell="Democratic Services Manager", lead=["Democratic Services Manager"], end_cell="December 2025", end="2025-12",
             colour=AMBER, status="amber", progress="Two of three sessions delivered; third session moved to February 2026."),
    ]),
    ("R4 – The CJC should assess the resources needed to prepare its Strategic Development Plan and Regional Transport Plan, and agree with constituent councils how these will be funded.", [
        dict(ref="R4.1", action="Prepare a resource and funding plan for the Strategic Development Plan for agreement by the ten constituent councils.",
             lead_cell="Director of Regional Planning", lead=["Director of Regional Planning"], end_cell="Q4 2025/26", end="2026-03",
             end_text="Q4 2025/26", colour=RED, status="red",
             progress="Delayed pending the Welsh Government decision on SDP grant funding for 2026/27."),
        dict(ref="R4.2", action="Agree a cost-sharing formula for the Regional Transport Plan as part of the 2026/27 budget.",
             lead_cell="Section 151 Officer; Director of Transport", lead=["Section 151 Officer", "Director of Transport"],
             end_cell="February 2026", end="2026-02", colour=GREEN, status="green",
             progress="Formula options presented to Chief Executives’ group on 12 January 2026."),
    ]),
]


def cc_actions():
    return [dict(a, under=[rec]) for rec, acts in CC_RECS for a in acts]


def make_ccr(path):
    doc = docx.Document()
    landscape(doc)
    doc.add_paragraph(CC_TITLE, style="Title")
    doc.add_paragraph("Report to the Overview and Scrutiny Committee – 20 January 2026")
    doc.add_heading("Version history", level=2)
    vh = doc.add_table(rows=1, cols=4)
    vh.style = "Table Grid"
    for j, h in enumerate(["Version", "Date", "Author", "Changes"]):
        set_text(vh.rows[0].cells[j], h, bold=True)
    for row in [("0.1", "01/07/2025", "Head of Governance", "First draft following Audit Wales report (June 2025)"),
                ("1.0", "15/07/2025", "Head of Governance", "Organisational response agreed by Joint Committee"),
                ("1.1", "09/01/2026", "Head of Governance", "Progress update for Overview and Scrutiny Committee")]:
        c = vh.add_row().cells
        for j, v in enumerate(row):
            set_text(c[j], v)
    doc.add_paragraph()
    doc.add_paragraph(
        "Audit Wales reported on the CJC’s governance and assurance arrangements in June 2025 and made four "
        "recommendations. The table below sets out our organisational response, the actions we have committed to "
        "and progress to January 2026.")
    doc.add_paragraph(
        "Status is shown by the shading of the final column: blue – complete; green – on track; "
        "amber – at risk of slipping; red – not on track.")
    heads = ["Ref", "Audit Wales recommendation", "Our planned action", "Responsible officer", "Completion date",
             "Progress (January 2026)", "Status"]
    widths = [Cm(1.4), Cm(6), Cm(6), Cm(3.6), Cm(2.6), Cm(5), Cm(1.6)]
    t = doc.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    for j, h in enumerate(heads):
        set_text(t.rows[0].cells[j], h, bold=True)
        shade(t.rows[0].cells[j], "BDD7EE")
    for rec, acts in CC_RECS:
        first = None
        for a in acts:
            c = t.add_row().cells
            set_text(c[0], a["ref"])
            set_text(c[2], a["action"])
            set_text(c[3], a["lead_cell"])
            set_text(c[4], a["end_cell"])
            set_text(c[5], a["progress"])
            shade(c[6], a["colour"])
            if first is None:
                first = c[1]
                set_text(first, rec)
            last = c[1]
        if last is not first:
            first.merge(last)
    for row in t.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = w
    doc.add_paragraph()
    doc.add_heading("Glossary", level=2)
    kv_table(doc, [("CJC", "Corporate Joint Committee"), ("RTP", "Regional Transport Plan"),
                   ("SDP", "Strategic Development Plan"), ("S151", "Section 151 (chief finance) officer")])
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. Clackmannanshire Council - Education Scotland CLD progress visit plan (xlsx)
#    REFUSE: one timescale cell holds a mistyped month ("0ct 2025", zero for O).
# ---------------------------------------------------------------------------
CL_TITLE = "Clackmannanshire Council – CLD Progress Visit Improvement Action Plan 2025–26"
CL_AFIS = [
    ("1. Improve the use of data and self-evaluation across the CLD partnership to demonstrate the impact of its work.", [
        ("1.1", "Agree a shared CLD outcomes framework and core data set with all partners.", "CLD Team Leader",
         "Clackmannanshire Third Sector Interface; Forth Valley College", "June 2025",
         "Framework agreed and used by all partners", "Framework signed off by CLD Partnership 19 June 2025.", "Blue"),
        ("1.2", "Hold twice-yearly partnership self-evaluation sessions using ‘How good is the learning and development in our community?’.",
         "CLD Manager", "All CLD Partnership members", "0ct 2025",
         "Two sessions held; improvement priorities agreed", "First session held 9 September 2025; second session booked for 8 October.", "Green"),
        ("1.3", "Publish an annual CLD impact report for elected members and communities.", "CLD Manager",
         "Partnership Forum", "March 2026", "Report published and presented to People Committee",
         "Data collection under way.", "Green"),
    ]),
    ("2. Increase the range and reach of adult learning, including ESOL and digital skills.", [
        ("2.1", "Extend ESOL provision to Alva and Tillicoultry, with evening classes.", "Adult Learning Coordinator",
         "Forth Valley College", "Aug 2025", "Two new ESOL groups running; learner numbers up 25%",
         "New groups started 25 August 2025.", "Blue"),
        ("2.2", "Train 20 digital champions from community groups to support residents with online services.",
         "Adult Learning Coordinator", "Connecting Scotland; libraries", "Dec 2025",
         "20 champions trained and active", "12 champions trained to date.", "Amber"),
    ]),
    ("3. Strengthen the involvement of young people in planning and evaluating youth work.", [
        ("3.1", "Set up a Youth Voice group to review the youth work offer each year.", "Youth Services Team Leader",
         "Clackmannanshire Youth Council", "Sept 2025", "Group meeting termly; recommendations acted on",
         "Group established; first meeting held 30 September.", "Green"),
        ("3.2", "Involve young people in the recruitment of youth work staff and in evaluating funded projects.",
         "Youth Services Team Leader", "Third sector youth providers", "Ongoing", "Young people on all recruitment panels",
         "Young people sat on two interview panels in October.", "Green"),
    ]),
]
CL_RAG = {"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}


def make_clackmannanshire(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ncol = 9
    ws["A1"] = CL_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Education Scotland progress visit to the Clackmannanshire CLD Partnership, March 2025"
    ws["A3"] = "Updated 12 November 2025 for the CLD Partnership"
    ws["A3"].font = Font(italic=True)
    heads = ["Area for improvement", "No.", "Action", "Lead", "Partners involved", "Timescale",
             "Measures of success", "Progress", "RAG"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.alignment = WRAP
        c.border = BOX
    r = 6
    typo_row = None
    for afi, acts in CL_AFIS:
        top = r
        for (no, act, lead, partners, when, measure, prog, rag) in acts:
            vals = [None, no, act, lead, partners, when, measure, prog, rag]
            for j, v in enumerate(vals, 1):
                if v is not None:
                    ws.cell(r, j, v)
                ws.cell(r, j).alignment = WRAP
                ws.cell(r, j).border = BOX
            ws.cell(r, 9).fill = fill(CL_RAG[rag])
            if when.startswith("0ct"):
                typo_row = r
            r += 1
        ws.cell(top, 1, afi)
        ws.merge_cells(start_row=top, start_column=1, end_row=r - 1, end_column=1)
    ws.cell(r + 1, 1, "RAG: Blue – complete; Green – on track; Amber – some slippage; Red – off track")
    ws.cell(r + 1, 1).font = Font(italic=True)
    for j, w in enumerate([38, 6, 50, 24, 30, 12, 32, 40, 8], 1):
        ws.column_dimensions[get_column_letter(j)].width = w

    ev = wb.create_sheet("Visit findings")
    ev["A1"] = "Summary of the progress visit findings (Education Scotland, March 2025)"
    ev["A1"].font = Font(bold=True)
    ev["A3"] = "Strengths"
    ev["A3"].font = Font(bold=True)
    ev["A4"] = "Strong partnership working between the council, the third sector and Forth Valley College."
    ev["A5"] = "Learners and volunteers report increased confidence and skills."
    ev["A7"] = "Areas for improvement"
    ev["A7"].font = Font(bold=True)
    for i, (afi, _) in enumerate(CL_AFIS, start=8):
        ev.cell(i, 1, afi)
    ev.column_dimensions["A"].width = 110
    wb.save(path)
    return typo_row


# ---------------------------------------------------------------------------
# 7. Chesterfield BC - corporate risk register Q2 2025/26 (tab-separated txt)
# ---------------------------------------------------------------------------
CH_TITLE = "Chesterfield Borough Council – Corporate Risk Register, Quarter 2 2025/26"
CH_RAG = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
CH_RISKS = [
    ("CRR1", "Financial sustainability – inability to set a balanced budget over the medium term",
     "Service Director – Finance", "4 x 5 = 20", "↔", [
         dict(ref="CRR1.1", action="Deliver the 2026/27 budget savings programme (£1.8m) and report progress monthly to the Cabinet Member for Finance.",
              lead_cell="Service Director – Finance", lead=["Service Director – Finance"], end_cell="31/03/2026", end="2026-03", rag="A"),
         dict(ref="CRR1.2", action="Review the Medium Term Financial Plan assumptions following the provisional local government finance settlement.",
              lead_cell="Chief Accountant", lead=["Chief Accountant"], end_cell="Feb 2026", end="2026-02", rag="G"),
     ]),
    ("CRR2", "Cyber attack resulting in loss of systems or data",
     "Service Director – Digital, HR and Customer Services", "4 x 4 = 16", "↓", [
         dict(ref="CRR2.1", action="Complete the migration of the remaining on-premise servers to the cloud and decommission the legacy data centre.",
              lead_cell="ICT Infrastructure Manager", lead=["ICT Infrastructure Manager"], end_cell="Q4 2025/26", end="2026-03",
              end_text="Q4 2025/26", rag="G"),
         dict(ref="CRR2.2", action="Achieve Cyber Essentials Plus re-certification.",
              lead_cell="ICT Infrastructure Manager; Information Security Officer",
              lead=["ICT Infrastructure Manager", "Information Security Officer"], end_cell="30/11/2025", end="2025-11", rag="B"),
         dict(ref="CRR2.3", action="Run a cyber incident exercise with the Corporate Leadership Team.",
              lead_cell="Information Security Officer", lead=["Information Security Officer"], end_cell="Dec 2025", end="2025-12", rag="A"),
     ]),
    ("CRR3", "Housing – compliance with the Regulator of Social Housing consumer standards",
     "Service Director – Housing", "3 x 4 = 12", "↓", [
         dict(ref="CRR3.1", action="Complete stock condition surveys on the remaining 20% of council homes.\nLoad the survey data into the asset management system to inform the 30-year HRA Business Plan.",
              lead_cell="Head of Housing Assets", lead=["Head of Housing Assets"], end_cell="June 2026", end="2026-06", rag="G"),
         dict(ref="CRR3.2", action="Report tenant satisfaction measures and damp and mould case data to every meeting of the Housing Scrutiny Panel.",
              lead_cell="Housing Performance Manager", lead=["Housing Performance Manager"], end_cell="Ongoing", end=None,
              end_text="Ongoing", rag="G"),
     ]),
    ("CRR4", "Town centre regeneration – failure to deliver Levelling Up Fund projects within grant deadlines",
     "Service Director – Economic Growth", "3 x 4 = 12", "↑", [
         dict(ref="CRR4.1", action="Agree a revised programme and spend profile for the Stephenson Memorial Hall scheme with MHCLG.",
              lead_cell="Service Director – Economic Growth", lead=["Service Director – Economic Growth"], end_cell="31/10/2025",
              end="2025-10", rag="R"),
         dict(ref="CRR4.2", action="Hold monthly programme board meetings covering contractor cost and programme risks.",
              lead_cell="Regeneration Programme Manager", lead=["Regeneration Programme Manager"], end_cell="Monthly", end=None,
              end_text="Monthly", rag="G"),
     ]),
]
CH_HEAD = ["Risk Ref", "Risk", "Risk Owner", "Residual Score (L x I)", "Trend", "Action Ref", "Further Action Required",
           "Action Owner", "Target Date", "Action RAG"]


def ch_actions():
    return [dict(a, under=[risk], status=CH_RAG[a["rag"]]) for _, risk, _, _, _, acts in CH_RISKS for a in acts]


def tsv_field(v):
    v = str(v)
    if "\n" in v or "\t" in v or '"' in v:
        return '"' + v.replace('"', '""') + '"'
    return v


def make_chesterfield(path):
    lines = [CH_TITLE,
             "Position as at 30 September 2025 – reported to Standards and Audit Committee, 26 November 2025",
             "", "\t".join(CH_HEAD)]
    for rref, risk, owner, score, trend, acts in CH_RISKS:
        for i, a in enumerate(acts):
            first = i == 0
            row = [rref if first else "", risk if first else "", owner if first else "", score if first else "",
                   trend if first else "", a["ref"], a["action"], a["lead_cell"], a["end_cell"], a["rag"]]
            lines.append("\t".join(tsv_field(x) for x in row))
    lines += ["",
              "Action RAG: B = complete; G = on track; A = some slippage, action in hand; R = off track",
              "Risk scores: Likelihood (1-5) x Impact (1-5). Trend: ↑ increasing, ↔ no change, ↓ reducing"]
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


FILES = {
    "war": "ki2-warwickshire-county-council-asc-cqc-assessment-improvement-plan.xlsx",
    "gm": "ki2-greater-manchester-frs-hmicfrs-standards-of-behaviour-recommendations-tracker.xlsx",
    "sh": "ki2-surrey-heath-bc-internal-audit-recommendations-tracker.csv",
    "kh": "ki2-kingdom-housing-association-shr-annual-assurance-statement-improvement-plan.docx",
    "cc": "ki2-cardiff-capital-region-cjc-audit-wales-governance-review-action-plan.docx",
    "cl": "ki2-clackmannanshire-council-education-scotland-cld-progress-visit-action-plan-typo-month-refuse.xlsx",
    "ch": "ki2-chesterfield-bc-corporate-risk-register-q2-2025-26.txt",
}


def main():
    p = lambda k: os.path.join(HERE, FILES[k])
    make_warwickshire(p("war"))
    make_gmfrs(p("gm"))
    make_surrey_heath(p("sh"))
    make_kingdom(p("kh"))
    make_ccr(p("cc"))
    typo_row = make_clackmannanshire(p("cl"))
    make_chesterfield(p("ch"))
    print("Clackmannanshire typo month on sheet row", typo_row)
    for k in FILES:
        print(FILES[k])


if __name__ == "__main__":
    main()
