"""Build the seven hv2- blind test files of set heldout264.

Run:  python hv2_make.py            -> writes the seven data files
      python hv2_make.py --expected -> also (re)writes the NAME.expected.yaml readings

Each action record below carries both what is written into the file and the reading a person
makes of it (lead list, end month, end_text, status), so the two cannot drift apart.
"""
import csv
import datetime as dt
import os
import re
import sys

import yaml
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Border, Side

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

FILL = {
    "red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "0070C0",
    "hdr": "1F3864", "grey": "D9D9D9", "lightblue": "DDEBF7", "pale": "F2F2F2",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


EXPECTED = {}


# ---------------------------------------------------------------------------------------------
# 1. NHS Hertfordshire and West Essex ICB - Board meeting in public action log (xlsx)
# ---------------------------------------------------------------------------------------------
def icb_action_log():
    name = "hv2-nhs-hertfordshire-west-essex-icb-board-action-log.xlsx"
    title = "NHS Hertfordshire and West Essex ICB – Board Meeting in Public Action Log"
    OPEN = "OPEN ACTIONS"
    CLOSED = "CLOSED ACTIONS – PROPOSED FOR CLOSURE AT THIS MEETING"
    # (no, meeting, minute, action, owner cell, original due, revised due, update, fill colour, reading)
    rows = [
        (OPEN, None),
        ("BD25/041", D(2025, 7, 25), "ICB/25/071",
         "Provide the Board with a breakdown of the 2025/26 elective recovery trajectory by provider, "
         "showing the position against the 65-week and 52-week wait targets.",
         "Chief Operating Officer", D(2025, 9, 26), D(2026, 1, 30),
         "Provider-level trajectories received from PAH, ENHT and WHTH. Breakdown will be presented "
         "with the Q3 performance report; revised date agreed by the Chair.", "red",
         (["Chief Operating Officer"], "2026-01", None, "red")),
        ("BD25/046", D(2025, 7, 25), "ICB/25/074",
         "Circulate the refreshed Joint Forward Plan engagement timetable to Board members, including "
         "the dates of the place-based partnership workshops.",
         "Director of Strategy / Head of Communications and Engagement", D(2025, 10, 31), D(2025, 12, 12),
         "Workshop dates confirmed for Hertfordshire and West Essex places; timetable with the Chair "
         "for comment.", "red",
         (["Director of Strategy", "Head of Communications and Engagement"], "2025-12", None, "red")),
        ("BD25/058", D(2025, 9, 26), "ICB/25/098",
         "Bring a report to the Board on the impact of the 2025/26 running cost reductions on ICB "
         "statutory functions, including safeguarding and continuing healthcare.",
         "Chief People Officer; Chief Finance Officer", D(2026, 1, 30), None,
         "Impact assessment under way; equality impact assessment to be appended.", "amber",
         (["Chief People Officer", "Chief Finance Officer"], "2026-01", None, "amber")),
        ("BD25/060", D(2025, 9, 26), "ICB/25/101",
         "Confirm the timetable for the transfer of specialised commissioning responsibilities from "
         "NHS England East of England and report any delegation risks to the Audit and Risk Committee.",
         "Ruth Aldridge and Michael Osei", D(2026, 3, 27), None,
         "Draft delegation agreement received 14 November 2025; risks being logged on the BAF.", "amber",
         (["Ruth Aldridge", "Michael Osei"], "2026-03", None, "amber")),
        ("BD25/067", D(2025, 11, 28), "ICB/25/122",
         "Add winter resilience (urgent and emergency care) as a standing item on the Board agenda "
         "until the end of March 2026.",
         "Board Secretary", "Ongoing", None,
         "Added to the January and March 2026 forward plan.", "amber",
         (["Board Secretary"], None, "Ongoing", "amber")),
        ("BD25/068", D(2025, 11, 28), "ICB/25/125",
         "Share the LMNS quarterly maternity and neonatal assurance report with Board members ahead of "
         "the January 2026 development session.",
         "Chief Nursing Officer", D(2026, 1, 16), None,
         "New action.", "amber",
         (["Chief Nursing Officer"], "2026-01", None, "amber")),
        (CLOSED, None),
        ("BD25/039", D(2025, 7, 25), "ICB/25/069",
         "Publish the ICB's response to the Healthwatch Essex report on access to GP appointments on "
         "the ICB website.",
         "Director of Primary Care", D(2025, 9, 30), None,
         "Response published 22 September 2025. Propose closure.", "green",
         (["Director of Primary Care"], "2025-09", None, "blue")),
        ("BD25/052", D(2025, 9, 26), "ICB/25/093",
         "Amend the Board Assurance Framework to show the revised target risk score for BAF risk 4 "
         "(financial sustainability) and the date it is expected to be reached.",
         "LF/DM", D(2025, 10, 31), None,
         "BAF updated and reviewed by the Audit and Risk Committee on 6 November 2025. Propose closure.",
         "green",
         (["LF", "DM"], "2025-10", None, "blue")),
        ("BD25/055", D(2025, 9, 26), "ICB/25/096",
         "Arrange a Board seminar on population health management and the health inequalities "
         "dashboard.",
         "Director of Population Health and Prevention", D(2025, 11, 28), None,
         "Seminar held 7 November 2025. Propose closure.", "green",
         (["Director of Population Health and Prevention"], "2025-11", None, "blue")),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "Action Log"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14, color=FILL["hdr"])
    ws.merge_cells("A1:I1")
    ws["A2"] = ("Updated following the Board meeting held on 28 November 2025. Actions proposed for "
                "closure will be removed from the log once closure has been agreed by the Board.")
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:I2")
    ws["A3"] = "RAG key:"
    ws["A3"].font = Font(bold=True)
    for col, (txt, c) in zip("BCD", [("Overdue / timescale missed", "red"),
                                     ("In progress – within agreed timescale", "amber"),
                                     ("Complete – proposed for closure", "green")]):
        ws[f"{col}3"] = txt
        ws[f"{col}3"].fill = fill(FILL[c])
        ws[f"{col}3"].border = BOX
    hdr = ["Action No.", "Meeting date", "Minute ref", "Action", "Action owner(s)",
           "Original due date", "Revised due date", "Update (November 2025)", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["hdr"])
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    r = 6
    exp = []
    section = None
    for row in rows:
        if row[1] is None:
            section = row[0]
            ws.cell(row=r, column=1, value=section).font = Font(bold=True)
            for col in range(1, 10):
                ws.cell(row=r, column=col).fill = fill(FILL["grey"])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            continue
        no, meet, minute, text, owner, orig, rev, upd, colour, reading = row
        vals = [no, meet, minute, text, owner, orig, rev, upd, None]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=9).fill = fill(FILL[colour])
        lead, end, end_text, status = reading
        exp.append(act(no, [section], text, lead, end, status, end_text))
        r += 1
    for col, w in zip("ABCDEFGHI", [11, 12, 11, 60, 30, 13, 13, 50, 7]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    wb.save(os.path.join(HERE, name))

    EXPECTED[name] = {
        "source": (
            "Imitates the public Board action log that NHS integrated care boards attach to each Board "
            "meeting in public (e.g. NHS Hertfordshire and West Essex ICB board papers, 2025). Copied "
            "features: title and 'updated following the meeting of' line, a RAG key in the sheet, "
            "Action No. / meeting date / minute ref columns, original and revised due dates, an open "
            "section and a 'proposed for closure' section as merged grey rows, RAG shown only as cell "
            "fill, job titles, initials and names as owners."),
        "reads": (
            "A single-sheet ICB Board action log: six open actions and three actions proposed for "
            "closure, each with original and (sometimes) revised due dates and a RAG colour with no "
            "text. The key says Green = complete/proposed for closure, so the green-filled actions are "
            "read as complete; where a revised due date is given it is the end."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": exp,
    }


# ---------------------------------------------------------------------------------------------
# 2. City of Lincoln Council - Strategic Risk Register Q3 2025/26 (xlsx)
# ---------------------------------------------------------------------------------------------
def lincoln_risk_register():
    name = "hv2-city-of-lincoln-council-strategic-risk-register-q3-2025-26.xlsx"
    title = "City of Lincoln Council Strategic Risk Register"
    risks = [
        ("Risk 1 – Failure to deliver a sustainable Medium Term Financial Strategy that supports "
         "delivery of Vision 2030",
         "Risk owner: Chief Finance Officer   |   Current score: Likelihood 4 x Impact 4 = 16 (High)   |   "
         "Target score: 9   |   Direction of travel: ↔",
         [
             ("1a", "Deliver the 2025/26 savings target of £1.75m through the Towards Financial "
                    "Sustainability programme, with monthly monitoring by CMT.",
              "Chief Finance Officer", D(2026, 3, 31),
              "£1.31m delivered or secured at Q3; remaining £0.44m rated amber in the programme.",
              "Amber", "Amber", (["Chief Finance Officer"], "2026-03", None, "amber")),
             ("1b", "Prepare the 2026/27 budget and MTFS 2026-2031 for approval at Council, reflecting "
                    "the outcome of the Fair Funding Review.",
              "Chief Finance Officer / Financial Services Manager", "February 2026",
              "Draft budget to Executive 19 January 2026; Council 24 February 2026.",
              "Green", "Green",
              (["Chief Finance Officer", "Financial Services Manager"], "2026-02", None, "green")),
             ("1c", "Review the capital programme and prudential borrowing limits in light of revised "
                    "interest rate forecasts.",
              "Financial Services Manager", "Q4 2025/26",
              "Review delayed by external audit of 2023/24 accounts.",
              "Amber", "Red", (["Financial Services Manager"], "2026-03", None, "red")),
         ]),
        ("Risk 2 – Failure to deliver the housing investment programme and meet the Regulator of "
         "Social Housing consumer standards",
         "Risk owner: Director of Housing and Investment   |   Current score: Likelihood 3 x Impact 4 = 12 "
         "(High)   |   Target score: 8   |   Direction of travel: ↓",
         [
             ("2a", "Complete stock condition surveys for the remaining 30% of council homes and load "
                    "the results into the asset management system.",
              "Assistant Director (Investment)", D(2026, 6, 30),
              "2,140 of 2,610 remaining surveys complete.",
              "Amber", "Amber", (["Assistant Director (Investment)"], "2026-06", None, "amber")),
             ("2b", "Implement the damp and mould response procedure required by Awaab's Law, including "
                    "the 24-hour emergency hazard timescale.",
              "Housing Repairs Service Manager; Tenancy Services Manager", D(2025, 10, 27),
              "Procedure live from 27 October 2025; staff briefed.",
              "Green", "Complete",
              (["Housing Repairs Service Manager", "Tenancy Services Manager"], "2025-10", None, "blue")),
             ("2c", "Report compliance against the six landlord safety areas (gas, electrical, fire, "
                    "asbestos, water and lifts) to Housing Scrutiny Sub-Committee.",
              "Director of Housing and Investment", "Quarterly",
              "Q2 report considered 20 November 2025.",
              "Green", "Green", (["Director of Housing and Investment"], None, "Quarterly", "green")),
         ]),
        ("Risk 3 – Failure to protect the Council from a successful cyber attack leading to the loss of "
         "systems and data",
         "Risk owner: Assistant Director – Transformation and Strategic Development   |   Current score: "
         "Likelihood 4 x Impact 5 = 20 (Very High)   |   Target score: 10   |   Direction of travel: ↔",
         [
             ("3a", "Complete the migration of the remaining on-premise servers to the Azure tenancy "
                    "and decommission the legacy data centre.",
              "ICT Manager", D(2026, 9, 30),
              "Phase 2 of 3 complete.",
              "Amber", "Amber", (["ICT Manager"], "2026-09", None, "amber")),
             ("3b", "Complete the Cyber Assessment Framework (CAF) for local government self-assessment "
                    "and submit it to MHCLG.",
              "ICT Manager and Information Governance Manager", "March 2026",
              "Self-assessment 70% complete; external review booked.",
              "Red", "Amber",
              (["ICT Manager", "Information Governance Manager"], "2026-03", None, "amber")),
             ("3c", "Run a phishing simulation and a mandatory cyber awareness refresher for all staff "
                    "and members.",
              "Information Governance Manager", "Dec-25",
              "Simulation run 1 December 2025; 96% completion of refresher.",
              "Amber", "Complete", (["Information Governance Manager"], "2025-12", None, "blue")),
         ]),
        ("Risk 4 – Failure to deliver the Town Deal and Levelling Up regeneration schemes within funding "
         "deadlines",
         "Risk owner: Major Developments Director   |   Current score: Likelihood 3 x Impact 3 = 9 "
         "(Medium)   |   Target score: 6   |   Direction of travel: ↑",
         [
             ("4a", "Secure planning consent and appoint the contractor for phase 2 of the Central "
                    "Market redevelopment.",
              "Major Developments Director", "31 May 2026",
              "Tender returns above budget; value engineering under way.",
              "Amber", "Red", (["Major Developments Director"], "2026-05", None, "red")),
         ]),
    ]
    ragfill = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue"}

    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=16, color=FILL["hdr"])
    cov["A2"] = "Quarter 3 2025/26 – position at 31 December 2025"
    cov["A2"].font = Font(bold=True, size=12)
    dc = [("Document owner", "Corporate Policy Unit"), ("Version", "v3.2"),
          ("Date", D(2026, 1, 21)),
          ("Reported to", "Performance Scrutiny Committee – 12 February 2026\nAudit Committee – 3 March 2026"),
          ("Next review", "Quarter 4 2025/26 (April 2026)")]
    for i, (k, v) in enumerate(dc, start=4):
        cov.cell(row=i, column=1, value=k).font = Font(bold=True)
        c = cov.cell(row=i, column=2, value=v)
        c.alignment = Alignment(wrap_text=True)
        if isinstance(v, dt.datetime):
            c.number_format = "dd mmmm yyyy"
        for col in (1, 2):
            cov.cell(row=i, column=col).border = BOX
    cov["A11"] = ("The Strategic Risk Register records the risks that could prevent the Council "
                  "delivering Vision 2030. Each risk is followed by the further actions agreed to reduce "
                  "it to its target score.")
    cov["A11"].alignment = Alignment(wrap_text=True)
    cov.merge_cells("A11:B13")
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 70

    key = wb.create_sheet("Scoring key")
    key["A1"] = "Risk scoring (Likelihood x Impact)"
    key["A1"].font = Font(bold=True)
    for i, (band, rng, c) in enumerate([("Very High", "20-25", "red"), ("High", "12-16", "amber"),
                                        ("Medium", "6-10", "FFFF00"), ("Low", "1-5", "green")], start=2):
        key.cell(row=i, column=1, value=band).fill = fill(FILL.get(c, c))
        key.cell(row=i, column=2, value=rng)
    key["A8"] = "Action RAG"
    key["A8"].font = Font(bold=True)
    for i, (w, txt) in enumerate([("Green", "On track"), ("Amber", "Some slippage – recoverable"),
                                  ("Red", "Significant slippage – not expected to meet target date"),
                                  ("Complete", "Action delivered")], start=9):
        key.cell(row=i, column=1, value=w).fill = fill(FILL[ragfill[w]])
        key.cell(row=i, column=2, value=txt)
    key.column_dimensions["A"].width = 14
    key.column_dimensions["B"].width = 55

    ws = wb.create_sheet("SRR Q3 2025-26")
    ws["A1"] = title + " – Quarter 3 2025/26"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:G1")
    hdr = ["Ref", "Further action to be taken", "Action owner", "Target date", "Q3 progress",
           "Q2 RAG", "Q3 RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=3, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["hdr"])
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, vertical="center")
    r = 4
    exp = []
    for head, info, actions in risks:
        c = ws.cell(row=r, column=1, value=head)
        c.font = Font(bold=True)
        c.fill = fill(FILL["lightblue"])
        c.alignment = Alignment(wrap_text=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        c = ws.cell(row=r, column=1, value=info)
        c.font = Font(italic=True, size=9)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for ref, text, owner, target, prog, q2, q3, reading in actions:
            for i, v in enumerate([ref, text, owner, target, prog, q2, q3], 1):
                cc = ws.cell(row=r, column=i, value=v)
                cc.alignment = Alignment(wrap_text=True, vertical="top")
                cc.border = BOX
                if isinstance(v, dt.datetime):
                    cc.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=6).fill = fill(FILL[ragfill[q2]])
            ws.cell(row=r, column=7).fill = fill(FILL[ragfill[q3]])
            lead, end, end_text, status = reading
            exp.append(act(ref, [head], text, lead, end, status, end_text))
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Summary of Q3 action RAG: Complete 2, Green 2, Amber 4, Red 2 (10 actions)")
    ws.cell(row=r, column=1).font = Font(bold=True)
    for col, w in zip("ABCDEFG", [8, 60, 32, 13, 45, 9, 9]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, name))

    EXPECTED[name] = {
        "source": (
            "Imitates a district council strategic risk register reported quarterly to Performance "
            "Scrutiny and Audit Committees (e.g. City of Lincoln Council strategic risk register, "
            "2025/26). Copied features: cover sheet with document control, a separate scoring/RAG key "
            "sheet, each strategic risk as a merged full-width heading row followed by a risk "
            "owner/score/direction-of-travel line, further actions with owner and target date, "
            "previous (Q2) and current (Q3) RAG columns with text and fill, a closing summary line."),
        "reads": (
            "Three sheets: a cover, a key and the register. On the register, four strategic risks each "
            "head a block of further actions (10 in all) numbered 1a-4a; the italic score line under "
            "each risk heading is not an action. The status is the Q3 RAG; 'Quarterly' has no end "
            "month and Q4 2025/26 is March 2026."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": exp,
    }


# ---------------------------------------------------------------------------------------------
# 3. Colchester City Council - Transformation Programme Highlight Report (xlsx, refuse)
# ---------------------------------------------------------------------------------------------
def colchester_highlight():
    name = "hv2-colchester-city-council-transformation-programme-highlight-report-typo-month-refuse.xlsx"
    title = "Colchester City Council – Transformation Programme Highlight Report"
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = title
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Reporting period: November 2025 (Period 8)"
    s["A3"] = "Programme sponsor: Chief Executive        Programme manager: Transformation Programme Manager"
    hdr = ["Workstream", "Overall", "Time", "Cost", "Scope", "Key message"]
    for i, h in enumerate(hdr, 1):
        c = s.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["hdr"])
    ws_rows = [
        ("WS1 Customer Access and Digital", "amber", "amber", "green", "green",
         "Portal live; telephony migration re-planned to January."),
        ("WS2 Property and Accommodation", "amber", "red", "amber", "green",
         "Rowan House consolidation dependent on landlord works."),
        ("WS3 Organisational Redesign", "green", "green", "green", "green",
         "Phase 1 restructures on track."),
    ]
    for r, row in enumerate(ws_rows, start=6):
        s.cell(row=r, column=1, value=row[0])
        for i, c in enumerate(row[1:5], start=2):
            s.cell(row=r, column=i).fill = fill(FILL[c])
            s.cell(row=r, column=i).border = BOX
        s.cell(row=r, column=6, value=row[5])
    s["A10"] = "Milestone summary"
    s["A10"].font = Font(bold=True)
    for r, (k, v) in enumerate([("Complete", 3), ("On track", 4), ("At risk", 2), ("Off track", 1),
                                ("Total", 10)], start=11):
        s.cell(row=r, column=1, value=k)
        s.cell(row=r, column=2, value=v)
    s["A11"].font = Font(bold=False)
    s["A15"].font = Font(bold=True)
    s.column_dimensions["A"].width = 34
    s.column_dimensions["F"].width = 60

    m = wb.create_sheet("Milestones")
    m["A1"] = "Milestone tracker – November 2025"
    m["A1"].font = Font(bold=True, size=13)
    m["A2"] = ("Dates are the month of delivery. Where a milestone has been re-planned the forecast "
               "replaces the baseline.")
    m["A2"].font = Font(italic=True)
    hdr = ["Ref", "Milestone / key activity", "Lead", "Baseline", "Forecast", "Status", "Commentary"]
    for i, h in enumerate(hdr, 1):
        c = m.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["hdr"])
    stfill = {"Complete": "blue", "On track": "green", "At risk": "amber", "Off track": "red"}
    data = [
        "WS1 Customer Access and Digital",
        ("1.1", "Launch the new customer portal with online forms for the 20 highest-volume service "
                "requests.", "Head of Customer Services", "Sep 2025", "Oct 2025", "Complete",
         "Went live 6 October 2025."),
        ("1.2", "Migrate the revenues and benefits telephone lines to the cloud contact centre "
                "platform.", "ICT Manager; Revenues and Benefits Manager", "Nov 2025", "Jan 2026",
         "At risk", "Supplier number-porting delay."),
        ("1.3", "Introduce webchat for waste and recycling enquiries.", "Digital Services Lead",
         "Dec 2025", "Dec 2025", "On track", "Testing with the waste team."),
        ("1.4", "Close the Library customer service point and redirect visitors to assisted digital "
                "support.", "Head of Customer Services", "Mar 2026", "Mar 2026", "On track",
         "Equality impact assessment complete."),
        "WS2 Property and Accommodation",
        ("2.1", "Consolidate office accommodation into Rowan House and hand back the second floor "
                "lease.", "Head of Property", "Jan 2026", "Febuary 2026", "At risk",
         "Landlord works to second floor running late."),
        ("2.2", "Complete the hybrid working desk-booking rollout across all teams.",
         "Facilities Manager", "Oct 2025", "Oct 2025", "Complete", "Complete."),
        ("2.3", "Market the surplus depot site for disposal.", "Estates Surveyor", "Dec 2025",
         "Apr 2026", "Off track", "Title issue to be resolved before marketing."),
        "WS3 Organisational Redesign",
        ("3.1", "Complete phase 1 service reviews (Planning, Environmental Health, Revenues).",
         "Transformation Programme Manager", "Nov 2025", "Nov 2025", "Complete", "Reports to SLT."),
        ("3.2", "Consult staff on phase 1 structure changes.", "Head of People", "Jan 2026",
         "Jan 2026", "On track", "Consultation opens 5 January."),
        ("3.3", "Launch the management development programme for team leaders.", "Head of People",
         "Mar 2026", "Mar 2026", "On track", "Provider appointed."),
    ]
    r = 5
    refuse_row = None
    for row in data:
        if isinstance(row, str):
            c = m.cell(row=r, column=1, value=row)
            c.font = Font(bold=True)
            for col in range(1, 8):
                m.cell(row=r, column=col).fill = fill(FILL["grey"])
            m.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            r += 1
            continue
        for i, v in enumerate(row, 1):
            c = m.cell(row=r, column=i, value=v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
        m.cell(row=r, column=6).fill = fill(FILL[stfill[row[5]]])
        if row[4] == "Febuary 2026":
            refuse_row = r
        r += 1
    for col, w in zip("ABCDEFG", [6, 60, 30, 11, 13, 11, 45]):
        m.column_dimensions[col].width = w

    rk = wb.create_sheet("Risks and issues")
    rk["A1"] = "Top programme risks"
    rk["A1"].font = Font(bold=True)
    for i, h in enumerate(["ID", "Risk", "Owner", "Rating", "Mitigation"], 1):
        rk.cell(row=2, column=i, value=h).font = Font(bold=True)
    rk.append(["R1", "Telephony supplier delays push migration past year-end", "ICT Manager", "12",
               "Weekly supplier calls; fallback to existing lines"])
    rk.append(["R2", "Landlord works delay Rowan House consolidation", "Head of Property", "15",
               "Escalated to landlord's director"])
    wb.save(os.path.join(HERE, name))

    EXPECTED[name] = {
        "source": (
            "Imitates a council transformation programme monthly highlight report workbook (e.g. "
            "Colchester City Council transformation programme reporting to Governance and Audit "
            "Committee, 2025/26). Copied features: summary sheet with workstream RAG by time/cost/scope "
            "as fills and a milestone totals block, a milestone tracker with workstream heading rows, "
            "baseline and forecast month columns and status words with fill, a risks and issues sheet."),
        "reads": (
            "A three-sheet highlight report; the Milestones sheet lists ten milestones under three "
            "workstreams with baseline and forecast months. The forecast for milestone 2.1 on sheet "
            "row 11 of Milestones reads 'Febuary 2026', a mistyped month in the cell that gives its "
            "end, so a careful reader stops and asks."),
        "outcome": "refuse",
        "refuse_at": refuse_row,
        "title": title,
    }


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


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)


# ---------------------------------------------------------------------------------------------
# 4. Suffolk Safeguarding Adults Board - SAR 'Marjorie' action plan (docx)
# ---------------------------------------------------------------------------------------------
def suffolk_sar():
    name = "hv2-suffolk-sab-sar-marjorie-action-plan.docx"
    title = "Safeguarding Adults Review ‘Marjorie’ – Multi-Agency Action Plan"
    themes = [
        ("Theme 1: Responding to self-neglect", [
            ("Recommendation 1: Suffolk SAB should seek assurance that partner agencies use the "
             "multi-agency self-neglect and hoarding guidance when an adult repeatedly declines care "
             "and support.", [
                ("1.1", "Refresh the Suffolk self-neglect and hoarding guidance to include a clear "
                        "escalation route to a multi-agency risk management meeting when engagement is "
                        "repeatedly declined.", "SAB Business Manager", "31/07/2024",
                 "Revised guidance relaunched at the August 2024 practitioner forum.", "Blue",
                 (["SAB Business Manager"], "2024-07", None, "blue")),
                ("1.2", "Deliver two multi-agency learning events on self-neglect using the learning "
                        "from this review, and evaluate impact through a practitioner survey at three "
                        "months.", "Chair, Learning and Development Subgroup", "December 2024",
                 "Both events held (October and November 2024). Three-month survey closes March 2025.",
                 "Amber", (["Chair, Learning and Development Subgroup"], "2024-12", None, "amber")),
                ("1.3", "Audit a sample of 20 self-neglect safeguarding enquiries to test use of the "
                        "guidance and report the findings to the Quality Assurance Subgroup.",
                 "Head of Adult Safeguarding (ACS) / ICB Designated Professional for Safeguarding Adults",
                 "Sept 2025", "Audit tool agreed; sample to be drawn in April 2025.", "Green",
                 (["Head of Adult Safeguarding (ACS)",
                   "ICB Designated Professional for Safeguarding Adults"], "2025-09", None, "green")),
            ]),
        ]),
        ("Theme 2: Mental capacity and executive functioning", [
            ("Recommendation 2: All partners should ensure practitioners understand executive "
             "functioning and record when and why a person's capacity to make a specific decision is "
             "being assessed.", [
                ("2.1", "Include executive functioning in all Mental Capacity Act training delivered "
                        "by partner agencies from April 2025.", "MCA Leads (all partner agencies)",
                 "April 2025", "Training materials updated by ACS, ESNEFT, WSFT and NSFT.", "Green",
                 (["MCA Leads (all partner agencies)"], "2025-04", None, "green")),
                ("2.2", "Publish a seven-minute briefing on executive functioning and the ‘articulate "
                        "but unable to act’ presentation.", "SAB Business Manager", "31/01/2025",
                 "Published on the SAB website 20 January 2025.", "Blue",
                 (["SAB Business Manager"], "2025-01", None, "blue")),
            ]),
            ("Recommendation 3: The acute trusts and the ICB should review how mental capacity "
             "assessments are recorded on electronic patient record systems.", [
                ("3.1", "Add a mandatory capacity assessment template to the ESNEFT and WSFT electronic "
                        "patient records.",
                 "Named Professional Safeguarding Adults, ESNEFT; Named Professional Safeguarding Adults, WSFT",
                 "June 2025", "ESNEFT template built and in testing; WSFT awaiting EPR upgrade slot.",
                 "Amber",
                 (["Named Professional Safeguarding Adults, ESNEFT",
                   "Named Professional Safeguarding Adults, WSFT"], "2025-06", None, "amber")),
            ]),
        ]),
        ("Theme 3: Hospital discharge and information sharing", [
            ("Recommendation 4: Suffolk SAB should seek assurance that discharge planning for adults "
             "who self-neglect includes a shared risk assessment with community services and the "
             "person's GP.", [
                ("4.1", "Review the Integrated Discharge Team checklist so that self-neglect and "
                        "previously declined care are flagged before discharge.",
                 "Integrated Discharge Team Manager", "March 2025",
                 "Not yet started – team restructure.", "Red",
                 (["Integrated Discharge Team Manager"], "2025-03", None, "red")),
                ("4.2", "Test the revised checklist through a multi-agency case file audit of ten "
                        "discharges.", "Chair, Quality Assurance Subgroup", "TBC",
                 "Dependent on 4.1.", "Not started",
                 (["Chair, Quality Assurance Subgroup"], None, "TBC", "unrated")),
            ]),
        ]),
    ]
    ragcol = {"Blue": FILL["blue"], "Green": FILL["green"], "Amber": FILL["amber"], "Red": FILL["red"]}

    doc = Document()
    landscape(doc)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Suffolk Safeguarding Adults Board – SAR Subgroup")
    doc.add_paragraph("Status at: 14 March 2025")

    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Changes"]):
        set_cell(c, h, bold=True)
    for v in [("1.0", "12/04/2024", "SAB Business Manager", "Plan agreed by SAB"),
              ("2.0", "09/10/2024", "SAB Business Manager", "Q2 updates"),
              ("3.0", "14/03/2025", "SAB Business Manager", "Q4 updates; 1.1 and 2.2 closed")]:
        cells = t.add_row().cells
        for c, x in zip(cells, v):
            set_cell(c, x)

    doc.add_paragraph("RAG rating key", style="Heading 2")
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for w, txt in [("Blue", "Complete – evidence of impact provided"), ("Green", "On track"),
                   ("Amber", "Some delay – expected to be recovered"),
                   ("Red", "Off track or overdue")]:
        cells = k.add_row().cells
        set_cell(cells[0], w, bold=True)
        shade(cells[0], ragcol[w])
        set_cell(cells[1], txt)

    exp = []
    for theme, recs in themes:
        doc.add_paragraph(theme, style="Heading 1")
        for rec, actions in recs:
            tb = doc.add_table(rows=2, cols=6)
            tb.style = "Table Grid"
            top = tb.rows[0].cells[0].merge(tb.rows[0].cells[5])
            set_cell(top, rec, bold=True)
            shade(top, FILL["lightblue"])
            for c, h in zip(tb.rows[1].cells, ["Ref", "Action", "Lead agency / officer", "Target date",
                                               "Update", "RAG"]):
                set_cell(c, h, bold=True)
                shade(c, FILL["grey"])
            for ref, text, lead, target, upd, rag, reading in actions:
                cells = tb.add_row().cells
                for c, x in zip(cells, [ref, text, lead, target, upd, rag]):
                    set_cell(c, x)
                if rag in ragcol:
                    shade(cells[5], ragcol[rag])
                ll, end, end_text, status = reading
                exp.append(act(ref, [theme, rec], text, ll, end, status, end_text))
            doc.add_paragraph("")

    doc.add_paragraph("Sign-off", style="Heading 2")
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for c, h in zip(so.rows[0].cells, ["Agreed by", "Role", "Date"]):
        set_cell(c, h, bold=True)
    for c, h in zip(so.rows[1].cells, ["SAR Subgroup", "Chair", "14/03/2025"]):
        set_cell(c, h)
    doc.save(os.path.join(HERE, name))

    EXPECTED[name] = {
        "source": (
            "Imitates a safeguarding adults board SAR multi-agency action plan (e.g. Suffolk "
            "Safeguarding Adults Board published SAR action plans, 2024-25). Copied features: title and "
            "status-at line, a document control table and a RAG key table, themes as headings, one "
            "table per recommendation with the recommendation text in a shaded merged first row above "
            "its numbered actions, several leads in one cell, RAG words with shading, a sign-off table."),
        "reads": (
            "A Word SAR action plan: three themes, four recommendation tables and eight numbered "
            "actions with lead, target date, update and RAG. Document control, the RAG key and the "
            "sign-off table are not the plan; 'TBC' has no end month and 'Not started' is unrated."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": exp,
    }


# ---------------------------------------------------------------------------------------------
# 5. Whittington Health NHS Trust - Maternity and Neonatal Improvement Plan (docx)
# ---------------------------------------------------------------------------------------------
def whittington_maternity():
    name = "hv2-whittington-health-maternity-neonatal-improvement-plan.docx"
    title = "Whittington Health NHS Trust – Maternity and Neonatal Improvement Plan 2025/26"
    T1 = "Theme 1: Listening to and working with women and families with compassion"
    T2 = "Theme 2: Growing, retaining and supporting our workforce"
    T3 = "Theme 3: Developing and sustaining a culture of safety, learning and support"
    T4 = "Theme 4: Meeting and improving standards and structures"
    # ref, source, action, lead, original, revised, progress, prev, cur, reading
    plan = [
        T1,
        ("1.1", "MNVP feedback",
         "Co-produce a revised birth reflections (debrief) pathway with the Maternity and Neonatal "
         "Voices Partnership (MNVP) and include it in all postnatal discharge information.",
         "Director of Midwifery / MNVP Chair", "Mar 2025", "Jul 2025",
         "Pathway launched July 2025; 46 referrals in first quarter.", "A", "B",
         (["Director of Midwifery", "MNVP Chair"], "2025-07", None, "blue")),
        ("1.2", "LMNS equity and equality plan",
         "Offer interpreter-supported antenatal booking appointments to all women whose first language "
         "is not English, and audit uptake quarterly.",
         "Consultant Midwife (Public Health)", "Sep 2025", "",
         "Q1 audit showed 71% uptake; booking template being changed.", "G", "A",
         (["Consultant Midwife (Public Health)"], "2025-09", None, "amber")),
        T2,
        ("2.1", "BirthRate Plus 2024",
         "Recruit to the 8.4 WTE midwifery vacancies identified in the 2024 BirthRate Plus review, "
         "including the international recruitment cohort.",
         "Head of Midwifery", "Dec 2025", "", "5.6 WTE in post; remaining posts at offer stage.", "G", "G",
         (["Head of Midwifery"], "2025-12", None, "green")),
        ("2.2", "NHSE retention guide",
         "Implement the midwifery retention action plan, including the preceptorship programme and a "
         "legacy mentor scheme.",
         "Practice Development Midwife; Retention Lead Midwife", "Mar 2026", "",
         "Legacy mentors in place from August 2025.", "G", "G",
         (["Practice Development Midwife", "Retention Lead Midwife"], "2026-03", None, "green")),
        ("2.3", "CNST Safety Action 8",
         "Achieve 90% attendance of all staff groups at annual PROMPT multidisciplinary obstetric "
         "emergencies training.",
         "Clinical Director, Women's Health", "31/12/2025", "",
         "Obstetric consultant attendance 78%; additional dates added in November.", "A", "R",
         (["Clinical Director, Women's Health"], "2025-12", None, "red")),
        T3,
        ("3.1", "PSIRF",
         "Embed PSIRF in maternity governance: after-action reviews and MDT swarm huddles for all "
         "moderate harm incidents, with learning shared in the monthly ‘Safety Matters’ bulletin.",
         "Maternity Governance Lead", "Jun 2025", "Oct 2025",
         "Swarm huddles in place; bulletin relaunched September 2025.", "A", "A",
         (["Maternity Governance Lead"], "2025-10", None, "amber")),
        ("3.2", "CQC Must do 2",
         "Ensure fresh eyes CTG reviews are completed and documented hourly in labour, with a monthly "
         "audit of compliance reported to the Perinatal Quality Surveillance Group.",
         "Consultant Obstetrician (Fetal Monitoring Lead) / Fetal Monitoring Midwife", "Apr 2025", "",
         "Compliance above 95% for six consecutive months. Evidence accepted by QAC.", "G", "B",
         (["Consultant Obstetrician (Fetal Monitoring Lead)", "Fetal Monitoring Midwife"], "2025-04",
          None, "blue")),
        ("3.3", "Perinatal culture and leadership programme",
         "Complete the SCORE culture survey and deliver the actions in the perinatal culture "
         "improvement plan.",
         "Perinatal Quadrumvirate", "Ongoing", "",
         "SCORE survey complete; listening events held.", "G", "G",
         (["Perinatal Quadrumvirate"], None, "Ongoing", "green")),
        T4,
        ("4.1", "CQC Must do 5",
         "Complete daily and weekly checks of emergency equipment (including resuscitaires and the "
         "obstetric emergency trolley), with 100% compliance on weekly spot checks.",
         "Labour Ward Matron", "Jan 2025", "", "Sustained 100% since January 2025.", "B", "B",
         (["Labour Ward Matron"], "2025-01", None, "blue")),
        ("4.2", "Saving Babies' Lives v3",
         "Achieve full compliance with all six elements of the Saving Babies' Lives Care Bundle version "
         "3 and submit the evidence to the LMNS.",
         "Consultant Midwife (Public Health); Obstetric Lead for SBLCBv3", "Mar 2026", "",
         "Elements 1, 3, 4 and 6 compliant; element 2 (fetal growth) at 82%.", "A", "A",
         (["Consultant Midwife (Public Health)", "Obstetric Lead for SBLCBv3"], "2026-03", None, "amber")),
        ("4.3", "Estates",
         "Refurbish the maternity triage area to provide four assessment bays and a separate waiting "
         "area.",
         "Director of Estates and Facilities", "Q3 2025/26", "",
         "Business case approved October 2025; works not yet started.", "", "",
         (["Director of Estates and Facilities"], "2025-12", None, "unrated")),
    ]
    ragcol = {"B": FILL["blue"], "G": FILL["green"], "A": FILL["amber"], "R": FILL["red"]}

    doc = Document()
    landscape(doc)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Report to: Quality Assurance Committee and Trust Board\n"
                      "Position as at: 30 September 2025\n"
                      "Executive lead: Chief Nurse and Director of Allied Health Professionals")
    doc.add_paragraph(
        "This plan brings together the Trust's actions from the CQC maternity inspection, the Three "
        "Year Delivery Plan for Maternity and Neonatal Services, CNST and Saving Babies' Lives. Actions "
        "are grouped under the four themes of the Three Year Delivery Plan.")

    doc.add_paragraph("Summary of progress", style="Heading 2")
    st = doc.add_table(rows=1, cols=2)
    st.style = "Table Grid"
    for c, h in zip(st.rows[0].cells, ["Current RAG", "Number of actions"]):
        set_cell(c, h, bold=True)
    for w, n in [("Complete (B)", "3"), ("On track (G)", "3"), ("At risk (A)", "3"),
                 ("Off track (R)", "1"), ("Not rated", "1"), ("Total", "11")]:
        cells = st.add_row().cells
        set_cell(cells[0], w)
        set_cell(cells[1], n)

    doc.add_paragraph("Improvement plan", style="Heading 2")
    hdr = ["Ref", "Source", "Action", "Lead(s)", "Original target", "Revised target",
           "Progress this period", "Prev RAG", "Current RAG"]
    tb = doc.add_table(rows=1, cols=len(hdr))
    tb.style = "Table Grid"
    for c, h in zip(tb.rows[0].cells, hdr):
        set_cell(c, h, bold=True)
        shade(c, "B4C6E7")
    exp = []
    theme = None
    for row in plan:
        if isinstance(row, str):
            theme = row
            cells = tb.add_row().cells
            m = cells[0].merge(cells[-1])
            set_cell(m, theme, bold=True)
            shade(m, FILL["lightblue"])
            continue
        ref, src, text, lead, orig, rev, prog, prev, cur, reading = row
        cells = tb.add_row().cells
        for c, x in zip(cells, [ref, src, text, lead, orig, rev, prog, prev, cur]):
            set_cell(c, x)
        if prev in ragcol:
            shade(cells[7], ragcol[prev])
        if cur in ragcol:
            shade(cells[8], ragcol[cur])
        ll, end, end_text, status = reading
        exp.append(act(ref, [theme], text, ll, end, status, end_text))
    doc.add_paragraph("")
    doc.add_paragraph("RAG key: B – complete and evidenced; G – on track; A – at risk of delay; "
                      "R – off track / not delivered by target date. Blank – not yet rated.")
    doc.save(os.path.join(HERE, name))

    EXPECTED[name] = {
        "source": (
            "Imitates an NHS trust maternity and neonatal improvement plan reported to the Quality "
            "Assurance Committee and Trust Board (e.g. Whittington Health NHS Trust board papers, "
            "2025), structured on the NHS England Three Year Delivery Plan themes. Copied features: "
            "title and report-to block, a summary-of-progress totals table, one landscape table with "
            "merged theme rows, a source column (CQC must do, CNST, SBLCBv3), original and revised "
            "targets, previous and current RAG letters with shading, a RAG key line under the table."),
        "reads": (
            "A Word maternity improvement plan with a status summary table and one plan table of "
            "eleven actions under the four Three Year Delivery Plan themes. The end is the revised "
            "target where one is given; the status is the current RAG letter (B = complete), and the "
            "one action with no current RAG is unrated."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": exp,
    }


# ---------------------------------------------------------------------------------------------
# 6. South Nottinghamshire CSP - Partnership Plan 2025-26 action plan (csv)
# ---------------------------------------------------------------------------------------------
def south_notts_csp():
    name = "hv2-south-nottinghamshire-csp-partnership-plan-2025-26-action-plan.csv"
    title = "South Nottinghamshire Community Safety Partnership – Partnership Plan 2025-26 Action Plan"
    P1 = "Priority 1: Tackling anti-social behaviour and neighbourhood crime"
    P2 = "Priority 2: Domestic abuse and violence against women and girls"
    P3 = "Priority 3: Serious violence and exploitation"
    rows = [
        P1,
        ("1.1", "Hold quarterly ASB case review (community trigger) audits across the three boroughs "
                "and publish the outcomes on council websites.",
         "Rushcliffe BC Community Safety Manager", "Broxtowe BC, Gedling BC", "Quarterly",
         "Q2 audit held 16 September; no case reviews met the threshold.", "Green",
         (["Rushcliffe BC Community Safety Manager"], None, "Quarterly", "green")),
        ("1.2", "Deliver a summer diversionary activity programme in Eastwood, Netherfield and Cotgrave "
                "for young people identified through the ASB escalation process.",
         "Gedling BC Community Safety Officer; Broxtowe BC Community Safety Officer",
         "Notts Police, Youth Justice Service, Positive Futures", "June – September 2025",
         "312 attendances over 9 weeks; evaluation report to October Board.", "Complete",
         (["Gedling BC Community Safety Officer", "Broxtowe BC Community Safety Officer"], "2025-09",
          "June – September 2025", "blue")),
        ("1.3", "Review the Public Spaces Protection Orders for Beeston and Arnold town centres ahead "
                "of expiry, including statutory consultation.",
         "Head of Environment (Broxtowe BC)", "Notts Police", "31/03/2026",
         "Consultation planned for January 2026.", "Not started",
         (["Head of Environment (Broxtowe BC)"], "2026-03", None, "unrated")),
        P2,
        ("2.1", "Implement the local recommendations of the Gedling domestic homicide review ‘Anna’ "
                "and report progress to the DHR Oversight Group.",
         "Gedling BC Domestic Abuse Lead", "Notts Police, Nottinghamshire ICB, Juno Women's Aid",
         "December 2025", "6 of 9 actions complete; two awaiting ICB sign-off.", "Amber",
         (["Gedling BC Domestic Abuse Lead"], "2025-12", None, "amber")),
        ("2.2", "Roll out ‘Ask for Angela’ and night-time economy vulnerability training to licensed "
                "premises in West Bridgford and Beeston.",
         "Rushcliffe BC Licensing Manager / Broxtowe BC Licensing Manager", "Notts Police Licensing",
         "Q3 2025/26", "41 premises trained to date.", "Green",
         (["Rushcliffe BC Licensing Manager", "Broxtowe BC Licensing Manager"], "2025-12", None, "green")),
        ("2.3", "Ensure all frontline council staff complete domestic abuse awareness e-learning, with "
                "completion rates reported to the CSP Board.",
         "Learning and Development leads (all three councils)", "", "Ongoing",
         "Gedling 87%; Broxtowe 74%; Rushcliffe 91%.", "Amber",
         (["Learning and Development leads (all three councils)"], None, "Ongoing", "amber")),
        P3,
        ("3.1", "Deliver the South Nottinghamshire actions in the Serious Violence Duty local delivery "
                "plan, aligned with the Nottinghamshire Violence Reduction Partnership strategy.",
         "Neighbourhood Policing Inspector (South Notts)", "Violence Reduction Partnership", "March 2026",
         "Hotspot patrols funded to March 2026.", "Green",
         (["Neighbourhood Policing Inspector (South Notts)"], "2026-03", None, "green")),
        ("3.2", "Map locations of concern for child criminal exploitation and county lines using "
                "exploitation hub data and share the map with the three councils.",
         "Exploitation Hub Manager", "Notts County Council", "30/11/2025",
         "Data-sharing agreement not yet signed by all parties.", "Red",
         (["Exploitation Hub Manager"], "2025-11", None, "red")),
        ("3.3", "Run two knife-crime awareness weeks (Operation Sceptre) with weapons amnesty bins, in "
                "partnership with secondary schools.",
         "Neighbourhood Policing Inspector (South Notts); Broxtowe BC Community Safety Officer",
         "Schools, Youth Justice Service", "November 2025 – May 2026",
         "First week booked 17-23 November 2025.", "Green",
         (["Neighbourhood Policing Inspector (South Notts)", "Broxtowe BC Community Safety Officer"],
          "2026-05", "November 2025 – May 2026", "green")),
    ]
    ncol = 7
    path = os.path.join(HERE, name)
    exp = []
    with open(path, "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f)
        pad = lambda first: [first] + [""] * (ncol - 1)
        w.writerow(pad(title))
        w.writerow(pad("Broxtowe | Gedling | Rushcliffe"))
        w.writerow(pad("Quarter 2 update (July – September 2025)"))
        w.writerow(pad(""))
        w.writerow(["Ref", "Action", "Lead agency / officer", "Partners", "Timescale", "Q2 update", "RAG"])
        prio = None
        for row in rows:
            if isinstance(row, str):
                prio = row
                w.writerow(pad(row))
                continue
            ref, text, lead, partners, when, upd, rag, reading = row
            w.writerow([ref, text, lead, partners, when, upd, rag])
            ll, end, end_text, status = reading
            exp.append(act(ref, [prio], text, ll, end, status, end_text))
        w.writerow(pad(""))
        w.writerow(pad("RAG: Green = on track; Amber = some delay or risk to delivery; Red = significantly "
                       "off track; Complete = action delivered; Not started = not yet due to start"))
        w.writerow(pad("Plan owner: South Nottinghamshire CSP Board. Next update due Quarter 3 (January 2026)."))

    EXPECTED[name] = {
        "source": (
            "Imitates a community safety partnership annual partnership plan action plan with quarterly "
            "updates, saved from Excel as CSV (e.g. South Nottinghamshire Community Safety Partnership "
            "covering Broxtowe, Gedling and Rushcliffe, Partnership Plan 2025-26). Copied features: "
            "title lines padded with empty cells, priority heading rows, separate lead and partners "
            "columns, timescales as months, quarters, periods and 'Quarterly'/'Ongoing', RAG words, a "
            "RAG key and plan-owner note at the foot."),
        "reads": (
            "A CSV export of a CSP action plan: three priorities, nine numbered actions with lead "
            "agency/officer, partners, timescale, Q2 update and RAG. The Partners column is not the "
            "lead; periods end in their last month; the key and note lines at the end are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": exp,
    }


# ---------------------------------------------------------------------------------------------
# 7. North Hertfordshire CSP - DHR 'Maureen' action plan (tab-separated text export)
# ---------------------------------------------------------------------------------------------
def north_herts_dhr():
    name = "hv2-north-herts-csp-dhr-maureen-action-plan.txt"
    title = "Domestic Homicide Review ‘Maureen’ – Action Plan"
    R1 = ("Recommendation 1: Hertfordshire Constabulary and Hertfordshire County Council Adult Care "
          "Services should ensure that coercive and controlling behaviour by an adult child towards an "
          "older parent is recognised and recorded as domestic abuse.")
    R2 = ("Recommendation 2: GP practices in North Hertfordshire should be reminded to ask about "
          "domestic abuse when an older patient presents with injuries or signs of carer stress.")
    R3 = ("Recommendation 3: East and North Hertfordshire NHS Trust should ensure that where a patient "
          "discloses abuse by a family member who is also their carer, both a safeguarding referral and "
          "a carer's assessment referral are considered.")
    R4 = ("Recommendation 4: North Hertfordshire Community Safety Partnership should seek assurance "
          "that the learning from this review is shared with all partner agencies.")
    rows = [
        R1,
        ("1.1", "Local", "Deliver briefing sessions on adult family violence and the coercive control of "
                         "older people to Adult Care Services locality teams.",
         "Hertfordshire County Council (ACS)", "Three sessions delivered Jan–Mar 2025; 142 staff attended.",
         "31/03/2025", "Completed 27/03/2025 – attendance records held by ACS.", "Complete",
         (["Hertfordshire County Council (ACS)"], "2025-03", None, "blue")),
        ("1.2", "Local", "Add a prompt on adult family violence (including adult children as "
                         "perpetrators) to the DASH risk assessment supervision checklist.",
         "Hertfordshire Constabulary", "Checklist amended; awaiting sign-off by DAISU.",
         "30/06/2025", "", "Amber",
         (["Hertfordshire Constabulary"], "2025-06", None, "amber")),
        R2,
        ("2.1", "Local", "Issue a safeguarding bulletin to all GP practices in the North Herts locality on "
                         "routine enquiry about domestic abuse with older patients.",
         "Hertfordshire and West Essex ICB", "Bulletin issued December 2024.", "31/12/2024",
         "Completed December 2024.", "Complete",
         (["Hertfordshire and West Essex ICB"], "2024-12", None, "blue")),
        ("2.2", "Local", "Include the learning from this review in IRIS training for GP practices:\n"
                         "- case study on carer stress and adult family violence\n"
                         "- referral pathway to the older people's IDVA",
         "ICB Named GP for Safeguarding; IRIS Advocate Educator", "Case study drafted.",
         "June 2025 – March 2026", "", "Green",
         (["ICB Named GP for Safeguarding", "IRIS Advocate Educator"], "2026-03",
          "June 2025 – March 2026", "green")),
        R3,
        ("3.1", "Local", "Update the Lister Hospital Emergency Department adult safeguarding triage "
                         "prompt to include questions about the patient's main carer.",
         "East and North Hertfordshire NHS Trust", "Change request with the EPR team.",
         "September 2025", "", "Red",
         (["East and North Hertfordshire NHS Trust"], "2025-09", None, "red")),
        ("3.2", "Local", "Audit 30 Emergency Department attendances of patients aged 65 and over with "
                         "injuries to test use of the updated prompt.",
         "East and North Hertfordshire NHS Trust", "", "TBC", "", "Not started",
         (["East and North Hertfordshire NHS Trust"], None, "TBC", "unrated")),
        R4,
        ("4.1", "Local", "Publish a seven-minute briefing and hold a multi-agency learning event on this "
                         "review.",
         "North Hertfordshire CSP (Community Safety Manager)", "Learning event booked for 20 November 2025.",
         "Nov-25", "", "Green",
         (["North Hertfordshire CSP (Community Safety Manager)"], "2025-11", None, "green")),
        ("4.2", "National", "Write to the Home Office to highlight the need for national guidance on "
                            "adult family violence towards older people.",
         "North Hertfordshire CSP Chair", "Letter drafted.", "31/01/2026", "", "Green",
         (["North Hertfordshire CSP Chair"], "2026-01", None, "green")),
    ]
    ncol = 8

    def field(x):
        # Excel's "Text (Tab delimited)" export quotes a cell that holds a line break or a quote
        if "\n" in x or '"' in x:
            return '"' + x.replace('"', '""') + '"'
        return x

    lines = [title, "North Hertfordshire Community Safety Partnership", "Progress as at: 31 October 2025", "",
             "\t".join(["Ref", "Scope of recommendation", "Action to take", "Lead agency",
                        "Key milestones achieved in enacting recommendation", "Target date",
                        "Date of completion and outcome", "RAG"])]
    exp = []
    rec = None
    for row in rows:
        if isinstance(row, str):
            rec = row
            lines.append("\t".join([row] + [""] * (ncol - 1)))
            continue
        ref, scope, text, lead, miles, target, done, rag, reading = row
        lines.append("\t".join(field(x) for x in [ref, scope, text, lead, miles, target, done, rag]))
        ll, end, end_text, status = reading
        exp.append(act(ref, [rec], text, ll, end, status, end_text))
    lines += ["",
              "RAG key: Complete – action complete and evidenced; Green – on track; Amber – at risk of "
              "delay; Red – overdue",
              "This plan is monitored by the North Hertfordshire CSP DHR Oversight Group and reported to "
              "the Hertfordshire Domestic Abuse Partnership Board."]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    EXPECTED[name] = {
        "source": (
            "Imitates a DHR action plan in the Home Office template (Recommendation / Scope / Action "
            "to take / Lead agency / Key milestones / Target date / Date of completion and outcome), as "
            "kept by a district community safety partnership in Hertfordshire (e.g. North Hertfordshire "
            "CSP DHR publications, 2024-25), exported from Excel as tab-delimited text. Copied "
            "features: title lines, each recommendation on its own line above its numbered actions, "
            "organisations as lead agencies, a multi-line cell quoted by the export, RAG words and a "
            "key and monitoring note at the foot."),
        "reads": (
            "A tab-separated DHR action plan: four recommendations, each followed by two numbered "
            "actions with scope, lead agency, milestones, target date, completion and RAG. Action 2.2 "
            "is one quoted cell over three lines; organisation names with 'and' are one lead."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": exp,
    }


BUILDERS = [icb_action_log, lincoln_risk_register, colchester_highlight, suffolk_sar,
            whittington_maternity, south_notts_csp, north_herts_dhr]


class _Dumper(yaml.SafeDumper):
    pass


def _str(dumper, s):
    if re.fullmatch(r"\d{4}-\d{2}", s):
        return dumper.represent_scalar("tag:yaml.org,2002:str", s, style='"')
    if len(s) > 80 and "\n" not in s:
        return dumper.represent_scalar("tag:yaml.org,2002:str", s, style=">")
    return dumper.represent_scalar("tag:yaml.org,2002:str", s, style='"' if "\n" in s else None)


_Dumper.add_representer(str, _str)


def write_expected():
    order = ["source", "reads", "outcome", "accept_refusal", "refuse_at", "title", "actions"]
    for name, d in EXPECTED.items():
        out = {k: d[k] for k in order if k in d}
        with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
            yaml.dump(out, f, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)


if __name__ == "__main__":
    for b in BUILDERS:
        b()
    if "--expected" in sys.argv:
        write_expected()
    print("built", len(BUILDERS), "files in", HERE)
