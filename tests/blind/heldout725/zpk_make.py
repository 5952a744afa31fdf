#!/usr/bin/env python3
"""Build the seven zpk- blind test files (set heldout725).

Run with /work/main/.venv/bin/python zpk_make.py ; files are written beside this script.
Only files whose names start with "zpk-" are written.
"""
import csv
import datetime as dt
import io
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE = "0070C0"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
NAVY = "1F3864"


def out(name):
    assert name.startswith("zpk-")
    return os.path.join(HERE, name)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Ceredigion County Council - scrutiny recommendations tracker (tab-separated text)
# ---------------------------------------------------------------------------
CEREDIGION_TITLE = "Ceredigion County Council – Scrutiny Recommendations Tracker 2024-25"
CEREDIGION_ROWS = [
    ("section", "Corporate Resources Overview and Scrutiny Committee"),
    ("row", "CR24/01", "13/06/2024",
     "That a six-monthly monitoring report on the Engagement and Participation Policy action plan is presented to the Committee, including the number of engagement exercises where participants received the outcome results.",
     "Corporate Manager – Democratic Services", "31/12/2024", "C",
     "Report presented on 5 December 2024; next update scheduled for June 2025."),
    ("row", "CR24/02", "26/09/2024",
     "That an all-Member workshop on the Medium Term Financial Strategy is held before the draft 2025/26 budget is published.",
     "Corporate Lead Officer: Finance and Procurement", "November 2024", "C",
     "Workshop held 18 November 2024 (hybrid, Penmorfa)."),
    ("row", "CR24/03", "05/12/2024",
     "That officers review the Council’s offer for residents without internet access, including use of the Clic contact centre and library help points, and report findings to the Committee.",
     "Corporate Lead Officer: Customer Contact; Corporate Manager – Digital Services", "June 2025", "G",
     "Scoping complete; survey of library users under way until the end of February."),
    ("section", "Thriving Communities Overview and Scrutiny Committee"),
    ("row", "TC24/01", "03/10/2024",
     "That the County Farms Task and Finish Group reconvenes to consider the effect of the agricultural pollution regulations on tenancies on the Council farm estate.",
     "Corporate Lead Officer: Economy and Regeneration", "Q4 2024/25", "A",
     "Group reconvened 21/11/2024; meeting with tenants’ representatives postponed twice because of the weather."),
    ("cont", "Farming unions have been invited to the rearranged meeting."),
    ("row", "TC24/02", "28/11/2024",
     "That the Highways Asset Management Plan 2025-2030 includes a prioritised programme for rural unclassified roads, with the scoring criteria shared with all Members.",
     "Corporate Lead Officer: Highways and Environmental Services", "31/03/2025", "G",
     "Draft criteria circulated to Members on 10/01/2025 for comment."),
    ("row", "TC24/03", "28/11/2024",
     "That Cabinet considers extending free Christmas parking in council car parks to the independent traders’ events held in the market towns.",
     "Corporate Lead Officer: Economy and Regeneration", "Ongoing", "R",
     "Not supported by Cabinet at this stage because of the budget position; to be looked at again when the 2025/26 fees and charges are set."),
    ("section", "Healthier Communities Overview and Scrutiny Committee"),
    ("row", "HC24/01", "17/07/2024",
     "That waiting times for assessment in Porth Cymorth Cynnar and Porth Gofal are reported to the Committee, broken down by locality.",
     "Corporate Lead Officer: Porth Gofal", "Quarterly", "G",
     "First locality breakdown included in the Q2 performance report (November 2024)."),
    ("row", "HC24/02", "17/07/2024",
     "That a briefing session on the regional carers strategy is arranged for all Members.",
     "Statutory Director of Social Services", "September 2024", "C",
     "Briefing held 24/09/2024."),
    ("row", "HC24/03", "16/10/2024",
     "That the Committee receives an update from Hywel Dda University Health Board on the Cylch Caron integrated care centre, including the revised timetable for construction.",
     "Corporate Lead Officer: Porth Gofal; Cylch Caron Project Manager", "March 2025", "A",
     "Health Board unable to attend January meeting; item moved to the March agenda."),
]
CEREDIGION_FOOT = [
    "",
    "RAG key: C = Complete; G = On track; A = Some slippage; R = Not progressing",
    "Exported from the Democratic Services scrutiny monitoring spreadsheet on 15/01/2025.",
]


def make_ceredigion():
    lines = [
        CEREDIGION_TITLE,
        "Overview and Scrutiny Co-ordinating Committee – position at 15 January 2025",
        "",
        "\t".join(["Ref", "Meeting date", "Recommendation", "Lead officer", "Target date", "RAG", "Progress update"]),
    ]
    for r in CEREDIGION_ROWS:
        if r[0] == "section":
            lines.append(r[1] + "\t" * 6)
        elif r[0] == "cont":
            lines.append("\t" * 6 + r[1])
        else:
            lines.append("\t".join(r[1:]))
    lines += CEREDIGION_FOOT
    with open(out("zpk-ceredigion-county-council-scrutiny-recommendations-tracker-2024-25.txt"), "w",
              encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------------------
# 2. North Wales Safeguarding Board - Flintshire JICPA multi-agency improvement plan (CSV)
# ---------------------------------------------------------------------------
FLINT_TITLE = "Flintshire Joint Inspection of Child Protection Arrangements (JICPA) – Multi-Agency Improvement Plan"
FLINT_ROWS = [
    ("theme", "Theme 1 – Referrals and the front door"),
    ("act", "1.1",
     "Referring agencies are not consistently told the outcome of their referral or the reasons for decisions, so opportunities to share information are missed.",
     "Introduce a standard outcome notification from the Children’s Services Single Point of Access to all professional referrers within 3 working days of the decision.",
     "Service Manager – Early Help Hub and Single Point of Access", "31/10/2025", "Complete",
     "Template live from 1 September 2025; October audit shows 87% of referrers notified."),
    ("act", "1.2", "",
     "Audit a sample of 30 police and health referrals each quarter to test feedback to referrers and the quality of the rationale recorded.",
     "Safeguarding and Quality Assurance Manager; NWP Detective Inspector – Public Protection Unit", "Quarterly", "Green",
     "First audit completed September 2025; findings to the Local Delivery Group in November."),
    ("theme", "Theme 2 – Strategy discussions and child protection enquiries"),
    ("act", "2.1",
     "Health professionals are not routinely invited to strategy discussions, so health information is not always available when decisions are made.",
     "Amend the local strategy discussion procedure so that the BCUHB Named Nurse for Safeguarding Children (or deputy) is invited to every strategy discussion.",
     "BCUHB Named Nurse Safeguarding Children", "30/09/2025", "Complete",
     "Procedure amended and circulated 22/09/2025."),
    ("act", "2.2", "",
     "Pilot virtual strategy meetings on Microsoft Teams, recording police, health and education attendance for each meeting.",
     "Team Manager – Child Protection & Court Team / DI Public Protection Unit", "December 2025", "Amber",
     "Pilot started late (October 2025) because of a licence issue for NWP staff."),
    ("act", "2.3",
     "When a child protection enquiry ends with no further action, the reasons are not always recorded clearly or shared with the family.",
     "Develop a ‘no further action’ letter for families, co-produced with parents.",
     "Principal Social Worker", "January 2026", "Green",
     "Draft letter tested with the parents’ group on 14/10/2025."),
    ("theme", "Theme 3 – Education and electively home educated children"),
    ("act", "3.1",
     "The increase in children who are electively home educated (EHE) is not matched by arrangements to see children and hear their views.",
     "Establish a multi-agency EHE panel, meeting monthly, to review children who have not been seen for 12 months.",
     "Senior Manager – Inclusion and Progression", "Sept 2025 – March 2026", "Green",
     "Terms of reference agreed; first panel held 6/11/2025."),
    ("act", "3.2", "",
     "Deliver refresher training for designated safeguarding persons (DSPs) in all schools, including use of the Wales Safeguarding Procedures.",
     "Education Safeguarding Officer", "Summer term 2026", "Not started",
     "Booked for the summer term training programme."),
    ("theme", "Theme 4 – Leadership and partnership oversight"),
    ("act", "4.1",
     "The Local Delivery Group does not yet have a multi-agency dataset to understand how well child protection arrangements are working.",
     "Agree a quarterly multi-agency child protection dataset for the Flintshire Local Delivery Group, with an exception report to the North Wales Safeguarding Board.",
     "NWSB Business Manager", "31/03/2026", "Amber",
     "Police and health data fields agreed; school attendance data still outstanding."),
    ("act", "4.2", "",
     "Hold a multi-agency practice learning event on the JICPA findings for frontline staff.",
     "Chief Officer – Social Services", "November 2025", "Complete",
     "Event held 4 November 2025 with 112 attendees."),
]


def make_flintshire():
    ncol = 7
    rows = [
        [FLINT_TITLE] + [""] * (ncol - 1),
        ["Owner: North Wales Safeguarding Board – Flintshire Local Delivery Group"] + [""] * (ncol - 1),
        ["Inspection: 12–16 May 2025 | Report published: 24 July 2025 | Plan updated: 30/10/2025"] + [""] * (ncol - 1),
        [""] * ncol,
        ["Ref", "Area for improvement", "Action", "Lead", "Target date", "RAG", "Progress update"],
    ]
    for r in FLINT_ROWS:
        if r[0] == "theme":
            rows.append([r[1]] + [""] * (ncol - 1))
        else:
            rows.append(list(r[1:]))
    rows.append([""] * ncol)
    rows.append(["RAG: Complete = action delivered; Green = on track; Amber = at risk of slippage; Red = off track; Not started = not yet due"] + [""] * (ncol - 1))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for row in rows:
        w.writerow(row)
    with open(out("zpk-north-wales-safeguarding-board-flintshire-jicpa-multi-agency-improvement-plan.csv"), "w",
              encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 3. Kent County Council - fostering service development plan 2025-26 (xlsx, several sheets)
# ---------------------------------------------------------------------------
KENT_TITLE = "Kent Fostering Service – Service Development Plan 2025-26"
# (ref, action, lead, original, revised, fill, progress)
KENT_PLAN = [
    ("Priority 1: Recruit more foster carers for Kent’s children",
     "Increase the number of newly approved fostering households to 70 in 2025-26",
     [
         ("1.1", "Launch a targeted recruitment campaign for carers for teenagers and sibling groups, focused on Thanet, Swale and Dartford.",
          "Fostering Recruitment and Marketing Manager", d(2025, 6, 30), d(2025, 9, 30), BLUE,
          "Campaign launched 8 September 2025; 142 enquiries in the first four weeks."),
         ("1.2", "Reduce the time from initial enquiry to initial home visit to 10 working days.",
          "Fostering Assessment Team Manager", d(2025, 12, 31), None, GREEN,
          "Average now 12 working days (Q1: 19)."),
         ("1.3", "Join the South East fostering recruitment support hub and align Kent’s enquiry handling with the regional hub.",
          "Head of Fostering / Strategic Commissioner – Children’s Placements", d(2026, 3, 31), None, AMBER,
          "Data-sharing agreement with the hub still awaiting legal sign-off."),
     ]),
    ("Priority 2: Support and keep our foster carers",
     "Fewer than 10% of fostering households resign during the year",
     [
         ("2.1", "Refresh the Kent fostering offer, including the out-of-hours support line and the fees and allowances structure.\nConsult foster carers through the Kent Foster Carers’ Association before the Cabinet Member decision.",
          "Assistant Director – Corporate Parenting", d(2025, 9, 30), d(2026, 1, 31), AMBER,
          "Consultation extended to 30 November at carers’ request; decision moved to January."),
         ("2.2", "Open two new Mockingbird constellations (East Kent and West Kent).",
          "Mockingbird Programme Lead", d(2026, 3, 31), None, GREEN,
          "Hub carers recruited for East Kent; West Kent hub carer interviews in November."),
         ("2.3", "Hold an exit interview with every household that resigns and report themes to the Fostering Improvement Board.",
          "Fostering Quality Assurance Manager", "Quarterly", None, GREEN,
          "Q2 themes: allowances, placement support out of hours."),
     ]),
    ("Priority 3: Quality of practice and stability for children",
     "Every child in foster care has a stable, well-matched home",
     [
         ("3.1", "Introduce the revised matching and placement planning meeting template for all in-house placements.",
          "Fostering Service Manager (West)", d(2025, 6, 30), None, BLUE,
          "In use since June; dip sample shows 94% compliance."),
         ("3.2", "Deliver therapeutic parenting (PACE) training to 200 foster carers.",
          "Fostering Learning and Development Officer", d(2026, 3, 31), None, GREEN,
          "96 carers trained to date."),
         ("3.3", "Bring all overdue foster carer annual reviews up to date and keep compliance above 95%.",
          "Fostering Reviewing Officers Team Manager", d(2025, 10, 31), d(2025, 12, 31), RED,
          "Compliance 81%; two reviewing officer vacancies. Agency cover agreed from November."),
     ]),
    ("Priority 4: Hear the voice of children and foster carers",
     "Children and carers shape how the service develops",
     [
         ("4.1", "Co-produce the new foster carer handbook with the children in care council and foster carer representatives.",
          "Participation and Engagement Manager", d(2026, 1, 31), None, None,
          "Not yet started – planned for Q3."),
     ]),
]


def fill(c):
    return PatternFill("solid", start_color=c, end_color=c)


def make_kent():
    wb = Workbook()
    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)

    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = KENT_TITLE
    ws["A1"].font = Font(bold=True, size=16)
    ws["A2"] = "Kent County Council – Integrated Children’s Services"
    ws["A3"] = "Presented to: Corporate Parenting Panel, 26 November 2025"
    ws["A5"] = "Document control"
    ws["A5"].font = Font(bold=True)
    hdr = ["Version", "Date", "Author", "Change"]
    for i, h in enumerate(hdr):
        c = ws.cell(row=6, column=1 + i, value=h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.border = box
    ctrl = [
        ("1.0", d(2025, 4, 1), "Head of Fostering", "Approved by Children’s Services DMT"),
        ("1.1", d(2025, 7, 14), "Head of Fostering", "Q1 update"),
        ("1.2", d(2025, 10, 13), "Head of Fostering", "Q2 update – revised dates agreed at Fostering Improvement Board"),
    ]
    for r, row in enumerate(ctrl, start=7):
        for i, v in enumerate(row):
            c = ws.cell(row=r, column=1 + i, value=v)
            c.border = box
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    ws.column_dimensions["A"].width = 12
    ws.column_dimensions["B"].width = 14
    ws.column_dimensions["C"].width = 22
    ws.column_dimensions["D"].width = 60

    ws = wb.create_sheet("Development Plan")
    ws["A1"] = "Kent Fostering Service Development Plan 2025-26 – Q2 update (October 2025)"
    ws["A1"].font = Font(bold=True, size=13)
    heads = ["Ref", "Objective", "Action", "Lead", "Original target", "Revised target", "RAG", "Q2 progress"]
    for i, h in enumerate(heads):
        c = ws.cell(row=3, column=1 + i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = box
    r = 4
    for prio, objective, acts in KENT_PLAN:
        ws.cell(row=r, column=1, value=prio)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(row=r, column=1).font = Font(bold=True, color="FFFFFF")
        ws.cell(row=r, column=1).fill = fill("2F5597")
        r += 1
        first = r
        for ref, act, lead, orig, rev, colour, prog in acts:
            ws.cell(row=r, column=1, value=ref)
            ws.cell(row=r, column=3, value=act)
            ws.cell(row=r, column=4, value=lead)
            c = ws.cell(row=r, column=5, value=orig)
            if isinstance(orig, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            c = ws.cell(row=r, column=6, value=rev)
            if rev is not None:
                c.number_format = "dd/mm/yyyy"
            if colour:
                ws.cell(row=r, column=7).fill = fill(colour)
            ws.cell(row=r, column=8, value=prog)
            for col in range(1, 9):
                ws.cell(row=r, column=col).alignment = Alignment(wrap_text=True, vertical="top")
                ws.cell(row=r, column=col).border = box
            r += 1
        ws.cell(row=first, column=2, value=objective)
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        ws.cell(row=first, column=2).alignment = Alignment(wrap_text=True, vertical="top")
    widths = [6, 30, 55, 30, 14, 14, 8, 45]
    for i, wdt in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = wdt
    ws.freeze_panes = "A4"

    ws = wb.create_sheet("RAG key")
    ws["A1"] = "RAG key"
    ws["A1"].font = Font(bold=True)
    key = [(BLUE, "Complete"), (GREEN, "On track"), (AMBER, "At risk – some slippage"), (RED, "Off track / overdue"),
           (None, "No colour – not yet started")]
    for i, (colour, meaning) in enumerate(key, start=2):
        if colour:
            ws.cell(row=i, column=1).fill = fill(colour)
        ws.cell(row=i, column=2, value=meaning)
    ws.column_dimensions["B"].width = 32
    wb.save(out("zpk-kent-county-council-fostering-service-development-plan-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 4. Slough Borough Council - corporate plan delivery tracker (xlsx) - REFUSE case
# ---------------------------------------------------------------------------
SLOUGH_TITLE = "Slough Borough Council – Corporate Plan Delivery Tracker 2025/26"
SLOUGH_PLAN = [
    ("A borough for children and young people to thrive", [
        ("CYP1", "Open the Chalvey family hub and move health visiting clinics into it.",
         "Children, Lifelong Learning & Skills", "Associate Director – Early Help and Family Hubs", "March 2026", "G", "G",
         "Building works completed; health visiting clinics move in January."),
        ("CYP2", "Reduce the number of new EHC plans taking longer than 20 weeks to issue.",
         "Children, Lifelong Learning & Skills", "Head of SEND", "Dec 2025", "A", "A",
         "Timeliness 48% in Q2 (Q1 41%); educational psychology capacity still the main pressure."),
        ("CYP3", "Deliver additional specialist SEND places through the special school expansion programme.",
         "Children, Lifelong Learning & Skills", "Executive Director – People (Children)", "Sept 2026", "G", "A",
         "Planning consent delayed; 40 of 90 places now expected for September 2026."),
    ]),
    ("A town where residents can live healthier, safer and more independent lives", [
        ("HSI1", "Recommission the community equipment service with Berkshire partners.",
         "Adult Social Care & Health", "Associate Director – Commissioning", "Febuary 2026", "G", "G",
         "Tender evaluation complete; contract award report to Cabinet in January."),
        ("HSI2", "Increase the number of people supported by reablement who remain at home 91 days after discharge.",
         "Adult Social Care & Health", "Head of Reablement and Hospital Discharge", "March 2026", "A", "G",
         "Q2 figure 84% against a target of 82%."),
        ("HSI3", "Deliver the Safer Slough Partnership town centre anti-social behaviour plan.",
         "Community Safety & Housing", "Community Safety Manager", "Ongoing", "G", "G",
         "Public Spaces Protection Order renewed in August."),
    ]),
    ("A cleaner, healthier and more prosperous Slough", [
        ("CHP1", "Roll out weekly food waste collections to all households.",
         "Environment & Transport", "Head of Environmental Services", "April 2026", "A", "A",
         "Vehicles ordered; caddy delivery starts February."),
        ("CHP2", "Adopt the Slough Local Plan (Regulation 19 publication and submission).",
         "Planning & Regeneration", "Planning Policy Lead", "June 2026", "R", "R",
         "Regulation 19 consultation postponed pending transport evidence."),
    ]),
    ("A council that lives within its means and is well run", [
        ("CWR1", "Deliver the 2025/26 savings programme and the asset disposals agreed in the financial recovery plan.",
         "Finance & Resources", "Executive Director – Finance & Commercial (s151)", "March 2026", "A", "A",
         "£4.1m of £6.3m savings delivered or on track."),
    ]),
]


def make_slough():
    wb = Workbook()
    ws = wb.active
    ws.title = "Q2 2025-26"
    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = SLOUGH_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Quarter 2: July – September 2025 | Reported to Cabinet 17 November 2025"
    heads = ["Strategic priority", "Ref", "Key deliverable", "Portfolio", "Lead officer", "Due", "Q1 RAG", "Q2 RAG", "Q2 commentary"]
    for i, h in enumerate(heads):
        c = ws.cell(row=4, column=1 + i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.border = box
        c.alignment = Alignment(wrap_text=True)
    rag_fill = {"G": GREEN, "A": AMBER, "R": RED, "B": BLUE}
    r = 5
    for prio, acts in SLOUGH_PLAN:
        first = r
        for ref, act, port, lead, due, q1, q2, com in acts:
            vals = [None, ref, act, port, lead, due, q1, q2, com]
            for i, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + i, value=v)
                c.border = box
                c.alignment = Alignment(wrap_text=True, vertical="top")
            ws.cell(row=r, column=7).fill = fill(rag_fill[q1])
            ws.cell(row=r, column=8).fill = fill(rag_fill[q2])
            r += 1
        ws.cell(row=first, column=1, value=prio)
        ws.cell(row=first, column=1).font = Font(bold=True)
        ws.cell(row=first, column=1).alignment = Alignment(wrap_text=True, vertical="top")
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value="RAG: G = on track; A = some risk to delivery; R = significant risk / off track; B = complete")
    widths = [28, 7, 50, 26, 34, 12, 8, 8, 50]
    for i, wdt in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = wdt
    wb.save(out("zpk-slough-borough-council-corporate-plan-delivery-tracker-2025-26-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, italic=False, size=None, colour=None):
    """Write text; inner '\n' become separate paragraphs in the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.italic = italic
        if size:
            run.font.size = Pt(size)
        if colour:
            run.font.color.rgb = RGBColor.from_string(colour)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)


# ---------------------------------------------------------------------------
# 5. Peterborough City Council - Ofsted monitoring visit action plan (docx, table per area)
# ---------------------------------------------------------------------------
PBORO_TITLE = "Peterborough City Council – Ofsted Monitoring Visit Action Plan"
PBORO_AREAS = [
    ("1. Permanence planning for children in care",
     "Permanence planning is not always timely, and some children wait too long for decisions about where they will live permanently.",
     [
         ("1a", "Introduce a monthly permanence tracking meeting chaired by the Head of Service, covering every child in care without a confirmed permanence plan at their second review.",
          "Head of Service – Children in Care", "31/08/2025", "B",
          "Meeting running since July; 38 children tracked, 11 plans confirmed."),
         ("1b", "Audit all children in care aged under 5 to confirm that a parallel plan is in place.",
          "Head of Service – Children in Care / Head of Service – Court and Permanence", "September 2025", "G",
          "Audit 70% complete."),
         ("1c", "Revise the permanence policy and deliver practice workshops for all social workers and IROs.\nWorkshops to be recorded for new starters.",
          "Principal Social Worker", "31/10/2025", "A",
          "Policy drafted; workshops moved to November to avoid the school summer holidays."),
     ]),
    ("2. Pathway plans for care leavers",
     "Pathway plans are not consistently written with young people, and too many are out of date.",
     [
         ("2a", "Replace the pathway plan template with a young-person-friendly version co-produced with the Care Leavers’ Forum.",
          "Leaving Care Service Manager", "30/09/2025", "G",
          "Template agreed with the Forum 12 August; system build in progress."),
         ("2b", "Weekly exception report of pathway plans more than six months old, reviewed in team meetings until all are in date.",
          "Leaving Care Service Manager", "December 2025", "R",
          "62% in date (target 90%); two personal adviser posts vacant."),
     ]),
    ("3. Management oversight and supervision",
     "Supervision records do not consistently show reflective discussion or clear actions, and management oversight does not always lead to progress for children.",
     [
         ("3a", "Launch the revised supervision policy and recording template across children’s social care.",
          "Head of Quality Assurance", "31/07/2025", "B",
          "Launched 1 July 2025."),
         ("3b", "Quarterly dip sample of 10% of supervision records against the new standards, with findings reported to the Children’s Improvement Board.",
          "Head of Quality Assurance; Practice Development Lead", "Quarterly", "G",
          "First dip sample (September) – 64% good or better."),
     ]),
]


def make_peterborough():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(PBORO_TITLE, style="Title")
    doc.add_paragraph("Children’s Social Care Improvement Programme")
    doc.add_paragraph("Monitoring visit 2: 10–11 June 2025 (children in care and care leavers). Plan agreed by the Children’s Improvement Board on 21 July 2025; updated 6 October 2025.")

    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Status"]):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "D9D9D9")
    for row in [("0.3", "07/07/2025", "Head of Quality Assurance", "Draft for Improvement Board"),
                ("1.0", "21/07/2025", "Head of Quality Assurance", "Approved"),
                ("1.1", "06/10/2025", "Improvement Programme Manager", "Progress update")]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v)

    doc.add_paragraph("Introduction", style="Heading 1")
    doc.add_paragraph(
        "This plan responds to the areas for improvement identified by Ofsted at the second monitoring visit. "
        "It sits beneath the overarching Children’s Social Care Improvement Plan and is monitored monthly by the "
        "Children’s Improvement Board.")

    doc.add_paragraph("RAG rating key", style="Heading 2")
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for code, colour, meaning in [("B", "5B9BD5", "Complete and evidence of impact"),
                                  ("G", "92D050", "On track"),
                                  ("A", "FFC000", "Some slippage – mitigation in place"),
                                  ("R", "FF0000", "Off track – escalated to Improvement Board")]:
        cells = k.add_row().cells
        set_cell(cells[0], code, bold=True)
        shade(cells[0], colour)
        set_cell(cells[1], meaning)

    rag_col = {"B": "5B9BD5", "G": "92D050", "A": "FFC000", "R": "FF0000"}
    for heading, finding, acts in PBORO_AREAS:
        doc.add_paragraph(heading, style="Heading 1")
        p = doc.add_paragraph()
        p.add_run("What inspectors found:").bold = True
        doc.add_paragraph(finding)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for i, h in enumerate(["Ref", "Action", "Lead", "By when", "RAG", "Update"]):
            set_cell(t.rows[0].cells[i], h, bold=True, colour="FFFFFF")
            shade(t.rows[0].cells[i], "1F3864")
        for ref, act, lead, when, rag, upd in acts:
            cells = t.add_row().cells
            set_cell(cells[0], ref)
            set_cell(cells[1], act)
            set_cell(cells[2], lead)
            set_cell(cells[3], when)
            set_cell(cells[4], rag, bold=True)
            shade(cells[4], rag_col[rag])
            set_cell(cells[5], upd)
        doc.add_paragraph("")

    doc.add_paragraph("Sign-off", style="Heading 2")
    s = doc.add_table(rows=2, cols=2)
    s.style = "Table Grid"
    set_cell(s.rows[0].cells[0], "Director of Children’s Services")
    set_cell(s.rows[0].cells[1], "Signed: (on file)   Date: 21/07/2025")
    set_cell(s.rows[1].cells[0], "Chair, Children’s Improvement Board")
    set_cell(s.rows[1].cells[1], "Signed: (on file)   Date: 21/07/2025")
    doc.save(out("zpk-peterborough-city-council-ofsted-monitoring-visit-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Cumbria Youth Offending Service - HMIP inspection improvement plan (docx, one big table)
# ---------------------------------------------------------------------------
CUMBRIA_TITLE = "Cumbria Youth Offending Service – HM Inspectorate of Probation Inspection Improvement Plan"
CUMBRIA_PLAN = [
    ("The Cumbria YOS Management Board should:", [
        ("1. Make sure that board members understand the work of the YOS and champion the needs of children known to the service within their own agencies", [
            ("1.1", "Board induction pack and a half-day induction with YOS staff for every board member, including new members.",
             "Chair of YOS Management Board", "July 2022", "Complete",
             "Induction held 14 July 2022; pack issued to all members."),
            ("1.2", "Each partner agency to report to the board twice a year on how it has prioritised children open to the YOS (education, health, police, probation, social care).",
             "YOS Management Board members", "Ongoing", "Green",
             "Police and health reported in September; education due December."),
        ]),
        ("2. Improve access to education, training and employment for children above school age", [
            ("2.1", "Agree a protocol with the 14–19 team so that every child above school age open to the YOS has a named ETE worker.",
             "14–19 Lead / Head of Youth Offending Service", "30/09/2022", "Amber",
             "Protocol drafted; awaiting sign-off by Children’s Services DMT."),
            ("2.2", "Commission two additional pre-apprenticeship places for YOS children in Carlisle and Barrow.",
             "Commissioning Manager – Children’s Services", "Q4 2022/23", "Green",
             "Provider identified; contract variation in progress."),
        ]),
    ]),
    ("The Head of the Youth Offending Service should:", [
        ("3. Improve the quality of assessment and planning for keeping other people safe", [
            ("3.1", "Deliver risk of harm and contingency planning training to all case managers.\nRefresher to be built into the annual training plan.",
             "YOS Practice Development Manager", "31/10/2022", "Complete",
             "Two sessions held (September and October); 27 of 29 staff attended."),
            ("3.2", "Introduce monthly management oversight audits of AssetPlus risk of harm sections, using the HMIP case assessment questions.",
             "YOS Service Manager (North) / YOS Service Manager (South)", "December 2022", "Green",
             "Audits started September; first themes shared at team meetings."),
            ("3.3", "Strengthen joint working with MAPPA and children’s social care through a standing risk management meeting for high-risk cases.",
             "Head of Youth Offending Service", "31/01/2023", "Red",
             "Not yet in place – social care attendance not agreed; escalated to board."),
        ]),
        ("4. Make sure that out-of-court disposal decisions are informed by a full assessment and that the child’s voice is recorded", [
            ("4.1", "Revise the out-of-court disposal panel terms of reference with Cumbria Constabulary so that an AssetPlus or short assessment is completed before every panel.",
             "Head of Youth Offending Service; Cumbria Constabulary YOS Police Sergeant", "September 2022", "Complete",
             "Revised terms of reference in use from 1 September 2022."),
            ("4.2", "Add a ‘what the child told us’ section to the panel recording template and audit its use.",
             "Out-of-Court Disposal Coordinator", "November 2022", "Green",
             "Template updated; audit planned for late November."),
        ]),
    ]),
]


def make_cumbria():
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    landscape(doc)
    h = doc.add_paragraph()
    r = h.add_run(CUMBRIA_TITLE)
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph("Inspection fieldwork: February 2022 | Report published: 28 April 2022 | Overall rating: Requires improvement")
    doc.add_paragraph("Progress update for the YOS Management Board – 15 November 2022")

    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, hd in enumerate(["No.", "Action", "Owner", "Timescale", "Progress to date", "RAG"]):
        set_cell(t.rows[0].cells[i], hd, bold=True, colour="FFFFFF")
        shade(t.rows[0].cells[i], "203864")
    rag_col = {"Complete": "5B9BD5", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    for addressee, recs in CUMBRIA_PLAN:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[5])
        set_cell(m, addressee, bold=True)
        shade(m, "BDD7EE")
        for rec, acts in recs:
            row = t.add_row()
            m = row.cells[0].merge(row.cells[5])
            set_cell(m, rec, italic=True)
            shade(m, "F2F2F2")
            for no, act, owner, when, prog, rag in [(a[0], a[1], a[2], a[3], a[5], a[4]) for a in acts]:
                cells = t.add_row().cells
                set_cell(cells[0], no)
                set_cell(cells[1], act)
                set_cell(cells[2], owner)
                set_cell(cells[3], when)
                set_cell(cells[4], prog)
                set_cell(cells[5], rag, bold=True)
                shade(cells[5], rag_col[rag])
    doc.add_paragraph("")
    doc.add_paragraph("RAG: Complete – action delivered; Green – on track; Amber – at risk of missing timescale; Red – off track, board action needed.")
    doc.add_paragraph("Next review: YOS Management Board, February 2023.")
    doc.save(out("zpk-cumbria-youth-offending-service-hmip-inspection-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 7. Oxfordshire local area SEND accelerated progress plan (xlsx, summary + tracker)
# ---------------------------------------------------------------------------
OXON_TITLE = "Oxfordshire Local Area SEND Accelerated Progress Plan"
# (ref, action, leads, milestone, revised, prev, current, progress)
OXON_PLAN = [
    ("Area 1: The timeliness and quality of education, health and care (EHC) plans", [
        ("1.1", "Recruit to the additional EHC coordinator and educational psychologist posts agreed in the 2022/23 budget.",
         "Head of SEND", d(2022, 9, 30), None, "Amber", "Complete",
         "All six EHC coordinator posts and 2.5 FTE educational psychologists in post by 26/09/2022."),
         ("1.2", "Introduce a multi-agency quality assurance panel that audits 10% of new EHC plans each month, with health and social care advice graded separately.",
         "EHCP Service Manager / ICB Designated Clinical Officer", d(2022, 7, 31), None, "Green", "Complete",
         "Panel meeting monthly since July; audit tool shared with Parent Carer Forum."),
        ("1.3", "Clear the backlog of overdue annual review amendments.",
         "EHCP Service Manager", d(2022, 10, 31), d(2023, 1, 31), "Amber", "Red",
         "Backlog 412 (June: 530). Revised date agreed at SEND Improvement Board 14/09/2022."),
        ("1.4", "Publish monthly 20-week timeliness data on the Local Offer.",
         "SEND Performance Lead", "Monthly", None, "Green", "Green",
         "Published for July and August; September data due 15 October."),
    ]),
    ("Area 2: Co-production with parents and carers, and communication with families", [
        ("2.1", "Agree a co-production charter with Oxfordshire Parent Carer Forum and embed it in the SEND Improvement Board terms of reference.",
         "Oxfordshire Parent Carer Forum Co-Chairs; SEND Engagement Lead", d(2022, 6, 30), None, "Green", "Complete",
         "Charter signed at the June board."),
        ("2.2", "Set up a single SEND family helpline with a response standard of 3 working days.",
         "Head of SEND", d(2022, 11, 30), None, "Green", "Amber",
         "Telephony change delayed by IT supplier; interim email inbox in place."),
        ("2.3", "Run termly ‘You said, we did’ sessions for families in Banbury, Oxford, Didcot and Witney.",
         "SEND Engagement Lead", "Termly", None, "Green", "Green",
         "Autumn sessions booked for October and November."),
    ]),
    ("Area 3: Waiting times for neurodevelopmental assessment and support for children with social, emotional and mental health needs", [
        ("3.1", "Commission additional autism assessment capacity to reduce the waiting list for children over 5.",
         "ICB Head of Children’s Commissioning", d(2022, 12, 31), None, "Amber", "Amber",
         "Second provider mobilising November; waiting list 1,840 (June: 1,910)."),
        ("3.2", "Launch the ‘waiting well’ offer of advice and workshops for families awaiting assessment.\nMaterials to be co-produced with the Parent Carer Forum.",
         "CAMHS Service Manager / SEND Engagement Lead", d(2022, 9, 30), d(2022, 10, 31), "Amber", "Green",
         "First workshops held 4 and 11 October."),
        ("3.3", "Train 60 school staff as SEMH champions through the Mental Health Support Teams.",
         "Educational Psychology Service Manager", d(2023, 3, 31), None, "Green", "Green",
         "34 champions trained."),
        ("3.4", "Agree a joint funding protocol for SEMH packages between education, health and social care.",
         "Deputy Director – Education; ICB Director of Quality", d(2022, 10, 31), None, "Red", "Red",
         "Draft protocol not agreed by ICB finance; escalated to Health and Wellbeing Board chair."),
    ]),
]


def make_oxon():
    wb = Workbook()
    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    rag_fill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}

    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = OXON_TITLE
    ws["A1"].font = Font(bold=True, size=15)
    ws["A2"] = "Summary of progress at 30 September 2022 – report to the SEND Improvement Board, 12 October 2022"
    heads = ["Area", "Actions", "Complete", "Green", "Amber", "Red"]
    for i, h in enumerate(heads):
        c = ws.cell(row=4, column=1 + i, value=h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.border = box
    r = 5
    tot = [0] * 5
    for area, acts in OXON_PLAN:
        cur = [a[6] for a in acts]
        vals = [len(acts), cur.count("Complete"), cur.count("Green"), cur.count("Amber"), cur.count("Red")]
        ws.cell(row=r, column=1, value=area.split(":")[0]).border = box
        for i, v in enumerate(vals):
            ws.cell(row=r, column=2 + i, value=v).border = box
            tot[i] += v
        r += 1
    ws.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for i, v in enumerate(tot):
        ws.cell(row=r, column=2 + i, value=v).font = Font(bold=True)
    ws.column_dimensions["A"].width = 20

    ws = wb.create_sheet("APP tracker")
    ws["A1"] = "APP tracker – actions by area of weakness"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Oxfordshire County Council | Buckinghamshire, Oxfordshire and Berkshire West ICB | Oxfordshire Parent Carer Forum"
    heads = ["Ref", "Action", "Lead(s)", "Milestone date", "Revised date", "Previous RAG (Jun-22)", "Current RAG (Sep-22)",
             "Progress / evidence of impact"]
    for i, h in enumerate(heads):
        c = ws.cell(row=4, column=1 + i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("385723")
        c.border = box
        c.alignment = Alignment(wrap_text=True)
    r = 5
    for area, acts in OXON_PLAN:
        ws.cell(row=r, column=1, value=area).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = fill("E2EFDA")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for ref, act, lead, ms, rev, prev, cur, prog in acts:
            vals = [ref, act, lead, ms, rev, prev, cur, prog]
            for i, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + i, value=v)
                c.border = box
                c.alignment = Alignment(wrap_text=True, vertical="top")
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            ws.cell(row=r, column=6).fill = fill(rag_fill[prev])
            ws.cell(row=r, column=7).fill = fill(rag_fill[cur])
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Note: where a revised date is shown it was agreed by the SEND Improvement Board; the milestone date is kept for audit.")
    ws.cell(row=r + 1, column=1, value="RAG: Complete = delivered and evidenced; Green = on track; Amber = at risk; Red = off track / escalated")
    widths = [6, 55, 34, 12, 12, 12, 12, 50]
    for i, wdt in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = wdt
    wb.save(out("zpk-oxfordshire-local-area-send-accelerated-progress-plan.xlsx"))


def main():
    make_ceredigion()
    make_flintshire()
    make_kent()
    make_slough()
    make_peterborough()
    make_cumbria()
    make_oxon()


if __name__ == "__main__":
    main()
