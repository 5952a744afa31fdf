#!/usr/bin/env python3
"""Build the seven fm1- blind cases (heldout203): children's services plans.

Run with /work/main/.venv/bin/python fm1_make.py ; writes the data files next to this script.
The .expected.yaml files are written by hand and are not touched here.
"""
import csv
import os
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- xlsx helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
FILLS = {
    "blue": PatternFill("solid", fgColor="0070C0"),
    "green": PatternFill("solid", fgColor="00B050"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "red": PatternFill("solid", fgColor="FF0000"),
}
HEAD_FILL = PatternFill("solid", fgColor="1F3864")
BAND_FILL = PatternFill("solid", fgColor="D9E1F2")
PALE_FILL = PatternFill("solid", fgColor="F2F2F2")


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def header_row(ws, row, labels):
    for c, text in enumerate(labels, start=1):
        cell = ws.cell(row=row, column=c, value=text)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = HEAD_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX


def band(ws, row, text, ncols, fill, bold=True, white=False):
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
    cell = ws.cell(row=row, column=1, value=text)
    cell.font = Font(bold=bold, color="FFFFFF" if white else "000000")
    cell.fill = fill
    cell.alignment = Alignment(wrap_text=True, vertical="center")
    for c in range(1, ncols + 1):
        ws.cell(row=row, column=c).border = BOX


def data_row(ws, row, values, date_fmt="dd/mm/yyyy"):
    for c, v in enumerate(values, start=1):
        cell = ws.cell(row=row, column=c, value=v)
        cell.alignment = WRAP
        cell.border = BOX
        if isinstance(v, datetime):
            cell.number_format = date_fmt


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_fill):
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tc_pr.append(shd)


def set_cell(cell, text, bold=False, italic=False, size=9, fill=None, white=False):
    """Write text; inner newlines become separate paragraphs in the cell."""
    cell.text = ""
    lines = text.split("\n")
    para = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            para = cell.add_paragraph()
        run = para.add_run(line)
        run.bold = bold
        run.italic = italic
        run.font.size = Pt(size)
        if white:
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    if fill:
        shade(cell, fill)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.5))


def repeat_header(row):
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


# =====================================================================
# 1. South Gloucestershire Council - ILACS improvement plan (xlsx, read)
# =====================================================================
def make_south_glos():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    widths(cov, [14, 16, 34, 48])
    cov["A1"] = "South Gloucestershire Council"
    cov["A1"].font = Font(bold=True, size=16, color="1F3864")
    cov["A2"] = "Children's Services Improvement Plan 2024–2026"
    cov["A2"].font = Font(bold=True, size=14)
    cov["A3"] = ("Our response to the Ofsted inspection of local authority children's "
                 "services (ILACS), 5–16 February 2024")
    cov["A3"].font = Font(italic=True)
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    header_row(cov, 6, ["Version", "Date", "Author", "Comments"])
    docrows = [
        ["1.0", datetime(2024, 5, 22), "Improvement Programme Manager",
         "Plan submitted to Ofsted"],
        ["1.3", datetime(2024, 9, 17), "Improvement Programme Manager",
         "Target dates revised – agreed at Children's Improvement Board"],
        ["1.4", datetime(2024, 10, 31), "Improvement Programme Manager",
         "October progress update"],
    ]
    for i, r in enumerate(docrows):
        data_row(cov, 7 + i, r)
    cov["A11"] = "RAG key"
    cov["A11"].font = Font(bold=True)
    key = [
        ("Blue", "Complete – action delivered and evidence of impact", "blue"),
        ("Green", "On track to deliver by the target date", "green"),
        ("Amber", "Some slippage – remedial action in place", "amber"),
        ("Red", "Off track – escalated to the Children's Improvement Board", "red"),
    ]
    for i, (word, meaning, colour) in enumerate(key):
        r = 12 + i
        cov.cell(row=r, column=1, value=word).fill = FILLS[colour]
        cov.cell(row=r, column=1).border = BOX
        cov.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
        cov.cell(row=r, column=2, value=meaning).border = BOX

    ws = wb.create_sheet("Improvement Plan")
    widths(ws, [7, 60, 30, 13, 13, 50, 11, 11])
    ws["A1"] = "Children's Services Improvement Plan 2024–2026"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Progress update: position at 31 October 2024 (reported to the "
                "Children's Improvement Board, 19 November 2024)")
    ws["A2"].font = Font(italic=True)
    header_row(ws, 4, ["Ref", "Action", "Lead officer", "Original target date",
                       "Revised target date", "Progress update", "Previous RAG",
                       "Current RAG"])
    ws.freeze_panes = "A5"
    rows = [
        ("theme", "Theme 1: Children in need of help and protection"),
        ("rec", "Recommendation 1: The quality and timeliness of assessments and plans "
                "for children in need, including disabled children."),
        ("act", ["1.1",
                 "Relaunch the South Gloucestershire assessment practice standard, with "
                 "mandatory briefings for all social workers and team managers in the "
                 "Access, Safeguarding and 0-25 teams.",
                 "Head of Service – Safeguarding and Support",
                 datetime(2024, 7, 31), None,
                 "Practice standard relaunched 3 July 2024; 94% of staff attended a "
                 "briefing. Audit in October shows 71% of assessments good or better.",
                 "Green", "Blue"]),
        ("act", ["1.2",
                 "Introduce weekly assessment timeliness reporting to team managers, with "
                 "exception reporting to the Assistant Director where an assessment is "
                 "beyond 35 working days.",
                 "Performance and Intelligence Manager",
                 datetime(2024, 6, 30), None,
                 "Weekly report live since June 2024; timeliness 81% in September "
                 "(target 85%).",
                 "Green", "Green"]),
        ("act", ["1.3",
                 "Commission an external audit of assessments for disabled children in "
                 "the 0-25 service and deliver the resulting learning plan.\n"
                 "Audit findings to be presented to the Quality Assurance Board.",
                 "Service Manager (0-25 Disability)",
                 datetime(2024, 9, 30), datetime(2024, 12, 31),
                 "Audit commissioned from a partner authority; fieldwork delayed by "
                 "staffing. Revised date agreed by the Board.",
                 "Amber", "Amber"]),
        ("rec", "Recommendation 2: The consistency and impact of management oversight and "
                "supervision, so that drift and delay for children are identified and "
                "addressed."),
        ("act", ["2.1",
                 "Refresh the supervision policy and introduce a quarterly supervision "
                 "audit across all social work teams.",
                 "Principal Social Worker",
                 datetime(2024, 10, 31), None,
                 "Policy approved in September; first quarterly audit completed in "
                 "October.",
                 "Amber", "Green"]),
        ("act", ["2.2",
                 "Deliver the 'Leading Practice' development programme for all team "
                 "managers and advanced practitioners.",
                 "AD Children's Social Care / Principal Social Worker",
                 datetime(2025, 3, 31), None,
                 "Cohort 1 (14 managers) started September 2024; cohort 2 starts "
                 "January 2025.",
                 "Green", "Green"]),
        ("theme", "Theme 2: Children in care and care leavers"),
        ("rec", "Recommendation 3: The sufficiency of local homes for children in care, "
                "particularly for older children and children with complex needs."),
        ("act", ["3.1",
                 "Publish the refreshed Sufficiency Strategy 2024–2027 with a costed plan "
                 "for two new in-house children's homes.",
                 "Head of Corporate Parenting and Placements",
                 datetime(2024, 11, 30), None,
                 "Strategy drafted; due at Cabinet on 11 November 2024.",
                 "Green", "Green"]),
        ("act", ["3.2",
                 "Launch a targeted foster carer recruitment campaign for teenagers and "
                 "sibling groups, with an enhanced fee and support offer.",
                 "Fostering Service Manager; Commissioning Manager",
                 datetime(2024, 9, 30), datetime(2025, 1, 31),
                 "Enhanced fee not yet approved; campaign launch moved. Only two "
                 "enquiries converted to assessment.",
                 "Amber", "Red"]),
        ("rec", "Recommendation 4: The quality of pathway plans for care leavers and the "
                "support available to care leavers aged 21 to 25."),
        ("act", ["4.1",
                 "Co-produce a new pathway plan template with the Care Leavers' Forum and "
                 "implement it in Mosaic.",
                 "Leaving Care Team Manager",
                 datetime(2024, 12, 31), None,
                 "Template co-produced at two forum sessions; Mosaic build scheduled for "
                 "December.",
                 "Green", "Green"]),
        ("act", ["4.2",
                 "Extend the personal adviser offer to all care leavers up to age 25 and "
                 "publicise it in the Local Offer for care leavers.",
                 "Head of Corporate Parenting and Placements",
                 "Ongoing", None,
                 "Offer extended from April 2024; 38 care leavers aged 21+ now have an "
                 "allocated PA.",
                 "Green", "Green"]),
    ]
    r = 5
    for kind, payload in rows:
        if kind == "theme":
            band(ws, r, payload, 8, HEAD_FILL, white=True)
        elif kind == "rec":
            band(ws, r, payload, 8, BAND_FILL, bold=False)
            ws.cell(row=r, column=1).font = Font(italic=True, bold=True)
            ws.row_dimensions[r].height = 30
        else:
            data_row(ws, r, payload)
            for col in (7, 8):
                word = payload[col - 1]
                ws.cell(row=r, column=col).fill = FILLS[word.lower()]
                ws.cell(row=r, column=col).alignment = Alignment(horizontal="center",
                                                                vertical="top")
        r += 1
    r += 1
    ws.cell(row=r, column=1, value=(
        "Note: revised target dates were agreed by the Children's Improvement Board on "
        "17 September 2024. Previous RAG = position reported at 31 July 2024."))
    ws.cell(row=r, column=1).font = Font(italic=True, size=9)
    wb.save(out("fm1-south-gloucestershire-council-ilacs-improvement-plan.xlsx"))


# =====================================================================
# 2. Sutton Local Area Partnership - SEND priority action plan (xlsx, read)
# =====================================================================
def make_sutton():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    widths(sm, [28, 20, 60])
    sm["A1"] = "Sutton Local Area Partnership"
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Area SEND Inspection – Priority Action Plan"
    sm["A2"].font = Font(bold=True, size=12)
    sm["A3"] = ("Inspection: 14–18 October 2024 | Report published: 6 December 2024 | "
                "Plan approved by the SEND Partnership Board: 29 January 2025")
    sm["A5"] = "Progress summary – April 2025"
    sm["A5"].font = Font(bold=True)
    header_row(sm, 6, ["Status", "Number of actions"])
    summary = [("Complete", 1, "blue"), ("On track", 4, "green"),
               ("At risk", 1, "amber"), ("Off track", 1, "red"),
               ("Not yet started", 1, None)]
    for i, (label, n, colour) in enumerate(summary):
        rr = 7 + i
        sm.cell(row=rr, column=1, value=label).border = BOX
        sm.cell(row=rr, column=2, value=n).border = BOX
        if colour:
            sm.cell(row=rr, column=1).fill = FILLS[colour]
    sm.cell(row=12, column=1, value="Total").font = Font(bold=True)
    sm.cell(row=12, column=2, value="=SUM(B7:B11)").font = Font(bold=True)
    sm["A14"] = ("Key: the RAG column on the plan sheet uses cell colour only – blue = "
                 "complete, green = on track, amber = at risk, red = off track, no colour "
                 "= not yet started.")
    sm["A14"].alignment = WRAP
    sm.merge_cells("A14:C15")

    ws = wb.create_sheet("Priority Action Plan")
    widths(ws, [6, 58, 32, 10, 17, 34, 8, 44])
    ws["A1"] = ("Sutton Local Area Partnership – Priority Action Plan "
                "(Area SEND Inspection, October 2024)")
    ws["A1"].font = Font(bold=True, size=13)
    header_row(ws, 3, ["No.", "Action", "Lead(s)", "Start", "End",
                       "Measure of impact", "RAG", "Update April 2025"])
    ws.freeze_panes = "A4"
    plan = [
        ("area", "Area for priority action 1: Leaders across the partnership should "
                 "urgently improve the timeliness of education, health and care (EHC) "
                 "needs assessments and the quality of the resulting plans."),
        ("act", ["1a",
                 "Recruit to the vacant EHC coordinator posts and commission additional "
                 "educational psychology capacity to clear the backlog of overdue "
                 "assessments.",
                 "Head of SEND Statutory Services", "Jan 2025", "Summer term 2025",
                 "20-week timeliness above 60% by July 2025", "green",
                 "Four of six posts filled; locum EP capacity in place from February."]),
        ("act", ["1b",
                 "Introduce a multi-agency EHCP quality assurance panel, meeting monthly, "
                 "with health and social care advice audited against the Sutton quality "
                 "standard.",
                 "Head of SEND Statutory Services\nDesignated Clinical Officer (SWL ICB)",
                 "Feb 2025", "Mar 2025",
                 "80% of audited plans good or better", "blue",
                 "Panel established; first three monthly audits complete."]),
        ("act", ["1c",
                 "Issue a revised health advice template and training for community "
                 "paediatrics, therapies and CAMHS so that advice is returned within six "
                 "weeks.",
                 "Designated Clinical Officer (SWL ICB)", "Feb 2025", "Spring term 2025",
                 "90% of health advice returned within 6 weeks", "amber",
                 "Template agreed; training for therapies delayed by vacancies."]),
        ("area", "Area for priority action 2: Leaders should ensure that children and "
                 "young people waiting for a neurodevelopmental assessment receive timely "
                 "support while they wait."),
        ("act", ["2a",
                 "Publish a 'support while you wait' offer for families on the ASD/ADHD "
                 "pathway, co-produced with Sutton Parent Carer Forum.",
                 "Head of Children's Commissioning / ICB Place Lead (Sutton)",
                 "Jan 2025", "June 2025",
                 "Offer published; parent survey shows improved confidence", "green",
                 "Draft offer tested with the Parent Carer Forum in March."]),
        ("act", ["2b",
                 "Commission additional assessment capacity to reduce the longest waits "
                 "for autism assessment to under 52 weeks.",
                 "ICB Place Lead (Sutton)", "Apr 2025", "Mar 2026",
                 "No child waiting more than 52 weeks", "red",
                 "Funding for additional capacity not yet agreed by the ICB."]),
        ("area", "Area for improvement 1: Leaders should strengthen the arrangements for "
                 "preparing young people with SEND for adulthood, including the "
                 "transition from children's to adult health services."),
        ("act", ["3a",
                 "Establish a 14–25 transitions panel with adult social care, health and "
                 "post-16 providers.",
                 "Head of Service – 0-25 Disabilities", "Mar 2025", "Autumn term 2025",
                 "All young people aged 17+ with an EHCP discussed at panel", "green",
                 "Terms of reference agreed; first panel held 27 March."]),
        ("act", ["3b",
                 "Map transition pathways for young people under the care of community "
                 "paediatrics and agree named adult-service leads for each pathway.",
                 "Designated Clinical Officer (SWL ICB)", "Sept 2025", "Mar 2026",
                 "Named adult lead for every pathway", None,
                 "Not yet due to start."]),
        ("act", ["3c",
                 "Refresh the Preparing for Adulthood section of the Local Offer with "
                 "young people from the Sutton Youth Parliament SEND group.",
                 "Local Offer Officer", "Jan 2025", "July 2025",
                 "Local Offer feedback rating improves", "green",
                 "Two workshops held with young people."]),
    ]
    r = 4
    for kind, payload in plan:
        if kind == "area":
            band(ws, r, payload, 8, BAND_FILL)
            ws.row_dimensions[r].height = 32
        else:
            vals = list(payload)
            colour = vals[6]
            vals[6] = None
            data_row(ws, r, vals)
            if colour:
                ws.cell(row=r, column=7).fill = FILLS[colour]
        r += 1
    wb.save(out("fm1-sutton-send-local-area-inspection-priority-action-plan.xlsx"))


# =====================================================================
# 3. Cheshire West and Chester - focused visit action plan (xlsx, REFUSE)
# =====================================================================
def make_cheshire_west():
    wb = Workbook()
    ws = wb.active
    ws.title = "FV Action Plan"
    widths(ws, [6, 36, 56, 30, 12, 48, 9])
    ws["A1"] = "Cheshire West and Chester Council – Children's Services"
    ws["A1"].font = Font(bold=True, size=12, color="00736A")
    ws["A2"] = ("Ofsted Focused Visit Action Plan – children in need and children subject "
                "to a child protection plan (visit 4–5 February 2025)")
    ws["A2"].font = Font(bold=True, size=13)
    ws["A3"] = ("Version 1.2 – updated for the Children's Services Improvement Board, "
                "23/06/2025")
    ws["A3"].font = Font(italic=True)
    header_row(ws, 5, ["No.", "Area for improvement", "Action", "Responsible officer",
                       "Target date", "Progress / evidence of impact", "RAG"])
    afi = {
        6: ("The quality of child protection plans, so that they are specific about what "
            "needs to change for children and by when.", 3),
        9: ("The consistency of management oversight of children in need plans where "
            "progress is slow.", 3),
    }
    acts = [
        ["1.1", None,
         "Introduce a revised child protection plan template with SMART outcomes, agreed "
         "with the Cheshire West Safeguarding Children Partnership.",
         "Head of Service – Safeguarding", datetime(2025, 4, 30),
         "Template live in LCS from 14 April 2025.", "Blue"],
        ["1.2", None,
         "Deliver plan-writing workshops for all child protection social workers and "
         "child protection chairs.",
         "Principal Social Worker", datetime(2025, 7, 31),
         "Four of six workshops delivered; 58 staff attended.", "Green"],
        ["1.3", None,
         "Audit 25 child protection plans each quarter and report themes to the Quality "
         "Assurance and Performance Board.",
         "Quality Assurance Manager", datetime(2025, 9, 30),
         "Q1 audit complete: 64% of plans judged good.", "Green"],
        ["2.1", None,
         "Set a standard that every children in need plan is reviewed by a team manager "
         "at least every 12 weeks, with a recorded management direction.",
         "Service Manager – Children in Need", datetime(2025, 5, 31),
         "Standard issued; compliance report shows 72% of reviews on time.", "Amber"],
        ["2.2", None,
         "Introduce a monthly 'drift and delay' panel for children in need plans open "
         "longer than nine months.",
         "Head of Service – Children in Need and Child Protection", "0ct-25",
         "Panel terms of reference drafted.", "Green"],
        ["2.3", None,
         "Add children in need plan timeliness to the weekly performance pack for team "
         "managers.",
         "Business Intelligence Manager", datetime(2025, 6, 30),
         "Measure added to the pack from 2 June 2025.", "Blue"],
    ]
    for i, a in enumerate(acts):
        r = 6 + i
        data_row(ws, r, a, date_fmt="mmm-yy")
        ws.cell(row=r, column=7).fill = FILLS[a[6].lower()]
    for start, (text, n) in afi.items():
        ws.cell(row=start, column=2, value=text)
        ws.merge_cells(start_row=start, start_column=2, end_row=start + n - 1,
                       end_column=2)
        ws.cell(row=start, column=2).alignment = WRAP
    ws["A13"] = ("RAG key: Blue – complete; Green – on track; Amber – some risk to "
                 "delivery; Red – off track")
    ws["A13"].font = Font(italic=True, size=9)
    wb.save(out("fm1-cheshire-west-chester-focused-visit-action-plan-typo-month-refuse.xlsx"))


# =====================================================================
# 4. Greenwich Safeguarding Children Partnership - JTAI action plan (docx, read)
# =====================================================================
def make_greenwich():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("Greenwich Safeguarding Children Partnership: JTAI Action Plan",
                      style="Title")
    doc.add_paragraph(
        "Joint targeted area inspection of the multi-agency response to children and "
        "families who need help – Royal Borough of Greenwich, 3–7 June 2024")

    doc.add_heading("Document control", level=2)
    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in [("Document owner", "GSCP Business Manager"),
                 ("Version", "2.1"),
                 ("Date", "20 January 2025"),
                 ("Approved by", "GSCP Executive (statutory safeguarding partners)"),
                 ("Next review", "April 2025")]:
        cells = dc.add_row().cells
        set_cell(cells[0], k, bold=True, fill="D9D9D9")
        set_cell(cells[1], v)

    doc.add_heading("Introduction", level=2)
    doc.add_paragraph(
        "Ofsted, the Care Quality Commission, HMICFRS and HMI Probation carried out a joint "
        "targeted area inspection in Royal Greenwich in June 2024. The inspectors' letter "
        "identified three areas for improvement. This plan sets out how the Royal Borough "
        "of Greenwich, South East London Integrated Care Board and the Metropolitan Police "
        "Service, with schools and the voluntary sector, will respond. Progress is reported "
        "to every meeting of the GSCP Executive.")

    doc.add_heading("RAG key", level=2)
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for word, meaning, fill in [
            ("Complete", "Action delivered; impact being monitored", "0070C0"),
            ("Green", "On track", "00B050"),
            ("Amber", "Some delay – mitigations in place", "FFC000"),
            ("Red", "Significant delay – escalated to the GSCP Executive", "FF0000")]:
        cells = key.add_row().cells
        set_cell(cells[0], word, bold=True, fill=fill)
        set_cell(cells[1], meaning)

    sections = [
        ("Area for improvement 1: The quality and consistency of early help assessments "
         "and plans, so that they focus on what needs to change for children.",
         [["1.1",
           "Agree a single partnership early help assessment and plan template, replacing "
           "separate agency tools in schools, health visiting and the Family Hubs.",
           "Head of Early Help, RBG", "By 30 September 2024",
           "Template agreed by the GSCP Executive in September and live on the Early Help "
           "portal.", "Complete"],
          ["1.2",
           "Deliver multi-agency training on writing SMART early help plans, prioritising "
           "designated safeguarding leads and health visitors.",
           "GSCP Training Manager; Designated Nurse Safeguarding Children, SEL ICB",
           "Sept 2024 – March 2025",
           "312 practitioners trained to date; further sessions booked for February.",
           "Green"],
          ["1.3",
           "Complete a multi-agency audit of 30 early help plans and report findings to "
           "the Quality Assurance Subgroup.\n"
           "Repeat the audit six months later to measure impact.",
           "Chair, GSCP Quality Assurance Subgroup", "Sept 2025",
           "First audit scheduled for March 2025; audit tool agreed.", "Amber"]]),
        ("Area for improvement 2: The timeliness of information sharing between the "
         "police, health and the Multi-Agency Safeguarding Hub (MASH) when children's "
         "needs escalate.",
         [["2.1",
           "Introduce a daily MASH triage meeting with police, health and early help, with "
           "a recorded decision for every contact within 24 hours.",
           "MASH Service Manager / Detective Inspector, South East BCU", "Dec-24",
           "Daily triage running since October; 96% of contacts decided within 24 hours "
           "in December.", "Green"],
          ["2.2",
           "Embed a health MASH navigator role to share GP, health visiting and school "
           "nursing information on the day of the contact.",
           "Designated Nurse Safeguarding Children, SEL ICB", "By 31 March 2025",
           "Recruitment completed; navigator in post from 6 January 2025.", "Amber"]]),
        ("Area for improvement 3: The partnership's understanding of the impact of early "
         "help, including the quality assurance of help provided by schools and the "
         "voluntary sector.",
         [["3.1",
           "Develop an early help outcomes dashboard for the GSCP Executive, covering "
           "step-up and step-down rates, re-referrals and family feedback.",
           "GSCP Business Manager", "Quarterly",
           "Dashboard v1 presented in December; family feedback measures to be added.",
           "Green"],
          ["3.2",
           "Extend the schools' safeguarding self-assessment (section 175 audit) to "
           "include early help, with a follow-up visit to the 10 schools with the lowest "
           "returns.",
           "Head of Safeguarding in Education, RBG", "Summer term 2025",
           "Audit questions revised; return rate 71% so far.", "Amber"],
          ["3.3",
           "Hold two learning events with voluntary and community sector partners on the "
           "early help offer and the escalation policy.",
           "GSCP Business Manager", "Nov 2024",
           "Events held on 7 and 21 November 2024; 64 attendees.", "Complete"]]),
    ]
    head = ["Ref", "Action", "Lead", "Timescale", "Progress update (January 2025)", "RAG"]
    widths_cm = [1.3, 8.5, 4.5, 3.0, 6.5, 2.0]
    rag_fill = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000",
                "Red": "FF0000"}
    for heading, actions in sections:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for i, h in enumerate(head):
            set_cell(t.rows[0].cells[i], h, bold=True, fill="1F3864", white=True)
        repeat_header(t.rows[0])
        for a in actions:
            cells = t.add_row().cells
            for i, v in enumerate(a):
                set_cell(cells[i], v, fill=rag_fill.get(v) if i == 5 else None)
        for row in t.rows:
            for i, w in enumerate(widths_cm):
                row.cells[i].width = Cm(w)
        doc.add_paragraph()

    doc.add_heading("Sign-off", level=2)
    so = doc.add_table(rows=1, cols=2)
    so.style = "Table Grid"
    set_cell(so.rows[0].cells[0], "Statutory safeguarding partner", bold=True)
    set_cell(so.rows[0].cells[1], "Date agreed", bold=True)
    for role in ["Director of Children's Services, Royal Borough of Greenwich",
                 "Chief Nurse, South East London ICB",
                 "Detective Chief Superintendent, South East BCU, Metropolitan Police"]:
        cells = so.add_row().cells
        set_cell(cells[0], role)
        set_cell(cells[1], "20/01/2025")
    doc.save(out("fm1-royal-greenwich-scp-jtai-action-plan.docx"))


# =====================================================================
# 5. Cumberland Council - corporate parenting action plan (docx, read)
# =====================================================================
def make_cumberland():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph()
    run = p.add_run("Cumberland Council")
    run.bold = True
    run.font.size = Pt(12)
    doc.add_paragraph("Corporate Parenting Action Plan 2024–25", style="Title")
    doc.add_paragraph("Update for the Corporate Parenting Board – 12 March 2025")
    doc.add_paragraph(
        "This action plan delivers the five priorities of our Corporate Parenting Strategy "
        "2024–2027, 'Our Children, Our Promise', which was written with the Children in "
        "Care Council and the Care Leavers' Forum. Each priority starts with the promise "
        "our children and young people asked us to make.")
    k = doc.add_paragraph()
    k.add_run("RAG: ").bold = True
    k.add_run("Blue = complete;  Green = on track;  Amber = some delay;  "
              "Red = off track / not progressing")

    head = ["No.", "What we will do", "Who", "By when", "Progress update", "RAG"]
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(head):
        set_cell(t.rows[0].cells[i], h, bold=True, fill="7030A0", white=True)
    repeat_header(t.rows[0])

    def band_row(text, fill, italic=False, bold=True):
        cells = t.add_row().cells
        merged = cells[0].merge(cells[5])
        set_cell(merged, text, bold=bold, italic=italic, fill=fill)

    def act_row(vals):
        cells = t.add_row().cells
        for i, v in enumerate(vals):
            set_cell(cells[i], v)

    def header_again():
        cells = t.add_row().cells
        for i, h in enumerate(head):
            set_cell(cells[i], h, bold=True, fill="7030A0", white=True)

    band_row("Priority 1: A safe and stable home", "E4DFEC")
    band_row("Our promise: You will live somewhere you feel safe and settled, close to the "
             "people who matter to you.", "F2F2F2", italic=True, bold=False)
    act_row(["1",
             "Open a second in-house children's home in West Cumberland for up to four "
             "young people.",
             "Head of Service – Children in Care and Care Leavers", "September 2025",
             "Property purchased in Workington; registration application submitted to "
             "Ofsted in February.", "Green"])
    act_row(["2",
             "Reduce the number of children living more than 20 miles from home by "
             "increasing the number of in-house foster carers by 15.",
             "Fostering Service Manager", "Mar-25",
             "Net gain of 9 fostering households since April 2024.", "Amber"])
    band_row("Priority 2: Doing well in education and work", "E4DFEC")
    band_row("Our promise: We will help you to do your best at school, college and work.",
             "F2F2F2", italic=True, bold=False)
    act_row(["3",
             "Make sure every child in care has a Personal Education Plan reviewed each "
             "term, with at least 95% completed on time.",
             "Virtual School Head", "Termly",
             "93% of PEPs completed on time in the autumn term.", "Green"])
    act_row(["4",
             "Create 10 apprenticeship and work-experience places ring-fenced for care "
             "leavers across council services.",
             "Head of HR and Organisational Development", "31/03/2025",
             "7 places created; 5 filled.", "Amber"])
    header_again()
    band_row("Priority 3: Being healthy", "E4DFEC")
    band_row("Our promise: You will get the health and emotional support you need, when "
             "you need it.", "F2F2F2", italic=True, bold=False)
    act_row(["5",
             "Agree a fast-track CAMHS pathway for children in care with North Cumbria "
             "Integrated Care.",
             "Designated Nurse for Children in Care / Head of Service – Children in Care "
             "and Care Leavers",
             "Dec 2024", "Pathway agreed and launched on 2 December 2024.", "Blue"])
    act_row(["6",
             "Offer every care leaver a health passport and free leisure centre membership "
             "until they are 25.",
             "Leaving Care Team Manager", "June 2025",
             "Health passport designed with the Care Leavers' Forum; leisure offer agreed "
             "with the leisure trust.", "Green"])
    band_row("Priority 4: Having a voice", "E4DFEC")
    band_row("Our promise: We will listen to you and act on what you tell us.",
             "F2F2F2", italic=True, bold=False)
    act_row(["7",
             "Hold a Corporate Parenting Board meeting led by the Children in Care Council "
             "each year, with actions agreed by members.",
             "Participation Lead", "Ongoing",
             "Takeover meeting held in October 2024; 11 actions agreed.", "Green"])
    act_row(["8",
             "Recruit and train six care-experienced young inspectors to review council "
             "services.",
             "Participation Lead / Independent Reviewing Service Manager", "Jan 2025",
             "Recruitment paused over the winter; relaunch planned for April.", "Red"])
    band_row("Priority 5: Preparing for adult life", "E4DFEC")
    band_row("Our promise: We will help you get ready to live on your own, when you are "
             "ready.", "F2F2F2", italic=True, bold=False)
    act_row(["9",
             "Treat care experience as a protected characteristic in Cumberland Council's "
             "equality impact assessments.",
             "Director of Children's Services", "Nov-24",
             "Agreed at Full Council on 19 November 2024.", "Blue"])
    act_row(["10",
             "Increase supported lodgings and 'staying close' places so that no care "
             "leaver moves into bed and breakfast accommodation.",
             "Head of Housing Options; Leaving Care Team Manager", "March 2026",
             "Four supported lodgings hosts approved; staying close bid submitted.",
             "Amber"])
    rag_fill = {"Blue": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    for row in t.rows:
        last = row.cells[5]
        if last.text in rag_fill and row.cells[0].text != last.text:
            shade(last, rag_fill[last.text])
    for row in t.rows:
        for i, w in enumerate([1.2, 8.5, 5.0, 2.6, 7.0, 1.7]):
            row.cells[i].width = Cm(w)
    doc.add_paragraph()
    doc.add_paragraph("Next update to the Corporate Parenting Board: June 2025.")
    doc.save(out("fm1-cumberland-corporate-parenting-board-action-plan.docx"))


# =====================================================================
# 6. Lancashire YJS - HMIP inspection improvement plan (csv, read)
# =====================================================================
def make_lancashire():
    E = ""
    rows = [
        ["Lancashire Youth Justice Service: HMI Probation Inspection Improvement Plan",
         E, E, E, E, E, E],
        ["Inspection of youth justice services in Lancashire, fieldwork March 2024. "
         "Overall rating: Requires improvement", E, E, E, E, E, E],
        ["Monitored by: Lancashire Youth Justice Partnership Board | Last updated: "
         "07/02/2025", E, E, E, E, E, E],
        [E, E, E, E, E, E, E],
        ["Recommendation", "Action ref", "Action", "Lead", "Target date",
         "Progress update", "RAG"],
        ["The Lancashire Youth Justice Service should:", E, E, E, E, E, E],
        ["1. improve the quality of assessments of the risk of harm to others, so that "
         "they draw on all available information, including from children's social care "
         "and the police",
         "1.1",
         "Deliver risk of harm assessment training for all case managers, led by the "
         "AssetPlus practice lead.",
         "YJS Practice Development Manager", "30/06/2024",
         "Complete – 46 staff trained (100%).", "B"],
        [E, "1.2",
         "Introduce a management countersignature for all assessments where the risk of "
         "serious harm is rated medium or above.",
         "YJS Team Managers", "31/07/2024",
         "Countersignature step added in ChildView from July 2024; dip sample shows 88% "
         "compliance.", "G"],
        [E, "1.3",
         "Establish a monthly audit of risk of harm assessments, with findings reported "
         "to the Partnership Board each quarter.",
         "YJS Head of Service; Quality Assurance Lead", "Q2 2024/25",
         "Audit tool agreed.\nFirst two monthly audits completed (October, November).",
         "G"],
        ["2. ensure that planning for children's safety and wellbeing is coordinated "
         "with other services and includes contingency arrangements",
         "2.1",
         "Revise the intervention plan template so that it includes a contingency "
         "section and a record of joint planning with the child's social worker.",
         "YJS Practice Development Manager", "Sep-24",
         "Revised template in use since 2 September 2024.", "B"],
        [E, "2.2",
         "Agree a joint working protocol between the YJS and children's social care for "
         "children open to both services, including joint supervision.",
         "YJS Head of Service / Head of Children's Social Care (North)", "31/12/2024",
         "Protocol drafted; awaiting sign-off at the Partnership Board in January.", "A"],
        ["The Lancashire Youth Justice Partnership Board should:", E, E, E, E, E, E],
        ["3. ensure that children have timely access to speech, language and "
         "communication assessments and to emotional and mental health support",
         "3.1",
         "Commission a dedicated speech and language therapist for the YJS across the "
         "three areas.",
         "YJS Health Lead; CAMHS Service Manager (LSCFT)", "Jan-25",
         "SLT post funded by the ICB; recruitment under way.", "A"],
        [E, "3.2",
         "Agree a weekly CAMHS consultation slot for YJS case managers in every area.",
         "CAMHS Service Manager (LSCFT)", "Oct-24",
         "Weekly consultation running in North and Central; East from November.", "G"],
        ["4. assure itself that disproportionality is understood and tackled, "
         "particularly the over-representation of children in care and Black and mixed "
         "heritage children",
         "4.1",
         "Produce a disproportionality data report for each Partnership Board meeting.",
         "YJS Information Manager", "Ongoing",
         "First report presented in November 2024.", "G"],
        [E, "4.2",
         "Complete a review of out-of-court disposal decisions for children in care, with "
         "Lancashire Constabulary and the Crown Prosecution Service.",
         "Chair of the Partnership Board", "March 2025",
         "Review scoped with the police; CPS attendance confirmed.", "A"],
        [E, E, E, E, E, E, E],
        ["Summary", E, E, E, E, E, E],
        ["Blue (complete)", "2", E, E, E, E, E],
        ["Green (on track)", "4", E, E, E, E, E],
        ["Amber (at risk)", "3", E, E, E, E, E],
        ["Red (off track)", "0", E, E, E, E, E],
        ["Total actions", "9", E, E, E, E, E],
        ["RAG key: B = complete; G = on track; A = at risk; R = off track",
         E, E, E, E, E, E],
    ]
    path = out("fm1-lancashire-yjs-hmip-improvement-plan.csv")
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh, lineterminator="\r\n").writerows(rows)


# =====================================================================
# 7. Bristol Early Help Partnership - delivery plan (tab-separated txt, read)
# =====================================================================
def make_bristol():
    T = "\t"
    lines = [
        "Bristol Early Help Partnership – Delivery Plan 2024-26",
        "Owner: Early Help Partnership Board (reporting to Keeping Bristol Safe Partnership)",
        "Updated: 14 February 2025",
        "",
        T.join(["Ref", "What we will do", "Lead(s)", "Partners involved", "Timescale",
                "Status", "Comments"]),
        T.join(["Priority 1: Families get the right help at the right time",
                "", "", "", "", "", ""]),
        T.join(["EH1.1",
                "Launch a single 'request for support' form and phone line for all early "
                "help and Family Hub services.",
                "Claire Morgan & Dev Sharma", "Family Hubs; First Response",
                "Apr 2025", "On track", "Digital form in testing with 5 schools."]),
        T.join(["", "Family Hub staff to be trained on the new triage process.",
                "", "", "", "", ""]),
        T.join(["EH1.2",
                "Refresh the partnership threshold guide ('Right Help, Right Time') with "
                "schools, health and the police.",
                "Hughes, Bethan", "KBSP; schools; Sirona; Avon and Somerset Police",
                "Autumn term 2024", "Complete", "Published October 2024."]),
        T.join(["EH1.3",
                "Introduce named Family Hub link workers for every primary school cluster.",
                "Family Hubs Service Manager", "Schools; Family Hubs", "2024/25 Q4",
                "Amber", "Link workers in place for 9 of 14 clusters."]),
        T.join(["", "", "", "", "", "",
                "Remaining 5 clusters to be covered once vacancies are filled."]),
        T.join(["Priority 2: Earlier help for children's emotional wellbeing and mental "
                "health", "", "", "", "", "", ""]),
        T.join(["EH2.1",
                "Extend Mental Health Support Teams to a further 20 schools, prioritising "
                "the areas of highest need.",
                "Dr Asha Patel (ICB) and Tom Reid (BCC)", "BNSSG ICB; schools; Off the Record",
                "Sept 2025", "Green", "Funding confirmed for the 2025 wave."]),
        T.join(["EH2.2",
                "Pilot a parenting support group for parents of children waiting for a "
                "neurodevelopmental assessment.",
                "Early Help Practice Lead", "Parent Carer Forum; Sirona",
                "End of June 2025", "Not started", "Pilot to start after Easter."]),
        T.join(["Priority 3: A skilled and confident early help workforce",
                "", "", "", "", "", ""]),
        T.join(["EH3.1",
                "Deliver the partnership early help training programme, including "
                "trauma-informed practice and working with fathers.",
                "Hughes, Bethan", "KBSP training team", "Ongoing", "Green",
                "See the training report to the Board."]),
        T.join(["EH3.2",
                "Publish a quarterly early help performance report showing demand, "
                "outcomes and family feedback by locality.",
                "Early Help Performance Manager", "BI team", "Jan-25", "Red",
                "Delayed by the move to the new case management system."]),
        T.join(["EH3.3",
                "Agree a shared supervision standard for early help practitioners in all "
                "partner agencies.",
                "Early Help Practice Lead", "All partners", "31/07/2025", "Amber", ""]),
        "",
        "Status key: Complete = delivered; Green / On track = on course to deliver; "
        "Amber = at risk; Red = off track; Not started = not yet due",
    ]
    path = out("fm1-bristol-early-help-partnership-action-plan.txt")
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write("\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    make_south_glos()
    make_sutton()
    make_cheshire_west()
    make_greenwich()
    make_cumberland()
    make_lancashire()
    make_bristol()
    print("built 7 files in", HERE)
