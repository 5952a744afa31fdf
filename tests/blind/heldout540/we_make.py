"""Build the seven `we-` blind cases of set heldout540.

Run:  python we_make.py             -> writes the seven data files
      python we_make.py --expected  -> also writes NAME.expected.yaml beside each

Bodies: Wales, Scotland and Northern Ireland.  All content is invented in the
style of the body's published plans; people's names are fictitious.
"""
import csv
import datetime as dt
import os
import sys

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

FILL = {
    "green": "00B050", "amber": "FFC000", "red": "FF0000", "blue": "0070C0",
    "lgreen": "C6EFCE", "lamber": "FFEB9C", "lred": "FFC7CE", "lblue": "BDD7EE",
    "grey": "D9D9D9", "navy": "1F3864", "teal": "DDEBF7", "purple": "E4DFEC",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")

EXPECTED = {}   # file name -> dict for the expected reading


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


# ---------------------------------------------------------------------------
# 1. Creative Scotland - Audit Scotland annual audit report 2024/25 action plan progress (xlsx)
# ---------------------------------------------------------------------------
def creative_scotland():
    name = "we-creative-scotland-annual-audit-report-2024-25-action-plan.xlsx"
    title = "Creative Scotland – 2024/25 Annual Audit Report: Action Plan Progress"
    wb = Workbook()

    # Cover
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Report to the Audit and Risk Committee, 24 February 2026"
    ws["A3"] = "External auditor: Audit Scotland"
    ws["A5"] = "Document control"
    ws["A5"].font = Font(bold=True)
    hdr = ["Version", "Date", "Author", "Comment"]
    rows = [
        ["0.1", "20/01/2026", "Head of Governance", "First draft for Senior Leadership Team"],
        ["1.0", "10/02/2026", "Director of Finance and Operations", "Approved for Audit and Risk Committee"],
    ]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=6, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = fill(FILL["grey"])
        c.border = BOX
    for i, r in enumerate(rows, 7):
        for j, v in enumerate(r, 1):
            ws.cell(row=i, column=j, value=v).border = BOX
    ws.column_dimensions["A"].width = 12
    ws.column_dimensions["B"].width = 14
    ws.column_dimensions["C"].width = 36
    ws.column_dimensions["D"].width = 44

    # Summary
    ss = wb.create_sheet("Summary")
    ss["A1"] = "Summary of progress at 31 January 2026"
    ss["A1"].font = Font(bold=True, size=12)
    sh = ["Current status", "2024/25 recommendations", "Prior year (2023/24)", "Total"]
    srows = [
        ["Complete", 1, 1, 2],
        ["Green – on track", 3, 0, 3],
        ["Amber – behind schedule", 1, 1, 2],
        ["Red – not on track", 1, 0, 1],
        ["Total", 6, 2, 8],
    ]
    for j, h in enumerate(sh, 1):
        c = ss.cell(row=3, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = fill(FILL["grey"])
        c.border = BOX
    for i, r in enumerate(srows, 4):
        for j, v in enumerate(r, 1):
            c = ss.cell(row=i, column=j, value=v)
            c.border = BOX
            if r[0] == "Total":
                c.font = Font(bold=True)
    ss["A10"] = "Status key: Complete = action implemented; Green = on track to meet target date; Amber = behind schedule but expected to be delivered; Red = not on track."
    ss.column_dimensions["A"].width = 28
    for col in "BCD":
        ss.column_dimensions[col].width = 22

    # Action plan
    ap = wb.create_sheet("Action plan")
    ap["A1"] = title
    ap["A1"].font = Font(bold=True, size=13)
    ap.merge_cells("A1:J1")
    ap["A2"] = ("Position at 31 January 2026. Recommendations from the 2024/25 Annual Audit Report (October 2025) "
                "and prior year recommendations not yet fully implemented.")
    ap.merge_cells("A2:J2")
    heads = ["No.", "Issue / risk", "Recommendation", "Agreed management action", "Responsible officer",
             "Original target date", "Revised target date", "Previous status (Nov 2025)",
             "Current status (Jan 2026)", "Progress update"]
    for j, h in enumerate(heads, 1):
        c = ap.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["navy"])
        c.alignment = WRAP
        c.border = BOX
    widths = [7, 38, 42, 46, 26, 13, 13, 13, 13, 40]
    for j, w in enumerate(widths):
        ap.column_dimensions[chr(65 + j)].width = w

    stat_fill = {"Complete": FILL["lblue"], "Green": FILL["lgreen"], "Amber": FILL["lamber"], "Red": FILL["lred"]}
    stat_read = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}

    sections = [
        ("Financial management", [
            dict(no="1",
                 issue="Budget monitoring reports to the Board do not show the forecast outturn against the revised budget for National Lottery funds.",
                 rec="Budget monitoring reports should present the forecast outturn for both Grant-in-Aid and National Lottery funds against the latest approved budget.",
                 actions=[dict(no="1", text="Quarterly finance reports to the Board will be redesigned to include a forecast outturn for National Lottery funds alongside Grant-in-Aid, measured against the latest approved budget.",
                               lead_cell="Director of Finance and Operations", lead=["Director of Finance and Operations"],
                               orig=D(2025, 12, 31), rev=None, prev="Green", cur="Complete",
                               upd="New report format used for the Q2 report to the Board in December 2025.", end="2025-12")]),
        ]),
        ("Financial sustainability", [
            dict(no=None,
                 issue="The medium-term financial plan does not set out how the projected funding gap from 2026/27 will be closed.",
                 rec="Creative Scotland should update its medium-term financial plan to identify the savings and income options required to close the projected funding gap, and report these to the Board.",
                 actions=[
                     dict(no="2a", text="Refresh the medium-term financial plan (2026/27 to 2028/29) with scenario modelling of Grant-in-Aid and National Lottery income.",
                          lead_cell="Head of Finance", lead=["Head of Finance"],
                          orig=D(2026, 3, 31), rev=None, prev="Green", cur="Green",
                          upd="Scenario modelling drafted; to Senior Leadership Team in February 2026.", end="2026-03"),
                     dict(no="2b", text="Present options to close the funding gap to a Board development session, including the implications for Multi-Year Funding commitments.",
                          lead_cell="Director of Finance and Operations / Chief Executive",
                          lead=["Director of Finance and Operations", "Chief Executive"],
                          orig=D(2025, 12, 31), rev=D(2026, 4, 30), prev="Amber", cur="Amber",
                          upd="Board development session moved to April 2026 to follow the Scottish Budget.", end="2026-04"),
                 ]),
        ]),
        ("Vision, leadership and governance", [
            dict(no="3",
                 issue="Registers of interests for two Board members had not been updated since 2023.",
                 rec="All Board members' registers of interests should be reviewed and updated annually and published on the website.",
                 actions=[dict(no="3", text="Run an annual declaration exercise each April, with updated registers published on the Creative Scotland website within one month.",
                               lead_cell="Head of Governance", lead=["Head of Governance"],
                               orig=D(2026, 4, 30), rev=None, prev="Green", cur="Green",
                               upd="Declaration forms issued to Board members for return by 31 March 2026.", end="2026-04")]),
            dict(no="4",
                 issue="The Board has not completed a self-assessment of its effectiveness since 2022.",
                 rec="The Board should complete a self-assessment of its effectiveness, using the On Board guidance, and agree an improvement plan.",
                 actions=[dict(no="4", text="Commission an externally facilitated Board effectiveness review and agree an improvement plan with the Board.",
                               lead_cell="Chair / Head of Governance", lead=["Chair", "Head of Governance"],
                               orig=D(2026, 1, 31), rev=D(2026, 6, 30), prev="Amber", cur="Red",
                               upd="Procurement of a facilitator paused pending the appointment of the new Chair.", end="2026-06")]),
        ]),
        ("Use of resources to improve outcomes", [
            dict(no="5",
                 issue="Performance reporting does not link funding decisions to the outcomes in the Corporate Plan.",
                 rec="Creative Scotland should develop outcome measures for its funding programmes and report progress against them in the annual report.",
                 actions=[dict(no="5", text="Develop an outcomes framework for Multi-Year Funding and the Open Fund, with baseline measures reported in the 2025/26 annual report.",
                               lead_cell="Director of Strategy and Planning", lead=["Director of Strategy and Planning"],
                               orig=D(2026, 6, 30), rev=None, prev="Green", cur="Green",
                               upd="Consultation with funded organisations on the framework closes in March 2026.", end="2026-06")]),
        ]),
        ("Prior year recommendations brought forward (2023/24)", [
            dict(no="PY1",
                 issue="The fixed asset register was not reconciled to the general ledger during the year.",
                 rec="The fixed asset register should be reconciled to the general ledger at least quarterly.",
                 actions=[dict(no="PY1", text="Introduce a quarterly reconciliation of the fixed asset register to the general ledger, reviewed by the Financial Controller.",
                               lead_cell="Financial Controller", lead=["Financial Controller"],
                               orig=D(2025, 3, 31), rev=D(2025, 9, 30), prev="Amber", cur="Complete",
                               upd="Reconciliations completed for Q1 and Q2 2025/26.", end="2025-09")]),
            dict(no="PY2",
                 issue="User access to the grants management system is not reviewed regularly.",
                 rec="A periodic review of user access to the grants management system should be introduced.",
                 actions=[dict(no="PY2", text="Carry out a six-monthly review of user access to the grants management system, with leavers removed within five working days.",
                               lead_cell="Head of Digital; Head of Funding Operations",
                               lead=["Head of Digital", "Head of Funding Operations"],
                               orig=D(2025, 6, 30), rev="March 2026", prev="Red", cur="Amber",
                               upd="First review completed November 2025; the leavers process is being automated.", end="2026-03")]),
        ]),
    ]

    exp = []
    r = 5
    for sec, recs in sections:
        c = ap.cell(row=r, column=1, value=sec)
        c.font = Font(bold=True)
        for j in range(1, 11):
            ap.cell(row=r, column=j).fill = fill(FILL["teal"])
        ap.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for rec in recs:
            start = r
            for a in rec["actions"]:
                ap.cell(row=r, column=1, value=a["no"])
                ap.cell(row=r, column=4, value=a["text"])
                ap.cell(row=r, column=5, value=a["lead_cell"])
                oc = ap.cell(row=r, column=6, value=a["orig"])
                oc.number_format = "dd/mm/yyyy"
                if a["rev"] is not None:
                    rc = ap.cell(row=r, column=7, value=a["rev"])
                    if isinstance(a["rev"], D):
                        rc.number_format = "dd/mm/yyyy"
                pc = ap.cell(row=r, column=8, value=a["prev"])
                pc.fill = fill(stat_fill[a["prev"]])
                cc = ap.cell(row=r, column=9, value=a["cur"])
                cc.fill = fill(stat_fill[a["cur"]])
                cc.font = Font(bold=True)
                ap.cell(row=r, column=10, value=a["upd"])
                for j in range(1, 11):
                    ap.cell(row=r, column=j).alignment = WRAP
                    ap.cell(row=r, column=j).border = BOX
                exp.append(act(a["no"], [sec, rec["rec"]], a["text"], a["lead"], a["end"], stat_read[a["cur"]]))
                r += 1
            ap.cell(row=start, column=2, value=rec["issue"])
            ap.cell(row=start, column=3, value=rec["rec"])
            if r - start > 1:
                ap.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
                ap.merge_cells(start_row=start, start_column=3, end_row=r - 1, end_column=3)
    r += 1
    ap.cell(row=r, column=1, value="Note: status reflects management's assessment and has not yet been validated by Audit Scotland. "
                                   "Where a revised target date is shown it has been agreed by the Audit and Risk Committee.")
    ap.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
    ap.freeze_panes = "A5"
    wb.save(os.path.join(HERE, name))

    EXPECTED[name] = dict(
        source=("Imitates a Scottish public body's follow-up of its Audit Scotland Annual Audit Report action plan "
                "(Appendix 1 'Action plan' of an annual audit report: issue/risk, recommendation, agreed management "
                "action, responsible officer, agreed date) as taken to an Audit and Risk Committee, 2026. Copied features: "
                "cover sheet with document-control table, summary sheet with totals by status, audit-dimension section rows "
                "(financial management, financial sustainability, vision leadership and governance, use of resources), a "
                "recommendation merged vertically over two agreed actions (2a/2b), original and revised target dates, "
                "previous and current status columns with fill colour, prior-year recommendations brought forward, note line."),
        reads=("An Audit and Risk Committee progress report on the 2024/25 annual audit action plan: a cover and a summary "
               "of status counts, then one action plan sheet where each audit area heads its recommendations and the agreed "
               "management actions. Eight actions, each with a responsible officer, original and sometimes revised date, "
               "and a previous and current status; the current status is what is read."),
        outcome="read", accept_refusal=False, title=title, actions=exp)


# ---------------------------------------------------------------------------
# 2. Education Authority (NI) - corporate risk register 2025-26 (xlsx)
# ---------------------------------------------------------------------------
def ea_ni():
    name = "we-education-authority-ni-corporate-risk-register-2025-26.xlsx"
    title = "Education Authority – Corporate Risk Register 2025-26"
    wb = Workbook()
    dc = wb.active
    dc.title = "Document control"
    dc["A1"] = title
    dc["A1"].font = Font(bold=True, size=14)
    dc["A3"] = "Version history"
    dc["A3"].font = Font(bold=True)
    vh = [["Version", "Date", "Summary of changes", "Reviewed by"],
          ["v1.0", "April 2025", "Annual refresh of the register; CR4 re-scored", "Executive Leadership Team"],
          ["v1.1", "June 2025", "Q1 review – no new risks", "Audit and Risk Assurance Committee"],
          ["v1.2", "October 2025", "Q2 review – actions updated", "Audit and Risk Assurance Committee"]]
    for i, row in enumerate(vh, 4):
        for j, v in enumerate(row, 1):
            c = dc.cell(row=i, column=j, value=v)
            c.border = BOX
            if i == 4:
                c.font = Font(bold=True)
                c.fill = fill(FILL["grey"])
    dc["A9"] = "Owner: Head of Corporate Governance and Risk"
    dc["A10"] = "Next review: January 2026 (Q3)"
    for col, w in zip("ABCD", [12, 16, 46, 36]):
        dc.column_dimensions[col].width = w

    key = wb.create_sheet("Risk scoring key")
    key["A1"] = "Risk scoring matrix (Likelihood x Impact)"
    key["A1"].font = Font(bold=True)
    key["A2"] = "Impact →"
    for j in range(1, 6):
        key.cell(row=2, column=j + 1, value=j).font = Font(bold=True)
    for li in range(5, 0, -1):
        rr = 3 + (5 - li)
        key.cell(row=rr, column=1, value=f"Likelihood {li}").font = Font(bold=True)
        for im in range(1, 6):
            s = li * im
            c = key.cell(row=rr, column=im + 1, value=s)
            c.fill = fill(FILL["red"] if s >= 15 else FILL["amber"] if s >= 8 else FILL["green"])
            c.border = BOX
    key["A10"] = "Action status key (colour of the Action status cell)"
    key["A10"].font = Font(bold=True)
    ks = [("green", "On track"), ("amber", "Behind schedule but recoverable"),
          ("red", "Significantly behind schedule / at risk"), ("blue", "Complete"), (None, "No colour – not yet started")]
    for i, (col, txt) in enumerate(ks, 11):
        c = key.cell(row=i, column=1)
        if col:
            c.fill = fill(FILL[col])
        c.border = BOX
        key.cell(row=i, column=2, value=txt)
    key.column_dimensions["A"].width = 16
    key.column_dimensions["B"].width = 44

    rg = wb.create_sheet("Corporate Risk Register")
    rg["A1"] = title
    rg["A1"].font = Font(bold=True, size=14)
    rg["A2"] = "Quarter 2 review – position at 30 September 2025"
    rg["A2"].font = Font(italic=True)
    heads = ["Risk", "Risk description", "Risk owner", "Inherent score (L x I)", "Key existing controls",
             "Current score", "Target score", "Ref", "Further action required", "Action owner", "Target date",
             "Action status"]
    for j, h in enumerate(heads, 1):
        c = rg.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("2E75B6")
        c.alignment = WRAP
        c.border = BOX
    for col, w in zip("ABCDEFGHIJKL", [24, 40, 24, 11, 40, 9, 9, 6, 46, 30, 13, 10]):
        rg.column_dimensions[col].width = w

    def score_fill(s):
        return fill(FILL["red"] if s >= 15 else FILL["amber"] if s >= 8 else FILL["green"])

    risks = [
        dict(risk="CR1 – Financial sustainability",
             desc="There is a risk that the EA cannot deliver its statutory services within the 2025-26 budget allocation from the Department of Education, leading to an overspend and loss of public confidence.",
             owner="Chief Executive", inh="5 x 5 = 25",
             ctrl="Monthly budget monitoring to ELT and Board; savings plan tracked by Finance Committee; regular engagement with DE Finance.",
             cur=20, tgt=12,
             actions=[
                 dict(ref="1.1", text="Deliver the 2025-26 savings plan of £40m.\nMonthly progress reports to the Finance and General Purposes Committee.",
                      lead_cell="Director of Finance and Information Technology", lead=["Director of Finance and Information Technology"],
                      date=D(2026, 3, 31), fmt="dd/mm/yyyy", st="amber", end="2026-03"),
                 dict(ref="1.2", text="Agree with the Department of Education a funding model for home-to-school transport for pupils with SEN that reflects growth in demand.",
                      lead_cell="Director of Operations and Estates / Director of Children and Young People's Services",
                      lead=["Director of Operations and Estates", "Director of Children and Young People's Services"],
                      date="Q4 2025/26", st="red", end="2026-03"),
                 dict(ref="1.3", text="Complete the establishment review of non-teaching posts in EA headquarters.",
                      lead_cell="Director of Human Resources and Corporate Services", lead=["Director of Human Resources and Corporate Services"],
                      date=D(2025, 12, 31), fmt="dd/mm/yyyy", st="green", end="2025-12"),
             ]),
        dict(risk="CR2 – Special educational needs",
             desc="There is a risk that children and young people with special educational needs do not receive timely statutory assessment and placement, resulting in breaches of statutory timeframes and poorer outcomes.",
             owner="Director of Children and Young People's Services", inh="5 x 4 = 20",
             ctrl="SEN Reform Agenda programme board; weekly placement planning meetings; performance reported to Board each meeting.",
             cur=16, tgt=9,
             actions=[
                 dict(ref="2.1", text="Implement the SEN Reform Agenda Delivery Plan, including the new statutory assessment operating model.",
                      lead_cell="Assistant Director, SEN", lead=["Assistant Director, SEN"],
                      date="Sept 2025 – June 2026", st="green", end="2026-06"),
                 dict(ref="2.2", text="Open 40 additional specialist provision in mainstream school (SPiMS) classes for September 2025.",
                      lead_cell="Head of SEN Place Planning", lead=["Head of SEN Place Planning"],
                      date=D(2025, 9, 30), fmt="dd/mm/yyyy", st="blue", end="2025-09"),
                 dict(ref="2.3", text="Reduce the number of statutory assessments open for more than 26 weeks to below 300.",
                      lead_cell="Assistant Director, SEN", lead=["Assistant Director, SEN"],
                      date=D(2026, 3, 31), fmt="dd/mm/yyyy", st="amber", end="2026-03"),
             ]),
        dict(risk="CR3 – Cyber security and information governance",
             desc="There is a risk of a successful cyber attack or data breach affecting EA or school systems, resulting in loss of service, loss of data and reputational damage.",
             owner="Director of Finance and Information Technology", inh="4 x 5 = 20",
             ctrl="Firewalls and endpoint protection; mandatory data protection training; incident response plan tested annually.",
             cur=12, tgt=8,
             actions=[
                 dict(ref="3.1", text="Roll out multi-factor authentication to all C2k school staff accounts.",
                      lead_cell="Head of ICT Security", lead=["Head of ICT Security"],
                      date=D(2025, 12, 1), fmt="mmm-yy", st="green", end="2025-12"),
                 dict(ref="3.2", text="Achieve Cyber Essentials Plus accreditation for the EA corporate network.",
                      lead_cell="Head of ICT Security; Information Governance Manager",
                      lead=["Head of ICT Security", "Information Governance Manager"],
                      date=D(2026, 6, 30), fmt="dd/mm/yyyy", st=None, end="2026-06"),
             ]),
        dict(risk="CR4 – School estate condition",
             desc="There is a risk that the condition of the school estate deteriorates because capital and maintenance funding is insufficient, leading to school closures or health and safety incidents.",
             owner="Director of Operations and Estates", inh="4 x 4 = 16",
             ctrl="Planned maintenance programme; statutory compliance inspections; capital prioritisation framework agreed with DE.",
             cur=16, tgt=12,
             actions=[
                 dict(ref="4.1", text="Complete RAAC and asbestos surveys across all controlled schools and prioritise remedial works.",
                      lead_cell="Head of Estates Maintenance", lead=["Head of Estates Maintenance"],
                      date="Ongoing", st="green", end=None, end_text="Ongoing"),
                 dict(ref="4.2", text="Submit the 2026-27 capital bid to the Department of Education based on the updated condition survey.",
                      lead_cell="Head of Capital Development", lead=["Head of Capital Development"],
                      date=D(2026, 1, 31), fmt="dd/mm/yyyy", st="amber", end="2026-01"),
             ]),
    ]
    exp = []
    r = 5
    for rk in risks:
        start = r
        for a in rk["actions"]:
            rg.cell(row=r, column=8, value=a["ref"])
            rg.cell(row=r, column=9, value=a["text"])
            rg.cell(row=r, column=10, value=a["lead_cell"])
            dcell = rg.cell(row=r, column=11, value=a["date"])
            if isinstance(a["date"], D):
                dcell.number_format = a["fmt"]
            sc = rg.cell(row=r, column=12)
            if a["st"]:
                sc.fill = fill(FILL[a["st"]])
            for j in range(1, 13):
                rg.cell(row=r, column=j).alignment = WRAP
                rg.cell(row=r, column=j).border = BOX
            exp.append(act(a["ref"], [rk["risk"]], a["text"], a["lead"], a["end"],
                           a["st"] or "unrated", a.get("end_text")))
            r += 1
        vals = [rk["risk"], rk["desc"], rk["owner"], rk["inh"], rk["ctrl"], rk["cur"], rk["tgt"]]
        for j, v in enumerate(vals, 1):
            c = rg.cell(row=start, column=j, value=v)
            if j == 1:
                c.font = Font(bold=True)
            if j in (6, 7):
                c.fill = score_fill(v)
                c.alignment = Alignment(horizontal="center", vertical="top")
            rg.merge_cells(start_row=start, start_column=j, end_row=r - 1, end_column=j)
    r += 1
    rg.cell(row=r, column=1, value="Scores: L = likelihood, I = impact (1–5). Current score is after existing controls; "
                                   "target score is the score expected once the further actions are complete.")
    rg.cell(row=r + 1, column=1, value="Action status is shown by cell colour – see the Risk scoring key sheet.")
    rg.freeze_panes = "A5"
    wb.save(os.path.join(HERE, name))

    EXPECTED[name] = dict(
        source=("Imitates a Northern Ireland arm's-length body's corporate risk register as reported quarterly to its Audit "
                "and Risk Assurance Committee (Education Authority, 2025-26; layout after NI public-body registers such as "
                "the EA/ELB and AFBI corporate risk registers: risk, description, owner, inherent/current/target scores, "
                "existing controls, further actions with owner and target date). Copied features: document-control sheet "
                "with version history, scoring-matrix and action-status key sheet, risk cells merged vertically over their "
                "further actions, risk-score cells coloured by score (not action status), action status shown only by fill "
                "colour, one uncoloured (not started) action, an in-cell line break, a quarter (Q4 2025/26), a period and "
                "'Ongoing' as target dates, notes lines under the table."),
        reads=("A corporate risk register for 2025-26 at the Q2 review: four corporate risks, each with its controls and "
               "scores, and under each the further actions required. Ten actions, each with an action owner, a target date "
               "and a status given by the colour of the Action status cell per the key (green, amber, red, blue = complete, "
               "no colour = not started)."),
        outcome="read", accept_refusal=False, title=title, actions=exp)


# ---------------------------------------------------------------------------
# 3. Vale of Glamorgan Council - Annual Delivery Plan 2025/26 Q2 monitoring (xlsx)
# ---------------------------------------------------------------------------
def vale():
    name = "we-vale-of-glamorgan-council-annual-delivery-plan-2025-26-q2-monitoring.xlsx"
    title = "Vale of Glamorgan Council – Annual Delivery Plan 2025/26"
    wb = Workbook()
    ov = wb.active
    ov.title = "Overview"
    ov["A1"] = title
    ov["A1"].font = Font(bold=True, size=14, color="006837")
    ov["A2"] = "Quarter 2 Monitoring Report (1 April – 30 September 2025)"
    ov["A2"].font = Font(bold=True)
    ov["A3"] = "Working Together for a Brighter Future"
    ov["A3"].font = Font(italic=True)
    oh = ["Well-being Objective", "Actions", "Complete", "Green", "Amber", "Red", "Overall status"]
    orows = [
        ["1. To work with and for our communities", 3, 1, 1, 1, 0, "Green"],
        ["2. To support learning, employment and sustainable economic growth", 3, 1, 1, 0, 1, "Amber"],
        ["3. To support people at home and in their community", 3, 0, 2, 1, 0, "Green"],
        ["4. To respect, enhance and enjoy our environment", 2, 0, 1, 1, 0, "Amber"],
        ["Total", 11, 2, 5, 3, 1, "Green"],
    ]
    for j, h in enumerate(oh, 1):
        c = ov.cell(row=5, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("006837")
        c.border = BOX
        c.alignment = WRAP
    for i, row in enumerate(orows, 6):
        for j, v in enumerate(row, 1):
            c = ov.cell(row=i, column=j, value=v)
            c.border = BOX
            if j == 7:
                c.fill = fill(FILL["lgreen"] if v == "Green" else FILL["lamber"])
    ov["A12"] = "Status key: Complete – action delivered; Green – on track; Amber – minor slippage; Red – significant slippage or at risk."
    ov.column_dimensions["A"].width = 62
    for col in "BCDEF":
        ov.column_dimensions[col].width = 10
    ov.column_dimensions["G"].width = 14

    st_fill = {"Complete": FILL["lblue"], "Green": FILL["lgreen"], "Amber": FILL["lamber"], "Red": FILL["lred"]}
    st_read = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    wos = [
        ("WO1", "Well-being Objective 1: To work with and for our communities", [
            ("Community engagement", [
                ("WO1.1", "Deliver the Public Participation Strategy action plan, including a new online engagement platform for consultations.",
                 "Head of Policy and Business Transformation", ["Head of Policy and Business Transformation"],
                 "March 2026", "Green", "Platform procured; first consultations due to go live in November.", "2026-03", None),
                ("WO1.2", "Hold community conversations in Barry, Penarth and the Rural Vale to inform the 2026/27 budget.",
                 "Head of Policy and Business Transformation / Head of Finance",
                 ["Head of Policy and Business Transformation", "Head of Finance"],
                 "Q3 2025/26", "Complete", "Nine sessions held in September with 412 participants; findings reported to Cabinet.", "2025-12", None),
            ]),
            ("Organisational resilience", [
                ("WO1.3", "Move five further services onto the customer portal as part of the Reshaping programme digital workstream.",
                 "Director of Corporate Resources", ["Director of Corporate Resources"],
                 D(2026, 3, 31), "Amber", "Two services live; integration with the waste system delayed by supplier.", "2026-03", None),
            ]),
        ]),
        ("WO2", "Well-being Objective 2: To support learning, employment and sustainable economic growth", [
            ("Learning and skills", [
                ("WO2.1", "Complete the new Welsh-medium primary school at Barry Waterfront as part of the Sustainable Communities for Learning programme.",
                 "Head of Strategy, Community Learning and Resources", ["Head of Strategy, Community Learning and Resources"],
                 "September 2025", "Complete", "School opened to pupils on 3 September 2025.", "2025-09", None),
                ("WO2.2", "Reduce the number of young people not in education, employment or training through the Youth Engagement and Progression Framework.",
                 "Head of Achievement for All", ["Head of Achievement for All"],
                 "Ongoing", "Green", "Year 11 leavers' destination data due in Q3.", None, "Ongoing"),
            ]),
            ("Economic growth", [
                ("WO2.3", "Progress the Barry Docks Levelling Up Fund scheme to start on site.",
                 "Director of Place; Head of Regeneration and Planning",
                 ["Director of Place", "Head of Regeneration and Planning"],
                 D(2025, 12, 1), "Red", "Tender prices exceed budget; scheme being value-engineered before a revised report to Cabinet.", "2025-12", None),
            ]),
        ]),
        ("WO3", "Well-being Objective 3: To support people at home and in their community", [
            ("Housing", [
                ("WO3.1", "Deliver 120 new council homes through the Council House Building Programme.",
                 "Head of Housing and Building Services", ["Head of Housing and Building Services"],
                 "March 2026", "Amber", "64 homes completed; two sites delayed by drainage approvals.", "2026-03", None),
            ]),
            ("Social care", [
                ("WO3.2", "Reduce waiting times for domiciliary care packages by expanding the in-house Vale Community Resource Service.",
                 "Head of Adult Services", ["Head of Adult Services"],
                 D(2026, 1, 1), "Green", "Eight additional carers recruited; average wait down from 19 to 11 days.", "2026-01", None),
                ("WO3.3", "Work with schools to identify young carers and provide them with a Young Carers ID card.",
                 "Head of Children and Young People Services", ["Head of Children and Young People Services"],
                 "Summer term 2026", "Green", "Young carers champions now in 31 of 54 schools.", "2026-07", None),
            ]),
        ]),
        ("WO4", "Well-being Objective 4: To respect, enhance and enjoy our environment", [
            ("Project Zero", [
                ("WO4.1", "Install 60 additional public electric vehicle charging points across the Vale.",
                 "Head of Neighbourhood Services and Transport", ["Head of Neighbourhood Services and Transport"],
                 "March 2026", "Amber", "22 installed; grid connection dates awaited for the remaining sites.", "2026-03", None),
                ("WO4.2", "Publish the Green Infrastructure Strategy and Nature Recovery Action Plan.",
                 "Head of Sustainable Development", ["Head of Sustainable Development"],
                 D(2025, 11, 30), "Green", "Consultation closed; final draft to Cabinet in November.", "2025-11", None),
            ]),
        ]),
    ]
    exp = []
    for sheet, obj, themes in wos:
        ws = wb.create_sheet(sheet)
        ws["A1"] = "Annual Delivery Plan 2025/26 – Quarter 2 Monitoring"
        ws["A1"].font = Font(bold=True, size=12)
        ws["A2"] = obj
        ws["A2"].font = Font(bold=True, size=12, color="FFFFFF")
        for j in range(1, 7):
            ws.cell(row=2, column=j).fill = fill("006837")
        ws.merge_cells("A2:F2")
        hd = ["Ref", "Action", "Lead Officer", "Timescale", "Q2 Status", "Q2 Progress commentary"]
        for j, h in enumerate(hd, 1):
            c = ws.cell(row=4, column=j, value=h)
            c.font = Font(bold=True)
            c.fill = fill(FILL["grey"])
            c.border = BOX
        for col, w in zip("ABCDEF", [8, 58, 34, 16, 11, 52]):
            ws.column_dimensions[col].width = w
        r = 5
        for theme, rows in themes:
            c = ws.cell(row=r, column=1, value=theme)
            c.font = Font(bold=True, italic=True)
            for j in range(1, 7):
                ws.cell(row=r, column=j).fill = fill(FILL["purple"])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            r += 1
            for ref, text, lead_cell, lead, when, st, com, end, end_text in rows:
                vals = [ref, text, lead_cell, when, st, com]
                for j, v in enumerate(vals, 1):
                    c = ws.cell(row=r, column=j, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                if isinstance(when, D):
                    ws.cell(row=r, column=4).number_format = "dd/mm/yyyy" if when.day != 1 else "mmm-yy"
                ws.cell(row=r, column=5).fill = fill(st_fill[st])
                exp.append(act(ref, [obj, theme], text, lead, end, st_read[st], end_text))
                r += 1
        ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, name))

    EXPECTED[name] = dict(
        source=("Imitates the Vale of Glamorgan Council's Annual Delivery Plan quarterly monitoring (the ADP sets the in-year "
                "actions under the Council's four Well-being Objectives: to work with and for our communities; to support "
                "learning, employment and sustainable economic growth; to support people at home and in their community; "
                "to respect, enhance and enjoy our environment; valeofglamorgan.gov.uk Annual Delivery Plan pages and ADP "
                "monitoring reports to scrutiny). Copied features: an overview sheet with counts by status per objective, one "
                "sheet per Well-being Objective with the objective as a banner row, theme rows inside each sheet, job-title "
                "leads (some two posts), timescales written as months, a quarter, a school term, dates and 'Ongoing', Q2 status "
                "words with matching fill."),
        reads=("The Council's Annual Delivery Plan for 2025/26 at quarter 2: an overview of status counts, then four sheets, "
               "one per Well-being Objective, listing the actions under themes with a lead officer, timescale, Q2 status and "
               "commentary. Eleven actions."),
        outcome="read", accept_refusal=False, title=title, actions=exp)


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


def bold_cell(cell, text, hex_=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = True
    if hex_:
        shade(cell, hex_)


def set_cell(cell, text):
    """Text with inner line breaks becomes separate paragraphs in the cell."""
    parts = text.split("\n")
    cell.text = parts[0]
    for p in parts[1:]:
        cell.add_paragraph(p)


# ---------------------------------------------------------------------------
# 4. St Vincent's Hospice, Johnstone - HIS inspection improvement action plan (docx)
# ---------------------------------------------------------------------------
def st_vincents():
    name = "we-st-vincents-hospice-his-inspection-improvement-action-plan.docx"
    title = "St Vincent’s Hospice – Improvement Action Plan"
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading(title, level=0)
    doc.add_paragraph("Healthcare Improvement Scotland: unannounced inspection of independent healthcare, 4–5 February 2025")

    info = [("Service name", "St Vincent’s Hospice, Johnstone"),
            ("Service provider", "St Vincent’s Hospice Limited"),
            ("Date of inspection", "4–5 February 2025"),
            ("Inspection report published", "15 April 2025"),
            ("Action plan completed by", "Director of Clinical Services"),
            ("Date submitted to Healthcare Improvement Scotland", "13 May 2025"),
            ("Progress update", "September 2025")]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in info:
        row = t.add_row().cells
        bold_cell(row[0], k, "D9E2F3")
        row[1].text = v
    doc.add_paragraph("")
    doc.add_paragraph("This action plan sets out how we will address the requirements and recommendations made in "
                      "the inspection report. Progress is reported to the Clinical Governance Committee at each meeting "
                      "and the plan will be closed when all actions are complete.")

    status_read = {"Completed": "blue", "On track": "green", "Not started": "unrated"}
    plan = [
        ("Domain 5 – Planning for quality", [
            ("Requirement 1",
             "The provider must ensure that all patient care records include a completed and regularly reviewed falls risk assessment and, where a risk is identified, a falls care plan.",
             [("Falls risk assessment moved into the mandatory admission bundle on the electronic patient record, so that the admission cannot be completed without it.",
               "Director of Clinical Services", ["Director of Clinical Services"], "June 2025", "Completed", "2025-06", None),
              ("Monthly audit of 10 inpatient records against the falls standard, with results reported to the Clinical Governance Committee.",
               "Lead Nurse – Inpatient Unit", ["Lead Nurse – Inpatient Unit"], "Ongoing – monthly", "On track", None, "Ongoing – monthly")]),
            ("Requirement 2",
             "The provider must ensure that controlled drug stock checks are carried out and recorded in line with the hospice’s medicines management policy.",
             [("Introduce a twice-daily controlled drug stock check, signed by two registered nurses, at shift handover.",
               "Lead Nurse – Inpatient Unit / Lead Pharmacist", ["Lead Nurse – Inpatient Unit", "Lead Pharmacist"],
               "31 May 2025", "Completed", "2025-05", None),
              ("Update the medicines management policy and deliver refresher training to all registered nurses.",
               "Lead Pharmacist", ["Lead Pharmacist"], "August 2025", "On track", "2025-08", None)]),
            ("Recommendation a",
             "The service should develop a quality improvement plan that sets out how learning from complaints, incidents and patient feedback will be used to improve the service.",
             [("Develop a hospice-wide quality improvement plan linked to the Healthcare Improvement Scotland Quality Assurance Framework, and share it with staff and volunteers.",
               "Clinical Governance Lead", ["Clinical Governance Lead"], "September 2025", "On track", "2025-09", None)]),
        ]),
        ("Domain 7 – Quality control", [
            ("Requirement 3",
             "The provider must ensure that all staff complete mandatory infection prevention and control training, and that compliance is monitored.",
             [("Add the infection prevention and control modules to the mandatory training matrix and issue monthly compliance reports to line managers.",
               "Practice Development Facilitator", ["Practice Development Facilitator"], "July 2025", "Completed", "2025-07", None),
              ("Line managers to agree completion dates with every staff member below 100% compliance.",
               "Heads of Department", ["Heads of Department"], "30/09/2025", "Not started", "2025-09", None)]),
            ("Recommendation b",
             "The service should carry out a programme of audits of the cleanliness of the care environment and patient equipment.",
             [("Introduce the National Cleaning Services Specification audit tool for domestic and clinical areas, with quarterly peer audits.",
               "Facilities Manager / Infection Control Nurse", ["Facilities Manager", "Infection Control Nurse"],
               "October 2025", "On track", "2025-10", None)]),
        ]),
    ]
    exp = []
    for domain, items in plan:
        doc.add_heading(domain, level=1)
        for label, text, actions in items:
            tb = doc.add_table(rows=2, cols=4)
            tb.style = "Table Grid"
            bold_cell(tb.cell(0, 0), label, "FCE4D6" if label.startswith("Requirement") else "E2EFDA")
            m = tb.cell(0, 1).merge(tb.cell(0, 3))
            m.text = text
            for j, h in enumerate(["Action taken / planned", "Responsible person", "Timescale", "Status"]):
                bold_cell(tb.cell(1, j), h, "D9D9D9")
            for atext, lead_cell, lead, when, stat, end, end_text in actions:
                cells = tb.add_row().cells
                cells[0].text = atext
                cells[1].text = lead_cell
                cells[2].text = when
                cells[3].text = stat
                exp.append(act(None, [domain, text], atext, lead, end, status_read[stat], end_text))
            doc.add_paragraph("")
    doc.add_paragraph("Status key: Completed – action implemented and evidence held; On track – in progress within "
                      "timescale; Not started – action not yet begun.")
    sig = doc.add_table(rows=2, cols=2)
    sig.style = "Table Grid"
    sig.cell(0, 0).text = "Signed on behalf of the provider"
    sig.cell(0, 1).text = "Chief Executive"
    sig.cell(1, 0).text = "Date"
    sig.cell(1, 1).text = "13 May 2025 (updated 22 September 2025)"
    doc.save(os.path.join(HERE, name))

    EXPECTED[name] = dict(
        source=("Imitates an independent hospice's improvement action plan returned to Healthcare Improvement Scotland after "
                "an independent healthcare inspection (HIS reports list requirements and recommendations by Quality "
                "Assurance Framework domain; the provider returns its actions, responsible person and timescale), Scotland, "
                "2025. Copied features: title and service-details table, one heading per QAF domain, a Word table per "
                "requirement/recommendation with the label in the first cell and its text merged across the top row, "
                "column headings repeated in each table, job titles as responsible persons, status words with a key "
                "paragraph, a sign-off table at the end."),
        reads=("The hospice's action plan in response to its HIS inspection: under two domain headings, three requirements "
               "and two recommendations, each its own table with the actions taken or planned, who is responsible, the "
               "timescale and a status. Eight actions, none numbered."),
        outcome="read", accept_refusal=False, title=title, actions=exp)


# ---------------------------------------------------------------------------
# 5. Risca Community Comprehensive School - Estyn post-inspection action plan (docx)
# ---------------------------------------------------------------------------
def risca():
    name = "we-risca-community-comprehensive-school-estyn-post-inspection-action-plan.docx"
    title = "Risca Community Comprehensive School – Post-Inspection Action Plan"
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    h = doc.add_heading(title, level=0)
    doc.add_paragraph("Following the Estyn core inspection of 17–20 March 2025. Follow-up: significant improvement.")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Headteacher", "Mr G. Pritchard"), ("Chair of Governors", "Mrs A. Lloyd"),
                 ("Local authority", "Caerphilly County Borough Council"),
                 ("School improvement partner", "Education Achievement Service (EAS)"),
                 ("Approved by the governing body", "9 July 2025"),
                 ("Version", "2 – progress update January 2026")]:
        row = t.add_row().cells
        bold_cell(row[0], k, "DEEAF6")
        row[1].text = v
    doc.add_paragraph("")
    doc.add_paragraph("Abbreviations: HT – Headteacher; DHT – Deputy Headteacher; AHT – Assistant Headteacher; "
                      "CoG – Chair of Governors; T&L – teaching and learning; EAS – Education Achievement Service; "
                      "SLT – senior leadership team.")
    doc.add_paragraph("RAG key: B – completed; G – on track; A – some slippage; R – not on track.")

    rag_fill = {"B": "9DC3E6", "G": "A9D08E", "A": "FFD966", "R": "FF7C80"}
    rag_read = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    recs = [
        ("Recommendation 1: Improve the quality of teaching so that it challenges all pupils to make strong progress", [
            ("1.1", "Establish a teaching and learning group to agree and model the school’s ‘Risca Routines’ for lesson planning and questioning.",
             "DHT (T&L)", ["DHT (T&L)"], "Autumn term 2025",
             "All staff use the agreed routines; lesson observations show suitable challenge in most lessons.",
             "Half-termly learning walks – SLT", "B", "2025-12", None),
            ("1.2", "Provide a coaching programme for teachers identified through monitoring as needing support.\nPair each teacher with an experienced coach for at least six weeks.",
             "DHT (T&L) / EAS Challenge Adviser", ["DHT (T&L)", "EAS Challenge Adviser"], "Ongoing",
             "Teachers supported through coaching show improvement at follow-up observation.",
             "Coaching log reviewed monthly by DHT", "G", None, "Ongoing"),
            ("1.3", "Strengthen the quality of feedback so that pupils respond to it and improve their work, focusing on Years 7 to 9.",
             "AHT (Curriculum)", ["AHT (Curriculum)"], "Summer term 2026",
             "Book scrutiny shows pupils acting on feedback in most books.",
             "Termly book scrutiny – middle leaders and SLT", "A", "2026-07", None),
        ]),
        ("Recommendation 2: Strengthen the provision for developing pupils’ literacy and numeracy skills across the curriculum", [
            ("2.1", "Appoint literacy and numeracy coordinators and produce a skills map for Years 7 to 9.",
             "HT", ["HT"], "September 2025",
             "Skills map in place and used in department planning.",
             "Governors’ Standards Committee", "B", "2025-09", None),
            ("2.2", "Introduce a whole-school reading programme, with reading ages tested in September and June.",
             "Literacy Coordinator & AHT (Curriculum)", ["Literacy Coordinator", "AHT (Curriculum)"], "June 2026",
             "Reading ages improve for most pupils between the September and June tests.",
             "Reading data analysed by SLT each term", "G", "2026-06", None),
        ]),
        ("Recommendation 3: Improve attendance, particularly for pupils eligible for free school meals", [
            ("3.1", "Appoint an attendance officer and hold weekly attendance meetings with heads of year.",
             "AHT (Wellbeing)", ["AHT (Wellbeing)"], "October 2025",
             "Attendance officer in post; weekly meetings minuted.",
             "HT report to governors", "B", "2025-10", None),
            ("3.2", "Work with the local authority Education Welfare Service to target pupils who are persistently absent.",
             "AHT (Wellbeing); Education Welfare Officer", ["AHT (Wellbeing)", "Education Welfare Officer"],
             "Sept 2025 – July 2026",
             "Persistent absence falls by 5 percentage points.",
             "Half-termly attendance data – SLT", "A", "2026-07", None),
            ("3.3", "Launch a family engagement programme for pupils eligible for free school meals, including coffee mornings and home visits.",
             "Family Engagement Officer", ["Family Engagement Officer"], "Termly",
             "Increased attendance at family events; improved attendance of the target group.",
             "Termly review – AHT (Wellbeing)", "R", None, "Termly"),
        ]),
        ("Recommendation 4: Ensure that self-evaluation and improvement planning focus precisely on pupils’ progress and the impact of teaching", [
            ("4.1", "Revise the self-evaluation calendar so that all leaders evaluate the impact of teaching on pupils’ progress.",
             "HT/DHT", ["HT", "DHT"], "December 2025",
             "Department self-evaluation reports refer to evidence of pupils’ progress.",
             "SLT line management meetings", "G", "2025-12", None),
            ("4.2", "Provide training for governors on challenging the school’s progress against this plan, with a termly report to the full governing body.",
             "HT & CoG", ["HT", "CoG"], "March 2026",
             "Governing body minutes show governors challenging leaders on progress.",
             "Local authority link officer", "G", "2026-03", None),
        ]),
    ]
    heads = ["Ref", "Actions", "Lead", "Timescale", "Success criteria", "Monitoring and evaluation", "RAG (Jan 2026)"]
    exp = []
    for rec, rows in recs:
        doc.add_heading(rec, level=2)
        tb = doc.add_table(rows=1, cols=len(heads))
        tb.style = "Table Grid"
        for j, hh in enumerate(heads):
            bold_cell(tb.cell(0, j), hh, "1F4E79")
            tb.cell(0, j).paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        for ref, text, lead_cell, lead, when, sc, mon, rag, end, end_text in rows:
            cells = tb.add_row().cells
            cells[0].text = ref
            set_cell(cells[1], text)
            cells[2].text = lead_cell
            cells[3].text = when
            cells[4].text = sc
            cells[5].text = mon
            cells[6].text = rag
            shade(cells[6], rag_fill[rag])
            exp.append(act(ref, [rec], text, lead, end, rag_read[rag], end_text))
        doc.add_paragraph("")
    doc.add_paragraph("This plan is reviewed by the governing body’s Standards Committee each half term. Estyn will "
                      "monitor progress through termly visits.")
    doc.save(os.path.join(HERE, name))

    EXPECTED[name] = dict(
        source=("Imitates a Welsh maintained secondary school's post-inspection action plan (PIAP) written after an Estyn "
                "core inspection placed it in significant improvement (Estyn follow-up guidance: the governing body, with "
                "the local authority, produces a PIAP against the inspection recommendations R1–R4), 2025-26. Copied "
                "features: title, school details table (headteacher, chair, local authority, EAS partner, approval date, "
                "version), abbreviations line, RAG key, one heading per recommendation followed by its own table (ref, "
                "actions, lead, timescale, success criteria, monitoring, RAG), abbreviated leads (DHT (T&L), HT/DHT, HT & "
                "CoG), school terms, a period, 'Ongoing' and 'Termly' as timescales, RAG letters with cell shading, a "
                "two-paragraph action cell."),
        reads=("The school's post-inspection action plan: four Estyn recommendations as headings, each followed by a "
               "table of numbered actions with a lead, timescale, success criteria, monitoring and a January 2026 RAG "
               "letter. Ten actions."),
        outcome="read", accept_refusal=False, title=title, actions=exp)


# ---------------------------------------------------------------------------
# 6. NIHE Audit and Risk Assurance Committee action log (csv) - refuse (mistyped month)
# ---------------------------------------------------------------------------
def nihe():
    name = "we-nihe-audit-and-risk-assurance-committee-action-log-typo-month-refuse.csv"
    title = "Northern Ireland Housing Executive – Audit and Risk Assurance Committee Action Log"
    n = 8
    lines = [
        [title] + [""] * (n - 1),
        ["Updated following the meeting of 11 September 2025"] + [""] * (n - 1),
        [""] * n,
        ["Action No.", "Meeting date", "Minute ref", "Action", "Responsible officer", "Due date", "RAG", "Update"],
        ["Actions from meeting of 12 June 2025"] + [""] * (n - 1),
        ["ARAC 25/14", "12/06/2025", "6.2", "Provide the Committee with a breakdown of the £2.1m overspend on response maintenance by contractor and region.",
         "Director of Asset Management", "September 2025", "B", "Paper presented 11 September 2025 (item 7). Action closed."],
        ["ARAC 25/15", "12/06/2025", "7.1", "Internal Audit to follow up the limited assurance report on tenancy fraud and report the outcome to the Committee.",
         "Head of Internal Audit", "December 2025", "G", "Follow-up fieldwork scheduled for November."],
        ["ARAC 25/16", "12/06/2025", "8.3", "Add a separate corporate risk on the revitalisation of the Housing Executive and its future funding model.",
         "Head of Corporate Planning and Risk", "Novmeber 2025", "G", "Draft risk wording agreed with the Board Secretary."],
        ["ARAC 25/17", "12/06/2025", "9", "Circulate the NIAO Report to those charged with governance 2024-25 to all Board members.",
         "Board Secretary", "July 2025", "B", "Circulated 4 July 2025."],
        ["Actions from meeting of 11 September 2025"] + [""] * (n - 1),
        ["ARAC 25/22", "11/09/2025", "5.4", "Report on progress against the NIAO recommendations on the Supporting People programme, including revised implementation dates.",
         "Director of Housing Services / Head of Supporting People", "March 2026", "G", ""],
        ["ARAC 25/23", "11/09/2025", "6.1", "Arrange a cyber security awareness session for Committee members before the February 2026 meeting.",
         "Head of Information Technology", "January 2026", "G", "Provider identified; date to be confirmed."],
        ["ARAC 25/24", "11/09/2025", "7.2", "Bring the draft 2026-27 Internal Audit Strategy and Plan to the Committee for approval.",
         "Head of Internal Audit", "February 2026", "", ""],
        ["ARAC 25/25", "11/09/2025", "8.1", "Review the fraud response plan and whistleblowing policy in light of the new Department for Communities guidance.",
         "Head of Internal Audit; Head of Legal Services", "March 2026", "A", "Awaiting final DfC guidance; date may slip."],
        [""] * n,
        ["RAG key: B = complete; G = on track; A = at risk of slipping; R = overdue. Completed actions are removed after they have been reported once."] + [""] * (n - 1),
    ]
    path = os.path.join(HERE, name)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in lines:
            w.writerow(row)
    refuse_line = next(i for i, row in enumerate(lines, 1) if row[0] == "ARAC 25/16")
    EXPECTED[name] = dict(
        source=("Imitates a Northern Ireland public body's Audit and Risk Assurance Committee action log exported to CSV "
                "(Northern Ireland Housing Executive, 2025; layout after NI ARAC 'matters arising' action logs: action "
                "number, meeting date, minute reference, action, responsible officer, due date, RAG, update). Copied "
                "features: title and 'updated following' lines, a row per meeting heading its actions, job titles as "
                "responsible officers (two posts in one cell), due dates written as months, RAG letters with a key line "
                "at the foot. Data error: the due date of ARAC 25/16 is typed 'Novmeber 2025'."),
        reads=("A committee action log with eight actions under two meeting headings, each with a responsible officer, "
               "a due month and a RAG letter. One due date reads 'Novmeber 2025', a mistyped month; a careful reader "
               "stops there and asks which month was meant before taking the log in."),
        outcome="refuse", accept_refusal=False, refuse_at=refuse_line, title=title)


# ---------------------------------------------------------------------------
# 7. Tredegar Health Centre - HIW GP inspection improvement plan (tab-separated txt)
# ---------------------------------------------------------------------------
def tredegar():
    name = "we-tredegar-health-centre-hiw-gp-inspection-improvement-plan.txt"
    title = "Tredegar Health Centre – HIW General Practice Inspection Improvement Plan"
    T = "\t"
    sec = ["Quality of patient experience", "Delivery of safe and effective care", "Quality of management and leadership"]
    rows = [
        (sec[0], "There was no hearing loop available at reception.",
         "The practice must ensure that a hearing loop is available and that staff know how to use it.",
         "Health and Care Quality Standards 2023 – Equitable",
         "A portable hearing loop has been purchased and reception staff have been shown how to use it. Signage added at reception.",
         "Practice Manager", ["Practice Manager"], "30 June 2025", "2025-06", None),
        (sec[0], "The practice leaflet and website did not explain how to raise a concern under Putting Things Right.",
         "The practice must update its leaflet and website to include information on Putting Things Right.",
         "Health and Care Quality Standards 2023 – Person-centred",
         "Practice leaflet and website to be updated with Putting Things Right information and Llais contact details.",
         "Practice Manager / Reception Supervisor", ["Practice Manager", "Reception Supervisor"], "July 2025", "2025-07", None),
        (sec[1], "Clinical waste bins in the treatment room were not locked.",
         "The practice must ensure that clinical waste is stored securely at all times.",
         "Health and Care Quality Standards 2023 – Safe",
         "Lockable clinical waste bins ordered; Lead Nurse to carry out weekly spot checks.",
         "Lead Nurse", ["Lead Nurse"], "31/07/2025", "2025-07", None),
        (sec[1], "Not all clinical staff had completed safeguarding training at the level required for their role.",
         "The practice must ensure that all staff complete safeguarding training at a level appropriate to their role.",
         "Health and Care Quality Standards 2023 – Safe",
         "All clinical staff to complete Level 3 safeguarding training, with compliance checked at the monthly practice meeting.",
         "Dr H. Morgan (Safeguarding Lead)", ["Dr H. Morgan (Safeguarding Lead)"], "September 2025", "2025-09", None),
        (sec[1], "Two patient group directions had not been signed by all of the nurses using them.",
         "The practice must ensure that all patient group directions are signed by each practitioner and are in date.",
         "Health and Care Quality Standards 2023 – Safe; Effective",
         "PGDs reviewed and signed by all nurses; a PGD register has been set up with review dates.",
         "Lead Nurse; Practice Manager", ["Lead Nurse", "Practice Manager"], "Ongoing", None, "Ongoing"),
        (sec[2], "Some staff had not had an appraisal for over two years.",
         "The practice must ensure that all staff receive an annual appraisal.",
         "Health and Care Quality Standards 2023 – Workforce",
         "Appraisal schedule set for all staff, to be completed by the end of the calendar year.",
         "Practice Manager", ["Practice Manager"], "31 December 2025", "2025-12", None),
        (sec[2], "Minutes of practice meetings were not routinely shared with staff unable to attend.",
         "The practice should ensure that meeting minutes are shared with all staff.",
         "Health and Care Quality Standards 2023 – Leadership",
         "Minutes to be saved on the shared drive and emailed to all staff within one week of each meeting.",
         "Assistant Practice Manager", ["Assistant Practice Manager"], "August 2025", "2025-08", None),
    ]
    out = [
        title,
        "Inspection date:" + T + "13 May 2025",
        "Health board:" + T + "Aneurin Bevan University Health Board",
        "",
        "Appendix A – Summary of concerns resolved during the inspection",
        T.join(["Immediate concerns identified", "Impact/potential impact on patient care and treatment", "How the concern was resolved"]),
        T.join(["Two oxygen cylinders in the treatment room were past their expiry date.",
                "Patients may not receive safe emergency treatment.",
                "The cylinders were replaced on the day of the inspection and a weekly check added to the emergency equipment log."]),
        "",
        "Appendix B – Immediate improvement plan",
        "No immediate assurance issues were identified during this inspection.",
        "",
        "Appendix C – Improvement plan",
        "Service:" + T + "Tredegar Health Centre",
        "Date of inspection:" + T + "13 May 2025",
        "The table below includes any other improvements identified during the inspection where we require the service to complete an improvement plan telling us about the actions they are taking to address these areas.",
        "",
        T.join(["Risk/finding/issue", "Improvement needed", "Standard / Regulation", "Service action", "Responsible officer", "Timescale"]),
    ]
    exp = []
    cur = None
    for s, finding, need, std, action, lead_cell, lead, when, end, end_text in rows:
        if s != cur:
            out.append(s)
            cur = s
        out.append(T.join([finding, need, std, action, lead_cell, when]))
        exp.append(act(None, [s, need], action, lead, end, "unrated", end_text))
    out += [
        "",
        "The following section must be completed by a representative of the service who has overall responsibility and accountability for ensuring the improvement plan is actioned.",
        "Service representative",
        "Name (print):" + T + "Sarah Price",
        "Job role:" + T + "Practice Manager",
        "Date:" + T + "4 June 2025",
    ]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")

    EXPECTED[name] = dict(
        source=("Imitates the Healthcare Inspectorate Wales improvement plan appendices of a general practice inspection "
                "report, completed by the practice and saved as tab-separated text (HIW GP inspection reports: Appendix A "
                "concerns resolved during the inspection, Appendix B immediate improvement plan, Appendix C improvement plan "
                "with columns Risk/finding/issue, Improvement needed, Standard / Regulation, Service action, Responsible "
                "officer, Timescale, grouped under Quality of patient experience / Delivery of safe and effective care / "
                "Quality of management and leadership, and a service representative block), Wales, 2025. Copied features: "
                "the three appendices (A is a resolved-concerns table, not the plan; B says none), section lines over the "
                "rows, job titles and a named GP as responsible officer, dates, months and 'Ongoing' as timescales, no "
                "status column, sign-off block."),
        reads=("The practice's response to its HIW inspection: after a table of a concern already resolved on the day and "
               "a note that there was no immediate improvement plan, Appendix C lists seven improvements needed under the "
               "three HIW headings, each with the service's action, a responsible officer and a timescale. No status is "
               "given, so every action is unrated."),
        outcome="read", accept_refusal=False, title=title, actions=exp)


class Folded(str):
    pass


class _Dumper(yaml.SafeDumper):
    pass


class Quoted(str):
    pass


def _str(dumper, data):
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style='"')


def _quote(v):
    if isinstance(v, dict):
        return {k: _quote(x) for k, x in v.items()}
    if isinstance(v, list):
        return [_quote(x) for x in v]
    if isinstance(v, str) and not isinstance(v, Folded):
        return Quoted(v)
    return v


def _folded(dumper, data):
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=">")


_Dumper.add_representer(Quoted, _str)
_Dumper.add_representer(Folded, _folded)


def write_expected():
    for name, d in EXPECTED.items():
        d = dict(d)
        d["source"] = Folded(d["source"])
        d["reads"] = Folded(d["reads"])
        d = _quote(d)
        path = os.path.join(HERE, name + ".expected.yaml")
        with open(path, "w", encoding="utf-8") as f:
            yaml.dump(d, f, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100000,
                      default_flow_style=False)


if __name__ == "__main__":
    creative_scotland()
    ea_ni()
    vale()
    st_vincents()
    risca()
    nihe()
    tredegar()
    if "--expected" in sys.argv:
        write_expected()
    print("built:", *sorted(EXPECTED), sep="\n  ")
