"""Build the seven `re-` blind test files for set heldout475.

Run with /work/main/.venv/bin/python re_make.py (from any directory).
Only writes files whose names start with `re-` in this folder.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "0070C0"
GREY = "D9D9D9"
NAVY = "1F3864"

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def fill(hex_colour):
    return PatternFill("solid", start_color=hex_colour, end_color=hex_colour)


def d(y, m, day):
    return dt.datetime(y, m, day)


def out(name):
    assert name.startswith("re-")
    return os.path.join(HERE, name)


def style_header(ws, row, ncols, colour=NAVY):
    for c in range(1, ncols + 1):
        cell = ws.cell(row=row, column=c)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(colour)
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


# ---------------------------------------------------------------------------
# 1. Brighton & Hove City Council - internal audit outstanding actions tracker
# ---------------------------------------------------------------------------
def brighton():
    title = ("Brighton & Hove City Council – Internal Audit Outstanding Agreed "
             "Actions – Quarter 3 2025/26")
    wb = Workbook()

    # Summary sheet (totals only)
    s = wb.active
    s.title = "Summary"
    s["A1"] = title
    s["A1"].font = Font(bold=True, size=14)
    s["A3"] = "Summary of agreed actions by priority"
    s["A3"].font = Font(bold=True)
    hdr = ["Priority", "Agreed actions in tracker", "Implemented in quarter",
           "Outstanding – within target", "Outstanding – overdue"]
    for c, h in enumerate(hdr, 1):
        s.cell(row=4, column=c, value=h)
    style_header(s, 4, len(hdr))
    rows = [("High", 4, 1, 1, 2), ("Medium", 4, 2, 2, 0), ("Low", 1, 0, 1, 0),
            ("Total", 9, 3, 4, 2)]
    for r, vals in enumerate(rows, 5):
        for c, v in enumerate(vals, 1):
            cell = s.cell(row=r, column=c, value=v)
            cell.border = BOX
            if vals[0] == "Total":
                cell.font = Font(bold=True)
    s["A10"] = ("Note: Low priority actions are included for completeness; the "
                "Committee receives exception reports on overdue High priority "
                "actions only.")
    widths(s, [14, 24, 22, 26, 22])

    # Tracker sheet
    ws = wb.create_sheet("Tracker")
    ws.merge_cells("A1:L1")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:L2")
    ws["A2"] = ("Position as at 31 December 2025 – Audit, Standards & General "
                "Purposes Committee, 20 January 2026")
    ws["A2"].font = Font(italic=True)
    hdr = ["Audit", "Year", "Opinion", "Ref", "Agreed action", "Priority",
           "Responsible officer", "Original target date", "Revised target date",
           "Service update", "Q2 status", "Q3 status"]
    for c, h in enumerate(hdr, 1):
        ws.cell(row=4, column=c, value=h)
    style_header(ws, 4, len(hdr))
    ws.freeze_panes = "A5"

    status_fill = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}

    plan = [
        ("dir", "Housing, Neighbourhoods & Communities"),
        ("audit", "Temporary Accommodation – Rent Collection", "2024/25", "Limited", [
            (1, "Introduce a weekly arrears report for all emergency and temporary "
                "accommodation placements, with cases over four weeks in arrears "
                "referred to the Income Recovery Team.",
             "High", "Head of Temporary Accommodation", d(2025, 6, 30), d(2026, 1, 31),
             "Report built in Northgate; testing delayed by system upgrade. Go-live "
             "planned January 2026.", "A", "A"),
            (2, "Review and update the Temporary Accommodation Licence Agreement so "
                "that charges, deductions and recovery of former tenant arrears are "
                "set out clearly.",
             "Medium", "Housing Solutions Manager / Legal Services Manager",
             d(2025, 9, 30), None,
             "Revised licence agreed with Legal and in use from 1 October 2025.",
             "G", "B"),
        ]),
        ("dir", "Governance, People & Resources"),
        ("audit", "Cyber Security – Patch Management", "2025/26", "Limited", [
            (1, "Define and document patching timescales for critical, high and other "
                "vulnerabilities, and report compliance monthly to the Digital "
                "Governance Board.",
             "High", "Head of IT&D / Cyber Security Manager", d(2025, 10, 31), None,
             "Patch Management Standard approved 14 October 2025; first compliance "
             "report to the Board in November.", "G", "B"),
            (2, "Remove or isolate the 23 unsupported servers identified during the "
                "audit.",
             "High", "Infrastructure Manager", d(2025, 9, 30), d(2026, 3, 31),
             "17 of 23 servers decommissioned. The remaining six host the legacy "
             "parking system; the replacement contract starts February 2026.",
             "R", "A"),
        ]),
        ("audit", "Accounts Payable", "2024/25", "Reasonable", [
            (1, "Run the duplicate payment report before each BACS run and retain "
                "evidence of the review.",
             "Medium", "Head of Income & Payments", d(2025, 3, 31), d(2025, 11, 30),
             "Report now run weekly; evidence retained in the shared folder from "
             "November 2025.", "A", "B"),
            (2, "Remind all budget managers that retrospective purchase orders are not "
                "permitted, and report non-compliance to Directorate Management "
                "Teams quarterly.",
             "Low", "Procurement Compliance Manager", d(2025, 12, 31), None,
             "Reminder issued on the staff intranet. First quarterly report due "
             "January 2026.", "G", "G"),
        ]),
        ("dir", "Health & Adult Social Care"),
        ("audit", "Direct Payments", "2025/26", "Limited", [
            (1, "Complete the overdue annual reviews of direct payment accounts, "
                "prioritising those with balances above 12 weeks of care costs.",
             "High", "Head of Assessment Services", d(2025, 12, 31), d(2026, 5, 31),
             "142 of 310 reviews complete. Additional reviewing officer in post from "
             "December; revised date agreed with Internal Audit.", "A", "R"),
            (2, "Recover surplus balances identified at review in line with the Direct "
                "Payments Policy.",
             "Medium", "Direct Payments Team Manager", d(2026, 3, 31), None,
             None, None, "G"),
            (3, "Update the Direct Payments Policy to reflect the move to pre-paid "
                "cards and present it to the Adult Social Care & Public Health "
                "Sub-Committee.",
             "Medium", "S. Lyle & T. Walsh", d(2026, 4, 30), None,
             None, None, None),
        ]),
    ]

    r = 5
    for item in plan:
        if item[0] == "dir":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=12)
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True)
            c.fill = fill(GREY)
            r += 1
            continue
        _, audit, year, opinion, acts = item
        first = r
        for (ref, text, prio, lead, orig, rev, upd, q2, q3) in acts:
            vals = [None, None, None, ref, text, prio, lead, orig, rev, upd, q2, q3]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            for col, st in ((11, q2), (12, q3)):
                if st:
                    ws.cell(row=r, column=col).fill = fill(status_fill[st])
                    ws.cell(row=r, column=col).alignment = Alignment(horizontal="center",
                                                                     vertical="top")
            r += 1
        ws.cell(row=first, column=1, value=audit)
        ws.cell(row=first, column=2, value=year)
        ws.cell(row=first, column=3, value=opinion)
        for col in (1, 2, 3):
            ws.cell(row=first, column=col).alignment = Alignment(wrap_text=True,
                                                                vertical="top")
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=col, end_row=r - 1,
                               end_column=col)
    widths(ws, [26, 9, 11, 6, 60, 9, 28, 13, 13, 45, 9, 9])

    k = wb.create_sheet("Key")
    k["A1"] = "Status key"
    k["A1"].font = Font(bold=True)
    key = [("B", "Implemented (verified by Internal Audit)", BLUE),
           ("G", "On track to meet the target date", GREEN),
           ("A", "Original date missed – revised target date agreed", AMBER),
           ("R", "Overdue, or revised date at risk", RED),
           ("Blank", "Not yet started", None)]
    for i, (code, meaning, colour) in enumerate(key, 2):
        k.cell(row=i, column=1, value=code)
        k.cell(row=i, column=2, value=meaning)
        if colour:
            k.cell(row=i, column=1).fill = fill(colour)
    k["A8"] = "Priority"
    k["A8"].font = Font(bold=True)
    k["A9"] = "High"
    k["B9"] = "Fundamental weakness in control; action required within three months."
    k["A10"] = "Medium"
    k["B10"] = "Significant weakness; action required within six months."
    k["A11"] = "Low"
    k["B11"] = "Minor improvement to control; action within twelve months."
    widths(k, [10, 70])

    wb.active = 1
    wb.save(out("re-brighton-and-hove-city-council-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 2. Sheffield City Council - Future Sheffield programme highlight report
# ---------------------------------------------------------------------------
def sheffield():
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    ws.merge_cells("A1:G1")
    ws["A1"] = "Future Sheffield Programme – Highlight Report"
    ws["A1"].font = Font(bold=True, size=16, color=NAVY)
    ws.merge_cells("A2:G2")
    ws["A2"] = ("Reporting period: 1–31 October 2025 | Prepared for Strategy and "
                "Resources Policy Committee")
    ws["A2"].font = Font(italic=True)

    info = [("Senior Responsible Owner", "Chief Executive"),
            ("Programme Manager", "Head of Programme Management Office"),
            ("Overall RAG – last period", "Amber"),
            ("Overall RAG – this period", "Amber"),
            ("Summary", "Good progress on customer access and the organisational "
                        "design workstream. Digital milestones have slipped owing to "
                        "supplier capacity; a recovery plan is in place.")]
    for i, (label, val) in enumerate(info, 4):
        ws.cell(row=i, column=1, value=label).font = Font(bold=True)
        ws.cell(row=i, column=1).fill = fill(GREY)
        ws.merge_cells(start_row=i, start_column=2, end_row=i, end_column=7)
        c = ws.cell(row=i, column=2, value=val)
        c.alignment = Alignment(wrap_text=True, vertical="top")
        if val == "Amber":
            c.fill = fill(AMBER)
    ws.row_dimensions[8].height = 32

    ws["A10"] = "Key milestones"
    ws["A10"].font = Font(bold=True, size=12)
    hdr = ["Ref", "Milestone", "Lead", "Baseline date", "Forecast date", "RAG",
           "Commentary"]
    for c, h in enumerate(hdr, 1):
        ws.cell(row=11, column=c, value=h)
    style_header(ws, 11, len(hdr))

    colour = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}
    plan = [
        ("Workstream 1: Customer Experience and Access", [
            ("1.1", "Launch the new customer contact platform for Council Tax and "
                    "Housing Repairs enquiries", "Director of Customer Services",
             d(2025, 9, 30), d(2025, 9, 30), "B", "Went live 22 September 2025."),
            ("1.2", "Reduce the number of published telephone lines from 54 to 12 and "
                    "publish a single customer promise", "Head of Customer Access",
             d(2025, 12, 31), d(2026, 2, 28), "A",
             "Engagement with services extended to January; no impact on savings."),
            ("1.3", "Roll out webchat and call-back to the Adult Social Care front door",
             "Head of Customer Access / Head of Adult Social Care Front Door",
             "Q4 2025/26", "Q4 2025/26", "G", "Requirements agreed with ASC."),
        ]),
        ("Workstream 2: Organisational Design and Workforce", [
            ("2.1", "Complete consultation on the Tier 3 and Tier 4 management structure",
             "Director of People & Organisational Development", d(2025, 10, 31),
             d(2025, 10, 31), "G", "Consultation closes 31 October 2025."),
            ("2.2", "Start the new Leadership Development Programme (cohort 1: 60 "
                    "managers)", "Priya Kaur and Sam Reid", d(2026, 1, 31),
             d(2026, 3, 31), "A",
             "Procurement of the provider re-run; cohort 1 start moved to March 2026."),
            ("2.3", "Agree a new hybrid working policy with the recognised trade unions",
             "Head of HR Policy", d(2025, 11, 30), d(2026, 1, 31), "R",
             "Trade union consultation paused pending the national pay award."),
        ]),
        ("Workstream 3: Digital, Data and Technology", [
            ("3.1", "Migrate all corporate file shares to SharePoint Online",
             "Chief Digital Officer", d(2025, 7, 31), d(2025, 12, 31), "R",
             "Supplier capacity issue; recovery plan agreed 9 October.\n"
             "Revised date subject to Change Board approval."),
            ("3.2", "Replace the HR and payroll system (Phase 1 – design and build)",
             "Chief Digital Officer / Director of Finance and Commercial Services",
             d(2026, 3, 31), d(2026, 6, 30), "A",
             "Design sign-off delayed by one month; go-live window under review."),
            ("3.3", "Publish the Council's first Data Strategy", "Head of Data & Insight",
             d(2025, 12, 31), d(2025, 12, 31), "G",
             "Draft with Strategic Leadership Team for comment."),
        ]),
    ]
    r = 12
    for ws_name, acts in plan:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        c = ws.cell(row=r, column=1, value=ws_name)
        c.font = Font(bold=True)
        c.fill = fill("DDEBF7")
        r += 1
        for (ref, text, lead, base, fc, rag, comm) in acts:
            vals = [ref, text, lead, base, fc, None, comm]
            for col, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=col, value=v)
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "mmm-yy"
            ws.cell(row=r, column=6).fill = fill(colour[rag])
            r += 1
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    ws.cell(row=r, column=1, value=(
        "RAG key: Blue – complete; Green – on track; Amber – at risk, forecast later "
        "than baseline but within programme tolerance; Red – forecast beyond "
        "tolerance, intervention needed.")).font = Font(italic=True, size=9)
    widths(ws, [26, 52, 32, 12, 12, 7, 48])

    b = wb.create_sheet("Benefits")
    b["A1"] = "Benefits tracker 2025/26"
    b["A1"].font = Font(bold=True)
    for c, h in enumerate(["Benefit", "Target 2025/26", "Achieved to date",
                           "Forecast year end"], 1):
        b.cell(row=3, column=c, value=h)
    style_header(b, 3, 4)
    for i, row in enumerate([("Cashable savings (£m)", 4.2, 1.9, 3.8),
                             ("Calls handled at first point of contact (%)", 75, 68, 74),
                             ("Management posts reduced", 40, 0, 35)], 4):
        for c, v in enumerate(row, 1):
            b.cell(row=i, column=c, value=v).border = BOX
    widths(b, [44, 16, 16, 18])

    wb.save(out("re-sheffield-city-council-future-sheffield-programme-highlight-report.xlsx"))


# ---------------------------------------------------------------------------
# helpers for Word
# ---------------------------------------------------------------------------
def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    """Write text; '\n' starts a new paragraph in the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.font.size = Pt(size)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)
    sec.top_margin = sec.bottom_margin = Cm(1.5)


# ---------------------------------------------------------------------------
# 3. Hampshire County Council - Ofsted focused visit action plan
# ---------------------------------------------------------------------------
def hampshire():
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Hampshire Children’s Services – Ofsted Focused Visit Action Plan",
                      style="Title")
    doc.add_paragraph("Focused visit 24 and 25 January 2023: arrangements for children "
                      "in care", style="Subtitle")

    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate([
            ("Version", "3.0"),
            ("Date", "12 June 2023"),
            ("Owner", "Assistant Director – Children and Families"),
            ("Reported to", "Children’s Services Departmental Management Team; "
                            "Hampshire Safeguarding Children Partnership")]):
        set_cell(t.cell(i, 0), a, bold=True)
        set_cell(t.cell(i, 1), b)
        shade(t.cell(i, 0), "D9E2F3")

    doc.add_paragraph("")
    doc.add_paragraph(
        "Inspectors found that children in care in Hampshire receive a good service. "
        "The letter published on 2 March 2023 identified three areas for improvement. "
        "This plan sets out the actions we are taking, who is leading them and by "
        "when. Progress is reviewed monthly by the Children’s Services Departmental "
        "Management Team.")

    doc.add_paragraph("RAG key", style="Heading 3")
    k = doc.add_table(rows=5, cols=2)
    k.style = "Table Grid"
    set_cell(k.cell(0, 0), "RAG rating", bold=True)
    set_cell(k.cell(0, 1), "Meaning", bold=True)
    for i, (word, meaning, colour) in enumerate([
            ("Blue", "Action complete", BLUE),
            ("Green", "On track", GREEN),
            ("Amber", "Some slippage – remedial action in place", AMBER),
            ("Red", "Off track – escalated to DMT", RED)], 1):
        set_cell(k.cell(i, 0), word)
        set_cell(k.cell(i, 1), meaning)
        shade(k.cell(i, 0), colour)

    areas = [
        ("Area for improvement 1",
         "The consistency of management oversight and supervision so that it is "
         "reflective and drives the progress of children’s plans.",
         [("1.1", "Refresh the supervision policy and recording template so that "
                  "supervision records show reflection on the child’s lived experience "
                  "and clear actions with timescales.",
           "Principal Social Worker", "April 2023",
           "Revised policy and template launched 3 April 2023.", "Blue"),
          ("1.2", "Team managers to complete reflective supervision training delivered "
                  "by the Hampshire Children’s Services Academy.\n"
                  "Cohorts 1–4 to complete by the end of July; new managers through the "
                  "induction programme.",
           "Workforce Development Manager", "End of July 2023",
           "Cohorts 1 and 2 complete (38 managers). Cohort 3 booked for 20 June.",
           "Green"),
          ("1.3", "Monthly audit of supervision quality, with findings reported to the "
                  "Quality Assurance Board.",
           "Head of Quality Assurance", "Ongoing",
           "April and May audits complete; 78% of supervision records rated good.",
           "Green")]),
        ("Area for improvement 2",
         "The timeliness of initial health assessments for children entering care.",
         [("2.1", "Agree a joint escalation protocol with Hampshire and Isle of Wight "
                  "Integrated Care Board for initial health assessment requests not "
                  "completed within 20 working days.",
           "Area Director (North) / Designated Nurse for Children in Care",
           "31/05/2023",
           "Draft protocol agreed with the ICB; sign-off moved to the July meeting of "
           "the Corporate Parenting Board.", "Amber"),
          ("2.2", "Add initial health assessment timeliness to the weekly children in "
                  "care performance dashboard.",
           "Head of Performance and Business Intelligence", "March 2023",
           "Included in the dashboard from 20 March 2023.", "Blue")]),
        ("Area for improvement 3",
         "The quality of return home conversations for children who go missing from "
         "care, and how well the learning from them informs their plans.",
         [("3.1", "Recommission the return home interview service with a requirement "
                  "to offer the interview within 72 hours.",
           "Head of Commissioning – Children’s Services", "Sept 2023 – March 2024",
           "Market engagement event held 16 May 2023.", "Green"),
          ("3.2", "Social workers to record how the return home conversation has been "
                  "considered in the child’s plan, checked through the missing panel.",
           "Service Manager (Missing, Exploited and Trafficked)", "September 2023",
           "Practice guidance drafted; Mosaic change request raised but not yet "
           "scheduled.", "Amber"),
          ("3.3", "Develop a missing from care dashboard for the Corporate Parenting "
                  "Board, showing episodes, return conversations offered and taken up.",
           "J. Mills, K. Osei", "Q3 2023/24",
           "Not yet started – dependent on 3.1.", "")]),
    ]
    fills = {"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    for heading, aim, acts in areas:
        doc.add_paragraph(heading, style="Heading 2")
        t = doc.add_table(rows=2 + len(acts), cols=6)
        t.style = "Table Grid"
        top = t.cell(0, 0).merge(t.cell(0, 5))
        set_cell(top, aim, bold=True, size=10)
        shade(top, "D9E2F3")
        for c, h in enumerate(["Ref", "Action", "Lead", "By when",
                               "Progress update – June 2023", "RAG"]):
            set_cell(t.cell(1, c), h, bold=True)
            shade(t.cell(1, c), "BFBFBF")
        for i, (ref, text, lead, when, prog, rag) in enumerate(acts, 2):
            for c, v in enumerate([ref, text, lead, when, prog, rag]):
                set_cell(t.cell(i, c), v)
            if rag:
                shade(t.cell(i, 5), fills[rag])
        widths_cm = [1.3, 8.5, 4.5, 3.0, 7.0, 1.8]
        for row in t.rows:
            for c, w in enumerate(widths_cm):
                row.cells[c].width = Cm(w)
        doc.add_paragraph("")

    doc.add_paragraph("Signed off by the Director of Children’s Services, 12 June 2023.")
    doc.save(out("re-hampshire-county-council-ofsted-focused-visit-action-plan.docx"))


# ---------------------------------------------------------------------------
# 4. Safer Westminster Partnership - DHR 'Farah' action plan
# ---------------------------------------------------------------------------
def westminster():
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Domestic Homicide Review ‘Farah’ – Action Plan", style="Title")
    p = doc.add_paragraph("Safer Westminster Partnership | Version 4, updated 3 November 2025")
    p.runs[0].italic = True
    doc.add_paragraph(
        "This action plan was agreed by the review panel on 19 March 2025 and is "
        "monitored by the Safer Westminster Partnership VAWG Strategic Group. Status "
        "is shown as Complete, On track, Amber (some slippage) or Not started.")

    cols = ["No.", "Recommendation", "Scope", "Action to take", "Lead agency",
            "Key milestones", "Target date", "Status"]
    sections = [
        ("Overview report recommendations", [
            ("The Safer Westminster Partnership should assure itself that domestic abuse "
             "training for frontline practitioners covers economic abuse and coercive "
             "control in older people’s relationships.", "Local", [
                ("1.1", "Review the multi-agency domestic abuse training offer against "
                        "the findings of this review and amend the course content.",
                 "Westminster VAWG Team", "Training needs analysis completed June 2025.",
                 "September 2025", "Complete"),
                ("1.2", "Deliver a briefing on economic abuse to Housing, Adult Social "
                        "Care and GP practice staff.",
                 "Westminster VAWG Team / NHS North West London ICB",
                 "Two of four briefings delivered.", "31/12/2025", "On track")]),
            ("Agencies should ensure that carers’ assessments explore the carer’s own "
             "safety and any history of domestic abuse.", "Local and regional", [
                ("2.1", "Add a routine enquiry question on domestic abuse to the carer’s "
                        "assessment form in Mosaic.",
                 "Bi-borough Adult Social Care", "Form updated and live.",
                 "Q1 2025/26", "Complete"),
                ("2.2", "Audit a sample of 30 carers’ assessments to check that the "
                        "question is being asked and acted on.",
                 "Adult Social Care Quality Assurance Lead", "", "March 2026",
                 "Not started")]),
            ("The Metropolitan Police should review how officers record and share "
             "information about repeat calls from the same address where no offence is "
             "identified.", "Regional", [
                ("3.1", "Issue guidance to Central West BCU officers on recording "
                        "non-crime domestic incidents and on MARAC referral thresholds.",
                 "Metropolitan Police Service (Central West BCU)",
                 "Guidance issued 2 June 2025.", "June 2025", "Complete")]),
        ]),
        ("Single agency recommendations", [
            ("Central and North West London NHS Foundation Trust to strengthen the use "
             "of routine enquiry about domestic abuse in older adult mental health "
             "services.", "Single agency", [
                ("4.1", "Include routine enquiry in the older adults community mental "
                        "health team assessment template and audit completion quarterly.",
                 "CNWL Safeguarding Lead",
                 "Template changed April 2025; first audit showed 64% completion.",
                 "April 2025 – March 2026", "Amber")]),
            ("Westminster City Council Housing to ensure that tenancy visits to older "
             "tenants include a private conversation with each adult where possible.",
             "Single agency", [
                ("5.1", "Update the Tenancy Visit Procedure and checklist.",
                 "Head of Housing Management", "Procedure approved 18 September 2025.",
                 "By 30 September 2025", "Complete"),
                ("5.2", "Brief housing officers through team meetings and the Housing "
                        "Safeguarding Champions network.",
                 "Housing Safeguarding Champions Lead",
                 "Standing item on champions’ agenda.", "Ongoing", "On track")]),
        ]),
    ]
    for heading, recs in sections:
        doc.add_paragraph(heading, style="Heading 1")
        nrows = 1 + sum(len(a) for _, _, a in recs)
        t = doc.add_table(rows=nrows, cols=len(cols))
        t.style = "Table Grid"
        for c, h in enumerate(cols):
            set_cell(t.cell(0, c), h, bold=True)
            shade(t.cell(0, c), "C6D9F1")
        r = 1
        for rec, scope, acts in recs:
            first = r
            for (no, action, lead, miles, target, status) in acts:
                set_cell(t.cell(r, 0), no)
                set_cell(t.cell(r, 3), action)
                set_cell(t.cell(r, 4), lead)
                set_cell(t.cell(r, 5), miles)
                set_cell(t.cell(r, 6), target)
                set_cell(t.cell(r, 7), status)
                r += 1
            last = r - 1
            rc = t.cell(first, 1)
            sc = t.cell(first, 2)
            if last > first:
                rc = rc.merge(t.cell(last, 1))
                sc = sc.merge(t.cell(last, 2))
            set_cell(rc, rec)
            set_cell(sc, scope)
        widths_cm = [1.2, 6.0, 2.2, 6.0, 3.6, 4.0, 2.6, 2.0]
        for row in t.rows:
            for c, w in enumerate(widths_cm):
                row.cells[c].width = Cm(w)
        doc.add_paragraph("")
    doc.add_paragraph("Next review: VAWG Strategic Group, February 2026.")
    doc.save(out("re-safer-westminster-partnership-dhr-farah-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. London Borough of Newham - corporate risk register (CSV export)
# ---------------------------------------------------------------------------
def newham():
    rows = [
        ["London Borough of Newham – Corporate Risk Register – Quarter 3 2025/26"],
        ["Exported from the risk management system 12/01/2026. Scores are Likelihood x "
         "Impact (maximum 25)."],
        [],
        ["Risk", "Risk Owner", "Inherent Score", "Current Score", "Target Score",
         "Direction of Travel", "Action Ref", "Further Action", "Action Owner",
         "Target Date", "Action RAG"],
        ["CR01 – Failure to deliver a balanced budget and maintain adequate reserves",
         "Corporate Director of Resources", "25", "20", "12", "No change", "CR01.1",
         "Deliver the 2025/26 savings programme of £35.4m, with monthly tracking at "
         "Corporate Leadership Team", "Director of Finance", "31/03/2026", "Amber"],
        ["", "", "", "", "", "", "CR01.2",
         "Agree the medium-term financial strategy 2026/27 to 2029/30, including the "
         "use of Exceptional Financial Support", "Corporate Director of Resources",
         "Feb-26", "Green"],
        ["", "", "", "", "", "", "CR01.3",
         "Review fees and charges against benchmarking with neighbouring boroughs",
         "Head of Strategic Finance / Head of Income", "Q4 2025/26", "Green"],
        ["CR02 – Demand for temporary accommodation exceeds supply and budget",
         "Corporate Director of Housing", "25", "25", "16", "Increasing", "CR02.1",
         "Acquire 300 additional homes for use as temporary accommodation through the "
         "Property Acquisition Programme", "Director of Housing Delivery", "31/03/2027",
         "Amber"],
        ["", "", "", "", "", "", "CR02.2",
         "Reduce the use of nightly-paid hotel rooms so that no family is placed in a "
         "hotel for more than six weeks",
         "Director of Housing Needs and Homelessness Prevention", "30/06/2026", "Red"],
        ["CR03 – Serious safeguarding failure in Children’s or Adults’ Social Care",
         "Corporate Director of People", "20", "12", "8", "No change", "CR03.1",
         "Embed the revised multi-agency practice standards and audit compliance "
         "through the Practice Assurance Framework",
         "Director of Children’s Social Care", "Ongoing", "Green"],
        ["", "", "", "", "", "", "CR03.2",
         "Complete the self-assessment for the CQC local authority assessment and "
         "publish the Adult Social Care improvement plan", "Director of Adult Social Care",
         "Dec-25", "Complete"],
        ["CR04 – Cyber attack causing loss of systems or data",
         "Chief Information Officer", "25", "15", "10", "Decreasing", "CR04.1",
         "Complete the migration of the remaining on-premise servers to the cloud "
         "tenancy", "Head of ICT Infrastructure", "30/09/2026", "Green"],
        ["", "", "", "", "", "", "CR04.2",
         "Run a cyber incident exercise with the Corporate Leadership Team,\n"
         "including testing the out-of-hours recovery plan",
         "Cyber Security Manager & Emergency Planning Manager", "Mar-26",
         "Not started"],
        [],
        ["Total: 4 risks, 9 further actions (1 complete)"],
    ]
    with open(out("re-newham-council-corporate-risk-register.csv"), "w",
              encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        for row in rows:
            w.writerow(row)


# ---------------------------------------------------------------------------
# 6. Birmingham Health and Wellbeing Board - action log (tab-separated text)
# ---------------------------------------------------------------------------
def birmingham():
    lines = [
        "Birmingham Health and Wellbeing Board – Action Log",
        "Updated following the meeting on 25 November 2025",
        "",
        "\t".join(["Ref", "Meeting", "Action", "Owner", "Due", "RAG", "Update"]),
    ]
    acts = [
        ("HWB 25/04", "22/07/2025",
         "Circulate the Joint Strategic Needs Assessment chapter on children’s oral "
         "health to Board members", "Director of Public Health", "30/09/2025", "B",
         "Circulated 12 September 2025."),
        ("HWB 25/05", "22/07/2025",
         "Bring a report on the Creating a Healthy Food City Forum’s progress against "
         "the Food System Strategy", "Okafor, Grace", "Nov-25", "B",
         "On the agenda for 25 November 2025."),
        ("HWB 25/06", "30/09/2025",
         "Provide data on uptake of NHS Health Checks by ward and ethnicity, alongside "
         "the Health Inequalities Dashboard", "K. Doyle / R. Sandhu", "27/01/2026", "G",
         "Data request with the ICB analytics team."),
        ("HWB 25/07", "30/09/2025",
         "Write to the Department of Health and Social Care on behalf of the Board "
         "about the Public Health Grant allocation for 2026/27", "Chair of the Board",
         "October 2025", "A",
         "Draft letter with the Chair; to be sent after the settlement is announced."),
        ("HWB 25/08", "30/09/2025",
         "Agree the membership and terms of reference of the Creating a Mentally "
         "Healthy City Forum", "Cllr Mariam Khan and Dr Paul Evans", "Jan-26", "G",
         "Draft terms of reference shared with partners."),
        ("HWB 25/09", "25/11/2025",
         "Each partner to confirm a named lead for the refresh of the Suicide "
         "Prevention Strategy", "All Board members", "Dec-25", "A",
         "4 of 11 partners have confirmed."),
        ("HWB 25/10", "25/11/2025",
         "Present the draft Joint Local Health and Wellbeing Strategy delivery plan "
         "for 2026–2028", "Assistant Director – Public Health (Healthy Places)",
         "March 2026", "", "Not started – scheduled for the March meeting."),
        ("HWB 25/11", "25/11/2025",
         "Circulate the Better Care Fund quarterly return to Board members for "
         "information", "BCF Programme Manager", "Quarterly", "G",
         "Q2 return circulated 28 November 2025."),
    ]
    for a in acts:
        lines.append("\t".join(a))
    lines += [
        "",
        "Key: B = complete (removed once noted by the Board); G = on track; "
        "A = at risk or due date passed; R = not progressing",
    ]
    with open(out("re-birmingham-health-and-wellbeing-board-action-log.txt"), "w",
              encoding="utf-8", newline="") as fh:
        fh.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------------------
# 7. Manchester City Council - corporate plan delivery plan (refuse: typo month)
# ---------------------------------------------------------------------------
def manchester():
    wb = Workbook()
    ws = wb.active
    ws.title = "Delivery Plan 2025-26"
    ws.merge_cells("A1:I1")
    ws["A1"] = "Manchester City Council – Corporate Plan Delivery Plan 2025/26"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:I2")
    ws["A2"] = "Quarter 2 update (July–September 2025)"
    hdr = ["Our Manchester priority", "Ref", "Key deliverable", "Lead officer",
           "Executive Member", "Milestone date", "Q1 RAG", "Q2 RAG", "Q2 progress"]
    for c, h in enumerate(hdr, 1):
        ws.cell(row=4, column=c, value=h)
    style_header(ws, 4, len(hdr), colour="6A1B9A")
    colour = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}
    plan = [
        ("Zero-carbon Manchester", [
            ("ZC1", "Complete the heat network extension to serve the Civic Quarter",
             "Director of Capital Programmes", "Executive Member for Environment",
             "March 2026", "G", "G", "Pipework complete; commissioning from January."),
            ("ZC2", "Retrofit 1,500 council homes to EPC C through the Decent Homes Plus "
                    "programme", "Director of Housing Operations",
             "Executive Member for Housing", "Dec 2025", "A", "A",
             "1,020 homes complete; contractor capacity improving."),
            ("ZC3", "Publish the Climate Change Action Plan annual report",
             "Head of Zero Carbon", "Executive Member for Environment", "July 2025",
             "G", "B", "Published 15 July 2025."),
        ]),
        ("Growth that benefits everyone", [
            ("GR1", "Secure a development partner for the next phase of the Victoria "
                    "North regeneration", "Strategic Director (Growth and Development)",
             "Leader", "Novmber 2025", "G", "A",
             "Two bidders shortlisted; evaluation extended by four weeks."),
            ("GR2", "Support 2,000 residents into work through Work and Skills "
                    "programmes", "Head of Work and Skills",
             "Executive Member for Skills, Employment and Leisure", "March 2026", "G",
             "G", "1,130 job starts to the end of September."),
        ]),
        ("Healthy, cared-for people", [
            ("HC1", "Open two new Extra Care housing schemes",
             "Director of Adult Social Services", "Executive Member for Healthy Manchester "
             "and Adult Social Care", "Jan 2026", "A", "A",
             "First scheme handed over; second delayed by utilities connection."),
            ("HC2", "Implement the Better Outcomes, Better Lives programme in all "
                    "Integrated Neighbourhood Teams",
             "Deputy Director of Adult Social Services", "Executive Member for Healthy "
             "Manchester and Adult Social Care", "Sept 2025", "G", "B",
             "All 12 teams live."),
        ]),
        ("Well-managed council", [
            ("WM1", "Set a balanced budget for 2026/27",
             "Deputy Chief Executive and City Treasurer", "Executive Member for Finance "
             "and Resources", "February 2026", "G", "G",
             "Budget options considered by Executive in November."),
        ]),
    ]
    r = 5
    for prio, acts in plan:
        first = r
        for (ref, text, lead, exec_m, date, q1, q2, prog) in acts:
            vals = [None, ref, text, lead, exec_m, date, q1, q2, prog]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                cell.border = BOX
            ws.cell(row=r, column=7).fill = fill(colour[q1])
            ws.cell(row=r, column=8).fill = fill(colour[q2])
            r += 1
        c = ws.cell(row=first, column=1, value=prio)
        c.font = Font(bold=True)
        c.alignment = Alignment(wrap_text=True, vertical="top")
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    widths(ws, [22, 6, 50, 32, 30, 14, 8, 8, 42])

    k = wb.create_sheet("RAG key")
    for i, (code, meaning, col) in enumerate([
            ("B", "Complete", BLUE), ("G", "On track", GREEN),
            ("A", "Some risk to delivery", AMBER), ("R", "Will not be delivered on time", RED)], 1):
        k.cell(row=i, column=1, value=code).fill = fill(col)
        k.cell(row=i, column=2, value=meaning)
    wb.save(out("re-manchester-city-council-corporate-plan-delivery-plan-typo-month-refuse.xlsx"))


if __name__ == "__main__":
    brighton()
    sheffield()
    hampshire()
    westminster()
    newham()
    birmingham()
    manchester()
    print("built 7 files in", HERE)
