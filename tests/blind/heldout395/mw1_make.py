"""Build the seven mw1- blind test files (set heldout395).

Run with: /work/main/.venv/bin/python mw1_make.py
Writes beside this script.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
GREY, NAVY, PALE = "D9D9D9", "1F3864", "DDEBF7"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. Merton ILACS improvement plan (xlsx, four sheets, merged recommendation
#    cells, original/revised dates, previous/current RAG)
# ---------------------------------------------------------------------------
def merton():
    title = "Merton Children's Services – ILACS Improvement Plan 2023–2025"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=16, color=NAVY)
    cov["A3"] = "London Borough of Merton – Children, Lifelong Learning and Families"
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    rows = [
        ("Version", "3.4"),
        ("Date", D(2025, 1, 31)),
        ("Owner", "Director of Children, Lifelong Learning and Families"),
        ("Approved by", "Merton Children's Improvement Board"),
        ("Review", "Bi-monthly at the Children's Improvement Board"),
        ("Status", "Live"),
    ]
    for i, (k, v) in enumerate(rows, start=6):
        cov.cell(i, 1, k).font = Font(bold=True)
        c = cov.cell(i, 2, v)
        if isinstance(v, D):
            c.number_format = "dd/mm/yyyy"
        cov.cell(i, 1).border = BOX
        cov.cell(i, 2).border = BOX
    cov["A13"] = "Version history"
    cov["A13"].font = Font(bold=True)
    hist = [
        ("Version", "Date", "Change"),
        ("1.0", D(2023, 3, 15), "Plan submitted to Ofsted"),
        ("2.0", D(2023, 11, 30), "Revised dates agreed at Improvement Board"),
        ("3.4", D(2025, 1, 31), "January 2025 progress update"),
    ]
    for i, r in enumerate(hist, start=14):
        for j, v in enumerate(r, start=1):
            c = cov.cell(i, j, v)
            c.border = BOX
            if isinstance(v, D):
                c.number_format = "dd/mm/yyyy"
            if i == 14:
                c.font = Font(bold=True)
                c.fill = fill(GREY)
    cov.column_dimensions["A"].width = 18
    cov.column_dimensions["B"].width = 55
    cov.column_dimensions["C"].width = 45

    summ = wb.create_sheet("Summary")
    summ["A1"] = "Progress summary – January 2025"
    summ["A1"].font = Font(bold=True, size=14)
    srows = [
        ("Recommendation", "Actions", "Complete", "Green", "Amber", "Red"),
        ("1. Management oversight and supervision", 3, 3, 0, 0, 0),
        ("2. Quality of plans (CIN and CP)", 3, 0, 2, 1, 0),
        ("3. Sufficiency for older children", 2, 1, 0, 0, 1),
        ("Total", 8, 4, 2, 1, 1),
    ]
    for i, r in enumerate(srows, start=3):
        for j, v in enumerate(r, start=1):
            c = summ.cell(i, j, v)
            c.border = BOX
            if i in (3, 7):
                c.font = Font(bold=True)
    for j, col in enumerate((None, None, BLUE, GREEN, AMBER, RED), start=1):
        if col:
            summ.cell(3, j).fill = fill(col)
    summ.column_dimensions["A"].width = 42

    ws = wb.create_sheet("Action Plan")
    ws.merge_cells("A1:I1")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14, color="FFFFFF")
    ws["A1"].fill = fill(NAVY)
    ws.merge_cells("A2:I2")
    ws["A2"] = ("Progress as at 31 January 2025. Revised dates agreed by the Children's "
                "Improvement Board are shown in column F; the original date is kept for reference.")
    ws["A2"].font = Font(italic=True)
    hdr = ["Ref", "Ofsted recommendation (what needs to improve)", "Action", "Lead",
           "Original due date", "Revised due date", "Previous RAG (Nov 24)",
           "Current RAG (Jan 25)", "Progress update"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True)
        c.fill = fill(PALE)
        c.border = BOX
        c.alignment = WRAP
    recs = [
        ("1. The consistency and impact of management oversight and supervision, so that "
         "children's plans progress without delay.", [
            ("1.1", "Refresh the supervision policy and practice standards, and relaunch them "
                    "through practice week sessions for all team managers.",
             "Principal Social Worker", D(2023, 3, 31), None, "G", "Complete",
             "Policy relaunched at March 2023 practice week. 96% of managers attended."),
            ("1.2", "Introduce a monthly audit of supervision on a sample of 40 case files, with "
                    "findings reported to the Quality Assurance Board.",
             "Head of Quality Assurance and Practice Improvement", D(2023, 6, 30), D(2023, 9, 30),
             "G", "Complete",
             "Audit cycle embedded since September 2023. Supervision compliance 91% (Dec 24)."),
            ("1.3", "Deliver the 'Leading Good Practice' programme to all team managers and "
                    "assistant team managers.",
             "Workforce Development Manager / Principal Social Worker", D(2023, 12, 31),
             D(2024, 3, 31), "A", "Complete",
             "Cohorts 1–3 completed March 2024. New managers join the rolling cohort."),
        ]),
        ("2. The quality of plans for children in need and children subject to child protection "
         "plans, so that they are specific, measurable and understood by families.", [
            ("2.1", "Co-produce a new child's plan template with practitioners, children and "
                    "families, and build it into Mosaic.",
             "Head of Service – Children in Need and Child Protection", D(2024, 9, 30),
             D(2025, 3, 31), "A", "Green",
             "Template agreed with the Family Voice group. Mosaic build in test; go-live March 2025."),
            ("2.2", "Quarterly thematic audit of CIN and CP plans.\nLearning fed back through team "
                    "meetings and the monthly practice bulletin.",
             "Service Manager (CIN/CP)", D(2024, 12, 31), None, "G", "Amber",
             "Q3 audit delayed by two weeks because of auditor capacity; report due February."),
            ("2.3", "Child protection chairs to escalate plans that are not SMART through the "
                    "practice alert process.",
             "CP Chairs Team Manager", "Ongoing", None, "G", "Green",
             "14 practice alerts raised in Q3; all resolved within timescale."),
        ]),
        ("3. The sufficiency of suitable homes for older children in care, including 16- and "
         "17-year-olds.", [
            ("3.1", "Open two in-house homes for 16 and 17 year olds, in partnership with "
                    "Housing Needs.",
             "AD Children's Social Care; Head of Housing Needs", D(2025, 3, 31), D(2025, 9, 30),
             "A", "Red",
             "Second property fell through at survey stage. Escalated to Improvement Board; "
             "new site being sought."),
            ("3.2", "Join the South London Commissioning Partnership framework for supported "
                    "accommodation.",
             "Commissioning Manager (Children's)", D(2024, 6, 30), None, "A", "Complete",
             "Joined the framework from 1 June 2024."),
        ]),
    ]
    ragfill = {"G": GREEN, "A": AMBER, "R": RED, "Green": GREEN, "Amber": AMBER,
               "Red": RED, "Complete": BLUE}
    r = 5
    for rec, acts in recs:
        first = r
        for ref, act, lead, orig, rev, prev, cur, upd in acts:
            vals = [ref, None, act, lead, orig, rev, prev, cur, upd]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(r, j, v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, D):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(r, 7).fill = fill(ragfill[prev])
            ws.cell(r, 8).fill = fill(ragfill[cur])
            r += 1
        ws.cell(first, 2, rec).alignment = WRAP
        ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    for col, w in zip("ABCDEFGHI", (6, 40, 50, 28, 13, 13, 11, 11, 45)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "C5"

    key = wb.create_sheet("RAG Key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (k, col, txt) in enumerate([
            ("Complete", BLUE, "Action completed and evidence of impact seen"),
            ("Green", GREEN, "On track to deliver by the due date"),
            ("Amber", AMBER, "Some slippage; mitigation in place"),
            ("Red", RED, "Off track; escalated to the Improvement Board")], start=2):
        key.cell(i, 1, k).fill = fill(col)
        key.cell(i, 2, txt)
    key.column_dimensions["B"].width = 50
    wb.active = 2
    wb.save(out("mw1-merton-council-ilacs-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Westmorland and Furness corporate parenting board action plan (xlsx,
#    priority band rows, fill-only RAG, key at foot) -- REFUSE: "Febuary 2025"
# ---------------------------------------------------------------------------
def westmorland():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ws.merge_cells("A1:F1")
    ws["A1"] = "Westmorland and Furness Council – Corporate Parenting Board Action Plan 2024–2026"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:F2")
    ws["A2"] = "Our promise to children in care and care leavers"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A3:F3")
    ws["A3"] = "Update for Corporate Parenting Board, 21 November 2024"
    hdr = ["No.", "What we will do", "Lead", "By when", "RAG", "Update"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.border = BOX
    plan = [
        ("Priority 1 – Listen to us: children and young people's voices shape what we do", [
            ("1a", "Relaunch the Children in Care Council (Voices of Westmorland and Furness) with "
                   "regular sessions in Kendal, Barrow and Penrith.",
             "Participation and Engagement Lead", "Sep-24", BLUE,
             "Relaunched September 2024; 23 young people attended the first sessions."),
            ("1b", "Care-experienced young people to co-chair one Corporate Parenting Board "
                   "meeting each year.",
             "Chair of Corporate Parenting Board / Participation and Engagement Lead", "Mar-25",
             GREEN, "March 2025 Board agreed as the first co-chaired meeting."),
            ("1c", "Publish a 'You Said, We Did' newsletter after every Board meeting.",
             "Participation and Engagement Lead", "Quarterly", GREEN,
             "Second edition sent out in October."),
        ]),
        ("Priority 2 – A home that is right for us", [
            ("2a", "Recruit 25 new fostering households through the Foster Westmorland and "
                   "Furness campaign.",
             "Fostering Service Manager", "Mar-25", AMBER,
             "11 households approved so far; recruitment campaign refreshed for the winter."),
            ("2b", "Review the Staying Put policy and raise the allowance paid to carers.",
             "Head of Service – Children in Care and Care Leavers", "Febuary 2025", AMBER,
             "Draft policy with Finance for costing."),
            ("2c", "Open a second in-house children's home in the Furness area.",
             "Head of Residential Services", "Dec-25", GREEN,
             "Property identified; Ofsted registration application being prepared."),
        ]),
        ("Priority 3 – Health, learning and getting ready for adult life", [
            ("3a", "All children in care to have an up-to-date health assessment within "
                   "statutory timescales.",
             "Designated Nurse for Children in Care (ICB)", "Ongoing", AMBER,
             "84% in timescale at end of October (target 95%)."),
            ("3b", "Offer a council apprenticeship or work placement to every care leaver who "
                   "wants one.",
             "Virtual School Headteacher; HR Business Partner", "Sep-25", RED,
             "Ring-fenced apprenticeship scheme not yet agreed; paper to Leadership Team in "
             "December."),
            ("3c", "Extend the council tax exemption to care leavers aged up to 25 who live "
                   "outside the council area.",
             "Director of Resources", "Apr-25", GREEN,
             "Included in the 2025/26 council tax support scheme consultation."),
        ]),
    ]
    r = 6
    for pri, acts in plan:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        c = ws.cell(r, 1, pri)
        c.font = Font(bold=True)
        c.fill = fill("E4DFEC")
        r += 1
        for no, act, lead, when, rag, upd in acts:
            for j, v in enumerate([no, act, lead, when, None, upd], start=1):
                c = ws.cell(r, j, v)
                c.border = BOX
                c.alignment = WRAP
            ws.cell(r, 5).fill = fill(rag)
            r += 1
    r += 1
    ws.cell(r, 1, "Key:").font = Font(bold=True)
    for j, (col, txt) in enumerate([(BLUE, "Complete"), (GREEN, "On track"),
                                    (AMBER, "Some risk"), (RED, "Off track")], start=2):
        c = ws.cell(r, j, txt)
        c.fill = fill(col)
    for col, w in zip("ABCDEF", (6, 60, 34, 14, 8, 50)):
        ws.column_dimensions[col].width = w

    pl = wb.create_sheet("Our pledge")
    lines = [
        "Our pledge to you",
        "We will listen to you and act on what you tell us.",
        "We will help you to live somewhere safe, where you feel at home.",
        "We will support you to be healthy and to do well at school, college or work.",
        "We will stay in touch and be there for you when you leave care.",
    ]
    for i, t in enumerate(lines, start=1):
        pl.cell(i, 1, t)
    pl["A1"].font = Font(bold=True)
    wb.save(out("mw1-westmorland-and-furness-council-corporate-parenting-board-action-plan-"
                "typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# 3. Bury children's home Ofsted action plan (xlsx, header block on the sheet,
#    Requirements / Recommendations bands, requirement text merged down,
#    RAG letters, Lists sheet with data validation)
# ---------------------------------------------------------------------------
def bury():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = "Ofsted Inspection Action Plan – Meadowcroft Children's Home (SC487215)"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Bury Council – Children's Residential Service"
    ws["A3"] = ("Full inspection: 14 and 15 May 2024. Overall experiences and progress of "
                "children and young people: requires improvement to be good")
    ws["A4"] = "Updated: 2 September 2024 by the Registered Manager"
    ws["A5"] = ("RAG: R = not started or overdue   A = in progress   G = on track   "
                "B = completed and evidenced")
    ws["A5"].font = Font(italic=True)
    hdr = ["No.", "Requirement / Recommendation", "Ofsted due date", "Action to be taken",
           "Responsible", "Target date", "RAG", "Comments / evidence"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(7, j, h)
        c.font = Font(bold=True)
        c.fill = fill(PALE)
        c.border = BOX
        c.alignment = WRAP
    sections = [
        ("Requirements", [
            ("1",
             "The protection of children standard is that children are protected from harm and "
             "enabled to keep themselves safe. In particular, the standard in paragraph (1) "
             "requires the registered person to ensure—\nthat staff assess whether each child is "
             "at risk of harm, taking into account information in the child's relevant plans, "
             "and, if necessary, make arrangements to reduce the risk of any harm to the child. "
             "(Regulation 12 (1) (2)(a)(i))",
             D(2024, 6, 30), [
                ("Review and update the individual risk assessment for each child, so that it "
                 "reflects the information in their placement plan and the latest strategy "
                 "meeting.", "Registered Manager", D(2024, 6, 7), "B",
                 "All four risk assessments updated and signed off by the RI on 6 June."),
                ("Introduce a weekly risk assessment check in the manager's audit, with findings "
                 "discussed in team meetings.", "RM / Deputy Manager", "w/c 17/06/24", "B",
                 "Weekly check in place; see team meeting minutes June–August."),
            ]),
            ("2",
             "The leadership and management standard is that the registered person enables, "
             "inspires and leads a culture in relation to the children's home that— helps "
             "children aspire to fulfil their potential; and promotes their welfare. In "
             "particular, the standard in paragraph (1) requires the registered person to— use "
             "monitoring and review systems to make continuous improvements in the quality of "
             "care provided in the home. (Regulation 13 (1)(a)(b) (2)(h))",
             D(2024, 7, 31), [
                ("Develop a monthly quality assurance report for the Responsible Individual, "
                 "including learning from incidents, complaints and Regulation 44 visits.",
                 "Registered Manager", D(2024, 7, 31), "G",
                 "First two reports completed (June, July). Format to be agreed at QA meeting."),
                ("Respond in writing to each Regulation 44 report within 14 days, with actions "
                 "tracked in the home's development plan.", "Responsible Individual",
                 D(2024, 7, 31), "G", "July and August responses sent within 14 days."),
            ]),
        ]),
        ("Recommendations", [
            ("3",
             "Ensure that all staff receive supervision at least monthly and that it is recorded, "
             "so that staff are supported to meet children's needs. ('Guide to the Children's "
             "Homes Regulations, including the quality standards', page 61, paragraph 13.1)",
             None, [
                ("Set a supervision schedule for the year and record all supervision on the "
                 "CHARMS system.", "Deputy Manager", D(2024, 8, 31), "A",
                 "Schedule set. Two night staff overdue because of sickness absence."),
            ]),
            ("4",
             "Ensure that the home's location risk assessment is reviewed at least annually, "
             "taking into account the views of the local police and the community safety team. "
             "(Regulation 46)",
             None, [
                ("Meet with the neighbourhood policing team and community safety officer to "
                 "update the location risk assessment.", "Registered Manager",
                 "End of September 2024", "A", "Meeting booked for 19 September."),
                ("Share the updated location risk assessment with placing social workers and "
                 "the Placements Team.", "Registered Manager / Placements Team Manager",
                 D(2024, 10, 31), None, ""),
            ]),
        ]),
    ]
    ragfill = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}
    r = 8
    for band, items in sections:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        c = ws.cell(r, 1, band)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        r += 1
        for no, text, odue, acts in items:
            first = r
            for act, who, tgt, rag, com in acts:
                for j, v in enumerate([None, None, None, act, who, tgt, rag, com], start=1):
                    c = ws.cell(r, j, v)
                    c.border = BOX
                    c.alignment = WRAP
                    if isinstance(v, D):
                        c.number_format = "dd/mm/yyyy"
                if rag:
                    ws.cell(r, 7).fill = fill(ragfill[rag])
                r += 1
            ws.cell(first, 1, no).alignment = WRAP
            ws.cell(first, 2, text).alignment = WRAP
            c = ws.cell(first, 3, odue if odue else "n/a")
            c.alignment = WRAP
            if odue:
                c.number_format = "dd/mm/yyyy"
            if r - 1 > first:
                for col in (1, 2, 3):
                    ws.merge_cells(start_row=first, start_column=col, end_row=r - 1,
                                   end_column=col)
    last = r - 1
    lists = wb.create_sheet("Lists")
    lists["A1"] = "RAG"
    for i, v in enumerate(["R", "A", "G", "B"], start=2):
        lists.cell(i, 1, v)
    dv = DataValidation(type="list", formula1="=Lists!$A$2:$A$5", allow_blank=True)
    ws.add_data_validation(dv)
    dv.add(f"G9:G{last}")
    for col, w in zip("ABCDEFGH", (5, 60, 12, 50, 24, 14, 6, 40)):
        ws.column_dimensions[col].width = w
    wb.save(out("mw1-bury-council-childrens-home-ofsted-action-plan.xlsx"))


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


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)
        if i < len(lines) - 1:
            run.add_break()


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


# ---------------------------------------------------------------------------
# 4. Northamptonshire Safeguarding Children Partnership JTAI action plan
#    (docx, partnership name in page header, document control table, one
#    table per area for improvement under an "Area for improvement N" heading)
# ---------------------------------------------------------------------------
def northants():
    doc = Document()
    landscape(doc)
    doc.sections[0].header.paragraphs[0].text = \
        "Northamptonshire Safeguarding Children Partnership (NSCP)"
    doc.add_paragraph(
        "JTAI Action Plan: Multi-agency response to identification of initial need and risk",
        style="Title")
    ctl = [
        ("Version", "1.3"),
        ("Date", "12 December 2024"),
        ("Inspection dates", "5–9 February 2024"),
        ("Letter published", "28 March 2024"),
        ("Owner", "NSCP Executive Group"),
        ("Author", "NSCP Business Manager"),
        ("Status", "Approved – progress update for NSCP Executive, December 2024"),
    ]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in ctl:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True, size=10)
        set_cell(row[1], v, size=10)
        shade(row[0], "D9E2F3")
    doc.add_heading("Introduction", level=2)
    doc.add_paragraph(
        "Ofsted, the Care Quality Commission and HMICFRS carried out a joint targeted area "
        "inspection of the multi-agency response to identification of initial need and risk in "
        "Northamptonshire in February 2024. This plan sets out how the statutory partners – "
        "North Northamptonshire Council, West Northamptonshire Council, Northamptonshire "
        "Children’s Trust (NCT), Northamptonshire Police and NHS Northamptonshire Integrated "
        "Care Board – will respond to the areas for improvement in the inspection letter.")
    doc.add_paragraph(
        "RAG key: Blue/Complete – action completed; G – on track; A – some slippage, mitigation "
        "in place; R – off track.")
    areas = [
        ("The quality and consistency of health partners’ contributions to strategy "
         "discussions, including information from GPs.", [
            ("1.1", "Develop a health information-sharing protocol for strategy discussions, "
                    "agreed by all NHS providers in the county.",
             "Designated Nurse Safeguarding Children (ICB)", "June 2024",
             "Protocol signed off by the Health Safeguarding Group on 20 June 2024.", "Complete"),
            ("1.2", "Pilot GP attendance (in person or virtual) at strategy discussions in two "
                    "Primary Care Networks, then evaluate.",
             "Named GP for Safeguarding Children\nMASH Health Lead", "Q3 2024/25",
             "Pilot running in Corby and Daventry PCNs since September.", "G"),
            ("1.3", "Multi-agency audit of the health contribution to 30 strategy discussions.",
             "NSCP Business Manager", "By 31 March 2025",
             "Audit tool agreed; case selection delayed by system migration.", "A"),
        ]),
        ("The timeliness and quality of police notifications to the MASH about children "
         "present at domestic abuse incidents.", [
            ("2.1", "Remove the backlog of public protection notices (PPNs) awaiting research and "
                    "keep to a 24-hour target for triage.",
             "Detective Inspector – MASH (Northamptonshire Police)", "April 2024",
             "Backlog cleared 26 April 2024; 97% triaged within 24 hours since May.", "Complete"),
            ("2.2", "Deliver refresher training to frontline officers on recording the child’s "
                    "voice and lived experience in PPNs.",
             "Head of Public Protection – Northamptonshire Police", "Sept 2024 – March 2025",
             "612 officers trained to date (68%).", "G"),
            ("2.3", "Monthly PPN quality dip-sample, reported to the NSCP Performance and Quality "
                    "Assurance Subgroup.",
             "Detective Inspector – MASH (Northamptonshire Police)", "Ongoing – monthly",
             "Dip-samples reported every month since June.", "G"),
        ]),
        ("Partners’ understanding and application of the thresholds guidance, and the quality "
         "of referrals from schools and early years settings.", [
            ("3.1", "Relaunch the ‘Right Help, Right Time’ thresholds guidance with briefings for "
                    "designated safeguarding leads.",
             "Education Safeguarding Lead (North and West Northamptonshire councils)",
             "Autumn term 2024",
             "Nine briefings held; 388 DSLs attended.", "Complete"),
            ("3.2", "Introduce a consultation line in the MASH so that professionals can discuss "
                    "concerns before making a referral.",
             "MASH Service Manager (NCT)", "January 2025",
             "Recruitment to consultation social worker posts under way.", "A"),
        ]),
    ]
    ragshade = {"Complete": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}
    for n, (text, acts) in enumerate(areas, start=1):
        doc.add_heading(f"Area for improvement {n}", level=2)
        p = doc.add_paragraph()
        p.add_run(text).bold = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead", "Timescale",
                                          "Progress update", "RAG"]):
            set_cell(c, h, bold=True)
            shade(c, "D9E2F3")
        for ref, act, lead, when, prog, rag in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, act, lead, when, prog, rag]):
                set_cell(c, v)
            shade(cells[5], ragshade[rag])
    doc.add_heading("Governance and sign-off", level=2)
    doc.add_paragraph(
        "Progress is reported to the NSCP Executive Group every two months and to the "
        "Independent Scrutineer.")
    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for row, (k, v) in zip(t.rows, [("Signed (Independent Scrutineer)", ""),
                                    ("Signed (NSCP Executive Chair)", ""),
                                    ("Date", "")]):
        set_cell(row.cells[0], k, bold=True, size=10)
        set_cell(row.cells[1], v, size=10)
    doc.save(out("mw1-northamptonshire-safeguarding-children-partnership-jtai-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Royal Greenwich Virtual School improvement plan (docx, data table and
#    glossary before/after the plan, one big table with merged priority rows,
#    key objective merged down, Autumn and Spring RAG columns)
# ---------------------------------------------------------------------------
def greenwich():
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Royal Greenwich Virtual School Improvement Plan 2024–25", style="Title")
    doc.add_paragraph(
        "Royal Borough of Greenwich – Children’s Services. Spring term review for the Virtual "
        "School Governing Body, 26 March 2025.")
    doc.add_heading("Our children at a glance (January 2025)", level=2)
    data = [("Cohort", "Number / %"),
            ("Children in care of statutory school age", "212"),
            ("Young people in care in Years 12 and 13", "118"),
            ("Children in care with an EHC plan", "31%"),
            ("Care leavers aged 19–21 in education, employment or training", "58%")]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate(data):
        cells = t.add_row().cells
        set_cell(cells[0], a, bold=(i == 0), size=10)
        set_cell(cells[1], b, bold=(i == 0), size=10)
    doc.add_heading("Improvement plan", level=2)
    doc.add_paragraph(
        "RAG ratings are given at the end of each term. Green = on track; Amber = partly on "
        "track; Red = not on track; Blue = achieved.")
    hdr = ["Ref", "Key objective", "Actions", "Lead", "Timescale", "Success criteria",
           "RAG Autumn 2024", "RAG Spring 2025"]
    t = doc.add_table(rows=1, cols=8)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, hdr):
        set_cell(c, h, bold=True)
        shade(c, "BDD7EE")
    plan = [
        ("Priority 1: Attendance and inclusion",
         "Improve attendance and reduce suspensions for children in care.", [
            ("1.1", "Daily attendance monitoring through Welfare Call, with follow-up by the "
                    "attendance officer when a child is absent for two days in a row.",
             "VS Attendance Officer", "Sept 2024 – July 2025",
             "Overall attendance at or above 93%; persistent absence below 15%.",
             "Green", "Green"),
            ("1.2", "Attend every suspension review and any meeting about a possible permanent "
                    "exclusion, and offer schools training on trauma-informed practice.",
             "Deputy Virtual School Head", "Termly",
             "No permanent exclusions; fewer suspension days than 2023–24.",
             "Amber", "Amber"),
        ]),
        ("Priority 2: Quality of Personal Education Plans (PEPs)",
         "All PEPs are completed on time and judged good or better through Virtual School "
         "quality assurance.", [
            ("2.1", "Move all schools to the new ePEP platform and train designated teachers and "
                    "social workers in its use.",
             "VS Data and Systems Officer", "Autumn term 2024",
             "100% of PEPs completed on the ePEP platform.", "Green", "Blue"),
            ("2.2", "Quality-assure a 20% sample of PEPs each term and return feedback to the "
                    "designated teacher and social worker within ten school days.",
             "VS Education Advisers", "Spring term 2025",
             "At least 85% of sampled PEPs judged good or better.", "Amber", "Green"),
            ("2.3", "Include the child’s own views and targets in every PEP, using the ‘All About "
                    "Me’ section co-designed with the Children in Care Council.",
             "VS Education Advisers / Participation Officer", "Summer term 2025",
             "Child’s voice recorded in 90% of PEPs.", "", "Amber"),
        ]),
        ("Priority 3: Post-16 and care leavers – education, employment and training",
         "Increase the proportion of 16- to 18-year-olds and care leavers in education, "
         "employment or training.", [
            ("3.1", "Complete a post-16 PEP for every young person in Years 12 and 13, including "
                    "those at further education colleges outside the borough.",
             "VS Post-16 Lead", "31/03/2025",
             "Post-16 PEP in place for 95% of the cohort.", "Amber", "Red"),
            ("3.2", "Run a ‘Next Steps’ careers fair for care leavers with Royal Greenwich "
                    "employers and the Leaving Care Service.",
             "VS Post-16 Lead and Leaving Care Team Manager", "June 2025",
             "At least 60 young people attend; 20 go on to an apprenticeship or work "
             "placement.", "Green", "Green"),
        ]),
    ]
    ragshade = {"Green": "00B050", "Amber": "FFC000", "Red": "FF0000", "Blue": "0070C0"}
    for pri, obj, acts in plan:
        row = t.add_row().cells
        merged = row[0].merge(row[7])
        set_cell(merged, pri, bold=True, size=10)
        shade(merged, "DEEAF6")
        first = None
        for ref, act, lead, when, succ, aut, spr in acts:
            cells = t.add_row().cells
            vals = [ref, obj if first is None else "", act, lead, when, succ, aut, spr]
            for c, v in zip(cells, vals):
                set_cell(c, v)
            for c, v in ((cells[6], aut), (cells[7], spr)):
                if v:
                    shade(c, ragshade[v])
            if first is None:
                first = cells[1]
            last = cells[1]
        if last is not first:
            m = first.merge(last)
            # keep only the objective text once
            for p in m.paragraphs[1:]:
                p._p.getparent().remove(p._p)
    doc.add_heading("Glossary", level=2)
    g = doc.add_table(rows=0, cols=2)
    g.style = "Table Grid"
    for a, b in [("PEP", "Personal Education Plan"), ("ePEP", "Electronic PEP platform"),
                 ("VS", "Virtual School"), ("EHC plan", "Education, health and care plan"),
                 ("DT", "Designated teacher for children in care")]:
        cells = g.add_row().cells
        set_cell(cells[0], a, size=10)
        set_cell(cells[1], b, size=10)
    doc.save(out("mw1-royal-greenwich-virtual-school-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Bexley early help strategy action plan (csv saved from Excel: title lines,
#    priority only on the first row of its group, a quoted two-line action,
#    notes and totals at the foot)
# ---------------------------------------------------------------------------
def bexley():
    n = 9
    rows = [
        ["London Borough of Bexley – Early Help Strategy 2023–2026: Action Plan"] + [""] * (n - 1),
        ["Year 2 progress update for the Bexley Safeguarding Partnership, October 2024"]
        + [""] * (n - 1),
        [""] * n,
        ["Strategic priority", "Ref", "Action", "Lead(s)", "Partners", "Start",
         "Target completion", "Status", "Comments"],
        ["1. Early identification and access to help", "1.1",
         "Launch a single Early Help request for support form on the Bexley Family Information "
         "Service website, replacing the three existing forms.",
         "Early Help Front Door Manager", "Schools; Health visiting", "Apr-24", "Sep-24",
         "Complete", "Live since 2 September 2024."],
        ["", "1.2",
         "Add an Early Help Navigator to the MASH to step referrals down to the right level of "
         "support.",
         "Head of Early Help and Family Hubs", "Police; Health", "Jun-24", "Jan-25", "On track",
         "Navigator recruited; starts November."],
        ["", "1.3",
         "Train 300 practitioners in the Early Help Assessment and the Lead Professional role.\n"
         "Priority given to schools and early years settings with low numbers of assessments.",
         "Early Help Training Coordinator", "Schools; Early years; Voluntary sector", "Apr-24",
         "Mar-25", "On track", "187 trained so far."],
        ["2. Family Hubs and Start for Life", "2.1",
         "Open the third Family Hub at Thamesmead (North) with the full Start for Life offer.",
         "Family Hubs Programme Manager", "Oxleas NHS FT; Voluntary sector", "Sep-24",
         "Sept 2024 - March 2025", "Amber - some delay",
         "Building works running about six weeks late."],
        ["", "2.2",
         "Publish the Start for Life offer online and in print, in the five most spoken "
         "community languages.",
         "Family Hubs Programme Manager; Communications Lead", "Health visiting", "Jul-24",
         "Dec-24", "On track", "Translations commissioned."],
        ["", "2.3", "Set up a Parent Carer Panel to co-design Family Hub services.",
         "Participation Officer", "Bexley Voice", "", "TBC", "Not started",
         "Waiting for Participation Officer post to be filled."],
        ["3. Workforce and practice", "3.1",
         "Introduce a whole-family practice model across Early Help teams, with monthly group "
         "supervision.",
         "EH Locality Managers (North and South)", "", "Apr-24", "Mar-25", "On track",
         "Group supervision running in both localities."],
        ["", "3.2",
         "Quarterly multi-agency audit of Early Help assessments and plans, reported to the "
         "Early Help Partnership Board.",
         "JW, SP", "Schools; Health; Police", "Jun-24", "Quarterly", "On track",
         "Q2 audit reported to the Board on 8 October."],
        ["4. Outcomes and data", "4.1",
         "Meet the Supporting Families outcome framework target of 1,150 successful family "
         "outcomes.",
         "Supporting Families Data Lead", "DWP", "Apr-24", "31/03/2025", "Amber",
         "712 claims made to date; below profile."],
        ["", "4.2", "Build a Power BI Early Help dashboard for the Partnership Board.",
         "Business Intelligence Manager", "", "Apr-24", "Jul-24", "Complete",
         "Dashboard in use since July."],
        [""] * n,
        ["Notes:"] + [""] * (n - 1),
        ["Status key: Complete; On track; Amber - some delay; Red - off track; Not started"]
        + [""] * (n - 1),
        ["Lead initials: JW = Early Help Quality Lead; SP = Partnership Business Manager"]
        + [""] * (n - 1),
        ["Total actions", "10", "", "", "", "", "", "", ""],
        ["Complete", "2", "", "", "", "", "", "", ""],
        ["On track", "5", "", "", "", "", "", "", ""],
        ["Amber", "2", "", "", "", "", "", "", ""],
        ["Not started", "1", "", "", "", "", "", "", ""],
    ]
    with open(out("mw1-bexley-early-help-strategy-action-plan.csv"), "w", newline="",
              encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 7. Isle of Wight focused visit action plan (tab-separated text: title lines,
#    header, "what needs to improve" on the first row of each group only,
#    target and revised dates, RAG letters, key and total at the foot)
# ---------------------------------------------------------------------------
def iow():
    lines = [
        "Isle of Wight Council – Ofsted focused visit (9 and 10 July 2024): Action Plan",
        "Focus of the visit: arrangements for children in need and children subject to a child "
        "protection plan",
        "Progress at 15 November 2024 – reported to the Children's Services Improvement Board",
        "",
        "\t".join(["Ref", "What needs to improve", "Action", "Lead", "Target date",
                   "Revised date", "RAG", "Evidence of impact / update"]),
    ]
    groups = [
        ("The timeliness of initial child protection conferences and core group meetings, so "
         "that plans for children are reviewed and progressed without delay.", [
            ("FV1.1", "Weekly tracker of ICPC and core group dates, reviewed by service managers "
                      "at the performance clinic.",
             "Head of Safeguarding and Quality Assurance", "31/08/2024", "", "B",
             "ICPCs within 15 working days: 71% (June) to 92% (October)."),
            ("FV1.2", "Recruit two additional child protection conference chairs (fixed term).",
             "Head of Safeguarding and Quality Assurance", "30/09/2024", "31/01/2025", "A",
             "One chair in post; second post re-advertised."),
        ]),
        ("The quality of assessments for disabled children, so that they take account of the "
         "child's communication needs and the impact of their disability.", [
            ("FV2.1", "Train practitioners in the Disabled Children's Team in using communication "
                      "tools such as Talking Mats.",
             "Team Manager – Disabled Children's Team", "31/10/2024", "", "B",
             "All 12 practitioners trained in October."),
            ("FV2.2", "Audit 15 assessments for disabled children and repeat the audit after six "
                      "months.",
             "Practice Improvement Lead", "Dec-24", "", "G",
             "First audit complete; repeat audit booked for May 2025."),
            ("FV2.3", "Update the assessment template so that the child's communication needs "
                      "are recorded.",
             "Mosaic Systems Lead / Practice Improvement Lead", "30/11/2024", "", "G",
             "Change request approved; in testing."),
        ]),
        ("Management oversight of children in need plans, including step-down to early help "
         "when risk has reduced.", [
            ("FV3.1", "Introduce a step-down panel with Early Help to agree the transfer of "
                      "children in need cases.",
             "Service Manager – Children in Need", "30/09/2024", "31/12/2024", "G",
             "Terms of reference agreed; first panel 4 December."),
            ("FV3.2", "Children in need reviews to be chaired by a team manager at least every "
                      "three months, with the decision recorded on the child's file.",
             "Team Managers – Children in Need", "Ongoing", "", "G",
             "Compliance 88% in October (target 90%)."),
        ]),
    ]
    for need, acts in groups:
        for i, (ref, act, lead, tgt, rev, rag, upd) in enumerate(acts):
            lines.append("\t".join([ref, need if i == 0 else "", act, lead, tgt, rev, rag, upd]))
    lines += [
        "",
        "RAG key: B = complete; G = on track; A = at risk; R = off track",
        "Total actions: 7",
    ]
    with open(out("mw1-isle-of-wight-council-focused-visit-action-plan.txt"), "w",
              encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    merton()
    westmorland()
    bury()
    northants()
    greenwich()
    bexley()
    iow()
    print("built 7 files in", HERE)
