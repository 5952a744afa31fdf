"""Build the seven js2- blind test files (set heldout313).

Run with /work/main/.venv/bin/python js2_make.py (from any directory).
Writes the data files next to this script; the .expected.yaml files are
written by hand and are not touched here.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))

D = dt.datetime

# ---------------------------------------------------------------- helpers
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
FILLS = {
    "Red": PatternFill("solid", fgColor="FF0000"),
    "Amber": PatternFill("solid", fgColor="FFC000"),
    "Green": PatternFill("solid", fgColor="00B050"),
    "Blue": PatternFill("solid", fgColor="0070C0"),
}


def fill(hex_):
    return PatternFill("solid", fgColor=hex_)


def style_row(ws, row, ncols, bold=False, fill_=None, font_color=None):
    for c in range(1, ncols + 1):
        cell = ws.cell(row=row, column=c)
        cell.border = BOX
        cell.alignment = WRAP
        if bold or font_color:
            cell.font = Font(bold=bold, color=font_color)
        if fill_ is not None:
            cell.fill = fill_


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def bold_cell(cell, text, size=None, italic=False, bold=True):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)


# ======================================================================
# 1. Lewisham – ASC CQC assessment improvement plan (xlsx, read)
# ======================================================================
def make_lewisham():
    title = ("London Borough of Lewisham – Adult Social Care CQC Assessment "
             "Improvement Plan 2025/26")
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov["A3"] = ("This plan responds to the Care Quality Commission's assessment of "
                 "how Lewisham meets its duties under Part 1 of the Care Act 2014 "
                 "(overall rating: Requires improvement, report published 14 February 2025).")
    cov["A3"].alignment = WRAP
    cov.merge_cells("A3:E3")
    cov.row_dimensions[3].height = 45
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    dc = [("Version", "Date", "Author", "Change"),
          ("1.0", "10/03/2025", "ASC Improvement Lead", "Plan agreed by ASC Improvement Board"),
          ("1.1", "02/05/2025", "ASC Improvement Lead", "Revised dates for actions 1.2 and 3.1"),
          ("1.2", "04/07/2025", "ASC Improvement Lead", "Quarter 1 progress position")]
    for i, row in enumerate(dc):
        for j, v in enumerate(row):
            cov.cell(row=6 + i, column=1 + j, value=v)
        style_row(cov, 6 + i, 4, bold=(i == 0), fill_=fill("D9E1F2") if i == 0 else None)
    cov["A11"] = "RAG key"
    cov["A11"].font = Font(bold=True)
    key = [("Blue", "Complete – action delivered and evidenced"),
           ("Green", "On track to deliver by the target date"),
           ("Amber", "At risk – some slippage, mitigation in place"),
           ("Red", "Off track – escalate to Improvement Board")]
    for i, (k, v) in enumerate(key):
        cov.cell(row=12 + i, column=1, value=k).fill = FILLS[k]
        cov.cell(row=12 + i, column=2, value=v)
        style_row(cov, 12 + i, 2)
        cov.cell(row=12 + i, column=1).fill = FILLS[k]
    widths(cov, [14, 16, 24, 44, 12])

    ws = wb.create_sheet("Improvement Plan")
    ncol = 9
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A2"] = ("Version 1.2 – progress position at 30 June 2025. Reported to the "
                "Adult Social Care Improvement Board, 9 July 2025.")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    hdr = ["Ref", "CQC area for improvement", "Action", "Lead officer(s)",
           "Original target date", "Revised target date", "Previous RAG (Mar 25)",
           "Current RAG (Jun 25)", "Progress update"]
    for j, h in enumerate(hdr, start=1):
        ws.cell(row=4, column=j, value=h)
    style_row(ws, 4, ncol, bold=True, fill_=fill("1F3864"), font_color="FFFFFF")

    themes = [
        ("Theme 1: Working with people", [
            ("People waited too long for Care Act assessments and reviews, and waiting "
             "lists were not consistently risk-rated.", [
                ("1.1", "Introduce a single risk-rated waiting list for Care Act assessments "
                        "across all locality teams, with weekly oversight by team managers.",
                 "Head of Assessment and Care Management", D(2025, 6, 30), None,
                 "Amber", "Blue",
                 "Single waiting list live in Liquidlogic from 2 June 2025. Weekly "
                 "huddles in place in all three locality teams."),
                ("1.2", "Reduce overdue annual reviews to below 20% through a dedicated "
                        "review team funded from the Market Sustainability and Improvement Fund.",
                 "Head of Assessment and Care Management / Head of Commissioning",
                 D(2025, 3, 31), D(2025, 9, 30), "Red", "Amber",
                 "Review team recruited (4 of 5 posts filled).\nOverdue reviews down "
                 "from 41% to 29%."),
            ]),
            ("Unpaid carers did not always receive a carer's assessment or know what "
             "support was available to them.", [
                ("1.3", "Recommission the carers' support service to include delegated "
                        "carers' assessments and a single point of contact.",
                 "Director of Commissioning, Quality and Partnerships", D(2025, 10, 31), None,
                 "Green", "Green",
                 "Tender evaluation complete; contract award report to Mayor and "
                 "Cabinet in August."),
                ("1.4", "Publish a refreshed Carers' Offer in plain English and the "
                        "borough's most spoken community languages.",
                 "Strategic Lead for Carers", D(2025, 12, 1), None, "Amber", "Green",
                 "Co-production sessions held with Carers Lewisham in May and June."),
            ]),
        ]),
        ("Theme 2: Providing support", [
            ("Gaps in the local market for nursing care and specialist dementia support "
             "led to out-of-borough placements.", [
                ("2.1", "Co-produce a Market Position Statement for 2025–2028 with providers, "
                        "setting out future demand for nursing and dementia care.",
                 "Head of Commissioning", D(2025, 9, 30), None, "Amber", "Amber",
                 "Provider forum held 22 May. Demand modelling delayed by data "
                 "cleansing."),
                ("2.2", "Jointly commission additional dementia nursing beds in the "
                        "borough with South East London ICB.",
                 "Head of Commissioning; ICB Place Executive Director (Lewisham)",
                 "March 2026", None, "Green", "Green",
                 "Joint commissioning intentions agreed at Lewisham Health and Care "
                 "Partners."),
            ]),
        ]),
        ("Theme 3: How the local authority ensures safety within the system", [
            ("Transition planning for young people moving to adult services did not "
             "always start early enough.", [
                ("3.1", "Agree a joint Preparing for Adulthood protocol with Children's "
                        "Social Care so that transition planning starts at age 14.",
                 "Service Manager (Transitions)", D(2025, 5, 31), D(2025, 8, 31),
                 "Amber", "Green",
                 "Draft protocol agreed by both DMTs; sign-off at Children and Adults "
                 "Joint Board in August."),
            ]),
            ("Safeguarding enquiries were not always completed in a timely way, and "
             "outcomes were not consistently recorded.", [
                ("3.2", "Set up a safeguarding triage hub (the 'front door') with a "
                        "two-working-day screening standard.",
                 "Principal Social Worker", D(2025, 7, 1), None, "Green", "Blue",
                 "Hub launched 16 June 2025. 94% of concerns screened within two "
                 "working days in the first fortnight."),
                ("3.3", "Audit 30 safeguarding enquiries each quarter and report findings "
                        "to the Lewisham Safeguarding Adults Board.",
                 "Head of Safeguarding and Quality Assurance", "Quarterly", None,
                 "Green", "Green",
                 "Q1 audit complete (30 cases); findings to LSAB Quality and "
                 "Performance Sub-group."),
            ]),
        ]),
        ("Theme 4: Leadership", [
            ("Leaders did not always use performance data to understand people's "
             "outcomes and experiences.", [
                ("4.1", "Launch an ASC performance dashboard for the leadership team and "
                        "the Healthier Communities Select Committee.",
                 "Head of Business Intelligence", D(2025, 12, 31), None, None, "Amber",
                 "New action added April 2025. Dashboard specification agreed."),
                ("4.2", "Embed a practice quality assurance framework with monthly case "
                        "audits and themed learning sessions.",
                 "Principal Social Worker / Head of Safeguarding and Quality Assurance",
                 "Ongoing", None, "Amber", "Red",
                 "Monthly audits not completed in April or May because of auditor "
                 "capacity. Recovery plan to July Board."),
            ]),
        ]),
    ]
    r = 5
    for theme, afis in themes:
        ws.cell(row=r, column=1, value=theme)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        style_row(ws, r, ncol, bold=True, fill_=fill("D9E1F2"))
        r += 1
        for afi, acts in afis:
            first = r
            for ref, act, lead, orig, rev, prev, cur, upd in acts:
                ws.cell(row=r, column=1, value=ref)
                ws.cell(row=r, column=3, value=act)
                ws.cell(row=r, column=4, value=lead)
                c = ws.cell(row=r, column=5, value=orig)
                if isinstance(orig, dt.datetime):
                    c.number_format = "mmm-yy" if orig.day == 1 else "dd/mm/yyyy"
                if rev is not None:
                    ws.cell(row=r, column=6, value=rev).number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=7, value=prev)
                ws.cell(row=r, column=8, value=cur)
                ws.cell(row=r, column=9, value=upd)
                style_row(ws, r, ncol)
                if prev:
                    ws.cell(row=r, column=7).fill = FILLS[prev]
                ws.cell(row=r, column=8).fill = FILLS[cur]
                r += 1
            ws.cell(row=first, column=2, value=afi)
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Notes").font = Font(bold=True)
    ws.cell(row=r + 1, column=1,
            value="1. RAG ratings are proposed by the lead officer and agreed by the "
                  "Director of Adult Social Care before each Board.")
    ws.cell(row=r + 2, column=1,
            value="2. Where a revised target date is shown, it was agreed by the "
                  "Improvement Board; the original date is kept for transparency.")
    widths(ws, [7, 34, 48, 30, 13, 13, 12, 12, 46])
    ws.freeze_panes = "A5"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of current RAG by theme (position at 30 June 2025)"
    sm["A1"].font = Font(bold=True)
    rows = [("Theme", "Actions", "Blue", "Green", "Amber", "Red"),
            ("Working with people", 4, 1, 2, 1, 0),
            ("Providing support", 2, 0, 1, 1, 0),
            ("Ensuring safety", 3, 1, 2, 0, 0),
            ("Leadership", 2, 0, 0, 1, 1),
            ("Total", 11, 2, 5, 3, 1)]
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            sm.cell(row=3 + i, column=1 + j, value=v)
        style_row(sm, 3 + i, 6, bold=(i in (0, len(rows) - 1)))
    widths(sm, [24, 10, 8, 8, 8, 8])

    wb.save(os.path.join(HERE, "js2-lewisham-council-asc-cqc-assessment-improvement-plan.xlsx"))


# ======================================================================
# 2. Cleveland Fire Brigade – HMICFRS values & culture tracker (xlsx, read)
# ======================================================================
def make_cleveland():
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ncol = 10
    ws["A1"] = ("Cleveland Fire Brigade – HMICFRS Values and Culture Recommendations "
                "Tracker")
    ws["A1"].font = Font(bold=True, size=13, color="C00000")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A2"] = ("Position as at 30 September 2024 – reported to the Audit and "
                "Governance Committee, 18 October 2024")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    hdr = ["Rec No.", "HMICFRS recommendation", "HMICFRS deadline", "Ref",
           "Brigade action", "Action owner", "Target date", "Revised target date",
           "Status", "Progress / evidence"]
    for j, h in enumerate(hdr, start=1):
        ws.cell(row=4, column=j, value=h)
    style_row(ws, 4, ncol, bold=True, fill_=fill("C00000"), font_color="FFFFFF")
    SF = {"Complete": FILLS["Blue"], "On track": FILLS["Green"],
          "At risk": FILLS["Amber"], "Off track": FILLS["Red"]}
    groups = [
        ("Raising concerns", [
            ("1", "By 1 October 2023, chief fire officers should make sure their services "
                  "provide a confidential route for staff to raise concerns, and that staff "
                  "know about whistleblowing processes.", "1 October 2023", [
                ("R1.1", "Procure an independent confidential reporting line and publicise "
                         "it on the intranet and on station noticeboards.",
                 "Director of People & OD", D(2023, 9, 29), None, "Complete",
                 "Safecall contract live from 1 September 2023. Posters on all stations."),
                ("R1.2", "Refresh the Whistleblowing Policy and brief all watches and "
                         "support teams.",
                 "Head of Legal and Governance", D(2023, 12, 31), None, "Complete",
                 "Policy approved by ELT 14 November 2023; briefings complete."),
            ]),
            ("3", "By 1 June 2023, chief fire officers should review the support available "
                  "to people who have raised concerns and take any action needed to make "
                  "sure it is suitable.", "1 June 2023", [
                ("R3.1", "Train Speak Up Guardians and introduce a support pathway for "
                         "people who raise concerns.",
                 "Head of HR / Occupational Health Manager", D(2023, 6, 30),
                 D(2024, 3, 31), "Complete",
                 "Eight Speak Up Guardians trained; pathway published March 2024."),
            ]),
        ]),
        ("Background checks", [
            ("9", "By 1 October 2023, chief fire officers should make sure all staff have "
                  "an appropriate background check, including a standard or enhanced DBS "
                  "check where the role requires it.", "1 October 2023", [
                ("R9.1", "Complete a role-by-role DBS eligibility review across operational "
                         "and support roles.",
                 "Director of People & OD", D(2023, 8, 31), None, "Complete",
                 "Eligibility matrix agreed with representative bodies."),
                ("R9.2", "Carry out retrospective DBS checks for existing staff in eligible "
                         "roles, prioritising those with access to vulnerable people.",
                 "HR Business Partner", D(2024, 3, 31), D(2024, 12, 31), "At risk",
                 "512 of 598 checks returned. Remaining checks delayed by the "
                 "national DBS backlog."),
            ]),
        ]),
        ("Misconduct", [
            ("14", "By 1 March 2024, chief fire officers should put in place a process to "
                   "collect misconduct data and report it to their fire and rescue "
                   "authority.", "1 March 2024", [
                ("R14.1", "Set up a misconduct case management log and report it quarterly "
                          "to the Audit and Governance Committee.",
                 "Head of Corporate Services", D(2024, 3, 31), None, "Complete",
                 "First quarterly report to Committee in April 2024."),
            ]),
        ]),
        ("Equality, diversity and inclusion", [
            ("18", "By 1 December 2023, chief fire officers should review how effective "
                   "their equality impact assessments are.", "1 December 2023", [
                ("R18.1", "Review the EqIA template and train all policy owners to use it.",
                 "Inclusion and Engagement Manager", D(2023, 11, 30), D(2024, 12, 31),
                 "On track",
                 "New template in use. 31 of 44 policy owners trained."),
            ]),
        ]),
        ("Leadership and culture", [
            ("20", "By 1 June 2024, chief fire officers should make sure their services "
                   "have a 360-degree feedback process for all senior leaders.",
                   "1 June 2024", [
                ("R20.1", "Introduce 360-degree feedback for all Station Managers and above "
                          "as part of the annual PDR cycle.",
                 "ACFO Strategic Planning & Resources", D(2024, 6, 30), D(2025, 3, 31),
                 "Off track",
                 "Procurement of a 360 tool paused pending the regional "
                 "collaboration review."),
            ]),
            ("21", "Chief fire officers should make sure their service values are "
                   "understood and demonstrated by staff at all levels.", "Not dated", [
                ("R21.1", "Run 'Our Values in Action' sessions at every station and "
                          "department and publish what staff told us.",
                 "Chief Fire Officer", "Ongoing", None, "On track",
                 "Sessions held at 11 of 14 stations; 'You said, we did' published "
                 "on the intranet."),
            ]),
        ]),
    ]
    r = 5
    for theme, recs in groups:
        ws.cell(row=r, column=1, value=theme)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        style_row(ws, r, ncol, bold=True, fill_=fill("D9D9D9"))
        r += 1
        for no, rec, deadline, acts in recs:
            first = r
            for ref, act, owner, tgt, rev, status, upd in acts:
                ws.cell(row=r, column=4, value=ref)
                ws.cell(row=r, column=5, value=act)
                ws.cell(row=r, column=6, value=owner)
                c = ws.cell(row=r, column=7, value=tgt)
                if isinstance(tgt, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
                if rev is not None:
                    ws.cell(row=r, column=8, value=rev).number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=9, value=status)
                ws.cell(row=r, column=10, value=upd)
                style_row(ws, r, ncol)
                ws.cell(row=r, column=9).fill = SF[status]
                r += 1
            ws.cell(row=first, column=1, value=no)
            ws.cell(row=first, column=2, value=rec)
            ws.cell(row=first, column=3, value=deadline)
            if r - 1 > first:
                for col in (1, 2, 3):
                    ws.merge_cells(start_row=first, start_column=col, end_row=r - 1,
                                   end_column=col)
    r += 1
    ws.cell(row=r, column=1,
            value="Recommendations 2, 6–8, 10–13, 15–17, 19 and 22–35 are for national "
                  "bodies (Home Office, NFCC, LGA, National Employers) and are not "
                  "tracked here.")
    ws.cell(row=r + 1, column=1,
            value="Recommendations 4, 5 and 9 were closed by the Committee in April 2024 "
                  "apart from action R9.2.")
    widths(ws, [8, 46, 14, 8, 46, 28, 12, 12, 11, 44])
    ws.freeze_panes = "A5"

    k = wb.create_sheet("Key")
    k["A1"] = "Status key"
    k["A1"].font = Font(bold=True)
    for i, (s, f, d) in enumerate([
            ("Complete", "Blue", "Action delivered and evidence held by the action owner"),
            ("On track", "Green", "Will be delivered by the (revised) target date"),
            ("At risk", "Amber", "Some slippage; mitigation agreed with ELT sponsor"),
            ("Off track", "Red", "Will not be delivered by the target date; escalated to ELT")]):
        k.cell(row=2 + i, column=1, value=s).fill = FILLS[f]
        k.cell(row=2 + i, column=2, value=d)
        style_row(k, 2 + i, 2)
        k.cell(row=2 + i, column=1).fill = FILLS[f]
    widths(k, [14, 60])
    wb.save(os.path.join(HERE,
                         "js2-cleveland-fire-brigade-hmicfrs-values-culture-recommendations-tracker.xlsx"))


# ======================================================================
# 3. Hertsmere – CIPFA FM Code action plan (xlsx, refuse: mistyped month)
# ======================================================================
def make_hertsmere():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ncol = 8
    ws["A1"] = ("Hertsmere Borough Council – CIPFA Financial Management Code: "
                "Self-Assessment 2024/25 Action Plan")
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A2"] = ("Audit Committee, 12 March 2025. Plan owner: Director of Finance and "
                "Resources (Section 151 Officer)")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    hdr = ["Ref", "FM Code standard", "2024/25 assessment", "Improvement action",
           "Responsible officer", "Target date", "Progress at February 2025", "Status"]
    for j, h in enumerate(hdr, start=1):
        ws.cell(row=4, column=j, value=h)
    style_row(ws, 4, ncol, bold=True, fill_=fill("00594F"), font_color="FFFFFF")
    sections = [
        ("Section 1: The responsibilities of the chief finance officer and leadership team", [
            ("A.1", "A – The leadership team is able to demonstrate that the services "
                    "provided by the authority provide value for money", "Amber",
             "Carry out value for money benchmarking of the three highest-cost services "
             "using CIPFA Nearest Neighbour data.", "Head of Finance", "September 2025",
             "Services selected: waste, leisure and temporary accommodation.", "Amber"),
        ]),
        ("Section 2: Governance and financial management style", [
            ("E.1", "E – The financial management style of the authority supports "
                    "financial sustainability", "Amber",
             "Deliver budget-holder training for all service managers, covering "
             "forecasting and budget accountability.", "Finance Business Partner",
             "June 2025", "Two of four sessions delivered.", "Green"),
        ]),
        ("Section 3: Long to medium-term financial management", [
            ("F.1", "F – The authority has carried out a credible and transparent financial "
                    "resilience assessment", "Amber",
             "Add the CIPFA Financial Resilience Index results and a reserves "
             "sustainability test to the MTFS report.",
             "Director of Finance and Resources", "February 2025",
             "Included in the 2025/26 budget report to Council on 26 February 2025.",
             "Complete"),
            ("G.1", "G – The authority understands its prospects for financial "
                    "sustainability in the longer term", "Amber",
             "Extend the MTFS to a five-year horizon, with scenario modelling for "
             "local government funding reform.", "Head of Finance", "Janaury 2026",
             "Modelling tool procured.", "Green"),
            ("I.1", "I – The authority has a rolling multi-year medium-term financial "
                    "plan", "Green",
             "Roll forward the capital programme and link it to the MTFS and the "
             "Asset Management Strategy.", "Capital and Treasury Accountant",
             "Q3 2025/26", "Not yet started.", "Not started"),
        ]),
        ("Section 5: Stakeholder engagement and business plans", [
            ("L.1", "L – The authority has engaged where appropriate with key "
                    "stakeholders in developing its long-term financial strategy, "
                    "medium-term financial plan and annual budget", "Amber",
             "Run a public budget consultation with a residents' survey and two "
             "member workshops.", "Head of Communications; Head of Finance",
             "December 2025", "Survey questions drafted.", "Green"),
        ]),
        ("Section 6: Monitoring financial performance", [
            ("O.1", "O – The leadership team monitors the elements of its balance sheet "
                    "that pose a significant risk to its financial sustainability",
                    "Amber",
             "Report debt, reserves and capital receipts to Cabinet each quarter "
             "alongside revenue monitoring.", "Head of Finance", "Quarterly",
             "Q3 report included the new balance sheet section.", "Green"),
        ]),
        ("Section 7: External financial reporting", [
            ("P.1", "P – The chief finance officer has personal responsibility for the "
                    "statement of accounts", "Amber",
             "Clear outstanding 2023/24 audit queries and publish the draft 2024/25 "
             "accounts by 30 June 2025.", "Director of Finance and Resources",
             "30/06/2025", "Audit queries reduced from 37 to 9.", "Amber"),
        ]),
    ]
    SF = {"Complete": FILLS["Blue"], "Green": FILLS["Green"], "Amber": FILLS["Amber"],
          "Red": FILLS["Red"], "Not started": None}
    r = 5
    typo_row = None
    for sec, acts in sections:
        ws.cell(row=r, column=1, value=sec)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        style_row(ws, r, ncol, bold=True, fill_=fill("E2EFDA"))
        r += 1
        for ref, std, assess, act, off, tgt, prog, status in acts:
            vals = [ref, std, assess, act, off, tgt, prog, status]
            for j, v in enumerate(vals, start=1):
                ws.cell(row=r, column=j, value=v)
            style_row(ws, r, ncol)
            ws.cell(row=r, column=3).fill = FILLS[assess]
            if SF[status] is not None:
                ws.cell(row=r, column=8).fill = SF[status]
            if tgt == "Janaury 2026":
                typo_row = r
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Standards B, C, D, H, J, K, M, N and Q were assessed "
                                   "as Green and need no further action this year.")
    widths(ws, [6, 44, 12, 46, 28, 14, 40, 12])

    sa = wb.create_sheet("Self-assessment summary")
    sa["A1"] = "FM Code self-assessment 2024/25 – summary of compliance"
    sa["A1"].font = Font(bold=True)
    rows = [("Standard", "Assessment 2023/24", "Assessment 2024/25")]
    greens = set("BCDHJKMNQ")
    for s in "ABCDEFGHIJKLMNOPQ":
        cur = "Green" if s in greens or s == "I" else "Amber"
        prev = "Amber" if s in "AEFGLOPKD" else "Green"
        rows.append((s, prev, cur))
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = sa.cell(row=3 + i, column=1 + j, value=v)
            if i and j:
                c.fill = FILLS[v]
        style_row(sa, 3 + i, 3, bold=(i == 0))
        if i:
            sa.cell(row=3 + i, column=2).fill = FILLS[row[1]]
            sa.cell(row=3 + i, column=3).fill = FILLS[row[2]]
    widths(sa, [10, 20, 20])
    wb.save(os.path.join(HERE,
                         "js2-hertsmere-bc-cipfa-fm-code-self-assessment-action-plan-typo-month-refuse.xlsx"))
    return typo_row


# ======================================================================
# 4. South West Wales CJC – Audit Wales commentary action plan (docx, read)
# ======================================================================
def make_cjc():
    d = docx.Document()
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    sec.header.paragraphs[0].text = ("South West Wales Corporate Joint Committee | "
                                     "Governance and Audit Sub-Committee")
    d.add_paragraph("South West Wales Corporate Joint Committee – Audit Wales Commentary "
                    "on Progress: Action Plan", style="Title")
    d.add_paragraph("Progress update, March 2025")
    d.add_heading("Document control", level=2)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Comments"]):
        bold_cell(c, h)
        shade(c, "D9E2F3")
    for row in [("0.1", "February 2024", "Chief Executive", "Draft for officer group"),
                ("1.0", "March 2024", "Chief Executive", "Approved by the CJC"),
                ("1.1", "March 2025", "Monitoring Officer", "Progress update and revised dates")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    d.add_heading("Introduction", level=2)
    d.add_paragraph(
        "In November 2023 the Auditor General for Wales wrote to the Corporate Joint "
        "Committee with a commentary on its progress in meeting its duties under the "
        "Well-being of Future Generations (Wales) Act 2015 and the Local Government and "
        "Elections (Wales) Act 2021. The letter did not make formal recommendations but "
        "identified the findings below. This plan sets out how the CJC is responding.")
    d.add_heading("Status key", level=2)
    k = d.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for row, (s, txt, col) in zip(k.rows, [
            ("Complete", "Action delivered", "5B9BD5"),
            ("Green", "On track to meet the target or revised date", "70AD47"),
            ("Amber", "Delayed – recovery action in hand", "FFC000"),
            ("Red", "Off track – needs a decision by the CJC", "FF0000")]):
        row.cells[0].text = s
        shade(row.cells[0], col)
        row.cells[1].text = txt

    sections = [
        ("1. Well-being objectives",
         "The CJC has set well-being objectives, but it has not yet shown how it will "
         "measure progress against them or how the sustainable development principle "
         "shapes its decisions.", [
             ("1.1", "Develop a performance framework with measures for each well-being "
                     "objective, reported to the CJC twice a year.", "Chief Executive",
              "September 2024", "March 2025", "Amber"),
             ("1.2", "Add a section on the five ways of working to the CJC committee "
                     "report template.", "Monitoring Officer", "31 May 2024", "", "Complete"),
         ]),
        ("2. Public participation",
         "The CJC does not yet have a Public Participation Strategy and has limited ways "
         "of hearing from the people affected by its plans.", [
             ("2.1", "Consult on and adopt a Public Participation Strategy.",
              "Monitoring Officer / Communications Lead", "October 2024", "March 2025",
              "Green"),
             ("2.2", "Create a web page for each CJC plan with an online feedback form "
                     "and easy-read summaries.", "Communications Lead", "December 2024",
              "", "Complete"),
         ]),
        ("3. Regional Transport Plan",
         "Work on the Regional Transport Plan is progressing, but the timetable depends "
         "on Welsh Government guidance and funding that has not yet been confirmed.", [
             ("3.1", "Publish the draft Regional Transport Plan for consultation and "
                     "submit the final plan to Welsh Government.", "Regional Transport Lead",
              "31/03/2025", "", "Green"),
         ]),
        ("4. Strategic Development Plan",
         "The CJC has not yet agreed a timetable or the resources it needs to prepare the "
         "Strategic Development Plan.", [
             ("4.1", "Agree a Delivery Agreement for the Strategic Development Plan with a "
                     "realistic timetable and resourcing.", "Strategic Planning Lead",
              "Q1 2025/26", "", "Amber"),
         ]),
        ("5. Financial planning and governance",
         "The CJC's budget is set one year at a time and its risk register is not yet "
         "reviewed regularly by members.", [
             ("5.1", "Prepare a medium-term financial plan for 2025/26 to 2027/28.",
              "Chief Finance Officer (S151)", "February 2025", "", "Complete"),
             ("5.2", "Review the CJC risk register at every Governance and Audit "
                     "Sub-Committee meeting.", "Chief Finance Officer (S151)", "Quarterly",
              "", "Green"),
         ]),
        ("6. Child poverty",
         "The CJC has not yet set out how its functions contribute to tackling child "
         "poverty in the region.", [
             ("6.1", "Prepare a regional statement on the CJC's contribution to tackling "
                     "child poverty, working with the four constituent councils.",
              "Chief Executive; Strategic Planning Lead", "June 2025", "", "Red"),
         ]),
    ]
    SCOL = {"Complete": "5B9BD5", "Green": "70AD47", "Amber": "FFC000", "Red": "FF0000"}
    for head, finding, acts in sections:
        d.add_heading(head, level=2)
        p = d.add_paragraph()
        p.add_run("Audit Wales finding").bold = True
        d.add_paragraph(finding)
        t = d.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Responsible officer",
                                          "Target date", "Revised date", "Status"]):
            bold_cell(c, h)
            shade(c, "D9E2F3")
        for ref, act, lead, tgt, rev, st in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, act, lead, tgt, rev, st]):
                c.text = v
            shade(cells[5], SCOL[st])
        d.add_paragraph("")
    d.add_paragraph("Next update: Governance and Audit Sub-Committee, June 2025.")
    d.save(os.path.join(HERE,
                        "js2-south-west-wales-cjc-audit-wales-commentary-on-progress-action-plan.docx"))


# ======================================================================
# 5. Caerphilly – care home CIW inspection improvement plan (docx, read)
# ======================================================================
def make_caerphilly():
    d = docx.Document()
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.header.paragraphs[0].text = "Caerphilly County Borough Council – Social Services and Housing"
    d.add_paragraph("Tŷ Clyd Residential Home – CIW Inspection Improvement Plan", style="Title")
    info = d.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [("Service", "Tŷ Clyd Residential Home (care home for older people, 24 places)"),
                 ("Service provider", "Caerphilly County Borough Council"),
                 ("Responsible Individual", "Head of Adult Services"),
                 ("Date of inspection", "8 and 9 October 2024"),
                 ("Inspection report published", "21 November 2024"),
                 ("Plan last updated", "28 February 2025")]:
        cells = info.add_row().cells
        bold_cell(cells[0], k)
        shade(cells[0], "E7E6E6")
        cells[1].text = v
    d.add_paragraph("")
    d.add_paragraph(
        "Care Inspectorate Wales (CIW) identified the areas for improvement below. No "
        "priority action notices were issued. The plan is reviewed monthly by the "
        "Registered Manager and the Responsible Individual.")
    p = d.add_paragraph()
    p.add_run("RAG: ").bold = True
    p.add_run("the last column is shaded to show progress. Green = completed; Amber = in "
              "progress; Red = overdue. Unshaded = not yet started.")

    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["No.", "Action", "Responsible person", "Timescale",
                                      "Progress update", "RAG"]):
        bold_cell(c, h)
        shade(c, "BDD7EE")
    GREEN, AMBER, RED = "00B050", "FFC000", "FF0000"
    themes = [
        ("Care and Support", [
            ("Regulation 15 – Personal plans: personal plans were not consistently reviewed "
             "every three months and did not always reflect people's current needs.", [
                ("1", "Review all personal plans with residents and their representatives "
                      "and record the outcomes.", "Registered Manager", "31/01/2025",
                 "All 23 plans reviewed by 24 January 2025.", GREEN),
                ("2", "Introduce a monthly personal plan audit carried out by the Deputy "
                      "Manager.", "Deputy Manager", "End of February 2025",
                 "Audit tool in use from February 2025.", GREEN),
            ]),
            ("Regulation 58 – Medicines: medication administration records had gaps and "
             "some people did not have PRN protocols.", [
                ("3", "Complete medication competency assessments for all senior care "
                      "staff.", "Registered Manager; Pharmacy Adviser", "Immediate",
                 "Completed 25 October 2024.", GREEN),
                ("4", "Put PRN protocols in place for every resident prescribed 'as "
                      "required' medicines.", "Deputy Manager", "Within 1 month",
                 "19 of 21 protocols in place; two awaiting GP review.", AMBER),
            ]),
        ]),
        ("Environment", [
            ("Regulation 44 – Premises: the sluice room and laundry were left unlocked, "
             "and two fire doors did not close fully.", [
                ("5", "Fit keypad locks to the sluice room and laundry doors.",
                 "Facilities Officer (Property Services)", "31/12/2024",
                 "Locks fitted 12 December 2024.", GREEN),
                ("6", "Repair the fire door closers and add fire doors to the weekly "
                      "health and safety checks.", "Facilities Officer (Property Services)",
                 "31/12/2024", "Closers ordered; weekly checks in place.", AMBER),
            ]),
        ]),
        ("Leadership and Management", [
            ("Regulation 36 – Supporting and developing staff: care staff had not received "
             "supervision at least every three months, and some mandatory training was out "
             "of date.", [
                ("7", "Set a supervision schedule so that every care worker has "
                      "supervision at least quarterly, monitored by the Responsible "
                      "Individual.", "Registered Manager", "March 2025",
                 "Schedule in place; 15 of 31 staff supervised this quarter.", AMBER),
                ("8", "Book outstanding manual handling and safeguarding training for all "
                      "staff.", "Registered Manager / Workforce Development Officer",
                 "By 31 March 2025",
                 "Manual handling course cancelled by the trainer in January.", RED),
            ]),
            ("Regulation 80 – Quality of care review: the Responsible Individual's "
             "six-monthly quality of care report had not been completed.", [
                ("9", "Complete the quality of care review and share the report with "
                      "residents, families and staff.", "Responsible Individual",
                 "April 2025", "", None),
            ]),
        ]),
    ]
    for theme, afis in themes:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[5])
        bold_cell(m, theme)
        shade(m, "D9D9D9")
        for afi, acts in afis:
            row = t.add_row()
            m = row.cells[0].merge(row.cells[5])
            bold_cell(m, afi, italic=True, bold=False)
            for no, act, who, when, upd, col in acts:
                cells = t.add_row().cells
                for c, v in zip(cells, [no, act, who, when, upd, ""]):
                    c.text = v
                if col:
                    shade(cells[5], col)
    d.add_paragraph("")
    d.add_paragraph("Signed: Registered Manager          Date: 28/02/2025")
    d.save(os.path.join(HERE, "js2-caerphilly-cbc-care-home-ciw-inspection-improvement-plan.docx"))


# ======================================================================
# 6. Rotherham – RSH consumer standards housing improvement plan (csv, read)
# ======================================================================
def make_rotherham():
    n = 7
    blank = [""] * n

    def line(first):
        return [first] + [""] * (n - 1)

    rows = [
        line("Rotherham MBC – Consumer Standards Improvement Plan (Regulator of Social Housing)"),
        line("Progress report to Improving Places Select Commission – April 2025"),
        line("RAG key: B = complete; G = on track; A = at risk; R = off track"),
        blank,
        ["Ref", "Action", "Lead officer", "Target date", "Revised date", "RAG",
         "Progress update"],
        line("Workstream 1: Safety and Quality Standard – building safety"),
        ["1.1", "Complete outstanding fire risk assessments for all blocks of flats, "
                "prioritising high-rise and sheltered schemes.", "Head of Building Safety",
         "31/12/2024", "31/03/2025", "G", "188 of 196 FRAs complete; remainder booked."],
        ["1.2", "Clear the backlog of high-risk fire remedial actions (412 at January 2025).",
         "Head of Building Safety", "30/06/2025", "", "A",
         "271 actions outstanding. Additional contractor mobilised in March."],
        ["1.3", "Carry out electrical safety tests (EICR) on all homes without a "
                "certificate dated in the last five years.", "Compliance Manager", "Mar-26",
         "", "A", "Access issues at 640 homes; forced-entry protocol being drafted."],
        line("Workstream 2: Safety and Quality Standard – stock condition"),
        ["2.1", "Commission a 100% stock condition survey, including HHSRS assessments.",
         "Head of Asset Management", "Q3 2025/26", "", "G",
         "Survey contract awarded; 22% of homes surveyed."],
        ["2.2", "Set up a damp and mould triage team.\nIntroduce a single case log with a "
                "10-working-day inspection target.",
         "Head of Asset Management & Head of Housing Services", "30/09/2024", "", "B",
         "Team in place since September 2024; case log live."],
        line("Workstream 3: Transparency, Influence and Accountability Standard"),
        ["3.1", "Publish the 2024/25 Tenant Satisfaction Measures with a tenant-friendly "
                "summary.", "Performance & Improvement Manager", "July 2025", "", "G",
         "Survey fieldwork complete."],
        ["3.2", "Set up a Tenant Scrutiny Panel to review this improvement plan every "
                "quarter.", "Tenant Engagement Officer", "Ongoing", "", "G",
         "Panel met in January and April 2025."],
        line("Workstream 4: Governance and assurance"),
        ["4.1", "Report compliance performance monthly to the Cabinet Member for Housing "
                "and quarterly to Improving Places Select Commission.",
         "Assistant Director of Housing", "Monthly", "", "G", "Reports issued as planned."],
        ["4.2", "Commission an independent assurance review of compliance data quality.",
         "Assistant Director of Housing; Head of Internal Audit", "28/02/2025", "", "R",
         "Not yet commissioned – scope under discussion with the Regulator."],
        blank,
        line("Summary"),
        ["Complete (B)", "1"] + [""] * (n - 2),
        ["On track (G)", "5"] + [""] * (n - 2),
        ["At risk (A)", "2"] + [""] * (n - 2),
        ["Off track (R)", "1"] + [""] * (n - 2),
        ["Total", "9"] + [""] * (n - 2),
        blank,
        line("Note: fire safety figures are taken from the monthly compliance data return "
             "to the Regulator of Social Housing."),
    ]
    path = os.path.join(HERE, "js2-rotherham-mbc-rsh-consumer-standards-housing-improvement-plan.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ======================================================================
# 7. Tamworth – internal audit recommendations tracker (txt, tab-separated, read)
# ======================================================================
def make_tamworth():
    lines = [
        ["Tamworth Borough Council – Internal Audit Recommendations Tracker"],
        ["Audit and Governance Committee, 23 January 2025 – position at 31 December 2024"],
        [],
        ["Ref", "Priority", "Recommendation", "Agreed action", "Responsible officer",
         "Original due date", "Revised due date", "RAG", "Comment"],
        ["Procurement and Contract Management 2023/24 – Limited assurance"],
        ["PCM-01", "High", "The contracts register should be complete and published "
         "quarterly in line with the Local Government Transparency Code.",
         "Reconcile the contracts register to creditor payments over £5,000 and publish "
         "it each quarter.", "Hughes, Claire", "30/06/2024", "31/03/2025", "Amber",
         "Reconciliation complete to Q2; publication process being automated."],
        ["PCM-02", "Medium", "Waivers of Contract Procedure Rules should be approved and "
         "recorded before the contract is let.",
         "Introduce an electronic waiver form approved by the Monitoring Officer and the "
         "S151 Officer.", "Hughes, Claire", "30/09/2024", "", "Complete",
         "Form live from 1 August 2024. Verified by Internal Audit."],
        ["Council Tax and Business Rates 2023/24 – Reasonable assurance"],
        ["CTB-01", "Medium", "Single person discounts should be reviewed at least "
         "annually.", "Commission a data-matching review of all single person discounts.",
         "Head of Revenues and Benefits", "31/03/2025", "", "Green",
         "Provider appointed; data extract due February."],
        ["Cyber Security 2024/25 – Limited assurance"],
        ["CYB-01", "High", "Multi-factor authentication should be enforced for all remote "
         "access to council systems.",
         "Enforce MFA for all user and administrator accounts that connect remotely.",
         "ICT Infrastructure Manager", "31/10/2024", "", "Complete",
         "Conditional access policy applied 14 October 2024."],
        ["CYB-02", "High", "An ICT disaster recovery plan should be documented and tested "
         "at least annually.",
         "Document the ICT disaster recovery plan and carry out a test restore of priority "
         "systems.", "Head of ICT / Information Governance Officer", "31/12/2024",
         "30/06/2025", "Amber", "Plan drafted; test restore scheduled for May 2025."],
        ["CYB-03", "Medium", "All staff and members should complete cyber awareness "
         "training each year.",
         "Roll out mandatory cyber awareness e-learning and report completion rates to CMT "
         "quarterly.", "Information Governance Officer", "31/03/2025", "", "Green",
         "78% of staff complete; member sessions booked."],
        ["Housing Repairs 2024/25 – Limited assurance"],
        ["HRP-01", "High", "Variations to repair orders should be authorised before "
         "payment is made.",
         "Configure the repairs system so that variations over £250 need supervisor "
         "approval before invoicing.", "Head of Asset Management", "28/02/2025", "",
         "Green", "System change in test."],
        ["HRP-02", "Medium", "Repairs performance data should be validated before it is "
         "reported.", "Introduce monthly sample checks of completed repairs data.",
         "Repairs Performance Officer", "30/11/2024", "", "Red",
         "Not started – post vacant until January 2025."],
        [],
        ["Outstanding recommendations: 6 (High 3, Medium 3). Implemented since last "
         "report: 2."],
        ["RAG: Complete = implemented and verified by Internal Audit; Green = not yet due; "
         "Amber = revised date agreed; Red = overdue with no agreed revised date."],
    ]
    path = os.path.join(HERE, "js2-tamworth-bc-internal-audit-recommendations-tracker.txt")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for ln in lines:
            f.write("\t".join(ln) + "\n")


if __name__ == "__main__":
    make_lewisham()
    make_cleveland()
    row = make_hertsmere()
    print("Hertsmere mistyped month on sheet 'Action Plan' row", row)
    make_cjc()
    make_caerphilly()
    make_rotherham()
    make_tamworth()
    print("done")
