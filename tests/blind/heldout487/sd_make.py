"""Build the seven sd- cases of heldout487 (data files and their .expected.yaml).

Run with /work/main/.venv/bin/python sd_make.py (openpyxl, python-docx, pyyaml).
Every data file is written from the same Python structures as its expected reading, so the
expected text matches the file's text character for character.
"""
import csv
import datetime as dt
import io
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

FILL_HEX = {"R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0", "GREY": "BFBFBF"}
STATUS = {"R": "red", "A": "amber", "G": "green", "B": "blue", "": "unrated"}

thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


class QStr(str):
    """A string always written double-quoted (months such as "2025-03")."""


yaml.SafeDumper.add_representer(
    QStr, lambda d, v: d.represent_scalar("tag:yaml.org,2002:str", str(v), style='"'))


def write_yaml(name, doc):
    path = os.path.join(HERE, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=4000,
                       default_flow_style=False)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead),
         "end": QStr(end) if end is not None else None}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


# ---------------------------------------------------------------------------------------------
# 1. NHS Suffolk and North East Essex ICB - Board Assurance Framework 2025/26 (xlsx, read)
# ---------------------------------------------------------------------------------------------
def make_icb():
    name = "sd-nhs-suffolk-and-north-east-essex-icb-board-assurance-framework-2025-26.xlsx"
    title = "NHS Suffolk and North East Essex ICB Board Assurance Framework 2025/26"
    D = dt.datetime
    # (ref, action, owner_cell, owner_list, original, revised, q1, q2, update)
    risks = [
        ("BAF 1 – Urgent and emergency care capacity and flow",
         "Risk owner: Chief Operating Officer   |   Current score: 16 (L4 x C4)   |   Target score: 8   |   Lead committee: Performance and Finance Committee",
         [
             ("1a", "Roll out the Single Point of Access (SPoA) for care homes and community providers across Ipswich and East Suffolk, with direct booking into the urgent community response service.",
              "Director of Urgent and Emergency Care", ["Director of Urgent and Emergency Care"],
              D(2025, 9, 30), D(2025, 12, 31), "G", "A",
              "Go-live in Ipswich achieved 1 September 2025. East Suffolk delayed pending the clinical system interface; revised date agreed at Performance and Finance Committee."),
             ("1b", "Agree the system winter capacity plan 2025/26 with acute, community and local authority partners and submit it to the NHS England East of England regional team.",
              "Director of Urgent and Emergency Care / Head of EPRR", ["Director of Urgent and Emergency Care", "Head of EPRR"],
              D(2025, 8, 31), None, "G", "B",
              "Plan submitted 28 August 2025; regional assurance letter received 12 September."),
             ("1c", "Commission a joint review of ambulance handover delays at Colchester Hospital with ESNEFT and EEAST, and agree a handover improvement trajectory.",
              "Chief Operating Officer", ["Chief Operating Officer"],
              D(2025, 11, 30), None, "A", "G",
              "Review fieldwork complete; draft trajectory to System Urgent Care Board in November."),
         ]),
        ("BAF 2 – Delivery of the 2025/26 system financial plan",
         "Risk owner: Chief Finance Officer   |   Current score: 20 (L4 x C5)   |   Target score: 12   |   Lead committee: Performance and Finance Committee",
         [
             ("2a", "Deliver the ICB running cost reduction programme in line with the model ICB blueprint, including consultation on the new operating structure.",
              "Chief People Officer, Chief Finance Officer", ["Chief People Officer", "Chief Finance Officer"],
              D(2025, 12, 31), D(2026, 3, 31), "A", "R",
              "National timetable for the clustering arrangements not yet confirmed; consultation paused. Redundancy funding remains unconfirmed."),
             ("2b", "Establish a monthly System Recovery Board to track delivery of the efficiency programme against plan across all NHS partners.",
              "Chief Finance Officer", ["Chief Finance Officer"],
              D(2025, 7, 31), None, "G", "B",
              "First meeting held 15 July 2025; meets monthly."),
             ("2c", "Complete the review of all continuing healthcare (CHC) packages costing more than £3,000 per week.",
              "Deputy Chief Nurse (CHC)", ["Deputy Chief Nurse (CHC)"],
              D(2026, 1, 31), None, "A", "A",
              "214 of 390 packages reviewed; additional clinical reviewers in post from October."),
         ]),
        ("BAF 3 – Quality and safety of commissioned services",
         "Risk owner: Chief Nursing Officer   |   Current score: 12 (L3 x C4)   |   Target score: 8   |   Lead committee: Quality Committee",
         [
             ("3a", "Embed Patient Safety Incident Response Framework (PSIRF) oversight arrangements with all providers, including a quarterly thematic review at the System Quality Group.",
              "Associate Director of Patient Safety", ["Associate Director of Patient Safety"],
              D(2025, 9, 30), None, "G", "B",
              "Oversight framework agreed with all providers; first thematic review (falls) presented September 2025."),
             ("3b", "Deliver the LMNS three-year delivery plan actions for 2025/26, with a particular focus on access to perinatal mental health services.",
              "LMNS Programme Director", ["LMNS Programme Director"],
              D(2026, 3, 31), None, "G", "G",
              "On trajectory; perinatal mental health access at 8.6% against 10% target."),
         ]),
        ("BAF 4 – Resilience of primary care and access to general practice",
         "Risk owner: Director of Primary Care   |   Current score: 12 (L4 x C3)   |   Target score: 9   |   Lead committee: Primary Care Commissioning Committee",
         [
             ("4a", "Implement the Modern General Practice Access programme in the 12 practices with the lowest GP Patient Survey access scores.",
              "Head of Primary Care Transformation", ["Head of Primary Care Transformation"],
              D(2026, 3, 31), None, "A", "G",
              "9 of 12 practices have moved to a total triage model; remaining 3 scheduled for Q3."),
             ("4b", "Agree the dental recovery plan for additional urgent access sessions with community dental providers.",
              "Head of Pharmacy, Optometry and Dentistry", ["Head of Pharmacy, Optometry and Dentistry"],
              D(2025, 10, 31), D(2026, 1, 31), "G", "A",
              "Procurement for urgent access sessions extended; two providers withdrew."),
         ]),
    ]

    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=16, color="005EB8")
    cov["A3"] = "Position at: Quarter 2 (30 September 2025)"
    cov["A4"] = "Presented to: ICB Board meeting in public, 18 November 2025 (Agenda item 11)"
    cov["A6"] = "Document control"
    cov["A6"].font = Font(bold=True)
    dc = [("Version", "Date", "Author", "Comments"),
          ("0.1", "01/10/2025", "Head of Corporate Governance", "Q2 updates from risk owners"),
          ("0.2", "22/10/2025", "Head of Corporate Governance", "Reviewed by Executive Management Team"),
          ("1.0", "06/11/2025", "Board Secretary", "Final for Board")]
    for i, row in enumerate(dc):
        for j, v in enumerate(row):
            c = cov.cell(row=7 + i, column=1 + j, value=v)
            c.border = BORDER
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill("D9E1F2")
    for col, w in zip("ABCD", (14, 14, 32, 40)):
        cov.column_dimensions[col].width = w

    hm = wb.create_sheet("Risk summary")
    hm["A1"] = "Summary of strategic risks – Q2 2025/26"
    hm["A1"].font = Font(bold=True, size=13)
    hdr = ["Risk", "Q4 24/25", "Q1 25/26", "Q2 25/26", "Target", "Trend"]
    for j, v in enumerate(hdr):
        c = hm.cell(row=3, column=1 + j, value=v)
        c.font = Font(bold=True)
        c.fill = fill("D9E1F2")
        c.border = BORDER
    summ = [("BAF 1 – Urgent and emergency care capacity and flow", 16, 16, 16, 8, "↔"),
            ("BAF 2 – Delivery of the 2025/26 system financial plan", 16, 16, 20, 12, "↑"),
            ("BAF 3 – Quality and safety of commissioned services", 12, 12, 12, 8, "↔"),
            ("BAF 4 – Resilience of primary care and access to general practice", 16, 12, 12, 9, "↔")]
    for i, row in enumerate(summ):
        for j, v in enumerate(row):
            c = hm.cell(row=4 + i, column=1 + j, value=v)
            c.border = BORDER
            if j in (1, 2, 3) and isinstance(v, int):
                c.fill = fill("FF0000" if v >= 15 else "FFC000")
    hm.column_dimensions["A"].width = 62

    ws = wb.create_sheet("BAF detail")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14, color="005EB8")
    ws["A2"] = "Actions to address gaps in control and assurance – Q2 update"
    ws["A2"].font = Font(italic=True)
    ws["A3"] = "Action progress key:  B = Complete   G = On track   A = Some slippage, recovery in hand   R = Off track / at risk"
    headers = ["Ref", "Action to address gap in control / assurance", "Action owner", "Original due date",
               "Revised due date", "Q1 RAG", "Q2 RAG", "Q2 progress update"]
    r = 5
    for j, v in enumerate(headers):
        c = ws.cell(row=r, column=1 + j, value=v)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.alignment = WRAP
        c.border = BORDER
    r += 1
    expected = []
    for risk_title, risk_info, actions in risks:
        ws.cell(row=r, column=1, value=risk_title)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
        ws.cell(row=r, column=4, value=risk_info)
        ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=8)
        for j in range(1, 9):
            ws.cell(row=r, column=j).fill = fill("DCE6F1")
            ws.cell(row=r, column=j).border = BORDER
        ws.cell(row=r, column=1).font = Font(bold=True)
        ws.cell(row=r, column=4).font = Font(italic=True, size=9)
        r += 1
        for ref, text, owner_cell, owners, orig, rev, q1, q2, upd in actions:
            vals = [ref, text, owner_cell, orig, rev, q1, q2, upd]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BORDER
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            for col, k in ((6, q1), (7, q2)):
                c = ws.cell(row=r, column=col)
                c.fill = fill(FILL_HEX[k])
                c.alignment = Alignment(horizontal="center", vertical="top")
                if k == "B":
                    c.font = Font(color="FFFFFF", bold=True)
            end = rev or orig
            expected.append(act(ref, [risk_title], text, owners, end.strftime("%Y-%m"), STATUS[q2]))
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Note: actions rated B at Q2 will be closed and removed from the BAF at Q3, subject to approval by the lead committee.")
    ws.cell(row=r + 1, column=1, value="Total actions: 10   Complete: 3   On track: 3   Some slippage: 3   Off track: 1")
    for col, w in zip("ABCDEFGH", (10, 60, 28, 13, 13, 8, 8, 50)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    wb.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": "Imitates the quarterly Board Assurance Framework an English ICB takes to its Board meeting in public (e.g. NHS Suffolk and North East Essex ICB, 2025/26, published in Board papers). Copied features: cover sheet with document-control table, a risk summary sheet of scores, and a BAF detail sheet where each strategic risk is a shaded band row (risk title merged over the first columns, risk owner/scores/committee merged beside it) followed by its lettered actions, action owner distinct from the risk owner, original and revised due dates as real date cells, Q1 and Q2 RAG letters on fill colour, a progress column, a closing note and a totals line.",
        "reads": "An ICB board assurance framework at Q2 2025/26: four strategic risks (BAF 1–4), each a band row followed by two or three actions (1a–4b) with an action owner, due dates (original and some revised), a Q1 and a Q2 RAG and a progress update. The cover and risk summary sheets hold no actions; the key, note and totals lines are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------------------------
# 2. South Yorkshire Housing Association - RSH consumer inspection improvement plan (xlsx, REFUSE)
# ---------------------------------------------------------------------------------------------
def make_syha():
    name = "sd-south-yorkshire-housing-association-rsh-consumer-inspection-improvement-plan-typo-month-refuse.xlsx"
    title = "Regulatory Improvement Plan – RSH Consumer Standards Inspection"
    standards = [
        ("Safety and Quality Standard", [
            ("SQ1", "Complete a 100% stock condition survey of all general needs homes not surveyed in the last five years.",
             "Director of Property Services", "March 2026", "A", "A",
             "68% complete; survey contractor capacity increased from September."),
            ("SQ2", "Clear the backlog of overdue fire risk assessment actions classed as high or substantial risk.",
             "Head of Building Safety", "December 2025", "R", "A",
             "Backlog reduced from 412 to 137 actions."),
            ("SQ3", "Introduce a damp and mould case management process with target timescales consistent with Awaab's Law.",
             "Head of Repairs / Head of Customer Experience", "October 2025", "G", "B",
             "Process live from 1 October 2025; monthly report to Customer Services Committee."),
        ]),
        ("Transparency, Influence and Accountability Standard", [
            ("TIA1", "Publish Tenant Satisfaction Measures with an explanation of the actions taken in response to the results.",
             "Head of Insight and Performance", "July 2025", "G", "B",
             "Published on website 24 July 2025."),
            ("TIA2", "Recruit and train a Tenant Scrutiny Panel with a programme of three service reviews a year.",
             "Customer Involvement Manager", "Febuary 2026", "A", "G",
             "Nine panel members recruited; induction completed October."),
            ("TIA3", "Review complaints handling against the Housing Ombudsman's Complaint Handling Code and report the self-assessment to the Board.",
             "Complaints Manager", "June 2026", "", "G",
             "Self-assessment started; Board date to be confirmed."),
        ]),
        ("Neighbourhood and Community Standard", [
            ("NC1", "Refresh the anti-social behaviour policy and publish service standards for ASB case response times.",
             "Head of Neighbourhoods", "January 2026", "A", "A",
             "Draft policy with tenant panel for comment."),
        ]),
        ("Tenancy Standard", [
            ("T1", "Carry out tenancy audits of all tenancies started in 2024/25 to confirm occupation and update household data.",
             "Head of Neighbourhoods", "March 2026", "", "R",
             "Not started – resource diverted to ASB policy work."),
        ]),
    ]
    wb = Workbook()
    summ = wb.active
    summ.title = "Summary"
    summ["A1"] = "South Yorkshire Housing Association"
    summ["A1"].font = Font(bold=True, size=14)
    summ["A2"] = title
    summ["A3"] = "Progress summary – report to Board, 21 October 2025"
    hdr = ["Consumer standard", "Actions", "Complete", "Green", "Amber", "Red"]
    for j, v in enumerate(hdr):
        c = summ.cell(row=5, column=1 + j, value=v)
        c.font = Font(bold=True)
        c.fill = fill("D9D9D9")
        c.border = BORDER
    rows = [("Safety and Quality", 3, 1, 0, 2, 0), ("Transparency, Influence and Accountability", 3, 1, 2, 0, 0),
            ("Neighbourhood and Community", 1, 0, 0, 1, 0), ("Tenancy", 1, 0, 0, 0, 1), ("Total", 8, 2, 2, 3, 1)]
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = summ.cell(row=6 + i, column=1 + j, value=v)
            c.border = BORDER
            if row[0] == "Total":
                c.font = Font(bold=True)
    summ.column_dimensions["A"].width = 44

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = "South Yorkshire Housing Association"
    ws["A1"].font = Font(bold=True, size=14, color="7030A0")
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Regulatory judgement published 16 April 2025 (C2). Plan owner: Executive Director of Customers and Communities."
    headers = ["Consumer standard", "Ref", "Action", "Lead", "Target date", "Previous RAG (Jul 25)",
               "Current RAG (Oct 25)", "Progress update"]
    r = 5
    for j, v in enumerate(headers):
        c = ws.cell(row=r, column=1 + j, value=v)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.alignment = WRAP
        c.border = BORDER
    r += 1
    refuse_row = None
    for std, acts in standards:
        first = r
        for ref, text, lead, target, prev, cur, upd in acts:
            vals = [std if r == first else None, ref, text, lead, target, None, None, upd]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BORDER
            for col, k in ((6, prev), (7, cur)):
                if k:
                    ws.cell(row=r, column=col).fill = fill(FILL_HEX[k])
            if target.startswith("Febuary"):
                refuse_row = r
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(row=first, column=1).font = Font(bold=True)
    r += 1
    ws.cell(row=r, column=1, value="RAG key: Blue – complete; Green – on track; Amber – at risk of missing target date; Red – off track. A blank previous RAG means the action was added after July 2025.")
    for col, w in zip("ABCDEFGH", (26, 7, 58, 30, 14, 12, 12, 44)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": "Imitates the regulatory improvement plan an English housing association reports to its Board after a Regulator of Social Housing consumer standards inspection (C2 judgement, 2025), e.g. South Yorkshire Housing Association. Copied features: a summary sheet with counts by standard and RAG and a totals row, an improvement-plan sheet with title block, the consumer standard merged down the first column, short refs (SQ1, TIA2 ...), text target months, previous and current RAG as fill colour only, progress updates and a RAG key line.",
        "reads": "A housing association's action plan against the four RSH consumer standards, eight actions with lead, target month, previous/current RAG fills and progress. The target date of action TIA2 reads 'Febuary 2026', a mistyped month, so a careful reader stops and asks before reading the plan.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_row,
        "title": title,
    })
    return name, 0, refuse_row


# ---------------------------------------------------------------------------------------------
# 3. Solicitors Regulation Authority - Axiom Ince review action plan (xlsx, read)
# ---------------------------------------------------------------------------------------------
def make_sra():
    name = "sd-solicitors-regulation-authority-axiom-ince-review-action-plan.xlsx"
    title = "Response to the independent review of the SRA’s regulatory approach to Axiom Ince Limited – action plan and progress update"
    STAT = {"Complete": ("0070C0", "blue"), "On track": ("00B050", "green"), "At risk": ("FFC000", "amber"),
            "Off track": ("FF0000", "red"), "Not started": ("D9D9D9", "unrated")}
    # (theme, [(rec, [(ref, action, lead_cell, leads, route, target, end, end_text, status, update)])])
    plan = [
        ("Theme 1: Identifying and acting on risk", [
            ("Recommendation 1 – Strengthen the triage and escalation of reports and intelligence about client money, so that linked reports are assessed together.", [
                ("1.1", "Introduce a single risk triage function for all reports and intelligence concerning client account shortfalls, with a 48-hour escalation route to the Head of Investigations.",
                 "Director of Risk and Intelligence", ["Director of Risk and Intelligence"], "Board", "Q2 2025/26", "2025-09", None, "Complete",
                 "Triage function in place from 1 July 2025; 100% of client money reports triaged within 48 hours in Q2."),
                ("1.2", "Implement automated linking of reports on the case management system so that multiple reports about the same firm are flagged to case owners.",
                 "Chief Information Officer", ["Chief Information Officer"], "ARC", "Q4 2025/26", "2026-03", None, "On track",
                 "Supplier contracted; user testing planned for January 2026."),
            ]),
            ("Recommendation 2 – Improve the use of forensic investigation resource and the speed with which inspections are commissioned.", [
                ("2.1", "Recruit six additional forensic investigation officers and establish a rapid-deployment team.",
                 "Director of Investigations", ["Director of Investigations"], "ARC", "Q3 2025/26", "2025-12", None, "At risk",
                 "Four of six posts filled; two posts re-advertised in September following unsuccessful campaign."),
                ("2.2", "Set and publish service standards for the time between a decision to inspect and the first site visit.",
                 "Director of Investigations / Head of Forensic Investigations", ["Director of Investigations", "Head of Forensic Investigations"],
                 "Board", "31 December 2025", "2025-12", None, "On track",
                 "Draft standards agreed by Executive; publication planned for December."),
            ]),
        ]),
        ("Theme 2: Use of regulatory powers", [
            ("Recommendation 3 – Review the thresholds and decision-making process for the use of intervention powers.", [
                ("3.1", "Revise the intervention decision-making framework and guidance, including clear criteria for acting where client money is at risk.",
                 "General Counsel", ["General Counsel"], "Board", "Q3 2025/26", "2025-12", None, "On track",
                 "Revised framework to Board in December 2025."),
                ("3.2", "Deliver training on the revised framework to all authorised decision makers and adjudicators.",
                 "Head of Learning and Development", ["Head of Learning and Development"], "ARC", "Q4 2025/26", "2026-03", None, "Not started",
                 "Dependent on 3.1."),
            ]),
            ("Recommendation 4 – Strengthen the oversight of firms’ client accounts and accountants’ reports.", [
                ("4.1", "Consult on changes to the Accounts Rules and the requirements for accountants’ reports, including more frequent reporting for higher-risk firms.",
                 "Director of Policy", ["Director of Policy"], "Board", "March 2026", "2026-03", None, "On track",
                 "Discussion paper published August 2025; consultation to open in January 2026."),
            ]),
        ]),
        ("Theme 3: Governance and oversight", [
            ("Recommendation 5 – The Board should receive regular and clear assurance on high-risk matters and the progress of significant investigations.", [
                ("5.1", "Introduce a quarterly high-risk firms report to the Board and the Audit and Risk Committee.",
                 "Chief Executive", ["Chief Executive"], "Board", "Q2 2025/26", "2025-09", None, "Complete",
                 "First report considered by the Board in September 2025."),
                ("5.2", "Commission an independent review of the effectiveness of the Board’s oversight of operational risk.",
                 "Chair of the Board", ["Chair of the Board"], "Board", "TBC – following LSB decision", None, "TBC – following LSB decision", "Not started",
                 "Scope to be agreed with the Legal Services Board."),
            ]),
        ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ws["A1"] = "Solicitors Regulation Authority"
    ws["A1"].font = Font(bold=True, size=12, color="1F3864")
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Position at 30 September 2025 – reported to SRA Board, 14 October 2025. Status key on the ‘Key’ tab."
    ws["A3"].font = Font(italic=True)
    headers = ["Ref", "Action", "Executive lead", "Assurance route", "Target date", "Status", "Progress update (September 2025)"]
    r = 5
    for j, v in enumerate(headers):
        c = ws.cell(row=r, column=1 + j, value=v)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BORDER
    r += 1
    expected = []
    for theme, recs in plan:
        ws.cell(row=r, column=1, value=theme)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.cell(row=r, column=1).font = Font(bold=True, color="FFFFFF", size=12)
        ws.cell(row=r, column=1).fill = fill("2F5597")
        r += 1
        for rec, acts in recs:
            ws.cell(row=r, column=1, value=rec)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.cell(row=r, column=1).font = Font(bold=True)
            ws.cell(row=r, column=1).fill = fill("D9E1F2")
            ws.cell(row=r, column=1).alignment = WRAP
            ws.row_dimensions[r].height = 30
            r += 1
            for ref, text, lead_cell, leads, route, target, end, end_text, status, upd in acts:
                vals = [ref, text, lead_cell, route, target, status, upd]
                for j, v in enumerate(vals):
                    c = ws.cell(row=r, column=1 + j, value=v)
                    c.alignment = WRAP
                    c.border = BORDER
                ws.cell(row=r, column=6).fill = fill(STAT[status][0])
                expected.append(act(ref, [theme, rec], text, leads, end, STAT[status][1], end_text))
                r += 1
    for col, w in zip("ABCDEFG", (7, 60, 30, 12, 18, 12, 48)):
        ws.column_dimensions[col].width = w

    key = wb.create_sheet("Key")
    key["A1"] = "Status key"
    key["A1"].font = Font(bold=True)
    for i, (k, meaning) in enumerate([
            ("Complete", "Action delivered and evidence of completion accepted by the Executive"),
            ("On track", "Action expected to be delivered by the target date"),
            ("At risk", "Target date may be missed; mitigation in place"),
            ("Off track", "Target date will be missed; escalated to Board"),
            ("Not started", "Action not yet due to start or dependent on another action")]):
        a = key.cell(row=3 + i, column=1, value=k)
        a.fill = fill(STAT[k][0])
        key.cell(row=3 + i, column=2, value=meaning)
    key.column_dimensions["A"].width = 14
    key.column_dimensions["B"].width = 70
    wb.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": "Imitates a national regulator's published action plan in response to an independent review (the SRA's response to the LSB-commissioned review of its handling of Axiom Ince, 2024–25), as reported to its Board. Copied features: body name above a long title, a position/reporting line, theme band rows and recommendation band rows merged across the sheet above numbered actions, an executive lead column beside an assurance-route (Board/ARC) column, financial-quarter target dates ('Q3 2025/26'), a 'TBC' target, status words on fill colour defined on a separate Key sheet, and a dated progress column.",
        "reads": "The SRA's action plan in three themes, each with recommendations set out in a band row and the numbered actions (1.1–5.2) that answer them, each with an executive lead, target date, status and update. The Key sheet only defines the status words (At risk = amber).",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


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


def set_cell(cell, text, bold=False, size=None, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def merged_row(table, text, hexcol=None, bold=True):
    row = table.add_row()
    a = row.cells[0].merge(row.cells[-1])
    set_cell(a, text, bold=bold)
    if hexcol:
        shade(a, hexcol)
    return a


# ---------------------------------------------------------------------------------------------
# 4. Northgate Medical Practice - CQC inspection action plan (docx, read)
# ---------------------------------------------------------------------------------------------
def make_gp():
    name = "sd-northgate-medical-practice-cqc-inspection-action-plan.docx"
    title = "Northgate Medical Practice: CQC Inspection Action Plan"
    GREEN, AMBER, RED = "00B050", "FFC000", "FF0000"
    # key: Green = completed and embedded -> blue; Amber = in progress; Red = not started or overdue
    KEYSTAT = {GREEN: "blue", AMBER: "amber", RED: "red", None: "unrated"}
    sec1 = "Section 1: Actions the practice MUST take"
    sec2 = "Section 2: Actions the practice SHOULD take"
    musts = [
        ("MUST 1: Ensure care and treatment is provided in a safe way to patients. (Regulation 12 Safe care and treatment)", [
            ("1.1", "Complete a full review of patients prescribed high-risk medicines (methotrexate, lithium, DOACs) and bring all overdue monitoring up to date.",
             "Clinical Pharmacist", ["Clinical Pharmacist"], "28/02/2025", "2025-02", None,
             "All 212 patients reviewed; searches now run monthly by the pharmacy team.", GREEN),
            ("1.2", "Introduce a documented process for actioning MHRA and CAS safety alerts, with a monthly audit of historic alerts.",
             "Dr S Okafor & Practice Manager", ["Dr S Okafor", "Practice Manager"], "March 2025", "2025-03", None,
             "Alerts log in place; March audit found no outstanding alerts.", GREEN),
            ("1.3", "Ensure emergency medicines and equipment are checked weekly and the checks recorded, including oxygen and the defibrillator.",
             "Nurse Manager", ["Nurse Manager"], "Immediate / ongoing", None, "Immediate / ongoing",
             "Weekly checklist introduced; two missed weeks in April now addressed at team meeting.", AMBER),
        ]),
        ("MUST 2: Establish effective systems and processes to ensure good governance in accordance with the fundamental standards of care. (Regulation 17 Good governance)", [
            ("2.1", "Implement a governance calendar covering policies, risk assessments and clinical audits, reviewed at the monthly partners’ meeting.",
             "Practice Manager", ["Practice Manager"], "30/04/2025", "2025-04", None,
             "Calendar drafted; 14 of 38 policies reviewed.", AMBER),
            ("2.2", "Complete outstanding fire, legionella and health and safety risk assessments and action all high-priority findings.",
             "Practice Manager / Estates Lead", ["Practice Manager", "Estates Lead"], "31/05/2025", "2025-05", None,
             "Legionella assessment complete; fire risk assessment contractor not yet booked.", RED),
            ("2.3", "Put in place a system to monitor staff training compliance, including safeguarding level 3 for all GPs.",
             "Dr A Hughes (Safeguarding Lead)", ["Dr A Hughes (Safeguarding Lead)"], "June 2025", "2025-06", None,
             "Training matrix in place; 5 of 7 GPs have level 3.", AMBER),
        ]),
        ("MUST 3: Ensure recruitment procedures are established and operated effectively. (Regulation 19 Fit and proper persons employed)", [
            ("3.1", "Audit all staff files against Schedule 3 and obtain missing DBS checks, references and immunisation records.",
             "HR Administrator", ["HR Administrator"], "31/03/2025", "2025-03", None,
             "All files audited and complete; recruitment checklist adopted.", GREEN),
        ]),
    ]
    shoulds = [
        ("S1", "Continue to improve the uptake of cervical screening.",
         "Offer extended-hours and Saturday smear clinics and send text reminders to all eligible patients not screened in the last 42 months.",
         "Nurse Manager", ["Nurse Manager"], "September 2025", "2025-09", None,
         "Saturday clinics running from May; uptake 71.8% (target 80%).", AMBER),
        ("S2", "Improve the identification of carers.",
         "Add a carers question to the new patient registration form and run a carers’ awareness week with the local carers’ centre.",
         "Patient Services Manager", ["Patient Services Manager"], "July 2025", "2025-07", None,
         "Registration form updated; carers register up from 1.1% to 2.4%.", GREEN),
        ("S3", "Take action to improve patient satisfaction with telephone access.",
         "Move to a cloud-based telephony system with call-back and queue position, and review the results of the next GP Patient Survey with the PPG.",
         "Practice Manager; PPG Chair", ["Practice Manager", "PPG Chair"], "Ongoing", None, "Ongoing",
         "Awaiting ICB funding decision on telephony.", None),
    ]

    doc = Document()
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Following the CQC inspection of 14 January 2025 (report published 3 March 2025) – overall rating: Requires improvement")
    doc.add_paragraph("Registered manager: Practice Manager. Provider: Northgate Medical Practice partnership.")
    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, ("Version", "Date", "Author", "Approved by")):
        set_cell(c, v, bold=True)
    for row in (("1.0", "17/03/2025", "Practice Manager", "Partners’ meeting"),
                ("1.1", "12/05/2025", "Practice Manager", "Partners’ meeting")):
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)
    doc.add_paragraph("")
    doc.add_paragraph("RAG key: Green – completed and embedded; Amber – in progress; Red – not started or overdue.")

    expected = []
    doc.add_heading(sec1, level=1)
    for must, acts in musts:
        t = doc.add_table(rows=0, cols=6)
        t.style = "Table Grid"
        merged_row(t, must, "DEEAF6")
        hdr = t.add_row().cells
        for c, v in zip(hdr, ("No.", "Action", "Lead", "Timescale", "Evidence / progress", "RAG")):
            set_cell(c, v, bold=True)
        for ref, text, lead_cell, leads, when, end, end_text, prog, rag in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, (ref, text, lead_cell, when, prog, "")):
                set_cell(c, v)
            if rag:
                shade(cells[5], rag)
            expected.append(act(ref, [sec1, must], text, leads, end, KEYSTAT[rag], end_text))
        doc.add_paragraph("")

    doc.add_heading(sec2, level=1)
    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, ("No.", "Should do", "Action", "Lead", "Timescale", "Evidence / progress", "RAG")):
        set_cell(c, v, bold=True)
    for ref, should, text, lead_cell, leads, when, end, end_text, prog, rag in shoulds:
        cells = t.add_row().cells
        for c, v in zip(cells, (ref, should, text, lead_cell, when, prog, "")):
            set_cell(c, v)
        if rag:
            shade(cells[6], rag)
        expected.append(act(ref, [sec2, should], text, leads, end, KEYSTAT[rag], end_text))

    doc.add_paragraph("")
    doc.add_heading("Sign-off", level=2)
    t = doc.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, ("Name", "Role", "Date")):
        set_cell(c, v, bold=True)
    for c, v in zip(t.rows[1].cells, ("Dr S Okafor", "Senior Partner", "12/05/2025")):
        set_cell(c, v)
    doc.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": "Imitates the action plan a GP practice sends to CQC and its ICB after a 'Requires improvement' inspection (English GP practices, 2024–25; breaches of Regulations 12, 17 and 19 with 'must' and 'should' findings). Copied features: title and inspection line, a document-control table, a RAG key paragraph in which Green means completed and embedded, one table per MUST finding with the finding merged across its first row above a header and numbered actions, a single SHOULD table with the should-do in its own column, RAG shown only by cell shading, several leads in one cell, and a sign-off table.",
        "reads": "A GP practice's CQC action plan: three MUST findings (one table each) with seven numbered actions, then three SHOULD findings with one action each. Status is the RAG cell's shading read by the document's key (green = completed, so blue); the S3 RAG cell is unshaded. The document-control and sign-off tables hold no actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------------------------
# 5. Exeter College - Quality Improvement Plan 2024/25 (docx, read)
# ---------------------------------------------------------------------------------------------
def make_college():
    name = "sd-exeter-college-quality-improvement-plan-2024-25.docx"
    title = "Exeter College Quality Improvement Plan 2024/25"
    RAGFILL = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000", "": None}
    RAGSTAT = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red", "": "unrated"}
    sections = [
        ("1. Quality of education", [
            ("AFI 1: Teachers on level 2 study programmes do not consistently check learners’ understanding or address misconceptions quickly enough.", [
                ("1.1", "Deliver a programme of CPD on questioning and formative assessment techniques for all level 2 teaching teams, led by the Teaching and Learning Coaches.",
                 "Director of Teaching, Learning and Assessment", ["Director of Teaching, Learning and Assessment"], "December 2024", "2024-12", None,
                 "Learning walks show more frequent checking of understanding in level 2 lessons.",
                 "CPD delivered to all 14 level 2 teams by 13 December.", "Complete"),
                ("1.2", "Introduce focused learning walks on assessment practice in level 2 classes, with follow-up coaching where practice is weak.",
                 "Heads of Faculty; Teaching and Learning Coaches", ["Heads of Faculty", "Teaching and Learning Coaches"], "Termly", None, "Termly",
                 "Proportion of level 2 lessons judged strong on assessment rises to 80%.",
                 "Autumn learning walks complete; 74% strong.", "Green"),
            ]),
            ("AFI 2: Too few apprentices complete their apprenticeship by their planned end date.", [
                ("1.3", "Hold monthly progress reviews for all apprentices past or within 90 days of their planned end date, with an individual completion plan for each.",
                 "Director of Apprenticeships", ["Director of Apprenticeships"], "31 January 2025", "2025-01", None,
                 "Timely achievement rate of 70% or above.",
                 "Reviews in place; timely achievement currently 63%.", "Amber"),
                ("1.4", "Strengthen three-way reviews with employers so that off-the-job training is planned and recorded accurately.",
                 "Head of Employer Engagement / Apprenticeship Quality Manager", ["Head of Employer Engagement", "Apprenticeship Quality Manager"],
                 "Summer term 2025", "2025-07", None,
                 "Sample audit shows 95% of reviews completed with employer input.",
                 "New review template launched in January.", "Green"),
            ]),
        ]),
        ("2. Behaviour and attitudes", [
            ("AFI 3: Attendance at English and mathematics lessons for 16 to 18 learners is too low.", [
                ("2.1", "Launch a daily attendance follow-up process led by progress coaches, with same-day contact for any missed English or maths lesson.",
                 "Head of Progress Coaching", ["Head of Progress Coaching"], "Autumn term 2024", "2024-12", None,
                 "Attendance at English and maths lessons of 88% or above.",
                 "Process launched in October half term week.", "Complete"),
                ("2.2", "Recognise improved attendance through the student rewards scheme and share attendance data weekly with curriculum teams.",
                 "Head of English and Maths", ["Head of English and Maths"], "July 2025", "2025-07", None,
                 "Maths attendance at or above 88% by the end of the year.",
                 "Maths attendance remains at 81%; revised approach agreed with faculties in February.", "Red"),
            ]),
        ]),
        ("3. Personal development", [
            ("AFI 4: Not all learners have a clear understanding of the risks of radicalisation and extremism in the local area.", [
                ("3.1", "Update the tutorial curriculum to include locally relevant Prevent content, developed with the regional Prevent coordinator.",
                 "Designated Safeguarding Lead", ["Designated Safeguarding Lead"], "March 2025", "2025-03", None,
                 "Learner survey shows 90% can describe local risks.",
                 "Content written; delivered to all tutor groups by 21 March.", "Green"),
                ("3.2", "Survey learners each term to check their understanding of Prevent and British values, and act on the results.",
                 "Student Voice Manager", ["Student Voice Manager"], "Termly", None, "Termly",
                 "Survey response rate above 60%.",
                 "First survey scheduled for the summer term.", ""),
            ]),
        ]),
        ("4. Leadership and management", [
            ("AFI 5: Governors do not receive sufficiently detailed information about the quality of apprenticeship provision to hold leaders to account.", [
                ("4.1", "Provide a termly apprenticeship quality report to the Quality and Standards Committee, including achievement, progress and learner feedback.",
                 "Vice Principal – Curriculum and Quality", ["Vice Principal – Curriculum and Quality"], "February 2025", "2025-02", None,
                 "Committee minutes show challenge on apprenticeship performance.",
                 "First report received 11 February 2025.", "Complete"),
                ("4.2", "Arrange a governor link visit to each apprenticeship sector area before the end of the year.",
                 "Clerk to the Corporation", ["Clerk to the Corporation"], "June 2025", "2025-06", None,
                 "Visits completed to all six sector areas.",
                 "Two of six visits completed.", "Amber"),
            ]),
        ]),
    ]

    doc = Document()
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Arising from the Self-Assessment Report 2023/24")
    doc.add_paragraph("Version 3 – updated for the Quality and Standards Committee, March 2025")
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for row, (k, v) in zip(t.rows, (("Plan owner", "Vice Principal – Curriculum and Quality"),
                                    ("Approved by", "Quality and Standards Committee, 15 October 2024"),
                                    ("Review cycle", "Termly"),
                                    ("Next review", "June 2025"))):
        set_cell(row.cells[0], k, bold=True)
        set_cell(row.cells[1], v)
    doc.add_paragraph("")
    doc.add_heading("RAG rating key", level=2)
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for row, (k, v) in zip(t.rows, (("Complete", "Action completed and impact evidenced"),
                                    ("Green", "On track to meet target date"),
                                    ("Amber", "Some slippage; action to recover in place"),
                                    ("Red", "Significant concern; not on track"))):
        set_cell(row.cells[0], k, bold=True)
        shade(row.cells[0], RAGFILL[k])
        set_cell(row.cells[1], v)

    expected = []
    for sec, afis in sections:
        doc.add_heading(sec, level=1)
        t = doc.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        for c, v in zip(t.rows[0].cells, ("Ref", "Actions", "Lead(s)", "Target date", "Impact measure", "Progress – March 2025", "RAG")):
            set_cell(c, v, bold=True, color="FFFFFF")
            shade(c, "1F4E79")
        for afi, acts in afis:
            merged_row(t, afi, "F2F2F2")
            for ref, text, lead_cell, leads, when, end, end_text, impact, prog, rag in acts:
                cells = t.add_row().cells
                for c, v in zip(cells, (ref, text, lead_cell, when, impact, prog, rag)):
                    set_cell(c, v)
                if RAGFILL[rag]:
                    shade(cells[6], RAGFILL[rag])
                expected.append(act(ref, [sec, afi], text, leads, end, RAGSTAT[rag], end_text))
        doc.add_paragraph("")
    doc.add_paragraph("Note: the QIP is monitored at monthly Quality Review meetings and reported termly to the Quality and Standards Committee.")
    doc.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": "Imitates an English FE college's Quality Improvement Plan drawn from its self-assessment report and organised by the Ofsted EIF key judgements (e.g. Exeter College QIP 2024/25 as reported to the governors' Quality and Standards Committee). Copied features: title block with version line, a plan-owner/approval table, a RAG key table, one table per key judgement under a numbered heading, areas for improvement (AFI 1–5) as merged shaded rows inside the tables above their numbered actions, impact measures, a dated progress column, RAG words on matching shading, term dates and 'Termly' targets, several leads in one cell and job titles with commas.",
        "reads": "A college QIP in four key-judgement sections; each table holds one or two areas for improvement as band rows, each followed by the numbered actions (1.1–4.2) that address it, with leads, target dates, impact measures, progress and a RAG word. The cover, key and owner tables hold no actions; action 3.2 has no RAG yet.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------------------------
# 6. Hampshire and Isle of Wight Constabulary - Police Race Action Plan tracker (csv, read)
# ---------------------------------------------------------------------------------------------
def make_police():
    name = "sd-hampshire-and-isle-of-wight-constabulary-police-race-action-plan-delivery-tracker.csv"
    title = "Hampshire and Isle of Wight Constabulary – Police Race Action Plan: Force Delivery Tracker"
    ST = {"Complete": "blue", "On track": "green", "Delayed": "amber", "Off track": "red", "Not started": "unrated"}
    pillars = [
        ("Pillar 1 – Represented", [
            ("1.1", "Deliver positive action support for Black candidates at every stage of the recruitment process, including mentoring and pre-assessment workshops.",
             "Head of Recruitment", ["Head of Recruitment"], "Mar-26", "2026-03", None, "On track",
             "42 candidates supported in Q3; 11 appointed as PCs or PCSOs."),
            ("1.2", "Review promotion processes for disproportionality and publish the findings to the Race Equality Programme Board.",
             "Head of HR; Chair of the Black Police Association", ["Head of HR", "Chair of the Black Police Association"], "Q4 2025/26", "2026-03", None, "Delayed",
             "Data extract delayed by HR system upgrade, now due January.\nFindings to Programme Board in March."),
            ("1.3", "Introduce exit interviews analysed by ethnicity for all officers and staff leaving within five years of joining.",
             "Head of People Services", ["Head of People Services"], "30/09/2025", "2025-09", None, "Complete",
             "Live from 1 September 2025; first quarterly report produced."),
        ]),
        ("Pillar 2 – Respected (not over-policed)", [
            ("2.1", "Extend community scrutiny of stop and search body-worn video footage to all three local policing areas.",
             "Head of Neighbourhood Policing", ["Head of Neighbourhood Policing"], "Dec-25", "2025-12", None, "Complete",
             "Scrutiny panels now meeting monthly in Southampton, Portsmouth and the Isle of Wight."),
            ("2.2", "Conduct a deep dive into the use of strip searches of Black children in custody and implement the recommendations.",
             "Head of Custody", ["Head of Custody"], "Jan-26", "2026-01", None, "On track",
             "Dip sample of 120 records complete; recommendations drafted."),
            ("2.3", "Roll out the vehicle stops recording app to all roads policing and response officers.",
             "ACC Operations", ["ACC Operations"], "Jun-26", "2026-06", None, "Not started",
             "Awaiting national app release."),
        ]),
        ("Pillar 3 – Involved", [
            ("3.1", "Establish an independent Police Race Action Plan community advisory group for Southampton and Portsmouth, with published terms of reference.",
             "ACC Local Policing", ["ACC Local Policing"], "Sep-25", "2025-09", None, "Complete",
             "First meeting held 18 September 2025; terms of reference published on the force website."),
            ("3.2", "Co-design the force's community engagement plan with Black-led community organisations.",
             "Head of Corporate Communications; Community Engagement Manager", ["Head of Corporate Communications", "Community Engagement Manager"],
             "Ongoing", None, "Ongoing", "On track",
             "Three co-design workshops held, with a further two planned."),
        ]),
        ("Pillar 4 – Protected (not under-protected)", [
            ("4.1", "Analyse victim satisfaction data by ethnicity for violent crime and domestic abuse, and agree improvement actions with district commanders.",
             "Head of Performance", ["Head of Performance"], "Q3 2025/26", "2025-12", None, "Delayed",
             "Sample sizes too small at district level; analysis being repeated using 24 months of data."),
            ("4.2", "Review hate crime investigation standards with the Independent Advisory Group and refresh the force hate crime policy.",
             "Head of Public Protection", ["Head of Public Protection"], "31/03/2026", "2026-03", None, "On track",
             "IAG review session booked for February."),
        ]),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([title, "", "", "", "", "", ""])
    w.writerow(["Reporting period: Q3 2025/26 (to 31 December 2025)", "", "", "", "", "", ""])
    w.writerow(["Governance: Race Equality Programme Board (chair: Deputy Chief Constable)", "", "", "", "", "", ""])
    w.writerow(["", "", "", "", "", "", ""])
    w.writerow(["Pillar", "Ref", "Action", "Lead", "Target date", "Status", "Update"])
    expected = []
    for pillar, acts in pillars:
        w.writerow([pillar, "", "", "", "", "", ""])
        for ref, text, lead_cell, leads, when, end, end_text, status, upd in acts:
            w.writerow(["", ref, text, lead_cell, when, status, upd])
            expected.append(act(ref, [pillar], text, leads, end, ST[status], end_text))
    w.writerow(["", "", "", "", "", "", ""])
    w.writerow(["Summary: 10 actions – Complete 3, On track 4, Delayed 2, Not started 1", "", "", "", "", "", ""])
    w.writerow(["Status key: Complete = Blue; On track = Green; Delayed = Amber; Off track = Red; Not started = Grey", "", "", "", "", "", ""])
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())

    write_yaml(name, {
        "source": "Imitates a police force's local delivery tracker for the national Police Race Action Plan (forces such as Dorset and Suffolk publish their PRAP plans under the pillars Represented / Respected (not over-policed) / Involved / Protected (not under-protected), 2024–26), saved from Excel as CSV. Copied features: three title/period/governance lines, a header row, pillar rows alone in the first column above numbered actions, a lead column with two posts in one cell, mixed target dates (Mar-26, Q4 2025/26, 30/09/2025, Ongoing), status words with a status key line, a quoted multi-line update cell, and summary lines at the foot.",
        "reads": "A force tracker of ten Police Race Action Plan actions under the four pillars, each with a lead, target date, status word and update. The title lines, summary and status key at the bottom are not actions; 'Delayed' reads amber and 'Not started' unrated by the key.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------------------------
# 7. Keele University - Athena Swan institutional action plan (tab-separated txt, read)
# ---------------------------------------------------------------------------------------------
def make_keele():
    name = "sd-keele-university-athena-swan-silver-institutional-action-plan.txt"
    title = "Athena Swan Silver Institutional Action Plan 2023–2028"
    RG = {"B": "blue", "G": "green", "A": "amber", "R": "red", "": "unrated"}
    prios = [
        ("Priority 1: Reduce the gender pay gap at professorial level", [
            ("1.1", "Introduce an annual professorial pay review with published criteria and an equal pay audit of outcomes.",
             "Director of HR; Head of Reward", ["Director of HR", "Head of Reward"], "Annually", None, "Annually",
             "Mean professorial gender pay gap below 5% by 2028", "G", "Second review completed Nov 2024; audit reported to Remuneration Committee."),
            ("1.2", "Run a 'Pathways to Professor' development programme for women senior lecturers, with sponsorship from Faculty Deans.",
             "Pro Vice-Chancellor (EDI)", ["Pro Vice-Chancellor (EDI)"], "Sep 2024 – Jul 2025", "2025-07", None,
             "At least 12 participants per cohort; 50% apply for promotion within 3 years", "B", "First cohort of 14 completed July 2025."),
            ("1.3", "Review the criteria for professorial promotion to recognise leadership in teaching, citizenship and engagement.",
             "Deputy Vice-Chancellor and Provost", ["Deputy Vice-Chancellor and Provost"], "Dec 2025", "2025-12", None,
             "Revised criteria approved by Senate", "A", "Consultation extended to include trade unions; Senate date moved."),
        ]),
        ("Priority 2: Improve the progression of women in Professional Services grades 7–9", [
            ("2.1", "Introduce a sponsorship scheme pairing Professional Services staff at grades 6–7 with senior leaders.",
             "Head of Organisational Development", ["Head of Organisational Development"], "Mar 2026", "2026-03", None,
             "Women form 55% of grade 8–9 appointments", "G", "20 pairs matched; launch event held June 2025."),
            ("2.2", "State the flexible working options available in every advert for grade 7–9 Professional Services posts.",
             "Head of Resourcing", ["Head of Resourcing"], "Jan 2024", "2024-01", None,
             "100% of adverts include flexible working statement", "B", "In place since January 2024; checked quarterly."),
        ]),
        ("Priority 3: Embed intersectional analysis of staff data", [
            ("3.1", "Develop a staff equality dashboard reporting gender by ethnicity, disability and grade, available to all heads of school.",
             "HR Information Systems Manager", ["HR Information Systems Manager"], "Jul 2025", "2025-07", None,
             "Dashboard used in all school planning rounds", "R", "Delayed by HR system migration; data feed not yet available."),
            ("3.2", "Collect and analyse qualitative data from the staff networks (Women's Network, Race Equality Network, Parents and Carers Network) each year.",
             "EDI Manager / Athena Swan SAT Chair", ["EDI Manager", "Athena Swan SAT Chair"], "Annually", None, "Annually",
             "Annual report to EDI Committee", "G", "2025 focus groups held in May and June."),
        ]),
        ("Priority 4: Support staff with caring responsibilities", [
            ("4.1", "Introduce a carers' leave policy providing five days' paid carers' leave per year.",
             "Director of HR", ["Director of HR"], "Apr 2024", "2024-04", None,
             "Policy in place; uptake monitored by gender", "B", "Policy live April 2024; 61 staff used carers' leave in 2024/25."),
            ("4.2", "Pilot a return-to-work research fund for academics returning from maternity, adoption or shared parental leave.",
             "PVC (Research)", ["PVC (Research)"], "Sep 2025 – Aug 2026", "2026-08", None,
             "All eligible returners offered funding", "", "Funding bid to go to University Executive Committee in November 2025."),
        ]),
    ]
    lines = [
        "Keele University",
        title,
        "Annual progress review – position at 31 July 2025 (reported to EDI Committee, October 2025)",
        "",
        "\t".join(["Ref", "Priority", "Action", "Responsibility", "Timeframe", "Success measure", "RAG", "Progress note"]),
    ]
    expected = []
    for prio, acts in prios:
        for i, (ref, text, lead_cell, leads, when, end, end_text, measure, rag, note) in enumerate(acts):
            lines.append("\t".join([ref, prio if i == 0 else "", text, lead_cell, when, measure, rag, note]))
            expected.append(act(ref, [prio], text, leads, end, RG[rag], end_text))
    lines += ["", "RAG: B = complete; G = on track; A = some delay; R = significantly delayed; blank = not yet started.",
              "Exported from the Athena Swan SAT action plan workbook, 4 August 2025."]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")

    write_yaml(name, {
        "source": "Imitates a university's Athena Swan institutional action plan with its annual progress review (UK Athena Swan Charter action plans as published by English universities, e.g. Keele University, 2023–2028), exported from the self-assessment team's workbook as tab-separated text. Copied features: university name, plan title and position line, a header row, priorities in their own column given only on the first action of each group (merged cells exported blank below), numbered actions, responsibility cells with two posts, timeframes as periods ('Sep 2024 – Jul 2025') and 'Annually', success measures, RAG letters and a progress note, and a key and export line at the foot.",
        "reads": "Keele's Athena Swan action plan: nine numbered actions under four priorities (the priority written once per group), each with who is responsible, a timeframe, a success measure, a RAG letter and a note. The key and export lines at the end are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


if __name__ == "__main__":
    for fn in (make_icb, make_syha, make_sra, make_gp, make_college, make_police, make_keele):
        print(fn())
