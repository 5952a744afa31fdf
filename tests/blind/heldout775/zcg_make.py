#!/usr/bin/env python3
"""Build the seven zcg- blind test files (set heldout775).

Run with /work/main/.venv/bin/python (openpyxl, python-docx).  Writes only files
whose names start with "zcg-" into the folder this script lives in.
"""
import csv
import io
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zcg-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- shared bits
RAG_FILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "0070C0",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP_TOP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill(fill_type="solid", start_color=hexcol, end_color=hexcol)


def set_widths(ws, widths):
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def box_row(ws, row, ncols):
    for c in range(1, ncols + 1):
        cell = ws.cell(row=row, column=c)
        cell.border = BOX
        cell.alignment = WRAP_TOP


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def bold_cell(cell, text, hexcol=None):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = True
    if hexcol:
        shade(cell, hexcol)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)
    s.top_margin = s.bottom_margin = Cm(1.5)


# =========================================================================
# 1. Manchester City Council - CYP Scrutiny Committee recommendations monitor (csv)
# =========================================================================
MANCHESTER_ROWS = [
    # date, minute ref, item, recommendation, response, contact officer, target date, status
    ("10/07/2024", "CYP/24/31", "Children's Social Care Workforce Update",
     "To request that a breakdown of agency social worker numbers by service area, and the comparative cost of agency and permanent staff, be circulated to Members.",
     "Briefing note circulated to Members on 2 September 2024.",
     "Sarah Okafor, Deputy Director of Children's Services", "September 2024", "Complete"),
    ("10/07/2024", "CYP/24/33", "Manchester Safeguarding Partnership Annual Report 2023/24",
     "To recommend that future annual reports include:\n(a) the number of children subject to a child protection plan for a second or subsequent time; and\n(b) the findings of multi-agency audits completed during the year.",
     "The Partnership Business Manager has confirmed both items will be included in the 2024/25 annual report template.",
     "Partnership Business Manager", "October 2025", "On track"),
    ("11/09/2024", "CYP/24/42", "School Attendance and Persistent Absence",
     "To request that the Committee receives a further report on the impact of the Attendance Support Team on persistent absence in primary schools in north Manchester.",
     "Added to the Committee's work programme.",
     "Dawn Whitlock / Imran Sadiq", "March 2025", "On track"),
    ("11/09/2024", "CYP/24/44", "Home to School Transport",
     "To recommend that the Executive Member for Early Years, Children and Young People writes to the Department for Education about the funding pressures on home to school transport for children and young people with SEND.",
     "Letter drafted and awaiting sign-off by the Executive Member.",
     "Director of Education", "TBC", ""),
    ("16/10/2024", "CYP/24/51", "Care Leavers' Local Offer",
     "To request that Members be provided with the number of care leavers aged 21 to 25 who are in education, employment or training, broken down by district.",
     "Data requested from the Leaving Care Service. District-level figures will be circulated once validated.",
     "Head of Service – Leaving Care", "31/01/2025", "On track"),
    ("13/11/2024", "CYP/24/60", "Early Help Strategy Refresh",
     "To recommend that the refreshed Early Help Strategy includes clear measures of success that Members can use to monitor its impact, and that these are reported to the Committee annually.",
     "The strategy refresh has been rescheduled to 2025/26; work on the measures has not yet begun.",
     "Strategic Lead – Early Help", "Jun-25", "Not started"),
    ("04/12/2024", "CYP/24/68", "Youth Justice Plan 2024/25 Mid-Year Review",
     "To request that a visit be arranged for Members to the Youth Justice Service to meet staff and young people.",
     "Visit took place on 18 December 2024 and was attended by six Members.",
     "Head of Youth Justice", "December 2024", "Complete"),
    ("15/01/2025", "CYP/25/04", "Ofsted Focused Visit – Children in Need and Child Protection",
     "To request that the Committee receives six-monthly progress reports on the action plan arising from the focused visit.",
     "Scheduled on the work programme for the July 2025 meeting.",
     "Sarah Okafor, Deputy Director of Children's Services", "July 2025", "On track"),
]


def make_manchester():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["Manchester City Council", "", "", "", "", "", "", ""])
    w.writerow(["Children and Young People Scrutiny Committee - Recommendations Monitor", "", "", "", "", "", "", ""])
    w.writerow(["Position as at 21 January 2025", "", "", "", "", "", "", ""])
    w.writerow(["Recommendations marked Complete will be removed from the monitor once the Committee has noted the response.", "", "", "", "", "", "", ""])
    w.writerow(["", "", "", "", "", "", "", ""])
    w.writerow(["Date", "Minute Ref", "Item", "Recommendation", "Response", "Contact Officer", "Target Date", "Status"])
    for r in MANCHESTER_ROWS:
        w.writerow(list(r))
    w.writerow(["", "", "", "", "", "", "", ""])
    w.writerow(["Contact: Governance and Scrutiny Support Unit", "", "", "", "", "", "", ""])
    with open(out("zcg-manchester-city-council-cyp-scrutiny-recommendations-monitor.csv"), "w",
              encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# =========================================================================
# 2. Leicestershire County Council - Fostering Service Development Plan 2025-26 (xlsx)
# =========================================================================
LEICS_PLAN = [
    ("Priority 1: Grow our in-house fostering households, particularly for older children, sibling groups and children with complex needs", [
        ("1.1", "Deliver a targeted recruitment campaign for foster carers for children aged 11 and over, working with the East Midlands Fostering Recruitment Support Hub.",
         "Fostering Recruitment Team Manager", "March 2026", "G", ("fill", "green"),
         "Campaign launched June 2025. 64 enquiries in Q2 against a target of 60."),
        ("1.2", "Reduce the average time from initial enquiry to approval at panel to six months or less.",
         "Service Manager – Fostering / Panel Adviser", "Q3 2025/26", "A", ("text", "A"),
         "Average currently 7.4 months. Assessment capacity increased by one FTE from October."),
        ("1.3", "Review the fostering fees and allowances scheme, benchmarking against neighbouring authorities and independent fostering agencies.",
         "Head of Service – Children in Care; Finance Business Partner", "Sep-25", "G", ("text", "B"),
         "New scheme agreed by Cabinet on 16 September 2025 and in place from 1 October."),
    ]),
    ("Priority 2: Support and retain our foster carers", [
        ("2.1", "Launch a second Mockingbird constellation in the Hinckley and Bosworth area.",
         "Fostering Support Team Manager", "Oct 2025 – Jan 2026", "G", ("fill", "amber"),
         "Hub home carer identified; recruitment of satellite households slower than planned."),
        ("2.2", "Refresh the foster carer learning and development offer, including trauma-informed practice and child exploitation, with an annual training plan agreed with the Foster Carer Association.",
         "Learning and Development Officer (Fostering)", "31/12/2025", "G", ("text", "G"),
         "Draft training plan shared with the Foster Carer Association committee in September."),
        ("2.3", "Introduce exit interviews for all foster carers who resign and report themes quarterly to the Fostering Service Management Board.",
         "Fostering Support Team Manager", "Ongoing", "A", ("text", "R"),
         "Only 3 of 9 carers leaving in Q2 took part. Independent interviewer to be commissioned."),
    ]),
    ("Priority 3: Improve the quality and timeliness of assessments, reviews and panel", [
        ("3.1", "Complete all overdue foster carer annual reviews and ensure that 95% of reviews are completed within timescale.",
         "Supervising Social Work Team Managers", "Nov-25", "R", ("fill", "amber"),
         "Overdue reviews reduced from 31 to 12; 84% in timescale in September."),
        ("3.2", "Audit a sample of 20 Form F assessments against the new quality assurance framework and share the learning with assessing social workers.",
         "Principal Social Worker", "January 2026", "", ("text", "G"),
         "Audit tool agreed; first 8 audits completed."),
    ]),
    ("Priority 4: Stability and matching for children in foster care", [
        ("4.1", "Embed stability meetings for all fostering households where there is a risk of the arrangement ending.",
         "Head of Service – Children in Care", "March 2026", "G", ("text", "G"),
         "Stability meetings held for 23 children in Q2; 19 arrangements sustained."),
        ("4.2", "Develop a kinship care offer in line with the national Kinship Care Strategy, including a dedicated connected persons assessment team.",
         "Head of Service – Fostering and Adoption / Service Manager – Kinship", "Q4 2025/26", "A", ("text", "A"),
         "Business case for the assessment team to be considered at DMT in November."),
    ]),
]
# continuation line under 3.2 (no ref, text in the Action column only)
LEICS_CONTINUATION = {"3.2": "(Carried forward from the 2024-25 plan)"}


def make_leicestershire():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    set_widths(cov, [26, 16, 28, 40])
    cov["A1"] = "Leicestershire County Council"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Children and Family Services – Fostering Service"
    cov["A3"] = "Fostering Service Development Plan 2025-26"
    cov["A3"].font = Font(bold=True, size=16)
    cov["A5"] = "Plan owner:"
    cov["B5"] = "Head of Service – Fostering and Adoption"
    cov["A6"] = "Monitored by:"
    cov["B6"] = "Fostering Service Management Board (quarterly)"
    cov["A8"] = "Document control"
    cov["A8"].font = Font(bold=True)
    hdr = ["Version", "Date", "Author", "Comments"]
    for i, h in enumerate(hdr, start=1):
        c = cov.cell(row=9, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill("D9E1F2")
    rows = [
        ("0.3", "14/03/2025", "Service Manager – Fostering", "Draft for consultation with the Foster Carer Association"),
        ("1.0", "02/04/2025", "Head of Service – Fostering and Adoption", "Approved by Children and Family Services DMT"),
        ("1.1", "08/07/2025", "Service Manager – Fostering", "Quarter 1 update"),
        ("1.2", "10/10/2025", "Service Manager – Fostering", "Quarter 2 update"),
    ]
    for r, vals in enumerate(rows, start=10):
        for i, v in enumerate(vals, start=1):
            cov.cell(row=r, column=i, value=v)
        box_row(cov, r, 4)
    box_row(cov, 9, 4)

    ws = wb.create_sheet("Development Plan")
    set_widths(ws, [7, 60, 30, 18, 9, 9, 55])
    ws["A1"] = "Leicestershire County Council – Fostering Service Development Plan 2025-26"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Quarter 2 update (position at 30 September 2025)"
    ws["A2"].font = Font(italic=True)
    headers = ["Ref", "Action", "Lead(s)", "Timescale", "Q1 RAG", "Q2 RAG", "Progress update (Q2)"]
    for i, h in enumerate(headers, start=1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
    box_row(ws, 4, 7)
    ws.freeze_panes = "A5"
    row = 5
    counts = {"blue": 0, "green": 0, "amber": 0, "red": 0}
    letter_to_colour = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    for heading, actions in LEICS_PLAN:
        ws.cell(row=row, column=1, value=heading)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=7)
        ws.cell(row=row, column=1).font = Font(bold=True)
        ws.cell(row=row, column=1).fill = fill("D9E1F2")
        row += 1
        for ref, text, lead, when, q1, q2, upd in actions:
            ws.cell(row=row, column=1, value=ref)
            ws.cell(row=row, column=2, value=text)
            ws.cell(row=row, column=3, value=lead)
            ws.cell(row=row, column=4, value=when)
            if q1:
                ws.cell(row=row, column=5, value=q1)
                ws.cell(row=row, column=5).fill = fill(RAG_FILL[letter_to_colour[q1]])
            kind, val = q2
            if kind == "fill":
                ws.cell(row=row, column=6).fill = fill(RAG_FILL[val])
                counts[val] += 1
            else:
                ws.cell(row=row, column=6, value=val)
                ws.cell(row=row, column=6).fill = fill(RAG_FILL[letter_to_colour[val]])
                counts[letter_to_colour[val]] += 1
            ws.cell(row=row, column=7, value=upd)
            box_row(ws, row, 7)
            row += 1
            if ref in LEICS_CONTINUATION:
                ws.cell(row=row, column=2, value=LEICS_CONTINUATION[ref])
                box_row(ws, row, 7)
                row += 1
    row += 1
    ws.cell(row=row, column=2, value="RAG summary – Quarter 2").font = Font(bold=True)
    row += 1
    for label, key in (("Blue (complete)", "blue"), ("Green", "green"), ("Amber", "amber"), ("Red", "red")):
        ws.cell(row=row, column=2, value=label)
        ws.cell(row=row, column=3, value=counts[key])
        ws.cell(row=row, column=3).fill = fill(RAG_FILL[key])
        row += 1
    ws.cell(row=row, column=2, value="Total actions")
    ws.cell(row=row, column=3, value=sum(counts.values()))

    key = wb.create_sheet("RAG key")
    set_widths(key, [10, 70])
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for r, (k, meaning, col) in enumerate([
        ("B", "Complete", "blue"),
        ("G", "On track", "green"),
        ("A", "Some slippage – remedial action in place", "amber"),
        ("R", "Off track – escalated to the Fostering Service Management Board", "red"),
    ], start=2):
        key.cell(row=r, column=1, value=k).fill = fill(RAG_FILL[col])
        key.cell(row=r, column=2, value=meaning)
    key["A7"] = "Where a RAG cell is shaded but not lettered, the colour is the rating."
    wb.save(out("zcg-leicestershire-county-council-fostering-service-development-plan-2025-26.xlsx"))


# =========================================================================
# 3. Kirklees Local Area SEND WSoA progress tracker (xlsx)
# =========================================================================
KIRKLEES = [
    ("Area of significant weakness 1: The poor delivery of the Healthy Child Programme (HCP), which does not consistently support the identification of special educational needs and/or disabilities (SEND) in children at the earliest opportunity", [
        ("1.1", "Re-commission the 0-19 Healthy Child Programme with a revised service specification that includes a mandated 2-2½ year review for every child.",
         "Head of Public Health / Commissioning Manager (Public Health)", "31/03/2023", "30/06/2023", "Amber",
         "Specification drafted. Procurement timetable extended by three months to allow engagement with PCAN."),
        ("1.2", "Recruit to vacant health visitor posts and reduce caseloads to no more than 400 children per whole-time equivalent health visitor.",
         "Locala 0-19 Service Director", "Dec-22", "Sept 2023", "Red",
         "11.6 WTE vacancies remain. Average caseload 470. Revised date agreed at SEND Partnership Board."),
        ("1.3", "Introduce Ages and Stages Questionnaire (ASQ-3) training for all 0-19 practitioners and early years settings, with a shared referral pathway into Portage and Early Support.",
         "Early Support Service Manager; Locala Clinical Lead", "Summer term 2023", "", "Green",
         "First two training cohorts completed (58 practitioners)."),
        ("1.4", "Establish a quarterly HCP performance report to the SEND Partnership Board, including uptake of the 2-2½ year review by ward.",
         "Designated Clinical Officer (WY ICB – Kirklees)", "Oct-22", "", "Complete",
         "First report received by the Board in October 2022 and now a standing item."),
    ]),
    ("Area of significant weakness 2: Weaknesses in the area's ability, across services and within settings, to identify and meet the needs of children and young people with SEND in mainstream settings", [
        ("2.1", "Publish Kirklees Ordinarily Available Provision guidance for mainstream schools and settings, co-produced with PCAN.",
         "Head of SEND and Inclusion", "30/11/2022", "31/01/2023", "Complete",
         "Published on the Local Offer on 19 January 2023."),
        ("2.2", "Deliver a programme of SENCo network training on identifying need, including social, emotional and mental health needs and speech, language and communication needs",
         "Principal Educational Psychologist / SENCo Network Lead", "Ongoing", "", "Green",
         "Autumn term sessions attended by 142 SENCos."),
        ("2.3", "Introduce an inclusion outreach offer from special schools to mainstream schools, prioritising schools with the highest rates of suspension for pupils with SEND.",
         "Head of SEND and Inclusion", "April 2023", "", "Amber",
         "Two special schools signed up; funding model still to be agreed with Schools Forum."),
        ("2.4", "Set up a multi-agency panel to agree and monitor targeted support for children and young people with SEND who are at risk of exclusion.",
         "Head of Learning Access; Virtual School Head", "Jan-23", "", "Green",
         "Terms of reference agreed; first panel meeting 12 January 2023."),
    ]),
]
KIRKLEES_CONTINUATION = {"2.2": "(to include early years settings and post-16 providers)"}
KIRKLEES_RAG = {"Red": "red", "Amber": "amber", "Green": "green", "Complete": "blue"}


def make_kirklees():
    wb = Workbook()
    ws = wb.active
    ws.title = "WSoA Tracker"
    set_widths(ws, [7, 62, 34, 16, 16, 11, 52])
    ws["A1"] = "Kirklees Local Area SEND Written Statement of Action (WSoA) – Progress Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Reporting period: Quarter 3 2022-23 (October – December 2022)"
    ws["A3"] = "Reported to: Kirklees SEND Partnership Board, 24 January 2023"
    headers = ["No.", "Action", "Lead(s)", "Original completion date", "Revised completion date", "RAG", "Progress update"]
    for i, h in enumerate(headers, start=1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill("BDD7EE")
    box_row(ws, 5, 7)
    row = 6
    for weakness, actions in KIRKLEES:
        ws.cell(row=row, column=1, value=weakness).font = Font(bold=True)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=7)
        ws.cell(row=row, column=1).fill = fill("FCE4D6")
        ws.cell(row=row, column=1).alignment = Alignment(wrap_text=True)
        ws.row_dimensions[row].height = 32
        row += 1
        for no, text, lead, orig, rev, rag, upd in actions:
            vals = [no, text, lead, orig, rev or None, rag, upd]
            for i, v in enumerate(vals, start=1):
                ws.cell(row=row, column=i, value=v)
            ws.cell(row=row, column=6).fill = fill(RAG_FILL[KIRKLEES_RAG[rag]])
            box_row(ws, row, 7)
            row += 1
            if no in KIRKLEES_CONTINUATION:
                ws.cell(row=row, column=2, value=KIRKLEES_CONTINUATION[no])
                box_row(ws, row, 7)
                row += 1
    row += 1
    ws.cell(row=row, column=1, value="RAG key: Complete (blue) = action completed and impact being monitored; Green = on track; Amber = at risk of slipping; Red = off track.")
    row += 1
    ws.cell(row=row, column=1, value="Where a revised completion date is shown, it has been agreed by the SEND Partnership Board.")

    m = wb.create_sheet("Measures of success")
    set_widths(m, [70, 16, 16, 16])
    m["A1"] = "WSoA measures of success"
    m["A1"].font = Font(bold=True)
    for i, h in enumerate(["Measure", "Baseline (2021-22)", "Target (2023-24)", "Q3 2022-23"], start=1):
        m.cell(row=2, column=i, value=h).font = Font(bold=True)
    for r, vals in enumerate([
        ("% of children receiving a 2-2½ year review by 2½ years", "61%", "85%", "66%"),
        ("% of 2-2½ year reviews using ASQ-3", "48%", "95%", "71%"),
        ("Number of new EHC needs assessment requests from early years settings", "96", "—", "31"),
        ("Suspension rate for pupils with an EHC plan (per 100 pupils)", "14.2", "10.0", "12.8"),
        ("% of parents/carers reporting their child's needs are identified early (PCAN survey)", "22%", "50%", "—"),
    ], start=3):
        for i, v in enumerate(vals, start=1):
            m.cell(row=r, column=i, value=v)
    wb.save(out("zcg-kirklees-local-area-send-written-statement-of-action-progress-tracker.xlsx"))


# =========================================================================
# 4. Torfaen CBC - CIW children's services improvement check action plan (xlsx, REFUSE)
# =========================================================================
TORFAEN = [
    ("People – voice and control", [
        ("Ensure the voice of the child is consistently evident in assessments and care and support plans.", [
            ("1.1", "Revise the assessment and care and support plan templates on WCCIS to include a mandatory 'what matters to me' section completed with the child.",
             "Service Manager – Assessment and Care Management", "Mar-25", "Green", "Templates revised and live from 3 March 2025."),
            ("1.2", "Extend the use of Mind of My Own to all children looked after and children on the child protection register aged 8 and over.",
             "Principal Social Worker", "30/09/2025", "Amber", "Licences purchased; roll-out to child protection teams began in March."),
        ]),
    ]),
    ("Prevention", [
        ("Strengthen the early help and edge of care offer so that families receive timely support and fewer children need to become looked after.", [
            ("2.1", "Establish a multi-agency Early Help Hub panel with Families First, health visiting and education welfare services.",
             "Head of Early Help and Prevention", "Sept 2025", "Amber", "Panel terms of reference in draft."),
            ("2.2", "Expand the Integrated Family Support Team to include a dedicated edge of care practitioner for adolescents.",
             "Head of Children's Services", "Febuary 2026", "Red", "Funding bid submitted to the Regional Partnership Board."),
        ]),
    ]),
    ("Partnerships and integration", [
        ("Improve the timeliness of strategy discussions with Gwent Police and the health board.", [
            ("3.1", "Agree and audit a joint standard for strategy discussions within 24 hours of a referral, reporting compliance to the Gwent Safeguarding Board.",
             "Safeguarding Service Manager / Detective Inspector – Public Protection", "31/07/2025", "Green", "Joint standard agreed January 2025; first audit due June."),
        ]),
    ]),
    ("Well-being", [
        ("Reduce the reliance on agency social workers and improve workforce stability.", [
            ("4.1", "Implement the regional 'grow your own' social work trainee scheme with 6 trainees starting in September 2025.",
             "Workforce Development Manager", "Sept 2025", "Green", "Six trainees appointed."),
            ("4.2", "Reduce the proportion of agency social workers in frontline teams to below 15%.",
             "Head of Children's Services", "March 2026", "Amber", "Currently 21% (down from 27% in October 2024)."),
        ]),
    ]),
]
TORFAEN_RAG = {"Red": "red", "Amber": "amber", "Green": "green", "Complete": "blue"}


def make_torfaen():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    set_widths(ws, [22, 6, 42, 58, 34, 14, 10, 46])
    ws["A1"] = "Cyngor Bwrdeistref Sirol Torfaen / Torfaen County Borough Council"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Children's Services – CIW Improvement Check Action Plan"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Improvement check: 7–10 October 2024 | CIW letter published: 12 December 2024 | Plan updated: 31 March 2025"
    headers = ["Principle", "Ref", "Area for improvement (CIW)", "Action", "Lead officer", "Target date", "RAG", "Update – March 2025"]
    for i, h in enumerate(headers, start=1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("375623")
    box_row(ws, 5, 8)
    row = 6
    typo_row = None
    for principle, areas in TORFAEN:
        p_start = row
        for afi, actions in areas:
            a_start = row
            for ref, text, lead, when, rag, upd in actions:
                ws.cell(row=row, column=2, value=ref)
                ws.cell(row=row, column=4, value=text)
                ws.cell(row=row, column=5, value=lead)
                ws.cell(row=row, column=6, value=when)
                ws.cell(row=row, column=7, value=rag).fill = fill(RAG_FILL[TORFAEN_RAG[rag]])
                ws.cell(row=row, column=8, value=upd)
                box_row(ws, row, 8)
                if when.startswith("Febuary"):
                    typo_row = row
                row += 1
            ws.cell(row=a_start, column=3, value=afi)
            if row - 1 > a_start:
                ws.merge_cells(start_row=a_start, start_column=3, end_row=row - 1, end_column=3)
        ws.cell(row=p_start, column=1, value=principle).font = Font(bold=True)
        if row - 1 > p_start:
            ws.merge_cells(start_row=p_start, start_column=1, end_row=row - 1, end_column=1)
    row += 1
    ws.cell(row=row, column=1, value="Progress is reported to the Corporate Parenting Panel and to CIW at the six-monthly performance review meeting.")
    wb.save(out("zcg-torfaen-cbc-ciw-childrens-services-improvement-check-action-plan-typo-month-refuse.xlsx"))
    return typo_row


# =========================================================================
# 5. Medway local area SEND Accelerated Progress Plan (docx, DfE Annex A template)
# =========================================================================
MEDWAY_AREAS = [
    ("Area of weakness 1: Improving joint strategic leadership between the council, the CCG and education providers", "text", [
        ("1.1", "Establish a single SEND Improvement Board, independently chaired, with the council, NHS Kent and Medway, schools, colleges and the Parent Carer Forum as members.",
         "Director of People – Children and Adults Services", "Jan-22", "Quarterly Board attendance above 85%; minutes published on the Local Offer.", "Complete"),
        ("1.2", "Agree a joint SEND commissioning plan covering therapies, equipment and social care short breaks.",
         "Head of Children's Commissioning / Designated Clinical Officer", "31/07/2022", "Joint commissioning plan signed off by the council and the ICB.", "Complete"),
        ("1.3", "Hold termly SEND leadership forums for headteachers and college principals to review the area's SEND data and agree joint priorities.",
         "Assistant Director – Education and SEND", "Termly", "At least 75% of schools represented at each forum.", "Green"),
    ]),
    ("Area of weakness 2: Lack of a clearly communicated strategy understood and shared by leaders across the area", "text", [
        ("2.1", "Co-produce and publish a refreshed Medway SEND Strategy 2022-2025 with parents, carers, children and young people.",
         "SEND Strategy and Partnerships Manager", "Mar-22", "Strategy published; easy-read and young people's versions available.", "Complete"),
        ("2.2", "Deliver a communication plan for the strategy, including a quarterly SEND newsletter and a 'you said, we did' page on the Local Offer.",
         "Head of Communications and Marketing / SEND Strategy and Partnerships Manager", "Sept 2022 – March 2023", "Parent Carer Forum survey shows improved awareness of the strategy (baseline 18%).", "Amber"),
    ]),
    ("Area of weakness 3: Improving the quality of EHC plans", "fill", [
        ("3.1", "Introduce a multi-agency EHC plan quality assurance framework, auditing 10% of new and reviewed plans each month.",
         "Head of SEND Statutory Services", "Dec-22", "80% of audited plans rated good or better.", "green"),
        ("3.2", "Provide training for health and social care practitioners on writing outcomes-focused advice for EHC needs assessments.",
         "Designated Clinical Officer / Designated Social Care Officer", "Autumn term 2022", "95% of health and social care advice returned within six weeks.", "amber"),
        ("3.3", "Review all EHC plans for young people in Year 9 and above to ensure they include preparing for adulthood outcomes.",
         "Post-16 SEND Manager", "31/08/2022", "100% of plans for Year 9+ include preparing for adulthood outcomes.", "red"),
    ]),
]


def make_medway():
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading("Medway Local Area SEND Accelerated Progress Plan (APP)", level=0)
    p = doc.add_paragraph()
    r = p.add_run("Annex A: Accelerated Progress Plan (APP) for a Local Area following the judgement by Ofsted/Care Quality Commission that sufficient progress had not been made against the weaknesses outlined by the Inspection")
    r.italic = True
    doc.add_paragraph("Progress update for the DfE and NHS England review meeting – September 2022")

    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [
        ("Name of the Local Area", "Medway"),
        ("Date of Inspection (revisit)", "9 – 11 December 2019"),
        ("Date of publication of the revisit report", "19 February 2020"),
        ("Accountable Officers from the LA and CCG", "Director of People – Children and Adults Services (Medway Council); Chief Nursing Officer (NHS Kent and Medway ICB)"),
        ("SEND and NHS England Advisers", "DfE SEND Adviser; NHS England SEND Adviser"),
    ]:
        cells = info.add_row().cells
        bold_cell(cells[0], k, "D9E2F3")
        cells[1].text = v

    doc.add_heading("Governance and accountability", level=1)
    doc.add_paragraph(
        "The APP is overseen by the Medway SEND Improvement Board, which meets every six weeks and reports to the "
        "Medway Children and Young People's Partnership Board and to the ICB Quality and Safety Committee. Progress is reviewed "
        "with the DfE and NHS England every six months.")

    doc.add_heading("RAG key", level=2)
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for label, meaning, col in [
        ("Complete", "Action completed", RAG_FILL["blue"]),
        ("Green", "On track to be completed by the date shown", RAG_FILL["green"]),
        ("Amber", "Some delay – recovery actions agreed", RAG_FILL["amber"]),
        ("Red", "Off track – escalated to the SEND Improvement Board", RAG_FILL["red"]),
    ]:
        cells = key.add_row().cells
        cells[0].text = label
        shade(cells[0], col)
        cells[1].text = meaning
    doc.add_paragraph("Area of weakness 3 is rated by cell colour only.")

    for heading, ragmode, actions in MEDWAY_AREAS:
        doc.add_heading(heading, level=1)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for i, h in enumerate(["Ref", "Action", "Lead", "By when", "Measure of success", "RAG (September 2022)"]):
            bold_cell(t.rows[0].cells[i], h, "D9E2F3")
        for ref, text, lead, when, measure, rag in actions:
            cells = t.add_row().cells
            cells[0].text = ref
            cells[1].text = text
            cells[2].text = lead
            cells[3].text = when
            cells[4].text = measure
            if ragmode == "text":
                cells[5].text = rag
                shade(cells[5], RAG_FILL[{"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}[rag]])
            else:
                shade(cells[5], RAG_FILL[rag])
        doc.add_paragraph("")

    doc.add_heading("Version control", level=2)
    vc = doc.add_table(rows=1, cols=3)
    vc.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Change"]):
        bold_cell(vc.rows[0].cells[i], h, "D9E2F3")
    for vals in [("1.0", "June 2020", "APP agreed by DfE and NHS England"),
                 ("2.0", "September 2021", "12-month review update"),
                 ("3.0", "March 2022", "18-month review update"),
                 ("4.0", "September 2022", "Actions refreshed following the transfer from the CCG to NHS Kent and Medway ICB")]:
        cells = vc.add_row().cells
        for i, v in enumerate(vals):
            cells[i].text = v
    doc.save(out("zcg-medway-local-area-send-accelerated-progress-plan.docx"))


# =========================================================================
# 6. Flintshire and Wrexham PSB - Well-being Plan delivery plan 2025-26 (docx)
# =========================================================================
FW_OBJECTIVES = [
    ("Well-being Objective 1: Build flourishing communities by reducing inequalities across environment, education, employment, income and housing", [
        ("Priority: Cost of living and poverty", [
            ("Map and promote warm and welcoming spaces across both counties, with a single online directory maintained by PSB partners.",
             "Flintshire County Council / Wrexham County Borough Council", "Oct 2025", ("text", "Completed"),
             "Directory live on both councils' websites from 1 October 2025; 74 spaces listed."),
            ("Deliver a joint 'Maximise your income' campaign to increase take-up of Pension Credit and Council Tax Reduction.",
             "Citizens Advice Flintshire and Wrexham", "March 2026", ("text", "Green"),
             "Campaign materials agreed; launch planned for November to coincide with Pension Credit week."),
        ]),
        ("Priority: Climate and nature", [
            ("Develop a shared tree-planting and green infrastructure programme targeting the most deprived areas, with 5,000 trees planted by 2028.",
             "Natural Resources Wales; Flintshire County Council", "Ongoing", ("text", "Green"),
             "1,250 trees planted to date in Shotton, Queensferry and Caia Park."),
            ("Carry out a joint climate risk assessment of PSB partners' operational estates.",
             "North Wales Fire and Rescue Service", "Sept 2025 – March 2026", ("text", "Amber"),
             "Data collection slower than planned; three of eight partners have returned estate data."),
        ]),
    ]),
    ("Well-being Objective 2: Improve community well-being by enabling people of all ages to live healthy and independent lives", [
        ("Priority: Healthy weight and physical activity", [
            ("Implement the Healthy Weight: Healthy Wales local delivery plan across schools and community settings.",
             "Public Health Wales", "Q4 2025/26", ("fill", "green"),
             "Daily Mile now in 61 primary schools across the two counties."),
            ("Expand social prescribing so that every GP cluster has access to a community connector.",
             "Betsi Cadwaladr University Health Board / AVOW / FLVC", "Dec-25", ("fill", "amber"),
             "Connectors in place in 5 of 7 clusters; recruitment under way for North West Flintshire and Wrexham South."),
        ]),
        ("Priority: Community safety and resilience", [
            ("Deliver a joint programme of community resilience training with town and community councils, focusing on flooding and extreme weather.",
             "North Wales Fire and Rescue Service / Natural Resources Wales", "January 2026", ("fill", "red"),
             "Programme paused following staff changes; revised proposal to the PSB in December."),
            ("Establish a shared approach to involving young people in PSB decision-making through the youth councils of both counties.",
             "Wrexham Youth Service", "TBC", ("blank", None),
             "Not yet started."),
        ]),
    ]),
]


def make_flintshire_wrexham():
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading("Flintshire and Wrexham Public Services Board – Well-being Plan 2023-28: Delivery Plan 2025-26", level=0)
    p = doc.add_paragraph()
    r = p.add_run("Bwrdd Gwasanaethau Cyhoeddus Sir y Fflint a Wrecsam – Cynllun Llesiant 2023-28")
    r.italic = True
    doc.add_paragraph("Mid-year progress report to the Public Services Board, 14 October 2025")

    doc.add_heading("Document control", level=2)
    dc = doc.add_table(rows=1, cols=4)
    dc.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Comments"]):
        bold_cell(dc.rows[0].cells[i], h, "E2EFD9")
    for vals in [("1.0", "April 2025", "PSB Support Officer", "Delivery plan agreed by the PSB"),
                 ("1.1", "October 2025", "PSB Support Officer", "Mid-year progress added")]:
        cells = dc.add_row().cells
        for i, v in enumerate(vals):
            cells[i].text = v

    doc.add_heading("How to read this report", level=2)
    doc.add_paragraph("Each action has a progress rating. Where the rating cell is coloured without text, the colour shows the rating.")
    key = doc.add_table(rows=1, cols=2)
    key.style = "Table Grid"
    bold_cell(key.rows[0].cells[0], "Rating", "E2EFD9")
    bold_cell(key.rows[0].cells[1], "Meaning", "E2EFD9")
    for label, meaning, col in [("Completed", "Action completed", "blue"),
                                ("Green", "On track", "green"),
                                ("Amber", "Some delay – manageable", "amber"),
                                ("Red", "Significant delay – PSB support needed", "red")]:
        cells = key.add_row().cells
        cells[0].text = label
        shade(cells[0], RAG_FILL[col])
        cells[1].text = meaning

    for objective, priorities in FW_OBJECTIVES:
        doc.add_heading(objective, level=1)
        for priority, actions in priorities:
            doc.add_heading(priority, level=2)
            t = doc.add_table(rows=1, cols=5)
            t.style = "Table Grid"
            for i, h in enumerate(["Action", "Lead partner(s)", "By when", "RAG", "Progress update (September 2025)"]):
                bold_cell(t.rows[0].cells[i], h, "E2EFD9")
            for text, lead, when, (kind, val), upd in actions:
                cells = t.add_row().cells
                cells[0].text = text
                cells[1].text = lead
                cells[2].text = when
                if kind == "text":
                    cells[3].text = val
                    shade(cells[3], RAG_FILL[{"Completed": "blue", "Green": "green", "Amber": "amber", "Red": "red"}[val]])
                elif kind == "fill":
                    shade(cells[3], RAG_FILL[val])
                cells[4].text = upd
            doc.add_paragraph("")
    doc.add_paragraph("The next progress report will be presented to the PSB in April 2026 alongside the PSB annual report.")
    doc.save(out("zcg-flintshire-and-wrexham-psb-well-being-plan-delivery-plan-2025-26.docx"))


# =========================================================================
# 7. Barnsley Council Plan 2024-27 - delivery actions export (txt, tab-separated)
# =========================================================================
BARNSLEY = [
    ("HB-01", "Healthy Barnsley", "People are safe and feel safe",
     "Deliver the Serious Violence Duty strategy action plan for 2025/26 with the Safer Barnsley Partnership.",
     "Service Director Stronger Communities", "31/03/2026", "Green",
     "Year 2 action plan agreed by the Safer Barnsley Partnership in June 2025."),
    ("HB-02", "Healthy Barnsley", "People live independently with good physical and mental health for as long as possible",
     "Expand the reablement service to support an additional 300 people a year to remain at home after a hospital stay.",
     "Executive Director Adults and Communities", "31/03/2026", "Amber",
     "142 additional people supported at Q2; recruitment of reablement workers remains difficult."),
    ("LB-01", "Learning Barnsley", "Every child attends a good school and is successful in learning and work",
     "Open 60 additional specialist SEND places through the resourced provision programme.",
     "Head of SEND", "01/09/2025", "Completed",
     "All 60 places opened for the start of the autumn term."),
    ("LB-02", "Learning Barnsley", "Fewer people are without qualifications and more people have higher level skills",
     "Launch a community adult learning offer in the Dearne and Hoyland areas, targeting residents with no qualifications.",
     "Head of Employment and Skills", "31/12/2025", "Green",
     "Venues confirmed; courses advertised from October."),
    ("GB-01", "Growing Barnsley", "Business start-ups and existing local businesses are supported to grow",
     "Complete the Goldthorpe Towns Fund programme, including the new library and learning hub.",
     "Head of Regeneration", "30/09/2025", "Red",
     "Contractor delays; completion now expected January 2026. Exception report to Cabinet."),
    ("GB-02", "Growing Barnsley", "People are supported to have safe, warm, sustainable homes",
     "Deliver 150 new affordable homes in 2025/26 through the Council's housing growth programme.",
     "Head of Housing Growth", "31/03/2026", "Amber",
     "58 completions at Q2; two schemes delayed by utility connections."),
    ("SB-01", "Sustainable Barnsley", "People live in great places, are recycling more and wasting less",
     "Introduce weekly food waste collections for all households.",
     "Service Director Environment and Transport", "31/03/2026", "Green",
     "Vehicles ordered and caddies delivered to 40% of households."),
    ("SB-02", "Sustainable Barnsley", "Fossil fuels are being replaced by affordable and sustainable energy",
     "Install solar PV on a further ten council buildings.",
     "Energy Manager / Head of Corporate Asset Management", "31/12/2025", "Green",
     "Six installations complete; remaining four scheduled for November."),
    ("EB-01", "Enabling Barnsley", "We are a modern, inclusive, efficient, productive and high-performing council",
     "Implement the new customer relationship management system for Council Tax and Benefits enquiries.",
     "Head of Customer Services", "TBC", "Not Started",
     "Procurement paused pending the digital strategy refresh."),
]


def make_barnsley():
    lines = [
        "Barnsley Council – Council Plan 2024-27 Delivery Actions Report",
        "Period: Quarter 2 2025/26 (July – September 2025)",
        "Exported: 06/11/2025 14:32 by Performance and Intelligence Team",
        "",
        "\t".join(["Code", "Priority", "Outcome", "Action", "Responsible Officer", "Due Date", "Status", "Latest Update"]),
    ]
    for row in BARNSLEY:
        lines.append("\t".join(row))
    counts = {}
    for row in BARNSLEY:
        counts[row[6]] = counts.get(row[6], 0) + 1
    lines.append("")
    lines.append("Total actions: %d\tCompleted: %d\tGreen: %d\tAmber: %d\tRed: %d\tNot Started: %d" % (
        len(BARNSLEY), counts.get("Completed", 0), counts.get("Green", 0), counts.get("Amber", 0),
        counts.get("Red", 0), counts.get("Not Started", 0)))
    lines.append("Status is the responsible officer's assessment at the end of the quarter.")
    with open(out("zcg-barnsley-council-plan-2024-27-delivery-actions-q2-2025-26.txt"), "w",
              encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    make_manchester()
    make_leicestershire()
    make_kirklees()
    r = make_torfaen()
    print("torfaen typo row:", r)
    make_medway()
    make_flintshire_wrexham()
    make_barnsley()
    print("done")
