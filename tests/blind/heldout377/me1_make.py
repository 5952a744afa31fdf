#!/usr/bin/env python3
"""Build the seven me1- blind cases (heldout377): children's services plans.

Run with /work/main/.venv/bin/python me1_make.py  (openpyxl, python-docx).
Writes the data files beside this script.  The data tables below are the
single source of the text in each file.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE, GREEN, AMBER, RED, GREY = "5B9BD5", "00B050", "FFC000", "FF0000", "D9D9D9"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Cornwall Council – ILACS improvement plan (xlsx)
# ---------------------------------------------------------------------------
CORNWALL_TITLE = "Ofsted ILACS Improvement Plan 2024–2026"
CORNWALL = [
    ("1. Children who need help and protection", [
        ("The timeliness of child protection strategy meetings.", [
            ("1.1", "Introduce a daily strategy meeting slot in the Multi-Agency Referral Unit (MARU), with police and health attendance agreed through the MARU operating protocol.",
             "Head of Service – MARU and Assessment", d(2024, 10, 31), None, "G", "B",
             "Daily slot in place from 7 October 2024. Police and health attendance at 96% in December.",
             "Strategy meetings held within 1 working day rose from 71% (July) to 93% (December)."),
            ("1.2", "Weekly performance report on strategy meeting timeliness to be reviewed at the Children's Social Care Performance Clinic, with exceptions escalated to the MARU Service Manager.",
             "Performance & Intelligence Manager / Service Manager (MARU)", d(2024, 11, 30), d(2025, 1, 31), "A", "G",
             "Report built in Power BI; weekly review started in January after a delay in data validation.",
             "Exceptions now reviewed weekly."),
        ]),
        ("The effectiveness of pre-proceedings work, particularly for children living in long-term neglectful situations, so that children come into care at the right time.", [
            ("2.1", "Refresh the Public Law Outline (PLO) tracker so that every child in pre-proceedings has a legal planning meeting review date set within 12 weeks.",
             "Head of Service – Court and Permanence", d(2024, 12, 31), None, "A", "G",
             "Tracker refreshed; all 38 children in pre-proceedings have a review date.",
             "Average length of pre-proceedings reduced from 31 to 22 weeks."),
            ("2.2", "Deliver neglect practice workshops for all Family Support and Protection teams, using the Graded Care Profile 2 (GCP2) tool.",
             "Principal Social Worker", d(2025, 3, 31), None, "G", "G",
             "Six of nine teams have attended; remaining sessions booked for February and March.",
             ""),
            ("2.3", "Monthly audit of 10 children subject to long-term child in need or child protection plans for neglect, with findings reported to the Practice Improvement Board.",
             "Head of Quality Assurance & Safeguarding", "Ongoing", None, "G", "A",
             "Audits completed October to December; January audit delayed by staff sickness.",
             "Audit grades: 6 of 10 good or better in December."),
        ]),
        ("The quality of Public Law Outline letters.", [
            ("3.1", "Co-produce a revised PLO letter template with Legal Services and parents' representatives, written in plain language.",
             "Legal Services Manager (Childcare) / Principal Social Worker", d(2024, 11, 30), None, "G", "B",
             "New template launched 18 November 2024 following a workshop with the Family Rights Group.",
             "Parents' solicitors report letters are clearer."),
            ("3.2", "Team managers to quality assure every PLO letter before issue, using the new checklist.",
             "Team Managers", d(2025, 1, 31), d(2025, 3, 31), "A", "G",
             "Checklist in use in all teams; compliance check to be completed by the end of March.",
             ""),
        ]),
    ]),
    ("2. Children in care", [
        ("The day-to-day monitoring of children's care plans by independent reviewing officers between reviews.", [
            ("4.1", "Implement independent reviewing officer (IRO) midway review checks for all children in care, recorded on Mosaic as a case note.",
             "IRO Service Manager", d(2025, 2, 28), None, "G", "G",
             "Midway checks recorded for 81% of children reviewed since November.",
             ""),
            ("4.2", "Introduce an IRO escalation (dispute resolution) dashboard, reviewed monthly by the Head of Service.",
             "IRO Service Manager; Business Intelligence Lead", d(2025, 2, 28), None, None, "A",
             "Dashboard specification agreed; build is behind schedule.",
             ""),
        ]),
    ]),
]
RAGFILL = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}


def make_cornwall(path):
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = CORNWALL_TITLE
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "Cornwall Council – Together for Families"
    cov["A2"].font = Font(bold=True, size=12)
    cov["A3"] = "Response to the inspection of Cornwall Council children's services, July 2024"
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Change"),
            ("0.1", "02/09/2024", "Head of Quality Assurance & Safeguarding", "First draft following publication of the report"),
            ("1.0", "19/09/2024", "Head of Quality Assurance & Safeguarding", "Approved by Children's Services Leadership Team"),
            ("1.3", "31/01/2025", "Improvement Programme Officer", "Quarter 3 progress update")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cov.cell(row=6 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill(GREY)
    cov["A11"] = "Plan owner: Strategic Director, Together for Families"
    cov["A12"] = "Governance: Practice Improvement Board (monthly); Together for Families Overview and Scrutiny Committee (six-monthly)"
    for col, w in zip("ABCD", (12, 14, 42, 52)):
        cov.column_dimensions[col].width = w

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = CORNWALL_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:J1")
    ws["A2"] = "Inspection dates: 8 to 19 July 2024 | Report published: 22 August 2024 | Overall effectiveness: Good"
    ws.merge_cells("A2:J2")
    ws["A3"] = "Position as at: 31 January 2025 (Quarter 3 update to the Practice Improvement Board)"
    ws.merge_cells("A3:J3")
    heads = ["Ref", "Area for improvement (Ofsted)", "Action", "Lead officer", "Original target date",
             "Revised target date", "Previous RAG", "Current RAG", "Progress update", "Evidence of impact"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F4E79")
        c.alignment = WRAP
        c.border = BOX
    r = 6
    for theme, afis in CORNWALL:
        c = ws.cell(row=r, column=1, value=theme)
        c.font = Font(bold=True)
        for j in range(1, 11):
            ws.cell(row=r, column=j).fill = fill("DDEBF7")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for afi, acts in afis:
            first = r
            ws.cell(row=r, column=2, value=afi)
            for (ref, act, lead, orig, rev, prev, cur, prog, imp) in acts:
                vals = [ref, None, act, lead, orig, rev, prev, cur, prog, imp or None]
                for j, v in enumerate(vals, 1):
                    if j == 2:
                        continue
                    c = ws.cell(row=r, column=j, value=v)
                for j in range(1, 11):
                    ws.cell(row=r, column=j).alignment = WRAP
                    ws.cell(row=r, column=j).border = BOX
                for j in (5, 6):
                    if isinstance(ws.cell(row=r, column=j).value, dt.datetime):
                        ws.cell(row=r, column=j).number_format = "mmm-yy"
                for j, v in ((7, prev), (8, cur)):
                    if v:
                        ws.cell(row=r, column=j).fill = fill(RAGFILL[v])
                        ws.cell(row=r, column=j).alignment = Alignment(horizontal="center", vertical="top")
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Note: Ratings are agreed monthly at the Practice Improvement Board. Where a revised target date is shown, the change has been agreed by the Board.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
    r += 2
    ws.cell(row=r, column=1, value="RAG summary (current)").font = Font(bold=True)
    counts = {"B": 0, "G": 0, "A": 0, "R": 0}
    for _, afis in CORNWALL:
        for _, acts in afis:
            for a in acts:
                counts[a[6]] += 1
    for k, label in (("B", "Blue – complete"), ("G", "Green – on track"), ("A", "Amber – some slippage"), ("R", "Red – off track")):
        r += 1
        ws.cell(row=r, column=1, value=label)
        ws.cell(row=r, column=3, value=counts[k])
    r += 1
    ws.cell(row=r, column=1, value="Total actions").font = Font(bold=True)
    ws.cell(row=r, column=3, value=sum(counts.values())).font = Font(bold=True)
    for col, w in zip("ABCDEFGHIJ", (7, 34, 48, 28, 12, 12, 10, 10, 44, 36)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (k, txt) in enumerate((("B", "Complete and embedded – evidence of impact seen in audit"),
                                  ("G", "On track to deliver by the target date"),
                                  ("A", "Some slippage – recovery action agreed"),
                                  ("R", "Off track – escalated to the Practice Improvement Board")), start=2):
        key.cell(row=i, column=1, value=k).fill = fill(RAGFILL[k])
        key.cell(row=i, column=2, value=txt)
    key.column_dimensions["B"].width = 60
    wb.active = 1
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Moray Council – fostering service Care Inspectorate improvement plan (xlsx)
# ---------------------------------------------------------------------------
MORAY_TITLE = "Moray Council Fostering Service – Care Inspectorate Improvement Plan 2025"
MORAY_REQ = [
    ("Requirement 1",
     "By 30 June 2025, the provider must ensure that foster carers' annual reviews are completed within timescale and that the views of children and young people living with them are sought and recorded.\nTo do this, the provider must, at a minimum:\na) complete all overdue reviews; and\nb) ensure that the fostering panel considers the first review of newly approved carers.",
     [("1a", "Produce a tracker of all foster carer reviews due in 2025, with every overdue review allocated to a named reviewing officer.",
       "Fostering Team Manager", d(2025, 3, 31), BLUE, "Tracker in place; 14 overdue reviews completed by 27 March."),
      ("1b", "Introduce a consultation form for children and young people, to be returned before every foster carer review.",
       "Senior Practitioner (Kinship & Fostering)", d(2025, 4, 30), GREEN, "Form co-designed with Moray's Champions Board; in use from April."),
      ("1c", "First reviews of all newly approved carers to be presented to the Fostering Panel.",
       "Panel Adviser / Fostering Team Manager", d(2025, 6, 30), AMBER, "Two first reviews still to be scheduled because of panel cancellations.")]),
    ("Requirement 2",
     "By 31 August 2025, the provider must ensure that a safer caring plan is in place for each fostering household and is reviewed when a child moves in.",
     [("2a", "Audit all fostering households to identify those without an up-to-date safer caring plan.",
       "Supervising Social Workers", d(2025, 5, 31), BLUE, "Audit complete: 11 of 46 households needed a new plan."),
      ("2b", "Deliver safer caring training to all foster carers, including a separate session for kinship carers.",
       "Learning and Development Officer", d(2025, 8, 31), GREEN, "Three sessions held; 29 carers attended.")]),
]
MORAY_AFI = [
    ("1",
     "To support children's wellbeing, the provider should ensure that foster carers complete the training set out in their learning and development plans.",
     [("AFI1.1", "Agree an annual training plan with each carer at supervision and record attendance on the carer's file.",
       "Supervising Social Workers", "Sept 2025", GREEN, "Plans agreed for 38 of 46 households.")]),
    ("2",
     "To promote stability, the provider should ensure that matching considerations are clearly recorded, including how the needs of children already living in the household will be met.",
     [("AFI2.1", "Revise the matching record template so that it includes the impact on children already in the household.",
       "Fostering Team Manager", "31 July 2025", RED, "Template not yet agreed with the Children and Families Service Manager.")]),
    ("3",
     "To improve outcomes, the provider should ensure that the fostering panel receives regular quality assurance information about the service.",
     [("AFI3.1", "Produce a quarterly quality assurance report for the Fostering Panel and the Agency Decision Maker.",
       "Panel Adviser", "Quarterly", None, "")]),
]


def _moray_sheet(ws, title, heads, groups, date_fmt):
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:H1")
    for j, h in enumerate(heads, 1):
        c = ws.cell(row=3, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("C6E0B4")
        c.border = BOX
        c.alignment = WRAP
    r = 4
    for no, text, acts in groups:
        first = r
        ws.cell(row=r, column=1, value=no)
        ws.cell(row=r, column=2, value=text)
        for ref, act, lead, when, col, upd in acts:
            ws.cell(row=r, column=3, value=ref)
            ws.cell(row=r, column=4, value=act)
            ws.cell(row=r, column=5, value=lead)
            c = ws.cell(row=r, column=6, value=when)
            if isinstance(when, dt.datetime):
                c.number_format = date_fmt
            if col:
                ws.cell(row=r, column=7).fill = fill(col)
            ws.cell(row=r, column=8, value=upd or None)
            for j in range(1, 9):
                ws.cell(row=r, column=j).border = BOX
                ws.cell(row=r, column=j).alignment = WRAP
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    for col, w in zip("ABCDEFGH", (13, 52, 8, 46, 26, 13, 8, 40)):
        ws.column_dimensions[col].width = w
    return r


def make_moray(path):
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = MORAY_TITLE
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Unannounced inspection: 3 – 14 February 2025    Report published: 2 April 2025"
    s["A3"] = "How well do we support children and young people's rights and wellbeing?  3 – Adequate"
    s["A4"] = "Update prepared for the Children's Services Improvement Group, June 2025"
    s["A6"] = "RAG key"
    s["A6"].font = Font(bold=True)
    for i, (col, txt) in enumerate(((BLUE, "Complete"), (GREEN, "On track"), (AMBER, "At risk of delay"),
                                     (RED, "Off track / overdue"), (None, "Not yet started (no colour)")), start=7):
        if col:
            s.cell(row=i, column=1).fill = fill(col)
        s.cell(row=i, column=2, value=txt)
    s["A13"] = "Progress summary"
    s["A13"].font = Font(bold=True)
    summ = [("", "Number", "Actions", "Complete"),
            ("Requirements", 2, 5, 2),
            ("Areas for improvement", 3, 3, 0),
            ("Total", 5, 8, 2)]
    for i, row in enumerate(summ):
        for j, v in enumerate(row):
            c = s.cell(row=14 + i, column=2 + j, value=(v if v != "" else None))
            c.border = BOX
            if i == 0 or i == len(summ) - 1:
                c.font = Font(bold=True)
    s.column_dimensions["A"].width = 10
    s.column_dimensions["B"].width = 30

    req = wb.create_sheet("Requirements")
    _moray_sheet(req, MORAY_TITLE,
                 ["No.", "Requirement", "Ref", "Action", "Responsible", "Timescale", "RAG", "Progress update (June 2025)"],
                 MORAY_REQ, "dd/mm/yyyy")
    afi = wb.create_sheet("Areas for improvement")
    _moray_sheet(afi, MORAY_TITLE,
                 ["AFI", "Area for improvement", "Ref", "What we will do", "Lead", "By when", "RAG", "Comments"],
                 MORAY_AFI, "dd/mm/yyyy")
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. Hampshire Youth Justice Service – HMIP improvement plan (xlsx)
# ---------------------------------------------------------------------------
HANTS_TITLE = "Hampshire Youth Justice Service – HMI Probation Inspection Improvement Plan 2025"
HANTS = [
    ("The Hampshire Youth Justice Management Board should:", [
        ("1", "ensure that the partnership provides sufficient access to speech, language and communication services for children known to the youth justice service", [
            ("1.1", "Commission a speech and language therapist to be co-located in each of the four YJS area teams.",
             "Head of Youth Justice Service; Commissioning Manager (Children's Services)", d(2025, 4, 1), d(2025, 9, 30), None, "On track",
             "Funding agreed with the ICB; recruitment under way for two posts.",
             "All children screened and offered assessment within 20 working days"),
            ("1.2", "Screen all children entering the service using the AssetPlus speech, language and communication questions, with referrals tracked monthly.",
             "YJS Health Lead", d(2025, 5, 1), d(2025, 7, 31), None, "Complete",
             "Screening built into induction checklist; July audit showed 100% screened.",
             "100% of new children screened"),
        ]),
        ("2", "assure itself that disproportionality is understood and addressed, particularly for Black and mixed heritage children and children in care", [
            ("2.1", "Produce a quarterly disproportionality dataset for the Board, broken down by ethnicity, care status and disposal type.",
             "YJS Information Manager", d(2025, 6, 1), "Quarterly", None, "On track",
             "First dataset presented to the July Board; Q2 data due October.",
             "Board minutes show challenge on disproportionality"),
            ("2.2", "Board members to complete unconscious bias and adultification training.",
             "Board Chair", d(2025, 10, 1), d(2025, 12, 31), None, "Not started",
             "Training provider identified; dates to be set.",
             "All Board members trained"),
        ]),
    ]),
    ("The Hampshire Youth Justice Service should:", [
        ("3", "improve the quality of assessment and planning for keeping other people safe, so that it takes account of all relevant information, including from other agencies", [
            ("3.1", "Deliver risk of harm refresher training for all case managers, including contingency planning.",
             "Practice Development Manager", d(2025, 5, 1), d(2025, 6, 30), None, "Complete",
             "Training delivered to 64 case managers in May and June.",
             "Audit shows improved contingency plans"),
            ("3.2", "Introduce monthly management oversight audits of risk of harm assessments, with findings reported to the YJS Quality Assurance Group.",
             "Area Team Managers", d(2025, 7, 1), "Monthly", None, "On track",
             "Audits running in all four areas since July.",
             "80% of assessments rated sufficient by March 2026"),
            ("3.3", "Agree an information-sharing protocol with Hampshire and Isle of Wight Constabulary for intelligence on children at risk of exploitation.",
             "Head of Youth Justice Service / Police Partnership Inspector", d(2025, 5, 1), d(2025, 8, 31), d(2025, 10, 31), "Delayed",
             "Draft protocol with police legal services; revised deadline agreed at the September Board.",
             "Protocol signed by both agencies"),
        ]),
        ("4", "ensure that out-of-court disposal work considers victims' wishes and safety", [
            ("4.1", "Restorative justice workers to contact every identified victim before the Joint Decision Making Panel.",
             "Restorative Justice Coordinator", d(2025, 5, 1), d(2025, 8, 31), None, "Off track",
             "Victim contact before panel in 58% of cases in Q2; vacancy in the RJ team.",
             "90% of victims contacted before panel"),
        ]),
    ]),
]
STATUSFILL = {"Complete": BLUE, "On track": GREEN, "Delayed": AMBER, "Off track": RED, "Not started": None}


def make_hants(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = HANTS_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Inspection fieldwork: 3–7 February 2025 | Report published: 29 April 2025 | Overall rating: Requires improvement"
    ws["A3"] = "Status key: Complete (blue) | On track (green) | Delayed (amber) | Off track (red) | Not started"
    ws["A4"] = "Last updated: 15/10/2025 for the Youth Justice Management Board"
    heads = ["Rec", "HMIP recommendation", "Action no.", "Action", "Owner", "Start", "Deadline",
             "Revised deadline", "Status", "Progress notes", "Success measure"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(row=6, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.border = BOX
        c.alignment = WRAP
    r = 7
    n_recs = n_acts = 0
    for group, recs in HANTS:
        c = ws.cell(row=r, column=1, value=group)
        c.font = Font(bold=True, italic=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
        r += 1
        for no, rec, acts in recs:
            n_recs += 1
            ws.cell(row=r, column=1, value=no)
            ws.cell(row=r, column=2, value=rec)
            for (ref, act, owner, start, dl, rev, status, notes, measure) in acts:
                n_acts += 1
                vals = {3: ref, 4: act, 5: owner, 6: start, 7: dl, 8: rev, 9: status, 10: notes, 11: measure}
                for j, v in vals.items():
                    c = ws.cell(row=r, column=j, value=v)
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                for j in range(1, 12):
                    ws.cell(row=r, column=j).border = BOX
                    ws.cell(row=r, column=j).alignment = WRAP
                if STATUSFILL[status]:
                    ws.cell(row=r, column=9).fill = fill(STATUSFILL[status])
                r += 1
    r += 1
    ws.cell(row=r, column=1, value=f"Recommendations: {n_recs} | Actions: {n_acts}")
    dv = DataValidation(type="list", formula1="=Lists!$A$2:$A$6", allow_blank=True)
    ws.add_data_validation(dv)
    dv.add(f"I8:I{r}")
    for col, w in zip("ABCDEFGHIJK", (6, 40, 9, 46, 30, 11, 12, 12, 12, 40, 30)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "C7"
    lists = wb.create_sheet("Lists")
    lists["A1"] = "Status"
    for i, s in enumerate(STATUSFILL, start=2):
        lists.cell(row=i, column=1, value=s)
    wb.save(path)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def bold_row(row, hexcol=None):
    for c in row.cells:
        for p in c.paragraphs:
            for run in p.runs:
                run.bold = True
        if hexcol:
            shade(c, hexcol)


def set_cell(cell, text):
    """Put text in a cell; '\n' starts a new paragraph."""
    parts = text.split("\n")
    cell.text = parts[0]
    for part in parts[1:]:
        cell.add_paragraph(part)


# ---------------------------------------------------------------------------
# 4. Blackburn with Darwen Safeguarding Children Partnership – JTAI action plan (docx)
# ---------------------------------------------------------------------------
BWD_TITLE = "Blackburn with Darwen Safeguarding Children Partnership – JTAI Action Plan"
BWD = [
    ("The identification and recording of child sexual abuse in the family environment as the primary concern, so that children receive a specialist response at the earliest point.", [
        ("1.1", "Deliver multi-agency training on recognising and responding to child sexual abuse in the family environment, using the CSA Centre’s ‘Signs and Indicators’ template.",
         "Partnership Training Lead", "March 2025", "Four sessions delivered; 212 practitioners attended.", "Complete"),
        ("1.2", "Amend the children’s social care contact and strategy discussion forms so that child sexual abuse is recorded as a category of concern.",
         "Head of Service (Front Door)", "December 2024\nRevised: February 2025", "Form changes tested in January; go-live delayed by the system supplier’s release schedule.", "Green"),
        ("1.3", "Police to introduce a child sexual abuse flag on Niche for all child victims of abuse in the family environment.",
         "Detective Chief Inspector – Public Protection (Lancashire Constabulary)", "January 2025", "Flag created; back-record conversion for open investigations is still in progress.", "Amber"),
    ]),
    ("The consistency of health professionals’ involvement in strategy meetings, including GPs and school nurses.", [
        ("2.1", "Agree a protocol with the ICB for GP contribution to strategy meetings, including written information where attendance is not possible.",
         "Designated Nurse Safeguarding Children / Named GP", "31/03/2025", "Protocol drafted and shared with practices for comment.", "Green"),
        ("2.2", "School nurses to be invited to all strategy meetings for school-age children, monitored through monthly attendance data.",
         "Head of Service (Front Door)", "Monthly", "Invitations now automatic; school nurse attendance 64% in April.", "Green"),
    ]),
    ("The partnership’s understanding, through multi-agency audit, of the experiences of children who have been sexually abused within the family.", [
        ("3.1", "Undertake a multi-agency themed audit of 12 children subject to child protection plans under the category of sexual abuse.",
         "Partnership Business Manager", "April 2025", "Audit tool agreed; 8 of 12 cases audited.", "Amber"),
        ("3.2", "Include the voice of children and families in audit activity through direct feedback conversations.",
         "Partnership Quality Assurance Officer", "June 2025", "", ""),
        ("3.3", "Report audit findings and the impact of actions to the Partnership Executive Group.",
         "Independent Scrutineer; Partnership Business Manager", "July 2025", "", ""),
    ]),
]


def make_bwd(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph(BWD_TITLE, style="Title")
    doc.add_paragraph("Joint targeted area inspection of the multi-agency response to children who are victims of child sexual abuse in the family environment")
    doc.add_paragraph("Inspection dates: 14 to 18 October 2024. Joint inspection letter published: 10 December 2024.")
    doc.add_paragraph("Version 1.2 – progress update for the Partnership Executive Group, May 2025")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("Version", "Date", "Author", "Comments")):
        c.text = h
    bold_row(t.rows[0], "D9E2F3")
    for row in (("1.0", "20/12/2024", "Partnership Business Manager", "Submitted to Ofsted with the statement of action"),
                ("1.1", "03/03/2025", "Partnership Business Manager", "Quarterly update"),
                ("1.2", "19/05/2025", "Partnership Quality Assurance Officer", "Progress update; action 1.2 timescale revised")):
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v

    doc.add_heading("RAG key", level=2)
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for col, word, txt in ((BLUE, "Complete", "Action completed and evidence of impact reported"),
                           (GREEN, "Green", "On track"),
                           (AMBER, "Amber", "Progress made but timescale at risk"),
                           (RED, "Red", "Not on track – escalated to the Partnership Executive Group"),
                           (None, "Blank", "Not yet started")):
        cells = k.add_row().cells
        cells[0].text = word
        cells[1].text = txt
        if col:
            shade(cells[0], col)

    heads = ("Ref", "Action", "Lead", "Timescale", "Progress update (May 2025)", "RAG")
    for i, (afi, acts) in enumerate(BWD, 1):
        doc.add_heading(f"Area for improvement {i}", level=2)
        doc.add_paragraph(afi)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, heads):
            c.text = h
        bold_row(t.rows[0], "D9E2F3")
        for ref, act, lead, when, prog, rag in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, (ref, act, lead, when, prog, rag)):
                set_cell(c, v)
            if rag:
                shade(cells[5], {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}[rag])
        doc.add_paragraph("")
    doc.add_paragraph("Safeguarding partners’ sign-off: Director of Children’s Services, Blackburn with Darwen Borough Council; "
                      "Chief Nurse, NHS Lancashire and South Cumbria ICB; Detective Chief Superintendent, Lancashire Constabulary.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. North Northamptonshire Council – Corporate Parenting Board action plan (docx)
# ---------------------------------------------------------------------------
NN_TITLE = "North Northamptonshire Council Corporate Parenting Board Action Plan 2025–2026"
NN = [
    ("Priority 1 – Voice and participation: children in care and care leavers shape the services they receive", [
        ("1", "Members of the Children in Care Council to co-chair one Corporate Parenting Board meeting each quarter.",
         "Participation Manager", "June 2025", "Young people co-chair at least four meetings a year", GREEN),
        ("2", "Every elected member to complete corporate parenting training within six months of election.",
         "Democratic Services Manager / Head of Service – Children in Care", "November 2025", "100% of members trained", AMBER),
    ]),
    ("Priority 2 – A safe and stable home", [
        ("3", "Recruit 20 additional in-house fostering households through the Fostering North Northamptonshire campaign.",
         "Head of Fostering (Northamptonshire Children’s Trust)", "March 2026", "Net increase of 20 households", GREEN),
        ("4", "Review the sufficiency of supported accommodation for 16 and 17 year olds and present the findings to the Board.",
         "Sufficiency and Commissioning Lead", "Sept 2025", "Report received by the Board", RED),
    ]),
    ("Priority 3 – Education, employment and training", [
        ("5", "Ring-fence five council apprenticeships each year for care leavers.",
         "HR Business Partner; Leaving Care Service Manager", "April 2025", "Five care leavers start apprenticeships", BLUE),
        ("6", "Virtual School to track the attendance of every child in care weekly, with a Personal Education Plan quality audit each term.",
         "Virtual School Headteacher", "Termly", "Attendance of children in care at or above 92%", GREEN),
    ]),
    ("Priority 4 – Health and wellbeing", [
        ("7", "Care leavers to receive a health passport summarising their health history before their 18th birthday.",
         "Designated Nurse for Children in Care", "31 December 2025", "90% of care leavers have a health passport at 18", AMBER),
        ("8", "Extend free leisure centre membership to all care leavers aged up to 25.",
         "Head of Leisure and Culture", "July 2025", "Number of care leavers using the offer", None),
    ]),
]


def make_nn(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    doc.add_heading(NN_TITLE, level=1)
    doc.add_paragraph("Our promise: we will be the best parents we can be for every child in our care and every young person leaving care.")
    doc.add_paragraph("Progress position for the Corporate Parenting Board meeting on 9 September 2025.")

    p = doc.add_paragraph()
    p.add_run("RAG key").bold = True
    k = doc.add_table(rows=1, cols=5)
    k.style = "Table Grid"
    for c, (col, txt) in zip(k.rows[0].cells, ((BLUE, "Completed"), (GREEN, "On track"),
                                                (AMBER, "Some delay – action being taken"),
                                                (RED, "Off track"), (None, "Not started"))):
        c.text = txt
        if col:
            shade(c, col)
    doc.add_paragraph("")

    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("No.", "What we will do", "Who will lead", "By when", "How we will know", "RAG")):
        c.text = h
    bold_row(t.rows[0], "BDD7EE")
    for prio, acts in NN:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[5])
        m.text = prio
        for run in m.paragraphs[0].runs:
            run.bold = True
        shade(m, "E2EFDA")
        for no, act, lead, when, how, col in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, (no, act, lead, when, how, "")):
                c.text = v
            if col:
                shade(cells[5], col)
    doc.add_paragraph("")
    doc.add_paragraph("Notes: Actions 3 and 4 link to the Placement Sufficiency Strategy 2024–2027. RAG ratings are "
                      "self-assessed by the lead officer and reviewed by the Board at each meeting.")
    s = doc.add_table(rows=2, cols=2)
    s.style = "Table Grid"
    s.cell(0, 0).text = "Approved by"
    s.cell(0, 1).text = "Date"
    s.cell(1, 0).text = "Corporate Parenting Board"
    s.cell(1, 1).text = "12 March 2025"
    bold_row(s.rows[0])
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. Hammersmith & Fulham – Early Help Strategy delivery plan (csv export)
# ---------------------------------------------------------------------------
HF_TITLE = "Hammersmith & Fulham Early Help Strategy 2024-2027 - Delivery Plan"
HF_HEAD = ["Strategy Priority", "Objective", "Action ID", "Action", "Lead Officer", "Partner(s)",
           "Start Date", "Due Date", "RAG", "% Complete", "Latest Update"]
HF = [
    ("1. Family hubs: the right help in every neighbourhood", "1.1 Open a family hub in every locality", "EH1.01",
     "Open the South Fulham family hub, with co-located health visiting and midwifery services.",
     "Family Hubs Manager", "CLCH; Chelsea and Westminster Hospital", "01/10/2024", "30/04/2025", "Complete", "100",
     "Hub opened 7 April 2025."),
    ("1. Family hubs: the right help in every neighbourhood", "1.1 Open a family hub in every locality", "EH1.02",
     "Publish the Start for Life offer online and in print in the borough's five most spoken languages.",
     "Family Hubs Manager / Communications Lead", "", "01/01/2025", "31/07/2025", "Green", "80",
     "Online offer live; print versions with translators."),
    ("1. Family hubs: the right help in every neighbourhood", "1.2 Make it easy to ask for help", "EH1.03",
     "Launch a single online early help request form for professionals and families, replacing the three existing referral routes.",
     "Head of Early Help", "Schools; CLCH", "01/02/2025", "30/09/2025", "Amber", "60",
     "Testing with six schools; IT security sign-off outstanding."),
    ("2. Workforce: confident practitioners across the partnership", "2.1 Embed the lead practitioner role", "EH2.01",
     "Deliver lead practitioner training to 150 staff across schools, health and the voluntary sector.",
     "Early Help Partnership Coordinator", "Schools; CLCH; Voluntary sector", "01/04/2025", "31/03/2026", "Green", "45",
     "68 staff trained to date."),
    ("2. Workforce: confident practitioners across the partnership", "2.1 Embed the lead practitioner role", "EH2.02",
     "Establish a lead practitioner peer support network meeting every half term.",
     "Early Help Partnership Coordinator", "Voluntary sector", "01/04/2025", "Half-termly", "Green", "",
     "Network launched in June; 31 members."),
    ("2. Workforce: confident practitioners across the partnership", "2.2 A shared practice model", "EH2.03",
     "Roll out the early help assessment and family plan templates to all partner agencies.",
     "Principal Social Worker; Head of Early Help", "All partners", "01/06/2025", "31/01/2026", "Amber", "30",
     "Templates agreed; roll-out to health partners to follow."),
    ("3. Outcomes: knowing the difference we make", "3.1 Measure our impact", "EH3.01",
     "Build an early help outcomes dashboard aligned to the Supporting Families outcomes framework.",
     "Business Intelligence Manager", "CLCH; Metropolitan Police", "01/04/2025", "31/12/2025", "Red", "20",
     "Data-sharing agreement with health not yet signed."),
    ("3. Outcomes: knowing the difference we make", "3.1 Measure our impact", "EH3.02",
     "Report early help re-referral rates to the Early Help Partnership Board.",
     "Head of Early Help", "", "01/04/2025", "Quarterly", "Green", "",
     "Q1 report presented in July."),
    ("3. Outcomes: knowing the difference we make", "3.2 Learn from families", "EH3.03",
     "Commission an independent review of the early help offer for adolescents.",
     "Assistant Director – Early Help and Prevention", "", "01/01/2026", "31/03/2026", "Not started", "0",
     ""),
]


def make_hf(path):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow([HF_TITLE] + [""] * (len(HF_HEAD) - 1))
        w.writerow(["Exported from the Early Help performance tracker on 14/10/2025"] + [""] * (len(HF_HEAD) - 1))
        w.writerow(HF_HEAD)
        for row in HF:
            w.writerow(row)
        w.writerow([""] * len(HF_HEAD))
        counts = {}
        for row in HF:
            counts[row[8]] = counts.get(row[8], 0) + 1
        summary = ", ".join(f"{k} {v}" for k, v in counts.items())
        w.writerow([f"Total actions: {len(HF)}", f"RAG summary: {summary}"] + [""] * (len(HF_HEAD) - 2))


# ---------------------------------------------------------------------------
# 7. North Lincolnshire Council – focused visit action plan, tab-separated (typo month -> refuse)
# ---------------------------------------------------------------------------
NL_LINES = [
    "Ofsted Focused Visit Action Plan: Children in care",
    "North Lincolnshire Council – Children's Services",
    "Focused visit 16 and 17 July 2025; letter published 22 August 2025",
    "",
    "Ref\tArea for improvement\tAction\tLead\tTarget date\tRAG\tUpdate",
    "AFI 1\tThe timeliness and quality of life-story work for children in long-term care.\t\t\t\t\t",
    "1.1\t\tLife-story work to start for every child within three months of a permanence decision, tracked at permanence panel.\tPermanence Team Manager\tOctober 2025\tG\tTracker in place; 19 of 24 children started.",
    "1.2\t\tDeliver life-story training for foster carers and social workers with the adoption agency.\tPrincipal Social Worker / Fostering Service Manager\tDecember 2025\tA\tFirst two sessions booked.",
    "AFI 2\tThe consistency of return home interviews for children in care who go missing.\t\t\t\t\t",
    "2.1\t\tCommission return home interviews for children placed outside North Lincolnshire through the host authority or an independent provider.\tHead of Service – Children in Care\tSeptember 2025\tB\tAgreement in place with three neighbouring authorities.",
    "2.2\t\tMonthly missing panel to review every child with two or more missing episodes and the quality of their interviews.\tMissing and Exploitation Coordinator\tFebuary 2026\tG\tPanel terms of reference being revised.",
    "AFI 3\tThe recording of management oversight of children's care plans between reviews.\t\t\t\t\t",
    "3.1\t\tIntroduce a supervision recording template with a care plan progress section.\tPrincipal Social Worker\tJanuary 2026\tG\tTemplate drafted.",
    "3.2\t\tQuarterly audit of management oversight on children in care records.\tQuality Assurance Manager\tMarch 2026\t\t",
    "",
    "Prepared by: Head of Children's Services Quality and Performance",
]


def make_nl(path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(NL_LINES) + "\n")


FILES = {
    "me1-cornwall-council-ilacs-improvement-plan.xlsx": make_cornwall,
    "me1-moray-council-fostering-service-care-inspectorate-improvement-plan.xlsx": make_moray,
    "me1-hampshire-youth-justice-service-hmip-improvement-plan.xlsx": make_hants,
    "me1-blackburn-with-darwen-safeguarding-children-partnership-jtai-action-plan.docx": make_bwd,
    "me1-north-northamptonshire-council-corporate-parenting-board-action-plan.docx": make_nn,
    "me1-hammersmith-and-fulham-council-early-help-strategy-action-plan.csv": make_hf,
    "me1-north-lincolnshire-council-focused-visit-action-plan-typo-month-refuse.txt": make_nl,
}

if __name__ == "__main__":
    for name, fn in FILES.items():
        fn(os.path.join(HERE, name))
        print("wrote", name)
