"""Build the seven np2- test files (set heldout414).

Run with /work/main/.venv/bin/python np2_make.py from any directory; files are written beside this script.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))

RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "0070C0"
HEAD = "1F3864"
GREY = "D9D9D9"
LIGHT = "DDEBF7"

thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return dt.datetime(y, m, day)


def style_header(ws, row, ncols, color=HEAD):
    for c in range(1, ncols + 1):
        cell = ws.cell(row=row, column=c)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(color)
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        cell.border = BORDER


# ---------------------------------------------------------------------------
# 1. Rochdale Borough Council corporate risk register Q3 2025/26 (xlsx)
# ---------------------------------------------------------------------------
def rochdale_risk_register():
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = "Rochdale Borough Council"
    cover["A1"].font = Font(bold=True, size=16)
    cover["A2"] = "Corporate Risk Register – Quarter 3 2025/26"
    cover["A2"].font = Font(bold=True, size=13)
    cover["A4"] = "Document control"
    cover["A4"].font = Font(bold=True)
    ctrl = [
        ("Version", "3.0 (Q3 2025/26)"),
        ("Position as at", "31 December 2025"),
        ("Prepared by", "Corporate Risk and Insurance Manager"),
        ("Reviewed by", "Senior Leadership Team – 13 January 2026"),
        ("Reported to", "Audit and Governance Committee – 28 January 2026"),
        ("Next review", "Quarter 4 2025/26 (April 2026)"),
    ]
    r = 5
    for k, v in ctrl:
        cover.cell(row=r, column=1, value=k).font = Font(bold=True)
        cover.cell(row=r, column=1).fill = fill(GREY)
        cover.cell(row=r, column=2, value=v)
        for c in (1, 2):
            cover.cell(row=r, column=c).border = BORDER
        r += 1
    r += 1
    cover.cell(row=r, column=1, value="Risk scoring (Likelihood x Impact)").font = Font(bold=True)
    r += 1
    for label, band, col in [
        ("15 – 25", "High – report to Cabinet and Audit and Governance Committee", RED),
        ("8 – 12", "Medium – managed by Director, reviewed by SLT quarterly", AMBER),
        ("1 – 6", "Low – managed within service", GREEN),
    ]:
        cover.cell(row=r, column=1, value=label).fill = fill(col)
        cover.cell(row=r, column=2, value=band)
        r += 1
    r += 1
    cover.cell(row=r, column=1, value="Action status key").font = Font(bold=True)
    r += 1
    for word, meaning in [
        ("Complete", "Action delivered"),
        ("Green", "On track to deliver by target date"),
        ("Amber", "Some slippage – recoverable"),
        ("Red", "Off track – will not meet target date"),
    ]:
        cover.cell(row=r, column=1, value=word)
        cover.cell(row=r, column=2, value=meaning)
        r += 1
    r += 1
    cover.cell(row=r, column=1, value="Direction of travel: ↑ risk increasing   ↔ no change   ↓ risk reducing")
    cover.column_dimensions["A"].width = 34
    cover.column_dimensions["B"].width = 70

    ws = wb.create_sheet("Corporate Risk Register")
    ws["A1"] = "Rochdale Borough Council Corporate Risk Register – Quarter 3 2025/26"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position as at 31 December 2025. Scores shown as Likelihood x Impact = Score."
    ws["A2"].font = Font(italic=True)
    headers = [
        "Risk",
        "Risk description (cause, event, consequence)",
        "Risk owner",
        "Inherent score",
        "Key controls in place",
        "Current score",
        "DoT",
        "Action ref",
        "Further actions required",
        "Action owner",
        "Original target date",
        "Revised target date",
        "Action status",
        "Target score",
    ]
    hr = 4
    for i, h in enumerate(headers, 1):
        ws.cell(row=hr, column=i, value=h)
    style_header(ws, hr, len(headers))

    risks = [
        {
            "risk": "CR01 Financial sustainability",
            "desc": "Cause: rising demand in social care and temporary accommodation, inflation and uncertainty over the Fair Funding Review.\nEvent: the Council is unable to set a balanced budget over the MTFS period.\nConsequence: use of reserves, S114 notice risk, service reductions.",
            "owner": "Director of Resources (S151 Officer)",
            "inh": "5 x 5 = 25",
            "controls": "MTFS refreshed annually; monthly budget monitoring to SLT and Cabinet; Budget Delivery Board; reserves strategy.",
            "cur": ("4 x 5 = 20", RED),
            "dot": "↔",
            "target": "3 x 4 = 12",
            "actions": [
                ("CR01.1", "Deliver the 2026/27 savings programme (£9.8m) with monthly tracking through the Budget Delivery Board.", "Assistant Director – Finance", d(2026, 3, 31), None, "Green"),
                ("CR01.2", "Refresh the MTFS to reflect the Fair Funding Review 2.0 settlement and report to Cabinet.", "Head of Strategic Finance", d(2026, 2, 28), None, "Amber"),
            ],
        },
        {
            "risk": "CR02 Children's social care demand and placement costs",
            "desc": "Cause: increase in children looked after with complex needs and shortage of local placements.\nEvent: reliance on high-cost external residential placements.\nConsequence: budget overspend and children placed away from Rochdale.",
            "owner": "Director of Children's Services",
            "inh": "5 x 4 = 20",
            "controls": "Placement Panel; Sufficiency Strategy 2024-27; weekly high-cost placement review; Regional Care Cooperative.",
            "cur": ("4 x 4 = 16", RED),
            "dot": "↑",
            "target": "3 x 3 = 9",
            "actions": [
                ("CR02.1", "Open two additional in-house children's homes under the Sufficiency Strategy (Phase 2).", "Assistant Director – Children's Social Care / Head of Commissioning", d(2025, 9, 30), d(2026, 5, 31), "Red"),
                ("CR02.2", "Recruit 25 additional foster carer households through the regional Foster Care Recruitment Hub.", "Fostering Service Manager", d(2026, 3, 31), None, "Amber"),
            ],
        },
        {
            "risk": "CR03 Cyber security",
            "desc": "Cause: increasing sophistication of ransomware and phishing attacks on the public sector.\nEvent: successful cyber attack on Council systems.\nConsequence: loss of systems and data, inability to deliver services, ICO action.",
            "owner": "Director of Workforce and Transformation",
            "inh": "4 x 5 = 20",
            "controls": "Cyber Essentials; Microsoft Defender; immutable backups; mandatory cyber training; incident response plan tested annually.",
            "cur": ("3 x 5 = 15", RED),
            "dot": "↓",
            "target": "2 x 5 = 10",
            "actions": [
                ("CR03.1", "Complete migration of remaining on-premise servers to the cloud and decommission the legacy backup appliance.", "Head of ICT Infrastructure", d(2025, 12, 31), None, "Complete"),
                ("CR03.2", "Achieve Cyber Essentials Plus re-certification and complete the LGA Cyber 360 review action plan.", "Head of ICT Infrastructure; Information Governance Manager", "Q4 2025/26", None, "Green"),
                ("CR03.3", "Run a council-wide phishing simulation and report click rates to SLT.", "Information Security Officer", "Quarterly", None, "Green"),
            ],
        },
        {
            "risk": "CR04 Homelessness and temporary accommodation",
            "desc": "Cause: rising homelessness presentations and limited supply of affordable housing.\nEvent: demand for temporary accommodation exceeds supply.\nConsequence: use of bed and breakfast for families beyond six weeks, budget pressure.",
            "owner": "Director of Place",
            "inh": "4 x 4 = 16",
            "controls": "Homelessness Prevention and Rough Sleeping Strategy; TA procurement framework; weekly B&B monitoring.",
            "cur": ("4 x 3 = 12", AMBER),
            "dot": "↔",
            "target": "3 x 3 = 9",
            "actions": [
                ("CR04.1", "Acquire 40 properties through the Local Authority Housing Fund round 3 for use as temporary accommodation.", "Head of Strategic Housing", d(2026, 6, 30), None, "Amber"),
                ("CR04.2", "Monitor delivery of the Homelessness Prevention and Rough Sleeping Strategy action plan and report to Overview and Scrutiny.", "Strategic Housing Manager", "Ongoing", None, "Green"),
            ],
        },
        {
            "risk": "CR05 Regeneration programme capacity",
            "desc": "Cause: scale of the Atom Valley and town centre programmes and reliance on external funding.\nEvent: insufficient capacity or funding to deliver the programme.\nConsequence: delay, loss of grant, reputational damage.",
            "owner": "Director of Place",
            "inh": "4 x 4 = 16",
            "controls": "Regeneration Programme Board; GMCA Investment Zone governance; dedicated programme team.",
            "cur": ("3 x 3 = 9", AMBER),
            "dot": "↓",
            "target": "2 x 3 = 6",
            "actions": [
                ("CR05.1", "Agree the joint venture governance framework and delivery plan for Atom Valley with GMCA.", "Assistant Director – Economy and Regeneration", d(2026, 1, 31), None, "Green"),
            ],
        },
    ]
    status_fill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    row = hr + 1
    for rk in risks:
        first = row
        n = len(rk["actions"])
        for a in rk["actions"]:
            ref, text, owner, orig, rev, st = a
            ws.cell(row=row, column=8, value=ref)
            ws.cell(row=row, column=9, value=text)
            ws.cell(row=row, column=10, value=owner)
            c = ws.cell(row=row, column=11, value=orig)
            if isinstance(orig, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            c = ws.cell(row=row, column=12, value=rev)
            if isinstance(rev, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            c = ws.cell(row=row, column=13, value=st)
            c.fill = fill(status_fill[st])
            if st in ("Complete", "Red"):
                c.font = Font(color="FFFFFF", bold=True)
            row += 1
        last = row - 1
        vals = {1: rk["risk"], 2: rk["desc"], 3: rk["owner"], 4: rk["inh"], 5: rk["controls"],
                6: rk["cur"][0], 7: rk["dot"], 14: rk["target"]}
        for col, v in vals.items():
            ws.cell(row=first, column=col, value=v)
            if last > first:
                ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
        ws.cell(row=first, column=1).font = Font(bold=True)
        ws.cell(row=first, column=6).fill = fill(rk["cur"][1])
        for rr in range(first, last + 1):
            for cc in range(1, len(headers) + 1):
                ws.cell(row=rr, column=cc).border = BORDER
                ws.cell(row=rr, column=cc).alignment = WRAP
    row += 1
    ws.cell(row=row, column=1, value="Summary of current risk scores").font = Font(bold=True)
    row += 1
    for label, val in [("High (15-25)", 3), ("Medium (8-12)", 2), ("Low (1-6)", 0), ("Total corporate risks", 5)]:
        ws.cell(row=row, column=1, value=label)
        ws.cell(row=row, column=2, value=val)
        row += 1
    widths = [30, 48, 26, 12, 40, 12, 6, 9, 52, 32, 14, 14, 12, 12]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A5"

    hm = wb.create_sheet("Heat map")
    hm["A1"] = "Current risk heat map – Q3 2025/26"
    hm["A1"].font = Font(bold=True)
    hm["A3"] = "Impact →"
    for i in range(1, 6):
        hm.cell(row=3, column=i + 1, value=i)
    grid = {(4, 5): "CR01", (4, 4): "CR02", (3, 5): "CR03", (4, 3): "CR04", (3, 3): "CR05"}
    for L in range(5, 0, -1):
        rr = 4 + (5 - L)
        hm.cell(row=rr, column=1, value=f"Likelihood {L}")
        for I in range(1, 6):
            s = L * I
            col = RED if s >= 15 else AMBER if s >= 8 else GREEN
            c = hm.cell(row=rr, column=I + 1, value=grid.get((L, I), ""))
            c.fill = fill(col)
    wb.save(os.path.join(HERE, "np2-rochdale-borough-council-corporate-risk-register-q3-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 2. Warrington and Halton Teaching Hospitals board of directors public action log (xlsx)
# ---------------------------------------------------------------------------
def whh_action_log():
    wb = Workbook()
    ws = wb.active
    ws.title = "Board Action Log"
    ws["A1"] = "Warrington and Halton Teaching Hospitals NHS Foundation Trust – Board of Directors (Part 1 – Public) Action Log"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Log updated: 19 February 2026 for the meeting on 26 March 2026"
    ws["A2"].font = Font(italic=True)
    # key row (fill only with words alongside)
    ws["A3"] = "Key:"
    ws["A3"].font = Font(bold=True)
    key = [(RED, "Overdue"), (AMBER, "Due date revised / at risk"), (GREEN, "On track – not yet due"), (BLUE, "Complete – propose for closure")]
    col = 2
    for colour, word in key:
        ws.cell(row=3, column=col).fill = fill(colour)
        ws.cell(row=3, column=col + 1, value=word)
        col += 2
    headers = ["Action No.", "Minute Ref", "Agenda Item", "Action", "Lead", "Original Due Date", "Revised Due Date", "Progress Update", "RAG"]
    hr = 5
    for i, h in enumerate(headers, 1):
        ws.cell(row=hr, column=i, value=h)
    style_header(ws, hr, len(headers), color="005EB8")

    groups = [
        ("Meeting held: 25 September 2025", [
            ("BM/25/09/07", "BM/25/092", "Integrated Performance Report",
             "Provide the Board with a breakdown of 12-hour waits in the Emergency Department by age group and time of day, with benchmarking against Cheshire and Merseyside peers.",
             "Chief Operating Officer", d(2025, 11, 27), d(2026, 1, 29),
             "Deferred from November due to data validation. Analysis included in the January IPR (section 3.2). Propose closure.", BLUE),
            ("BM/25/09/11", "BM/25/097", "Freedom to Speak Up Guardian Report",
             "Arrange a Board development session on speaking up, including the outcome of the National Guardian's Office reflection and planning tool.",
             "Director of Communications and Engagement / Trust Secretary", d(2026, 3, 26), None,
             "Session booked for the March Board development day.", GREEN),
        ]),
        ("Meeting held: 27 November 2025", [
            ("BM/25/11/03", "BM/25/121", "Maternity and Neonatal Safety Report",
             "Bring the CNST Maternity Incentive Scheme Year 7 compliance declaration to the Board for sign-off before submission.",
             "Director of Midwifery", d(2026, 2, 26), None,
             "Evidence being collated against the ten safety actions; on the agenda for February Board.", GREEN),
            ("BM/25/11/06", "BM/25/124", "Finance Report Month 7",
             "Set out the recurrent and non-recurrent split of the Cost Improvement Programme in the Month 9 finance report.",
             "Chief Finance Officer", d(2026, 1, 29), None,
             "Included in the Month 9 report presented in January. Propose closure.", BLUE),
            ("BM/25/11/09", "BM/25/128", "Guardian of Safe Working Hours Report",
             "Confirm the timetable for the rota gap review in General Medicine and report through the Strategic People Committee.",
             "Chief Medical Officer; Chief People Officer", d(2026, 1, 29), None,
             "Not reported to January People Committee; review scope still being agreed with the division.", RED),
        ]),
        ("Meeting held: 29 January 2026", [
            ("BM/26/01/02", "BM/26/005", "Patient Story",
             "Invite the patient and family to return in six months to hear what has changed on Ward A5.",
             "Head of Patient Experience", d(2026, 7, 30), None,
             "Family have agreed to attend July Board.", GREEN),
            ("BM/26/01/05", "BM/26/011", "Board Assurance Framework",
             "Review the target risk scores for BAF risks 1 and 4 at the Audit Committee and report back.",
             "Trust Secretary", d(2026, 3, 26), None,
             "Scheduled for Audit Committee on 12 March 2026.", GREEN),
            ("BM/26/01/08", "BM/26/016", "Estates Strategy Update",
             "Provide an update on the timetable for the Halton Health Hub business case.",
             "Chief Strategy Officer", "TBC – subject to NHSE capital allocation", None,
             "Awaiting confirmation of the 2026/27 capital envelope from NHS England.", AMBER),
        ]),
    ]
    row = hr + 1
    for title, acts in groups:
        ws.cell(row=row, column=1, value=title)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(headers))
        ws.cell(row=row, column=1).font = Font(bold=True)
        ws.cell(row=row, column=1).fill = fill(LIGHT)
        row += 1
        for a in acts:
            for i, v in enumerate(a[:8], 1):
                c = ws.cell(row=row, column=i, value=v)
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
                c.alignment = WRAP
                c.border = BORDER
            c = ws.cell(row=row, column=9)
            c.fill = fill(a[8])
            c.border = BORDER
            row += 1
    row += 1
    ws.cell(row=row, column=1, value="Note: actions shaded blue will be removed from the log once the Board agrees closure. Actions closed at previous meetings are held in the Trust Secretary's archive log.")
    ws.cell(row=row, column=1).font = Font(italic=True)
    widths = [13, 12, 26, 55, 30, 13, 13, 50, 8]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A6"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Action log summary"
    sm["A1"].font = Font(bold=True)
    for i, (k, v) in enumerate([("Total open actions", 8), ("Overdue (red)", 1), ("Revised / at risk (amber)", 1),
                                 ("On track (green)", 4), ("Propose for closure (blue)", 2)], start=3):
        sm.cell(row=i, column=1, value=k)
        sm.cell(row=i, column=2, value=v)
    sm.column_dimensions["A"].width = 32
    wb.save(os.path.join(HERE, "np2-warrington-and-halton-teaching-hospitals-nhsft-board-of-directors-public-action-log.xlsx"))


# ---------------------------------------------------------------------------
# 3. Knowsley Council transformation programme highlight report (xlsx)
# ---------------------------------------------------------------------------
def knowsley_highlight():
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    ws["A1"] = "Knowsley Council – Transformation Programme Highlight Report"
    ws["A1"].font = Font(bold=True, size=15)
    ws.merge_cells("A1:H1")
    info = [
        ("Reporting period", "December 2025 – January 2026"),
        ("Senior Responsible Owner", "Executive Director (Resources)"),
        ("Programme Manager", "Head of Transformation and Change"),
        ("Reported to", "Transformation Board, 10 February 2026"),
    ]
    r = 3
    for k, v in info:
        ws.cell(row=r, column=1, value=k).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = fill(GREY)
        ws.cell(row=r, column=2, value=v)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
        r += 1
    # overall status block
    ws.cell(row=3, column=6, value="Programme status").font = Font(bold=True)
    ws.cell(row=3, column=7, value="Previous")
    ws.cell(row=3, column=8, value="Current")
    dims = [("Overall", "A", "A"), ("Time", "A", "A"), ("Cost", "G", "G"), ("Benefits", "A", "R"), ("Resources", "G", "A")]
    rag_fill = {"R": RED, "A": AMBER, "G": GREEN, "Complete": BLUE}
    for i, (name, p, c) in enumerate(dims, start=4):
        ws.cell(row=i, column=6, value=name)
        ws.cell(row=i, column=7, value=p).fill = fill(rag_fill[p])
        ws.cell(row=i, column=8, value=c).fill = fill(rag_fill[c])
    r = 10
    ws.cell(row=r, column=1, value="Summary of progress").font = Font(bold=True)
    r += 1
    ws.cell(row=r, column=1, value="The customer portal went live on 24 November 2025 and strengths-based practice training has been completed. The hospital discharge pathway remains off track because of community capacity, and the Yorkon Building exit has moved into Quarter 4.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    ws.cell(row=r, column=1).alignment = WRAP
    ws.row_dimensions[r].height = 45
    r += 2
    ws.cell(row=r, column=1, value="RAG key: G – on track; A – at risk but recoverable; R – off track, Board intervention needed; Complete – milestone achieved")
    ws.cell(row=r, column=1).font = Font(italic=True)
    r += 2
    ws.cell(row=r, column=1, value="Key milestones").font = Font(bold=True, size=12)
    r += 1
    headers = ["Ref", "Milestone / action", "Lead", "Baseline date", "Forecast date", "Previous RAG", "Current RAG", "Commentary"]
    hr = r
    for i, h in enumerate(headers, 1):
        ws.cell(row=hr, column=i, value=h)
    style_header(ws, hr, len(headers), color="00664F")
    r += 1
    workstreams = [
        ("Workstream 1: Customer Access and Digital", [
            ("1.1", "Launch the new customer portal (phase 1 – council tax, bins and missed collections)", "Head of Digital and Customer Services",
             d(2025, 10, 31), d(2025, 11, 30), "A", "Complete", "Went live 24 November 2025; 3,100 accounts created in the first month."),
            ("1.2", "Implement an AI telephony assistant in the Contact Centre for high-volume enquiries", "Head of Digital and Customer Services",
             d(2026, 1, 31), d(2026, 3, 31), "G", "A", "Supplier integration with the CRM delayed; revised go-live end of March."),
            ("1.3", "Close the Kirkby One Stop Shop and relocate the face-to-face service to the Kirkby Library hub", "Customer Services Manager / Libraries Manager",
             d(2026, 2, 28), d(2026, 2, 28), "G", "G", "Staff consultation complete; signage ordered."),
        ]),
        ("Workstream 2: Adult Social Care – Promoting Independence", [
            ("2.1", "Roll out strengths-based practice training to all adult social care front-line teams", "Principal Social Worker (Adults)",
             d(2025, 12, 31), d(2025, 12, 31), "G", "Complete", "All 14 teams trained; practice audits start in March."),
            ("2.2", "Establish a reablement-first pathway for all hospital discharges (Discharge to Assess)", "Assistant Director Adult Social Care; Head of Integrated Commissioning",
             d(2025, 11, 30), d(2026, 4, 30), "A", "R", "Reablement capacity short by 120 hours a week; recovery plan to Transformation Board."),
            ("2.3", "Review in-house day services – consultation and report to Cabinet", "Head of Provider Services",
             d(2026, 3, 31), d(2026, 6, 30), "A", "A", "Consultation extended at the request of families; Cabinet report moved to June."),
        ]),
        ("Workstream 3: Assets and Accommodation", [
            ("3.1", "Vacate the Yorkon Building and consolidate staff into the Municipal Building, Huyton", "Head of Property and Assets",
             "Q3 2025/26", "Q4 2025/26", "G", "A", "Fit-out of floor 2 delayed by asbestos survey findings."),
            ("3.2", "Take six surplus sites (tranche 2) to market", "Estates Manager",
             d(2026, 3, 31), d(2026, 3, 31), "G", "G", "Four sites marketed; two awaiting Cabinet approval."),
        ]),
        ("Workstream 4: Workforce and Organisational Design", [
            ("4.1", "Implement the new management structure (tiers 3 and 4) following consultation", "Executive Director (Resources)",
             d(2026, 4, 1), d(2026, 4, 1), None, None, "Not yet started – formal consultation opens in February 2026."),
        ]),
    ]
    for title, items in workstreams:
        ws.cell(row=r, column=1, value=title).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(headers))
        ws.cell(row=r, column=1).fill = fill("E2EFDA")
        r += 1
        for it in items:
            for i, v in enumerate(it, 1):
                c = ws.cell(row=r, column=i, value=v)
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
                c.alignment = WRAP
                c.border = BORDER
                if i in (6, 7) and v:
                    c.fill = fill(rag_fill[v])
                    c.alignment = Alignment(horizontal="center", vertical="top")
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Milestone summary").font = Font(bold=True)
    r += 1
    for k, v in [("Complete", 2), ("Green", 2), ("Amber", 3), ("Red", 1), ("Not started", 1), ("Total", 9)]:
        ws.cell(row=r, column=1, value=k)
        ws.cell(row=r, column=2, value=v)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Decisions required from Transformation Board").font = Font(bold=True)
    r += 1
    ws.cell(row=r, column=1, value="Approve the recovery plan for milestone 2.2 and the use of £150k from the transformation reserve for additional reablement hours.")
    widths = [44, 60, 34, 14, 14, 11, 11, 55]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w

    bn = wb.create_sheet("Benefits")
    bn["A1"] = "Benefits tracker 2025/26 (£000)"
    bn["A1"].font = Font(bold=True)
    rows = [("Workstream", "Target", "Forecast", "Variance"),
            ("Customer Access and Digital", 650, 520, -130),
            ("Adult Social Care – Promoting Independence", 1400, 980, -420),
            ("Assets and Accommodation", 480, 480, 0),
            ("Workforce and Organisational Design", 700, 700, 0),
            ("Total", 3230, 2680, -550)]
    for i, rw in enumerate(rows, start=3):
        for j, v in enumerate(rw, 1):
            bn.cell(row=i, column=j, value=v)
    bn.column_dimensions["A"].width = 44
    wb.save(os.path.join(HERE, "np2-knowsley-council-transformation-programme-highlight-report.xlsx"))


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


def set_text(cell, text, bold=False, size=9):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(1.5))


# ---------------------------------------------------------------------------
# 4. Salford CSP DHR 'Bernadette' action plan (docx)
# ---------------------------------------------------------------------------
def salford_dhr():
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Salford Community Safety Partnership: Domestic Homicide Review ‘Bernadette’ – Action Plan", style="Title")
    doc.add_paragraph("Version 3.1 – progress at 30 November 2025")
    doc.add_paragraph("OFFICIAL – for publication with the Overview Report")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Change"]):
        set_text(c, h, bold=True)
        shade(c, "D9D9D9")
    for rw in [("1.0", "14/01/2025", "DHR Independent Chair", "Action plan agreed by DHR Panel"),
               ("2.0", "20/05/2025", "Community Safety Manager", "Q1 progress added"),
               ("3.1", "30/11/2025", "Community Safety Manager", "Q3 progress added for CSP Board")]:
        cells = t.add_row().cells
        for c, v in zip(cells, rw):
            set_text(c, v)

    doc.add_paragraph()
    doc.add_paragraph("Status key: Complete – action delivered and evidence received; Green – on track; Amber – at risk of slipping; Red – off track or overdue; Not started.")

    doc.add_heading("Multi-agency action plan", level=2)
    headers = ["Recommendation", "Ref", "Action", "Lead agency / officer", "Target date", "Progress update (November 2025)", "Status"]
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, headers):
        set_text(c, h, bold=True)
        shade(c, "7030A0")
    recs = [
        ("1. Salford Community Safety Partnership should seek assurance that all partner agencies' domestic abuse training includes the risks to older victims and adult family member (child-to-parent) abuse.", [
            ("1.1", "Review the multi-agency domestic abuse training offer to include a module on older victims and child-to-parent abuse.", "Salford City Council (Domestic Abuse Strategic Lead)", "March 2025", "Module added to the training offer from April 2025; 212 practitioners trained to date.", "Complete"),
            ("1.2", "Deliver briefing sessions on the learning from this review to frontline practitioners across the partnership, supported by a 7-minute briefing.", "Salford CSP", "June 2025", "Four sessions delivered; 7-minute briefing published on the Salford Safeguarding website.", "Complete"),
        ]),
        ("2. Greater Manchester Police should ensure that DASH risk assessments are completed with every victim of domestic abuse, including where the perpetrator is an adult son or daughter.", [
            ("2.1", "Dip-sample 50 domestic abuse incidents involving adult family members to check DASH completion and quality.", "Greater Manchester Police", "Quarterly", "Q2 sample: 88% DASH completed; findings shared with the Salford district Public Protection Unit.", "Green"),
            ("2.2", "Refresh the domestic abuse aide-memoire for response officers to include indicators of child-to-parent abuse.", "Greater Manchester Police", "30/09/2025", "Aide-memoire reissued on 12 September 2025.", "Complete"),
        ]),
        ("3. Northern Care Alliance NHS Foundation Trust and NHS Greater Manchester should strengthen routine enquiry about domestic abuse in emergency department and primary care settings.", [
            ("3.1", "Audit routine enquiry compliance in the Salford Royal Emergency Department and report the findings to the Domestic Abuse Partnership Board.", "Northern Care Alliance NHS Foundation Trust", "December 2025", "Audit fieldwork complete; report delayed by staffing in the safeguarding team.", "Amber"),
            ("3.2", "Promote the IRIS programme to all Salford GP practices and report uptake.", "NHS Greater Manchester (Salford) and Salford Women's Aid", "March 2026", "31 of 42 practices signed up.", "Green"),
        ]),
        ("4. Salford City Council Adult Social Care should ensure that carers' assessments consider whether the carer is experiencing abuse from the person they care for.", [
            ("4.1", "Amend the carers' assessment template to include a mandatory domestic abuse question and practice guidance.", "Salford City Council Adult Social Care", "September 2025\nRevised: January 2026", "Change to the case management system scheduled for the January release.", "Amber"),
            ("4.2", "Monitor completion of the domestic abuse question through the quarterly adult social care quality assurance audit.", "Principal Social Worker (Adults)", "Ongoing", "Will start once action 4.1 is complete.", "Not started"),
        ]),
        ("5. Salford Community Safety Partnership should write to the Home Office and the Domestic Abuse Commissioner highlighting the gap in specialist support for older victims of child-to-parent abuse.", [
            ("5.1", "Send a letter from the CSP Chair to the Home Office and the Domestic Abuse Commissioner setting out the gap identified by this review.", "Chair, Salford Community Safety Partnership", "April 2025", "Letter sent 9 April 2025; acknowledgement received.", "Complete"),
        ]),
    ]
    colours = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    for rec, acts in recs:
        first = None
        for a in acts:
            cells = t.add_row().cells
            if first is None:
                first = cells[0]
                set_text(cells[0], rec, bold=True)
            else:
                first = first.merge(cells[0])
            for c, v in zip(cells[1:], a):
                set_text(c, v)
            if a[-1] in colours:
                shade(cells[-1], colours[a[-1]])
    doc.add_paragraph()
    doc.add_paragraph("Summary at 30 November 2025: 9 actions – 4 complete, 2 green, 2 amber, 0 red, 1 not started.")
    doc.add_paragraph("Progress is reported quarterly to the Salford Community Safety Partnership Board and the Domestic Abuse Partnership Board.")
    doc.save(os.path.join(HERE, "np2-salford-community-safety-partnership-dhr-bernadette-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Bridgewater Community Healthcare NHSFT SAR 'Adult D' single agency action plan (docx)
# ---------------------------------------------------------------------------
def bridgewater_sar():
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Bridgewater Community Healthcare NHS Foundation Trust – Safeguarding Adults Review ‘Adult D’: Single Agency Action Plan", style="Title")
    doc.add_paragraph("Review commissioned by Halton Safeguarding Adults Board. This plan sets out the Trust's response to the recommendations that apply to community health services.")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Author", "Named Nurse Safeguarding Adults"),
                 ("Executive lead", "Chief Nurse"),
                 ("Approved by", "Quality and Safety Committee, 14 October 2025"),
                 ("Version", "1.2 – updated 8 January 2026"),
                 ("Reporting", "Quarterly to the Trust Safeguarding Group and Halton SAB Learning and Development Sub-group")]:
        cells = t.add_row().cells
        set_text(cells[0], k, bold=True)
        shade(cells[0], "D9D9D9")
        set_text(cells[1], v)

    doc.add_paragraph()
    doc.add_paragraph("BRAG rating key", style="Heading 3")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for letter, meaning, col in [("B", "Completed and evidence of embedding in practice", "0070C0"),
                                 ("G", "Completed – evidence of impact awaited, or on track", "00B050"),
                                 ("A", "Started – some risk to the timescale", "FFC000"),
                                 ("R", "Not started or overdue", "FF0000")]:
        cells = t.add_row().cells
        set_text(cells[0], letter, bold=True)
        shade(cells[0], col)
        set_text(cells[1], meaning)

    headers = ["No.", "Action", "Responsible officer", "Timescale", "Revised timescale", "Evidence / progress", "BRAG"]
    cols = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}
    themes = [
        ("Theme 1: Self-neglect and hoarding",
         "SAR Recommendation 1: Agencies should ensure practitioners recognise self-neglect and use the Halton Self-Neglect and Hoarding Protocol when concerns are identified.",
         [("1a", "Include the Self-Neglect and Hoarding Protocol in Level 3 Safeguarding Adults training for all community nursing staff.", "Named Nurse Safeguarding Adults", "31/12/2025", "", "Training slides updated; 86% of district nurses trained at 31 December.", "G"),
          ("1b", "Add a self-neglect prompt to the District Nursing holistic assessment template on SystmOne.", "Clinical Systems Lead; District Nursing Service Lead", "March 2026", "", "Template change approved by the Clinical Records Group; build in progress.", "A")],
         None),
        ("Theme 2: Mental capacity and executive functioning",
         "SAR Recommendation 3: Agencies should ensure that mental capacity assessments consider executive functioning where a person repeatedly declines care.",
         [("2a", "Deliver MCA masterclasses on executive functioning to community nursing and therapy teams in Halton and Warrington.", "MCA Lead", "Jan – Mar 2026", "", "Two of six sessions delivered.", "A"),
          ("2b", "Audit 20 MCA assessments where care was declined and report the findings to the Trust Safeguarding Group.", "Safeguarding Adults Practitioner", "Quarterly", "", "Q3 audit: 14 of 20 assessments referenced executive functioning.", "G"),
          ("2c", "Publish a 7-minute briefing on the SAR findings for all clinical staff.", "Head of Safeguarding", "30/09/2025", "", "Published on the intranet on 22 September 2025 and discussed at team safety huddles.", "B")],
         "Note: the MCA Lead post was vacant from August to October 2025, which delayed action 2a."),
        ("Theme 3: Escalation and record keeping",
         "SAR Recommendation 5: Agencies should ensure that concerns are escalated through the multi-agency escalation policy when a person's needs are not being met.",
         [("3a", "Refresh the Trust's safeguarding escalation guidance to reference the Halton SAB Escalation and Resolution Policy.", "Head of Safeguarding", "31/10/2025", "", "Guidance reissued October 2025.", "B"),
          ("3b", "Complete a record-keeping audit in the Halton District Nursing teams focusing on how declined visits are documented.", "Locality Manager – Halton", "30/11/2025", "28/02/2026", "Audit not started due to winter pressures; now scheduled for February.", "R")],
         None),
    ]
    for theme, rec, acts, note in themes:
        doc.add_heading(theme, level=2)
        p = doc.add_paragraph()
        run = p.add_run(rec)
        run.bold = True
        t = doc.add_table(rows=1, cols=len(headers))
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, headers):
            set_text(c, h, bold=True)
            shade(c, "B4C6E7")
        for a in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, a):
                set_text(c, v)
            shade(cells[-1], cols[a[-1]])
        if note:
            doc.add_paragraph(note)
    doc.add_paragraph()
    doc.add_paragraph("Sign-off: Chief Nurse – 8 January 2026")
    doc.save(os.path.join(HERE, "np2-bridgewater-community-healthcare-nhsft-sar-adult-d-single-agency-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Doncaster and Bassetlaw Teaching Hospitals maternity and neonatal improvement plan (csv, refuse)
# ---------------------------------------------------------------------------
def dbth_maternity_csv():
    headers = ["Ref", "Workstream", "Source", "Action", "Action Owner", "Executive Lead", "Original Due Date", "Revised Due Date", "BRAG", "Latest Update"]
    n = len(headers)
    rows = [
        ["Doncaster and Bassetlaw Teaching Hospitals NHS Foundation Trust - Maternity and Neonatal Improvement Plan 2025/26"] + [""] * (n - 1),
        ["Exported from the Maternity Governance Tracker on 14/01/2026 for the Maternity and Neonatal Safety Champions meeting"] + [""] * (n - 1),
        [""] * n,
        headers,
        ["MNIP-01", "Listening to and working with women and families", "CQC maternity inspection 2024 - Should do 2",
         "Co-produce the maternity triage information leaflet with the Maternity and Neonatal Voices Partnership (MNVP) and publish it in the five most requested languages",
         "Patient Experience Midwife", "Director of Midwifery", "October 2025", "", "Blue", "Leaflet published 14/10/2025; translated versions on the website"],
        ["MNIP-02", "Listening to and working with women and families", "MIS Year 7 Safety Action 7",
         "Hold quarterly 15 Steps walkarounds of the birth centre and antenatal clinic with the MNVP",
         "MNVP Lead; Head of Midwifery", "Director of Midwifery", "Quarterly", "", "Green", "Q3 walkaround completed at Bassetlaw on 03/12/2025"],
        ["MNIP-03", "Growing, retaining and supporting our workforce", "Three-year delivery plan Theme 2",
         "Recruit to the Birthrate Plus establishment of 262.4 WTE midwives",
         "Head of Midwifery", "Chief Nurse", "March 2026", "", "Amber", "Vacancy 11.2 WTE; 9 newly qualified midwives start in February"],
        ["MNIP-04", "Growing, retaining and supporting our workforce", "MIS Year 7 Safety Action 8",
         "Achieve 90% attendance at PROMPT multi-professional emergency skills training for every staff group",
         "Practice Development Midwife", "Chief Medical Officer", "December 2025", "", "Green", "Midwives 94%; obstetric consultants 91%; anaesthetists 90%"],
        ["MNIP-05", "Developing and sustaining a culture of safety", "PSIRF",
         "Embed the maternity PSIRF plan with weekly learning huddles and thematic review of low-harm incidents",
         "Maternity Governance Lead", "Chief Nurse", "January 2026", "", "Green", "Weekly huddles in place at both sites"],
        ["MNIP-06", "Developing and sustaining a culture of safety", "CQC maternity inspection 2024 - Must do 1",
         "Ensure hourly fresh eyes reviews of CTGs are carried out and documented for all women on continuous monitoring",
         "Labour Ward Lead Midwife; Fetal Monitoring Lead Obstetrician", "Chief Medical Officer", "November 2025", "Febuary 2026", "Amber", "December audit 82% compliance; re-audit planned"],
        ["MNIP-07", "Standards and structures that underpin safer care", "Saving Babies' Lives v3 Element 2",
         "Introduce a monthly fetal growth restriction audit and report detection rates to the Perinatal Quality Surveillance meeting",
         "Fetal Medicine Lead", "Chief Medical Officer", "March 2026", "", "Green", "First audit reported in December"],
        ["MNIP-08", "Standards and structures that underpin safer care", "MIS Year 7 Safety Action 1",
         "Review all eligible perinatal deaths using the Perinatal Mortality Review Tool within the required timescales",
         "Bereavement Midwife; Neonatal Consultant (PMRT Lead)", "Chief Medical Officer", "Ongoing", "", "Green", "All Q3 cases started within 2 months"],
        ["MNIP-09", "Standards and structures that underpin safer care", "Neonatal Critical Care Review",
         "Implement the BAPM perinatal optimisation care pathway for babies born before 34 weeks",
         "Neonatal Unit Manager", "Chief Nurse", "June 2026", "", "Green", "Optimisation bundle compliance 78% in Q3"],
        [""] * n,
        ["Total actions: 9", "Blue: 1", "Green: 6", "Amber: 2", "Red: 0"] + [""] * (n - 5),
    ]
    with open(os.path.join(HERE, "np2-doncaster-and-bassetlaw-teaching-hospitals-nhsft-maternity-neonatal-improvement-plan-typo-month-refuse.csv"),
              "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for rw in rows:
            w.writerow(rw)


# ---------------------------------------------------------------------------
# 7. Safer Trafford Partnership community safety plan 2025-26 delivery plan (txt, tab separated)
# ---------------------------------------------------------------------------
def trafford_csp_txt():
    T = "\t"
    lines = [
        "Safer Trafford Partnership – Community Safety Plan 2025-28: Year 1 Delivery Plan 2025/26",
        "Quarter 3 progress update – reported to the Safer Trafford Partnership Board on 4 February 2026",
        "",
        "RAG key: Complete = action delivered; Green = on track; Amber = some slippage; Red = significant delay or cannot be delivered",
        "",
        T.join(["Ref", "Action", "Lead", "Supporting partners", "Timescale", "RAG", "Q3 update"]),
        "PRIORITY 1: REDUCING SERIOUS VIOLENCE",
        T.join(["P1.1", "Deliver Operation Sceptre knife amnesties and weapons sweeps in Stretford, Old Trafford and Altrincham town centre.", "GMP Trafford District", "Trafford Council Community Safety Team", "Nov 2025", "Complete", "Sceptre week held 17-23 November 2025; 46 knives surrendered."]),
        T.join(["P1.2", "Commission a detached youth work offer in the three violence hotspots identified in the Serious Violence Strategic Needs Assessment.", "Trafford Council Youth Service", "Trafford Youth Justice Service; GMP", "Apr 2025 – Mar 2026", "Green", "Offer running in Old Trafford and Partington; third area starts January."]),
        "PRIORITY 2: DOMESTIC ABUSE AND VIOLENCE AGAINST WOMEN AND GIRLS",
        T.join(["P2.1", "Achieve White Ribbon accreditation for Trafford Council.", "Domestic Abuse Partnership Manager", "HR; Communications", "December 2025", "Amber", "Submission made in December; assessment outcome expected in March."]),
        T.join(["P2.2", "Roll out the Safe Night Out scheme (Ask for Angela and WAVE training) to 40 licensed premises in Altrincham and Sale.", "Licensing Manager & Night Time Economy Officer", "GMP Licensing; Trafford Pubwatch", "31/03/2026", "Green", "27 premises trained to date."]),
        T.join(["P2.3", "Commission the Drive programme for high-harm, high-risk perpetrators of domestic abuse.", "Trafford Council Domestic Abuse Team", "Probation Service; GMP", "TBC (subject to funding)", "Red", "Bid to the GMCA VAWG fund unsuccessful; alternative funding being sought."]),
        "PRIORITY 3: ANTI-SOCIAL BEHAVIOUR AND NEIGHBOURHOOD CRIME",
        T.join(["P3.1", "Review the ASB Case Review (Community Trigger) process and publish the annual data.", "ASB Manager", "Registered housing providers", "Jun 2025", "Complete", "Data published on the Council website in June."]),
        T.join(["P3.2", "Deliver a multi-agency problem-solving plan for Partington shopping precinct, including a CCTV upgrade and environmental improvements.", "Neighbourhood Inspector (Partington) / Community Safety Manager", "Great Places Housing; Trafford Council Highways", "Q4 2025/26", "Amber", "CCTV installation delayed to February by the supplier."]),
        "PRIORITY 4: DRUGS AND ALCOHOL",
        T.join(["P4.1", "Increase referrals from custody into drug and alcohol treatment through the Criminal Justice Liaison team.", "Change Grow Live (CGL) Trafford", "GMP Custody; Probation Service", "Ongoing", "Green", "Q3: 38 referrals from custody (Q2: 29)."]),
        T.join(["P4.2", "Carry out a Combating Drugs Partnership needs assessment refresh and agree the 2026/27 priorities.", "Public Health Consultant", "Combating Drugs Partnership members", "Feb 2026", "Green", "Draft to Combating Drugs Partnership on 11 February."]),
        "",
        "Summary: 9 actions – 2 Complete, 4 Green, 2 Amber, 1 Red",
        "Contact: Community Safety Team, Trafford Council",
    ]
    with open(os.path.join(HERE, "np2-safer-trafford-partnership-community-safety-plan-2025-26-delivery-plan.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    rochdale_risk_register()
    whh_action_log()
    knowsley_highlight()
    salford_dhr()
    bridgewater_sar()
    dbth_maternity_csv()
    trafford_csp_txt()
    print("built 7 files in", HERE)
