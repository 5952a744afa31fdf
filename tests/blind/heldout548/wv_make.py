"""Build the seven wv- blind cases (data files and NAME.expected.yaml) for set heldout548.

Run with /work/main/.venv/bin/python wv_make.py (openpyxl, python-docx, pyyaml).
Only files whose names start with wv- are written.
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
from openpyxl.utils import get_column_letter
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "00B0F0",
    "HEAD": "1F3864", "SECTION": "D9E1F2", "GREY": "E7E6E6",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def fill(code):
    return PatternFill("solid", start_color=FILL[code], end_color=FILL[code])


def d(y, m, day):
    return dt.datetime(y, m, day)


def write_expected(name, exp):
    path = os.path.join(HERE, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(exp, f, sort_keys=False, allow_unicode=True, width=100000,
                       default_flow_style=False)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


def header_row(ws, row, headers, widths=None):
    for i, h in enumerate(headers, start=1):
        c = ws.cell(row=row, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("HEAD")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    if widths:
        for i, w in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(i)].width = w


def body_cell(ws, row, col, value, fmt=None):
    c = ws.cell(row=row, column=col, value=value)
    c.alignment = Alignment(wrap_text=True, vertical="top")
    c.border = BOX
    if fmt:
        c.number_format = fmt
    return c


# ---------------------------------------------------------------------------
# 1. Girlguiding – Board of Trustees rolling action log (xlsx)
# ---------------------------------------------------------------------------
def girlguiding():
    name = "wv-girlguiding-board-of-trustees-action-log.xlsx"
    title = "Girlguiding Board of Trustees – Rolling Action Log"
    wb = Workbook()
    ws = wb.active
    ws.title = "Action log"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Position at 3 December 2025 – for the Board meeting of 10 December 2025"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:I2")
    ws["A3"] = ("Actions are removed from the log once the Board has noted them as complete "
                "at two consecutive meetings. See the Key tab for RAG definitions.")
    ws.merge_cells("A3:I3")
    headers = ["No.", "Meeting", "Minute ref", "Action", "Owner", "Due date", "Revised date",
               "RAG", "Update"]
    header_row(ws, 5, headers, [8, 12, 11, 55, 28, 12, 12, 11, 50])
    DATE = "dd/mm/yyyy"
    # (no, meeting, item, action, owner, due, revised, rag-text, rag-fill, update, expected)
    rows = [
        ("25/07", d(2025, 3, 20), "M25/06",
         "Commission an independent review of the volunteer safeguarding training pathway "
         "and bring the findings to the Safeguarding Committee.",
         "Director of Safeguarding", d(2025, 9, 30), d(2026, 1, 31), "A", "A",
         "Reviewer appointed in July. Fieldwork delayed by autumn unit visits; draft report "
         "now expected January.",
         (["Director of Safeguarding"], "2026-01", "amber", None)),
        ("25/11", d(2025, 3, 20), "M25/08",
         "Provide the Board with a breakdown of leaver reasons from the volunteer exit "
         "survey, by country and region.",
         "Chief Operating Officer", d(2025, 6, 30), None, "Complete", "B",
         "Circulated to trustees 18 June 2025; discussed at the July meeting.",
         (["Chief Operating Officer"], "2025-06", "blue", None)),
        ("25/14", d(2025, 7, 10), "M25/35",
         "Review the reserves policy against the revised property disposal timetable and "
         "recommend any change to the Finance and Audit Committee.",
         "Director of Finance and Resources", d(2025, 11, 30), None, "G", "G",
         "Draft policy on the Finance and Audit Committee agenda for 26 November.",
         (["Director of Finance and Resources"], "2025-11", "green", None)),
        ("25/15", d(2025, 7, 10), "M25/35",
         "Circulate the outdoor activity centres options appraisal to all trustees ahead of "
         "the strategy away day.",
         "CEO / Director of Finance and Resources", d(2025, 9, 5), None, "Complete", "B",
         "Sent 1 September 2025.",
         (["CEO", "Director of Finance and Resources"], "2025-09", "blue", None)),
        ("25/19", d(2025, 7, 10), "M25/39",
         "Agree with the Digital Programme Board a set of user adoption measures for the new "
         "member platform and report them to the Board quarterly.",
         "Chief Digital Officer; Chair of Digital Programme Board", "Dec 2025", None, "G", "G",
         "Measures drafted; first quarterly report on the December agenda.",
         (["Chief Digital Officer", "Chair of Digital Programme Board"], "2025-12", "green",
          None)),
        ("25/22", d(2025, 9, 24), "M25/54",
         "Write to the Charity Commission confirming closure of the serious incident report "
         "made in May 2025, copying the Chair.",
         "Company Secretary", d(2025, 10, 31), None, "R", "R",
         "Overdue. Awaiting final insurer confirmation before the letter can be sent.",
         (["Company Secretary"], "2025-10", "red", None)),
        ("25/23", d(2025, 9, 24), "M25/57",
         "Add a separate strategic risk on the sale of the outdoor activity centres and agree "
         "the risk owner.",
         "Head of Governance and Risk", d(2025, 12, 10), None, "G", "G",
         "Proposed wording is in the risk register at item 7.",
         (["Head of Governance and Risk"], "2025-12", "green", None)),
        ("25/24", d(2025, 9, 24), "M25/57",
         "Present a deep dive on the cyber security risk, including the results of the "
         "September phishing exercise.",
         "Chief Digital Officer", "March 2026", None, "Not started", None,
         "Scheduled for the March 2026 meeting.",
         (["Chief Digital Officer"], "2026-03", "unrated", None)),
        ("25/26", d(2025, 9, 24), "M25/60",
         "Agree the skills matrix for the 2026 trustee recruitment round and confirm the "
         "interview panel.",
         "Chair; Nominations Committee", "Before recruitment opens", None, "G", "G",
         "Skills audit returned by 11 of 13 trustees.",
         (["Chair", "Nominations Committee"], None, "green", "Before recruitment opens")),
        ("25/27", d(2025, 9, 24), "M25/60",
         "Report progress on the revised trustee expenses policy at each meeting until the "
         "new policy is approved.",
         "Company Secretary", "Standing item", None, None, None,
         "",
         (["Company Secretary"], None, "unrated", "Standing item")),
    ]
    r = 6
    actions = []
    for (no, meet, item, action, owner, due, rev, rag, rfill, upd, exp) in rows:
        body_cell(ws, r, 1, no)
        body_cell(ws, r, 2, meet, DATE)
        body_cell(ws, r, 3, item)
        body_cell(ws, r, 4, action)
        body_cell(ws, r, 5, owner)
        body_cell(ws, r, 6, due, DATE if isinstance(due, dt.datetime) else None)
        body_cell(ws, r, 7, rev, DATE if isinstance(rev, dt.datetime) else None)
        c = body_cell(ws, r, 8, rag)
        c.alignment = Alignment(horizontal="center", vertical="top")
        if rfill:
            c.fill = fill(rfill)
        body_cell(ws, r, 9, upd or None)
        lead, end, status, end_text = exp
        actions.append(act(no, [], action, lead, end, status, end_text))
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Summary").font = Font(bold=True)
    summary = [("Total actions on log", 10), ("Complete", 2), ("Green", 4), ("Amber", 1),
               ("Red", 1), ("Not started / not rated", 2)]
    for label, n in summary:
        r += 1
        ws.cell(row=r, column=3, value=label)
        ws.cell(row=r, column=4, value=n).alignment = Alignment(horizontal="left")
    ws.freeze_panes = "A6"

    k = wb.create_sheet("Key")
    k["A1"] = "RAG key"
    k["A1"].font = Font(bold=True, size=12)
    key = [("G", "On track to meet the due date", "G"),
           ("A", "At risk, or a revised date has been agreed by the Chair", "A"),
           ("R", "Overdue", "R"),
           ("Complete", "Action completed – to be noted and removed from the log", "B"),
           ("Not started", "Work has not yet begun (no RAG given)", None)]
    for i, (code, text, f) in enumerate(key, start=3):
        c = k.cell(row=i, column=1, value=code)
        if f:
            c.fill = fill(f)
        k.cell(row=i, column=2, value=text)
    k.column_dimensions["A"].width = 14
    k.column_dimensions["B"].width = 60
    k["A10"] = "Owner abbreviations: CEO = Chief Executive Officer."
    wb.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": "Imitates the rolling action log that national youth charities put in front "
                  "of their board of trustees (Girlguiding, 2025; in the style of published "
                  "trustee board papers such as the Samaritans and RSPB council action logs). "
                  "Copied features: title and 'position at' lines, meeting date and minute reference columns, "
                  "original due and revised date columns, RAG column with fill colours and "
                  "'Complete'/'Not started' words, job titles and two owners in one cell "
                  "(' / ' and ';'), a totals summary block under the table and a separate Key "
                  "sheet.",
        "reads": "One sheet of ten trustee board actions, each with an action number, the "
                 "meeting date and minute reference it came from, the action, its owner(s), a due date "
                 "(revised for one action), a RAG and an update. Below the table a summary "
                 "counts the actions by RAG; the Key sheet explains the RAG codes.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------------------
# 2. Liverpool City Region CA – ICO data protection audit action plan (xlsx, REFUSE)
# ---------------------------------------------------------------------------
def lcrca():
    name = ("wv-liverpool-city-region-ca-ico-data-protection-audit-action-plan-"
            "typo-month-refuse.xlsx")
    title = "Liverpool City Region Combined Authority – ICO Data Protection Audit: Action Plan"
    wb = Workbook()
    dc = wb.active
    dc.title = "Document control"
    dc["A1"] = "Document control"
    dc["A1"].font = Font(bold=True, size=12)
    info = [("Document", "ICO data protection audit – management action plan"),
            ("Owner", "Data Protection Officer"),
            ("Version", "1.3"),
            ("Date", "22/10/2025"),
            ("Reported to", "Audit and Governance Committee, 19 November 2025")]
    for i, (a, b) in enumerate(info, start=3):
        dc.cell(row=i, column=1, value=a).font = Font(bold=True)
        dc.cell(row=i, column=2, value=b)
    dc["A10"] = "Version history"
    dc["A10"].font = Font(bold=True)
    for j, h in enumerate(["Version", "Date", "Author", "Change"], start=1):
        dc.cell(row=11, column=j, value=h).font = Font(bold=True)
    hist = [("1.0", "12/05/2025", "DPO", "Management responses to ICO draft report"),
            ("1.1", "02/07/2025", "DPO", "Progress update for Information Governance Board"),
            ("1.2", "03/09/2025", "Information Governance Officer", "Owners updated"),
            ("1.3", "22/10/2025", "DPO", "Progress at October 2025")]
    for i, row in enumerate(hist, start=12):
        for j, v in enumerate(row, start=1):
            dc.cell(row=i, column=j, value=v)
    dc.column_dimensions["A"].width = 16
    dc.column_dimensions["B"].width = 55
    dc.column_dimensions["C"].width = 30
    dc.column_dimensions["D"].width = 45

    ws = wb.create_sheet("Action plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = ("Audit conducted 3–5 March 2025; final report issued 30 April 2025. "
                "Overall assurance rating: Reasonable.")
    ws.merge_cells("A2:I2")
    ws["A3"] = "Priority ratings are those given by the ICO: Urgent, High, Medium, Low."
    ws.merge_cells("A3:I3")
    headers = ["Ref", "Scope area", "ICO priority", "ICO recommendation",
               "Management response / agreed action", "Action owner", "Target date",
               "Progress at October 2025", "Status"]
    header_row(ws, 5, headers, [9, 18, 10, 45, 50, 26, 14, 45, 12])
    scopes = [
        ("Governance and accountability", [
            ("High", "Establish a programme of data protection compliance monitoring so that "
                     "the DPO can give senior management assurance that key controls are "
                     "operating.", [
                ("A01.1", "Develop a risk-based data protection compliance monitoring schedule "
                          "covering all directorates.", "Data Protection Officer", "June 2025",
                 "Schedule approved by the Information Governance Board on 12 June.",
                 "Complete", "B"),
                ("A01.2", "Report the results of compliance checks quarterly to the Information "
                          "Governance Board and annually to the Audit and Governance Committee.",
                 "Data Protection Officer", "September 2025",
                 "First quarterly report taken in September.", "Green", "G"),
            ]),
            ("Medium", "Ensure that information asset owners receive role-specific training and "
                       "sign off their entries in the Information Asset Register each year.", [
                ("A02.1", "Deliver IAO training sessions and obtain annual sign-off of the "
                          "Information Asset Register.", "Head of Information Governance",
                 "December 2025", "Two of four sessions delivered; sign-off template drafted.",
                 "Amber", "A"),
            ]),
        ]),
        ("Records management", [
            ("High", "Apply the corporate retention schedule to legacy shared drives and "
                     "securely delete records held beyond their retention period.", [
                ("B01.1", "Complete discovery of the legacy shared drives inherited from "
                          "Merseytravel and identify records past their retention date.",
                 "Head of Digital / Head of Information Governance", "Novmber 2025",
                 "Discovery tool licensed; 60% of drives scanned.", "Green", "G"),
                ("B01.2", "Carry out and document secure deletion of records past retention, "
                          "with sign-off by each IAO.", "Head of Information Governance",
                 "March 2026", "", "Not started", None),
            ]),
        ]),
        ("Data sharing", [
            ("Medium", "Review data sharing agreements with partner organisations so that they "
                       "reflect current processing and are signed by all parties.", [
                ("C01.1", "Review and re-sign the data sharing agreements with the six "
                          "constituent councils for the Adult Skills Fund.",
                 "Director of Skills", "January 2026",
                 "Four of six agreements re-signed.", "Green", "G"),
            ]),
            ("Low", "Consider publishing a summary of the data sharing agreements in place.", [
                ("C02.1", "Publish a summary register of data sharing agreements on the "
                          "Combined Authority website.", "Data Protection Officer",
                 "February 2026", "", "Green", "G"),
            ]),
        ]),
    ]
    r = 6
    refuse_row = None
    for scope, recs in scopes:
        scope_start = r
        for prio, rec, acts in recs:
            rec_start = r
            for (ref, action, owner, date, prog, status, sfill) in acts:
                body_cell(ws, r, 1, ref)
                body_cell(ws, r, 5, action)
                body_cell(ws, r, 6, owner)
                body_cell(ws, r, 7, date)
                body_cell(ws, r, 8, prog or None)
                c = body_cell(ws, r, 9, status)
                if sfill:
                    c.fill = fill(sfill)
                if date == "Novmber 2025":
                    refuse_row = r
                r += 1
            body_cell(ws, rec_start, 3, prio)
            body_cell(ws, rec_start, 4, rec)
            if r - 1 > rec_start:
                ws.merge_cells(start_row=rec_start, start_column=3, end_row=r - 1, end_column=3)
                ws.merge_cells(start_row=rec_start, start_column=4, end_row=r - 1, end_column=4)
        body_cell(ws, scope_start, 2, scope).font = Font(bold=True)
        if r - 1 > scope_start:
            ws.merge_cells(start_row=scope_start, start_column=2, end_row=r - 1, end_column=2)

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary by ICO priority"
    sm["A1"].font = Font(bold=True, size=12)
    for j, h in enumerate(["Priority", "Recommendations", "Actions", "Complete", "Open"],
                          start=1):
        sm.cell(row=3, column=j, value=h).font = Font(bold=True)
    for i, row in enumerate([("Urgent", 0, 0, 0, 0), ("High", 2, 4, 1, 3),
                             ("Medium", 2, 2, 0, 2), ("Low", 1, 1, 0, 1),
                             ("Total", 5, 7, 1, 6)], start=4):
        for j, v in enumerate(row, start=1):
            sm.cell(row=i, column=j, value=v)
    wb.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": "Imitates a combined authority's management action plan responding to an ICO "
                  "consensual data protection audit (Liverpool City Region Combined Authority, "
                  "2025), laid out like the ICO audit reports' recommendation tables with the "
                  "body's responses added. Copied features: document control and version history "
                  "sheet, title and audit-details lines, scope area merged down over its "
                  "recommendations, ICO priority and recommendation merged over the actions that "
                  "answer them, action owner, target month in words, progress column, worded "
                  "status with fill colour, and a summary-by-priority sheet.",
        "reads": "Seven agreed actions answer five ICO recommendations in three scope areas "
                 "(governance and accountability, records management, data sharing). The target "
                 "date of action B01.1 reads 'Novmber 2025', a mistyped month, so a careful "
                 "reader stops at that row of the Action plan sheet and asks what was meant "
                 "before reading the plan's dates.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_row,
        "title": title,
    })
    return name, 7, refuse_row


# ---------------------------------------------------------------------------
# 3. Ministry of Justice – Prison Capacity Programme highlight report (xlsx)
# ---------------------------------------------------------------------------
def moj():
    name = "wv-ministry-of-justice-prison-capacity-programme-highlight-report.xlsx"
    title = "Prison Capacity Programme – Highlight Report"
    wb = Workbook()
    hs = wb.active
    hs.title = "Highlight report"
    hs["A1"] = "Ministry of Justice | HM Prison and Probation Service"
    hs["A1"].font = Font(bold=True, color="1F3864")
    hs["A2"] = title
    hs["A2"].font = Font(bold=True, size=16)
    hs.merge_cells("A2:F2")
    hs["A3"] = "Reporting period: 1–30 November 2025 | Programme Board: 11 December 2025"
    hs.merge_cells("A3:F3")
    meta = [("Senior Responsible Owner", "Director General, Prisons Capacity"),
            ("Programme Director", "K. Adeyemi"),
            ("Report author", "Programme Management Office"),
            ("Delivery confidence (IPA scale)", "Amber")]
    for i, (a, b) in enumerate(meta, start=5):
        hs.cell(row=i, column=1, value=a).font = Font(bold=True)
        c = hs.cell(row=i, column=2, value=b)
        if b == "Amber":
            c.fill = fill("A")
    hs.cell(row=10, column=1, value="Dimension").font = Font(bold=True)
    hs.cell(row=10, column=2, value="Previous").font = Font(bold=True)
    hs.cell(row=10, column=3, value="Current").font = Font(bold=True)
    hs.cell(row=10, column=4, value="Commentary").font = Font(bold=True)
    dims = [("Overall", "A", "A", "Rapid deployment cells behind plan; new build on track."),
            ("Schedule", "A", "R", "Two rapid deployment cell sites delayed by ground conditions."),
            ("Cost", "G", "A", "Forecast pressure of £14m on rapid deployment cells."),
            ("Resources", "A", "A", "Commercial and project manager vacancies being filled."),
            ("Benefits", "G", "G", "Places delivered in year in line with the revised profile.")]
    for i, (dim, prev, cur, com) in enumerate(dims, start=11):
        hs.cell(row=i, column=1, value=dim)
        hs.cell(row=i, column=2, value=prev).fill = fill(prev)
        hs.cell(row=i, column=3, value=cur).fill = fill(cur)
        hs.cell(row=i, column=4, value=com)
    hs["A17"] = "Summary of progress"
    hs["A17"].font = Font(bold=True)
    hs["A18"] = ("Construction at Grange continues ahead of the main works contract award, now "
                 "forecast for January. The Board is asked to note the red schedule rating for "
                 "rapid deployment cells and to agree the recovery plan at item 4.")
    hs["A18"].alignment = Alignment(wrap_text=True, vertical="top")
    hs.merge_cells("A18:F20")
    hs["A22"] = "Top risks"
    hs["A22"].font = Font(bold=True)
    for j, h in enumerate(["Risk ID", "Description", "Score", "Trend"], start=1):
        hs.cell(row=23, column=j, value=h).font = Font(bold=True)
    risks = [("PCP-R03", "Supply chain capacity for modular units", 16, "Rising"),
             ("PCP-R07", "Planning appeals delay new build starts", 12, "Stable"),
             ("PCP-R11", "Prison population exceeds projection", 20, "Stable")]
    for i, row in enumerate(risks, start=24):
        for j, v in enumerate(row, start=1):
            hs.cell(row=i, column=j, value=v)
    for col, w in zip("ABCDEF", [32, 38, 10, 60, 10, 10]):
        hs.column_dimensions[col].width = w

    ms = wb.create_sheet("Milestones")
    ms["A1"] = "Key milestones – position at 30 November 2025"
    ms["A1"].font = Font(bold=True, size=13)
    ms.merge_cells("A1:H1")
    ms["A2"] = ("Forecast dates replace baseline dates where the Programme Board has agreed a "
                "change (change requests CR-041 and CR-044).")
    ms.merge_cells("A2:H2")
    headers = ["ID", "Milestone", "Owner", "Baseline date", "Forecast date", "Previous RAG",
               "Current RAG", "Commentary"]
    header_row(ms, 4, headers, [8, 55, 32, 14, 14, 10, 10, 50])
    DATE = "dd/mm/yyyy"
    ws1 = "Workstream 1: New build prisons"
    ws2 = "Workstream 2: Rapid deployment cells and refurbishment"
    ws3 = "Workstream 3: Demand measures and evidence"
    # (id, text, owner, baseline, forecast, prev, cur_text, cur_fill, comment, expected)
    sections = [
        (ws1, [
            ("M1.1", "HMP Millsike (Yorkshire): handover complete and first prisoners received",
             "New Prisons Delivery Director", d(2025, 3, 31), d(2025, 3, 31), "G", "Complete",
             "B", "Opened March 2025; now reported through business as usual.",
             (["New Prisons Delivery Director"], "2025-03", "blue", None)),
            ("M1.2", "Grange (Lancashire): award of main works contract",
             "New Prisons Delivery Director", d(2025, 9, 30), d(2026, 1, 31), "A", "A", "A",
             "Contract award moved to January after clarification round (CR-041).",
             (["New Prisons Delivery Director"], "2026-01", "amber", None)),
            ("M1.3", "Gartree 2 (Leicestershire): start of main construction",
             "New Prisons Delivery Director", d(2026, 6, 30), d(2026, 6, 30), "G", "G", "G",
             "Enabling works complete.",
             (["New Prisons Delivery Director"], "2026-06", "green", None)),
        ]),
        (ws2, [
            ("M2.1", "Install 1,000 additional rapid deployment cells across the estate",
             "Head of Rapid Deployment Cells", d(2025, 12, 31), d(2026, 3, 31), "A", "R", "R",
             "Ground conditions at two sites; recovery plan to December Board (CR-044).",
             (["Head of Rapid Deployment Cells"], "2026-03", "red", None)),
            ("M2.2", "Return to use 450 places taken out of use for maintenance",
             "HMPPS Estates Director / MoJ Property Director", d(2026, 3, 31), d(2026, 3, 31),
             "G", None, "G", "312 places returned to use to date.",
             (["HMPPS Estates Director", "MoJ Property Director"], "2026-03", "green", None)),
        ]),
        (ws3, [
            ("M3.1", "Publish operational guidance for probation on the extended use of Home "
                     "Detention Curfew",
             "Director of Probation Operations", d(2025, 10, 31), d(2025, 11, 30), "A", "G", "G",
             "Guidance cleared; publication on 28 November.",
             (["Director of Probation Operations"], "2025-11", "green", None)),
            ("M3.2", "Prison population projection update to the Programme Board",
             "Chief Statistician", "Monthly", "Monthly", "G", "G", "G",
             "November update presented.",
             (["Chief Statistician"], None, "green", "Monthly")),
            ("M3.3", "Independent evaluation of capacity measures: interim report",
             "Head of Analysis and Evaluation", "Q4 2025/26", "Q1 2026/27", "G", "A", "A",
             "Data sharing agreement with the evaluator signed late.",
             (["Head of Analysis and Evaluation"], "2026-06", "amber", "Q1 2026/27")),
        ]),
    ]
    r = 5
    actions = []
    for sec, items in sections:
        c = ms.cell(row=r, column=1, value=sec)
        c.font = Font(bold=True)
        for col in range(1, 9):
            ms.cell(row=r, column=col).fill = fill("SECTION")
        ms.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for (mid, text, owner, base, fc, prev, cur, curfill, com, exp) in items:
            body_cell(ms, r, 1, mid)
            body_cell(ms, r, 2, text)
            body_cell(ms, r, 3, owner)
            body_cell(ms, r, 4, base, DATE if isinstance(base, dt.datetime) else None)
            body_cell(ms, r, 5, fc, DATE if isinstance(fc, dt.datetime) else None)
            body_cell(ms, r, 6, prev).fill = fill(prev)
            body_cell(ms, r, 7, cur).fill = fill(curfill)
            body_cell(ms, r, 8, com)
            lead, end, status, end_text = exp
            actions.append(act(mid, [sec], text, lead, end, status, end_text))
            r += 1
    r += 1
    ms.cell(row=r, column=1, value="RAG: Complete = achieved; G = on track for forecast date; "
                                   "A = forecast date at risk; R = forecast date will be missed "
                                   "without intervention.")
    ms.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    wb.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": "Imitates a central government major programme highlight report of the kind "
                  "departments put to a programme board (Ministry of Justice / HMPPS Prison "
                  "Capacity Programme, November 2025), following the PRINCE2/Teal Book highlight "
                  "report pattern. Copied features: department banner, programme title and "
                  "reporting period, SRO and delivery confidence block, previous/current RAG per "
                  "dimension, narrative summary, top risks table without owners, and a separate "
                  "Milestones sheet with workstream band rows, baseline and forecast dates, "
                  "previous and current RAG (one current RAG shown by fill colour only) and a "
                  "RAG note.",
        "reads": "The first sheet is the report's dashboard: RAG by dimension, a summary and "
                 "three top risks, none of them actions. The Milestones sheet lists eight "
                 "milestones under three workstreams, each with an owner, baseline and forecast "
                 "dates and previous and current RAG; the forecast date is the end and the "
                 "current RAG the status.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_color):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_color)
    tcPr.append(shd)


def bold_row(row, color=None):
    for cell in row.cells:
        for p in cell.paragraphs:
            for run in p.runs:
                run.font.bold = True
        if color:
            shade(cell, color)


# ---------------------------------------------------------------------------
# 4. Shooting Star Children's Hospices – CQC inspection action plan (docx)
# ---------------------------------------------------------------------------
def shooting_star():
    name = "wv-shooting-star-childrens-hospices-cqc-inspection-action-plan.docx"
    title = "Shooting Star Children's Hospices: CQC Inspection Action Plan"
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Location: Christopher's Children's Hospice, Guildford. Inspection: 4–6 "
                      "March 2025. Report published: 19 May 2025. Overall rating: Requires "
                      "improvement.")
    doc.add_heading("Document control", level=1)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Comment"]):
        c.text = h
    bold_row(t.rows[0], "D9D9D9")
    for row in [("1.0", "27/05/2025", "Director of Care",
                 "First draft to Quality and Governance Committee"),
                ("1.1", "16/06/2025", "Head of Quality and Governance",
                 "Leads and dates confirmed"),
                ("2.0", "14/10/2025", "Head of Quality and Governance",
                 "Progress update for the Board of Trustees")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    doc.add_heading("RAG key", level=1)
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for word, meaning, colr in [("Blue", "Action complete and evidence verified", "00B0F0"),
                                ("Green", "On track to meet target date", "00B050"),
                                ("Amber", "At risk of missing target date", "FFC000"),
                                ("Red", "Target date missed", "FF0000")]:
        cells = k.add_row().cells
        cells[0].text = word
        shade(cells[0], colr)
        cells[1].text = meaning

    cols = ["Ref", "Action", "Lead", "Target date", "RAG", "Progress / evidence"]
    RAGCOL = {"Blue": "00B0F0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    sections = [
        ("Safe", [
            ("Must do: The provider must ensure that controlled drugs are recorded and reconciled "
             "in line with legislation and the provider's own medicines policy. "
             "(Regulation 12(2)(g))", [
                ("1.1", "Introduce a twice-daily controlled drugs balance check on the inpatient "
                        "unit, signed by two registered nurses.", "Head of Clinical Services",
                 "30/06/2025", "Blue", "In place since 9 June 2025; audited weekly.",
                 (["Head of Clinical Services"], "2025-06", "blue", None)),
                ("1.2", "Carry out a monthly controlled drugs audit and report the findings to "
                        "the Medicines Management Group.",
                 "Accountable Officer for CDs / Pharmacist", "31/07/2025", "Green",
                 "July to September audits completed; one minor discrepancy resolved.",
                 (["Accountable Officer for CDs", "Pharmacist"], "2025-07", "green", None)),
            ]),
            ("Should do: The provider should ensure that risk assessments for the hydrotherapy "
             "pool are reviewed after every incident.", [
                ("1.3", "Revise the hydrotherapy pool operating procedure and emergency action "
                        "plan, and brief all pool-trained staff.", "Facilities Manager",
                 "End of August 2025", "Amber",
                 "Procedure revised; staff briefings 70% complete because of leave.",
                 (["Facilities Manager"], "2025-08", "amber", None)),
            ]),
        ]),
        ("Effective", [
            ("Must do: The provider must ensure that staff receive paediatric life support "
             "training appropriate to their role. (Regulation 18(2)(a))", [
                ("2.1", "Book all inpatient nursing and care staff onto EPLS or PILS training "
                        "according to their role, and record completion on the training "
                        "database.", "Clinical Education Lead", "Q3 2025/26", "Green",
                 "82% compliant at the end of September.",
                 (["Clinical Education Lead"], "2025-12", "green", "Q3 2025/26")),
                ("2.2", "Add paediatric life support compliance to the monthly quality dashboard "
                        "reported to the Clinical Governance Committee.",
                 "Head of Quality and Governance", "September 2025", "Blue",
                 "Included from the September dashboard.",
                 (["Head of Quality and Governance"], "2025-09", "blue", None)),
            ]),
        ]),
        ("Well-led", [
            ("Must do: The provider must ensure that governance systems are effective in "
             "identifying and acting on risks to the quality of care. (Regulation 17)", [
                ("3.1", "Refresh the clinical risk register and hold monthly risk review "
                        "meetings chaired by the Director of Care.", "Director of Care",
                 "Ongoing", "Green", "Monthly meetings held since June 2025.",
                 (["Director of Care"], None, "green", "Ongoing")),
                ("3.2", "Commission an external review of clinical governance arrangements and "
                        "report its findings to the Board of Trustees.", "Chief Executive",
                 "31/12/2025\nRevised: 31/03/2026", "Amber",
                 "Procurement of the reviewer delayed; revised date shared with the CQC "
                 "operations manager.",
                 (["Chief Executive"], "2026-03", "amber", None)),
            ]),
            ("Should do: The provider should ensure that learning from incidents is shared with "
             "staff across all services.", [
                ("3.3", "Publish a quarterly 'Learning from incidents' bulletin for all clinical "
                        "staff and add the learning to team huddles.",
                 "Head of Quality and Governance; Lead Nurse (Community)", "October 2025",
                 "Green", "First bulletin issued 6 October 2025.",
                 (["Head of Quality and Governance", "Lead Nurse (Community)"], "2025-10",
                  "green", None)),
            ]),
        ]),
    ]
    actions = []
    for sec, reqs in sections:
        doc.add_heading(sec, level=1)
        tb = doc.add_table(rows=1, cols=len(cols))
        tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, cols):
            c.text = h
        bold_row(tb.rows[0], "1F3864")
        for c in tb.rows[0].cells:
            for run in c.paragraphs[0].runs:
                run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        for req, items in reqs:
            row = tb.add_row()
            m = row.cells[0].merge(row.cells[-1])
            m.text = req
            for run in m.paragraphs[0].runs:
                run.font.bold = True
            shade(m, "DEEAF6")
            for (ref, text, lead, date, rag, prog, exp) in items:
                cells = tb.add_row().cells
                for c, v in zip(cells, [ref, text, lead, date, rag, prog]):
                    c.text = v
                shade(cells[4], RAGCOL[rag])
                lead_l, end, status, end_text = exp
                actions.append(act(ref, [sec, req], text, lead_l, end, status, end_text))
    doc.add_paragraph("")
    doc.add_paragraph("Notes: This action plan is reviewed monthly by the Quality and Governance "
                      "Committee and shared with CQC on request. Evidence for completed actions "
                      "is held in the CQC evidence folder on SharePoint.")
    doc.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": "Imitates the provider action plan a children's hospice charity publishes "
                  "after a CQC inspection (Shooting Star Children's Hospices, Christopher's "
                  "Children's Hospice, 2025), in the style of hospice CQC action plans "
                  "presented to trustees. Copied features: title and inspection details lines, "
                  "document control table, coloured RAG key table, one table per CQC key "
                  "question under a heading, merged full-width 'Must do'/'Should do' rows with "
                  "the regulation above the actions that answer them, numbered actions, job "
                  "titles and two leads in one cell, worded RAG with cell shading, an original "
                  "and revised date in one cell, a financial-quarter date and 'Ongoing', and a "
                  "notes line.",
        "reads": "Eight numbered actions in three tables headed Safe, Effective and Well-led. "
                 "Each table is split by merged rows giving the CQC must-do or should-do "
                 "requirement, and each action has a lead, a target date, a worded RAG and a "
                 "progress note. The document control and RAG key tables are not part of the "
                 "plan.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------------------
# 5. Roedean School – ISI inspection action plan (docx)
# ---------------------------------------------------------------------------
def roedean():
    name = "wv-roedean-school-isi-inspection-action-plan.docx"
    title = "Roedean School – ISI Inspection Action Plan"
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    h = doc.add_paragraph(title, style="Title")
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("Inspection dates: 12 to 14 November 2024. Report published: 9 January "
                      "2025. The school meets all the Standards.")
    doc.add_paragraph("This plan sets out how the school is responding to the recommended next "
                      "steps in the ISI report. It is reviewed by the Senior Leadership Team each "
                      "half term and by the Education and Pastoral Committee of Council termly.")
    doc.add_paragraph("Status key: Blue – complete; Green – on track; Amber – some delay; "
                      "Red – significant concern.")
    cols = ["Action", "Responsibility", "Timescale", "Success criteria", "Status"]
    SHADE = {"Blue": "9DC3E6", "Green": "A9D08E", "Amber": "FFD966", "Red": "FF7C80"}
    sections = [
        ("Section 1: Leadership and management, and governance", [
            ("Recommended next step 1",
             "Ensure that quality assurance of the curriculum is carried out consistently "
             "across all departments, so that leaders have an accurate picture of pupils' "
             "progress.", [
                ("Introduce a common department review cycle with lesson visits, work scrutiny "
                 "and pupil voice each term.", "Deputy Head (Academic)", "Autumn term 2025",
                 "Every department reviewed once a term; summary reports to SLT.", "Green",
                 (["Deputy Head (Academic)"], "2025-12", "green", "Autumn term 2025")),
                ("Train heads of department to use the new tracking system to identify pupils "
                 "who are falling behind.", "Director of Teaching and Learning / Data Manager",
                 "September 2025", "All heads of department trained; tracking reviewed at "
                 "half-termly line management meetings.", "Blue",
                 (["Director of Teaching and Learning", "Data Manager"], "2025-09", "blue",
                  None)),
            ]),
        ]),
        ("Section 3: Pupils' physical and mental health and emotional wellbeing", [
            ("Recommended next step 2",
             "Strengthen oversight of boarders' wellbeing in the evenings and at weekends so "
             "that concerns are recorded and followed up promptly.", [
                ("Move all boarding house pastoral logs onto the school's safeguarding and "
                 "wellbeing recording system.", "Director of Boarding", "Summer term 2025",
                 "All houses recording on the system; weekly review by the DSL team.", "Blue",
                 (["Director of Boarding"], "2025-07", "blue", "Summer term 2025")),
                ("Review evening and weekend staffing in each boarding house against the "
                 "National Minimum Standards and boarder numbers.", "Director of Boarding; "
                 "Bursar", "31 August 2025", "Staffing model agreed by Council and in place "
                 "from September.", "Green",
                 (["Director of Boarding", "Bursar"], "2025-08", "green", None)),
                ("Run a boarder voice survey each term and report the themes to the Education "
                 "and Pastoral Committee.", "Deputy Head (Pastoral)", "Termly",
                 "Survey response rate above 80%; actions tracked by house.", "Green",
                 (["Deputy Head (Pastoral)"], None, "green", "Termly")),
            ]),
        ]),
        ("Section 4: Pupils' social and economic education and contribution to society", [
            ("Recommended next step 3",
             "Extend the careers programme so that younger pupils receive structured guidance "
             "about future pathways.", [
                ("Add careers sessions to the Year 7 to 9 PSHE scheme of work and record "
                 "pupils' engagement on the careers platform.",
                 "Head of Careers and Higher Education", "By July 2026",
                 "Every Year 7 to 9 pupil has a careers platform profile.", "Amber",
                 (["Head of Careers and Higher Education"], "2026-07", "amber", None)),
            ]),
        ]),
    ]
    actions = []
    for sec, steps in sections:
        doc.add_heading(sec, level=1)
        for step_label, step_text, items in steps:
            doc.add_heading(step_label, level=2)
            doc.add_paragraph(step_text)
            tb = doc.add_table(rows=1, cols=len(cols))
            tb.style = "Table Grid"
            for c, hdr in zip(tb.rows[0].cells, cols):
                c.text = hdr
            bold_row(tb.rows[0], "D9D9D9")
            for (text, resp, when, crit, status, exp) in items:
                cells = tb.add_row().cells
                for c, v in zip(cells, [text, resp, when, crit, status]):
                    c.text = v
                shade(cells[4], SHADE[status])
                lead, end, st, end_text = exp
                actions.append(act(None, [sec, step_text], text, lead, end, st, end_text))
            doc.add_paragraph("")
    doc.add_paragraph("Plan owner: Head. Last updated: 17 October 2025.")
    doc.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": "Imitates an independent school's action plan following an ISI inspection "
                  "under the 2023 framework (Roedean School, inspected November 2024), in the "
                  "style of the ISI post-inspection plans schools put on their websites. Copied "
                  "features: title and inspection details, review and status key paragraphs, "
                  "ISI framework section headings, 'Recommended next step' subheadings with the "
                  "recommendation text as a paragraph, a small table of actions under each step "
                  "with responsibility, timescale (school terms, 'Termly', a day date), success "
                  "criteria and a shaded worded status, and no action numbers.",
        "reads": "Three ISI recommended next steps, each under its framework section and "
                 "followed by a table of actions: six actions in all, unnumbered, each with who "
                 "is responsible, a timescale, success criteria and a status colour word. The "
                 "last line names the plan owner and date.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------------------
# 6. Knutsford Town Council – internal audit action plan (csv)
# ---------------------------------------------------------------------------
def knutsford():
    name = "wv-knutsford-town-council-internal-audit-action-plan-2024-25.csv"
    title = "Knutsford Town Council – Internal Audit Action Plan 2024/25"
    header = ["No.", "Audit area", "Internal auditor's recommendation", "Action agreed",
              "Responsible", "Target date", "RAG", "Progress / comments"]
    area1 = "Proper book-keeping"
    area2 = "Financial regulations and standing orders"
    area3 = "Risk management"
    area4 = "Payroll"
    area5 = "Assets and insurance"
    rows = [
        ("1", area1,
         "Bank reconciliations should be signed and dated each month by a member other than "
         "the RFO.",
         "Chair of Finance Committee to review and sign each month's bank reconciliation at "
         "committee.", "Chair of Finance Committee", "Jul-25", "G",
         "Signed at the July, September and October meetings.",
         (["Chair of Finance Committee"], "2025-07", "green", None)),
        ("2", area2,
         "Standing Orders and Financial Regulations should be reviewed against the latest NALC "
         "model documents.",
         "Adopt updated Standing Orders and Financial Regulations based on the 2024/25 NALC "
         "models.", "Town Clerk", "30/09/2025", "Complete",
         "Adopted at Full Council, 15 September 2025.",
         (["Town Clerk"], "2025-09", "blue", None)),
        ("3", "",
         "Contracts of £30,000 or more should be advertised and published in line with the "
         "Procurement Act 2023.",
         "Add a publication check to the procurement checklist and brief staff and members.",
         "Town Clerk/RFO", "Oct-25", "A",
         "Checklist updated; member briefing moved to November, after the budget meeting.",
         (["Town Clerk", "RFO"], "2025-10", "amber", None)),
        ("4", area3,
         "The risk register should be reviewed and formally approved by Council at least "
         "annually.",
         "Review the risk register at Finance Committee and present it to Full Council for "
         "approval.", "RFO", "31/03/2026", "G",
         "Review scheduled for the February Finance Committee.",
         (["RFO"], "2026-03", "green", None)),
        ("5", area4,
         "Changes to pay should be authorised in writing before they are processed by the "
         "payroll bureau.",
         "Introduce a payroll change form signed by the Town Clerk and a member of the Staffing "
         "Committee.", "Town Clerk", "Aug-25", "Complete", "",
         (["Town Clerk"], "2025-08", "blue", None)),
        ("6", area5,
         "The asset register should be reconciled to the insurance schedule.",
         "Reconcile the asset register to the insurance schedule at each renewal.", "RFO",
         "Annually at renewal", "G", "First reconciliation done at the June 2025 renewal.",
         (["RFO"], None, "green", "Annually at renewal")),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([title] + [""] * 7)
    w.writerow(["Internal auditor's report received 14 May 2025; action plan approved by Full "
                "Council on 9 June 2025 (minute 25/061)"] + [""] * 7)
    w.writerow([""] * 8)
    w.writerow(header)
    actions = []
    last_area = None
    for (no, area, rec, action, resp, date, rag, com, exp) in rows:
        w.writerow([no, area, rec, action, resp, date, rag, com])
        if area:
            last_area = area
        lead, end, status, end_text = exp
        actions.append(act(no, [last_area, rec], action, lead, end, status, end_text))
    w.writerow([""] * 8)
    w.writerow(["RAG: G = on target; A = behind target; R = overdue; Complete = implemented"]
               + [""] * 7)
    w.writerow(["Next review: Finance Committee, 17 February 2026"] + [""] * 7)
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())

    write_expected(name, {
        "source": "Imitates a town council's action plan on its internal auditor's annual report "
                  "(Knutsford Town Council, 2024/25), of the kind clerks take to Finance "
                  "Committee and publish with the AGAR papers, saved from Excel as CSV. Copied "
                  "features: title and approval lines above the header, numbered "
                  "recommendations with the audit area (left blank where it repeats the row "
                  "above), the auditor's recommendation beside the action agreed, Town Clerk / "
                  "RFO as leads, mixed Mmm-yy and day dates and 'Annually at renewal', RAG "
                  "letters and 'Complete', and key and next-review lines at the foot.",
        "reads": "Six internal audit recommendations, one row each, giving the audit area, the "
                 "auditor's recommendation, the action the council agreed, who is responsible, "
                 "a target date, a RAG and a comment. Recommendation 3 has no audit area of its "
                 "own and sits under the one above it; the lines below the table are a key and "
                 "a note.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------------------
# 7. Mitie – HSE improvement notices action tracker (tab-separated txt)
# ---------------------------------------------------------------------------
def mitie():
    name = "wv-mitie-cleaning-hygiene-hse-improvement-notices-action-tracker.txt"
    title = "Mitie Cleaning & Hygiene Services – HSE Improvement Notices Action Tracker"
    in1 = ("IMPROVEMENT NOTICE IN/2025/0412 – Control of Vibration at Work Regulations 2005, "
           "regulation 6(2): exposure to hand-arm vibration from floor care machines not reduced "
           "to as low a level as is reasonably practicable")
    in2 = ("IMPROVEMENT NOTICE IN/2025/0413 – Control of Substances Hazardous to Health "
           "Regulations 2002, regulation 7(1): exposure to cleaning chemicals at site decanting "
           "areas not adequately controlled")
    lines = [
        title,
        "Notices served 12 August 2025. Compliance date 28 November 2025; HSE has agreed an "
        "extension of IN/2025/0412 to 30 January 2026.",
        "Exported from SHEQ action tracker 20/11/2025 15:42",
        "",
        "\t".join(["Ref", "Action", "Owner", "Original due", "Revised due", "RAG",
                   "Progress update"]),
    ]
    actions = []

    def row(ref, text, owner, orig, rev, rag, upd, exp, under, cont=None):
        lines.append("\t".join([ref, text, owner, orig, rev, rag, upd]))
        full = text
        if cont:
            lines.append("\t".join(["", cont, "", "", "", "", ""]))
            full = text + "\n" + cont
        lead, end, status, end_text = exp
        actions.append(act(ref, [under], full, lead, end, status, end_text))

    lines.append(in1)
    row("1.1", "Complete a HAVS risk assessment for every model of floor care machine in use, "
               "using manufacturer and measured vibration data.", "SHEQ Business Partner",
        "30/09/2025", "", "Complete", "Assessments for 23 machine models issued 26/09/2025.",
        (["SHEQ Business Partner"], "2025-09", "blue", None), in1)
    row("1.2", "Replace rotary scrubbers with a vibration magnitude above 5 m/s² on priority "
               "contracts", "Head of Fleet / Regional Operations Directors", "28/11/2025",
        "30/01/2026", "A", "312 of 480 machines replaced; supplier lead times of 8 weeks.",
        (["Head of Fleet", "Regional Operations Directors"], "2026-01", "amber", None), in1,
        cont="(NHS and airport contracts first, then all remaining sites).")
    row("1.3", "Introduce health surveillance (HAVS questionnaire tiers 1 and 2) for all "
               "operatives using floor care machines for more than 30 minutes a day.",
        "Occupational Health Manager", "28/11/2025", "", "G",
        "Tier 1 questionnaires 91% returned; tier 2 referrals booked.",
        (["Occupational Health Manager"], "2025-11", "green", None), in1)
    row("1.4", "Train supervisors to plan and record trigger-time limits on daily task sheets.",
        "Ops Director North & Ops Director South", "31/10/2025", "", "Complete",
        "214 supervisors trained; task sheets checked in October site audits.",
        (["Ops Director North", "Ops Director South"], "2025-10", "blue", None), in1)
    lines.append(in2)
    row("2.1", "Withdraw the concentrated acid descaler from all sites and replace it with a "
               "pre-diluted product.", "Technical Services Manager", "15/09/2025", "",
        "Complete", "Withdrawn 5 September 2025; stock returned to supplier.",
        (["Technical Services Manager"], "2025-09", "blue", None), in2)
    row("2.2", "Install ventilated, bunded chemical stores at the 14 sites with decanting areas.",
        "Facilities Projects Manager", "28/11/2025", "", "R",
        "Nine installed; five outstanding because of contractor resourcing. Escalated to the "
        "Divisional MD.", (["Facilities Projects Manager"], "2025-11", "red", None), in2)
    row("2.3", "Provide face-fit tested RPE and COSHH training to all operatives who decant "
               "chemicals, and record it on the LMS.", "SHEQ Business Partner", "28/11/2025",
        "", "G", "Face-fit testing 86% complete.",
        (["SHEQ Business Partner"], "2025-11", "green", None), in2)
    row("2.4", "Audit COSHH compliance at a sample of 20 sites each quarter and report the results "
               "to the Divisional SHEQ Committee.", "Divisional SHEQ Director", "Quarterly", "",
        "G", "First sample audit booked for December.",
        (["Divisional SHEQ Director"], None, "green", "Quarterly"), in2)
    lines += [
        "",
        "Summary: 8 actions | Complete 3 | Green 3 | Amber 1 | Red 1",
        "RAG key: G = on track; A = at risk, revised date agreed with HSE; R = overdue; "
        "Complete = evidence sent to the HSE inspector",
    ]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")

    write_expected(name, {
        "source": "Imitates the action tracker a contract cleaning firm keeps after the HSE "
                  "serves improvement notices (Mitie Cleaning & Hygiene Services, 2025), "
                  "exported from a SHEQ tracking tool as tab-separated text. Copied features: "
                  "title, notice and export lines, one heading line per improvement notice "
                  "quoting the regulation and the breach, numbered actions under each notice, "
                  "original and revised due dates, job titles and two owners in one cell "
                  "('/' and '&'), RAG letters and 'Complete', one action wrapped onto a "
                  "continuation line, and summary and RAG key lines at the foot.",
        "reads": "Eight numbered actions under two improvement notice heading lines (hand-arm "
                 "vibration and COSHH). Each has an owner, an original due date, sometimes a "
                 "revised one, a RAG and an update; action 1.2 continues on the next line. The "
                 "last lines are a totals summary and a RAG key.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


if __name__ == "__main__":
    for fn in (girlguiding, lcrca, moj, shooting_star, roedean, knutsford, mitie):
        print(fn())
