"""Build the seven zcz- blind test files (set heldout784).

Run:  /work/main/.venv/bin/python zcz_make.py            -> writes the data files
      /work/main/.venv/bin/python zcz_make.py --expected -> also (re)writes the .expected.yaml files

Only files whose names start with "zcz-" are written, in this script's folder.
"""
import csv
import datetime as dt
import os
import sys

import yaml
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.date

# RAG fills used in the spreadsheets / Word tables
FILL_HEX = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "0070C0",
}


def out(name):
    assert name.startswith("zcz-")
    return os.path.join(HERE, name)


def fill(hexcode):
    return PatternFill("solid", start_color=hexcode, end_color=hexcode)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def end_fields(a):
    d = {"end": a["end"]}
    if a.get("end_text"):
        d["end_text"] = a["end_text"]
    return d


def exp_action(a, under):
    e = {"ref": a["ref"], "under": under, "action": a["action"], "lead": a["lead"]}
    e.update(end_fields(a))
    e["status"] = a["status"]
    return e


EXPECTED = {}

# ---------------------------------------------------------------------------
# 1. Royal Ballet and Opera - strategic risk register (xlsx, merged risk cells,
#    status shown only by fill colour, key on a cover sheet)
# ---------------------------------------------------------------------------
RBO_NAME = "zcz-royal-ballet-and-opera-strategic-risk-register-2025-26.xlsx"
RBO_TITLE = "Royal Ballet and Opera – Strategic Risk Register 2025/26"
RBO_RISKS = [
    {
        "risk": "SR1 Income and financial sustainability",
        "cause": "Box office and philanthropic income do not recover to budgeted levels while production, "
                 "energy and pay costs continue to rise, leading to an operating deficit and a drawdown of "
                 "free reserves below the policy minimum.",
        "owner": "Chief Financial Officer",
        "inh": (4, 5), "controls": "Five-year financial plan approved by the Board; monthly management "
                                   "accounts; reserves policy; pricing review each Season",
        "res": (3, 5),
        "actions": [
            dict(ref="SR1.1",
                 action="Complete the 2026/27 budget reforecast with three income scenarios and present it to the Finance Committee.",
                 owner="Chief Financial Officer", cell=D(2026, 1, 31), fmt="dd/mm/yyyy",
                 colour="green", progress="Scenario model built; income assumptions with Box Office for challenge.",
                 lead=["Chief Financial Officer"], end="2026-01", status="green"),
            dict(ref="SR1.2",
                 action="Agree the Arts Council England NPO extension-year funding agreement and payment schedule for 2026/27.",
                 owner="Chief Executive / Chief Financial Officer", cell=D(2025, 12, 31), fmt="dd/mm/yyyy",
                 colour="blue", progress="Funding agreement signed 14 October 2025.",
                 lead=["Chief Executive", "Chief Financial Officer"], end="2025-12", status="blue"),
            dict(ref="SR1.3",
                 action="Launch the major donor campaign for the 2026/27 Season, with a target of £4m in new multi-year pledges.",
                 owner="Director of Development", cell="Q4 2025/26", fmt=None,
                 colour="amber", progress="Case for support drafted; launch moved from October to January to align with the Season announcement.",
                 lead=["Director of Development"], end="2026-03", end_text="Q4 2025/26", status="amber"),
        ],
    },
    {
        "risk": "SR2 Health and safety of artists, staff and audiences",
        "cause": "A serious injury occurs on stage, backstage or in the Thurrock production workshops because "
                 "of a failure in safe systems of work for flying, automation or scenery build, resulting in "
                 "harm, enforcement action and reputational damage.",
        "owner": "Technical Director",
        "inh": (3, 5), "controls": "Safety management system certified to ISO 45001; show-specific risk "
                                   "assessments; Health and Safety Committee; competent person checks on "
                                   "flying and automation",
        "res": (2, 5),
        "actions": [
            dict(ref="SR2.1",
                 action="Replace the main stage automation control desk and complete commissioning tests before the Christmas season.",
                 owner="Technical Director", cell=D(2025, 11, 30), fmt="dd/mm/yyyy",
                 colour="green", progress="Desk installed; commissioning tests 60% complete.",
                 lead=["Technical Director"], end="2025-11", status="green"),
            dict(ref="SR2.2",
                 action="Roll out the revised permit-to-work procedure for working at height to all contractors at the Thurrock workshops.",
                 owner="Head of Health and Safety", cell=D(2025, 9, 30), fmt="dd/mm/yyyy",
                 colour="red", progress="Procedure approved but contractor briefings not yet held; new date to be agreed at the Executive Risk Group.",
                 lead=["Head of Health and Safety"], end="2025-09", status="red"),
        ],
    },
    {
        "risk": "SR3 Cyber security and data protection",
        "cause": "A ransomware attack or data breach compromises the ticketing and CRM systems, leading to lost "
                 "sales, regulatory action by the ICO and loss of supporter trust.",
        "owner": "Chief Operating Officer",
        "inh": (4, 4), "controls": "Cyber Essentials Plus; managed detection and response service; annual "
                                   "penetration test; mandatory staff training",
        "res": (3, 4),
        "actions": [
            dict(ref="SR3.1",
                 action="Move the ticketing and CRM platform to the supplier’s hosted service and decommission the on-premise servers.",
                 owner="Director of Technology", cell=D(2026, 3, 31), fmt="mmm-yy",
                 colour="green", progress="Migration rehearsal completed 22 October 2025.",
                 lead=["Director of Technology"], end="2026-03", status="green"),
            dict(ref="SR3.2",
                 action="Test the cyber incident response plan with a desk-top exercise for the Executive team.",
                 owner="Director of Technology; Head of Governance", cell=D(2025, 10, 15), fmt="dd/mm/yyyy",
                 colour="blue", progress="Exercise held 9 October 2025; lessons log circulated.",
                 lead=["Director of Technology", "Head of Governance"], end="2025-10", status="blue"),
        ],
    },
    {
        "risk": "SR4 People, culture and wellbeing",
        "cause": "Failure to address concerns about workload, touring schedules and behaviours leads to low "
                 "morale, the loss of key artistic and technical staff and an inability to deliver the Season.",
        "owner": "Director of People",
        "inh": (4, 4), "controls": "People strategy; Dignity at Work policy and independent speak-up line; "
                                   "dancer healthcare unit; annual staff survey",
        "res": (3, 3),
        "actions": [
            dict(ref="SR4.1",
                 action="Publish the response to the 2025 staff survey, with a local action plan for each department.",
                 owner="Director of People", cell=D(2025, 12, 19), fmt="dd/mm/yyyy",
                 colour="green", progress="Results shared with departments; local plans due 5 December.",
                 lead=["Director of People"], end="2025-12", status="green"),
            dict(ref="SR4.2",
                 action="Complete the independent review of behaviours in the rehearsal room and report its findings to the Board of Trustees.",
                 owner="Chair of the People Committee", cell="TBC", fmt=None,
                 colour="amber", progress="Reviewer appointed; fieldwork dates to be confirmed.",
                 lead=["Chair of the People Committee"], end=None, end_text="TBC", status="amber"),
            dict(ref="SR4.3",
                 action="Refresh the Dignity at Work training for all line managers.",
                 owner="Head of Learning and Development", cell="Ongoing", fmt=None,
                 colour=None, progress="Annual programme; 2025/26 sessions scheduled from January.",
                 lead=["Head of Learning and Development"], end=None, end_text="Ongoing", status="unrated"),
        ],
    },
]


def score_colour(s):
    if s >= 15:
        return "red"
    if s >= 8:
        return "amber"
    return "green"


def build_rbo():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Royal Ballet and Opera"
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "Strategic Risk Register 2025/26"
    cov["A2"].font = Font(bold=True, size=13)
    rows = [
        ("Report to:", "Audit and Risk Committee – 18 November 2025"),
        ("Register owner:", "Chief Operating Officer"),
        ("Review cycle:", "Executive Risk Group monthly; Audit and Risk Committee quarterly; Board of Trustees twice a year"),
        ("Version:", "v3.2 (Q2 2025/26 review)"),
    ]
    for i, (k, v) in enumerate(rows, start=4):
        cov.cell(i, 1, k).font = Font(bold=True)
        cov.cell(i, 2, v)
    cov["A9"] = "Risk scoring"
    cov["A9"].font = Font(bold=True)
    cov["A10"] = "Likelihood (L) and Impact (I) are each scored 1–5; Score = L × I"
    for r, (txt, col) in enumerate([("1–6 Low", "green"), ("8–12 Medium", "amber"), ("15–25 High", "red")], start=11):
        c = cov.cell(r, 1, txt)
        c.fill = fill(FILL_HEX[col])
    cov["A15"] = "Action status (colour in the Status column of the Register)"
    cov["A15"].font = Font(bold=True)
    for r, (txt, col) in enumerate([
            ("Blue – complete", "blue"), ("Green – on track", "green"),
            ("Amber – some slippage, revised date agreed", "amber"), ("Red – off track or overdue", "red")], start=16):
        c = cov.cell(r, 1, txt)
        c.fill = fill(FILL_HEX[col])
    cov["A21"] = "No colour = action not yet started."
    cov.column_dimensions["A"].width = 44
    cov.column_dimensions["B"].width = 90

    ws = wb.create_sheet("Register")
    ws["A1"] = RBO_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:P1")
    ws["A2"] = ("Position at 31 October 2025. Action status is shown by colour only – see the key on the Cover sheet.")
    ws.merge_cells("A2:P2")
    groups = [("A4:C4", "Risk"), ("D4:F4", "Inherent risk"), ("G4:G4", "Mitigation"),
              ("H4:J4", "Residual risk"), ("K4:P4", "Further actions")]
    hdr_fill = fill("1F3864")
    for rng, txt in groups:
        first = rng.split(":")[0]
        ws[first] = txt
        if rng.split(":")[0] != rng.split(":")[1]:
            ws.merge_cells(rng)
        ws[first].font = Font(bold=True, color="FFFFFF")
        ws[first].fill = hdr_fill
        ws[first].alignment = Alignment(horizontal="center")
    headers = ["Risk", "Cause / event / consequence", "Risk owner", "L", "I", "Score",
               "Key controls in place", "L", "I", "Score", "Ref", "Further action required",
               "Action owner", "Target date", "Status", "Progress at October 2025"]
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(5, c, h)
        cell.font = Font(bold=True)
        cell.fill = fill("D9E1F2")
        cell.border = BOX
        cell.alignment = WRAP
    r = 6
    for risk in RBO_RISKS:
        n = len(risk["actions"])
        top, bot = r, r + n - 1
        li, ii = risk["inh"]
        lr, ir = risk["res"]
        vals = {1: risk["risk"], 2: risk["cause"], 3: risk["owner"], 4: li, 5: ii, 6: li * ii,
                7: risk["controls"], 8: lr, 9: ir, 10: lr * ir}
        for col, v in vals.items():
            cell = ws.cell(top, col, v)
            cell.alignment = WRAP
            if top != bot:
                ws.merge_cells(start_row=top, start_column=col, end_row=bot, end_column=col)
        ws.cell(top, 1).font = Font(bold=True)
        ws.cell(top, 6).fill = fill(FILL_HEX[score_colour(li * ii)])
        ws.cell(top, 10).fill = fill(FILL_HEX[score_colour(lr * ir)])
        for a in risk["actions"]:
            ws.cell(r, 11, a["ref"])
            ws.cell(r, 12, a["action"])
            ws.cell(r, 13, a["owner"])
            dc = ws.cell(r, 14, a["cell"])
            if a["fmt"]:
                dc.number_format = a["fmt"]
            sc = ws.cell(r, 15)
            if a["colour"]:
                sc.fill = fill(FILL_HEX[a["colour"]])
            ws.cell(r, 16, a["progress"])
            for col in range(1, 17):
                ws.cell(r, col).border = BOX
                ws.cell(r, col).alignment = WRAP
            r += 1
    widths = [26, 42, 18, 4, 4, 6, 36, 4, 4, 6, 7, 48, 24, 12, 8, 40]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[ws.cell(5, i).column_letter].width = w
    ws.freeze_panes = "A6"

    mv = wb.create_sheet("Risk movement")
    mv.append(["Risk", "Residual score Q1 2025/26", "Residual score Q2 2025/26", "Movement"])
    for risk, q1, q2, m in [("SR1", 15, 15, "No change"), ("SR2", 10, 10, "No change"),
                            ("SR3", 16, 12, "Reduced"), ("SR4", 9, 9, "No change")]:
        mv.append([risk, q1, q2, m])
    for c in mv[1]:
        c.font = Font(bold=True)
    mv.column_dimensions["A"].width = 10
    for col in "BCD":
        mv.column_dimensions[col].width = 26
    wb.save(out(RBO_NAME))

    acts = []
    for risk in RBO_RISKS:
        for a in risk["actions"]:
            acts.append(exp_action(a, [risk["risk"]]))
    EXPECTED[RBO_NAME] = {
        "source": "Imitates the strategic risk register a large arts charity (Royal Ballet and Opera, formerly the "
                  "Royal Opera House) takes to its Audit and Risk Committee each quarter, laid out like the "
                  "Charity Commission CC26-style registers charities publish (e.g. Scouts trustee risk register "
                  "template https://www.scouts.org.uk/volunteers/running-things-locally/trustee-boards/risk-register/ ; "
                  "Mango risk register https://docest.com/doc/26124/how-to-use-this-register). Copied features: cover "
                  "sheet with scoring key and action-status colour key, two-row grouped header (Inherent / Residual / "
                  "Further actions), risk cells merged vertically over their 2-3 further-action rows, L x I scores "
                  "with coloured score cells, action status shown ONLY by fill colour with no text, a quarter and "
                  "TBC/Ongoing in the target column, a separate risk-movement sheet.",
        "reads": "A strategic risk register with four risks (SR1-SR4); each risk has its description, owner and "
                 "scores in merged cells and two or three further actions beside it (SR1.1 ... SR4.3), ten in all. "
                 "Each action's status is the colour of its Status cell, read against the key on the Cover sheet "
                 "(one cell is uncoloured = not started).",
        "outcome": "read",
        "accept_refusal": False,
        "title": RBO_TITLE,
        "actions": acts,
    }


# ---------------------------------------------------------------------------
# 2. Norfolk and Suffolk Constabularies - ICO penalty remediation tracker (xlsx,
#    theme rows and recommendation rows above actions, original/revised dates,
#    previous/current RAG letters)
# ---------------------------------------------------------------------------
NS_NAME = "zcz-norfolk-and-suffolk-constabularies-ico-monetary-penalty-remediation-tracker.xlsx"
NS_TITLE = "Norfolk and Suffolk Constabularies – ICO Monetary Penalty Notice: Remediation Tracker"
NS_THEMES = [
    ("A. Technical measures", [
        ("R1: Ensure that files released in response to FOI requests cannot contain hidden or cached personal data.", [
            dict(ref="1.1", action="Disable pivot-table caching in the crime statistics reporting template and rebuild all standard FOI templates.",
                 owner="Head of Business Intelligence", orig=D(2024, 11, 30), rev=None, prev="G", cur="B",
                 upd="Templates rebuilt and tested by ICT Security; change record CHG-4471.",
                 lead=["Head of Business Intelligence"], end="2024-11", status="blue"),
            dict(ref="1.2", action="Introduce an automated check that strips hidden sheets, objects and metadata from every spreadsheet before it is released.",
                 owner="Head of ICT Architecture", orig=D(2025, 3, 31), rev=D(2026, 1, 31), prev="A", cur="G",
                 upd="Tool procured; pilot running with the FOI team since October 2025.",
                 lead=["Head of ICT Architecture"], end="2026-01", status="green"),
            dict(ref="1.3", action="Release statistical FOI responses as values-only .csv or PDF files unless the requester asks for another format.",
                 owner="FOI Manager", orig=D(2024, 12, 31), rev=None, prev="B", cur="B",
                 upd="In place since December 2024; confirmed by internal audit sample.",
                 lead=["FOI Manager"], end="2024-12", status="blue"),
        ]),
        ("R2: Ensure that staff who compile and approve FOI responses understand the risk of hidden data and apply a consistent checking process.", [
            dict(ref="2.1", action="Revise the FOI disclosure procedure to require a second-person check of every file, using the hidden-data checklist.",
                 owner="FOI Manager / Data Protection Officer", orig=D(2025, 1, 31), rev=None, prev="G", cur="B",
                 upd="Procedure v4.0 issued 20/01/2025.",
                 lead=["FOI Manager", "Data Protection Officer"], end="2025-01", status="blue"),
            dict(ref="2.2", action="Deliver refreshed training on spreadsheet handling and redaction to all Information Compliance Unit staff, with completion tracked on NCALT.",
                 owner="Information Compliance Manager", orig=D(2025, 6, 30), rev=D(2025, 12, 31), prev="A", cur="A",
                 upd="82% complete; remaining staff booked on November sessions.",
                 lead=["Information Compliance Manager"], end="2025-12", status="amber"),
        ]),
    ]),
    ("B. Assurance and oversight", [
        ("R3: Ensure that chief officers receive regular assurance that personal data in disclosures is protected.", [
            dict(ref="3.1", action="Add a hidden-data compliance measure to the quarterly Information Management performance report to the Joint Information Management Board.",
                 owner="Joint Head of Information Management", orig="Q1 2025/26", rev=None, prev="G", cur="G",
                 upd="First report presented July 2025; measure is now a standing item.",
                 lead=["Joint Head of Information Management"], end="2025-06", end_text="Q1 2025/26", status="green"),
            dict(ref="3.2", action="Include an audit of FOI disclosure controls in the 2025/26 joint internal audit plan and report the outcome to the Joint Audit Committee.",
                 owner="Joint Chief Finance Officer", orig=D(2026, 3, 31), rev=None, prev="G", cur="G",
                 upd="Audit included in the plan; fieldwork scheduled for February 2026.",
                 lead=["Joint Chief Finance Officer"], end="2026-03", status="green"),
        ]),
    ]),
    ("C. People affected and lessons learned", [
        ("R4: Support the people whose data was disclosed and share the lessons with other forces.", [
            dict(ref="4.1", action="Complete contact with all 1,230 affected individuals and record the support offered in the incident log.",
                 owner="Assistant Chief Constable (Joint Justice Services)", orig=D(2023, 9, 30), rev=None, prev="B", cur="B",
                 upd="All contacts complete; closure report to Chief Officer Group.",
                 lead=["Assistant Chief Constable (Joint Justice Services)"], end="2023-09", status="blue"),
            dict(ref="4.2", action="Share the lessons learned with the NPCC information management portfolio and regional forces.",
                 owner="Data Protection Officer", orig=D(2025, 10, 31), rev=D(2026, 1, 31), prev="G", cur="A",
                 upd="Presentation offered to the NPCC portfolio; date awaited.",
                 lead=["Data Protection Officer"], end="2026-01", status="amber"),
        ]),
    ]),
]
RAG_LETTER_FILL = {"R": "red", "A": "amber", "G": "green", "B": "blue"}


def build_ns():
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = NS_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "FOI disclosures containing hidden crime data (incident reported August 2023)"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:H2")
    ws["A3"] = ("Owner: Joint Head of Information Management  |  Reported to: Joint Information Management Board "
                "and Joint Audit Committee  |  Updated: 03/11/2025")
    ws.merge_cells("A3:H3")
    headers = ["Ref", "Action", "Action owner", "Original due", "Revised due", "Previous RAG", "Current RAG",
               "Update / evidence"]
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(5, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("002060")
        cell.border = BOX
        cell.alignment = WRAP
    r = 6
    for theme, recs in NS_THEMES:
        ws.cell(r, 1, theme).font = Font(bold=True, color="FFFFFF")
        ws.cell(r, 1).fill = fill("404040")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for rec, actions in recs:
            c = ws.cell(r, 1, rec)
            c.font = Font(bold=True, italic=True)
            c.fill = fill("DDEBF7")
            c.alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.row_dimensions[r].height = 30
            r += 1
            for a in actions:
                vals = [a["ref"], a["action"], a["owner"], a["orig"], a["rev"], a["prev"], a["cur"], a["upd"]]
                for col, v in enumerate(vals, start=1):
                    cell = ws.cell(r, col, v)
                    cell.border = BOX
                    cell.alignment = WRAP
                    if isinstance(v, dt.date):
                        cell.number_format = "dd/mm/yyyy"
                for col, key in ((6, "prev"), (7, "cur")):
                    ws.cell(r, col).fill = fill(FILL_HEX[RAG_LETTER_FILL[a[key]]])
                    ws.cell(r, col).alignment = Alignment(horizontal="center", vertical="top")
                r += 1
    for col, w in zip("ABCDEFGH", [7, 60, 30, 13, 13, 10, 10, 46]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"

    k = wb.create_sheet("Key and notes")
    k["A1"] = "RAG key"
    k["A1"].font = Font(bold=True)
    for i, (letter, txt) in enumerate([("B", "Complete – evidence verified by Information Management"),
                                        ("G", "On track for the due date"),
                                        ("A", "At risk, or revised date agreed by the Board"),
                                        ("R", "Overdue / no agreed recovery date")], start=2):
        k.cell(i, 1, letter).fill = fill(FILL_HEX[RAG_LETTER_FILL[letter]])
        k.cell(i, 2, txt)
    k["A7"] = "Notes"
    k["A7"].font = Font(bold=True)
    k["A8"] = ("Original due dates are those given to the ICO in the forces' representations. Revised dates "
               "were approved by the Joint Information Management Board.")
    k["A9"] = "Completed actions stay on the tracker until the Joint Audit Committee has noted them."
    k.column_dimensions["A"].width = 10
    k.column_dimensions["B"].width = 70
    wb.save(out(NS_NAME))

    acts = []
    for theme, recs in NS_THEMES:
        for rec, actions in recs:
            for a in actions:
                acts.append(exp_action(a, [theme, rec]))
    EXPECTED[NS_NAME] = {
        "source": "Imitates the remediation tracker two collaborating police forces keep after ICO enforcement "
                  "(Norfolk and Suffolk Constabularies' FOI disclosures of hidden crime data, reported August 2023: "
                  "https://www.databreaches.net/uk-press-notice-regarding-data-breach-at-norfolk-and-suffolk-police/ ), "
                  "laid out like published ICO action plans such as Tower Hamlets' FOI practice recommendation "
                  "action plan (http://www.towerhamlets.gov.uk/lgnl/council_and_democracy/data_protection__freedom_of/"
                  "freedom_of_information_advic/Action-Plan-for-ICO-FOI-Practice-Recommendation.aspx) and Leeds' "
                  "ICO audit action plan update. Copied features: title block with owner/reporting line/updated "
                  "date, dark theme rows (A./B./C.) merged across, recommendation text rows merged above their "
                  "actions, original and revised due dates, previous and current RAG letters with fills, a key "
                  "and notes sheet.",
        "reads": "A tracker of nine remedial actions (1.1-4.2) under three themes, each theme holding one or two "
                 "ICO-derived recommendations (R1-R4) written on a row above their actions. Where a revised due "
                 "date is given it replaces the original, and the status is the Current RAG letter (B = complete).",
        "outcome": "read",
        "accept_refusal": False,
        "title": NS_TITLE,
        "actions": acts,
    }


# ---------------------------------------------------------------------------
# 3. Scottish Road Works Commissioner - internal audit tracker (xlsx) - REFUSE:
#    a revised target date typed as "Febuary 2026"
# ---------------------------------------------------------------------------
SRWC_NAME = "zcz-scottish-road-works-commissioner-internal-audit-recommendations-tracker-typo-month-refuse.xlsx"
SRWC_TITLE = "Office of the Scottish Road Works Commissioner – Internal Audit Recommendations Tracker"
SRWC_AUDITS = [
    ("Information Governance and Records Management 2024/25 – Limited assurance", [
        ("IG1", "The Office should complete and approve a records retention schedule covering paper and electronic records, including Scottish Road Works Register data.", "High",
         "Draft a retention schedule using the Scottish Government model and take it to the Senior Management Team for approval.",
         "Head of Corporate Services", D(2025, 3, 31), D(2025, 9, 30), "Complete", "Approved by SMT 16 September 2025."),
        ("IG2", "The Records Management Plan should be updated and submitted to the Keeper of the Records of Scotland under the Public Records (Scotland) Act 2011.", "High",
         "Update the Records Management Plan and submit it to National Records of Scotland for agreement.",
         "Head of Corporate Services", D(2025, 6, 30), D(2025, 12, 31), "In progress", "Draft plan with NRS assessment team for informal comment."),
        ("IG3", "Data protection training should be mandatory for all staff and completion should be monitored.", "Medium",
         "Add the Responsible for Information e-learning to induction and report completion rates to SMT each quarter.",
         "Business Manager", D(2025, 4, 30), None, "Complete", "100% completion reported to SMT in July 2025."),
    ]),
    ("Financial Controls 2024/25 – Reasonable assurance", [
        ("FC1", "Purchase card statements should be reviewed and approved by the cardholder's line manager within one month.", "Medium",
         "Introduce monthly line-manager sign-off of purchase card statements, with exceptions reported to the Accountable Officer.",
         "Finance Manager", D(2025, 5, 31), None, "Complete", "Sign-off in place from May 2025 statements."),
        ("FC2", "The scheme of delegation should be updated to reflect the current staffing structure.", "Medium",
         "Revise the scheme of delegation and present it to the Audit and Risk Committee for endorsement.",
         "Finance Manager", D(2025, 9, 30), "Febuary 2026", "In progress", "Revised draft awaiting Transport Scotland sponsor team comments."),
        ("FC3", "Journal entries above £5,000 should be authorised by a second officer before posting.", "Low",
         "Configure two-person authorisation for journals above £5,000 in the finance system.",
         "Finance Manager", D(2025, 12, 31), None, "In progress", "Change request raised with the shared service provider."),
    ]),
    ("Business Continuity 2023/24 – Reasonable assurance", [
        ("BC1", "The business continuity plan should be tested at least annually, including loss of the Scottish Road Works Register.", "Medium",
         "Run a desk-top test with the Register service provider and record the lessons learned.",
         "Head of Register Operations", D(2024, 12, 31), D(2025, 10, 31), "Overdue", "Test postponed twice because of the Register system upgrade."),
    ]),
]


def build_srwc():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Scottish Road Works Commissioner"
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Internal audit recommendations – follow-up report to the Audit and Risk Committee, 10 December 2025"
    sm["A4"] = "Audit"
    for c, h in enumerate(["Audit", "Recommendations", "Complete", "In progress", "Overdue"], start=1):
        sm.cell(4, c, h).font = Font(bold=True)
    r = 5
    tot = [0, 0, 0, 0]
    for audit, recs in SRWC_AUDITS:
        counts = [len(recs), sum(x[7] == "Complete" for x in recs), sum(x[7] == "In progress" for x in recs),
                  sum(x[7] == "Overdue" for x in recs)]
        sm.cell(r, 1, audit)
        for i, n in enumerate(counts):
            sm.cell(r, 2 + i, n)
            tot[i] += n
        r += 1
    sm.cell(r, 1, "Total").font = Font(bold=True)
    for i, n in enumerate(tot):
        sm.cell(r, 2 + i, n).font = Font(bold=True)
    sm.column_dimensions["A"].width = 70
    for col in "BCDE":
        sm.column_dimensions[col].width = 16

    ws = wb.create_sheet("Tracker")
    ws["A1"] = SRWC_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:I1")
    ws["A2"] = ("Internal audit service provided by the Scottish Government Internal Audit and Assurance "
                "Directorate. Priority: High / Medium / Low.")
    ws.merge_cells("A2:I2")
    headers = ["Rec", "Recommendation", "Priority", "Agreed management action", "Responsible officer",
               "Original target date", "Revised target date", "Status", "Update (November 2025)"]
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True)
        cell.fill = fill("BDD7EE")
        cell.border = BOX
        cell.alignment = WRAP
    r = 5
    typo_row = None
    status_fill = {"Complete": "blue", "In progress": "amber", "Overdue": "red"}
    for audit, recs in SRWC_AUDITS:
        ws.cell(r, 1, audit).font = Font(bold=True)
        ws.cell(r, 1).fill = fill("F2F2F2")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for rec in recs:
            for col, v in enumerate(rec, start=1):
                cell = ws.cell(r, col, v)
                cell.border = BOX
                cell.alignment = WRAP
                if isinstance(v, dt.date):
                    cell.number_format = "dd/mm/yyyy"
            ws.cell(r, 8).fill = fill(FILL_HEX[status_fill[rec[7]]])
            if rec[6] == "Febuary 2026":
                typo_row = r
            r += 1
    for col, w in zip("ABCDEFGHI", [6, 50, 9, 46, 24, 12, 12, 12, 40]):
        ws.column_dimensions[col].width = w
    wb.save(out(SRWC_NAME))

    EXPECTED[SRWC_NAME] = {
        "source": "Imitates the internal audit recommendations follow-up tracker a small Scottish public body "
                  "(the Office of the Scottish Road Works Commissioner, audited by Scott-Moncrieff / Scottish "
                  "Government internal audit: https://vdocuments.mx/scottish-road-works-commissioner-annual-report-"
                  "and-accounts-10-5-wider-scope.html ) reports to its Audit and Risk Committee, in the style of "
                  "council audit recommendation trackers (e.g. Reading BC https://democracy.reading.gov.uk/mgAi.aspx?ID=9589). "
                  "Copied features: summary sheet with counts per audit and a totals row, audit heading rows with "
                  "assurance level, recommendation and agreed management action side by side, priority, original "
                  "and revised target dates, status words with fill.",
        "reads": "Seven recommendations from three internal audits, each with an agreed action, officer, original "
                 "and revised target dates and status. Recommendation FC2's revised target date is typed "
                 "'Febuary 2026' - a mistyped month in the date the action is due, so a careful reader stops and "
                 "asks what was meant before reading the tracker.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": SRWC_TITLE,
    }


# ---------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcode):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcode)
    tcPr.append(shd)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)
    s.top_margin = s.bottom_margin = Cm(1.8)


def set_cell(cell, text, bold=False, size=9, white=False):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)
    if white:
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


def header_row(table, headers, hexcode="1F3864"):
    for i, h in enumerate(headers):
        c = table.rows[0].cells[i]
        set_cell(c, h, bold=True, white=True)
        shade(c, hexcode)


def widths(table, cms):
    for row in table.rows:
        for i, w in enumerate(cms):
            row.cells[i].width = Cm(w)


# ---------------------------------------------------------------------------
# 4. Amnesty International UK Section Charitable Trust - Charity Commission
#    action plan (docx: document control table, one table per area)
# ---------------------------------------------------------------------------
AI_NAME = "zcz-amnesty-international-uk-charitable-trust-charity-commission-regulatory-action-plan.docx"
AI_TITLE = "Charity Commission regulatory compliance case: action plan"
AI_AREAS = [
    ("Area 1: Grants to the UK Section",
     "The Commission found that grant agreements did not set out which UK Section activities were charitable, "
     "and that the trustees did not receive enough information to confirm that grant funds were used only for "
     "charitable purposes.", [
         dict(ref="1.1", action="Replace the framework grant agreement with the UK Section with an agreement that lists the charitable activities funded and the reporting required.",
              owner="Director of Finance and Resources", deadline="30 September 2025", stat="Complete",
              prog="New agreement signed 18 September 2025 and a copy sent to the Commission.",
              lead=["Director of Finance and Resources"], end="2025-09", status="blue"),
         dict(ref="1.2", action="Introduce six-monthly restricted fund reports from the UK Section, reconciled to its management accounts, for review by the Finance and Audit Committee.",
              owner="Director of Finance and Resources; Chair of the Finance and Audit Committee", deadline="31 January 2026", stat="Green",
              prog="Reporting template agreed; the first report covers April to September 2025.",
              lead=["Director of Finance and Resources", "Chair of the Finance and Audit Committee"], end="2026-01", status="green"),
         dict(ref="1.3", action="Commission an independent review of a sample of grant-funded activities for 2024/25.",
              owner="Head of Internal Audit", deadline="March 2026", stat="Amber",
              prog="Scope agreed; appointment of the reviewer delayed by procurement.",
              lead=["Head of Internal Audit"], end="2026-03", status="amber"),
     ]),
    ("Area 2: Managing conflicts of interest",
     "The Commission found that conflicts of interest of individuals serving on both boards were not always "
     "declared and recorded when the trustees decided grants to the UK Section.", [
         dict(ref="2.1", action="Adopt a revised conflicts of interest policy covering dual-board members, with a standing declaration at the start of every meeting.",
              owner="Company Secretary", deadline="31 July 2025", stat="Complete",
              prog="Policy adopted by the Board on 22 July 2025.",
              lead=["Company Secretary"], end="2025-07", status="blue"),
         dict(ref="2.2", action="Ensure that grant decisions involving the UK Section are taken only by trustees who do not sit on the UK Section board, and are minuted accordingly.",
              owner="Chair of Trustees", deadline="Ongoing – reviewed annually", stat="Green",
              prog="Applied at the September and November 2025 Board meetings.",
              lead=["Chair of Trustees"], end=None, end_text="Ongoing – reviewed annually", status="green"),
         dict(ref="2.3", action="Update the register of interests and publish it with the Trustees’ Annual Report.",
              owner="Company Secretary", deadline="31 December 2025", stat="Green", prog="",
              lead=["Company Secretary"], end="2025-12", status="green"),
     ]),
    ("Area 3: Campaigning and political activity",
     "The Commission found that the trustees could not show how they had satisfied themselves that Charitable "
     "Trust funds did not support activity outside charity law, as described in its guidance CC9.", [
         dict(ref="3.1", action="Map every campaign funded by the Charitable Trust against CC9 and record the trustees’ decision for each.",
              owner="Director of Campaigns / Head of Legal", deadline="End of January 2026", stat="Amber",
              prog="Mapping complete for 2025 campaigns; 2026 campaign plan awaited.",
              lead=["Director of Campaigns", "Head of Legal"], end="2026-01", status="amber"),
         dict(ref="3.2", action="Provide CC9 and charity law training for all trustees and senior staff.",
              owner="Head of Governance", deadline="28 February 2026", stat="Not started",
              prog="Provider to be appointed after the budget is set.",
              lead=["Head of Governance"], end="2026-02", status="unrated"),
     ]),
    ("Area 4: Reporting to the Commission",
     "The Commission asked to be kept informed of progress and for the 2023/24 accounts to be corrected.", [
         dict(ref="4.1", action="Correct the related-party disclosure of grants to the UK Section in the 2023/24 annual return and refile the accounts if the auditor advises.",
              owner="Director of Finance and Resources", deadline="31 August 2025", stat="Complete",
              prog="Annual return amended 11 August 2025; auditor confirmed refiling not required.",
              lead=["Director of Finance and Resources"], end="2025-08", status="blue"),
         dict(ref="4.2", action="Send the Commission a six-monthly progress report on this action plan, approved by the Board.",
              owner="Company Secretary", deadline="Six-monthly", stat="Green",
              prog="First report sent 7 November 2025.",
              lead=["Company Secretary"], end=None, end_text="Six-monthly", status="green"),
     ]),
]


def build_ai():
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph("Amnesty International UK Section Charitable Trust", style="Title")
    doc.add_heading(AI_TITLE, level=1)
    doc.add_paragraph("Registered charity in England and Wales (1051681) and in Scotland")

    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Document owner", "Company Secretary"),
                                ("Approved by", "Board of Trustees, 24 June 2025"),
                                ("This version", "v1.3 – progress update for the Commission, 6 November 2025"),
                                ("Next update", "May 2026")]):
        set_cell(t.rows[i].cells[0], k, bold=True)
        shade(t.rows[i].cells[0], "D9D9D9")
        set_cell(t.rows[i].cells[1], v)
    widths(t, [5, 12])

    doc.add_heading("Background", level=2)
    doc.add_paragraph(
        "In March 2025 the Charity Commission concluded a regulatory compliance case about the Charitable Trust’s "
        "oversight of its grants to Amnesty International UK Section, a non-charitable company. The Commission gave "
        "the trustees regulatory advice and guidance under section 15(2) of the Charities Act 2011 and asked them to "
        "agree and deliver the actions below. Progress is reported to the Commission every six months.")
    doc.add_paragraph(
        "Status key: Complete – action delivered and evidence sent to the Commission; Green – on track; "
        "Amber – at risk of missing the deadline; Red – deadline missed; Not started.")

    for heading, finding, actions in AI_AREAS:
        doc.add_heading(heading, level=2)
        doc.add_paragraph(finding)
        tbl = doc.add_table(rows=1 + len(actions), cols=6)
        tbl.style = "Table Grid"
        header_row(tbl, ["Ref", "Action", "Lead", "Deadline", "Status", "Progress"], "4B0082")
        for i, a in enumerate(actions, start=1):
            cells = tbl.rows[i].cells
            for j, v in enumerate([a["ref"], a["action"], a["owner"], a["deadline"], a["stat"], a["prog"]]):
                set_cell(cells[j], v)
        widths(tbl, [1.2, 8.5, 4.5, 3.2, 2.0, 6.5])
        doc.add_paragraph("")

    doc.add_paragraph("Signed on behalf of the trustees: Chair of Trustees          Date: 6 November 2025")
    doc.save(out(AI_NAME))

    acts = []
    for heading, finding, actions in AI_AREAS:
        for a in actions:
            acts.append(exp_action(a, [heading]))
    EXPECTED[AI_NAME] = {
        "source": "Imitates the action plan a charity agrees with the Charity Commission at the end of a regulatory "
                  "compliance case (the Commission 'may agree an action plan for a charity and follow it up': "
                  "https://gov.uk/government/publications/how-we-ensure-charities-meet-their-legal-requirements/where-we-take-enforcement-action ), "
                  "for Amnesty International UK's two-entity structure (charitable trust funding a non-charitable "
                  "company: https://www.amnesty.org.uk/amnesty-international-uk-two-organisations-working-defend-human-rights ). "
                  "Copied features: title and charity-number lines, a document-control table, background and a "
                  "status key in prose, one Heading-2 area per regulatory concern with a short narrative "
                  "paragraph and its own six-column table, words and a period ('Ongoing – reviewed annually', "
                  "'Six-monthly', 'End of January 2026') in the deadline column, a sign-off line.",
        "reads": "A Word action plan with four areas (Area 1-4), each a heading, a sentence on what the Commission "
                 "found, and a table of two or three numbered actions (1.1-4.2, ten in all) with lead, deadline, "
                 "status word and progress. The document-control table is not part of the plan.",
        "outcome": "read",
        "accept_refusal": False,
        "title": AI_TITLE,
        "actions": acts,
    }


# ---------------------------------------------------------------------------
# 5. Calne Town Council - council and committee action log (docx: one table
#    per meeting, status word in a shaded cell, RAG key table)
# ---------------------------------------------------------------------------
CTC_NAME = "zcz-calne-town-council-council-and-committee-action-log-2025-26.docx"
CTC_TITLE = "Action Log – Council and Committees 2025/26"
CTC_STATUS_FILL = {"Complete": "0070C0", "On track": "00B050", "Delayed": "FFC000", "Overdue": "FF0000",
                   "Not started": None}
CTC_MEETINGS = [
    ("Full Council – 8 September 2025", [
        dict(ref="FC 25/071", action="Write to Wiltshire Council Highways asking for the Silver Street / Curzon Street crossing to be added to the LHFIG priority list.",
             owner="Town Clerk", target="Oct-25", stat="Complete",
             upd="Letter sent 12/09/25; item accepted onto the LHFIG list.",
             lead=["Town Clerk"], end="2025-10", status="blue"),
        dict(ref="FC 25/074", action="Obtain three quotes for replacement Christmas lights on The Strand and report them to the Amenities and Facilities Committee.",
             owner="Amenities Manager", target="06/10/2025", stat="Complete",
             upd="Quotes reported on 6 October; order placed.",
             lead=["Amenities Manager"], end="2025-10", status="blue"),
        dict(ref="FC 25/078", action="Prepare the draft 2026/27 budget and precept options for the Governance, Policy and Resources Committee.",
             owner="Town Clerk / RFO", target="January 2026", stat="On track",
             upd="Service budgets returned; first draft to GP&R on 8 December.",
             lead=["Town Clerk", "RFO"], end="2026-01", status="green"),
    ]),
    ("Governance, Policy and Resources Committee – 22 September 2025", [
        dict(ref="GPR 25/044", action="Act on the internal auditor’s 2024/25 recommendation that a councillor signs every bank reconciliation each quarter.",
             owner="RFO", target="Q3 2025/26", stat="On track",
             upd="Q2 reconciliation signed by the Chair of GP&R on 3 November.",
             lead=["RFO"], end="2025-12", end_text="Q3 2025/26", status="green"),
        dict(ref="GPR 25/047", action="Review the Sickness Absence Policy against the ACAS guidance and bring a revised draft back to the committee.",
             owner="Deputy Town Clerk", target="Next meeting", stat="Delayed",
             upd="Awaiting comments from the HR adviser.",
             lead=["Deputy Town Clerk"], end=None, end_text="Next meeting", status="amber"),
        dict(ref="GPR 25/049", action="Tender the HR and Health & Safety support contract, keeping the Employee Assistance Programme for staff.",
             owner="Town Clerk", target="31/03/2026", stat="Not started",
             upd="Specification to be drafted in January.",
             lead=["Town Clerk"], end="2026-03", status="unrated"),
    ]),
    ("Amenities and Facilities Committee – 6 October 2025", [
        dict(ref="AF 25/031", action="Replace the flood-damaged trampoline at the Beversbrook play area.",
             owner="Amenities Manager", target="Nov 2025", stat="Delayed",
             upd="Supplier lead time is 10 weeks; installation now expected in January.",
             lead=["Amenities Manager"], end="2025-11", status="amber"),
        dict(ref="AF 25/033", action="Arrange a pest control survey at Beversbrook allotments and report the costs to the committee.",
             owner="Amenities Manager", target="Oct-25", stat="Overdue",
             upd="Contractor visit rebooked twice.",
             lead=["Amenities Manager"], end="2025-10", status="red"),
    ]),
    ("Town Development and Planning Committee – 15 October 2025", [
        dict(ref="TDP 25/058", action="Submit the Town Council’s response to Wiltshire Council’s Local Plan consultation using the comments agreed by the committee.",
             owner="Deputy Town Clerk", target="28/11/2025", stat="On track",
             upd="Draft response circulated to members on 30 October.",
             lead=["Deputy Town Clerk"], end="2025-11", status="green"),
        dict(ref="TDP 25/060", action="Ask the Neighbourhood Plan Steering Group to report on the timetable for reviewing the Calne Community Neighbourhood Plan.",
             owner="Town Clerk", target="Dec-25", stat="On track",
             upd="Steering group meets 25 November.",
             lead=["Town Clerk"], end="2025-12", status="green"),
    ]),
]


def build_ctc():
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Calne Town Council")
    r.bold = True
    r.font.size = Pt(16)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    h = doc.add_heading(CTC_TITLE, level=1)
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("Updated by the Town Clerk following Full Council on 3 November 2025. Completed actions are "
                      "reported to one meeting and then removed from the log.")
    key = doc.add_table(rows=1, cols=5)
    key.style = "Table Grid"
    for i, (txt, col) in enumerate([("Status key:", None), ("Complete", "0070C0"), ("On track", "00B050"),
                                    ("Delayed / awaiting third party", "FFC000"), ("Overdue", "FF0000")]):
        set_cell(key.rows[0].cells[i], txt, bold=(i == 0))
        if col:
            shade(key.rows[0].cells[i], col)
    doc.add_paragraph("")
    for meeting, actions in CTC_MEETINGS:
        doc.add_heading(meeting, level=2)
        tbl = doc.add_table(rows=1 + len(actions), cols=6)
        tbl.style = "Table Grid"
        header_row(tbl, ["Min. ref", "Resolution / action", "Officer", "Target", "Status", "Update"], "385623")
        for i, a in enumerate(actions, start=1):
            cells = tbl.rows[i].cells
            for j, v in enumerate([a["ref"], a["action"], a["owner"], a["target"], a["stat"], a["upd"]]):
                set_cell(cells[j], v)
            col = CTC_STATUS_FILL[a["stat"]]
            if col:
                shade(cells[4], col)
        widths(tbl, [2.2, 9.0, 3.2, 2.4, 2.2, 7.0])
    doc.add_paragraph("")
    doc.add_paragraph("LHFIG – Local Highway and Footway Improvement Group. RFO – Responsible Financial Officer.")
    doc.save(out(CTC_NAME))

    acts = []
    for meeting, actions in CTC_MEETINGS:
        for a in actions:
            acts.append(exp_action(a, [meeting]))
    EXPECTED[CTC_NAME] = {
        "source": "Imitates a town council's rolling action log kept by the clerk across Full Council and its "
                  "committees (Calne Town Council's committees: https://www.calne.gov.uk/Full-Council-and-Committee-Meetings.aspx ; "
                  "action-log practice with open / in progress / closed items as at https://www.aldworth-pc.gov.uk/action-log ). "
                  "Copied features: centred council name and title, an 'updated by' note, a one-row shaded status "
                  "key table, a Heading-2 per meeting with its own table, minute references as the action refs, "
                  "officer posts and a 'Town Clerk / RFO' pair, mixed target styles (Oct-25, 06/10/2025, "
                  "January 2026, Q3 2025/26, Next meeting), status words in shaded cells, an abbreviations line.",
        "reads": "An action log of ten actions from four meetings, each meeting a heading with a table of minute "
                 "reference, action, officer, target, status and update. The status word and its shading give "
                 "the RAG as the key says (Delayed = amber, Overdue = red, Complete = blue).",
        "outcome": "read",
        "accept_refusal": False,
        "title": CTC_TITLE,
        "actions": acts,
    }


# ---------------------------------------------------------------------------
# 6. Peterhead Port Authority - PMSC Designated Person audit actions,
#    SharePoint list export (csv)
# ---------------------------------------------------------------------------
PPA_NAME = "zcz-peterhead-port-authority-pmsc-designated-person-audit-actions-sharepoint-export.csv"
PPA_ROWS = [
    dict(ref="PMSC-01", element="2. Accountability of the Duty Holder",
         finding="The Board has not received formal PMSC training since 2021 and two new members have joined.",
         action="Arrange a PMSC duty holder training session for all Board members.",
         owner="Alan Strachan", due="31/01/2026", rag="Green",
         notes="Trainer booked for the January Board strategy day.", mod="03/11/2025 09:14",
         lead=["Alan Strachan"], end="2026-01", status="green"),
    dict(ref="PMSC-02", element="2. Accountability of the Duty Holder",
         finding="The annual PMSC compliance statement was not minuted by the Board in 2024.",
         action="Add the PMSC compliance statement to the Board's annual cycle of business and minute its approval.",
         owner="Fiona Cowie", due="31/12/2025", rag="Complete",
         notes="Added to the December Board agenda; cycle of business updated.", mod="28/10/2025 16:02",
         lead=["Fiona Cowie"], end="2025-12", status="blue"),
    dict(ref="PMSC-03", element="4. Risk Assessment",
         finding="The navigational risk assessment has not been reviewed since the South Harbour berth extension came into use.",
         action="Review the navigational risk assessment, including the South Harbour berth, with pilots and harbour users.\nRecord the revised hazard scores in the MSMS hazard log.",
         owner="Stuart Buchan; Karen Reid", due="31/03/2026", rag="Amber",
         notes="Hazard workshop held 21/10/2025.\nPilots' comments still outstanding.", mod="31/10/2025 11:47",
         lead=["Stuart Buchan", "Karen Reid"], end="2026-03", status="amber"),
    dict(ref="PMSC-04", element="5. Marine Safety Management System",
         finding="The MSMS manual still refers to superseded procedures and has no document control page.",
         action="Reissue the MSMS manual with a document control page and remove superseded procedures.",
         owner="Karen Reid", due="28/02/2026", rag="Green",
         notes="Procedure review 70% complete.", mod="30/10/2025 14:20",
         lead=["Karen Reid"], end="2026-02", status="green"),
    dict(ref="PMSC-05", element="6. Emergency Preparedness and Response",
         finding="The oil spill contingency plan exercise was not held in 2025.",
         action="Hold the overdue oil spill exercise with the MCA and record the lessons in the MSMS.",
         owner="Stuart Buchan", due="TBC", rag="Red",
         notes="Exercise date awaited from the MCA Counter Pollution and Salvage team.", mod="03/11/2025 09:20",
         lead=["Stuart Buchan"], end=None, end_text="TBC", status="red"),
    dict(ref="PMSC-06", element="8. Management of Navigation",
         finding="Inspection records for local aids to navigation in the Bay were incomplete.",
         action="Introduce a monthly aids to navigation inspection record and report availability to the Northern Lighthouse Board.",
         owner="Derek Milne", due="30/11/2025", rag="Complete",
         notes="Monthly record in use from September 2025.", mod="14/10/2025 10:05",
         lead=["Derek Milne"], end="2025-11", status="blue"),
    dict(ref="PMSC-07", element="9. Pilotage",
         finding="Check trips for Pilotage Exemption Certificate holders are not recorded consistently.",
         action="Set up a PEC register recording check trips and renewal dates for every certificate holder.",
         owner="Stuart Buchan", due="31/12/2025", rag="Green",
         notes="Register built; data for 2024 being back-filled.", mod="31/10/2025 11:52",
         lead=["Stuart Buchan"], end="2025-12", status="green"),
    dict(ref="PMSC-08", element="12. Professional Qualifications and Competencies",
         finding="Training and certificate records for marine staff are held in several places.",
         action="Move marine staff training records into the HR system and set renewal alerts.",
         owner="Lorna Gray", due="Q4 2025/26", rag="Green",
         notes="", mod="22/10/2025 15:31",
         lead=["Lorna Gray"], end="2026-03", end_text="Q4 2025/26", status="green"),
    dict(ref="PMSC-09", element="13. Accident Reporting and Investigation",
         finding="Near-miss reports from harbour users are not fed back to the users concerned.",
         action="Publish a quarterly marine safety bulletin summarising incidents and near misses for harbour users.",
         owner="Derek Milne", due="Quarterly", rag="",
         notes="First bulletin planned for January 2026.", mod="22/10/2025 15:40",
         lead=["Derek Milne"], end=None, end_text="Quarterly", status="unrated"),
]


def build_ppa():
    headers = ["Ref", "PMSC element", "Designated Person finding", "Action", "Assigned To", "Due Date",
               "RAG Status", "Progress notes", "Modified", "Item Type", "Path"]
    with open(out(PPA_NAME), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(headers)
        for a in PPA_ROWS:
            w.writerow([a["ref"], a["element"], a["finding"], a["action"], a["owner"], a["due"], a["rag"],
                        a["notes"], a["mod"], "Item", "sites/MarineOperations/Lists/PMSC Audit Actions"])
    acts = [exp_action(a, [a["element"], a["finding"]]) for a in PPA_ROWS]
    EXPECTED[PPA_NAME] = {
        "source": "Imitates a trust port's tracker of the Designated Person's Port Marine Safety Code audit "
                  "findings, kept as a SharePoint list and exported with 'Export to CSV' (Peterhead Port "
                  "Authority, a Scottish trust port). PMSC element headings follow the Guide to Good Practice on "
                  "Port Marine Operations sections (https://pdfslide.us/documents/a-guide-to-good-practice-on-port-marine-operations-2019-12-20-1-a-guide-to-good.html ) "
                  "and DP audit reports such as Orkney Islands Council's Marico audit "
                  "(https://vdocuments.site/orkney-islands-council-marine-services-port-marine-safety-.html ) and "
                  "the MCA health-check findings (https://www.gov.uk/government/publications/port-marine-safety-code-health-check-findings-2021-2023 ). "
                  "Copied features: UTF-8 BOM and CRLF, SharePoint's trailing 'Item Type' and 'Path' columns, "
                  "person names in 'Assigned To' with two people joined by ';', DP finding repeated on each of "
                  "its rows, a quoted multi-line action and progress note, TBC / quarter / Quarterly in Due Date, "
                  "one blank RAG.",
        "reads": "A flat list of nine PMSC audit actions (PMSC-01 to PMSC-09), one per line, each under its PMSC "
                 "element and the Designated Person's finding, with the person assigned, due date and RAG word "
                 "(Complete = blue; blank = not rated). The export has no title line.",
        "outcome": "read",
        "accept_refusal": False,
        "actions": acts,
    }


# ---------------------------------------------------------------------------
# 7. Manchester Airport - HSE improvement notices action tracker (tab-separated
#    text with notice heading lines, revised dates, RAG letters, key and notes)
# ---------------------------------------------------------------------------
MAN_NAME = "zcz-manchester-airport-hse-improvement-notices-action-tracker.txt"
MAN_TITLE = "Manchester Airport plc – HSE Improvement Notices: Action Tracker"
MAN_NOTICES = [
    ("IN/1 – Baggage reclaim carousels, Terminal 2: PUWER 1998 reg. 11 (dangerous parts of machinery) – served 02/09/2025", [
        dict(ref="1.1", action="Fit interlocked guards to the nip points at the return ends of reclaim belts 1–6.",
             owner="Head of Baggage Systems", due="31/10/2025", rev="", rag="B",
             prog="Guards fitted 24/10/2025; checked by the HSE inspector on 06/11/2025.",
             lead=["Head of Baggage Systems"], end="2025-10", status="blue"),
        dict(ref="1.2", action="Revise the safe system of work for clearing bag jams so that belts are isolated and locked off before anyone reaches in.",
             owner="Head of Baggage Systems", due="31/10/2025", rev="", rag="B",
             prog="SSoW BHS-017 reissued; toolbox talks held on all shifts.",
             lead=["Head of Baggage Systems"], end="2025-10", status="blue"),
        dict(ref="1.3", action="Train and assess all baggage systems technicians and ground handling supervisors in the revised isolation procedure.",
             owner="Baggage Systems Engineering Manager / Ground Handling Compliance Lead", due="31/10/2025", rev="12/12/2025", rag="A",
             prog="78% assessed; staff of two third-party handlers outstanding.",
             lead=["Baggage Systems Engineering Manager", "Ground Handling Compliance Lead"], end="2025-12", status="amber"),
    ]),
    ("IN/2 – Vehicle and pedestrian segregation, Terminal 1 baggage hall: HSWA 1974 s.2(2)(a) – served 16/09/2025", [
        dict(ref="2.1", action="Install physical barriers and marked walkways separating tug and dolly routes from pedestrian routes in the T1 baggage hall.",
             owner="Airfield Operations Manager", due="28/11/2025", rev="30/01/2026", rag="A",
             prog="Barrier design agreed; installation phased around the winter schedule. Extension agreed with the HSE inspector on 21/10/2025.",
             lead=["Airfield Operations Manager"], end="2026-01", status="amber"),
        dict(ref="2.2", action="Introduce a 5 mph limit and speed monitoring for airside vehicles in the baggage hall and on the service road.",
             owner="Airside Safety Manager", due="28/11/2025", rev="", rag="G",
             prog="Signs ordered; speed camera installed on North Road.",
             lead=["Airside Safety Manager"], end="2025-11", status="green"),
        dict(ref="2.3", action="Add the baggage hall traffic rules to the airside driving permit refresher assessment.",
             owner="Airside Safety Manager", due="28/11/2025", rev="", rag="G",
             prog="Draft refresher module with Learning and Development.",
             lead=["Airside Safety Manager"], end="2025-11", status="green"),
    ]),
    ("IN/3 – Legionella control, Terminal 3 hot and cold water systems: COSHH 2002 reg. 7 – served 07/10/2025", [
        dict(ref="3.1", action="Appoint a competent Responsible Person for water hygiene and record the appointment in writing.",
             owner="Head of Facilities Management", due="07/11/2025", rev="", rag="B",
             prog="Appointment letter issued 20/10/2025.",
             lead=["Head of Facilities Management"], end="2025-11", status="blue"),
        dict(ref="3.2", action="Commission a new legionella risk assessment for Terminal 3 and complete its high-priority remedial works.",
             owner="Head of Facilities Management", due="09/01/2026", rev="", rag="G",
             prog="Assessment complete; removal of dead legs programmed for December.",
             lead=["Head of Facilities Management"], end="2026-01", status="green"),
        dict(ref="3.3", action="Bring outlet temperature monitoring up to date and record the readings on the CAFM system.",
             owner="Facilities Compliance Manager", due="Monthly", rev="", rag="R",
             prog="October readings missed at 14 outlets; contractor performance meeting held 04/11/2025.",
             lead=["Facilities Compliance Manager"], end=None, end_text="Monthly", status="red"),
    ]),
]


def build_man():
    lines = [
        MAN_TITLE,
        "Owner: Head of Health, Safety and Wellbeing (MAN)\tReported to: MAN Safety Review Board\tUpdated: 14/11/2025",
        "",
        "\t".join(["Ref", "Action", "Owner", "Compliance date", "Revised date", "RAG", "Progress"]),
    ]
    for notice, actions in MAN_NOTICES:
        lines.append(notice)
        for a in actions:
            lines.append("\t".join([a["ref"], a["action"], a["owner"], a["due"], a["rev"], a["rag"], a["prog"]]))
    lines += [
        "",
        "RAG key: B = complete and verified; G = on track for the compliance date; A = extension agreed or at risk; "
        "R = compliance date missed or will be missed",
        "Note: revised dates are those agreed in writing with the HSE inspector. Copies of notices IN/1 to IN/3 are "
        "held by the Head of Health, Safety and Wellbeing.",
    ]
    with open(out(MAN_NAME), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    acts = []
    for notice, actions in MAN_NOTICES:
        for a in actions:
            acts.append(exp_action(a, [notice]))
    EXPECTED[MAN_NAME] = {
        "source": "Imitates an airport operator's tracker of HSE improvement notices, exported from a spreadsheet "
                  "as tab-separated text (HSE has served improvement notices at Manchester Airport before: "
                  "http://www.hse.gov.uk/press/2006/e06013.htm ; MAN's airside safety bulletins: "
                  "https://dokumen.tips/documents/airport-safety-focus-safety-and-security-compliance-the-event-sent-a-strong.html ). "
                  "Copied features: title line and an owner/reporting/updated line, a header row, one heading "
                  "line per notice (notice number, subject, legal provision, date served) above its actions, "
                  "compliance date and HSE-agreed revised date, RAG letters, a 'Monthly' cell, a RAG key line "
                  "and a notes line at the foot.",
        "reads": "Nine actions (1.1-3.3) answering three improvement notices, each notice a heading line above its "
                 "actions. Where a revised date is given it replaces the compliance date; status is the RAG letter "
                 "read with the key at the foot (B = complete).",
        "outcome": "read",
        "accept_refusal": False,
        "title": MAN_TITLE,
        "actions": acts,
    }


def write_expected():
    for name, data in EXPECTED.items():
        path = out(name + ".expected.yaml")
        with open(path, "w", encoding="utf-8") as f:
            yaml.safe_dump(data, f, sort_keys=False, allow_unicode=True, width=100000)


if __name__ == "__main__":
    build_rbo()
    build_ns()
    build_srwc()
    build_ai()
    build_ctc()
    build_ppa()
    build_man()
    if "--expected" in sys.argv:
        write_expected()
    print("built:", ", ".join(sorted(EXPECTED)))
